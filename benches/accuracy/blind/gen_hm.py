#!/usr/bin/env python3
"""gen_hm.py - blind evaluation set: FinOps / cloud cost management / multi-cloud platforms.

EMPHASIS
    Domain: FinOps, cloud cost management and multi-cloud management platforms.
    Providers: Vantage (API tokens vntg_tkn_...), Kubecost / OpenCost (cloud-integration.json,
    Helm kubecostProductConfigs, AWS CUR keys, Azure billing service principals, Azure storage
    access keys for cost exports, GCP billing-export service accounts, OpenCost GCP pricing API
    key), Spot.io / Spotinst (API tokens), CAST AI (API keys), Infracost (ico-... API keys),
    CloudHealth (GUID API keys), Cloudability / Apptio (API keys, Frontdoor keySecret), nOps
    (X-Nops-Api-Key and RSA request-signing key), Harness CCM (pat./sat. tokens), Densify
    (basic-auth password), Finout (client id + secret key), CloudZero (API keys), AWS Cost
    Explorer scripts (IAM access key pairs), Azure cost exports (client secrets, storage keys),
    GCP billing exports (service-account JSON), cost-alert Slack webhooks, CUR warehouse
    connection strings.
    File types: Helm values, Kubernetes Secret (data base64 and stringData), Deployment env,
    Terraform (.tf/.tfvars/.lock.hcl), GitHub Actions, GitLab CI, Jenkinsfile, Atlantis, Python,
    Go, TypeScript/JavaScript, Ruby, PowerShell, shell, Makefile, Dockerfile, JSON
    (cloud-integration.json, service-account keys, appsettings), YAML, TOML, INI, .properties,
    XML, SQL, CSV cost exports, logs, Markdown runbooks, .env (positives only, < 1 in 20), PEM.

USAGE
    python3 -B gen_hm.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    Deterministic per SEED (one random.Random(SEED); no time, no os.urandom, no set order).

NEEDLE CONVENTIONS
    - The needle is the secret exactly as written in the file.
    - API keys / tokens / passwords / client secrets: the bare value (no quotes, no "Bearer ").
    - Headers and URLs: only the secret part (the token after "Bearer ", the api_key query
      value, the password inside a connection string / DSN).
    - Slack incoming webhooks: the whole URL https://hooks.slack.com/services/T../B../... since
      the URL itself is the credential.
    - Key pairs (AWS access key id + secret access key, Finout client id + secret key, Azure
      client id + client secret): the secret half only; the public id is also in the file.
    - Kubernetes Secret `data:` entries: the base64 text as written in the file.
    - Private keys (PEM, also PEM embedded in JSON with \\n escapes or in YAML block scalars):
      the first 64-character base64 body line after -----BEGIN ... PRIVATE KEY-----.
    - "line" is the 1-based line of the needle's first occurrence; the generator asserts it.

NEGATIVES
    Half re-use positive templates with the secret slot holding something that is not a
    secret: placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx..., prefix+xxxx),
    empty values, masked values (****, [REDACTED], prefix****last4), environment references
    (${VAR}, os.environ[...], process.env.X, os.Getenv, var.x, $env:X), template expressions
    (Helm {{ .Values.x }}, ${{ secrets.X }}, Jinja), secret-manager references (op://, vault:,
    Secrets Manager ARNs, GCP Secret Manager paths, Key Vault URIs), providers' documented
    example values (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, the
    Azurite development storage key, the Slack T00000000/B00000000 sample, ico-xxxxx,
    vntg_tkn_xxxxx, the Spotinst docs sample token, the Apptio community opentoken sample) and
    public values (Vantage workspace/report tokens, Spot act- account ids, Azure application
    and secret ids, CloudHealth client api ids, Harness account ids, public keys).
    No negative is written to a .env / .env.local / .env.production file (.env.example is used).
    The other half are look-alikes: CUR / Azure / GCP cost export rows (line item ids, account,
    subscription and billing account ids, SKUs, dollar amounts, tags), manifests with assembly
    ids, Terraform lock and go.sum hashes, package-lock integrity, image digests, pinned action
    SHAs, release checksums, PGP signatures, X.509 certificates, RSA / SSH public keys,
    Kubernetes Secrets holding base64 of non-secret settings, IRSA-only configs, Vantage /
    Harness / CAST AI / Spot ids, Prometheus cost metrics, logs with request/trace ids.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    - Vantage: docs (vantage.readme.io, docs.vantage.sh) show Authorization: Bearer tokens from
      Settings > API Access Tokens; real project code and third-party READMEs show tokens as
      vntg_tkn_ + 40 lowercase hex; Custom Provider ids accss_crdntl_ + 16 hex (an id).
    - Infracost: docs say INFRACOST_API_KEY / `infracost configure set api_key`, CLI v0.1 vs v2
      tokens; public configs show the ico- prefix (scalr docs example api_key = "ico-xxxxx").
    - Kubecost/OpenCost: cloud-integration.json fields (aws athena*, serviceKeyName,
      serviceKeySecret, masterPayerARN; azure azureSubscriptionID, azureStorageAccount,
      azureStorageAccessKey, azureStorageContainer, azureContainerPath, azureCloud; gcp
      projectID, billingDataDataset, key), Helm kubecostProductConfigs awsServiceKeyName /
      awsServiceKeyPassword / azureClientID / azureTenantID / azureClientPassword /
      azureSubscriptionID / azureOfferDurableID / azureBillingRegion / createServiceKeySecret,
      service-key.json {aws_access_key_id, aws_secret_access_key}; OpenCost
      opencost.exporter.cloudProviderApiKey / CLOUD_PROVIDER_API_KEY.
    - Spot.io: SPOTINST_TOKEN / SPOTINST_ACCOUNT (act-xxxxxxxx), provider "spotinst" {token,
      account}, ~/.spotinst/credentials; serverless docs sample token (used as a negative).
    - CAST AI: docs: key from API > API access keys, sent as X-API-Key to api.cast.ai;
      Terraform provider "castai" { api_token }, CASTAI_API_TOKEN.
    - CloudHealth: API key is a GUID, sent as Authorization: Bearer or ?api_key=; CH_API_KEY.
    - Cloudability: API key as basic-auth username (empty password) on api.cloudability.com
      v3; Apptio Frontdoor keyAccess/keySecret -> apptio-opentoken header.
    - Harness: pat.<accountId>.<tokenId>.<secret> / sat. tokens, x-api-key header,
      HARNESS_PLATFORM_API_KEY; a public dotfile shows 22-char account id, 24 hex token id,
      20-char secret.
    - Finout: x-finout-client-id + x-finout-secret-key headers. nOps: X-Nops-Api-Key header,
      optional RSA key pair (openssl genpkey RSA 1024) for request signatures.
    - CloudZero: X-Api-Key / Authorization with an API key; cloudzero-agent Helm apiKey.
    - AWS access keys (AKIA + 16 base32 chars, 40-char secret) and the AWS docs example pair;
      Azure storage keys (64 bytes base64, 88 chars); GCP service-account JSON layout.
    Note: two results were secret-scanner vendor pages (GitGuardian detector pages for
    Infracost and Harness); they were not used for any format.

DOUBTS
    - Infracost key body: assumed ico- + 32 alphanumerics (prefix confirmed, length not).
    - Spot.io token and CAST AI key: assumed 64 lowercase hex (not confirmed in docs).
    - Cloudability v3 API key: assumed 20 alphanumerics; Apptio keySecret assumed 32 hex.
    - Finout secret key, CloudZero API key and nOps API key bodies: no documented format
      found; generated as 32-48 alphanumeric strings.
    - Azure client secret: assumed 40 chars: 3 alnum + digit + "Q~" + 34 of [A-Za-z0-9_.~-]
      (the "Q~" marker is common knowledge, not confirmed in Microsoft docs here).
    - Google API key: AIza + 35 of [A-Za-z0-9_-] (well known, not re-checked here).
    - Private keys are structurally valid PKCS#8 DER (random integers), not mathematically
      valid RSA keys. Densify has no token format (basic-auth password).
"""
import base64
import json
import os
import random
import sys

# ---------------------------------------------------------------------------
# small random helpers (all take the single Random instance)
# ---------------------------------------------------------------------------
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ALNUM = DIG + LOW + UP
LALNUM = DIG + LOW
UALNUM = DIG + UP
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(r, n):
    return rs(r, HEX, n)


def uuid4(r):
    h = hexs(r, 32)
    v = "89ab"[r.randrange(4)]
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], v, h[17:20], h[20:32])


def acct(r):
    return str(r.randint(1, 9)) + rs(r, DIG, 11)


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def b64e(s):
    return base64.b64encode(s.encode()).decode()


def money(r, lo=0.01, hi=25000.0):
    return "%.2f" % r.uniform(lo, hi)


REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
           "ap-northeast-1", "ca-central-1", "sa-east-1", "eu-north-1"]
AZ_REGIONS = ["eastus", "eastus2", "westeurope", "northeurope", "uksouth", "centralus",
              "australiaeast", "canadacentral", "southeastasia", "westus3"]
GCP_REGIONS = ["us-central1", "europe-west1", "europe-west4", "asia-east1", "us-east4",
               "australia-southeast1", "northamerica-northeast1"]
TEAMS = ["platform", "payments", "data-eng", "search", "checkout", "ml-infra", "growth",
         "identity", "observability", "core-api", "billing", "mobile-backend"]
ENVS = ["prod", "production", "staging", "stage", "dev", "sandbox", "qa", "shared"]
CLUSTERS = ["eks-prod-use1", "eks-shared-euw1", "gke-analytics", "aks-core-weu", "prod-blue",
            "k8s-main", "eks-batch", "gke-prod-01", "aks-platform", "eks-ml-training"]
ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella", "hooli", "stark",
        "wayne", "tyrell", "soylent", "vandelay", "pied-piper", "blue-sun"]
PEOPLE = ["alice", "bob", "carol", "dmitri", "eve", "farah", "gustavo", "hana", "ivan",
          "jun", "kwame", "lena", "mateo", "nadia", "oskar", "priya"]
SERVICES_AWS = ["AmazonEC2", "AmazonRDS", "AmazonS3", "AWSLambda", "AmazonEKS",
                "AmazonCloudWatch", "AmazonDynamoDB", "AWSDataTransfer", "AmazonElastiCache"]
INSTANCE_TYPES = ["m5.large", "m6i.xlarge", "c6g.2xlarge", "r5.4xlarge", "t3.medium",
                  "m7g.large", "c5.9xlarge", "g5.2xlarge", "i3.xlarge"]


def org(r):
    return pick(r, ORGS)


def bucket(r, o=None):
    o = o or org(r)
    return pick(r, ["%s-cur-reports", "%s-billing-exports", "%s-cost-and-usage",
                    "%s-finops-cur", "aws-athena-query-results-%s"]) % o + "-" + rs(r, LALNUM, 4)


def date_s(r, y=None):
    y = y or r.choice([2023, 2024, 2025])
    return "%04d-%02d-%02d" % (y, r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date_s(r), r.randint(0, 23), r.randint(0, 59),
                                         r.randint(0, 59), r.randint(0, 999))


def email(r, o=None):
    return "%s@%s.com" % (pick(r, PEOPLE), (o or org(r)).replace("-", ""))


def gh_sha(r):
    return hexs(r, 40)


def sub_id(r):
    return uuid4(r)


def gcp_billing_acct(r):
    return "-".join(rs(r, UHEX, 6) for _ in range(3))


def gcp_project(r, o=None):
    return "%s-%s-%s" % ((o or org(r)), pick(r, ["billing", "finops", "prod", "analytics",
                                                  "shared"]), rs(r, DIG, 4))


# ---------------------------------------------------------------------------
# DER / PEM builders (structurally valid; numbers are random)
# ---------------------------------------------------------------------------
def _dlen(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, content):
    return bytes([tag]) + _dlen(len(content)) + content


def _rand_bytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def _int(raw):
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return _der(0x02, raw)


def _big(r, nbytes, top=True, odd=False):
    b = bytearray(_rand_bytes(r, nbytes))
    if top:
        b[0] |= 0x80
    else:
        b[0] &= 0x7F
        b[0] |= 0x01
    if odd:
        b[-1] |= 1
    return bytes(b)


RSA_OID = _der(0x06, bytes([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01])) + b"\x05\x00"


def rsa_parts(r, bits):
    nb = bits // 8
    hb = nb // 2
    n = _big(r, nb, odd=True)
    parts = [b"\x00", n, b"\x01\x00\x01", _big(r, nb, top=False), _big(r, hb, odd=True),
             _big(r, hb, odd=True), _big(r, hb, top=False), _big(r, hb, top=False),
             _big(r, hb, top=False)]
    return parts


def pem_wrap(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def rsa_private_pem(r, bits=2048):
    parts = rsa_parts(r, bits)
    pk1 = _der(0x30, b"".join(_int(p) for p in parts))
    pk8 = _der(0x30, _int(b"\x00") + _der(0x30, RSA_OID) + _der(0x04, pk1))
    return pem_wrap("PRIVATE KEY", pk8)


def rsa_public_pem(r, bits=2048):
    n = _big(r, bits // 8, odd=True)
    spk = _der(0x30, _int(n) + _int(b"\x01\x00\x01"))
    spki = _der(0x30, _der(0x30, RSA_OID) + _der(0x03, b"\x00" + spk))
    return pem_wrap("PUBLIC KEY", spki)


def fake_cert_pem(r):
    sha256rsa = _der(0x06, bytes([0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b])) + b"\x05\x00"
    tbs = _der(0x30, _der(0xa0, _int(b"\x02")) + _int(_rand_bytes(r, 16)) + _der(0x30, sha256rsa)
               + _der(0x30, _rand_bytes(r, 60)) + _der(0x30, _rand_bytes(r, 30))
               + _der(0x30, _rand_bytes(r, 60)) + _der(0x30, _der(0x30, RSA_OID)
               + _der(0x03, b"\x00" + _rand_bytes(r, 270))))
    cert = _der(0x30, tbs + _der(0x30, sha256rsa) + _der(0x03, b"\x00" + _rand_bytes(r, 256)))
    return pem_wrap("CERTIFICATE", cert)


def pem_first_line(pem):
    return pem.split("\n")[1]


def ssh_rsa_pub(r, comment):
    blob = b"\x00\x00\x00\x07ssh-rsa" + b"\x00\x00\x00\x03\x01\x00\x01" + b"\x00\x00\x01\x01\x00" + _rand_bytes(r, 256)
    return "ssh-rsa %s %s" % (base64.b64encode(blob).decode(), comment)


# ---------------------------------------------------------------------------
# credential generators
# ---------------------------------------------------------------------------
def g_vantage(r):
    return "vntg_tkn_" + hexs(r, 40)


def g_infracost(r):
    return "ico-" + rs(r, ALNUM, 32)


def g_hex64(r):
    return hexs(r, 64)


def g_cloudability(r):
    return rs(r, ALNUM, 20)


def g_apptio_secret(r):
    return hexs(r, 32)


def g_harness(r):
    kind = "pat" if r.random() < 0.7 else "sat"
    return "%s.%s.%s.%s" % (kind, rs(r, B64URL[:-2] + "-_", 22), hexs(r, 24), rs(r, ALNUM, 20))


def g_finout(r):
    return rs(r, ALNUM, 40)


def g_cloudzero(r):
    return rs(r, ALNUM, r.choice([40, 44, 48]))


def g_nops(r):
    return rs(r, ALNUM, r.choice([32, 40]))


def g_password(r):
    words = ["Coral", "Ledger", "Quartz", "Falcon", "Maple", "Harbor", "Nimbus", "Tundra",
             "Cobalt", "Saffron", "Orbit", "Juniper"]
    if r.random() < 0.5:
        return "%s%s%s%d%s" % (pick(r, words), pick(r, ["-", "_", ".", "!"]), pick(r, words),
                               r.randint(10, 9999), pick(r, ["#", "!", "$", "%", "@"]))
    return rs(r, ALNUM, r.randint(14, 22)) + pick(r, ["!", "#", "%", "*"]) + rs(r, DIG, 2)


def g_urlsafe_password(r):
    return rs(r, ALNUM, r.randint(18, 28)) + pick(r, ["-", "_", "."]) + rs(r, ALNUM, 4)


def g_aws_akid(r):
    return "AKIA" + rs(r, B32, 16)


def g_aws_secret(r):
    return rs(r, UP + LOW + DIG + "+/", 40)


def g_azure_secret(r):
    return rs(r, ALNUM, 3) + r.choice("78") + "Q~" + rs(r, ALNUM + "_.~-", 34)


def g_azure_storage(r):
    return base64.b64encode(_rand_bytes(r, 64)).decode()


def g_google_api_key(r):
    return "AIza" + rs(r, ALNUM + "_-", 35)


def g_slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UALNUM, r.choice([8, 9, 10])), rs(r, UALNUM, r.choice([8, 9, 10])), rs(r, ALNUM, 24))


# ---------------------------------------------------------------------------
# values placed in a template's secret slot
# ---------------------------------------------------------------------------
class V(object):
    """A slot value: s is the text written inside quotes; exprs maps a language to a code
    expression that replaces the whole quoted literal (environment references)."""

    def __init__(self, s, cat, exprs=None, extra=None):
        self.s = s
        self.cat = cat
        self.exprs = exprs or {}
        self.x = extra or {}

    @property
    def pos(self):
        return self.cat == "secret"

    def q(self, lang=None, quote='"'):
        if lang in self.exprs:
            return self.exprs[lang]
        return quote + self.s + quote

    def __str__(self):
        return self.s


class Spec(object):
    def __init__(self, key, provider, kind, gen, env, docex=None, public=None, prefix=""):
        self.key = key
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.env = env
        self.docex = docex or []
        self.public = public
        self.prefix = prefix


SPOT_DOC_SAMPLE = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpc3778jnkjhjbfsllo"
APPTIO_DOC_SAMPLE = ("36d9c8b4129e835218952c229ccfcaf9ab1906e43d6da66a0a57ae426aab71a6"
                     "07c16bea57a198b5f8aae8ae509d9d0c")
AZURITE_KEY = ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr"
               "/KBHBeksoGMGw==")
AWS_DOC_AKID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"

SPECS = {
    "vantage": Spec("vantage", "vantage", "api_token", g_vantage, "VANTAGE_API_TOKEN",
                    ["vntg_tkn_xxxxx", "vntg_tkn_...", "<YOUR TOKEN>"],
                    lambda r: pick(r, ["wrkspc_", "rprt_", "accss_crdntl_", "fltr_"]) + hexs(r, 16),
                    "vntg_tkn_"),
    "infracost": Spec("infracost", "infracost", "api_key", g_infracost, "INFRACOST_API_KEY",
                      ["ico-xxxxx", "ico-xxx", "MY_API_KEY", "ico-..."], None, "ico-"),
    "spot": Spec("spot", "spot.io", "api_token", g_hex64, "SPOTINST_TOKEN",
                 [SPOT_DOC_SAMPLE, "<spotinst_token>", "your-spotinst-api-token"],
                 lambda r: "act-" + hexs(r, 8)),
    "castai": Spec("castai", "cast.ai", "api_key", g_hex64, "CASTAI_API_TOKEN",
                   ["your-api-key-here", "<<your-castai-api-key>>", "your-castai-api-token"],
                   lambda r: uuid4(r)),
    "cloudhealth": Spec("cloudhealth", "cloudhealth", "api_key", uuid4, "CH_API_KEY",
                        ["<your-api-key>"], lambda r: str(r.randint(1000, 99999))),
    "cloudability": Spec("cloudability", "cloudability", "api_key", g_cloudability,
                         "CLOUDABILITY_API_KEY", [APPTIO_DOC_SAMPLE, "[apptio opentoken]"],
                         lambda r: uuid4(r)),
    "apptio": Spec("apptio", "apptio", "api_secret", g_apptio_secret, "APPTIO_KEY_SECRET",
                   ["[your_secret_key_loginID]"], None),
    "harness": Spec("harness", "harness", "api_token", g_harness, "HARNESS_PLATFORM_API_KEY",
                    ["<harness-api-key>", "pat.xxxx"], lambda r: rs(r, B64URL, 22)),
    "finout": Spec("finout", "finout", "client_secret", g_finout, "FINOUT_SECRET_KEY",
                   ["YOUR_SECRET_KEY", "real-secret"], lambda r: uuid4(r)),
    "cloudzero": Spec("cloudzero", "cloudzero", "api_key", g_cloudzero, "CLOUDZERO_API_KEY",
                      ["cz_api_xxxxxxxxxx", "<CloudZero_api_key>", "YOUR_CLOUDZERO_API_KEY",
                       "your-api-key"], lambda r: "conn_" + rs(r, LALNUM, 10)),
    "nops": Spec("nops", "nops", "api_key", g_nops, "NOPS_API_KEY", ["<nops-api-key>"], None),
    "densify": Spec("densify", "densify", "password", g_password, "DENSIFY_PASSWORD",
                    ["<password>", "password"], None),
    "aws": Spec("aws", "aws", "access_key_pair", g_aws_secret, "AWS_SECRET_ACCESS_KEY",
                [AWS_DOC_SECRET, "<SECRET_ACCESS_KEY>", "your-secret-access-key"], None),
    "azure_sp": Spec("azure_sp", "azure", "client_secret", g_azure_secret, "AZURE_CLIENT_SECRET",
                     ["<client-secret>", "<Azure AD Client Secret>", "<password>"],
                     lambda r: uuid4(r)),
    "azure_storage": Spec("azure_storage", "azure", "storage_account_key", g_azure_storage,
                          "AZURE_STORAGE_ACCESS_KEY",
                          [AZURITE_KEY, "AZ_cloud_integration_azureStorageAccessKey"], None),
    "gcp_sa": Spec("gcp_sa", "gcp", "service_account_key", None, "GCP_SA_PRIVATE_KEY", [], None),
    "gcp_apikey": Spec("gcp_apikey", "gcp", "api_key", g_google_api_key, "CLOUD_PROVIDER_API_KEY",
                       ["AWS_KEY", "<gcp-pricing-api-key>", "YOUR_API_KEY"], None, "AIza"),
    "slack": Spec("slack", "slack", "webhook_url", g_slack_webhook, "SLACK_WEBHOOK_URL",
                  ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                   "https://hooks.slack.com/services/..."], None),
    "nops_pk": Spec("nops_pk", "nops", "private_key", None, "NOPS_SIGNING_KEY", [], None),
    "pg": Spec("pg", "postgres", "connection_password", g_urlsafe_password, "CUR_DB_PASSWORD",
               ["<password>", "password"], None),
}

GENERIC_PLACEHOLDERS = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME",
                        "<token>", "TODO", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<insert-key>",
                        "your_token_here", "dummy", "CHANGE_ME_BEFORE_DEPLOY", "placeholder",
                        "<secret>", "XXXXXXXXXXXXXXXXXXXX", "none", "tbd"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REDACTED***", "[MASKED]",
         "•••••••••••••"]


def snake(name):
    return name.lower()


def camel(name):
    parts = name.lower().split("_")
    return parts[0] + "".join(p.title() for p in parts[1:])


def code_exprs(r, name):
    return {
        "py": pick(r, ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % name,
        "go": 'os.Getenv("%s")' % name,
        "js": "process.env.%s" % name,
        "ts": "process.env.%s" % name,
        "rb": 'ENV.fetch("%s")' % name,
        "ps1": "$env:%s" % name,
        "tf": "var.%s" % snake(name),
        "groovy": "credentials('%s')" % snake(name).replace("_", "-"),
        "cs": 'Environment.GetEnvironmentVariable("%s")' % name,
    }


def masked_partial(s):
    if len(s) < 12:
        return "*" * len(s)
    keep = 4
    pre = ""
    for p in ("vntg_tkn_", "ico-", "pat.", "sat.", "AKIA", "AIza", "https://hooks.slack.com/services/"):
        if s.startswith(p):
            pre = p
    return pre + "*" * (len(s) - len(pre) - keep) + s[-keep:]


def make_filler(r, spec, cat, name=None, docex=None, public=None, o=None):
    name = name or spec.env
    o = o or org(r)
    if cat == "empty":
        return V("", cat)
    if cat == "masked":
        if spec.gen is not None and r.random() < 0.4:
            return V(masked_partial(spec.gen(r)), cat)
        return V(pick(r, MASKS), cat)
    if cat == "envref":
        return V(pick(r, ["${%s}", "$%s", "${%s:?must be set}", "${%s}"]) % name, cat)
    if cat == "coderef":
        return V(pick(r, ["${%s}", "$%s"]) % name, cat, code_exprs(r, name))
    if cat == "tmplref":
        return V(pick(r, ["{{ .Values.finops.%s }}" % camel(name),
                          "${{ secrets.%s }}" % name,
                          "{{ %s }}" % ("vault_" + snake(name)),
                          "#{%s}#" % name,
                          "{{ requiredEnv `%s` }}" % name,
                          "{{ .Env.%s }}" % name]), cat)
    if cat == "secretref":
        item = snake(name).replace("_", "-")
        return V(pick(r, ["op://FinOps/%s/credential" % item,
                          "vault:secret/data/finops/%s#value" % item,
                          "arn:aws:secretsmanager:%s:%s:secret:finops/%s-%s"
                          % (pick(r, REGIONS), acct(r), item, rs(r, ALNUM, 6)),
                          "projects/%s/secrets/%s/versions/latest" % (gcp_project(r, o), item),
                          "https://kv-%s-finops.vault.azure.net/secrets/%s" % (o, item),
                          "ref+awsssm://finops/%s" % item,
                          "sm://%s" % item]), cat)
    if cat == "docexample":
        opts = docex if docex is not None else spec.docex
        if opts:
            return V(pick(r, opts), cat)
        cat = "placeholder"
    if cat == "public":
        fn = public if public is not None else spec.public
        if fn is not None:
            return V(fn(r), cat)
        cat = "placeholder"
    # placeholder
    opts = list(GENERIC_PLACEHOLDERS)
    if spec.prefix:
        opts.append(spec.prefix + "x" * 32)
        opts.append(spec.prefix + "<your-key>")
    opts.append("<%s>" % name.lower().replace("_", "-"))
    opts.append("YOUR_%s" % name)
    return V(pick(r, opts), "placeholder")


CODE_LANGS = ("py", "go", "js", "ts", "rb", "ps1", "tf", "groovy", "cs")


def choose_cat(r, spec, lang, allowed=None):
    w = [("placeholder", 3.0), ("empty", 1.0), ("masked", 1.5), ("tmplref", 1.5),
         ("secretref", 1.2)]
    if lang in CODE_LANGS:
        w.append(("coderef", 3.0))
    else:
        w.append(("envref", 2.0))
    if spec.docex:
        w.append(("docexample", 1.5))
    if spec.public is not None:
        w.append(("public", 1.0))
    if allowed:
        w = [x for x in w if x[0] in allowed] or [("placeholder", 1.0)]
    tot = sum(x[1] for x in w)
    t = r.random() * tot
    for c, wt in w:
        t -= wt
        if t <= 0:
            return c
    return w[-1][0]


# ---------------------------------------------------------------------------
# positive values (with their public companions) and matching negatives
# ---------------------------------------------------------------------------
def gcp_sa_extra(r, o=None):
    o = o or org(r)
    proj = gcp_project(r, o)
    acct_name = pick(r, ["billing-export", "kubecost-bq", "finops-reader", "cost-exporter",
                         "opencost", "vantage-gcp", "cloudhealth-bq"])
    return {"project": proj, "email": "%s@%s.iam.gserviceaccount.com" % (acct_name, proj),
            "key_id": hexs(r, 40), "client_id": "1" + rs(r, DIG, 20)}


def pos_value(r, spec):
    if spec.key == "aws":
        return V(g_aws_secret(r), "secret", extra={"akid": V(g_aws_akid(r), "id")})
    if spec.key in ("gcp_sa",):
        return V(rsa_private_pem(r, 2048), "secret", extra=gcp_sa_extra(r))
    if spec.key == "nops_pk":
        return V(rsa_private_pem(r, pick(r, [1024, 2048])), "secret")
    return V(spec.gen(r), "secret")


def neg_value(r, spec, lang, allowed=None):
    cat = choose_cat(r, spec, lang, allowed)
    if spec.key == "aws":
        if cat == "docexample":
            v = V(AWS_DOC_SECRET, cat)
            v.x["akid"] = V(AWS_DOC_AKID, cat)
            return v
        v = make_filler(r, spec, cat)
        if cat in ("coderef", "envref", "tmplref", "secretref"):
            a = make_filler(r, spec, cat, name="AWS_ACCESS_KEY_ID")
            if cat == "coderef":
                a.exprs = dict((k, e.replace("AWS_SECRET_ACCESS_KEY", "AWS_ACCESS_KEY_ID")
                                .replace("aws_secret_access_key", "aws_access_key_id"))
                               for k, e in v.exprs.items())
        elif cat == "empty":
            a = V("", cat)
        elif cat == "masked":
            a = V(pick(r, ["AKIA" + "*" * 16, "AKIA************" + rs(r, B32, 4), "****"]), cat)
        else:
            a = V(pick(r, ["<ACCESS_KEY_ID>", "YOUR_ACCESS_KEY_ID", "AKIAXXXXXXXXXXXXXXXX",
                           "your-access-key-id", "changeme"]), cat)
        v.x["akid"] = a
        return v
    if spec.key in ("gcp_sa", "nops_pk"):
        if cat in ("docexample", "public", "coderef"):
            cat = "placeholder"
        if cat == "placeholder":
            v = V(pick(r, ["", "-----BEGIN PRIVATE KEY-----\\n<redacted>\\n-----END PRIVATE KEY-----\\n",
                           "<paste private key here>", "REPLACE_WITH_PRIVATE_KEY"]), cat)
        else:
            v = make_filler(r, spec, cat)
        v.x.update(gcp_sa_extra(r))
        return v
    return make_filler(r, spec, cat)


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------
class T(object):
    def __init__(self, name, fn, specs, lang, conv, enc, negcats):
        self.name = name
        self.fn = fn
        self.specs = specs
        self.lang = lang
        self.conv = conv
        self.enc = enc
        self.negcats = negcats


TEMPLATES = []


def tmpl(name, specs, lang, conv, enc=None, negcats=None):
    def deco(fn):
        TEMPLATES.append(T(name, fn, specs, lang, conv, enc, negcats))
        return fn
    return deco


def yq(r, v):
    """YAML scalar: sometimes quoted, sometimes plain."""
    if v.s == "" or v.s.startswith(("{", "[", "*", "&", "!", "%", "@", "`", "<", "$", "#")) \
            or ": " in v.s or " #" in v.s:
        return '"%s"' % v.s.replace('"', '\\"')
    return pick(r, ['"%s"', "%s", "'%s'"]) % v.s if "'" not in v.s else '"%s"' % v.s


def jv(v):
    return v.s.replace("\n", "\\n")


def pem_block_yaml(pem, indent):
    pad = " " * indent
    return "\n".join(pad + ln for ln in pem.rstrip("\n").split("\n"))


def sa_json(v, indent=2):
    x = v.x
    d = [("type", "service_account"), ("project_id", x["project"]),
         ("private_key_id", x["key_id"]), ("private_key", None),
         ("client_email", x["email"]), ("client_id", x["client_id"]),
         ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
         ("token_uri", "https://oauth2.googleapis.com/token"),
         ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
         ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/"
          + x["email"].replace("@", "%40")),
         ("universe_domain", "googleapis.com")]
    pad = " " * indent
    out = []
    for k, val in d:
        if k == "private_key":
            out.append('%s"%s": "%s"' % (pad, k, jv(v)))
        else:
            out.append('%s"%s": "%s"' % (pad, k, val))
    return "{\n" + ",\n".join(out) + "\n" + pad[:-2] + "}"


# ---------------------------- Kubecost / OpenCost ----------------------------
@tmpl("kubecost_helm_aws", ["aws"], "yaml", True)
def t_kc_helm_aws(r, v):
    o, a, reg, cl = org(r), acct(r), pick(r, REGIONS), pick(r, CLUSTERS)
    path = pick(r, ["deploy/kubecost/values.yaml", "helm/cost-analyzer/values-%s.yaml" % pick(r, ENVS),
                    "clusters/%s/kubecost-values.yaml" % cl, "charts/values/kubecost.yaml"])
    return path, f"""# Kubecost cost-analyzer values for {cl}
# chart: kubecost/cost-analyzer  (see ../README.md for upgrade notes)
global:
  prometheus:
    enabled: true
    fqdn: http://prometheus-server.monitoring.svc:80
  grafana:
    enabled: false
    proxy: false

kubecostProductConfigs:
  clusterName: {cl}
  currencyCode: USD
  projectID: "{a}"
  athenaProjectID: "{a}"
  athenaBucketName: "s3://{bucket(r, o)}"
  athenaRegion: {reg}
  athenaDatabase: athenacurcfn_{o.replace('-', '_')}_cur
  athenaTable: {o.replace('-', '_')}_cur
  athenaWorkgroup: primary
  createServiceKeySecret: true
  awsServiceKeyName: {yq(r, v.x['akid'])}
  awsServiceKeyPassword: {yq(r, v)}
  labelMappingConfigs:
    enabled: true
    owner_label: "owner"
    team_label: "team"
    department_label: "cost-center"

persistentVolume:
  enabled: true
  size: 32Gi
  storageClass: gp3

networkCosts:
  enabled: {pick(r, ['true', 'false'])}
"""


@tmpl("kubecost_helm_azure", ["azure_sp"], "yaml", True)
def t_kc_helm_az(r, v):
    cl = pick(r, CLUSTERS)
    path = pick(r, ["deploy/kubecost/values-azure.yaml", "helm/kubecost/aks-values.yaml",
                    "clusters/%s/cost-analyzer.values.yaml" % cl])
    return path, f"""kubecostProductConfigs:
  clusterName: "{cl}"
  currencyCode: {pick(r, ['USD', 'EUR', 'CAD', 'GBP'])}
  azureBillingRegion: {pick(r, ['US', 'CA', 'GB', 'NL', 'DE'])}
  azureSubscriptionID: {sub_id(r)}
  azureClientID: {uuid4(r)}
  azureTenantID: {uuid4(r)}
  azureClientPassword: {yq(r, v)}
  azureOfferDurableID: {pick(r, ['MS-AZR-0003P', 'MS-AZR-0017P', 'MS-AZR-0148P'])}
  createServiceKeySecret: true

prometheus:
  server:
    retention: 15d
    persistentVolume:
      size: 64Gi

ingress:
  enabled: true
  className: nginx
  hosts:
    - kubecost.{org(r)}.internal
"""


@tmpl("cloud_integration_aws", ["aws"], "json", True)
def t_ci_aws(r, v):
    o, a = org(r), acct(r)
    path = pick(r, ["kubecost/cloud-integration.json", "deploy/kubecost/secrets/cloud-integration.json",
                    "cloud-integration.json", "opencost/cloud-integration.json"])
    return path, f"""{{
  "aws": [
    {{
      "athenaBucketName": "s3://{bucket(r, o)}",
      "athenaRegion": "{pick(r, REGIONS)}",
      "athenaDatabase": "athenacurcfn_{o.replace('-', '_')}",
      "athenaTable": "{o.replace('-', '_')}_cur",
      "athenaWorkgroup": "primary",
      "projectID": "{a}",
      "serviceKeyName": "{v.x['akid'].s}",
      "serviceKeySecret": "{v.s}"
    }}
  ]
}}
"""


@tmpl("cloud_integration_azure", ["azure_storage"], "json", True)
def t_ci_az(r, v):
    o = org(r)
    path = pick(r, ["kubecost/cloud-integration.json", "secrets/kubecost/cloud-integration.json",
                    "infra/k8s/kubecost/cloud-integration.json"])
    return path, f"""{{
  "azure": [
    {{
      "azureSubscriptionID": "{sub_id(r)}",
      "azureStorageAccount": "{o.replace('-', '')}costexports{rs(r, DIG, 2)}",
      "azureStorageAccessKey": "{v.s}",
      "azureStorageContainer": "cost-exports",
      "azureContainerPath": "{pick(r, ['daily/actual', 'exports/monthly', ''])}",
      "azureCloud": "public"
    }}
  ]
}}
"""


@tmpl("cloud_integration_gcp", ["gcp_sa"], "json", True, enc="pem")
def t_ci_gcp(r, v):
    path = pick(r, ["kubecost/cloud-integration.json", "deploy/kubecost/gcp/cloud-integration.json"])
    sa = sa_json(v, 8)
    return path, """{
  "gcp": [
    {
      "projectID": "%s",
      "billingDataDataset": "%s.billing_export.gcp_billing_export_resource_v1_%s",
      "key": %s
    }
  ]
}
""" % (v.x["project"], v.x["project"], gcp_billing_acct(r).replace("-", "_"), sa.replace("\n}", "\n      }"))


@tmpl("k8s_secret_service_key", ["aws"], "yaml", True)
def t_k8s_sk(r, v):
    path = pick(r, ["k8s/kubecost/service-key-secret.yaml", "manifests/kubecost/aws-service-key.yaml",
                    "gitops/apps/kubecost/secret.yaml"])
    return path, f"""apiVersion: v1
kind: Secret
metadata:
  name: cloud-service-key
  namespace: kubecost
  labels:
    app.kubernetes.io/name: cost-analyzer
    app.kubernetes.io/part-of: finops
type: Opaque
stringData:
  service-key.json: |
    {{
      "aws_access_key_id": "{v.x['akid'].s}",
      "aws_secret_access_key": "{v.s}"
    }}
"""


@tmpl("k8s_secret_spot_b64", ["spot", "castai", "cloudzero"], "yaml", False, enc="b64",
      negcats=["placeholder", "empty", "masked", "docexample"])
def t_k8s_b64(r, v):
    ns = pick(r, ["kube-system", "spot-system", "castai-agent", "cloudzero-agent", "finops"])
    name = pick(r, ["spotinst-kubernetes-cluster-controller", "castai-agent", "cz-agent-api-key",
                    "cost-agent-credentials"])
    path = pick(r, ["k8s/%s/secret.yaml" % ns, "manifests/%s.secret.yaml" % name,
                    "clusters/%s/%s/secret.yaml" % (pick(r, CLUSTERS), ns)])
    keyname = pick(r, ["token", "apiKey", "API_KEY", "value"])
    return path, f"""apiVersion: v1
kind: Secret
metadata:
  name: {name}
  namespace: {ns}
  annotations:
    kubernetes.io/description: "credentials for the cost optimisation controller"
type: Opaque
data:
  {keyname}: {b64e(v.s)}
  account: {b64e(pick(r, ['act-', 'org-']) + hexs(r, 8))}
  region: {b64e(pick(r, REGIONS))}
"""


@tmpl("kubecost_alerts_slack", ["slack"], "yaml", True)
def t_kc_alerts(r, v):
    path = pick(r, ["deploy/kubecost/alerts.yaml", "helm/kubecost/values-alerts.yaml"])
    return path, f"""notifications:
  alertConfigs:
    frontendUrl: https://kubecost.{org(r)}.internal
    globalSlackWebhookUrl: {yq(r, v)}
    globalAlertEmails:
      - finops@{org(r)}.com
    alerts:
      - type: budget
        threshold: {r.randint(500, 20000)}
        window: daily
        aggregation: namespace
        filter: {pick(r, TEAMS)}
      - type: spendChange
        relativeThreshold: 0.{r.randint(10, 60)}
        window: 1d
        baselineWindow: 30d
        aggregation: namespace
        filter: '*'
      - type: recurringUpdate
        window: weekly
        aggregation: namespace
        filter: '*'
"""


@tmpl("opencost_values_gcp_key", ["gcp_apikey"], "yaml", True)
def t_oc_values(r, v):
    path = pick(r, ["deploy/opencost/values.yaml", "helm/opencost/values-gke.yaml"])
    return path, f"""# OpenCost on GKE - pricing via the Cloud Billing Catalog API
opencost:
  exporter:
    defaultClusterId: {pick(r, CLUSTERS)}
    cloudProviderApiKey: {yq(r, v)}
    resources:
      requests:
        cpu: 10m
        memory: 55Mi
  prometheus:
    internal:
      enabled: true
      serviceName: prometheus-server
      namespaceName: monitoring
      port: 80
  ui:
    enabled: true
  metrics:
    serviceMonitor:
      enabled: {pick(r, ['true', 'false'])}
"""


@tmpl("opencost_deploy_env", ["aws"], "yaml", True)
def t_oc_deploy(r, v):
    path = pick(r, ["k8s/opencost/deployment.yaml", "manifests/opencost.yaml"])
    return path, f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: opencost
  namespace: opencost
spec:
  replicas: 1
  selector:
    matchLabels:
      app: opencost
  template:
    metadata:
      labels:
        app: opencost
    spec:
      serviceAccountName: opencost
      containers:
        - name: opencost
          image: ghcr.io/opencost/opencost:1.{r.randint(105, 113)}.{r.randint(0, 3)}
          ports:
            - containerPort: 9003
          env:
            - name: PROMETHEUS_SERVER_ENDPOINT
              value: http://prometheus-server.monitoring.svc:80
            - name: CLUSTER_ID
              value: {pick(r, CLUSTERS)}
            - name: AWS_ACCESS_KEY_ID
              value: {yq(r, v.x['akid'])}
            - name: AWS_SECRET_ACCESS_KEY
              value: {yq(r, v)}
            - name: CLOUD_COST_ENABLED
              value: "true"
"""


@tmpl("kubecost_federated_store", ["aws"], "yaml", False)
def t_kc_fed(r, v):
    o = org(r)
    path = pick(r, ["kubecost/federated-store.yaml", "deploy/kubecost/object-store.yaml"])
    return path, f"""type: S3
config:
  bucket: "{o}-kubecost-federated-{rs(r, LALNUM, 4)}"
  endpoint: "s3.amazonaws.com"
  region: "{pick(r, REGIONS)}"
  access_key: "{v.x['akid'].s}"
  secret_key: "{v.s}"
  insecure: false
  signature_version2: false
  put_user_metadata:
    "X-Amz-Acl": "bucket-owner-full-control"
  http_config:
    idle_conn_timeout: 90s
    response_header_timeout: 2m
  trace:
    enable: true
  part_size: 134217728
"""


# ---------------------------------- Spot.io ----------------------------------
@tmpl("spot_tf_provider", ["spot"], "tf", False)
def t_spot_tf(r, v):
    path = pick(r, ["terraform/spot/providers.tf", "infra/ocean/main.tf", "modules/ocean-eks/provider.tf"])
    return path, f"""terraform {{
  required_providers {{
    spotinst = {{
      source  = "spotinst/spotinst"
      version = ">= 1.{r.randint(150, 200)}.0"
    }}
  }}
}}

provider "spotinst" {{
  token   = {v.q('tf')}
  account = "act-{hexs(r, 8)}"
}}

resource "spotinst_ocean_aws" "this" {{
  name                        = "{pick(r, CLUSTERS)}"
  controller_id               = "{pick(r, CLUSTERS)}"
  region                      = "{pick(r, REGIONS)}"
  min_size                    = 0
  max_size                    = {r.randint(20, 300)}
  desired_capacity            = {r.randint(2, 10)}
  fallback_to_ondemand        = true
  utilize_reserved_instances  = true
  spot_percentage             = {pick(r, [80, 90, 100])}
}}
"""


@tmpl("spot_ocean_helm", ["spot"], "yaml", True)
def t_spot_helm(r, v):
    cl = pick(r, CLUSTERS)
    path = pick(r, ["helm/ocean-controller/values.yaml", "clusters/%s/ocean-kubernetes-controller.yaml" % cl])
    return path, f"""# ocean-kubernetes-controller values
spotinst:
  account: act-{hexs(r, 8)}
  clusterIdentifier: {cl}
  token: {yq(r, v)}
  baseUrl: ""
  proxyUrl: ""
replicas: 2
metricsServer:
  deployChart: false
resources:
  requests:
    cpu: 100m
    memory: 256Mi
tolerations:
  - key: node-role.kubernetes.io/control-plane
    operator: Exists
    effect: NoSchedule
"""


@tmpl("spot_credentials_file", ["spot"], "yaml", True)
def t_spot_cred(r, v):
    path = pick(r, ["ops/spotinst/credentials", ".spotinst/credentials", "tools/spotctl/credentials.yml"])
    return path, f"""# spotctl / spotinst SDK shared credentials
default:
  token: {v.s}
  account: act-{hexs(r, 8)}
{pick(r, ['staging', 'sandbox', 'dev'])}:
  account: act-{hexs(r, 8)}
"""


@tmpl("spot_python_session", ["spot"], "py", False)
def t_spot_py(r, v):
    path = pick(r, ["scripts/ocean_savings_report.py", "tools/spot/list_elastigroups.py", "finops/spot_report.py"])
    return path, f"""#!/usr/bin/env python3
\"\"\"Weekly Ocean savings summary posted to the FinOps channel.\"\"\"
import csv
import os
import sys

from spotinst_sdk2 import SpotinstSession

ACCOUNT_ID = "act-{hexs(r, 8)}"


def main(out_path):
    session = SpotinstSession(auth_token={v.q('py')}, account_id=ACCOUNT_ID)
    client = session.client("ocean_aws")
    clusters = client.get_all_ocean_clusters()
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["cluster", "id", "region"])
        for c in clusters:
            w.writerow([c["name"], c["id"], c.get("region", "")])
    print("wrote %d clusters" % len(clusters))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "ocean_clusters.csv")
"""


# ---------------------------------- CAST AI ----------------------------------
@tmpl("castai_tf_provider", ["castai"], "tf", False)
def t_cast_tf(r, v):
    path = pick(r, ["terraform/castai/main.tf", "infra/eks/castai.tf", "envs/%s/castai.tf" % pick(r, ENVS)])
    return path, f"""provider "castai" {{
  api_url   = "https://api.cast.ai"
  api_token = {v.q('tf')}
}}

module "castai-eks-cluster" {{
  source  = "castai/eks-cluster/castai"
  version = "~> {r.randint(6, 12)}.0"

  aws_account_id     = "{acct(r)}"
  aws_cluster_region = "{pick(r, REGIONS)}"
  aws_cluster_name   = "{pick(r, CLUSTERS)}"
  delete_nodes_on_disconnect = true

  default_node_configuration = module.castai-eks-cluster.castai_node_configurations["default"]
}}
"""


@tmpl("castai_agent_values", ["castai"], "yaml", True)
def t_cast_helm(r, v):
    path = pick(r, ["helm/castai-agent/values.yaml", "clusters/%s/castai-agent.values.yaml" % pick(r, CLUSTERS)])
    return path, f"""# castai-helm/castai-agent
apiURL: https://api.cast.ai
apiKey: {yq(r, v)}
provider: {pick(r, ['eks', 'gke', 'aks'])}
createNamespace: false
clusterVPA:
  enabled: true
resources:
  requests:
    cpu: 100m
    memory: 128Mi
"""


@tmpl("castai_python_header", ["castai"], "py", False)
def t_cast_py(r, v):
    path = pick(r, ["scripts/castai_savings.py", "finops/castai/export_savings.py"])
    return path, f"""import json
import os

import requests

API = "https://api.cast.ai/v1"
HEADERS = {{"X-API-Key": {v.q('py')}, "Accept": "application/json"}}


def cluster_savings(cluster_id):
    resp = requests.get(f"{{API}}/cost-reports/clusters/{{cluster_id}}/savings", headers=HEADERS, timeout=30)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    for cid in ["{uuid4(r)}", "{uuid4(r)}"]:
        print(json.dumps(cluster_savings(cid), indent=2))
"""


@tmpl("castai_pulumi_yaml", ["castai"], "yaml", False)
def t_cast_pulumi(r, v):
    env = pick(r, ENVS)
    return "infra/pulumi/Pulumi.%s.yaml" % env, f"""config:
  aws:region: {pick(r, REGIONS)}
  castai:apiUrl: https://api.cast.ai
  castai:apiToken: {yq(r, v)}
  {org(r)}-eks:clusterName: {pick(r, CLUSTERS)}
  {org(r)}-eks:nodeGroupMax: "{r.randint(5, 60)}"
"""


# ---------------------------------- Vantage ----------------------------------
@tmpl("vantage_python_bearer", ["vantage"], "py", False)
def t_vant_py(r, v):
    path = pick(r, ["scripts/vantage_cost_reports.py", "finops/vantage/pull_costs.py", "jobs/cost_digest.py"])
    return path, f"""\"\"\"Pull the monthly cost reports from Vantage and write a CSV digest.\"\"\"
import csv
import datetime as dt
import os

import requests

BASE = "https://api.vantage.sh/v2"
session = requests.Session()
session.headers.update({{
    "Accept": "application/json",
    "Authorization": "Bearer " + {v.q('py')},
}})

REPORTS = {{
    "{pick(r, TEAMS)}": "rprt_{hexs(r, 16)}",
    "{pick(r, TEAMS)}": "rprt_{hexs(r, 16)}",
}}


def costs(report_token, start, end):
    params = {{"cost_report_token": report_token, "start_date": start, "end_date": end, "groupings": "service"}}
    r = session.get(BASE + "/costs", params=params, timeout=60)
    r.raise_for_status()
    return r.json()["costs"]


if __name__ == "__main__":
    today = dt.date.today()
    start = today.replace(day=1).isoformat()
    with open("vantage_digest.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["team", "service", "amount"])
        for team, tok in REPORTS.items():
            for row in costs(tok, start, today.isoformat()):
                w.writerow([team, row.get("service"), row.get("amount")])
"""


@tmpl("vantage_tf_provider", ["vantage"], "tf", True)
def t_vant_tf(r, v):
    path = pick(r, ["terraform/vantage/main.tf", "finops/terraform/vantage.tf"])
    team = pick(r, TEAMS)
    return path, f"""terraform {{
  required_providers {{
    vantage = {{
      source  = "vantage-sh/vantage"
      version = "~> 0.1"
    }}
  }}
}}

variable "vantage_api_token" {{
  type      = string
  sensitive = true
  default   = {v.q('tf')}
}}

provider "vantage" {{
  api_token = var.vantage_api_token
}}

resource "vantage_folder" "{team.replace('-', '_')}" {{
  title           = "{team.title()} costs"
  workspace_token = "wrkspc_{hexs(r, 16)}"
}}

resource "vantage_cost_report" "{team.replace('-', '_')}_monthly" {{
  folder_token = vantage_folder.{team.replace('-', '_')}.token
  filter       = "costs.provider = 'aws' AND tags.name = 'team' AND tags.value = '{team}'"
  title        = "{team.title()} AWS monthly"
}}
"""


@tmpl("vantage_go_client", ["vantage"], "go", False)
def t_vant_go(r, v):
    path = pick(r, ["internal/costs/vantage.go", "cmd/costbot/vantage_client.go"])
    return path, f"""package costs

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"time"
)

type Client struct {{
	token string
	http  *http.Client
}}

func NewClient(token string) *Client {{
	return &Client{{token: token, http: &http.Client{{Timeout: 30 * time.Second}}}}
}}

var Default = NewClient({v.q('go')})

func (c *Client) CostReports() ([]map[string]any, error) {{
	req, err := http.NewRequest("GET", "https://api.vantage.sh/v2/cost_reports", nil)
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("Authorization", "Bearer "+c.token)
	resp, err := c.http.Do(req)
	if err != nil {{
		return nil, err
	}}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {{
		fmt.Fprintln(os.Stderr, "vantage:", resp.Status)
	}}
	var out struct {{ CostReports []map[string]any `json:"cost_reports"` }}
	return out.CostReports, json.NewDecoder(resp.Body).Decode(&out)
}}
"""


@tmpl("vantage_gha_env", ["vantage"], "yaml", True)
def t_vant_gha(r, v):
    return pick(r, [".github/workflows/cost-digest.yml", ".github/workflows/vantage-sync.yml"]), f"""name: weekly cost digest
on:
  schedule:
    - cron: "0 7 * * 1"
  workflow_dispatch: {{}}

env:
  VANTAGE_API_TOKEN: {yq(r, v)}
  PYTHON_VERSION: "3.12"

jobs:
  digest:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: ${{{{ env.PYTHON_VERSION }}}}
      - run: pip install -r finops/requirements.txt
      - run: python finops/vantage/pull_costs.py
      - uses: actions/upload-artifact@v4
        with:
          name: vantage-digest
          path: vantage_digest.csv
"""


@tmpl("vantage_curl_sh", ["vantage"], "sh", False)
def t_vant_sh(r, v):
    return pick(r, ["scripts/vantage_report.sh", "bin/cost-report", "ops/finops/vantage-export.sh"]), f"""#!/usr/bin/env bash
set -euo pipefail
# Export last month's costs per service from Vantage
START=$(date -d "$(date +%Y-%m-01) -1 month" +%F)
END=$(date -d "$(date +%Y-%m-01) -1 day" +%F)
REPORT="rprt_{hexs(r, 16)}"

curl --fail --silent --show-error \\
  --url "https://api.vantage.sh/v2/costs?cost_report_token=${{REPORT}}&start_date=${{START}}&end_date=${{END}}&groupings=service" \\
  --header 'Accept: application/json' \\
  --header "Authorization: Bearer {v.s}" \\
  | jq -r '.costs[] | [.service, .amount] | @csv' > "costs-${{START}}.csv"

echo "wrote costs-${{START}}.csv"
"""


@tmpl("dotenv_finops", ["vantage", "infracost", "cloudzero", "castai", "harness"], "env", True)
def t_dotenv(r, v):
    # positives may use a real .env file; negatives never do
    path = pick(r, [".env", "finops/.env", "services/cost-api/.env"]) if v.pos else \
        pick(r, [".env.example", ".env.sample", "finops/.env.example", "env/dev.env.template"])
    spec = CUR_SPEC[0]
    return path, f"""# cost-api local settings
APP_ENV=development
LOG_LEVEL=info
PORT={r.randint(3000, 9000)}
DATABASE_URL=postgres://localhost:5432/costs_dev
DEFAULT_CURRENCY=USD
{spec.env}={v.s}
COST_CACHE_TTL_SECONDS={pick(r, [300, 900, 3600])}
"""


@tmpl("vantage_connector_json", ["vantage"], "json", False)
def t_vant_json(r, v):
    return pick(r, ["connectors/vantage-source.json", "airbyte/sources/vantage.json"]), f"""{{
  "name": "vantage",
  "config": {{
    "connector.class": "io.kafka.connect.generated.VantageSourceConnector",
    "tasks.max": "1",
    "topic.prefix": "finops.vantage",
    "api.base.url": "https://api.vantage.sh/v2",
    "api.access.token": "{v.s}",
    "poll.interval.ms": "3600000",
    "topic.creation.default.replication.factor": "3",
    "topic.creation.default.partitions": "1"
  }}
}}
"""


# --------------------------------- Infracost ---------------------------------
@tmpl("infracost_gha", ["infracost"], "yaml", False)
def t_ico_gha(r, v):
    return pick(r, [".github/workflows/infracost.yml", ".github/workflows/terraform-cost.yml"]), f"""name: infracost
on:
  pull_request:
    types: [opened, synchronize, closed]
    paths: ["terraform/**"]

jobs:
  infracost-pull-request-checks:
    name: Infracost Pull Request Checks
    if: github.event_name == 'pull_request' && (github.event.action == 'opened' || github.event.action == 'synchronize')
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
      - name: Setup Infracost
        uses: infracost/actions/setup@v3
        with:
          api-key: {yq(r, v)}
      - name: Checkout base branch
        uses: actions/checkout@v4
        with:
          ref: '${{{{ github.event.pull_request.base.ref }}}}'
      - name: Generate Infracost cost estimate baseline
        run: |
          infracost breakdown --path=terraform \\
                              --format=json \\
                              --out-file=/tmp/infracost-base.json
      - name: Checkout PR branch
        uses: actions/checkout@v4
      - name: Generate Infracost diff
        run: |
          infracost diff --path=terraform \\
                          --format=json \\
                          --compare-to=/tmp/infracost-base.json \\
                          --out-file=/tmp/infracost.json
      - name: Post Infracost comment
        run: |
          infracost comment github --path=/tmp/infracost.json \\
                                   --repo=$GITHUB_REPOSITORY \\
                                   --github-token=${{{{ github.token }}}} \\
                                   --pull-request=${{{{ github.event.pull_request.number }}}} \\
                                   --behavior=update
"""


@tmpl("infracost_gitlab", ["infracost"], "yaml", True)
def t_ico_gitlab(r, v):
    return ".gitlab-ci.yml", f"""stages:
  - validate
  - cost

variables:
  TF_ROOT: terraform/{pick(r, ENVS)}
  INFRACOST_API_KEY: {yq(r, v)}
  INFRACOST_VCS_PROVIDER: gitlab

validate:
  stage: validate
  image: hashicorp/terraform:1.{r.randint(5, 9)}
  script:
    - terraform -chdir=$TF_ROOT init -backend=false
    - terraform -chdir=$TF_ROOT validate

infracost:
  stage: cost
  image:
    name: infracost/infracost:ci-0.10
    entrypoint: [""]
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
  script:
    - infracost breakdown --path=$TF_ROOT --format=json --out-file=infracost.json
    - infracost comment gitlab --path=infracost.json --repo=$CI_PROJECT_PATH --merge-request=$CI_MERGE_REQUEST_IID --gitlab-server-url=$CI_SERVER_URL --gitlab-token=$GITLAB_TOKEN --behavior=update
"""


@tmpl("infracost_credentials_yml", ["infracost"], "yaml", False)
def t_ico_cred(r, v):
    return pick(r, ["tools/infracost/credentials.yml", "ci/infracost/credentials.yml",
                    ".config/infracost/credentials.yml"]), f"""version: "0.1"
api_key: {v.s}
pricing_api_endpoint: https://pricing.api.infracost.io
"""


@tmpl("infracost_atlantis", ["infracost"], "yaml", True)
def t_ico_atlantis(r, v):
    return pick(r, ["atlantis.yaml", "repos.yaml"]), f"""version: 3
projects:
  - name: {pick(r, ENVS)}
    dir: terraform/{pick(r, ENVS)}
    workflow: terraform-infracost
workflows:
  terraform-infracost:
    plan:
      steps:
        - env:
            name: INFRACOST_API_KEY
            value: {yq(r, v)}
        - env:
            name: INFRACOST_OUTPUT
            command: 'echo "/tmp/$BASE_REPO_OWNER-$BASE_REPO_NAME-$PULL_NUM-$WORKSPACE-${{REPO_REL_DIR//\\//-}}-infracost.json"'
        - init
        - plan
        - show
        - run: infracost breakdown --path=$SHOWFILE --format=json --log-level=info --out-file=$INFRACOST_OUTPUT
"""


@tmpl("infracost_makefile", ["infracost"], "make", True)
def t_ico_make(r, v):
    return "Makefile", f"""SHELL := /bin/bash
TF_DIR ?= terraform/{pick(r, ENVS)}
export INFRACOST_API_KEY ?= {v.s}

.PHONY: plan cost fmt

fmt:
\tterraform -chdir=$(TF_DIR) fmt -recursive

plan:
\tterraform -chdir=$(TF_DIR) plan -out=tfplan.binary
\tterraform -chdir=$(TF_DIR) show -json tfplan.binary > plan.json

cost: plan
\tinfracost breakdown --path plan.json --show-skipped
"""


@tmpl("infracost_jenkins", ["infracost"], "groovy", True)
def t_ico_jenkins(r, v):
    return "Jenkinsfile", f"""pipeline {{
  agent {{ docker {{ image 'infracost/infracost:ci-0.10' ; args "--user=root --entrypoint=''" }} }}
  environment {{
    INFRACOST_API_KEY = {v.q('groovy', "'")}
    TF_DIR = 'terraform/{pick(r, ENVS)}'
  }}
  stages {{
    stage('infracost breakdown') {{
      steps {{
        sh 'infracost breakdown --path $TF_DIR --format table'
      }}
    }}
  }}
  post {{
    always {{ cleanWs() }}
  }}
}}
"""


@tmpl("infracost_scalr_tf", ["infracost"], "tf", False)
def t_ico_scalr(r, v):
    return pick(r, ["terraform/scalr/integrations.tf", "platform/scalr/main.tf"]), f"""resource "scalr_integration_infracost" "cost" {{
  name         = "infracost-{org(r)}"
  api_key      = {v.q('tf')}
  environments = ["*"]
}}

resource "scalr_environment" "{pick(r, ENVS)}" {{
  name       = "{pick(r, ENVS)}"
  account_id = "acc-{rs(r, LALNUM, 13)}"
}}
"""


@tmpl("infracost_dockerfile", ["infracost"], "docker", True)
def t_ico_docker(r, v):
    return pick(r, ["ci/cost/Dockerfile", "docker/infracost-runner/Dockerfile", "Dockerfile"]), f"""FROM infracost/infracost:ci-0.10.{r.randint(30, 41)}
LABEL org.opencontainers.image.source="https://github.com/{org(r)}/platform-ci"
RUN apk add --no-cache bash jq git
ENV INFRACOST_API_KEY={v.s} \\
    INFRACOST_SKIP_UPDATE_CHECK=true \\
    INFRACOST_LOG_LEVEL=info
WORKDIR /work
COPY scripts/cost-comment.sh /usr/local/bin/cost-comment
ENTRYPOINT ["/usr/local/bin/cost-comment"]
"""


@tmpl("infracost_configure_sh", ["infracost"], "sh", False)
def t_ico_sh(r, v):
    return pick(r, ["scripts/bootstrap-ci-runner.sh", "ci/setup-infracost.sh"]), f"""#!/bin/sh
set -e
# install and configure the infracost CLI on the self-hosted runner
curl -fsSL https://raw.githubusercontent.com/infracost/infracost/master/scripts/install.sh | sh
infracost --version
infracost configure set api_key {v.s}
infracost configure set currency {pick(r, ['USD', 'EUR', 'GBP'])}
infracost configure get api_key >/dev/null && echo "infracost configured"
"""


# -------------------------------- CloudHealth --------------------------------
@tmpl("cloudhealth_chtools_sh", ["cloudhealth"], "sh", False)
def t_ch_sh(r, v):
    return pick(r, ["scripts/cloudhealth/onboard_accounts.sh", "ops/cloudhealth-sync.sh"]), f"""#!/usr/bin/env bash
# Register new AWS accounts in CloudHealth after the landing-zone pipeline runs.
set -euo pipefail
ACCOUNTS_FILE=${{1:-accounts.txt}}
while read -r name acct; do
  chtools aws-account create \\
    --api-key {v.s} \\
    --name "$name" \\
    --assume-role-arn "arn:aws:iam::${{acct}}:role/CloudHealth-ReadOnly"
done < "$ACCOUNTS_FILE"
chtools perspective get-schema --api-key {v.s} --name "{pick(r, TEAMS).title()} Perspective" > /dev/null
"""


@tmpl("cloudhealth_query_url", ["cloudhealth"], "py", False)
def t_ch_url(r, v):
    return pick(r, ["scripts/cloudhealth_cost_history.py", "finops/ch/cost_history.py"]), f"""import json
import urllib.request

# monthly cost history for the {pick(r, TEAMS)} perspective
URL = ("https://chapi.cloudhealthtech.com/olap_reports/cost/history"
       "?api_key={v.s}&interval=monthly&dimensions[]=time&dimensions[]=AWS-Service-Category")


def fetch():
    req = urllib.request.Request(URL, headers={{"Accept": "application/json"}})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.load(resp)


if __name__ == "__main__":
    data = fetch()
    for month, row in zip(data["dimensions"][0]["time"], data["data"]):
        print(month["label"], round(row[0][0], 2))
"""


@tmpl("cloudhealth_node_bearer", ["cloudhealth"], "js", True)
def t_ch_js(r, v):
    return pick(r, ["src/integrations/cloudhealth.js", "lib/cloudhealth-client.js"]), f"""'use strict';
const axios = require('axios');

const CH_API_KEY = {v.q('js', "'")};

const client = axios.create({{
  baseURL: 'https://chapi.cloudhealthtech.com',
  timeout: 30000,
  headers: {{
    Authorization: `Bearer ${{CH_API_KEY}}`,
    Accept: 'application/json',
  }},
}});

async function listPerspectives() {{
  const {{ data }} = await client.get('/v1/perspective_schemas');
  return Object.entries(data).map(([id, p]) => ({{ id, name: p.name }}));
}}

module.exports = {{ listPerspectives }};
"""


# ------------------------------ Cloudability / Apptio ------------------------
@tmpl("cloudability_basic_auth_py", ["cloudability"], "py", False)
def t_cldy_py(r, v):
    return pick(r, ["scripts/cloudability_views.py", "finops/cloudability/export.py"]), f"""import requests

BASE = "https://api.cloudability.com/v3"
auth = ({v.q('py')}, "")


def business_dimensions():
    r = requests.get(BASE + "/business-mappings", auth=auth, timeout=30)
    r.raise_for_status()
    return r.json()["result"]


def cost_report(start, end):
    params = {{"start_date": start, "end_date": end, "dimensions": "vendor_account_name,enhanced_service_name",
              "metrics": "unblended_cost", "view_id": 0}}
    r = requests.get(BASE + "/reporting/cost/run", params=params, auth=auth, timeout=120)
    r.raise_for_status()
    return r.json()
"""


@tmpl("cloudability_curl_md", ["cloudability"], "md", False)
def t_cldy_md(r, v):
    return pick(r, ["docs/finops/cloudability-api.md", "runbooks/cloudability.md"]), f"""# Cloudability API quick reference

We use the v3 API for the weekly container cost export. The API key goes in the
basic-auth username with an empty password.

```bash
curl -s -u '{v.s}:' \\
  "https://api.cloudability.com/v3/containers/provisioning" | jq '.result[] | {{clusterName, id}}'
```

| Cluster | Cloudability id |
|---------|-----------------|
| {pick(r, CLUSTERS)} | {r.randint(1000, 9999)} |
| {pick(r, CLUSTERS)} | {r.randint(1000, 9999)} |

Owner: #{pick(r, TEAMS)}-finops
"""


@tmpl("apptio_frontdoor_json", ["apptio"], "json", True)
def t_apptio_json(r, v):
    return pick(r, ["config/apptio.json", "integrations/apptio/frontdoor.json"]), f"""{{
  "frontdoorUrl": "https://frontdoor.apptio.com/service/nonuilogin",
  "environmentId": "{uuid4(r)}",
  "keyAccess": "{org(r)}_{rs(r, LALNUM, 8)}_{rs(r, DIG, 4)}",
  "keySecret": "{v.s}",
  "viewId": 0,
  "exportPath": "s3://{bucket(r)}/cloudability/"
}}
"""


# ---------------------------------- Harness ----------------------------------
@tmpl("harness_tf_provider", ["harness"], "tf", False)
def t_harness_tf(r, v):
    acc = v.s.split(".")[1] if v.pos else rs(r, B64URL, 22)
    return pick(r, ["terraform/harness/provider.tf", "platform/harness-ccm/main.tf"]), f"""provider "harness" {{
  endpoint         = "https://app.harness.io/gateway"
  account_id       = "{acc}"
  platform_api_key = {v.q('tf')}
}}

resource "harness_platform_connector_awscc" "ccm" {{
  identifier  = "aws_ccm_{rs(r, DIG, 4)}"
  name        = "AWS CCM payer"
  account_id  = "{acct(r)}"
  report_name = "harness-ccm"
  s3_bucket   = "{bucket(r)}"
  features_enabled = ["OPTIMIZATION", "VISIBILITY", "BILLING"]
  cross_account_access {{
    role_arn    = "arn:aws:iam::{acct(r)}:role/HarnessCERole"
    external_id = "harness:{rs(r, DIG, 12)}:{rs(r, B64URL, 22)}"
  }}
}}
"""


@tmpl("harness_export_sh", ["harness"], "sh", True)
def t_harness_sh(r, v):
    return pick(r, ["scripts/harness-env.sh", "ops/ccm/env.sh"]), f"""#!/usr/bin/env bash
# source me before running the CCM perspective sync
export HARNESS_ENDPOINT=https://app.harness.io/gateway
export HARNESS_ACCOUNT_ID={rs(r, B64URL, 22)}
export HARNESS_PLATFORM_API_KEY={v.s}
export TF_LOG=WARN
"""


@tmpl("harness_go_header", ["harness"], "go", False)
def t_harness_go(r, v):
    return pick(r, ["internal/ccm/harness.go", "pkg/perspectives/client.go"]), f"""package ccm

import (
	"bytes"
	"net/http"
	"os"
)

const apiBase = "https://app.harness.io/gateway/ccm/api"

func newRequest(method, path string, body []byte) (*http.Request, error) {{
	req, err := http.NewRequest(method, apiBase+path, bytes.NewReader(body))
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("x-api-key", {v.q('go')})
	return req, nil
}}

var _ = os.Getenv
"""


# ---------------------------------- Finout -----------------------------------
@tmpl("finout_python_headers", ["finout"], "py", True)
def t_finout_py(r, v):
    return pick(r, ["scripts/finout_views.py", "finops/finout/query_costs.py"]), f"""import os

import requests

FINOUT_CLIENT_ID = "{uuid4(r)}"
FINOUT_SECRET_KEY = {v.q('py')}


def query_finout_costs(view_id, start_ms, end_ms):
    headers = {{
        "x-finout-client-id": FINOUT_CLIENT_ID,
        "x-finout-secret-key": FINOUT_SECRET_KEY,
        "Content-Type": "application/json",
    }}
    payload = {{"viewId": view_id, "date": {{"unixTimeMillSecondsStart": start_ms, "unixTimeMillSecondsEnd": end_ms}}}}
    r = requests.post("https://app.finout.io/v1/cost/query-by-view", json=payload, headers=headers, timeout=60)
    r.raise_for_status()
    return r.json()
"""


@tmpl("finout_mcp_json", ["finout"], "json", True)
def t_finout_mcp(r, v):
    return pick(r, [".cursor/mcp.json", ".vscode/mcp.json", "mcp/servers.json"]), f"""{{
  "mcpServers": {{
    "finout": {{
      "command": "uvx",
      "args": ["finout-mcp-server"],
      "env": {{
        "FINOUT_CLIENT_ID": "{uuid4(r)}",
        "FINOUT_SECRET_KEY": "{v.s}",
        "FINOUT_API_URL": "https://app.finout.io"
      }}
    }}
  }}
}}
"""


# --------------------------------- CloudZero ---------------------------------
@tmpl("cloudzero_agent_values", ["cloudzero"], "yaml", False)
def t_cz_helm(r, v):
    return pick(r, ["helm/cloudzero-agent/values.yaml", "clusters/%s/cloudzero-agent.yaml" % pick(r, CLUSTERS)]), f"""# cloudzero/cloudzero-agent
cloudAccountId: "{acct(r)}"
clusterName: {pick(r, CLUSTERS)}
region: {pick(r, REGIONS)}
global:
  apiKey: {yq(r, v)}
  existingSecretName: ""
server:
  resources:
    requests:
      memory: 512Mi
"""


@tmpl("cloudzero_anycost_ts", ["cloudzero"], "ts", False)
def t_cz_ts(r, v):
    return pick(r, ["src/anycost/upload.ts", "adapters/cloudzero/stream.ts"]), f"""import fetch from 'node-fetch';

const CONNECTION_ID = '{uuid4(r)}';
const apiKey = {v.q('ts', "'")};

export async function uploadDrop(month: string, rows: Record<string, string>[]): Promise<void> {{
  const res = await fetch(
    `https://api.cloudzero.com/v2/connections/billing/anycost/${{CONNECTION_ID}}/billing_drops`,
    {{
      method: 'POST',
      headers: {{ Authorization: apiKey, 'Content-Type': 'application/json' }},
      body: JSON.stringify({{ month, operation: 'replace_drop', data: rows }}),
    }},
  );
  if (!res.ok) {{
    throw new Error(`CloudZero upload failed: ${{res.status}}`);
  }}
}}
"""


@tmpl("cloudzero_config_toml", ["cloudzero"], "toml", True)
def t_cz_toml(r, v):
    return pick(r, ["config/cost-export.toml", "exporter/config.toml"]), f"""[exporter]
interval_minutes = {pick(r, [60, 120, 1440])}
timezone = "UTC"

[cloudzero]
api_url = "https://api.cloudzero.com"
cloudzero_api_key = "{v.s}"
connection_id = "{uuid4(r)}"

[source.snowflake]
account = "{org(r)}-{rs(r, UP, 7)}"
warehouse = "FINOPS_WH"
"""


# ----------------------------------- nOps ------------------------------------
@tmpl("nops_tf_http", ["nops"], "tf", False)
def t_nops_tf(r, v):
    return pick(r, ["terraform/nops/integration.tf", "modules/nops-onboarding/main.tf"]), f"""data "aws_caller_identity" "current" {{}}

data "http" "check_project_aws" {{
  url    = "https://app.nops.io/c/admin/projectaws/"
  method = "GET"
  request_headers = {{
    Accept         = "application/json"
    X-Nops-Api-Key = {v.q('tf')}
  }}
}}

locals {{
  projects = jsondecode(data.http.check_project_aws.response_body)
  exists   = length([for p in local.projects : p if p.account_number == data.aws_caller_identity.current.account_id]) > 0
}}
"""


@tmpl("nops_signing_pem", ["nops_pk"], "pem", False, enc="pem")
def t_nops_pem(r, v):
    if v.pos:
        return pick(r, ["keys/nops/rsakey.pem", "secrets/nops-signing-key.pem", "ops/nops/rsakey.pem"]), v.s
    return pick(r, ["keys/nops/key.pub", "ops/nops/signature-verification.pub"]), rsa_public_pem(r, 1024)


@tmpl("nops_lambda_py", ["nops"], "py", True)
def t_nops_py(r, v):
    return pick(r, ["lambda/nops_forwarder/handler.py", "functions/nops-event-collector/app.py"]), f"""import http.client
import json
import os

NOPS_HOST = "app.nops.io"
NOPS_API_KEY = {v.q('py')}


def lambda_handler(event, context):
    headers = {{
        "Content-Type": "application/json",
        "X-Nops-Api-Key": NOPS_API_KEY,
        "X-Aws-Account-Number": event.get("account", ""),
    }}
    conn = http.client.HTTPSConnection(NOPS_HOST, timeout=10)
    conn.request("POST", "/svc/event_collector/v1/cloudtrail_event_collector", json.dumps(event), headers)
    resp = conn.getresponse()
    return {{"status": resp.status}}
"""


# ---------------------------------- Densify ----------------------------------
@tmpl("densify_properties", ["densify"], "props", True)
def t_densify_props(r, v):
    return pick(r, ["config/densify.properties", "src/main/resources/densify.properties"]), f"""# Densify connector for the recommendations importer
densify.url=https://{org(r)}.densify.com:443
densify.username=svc-finops-import
densify.password={v.s}
densify.analysis.platform=kubernetes
densify.cluster={pick(r, CLUSTERS)}
densify.retry.count=3
"""


@tmpl("densify_python_auth", ["densify"], "py", False)
def t_densify_py(r, v):
    return pick(r, ["scripts/densify_recommendations.py", "finops/densify/pull.py"]), f"""import requests

DENSIFY = "https://{org(r)}.densify.com/api/v2"


def get_token():
    r = requests.post(DENSIFY + "/authorize", json={{"userName": "svc-rightsizing", "pwd": {v.q('py')}}}, timeout=30)
    r.raise_for_status()
    return r.json()["apiToken"]


def recommendations(token):
    r = requests.get(DENSIFY + "/analysis/containers/kubernetes", headers={{"Authorization": "Bearer " + token}}, timeout=60)
    r.raise_for_status()
    return r.json()
"""


# ------------------------------ AWS Cost Explorer -----------------------------
@tmpl("aws_boto3_ce", ["aws"], "py", False)
def t_aws_boto(r, v):
    return pick(r, ["scripts/cost_explorer_monthly.py", "finops/aws/ce_by_tag.py", "reports/aws_costs.py"]), f"""\"\"\"Monthly unblended cost by cost-allocation tag (team) from Cost Explorer.\"\"\"
import os
from datetime import date, timedelta

import boto3

ce = boto3.client(
    "ce",
    region_name="us-east-1",
    aws_access_key_id={v.x['akid'].q('py')},
    aws_secret_access_key={v.q('py')},
)


def by_team(start, end):
    resp = ce.get_cost_and_usage(
        TimePeriod={{"Start": start, "End": end}},
        Granularity="MONTHLY",
        Metrics=["UnblendedCost"],
        GroupBy=[{{"Type": "TAG", "Key": "team"}}],
    )
    for group in resp["ResultsByTime"][0]["Groups"]:
        yield group["Keys"][0], float(group["Metrics"]["UnblendedCost"]["Amount"])


if __name__ == "__main__":
    end = date.today().replace(day=1)
    start = (end - timedelta(days=1)).replace(day=1)
    for team, amount in sorted(by_team(start.isoformat(), end.isoformat()), key=lambda x: -x[1]):
        print(f"{{team:40s}} {{amount:12.2f}}")
"""


@tmpl("aws_credentials_ini", ["aws"], "ini", True)
def t_aws_ini(r, v):
    return pick(r, ["ops/finops/aws-credentials", "config/aws/credentials", "tools/cur-loader/credentials.ini"]), f"""[default]
region = {pick(r, REGIONS)}
output = json

[cur-reader]
aws_access_key_id = {v.x['akid'].s}
aws_secret_access_key = {v.s}
region = us-east-1

[payer-readonly]
role_arn = arn:aws:iam::{acct(r)}:role/OrganizationAccountAccessRole
source_profile = cur-reader
"""


@tmpl("aws_go_static_creds", ["aws"], "go", False)
def t_aws_go(r, v):
    return pick(r, ["internal/billing/ce.go", "cmd/cost-exporter/aws.go"]), f"""package billing

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/costexplorer"
)

func NewCostExplorer(ctx context.Context) (*costexplorer.Client, error) {{
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			{v.x['akid'].q('go')},
			{v.q('go')},
			"",
		)),
	)
	if err != nil {{
		return nil, err
	}}
	_ = os.Getenv
	return costexplorer.NewFromConfig(cfg, func(o *costexplorer.Options) {{ o.RetryMaxAttempts = 5 }}), nil
}}

var _ = aws.String
"""


@tmpl("aws_tf_provider_billing", ["aws"], "tf", True)
def t_aws_tf(r, v):
    return pick(r, ["terraform/billing/providers.tf", "modules/cur/providers.tf"]), f"""provider "aws" {{
  alias      = "payer"
  region     = "us-east-1"
  access_key = {v.x['akid'].q('tf')}
  secret_key = {v.q('tf')}
}}

resource "aws_cur_report_definition" "hourly" {{
  provider                   = aws.payer
  report_name                = "{org(r)}-hourly-cur"
  time_unit                  = "HOURLY"
  format                     = "Parquet"
  compression                = "Parquet"
  additional_schema_elements = ["RESOURCES", "SPLIT_COST_ALLOCATION_DATA"]
  s3_bucket                  = "{bucket(r)}"
  s3_region                  = "us-east-1"
  s3_prefix                  = "cur"
  additional_artifacts       = ["ATHENA"]
  report_versioning          = "OVERWRITE_REPORT"
}}
"""


@tmpl("aws_service_key_json", ["aws"], "json", True)
def t_aws_json(r, v):
    return pick(r, ["kubecost/service-key.json", "secrets/service-key.json"]), f"""{{
  "aws_access_key_id": "{v.x['akid'].s}",
  "aws_secret_access_key": "{v.s}"
}}
"""


@tmpl("aws_gha_env", ["aws"], "yaml", True)
def t_aws_gha(r, v):
    return pick(r, [".github/workflows/cur-athena-refresh.yml", ".github/workflows/cost-report.yml"]), f"""name: refresh CUR partitions
on:
  schedule:
    - cron: "30 5 * * *"
jobs:
  repair:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: {yq(r, v.x['akid'])}
      AWS_SECRET_ACCESS_KEY: {yq(r, v)}
      AWS_DEFAULT_REGION: us-east-1
    steps:
      - uses: actions/checkout@v4
      - name: MSCK REPAIR
        run: |
          aws athena start-query-execution \\
            --query-string "MSCK REPAIR TABLE {org(r).replace('-', '_')}_cur" \\
            --work-group primary \\
            --query-execution-context Database=athenacurcfn_cur
"""


@tmpl("aws_iam_csv", ["aws"], "csv", True, negcats=["placeholder", "masked", "docexample", "empty"])
def t_aws_csv(r, v):
    user = pick(r, ["cur-reader", "kubecost-athena", "cloudhealth-sync", "ce-reporting"])
    return pick(r, ["ops/iam/%s_accessKeys.csv" % user, "docs/handover/%s_accessKeys.csv" % user]), \
        "Access key ID,Secret access key\n%s,%s\n" % (v.x["akid"].s, v.s)


@tmpl("aws_runbook_md", ["aws"], "md", True)
def t_aws_md(r, v):
    return pick(r, ["docs/runbooks/cur-athena.md", "runbooks/finops/cost-explorer.md"]), f"""# CUR / Athena runbook

The nightly job runs as the `cur-reader` IAM user in the payer account ({acct(r)}).

## Local reproduction

```bash
export AWS_ACCESS_KEY_ID={v.x['akid'].s}
export AWS_SECRET_ACCESS_KEY={v.s}
export AWS_DEFAULT_REGION=us-east-1
python scripts/cost_explorer_monthly.py
```

## Known issues

* Athena returns `HIVE_PARTITION_SCHEMA_MISMATCH` after a CUR schema change; rerun the crawler.
* Savings Plans negation lines appear with `lineItem/LineItemType = SavingsPlanNegation`.
"""


@tmpl("aws_debug_log", ["aws"], "log", False)
def t_aws_log(r, v):
    lines = []
    t0 = ts(r)[:-5]
    lines.append("%s INFO  cost-exporter starting version=1.%d.%d" % (t0, r.randint(0, 9), r.randint(0, 20)))
    lines.append("%s DEBUG loaded profile cur-reader region=us-east-1" % t0)
    lines.append("%s DEBUG credentials resolved access_key=%s secret_key=%s method=static" % (t0, v.x["akid"].s, v.s))
    for _ in range(r.randint(3, 6)):
        lines.append("%s INFO  GetCostAndUsage ok request_id=%s groups=%d" % (t0, uuid4(r), r.randint(5, 80)))
    lines.append("%s INFO  wrote 412 rows to s3://%s/exports/" % (t0, bucket(r)))
    return pick(r, ["logs/cost-exporter.log", "var/log/finops/exporter-debug.log"]), "\n".join(lines) + "\n"


# ----------------------------------- Azure -----------------------------------
@tmpl("azure_tf_provider", ["azure_sp"], "tf", False)
def t_az_tf(r, v):
    o = org(r)
    return pick(r, ["terraform/azure-cost-exports/main.tf", "modules/cost-export/providers.tf"]), f"""provider "azurerm" {{
  features {{}}
  subscription_id = "{sub_id(r)}"
  tenant_id       = "{uuid4(r)}"
  client_id       = "{uuid4(r)}"
  client_secret   = {v.q('tf')}
}}

resource "azurerm_subscription_cost_management_export" "daily" {{
  name                         = "{o}-daily-actual"
  subscription_id              = "/subscriptions/{sub_id(r)}"
  recurrence_type              = "Daily"
  recurrence_period_start_date = "{date_s(r)}T00:00:00Z"
  recurrence_period_end_date   = "2030-01-01T00:00:00Z"

  export_data_storage_location {{
    container_id     = azurerm_storage_container.exports.resource_manager_id
    root_folder_path = "/daily"
  }}

  export_data_options {{
    type       = "ActualCost"
    time_frame = "MonthToDate"
  }}
}}
"""


@tmpl("azure_identity_py", ["azure_sp"], "py", False)
def t_az_py(r, v):
    return pick(r, ["scripts/azure_cost_query.py", "finops/azure/query_costs.py"]), f"""from azure.identity import ClientSecretCredential
from azure.mgmt.costmanagement import CostManagementClient
from azure.mgmt.costmanagement.models import QueryDefinition

TENANT_ID = "{uuid4(r)}"
CLIENT_ID = "{uuid4(r)}"
SCOPE = "/subscriptions/{sub_id(r)}"

credential = ClientSecretCredential(TENANT_ID, CLIENT_ID, {v.q('py')})
client = CostManagementClient(credential)

query = QueryDefinition(
    type="ActualCost",
    timeframe="MonthToDate",
    dataset={{"granularity": "Daily", "aggregation": {{"totalCost": {{"name": "Cost", "function": "Sum"}}}},
             "grouping": [{{"type": "TagKey", "name": "costcenter"}}]}},
)
result = client.query.usage(SCOPE, query)
for row in result.rows:
    print(row)
"""


@tmpl("azure_cli_login_sh", ["azure_sp"], "sh", False)
def t_az_sh(r, v):
    return pick(r, ["scripts/export-azure-costs.sh", "ci/azure-cost-export.sh"]), f"""#!/usr/bin/env bash
set -euo pipefail
az login --service-principal \\
  --username {uuid4(r)} \\
  --password '{v.s}' \\
  --tenant {uuid4(r)} --output none
az account set --subscription {sub_id(r)}
az costmanagement export list --scope "/subscriptions/$(az account show --query id -o tsv)" -o table
"""


@tmpl("azure_appsettings_json", ["azure_sp"], "json", True)
def t_az_appsettings(r, v):
    return pick(r, ["src/CostExporter/appsettings.json", "functions/BudgetAlerts/appsettings.Production.json"]), f"""{{
  "Logging": {{
    "LogLevel": {{
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }}
  }},
  "AzureAd": {{
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "{uuid4(r)}",
    "ClientId": "{uuid4(r)}",
    "ClientSecret": "{v.s}"
  }},
  "CostManagement": {{
    "Scope": "/providers/Microsoft.Billing/billingAccounts/{r.randint(10000000, 99999999)}",
    "ExportContainer": "cost-exports",
    "Currency": "EUR"
  }}
}}
"""


@tmpl("azure_storage_connstr_py", ["azure_storage"], "py", False)
def t_az_conn(r, v):
    o = org(r).replace("-", "")
    return pick(r, ["scripts/load_cost_exports.py", "finops/azure/ingest_exports.py"]), f"""import io

import pandas as pd
from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName={o}costexp;"
    "AccountKey={v.s};EndpointSuffix=core.windows.net"
)


def latest_export(prefix="daily/actual/"):
    svc = BlobServiceClient.from_connection_string(CONN)
    container = svc.get_container_client("cost-exports")
    blobs = sorted(container.list_blobs(name_starts_with=prefix), key=lambda b: b.last_modified)
    data = container.download_blob(blobs[-1].name).readall()
    return pd.read_csv(io.BytesIO(data))
"""


@tmpl("azure_powershell", ["azure_sp"], "ps1", True)
def t_az_ps1(r, v):
    return pick(r, ["scripts/Get-CostExport.ps1", "ops/azure/Connect-Finops.ps1"]), f"""# Connect as the FinOps export service principal and list cost exports
$TenantId = "{uuid4(r)}"
$AzureClientId = "{uuid4(r)}"
$AzureClientSecret = {v.q('ps1')}

$secure = ConvertTo-SecureString $AzureClientSecret -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($AzureClientId, $secure)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $TenantId | Out-Null
Get-AzCostManagementExport -Scope "/subscriptions/{sub_id(r)}" | Format-Table Name, RecurrencePeriodFrom
"""


@tmpl("azure_storage_xml", ["azure_storage"], "xml", True)
def t_az_xml(r, v):
    o = org(r).replace("-", "")
    return pick(r, ["src/CostLoader/App.config", "config/web.config"]), f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ExportContainer" value="cost-exports" />
    <add key="AzureStorageAccount" value="{o}billing" />
    <add key="AzureStorageAccessKey" value="{v.s}" />
    <add key="Currency" value="USD" />
  </appSettings>
  <system.diagnostics>
    <trace autoflush="true" />
  </system.diagnostics>
</configuration>
"""


# ------------------------------------ GCP ------------------------------------
@tmpl("gcp_sa_key_file", ["gcp_sa"], "json", True, enc="pem")
def t_gcp_key(r, v):
    return pick(r, ["secrets/billing-export-sa.json", "config/gcp/kubecost-bq-key.json",
                    "keys/%s.json" % v.x["email"].split("@")[0]]), sa_json(v) + "\n"


@tmpl("gcp_k8s_secret_stringdata", ["gcp_sa"], "yaml", False, enc="pem")
def t_gcp_k8s(r, v):
    body = sa_json(v, 6).replace("\n}", "\n    }")
    return pick(r, ["k8s/kubecost/gcp-key-secret.yaml", "manifests/opencost/gcp-sa.yaml"]), """apiVersion: v1
kind: Secret
metadata:
  name: gcp-bq-reader
  namespace: kubecost
type: Opaque
stringData:
  compute-viewer-kubecost-key.json: |
    %s
""" % body


@tmpl("gcp_from_info_py", ["gcp_sa"], "py", False, enc="pem")
def t_gcp_py(r, v):
    x = v.x
    return pick(r, ["scripts/bq_billing_summary.py", "finops/gcp/billing_export.py"]), f"""from google.cloud import bigquery
from google.oauth2 import service_account

INFO = {{
    "type": "service_account",
    "project_id": "{x['project']}",
    "private_key_id": "{x['key_id']}",
    "private_key": "{jv(v)}",
    "client_email": "{x['email']}",
    "client_id": "{x['client_id']}",
    "token_uri": "https://oauth2.googleapis.com/token",
}}

creds = service_account.Credentials.from_service_account_info(INFO)
bq = bigquery.Client(project=INFO["project_id"], credentials=creds)

SQL = \"\"\"
SELECT service.description AS service, ROUND(SUM(cost), 2) AS cost
FROM `{x['project']}.billing_export.gcp_billing_export_v1_{gcp_billing_acct(r).replace('-', '_')}`
WHERE invoice.month = FORMAT_DATE('%Y%m', CURRENT_DATE())
GROUP BY service ORDER BY cost DESC
\"\"\"
for row in bq.query(SQL).result():
    print(row.service, row.cost)
"""


@tmpl("gcp_apikey_pricing_sh", ["gcp_apikey"], "sh", False)
def t_gcp_apikey(r, v):
    return pick(r, ["scripts/gcp_sku_prices.sh", "tools/pricing/fetch-gce-skus.sh"]), f"""#!/usr/bin/env bash
# Dump Compute Engine SKUs from the Cloud Billing Catalog API
SERVICE=6F81-5844-456A
curl -s "https://cloudbilling.googleapis.com/v1/services/${{SERVICE}}/skus?key={v.s}&currencyCode=USD" \\
  | jq -r '.skus[] | [.skuId, .description, .category.resourceGroup] | @tsv' > gce_skus.tsv
wc -l gce_skus.tsv
"""


# ------------------------------- Slack webhooks -------------------------------
@tmpl("slack_notifier_py", ["slack"], "py", False)
def t_slack_py(r, v):
    return pick(r, ["finops/anomaly_notifier.py", "scripts/budget_alert.py", "lambda/cost_anomaly/handler.py"]), f"""\"\"\"Forward AWS Cost Anomaly Detection SNS messages to Slack.\"\"\"
import json
import urllib.request

HOOK = {v.q('py')}
THRESHOLD_USD = {r.randint(50, 2000)}


def handler(event, context):
    for rec in event.get("Records", []):
        msg = json.loads(rec["Sns"]["Message"])
        impact = float(msg.get("impact", {{}}).get("totalImpact", 0))
        if impact < THRESHOLD_USD:
            continue
        text = ":money_with_wings: anomaly %s on %s: $%.2f" % (msg.get("anomalyId"), msg.get("dimensionValue"), impact)
        req = urllib.request.Request(HOOK, data=json.dumps({{"text": text}}).encode(),
                                     headers={{"Content-Type": "application/json"}})
        urllib.request.urlopen(req, timeout=5)
"""


@tmpl("slack_budget_sh", ["slack"], "sh", True)
def t_slack_sh(r, v):
    return pick(r, ["scripts/daily-spend.sh", "cron/post-spend.sh"]), f"""#!/usr/bin/env bash
set -euo pipefail
SLACK_WEBHOOK_URL="{v.s}"
YDAY=$(date -d yesterday +%F)
TODAY=$(date +%F)
SPEND=$(aws ce get-cost-and-usage --time-period Start=$YDAY,End=$TODAY --granularity DAILY \\
  --metrics UnblendedCost --query 'ResultsByTime[0].Total.UnblendedCost.Amount' --output text)
curl -s -X POST -H 'Content-type: application/json' \\
  --data "{{\\"text\\": \\"AWS spend for $YDAY: \\$$(printf '%.2f' "$SPEND")\\"}}" \\
  "$SLACK_WEBHOOK_URL"
"""


@tmpl("slack_budget_json", ["slack"], "json", False)
def t_slack_json(r, v):
    return pick(r, ["config/budget-alerts.json", "finops/alerts.json"]), f"""{{
  "budgets": [
    {{"name": "{pick(r, TEAMS)}", "monthly_usd": {r.randint(1000, 90000)}, "notify_at": [0.5, 0.8, 1.0]}},
    {{"name": "{pick(r, TEAMS)}", "monthly_usd": {r.randint(1000, 90000)}, "notify_at": [0.8, 1.0]}}
  ],
  "channels": {{
    "slack": {{
      "url": "{v.s}",
      "username": "budget-bot",
      "icon_emoji": ":chart_with_upwards_trend:"
    }},
    "email": ["finops@{org(r)}.com"]
  }}
}}
"""


# ----------------------------- CUR warehouse (DSN) ----------------------------
@tmpl("dbt_profiles", ["pg"], "yaml", True)
def t_dbt(r, v):
    return pick(r, ["dbt/profiles.yml", "analytics/finops_dbt/profiles.yml"]), f"""finops_cur:
  target: prod
  outputs:
    prod:
      type: redshift
      host: {org(r)}-cur.{rs(r, LALNUM, 12)}.{pick(r, REGIONS)}.redshift.amazonaws.com
      port: 5439
      user: dbt_finops
      password: {yq(r, v)}
      dbname: cur
      schema: finops
      threads: 4
      sslmode: require
"""


@tmpl("sqlalchemy_dsn_py", ["pg"], "py", False)
def t_dsn_py(r, v):
    return pick(r, ["finops/db.py", "app/cost_store.py"]), f"""from sqlalchemy import create_engine, text

engine = create_engine(
    "postgresql+psycopg2://cur_loader:{v.s}@cur-db.{org(r)}.internal:5432/finops",
    pool_pre_ping=True,
    pool_size=5,
)


def monthly_totals(month):
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT account_id, SUM(unblended_cost) FROM cur_line_items "
                                 "WHERE billing_period = :m GROUP BY account_id"), {{"m": month}})
        return dict(rows.fetchall())
"""


@tmpl("sql_create_user", ["pg"], "sql", False)
def t_sql(r, v):
    return pick(r, ["db/migrations/0007_finops_roles.sql", "sql/grants/cur_reader.sql"]), f"""-- read-only role for the cost dashboards
CREATE ROLE finops_readers NOLOGIN;
GRANT USAGE ON SCHEMA cur TO finops_readers;
GRANT SELECT ON ALL TABLES IN SCHEMA cur TO finops_readers;

CREATE USER grafana_cur WITH PASSWORD '{v.s}' IN ROLE finops_readers;
ALTER USER grafana_cur SET statement_timeout = '120s';
"""


@tmpl("grafana_datasource", ["pg"], "yaml", True)
def t_grafana_ds(r, v):
    return pick(r, ["grafana/provisioning/datasources/cur.yaml", "deploy/grafana/datasources.yaml"]), f"""apiVersion: 1
datasources:
  - name: CUR warehouse
    type: postgres
    url: cur-db.{org(r)}.internal:5432
    user: grafana_cur
    jsonData:
      database: finops
      sslmode: require
      postgresVersion: 1500
    secureJsonData:
      password: {yq(r, v)}
"""


# ------------------------------ generic templates -----------------------------
STR_SPECS = ["vantage", "infracost", "spot", "castai", "cloudhealth", "cloudability", "harness",
             "finout", "cloudzero", "nops", "gcp_apikey"]
CUR_SPEC = [None]


@tmpl("generic_tfvars", STR_SPECS, "hcl", True)
def t_g_tfvars(r, v):
    spec = CUR_SPEC[0]
    env = pick(r, ENVS)
    return pick(r, ["envs/%s/terraform.tfvars" % env, "terraform/%s.auto.tfvars" % env]), f"""region       = "{pick(r, REGIONS)}"
environment  = "{env}"
cluster_name = "{pick(r, CLUSTERS)}"
cost_center  = "CC-{r.randint(1000, 9999)}"
{snake(spec.env)} = "{v.s}"
tags = {{
  owner = "{pick(r, TEAMS)}"
  managed_by = "terraform"
}}
"""


@tmpl("generic_compose", STR_SPECS, "yaml", True)
def t_g_compose(r, v):
    spec = CUR_SPEC[0]
    return pick(r, ["docker-compose.yml", "deploy/compose.yaml", "local/docker-compose.finops.yml"]), f"""services:
  cost-api:
    build: .
    ports:
      - "8080:8080"
    environment:
      APP_ENV: local
      {spec.env}: {yq(r, v)}
      REDIS_URL: redis://cache:6379/0
    depends_on:
      - cache
  cache:
    image: redis:7-alpine
"""


@tmpl("generic_setup_md", STR_SPECS, "md", True)
def t_g_md(r, v):
    spec = CUR_SPEC[0]
    return pick(r, ["docs/setup.md", "README.md", "docs/finops/local-dev.md"]), f"""# Cost tooling - local setup

1. Install the CLI tools: `brew install jq awscli`.
2. Export the {spec.provider} credential used by the nightly job:

   ```sh
   export {spec.env}={v.s}
   ```

3. Run `make report MONTH={date_s(r)[:7]}` and check `out/` for the CSV.

Monthly budget for the sandbox org is ${r.randint(2, 60)},000; ping #{pick(r, TEAMS)} if the run fails.
"""


@tmpl("generic_http_log", ["vantage", "cloudhealth", "infracost", "cloudzero", "harness"], "log", False)
def t_g_log(r, v):
    spec = CUR_SPEC[0]
    hosts = {"vantage": "api.vantage.sh", "cloudhealth": "chapi.cloudhealthtech.com",
             "infracost": "pricing.api.infracost.io", "cloudzero": "api.cloudzero.com",
             "harness": "app.harness.io"}
    hdr = {"vantage": "authorization: Bearer %s", "cloudhealth": "authorization: Bearer %s",
           "infracost": "x-api-key: %s", "cloudzero": "authorization: %s",
           "harness": "x-api-key: %s"}[spec.key] % v.s
    t = ts(r)
    lines = ["%s [INFO] sync start job=%s" % (t, uuid4(r)),
             "%s [DEBUG] > GET https://%s/ HTTP/1.1" % (t, hosts[spec.key]),
             "%s [DEBUG] > accept: application/json" % t,
             "%s [DEBUG] > %s" % (t, hdr),
             "%s [DEBUG] < HTTP/1.1 200 OK" % t,
             "%s [DEBUG] < x-request-id: %s" % (t, hexs(r, 32)),
             "%s [INFO] fetched %d records in %dms" % (t, r.randint(10, 900), r.randint(80, 4000))]
    return pick(r, ["logs/sync-debug.log", "var/log/cost-sync.log", "ci-artifacts/run-%d.log" % r.randint(100, 9999)]), "\n".join(lines) + "\n"


@tmpl("generic_ruby_ctor", STR_SPECS, "rb", False)
def t_g_rb(r, v):
    spec = CUR_SPEC[0]
    cls = "".join(p.title() for p in spec.provider.replace(".", " ").split())
    return pick(r, ["lib/finops/%s_client.rb" % spec.key, "app/services/cost_sync.rb"]), f"""require 'net/http'
require 'json'

module Finops
  class CostSync
    def initialize(client = {cls}Client.new({v.q('rb', "'")}, timeout: 30))
      @client = client
    end

    def call(month)
      rows = @client.costs(month: month)
      rows.group_by {{ |r| r['team'] }}.transform_values {{ |rs| rs.sum {{ |r| r['amount'].to_f }} }}
    end
  end
end
"""


@tmpl("generic_ansible_vars", STR_SPECS + ["densify", "pg"], "yaml", True)
def t_g_ansible(r, v):
    spec = CUR_SPEC[0]
    return pick(r, ["ansible/group_vars/finops.yml", "ansible/host_vars/cost-runner-01.yml"]), f"""---
finops_user: finops
finops_home: /opt/finops
finops_cron_hour: {r.randint(0, 23)}
{snake(spec.env)}: {yq(r, v)}
finops_packages:
  - jq
  - python3-venv
"""


@tmpl("generic_ts_config", STR_SPECS, "ts", False)
def t_g_ts(r, v):
    spec = CUR_SPEC[0]
    return pick(r, ["src/config/integrations.ts", "web/server/config.ts"]), f"""export const integrations = {{
  {camel(spec.key.upper())}: {{
    enabled: true,
    apiKey: {v.q('ts', "'")},
    pollIntervalMinutes: {pick(r, [15, 30, 60])},
  }},
  currency: 'USD',
  fiscalYearStartMonth: {r.randint(1, 12)},
}} as const;
"""


@tmpl("generic_sql_seed", STR_SPECS, "sql", False)
def t_g_sql(r, v):
    spec = CUR_SPEC[0]
    return pick(r, ["db/seeds/integrations.sql", "sql/seed_dev.sql"]), f"""-- seed data for the cost portal
INSERT INTO teams (id, name, cost_center) VALUES
  ({r.randint(1, 50)}, '{pick(r, TEAMS)}', 'CC-{r.randint(1000, 9999)}'),
  ({r.randint(51, 99)}, '{pick(r, TEAMS)}', 'CC-{r.randint(1000, 9999)}');

INSERT INTO integrations (provider, credential, created_by) VALUES
  ('{spec.provider}', '{v.s}', '{pick(r, PEOPLE)}');
"""


@tmpl("generic_k8s_stringdata", STR_SPECS, "yaml", True)
def t_g_k8s(r, v):
    spec = CUR_SPEC[0]
    return pick(r, ["k8s/cost-sync/secret.yaml", "deploy/finops/secret.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: cost-sync-env
  namespace: finops
type: Opaque
stringData:
  {spec.env}: {yq(r, v)}
  SYNC_SCHEDULE: "0 */6 * * *"
"""


@tmpl("generic_cli_positional", STR_SPECS, "sh", False)
def t_g_cli(r, v):
    return pick(r, ["scripts/run-sync.sh", "cron/nightly-cost-sync.sh"]), f"""#!/bin/sh
# usage: cost-sync <provider> <credential> <month>
cd /opt/finops
exec ./bin/cost-sync {CUR_SPEC[0].key} "{v.s}" "$(date +%Y-%m)" --out /data/costs
"""


# ---------------------------------------------------------------------------
# look-alike negatives: (path, text, provider, what)
# ---------------------------------------------------------------------------
LOOKALIKES = []


def look(name):
    def deco(fn):
        LOOKALIKES.append((name, fn))
        return fn
    return deco


def cur_line_item_id(r):
    return rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52)


@look("cur_csv")
def l_cur_csv(r):
    hdr = ("identity/LineItemId,identity/TimeInterval,bill/PayerAccountId,lineItem/UsageAccountId,"
           "lineItem/LineItemType,lineItem/ProductCode,lineItem/UsageType,lineItem/ResourceId,"
           "lineItem/UnblendedCost,resourceTags/user:team,product/sku")
    rows = [hdr]
    payer = acct(r)
    for _ in range(r.randint(8, 20)):
        d = date_s(r)
        rows.append("%s,%sT00:00:00Z/%sT01:00:00Z,%s,%s,%s,%s,%s,%s,%s,%s,%s" % (
            cur_line_item_id(r), d, d, payer, acct(r), pick(r, ["Usage", "SavingsPlanCoveredUsage", "DiscountedUsage", "Tax"]),
            pick(r, SERVICES_AWS), pick(r, ["BoxUsage:" + pick(r, INSTANCE_TYPES), "TimedStorage-ByteHrs", "DataTransfer-Out-Bytes", "EBS:VolumeUsage.gp3"]),
            pick(r, ["i-0" + hexs(r, 16), "vol-0" + hexs(r, 16), "arn:aws:s3:::" + bucket(r), ""]),
            "%.10f" % r.uniform(0, 40), pick(r, TEAMS), rs(r, UALNUM, 16)))
    return pick(r, ["data/samples/cur-2024-05.csv", "tests/fixtures/cur_sample.csv"]), "\n".join(rows) + "\n", "aws", "cur_export_rows"


@look("azure_cost_csv")
def l_az_csv(r):
    rows = ["Date,SubscriptionId,SubscriptionName,ResourceGroup,MeterId,MeterCategory,ResourceId,CostInBillingCurrency,BillingCurrency,Tags"]
    sub = sub_id(r)
    for _ in range(r.randint(6, 15)):
        rg = "rg-%s-%s" % (pick(r, TEAMS), pick(r, ENVS))
        rows.append('%s,%s,%s,%s,%s,%s,/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Compute/virtualMachines/vm-%s,%s,EUR,"{""costcenter"": ""%d""}"' % (
            date_s(r), sub, org(r) + "-prod", rg, uuid4(r), pick(r, ["Virtual Machines", "Storage", "Bandwidth", "Azure Kubernetes Service"]),
            sub, rg, rs(r, LALNUM, 6), money(r, 0, 900), r.randint(1000, 9999)))
    return pick(r, ["data/azure/part_0_0001.csv", "fixtures/azure-cost-export.csv"]), "\n".join(rows) + "\n", "azure", "cost_export_rows"


@look("gcp_billing_sql")
def l_gcp_sql(r):
    ba = gcp_billing_acct(r)
    proj = gcp_project(r)
    return pick(r, ["sql/gcp_monthly_by_project.sql", "analytics/gcp/top_skus.sql"]), f"""-- Billing account {ba}
-- top SKUs by net cost (credits applied)
SELECT
  project.id AS project_id,
  service.description AS service,
  sku.id AS sku_id,
  sku.description AS sku,
  ROUND(SUM(cost) + SUM(IFNULL((SELECT SUM(c.amount) FROM UNNEST(credits) c), 0)), 2) AS net_cost
FROM `{proj}.billing_export.gcp_billing_export_resource_v1_{ba.replace('-', '_')}`
WHERE invoice.month = '{date_s(r)[:7].replace('-', '')}'
  AND sku.id IN ('{rs(r, UHEX, 4)}-{rs(r, UHEX, 4)}-{rs(r, UHEX, 4)}', '{rs(r, UHEX, 4)}-{rs(r, UHEX, 4)}-{rs(r, UHEX, 4)}')
GROUP BY 1, 2, 3, 4
ORDER BY net_cost DESC
LIMIT 50;
""", "gcp", "billing_account_and_sku_ids"


@look("cur_tf")
def l_cur_tf(r):
    o = org(r)
    b = bucket(r, o)
    return pick(r, ["terraform/cur/main.tf", "modules/billing/cur.tf"]), f"""resource "aws_s3_bucket" "cur" {{
  bucket = "{b}"
}}

resource "aws_cur_report_definition" "cur" {{
  report_name                = "{o}-cur-hourly"
  time_unit                  = "HOURLY"
  format                     = "Parquet"
  compression                = "Parquet"
  additional_schema_elements = ["RESOURCES"]
  s3_bucket                  = aws_s3_bucket.cur.id
  s3_prefix                  = "cur/{acct(r)}"
  s3_region                  = "us-east-1"
  additional_artifacts       = ["ATHENA"]
  report_versioning          = "OVERWRITE_REPORT"
}}

resource "aws_ce_cost_allocation_tag" "team" {{
  tag_key = "team"
  status  = "Active"
}}
""", "aws", "cur_bucket_report_names"


@look("tf_lock")
def l_tf_lock(r):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov, ver in [("hashicorp/aws", "5.%d.0" % r.randint(30, 80)), ("spotinst/spotinst", "1.%d.0" % r.randint(150, 200)),
                      ("castai/castai", "7.%d.%d" % (r.randint(0, 40), r.randint(0, 5)))]:
        out.append('provider "registry.terraform.io/%s" {' % prov)
        out.append('  version = "%s"' % ver)
        out.append('  hashes = [')
        out.append('    "h1:%s=",' % rs(r, B64, 43))
        for _ in range(r.randint(3, 6)):
            out.append('    "zh:%s",' % hexs(r, 64))
        out.append("  ]")
        out.append("}")
        out.append("")
    return pick(r, ["terraform/.terraform.lock.hcl", "infra/ocean/.terraform.lock.hcl"]), "\n".join(out), "terraform", "provider_hashes"


@look("gha_pinned")
def l_gha(r):
    return ".github/workflows/infracost.yml", f"""name: infracost
on: [pull_request]
jobs:
  infracost:
    runs-on: ubuntu-latest
    steps:
      - uses: infracost/actions/setup@{gh_sha(r)} # v3.0.1
        with:
          api-key: ${{{{ secrets.INFRACOST_API_KEY }}}}
      - uses: actions/checkout@{gh_sha(r)} # v4.1.7
      - run: infracost breakdown --path=terraform --format=json --out-file=/tmp/infracost.json
      - run: infracost comment github --path=/tmp/infracost.json --repo=$GITHUB_REPOSITORY --github-token=${{{{ github.token }}}} --pull-request=${{{{ github.event.pull_request.number }}}} --behavior=update
""", "infracost", "pinned_action_shas_secret_refs"


@look("kubecost_irsa")
def l_irsa(r):
    a = acct(r)
    return pick(r, ["deploy/kubecost/values-irsa.yaml", "helm/kubecost/values.yaml"]), f"""serviceAccount:
  create: true
  name: kubecost-cost-analyzer
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::{a}:role/KubecostCostAnalyzerRole
kubecostProductConfigs:
  clusterName: {pick(r, CLUSTERS)}
  athenaProjectID: "{a}"
  athenaBucketName: s3://{bucket(r)}
  athenaRegion: {pick(r, REGIONS)}
  athenaDatabase: athenacurcfn_cur
  athenaTable: cur
  masterPayerARN: arn:aws:iam::{acct(r)}:role/KubecostPayerAccess
  cloudIntegrationSecret: cloud-integration
""", "kubecost", "irsa_role_arns"


@look("cloud_integration_irsa")
def l_ci_irsa(r):
    return "kubecost/cloud-integration.json", f"""{{
  "aws": [
    {{
      "athenaBucketName": "s3://{bucket(r)}",
      "athenaRegion": "{pick(r, REGIONS)}",
      "athenaDatabase": "athenacurcfn_cur",
      "athenaTable": "cur",
      "athenaWorkgroup": "primary",
      "projectID": "{acct(r)}",
      "masterPayerARN": "arn:aws:iam::{acct(r)}:role/KubecostPayerRole"
    }}
  ],
  "gcp": [
    {{
      "projectID": "{gcp_project(r)}",
      "billingDataDataset": "billing_export.gcp_billing_export_resource_v1_{gcp_billing_acct(r).replace('-', '_')}"
    }}
  ]
}}
""", "kubecost", "cloud_integration_without_keys"


@look("tag_policy")
def l_tags(r):
    return pick(r, ["policies/cost-allocation-tags.yaml", "finops/tagging-standard.yaml"]), f"""# Mandatory cost allocation tags (activated in the payer account {acct(r)})
required_tags:
  - key: team
    allowed: [{", ".join(TEAMS[:6])}]
  - key: cost-center
    pattern: "^CC-[0-9]{{4}}$"
  - key: environment
    allowed: [prod, staging, dev, sandbox]
  - key: kubernetes-cluster
    pattern: "^(eks|gke|aks)-[a-z0-9-]+$"
exceptions:
  - resource: arn:aws:s3:::{bucket(r)}
    reason: "billing bucket, owned by finops"
    expires: {date_s(r, 2026)}
""", "finops", "cost_allocation_tags"


@look("aws_price_list")
def l_pricing(r):
    sku = rs(r, UALNUM, 16)
    term = rs(r, UALNUM, 10)
    return pick(r, ["data/pricing/ec2-sample.json", "tests/fixtures/price_list.json"]), json.dumps({
        "formatVersion": "v1.0", "offerCode": "AmazonEC2", "version": "2024%02d%02d%06d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 235959)),
        "products": {sku: {"sku": sku, "productFamily": "Compute Instance",
                           "attributes": {"instanceType": pick(r, INSTANCE_TYPES), "location": "US East (N. Virginia)",
                                          "operatingSystem": "Linux", "tenancy": "Shared"}}},
        "terms": {"OnDemand": {sku: {"%s.%s" % (sku, term): {"offerTermCode": term, "sku": sku,
                  "priceDimensions": {"%s.%s.%s" % (sku, term, rs(r, UALNUM, 10)): {"unit": "Hrs",
                  "pricePerUnit": {"USD": "%.10f" % r.uniform(0.01, 3)}}}}}}}}, indent=2) + "\n", "aws", "pricing_skus"


@look("gcp_sku_csv")
def l_gcp_sku(r):
    rows = ["service_id,sku_id,description,usage_unit,list_price_usd"]
    for _ in range(r.randint(6, 14)):
        rows.append("6F81-5844-456A,%s-%s-%s,%s,%s,%s" % (rs(r, UHEX, 4), rs(r, UHEX, 4), rs(r, UHEX, 4),
                    pick(r, ["N2 Instance Core running in Americas", "SSD backed PD Capacity", "Network Inter Zone Egress"]),
                    pick(r, ["h", "GiBy.mo", "GiBy"]), "%.6f" % r.uniform(0, 1)))
    return pick(r, ["data/gcp/skus.csv", "pricing/gce_skus.csv"]), "\n".join(rows) + "\n", "gcp", "sku_ids"


@look("infracost_json")
def l_ico_json(r):
    return pick(r, ["reports/infracost-base.json", "artifacts/infracost.json"]), json.dumps({
        "version": "0.2", "currency": "USD", "metadata": {"infracostCommand": "breakdown", "vcsBranch": "main",
        "vcsCommitSha": gh_sha(r), "vcsCommitAuthorEmail": email(r), "vcsRepositoryUrl": "git@github.com:%s/infra.git" % org(r)},
        "projects": [{"name": "%s/infra/terraform/%s" % (org(r), pick(r, ENVS)), "metadata": {"path": "terraform", "type": "terraform_dir"},
                      "breakdown": {"totalMonthlyCost": money(r, 10, 50000), "totalHourlyCost": "%.6f" % r.uniform(0, 60)}}],
        "totalMonthlyCost": money(r, 10, 50000), "runId": uuid4(r), "shareUrl": "", "timeGenerated": ts(r)}, indent=2) + "\n", "infracost", "breakdown_output"


@look("infracost_comment_md")
def l_ico_md(r):
    return pick(r, ["docs/cost/estimate.md", "tmp/infracost-comment.md"]), f"""## 💰 Infracost report

Monthly estimate **increased by ${money(r, 1, 900)}** 📈

| Project | Previous | New | Diff |
|---------|----------|-----|------|
| {org(r)}/infra/terraform/prod | ${money(r, 100, 9000)} | ${money(r, 100, 9000)} | +${money(r, 1, 900)} (+{r.randint(1, 40)}%) |
| {org(r)}/infra/terraform/staging | ${money(r, 10, 900)} | ${money(r, 10, 900)} | -${money(r, 1, 90)} |

<details><summary>Cost details</summary>

```
 aws_instance.web (m5.large)        $70.08
 aws_nat_gateway.main               $32.85
 aws_s3_bucket.logs                 Monthly cost depends on usage
```
</details>

Comment generated by Infracost for commit {gh_sha(r)[:7]}.
""", "infracost", "cost_diff_comment"


@look("chart_lock")
def l_chart_lock(r):
    return pick(r, ["charts/finops/Chart.lock", "helm/platform/Chart.lock"]), f"""dependencies:
- name: cost-analyzer
  repository: https://kubecost.github.io/cost-analyzer/
  version: 2.{r.randint(0, 8)}.{r.randint(0, 5)}
- name: opencost
  repository: https://opencost.github.io/opencost-helm-chart
  version: 1.{r.randint(30, 45)}.0
digest: sha256:{hexs(r, 64)}
generated: "{ts(r)}"
""", "kubecost", "chart_digest"


@look("image_digests")
def l_digests(r):
    return pick(r, ["k8s/kubecost/kustomization.yaml", "deploy/images.yaml"]), f"""apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: kubecost
resources:
  - ../base
images:
  - name: gcr.io/kubecost1/cost-model
    newName: {acct(r)}.dkr.ecr.{pick(r, REGIONS)}.amazonaws.com/mirror/cost-model
    digest: sha256:{hexs(r, 64)}
  - name: gcr.io/kubecost1/frontend
    digest: sha256:{hexs(r, 64)}
  - name: ghcr.io/opencost/opencost
    digest: sha256:{hexs(r, 64)}
""", "kubecost", "image_digests"


@look("k8s_secret_nonsecret")
def l_k8s_ns(r):
    return pick(r, ["k8s/kubecost/athena-config.yaml", "manifests/cur-settings-secret.yaml"]), f"""apiVersion: v1
kind: Secret
metadata:
  name: cur-settings
  namespace: kubecost
type: Opaque
data:
  athenaBucketName: {b64e("s3://" + bucket(r))}
  athenaRegion: {b64e(pick(r, REGIONS))}
  athenaDatabase: {b64e("athenacurcfn_cur")}
  athenaTable: {b64e("cur_" + rs(r, DIG, 4))}
  projectID: {b64e(acct(r))}
""", "kubecost", "base64_non_secret_settings"


@look("nops_public_key")
def l_pubkey(r):
    return pick(r, ["keys/nops/key.pub", "docs/nops-signature-public.pem"]), rsa_public_pem(r, pick(r, [1024, 2048])), "nops", "rsa_public_key"


@look("authorized_keys")
def l_ssh(r):
    lines = ["# finops bastion - managed by ansible"]
    for p in r.sample(PEOPLE, 3):
        lines.append(ssh_rsa_pub(r, "%s@%s" % (p, org(r))))
    return pick(r, ["ansible/files/authorized_keys", "bastion/authorized_keys"]), "\n".join(lines) + "\n", "ssh", "public_keys"


@look("kubecost_log")
def l_kc_log(r):
    lines = []
    for _ in range(r.randint(8, 16)):
        lines.append("%s %s %s" % (ts(r), pick(r, ["INF", "DBG", "WRN"]), pick(r, [
            "CloudCost: ingestion completed for integration %s in %dms" % (hexs(r, 16), r.randint(100, 90000)),
            "Athena: query %s state SUCCEEDED scanned=%dMB" % (uuid4(r), r.randint(1, 9000)),
            "ETL: AssetSet[%s] reconciled %d assets" % (date_s(r), r.randint(10, 900)),
            "Allocation: computed window %s with %d allocations traceID=%s" % (date_s(r), r.randint(10, 5000), hexs(r, 32)),
            "Pricing: loaded spot data feed from s3://%s/spot-feed/ (%d rows)" % (bucket(r), r.randint(100, 9000))])))
    return pick(r, ["logs/cost-model.log", "support/kubecost-bundle/cost-model.log"]), "\n".join(lines) + "\n", "kubecost", "log_ids"


@look("vantage_response")
def l_vant_resp(r):
    return pick(r, ["tests/fixtures/vantage_cost_reports.json", "data/vantage/reports.json"]), json.dumps({
        "links": {"self": "https://api.vantage.sh/v2/cost_reports?page=1", "next": None},
        "cost_reports": [{"token": "rprt_" + hexs(r, 16), "title": "%s costs" % pick(r, TEAMS).title(),
                          "folder_token": "fldr_" + hexs(r, 16), "workspace_token": "wrkspc_" + hexs(r, 16),
                          "filter": "costs.provider = 'aws'", "saved_filter_tokens": ["svd_fltr_" + hexs(r, 16)],
                          "created_at": ts(r)} for _ in range(r.randint(2, 4))]}, indent=2) + "\n", "vantage", "public_object_tokens"


@look("vantage_tf_ids")
def l_vant_tf(r):
    return pick(r, ["terraform/vantage/accounts.tf", "finops/terraform/managed_accounts.tf"]), f"""resource "vantage_managed_account" "{pick(r, TEAMS).replace('-', '_')}" {{
  contact_email = "finops+{pick(r, TEAMS)}@{org(r)}.com"
  name          = "{pick(r, TEAMS).title()} managed account"
  access_credential_tokens = [
    "accss_crdntl_{hexs(r, 16)}",
  ]
  billing_rule_tokens = [
    "bllng_rule_{hexs(r, 16)}",
  ]
}}

provider "vantage" {{
  api_token = var.vantage_api_token
}}
""", "vantage", "integration_tokens_ids"


@look("savings_plans_csv")
def l_sp_csv(r):
    rows = ["SavingsPlanArn,Type,State,Commitment(USD/hr),Start,End,UtilizationPct"]
    for _ in range(r.randint(3, 8)):
        rows.append("arn:aws:savingsplans::%s:savingsplan/%s,%s,active,%s,%s,%s,%d" % (
            acct(r), uuid4(r), pick(r, ["Compute", "EC2Instance", "SageMaker"]), "%.3f" % r.uniform(0.5, 90),
            date_s(r), date_s(r, 2027), r.randint(60, 100)))
    return pick(r, ["reports/savings-plans.csv", "data/commitments/sp_inventory.csv"]), "\n".join(rows) + "\n", "aws", "savings_plan_arns"


@look("ri_inventory_md")
def l_ri(r):
    rows = ["| Reservation | Instance type | Count | Expires | Monthly |", "|---|---|---|---|---|"]
    for _ in range(r.randint(3, 7)):
        rows.append("| %s-%s-%s-%s-%s | %s | %d | %s | $%s |" % (hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 4), hexs(r, 12),
                    pick(r, INSTANCE_TYPES), r.randint(1, 40), date_s(r, 2026), money(r, 100, 20000)))
    return pick(r, ["docs/finops/reserved-instances.md", "reports/ri-inventory.md"]), "# Reserved instances\n\n" + "\n".join(rows) + "\n", "aws", "reservation_ids"


@look("spot_ids_tf")
def l_spot_tf(r):
    return pick(r, ["terraform/ocean/imports.tf", "infra/spot/ocean.tf"]), f"""variable "spotinst_token" {{
  type      = string
  sensitive = true
}}

provider "spotinst" {{
  token   = var.spotinst_token
  account = "act-{hexs(r, 8)}"
}}

import {{
  to = spotinst_ocean_aws.main
  id = "o-{hexs(r, 8)}"
}}

import {{
  to = spotinst_elastigroup_aws.legacy_workers
  id = "sig-{hexs(r, 8)}"
}}
""", "spot.io", "ocean_and_elastigroup_ids"


@look("castai_outputs")
def l_cast_out(r):
    return pick(r, ["terraform/castai/outputs.json", "artifacts/castai-cluster.json"]), json.dumps({
        "cluster_id": {"sensitive": False, "type": "string", "value": uuid4(r)},
        "organization_id": {"sensitive": False, "type": "string", "value": uuid4(r)},
        "cluster_token": {"sensitive": True, "type": "string", "value": None},
        "node_configuration_ids": {"sensitive": False, "type": ["map", "string"],
                                   "value": {"default": uuid4(r), "gpu": uuid4(r)}}}, indent=2) + "\n", "cast.ai", "cluster_and_org_ids"


@look("cloudhealth_perspective")
def l_ch_persp(r):
    return pick(r, ["finops/cloudhealth/perspective-teams.json", "data/ch/perspective.json"]), json.dumps({
        "schema": {"name": "Teams", "include_in_reports": "true", "rules": [
            {"type": "filter", "asset": "AwsAccount", "to": str(r.randint(10 ** 12, 10 ** 13)),
             "condition": {"clauses": [{"tag_field": ["team"], "op": "=", "val": pick(r, TEAMS)}]}}
            for _ in range(3)],
            "constants": [{"type": "Static Group", "list": [{"ref_id": str(r.randint(10 ** 12, 10 ** 13)), "name": pick(r, TEAMS)}]}]},
        "client_api_id": r.randint(1000, 99999)}, indent=2) + "\n", "cloudhealth", "perspective_ids"


@look("budgets_yaml")
def l_budgets(r):
    lines = ["# FY budgets (USD) - approved by finance on %s" % date_s(r), "budgets:"]
    for t in r.sample(TEAMS, 5):
        lines.append("  - team: %s" % t)
        lines.append("    account_id: \"%s\"" % acct(r))
        lines.append("    monthly_limit: %s" % money(r, 500, 150000))
        lines.append("    forecast_alert_pct: %d" % r.choice([80, 90, 100]))
    return pick(r, ["finops/budgets.yaml", "config/budgets/fy25.yaml"]), "\n".join(lines) + "\n", "aws", "dollar_amounts_account_ids"


@look("cur_manifest")
def l_cur_manifest(r):
    o = org(r)
    asm = uuid4(r)
    per = "2024%02d01-2024%02d01" % (r.randint(1, 11), r.randint(2, 12))
    return pick(r, ["tests/fixtures/cur-Manifest.json", "data/cur/%s-Manifest.json" % o]), json.dumps({
        "assemblyId": asm, "account": acct(r), "reportId": hexs(r, 64),
        "reportName": "%s-cur-hourly" % o, "bucket": bucket(r, o), "compression": "Parquet",
        "billingPeriod": {"start": "20240501T000000.000Z", "end": "20240601T000000.000Z"},
        "reportKeys": ["cur/%s-cur-hourly/%s/%s/%s-cur-hourly-%05d.snappy.parquet" % (o, per, asm, o, i + 1) for i in range(r.randint(1, 4))]},
        indent=2) + "\n", "aws", "assembly_and_report_ids"


@look("md5_etags")
def l_md5(r):
    lines = ["%s  %s" % (hexs(r, 32), "exports/%s/part_%d_%04d.csv.gz" % (date_s(r), r.randint(0, 3), i)) for i in range(r.randint(4, 10))]
    return pick(r, ["data/exports/MD5SUMS", "checksums/cost-exports.md5"]), "\n".join(lines) + "\n", "azure", "md5_checksums"


@look("sha256sums")
def l_sha(r):
    ver = "v0.10.%d" % r.randint(30, 41)
    lines = ["%s  infracost-%s.tar.gz" % (hexs(r, 64), p) for p in ["linux-amd64", "linux-arm64", "darwin-amd64", "darwin-arm64", "windows-amd64"]]
    return pick(r, ["tools/infracost/%s.sha256" % ver, "ci/checksums/infracost.sha256"]), "\n".join(lines) + "\n", "infracost", "release_checksums"


@look("pgp_signature")
def l_pgp(r):
    body = base64.b64encode(_rand_bytes(r, 560)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return pick(r, ["tools/opencost/opencost-linux-amd64.asc", "release/SHA256SUMS.asc"]), \
        "-----BEGIN PGP SIGNATURE-----\n\n" + "\n".join(lines) + "\n=" + rs(r, B64, 4) + "\n-----END PGP SIGNATURE-----\n", "opencost", "pgp_signature"


@look("x509_cert")
def l_cert(r):
    return pick(r, ["deploy/kubecost/tls/ca.crt", "certs/kubecost-internal-ca.pem"]), fake_cert_pem(r), "kubecost", "x509_certificate"


@look("azure_ids_tfvars")
def l_az_ids(r):
    return pick(r, ["terraform/azure/billing.tfvars", "envs/azure/cost.auto.tfvars"]), f"""tenant_id              = "{uuid4(r)}"
subscription_id        = "{sub_id(r)}"
client_id              = "{uuid4(r)}"   # app registration: finops-cost-export (public id)
billing_account_id     = "{r.randint(10000000, 99999999)}"
billing_profile_id     = "{rs(r, UALNUM, 4)}-{rs(r, UALNUM, 4)}-{rs(r, UALNUM, 3)}-{rs(r, UALNUM, 3)}"
enrollment_number      = "{r.randint(10000000, 99999999)}"
export_storage_account = "{org(r).replace('-', '')}costexports"
""", "azure", "subscription_tenant_billing_ids"


@look("azure_credential_list")
def l_az_credlist(r):
    return pick(r, ["docs/finops/sp-credentials.json", "audit/app-credentials.json"]), json.dumps([
        {"customKeyIdentifier": None, "displayName": pick(r, ["kubecost", "cost-export", "cloudhealth"]),
         "endDateTime": ts(r), "hint": rs(r, ALNUM, 3), "keyId": uuid4(r), "secretText": None,
         "startDateTime": ts(r)} for _ in range(r.randint(1, 3))], indent=2) + "\n", "azure", "client_secret_metadata"


@look("gcp_budget_tf")
def l_gcp_budget(r):
    return pick(r, ["terraform/gcp/budgets.tf", "modules/gcp-budget/main.tf"]), f"""resource "google_billing_budget" "{pick(r, TEAMS).replace('-', '_')}" {{
  billing_account = "{gcp_billing_acct(r)}"
  display_name    = "{pick(r, TEAMS)} monthly"

  budget_filter {{
    projects = ["projects/{r.randint(10 ** 11, 10 ** 12)}"]
  }}

  amount {{
    specified_amount {{
      currency_code = "USD"
      units         = "{r.randint(1000, 90000)}"
    }}
  }}

  threshold_rules {{ threshold_percent = 0.8 }}
  threshold_rules {{ threshold_percent = 1.0 }}
}}
""", "gcp", "billing_account_budget"


@look("custom_pricing_csv")
def l_custom_pricing(r):
    rows = ["EndTimestamp,InstanceID,Region,AssetClass,InstanceIDField,InstanceType,MarketPriceHourly,Version"]
    for _ in range(r.randint(5, 12)):
        rows.append("%s,%s,%s,node,spec.providerID,%s,%.4f,v1" % (date_s(r), "i-0" + hexs(r, 16), pick(r, REGIONS), pick(r, INSTANCE_TYPES), r.uniform(0.02, 4)))
    return pick(r, ["kubecost/csv-pricing/pricing.csv", "deploy/kubecost/custom-pricing.csv"]), "\n".join(rows) + "\n", "kubecost", "custom_pricing_rows"


@look("opencost_metrics")
def l_metrics(r):
    lines = ["# HELP node_total_hourly_cost Total node cost per hour", "# TYPE node_total_hourly_cost gauge"]
    for _ in range(r.randint(4, 9)):
        lines.append('node_total_hourly_cost{arch="amd64",instance="ip-10-%d-%d-%d.ec2.internal",instance_type="%s",provider_id="aws:///%s/i-0%s",region="%s"} %.6f' % (
            r.randint(0, 255), r.randint(0, 255), r.randint(0, 255), pick(r, INSTANCE_TYPES), pick(r, REGIONS) + "a", hexs(r, 16), pick(r, REGIONS), r.uniform(0.01, 5)))
    return pick(r, ["tests/fixtures/opencost_metrics.prom", "docs/samples/metrics.txt"]), "\n".join(lines) + "\n", "opencost", "prometheus_metrics"


@look("go_sum")
def l_gosum(r):
    mods = ["github.com/aws/aws-sdk-go-v2 v1.%d.%d" % (r.randint(20, 36), r.randint(0, 9)),
            "github.com/aws/aws-sdk-go-v2/service/costexplorer v1.%d.%d" % (r.randint(30, 50), r.randint(0, 9)),
            "github.com/opencost/opencost/core v1.%d.%d" % (r.randint(100, 113), r.randint(0, 3)),
            "golang.org/x/oauth2 v0.%d.0" % r.randint(10, 25)]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, rs(r, B64, 43)))
        lines.append("%s/go.mod h1:%s=" % (m, rs(r, B64, 43)))
    return "go.sum", "\n".join(lines) + "\n", "go", "module_hashes"


@look("package_lock")
def l_pkglock(r):
    pk = {}
    for name in ["axios", "node-fetch", "@aws-sdk/client-cost-explorer", "date-fns"]:
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
                                      "integrity": "sha512-" + base64.b64encode(_rand_bytes(r, 64)).decode()}
    return "package-lock.json", json.dumps({"name": "cost-portal", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n", "npm", "integrity_hashes"


@look("harness_perspective")
def l_harness(r):
    return pick(r, ["harness/ccm/perspective.yaml", "ccm/perspectives/teams.yaml"]), f"""perspective:
  name: Teams by namespace
  identifier: {rs(r, B64URL, 22)}
  accountIdentifier: {rs(r, B64URL, 22)}
  viewVersion: v1
  viewState: COMPLETED
  viewVisualization:
    granularity: DAY
    groupBy:
      fieldId: namespace
      fieldName: Namespace
      identifier: CLUSTER
  viewRules:
    - viewConditions:
        - type: VIEW_ID_CONDITION
          viewField:
            fieldId: labels.value
            identifierName: Label
          viewOperator: IN
          values: [{pick(r, TEAMS)}, {pick(r, TEAMS)}]
""", "harness", "account_and_perspective_ids"


@look("cloudzero_cbf")
def l_cbf(r):
    rows = ["time/usage_start,resource/id,resource/service,resource/account,action/operation,cost/cost,resource/tag:team"]
    for _ in range(r.randint(5, 12)):
        rows.append("%sT00:00:00Z,%s,Snowflake,%s-%s,query,%s,%s" % (date_s(r), "01" + hexs(r, 30), org(r), rs(r, UP, 7), money(r, 0, 300), pick(r, TEAMS)))
    return pick(r, ["data/cloudzero/cbf-drop.csv", "exports/anycost/snowflake.csv"]), "\n".join(rows) + "\n", "cloudzero", "cbf_rows"


@look("kubecost_allocation")
def l_alloc(r):
    allocs = {}
    for t in r.sample(TEAMS, 3):
        allocs[t] = {"name": t, "properties": {"cluster": pick(r, CLUSTERS), "namespace": t},
                     "window": {"start": date_s(r) + "T00:00:00Z", "end": date_s(r) + "T00:00:00Z"},
                     "cpuCost": round(r.uniform(0, 900), 5), "ramCost": round(r.uniform(0, 300), 5),
                     "totalCost": round(r.uniform(0, 1500), 5), "totalEfficiency": round(r.uniform(0, 1), 4)}
    return pick(r, ["tests/fixtures/allocation.json", "reports/allocation-7d.json"]), json.dumps({"code": 200, "data": [allocs]}, indent=2) + "\n", "kubecost", "allocation_response"


@look("changelog")
def l_changelog(r):
    lines = ["# Changelog", ""]
    for _ in range(r.randint(4, 8)):
        lines.append("* %s %s (%s)" % (gh_sha(r)[:pick(r, [7, 12, 40])], pick(r, [
            "cost-sync: retry on 429 from the pricing API", "kubecost: bump chart to 2.3", "infracost: pin action by sha",
            "reports: add savings plan utilisation", "fix currency rounding in CSV export"]), pick(r, PEOPLE)))
    return "CHANGELOG.md", "\n".join(lines) + "\n", "git", "commit_shas"


@look("data_uri_html")
def l_data_uri(r):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + _rand_bytes(r, 180)).decode()
    return pick(r, ["web/templates/report_email.html", "templates/cost-digest.html"]), f"""<html>
<body>
<img alt="logo" src="data:image/png;base64,{png}" />
<h2>Weekly cloud spend: ${money(r, 1000, 90000)}</h2>
<p>Change vs last week: {pick(r, ['+', '-'])}{r.randint(1, 30)}%</p>
</body>
</html>
""", "finops", "base64_image"


@look("apptio_env_headers")
def l_apptio(r):
    return pick(r, ["scripts/apptio_plans.sh", "ops/apptio/list-plans.sh"]), f"""#!/usr/bin/env bash
# needs APPTIO_OPENTOKEN from `apptio-login` (never stored on disk)
curl -s "https://api.cloudability.com/v3/planning/plans?viewId=0" \\
  -H "Accept-Language: en-US" \\
  -H "apptio-opentoken: ${{APPTIO_OPENTOKEN:?run apptio-login first}}" \\
  -H "apptio-current-environment: {uuid4(r)}" | jq '.result[].name'
""", "cloudability", "environment_id_env_token"


@look("athena_query_log")
def l_athena(r):
    lines = []
    for _ in range(r.randint(5, 10)):
        lines.append(json.dumps({"ts": ts(r), "level": "info", "msg": "query finished", "queryExecutionId": uuid4(r),
                                 "workGroup": "primary", "dataScannedInBytes": r.randint(10 ** 5, 10 ** 10),
                                 "outputLocation": "s3://%s/athena/%s.csv" % (bucket(r), uuid4(r))}))
    return pick(r, ["logs/athena-queries.jsonl", "var/log/cur-refresh.log"]), "\n".join(lines) + "\n", "aws", "query_execution_ids"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500
NO_EXT = {"Dockerfile": "dockerfile", "Makefile": "makefile", "Jenkinsfile": "groovy",
          "credentials": "ini", "aws-credentials": "ini", "authorized_keys": "ssh",
          "cost-report": "sh", "MD5SUMS": "txt"}
ENV_OK_SUFFIXES = ("example", "sample", "template", "dist")


def filetype(rel):
    name = rel.rsplit("/", 1)[-1]
    if name in NO_EXT:
        return NO_EXT[name]
    if name == ".env" or name.startswith(".env.") or name.endswith(".env") or ".env." in name:
        return "env"
    if "." not in name.lstrip("."):
        return "txt"
    return name.rsplit(".", 1)[1].lower()


def blocked_env_name(rel):
    name = rel.rsplit("/", 1)[-1]
    if name == ".env":
        return True
    if name.startswith(".env."):
        return name.split(".")[-1] not in ENV_OK_SUFFIXES
    return False


def needle_for(t, spec, v):
    if spec.key in ("gcp_sa", "nops_pk") or t.enc == "pem":
        return pem_first_line(v.s)
    if t.enc == "b64":
        return b64e(v.s)
    return v.s


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def cycle_pick(r, pool, n):
    out = []
    while len(out) < n:
        block = list(pool)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hm.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    conv = [t for t in TEMPLATES if t.conv]
    nonconv = [t for t in TEMPLATES if not t.conv]
    n_conv = N_POS // 2
    plan = cycle_pick(r, conv, n_conv) + cycle_pick(r, nonconv, N_POS - n_conv)
    r.shuffle(plan)

    manifest = []
    secrets = []
    env_pos = 0
    seen_needles = {}
    for i, t in enumerate(plan):
        spec = SPECS[pick(r, t.specs)]
        CUR_SPEC[0] = spec
        v = pos_value(r, spec)
        rel, text = t.fn(r, v)
        if blocked_env_name(rel) or filetype(rel) == "env":
            env_pos += 1
        needle = needle_for(t, spec, v)
        assert needle and needle not in seen_needles, (t.name, needle)
        seen_needles[needle] = 1
        lines = text.split("\n")
        line = next((k + 1 for k, ln in enumerate(lines) if needle in ln), None)
        assert line is not None, (t.name, needle)
        assert needle in lines[line - 1]
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": spec.provider, "kind": spec.kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": frel, "needle": needle, "line": line})
    assert env_pos <= N_POS // 20, env_pos

    n_reuse = N_NEG // 2
    neg_plan = [("reuse", t) for t in cycle_pick(r, TEMPLATES, n_reuse)]
    neg_plan += [("look", l) for l in cycle_pick(r, LOOKALIKES, N_NEG - n_reuse)]
    r.shuffle(neg_plan)
    for i, (mode, item) in enumerate(neg_plan):
        if mode == "reuse":
            t = item
            spec = SPECS[pick(r, t.specs)]
            CUR_SPEC[0] = spec
            v = neg_value(r, spec, t.lang, t.negcats)
            rel, text = t.fn(r, v)
            provider, kind = spec.provider, v.cat
        else:
            name, fn = item
            rel, text, provider, what = fn(r)
            kind = "lookalike:" + what
        assert not blocked_env_name(rel), rel
        for nd in seen_needles:
            assert nd not in text
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # re-read and verify every needle from disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            got = fh.read().split("\n")
        assert s["needle"] in got[s["line"] - 1], s["file"]
        assert all(s["needle"] not in ln for ln in got[:s["line"] - 1]), s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
