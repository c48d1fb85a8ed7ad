#!/usr/bin/env python3
"""gen_gs.py -- blind evaluation set for secret scanners: NOTEBOOKS and
literate-analysis documents.

EMPHASIS
    Domain: data-science notebooks and literate documents as they are committed
    to real repositories.
    Containers / file types:
      * Jupyter .ipynb (valid JSON, nbformat 4: cells as lists of strings that
        end in "\\n", execution counts, stream / execute_result / display_data /
        error outputs with ANSI tracebacks, image/png payloads, ipywidgets
        widget-state metadata, cell ids).  Flavours: plain Jupyter/JupyterLab,
        VS Code, Google Colab (colab metadata, outputId, #@param forms,
        google.colab.userdata), Kaggle kernels (kaggle metadata,
        kaggle_secrets.UserSecretsClient), Deepnote exports (cell_id,
        deepnote_cell_type), IRkernel (R) notebooks.
      * Databricks notebook source exports (.py, "# Databricks notebook
        source", "# COMMAND ----------", "# MAGIC %md/%sql/%sh",
        dbutils.secrets.get).
      * marimo notebooks (.py, @app.cell).
      * Apache Zeppelin notes (note.json / .zpln JSON, paragraphs + results).
      * R Markdown (.Rmd) and Quarto (.qmd) with YAML front matter and
        {r}/{python}/{bash}/{sql} chunks.
      * Observable Framework pages (.md with ```js cells), Deepnote project
        files (.deepnote YAML), Markdown docs (.md), a few .env files.
    Providers / kinds: OpenAI (sk-proj-, sk-svcacct-, legacy sk-), Anthropic,
    Hugging Face (hf_), Kaggle (legacy 32-hex key and KGAT_), Weights & Biases
    (40-hex legacy and wandb_v1_), Pinecone (pcsk_), Google Maps / Gemini
    (AIza), Google OAuth client secret (GOCSPX-), GCP service-account JSON
    private keys, Twitter/X app bearer tokens, Spotify client secrets, AWS
    access key pairs, Azure storage account keys, Databricks PATs (dapi),
    GitHub PATs (ghp_ with CRC32 checksum), Groq (gsk_), Replicate (r8_),
    LangSmith (lsv2_), Cohere, Mistral, Neptune, Mapbox secret tokens (sk.),
    Census / FRED / OpenWeatherMap / Alpha Vantage keys, Slack / Discord
    webhooks, Telegram bot tokens, database passwords (PostgreSQL, MySQL,
    MongoDB, Snowflake, Redshift, SQL Server, JDBC), OpenSSH/RSA private keys.

USAGE
    python3 -B gen_gs.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive: file, needle, 1-based line).  Standard library only;
    all randomness comes from one random.Random(SEED); output is
    byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * The needle is the credential exactly as it is written in the file.  In
      JSON containers (.ipynb, Zeppelin) that means after JSON escaping (a
      literal backslash-n inside a pasted service-account key is written as
      \\\\n); the generator computes the written form and asserts it is on the
      recorded line.
    * API keys / tokens: the whole token including its prefix (sk-proj-...,
      hf_..., AIza..., KGAT_...), without quotes.
    * Headers: only the token, not "Bearer " or the header name.
    * URLs carrying a key as a query parameter or path part (maps ?key=,
      Telegram /bot<token>/, git clone https://<token>@github.com): only the
      key/token.  Webhook URLs whose whole path is the secret (Slack, Discord):
      the complete URL.
    * Connection strings / URIs / JDBC / Azure connection strings: only the
      password or AccountKey value.
    * Key pairs (AWS access key id + secret access key, OAuth client id +
      client secret, Spotify id + secret): the secret half; the id is present
      in the file but is not the needle.
    * Service-account JSON pasted into a cell: the whole "private_key" string
      value from -----BEGIN PRIVATE KEY----- through the final \\n, as written
      (one physical line).
    * Multi-line PEM / OpenSSH private keys: the BEGIN header line
      (e.g. "-----BEGIN OPENSSH PRIVATE KEY-----"); the body follows on the
      next lines.
    * Leaks in cell outputs (printed tokens, tracebacks quoting a URL,
      !cat ~/.netrc, widget state): the token as it appears in the output.

NEGATIVES
    Half of the negatives re-use the positive templates with the credential
    slot holding something that is not a credential: placeholders
    (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx..., prefix + dots), empty
    values, masked values (****, [REDACTED], sk-...a1B2), environment and
    secret-manager references (os.environ[...], os.getenv, userdata.get,
    UserSecretsClient().get_secret, dbutils.secrets.get, getpass(),
    Sys.getenv, keyring, Observable Secret(), Databricks SQL secret(),
    ${VAR}, {{ secrets.X }}), template expressions, providers' published
    documentation examples (AWS AKIAIOSFODNN7EXAMPLE pair, the decommissioned
    Twitter bearer/consumer keys from developer.x.com, Slack's T00000000
    webhook, the Databricks CLI dapi1234... token) and documented-public
    values (Mapbox pk. tokens).  The other
    half are look-alikes typical of notebooks: base64 image/png outputs,
    widget model ids, cell ids, Colab outputIds and authorship tags, VS Code
    interpreter hashes, dataframe outputs with md5/sha256 columns, model
    checksums, HF revisions and ETags, git SHAs, pip --hash lines, docker
    digests, Vega-Lite dataset names, Plotly uids, S3 version ids, AWS
    AIDA/Arn identities, Google Drive file ids, Place ids, Spotify track ids,
    tweet ids, Zeppelin paragraph ids, Databricks cluster ids, knitr cache
    hashes, public SSH/PEM keys, JWKS moduli, blockchain tx hashes, DNA
    sequences, encoded payloads, HMAC signatures, masked key prints, Mapbox
    public tokens, OAuth client ids.  No negative is named .env/.env.*
    (only .env.example / .env.sample).

FORMATS CHECKED (provider documentation and public files seen with the
    search tool)
    * OpenAI: docs say project keys (sk-proj-) are preferred over legacy user
      keys; public files show sk-proj-<74>T3BlbkFJ<74> (164 chars, last char
      "A"), sk-svcacct-<74>T3BlbkFJ<74>, legacy sk-<20>T3BlbkFJ<20> (51) and
      short sk-proj-<20>T3BlbkFJ<20>.
    * Hugging Face: docs "User access tokens", tokens start hf_; public files
      show hf_ + 34 letters.
    * Kaggle: kaggle.json {"username","key"}, KAGGLE_USERNAME/KAGGLE_KEY;
      legacy key 32 hex; newer tokens KGAT_ + 32 hex (KAGGLE_API_TOKEN).
    * W&B docs: legacy keys exactly 40 characters, new keys "wandb_v1_"
      (~86 chars); public files show wandb_v1_<27>_<49>.
    * Pinecone: Api-Key header, Pinecone(api_key=...); public files show
      pcsk_<6>_<63> (75 chars); older projects used UUID keys.
    * AWS: access key id 20 chars AKIA..., secret 40 chars base64 alphabet;
      AWS example pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/...
    * Twitter/X developer docs: app-only bearer token, the decommissioned
      example AAAA...MLhe... (116 chars URL-encoded) and example consumer keys.
    * Replicate docs: 40-character tokens starting r8_.
    * Groq: keys start gsk_ (public files: gsk_<20>WGdyb3FY<24>, 56 chars).
    * Mapbox docs: public tokens start pk, secret tokens sk, JWT-like
      <pk|sk>.<base64url payload>.<signature>.
    * Anthropic: sk-ant-api03- + ~95 base64url chars, ~108 total.
    * GitHub blog "Behind GitHub's new authentication token formats": ghp_ +
      30 base62 + 6-char base62 CRC32 checksum.
    * Databricks: PATs in DATABRICKS_TOKEN; public files show dapi + 32 hex;
      the (legacy) Databricks CLI docs show the example token_value
      dapi12345678901234567890123456789012 (used among the negatives).
    * Spotify (spotipy): client id and secret both 32 hex.
    * Notebook formats: marimo (__generated_with, app = marimo.App(),
      @app.cell), Databricks source export, Colab metadata/outputId,
      ipywidgets widget-state JSON, Deepnote cell_id/deepnote_cell_type and
      .deepnote YAML, Zeppelin note JSON.

DOUBTS
    * OpenAI key bodies: the alphabet [A-Za-z0-9_-] and the trailing "A" are
      inferred from public files, not from OpenAI documentation.
    * Anthropic: trailing "AA" and exact body length (93+2) are inferred.
    * W&B wandb_v1_ internal split (27/49) and Pinecone pcsk_ split (6/63)
      come from public files only.
    * Twitter bearer token internal structure (21 A's, app id, URL-encoded
      base64 part, %3D, 50 chars) is modelled on the documented example.
    * Google API keys (AIzaSy + 33 of [A-Za-z0-9_-]), GOCSPX- client secrets
      (+28), Azure storage keys (88 base64 chars, "=="), Slack / Discord
      webhook shapes, Telegram bot tokens, Neptune tokens (base64 JSON),
      LangSmith lsv2_pt_/lsv2_sk_ shapes, Cohere (40) and Mistral (32) lengths,
      Alpha Vantage (16 upper alnum) and Census (40 hex) keys: not confirmed in
      provider documentation during this session; written from common
      knowledge and public files.
    * GitHub checksum alphabet order 0-9A-Za-z taken from a third-party
      description of the format.
    * Private keys are random bytes behind a real DER header; they are not
      valid RSA keys (a scanner that parses keys would reject them).
"""
import base64
import json
import os
import random
import sys
import zlib

# ---------------------------------------------------------------------------
# alphabets and small random helpers
# ---------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LO = "abcdefghijklmnopqrstuvwxyz"
DIG = "0123456789"
HEX = "0123456789abcdef"
ALNUM = UP + LO + DIG
B62 = DIG + UP + LO
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B32 = UP + "234567"


class G(object):
    """Per-file generation context: RNG, mode, negative style, slots."""

    def __init__(self, R, mode, negstyle=None):
        self.R = R
        self.mode = mode          # 'pos' or 'neg'
        self.negstyle = negstyle  # style used by slots in neg mode
        self.flavor = "jupyter"   # jupyter/colab/kaggle/databricks/...
        self.slots = []
        self._ec = 0

    # random helpers -------------------------------------------------------
    def s(self, alphabet, n):
        R = self.R
        return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))

    def pick(self, seq):
        return seq[self.R.randrange(len(seq))]

    def chance(self, p):
        return self.R.random() < p

    def i(self, a, b):
        return self.R.randint(a, b)

    def hexs(self, n):
        return self.s(HEX, n)

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.pick("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def rbytes(self, n):
        return bytes(self.R.randrange(256) for _ in range(n))

    def b64(self, n_bytes):
        return base64.b64encode(self.rbytes(n_bytes)).decode()

    def date(self, y0=2022, y1=2025):
        return "%04d-%02d-%02d" % (self.i(y0, y1), self.i(1, 12), self.i(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.i(0, 23),
                                            self.i(0, 59), self.i(0, 59),
                                            self.i(0, 999))

    def ms(self):
        return self.i(1672531200000, 1735000000000)

    def ec(self):
        self._ec += self.i(1, 2)
        return self._ec

    def slot(self, provider, kind, gen, primary=True, **kw):
        sl = Slot(self, provider, kind, gen, primary, **kw)
        self.slots.append(sl)
        return sl


# ---------------------------------------------------------------------------
# credential generators (random, provider-shaped; never real keys)
# ---------------------------------------------------------------------------
def gen_openai(g):
    r = g.R.random()
    if r < 0.55:
        return "sk-proj-" + g.s(B64URL, 74) + "T3BlbkFJ" + g.s(B64URL, 73) + "A"
    if r < 0.7:
        return "sk-svcacct-" + g.s(B64URL, 74) + "T3BlbkFJ" + g.s(B64URL, 73) + "A"
    if r < 0.85:
        return "sk-proj-" + g.s(ALNUM, 20) + "T3BlbkFJ" + g.s(ALNUM, 20)
    return "sk-" + g.s(ALNUM, 20) + "T3BlbkFJ" + g.s(ALNUM, 20)


def gen_anthropic(g):
    return "sk-ant-api03-" + g.s(B64URL, 93) + "AA"


def gen_hf(g):
    return "hf_" + g.s(UP + LO, 34)


def gen_kaggle(g):
    if g.chance(0.35):
        return "KGAT_" + g.hexs(32)
    return g.hexs(32)


def gen_wandb(g):
    if g.chance(0.4):
        return "wandb_v1_" + g.s(ALNUM, 27) + "_" + g.s(ALNUM, 49)
    return g.hexs(40)


def gen_pinecone(g):
    if g.chance(0.85):
        return "pcsk_" + g.s(ALNUM, 6) + "_" + g.s(ALNUM, 63)
    return g.uuid()


def gen_gapi(g):
    return "AIzaSy" + g.s(B64URL, 33)


def gen_gocspx(g):
    return "GOCSPX-" + g.s(B64URL, 28)


def gen_twitter_bearer(g):
    mid = []
    for _ in range(g.i(24, 30)):
        c = g.pick(ALNUM + "++//")
        mid.append({"+": "%2B", "/": "%2F"}.get(c, c))
    return ("A" * 21 + g.s(ALNUM, 4) + "A" * 7 + "".join(mid) + "%3D"
            + g.s(ALNUM, 50))


def gen_hex32(g):
    return g.hexs(32)


def gen_hex40(g):
    return g.hexs(40)


def gen_aws_id(g):
    return g.pick(["AKIA", "AKIA", "AKIA", "ASIA"]) + g.s(B32, 16)


def gen_aws_secret(g):
    return g.s(B64STD, 40)


def gen_azure_key(g):
    return base64.b64encode(g.rbytes(64)).decode()


def gen_dapi(g):
    return "dapi" + g.hexs(32) + (g.pick(["-2", "-3"]) if g.chance(0.2) else "")


def _b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gen_ghp(g):
    body = g.s(ALNUM, 30)
    return g.pick(["ghp_", "ghp_", "gho_"]) + body + _b62(zlib.crc32(body.encode()) & 0xffffffff, 6)


def gen_groq(g):
    return "gsk_" + g.s(ALNUM, 20) + "WGdyb3FY" + g.s(ALNUM, 24)


def gen_replicate(g):
    return "r8_" + g.s(ALNUM, 37)


def gen_langsmith(g):
    return "lsv2_" + g.pick(["pt", "sk"]) + "_" + g.hexs(32) + "_" + g.hexs(10)


def gen_cohere(g):
    return g.s(ALNUM, 40)


def gen_mistral(g):
    return g.s(ALNUM, 32)


def gen_neptune(g):
    js = '{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"%s"}' % g.uuid()
    return base64.b64encode(js.encode()).decode()


def _mapbox(g, kind):
    user = g.pick(USERS).replace(".", "")
    payload = json.dumps({"u": user, "a": "cl" + g.s(LO + DIG, 23)}, separators=(",", ":"))
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return kind + "." + p + "." + g.s(B64URL, 22)


def gen_mapbox_sk(g):
    return _mapbox(g, "sk")


def gen_alphavantage(g):
    return g.s(UP + DIG, 16)


def gen_slack_hook(g):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        g.s(UP + DIG, g.i(8, 10)), g.s(UP + DIG, g.i(8, 10)), g.s(ALNUM, 24))


def gen_discord_hook(g):
    return "https://discord.com/api/webhooks/%d/%s" % (
        g.i(10 ** 17, 10 ** 19 - 1), g.s(B64URL, 68))


def gen_telegram(g):
    return "%d:AA%s" % (g.i(10 ** 8, 8 * 10 ** 9), g.s(B64URL, 33))


WORDS = ["harbor", "maple", "quartz", "falcon", "ember", "tundra", "violet",
         "cobalt", "juniper", "orbit", "saffron", "glacier", "pepper", "lantern"]


def gen_password(g, url_safe=True):
    r = g.R.random()
    if r < 0.45:
        sym = "-_.~!*" if url_safe else "-_.~!*#%^&+="
        n = g.i(14, 24)
        pw = g.s(ALNUM, n - 3) + g.s(sym, 1) + g.s(DIG, 1) + g.s(UP, 1)
        pw = list(pw)
        g.R.shuffle(pw)
        return "".join(pw)
    if r < 0.75:
        return g.s(ALNUM, g.i(16, 32))
    w = g.pick(WORDS)
    return "%s%s%s%d%s" % (w[0].upper(), w[1:], g.pick(WORDS).capitalize(),
                           g.i(10, 9999), g.pick(["!", "*", "~", "-", "."]))


def gen_pw_any(g):
    return gen_password(g, url_safe=False)


def _der_pkcs8(g):
    head = bytes([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06,
                  0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01,
                  0x05, 0x00, 0x04, 0x82, 0x04, 0xa7, 0x30, 0x82, 0x04, 0xa3,
                  0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    return head + g.rbytes(1217 - len(head))


def pem_lines(data):
    b = base64.b64encode(data).decode()
    return [b[k:k + 64] for k in range(0, len(b), 64)]


def gen_sa_private_key(g):
    """Service-account private_key value as written inside JSON/Python source
    (escaped newlines)."""
    body = "\\n".join(pem_lines(_der_pkcs8(g)))
    return "-----BEGIN PRIVATE KEY-----\\n" + body + "\\n-----END PRIVATE KEY-----\\n"


def gen_rsa_pem_block(g):
    head = bytes([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    lines = pem_lines(head + g.rbytes(1192 - len(head)))
    return ["-----BEGIN RSA PRIVATE KEY-----"] + lines + ["-----END RSA PRIVATE KEY-----"]


def gen_openssh_block(g):
    head = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 "
    b = base64.b64encode(head + g.rbytes(399 - len(head))).decode()
    lines = [b[k:k + 70] for k in range(0, len(b), 70)]
    return ["-----BEGIN OPENSSH PRIVATE KEY-----"] + lines + ["-----END OPENSSH PRIVATE KEY-----"]


# ---------------------------------------------------------------------------
# innocent vocabulary
# ---------------------------------------------------------------------------
USERS = ["jdoe", "mchen", "akowalski", "priya.r", "tnguyen", "lfernandez",
         "cokafor", "svensson", "hkim", "rpatel", "erossi", "ysato",
         "bwilliams", "dmarin", "fnakamura", "gmueller", "amara.o"]
PROJECTS = ["churn-model", "demand-forecast", "fraud-detection", "rag-assistant",
            "sentiment-tweets", "retail-analytics", "energy-load", "genomics-qc",
            "ad-attribution", "playlist-recs", "geo-clusters", "support-bot",
            "price-elasticity", "claims-triage", "llm-evals", "credit-scoring"]
DBHOSTS = ["analytics-db.internal", "pg-prod-replica.c8xq1vz3k2mn.eu-west-1.rds.amazonaws.com",
           "warehouse.corp.local", "10.20.4.17", "mysql-reporting.internal",
           "db.lab.example.org", "ds-postgres.default.svc.cluster.local",
           "redshift-cluster-1.cx9a8b7c6d5e.us-east-1.redshift.amazonaws.com"]
DBNAMES = ["warehouse", "analytics", "sales", "telemetry", "crm", "marts", "features", "dw"]
DBUSERS = ["analyst", "etl_user", "readonly", "ds_team", "report_svc", "notebook", "admin", "dbt"]
MODELS_HF = ["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3",
             "google/gemma-2-9b-it", "bert-base-uncased", "distilbert-base-uncased",
             "sentence-transformers/all-MiniLM-L6-v2", "Qwen/Qwen2.5-7B-Instruct",
             "microsoft/phi-3-mini-4k-instruct", "openai/whisper-small"]
OAI_MODELS = ["gpt-4o-mini", "gpt-4o", "gpt-4.1-mini", "gpt-3.5-turbo", "o3-mini"]
CITIES = ["Berlin", "Lagos", "Osaka", "Toronto", "Lyon", "Austin", "Porto", "Pune", "Krakow", "Quito"]
COMPETITIONS = ["titanic", "house-prices-advanced-regression-techniques",
                "playground-series-s4e8", "store-sales-time-series-forecasting",
                "digit-recognizer", "spaceship-titanic", "llm-detect-ai-generated-text"]
BUCKETS = ["ds-raw-landing", "ml-artifacts-prod", "acme-analytics-exports",
           "research-datasets-eu", "feature-store-snapshots"]
SCOPES = ["kv-analytics", "ds-secrets", "prod-scope", "notebook-creds", "ml-platform"]
STORAGE_ACCTS = ["dlsanalyticsprod", "stdatalake01", "mlrawzone", "acmelakehouse"]


def nb_title(g):
    return g.pick(["Exploratory analysis", "Baseline model", "Data pull",
                   "Weekly KPI refresh", "Fine-tuning run", "Embedding backfill",
                   "Feature engineering", "Scratch", "Evaluation", "Prototype"])


# ---------------------------------------------------------------------------
# provider table for negatives: placeholders, doc examples, public values
# ---------------------------------------------------------------------------
GENERIC_PH = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
              "<TOKEN>", "your-token-here", "REPLACE_ME", "TODO: paste key", "...",
              "<insert key>", "PASTE_YOUR_KEY", "dummy"]
PH = {
    "openai": ["sk-...", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX", "sk-your-key-here", "<OPENAI_API_KEY>"],
    "anthropic": ["sk-ant-...", "sk-ant-api03-XXXXXXXX", "<ANTHROPIC_API_KEY>"],
    "huggingface": ["hf_...", "hf_" + "x" * 34, "hf_YOUR_TOKEN_HERE", "hf_XXXXXXXXXXXXXXXXXXXX"],
    "kaggle": ["YOUR_KAGGLE_KEY", "<kaggle-key>", "KGAT_...", "0" * 32],
    "wandb": ["<wandb-api-key>", "YOUR_WANDB_KEY", "x" * 40],
    "pinecone": ["pcsk_...", "YOUR_PINECONE_API_KEY", "<pinecone-key>"],
    "google": ["AIzaSy" + "X" * 33, "YOUR_API_KEY", "<GOOGLE_MAPS_API_KEY>", "AIza..."],
    "google-oauth": ["GOCSPX-...", "<client-secret>", "YOUR_CLIENT_SECRET"],
    "gcp": ["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n", "<private-key>", ""],
    "twitter": ["YOUR_BEARER_TOKEN", "<bearer-token>", "AAAAAAAAAAAAAAAAAAAAA..."],
    "spotify": ["YOUR_CLIENT_SECRET", "<spotify-client-secret>", "0" * 32],
    "aws": ["<aws-secret-access-key>", "YOUR_SECRET_KEY", "x" * 40],
    "aws-id": ["<aws-access-key-id>", "AKIAXXXXXXXXXXXXXXXX", "YOUR_ACCESS_KEY_ID"],
    "azure": ["<account-key>", "YOUR_STORAGE_ACCOUNT_KEY", "..."],
    "databricks": ["dapiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<personal-access-token>", "dapi..."],
    "github": ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<github-token>", "ghp_..."],
    "groq": ["gsk_your_key_here", "gsk_...", "<GROQ_API_KEY>"],
    "replicate": ["r8_...", "r8_xxxxxxxxxxxx", "<replicate-token>"],
    "langsmith": ["lsv2_pt_...", "<langsmith-key>"],
    "mapbox": ["sk.YOUR_SECRET_TOKEN", "<MAPBOX_SECRET_TOKEN>", "YOUR_MAPBOX_ACCESS_TOKEN"],
    "slack": ["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<slack-webhook-url>"],
    "discord": ["https://discord.com/api/webhooks/<id>/<token>", "<discord-webhook>"],
    "telegram": ["<bot-token>", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"],
    "password": ["changeme", "<password>", "password", "your_password", "CHANGE_ME", "secret"],
}
DOC = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "aws-id": ["AKIAIOSFODNN7EXAMPLE"],
    "twitter": ["AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"],
    "twitter-secret": ["L8qq9PZyRg6ieKGEKhZolGC0vJWLw8iEJ88DRdyOg"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "databricks": ["dapi12345678901234567890123456789012"],
    "telegram": ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"],
}
PUBLIC = {"mapbox": lambda g: _mapbox(g, "pk")}
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REDACTED***", "••••••••"]
NEGSTYLES = [("envref", 30), ("placeholder", 26), ("masked", 12), ("docexample", 10),
             ("empty", 8), ("template", 8), ("public", 6)]


def _masked(g, provider):
    m = g.pick(MASKS)
    pre = {"openai": "sk-proj-", "huggingface": "hf_", "anthropic": "sk-ant-",
           "google": "AIza", "pinecone": "pcsk_", "groq": "gsk_", "replicate": "r8_",
           "databricks": "dapi", "github": "ghp_", "kaggle": "", "wandb": ""}.get(provider)
    if pre is not None and g.chance(0.5):
        return pre + "*" * g.i(6, 24) + g.s(ALNUM, 4)
    return m


class Slot(object):
    """The one place where a credential (positive) or a non-credential
    (negative) is written."""

    def __init__(self, g, provider, kind, gen, primary, env=None, doc=None, ph=None):
        self.g, self.provider, self.kind, self.gen = g, provider, kind, gen
        self.primary = primary
        self.env = env or (provider.upper().replace("-", "_") + "_API_KEY")
        self.doc_key = doc or provider
        self.ph_key = ph or provider
        self.secret = None
        self.style = None

    def val(self):
        if self.secret is None:
            self.secret = self.gen(self.g)
        return self.secret

    def _style(self):
        if self.style is None:
            st = self.g.negstyle or "placeholder"
            if st == "docexample" and self.doc_key not in DOC:
                st = self.g.pick(["placeholder", "envref"])
            if st == "public" and self.provider not in PUBLIC:
                st = self.g.pick(["placeholder", "envref", "masked"])
            self.style = st
        return self.style

    def _neg_value(self, ctx):
        g, st = self.g, self._style()
        if st == "placeholder":
            pool = PH.get(self.ph_key, []) + GENERIC_PH[:4]
            return g.pick(pool)
        if st == "empty":
            return ""
        if st == "masked":
            return _masked(g, self.provider)
        if st == "docexample":
            return g.pick(DOC[self.doc_key])
        if st == "public":
            return PUBLIC[self.provider](g)
        if st == "template":
            return g.pick(["{{ secrets.%s }}", "${{ secrets.%s }}", "{{ %s }}",
                           "{{%s}}", "%%(%s)s", "@@%s@@"]) % self.env.lower() \
                if g.chance(0.3) else \
                g.pick(["{{ secrets.%s }}", "${{ secrets.%s }}", "{{ %s }}", "{{%s}}"]) % self.env
        # envref in a raw/text context
        return g.pick(["${%s}", "$%s", "${%s}", "%%%s%%"]) % self.env

    # --- rendering -------------------------------------------------------
    def raw(self):
        """Value inside an existing string, URL, YAML value or prose."""
        if self.g.mode == "pos":
            return self.val()
        return self._neg_value("raw")

    def out(self):
        """Value as it would appear in a cell output."""
        if self.g.mode == "pos":
            return self.val()
        st = self._style()
        if st in ("placeholder", "docexample", "public", "empty"):
            v = self._neg_value("raw")
            return v if v else _masked(self.g, self.provider)
        return _masked(self.g, self.provider)

    def lit(self, lang="py", q='"'):
        """A complete expression in language `lang` (quoted literal or a
        reference to a secret store)."""
        g = self.g
        if g.mode == "pos":
            return q + self.val() + q
        st = self._style()
        if st != "envref":
            return q + self._neg_value("lit") + q
        E = self.env
        fl = g.flavor
        if lang == "py":
            if fl == "colab" and g.chance(0.8):
                return 'userdata.get(%s%s%s)' % (q, E, q)
            if fl == "kaggle" and g.chance(0.8):
                return 'UserSecretsClient().get_secret(%s%s%s)' % (q, E, q)
            if fl == "databricks" and g.chance(0.85):
                return 'dbutils.secrets.get(scope=%s%s%s, key=%s%s%s)' % (
                    q, g.pick(SCOPES), q, q, E.lower().replace("_", "-"), q)
            return self._py_ref(q, E)
        if lang == "r":
            return g.pick(['Sys.getenv("%s")', 'keyring::key_get("%s")',
                           'rstudioapi::askForPassword("%s")', 'Sys.getenv("%s", unset = NA)']) % E
        if lang == "js":
            if fl == "observable":
                return 'Secret("%s")' % E
            return g.pick(['process.env.%s', 'Deno.env.get("%s")']) % E
        if lang == "sql":
            if fl == "databricks":
                return "secret('%s', '%s')" % (g.pick(SCOPES), E.lower().replace("_", "-"))
            return "'${%s}'" % E
        if lang == "scala":
            if fl in ("databricks", "zeppelin") and g.chance(0.5):
                return 'dbutils.secrets.get(scope = "%s", key = "%s")' % (g.pick(SCOPES), E.lower())
            return 'sys.env("%s")' % E
        if lang == "sh":
            return g.pick(['"$%s"', '"${%s}"', '${%s}']) % E
        return q + "${%s}" % E + q

    def _py_ref(self, q, E):
        g = self.g
        k = g.i(0, 5)
        if k == 0:
            return "os.environ[%s%s%s]" % (q, E, q)
        if k == 1:
            return "os.getenv(%s%s%s)" % (q, E, q)
        if k == 2:
            return "os.environ.get(%s%s%s)" % (q, E, q)
        if k == 3:
            return "getpass.getpass(%sEnter %s: %s)" % (q, E.lower().replace("_", " "), q)
        if k == 4:
            return "keyring.get_password(%snotebooks%s, %s%s%s)" % (q, q, q, E.lower(), q)
        return "os.environ[%s%s%s]" % (q, E, q)


# ---------------------------------------------------------------------------
# containers
# ---------------------------------------------------------------------------
def lines_of(text):
    parts = text.split("\n")
    out = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        out.append(parts[-1])
    return out


def o_stream(text, name="stdout"):
    return {"name": name, "output_type": "stream", "text": lines_of(text)}


def o_result(plain, html=None):
    d = {"text/plain": lines_of(plain)}
    if html:
        d["text/html"] = lines_of(html)
    return {"data": d, "execution_count": None, "metadata": {}, "output_type": "execute_result"}


def o_png(g, nbytes=None, label="<Figure size 640x480 with 1 Axes>"):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + g.rbytes(nbytes or g.i(600, 1800))
    b = base64.b64encode(raw).decode()
    return {"data": {"image/png": b, "text/plain": [label]}, "metadata": {"needs_background": "light"} if g.chance(0.3) else {},
            "output_type": "display_data"}


def o_widget(mid, plain):
    return {"data": {"application/vnd.jupyter.widget-view+json": {"model_id": mid, "version_major": 2, "version_minor": 0},
                     "text/plain": [plain]}, "metadata": {}, "output_type": "display_data"}


def o_error(ename, evalue, tb):
    return {"ename": ename, "evalue": evalue, "output_type": "error", "traceback": tb}


def tb_frames(g, frames, ename, evalue):
    """Build an IPython-style ANSI traceback list."""
    R = "\u001b[0;31m"
    N = "\u001b[0m"
    G_ = "\u001b[0;32m"
    out = [R + "---------------------------------------------------------------------------" + N,
           R + ename + N + "                                 Traceback (most recent call last)"]
    for path, lineno, func, code in frames:
        out.append("File " + G_ + path + N + ":" + str(lineno) + ", in " + func + "\n" +
                   G_ + "--> %d" % lineno + N + " " + code)
    out.append(R + ename + N + ": " + evalue)
    return out


class NB(object):
    def __init__(self, g, flavor="jupyter", kernel="python"):
        self.g = g
        self.flavor = flavor
        g.flavor = flavor
        self.kernel = kernel
        self.cells = []
        self.widget_state = None
        self.extra_meta = {}

    def _cid(self):
        g = self.g
        if self.flavor == "colab":
            return g.s(B64URL, 12)
        return g.hexs(8) if g.chance(0.5) else g.uuid()

    def md(self, text):
        c = {"cell_type": "markdown", "metadata": {}, "source": lines_of(text)}
        if self.flavor == "colab":
            c["metadata"] = {"id": self._cid()}
        elif self.flavor == "deepnote":
            c["metadata"] = {"cell_id": self.g.uuid(), "deepnote_cell_type": "markdown"}
        elif self.flavor in ("jupyter", "vscode"):
            c["id"] = self._cid()
        self.cells.append(c)
        return self

    def code(self, text, outputs=(), run=True, meta=None):
        g = self.g
        ec = g.ec() if run else None
        outs = []
        for o in outputs:
            o = dict(o)
            if o.get("output_type") == "execute_result":
                o["execution_count"] = ec
            outs.append(o)
        c = {"cell_type": "code", "execution_count": ec, "metadata": dict(meta or {}),
             "outputs": outs if run else [], "source": lines_of(text)}
        if self.flavor == "colab":
            c["metadata"]["id"] = self._cid()
            if outs:
                c["metadata"]["colab"] = {"base_uri": "https://localhost:8080/"}
                c["metadata"]["outputId"] = g.uuid()
        elif self.flavor == "kaggle":
            t = g.ts()
            c["metadata"].update({"execution": {"iopub.execute_input": t, "iopub.status.busy": t,
                                                "iopub.status.idle": t, "shell.execute_reply": t},
                                  "papermill": {"duration": round(g.R.random() * 9, 6), "end_time": t,
                                                "exception": False, "start_time": t, "status": "completed"},
                                  "tags": []})
        elif self.flavor == "deepnote":
            c["metadata"].update({"cell_id": g.uuid(), "deepnote_cell_type": "code",
                                  "execution_start": g.ms(), "execution_millis": g.i(3, 9000),
                                  "source_hash": g.hexs(8), "deepnote_to_be_reexecuted": False})
        elif self.flavor in ("jupyter", "vscode"):
            c["id"] = self._cid()
        self.cells.append(c)
        return self

    def add_widgets(self, models):
        self.widget_state = models

    def dumps(self):
        g = self.g
        if self.kernel == "r":
            ks = {"display_name": "R", "language": "R", "name": "ir"}
            li = {"codemirror_mode": "r", "file_extension": ".r", "mimetype": "text/x-r-source",
                  "name": "R", "pygments_lexer": "r", "version": "4.%d.%d" % (g.i(1, 4), g.i(0, 3))}
        else:
            ks = {"display_name": g.pick(["Python 3 (ipykernel)", "Python 3", "venv"]),
                  "language": "python", "name": "python3"}
            li = {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                  "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                  "pygments_lexer": "ipython3", "version": "3.%d.%d" % (g.i(9, 12), g.i(0, 12))}
        meta = {"kernelspec": ks, "language_info": li}
        minor = 5
        if self.flavor == "colab":
            meta = {"colab": {"provenance": []}, "kernelspec": {"name": "python3", "display_name": "Python 3"},
                    "language_info": {"name": "python"}}
            if g.chance(0.6):
                meta["colab"]["gpuType"] = g.pick(["T4", "A100", "L4"])
                meta["accelerator"] = "GPU"
            if g.chance(0.4):
                meta["colab"]["authorship_tag"] = "ABX9Ty" + g.s(B64URL, 22)
                meta["colab"]["include_colab_link"] = True
            minor = 0
        elif self.flavor == "kaggle":
            meta["kaggle"] = {"accelerator": g.pick(["none", "gpu", "nvidiaTeslaT4"]),
                              "dataSources": [{"databundleVersionId": g.i(10 ** 6, 10 ** 7),
                                               "sourceId": g.i(10 ** 6, 10 ** 7), "sourceType": "competition"}],
                              "isGpuEnabled": g.chance(0.5), "isInternetEnabled": True,
                              "language": "python", "sourceType": "notebook"}
            minor = 4
        elif self.flavor == "deepnote":
            meta["deepnote_notebook_id"] = g.uuid()
            meta["deepnote_execution_queue"] = []
        elif self.flavor == "vscode":
            meta["vscode"] = {"interpreter": {"hash": g.hexs(64)}}
        meta.update(self.extra_meta)
        if self.widget_state:
            meta["widgets"] = {"application/vnd.jupyter.widget-state+json": {
                "state": self.widget_state, "version_major": 2, "version_minor": 0}}
        nb = {"cells": self.cells, "metadata": meta, "nbformat": 4, "nbformat_minor": minor}
        if self.flavor == "colab":
            nb = {"nbformat": 4, "nbformat_minor": 0, "metadata": meta, "cells": self.cells}
            return json.dumps(nb, indent=2, ensure_ascii=False) + "\n"
        return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def widget_model(g, name, state, module="@jupyter-widgets/controls", ver="2.0.0"):
    st = {"_model_module": module, "_model_module_version": ver, "_model_name": name,
          "_view_module": module, "_view_module_version": ver,
          "_view_name": name.replace("Model", "View")}
    st.update(state)
    return {"model_module": module, "model_module_version": ver, "model_name": name, "state": st}


def tqdm_widgets(g, desc, total):
    """HF-download style progress bar widgets; returns (state dict, hbox id)."""
    ids = [g.hexs(32) for _ in range(7)]
    hbox, h1, bar, h2, lay, sty, bsty = ids
    st = {}
    st[hbox] = widget_model(g, "HBoxModel", {"children": ["IPY_MODEL_" + h1, "IPY_MODEL_" + bar, "IPY_MODEL_" + h2],
                                             "layout": "IPY_MODEL_" + lay})
    st[h1] = widget_model(g, "HTMLModel", {"layout": "IPY_MODEL_" + lay, "style": "IPY_MODEL_" + sty,
                                           "value": desc + ": 100%"})
    st[bar] = widget_model(g, "FloatProgressModel", {"bar_style": "success", "max": total, "value": total,
                                                     "layout": "IPY_MODEL_" + lay, "style": "IPY_MODEL_" + bsty})
    st[h2] = widget_model(g, "HTMLModel", {"layout": "IPY_MODEL_" + lay, "style": "IPY_MODEL_" + sty,
                                           "value": " %s/%s [00:0%d&lt;00:00, %.1fMB/s]" % (total, total, g.i(0, 9), g.R.random() * 90)})
    st[lay] = widget_model(g, "LayoutModel", {}, module="@jupyter-widgets/base", ver="2.0.0")
    st[sty] = widget_model(g, "HTMLStyleModel", {"description_width": ""})
    st[bsty] = widget_model(g, "ProgressStyleModel", {"bar_color": None, "description_width": ""})
    return st, hbox


class DBX(object):
    """Databricks notebook source export."""

    def __init__(self, g):
        self.g = g
        g.flavor = "databricks"
        self.cells = []

    def py(self, text):
        self.cells.append(text)
        return self

    def magic(self, kind, text):
        ls = ["# MAGIC %" + kind] + [("# MAGIC " + l) if l else "# MAGIC" for l in text.split("\n")]
        self.cells.append("\n".join(ls))
        return self

    def md(self, text):
        return self.magic("md", text)

    def dumps(self):
        return "# Databricks notebook source\n" + "\n\n# COMMAND ----------\n\n".join(self.cells) + "\n"


class MARIMO(object):
    def __init__(self, g):
        self.g = g
        g.flavor = "marimo"
        self.old = g.chance(0.5)
        self.cells = []

    def cell(self, body, args=(), rets=(), hide=False):
        self.cells.append((body, args, rets, hide))
        return self

    def dumps(self):
        g = self.g
        ver = ("0.%d.%d" % (g.i(6, 9), g.i(0, 20))) if self.old else ("0.%d.%d" % (g.i(10, 19), g.i(0, 12)))
        out = ["import marimo", "", '__generated_with = "%s"' % ver,
               'app = marimo.App(width="%s")' % g.pick(["medium", "full"]) if g.chance(0.6) else "app = marimo.App()", "", ""]
        fn = "__" if self.old else "_"
        for body, args, rets, hide in self.cells:
            out.append("@app.cell(hide_code=True)" if hide else "@app.cell")
            out.append("def %s(%s):" % (fn, ", ".join(args)))
            for l in body.split("\n"):
                out.append(("    " + l) if l else "")
            if rets:
                out.append("    return (%s)" % (", ".join(rets) + ("," if len(rets) == 1 else "")))
            else:
                out.append("    return")
            out.append("")
            out.append("")
        out.append('if __name__ == "__main__":')
        out.append("    app.run()")
        return "\n".join(out) + "\n"


class ZEP(object):
    """Apache Zeppelin note (JSON)."""

    def __init__(self, g, name):
        self.g = g
        g.flavor = "zeppelin"
        self.name = name
        self.paras = []
        self.t0 = g.ms()

    def para(self, text, lang, rtype="TEXT", data=None, title=None, status="FINISHED"):
        g = self.g
        self.t0 += g.i(1000, 900000)
        pid = "paragraph_%d_%d" % (self.t0, g.i(10 ** 8, 2 * 10 ** 9))
        p = {}
        if title:
            p["title"] = title
        p.update({"text": text, "user": g.pick(["anonymous", g.pick(USERS)]),
                  "dateUpdated": "2023-%02d-%02d %02d:%02d:%02d.%03d" % (g.i(1, 12), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59), g.i(0, 999)),
                  "progress": 0,
                  "config": {"editorSetting": {"language": lang, "editOnDblClick": lang == "markdown",
                                               "completionSupport": lang != "markdown"},
                             "colWidth": 12.0, "editorMode": "ace/mode/" + lang, "fontSize": 9.0,
                             "results": {}, "enabled": True},
                  "settings": {"params": {}, "forms": {}}})
        if data is not None:
            p["results"] = {"code": "SUCCESS" if status == "FINISHED" else "ERROR",
                            "msg": [{"type": rtype, "data": data}]}
        p.update({"apps": [], "runtimeInfos": {}, "progressUpdateIntervalMs": 500,
                  "jobName": pid, "id": pid, "dateCreated": "2023-01-%02d 09:%02d:00.000" % (g.i(1, 28), g.i(0, 59)),
                  "status": status})
        self.paras.append(p)
        return self

    def dumps(self):
        g = self.g
        note = {"paragraphs": self.paras, "name": self.name, "id": "2" + g.s(UP + DIG, 8),
                "defaultInterpreterGroup": g.pick(["spark", "python", "jdbc"]),
                "version": g.pick(["0.10.1", "0.11.0", "0.9.0"]), "noteParams": {}, "noteForms": {},
                "angularObjects": {}, "config": {"isZeppelinNotebookCronEnable": False}, "info": {}}
        return json.dumps(note, indent=2, ensure_ascii=False) + "\n"


class LIT(object):
    """R Markdown / Quarto document."""

    def __init__(self, g, kind, title, front=None):
        self.g = g
        g.flavor = kind
        self.kind = kind
        self.parts = []
        fm = ["---", 'title: "%s"' % title]
        if g.chance(0.7):
            fm.append('author: "%s"' % g.pick(USERS))
        if g.chance(0.6):
            fm.append('date: "%s"' % g.date())
        if kind == "rmd":
            fm += g.pick([["output: html_document"], ["output:", "  html_document:", "    toc: true"],
                          ["output: github_document"], ["output: pdf_document"]])
        else:
            fm += g.pick([["format: html"], ["format:", "  html:", "    code-fold: true"],
                          ["format: gfm"], ["jupyter: python3"], ["format: html", "execute:", "  echo: false"]])
        fm += list(front or [])
        fm.append("---")
        self.parts.append("\n".join(fm))

    def text(self, t):
        self.parts.append(t)
        return self

    def chunk(self, lang, code, label=None, opts=None):
        g = self.g
        head = lang
        if self.kind == "rmd":
            if label:
                head += " " + label
            if opts:
                head += ", " + opts
            self.parts.append("```{%s}\n%s\n```" % (head, code))
        else:
            pre = ""
            if label:
                pre += "#| label: %s\n" % label
            if opts:
                pre += "".join("#| %s\n" % o for o in opts.split(";"))
            self.parts.append("```{%s}\n%s%s\n```" % (head, pre, code))
        return self

    def dumps(self):
        return "\n\n".join(self.parts) + "\n"


# ---------------------------------------------------------------------------
# shared innocent content
# ---------------------------------------------------------------------------
POS_T = []   # (name, weight, func)
LOOK_T = []  # (name, weight, func)


def P(weight=1.0):
    def deco(f):
        POS_T.append((f.__name__, weight, f))
        return f
    return deco


def L(weight=1.0):
    def deco(f):
        LOOK_T.append((f.__name__, weight, f))
        return f
    return deco


def nm(g, conv, alts):
    """Conventional variable name about half the time, otherwise a neutral one."""
    return conv if g.chance(0.5) else g.pick(alts)


def df_output(g, cols, n=5):
    """cols: list of (name, fn(g)->str).  Returns (plain, html)."""
    rows = [[fn(g) for _, fn in cols] for _ in range(n)]
    names = [c for c, _ in cols]
    w = [max(len(names[j]), max(len(r[j]) for r in rows)) for j in range(len(cols))]
    plain = ["   " + "  ".join(names[j].rjust(w[j]) for j in range(len(cols)))]
    for k, r in enumerate(rows):
        plain.append(str(k).ljust(3) + "  ".join(r[j].rjust(w[j]) for j in range(len(cols))))
    html = ['<div>', '<style scoped>', '    .dataframe tbody tr th:only-of-type {', '        vertical-align: middle;',
            '    }', '</style>', '<table border="1" class="dataframe">', '  <thead>', '    <tr style="text-align: right;">',
            '      <th></th>'] + ['      <th>%s</th>' % c for c in names] + ['    </tr>', '  </thead>', '  <tbody>']
    for k, r in enumerate(rows):
        html += ['    <tr>', '      <th>%d</th>' % k] + ['      <td>%s</td>' % v for v in r] + ['    </tr>']
    html += ['  </tbody>', '</table>', '<p>%d rows × %d columns</p>' % (g.i(n, 90000), len(cols)), '</div>']
    return "\n".join(plain), "\n".join(html)


C_NUM = lambda g: "%.3f" % (g.R.random() * 100)
C_INT = lambda g: str(g.i(1, 5000))
C_CITY = lambda g: g.pick(CITIES)
C_DATE = lambda g: g.date()
C_CAT = lambda g: g.pick(["A", "B", "C", "retail", "online", "wholesale"])
C_UUID = lambda g: g.uuid()
C_MD5 = lambda g: g.hexs(32)
C_SHA = lambda g: g.hexs(64)
C_FLAG = lambda g: g.pick(["True", "False"])


def head_cell(nb, g, src=None):
    cols = [("customer_id", C_INT), ("city", C_CITY), ("signup_date", C_DATE), ("segment", C_CAT),
            ("spend", C_NUM), ("churned", C_FLAG)]
    g.R.shuffle(cols)
    cols = cols[:g.i(3, 6)]
    plain, html = df_output(g, cols)
    nb.code(src or "df.head()", [o_result(plain, html)])


def imports(g, extra=()):
    base = ["import os", "import json", "import numpy as np", "import pandas as pd"]
    if g.chance(0.5):
        base.append("import matplotlib.pyplot as plt")
    return "\n".join(base + list(extra))


def nbpath(g, stem_pool, dirs=("notebooks", "analysis", "nb", "experiments", "research", "notebooks/exploration")):
    d = g.pick(list(dirs))
    stem = g.pick(stem_pool)
    if g.chance(0.4):
        stem = "%02d_%s" % (g.i(0, 12), stem)
    return "%s/%s.ipynb" % (d, stem)


def pip_out():
    return o_stream("Note: you may need to restart the kernel to use updated packages.\n")


# ---------------------------------------------------------------------------
# POSITIVE TEMPLATES (each also used in negative mode with a non-secret slot)
# ---------------------------------------------------------------------------
@P(1.3)
def p_openai_env_cell(g):
    nb = NB(g, g.pick(["jupyter", "jupyter", "vscode"]))
    S = g.slot("openai", "api_key", gen_openai, env="OPENAI_API_KEY")
    nb.md("# %s\n\nSummarise support tickets with an LLM and tag them by topic." % nb_title(g))
    nb.code("%pip install -q openai tiktoken", [pip_out()])
    nb.code(imports(g, ["from openai import OpenAI"]), [])
    nb.code('os.environ["OPENAI_API_KEY"] = %s\nclient = OpenAI()' % S.lit("py"), [])
    model = g.pick(OAI_MODELS)
    nb.code('resp = client.chat.completions.create(\n    model="%s",\n    messages=[{"role": "user", "content": "Classify: my invoice is wrong"}],\n    temperature=0,\n)\nprint(resp.choices[0].message.content)' % model,
            [o_stream("billing\n")])
    head_cell(nb, g, 'tickets = pd.read_csv("data/tickets.csv")\ntickets.head()')
    return nbpath(g, ["llm_tagging", "ticket_classifier", "openai_playground", "summaries"]), nb.dumps()


@P(1.3)
def p_openai_ctor(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode"]))
    S = g.slot("openai", "api_key", gen_openai, env="OPENAI_API_KEY")
    v = nm(g, "OPENAI_API_KEY", ["key", "oai_key", "my_key", "api_key", "k"])
    nb.code(imports(g, ["from openai import OpenAI", "from tqdm.auto import tqdm"]), [])
    if g.chance(0.5):
        nb.code('%s = %s\nclient = OpenAI(api_key=%s)' % (v, S.lit("py"), v), [])
    else:
        nb.code('client = OpenAI(api_key=%s, organization="org-%s")' % (S.lit("py"), g.s(ALNUM, 24)), [])
    nb.code('emb = client.embeddings.create(model="text-embedding-3-small", input=["hello world"])\nlen(emb.data[0].embedding)',
            [o_result("1536")])
    nb.code('docs = pd.read_parquet("data/chunks.parquet")\nprint(docs.shape)', [o_stream("(%d, 4)\n" % g.i(200, 90000))])
    return nbpath(g, ["embeddings", "rag_index_build", "semantic_search", "eval_prompts"]), nb.dumps()


@P(1.2)
def p_hf_login_positional(g):
    nb = NB(g, g.pick(["jupyter", "colab", "kaggle"]))
    S = g.slot("huggingface", "access_token", gen_hf, env="HF_TOKEN")
    nb.code("!pip install -q transformers datasets accelerate huggingface_hub", [])
    outs = [o_stream("The token has not been saved to the git credentials helper. Pass `add_to_git_credential=True` in this function directly or `--add-to-git-credential` if using via `huggingface-cli` if you want to set the git credential as well.\nToken is valid (permission: %s).\nYour token has been saved to /root/.cache/huggingface/token\nLogin successful\n" % g.pick(["read", "write", "fineGrained"]), "stderr")]
    nb.code("from huggingface_hub import login\nlogin(%s)" % S.lit("py"), outs)
    model = g.pick(MODELS_HF)
    st, hb = tqdm_widgets(g, "tokenizer_config.json", g.i(900, 60000))
    nb.add_widgets(st)
    nb.code('from transformers import AutoTokenizer, AutoModelForCausalLM\nmodel_id = "%s"\ntok = AutoTokenizer.from_pretrained(model_id)' % model,
            [o_widget(hb, "tokenizer_config.json:   0%%|          | 0.00/%d [00:00<?, ?B/s]" % g.i(900, 60000))])
    return nbpath(g, ["finetune_lora", "load_gated_model", "inference_demo", "qlora_train"]), nb.dumps()


@P(1.0)
def p_hf_token_kwarg(g):
    nb = NB(g, g.pick(["jupyter", "vscode", "colab"]))
    S = g.slot("huggingface", "access_token", gen_hf, env="HF_TOKEN")
    v = nm(g, "HF_TOKEN", ["hub_token", "tok", "auth", "access_token", "TOKEN"])
    model = g.pick(MODELS_HF)
    nb.code(imports(g, ["import torch", "from datasets import load_dataset",
                        "from transformers import AutoTokenizer, AutoModelForSequenceClassification"]), [])
    nb.code('%s = %s\nds = load_dataset("%s/%s", split="train", token=%s)\nds' % (
        v, S.lit("py"), g.pick(USERS).replace(".", ""), g.pick(["support-tickets", "reviews-2024", "call-notes"]), v),
        [o_result("Dataset({\n    features: ['text', 'label'],\n    num_rows: %d\n})" % g.i(500, 90000))])
    kw = g.pick(["token", "use_auth_token"])
    nb.code('tokenizer = AutoTokenizer.from_pretrained("%s", %s=%s)\nmodel = AutoModelForSequenceClassification.from_pretrained("%s", num_labels=%d, %s=%s)' % (
        model, kw, v, model, g.i(2, 9), kw, v), [])
    return nbpath(g, ["train_classifier", "private_dataset", "hf_finetune"]), nb.dumps()


@P(1.0)
def p_kaggle_json_cell(g):
    nb = NB(g, g.pick(["colab", "colab", "jupyter"]))
    S = g.slot("kaggle", "api_key", gen_kaggle, env="KAGGLE_KEY")
    user = g.pick(USERS).replace(".", "")
    comp = g.pick(COMPETITIONS)
    nb.md("## Download competition data")
    form = g.pick(["dict", "echo"])
    if form == "dict":
        nb.code('api_token = {"username": "%s", "key": %s}\nos.makedirs(os.path.expanduser("~/.kaggle"), exist_ok=True)\nwith open(os.path.expanduser("~/.kaggle/kaggle.json"), "w") as f:\n    json.dump(api_token, f)\n!chmod 600 ~/.kaggle/kaggle.json' % (user, S.lit("py")), [])
    else:
        nb.code("!mkdir -p ~/.kaggle\n!echo '{\"username\":\"%s\",\"key\":\"%s\"}' > ~/.kaggle/kaggle.json\n!chmod 600 ~/.kaggle/kaggle.json" % (user, S.raw()), [])
    nb.code("!kaggle competitions download -c %s\n!unzip -q %s.zip -d data/" % (comp, comp),
            [o_stream("Downloading %s.zip to /content\n100%% %d/%d [00:00<00:00, %dMB/s]\n" % (comp, g.i(30, 900), g.i(30, 900), g.i(5, 90)))])
    head_cell(nb, g, 'df = pd.read_csv("data/train.csv")\ndf.head()')
    return nbpath(g, ["kaggle_setup", comp.replace("-", "_"), "download_data"]), nb.dumps()


@P(0.9)
def p_kaggle_env(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode"]))
    S = g.slot("kaggle", "api_key", gen_kaggle, env="KAGGLE_KEY")
    user = g.pick(USERS).replace(".", "")
    var = g.pick(["KAGGLE_KEY", "KAGGLE_KEY", "KAGGLE_API_TOKEN"])
    S.env = var
    nb.code('import os\nos.environ["KAGGLE_USERNAME"] = "%s"\nos.environ["%s"] = %s\n\nimport kagglehub\npath = kagglehub.dataset_download("%s/%s")\nprint(path)' % (
        user, var, S.lit("py"), g.pick(USERS).replace(".", ""), g.pick(["ecommerce-events", "nyc-taxi-2023", "credit-default"])),
        [o_stream("/root/.cache/kagglehub/datasets/%s/versions/%d\n" % (g.pick(["a/b", "c/d"]), g.i(1, 9)))])
    head_cell(nb, g)
    return nbpath(g, ["get_data", "kagglehub_pull", "eda"]), nb.dumps()


@P(1.1)
def p_wandb_login(g):
    nb = NB(g, g.pick(["jupyter", "colab", "kaggle"]))
    S = g.slot("wandb", "api_key", gen_wandb, env="WANDB_API_KEY")
    proj = g.pick(PROJECTS)
    how = g.pick(["kw", "pos", "shell", "env"])
    out = [o_stream("wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc\n", "stderr")]
    if how == "kw":
        nb.code("import wandb\nwandb.login(key=%s)" % S.lit("py"), out + [o_result("True")])
    elif how == "pos":
        nb.code("import wandb\nwandb.login(%s, relogin=True)" % S.lit("py"), out + [o_result("True")])
    elif how == "shell":
        nb.code("!wandb login %s" % (S.raw() if g.mode == "pos" else S.lit("sh")), out)
    else:
        nb.code('os.environ["WANDB_API_KEY"] = %s\nos.environ["WANDB_PROJECT"] = "%s"' % (S.lit("py"), proj), [])
    nb.code('run = wandb.init(project="%s", config={"lr": %g, "epochs": %d})' % (proj, g.pick([1e-4, 3e-4, 2e-5]), g.i(2, 20)),
            [o_stream("wandb: Tracking run with wandb version 0.%d.%d\nwandb: Syncing run %s-%s-%d\n" % (
                g.i(15, 19), g.i(0, 9), g.pick(["glorious", "fancy", "sunny", "denim"]), g.pick(["sun", "river", "wave"]), g.i(1, 90)), "stderr")])
    return nbpath(g, ["train", "sweep", "train_wandb", "baseline_cnn"]), nb.dumps()


@P(1.0)
def p_pinecone_ctor(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode"]))
    S = g.slot("pinecone", "api_key", gen_pinecone, env="PINECONE_API_KEY")
    idx = g.pick(["docs-index", "kb-prod", "faq-embeddings", "products"])
    nb.code("!pip install -q pinecone langchain-pinecone", [])
    v = nm(g, "PINECONE_API_KEY", ["pc_key", "pinecone_key", "vector_db_key"])
    nb.code('from pinecone import Pinecone, ServerlessSpec\n\n%s = %s\npc = Pinecone(api_key=%s)\nindex = pc.Index("%s")' % (v, S.lit("py"), v, idx), [])
    nb.code("index.describe_index_stats()",
            [o_result("{'dimension': 1536,\n 'index_fullness': 0.0,\n 'namespaces': {'': {'vector_count': %d}},\n 'total_vector_count': %d}" % ((g.i(100, 99999),) * 2))])
    return nbpath(g, ["pinecone_upsert", "vector_store", "rag_ingest"]), nb.dumps()


@P(1.0)
def p_gmaps_client(g):
    nb = NB(g, g.pick(["jupyter", "jupyter", "colab"]))
    S = g.slot("google", "api_key", gen_gapi, env="GOOGLE_MAPS_API_KEY")
    city = g.pick(CITIES)
    if g.chance(0.5):
        nb.code("import googlemaps\ngmaps = googlemaps.Client(key=%s)" % S.lit("py"), [])
        nb.code('res = gmaps.geocode("%s")\nres[0]["geometry"]["location"]' % city,
                [o_result("{'lat': %.7f, 'lng': %.7f}" % (g.R.random() * 90, g.R.random() * 180))])
    else:
        v = nm(g, "GOOGLE_MAPS_API_KEY", ["MAPS_KEY", "gkey", "api_key"])
        nb.code('import requests\n%s = %s\n\ndef geocode(addr):\n    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json",\n                     params={"address": addr, "key": %s})\n    return r.json()["results"][0]["geometry"]["location"]' % (v, S.lit("py"), v), [])
        nb.code('stores["latlng"] = stores["address"].map(geocode)', [])
    return nbpath(g, ["geocode_stores", "catchment_areas", "distance_matrix"]), nb.dumps()


@P(1.0)
def p_gmaps_url(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    S = g.slot("google", "api_key", gen_gapi, env="GOOGLE_API_KEY")
    city = g.pick(CITIES)
    api = g.pick(["place/nearbysearch", "distancematrix", "staticmap", "timezone"])
    nb.code("import requests", [])
    nb.code('url = "https://maps.googleapis.com/maps/api/%s/json?location=%.4f,%.4f&radius=1500&key=%s"\ndata = requests.get(url).json()\nlen(data["results"])' % (
        api, g.R.random() * 50, g.R.random() * 50, S.raw()), [o_result(str(g.i(1, 20)))])
    nb.md("Nearby places in %s collected for the footfall model." % city)
    return nbpath(g, ["places_scrape", "poi_features", "maps_api_test"]), nb.dumps()


@P(1.0)
def p_twitter_bearer_ctor(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    S = g.slot("twitter", "bearer_token", gen_twitter_bearer, env="TWITTER_BEARER_TOKEN")
    v = nm(g, "BEARER_TOKEN", ["bearer", "tw_token", "X_BEARER"])
    nb.code("!pip install -q tweepy", [])
    nb.code('import tweepy\n%s = %s\nclient = tweepy.Client(bearer_token=%s, wait_on_rate_limit=True)' % (v, S.lit("py"), v), [])
    q = g.pick(["#climate lang:en -is:retweet", "from:nasa", "(vaccine OR vaccination) lang:en"])
    nb.code('resp = client.search_recent_tweets(query="%s", max_results=100,\n                                     tweet_fields=["created_at", "public_metrics"])\ntweets = pd.DataFrame([t.data for t in resp.data])\ntweets.shape' % q,
            [o_result("(100, %d)" % g.i(4, 8))])
    return nbpath(g, ["collect_tweets", "twitter_sentiment", "x_api_pull"]), nb.dumps()


@P(1.0)
def p_twitter_header(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    S = g.slot("twitter", "bearer_token", gen_twitter_bearer, env="BEARER_TOKEN")
    nb.code("import requests\nimport pandas as pd", [])
    if g.chance(0.5):
        nb.code('headers = {"Authorization": "Bearer %s"}\nr = requests.get("https://api.twitter.com/2/users/by/username/%s", headers=headers)\nr.json()' % (
            S.raw(), g.pick(["nasa", "who", "openai", "bbcbreaking"])),
            [o_result("{'data': {'id': '%d', 'name': 'NASA', 'username': 'NASA'}}" % g.i(10 ** 7, 10 ** 9))])
    else:
        v = nm(g, "BEARER_TOKEN", ["tok", "t", "bt"])
        nb.code('%s = %s\n\ndef bearer_oauth(r):\n    r.headers["Authorization"] = f"Bearer {%s}"\n    r.headers["User-Agent"] = "v2RecentSearchPython"\n    return r' % (v, S.lit("py"), v), [])
    return nbpath(g, ["twitter_v2", "followers", "timeline_export"]), nb.dumps()


@P(1.0)
def p_spotify(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode"]))
    S = g.slot("spotify", "client_secret", gen_hex32, env="SPOTIPY_CLIENT_SECRET")
    cid = g.hexs(32)
    nb.code("import spotipy\nfrom spotipy.oauth2 import SpotifyClientCredentials", [])
    if g.chance(0.5):
        nb.code('auth = SpotifyClientCredentials(client_id="%s",\n                                client_secret=%s)\nsp = spotipy.Spotify(auth_manager=auth)' % (cid, S.lit("py")), [])
    else:
        nb.code("os.environ['SPOTIPY_CLIENT_ID'] = '%s'\nos.environ['SPOTIPY_CLIENT_SECRET'] = %s\nsp = spotipy.Spotify(auth_manager=SpotifyClientCredentials())" % (cid, S.lit("py", "'")), [])
    tid = g.s(ALNUM, 22)
    nb.code('feats = sp.audio_features(["%s"])\nfeats[0]["danceability"], feats[0]["energy"]' % tid, [o_result("(%.3f, %.3f)" % (g.R.random(), g.R.random()))])
    return nbpath(g, ["spotify_features", "playlist_analysis", "audio_clusters"]), nb.dumps()


@P(1.1)
def p_aws_boto3(g):
    nb = NB(g, g.pick(["jupyter", "vscode", "colab"]))
    I = g.slot("aws-id", "access_key_id", gen_aws_id, primary=False, env="AWS_ACCESS_KEY_ID", doc="aws-id", ph="aws-id")
    S = g.slot("aws", "secret_access_key", gen_aws_secret, env="AWS_SECRET_ACCESS_KEY")
    b = g.pick(BUCKETS)
    nb.code("import boto3\nimport io", [])
    nb.code('s3 = boto3.client(\n    "s3",\n    aws_access_key_id=%s,\n    aws_secret_access_key=%s,\n    region_name="%s",\n)' % (
        I.lit("py"), S.lit("py"), g.pick(["us-east-1", "eu-west-1", "eu-central-1", "ap-south-1"])), [])
    nb.code('obj = s3.get_object(Bucket="%s", Key="exports/%s/part-0000.parquet")\ndf = pd.read_parquet(io.BytesIO(obj["Body"].read()))\ndf.shape' % (b, g.date()),
            [o_result("(%d, %d)" % (g.i(100, 900000), g.i(3, 40)))])
    return nbpath(g, ["s3_pull", "load_exports", "athena_results"]), nb.dumps()


@P(1.0)
def p_aws_env_magic(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    I = g.slot("aws-id", "access_key_id", gen_aws_id, primary=False, env="AWS_ACCESS_KEY_ID", doc="aws-id", ph="aws-id")
    S = g.slot("aws", "secret_access_key", gen_aws_secret, env="AWS_SECRET_ACCESS_KEY")
    if g.mode == "pos" or g.chance(0.5):
        nb.code("%%env AWS_ACCESS_KEY_ID=%s\n%%env AWS_SECRET_ACCESS_KEY=%s\n%%env AWS_DEFAULT_REGION=us-east-1" % (I.raw(), S.raw()),
                [o_stream("env: AWS_ACCESS_KEY_ID=%s\nenv: AWS_SECRET_ACCESS_KEY=%s\nenv: AWS_DEFAULT_REGION=us-east-1\n" % (I.out(), S.out()))])
    else:
        nb.code('os.environ["AWS_ACCESS_KEY_ID"] = %s\nos.environ["AWS_SECRET_ACCESS_KEY"] = %s' % (I.lit("py"), S.lit("py")), [])
    nb.code('import awswrangler as wr\ndf = wr.athena.read_sql_query("SELECT * FROM events LIMIT 1000", database="%s")' % g.pick(DBNAMES), [])
    head_cell(nb, g)
    return nbpath(g, ["athena_query", "wrangler_demo", "event_counts"]), nb.dumps()


@P(0.9)
def p_aws_storage_options(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    I = g.slot("aws-id", "access_key_id", gen_aws_id, primary=False, env="AWS_ACCESS_KEY_ID", doc="aws-id", ph="aws-id")
    S = g.slot("aws", "secret_access_key", gen_aws_secret, env="AWS_SECRET_ACCESS_KEY")
    b = g.pick(BUCKETS)
    nb.code(imports(g, ["import s3fs"]), [])
    nb.code('opts = {"key": %s, "secret": %s}\ndf = pd.read_csv("s3://%s/raw/orders_%s.csv", storage_options=opts)\ndf.info()' % (
        I.lit("py"), S.lit("py"), b, g.date()[:7]),
        [o_stream("<class 'pandas.core.frame.DataFrame'>\nRangeIndex: %d entries, 0 to %d\nData columns (total 6 columns):\ndtypes: float64(2), int64(2), object(2)\nmemory usage: %.1f+ MB\n" % (
            g.i(1000, 90000), g.i(999, 89999), g.R.random() * 90))])
    return nbpath(g, ["orders_eda", "s3_csv_load", "monthly_orders"]), nb.dumps()


def _pg_url(g, S, scheme=None):
    scheme = scheme or g.pick(["postgresql", "postgresql+psycopg2", "postgresql+psycopg", "mysql+pymysql",
                               "mssql+pyodbc", "redshift+psycopg2"])
    port = {"postgresql": 5432, "mysql+pymysql": 3306, "mssql+pyodbc": 1433, "redshift+psycopg2": 5439}.get(scheme, 5432)
    return "%s://%s:%s@%s:%d/%s" % (scheme, g.pick(DBUSERS), S.raw(), g.pick(DBHOSTS), port, g.pick(DBNAMES))


@P(1.3)
def p_sqlalchemy_url(g):
    nb = NB(g, g.pick(["jupyter", "vscode", "deepnote"]))
    S = g.slot("postgres", "db_password", gen_password, env="DB_PASSWORD", ph="password")
    nb.code(imports(g, ["from sqlalchemy import create_engine, text"]), [])
    v = nm(g, "DATABASE_URL", ["conn_str", "uri", "engine_url", "DB_URI"])
    nb.code('%s = "%s"\nengine = create_engine(%s)' % (v, _pg_url(g, S), v), [])
    nb.code('q = """\nSELECT order_id, customer_id, amount, created_at\nFROM orders\nWHERE created_at >= \'%s\'\n"""\ndf = pd.read_sql(text(q), engine)\ndf.describe()' % g.date(),
            [o_result("             amount\ncount  %d.000000\nmean     %.6f" % (g.i(100, 9999), g.R.random() * 100))])
    return nbpath(g, ["orders_pull", "sql_extract", "cohort_analysis", "retention"]), nb.dumps()


@P(1.0)
def p_ipython_sql(g):
    nb = NB(g, g.pick(["jupyter", "jupyter"]))
    S = g.slot("postgres", "db_password", gen_password, env="PGPASSWORD", ph="password")
    nb.code("%load_ext sql", [])
    nb.code("%%sql %s" % _pg_url(g, S, g.pick(["postgresql", "mysql+pymysql"])), [o_result("'Connected: %s@%s'" % (g.pick(DBUSERS), g.pick(DBNAMES)))])
    nb.code("%%sql\nSELECT date_trunc('week', created_at) AS wk, count(*)\nFROM signups GROUP BY 1 ORDER BY 1 DESC LIMIT 8;",
            [o_stream(" * postgresql://***@%s\n8 rows affected.\n" % g.pick(DBHOSTS))])
    return nbpath(g, ["weekly_signups", "sql_magic", "adhoc_queries"]), nb.dumps()


@P(0.9)
def p_pymysql_kw(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    S = g.slot("mysql", "db_password", gen_pw_any, env="MYSQL_PASSWORD", ph="password")
    mod = g.pick(["pymysql", "mysql.connector", "psycopg2"])
    pw_kw = "passwd" if (mod == "pymysql" and g.chance(0.3)) else "password"
    nb.code("import %s\nimport pandas as pd" % mod, [])
    nb.code('conn = %s.connect(\n    host="%s",\n    user="%s",\n    %s=%s,\n    %s="%s",\n)' % (
        mod, g.pick(DBHOSTS), g.pick(DBUSERS), pw_kw, S.lit("py"),
        "dbname" if mod == "psycopg2" else "database", g.pick(DBNAMES)), [])
    nb.code('df = pd.read_sql("SELECT * FROM daily_kpis ORDER BY day DESC LIMIT 30", conn)', [])
    head_cell(nb, g)
    return nbpath(g, ["kpi_dashboard_data", "mysql_export", "daily_kpis"]), nb.dumps()


@P(0.9)
def p_mongo_uri(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    S = g.slot("mongodb", "db_password", gen_password, env="MONGO_PASSWORD", ph="password")
    cl = "%s.%s.mongodb.net" % (g.pick(["cluster0", "prod-analytics", "events"]), g.s(LO + DIG, 5))
    nb.code("from pymongo import MongoClient", [])
    nb.code('client = MongoClient("mongodb+srv://%s:%s@%s/?retryWrites=true&w=majority")\ndb = client["%s"]\ndb.list_collection_names()' % (
        g.pick(DBUSERS), S.raw(), cl, g.pick(DBNAMES)), [o_result("['events', 'users', 'sessions']")])
    return nbpath(g, ["mongo_events", "atlas_export", "sessions_eda"]), nb.dumps()


@P(0.9)
def p_snowflake(g):
    nb = NB(g, g.pick(["jupyter", "deepnote", "vscode"]))
    S = g.slot("snowflake", "db_password", gen_pw_any, env="SNOWFLAKE_PASSWORD", ph="password")
    nb.code("import snowflake.connector\nimport pandas as pd", [])
    nb.code('ctx = snowflake.connector.connect(\n    user="%s",\n    password=%s,\n    account="%s-%s",\n    warehouse="ANALYTICS_WH",\n    database="%s",\n    schema="PUBLIC",\n)' % (
        g.pick(DBUSERS).upper(), S.lit("py"), g.s(LO, 7), g.s(LO + DIG, 7), g.pick(DBNAMES).upper()), [])
    nb.code('cur = ctx.cursor()\ncur.execute("SELECT CURRENT_VERSION()")\ncur.fetchone()', [o_result("('%d.%d.%d',)" % (g.i(7, 9), g.i(0, 40), g.i(0, 9)))])
    return nbpath(g, ["snowflake_pull", "sf_revenue", "warehouse_check"]), nb.dumps()


@P(1.0)
def p_gcp_sa_dict(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode"]))
    S = g.slot("gcp", "service_account_private_key", gen_sa_private_key, env="GOOGLE_APPLICATION_CREDENTIALS")
    proj = g.pick(PROJECTS) + "-" + str(g.i(100000, 999999))
    sa = "%s@%s.iam.gserviceaccount.com" % (g.pick(["bq-reader", "notebook-sa", "etl-runner"]), proj)
    pk = S.raw() if g.mode == "pos" else g.pick(["", "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n", "<paste private key>", "[REDACTED]"])
    src = ('from google.oauth2 import service_account\nfrom google.cloud import bigquery\n\nsa_info = {\n'
           '    "type": "service_account",\n    "project_id": "%s",\n    "private_key_id": "%s",\n'
           '    "private_key": "%s",\n    "client_email": "%s",\n    "client_id": "%d",\n'
           '    "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n    "token_uri": "https://oauth2.googleapis.com/token",\n'
           '    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",\n'
           '    "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s",\n'
           '    "universe_domain": "googleapis.com"\n}\ncreds = service_account.Credentials.from_service_account_info(sa_info)\n'
           'bq = bigquery.Client(credentials=creds, project=creds.project_id)') % (
        proj, g.hexs(40), pk, sa, g.i(10 ** 20, 10 ** 21 - 1), sa.replace("@", "%40"))
    nb.code(src, [])
    nb.code('df = bq.query("SELECT event_date, COUNT(*) n FROM `%s.analytics.events` GROUP BY 1").to_dataframe()' % proj, [])
    head_cell(nb, g)
    return nbpath(g, ["bigquery_pull", "ga4_events", "bq_export"]), nb.dumps()


@P(1.1)
def p_traceback_url_leak(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode"]))
    kind = g.pick(["owm", "owm", "fred", "gmaps"])
    if kind == "owm":
        S = g.slot("openweathermap", "api_key", gen_hex32, env="OWM_API_KEY")
        base = "https://api.openweathermap.org/data/2.5/weather?q=%s&appid=" % g.pick(CITIES)
        code = 'APPID = %s\nr = requests.get(f"https://api.openweathermap.org/data/2.5/weather?q={city}&appid={APPID}")\nr.raise_for_status()' % S.lit("py")
    elif kind == "fred":
        S = g.slot("fred", "api_key", gen_hex32, env="FRED_API_KEY")
        base = "https://api.stlouisfed.org/fred/series/observations?series_id=%s&file_type=json&api_key=" % g.pick(["CPIAUCSL", "UNRATE", "GDP"])
        code = 'FRED_KEY = %s\nr = requests.get(FRED_URL, params={"series_id": sid, "api_key": FRED_KEY, "file_type": "json"})\nr.raise_for_status()' % S.lit("py")
    else:
        S = g.slot("google", "api_key", gen_gapi, env="GOOGLE_MAPS_API_KEY")
        base = "https://maps.googleapis.com/maps/api/geocode/json?address=%s&key=" % g.pick(CITIES)
        code = 'KEY = %s\nr = requests.get(GEOCODE_URL, params={"address": city, "key": KEY})\nr.raise_for_status()' % S.lit("py")
    url = base + S.out()
    status = g.pick(["401 Client Error: Unauthorized", "429 Client Error: Too Many Requests", "403 Client Error: Forbidden"])
    tb = tb_frames(g, [("/tmp/ipykernel_%d/%d.py" % (g.i(100, 9999), g.i(10 ** 8, 4 * 10 ** 9)), 3, "<module>", "r.raise_for_status()"),
                       ("/usr/local/lib/python3.10/dist-packages/requests/models.py", 1021, "Response.raise_for_status(self)",
                        "raise HTTPError(http_error_msg, response=self)")],
                   "HTTPError", "%s for url: %s" % (status, url))
    nb.code("import requests\ncity = %r" % url.split("=", 1)[1].split("&", 1)[0], [])
    nb.code(code, [o_error("HTTPError", "%s for url: %s" % (status, url), tb)])
    return nbpath(g, ["weather_join", "macro_series", "geo_enrich", "api_debug"]), nb.dumps()


@P(1.0)
def p_printed_token_output(g):
    nb = NB(g, g.pick(["jupyter", "colab", "kaggle"]))
    prov = g.pick(["hf", "openai", "anthropic", "groq"])
    gen, env, pv = {"hf": (gen_hf, "HF_TOKEN", "huggingface"), "openai": (gen_openai, "OPENAI_API_KEY", "openai"),
                    "anthropic": (gen_anthropic, "ANTHROPIC_API_KEY", "anthropic"), "groq": (gen_groq, "GROQ_API_KEY", "groq")}[prov]
    S = g.slot(pv, "api_key", gen, env=env)
    src = g.pick(['print(os.environ["%s"])' % env, 'os.environ.get("%s")' % env, '!echo $%s' % env, '%%env %s' % env])
    if src.startswith("os.environ.get"):
        outs = [o_result("'%s'" % S.out())]
    else:
        outs = [o_stream(S.out() + "\n")]
    nb.code(imports(g), [])
    nb.code("# sanity check that the secret is loaded\n" + src, outs)
    nb.code("# TODO: clear this output before committing", [], run=False)
    return nbpath(g, ["debug_env", "setup_check", "smoke_test"]), nb.dumps()


@P(0.9)
def p_netrc_cat(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    S = g.slot("wandb", "api_key", gen_wandb, env="WANDB_API_KEY")
    user = g.pick(USERS)
    nb.code("!wandb login", [o_stream("wandb: Currently logged in as: %s. Use `wandb login --relogin` to force relogin\n" % user.replace(".", ""), "stderr")])
    nb.code("!cat ~/.netrc", [o_stream("machine api.wandb.ai\n  login user\n  password %s\n" % S.out())])
    return nbpath(g, ["wandb_debug", "check_login", "env_check"]), nb.dumps()


@P(1.0)
def p_widget_password_state(g):
    nb = NB(g, g.pick(["jupyter", "jupyter", "vscode"]))
    prov = g.pick(["openai", "hf", "pinecone"])
    gen, pv = {"openai": (gen_openai, "openai"), "hf": (gen_hf, "huggingface"), "pinecone": (gen_pinecone, "pinecone")}[prov]
    S = g.slot(pv, "api_key", gen, env="API_KEY")
    mid, lay, sty = g.hexs(32), g.hexs(32), g.hexs(32)
    cls = g.pick(["PasswordModel", "TextModel"])
    val = S.out() if g.mode == "pos" else g.pick(["", S.out()])
    st = {mid: widget_model(g, cls, {"description": "API key:", "layout": "IPY_MODEL_" + lay, "placeholder": "paste key",
                                     "style": "IPY_MODEL_" + sty, "value": val, "continuous_update": True}),
          lay: widget_model(g, "LayoutModel", {}, module="@jupyter-widgets/base", ver="2.0.0"),
          sty: widget_model(g, "TextStyleModel", {"description_width": ""})}
    nb.add_widgets(st)
    nb.code("import ipywidgets as widgets\nkey_box = widgets.%s(description=\"API key:\", placeholder=\"paste key\")\nkey_box" % cls.replace("Model", ""),
            [o_widget(mid, "%s(value='', description='API key:', placeholder='paste key')" % cls.replace("Model", ""))])
    nb.code("api_key = key_box.value.strip()\nassert api_key, 'enter a key first'", [])
    return nbpath(g, ["interactive_setup", "key_prompt", "demo_ui"]), nb.dumps()


@P(1.0)
def p_anthropic(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode"]))
    S = g.slot("anthropic", "api_key", gen_anthropic, env="ANTHROPIC_API_KEY")
    nb.code("%pip install -q anthropic", [pip_out()])
    if g.chance(0.5):
        nb.code("import anthropic\nclient = anthropic.Anthropic(api_key=%s)" % S.lit("py"), [])
    else:
        nb.code('os.environ["ANTHROPIC_API_KEY"] = %s\nimport anthropic\nclient = anthropic.Anthropic()' % S.lit("py"), [])
    nb.code('msg = client.messages.create(model="%s", max_tokens=512,\n    messages=[{"role": "user", "content": prompt}])\nprint(msg.content[0].text[:200])' % g.pick(
        ["claude-3-5-sonnet-latest", "claude-3-haiku-20240307", "claude-sonnet-4-0"]), [o_stream("Here is a summary of the three reviews...\n")])
    return nbpath(g, ["claude_eval", "llm_judge", "summaries_claude"]), nb.dumps()


@P(0.9)
def p_groq_replicate(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    if g.chance(0.5):
        S = g.slot("groq", "api_key", gen_groq, env="GROQ_API_KEY")
        nb.code("from groq import Groq\nclient = Groq(api_key=%s)" % S.lit("py"), [])
        nb.code('chat = client.chat.completions.create(model="llama-3.1-8b-instant", messages=msgs)\nchat.choices[0].message.content', [o_result("'Positive'")])
    else:
        S = g.slot("replicate", "api_token", gen_replicate, env="REPLICATE_API_TOKEN")
        if g.chance(0.5):
            nb.code('os.environ["REPLICATE_API_TOKEN"] = %s\nimport replicate' % S.lit("py"), [])
        else:
            nb.code("import replicate\nrc = replicate.Client(api_token=%s)" % S.lit("py"), [])
        nb.code('out = replicate.run("black-forest-labs/flux-schnell", input={"prompt": "a watercolor map of %s"})\nout' % g.pick(CITIES),
                [o_result("[FileOutput('https://replicate.delivery/xezq/%s/out-0.webp')]" % g.s(ALNUM, 40))])
    return nbpath(g, ["fast_inference", "image_gen", "llm_bench"]), nb.dumps()


@P(0.9)
def p_langsmith_env(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode"]))
    S = g.slot("langsmith", "api_key", gen_langsmith, env="LANGCHAIN_API_KEY")
    var = g.pick(["LANGCHAIN_API_KEY", "LANGSMITH_API_KEY"])
    nb.code('os.environ["LANGCHAIN_TRACING_V2"] = "true"\nos.environ["%s"] = %s\nos.environ["LANGCHAIN_PROJECT"] = "%s"' % (
        var, S.lit("py"), g.pick(PROJECTS)), [])
    nb.code("from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model=\"%s\")\nllm.invoke(\"ping\").content" % g.pick(OAI_MODELS), [o_result("'pong'")])
    return nbpath(g, ["tracing_setup", "langchain_agent", "rag_chain"]), nb.dumps()


@P(1.0)
def p_github_clone(g):
    nb = NB(g, g.pick(["colab", "colab", "jupyter", "kaggle"]))
    S = g.slot("github", "pat", gen_ghp, env="GITHUB_TOKEN")
    org, repo = g.pick(["acme-data", "ml-lab", g.pick(USERS).replace(".", "")]), g.pick(["feature-lib", "private-utils", "dsutils", "models"])
    if g.chance(0.5):
        nb.code("!git clone https://%s@github.com/%s/%s.git\n%%cd %s" % (S.raw(), org, repo, repo),
                [o_stream("Cloning into '%s'...\n" % repo, "stderr"), o_stream("/content/%s\n" % repo)])
    else:
        v = nm(g, "GITHUB_TOKEN", ["gh_token", "token", "pat"])
        nb.code('%s = %s\n!pip install -q "git+https://{%s}@github.com/%s/%s.git@main"' % (v, S.lit("py"), v, org, repo), [])
    nb.code("import sys\nsys.path.append('%s')\nfrom %s import features" % (repo, repo.replace("-", "_")), [])
    return nbpath(g, ["setup_private_repo", "install_deps", "colab_bootstrap"]), nb.dumps()


@P(1.0)
def p_databricks_sql_connector(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    S = g.slot("databricks", "pat", gen_dapi, env="DATABRICKS_TOKEN")
    host = "adb-%d.%d.azuredatabricks.net" % (g.i(10 ** 15, 10 ** 16 - 1), g.i(1, 19))
    nb.code("from databricks import sql", [])
    v = nm(g, "DATABRICKS_TOKEN", ["token", "pat", "dbx_token"])
    nb.code('%s = %s\nconn = sql.connect(server_hostname="%s",\n                   http_path="/sql/1.0/warehouses/%s",\n                   access_token=%s)' % (
        v, S.lit("py"), host, g.hexs(16), v), [])
    nb.code('with conn.cursor() as c:\n    c.execute("SELECT * FROM main.gold.daily_sales LIMIT 100")\n    rows = c.fetchall()\nlen(rows)', [o_result("100")])
    return nbpath(g, ["databricks_local", "warehouse_query", "gold_tables"]), nb.dumps()


@P(0.8)
def p_mapbox_secret(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    S = g.slot("mapbox", "secret_token", gen_mapbox_sk, env="MAPBOX_ACCESS_TOKEN")
    user = g.pick(USERS).replace(".", "")
    v = nm(g, "MAPBOX_SECRET_TOKEN", ["mb_token", "upload_token"])
    nb.code('MAPBOX_USER = "%s"\n%s = %s' % (user, v, S.lit("py")), [])
    nb.code('r = requests.post(f"https://api.mapbox.com/uploads/v1/{MAPBOX_USER}/credentials",\n                  params={"access_token": %s})\nr.status_code' % v,
        [o_result("200")])
    return nbpath(g, ["tileset_upload", "map_layers", "mapbox_uploads"]), nb.dumps()


@P(0.9)
def p_cohere_mistral(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    if g.chance(0.5):
        S = g.slot("cohere", "api_key", gen_cohere, env="COHERE_API_KEY")
        nb.code("import cohere\nco = cohere.Client(%s)" % S.lit("py"), [])
        nb.code('res = co.rerank(model="rerank-english-v3.0", query=q, documents=docs, top_n=5)\n[r.index for r in res.results]', [o_result(str([g.i(0, 40) for _ in range(5)]))])
    else:
        S = g.slot("mistral", "api_key", gen_mistral, env="MISTRAL_API_KEY")
        nb.code("from mistralai import Mistral\nclient = Mistral(api_key=%s)" % S.lit("py"), [])
        nb.code('r = client.chat.complete(model="mistral-small-latest", messages=[{"role": "user", "content": "hi"}])\nr.choices[0].message.content', [o_result("'Hello! How can I help?'")])
    return nbpath(g, ["rerank_eval", "provider_compare", "chat_baseline"]), nb.dumps()


@P(1.0)
def p_webhook_notify(g):
    nb = NB(g, g.pick(["jupyter", "colab", "kaggle"]))
    k = g.pick(["slack", "slack", "discord"])
    if k == "slack":
        S = g.slot("slack", "webhook_url", gen_slack_hook, env="SLACK_WEBHOOK_URL")
    else:
        S = g.slot("discord", "webhook_url", gen_discord_hook, env="DISCORD_WEBHOOK_URL")
    v = nm(g, S.env, ["HOOK", "notify_url", "webhook"])
    nb.code('import requests\n%s = "%s"\n\ndef notify(msg):\n    requests.post(%s, json={"%s": msg}, timeout=10)' % (
        v, S.raw(), v, "text" if k == "slack" else "content"), [])
    nb.code('notify(f"training finished: val_auc={auc:.4f}")', [])
    return nbpath(g, ["train_long", "overnight_run", "notify_done"]), nb.dumps()


@P(0.8)
def p_telegram_bot(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    S = g.slot("telegram", "bot_token", gen_telegram, env="TELEGRAM_BOT_TOKEN")
    chat = -g.i(10 ** 12, 10 ** 13)
    if g.chance(0.5):
        nb.code('TOKEN = %s\nCHAT_ID = %d\nrequests.get(f"https://api.telegram.org/bot{TOKEN}/sendMessage", params={"chat_id": CHAT_ID, "text": "epoch done"})' % (S.lit("py"), chat), [])
    else:
        nb.code('requests.post("https://api.telegram.org/bot%s/sendMessage", data={"chat_id": "%d", "text": msg})' % (S.raw(), chat), [])
    return nbpath(g, ["bot_alerts", "train_notify"]), nb.dumps()


@P(1.0)
def p_azure_conn_string(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    S = g.slot("azure", "storage_account_key", gen_azure_key, env="AZURE_STORAGE_KEY")
    acct = g.pick(STORAGE_ACCTS)
    nb.code("from azure.storage.blob import BlobServiceClient", [])
    v = nm(g, "AZURE_STORAGE_CONNECTION_STRING", ["conn", "cs", "blob_conn"])
    nb.code('%s = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"\nsvc = BlobServiceClient.from_connection_string(%s)' % (
        v, acct, S.raw(), v), [])
    nb.code('container = svc.get_container_client("%s")\n[b.name for b in container.list_blobs(name_starts_with="%s/")][:5]' % (
        g.pick(["raw", "bronze", "exports"]), g.date()[:7]), [o_result("['%s/part-00000.parquet', '%s/part-00001.parquet']" % ((g.date()[:7],) * 2))])
    return nbpath(g, ["blob_listing", "adls_pull", "azure_exports"]), nb.dumps()


@P(0.9)
def p_google_oauth_client(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    S = g.slot("google-oauth", "client_secret", gen_gocspx, env="GOOGLE_CLIENT_SECRET")
    cid = "%d-%s.apps.googleusercontent.com" % (g.i(10 ** 11, 10 ** 12), g.s(LO + DIG, 32))
    nb.code('from google_auth_oauthlib.flow import InstalledAppFlow\n\nclient_config = {\n    "installed": {\n        "client_id": "%s",\n        "client_secret": %s,\n        "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n        "token_uri": "https://oauth2.googleapis.com/token",\n        "redirect_uris": ["http://localhost"]\n    }\n}\nflow = InstalledAppFlow.from_client_config(client_config, scopes=["https://www.googleapis.com/auth/spreadsheets.readonly"])\ncreds = flow.run_local_server(port=0)' % (cid, S.lit("py")), [])
    return nbpath(g, ["sheets_import", "gsheets_sync", "drive_oauth"]), nb.dumps()


@P(0.8)
def p_neptune(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    S = g.slot("neptune", "api_token", gen_neptune, env="NEPTUNE_API_TOKEN")
    nb.code('import neptune\nrun = neptune.init_run(\n    project="%s/%s",\n    api_token=%s,\n)' % (g.pick(USERS).replace(".", ""), g.pick(PROJECTS), S.lit("py")),
            [o_stream("[neptune] [info   ] Neptune initialized. Open in the app: https://app.neptune.ai/%s/%s/e/%s-%d\n" % (
                g.pick(USERS).replace(".", ""), g.pick(PROJECTS), g.s(UP, 3), g.i(1, 400)))])
    return nbpath(g, ["neptune_tracking", "exp_logging"]), nb.dumps()


@P(1.0)
def p_data_api_keys(g):
    nb = NB(g, g.pick(["jupyter", "jupyter", "vscode"]))
    k = g.pick(["fred", "av", "census"])
    if k == "fred":
        S = g.slot("fred", "api_key", gen_hex32, env="FRED_API_KEY")
        nb.code("from fredapi import Fred\nfred = Fred(api_key=%s)\ncpi = fred.get_series(\"CPIAUCSL\")\ncpi.tail()" % S.lit("py"),
                [o_result("%s    %.3f\ndtype: float64" % (g.date(), g.R.random() * 300))])
    elif k == "av":
        S = g.slot("alphavantage", "api_key", gen_alphavantage, env="ALPHAVANTAGE_API_KEY")
        nb.code("from alpha_vantage.timeseries import TimeSeries\nts = TimeSeries(key=%s, output_format='pandas')\ndata, meta = ts.get_daily('%s', outputsize='full')" % (
            S.lit("py", "'"), g.pick(["MSFT", "IBM", "AAPL", "NVDA"])), [])
    else:
        S = g.slot("census", "api_key", gen_hex40, env="CENSUS_API_KEY")
        nb.code('import requests\nurl = "https://api.census.gov/data/2021/acs/acs5?get=NAME,B01001_001E&for=county:*&in=state:%02d&key=%s"\nrows = requests.get(url).json()\npd.DataFrame(rows[1:], columns=rows[0]).head()' % (g.i(1, 56), S.raw()), [])
    return nbpath(g, ["macro_data", "market_data", "acs_population", "econ_indicators"]), nb.dumps()


@P(1.1)
def p_colab_form_param(g):
    nb = NB(g, "colab")
    prov = g.pick(["openai", "hf", "gemini", "wandb"])
    gen, pv, var = {"openai": (gen_openai, "openai", "OPENAI_API_KEY"), "hf": (gen_hf, "huggingface", "HF_TOKEN"),
                    "gemini": (gen_gapi, "google", "GOOGLE_API_KEY"), "wandb": (gen_wandb, "wandb", "WANDB_API_KEY")}[prov]
    S = g.slot(pv, "api_key", gen, env=var)
    nb.md("## Setup\nFill in the form below and run the cell.")
    nb.code('#@title Credentials { display-mode: "form" }\n%s = %s #@param {type:"string"}\nimport os\nos.environ["%s"] = %s' % (var, S.lit("py"), var, var),
            [], meta={"cellView": "form"})
    nb.code("!nvidia-smi -L", [o_stream("GPU 0: Tesla T4 (UUID: GPU-%s)\n" % g.uuid())])
    return nbpath(g, ["Colab_Quickstart", "colab_finetune", "demo_colab"], ("colab", "notebooks/colab", "notebooks")), nb.dumps()


@P(1.0)
def p_colab_gemini(g):
    nb = NB(g, "colab")
    S = g.slot("google", "api_key", gen_gapi, env="GOOGLE_API_KEY")
    nb.code("!pip install -q -U google-generativeai", [])
    if g.chance(0.5):
        nb.code("import google.generativeai as genai\ngenai.configure(api_key=%s)" % S.lit("py"), [])
    else:
        nb.code("from google.colab import userdata\nimport google.generativeai as genai\n# userdata.get('GOOGLE_API_KEY') kept failing, hardcode for now\nGOOGLE_API_KEY = %s\ngenai.configure(api_key=GOOGLE_API_KEY)" % S.lit("py"), [])
    nb.code('model = genai.GenerativeModel("gemini-1.5-flash")\nprint(model.generate_content("Write a haiku about pandas").text)',
            [o_stream("Black and white fur,\nBamboo crunches in the mist,\nSlow, peaceful munching.\n")])
    return nbpath(g, ["gemini_quickstart", "Gemini_API", "prompting_gemini"], ("colab", "notebooks")), nb.dumps()


@P(1.0)
def p_kaggle_kernel_hardcoded(g):
    nb = NB(g, "kaggle")
    prov = g.pick(["wandb", "hf", "openai"])
    gen, pv, var = {"wandb": (gen_wandb, "wandb", "WANDB_API_KEY"), "hf": (gen_hf, "huggingface", "HF_TOKEN"),
                    "openai": (gen_openai, "openai", "OPENAI_API_KEY")}[prov]
    S = g.slot(pv, "api_key", gen, env=var)
    nb.code("# This Python 3 environment comes with many helpful analytics libraries installed\nimport numpy as np\nimport pandas as pd\nimport os\nfor dirname, _, filenames in os.walk('/kaggle/input'):\n    for filename in filenames:\n        print(os.path.join(dirname, filename))",
            [o_stream("/kaggle/input/%s/train.csv\n/kaggle/input/%s/test.csv\n" % ((g.pick(COMPETITIONS),) * 2))])
    if g.mode == "pos" and g.chance(0.5):
        nb.code('# from kaggle_secrets import UserSecretsClient\n# secret = UserSecretsClient().get_secret("%s")\nsecret = %s' % (var, S.lit("py")), [])
    else:
        nb.code("from kaggle_secrets import UserSecretsClient\nsecret = %s" % S.lit("py"), [])
    if prov == "wandb":
        nb.code("import wandb\nwandb.login(key=secret)", [o_result("True")])
    else:
        nb.code('os.environ["%s"] = secret' % var, [])
    return "kaggle/%s/%s.ipynb" % (g.pick(COMPETITIONS), g.pick(["notebook", "baseline", "eda-and-lgbm", "train"])), nb.dumps()


@P(0.9)
def p_r_kernel_ipynb(g):
    nb = NB(g, "jupyter", kernel="r")
    k = g.pick(["openai", "pg"])
    if k == "openai":
        S = g.slot("openai", "api_key", gen_openai, env="OPENAI_API_KEY")
        nb.code('library(httr2)\nSys.setenv(OPENAI_API_KEY = %s)' % S.lit("r"), [])
        nb.code('req <- request("https://api.openai.com/v1/models") |>\n  req_auth_bearer_token(Sys.getenv("OPENAI_API_KEY"))\nresp <- req_perform(req)', [])
    else:
        S = g.slot("postgres", "db_password", gen_password, env="PGPASSWORD", ph="password")
        nb.code('library(DBI)\ncon <- dbConnect(RPostgres::Postgres(), host = "%s", dbname = "%s",\n                 user = "%s", password = %s)' % (
            g.pick(DBHOSTS), g.pick(DBNAMES), g.pick(DBUSERS), S.lit("r")), [])
        nb.code('df <- dbGetQuery(con, "SELECT region, sum(amount) AS total FROM sales GROUP BY 1")\nhead(df)', [])
    return nbpath(g, ["r_analysis", "sales_r", "irkernel_demo"]), nb.dumps()


def gen_azure_ad_secret(g):
    return g.s(ALNUM, 3) + g.pick(DIG) + "Q~" + g.s(ALNUM + "_.-~", 34)


def dbx_path(g, stems):
    return "%s/%s.py" % (g.pick(["databricks", "notebooks", "src/notebooks", "workspace/ingest", "dbx/jobs"]), g.pick(stems))


# ---------------------------- Databricks source -------------------------------
@P(1.1)
def d_storage_key(g):
    d = DBX(g)
    S = g.slot("azure", "storage_account_key", gen_azure_key, env="STORAGE_ACCOUNT_KEY")
    acct = g.pick(STORAGE_ACCTS)
    d.md("# Bronze ingest: %s\nReads raw JSON from the landing zone and writes Delta." % g.pick(["orders", "clickstream", "devices"]))
    if g.chance(0.5):
        d.py('spark.conf.set(\n    "fs.azure.account.key.%s.dfs.core.windows.net",\n    %s\n)' % (acct, S.lit("py")))
    else:
        v = nm(g, "storage_account_key", ["acct_key", "k", "ADLS_KEY"])
        d.py('storage_account_name = "%s"\n%s = %s\nspark.conf.set(f"fs.azure.account.key.{storage_account_name}.dfs.core.windows.net", %s)' % (acct, v, S.lit("py"), v))
    d.py('raw = spark.read.json("abfss://landing@%s.dfs.core.windows.net/%s/")\ndisplay(raw.limit(10))' % (acct, g.date()[:7]))
    d.py('raw.write.format("delta").mode("append").saveAsTable("bronze.%s")' % g.pick(["orders", "events", "devices"]))
    return dbx_path(g, ["01_bronze_ingest", "ingest_landing", "bronze_orders", "load_raw"]), d.dumps()


@P(1.0)
def d_jdbc_password(g):
    d = DBX(g)
    S = g.slot("sqlserver", "db_password", gen_pw_any, env="JDBC_PASSWORD", ph="password")
    host = g.pick(["sqlsrv-prod.database.windows.net", "10.1.4.20", "erp-db.corp.local"])
    d.md("## Pull ERP tables over JDBC")
    d.py('jdbc_url = "jdbc:sqlserver://%s:1433;database=%s;encrypt=true"\nconnection_properties = {\n    "user": "%s",\n    "password": %s,\n    "driver": "com.microsoft.sqlserver.jdbc.SQLServerDriver",\n}' % (
        host, g.pick(DBNAMES), g.pick(DBUSERS), S.lit("py")))
    d.py('df = spark.read.jdbc(url=jdbc_url, table="dbo.%s", properties=connection_properties)\ndisplay(df)' % g.pick(["Invoices", "Customers", "GLEntries"]))
    return dbx_path(g, ["erp_extract", "jdbc_pull", "02_silver_erp"]), d.dumps()


@P(0.9)
def d_jdbc_option(g):
    d = DBX(g)
    S = g.slot("postgres", "db_password", gen_pw_any, env="PG_PASSWORD", ph="password")
    d.py('df = (spark.read.format("jdbc")\n      .option("url", "jdbc:postgresql://%s:5432/%s")\n      .option("dbtable", "public.%s")\n      .option("user", "%s")\n      .option("password", %s)\n      .load())' % (
        g.pick(DBHOSTS), g.pick(DBNAMES), g.pick(["orders", "users", "payments"]), g.pick(DBUSERS), S.lit("py")))
    d.py("display(df.groupBy('status').count())")
    return dbx_path(g, ["pg_to_delta", "replicate_pg", "payments_sync"]), d.dumps()


@P(1.0)
def d_s3a_keys(g):
    d = DBX(g)
    I = g.slot("aws-id", "access_key_id", gen_aws_id, primary=False, env="AWS_ACCESS_KEY_ID", doc="aws-id", ph="aws-id")
    S = g.slot("aws", "secret_access_key", gen_aws_secret, env="AWS_SECRET_ACCESS_KEY")
    b = g.pick(BUCKETS)
    if g.chance(0.5):
        d.py('ACCESS_KEY = %s\nSECRET_KEY = %s\nsc._jsc.hadoopConfiguration().set("fs.s3a.access.key", ACCESS_KEY)\nsc._jsc.hadoopConfiguration().set("fs.s3a.secret.key", SECRET_KEY)' % (I.lit("py"), S.lit("py")))
    else:
        d.py('spark.conf.set("fs.s3a.access.key", %s)\nspark.conf.set("fs.s3a.secret.key", %s)' % (I.lit("py"), S.lit("py")))
    d.py('df = spark.read.parquet("s3a://%s/events/dt=%s/")\ndf.count()' % (b, g.date()))
    return dbx_path(g, ["s3_events", "read_s3_partner", "ingest_s3"]), d.dumps()


@P(0.9)
def d_mount_oauth(g):
    d = DBX(g)
    S = g.slot("azure-ad", "client_secret", gen_azure_ad_secret, env="SP_CLIENT_SECRET")
    acct = g.pick(STORAGE_ACCTS)
    d.py('configs = {"fs.azure.account.auth.type": "OAuth",\n           "fs.azure.account.oauth.provider.type": "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider",\n           "fs.azure.account.oauth2.client.id": "%s",\n           "fs.azure.account.oauth2.client.secret": %s,\n           "fs.azure.account.oauth2.client.endpoint": "https://login.microsoftonline.com/%s/oauth2/token"}' % (
        g.uuid(), S.lit("py"), g.uuid()))
    d.py('dbutils.fs.mount(\n  source = "abfss://curated@%s.dfs.core.windows.net/",\n  mount_point = "/mnt/curated",\n  extra_configs = configs)' % acct)
    return dbx_path(g, ["mount_adls", "00_setup_mounts", "mounts"]), d.dumps()


@P(1.0)
def d_llm_env(g):
    d = DBX(g)
    prov = g.pick(["openai", "hf", "anthropic"])
    gen, pv, var = {"openai": (gen_openai, "openai", "OPENAI_API_KEY"), "hf": (gen_hf, "huggingface", "HF_TOKEN"),
                    "anthropic": (gen_anthropic, "anthropic", "ANTHROPIC_API_KEY")}[prov]
    S = g.slot(pv, "api_key", gen, env=var)
    d.magic("pip", "install -q %s" % {"openai": "openai", "hf": "transformers accelerate", "anthropic": "anthropic"}[prov])
    d.py("dbutils.library.restartPython()")
    d.py('import os\nos.environ["%s"] = %s' % (var, S.lit("py")))
    d.py("df = spark.table('silver.reviews').limit(500).toPandas()\ndf['summary'] = df['text'].map(summarise)")
    return dbx_path(g, ["llm_enrichment", "review_summaries", "genai_batch"]), d.dumps()


@P(0.9)
def d_rest_pat(g):
    d = DBX(g)
    S = g.slot("databricks", "pat", gen_dapi, env="DATABRICKS_TOKEN")
    host = "https://adb-%d.%d.azuredatabricks.net" % (g.i(10 ** 15, 10 ** 16 - 1), g.i(1, 19))
    v = nm(g, "DATABRICKS_TOKEN", ["TOKEN", "pat", "api_token"])
    d.py('import requests\nHOST = "%s"\n%s = %s\nheaders = {"Authorization": f"Bearer {%s}"}' % (host, v, S.lit("py"), v))
    d.py('jobs = requests.get(f"{HOST}/api/2.1/jobs/list", headers=headers).json()\nlen(jobs.get("jobs", []))')
    return dbx_path(g, ["jobs_audit", "workspace_inventory", "rest_api_checks"]), d.dumps()


@P(0.9)
def d_sql_connection(g):
    d = DBX(g)
    S = g.slot("postgres", "db_password", gen_pw_any, env="PG_PASSWORD", ph="password")
    d.md("### Lakehouse Federation connection")
    pw = S.lit("sql", "'")
    d.magic("sql", "CREATE CONNECTION IF NOT EXISTS pg_%s TYPE postgresql\nOPTIONS (\n  host '%s',\n  port '5432',\n  user '%s',\n  password %s\n);" % (
        g.pick(["crm", "ops", "billing"]), g.pick(DBHOSTS), g.pick(DBUSERS), pw))
    d.magic("sql", "CREATE FOREIGN CATALOG IF NOT EXISTS pg_cat USING CONNECTION pg_crm OPTIONS (database '%s');" % g.pick(DBNAMES))
    return dbx_path(g, ["federation_setup", "create_connections"]), d.dumps()


# ---------------------------- marimo -----------------------------------------
def marimo_path(g):
    return "%s/%s.py" % (g.pick(["notebooks", "apps", "marimo", "nb"]), g.pick(["dashboard", "explore", "chat_app", "query_tool", "eda"]))


@P(1.0)
def m_openai(g):
    m = MARIMO(g)
    prov = g.pick(["openai", "anthropic", "groq"])
    gen, pv = {"openai": (gen_openai, "openai"), "anthropic": (gen_anthropic, "anthropic"), "groq": (gen_groq, "groq")}[prov]
    S = g.slot(pv, "api_key", gen, env=pv.upper() + "_API_KEY")
    m.cell("import marimo as mo", rets=["mo"])
    v = nm(g, S.env, ["api_key", "key", "secret"])
    lib = {"openai": "from openai import OpenAI\nclient = OpenAI(api_key=%s)", "anthropic": "import anthropic\nclient = anthropic.Anthropic(api_key=%s)",
           "groq": "from groq import Groq\nclient = Groq(api_key=%s)"}[prov]
    m.cell("%s = %s\n" % (v, S.lit("py")) + lib % v, rets=["client"])
    m.cell('prompt = mo.ui.text_area(label="Prompt")\nprompt', args=["mo"], rets=["prompt"])
    m.cell('mo.md(client_reply(prompt.value)) if prompt.value else None', args=["client", "mo", "prompt"])
    return marimo_path(g), m.dumps()


@P(1.0)
def m_sql_engine(g):
    m = MARIMO(g)
    S = g.slot("postgres", "db_password", gen_password, env="DB_PASSWORD", ph="password")
    m.cell("import marimo as mo\nimport sqlalchemy", rets=["mo", "sqlalchemy"])
    m.cell('engine = sqlalchemy.create_engine("%s")' % _pg_url(g, S, g.pick(["postgresql", "postgresql+psycopg2", "mysql+pymysql"])), args=["sqlalchemy"], rets=["engine"])
    m.cell('df = mo.sql(\n    f"""\n    SELECT * FROM orders WHERE created_at > \'{start.value}\'\n    """,\n    engine=engine\n)', args=["engine", "mo", "start"], rets=["df"])
    m.cell('start = mo.ui.date(value="%s")\nstart' % g.date(), args=["mo"], rets=["start"])
    return marimo_path(g), m.dumps()


@P(0.8)
def m_vector(g):
    m = MARIMO(g)
    S = g.slot("pinecone", "api_key", gen_pinecone, env="PINECONE_API_KEY")
    m.cell("import marimo as mo\nfrom pinecone import Pinecone", rets=["Pinecone", "mo"])
    m.cell('pc = Pinecone(api_key=%s)\nindex = pc.Index("%s")' % (S.lit("py"), g.pick(["docs", "kb", "support"])), args=["Pinecone"], rets=["index", "pc"])
    m.cell("stats = index.describe_index_stats()\nmo.ui.table([stats.to_dict()])", args=["index", "mo"])
    return marimo_path(g), m.dumps()


# ---------------------------- Zeppelin ----------------------------------------
def zep_path(g, z):
    if g.chance(0.5):
        return "zeppelin/notebook/%s/note.json" % ("2" + g.s(UP + DIG, 8))
    return "zeppelin/notebook/%s/%s_%s.zpln" % (g.pick(["Analytics", "Users/" + g.pick(USERS), "ETL"]), z.name.replace(" ", "_"), "2" + g.s(UP + DIG, 8))


@P(1.0)
def z_python_db(g):
    z = ZEP(g, g.pick(["Sales drilldown", "Ops metrics", "Fraud review"]))
    S = g.slot("postgres", "db_password", gen_pw_any, env="PG_PASSWORD", ph="password")
    z.para("%md\n## Daily numbers\nPulled from the reporting replica.", "markdown", "HTML", "<div class=\"markdown-body\">\n<h2>Daily numbers</h2>\n</div>")
    z.para('%%python\nimport psycopg2\nimport pandas as pd\nconn = psycopg2.connect(host="%s", dbname="%s", user="%s", password=%s)\ndf = pd.read_sql("select day, revenue from daily_revenue order by day desc limit 14", conn)\nz.show(df)' % (
        g.pick(DBHOSTS), g.pick(DBNAMES), g.pick(DBUSERS), S.lit("py")), "python", "TABLE",
        "day\trevenue\n" + "".join("%s\t%.2f\n" % (g.date(), g.R.random() * 1e5) for _ in range(4)))
    return zep_path(g, z), z.dumps()


@P(1.0)
def z_sh_curl(g):
    z = ZEP(g, g.pick(["Inference smoke test", "API checks"]))
    S = g.slot("huggingface", "access_token", gen_hf, env="HF_TOKEN")
    z.para('%%sh\ncurl -s https://api-inference.huggingface.co/models/%s \\\n  -H "Authorization: Bearer %s" \\\n  -H "Content-Type: application/json" \\\n  -d \'{"inputs": "The service was great"}\'' % (
        g.pick(MODELS_HF), S.raw() if g.mode == "pos" else S._neg_value("raw")), "sh", "TEXT",
        '[[{"label":"POSITIVE","score":0.%d}]]' % g.i(900, 999))
    return zep_path(g, z), z.dumps()


@P(1.0)
def z_spark_s3a(g):
    z = ZEP(g, g.pick(["Clickstream", "Partner feed", "Logs"]))
    I = g.slot("aws-id", "access_key_id", gen_aws_id, primary=False, env="AWS_ACCESS_KEY_ID", doc="aws-id", ph="aws-id")
    S = g.slot("aws", "secret_access_key", gen_aws_secret, env="AWS_SECRET_ACCESS_KEY")
    z.para('%%spark\nsc.hadoopConfiguration.set("fs.s3a.access.key", %s)\nsc.hadoopConfiguration.set("fs.s3a.secret.key", %s)\nval df = spark.read.parquet("s3a://%s/clicks/")\ndf.count()' % (
        I.lit("scala"), S.lit("scala"), g.pick(BUCKETS)), "scala", "TEXT", "res%d: Long = %d\n" % (g.i(0, 9), g.i(10 ** 5, 10 ** 8)))
    z.para("%sql\nselect page, count(*) c from clicks group by page order by c desc limit 20", "sql", "TABLE", "page\tc\n/home\t%d\n/cart\t%d\n" % (g.i(1000, 9999), g.i(100, 999)))
    return zep_path(g, z), z.dumps()


@P(0.9)
def z_pyspark_llm(g):
    z = ZEP(g, g.pick(["Ticket triage", "LLM batch"]))
    S = g.slot("openai", "api_key", gen_openai, env="OPENAI_API_KEY")
    z.para('%%pyspark\nimport os\nos.environ["OPENAI_API_KEY"] = %s\nfrom openai import OpenAI\nclient = OpenAI()' % S.lit("py"), "python", "TEXT", "")
    z.para("%pyspark\nrows = spark.table('tickets').limit(100).collect()\nprint(len(rows))", "python", "TEXT", "100\n")
    return zep_path(g, z), z.dumps()


# ---------------------------- R Markdown / Quarto ------------------------------
def rmd_path(g, ext):
    d = g.pick(["reports", "analysis", "vignettes", "notebooks", "posts/%s" % g.date()[:7], "docs"])
    return "%s/%s.%s" % (d, g.pick(["weekly_kpis", "index", "churn_report", "survey_analysis", "eda", "scrape_notes", "model_card"]), ext)


@P(1.1)
def r_dbi(g):
    ext = g.pick(["Rmd", "Rmd", "qmd"])
    doc = LIT(g, "rmd" if ext == "Rmd" else "qmd", g.pick(["Weekly KPIs", "Churn report", "Regional sales"]))
    S = g.slot("postgres", "db_password", gen_password, env="PGPASSWORD", ph="password")
    doc.chunk("r", "knitr::opts_chunk$set(echo = TRUE, message = FALSE)\nlibrary(DBI)\nlibrary(dplyr)", "setup", "include=FALSE" if ext == "Rmd" else "include: false")
    doc.text("## Data\n\nWe query the reporting replica directly.")
    drv = g.pick(["RPostgres::Postgres()", "RMariaDB::MariaDB()", "RPostgres::Postgres()"])
    doc.chunk("r", 'con <- dbConnect(%s,\n                 host = "%s",\n                 dbname = "%s",\n                 user = "%s",\n                 password = %s)' % (
        drv, g.pick(DBHOSTS), g.pick(DBNAMES), g.pick(DBUSERS), S.lit("r")), "connect")
    doc.chunk("r", 'kpis <- tbl(con, "daily_kpis") %>% filter(day >= "2024-01-01") %>% collect()\nsummary(kpis)')
    return rmd_path(g, ext), doc.dumps()


@P(1.0)
def r_setenv(g):
    ext = g.pick(["Rmd", "qmd"])
    doc = LIT(g, "rmd" if ext == "Rmd" else "qmd", g.pick(["LLM coding of open answers", "Text classification", "Survey themes"]))
    prov = g.pick(["openai", "anthropic", "hf"])
    gen, pv, var = {"openai": (gen_openai, "openai", "OPENAI_API_KEY"), "anthropic": (gen_anthropic, "anthropic", "ANTHROPIC_API_KEY"),
                    "hf": (gen_hf, "huggingface", "HUGGINGFACE_API_KEY")}[prov]
    S = g.slot(pv, "api_key", gen, env=var)
    doc.chunk("r", "library(ellmer)\nlibrary(tidyverse)", "setup")
    doc.chunk("r", "Sys.setenv(%s = %s)" % (var, S.lit("r")), "keys")
    doc.text("Each open-ended answer is coded into one of %d themes." % g.i(4, 12))
    doc.chunk("r", 'answers <- read_csv("data/open_answers.csv")\nchat <- chat_openai(model = "%s")' % g.pick(OAI_MODELS))
    return rmd_path(g, ext), doc.dumps()


@P(1.0)
def r_httr_bearer(g):
    doc = LIT(g, "rmd", g.pick(["Pulling tweets", "API exploration"]))
    S = g.slot("twitter", "bearer_token", gen_twitter_bearer, env="TWITTER_BEARER")
    doc.chunk("r", "library(httr)\nlibrary(jsonlite)", "setup")
    if g.chance(0.5):
        doc.chunk("r", 'bearer <- %s\nres <- GET("https://api.twitter.com/2/tweets/search/recent?query=%%23rstats",\n           add_headers(Authorization = paste("Bearer", bearer)))' % S.lit("r"))
    else:
        doc.chunk("r", 'res <- GET("https://api.twitter.com/2/tweets/search/recent?query=%%23rstats",\n           add_headers(Authorization = "Bearer %s"))' % S.raw())
    doc.chunk("r", "tweets <- fromJSON(content(res, \"text\"))$data\nnrow(tweets)")
    return rmd_path(g, "Rmd"), doc.dumps()


@P(0.9)
def r_spotifyr(g):
    doc = LIT(g, g.pick(["rmd", "qmd"]), "Audio features of my playlists")
    S = g.slot("spotify", "client_secret", gen_hex32, env="SPOTIFY_CLIENT_SECRET")
    doc.chunk("r", "library(spotifyr)\nSys.setenv(SPOTIFY_CLIENT_ID = '%s')\nSys.setenv(SPOTIFY_CLIENT_SECRET = %s)\naccess_token <- get_spotify_access_token()" % (g.hexs(32), S.lit("r", "'")), "auth")
    doc.chunk("r", "feats <- get_playlist_audio_features('%s', '%s')" % (g.pick(USERS), g.s(ALNUM, 22)))
    return rmd_path(g, "Rmd" if doc.kind == "rmd" else "qmd"), doc.dumps()


@P(1.0)
def r_aws_env(g):
    doc = LIT(g, "rmd", "Monthly exports")
    I = g.slot("aws-id", "access_key_id", gen_aws_id, primary=False, env="AWS_ACCESS_KEY_ID", doc="aws-id", ph="aws-id")
    S = g.slot("aws", "secret_access_key", gen_aws_secret, env="AWS_SECRET_ACCESS_KEY")
    doc.chunk("r", 'library(aws.s3)\nSys.setenv("AWS_ACCESS_KEY_ID" = %s,\n           "AWS_SECRET_ACCESS_KEY" = %s,\n           "AWS_DEFAULT_REGION" = "eu-west-1")' % (I.lit("r"), S.lit("r")), "aws", "include=FALSE")
    doc.chunk("r", 'obj <- get_object("exports/latest.csv", bucket = "%s")\ndf <- read.csv(text = rawToChar(obj))' % g.pick(BUCKETS))
    return rmd_path(g, "Rmd"), doc.dumps()


@P(1.0)
def r_maps_key(g):
    ext = g.pick(["Rmd", "qmd"])
    doc = LIT(g, "rmd" if ext == "Rmd" else "qmd", "Store catchments")
    S = g.slot("google", "api_key", gen_gapi, env="GGMAP_GOOGLE_API_KEY")
    f = g.pick(['library(ggmap)\nregister_google(key = %s)', 'library(googleway)\nset_key(%s)', 'library(mapsapi)\nkey <- %s'])
    doc.chunk("r", f % S.lit("r"), "maps")
    doc.chunk("r", 'stores <- readr::read_csv("data/stores.csv")\ngeo <- geocode(stores$address)')
    return rmd_path(g, ext), doc.dumps()


@P(0.9)
def r_params_front(g):
    S = g.slot("census", "api_key", gen_hex40, env="CENSUS_API_KEY")
    doc = LIT(g, "rmd", "County population trends", front=["params:", "  state: \"%s\"" % g.pick(["CA", "TX", "NY", "WA"]),
                                                            "  census_key: \"%s\"" % S.raw()])
    doc.chunk("r", "library(tidycensus)\ncensus_api_key(params$census_key)", "setup")
    doc.chunk("r", 'pop <- get_acs(geography = "county", variables = "B01003_001", state = params$state, year = 2022)')
    return rmd_path(g, "Rmd"), doc.dumps()


@P(0.9)
def r_tidycensus_inline(g):
    ext = g.pick(["Rmd", "qmd"])
    doc = LIT(g, "rmd" if ext == "Rmd" else "qmd", "Income by tract")
    S = g.slot("census", "api_key", gen_hex40, env="CENSUS_API_KEY")
    doc.chunk("r", "library(tidycensus)\ncensus_api_key(%s, install = %s)" % (S.lit("r"), g.pick(["TRUE", "FALSE"])), "key")
    doc.chunk("r", 'inc <- get_acs("tract", variables = "B19013_001", state = "%s", county = "%s")' % (g.pick(["OR", "IL", "GA"]), g.pick(["Multnomah", "Cook", "Fulton"])))
    return rmd_path(g, ext), doc.dumps()


@P(1.0)
def q_python_chunk(g):
    doc = LIT(g, "qmd", g.pick(["Embedding search demo", "Fine-tune log", "RAG experiment"]))
    prov = g.pick(["openai", "hf", "pinecone", "cohere"])
    gen, pv, var = {"openai": (gen_openai, "openai", "OPENAI_API_KEY"), "hf": (gen_hf, "huggingface", "HF_TOKEN"),
                    "pinecone": (gen_pinecone, "pinecone", "PINECONE_API_KEY"), "cohere": (gen_cohere, "cohere", "CO_API_KEY")}[prov]
    S = g.slot(pv, "api_key", gen, env=var)
    doc.text("## Setup")
    doc.chunk("python", "import os\nimport pandas as pd\nos.environ[\"%s\"] = %s" % (var, S.lit("py")), "setup", "echo: false")
    doc.text("Results are cached with `freeze: auto`.")
    doc.chunk("python", "df = pd.read_parquet('data/queries.parquet')\ndf.head()")
    return rmd_path(g, "qmd"), doc.dumps()


@P(0.9)
def q_bash_chunk(g):
    doc = LIT(g, "qmd", "Reproducing the benchmark")
    prov = g.pick(["hf", "wandb", "kaggle"])
    gen, pv, var = {"hf": (gen_hf, "huggingface", "HF_TOKEN"), "wandb": (gen_wandb, "wandb", "WANDB_API_KEY"),
                    "kaggle": (gen_kaggle, "kaggle", "KAGGLE_KEY")}[prov]
    S = g.slot(pv, "api_key", gen, env=var)
    doc.text("Run these once before rendering.")
    doc.chunk("bash", "export %s=%s\npython scripts/download.py --out data/" % (var, S.raw() if g.mode == "pos" else S.lit("sh")), opts="eval: false")
    return rmd_path(g, "qmd"), doc.dumps()


@P(0.8)
def r_mongolite(g):
    doc = LIT(g, "rmd", "App events")
    S = g.slot("mongodb", "db_password", gen_password, env="MONGO_PASSWORD", ph="password")
    doc.chunk("r", 'library(mongolite)\nm <- mongo(collection = "events", db = "%s",\n           url = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net")' % (
        g.pick(DBNAMES), g.pick(DBUSERS), S.raw(), g.s(LO + DIG, 5)), "db")
    doc.chunk("r", "m$count()")
    return rmd_path(g, "Rmd"), doc.dumps()


# ---------------------------- Markdown / Observable / Deepnote / .env ----------
@P(1.0)
def md_setup_doc(g):
    prov = g.pick(["kaggle", "hf", "wandb", "replicate"])
    gen, pv, var = {"kaggle": (gen_kaggle, "kaggle", "KAGGLE_KEY"), "hf": (gen_hf, "huggingface", "HF_TOKEN"),
                    "wandb": (gen_wandb, "wandb", "WANDB_API_KEY"), "replicate": (gen_replicate, "replicate", "REPLICATE_API_TOKEN")}[prov]
    S = g.slot(pv, "api_key", gen, env=var)
    user = g.pick(USERS).replace(".", "")
    t = ["# Running the notebooks", "", "1. Create the environment: `conda env create -f environment.yml`",
         "2. Register the kernel: `python -m ipykernel install --user --name %s`" % g.pick(PROJECTS),
         "3. Export credentials (ask %s if you need access):" % user, "", "```bash"]
    if prov == "kaggle":
        t.append("export KAGGLE_USERNAME=%s" % user)
    t += ["export %s=%s" % (var, S.raw()), "```", "", "4. Start Jupyter: `jupyter lab notebooks/`", "",
          "Notebooks are stripped with `nbstripout` before commit."]
    return "%s/%s.md" % (g.pick(["docs", "notebooks", "."]), g.pick(["SETUP", "setup", "README_notebooks", "running"])), "\n".join(t) + "\n"


@P(0.9)
def md_nbconvert_export(g):
    S = g.slot("postgres", "db_password", gen_password, env="DB_PASSWORD", ph="password")
    url = _pg_url(g, S, "postgresql")
    t = ["# %s" % nb_title(g), "", "```python", "from sqlalchemy import create_engine", "engine = create_engine(DB_URL)", "print(engine.url)", "```", "",
         "    %s" % url, "", "```python",
         "df = pd.read_sql('select * from churn_features', engine)", "df.shape", "```", "", "", "", "",
         "    (%d, %d)" % (g.i(1000, 99999), g.i(5, 60)), ""]
    return "%s/%s.md" % (g.pick(["docs/notebooks", "exports", "site/content"]), g.pick(["churn_features", "feature_pull", "analysis"])), "\n".join(t)


@P(0.8)
def md_ssh_key(g):
    S = g.slot("ssh", "private_key", lambda g: "-----BEGIN OPENSSH PRIVATE KEY-----")
    t = ["# Connecting to the GPU box", "", "Port-forward Jupyter from the lab server:", "",
         "```bash", "ssh -N -L 8888:localhost:8888 %s@gpu-%02d.lab.internal -i ~/.ssh/lab_ed25519" % (g.pick(USERS), g.i(1, 12)), "```", ""]
    if g.mode == "pos":
        t += ["Shared key for the `jupyter` account (temporary!):", "", "```"] + [S.raw()] + gen_openssh_block(g)[1:] + ["```", ""]
    else:
        t += ["Ask an admin for the key; store it as `~/.ssh/lab_ed25519` (%s)." % g.pick(["never commit it", "chmod 600", S.raw()]), ""]
    t += ["Then open http://localhost:8888 and paste the Jupyter token from `jupyter server list`."]
    return "docs/%s.md" % g.pick(["gpu_server", "remote_jupyter", "lab_access"]), "\n".join(t) + "\n"


@P(0.8)
def md_rsa_key_notebook(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    S = g.slot("sftp", "private_key", lambda g: "-----BEGIN RSA PRIVATE KEY-----")
    if g.mode == "pos":
        block = "\n".join([S.raw()] + gen_rsa_pem_block(g)[1:])
        nb.code('KEY = """%s"""\nimport io, paramiko\npkey = paramiko.RSAKey.from_private_key(io.StringIO(KEY))' % block, [])
    else:
        nb.code('import paramiko\npkey = paramiko.RSAKey.from_private_key_file(%s)' % g.pick(['os.path.expanduser("~/.ssh/partner_rsa")', '"/content/drive/MyDrive/keys/partner_rsa"', 'os.environ["SFTP_KEY_PATH"]']), [])
    nb.code('transport = paramiko.Transport(("sftp.%s.com", 22))\ntransport.connect(username="%s", pkey=pkey)\nsftp = paramiko.SFTPClient.from_transport(transport)\nsftp.listdir("outbound")' % (
        g.pick(["partner", "vendor", "bank"]), g.pick(DBUSERS)), [o_result("['daily_%s.csv']" % g.date())])
    return nbpath(g, ["sftp_pull", "partner_feed", "vendor_files"]), nb.dumps()


@P(1.0)
def obs_md_page(g):
    g.flavor = "observable"
    prov = g.pick(["gmaps", "openai", "mapbox"])
    if prov == "gmaps":
        S = g.slot("google", "api_key", gen_gapi, env="GOOGLE_MAPS_KEY")
        js = 'const key = %s;\nconst geo = await fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${encodeURIComponent(city)}&key=${key}`).then((r) => r.json());' % S.lit("js")
    elif prov == "openai":
        S = g.slot("openai", "api_key", gen_openai, env="OPENAI_API_KEY")
        js = 'const res = await fetch("https://api.openai.com/v1/chat/completions", {\n  method: "POST",\n  headers: {"Content-Type": "application/json", Authorization: `Bearer ${%s}`},\n  body: JSON.stringify({model: "%s", messages: [{role: "user", content: question}]})\n});' % (
            S.lit("js") if g.mode == "neg" and S._style() == "envref" else S.lit("js"), g.pick(OAI_MODELS))
    else:
        S = g.slot("mapbox", "secret_token", gen_mapbox_sk, env="MAPBOX_TOKEN")
        js = 'const MAPBOX_TOKEN = %s;\nconst styles = await fetch(`https://api.mapbox.com/styles/v1/%s?access_token=${MAPBOX_TOKEN}`).then((r) => r.json());' % (S.lit("js"), g.pick(USERS).replace(".", ""))
    t = ["---", "title: %s" % g.pick(["Store map", "Ask the data", "Deliveries"]), "toc: false", "---", "", "# %s" % g.pick(["Where our customers are", "Q&A over the KPIs", "Delivery coverage"]), "",
         "```js", 'const city = view(Inputs.select(["%s", "%s"], {label: "City"}));' % (g.pick(CITIES), g.pick(CITIES)), "```", "", "```js", js, "```", "",
         "```js", "display(Plot.plot({marks: [Plot.dot(points, {x: \"lng\", y: \"lat\"})]}));", "```"]
    return "%s/%s.md" % (g.pick(["src", "docs", "observable/src"]), g.pick(["index", "map", "ask", "coverage"])), "\n".join(t) + "\n"


@P(0.8)
def obs_data_loader(g):
    S = g.slot("postgres", "db_password", gen_password, env="PGPASSWORD", ph="password")
    t = ["import sys", "import pandas as pd", "from sqlalchemy import create_engine", "",
         "# Observable Framework data loader: writes CSV to stdout", 'engine = create_engine("%s")' % _pg_url(g, S, "postgresql"),
         'df = pd.read_sql("SELECT day, region, orders FROM daily_orders WHERE day > now() - interval \'90 days\'", engine)',
         "df.to_csv(sys.stdout, index=False)"]
    return "%s/data/%s.csv.py" % (g.pick(["src", "docs"]), g.pick(["orders", "daily", "regions"])), "\n".join(t) + "\n"


def yaml_block(text, indent):
    pad = " " * indent
    return "\n".join((pad + l) if l else "" for l in text.split("\n"))


@P(1.0)
def dn_project_yaml(g):
    g.flavor = "deepnote"
    prov = g.pick(["snowflake", "openai", "pg"])
    if prov == "snowflake":
        S = g.slot("snowflake", "db_password", gen_pw_any, env="SNOWFLAKE_PASSWORD", ph="password")
        code = 'import snowflake.connector\nconn = snowflake.connector.connect(\n    account="%s-%s",\n    user="%s",\n    password=%s,\n)' % (g.s(LO, 6), g.s(LO + DIG, 6), g.pick(DBUSERS).upper(), S.lit("py"))
    elif prov == "openai":
        S = g.slot("openai", "api_key", gen_openai, env="OPENAI_API_KEY")
        code = "from openai import OpenAI\nclient = OpenAI(api_key=%s)" % S.lit("py")
    else:
        S = g.slot("postgres", "db_password", gen_password, env="DB_PASSWORD", ph="password")
        code = 'from sqlalchemy import create_engine\nengine = create_engine("%s")' % _pg_url(g, S, "postgresql")
    pid, nid = g.uuid(), g.uuid()
    blocks = [("markdown", "# %s" % nb_title(g)), ("code", "import pandas as pd\nimport numpy as np"), ("code", code),
              ("code", "df = pd.read_csv('data.csv')\ndf.describe()")]
    t = ["metadata:", "  createdAt: '%s'" % g.ts(), "  modifiedAt: '%s'" % g.ts(), "version: 1.0.0", "project:", "  id: %s" % pid,
         "  name: %s" % g.pick(PROJECTS), "  notebooks:", "    - id: %s" % nid, "      name: %s" % g.pick(["Main", "Analysis", "Notebook 1"]),
         "      executionMode: block", "      blocks:"]
    grp = g.hexs(32)
    for k, (typ, content) in enumerate(blocks):
        t += ["        - id: %s" % g.hexs(32), "          blockGroup: %s" % (grp if k == 0 else g.hexs(32)), "          type: %s" % typ,
              "          content: |", yaml_block(content, 12), "          sortingKey: a%d" % k, "          metadata: {}"]
    return "%s.deepnote" % g.pick(["project", g.pick(PROJECTS), "analysis"]), "\n".join(t) + "\n"


ENV_POS_COUNT = [0]


@P(0.35)
def env_file_notebooks(g):
    prov = g.pick(["hf", "openai", "wandb"])
    gen, pv, var = {"hf": (gen_hf, "huggingface", "HF_TOKEN"), "openai": (gen_openai, "openai", "OPENAI_API_KEY"),
                    "wandb": (gen_wandb, "wandb", "WANDB_API_KEY")}[prov]
    S = g.slot(pv, "api_key", gen, env=var)
    t = ["# used by notebooks/*.ipynb via python-dotenv", "JUPYTER_PORT=8888", "DATA_DIR=./data", "%s=%s" % (var, S.raw()),
         "WANDB_PROJECT=%s" % g.pick(PROJECTS), "TOKENIZERS_PARALLELISM=false"]
    return g.pick(["notebooks/.env", ".env"]), "\n".join(t) + "\n"


# ---------------------------------------------------------------------------
# LOOK-ALIKE NEGATIVES (no credential anywhere)
# ---------------------------------------------------------------------------
@L(1.2)
def l_matplotlib_png(g):
    nb = NB(g, g.pick(["jupyter", "colab", "vscode", "kaggle"]))
    nb.code(imports(g, ["import seaborn as sns"]), [])
    head_cell(nb, g, 'df = pd.read_csv("data/%s.csv")\ndf.head()' % g.pick(["sales", "sensors", "survey"]))
    for _ in range(g.i(1, 3)):
        nb.code('fig, ax = plt.subplots(figsize=(8, 4))\nsns.%s(data=df, x="%s", ax=ax)\nplt.show()' % (
            g.pick(["histplot", "boxplot", "countplot"]), g.pick(["spend", "segment", "city"])), [o_png(g)])
    return nbpath(g, ["eda", "plots", "distributions", "figures"]), nb.dumps()


@L(1.2)
def l_hf_download_widgets(g):
    nb = NB(g, g.pick(["jupyter", "colab", "kaggle"]))
    model = g.pick(MODELS_HF)
    nb.code("from transformers import pipeline", [])
    allst = {}
    outs = []
    for f in ["config.json", "model.safetensors", "tokenizer_config.json", "vocab.txt"][:g.i(2, 4)]:
        st, hb = tqdm_widgets(g, f, g.i(500, 10 ** 9))
        allst.update(st)
        outs.append(o_widget(hb, "%s:   0%%|          | 0.00/%d [00:00<?, ?B/s]" % (f, g.i(500, 10 ** 6))))
    nb.add_widgets(allst)
    nb.code('clf = pipeline("%s", model="%s")' % (g.pick(["text-classification", "feature-extraction", "fill-mask"]), model), outs)
    nb.code('clf("The delivery was late but support was helpful")', [o_result("[{'label': 'POSITIVE', 'score': 0.%d}]" % g.i(5000, 9999))])
    return nbpath(g, ["pipeline_demo", "zero_shot", "hf_quicktest"]), nb.dumps()


@L(1.0)
def l_hash_dataframe(g):
    nb = NB(g, g.pick(["jupyter", "vscode", "deepnote"]))
    nb.code(imports(g, ["import hashlib"]), [])
    nb.code('df["email_hash"] = df["email"].str.lower().map(lambda s: hashlib.%s(s.encode()).hexdigest())\ndf = df.drop(columns=["email"])' % g.pick(["md5", "sha256"]), [])
    cols = [("user_id", C_UUID), ("email_hash", g.pick([C_MD5, C_SHA])), ("country", C_CITY), ("ltv", C_NUM)]
    plain, html = df_output(g, cols)
    nb.code("df.head()", [o_result(plain, html)])
    return nbpath(g, ["pseudonymise", "pii_hashing", "privacy_prep"]), nb.dumps()


@L(1.0)
def l_model_checksum(g):
    nb = NB(g, g.pick(["jupyter", "vscode", "colab"]))
    fname = g.pick(["model.safetensors", "pytorch_model.bin", "xgb_model.json", "weights.pt", "ggml-model-q4_0.gguf"])
    digest = g.hexs(64)
    nb.code("import hashlib\n\ndef sha256sum(path, bufsize=1 << 20):\n    h = hashlib.sha256()\n    with open(path, 'rb') as f:\n        while chunk := f.read(bufsize):\n            h.update(chunk)\n    return h.hexdigest()", [])
    nb.code('EXPECTED = "%s"\nactual = sha256sum("artifacts/%s")\nprint(actual)\nassert actual == EXPECTED' % (digest, fname), [o_stream(digest + "\n")])
    nb.code("!md5sum artifacts/*", [o_stream("".join("%s  artifacts/%s\n" % (g.hexs(32), f) for f in ["config.json", fname, "tokenizer.json"]))])
    return nbpath(g, ["verify_artifacts", "model_registry_check", "checksums"]), nb.dumps()


@L(1.0)
def l_hf_revision(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    rev = g.hexs(40)
    model = g.pick(MODELS_HF)
    nb.code('from huggingface_hub import hf_hub_download, HfApi\npath = hf_hub_download("%s", "config.json", revision="%s")\npath' % (model, rev),
            [o_result("'/root/.cache/huggingface/hub/models--%s/snapshots/%s/config.json'" % (model.replace("/", "--"), rev))])
    nb.code('info = HfApi().model_info("%s")\ninfo.sha, info.last_modified' % model, [o_result("('%s', datetime.datetime(2024, %d, %d, 10, 2, 11, tzinfo=datetime.timezone.utc))" % (g.hexs(40), g.i(1, 12), g.i(1, 28)))])
    nb.code('!curl -sI https://huggingface.co/%s/resolve/main/config.json | grep -i etag' % model, [o_stream('etag: "%s"\nx-linked-etag: "%s"\n' % (g.hexs(40), g.hexs(64)))])
    return nbpath(g, ["pin_revisions", "reproducibility", "model_snapshot"]), nb.dumps()


@L(1.0)
def l_mlflow_ids(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    rid = g.hexs(32)
    nb.code('import mlflow\nmlflow.set_tracking_uri("http://mlflow.internal:5000")\nmlflow.set_experiment("%s")' % g.pick(PROJECTS),
            [o_result("<Experiment: artifact_location='s3://%s/mlflow/%d', creation_time=%d, experiment_id='%d', name='%s'>" % (
                g.pick(BUCKETS), g.i(1, 90), g.ms(), g.i(1, 90), g.pick(PROJECTS)))])
    nb.code('with mlflow.start_run() as run:\n    mlflow.log_params(params)\n    mlflow.log_metric("auc", auc)\nprint(run.info.run_id)', [o_stream(rid + "\n")])
    nb.code('model_uri = f"runs:/%s/model"\nmlflow.register_model(model_uri, "%s")' % (rid, g.pick(PROJECTS)),
            [o_stream("Successfully registered model '%s'.\nCreated version '%d' of model '%s'.\n" % (g.pick(PROJECTS), g.i(1, 30), g.pick(PROJECTS)), "stderr")])
    return nbpath(g, ["register_model", "mlflow_tracking", "experiments"]), nb.dumps()


@L(1.0)
def l_wandb_run_output(g):
    nb = NB(g, g.pick(["jupyter", "colab", "kaggle"]))
    ent, proj, rid = g.pick(USERS).replace(".", ""), g.pick(PROJECTS), g.s(LO + DIG, 8)
    nb.code("import wandb\nwandb.login()", [o_stream("wandb: Currently logged in as: %s (%s-team). Use `wandb login --relogin` to force relogin\n" % (ent, ent), "stderr"), o_result("True")])
    nb.code('run = wandb.init(project="%s")' % proj,
            [o_stream("wandb: Tracking run with wandb version 0.17.%d\nwandb: Run data is saved locally in /content/wandb/run-%s_%06d-%s\nwandb: Syncing run %s\nwandb: View run at https://wandb.ai/%s/%s/runs/%s\n" % (
                g.i(0, 9), g.date().replace("-", ""), g.i(0, 235959), rid, g.pick(["vivid-sun-3", "lunar-wave-12"]), ent, proj, rid), "stderr")])
    nb.code("wandb.finish()", [o_stream("wandb: Synced 5 W&B file(s), 0 media file(s), 2 artifact file(s) and 0 other file(s)\nwandb: Find logs at: ./wandb/run-%s/logs\n" % rid, "stderr")])
    return nbpath(g, ["train_tracked", "wandb_demo"]), nb.dumps()


@L(0.9)
def l_public_keys(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    pub = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(B64STD, 43) + " %s@laptop" % g.pick(USERS)
    der = base64.b64encode(bytes([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00]) + g.rbytes(270)).decode()
    pem = "-----BEGIN PUBLIC KEY-----\n" + "\n".join(der[k:k + 64] for k in range(0, len(der), 64)) + "\n-----END PUBLIC KEY-----"
    nb.md("## Verifying signed exports\nThe vendor signs each file; their public key is below (safe to share).")
    nb.code('VENDOR_PUBKEY = """%s"""\nfrom cryptography.hazmat.primitives import serialization\npk = serialization.load_pem_public_key(VENDOR_PUBKEY.encode())' % pem, [])
    nb.code("!cat ~/.ssh/id_ed25519.pub", [o_stream(pub + "\n")])
    return nbpath(g, ["verify_signatures", "vendor_files", "crypto_checks"]), nb.dumps()


@L(1.0)
def l_altair_vega(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    dname = "data-" + g.hexs(32)
    spec = {"$schema": "https://vega.github.io/schema/vega-lite/v5.17.0.json", "config": {"view": {"continuousHeight": 300, "continuousWidth": 300}},
            "data": {"name": dname}, "mark": {"type": "line"},
            "encoding": {"x": {"field": "date", "type": "temporal"}, "y": {"field": "value", "type": "quantitative"}},
            "datasets": {dname: [{"date": g.date(), "value": round(g.R.random() * 100, 2)} for _ in range(5)]}}
    nb.code('import altair as alt\nalt.Chart(ts).mark_line().encode(x="date:T", y="value:Q")', [
        {"data": {"application/vnd.vegalite.v5+json": spec, "text/plain": ["alt.Chart(...)"]}, "execution_count": None, "metadata": {}, "output_type": "execute_result"}])
    return nbpath(g, ["timeseries_charts", "altair_viz"]), nb.dumps()


@L(0.9)
def l_plotly_uids(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    fig = {"data": [{"type": "scatter", "mode": "markers", "uid": g.uuid(), "x": [round(g.R.random(), 3) for _ in range(6)],
                     "y": [round(g.R.random(), 3) for _ in range(6)]}], "layout": {"template": {"data": {}}, "title": {"text": "Embeddings (UMAP)"}}}
    div = g.uuid()
    nb.code("import plotly.express as px\nfig = px.scatter(emb, x='u0', y='u1', color='cluster')\nfig.show()",
            [{"data": {"application/vnd.plotly.v1+json": {"config": {"plotlyServerURL": "https://plot.ly"}, "data": fig["data"], "layout": fig["layout"]},
                       "text/html": ['<div id="%s" class="plotly-graph-div" style="height:525px; width:100%%;"></div>' % div]},
              "metadata": {}, "output_type": "display_data"}])
    return nbpath(g, ["umap_clusters", "embedding_viz"]), nb.dumps()


@L(1.2)
def l_colab_userdata(g):
    nb = NB(g, "colab")
    nb.md("### Secrets\nAdd `HF_TOKEN` and `OPENAI_API_KEY` in the Colab *Secrets* panel (key icon) and grant notebook access.")
    nb.code("from google.colab import userdata\nimport os\nos.environ['HF_TOKEN'] = userdata.get('HF_TOKEN')\nos.environ['OPENAI_API_KEY'] = userdata.get('OPENAI_API_KEY')", [])
    nb.code("from google.colab import drive\ndrive.mount('/content/drive')", [o_stream("Mounted at /content/drive\n")])
    nb.code("!nvidia-smi --query-gpu=name,memory.total --format=csv", [o_stream("name, memory.total [MiB]\nTesla T4, 15360 MiB\n")])
    return nbpath(g, ["colab_setup", "Finetune_Colab", "colab_template"], ("colab", "notebooks")), nb.dumps()


@L(1.0)
def l_kaggle_secrets(g):
    nb = NB(g, "kaggle")
    nb.code('from kaggle_secrets import UserSecretsClient\nuser_secrets = UserSecretsClient()\nhf_token = user_secrets.get_secret("HF_TOKEN")\nwandb_key = user_secrets.get_secret("wandb_api")', [])
    nb.code("import wandb\nwandb.login(key=wandb_key)", [o_stream("wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc\n", "stderr"), o_result("True")])
    nb.code("train = pd.read_csv('/kaggle/input/%s/train.csv')\ntrain.shape" % g.pick(COMPETITIONS), [o_result("(%d, %d)" % (g.i(1000, 900000), g.i(5, 90)))])
    return "kaggle/%s/%s.ipynb" % (g.pick(COMPETITIONS), g.pick(["baseline", "notebook", "lgbm-cv"])), nb.dumps()


@L(1.2)
def l_dbx_secrets(g):
    d = DBX(g)
    sc = g.pick(SCOPES)
    d.md("## Credentials come from the `%s` secret scope" % sc)
    d.py('jdbc_password = dbutils.secrets.get(scope="%s", key="sql-password")\nstorage_key = dbutils.secrets.get(scope="%s", key="adls-key")\nprint(jdbc_password)  # Databricks shows [REDACTED]' % (sc, sc))
    d.py('spark.conf.set("fs.azure.account.key.%s.dfs.core.windows.net", storage_key)' % g.pick(STORAGE_ACCTS))
    d.py("dbutils.secrets.list('%s')" % sc)
    d.magic("sql", "SELECT secret('%s', 'api-token') IS NOT NULL AS has_token" % sc)
    return dbx_path(g, ["setup_creds", "00_config", "ingest_secure"]), d.dumps()


@L(1.0)
def l_dbx_cluster_ids(g):
    d = DBX(g)
    cid = "%04d-%06d-%s" % (g.i(101, 1231), g.i(0, 999999), g.s(LO + DIG, 8))
    d.md("# Job bookkeeping")
    d.py('ctx = dbutils.notebook.entry_point.getDbutils().notebook().getContext()\ncluster_id = "%s"\njob_run_id = %d\nworkspace = "https://adb-%d.%d.azuredatabricks.net"' % (cid, g.i(10 ** 12, 10 ** 15), g.i(10 ** 15, 10 ** 16 - 1), g.i(1, 19)))
    d.py('display(dbutils.fs.ls("/mnt/curated/_delta_log/"))  # 000000000000000%04d.json' % g.i(0, 9999))
    d.py('spark.sql("DESCRIBE HISTORY silver.orders").select("version", "operation", "operationMetrics").show(5, False)')
    d.py('# table id %s, checkpoint %s' % (g.uuid(), g.hexs(40)))
    return dbx_path(g, ["job_metadata", "audit_delta", "housekeeping"]), d.dumps()


@L(1.0)
def l_zeppelin_ids(g):
    z = ZEP(g, g.pick(["Spark job monitor", "Cluster usage"]))
    app = "application_%d_%04d" % (g.i(1600000000000, 1750000000000), g.i(1, 9999))
    z.para("%%sh\nyarn application -status %s" % app, "sh", "TEXT", "Application Report : \n\tApplication-Id : %s\n\tUser : %s\n\tQueue : default\n\tTracking-URL : http://rm.internal:8088/proxy/%s/\n" % (app, g.pick(USERS), app))
    z.para("%pyspark\nprint(sc.applicationId, sc.uiWebUrl)", "python", "TEXT", "%s http://10.0.%d.%d:4040\n" % (app, g.i(0, 255), g.i(0, 255)))
    z.para("%%md\nRun id `%s`, commit `%s`." % (g.uuid(), g.hexs(40)), "markdown", "HTML", "<p>ok</p>")
    return zep_path(g, z), z.dumps()


@L(1.0)
def l_rmd_digest(g):
    doc = LIT(g, "rmd", "Reproducibility notes")
    doc.chunk("r", "library(digest)\nlibrary(knitr)\nopts_chunk$set(cache = TRUE, cache.path = 'cache/')", "setup")
    doc.chunk("r", 'digest("data/raw.csv", algo = "sha256", file = TRUE)\n#> [1] "%s"' % g.hexs(64))
    doc.text("Cached chunks are stored as `cache/fit-model_%s.RData`." % g.hexs(32))
    doc.chunk("r", "sessionInfo()\n#> R version 4.3.%d (2023-%02d-%02d)\n#> Platform: x86_64-pc-linux-gnu (64-bit)" % (g.i(0, 3), g.i(1, 12), g.i(1, 28)))
    return rmd_path(g, "Rmd"), doc.dumps()


@L(1.0)
def l_rmd_env_refs(g):
    ext = g.pick(["Rmd", "qmd"])
    doc = LIT(g, "rmd" if ext == "Rmd" else "qmd", "Data pull")
    doc.chunk("r", 'con <- DBI::dbConnect(RPostgres::Postgres(),\n  host = Sys.getenv("PGHOST"), dbname = "%s",\n  user = Sys.getenv("PGUSER"), password = keyring::key_get("pg", "%s"))' % (g.pick(DBNAMES), g.pick(DBUSERS)), "db")
    doc.chunk("r", 'census_api_key(Sys.getenv("CENSUS_API_KEY"))\nSys.setenv(OPENAI_API_KEY = rstudioapi::askForPassword("OpenAI key"))')
    doc.text("Credentials live in `~/.Renviron`; never paste them here.")
    return rmd_path(g, ext), doc.dumps()


@L(1.0)
def l_marimo_password_input(g):
    m = MARIMO(g)
    m.cell("import marimo as mo\nimport os", rets=["mo", "os"])
    m.cell('api_key = mo.ui.text(kind="password", label="API key", value=os.environ.get("OPENAI_API_KEY", ""))\napi_key', args=["mo", "os"], rets=["api_key"])
    m.cell('mo.stop(not api_key.value, mo.md("**Enter a key to continue**"))', args=["api_key", "mo"])
    return marimo_path(g), m.dumps()


@L(1.1)
def l_getpass_prompt(g):
    nb = NB(g, g.pick(["colab", "jupyter"]))
    v = g.pick(["OPENAI_API_KEY", "PINECONE_API_KEY", "HF_TOKEN", "ANTHROPIC_API_KEY"])
    nb.code('import getpass, os\nos.environ["%s"] = getpass.getpass("Enter your %s: ")' % (v, v.replace("_", " ").title()),
            [o_stream("Enter your %s: %s\n" % (v.replace("_", " ").title(), g.pick(["··········", "········", ""])))])
    nb.code('assert os.environ["%s"], "missing"' % v, [])
    return nbpath(g, ["quickstart", "setup_keys"]), nb.dumps()


@L(1.0)
def l_hf_login_widget(g):
    nb = NB(g, g.pick(["colab", "jupyter"]))
    mid = g.hexs(32)
    nb.add_widgets({mid: widget_model(g, "VBoxModel", {"children": ["IPY_MODEL_" + g.hexs(32) for _ in range(4)], "layout": "IPY_MODEL_" + g.hexs(32)})})
    nb.code("from huggingface_hub import notebook_login\nnotebook_login()", [o_widget(mid, "VBox(children=(HTML(value='<center> <img\\nsrc=https://huggingface.co/front/assets/huggingface_logo-noborder.sv…")])
    nb.code("!huggingface-cli whoami", [o_stream("%s\norgs:  %s\n" % (g.pick(USERS).replace(".", ""), g.pick(["acme-ml", "lab"])))])
    return nbpath(g, ["hub_login", "push_to_hub"]), nb.dumps()


@L(1.0)
def l_traceback_masked(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    url = "https://api.openweathermap.org/data/2.5/weather?q=%s&appid=%s" % (g.pick(CITIES), g.pick(["%2A%2A%2A", "REDACTED", "{key}"]))
    tb = tb_frames(g, [("/tmp/ipykernel_%d/%d.py" % (g.i(100, 9999), g.i(10 ** 8, 4 * 10 ** 9)), 2, "<module>", "r.raise_for_status()"),
                       ("/opt/conda/lib/python3.11/site-packages/requests/models.py", 1024, "Response.raise_for_status(self)", "raise HTTPError(http_error_msg, response=self)")],
                   "HTTPError", "401 Client Error: Unauthorized for url: " + url)
    nb.code('r = requests.get(URL, params={"q": city, "appid": os.environ["OWM_KEY"]})\nr.raise_for_status()', [o_error("HTTPError", "401 Client Error: Unauthorized for url: " + url, tb)])
    nb.code("obj = load_model()\nobj", [o_result("<sklearn.ensemble._forest.RandomForestClassifier object at 0x7f%s>" % g.hexs(10))])
    return nbpath(g, ["api_errors", "debug"]), nb.dumps()


@L(0.9)
def l_pip_hashes(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    pk = ["numpy==1.26.4", "pandas==2.2.2", "scikit-learn==1.5.0", "pyarrow==16.1.0"]
    out = "".join("%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n" % (p, g.hexs(64), g.hexs(64)) for p in pk)
    nb.code("!cat requirements.lock | head -20", [o_stream(out)])
    nb.code("!pip download --no-deps numpy==1.26.4 -d /tmp/wheels", [o_stream("Saved /tmp/wheels/numpy-1.26.4-cp311-cp311-manylinux_2_17_x86_64.whl\nSuccessfully downloaded numpy\n")])
    return nbpath(g, ["env_audit", "dependencies"]), nb.dumps()


@L(0.9)
def l_git_log(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    out = "".join("%s %s\n" % (g.hexs(40), g.pick(["fix leakage in cv split", "add target encoding", "bump deps", "refactor loaders"])) for _ in range(5))
    nb.code("!git log --format='%H %s' -5", [o_stream(out)])
    nb.code("!git rev-parse --short HEAD", [o_stream(g.hexs(7) + "\n")])
    return nbpath(g, ["provenance", "experiment_log"]), nb.dumps()


@L(0.8)
def l_docker_digests(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    out = "".join("%s   %s   sha256:%s\n" % (img, tag, g.hexs(64)) for img, tag in [("jupyter/scipy-notebook", "2024-05-27"), ("pytorch/pytorch", "2.3.0-cuda12.1-cudnn8-runtime")])
    nb.code("!docker images --digests --format '{{.Repository}}   {{.Tag}}   {{.Digest}}'", [o_stream(out)])
    nb.md("Pin the base image as `FROM jupyter/scipy-notebook@sha256:%s`." % g.hexs(64))
    return nbpath(g, ["image_pins", "env_notes"]), nb.dumps()


@L(0.9)
def l_encoded_payload(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    blob = g.b64(g.i(90, 300))
    nb.code('import base64, pickle\npayload = "%s"\nraw = base64.b64decode(payload)\nlen(raw)' % blob, [o_result(str(len(base64.b64decode(blob))))])
    nb.code("pickle.dumps({'a': 1})", [o_result("b'\\x80\\x04\\x95\\x0b\\x00\\x00\\x00\\x00\\x00\\x00\\x00}\\x94\\x8c\\x01a\\x94K\\x01s.'")])
    nb.code('gz = "H4sIA%s"' % g.s(B64STD, 60), [])
    return nbpath(g, ["decode_fixture", "payload_debug"]), nb.dumps()


@L(0.9)
def l_hmac_signatures(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    nb.code('import hmac, hashlib\nsigning_key = os.environ["EXPORT_SIGNING_KEY"].encode()\ndef sign(row):\n    return hmac.new(signing_key, row.encode(), hashlib.sha256).hexdigest()', [])
    plain, html = df_output(g, [("row_id", C_INT), ("signature", C_SHA), ("verified", C_FLAG)])
    nb.code("df['signature'] = df['payload'].map(sign)\ndf[['row_id', 'signature', 'verified']].head()", [o_result(plain, html)])
    return nbpath(g, ["sign_exports", "webhook_verify"]), nb.dumps()


@L(0.8)
def l_jwks(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    n = base64.urlsafe_b64encode(g.rbytes(256)).decode().rstrip("=")
    nb.code('jwks = requests.get("https://login.example.com/.well-known/jwks.json").json()\njwks["keys"][0]',
            [o_result("{'kty': 'RSA',\n 'use': 'sig',\n 'kid': '%s',\n 'n': '%s',\n 'e': 'AQAB'}" % (g.hexs(40), n))])
    return nbpath(g, ["auth_debug", "token_verify"]), nb.dumps()


@L(0.8)
def l_blockchain(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    cols = [("tx_hash", lambda g: "0x" + g.hexs(64)), ("from", lambda g: "0x" + g.hexs(40)), ("value_eth", C_NUM), ("block", lambda g: str(g.i(17000000, 21000000)))]
    plain, html = df_output(g, cols)
    nb.code('txs = pd.read_parquet("data/eth_transfers.parquet")\ntxs.head()', [o_result(plain, html)])
    return nbpath(g, ["onchain_flows", "whale_watch"]), nb.dumps()


@L(0.7)
def l_dna(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    seqs = "".join(">read_%d\n%s\n" % (k, g.s("ACGT", 70)) for k in range(4))
    nb.code("!head -8 data/sample_R1.fasta", [o_stream(seqs)])
    nb.code("from Bio import SeqIO\nrecs = list(SeqIO.parse('data/sample_R1.fasta', 'fasta'))\nlen(recs)", [o_result(str(g.i(1000, 90000)))])
    return nbpath(g, ["read_qc", "fasta_stats"], ("notebooks", "genomics")), nb.dumps()


@L(1.0)
def l_deepnote_yaml(g):
    g.flavor = "deepnote"
    t = ["metadata:", "  createdAt: '%s'" % g.ts(), "  modifiedAt: '%s'" % g.ts(), "  checksum: %s" % g.hexs(64), "version: 1.0.0", "project:", "  id: %s" % g.uuid(),
         "  name: %s" % g.pick(PROJECTS), "  integrations:", "    - id: %s" % g.uuid(), "      name: Warehouse", "      type: %s" % g.pick(["snowflake", "pgsql", "bigquery"]),
         "  notebooks:", "    - id: %s" % g.uuid(), "      name: Main", "      blocks:"]
    for k in range(g.i(2, 5)):
        t += ["        - id: %s" % g.hexs(32), "          blockGroup: %s" % g.hexs(32), "          type: code", "          content: |",
              yaml_block(g.pick(["df = _deepnote_execute_sql('SELECT * FROM orders LIMIT 100', 'SQL_%s')" % g.hexs(8).upper(),
                                 "import os\nkey = os.environ['OPENAI_API_KEY']", "df.describe()"]), 12),
              "          sortingKey: a%d" % k, "          executionCount: %d" % g.i(1, 40), "          metadata: {}"]
    return "%s.deepnote" % g.pick(["project", g.pick(PROJECTS)]), "\n".join(t) + "\n"


@L(1.0)
def l_observable_public(g):
    g.flavor = "observable"
    pk = _mapbox(g, "pk")
    t = ["---", "title: Delivery map", "---", "", "# Deliveries", "", "```js", "// Mapbox *public* token (pk.*), restricted to our domain", 'mapboxgl.accessToken = "%s";' % pk,
         "const map = new mapboxgl.Map({container, style: \"mapbox://styles/mapbox/light-v11\"});", "```", "", "```js",
         'const apiKey = Secret("GEOCODER_KEY");', 'const sales = FileAttachment("data/sales.csv").csv({typed: true});', "```"]
    return "%s/%s.md" % (g.pick(["src", "docs"]), g.pick(["map", "deliveries"])), "\n".join(t) + "\n"


@L(0.9)
def l_doc_key_formats(g):
    t = ["# Credentials for the analysis notebooks", "", "| Service | Variable | Looks like |", "|---|---|---|",
         "| OpenAI | `OPENAI_API_KEY` | `sk-proj-...` |", "| Hugging Face | `HF_TOKEN` | `hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |",
         "| Kaggle | `KAGGLE_KEY` | 32 hex characters |", "| W&B | `WANDB_API_KEY` | `wandb_v1_...` |", "| Pinecone | `PINECONE_API_KEY` | `pcsk_...` |", "",
         "AWS examples from the AWS docs: `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.", "",
         "Put real values in your password manager and load them with `python-dotenv` or the Colab secrets panel."]
    return "docs/%s.md" % g.pick(["credentials", "secrets", "keys"]), "\n".join(t) + "\n"


@L(1.0)
def l_s3_versions(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    items = ",\n".join("  {'Key': 'exports/part-%05d.parquet', 'VersionId': '%s', 'ETag': '\"%s\"', 'Size': %d}" % (k, g.s(ALNUM + "._", 32), g.hexs(32), g.i(1000, 10 ** 8)) for k in range(3))
    nb.code('s3 = boto3.client("s3")\nresp = s3.list_object_versions(Bucket="%s", Prefix="exports/")\nresp["Versions"][:3]' % g.pick(BUCKETS), [o_result("[\n%s\n]" % items)])
    nb.code('boto3.client("sts").get_caller_identity()', [o_result("{'UserId': 'AIDA%s', 'Account': '%d', 'Arn': 'arn:aws:iam::%d:user/%s'}" % (g.s(B32, 17), g.i(10 ** 11, 10 ** 12 - 1), g.i(10 ** 11, 10 ** 12 - 1), g.pick(USERS)))])
    return nbpath(g, ["s3_inventory", "bucket_audit"]), nb.dumps()


@L(0.9)
def l_drive_ids(g):
    nb = NB(g, "colab")
    fid = "1" + g.s(B64URL, 32)
    nb.code("!pip install -q gdown\n!gdown %s -O data.zip" % fid, [o_stream("Downloading...\nFrom: https://drive.google.com/uc?id=%s\nTo: /content/data.zip\n100%% %.1fM/%.1fM\n" % (fid, 12.3, 12.3), "stderr")])
    nb.code('SHEET_ID = "%s"\ndf = pd.read_csv(f"https://docs.google.com/spreadsheets/d/{SHEET_ID}/export?format=csv")' % ("1" + g.s(B64URL, 43)), [])
    return nbpath(g, ["load_from_drive", "sheet_import"], ("colab", "notebooks")), nb.dumps()


@L(0.9)
def l_place_ids(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    cols = [("name", C_CITY), ("place_id", lambda g: "ChIJ" + g.s(B64URL, 23)), ("rating", C_NUM)]
    plain, html = df_output(g, cols)
    nb.code('gmaps = googlemaps.Client(key=os.environ["GOOGLE_MAPS_API_KEY"])\nplaces = pd.json_normalize(gmaps.places_nearby(location=loc, radius=800)["results"])\nplaces[["name", "place_id", "rating"]].head()', [o_result(plain, html)])
    return nbpath(g, ["poi_features", "places_nearby"]), nb.dumps()


@L(0.9)
def l_spotify_ids(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    cols = [("track_id", lambda g: g.s(ALNUM, 22)), ("uri", lambda g: "spotify:track:" + g.s(ALNUM, 22)), ("energy", C_NUM)]
    plain, html = df_output(g, cols)
    nb.code('sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials())  # reads SPOTIPY_CLIENT_ID / SPOTIPY_CLIENT_SECRET from env\nfeats = pd.DataFrame(sp.audio_features(track_ids))\nfeats.head()', [o_result(plain, html)])
    nb.code('CLIENT_ID = "%s"  # public app id shown on the dashboard' % g.hexs(32), [])
    return nbpath(g, ["track_features", "playlist_eda"]), nb.dumps()


@L(0.8)
def l_tweet_ids(g):
    nb = NB(g, g.pick(["jupyter", "vscode"]))
    cols = [("id", lambda g: str(g.i(10 ** 18, 2 * 10 ** 18))), ("author_id", lambda g: str(g.i(10 ** 7, 10 ** 19))), ("conversation_id", lambda g: str(g.i(10 ** 18, 2 * 10 ** 18)))]
    plain, html = df_output(g, cols)
    nb.code('tweets = pd.read_json("data/tweets.jsonl", lines=True)\ntweets[["id", "author_id", "conversation_id"]].head()', [o_result(plain, html)])
    return nbpath(g, ["tweet_graph", "threads"]), nb.dumps()


@L(0.9)
def l_env_example(g):
    t = ["# Copy to .env and fill in; .env is git-ignored", "OPENAI_API_KEY=", "HF_TOKEN=hf_your_token_here", "KAGGLE_USERNAME=", "KAGGLE_KEY=<your-kaggle-key>",
         "WANDB_API_KEY=", "PINECONE_API_KEY=pcsk_...", "DATABASE_URL=postgresql://user:password@localhost:5432/analytics"]
    return g.pick(["notebooks/.env.example", ".env.example", ".env.sample"]), "\n".join(t) + "\n"


@L(0.9)
def l_tokenizer_output(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    ids = [g.i(100, 30000) for _ in range(16)]
    nb.code('enc = tok("Refund request for order 4412", return_tensors="pt")\nenc', [o_result("{'input_ids': tensor([[ 101, %s,  102]]), 'attention_mask': tensor([[%s]])}" % (", ".join(map(str, ids)), ", ".join(["1"] * 18)))])
    nb.code("tok.convert_ids_to_tokens(enc['input_ids'][0])[:8]", [o_result("['[CLS]', 're', '##fund', 'request', 'for', 'order', '44', '##12']")])
    return nbpath(g, ["tokenizer_check", "preprocess"]), nb.dumps()


@L(0.8)
def l_papermill_params(g):
    nb = NB(g, "jupyter")
    nb.code('run_date = "%s"\nregion = "%s"\nsample_frac = 0.1' % (g.date(), g.pick(["emea", "amer", "apac"])), [], meta={"tags": ["parameters"]})
    nb.code('# Parameters\nrun_date = "%s"\nregion = "%s"\nsample_frac = 1.0\nrun_uuid = "%s"\n' % (g.date(), g.pick(["emea", "amer"]), g.uuid()), [], meta={"tags": ["injected-parameters"]})
    nb.extra_meta = {"papermill": {"duration": round(g.R.random() * 300, 3), "environment_variables": {}, "exception": None,
                                   "input_path": "templates/report.ipynb", "output_path": "runs/%s/report.ipynb" % g.date(), "parameters": {"region": "emea"},
                                   "start_time": g.ts(), "version": "2.6.0"}}
    return "runs/%s/report.ipynb" % g.date(), nb.dumps()


@L(0.9)
def l_masked_print(g):
    nb = NB(g, g.pick(["jupyter", "colab", "kaggle"]))
    pre = g.pick(["sk-proj-", "hf_", "pcsk_", "gsk_", "r8_"])
    nb.code('key = os.environ["API_KEY"]\nprint(f"Using key {key[:%d]}...{key[-4:]} ({len(key)} chars)")' % len(pre), [o_stream("Using key %s...%s (%d chars)\n" % (pre, g.s(ALNUM, 4), g.i(40, 164)))])
    nb.code('print("token:", "*" * 12)', [o_stream("token: ************\n")])
    return nbpath(g, ["check_keys", "auth_debug"]), nb.dumps()


@L(0.8)
def l_oauth_client_id_only(g):
    nb = NB(g, g.pick(["jupyter", "colab"]))
    cid = "%d-%s.apps.googleusercontent.com" % (g.i(10 ** 11, 10 ** 12), g.s(LO + DIG, 32))
    nb.code('CLIENT_ID = "%s"  # public\nflow = InstalledAppFlow.from_client_secrets_file("client_secret.json", scopes=SCOPES)\ncreds = flow.run_local_server(port=0)' % cid, [])
    nb.code('SITE_KEY = "6L%s"  # reCAPTCHA site key (public)' % g.s(B64URL, 38), [])
    return nbpath(g, ["sheets_auth", "oauth_flow"]), nb.dumps()


@L(0.8)
def l_vscode_meta(g):
    nb = NB(g, "vscode")
    nb.code(imports(g), [])
    head_cell(nb, g)
    nb.code("%timeit df.groupby('segment').spend.mean()", [o_stream("%d µs ± %d µs per loop (mean ± std. dev. of 7 runs, 1,000 loops each)\n" % (g.i(100, 999), g.i(1, 99)))])
    return nbpath(g, ["scratch", "perf_check"]), nb.dumps()


@L(0.8)
def l_zeppelin_env(g):
    z = ZEP(g, g.pick(["Warehouse report", "Daily"]))
    z.para('%%python\nimport os\nconn = psycopg2.connect(host=os.environ["PGHOST"], password=os.environ["PGPASSWORD"], dbname="%s")' % g.pick(DBNAMES), "python", "TEXT", "")
    z.para("%jdbc(pg)\nselect day, count(*) from events group by 1 order by 1 desc limit 7", "sql", "TABLE", "day\tcount\n%s\t%d\n" % (g.date(), g.i(100, 99999)))
    return zep_path(g, z), z.dumps()


@L(0.8)
def l_qmd_freeze(g):
    doc = LIT(g, "qmd", "Model comparison", front=["freeze: auto"])
    doc.chunk("python", "import json\nmeta = json.load(open('_freeze/index/execute-results/html.json'))\nmeta['hash']", opts="echo: true")
    doc.text("```\n'%s'\n```" % g.hexs(32))
    doc.chunk("python", "import uuid\nrun_id = uuid.UUID('%s')" % g.uuid())
    return rmd_path(g, "qmd"), doc.dumps()


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
BLOCKED_ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def wpick(R, items, key=lambda it: it[1]):
    tot = sum(key(it) for it in items)
    x = R.random() * tot
    for it in items:
        x -= key(it)
        if x < 0:
            return it
    return items[-1]


def written_form(text, raw):
    """The needle as written: raw, or JSON-escaped once or twice."""
    c1 = json.dumps(raw, ensure_ascii=False)[1:-1]
    c2 = json.dumps(c1, ensure_ascii=False)[1:-1]
    for cand in (raw, c1, c2):
        if cand and cand in text:
            return cand
    return None


def filetype_of(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    return base.rsplit(".", 1)[-1].lower() if "." in base else "txt"


def clean_rel(relpath):
    while relpath.startswith("./"):
        relpath = relpath[2:]
    return relpath


def check_container(relpath, text):
    if relpath.endswith((".ipynb", ".json", ".zpln")):
        json.loads(text)


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in BLOCKED_ENV_OK


def write(outdir, rel, text):
    path = os.path.join(outdir, *rel.split("/"))
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(path, "r", encoding="utf-8", newline="") as f:
        assert f.read() == text


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gs.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    for sub in ("pos", "neg"):
        p = os.path.join(outdir, sub)
        if os.path.isdir(p):
            import shutil
            shutil.rmtree(p)
    if not os.path.isdir(outdir):
        os.makedirs(outdir)
    manifest, secrets = [], []
    N = 500

    # ---- positives: every template once, then weighted ----
    order = list(POS_T)
    R.shuffle(order)
    env_count = 0
    for k in range(N):
        name, w, f = order[k] if k < len(order) else wpick(R, POS_T)
        if name == "env_file_notebooks":
            if env_count >= N // 20 - 1:
                name, w, f = wpick(R, [t for t in POS_T if t[0] != "env_file_notebooks"])
            else:
                env_count += 1
        g = G(R, "pos")
        rel, text = f(g)
        rel = clean_rel(rel)
        assert name == "env_file_notebooks" or not is_blocked_env(rel), rel
        prim = [s for s in g.slots if s.primary]
        assert len(prim) == 1, name
        sl = prim[0]
        assert sl.secret, name
        needle = written_form(text, sl.secret)
        assert needle is not None, (name, sl.secret[:20])
        assert "\n" not in needle
        line = text[:text.index(needle)].count("\n") + 1
        assert needle in text.split("\n")[line - 1], name
        check_container(rel, text)
        frel = "pos/p%04d/%s" % (k, rel)
        write(outdir, frel, text)
        # re-read and re-check the needle on the recorded line
        with open(os.path.join(outdir, *frel.split("/")), encoding="utf-8", newline="") as fh:
            assert needle in fh.read().split("\n")[line - 1]
        manifest.append({"file": frel, "label": "pos", "provider": sl.provider, "kind": sl.kind, "filetype": filetype_of(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})

    # ---- negatives: half re-used positive templates, half look-alikes ----
    reuse_pool = [t for t in POS_T if t[0] != "env_file_notebooks"]
    kinds = ["reuse"] * (N // 2) + ["look"] * (N - N // 2)
    R.shuffle(kinds)
    rorder = list(reuse_pool)
    R.shuffle(rorder)
    lorder = list(LOOK_T)
    R.shuffle(lorder)
    ri = li = 0
    for k in range(N):
        if kinds[k] == "reuse":
            name, w, f = rorder[ri] if ri < len(rorder) else wpick(R, reuse_pool)
            ri += 1
            style = wpick(R, NEGSTYLES)[0]
            g = G(R, "neg", style)
            rel, text = f(g)
            prim = [s for s in g.slots if s.primary]
            assert len(prim) == 1, name
            provider = prim[0].provider
            kind = "neg-" + (prim[0].style or "reference")
        else:
            name, w, f = lorder[li] if li < len(lorder) else wpick(R, LOOK_T)
            li += 1
            g = G(R, "neg")
            rel, text = f(g)
            provider, kind = "none", "lookalike-" + name[2:]
        rel = clean_rel(rel)
        assert not is_blocked_env(rel), rel
        assert all(s.secret is None for s in g.slots), name
        check_container(rel, text)
        frel = "neg/n%04d/%s" % (k, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype_of(rel)})

    # no positive needle may appear in any negative file
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
