#!/usr/bin/env python3
"""Blind evaluation-set generator "ab" for a git pre-commit secret scanner.

EMPHASIS
    Research, science and education repositories written by people who are not
    software engineers: lab pipelines, course repositories, thesis folders,
    HPC job scripts and Jupyter notebooks.  Data-portal keys (Kaggle, NCBI,
    Copernicus, Earthdata, Zenodo, Elsevier, ...), experiment-tracker keys
    (W&B, Comet, Neptune, ClearML), LLM keys pasted into notebooks, LMS tokens
    (Canvas, Moodle, Blackboard), cluster / lab-server passwords (Slurm,
    HTCondor, iRODS, PostgreSQL, FTP, ODBC) sit beside DOIs, ORCID iDs,
    accession numbers, checksums, run ids and dataset ids.

USAGE
    python3 gen_ab.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, exactly one credential
    each) and OUTDIR/neg/nNNNN/<relative path> (500 files, one innocent
    look-alike each, nothing secret), plus
      OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
      OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    Deterministic per SEED: the only randomness is random.Random(SEED).
    Standard library only, Python 3.11.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file (no quotes,
      no surrounding key name).  For API keys/tokens it is the whole token
      including its documented prefix (hf_, sk-proj-, PLAK, ghp_, KGAT_, ...).
    * Pair credentials (AWS/MTurk access key id + secret, ClearML access +
      secret key, Kaggle username + key, client id + client secret, login +
      password) are ONE credential; the needle is the secret half.
    * Copernicus CDS legacy keys "UID:UUID": the needle is the whole "UID:UUID".
    * Google service-account JSON: the needle is the whole private_key JSON
      string value as written (a single line containing literal "\\n"
      escapes, from -----BEGIN PRIVATE KEY----- to the trailing \\n).
    * Slack incoming webhooks: the needle is the whole https://hooks.slack.com/... URL.
    * Human-chosen passwords (Earthdata, slurmdbd StoragePass, iRODS, lab
      PostgreSQL, instrument FTP, ODBC, Jupyter plain password, HTCondor pool
      password, Copernicus Marine) look like real human passwords.
    * Files are 5-80 lines, except formats that are intrinsically 1-4 lines
      long (kaggle.json, ~/.kaggle/access_token, Google client_secret.json,
      gh hosts.yml, .cdsapirc), which are written as they really look.
    * line = 1-based line of the FIRST occurrence of the needle.  In notebooks
      the same key may also be echoed again in a cell output; the first
      occurrence is reported.
    * Secrets never contain quote characters, backslashes, '$', '#', '%' or
      whitespace, so they appear verbatim in every file type (including JSON).

NEGATIVES
    Two families: (a) the very same templates as positives with the secret
    slot holding an env-var reference in the file type's own syntax, a human
    placeholder, a masked/truncated value, a documented-public value (Mapbox
    pk., ORCID client id, OAuth client ids, Neptune "ANONYMOUS"), a password
    hash (Jupyter argon2/sha1), or ciphertext (SOPS ENC[...], sealed
    secrets); (b) domain artefacts: DOIs, ORCID iDs with real ISO 7064
    check digits, GenBank/SRA/UniProt/PDB accessions, ISBN/ISSN with
    correct check digits, md5/sha256 data manifests, Zenodo metadata,
    commit hashes in citations, HF revision hashes, W&B/MLflow run ids,
    notebook execution_count/ids/widget model ids, Slurm job ids, seeds.

DOUBTS (formats I am not sure about)
    * Kaggle "KGAT_" API tokens (new KAGGLE_API_TOKEN / ~/.kaggle/access_token
      mechanism): prefix from memory, body assumed 32 hex.  Legacy kaggle.json
      key (32 lowercase hex) is certain.
    * W&B "wandb_v1_" keys: docs say ~86-92 chars; internal structure (key id
      + secret) is undocumented, generated as wandb_v1_ + 77 base62.
    * Comet ML API key: assumed 25 alphanumerics.
    * ClearML access key (20-30 upper alnum) / secret key (50 alnum): from
      memory of clearml.conf samples.
    * Sentinel Hub / CDSE OAuth client secrets: assumed 32 chars [A-Za-z0-9];
      real ones may contain punctuation.
    * Globus confidential-client secret: assumed 44-char base64 ending in '='.
    * Benchling "sk_" keys: body length (32 base62) is a guess.
    * SurveyMonkey access tokens: length/alphabet guessed (long, [A-Za-z0-9.-]).
    * Dryad API secrets: assumed 43-char base64url.
    * Mendeley client secret 16 alnum, IEEE Xplore 24 lowercase alnum,
      CORE 32 alnum, Semantic Scholar 40 alnum, Zenodo 60 alnum, OSF 70
      alnum, Qualtrics 40 alnum: from memory of docs/forum posts.
    * OpenAI sk-proj- keys: 8 + 74 + "T3BlbkFJ" + 74 chars (observed shape),
      Anthropic sk-ant-api03- + 93 + "AA".
    * Neptune token = base64 of a JSON {api_address, api_url, api_key(UUID)}.
    * Earthdata Login user token: JWT with an RS256 header naming
      "Earthdata Login" -- header fields from memory.
"""
import json
import os
import random
import string
import sys
import zlib
import base64
import hashlib

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
HEX = "0123456789abcdef"
B62 = DIG + UP + LO
B64 = B62 + "+/"
B64URL = B62 + "-_"


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
def _bad_run(s):
    """reject obvious sequences / repeats (abcd, 1234, aaaa)"""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = low[i:i + 4]
        if a == b == c == d:
            return True
        if ord(b) - ord(a) == 1 and ord(c) - ord(b) == 1 and ord(d) - ord(c) == 1:
            return True
        if ord(a) - ord(b) == 1 and ord(b) - ord(c) == 1 and ord(c) - ord(d) == 1:
            return True
    return False


def rs(r, alphabet, n):
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if not _bad_run(s):
            return s


def rhex(r, n):
    return rs(r, HEX, n)


def ruuid(r):
    h = list(rhex(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def b62enc(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def gh_token(r, prefix):
    body = rs(r, B62, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62enc(crc, 6)


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


FIRST = ["Marek", "Ingrid", "Tomasz", "Keiko", "Aroha", "Bjorn", "Priya", "Lucia",
         "Olusegun", "Hana", "Matteo", "Sofie", "Dmitri", "Anouk", "Rafael",
         "Yuki", "Elif", "Callum", "Nadia", "Joaquin", "Freya", "Tariq", "Mei",
         "Henrik", "Ines", "Kofi", "Leni", "Pavel", "Greta", "Santiago"]
WORDS = ["winter", "Falcon", "otter", "Kestrel", "mango", "glacier", "tundra",
         "Heron", "basalt", "lichen", "Nebula", "quokka", "fjord", "Cobalt",
         "maple", "plankton", "Orchid", "dune", "walrus", "Saturn", "krill",
         "ferrari", "Bamboo", "stratus", "pipette", "Zebrafish", "magpie",
         "Tofu", "rainier", "Pinecone", "coral", "Ladybug", "sorrel", "Ibis"]
CITIES = ["Leiden", "Uppsala", "Tartu", "Dunedin", "Bergen", "Ghent", "Cusco",
          "Kyoto", "Aarhus", "Graz", "Lyon", "Boulder", "Hobart", "Tromso"]
PSYM = ".!_-*+~^"


def human_password(r):
    y = str(r.randint(1961, 2019))
    yy = y[2:]
    n = str(r.randint(2, 99))
    fn, w, c = r.choice(FIRST), r.choice(WORDS), r.choice(CITIES)
    s = r.choice(PSYM)
    pats = [
        f"{fn}{s}{y}{w}", f"{w.capitalize()}{n}{s}", f"{c}{s}{w}{yy}",
        f"{w}{s}{fn.lower()}{n}", f"{fn.lower()}{y}{s}{c}",
        f"{w.capitalize()}{s}{r.choice(WORDS).capitalize()}{n}",
        f"{leet(r, w)}{s}{yy}", f"{c.upper()[:3]}{s}{fn}{n}{r.choice(PSYM)}",
        f"{leet(r, fn)}{leet(r, w)}{s}{n}",
    ]
    p = r.choice(pats)
    if len(p) < 9:
        p += r.choice(PSYM) + str(r.randint(10, 99))
    return p


def leet(r, w):
    t = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
    return "".join(t[ch] if ch in t and r.random() < 0.6 else ch for ch in w)


def admin_random_password(r):
    # what a sysadmin gets from `openssl rand -base64 18` or `pwgen -s 20`
    if r.random() < 0.5:
        return base64.b64encode(bytes(r.getrandbits(8) for _ in range(18))).decode().replace("/", "x").replace("+", "Q")
    return rs(r, B62, r.choice([16, 20, 24]))


def mixed_password(r):
    return human_password(r) if r.random() < 0.75 else admin_random_password(r)


# --------------------------------------------------------------------------
# secret generators (documented prefix, alphabet, length, checksum)
# --------------------------------------------------------------------------
def g_openai_proj(r):
    return "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def g_openai_svc(r):
    return "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def g_openai_legacy(r):
    return "sk-" + rs(r, B62, 20) + "T3BlbkFJ" + rs(r, B62, 20)


def g_anthropic(r):
    return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"


def g_hf(r):
    return "hf_" + rs(r, UP + LO, 34)


def g_neptune(r):
    addr = r.choice(["https://app.neptune.ai", "https://scale.neptune.ai"])
    js = json.dumps({"api_address": addr, "api_url": addr, "api_key": ruuid(r)},
                    separators=(",", ":"))
    return base64.b64encode(js.encode()).decode()


def g_earthdata_jwt(r):
    hdr = {"typ": "JWT", "origin": "Earthdata Login", "sig": "edljwtpubkey_ops", "alg": "RS256"}
    iat = r.randint(1_690_000_000, 1_740_000_000)
    uid = r.choice(FIRST).lower() + r.choice(["", "_", "."]) + r.choice(WORDS).lower()[:5] + str(r.randint(1, 99))
    pl = {"type": "User", "uid": uid, "exp": iat + 60 * 86400, "iat": iat,
          "iss": "https://urs.earthdata.nasa.gov"}
    if r.random() < 0.5:
        pl["identity_provider"] = "edl_ops"
        pl["acr"] = "edl"
    h = b64url_nopad(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(pl, separators=(",", ":")).encode())
    sig = b64url_nopad(bytes(r.getrandbits(8) for _ in range(256)))
    return f"{h}.{p}.{sig}"


def g_pkcs8_pem_json(r):
    # PKCS#8 RSA-2048 DER always starts with the same ~50 base64 chars
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    body = head + rs(r, B64, 1624 - len(head) - 4) + rs(r, B62, 2) + "=="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


def g_mapbox(r, pref, user=None):
    user = user or (r.choice(FIRST).lower() + r.choice(["", "-lab", "geo", "-gis", "rs"]))
    a = "c" + rs(r, LO + DIG, 24)
    pl = b64url_nopad(json.dumps({"u": user, "a": a}, separators=(",", ":")).encode())
    return f"{pref}.{pl}.{rs(r, B64URL, 22)}"


def g_slack_webhook(r):
    return ("https://hooks.slack.com/services/T" + rs(r, UP + DIG, r.choice([8, 10])) + "/B"
            + rs(r, UP + DIG, r.choice([8, 10])) + "/" + rs(r, B62, 24))


def g_telegram(r):
    return str(r.randint(5_000_000_000, 7_999_999_999)) + ":AA" + rs(r, B64URL, 33)


def g_aws_secret(r):
    return rs(r, B64, 40)


def g_aws_id(r, c=None):
    if c is not None and getattr(c, "neg", False):
        # negatives never carry a live-looking key id: AWS's documented example id
        return "AKIAIOSFODNN7EXAMPLE"
    return "AKIA" + rs(r, UP + "234567", 16)


def g_canvas(r):
    return f"{r.choice([1, 2, 7, 10, 13, 17, 19, 21, 1876, 3344, 6936, 11224])}~{rs(r, B62, 64)}"


def g_cds_legacy(r):
    return f"{r.randint(10000, 399999)}:{ruuid(r)}"


def g_globus(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


def g_wandb_v1(r):
    return "wandb_v1_" + rs(r, B62, 77)


def g_surveymonkey(r):
    return rs(r, B62, r.randint(30, 40)) + "-" + rs(r, B62, r.randint(20, 30)) + "." + rs(r, B62, r.randint(16, 28))


SECRET_GEN = {
    "kaggle_key": lambda r: rhex(r, 32),
    "kaggle_kgat": lambda r: "KGAT_" + rhex(r, 32),
    "hf": g_hf,
    "wandb40": lambda r: rhex(r, 40),
    "wandbv1": g_wandb_v1,
    "comet": lambda r: rs(r, B62, 25),
    "neptune": g_neptune,
    "clearml": lambda r: rs(r, B62, 50),
    "openai_proj": g_openai_proj,
    "openai_svc": g_openai_svc,
    "openai_legacy": g_openai_legacy,
    "anthropic": g_anthropic,
    "edl_pw": human_password,
    "edl_jwt": g_earthdata_jwt,
    "cds_legacy": g_cds_legacy,
    "cds_uuid": ruuid,
    "gee_sa": g_pkcs8_pem_json,
    "sentinelhub": lambda r: rs(r, B62, 32),
    "planet": lambda r: "PLAK" + rhex(r, 32),
    "ncbi": lambda r: rhex(r, 36),
    "orcid_secret": ruuid,
    "zenodo": lambda r: rs(r, B62, 60),
    "figshare": lambda r: rhex(r, 128),
    "dataverse": ruuid,
    "dryad": lambda r: rs(r, B64URL, 43),
    "osf": lambda r: rs(r, B62, 70),
    "zotero": lambda r: rs(r, B62, 24),
    "mendeley": lambda r: rs(r, B62, 16),
    "s2": lambda r: rs(r, B62, 40),
    "core": lambda r: rs(r, B62, 32),
    "elsevier": lambda r: rhex(r, 32),
    "springer": lambda r: rhex(r, 32),
    "ieee": lambda r: rs(r, LO + DIG, 24),
    "ghp": lambda r: gh_token(r, "ghp_"),
    "gho": lambda r: gh_token(r, "gho_"),
    "ghs": lambda r: gh_token(r, "ghs_"),
    "github_pat": lambda r: "github_pat_11" + rs(r, UP + DIG, 20) + "_" + rs(r, B62, 59),
    "gh_oauth_secret": lambda r: rhex(r, 40),
    "canvas": g_canvas,
    "canvas_devkey": lambda r: rs(r, B62, 64),
    "moodle": lambda r: rhex(r, 32),
    "blackboard": lambda r: rs(r, B62, 32),
    "jupyter_token": lambda r: rhex(r, 48),
    "jupyter_pw": human_password,
    "jh_crypt": lambda r: rhex(r, 64),
    "jh_proxy": lambda r: rhex(r, 64),
    "slurm_pw": mixed_password,
    "condor_pw": mixed_password,
    "globus": g_globus,
    "irods_pw": human_password,
    "redcap": lambda r: rs(r, DIG + "ABCDEF", 32),
    "qualtrics": lambda r: rs(r, B62, 40),
    "aws_secret": g_aws_secret,
    "surveymonkey": g_surveymonkey,
    "benchling": lambda r: "sk_" + rs(r, B62, 32),
    "mapbox_sk": lambda r: g_mapbox(r, "sk"),
    "census": lambda r: rhex(r, 40),
    "fred": lambda r: rs(r, LO + DIG, 32),
    "pg_pw": mixed_password,
    "ftp_pw": human_password,
    "odbc_pw": human_password,
    "cmems_pw": human_password,
    "http_pw": human_password,
    "slack_webhook": g_slack_webhook,
    "telegram": g_telegram,
    "google_oauth_secret": lambda r: "GOCSPX-" + rs(r, B64URL, 28),
}


# --------------------------------------------------------------------------
# kind registry
#   auth: ("q", param) query parameter | ("h", header) | ("bearer",) |
#         ("basic",) user+password | ("none",) used only through a library
#   ctx : file-type renderers this credential plausibly lives in
#   py/r: optional library-call overrides, {v} = variable holding the secret
# --------------------------------------------------------------------------
CODE = ["py", "ipynb", "r", "rmd", "qmd", "sh", "sbatch", "md", "julia", "matlab"]
CONF = ["dotenv", "renviron", "ini", "yaml", "envyml", "toml"]

KINDS = [
    dict(p="kaggle", k="api_key", g="kaggle_key", env="KAGGLE_KEY", names=["kaggle_key", "KAGGLE_KEY"],
         svc="Kaggle", url="https://www.kaggle.com/api/v1/competitions/list", auth=("basic",),
         ctx=["kaggle_json", "kaggle_json", "ipynb", "ipynb", "py", "dotenv", "sbatch", "md", "rmd", "kaggle_nb_echo"],
         py=["os.environ['KAGGLE_USERNAME'] = '{user}'", "os.environ['KAGGLE_KEY'] = {v}", "api = KaggleApi()", "api.authenticate()", "api.competition_download_files('{comp}', path='data/raw')"]),
    dict(p="kaggle", k="api_token", g="kaggle_kgat", env="KAGGLE_API_TOKEN", names=["kaggle_token", "KAGGLE_API_TOKEN"],
         svc="Kaggle", url="https://www.kaggle.com/api/v1/datasets/list", auth=("bearer",),
         ctx=["ipynb", "py", "dotenv", "sh", "md", "access_token_file"]),
    dict(p="huggingface", k="user_access_token", g="hf", env="HF_TOKEN", names=["hf_token", "HF_TOKEN", "HUGGINGFACE_TOKEN"],
         svc="Hugging Face", url="https://huggingface.co/api/whoami-v2", auth=("bearer",),
         ctx=["ipynb", "ipynb", "ipynb", "py", "sbatch", "dotenv", "yaml", "md", "colab_nb"],
         py=["login(token={v})", "tok = AutoTokenizer.from_pretrained('{model}', token={v})"]),
    dict(p="wandb", k="api_key", g="wandb40", env="WANDB_API_KEY", names=["wandb_key", "WANDB_API_KEY"],
         svc="Weights & Biases", url="https://api.wandb.ai/graphql", auth=("none",),
         ctx=["ipynb", "ipynb", "py", "sbatch", "sbatch", "netrc", "dotenv", "yaml", "wandb_cell", "md"],
         py=["wandb.login(key={v})", "run = wandb.init(project='{proj}', config={{'lr': 3e-4, 'epochs': 20}})"]),
    dict(p="wandb", k="api_key_v1", g="wandbv1", env="WANDB_API_KEY", names=["wandb_key", "WANDB_API_KEY"],
         svc="Weights & Biases", url="https://api.wandb.ai/graphql", auth=("none",),
         ctx=["ipynb", "py", "sbatch", "dotenv", "wandb_cell"],
         py=["wandb.login(key={v})", "run = wandb.init(project='{proj}', config={{'lr': 3e-4, 'epochs': 20}})"]),
    dict(p="cometml", k="api_key", g="comet", env="COMET_API_KEY", names=["comet_api_key", "COMET_API_KEY"],
         svc="Comet", url="https://www.comet.com/api/rest/v2/workspaces", auth=("h", "Authorization"),
         ctx=["ipynb", "py", "comet_config", "sbatch", "dotenv"],
         py=["experiment = comet_ml.Experiment(api_key={v}, project_name='{proj}', workspace='{user}')"]),
    dict(p="neptune", k="api_token", g="neptune", env="NEPTUNE_API_TOKEN", names=["neptune_token", "NEPTUNE_API_TOKEN"],
         svc="Neptune", url="", auth=("none",),
         ctx=["ipynb", "py", "sbatch", "dotenv", "yaml"],
         py=["run = neptune.init_run(project='{user}/{proj}', api_token={v})"]),
    dict(p="clearml", k="secret_key", g="clearml", env="CLEARML_API_SECRET_KEY", names=["clearml_secret", "CLEARML_API_SECRET_KEY"],
         svc="ClearML", url="", auth=("none",), ctx=["clearml_conf", "clearml_conf", "py", "ipynb", "sbatch"],
         py=["Task.set_credentials(api_host='https://api.clear.ml', key='{akey}', secret={v})", "task = Task.init(project_name='{proj}', task_name='baseline')"]),
    dict(p="openai", k="project_api_key", g="openai_proj", env="OPENAI_API_KEY", names=["openai_api_key", "OPENAI_API_KEY"],
         svc="OpenAI", url="https://api.openai.com/v1/chat/completions", auth=("bearer",),
         ctx=["ipynb", "ipynb", "py", "rmd", "r", "dotenv", "qmd", "md", "colab_nb"],
         py=["client = OpenAI(api_key={v})"],
         r=["Sys.setenv(OPENAI_API_KEY = {v})"]),
    dict(p="openai", k="service_account_key", g="openai_svc", env="OPENAI_API_KEY", names=["openai_api_key", "OPENAI_API_KEY"],
         svc="OpenAI", url="https://api.openai.com/v1/chat/completions", auth=("bearer",),
         ctx=["py", "ipynb", "dotenv", "autograder"], py=["client = OpenAI(api_key={v})"]),
    dict(p="openai", k="legacy_api_key", g="openai_legacy", env="OPENAI_API_KEY", names=["openai.api_key", "OPENAI_API_KEY"],
         svc="OpenAI", url="https://api.openai.com/v1/completions", auth=("bearer",),
         ctx=["ipynb", "py", "r", "matlab"], py=["openai.api_key = {v}"]),
    dict(p="anthropic", k="api_key", g="anthropic", env="ANTHROPIC_API_KEY", names=["anthropic_key", "ANTHROPIC_API_KEY"],
         svc="Anthropic", url="https://api.anthropic.com/v1/messages", auth=("h", "x-api-key"),
         ctx=["ipynb", "ipynb", "py", "dotenv", "rmd", "r", "md", "colab_nb"],
         py=["client = anthropic.Anthropic(api_key={v})"]),
    dict(p="nasa_earthdata", k="password", g="edl_pw", env="EARTHDATA_PASSWORD", names=["edl_password", "EARTHDATA_PASSWORD"],
         svc="NASA Earthdata", url="https://urs.earthdata.nasa.gov", auth=("basic",),
         ctx=["netrc", "netrc", "netrc", "py", "ipynb", "matlab_web", "r", "sh"],
         py=["auth = earthaccess.login(strategy='environment')"]),
    dict(p="nasa_earthdata", k="user_token", g="edl_jwt", env="EARTHDATA_TOKEN", names=["edl_token", "EARTHDATA_TOKEN"],
         svc="NASA Earthdata", url="https://cmr.earthdata.nasa.gov/search/granules.json", auth=("bearer",),
         ctx=["py", "ipynb", "sh", "r", "dotenv"]),
    dict(p="copernicus_cds", k="api_key_legacy", g="cds_legacy", env="CDSAPI_KEY", names=["cds_key", "CDSAPI_KEY"],
         svc="Copernicus CDS", url="https://cds.climate.copernicus.eu/api/v2", auth=("none",),
         ctx=["cdsapirc", "cdsapirc", "py", "ipynb", "sbatch"],
         py=["c = cdsapi.Client(url='https://cds.climate.copernicus.eu/api/v2', key={v})"]),
    dict(p="copernicus_cds", k="api_token", g="cds_uuid", env="CDSAPI_KEY", names=["cds_key", "CDSAPI_KEY"],
         svc="Copernicus CDS", url="https://cds.climate.copernicus.eu/api", auth=("none",),
         ctx=["cdsapirc", "cdsapirc", "py", "ipynb", "sbatch", "r"],
         py=["c = cdsapi.Client(url='https://cds.climate.copernicus.eu/api', key={v})"],
         r=["ecmwfr::wf_set_key(key = {v})"]),
    dict(p="google_earth_engine", k="service_account_private_key", g="gee_sa", env="", names=["private_key"],
         svc="Earth Engine", url="", auth=("none",), ctx=["gee_json"]),
    dict(p="sentinelhub", k="client_secret", g="sentinelhub", env="SH_CLIENT_SECRET", names=["sh_client_secret", "SH_CLIENT_SECRET"],
         svc="Sentinel Hub", url="https://services.sentinel-hub.com/oauth/token", auth=("none",),
         ctx=["py", "ipynb", "sh_config", "yaml"],
         py=["config = SHConfig()", "config.sh_client_id = '{shid}'", "config.sh_client_secret = {v}"]),
    dict(p="planet", k="api_key", g="planet", env="PL_API_KEY", names=["pl_api_key", "PL_API_KEY", "PLANET_API_KEY"],
         svc="Planet", url="https://api.planet.com/data/v1/quick-search", auth=("basic_user",),
         ctx=["py", "ipynb", "sh", "r", "dotenv", "yaml"]),
    dict(p="ncbi", k="eutils_api_key", g="ncbi", env="NCBI_API_KEY", names=["ncbi_api_key", "NCBI_API_KEY", "Entrez.api_key"],
         svc="NCBI E-utilities", url="https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi", auth=("q", "api_key"),
         ctx=["entrez_py", "entrez_py", "ipynb", "r", "renviron", "snakefile", "smk_config", "nextflow", "sh", "sbatch", "rmd", "cwl"],
         r=["rentrez::set_entrez_key({v})"]),
    dict(p="orcid", k="client_secret", g="orcid_secret", env="ORCID_CLIENT_SECRET", names=["orcid_client_secret", "ORCID_CLIENT_SECRET"],
         svc="ORCID", url="https://orcid.org/oauth/token", auth=("none",), ctx=["orcid_py", "ini", "yaml", "dotenv"]),
    dict(p="zenodo", k="personal_access_token", g="zenodo", env="ZENODO_TOKEN", names=["zenodo_token", "ZENODO_ACCESS_TOKEN", "ACCESS_TOKEN"],
         svc="Zenodo", url="https://zenodo.org/api/deposit/depositions", auth=("q", "access_token"),
         ctx=["py", "ipynb", "sh", "r", "ghwf_env", "make", "md"]),
    dict(p="figshare", k="personal_token", g="figshare", env="FIGSHARE_TOKEN", names=["figshare_token", "FIGSHARE_TOKEN"],
         svc="Figshare", url="https://api.figshare.com/v2/account/articles", auth=("h", "Authorization"),
         ctx=["py", "ipynb", "r", "sh", "ini"]),
    dict(p="dataverse", k="api_token", g="dataverse", env="DATAVERSE_KEY", names=["dataverse_token", "DATAVERSE_KEY", "API_TOKEN"],
         svc="Dataverse", url="https://dataverse.harvard.edu/api/datasets/:persistentId", auth=("h", "X-Dataverse-key"),
         ctx=["py", "r", "renviron", "sh", "ipynb"], r=["Sys.setenv(\"DATAVERSE_KEY\" = {v})"]),
    dict(p="dryad", k="api_secret", g="dryad", env="DRYAD_SECRET", names=["dryad_secret", "DRYAD_CLIENT_SECRET"],
         svc="Dryad", url="https://datadryad.org/oauth/token", auth=("none",), ctx=["py", "r", "dotenv"]),
    dict(p="osf", k="personal_access_token", g="osf", env="OSF_TOKEN", names=["osf_token", "OSF_PAT", "OSF_TOKEN"],
         svc="OSF", url="https://api.osf.io/v2/users/me/", auth=("bearer",),
         ctx=["py", "r", "renviron", "sh", "osfcli_cfg", "ipynb"], r=["osfr::osf_auth({v})"]),
    dict(p="zotero", k="api_key", g="zotero", env="ZOTERO_API_KEY", names=["zotero_key", "ZOTERO_API_KEY", "library_key"],
         svc="Zotero", url="https://api.zotero.org/users/{uid}/items", auth=("h", "Zotero-API-Key"),
         ctx=["py", "r", "renviron", "tex", "bib", "md", "yaml"],
         py=["zot = zotero.Zotero('{uid}', 'user', {v})"]),
    dict(p="mendeley", k="client_secret", g="mendeley", env="MENDELEY_CLIENT_SECRET", names=["mendeley_secret", "client_secret"],
         svc="Mendeley", url="https://api.mendeley.com/oauth/token", auth=("none",), ctx=["py", "ini", "yaml"],
         py=["mendeley = Mendeley({mid}, {v})", "session = mendeley.start_client_credentials_flow().authenticate()"]),
    dict(p="semantic_scholar", k="api_key", g="s2", env="S2_API_KEY", names=["s2_api_key", "S2_API_KEY", "SEMANTIC_SCHOLAR_API_KEY"],
         svc="Semantic Scholar", url="https://api.semanticscholar.org/graph/v1/paper/search", auth=("h", "x-api-key"),
         ctx=["py", "ipynb", "r", "dotenv", "md"]),
    dict(p="core", k="api_key", g="core", env="CORE_API_KEY", names=["core_api_key", "CORE_API_KEY"],
         svc="CORE", url="https://api.core.ac.uk/v3/search/works", auth=("bearer",), ctx=["py", "ipynb", "r", "ini"]),
    dict(p="elsevier", k="api_key", g="elsevier", env="ELSEVIER_API_KEY", names=["els_api_key", "ELSEVIER_API_KEY", "SCOPUS_API_KEY"],
         svc="Elsevier Scopus", url="https://api.elsevier.com/content/search/scopus", auth=("h", "X-ELS-APIKey"),
         ctx=["py", "ipynb", "pybliometrics_cfg", "r", "renviron", "matlab", "rmd"],
         r=["rscopus::set_api_key({v})"]),
    dict(p="springer_nature", k="api_key", g="springer", env="SPRINGER_API_KEY", names=["springer_key", "SPRINGER_API_KEY"],
         svc="Springer Nature", url="https://api.springernature.com/meta/v2/json", auth=("q", "api_key"),
         ctx=["py", "r", "ipynb", "ini"]),
    dict(p="ieee", k="xplore_api_key", g="ieee", env="IEEE_API_KEY", names=["ieee_key", "IEEE_XPLORE_KEY"],
         svc="IEEE Xplore", url="https://ieeexploreapi.ieee.org/api/v1/search/articles", auth=("q", "apikey"),
         ctx=["py", "r", "ipynb"]),
    dict(p="github", k="classic_pat", g="ghp", env="GITHUB_TOKEN", names=["github_token", "GITHUB_PAT", "GH_TOKEN"],
         svc="GitHub", url="https://api.github.com/orgs/{org}/repos", auth=("bearer",),
         ctx=["autograder", "autograder", "renviron", "renviron", "py", "sh", "lms_gh_py", "ipynb", "make"]),
    dict(p="github", k="fine_grained_pat", g="github_pat", env="GITHUB_PAT", names=["github_pat", "GITHUB_PAT", "GH_TOKEN"],
         svc="GitHub", url="https://api.github.com/repos/{org}/{repo}/contents", auth=("bearer",),
         ctx=["renviron", "renviron", "autograder", "py", "sh", "dotenv"]),
    dict(p="github", k="oauth_token", g="gho", env="GH_TOKEN", names=["oauth_token"],
         svc="GitHub CLI", url="", auth=("none",), ctx=["gh_hosts"]),
    dict(p="github", k="installation_token", g="ghs", env="GITHUB_TOKEN", names=["GITHUB_TOKEN", "token"],
         svc="GitHub App", url="https://api.github.com/repos/{org}/{repo}/pulls", auth=("bearer",),
         ctx=["autograder", "sh", "py"]),
    dict(p="github", k="oauth_app_client_secret", g="gh_oauth_secret", env="GITHUB_CLIENT_SECRET", names=["client_secret"],
         svc="GitHub OAuth", url="", auth=("none",), ctx=["jhub_cfg", "z2jh_values"]),
    dict(p="canvas", k="access_token", g="canvas", env="CANVAS_API_TOKEN", names=["canvas_token", "CANVAS_API_KEY", "API_KEY"],
         svc="Canvas LMS", url="https://canvas.{uni}.edu/api/v1/courses/{cid}/assignments", auth=("bearer",),
         ctx=["lms_canvas_py", "lms_canvas_py", "ipynb", "r", "sh", "yaml", "dotenv", "autograder"]),
    dict(p="canvas", k="developer_key_secret", g="canvas_devkey", env="CANVAS_CLIENT_SECRET", names=["client_secret", "CANVAS_DEVELOPER_KEY_SECRET"],
         svc="Canvas LMS", url="https://canvas.{uni}.edu/login/oauth2/token", auth=("none",),
         ctx=["yaml", "dotenv", "py", "jhub_lti"]),
    dict(p="moodle", k="webservice_token", g="moodle", env="MOODLE_TOKEN", names=["moodle_token", "wstoken", "TOKEN"],
         svc="Moodle", url="https://moodle.{uni}.edu/webservice/rest/server.php", auth=("q", "wstoken"),
         ctx=["lms_moodle_py", "lms_moodle_py", "sh", "r", "ini", "yaml"]),
    dict(p="blackboard", k="rest_app_secret", g="blackboard", env="BB_SECRET", names=["bb_secret", "APP_SECRET", "secret"],
         svc="Blackboard Learn", url="https://learn.{uni}.edu/learn/api/public/v1/oauth2/token", auth=("none",),
         ctx=["lms_bb_py", "ini", "yaml", "dotenv"]),
    dict(p="jupyter", k="server_token", g="jupyter_token", env="JUPYTER_TOKEN", names=["token"],
         svc="Jupyter", url="", auth=("none",), ctx=["jupyter_cfg", "jupyter_cfg", "sbatch_jupyter", "md"]),
    dict(p="jupyter", k="plaintext_password", g="jupyter_pw", env="", names=["password"],
         svc="Jupyter", url="", auth=("none",), ctx=["jupyter_cfg"]),
    dict(p="jupyterhub", k="crypt_key", g="jh_crypt", env="JUPYTERHUB_CRYPT_KEY", names=["JUPYTERHUB_CRYPT_KEY"],
         svc="JupyterHub", url="", auth=("none",), ctx=["jhub_cfg", "z2jh_values", "sh", "dotenv"]),
    dict(p="jupyterhub", k="proxy_secret_token", g="jh_proxy", env="CONFIGPROXY_AUTH_TOKEN", names=["secretToken"],
         svc="JupyterHub", url="", auth=("none",), ctx=["z2jh_values", "z2jh_values", "jhub_cfg"]),
    dict(p="slurm", k="storage_pass", g="slurm_pw", env="", names=["StoragePass"],
         svc="Slurm", url="", auth=("none",), ctx=["slurmdbd", "slurmdbd", "slurm_md"]),
    dict(p="htcondor", k="pool_password", g="condor_pw", env="", names=["POOL_PASSWORD"],
         svc="HTCondor", url="", auth=("none",), ctx=["condor_sh", "condor_md"]),
    dict(p="globus", k="client_secret", g="globus", env="GLOBUS_CLIENT_SECRET", names=["CLIENT_SECRET", "globus_secret"],
         svc="Globus", url="", auth=("none",), ctx=["globus_py", "globus_py", "dotenv", "yaml"]),
    dict(p="irods", k="password", g="irods_pw", env="IRODS_PASSWORD", names=["irods_password", "password"],
         svc="iRODS", url="", auth=("none",), ctx=["irods_py", "irods_sh", "r"]),
    dict(p="redcap", k="api_token", g="redcap", env="REDCAP_API_TOKEN", names=["redcap_token", "REDCAP_API_TOKEN", "token"],
         svc="REDCap", url="https://redcap.{uni}.edu/api/", auth=("form", "token"),
         ctx=["redcap_r", "redcap_r", "redcap_py", "rmd", "renviron", "stata_redcap", "sas_redcap"]),
    dict(p="qualtrics", k="api_token", g="qualtrics", env="QUALTRICS_API_KEY", names=["qualtrics_key", "QUALTRICS_API_KEY", "apiToken"],
         svc="Qualtrics", url="https://{dc}.qualtrics.com/API/v3/surveys", auth=("h", "X-API-TOKEN"),
         ctx=["r", "rmd", "renviron", "py", "ipynb"],
         r=["qualtRics::qualtrics_api_credentials(api_key = {v}, base_url = '{dc}.qualtrics.com')"]),
    dict(p="aws", k="mturk_secret_access_key", g="aws_secret", env="AWS_SECRET_ACCESS_KEY", names=["aws_secret_access_key"],
         svc="Amazon MTurk", url="", auth=("none",), ctx=["mturk_py", "aws_creds", "mturk_r", "dotenv"]),
    dict(p="surveymonkey", k="access_token", g="surveymonkey", env="SURVEYMONKEY_TOKEN", names=["sm_token", "SURVEYMONKEY_ACCESS_TOKEN"],
         svc="SurveyMonkey", url="https://api.surveymonkey.com/v3/surveys", auth=("bearer",), ctx=["py", "r", "dotenv"]),
    dict(p="benchling", k="api_key", g="benchling", env="BENCHLING_API_KEY", names=["benchling_key", "BENCHLING_API_KEY"],
         svc="Benchling", url="https://{uni}.benchling.com/api/v2/dna-sequences", auth=("basic_user",),
         ctx=["py", "ipynb", "dotenv", "yaml"]),
    dict(p="mapbox", k="secret_token", g="mapbox_sk", env="MAPBOX_SECRET_TOKEN", names=["mapbox_token", "MAPBOX_ACCESS_TOKEN"],
         svc="Mapbox", url="https://api.mapbox.com/uploads/v1/{user}", auth=("q", "access_token"),
         ctx=["py", "ipynb", "r", "dotenv", "sh", "qmd"]),
    dict(p="us_census", k="api_key", g="census", env="CENSUS_API_KEY", names=["census_key", "CENSUS_API_KEY"],
         svc="US Census", url="https://api.census.gov/data/2021/acs/acs5", auth=("q", "key"),
         ctx=["renviron", "renviron", "r", "rmd", "stata_census", "py", "ipynb", "qmd"],
         r=["tidycensus::census_api_key({v}, install = FALSE)"]),
    dict(p="fred", k="api_key", g="fred", env="FRED_API_KEY", names=["fred_key", "FRED_API_KEY"],
         svc="FRED", url="https://api.stlouisfed.org/fred/series/observations", auth=("q", "api_key"),
         ctx=["renviron", "r", "stata_fred", "py", "ipynb", "matlab", "julia", "rmd"],
         r=["fredr::fredr_set_key({v})"]),
    dict(p="postgresql", k="lab_db_password", g="pg_pw", env="PGPASSWORD", names=["db_password", "PGPASSWORD", "pw"],
         svc="PostgreSQL", url="", auth=("none",),
         ctx=["pg_py", "pg_r", "pgpass", "ini", "yaml", "pg_uri", "julia_pg", "dotenv"]),
    dict(p="ftp", k="instrument_upload_password", g="ftp_pw", env="FTP_PASSWORD", names=["ftp_password", "FTP_PASS", "pw"],
         svc="FTP", url="", auth=("none",), ctx=["ftp_py", "ftp_sh", "netrc", "ftp_matlab"]),
    dict(p="odbc", k="database_password", g="odbc_pw", env="", names=["PWD"],
         svc="ODBC", url="", auth=("none",), ctx=["odbc_stata", "odbc_sas", "odbc_r"]),
    dict(p="copernicus_marine", k="password", g="cmems_pw", env="COPERNICUSMARINE_SERVICE_PASSWORD", names=["cmems_password", "COPERNICUSMARINE_SERVICE_PASSWORD"],
         svc="Copernicus Marine", url="", auth=("none",), ctx=["cmems_py", "sh", "dotenv", "matlab_web"]),
    dict(p="lab_server", k="http_basic_password", g="http_pw", env="LAB_PASSWORD", names=["password", "lab_pw"],
         svc="THREDDS", url="https://thredds.{uni}.edu/thredds/fileServer", auth=("basic",), ctx=["matlab_web", "py", "r", "julia"]),
    dict(p="slack", k="incoming_webhook", g="slack_webhook", env="SLACK_WEBHOOK_URL", names=["slack_webhook", "SLACK_WEBHOOK_URL", "webhook_url"],
         svc="Slack", url="", auth=("none",), ctx=["snakefile", "smk_config", "nextflow", "sbatch", "py", "yaml"]),
    dict(p="telegram", k="bot_token", g="telegram", env="TELEGRAM_BOT_TOKEN", names=["bot_token", "TELEGRAM_TOKEN"],
         svc="Telegram", url="https://api.telegram.org", auth=("none",), ctx=["py", "ipynb", "sbatch", "yaml"]),
    dict(p="google", k="oauth_client_secret", g="google_oauth_secret", env="GOOGLE_CLIENT_SECRET", names=["client_secret"],
         svc="Google Drive", url="", auth=("none",), ctx=["gargle_r", "client_secret_json", "rprofile"]),
]
KBY = {(d["p"], d["k"]): d for d in KINDS}


# --------------------------------------------------------------------------
# scenario context: a lab / course with people, datasets and ids
# --------------------------------------------------------------------------
TOPICS = [
    dict(topic="sea-surface temperature anomalies", ds="sst_monthly", x="lon", y="sst_anom", grp="basin"),
    dict(topic="zebrafish larval behaviour", ds="zf_tracking", x="frame", y="velocity_mm_s", grp="genotype"),
    dict(topic="soil microbiome 16S survey", ds="otu_table", x="depth_cm", y="shannon", grp="plot"),
    dict(topic="county-level income inequality", ds="acs_county", x="median_income", y="gini", grp="state"),
    dict(topic="protein stability (ddG) prediction", ds="ddg_mutations", x="position", y="ddg", grp="protein"),
    dict(topic="alpine snow cover from MODIS", ds="snow_cover", x="doy", y="scf", grp="catchment"),
    dict(topic="reading comprehension in grade 4", ds="pirls_sample", x="age_months", y="score", grp="school"),
    dict(topic="bird song syllable classification", ds="syllables", x="duration_ms", y="peak_freq_hz", grp="species"),
    dict(topic="ERA5 precipitation extremes", ds="era5_tp_daily", x="lat", y="tp_p99", grp="region"),
    dict(topic="single-cell RNA-seq of organoids", ds="sc_counts", x="n_genes", y="pct_mito", grp="batch"),
    dict(topic="citation networks in ecology", ds="scopus_records", x="year", y="cited_by", grp="journal"),
    dict(topic="course grades and late submissions", ds="gradebook", x="days_late", y="grade", grp="section"),
    dict(topic="wastewater SARS-CoV-2 surveillance", ds="ww_qpcr", x="sample_date", y="copies_per_l", grp="site"),
    dict(topic="macroeconomic nowcasting", ds="fred_panel", x="date", y="gdp_growth", grp="series"),
    dict(topic="LLM-assisted qualitative coding", ds="interview_codes", x="turn", y="agreement", grp="coder"),
]
UNIS = ["uni-heidelberg", "uwo", "ubc", "ucl", "tudelft", "unimelb", "uio", "ku", "ethz", "umich",
        "utoronto", "uq", "kuleuven", "ucsd", "wisc", "uva", "lu", "helsinki", "unc", "osu"]
COMPS = ["titanic", "house-prices-advanced-regression-techniques", "digit-recognizer",
         "plant-pathology-2021-fgvc8", "birdclef-2024", "rsna-2023-abdominal-trauma-detection",
         "playground-series-s4e1", "cassava-leaf-disease-classification"]
MODELS = ["bert-base-uncased", "meta-llama/Llama-3.1-8B-Instruct", "facebook/esm2_t33_650M_UR50D",
          "openai/whisper-small", "mistralai/Mistral-7B-v0.1", "google/flan-t5-base",
          "microsoft/BiomedNLP-BiomedBERT-base-uncased-abstract", "distilbert-base-uncased"]
COURSES = ["BIOL 340", "STAT 201", "CS 1110", "GEOG 480", "ECON 312", "PHYS 2210", "CHEM 105", "EDUC 550"]
SURN = ["Novak", "Lindqvist", "Okafor", "Tanaka", "Moreau", "Haddad", "Kowalski", "Silva", "Nguyen",
        "Brennan", "Fischer", "Rossi", "Abebe", "Petrov", "Kaur", "Jensen", "Almeida", "Dubois"]


class Ctx:
    def __init__(self, r):
        self.r = r
        t = r.choice(TOPICS)
        self.__dict__.update(t)
        self.first = r.choice(FIRST)
        self.last = r.choice(SURN)
        self.user = (self.first[0] + self.last).lower() if r.random() < 0.5 else (self.first + "_" + self.last[:3]).lower()
        self.email = f"{self.first.lower()}.{self.last.lower()}@{r.choice(UNIS)}.edu"
        self.uni = r.choice(UNIS)
        self.proj = r.choice(["thesis", "ch3", "pilot", "lab-pipeline", "baseline", "final-project",
                              "sweeps", "ms-analysis", "qc", "hw4"]) + "-" + self.ds.split("_")[0]
        self.comp = r.choice(COMPS)
        self.model = r.choice(MODELS)
        self.org = r.choice(["lab", "course", "group"]) + "-" + self.last.lower()
        self.repo = self.ds.replace("_", "-")
        self.course = r.choice(COURSES)
        self.cid = str(r.randint(10000, 99999))
        self.dc = r.choice(["iad1", "ca1", "fra1", "syd1", "yul1", "sjc1"])
        self.uid = str(r.randint(1_000_000, 9_999_999))
        self.mid = str(r.randint(10000, 19999))
        self.akey = rs(r, UP + DIG, 20)
        self.shid = ruuid(r)
        self.clientid = r.choice([ruuid(r), rs(r, B64URL, 43), str(r.randint(10000, 99999))])
        self.host = r.choice(["db", "pgdb", "labdb", "data", "sql"]) + "." + r.choice(["chem", "bio", "geo", "psych", "phys"]) + "." + self.uni + ".edu"
        self.year = r.randint(2019, 2025)

    def fmt(self, s):
        return s.format(**{k: v for k, v in self.__dict__.items() if isinstance(v, (str, int))})


# --------------------------------------------------------------------------
# value spec: what goes into the secret slot
# --------------------------------------------------------------------------
class V:
    """mode: secret | env | placeholder | masked | public | hash | cipher"""

    def __init__(self, mode, text, env="", secret=False):
        self.mode, self.text, self.env, self.secret = mode, text, env, secret


GENERIC_NAMES = ["API_KEY", "TOKEN", "token", "key", "api_key", "AUTH", "SECRET", "LLM_KEY",
                 "access_token", "apikey", "my_key", "API_TOKEN", "auth_token", "creds", "KEY",
                 "apiKey", "authToken", "accessToken", "tok", "pat"]


def pick_name(r, K, lang="py"):
    """~1/3 generic names, otherwise provider-named"""
    if r.random() < 0.36:
        n = r.choice(GENERIC_NAMES)
    else:
        n = r.choice(K["names"] + ([K["env"]] if K["env"] else []))
    n = n.replace("Entrez.api_key", "ncbi_api_key").replace("openai.api_key", "openai_key")
    if lang in ("r",) and n.isupper() and r.random() < 0.5:
        n = n.lower()
    if lang in ("matlab", "julia") and "." in n:
        n = n.replace(".", "_")
    return n


def env_name(K, r):
    if K["env"]:
        return K["env"]
    return r.choice(["API_KEY", "SECRET_TOKEN"])


def q(s, ch='"'):
    return f"{ch}{s}{ch}"


def ex(v, lang, r, qc='"'):
    """render value spec as an expression in language `lang`"""
    if v.mode != "env":
        if lang in ("sh_bare", "ini", "renviron", "dotenv_bare", "make", "netrc", "raw", "tex", "stata_bare"):
            return v.text
        if lang == "matlab":
            return q(v.text, "'")
        return q(v.text, qc)
    e = v.env
    if lang == "py":
        return r.choice([f'os.environ["{e}"]', f'os.getenv("{e}")', f"os.environ.get('{e}')",
                         f'os.environ["{e}"]'])
    if lang == "py_nb":
        return r.choice([f'os.environ["{e}"]', f"userdata.get('{e}')", f'getpass("{e}: ")',
                         f'os.getenv("{e}")'])
    if lang == "r":
        return r.choice([f'Sys.getenv("{e}")', f'Sys.getenv("{e}")', f'keyring::key_get("{e.lower()}")',
                         f'rstudioapi::askForPassword("{e}")'])
    if lang == "julia":
        return f'ENV["{e}"]'
    if lang == "matlab":
        return f"getenv('{e}')"
    if lang in ("sh", "sh_bare"):
        return r.choice([f'"${{{e}}}"', f'"${e}"', f'"${{{e}:?set {e} first}}"', f'"$(cat ~/.secrets/{e.lower()})"'])
    if lang in ("yaml", "ini", "dotenv_bare", "renviron", "toml"):
        return "${" + e + "}"
    if lang == "nextflow":
        return r.choice([f"secrets.{e}", f"System.getenv('{e}')"])
    if lang == "make":
        return f"$({e})"
    if lang == "stata":
        return f"`{e.lower()}'"
    if lang == "sas":
        return f"%sysget({e})"
    return v.text  # formats without env support -> placeholder text


PLACEHOLDERS = ["YOUR_API_KEY", "<your-api-key>", "changeme", "REPLACE_ME", "<token>", "your_token_here",
                "PASTE-YOUR-KEY-HERE", "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO", "<insert key>", "API_KEY_GOES_HERE",
                "dummy", "...", "<redacted>", "********", "secret"]
PROVIDER_PH = {
    "kaggle": ["YOUR_KAGGLE_KEY", "<your-kaggle-key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "KAGGLE_KEY_HERE"],
    "huggingface": ["hf_...", "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<your-hf-token>", "hf_YOUR_TOKEN"],
    "openai": ["sk-...", "sk-proj-...", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<OPENAI_API_KEY>"],
    "anthropic": ["sk-ant-...", "sk-ant-api03-XXXXXXXX", "<anthropic-key>"],
    "wandb": ["<your-wandb-key>", "YOUR_WANDB_API_KEY", "0000000000000000000000000000000000000000"],
    "github": ["ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<your-github-pat>", "github_pat_...", "ghp_..."],
    "canvas": ["<canvas token>", "1~xxxxxxxx", "YOUR_CANVAS_TOKEN"],
    "copernicus_cds": ["<UID>:<APIKEY>", "<PERSONAL-ACCESS-TOKEN>", "00000:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"],
    "nasa_earthdata": ["<your_password>", "EARTHDATA_PASSWORD", "changeme"],
    "planet": ["PLAK...", "<your Planet API key>", "PLAKxxxxxxxxxxxxxxxx"],
    "mapbox": ["sk.<your-secret-token>", "pk.your_public_token_here"],
    "neptune": ["ANONYMOUS", "<your-neptune-token>"],
    "postgresql": ["changeme", "<db password>", "postgres"],
    "redcap": ["YOUR_REDCAP_TOKEN", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "ncbi": ["<your NCBI key>", "YOUR_NCBI_API_KEY", "NONE"],
}


def placeholder(r, K):
    lst = PROVIDER_PH.get(K["p"], []) * 2 + PLACEHOLDERS
    return r.choice(lst)


def masked(r, s):
    s = s.replace("\\n", "")
    pre = ""
    for p in ("sk-proj-", "sk-ant-api03-", "sk-svcacct-", "sk-", "hf_", "ghp_", "gho_", "ghs_", "github_pat_",
              "PLAK", "KGAT_", "sk_", "sk.", "wandb_v1_", "GOCSPX-"):
        if s.startswith(p):
            pre = p
            break
    tail = s[-4:]
    style = r.randint(0, 4)
    if style == 0:
        return f"{pre}****{tail}"
    if style == 1:
        return f"{pre}{s[len(pre):len(pre) + 3]}…{tail}"
    if style == 2:
        return f"{pre}{'*' * r.randint(12, 24)}{tail}"
    if style == 3:
        return f"{pre}{s[len(pre):len(pre) + 4]}...{tail}"
    return f"{pre}<redacted>"


def sops_enc(r, n=None):
    n = n or r.randint(24, 60)
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    tag = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:str]"


def public_value(r, K, c):
    p = K["p"]
    if p == "mapbox":
        return g_mapbox(r, "pk", c.user)
    if p == "neptune":
        return "ANONYMOUS"
    if p == "orcid":
        return "APP-" + rs(r, UP + DIG, 16)
    if p == "google":
        return f"{r.randint(10**11, 10**12 - 1)}-{rs(r, LO + DIG, 32)}.apps.googleusercontent.com"
    if p == "jupyter":
        return ""
    return None


def argon2_hash(r):
    salt = b64url_nopad(bytes(r.getrandbits(8) for _ in range(16))).replace("-", "+").replace("_", "/")
    h = b64url_nopad(bytes(r.getrandbits(8) for _ in range(32))).replace("-", "+").replace("_", "/")
    return f"argon2:$argon2id$v=19$m=10240,t=10,p=8${salt}${h}"


def sha1_hash(r):
    salt = rhex(r, 12)
    return f"sha1:{salt}:{rhex(r, 40)}"


# --------------------------------------------------------------------------
# filler banks
# --------------------------------------------------------------------------
PY_IMPORTS = ["import os", "import json", "import time", "import pandas as pd", "import numpy as np",
              "import requests", "from pathlib import Path", "import matplotlib.pyplot as plt",
              "import xarray as xr", "import logging", "import argparse", "from datetime import date"]


def py_filler(c, r, n=None, paths=False):
    blocks = [
        [f"df = pd.read_csv('data/raw/{c.ds}.csv')", f"df = df.dropna(subset=['{c.y}'])",
         f"print(df.groupby('{c.grp}')['{c.y}'].describe())"],
        [f"def summarise(frame):", f"    out = frame.groupby('{c.grp}').agg(mean=('{c.y}', 'mean'), n=('{c.y}', 'size'))",
         "    return out.reset_index()"],
        ["fig, ax = plt.subplots(figsize=(6, 4))", f"ax.scatter(df['{c.x}'], df['{c.y}'], s=6, alpha=0.5)",
         f"ax.set_xlabel('{c.x}')", f"ax.set_ylabel('{c.y}')", f"fig.savefig('results/{c.y}_vs_{c.x}.png', dpi=200)"],
        [f"# TODO: ask {c.first} whether the {c.grp} labels from 2023 are still valid",
         f"SEED = {r.randint(0, 9999)}", "rng = np.random.default_rng(SEED)"],
        ["logging.basicConfig(level=logging.INFO)", "log = logging.getLogger(__name__)"],
        [f"def fetch_with_retry(url, **kw):", "    for attempt in range(5):", "        try:",
         "            resp = requests.get(url, timeout=60, **kw)", "            resp.raise_for_status()", "            return resp",
         "        except requests.RequestException as err:", "            print('retrying', attempt, err)",
         "            time.sleep(2 ** attempt)"],
    ]
    r.shuffle(blocks)
    out = []
    if paths:
        out += [f"DATA_DIR = Path('data/raw')", f"OUT_DIR = Path('results/{c.proj}')", "OUT_DIR.mkdir(parents=True, exist_ok=True)", ""]
    for b in blocks[: (n if n is not None else r.randint(1, 3))]:
        out += b + [""]
    return out


def r_filler(c, r, n=None):
    blocks = [
        ["library(dplyr)", "library(readr)", "library(ggplot2)"],
        [f"dat <- read_csv(\"data/{c.ds}.csv\", show_col_types = FALSE)",
         f"dat <- dat %>% filter(!is.na({c.y}))"],
        [f"summary_tbl <- dat %>%", f"  group_by({c.grp}) %>%",
         f"  summarise(mean_{c.y} = mean({c.y}), n = n(), .groups = \"drop\")"],
        [f"p <- ggplot(dat, aes(x = {c.x}, y = {c.y}, colour = {c.grp})) +", "  geom_point(alpha = 0.5) +",
         "  theme_minimal()", f"ggsave(\"figures/{c.y}_{c.x}.pdf\", p, width = 6, height = 4)"],
        [f"set.seed({r.randint(1, 99999)})", f"# {c.first}: rerun after the {c.year} data freeze"],
        [f"m1 <- lm({c.y} ~ {c.x} + {c.grp}, data = dat)", "summary(m1)"],
    ]
    r.shuffle(blocks)
    out = []
    for b in blocks[: (n if n is not None else r.randint(1, 3))]:
        out += b + [""]
    return out


def sh_filler(c, r):
    blocks = [
        ["set -euo pipefail", ""],
        [f"OUT=results/{c.proj}", "mkdir -p \"$OUT\"", ""],
        ["module load python/3.11 cuda/12.1", f"source ~/envs/{c.proj}/bin/activate", ""],
        [f"echo \"[$(date)] starting {c.proj} on $(hostname)\"", ""],
    ]
    r.shuffle(blocks)
    out = []
    for b in blocks[: r.randint(1, 3)]:
        out += b
    return out


def jl_filler(c, r):
    return r.choice([
        ["using CSV, DataFrames, Statistics", "", f"df = CSV.read(\"data/{c.ds}.csv\", DataFrame)",
         f"gdf = combine(groupby(df, :{c.grp}), :{c.y} => mean => :mean_{c.y})", ""],
        ["using HTTP, JSON3, Dates", "", f"const OUTDIR = joinpath(@__DIR__, \"..\", \"results\")", "mkpath(OUTDIR)", ""],
    ])


def m_filler(c, r):
    return r.choice([
        [f"T = readtable('data/{c.ds}.csv');", f"T = T(~isnan(T.{c.y}), :);",
         f"figure; scatter(T.{c.x}, T.{c.y}, 8, 'filled'); xlabel('{c.x}'); ylabel('{c.y}');", ""],
        [f"outdir = fullfile(pwd, 'results', '{c.proj}');", "if ~exist(outdir, 'dir'); mkdir(outdir); end", ""],
    ])


def comment_header(c, r, cm="#"):
    lines = [
        f"{cm} {c.topic} -- {r.choice(['data download', 'analysis', 'pipeline', 'helper script', 'preprocessing'])}",
        f"{cm} author: {c.first} {c.last} <{c.email}>",
    ]
    if r.random() < 0.5:
        lines.append(f"{cm} last run: {c.year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}")
    return lines


# --------------------------------------------------------------------------
# API usage lines per language
# --------------------------------------------------------------------------
def _url(K, c):
    return c.fmt(K["url"]) if K["url"] else ""


def use_py(K, c, var, r):
    if K.get("py") and r.random() < 0.8:
        return [c.fmt(l.replace("{v}", "\x00")).replace("\x00", var) for l in K["py"]]
    a, url = K["auth"], _url(K, c)
    if a[0] == "q":
        return [f"params = {{'{a[1]}': {var}, 'retmode': 'json'}}" if K["p"] == "ncbi" else f"params = {{'{a[1]}': {var}}}",
                f"resp = requests.get('{url}', params=params, timeout=60)", "resp.raise_for_status()"]
    if a[0] == "h":
        hv = f"f'token {{{var}}}'" if K["p"] == "figshare" else var
        return [f"headers = {{'{a[1]}': {hv}, 'Accept': 'application/json'}}",
                f"resp = requests.get('{url}', headers=headers, timeout=60)"]
    if a[0] == "bearer":
        return [f"session = requests.Session()", f"session.headers['Authorization'] = f'Bearer {{{var}}}'",
                f"resp = session.get('{url}')" if url else "resp = session.get(API_URL)"]
    if a[0] == "basic":
        return [f"resp = requests.get('{url}', auth=('{c.user}', {var}), timeout=120)"]
    if a[0] == "basic_user":
        return [f"session = requests.Session()", f"session.auth = ({var}, '')", f"resp = session.get('{url}')"]
    if a[0] == "form":
        return [f"payload = {{'token': {var}, 'content': 'record', 'format': 'json', 'type': 'flat'}}",
                f"records = requests.post('{url}', data=payload).json()"]
    if "secret" in K["k"]:
        turl = {"dryad": "https://datadryad.org/oauth/token", "canvas": f"https://canvas.{c.uni}.edu/login/oauth2/token",
                "globus": "https://auth.globus.org/v2/oauth2/token", "blackboard": f"https://learn.{c.uni}.edu/learn/api/public/v1/oauth2/token",
                "orcid": "https://orcid.org/oauth/token", "mendeley": "https://api.mendeley.com/oauth/token"}.get(K["p"], _url(K, c) or "https://auth.example.org/token")
        return [f"TOKEN_URL = '{turl}'", f"CLIENT_ID = '{c.clientid}'",
                f"tok = requests.post(TOKEN_URL, data={{'grant_type': 'client_credentials',",
                f"                                     'client_id': CLIENT_ID, 'client_secret': {var}}}).json()"]
    return [f"os.environ['{K['env'] or 'API_KEY'}'] = {var}"]


def use_r(K, c, var, r):
    if K.get("r") and r.random() < 0.8:
        return [c.fmt(l.replace("{v}", "\x00")).replace("\x00", var) for l in K["r"]]
    a, url = K["auth"], _url(K, c)
    if a[0] == "q":
        return [f"res <- httr::GET(\"{url}\", query = list({a[1]} = {var}))", "httr::stop_for_status(res)"]
    if a[0] == "h":
        return [f"res <- httr::GET(\"{url}\",", f"                 httr::add_headers(`{a[1]}` = {var}))"]
    if a[0] == "bearer":
        return [f"req <- httr2::request(\"{url}\") |>", f"  httr2::req_auth_bearer_token({var})",
                "resp <- httr2::req_perform(req)"]
    if a[0] in ("basic", "basic_user"):
        u = f"\"{c.user}\"" if a[0] == "basic" else var
        p = var if a[0] == "basic" else "\"\""
        return [f"res <- httr::GET(\"{url or 'https://example.org'}\", httr::authenticate({u}, {p}))"]
    if a[0] == "form":
        return [f"res <- httr::POST(\"{url}\",", f"  body = list(token = {var}, content = \"record\", format = \"csv\"),",
                "  encode = \"form\")", "dat <- readr::read_csv(httr::content(res, \"text\"))"]
    return [f"Sys.setenv({K['env'] or 'API_KEY'} = {var})"]


def use_sh(K, c, var):
    a, url = K["auth"], _url(K, c)
    if a[0] == "q":
        sep = "&" if "?" in url else "?"
        return [f"curl -sS \"{url}{sep}{a[1]}=${{{var}}}\" -o \"$OUT/response.json\""]
    if a[0] == "h":
        return [f"curl -sS -H \"{a[1]}: ${{{var}}}\" \"{url}\" -o \"$OUT/response.json\""]
    if a[0] == "bearer":
        return [f"curl -sS -H \"Authorization: Bearer ${{{var}}}\" \\", f"     \"{url}\" | python -m json.tool | head -n 40"]
    if a[0] == "basic":
        return [f"wget --user={c.user} --password=\"${{{var}}}\" -r -np -nH \"{url or 'https://data.example.org/'}\""]
    if a[0] == "basic_user":
        return [f"curl -sS -u \"${{{var}}}:\" \"{url}\""]
    if a[0] == "form":
        return [f"curl -sS -X POST \"{url}\" -d token=\"${{{var}}}\" -d content=record -d format=csv > data/raw/records.csv"]
    return [f"python scripts/run_{c.ds}.py --project {c.proj}"]


def use_jl(K, c, var):
    a, url = K["auth"], _url(K, c)
    if a[0] == "q":
        return [f"r = HTTP.get(\"{url}\"; query = Dict(\"{a[1]}\" => {var}))", "data = JSON3.read(r.body)"]
    if a[0] == "h":
        return [f"r = HTTP.get(\"{url}\", [\"{a[1]}\" => {var}])"]
    if a[0] in ("basic", "basic_user"):
        return [f"r = HTTP.get(\"{url}\"; basicauth = true, headers = [\"Authorization\" => \"Basic \" * base64encode(\"{c.user}:\" * {var})])"]
    return [f"r = HTTP.get(\"{url}\", [\"Authorization\" => \"Bearer \" * {var}])"]


def use_m(K, c, var):
    a, url = K["auth"], _url(K, c)
    if a[0] == "q":
        return [f"data = webread('{url}', '{a[1]}', {var}, opts);"]
    if a[0] == "h":
        return [f"opts = weboptions('HeaderFields', {{'{a[1]}', {var}}}, 'Timeout', 60);", f"data = webread('{url}', opts);"]
    if a[0] in ("basic", "basic_user"):
        return [f"opts = weboptions('Username', '{c.user}', 'Password', {var}, 'Timeout', 120);",
                f"data = webread('{url}', opts);"]
    return [f"opts = weboptions('HeaderFields', {{'Authorization', ['Bearer ' {var}]}});",
            f"data = webread('{url}', opts);"]


# --------------------------------------------------------------------------
# renderers: return (relative_path, list_of_lines, filetype)
# --------------------------------------------------------------------------
PROV_IMPORTS = {"huggingface": ["from huggingface_hub import login", "from transformers import AutoTokenizer"],
                "wandb": ["import wandb"], "openai": ["from openai import OpenAI", "import openai"], "anthropic": ["import anthropic"],
                "neptune": ["import neptune"], "cometml": ["import comet_ml"], "clearml": ["from clearml import Task"],
                "copernicus_cds": ["import cdsapi"], "nasa_earthdata": ["import earthaccess"],
                "sentinelhub": ["from sentinelhub import SHConfig"], "kaggle": ["from kaggle.api.kaggle_api_extended import KaggleApi"],
                "zotero": ["from pyzotero import zotero"], "mendeley": ["from mendeley import Mendeley"]}


def rn_py(r, K, c, v):
    lines = []
    if r.random() < 0.4:
        lines.append("#!/usr/bin/env python3")
    if r.random() < 0.5:
        lines += [f'"""{K["svc"]} helper for the {c.topic} project."""', ""]
    else:
        lines += comment_header(c, r) + [""]
    imps = ["import os", "import time", "import logging", "from pathlib import Path", "", "import numpy as np", "import pandas as pd",
            "import matplotlib.pyplot as plt", "import requests"]
    if r.random() < 0.4:
        imps = [i for i in imps if i not in ("import time", "import logging")]
    extra = PROV_IMPORTS.get(K["p"], [])
    if K["p"] == "openai":
        extra = [extra[1]] if K["k"] == "legacy_api_key" else [extra[0]]
    lines += imps + extra + [""]
    style = r.random()
    name = pick_name(r, K, "py")
    expr = ex(v, "py", r, r.choice(['"', "'"]))
    if style < 0.55:
        if r.random() < 0.4:
            lines.append(f"# {r.choice(['TODO move to .env', 'personal key, do not share', 'from ' + K['svc'] + ' account settings', 'temporary'])}")
        lines.append(f"{name} = {expr}")
        var = name
    elif style < 0.75 and K["env"]:
        lines.append(f"os.environ[\"{K['env']}\"] = {expr}")
        var = f"os.environ['{K['env']}']"
    else:
        blk = K["p"].replace("-", "_")
        inner = r.choice(["api_key", "key", "token", "secret", "password"])
        lines += ["CONFIG = {", f"    '{blk}': {{", f"        'user': '{c.user}',", f"        '{inner}': {expr},", "    },",
                  f"    'out_dir': 'results/{c.proj}',", "}"]
        var = f"CONFIG['{blk}']['{inner}']"
    lines.append("")
    lines += use_py(K, c, var, r) + [""]
    lines += py_filler(c, r, paths=True)
    if r.random() < 0.5:
        lines += ["if __name__ == '__main__':", "    main()" if r.random() < 0.5 else "    print('done')"]
    path = r.choice([f"scripts/download_{c.ds}.py", f"src/{c.proj.replace('-', '_')}/fetch.py",
                     f"analysis/01_get_{c.ds}.py", "code/utils.py", f"{c.ds}_api.py", "pipeline/config.py"])
    return path, lines, "python"


def _nb_cell(r, ctype, src, outputs=None, ec=None):
    cell = {"cell_type": ctype, "id": rhex(r, 8) if r.random() < 0.8 else ruuid(r), "metadata": {}}
    srcl = [s + "\n" for s in src]
    if srcl:
        srcl[-1] = srcl[-1].rstrip("\n")
    cell["source"] = srcl
    if ctype == "code":
        cell["execution_count"] = ec
        cell["outputs"] = outputs or []
    return cell


def _stream(lines):
    return {"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in lines]}


def _exec_result(r, ec, lines):
    return {"data": {"text/plain": [l + "\n" for l in lines][:-1] + [lines[-1]]}, "execution_count": ec,
            "metadata": {}, "output_type": "execute_result"}


def _widget_output(r):
    sz = r.randint(1, 900)
    return {"data": {"application/vnd.jupyter.widget-view+json": {"model_id": rhex(r, 32), "version_major": 2,
                                                                    "version_minor": 0},
                     "text/plain": [f"Downloading: 100%|##########| {sz}M/{sz}M"]},
            "metadata": {}, "output_type": "display_data"}


def _df_head(c, r):
    rows = [f"   {c.grp:>10} {c.x:>12} {c.y:>12}"]
    for i in range(5):
        rows.append(f"{i}  {r.choice(['A', 'B', 'ctrl', 'mut', 'north', 'south']):>10} {r.uniform(0, 100):12.3f} {r.uniform(-5, 5):12.4f}")
    return rows


def notebook_json(r, cells, lang="python"):
    if lang == "python":
        meta = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                "language_info": {"name": "python", "version": r.choice(["3.10.12", "3.11.7", "3.9.18", "3.12.2"])}}
    else:
        meta = {"kernelspec": {"display_name": "R", "language": "R", "name": "ir"},
                "language_info": {"name": "R", "version": "4.3.2"}}
    if r.random() < 0.3:
        meta["colab"] = {"provenance": []}
    nb = {"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False).split("\n")


def rn_ipynb(r, K, c, v, flavor=None):
    ec = 1
    cells = [_nb_cell(r, "markdown", [f"# {(c.topic[0].upper() + c.topic[1:])}", "", f"{c.course if r.random() < 0.3 else 'Lab notebook'} -- {c.first} {c.last}"])]
    pip = {"huggingface": "transformers datasets", "wandb": "wandb", "kaggle": "kaggle", "openai": "openai",
           "anthropic": "anthropic", "neptune": "neptune", "cometml": "comet_ml", "clearml": "clearml",
           "copernicus_cds": "cdsapi", "nasa_earthdata": "earthaccess", "sentinelhub": "sentinelhub",
           "zotero": "pyzotero", "ncbi": "biopython"}.get(K["p"])
    if pip and r.random() < 0.6:
        cells.append(_nb_cell(r, "code", [f"!pip install -q {pip}"], [_stream([f"Successfully installed {pip.split()[0]}-{r.randint(0, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)}"])], ec))
        ec += 1
    imps = ["import os", "import pandas as pd", "import numpy as np"]
    imps += {"huggingface": ["from huggingface_hub import login", "from transformers import AutoTokenizer"],
             "wandb": ["import wandb"], "openai": ["from openai import OpenAI"], "anthropic": ["import anthropic"],
             "neptune": ["import neptune"], "cometml": ["import comet_ml"], "clearml": ["from clearml import Task"],
             "copernicus_cds": ["import cdsapi"], "nasa_earthdata": ["import earthaccess"],
             "sentinelhub": ["from sentinelhub import SHConfig"], "kaggle": ["from kaggle.api.kaggle_api_extended import KaggleApi"],
             "zotero": ["from pyzotero import zotero"]}.get(K["p"], ["import requests"])
    if flavor == "colab":
        imps.append("from google.colab import userdata")
    cells.append(_nb_cell(r, "code", imps, [], ec))
    ec += 1
    name = pick_name(r, K, "py")
    expr = ex(v, "py_nb", r, r.choice(['"', "'"]))
    echo = []
    style = r.random()
    if style < 0.45:
        src = [f"{name} = {expr}"]
        var = name
        if r.random() < 0.25 and v.mode in ("secret",):
            src.append(f"print({name})")
            echo = [_stream([v.text])]
        elif v.mode != "secret" and r.random() < 0.5:
            src.append(f"print('key loaded:', {name}[:4] + '...' )")
            echo = [_stream([f"key loaded: {(v.text or 'None')[:4]}..."])]
    elif style < 0.7 and K["env"]:
        if v.mode == "env":
            src = [f"os.environ['{K['env']}'] = {expr}"]
        else:
            src = [f"%env {K['env']}={v.text}"]
            echo = [_stream([f"env: {K['env']}={v.text}"])]
        var = f"os.environ['{K['env']}']"
    else:
        src = [f"os.environ[\"{K['env'] or 'API_KEY'}\"] = {expr}"]
        var = f"os.environ[\"{K['env'] or 'API_KEY'}\"]"
    if r.random() < 0.4:
        src.insert(0, r.choice(["# credentials", f"# {K['svc']} key (remove before pushing!)", "# --- setup ---", "# auth"]))
    cells.append(_nb_cell(r, "code", src, echo, ec))
    ec += 1
    use = use_py(K, c, var, r)
    outs = []
    if K["p"] == "huggingface" and r.random() < 0.6:
        outs = [_widget_output(r)]
    elif K["p"] == "wandb":
        outs = [_stream([f"wandb: Currently logged in as: {c.user}. Use `wandb login --relogin` to force relogin"])]
    cells.append(_nb_cell(r, "code", use, outs, ec))
    ec += 1
    cells.append(_nb_cell(r, "code", [f"df = pd.read_csv('data/{c.ds}.csv')", "df.head()"], [_exec_result(r, ec, _df_head(c, r))], ec))
    ec += 1
    if r.random() < 0.5:
        cells.append(_nb_cell(r, "markdown", [f"## {r.choice(['Quick look', 'Results', 'QC', 'Next steps'])}",
                                              f"Compare `{c.y}` across `{c.grp}`."]))
    lines = notebook_json(r, cells)
    # keep notebooks within the 80-line budget: drop optional cells (pip / df.head / trailing markdown)
    while len(lines) > 80 and len(cells) > 3:
        opt = [j for j, cl in enumerate(cells) if j > 0 and (
            cl["cell_type"] == "markdown" or "!pip" in "".join(cl["source"]) or "df.head()" in "".join(cl["source"])
            or (cl["source"] and cl["source"][0].startswith("import os")))]
        if not opt:
            break
        cells.pop(opt[-1])
        lines = notebook_json(r, cells)
    path = r.choice([f"notebooks/0{r.randint(1, 5)}_{c.ds}.ipynb", f"{c.proj}.ipynb", f"lab{r.randint(1, 9)}/exercise.ipynb",
                     f"notebooks/{K['p']}_demo.ipynb", "Untitled.ipynb", f"analysis/explore_{c.ds}.ipynb"])
    if flavor == "colab":
        path = r.choice([f"colab/{c.proj}.ipynb", f"Copy_of_{c.ds}.ipynb"])
    return path, lines, "jupyter"


def rn_colab(r, K, c, v):
    return rn_ipynb(r, K, c, v, flavor="colab")


def _r_assign(r, K, c, v, name):
    expr = ex(v, "r", r)
    st = r.random()
    if st < 0.5:
        return [f"{name} <- {expr}"], name
    if st < 0.8 and K["env"]:
        return [f"Sys.setenv({K['env']} = {expr})"], f"Sys.getenv(\"{K['env']}\")"
    inner = r.choice(["key", "token", "api_key"])
    blk = K["p"]
    return [f"{blk} <- list(", f"  user = \"{c.user}\",", f"  {inner} = {expr}", ")"], f"{blk}${inner}"


def rn_r(r, K, c, v):
    name = pick_name(r, K, "r")
    lines = comment_header(c, r) + [""]
    lines += r_filler(c, r, 1)
    a, var = _r_assign(r, K, c, v, name)
    if r.random() < 0.3:
        lines.append(r.choice(["# key from the lab account", "# TODO: use .Renviron instead", f"# {K['svc']} credentials"]))
    lines += a + [""] + use_r(K, c, var, r) + [""] + r_filler(c, r)
    path = r.choice([f"R/{c.ds}_download.R", f"scripts/01_fetch_{c.ds}.R", "analysis.R", f"code/{K['p']}_helpers.R", "R/setup.R"])
    return path, lines, "r"


def _rmd_like(r, K, c, v, ext):
    name = pick_name(r, K, "r")
    lines = ["---", f"title: \"{(c.topic[0].upper() + c.topic[1:])}\"", f"author: \"{c.first} {c.last}\"",
             f"date: \"{c.year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}\""]
    lines += ["format: html", "execute:", "  echo: true"] if ext == "qmd" else ["output: html_document"]
    lines += ["---", "", f"This document pulls the {K['svc']} data used in chapter {r.randint(2, 5)}.", ""]
    usepy = ext == "qmd" and r.random() < 0.4
    if usepy:
        lines += ["```{python}", "import os, requests"] + PROV_IMPORTS.get(K["p"], [])[:1]
        pname = pick_name(r, K, "py")
        lines += [f"{pname} = {ex(v, 'py', r)}"] + use_py(K, c, pname, r) + ["```", ""]
    else:
        lines += ["```{r setup, include=FALSE}" if ext == "Rmd" else "```{r}", "knitr::opts_chunk$set(echo = TRUE)", "library(tidyverse)"]
        a, var = _r_assign(r, K, c, v, name)
        lines += a + ["```", "", "## Data", "", "```{r fetch}" if ext == "Rmd" else "```{r}"]
        lines += use_r(K, c, var, r) + ["```", ""]
    lines += ["```{r}" if not usepy else "```{python}"]
    lines += (r_filler(c, r, 1) if not usepy else py_filler(c, r, 1))
    lines += ["```", "", f"Results are discussed in the {r.choice(['methods', 'appendix', 'lab meeting notes'])}."]
    path = r.choice([f"reports/{c.ds}.{ext}", f"index.{ext}", f"analysis/{c.proj}.{ext}", f"chapters/0{r.randint(1, 6)}-data.{ext}"])
    return path, lines, "rmarkdown" if ext == "Rmd" else "quarto"


def rn_rmd(r, K, c, v):
    return _rmd_like(r, K, c, v, "Rmd")


def rn_qmd(r, K, c, v):
    return _rmd_like(r, K, c, v, "qmd")


def rn_renviron(r, K, c, v):
    others = [f"R_LIBS_USER=~/R/library/%v", "R_MAX_VSIZE=32Gb", f"RENV_PATHS_CACHE=/scratch/{c.user}/renv",
              f"DATA_ROOT=/project/{c.org}/data", "TZ=UTC", "_R_CHECK_FORCE_SUGGESTS_=false"]
    r.shuffle(others)
    name = K["env"] if r.random() < 0.8 or not K["env"] else pick_name(r, K, "sh").upper()
    if not name:
        name = "API_KEY"
    val = ex(v, "renviron", r)
    if v.mode not in ("env",) and r.random() < 0.3:
        val = q(val)
    lines = [f"# ~/.Renviron -- {r.choice(['do not commit', 'copied from lab wiki', 'local settings', 'R env vars'])}"] if r.random() < 0.6 else []
    lines += others[: 4 - len(lines) + r.randint(0, 1)]
    lines.append(f"{name}={val}")
    lines += others[4: 4 + r.randint(0, 2)]
    return r.choice([".Renviron", "project/.Renviron", "config/Renviron.site"]), lines, "renviron"


def rn_rprofile(r, K, c, v):
    lines = ["# .Rprofile", "options(repos = c(CRAN = \"https://cloud.r-project.org\"))", "options(stringsAsFactors = FALSE)", ""]
    lines += ["if (interactive()) {", "  suppressMessages(require(devtools))", "}", ""]
    if K["p"] == "google":
        lines += ["options(", f"  gargle_oauth_email = \"{c.email}\",", "  gargle_oauth_cache = \".secrets\"", ")",
                  f"googledrive::drive_auth_configure(", f"  client = gargle::gargle_oauth_client(",
                  f"    id = \"{r.randint(10**11, 10**12 - 1)}-{rs(r, LO + DIG, 32)}.apps.googleusercontent.com\",",
                  f"    secret = {ex(v, 'r', r)},", "    name = \"lab-drive-client\"", "  )", ")"]
    else:
        name = K["env"] or "API_KEY"
        lines += [f"Sys.setenv({name} = {ex(v, 'r', r)})"]
    lines += ["", "source(\"renv/activate.R\")"]
    return ".Rprofile", lines, "rprofile"


def rn_dotenv(r, K, c, v):
    lines = []
    if r.random() < 0.6:
        lines.append(r.choice(["# local environment -- not for production", f"# {c.proj} settings", "# .env"]))
    base = [f"PROJECT={c.proj}", f"DATA_DIR=./data", f"RESULTS_DIR=./results/{c.proj}", "LOG_LEVEL=INFO",
            f"SEED={r.randint(0, 99999)}", "CUDA_VISIBLE_DEVICES=0", f"CONTACT_EMAIL={c.email}"]
    r.shuffle(base)
    lines += base[: r.randint(2, 5)]
    name = K["env"] if (K["env"] and r.random() < 0.7) else pick_name(r, K, "sh").upper()
    if K["p"] == "kaggle" and K["k"] == "api_key":
        lines.append(f"KAGGLE_USERNAME={c.user}")
    if K["p"] == "aws":
        lines.append(f"AWS_ACCESS_KEY_ID={g_aws_id(r, c)}")
        name = "AWS_SECRET_ACCESS_KEY"
    val = ex(v, "dotenv_bare", r) if v.mode == "env" else v.text
    if r.random() < 0.3 and v.mode != "env":
        val = q(val)
    lines.append(f"{name}={val}")
    lines += base[5:]
    return r.choice([".env", f"{c.proj}/.env", ".env.local", "config/.env"]), lines, "dotenv"


def rn_ini(r, K, c, v):
    sect = K["p"]
    lines = [f"; {c.topic} pipeline configuration"] if r.random() < 0.5 else []
    lines += ["[paths]", f"raw = /project/{c.org}/raw", f"processed = /project/{c.org}/processed", ""]
    lines += [f"[{sect}]"]
    if K["p"] == "postgresql":
        lines += [f"host = {c.host}", "port = 5432", f"dbname = {c.ds}", f"user = {c.user}"]
        key = r.choice(["password", "pass", "pw"])
    elif K["p"] in ("orcid", "mendeley"):
        lines += [f"client_id = {'APP-' + rs(r, UP + DIG, 16) if K['p'] == 'orcid' else c.mid}"]
        key = "client_secret"
    elif K["p"] == "blackboard":
        lines += [f"host = https://learn.{c.uni}.edu", f"app_key = {ruuid(r)}"]
        key = r.choice(["secret", "app_secret"])
    else:
        if r.random() < 0.5:
            lines += [f"base_url = {_url(K, c) or 'https://' + K['p'] + '.org'}"]
        key = r.choice(["api_key", "key", "token", "apikey"])
    val = ex(v, "ini", r)
    lines += [f"{key} = {val}", ""]
    lines += ["[analysis]", f"group_col = {c.grp}", f"response = {c.y}", f"seed = {r.randint(1, 9999)}"]
    return r.choice(["config.ini", "config/settings.ini", f"{c.proj}.cfg", "pipeline.ini"]), lines, "ini"


def rn_yaml(r, K, c, v):
    lines = [f"# {c.proj} configuration"] if r.random() < 0.6 else []
    lines += [f"project: {c.proj}", "paths:", f"  raw: data/raw", f"  out: results/{c.proj}", ""]
    blk = K["p"]
    lines += [f"{blk}:"]
    if K["p"] == "postgresql":
        lines += [f"  host: {c.host}", "  port: 5432", f"  user: {c.user}", f"  database: {c.ds}"]
        key = "password"
    elif K["p"] == "slack":
        key = "webhook_url"
        lines += ["  channel: \"#lab-pipeline\""]
    elif "secret" in K["k"]:
        lines += [f"  client_id: {ruuid(r) if r.random() < 0.5 else rs(r, DIG, 6)}"]
        key = "client_secret"
    else:
        if K["url"]:
            lines += [f"  url: {_url(K, c)}"]
        key = r.choice(["api_key", "key", "token"])
    val = ex(v, "yaml", r)
    if v.mode == "env" and r.random() < 0.5:
        val = f"\"{val}\""
    elif r.random() < 0.3 and v.mode != "env":
        val = q(val)
    lines += [f"  {key}: {val}", ""]
    lines += ["analysis:", f"  response: {c.y}", f"  groups: [{c.grp}]", f"  seed: {r.randint(1, 9999)}"]
    return r.choice(["config.yaml", "config/config.yml", f"conf/{c.proj}.yaml", "settings.yaml"]), lines, "yaml"


def rn_envyml(r, K, c, v):
    lines = [f"name: {c.proj}", "channels:", "  - conda-forge", "  - bioconda", "dependencies:",
             "  - python=3.11", "  - pandas", "  - numpy", "  - " + r.choice(["xarray", "scanpy", "snakemake", "r-base=4.3"]),
             "  - pip", "  - pip:", f"    - {r.choice(['kaggle', 'wandb', 'cdsapi', 'openai', 'earthaccess'])}", "variables:"]
    name = K["env"] or "API_KEY"
    lines += [f"  DATA_DIR: /project/{c.org}/data", f"  {name}: {ex(v, 'yaml', r)}"]
    return "environment.yml", lines, "conda_env"


def rn_toml(r, K, c, v):
    if r.random() < 0.5:
        lines = ["# .streamlit/secrets.toml", "[app]", f"title = \"{c.topic}\"", f"data_dir = \"data/{c.ds}\"", "", f"[{K['p']}]", f"{r.choice(['api_key', 'token', 'key'])} = {ex(v, 'toml', r) if v.mode == 'env' else q(v.text)}"]
        path = ".streamlit/secrets.toml"
    else:
        lines = ["# LocalPreferences.toml (not tracked... hopefully)", "[CUDA_Runtime_jll]", "local = \"true\"", "", f"[{c.proj.replace('-', '_').title()}]",
                 f"data_dir = \"/project/{c.org}/data\"", f"{(K['env'] or 'api_key').lower()} = {q(v.text) if v.mode != 'env' else q('${' + v.env + '}')}"]
        path = "LocalPreferences.toml"
    return path, lines, "toml"


def _sh_export(r, K, c, v):
    name = K["env"] if (K["env"] and r.random() < 0.65) else pick_name(r, K, "sh").upper()
    val = ex(v, "sh", r) if v.mode == "env" else r.choice([q(v.text), q(v.text, "'"), v.text])
    pre = []
    if K["p"] == "kaggle" and K["k"] == "api_key":
        pre = [f"export KAGGLE_USERNAME={c.user}"]
    if K["p"] == "aws":
        pre = [f"export AWS_ACCESS_KEY_ID={g_aws_id(r, c)}"]
        name = "AWS_SECRET_ACCESS_KEY"
    return pre + [f"export {name}={val}"], name


def rn_sh(r, K, c, v):
    lines = ["#!/bin/bash"] + comment_header(c, r) + sh_filler(c, r)
    ex_lines, name = _sh_export(r, K, c, v)
    lines += ex_lines + [""] + use_sh(K, c, name) + [""]
    lines += [f"echo \"finished: $(ls $OUT 2>/dev/null | wc -l) files\"" if r.random() < 0.5 else "echo done"]
    return r.choice([f"scripts/get_{c.ds}.sh", "download.sh", f"bin/{K['p']}_sync.sh", "run_all.sh"]), lines, "shell"


def _sbatch_header(r, c, gpu=None):
    gpu = r.random() < 0.5 if gpu is None else gpu
    lines = ["#!/bin/bash", f"#SBATCH --job-name={c.proj}", f"#SBATCH --account=def-{c.last.lower()}",
             f"#SBATCH --time={r.randint(0, 47):02d}:{r.choice(['00', '30'])}:00", f"#SBATCH --mem={r.choice([8, 16, 32, 64])}G",
             f"#SBATCH --cpus-per-task={r.choice([1, 4, 8, 16])}", "#SBATCH --output=logs/%x-%j.out"]
    if gpu:
        lines.append(f"#SBATCH --gres=gpu:{r.choice(['a100', 'v100', 'l40s'])}:1")
    if r.random() < 0.5:
        lines += [f"#SBATCH --mail-user={c.email}", "#SBATCH --mail-type=END,FAIL"]
    return lines + [""]


def rn_sbatch(r, K, c, v):
    lines = _sbatch_header(r, c) + ["module purge", "module load " + r.choice(["python/3.11.5", "StdEnv/2023 python/3.11", "miniconda3", "cuda/12.2 python/3.10"])]
    lines += [f"source activate {c.proj}" if r.random() < 0.5 else f"source $HOME/venvs/{c.proj}/bin/activate", ""]
    ex_lines, name = _sh_export(r, K, c, v)
    lines += ex_lines
    lines += [f"export HF_HOME=/scratch/$USER/hf_cache" if K["p"] != "huggingface" else "export HF_HUB_OFFLINE=0", ""]
    if K["p"] == "wandb" and r.random() < 0.5:
        lines += [f"wandb login ${name}" if name else "wandb login", ""]
    lines += [f"srun python train.py --config configs/{c.proj}.yaml --seed $SLURM_ARRAY_TASK_ID" if r.random() < 0.5
              else f"python scripts/run_{c.ds}.py --out results/$SLURM_JOB_ID"]
    return r.choice([f"jobs/{c.proj}.sbatch", "submit.sh", f"slurm/train_{c.ds}.sbatch", "run_gpu.slurm"]), lines, "slurm_batch"


def rn_md(r, K, c, v):
    lines = [f"# {c.proj}", "", f"Code for the {c.topic} project ({c.first} {c.last}, {c.year}).", "", "## Setup", "",
             "```bash", f"conda env create -f environment.yml", f"conda activate {c.proj}", "```", ""]
    lines += [r.choice([f"You need a {K['svc']} key. Use the lab one:", f"Set your {K['svc']} credentials first:",
                        f"{K['svc']} access (shared lab account):"]), ""]
    name = K["env"] or pick_name(r, K, "sh").upper()
    val = v.text if v.mode != "env" else f"$(pass show lab/{K['p']})"
    if r.random() < 0.7:
        lines += ["```bash", f"export {name}={val}", "```"]
    else:
        lines += [f"- {K['svc']} key: `{val}`", f"- account: `{c.email}`"]
    lines += ["", "## Running", "", f"```bash", f"snakemake -j 8 --use-conda" if r.random() < 0.5 else f"python scripts/run_{c.ds}.py", "```", "",
              "## Data", "", f"Raw data lives in `/project/{c.org}/raw` (not tracked)."]
    path = r.choice(["README.md", "docs/setup.md", f"wiki/{K['p']}-access.md", "NOTES.md", "lab-wiki/onboarding.md"])
    return path, lines, "markdown"


def rn_julia(r, K, c, v):
    name = pick_name(r, K, "julia")
    lines = comment_header(c, r) + [""] + jl_filler(c, r)
    if r.random() < 0.5:
        lines.append(f"const {name.upper()} = {ex(v, 'julia', r)}")
        var = name.upper()
    else:
        lines.append(f"{name} = {ex(v, 'julia', r)}")
        var = name
    lines += [""] + use_jl(K, c, var) + ["", f"CSV.write(joinpath(\"results\", \"{c.ds}.csv\"), DataFrame(data))"]
    return r.choice([f"src/{c.ds}.jl", "scripts/fetch.jl", f"{c.proj.replace('-', '_')}.jl"]), lines, "julia"


def julia_pg(r, K, c, v):
    lines = ["using LibPQ, DataFrames", "", f"conn = LibPQ.Connection(\"host={c.host} dbname={c.ds} user={c.user} password={v.text}\")",
             f"df = DataFrame(execute(conn, \"SELECT * FROM measurements WHERE {c.grp} IS NOT NULL\"))", "close(conn)"]
    if v.mode == "env":
        lines[2] = f"conn = LibPQ.Connection(\"host={c.host} dbname={c.ds} user={c.user} password=$(ENV[\"{v.env}\"])\")"
    return "src/db.jl", comment_header(c, r) + [""] + lines, "julia"


def rn_matlab(r, K, c, v):
    name = pick_name(r, K, "matlab")
    lines = [f"%% {c.topic}", f"% {c.first} {c.last}, {c.year}", "clear; clc;", ""] + m_filler(c, r)
    lines += [f"{name} = {ex(v, 'matlab', r)};"]
    if K["auth"][0] == "q":
        lines += ["opts = weboptions('Timeout', 60);"]
    lines += use_m(K, c, name) + ["", f"save(fullfile('results', '{c.ds}.mat'), 'data');"]
    return r.choice([f"matlab/get_{c.ds}.m", f"{c.ds}_download.m", "scripts/load_data.m"]), lines, "matlab"


def rn_matlab_web(r, K, c, v):
    url = {"nasa_earthdata": "https://n5eil01u.ecs.nsidc.org/MOST/MOD10A1.061/",
           "copernicus_marine": "https://nrt.cmems-du.eu/thredds/dodsC/",
           }.get(K["p"], c.fmt("https://thredds.{uni}.edu/thredds/fileServer/"))
    lines = [f"% download granules for {c.topic}", f"% {c.first} {c.last}", ""]
    lines += [f"user = '{c.user}';", f"pw = {ex(v, 'matlab', r)};" if r.random() < 0.5 else None]
    inline = lines[-1] is None
    lines = [l for l in lines if l is not None]
    pwexpr = ex(v, "matlab", r) if inline else "pw"
    lines += [f"opts = weboptions('Username', user, 'Password', {pwexpr}, 'Timeout', 180);", "",
              f"files = {{'{r.choice(['2021', '2022', '2023'])}.01.01/granule_a.hdf', '{r.choice(['2021', '2022', '2023'])}.01.02/granule_b.hdf'}};",
              "for k = 1:numel(files)", f"    websave(fullfile('data', files{{k}}), ['{url}' files{{k}}], opts);", "end"]
    return r.choice(["download_granules.m", f"matlab/fetch_{c.ds}.m"]), lines, "matlab"


def rn_tex(r, K, c, v):
    lines = ["\\documentclass[11pt]{article}", "\\usepackage{amsmath,graphicx}", "\\usepackage[numbers]{natbib}", "",
             f"\\title{{{(c.topic[0].upper() + c.topic[1:])}}}", f"\\author{{{c.first} {c.last}}}", "", "\\begin{document}", "\\maketitle", ""]
    note = r.choice([f"% {K['svc']} API key for the data section (regenerate figs): ",
                     f"% key used by fetch script -- {K['svc']}: ", f"% NOTE to self: {K['svc']} token "])
    lines += [note + v.text if v.mode != "env" else note + f"see ${v.env} in .Renviron"]
    lines += ["\\section{Data}", f"Data on {c.topic} were retrieved from {K['svc']} on {c.year}-0{r.randint(1, 9)}-1{r.randint(0, 9)}.",
              f"Figure~\\ref{{fig:{c.y}}} shows {c.y.replace('_', ' ')} by {c.grp}.", "",
              "\\bibliographystyle{plainnat}", "\\bibliography{refs}", "\\end{document}"]
    return r.choice(["thesis/ch3_data.tex", "paper/main.tex", "manuscript.tex"]), lines, "latex"


def rn_bib(r, K, c, v):
    lines = [f"@comment{{Zotero library {c.uid} -- sync via Better BibTeX; web API key {v.text}}}" if v.mode != "env"
             else f"@comment{{Zotero library {c.uid} -- sync via Better BibTeX; web API key in $ZOTERO_API_KEY}}", ""]
    lines += bib_entries(r, c, r.randint(2, 4))
    return r.choice(["refs.bib", "paper/references.bib"]), lines, "bibtex"


def rn_make(r, K, c, v):
    name = K["env"] or "TOKEN"
    val = ex(v, "make", r)
    lines = [f"# Makefile for {c.proj}", "PY ?= python3", f"DATA := data/raw/{c.ds}.csv", ""]
    lines += [f"{name} {r.choice(['=', ':=', '?='])} {val}", ""]
    lines += [".PHONY: all clean upload", "all: results/summary.csv", "",
              "results/summary.csv: $(DATA)", "\t$(PY) scripts/summarise.py $< $@", ""]
    if K["p"] == "zenodo":
        lines += ["upload: results/summary.csv", f"\tcurl -H \"Authorization: Bearer $({name})\" -X POST https://zenodo.org/api/deposit/depositions -d '{{}}' -H 'Content-Type: application/json'"]
    elif K["p"] == "osf":
        lines += ["upload: results/summary.csv", f"\tOSF_TOKEN=$({name}) osf -p {rs(r, LO + DIG, 5)} upload -f $< results/summary.csv"]
    elif K["p"] == "figshare":
        lines += ["upload: results/summary.csv", f"\tcurl -H \"Authorization: token $({name})\" -X POST https://api.figshare.com/v2/account/articles -d @metadata.json"]
    else:
        lines += ["upload:", f"\tGITHUB_TOKEN=$({name}) gh release upload v{r.randint(0, 3)}.{r.randint(0, 9)} results/summary.csv"]
    lines += ["", "clean:", "\trm -rf results/*"]
    return "Makefile", lines, "makefile"


def rn_cwl(r, K, c, v):
    lines = ["cwlVersion: v1.2", "class: CommandLineTool", f"label: fetch {c.ds} records from NCBI", "baseCommand: [esearch]",
             "requirements:", "  EnvVarRequirement:", "    envDef:"]
    val = v.text if v.mode != "env" else "$(inputs.ncbi_api_key)"
    lines += [f"      NCBI_API_KEY: {val if v.mode == 'env' else q(val)}", f"      EMAIL: {c.email}", "  DockerRequirement:",
              "    dockerPull: ncbi/edirect:latest", "inputs:", "  query:", "    type: string", "    inputBinding:", "      prefix: -query"]
    if v.mode == "env":
        lines += ["  ncbi_api_key:", "    type: string"]
    lines += ["  db:", "    type: string", "    default: sra", "    inputBinding:", "      prefix: -db", "outputs:", "  result:", "    type: stdout", "stdout: result.xml"]
    return r.choice(["tools/esearch.cwl", "cwl/fetch_sra.cwl"]), lines, "cwl"


def rn_snakefile(r, K, c, v):
    lines = ["import os", "", "configfile: \"config/config.yaml\"", "",
             "SAMPLES = [" + ", ".join(q(x) for x in sra_ids(r, 3)) + "]", ""]
    if K["p"] == "slack":
        val = ex(v, "py", r)
        lines += [f"SLACK = {val}", "", "onsuccess:", "    shell(\"curl -s -X POST -H 'Content-type: application/json' --data '{{\\\"text\\\":\\\"pipeline done\\\"}}' \" + SLACK)", "",
                  "onerror:", "    shell(\"curl -s -X POST --data '{{\\\"text\\\":\\\"pipeline FAILED\\\"}}' \" + SLACK)", ""]
    else:
        name = r.choice(["NCBI_KEY", "api_key", "NCBI_API_KEY", "key"]) if K["p"] == "ncbi" else pick_name(r, K, "py").replace(".", "_")
        lines += [f"{name} = {ex(v, 'py', r)}", ""]
    lines += ["rule all:", "    input: expand(\"results/{s}.counts.tsv\", s=SAMPLES)", "",
              "rule fetch:", "    output: \"data/{s}.fastq.gz\"", "    threads: 4"]
    if K["p"] == "ncbi":
        lines += ["    params: key=" + name, "    shell: \"NCBI_API_KEY={params.key} fasterq-dump {wildcards.s} -O data/ && gzip data/{wildcards.s}.fastq\""]
    else:
        lines += ["    shell: \"fasterq-dump {wildcards.s} -O data/ && gzip data/{wildcards.s}.fastq\""]
        if K["p"] != "slack":
            lines += ["", "rule literature:", "    output: \"results/literature.csv\"", f"    params: key={name}",
                      f"    shell: \"python scripts/{K['p']}_search.py --query '{c.topic}' --key {{params.key}} > {{output}}\""]
    lines += ["", "rule count:", "    input: \"data/{s}.fastq.gz\"", "    output: \"results/{s}.counts.tsv\"",
              "    conda: \"envs/align.yaml\"", "    shell: \"salmon quant -i idx -r {input} -o {output}\""]
    return r.choice(["Snakefile", "workflow/Snakefile"]), lines, "snakemake"


def rn_smk_config(r, K, c, v):
    lines = ["# Snakemake config", f"samples: config/samples.tsv", f"reference: {r.choice(['GRCh38', 'GRCm39', 'TAIR10', 'GRCz11'])}",
             f"genome_accession: {r.choice(['GCF_000001405.40', 'GCF_000001635.27', 'GCF_000002035.6'])}", "threads: 8", ""]
    if K["p"] == "slack":
        lines += ["notify:", f"  slack_webhook: {ex(v, 'yaml', r) if v.mode == 'env' else q(v.text)}"]
    else:
        lines += ["ncbi:", f"  email: {c.email}", f"  {r.choice(['api_key', 'key'])}: {ex(v, 'yaml', r) if v.mode == 'env' else v.text}"]
    lines += ["", "trimming:", "  min_length: 36", "  quality: 20"]
    return r.choice(["config/config.yaml", "config.yaml"]), lines, "snakemake_config"


def rn_nextflow(r, K, c, v):
    lines = ["// nextflow.config", "params {", f"    reads = \"data/*_R{{1,2}}.fastq.gz\"", f"    outdir = \"results\"",
             f"    genome = \"{r.choice(['GRCh38', 'GRCm39'])}\""]
    if K["p"] == "ncbi":
        val = ex(v, "nextflow", r) if v.mode == "env" else q(v.text, "'")
        lines += [f"    {r.choice(['ncbi_api_key', 'api_key'])} = {val}"]
    lines += ["}", "", "process {", "    executor = 'slurm'", f"    queue = '{r.choice(['normal', 'compute', 'short'])}'", "    memory = '8 GB'", "}", ""]
    if K["p"] != "ncbi":
        val = ex(v, "nextflow", r) if v.mode == "env" else q(v.text, "'")
        lines += ["env {", f"    SLACK_WEBHOOK = {val}", "}", "",
                  "workflow.onComplete = {", "    def msg = \"Pipeline ${workflow.runName} finished: ${workflow.success}\"",
                  "    ['curl', '-s', '-X', 'POST', '--data', \"{\\\"text\\\": \\\"${msg}\\\"}\", env.SLACK_WEBHOOK].execute()", "}"]
    lines += ["", "singularity {", "    enabled = true", "    autoMounts = true", "}"]
    return "nextflow.config", lines, "nextflow"


def rn_autograder(r, K, c, v):
    kind = r.random()
    if kind < 0.5:
        lines = [f"# autograder config for {c.course}", f"course: \"{c.course}\"", f"term: {r.choice(['fall', 'spring'])}{c.year}",
                 "grader:", "  image: gradescope/autograder-base:latest", "  timeout: 600", "github:",
                 f"  org: {c.org}", f"  template_repo: {c.repo}-template"]
        key = r.choice(["token", "access_token", "pat"])
        lines += [f"  {key}: {ex(v, 'yaml', r) if v.mode == 'env' else v.text}"]
        if K["p"] == "openai":
            lines += ["llm_feedback:", "  enabled: true", "  model: gpt-4o-mini", f"  api_key: {ex(v, 'yaml', r) if v.mode == 'env' else v.text}"]
            lines[-5] = f"  {key}: ${{GITHUB_TOKEN}}"
        if K["p"] == "canvas":
            lines[-1] = f"  {key}: ${{GITHUB_TOKEN}}"
            lines += ["canvas:", f"  url: https://canvas.{c.uni}.edu", f"  course_id: {c.cid}", f"  token: {ex(v, 'yaml', r) if v.mode == 'env' else v.text}"]
        lines += ["tests:", "  - name: test_part1", "    points: 10", "  - name: test_part2", "    points: 15"]
        return r.choice(["autograder/config.yml", "grading/autograder.yaml", "otter_config.yml"]), lines, "autograder_yaml"
    lines = ["#!/usr/bin/env bash", "# Gradescope autograder: setup.sh -- pulls the private test repo", "apt-get install -y python3 python3-pip",
             "pip3 install -r /autograder/source/requirements.txt", ""]
    if K["p"] == "github":
        val = v.text if v.mode != "env" else "${GITHUB_TOKEN}"
        lines += [f"git clone https://{c.user}:{val}@github.com/{c.org}/{c.repo}-tests.git /autograder/tests"]
    else:
        lines += [f"export {K['env'] or 'API_KEY'}=\"{v.text if v.mode != 'env' else '${' + v.env + '}'}\""]
    lines += ["", "cp /autograder/tests/*.py /autograder/source/", "echo setup complete"]
    return "autograder/setup.sh", lines, "autograder_setup"


def rn_ghwf_env(r, K, c, v):
    val = v.text if v.mode != "env" else "${{ secrets.ZENODO_TOKEN }}"
    lines = ["name: archive-release", "on:", "  release:", "    types: [published]", "jobs:", "  zenodo:", "    runs-on: ubuntu-latest",
             "    env:", f"      ZENODO_TOKEN: {val}", "    steps:", "      - uses: actions/checkout@v4",
             "      - run: pip install requests", "      - run: python scripts/upload_zenodo.py --sandbox false"]
    return ".github/workflows/zenodo.yml", lines, "github_actions"


def rn_kaggle_json(r, K, c, v):
    d = json.dumps({"username": c.user, "key": v.text}, separators=(",", ":") if r.random() < 0.7 else (", ", ": "))
    return r.choice(["kaggle.json", ".kaggle/kaggle.json", "config/kaggle.json", "notebooks/kaggle.json"]), [d], "kaggle_json"


def rn_kaggle_nb_echo(r, K, c, v):
    cells = [_nb_cell(r, "markdown", ["## Kaggle setup (Colab)"])] if r.random() < 0.5 else []
    src = ["!mkdir -p ~/.kaggle", f"!echo '{{\"username\":\"{c.user}\",\"key\":\"{v.text}\"}}' > ~/.kaggle/kaggle.json",
           "!chmod 600 ~/.kaggle/kaggle.json", "!cat ~/.kaggle/kaggle.json"]
    outs = [_stream([f"{{\"username\":\"{c.user}\",\"key\":\"{v.text}\"}}"])]
    if v.mode == "env":
        src = ["from google.colab import files", "files.upload()  # choose kaggle.json", "!mkdir -p ~/.kaggle && mv kaggle.json ~/.kaggle/",
               "!chmod 600 ~/.kaggle/kaggle.json"]
        outs = [_stream(["Saving kaggle.json to kaggle.json"])]
    cells.append(_nb_cell(r, "code", src, outs, 1))
    cells.append(_nb_cell(r, "code", [f"!kaggle competitions download -c {c.comp}", f"!unzip -q {c.comp}.zip -d data"],
                          [_stream([f"Downloading {c.comp}.zip to /content", f"100%|██████████| {r.randint(1, 400)}M/{r.randint(1, 400)}M [00:0{r.randint(1, 9)}<00:00, {r.randint(20, 90)}.1MB/s]"])], 2))
    if r.random() < 0.3:
        cells.append(_nb_cell(r, "code", ["import pandas as pd", "train = pd.read_csv('data/train.csv')", "train.shape"],
                              [_exec_result(r, 3, [f"({r.randint(800, 90000)}, {r.randint(5, 90)})"])], 3))
    return r.choice([f"{c.comp}_colab.ipynb", "notebooks/kaggle_setup.ipynb"]), notebook_json(r, cells), "jupyter"


def rn_access_token_file(r, K, c, v):
    return r.choice([".kaggle/access_token", "config/kaggle/access_token"]), [v.text], "token_file"


def rn_wandb_cell(r, K, c, v):
    cells = [_nb_cell(r, "markdown", [f"# Sweep: {c.proj}"])]
    if v.mode == "env":
        src = ["import wandb", "wandb.login()  # reads WANDB_API_KEY or prompts"]
        outs = [_stream([f"wandb: Currently logged in as: {c.user} ({c.org}). Use `wandb login --relogin` to force relogin"])]
    else:
        src = [f"!wandb login {v.text}"] if r.random() < 0.6 else ["import wandb", f"wandb.login(key=\"{v.text}\")"]
        outs = [_stream([f"wandb: Appending key for api.wandb.ai to your netrc file: /root/.netrc"])]
    cells.append(_nb_cell(r, "code", src, outs, 1))
    run_id = rs(r, LO + DIG, 8)
    cells.append(_nb_cell(r, "code", [f"run = wandb.init(project='{c.proj}', entity='{c.org}', config={{'lr': {r.choice(['1e-3', '3e-4', '5e-5'])}, 'epochs': {r.randint(3, 50)}}})"],
                          [_stream([f"wandb: Tracking run with wandb version 0.{r.randint(15, 19)}.{r.randint(0, 9)}",
                                    f"wandb: Run data is saved locally in /content/wandb/run-{c.year}0{r.randint(1, 9)}1{r.randint(0, 9)}_1{r.randint(0, 9)}3{r.randint(0, 9)}22-{run_id}",
                                    f"wandb: ⭐️ View project at https://wandb.ai/{c.org}/{c.proj}",
                                    f"wandb: 🚀 View run at https://wandb.ai/{c.org}/{c.proj}/runs/{run_id}"])], 2))
    return r.choice([f"notebooks/train_{c.ds}.ipynb", "sweep.ipynb"]), notebook_json(r, cells), "jupyter"


def rn_netrc(r, K, c, v):
    ents = []
    if K["p"] == "wandb":
        ents.append(("api.wandb.ai", "user", v))
    elif K["p"] == "ftp":
        ents.append((r.choice([f"ftp.{c.uni}.edu", f"instruments.{c.uni}.edu", "ftp-private.ncbi.nlm.nih.gov"]), c.user, v))
    else:
        ents.append(("urs.earthdata.nasa.gov", c.user, v))
    lines = []
    if r.random() < 0.5:
        lines.append(f"machine ftp.{r.choice(['ncbi.nlm.nih.gov', 'ebi.ac.uk', 'ensembl.org'])} login anonymous password {c.email}")
    single = r.random() < 0.3
    for m, login, vv in ents:
        val = vv.text
        if single:
            lines.append(f"machine {m} login {login} password {val}")
        else:
            lines += [f"machine {m}", f"    login {login}", f"    password {val}"]
    if len(lines) < 5:
        lines.insert(0, f"# {r.choice(['created by earthaccess', 'do NOT commit', 'netrc for data downloads', 'chmod 0600 ~/.netrc'])}")
    extra = [f"machine ftp.{h} login anonymous password {c.email}" for h in ("ncbi.nlm.nih.gov", "ebi.ac.uk", "ensembl.org")]
    while len(lines) < 5:
        e = extra.pop()
        if e not in lines:
            lines.append(e)
    return r.choice([".netrc", "dotfiles/.netrc", "config/netrc", "_netrc"]), lines, "netrc"


def rn_comet_config(r, K, c, v):
    lines = ["# ~/.comet.config", "[comet]", f"api_key = {v.text if v.mode != 'env' else '${COMET_API_KEY}'}", f"workspace = {c.user}", f"project_name = {c.proj}", "", "[comet_logging]", "file_level = WARNING"]
    return r.choice([".comet.config", "experiments/.comet.config"]), lines, "ini"


def rn_clearml_conf(r, K, c, v):
    akey = rs(r, UP + DIG, r.choice([20, 24, 30]))
    sval = v.text if v.mode != "env" else "${CLEARML_API_SECRET_KEY}"
    lines = ["# ClearML SDK configuration file", "api {", "    web_server: https://app.clear.ml", "    api_server: https://api.clear.ml",
             "    files_server: https://files.clear.ml", "    credentials {", f"        \"access_key\" = \"{akey}\"",
             f"        \"secret_key\" = \"{sval}\"", "    }", "}", "sdk {", "    development {", "        default_output_uri: \"\"", "    }", "}"]
    return r.choice(["clearml.conf", "configs/clearml.conf"]), lines, "hocon"


def rn_cdsapirc(r, K, c, v):
    url = "https://cds.climate.copernicus.eu/api/v2" if K["k"] == "api_key_legacy" else r.choice(
        ["https://cds.climate.copernicus.eu/api", "https://ads.atmosphere.copernicus.eu/api"])
    lines = [f"url: {url}", f"key: {v.text}"]
    if r.random() < 0.3:
        lines.append("verify: 0")
    if r.random() < 0.7:
        lines = [f"# {r.choice(['ERA5 downloads', 'CDS API config', 'copied from the CDS how-to page'])} -- {c.first}",
                 "# " + ("new CDS (2024+) personal access token" if K["k"] == "api_token" else "UID:API-key from the old CDS profile page")] + lines
    return r.choice([".cdsapirc", "config/cdsapirc", "era5/.cdsapirc"]), lines, "cdsapirc"


def rn_gee_json(r, K, c, v):
    proj = f"ee-{c.user.replace('_', '-')}" if r.random() < 0.5 else f"{c.proj}-{r.randint(100000, 999999)}"
    sa = f"{r.choice(['earthengine', 'gee-runner', 'ee-batch', 'sa-' + c.ds.split('_')[0]])}@{proj}.iam.gserviceaccount.com"
    d = {"type": "service_account", "project_id": proj, "private_key_id": rhex(r, 40), "private_key": v.text,
         "client_email": sa, "client_id": str(r.randint(10**20, 10**21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + sa.replace("@", "%40"),
         "universe_domain": "googleapis.com"}
    txt = json.dumps(d, indent=2)
    # json.dumps escapes the backslashes of the literal "\n": undo so the value reads as in a real key file
    txt = txt.replace("\\\\n", "\\n")
    return r.choice(["gee-service-account.json", "credentials/ee-key.json", f"{proj}-{rhex(r, 12)}.json", "keys/privatekey.json"]), txt.split("\n"), "gcp_service_account_json"


def rn_sh_config(r, K, c, v):
    cid = ("sh-" + ruuid(r)) if r.random() < 0.5 else ruuid(r)
    sec = v.text if v.mode != "env" else "${SH_CLIENT_SECRET}"
    lines = ["[default-profile]", f"sh_client_id = \"{cid}\"", f"sh_client_secret = \"{sec}\"",
             "sh_base_url = \"https://sh.dataspace.copernicus.eu\"" if cid.startswith("sh-") else "sh_base_url = \"https://services.sentinel-hub.com\"",
             "sh_token_url = \"https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token\"" if cid.startswith("sh-") else "sh_auth_base_url = \"https://services.sentinel-hub.com\"",
             "max_download_attempts = 4", "download_sleep_time = 5.0"]
    return r.choice(["sentinelhub/config.toml", "config/sh_config.toml"]), lines, "toml"


def rn_entrez_py(r, K, c, v):
    lines = comment_header(c, r) + ["", "from Bio import Entrez, SeqIO", "import time", ""]
    lines += [f"Entrez.email = \"{c.email}\"", f"Entrez.api_key = {ex(v, 'py', r)}", "Entrez.tool = \"" + c.proj + "\"", ""]
    lines += [f"ids = {[x for x in genbank_ids(r, 4)]}", "",
              "handle = Entrez.efetch(db=\"nuccore\", id=\",\".join(ids), rettype=\"gb\", retmode=\"text\")",
              "records = list(SeqIO.parse(handle, \"genbank\"))", "handle.close()", "",
              "for rec in records:", "    print(rec.id, len(rec.seq), rec.description[:60])", "    time.sleep(0.11)  # 10 req/s with a key"]
    return r.choice(["scripts/fetch_genbank.py", "entrez_download.py", f"src/{c.ds}/ncbi.py"]), lines, "python"


def rn_orcid_py(r, K, c, v):
    cid = "APP-" + rs(r, UP + DIG, 16)
    lines = ['"""Pull works for lab members from the ORCID public API."""', "import os", "import requests", "",
             f"CLIENT_ID = \"{cid}\"", f"CLIENT_SECRET = {ex(v, 'py', r)}", "",
             "tok = requests.post(\"https://orcid.org/oauth/token\",", "                    headers={\"Accept\": \"application/json\"},",
             "                    data={\"client_id\": CLIENT_ID, \"client_secret\": CLIENT_SECRET,",
             "                          \"grant_type\": \"client_credentials\", \"scope\": \"/read-public\"}).json()[\"access_token\"]", "",
             f"MEMBERS = {[orcid_id(r) for _ in range(3)]}", "for oid in MEMBERS:",
             "    works = requests.get(f\"https://pub.orcid.org/v3.0/{oid}/works\",",
             "                         headers={\"Authorization\": f\"Bearer {tok}\", \"Accept\": \"application/json\"}).json()",
             "    print(oid, len(works.get(\"group\", [])))"]
    return r.choice(["scripts/orcid_works.py", "website/update_pubs.py"]), lines, "python"


def rn_osfcli_cfg(r, K, c, v):
    lines = ["# osfclient config (osf init)", "[osf]", f"username = {c.email}", f"project = {rs(r, LO + DIG, 5)}", f"token = {v.text if v.mode != 'env' else '${OSF_TOKEN}'}"]
    return ".osfcli.config", lines, "ini"


def rn_pybliometrics_cfg(r, K, c, v):
    lines = ["[Directories]", "AbstractRetrieval = /home/%s/.cache/pybliometrics/Scopus/abstract_retrieval" % c.user,
             "ScopusSearch = /home/%s/.cache/pybliometrics/Scopus/scopus_search" % c.user, "",
             "[Authentication]", f"APIKey = {v.text if v.mode != 'env' else '${ELSEVIER_API_KEY}'}", "", "[Requests]", "Timeout = 20", "Retries = 5"]
    return r.choice(["pybliometrics.cfg", "config/pybliometrics.cfg"]), lines, "ini"


def rn_lms_gh_py(r, K, c, v):
    lines = ['"""Create one private repo per student from the template (GitHub Classroom is down again)."""', "import csv", "import os", "import requests", "",
             f"ORG = \"{c.org}\"", f"TEMPLATE = \"{c.repo}-template\"", f"TOKEN = {ex(v, 'py', r)}", "",
             "H = {\"Authorization\": f\"token {TOKEN}\", \"Accept\": \"application/vnd.github+json\"}", "",
             "with open(\"roster.csv\") as fh:", "    for row in csv.DictReader(fh):",
             f"        name = f\"hw{r.randint(1, 9)}-{{row['github']}}\"",
             "        requests.post(f\"https://api.github.com/repos/{ORG}/{TEMPLATE}/generate\", headers=H,",
             "                      json={\"owner\": ORG, \"name\": name, \"private\": True})"]
    return r.choice(["admin/make_repos.py", "tools/classroom.py"]), lines, "python"


def rn_gh_hosts(r, K, c, v):
    if r.random() < 0.5:
        lines = ["github.com:", f"    user: {c.user}", f"    oauth_token: {v.text}", "    git_protocol: https"]
    else:
        lines = ["github.com:", "    git_protocol: https", "    users:", f"        {c.user}:", f"            oauth_token: {v.text}",
                 f"    user: {c.user}"]
    return r.choice(["dotfiles/.config/gh/hosts.yml", ".config/gh/hosts.yml"]), lines, "yaml"


def rn_lms_canvas_py(r, K, c, v):
    lines = ['"""Sync grades from the autograder CSV into Canvas."""', "import os", "import pandas as pd", "from canvasapi import Canvas", "",
             f"API_URL = \"https://canvas.{c.uni}.edu\"", f"{pick_name(r, K, 'py')} = {ex(v, 'py', r)}".replace("API_URL", "API_KEY"),
             f"COURSE_ID = {c.cid}", ""]
    kname = lines[6].split(" = ")[0]
    lines += [f"canvas = Canvas(API_URL, {kname})", "course = canvas.get_course(COURSE_ID)",
              f"assignment = course.get_assignment({r.randint(100000, 999999)})", "",
              "grades = pd.read_csv(\"grades/hw3.csv\")", "for _, row in grades.iterrows():",
              "    sub = assignment.get_submission(int(row['canvas_id']))",
              "    sub.edit(submission={'posted_grade': float(row['score'])})", "print('uploaded', len(grades))"]
    return r.choice(["canvas_sync.py", "admin/upload_grades.py", f"{c.course.replace(' ', '').lower()}/canvas_upload.py"]), lines, "python"


def rn_jhub_lti(r, K, c, v):
    lines = ["# jupyterhub_config.py -- LTI 1.3 launch from Canvas", "c.JupyterHub.authenticator_class = 'ltiauthenticator.lti13.auth.LTI13Authenticator'",
             f"c.LTI13Authenticator.issuer = 'https://canvas.instructure.com'",
             f"c.LTI13Authenticator.client_id = ['{r.randint(10000, 99999)}000000000{r.randint(100, 999)}']",
             f"c.LTI13Authenticator.authorize_url = 'https://canvas.{c.uni}.edu/api/lti/authorize_redirect'",
             f"c.LTI13Authenticator.jwks_endpoint = 'https://canvas.{c.uni}.edu/api/lti/security/jwks'",
             f"# developer key secret (for the grade passback service)",
             f"c.Spawner.environment = {{'CANVAS_CLIENT_SECRET': {ex(v, 'py', r)}}}"]
    return "jupyterhub_config.py", lines, "jupyterhub_config"


def rn_lms_moodle_py(r, K, c, v):
    lines = ['"""Pull quiz attempts from Moodle web services."""', "import os", "import requests", "",
             f"MOODLE = \"https://moodle.{c.uni}.edu/webservice/rest/server.php\"", f"TOKEN = {ex(v, 'py', r)}", "",
             "def call(fn, **params):", "    params.update(wstoken=TOKEN, wsfunction=fn, moodlewsrestformat='json')",
             "    return requests.get(MOODLE, params=params, timeout=30).json()", "",
             f"users = call('core_enrol_get_enrolled_users', courseid={r.randint(100, 9999)})",
             "print(len(users), 'enrolled')"]
    return r.choice(["moodle_export.py", "scripts/moodle_api.py"]), lines, "python"


def rn_lms_bb_py(r, K, c, v):
    lines = ["import os", "import requests", "", f"BB = \"https://learn.{c.uni}.edu\"", f"APP_KEY = \"{ruuid(r)}\"",
             f"APP_SECRET = {ex(v, 'py', r)}", "",
             "tok = requests.post(f\"{BB}/learn/api/public/v1/oauth2/token\", auth=(APP_KEY, APP_SECRET),",
             "                    data={\"grant_type\": \"client_credentials\"}).json()[\"access_token\"]",
             f"r = requests.get(f\"{{BB}}/learn/api/public/v3/courses/_{r.randint(1000, 99999)}_1/gradebook/columns\",",
             "                 headers={\"Authorization\": f\"Bearer {tok}\"})", "print(r.json())"]
    return r.choice(["blackboard_grades.py", "lms/bb_export.py"]), lines, "python"


def rn_jupyter_cfg(r, K, c, v):
    app = r.choice(["ServerApp", "NotebookApp"])
    lines = [f"# Configuration file for jupyter-{'server' if app == 'ServerApp' else 'notebook'}.", "", "c = get_config()  #noqa", "",
             f"c.{app}.ip = '0.0.0.0'", f"c.{app}.port = {r.choice([8888, 8889, 9999, 8000 + r.randint(1, 999)])}", f"c.{app}.open_browser = False",
             f"c.{app}.root_dir = '/home/{c.user}/{c.proj}'" if app == "ServerApp" else f"c.{app}.notebook_dir = '/home/{c.user}/{c.proj}'"]
    if K["k"] == "server_token":
        lines.append(f"c.{app}.token = {ex(v, 'py', r, chr(39))}")
    else:
        if app == "ServerApp" and r.random() < 0.5:
            lines.append(f"c.PasswordIdentityProvider.hashed_password = {ex(v, 'py', r, chr(39))}")
        else:
            lines.append(f"c.{app}.password = {ex(v, 'py', r, chr(39))}")
    lines += [f"c.{app}.allow_remote_access = True", "c.FileContentsManager.delete_to_trash = False"]
    return r.choice([".jupyter/jupyter_server_config.py", "jupyter_notebook_config.py", "config/jupyter_server_config.py"]), lines, "jupyter_config"


def rn_sbatch_jupyter(r, K, c, v):
    lines = _sbatch_header(r, c, gpu=False) + ["module load python/3.11", f"source $HOME/venvs/{c.proj}/bin/activate", "",
                                              "PORT=$(shuf -i 8000-9999 -n 1)", "NODE=$(hostname -s)",
                                              f"echo \"ssh -N -L $PORT:$NODE:$PORT {c.user}@login.{c.uni}.edu\"", ""]
    tok = v.text if v.mode != "env" else "${JUPYTER_TOKEN:-$(openssl rand -hex 24)}"
    lines += [f"jupyter lab --no-browser --ip=$NODE --port=$PORT --ServerApp.token={tok}"]
    return r.choice(["jupyter.sbatch", "jobs/jupyter_lab.sh"]), lines, "slurm_batch"


def rn_jhub_cfg(r, K, c, v):
    lines = ["# jupyterhub_config.py", "import os", "c = get_config()  # noqa", "",
             f"c.JupyterHub.bind_url = 'http://:8000'", "c.JupyterHub.spawner_class = 'systemdspawner.SystemdSpawner'"]
    if K["p"] == "github":
        lines += ["from oauthenticator.github import GitHubOAuthenticator", "c.JupyterHub.authenticator_class = GitHubOAuthenticator",
                  f"c.GitHubOAuthenticator.oauth_callback_url = 'https://hub.{c.uni}.edu/hub/oauth_callback'",
                  f"c.GitHubOAuthenticator.client_id = '{'Ov23li' + rs(r, B62, 14) if r.random() < 0.5 else 'Iv1.' + rhex(r, 16)}'",
                  f"c.GitHubOAuthenticator.client_secret = {ex(v, 'py', r, chr(39))}",
                  f"c.GitHubOAuthenticator.allowed_organizations = {{'{c.org}'}}"]
    elif K["k"] == "crypt_key":
        lines += ["c.Authenticator.enable_auth_state = True", f"os.environ['JUPYTERHUB_CRYPT_KEY'] = {ex(v, 'py', r, chr(39))}"]
    else:
        lines += [f"c.ConfigurableHTTPProxy.auth_token = {ex(v, 'py', r, chr(39))}", "c.ConfigurableHTTPProxy.should_start = True"]
    lines += [f"c.Authenticator.admin_users = {{'{c.user}'}}", f"c.Spawner.default_url = '/lab'",
              f"c.Spawner.mem_limit = '{r.choice([2, 4, 8])}G'"]
    return r.choice(["jupyterhub_config.py", "hub/jupyterhub_config.py", "/etc/jupyterhub/jupyterhub_config.py".lstrip("/")]), lines, "jupyterhub_config"


def rn_z2jh_values(r, K, c, v):
    lines = ["# zero-to-jupyterhub helm values", "proxy:"]
    val = v.text if v.mode != "env" else "${PROXY_SECRET_TOKEN}"
    if K["k"] == "proxy_secret_token":
        lines += [f"  secretToken: \"{val}\""]
    lines += ["  https:", "    enabled: true", "    hosts:", f"      - hub.{c.uni}.edu", "    letsencrypt:", f"      contactEmail: {c.email}", "hub:", "  config:"]
    if K["p"] == "github":
        lines += ["    GitHubOAuthenticator:", f"      client_id: {'Ov23li' + rs(r, B62, 14)}", f"      client_secret: {val}",
                  f"      oauth_callback_url: https://hub.{c.uni}.edu/hub/oauth_callback", f"      allowed_organizations: [{c.org}]",
                  "    JupyterHub:", "      authenticator_class: github"]
    else:
        lines += ["    JupyterHub:", "      authenticator_class: dummy"]
    if K["k"] == "crypt_key":
        lines += ["  extraEnv:", f"    JUPYTERHUB_CRYPT_KEY: \"{val}\""]
    lines += ["singleuser:", "  image:", f"    name: quay.io/jupyter/{r.choice(['scipy-notebook', 'datascience-notebook', 'r-notebook'])}",
              f"    tag: \"{r.choice(['2024-05-27', '2023-10-20', 'python-3.11'])}\"", "  memory:", "    limit: 2G", "    guarantee: 1G"]
    return r.choice(["config.yaml", "helm/values.yaml", "jupyterhub/config.yaml"]), lines, "helm_values"


def rn_slurmdbd(r, K, c, v):
    lines = ["#", "# slurmdbd.conf -- cluster accounting", "#", "AuthType=auth/munge", "AuthInfo=/var/run/munge/munge.socket.2",
             f"DbdHost={r.choice(['head', 'mgmt01', 'slurmctl'])}", "DbdPort=6819", "SlurmUser=slurm", "DebugLevel=info",
             "LogFile=/var/log/slurm/slurmdbd.log", "PidFile=/run/slurmdbd.pid", "#", "StorageType=accounting_storage/mysql",
             "StorageHost=localhost", "StoragePort=3306", "StorageUser=slurm", f"StoragePass={v.text}",
             "StorageLoc=slurm_acct_db", "PurgeEventAfter=12month", "PurgeJobAfter=24month"]
    return r.choice(["etc/slurm/slurmdbd.conf", "slurmdbd.conf", "ansible/roles/slurm/files/slurmdbd.conf"]), lines, "slurm_conf"


def rn_slurm_md(r, K, c, v):
    lines = [f"# Cluster notes ({c.org})", "", "## Accounting DB", "", "MariaDB runs on the head node. slurmdbd connects as `slurm`.", "",
             "```", "StorageType=accounting_storage/mysql", "StorageUser=slurm", f"StoragePass={v.text}", "```", "",
             "Restart with `systemctl restart slurmdbd` after editing.", "", "## Partitions", "",
             "| partition | nodes | max time |", "|---|---|---|", "| short | node[01-08] | 4h |", "| gpu | gpu[01-02] | 48h |"]
    return r.choice(["docs/cluster.md", "wiki/slurm-admin.md"]), lines, "markdown"


def rn_condor_sh(r, K, c, v):
    lines = ["#!/bin/bash", f"# bootstrap an execute node for the {c.org} HTCondor pool", "set -e", "",
             "dnf install -y condor", f"echo 'CONDOR_HOST = cm.{c.uni}.edu' > /etc/condor/config.d/00-pool.conf",
             "echo 'SEC_DEFAULT_AUTHENTICATION_METHODS = PASSWORD, IDTOKENS' >> /etc/condor/config.d/00-pool.conf", ""]
    lines += [f"condor_store_cred -c add -p {v.text}" if r.random() < 0.6 else f"echo -n '{v.text}' | condor_store_cred -c add -i -"]
    lines += ["systemctl enable --now condor", "condor_status -any | head"]
    return r.choice(["provision/condor_node.sh", "setup_execute_node.sh"]), lines, "shell"


def rn_condor_md(r, K, c, v):
    lines = ["# HTCondor pool setup", "", "On each new worker:", "", "```bash", "sudo dnf install condor",
             f"sudo condor_store_cred -c add -p '{v.text}'", "sudo systemctl restart condor", "```", "",
             "Submit files live in `jobs/`. Example:", "", "```", "universe = vanilla", "executable = run.sh",
             "request_cpus = 4", "queue 100", "```"]
    return "docs/htcondor.md", lines, "markdown"


def rn_globus_py(r, K, c, v):
    lines = ['"""Nightly transfer of instrument data to the campus archive."""', "import os", "import globus_sdk", "",
             f"CLIENT_ID = \"{ruuid(r)}\"", f"CLIENT_SECRET = {ex(v, 'py', r)}",
             f"SRC = \"{ruuid(r)}\"  # microscope DTN", f"DST = \"{ruuid(r)}\"  # archive collection", "",
             "client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)",
             "authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)",
             "tc = globus_sdk.TransferClient(authorizer=authorizer)", "",
             "tdata = globus_sdk.TransferData(tc, SRC, DST, label=\"nightly\", sync_level=\"checksum\")",
             f"tdata.add_item(\"/data/{c.ds}/\", \"/archive/{c.org}/{c.ds}/\", recursive=True)",
             "print(tc.submit_transfer(tdata)[\"task_id\"])"]
    return r.choice(["transfer/nightly_globus.py", "globus_sync.py"]), lines, "python"


def rn_irods_py(r, K, c, v):
    lines = ["import os", "from irods.session import iRODSSession", "",
             f"with iRODSSession(host='irods.{c.uni}.edu', port=1247, user='{c.user}',",
             f"                  password={ex(v, 'py', r, chr(39))}, zone='{c.uni.split('-')[0]}Zone') as session:",
             f"    coll = session.collections.get('/{c.uni.split('-')[0]}Zone/home/{c.user}/{c.ds}')",
             "    for obj in coll.data_objects:", "        print(obj.name, obj.size, obj.checksum)"]
    return r.choice(["scripts/irods_list.py", "irods_pull.py"]), comment_header(c, r) + [""] + lines, "python"


def rn_irods_sh(r, K, c, v):
    lines = ["#!/bin/bash", "# put processed files on the iRODS grid", "", f"export IRODS_HOST=irods.{c.uni}.edu",
             f"export IRODS_USER_NAME={c.user}", "export IRODS_PORT=1247", f"export IRODS_ZONE_NAME={c.uni.split('-')[0]}Zone", "",
             f"echo {ex(v, 'sh', r) if v.mode == 'env' else q(v.text, chr(39))} | iinit", "",
             f"iput -r -K results/{c.proj} /{c.uni.split('-')[0]}Zone/home/{c.user}/"]
    return r.choice(["irods_upload.sh", "scripts/push_irods.sh"]), lines, "shell"


def rn_redcap_r(r, K, c, v):
    lines = comment_header(c, r) + ["", "library(REDCapR)", "library(dplyr)", "",
                                     f"uri <- \"https://redcap.{c.uni}.edu/api/\""]
    name = pick_name(r, K, "r")
    lines += [f"{name} <- {ex(v, 'r', r)}", "",
              f"ds <- redcap_read(redcap_uri = uri, token = {name})$data" if r.random() < 0.5 else
              f"ds <- redcap_read_oneshot(redcap_uri = uri, token = {name}, fields = c(\"record_id\", \"{c.y}\", \"{c.grp}\"))$data",
              "", f"ds <- ds %>% filter(!is.na({c.y}))", f"write.csv(ds, \"data/redcap_export_{c.year}.csv\", row.names = FALSE)"]
    return r.choice(["R/redcap_pull.R", "01_import_redcap.R"]), lines, "r"


def rn_redcap_py(r, K, c, v):
    lines = ["import os", "from redcap import Project", "", f"URL = 'https://redcap.{c.uni}.edu/api/'",
             f"TOKEN = {ex(v, 'py', r, chr(39))}", "", "proj = Project(URL, TOKEN)",
             f"df = proj.export_records(format_type='df', fields=['record_id', '{c.y}'])", f"df.to_csv('data/{c.ds}.csv')"]
    return "redcap_export.py", lines, "python"


def rn_stata_redcap(r, K, c, v):
    tok = v.text if v.mode != "env" else "`token'"
    lines = [f"* import REDCap export -- {c.first} {c.last}", "clear all", "set more off", ""]
    if v.mode == "env":
        lines += [f"local token : env REDCAP_API_TOKEN"]
    lines += [f"local url \"https://redcap.{c.uni}.edu/api/\"",
              f"!curl -s -X POST `url' -d token={tok} -d content=record -d format=csv -o data/redcap.csv",
              "import delimited using data/redcap.csv, varnames(1) clear", f"summarize {c.y}", f"tab {c.grp}"]
    return r.choice(["do/01_import.do", "import_redcap.do"]), lines, "stata"


def rn_sas_redcap(r, K, c, v):
    tok = v.text if v.mode != "env" else "%sysget(REDCAP_API_TOKEN)"
    lines = [f"/* REDCap API pull -- {c.ds} */", f"%let token = {tok};", f"%let url = https://redcap.{c.uni}.edu/api/;", "",
             "filename out \"redcap.csv\";", "filename parm temp;", "data _null_;", "  file parm;",
             "  put \"token=&token.&content=record&format=csv&type=flat\";", "run;", "",
             "proc http in=parm out=out url=\"&url.\" method=\"POST\" ct=\"application/x-www-form-urlencoded\";", "run;", "",
             "proc import datafile=out out=work.redcap dbms=csv replace;", "  getnames=yes;", "run;"]
    return r.choice(["sas/redcap_import.sas", "import_redcap.sas"]), lines, "sas"


def rn_mturk_py(r, K, c, v):
    lines = ['"""Post HITs for the annotation study (IRB #' + str(r.randint(2019, 2025)) + "-" + str(r.randint(100, 999)) + ')."""',
             "import os", "import boto3", "", "SANDBOX = True",
             "endpoint = 'https://mturk-requester-sandbox.us-east-1.amazonaws.com' if SANDBOX else None", "",
             "mturk = boto3.client('mturk', region_name='us-east-1', endpoint_url=endpoint,",
             f"                     aws_access_key_id='{g_aws_id(r, c)}',",
             f"                     aws_secret_access_key={ex(v, 'py', r, chr(39))})", "",
             "print(mturk.get_account_balance()['AvailableBalance'])",
             "question = open('hit_layout.xml').read()",
             "hit = mturk.create_hit(Title='Label bird song syllables', Reward='0.15', MaxAssignments=3,",
             "                       LifetimeInSeconds=86400, AssignmentDurationInSeconds=600, Question=question)"]
    return r.choice(["mturk/post_hits.py", "crowd/create_hits.py"]), lines, "python"


def rn_aws_creds(r, K, c, v):
    lines = [f"# requester account for the {c.topic} study", "[default]", f"aws_access_key_id = {g_aws_id(r, c)}",
             f"aws_secret_access_key = {v.text}", "region = us-east-1"]
    if r.random() < 0.5:
        lines[1] = "[mturk]"
    return r.choice([".aws/credentials", "config/aws_credentials"]), lines, "aws_credentials"


def rn_mturk_r(r, K, c, v):
    lines = ["library(pyMTurkR)", "", "Sys.setenv(", f"  AWS_ACCESS_KEY_ID = \"{g_aws_id(r, c)}\",",
             f"  AWS_SECRET_ACCESS_KEY = {ex(v, 'r', r)}", ")", "options(pyMTurkR.sandbox = TRUE)", "", "AccountBalance()"]
    return "R/mturk_setup.R", lines, "r"


def rn_stata_census(r, K, c, v):
    lines = [f"* ACS pull for {c.topic}", "clear all", ""]
    key = v.text if v.mode != "env" else "`censuskey'"
    if v.mode == "env":
        lines += ["local censuskey : env CENSUS_API_KEY"]
    lines += [f"getcensus B19013_001 B19083_001, year({r.choice([2019, 2020, 2021, 2022])}) geography(county) key({key}) clear",
              "rename b19013_001e median_income", "rename b19083_001e gini", "save data/acs_county.dta, replace"]
    return r.choice(["do/acs_pull.do", "01_get_acs.do"]), lines, "stata"


def rn_stata_fred(r, K, c, v):
    lines = ["* FRED series for the nowcasting exercise", "clear"]
    if v.mode == "env":
        lines += ["local fk : env FRED_API_KEY", "set fredkey `fk'"]
    else:
        lines += [f"set fredkey {v.text}{', permanently' if r.random() < 0.5 else ''}"]
    lines += ["import fred GDPC1 UNRATE CPIAUCSL, daterange(1990-01-01 .) aggregate(quarterly)", "tsset daten", "save data/fred_panel.dta, replace"]
    return r.choice(["do/fred_import.do", "get_fred.do"]), lines, "stata"


def rn_pg_py(r, K, c, v):
    lines = ["import os", "import pandas as pd", "import psycopg2", "", "conn = psycopg2.connect(", f"    host=\"{c.host}\",",
             f"    dbname=\"{c.ds}\",", f"    user=\"{c.user}\",", f"    password={ex(v, 'py', r)},", ")",
             f"df = pd.read_sql(\"SELECT * FROM samples WHERE {c.grp} IS NOT NULL\", conn)", "conn.close()"]
    return r.choice(["db/query.py", "scripts/load_from_labdb.py"]), comment_header(c, r) + [""] + lines, "python"


def rn_pg_r(r, K, c, v):
    lines = ["library(DBI)", "", "con <- dbConnect(RPostgres::Postgres(),", f"                 host = \"{c.host}\",",
             f"                 dbname = \"{c.ds}\",", f"                 user = \"{c.user}\",", f"                 password = {ex(v, 'r', r)})",
             f"dat <- dbGetQuery(con, \"SELECT * FROM measurements\")", "dbDisconnect(con)"]
    return r.choice(["R/db.R", "load_labdb.R"]), comment_header(c, r) + [""] + lines, "r"


def rn_pgpass(r, K, c, v):
    lines = ["# ~/.pgpass  (chmod 600 or libpq ignores it)", "# hostname:port:database:username:password",
             f"# {r.choice(['lab database', 'shared analysis DB', 'LIMS replica'])} -- ask {c.first} for access", "",
             f"{c.host}:5432:{c.ds}:{c.user}:{v.text}"]
    return r.choice([".pgpass", "dotfiles/.pgpass"]), lines, "pgpass"


def rn_pg_uri(r, K, c, v):
    pw = v.text if v.mode != "env" else "${PGPASSWORD}"
    uri = f"postgresql://{c.user}:{pw}@{c.host}:5432/{c.ds}"
    if r.random() < 0.5:
        lines = [f"# database for {c.proj}", f"PROJECT={c.proj}", "LOG_LEVEL=INFO", f"DATA_DIR=/project/{c.org}/data", f"DATABASE_URL={uri}"]
    else:
        lines = ["import pandas as pd", "import sqlalchemy as sa", "", f"engine = sa.create_engine(\"{uri}\")",
                 "df = pd.read_sql_table('runs', engine)", f"print(df.groupby('{c.grp}').size())"]
    path = ".env" if lines[-1].startswith("DATABASE_URL") else "src/db.py"
    return path, lines, "dotenv" if path == ".env" else "python"


def rn_ftp_py(r, K, c, v):
    inst = r.choice(["LC-MS", "plate reader", "confocal", "qPCR machine", "flow cytometer", "weather station"])
    lines = [f'"""Upload overnight {inst} exports to the core facility FTP."""', "import os", "from ftplib import FTP_TLS", "from pathlib import Path", "",
             f"HOST = \"ftp.{c.uni}.edu\"", f"USER = \"{c.user}\"", f"PASSWORD = {ex(v, 'py', r)}", "",
             "ftp = FTP_TLS(HOST)", "ftp.login(USER, PASSWORD)", "ftp.prot_p()", f"ftp.cwd('/incoming/{c.org}')", "",
             "for f in sorted(Path('exports').glob('*.csv')):", "    with open(f, 'rb') as fh:", "        ftp.storbinary(f'STOR {f.name}', fh)",
             "    print('sent', f.name)", "ftp.quit()"]
    return r.choice(["instrument/upload_ftp.py", "tools/ftp_push.py"]), lines, "python"


def rn_ftp_sh(r, K, c, v):
    pw = v.text if v.mode != "env" else "$FTP_PASSWORD"
    lines = ["#!/bin/bash", "# cron: 15 2 * * *  -- push plate reader exports", "", f"HOST=ftp.{c.uni}.edu",
             f"lftp -u {c.user},'{pw}' $HOST <<EOF" if v.mode != "env" else f"lftp -u {c.user},\"{pw}\" $HOST <<EOF",
             f"cd /incoming/{c.org}", "mirror -R --only-newer exports/ .", "bye", "EOF"]
    return r.choice(["cron/push_exports.sh", "ftp_sync.sh"]), lines, "shell"


def rn_ftp_matlab(r, K, c, v):
    lines = ["% push processed spectra to the core FTP", f"host = 'ftp.{c.uni}.edu';",
             f"f = ftp(host, '{c.user}', {ex(v, 'matlab', r)});", f"cd(f, '/incoming/{c.org}');",
             "files = dir(fullfile('processed', '*.mat'));", "for k = 1:numel(files)",
             "    mput(f, fullfile(files(k).folder, files(k).name));", "end", "close(f);"]
    return r.choice(["matlab/upload_spectra.m", "push_ftp.m"]), lines, "matlab"


def _odbc_str(r, c, pw):
    drv = r.choice(["{ODBC Driver 18 for SQL Server}", "{PostgreSQL Unicode}", "{MySQL ODBC 8.0 Unicode Driver}"])
    return f"DRIVER={drv};SERVER={c.host};DATABASE={c.ds};UID={c.user};PWD={pw};"


def rn_odbc_stata(r, K, c, v):
    pw = v.text if v.mode != "env" else "`dbpw'"
    lines = [f"* load survey waves from the lab SQL server", "clear all"]
    if v.mode == "env":
        lines += ["local dbpw : env DB_PASSWORD"]
    lines += [f"odbc load, exec(\"SELECT * FROM wave{r.randint(1, 6)}\") connectionstring(\"{_odbc_str(r, c, pw)}\") clear",
              f"summarize {c.y}", "save data/wave.dta, replace"]
    return r.choice(["do/load_sql.do", "02_odbc_load.do"]), lines, "stata"


def rn_odbc_sas(r, K, c, v):
    pw = v.text if v.mode != "env" else "%sysget(DB_PASSWORD)"
    lines = ["/* lab SQL server */", f"libname lab odbc noprompt=\"{_odbc_str(r, c, pw)}\" schema=dbo;", "",
             "proc sql;", f"  create table work.{c.ds} as select * from lab.{c.ds};", "quit;", "",
             f"proc means data=work.{c.ds} n mean std;", f"  var {c.y};", "run;"]
    return r.choice(["sas/libname_lab.sas", "autoexec.sas"]), lines, "sas"


def rn_odbc_r(r, K, c, v):
    pw = ex(v, "r", r)
    lines = ["library(DBI)", "library(odbc)", "", "con <- dbConnect(odbc::odbc(),", "  Driver = \"ODBC Driver 18 for SQL Server\",",
             f"  Server = \"{c.host}\",", f"  Database = \"{c.ds}\",", f"  UID = \"{c.user}\",", f"  PWD = {pw},", "  TrustServerCertificate = \"yes\")",
             f"waves <- dbReadTable(con, \"{c.ds}\")"]
    return r.choice(["R/odbc_connect.R", "connect_sql.R"]), lines, "r"


def rn_cmems_py(r, K, c, v):
    lines = ["import copernicusmarine as cm", "import os", "", "cm.login(", f"    username=\"{c.user}\",", f"    password={ex(v, 'py', r)},",
             "    force_overwrite=True,", ")", "", "ds = cm.open_dataset(", "    dataset_id=\"cmems_mod_glo_phy-thetao_anfc_0.083deg_P1D-m\",",
             f"    minimum_longitude={r.randint(-30, 0)}, maximum_longitude={r.randint(1, 30)},",
             f"    minimum_latitude={r.randint(30, 50)}, maximum_latitude={r.randint(51, 70)},", ")",
             "ds.thetao.isel(depth=0).mean('time').plot()"]
    return r.choice(["scripts/cmems_sst.py", "get_cmems.py"]), lines, "python"


def rn_gargle_r(r, K, c, v):
    lines = ["library(googledrive)", "library(googlesheets4)", "", "client <- gargle::gargle_oauth_client(",
             "  name = \"lab-sheets\",", f"  id = \"{r.randint(10**11, 10**12 - 1)}-{rs(r, LO + DIG, 32)}.apps.googleusercontent.com\",",
             f"  secret = {ex(v, 'r', r)}", ")", "drive_auth_configure(client = client)", "gs4_auth_configure(client = client)", "",
             f"sheet <- read_sheet(\"{rs(r, B64URL, 44)}\", sheet = \"{c.grp}\")"]
    return r.choice(["R/google_auth.R", "setup_drive.R"]), lines, "r"


def rn_client_secret_json(r, K, c, v):
    d = {"installed": {"client_id": f"{r.randint(10**11, 10**12 - 1)}-{rs(r, LO + DIG, 32)}.apps.googleusercontent.com",
                       "project_id": f"{c.proj}-{r.randint(100000, 999999)}", "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                       "token_uri": "https://oauth2.googleapis.com/token",
                       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                       "client_secret": v.text, "redirect_uris": ["http://localhost"]}}
    return r.choice(["client_secret.json", "credentials.json", "secrets/client_secret_desktop.json"]), json.dumps(d, separators=(",", ":")).split("\n"), "json"


# --------------------------------------------------------------------------
# domain identifiers (innocent look-alikes)
# --------------------------------------------------------------------------
def orcid_id(r):
    if r.random() < 0.8:
        base = f"000000{r.choice(['01', '02', '03'])}" + "".join(r.choice(DIG) for _ in range(7))
    else:
        base = "0009000" + "".join(r.choice(DIG) for _ in range(8))
    total = 0
    for d in base:
        total = (total + int(d)) * 2
    res = (12 - total % 11) % 11
    chk = "X" if res == 10 else str(res)
    s = base + chk
    return f"{s[0:4]}-{s[4:8]}-{s[8:12]}-{s[12:16]}"


def isbn13(r):
    d = "978" + "".join(r.choice(DIG) for _ in range(9))
    s = sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d))
    return f"{d[:3]}-{d[3]}-{d[4:8]}-{d[8:12]}-{(10 - s % 10) % 10}"


def issn(r):
    d = "".join(r.choice(DIG) for _ in range(7))
    s = sum(int(x) * w for x, w in zip(d, range(8, 1, -1)))
    ck = (11 - s % 11) % 11
    return f"{d[:4]}-{d[4:]}{'X' if ck == 10 else ck}"


def sra_ids(r, n):
    p = r.choice(["SRR", "ERR", "DRR"])
    start = r.randint(1_000_000, 29_000_000)
    return [f"{p}{start + i * r.randint(1, 3)}" for i in range(n)]


def genbank_ids(r, n):
    out = []
    for _ in range(n):
        k = r.random()
        if k < 0.3:
            out.append(f"NC_{r.randint(1, 70000):06d}.{r.randint(1, 4)}")
        elif k < 0.6:
            out.append(f"{r.choice(['MN', 'MT', 'OK', 'OQ', 'KX', 'AB'])}{r.randint(100000, 999999)}.{r.randint(1, 3)}")
        else:
            out.append(f"{r.choice(['NM', 'XM', 'NR'])}_{r.randint(1000, 999999):06d}.{r.randint(1, 9)}")
    return out


def uniprot_id(r):
    return r.choice("OPQ") + r.choice(DIG) + rs(r, UP + DIG, 3) + r.choice(DIG)


def pdb_id(r):
    return r.choice("123456789") + rs(r, UP + DIG, 3)


def doi(r):
    k = r.random()
    if k < 0.35:
        return f"10.5281/zenodo.{r.randint(1000000, 14999999)}"
    if k < 0.5:
        return f"10.6084/m9.figshare.{r.randint(10000000, 29999999)}"
    if k < 0.6:
        return f"10.5061/dryad.{rs(r, LO + DIG, r.choice([8, 10]))}"
    if k < 0.7:
        return f"10.7910/DVN/{rs(r, UP + DIG, 6)}"
    pub = r.choice(["10.1038/s41586-0", "10.1016/j.rse.20", "10.1371/journal.pone.0", "10.1101/20", "10.1093/nar/gk"])
    return pub + str(r.randint(10000, 999999))


def bib_entries(r, c, n):
    out = []
    for i in range(n):
        au = f"{r.choice(SURN)}, {r.choice(FIRST)} and {r.choice(SURN)}, {r.choice(FIRST)}"
        yr = r.randint(2008, 2025)
        key = f"{au.split(',')[0].lower()}{yr}{r.choice(['a', 'b', ''])}"
        if r.random() < 0.2:
            out += [f"@book{{{key},", f"  author = {{{au}}},", f"  title = {{Statistical Methods for {c.topic.title()}}},",
                    f"  publisher = {{Springer}},", f"  year = {{{yr}}},", f"  isbn = {{{isbn13(r)}}}", "}", ""]
        elif r.random() < 0.3:
            out += [f"@misc{{{key},", f"  author = {{{au}}},", f"  title = {{{c.ds} dataset}},", f"  year = {{{yr}}},",
                    f"  publisher = {{Zenodo}},", f"  version = {{v{r.randint(1, 4)}.{r.randint(0, 9)}}},", f"  doi = {{{doi(r)}}}", "}", ""]
        elif r.random() < 0.3:
            out += [f"@software{{{key},", f"  author = {{{au}}},", f"  title = {{{c.repo}}},", f"  year = {{{yr}}},",
                    f"  url = {{https://github.com/{c.org}/{c.repo}}},", f"  version = {{{rhex(r, 40)}}},", f"  note = {{commit {rhex(r, 7)}}}", "}", ""]
        else:
            out += [f"@article{{{key},", f"  author = {{{au}}},", f"  title = {{On {c.topic}}},",
                    f"  journal = {{{r.choice(['Nature', 'PLOS ONE', 'Remote Sensing of Environment', 'Nucleic Acids Research', 'Ecology Letters'])}}},",
                    f"  year = {{{yr}}},", f"  volume = {{{r.randint(1, 600)}}},", f"  pages = {{{r.randint(1, 900)}--{r.randint(901, 999)}}},",
                    f"  doi = {{{doi(r)}}},", f"  issn = {{{issn(r)}}}", "}", ""]
    return out


# --------------------------------------------------------------------------
# negative domain artefacts: return (path, lines, filetype, provider, kind)
# --------------------------------------------------------------------------
def na_md5_manifest(r, c):
    algo = r.choice(["md5", "sha256", "sha1"])
    n = {"md5": 32, "sha256": 64, "sha1": 40}[algo]
    ids = sra_ids(r, r.randint(4, 14))
    lines = [f"{rhex(r, n)}  raw/{s}_{m}.fastq.gz" for s in ids for m in (["1", "2"] if r.random() < 0.5 else ["1"])]
    return r.choice([f"data/{algo.upper()}SUMS", f"checksums.{algo}", f"raw/{algo}sum.txt"]), lines[:70], "checksum_manifest", "none", f"{algo}_checksums"


def na_zenodo_json(r, c):
    d = {"title": f"Data and code for: {c.topic}", "upload_type": "dataset",
         "creators": [{"name": f"{c.last}, {c.first}", "affiliation": c.uni, "orcid": orcid_id(r)},
                      {"name": f"{r.choice(SURN)}, {r.choice(FIRST)}", "orcid": orcid_id(r)}],
         "related_identifiers": [{"identifier": doi(r), "relation": "isSupplementTo", "scheme": "doi"},
                                 {"identifier": f"https://github.com/{c.org}/{c.repo}/tree/{rhex(r, 40)}", "relation": "isDerivedFrom", "scheme": "url"}],
         "license": "cc-by-4.0", "keywords": [c.grp, c.y, c.ds]}
    if r.random() < 0.5:
        d = {"id": r.randint(1000000, 14000000), "doi": doi(r), "conceptdoi": doi(r), "metadata": d,
             "files": [{"key": f"{c.ds}.csv", "checksum": f"md5:{rhex(r, 32)}", "size": r.randint(10**4, 10**9)},
                       {"key": f"{c.repo}-v1.2.0.zip", "checksum": f"md5:{rhex(r, 32)}", "size": r.randint(10**4, 10**8)}]}
    return r.choice([".zenodo.json", "metadata/zenodo_record.json"]), json.dumps(d, indent=2).split("\n"), "json", "zenodo", "record_metadata"


def na_citation_cff(r, c):
    lines = ["cff-version: 1.2.0", "message: \"If you use this software, please cite it as below.\"", "authors:",
             f"  - family-names: {c.last}", f"    given-names: {c.first}", f"    orcid: \"https://orcid.org/{orcid_id(r)}\"",
             f"  - family-names: {r.choice(SURN)}", f"    given-names: {r.choice(FIRST)}", f"    orcid: \"https://orcid.org/{orcid_id(r)}\"",
             f"title: \"{c.repo}\"", f"version: {r.randint(0, 3)}.{r.randint(0, 12)}.{r.randint(0, 9)}", f"doi: {doi(r)}",
             f"commit: {rhex(r, 40)}", f"date-released: {c.year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
             f"repository-code: \"https://github.com/{c.org}/{c.repo}\"", "license: MIT"]
    return "CITATION.cff", lines, "citation_cff", "orcid", "orcid_ids_and_doi"


def na_bib(r, c):
    return r.choice(["refs.bib", "thesis/bibliography.bib", "paper/references.bib"]), bib_entries(r, c, r.randint(3, 7)), "bibtex", "none", "doi_isbn_issn"


def na_mlflow_meta(r, c):
    rid = rhex(r, 32)
    exp = r.randint(1, 40)
    lines = [f"artifact_uri: file:///home/{c.user}/{c.proj}/mlruns/{exp}/{rid}/artifacts", "end_time: " + str(r.randint(1_690_000_000_000, 1_740_000_000_000)),
             "entry_point_name: ''", f"experiment_id: '{exp}'", "lifecycle_stage: active", f"run_id: {rid}", f"run_name: {r.choice(WORDS).lower()}-{r.choice(WORDS).lower()}-{r.randint(1, 999)}",
             f"run_uuid: {rid}", "source_name: ''", "source_type: 4", "source_version: ''", "start_time: " + str(r.randint(1_690_000_000_000, 1_740_000_000_000)),
             "status: 3", "tags: []", f"user_id: {c.user}"]
    return f"mlruns/{exp}/{rid}/meta.yaml", lines, "yaml", "mlflow", "run_id"


def na_wandb_resume(r, c):
    rid = rs(r, LO + DIG, 8)
    lines = ["import os", "import wandb", "", "# resume the crashed run from last night (job " + str(r.randint(10_000_000, 59_999_999)) + ")",
             "run = wandb.init(", f"    project=\"{c.proj}\",", f"    entity=\"{c.org}\",", f"    id=\"{rid}\",", "    resume=\"must\",", ")",
             f"api = wandb.Api()", f"prev = api.run(\"{c.org}/{c.proj}/{rs(r, LO + DIG, 8)}\")", "print(prev.summary.get('val_loss'))",
             "# WANDB_API_KEY comes from ~/.netrc (wandb login)"]
    return r.choice(["train_resume.py", "scripts/resume.py"]), lines, "python", "wandb", "run_id"


def na_hf_revision(r, c):
    lines = ["from transformers import AutoModel, AutoTokenizer", "from huggingface_hub import hf_hub_download", "import os", "",
             f"MODEL = \"{c.model}\"", f"REVISION = \"{rhex(r, 40)}\"  # pin the exact commit used in the paper", "",
             "tok = AutoTokenizer.from_pretrained(MODEL, revision=REVISION, token=os.environ.get(\"HF_TOKEN\"))",
             "model = AutoModel.from_pretrained(MODEL, revision=REVISION)", "",
             f"# sha256 of model.safetensors at that revision: {rhex(r, 64)}",
             f"path = hf_hub_download(MODEL, \"config.json\", revision=REVISION)"]
    return r.choice(["src/load_model.py", "models/pinned.py"]), lines, "python", "huggingface", "revision_hash"


def na_samples_tsv(r, c):
    lines = ["sample\trun_accession\tbiosample\tbioproject\tcondition\tmd5_r1"]
    prj = f"PRJNA{r.randint(100000, 1199999)}"
    for s in sra_ids(r, r.randint(5, 20)):
        lines.append(f"{c.grp}_{r.randint(1, 99)}\t{s}\tSAMN{r.randint(10000000, 40999999)}\t{prj}\t{r.choice(['ctrl', 'treated', 'KO', 'WT'])}\t{rhex(r, 32)}")
    return r.choice(["config/samples.tsv", "metadata/sra_runs.tsv"]), lines, "tsv", "ncbi", "accession_numbers"


def na_protein_py(r, c):
    pdbs = [pdb_id(r) for _ in range(4)]
    unis = [uniprot_id(r) for _ in range(4)]
    lines = ['"""Map UniProt accessions to PDB structures for the ddG set."""', "import requests", "",
             f"UNIPROT = {unis}", f"PDB = {pdbs}", f"GENBANK = {genbank_ids(r, 2)}", "",
             "for acc in UNIPROT:", "    r = requests.get(f\"https://rest.uniprot.org/uniprotkb/{acc}.json\", timeout=30)",
             "    print(acc, r.json()['proteinDescription']['recommendedName']['fullName']['value'])"]
    return r.choice(["scripts/map_ids.py", "analysis/structures.py"]), lines, "python", "none", "uniprot_pdb_genbank_ids"


def na_sops(r, c):
    keys = r.sample(["kaggle_key", "wandb_api_key", "hf_token", "openai_api_key", "db_password", "canvas_token", "ncbi_api_key"], 3)
    lines = [f"{k}: {sops_enc(r)}" for k in keys]
    lines += ["sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:",
              f"        - recipient: age1{rs(r, '023456789acdefghjklmnpqrstuvwxyz', 58)}", "          enc: |",
              "            -----BEGIN AGE ENCRYPTED FILE-----"]
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(200))).decode()
    lines += ["            " + body[i:i + 64] for i in range(0, len(body), 64)]
    lines += ["            -----END AGE ENCRYPTED FILE-----", f"    lastmodified: \"{c.year}-0{r.randint(1, 9)}-1{r.randint(0, 9)}T10:2{r.randint(0, 9)}:31Z\"",
              f"    mac: {sops_enc(r, 32).replace('type:str', 'type:str')}", "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return r.choice(["secrets.enc.yaml", "config/secrets.sops.yaml"]), lines, "sops_yaml", "sops", "ciphertext"


def na_sealed_secret(r, c):
    enc = lambda: "AgB" + rs(r, B64, r.choice([400, 520, 610])) + "=="
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: hub-secrets", "  namespace: jhub", "spec:",
             "  encryptedData:", f"    proxy.token: {enc()}", f"    hub.config.CryptKeeper.keys: {enc()}", "  template:", "    metadata:",
             "      name: hub-secrets", "      namespace: jhub"]
    return r.choice(["k8s/sealed-hub-secrets.yaml", "deploy/sealedsecret.yaml"]), lines, "k8s_yaml", "jupyterhub", "sealed_secret_ciphertext"


def na_test_vectors(r, c):
    lines = ['"""Checksum helpers must match published test vectors."""', "import hashlib", "from lab_utils.io import md5_file", "",
             "def test_md5_empty():", "    assert hashlib.md5(b'').hexdigest() == 'd41d8cd98f00b204e9800998ecf8427e'", "",
             "def test_sha256_abc():", "    # FIPS 180-2 example", "    assert hashlib.sha256(b'abc').hexdigest() == (",
             "        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')", "",
             "def test_md5_file(tmp_path):", "    p = tmp_path / 'x.txt'", "    p.write_bytes(b'The quick brown fox jumps over the lazy dog')",
             "    assert md5_file(p) == '9e107d9d372bb6826bd81d3542a419d6'"]
    return "tests/test_checksums.py", lines, "python", "none", "test_vectors"


def na_conda_lock(r, c):
    pk = [("numpy", "1.26.4", "py311h64a7726_0"), ("pandas", "2.2.2", "py311h14de704_1"), ("xarray", "2024.6.0", "pyhd8ed1ab_1"),
          ("scipy", "1.13.1", "py311h517d4fd_0"), ("matplotlib-base", "3.8.4", "py311ha4ca890_2"), ("snakemake-minimal", "8.14.0", "pyhdfd78af_0"),
          ("requests", "2.32.3", "pyhd8ed1ab_0"), ("libblas", "3.9.0", "22_linux64_openblas")]
    lines = ["# This file may be used to create an environment using:", "# $ conda create --name <env> --file <this file>", "# platform: linux-64", "@EXPLICIT"]
    for n, ver, b in r.sample(pk, r.randint(4, len(pk))):
        sub = "noarch" if b.startswith("pyh") else "linux-64"
        lines.append(f"https://conda.anaconda.org/conda-forge/{sub}/{n}-{ver}-{b}.conda#{rhex(r, 32)}")
    return r.choice(["conda-linux-64.lock", "env/explicit.txt"]), lines, "conda_lock", "none", "package_md5"


def na_renv_lock(r, c):
    pk = r.sample(["dplyr", "ggplot2", "tidycensus", "httr2", "REDCapR", "rentrez", "fredr", "jsonlite", "sf", "terra"], r.randint(3, 6))
    d = {"R": {"Version": "4.3.2", "Repositories": [{"Name": "CRAN", "URL": "https://cloud.r-project.org"}]},
         "Packages": {p: {"Package": p, "Version": f"{r.randint(0, 3)}.{r.randint(0, 12)}.{r.randint(0, 9)}", "Source": "Repository",
                          "Repository": "CRAN", "Hash": rhex(r, 32)} for p in pk}}
    return "renv.lock", json.dumps(d, indent=2).split("\n"), "json", "none", "package_hashes"


def na_julia_manifest(r, c):
    lines = ["# This file is machine-generated - editing it directly is not advised", "", "julia_version = \"1.10.4\"",
             f"manifest_format = \"2.0\"", f"project_hash = \"{rhex(r, 40)}\"", ""]
    for p in r.sample(["CSV", "DataFrames", "HTTP", "JSON3", "Plots", "StatsBase", "LibPQ", "NetCDF"], 4):
        lines += [f"[[deps.{p}]]", f"deps = [\"Dates\", \"Mmap\"]", f"git-tree-sha1 = \"{rhex(r, 40)}\"",
                  f"uuid = \"{ruuid(r)}\"", f"version = \"{r.randint(0, 2)}.{r.randint(0, 20)}.{r.randint(0, 9)}\"", ""]
    return "Manifest.toml", lines, "toml", "none", "git_tree_hashes_uuids"


def na_dvc(r, c):
    lines = ["outs:", f"- md5: {rhex(r, 32)}{'.dir' if r.random() < 0.4 else ''}", f"  size: {r.randint(10**5, 10**10)}",
             f"  nfiles: {r.randint(2, 4000)}", f"  hash: md5", f"  path: {c.ds}"]
    return f"data/{c.ds}.dvc", lines, "dvc", "none", "md5_digest"


def na_lfs_pointer(r, c):
    lines = ["version https://git-lfs.github.com/spec/v1", f"oid sha256:{rhex(r, 64)}", f"size {r.randint(10**5, 10**9)}"]
    return r.choice([f"models/{c.ds}_best.pt", f"data/{c.ds}.parquet", "weights/model.safetensors"]), lines, "git_lfs_pointer", "none", "sha256_oid"


def na_slurm_log(r, c):
    jid = r.randint(10_000_000, 59_999_999)
    lines = [f"$ sbatch jobs/{c.proj}.sbatch", f"Submitted batch job {jid}", f"$ sacct -j {jid} --format=JobID,JobName,State,Elapsed,MaxRSS",
             "JobID           JobName      State    Elapsed     MaxRSS", "------------ ---------- ---------- ---------- ----------",
             f"{jid}       {c.proj[:10]}  COMPLETED   0{r.randint(1, 9)}:1{r.randint(0, 9)}:2{r.randint(0, 9)}", f"{jid}.batch      batch  COMPLETED   0{r.randint(1, 9)}:1{r.randint(0, 9)}:2{r.randint(0, 9)}   {r.randint(1000, 90000)}M",
             f"wandb run: https://wandb.ai/{c.org}/{c.proj}/runs/{rs(r, LO + DIG, 8)}", f"mlflow run id: {rhex(r, 32)}",
             f"git commit: {rhex(r, 40)}", f"seed: {r.randint(0, 2**31 - 1)}"]
    return r.choice(["logs/RUNLOG.md", "notes/jobs.txt"]), lines, "text", "slurm", "job_ids_run_ids"


def na_slurm_conf(r, c):
    lines = [f"ClusterName={c.org}", f"SlurmctldHost={r.choice(['head', 'mgmt01'])}", "AuthType=auth/munge", "CryptoType=crypto/munge",
             "AccountingStorageType=accounting_storage/slurmdbd", f"AccountingStorageHost={r.choice(['head', 'dbd01'])}",
             "AccountingStoragePass=/var/run/munge/munge.socket.2", "JobAcctGatherType=jobacct_gather/cgroup",
             "SelectType=select/cons_tres", "GresTypes=gpu", f"NodeName=node[01-{r.randint(8, 64):02d}] CPUs=64 RealMemory=256000 State=UNKNOWN",
             "PartitionName=short Nodes=ALL Default=YES MaxTime=04:00:00 State=UP"]
    return r.choice(["etc/slurm/slurm.conf", "slurm.conf"]), lines, "slurm_conf", "slurm", "munge_socket_reference"


def na_netrc_tokenless(r, c):
    lines = [f"machine urs.earthdata.nasa.gov", f"    login {c.user}", f"    password {r.choice(['<your-earthdata-password>', 'CHANGE_ME', 'EARTHDATA_PASSWORD', '********'])}"]
    return r.choice([".netrc.example", "netrc.template", "docs/netrc.sample"]), lines, "netrc", "nasa_earthdata", "placeholder"


def na_mapbox_public(r, c):
    pk = g_mapbox(r, "pk", c.user)
    lines = ["import folium", "", f"# public token (URL-restricted in the Mapbox dashboard)", f"MAPBOX_TOKEN = \"{pk}\"",
             f"tiles = f\"https://api.mapbox.com/styles/v1/mapbox/outdoors-v12/tiles/{{{{z}}}}/{{{{x}}}}/{{{{y}}}}?access_token={{MAPBOX_TOKEN}}\"",
             f"m = folium.Map(location=[{r.uniform(-60, 70):.4f}, {r.uniform(-150, 150):.4f}], zoom_start=9, tiles=tiles, attr='Mapbox')",
             f"m.save('docs/{c.ds}_map.html')"]
    return r.choice(["viz/site_map.py", "make_map.py"]), lines, "python", "mapbox", "public_token"


def na_neptune_anon(r, c):
    lines = ["import neptune", "", "# public demo project, anyone can read it", "run = neptune.init_run(", "    project=\"common/quickstarts\",",
             "    api_token=neptune.ANONYMOUS_API_TOKEN,", ")", "run[\"parameters\"] = {\"lr\": 0.01, \"seed\": " + str(r.randint(0, 9999)) + "}", "run.stop()"]
    return "examples/neptune_demo.py", lines, "python", "neptune", "public_anonymous_token"


def na_nb_widgets(r, c):
    cells = [_nb_cell(r, "markdown", [f"# Fine-tune {c.model}"]),
             _nb_cell(r, "code", ["from google.colab import userdata", "from huggingface_hub import login",
                                  "login(token=userdata.get('HF_TOKEN'))"], [_stream(["Token is valid (permission: read).",
                                                                                       "Your token has been saved to /root/.cache/huggingface/token", "Login successful"])], 1),
             _nb_cell(r, "code", ["from datasets import load_dataset", f"ds = load_dataset('{c.ds.replace('_', '-')}', split='train')"],
                      [_widget_output(r), _widget_output(r)], 2),
             _nb_cell(r, "code", ["import os", "key = os.environ.get('WANDB_API_KEY', '')", "print('wandb key set:', bool(key), key[:4] + '…' if key else '')"],
                      [_stream([f"wandb key set: True {rhex(r, 4)}…"])], 3),
             _nb_cell(r, "code", ["trainer.train()"], [_widget_output(r), _stream([f"{{'loss': {r.uniform(0.1, 2):.4f}, 'epoch': 1.0}}"])], 4)]
    return r.choice([f"notebooks/finetune_{c.ds}.ipynb", "train_colab.ipynb"]), notebook_json(r, cells), "jupyter", "huggingface", "widget_ids_and_secret_store_refs"


def na_jupyter_hash(r, c):
    K = KBY[("jupyter", "plaintext_password")]
    h = argon2_hash(r) if r.random() < 0.6 else sha1_hash(r)
    path, lines, ft = rn_jupyter_cfg(r, K, c, V("hash", h))
    return path, lines, ft, "jupyter", "password_hash"


def na_jhub_files(r, c):
    lines = ["# jupyterhub_config.py", "import os", "c = get_config()  # noqa", "",
             "c.JupyterHub.cookie_secret_file = '/srv/jupyterhub/jupyterhub_cookie_secret'",
             "c.ConfigurableHTTPProxy.auth_token = os.environ['CONFIGPROXY_AUTH_TOKEN']",
             "# JUPYTERHUB_CRYPT_KEY is injected by systemd (EnvironmentFile=/etc/jupyterhub/env, chmod 600)",
             "c.Authenticator.enable_auth_state = True", f"c.Authenticator.admin_users = {{'{c.user}'}}",
             f"c.JupyterHub.db_url = 'sqlite:////srv/jupyterhub/jupyterhub.sqlite'", "# generate with: openssl rand -hex 32"]
    return "jupyterhub_config.py", lines, "jupyterhub_config", "jupyterhub", "secret_file_references"


def na_dataverse_ids(r, c):
    lines = ["library(dataverse)", "", "Sys.setenv(\"DATAVERSE_SERVER\" = \"dataverse.harvard.edu\")",
             "# DATAVERSE_KEY is set in ~/.Renviron (not in this repo)", f"ds <- get_dataset(\"doi:{doi(r) if False else '10.7910/DVN/' + rs(r, UP + DIG, 6)}\")",
             f"f <- get_dataframe_by_name(\"{c.ds}.tab\", dataset = \"doi:10.7910/DVN/{rs(r, UP + DIG, 6)}\")",
             f"# file id {r.randint(1000000, 9999999)}, md5 {rhex(r, 32)}", f"# request uuid: {ruuid(r)}"]
    return r.choice(["R/get_dataverse.R", "download_replication.R"]), lines, "r", "dataverse", "dataset_ids"


def na_kaggle_metadata(r, c):
    if r.random() < 0.5:
        d = {"title": f"{(c.topic[0].upper() + c.topic[1:])} ({c.year})", "id": f"{c.user}/{c.ds.replace('_', '-')}",
             "licenses": [{"name": "CC-BY-SA-4.0"}], "resources": [{"path": f"{c.ds}.csv", "description": f"{c.y} by {c.grp}"}]}
        path = "dataset-metadata.json"
    else:
        d = {"id": f"{c.user}/{c.proj}", "title": c.proj, "code_file": f"{c.proj}.ipynb", "language": "python",
             "kernel_type": "notebook", "is_private": "true", "enable_gpu": "true", "enable_internet": "false",
             "dataset_sources": [f"{c.user}/{c.ds.replace('_', '-')}"], "competition_sources": [c.comp], "kernel_sources": []}
        path = "kernel-metadata.json"
    return path, json.dumps(d, indent=2).split("\n"), "json", "kaggle", "dataset_and_kernel_ids"


ARTEFACTS = [na_kaggle_metadata, na_md5_manifest, na_zenodo_json, na_citation_cff, na_bib, na_mlflow_meta, na_wandb_resume, na_hf_revision,
             na_samples_tsv, na_protein_py, na_sops, na_sealed_secret, na_test_vectors, na_conda_lock, na_renv_lock,
             na_julia_manifest, na_dvc, na_lfs_pointer, na_slurm_log, na_slurm_conf, na_netrc_tokenless, na_mapbox_public,
             na_neptune_anon, na_nb_widgets, na_jupyter_hash, na_jupyter_hash, na_jhub_files, na_dataverse_ids]


# --------------------------------------------------------------------------
# registry of renderers
# --------------------------------------------------------------------------
RENDER = {
    "py": rn_py, "ipynb": rn_ipynb, "colab_nb": rn_colab, "r": rn_r, "rmd": rn_rmd, "qmd": rn_qmd, "renviron": rn_renviron,
    "rprofile": rn_rprofile, "dotenv": rn_dotenv, "ini": rn_ini, "yaml": rn_yaml, "envyml": rn_envyml, "toml": rn_toml,
    "sh": rn_sh, "sbatch": rn_sbatch, "md": rn_md, "julia": rn_julia, "julia_pg": julia_pg, "matlab": rn_matlab,
    "matlab_web": rn_matlab_web, "tex": rn_tex, "bib": rn_bib, "make": rn_make, "cwl": rn_cwl, "snakefile": rn_snakefile,
    "smk_config": rn_smk_config, "nextflow": rn_nextflow, "autograder": rn_autograder, "ghwf_env": rn_ghwf_env,
    "kaggle_json": rn_kaggle_json, "kaggle_nb_echo": rn_kaggle_nb_echo, "access_token_file": rn_access_token_file,
    "wandb_cell": rn_wandb_cell, "netrc": rn_netrc, "comet_config": rn_comet_config, "clearml_conf": rn_clearml_conf,
    "cdsapirc": rn_cdsapirc, "gee_json": rn_gee_json, "sh_config": rn_sh_config, "entrez_py": rn_entrez_py,
    "orcid_py": rn_orcid_py, "osfcli_cfg": rn_osfcli_cfg, "pybliometrics_cfg": rn_pybliometrics_cfg,
    "lms_gh_py": rn_lms_gh_py, "gh_hosts": rn_gh_hosts, "lms_canvas_py": rn_lms_canvas_py, "jhub_lti": rn_jhub_lti,
    "lms_moodle_py": rn_lms_moodle_py, "lms_bb_py": rn_lms_bb_py, "jupyter_cfg": rn_jupyter_cfg,
    "sbatch_jupyter": rn_sbatch_jupyter, "jhub_cfg": rn_jhub_cfg, "z2jh_values": rn_z2jh_values, "slurmdbd": rn_slurmdbd,
    "slurm_md": rn_slurm_md, "condor_sh": rn_condor_sh, "condor_md": rn_condor_md, "globus_py": rn_globus_py,
    "irods_py": rn_irods_py, "irods_sh": rn_irods_sh, "redcap_r": rn_redcap_r, "redcap_py": rn_redcap_py,
    "stata_redcap": rn_stata_redcap, "sas_redcap": rn_sas_redcap, "mturk_py": rn_mturk_py, "aws_creds": rn_aws_creds,
    "mturk_r": rn_mturk_r, "stata_census": rn_stata_census, "stata_fred": rn_stata_fred, "pg_py": rn_pg_py, "pg_r": rn_pg_r,
    "pgpass": rn_pgpass, "pg_uri": rn_pg_uri, "ftp_py": rn_ftp_py, "ftp_sh": rn_ftp_sh, "ftp_matlab": rn_ftp_matlab,
    "odbc_stata": rn_odbc_stata, "odbc_sas": rn_odbc_sas, "odbc_r": rn_odbc_r, "cmems_py": rn_cmems_py,
    "gargle_r": rn_gargle_r, "client_secret_json": rn_client_secret_json,
}
# formats that are intrinsically one to four lines long (exempt from the 5-line minimum)
TINY = {"kaggle_json", "access_token_file", "client_secret_json", "gh_hosts", "cdsapirc"}
# renderers that cannot express an environment reference
NOENV = {"kaggle_json", "access_token_file", "netrc", "cdsapirc", "gee_json", "slurmdbd", "slurm_md", "condor_sh",
         "condor_md", "pgpass", "aws_creds", "gh_hosts", "client_secret_json", "pg_uri"}
EXTRA_CTX = {("huggingface", "user_access_token"): ["envyml"], ("wandb", "api_key"): ["envyml"],
             ("zotero", "api_key"): ["tex", "bib"], ("elsevier", "api_key"): ["tex", "snakefile"], ("semantic_scholar", "api_key"): ["tex", "envyml"],
             ("springer_nature", "api_key"): ["tex"], ("ncbi", "eutils_api_key"): ["cwl", "snakefile", "envyml"],
             ("slack", "incoming_webhook"): ["snakefile", "nextflow"], ("zenodo", "personal_access_token"): ["make", "ghwf_env"],
             ("osf", "personal_access_token"): ["make"], ("figshare", "personal_token"): ["make"], ("core", "api_key"): ["bib"],
             ("planet", "api_key"): ["envyml", "julia"], ("copernicus_cds", "api_token"): ["envyml"], ("fred", "api_key"): ["julia"],
             ("openai", "project_api_key"): ["toml"], ("us_census", "api_key"): ["rprofile"],
             ("anthropic", "api_key"): ["toml"], ("fred", "api_key"): ["rprofile"]}
for _k, _extra in EXTRA_CTX.items():
    KBY[_k]["ctx"] = KBY[_k]["ctx"] + _extra


def gee_placeholder(r):
    return r.choice(["-----BEGIN PRIVATE KEY-----\\n<paste key here>\\n-----END PRIVATE KEY-----\\n", "<REDACTED>",
                     "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"])


def neg_value(r, K, c, ctxname):
    fake = SECRET_GEN[K["g"]](r)
    modes = []
    if ctxname not in NOENV:
        modes += ["env"] * 6
    modes += ["placeholder"] * 3 + ["masked"] * 2
    pub = public_value(r, K, c)
    if pub is not None:
        modes += ["public"] * 4
    if ctxname in ("yaml", "dotenv", "ini", "smk_config", "renviron"):
        modes += ["cipher"]
    if K["k"] == "plaintext_password":
        modes += ["hash"] * 6
    m = r.choice(modes)
    env = K["env"] or "API_KEY"
    ph = gee_placeholder(r) if K["g"] == "gee_sa" else placeholder(r, K)
    if m == "env":
        return V("env", ph, env), "env_reference"
    if m == "placeholder":
        return V("placeholder", ph), "placeholder"
    if m == "masked":
        return V("masked", masked(r, fake) if K["g"] != "gee_sa" else "<REDACTED>"), "masked"
    if m == "public":
        return V("public", pub), "public_value"
    if m == "cipher":
        return V("cipher", sops_enc(r)), "ciphertext"
    return V("hash", argon2_hash(r) if r.random() < 0.6 else sha1_hash(r)), "password_hash"


def finish(lines):
    lines = [l for l in lines if l is not None]
    while lines and lines[-1] == "":
        lines.pop()
    return "\n".join(lines) + "\n"


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    NPOS = NNEG = 500
    plan = []
    for K in KINDS:
        plan += [K] * 7
    favs = [KBY[k] for k in [("kaggle", "api_key"), ("huggingface", "user_access_token"), ("wandb", "api_key"),
                             ("openai", "project_api_key"), ("ncbi", "eutils_api_key"), ("us_census", "api_key"),
                             ("canvas", "access_token"), ("nasa_earthdata", "password"), ("copernicus_cds", "api_token"),
                             ("anthropic", "api_key"), ("redcap", "api_token"), ("github", "classic_pat"),
                             ("jupyter", "server_token"), ("postgresql", "lab_db_password"), ("elsevier", "api_key")]]
    while len(plan) < NPOS:
        plan.append(r.choice(favs))
    plan = plan[:NPOS]
    r.shuffle(plan)

    manifest, secrets, pos_needles, neg_texts = [], [], [], []
    os.makedirs(outdir, exist_ok=True)

    def write(rel, text):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text)

    # stratified file-type choice: each kind cycles through a shuffled copy of its contexts
    cycles = {}

    def next_ctx(K):
        key = (K["p"], K["k"])
        if not cycles.get(key):
            lst = list(K["ctx"])
            r.shuffle(lst)
            cycles[key] = lst
        return cycles[key].pop()

    # ---------------- positives
    for i, K in enumerate(plan):
        for _attempt in range(20):
            c = Ctx(r)
            c.neg = False
            ctxname = next_ctx(K)
            secret = SECRET_GEN[K["g"]](r)
            v = V("secret", secret, K["env"] or "API_KEY", True)
            path, lines, ft = RENDER[ctxname](r, K, c, v)
            text = finish(lines)
            ln = line_of(text, secret)
            nl = text.count("\n")
            if ln is not None and (5 <= nl <= 80 or (ctxname in TINY and nl >= 1)):
                break
        else:
            raise SystemExit(f"could not render positive {K['p']}/{K['k']}")
        rel = f"pos/p{i:04d}/{path}"
        write(rel, text)
        manifest.append({"file": rel, "label": "positive", "provider": K["p"], "kind": K["k"], "filetype": ft})
        secrets.append({"file": rel, "needle": secret, "line": ln})
        pos_needles.append(secret)

    # ---------------- negatives
    for i in range(NNEG):
        c = Ctx(r)
        c.neg = True
        if r.random() < 0.56:
            K = r.choice(KINDS)
            ctxname = r.choice(K["ctx"])
            v, nk = neg_value(r, K, c, ctxname)
            path, lines, ft = RENDER[ctxname](r, K, c, v)
            prov = K["p"]
        else:
            fn = r.choice(ARTEFACTS)
            path, lines, ft, prov, nk = fn(r, c)
        text = finish(lines)
        rel = f"neg/n{i:04d}/{path}"
        write(rel, text)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": nk, "filetype": ft})
        neg_texts.append((rel, text))

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    self_check(outdir, manifest, secrets, pos_needles, neg_texts)


def self_check(outdir, manifest, secrets, pos_needles, neg_texts):
    errors = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            flines = fh.read().split("\n")
        if not (1 <= s["line"] <= len(flines)) or s["needle"] not in flines[s["line"] - 1]:
            print("BAD NEEDLE LINE", s["file"], s["line"])
            errors += 1
    for rel, text in neg_texts:
        for nd in pos_needles:
            if nd in text:
                print("NEGATIVE CONTAINS POSITIVE NEEDLE", rel)
                errors += 1
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            n = fh.read().count("\n")
        if m["label"] == "positive" and not (1 <= n <= 80):
            print("POSITIVE LENGTH OUT OF RANGE", m["file"], n)
    from collections import Counter
    for lab in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == lab]
        print(f"== {lab}: {len(rows)} files")
        print("  providers :", len({m['provider'] for m in rows}), dict(Counter(m["provider"] for m in rows).most_common()))
        print("  kinds     :", len({(m['provider'], m['kind']) for m in rows}) if lab == "positive" else len({m['kind'] for m in rows}),
              dict(Counter(m["kind"] for m in rows).most_common()))
        print("  filetypes :", len({m['filetype'] for m in rows}), dict(Counter(m["filetype"] for m in rows).most_common()))
    print("self-check:", "OK" if errors == 0 else f"{errors} ERRORS")
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
