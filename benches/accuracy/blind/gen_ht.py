#!/usr/bin/env python3
"""gen_ht.py -- blind evaluation set: credentials in data-science / ML experiment configs.

EMPHASIS
  Credentials that end up in the non-notebook files of ML projects: Hydra/OmegaConf YAML,
  Kedro conf/local/credentials.yml, Ray cluster YAML, .dvc/config and .dvc/config.local,
  .databrickscfg, clearml.conf (HOCON), kaggle.json, .comet.config, Snowflake connections.toml,
  Python training / registration scripts, accelerate / deepspeed / torchrun launch scripts,
  SLURM batch scripts, Dockerfiles, docker-compose files, Makefiles, Terraform, Spark
  properties, Markdown runbooks and training logs.
  Providers: Hugging Face (hf_ tokens), Weights & Biases, Comet, Neptune, ClearML,
  Label Studio, Roboflow, Kaggle, Databricks (dapi PATs), MLflow (tracking basic auth,
  tokens, backend-store passwords), DVC remotes (S3 / MinIO keys, Google Drive OAuth client
  secret, ssh and WebDAV passwords, Azure connection strings), AWS IAM keys (SageMaker, Ray,
  Kedro, S3 artifact stores), GCP / Vertex AI service-account JSON, Snowflake private-key
  passphrases, ZenML service-account API keys.
  Kinds: api_key, token, access_key_pair, basic_auth_password, password,
  private_key_passphrase, client_secret, connection_string_password, service_account_json.

USAGE
  python3 -B gen_ht.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
  (500 files, no credential), OUTDIR/manifest.jsonl (one line per file) and
  OUTDIR/secrets.jsonl (one line per positive: file, needle, 1-based line).
  Standard library only; every random choice comes from one random.Random(SEED), so two runs
  with the same SEED are byte-identical.

NEEDLE CONVENTIONS
  * The needle is the secret value exactly as written, without surrounding quotes.
  * Key pairs (AWS access key id + secret, ClearML access_key + secret_key): the needle is the
    secret half only; the id half is present in the same file but is not the needle.
  * Basic auth / URLs / connection strings: the needle is the password (or AccountKey) alone,
    not the whole URL, not the user name.
  * Headers (Authorization: Bearer/Token ...): the needle is the token after the scheme word.
  * URL query parameters (?api_key=...): the needle is the parameter value.
  * Service-account JSON: the needle is the "private_key" value exactly as written inside the
    JSON string, i.e. one line containing literal backslash-n sequences, from
    -----BEGIN PRIVATE KEY----- to the trailing \\n.
  * Passphrases (Snowflake private_key_file_pwd, password=b"..."): the passphrase text.
  * Line numbers are 1-based and point at the first occurrence of the needle; the program
    asserts that the needle is on that line.

NEGATIVES
  250 re-use the positive templates with the secret slot (and, for key pairs, the id slot)
  holding a non-secret: placeholders (<your-...>, YOUR_..._HERE, changeme, xxxx..., prefix plus
  XXXX), empty values, masked values (****, [REDACTED]), environment references in the file's
  own syntax (${oc.env:VAR} for OmegaConf/Hydra/Kedro, ${VAR} for HOCON / compose / shell,
  os.environ[...] / os.getenv(...) in Python, var.x in Terraform, $(VAR) in Make), secret
  manager references (vault:, op://, {{secrets/scope/key}}, $(vault kv get ...),
  dbutils.secrets.get, Secret Manager / Secrets Manager calls), template expressions
  ({{ .Values.x }}, ${{ secrets.X }}, {{ var }}), documented example values (AWS
  AKIAIOSFODNN7EXAMPLE pair, the Databricks docs' dapi1234...9012, Kaggle README
  xxxxxxxxxxxxxx, Comet "Your API Key", Roboflow YOUR_API_KEY, Azurite devstoreaccount1 key)
  and values documented as public (Roboflow publishable rf_<workspaceId> key, Neptune
  ANONYMOUS token). Negatives derived from .env templates are written to .env.example,
  .env.sample, .env.template or env.example, never to a blocked .env name.
  250 are look-alikes: DVC .dvc/dvc.lock md5s, MLflow run / experiment ids, W&B run and sweep
  ids, Comet experiment keys (32 hex, not secret), ClearML task ids, pinned HF revisions,
  Git LFS sha256 pointers, SHA256SUMS, pip --hash lines, Docker image digests, AWS/GCP ARNs
  and resource names, Azure ML subscription/tenant UUIDs, Databricks cluster ids and
  {{secrets/..}} references, public SSH / RSA keys, signatures, base64 thumbnails and
  serialized examples, Hydra outputs with ${oc.env:...}, model registry CSVs and logs.

FORMATS CHECKED (search tool, providers' docs first, public config files second)
  * Hugging Face: hub docs "User access tokens" (read / write / fine-grained roles) show
    hf_... tokens; public samples show hf_ + 34 letters (sometimes digits).
  * W&B: docs say legacy keys are exactly 40 characters and new keys about 86; public launch
    scripts show wandb_v1_ + 27 alnum + _ + 49 alnum (86 total, the first part is the key ID).
  * Comet: docs show ~/.comet.config [comet] api_key, COMET_API_KEY, Experiment(api_key=...);
    public samples are 25 alphanumerics.
  * Neptune: docs describe NEPTUNE_API_TOKEN; public code shows base64 of
    {"api_address":...,"api_url":...,"api_key":"<uuid>"}.
  * ClearML: clearml.conf HOCON api { credentials { "access_key" = ..., "secret_key" = ... } },
    CLEARML_API_ACCESS_KEY / CLEARML_API_SECRET_KEY; samples show 30 upper-case alnum access
    keys and 67-character [A-Za-z0-9_-] secrets; docs allow ${VAR} references.
  * Label Studio: docs (access_tokens) describe legacy tokens (Authorization: Token) and
    personal access tokens that are JWT refresh tokens (Authorization: Bearer).
  * Roboflow: docs distinguish the private API key (secret) from the publishable key of the
    form rf_<workspaceId> (safe to embed); samples show 20-character private keys.
  * Kaggle: kaggle.json {"username","key"} with a 32-hex key, KAGGLE_USERNAME / KAGGLE_KEY;
    newer KAGGLE_API_TOKEN values are KGAT_ + 32 hex in public repos.
  * Databricks: .databrickscfg [profile] host/token; the docs' example is
    dapi12345678901234567890123456789012 (dapi + 32) -> generated as dapi + 32 hex.
  * DVC: dvc.org S3 page (access_key_id / secret_access_key written with --local to
    .dvc/config.local), ssh password, webdav user/password, azure connection_string,
    gdrive_client_id / gdrive_client_secret; Google client secrets GOCSPX- + 28 chars.
  * MLflow: basic-auth docs (MLFLOW_TRACKING_USERNAME / _PASSWORD, basic_auth.ini
    admin_password), MLFLOW_TRACKING_TOKEN sent as a bearer token.
  * Snowflake: connector / CLI accept private_key_file_pwd or private_key_passphrase in
    connections.toml (snowflake-cli release notes).
  * ZenML: docs give ZENML_STORE_API_KEY and `zenml login URL --api-key`; public files show
    ZENKEY_ + base64 of {"id":"<uuid>","key":"..."}.
  * AWS: AKIA + 16 base32 characters and a 40-character secret; the documented example pair
    is used only among the negatives.

DOUBTS
  * HF: length 34 after hf_ is from samples; whether digits occur is unclear (mostly letters).
  * W&B v1 keys: the inner structure is inferred from public samples, not from documentation.
  * Comet (25 chars), Roboflow (20 chars), Label Studio legacy token (40 hex) and ClearML
    secret (67 chars) lengths come from public samples only; older ClearML secrets differ.
  * ZenML key body (64 hex inside the JSON) and base64 padding are guesses.
  * Kaggle KGAT_ token length (32 hex) is from one public sample.
  * Databricks: the optional -2 / -3 suffix is from memory of Azure tokens, not confirmed.
  * Neptune "ANONYMOUS" / neptune.ANONYMOUS_API_TOKEN as a public value is from memory.
  * MLflow tracking tokens depend on the auth proxy; generated as 48 url-safe characters.
  * The service-account private key body is random base64 behind a real PKCS#8 header, so it
    is not valid DER. Label Studio PAT JWT claims are plausible, not copied.
  * Several search results were secret-scanner rule pages (GitGuardian detector pages,
    secretlint / trufflehog / trivy threads, a regex rule pack); they were not used.
"""
import base64
import json
import os
import random
import string
import sys

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXD = DIG + "abcdef"
B32 = UP + "234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, HEXD, n)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- vocab
COMPANIES = ["acme", "northwind", "globex", "initech", "umbrellalabs", "contoso", "hooli",
             "vandelay", "starkml", "wayneai", "tyrell", "cyberdyne"]
PROJECTS = ["churn-forecast", "doc-classifier", "sat-segmentation", "ranker-v2", "asr-finetune",
            "fraud-gbm", "llm-sft", "vision-qa", "recsys-two-tower", "ner-clinical",
            "demand-tft", "retrieval-rag", "defect-detect", "speech-diarize", "price-elasticity"]
MODELS = ["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-v0.3",
          "Qwen/Qwen2.5-7B-Instruct", "google/gemma-2-9b", "bert-base-uncased", "roberta-large",
          "google/vit-base-patch16-224", "facebook/opt-1.3b", "microsoft/deberta-v3-base",
          "openai/whisper-small", "EleutherAI/pythia-1.4b",
          "sentence-transformers/all-MiniLM-L6-v2"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1"]
USERS = ["jchen", "asingh", "mkowalski", "lnguyen", "rgarcia", "mlbot", "svc-train", "dkim",
         "opetrova", "tbrown", "fmuller", "ysato"]
DATASETS = ["imagenet-1k", "cifar10", "squad_v2", "librispeech", "coco2017", "wikitext-103",
            "openwebtext", "mimic-notes", "sales-daily", "clickstream-2024q3", "xview2"]
GPUS = ["a100", "h100", "l4", "a10g", "v100"]
TEXT_DS = ["wikitext-103", "openwebtext", "tatsu-lab/alpaca", "HuggingFaceH4/ultrachat_200k",
           "allenai/c4", "squad_v2", "teknium/OpenHermes-2.5"]
LLMS = [m for m in MODELS if "llama" in m.lower() or "mistral" in m.lower() or "qwen" in m.lower()
        or "gemma" in m.lower() or "opt" in m.lower() or "pythia" in m.lower()]


def proj(r):
    return pick(r, PROJECTS)


def comp(r):
    return pick(r, COMPANIES)


def bucket(r):
    return pick(r, ["%s-ml-artifacts", "%s-datasets", "%s-dvc-store", "%s-mlflow",
                    "%s-research-data", "ml-%s-prod"]) % comp(r)


def pp(r):
    """optional project prefix for a monorepo layout"""
    x = r.random()
    if x < 0.62:
        return ""
    return pick(r, ["ml/", "research/%s/" % proj(r), "services/trainer/", "experiments/",
                    "projects/%s/" % proj(r), "pipelines/"])


def lr(r):
    return pick(r, ["1e-4", "2e-5", "3e-4", "5e-5", "1e-3", "6e-4", "2e-4"])


def bs(r):
    return pick(r, [8, 16, 32, 64, 128, 256])


def seed_v(r):
    return pick(r, [0, 1, 7, 42, 1234, 2024, 31337])


def ts(r):
    return "2024-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28),
                                              r.randint(0, 23), r.randint(0, 59),
                                              r.randint(0, 59))


def acct(r):
    return "".join(pick(r, DIG) for _ in range(12))


# ---------------------------------------------------------------- secret generators
def g_hf(r):
    if r.random() < 0.8:
        return "hf_" + rs(r, LOW + UP, 34)
    return "hf_" + rs(r, ALNUM, 34)


def g_wandb(r):
    if r.random() < 0.5:
        return rhex(r, 40)
    return "wandb_v1_" + rs(r, ALNUM, 27) + "_" + rs(r, ALNUM, 49)


def g_comet(r):
    return rs(r, ALNUM, 25)


def g_neptune(r):
    host = pick(r, ["https://app.neptune.ai", "https://app.neptune.ai", "https://ui.neptune.ai"])
    d = '{"api_address":"%s","api_url":"%s","api_key":"%s"}' % (host, host, ruuid(r))
    return base64.b64encode(d.encode()).decode()


def g_clearml_ak(r):
    return rs(r, UP + DIG, 30)


def g_clearml_sk(r):
    return rs(r, ALNUM, 1) + rs(r, ALNUM + "-_", 65) + rs(r, ALNUM, 1)


def g_ls_legacy(r):
    return rhex(r, 40)


def g_ls_pat(r):
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    iat = r.randint(1700000000, 1760000000)
    body = '{"token_type":"refresh","exp":%d,"iat":%d,"jti":"%s","user_id":%d}' % (
        iat + 200 * 86400, iat, rhex(r, 32), r.randint(1, 400))
    return head + "." + b64url(body.encode()) + "." + b64url(rbytes(r, 32))


def g_roboflow(r):
    return rs(r, ALNUM, 20)


def g_kaggle(r):
    return rhex(r, 32)


def g_kaggle_new(r):
    return "KGAT_" + rhex(r, 32)


def g_dapi(r):
    s = "dapi" + rhex(r, 32)
    if r.random() < 0.2:
        s += "-" + pick(r, "23")
    return s


def g_aws_id(r):
    return "AKIA" + rs(r, B32, 16)


def g_aws_sk(r):
    return rs(r, ALNUM, 1) + rs(r, ALNUM + "/+", 38) + rs(r, ALNUM, 1)


def g_gocspx(r):
    return "GOCSPX-" + rs(r, ALNUM + "-_", 27) + rs(r, ALNUM, 1)


def g_azkey(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def g_pw(r):
    st = r.random()
    if st < 0.3:
        words = ["harbor", "maple", "quartz", "falcon", "ember", "tundra", "cobalt", "willow",
                 "saffron", "glacier", "orbit", "lantern", "pebble", "vortex", "juniper"]
        return "%s%s%s%s%d%s" % (pick(r, words).capitalize(), pick(r, "-_."), pick(r, words),
                                 pick(r, "-_."), r.randint(10, 9999), pick(r, "!%^*"))
    if st < 0.55:
        return rhex(r, 32)
    return rs(r, ALNUM, 1) + rs(r, ALNUM + "!%^*-_=+.~", r.randint(14, 22)) + rs(r, ALNUM, 1)


def g_pw_url(r):
    if r.random() < 0.4:
        return rhex(r, 24)
    return rs(r, ALNUM, 1) + rs(r, ALNUM + "-_.~", r.randint(14, 22)) + rs(r, ALNUM, 1)


def g_token48(r):
    return rs(r, ALNUM, 1) + rs(r, ALNUM + "-_", 46) + rs(r, ALNUM, 1)


def g_zenml(r):
    d = '{"id":"%s","key":"%s"}' % (ruuid(r), rhex(r, 64))
    return "ZENKEY_" + base64.b64encode(d.encode()).decode()


PK_HEADS = ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
            "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ",
            "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQ"]


def g_gcp_pk(r):
    body = pick(r, PK_HEADS)
    body += rs(r, ALNUM + "+/", 1624 - len(body))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines)
            + "\\n-----END PRIVATE KEY-----\\n")


# ---------------------------------------------------------------- slot values
class Sec:
    """a real (random) secret in a template slot"""
    neg = False

    def __init__(self, raw):
        self.raw = raw
        self.used = "secret"

    def q(self, quote='"'):
        return quote + self.raw + quote

    def b(self):
        return self.raw

    def i(self):
        return self.raw


DOC = {  # documented example values (never real keys)
    "aws": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    "databricks": "dapi12345678901234567890123456789012",
    "kaggle": "xxxxxxxxxxxxxx",
    "comet": "Your API Key",
    "roboflow": "YOUR_API_KEY",
    "huggingface": "hf_xxx",
    "zenml": "ZENKEY_...",
    "labelstudio": "<token>",
    "azure_storage": ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/"
                      "K1SZFPTOtr/KBHBeksoGMGw=="),
}
DOC_ID = {"aws": "AKIAIOSFODNN7EXAMPLE"}

SHAPE = {"huggingface": ("hf_", 34), "wandb": ("", 40), "comet": ("", 25), "clearml": ("", 30),
         "roboflow": ("", 20), "kaggle": ("", 32), "databricks": ("dapi", 32),
         "aws": ("", 40), "labelstudio": ("", 40), "zenml": ("ZENKEY_", 24),
         "google_oauth": ("GOCSPX-", 28), "neptune": ("", 40)}


def public_value(r, prov):
    if prov == "roboflow":
        return ("lit", "rf_" + rs(r, ALNUM, 28))
    if prov == "neptune":
        return ("lit", "ANONYMOUS")
    return None


NEG_CATS = ["placeholder", "empty", "masked", "env_reference", "secret_manager",
            "template_expression", "doc_example", "public_value"]
NEG_W = [24, 8, 14, 22, 11, 8, 9, 4]

SPECIAL_YAML_START = "{[*&!%@`|>'\"#?,-<"


def yaml_bare(s):
    if s == "" or s[0] in SPECIAL_YAML_START or ": " in s or " #" in s or s.endswith(":"):
        if s.startswith("${") and "{{" not in s:
            return s
        return '"' + s + '"'
    return s


def sh_bare(s):
    if s == "":
        return '""'
    if s.startswith("$("):
        return s
    for ch in " <>|&;()*?[]#~{}!":
        if ch in s:
            return '"' + s + '"'
    return s


class Neg:
    """a non-secret in a template slot, rendered in the file's own syntax"""
    neg = True

    def __init__(self, r, cat, lang, var, prov, role="secret"):
        self.r, self.cat, self.lang, self.var, self.prov, self.role = r, cat, lang, var, prov, role
        self.slug = var.lower().replace("_", "-")
        self.used = cat
        self._cache = {}

    # candidate list: (kind, text); kind 'lit' = string content, 'expr' = code / raw syntax
    def _cands(self, mode):
        r, v, s, L, cat = self.r, self.var, self.slug, self.lang, self.cat
        if cat == "doc_example":
            ex = DOC_ID.get(self.prov) if self.role == "id" else DOC.get(self.prov)
            if ex is not None and not (mode == "i" and " " in ex):
                return [("lit", ex)]
            cat = "placeholder"
        if cat == "public_value":
            pv = public_value(r, self.prov) if self.role == "secret" else None
            if pv is not None:
                return [pv]
            cat = "placeholder"
        if cat == "template_expression":
            if L in ("yaml", "json", "toml", "ini", "md", "sh", "env"):
                camel = "".join(w.capitalize() for w in v.lower().split("_"))
                camel = camel[0].lower() + camel[1:]
                return [("lit", "{{ .Values.ml.%s }}" % camel), ("lit", "{{ %s }}" % v.lower()),
                        ("lit", "${{ secrets.%s }}" % v)]
            cat = ("env_reference" if L in ("py", "tf", "hocon", "docker", "make", "compose")
                   else "placeholder")
        if cat == "secret_manager":
            if mode == "q" and L == "py":
                return [("expr", 'get_secret("ml/%s")' % s),
                        ("expr", 'dbutils.secrets.get(scope="ml-prod", key="%s")' % s),
                        ("expr", 'sm.get_secret_value(SecretId="ml/%s")["SecretString"]' % s),
                        ("expr", 'access_secret("projects/%s/secrets/%s/versions/latest")'
                         % (DIG[1:] + "0" + "42", s))]
            if mode == "q" and L == "tf":
                return [("expr", "data.aws_secretsmanager_secret_version.%s.secret_string"
                         % v.lower()),
                        ("expr", 'data.vault_generic_secret.ml.data["%s"]' % s)]
            if L in ("sh", "env"):
                if L == "env":
                    return [("lit", "op://ml-platform/%s/credential" % s)]
                return [("lit", "$(vault kv get -field=value secret/ml/%s)" % s),
                        ("lit", "$(op read op://ml-platform/%s/credential)" % s),
                        ("lit", "$(aws secretsmanager get-secret-value --secret-id ml/%s "
                                "--query SecretString --output text)" % s),
                        ("lit", "$(gcloud secrets versions access latest --secret=%s)" % s)]
            if L == "make":
                return [("lit", "$(shell vault kv get -field=value secret/ml/%s)" % s)]
            if L == "props":
                return [("lit", "{{secrets/ml-prod/%s}}" % s)]
            if L in ("yaml", "json", "toml", "ini", "netrc"):
                return [("lit", "vault:secret/data/ml/%s#value" % s),
                        ("lit", "op://ml-platform/%s/credential" % s),
                        ("lit", "awssm:ml/%s" % s)]
            cat = ("env_reference" if L in ("py", "hocon", "docker", "tf", "compose")
                   else "placeholder")
        if cat == "env_reference":
            if L == "py":
                if mode == "q":
                    return [("expr", 'os.environ["%s"]' % v), ("expr", 'os.getenv("%s")' % v),
                            ("expr", 'os.environ.get("%s", "")' % v)]
                return [("lit", "{os.environ['%s']}" % v)] if mode == "i" else [("lit", "")]
            if L == "tf":
                return [("expr", "var.%s" % v.lower())] if mode == "q" else [("lit", "${var.%s}" % v.lower())]
            if L == "hocon":
                return [("expr", "${%s}" % v)] if mode == "q" else [("lit", "${%s}" % v)]
            if L == "yaml":
                return [("lit", "${oc.env:%s}" % v), ("lit", "${oc.env:%s,null}" % v),
                        ("lit", "${%s}" % v)]
            if L == "compose":
                return [("lit", "${%s}" % v), ("lit", "${%s:?required}" % v)]
            if L in ("sh", "env", "docker", "md"):
                c = [("lit", "${%s}" % v)]
                if L == "sh":
                    c.append(("lit", "${%s:?%s must be set}" % (v, v)))
                if L == "md":
                    c = [("lit", "$%s" % v)]
                return c
            if L == "make":
                return [("lit", "$(%s)" % v)]
            if L == "props":
                return [("lit", "${env:%s}" % v)]
            if L in ("json", "toml", "ini", "netrc", "log"):
                if L == "log":
                    cat = "masked"
                else:
                    return [("lit", "${%s}" % v)]
        if cat == "empty":
            return [("lit", "")]
        if cat == "masked":
            pre = SHAPE.get(self.prov, ("", 8))[0]
            c = [("lit", "****"), ("lit", "********"), ("lit", "[REDACTED]"),
                 ("lit", "<redacted>"), ("lit", "*" * 16)]
            if pre:
                c.append(("lit", pre + "*" * 12))
            return c
        # placeholder
        self.used = "placeholder"
        pre, n = SHAPE.get(self.prov, ("", 32))
        c = [("lit", "<your-%s>" % s), ("lit", "YOUR_%s_HERE" % v), ("lit", "changeme"),
             ("lit", "REPLACE_ME"), ("lit", "x" * n), ("lit", "<%s>" % v),
             ("lit", "your-%s" % s), ("lit", "dummy"), ("lit", "TODO")]
        if pre:
            c.append(("lit", pre + "X" * n))
            c.append(("lit", pre + "<redacted>"))
        return c

    def _get(self, mode):
        if mode not in self._cache:
            self._cache[mode] = pick(self.r, self._cands(mode))
            # record the category really used (after fallbacks)
            kind, text = self._cache[mode]
            self.used = classify(text, self.cat)
        return self._cache[mode]

    def q(self, quote='"'):
        kind, t = self._get("q")
        if kind == "expr":
            return t
        return quote + t + quote

    def b(self):
        kind, t = self._get("b")
        if self.lang in ("yaml", "compose"):
            return yaml_bare(t)
        if self.lang in ("sh", "env"):
            return sh_bare(t)
        if self.lang == "toml":
            return '"' + t + '"'
        return t

    def i(self):
        kind, t = self._get("i")
        return t


def classify(text, cat):
    if text == "":
        return "empty"
    if text in DOC.values() or text in DOC_ID.values():
        return "doc_example"
    if text == "ANONYMOUS" or text.startswith("rf_"):
        return "public_value"
    if text.startswith("{{ ") or text.startswith("${{"):
        return "template_expression"
    if ("vault" in text or "op://" in text or "secrets" in text or "awssm:" in text
            or "get_secret" in text or "access_secret" in text or "SecretString" in text):
        return "secret_manager"
    if "${" in text or "environ" in text or "getenv" in text or text.startswith("var.") \
            or text.startswith("$(") or (text.startswith("$") and len(text) > 1):
        return "env_reference"
    if "*" in text or "REDACTED" in text or "redacted" in text:
        return "masked"
    return "placeholder"


# ---------------------------------------------------------------- positive templates
POS = []


def P(provider, kind, lang, var, gen, comp=None):
    """register a positive template; comp = (generator, var) for the id half of a pair"""
    def deco(fn):
        POS.append({"name": fn.__name__, "provider": provider, "kind": kind, "lang": lang,
                    "var": var, "gen": gen, "comp": comp, "fn": fn})
        return fn
    return deco


def envpath(r, v, d=""):
    if v.neg:
        return d + pick(r, [".env.example", ".env.sample", ".env.template", "env.example"])
    return d + pick(r, [".env", ".env.local", ".env.train"])


def org(r):
    return pick(r, ["%s-ai", "%s-research", "%s", "%s-ml"]) % comp(r)


def short(m):
    return m.split("/")[-1].lower()


def pkg(r):
    return pick(r, ["trainer", "mlcore", "modeling", "pipeline", "src_ml"])


def gcp_project(r):
    return "%s-%s-%d" % (comp(r), pick(r, ["ml", "vertex", "research", "prod"]), r.randint(100, 999))


def dbx_host(r):
    if r.random() < 0.5:
        return "https://adb-%d.%d.azuredatabricks.net" % (r.randint(10 ** 15, 10 ** 16 - 1),
                                                          r.randint(1, 19))
    return "https://%s-%s.cloud.databricks.com" % (comp(r), pick(r, ["ml", "prod", "lakehouse"]))


def cluster_id(r):
    return "%02d%02d-%02d%02d%02d-%s" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                                         r.randint(0, 59), r.randint(0, 59), rs(r, LOW + DIG, 8))


def ami(r):
    return "ami-0" + rhex(r, 16)


# ---- Hugging Face --------------------------------------------------------------
@P("huggingface", "token", "sh", "HF_TOKEN", g_hf)
def hf_accelerate(r, v, c):
    n = pick(r, [2, 4, 8])
    m = pick(r, LLMS)
    p = proj(r)
    t = f"""#!/usr/bin/env bash
# Launch supervised fine-tuning on {n} GPUs with accelerate + FSDP.
# Usage: bash scripts/launch_sft.sh [extra hydra overrides]
set -euo pipefail

export HF_TOKEN={v.b()}
export HF_HOME=/scratch/$USER/hf-cache
export WANDB_PROJECT={p}
export TOKENIZERS_PARALLELISM=false
export NCCL_ASYNC_ERROR_HANDLING=1

MODEL={m}
OUT=outputs/{p}/$(date +%Y%m%d-%H%M)

accelerate launch \\
  --config_file configs/accelerate/fsdp_{n}gpu.yaml \\
  --num_processes {n} \\
  train_sft.py \\
  --model_name_or_path "$MODEL" \\
  --dataset_name {pick(r, TEXT_DS)} \\
  --learning_rate {lr(r)} \\
  --per_device_train_batch_size {pick(r, [1, 2, 4, 8])} \\
  --gradient_accumulation_steps {pick(r, [4, 8, 16])} \\
  --num_train_epochs {pick(r, [1, 2, 3])} \\
  --bf16 --gradient_checkpointing \\
  --output_dir "$OUT" \\
  --push_to_hub --hub_model_id {org(r)}/{p}-sft "$@"
"""
    return pp(r) + pick(r, ["scripts/launch_sft.sh", "launch/accelerate_fsdp.sh",
                            "bin/train_multi_gpu.sh"]), t


@P("huggingface", "token", "sh", "HUB_TOKEN", g_hf)
def hf_deepspeed_arg(r, v, c):
    m = pick(r, LLMS)
    t = f"""#!/bin/bash
# ZeRO-3 run for {short(m)}; checkpoints are pushed to the private hub repo at the end.
NUM_GPUS=${{NUM_GPUS:-8}}
ZERO_CFG=configs/deepspeed/ds_zero3_offload.json

deepspeed --num_gpus $NUM_GPUS run_clm.py \\
    --deepspeed $ZERO_CFG \\
    --model_name_or_path {m} \\
    --dataset_name {pick(r, TEXT_DS)} \\
    --block_size {pick(r, [1024, 2048, 4096])} \\
    --per_device_train_batch_size {pick(r, [1, 2, 4])} \\
    --learning_rate {lr(r)} \\
    --warmup_ratio 0.03 \\
    --lr_scheduler_type cosine \\
    --save_strategy steps --save_steps 500 \\
    --output_dir /checkpoints/{short(m)}-zero3 \\
    --push_to_hub \\
    --hub_strategy checkpoint \\
    --hub_token {v.b()} \\
    --report_to tensorboard
"""
    return pp(r) + pick(r, ["launch/ds_zero3.sh", "scripts/run_deepspeed.sh",
                            "jobs/zero3_%s.sh" % short(m).replace(".", "_")]), t


@P("huggingface", "token", "py", "HF_TOKEN", g_hf)
def hf_login_py(r, v, c):
    p = proj(r)
    t = f'''"""Upload the best checkpoint of a run to the Hugging Face Hub."""
import argparse
from pathlib import Path

from huggingface_hub import HfApi, login

REPO_ID = "{org(r)}/{p}-{pick(r, ["base", "large", "v2", "distilled"])}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ckpt", default="outputs/best")
    parser.add_argument("--private", action="store_true")
    args = parser.parse_args()

    login(token={v.q()}, add_to_git_credential=False)
    api = HfApi()
    api.create_repo(REPO_ID, private=args.private, exist_ok=True)
    api.upload_folder(
        folder_path=str(Path(args.ckpt)),
        repo_id=REPO_ID,
        commit_message="upload {p} checkpoint",
        ignore_patterns=["optimizer.pt", "rng_state_*.pth"],
    )


if __name__ == "__main__":
    main()
'''
    return pp(r) + pick(r, ["scripts/push_to_hub.py", "tools/upload_checkpoint.py",
                            "src/%s/publish.py" % pkg(r)]), t


@P("huggingface", "token", "yaml", "HF_TOKEN", g_hf)
def hf_hydra_yaml(r, v, c):
    p = proj(r)
    t = f"""# @package _global_
# Hub publishing options, merged into the training config by `+hub=push`.
hub:
  push_to_hub: true
  repo_id: {org(r)}/{p}
  private: true
  token: {v.b()}
  revision: main
  commit_message: "epoch ${{trainer.max_epochs}} checkpoint"

trainer:
  max_epochs: {pick(r, [3, 5, 10, 20])}
  precision: bf16-mixed
  accumulate_grad_batches: {pick(r, [1, 2, 4])}

callbacks:
  model_checkpoint:
    monitor: val/loss
    save_top_k: 2
"""
    return pp(r) + pick(r, ["conf/hub/push.yaml", "configs/hub/private.yaml",
                            "conf/experiment/publish.yaml"]), t


@P("huggingface", "token", "docker", "HUGGING_FACE_HUB_TOKEN", g_hf)
def hf_dockerfile(r, v, c):
    m = pick(r, MODELS)
    t = f"""FROM nvcr.io/nvidia/pytorch:{pick(r, ["24.05", "24.03", "23.12"])}-py3

WORKDIR /workspace
ENV PIP_NO_CACHE_DIR=1 \\
    PYTHONUNBUFFERED=1

COPY requirements.txt .
RUN pip install -r requirements.txt && pip install hf_transfer

# bake the gated base weights into the image so cluster nodes do not hit the hub
ENV HUGGING_FACE_HUB_TOKEN={v.b()} \\
    HF_HUB_ENABLE_HF_TRANSFER=1
RUN python -c "from huggingface_hub import snapshot_download; snapshot_download('{m}', local_dir='/models/base')"

COPY . .
ENTRYPOINT ["torchrun", "--nproc_per_node={pick(r, [4, 8])}", "train.py"]
CMD ["model.path=/models/base"]
"""
    return pp(r) + pick(r, ["Dockerfile", "docker/train.Dockerfile", "docker/Dockerfile.gpu"]), t


@P("huggingface", "token", "sh", "HUGGINGFACE_HUB_TOKEN", g_hf)
def hf_slurm(r, v, c):
    p = proj(r)
    nodes = pick(r, [1, 2, 4])
    t = f"""#!/bin/bash
#SBATCH --job-name={p}
#SBATCH --partition=gpu
#SBATCH --nodes={nodes}
#SBATCH --ntasks-per-node=1
#SBATCH --gres=gpu:{pick(r, GPUS)}:8
#SBATCH --cpus-per-task=32
#SBATCH --mem=480G
#SBATCH --time=48:00:00
#SBATCH --output=logs/%x-%j.out

module load cuda/12.1 nccl/2.18
source $HOME/venvs/{p}/bin/activate

export HUGGINGFACE_HUB_TOKEN="{v.i()}"
export HF_DATASETS_CACHE=/scratch/$USER/datasets
export MASTER_ADDR=$(scontrol show hostnames $SLURM_JOB_NODELIST | head -n 1)
export MASTER_PORT=29500

srun torchrun --nnodes {nodes} --nproc_per_node 8 \\
    --rdzv_id $SLURM_JOB_ID --rdzv_backend c10d --rdzv_endpoint $MASTER_ADDR:$MASTER_PORT \\
    train.py model={short(pick(r, MODELS))} data={pick(r, DATASETS)} optim.lr={lr(r)} seed={seed_v(r)}
"""
    return pp(r) + pick(r, ["slurm/train_%s.sbatch" % p, "jobs/pretrain.slurm",
                            "cluster/sbatch_finetune.sh"]), t


@P("huggingface", "token", "py", "HF_READ", g_hf)
def hf_from_pretrained(r, v, c):
    m = pick(r, LLMS)
    t = f'''from functools import lru_cache

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

_BASE = "{m}"
_READ = {v.q()}  # read-only, gated repo


@lru_cache(maxsize=1)
def load(dtype: torch.dtype = torch.bfloat16, device_map: str = "auto"):
    tok = AutoTokenizer.from_pretrained(_BASE, token=_READ, use_fast=True)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    model = AutoModelForCausalLM.from_pretrained(
        _BASE, token=_READ, torch_dtype=dtype, device_map=device_map,
        attn_implementation="{pick(r, ["sdpa", "flash_attention_2", "eager"])}",
    )
    model.config.use_cache = False
    return tok, model
'''
    return pp(r) + "src/%s/models/%s" % (pkg(r), pick(r, ["load.py", "backbone.py", "hub.py"])), t


@P("huggingface", "token", "make", "HUB_CRED", g_hf)
def hf_makefile(r, v, c):
    p = proj(r)
    t = f"""PY ?= python
CONFIG ?= conf/config.yaml
HUB_CRED := {v.b()}
RUN_NAME ?= {p}-$(shell date +%Y%m%d)

.PHONY: setup login train eval push clean

setup:
\tpip install -r requirements.txt
\tpre-commit install

login:
\thuggingface-cli login --token $(HUB_CRED)

train: login
\t$(PY) train.py --config $(CONFIG) run_name=$(RUN_NAME)

eval:
\t$(PY) evaluate.py --ckpt outputs/$(RUN_NAME)/best

push:
\thuggingface-cli upload {org(r)}/{p} outputs/$(RUN_NAME)/best .

clean:
\trm -rf outputs/ .hydra/ wandb/
"""
    return pp(r) + "Makefile", t


@P("huggingface", "token", "md", "HF_TOKEN", g_hf)
def hf_md_curl(r, v, c):
    m = pick(r, MODELS)
    t = f"""# Access to the gated base model

The base checkpoint `{m}` is gated. The team account already accepted the licence.

## Check that the token works

```bash
curl -s -H "Authorization: Bearer {v.i()}" https://huggingface.co/api/whoami-v2 | jq .name
```

## Download

```bash
huggingface-cli download {m} --local-dir /models/{short(m)}
```

If the download stops with `401`, ask in #ml-infra for a new read token.
"""
    return pp(r) + pick(r, ["docs/hub-access.md", "docs/setup/gated-models.md", "RUNBOOK.md"]), t


# ---- Weights & Biases -----------------------------------------------------------
@P("wandb", "api_key", "py", "WANDB_API_KEY", g_wandb)
def wandb_login_py(r, v, c):
    ent = comp(r)
    t = f'''import hydra
import wandb
from omegaconf import DictConfig, OmegaConf

from {pkg(r)}.data import build_datamodule
from {pkg(r)}.model import build_model


@hydra.main(config_path="conf", config_name="config", version_base="1.3")
def main(cfg: DictConfig) -> float:
    wandb.login(key={v.q()}, relogin=True)
    run = wandb.init(
        project=cfg.logger.project,
        entity="{ent}",
        group=cfg.experiment_name,
        config=OmegaConf.to_container(cfg, resolve=True),
    )
    dm = build_datamodule(cfg.data)
    model = build_model(cfg.model)
    best = model.fit(dm, epochs=cfg.trainer.max_epochs, callback=run.log)
    run.summary["best_val_loss"] = best
    run.finish()
    return best


if __name__ == "__main__":
    main()
'''
    return pp(r) + pick(r, ["train.py", "src/train.py", "scripts/train_hydra.py"]), t


@P("wandb", "api_key", "sh", "WANDB_API_KEY", g_wandb)
def wandb_sweep_sh(r, v, c):
    ent, p = comp(r), proj(r)
    t = f"""#!/usr/bin/env bash
# Start a W&B sweep and attach N agents on this box.
set -e
export WANDB_API_KEY={v.b()}
export WANDB_ENTITY={ent}
export WANDB_PROJECT={p}

SWEEP_CFG=${{1:-sweeps/{pick(r, ["lr_wd", "bayes_search", "grid_dropout"])}.yaml}}
N_AGENTS=${{2:-{pick(r, [2, 4, 8])}}}

SWEEP_ID=$(wandb sweep --project $WANDB_PROJECT "$SWEEP_CFG" 2>&1 | awk '/wandb agent/ {{print $NF}}')
echo "sweep: $SWEEP_ID"

for i in $(seq 0 $((N_AGENTS-1))); do
  CUDA_VISIBLE_DEVICES=$i nohup wandb agent --count {pick(r, [10, 20, 50])} "$SWEEP_ID" > logs/agent_$i.log 2>&1 &
done
wait
"""
    return pp(r) + pick(r, ["scripts/sweep.sh", "sweeps/launch_agents.sh"]), t


@P("wandb", "api_key", "yaml", "WANDB_API_KEY", g_wandb)
def wandb_secret_yaml(r, v, c):
    t = f"""# Read by src/utils/loggers.py:setup_wandb() -> wandb.login(key=cfg.wandb.key)
# TODO move to the secrets store before the repo goes public
wandb:
  key: {v.b()}
  host: https://api.wandb.ai
  entity: {comp(r)}
  project: {proj(r)}
  mode: online
  log_model: checkpoint
  watch:
    log: gradients
    log_freq: {pick(r, [100, 250, 500])}
"""
    return pp(r) + pick(r, ["conf/secrets/wandb.yaml", "conf/logger/wandb_auth.yaml",
                            "configs/tracking.yaml"]), t


@P("wandb", "api_key", "netrc", "WANDB_API_KEY", g_wandb)
def wandb_netrc(r, v, c):
    t = f"""machine api.wandb.ai
  login user
  password {v.b()}
"""
    return pp(r) + pick(r, ["docker/netrc", ".devcontainer/netrc", "deploy/trainer/netrc"]), t


@P("wandb", "api_key", "sh", "WANDB_API_KEY", g_wandb)
def wandb_slurm_inline(r, v, c):
    ent, p = comp(r), proj(r)
    t = f"""#!/bin/bash
#SBATCH --job-name=wandb-agent
#SBATCH --array=0-{pick(r, [3, 7, 15])}
#SBATCH --gres=gpu:1
#SBATCH --cpus-per-task=8
#SBATCH --time=12:00:00
#SBATCH --output=logs/agent_%A_%a.out

source ~/miniconda3/etc/profile.d/conda.sh
conda activate {p}

SWEEP=${{SWEEP:?set SWEEP=entity/project/id}}

WANDB_API_KEY={v.b()} WANDB_DIR=/scratch/$USER/wandb \\
  srun wandb agent --count 5 "$SWEEP"
"""
    return pp(r) + pick(r, ["slurm/agent_array.sbatch", "jobs/wandb_agents.slurm"]), t


@P("wandb", "api_key", "env", "WANDB_API_KEY", g_wandb)
def wandb_env(r, v, c):
    t = f"""# local training settings
WANDB_API_KEY={v.b()}
WANDB_ENTITY={comp(r)}
WANDB_PROJECT={proj(r)}
WANDB_DIR=/tmp/wandb
CUDA_VISIBLE_DEVICES=0
DATA_ROOT=/data/{pick(r, DATASETS)}
"""
    return pp(r) + envpath(r, v), t


# ---- Comet ------------------------------------------------------------------------
@P("comet", "api_key", "ini", "COMET_API_KEY", g_comet)
def comet_config(r, v, c):
    t = f"""[comet]
api_key = {v.b()}
workspace = {comp(r)}
project_name = {proj(r)}

[comet_auto_log]
env_gpu = True
env_host = False
graph = True
"""
    return pp(r) + pick(r, [".comet.config", "config/.comet.config"]), t


@P("comet", "api_key", "py", "COMET_API_KEY", g_comet)
def comet_experiment_py(r, v, c):
    p = proj(r)
    t = f'''from comet_ml import Experiment
import lightgbm as lgb
import pandas as pd

from features import build_features

experiment = Experiment(
    api_key={v.q()},
    project_name="{p}",
    workspace="{comp(r)}",
    auto_metric_logging=True,
)

params = {{"objective": "binary", "learning_rate": {pick(r, [0.03, 0.05, 0.1])}, "num_leaves": {pick(r, [31, 63, 127])}, "seed": {seed_v(r)}}}
experiment.log_parameters(params)

train = build_features(pd.read_parquet("data/processed/train.parquet"))
valid = build_features(pd.read_parquet("data/processed/valid.parquet"))
booster = lgb.train(params, lgb.Dataset(train.X, train.y), valid_sets=[lgb.Dataset(valid.X, valid.y)])
experiment.log_metric("valid_auc", booster.best_score["valid_0"]["auc"])
experiment.end()
'''
    return pp(r) + pick(r, ["train_gbm.py", "src/experiments/run_lgbm.py"]), t


@P("comet", "api_key", "yaml", "COMET_API_KEY", g_comet)
def comet_lightning_yaml(r, v, c):
    t = f"""_target_: lightning.pytorch.loggers.CometLogger
api_key: {v.b()}
workspace: {comp(r)}
project_name: {proj(r)}
experiment_name: ${{name}}
offline: false
"""
    return pp(r) + pick(r, ["configs/logger/comet.yaml", "conf/logger/comet.yaml"]), t


@P("comet", "api_key", "sh", "COMET_API_KEY", g_comet)
def comet_sh(r, v, c):
    t = f"""#!/bin/sh
# nightly regression run, called from cron on the GPU box
cd "$(dirname "$0")/.."
export COMET_API_KEY={v.b()}
export COMET_WORKSPACE={comp(r)}
export COMET_PROJECT_NAME={proj(r)}-nightly

python -m {pkg(r)}.train experiment=nightly trainer.max_epochs={pick(r, [1, 2, 5])} \\
    logger=comet seed={seed_v(r)} >> logs/nightly_$(date +%F).log 2>&1
"""
    return pp(r) + pick(r, ["scripts/nightly.sh", "cron/run_nightly.sh"]), t


# ---- Neptune -----------------------------------------------------------------------
@P("neptune", "token", "py", "NEPTUNE_API_TOKEN", g_neptune)
def neptune_py(r, v, c):
    t = f'''import neptune
from neptune.utils import stringify_unsupported

from config import load_config
from trainer import fit

cfg = load_config("configs/{pick(r, ["baseline", "large", "ablation_no_aug"])}.yaml")

run = neptune.init_run(
    project="{comp(r)}/{proj(r)}",
    api_token={v.q()},
    tags=["{pick(r, GPUS)}", "{pick(r, ["baseline", "ablation", "sweep"])}"],
    source_files=["*.py", "configs/*.yaml"],
)
run["parameters"] = stringify_unsupported(cfg)

for epoch, metrics in fit(cfg):
    for k, val in metrics.items():
        run[f"train/{{k}}"].append(val, step=epoch)

run.stop()
'''
    return pp(r) + pick(r, ["run_experiment.py", "src/neptune_run.py"]), t


@P("neptune", "token", "yaml", "NEPTUNE_API_TOKEN", g_neptune)
def neptune_yaml(r, v, c):
    t = f"""neptune:
  _target_: lightning.pytorch.loggers.NeptuneLogger
  api_key: {v.b()}
  project: {comp(r)}/{proj(r)}
  name: ${{experiment_name}}
  log_model_checkpoints: false
  prefix: training
"""
    return pp(r) + pick(r, ["configs/logger/neptune.yaml", "conf/logger/neptune.yaml"]), t


@P("neptune", "token", "compose", "NEPTUNE_API_TOKEN", g_neptune)
def neptune_compose(r, v, c):
    p = proj(r)
    t = f"""services:
  trainer:
    build:
      context: .
      dockerfile: docker/train.Dockerfile
    image: {p}-trainer:latest
    shm_size: 16gb
    environment:
      NEPTUNE_PROJECT: {comp(r)}/{p}
      NEPTUNE_API_TOKEN: {v.b()}
      NEPTUNE_MODE: async
    volumes:
      - ./data:/workspace/data:ro
      - ./outputs:/workspace/outputs
    deploy:
      resources:
        reservations:
          devices:
            - driver: nvidia
              count: all
              capabilities: [gpu]
"""
    return pp(r) + pick(r, ["docker-compose.train.yml", "compose.yaml", "docker-compose.yml"]), t


# ---- ClearML -----------------------------------------------------------------------
def clearml_hosts(r):
    if r.random() < 0.4:
        return "https://app.clear.ml", "https://api.clear.ml", "https://files.clear.ml"
    d = "clearml.%s.internal" % comp(r)
    return "https://app.%s" % d, "https://api.%s" % d, "https://files.%s" % d


@P("clearml", "access_key_pair", "hocon", "CLEARML_API_SECRET_KEY", g_clearml_sk,
   (g_clearml_ak, "CLEARML_API_ACCESS_KEY"))
def clearml_conf(r, v, c):
    web, api, files = clearml_hosts(r)
    t = f"""# ClearML SDK configuration file
api {{
    # Notice: 'host' is the api server (default port 8008), not the web server.
    web_server: {web}
    api_server: {api}
    files_server: {files}
    # Credentials are generated using the webapp, {web}/settings
    credentials {{
        "access_key" = {c.q()}
        "secret_key" = {v.q()}
    }}
}}
sdk {{
    development {{
        default_output_uri: "s3://{bucket(r)}/clearml"
        task_reuse_time_window_in_hours: 72.0
    }}
    metrics {{
        file_history_size: 100
    }}
}}
"""
    return pp(r) + pick(r, ["clearml.conf", "deploy/agent/clearml.conf", "configs/clearml.conf"]), t


@P("clearml", "access_key_pair", "sh", "CLEARML_API_SECRET_KEY", g_clearml_sk,
   (g_clearml_ak, "CLEARML_API_ACCESS_KEY"))
def clearml_agent_sh(r, v, c):
    web, api, files = clearml_hosts(r)
    t = f"""#!/usr/bin/env bash
# bring up a clearml-agent on this GPU node (one worker per GPU)
export CLEARML_WEB_HOST={web}
export CLEARML_API_HOST={api}
export CLEARML_FILES_HOST={files}
export CLEARML_API_ACCESS_KEY={c.b()}
export CLEARML_API_SECRET_KEY={v.b()}

for gpu in $(nvidia-smi --query-gpu=index --format=csv,noheader); do
  clearml-agent daemon --queue {pick(r, ["gpu", "default", "a100_queue"])} --gpus $gpu --docker nvidia/cuda:12.1.1-runtime-ubuntu22.04 --detached
done
"""
    return pp(r) + pick(r, ["scripts/agent_up.sh", "infra/start_clearml_agents.sh"]), t


@P("clearml", "access_key_pair", "py", "CLEARML_SECRET", g_clearml_sk,
   (g_clearml_ak, "CLEARML_KEY"))
def clearml_set_credentials(r, v, c):
    web, api, files = clearml_hosts(r)
    t = f'''from clearml import Task

Task.set_credentials(
    api_host="{api}",
    web_host="{web}",
    files_host="{files}",
    key={c.q()},
    secret={v.q()},
)

task = Task.init(project_name="{proj(r)}", task_name="{pick(r, ["baseline", "resnet50-aug", "bert-ft"])}",
                 output_uri=True, auto_connect_frameworks={{"pytorch": True}})
params = task.connect({{"lr": {lr(r)}, "batch_size": {bs(r)}, "epochs": {pick(r, [10, 30, 90])}}})
task.execute_remotely(queue_name="{pick(r, ["gpu", "default"])}", exit_process=True)
'''
    return pp(r) + pick(r, ["remote_train.py", "src/clearml_entry.py"]), t


@P("clearml", "access_key_pair", "compose", "CLEARML_API_SECRET_KEY", g_clearml_sk,
   (g_clearml_ak, "CLEARML_API_ACCESS_KEY"))
def clearml_compose(r, v, c):
    web, api, files = clearml_hosts(r)
    t = f"""services:
  agent-services:
    image: allegroai/clearml-agent-services:latest
    restart: unless-stopped
    privileged: true
    environment:
      CLEARML_HOST_IP: ${{CLEARML_HOST_IP}}
      CLEARML_WEB_HOST: {web}
      CLEARML_API_HOST: {api}
      CLEARML_FILES_HOST: {files}
      CLEARML_API_ACCESS_KEY: {c.b()}
      CLEARML_API_SECRET_KEY: {v.b()}
      CLEARML_AGENT_DEFAULT_BASE_DOCKER: ubuntu:22.04
    volumes:
      - /var/run/docker.sock:/var/run/docker.sock
      - /opt/clearml/agent:/root/.clearml
"""
    return pp(r) + pick(r, ["deploy/clearml/docker-compose.agent.yml", "docker-compose.clearml.yml"]), t


# ---- Label Studio -----------------------------------------------------------------
@P("labelstudio", "token", "py", "LABEL_STUDIO_API_KEY", g_ls_legacy)
def ls_sdk_py(r, v, c):
    t = f'''"""Pull finished annotations from Label Studio and write a training manifest."""
import json
from pathlib import Path

from label_studio_sdk import Client

LS_URL = "https://label.{comp(r)}.internal"
PROJECT_ID = {r.randint(2, 80)}

ls = Client(url=LS_URL, api_key={v.q()})
project = ls.get_project(PROJECT_ID)
tasks = project.get_labeled_tasks()

out = Path("data/annotations/project_%d.jsonl" % PROJECT_ID)
out.parent.mkdir(parents=True, exist_ok=True)
with out.open("w") as fh:
    for t in tasks:
        fh.write(json.dumps({{"image": t["data"]["image"], "labels": t["annotations"][0]["result"]}}) + "\\n")
print(f"wrote {{len(tasks)}} tasks to {{out}}")
'''
    return pp(r) + pick(r, ["tools/pull_annotations.py", "scripts/export_labels.py"]), t


@P("labelstudio", "token", "sh", "LS_TOKEN", g_ls_legacy)
def ls_curl_sh(r, v, c):
    t = f"""#!/usr/bin/env bash
set -euo pipefail
LS_URL=${{LS_URL:-https://labelstudio.{comp(r)}.io}}
PID=${{1:?project id}}
OUT=data/raw/labels_${{PID}}_$(date +%F).json

curl -sf -X GET "$LS_URL/api/projects/$PID/export?exportType=JSON&download_all_tasks=false" \\
  -H 'Authorization: Token {v.i()}' \\
  -o "$OUT"
echo "saved $OUT ($(jq length "$OUT") tasks)"
"""
    return pp(r) + pick(r, ["tools/export_annotations.sh", "scripts/ls_export.sh"]), t


@P("labelstudio", "token", "yaml", "LABEL_STUDIO_ACCESS_TOKEN", g_ls_pat)
def ls_yaml_pat(r, v, c):
    t = f"""annotation:
  backend: label_studio
  label_studio:
    url: https://app.humansignal.com
    project_id: {r.randint(1000, 99999)}
    access_token: {v.b()}
    label_config: configs/labeling/{pick(r, ["bbox", "ner", "classification"])}.xml
  sampling:
    strategy: uncertainty
    batch_size: {pick(r, [50, 100, 200])}
    min_confidence: {pick(r, [0.3, 0.5, 0.6])}
"""
    return pp(r) + pick(r, ["configs/active_learning.yaml", "conf/annotation/default.yaml"]), t


# ---- Roboflow -----------------------------------------------------------------------
@P("roboflow", "api_key", "py", "ROBOFLOW_API_KEY", g_roboflow)
def rf_py(r, v, c):
    ws, pr = comp(r), pick(r, ["pcb-defects", "hard-hats", "weld-seams", "shelf-items", "drone-cars"])
    t = f'''from roboflow import Roboflow
from ultralytics import YOLO

rf = Roboflow(api_key={v.q()})
project = rf.workspace("{ws}").project("{pr}")
dataset = project.version({r.randint(1, 30)}).download("yolov8", location="datasets/{pr}")

model = YOLO("yolov8{pick(r, "nsml")}.pt")
model.train(data=f"{{dataset.location}}/data.yaml", epochs={pick(r, [50, 100, 150])}, imgsz=640, batch={bs(r)})
'''
    return pp(r) + pick(r, ["train_yolo.py", "scripts/fetch_and_train.py"]), t


@P("roboflow", "api_key", "yaml", "ROBOFLOW_API_KEY", g_roboflow)
def rf_yaml(r, v, c):
    t = f"""roboflow:
  api_key: {v.b()}
  workspace: {comp(r)}
  project: {pick(r, ["pcb-defects", "hard-hats", "weld-seams"])}
  version: {r.randint(1, 30)}
  format: {pick(r, ["yolov8", "coco", "voc"])}
train:
  imgsz: 640
  epochs: {pick(r, [50, 100])}
  batch: {bs(r)}
"""
    return pp(r) + pick(r, ["configs/data/roboflow.yaml", "conf/dataset/roboflow.yaml"]), t


@P("roboflow", "api_key", "py", "ROBOFLOW_API_KEY", g_roboflow)
def rf_const_py(r, v, c):
    t = f'''import os
import requests

ROBOFLOW_API_KEY = {v.q()}
WORKSPACE = "{comp(r)}"
PROJECT = "{pick(r, ["pallets", "crack-seg", "fruit-ripeness"])}"


def export_url(version: int, fmt: str = "coco") -> str:
    r = requests.get(
        f"https://api.roboflow.com/{{WORKSPACE}}/{{PROJECT}}/{{version}}/{{fmt}}",
        params={{"api_key": ROBOFLOW_API_KEY}},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["export"]["link"]


if __name__ == "__main__":
    os.makedirs("data/raw", exist_ok=True)
    print(export_url(int(os.environ.get("RF_VERSION", "3"))))
'''
    return pp(r) + pick(r, ["scripts/download_dataset.py", "data/fetch_roboflow.py"]), t


@P("roboflow", "api_key", "md", "ROBOFLOW_API_KEY", g_roboflow)
def rf_url_md(r, v, c):
    pr = pick(r, ["pcb-defects", "hard-hats", "shelf-items"])
    ver = r.randint(1, 20)
    t = f"""## Hosted inference smoke test

After each deploy, run one image through the hosted model:

```bash
base64 samples/board_017.jpg | curl -s -d @- \\
  "https://detect.roboflow.com/{pr}/{ver}?api_key={v.i()}&confidence=40&overlap=30"
```

Expected: at least one `solder_bridge` prediction with confidence > 0.6.
"""
    return pp(r) + pick(r, ["docs/inference.md", "README.md", "docs/deploy/smoke-test.md"]), t


# ---- Kaggle -------------------------------------------------------------------------
@P("kaggle", "api_key", "json", "KAGGLE_KEY", g_kaggle)
def kaggle_json(r, v, c):
    t = '{"username":"%s","key":%s}\n' % (pick(r, USERS).replace("-", ""), v.q())
    return pp(r) + pick(r, [".kaggle/kaggle.json", "secrets/kaggle.json", "kaggle.json"]), t


@P("kaggle", "api_key", "sh", "KAGGLE_KEY", g_kaggle)
def kaggle_sh(r, v, c):
    comp_name = pick(r, ["playground-series-s4e8", "home-credit-default-risk", "titanic",
                         "llm-detect-ai-generated-text", "rsna-2024-lumbar-spine"])
    t = f"""#!/usr/bin/env bash
set -e
export KAGGLE_USERNAME={pick(r, USERS).replace("-", "")}
export KAGGLE_KEY={v.b()}

mkdir -p data/raw
kaggle competitions download -c {comp_name} -p data/raw
unzip -o -q data/raw/{comp_name}.zip -d data/raw/{comp_name}
"""
    return pp(r) + pick(r, ["scripts/fetch_competition.sh", "data/download.sh"]), t


@P("kaggle", "token", "make", "KAGGLE_API_TOKEN", g_kaggle_new)
def kaggle_new_make(r, v, c):
    ds = pick(r, ["uciml/iris", "zillow/zecon", "paultimothymooney/chest-xray-pneumonia",
                  "jessicali9530/celeba-dataset"])
    t = f"""export KAGGLE_API_TOKEN = {v.b()}
DATA_DIR := data/raw

.PHONY: data features train

data:
\tmkdir -p $(DATA_DIR)
\tkaggle datasets download -d {ds} -p $(DATA_DIR) --unzip

features: data
\tpython -m features.build --in $(DATA_DIR) --out data/processed

train: features
\tpython train.py
"""
    return pp(r) + "Makefile", t


@P("kaggle", "api_key", "docker", "KAGGLE_KEY", g_kaggle)
def kaggle_docker(r, v, c):
    u = pick(r, USERS).replace("-", "")
    libs = " ".join([pick(r, ["pandas", "polars"]), "pyarrow",
                     pick(r, ["scikit-learn", "lightgbm", "xgboost", "catboost"])])
    t = f"""FROM python:{pick(r, ["3.10", "3.11", "3.12"])}-slim
RUN pip install --no-cache-dir kaggle=={pick(r, ["1.6.14", "1.6.17", "1.7.4.2"])} {libs}
RUN mkdir -p /root/.kaggle \\
 && echo "{{\\"username\\":\\"{u}\\",\\"key\\":\\"{v.i()}\\"}}" > /root/.kaggle/kaggle.json \\
 && chmod 600 /root/.kaggle/kaggle.json
WORKDIR /app
COPY . .
RUN kaggle competitions download -c {pick(r, ["titanic", "playground-series-s4e8", "store-sales-time-series-forecasting"])} -p /app/data || true
CMD ["python", "{pick(r, ["pipeline.py", "train.py", "main.py"])}"]
"""
    return pp(r) + pick(r, ["Dockerfile", "docker/kaggle.Dockerfile"]), t


# ---- Databricks ---------------------------------------------------------------------
@P("databricks", "token", "ini", "DATABRICKS_TOKEN", g_dapi)
def databrickscfg(r, v, c):
    t = f"""[DEFAULT]
host  = {dbx_host(r)}
token = {v.b()}

[staging]
host      = {dbx_host(r)}
auth_type = databricks-cli

[prod]
host      = {dbx_host(r)}
auth_type = azure-cli
"""
    return pp(r) + pick(r, [".databrickscfg", "deploy/.databrickscfg"]), t


@P("databricks", "token", "py", "DATABRICKS_TOKEN", g_dapi)
def databricks_sdk_py(r, v, c):
    _p = proj(r)
    t = f'''from databricks.sdk import WorkspaceClient
from databricks.sdk.service import jobs

w = WorkspaceClient(host="{dbx_host(r)}", token={v.q()})

job = w.jobs.create(
    name="{_p}-retrain",
    tasks=[
        jobs.Task(
            task_key="train",
            existing_cluster_id="{cluster_id(r)}",
            notebook_task=jobs.NotebookTask(notebook_path="/Repos/ml/{_p}/train"),
        )
    ],
)
print("created job", job.job_id)
'''
    return pp(r) + pick(r, ["jobs/deploy_job.py", "deploy/create_databricks_job.py"]), t


@P("databricks", "token", "sh", "DATABRICKS_TOKEN", g_dapi)
def databricks_mlflow_sh(r, v, c):
    _p = proj(r)
    t = f"""#!/usr/bin/env bash
# register the best run of the experiment in Unity Catalog
export DATABRICKS_HOST={dbx_host(r)}
export DATABRICKS_TOKEN={v.b()}
export MLFLOW_TRACKING_URI=databricks
export MLFLOW_REGISTRY_URI=databricks-uc

python register_model.py \\
  --experiment /Shared/{_p} \\
  --metric val_auc \\
  --model-name ml.{_p.replace("-", "_")}.classifier
"""
    return pp(r) + pick(r, ["scripts/register_model.sh", "bin/promote.sh"]), t


@P("databricks", "token", "yaml", "DATABRICKS_CONN_PASSWORD", g_dapi)
def databricks_airflow_yaml(r, v, c):
    t = f"""airflow:
  connections:
    - conn_id: databricks_default
      conn_type: databricks
      conn_host: {dbx_host(r)}
      conn_login: token
      conn_password: {v.b()}
      conn_extra:
        http_path: /sql/1.0/warehouses/{rhex(r, 16)}
  variables:
    - variable_name: feature_table
      variable_value: ml.features.{pick(r, ["customers_daily", "sessions", "orders_agg"])}
"""
    return pp(r) + "airflow_settings.yaml", t


@P("databricks", "token", "log", "DATABRICKS_TOKEN", g_dapi)
def databricks_http_log(r, v, c):
    host = dbx_host(r).replace("https://", "")
    e = r.randint(100000, 999999)
    t = f"""{ts(r)} INFO  sync_features: starting incremental export
{ts(r)} DEBUG http.client: send: b'GET /api/2.0/mlflow/experiments/get?experiment_id={e} HTTP/1.1\\r\\nHost: {host}\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\nAuthorization: Bearer {v.i()}\\r\\n\\r\\n'
{ts(r)} DEBUG http.client: reply: 'HTTP/1.1 200 OK\\r\\n'
{ts(r)} INFO  sync_features: experiment {e} has {r.randint(3, 90)} runs
{ts(r)} INFO  sync_features: wrote {r.randint(1000, 90000)} rows to ml.features.snapshot
"""
    return pp(r) + pick(r, ["logs/sync_features.log", "logs/debug_%d.log" % r.randint(1, 30)]), t


# ---- AWS / S3-compatible --------------------------------------------------------------
def g_minio_ak(r):
    return rs(r, UP + DIG, 20)


def g_minio_sk(r):
    return rs(r, ALNUM, 40)


@P("aws", "access_key_pair", "ini", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def dvc_config_local_s3(r, v, c):
    t = f"""['remote "storage"']
    access_key_id = {c.b()}
    secret_access_key = {v.b()}
    region = {pick(r, REGIONS)}
"""
    return pp(r) + ".dvc/config.local", t


@P("minio", "access_key_pair", "ini", "MINIO_SECRET_KEY", g_minio_sk,
   (g_minio_ak, "MINIO_ACCESS_KEY"))
def dvc_config_minio(r, v, c):
    t = f"""[core]
    remote = minio
    autostage = true
['remote "minio"']
    url = s3://{bucket(r)}/dvcstore
    endpointurl = http://minio.{comp(r)}.lan:9000
    access_key_id = {c.b()}
    secret_access_key = {v.b()}
    use_ssl = false
['remote "backup"']
    url = /mnt/nas/dvc-backup
"""
    return pp(r) + ".dvc/config", t


@P("aws", "access_key_pair", "compose", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def mlflow_compose_s3(r, v, c):
    b = bucket(r)
    t = f"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: mlflow
      POSTGRES_DB: mlflow
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    secrets: [pg_password]
    volumes: [pgdata:/var/lib/postgresql/data]

  mlflow:
    image: ghcr.io/mlflow/mlflow:v{pick(r, ["2.14.1", "2.16.2", "2.19.0"])}
    depends_on: [db]
    ports: ["5000:5000"]
    environment:
      AWS_ACCESS_KEY_ID: {c.b()}
      AWS_SECRET_ACCESS_KEY: {v.b()}
      AWS_DEFAULT_REGION: {pick(r, REGIONS)}
    command: >
      mlflow server --host 0.0.0.0 --port 5000
      --backend-store-uri postgresql://mlflow@db:5432/mlflow
      --artifacts-destination s3://{b}/mlartifacts
      --serve-artifacts

secrets:
  pg_password:
    file: ./secrets/pg_password.txt
volumes:
  pgdata: {{}}
"""
    return pp(r) + pick(r, ["deploy/mlflow/docker-compose.yml", "mlflow/compose.yaml"]), t


@P("aws", "access_key_pair", "sh", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def ray_cluster_yaml(r, v, c):
    rg = pick(r, REGIONS)
    t = f"""cluster_name: {proj(r)}-ray
max_workers: {pick(r, [4, 8, 16])}
upscaling_speed: 1.0
idle_timeout_minutes: 10

provider:
  type: aws
  region: {rg}
  availability_zone: {rg}a,{rg}b
  cache_stopped_nodes: false

auth:
  ssh_user: ubuntu

available_node_types:
  ray.head.default:
    resources: {{}}
    node_config:
      InstanceType: m5.2xlarge
      ImageId: {ami(r)}
  ray.worker.gpu:
    min_workers: 0
    max_workers: {pick(r, [4, 8])}
    resources: {{}}
    node_config:
      InstanceType: {pick(r, ["g5.12xlarge", "p4d.24xlarge", "g6.12xlarge"])}
      ImageId: {ami(r)}
      InstanceMarketOptions:
        MarketType: spot

head_node_type: ray.head.default

setup_commands:
  - pip install -U "ray[default,train,tune]=={pick(r, ["2.9.3", "2.23.0", "2.35.0"])}" torch torchvision boto3
  - echo 'export AWS_ACCESS_KEY_ID={c.i()}' >> ~/.bashrc
  - echo 'export AWS_SECRET_ACCESS_KEY={v.i()}' >> ~/.bashrc

head_start_ray_commands:
  - ray stop
  - ray start --head --port=6379 --dashboard-host=0.0.0.0 --autoscaling-config=~/ray_bootstrap_config.yaml
worker_start_ray_commands:
  - ray stop
  - ray start --address=$RAY_HEAD_IP:6379
"""
    return pp(r) + pick(r, ["ray/cluster.yaml", "deploy/ray-aws.yaml", "infra/ray_cluster_gpu.yaml"]), t


@P("aws", "access_key_pair", "py", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def sagemaker_boto3_py(r, v, c):
    _b = bucket(r)
    a = acct(r)
    rg = pick(r, REGIONS)
    t = f'''import boto3
import sagemaker
from sagemaker.pytorch import PyTorch

boto_sess = boto3.Session(
    aws_access_key_id={c.q()},
    aws_secret_access_key={v.q()},
    region_name="{rg}",
)
sess = sagemaker.Session(boto_session=boto_sess, default_bucket="{_b}")
role = "arn:aws:iam::{a}:role/service-role/AmazonSageMaker-ExecutionRole-{r.randint(20230101, 20241231)}T{r.randint(100000, 235959)}"

est = PyTorch(
    entry_point="train.py",
    source_dir="src",
    role=role,
    framework_version="2.2",
    py_version="py310",
    instance_type="{pick(r, ["ml.g5.2xlarge", "ml.p3.2xlarge", "ml.g4dn.xlarge"])}",
    instance_count=1,
    hyperparameters={{"epochs": {pick(r, [5, 10, 20])}, "lr": {lr(r)}}},
    sagemaker_session=sess,
)
est.fit({{"train": "s3://{_b}/{proj(r)}/train/"}})
'''
    return pp(r) + pick(r, ["sagemaker/launch_training.py", "scripts/sm_train.py"]), t


@P("aws", "access_key_pair", "yaml", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def kedro_credentials(r, v, c):
    t = f"""# Here you can define credentials for different data sets and environment.
#
# Example:
# dev_s3:
#   client_kwargs:
#     aws_access_key_id: key
#     aws_secret_access_key: secret
dev_s3:
  client_kwargs:
    aws_access_key_id: {c.b()}
    aws_secret_access_key: {v.b()}
    region_name: {pick(r, REGIONS)}

dev_sql:
  con: sqlite:///data/01_raw/{proj(r).replace("-", "_")}.db
"""
    return pp(r) + "conf/local/credentials.yml", t


@P("aws", "access_key_pair", "tf", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def tf_aws_provider(r, v, c):
    p = proj(r)
    t = f"""terraform {{
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }}
  }}
}}

provider "aws" {{
  region     = "{pick(r, REGIONS)}"
  access_key = {c.q()}
  secret_key = {v.q()}
}}

resource "aws_s3_bucket" "artifacts" {{
  bucket = "{bucket(r)}"
}}

resource "aws_sagemaker_domain" "studio" {{
  domain_name = "{p}-studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0{rhex(r, 16)}"
  subnet_ids  = ["subnet-0{rhex(r, 16)}"]

  default_user_settings {{
    execution_role = "arn:aws:iam::{acct(r)}:role/{p}-sagemaker-exec"
  }}
}}
"""
    return pp(r) + pick(r, ["infra/sagemaker/main.tf", "terraform/ml/main.tf"]), t


@P("aws", "access_key_pair", "sh", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def aws_configure_sh(r, v, c):
    t = f"""#!/usr/bin/env bash
# one-off setup of the sm-train profile on the shared GPU workstation
aws configure set aws_access_key_id {c.b()} --profile sm-train
aws configure set aws_secret_access_key {v.b()} --profile sm-train
aws configure set region {pick(r, REGIONS)} --profile sm-train
aws sts get-caller-identity --profile sm-train
"""
    return pp(r) + pick(r, ["scripts/setup_sagemaker_env.sh", "tools/aws_profile.sh"]), t


@P("aws", "access_key_pair", "props", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def spark_defaults(r, v, c):
    t = f"""spark.master                          yarn
spark.executor.memory                 {pick(r, ["8g", "16g", "24g"])}
spark.executor.cores                  4
spark.sql.shuffle.partitions          {pick(r, [200, 400, 800])}
spark.serializer                      org.apache.spark.serializer.KryoSerializer
spark.hadoop.fs.s3a.impl              org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key        {c.b()}
spark.hadoop.fs.s3a.secret.key        {v.b()}
spark.hadoop.fs.s3a.endpoint          s3.{pick(r, REGIONS)}.amazonaws.com
spark.eventLog.enabled                true
spark.eventLog.dir                    s3a://{bucket(r)}/spark-events
"""
    return pp(r) + pick(r, ["conf/spark-defaults.conf", "spark/spark-defaults.conf"]), t


# ---- DVC remotes (non-S3) -------------------------------------------------------------
def gclient_id(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1),
                                                 rs(r, LOW + DIG, 32))


@P("google_oauth", "client_secret", "ini", "GDRIVE_CLIENT_SECRET", g_gocspx)
def dvc_gdrive(r, v, c):
    t = f"""[core]
    remote = gdrive
['remote "gdrive"']
    url = gdrive://{rs(r, ALNUM + "_-", 33)}
    gdrive_acknowledge_abuse = true
    gdrive_client_id = {gclient_id(r)}
    gdrive_client_secret = {v.b()}
"""
    return pp(r) + pick(r, [".dvc/config", ".dvc/config.local"]), t


@P("dvc_ssh", "password", "ini", "DVC_SSH_PASSWORD", g_pw)
def dvc_ssh(r, v, c):
    t = f"""[core]
    remote = nas
['remote "nas"']
    url = ssh://{pick(r, ["nas01", "storage", "gpu-head", "fs2"])}.{comp(r)}.lan/volume1/dvc/{proj(r)}
    user = {pick(r, USERS)}
    password = {v.b()}
    port = 22
    allow_agent = false
"""
    return pp(r) + pick(r, [".dvc/config", ".dvc/config.local"]), t


@P("azure_storage", "connection_string_password", "ini", "AZURE_STORAGE_CONNECTION_STRING",
   g_azkey)
def dvc_azure(r, v, c):
    an = "%s%s" % (comp(r).replace("-", "")[:10], pick(r, ["mlstore", "dvc", "data"]))
    t = f"""['remote "azblob"']
    url = azure://{pick(r, ["dvc", "datasets", "ml-data"])}/{proj(r)}
    connection_string = DefaultEndpointsProtocol=https;AccountName={an};AccountKey={v.i()};EndpointSuffix=core.windows.net
"""
    return pp(r) + ".dvc/config.local", t


@P("webdav", "password", "ini", "WEBDAV_PASSWORD", g_pw)
def dvc_webdav(r, v, c):
    u = pick(r, USERS)
    t = f"""[core]
    remote = cloud
['remote "cloud"']
    url = webdavs://cloud.{comp(r)}.org/remote.php/dav/files/{u}/dvc
    user = {u}
    password = {v.b()}
    timeout = 120
"""
    return pp(r) + pick(r, [".dvc/config.local", ".dvc/config"]), t


@P("aws", "access_key_pair", "sh", "AWS_SECRET_ACCESS_KEY", g_aws_sk,
   (g_aws_id, "AWS_ACCESS_KEY_ID"))
def dvc_remote_modify_sh(r, v, c):
    b = bucket(r)
    t = f"""#!/usr/bin/env bash
# first-time DVC setup for new team members
set -e
dvc remote add -d -f storage s3://{b}/dvc
dvc remote modify --local storage access_key_id {c.b()}
dvc remote modify --local storage secret_access_key {v.b()}
dvc remote modify storage region {pick(r, REGIONS)}
dvc pull -j 8
"""
    return pp(r) + pick(r, ["scripts/setup_dvc.sh", "bootstrap.sh"]), t


# ---- MLflow -------------------------------------------------------------------------
def mlflow_host(r):
    return pick(r, ["mlflow.%s.internal", "tracking.%s-ml.io", "mlflow.%s.dev"]) % comp(r)


@P("mlflow", "basic_auth_password", "sh", "MLFLOW_TRACKING_PASSWORD", g_pw)
def mlflow_env_sh(r, v, c):
    t = f"""# source me: . scripts/mlflow_env.sh
export MLFLOW_TRACKING_URI=https://{mlflow_host(r)}
export MLFLOW_TRACKING_USERNAME={pick(r, USERS)}
export MLFLOW_TRACKING_PASSWORD={v.b()}
export MLFLOW_EXPERIMENT_NAME={proj(r)}
export MLFLOW_ENABLE_SYSTEM_METRICS_LOGGING=true
"""
    return pp(r) + pick(r, ["scripts/mlflow_env.sh", "env/mlflow.sh"]), t


@P("mlflow", "basic_auth_password", "py", "MLFLOW_PW", g_pw)
def mlflow_environ_py(r, v, c):
    t = f'''import os

import mlflow
import mlflow.sklearn
from sklearn.ensemble import RandomForestClassifier

os.environ["MLFLOW_TRACKING_USERNAME"] = "{pick(r, USERS)}"
os.environ["MLFLOW_TRACKING_PASSWORD"] = {v.q()}
mlflow.set_tracking_uri("https://{mlflow_host(r)}")
mlflow.set_experiment("{proj(r)}")

with mlflow.start_run(run_name="rf-{pick(r, ["baseline", "depth12", "balanced"])}"):
    clf = RandomForestClassifier(n_estimators={pick(r, [200, 500])}, max_depth={pick(r, [8, 12, None])}, n_jobs=-1)
    mlflow.log_params(clf.get_params())
    mlflow.sklearn.autolog()
'''
    return pp(r) + pick(r, ["train_rf.py", "src/experiments/rf.py"]), t


@P("mlflow", "basic_auth_password", "py", "MLFLOW_TRACKING_PASSWORD", g_pw_url)
def mlflow_uri_basic(r, v, c):
    t = f'''import mlflow

TRACKING = f"https://{pick(r, ["admin", "svc-ml", "trainer"])}:{v.i()}@{mlflow_host(r)}"


def init(experiment: str = "{proj(r)}") -> None:
    mlflow.set_tracking_uri(TRACKING)
    mlflow.set_experiment(experiment)
    mlflow.autolog(log_models=True, silent=True)
'''
    return pp(r) + "src/%s/tracking.py" % pkg(r), t


@P("postgres", "connection_string_password", "compose", "MLFLOW_DB_PASSWORD", g_pw_url)
def mlflow_backend_store(r, v, c):
    t = f"""services:
  mlflow:
    image: ghcr.io/mlflow/mlflow:v{pick(r, ["2.14.1", "2.16.2", "2.19.0"])}
    restart: always
    ports:
      - "5000:5000"
    command: >
      mlflow server
      --backend-store-uri postgresql://mlflow:{v.i()}@{pick(r, ["postgres", "db", "pg.internal"])}:5432/mlflow
      --default-artifact-root s3://{bucket(r)}/mlflow
      --host 0.0.0.0
      --workers 4
"""
    return pp(r) + pick(r, ["deploy/mlflow/compose.yaml", "docker-compose.mlflow.yml"]), t


@P("mlflow", "basic_auth_password", "ini", "MLFLOW_ADMIN_PASSWORD", g_pw)
def mlflow_basic_auth_ini(r, v, c):
    t = f"""[mlflow]
default_permission = READ
database_uri = sqlite:///basic_auth.db
admin_username = {pick(r, ["admin", "mlflow-admin", "root"])}
admin_password = {v.b()}
authorization_function = mlflow.server.auth:authenticate_request_basic_auth
"""
    return pp(r) + pick(r, ["mlflow/basic_auth.ini", "deploy/mlflow/basic_auth.ini"]), t


@P("mlflow", "token", "compose", "MLFLOW_TRACKING_TOKEN", g_token48)
def mlflow_token_k8s(r, v, c):
    p = proj(r)
    t = f"""apiVersion: batch/v1
kind: Job
metadata:
  name: {p}-train
  namespace: ml
spec:
  backoffLimit: 1
  template:
    spec:
      restartPolicy: Never
      containers:
        - name: trainer
          image: registry.{comp(r)}.io/ml/{p}:{rhex(r, 7)}
          args: ["python", "train.py", "trainer.max_epochs={pick(r, [10, 20])}"]
          env:
            - name: MLFLOW_TRACKING_URI
              value: https://{mlflow_host(r)}
            - name: MLFLOW_TRACKING_TOKEN
              value: {v.b()}
          resources:
            limits:
              nvidia.com/gpu: 1
"""
    return pp(r) + pick(r, ["deploy/k8s/train-job.yaml", "k8s/jobs/train.yaml"]), t


# ---- Snowflake -----------------------------------------------------------------------
def sf_account(r):
    return "%s%d.%s" % (rs(r, LOW, 2), r.randint(10000, 99999), pick(r, ["eu-central-1", "us-east-2.aws", "west-europe.azure"]))


@P("snowflake", "private_key_passphrase", "toml", "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE", g_pw)
def snowflake_toml(r, v, c):
    t = f"""default_connection_name = "ml_features"

[ml_features]
account = "{sf_account(r)}"
user = "SVC_{pick(r, ["FEATURES", "TRAINING", "ML"])}"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "/run/secrets/snowflake_rsa_key.p8"
private_key_file_pwd = {v.q()}
role = "ML_ENGINEER"
warehouse = "ML_WH"
database = "FEATURES"
schema = "PUBLIC"
"""
    return pp(r) + pick(r, ["deploy/snowflake/connections.toml", "config/connections.toml"]), t


@P("snowflake", "private_key_passphrase", "py", "SNOWFLAKE_PK_PASSPHRASE", g_pw)
def snowflake_py(r, v, c):
    t = f'''from cryptography.hazmat.primitives import serialization
import snowflake.connector

with open("keys/rsa_key.p8", "rb") as key_file:
    p_key = serialization.load_pem_private_key(key_file.read(), password={v.q()}.encode())

pkb = p_key.private_bytes(
    encoding=serialization.Encoding.DER,
    format=serialization.PrivateFormat.PKCS8,
    encryption_algorithm=serialization.NoEncryption(),
)

conn = snowflake.connector.connect(
    account="{sf_account(r)}",
    user="SVC_TRAINING",
    private_key=pkb,
    warehouse="ML_WH",
    database="FEATURES",
)
df = conn.cursor().execute("select * from training_set_v{r.randint(1, 9)}").fetch_pandas_all()
'''
    return pp(r) + pick(r, ["src/data/snowflake_loader.py", "features/extract.py"]), t


@P("snowflake", "password", "yaml", "SNOWFLAKE_PASSWORD", g_pw)
def kedro_snowflake(r, v, c):
    t = f"""snowflake_creds:
  account: {sf_account(r)}
  user: {pick(r, USERS).upper().replace("-", "_")}
  password: {v.b()}
  warehouse: ML_WH
  database: ANALYTICS
  role: DATA_SCIENTIST

s3_raw:
  client_kwargs:
    region_name: {pick(r, REGIONS)}
"""
    return pp(r) + pick(r, ["conf/local/credentials.yml", "conf/local/credentials/snowflake.yml"]), t


# ---- GCP / Vertex AI -------------------------------------------------------------------
@P("gcp", "service_account_json", "json", "GCP_PRIVATE_KEY", g_gcp_pk)
def gcp_sa_json(r, v, c):
    gp = gcp_project(r)
    sa = pick(r, ["vertex-trainer", "ml-pipelines", "dvc-reader", "kfp-runner"])
    cid = "".join(pick(r, DIG) for _ in range(21))
    t = ('{\n  "type": "service_account",\n  "project_id": "%s",\n  "private_key_id": "%s",\n'
         '  "private_key": %s,\n  "client_email": "%s@%s.iam.gserviceaccount.com",\n'
         '  "client_id": "%s",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n'
         '  "token_uri": "https://oauth2.googleapis.com/token",\n'
         '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",\n'
         '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com",\n'
         '  "universe_domain": "googleapis.com"\n}\n') % (gp, rhex(r, 40), v.q(), sa, gp, cid, sa, gp)
    return pp(r) + pick(r, ["secrets/vertex-sa.json", "credentials/gcp-key.json",
                            "keys/%s.json" % sa]), t


@P("gcp", "service_account_json", "py", "GCP_PRIVATE_KEY", g_gcp_pk)
def gcp_info_py(r, v, c):
    gp = gcp_project(r)
    t = f'''from google.cloud import aiplatform
from google.oauth2 import service_account

SA_INFO = {{
    "type": "service_account",
    "project_id": "{gp}",
    "private_key_id": "{rhex(r, 40)}",
    "private_key": {v.q()},
    "client_email": "vertex-trainer@{gp}.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}}

creds = service_account.Credentials.from_service_account_info(SA_INFO)
aiplatform.init(project="{gp}", location="{pick(r, ["us-central1", "europe-west4"])}", credentials=creds,
                staging_bucket="gs://{gp}-staging")

job = aiplatform.CustomTrainingJob(
    display_name="{proj(r)}",
    script_path="trainer/task.py",
    container_uri="us-docker.pkg.dev/vertex-ai/training/pytorch-gpu.2-1.py310:latest",
)
'''
    return pp(r) + pick(r, ["vertex/submit_job.py", "pipelines/vertex_train.py"]), t


# ---- ZenML ---------------------------------------------------------------------------
@P("zenml", "api_key", "sh", "ZENML_STORE_API_KEY", g_zenml)
def zenml_sh(r, v, c):
    t = f"""#!/usr/bin/env bash
set -euo pipefail
export ZENML_STORE_URL=https://zenml.{comp(r)}.io
export ZENML_STORE_API_KEY={v.b()}
export ZENML_ANALYTICS_OPT_IN=false

zenml stack set {pick(r, ["aws-sagemaker", "gcp-vertex", "k8s-gpu"])}
python run.py --pipeline training --config configs/{pick(r, ["train", "train_large", "nightly"])}.yaml
"""
    return pp(r) + pick(r, ["scripts/run_pipeline.sh", "ci/run_training.sh"]), t


@P("zenml", "api_key", "sh", "ZENML_API_KEY", g_zenml)
def zenml_connect_ci(r, v, c):
    t = f"""#!/bin/sh
# CI step: register the deployment pipeline against the shared ZenML server
pip install "zenml[server]=={pick(r, ["0.58.2", "0.63.0", "0.70.0"])}"
zenml connect --url https://zenml.{comp(r)}.io --api-key {v.b()}
zenml pipeline run pipelines.deploy.deployment_pipeline --config configs/deploy.yaml
"""
    return pp(r) + pick(r, ["ci/deploy_pipeline.sh", ".ci/zenml_deploy.sh"]), t


# ---- logs ------------------------------------------------------------------------------
@P("wandb", "api_key", "log", "WANDB_API_KEY", g_wandb)
def log_hydra_cfg(r, v, c):
    mo, dd, hh, mi, ss = r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    t0 = "2024-%02d-%02d %02d:%02d:%02d" % (mo, dd, hh, mi, ss)
    t = f"""[{t0},101][__main__][INFO] - Resolved config:
seed: {seed_v(r)}
trainer:
  max_epochs: {pick(r, [10, 30, 90])}
  precision: bf16-mixed
  devices: {pick(r, [1, 4, 8])}
optim:
  lr: {lr(r)}
  weight_decay: 0.05
logger:
  wandb:
    project: {proj(r)}
    entity: {comp(r)}
    api_key: {v.b()}
data:
  name: {pick(r, DATASETS)}
  batch_size: {bs(r)}

[{t0},884][{pkg(r)}.data][INFO] - train=45012 val=5001 test=5001
[{t0},912][lightning.pytorch.utilities.rank_zero][INFO] - GPU available: True (cuda), used: True
"""
    return pp(r) + pick(r, ["outputs/2024-%02d-%02d/%02d-%02d-%02d/train.log" % (mo, dd, hh, mi, ss),
                            "logs/train_2024%02d%02d.log" % (mo, dd)]), t


# ---------------------------------------------------------------- look-alike negatives
LOOK = []


def LK(provider, kind):
    def deco(fn):
        LOOK.append({"name": fn.__name__, "provider": provider, "kind": kind, "fn": fn})
        return fn
    return deco


ADJ = ["bouncy", "clever", "gentle", "rare", "salty", "sneaky", "wise", "bold", "calm", "honest"]
ANIMALS = ["owl", "panda", "lynx", "ferret", "heron", "koala", "moth", "otter", "shrew", "yak"]


def run_name(r):
    return "%s-%s-%d" % (pick(r, ADJ), pick(r, ANIMALS), r.randint(10, 999))


def epoch_ms(r):
    return r.randint(1700000000000, 1760000000000)


def b64std(r, nbytes):
    return base64.b64encode(rbytes(r, nbytes)).decode()


@LK("dvc", "dvc_md5")
def lk_dvc_file(r):
    name = pick(r, ["images", "train", "raw", "audio", "tiles", "parquet"])
    d = r.random() < 0.5
    t = "outs:\n- md5: %s%s\n  size: %d\n" % (rhex(r, 32), ".dir" if d else "", r.randint(10 ** 5, 10 ** 11))
    if d:
        t += "  nfiles: %d\n" % r.randint(10, 200000)
    t += "  hash: md5\n  path: %s\n" % name
    return pp(r) + "data/%s.dvc" % name, t


@LK("dvc", "dvc_lock_md5")
def lk_dvc_lock(r):
    lines = ["schema: '2.0'", "stages:"]
    for st in ["prepare", "featurize", "train", "evaluate"][: r.randint(2, 4)]:
        lines += ["  %s:" % st, "    cmd: python src/%s.py" % st, "    deps:"]
        for dep in ["src/%s.py" % st, "data/%s" % pick(r, ["raw", "prepared", "features"])]:
            lines += ["    - path: %s" % dep, "      hash: md5", "      md5: %s" % rhex(r, 32),
                      "      size: %d" % r.randint(500, 10 ** 9)]
        lines += ["    params:", "      params.yaml:", "        %s.seed: %d" % (st, seed_v(r)),
                  "    outs:", "    - path: %s" % pick(r, ["data/prepared", "model.pkl", "eval/metrics.json"]),
                  "      hash: md5", "      md5: %s" % rhex(r, 32), "      size: %d" % r.randint(500, 10 ** 8)]
    return pp(r) + "dvc.lock", "\n".join(lines) + "\n"


@LK("mlflow", "run_id")
def lk_mlflow_meta(r):
    eid = r.randint(1, 60)
    rid = rhex(r, 32)
    st = epoch_ms(r)
    t = f"""artifact_uri: s3://{bucket(r)}/mlflow/{eid}/{rid}/artifacts
end_time: {st + r.randint(60000, 9000000)}
entry_point_name: ''
experiment_id: '{eid}'
lifecycle_stage: active
run_id: {rid}
run_name: {run_name(r)}
run_uuid: {rid}
source_name: ''
source_type: 4
source_version: ''
start_time: {st}
status: 3
tags: []
user_id: {pick(r, USERS)}
"""
    return pp(r) + "mlruns/%d/%s/meta.yaml" % (eid, rid), t


@LK("wandb", "run_metadata")
def lk_wandb_meta(r):
    _c = comp(r)
    rid = rs(r, LOW + DIG, 8)
    d = {"os": "Linux-5.15.0-1051-aws-x86_64-with-glibc2.35", "python": "3.10.14",
         "startedAt": "2024-%02d-%02dT%02d:%02d:%02d.%06dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)),
         "args": ["experiment=%s" % pick(r, ["baseline", "large"]), "seed=%d" % seed_v(r)],
         "program": "/workspace/train.py",
         "git": {"remote": "https://github.com/%s/%s.git" % (_c, proj(r)), "commit": rhex(r, 40)},
         "email": "%s@%s.com" % (pick(r, USERS), _c), "host": "ip-10-0-%d-%d" % (r.randint(0, 255), r.randint(0, 255)),
         "username": "ubuntu", "executable": "/opt/conda/bin/python", "cpu_count": 48,
         "gpu": "NVIDIA A100-SXM4-80GB", "gpu_count": 8, "cudaVersion": "12.2"}
    return pp(r) + "wandb/run-2024%02d%02d_%02d%02d%02d-%s/files/wandb-metadata.json" % (
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), rid), json.dumps(d, indent=4) + "\n"


@LK("huggingface", "lfs_sha256")
def lk_lfs_pointer(r):
    f = pick(r, ["model.safetensors", "pytorch_model.bin", "model-00001-of-00004.safetensors", "tokenizer.model"])
    t = "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (rhex(r, 64), r.randint(10 ** 6, 5 * 10 ** 9))
    return pp(r) + "models/%s/%s" % (short(pick(r, MODELS)), f), t


@LK("dataset", "sha256sums")
def lk_sha256sums(r):
    n = pick(r, [8, 16, 32])
    ds = pick(r, DATASETS)
    t = "".join("%s  %s-%05d-of-%05d.parquet\n" % (rhex(r, 64), pick(r, ["train", "train", "validation"]), i, n)
                for i in range(r.randint(5, 12)))
    return pp(r) + "data/%s/SHA256SUMS" % ds, t


@LK("python", "pip_hashes")
def lk_pip_hashes(r):
    pk = [("torch", "2.3.1"), ("transformers", "4.44.2"), ("datasets", "2.21.0"), ("numpy", "1.26.4"),
          ("wandb", "0.17.7"), ("mlflow", "2.16.0"), ("hydra-core", "1.3.2"), ("omegaconf", "2.3.0")]
    lines = ["#", "# This file is autogenerated by pip-compile with Python 3.10", "# by the following command:",
             "#", "#    pip-compile --generate-hashes requirements.in", "#"]
    for name, ver in pk[: r.randint(4, 8)]:
        lines.append("%s==%s \\" % (name, ver))
        for k in range(r.randint(1, 3)):
            lines.append("    --hash=sha256:%s%s" % (rhex(r, 64), " \\" if k < 2 else ""))
        if lines[-1].endswith(" \\"):
            lines[-1] = lines[-1][:-2]
        lines.append("    # via -r requirements.in")
    return pp(r) + pick(r, ["requirements.lock", "requirements/train.txt"]), "\n".join(lines) + "\n"


@LK("conda", "md5_urls")
def lk_conda_explicit(r):
    lines = ["# This file may be used to create an environment using:",
             "# $ conda create --name <env> --file <this file>", "# platform: linux-64", "@EXPLICIT"]
    for p in ["_libgcc_mutex-0.1-conda_forge", "cudatoolkit-11.8.0-h4ba93d1_13", "python-3.10.14-hd12c33a_0_cpython",
              "numpy-1.26.4-py310hb13e2d6_0", "pytorch-2.3.1-py3.10_cuda11.8_cudnn8.7.0_0", "scikit-learn-1.5.1-py310h146d792_0"]:
        ch = "pytorch" if p.startswith("pytorch") else "conda-forge"
        lines.append("https://conda.anaconda.org/%s/linux-64/%s.conda#%s" % (ch, p, rhex(r, 32)))
    return pp(r) + "environment.lock.txt", "\n".join(lines) + "\n"


@LK("docker", "image_digest")
def lk_docker_digest(r):
    t = f"""# pinned by digest for reproducible training images
FROM nvcr.io/nvidia/pytorch:24.05-py3@sha256:{rhex(r, 64)} AS base
FROM python:3.11-slim@sha256:{rhex(r, 64)} AS runtime
COPY --from=base /usr/local/cuda/lib64 /usr/local/cuda/lib64
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt
LABEL org.opencontainers.image.revision="{rhex(r, 40)}"
COPY src/ /app/src/
ENTRYPOINT ["python", "-m", "src.serve"]
"""
    return pp(r) + pick(r, ["Dockerfile", "docker/serve.Dockerfile"]), t


@LK("ray", "cloud_ids")
def lk_ray_cluster(r):
    _p = proj(r)
    _c = comp(r)
    rg = pick(r, REGIONS)
    a = acct(r)
    t = f"""cluster_name: {_p}
max_workers: 8
provider:
  type: aws
  region: {rg}
  security_group:
    GroupName: ray-{_p}
auth:
  ssh_user: ubuntu
  ssh_private_key: ~/.ssh/ray-{_c}.pem
available_node_types:
  head:
    node_config:
      InstanceType: m6i.2xlarge
      ImageId: {ami(r)}
      KeyName: ray-{_c}
      SubnetIds: [subnet-0{rhex(r, 16)}]
      SecurityGroupIds: [sg-0{rhex(r, 16)}]
      IamInstanceProfile:
        Arn: arn:aws:iam::{a}:instance-profile/ray-head-v1
  gpu:
    min_workers: 0
    max_workers: 8
    node_config:
      InstanceType: g5.xlarge
      ImageId: {ami(r)}
      IamInstanceProfile:
        Arn: arn:aws:iam::{a}:instance-profile/ray-worker-v1
head_node_type: head
"""
    return pp(r) + "ray/cluster-iam.yaml", t


@LK("sagemaker", "arn_ids")
def lk_sagemaker_json(r):
    _p = proj(r)
    a, rg = acct(r), pick(r, REGIONS)
    name = "%s-%s" % (_p, rhex(r, 8))
    d = {"TrainingJobName": name,
         "TrainingJobArn": "arn:aws:sagemaker:%s:%s:training-job/%s" % (rg, a, name),
         "ModelArtifacts": {"S3ModelArtifacts": "s3://%s/%s/output/model.tar.gz" % (bucket(r), name)},
         "TrainingJobStatus": "Completed",
         "AlgorithmSpecification": {"TrainingImage": "%s.dkr.ecr.%s.amazonaws.com/%s@sha256:%s" % (a, rg, _p, rhex(r, 64)),
                                    "TrainingInputMode": "File"},
         "RoleArn": "arn:aws:iam::%s:role/SageMakerExecution" % a,
         "ResourceConfig": {"InstanceType": "ml.g5.2xlarge", "InstanceCount": 1, "VolumeSizeInGB": 100,
                            "VolumeKmsKeyId": "arn:aws:kms:%s:%s:key/%s" % (rg, a, ruuid(r))},
         "BillableTimeInSeconds": r.randint(300, 90000)}
    return pp(r) + "sagemaker/jobs/%s.json" % name, json.dumps(d, indent=2) + "\n"


@LK("vertex", "resource_names")
def lk_vertex_yaml(r):
    gp = gcp_project(r)
    num = "".join(pick(r, DIG) for _ in range(12))
    t = f"""displayName: {proj(r)}-training
jobSpec:
  serviceAccount: vertex-trainer@{gp}.iam.gserviceaccount.com
  network: projects/{num}/global/networks/ml-vpc
  workerPoolSpecs:
    - machineSpec:
        machineType: a2-highgpu-1g
        acceleratorType: NVIDIA_TESLA_A100
        acceleratorCount: 1
      replicaCount: 1
      containerSpec:
        imageUri: europe-docker.pkg.dev/{gp}/ml/trainer@sha256:{rhex(r, 64)}
        args: ["--epochs={pick(r, [10, 20])}", "--data=gs://{gp}-data/{pick(r, DATASETS)}"]
encryptionSpec:
  kmsKeyName: projects/{gp}/locations/europe-west4/keyRings/ml/cryptoKeys/vertex-cmek
labels:
  team: ml-platform
  run-id: {rhex(r, 12)}
"""
    return pp(r) + "vertex/custom_job.yaml", t


@LK("databricks", "cluster_ids_secret_refs")
def lk_databricks_job(r):
    _p = proj(r)
    d = {"name": "%s-nightly" % _p, "job_id": r.randint(10 ** 14, 10 ** 15),
         "tasks": [{"task_key": "train",
                    "existing_cluster_id": cluster_id(r),
                    "spark_python_task": {"python_file": "dbfs:/FileStore/%s/train.py" % _p}}],
         "job_clusters": [{"job_cluster_key": "gpu", "new_cluster": {
             "spark_version": "15.4.x-gpu-ml-scala2.12", "node_type_id": "g5.4xlarge", "num_workers": 2,
             "spark_conf": {"spark.hadoop.fs.azure.account.key.%s.dfs.core.windows.net" % comp(r):
                            "{{secrets/ml-prod/adls-key}}"},
             "spark_env_vars": {"WANDB_API_KEY": "{{secrets/ml-prod/wandb-api-key}}",
                                "HF_TOKEN": "{{secrets/ml-prod/hf-token}}"}}}]}
    return pp(r) + pick(r, ["databricks/jobs/nightly.json", "resources/job.json"]), json.dumps(d, indent=2) + "\n"


@LK("databricks", "bundle_ids")
def lk_databricks_bundle(r):
    _p = proj(r)
    t = f"""bundle:
  name: {_p}

workspace:
  host: {dbx_host(r)}

targets:
  dev:
    mode: development
    default: true
  prod:
    mode: production
    run_as:
      service_principal_name: {ruuid(r)}
    workspace:
      root_path: /Workspace/Shared/.bundle/{_p}

resources:
  experiments:
    training:
      name: /Shared/{_p}
"""
    return pp(r) + "databricks.yml", t


@LK("mlflow", "checkpoint_hashes")
def lk_train_log(r):
    rid = rhex(r, 32)
    lines = ["%s INFO trainer: git sha %s (clean)" % (ts(r), rhex(r, 40)),
             "%s INFO trainer: mlflow run_id=%s experiment_id=%d" % (ts(r), rid, r.randint(1, 80))]
    loss = r.uniform(1.5, 3.0)
    for ep in range(1, r.randint(4, 9)):
        loss *= r.uniform(0.75, 0.95)
        lines.append("%s INFO trainer: epoch=%d train_loss=%.4f val_loss=%.4f lr=%s" % (ts(r), ep, loss, loss * 1.07, lr(r)))
    lines.append("%s INFO checkpoint: saved outputs/%s/best.ckpt sha256=%s" % (ts(r), rid[:8], rhex(r, 64)))
    lines.append("%s INFO trainer: uploaded artifacts to s3://%s/mlflow/%s/artifacts" % (ts(r), bucket(r), rid))
    return pp(r) + "logs/train_%s.log" % rid[:8], "\n".join(lines) + "\n"


@LK("mlflow", "registry_csv")
def lk_registry_csv(r):
    rows = ["model_name,version,run_id,stage,sha256,created_at"]
    m = proj(r).replace("-", "_")
    for v in range(1, r.randint(4, 10)):
        rows.append("%s,%d,%s,%s,%s,%s" % (m, v, rhex(r, 32), pick(r, ["None", "Staging", "Archived", "Production"]), rhex(r, 64), ts(r)))
    return pp(r) + "reports/model_registry.csv", "\n".join(rows) + "\n"


@LK("wandb", "runs_export_csv")
def lk_wandb_csv(r):
    rows = ["Name,ID,State,Sweep,val/loss,val/acc,Runtime"]
    sw = rs(r, LOW + DIG, 8)
    for _ in range(r.randint(5, 12)):
        rows.append("%s,%s,finished,%s,%.4f,%.4f,%d" % (run_name(r), rs(r, LOW + DIG, 8), sw, r.uniform(0.2, 1.2), r.uniform(0.6, 0.95), r.randint(300, 40000)))
    return pp(r) + "reports/wandb_export_%s.csv" % sw, "\n".join(rows) + "\n"


@LK("labelstudio", "export_ids")
def lk_ls_export(r):
    tasks = []
    for _ in range(r.randint(2, 4)):
        tasks.append({"id": r.randint(1000, 99999),
                      "data": {"image": "s3://%s/images/%s.jpg" % (bucket(r), rhex(r, 16))},
                      "annotations": [{"id": r.randint(1, 50000), "completed_by": r.randint(1, 40),
                                       "result": [{"id": rs(r, ALNUM + "_-", 10), "type": "rectanglelabels",
                                                   "from_name": "label", "to_name": "image",
                                                   "value": {"x": round(r.uniform(0, 80), 2), "y": round(r.uniform(0, 80), 2),
                                                             "width": round(r.uniform(2, 20), 2), "height": round(r.uniform(2, 20), 2),
                                                             "rectanglelabels": [pick(r, ["scratch", "dent", "crack"])]}}],
                                       "unique_id": ruuid(r), "lead_time": round(r.uniform(3, 90), 3)}]})
    return pp(r) + "data/annotations/export_%d.json" % r.randint(1, 99), json.dumps(tasks, indent=2) + "\n"


@LK("roboflow", "dataset_yaml")
def lk_roboflow_data_yaml(r):
    ws, pr = comp(r), pick(r, ["pcb-defects", "hard-hats", "weld-seams"])
    v = r.randint(1, 30)
    t = f"""names:
- {pick(r, ["scratch", "missing_hole", "helmet"])}
- {pick(r, ["short", "spur", "head"])}
nc: 2
roboflow:
  license: CC BY 4.0
  project: {pr}
  url: https://universe.roboflow.com/{ws}/{pr}/dataset/{v}
  version: {v}
  workspace: {ws}
test: ../test/images
train: {pr}-{v}/train/images
val: {pr}-{v}/valid/images
"""
    return pp(r) + "datasets/%s/data.yaml" % pr, t


@LK("neptune", "run_ids")
def lk_neptune_runs(r):
    key = pick(r, ["CLS", "SEG", "NLP", "REC"])
    lines = ["# exported with neptune-query, %s" % ts(r), "runs:"]
    for _ in range(r.randint(3, 7)):
        lines += ["  - sys/id: %s-%d" % (key, r.randint(10, 2000)),
                  "    sys/custom_run_id: %s" % rhex(r, 32),
                  "    sys/name: %s" % run_name(r),
                  "    source_code/git/commit_id: %s" % rhex(r, 40),
                  "    metrics/val/f1: %.4f" % r.uniform(0.5, 0.95)]
    return pp(r) + "reports/neptune_runs.yaml", "\n".join(lines) + "\n"


@LK("zenml", "run_uuids")
def lk_zenml_run(r):
    t = f"""pipeline: training_pipeline
run_name: training_pipeline-{"%04d_%02d_%02d-%02d_%02d_%02d_%06d" % (2024, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999))}
run_id: {ruuid(r)}
stack_id: {ruuid(r)}
steps:
  load_data:
    id: {ruuid(r)}
    cache_key: {rhex(r, 64)}
    status: cached
  train_model:
    id: {ruuid(r)}
    cache_key: {rhex(r, 64)}
    status: completed
    outputs:
      model: s3://{bucket(r)}/zenml/train_model/output/{ruuid(r)}
"""
    return pp(r) + "reports/zenml_run.yaml", t


@LK("kedro", "catalog_credential_names")
def lk_kedro_catalog(r):
    b = bucket(r)
    t = f"""companies:
  type: pandas.CSVDataset
  filepath: s3://{b}/01_raw/companies.csv
  credentials: dev_s3

reviews:
  type: pandas.ParquetDataset
  filepath: s3://{b}/01_raw/reviews.parquet
  credentials: dev_s3
  load_args:
    engine: pyarrow

features_sf:
  type: kedro_datasets.snowflake.SnowparkTableDataset
  table_name: FEATURES_V{r.randint(1, 9)}
  database: ANALYTICS
  schema: PUBLIC
  credentials: snowflake_creds

regressor:
  type: pickle.PickleDataset
  filepath: data/06_models/regressor.pickle
  versioned: true
"""
    return pp(r) + "conf/base/catalog.yml", t


@LK("kedro", "parameters_hashes")
def lk_kedro_params(r):
    t = f"""model_options:
  test_size: 0.2
  random_state: {seed_v(r)}
  features:
    - engines
    - passenger_capacity
    - crew
    - d_check_complete
    - moon_clearance_complete
  feature_list_hash: {rhex(r, 40)}
split:
  dataset_version: "{"2024-%02d-%02dT%02d.%02d.%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))}"
"""
    return pp(r) + "conf/base/parameters_data_science.yml", t


@LK("databricks", "oauth_profile")
def lk_databrickscfg_oauth(r):
    t = f"""[DEFAULT]
host      = {dbx_host(r)}
auth_type = databricks-cli

[azure-sp]
host            = {dbx_host(r)}
azure_tenant_id = {ruuid(r)}
azure_client_id = {ruuid(r)}
auth_type       = azure-cli
cluster_id      = {cluster_id(r)}
"""
    return pp(r) + pick(r, [".databrickscfg", "deploy/.databrickscfg"]), t


def rsa_pub_b64(r):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, ALNUM + "+/", 342)
    return body + "IDAQAB"


@LK("snowflake", "public_key")
def lk_snowflake_pubkey(r):
    pk = rsa_pub_b64(r)
    u = "SVC_%s" % pick(r, ["FEATURES", "TRAINING", "ML"])
    t = f"""-- rotate key pair for the feature-store service user (public half only)
USE ROLE SECURITYADMIN;
ALTER USER {u} SET RSA_PUBLIC_KEY_2='{pk}';
DESC USER {u};
-- RSA_PUBLIC_KEY_2_FP = SHA256:{b64std(r, 32)}
ALTER USER {u} UNSET RSA_PUBLIC_KEY;
"""
    return pp(r) + "sql/rotate_%s_key.sql" % u.lower(), t


@LK("ssh", "public_keys")
def lk_cloudinit(r):
    ed = "AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, ALNUM + "+/", 43)
    rsa = "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(r, ALNUM + "+/", 510)
    t = f"""#cloud-config
users:
  - name: ubuntu
    groups: [docker]
    shell: /bin/bash
    sudo: ALL=(ALL) NOPASSWD:ALL
    ssh_authorized_keys:
      - ssh-ed25519 {ed} {pick(r, USERS)}@laptop
      - ssh-rsa {rsa} ci@{comp(r)}
packages: [nvidia-driver-535, docker.io]
runcmd:
  - systemctl enable --now docker
"""
    return pp(r) + pick(r, ["deploy/gpu-node/cloud-init.yaml", "infra/user-data.yaml"]), t


@LK("sigstore", "signature")
def lk_signature(r):
    _p = proj(r)
    cert = b64std(r, 560)
    lines = [cert[i:i + 64] for i in range(0, len(cert), 64)]
    d = {"mediaType": "application/vnd.dev.sigstore.bundle+json;version=0.2",
         "verificationMaterial": {"x509CertificateChain": {"certificates": [{"rawBytes": cert}]}},
         "messageSignature": {"messageDigest": {"algorithm": "SHA2_256", "digest": b64std(r, 32)},
                              "signature": b64std(r, 71)}}
    t = json.dumps(d, indent=2) + "\n"
    if r.random() < 0.5:
        t = "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
        return pp(r) + "models/%s/signing-cert.pem" % _p, t
    return pp(r) + "models/%s/model.safetensors.sigstore.json" % _p, t


@LK("data", "base64_image")
def lk_thumbnail(r):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00@\x00\x00\x00@\x08\x06\x00\x00\x00" + rbytes(r, r.randint(180, 300))
    d = {"image_id": r.randint(1, 10 ** 6), "file_name": "%s.jpg" % rhex(r, 12), "width": 640, "height": 480,
         "thumbnail": "data:image/png;base64," + base64.b64encode(png).decode(),
         "phash": rhex(r, 16)}
    return pp(r) + "data/samples/preview_%d.json" % r.randint(1, 500), json.dumps(d, indent=2) + "\n"


@LK("tensorflow", "serialized_example")
def lk_serialized(r):
    t = f"""# golden inputs for the serving contract test
- name: positive_review
  serialized_example: {b64std(r, r.randint(60, 140))}
  expected_label: 1
- name: negative_review
  serialized_example: {b64std(r, r.randint(60, 140))}
  expected_label: 0
"""
    return pp(r) + "tests/fixtures/serving_examples.yaml", t


@LK("hydra", "oc_env_interpolation")
def lk_hydra_config(r):
    _p = proj(r)
    t = f"""defaults:
  - model: {pick(r, ["resnet50", "vit_b16", "bert_base"])}
  - data: {pick(r, DATASETS)}
  - logger: wandb
  - _self_

experiment_name: {_p}
seed: {seed_v(r)}
paths:
  data_dir: ${{oc.env:DATA_DIR,/data}}
  output_dir: ${{hydra:runtime.output_dir}}
logger:
  wandb:
    project: {_p}
    api_key: ${{oc.env:WANDB_API_KEY}}
hub:
  token: ${{oc.env:HF_TOKEN,null}}
mlflow:
  tracking_uri: ${{oc.env:MLFLOW_TRACKING_URI}}
  password: ${{oc.env:MLFLOW_TRACKING_PASSWORD}}
"""
    return pp(r) + pick(r, ["conf/config.yaml", "configs/train.yaml"]), t


@LK("hydra", "overrides")
def lk_hydra_overrides(r):
    t = "- experiment=%s\n- optim.lr=%s\n- data.batch_size=%d\n- seed=%d\n- +run_id=%s\n- +git_sha=%s\n" % (
        proj(r), lr(r), bs(r), seed_v(r), rhex(r, 32), rhex(r, 40))
    return pp(r) + "outputs/2024-%02d-%02d/%02d-%02d-%02d/.hydra/overrides.yaml" % (
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)), t


@LK("make", "versions")
def lk_makefile_versions(r):
    t = f"""DATASET_VERSION ?= v{r.randint(1, 9)}.{r.randint(0, 20)}.0
DATASET_MD5     := {rhex(r, 32)}
BASE_IMAGE      := ghcr.io/{comp(r)}/trainer@sha256:{rhex(r, 64)}
GIT_SHA         := $(shell git rev-parse --short HEAD)

.PHONY: verify image

verify:
\techo "$(DATASET_MD5)  data/archive.tar.gz" | md5sum -c -

image:
\tdocker build --build-arg BASE=$(BASE_IMAGE) -t {proj(r)}:$(GIT_SHA) .
"""
    return pp(r) + "Makefile", t


@LK("slurm", "no_secret")
def lk_slurm_source(r):
    _p = proj(r)
    t = f"""#!/bin/bash
#SBATCH --job-name={_p}-eval
#SBATCH --gres=gpu:1
#SBATCH --time=02:00:00
#SBATCH --output=logs/%x-%j.out

# credentials are kept outside the repo (chmod 600)
source $HOME/.config/ml-secrets/env.sh

CKPT=/checkpoints/{_p}/{rhex(r, 8)}/best.ckpt
python evaluate.py ckpt=$CKPT run_id=$SLURM_JOB_ID seed={seed_v(r)}
"""
    return pp(r) + "slurm/eval.sbatch", t


@LK("comet", "experiment_key")
def lk_comet_resume(r):
    t = f"""#!/usr/bin/env bash
# resume an interrupted run; the experiment key is the run id shown in the Comet URL
export COMET_EXPERIMENT_KEY={rhex(r, 32)}
python train.py --resume outputs/{proj(r)}/last.ckpt
"""
    return pp(r) + "scripts/resume.sh", t


@LK("wandb", "sweep_ids")
def lk_wandb_sweep(r):
    sw = rs(r, LOW + DIG, 8)
    t = f"""# Sweep {sw}

Launched {ts(r)} from `sweeps/bayes.yaml`.

```bash
wandb agent {comp(r)}/{proj(r)}/{sw}
```

| run | id | val/loss |
|-----|----|----------|
| {run_name(r)} | {rs(r, LOW + DIG, 8)} | {r.uniform(0.2, 0.9):.4f} |
| {run_name(r)} | {rs(r, LOW + DIG, 8)} | {r.uniform(0.2, 0.9):.4f} |
| {run_name(r)} | {rs(r, LOW + DIG, 8)} | {r.uniform(0.2, 0.9):.4f} |
"""
    return pp(r) + "docs/sweeps/%s.md" % sw, t


@LK("clearml", "task_ids")
def lk_clearml_task(r):
    t = f'''from clearml import Dataset, Task

BASELINE_TASK = "{rhex(r, 32)}"
DATASET_ID = "{rhex(r, 32)}"

base = Task.get_task(task_id=BASELINE_TASK)
ds_path = Dataset.get(dataset_id=DATASET_ID).get_local_copy()
clone = Task.clone(source_task=base, name="{proj(r)} lr sweep")
clone.set_parameter("General/lr", {lr(r)})
Task.enqueue(clone, queue_name="gpu")
'''
    return pp(r) + "scripts/clone_baseline.py", t


@LK("huggingface", "pinned_revision")
def lk_hf_revision(r):
    m = pick(r, MODELS)
    t = f'''from datasets import load_dataset
from transformers import AutoModel, AutoTokenizer

MODEL = "{m}"
MODEL_REVISION = "{rhex(r, 40)}"  # pinned commit on the hub
DATA_REVISION = "{rhex(r, 40)}"

tok = AutoTokenizer.from_pretrained(MODEL, revision=MODEL_REVISION)
model = AutoModel.from_pretrained(MODEL, revision=MODEL_REVISION)
ds = load_dataset("{pick(r, ["squad_v2", "imdb", "ag_news"])}", revision=DATA_REVISION, split="train[:1%]")
'''
    return pp(r) + "src/%s/pinned.py" % pkg(r), t


@LK("torch", "weight_hashes")
def lk_torch_hub(r):
    t = "MODEL_URLS = {\n"
    for name in ["resnet50", "efficientnet_b3", "convnext_tiny"]:
        h = rhex(r, 8)
        t += '    "%s": ("https://download.pytorch.org/models/%s-%s.pth", "%s"),\n' % (name, name, h, rhex(r, 64))
    t += "}\n\n\ndef load(name, check_hash=True):\n    import torch\n    url, sha = MODEL_URLS[name]\n    return torch.hub.load_state_dict_from_url(url, check_hash=check_hash)\n"
    return pp(r) + "src/%s/weights.py" % pkg(r), t


@LK("gcp", "kms_names")
def lk_vertex_tf(r):
    _p = proj(r)
    gp = gcp_project(r)
    t = f"""resource "google_vertex_ai_dataset" "{_p.replace("-", "_")}" {{
  display_name        = "{_p}"
  metadata_schema_uri = "gs://google-cloud-aiplatform/schema/dataset/metadata/image_1.0.0.yaml"
  region              = "europe-west4"

  encryption_spec {{
    kms_key_name = "projects/{gp}/locations/europe-west4/keyRings/ml/cryptoKeys/datasets"
  }}
}}

resource "google_service_account" "trainer" {{
  account_id   = "vertex-trainer"
  display_name = "Vertex training jobs"
  project      = "{gp}"
}}
"""
    return pp(r) + "infra/vertex/main.tf", t


@LK("sagemaker", "defaults_config")
def lk_sagemaker_config(r):
    a, rg = acct(r), pick(r, REGIONS)
    t = f"""SchemaVersion: '1.0'
SageMaker:
  PythonSDK:
    Modules:
      Session:
        DefaultS3Bucket: {bucket(r)}
  TrainingJob:
    RoleArn: arn:aws:iam::{a}:role/service-role/SageMakerTraining
    VpcConfig:
      SecurityGroupIds: [sg-0{rhex(r, 16)}]
      Subnets: [subnet-0{rhex(r, 16)}, subnet-0{rhex(r, 16)}]
    OutputDataConfig:
      KmsKeyId: arn:aws:kms:{rg}:{a}:key/{ruuid(r)}
"""
    return pp(r) + "sagemaker/config.yaml", t


@LK("azureml", "workspace_ids")
def lk_azureml_config(r):
    d = {"subscription_id": ruuid(r), "resource_group": "rg-%s-ml" % comp(r),
         "workspace_name": "mlw-%s" % proj(r), "tenant_id": ruuid(r)}
    return pp(r) + pick(r, ["config.json", ".azureml/config.json"]), json.dumps(d, indent=4) + "\n"


@LK("dvc", "gdrive_service_account_ref")
def lk_dvc_gdrive_sa(r):
    t = f"""[core]
    remote = gdrive
['remote "gdrive"']
    url = gdrive://{rs(r, ALNUM + "_-", 33)}
    gdrive_client_id = {gclient_id(r)}
    gdrive_use_service_account = true
    gdrive_service_account_json_file_path = secrets/dvc-sa.json
"""
    return pp(r) + ".dvc/config", t


@LK("env", "empty_template")
def lk_env_example(r):
    t = """# copy to .env and fill in; never commit the filled file
WANDB_API_KEY=
HF_TOKEN=
MLFLOW_TRACKING_URI=https://%s
MLFLOW_TRACKING_USERNAME=
MLFLOW_TRACKING_PASSWORD=
KAGGLE_USERNAME=
KAGGLE_KEY=
""" % mlflow_host(r)
    return pp(r) + pick(r, [".env.example", ".env.sample"]), t


@LK("dataset", "md5_manifest")
def lk_manifest_csv(r):
    rows = ["path,md5,bytes,split,label"]
    for _ in range(r.randint(6, 14)):
        rows.append("images/%s.jpg,%s,%d,%s,%s" % (rhex(r, 12), rhex(r, 32), r.randint(20000, 900000),
                                                  pick(r, ["train", "train", "val", "test"]), pick(r, ["cat", "dog", "bird"])))
    return pp(r) + "data/manifest.csv", "\n".join(rows) + "\n"


@LK("mlflow", "mlmodel")
def lk_mlmodel(r):
    rid = rhex(r, 32)
    t = f"""artifact_path: model
flavors:
  python_function:
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.sklearn
    model_path: model.pkl
    predict_fn: predict
    python_version: 3.10.14
  sklearn:
    code: null
    pickled_model: model.pkl
    serialization_format: cloudpickle
    sklearn_version: 1.5.1
mlflow_version: 2.16.0
model_size_bytes: {r.randint(10000, 90000000)}
model_uuid: {rhex(r, 32)}
run_id: {rid}
utc_time_created: '{ts(r)}.{r.randint(0, 999999):06d}'
"""
    return pp(r) + "mlruns/%d/%s/artifacts/model/MLmodel" % (r.randint(1, 40), rid), t


@LK("kaggle", "dataset_metadata")
def lk_kaggle_meta(r):
    _p = proj(r)
    u = pick(r, USERS).replace("-", "")
    d = {"title": "%s features" % _p, "id": "%s/%s-features" % (u, _p),
         "licenses": [{"name": "CC0-1.0"}],
         "resources": [{"path": "train.parquet", "description": "md5 %s" % rhex(r, 32)}]}
    return pp(r) + "kaggle/dataset-metadata.json", json.dumps(d, indent=2) + "\n"


@LK("gpu", "device_uuids")
def lk_gpu_log(r):
    lines = ["%s node inventory" % ts(r)]
    for i in range(r.randint(2, 8)):
        lines.append("GPU %d: NVIDIA A100-SXM4-80GB (UUID: GPU-%s) serial %d" % (i, ruuid(r), r.randint(10 ** 12, 10 ** 13)))
    return pp(r) + "logs/nvidia_inventory.log", "\n".join(lines) + "\n"


@LK("onnx", "model_checksums")
def lk_onnx_manifest(r):
    d = {"model": proj(r), "version": "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
         "files": [{"name": "model.onnx", "sha256": rhex(r, 64), "blake2b": rhex(r, 128)},
                   {"name": "tokenizer.json", "sha256": rhex(r, 64)}],
         "trained_from_run": rhex(r, 32)}
    return pp(r) + "models/manifest.json", json.dumps(d, indent=2) + "\n"


@LK("git", "changelog_shas")
def lk_changelog(r):
    t = "# Changelog\n\n"
    for v in range(r.randint(2, 4), 0, -1):
        t += "## v0.%d.0\n\n- %s retrain on %s (%s)\n- model checksum `%s`\n\n" % (
            v, proj(r), pick(r, DATASETS), rhex(r, 7), rhex(r, 64))
    return pp(r) + "CHANGELOG.md", t


# ---------------------------------------------------------------- driver
N_POS = 500
N_NEG = 500
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(base):
    return base == ".env" or (base.startswith(".env.") and base not in ENV_OK)


def ftype(rel):
    base = os.path.basename(rel)
    if base.startswith(".env") or base == "env.example":
        return "env"
    if base.startswith("Dockerfile") or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base in ("config", "config.local") and "/.dvc/" in "/" + rel:
        return "ini"
    if base in (".databrickscfg", ".comet.config"):
        return "ini"
    if base == "clearml.conf":
        return "hocon"
    if base == "netrc":
        return "netrc"
    if base == "MLmodel":
        return "yaml"
    if base == "SHA256SUMS":
        return "txt"
    if base.endswith(".safetensors") or base.endswith(".bin") or base.endswith(".model"):
        return "lfs-pointer"
    if "." in base:
        return base.rsplit(".", 1)[1]
    return "txt"


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    n = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[n - 1], "needle not on computed line"
    return n


def write(out, rel, text):
    path = os.path.join(out, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def cycle(r, n):
    """template indices: every template once per round, rounds shuffled"""
    while True:
        idx = list(range(n))
        r.shuffle(idx)
        for i in idx:
            yield i


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 -B gen_ht.py OUTDIR SEED\n")
        return 2
    out, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # ---- positives
    pos_it = cycle(r, len(POS))
    env_used, env_cap = 0, N_POS // 20
    i = 0
    while i < N_POS:
        t = POS[next(pos_it)]
        v = Sec(t["gen"](r))
        c = Sec(t["comp"][0](r)) if t["comp"] else None
        rel, text = t["fn"](r, v, c)
        if is_blocked_env(os.path.basename(rel)):
            if env_used >= env_cap:
                continue
            env_used += 1
        needle = v.raw
        if c is not None:
            assert c.raw != needle
        ln = line_of(text, needle)
        f = "pos/p%04d/%s" % (i, rel)
        write(out, f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": ftype(rel)})
        secrets.append({"file": f, "needle": needle, "line": ln})
        i += 1

    # ---- negatives: half re-used templates, half look-alikes, interleaved
    slots = ["tpl"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(slots)
    tpl_it = cycle(r, len(POS))
    look_it = cycle(r, len(LOOK))
    for j, slot in enumerate(slots):
        if slot == "tpl":
            t = POS[next(tpl_it)]
            cat = r.choices(NEG_CATS, NEG_W)[0]
            v = Neg(r, cat, t["lang"], t["var"], t["provider"])
            c = None
            if t["comp"]:
                c = Neg(r, cat, t["lang"], t["comp"][1], t["provider"], role="id")
            rel, text = t["fn"](r, v, c)
            provider, kind = t["provider"], v.used
        else:
            lk = LOOK[next(look_it)]
            rel, text = lk["fn"](r)
            provider, kind = lk["provider"], lk["kind"]
        assert not is_blocked_env(os.path.basename(rel)), rel
        f = "neg/n%04d/%s" % (j, rel)
        write(out, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": ftype(rel)})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- self-checks
    assert len([m for m in manifest if m["label"] == "pos"]) == N_POS
    assert len([m for m in manifest if m["label"] == "neg"]) == N_NEG
    for s in secrets:
        with open(os.path.join(out, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
