#!/usr/bin/env python3
"""Blind evaluation-set generator "eq" for keyhook: data labeling, annotation and CV pipelines.

EMPHASIS
    Credentials that leak from data-labeling / annotation / computer-vision training repos:
    Roboflow private API keys, Label Studio legacy tokens, personal access tokens (JWT refresh
    tokens) and admin passwords, Labelbox API keys (JWT), Scale AI live keys, CVAT passwords and
    tokens, Supervisely API tokens, V7 Darwin API keys, Encord SSH private keys, SuperAnnotate
    SDK tokens, Kili API keys, Clarifai PATs, Ultralytics HUB API keys, Kaggle API keys,
    Hugging Face user access tokens, Weights & Biases API keys, AWS (Rekognition / Ground
    Truth) secret access keys, Azure Computer Vision and Custom Vision keys, Google Vision API
    keys and service-account private keys, RTSP camera URLs with passwords, and the usual
    database / object-storage credentials of such projects (Postgres / MongoDB / Redis URLs,
    MinIO, GCS HMAC, Azure Storage account keys and connection strings, DVC Google-Drive
    client secrets).
    File types: Python training/ingest scripts, Jupyter notebooks with outputs, YAML
    dataset/training/Hydra configs, Label Studio XML configs and JSON exports, COCO / YOLO /
    Labelbox / Darwin / Supervisely / Ground Truth annotation files, .env, docker-compose,
    shell download scripts, Makefiles, DVC configs and .dvc files, GitHub workflows,
    Kubernetes manifests, INI / TOML / .properties / App.config, kaggle.json, .netrc,
    Dockerfiles, Node scripts, README / runbook Markdown snippets, SSH key files.

USAGE
    python3 gen_eq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED (only
    random.Random(SEED) is used; no clock, no os.urandom, no set iteration).

NEEDLE CONVENTIONS
    * needle = the secret exactly as it is written in the file; line = 1-based line of its
      first occurrence.
    * id/secret pairs (AWS, MinIO, GCS HMAC, Kaggle username+key, Azure storage account+key,
      Google OAuth client id+secret): the needle is the secret half only.
    * URLs with userinfo (rtsp://, postgresql://, mongodb+srv://, redis://) and Azure storage
      connection strings: the needle is the password / AccountKey only.
    * PEM / OpenSSH private keys: the needle is the whole block from "-----BEGIN" to the end of
      the "-----END ...-----" line, exactly as written (with real newlines in key files and
      Python triple-quoted strings, with literal "\\n" escapes inside JSON service-account files).
    * human passwords never contain quotes, backslashes, '$', '#', '@', ':' or '/', so they are
      written verbatim in every format (no escaping / percent-encoding is needed).
    * Each positive holds exactly one credential; other values in it are ids, URLs, hashes,
      env references or placeholders.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by: env lookups
    (os.environ / os.getenv / process.env / ${VAR} / ${oc.env:VAR} / ${{ secrets.X }}),
    secret-manager commands (vault, aws ssm, gcloud secrets, /run/secrets files, Key Vault
    references), placeholders (<your-...>, YOUR_..., REPLACE_ME, xxxx..., empty, null),
    masked / redacted values (****, prefix+****+last4), Colab userdata lookups, the AWS
    documentation example keys (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY),
    and Roboflow publishable keys (rf_<workspaceId>, documented as safe for browser code).
    The other half are domain look-alikes: COCO JSON, YOLO data.yaml with Roboflow export
    header, Label Studio XML configs and JSON exports, CVAT XML, Pascal VOC XML, Labelbox NDJSON,
    V7 Darwin JSON, Supervisely meta/annotation JSON, SageMaker Ground Truth output manifests,
    Rekognition Custom Labels ARNs, DVC .dvc / dvc.lock md5 hashes, W&B run metadata and sweep
    ids, Hugging Face dataset cards with commit SHAs, Git LFS pointers, pip --hash lines,
    Clarifai model/version ids (32 hex), Ultralytics HUB model ids, Azure Custom Vision
    project/iteration UUIDs, Google Vision responses, Encord SSH *public* keys and project
    hashes, camera inventories (serials / MACs / IPs, no passwords), i18n strings about
    "API key" / "password", runbooks with masked keys, pytest fixtures with obviously fake
    values, .env.example files.

DOUBTS
    Formats written from memory (not confirmed in provider documentation during this session):
    * Roboflow private key: 20 mixed-case alphanumerics; publishable key rf_ + 28-char
      workspace id (the docs confirm the rf_<workspaceId> form and that it is non-secret, not
      the length).
    * Labelbox API key: a JWT (HS256); payload field names are invented but plausible.
    * Label Studio legacy token: 40 hex (Django REST framework token); PAT: JWT refresh token
      (the docs confirm "JWT refresh tokens"; payload fields from memory).
    * Scale AI: live_ + 32 hex (docs confirm live/test keys and basic auth, not the length).
    * CVAT token: 40 hex (DRF token), used as "Authorization: Token ...".
    * Supervisely API token: 128 alphanumerics.
    * V7 Darwin API key: 7 alphanumerics "." 32 chars [A-Za-z0-9_-] -- least certain.
    * SuperAnnotate SDK token: 64 hex + "t=" + numeric team id -- uncertain.
    * Kili API key: modelled as 40 alphanumerics -- uncertain.
    * Clarifai PAT: 32 hex. Ultralytics HUB API key: 42 lowercase alphanumerics (model ids 20).
    * Kaggle key: 32 hex. W&B key: 40 hex. Hugging Face: hf_ + 34 letters.
    * Azure Computer Vision / Custom Vision keys: 32 hex (newer 84-char Azure AI keys are not
      generated). Azure storage account key: 64 random bytes base64 (88 chars).
    * GCS HMAC: access id GOOG1E + 55 upper alnum, secret 40 base64 chars.
    * Google OAuth client secret: GOCSPX- + 28 chars. Google API key: AIzaSy + 33 chars
      [A-Za-z0-9_-] (39 in total).
    * Encord SSH key: a structurally valid OpenSSH ed25519 private-key block with random key
      bytes (not a mathematically valid key pair). GCP service-account PEM bodies are random
      base64 with a realistic PKCS#8 prefix.
    * kaggle.json (4 lines) and Git LFS pointer files (3 lines) are shorter than 5 lines because
      the real formats are that short; a few notebooks run slightly over 80 JSON lines.
    * "Subtle" positives deliberately use neutral names (e.g. HF_EXTRA_ARG, ws_ref, --dl-param)
      that a real developer would not choose for a key; the value format is the only signal.
    Labels a reviewer might dispute:
    * Scale "test_" keys are never used (neither label); only live_ keys are positives.
    * Roboflow publishable keys are negatives (documented as safe to expose).
    * AWS access key ids appear next to placeholders in some negatives only as the documented
      AKIAIOSFODNN7EXAMPLE; real-looking ids never appear in negatives.
    * Camera passwords in rtsp:// URLs on private IPs are labelled positive; so are real-looking
      keys returned by pytest fixtures (integration tests against a staging workspace).
    * Placeholders such as "changeme-not-real", "REPLACE_ME", "TODO-set-in-vault" and
      "hf_" + 34 x's are negatives.
    * md5/sha1/sha256 digests and 32/40-hex ids in negatives have the same shape as several
      keys (Kaggle, Clarifai, W&B, Azure); their context (md5:, commit:, version_id, etc.)
      is what makes them negatives.

SEARCHES
    docs corpus: Roboflow API keys / publishable key (rf_<workspaceId>, non-secret); V7 Darwin
    authentication (Authorization: ApiKey <key>, ~/.darwin/config.yaml); SuperAnnotate SDK
    (SA_TOKEN, ~/.superannotate/config.ini); Kili SDK (KILI_API_KEY); Ultralytics HUB-SDK
    (credentials {"api_key": ...}); Scale authentication (basic auth, live/test keys); Label
    Studio access tokens (legacy "Token", PAT "Bearer" JWT refresh tokens); Clarifai PATs
    ("Authorization: Key ..."). No secret-scanner rule code, regexes or detector pages were
    shown by these searches.
"""
import json
import os
import random
import string
import sys
import base64
import re
import struct

HEX = "0123456789abcdef"
UPHEX = "0123456789ABCDEF"
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LALNUM = LOWER + DIG
UALNUM = UPPER + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32 = UPPER + "234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


# --------------------------------------------------------------------------------------
# words / ids used all over (non-secret)
# --------------------------------------------------------------------------------------
WORKSPACES = ["acme-vision", "fieldbot-labs", "retail-shelf", "agri-scan", "warehouse-ai",
              "medimg-lab", "traffic-cv", "drone-survey", "qc-inspection", "marine-eye",
              "solar-defects", "pcb-inspect", "construction-safety", "wildlife-cams"]
PROJECTS = ["pcb-defects", "hard-hat-detection", "shelf-gaps", "weed-detection",
            "pallet-counting", "xray-fractures", "license-plates", "crack-segmentation",
            "fish-species", "solar-panel-hotspots", "ppe-compliance", "forklift-tracking",
            "fruit-ripeness", "bird-species", "road-potholes", "parcel-damage"]
CLASSES = ["person", "helmet", "vest", "forklift", "pallet", "crack", "scratch", "dent",
           "weed", "crop", "car", "truck", "bicycle", "plate", "bird", "fish", "box",
           "missing_solder", "short", "open_circuit", "hotspot", "pothole", "apple", "banana"]
USERS = ["mkowalski", "a.chen", "priya.n", "jdoe", "lucia.r", "tomasz", "s.okafor",
         "annotator01", "hwang.j", "elena-v", "rbianchi", "k.tanaka"]
EMAILS = ["ml-team@", "data-ops@", "labeling@", "cv-infra@", "mlops@"]
DOMAINS = ["acmevision.io", "fieldbot.ai", "shelfsense.com", "agriscan.dev", "example-corp.com"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
AZ_REGIONS = ["westeurope", "eastus", "northeurope", "westus2", "uksouth"]
FORMATS = ["yolov8", "coco", "voc", "yolov5pytorch", "coco-segmentation", "yolov11"]
MODELS = ["yolov8n.pt", "yolov8s.pt", "yolov8m.pt", "yolo11n.pt", "rtdetr-l.pt",
          "yolov8s-seg.pt"]
PW_WORDS = ["tiger", "falcon", "harbor", "maple", "cobalt", "orchid", "pixel", "lantern",
            "summit", "meadow", "copper", "glacier", "nimbus", "saffron", "willow", "quartz",
            "bramble", "otter", "juniper", "ember", "marlin", "pepper", "raven", "tundra",
            "basil", "kestrel", "mango", "cricket", "sparrow", "velvet"]


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def cuid(r):
    return "c" + rs(r, LALNUM, 24)


def sha(r, n):
    return rs(r, HEX, n)


def ip_private(r):
    c = r.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.16.%d.%d"])
    n = c.count("%d")
    return c % tuple(r.randint(1, 254) for _ in range(n))


def date(r, year=None):
    y = year or r.choice([2022, 2023, 2024, 2025])
    return "%04d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def wandb_run_id(r):
    return rs(r, LALNUM, 8)


def rf_ws_id(r):
    return rs(r, ALNUM, 28)


# --------------------------------------------------------------------------------------
# secret generators (fresh per file)
# --------------------------------------------------------------------------------------
def human_password(r, url_safe=False):
    sym = "!%*-_." if not url_safe else "-_.!~"
    w = r.choice(PW_WORDS)
    style = r.randrange(6)
    if style == 0:
        return w.capitalize() + str(r.randint(1990, 2026)) + r.choice(sym)
    if style == 1:
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return leet.capitalize() + r.choice(sym) + str(r.randint(10, 99))
    if style == 2:
        w2 = r.choice(PW_WORDS)
        return w + r.choice("-_.") + w2.capitalize() + r.choice("-_.") + str(r.randint(1, 999))
    if style == 3:
        return r.choice(UPPER) + rs(r, ALNUM + sym, r.randint(13, 19)) + r.choice(DIG)
    if style == 4:
        return r.choice(LOWER) + rs(r, ALNUM, r.randint(15, 23))
    return (r.choice(PW_WORDS).capitalize() + r.choice(PW_WORDS).capitalize()
            + str(r.randint(10, 9999)) + r.choice(sym))


def jwt(r, payload, alg="HS256"):
    head = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = b64u(rbytes(r, 32 if alg == "HS256" else 64))
    return head + "." + body + "." + sig


def g_ls_pat(r):
    iat = r.randint(1690000000, 1760000000)
    return jwt(r, {"token_type": "refresh", "exp": iat + 86400 * 3650, "iat": iat,
                   "jti": sha(r, 32), "user_id": r.randint(1, 400)})


def g_labelbox(r):
    iat = r.randint(1650000000, 1760000000)
    return jwt(r, {"userId": cuid(r), "organizationId": cuid(r), "apiKeyId": cuid(r),
                   "secret": sha(r, 32), "iat": iat, "exp": iat + 86400 * 365 * 2})


def openssh_ed25519(r, comment):
    def s(b):
        return struct.pack(">I", len(b)) + b
    pub = rbytes(r, 32)
    priv = rbytes(r, 32)
    pubblob = s(b"ssh-ed25519") + s(pub)
    chk = rbytes(r, 4)
    sec = chk + chk + s(b"ssh-ed25519") + s(pub) + s(priv + pub) + s(comment.encode())
    pad = 1
    while len(sec) % 8:
        sec += bytes([pad])
        pad += 1
    blob = (b"openssh-key-v1\x00" + s(b"none") + s(b"none") + s(b"") + struct.pack(">I", 1)
            + s(pubblob) + s(sec))
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + 70] for i in range(0, len(b), 70)]
    return ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines)
            + "\n-----END OPENSSH PRIVATE KEY-----")


def rsa_pkcs8_pem(r):
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC" + rs(r, B64, 1568) + "=="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"


def aws_akid(r):
    return "AKIA" + rs(r, B32, 16)


def aws_secret(r):
    return rs(r, ALNUM + "/+", 40)


def azure_storage_key(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def superannotate_token(r):
    return sha(r, 64) + "t=" + str(r.randint(10000, 99999))


# --------------------------------------------------------------------------------------
# per-file context: metadata, naming, value slot (secret for positives, look-alike for negatives)
# --------------------------------------------------------------------------------------
def make_meta(r):
    ws = r.choice(WORKSPACES)
    proj = r.choice(PROJECTS)
    dom = r.choice(DOMAINS)
    m = dict(
        ws=ws, proj=proj, dom=dom, ver=r.randint(1, 14), fmt=r.choice(FORMATS),
        pid=r.randint(2, 480), team=ws.split("-")[0] + "-team", ds=proj.replace("-", "_"),
        cuid1=cuid(r), cuid2=cuid(r), uuid1=uuid4(r), uuid2=uuid4(r),
        user=r.choice(USERS), email=r.choice(EMAILS) + dom, ip=ip_private(r),
        region=r.choice(REGIONS), azr=r.choice(AZ_REGIONS),
        bucket=r.choice(["ml-datasets", "cv-raw-frames", "labeling-exports", "training-data",
                         "annotations-prod"]) + "-" + ws.split("-")[0],
        acct=ws.replace("-", "")[:14] + r.choice(["data", "store", "ml", "sa"]),
        res=ws.split("-")[0] + "-" + r.choice(["vision", "cv", "ocr", "imganalysis"]),
        model=r.choice(MODELS), epochs=r.choice([50, 80, 100, 150, 300]),
        imgsz=r.choice([416, 512, 640, 960, 1280]), batch=r.choice([8, 16, 32, 64]),
        lr=r.choice(["0.01", "0.001", "3e-4", "1e-3", "0.0025"]),
        hf_repo=ws + "/" + proj, wb_ent=ws.split("-")[0] + "-ml", wb_proj=proj,
        kg_user=r.choice(["mkowalski", "achen92", "priyanair", "lucia-r", "tanakak"]),
        kg_slug=r.choice(["andrewmvd/car-plate-detection", "kmader/skin-cancer-mnist-ham10000",
                          "paultimothymooney/chest-xray-pneumonia", "gpiosenka/100-bird-species",
                          "sshikamaru/car-object-detection", "moltean/fruits"]),
        camuser=r.choice(["admin", "admin", "viewer", "svc-ingest", "onvif"]),
        mid=rs(r, ALNUM, 20), cam=r.choice(["dock-03", "line2-top", "gate-north", "bay-7",
                                            "cam-entrance", "conveyor-a"]),
        db=r.choice(["labeling", "annotations", "label_studio", "cvat", "mlmeta"]),
        dbuser=r.choice(["ls_app", "cvat", "labeler", "etl_user", "postgres_app"]),
        clar_user=ws.split("-")[0], clar_app=proj, gcp=ws + "-" + str(r.randint(100, 999)),
        classes=r.sample(CLASSES, r.randint(2, 6)), runid=wandb_run_id(r),
        ls_host=r.choice(["http://localhost:8080", "https://label.%s" % dom,
                          "https://labelstudio.internal.%s" % dom, "http://10.0.4.12:8080"]),
        cvat_host=r.choice(["http://localhost:8080", "https://cvat.%s" % dom, "https://app.cvat.ai"]),
    )
    return m


NEUTRAL = [("ws", "ref"), ("client", "arg"), ("upstream", "value"), ("remote", "param"),
           ("conn", "ref"), ("default", "profile"), ("rf",), ("handle",), ("source", "id"),
           ("label", "backend"), ("pipeline", "opt"), ("svc", "value"), ("primary",),
           ("k",), ("ident",), ("extra", "arg"), ("dl", "param"), ("ctx", "value")]


def style_name(words, style):
    ws = [w.lower() for w in words]
    if style == "snake":
        return "_".join(ws)
    if style == "scream":
        return "_".join(ws).upper()
    if style == "kebab":
        return "-".join(ws)
    if style == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in ws)
    if style == "dot":
        return ".".join(ws)
    return "_".join(ws)


SAFE_BARE = set(ALNUM + "_./+=-")


class Ctx:
    def __init__(self, r, cred, pos):
        self.r = r
        self.cr = cred
        self.pos = pos
        self.m = make_meta(r)
        self.obv = r.random() < 0.5
        self.neutral = r.choice(NEUTRAL)
        self._q = {}
        self.secret = cred["gen"](r, self) if pos else None
        self.pub = cred["pub"](r, self) if cred.get("pub") else None
        self.fk = None
        self.special = None
        if not pos:
            kinds = ["env", "env", "env", "placeholder", "placeholder", "masked", "empty"]
            if cred.get("special"):
                kinds += ["special"] * 5
            self.fk = r.choice(kinds)
            if self.fk == "special":
                self.special = cred["special"](r, self)
            if cred.get("pub") and cred.get("pubneg"):
                self.pub = cred["pubneg"](r, self)
            self.ph = r.randrange(8)
            self.mk = r.randrange(4)
            self.ev = r.randrange(6)

    # ---- naming
    def words(self):
        if self.special and self.cr.get("special_words"):
            return self.cr["special_words"]
        return self.cr["words"] if self.obv else self.neutral

    def nm(self, style):
        return style_name(self.words(), style)

    def env(self):
        if self.special and self.cr.get("special_env"):
            return self.cr["special_env"]
        return self.cr["env"] if self.obv else style_name(
            (self.cr["short"],) + tuple(self.neutral), "scream")

    def field(self):
        """config field name for the value slot (obvious: api_key/token..., subtle: neutral)"""
        if self.special and self.cr.get("special_words"):
            return "publishable_key"
        return self.cr["field"] if self.obv else self.nm("snake")

    # ---- value slot
    def _neg_raw(self, lang):
        e = self.env()
        if self.special:
            return self.special
        if self.fk == "env":
            if lang == "xml":
                return ["$(%s)" % e, "__%s__" % e, "#{%s}" % e][self.ev % 3]
            if lang == "hydra":
                return "${oc.env:%s}" % e
            return ["${%s}" % e, "${%s}" % e, "$%s" % e, "${%s:-}" % e][self.ev % 4]
        if self.fk == "placeholder":
            opts = ["<your-%s>" % self.nm("kebab"), "YOUR_%s" % e, "REPLACE_ME",
                    "<%s>" % e, "x" * r_len(self.cr), "your_%s_here" % self.nm("snake"),
                    "TODO-set-in-vault", "<insert %s>" % self.cr["human"]]
            return opts[self.ph]
        if self.fk == "masked":
            p = self.cr.get("prefix", "")
            opts = [p + "*" * 12 + rs(self.r, ALNUM, 4), "********", "[REDACTED]",
                    p + "\u2022" * 16]
            return opts[self.mk]
        return ""

    def inner(self):
        """password/secret part for url-shaped creds"""
        if self.pos:
            return self.secret
        if self.fk == "env":
            return "${%s}" % self.cr.get("pw_env", self.env())
        if self.fk == "masked":
            return ["****", "********", "xxxxxx", "[redacted]"][self.mk]
        return ["<password>", "PASSWORD", "<pass>", "changeme-not-real"][self.ph % 4] \
            if self.fk == "placeholder" else "<password>"

    def raw(self, lang="txt"):
        """string content of the slot (no surrounding quotes)"""
        if self.cr["shape"] == "url":
            if not self.pos and self.fk in ("empty",):
                return ""
            return self.cr["render"](self, self.inner())
        if self.pos:
            return self.secret
        return self._neg_raw(lang)

    def q(self, lang, s):
        r = self.r
        if lang not in self._q:
            opts = {
                "py": ['"', "'"], "js": ["'", '"', "`"], "yaml": ["", '"', "'", ""],
                "env": ["", '"', ""], "sh": ['"', "'", ""], "json": ['"'], "ini": [""],
                "toml": ['"', "'"], "make": [""], "docker": ["", '"'], "props": [""],
                "xml": [""], "hydra": ["", '"'], "gha": ["", '"', "'"], "netrc": [""],
                "raw": [""],
            }.get(lang, ['"'])
            self._q[lang] = r.choice(opts)
        qc = self._q[lang]
        if qc == "" and lang in ("yaml", "env", "sh", "docker", "hydra", "gha"):
            if s == "" or any(ch not in SAFE_BARE for ch in s) or s[0] in "-.":
                qc = '"' if lang != "sh" else "'"
        if qc == "" and lang in ("yaml", "hydra", "gha") and s.lower() in (
                "null", "true", "false", "yes", "no", "on", "off", "~"):
            qc = '"'
        return qc + s + qc

    def val(self, lang):
        """the value token as written in code/config of language `lang`"""
        if self.pos or self.special:
            return self.q(lang, self.raw(lang))
        e = self.env()
        if self.fk == "env" and not (self.cr["shape"] == "url" and self.ev % 2 == 0):
            k = self.ev
            if lang == "py":
                return ['os.environ["%s"]' % e, 'os.getenv("%s")' % e,
                        'os.environ.get("%s", "")' % e,
                        ('userdata.get("%s")' if getattr(self, "colab", False) else 'os.getenv("%s")') % e,
                        'os.environ["%s"]' % e, 'get_secret("%s")' % self.nm("kebab")][k]
            if lang == "js":
                return ["process.env.%s" % e, 'process.env["%s"] ?? ""' % e,
                        "process.env.%s" % e][k % 3]
            if lang == "sh":
                return ['"${%s:?%s is not set}"' % (e, e), '"$%s"' % e,
                        '"$(cat /run/secrets/%s)"' % self.nm("snake"),
                        '"$(vault kv get -field=%s secret/ml/%s)"' % (self.field(), self.cr["short"].lower()),
                        '"$(aws ssm get-parameter --name /ml/%s --with-decryption --query Parameter.Value --output text)"' % self.nm("kebab"),
                        '"$(gcloud secrets versions access latest --secret=%s)"' % self.nm("kebab")][k]
            if lang == "gha":
                return "${{ secrets.%s }}" % e
            if lang == "make":
                return ["$(shell cat .secrets/%s)" % self.nm("snake"), "$(%s)" % e,
                        "$(shell pass show ml/%s)" % self.nm("kebab")][k % 3]
            if lang == "hydra":
                return "${oc.env:%s}" % e
            if lang == "docker":
                return "${%s}" % e
            if lang == "yaml" and k % 2 == 0:
                return "${%s}" % e
            if lang == "env" and k % 3 == 0:
                return ""
        if self.fk == "empty" and lang in ("py",) and self.ev % 2:
            return "None"
        if self.fk == "empty" and lang in ("yaml", "hydra") and self.ev % 2:
            return "null"
        if self.fk == "empty" and lang == "js" and self.ev % 2:
            return "undefined"
        return self.q(lang, self.raw(lang))

    def pubval(self, lang):
        if not self.pub:
            return None
        if self.pub.startswith("${") and lang in ("py", "js"):
            ev = self.pub[2:-1]
            return ('os.environ["%s"]' % ev) if lang == "py" else ("process.env.%s" % ev)
        return self.q(lang, self.pub)


def r_len(cred):
    return cred.get("xlen", 32)


# --------------------------------------------------------------------------------------
# credential kinds
# --------------------------------------------------------------------------------------
def py_roboflow(c, e):
    m = c.m
    return (["from roboflow import Roboflow"],
            ["rf = Roboflow(api_key=%s)" % e,
             'project = rf.workspace("%s").project("%s")' % (m["ws"], m["proj"]),
             "version = project.version(%d)" % m["ver"],
             'dataset = version.download("%s", location="datasets/%s")' % (m["fmt"], m["proj"])])


def py_ls(c, e):
    m = c.m
    return (["from label_studio_sdk.client import LabelStudio"],
            ['ls = LabelStudio(base_url="%s", api_key=%s)' % (m["ls_host"], e),
             "project = ls.projects.get(id=%d)" % m["pid"],
             "tasks = list(ls.tasks.list(project=project.id, fields=\"all\"))",
             'print(f"{len(tasks)} tasks in {project.title}")'])


def py_ls_password(c, e):
    m = c.m
    return (["import requests"],
            ["session = requests.Session()",
             'resp = session.post("%s/user/login/", data={"email": "%s", "password": %s})'
             % (m["ls_host"], m["email"], e),
             "resp.raise_for_status()"])


def py_labelbox(c, e):
    m = c.m
    return (["import labelbox as lb"],
            ["client = lb.Client(api_key=%s)" % e,
             'project = client.get_project("%s")' % m["cuid1"],
             'export_task = project.export(params={"label_details": True})',
             "export_task.wait_till_done()"])


def py_scale(c, e):
    m = c.m
    return (["import scaleapi", "from scaleapi.tasks import TaskStatus"],
            ["client = scaleapi.ScaleClient(%s)" % e,
             'tasks = client.get_tasks(project_name="%s", status=TaskStatus.Completed)' % m["proj"]])


def py_cvat_pw(c, e):
    m = c.m
    return (["from cvat_sdk import make_client"],
            ['with make_client(host="%s", credentials=("%s", %s)) as client:'
             % (m["cvat_host"], m["user"], e),
             "    task = client.tasks.retrieve(%d)" % m["pid"],
             '    task.export_dataset("COCO 1.0", "exports/task_%d.zip", include_images=False)' % m["pid"]])


def py_cvat_token(c, e):
    m = c.m
    return (["import requests"],
            ["session = requests.Session()",
             'session.headers["Authorization"] = "Token " + %s' % e,
             'r = session.get("%s/api/tasks", params={"page_size": 100})' % m["cvat_host"],
             'tasks = r.json()["results"]'])


def py_sly(c, e):
    m = c.m
    return (["import supervisely as sly"],
            ['api = sly.Api("https://app.supervisely.com", %s)' % e,
             "project = api.project.get_info_by_id(%d)" % (m["pid"] * 37),
             'sly.download_project(api, project.id, "data/%s", save_image_info=True)' % m["ds"]])


def py_darwin(c, e):
    m = c.m
    return (["from darwin.client import Client"],
            ["client = Client.from_api_key(%s)" % e,
             'dataset = client.get_remote_dataset("%s/%s")' % (m["team"], m["proj"]),
             'release = dataset.get_release("latest")',
             "dataset.pull(release=release)"])


def py_sa(c, e):
    m = c.m
    return (["from superannotate import SAClient"],
            ["sa = SAClient(token=%s)" % e,
             'sa.upload_images_from_folder_to_project("%s", "data/images/train")' % m["proj"],
             'annotations = sa.get_annotations("%s")' % m["proj"]])


def py_kili(c, e):
    m = c.m
    return (["from kili.client import Kili"],
            ["kili = Kili(api_key=%s)" % e,
             'assets = kili.assets(project_id="%s", fields=["id", "externalId", "labels.jsonResponse"])' % m["cuid1"]])


def py_clarifai(c, e):
    m = c.m
    return (["from clarifai.client.model import Model"],
            ['model = Model(url="https://clarifai.com/clarifai/main/models/general-image-detection", pat=%s)' % e,
             'prediction = model.predict_by_url(IMAGE_URL, input_type="image")',
             "regions = prediction.outputs[0].data.regions"])


def py_ultra(c, e):
    m = c.m
    return (["from ultralytics import YOLO, hub"],
            ["hub.login(%s)" % e,
             'model = YOLO("https://hub.ultralytics.com/models/%s")' % m["mid"],
             "results = model.train()"])


def py_kaggle(c, e):
    m = c.m
    return (["import os"],
            ['os.environ["KAGGLE_USERNAME"] = %s' % (c.pubval("py") or '"%s"' % m["kg_user"]),
             'os.environ["KAGGLE_KEY"] = %s' % e,
             "from kaggle.api.kaggle_api_extended import KaggleApi",
             "api = KaggleApi()",
             "api.authenticate()",
             'api.dataset_download_files("%s", path="data/raw", unzip=True)' % m["kg_slug"]])


def py_hf(c, e):
    m = c.m
    if c.r.random() < 0.5:
        return (["from huggingface_hub import login", "from datasets import load_dataset"],
                ["login(token=%s)" % e, 'ds = load_dataset("%s", split="train")' % m["hf_repo"]])
    return (["from datasets import load_dataset"],
            ['ds = load_dataset("%s", split="train", token=%s)' % (m["hf_repo"], e),
             'ds = ds.train_test_split(test_size=0.1, seed=42)'])


def py_wandb(c, e):
    m = c.m
    return (["import wandb"],
            ["wandb.login(key=%s)" % e,
             'run = wandb.init(project="%s", entity="%s", config=cfg)' % (m["wb_proj"], m["wb_ent"])])


def py_azcv(c, e):
    m = c.m
    return (["from azure.ai.vision.imageanalysis import ImageAnalysisClient",
             "from azure.core.credentials import AzureKeyCredential"],
            ["client = ImageAnalysisClient(",
             '    endpoint="https://%s.cognitiveservices.azure.com/",' % m["res"],
             "    credential=AzureKeyCredential(%s)," % e,
             ")"])


def py_azcustom(c, e):
    m = c.m
    return (["from azure.cognitiveservices.vision.customvision.training import CustomVisionTrainingClient",
             "from msrest.authentication import ApiKeyCredentials"],
            ['credentials = ApiKeyCredentials(in_headers={"Training-key": %s})' % e,
             'trainer = CustomVisionTrainingClient("https://%s.cognitiveservices.azure.com/", credentials)' % m["res"],
             'project = trainer.get_project("%s")' % m["uuid1"]])


def py_azpred(c, e):
    m = c.m
    return (["from azure.cognitiveservices.vision.customvision.prediction import CustomVisionPredictionClient",
             "from msrest.authentication import ApiKeyCredentials"],
            ['creds = ApiKeyCredentials(in_headers={"Prediction-key": %s})' % e,
             'predictor = CustomVisionPredictionClient("https://%s-prediction.cognitiveservices.azure.com/", creds)' % m["res"],
             'results = predictor.detect_image("%s", "Iteration%d", image_bytes)' % (m["uuid1"], m["ver"])])


def py_gvision(c, e):
    return (["from google.cloud import vision"],
            ['client = vision.ImageAnnotatorClient(client_options={"api_key": %s})' % e,
             "response = client.label_detection(image=vision.Image(content=content))"])


def py_aws(c, e):
    m = c.m
    return (["import boto3"],
            ["rekognition = boto3.client(",
             '    "rekognition",',
             '    region_name="%s",' % m["region"],
             "    aws_access_key_id=%s," % c.pubval("py"),
             "    aws_secret_access_key=%s," % e,
             ")"])


def py_minio(c, e):
    m = c.m
    return (["from minio import Minio"],
            ['client = Minio("%s:9000", %s, %s, secure=False)' % (m["ip"], c.pubval("py"), e),
             'client.fget_object("%s", "exports/%s/v%d.zip", "data/export.zip")' % (m["bucket"], m["proj"], m["ver"])])


def py_gcshmac(c, e):
    m = c.m
    return (["import boto3"],
            ['s3 = boto3.client("s3", endpoint_url="https://storage.googleapis.com",',
             "                  aws_access_key_id=%s," % c.pubval("py"),
             "                  aws_secret_access_key=%s)" % e,
             's3.download_file("%s", "frames/%s.tar", "data/frames.tar")' % (m["bucket"], m["proj"])])


def py_azstore(c, e):
    m = c.m
    return (["from azure.storage.blob import BlobServiceClient"],
            ['svc = BlobServiceClient(account_url="https://%s.blob.core.windows.net", credential=%s)' % (m["acct"], e),
             'container = svc.get_container_client("%s")' % m["bucket"]])


def py_url_generic(fn):
    def f(c, e):
        return fn(c, e)
    return f


def py_rtsp(c, e):
    return (["import cv2"],
            ["cap = cv2.VideoCapture(%s)" % e,
             "ok, frame = cap.read()",
             'cv2.imwrite(f"frames/%s_{frame_idx:06d}.jpg", frame)' % c.m["cam"]])


def py_pg(c, e):
    return (["from sqlalchemy import create_engine"],
            ["engine = create_engine(%s, pool_pre_ping=True)" % e,
             'annotations = pd.read_sql("SELECT * FROM task_completion WHERE project_id = %d", engine)' % c.m["pid"]])


def py_mongo(c, e):
    return (["from pymongo import MongoClient"],
            ["client = MongoClient(%s)" % e,
             'coll = client["%s"]["annotations"]' % c.m["db"]])


def py_redis(c, e):
    return (["import redis"],
            ["queue = redis.Redis.from_url(%s)" % e,
             'queue.lpush("frames:%s", frame_key)' % c.m["cam"]])


def py_gdrive(c, e):
    return (["from pydrive2.auth import GoogleAuth"],
            ["gauth = GoogleAuth(settings={",
             '    "client_config_backend": "settings",',
             '    "client_config": {"client_id": %s, "client_secret": %s},' % (c.pubval("py"), e),
             "})"])


def rtsp_render(c, inner):
    m = c.m
    path = ["/Streaming/Channels/101", "/stream1", "/h264/ch1/main/av_stream",
            "/cam/realmonitor?channel=1&subtype=0", "/live/main"][len(m["cam"]) % 5]
    return "rtsp://%s:%s@%s:554%s" % (m["camuser"], inner, m["ip"], path)


def pg_render(c, inner):
    m = c.m
    return "postgresql://%s:%s@%s:5432/%s" % (m["dbuser"], inner,
                                               "db.%s" % m["dom"] if len(m["db"]) % 2 else m["ip"], m["db"])


def mongo_render(c, inner):
    m = c.m
    return "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
        m["dbuser"], inner, m["mid"][:5].lower(), m["db"])


def redis_render(c, inner):
    m = c.m
    return "redis://:%s@%s:6379/0" % (inner, m["ip"])


def azconn_render(c, inner):
    m = c.m
    return ("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net"
            % (m["acct"], inner))


def hexkey(n):
    return lambda r, c: sha(r, n)


CREDS = [
    dict(prov="roboflow", kind="api_key", shape="token", gen=lambda r, c: rs(r, ALNUM, 20),
         env="ROBOFLOW_API_KEY", short="RF", words=("roboflow", "api", "key"), field="api_key",
         human="Roboflow API key", xlen=20, py=py_roboflow, section="roboflow",
         http=("https://api.roboflow.com/%(ws)s/%(proj)s/%(ver)d/%(fmt)s", "query", "api_key"),
         special=lambda r, c: "rf_" + rf_ws_id(r),
         special_words=("roboflow", "publishable", "key"), special_env="ROBOFLOW_PUBLISHABLE_KEY",
         cli=["roboflow download -w %(ws)s -p %(proj)s -v %(ver)d -f %(fmt)s -l datasets/%(proj)s"],
         envkey="ROBOFLOW_API_KEY"),
    dict(prov="label-studio", kind="token", shape="token", gen=hexkey(40),
         env="LABEL_STUDIO_API_KEY", short="LS", words=("label", "studio", "api", "key"),
         field="api_key", human="Label Studio access token", xlen=40, py=py_ls,
         section="label_studio",
         http=("%(ls_host)s/api/projects/%(pid)d/export?exportType=JSON", "Authorization", "Token "),
         cli=['curl -sf -H "Authorization: Token $%(ENV)s" "%(ls_host)s/api/projects/%(pid)d/export?exportType=COCO" -o exports/coco.zip']),
    dict(prov="label-studio", kind="pat", shape="token", gen=lambda r, c: g_ls_pat(r),
         env="LABEL_STUDIO_API_KEY", short="LS", words=("label", "studio", "token"),
         field="api_key", human="Label Studio personal access token", prefix="eyJ", py=py_ls,
         section="label_studio",
         http=("%(ls_host)s/api/token/refresh", "json", "refresh")),
    dict(prov="label-studio", kind="password", shape="token", gen=lambda r, c: human_password(r),
         env="LABEL_STUDIO_PASSWORD", short="LS", words=("label", "studio", "password"),
         field="password", human="Label Studio admin password", xlen=12, py=py_ls_password,
         section="label_studio", pub=lambda r, c: c.m["email"], pub_env="LABEL_STUDIO_USERNAME",
         pub_field="username", compose=True),
    dict(prov="labelbox", kind="api_key", shape="token", gen=lambda r, c: g_labelbox(r),
         env="LABELBOX_API_KEY", short="LB", words=("labelbox", "api", "key"), field="api_key",
         human="Labelbox API key", prefix="eyJ", py=py_labelbox, section="labelbox",
         http=("https://api.labelbox.com/graphql", "Authorization", "Bearer ")),
    dict(prov="scale", kind="api_key", shape="token", gen=lambda r, c: "live_" + sha(r, 32),
         env="SCALE_API_KEY", short="SCALE", words=("scale", "api", "key"), field="api_key",
         human="Scale API key", prefix="live_", py=py_scale, section="scale",
         http=("https://api.scale.com/v1/tasks?project=%(proj)s", "basic", "")),
    dict(prov="cvat", kind="password", shape="token", gen=lambda r, c: human_password(r),
         env="CVAT_PASSWORD", short="CVAT", words=("cvat", "password"), field="password",
         human="CVAT password", xlen=12, py=py_cvat_pw, section="cvat",
         pub=lambda r, c: c.m["user"], pub_env="CVAT_USER", pub_field="username",
         cli=['cvat-cli --server-host %(cvat_host)s --auth "%(user)s:$%(ENV)s" ls']),
    dict(prov="cvat", kind="token", shape="token", gen=hexkey(40),
         env="CVAT_ACCESS_TOKEN", short="CVAT", words=("cvat", "token"), field="token",
         human="CVAT API token", xlen=40, py=py_cvat_token, section="cvat",
         http=("%(cvat_host)s/api/tasks", "Authorization", "Token ")),
    dict(prov="supervisely", kind="api_token", shape="token", gen=lambda r, c: rs(r, ALNUM, 128),
         env="API_TOKEN", short="SLY", words=("supervisely", "api", "token"), field="api_token",
         human="Supervisely API token", xlen=128, py=py_sly, section="supervisely",
         http=("https://app.supervisely.com/public/api/v3/projects.list", "x-api-key", "")),
    dict(prov="v7-darwin", kind="api_key", shape="token",
         gen=lambda r, c: rs(r, ALNUM, 7) + "." + rs(r, B64URL, 32),
         env="DARWIN_API_KEY", short="V7", words=("darwin", "api", "key"), field="api_key",
         human="V7 API key", xlen=40, py=py_darwin, section="darwin",
         http=("https://darwin.v7labs.com/api/v2/teams/%(team)s/items", "Authorization", "ApiKey ")),
    dict(prov="encord", kind="ssh_private_key", shape="pem",
         gen=lambda r, c: openssh_ed25519(r, c.m["user"] + "@encord-ingest"),
         env="ENCORD_SSH_KEY", short="ENCORD", words=("encord", "private", "key"),
         field="ssh_private_key", human="Encord SSH private key"),
    dict(prov="superannotate", kind="sdk_token", shape="token", gen=lambda r, c: superannotate_token(r),
         env="SA_TOKEN", short="SA", words=("superannotate", "token"), field="token",
         human="SuperAnnotate token", xlen=70, py=py_sa, section="superannotate"),
    dict(prov="kili", kind="api_key", shape="token", gen=lambda r, c: rs(r, ALNUM, 40),
         env="KILI_API_KEY", short="KILI", words=("kili", "api", "key"), field="api_key",
         human="Kili API key", xlen=40, py=py_kili, section="kili",
         http=("https://cloud.kili-technology.com/api/label/v2/graphql", "Authorization", "X-API-Key: ")),
    dict(prov="clarifai", kind="pat", shape="token", gen=hexkey(32),
         env="CLARIFAI_PAT", short="CLARIFAI", words=("clarifai", "pat"), field="pat",
         human="Clarifai PAT", xlen=32, py=py_clarifai, section="clarifai",
         http=("https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs",
               "Authorization", "Key ")),
    dict(prov="ultralytics-hub", kind="api_key", shape="token", gen=lambda r, c: rs(r, LALNUM, 42),
         env="ULTRALYTICS_API_KEY", short="HUB", words=("hub", "api", "key"), field="api_key",
         human="Ultralytics HUB API key", xlen=42, py=py_ultra, section="hub",
         cli=["yolo login $%(ENV)s", "yolo train model=https://hub.ultralytics.com/models/%(mid)s"]),
    dict(prov="kaggle", kind="api_key", shape="token", gen=hexkey(32),
         env="KAGGLE_KEY", short="KAGGLE", words=("kaggle", "key"), field="key",
         human="Kaggle API key", xlen=32, py=py_kaggle, section="kaggle",
         pub=lambda r, c: c.m["kg_user"], pub_env="KAGGLE_USERNAME", pub_field="username",
         cli=["kaggle datasets download -d %(kg_slug)s -p data/raw --unzip"]),
    dict(prov="huggingface", kind="access_token", shape="token",
         gen=lambda r, c: "hf_" + rs(r, string.ascii_letters, 34),
         env="HF_TOKEN", short="HF", words=("hf", "token"), field="token",
         human="Hugging Face token", prefix="hf_", xlen=37, py=py_hf, section="huggingface",
         http=("https://huggingface.co/api/datasets/%(hf_repo)s", "Authorization", "Bearer "),
         cli=["huggingface-cli download %(hf_repo)s --repo-type dataset --local-dir data/hf"]),
    dict(prov="wandb", kind="api_key", shape="token", gen=hexkey(40),
         env="WANDB_API_KEY", short="WANDB", words=("wandb", "api", "key"), field="api_key",
         human="W&B API key", xlen=40, py=py_wandb, section="wandb",
         cli=["wandb login $%(ENV)s", "wandb agent %(wb_ent)s/%(wb_proj)s/%(runid)s"]),
    dict(prov="aws", kind="secret_access_key", shape="token", gen=lambda r, c: aws_secret(r),
         env="AWS_SECRET_ACCESS_KEY", short="AWS", words=("aws", "secret", "access", "key"),
         field="aws_secret_access_key", human="AWS secret access key", xlen=40, py=py_aws,
         section="aws", pub=lambda r, c: aws_akid(r), pub_env="AWS_ACCESS_KEY_ID",
         pub_field="aws_access_key_id",
         pubneg=lambda r, c: "AKIAIOSFODNN7EXAMPLE" if c.fk != "env" else "${AWS_ACCESS_KEY_ID}",
         special=lambda r, c: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         cli=["aws s3 sync s3://%(bucket)s/groundtruth/%(proj)s/ data/gt/",
              "aws rekognition describe-projects --region %(region)s"]),
    dict(prov="azure-computer-vision", kind="api_key", shape="token", gen=hexkey(32),
         env="VISION_KEY", short="AZCV", words=("vision", "key"), field="subscription_key",
         human="Azure Vision key", xlen=32, py=py_azcv, section="azure_vision",
         http=("https://%(res)s.cognitiveservices.azure.com/computervision/imageanalysis:analyze?api-version=2024-02-01&features=tags,objects",
               "Ocp-Apim-Subscription-Key", "")),
    dict(prov="azure-custom-vision", kind="training_key", shape="token", gen=hexkey(32),
         env="CUSTOM_VISION_TRAINING_KEY", short="CV", words=("training", "key"), field="training_key",
         human="Custom Vision training key", xlen=32, py=py_azcustom, section="custom_vision",
         http=("https://%(res)s.cognitiveservices.azure.com/customvision/v3.3/training/projects/%(uuid1)s/iterations",
               "Training-Key", "")),
    dict(prov="azure-custom-vision", kind="prediction_key", shape="token", gen=hexkey(32),
         env="CUSTOM_VISION_PREDICTION_KEY", short="CV", words=("prediction", "key"),
         field="prediction_key", human="Custom Vision prediction key", xlen=32, py=py_azpred,
         section="custom_vision",
         http=("https://%(res)s-prediction.cognitiveservices.azure.com/customvision/v3.0/Prediction/%(uuid1)s/detect/iterations/Iteration%(ver)d/image",
               "Prediction-Key", "")),
    dict(prov="google-vision", kind="api_key", shape="token",
         gen=lambda r, c: "AIzaSy" + rs(r, B64URL, 33),
         env="GOOGLE_VISION_API_KEY", short="GCV", words=("vision", "api", "key"), field="api_key",
         human="Google API key", prefix="AIza", xlen=39, py=py_gvision, section="google_vision",
         http=("https://vision.googleapis.com/v1/images:annotate", "query", "key")),
    dict(prov="google-cloud", kind="service_account_key", shape="sa",
         gen=lambda r, c: rsa_pkcs8_pem(r), env="GOOGLE_APPLICATION_CREDENTIALS", short="GCP",
         words=("service", "account"), field="private_key", human="service account key"),
    dict(prov="rtsp-camera", kind="password", shape="url", gen=lambda r, c: human_password(r, True),
         env="RTSP_URL", short="CAM", words=("rtsp", "url"), field="rtsp_url", pw_env="CAM_PASSWORD",
         human="camera password", render=rtsp_render, py=py_rtsp, section="camera"),
    dict(prov="postgres", kind="password", shape="url",
         gen=lambda r, c: r.choice([human_password(r, True), rs(r, ALNUM, 24)]),
         env="DATABASE_URL", short="DB", words=("database", "url"), field="database_url",
         pw_env="POSTGRES_PASSWORD", human="database password", render=pg_render, py=py_pg,
         section="database"),
    dict(prov="mongodb", kind="password", shape="url", gen=lambda r, c: rs(r, ALNUM, r.randint(16, 24)),
         env="MONGO_URI", short="MONGO", words=("mongo", "uri"), field="mongo_uri",
         pw_env="MONGO_PASSWORD", human="MongoDB password", render=mongo_render, py=py_mongo,
         section="mongodb"),
    dict(prov="redis", kind="password", shape="url", gen=lambda r, c: rs(r, ALNUM, r.randint(20, 32)),
         env="REDIS_URL", short="REDIS", words=("redis", "url"), field="redis_url",
         pw_env="REDIS_PASSWORD", human="Redis password", render=redis_render, py=py_redis,
         section="queue"),
    dict(prov="azure-storage", kind="connection_string", shape="url",
         gen=lambda r, c: azure_storage_key(r), env="AZURE_STORAGE_CONNECTION_STRING", short="AZST",
         words=("storage", "connection", "string"), field="connection_string",
         pw_env="AZURE_STORAGE_KEY", human="storage account key", render=azconn_render,
         py=lambda c, e: (["from azure.storage.blob import BlobServiceClient"],
                          ["svc = BlobServiceClient.from_connection_string(%s)" % e,
                           'container = svc.get_container_client("%s")' % c.m["bucket"]]),
         section="azure_storage"),
    dict(prov="azure-storage", kind="account_key", shape="token", gen=lambda r, c: azure_storage_key(r),
         env="AZURE_STORAGE_KEY", short="AZST", words=("storage", "account", "key"),
         field="account_key", human="storage account key", xlen=88, py=py_azstore,
         section="azure_storage", pub=lambda r, c: c.m["acct"], pub_env="AZURE_STORAGE_ACCOUNT",
         pub_field="account_name"),
    dict(prov="minio", kind="secret_key", shape="token", gen=lambda r, c: rs(r, ALNUM, 40),
         env="MINIO_SECRET_KEY", short="MINIO", words=("minio", "secret", "key"), field="secret_key",
         human="MinIO secret key", xlen=40, py=py_minio, section="minio",
         pub=lambda r, c: rs(r, UALNUM, 20), pub_env="MINIO_ACCESS_KEY", pub_field="access_key",
         pubneg=lambda r, c: "${MINIO_ACCESS_KEY}"),
    dict(prov="gcs", kind="hmac_secret", shape="token", gen=lambda r, c: rs(r, ALNUM + "+/", 40),
         env="GCS_HMAC_SECRET", short="GCS", words=("gcs", "hmac", "secret"), field="secret_access_key",
         human="GCS HMAC secret", xlen=40, py=py_gcshmac, section="gcs",
         pub=lambda r, c: "GOOG1E" + rs(r, UALNUM, 55), pub_env="GCS_HMAC_ACCESS_ID",
         pub_field="access_key_id", pubneg=lambda r, c: "${GCS_HMAC_ACCESS_ID}"),
    dict(prov="google-oauth", kind="client_secret", shape="token",
         gen=lambda r, c: "GOCSPX-" + rs(r, B64URL, 28), env="GDRIVE_CLIENT_SECRET", short="GDRIVE",
         words=("gdrive", "client", "secret"), field="gdrive_client_secret",
         human="Google OAuth client secret", prefix="GOCSPX-", xlen=35, py=py_gdrive, section="gdrive",
         pub=lambda r, c: "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LALNUM, 32)),
         pub_env="GDRIVE_CLIENT_ID", pub_field="gdrive_client_id"),
    dict(prov="minio", kind="password", shape="token", gen=lambda r, c: human_password(r),
         env="MINIO_ROOT_PASSWORD", short="MINIO", words=("minio", "root", "password"),
         field="root_password", human="MinIO root password", xlen=12,
         py=lambda c, e: (["from minio import Minio"],
                          ['client = Minio("%s:9000", access_key=%s, secret_key=%s, secure=False)'
                           % (c.m["ip"], c.pubval("py"), e)]),
         section="minio", pub=lambda r, c: r.choice(["mlops", "labeling-admin", "root-ml"]),
         pub_env="MINIO_ROOT_USER", pub_field="root_user", compose=True),
]
WEIGHTS = {("roboflow", "api_key"): 2.4, ("label-studio", "token"): 1.3, ("label-studio", "pat"): 0.8,
           ("label-studio", "password"): 0.8, ("labelbox", "api_key"): 1.2, ("cvat", "token"): 0.7,
           ("ultralytics-hub", "api_key"): 1.2, ("kaggle", "api_key"): 1.5, ("huggingface", "access_token"): 1.6,
           ("wandb", "api_key"): 1.6, ("aws", "secret_access_key"): 1.4, ("azure-custom-vision", "training_key"): 0.8,
           ("azure-custom-vision", "prediction_key"): 0.8, ("google-cloud", "service_account_key"): 0.8,
           ("rtsp-camera", "password"): 1.4, ("postgres", "password"): 0.8, ("mongodb", "password"): 0.5,
           ("redis", "password"): 0.5, ("azure-storage", "connection_string"): 0.5,
           ("azure-storage", "account_key"): 0.5, ("minio", "secret_key"): 0.6, ("gcs", "hmac_secret"): 0.5,
           ("google-oauth", "client_secret"): 0.5, ("minio", "password"): 0.4}
for _c in CREDS:
    _c["weight"] = WEIGHTS.get((_c["prov"], _c["kind"]), 1.0)


# --------------------------------------------------------------------------------------
# helpers for templates
# --------------------------------------------------------------------------------------
def ind(lines, n=4):
    return [(" " * n + l) if l else l for l in lines]


def pick(r, *opts):
    return r.choice(opts)


def extra_py_imports(v):
    out = []
    if "get_secret(" in v:
        out.append("from common.secrets import get_secret")
    if "userdata.get(" in v:
        out.append("from google.colab import userdata")
    return out


def py_assemble(doc, imports, body):
    lines = []
    if doc:
        lines += ['"""' + doc + '"""', ""]
    seen = []
    std = [i for i in imports if (i.startswith("import ") and i.split()[1] in (
        "os", "sys", "json", "argparse", "logging", "time", "shutil", "subprocess"))
           or i.startswith("from pathlib ") or i.startswith("from dataclasses ")]
    other = [i for i in imports if i not in std]
    for group in (std, other):
        for i in group:
            if i not in seen:
                seen.append(i)
                lines.append(i)
        if group:
            lines.append("")
    lines.append("")
    return "\n".join(lines + body).rstrip("\n") + "\n"


def pub_line_env(c, style="env"):
    """KEY=value line for the public half of a pair, or None"""
    if not c.pub:
        return None
    if style == "env":
        return "%s=%s" % (c.cr["pub_env"], c.q("env", c.pub))
    if style == "yaml":
        return "%s: %s" % (c.cr["pub_field"], c.q("yaml", c.pub))
    return None


def http_parts(c):
    """(url, header_name, header_value_expr_builder) for a cred with http info"""
    url, hn, pre = c.cr["http"]
    return url % c.m, hn, pre


def needs(use, *words):
    s = "\n".join(use)
    return any(re.search(r"\b%s\b" % w, s) for w in words)


def train_params(c):
    m = c.m
    return ["model: %s" % m["model"], "epochs: %d" % m["epochs"], "imgsz: %d" % m["imgsz"],
            "batch: %d" % m["batch"], "lr0: %s" % m["lr"], "seed: %d" % c.r.choice([0, 7, 42, 1337])]


# --------------------------------------------------------------------------------------
# templates usable by positives and (re-used) negatives: fn(c) -> (relpath, text)
# --------------------------------------------------------------------------------------
def t_py_const(c):
    r, m = c.r, c.m
    name = c.nm(pick(r, "scream", "scream", "snake"))
    v = c.val("py")
    imps, use = c.cr["py"](c, name)
    doc = pick(r, "Pull the latest %s export and start a training run." % m["proj"],
               "Ingest labelled frames for %s into the training bucket." % m["proj"],
               "Nightly dataset refresh for the %s model." % m["proj"], None)
    body = ["logging.basicConfig(level=logging.INFO)", "log = logging.getLogger(__name__)", "",
            "%s = %s" % (name, v),
            'DATA_DIR = Path(os.environ.get("DATA_DIR", "datasets")) / "%s"' % m["proj"],
            "CLASSES = %s" % json.dumps(m["classes"]), "", "",
            "def main() -> None:",
            "    DATA_DIR.mkdir(parents=True, exist_ok=True)"]
    body += ind(use)
    body += ['    log.info("done: %s", DATA_DIR)', "", "",
             'if __name__ == "__main__":', "    main()"]
    if "cfg" in "\n".join(use):
        body.insert(6, 'cfg = {"epochs": %d, "imgsz": %d, "batch": %d}' % (m["epochs"], m["imgsz"], m["batch"]))
    if "IMAGE_URL" in "\n".join(use):
        body.insert(6, 'IMAGE_URL = "https://%s/samples/%s/0001.jpg"' % ("cdn." + m["dom"], m["proj"]))
    if "pd.read_sql" in "\n".join(use):
        imps = imps + ["import pandas as pd"]
    if needs(use, "frame_key", "frame_idx", "content", "image_bytes"):
        body.insert(6, "frame_idx = frame_key = 0")
        body.insert(7, 'content = image_bytes = Path("samples/0001.jpg").read_bytes()')
    path = pick(r, "train.py", "scripts/train.py", "scripts/pull_dataset.py", "src/%s/ingest.py" % m["ds"],
                "pipelines/refresh_dataset.py", "tools/sync_annotations.py")
    return path, py_assemble(doc, ["import logging", "import os", "from pathlib import Path"] + imps
                             + extra_py_imports(v), body)


def t_py_inline(c):
    r, m = c.r, c.m
    v = c.val("py")
    imps, use = c.cr["py"](c, v)
    pre = []
    if "IMAGE_URL" in "\n".join(use):
        pre.append('IMAGE_URL = "https://storage.googleapis.com/%s/samples/%04d.jpg"' % (m["bucket"], r.randint(1, 999)))
    if "cfg" in "\n".join(use):
        pre.append("cfg = dict(epochs=%d, imgsz=%d, batch=%d, model=%r)" % (m["epochs"], m["imgsz"], m["batch"], m["model"]))
    if needs(use, "frame_key", "frame_idx", "content", "image_bytes"):
        pre.append('content = image_bytes = open("samples/test.jpg", "rb").read()')
        pre.append("frame_idx = frame_key = 0")
    if "pd.read_sql" in "\n".join(use):
        imps = imps + ["import pandas as pd"]
    body = ["# quick one-off: %s" % pick(r, "grab the dataset for local experiments",
                                           "export annotations for the weekly QA review",
                                           "smoke test against the labeling backend",
                                           "pull frames for the new camera")] + pre + [""] + use
    body += ["", 'print("ok")']
    path = pick(r, "scripts/quick_export.py", "notebooks/scratch.py", "tools/fetch.py", "sandbox/try_%s.py" % c.cr["short"].lower(),
                "experiments/%s/download.py" % m["ds"])
    return path, py_assemble(None, ["import os"] + imps + extra_py_imports(v), body)


def t_py_settings(c):
    r, m = c.r, c.m
    v = c.val("py")
    key = c.nm(pick(r, "scream", "snake"))
    style = r.randrange(3)
    lines = ['"""Project settings for the %s labeling pipeline."""' % m["proj"], "import os", ""]
    lines += extra_py_imports(v)
    if style == 0:
        lines += ['PROJECT_NAME = "%s"' % m["proj"], 'WORKSPACE = "%s"' % m["ws"],
                  "DATASET_VERSION = %d" % m["ver"], 'EXPORT_FORMAT = "%s"' % m["fmt"],
                  "IMG_SIZE = %d" % m["imgsz"], ""]
        if c.pub:
            lines.append("%s = %s" % (c.cr["pub_env"], c.pubval("py")))
        lines += ["%s = %s" % (key.upper() if key.islower() and r.random() < 0.5 else key, v),
                  "", 'S3_BUCKET = "%s"' % m["bucket"], "LOG_LEVEL = os.environ.get(\"LOG_LEVEL\", \"INFO\")"]
    elif style == 1:
        lines += ["", "class Config:", '    project = "%s"' % m["proj"], '    workspace = "%s"' % m["ws"],
                  "    version = %d" % m["ver"], "    classes = %s" % json.dumps(m["classes"])]
        if c.pub:
            lines.append("    %s = %s" % (c.cr["pub_field"], c.pubval("py")))
        lines += ["    %s = %s" % (c.nm("snake"), v), "    batch_size = %d" % m["batch"], "",
                  "", "class DevConfig(Config):", "    debug = True", "    batch_size = 4"]
    else:
        lines += ["CONFIG = {", '    "project": "%s",' % m["proj"], '    "workspace": "%s",' % m["ws"],
                  '    "version": %d,' % m["ver"]]
        if c.pub:
            lines.append('    "%s": %s,' % (c.cr["pub_field"], c.pubval("py")))
        lines += ['    "%s": %s,' % (c.field(), v), '    "format": "%s",' % m["fmt"],
                  '    "train": {"epochs": %d, "imgsz": %d, "batch": %d},' % (m["epochs"], m["imgsz"], m["batch"]),
                  "}"]
    path = pick(r, "config/settings.py", "settings.py", "src/%s/config.py" % m["ds"], "app/config.py", "conf/base.py")
    return path, "\n".join(lines) + "\n"


def t_py_argparse(c):
    r, m = c.r, c.m
    v = c.val("py")
    flag = "--" + c.nm("kebab")
    dest = c.nm("snake")
    imps, use = c.cr["py"](c, "args." + dest)
    body = ["def parse_args():",
            '    p = argparse.ArgumentParser(description="%s")' % pick(r, "Export annotations", "Download dataset release", "Upload predictions for review"),
            '    p.add_argument("--project", default="%s")' % m["proj"],
            '    p.add_argument("--version", type=int, default=%d)' % m["ver"],
            '    p.add_argument("%s", default=%s)' % (flag, v),
            '    p.add_argument("--out", default="exports/")',
            "    return p.parse_args()", "", "",
            "def main():", "    args = parse_args()"]
    use_s = "\n".join(use)
    if "cfg" in use_s:
        body.append("    cfg = vars(args)")
    if "IMAGE_URL" in use_s:
        body.append('    IMAGE_URL = "https://cdn.%s/qa/sample.jpg"' % m["dom"])
    if needs(use, "frame_key", "frame_idx", "content", "image_bytes"):
        body.append('    content = image_bytes = open("samples/test.jpg", "rb").read()')
        body.append("    frame_idx = frame_key = 0")
    if "pd.read_sql" in use_s:
        imps = imps + ["import pandas as pd"]
    body += ind(use)
    body += ["", "", 'if __name__ == "__main__":', "    main()"]
    path = pick(r, "cli.py", "scripts/export.py", "tools/%s_cli.py" % c.cr["short"].lower(), "bin/pull_release.py")
    return path, py_assemble(None, ["import argparse", "import os"] + imps + extra_py_imports(v), body)


def t_py_dataclass(c):
    r, m = c.r, c.m
    v = c.val("py")
    fld = c.nm("snake")
    lines = ["from dataclasses import dataclass, field", "import os", ""] + extra_py_imports(v) + ["", "",
             "@dataclass", "class %sConfig:" % pick(r, "Pipeline", "Labeling", "Ingest", "Export"),
             '    project: str = "%s"' % m["proj"], '    workspace: str = "%s"' % m["ws"],
             "    version: int = %d" % m["ver"]]
    if c.pub:
        lines.append("    %s: str = %s" % (c.cr["pub_field"], c.pubval("py")))
    lines += ["    %s: str = %s" % (fld, v),
              "    classes: list = field(default_factory=lambda: %s)" % json.dumps(m["classes"]),
              "    image_size: int = %d" % m["imgsz"], "",
              "    def as_dict(self):", "        return dict(self.__dict__)", ""]
    path = pick(r, "src/%s/config.py" % m["ds"], "pipeline/config.py", "labeling/settings.py")
    return path, "\n".join(lines)


def t_py_requests(c):
    r, m = c.r, c.m
    url, hn, pre = http_parts(c)
    v = c.val("py")
    name = c.nm(pick(r, "scream", "snake"))
    lines = ['"""Small REST helper; the SDK was too heavy for the worker image."""', "import os",
             "import requests", ""] + extra_py_imports(v) + ["%s = %s" % (name, v), "TIMEOUT = 30", "", ""]
    if hn == "query":
        lines += ["def fetch():",
                  '    resp = requests.get("%s", params={"%s": %s}, timeout=TIMEOUT)' % (url, pre, name)]
    elif hn == "basic":
        lines += ["def fetch():",
                  '    resp = requests.get("%s", auth=(%s, ""), timeout=TIMEOUT)' % (url, name)]
    elif hn == "json":
        lines += ["def fetch():",
                  '    resp = requests.post("%s", json={"%s": %s}, timeout=TIMEOUT)' % (url, pre, name)]
    else:
        hv = ('"%s" + %s' % (pre, name)) if pre else name
        lines += ["def fetch():", "    headers = {%r: %s, \"Accept\": \"application/json\"}" % (hn, hv),
                  '    resp = requests.get("%s", headers=headers, timeout=TIMEOUT)' % url]
    lines += ["    resp.raise_for_status()", "    return resp.json()", "", "",
              'if __name__ == "__main__":', "    print(fetch())"]
    path = pick(r, "scripts/api_check.py", "worker/client.py", "src/%s/rest.py" % m["ds"], "healthcheck.py")
    return path, "\n".join(lines) + "\n"


def nb_cell_code(src_lines, outputs=None, n=None):
    src = [l + "\n" for l in src_lines]
    if src:
        src[-1] = src[-1].rstrip("\n")
    return {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": outputs or [],
            "source": src}


def nb_cell_md(lines):
    src = [l + "\n" for l in lines]
    src[-1] = src[-1].rstrip("\n")
    return {"cell_type": "markdown", "metadata": {}, "source": src}


def nb_stream(text_lines, name="stdout"):
    return {"name": name, "output_type": "stream", "text": [l + "\n" for l in text_lines]}


def nb_dump(cells, colab=False):
    md = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
          "language_info": {"name": "python", "version": "3.10.12"}}
    if colab:
        md["accelerator"] = "GPU"
        md["colab"] = {"provenance": [], "gpuType": "T4"}
    nb = {"cells": cells, "metadata": md, "nbformat": 4, "nbformat_minor": 0 if colab else 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def nb_fit(c, cells, colab, limit=80):
    """drop optional cells (never the one holding the value slot) until the notebook fits"""
    keep = c.secret if c.pos else None
    txt = nb_dump(cells, colab)
    i = 0
    while txt.count("\n") > limit and i < len(cells):
        src = "".join(cells[i]["source"])
        if keep is None and i == 0 and len(cells) > 2:
            del cells[i]
        elif keep is not None and keep not in src and "%env" not in src and len(cells) > 2:
            del cells[i]
        else:
            i += 1
        txt = nb_dump(cells, colab)
    return txt


def nb_outputs_for(c):
    m, r = c.m, c.r
    p = c.cr["prov"]
    if p == "roboflow":
        return ["loading Roboflow workspace...", "loading Roboflow project...",
                "Downloading Dataset Version Zip in datasets/%s to %s:: 100%%|##########| %d/%d [00:0%d<00:00, 9.1MB/s]"
                % (m["proj"], m["fmt"], r.randint(9000, 90000), r.randint(9000, 90000), r.randint(2, 9))]
    if p == "wandb":
        return ["wandb: Currently logged in as: %s (%s). Use `wandb login --relogin` to force relogin" % (m["user"].replace(".", ""), m["wb_ent"]),
                "wandb: Tracking run with wandb version 0.16.%d" % r.randint(0, 6),
                "wandb: Syncing run %s-%s-%d" % (pick(r, "sage", "vivid", "fluent", "dry"), pick(r, "sweep", "river", "meadow"), r.randint(1, 90)),
                "wandb: View run at https://wandb.ai/%s/%s/runs/%s" % (m["wb_ent"], m["wb_proj"], m["runid"])]
    if p == "huggingface":
        return ["Downloading readme: 100%%|##########| %d.%dk/%d.%dk [00:00<00:00, 1.2MB/s]" % (4, 2, 4, 2),
                "Generating train split: %d examples [00:0%d, 812.40 examples/s]" % (r.randint(800, 9000), r.randint(1, 9))]
    if p == "kaggle":
        return ["Dataset URL: https://www.kaggle.com/datasets/%s" % m["kg_slug"],
                "License(s): CC0-1.0", "Downloading %s.zip to data/raw" % m["kg_slug"].split("/")[1]]
    if p == "ultralytics-hub":
        return ["Ultralytics HUB: New authentication successful \u2705",
                "Ultralytics HUB: View model at https://hub.ultralytics.com/models/%s \U0001F680" % m["mid"]]
    return ["%d items fetched" % r.randint(20, 5000)]


def t_ipynb_setup(c):
    r, m = c.r, c.m
    colab = r.random() < 0.5
    c.colab = colab
    name = c.nm(pick(r, "scream", "snake"))
    v = c.val("py")
    imps, use = c.cr["py"](c, name)
    extra = []
    use_s = "\n".join(use)
    if "cfg" in use_s:
        extra.append("cfg = dict(epochs=%d, imgsz=%d)" % (m["epochs"], m["imgsz"]))
    if "IMAGE_URL" in use_s:
        extra.append('IMAGE_URL = "https://cdn.%s/demo.jpg"' % m["dom"])
    if needs(use, "frame_key", "frame_idx", "content", "image_bytes"):
        extra.append('content = image_bytes = open("demo.jpg", "rb").read()')
        extra.append("frame_idx = frame_key = 0")
    if "pd.read_sql" in use_s:
        imps = imps + ["import pandas as pd"]
    pip = {"roboflow": "roboflow", "wandb": "wandb", "huggingface": "datasets huggingface_hub",
           "ultralytics-hub": "ultralytics", "labelbox": "labelbox", "kaggle": "kaggle",
           "label-studio": "label-studio-sdk", "superannotate": "superannotate", "kili": "kili",
           "clarifai": "clarifai", "supervisely": "supervisely", "v7-darwin": "darwin-py",
           "cvat": "cvat-sdk", "scale": "scaleapi", "google-vision": "google-cloud-vision",
           "azure-computer-vision": "azure-ai-vision-imageanalysis",
           "azure-custom-vision": "azure-cognitiveservices-vision-customvision", "aws": "boto3",
           "gcs": "boto3", "minio": "minio", "azure-storage": "azure-storage-blob",
           "google-oauth": "pydrive2", "postgres": "sqlalchemy psycopg2-binary pandas",
           "mongodb": "pymongo", "redis": "redis", "rtsp-camera": "opencv-python-headless"}.get(c.cr["prov"], "requests")
    cells = [nb_cell_md(["# %s - %s" % (m["proj"].replace("-", " ").title(), pick(r, "training", "dataset prep", "baseline")),
                         "", "Run top to bottom. GPU runtime recommended."]),
             nb_cell_code(["!pip install -q %s ultralytics==8.%d.%d" % (pip, r.randint(0, 3), r.randint(0, 200))],
                          [nb_stream(["\u001b[2K     \u001b[90m\u2501\u2501\u2501\u001b[0m \u001b[32m%d.%d/%d.%d MB\u001b[0m" % (1, r.randint(0, 9), 1, r.randint(0, 9))])], 1),
             nb_cell_code(["import os"] + extra_py_imports(v) + ["", "%s = %s" % (name, v)] + extra, [], 2),
             nb_cell_code(imps + [""] + use, [nb_stream(nb_outputs_for(c))], 3),
             ]
    if r.random() < 0.4:
        cells.append(nb_cell_code(["from ultralytics import YOLO", "", 'model = YOLO("%s")' % m["model"],
                                   "results = model.train(data=\"datasets/%s/data.yaml\", epochs=%d, imgsz=%d)" % (m["proj"], m["epochs"], m["imgsz"])],
                                  [], None))
    if len(cells) > 4 or r.random() < 0.5:
        del cells[1]
    path = pick(r, "notebooks/train_%s.ipynb" % m["ds"], "notebooks/01_data_prep.ipynb",
                "%s_colab.ipynb" % m["ds"], "colab/Train_YOLOv8_%s.ipynb" % m["ds"])
    return path, nb_fit(c, cells, colab)


def t_ipynb_envmagic(c):
    r, m = c.r, c.m
    e = c.env()
    raw = c.raw("raw")
    if not c.pos and not c.special and c.fk == "env":
        line = "%%env %s=$%s" % (e, "CI_" + e)
    else:
        line = "%%env %s=%s" % (e, raw)
    cells = [nb_cell_md(["## Setup", "Credentials and dataset download"]),
             nb_cell_code([line], [nb_stream(["env: %s=%s" % (e, raw if c.pos or c.special else "")])] if c.pos or c.special else [], 1)]
    if c.pub:
        cells[1]["source"].insert(0, "%%env %s=%s\n" % (c.cr["pub_env"], c.pub))
    cmds = [l % dict(m, ENV=e) for l in c.cr.get("cli", [])]
    if not cmds:
        cmds = ["python -m %s.sync --project %s" % (m["ds"], m["proj"])]
    cells.append(nb_cell_code(["!" + x for x in cmds],
                              [nb_stream(["%s: %d files" % (m["proj"], r.randint(100, 9000))])], 2))
    if r.random() < 0.3:
        cells.append(nb_cell_code(["!ls datasets/ | head"], [nb_stream([m["proj"], "README.roboflow.txt"])], 3))
    path = pick(r, "notebooks/00_setup.ipynb", "notebooks/download_%s.ipynb" % m["ds"], "Setup.ipynb")
    return path, nb_fit(c, cells, r.random() < 0.6)


def t_yaml_train(c):
    r, m = c.r, c.m
    sec = c.cr["section"]
    lines = ["# %s training config" % m["proj"], "# generated by scripts/make_config.py, edited by hand", "",
             "project: %s" % m["proj"], "task: %s" % pick(r, "detect", "segment", "detect"), ""]
    lines += ["data:", "  path: datasets/%s" % m["proj"], "  train: images/train", "  val: images/valid",
              "  names: [%s]" % ", ".join(m["classes"]), ""]
    lines += ["train:"] + ["  " + x for x in train_params(c)] + [""]
    lines += ["%s:" % sec]
    if sec == "roboflow":
        lines += ["  workspace: %s" % m["ws"], "  version: %d" % m["ver"]]
    if c.pub:
        lines.append("  " + pub_line_env(c, "yaml"))
    lines.append("  %s: %s" % (c.field(), c.val("yaml")))
    lines += ["", "logging:", "  level: INFO", "  save_dir: runs/%s" % m["proj"]]
    path = pick(r, "configs/train.yaml", "config/%s.yaml" % m["ds"], "params.yaml", "configs/pipeline.yml",
                "experiments/%s/config.yaml" % m["ds"])
    return path, "\n".join(lines) + "\n"


def t_hydra(c):
    r, m = c.r, c.m
    sec = c.cr["section"]
    lines = ["defaults:", "  - model: %s" % m["model"].replace(".pt", ""), "  - dataset: %s" % m["ds"],
             "  - _self_", "", "seed: 42", "output_dir: ${hydra:runtime.output_dir}", "",
             "dataset:", "  root: ${oc.env:DATA_ROOT,/data}/%s" % m["proj"], "  num_workers: 8", "",
             "%s:" % sec]
    if c.pub:
        lines.append("  " + pub_line_env(c, "yaml"))
    lines.append("  %s: %s" % (c.field(), c.val("hydra")))
    lines += ["", "trainer:", "  max_epochs: %d" % m["epochs"], "  precision: 16-mixed",
              "  accelerator: gpu", "  devices: 1"]
    path = pick(r, "conf/config.yaml", "configs/hydra/train.yaml", "conf/experiment/%s.yaml" % m["ds"])
    return path, "\n".join(lines) + "\n"


def t_dotenv(c):
    r, m = c.r, c.m
    e = c.env()
    lines = ["# %s" % pick(r, "local dev settings", "copy to .env.local for overrides", "pipeline env", "used by docker compose"),
             "PROJECT_NAME=%s" % m["proj"], "DATA_DIR=./datasets", "LOG_LEVEL=%s" % pick(r, "INFO", "DEBUG"),
             "WORKSPACE=%s" % m["ws"], ""]
    if c.pub:
        lines.append(pub_line_env(c, "env"))
    lines.append("%s=%s" % (e, c.val("env")))
    lines += ["", "S3_BUCKET=%s" % m["bucket"], "AWS_DEFAULT_REGION=%s" % m["region"],
              "WANDB_PROJECT=%s" % m["wb_proj"], "IMG_SIZE=%d" % m["imgsz"]]
    if r.random() < 0.5:
        lines.insert(4, "LABEL_STUDIO_URL=%s" % m["ls_host"])
    path = pick(r, ".env", ".env", ".env.local", "docker/.env", ".env.development", "deploy/.env.staging")
    return path, "\n".join(lines) + "\n"


def t_compose(c):
    r, m = c.r, c.m
    e = c.env()
    svc = pick(r, "trainer", "ingest", "worker", "exporter", "sampler")
    if c.cr["prov"] == "label-studio" and r.random() < 0.6:
        svc = "label-studio"
    elif c.cr["prov"] == "cvat":
        svc = pick(r, "cvat-exporter", "cvat-sync")
    image = {"label-studio": "heartexlabs/label-studio:latest"}.get(svc, "%s/%s:%s" % (m["ws"], svc, pick(r, "latest", "0.%d.%d" % (r.randint(1, 9), r.randint(0, 20)))))
    listform = r.random() < 0.5
    envs = [("PROJECT", m["proj"]), ("DATA_DIR", "/data")]
    if c.pub:
        envs.append((c.cr["pub_env"], c.pub))
    lines = ["services:", "  %s:" % svc, "    image: %s" % image, "    restart: unless-stopped"]
    if svc == "label-studio":
        lines += ['    ports:', '      - "8080:8080"', "    volumes:", "      - ./mydata:/label-studio/data"]
    else:
        lines += ["    volumes:", "      - ./datasets:/data", "    depends_on:", "      - redis"]
    lines.append("    environment:")
    for k, v in envs:
        lines.append(("      - %s=%s" % (k, v)) if listform else ("      %s: %s" % (k, c.q("yaml", v))))
    v = c.val("yaml")
    if listform:
        if v.startswith(("'", '"')):
            lines.append("      - %s=%s" % (e, v[1:-1]))
        else:
            lines.append("      - %s=%s" % (e, v))
    else:
        lines.append("      %s: %s" % (e, v))
    lines += ["", "  redis:", "    image: redis:7-alpine", "    ports:", '      - "6379:6379"']
    if svc == "label-studio":
        lines[-5:] = []
    path = pick(r, "docker-compose.yml", "docker-compose.yaml", "compose.yaml", "deploy/docker-compose.dev.yml")
    return path, "\n".join(lines) + "\n"


def t_sh_download(c):
    r, m = c.r, c.m
    e = c.env()
    lines = ["#!/usr/bin/env bash", "# Download the %s dataset and unpack it under data/" % m["proj"],
             "set -euo pipefail", "", 'cd "$(dirname "$0")/.."', ""]
    if c.pub:
        lines.append("export %s=%s" % (c.cr["pub_env"], c.q("sh", c.pub)))
    lines.append("export %s=%s" % (e, c.val("sh")))
    lines += ["", "mkdir -p data/raw data/processed"]
    cmds = [l % dict(m, ENV=e) for l in c.cr.get("cli", [])]
    if not cmds:
        cmds = ["python -m pipelines.ingest --project %s --out data/raw" % m["proj"]]
    lines += cmds
    lines += ['echo "[$(date +%%F)] %s synced"' % m["proj"], "",
              "python scripts/split.py --src data/raw --dst data/processed --val 0.%d" % r.choice([1, 15, 2])]
    path = pick(r, "scripts/download_data.sh", "download.sh", "bin/fetch_dataset.sh", "scripts/setup_env.sh")
    return path, "\n".join(lines) + "\n"


def t_sh_curl(c):
    r, m = c.r, c.m
    url, hn, pre = http_parts(c)
    v = c.val("sh")
    inner = v[1:-1] if v[:1] in "'\"" else v
    lines = ["#!/bin/sh", "# %s" % pick(r, "poll export status", "smoke test for the labeling API", "used by cron on the ingest box"),
             "set -e", "", 'OUT="exports/$(date +%Y%m%d)"', 'mkdir -p "$OUT"', ""]
    if hn == "query":
        sep = "&" if "?" in url else "?"
        lines.append('curl -sS --fail "%s%s%s=%s" -o "$OUT/response.json"' % (url, sep, pre, inner))
    elif hn == "basic":
        lines.append('curl -sS --fail -u "%s:" "%s" -o "$OUT/tasks.json"' % (inner, url))
    elif hn == "json":
        lines.append("curl -sS --fail -X POST -H 'Content-Type: application/json' \\")
        lines.append("  -d '{\"%s\": \"%s\"}' \"%s\"" % (pre, inner, url))
    else:
        lines.append('curl -sS --fail \\')
        lines.append('  -H "%s: %s%s" \\' % (hn, pre, inner))
        lines.append('  "%s" -o "$OUT/export.json"' % url)
    lines += ["", 'jq length "$OUT"/*.json || true']
    path = pick(r, "scripts/check_api.sh", "cron/export.sh", "tools/curl_export.sh")
    return path, "\n".join(lines) + "\n"


def t_make(c):
    r, m = c.r, c.m
    e = c.env()
    v = c.val("make")
    lines = ["# %s pipeline" % m["proj"], "PROJECT ?= %s" % m["proj"], "VERSION ?= %d" % m["ver"],
             "DATA_DIR := data", "PY := python3"]
    if c.pub:
        lines.append("%s ?= %s" % (c.cr["pub_env"], c.pub))
    lines.append("%s %s %s" % (e, pick(r, "?=", ":=", "="), v))
    lines += ["", ".PHONY: data train clean", "", "data:",
              "\t$(PY) scripts/pull.py --project $(PROJECT) --version $(VERSION) --%s $(%s)" % (c.nm("kebab"), e),
              "", "train: data",
              "\tyolo detect train data=$(DATA_DIR)/$(PROJECT)/data.yaml model=%s epochs=%d imgsz=%d" % (m["model"], m["epochs"], m["imgsz"]),
              "", "clean:", "\trm -rf runs/ $(DATA_DIR)/$(PROJECT)"]
    return pick(r, "Makefile", "Makefile", "ml.mk"), "\n".join(lines) + "\n"


def t_gha(c):
    r, m = c.r, c.m
    e = c.env()
    v = c.val("gha")
    lines = ["name: %s" % pick(r, "Nightly dataset refresh", "Train and evaluate", "Export annotations"),
             "", "on:", "  schedule:", '    - cron: "%d %d * * *"' % (r.randint(0, 59), r.randint(0, 23)),
             "  workflow_dispatch:", "", "jobs:", "  refresh:", "    runs-on: ubuntu-latest", "    env:",
             "      PROJECT: %s" % m["proj"]]
    if c.pub:
        lines.append("      %s: %s" % (c.cr["pub_env"], c.q("gha", c.pub)))
    lines.append("      %s: %s" % (e, v))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
              "        with:", '          python-version: "3.11"', "      - run: pip install -r requirements.txt",
              "      - run: python scripts/pull_dataset.py --project $PROJECT"]
    path = pick(r, ".github/workflows/dataset.yml", ".github/workflows/train.yml", ".github/workflows/nightly.yaml")
    return path, "\n".join(lines) + "\n"


def t_gitlab(c):
    r, m = c.r, c.m
    e = c.env()
    lines = ["stages:", "  - data", "  - train", "", "variables:", "  PROJECT: %s" % m["proj"],
             '  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"']
    if c.pub:
        lines.append("  %s: %s" % (c.cr["pub_env"], c.q("yaml", c.pub)))
    v = c.val("yaml")
    if v.startswith("${"):
        v = '"$' + v[2:-1] + '"' if ":" not in v else '"' + v + '"'
    lines.append("  %s: %s" % (e, v))
    lines += ["", "pull-data:", "  stage: data", "  image: python:3.11", "  script:",
              "    - pip install -r requirements.txt", "    - python scripts/pull_dataset.py",
              "  artifacts:", "    paths: [datasets/]", "", "train:", "  stage: train", "  tags: [gpu]",
              "  script:", "    - yolo train data=datasets/%s/data.yaml model=%s" % (m["proj"], m["model"])]
    return ".gitlab-ci.yml", "\n".join(lines) + "\n"


def t_ini(c):
    r, m = c.r, c.m
    sec = c.cr["section"]
    lines = ["[pipeline]", "project = %s" % m["proj"], "workspace = %s" % m["ws"],
             "export_format = %s" % m["fmt"], "", "[%s]" % sec]
    if c.pub:
        lines.append("%s = %s" % (c.cr["pub_field"], c.pub))
    lines.append("%s = %s" % (c.field(), c.val("ini")))
    lines += ["timeout = 60", "", "[paths]", "data = ./datasets", "runs = ./runs"]
    path = pick(r, "config.ini", "pipeline.cfg", "conf/settings.ini", "setup.cfg")
    return path, "\n".join(lines) + "\n"


def t_toml(c):
    r, m = c.r, c.m
    sec = c.cr["section"]
    streamlit = r.random() < 0.4
    if streamlit:
        lines = ["# Streamlit secrets for the review dashboard"]
        if c.pub:
            lines.append('%s = %s' % (c.cr["pub_field"], c.q("toml", c.pub)))
        lines += ['%s = %s' % (c.field(), c.val("toml")), "", "[app]",
                  'title = "%s review"' % m["proj"], "page_size = 50"]
        return ".streamlit/secrets.toml", "\n".join(lines) + "\n"
    lines = ["[project]", 'name = "%s"' % m["proj"].replace("-", "_"), 'version = "0.%d.0"' % m["ver"],
             'requires-python = ">=3.10"', "", "[tool.pipeline]", 'workspace = "%s"' % m["ws"],
             'dataset = "%s"' % m["proj"], "version = %d" % m["ver"], "", "[tool.pipeline.%s]" % sec]
    if c.pub:
        lines.append('%s = %s' % (c.cr["pub_field"], c.q("toml", c.pub)))
    lines += ['%s = %s' % (c.field(), c.val("toml")), "", "[tool.ruff]", "line-length = 100"]
    return pick(r, "pyproject.toml", "pipeline.toml"), "\n".join(lines) + "\n"


def t_docker(c):
    r, m = c.r, c.m
    e = c.env()
    v = c.val("docker")
    lines = ["FROM %s" % pick(r, "ultralytics/ultralytics:latest", "python:3.11-slim", "pytorch/pytorch:2.2.0-cuda12.1-cudnn8-runtime"),
             "", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt",
             "COPY . .", "", "ENV PROJECT=%s \\" % m["proj"], "    DATA_DIR=/data"]
    if c.pub:
        lines.append("ENV %s=%s" % (c.cr["pub_env"], c.q("docker", c.pub)))
    if v.startswith("${"):
        lines.append("ARG %s" % e)
    lines.append("ENV %s=%s" % (e, v))
    lines += ["", 'CMD ["python", "scripts/train.py"]']
    return pick(r, "Dockerfile", "docker/Dockerfile.train", "Dockerfile.worker"), "\n".join(lines) + "\n"


def t_md(c):
    r, m = c.r, c.m
    e = c.env()
    raw = c.raw()
    lines = ["# %s" % m["proj"].replace("-", " ").title(), "",
             "Object detection pipeline for `%s`. Labels live in %s." % (m["proj"], pick(r, "Label Studio", "Roboflow", "CVAT", "Labelbox")),
             "", "## Quick start", "", "```bash", "python -m venv .venv && source .venv/bin/activate",
             "pip install -r requirements.txt"]
    if c.pub:
        lines.append("export %s=%s" % (c.cr["pub_env"], c.pub))
    sv = c.val("sh")
    lines.append("export %s=%s" % (e, sv))
    lines += ["make data train", "```", "", "## Classes", ""]
    lines += ["- `%s`" % k for k in m["classes"]]
    lines += ["", "Results are logged to W&B project `%s/%s`." % (m["wb_ent"], m["wb_proj"])]
    path = pick(r, "README.md", "docs/setup.md", "notes/runbook.md", "docs/getting-started.md")
    return path, "\n".join(lines) + "\n"


def js_use(c, e):
    m = c.m
    sh = c.cr["shape"]
    p = c.cr["prov"]
    if p == "postgres":
        return ["const { Pool } = require('pg');", "", "const pool = new Pool({ connectionString: %s });" % e,
                "const { rows } = await pool.query('SELECT id, image_url FROM tasks LIMIT 100');"]
    if p == "mongodb":
        return ["const { MongoClient } = require('mongodb');", "", "const client = new MongoClient(%s);" % e,
                "await client.connect();", "const tasks = client.db('%s').collection('tasks');" % m["db"]]
    if p == "redis":
        return ["const { createClient } = require('redis');", "", "const client = createClient({ url: %s });" % e,
                "await client.connect();"]
    if p == "rtsp-camera":
        return ["const { spawn } = require('child_process');", "",
                "const ff = spawn('ffmpeg', ['-rtsp_transport', 'tcp', '-i', %s, '-vf', 'fps=1', 'frames/%%06d.jpg']);" % e]
    if sh == "url":
        return ["const conn = %s;" % e]
    url, hn, pre = http_parts(c)
    if hn == "query":
        sep = "&" if "?" in url else "?"
        return ["const url = `%s%s%s=${%s}`;" % (url, sep, pre, e if e.isidentifier() else "(" + e + ")"),
                "const res = await fetch(url);"]
    if hn == "basic":
        return ["const auth = Buffer.from(`${%s}:`).toString('base64');" % e,
                "const res = await fetch('%s', { headers: { Authorization: `Basic ${auth}` } });" % url]
    if hn == "json":
        return ["const res = await fetch('%s', {" % url, "  method: 'POST',",
                "  headers: { 'Content-Type': 'application/json' },",
                "  body: JSON.stringify({ %s: %s }),".replace("%s: %s", "%s: %s") % (pre, e), "});"]
    return ["const res = await fetch('%s', {" % url,
            "  headers: { '%s': %s, Accept: 'application/json' }," % (hn, ("'%s' + %s" % (pre, e)) if pre else e),
            "});"]


def t_js(c):
    r, m = c.r, c.m
    name = c.nm(pick(r, "camel", "scream"))
    v = c.val("js")
    use = js_use(c, name)
    req = [l for l in use if l.startswith("const {") and "require(" in l]
    rest = [l for l in use if l not in req]
    lines = ["// %s" % pick(r, "sync labelled tasks into the review dashboard", "worker: push frames for labeling",
                            "small script used by the annotation QA team"), "'use strict';"] + req + [""]
    lines += ["const %s = %s;" % (name, v), "const PROJECT = '%s';" % m["proj"], "", "async function main() {"]
    lines += ind([l for l in rest if l != ""], 2)
    lines += ["  console.log(`done: ${PROJECT}`);", "}", "", "main().catch((err) => {", "  console.error(err);",
              "  process.exit(1);", "});"]
    path = pick(r, "scripts/sync.js", "dashboard/server/labeling.js", "tools/export.mjs".replace(".mjs", ".js"), "worker/index.js")
    return path, "\n".join(lines) + "\n"


def t_json_cfg(c):
    r, m = c.r, c.m
    sec = c.cr["section"]
    inner = {}
    if c.pub:
        inner[c.cr["pub_field"]] = c.pub
    raw = c.raw("json")
    inner[c.field()] = raw
    if not c.pos and c.fk == "empty" and c.ev % 2:
        inner[c.field()] = None
    cfg = {"project": m["proj"], "workspace": m["ws"], "version": m["ver"], sec: inner,
           "train": {"epochs": m["epochs"], "imgsz": m["imgsz"], "batch": m["batch"]},
           "classes": m["classes"]}
    txt = json.dumps(cfg, indent=pick(r, 2, 4)) + "\n"
    path = pick(r, "config/pipeline.json", "pipeline.config.json", "configs/%s.json" % m["ds"], "settings.json")
    return path, txt


def t_xml_appconfig(c):
    r, m = c.r, c.m
    key = c.nm("pascal")
    raw = c.raw("xml")
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
             '    <add key="ProjectName" value="%s" />' % m["proj"],
             '    <add key="Endpoint" value="https://%s.cognitiveservices.azure.com/" />' % m["res"]]
    if c.pub:
        lines.append('    <add key="%s" value="%s" />' % (style_name(c.cr["pub_env"].lower().split("_"), "pascal"), c.pub))
    lines.append('    <add key="%s" value="%s" />' % (key, raw))
    lines += ['    <add key="ConfidenceThreshold" value="0.%d" />' % r.randint(3, 8), "  </appSettings>",
              "  <startup>", '    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />',
              "  </startup>", "</configuration>"]
    return pick(r, "App.config", "src/DefectInspector/App.config", "Web.config"), "\n".join(lines) + "\n"


def t_props(c):
    r, m = c.r, c.m
    pre = pick(r, "vision", "labeling", "pipeline", "app.%s" % c.cr["short"].lower())
    lines = ["spring.application.name=%s-service" % m["proj"], "server.port=%d" % pick(r, 8080, 8081, 9000),
             "%s.project=%s" % (pre, m["proj"])]
    if c.pub:
        lines.append("%s.%s=%s" % (pre, c.cr["pub_field"].replace("_", "-"), c.pub))
    lines.append("%s.%s=%s" % (pre, c.nm("kebab"), c.raw("props")))
    lines += ["%s.timeout-ms=15000" % pre, "logging.level.root=INFO", "management.endpoints.web.exposure.include=health,info"]
    return pick(r, "src/main/resources/application.properties", "application.properties",
                "src/main/resources/application-dev.properties"), "\n".join(lines) + "\n"


def t_k8s(c):
    r, m = c.r, c.m
    e = c.env()
    v = c.val("yaml")
    if v.startswith("${"):
        v = '"' + v + '"'
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s-ingest" % m["proj"],
             "  labels:", "    app: %s" % m["proj"], "spec:", "  replicas: 1", "  selector:", "    matchLabels:",
             "      app: %s" % m["proj"], "  template:", "    metadata:", "      labels:", "        app: %s" % m["proj"],
             "    spec:", "      containers:", "        - name: ingest",
             "          image: ghcr.io/%s/ingest:%s" % (m["ws"], pick(r, "1.%d.0" % m["ver"], "latest")),
             "          env:", "            - name: PROJECT", "              value: %s" % m["proj"]]
    if c.pub:
        lines += ["            - name: %s" % c.cr["pub_env"], "              value: %s" % c.q("yaml", c.pub)]
    lines += ["            - name: %s" % e, "              value: %s" % v,
              "          resources:", "            limits:", '              nvidia.com/gpu: "1"']
    return pick(r, "k8s/deployment.yaml", "deploy/k8s/ingest.yaml", "manifests/%s.yaml" % m["ds"]), "\n".join(lines) + "\n"


def t_ps1(c):
    r, m = c.r, c.m
    e = c.env()
    raw = c.raw()
    if not c.pos and not c.special and c.fk == "env":
        vline = '$env:%s = [Environment]::GetEnvironmentVariable("%s", "User")' % (e, e)
    else:
        vline = '$env:%s = "%s"' % (e, raw)
    lines = ["# Windows setup for the annotation workstation", "$ErrorActionPreference = \"Stop\"", ""]
    if c.pub:
        lines.append('$env:%s = "%s"' % (c.cr["pub_env"], c.pub))
    lines += [vline, '$env:PROJECT = "%s"' % m["proj"], "", "python -m venv .venv", ".\\.venv\\Scripts\\Activate.ps1",
              "pip install -r requirements.txt", "python scripts\\pull_dataset.py --project $env:PROJECT"]
    return pick(r, "setup.ps1", "scripts/setup_windows.ps1"), "\n".join(lines) + "\n"


def t_tfvars(c):
    r, m = c.r, c.m
    lines = ['project     = "%s"' % m["proj"], 'region      = "%s"' % m["region"],
             'bucket_name = "%s"' % m["bucket"], 'gpu_type    = "%s"' % pick(r, "g5.xlarge", "g4dn.xlarge", "p3.2xlarge")]
    if c.pub:
        lines.append('%s = "%s"' % (c.cr["pub_field"], c.pub))
    raw = c.raw()
    lines.append('%s = "%s"' % (c.nm("snake"), raw))
    lines += ["", "tags = {", '  team  = "ml-platform"', '  owner = "%s"' % m["user"], "}"]
    return pick(r, "infra/terraform.tfvars", "terraform/envs/dev.tfvars", "infra/ml.auto.tfvars"), "\n".join(lines) + "\n"


# ---- provider-specific templates ---------------------------------------------------------
def t_kaggle_json(c):
    r = c.r
    d = {"username": c.pub, "key": c.raw("json")}
    txt = json.dumps(d, indent=pick(r, 2, 4))
    return pick(r, "kaggle.json", ".kaggle/kaggle.json", "config/kaggle.json", "secrets/kaggle.json"), txt + "\n"


def t_kaggle_heredoc(c):
    r, m = c.r, c.m
    raw = c.raw("json")
    lines = ["#!/usr/bin/env bash", "# one-time setup on a fresh GPU box", "set -euo pipefail", "",
             "mkdir -p ~/.kaggle", "cat > ~/.kaggle/kaggle.json <<'EOF'",
             '{"username":"%s","key":"%s"}' % (c.pub, raw), "EOF", "chmod 600 ~/.kaggle/kaggle.json", "",
             "kaggle datasets download -d %s -p data/raw --unzip" % m["kg_slug"],
             "ls data/raw | head"]
    return pick(r, "scripts/setup_kaggle.sh", "bootstrap.sh", "gpu/setup.sh"), "\n".join(lines) + "\n"


def t_netrc(c):
    r, m = c.r, c.m
    raw = c.raw("netrc")
    if raw == "":
        raw = '""'
    lines = ["machine api.wandb.ai", "  login user", "  password %s" % raw]
    lines = [pick(r, "# W&B credentials for the training containers (mounted at /root/.netrc)",
                  "# netrc used by wandb inside the GPU image", "# copied into the runner by ci/setup.sh"), ""] + lines
    if r.random() < 0.5:
        lines += ["", "machine files.pythonhosted.org", "  login anonymous"]
    return pick(r, ".netrc", "docker/netrc", "ci/netrc"), "\n".join(lines) + "\n"


def t_darwin_cfg(c):
    r, m = c.r, c.m
    lines = ["global:", "  api_endpoint: https://darwin.v7labs.com/api/", "  base_url: https://darwin.v7labs.com",
             "  default_team: %s" % m["team"], "teams:", "  %s:" % m["team"],
             "    api_key: %s" % c.val("yaml"), "    datasets_dir: /home/%s/.darwin/datasets" % m["user"].replace(".", "")]
    return pick(r, ".darwin/config.yaml", "config/darwin.yaml", "darwin-config.yaml"), "\n".join(lines) + "\n"


def t_ultra_settings(c):
    r, m = c.r, c.m
    lines = ["settings_version: 0.0.%d" % r.randint(4, 6), "datasets_dir: /workspace/datasets",
             "weights_dir: weights", "runs_dir: runs", "uuid: %s" % sha(r, 64), "sync: true",
             "api_key: %s" % c.val("yaml"), "openai_api_key: ''", "clearml: false", "comet: false",
             "dvc: false", "hub: true", "mlflow: false", "neptune: false", "raytune: false",
             "tensorboard: true", "wandb: false"]
    return pick(r, "settings.yaml", "config/ultralytics/settings.yaml", ".config/Ultralytics/settings.yaml"), "\n".join(lines) + "\n"


def t_sly_env(c):
    r = c.r
    lines = [pick(r, "# Supervisely app debug environment", "# used by `supervisely` SDK: sly.env / load_dotenv",
                  "# local run of the export app"), "",
             'SERVER_ADDRESS="https://app.supervisely.com"', 'API_TOKEN=%s' % c.q("env", c.raw("env")) if c.pos or c.fk != "env"
             else 'API_TOKEN="${SUPERVISELY_API_TOKEN}"', "TEAM_ID=%d" % r.randint(100, 9999),
             "WORKSPACE_ID=%d" % r.randint(100, 99999)]
    return pick(r, "supervisely.env", "local.env", "debug.env"), "\n".join(lines) + "\n"


def t_sa_ini(c):
    r = c.r
    lines = [pick(r, "; SuperAnnotate SDK config (SAClient reads this by default)",
                  "; copied from ~/.superannotate/config.ini on the labeling box",
                  "; team: %s" % c.m["team"]), "", "[DEFAULT]", "SA_TOKEN = %s" % c.raw("ini"), "LOGGING_LEVEL = INFO",
             "LOGGING_PATH = ~/.superannotate/logs"]
    return pick(r, ".superannotate/config.ini", "superannotate_config.ini", "config/sa_config.ini"), "\n".join(lines) + "\n"


def t_aws_credentials(c):
    r, m = c.r, c.m
    prof = pick(r, "default", "groundtruth", "ml-labeling", "rekognition")
    lines = ["# profile used by the Ground Truth / Rekognition scripts", "[%s]" % prof, "aws_access_key_id = %s" % c.pub, "aws_secret_access_key = %s" % c.raw("ini"),
             "region = %s" % m["region"]]
    if r.random() < 0.5:
        lines += ["", "[profile-sso]", "sso_start_url = https://%s.awsapps.com/start" % m["ws"].split("-")[0],
                  "sso_region = %s" % m["region"], "sso_account_id = %d" % r.randint(10 ** 11, 10 ** 12 - 1),
                  "sso_role_name = MLEngineer"]
    return pick(r, ".aws/credentials", "deploy/aws/credentials", "aws_credentials"), "\n".join(lines) + "\n"


def t_dvc_config(c):
    r, m = c.r, c.m
    p = c.cr["prov"]
    name = pick(r, "storage", "s3remote", "myremote", "data")
    lines = ["[core]", "    remote = %s" % name, "    autostage = true", "['remote \"%s\"']" % name]
    raw = c.raw("ini")
    if p == "aws":
        lines += ["    url = s3://%s/dvcstore" % m["bucket"], "    access_key_id = %s" % c.pub,
                  "    secret_access_key = %s" % raw]
    elif p == "minio":
        lines += ["    url = s3://%s/dvc" % m["bucket"], "    endpointurl = http://%s:9000" % m["ip"],
                  "    access_key_id = %s" % c.pub, "    secret_access_key = %s" % raw]
    elif p == "gcs":
        lines += ["    url = s3://%s/dvc" % m["bucket"], "    endpointurl = https://storage.googleapis.com",
                  "    access_key_id = %s" % c.pub, "    secret_access_key = %s" % raw]
    elif p == "azure-storage" and c.cr["kind"] == "account_key":
        lines += ["    url = azure://%s/dvc" % m["bucket"], "    account_name = %s" % c.pub,
                  "    account_key = %s" % raw]
    elif p == "azure-storage":
        lines += ["    url = azure://%s/dvc" % m["bucket"], "    connection_string = %s" % raw]
    else:  # google-oauth
        lines += ["    url = gdrive://%s" % ("1" + rs(r, B64URL, 32)), "    gdrive_client_id = %s" % c.pub,
                  "    gdrive_client_secret = %s" % raw]
    if r.random() < 0.5:
        lines += ["['remote \"local\"']", "    url = /mnt/nas/dvc-cache"]
    return pick(r, ".dvc/config", ".dvc/config", ".dvc/config.local"), "\n".join(lines) + "\n"


def sa_json_obj(c, pk):
    m, r = c.m, c.r
    return {"type": "service_account", "project_id": m["gcp"], "private_key_id": sha(r, 40),
            "private_key": pk,
            "client_email": "vision-labeler@%s.iam.gserviceaccount.com" % m["gcp"],
            "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": "https://oauth2.googleapis.com/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/vision-labeler%%40%s.iam.gserviceaccount.com" % m["gcp"],
            "universe_domain": "googleapis.com"}


def t_gcp_sa_json(c):
    r = c.r
    if c.pos:
        pk = c.secret
    else:
        pk = ["", "<paste private key here>", "-----BEGIN PRIVATE KEY-----\n<REDACTED>\n-----END PRIVATE KEY-----\n",
              "${GCP_PRIVATE_KEY}"][c.ph % 4]
        c.kind_label = ["empty", "placeholder", "masked", "env-reference"][c.ph % 4]
    txt = json.dumps(sa_json_obj(c, pk), indent=2) + "\n"
    if c.pos:
        c.needle_override = json.dumps(pk)[1:-1]
    return pick(r, "credentials/gcp-vision.json", "keys/vision-sa.json", "service-account.json",
                "config/gcloud/%s.json" % c.m["gcp"]), txt


def t_gcp_sa_py(c):
    r, m = c.r, c.m
    if c.pos:
        esc = json.dumps(c.secret)[1:-1]
        pkv = '"%s"' % esc
        c.needle_override = esc
    else:
        pkv = ['os.environ["GCP_PRIVATE_KEY"].replace("\\\\n", "\\n")', '""', '"<private key>"'][c.ph % 3]
        c.kind_label = ["env-reference", "empty", "placeholder"][c.ph % 3]
    lines = ['"""Vision API client for the auto-labeling step."""', "import os", "",
             "from google.cloud import vision", "from google.oauth2 import service_account", "",
             "SA_INFO = {", '    "type": "service_account",', '    "project_id": "%s",' % m["gcp"],
             '    "private_key_id": "%s",' % sha(r, 40), '    "private_key": %s,' % pkv,
             '    "client_email": "vision-labeler@%s.iam.gserviceaccount.com",' % m["gcp"],
             '    "token_uri": "https://oauth2.googleapis.com/token",', "}", "",
             "creds = service_account.Credentials.from_service_account_info(SA_INFO)",
             "client = vision.ImageAnnotatorClient(credentials=creds)", "", "",
             "def prelabel(path):", '    with open(path, "rb") as f:',
             "        image = vision.Image(content=f.read())",
             "    return client.object_localization(image=image).localized_object_annotations"]
    return pick(r, "autolabel/gcv.py", "src/%s/prelabel.py" % m["ds"], "prelabel_gcv.py"), "\n".join(lines) + "\n"


def t_encord_py(c):
    r, m = c.r, c.m
    if c.pos:
        kv = '"""%s\n"""' % c.secret if r.random() < 0.5 else '"""%s"""' % c.secret
        pre = []
    else:
        kv = ['Path(os.environ["ENCORD_SSH_KEY_FILE"]).read_text()', 'os.environ["ENCORD_SSH_KEY"]',
              'Path("~/.ssh/encord_ed25519").expanduser().read_text()', 'get_secret("encord-ssh-key")'][c.ph % 4]
        pre = ["from common.secrets import get_secret"] if "get_secret" in kv else []
        c.kind_label = "env-reference"
    name = c.nm("scream") if c.obv else pick(r, "KEY_MATERIAL", "AUTH_BLOB", "SSH_PEM")
    lines = ['"""Push pre-labels from the detector into Encord."""', "import os", "from pathlib import Path", ""] + pre + [
        "from encord import EncordUserClient", "",
        "%s = %s" % (name, kv), 'PROJECT_HASH = "%s"' % m["uuid1"], "",
        "user_client = EncordUserClient.create_with_ssh_private_key(%s)" % name,
        "project = user_client.get_project(PROJECT_HASH)", "",
        "for row in project.list_label_rows_v2():", "    row.initialise_labels()",
        '    print(row.data_title, row.label_hash)']
    return pick(r, "scripts/encord_upload.py", "encord_sync.py", "tools/prelabel_to_encord.py"), "\n".join(lines) + "\n"


def t_encord_keyfile(c):
    r = c.r
    return pick(r, "keys/encord_ed25519", ".encord/id_ed25519", "deploy/encord-key"), c.secret + "\n"


def t_encord_dotenv(c):
    r, m = c.r, c.m
    v = '"%s"' % c.secret if c.pos else ['""', '"<paste key>"', "${ENCORD_KEY_FROM_VAULT}"][c.ph % 3]
    if not c.pos:
        c.kind_label = ["empty", "placeholder", "env-reference"][c.ph % 3]
    lines = ["# Encord ingest worker", "ENCORD_PROJECT_HASH=%s" % m["uuid1"], "ENCORD_DATASET_HASH=%s" % m["uuid2"],
             "ENCORD_SSH_KEY=%s" % v, "LOG_LEVEL=INFO"]
    return pick(r, ".env", ".env.encord"), "\n".join(lines) + "\n"


def t_rtsp_streams(c):
    r, m = c.r, c.m
    lines = ["# camera sources for the frame sampler", "sample_fps: %d" % r.choice([1, 2, 5]),
             "output: s3://%s/frames/" % m["bucket"], "cameras:"]
    n = r.randint(2, 4)
    slot = r.randrange(n)
    for i in range(n):
        name = m["cam"] if i == slot else pick(r, "yard-%d" % i, "lobby-%d" % i, "line%d-side" % i, "roof-%d" % i)
        lines.append("  - name: %s" % name)
        if i == slot:
            lines.append("    url: %s" % c.val("yaml"))
        else:
            lines.append("    url: rtsp://%s:8554/%s" % (ip_private(r), pick(r, "live", "cam%d" % i, "stream")))
        lines += ["    roi: [0, 0, 1920, 1080]", "    enabled: %s" % pick(r, "true", "true", "false")]
    return pick(r, "configs/cameras.yaml", "streams.yml", "sampler/cameras.yaml"), "\n".join(lines) + "\n"


def t_frigate(c):
    r, m = c.r, c.m
    if c.pos:
        pw = c.secret
    else:
        pw = ["{FRIGATE_RTSP_PASSWORD}", "{FRIGATE_RTSP_PASSWORD}", "<password>", "****"][c.ph % 4]
        c.kind_label = ["env-reference", "env-reference", "placeholder", "masked"][c.ph % 4]
    url = "rtsp://%s:%s@%s:554/cam/realmonitor?channel=1&subtype=0" % (m["camuser"], pw, m["ip"])
    lines = ["mqtt:", "  enabled: false", "", "detectors:", "  coral:", "    type: edgetpu", "    device: usb", "",
             "cameras:", "  %s:" % m["cam"].replace("-", "_"), "    ffmpeg:", "      inputs:",
             "        - path: %s" % url, "          roles:", "            - detect", "            - record",
             "    detect:", "      width: 1280", "      height: 720", "      fps: 5", "    objects:",
             "      track: [%s]" % ", ".join(["person", "car"])]
    return pick(r, "frigate/config.yml", "config/config.yml"), "\n".join(lines) + "\n"


def t_ls_compose(c):
    r, m = c.r, c.m
    isuser = c.cr["kind"] == "password"
    lines = ["version: \"3.9\"", "services:", "  app:", "    image: heartexlabs/label-studio:%s" % pick(r, "latest", "1.%d.0" % r.randint(8, 14)),
             "    ports:", '      - "8080:8080"', "    depends_on:", "      - db", "    environment:",
             "      - DJANGO_DB=default", "      - POSTGRE_NAME=postgres", "      - POSTGRE_USER=postgres",
             "      - POSTGRE_PASSWORD=${POSTGRES_PASSWORD}", "      - POSTGRE_PORT=5432", "      - POSTGRE_HOST=db",
             "      - LABEL_STUDIO_HOST=%s" % m["ls_host"]]
    raw = c.raw("env")
    if not c.pos and c.fk == "env":
        raw = "${%s}" % c.cr["env"]
    if isuser:
        lines += ["      - LABEL_STUDIO_USERNAME=%s" % m["email"], "      - LABEL_STUDIO_PASSWORD=%s" % raw]
    else:
        lines += ["      - LABEL_STUDIO_USERNAME=%s" % m["email"], "      - LABEL_STUDIO_USER_TOKEN=%s" % raw]
    lines += ["    volumes:", "      - ./mydata:/label-studio/data:rw", "", "  db:", "    image: postgres:13.%d" % r.randint(8, 18),
              "    environment:", "      - POSTGRES_HOST_AUTH_METHOD=scram-sha-256",
              "      - POSTGRES_PASSWORD=${POSTGRES_PASSWORD}", "    volumes:", "      - ./postgres-data:/var/lib/postgresql/data"]
    return pick(r, "docker-compose.yml", "label-studio/docker-compose.yml", "deploy/labelstudio.compose.yml"), "\n".join(lines) + "\n"


def t_pytest_fixture(c):
    r, m = c.r, c.m
    v = c.val("py")
    lines = ["import os", "", "import pytest", ""] + extra_py_imports(v) + ["",
             "@pytest.fixture(scope=\"session\")", "def %s():" % c.nm("snake"),
             "    # integration tests hit the staging workspace",
             "    return %s" % v, "", "",
             "@pytest.fixture", "def project_name():", '    return "%s"' % m["proj"], "", "",
             "@pytest.mark.integration", "def test_can_list_projects(%s, project_name):" % c.nm("snake"),
             "    assert %s" % c.nm("snake"), "    assert project_name"]
    return pick(r, "tests/conftest.py", "tests/integration/conftest.py"), "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------
# domain look-alike negatives: fn(r) -> (relpath, text, filetype, provider, kind)
# --------------------------------------------------------------------------------------
def n_coco(r):
    m = make_meta(r)
    cats = [{"id": i + 1, "name": n, "supercategory": "object"} for i, n in enumerate(m["classes"])]
    imgs, anns = [], []
    aid = r.randint(1, 5000)
    for i in range(r.randint(2, 4)):
        iid = r.randint(1, 600000)
        fn = "%012d.jpg" % iid if r.random() < 0.5 else "%s_jpg.rf.%s.jpg" % (rs(r, LALNUM, 10), sha(r, 32))
        imgs.append({"id": iid, "file_name": fn, "width": 1280, "height": 720,
                     "date_captured": ts(r), "license": 1})
        for _ in range(r.randint(1, 2)):
            x, y = r.randint(0, 1000), r.randint(0, 600)
            w, h = r.randint(10, 200), r.randint(10, 100)
            anns.append({"id": aid, "image_id": iid, "category_id": r.randint(1, len(cats)),
                         "bbox": [x, y, w, h], "area": w * h, "iscrowd": 0, "segmentation": []})
            aid += 1
    d = {"info": {"description": "%s export" % m["proj"], "version": str(m["ver"]), "year": 2024,
                  "contributor": m["ws"], "url": "https://universe.roboflow.com/%s/%s/dataset/%d" % (m["ws"], m["proj"], m["ver"])},
         "licenses": [{"id": 1, "name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}],
         "categories": cats, "images": imgs, "annotations": anns}
    out = ["{"]
    keys = list(d)
    for k in keys:
        v = d[k]
        end = "," if k != keys[-1] else ""
        if isinstance(v, list):
            out.append('  "%s": [' % k)
            for i, it in enumerate(v):
                out.append("    " + json.dumps(it) + ("," if i < len(v) - 1 else ""))
            out.append("  ]" + end)
        else:
            out.append('  "%s": %s%s' % (k, json.dumps(v), end))
    out.append("}")
    return (pick(r, "datasets/%s/train/_annotations.coco.json" % m["proj"], "annotations/instances_val.json"),
            "\n".join(out) + "\n", "coco-json", "roboflow", "annotation-ids")


def n_yolo_data(r):
    m = make_meta(r)
    lines = ["train: ../train/images", "val: ../valid/images", "test: ../test/images", "",
             "nc: %d" % len(m["classes"]), "names: [%s]" % ", ".join("'%s'" % x for x in m["classes"]), "",
             "roboflow:", "  workspace: %s" % m["ws"], "  project: %s" % m["proj"], "  version: %d" % m["ver"],
             "  license: CC BY 4.0",
             "  url: https://universe.roboflow.com/%s/%s/dataset/%d" % (m["ws"], m["proj"], m["ver"])]
    return "datasets/%s/data.yaml" % m["proj"], "\n".join(lines) + "\n", "yaml", "roboflow", "workspace-ids"


def n_ls_xml(r):
    m = make_meta(r)
    cols = ["#FF0000", "#00C853", "#2962FF", "#FFD600", "#AA00FF", "#FF6D00"]
    lines = ["<View>", '  <Header value="Draw a box around every %s"/>' % m["classes"][0],
             '  <Image name="image" value="$image" zoom="true" zoomControl="true" rotateControl="false"/>',
             '  <RectangleLabels name="label" toName="image" strokeWidth="2">']
    for i, cl in enumerate(m["classes"]):
        lines.append('    <Label value="%s" background="%s" hotkey="%d"/>' % (cl, cols[i % len(cols)], i + 1))
    lines += ["  </RectangleLabels>",
              '  <Choices name="quality" toName="image" choice="single" showInline="true">',
              '    <Choice value="ok"/>', '    <Choice value="blurry"/>', '    <Choice value="occluded"/>',
              "  </Choices>", '  <TextArea name="comment" toName="image" placeholder="Token or key visible in frame? Describe it." maxSubmissions="1"/>',
              "</View>"]
    return pick(r, "label_config.xml", "labeling/config.xml", "ls/%s_interface.xml" % m["ds"]), "\n".join(lines) + "\n", \
        "label-studio-xml", "label-studio", "label-config"


def n_ls_export(r):
    m = make_meta(r)
    tasks = []
    for _ in range(1):
        tid = r.randint(1, 90000)
        res = []
        for _ in range(r.randint(1, 2)):
            res.append({"id": rs(r, B64URL, 10), "type": "rectanglelabels", "from_name": "label", "to_name": "image",
                        "original_width": 1920, "original_height": 1080, "image_rotation": 0,
                        "value": {"x": round(r.uniform(0, 80), 3), "y": round(r.uniform(0, 80), 3),
                                  "width": round(r.uniform(2, 20), 3), "height": round(r.uniform(2, 20), 3),
                                  "rotation": 0, "rectanglelabels": [r.choice(m["classes"])]}})
        tasks.append({"id": tid, "data": {"image": "/data/upload/%d/%s-frame_%05d.jpg" % (m["pid"], sha(r, 8), r.randint(0, 99999))},
                      "annotations": [{"id": r.randint(1, 200000), "completed_by": r.randint(1, 40), "result": res,
                                       "was_cancelled": False, "ground_truth": False, "created_at": ts(r) + ".%06dZ" % r.randint(0, 999999),
                                       "lead_time": round(r.uniform(3, 90), 3), "unique_id": uuid4(r)}],
                      "meta": {}, "project": m["pid"], "updated_by": r.randint(1, 40)})
    return pick(r, "exports/project-%d-at-%s.json" % (m["pid"], date(r)), "data/ls_export.json"), \
        json.dumps(tasks, indent=2) + "\n", "label-studio-json", "label-studio", "annotation-ids"


def n_cvat_xml(r):
    m = make_meta(r)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<annotations>", "  <version>1.1</version>", "  <meta>",
             "    <task>", "      <id>%d</id>" % r.randint(1, 9000), "      <name>%s batch %d</name>" % (m["proj"], m["ver"]),
             "      <size>%d</size>" % r.randint(50, 900), "      <mode>annotation</mode>",
             "      <created>%s.%06d+00:00</created>" % (ts(r).replace("T", " "), r.randint(0, 999999)),
             "      <owner>", "        <username>%s</username>" % m["user"], "        <email>%s</email>" % m["email"],
             "      </owner>", "      <labels>"]
    for cl in m["classes"]:
        lines += ["        <label>", "          <name>%s</name>" % cl, "          <color>#%s</color>" % sha(r, 6),
                  "          <type>rectangle</type>", "        </label>"]
    lines += ["      </labels>", "    </task>", "    <dumped>%s+00:00</dumped>" % ts(r).replace("T", " "), "  </meta>"]
    for i in range(r.randint(1, 3)):
        lines.append('  <image id="%d" name="frame_%06d.png" width="1920" height="1080">' % (i, r.randint(0, 99999)))
        lines.append('    <box label="%s" source="manual" occluded="0" xtl="%.2f" ytl="%.2f" xbr="%.2f" ybr="%.2f" z_order="0">'
                     % (r.choice(m["classes"]), r.uniform(0, 900), r.uniform(0, 500), r.uniform(900, 1900), r.uniform(500, 1000)))
        lines += ["    </box>", "  </image>"]
    lines.append("</annotations>")
    return "exports/cvat/annotations.xml", "\n".join(lines) + "\n", "cvat-xml", "cvat", "task-metadata"


def n_voc(r):
    m = make_meta(r)
    lines = ["<annotation>", "  <folder>%s</folder>" % m["ds"], "  <filename>%s.jpg</filename>" % sha(r, 16),
             "  <path>/data/%s/%s.jpg</path>" % (m["ds"], sha(r, 16)),
             "  <source><database>%s</database></source>" % m["proj"],
             "  <size><width>1280</width><height>720</height><depth>3</depth></size>", "  <segmented>0</segmented>"]
    for _ in range(r.randint(1, 3)):
        lines += ["  <object>", "    <name>%s</name>" % r.choice(m["classes"]), "    <pose>Unspecified</pose>",
                  "    <truncated>0</truncated>", "    <difficult>0</difficult>",
                  "    <bndbox><xmin>%d</xmin><ymin>%d</ymin><xmax>%d</xmax><ymax>%d</ymax></bndbox>" % (
                      r.randint(0, 600), r.randint(0, 300), r.randint(601, 1279), r.randint(301, 719)), "  </object>"]
    lines.append("</annotation>")
    return "datasets/%s/Annotations/%s.xml" % (m["ds"], sha(r, 12)), "\n".join(lines) + "\n", "voc-xml", "generic", "image-hash"


def n_labelbox_ndjson(r):
    m = make_meta(r)
    rows = []
    for _ in range(r.randint(5, 8)):
        rows.append(json.dumps({"data_row": {"id": cuid(r), "global_key": "%s/%s.jpg" % (m["ds"], sha(r, 12)),
                                             "external_id": "frame_%06d.jpg" % r.randint(0, 999999),
                                             "row_data": "https://storage.googleapis.com/%s/%s.jpg" % (m["bucket"], sha(r, 20))},
                                "projects": {cuid(r): {"name": m["proj"], "labels": [{"id": cuid(r), "annotations": {
                                    "objects": [{"feature_id": cuid(r), "feature_schema_id": cuid(r),
                                                 "name": r.choice(m["classes"]), "annotation_kind": "ImageBoundingBox",
                                                 "bounding_box": {"top": r.randint(0, 500), "left": r.randint(0, 900),
                                                                  "height": r.randint(10, 200), "width": r.randint(10, 200)}}]}}]}}}))
    return "exports/labelbox_%s.ndjson" % date(r).replace("-", ""), "\n".join(rows) + "\n", "ndjson", "labelbox", "cuid-ids"


def n_darwin_json(r):
    m = make_meta(r)
    d = {"version": "2.0", "schema_ref": "https://darwin-public.s3.eu-west-1.amazonaws.com/darwin_json/2.0/schema.json",
         "item": {"name": "%s.jpg" % sha(r, 10), "path": "/", "source_info": {
             "item_id": uuid4(r), "dataset": {"name": m["proj"], "slug": m["proj"], "dataset_management_url": "https://darwin.v7labs.com/datasets/%d/dataset-management" % r.randint(100, 900000)},
             "team": {"name": m["team"], "slug": m["team"]},
             "workview_url": "https://darwin.v7labs.com/workview?dataset=%d&item=%s" % (r.randint(100, 900000), uuid4(r))},
             "slots": [{"type": "image", "slot_name": "0", "width": 1920, "height": 1080,
                        "source_files": [{"file_name": "img.jpg", "url": "https://darwin.v7labs.com/api/v2/teams/%s/uploads/%s" % (m["team"], uuid4(r))}]}]},
         "annotations": [{"bounding_box": {"h": 120.5, "w": 88.0, "x": 301.2, "y": 44.9}, "id": uuid4(r),
                          "name": r.choice(m["classes"]), "slot_names": ["0"]}]}
    return "darwin_exports/%s/%s.json" % (m["proj"], sha(r, 10)), json.dumps(d, indent=2) + "\n", "darwin-json", "v7-darwin", "uuid-ids"


def n_sly(r):
    m = make_meta(r)
    d = {"classes": [{"title": cl, "shape": "rectangle", "color": "#%s" % sha(r, 6).upper(), "geometry_config": {},
                      "id": r.randint(1000000, 9999999), "hotkey": ""} for cl in m["classes"]],
         "tags": [{"name": "reviewed", "value_type": "none", "color": "#%s" % sha(r, 6).upper(), "id": r.randint(10 ** 6, 10 ** 7)}],
         "projectType": "images", "projectSettings": {"multiView": {"enabled": False}}}
    return "sly_project/%s/meta.json" % m["ds"], json.dumps(d, indent=4) + "\n", "supervisely-json", "supervisely", "class-ids"


def n_groundtruth_manifest(r):
    m = make_meta(r)
    job = "%s-labeling-%s" % (m["proj"], date(r).replace("-", ""))
    rows = []
    for _ in range(r.randint(5, 8)):
        rows.append(json.dumps({"source-ref": "s3://%s/raw/%s/%s.jpg" % (m["bucket"], m["ds"], sha(r, 16)),
                                job: {"annotations": [{"class_id": r.randint(0, 3), "left": r.randint(0, 800), "top": r.randint(0, 400),
                                                       "width": r.randint(10, 200), "height": r.randint(10, 200)}],
                                      "image_size": [{"width": 1280, "height": 720, "depth": 3}]},
                                job + "-metadata": {"objects": [{"confidence": round(r.uniform(0.5, 0.99), 2)}],
                                                     "class-map": {str(i): cl for i, cl in enumerate(m["classes"][:4])},
                                                     "type": "groundtruth/object-detection", "human-annotated": "yes",
                                                     "creation-date": ts(r) + ".%06d" % r.randint(0, 999999),
                                                     "job-name": "labeling-job/%s" % job}}))
    return "groundtruth/output/%s/manifests/output/output.manifest" % job, "\n".join(rows) + "\n", "jsonl-manifest", "aws", "s3-object-keys"


def n_rekognition(r):
    m = make_meta(r)
    acct = r.randint(10 ** 11, 10 ** 12 - 1)
    stamp = r.randint(1600000000000, 1760000000000)
    lines = ["# Rekognition Custom Labels model used by the inspection line", "rekognition:",
             "  region: %s" % m["region"],
             "  project_arn: arn:aws:rekognition:%s:%d:project/%s/%d" % (m["region"], acct, m["proj"], stamp),
             "  model_arn: arn:aws:rekognition:%s:%d:project/%s/version/%s.%s/%d" % (m["region"], acct, m["proj"], m["proj"], ts(r).replace(":", "."), stamp + 9),
             "  min_inference_units: 1", "  min_confidence: 70", "",
             "ground_truth:",
             "  labeling_job_arn: arn:aws:sagemaker:%s:%d:labeling-job/%s-%d" % (m["region"], acct, m["proj"], m["ver"]),
             "  workteam_arn: arn:aws:sagemaker:%s:%d:workteam/private-crowd/%s-team" % (m["region"], acct, m["ws"]),
             "  role_arn: arn:aws:iam::%d:role/service-role/AmazonSageMaker-ExecutionRole-%s" % (acct, ts(r).replace("-", "").replace(":", "")[:15]),
             "  output: s3://%s/groundtruth/" % m["bucket"],
             "  credentials: instance-profile   # no static keys on the box"]
    return pick(r, "config/rekognition.yaml", "infra/labeling.yml"), "\n".join(lines) + "\n", "yaml", "aws", "arn-ids"


def n_dvc_file(r):
    m = make_meta(r)
    lines = ["outs:", "- md5: %s.dir" % sha(r, 32), "  size: %d" % r.randint(10 ** 6, 10 ** 10),
             "  nfiles: %d" % r.randint(100, 90000), "  hash: md5", "  path: %s" % pick(r, "images", "raw", m["ds"])]
    return "data/%s.dvc" % pick(r, "images", "raw", m["ds"]), "\n".join(lines) + "\n", "dvc-file", "dvc", "md5-digests"


def n_dvc_lock(r):
    m = make_meta(r)
    lines = ["schema: '2.0'", "stages:"]
    for st in ["prepare", "train", "evaluate"]:
        lines += ["  %s:" % st, "    cmd: python src/%s.py" % st, "    deps:",
                  "    - path: src/%s.py" % st, "      hash: md5", "      md5: %s" % sha(r, 32), "      size: %d" % r.randint(500, 9000),
                  "    outs:", "    - path: %s" % {"prepare": "data/prepared", "train": "models/best.pt", "evaluate": "metrics.json"}[st],
                  "      hash: md5", "      md5: %s" % sha(r, 32)]
    return "dvc.lock", "\n".join(lines) + "\n", "dvc-lock", "dvc", "md5-digests"


def n_wandb_meta(r):
    m = make_meta(r)
    d = {"os": "Linux-5.15.0-%d-generic-x86_64-with-glibc2.35" % r.randint(50, 120), "python": "3.10.12",
         "heartbeatAt": ts(r) + ".%06d" % r.randint(0, 999999), "startedAt": ts(r) + ".%06d" % r.randint(0, 999999),
         "program": "train.py", "codePath": "train.py", "git": {"remote": "https://github.com/%s/%s.git" % (m["ws"], m["proj"]),
                                                               "commit": sha(r, 40)},
         "email": m["email"], "root": "/workspace/%s" % m["proj"], "host": "gpu-%02d" % r.randint(1, 40),
         "username": "root", "executable": "/opt/conda/bin/python", "cpu_count": 16, "gpu": "NVIDIA A10G", "gpu_count": 1,
         "run_id": m["runid"], "sweep_id": wandb_run_id(r), "entity": m["wb_ent"], "project": m["wb_proj"]}
    return "wandb/run-%s-%s/files/wandb-metadata.json" % (ts(r).replace("-", "").replace(":", "").replace("T", "_"), m["runid"]), \
        json.dumps(d, indent=4) + "\n", "json", "wandb", "run-ids"


def n_wandb_sweep(r):
    m = make_meta(r)
    lines = ["# created with: wandb sweep sweep.yaml  ->  sweep id %s" % wandb_run_id(r),
             "program: train.py", "method: bayes", "project: %s" % m["wb_proj"], "entity: %s" % m["wb_ent"],
             "metric:", "  name: metrics/mAP50-95(B)", "  goal: maximize", "parameters:",
             "  lr0:", "    min: 0.0001", "    max: 0.02", "  batch:", "    values: [8, 16, 32]",
             "  imgsz:", "    values: [512, 640, 800]",
             "# best run so far: https://wandb.ai/%s/%s/runs/%s" % (m["wb_ent"], m["wb_proj"], m["runid"])]
    return "sweep.yaml", "\n".join(lines) + "\n", "yaml", "wandb", "run-ids"


def n_hf_card(r):
    m = make_meta(r)
    lines = ["---", "license: cc-by-4.0", "task_categories:", "- object-detection", "pretty_name: %s" % m["proj"],
             "size_categories:", "- 1K<n<10K", "dataset_info:", "  features:", "  - name: image", "    dtype: image",
             "  - name: objects", "    sequence:", "    - name: bbox", "      sequence: float32",
             "  splits:", "  - name: train", "    num_bytes: %d" % r.randint(10 ** 7, 10 ** 9),
             "    num_examples: %d" % r.randint(1000, 9999), "  download_size: %d" % r.randint(10 ** 7, 10 ** 9),
             "configs:", "- config_name: default", "  data_files:", "  - split: train", "    path: data/train-*", "---", "",
             "# %s" % m["proj"], "", "Pinned revision used for the paper: `%s`" % sha(r, 40), "",
             "```python", "from datasets import load_dataset", "",
             'ds = load_dataset("%s", revision="%s")  # token comes from `huggingface-cli login`' % (m["hf_repo"], sha(r, 40)), "```"]
    return pick(r, "hf_dataset/README.md", "README.md"), "\n".join(lines) + "\n", "markdown", "huggingface", "commit-shas"


def n_lfs(r):
    lines = ["version https://git-lfs.github.com/spec/v1", "oid sha256:%s" % sha(r, 64), "size %d" % r.randint(10 ** 6, 3 * 10 ** 8)]
    return pick(r, "weights/best.pt", "models/%s" % r.choice(MODELS), "weights/yolov8s-custom.onnx"), \
        "\n".join(lines) + "\n", "git-lfs-pointer", "generic", "sha256-digest"


def n_pip_hashes(r):
    pk = [("ultralytics", "8.%d.%d" % (r.randint(0, 3), r.randint(0, 200))), ("roboflow", "1.1.%d" % r.randint(20, 60)),
          ("label-studio-sdk", "1.0.%d" % r.randint(1, 9)), ("wandb", "0.16.%d" % r.randint(0, 6)),
          ("opencv-python-headless", "4.9.0.80")]
    lines = ["#", "# This file is autogenerated by pip-compile with Python 3.11", "#"]
    for n, v in r.sample(pk, 3):
        lines += ["%s==%s \\" % (n, v), "    --hash=sha256:%s \\" % sha(r, 64), "    --hash=sha256:%s" % sha(r, 64)]
    return "requirements.txt", "\n".join(lines) + "\n", "requirements", "generic", "sha256-digest"


def n_clarifai_workflow(r):
    m = make_meta(r)
    lines = ["workflow:", "  id: %s-prelabel" % m["proj"], "  nodes:", "    - id: detector", "      model:",
             "        model_id: general-image-detection", "        model_version_id: %s" % sha(r, 32),
             "        user_id: clarifai", "        app_id: main", "    - id: crop-classifier", "      model:",
             "        model_id: %s-classifier" % m["ds"], "        model_version_id: %s" % sha(r, 32),
             "      node_inputs:", "        - node_id: detector", "",
             "# auth: CLARIFAI_PAT is read from the environment by the SDK"]
    return pick(r, "clarifai/workflow.yaml", "configs/clarifai_workflow.yml"), "\n".join(lines) + "\n", "yaml", "clarifai", "model-version-ids"


def n_ultra_args(r):
    m = make_meta(r)
    lines = ["task: detect", "mode: train", "model: https://hub.ultralytics.com/models/%s" % rs(r, ALNUM, 20),
             "data: datasets/%s/data.yaml" % m["proj"], "epochs: %d" % m["epochs"], "patience: 50",
             "batch: %d" % m["batch"], "imgsz: %d" % m["imgsz"], "save: true", "device: '0'", "workers: 8",
             "project: runs/%s" % m["proj"], "name: train%d" % m["ver"], "optimizer: auto", "seed: 0",
             "lr0: %s" % m["lr"], "mosaic: 1.0", "mixup: 0.0"]
    return "runs/detect/train%d/args.yaml" % m["ver"], "\n".join(lines) + "\n", "yaml", "ultralytics-hub", "model-ids"


def n_roboflow_publishable(r):
    m = make_meta(r)
    pk = "rf_" + rf_ws_id(r)
    lines = ["<!doctype html>", "<html>", "<head>", '  <script src="https://cdn.jsdelivr.net/npm/inferencejs"></script>',
             "</head>", "<body>", '  <video id="cam" autoplay muted playsinline></video>', "  <script>",
             "    // publishable key: safe to ship in browser code (inference only)",
             '    const PUBLISHABLE_KEY = "%s";' % pk,
             "    const engine = new inferencejs.InferenceEngine();",
             '    const workerId = await engine.startWorker("%s", %d, PUBLISHABLE_KEY);' % (m["proj"], m["ver"]),
             "  </script>", "</body>", "</html>"]
    return pick(r, "web/index.html", "demo/public/index.html"), "\n".join(lines) + "\n", "html", "roboflow", "publishable-key"


def n_customvision_ids(r):
    m = make_meta(r)
    d = {"endpoint": "https://%s.cognitiveservices.azure.com/" % m["res"], "projectId": uuid4(r),
         "iterationId": uuid4(r), "publishedName": "Iteration%d" % m["ver"],
         "predictionResourceId": "/subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.CognitiveServices/accounts/%s-prediction" % (uuid4(r), m["ws"], m["res"]),
         "trainingKey": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/cv-training-key/)" % m["ws"].split("-")[0],
         "predictionKey": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/cv-prediction-key/)" % m["ws"].split("-")[0],
         "tags": {cl: uuid4(r) for cl in m["classes"][:3]}}
    return "config/customvision.json", json.dumps(d, indent=2) + "\n", "json", "azure-custom-vision", "keyvault-reference"


def n_gvision_response(r):
    labels = [("/m/01bqk0", "Building"), ("/m/0k4j", "Car"), ("/m/07yv9", "Vehicle"), ("/m/01g317", "Person"),
              ("/m/083wq", "Wheel"), ("/m/015qff", "Traffic light")]
    d = {"responses": [{"labelAnnotations": [{"mid": mid, "description": desc, "score": round(r.uniform(0.6, 0.99), 6),
                                              "topicality": round(r.uniform(0.6, 0.99), 6)} for mid, desc in r.sample(labels, 3)],
                        "localizedObjectAnnotations": [{"mid": labels[1][0], "name": "Car", "score": 0.91,
                                                        "boundingPoly": {"normalizedVertices": [{"x": 0.1, "y": 0.2}, {"x": 0.5, "y": 0.2}, {"x": 0.5, "y": 0.7}, {"x": 0.1, "y": 0.7}]}}]}]}
    return "tests/fixtures/gcv_response_%d.json" % r.randint(1, 99), json.dumps(d, indent=2) + "\n", "json", "google-vision", "api-response"


def n_encord_pub(r):
    m = make_meta(r)
    blob = base64.b64encode(struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)).decode()
    lines = ["# Encord access", "", "We authenticate with an SSH key pair. Only the **public** key is registered in",
             "Encord (Settings -> Public keys); the private key lives in the team vault as `encord-ssh-key`.", "",
             "```", "ssh-ed25519 %s %s@encord-ingest" % (blob, m["user"]), "```", "",
             "Project hash: `%s`  " % uuid4(r), "Dataset hash: `%s`" % uuid4(r)]
    return pick(r, "docs/encord.md", "notes/encord-setup.md"), "\n".join(lines) + "\n", "markdown", "encord", "ssh-public-key"


def n_camera_inventory(r):
    lines = ["name,serial,mac,ip,model,location,stream_path"]
    for i in range(r.randint(4, 8)):
        lines.append("%s,%s,%s,%s,%s,%s,%s" % (
            pick(r, "dock", "gate", "line", "yard") + "-%02d" % i, rs(r, UALNUM, 9) + rs(r, DIG, 6),
            ":".join(sha(r, 2) for _ in range(6)), ip_private(r), pick(r, "DS-2CD2143G2-I", "IPC-HDW2431T", "P3245-LVE"),
            pick(r, "north", "south", "bay 3", "loading"), pick(r, "/Streaming/Channels/101", "/stream1", "/axis-media/media.amp")))
    return "inventory/cameras.csv", "\n".join(lines) + "\n", "csv", "rtsp-camera", "device-ids"


def n_i18n(r):
    d = {"settings": {"apiKey": "API key", "apiKeyHelp": "Paste your Roboflow private API key. It is stored encrypted.",
                      "token": "Access token", "tokenExpired": "Your access token has expired. Generate a new one under Account & Settings.",
                      "password": "Password", "passwordPlaceholder": "Enter your password",
                      "secretKey": "Secret access key", "showKey": "Show key", "copyKey": "Copy to clipboard",
                      "rotateKey": "Rotate key", "rtspUrl": "RTSP URL (rtsp://user:password@host:554/path)"},
          "errors": {"invalidKey": "Invalid API key", "401": "Unauthorized - check your token"}}
    lang = pick(r, "en", "de", "fr")
    return "frontend/src/locales/%s.json" % lang, json.dumps(d, indent=2, ensure_ascii=False) + "\n", "i18n-json", "generic", "i18n-strings"


def n_runbook_masked(r):
    m = make_meta(r)
    lines = ["# Runbook: rotating labeling credentials", "", "Last rotation: %s by %s" % (date(r), m["user"]), "",
             "| Service | Secret name | Current value |", "|---|---|---|",
             "| Roboflow | `ml/roboflow-api-key` | `%s****************` |" % rs(r, ALNUM, 3),
             "| Hugging Face | `ml/hf-token` | `hf_****%s` |" % rs(r, string.ascii_letters, 4),
             "| W&B | `ml/wandb-api-key` | `****************************************` |",
             "| Label Studio | `ml/ls-token` | *(stored in 1Password, never paste here)* |", "",
             "1. Generate the new key in the provider UI.", "2. `vault kv put secret/ml/<name> value=@-` (paste on stdin).",
             "3. Restart the `ingest` deployment: `kubectl rollout restart deploy/%s-ingest`." % m["proj"],
             "4. Revoke the old key."]
    return pick(r, "notes/runbook.md", "docs/ops/rotate-keys.md"), "\n".join(lines) + "\n", "markdown", "generic", "masked-values"


def n_pytest_fake(r):
    m = make_meta(r)
    lines = ["import pytest", "", "from pipeline.clients import make_roboflow_client", "",
             'FAKE_KEY = "test-key-not-real"', 'FAKE_HF_TOKEN = "hf_" + "x" * 34', "", "",
             "@pytest.fixture", "def client(monkeypatch):",
             '    monkeypatch.setenv("ROBOFLOW_API_KEY", FAKE_KEY)',
             '    monkeypatch.setenv("HF_TOKEN", FAKE_HF_TOKEN)', "    return make_roboflow_client()", "", "",
             "def test_client_reads_env(client):", "    assert client.api_key == FAKE_KEY", "", "",
             "def test_dataset_url(client):",
             '    assert client.dataset_url("%s", %d).endswith("/%s/%d")' % (m["proj"], m["ver"], m["proj"], m["ver"])]
    return "tests/test_clients.py", "\n".join(lines) + "\n", "python", "roboflow", "test-fake-values"


def n_env_example(r):
    m = make_meta(r)
    lines = ["# Copy to .env and fill in. Never commit the real .env.", "ROBOFLOW_API_KEY=", "LABEL_STUDIO_URL=%s" % m["ls_host"],
             "LABEL_STUDIO_API_KEY=<your-label-studio-token>", "HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "WANDB_API_KEY=", "KAGGLE_USERNAME=", "KAGGLE_KEY=", "AWS_ACCESS_KEY_ID=", "AWS_SECRET_ACCESS_KEY=",
             "AWS_DEFAULT_REGION=%s" % m["region"], "RTSP_URL=rtsp://<user>:<password>@<camera-ip>:554/stream1"]
    return ".env.example", "\n".join(lines) + "\n", "dotenv", "generic", "placeholders"


def n_gha_secrets(r):
    m = make_meta(r)
    lines = ["name: train", "on:", "  push:", "    branches: [main]", "jobs:", "  train:", "    runs-on: [self-hosted, gpu]",
             "    env:", "      ROBOFLOW_API_KEY: ${{ secrets.ROBOFLOW_API_KEY }}", "      WANDB_API_KEY: ${{ secrets.WANDB_API_KEY }}",
             "      HF_TOKEN: ${{ secrets.HF_TOKEN }}", "      PROJECT: %s" % m["proj"], "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
             "          role-to-assume: arn:aws:iam::%d:role/gh-actions-ml" % r.randint(10 ** 11, 10 ** 12 - 1),
             "          aws-region: %s" % m["region"], "      - run: make data train"]
    return ".github/workflows/train.yml", "\n".join(lines) + "\n", "github-workflow", "generic", "env-references"


def n_s3_keys_script(r):
    m = make_meta(r)
    keys = ["raw/%s/%s/%s.jpg" % (m["ds"], date(r), sha(r, 40)) for _ in range(3)]
    lines = ["#!/usr/bin/env bash", "# re-queue frames that failed QA; uses the instance role, no static keys", "set -euo pipefail",
             'BUCKET="%s"' % m["bucket"], ""]
    for k in keys:
        lines.append('aws s3 cp "s3://$BUCKET/%s" "s3://$BUCKET/requeue/" --metadata-directive COPY' % k)
    lines += ["", '# ETag of the manifest we re-used: "%s"' % sha(r, 32),
              "aws s3api head-object --bucket \"$BUCKET\" --key manifests/%s.manifest --query ETag" % m["proj"]]
    return "scripts/requeue_frames.sh", "\n".join(lines) + "\n", "shell", "aws", "s3-object-keys"


def n_makefile_checksums(r):
    m = make_meta(r)
    lines = ["WEIGHTS_URL := https://github.com/ultralytics/assets/releases/download/v8.%d.0/%s" % (r.randint(1, 3), m["model"]),
             "WEIGHTS_SHA256 := %s" % sha(r, 64), "COCO_VAL_MD5 := %s" % sha(r, 32), "", ".PHONY: weights coco", "",
             "weights:", "\tcurl -L -o weights/%s $(WEIGHTS_URL)" % m["model"],
             "\techo \"$(WEIGHTS_SHA256)  weights/%s\" | sha256sum -c -" % m["model"], "",
             "coco:", "\tcurl -L -o data/val2017.zip http://images.cocodataset.org/zips/val2017.zip",
             "\techo \"$(COCO_VAL_MD5)  data/val2017.zip\" | md5sum -c -"]
    return "Makefile", "\n".join(lines) + "\n", "makefile", "generic", "checksums"


def n_ipynb_outputs(r):
    m = make_meta(r)
    cells = [nb_cell_md(["# Training run review"]),
             nb_cell_code(["from google.colab import userdata", "import os", "",
                           'os.environ["WANDB_API_KEY"] = userdata.get("WANDB_API_KEY")',
                           'os.environ["ROBOFLOW_API_KEY"] = userdata.get("ROBOFLOW_API_KEY")'], [], 1),
             nb_cell_code(["import wandb", "api = wandb.Api()",
                           'run = api.run("%s/%s/%s")' % (m["wb_ent"], m["wb_proj"], m["runid"]),
                           "print(run.id, run.state, run.summary.get(\"metrics/mAP50(B)\"))"],
                          [nb_stream(["%s finished 0.%d" % (m["runid"], r.randint(400, 900))])], 2),
             nb_cell_code(["!sha256sum runs/detect/train/weights/best.pt"],
                          [nb_stream(["%s  runs/detect/train/weights/best.pt" % sha(r, 64)])], 3)]
    return "notebooks/review_%s.ipynb" % m["ds"], nb_dump(cells, True), "jupyter", "wandb", "env-references"


def n_sly_ann(r):
    m = make_meta(r)
    d = {"description": "", "tags": [], "size": {"height": 1080, "width": 1920},
         "objects": [{"id": r.randint(10 ** 8, 10 ** 9), "classId": r.randint(10 ** 6, 10 ** 7), "description": "",
                      "geometryType": "rectangle", "labelerLogin": m["user"], "createdAt": ts(r) + ".%03dZ" % r.randint(0, 999),
                      "updatedAt": ts(r) + ".%03dZ" % r.randint(0, 999), "tags": [], "classTitle": r.choice(m["classes"]),
                      "points": {"exterior": [[r.randint(0, 900), r.randint(0, 500)], [r.randint(901, 1900), r.randint(501, 1000)]], "interior": []}}
                     for _ in range(r.randint(1, 2))]}
    return "sly_project/%s/ds0/ann/frame_%06d.jpg.json" % (m["ds"], r.randint(0, 99999)), json.dumps(d, indent=4) + "\n", \
        "supervisely-json", "supervisely", "annotation-ids"


DOMAIN_NEG = [n_coco, n_yolo_data, n_ls_xml, n_ls_export, n_cvat_xml, n_voc, n_labelbox_ndjson, n_darwin_json, n_sly,
              n_groundtruth_manifest, n_rekognition, n_dvc_file, n_dvc_lock, n_wandb_meta, n_wandb_sweep, n_hf_card,
              n_lfs, n_pip_hashes, n_clarifai_workflow, n_ultra_args, n_roboflow_publishable, n_customvision_ids,
              n_gvision_response, n_encord_pub, n_camera_inventory, n_i18n, n_runbook_masked, n_pytest_fake,
              n_env_example, n_gha_secrets, n_s3_keys_script, n_makefile_checksums, n_ipynb_outputs, n_sly_ann]


# --------------------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------------------
TS = ("token", "url")
HTTP = "http"
# name, fn, filetype, shapes, providers (None = any), requirement, usable for negatives
TEMPLATES = [
    ("py_const", t_py_const, "python", TS, None, None, True),
    ("py_inline", t_py_inline, "python", TS, None, None, True),
    ("py_settings", t_py_settings, "python", TS, None, None, True),
    ("py_argparse", t_py_argparse, "python", TS, None, None, True),
    ("py_dataclass", t_py_dataclass, "python", TS, None, None, True),
    ("py_requests", t_py_requests, "python", ("token",), None, HTTP, True),
    ("pytest_fixture", t_pytest_fixture, "python", ("token",), None, None, True),
    ("ipynb_setup", t_ipynb_setup, "jupyter", TS, None, None, True),
    ("ipynb_envmagic", t_ipynb_envmagic, "jupyter", TS, None, None, True),
    ("yaml_train", t_yaml_train, "yaml", TS, None, None, True),
    ("hydra", t_hydra, "yaml", TS, None, None, True),
    ("dotenv", t_dotenv, "dotenv", TS, None, None, True),
    ("compose", t_compose, "docker-compose", TS, None, None, True),
    ("sh_download", t_sh_download, "shell", TS, None, None, True),
    ("sh_curl", t_sh_curl, "shell", ("token",), None, HTTP, True),
    ("make", t_make, "makefile", TS, None, None, True),
    ("gha", t_gha, "github-workflow", TS, None, None, True),
    ("gitlab", t_gitlab, "gitlab-ci", TS, None, None, True),
    ("ini", t_ini, "ini", TS, None, None, True),
    ("toml", t_toml, "toml", TS, None, None, True),
    ("docker", t_docker, "dockerfile", TS, None, None, True),
    ("md", t_md, "markdown", TS, None, None, True),
    ("js", t_js, "javascript", TS, None, "js", True),
    ("json_cfg", t_json_cfg, "json", TS, None, None, True),
    ("xml_appconfig", t_xml_appconfig, "xml-config", TS,
     ("azure-computer-vision", "azure-custom-vision", "google-vision", "roboflow", "clarifai", "aws",
      "postgres", "azure-storage", "rtsp-camera", "huggingface"), None, True),
    ("props", t_props, "properties", TS, None, None, True),
    ("k8s", t_k8s, "kubernetes-yaml", TS, None, None, True),
    ("ps1", t_ps1, "powershell", TS, None, None, True),
    ("tfvars", t_tfvars, "terraform", TS, None, None, True),
    ("kaggle_json", t_kaggle_json, "json", ("token",), ("kaggle",), None, True),
    ("kaggle_heredoc", t_kaggle_heredoc, "shell", ("token",), ("kaggle",), None, True),
    ("netrc", t_netrc, "netrc", ("token",), ("wandb",), None, True),
    ("darwin_cfg", t_darwin_cfg, "yaml", ("token",), ("v7-darwin",), None, True),
    ("ultra_settings", t_ultra_settings, "yaml", ("token",), ("ultralytics-hub",), None, True),
    ("sly_env", t_sly_env, "dotenv", ("token",), ("supervisely",), None, True),
    ("sa_ini", t_sa_ini, "ini", ("token",), ("superannotate",), None, True),
    ("aws_credentials", t_aws_credentials, "aws-credentials", ("token",), ("aws",), None, True),
    ("dvc_config", t_dvc_config, "dvc-config", TS,
     ("aws", "minio", "gcs", "azure-storage", "google-oauth"), "dvc", True),
    ("gcp_sa_json", t_gcp_sa_json, "json", ("sa",), None, None, True),
    ("gcp_sa_py", t_gcp_sa_py, "python", ("sa",), None, None, True),
    ("encord_py", t_encord_py, "python", ("pem",), None, None, True),
    ("encord_keyfile", t_encord_keyfile, "ssh-key", ("pem",), None, None, False),
    ("encord_dotenv", t_encord_dotenv, "dotenv", ("pem",), None, None, True),
    ("rtsp_streams", t_rtsp_streams, "yaml", ("url",), ("rtsp-camera",), None, True),
    ("frigate", t_frigate, "yaml", ("url",), ("rtsp-camera",), None, True),
    ("ls_compose", t_ls_compose, "docker-compose", ("token",), ("label-studio",), "lsc", True),
]


def compatible(cred, neg):
    out = []
    for t in TEMPLATES:
        name, fn, ft, shapes, provs, req, reuse = t
        if neg and not reuse:
            continue
        if cred["shape"] not in shapes:
            continue
        if provs and cred["prov"] not in provs:
            continue
        if req == HTTP and not cred.get("http"):
            continue
        if req == "js" and not (cred.get("http") or cred["shape"] == "url"):
            continue
        if req == "dvc" and cred["kind"] == "password":
            continue
        if req == "lsc" and cred["kind"] not in ("password", "token"):
            continue
        out.append(t)
    return out


def choose_template(r, cred, neg):
    ts_ = compatible(cred, neg)
    spec = [t for t in ts_ if t[4] and t[0] != "xml_appconfig"]
    if spec and r.random() < (0.5 if len(spec) > 1 or spec[0][0] != "dvc_config" else 0.25):
        return r.choice(spec)
    return r.choice(ts_)


def choose_cred(r):
    tot = sum(c["weight"] for c in CREDS)
    x = r.uniform(0, tot)
    for c in CREDS:
        x -= c["weight"]
        if x <= 0:
            return c
    return CREDS[-1]


NEG_KIND = {"env": "env-reference", "placeholder": "placeholder", "masked": "masked", "empty": "empty"}


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_eq.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen_needles = []
    i = 0
    while i < 500:
        cred = choose_cred(r)
        t = choose_template(r, cred, False)
        c = Ctx(r, cred, True)
        c.needle_override = None
        rel, text = t[1](c)
        needle = c.needle_override or c.secret
        if needle not in text or needle in seen_needles:
            raise SystemExit("internal error: needle missing in %s/%s" % (t[0], cred["prov"]))
        seen_needles.append(needle)
        line = text[:text.index(needle)].count("\n") + 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": cred["prov"], "kind": cred["kind"],
                         "filetype": t[2], "template": t[0]})
        secrets.append({"file": f, "needle": needle, "line": line})
        i += 1
    negs = []
    for j in range(500):
        if j % 2 == 0:
            cred = choose_cred(r)
            t = choose_template(r, cred, True)
            c = Ctx(r, cred, False)
            c.needle_override = None
            c.kind_label = None
            rel, text = t[1](c)
            if c.kind_label:
                kind = c.kind_label
            elif c.special:
                kind = "publishable-key" if cred["prov"] == "roboflow" else "documented-example"
            else:
                kind = NEG_KIND[c.fk]
            negs.append((rel, text, cred["prov"], "lookalike-" + kind, t[2], t[0]))
        else:
            fn = DOMAIN_NEG[r.randrange(len(DOMAIN_NEG))]
            rel, text, ft, prov, kind = fn(r)
            negs.append((rel, text, prov, kind, ft, fn.__name__))
    for j, (rel, text, prov, kind, ft, tn) in enumerate(negs):
        f = "neg/n%04d/%s" % (j, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tn})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main()
