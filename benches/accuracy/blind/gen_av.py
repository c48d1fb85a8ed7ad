#!/usr/bin/env python3
"""Blind evaluation-set generator "av": cloud provider credentials.

EMPHASIS
    Credentials of the big three clouds (AWS, GCP, Azure) and the second-tier
    clouds (Oracle OCI, IBM Cloud, Alibaba Cloud, Tencent Cloud, Huawei Cloud,
    DigitalOcean, Linode/Akamai, Vultr, Hetzner, OVHcloud, Scaleway, Exoscale,
    UpCloud, Backblaze B2, Wasabi, Cloudflare R2, MinIO, Civo, Equinix Metal)
    as they get committed in CLI profiles (~/.aws/credentials, .s3cfg, .boto,
    ~/.oci/config, rclone.conf, provider CLI configs), SDK code (py/go/js/ts),
    IaC (Terraform .tf/.tfvars/.tfstate, Pulumi stack yaml, Packer, cloud-init,
    serverless.yml, Helm values) and scripts (sh, ps1, Makefile, GitHub
    Actions, docker-compose, deploy.env, README) -- next to the account,
    project, tenant and subscription ids, ARNs, OCIDs, fingerprints, resource
    ids and references that look like them (the negatives).

USAGE
    python3 gen_av.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relative path>   500 files, exactly one credential each
       OUTDIR/neg/nNNNN/<relative path>   500 files, innocent look-alikes only
       OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
       OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    Deterministic per SEED (only random.Random(SEED) is used).  Standard
    library only.  A self-check runs at the end and prints the counts.

NEEDLE CONVENTIONS
    * "file" is relative to OUTDIR (e.g. "pos/p0007/infra/prod/main.tf").
    * The needle is the SECRET half of the credential exactly as written in
      the file; "line" is the 1-based line holding it.
      - id + secret pairs (AWS AKIA/ASIA, Wasabi, R2, Spaces, B2, Alibaba
        LTAI, Tencent AKID, Huawei AK/SK, Scaleway SCW, Exoscale EXO, GCS
        HMAC GOOG1E, IBM COS HMAC, OCI customer secret key, MinIO): the needle
        is the secret key, not the access key id (the id is often on the line
        above or below; sometimes on the same line, e.g. positional CLI args).
      - AWS temporary credentials (kind aws/session_token): needle = the
        session token (IQoJb3JpZ2luX2Vj...).
      - OVH triplets: needle = application secret.
      - Azure storage / Cosmos / Service Bus connection strings: needle = the
        AccountKey / SharedAccessKey value only.  SAS URLs: needle = the sig=
        value as written (URL-encoded).
      - GCP service-account JSON: needle = the whole private_key JSON string
        content (one line, with literal \\n escapes), without the quotes.
      - Multi-line PEM private keys (OCI API signing key, CloudFront key):
        needle = the first base64 body line (the line after -----BEGIN ...).
      - Passwords (UpCloud, MinIO root, OCI pass_phrase, Hetzner storage box):
        the password as written.
    * A secret occurs once per positive file.

NEGATIVE POLICY (decisions)
    * A lone AWS access key id (AKIA/ASIA) with NO secret anywhere in the file
      (CloudTrail records, `aws iam list-access-keys` output, rotation runbooks,
      a profile whose secret comes from the environment) is a NEGATIVE: AWS
      documents the access key id as an identifier, the secret is the secret.
      Same for a Scaleway SCW... access key alone (Scaleway documents it as
      "not a sensitive piece of information"), a Backblaze keyID alone, GCP
      OAuth client ids, Azure tenant/client/subscription GUIDs, OCIDs and
      OCI key fingerprints.  Other providers' ids (LTAI, AKID, Huawei AK,
      R2/Wasabi ids) are never left literal in negatives.
    * AWS documented examples AKIAIOSFODNN7EXAMPLE /
      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY are negatives.
    * Azurite's published development-storage key is a negative.
    * Firebase web config `apiKey: "AIza..."` (client-side, documented by
      Firebase as not secret) is a negative; a GCP AIza key used server-side
      (Geocoding/Places/... calls from a backend) is a positive.
    * gcloud's public installed-app OAuth client id/secret (in
      application_default_credentials.json) never appears alone; ADC files are
      positives because of their refresh token.
    * `minioadmin` (documented MinIO default) is treated like `changeme`.
    * Ciphertext (Pulumi secure: v1:, SOPS ENC[...], SealedSecret AgB...,
      PGP-encrypted IAM secret in tfstate) is a negative.

DOUBTS (formats I am not sure of)
    * Exoscale: key "EXO" + 24 hex, secret 43 chars base64url -- from memory.
    * Backblaze B2: keyID 25 chars "00" + cluster digit + 12 hex account id +
      padding + serial; applicationKey "K00" + digit + 27 chars.  The exact
      alphabet of the 27 chars (pure alnum vs. base64 with / and +) is unsure.
    * DigitalOcean Spaces keys: "DO00" + 16 upper alnum (newer format) and a
      43-char base64 secret; older keys are 20 upper alnum without DO00.
    * Azure storage / Cosmos keys: only the legacy 88-char base64 form is
      generated.  The newer "identifiable" keys carry a signature (e.g.
      +ASt) plus a checksum I cannot compute faithfully, so they are omitted.
    * Azure DevOps PAT: legacy 52 chars [a-z2-7]; the new 84-char format is
      not generated.
    * Azure client secret: 40 chars, 3 alnum + digit + "Q~" + 34 of
      [A-Za-z0-9_.~-] (the current format); older secrets (32/44 chars) not
      generated.
    * OCI auth token: 20 printable chars incl. punctuation; alphabet guessed.
    * Alibaba STS/security tokens and the LTAI id length (LTAI5t + 18 vs. the
      older LTAI + 12/16) -- both forms emitted.
    * Hetzner Cloud token: 64 alnum; Hetzner DNS token: 32 alnum.
    * Civo API key: 50 alnum; Equinix Metal token: 32 alnum; Vultr 36 upper
      alnum; Huawei AK 20 upper alnum / SK 40 alnum -- from memory.
    * AWS session tokens are random base64 behind the real
      "IQoJb3JpZ2luX2VjE" prefix; real ones decode to a structured blob.
    * PEM bodies are random base64 behind correct DER prefixes, not real
      keys (no RSA key generation in the standard library).
    * GCP OAuth refresh token "1//0" + ~100 chars [A-Za-z0-9_-]; length varies
      in reality.  GCP API keys are emitted as "AIzaSy" + 33 chars (39 total).
    * OCI customer secret keys (S3 compatibility): id 40 hex, secret 44-char
      base64; IBM COS HMAC: id 32 hex, secret 48 hex -- from memory.
    * Positive terraform.tfstate files omit ses_smtp_password_v4 next to an
      aws_iam_access_key secret (real state would carry both; kept to one
      credential per file).
    * Hard-negative calls that a scanner team may dispute: Firebase web
      apiKey (AIzaSy...) in client config, a lone AKIA/ASIA id, Azurite's
      published key, minioadmin, moto's "testing" credentials, PGP/SOPS/
      SealedSecret/Pulumi ciphertext blobs.
    * Names: about a third of positives use provider-neutral names (TOKEN,
      AUTH, SECRET_KEY, apiKey...); provider-native files (tf provider blocks,
      CLI configs) carry neutral keys such as `token =` inside a provider block.
"""
import json
import os
import random
import string
import sys
import zlib
import base64
import hashlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = "0123456789abcdef"
B62 = DG + UP + LO
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"
B32AWS = UP + "234567"
UPDG = UP + DG


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------

def _has_seq(s):
    """Reject strings with obvious runs (abcd, 1234, aaaa) or filler words."""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(ch) for ch in low[i:i + 4])
        if b - a == 1 and c - b == 1 and d - c == 1:
            return True
        if b - a == -1 and c - b == -1 and d - c == -1:
            return True
        if a == b == c == d:
            return True
    for w in ("xxxx", "example", "test", "dummy", "fake", "sample", "abcd", "1234"):
        if w in low:
            return True
    return False


def rs(r, alphabet, n):
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if not _has_seq(s):
            return s


def b64_bytes(r, n):
    while True:
        s = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
        if not _has_seq(s):
            return s


def hexs(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def base62_encode(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


# ----------------------------------------------------------------------------
# human-ish context values
# ----------------------------------------------------------------------------

TEAMS = ["payments", "ledger", "checkout", "search", "ingest", "billing", "media",
         "platform", "analytics", "notify", "catalog", "identity", "reports",
         "backoffice", "gateway", "scheduler", "warehouse", "telemetry"]
ENVS = ["prod", "production", "staging", "stage", "dev", "qa", "preprod", "sandbox"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay",
        "wayne", "stark", "tyrell", "zenith", "orbit", "bluefin", "kestrel",
        "lumen", "harbor", "copper", "maple", "nimbus", "quartz"]
FIRST = ["marek", "anna", "joao", "li", "sofia", "tomas", "priya", "lukas", "eva",
         "kenji", "amara", "nils", "irene", "diego", "fatima", "oskar", "hana"]
AWS_REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
               "eu-north-1", "ap-southeast-2", "ap-northeast-1", "ca-central-1", "sa-east-1"]
GCP_REGIONS = ["us-central1", "europe-west1", "europe-west4", "asia-southeast1", "us-east4"]
AZ_REGIONS = ["westeurope", "northeurope", "eastus2", "uksouth", "germanywestcentral"]
OCI_REGIONS = ["eu-frankfurt-1", "us-ashburn-1", "uk-london-1", "ap-tokyo-1", "eu-amsterdam-1"]
SEASONS = ["winter", "summer", "autumn", "spring", "Harbor", "Falcon", "Lisboa",
           "tatra", "Kraken", "marlin", "Orchid", "Pixel", "Bravo", "Rainier"]


def human_password(r):
    name = pick(r, FIRST + ["zuzka", "gdansk", "porto", "vltava", "mango", "tigris"])
    yr = str(r.randint(1968, 2004))
    form = r.randrange(6)
    if form == 0:
        return name.capitalize() + pick(r, ".!_-#") + yr + pick(r, SEASONS).lower()
    if form == 1:
        w = pick(r, ["Troubador", "Sunflower", "Blackbird", "Kilimanjaro", "Lighthouse", "Snowdrop"])
        leet = w.replace("o", "0").replace("a", "4").replace("e", "3")
        return leet + pick(r, "&%*!") + str(r.randint(2, 99))
    if form == 2:
        return pick(r, SEASONS).capitalize() + yr[2:] + pick(r, "!?*") + name
    if form == 3:
        ws = r.sample(["walrus", "saffron", "juniper", "granite", "velvet", "copper", "otter",
                       "maple", "thunder", "pebble", "lantern", "cactus"], 3)
        return pick(r, "-.") .join(ws) + str(r.randint(10, 99))
    if form == 4:
        return name.upper()[:1] + name[1:] + "@" + pick(r, ORGS).capitalize() + yr
    return pick(r, ["Bratislava", "Marseille", "Gothenburg", "Valparaiso"]) + "_" + str(r.randint(100, 999)) + pick(r, "!#")


def random_password(r, n=None):
    n = n or r.randint(20, 32)
    alph = B62 + "!#%^*-_=+"
    while True:
        s = rs(r, alph, n)
        if any(c in "!#%^*-_=+" for c in s) and any(c.isdigit() for c in s):
            return s


# ----------------------------------------------------------------------------
# secret / id generators (documented shapes)
# ----------------------------------------------------------------------------

def aws_key_id(r, prefix="AKIA"):
    return prefix + rs(r, B32AWS, 16)


def aws_secret(r):
    return rs(r, B62 + "+/", 40)


def aws_session_token(r):
    n = r.randint(180, 250) * 4
    body = rs(r, B64, n - 17)
    return "IQoJb3JpZ2luX2VjE" + body


def ses_smtp_password(r):
    raw = bytes([4]) + bytes(r.getrandbits(8) for _ in range(32))
    return base64.b64encode(raw).decode()


def aws_account(r):
    return str(r.randint(10 ** 11, 10 ** 12 - 1))


def gh_style_crc(prefix, r):
    """GitHub/npm style checksum token (not used by clouds; kept for parity)."""
    rnd = rs(r, B62, 30)
    return prefix + rnd + base62_encode(zlib.crc32(rnd.encode()) & 0xffffffff, 6)


def gcp_api_key(r):
    return "AIzaSy" + rs(r, B62 + "-_", 33)


def gcp_refresh_token(r):
    return "1//0" + r.choice("3469cdeg") + rs(r, B62 + "-_", r.randint(96, 100))


def gcp_client_secret(r):
    return "GOCSPX-" + rs(r, B62 + "-_", 28)


def gcp_client_id(r):
    return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LO + DG, 32))


def gcp_hmac_id(r):
    return "GOOG1E" + rs(r, UPDG, 55)


def gcp_project(r):
    return "%s-%s-%s" % (pick(r, ORGS), pick(r, TEAMS), rs(r, LO + DG, 6) if chance(r, 0.5) else pick(r, ENVS))


def pem_body(r, kind="pkcs8"):
    if kind == "pkcs8":
        prefix, total = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624
    elif kind == "pkcs1":
        prefix, total = "MIIEpAIBAAKCAQEA", 1592
    else:  # encrypted pkcs8
        prefix, total = "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1752
    pad_ = pick(r, ["", "=", "=="])
    body = prefix + rs(r, B64, total - len(prefix) - len(pad_)) + pad_
    return [body[i:i + 64] for i in range(0, len(body), 64)]


PEM_HDR = {"pkcs8": "PRIVATE KEY", "pkcs1": "RSA PRIVATE KEY", "enc": "ENCRYPTED PRIVATE KEY"}


def pem_lines(r, kind="pkcs8"):
    lab = PEM_HDR[kind]
    return ["-----BEGIN %s-----" % lab] + pem_body(r, kind) + ["-----END %s-----" % lab]


def azure_client_secret(r):
    return rs(r, B62, 3) + r.choice(DG) + "Q~" + rs(r, B62 + "_.~-", 34)


def azure_storage_key(r):
    return b64_bytes(r, 64)


def azure_sas_sig(r):
    raw = b64_bytes(r, 32)
    return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")


def ado_pat(r):
    return rs(r, LO + "234567", 52)


def oci_auth_token(r):
    alph = B62 + "()<>{}[]:;.+-_#"
    while True:
        s = rs(r, alph, 20)
        if sum(1 for c in s if c in "()<>{}[]:;.+-_#") >= 2:
            return s


def ocid(r, typ, region=True, realm="oc1"):
    reg = ("." + pick(r, ["eu-frankfurt-1", "iad", "phx", "uk-london-1", "ap-tokyo-1"])) if region else "."
    return "ocid1.%s.%s%s.%s" % (typ, realm, reg if region else ".", "aaaaaaaa" + rs(r, LO + DG, 52))


def oci_fingerprint(r):
    return ":".join(hexs(r, 2) for _ in range(16))


def ibm_api_key(r):
    return rs(r, B62 + "-_", 44)


def alibaba_id(r):
    return "LTAI5t" + rs(r, B62, 18) if chance(r, 0.7) else "LTAI" + rs(r, B62, pick(r, [12, 16]))


def alibaba_secret(r):
    return rs(r, B62, 30)


def tencent_id(r):
    return "AKID" + rs(r, B62, 32)


def tencent_secret(r):
    return rs(r, B62, 32)


def huawei_ak(r):
    return rs(r, UPDG, 20)


def huawei_sk(r):
    return rs(r, B62, 40)


def do_token(r, p="dop_v1_"):
    return p + hexs(r, 64)


def spaces_id(r):
    return "DO00" + rs(r, UPDG, 16)


def spaces_secret(r):
    return rs(r, B62 + "+/", 43)


def linode_pat(r):
    return hexs(r, 64)


def vultr_key(r):
    return rs(r, UPDG, 36)


def hcloud_token(r):
    return rs(r, B62, 64)


def ovh_app_key(r):
    return rs(r, B62, 16)


def ovh_secret(r):
    return rs(r, B62, 32)


def scw_access(r):
    return "SCW" + rs(r, UPDG, 17)


def exo_key(r):
    return "EXO" + hexs(r, 24)


def exo_secret(r):
    return rs(r, B62 + "-_", 43)


def b2_key_id(r):
    return "00" + r.choice("45") + hexs(r, 12) + "0000000" + "%03d" % r.randint(2, 60)


def b2_app_key(r):
    return "K00" + r.choice("45") + rs(r, B62 + "/+" if chance(r, 0.3) else B62, 27)


def upper20(r):
    return rs(r, UPDG, 20)


def alnum40(r):
    return rs(r, B62, 40)


def r2_id(r):
    return hexs(r, 32)


def r2_secret(r):
    return hexs(r, 64)


def cf_token(r):
    return rs(r, B62 + "-_", 40)


def civo_key(r):
    return rs(r, B62, 50)


def metal_token(r):
    return rs(r, B62, 32)


def cos_hmac_id(r):
    return hexs(r, 32)


def cos_hmac_secret(r):
    return hexs(r, 48)


def oci_csk_id(r):
    return hexs(r, 40)


def oci_csk_secret(r):
    return b64_bytes(r, 32)


# ----------------------------------------------------------------------------
# credential model
# ----------------------------------------------------------------------------

class Field:
    def __init__(self, role, env, val, flags):
        self.role = role          # id / secret / token / password / tenant / ...
        self.env = env            # canonical provider-named env var
        self.val = val
        self.needle = "n" in flags
        self.secret = "s" in flags or "n" in flags
        self.public = "p" in flags  # identifier that may stay literal in negatives


class Cred:
    def __init__(self, spec, fields, extras):
        self.spec = spec
        self.provider = spec["provider"]
        self.kind = spec["key"]
        self.family = spec["family"]
        self.fields = fields
        self.x = extras

    def f(self, role):
        for fl in self.fields:
            if fl.role == role:
                return fl
        return None

    @property
    def needle(self):
        for fl in self.fields:
            if fl.needle:
                return fl.val
        return None


KINDS = {}


def kind(key, provider, family, envs, make, **kw):
    spec = dict(key=key, provider=provider, family=family, envs=envs, make=make)
    spec.update(kw)
    spec.setdefault("weight", 1.0)
    KINDS[key] = spec


def build(r, key):
    spec = KINDS[key]
    flist, extras = spec["make"](r)
    fields = [Field(role, spec["envs"].get(role, role.upper()), val, flags) for role, val, flags in flist]
    return Cred(spec, fields, extras)


S3_EP = {
    "aws": None,
    "wasabi": lambda r: "https://s3.%s.wasabisys.com" % pick(r, ["us-east-1", "us-east-2", "eu-central-1", "eu-west-2", "ap-northeast-1"]),
    "cloudflare_r2": lambda r: "https://%s.r2.cloudflarestorage.com" % hexs(r, 32),
    "digitalocean": lambda r: "https://%s.digitaloceanspaces.com" % pick(r, ["nyc3", "ams3", "fra1", "sgp1", "sfo3"]),
    "linode": lambda r: "https://%s.linodeobjects.com" % pick(r, ["us-east-1", "eu-central-1", "ap-south-1", "fr-par-1", "se-sto-1"]),
    "ibm": lambda r: "https://s3.%s.cloud-object-storage.appdomain.cloud" % pick(r, ["us-south", "eu-de", "eu-gb", "jp-tok"]),
    "oracle": lambda r: "https://%s.compat.objectstorage.%s.oraclecloud.com" % (rs(r, LO + DG, 12), pick(r, OCI_REGIONS)),
    "minio": lambda r: pick(r, ["https://minio.%s.internal:9000", "https://s3.%s.lan", "http://minio.%s.svc.cluster.local:9000"]) % pick(r, ORGS),
    "backblaze": lambda r: "https://s3.%s.backblazeb2.com" % pick(r, ["us-west-004", "us-west-002", "eu-central-003", "us-east-005"]),
    "hetzner": lambda r: "https://%s.your-objectstorage.com" % pick(r, ["fsn1", "nbg1", "hel1"]),
    "vultr": lambda r: "https://%s.vultrobjects.com" % pick(r, ["ewr1", "ams1", "sjc1", "blr1"]),
    "gcp": lambda r: "https://storage.googleapis.com",
    "alibaba": lambda r: "https://oss-%s.aliyuncs.com" % pick(r, ["cn-hangzhou", "cn-shanghai", "eu-central-1", "ap-southeast-1"]),
    "tencent": lambda r: "https://cos.%s.myqcloud.com" % pick(r, ["ap-guangzhou", "ap-shanghai", "eu-frankfurt", "na-ashburn"]),
    "huawei": lambda r: "https://obs.%s.myhuaweicloud.com" % pick(r, ["cn-north-4", "ap-southeast-1", "eu-west-101"]),
    "scaleway": lambda r: "https://s3.%s.scw.cloud" % pick(r, ["fr-par", "nl-ams", "pl-waw"]),
    "exoscale": lambda r: "https://sos-%s.exo.io" % pick(r, ["ch-gva-2", "de-fra-1", "at-vie-1"]),
}
RCLONE_PROVIDER = {"aws": "AWS", "wasabi": "Wasabi", "cloudflare_r2": "Cloudflare", "digitalocean": "DigitalOcean",
                   "linode": "Linode", "ibm": "IBMCOS", "oracle": "Other", "minio": "Minio", "backblaze": "Other",
                   "hetzner": "Other", "vultr": "Other", "gcp": "GCS", "alibaba": "Alibaba", "tencent": "TencentCOS",
                   "huawei": "HuaweiOBS", "scaleway": "Scaleway", "exoscale": "Other"}


def s3kind(key, provider, idgen, secgen, envs=None, idflags="", weight=1.0, **kw):
    envs = envs or {"id": "AWS_ACCESS_KEY_ID", "secret": "AWS_SECRET_ACCESS_KEY"}

    def make(r):
        ep = S3_EP[provider](r) if S3_EP.get(provider) else None
        region = pick(r, AWS_REGIONS) if provider == "aws" else ("auto" if provider == "cloudflare_r2" else "us-east-1")
        return ([("id", idgen(r), idflags), ("secret", secgen(r), "n")],
                dict(endpoint=ep, region=region, bucket="%s-%s-%s" % (pick(r, ORGS), pick(r, TEAMS), pick(r, ["assets", "backups", "uploads", "exports", "logs", "media"]))))
    kind(key, provider, "s3", envs, make, weight=weight, **kw)


# --- AWS ---------------------------------------------------------------------
s3kind("aws/access_key", "aws", aws_key_id, aws_secret, idflags="p", weight=4.0,
       tf=("aws", {"id": "access_key", "secret": "secret_key"}),
       pulumi=("aws", {"id": "accessKey", "secret": "secretKey"}),
       packer=("amazon-ebs", {"id": "access_key", "secret": "secret_key"}))


def _mk_sts(r):
    return ([("id", aws_key_id(r, "ASIA"), "p"), ("secret", aws_secret(r), "s"), ("token", aws_session_token(r), "n")],
            dict(endpoint=None, region=pick(r, AWS_REGIONS), bucket="%s-%s-artifacts" % (pick(r, ORGS), pick(r, TEAMS))))


kind("aws/session_token", "aws", "s3", {"id": "AWS_ACCESS_KEY_ID", "secret": "AWS_SECRET_ACCESS_KEY", "token": "AWS_SESSION_TOKEN"},
     _mk_sts, weight=2.0, tf=("aws", {"id": "access_key", "secret": "secret_key", "token": "token"}),
     pulumi=("aws", {"id": "accessKey", "secret": "secretKey", "token": "token"}),
     packer=("amazon-ebs", {"id": "access_key", "secret": "secret_key", "token": "token"}))


def _mk_cp(r):
    return ([("id", aws_key_id(r, pick(r, ["AKIA", "ASIA"])), "p"), ("secret", aws_secret(r), "n")],
            dict(region=pick(r, AWS_REGIONS)))


kind("aws/credential_process", "aws", "special", {"id": "AWS_ACCESS_KEY_ID", "secret": "AWS_SECRET_ACCESS_KEY"}, _mk_cp,
     special=["credproc_json", "credproc_script"])


def _mk_ses(r):
    return ([("user", aws_key_id(r), "p"), ("password", ses_smtp_password(r), "n")],
            dict(host="email-smtp.%s.amazonaws.com" % pick(r, AWS_REGIONS)))


kind("aws/ses_smtp_password", "aws", "smtp", {"user": "SMTP_USERNAME", "password": "SMTP_PASSWORD"}, _mk_ses,
     alt_envs_map={"user": "SES_SMTP_USER", "password": "SES_SMTP_PASSWORD"}, special=["postfix_sasl"])


def _mk_cf(r):
    return ([("pem", "", "n")], dict(keypair="K" + rs(r, UPDG, 13), pemkind=pick(r, ["pkcs1", "pkcs8"])))


kind("aws/cloudfront_private_key", "aws", "pem", {"pem": "CLOUDFRONT_PRIVATE_KEY"}, _mk_cf, special=["pem_file", "pem_py", "pem_yaml"])

# --- GCP ---------------------------------------------------------------------


def _mk_sa(r):
    proj = gcp_project(r)
    return ([("pem", "", "n")], dict(project=proj, sa="%s@%s.iam.gserviceaccount.com" % (pick(r, ["deployer", "ci-runner", "terraform", "gcs-writer", "bq-loader", "svc-" + pick(r, TEAMS)]), proj),
                                     key_id=hexs(r, 40), client_id=str(r.randint(10 ** 20, 10 ** 21 - 1))))


kind("gcp/service_account_key", "gcp", "pem", {"pem": "GOOGLE_CREDENTIALS"}, _mk_sa, weight=2.5,
     special=["sa_json", "sa_json", "sa_values", "sa_tf", "sa_k8s"])
kind("gcp/api_key", "gcp", "token", {"token": "GOOGLE_API_KEY"},
     lambda r: ([("token", gcp_api_key(r), "n")], dict(api=pick(r, ["geocode", "places", "translate", "youtube", "customsearch"]))),
     alt_envs=["GOOGLE_MAPS_API_KEY", "GCP_API_KEY", "MAPS_SERVER_KEY", "YOUTUBE_API_KEY"], weight=1.5)
kind("gcp/oauth_refresh_token", "gcp", "special", {"token": "GOOGLE_REFRESH_TOKEN"},
     lambda r: ([("token", gcp_refresh_token(r), "n")], dict(client_id=gcp_client_id(r), client_secret=gcp_client_secret(r))),
     special=["adc_json", "boto_refresh", "gsutil_env"], weight=1.5)
kind("gcp/oauth_client_secret", "gcp", "pair", {"client": "GOOGLE_CLIENT_ID", "secret": "GOOGLE_CLIENT_SECRET"},
     lambda r: ([("client", gcp_client_id(r), "p"), ("secret", gcp_client_secret(r), "n")], {}),
     special=["client_secret_json"])
s3kind("gcp/hmac_key", "gcp", gcp_hmac_id, lambda r: rs(r, B62 + "+/", 40),
       envs={"id": "GCS_ACCESS_KEY_ID", "secret": "GCS_SECRET_ACCESS_KEY"}, special=["boto_hmac"], weight=1.5)

# --- Azure -------------------------------------------------------------------


def _mk_azsp(r):
    return ([("tenant", uuid4(r), "p"), ("client", uuid4(r), "p"), ("secret", azure_client_secret(r), "n"),
             ("subscription", uuid4(r), "p")], {})


kind("azure/client_secret", "azure", "pair",
     {"tenant": "AZURE_TENANT_ID", "client": "AZURE_CLIENT_ID", "secret": "AZURE_CLIENT_SECRET", "subscription": "AZURE_SUBSCRIPTION_ID"},
     _mk_azsp, weight=3.0,
     tf=("azurerm", {"tenant": "tenant_id", "client": "client_id", "secret": "client_secret", "subscription": "subscription_id"}),
     pulumi=("azure-native", {"tenant": "tenantId", "client": "clientId", "secret": "clientSecret", "subscription": "subscriptionId"}),
     packer=("azure-arm", {"tenant": "tenant_id", "client": "client_id", "secret": "client_secret", "subscription": "subscription_id"}),
     alt_envs_map={"tenant": "ARM_TENANT_ID", "client": "ARM_CLIENT_ID", "secret": "ARM_CLIENT_SECRET", "subscription": "ARM_SUBSCRIPTION_ID"},
     special=["az_gha_creds", "az_login_sh"])


def _acct(r):
    return pick(r, ORGS) + pick(r, TEAMS)[:6] + pick(r, ["prod", "st", "data", "sa", ""]) + str(r.randint(1, 99))


kind("azure/storage_account_key", "azure", "pair", {"account": "AZURE_STORAGE_ACCOUNT", "secret": "AZURE_STORAGE_KEY"},
     lambda r: ([("account", _acct(r), "p"), ("secret", azure_storage_key(r), "n")], {}), weight=1.5,
     tf=None, special=["az_rclone", "az_tf_backend", "az_sh_key"])
kind("azure/storage_connection_string", "azure", "special", {"secret": "AZURE_STORAGE_CONNECTION_STRING"},
     lambda r: ([("secret", azure_storage_key(r), "n")], dict(account=_acct(r))), weight=1.5,
     special=["az_connstr_env", "az_local_settings", "az_appsettings", "az_connstr_py", "az_connstr_values"])
kind("azure/sas_token", "azure", "special", {"secret": "AZURE_STORAGE_SAS_TOKEN"},
     lambda r: ([("secret", azure_sas_sig(r), "n")], dict(account=_acct(r))),
     special=["az_sas_sh", "az_sas_env", "az_sas_py"])
kind("azure/cosmosdb_key", "azure", "pair", {"endpoint": "COSMOS_ENDPOINT", "secret": "COSMOS_KEY"},
     lambda r: ([("endpoint", "https://%s-%s.documents.azure.com:443/" % (pick(r, ORGS), pick(r, TEAMS)), "p"), ("secret", azure_storage_key(r), "n")], {}))
kind("azure/servicebus_key", "azure", "special", {"secret": "SERVICEBUS_CONNECTION_STRING"},
     lambda r: ([("secret", b64_bytes(r, 32), "n")], dict(ns="%s-%s-%s" % (pick(r, ORGS), pick(r, TEAMS), pick(r, ENVS)))),
     special=["az_sb_env", "az_sb_appsettings", "az_sb_values"])
kind("azure/devops_pat", "azure", "token", {"token": "AZURE_DEVOPS_EXT_PAT"},
     lambda r: ([("token", ado_pat(r), "n")], dict(org=pick(r, ORGS) + "-" + pick(r, ["dev", "eng", "it", "cloud"]))),
     alt_envs=["ADO_PAT", "AZDO_PERSONAL_ACCESS_TOKEN", "SYSTEM_ACCESSTOKEN"], special=["ado_git_url"])

# --- Oracle OCI ----------------------------------------------------------------


def _oci_ids(r):
    return dict(user=ocid(r, "user", False), tenancy=ocid(r, "tenancy", False), fingerprint=oci_fingerprint(r),
                region=pick(r, OCI_REGIONS), compartment=ocid(r, "compartment", False))


kind("oci/api_signing_key", "oracle", "pem", {"pem": "OCI_PRIVATE_KEY"},
     lambda r: ([("pem", "", "n")], dict(_oci_ids(r), pemkind=pick(r, ["pkcs8", "pkcs8", "pkcs1"]))), weight=1.5,
     special=["pem_file", "oci_tfvars_pem", "oci_py_pem"])
kind("oci/pass_phrase", "oracle", "special", {"password": "OCI_CLI_PASSPHRASE"},
     lambda r: ([("password", human_password(r) if chance(r, 0.6) else random_password(r), "n")], _oci_ids(r)),
     special=["oci_config_pass"])
kind("oci/auth_token", "oracle", "token", {"token": "OCIR_AUTH_TOKEN"},
     lambda r: ([("token", oci_auth_token(r), "n")], dict(ns=rs(r, LO + DG, 12), region=pick(r, ["fra", "iad", "lhr", "ams", "nrt"]),
                                                      user=pick(r, FIRST) + "." + pick(r, ["novak", "silva", "chen", "mueller", "tanaka"]) + "@" + pick(r, ORGS) + ".com")),
     alt_envs=["OCI_AUTH_TOKEN", "OCIR_PASSWORD", "OCI_REGISTRY_TOKEN"], special=["ocir_login_sh", "ocir_gha"])
s3kind("oci/customer_secret_key", "oracle", oci_csk_id, oci_csk_secret)

# --- IBM -----------------------------------------------------------------------
kind("ibm/api_key", "ibm", "token", {"token": "IBMCLOUD_API_KEY"},
     lambda r: ([("token", ibm_api_key(r), "n")], dict(region=pick(r, ["us-south", "eu-de", "eu-gb", "jp-tok"]))),
     alt_envs=["IC_API_KEY", "IBM_CLOUD_API_KEY", "IAM_APIKEY"], weight=1.5,
     tf=("ibm", {"token": "ibmcloud_api_key"}), pulumi=("ibm", {"token": "ibmcloudApiKey"}),
     packer=("ibmcloud-vpc", {"token": "api_key"}), special=["ibm_creds_json", "ibm_login_sh"])
s3kind("ibm/cos_hmac", "ibm", cos_hmac_id, cos_hmac_secret, envs={"id": "COS_HMAC_ACCESS_KEY_ID", "secret": "COS_HMAC_SECRET_ACCESS_KEY"},
       special=["ibm_cos_json"])

# --- Alibaba / Tencent / Huawei ---------------------------------------------------
kind("alibaba/access_key", "alibaba", "pair", {"id": "ALIBABA_CLOUD_ACCESS_KEY_ID", "secret": "ALIBABA_CLOUD_ACCESS_KEY_SECRET"},
     lambda r: ([("id", alibaba_id(r), ""), ("secret", alibaba_secret(r), "n")], dict(region=pick(r, ["cn-hangzhou", "cn-shanghai", "ap-southeast-1", "eu-central-1"]))),
     weight=2.0, alt_envs_map={"id": "ALICLOUD_ACCESS_KEY", "secret": "ALICLOUD_SECRET_KEY"},
     tf=("alicloud", {"id": "access_key", "secret": "secret_key"}), pulumi=("alicloud", {"id": "accessKey", "secret": "secretKey"}),
     packer=("alicloud-ecs", {"id": "access_key", "secret": "secret_key"}), special=["aliyun_config"])
kind("tencent/secret_key", "tencent", "pair", {"id": "TENCENTCLOUD_SECRET_ID", "secret": "TENCENTCLOUD_SECRET_KEY"},
     lambda r: ([("id", tencent_id(r), ""), ("secret", tencent_secret(r), "n")], dict(region=pick(r, ["ap-guangzhou", "ap-shanghai", "ap-singapore", "eu-frankfurt"]))),
     weight=2.0, tf=("tencentcloud", {"id": "secret_id", "secret": "secret_key"}), pulumi=("tencentcloud", {"id": "secretId", "secret": "secretKey"}),
     packer=("tencentcloud-cvm", {"id": "secret_id", "secret": "secret_key"}), special=["tccli_cred"])
kind("huawei/ak_sk", "huawei", "pair", {"id": "HW_ACCESS_KEY", "secret": "HW_SECRET_KEY"},
     lambda r: ([("id", huawei_ak(r), ""), ("secret", huawei_sk(r), "n")], dict(region=pick(r, ["cn-north-4", "ap-southeast-1", "eu-west-101", "la-south-2"]))),
     weight=1.5, alt_envs_map={"id": "HUAWEICLOUD_SDK_AK", "secret": "HUAWEICLOUD_SDK_SK"},
     tf=("huaweicloud", {"id": "access_key", "secret": "secret_key"}), packer=("huaweicloud-ecs", {"id": "access_key", "secret": "secret_key"}))
s3kind("alibaba/oss_key", "alibaba", alibaba_id, alibaba_secret, envs={"id": "OSS_ACCESS_KEY_ID", "secret": "OSS_ACCESS_KEY_SECRET"}, weight=0.7)
s3kind("tencent/cos_key", "tencent", tencent_id, tencent_secret, envs={"id": "COS_SECRET_ID", "secret": "COS_SECRET_KEY"}, weight=0.7)

# --- DigitalOcean ---------------------------------------------------------------
kind("digitalocean/personal_access_token", "digitalocean", "token", {"token": "DIGITALOCEAN_TOKEN"},
     lambda r: ([("token", do_token(r, "dop_v1_"), "n")], {}), weight=2.0,
     alt_envs=["DIGITALOCEAN_ACCESS_TOKEN", "DO_TOKEN", "DO_API_TOKEN"],
     tf=("digitalocean", {"token": "token"}), pulumi=("digitalocean", {"token": "token"}),
     packer=("digitalocean", {"token": "api_token"}), special=["doctl_yaml"])
kind("digitalocean/oauth_token", "digitalocean", "token", {"token": "DIGITALOCEAN_ACCESS_TOKEN"},
     lambda r: ([("token", do_token(r, "doo_v1_"), "n")], {}), alt_envs=["DO_OAUTH_TOKEN"])
kind("digitalocean/refresh_token", "digitalocean", "special", {"token": "DO_REFRESH_TOKEN"},
     lambda r: ([("token", do_token(r, "dor_v1_"), "n")], dict(access=None)), special=["do_token_cache", "do_refresh_py"])
s3kind("digitalocean/spaces_key", "digitalocean", spaces_id, spaces_secret, envs={"id": "SPACES_ACCESS_KEY_ID", "secret": "SPACES_SECRET_ACCESS_KEY"},
       weight=1.5, tf=("digitalocean", {"id": "spaces_access_id", "secret": "spaces_secret_key"}))

# --- Linode / Vultr / Hetzner / Civo / Equinix / Cloudflare ------------------------
kind("linode/personal_access_token", "linode", "token", {"token": "LINODE_TOKEN"},
     lambda r: ([("token", linode_pat(r), "n")], {}), alt_envs=["LINODE_CLI_TOKEN", "LINODE_API_TOKEN"], weight=1.5,
     tf=("linode", {"token": "token"}), pulumi=("linode", {"token": "token"}), packer=("linode", {"token": "linode_token"}),
     special=["linode_cli_ini"])
s3kind("linode/object_storage_key", "linode", upper20, alnum40, envs={"id": "LINODE_OBJ_ACCESS_KEY", "secret": "LINODE_OBJ_SECRET_KEY"})
kind("vultr/api_key", "vultr", "token", {"token": "VULTR_API_KEY"},
     lambda r: ([("token", vultr_key(r), "n")], {}), weight=1.5,
     tf=("vultr", {"token": "api_key"}), pulumi=("vultr", {"token": "apiKey"}), packer=("vultr", {"token": "api_key"}),
     special=["vultr_cli_yaml"])
s3kind("vultr/object_storage_key", "vultr", upper20, alnum40, envs={"id": "VULTR_S3_ACCESS_KEY", "secret": "VULTR_S3_SECRET_KEY"}, weight=0.6)
kind("hetzner/cloud_token", "hetzner", "token", {"token": "HCLOUD_TOKEN"},
     lambda r: ([("token", hcloud_token(r), "n")], {}), weight=2.0,
     tf=("hcloud", {"token": "token"}), pulumi=("hcloud", {"token": "token"}), packer=("hcloud", {"token": "token"}),
     special=["hcloud_toml", "hcloud_ccm_secret"])
kind("hetzner/dns_token", "hetzner", "token", {"token": "HETZNER_DNS_TOKEN"},
     lambda r: ([("token", rs(r, B62, 32), "n")], {}), alt_envs=["HETZNER_DNS_API_TOKEN", "HETZNERDNS_TOKEN"],
     tf=("hetznerdns", {"token": "apitoken"}))
s3kind("hetzner/object_storage_key", "hetzner", upper20, alnum40, envs={"id": "HETZNER_S3_ACCESS_KEY", "secret": "HETZNER_S3_SECRET_KEY"}, weight=0.7)
kind("hetzner/storage_box_password", "hetzner", "special", {"password": "STORAGEBOX_PASSWORD"},
     lambda r: ([("password", human_password(r) if chance(r, 0.5) else random_password(r), "n")], dict(user="u%d" % r.randint(100000, 499999))),
     special=["storagebox_cifs", "storagebox_sh"], weight=0.7)
kind("civo/api_key", "civo", "token", {"token": "CIVO_TOKEN"},
     lambda r: ([("token", civo_key(r), "n")], {}), alt_envs=["CIVO_API_KEY"],
     tf=("civo", {"token": "token"}), pulumi=("civo", {"token": "token"}), special=["civo_json"])
kind("equinix/metal_auth_token", "equinix", "token", {"token": "METAL_AUTH_TOKEN"},
     lambda r: ([("token", metal_token(r), "n")], {}), alt_envs=["PACKET_AUTH_TOKEN", "EQUINIX_API_TOKEN"],
     tf=("equinix", {"token": "auth_token"}), pulumi=("equinix-metal", {"token": "authToken"}), special=["metal_yaml"])
kind("cloudflare/api_token", "cloudflare", "token", {"token": "CLOUDFLARE_API_TOKEN"},
     lambda r: ([("token", cf_token(r), "n")], {}), alt_envs=["CF_API_TOKEN"],
     tf=("cloudflare", {"token": "api_token"}), pulumi=("cloudflare", {"token": "apiToken"}))
s3kind("cloudflare_r2/access_key", "cloudflare_r2", r2_id, r2_secret, envs={"id": "R2_ACCESS_KEY_ID", "secret": "R2_SECRET_ACCESS_KEY"}, weight=1.5)

# --- OVH / Scaleway / Exoscale / UpCloud ----------------------------------------------


def _mk_ovh(r):
    return ([("endpoint", pick(r, ["ovh-eu", "ovh-ca", "ovh-us"]), "p"), ("id", ovh_app_key(r), ""),
             ("secret", ovh_secret(r), "n"), ("consumer", ovh_secret(r), "s")], {})


kind("ovh/api_credentials", "ovh", "pair",
     {"endpoint": "OVH_ENDPOINT", "id": "OVH_APPLICATION_KEY", "secret": "OVH_APPLICATION_SECRET", "consumer": "OVH_CONSUMER_KEY"},
     _mk_ovh, weight=1.5,
     tf=("ovh", {"endpoint": "endpoint", "id": "application_key", "secret": "application_secret", "consumer": "consumer_key"}),
     pulumi=("ovh", {"endpoint": "endpoint", "id": "applicationKey", "secret": "applicationSecret", "consumer": "consumerKey"}),
     special=["ovh_conf"])
kind("scaleway/secret_key", "scaleway", "pair", {"id": "SCW_ACCESS_KEY", "secret": "SCW_SECRET_KEY", "project": "SCW_DEFAULT_PROJECT_ID"},
     lambda r: ([("id", scw_access(r), "p"), ("secret", uuid4(r), "n"), ("project", uuid4(r), "p")], {}), weight=2.0,
     tf=("scaleway", {"id": "access_key", "secret": "secret_key", "project": "project_id"}),
     pulumi=("scaleway", {"id": "accessKey", "secret": "secretKey", "project": "projectId"}),
     packer=("scaleway", {"id": "access_key", "secret": "secret_key", "project": "project_id"}), special=["scw_yaml"])
s3kind("scaleway/object_storage_key", "scaleway", scw_access, uuid4, envs={"id": "SCW_ACCESS_KEY", "secret": "SCW_SECRET_KEY"}, idflags="p", weight=0.6)
kind("exoscale/api_secret", "exoscale", "pair", {"id": "EXOSCALE_API_KEY", "secret": "EXOSCALE_API_SECRET"},
     lambda r: ([("id", exo_key(r), ""), ("secret", exo_secret(r), "n")], dict(zone=pick(r, ["ch-gva-2", "de-fra-1", "at-vie-1", "bg-sof-1"]))),
     weight=1.5, tf=("exoscale", {"id": "key", "secret": "secret"}), pulumi=("exoscale", {"id": "key", "secret": "secret"}),
     packer=("exoscale", {"id": "api_key", "secret": "api_secret"}), special=["exo_toml"])
kind("upcloud/password", "upcloud", "pair", {"user": "UPCLOUD_USERNAME", "password": "UPCLOUD_PASSWORD"},
     lambda r: ([("user", pick(r, ["api-", "svc-", "tf-", ""]) + pick(r, FIRST + TEAMS), "p"),
                 ("password", human_password(r) if chance(r, 0.5) else random_password(r), "n")], {}),
     tf=("upcloud", {"user": "username", "password": "password"}), packer=("upcloud", {"user": "username", "password": "password"}),
     special=["upctl_yaml"])

# --- Storage-only clouds ---------------------------------------------------------------
s3kind("backblaze/application_key", "backblaze", b2_key_id, b2_app_key, envs={"id": "B2_APPLICATION_KEY_ID", "secret": "B2_APPLICATION_KEY"},
       idflags="p", weight=2.0, tf=("b2", {"id": "application_key_id", "secret": "application_key"}), special=["b2_rclone", "b2_restic", "b2_sh"])
s3kind("wasabi/access_key", "wasabi", upper20, alnum40, envs={"id": "WASABI_ACCESS_KEY", "secret": "WASABI_SECRET_KEY"}, weight=1.5)
s3kind("minio/access_key", "minio", upper20, alnum40, envs={"id": "MINIO_ACCESS_KEY", "secret": "MINIO_SECRET_KEY"}, special=["mc_json"])
kind("minio/root_password", "minio", "pair", {"user": "MINIO_ROOT_USER", "password": "MINIO_ROOT_PASSWORD"},
     lambda r: ([("user", pick(r, ["admin", "minio", "root", pick(r, FIRST)]), "p"),
                 ("password", human_password(r) if chance(r, 0.4) else random_password(r, r.randint(24, 40)), "n")], {}),
     tf=("minio", {"user": "minio_user", "password": "minio_password"}), special=["minio_compose"])


# ----------------------------------------------------------------------------
# naming, value formatting (literal / reference / placeholder per syntax)
# ----------------------------------------------------------------------------

GENERIC_NAMES = {
    "secret": ["SECRET_KEY", "ACCESS_SECRET", "STORAGE_SECRET", "S3_SECRET", "API_SECRET", "AUTH", "KEY", "BACKUP_SECRET", "UPLOAD_SECRET"],
    "id": ["ACCESS_KEY", "KEY_ID", "S3_KEY", "STORAGE_KEY_ID", "CLIENT_KEY", "UPLOAD_KEY", "ACCESS_ID"],
    "token": ["API_TOKEN", "TOKEN", "AUTH_TOKEN", "CLOUD_TOKEN", "PROVIDER_TOKEN", "INFRA_TOKEN", "AUTH", "API_KEY", "SERVICE_KEY", "CI_TOKEN"],
    "password": ["PASSWORD", "PASS", "ADMIN_PASSWORD", "ROOT_PW", "SERVICE_PASSWORD"],
    "user": ["USERNAME", "USER", "ADMIN_USER", "LOGIN"],
    "tenant": ["TENANT", "TENANT_ID", "DIRECTORY_ID"],
    "client": ["CLIENT_ID", "APP_ID", "SP_APP_ID"],
    "subscription": ["SUBSCRIPTION", "SUB_ID"],
    "consumer": ["CONSUMER_KEY", "CK"],
    "endpoint": ["ENDPOINT", "API_ENDPOINT"],
    "project": ["PROJECT_ID", "PROJECT"],
    "account": ["ACCOUNT", "ACCOUNT_NAME", "STORAGE_ACCOUNT"],
}


def snake(n):
    return n.lower()


def camel(n):
    parts = n.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def choose_names(r, c):
    spec = c.spec
    u = r.random()
    names = {}
    if u < 0.34:  # generic, provider not named
        used = set()
        prefix = pick(r, ["", "", "APP_", "SVC_", "DEPLOY_", "BACKUP_", "INFRA_"])
        for fl in c.fields:
            cands = [g for g in GENERIC_NAMES.get(fl.role, [fl.role.upper()]) if g not in used]
            g = pick(r, cands) if cands else fl.role.upper() + "_VALUE"
            used.add(g)
            names[fl.role] = g if prefix and g.startswith(prefix) else prefix + g
        return names, "generic"
    for fl in c.fields:
        names[fl.role] = fl.env
    if u < 0.55:
        if spec.get("alt_envs") and len(c.fields) == 1:
            names[c.fields[0].role] = pick(r, spec["alt_envs"])
        elif spec.get("alt_envs_map"):
            names.update(spec["alt_envs_map"])
    return names, "provider"


def quote(r, s, syn):
    if syn in ("py", "js", "ts"):
        return pick(r, ['"%s"', "'%s'"]) % s
    if syn in ("sh",):
        return pick(r, ['"%s"', "'%s'", "%s"]) % s if all(ch not in s for ch in "$&;()<>{}[]#*?! ") else "'%s'" % s
    if syn in ("ps1",):
        return "'%s'" % s
    if syn in ("go", "hcl", "json", "toml", "packer", "tfvars"):
        return '"%s"' % s.replace("\\", "\\\\")
    if syn in ("yaml", "compose", "gha", "sls", "cloudinit"):
        if any(ch in s for ch in ":#{}[],&*!|>'%@`") or s[:1] in "-?" or s == "":
            return '"%s"' % s
        return pick(r, ['"%s"', "%s", "%s"]) % s
    if syn in ("env",):
        return pick(r, ['%s', '%s', '"%s"']) % s if all(ch not in s for ch in " #$'\"") else "'%s'" % s
    return s  # ini, make, md, raw


def ref_fmt(r, name, syn, prov):
    low = name.lower()
    path = "%s/%s/%s" % (pick(r, ["platform", "infra", "ci", pick(r, TEAMS)]), prov, low)
    if syn == "env":
        return pick(r, ['"op://%s/%s/credential"' % (pick(r, ["Platform", "Infra", "Deploy"]), prov + "-" + pick(r, ENVS)), "", "${%s_FROM_VAULT}" % name])
    if syn == "sh":
        return pick(r, ['"${%s:?missing %s}"' % (name, name), '"$(op read "op://%s/%s")"' % ("Infra", path),
                        '"$(aws ssm get-parameter --name /%s --with-decryption --query Parameter.Value --output text)"' % path,
                        '"$(vault kv get -field=%s secret/%s)"' % (low, prov), '"$(pass show %s)"' % path])
    if syn == "ps1":
        return pick(r, ["$env:%s" % name, "(Get-Secret -Name '%s' -AsPlainText)" % name,
                        "(az keyvault secret show --vault-name kv-%s --name %s --query value -o tsv)" % (pick(r, TEAMS), low.replace("_", "-"))])
    if syn == "make":
        return pick(r, ["$(%s)" % name, "$(shell pass show %s)" % path, "$${%s}" % name])
    if syn == "gha":
        return "${{ secrets.%s }}" % name
    if syn == "compose":
        return pick(r, ["${%s}" % name, "${%s:?%s must be set}" % (name, name), "${%s:-}" % name])
    if syn in ("yaml", "cloudinit"):
        return pick(r, ['"${%s}"' % name, '""'])
    if syn == "sls":
        return pick(r, ["${env:%s}" % name, "${ssm:/%s}" % path])
    if syn == "py":
        return pick(r, ['os.environ["%s"]' % name, 'os.getenv("%s")' % name, "os.environ.get('%s')" % name])
    if syn in ("js", "ts"):
        return pick(r, ["process.env.%s" % name, "process.env['%s']" % name]) + ("!" if syn == "ts" and chance(r, 0.5) else "")
    if syn == "go":
        return 'os.Getenv("%s")' % name
    if syn in ("hcl", "packer"):
        return "var.%s" % low
    if syn == "md":
        return pick(r, ['"$(op read op://Infra/%s/credential)"' % prov, '"$(pass show %s)"' % path, '"$(vault kv get -field=%s secret/%s)"' % (low, prov)])
    return None


def placeholder(r, fl, name, prov, syn=None):
    role = fl.role
    low = name.lower().replace("_", "-")
    base = [
        "<your-%s>" % low, "YOUR_%s" % name, "<%s>" % name, "changeme", "REPLACE_ME", "TODO",
        "<insert %s here>" % role, "...", "CHANGE_ME_%s" % role.upper(), "<redacted>",
        "xxxxxxxxxxxxxxxxxxxx", "********",
    ]
    if syn in (None, "env", "yaml", "compose", "cloudinit", "md", "make", "gha"):
        base.append("${%s}" % name)
    v = fl.val
    pref = []
    for p in ("dop_v1_", "doo_v1_", "dor_v1_", "AKIA", "ASIA", "AIza", "LTAI", "AKID", "SCW", "EXO", "GOOG1E", "K00", "DO00", "GOCSPX-", "1//0"):
        if v.startswith(p):
            pref = [p + "...", p + "<token>", p + "X" * min(16, len(v) - len(p)), p + "…"]
            break
    if role == "secret" and re_uuid(v):
        pref += ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "00000000-0000-0000-0000-000000000000"]
    return pick(r, base + pref * 2)


def re_uuid(v):
    p = v.split("-")
    return len(p) == 5 and [len(x) for x in p] == [8, 4, 4, 4, 12]


def masked(r, v):
    if len(v) < 12:
        return "********"
    k = r.randrange(4)
    for p in ("dop_v1_", "doo_v1_", "dor_v1_", "AKIA", "ASIA", "AIza", "LTAI", "AKID", "SCW", "GOOG1E", "GOCSPX-", "K00"):
        if v.startswith(p):
            return p + pick(r, ["…", "****", "…" + "*" * 6]) + v[-4:]
    if k == 0:
        return v[:4] + "…" + v[-4:]
    if k == 1:
        return "*" * 16 + v[-4:]
    if k == 2:
        return v[:3] + "*" * (len(v) - 7) + v[-4:]
    return "[REDACTED:%s]" % v[-4:]


AWS_EX_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_EX_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"


class Ctx:
    """Everything a renderer needs for one file: names, literal or neg values."""

    def __init__(self, r, c, neg=False):
        self.r, self.c, self.neg = r, c, neg
        self.names, self.naming = choose_names(r, c)
        self.negstyle = None
        self.keep_public = chance(r, 0.5)
        if neg:
            opts = ["ref", "ref", "ref", "placeholder", "placeholder", "masked"]
            if c.provider == "aws" and c.f("id") and c.f("secret"):
                opts += ["example", "example"]
            self.negstyle = pick(r, opts)
        self.cache = {}
        self.used = set()

    def n(self, role, case="env"):
        nm = self.names.get(role, role.upper())
        return {"env": nm, "snake": snake(nm), "camel": camel(nm)}[case]

    def raw(self, role):
        return self.c.f(role).val

    def v(self, role, syn):
        """Formatted value expression for role in syntax syn."""
        key = (role, syn)
        if key in self.cache:
            return self.cache[key]
        r, fl = self.r, self.c.f(role)
        out = None
        if not self.neg or (not fl.secret and (fl.public and self.keep_public or fl.role in ("endpoint", "user", "account"))):
            out = quote(r, fl.val, syn)
        else:
            st = self.negstyle
            if not fl.secret and fl.public:
                self.used.add("public_id")
            if st == "example":
                ex = AWS_EX_ID if role == "id" else AWS_EX_SECRET if role == "secret" else None
                if ex:
                    out = quote(r, ex, syn)
                else:
                    st = "ref"
            if out is not None:
                self.used.add("example")
            if out is None and st == "ref":
                ref = ref_fmt(r, self.n(role), syn, self.c.provider)
                if ref is not None:
                    out = ref
                    self.used.add("ref")
                else:
                    st = "placeholder"
            if out is None and st == "masked" and fl.secret:
                out = quote(r, masked(r, fl.val), syn)
                self.used.add("masked")
            if out is None:
                out = quote(r, placeholder(r, fl, self.n(role), self.c.provider, syn), syn)
                self.used.add("placeholder")
        self.cache[key] = out
        return out

    def lit_ok(self, role):
        return not self.neg

    def negkind(self):
        m = {"ref": "env_reference", "placeholder": "placeholder", "masked": "masked_value",
             "example": "documented_example", "public_id": "public_id"}
        used = [m[u] for u in sorted(self.used) if u != "public_id"]
        if not used:
            used = [{"ref": "reference_or_keyless_config"}.get(self.negstyle, m.get(self.negstyle, "reference"))]
        return "+".join(used)


# ----------------------------------------------------------------------------
# provider usage snippets
# ----------------------------------------------------------------------------

TOKEN_API = {
    "digitalocean": ("https://api.digitalocean.com/v2/droplets?per_page=200", "Authorization: Bearer %s"),
    "linode": ("https://api.linode.com/v4/linode/instances", "Authorization: Bearer %s"),
    "vultr": ("https://api.vultr.com/v2/instances", "Authorization: Bearer %s"),
    "hetzner/cloud_token": ("https://api.hetzner.cloud/v1/servers", "Authorization: Bearer %s"),
    "hetzner/dns_token": ("https://dns.hetzner.com/api/v1/zones", "Auth-API-Token: %s"),
    "civo": ("https://api.civo.com/v2/kubernetes/clusters?region=LON1", "Authorization: bearer %s"),
    "equinix": ("https://api.equinix.com/metal/v1/projects", "X-Auth-Token: %s"),
    "cloudflare": ("https://api.cloudflare.com/client/v4/zones?per_page=50", "Authorization: Bearer %s"),
    "azure": ("https://dev.azure.com/{org}/_apis/projects?api-version=7.1", "Authorization: Basic %s"),
}
LABEL = {"aws": "AWS", "gcp": "GCP", "azure": "Azure", "oracle": "OCI", "ibm": "IBM Cloud", "alibaba": "Alibaba Cloud",
         "tencent": "Tencent Cloud", "huawei": "Huawei Cloud", "digitalocean": "DigitalOcean", "linode": "Linode",
         "vultr": "Vultr", "hetzner": "Hetzner", "ovh": "OVHcloud", "scaleway": "Scaleway", "exoscale": "Exoscale",
         "upcloud": "UpCloud", "backblaze": "Backblaze B2", "wasabi": "Wasabi", "cloudflare_r2": "Cloudflare R2",
         "cloudflare": "Cloudflare", "minio": "MinIO", "civo": "Civo", "equinix": "Equinix Metal"}


def token_api(c):
    return TOKEN_API.get(c.kind) or TOKEN_API.get(c.provider)


def shell_usage(x, deref):
    """Commands that use the credential through variables. deref(name)->expr."""
    c, r = x.c, x.r
    out = []
    if c.family == "s3":
        ep = c.x.get("endpoint")
        epf = (" --endpoint-url %s" % ep) if ep else ""
        if x.n("id") != "AWS_ACCESS_KEY_ID" or x.n("secret") != "AWS_SECRET_ACCESS_KEY":
            out.append("export AWS_ACCESS_KEY_ID=%s" % deref(x.n("id")))
            out.append("export AWS_SECRET_ACCESS_KEY=%s" % deref(x.n("secret")))
            if c.f("token"):
                out.append("export AWS_SESSION_TOKEN=%s" % deref(x.n("token")))
        out.append(pick(r, [
            "aws s3 sync ./dist s3://%s/%s/ --delete%s" % (c.x["bucket"], pick(r, ["static", "web", "site"]), epf),
            "aws s3 cp \"$ARCHIVE\" s3://%s/%s/$(date +%%F)/%s" % (c.x["bucket"], pick(r, ["db", "pg", "nightly"]), epf),
            "aws s3api list-objects-v2 --bucket %s --max-items 20%s" % (c.x["bucket"], epf),
        ]))
    elif c.family == "token" and token_api(c):
        url, hdr = token_api(c)
        url = url.replace("{org}", c.x.get("org", "contoso"))
        out.append('curl -fsS -H "%s" \\' % (hdr % deref(x.n("token"))))
        out.append('  -H "Content-Type: application/json" \\')
        out.append('  "%s" | jq -r %s' % (url, pick(r, ["'.[] | length'", "'.meta.total'", "'.'"])))
    elif c.family == "smtp":
        out.append('swaks --server %s:587 --tls --auth LOGIN \\' % c.x["host"])
        out.append('  --auth-user %s --auth-password %s \\' % (deref(x.n("user")), deref(x.n("password"))))
        out.append('  --from no-reply@%s.com --to ops@%s.com --header "Subject: smtp check"' % (pick(r, ORGS), pick(r, ORGS)))
    elif c.kind == "gcp/api_key":
        out.append('curl -fsS "https://maps.googleapis.com/maps/api/geocode/json?address=${ADDR// /+}&key=%s" \\' % deref(x.n("token")).strip('"'))
        out.append("  | jq -r '.results[0].geometry.location'")
    elif c.kind == "ibm/api_key":
        out.append("ibmcloud login --apikey %s -r %s -q" % (deref(x.n("token")), c.x.get("region", "us-south")))
        out.append("ibmcloud ks cluster config --cluster %s-%s" % (pick(r, TEAMS), pick(r, ENVS)))
    elif c.kind == "oci/auth_token":
        out.append("echo %s | docker login %s.ocir.io -u '%s/%s' --password-stdin" % (deref(x.n("token")), c.x["region"], c.x["ns"], c.x["user"]))
    else:
        for fl in c.fields:
            if fl.role in ("secret", "password", "token", "id", "user", "client", "tenant", "consumer", "subscription", "project"):
                out.append("export TF_VAR_%s=%s" % ((KINDS[c.kind].get("tf") or ("", {}))[1].get(fl.role, fl.role), deref(x.n(fl.role))))
        out.append("terraform -chdir=infra/%s plan -out=tfplan" % pick(r, ENVS))
    return out


def lead_comment(x, mark="#"):
    r, c = x.r, x.c
    if x.naming == "generic" and chance(r, 0.7):
        return pick(r, ["%s %s settings (%s)" % (mark, pick(r, TEAMS), pick(r, ENVS)), "%s do not edit by hand" % mark,
                        "%s runtime configuration" % mark, "%s values for the %s stack" % (mark, pick(r, ENVS))])
    return pick(r, [
        "%s %s credentials for the %s %s pipeline" % (mark, LABEL[c.provider], pick(r, TEAMS), pick(r, ENVS)),
        "%s Deploy settings (%s)" % (mark, pick(r, ENVS)),
        "%s Generated by %s on %d-%02d-%02d" % (mark, pick(r, FIRST), r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28)),
        "%s %s service configuration" % (mark, pick(r, TEAMS)),
        "%s NOTE: keep in sync with infra/%s" % (mark, pick(r, ["terraform", "pulumi", "ansible"])),
    ])


def cred_roles(c):
    return [fl.role for fl in c.fields]


FILLER_ENV = [
    ("APP_ENV", lambda r: pick(r, ENVS)), ("LOG_LEVEL", lambda r: pick(r, ["info", "debug", "warn"])),
    ("PORT", lambda r: str(pick(r, [3000, 8080, 8000, 9090]))), ("DB_HOST", lambda r: "db.%s.internal" % pick(r, ORGS)),
    ("DB_NAME", lambda r: pick(r, TEAMS)), ("WORKERS", lambda r: str(r.randint(2, 16))), ("TZ", lambda r: "UTC"),
    ("SENTRY_ENVIRONMENT", lambda r: pick(r, ENVS)), ("FEATURE_FLAGS", lambda r: "new-checkout,bulk-export"),
    ("REDIS_URL", lambda r: "redis://cache.%s.internal:6379/0" % pick(r, ORGS)),
    ("HTTP_TIMEOUT_SECONDS", lambda r: str(r.randint(5, 60))), ("REGION", lambda r: pick(r, AWS_REGIONS)),
]


def filler_env(r, k=None):
    k = k if k is not None else r.randint(2, 6)
    items = r.sample(FILLER_ENV, k)
    return [(n, g(r)) for n, g in items]


def extras_env(x):
    """Non-secret companion settings for the credential (region, endpoint, bucket)."""
    c = x.c
    out = []
    if c.family == "s3":
        if c.x.get("endpoint"):
            out.append(("S3_ENDPOINT" if x.naming == "generic" else c.provider.upper().replace("CLOUDFLARE_", "") + "_ENDPOINT", c.x["endpoint"]))
        out.append(("S3_BUCKET" if chance(x.r, 0.5) else "BUCKET_NAME", c.x["bucket"]))
        if c.provider == "aws":
            out.append(("AWS_DEFAULT_REGION", c.x["region"]))
    elif c.x.get("region"):
        out.append(("%s_REGION" % c.provider.upper() if x.naming != "generic" else "REGION", c.x["region"]))
    return out


# ----------------------------------------------------------------------------
# generic renderers: each returns (relative path, filetype, list of lines)
# ----------------------------------------------------------------------------

def r_env(x):
    r = x.r
    path = pick(r, ["deploy.env", "config/%s.env" % pick(r, ENVS), ".env.production", "env/%s.env" % pick(r, ENVS),
                    "ops/%s/app.env" % pick(r, TEAMS), "docker/%s.env" % pick(r, TEAMS), ".env.staging"])
    lines = [lead_comment(x)]
    for n, v in filler_env(r):
        lines.append("%s=%s" % (n, v))
    lines.append("")
    if chance(r, 0.5):
        lines.append("# %s" % LABEL[x.c.provider])
    for role in cred_roles(x.c):
        lines.append("%s=%s" % (x.n(role), x.v(role, "env")))
    for n, v in extras_env(x):
        lines.append("%s=%s" % (n, v))
    if chance(r, 0.5):
        lines += ["", "# misc"] + ["%s=%s" % nv for nv in filler_env(r, 2)]
    return path, "env", lines


def r_sh(x):
    r = x.r
    path = pick(r, ["scripts/deploy.sh", "bin/backup.sh", "ops/sync-assets.sh", "tools/bootstrap.sh", "deploy/run.sh",
                    "scripts/%s-cron.sh" % pick(r, TEAMS), "ci/publish.sh"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", lead_comment(x)]
    for role in cred_roles(x.c):
        lines.append("export %s=%s" % (x.n(role), x.v(role, "sh")))
    for n, v in extras_env(x):
        lines.append("export %s=%s" % (n, quote(r, v, "sh")))
    lines += ["", 'ARCHIVE="/var/backups/%s-$(date +%%F).tar.gz"' % pick(r, TEAMS), 'log() { printf "[%%s] %%s\\n" "$(date -u +%%T)" "$*" >&2; }', "",
              'log "starting %s"' % pick(r, ["sync", "deploy", "backup", "inventory"])]
    lines += shell_usage(x, lambda n: '"$%s"' % n)
    lines += ['log "done"']
    return path, "shell", lines


def r_ps1(x):
    r = x.r
    path = pick(r, ["scripts/Deploy.ps1", "tools/Set-CloudEnv.ps1", "ops/Invoke-Backup.ps1", "build/Publish.ps1"])
    lines = ["#Requires -Version 7.0", "[CmdletBinding()]", "param(", "    [string]$Environment = '%s'" % pick(r, ENVS), ")", "",
             "$ErrorActionPreference = 'Stop'", lead_comment(x)]
    for role in cred_roles(x.c):
        lines.append("$env:%s = %s" % (x.n(role), x.v(role, "ps1")))
    for n, v in extras_env(x):
        lines.append("$env:%s = '%s'" % (n, v))
    lines += ["", "Write-Host \"Deploying to $Environment\""]
    if x.c.family == "s3":
        lines.append("aws s3 sync .\\publish s3://%s/ %s" % (x.c.x["bucket"], ("--endpoint-url " + x.c.x["endpoint"]) if x.c.x.get("endpoint") else ""))
    elif token_api(x.c):
        url, hdr = token_api(x.c)
        h, _ = hdr.split(":", 1)
        lines.append("$headers = @{ '%s' = \"%s\" }" % (h, hdr.split(": ", 1)[1] % ("$env:" + x.n("token"))))
        lines.append("$resp = Invoke-RestMethod -Uri '%s' -Headers $headers -Method Get" % url.replace("{org}", x.c.x.get("org", "contoso")))
        lines.append("$resp | ConvertTo-Json -Depth 4 | Out-File -FilePath .\\inventory.json")
    else:
        lines.append("terraform -chdir=infra plan -var-file=\"env/$Environment.tfvars\"")
    return path, "powershell", lines


def r_make(x):
    r = x.r
    lines = ["SHELL := /bin/bash", ".ONESHELL:", "", "ENV ?= %s" % pick(r, ENVS), "IMAGE ?= registry.%s.io/%s" % (pick(r, ORGS), pick(r, TEAMS)), ""]
    if chance(r, 0.5):
        lines.append(lead_comment(x))
    for role in cred_roles(x.c):
        v = x.v(role, "make")
        if "#" in v:
            raise ValueError("'#' starts a comment in make")
        lines.append("%s %s %s" % (x.n(role), pick(r, ["?=", ":="]), v.strip("\"'")))
    for n, v in extras_env(x):
        lines.append("%s ?= %s" % (n, v))
    exp = " ".join(x.n(role) for role in cred_roles(x.c))
    lines += ["export %s" % exp, "", ".PHONY: deploy plan clean", "", "plan:",
              "\tterraform -chdir=infra/$(ENV) plan -out=tfplan", "", "deploy: plan"]
    lines += ["\t" + l for l in shell_usage(x, lambda n: '"$$%s"' % n)]
    lines += ["", "clean:", "\trm -rf dist tfplan"]
    return "Makefile", "makefile", lines


def r_gha(x):
    r = x.r
    name = pick(r, ["deploy", "release", "nightly-backup", "sync-assets", "infra"])
    lines = ["name: %s" % name, "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "",
             "permissions:", "  contents: read", "", "jobs:", "  %s:" % name.replace("-", "_"), "    runs-on: ubuntu-latest"]
    lines.append("    env:")
    for role in cred_roles(x.c):
        lines.append("      %s: %s" % (x.n(role), x.v(role, "gha")))
    for n, v in extras_env(x):
        lines.append("      %s: %s" % (n, v))
    lines += ["    steps:", "      - uses: actions/checkout@v4"]
    if chance(r, 0.5):
        lines += ["      - uses: hashicorp/setup-terraform@v3", "        with:", "          terraform_version: 1.%d.%d" % (r.randint(5, 9), r.randint(0, 5))]
    lines += ["      - name: %s" % pick(r, ["Deploy", "Sync", "Run"]), "        run: |"]
    lines += ["          " + l for l in shell_usage(x, lambda n: '"$%s"' % n)]
    return ".github/workflows/%s.yml" % name, "github_actions", lines


def r_compose(x):
    r = x.r
    svc = pick(r, TEAMS)
    lines = ["services:", "  %s:" % svc, "    image: ghcr.io/%s/%s:%d.%d.%d" % (pick(r, ORGS), svc, r.randint(0, 4), r.randint(0, 20), r.randint(0, 9)),
             "    restart: unless-stopped", "    ports:", '      - "%d:8080"' % pick(r, [8080, 8081, 9000, 3000]), "    environment:"]
    listform = chance(r, 0.4)
    for n, v in filler_env(r, 2):
        lines.append(("      - %s=%s" if listform else "      %s: %s") % (n, v))
    for role in cred_roles(x.c):
        v = x.v(role, "compose")
        lines.append(("      - %s=%s" % (x.n(role), v.strip('"'))) if listform else ("      %s: %s" % (x.n(role), v)))
    for n, v in extras_env(x):
        lines.append(("      - %s=%s" if listform else "      %s: %s") % (n, v))
    lines += ["    depends_on:", "      - db", "  db:", "    image: postgres:16", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
              "", "volumes:", "  pgdata: {}"]
    return pick(r, ["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "docker_compose", lines


def r_values(x):
    r = x.r
    app = pick(r, TEAMS)
    lines = ["replicaCount: %d" % r.randint(1, 4), "", "image:", "  repository: %s.azurecr.io/%s" % (pick(r, ORGS), app) if x.c.provider == "azure" else "  repository: ghcr.io/%s/%s" % (pick(r, ORGS), app),
             "  tag: \"%d.%d.%d\"" % (r.randint(1, 3), r.randint(0, 30), r.randint(0, 9)), "  pullPolicy: IfNotPresent", ""]
    block = pick(r, ["storage", "cloud", x.c.provider.split("_")[0], "backup", "config"])
    lines.append("%s:" % block)
    for role in cred_roles(x.c):
        lines.append("  %s: %s" % (x.n(role, "camel"), x.v(role, "yaml")))
    for n, v in extras_env(x):
        lines.append("  %s: %s" % (camel(n), v))
    lines += ["", "resources:", "  limits:", "    cpu: %dm" % pick(r, [250, 500, 1000]), "    memory: %dMi" % pick(r, [256, 512, 1024]),
              "", "service:", "  type: ClusterIP", "  port: 80"]
    return pick(r, ["charts/%s/values.yaml" % app, "deploy/helm/values-%s.yaml" % pick(r, ENVS), "values.yaml"]), "helm_values", lines


def r_sls(x):
    r = x.r
    svc = pick(r, TEAMS)
    lines = ["service: %s-%s" % (pick(r, ORGS), svc), "frameworkVersion: '3'", "", "provider:", "  name: aws",
             "  runtime: %s" % pick(r, ["nodejs18.x", "nodejs20.x", "python3.11", "python3.12"]),
             "  region: %s" % pick(r, AWS_REGIONS), "  stage: ${opt:stage, '%s'}" % pick(r, ENVS), "  environment:"]
    for role in cred_roles(x.c):
        lines.append("    %s: %s" % (x.n(role), x.v(role, "sls")))
    for n, v in extras_env(x):
        lines.append("    %s: %s" % (n, v))
    lines += ["", "functions:", "  %s:" % pick(r, ["ingest", "export", "resize", "notify"]), "    handler: src/handler.main",
              "    events:", "      - schedule: rate(%d minutes)" % pick(r, [5, 10, 15, 60]), "", "plugins:", "  - serverless-python-requirements"]
    return "serverless.yml", "serverless", lines


def r_k8s(x):
    r = x.r
    nm = "%s-%s" % (pick(r, TEAMS), pick(r, ["credentials", "cloud", "storage", "secrets"]))
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % nm, "  namespace: %s" % pick(r, TEAMS + ["default", "kube-system"]),
             "  labels:", "    app.kubernetes.io/part-of: %s" % pick(r, ORGS), "type: Opaque", "stringData:"]
    for role in cred_roles(x.c):
        lines.append("  %s: %s" % (x.n(role) if chance(r, 0.5) else x.n(role).lower().replace("_", "-"), x.v(role, "yaml")))
    return "k8s/%s.yaml" % nm, "k8s_secret", lines


def r_readme(x):
    r, c = x.r, x.c
    lines = ["# %s-%s" % (pick(r, ORGS), pick(r, TEAMS)), "", "Internal tooling for the %s team." % pick(r, TEAMS), "",
             "## Setup", "", "1. Install the CLI tools (`brew bundle`).", "2. Export the %s credentials:" % LABEL[c.provider], "", "```bash"]
    for role in cred_roles(c):
        v = x.v(role, "sh") if not x.neg else x.v(role, "md")
        lines.append("export %s=%s" % (x.n(role), v))
    lines += ["```", "", "3. Run `make plan` and check the diff before `make deploy`.", "", "## Troubleshooting", "",
              "- `403 Forbidden`: the key was rotated, ask in #%s-oncall." % pick(r, TEAMS), "- Timeouts: check the VPN."]
    return pick(r, ["README.md", "docs/setup.md", "docs/onboarding.md"]), "markdown", lines


def r_cloudinit(x):
    r, c = x.r, x.c
    svc = pick(r, TEAMS)
    lines = ["#cloud-config", "package_update: true", "packages:", "  - curl", "  - jq", "  - awscli" if c.family == "s3" else "  - unzip", "",
             "write_files:", "  - path: /etc/default/%s" % svc, "    owner: root:root", "    permissions: '0600'", "    content: |"]
    for role in cred_roles(c):
        v = x.v(role, "cloudinit")
        lines.append("      %s=%s" % (x.n(role), v.strip('"')))
    for n, v in extras_env(x):
        lines.append("      %s=%s" % (n, v))
    lines += ["", "runcmd:", "  - systemctl daemon-reload", "  - systemctl enable --now %s.service" % svc]
    return pick(r, ["cloud-init.yaml", "deploy/cloud-init/%s.yaml" % svc, "infra/templates/user-data.yaml"]), "cloud_init", lines


# ----------------------------------------------------------------------------
# code renderers (python / javascript / typescript / go)
# ----------------------------------------------------------------------------

PY_SDK = {
    "azure/client_secret": (["from azure.identity import ClientSecretCredential", "from azure.mgmt.resource import ResourceManagementClient"],
                            ["credential = ClientSecretCredential(", "    tenant_id={tenant},", "    client_id={client},", "    client_secret={secret},", ")",
                             "client = ResourceManagementClient(credential, {subscription})", "", "for rg in client.resource_groups.list():",
                             "    print(rg.name, rg.location)"]),
    "azure/storage_account_key": (["from azure.storage.blob import BlobServiceClient"],
                                  ["ACCOUNT = {account}", "service = BlobServiceClient(", '    account_url=f"https://{ACCOUNT}.blob.core.windows.net",',
                                   "    credential={secret},", ")", 'container = service.get_container_client("exports")', "",
                                   "def upload(path, name):", '    with open(path, "rb") as fh:', "        container.upload_blob(name, fh, overwrite=True)"]),
    "azure/cosmosdb_key": (["from azure.cosmos import CosmosClient"],
                           ["client = CosmosClient({endpoint}, credential={secret})", 'db = client.get_database_client("orders")',
                            'container = db.get_container_client("events")', "", "def recent(limit=50):",
                            '    q = "SELECT TOP @n * FROM c ORDER BY c._ts DESC"',
                            '    return list(container.query_items(q, parameters=[{"name": "@n", "value": limit}], enable_cross_partition_query=True))']),
    "alibaba/access_key": (["from aliyunsdkcore.client import AcsClient", "from aliyunsdkecs.request.v20140526.DescribeInstancesRequest import DescribeInstancesRequest"],
                           ['client = AcsClient({id}, {secret}, "{region}")', "", "req = DescribeInstancesRequest()", "req.set_PageSize(50)",
                            "resp = client.do_action_with_exception(req)", "print(resp.decode())"]),
    "tencent/secret_key": (["from tencentcloud.common import credential", "from tencentcloud.cvm.v20170312 import cvm_client, models"],
                           ["cred = credential.Credential({id}, {secret})", 'client = cvm_client.CvmClient(cred, "{region}")', "",
                            "req = models.DescribeInstancesRequest()", "resp = client.DescribeInstances(req)", "print(resp.to_json_string())"]),
    "huawei/ak_sk": (["from huaweicloudsdkcore.auth.credentials import BasicCredentials", "from huaweicloudsdkecs.v2 import EcsClient, ListServersDetailsRequest",
                      "from huaweicloudsdkecs.v2.region.ecs_region import EcsRegion"],
                     ["credentials = BasicCredentials({id}, {secret})", "client = (", "    EcsClient.new_builder()", "    .with_credentials(credentials)",
                      '    .with_region(EcsRegion.value_of("{region}"))', "    .build()", ")", "print(client.list_servers_details(ListServersDetailsRequest(limit=20)))"]),
    "ovh/api_credentials": (["import ovh"],
                            ["client = ovh.Client(", "    endpoint={endpoint},", "    application_key={id},", "    application_secret={secret},",
                             "    consumer_key={consumer},", ")", "", 'for name in client.get("/cloud/project"):', "    print(name)"]),
    "scaleway/secret_key": (["from scaleway import Client", "from scaleway.instance.v1 import InstanceV1API"],
                            ["client = Client(", "    access_key={id},", "    secret_key={secret},", "    default_project_id={project},",
                             '    default_region="fr-par",', '    default_zone="fr-par-1",', ")", "api = InstanceV1API(client)",
                             "for srv in api.list_servers_all():", "    print(srv.name, srv.state)"]),
    "exoscale/api_secret": (["from exoscale.api.v2 import Client"],
                            ['client = Client({id}, {secret}, zone="{zone}")', 'for inst in client.list_instances()["instances"]:', '    print(inst["name"])']),
    "upcloud/password": (["import upcloud_api"],
                         ["manager = upcloud_api.CloudManager({user}, {password})", "manager.authenticate()", "for server in manager.get_servers():",
                          "    print(server.hostname, server.state)"]),
    "minio/root_password": (["from minio import Minio"],
                            ['client = Minio("minio.%s.internal:9000", access_key={user}, secret_key={password}, secure=True)',
                             'if not client.bucket_exists("backups"):', '    client.make_bucket("backups")']),
    "aws/ses_smtp_password": (["import smtplib", "from email.message import EmailMessage"],
                              ['SMTP_HOST = "{host}"', "", "def send(to, subject, body):", "    msg = EmailMessage()",
                               '    msg["From"] = "no-reply@%s.com"', '    msg["To"] = to', '    msg["Subject"] = subject', "    msg.set_content(body)",
                               "    with smtplib.SMTP(SMTP_HOST, 587) as s:", "        s.starttls()", "        s.login({user}, {password})", "        s.send_message(msg)"]),
    "gcp/oauth_client_secret": (["from google_auth_oauthlib.flow import Flow"],
                                ["CLIENT_CONFIG = {", '    "web": {', '        "client_id": {client},', '        "client_secret": {secret},',
                                 '        "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '        "token_uri": "https://oauth2.googleapis.com/token",',
                                 "    }", "}", 'flow = Flow.from_client_config(CLIENT_CONFIG, scopes=["openid", "email"])',
                                 'flow.redirect_uri = "https://app.%s.com/oauth2/callback"']),
    "digitalocean/personal_access_token": (["from pydo import Client"], ["client = Client(token={token})", 'resp = client.droplets.list(per_page=100)',
                                                                         'for d in resp["droplets"]:', '    print(d["id"], d["name"])']),
    "linode/personal_access_token": (["from linode_api4 import LinodeClient"], ["client = LinodeClient({token})", "for inst in client.linode.instances():",
                                                                               "    print(inst.label, inst.status)"]),
    "hetzner/cloud_token": (["from hcloud import Client"], ["client = Client(token={token})", "for server in client.servers.get_all():",
                                                             "    print(server.name, server.status)"]),
    "cloudflare/api_token": (["from cloudflare import Cloudflare"], ["cf = Cloudflare(api_token={token})", "for zone in cf.zones.list():", "    print(zone.name)"]),
    "ibm/api_key": (["from ibm_cloud_sdk_core.authenticators import IAMAuthenticator", "from ibm_platform_services import ResourceControllerV2"],
                    ["authenticator = IAMAuthenticator({token})", "rc = ResourceControllerV2(authenticator=authenticator)",
                     "print(rc.list_resource_instances().get_result())"]),
    "gcp/api_key": (["import googlemaps"], ["gmaps = googlemaps.Client(key={token})", "", "def geocode(address):", "    return gmaps.geocode(address)"]),
    "oci/auth_token": (["import docker"], ["client = docker.from_env()", 'client.login(username="{ns}/{user}", password={token}, registry="{region}.ocir.io")']),
    "azure/devops_pat": (["from azure.devops.connection import Connection", "from msrest.authentication import BasicAuthentication"],
                         ["credentials = BasicAuthentication('', {token})", "connection = Connection(base_url='https://dev.azure.com/{org}', creds=credentials)",
                          "core = connection.clients.get_core_client()", "for p in core.get_projects():", "    print(p.name)"]),
}

JS_SDK = {
    "azure/client_secret": (["import { ClientSecretCredential } from '@azure/identity';", "import { SecretClient } from '@azure/keyvault-secrets';"],
                            ["const credential = new ClientSecretCredential({tenant}, {client}, {secret});",
                             "const kv = new SecretClient('https://kv-%s.vault.azure.net', credential);"]),
    "azure/storage_account_key": (["import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';"],
                                  ["const acct = {account};", "const cred = new StorageSharedKeyCredential(acct, {secret});",
                                   "const blobs = new BlobServiceClient(`https://${acct}.blob.core.windows.net`, cred);"]),
    "gcp/api_key": ([], ["const GEOCODE = 'https://maps.googleapis.com/maps/api/geocode/json';", "", "export async function geocode(address) {",
                         "  const url = new URL(GEOCODE);", "  url.searchParams.set('address', address);", "  url.searchParams.set('key', {token});",
                         "  const res = await fetch(url);", "  return (await res.json()).results[0];", "}"]),
    "ibm/api_key": (["import { IamAuthenticator } from 'ibm-cloud-sdk-core';", "import { ResourceControllerV2 } from '@ibm-cloud/platform-services';"],
                    ["const authenticator = new IamAuthenticator({ apikey: {token} });",
                     "export const rc = new ResourceControllerV2({ authenticator, serviceUrl: 'https://resource-controller.cloud.ibm.com' });"]),
    "azure/cosmosdb_key": (["import { CosmosClient } from '@azure/cosmos';"], ["const client = new CosmosClient({ endpoint: {endpoint}, key: {secret} });",
                                                                               "const { database } = await client.databases.createIfNotExists({ id: 'orders' });"]),
    "alibaba/access_key": (["import Core from '@alicloud/pop-core';"],
                           ["const client = new Core({", "  accessKeyId: {id},", "  accessKeySecret: {secret},",
                            "  endpoint: 'https://ecs.aliyuncs.com',", "  apiVersion: '2014-05-26',", "});"]),
    "tencent/secret_key": (["import * as tencentcloud from 'tencentcloud-sdk-nodejs';"],
                           ["const CvmClient = tencentcloud.cvm.v20170312.Client;", "const client = new CvmClient({",
                            "  credential: { secretId: {id}, secretKey: {secret} },", "  region: '{region}',", "});"]),
    "ovh/api_credentials": (["import ovhClient from 'ovh';"], ["const ovh = ovhClient({", "  endpoint: {endpoint},", "  appKey: {id},",
                                                              "  appSecret: {secret},", "  consumerKey: {consumer},", "});"]),
    "scaleway/secret_key": (["import { createClient } from '@scaleway/sdk';"], ["const client = createClient({", "  accessKey: {id},", "  secretKey: {secret},",
                                                                               "  defaultProjectId: {project},", "  defaultRegion: 'fr-par',", "  defaultZone: 'fr-par-1',", "});"]),
    "aws/ses_smtp_password": (["import nodemailer from 'nodemailer';"], ["export const transport = nodemailer.createTransport({", "  host: '{host}',",
                                                                         "  port: 587,", "  auth: { user: {user}, pass: {password} },", "});"]),
    "minio/root_password": (["import * as Minio from 'minio';"], ["const minio = new Minio.Client({", "  endPoint: 'minio.%s.internal',", "  port: 9000,",
                                                                  "  useSSL: true,", "  accessKey: {user},", "  secretKey: {password},", "});"]),
    "cloudflare/api_token": (["import Cloudflare from 'cloudflare';"], ["const cf = new Cloudflare({ apiToken: {token} });"]),
}


def sub(tpl, vals, c):
    out = tpl
    for k, v in vals.items():
        out = out.replace("{%s}" % k, v)
    for k, v in c.x.items():
        if isinstance(v, str):
            out = out.replace("{%s}" % k, v)
    if "%s" in out:
        out = out.replace("%s", ORGS[len(out) % len(ORGS)])
    return out


def code_vals(x, syn, const_style):
    """role -> expression; optionally hoist into named constants."""
    r, c = x.r, x.c
    decl, vals = [], {}
    for fl in c.fields:
        expr = x.v(fl.role, syn)
        if const_style and (fl.secret or chance(r, 0.5)):
            if syn == "py":
                nm = x.n(fl.role)
                decl.append("%s = %s" % (nm, expr))
            elif syn in ("js", "ts"):
                nm = x.n(fl.role, "camel") if chance(r, 0.5) else x.n(fl.role)
                decl.append("const %s%s = %s;" % (nm, ": string" if syn == "ts" and not x.neg else "", expr))
            else:
                nm = x.n(fl.role, "camel")
                decl.append("\t%s = %s" % (nm, expr))
            vals[fl.role] = nm
        else:
            vals[fl.role] = expr
    return decl, vals


def r_py(x):
    r, c = x.r, x.c
    decl, vals = code_vals(x, "py", chance(r, 0.55))
    imports = ["import os", "import logging"]
    body = []
    if c.family == "s3":
        imports.append("import boto3")
        if c.x.get("endpoint") is None:
            body += ["session = boto3.session.Session(", "    aws_access_key_id=%s," % vals["id"], "    aws_secret_access_key=%s," % vals["secret"]]
            if c.f("token"):
                body.append("    aws_session_token=%s," % vals["token"])
            body += ['    region_name="%s",' % c.x["region"], ")", 's3 = session.client("s3")']
        else:
            body += ["s3 = boto3.client(", '    "s3",', '    endpoint_url="%s",' % c.x["endpoint"], "    aws_access_key_id=%s," % vals["id"],
                     "    aws_secret_access_key=%s," % vals["secret"], '    region_name="%s",' % c.x["region"], ")"]
        body += ["", "def upload(path, key):", '    log.info("uploading %%s to s3://%s/%%s", path, key)' % c.x["bucket"],
                 '    s3.upload_file(path, "%s", key)' % c.x["bucket"], "", "def listing(prefix=\"\"):",
                 '    resp = s3.list_objects_v2(Bucket="%s", Prefix=prefix)' % c.x["bucket"], '    return [o["Key"] for o in resp.get("Contents", [])]']
    elif c.kind in PY_SDK:
        imps, tpl = PY_SDK[c.kind]
        imports += imps
        body += [sub(t, vals, c) for t in tpl]
    else:
        imports.append("import requests")
        api = token_api(c)
        tok = vals.get("token") or vals.get("secret")
        if api and c.f("token"):
            h, fmt = api[1].split(": ", 1)
            body += ["session = requests.Session()", 'session.headers["%s"] = %s' % (h, ('f"%s"' % (fmt % ("{" + tok + "}"))) if fmt != "%s" else tok),
                     "", "def inventory():", '    resp = session.get("%s", timeout=30)' % api[0].replace("{org}", c.x.get("org", "contoso")),
                     "    resp.raise_for_status()", "    return resp.json()"]
        else:
            body += ["CONFIG = {"] + ['    "%s": %s,' % (fl.role if fl.role not in ("id", "secret") else {"id": "access_key", "secret": "secret_key"}[fl.role], vals[fl.role]) for fl in c.fields]
            body += ['    "region": "%s",' % c.x.get("region", "default"), "}", "", "def client():",
                     '    return requests.Session()']
    lines = ['"""%s helpers for the %s service."""' % (LABEL[c.provider], pick(r, TEAMS))] + imports + ["", "log = logging.getLogger(__name__)", ""]
    lines += decl + ([""] if decl else []) + body
    if chance(r, 0.5):
        lines += ["", "", 'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)", "    print(%s)" % ("listing()" if c.family == "s3" else "'ok'")]
    return pick(r, ["app/storage.py", "scripts/sync.py", "%s/clients.py" % pick(r, TEAMS), "tools/inventory.py", "src/%s/cloud.py" % pick(r, TEAMS)]), "python", lines


def r_js(x, ts=False):
    r, c = x.r, x.c
    syn = "ts" if ts else "js"
    decl, vals = code_vals(x, syn, chance(r, 0.5))
    imports, body = [], []
    if c.family == "s3":
        imports.append("import { S3Client, PutObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';")
        body += ["export const s3 = new S3Client({", "  region: '%s'," % c.x["region"]]
        if c.x.get("endpoint"):
            body.append("  endpoint: '%s'," % c.x["endpoint"])
            if c.provider in ("minio",):
                body.append("  forcePathStyle: true,")
        body += ["  credentials: {", "    accessKeyId: %s," % vals["id"], "    secretAccessKey: %s," % vals["secret"]]
        if c.f("token"):
            body.append("    sessionToken: %s," % vals["token"])
        body += ["  },", "});", "", "export async function upload(key%s, body%s) {" % ((": string", ": Buffer") if ts else ("", "")),
                 "  await s3.send(new PutObjectCommand({ Bucket: '%s', Key: key, Body: body }));" % c.x["bucket"], "}"]
    elif c.kind in JS_SDK:
        imps, tpl = JS_SDK[c.kind]
        imports += imps
        body += [sub(t, vals, c) for t in tpl]
    else:
        api = token_api(c)
        if api and c.f("token"):
            h, fmt = api[1].split(": ", 1)
            tv = "${%s}" % vals["token"]
            body += ["const BASE = '%s';" % api[0].split("?")[0].replace("{org}", c.x.get("org", "contoso")), "",
                     "export async function list()%s {" % (": Promise<unknown>" if ts else ""),
                     "  const res = await fetch(BASE, {", "    headers: { '%s': `%s`, Accept: 'application/json' }," % (h, fmt % tv), "  });",
                     "  if (!res.ok) throw new Error(`HTTP ${res.status}`);", "  return res.json();", "}"]
        else:
            body += ["export const cloudConfig = {"] + ["  %s: %s," % (camel(x.n(fl.role)) if x.naming == "generic" else
                                                                       {"id": "accessKeyId", "secret": "accessKeySecret", "token": "token", "password": "password",
                                                                        "user": "username"}.get(fl.role, fl.role), vals[fl.role]) for fl in c.fields]
            body += ["  region: '%s'," % c.x.get("region", c.x.get("zone", "default")), "};"]
    lines = ["// %s client setup" % LABEL[c.provider]] + imports + [""] + decl + ([""] if decl else []) + body
    ext = "ts" if ts else pick(r, ["js", "mjs"])
    path = pick(r, ["src/lib/storage.%s", "src/cloud.%s", "scripts/sync.%s", "server/clients/%s." % pick(r, TEAMS) + "%s", "lib/provider.%s"]) % ext
    return path, "typescript" if ts else "javascript", lines


def r_ts(x):
    return r_js(x, ts=True)


def r_go(x):
    r, c = x.r, x.c
    decl, vals = code_vals(x, "go", chance(r, 0.5))
    imports = ['"context"', '"log"']
    if any("os.Getenv" in v for v in vals.values()) or any("os.Getenv" in d for d in decl):
        imports.append('"os"')
    body = []
    if c.family == "s3":
        imports += ['"github.com/aws/aws-sdk-go-v2/aws"', '"github.com/aws/aws-sdk-go-v2/config"', '"github.com/aws/aws-sdk-go-v2/credentials"',
                    '"github.com/aws/aws-sdk-go-v2/service/s3"']
        body += ["func newS3(ctx context.Context) (*s3.Client, error) {"]
        if decl:
            body += ["\tvar ("] + ["\t" + d for d in decl] + ["\t)"]
        body += ["\tcfg, err := config.LoadDefaultConfig(ctx,", '\t\tconfig.WithRegion("%s"),' % c.x["region"],
                 "\t\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(%s, %s, %s))," % (vals["id"], vals["secret"], vals.get("token", '""')),
                 "\t)", "\tif err != nil {", "\t\treturn nil, err", "\t}"]
        if c.x.get("endpoint"):
            body += ["\treturn s3.NewFromConfig(cfg, func(o *s3.Options) {", '\t\to.BaseEndpoint = aws.String("%s")' % c.x["endpoint"],
                     "\t\to.UsePathStyle = true", "\t}), nil", "}"]
        else:
            body += ["\t_ = aws.String", "\treturn s3.NewFromConfig(cfg), nil", "}"]
    elif c.kind == "azure/client_secret":
        imports += ['"github.com/Azure/azure-sdk-for-go/sdk/azidentity"']
        body += ["func credential() (*azidentity.ClientSecretCredential, error) {"]
        if decl:
            body += ["\tvar ("] + ["\t" + d for d in decl] + ["\t)"]
        body += ["\treturn azidentity.NewClientSecretCredential(%s, %s, %s, nil)" % (vals["tenant"], vals["client"], vals["secret"]), "}"]
    else:
        imports += ['"net/http"', '"time"']
        body += ["type Client struct {", "\thttp  *http.Client", "\tcreds map[string]string", "}", "", "func New() *Client {"]
        if decl:
            body += ["\tvar ("] + ["\t" + d for d in decl] + ["\t)"]
        body += ["\treturn &Client{", "\t\thttp: &http.Client{Timeout: 30 * time.Second},", "\t\tcreds: map[string]string{"]
        body += ['\t\t\t"%s": %s,' % (fl.role, vals[fl.role]) for fl in c.fields]
        body += ["\t\t},", "\t}", "}"]
        api = token_api(c)
        if api and c.f("token"):
            h, fmt = api[1].split(": ", 1)
            body += ["", "func (c *Client) List(ctx context.Context) (*http.Response, error) {",
                     '\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, "%s", nil)' % api[0].replace("{org}", c.x.get("org", "contoso")),
                     "\tif err != nil {", "\t\treturn nil, err", "\t}", '\treq.Header.Set("%s", "%s"+c.creds["token"])' % (h, fmt.replace("%s", "")),
                     "\treturn c.http.Do(req)", "}"]
    pkg = pick(r, ["storage", "cloud", "infra", "main"])
    lines = ["package %s" % pkg, "", "import ("] + ["\t" + i for i in imports] + [")", "", "var _ = log.Printf", "var _ = context.Background", ""] + body
    return pick(r, ["internal/%s/client.go" % pkg, "pkg/%s/%s.go" % (pkg, c.provider.split("_")[0]), "cmd/sync/%s.go" % pkg]), "go", lines


# ----------------------------------------------------------------------------
# IaC renderers (terraform, tfvars, pulumi, packer)
# ----------------------------------------------------------------------------

TF_SOURCE = {"aws": "hashicorp/aws", "azurerm": "hashicorp/azurerm", "ibm": "IBM-Cloud/ibm", "alicloud": "aliyun/alicloud",
             "tencentcloud": "tencentcloudstack/tencentcloud", "huaweicloud": "huaweicloud/huaweicloud", "digitalocean": "digitalocean/digitalocean",
             "linode": "linode/linode", "vultr": "vultr/vultr", "hcloud": "hetznercloud/hcloud", "hetznerdns": "timohirt/hetznerdns",
             "civo": "civo/civo", "equinix": "equinix/equinix", "cloudflare": "cloudflare/cloudflare", "ovh": "ovh/ovh",
             "scaleway": "scaleway/scaleway", "exoscale": "exoscale/exoscale", "upcloud": "UpCloudLtd/upcloud", "b2": "Backblaze/b2",
             "minio": "aminueza/minio"}
TF_RESOURCE = {
    "aws": ['resource "aws_s3_bucket" "assets" {', '  bucket = "%s-assets"' , "}"],
    "azurerm": ["provider_features", 'resource "azurerm_resource_group" "main" {', '  name     = "rg-%s"', '  location = "westeurope"', "}"],
    "ibm": ['resource "ibm_is_vpc" "main" {', '  name = "%s-vpc"', "}"],
    "alicloud": ['resource "alicloud_vpc" "main" {', '  vpc_name   = "%s-vpc"', '  cidr_block = "172.16.0.0/12"', "}"],
    "tencentcloud": ['resource "tencentcloud_vpc" "main" {', '  name       = "%s-vpc"', '  cidr_block = "10.0.0.0/16"', "}"],
    "huaweicloud": ['resource "huaweicloud_vpc" "main" {', '  name = "%s-vpc"', '  cidr = "192.168.0.0/16"', "}"],
    "digitalocean": ['resource "digitalocean_droplet" "web" {', '  image  = "ubuntu-22-04-x64"', '  name   = "%s-web-1"', '  region = "fra1"', '  size   = "s-2vcpu-4gb"', "}"],
    "linode": ['resource "linode_instance" "web" {', '  label  = "%s-web"', '  image  = "linode/ubuntu22.04"', '  region = "eu-central"', '  type   = "g6-standard-2"', "}"],
    "vultr": ['resource "vultr_instance" "web" {', '  plan   = "vc2-1c-2gb"', '  region = "fra"', '  os_id  = 1743', '  label  = "%s-web"', "}"],
    "hcloud": ['resource "hcloud_server" "node" {', '  name        = "%s-node-1"', '  image       = "ubuntu-24.04"', '  server_type = "cx32"', '  location    = "nbg1"', "}"],
    "hetznerdns": ['resource "hetznerdns_zone" "main" {', '  name = "%s.dev"', "  ttl  = 3600", "}"],
    "civo": ['resource "civo_kubernetes_cluster" "main" {', '  name        = "%s-k3s"', '  firewall_id = civo_firewall.main.id', "  pools {", '    size       = "g4s.kube.medium"', "    node_count = 3", "  }", "}"],
    "equinix": ['resource "equinix_metal_device" "node" {', '  hostname         = "%s-metal-1"', '  plan             = "c3.small.x86"', '  metro            = "am"',
                '  operating_system = "ubuntu_22_04"', '  billing_cycle    = "hourly"', "  project_id       = local.project_id", "}"],
    "cloudflare": ['resource "cloudflare_record" "www" {', "  zone_id = local.zone_id", '  name    = "www"', '  content = "%s.pages.dev"', '  type    = "CNAME"', "  proxied = true", "}"],
    "ovh": ['resource "ovh_cloud_project_kube" "main" {', "  service_name = local.project", '  name         = "%s-k8s"', '  region       = "GRA7"', "}"],
    "scaleway": ['resource "scaleway_instance_server" "web" {', '  type  = "DEV1-S"', '  image = "ubuntu_jammy"', '  name  = "%s-web"', "}"],
    "exoscale": ['resource "exoscale_compute_instance" "web" {', '  zone        = "ch-gva-2"', '  name        = "%s-web"', '  type        = "standard.medium"', "  template_id = data.exoscale_template.ubuntu.id", "  disk_size   = 20", "}"],
    "upcloud": ['resource "upcloud_server" "web" {', '  hostname = "%s-web"', '  zone     = "de-fra1"', '  plan     = "1xCPU-2GB"', "}"],
    "b2": ['resource "b2_bucket" "backups" {', '  bucket_name = "%s-backups"', '  bucket_type = "allPrivate"', "}"],
    "minio": ['resource "minio_s3_bucket" "state" {', '  bucket = "%s-tfstate"', '  acl    = "private"', "}"],
}


def tf_resource(x, prov):
    r = x.r
    nm = "%s-%s" % (pick(r, ORGS), pick(r, TEAMS))
    out = []
    for l in TF_RESOURCE.get(prov, []):
        if l == "provider_features":
            continue
        out.append(l.replace("%s", nm) if "%s" in l else l)
    return out


def tf_variables(x, args):
    out = []
    for role, arg in args:
        v = x.v(role, "hcl")
        if v.startswith("var."):
            out += ['variable "%s" {' % v[4:], "  type      = string", "  sensitive = true", "}", ""]
    return out


def r_tf(x):
    r, c = x.r, x.c
    spec = c.spec
    lines = []
    if spec.get("tf") and (c.family != "s3" or c.provider in ("aws", "digitalocean", "backblaze") and chance(r, 0.7)):
        prov, amap = spec["tf"]
        args = [(role, amap[role]) for role in cred_roles(c) if role in amap]
        lines += ["terraform {", "  required_version = \">= 1.5\"", "  required_providers {",
                  "    %s = {" % prov, '      source  = "%s"' % TF_SOURCE.get(prov, "hashicorp/" + prov),
                  '      version = "~> %d.%d"' % (r.randint(1, 5), r.randint(0, 40)), "    }", "  }", "}", ""]
        lines += tf_variables(x, args)
        lines.append('provider "%s" {' % prov)
        if prov == "azurerm":
            lines += ["  features {}"]
        w = max(len(a) for _, a in args)
        for role, arg in args:
            lines.append("  %s = %s" % (arg.ljust(w), x.v(role, "hcl")))
        if prov == "aws":
            lines.append("  region = \"%s\"" % c.x.get("region", "eu-west-1"))
        elif c.x.get("region") and prov in ("alicloud", "tencentcloud", "huaweicloud", "ibm"):
            lines.append("  region = \"%s\"" % c.x["region"])
        lines += ["}", ""] + tf_resource(x, prov)
        return pick(r, ["infra/main.tf", "terraform/providers.tf", "infra/%s/main.tf" % pick(r, ENVS), "modules/%s/provider.tf" % pick(r, TEAMS)]), "terraform", lines
    # S3-compatible storage driven through the AWS provider or the s3 backend
    ep = c.x.get("endpoint") or "https://s3.%s.amazonaws.com" % c.x.get("region", "us-east-1")
    args = [("id", "access_key"), ("secret", "secret_key")] + ([("token", "token")] if c.f("token") else [])
    if chance(r, 0.5):
        lines += ["terraform {", '  backend "s3" {', '    bucket = "%s"' % c.x["bucket"], '    key    = "%s/terraform.tfstate"' % pick(r, ENVS),
                  '    region = "%s"' % c.x.get("region", "us-east-1")]
        for role, arg in args:
            lines.append("    %s = %s" % (arg, x.v(role, "hcl") if not x.v(role, "hcl").startswith("var.") else quote(r, placeholder(r, c.f(role), x.n(role), c.provider), "hcl")))
        if c.x.get("endpoint"):
            lines += ['    endpoints = {', '      s3 = "%s"' % ep, "    }", "    skip_credentials_validation = true", "    skip_region_validation      = true",
                      "    skip_requesting_account_id  = true", "    use_path_style              = true"]
        lines += ["  }", "}"]
        return pick(r, ["infra/backend.tf", "terraform/backend.tf", "infra/%s/backend.tf" % pick(r, ENVS)]), "terraform", lines
    lines += tf_variables(x, args)
    lines += ['provider "aws" {', '  alias  = "%s"' % c.provider.split("_")[0], '  region = "%s"' % c.x.get("region", "us-east-1")]
    for role, arg in args:
        lines.append("  %s = %s" % (arg, x.v(role, "hcl")))
    if c.x.get("endpoint"):
        lines += ["", "  endpoints {", '    s3 = "%s"' % ep, "  }", "  skip_credentials_validation = true", "  skip_requesting_account_id  = true",
                  "  s3_use_path_style           = true"]
    lines += ["}", "", 'resource "aws_s3_bucket" "this" {', "  provider = aws.%s" % c.provider.split("_")[0], '  bucket   = "%s"' % c.x["bucket"], "}"]
    return pick(r, ["infra/storage.tf", "terraform/s3.tf", "infra/%s/buckets.tf" % pick(r, ENVS)]), "terraform", lines


def r_tfvars(x):
    r, c = x.r, x.c
    amap = (c.spec.get("tf") or (None, {"id": "access_key", "secret": "secret_key", "token": "token"}))[1]
    lines = [lead_comment(x)]
    if chance(r, 0.5):
        lines += ['environment = "%s"' % pick(r, ENVS), 'project     = "%s-%s"' % (pick(r, ORGS), pick(r, TEAMS)), ""]
    for role in cred_roles(c):
        name = amap.get(role, role) if x.naming != "generic" else x.n(role, "snake")
        v = x.v(role, "tfvars")
        lines.append("%s = %s" % (name, v))
    if c.x.get("region"):
        lines.append('region = "%s"' % c.x["region"])
    lines += ["", "instance_count = %d" % r.randint(1, 6), 'tags = {', '  owner = "%s"' % pick(r, TEAMS), '  cost_center = "%d"' % r.randint(1000, 9999), "}"]
    return pick(r, ["terraform.tfvars", "infra/%s.tfvars" % pick(r, ENVS), "env/%s/terraform.tfvars" % pick(r, ENVS), "secrets.auto.tfvars"]), "tfvars", lines


def pulumi_cipher(r):
    return "v1:%s:%s" % (b64_bytes(r, 12), b64_bytes(r, r.randint(28, 80)))


def r_pulumi(x):
    r, c = x.r, x.c
    ns, amap = c.spec["pulumi"]
    stack = pick(r, ENVS)
    lines = []
    if chance(r, 0.5):
        lines.append("encryptionsalt: v1:%s:v1:%s:%s" % (b64_bytes(r, 8), b64_bytes(r, 12), b64_bytes(r, 32)))
    lines.append("config:")
    if ns == "aws":
        lines.append("  aws:region: %s" % c.x.get("region", "eu-west-1"))
    for role in cred_roles(c):
        if role not in amap:
            continue
        key = "%s:%s" % (ns, amap[role])
        fl = c.f(role)
        if x.neg and (fl.secret or not fl.public):
            if chance(r, 0.75):
                lines += ["  %s:" % key, "    secure: %s" % pulumi_cipher(r)]
            else:
                lines.append("  %s: %s" % (key, quote(r, placeholder(r, fl, x.n(role), c.provider), "yaml")))
        else:
            lines.append("  %s: %s" % (key, x.v(role, "yaml")))
    lines += ["  %s:environment: %s" % (pick(r, TEAMS), stack), "  %s:replicas: \"%d\"" % (pick(r, TEAMS), r.randint(1, 5))]
    if chance(r, 0.5):
        lines += ["  %s:dbPassword:" % pick(r, TEAMS), "    secure: %s" % pulumi_cipher(r)]
    return pick(r, ["Pulumi.%s.yaml" % stack, "infra/Pulumi.%s.yaml" % stack]), "pulumi_yaml", lines


PACKER_SRC = {"amazon-ebs": ("github.com/hashicorp/amazon", ['ami_name      = "%s-{{timestamp}}"', '  instance_type = "t3.small"', '  region        = "eu-west-1"', '  ssh_username  = "ubuntu"']),
              "azure-arm": ("github.com/hashicorp/azure", ['managed_image_name                = "%s-img"', '  managed_image_resource_group_name = "rg-images"', '  os_type                           = "Linux"',
                                                           '  image_publisher                   = "Canonical"', '  location                          = "westeurope"', '  vm_size                           = "Standard_B2s"']),
              "digitalocean": ("github.com/digitalocean/digitalocean", ['image         = "ubuntu-22-04-x64"', '  region        = "fra1"', '  size          = "s-1vcpu-1gb"', '  snapshot_name = "%s-{{timestamp}}"', '  ssh_username  = "root"']),
              "linode": ("github.com/linode/linode", ['image         = "linode/ubuntu22.04"', '  region        = "eu-central"', '  instance_type = "g6-standard-1"', '  image_label   = "%s-golden"', '  ssh_username  = "root"']),
              "vultr": ("github.com/vultr/vultr", ['os_id                = 1743', '  plan_id              = "vc2-1c-1gb"', '  region_id            = "fra"', '  snapshot_description = "%s base"', '  ssh_username         = "root"']),
              "hcloud": ("github.com/hetznercloud/hcloud", ['image         = "ubuntu-24.04"', '  location      = "nbg1"', '  server_type   = "cx22"', '  snapshot_name = "%s-base"', '  ssh_username  = "root"']),
              "alicloud-ecs": ("github.com/hashicorp/alicloud", ['region               = "cn-hangzhou"', '  image_name           = "%s-base"', '  source_image         = "ubuntu_22_04_x64_20G_alibase_20240130.vhd"', '  instance_type        = "ecs.g7.large"', '  ssh_username         = "root"']),
              "tencentcloud-cvm": ("github.com/hashicorp/tencentcloud", ['region            = "ap-guangzhou"', '  zone              = "ap-guangzhou-4"', '  instance_type     = "S5.MEDIUM4"', '  image_name        = "%s-base"', '  ssh_username      = "root"']),
              "huaweicloud-ecs": ("github.com/huaweicloud/huaweicloud", ['region            = "cn-north-4"', '  flavor            = "s6.large.2"', '  image_name        = "%s-base"', '  source_image_name = "Ubuntu 22.04 server 64bit"', '  ssh_username      = "root"']),
              "scaleway": ("github.com/scaleway/scaleway", ['zone            = "fr-par-1"', '  commercial_type = "DEV1-S"', '  image           = "ubuntu_jammy"', '  image_name      = "%s-base"', '  ssh_username    = "root"']),
              "exoscale": ("github.com/exoscale/exoscale", ['instance_template = "Linux Ubuntu 22.04 LTS 64-bit"', '  template_zone     = "ch-gva-2"', '  template_name     = "%s-base"', '  ssh_username      = "ubuntu"']),
              "upcloud": ("github.com/UpCloudLtd/upcloud", ['zone            = "de-fra1"', '  storage_name    = "Ubuntu Server 22.04 LTS (Jammy Jellyfish)"', '  template_prefix = "%s"']),
              "ibmcloud-vpc": ("github.com/IBM/ibmcloud", ['region         = "us-south"', '  subnet_id      = "0717-%s"', '  image_name     = "%s-base"', '  vsi_profile    = "bx2-2x8"', '  communicator   = "ssh"', '  ssh_username   = "root"'])}


def r_packer(x):
    r, c = x.r, x.c
    btype, amap = c.spec["packer"]
    plugin, body = PACKER_SRC[btype]
    pname = plugin.rsplit("/", 1)[1]
    nm = "%s-%s" % (pick(r, ORGS), pick(r, TEAMS))
    lines = ["packer {", "  required_plugins {", "    %s = {" % pname, '      version = ">= %d.%d.0"' % (r.randint(1, 2), r.randint(0, 9)),
             '      source  = "%s"' % plugin, "    }", "  }", "}", ""]
    args = [(role, amap[role]) for role in cred_roles(c) if role in amap]
    for role, arg in args:
        v = x.v(role, "packer")
        if v.startswith("var."):
            lines += ['variable "%s" {' % v[4:], "  type      = string", '  default   = env("%s")' % x.n(role), "  sensitive = true", "}", ""]
    lines.append('source "%s" "base" {' % btype)
    for role, arg in args:
        lines.append("  %s = %s" % (arg, x.v(role, "packer")))
    lines += ["  " + l.strip().replace("%s", nm) for l in body]
    lines += ["}", "", "build {", '  sources = ["source.%s.base"]' % btype, "", '  provisioner "shell" {', "    inline = [",
              '      "apt-get update -y",', '      "apt-get install -y %s",' % pick(r, ["nginx", "docker.io", "prometheus-node-exporter", "chrony"]), "    ]", "  }", "}"]
    return pick(r, ["packer.pkr.hcl", "images/%s.pkr.hcl" % pick(r, TEAMS), "packer/base.pkr.hcl"]), "packer_hcl", lines


# ----------------------------------------------------------------------------
# native config renderers for S3-style keys
# ----------------------------------------------------------------------------

def ini_val(x, role):
    v = x.v(role, "ini")
    return v


def r_aws_credentials(x):
    r, c = x.r, x.c
    prof = "default" if c.provider == "aws" and chance(r, 0.5) else pick(r, [c.provider.split("_")[0], pick(r, ENVS), "%s-%s" % (pick(r, TEAMS), pick(r, ENVS))])
    lines = []
    if chance(r, 0.4):
        lines += ["[%s-sso]" % pick(r, ORGS), "credential_process = aws-vault export --format=json %s-%s" % (pick(r, ORGS), pick(r, ENVS)), ""]
    lines.append("[%s]" % prof)
    if x.neg and x.negstyle == "ref":
        lines.append("credential_process = %s" % pick(r, ["aws-vault export --format=json %s" % prof, "granted credential-process --profile %s" % prof,
                                                          "/usr/local/bin/op-aws-creds %s" % prof, "aws-sso-util credential-process --profile %s" % prof]))
    else:
        lines.append("aws_access_key_id = %s" % ini_val(x, "id"))
        lines.append("aws_secret_access_key = %s" % ini_val(x, "secret"))
        if c.f("token"):
            lines.append("aws_session_token = %s" % ini_val(x, "token"))
    if c.x.get("endpoint") and chance(r, 0.5):
        lines.append("endpoint_url = %s" % c.x["endpoint"])
    if chance(r, 0.5):
        lines += ["", "[%s-readonly]" % pick(r, ORGS), "role_arn = arn:aws:iam::%s:role/ReadOnly" % aws_account(r), "source_profile = %s" % prof]
    return pick(r, [".aws/credentials", "dotfiles/aws/credentials", "home/%s/.aws/credentials" % pick(r, FIRST), "ci/aws/credentials"]), "aws_credentials", lines


def r_aws_config(x):
    r, c = x.r, x.c
    prof = pick(r, [pick(r, ENVS), c.provider.split("_")[0], "%s-%s" % (pick(r, TEAMS), pick(r, ENVS))])
    lines = ["[default]", "region = %s" % pick(r, AWS_REGIONS), "output = json", "",
             "[profile %s]" % prof, "region = %s" % c.x.get("region", "us-east-1")]
    if not (x.neg and x.negstyle == "ref"):
        lines.append("aws_access_key_id = %s" % ini_val(x, "id"))
        lines.append("aws_secret_access_key = %s" % ini_val(x, "secret"))
        if c.f("token"):
            lines.append("aws_session_token = %s" % ini_val(x, "token"))
    else:
        lines.append("credential_process = aws-vault export --format=json %s" % prof)
    if c.x.get("endpoint"):
        lines += ["services = %s-s3" % prof, "", "[services %s-s3]" % prof, "s3 =", "  endpoint_url = %s" % c.x["endpoint"], "  addressing_style = path"]
    lines += ["", "[profile %s-admin]" % pick(r, ORGS), "sso_session = %s" % pick(r, ORGS), "sso_account_id = %s" % aws_account(r),
              "sso_role_name = AdministratorAccess", "region = %s" % pick(r, AWS_REGIONS), "",
              "[sso-session %s]" % pick(r, ORGS), "sso_start_url = https://d-%s.awsapps.com/start" % hexs(r, 10), "sso_region = us-east-1",
              "sso_registration_scopes = sso:account:access"]
    return pick(r, [".aws/config", "dotfiles/aws/config", "devcontainer/aws/config"]), "aws_config", lines


def r_s3cfg(x):
    r, c = x.r, x.c
    ep = c.x.get("endpoint") or "https://s3.amazonaws.com"
    host = ep.split("://", 1)[1]
    hb = "%(bucket)s." + host if c.provider not in ("minio",) else host
    lines = ["[default]", "access_key = %s" % ini_val(x, "id"), "secret_key = %s" % ini_val(x, "secret")]
    if c.f("token"):
        lines.append("access_token = %s" % ini_val(x, "token"))
    lines += ["bucket_location = %s" % c.x.get("region", "US"), "host_base = %s" % host, "host_bucket = %s" % hb,
              "use_https = %s" % ("True" if ep.startswith("https") else "False"), "check_ssl_certificate = True", "signature_v2 = False",
              "multipart_chunk_size_mb = %d" % pick(r, [15, 32, 64]), "guess_mime_type = True", "human_readable_sizes = True",
              "progress_meter = False", "server_side_encryption = False", "socket_timeout = 300"]
    if x.neg and x.negstyle == "ref":
        lines[1] = "access_key ="
        lines[2] = "secret_key ="
        lines.insert(1, "# keys come from AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (s3cmd reads the environment)")
        if c.f("token"):
            lines[4] = "access_token ="
    return pick(r, [".s3cfg", "config/s3cfg", "backup/.s3cfg", "ops/%s.s3cfg" % c.provider.split("_")[0]]), "s3cfg", lines


def r_rclone(x):
    r, c = x.r, x.c
    remote = pick(r, [c.provider.split("_")[0], "offsite", "backup", "%s-%s" % (c.provider.split("_")[0], pick(r, ENVS))])
    lines = ["[local-crypt]", "type = crypt", "remote = %s:%s/encrypted" % (remote, c.x["bucket"]), "filename_encryption = standard", "",
             "[%s]" % remote, "type = s3", "provider = %s" % RCLONE_PROVIDER.get(c.provider, "Other")]
    if x.neg and x.negstyle == "ref":
        lines.append("env_auth = true")
    else:
        lines += ["env_auth = false", "access_key_id = %s" % ini_val(x, "id"), "secret_access_key = %s" % ini_val(x, "secret")]
        if c.f("token"):
            lines.append("session_token = %s" % ini_val(x, "token"))
    if c.x.get("endpoint"):
        lines.append("endpoint = %s" % c.x["endpoint"])
    lines += ["region = %s" % c.x.get("region", "us-east-1"), "acl = private"]
    if chance(r, 0.5):
        lines += ["no_check_bucket = true", "chunk_size = %dMi" % pick(r, [16, 32, 64])]
    if lines[0] == "[local-crypt]" and chance(r, 0.5):
        lines = lines[5:]
    return pick(r, ["rclone.conf", ".config/rclone/rclone.conf", "backup/rclone.conf", "ops/rclone/rclone.conf"]), "rclone_conf", lines


def r_boto(x):
    r, c = x.r, x.c
    gs = c.provider == "gcp"
    lines = ["# This file contains credentials and other configuration information needed",
             "# by the boto library, used by gsutil. You can edit this file (e.g., to add",
             "# credentials) but be careful not to mis-edit any of the variable names.", "", "[Credentials]"]
    if gs:
        lines += ["gs_access_key_id = %s" % ini_val(x, "id"), "gs_secret_access_key = %s" % ini_val(x, "secret")]
    else:
        lines += ["aws_access_key_id = %s" % ini_val(x, "id"), "aws_secret_access_key = %s" % ini_val(x, "secret")]
    lines += ["", "[Boto]", "https_validate_certificates = True", "", "[GSUtil]", "content_language = en",
              "default_api_version = %d" % pick(r, [1, 2]), "default_project_id = %s" % gcp_project(r), "parallel_composite_upload_threshold = 150M",
              "", "[OAuth2]"]
    return pick(r, [".boto", "dotfiles/boto", "ci/.boto"]), "boto", lines


def r_mc_json(x):
    r, c = x.r, x.c
    alias = pick(r, ["myminio", c.provider.split("_")[0], "prod", "backup", pick(r, ORGS)])
    ep = c.x.get("endpoint") or "https://s3.amazonaws.com"

    def j(role):
        v = x.v(role, "json")
        return v
    lines = ["{", '\t"version": "10",', '\t"aliases": {', '\t\t"%s": {' % alias, '\t\t\t"url": "%s",' % ep,
             '\t\t\t"accessKey": %s,' % j("id"), '\t\t\t"secretKey": %s,' % j("secret"), '\t\t\t"api": "s3v4",', '\t\t\t"path": "auto"', "\t\t},",
             '\t\t"local": {', '\t\t\t"url": "http://localhost:9000",', '\t\t\t"accessKey": "",', '\t\t\t"secretKey": "",', '\t\t\t"api": "S3v4",',
             '\t\t\t"path": "auto"', "\t\t}", "\t}", "}"]
    return pick(r, [".mc/config.json", "ops/mc/config.json", "dotfiles/mc/config.json"]), "json", lines


S3_RENDERERS = [r_aws_credentials, r_aws_config, r_s3cfg, r_rclone, r_env, r_sh, r_ps1, r_make, r_gha, r_compose, r_values,
                r_k8s, r_readme, r_cloudinit, r_py, r_js, r_ts, r_go, r_tf, r_tfvars]
TOKEN_RENDERERS = [r_env, r_sh, r_ps1, r_make, r_gha, r_compose, r_values, r_k8s, r_readme, r_cloudinit, r_py, r_js, r_ts, r_go]


# ----------------------------------------------------------------------------
# kind-specific renderers ("specials")
# ----------------------------------------------------------------------------

def embed(x, role):
    """Raw value to embed inside a larger string (connection string, URL, JSON)."""
    fl = x.c.f(role)
    if not x.neg or (not fl.secret and fl.public):
        return fl.val
    if x.negstyle == "masked":
        return masked(x.r, fl.val)
    return placeholder(x.r, fl, x.n(role), x.c.provider)


def iso(r, future=False):
    y = r.randint(2025, 2026) if future else r.randint(2023, 2025)
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def sp_credproc_json(x):
    r, c = x.r, x.c
    d = [("Version", 1), ("AccessKeyId", embed(x, "id")), ("SecretAccessKey", embed(x, "secret"))]
    if chance(r, 0.6):
        d.append(("Expiration", iso(r, True)))
    lines = ["{"] + ['  "%s": %s%s' % (k, json.dumps(v), "," if i < len(d) - 1 else "") for i, (k, v) in enumerate(d)] + ["}"]
    return pick(r, ["tools/aws/creds-%s.json" % pick(r, ENVS), ".aws/static-%s.json" % pick(r, TEAMS), "ci/credential-process.json"]), "json", lines


def sp_credproc_script(x):
    r, c = x.r, x.c
    prof = pick(r, ENVS)
    lines = ["#!/bin/sh", "# Used from ~/.aws/config:", "#   [profile %s]" % prof, "#   credential_process = %s/bin/aws-creds-%s" % ("$HOME", prof), ""]
    if x.neg and x.negstyle == "ref":
        lines += ["exec aws-vault export --format=json %s" % prof]
    else:
        lines += ["cat <<EOF", "{", '  "Version": 1,', '  "AccessKeyId": "%s",' % embed(x, "id"), '  "SecretAccessKey": "%s",' % embed(x, "secret"),
                  '  "Expiration": "%s"' % iso(r, True), "}", "EOF"]
    return "bin/aws-creds-%s" % prof, "shell", lines


def _pem(x):
    c, r = x.c, x.r
    kindp = c.x.get("pemkind", "pkcs8")
    pl = pem_lines(r, kindp)
    x.needle = pl[1]
    return pl


def sp_pem_file(x):
    r, c = x.r, x.c
    pl = _pem(x)
    if c.provider == "oracle":
        if chance(r, 0.5):
            pl.append("OCI_API_KEY")
        return pick(r, [".oci/oci_api_key.pem", "keys/oci_api_key.pem", "infra/oci/%s_api_key.pem" % pick(r, FIRST)]), "pem", pl
    return pick(r, ["keys/cloudfront-%s.pem" % c.x["keypair"].lower(), "certs/pk-%s.pem" % c.x["keypair"], "config/cloudfront_private_key.pem"]), "pem", pl


def sp_pem_py(x):
    r, c = x.r, x.c
    pl = _pem(x)
    lines = ['"""Signed URLs for private CloudFront distributions."""', "import datetime", "", "from botocore.signers import CloudFrontSigner",
             "from cryptography.hazmat.primitives import hashes, serialization", "from cryptography.hazmat.primitives.asymmetric import padding", "",
             'KEY_PAIR_ID = "%s"' % c.x["keypair"], 'PRIVATE_KEY_PEM = b"""' + pl[0]] + pl[1:] + ['"""', "",
             "def _rsa_signer(message):", "    key = serialization.load_pem_private_key(PRIVATE_KEY_PEM, password=None)",
             "    return key.sign(message, padding.PKCS1v15(), hashes.SHA1())", "", "signer = CloudFrontSigner(KEY_PAIR_ID, _rsa_signer)", "",
             "def signed_url(path, minutes=15):", "    expires = datetime.datetime.utcnow() + datetime.timedelta(minutes=minutes)",
             '    return signer.generate_presigned_url(f"https://d%s.cloudfront.net/{path}", date_less_than=expires)' % rs(r, LO + DG, 13)]
    return pick(r, ["app/cdn.py", "media/signing.py", "src/%s/cloudfront.py" % pick(r, TEAMS)]), "python", lines


def sp_pem_yaml(x):
    r, c = x.r, x.c
    pl = _pem(x)
    lines = ["cdn:", "  enabled: true", "  domain: media.%s.com" % pick(r, ORGS), "  cloudfront:", "    keyPairId: %s" % c.x["keypair"], "    privateKey: |"]
    lines += ["      " + l for l in pl] + ["    urlTtlSeconds: %d" % pick(r, [300, 900, 3600]), "", "ingress:", "  enabled: true", "  className: nginx"]
    return pick(r, ["charts/media/values-prod.yaml", "deploy/values.yaml"]), "helm_values", lines


def sa_dict(x):
    r, c = x.r, x.c
    pl = pem_lines(r, "pkcs8")
    pk = "\n".join(pl) + "\n"
    x.needle = json.dumps(pk)[1:-1]
    return {"type": "service_account", "project_id": c.x["project"], "private_key_id": c.x["key_id"], "private_key": pk,
            "client_email": c.x["sa"], "client_id": c.x["client_id"], "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": "https://oauth2.googleapis.com/token", "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s" % c.x["sa"].replace("@", "%40"),
            "universe_domain": "googleapis.com"}


def sp_sa_json(x):
    r, c = x.r, x.c
    lines = json.dumps(sa_dict(x), indent=2).split("\n")
    return pick(r, ["credentials/%s.json" % c.x["sa"].split("@")[0], "%s-%s.json" % (c.x["project"], c.x["key_id"][:12]), "terraform/gcp-key.json",
                    "secrets/service-account.json", "keys/gcs-writer.json"]), "service_account_json", lines


def sp_sa_values(x):
    r, c = x.r, x.c
    js = json.dumps(sa_dict(x), indent=2).split("\n")
    lines = ["gcp:", "  projectId: %s" % c.x["project"], "  bucket: %s-exports" % c.x["project"], "  serviceAccountKey: |"] + ["    " + l for l in js]
    lines += ["", "cronjob:", '  schedule: "%d 3 * * *"' % r.randint(0, 59), "  concurrencyPolicy: Forbid"]
    return pick(r, ["charts/exporter/values.yaml", "deploy/values-%s.yaml" % pick(r, ENVS)]), "helm_values", lines


def sp_sa_tf(x):
    r, c = x.r, x.c
    js = json.dumps(sa_dict(x), indent=2).split("\n")
    lines = ['provider "google" {', '  project     = "%s"' % c.x["project"], '  region      = "%s"' % pick(r, GCP_REGIONS), "  credentials = <<EOF"] + js + ["EOF", "}", "",
             'resource "google_storage_bucket" "exports" {', '  name     = "%s-exports"' % c.x["project"], '  location = "EU"', "  uniform_bucket_level_access = true", "}"]
    return pick(r, ["infra/gcp/main.tf", "terraform/google.tf"]), "terraform", lines


def sp_sa_k8s(x):
    r, c = x.r, x.c
    js = json.dumps(sa_dict(x), indent=2).split("\n")
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: gcs-credentials", "  namespace: %s" % pick(r, TEAMS), "type: Opaque", "stringData:",
             "  key.json: |"] + ["    " + l for l in js]
    return pick(r, ["k8s/gcs-credentials.yaml", "deploy/secrets/gcp-sa.yaml"]), "k8s_secret", lines


GCLOUD_CLIENT_ID = "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com"
GCLOUD_CLIENT_SECRET = "d-FL95Q19q7MQmFpd7hHD0Ty"


def sp_adc_json(x):
    r, c = x.r, x.c
    d = {"account": "", "client_id": GCLOUD_CLIENT_ID, "client_secret": GCLOUD_CLIENT_SECRET, "quota_project_id": gcp_project(r),
         "refresh_token": embed(x, "token"), "type": "authorized_user", "universe_domain": "googleapis.com"}
    lines = json.dumps(d, indent=2).split("\n")
    return pick(r, [".config/gcloud/application_default_credentials.json", "devcontainer/gcloud/application_default_credentials.json", "ci/adc.json"]), "json", lines


def sp_boto_refresh(x):
    r, c = x.r, x.c
    lines = ["# This file contains credentials and other configuration information needed", "# by the boto library, used by gsutil.", "",
             "[Credentials]", "gs_oauth2_refresh_token = %s" % embed(x, "token"), "", "[Boto]", "https_validate_certificates = True", "",
             "[GSUtil]", "content_language = en", "default_api_version = 2", "default_project_id = %s" % gcp_project(r), "", "[OAuth2]"]
    return pick(r, [".boto", "dotfiles/.boto", "home/%s/.boto" % pick(r, FIRST)]), "boto", lines


def sp_gsutil_env(x):
    r, c = x.r, x.c
    lines = ["#!/usr/bin/env bash", "# refresh an access token for the nightly export (user creds, not SA)", "set -euo pipefail", "",
             'CLIENT_ID="%s"' % c.x["client_id"], "CLIENT_SECRET=%s" % ref_fmt(r, "GOOGLE_CLIENT_SECRET", "sh", "gcp"),
             "%s=%s" % (x.n("token"), x.v("token", "sh")), "",
             'ACCESS_TOKEN=$(curl -fsS https://oauth2.googleapis.com/token \\', '  -d client_id="$CLIENT_ID" -d client_secret="$CLIENT_SECRET" \\',
             '  -d refresh_token="$%s" -d grant_type=refresh_token | jq -r .access_token)' % x.n("token"), "",
             'curl -fsS -H "Authorization: Bearer $ACCESS_TOKEN" \\', '  "https://storage.googleapis.com/storage/v1/b/%s/o?maxResults=20"' % gcp_project(r)]
    return pick(r, ["scripts/gcs-export.sh", "bin/refresh-token.sh"]), "shell", lines


def sp_client_secret_json(x):
    r, c = x.r, x.c
    cid = c.f("client").val
    d = {"web": {"client_id": cid, "project_id": gcp_project(r), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
                 "token_uri": "https://oauth2.googleapis.com/token", "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
                 "client_secret": embed(x, "secret"), "redirect_uris": ["https://app.%s.com/oauth2/callback" % pick(r, ORGS), "http://localhost:8080/oauth2/callback"]}}
    lines = json.dumps(d, indent=2).split("\n")
    return pick(r, ["client_secret_%s.json" % cid, "config/oauth-client.json", "credentials/client_secret.json"]), "json", lines


def sp_boto_hmac(x):
    return r_boto(x)


def sp_az_gha_creds(x):
    r, c = x.r, x.c
    lines = ["name: deploy-webapp", "", "on:", "  push:", "    branches: [main]", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@v4", "      - uses: azure/login@v2", "        with:"]
    if x.neg:
        lines = lines[:6] + ["permissions:", "  id-token: write", "  contents: read", ""] + lines[6:]
        lines += ["          client-id: %s" % c.f("client").val, "          tenant-id: %s" % c.f("tenant").val, "          subscription-id: %s" % c.f("subscription").val]
    else:
        cj = json.dumps({"clientId": c.f("client").val, "clientSecret": c.f("secret").val, "subscriptionId": c.f("subscription").val, "tenantId": c.f("tenant").val})
        lines += ["          creds: '%s'" % cj]
    lines += ["      - uses: azure/webapps-deploy@v3", "        with:", "          app-name: app-%s-%s" % (pick(r, TEAMS), pick(r, ENVS)), "          package: ./dist"]
    return ".github/workflows/deploy-azure.yml", "github_actions", lines


def sp_az_login_sh(x):
    r, c = x.r, x.c
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# service principal for the %s pipeline" % pick(r, TEAMS),
             "az login --service-principal \\", "  -u %s \\" % c.f("client").val, "  -p %s \\" % x.v("secret", "sh"), "  --tenant %s" % c.f("tenant").val,
             "az account set --subscription %s" % c.f("subscription").val, "",
             "az group create -n rg-%s-%s -l %s" % (pick(r, TEAMS), pick(r, ENVS), pick(r, AZ_REGIONS)),
             "az deployment group create -g rg-%s -f main.bicep -p @params.%s.json" % (pick(r, TEAMS), pick(r, ENVS))]
    return pick(r, ["scripts/az-deploy.sh", "deploy/login.sh"]), "shell", lines


def sp_az_rclone(x):
    r, c = x.r, x.c
    lines = ["[azblob]", "type = azureblob", "account = %s" % c.f("account").val]
    lines += ["env_auth = true"] if (x.neg and x.negstyle == "ref") else ["key = %s" % embed(x, "secret")]
    lines += ["access_tier = Cool", "", "[crypt]", "type = crypt", "remote = azblob:backups", "filename_encryption = off"]
    return pick(r, ["rclone.conf", "backup/rclone.conf"]), "rclone_conf", lines


def sp_az_tf_backend(x):
    r, c = x.r, x.c
    lines = ["terraform {", '  backend "azurerm" {', '    resource_group_name  = "rg-tfstate"', '    storage_account_name = "%s"' % c.f("account").val,
             '    container_name       = "tfstate"', '    key                  = "%s.terraform.tfstate"' % pick(r, ENVS)]
    if x.neg and x.negstyle == "ref":
        lines.append("    use_azuread_auth     = true")
    else:
        lines.append('    access_key           = "%s"' % embed(x, "secret"))
    lines += ["  }", "}", "", 'provider "azurerm" {', "  features {}", "}"]
    return pick(r, ["infra/backend.tf", "terraform/backend.tf"]), "terraform", lines


def sp_az_sh_key(x):
    r, c = x.r, x.c
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "npm ci && npm run build", "",
             "az storage blob upload-batch \\", "  --account-name %s \\" % c.f("account").val, "  --account-key %s \\" % x.v("secret", "sh"),
             "  --destination '$web' --source ./dist --overwrite", "echo 'static site published'"]
    return pick(r, ["scripts/publish-static.sh", "deploy.sh"]), "shell", lines


def connstr(x, acct):
    return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, embed(x, "secret"))


AZURITE = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"


def neg_connstr(x, syn):
    """Negative value for a whole connection-string slot."""
    r = x.r
    if x.negstyle == "ref":
        ref = ref_fmt(r, x.n("secret"), syn, "azure")
        if ref is not None:
            return ref, False
    return pick(r, ["UseDevelopmentStorage=true", AZURITE, connstr(x, x.c.x.get("account", "devstore"))]), True


def sp_az_connstr_env(x):
    r, c = x.r, x.c
    lines = [lead_comment(x)] + ["%s=%s" % nv for nv in filler_env(r)]
    if x.neg:
        v, lit = neg_connstr(x, "env")
        lines.append("%s=%s" % (x.n("secret"), ('"%s"' % v) if lit else v))
    else:
        lines.append('%s="%s"' % (x.n("secret"), connstr(x, c.x["account"])))
    lines += ["AZURE_STORAGE_CONTAINER=%s" % pick(r, ["uploads", "exports", "invoices"])]
    return pick(r, ["deploy.env", "config/azure.env", ".env.production"]), "env", lines


def sp_az_local_settings(x):
    r, c = x.r, x.c
    if x.neg:
        v, _ = neg_connstr(x, "json")
        if not _:
            v = "UseDevelopmentStorage=true"
    else:
        v = connstr(x, c.x["account"])
    d = {"IsEncrypted": False, "Values": {"AzureWebJobsStorage": v, "FUNCTIONS_WORKER_RUNTIME": pick(r, ["python", "node", "dotnet-isolated"]),
                                         "QUEUE_NAME": "%s-jobs" % pick(r, TEAMS), "APPINSIGHTS_SAMPLING": "20"}, "Host": {"LocalHttpPort": 7071, "CORS": "*"}}
    return pick(r, ["local.settings.json", "functions/%s/local.settings.json" % pick(r, TEAMS)]), "json", json.dumps(d, indent=2).split("\n")


def sp_az_appsettings(x):
    r, c = x.r, x.c
    v = neg_connstr(x, "json")[0] if x.neg else connstr(x, c.x["account"])
    if x.neg and v.startswith(("os.", "process", "$", '"')):
        v = "UseDevelopmentStorage=true"
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*",
         "ConnectionStrings": {"Storage": v, "Sql": "Server=tcp:sql-%s.database.windows.net,1433;Database=%s;Authentication=Active Directory Default;" % (pick(r, ORGS), pick(r, TEAMS))}}
    return pick(r, ["src/Api/appsettings.Production.json", "appsettings.json"]), "json", json.dumps(d, indent=2).split("\n")


def sp_az_connstr_py(x):
    r, c = x.r, x.c
    v = neg_connstr(x, "py") if x.neg else (connstr(x, c.x["account"]), True)
    expr = ('"%s"' % v[0]) if v[1] else v[0]
    lines = ["import os", "from azure.storage.blob import BlobServiceClient", "", "CONN = %s" % expr, "svc = BlobServiceClient.from_connection_string(CONN)", "",
             "def archive(path):", '    blob = svc.get_blob_client("archive", os.path.basename(path))', '    with open(path, "rb") as fh:', "        blob.upload_blob(fh, overwrite=True)"]
    return pick(r, ["app/archive.py", "jobs/archive_reports.py"]), "python", lines


def sp_az_connstr_values(x):
    r, c = x.r, x.c
    v = neg_connstr(x, "yaml") if x.neg else (connstr(x, c.x["account"]), True)
    expr = ('"%s"' % v[0]) if v[1] else v[0]
    lines = ["env:", "  ASPNETCORE_ENVIRONMENT: Production", "  Storage__ConnectionString: %s" % expr, "  Storage__Container: uploads", "",
             "resources:", "  requests:", "    cpu: 100m", "    memory: 256Mi"]
    return "charts/api/values.yaml", "helm_values", lines


def sas_url(x):
    r, c = x.r, x.c
    st = iso(r)
    return "https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=co&sp=%s&se=%s&st=%s&spr=https&sig=%s" % (
        c.x["account"], pick(r, ["backups", "exports", "$web", "uploads"]), pick(r, ["rwdlac", "rl", "racwl"]), iso(r, True), st, embed(x, "secret"))


def sp_az_sas_sh(x):
    r, c = x.r, x.c
    url = sas_url(x)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "SRC=${1:-./out}", 'azcopy copy "$SRC" "%s" --recursive --overwrite=ifSourceNewer' % url,
             "echo uploaded"]
    if x.neg and x.negstyle == "ref":
        lines[4] = 'azcopy copy "$SRC" "${AZURE_SAS_URL:?}" --recursive --overwrite=ifSourceNewer'
    return pick(r, ["scripts/upload.sh", "ops/azcopy-sync.sh"]), "shell", lines


def sp_az_sas_env(x):
    r, c = x.r, x.c
    lines = [lead_comment(x)] + ["%s=%s" % nv for nv in filler_env(r)] + ['%s="%s"' % (pick(r, ["AZURE_SAS_URL", "BACKUP_CONTAINER_URL", "EXPORT_SAS_URL"]), sas_url(x))]
    return pick(r, ["deploy.env", "config/backup.env"]), "env", lines


def sp_az_sas_py(x):
    r, c = x.r, x.c
    lines = ["from azure.storage.blob import ContainerClient", "", 'CONTAINER_URL = (', '    "%s"' % sas_url(x), ")", "",
             "def list_exports():", "    client = ContainerClient.from_container_url(CONTAINER_URL)", "    return [b.name for b in client.list_blobs()]"]
    return pick(r, ["jobs/exports.py", "app/blob_io.py"]), "python", lines


def sbconn(x):
    return "Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s" % (
        x.c.x["ns"], pick(x.r, ["RootManageSharedAccessKey", "sender", "listen-only", "app-send"]), embed(x, "secret"))


def sp_az_sb_env(x):
    r = x.r
    if x.neg and x.negstyle == "ref":
        val = ref_fmt(r, x.n("secret"), "env", "azure")
    else:
        val = '"%s"' % sbconn(x)
    lines = [lead_comment(x)] + ["%s=%s" % nv for nv in filler_env(r)] + ["%s=%s" % (x.n("secret"), val), "SERVICEBUS_QUEUE=%s-events" % pick(r, TEAMS)]
    return pick(r, ["deploy.env", "config/servicebus.env"]), "env", lines


def sp_az_sb_appsettings(x):
    r = x.r
    d = {"ServiceBus": {"ConnectionString": sbconn(x) if not (x.neg and x.negstyle == "ref") else "", "Queue": "%s-events" % pick(r, TEAMS), "MaxConcurrentCalls": 8},
         "Logging": {"LogLevel": {"Default": "Information"}}}
    return pick(r, ["src/Worker/appsettings.Production.json", "appsettings.json"]), "json", json.dumps(d, indent=2).split("\n")


def sp_az_sb_values(x):
    r = x.r
    v = ('"%s"' % sbconn(x)) if not (x.neg and x.negstyle == "ref") else '""'
    lines = ["worker:", "  replicas: 2", "  serviceBus:", "    connectionString: %s" % v, "    queue: %s-events" % pick(r, TEAMS), "  resources:", "    limits:", "      memory: 512Mi"]
    return "charts/worker/values.yaml", "helm_values", lines


def sp_ado_git_url(x):
    r, c = x.r, x.c
    proj = pick(r, TEAMS)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "# mirror the legacy repo from Azure DevOps",
             "git clone --mirror https://build:%s@dev.azure.com/%s/%s/_git/%s /tmp/mirror" % (embed(x, "token") if not (x.neg and x.negstyle == "ref") else "${ADO_PAT}", c.x["org"], proj, proj),
             "cd /tmp/mirror", "git push --mirror git@github.com:%s/%s.git" % (pick(r, ORGS), proj)]
    return pick(r, ["scripts/mirror-ado.sh", "ops/mirror.sh"]), "shell", lines


def sp_oci_tfvars_pem(x):
    r, c = x.r, x.c
    pl = _pem(x)
    lines = ['tenancy_ocid     = "%s"' % c.x["tenancy"], 'user_ocid        = "%s"' % c.x["user"], 'fingerprint      = "%s"' % c.x["fingerprint"],
             'region           = "%s"' % c.x["region"], 'compartment_ocid = "%s"' % c.x["compartment"], "", "private_key = <<-EOT"] + ["  " + l for l in pl] + ["EOT"]
    return pick(r, ["infra/oci/terraform.tfvars", "oci.auto.tfvars", "env/%s.tfvars" % pick(r, ENVS)]), "tfvars", lines


def sp_oci_py_pem(x):
    r, c = x.r, x.c
    pl = _pem(x)
    lines = ["import oci", "", "config = {", '    "user": "%s",' % c.x["user"], '    "fingerprint": "%s",' % c.x["fingerprint"],
             '    "tenancy": "%s",' % c.x["tenancy"], '    "region": "%s",' % c.x["region"], '    "key_content": """' + pl[0]] + pl[1:] + ['""",', "}",
            "oci.config.validate_config(config)", "object_storage = oci.object_storage.ObjectStorageClient(config)",
            "namespace = object_storage.get_namespace().data", 'print(object_storage.list_buckets(namespace, "%s").data)' % c.x["compartment"]]
    return pick(r, ["scripts/oci_buckets.py", "app/oci_client.py"]), "python", lines


def sp_oci_config_pass(x):
    r, c = x.r, x.c
    lines = ["[DEFAULT]", "user=%s" % c.x["user"], "fingerprint=%s" % c.x["fingerprint"], "key_file=~/.oci/oci_api_key.pem",
             "tenancy=%s" % c.x["tenancy"], "region=%s" % c.x["region"]]
    if not x.neg:
        lines.append("pass_phrase=%s" % c.f("password").val)
    elif x.negstyle != "ref":
        lines.append("pass_phrase=%s" % embed(x, "password"))
    if chance(r, 0.5):
        lines += ["", "[%s]" % pick(r, ["ADMIN", "PROD", "DR"]), "user=%s" % ocid(r, "user", False), "fingerprint=%s" % oci_fingerprint(r),
                  "key_file=~/.oci/%s_api_key.pem" % pick(r, FIRST), "tenancy=%s" % c.x["tenancy"], "region=%s" % pick(r, OCI_REGIONS)]
    return pick(r, [".oci/config", "dotfiles/oci/config", "ci/oci/config"]), "oci_config", lines


def sp_ocir_login_sh(x):
    r, c = x.r, x.c
    img = "%s.ocir.io/%s/%s/%s" % (c.x["region"], c.x["ns"], pick(r, TEAMS), pick(r, ["api", "web", "worker"]))
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", 'TAG="${1:-$(git rev-parse --short HEAD)}"', "",
             "docker login %s.ocir.io -u '%s/%s' -p %s" % (c.x["region"], c.x["ns"], c.x["user"], x.v("token", "sh")),
             'docker build -t "%s:$TAG" .' % img, 'docker push "%s:$TAG"' % img]
    return pick(r, ["scripts/push-ocir.sh", "ci/push.sh"]), "shell", lines


def sp_ocir_gha(x):
    r, c = x.r, x.c
    lines = ["name: image", "on:", "  push:", "    tags: ['v*']", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: docker/login-action@v3", "        with:", "          registry: %s.ocir.io" % c.x["region"], "          username: %s/%s" % (c.x["ns"], c.x["user"]),
             "          password: %s" % x.v("token", "gha"), "      - uses: docker/build-push-action@v6", "        with:", "          push: true",
             "          tags: %s.ocir.io/%s/%s:${{ github.ref_name }}" % (c.x["region"], c.x["ns"], pick(r, TEAMS))]
    return ".github/workflows/image.yml", "github_actions", lines


def sp_ibm_creds_json(x):
    r, c = x.r, x.c
    acct = hexs(r, 32)
    inst = uuid4(r)
    d = {"apikey": embed(x, "token"), "iam_apikey_description": "Auto-generated for key crn:v1:bluemix:public:cloud-object-storage:global:a/%s:%s:resource-key:%s" % (acct, inst, uuid4(r)),
         "iam_apikey_id": "ApiKey-%s" % uuid4(r), "iam_apikey_name": "%s-writer" % pick(r, TEAMS),
         "iam_role_crn": "crn:v1:bluemix:public:iam::::serviceRole:Writer",
         "iam_serviceid_crn": "crn:v1:bluemix:public:iam-identity::a/%s::serviceid:ServiceId-%s" % (acct, uuid4(r)),
         "resource_instance_id": "crn:v1:bluemix:public:cloud-object-storage:global:a/%s:%s::" % (acct, inst)}
    if x.neg and x.negstyle == "ref":
        del d["apikey"]
    return pick(r, ["config/ibm-credentials.json", "credentials/cos-writer.json"]), "json", json.dumps(d, indent=2).split("\n")


def sp_ibm_login_sh(x):
    r, c = x.r, x.c
    lines = ["#!/usr/bin/env bash", "set -e", "ibmcloud config --check-version=false",
             "ibmcloud login --apikey %s -r %s -g %s" % (x.v("token", "sh"), c.x["region"], pick(r, ["default", "prod-rg", "Default"])),
             "ibmcloud ks cluster config --cluster %s-%s --admin" % (pick(r, TEAMS), pick(r, ENVS)), "kubectl get nodes -o wide"]
    return pick(r, ["scripts/ibm-login.sh", "ci/kubeconfig.sh"]), "shell", lines


def sp_ibm_cos_json(x):
    r, c = x.r, x.c
    acct = hexs(r, 32)
    d = {"cos_hmac_keys": {"access_key_id": embed(x, "id"), "secret_access_key": embed(x, "secret")},
         "endpoints": "https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints",
         "resource_instance_id": "crn:v1:bluemix:public:cloud-object-storage:global:a/%s:%s::" % (acct, uuid4(r))}
    return pick(r, ["config/cos-hmac.json", "secrets/cos.json"]), "json", json.dumps(d, indent=2).split("\n")


def sp_aliyun_config(x):
    r, c = x.r, x.c
    prof = {"name": "default", "mode": "AK", "access_key_id": embed(x, "id"), "access_key_secret": embed(x, "secret"), "sts_token": "",
            "ram_role_name": "", "ram_role_arn": "", "ram_session_name": "", "private_key": "", "key_pair_name": "", "expired_seconds": 0,
            "verified": "", "region_id": c.x["region"], "output_format": "json", "language": "en", "site": "", "retry_timeout": 0,
            "connect_timeout": 0, "retry_count": 0, "process_command": ""}
    if x.neg and x.negstyle == "ref":
        prof.update(mode="EcsRamRole", access_key_id="", access_key_secret="", ram_role_name="%s-ecs-role" % pick(r, TEAMS))
    d = {"current": "default", "profiles": [prof], "meta_path": ""}
    return pick(r, [".aliyun/config.json", "dotfiles/aliyun/config.json"]), "json", json.dumps(d, indent=1).split("\n")


def sp_tccli_cred(x):
    r, c = x.r, x.c
    d = {"secretId": embed(x, "id"), "secretKey": embed(x, "secret"), "token": "", "type": ""}
    if x.neg and x.negstyle == "ref":
        d = {"type": "cvm-role", "role": "%s-cvm" % pick(r, TEAMS), "secretId": "", "secretKey": "", "token": ""}
    return pick(r, [".tccli/default.credential", "dotfiles/tccli/%s.credential" % pick(r, ENVS)]), "json", json.dumps(d, indent=4).split("\n")


def sp_doctl_yaml(x):
    r, c = x.r, x.c
    tok = x.v("token", "yaml") if not (x.neg and x.negstyle == "ref") else '""'
    lines = ["access-token: %s" % tok, "auth-contexts:", "  %s: %s" % (pick(r, ORGS), '""'), "context: default", "output: text",
             "apps.dev.config.set.dev-config:", "  components: []", "kubernetes.cluster.create.node-pool: name=default;size=s-2vcpu-4gb;count=3",
             "compute.ssh.ssh-key-path: ~/.ssh/id_ed25519"]
    return pick(r, [".config/doctl/config.yaml", "dotfiles/doctl/config.yaml"]), "yaml", lines


def sp_do_token_cache(x):
    r, c = x.r, x.c
    d = {"token_type": "bearer", "expires_in": 2592000, "refresh_token": embed(x, "token"), "scope": "read write",
         "info": {"name": pick(r, FIRST).capitalize(), "email": "%s@%s.com" % (pick(r, FIRST), pick(r, ORGS)), "uuid": uuid4(r)}}
    return pick(r, ["tmp/do-oauth.json", "cache/digitalocean-token.json"]), "json", json.dumps(d, indent=2).split("\n")


def sp_do_refresh_py(x):
    r, c = x.r, x.c
    lines = ["import requests", "", "TOKEN_URL = \"https://cloud.digitalocean.com/v1/oauth/token\"", "%s = %s" % (x.n("token"), x.v("token", "py")), "",
             "def refresh():", "    resp = requests.post(TOKEN_URL, params={", '        "grant_type": "refresh_token",', '        "refresh_token": %s,' % x.n("token"),
             "    }, timeout=20)", "    resp.raise_for_status()", '    return resp.json()["access_token"]']
    return pick(r, ["app/do_oauth.py", "integrations/digitalocean/auth.py"]), "python", lines


def sp_linode_cli_ini(x):
    r, c = x.r, x.c
    user = pick(r, FIRST)
    lines = ["[DEFAULT]", "default-user = %s" % user, "", "[%s]" % user, "token = %s" % (embed(x, "token") if not (x.neg and x.negstyle == "ref") else ""),
             "region = %s" % pick(r, ["eu-central", "us-east", "ap-south", "fr-par"]), "type = g6-standard-2", "image = linode/ubuntu22.04",
             "authorized_users = %s" % user, "mysql_engine = mysql/8.0.30"]
    return pick(r, [".config/linode-cli", "dotfiles/linode-cli"]), "ini", lines


def sp_vultr_cli_yaml(x):
    r = x.r
    v = x.v("token", "yaml") if not (x.neg and x.negstyle == "ref") else '""'
    return pick(r, [".vultr-cli.yaml", "dotfiles/vultr-cli.yaml"]), "yaml", ["api-key: %s" % v, "output: text"]


def sp_hcloud_toml(x):
    r, c = x.r, x.c
    ctxn = pick(r, [pick(r, ENVS), pick(r, ORGS), "default"])
    lines = ['active_context = "%s"' % ctxn, "", "[[contexts]]", '  name = "%s"' % ctxn, "  token = %s" % x.v("token", "toml")]
    if chance(r, 0.5):
        lines += ["", "[preferences]", '  default_ssh_keys = ["%s@%s"]' % (pick(r, FIRST), pick(r, ["laptop", "desk", "work"]))]
    return pick(r, [".config/hcloud/cli.toml", "dotfiles/hcloud/cli.toml"]), "toml", lines


def sp_hcloud_ccm_secret(x):
    r = x.r
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: hcloud", "  namespace: kube-system", "stringData:",
             "  token: %s" % x.v("token", "yaml"), "  network: %s-net" % pick(r, ORGS)]
    return pick(r, ["k8s/hcloud-secret.yaml", "clusters/%s/hcloud-ccm-secret.yaml" % pick(r, ENVS)]), "k8s_secret", lines


def sp_storagebox_cifs(x):
    r, c = x.r, x.c
    u = c.x["user"]
    pw = embed(x, "password") if not (x.neg and x.negstyle == "ref") else None
    lines = ["# mount with:", "# //%s.your-storagebox.de/backup /mnt/storagebox cifs iocharset=utf8,rw,credentials=/etc/storagebox-credentials.txt,uid=0,gid=0,file_mode=0660,dir_mode=0770 0 0" % u,
             "username=%s" % u]
    lines.append("password=%s" % pw if pw is not None else "# password is written by ansible from vault (storagebox_password)")
    return pick(r, ["etc/storagebox-credentials.txt", "ansible/files/storagebox-credentials.txt"]), "ini", lines


def sp_storagebox_sh(x):
    r, c = x.r, x.c
    u = c.x["user"]
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "SRC=/var/lib/postgresql/dumps", 'DEST="%s@%s.your-storagebox.de:./pg/"' % (u, u),
             "export SSHPASS=%s" % x.v("password", "sh"), 'sshpass -e rsync -az --delete -e "ssh -p 23" "$SRC/" "$DEST"', 'echo "synced $(du -sh $SRC | cut -f1)"']
    return pick(r, ["scripts/offsite-sync.sh", "backup/storagebox.sh"]), "shell", lines


def sp_civo_json(x):
    r, c = x.r, x.c
    nm = pick(r, ["default", pick(r, ORGS), pick(r, FIRST)])
    d = {"apikeys": {nm: embed(x, "token")} if not (x.neg and x.negstyle == "ref") else {},
         "meta": {"admin": False, "current_apikey": nm, "default_region": pick(r, ["LON1", "NYC1", "FRA1", "PHX1"]),
                  "latest_release_check": iso(r), "url": "https://api.civo.com", "last_command_executed": iso(r)}, "region_to_features": {}}
    return pick(r, [".civo.json", "dotfiles/civo.json"]), "json", json.dumps(d, indent=2).split("\n")


def sp_metal_yaml(x):
    r = x.r
    v = x.v("token", "yaml") if not (x.neg and x.negstyle == "ref") else '""'
    lines = ["token: %s" % v, "organization-id: %s" % uuid4(r), "project-id: %s" % uuid4(r)]
    return pick(r, [".config/equinix/metal.yaml", "dotfiles/metal.yaml"]), "yaml", lines


def sp_ovh_conf(x):
    r, c = x.r, x.c
    ep = c.f("endpoint").val
    lines = ["[default]", "; general configuration: default endpoint", "endpoint=%s" % ep, "", "[%s]" % ep, "; configuration specific to '%s' endpoint" % ep]
    if x.neg and x.negstyle == "ref":
        lines += ["; keys come from OVH_APPLICATION_KEY / OVH_APPLICATION_SECRET / OVH_CONSUMER_KEY"]
    else:
        lines += ["application_key=%s" % embed(x, "id"), "application_secret=%s" % embed(x, "secret"), "consumer_key=%s" % embed(x, "consumer")]
    return pick(r, ["ovh.conf", ".ovh.conf", "config/ovh.conf"]), "ini", lines


def sp_scw_yaml(x):
    r, c = x.r, x.c
    lines = ["access_key: %s" % c.f("id").val]
    if x.neg and x.negstyle == "ref":
        lines.append("# secret_key: taken from SCW_SECRET_KEY")
    else:
        lines.append("secret_key: %s" % embed(x, "secret"))
    lines += ["default_organization_id: %s" % uuid4(r), "default_project_id: %s" % c.f("project").val, "default_region: fr-par", "default_zone: fr-par-1",
              "send_telemetry: false"]
    return pick(r, [".config/scw/config.yaml", "dotfiles/scw/config.yaml"]), "yaml", lines


def sp_exo_toml(x):
    r, c = x.r, x.c
    nm = pick(r, [pick(r, ORGS), pick(r, ENVS)])
    lines = ['defaultaccount = "%s"' % nm, "", "[[accounts]]", '  account = "%s"' % nm, '  defaultZone = "%s"' % c.x["zone"],
             '  endpoint = "https://api.exoscale.com/v1"', '  key = "%s"' % embed(x, "id"), '  name = "%s"' % nm]
    if x.neg and x.negstyle == "ref":
        lines.append('  secretCommand = ["pass", "show", "exoscale/%s"]' % nm)
    else:
        lines.append('  secret = "%s"' % embed(x, "secret"))
    return pick(r, [".config/exoscale/exoscale.toml", "dotfiles/exoscale.toml"]), "toml", lines


def sp_upctl_yaml(x):
    r, c = x.r, x.c
    lines = ["username: %s" % c.f("user").val]
    if x.neg and x.negstyle == "ref":
        lines.append("# password: read from UPCLOUD_PASSWORD or the system keyring")
    else:
        lines.append("password: %s" % x.v("password", "yaml"))
    lines += ["output: human", "client-timeout: 60s"]
    return pick(r, [".config/upctl.yaml", "dotfiles/upctl.yaml"]), "yaml", lines


def sp_b2_rclone(x):
    r, c = x.r, x.c
    lines = ["[b2]", "type = b2", "account = %s" % embed(x, "id")]
    lines.append("key = %s" % embed(x, "secret") if not (x.neg and x.negstyle == "ref") else "# key supplied via RCLONE_CONFIG_B2_KEY")
    lines += ["hard_delete = true", "", "[b2-crypt]", "type = crypt", "remote = b2:%s" % c.x["bucket"], "filename_encryption = standard"]
    return pick(r, ["rclone.conf", "backup/rclone.conf"]), "rclone_conf", lines


def sp_b2_restic(x):
    r, c = x.r, x.c
    lines = ["# restic repository on Backblaze B2", "RESTIC_REPOSITORY=b2:%s:/%s" % (c.x["bucket"], pick(r, ["hosts", "db", "nas"])),
             "RESTIC_PASSWORD_FILE=/etc/restic/password", "B2_ACCOUNT_ID=%s" % x.v("id", "env"), "B2_ACCOUNT_KEY=%s" % x.v("secret", "env"),
             "RESTIC_CACHE_DIR=/var/cache/restic", "GOMAXPROCS=2"]
    return pick(r, ["etc/restic/b2.env", "ansible/roles/backup/files/restic.env"]), "env", lines


def sp_b2_sh(x):
    r, c = x.r, x.c
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "b2 account authorize %s %s >/dev/null" % (x.v("id", "sh"), x.v("secret", "sh")),
             "b2 sync --keep-days 30 --replace-newer /srv/exports b2://%s/exports" % c.x["bucket"], "b2 ls --long b2://%s/exports | tail -n 5" % c.x["bucket"]]
    return pick(r, ["scripts/b2-sync.sh", "backup/push.sh"]), "shell", lines


def sp_minio_compose(x):
    r, c = x.r, x.c
    lines = ["services:", "  minio:", "    image: quay.io/minio/minio:RELEASE.2024-%02d-%02dT00-00-00Z" % (r.randint(1, 12), r.randint(1, 28)),
             "    command: server /data --console-address \":9001\"", "    ports:", '      - "9000:9000"', '      - "9001:9001"', "    environment:",
             "      MINIO_ROOT_USER: %s" % c.f("user").val]
    if x.neg and chance(r, 0.4):
        lines.append("      MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio_root_password")
        lines += ["    secrets:", "      - minio_root_password", "    volumes:", "      - minio-data:/data", "", "secrets:", "  minio_root_password:",
                  "    file: ./secrets/minio_root_password.txt", "", "volumes:", "  minio-data: {}"]
    else:
        v = x.v("password", "compose") if not (x.neg and x.negstyle == "placeholder" and chance(r, 0.5)) else "minioadmin"
        lines.append("      MINIO_ROOT_PASSWORD: %s" % v)
        lines += ["    volumes:", "      - minio-data:/data", "", "volumes:", "  minio-data: {}"]
    return pick(r, ["docker-compose.yml", "compose.yaml", "deploy/minio/docker-compose.yml"]), "docker_compose", lines


SPECIALS = {k[3:]: v for k, v in globals().items() if k.startswith("sp_")}
SPECIALS["mc_json"] = r_mc_json
POS_ONLY_SPECIALS = {"pem_file", "pem_py", "pem_yaml", "sa_json", "sa_values", "sa_tf", "sa_k8s", "oci_tfvars_pem", "oci_py_pem"}


def sp_postfix_sasl(x):
    r, c = x.r, x.c
    lines = ["# /etc/postfix/sasl_passwd  -- run `postmap hash:/etc/postfix/sasl_passwd` after editing",
             "# relayhost = [%s]:587 in main.cf" % c.x["host"], "#", "# format: [host]:port user:password", ""]
    if x.neg and x.negstyle == "ref":
        lines.append("[%s]:587 {{ ses_smtp_user }}:{{ ses_smtp_password }}" % c.x["host"])
    else:
        lines.append("[%s]:587 %s:%s" % (c.x["host"], c.f("user").val, embed(x, "password")))
    return pick(r, ["etc/postfix/sasl_passwd", "ansible/roles/mail/files/sasl_passwd"]), "config", lines


SPECIALS["postfix_sasl"] = sp_postfix_sasl


TFSTATE_RES = {
    "aws/access_key": ("aws_iam_access_key", "hashicorp/aws", lambda r, c: {"create_date": iso(r), "id": c.f("id").val, "key_fingerprint": None, "pgp_key": None,
                                                                            "secret": c.f("secret").val, "status": "Active", "user": "svc-%s" % pick(r, TEAMS)}),
    "azure/client_secret": ("azuread_application_password", "hashicorp/azuread", lambda r, c: {
        "application_id": "/applications/%s" % uuid4(r), "display_name": "terraform-%s" % pick(r, ENVS), "end_date": iso(r, True),
        "id": "%s/password/%s" % (uuid4(r), uuid4(r)), "key_id": uuid4(r), "rotate_when_changed": None, "start_date": iso(r), "value": c.f("secret").val}),
    "digitalocean/spaces_key": ("digitalocean_spaces_key", "digitalocean/digitalocean", lambda r, c: {
        "access_key": c.f("id").val, "created_at": iso(r), "grant": [{"bucket": c.x["bucket"], "permission": "readwrite"}], "id": c.f("id").val,
        "name": "%s-ci" % pick(r, TEAMS), "secret_key": c.f("secret").val}),
    "scaleway/secret_key": ("scaleway_iam_api_key", "scaleway/scaleway", lambda r, c: {
        "access_key": c.f("id").val, "application_id": uuid4(r), "created_at": iso(r), "default_project_id": c.f("project").val,
        "description": "ci key", "editable": True, "expires_at": "", "id": c.f("id").val, "secret_key": c.f("secret").val, "user_id": None}),
    "backblaze/application_key": ("b2_application_key", "Backblaze/b2", lambda r, c: {
        "application_key": c.f("secret").val, "application_key_id": c.f("id").val, "bucket_id": hexs(r, 24), "capabilities": ["listFiles", "readFiles", "writeFiles"],
        "id": c.f("id").val, "key_name": "%s-backup" % pick(r, TEAMS), "name_prefix": "", "options": ["s3"]}),
    "linode/object_storage_key": ("linode_object_storage_key", "linode/linode", lambda r, c: {
        "access_key": c.f("id").val, "bucket_access": [], "id": str(r.randint(100000, 999999)), "label": "%s-media" % pick(r, TEAMS), "limited": False,
        "secret_key": c.f("secret").val}),
    "alibaba/access_key": ("alicloud_ram_access_key", "aliyun/alicloud", lambda r, c: {
        "id": c.f("id").val, "key_fingerprint": None, "pgp_key": None, "secret": c.f("secret").val, "secret_file": None, "status": "Active",
        "user_name": "ci-%s" % pick(r, TEAMS)}),
    "cloudflare/api_token": ("cloudflare_api_token", "cloudflare/cloudflare", lambda r, c: {
        "id": hexs(r, 32), "issued_on": iso(r), "modified_on": iso(r), "name": "%s dns edit" % pick(r, TEAMS), "status": "active", "value": c.f("token").val}),
    "exoscale/api_secret": ("exoscale_iam_api_key", "exoscale/exoscale", lambda r, c: {
        "id": c.f("id").val, "key": c.f("id").val, "name": "%s-ci" % pick(r, TEAMS), "role_id": uuid4(r), "secret": c.f("secret").val}),
    "minio/access_key": ("minio_iam_service_account", "aminueza/minio", lambda r, c: {
        "access_key": c.f("id").val, "description": "", "disable_user": False, "id": c.f("id").val, "name": "", "policy": "",
        "secret_key": c.f("secret").val, "target_user": "backup"}),
    "ibm/api_key": ("ibm_iam_api_key", "IBM-Cloud/ibm", lambda r, c: {
        "apikey": c.f("token").val, "apikey_id": "ApiKey-%s" % uuid4(r), "crn": "crn:v1:bluemix:public:iam-identity::a/%s::apikey:ApiKey-%s" % (hexs(r, 32), uuid4(r)),
        "iam_id": "IBMid-%s" % rs(r, UPDG, 10), "id": "ApiKey-%s" % uuid4(r), "name": "%s-ci-key" % pick(r, TEAMS), "store_value": True}),
    "gcp/hmac_key": ("google_storage_hmac_key", "hashicorp/google", lambda r, c: {
        "access_id": c.f("id").val, "id": "projects/%s/hmacKeys/%s" % (gcp_project(r), c.f("id").val), "project": gcp_project(r),
        "secret": c.f("secret").val, "service_account_email": "gcs-hmac@%s.iam.gserviceaccount.com" % gcp_project(r), "state": "ACTIVE"}),
}


def r_tfstate(x):
    r, c = x.r, x.c
    rtype, src, mk = TFSTATE_RES[c.kind]
    res = [{"mode": "managed", "type": rtype, "name": pick(r, ["ci", "backup", "this", "deployer", "main"]),
            "provider": 'provider["registry.terraform.io/%s"]' % src,
            "instances": [{"schema_version": 0, "attributes": mk(r, c), "sensitive_attributes": [], "private": "bnVsbA=="}]}]
    d = {"version": 4, "terraform_version": "1.%d.%d" % (r.randint(4, 9), r.randint(0, 6)), "serial": r.randint(2, 300), "lineage": uuid4(r),
         "outputs": {}, "resources": res, "check_results": None}
    return pick(r, ["terraform.tfstate", "infra/terraform.tfstate", "infra/%s/terraform.tfstate" % pick(r, ENVS), "terraform.tfstate.backup"]), "tfstate", json.dumps(d, indent=2).split("\n")


def renderers_for(r, c, neg):
    spec = c.spec
    gens = []
    if c.family == "s3":
        gens = list(S3_RENDERERS)
        if c.provider in ("aws", "gcp"):
            gens.append(r_boto)
        if c.provider == "aws":
            gens.append(r_sls)
    elif c.family in ("token", "pair"):
        gens = list(TOKEN_RENDERERS)
        if spec.get("tf"):
            gens += [r_tf, r_tfvars]
    elif c.family == "smtp":
        gens = [r_env, r_compose, r_values, r_py, r_js, r_ts, r_k8s, r_readme, r_sh, r_sls]
    if spec.get("pulumi"):
        gens.append(r_pulumi)
    if spec.get("packer"):
        gens.append(r_packer)
    if c.family == "s3":
        gens += [r_aws_credentials, r_s3cfg, r_rclone]
        if c.provider == "aws":
            gens += [r_aws_config, r_sls, r_aws_credentials]
    if not neg and c.kind in TFSTATE_RES:
        gens += [r_tfstate, r_tfstate]
    specials = [SPECIALS[s] for s in spec.get("special", []) if not (neg and s in POS_ONLY_SPECIALS)]
    if specials and (not gens or r.random() < 0.45):
        return specials
    return gens



# ----------------------------------------------------------------------------
# domain-specific negatives (ids, ARNs, OCIDs, ciphertext, references)
# ----------------------------------------------------------------------------

def kms_id(r):
    return uuid4(r)


def n_cloudtrail(r):
    acct = aws_account(r)
    user = pick(r, FIRST)
    ev = {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROA%s:%s" % (rs(r, B32AWS, 17), user),
          "arn": "arn:aws:sts::%s:assumed-role/%s/%s" % (acct, pick(r, ["DevOps", "ReadOnly", "Deployer"]), user), "accountId": acct,
          "accessKeyId": aws_key_id(r, "ASIA"), "sessionContext": {"sessionIssuer": {"type": "Role", "principalId": "AROA%s" % rs(r, B32AWS, 17),
          "arn": "arn:aws:iam::%s:role/Deployer" % acct, "accountId": acct, "userName": "Deployer"},
          "attributes": {"creationDate": iso(r), "mfaAuthenticated": "false"}}},
          "eventTime": iso(r), "eventSource": "s3.amazonaws.com", "eventName": pick(r, ["PutObject", "DeleteObject", "GetBucketPolicy"]),
          "awsRegion": pick(r, AWS_REGIONS), "sourceIPAddress": "%d.%d.%d.%d" % (r.randint(3, 200), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
          "userAgent": "aws-cli/2.15.%d" % r.randint(0, 40), "requestParameters": {"bucketName": "%s-%s" % (pick(r, ORGS), pick(r, TEAMS)), "key": "exports/%d.csv" % r.randint(1000, 9999)},
          "responseElements": None, "requestID": rs(r, UPDG, 16), "eventID": uuid4(r), "readOnly": False, "eventType": "AwsApiCall",
          "recipientAccountId": acct}
    return "docs/incidents/%d-cloudtrail-sample.json" % r.randint(2023, 2025), "json", json.dumps(ev, indent=2).split("\n"), "aws", "cloudtrail_record_key_id_only"


def n_list_keys(r):
    user = "svc-%s" % pick(r, TEAMS)
    lines = ["# Key rotation runbook (%s)" % pick(r, ENVS), "", "Current keys for `%s` (from `aws iam list-access-keys --user-name %s`):" % (user, user), "", "```json", "{",
             '    "AccessKeyMetadata": ['] + sum([['        {', '            "UserName": "%s",' % user, '            "AccessKeyId": "%s",' % aws_key_id(r),
                                                  '            "Status": "%s",' % st, '            "CreateDate": "%s"' % iso(r), '        }' + ("," if st == "Active" else "")]
                                                 for st in ["Active", "Inactive"]], []) + ["    ]", "}", "```", "",
             "1. Create the new key in the console, store it in Secrets Manager under `/%s/aws/%s`." % (pick(r, TEAMS), user),
             "2. Deactivate the old key id above, wait 24h, then delete it.", "3. Never paste the secret access key in tickets."]
    return "docs/runbooks/rotate-%s-keys.md" % user, "markdown", lines, "aws", "access_key_id_without_secret"


def n_iam_policy(r):
    acct = aws_account(r)
    reg = pick(r, AWS_REGIONS)
    b = "%s-%s" % (pick(r, ORGS), pick(r, TEAMS))
    d = {"Version": "2012-10-17", "Statement": [
        {"Sid": "ReadBucket", "Effect": "Allow", "Action": ["s3:GetObject", "s3:ListBucket"], "Resource": ["arn:aws:s3:::%s" % b, "arn:aws:s3:::%s/*" % b]},
        {"Sid": "Decrypt", "Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": "arn:aws:kms:%s:%s:key/%s" % (reg, acct, kms_id(r)),
         "Condition": {"ForAnyValue:StringEquals": {"kms:ResourceAliases": "alias/%s-%s" % (pick(r, TEAMS), pick(r, ENVS))}}},
        {"Sid": "Secrets", "Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
         "Resource": "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (reg, acct, pick(r, ENVS), pick(r, TEAMS), rs(r, B62, 6))},
        {"Sid": "Params", "Effect": "Allow", "Action": ["ssm:GetParameter", "ssm:GetParametersByPath"], "Resource": "arn:aws:ssm:%s:%s:parameter/%s/*" % (reg, acct, pick(r, TEAMS))}]}
    return "iam/policies/%s-runtime.json" % pick(r, TEAMS), "json", json.dumps(d, indent=2).split("\n"), "aws", "arn_kms_secretsmanager"


def n_cfn(r):
    t = pick(r, TEAMS)
    lines = ["AWSTemplateFormatVersion: '2010-09-09'", "Description: %s database and app config" % t, "Parameters:", "  VpcId:", "    Type: AWS::EC2::VPC::Id",
             "  ImageId:", "    Type: AWS::EC2::Image::Id", "    Default: ami-%s" % hexs(r, 17), "Resources:", "  Database:", "    Type: AWS::RDS::DBInstance",
             "    Properties:", "      Engine: postgres", "      DBInstanceClass: db.t4g.medium", "      AllocatedStorage: '50'", "      MasterUsername: app",
             "      MasterUserPassword: '{{resolve:secretsmanager:%s/%s/db:SecretString:password}}'" % (pick(r, ENVS), t),
             "      KmsKeyId: arn:aws:kms:%s:%s:key/%s" % (pick(r, AWS_REGIONS), aws_account(r), kms_id(r)), "      StorageEncrypted: true", "  AppConfig:",
             "    Type: AWS::SSM::Parameter", "    Properties:", "      Name: /%s/api/endpoint" % t, "      Type: String",
             "      Value: https://api.%s.internal" % pick(r, ORGS), "  Worker:", "    Type: AWS::EC2::Instance", "    Properties:", "      ImageId: !Ref ImageId",
             "      InstanceType: t3.small", "      UserData:", "        Fn::Base64: !Sub |", "          #!/bin/bash",
             "          export API_TOKEN='{{resolve:ssm-secure:/%s/api/token:3}}'" % t, "          /opt/%s/bin/start" % t]
    return "cfn/%s.yaml" % t, "cloudformation", lines, "aws", "dynamic_reference"


def n_aws_config_sso(r):
    lines = ["[default]", "region = %s" % pick(r, AWS_REGIONS), "output = json", ""]
    for _ in range(r.randint(2, 4)):
        prof = "%s-%s" % (pick(r, ORGS), pick(r, ENVS))
        style = r.randrange(4)
        lines.append("[profile %s]" % prof)
        if style == 0:
            lines += ["sso_session = %s" % pick(r, ORGS), "sso_account_id = %s" % aws_account(r), "sso_role_name = %s" % pick(r, ["PowerUserAccess", "ReadOnlyAccess", "AdministratorAccess"])]
        elif style == 1:
            lines += ["role_arn = arn:aws:iam::%s:role/%s" % (aws_account(r), pick(r, ["OrganizationAccountAccessRole", "Deployer", "BreakGlass"])),
                      "source_profile = default", "mfa_serial = arn:aws:iam::%s:mfa/%s" % (aws_account(r), pick(r, FIRST)), "duration_seconds = 3600"]
        elif style == 2:
            lines += ["credential_process = aws-vault export --format=json %s" % prof]
        else:
            lines += ["credential_process = granted credential-process --profile %s" % prof]
        lines += ["region = %s" % pick(r, AWS_REGIONS), ""]
    lines += ["[sso-session %s]" % pick(r, ORGS), "sso_start_url = https://%s.awsapps.com/start" % pick(r, ORGS), "sso_region = %s" % pick(r, AWS_REGIONS)]
    return pick(r, [".aws/config", "dotfiles/aws/config"]), "aws_config", lines, "aws", "sso_role_credential_process"


def n_tfstate(r):
    acct = aws_account(r)
    reg = pick(r, AWS_REGIONS)
    user = "svc-%s" % pick(r, TEAMS)
    res = [
        {"mode": "managed", "type": "aws_instance", "name": "web", "provider": 'provider["registry.terraform.io/hashicorp/aws"]',
         "instances": [{"schema_version": 1, "attributes": {"ami": "ami-%s" % hexs(r, 17), "arn": "arn:aws:ec2:%s:%s:instance/i-%s" % (reg, acct, hexs(r, 17)),
                        "id": "i-%s" % hexs(r, 17), "instance_type": "t3.medium", "private_ip": "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250)),
                        "subnet_id": "subnet-%s" % hexs(r, 17), "vpc_security_group_ids": ["sg-%s" % hexs(r, 17)]}, "sensitive_attributes": []}]},
        {"mode": "managed", "type": "aws_iam_access_key", "name": "ci", "provider": 'provider["registry.terraform.io/hashicorp/aws"]',
         "instances": [{"schema_version": 0, "attributes": {"create_date": iso(r), "encrypted_secret": b64_bytes(r, r.randint(330, 420)),
                        "encrypted_ses_smtp_password_v4": b64_bytes(r, r.randint(330, 420)), "id": aws_key_id(r), "key_fingerprint": hexs(r, 40).upper()[:16],
                        "pgp_key": "keybase:%s" % pick(r, FIRST), "secret": None, "ses_smtp_password_v4": None, "status": "Active", "user": user},
                        "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]}]},
        {"mode": "managed", "type": "aws_s3_object", "name": "bootstrap", "provider": 'provider["registry.terraform.io/hashicorp/aws"]',
         "instances": [{"schema_version": 0, "attributes": {"bucket": "%s-artifacts" % pick(r, ORGS), "etag": hexs(r, 32), "key": "bootstrap.sh",
                        "kms_key_id": "arn:aws:kms:%s:%s:key/%s" % (reg, acct, kms_id(r)), "version_id": rs(r, B62 + "._", 32)}, "sensitive_attributes": []}]}]
    key_res = res[1]
    res.pop(r.choice([0, 2]))
    d = {"version": 4, "terraform_version": "1.%d.%d" % (r.randint(5, 9), r.randint(0, 5)), "serial": r.randint(3, 400), "lineage": uuid4(r),
         "outputs": {"ci_access_key_id": {"value": key_res["instances"][0]["attributes"]["id"], "type": "string"},
                     "ci_encrypted_secret": {"value": key_res["instances"][0]["attributes"]["encrypted_secret"][:60] + "...", "type": "string", "sensitive": True}},
         "resources": res, "check_results": None}
    lines = json.dumps(d, indent=2).split("\n")
    return pick(r, ["terraform.tfstate", "infra/%s/terraform.tfstate" % pick(r, ENVS)]), "tfstate", lines, "aws", "tfstate_pgp_encrypted_secret"


def n_tfplan(r):
    lines = ["Terraform will perform the following actions:", "", '  # hcloud_server.node[0] will be created', '  + resource "hcloud_server" "node" {',
             "      + id          = (known after apply)", '      + image       = "ubuntu-24.04"', '      + location    = "nbg1"', '      + name        = "%s-node-0"' % pick(r, TEAMS),
             '      + server_type = "cx32"', "      + ssh_keys    = [", '          + "%s",' % ":".join(hexs(r, 2) for _ in range(16)), "        ]", "    }", "",
             '  # kubernetes_secret.hcloud will be created', '  + resource "kubernetes_secret" "hcloud" {', "      + data = (sensitive value)",
             '      + id   = (known after apply)', '      + type = "Opaque"', "    }", "", "Plan: 2 to add, 0 to change, 0 to destroy.", "",
             "Changes to Outputs:", '  + hcloud_token = (sensitive value)', '  + server_ip    = (known after apply)']
    return "docs/plans/%s-plan.txt" % pick(r, ENVS), "text", lines, "hetzner", "plan_sensitive_value"


def n_pulumi_secure(r):
    prov, keys = pick(r, [("aws", ["accessKey", "secretKey"]), ("digitalocean", ["token"]), ("hcloud", ["token"]), ("azure-native", ["clientSecret"]),
                          ("scaleway", ["secretKey"]), ("linode", ["token"]), ("gcp", ["credentials"]), ("alicloud", ["secretKey"])])
    stack = pick(r, ENVS)
    lines = ["secretsprovider: %s" % pick(r, ["awskms://alias/pulumi-%s?region=eu-west-1" % stack, "passphrase", "azurekeyvault://kv-%s.vault.azure.net/keys/pulumi" % pick(r, ORGS)]),
             "encryptedkey: %s" % b64_bytes(r, r.randint(120, 180)), "config:"]
    if prov == "aws":
        lines.append("  aws:region: %s" % pick(r, AWS_REGIONS))
    if prov == "gcp":
        lines.append("  gcp:project: %s" % gcp_project(r))
    for k in keys:
        lines += ["  %s:%s:" % (prov, k), "    secure: %s" % pulumi_cipher(r)]
    lines += ["  %s:dbPassword:" % pick(r, TEAMS), "    secure: %s" % pulumi_cipher(r), "  %s:replicas: \"3\"" % pick(r, TEAMS)]
    pmap = {"azure-native": "azure", "hcloud": "hetzner", "alicloud": "alibaba"}
    return "Pulumi.%s.yaml" % stack, "pulumi_yaml", lines, pmap.get(prov, prov), "pulumi_secure_ciphertext"


def sops_enc(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64_bytes(r, n), b64_bytes(r, 32), b64_bytes(r, 16))


def n_sops(r):
    prov = pick(r, ["aws", "digitalocean", "hetzner", "scaleway", "azure", "backblaze"])
    keys = {"aws": ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"], "digitalocean": ["DIGITALOCEAN_TOKEN"], "hetzner": ["HCLOUD_TOKEN"],
            "scaleway": ["SCW_ACCESS_KEY", "SCW_SECRET_KEY"], "azure": ["AZURE_CLIENT_SECRET"], "backblaze": ["B2_APPLICATION_KEY_ID", "B2_APPLICATION_KEY"]}[prov]
    acct = aws_account(r)
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "    name: %s-cloud" % pick(r, TEAMS), "type: Opaque", "stringData:"]
    for k in keys:
        lines.append("    %s: %s" % (k, sops_enc(r, r.randint(20, 64))))
    lines += ["sops:", "    kms:", "        - arn: arn:aws:kms:%s:%s:key/%s" % (pick(r, AWS_REGIONS), acct, kms_id(r)), "          created_at: \"%s\"" % iso(r),
              "          enc: %s" % b64_bytes(r, 184), "          aws_profile: \"\"", "    age:",
              "        - recipient: age1%s" % rs(r, LO + DG, 58), "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = b64_bytes(r, 240)
    lines += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    lines += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%s\"" % iso(r), "    mac: %s" % sops_enc(r, 64),
              "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return pick(r, ["secrets/%s.enc.yaml" % prov, "clusters/%s/cloud-secret.sops.yaml" % pick(r, ENVS)]), "sops_yaml", lines, prov, "sops_ciphertext"


def n_sealed(r):
    prov = pick(r, ["aws", "hetzner", "digitalocean", "linode", "ovh"])
    keys = {"aws": ["aws_access_key_id", "aws_secret_access_key"], "hetzner": ["token"], "digitalocean": ["access-token"], "linode": ["token"],
            "ovh": ["applicationKey", "applicationSecret", "consumerKey"]}[prov]
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-credentials" % prov, "  namespace: %s" % pick(r, ["kube-system", "external-dns", "velero", "cert-manager"]),
             "spec:", "  encryptedData:"]
    for k in keys:
        lines.append("    %s: AgB%s" % (k, b64_bytes(r, r.randint(360, 420))))
    lines += ["  template:", "    metadata:", "      name: %s-credentials" % prov, "    type: Opaque"]
    return "clusters/%s/sealed-%s.yaml" % (pick(r, ENVS), prov), "k8s_secret", lines, prov, "sealed_secret_ciphertext"


def n_external_account(r):
    num = str(r.randint(10 ** 11, 10 ** 12 - 1))
    pool, prov = pick(r, ["github", "gitlab", "aws-pool", "ci"]), pick(r, ["github-actions", "gitlab", "aws"])
    d = {"universe_domain": "googleapis.com", "type": "external_account",
         "audience": "//iam.googleapis.com/projects/%s/locations/global/workloadIdentityPools/%s/providers/%s" % (num, pool, prov),
         "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
         "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/%s@%s.iam.gserviceaccount.com:generateAccessToken" % (pick(r, ["deployer", "ci"]), gcp_project(r)),
         "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    return pick(r, ["gcp/wif-credentials.json", "config/clientLibraryConfig-%s.json" % prov]), "json", json.dumps(d, indent=2).split("\n"), "gcp", "workload_identity_config"


def n_gcloud_keys(r):
    proj = gcp_project(r)
    sa = "%s@%s.iam.gserviceaccount.com" % (pick(r, ["deployer", "ci-runner", "bq-loader"]), proj)
    lines = ["# Service account key inventory (%s)" % proj, "", "Generated with `gcloud iam service-accounts keys list --iam-account %s`:" % sa, "", "```",
             "KEY_ID                                    CREATED_AT            EXPIRES_AT            DISABLED"]
    for _ in range(r.randint(2, 4)):
        lines.append("%s  %s  %s" % (hexs(r, 40), iso(r), pick(r, ["9999-12-31T23:59:59Z", iso(r, True)])) + "  " + pick(r, ["", "True"]))
    lines += ["```", "", "Keys older than 90 days must be deleted (`gcloud iam service-accounts keys delete KEY_ID`).", "Project number: %d" % r.randint(10 ** 11, 10 ** 12 - 1)]
    return "docs/security/gcp-key-inventory.md", "markdown", lines, "gcp", "private_key_id_only"


def n_oci_config(r):
    lines = ["[DEFAULT]", "user=%s" % ocid(r, "user", False), "fingerprint=%s" % oci_fingerprint(r), "key_file=~/.oci/oci_api_key.pem",
             "tenancy=%s" % ocid(r, "tenancy", False), "region=%s" % pick(r, OCI_REGIONS)]
    if chance(r, 0.5):
        lines += ["", "[SESSION]", "fingerprint=%s" % oci_fingerprint(r), "key_file=/home/%s/.oci/sessions/SESSION/oci_api_key.pem" % pick(r, FIRST),
                  "tenancy=%s" % ocid(r, "tenancy", False), "region=%s" % pick(r, OCI_REGIONS), "security_token_file=/home/%s/.oci/sessions/SESSION/token" % pick(r, FIRST)]
    return pick(r, [".oci/config", "dotfiles/oci/config"]), "oci_config", lines, "oracle", "key_file_path_fingerprint_ocid"


def n_oci_tfvars(r):
    lines = ['tenancy_ocid     = "%s"' % ocid(r, "tenancy", False), 'user_ocid        = "%s"' % ocid(r, "user", False), 'fingerprint      = "%s"' % oci_fingerprint(r),
             'private_key_path = "~/.oci/oci_api_key.pem"', 'region           = "%s"' % pick(r, OCI_REGIONS), 'compartment_ocid = "%s"' % ocid(r, "compartment", False), "",
             'vcn_id    = "%s"' % ocid(r, "vcn"), 'subnet_id = "%s"' % ocid(r, "subnet"), 'image_id  = "%s"' % ocid(r, "image"),
             'ssh_public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop"' % (rs(r, B64, 43), pick(r, FIRST))]
    return pick(r, ["infra/oci/terraform.tfvars", "oci.auto.tfvars"]), "tfvars", lines, "oracle", "ocid_fingerprint"


def n_azure_account(r):
    tid = uuid4(r)
    d = [{"cloudName": "AzureCloud", "homeTenantId": tid, "id": uuid4(r), "isDefault": True, "managedByTenants": [], "name": "%s-%s" % (pick(r, ORGS), pick(r, ENVS)),
          "state": "Enabled", "tenantId": tid, "user": {"name": "%s@%s.onmicrosoft.com" % (pick(r, FIRST), pick(r, ORGS)), "type": "user"}},
         {"cloudName": "AzureCloud", "homeTenantId": tid, "id": uuid4(r), "isDefault": False, "managedByTenants": [{"tenantId": uuid4(r)}],
          "name": "%s-sandbox" % pick(r, ORGS), "state": "Enabled", "tenantId": tid, "user": {"name": uuid4(r), "type": "servicePrincipal"}}]
    return "docs/azure/subscriptions.json", "json", json.dumps(d, indent=2).split("\n"), "azure", "tenant_subscription_guids"


def n_azure_oidc_gha(r):
    lines = ["name: infra", "on:", "  push:", "    branches: [main]", "permissions:", "  id-token: write", "  contents: read", "env:",
             "  ARM_CLIENT_ID: %s" % uuid4(r), "  ARM_TENANT_ID: %s" % uuid4(r), "  ARM_SUBSCRIPTION_ID: %s" % uuid4(r), "  ARM_USE_OIDC: true", "jobs:",
             "  plan:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", "      - uses: azure/login@v2", "        with:",
             "          client-id: ${{ env.ARM_CLIENT_ID }}", "          tenant-id: ${{ env.ARM_TENANT_ID }}", "          subscription-id: ${{ env.ARM_SUBSCRIPTION_ID }}",
             "      - run: terraform init && terraform plan -input=false"]
    return ".github/workflows/infra.yml", "github_actions", lines, "azure", "oidc_client_tenant_ids"


def n_aws_oidc_gha(r):
    acct = aws_account(r)
    num = r.randint(10 ** 11, 10 ** 12 - 1)
    lines = ["name: deploy", "on:", "  push:", "    branches: [main]", "permissions:", "  id-token: write", "  contents: read", "jobs:", "  deploy:",
             "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4"]
    if chance(r, 0.5):
        lines += ["      - uses: aws-actions/configure-aws-credentials@v4", "        with:", "          role-to-assume: arn:aws:iam::%s:role/github-%s" % (acct, pick(r, TEAMS)),
                  "          aws-region: %s" % pick(r, AWS_REGIONS), "      - run: aws s3 sync ./dist s3://%s-%s-site --delete" % (pick(r, ORGS), pick(r, TEAMS)),
                  "      - run: aws cloudfront create-invalidation --distribution-id E%s --paths '/*'" % rs(r, UPDG, 13)]
        prov = "aws"
    else:
        lines += ["      - uses: google-github-actions/auth@v2", "        with:",
                  "          workload_identity_provider: projects/%d/locations/global/workloadIdentityPools/github/providers/%s" % (num, pick(r, ORGS)),
                  "          service_account: deployer@%s.iam.gserviceaccount.com" % gcp_project(r), "      - uses: google-github-actions/setup-gcloud@v2",
                  "      - run: gcloud run deploy %s --source . --region %s" % (pick(r, TEAMS), pick(r, GCP_REGIONS))]
        prov = "gcp"
    return ".github/workflows/deploy.yml", "github_actions", lines, prov, "oidc_role_no_secret"


def n_local_settings(r):
    d = {"IsEncrypted": False, "Values": {"AzureWebJobsStorage": pick(r, ["UseDevelopmentStorage=true", AZURITE]), "FUNCTIONS_WORKER_RUNTIME": pick(r, ["python", "node"]),
                                         "CosmosEndpoint": "https://localhost:8081/", "KeyVaultUri": "https://kv-%s.vault.azure.net/" % pick(r, ORGS)}}
    return "local.settings.json", "json", json.dumps(d, indent=2).split("\n"), "azure", "azurite_dev_storage"


def n_firebase(r):
    proj = gcp_project(r)
    lines = ["// Firebase web config -- these values are public identifiers, not secrets.", "// See https://firebase.google.com/docs/projects/api-keys",
             "import { initializeApp } from 'firebase/app';", "import { getAuth } from 'firebase/auth';", "", "const firebaseConfig = {",
             "  apiKey: '%s'," % gcp_api_key(r), "  authDomain: '%s.firebaseapp.com'," % proj, "  projectId: '%s'," % proj, "  storageBucket: '%s.appspot.com'," % proj,
             "  messagingSenderId: '%d'," % r.randint(10 ** 11, 10 ** 12 - 1), "  appId: '1:%d:web:%s'," % (r.randint(10 ** 11, 10 ** 12 - 1), hexs(r, 22)),
             "  measurementId: 'G-%s'," % rs(r, UPDG, 10), "};", "", "export const app = initializeApp(firebaseConfig);", "export const auth = getAuth(app);"]
    return pick(r, ["src/firebase.ts", "web/src/lib/firebase.js"]), "typescript", lines, "gcp", "firebase_web_api_key_public"


def n_hcloud_list(r):
    lines = ["# Hetzner inventory (`hcloud server list` / `hcloud ssh-key list`), %s" % iso(r)[:10], "", "```",
             "ID         NAME                STATUS    IPV4              DATACENTER"]
    for _ in range(r.randint(2, 5)):
        lines.append("%-10d %-19s running   %d.%d.%d.%-9d %s" % (r.randint(10 ** 7, 10 ** 8 - 1), "%s-%d" % (pick(r, TEAMS), r.randint(1, 9)), r.randint(5, 200),
                                                               r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), pick(r, ["nbg1-dc3", "fsn1-dc14", "hel1-dc2"])))
    lines += ["```", "", "```", "ID         NAME              FINGERPRINT"]
    for _ in range(r.randint(2, 4)):
        lines.append("%-10d %-17s %s" % (r.randint(10 ** 6, 10 ** 8), "%s@laptop" % pick(r, FIRST), ":".join(hexs(r, 2) for _ in range(16))))
    lines += ["```", "", "Token lives in 1Password (`Infra / hcloud-%s`); use `hcloud context create` locally." % pick(r, ENVS)]
    return "docs/inventory/hetzner.md", "markdown", lines, "hetzner", "server_ids_ssh_fingerprints"


def n_do_readme(r):
    lines = ["# Droplet tooling", "", "Create a personal access token in the control panel (it starts with `dop_v1_`),", "then export it before running the scripts:", "",
             "```bash", "export DIGITALOCEAN_TOKEN=dop_v1_…%s" % hexs(r, 4), "doctl auth init --access-token \"$DIGITALOCEAN_TOKEN\"", "```", "",
             "Current droplets:", "", "| id | name | region |", "|----|------|--------|"]
    for _ in range(r.randint(2, 5)):
        lines.append("| %d | %s-%d | %s |" % (r.randint(3 * 10 ** 8, 5 * 10 ** 8), pick(r, TEAMS), r.randint(1, 9), pick(r, ["fra1", "ams3", "nyc3"])))
    lines += ["", "Spaces bucket: `%s-assets` (endpoint `https://fra1.digitaloceanspaces.com`)." % pick(r, ORGS)]
    return "README.md", "markdown", lines, "digitalocean", "truncated_token_droplet_ids"


def n_b2_buckets(r):
    acct = hexs(r, 12)
    d = {"accountId": acct, "buckets": [{"accountId": acct, "bucketId": hexs(r, 24), "bucketName": "%s-%s" % (pick(r, ORGS), n), "bucketType": "allPrivate",
                                         "lifecycleRules": [{"daysFromHidingToDeleting": 30, "fileNamePrefix": ""}], "revision": r.randint(2, 30)}
                                        for n in r.sample(["backups", "media", "logs", "exports"], 2)]}
    return "ops/b2/buckets.json", "json", json.dumps(d, indent=2).split("\n"), "backblaze", "bucket_ids"


def n_scw_tf(r):
    lines = ['provider "scaleway" {', '  zone       = "fr-par-1"', '  region     = "fr-par"', '  project_id = "%s"' % uuid4(r),
             "  # access_key / secret_key come from SCW_ACCESS_KEY / SCW_SECRET_KEY", "}", "", 'resource "scaleway_object_bucket" "assets" {',
             '  name       = "%s-assets"' % pick(r, ORGS), '  project_id = "%s"' % uuid4(r), "}", "", 'resource "scaleway_iam_policy" "ci" {', '  name            = "ci"',
             '  organization_id = "%s"' % uuid4(r), '  application_id  = "%s"' % uuid4(r), "  rule {", '    project_ids          = ["%s"]' % uuid4(r),
             '    permission_set_names = ["ObjectStorageFullAccess"]', "  }", "}"]
    return "infra/scaleway.tf", "terraform", lines, "scaleway", "project_org_uuids"


def n_alibaba_role(r):
    acct = str(r.randint(10 ** 15, 10 ** 16 - 1))
    d = {"current": "default", "profiles": [{"name": "default", "mode": "RamRoleArn", "access_key_id": "", "access_key_secret": "", "sts_token": "",
                                             "ram_role_arn": "acs:ram::%s:role/%s-deployer" % (acct, pick(r, TEAMS)), "ram_session_name": "ci-session",
                                             "region_id": pick(r, ["cn-hangzhou", "eu-central-1"]), "output_format": "json", "language": "en",
                                             "source_profile": "sso"}], "meta_path": ""}
    return ".aliyun/config.json", "json", json.dumps(d, indent=1).split("\n"), "alibaba", "ram_role_arn"


def n_imds(r):
    lines = ["#!/usr/bin/env bash", "# Fetch temporary credentials from the instance metadata service (IMDSv2).", "set -euo pipefail", "",
             'TOKEN=$(curl -sX PUT "http://169.254.169.254/latest/api/token" -H "X-aws-ec2-metadata-token-ttl-seconds: 21600")',
             'ROLE=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" http://169.254.169.254/latest/meta-data/iam/security-credentials/)',
             'CREDS=$(curl -s -H "X-aws-ec2-metadata-token: $TOKEN" "http://169.254.169.254/latest/meta-data/iam/security-credentials/$ROLE")', "",
             "export AWS_ACCESS_KEY_ID=$(jq -r .AccessKeyId <<<\"$CREDS\")", "export AWS_SECRET_ACCESS_KEY=$(jq -r .SecretAccessKey <<<\"$CREDS\")",
             "export AWS_SESSION_TOKEN=$(jq -r .Token <<<\"$CREDS\")", "", "aws sts get-caller-identity"]
    return "scripts/imds-creds.sh", "shell", lines, "aws", "imds_lookup"


def n_vault_make(r):
    prof = "%s-%s" % (pick(r, ORGS), pick(r, ENVS))
    lines = ["PROFILE ?= %s" % prof, "AWS := aws-vault exec $(PROFILE) --", "", ".PHONY: plan apply whoami", "", "whoami:", "\t$(AWS) aws sts get-caller-identity", "",
             "plan:", "\t$(AWS) terraform -chdir=infra plan", "", "apply:", "\tassume %s --exec 'terraform -chdir=infra apply -auto-approve'" % prof]
    return "Makefile", "makefile", lines, "aws", "aws_vault_granted"


def n_s3_listing(r):
    lines = ["# s3 inventory for %s-%s (aws s3api list-objects-v2)" % (pick(r, ORGS), pick(r, TEAMS)), "key,size,etag,last_modified"]
    for _ in range(r.randint(5, 15)):
        et = hexs(r, 32) + (("-%d" % r.randint(2, 40)) if chance(r, 0.3) else "")
        lines.append("%s/%s.%s,%d,\"%s\",%s" % (pick(r, ["exports", "media", "logs"]), hexs(r, 8), pick(r, ["csv", "jpg", "gz"]), r.randint(1000, 9 * 10 ** 7), et, iso(r)))
    return "data/s3-inventory.csv", "csv", lines, "aws", "s3_etags"


def n_sigv4_test(r):
    lines = ['"""SigV4 signing tests, using the example credentials from the AWS documentation."""', "import datetime", "", "from app.signing import sign_request", "",
             'ACCESS_KEY = "%s"' % AWS_EX_ID, 'SECRET_KEY = "%s"' % AWS_EX_SECRET, "", "", "def test_signature_is_stable():",
             "    when = datetime.datetime(2015, 8, 30, 12, 36, 0)", '    sig = sign_request("GET", "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08",',
             '                       ACCESS_KEY, SECRET_KEY, region="us-east-1", service="iam", when=when)',
             '    assert len(sig) == 64', '    assert sig == "%s"' % hexs(r, 64)]
    return "tests/test_signing.py", "python", lines, "aws", "documented_example_keys"


def n_moto(r):
    lines = ["import os", "", "import boto3", "import pytest", "from moto import mock_aws", "", "", "@pytest.fixture(autouse=True)", "def aws_credentials():",
             '    """Mocked AWS Credentials for moto."""', '    os.environ["AWS_ACCESS_KEY_ID"] = "testing"', '    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"',
             '    os.environ["AWS_SECURITY_TOKEN"] = "testing"', '    os.environ["AWS_SESSION_TOKEN"] = "testing"', '    os.environ["AWS_DEFAULT_REGION"] = "us-east-1"', "", "",
             "@mock_aws", "def test_upload():", '    s3 = boto3.client("s3")', '    s3.create_bucket(Bucket="%s")' % pick(r, TEAMS), '    s3.put_object(Bucket="%s", Key="a.txt", Body=b"x")' % pick(r, TEAMS)]
    return "tests/conftest.py", "python", lines, "aws", "test_fixture_dummy"


def n_cloudfront_pub(r):
    lines = ["CloudFront signed-URL key group for media.%s.com" % pick(r, ORGS), "", "Public key id: K%s" % rs(r, UPDG, 13), "Key group id: %s" % uuid4(r), "",
             "-----BEGIN PUBLIC KEY-----"]
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, B64, 342) + "IDAQAB"
    lines += [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END PUBLIC KEY-----", "", "The private half is in Secrets Manager (`/media/cloudfront/private-key`)."]
    return "docs/cdn/cloudfront-public-key.md", "markdown", lines, "aws", "public_key"


def n_mc_play(r):
    d = {"version": "10", "aliases": {
        "gcs": {"url": "https://storage.googleapis.com", "accessKey": "YOUR-ACCESS-KEY-HERE", "secretKey": "YOUR-SECRET-KEY-HERE", "api": "S3v2", "path": "dns"},
        "local": {"url": "http://localhost:9000", "accessKey": "", "secretKey": "", "api": "S3v4", "path": "auto"},
        "s3": {"url": "https://s3.amazonaws.com", "accessKey": "YOUR-ACCESS-KEY-HERE", "secretKey": "YOUR-SECRET-KEY-HERE", "api": "S3v4", "path": "dns"}}}
    return ".mc/config.json", "json", json.dumps(d, indent=1).split("\n"), "minio", "default_placeholders"


def n_wrangler(r):
    lines = ['name = "%s-worker"' % pick(r, TEAMS), 'main = "src/index.ts"', 'compatibility_date = "2024-%02d-%02d"' % (r.randint(1, 12), r.randint(1, 28)),
             'account_id = "%s"' % hexs(r, 32), "", "[[r2_buckets]]", 'binding = "ASSETS"', 'bucket_name = "%s-assets"' % pick(r, ORGS), "",
             "[[kv_namespaces]]", 'binding = "CACHE"', 'id = "%s"' % hexs(r, 32), "", "[vars]", 'PUBLIC_BASE_URL = "https://cdn.%s.com"' % pick(r, ORGS),
             "# R2 S3 credentials are set with `wrangler secret put R2_SECRET_ACCESS_KEY`"]
    return "wrangler.toml", "toml", lines, "cloudflare_r2", "account_and_namespace_ids"


def n_external_secret(r):
    prov = pick(r, ["aws", "azure", "gcp"])
    store = {"aws": "aws-secrets-manager", "azure": "azure-keyvault", "gcp": "gcp-secret-manager"}[prov]
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s-cloud" % pick(r, TEAMS), "spec:", "  refreshInterval: 1h",
             "  secretStoreRef:", "    kind: ClusterSecretStore", "    name: %s" % store, "  target:", "    name: cloud-credentials", "  data:",
             "    - secretKey: AWS_SECRET_ACCESS_KEY" if prov == "aws" else "    - secretKey: client-secret", "      remoteRef:",
             "        key: %s/%s/credentials" % (pick(r, ENVS), pick(r, TEAMS)), "        property: %s" % pick(r, ["secret", "secret_access_key", "value"])]
    return "k8s/external-secret.yaml", "k8s_secret", lines, prov, "external_secret_reference"


def n_image_digests(r):
    lines = ["image:", "  repository: %s.dkr.ecr.%s.amazonaws.com/%s" % (aws_account(r), pick(r, AWS_REGIONS), pick(r, TEAMS)),
             "  digest: sha256:%s" % hexs(r, 64), "", "sidecar:", "  image: public.ecr.aws/aws-observability/aws-otel-collector@sha256:%s" % hexs(r, 64), "",
             "serviceAccount:", "  annotations:", "    eks.amazonaws.com/role-arn: arn:aws:iam::%s:role/%s-irsa" % (aws_account(r), pick(r, TEAMS)), "",
             "podAnnotations:", "  checksum/config: %s" % hexs(r, 64)]
    return "charts/%s/values.yaml" % pick(r, TEAMS), "helm_values", lines, "aws", "image_digests_irsa"


def n_bicep(r):
    lines = ["param location string = resourceGroup().location", "param storageName string = 'st%s%d'" % (pick(r, ORGS), r.randint(1, 99)), "",
             "resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {", "  name: storageName", "  location: location", "  sku: { name: 'Standard_LRS' }",
             "  kind: 'StorageV2'", "}", "", "resource kv 'Microsoft.KeyVault/vaults@2023-07-01' existing = {", "  name: 'kv-%s'" % pick(r, TEAMS), "}", "",
             "resource conn 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {", "  parent: kv", "  name: 'storage-connection'", "  properties: {",
             "    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'",
             "  }", "}", "", "output storageId string = storage.id",
             "// e.g. /subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Storage/storageAccounts/st%s" % (uuid4(r), pick(r, TEAMS), pick(r, ORGS))]
    return "infra/storage.bicep", "bicep", lines, "azure", "listkeys_expression_resource_id"


def n_arm_params(r):
    sub = uuid4(r)
    d = {"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#", "contentVersion": "1.0.0.0", "parameters": {
        "adminPassword": {"reference": {"keyVault": {"id": "/subscriptions/%s/resourceGroups/rg-shared/providers/Microsoft.KeyVault/vaults/kv-%s" % (sub, pick(r, ORGS))},
                                        "secretName": "vm-admin-password"}},
        "servicePrincipalClientId": {"value": uuid4(r)}, "tenantId": {"value": uuid4(r)}, "location": {"value": pick(r, AZ_REGIONS)}}}
    return "infra/azuredeploy.parameters.%s.json" % pick(r, ENVS), "json", json.dumps(d, indent=2).split("\n"), "azure", "keyvault_reference"


def n_azure_msi(r):
    cid = uuid4(r)
    lines = ["import requests", "", "# user-assigned managed identity of the %s app service (not a secret)" % pick(r, TEAMS), 'MSI_CLIENT_ID = "%s"' % cid,
             'IMDS = "http://169.254.169.254/metadata/identity/oauth2/token"', "", "def token(resource=\"https://storage.azure.com/\"):",
             '    resp = requests.get(IMDS, headers={"Metadata": "true"}, timeout=5, params={', '        "api-version": "2018-02-01",',
             '        "resource": resource,', '        "client_id": MSI_CLIENT_ID,', "    })", "    resp.raise_for_status()", '    return resp.json()["access_token"]', "",
             "# scope: /subscriptions/%s/resourceGroups/rg-%s/providers/Microsoft.Storage/storageAccounts/st%s%d" % (uuid4(r), pick(r, TEAMS), pick(r, ORGS), r.randint(1, 99))]
    return "app/identity.py", "python", lines, "azure", "managed_identity_client_id"


def n_kms_aliases(r):
    acct = aws_account(r)
    reg = pick(r, AWS_REGIONS)
    lines = ["# KMS keys used by the %s services" % pick(r, ORGS), "kms:"]
    for t in r.sample(TEAMS, 3):
        lines += ["  %s:" % t, "    alias: alias/%s-%s" % (t, pick(r, ENVS)), "    key_id: %s" % kms_id(r),
                  "    arn: arn:aws:kms:%s:%s:key/%s" % (reg, acct, kms_id(r)), "    multi_region: %s" % pick(r, ["true", "false"])]
    lines += ["ssm_prefix: /%s/%s" % (pick(r, ORGS), pick(r, ENVS)), "secrets_manager_arn: arn:aws:secretsmanager:%s:%s:secret:%s/app-%s" % (reg, acct, pick(r, ENVS), rs(r, B62, 6))]
    return "config/kms.yaml", "yaml", lines, "aws", "kms_ids_aliases"


DOMAIN_NEGS = [n_azure_msi, n_kms_aliases, n_cloudtrail, n_list_keys, n_iam_policy, n_cfn, n_aws_config_sso, n_tfstate, n_tfplan, n_pulumi_secure, n_sops, n_sealed,
               n_external_account, n_gcloud_keys, n_oci_config, n_oci_tfvars, n_azure_account, n_azure_oidc_gha, n_aws_oidc_gha, n_local_settings,
               n_firebase, n_hcloud_list, n_do_readme, n_b2_buckets, n_scw_tf, n_alibaba_role, n_imds, n_vault_make, n_s3_listing, n_sigv4_test,
               n_moto, n_cloudfront_pub, n_mc_play, n_wrangler, n_external_secret, n_image_digests, n_bicep, n_arm_params]


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------

COMMENT = {"json": None, "pem": None, "service_account_json": None, "csv": None, "javascript": "//", "typescript": "//", "go": "//",
           "markdown": "", "text": "", "bicep": "//", "ini": ";", "oci_config": "#"}
PAD = ["{c} maintained by the %s team", "{c} see docs/ops.md for rotation", "{c} last reviewed %s", "{c} do not change without a ticket"]


def pad(r, lines, ftype):
    mark = COMMENT.get(ftype, "#")
    if mark is None:
        return lines
    if len(lines) < 5:
        extra = []
        for t in r.sample(PAD, len(PAD)):
            t = t.replace("{c}", mark).strip()
            t = t % (iso(r)[:10] if "reviewed" in t else pick(r, TEAMS)) if "%s" in t else t
            extra.append(t)
        need = 5 - len(lines)
        lines = extra[:need] + lines if not (lines and lines[0].startswith(("#!", "[", "{"))) else lines + extra[:need]
    return lines


def weighted_kind(r):
    keys = sorted(KINDS)
    tot = sum(KINDS[k]["weight"] for k in keys)
    u = r.random() * tot
    for k in keys:
        u -= KINDS[k]["weight"]
        if u <= 0:
            return k
    return keys[-1]


FN_USE = {}


def least_used(r, gens):
    """Power-of-three choice: keeps file types spread without losing randomness."""
    cands = [pick(r, gens) for _ in range(3)]
    best = min(cands, key=lambda f: FN_USE.get(f.__name__, 0))
    FN_USE[best.__name__] = FN_USE.get(best.__name__, 0) + 1
    return best


def gen_positive(r):
    for _ in range(50):
        key = weighted_kind(r)
        c = build(r, key)
        x = Ctx(r, c, neg=False)
        x.needle = None
        gens = renderers_for(r, c, False)
        fn = least_used(r, gens)
        try:
            path, ftype, lines = fn(x)
        except ValueError:
            continue
        needle = x.needle or c.needle
        if not needle:
            continue
        lines = pad(r, lines, ftype)
        text = "\n".join(lines)
        if text.count(needle) != 1 or not 5 <= len(lines) <= 80:
            continue
        ln = next(i for i, l in enumerate(lines) if needle in l) + 1
        return dict(path=path, ftype=ftype, lines=lines, provider=c.provider, kind=key, needle=needle, line=ln)
    raise RuntimeError("could not build positive")


def gen_negative(r):
    for _ in range(50):
        if r.random() >= 0.5:
            break
        fn = pick(r, DOMAIN_NEGS)
        path, ftype, lines, prov, kind_ = fn(r)
        lines = pad(r, lines, ftype)
        if 5 <= len(lines) <= 80:
            return dict(path=path, ftype=ftype, lines=lines, provider=prov, kind=kind_)
    for _ in range(50):
        key = weighted_kind(r)
        c = build(r, key)
        gens = renderers_for(r, c, True)
        if not gens:
            continue
        x = Ctx(r, c, neg=True)
        x.needle = None
        fn = least_used(r, gens)
        try:
            path, ftype, lines = fn(x)
        except ValueError:
            continue
        text = "\n".join(lines)
        # a mirror negative must not carry any secret field of the credential it mirrors
        if any(fl.secret and fl.val and fl.val in text for fl in c.fields):
            continue
        lines = pad(r, lines, ftype)
        if not 5 <= len(lines) <= 80:
            continue
        return dict(path=path, ftype=ftype, lines=lines, provider=c.provider, kind="%s:%s" % (key.split("/")[1], x.negkind()))
    raise RuntimeError("could not build negative")


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE CONVENTIONS")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    N = 500
    pos = [gen_positive(r) for _ in range(N)]
    neg = [gen_negative(r) for _ in range(N)]
    manifest, secrets = [], []
    for label, items, pfx in (("positive", pos, "pos/p"), ("negative", neg, "neg/n")):
        for i, it in enumerate(items):
            rel = "%s%04d/%s" % (pfx, i, it["path"])
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write("\n".join(it["lines"]) + "\n")
            it["file"] = rel
            manifest.append({"file": rel, "label": label, "provider": it["provider"], "kind": it["kind"], "filetype": it["ftype"]})
            if label == "positive":
                secrets.append({"file": rel, "needle": it["needle"], "line": it["line"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    errors = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if not (1 <= s["line"] <= len(lines)) or s["needle"] not in lines[s["line"] - 1]:
            print("NEEDLE NOT ON LINE:", s["file"], s["line"])
            errors += 1
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "negative":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as fh:
            t = fh.read()
        for nd in needles:
            if nd in t:
                print("NEEDLE LEAKED INTO NEGATIVE:", m["file"])
                errors += 1
                break
    from collections import Counter
    for lab in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == lab]
        print("== %s: %d files" % (lab, len(rows)))
        print("  providers (%d):" % len(set(m["provider"] for m in rows)), dict(Counter(m["provider"] for m in rows).most_common()))
        print("  kinds (%d):" % len(set(m["kind"] for m in rows)), dict(Counter(m["kind"] for m in rows).most_common()))
        print("  filetypes (%d):" % len(set(m["filetype"] for m in rows)), dict(Counter(m["filetype"] for m in rows).most_common()))
    print("self-check:", "OK" if errors == 0 else "%d ERRORS" % errors)
    if errors:
        sys.exit(1)


if __name__ == "__main__":
    main()
