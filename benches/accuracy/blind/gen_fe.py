#!/usr/bin/env python3
"""gen_fe.py - blind evaluation set for secret scanners: insurance and insurtech.

EMPHASIS
    Domain: insurance carriers, MGAs, agencies and insurtech integrations.
    Providers / systems: Guidewire InsuranceSuite and Guidewire Cloud (Guidewire Hub is an
    Okta tenant: OAuth client-credentials client ids/secrets), Duck Creek (Azure hosted ->
    Microsoft Entra client secrets, storage and Service Bus keys), Socotra, Majesco, Applied
    Epic, Vertafore AMS360 / Sagitta, comparative raters and carrier rating APIs (often behind
    Azure API Management: Ocp-Apim-Subscription-Key), Verisk ISO ClaimSearch (SOAP + SFTP),
    LexisNexis CLUE / MVR (SOAP WS-Security), MVR vendors, IVANS AL3 download, One Inc
    PortalOne, Stripe, telematics vendors, plus AWS, Azure, GCP, Postgres / SQL Server /
    Oracle / MongoDB / Redis / RabbitMQ, SendGrid, SMTP, Twilio, Slack, GitHub, GitLab, Okta,
    Datadog.
    Kinds: OAuth client secrets, API keys, SFTP passwords and private keys, SOAP WS-Security
    passwords, ACORD SignonPswd passwords, database URLs / connection strings, basic-auth
    pairs, webhook URLs, signing secrets, cloud keys.
    File types: Java, Gosu (.gs, .gwp plugin registry), C# / .NET (appsettings.json,
    web.config), Python, JavaScript, XML (ACORD, SOAP, Maven settings), .properties, YAML
    (GitHub Actions, GitLab CI, Helm values, Kubernetes), JSON, PowerShell, shell,
    docker-compose, Dockerfile, Terraform, TOML, INI, SQL, Markdown, CSV bordereaux, AL3,
    logs, PEM / OpenSSH key files.

USAGE
    python3 gen_fe.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives) and OUTDIR/neg/nNNNN/<relpath>
    (500 negatives), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, 1-based line). Deterministic per SEED: every
    random choice comes from one random.Random(SEED); standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written, never its surrounding quotes.
    * Key pairs (AWS id + secret, Twilio SID + token, client id + secret, user + password):
      the needle is the secret half only (secret access key, auth token, client secret,
      password); the public half sits on its own line.
    * URLs with embedded credentials (postgres://u:p@h, amqp://, mongodb+srv://,
      https://x-access-token:TOKEN@github.com): the needle is the password / token part only.
    * Webhook URLs whose path is the secret (Slack incoming webhooks): the needle is the
      whole URL from https:// to the end of the secret path segment.
    * Headers: the needle is the header value's credential only: for "Authorization: Basic
      X" it is X (base64 of user:password), for "Authorization: SSWS X" it is X, for
      "X-Api-Key: X" / "Ocp-Apim-Subscription-Key: X" it is X.
    * Connection strings (Azure storage, Service Bus, ADO.NET, JDBC): the needle is the
      AccountKey / SharedAccessKey / Password value only.
    * Multi-line private keys (PEM, OpenSSH, and the JSON-escaped key of a GCP service
      account file): the needle is the "-----BEGIN ... PRIVATE KEY-----" marker text and
      the line is the line holding that marker; the random key body follows it.

NEGATIVES
    250 negatives re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-client-secret>, YOUR_API_KEY_HERE, changeme, xxxx..., prefixed
    placeholders like sk_live_XXXX...), empty values, masked values (********, [REDACTED]),
    environment / secret-manager references (${VAR}, os.environ[...], System.getenv(...),
    $env:VAR, Key Vault / Secrets Manager lookups, vault: and op:// paths, GitHub ${{
    secrets.X }}), providers' documented example values (AWS EXAMPLEKEY pair, Stripe docs
    test key, Google docs API key, Slack T00000000 webhook, Azurite dev-storage key,
    Microsoft Purview Entra example, docker-hub POSTGRES_PASSWORD=example) and values the
    provider documents as public (Stripe pk_live_ publishable keys, OAuth client ids).
    Templates whose whole body is a key (PEM files) are not re-used. Negatives never sit
    in a .env / .env.local / .env.production file (renamed to .env.example).
    250 negatives are domain look-alikes: bordereaux CSV, AL3 downloads, ACORD XML with
    RqUIDs / VINs / NAIC codes / base64 attachments, policy / claim / producer numbers,
    ACORD form ids, W3C trace ids and UUIDs in logs, SHA-256 sums, Gradle / NuGet /
    Terraform lock hashes, image digests, public certificates, SSH public keys and host-key
    fingerprints, PGP public keys, SAML metadata, Stripe object ids and webhook signatures,
    publishable keys, public OIDC client ids, AWS ARNs / KMS key ids, telematics IMEIs,
    git commit hashes, code that only names secrets.

FORMATS CHECKED (search of public documentation, not of any scanner's rules)
    * Stripe docs: secret sk_live_/sk_test_, restricted rk_live_, publishable pk_live_ (public);
      webhook endpoint secrets start with whsec_.
    * AWS (docs quoted by SDK vendors): access key id 20 chars (AKIA...), secret access key
      40 chars of letters, digits, / and +; documented example AKIAIOSFODNN7EXAMPLE /
      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
    * Twilio docs: Account SID is 34 chars starting AC; API key SIDs start SK; auth token /
      API secret 32 chars.
    * Twilio SendGrid docs: API keys are 69 characters (SG.<22>.<43>).
    * GitHub blog/changelog: ghp_/gho_/ghu_/ghs_/ghr_ prefixes, [A-Za-z0-9_] alphabet,
      40 chars total, last 6 chars a base62 CRC32 checksum of the random part.
    * Microsoft Purview SIT for Entra client secrets: up to 40 chars of letters, digits,
      - _ . ~, with "Q~" after the first 3-4 chars, and a checksum.
    * Google Cloud docs: API key strings look like AIzaSy... (39 chars).
    * Azure Storage docs: DefaultEndpointsProtocol=...;AccountName=...;AccountKey=...;
      EndpointSuffix=core.windows.net.
    * Slack docs: https://hooks.slack.com/services/T.../B.../<24 chars>.
    * Guidewire docs: Guidewire Hub tokens via Okta client_credentials (client_id,
      client_secret, scopes); Okta API: client_secret min 32 chars when bring-your-own,
      system-generated secrets about 40 chars of [A-Za-z0-9_-].
    * ACORD XML: SignonRq/SignonPswd/CustId/CustLoginId and CustPswd/EncryptionTypeCd/Pswd.
    * ACORD AL3: groups start with digit + 3 letters + 3-digit length (1MHG, 2TRG, ...),
      fixed-length fields padded with '?' for missing data.

DOUBTS
    * No public format was found for Applied Epic, Vertafore, Socotra, Majesco, Duck Creek
      native, One Inc PortalOne, Verisk, LexisNexis, MVR, telematics or rater API keys: they
      are generated as plain random hex / base62 / base64 / GUID strings, or as passwords.
      The One Inc authentication key is modelled as a GUID (unconfirmed).
    * Stripe secret key body length (24 legacy, ~99 newer "51..." style) is not fixed in the
      docs found; both are generated.
    * The GitHub checksum base62 alphabet order (0-9A-Za-z here) was not confirmed.
    * The Entra secret checksum algorithm is undocumented; only the shape is reproduced.
    * The Stripe documented test keys and Okta truncated example are taken from memory of
      the public docs; the search showed the Google and Entra examples directly.
    * Datadog (32 hex), Okta API token (00 + 40), GitLab glpat- (20) and Azure APIM
      subscription keys (32 hex) are from general knowledge, not re-checked this session.
"""
import base64
import hashlib
import json
import os
import string
import sys
import uuid
import zlib
from random import Random

HEX = "0123456789abcdef"
UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
PWSYM = "!*-_.^~+"


def T(text, **kw):
    """Replace «name» markers (no brace escaping needed in code templates)."""
    for k, v in kw.items():
        text = text.replace("\u00ab" + k + "\u00bb", str(v))
    return text


class G:
    """Random helpers; everything comes from one Random instance."""

    def __init__(self, seed):
        self.r = Random(seed)
        self.ctx = {}

    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def mixed(self, alpha, n):
        # random string that has at least one digit and one letter (looks like a key)
        while True:
            v = self.s(alpha, n)
            if any(ch.isdigit() for ch in v) and any(ch.isalpha() for ch in v):
                return v

    def hexs(self, n):
        return self.s(HEX, n)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rbytes(n)).decode()

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def sha256(self):
        return hashlib.sha256(self.rbytes(32)).hexdigest()

    def date(self, y0=2022, y1=2025):
        return "%04d-%02d-%02d" % (self.i(y0, y1), self.i(1, 12), self.i(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.i(0, 23), self.i(0, 59),
                                            self.i(0, 59), self.i(0, 999))

    def money(self, a=150, b=25000):
        return "%d.%02d" % (self.i(a, b), self.i(0, 99))

    # ---- domain pools -------------------------------------------------------------------
    CARRIERS = ["Harborline Mutual", "Prairie Shield Insurance", "Cobalt Ridge Casualty",
                "Northgate Indemnity", "Bluewater Specialty", "Summit Oak Assurance",
                "Keystone Meadow Mutual", "Redfern Fire & Marine", "Lakeshore Reciprocal",
                "Granite Pass Underwriters"]
    STATES = ["TX", "OH", "PA", "FL", "GA", "IL", "MI", "NC", "AZ", "CO", "WI", "IN", "MO", "TN"]
    LOBS = ["AUTOP", "HOME", "DFIRE", "BOP", "CPKGE", "WORK", "UMBRP", "INMRP", "AUTOB"]
    SERVICES = ["claims-intake", "policy-sync", "fnol-api", "agency-bridge", "rating-gateway",
                "billing-connector", "bordereaux-export", "telematics-ingest", "mvr-orders",
                "clue-reports", "underwriting-rules", "quote-portal"]
    FIRST = ["maria", "james", "priya", "daniel", "olivia", "kevin", "aisha", "tomas", "grace",
             "li", "hannah", "marcus"]
    LAST = ["okafor", "lindqvist", "ramirez", "chen", "walsh", "novak", "patel", "brennan",
            "kowalski", "haddad", "moreau", "tanaka"]
    WORDS = ["Harbor", "Granite", "Willow", "Copper", "Falcon", "Maple", "Juniper", "Cedar",
             "Orchid", "Basalt", "Tundra", "Meadow", "Beacon", "Quarry", "Saffron", "Ember"]

    def carrier(self):
        return self.c(self.CARRIERS)

    def naic(self):
        return "%05d" % self.i(10000, 44999)

    def policy_no(self):
        return self.c(["PA", "HO", "BOP", "CPP", "WC", "UMB"]) + "-" + str(self.i(1000000, 9999999)) + "-%02d" % self.i(0, 9)

    def claim_no(self):
        return "CLM-%d-%06d" % (self.i(2021, 2025), self.i(1, 999999))

    def producer(self):
        return "%s%04d" % (self.c(["AG", "PR", "BRK", "MGA"]), self.i(1, 9999))

    def person(self):
        return self.c(self.FIRST), self.c(self.LAST)

    def email(self, dom=None):
        f, l = self.person()
        return "%s.%s@%s" % (f, l, dom or self.c(["harborline-ins.com", "cobaltridge.com", "northgateins.com", "prairieshield.com"]))

    def svc(self):
        return self.c(self.SERVICES)

    def host(self, kind="api"):
        co = self.c(["harborline", "cobaltridge", "northgate", "prairieshield", "summitoak", "bluewaterspec"])
        env = self.c(["prod", "prd", "uat", "stage", "dr"])
        return "%s-%s.%s.internal" % (kind, env, co)

    def user(self, prefix="svc"):
        return "%s_%s" % (prefix, self.c(["claims", "policy", "billing", "epic", "ams", "rating", "fnol", "intake", "bdx", "mvr"]))

    def vin(self):
        alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        vals = dict(zip("ABCDEFGH", range(1, 9)))
        vals.update(dict(zip("JKLMN", range(1, 6))))
        vals.update({"P": 7, "R": 9})
        vals.update(dict(zip("STUVWXYZ", range(2, 10))))
        for d in DIG:
            vals[d] = int(d)
        w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
        v = list(self.c(["1FT", "1HG", "2T1", "3VW", "5YJ", "JTD", "KNA", "1C4", "WBA"]) + self.s(alpha, 14))
        tot = sum(vals[ch] * w[k] for k, ch in enumerate(v) if k != 8)
        chk = tot % 11
        v[8] = "X" if chk == 10 else str(chk)
        return "".join(v)

    def imei(self):
        d = [self.i(0, 9) for _ in range(14)]
        s = 0
        for k, x in enumerate(d):
            if k % 2 == 1:
                x *= 2
                x = x - 9 if x > 9 else x
            s += x
        return "".join(map(str, d)) + str((10 - s % 10) % 10)

    def acord_form(self):
        return "ACORD %s (%04d/%02d)" % (self.c(["25", "27", "80", "90", "125", "126", "127", "130", "137", "140", "160"]), self.i(2009, 2019), self.i(1, 12))


# ---- secret generators ------------------------------------------------------------------
def b62_encode(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def gen_password(g):
    style = g.i(0, 3)
    if style == 0:
        return g.mixed(ALNUM, g.i(16, 24))
    if style == 1:
        base = list(g.mixed(ALNUM, g.i(13, 19)))
        for _ in range(g.i(1, 3)):
            base.insert(g.i(1, len(base) - 1), g.c(PWSYM))
        return "".join(base)
    if style == 2:
        return "%s%s%s%d%s" % (g.c(G.WORDS), g.c(PWSYM), g.c(G.WORDS), g.i(10, 9999), g.s(ALNUM, g.i(3, 5)))
    return g.s(UP, 2) + g.s(DIG, 2) + g.c("!*^~") + g.mixed(ALNUM, g.i(10, 14))


def gen_urlpw(g):
    # safe inside URLs without escaping
    return g.mixed(ALNUM, g.i(8, 14)) + g.c("-_.~") + g.mixed(ALNUM, g.i(4, 8))


def gen_xmlpw(g):
    return g.mixed(ALNUM, g.i(10, 14)) + g.c("!*^~#") + g.mixed(ALNUM, g.i(3, 6))


def gen_okta_secret(g):
    return g.mixed(URLSAFE, g.c([40, 40, 64]))


def gen_okta_api(g):
    return "00" + g.mixed(URLSAFE, 40)


def gen_entra(g):
    return g.mixed(ALNUM, 3) + g.c("78") + "Q~" + g.mixed(ALNUM + "-_.~", 34)


def gen_stripe_sk(g):
    if g.i(0, 1):
        return "sk_live_" + g.mixed(ALNUM, 24)
    return "sk_live_51" + g.mixed(ALNUM, 97)


def gen_stripe_rk(g):
    if g.i(0, 1):
        return "rk_live_" + g.mixed(ALNUM, 24)
    return "rk_live_51" + g.mixed(ALNUM, 97)


def gen_whsec(g):
    return "whsec_" + g.mixed(ALNUM, 32)


def gen_aws_id(g):
    return "AKIA" + g.s(UP + "234567", 16)


def aws_id_for(g):
    # the access key id is public, but negatives use the documented example id anyway
    return "AKIAIOSFODNN7EXAMPLE" if g.ctx.get("neg") else gen_aws_id(g)


def gen_aws_secret(g):
    return g.mixed(B64, 40)


def gen_azure_storage(g):
    return g.b64(64)


def gen_sas_key(g):
    return g.b64(32)


def gen_sendgrid(g):
    return "SG." + g.mixed(URLSAFE, 22) + "." + g.mixed(URLSAFE, 43)


def gen_hex32(g):
    return g.hexs(32)


def gen_hex40(g):
    return g.hexs(40)


def gen_hex64(g):
    return g.hexs(64)


def gen_b62_40(g):
    return g.mixed(ALNUM, 40)


def gen_b62_32(g):
    return g.mixed(ALNUM, 32)


def gen_b64_44(g):
    return g.b64(32)


def gen_guid(g):
    return g.uuid().upper() if g.i(0, 1) else g.uuid()


def gen_slack(g):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        g.s(UP + DIG, g.c([8, 10])), g.s(UP + DIG, g.c([8, 10])), g.mixed(ALNUM, 24))


def gen_ghp(g):
    body = g.mixed(ALNUM, 30)
    return "ghp_" + body + b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def gen_glpat(g):
    return "glpat-" + g.mixed(URLSAFE, 20)


def gen_google(g):
    return "AIzaSy" + g.mixed(URLSAFE, 33)


def gen_basic(g):
    user = g.ctx.get("user", "svc_claims")
    return base64.b64encode(("%s:%s" % (user, gen_password(g))).encode()).decode()


def gen_twilio_token(g):
    return g.hexs(32)


PEM_RSA = "-----BEGIN RSA PRIVATE KEY-----"
PEM_P8 = "-----BEGIN PRIVATE KEY-----"
PEM_SSH = "-----BEGIN OPENSSH PRIVATE KEY-----"


def pem_body(g, kind, width=64):
    if kind == "rsa":
        raw = bytes.fromhex("308204a40201000282010100") + g.rbytes(1180)
    elif kind == "p8":
        raw = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100") + g.rbytes(1180)
    else:
        raw = b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x00\x33\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + g.rbytes(340)
        width = 70
    b = base64.b64encode(raw).decode()
    return [b[k:k + width] for k in range(0, len(b), width)]


# ---- documented examples and public values (negatives) ----------------------------------
DOC = {
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_BQokikJOvBiI2HlWgH4olfQ2"],
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "google": ["AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe"],
    "entra": ["abc8Q~defghijklmnopqrstuvwxyz-_.~0123456"],
    "slack": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "azure": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
    "twilio": ["your_auth_token"],
    "basic": ["ZW1wJHVzZXJuYW1lOlBhJCR3MHJkMQ=="],
    "okta": ["DRUFXGF9XbLn......a3x3POBiIxDreBCdZuFs5B"],
    "postgres": ["example"],
}


def public_value(g, fam):
    if fam == "stripe":
        return "pk_live_" + (g.mixed(ALNUM, 24) if g.i(0, 1) else "51" + g.mixed(ALNUM, 97))
    if fam == "okta":
        return "0oa" + g.mixed(ALNUM, 17)
    if fam == "entra":
        return g.uuid()
    return None


PLACEHOLDERS = ["<your-client-secret>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "REPLACE_ME", "<password>", "your-password-here", "TODO", "<insert key>",
                "CHANGE_ME_BEFORE_DEPLOY", "dummy", "placeholder", "your_secret_here",
                "<sftp-password>", "PUT-KEY-HERE", "XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX"]
MASKED = ["********", "[REDACTED]", "****************", "<redacted>", "***", "xxxxx(masked)",
          "[FILTERED]", "**********************"]
PREFIXED_PH = {"stripe": "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX", "sendgrid": "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
               "github": "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "aws": "YOUR_SECRET_ACCESS_KEY", "slack":
               "https://hooks.slack.com/services/<workspace>/<channel>/<token>"}


def env_expr(g, style, var):
    low = var.lower().replace("_", ".")
    opts = {
        "py": ['os.environ["%s"]' % var, 'os.getenv("%s")' % var, 'settings.%s' % var,
               'get_secret("prod/%s")' % var.lower()],
        "java": ['System.getenv("%s")' % var, 'config.getString("%s")' % low,
                 'secrets.get("%s")' % var],
        "gosu": ['System.getenv("%s")' % var, 'ScriptParameters.%s' % "".join(p.capitalize() for p in var.split("_")),
                 'gw.api.properties.RuntimePropertyRetriever.getProperty("%s")' % low],
        "cs": ['Environment.GetEnvironmentVariable("%s")' % var, '_configuration["%s"]' % var.replace("_", ":"),
               '(await secretClient.GetSecretAsync("%s")).Value.Value' % var.lower().replace("_", "-")],
        "js": ["process.env.%s" % var],
        "ps1": ["$env:%s" % var, "(Get-Secret -Name %s -AsPlainText)" % var],
        "sh": ['"$%s"' % var, '"${%s}"' % var],
        "tf": ["var.%s" % var.lower(), "data.azurerm_key_vault_secret.%s.value" % var.lower()],
    }
    return g.c(opts[style])


def env_ref(g, style, var):
    low = var.lower().replace("_", ".")
    common = ["${%s}" % var, "vault:secret/data/insurance/%s#value" % var.lower(),
              "op://Integrations/%s/credential" % var.lower().replace("_", "-")]
    per = {
        "yaml": ["${%s}" % var, "${%s:?must be set}" % var, "{{ .Values.secrets.%s }}" % var.lower()],
        "gha": ["${{ secrets.%s }}" % var],
        "compose": ["${%s}" % var, "${%s:-}" % var],
        "props": ["${%s}" % var, "${vault.%s}" % low],
        "xml": ["${%s}" % low, "#{%s}" % var],
        "json": ["#{%s}#" % var, "@Microsoft.KeyVault(SecretUri=https://kv-claims-prod.vault.azure.net/secrets/%s/)" % var.lower().replace("_", "-")],
        "ini": ["%%(%s)s" % var.lower(), "${%s}" % var],
        "toml": ["${%s}" % var, "env:%s" % var],
        "md": ["$%s" % var, "<value of %s from Key Vault>" % var],
        "ps1": ["$env:%s" % var], "sh": ["${%s}" % var, "$%s" % var],
        "docker": ["${%s}" % var], "dotenv": ["${%s}" % var],
        "sql": ["$(%s)" % var], "log": ["${%s}" % var],
        "tf": ["${var.%s}" % var.lower()], "k8s": ["${%s}" % var],
    }
    return g.c(per.get(style, []) + common)


XML_ESC = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")]


def neg_value(g, t):
    """Pick a non-secret for template t's slot. Returns (value, note)."""
    fam = t["fam"]
    choices = ["ph", "ph", "mask", "empty", "ref", "ref"]
    if fam in DOC:
        choices += ["doc", "doc"]
    if public_value(g, fam) is not None and t.get("pub", True):
        choices += ["pub", "pub"]
    if fam in PREFIXED_PH:
        choices += ["pph"]
    if t["style"] in ("log", "csv"):
        choices = [c for c in choices if c != "ref"]
    kind = g.c(choices)
    if kind == "ph":
        v = g.c(PLACEHOLDERS)
    elif kind == "mask":
        v = g.c(MASKED)
    elif kind == "empty":
        v = ""
    elif kind == "doc":
        v = g.c(DOC[fam])
    elif kind == "pub":
        v = public_value(g, fam)
    elif kind == "pph":
        v = PREFIXED_PH[fam]
    else:
        if t["expr"]:
            return env_expr(g, t["style"], t["var"]), "ref", True
        v = env_ref(g, t["style"], t["var"])
    if t["style"] in ("xml",) or t.get("xmlesc"):
        for a, b in XML_ESC:
            v = v.replace(a, b)
    return v, kind, False


POS = []
NEG = []


def pos(fam, provider, kind, ftype, gen, style, var, conv, expr=False, q='"', reuse=True, pub=True):
    def deco(fn):
        POS.append(dict(name=fn.__name__, fam=fam, provider=provider, kind=kind, ftype=ftype,
                        gen=gen, style=style, var=var, conv=conv, expr=expr, q=q, reuse=reuse,
                        pub=pub, fn=fn))
        return fn
    return deco


def neg(provider, kind, ftype):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, ftype=ftype, fn=fn))
        return fn
    return deco


# =========================================================================================
# Positive templates (also re-used for half of the negatives)
# =========================================================================================
@pos("okta", "guidewire-hub", "oauth_client_secret", "properties", gen_okta_secret, "props", "GW_HUB_CLIENT_SECRET", True)
def gw_hub_properties(g):
    return "modules/configuration/config/integration/gwhub.properties", T("""# Guidewire Hub (Okta) service application for «svc» -> PolicyCenter Cloud API
# Registered in GCC under Identity & Access > Applications (ticket GWHUB-0100)
gw.hub.token.url=https://guidewire-hub.okta.com/oauth2/«auth»/v1/token
gw.hub.client.id=0oa«cid»
gw.hub.client.secret=«S»
gw.hub.scopes=tenant.«tenant» project.«proj» pc.service cc.service
gw.cloudapi.pc.base=https://pc-«tenant»-«env».«tenant».guidewire.net/rest
gw.cloudapi.timeout.ms=«to»
gw.cloudapi.retry.max=3
""", svc=g.svc(), auth="aus" + g.s(ALNUM, 17), cid=g.s(ALNUM, 17), tenant=g.c(["harborline", "cobaltridge", "northgate"]),
        proj=g.c(["pc", "cc", "bc"]) + g.s(LO, 4), env=g.c(["dev", "prod", "uat"]), to=g.c([15000, 30000, 45000]))


@pos("okta", "guidewire-hub", "oauth_client_secret", "gs", gen_okta_secret, "gosu", "GW_CLIENT_SECRET", False, expr=True)
def gw_gosu_token(g):
    return "modules/configuration/gsrc/acme/integration/hub/HubTokenProvider.gs", T("""package acme.integration.hub

uses gw.api.util.Logger
uses java.net.URI
uses java.net.http.HttpClient
uses java.net.http.HttpRequest
uses java.net.http.HttpResponse

/**
 * Fetches client-credentials tokens from Guidewire Hub for outbound Cloud API calls
 * made by the «svc» batch process.
 */
class HubTokenProvider {
  static final var TOKEN_URL = "https://guidewire-hub.okta.com/oauth2/«auth»/v1/token"
  static final var APP_ID = "0oa«cid»"
  static final var APP_KEY = «E»
  static final var LOG = Logger.forCategory("HubTokenProvider")

  function fetchToken() : String {
    var body = "grant_type=client_credentials&scope=cc.service"
    var basic = java.util.Base64.getEncoder().encodeToString((APP_ID + ":" + APP_KEY).getBytes())
    var req = HttpRequest.newBuilder(URI.create(TOKEN_URL))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Authorization", "Basic " + basic)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build()
    var resp = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString())
    LOG.debug("hub token status ${resp.statusCode()}")
    return resp.body()
  }
}
""", svc=g.svc(), auth="aus" + g.s(ALNUM, 17), cid=g.s(ALNUM, 17))


@pos("generic", "verisk-iso-claimsearch", "soap_password", "gwp", gen_xmlpw, "xml", "ISO_CLAIMSEARCH_PASSWORD", True)
def gw_plugin_gwp(g):
    return "modules/configuration/config/plugin/registry/ISOClaimSearchPlugin.gwp", T("""<?xml version="1.0"?>
<plugin
  interface="ISOMessageTransport"
  name="ISOClaimSearchPlugin">
  <plugin-java
    javaclass="acme.cc.iso.ISOClaimSearchTransport">
    <param name="endpointUrl" value="https://claimsearch.iso.com/ClaimSearchWS/v2/«op»"/>
    <param name="customerId" value="«cust»"/>
    <param name="userName" value="«user»"/>
    <param name="password" value="«S»"/>
    <param name="sendTimeoutSeconds" value="«to»"/>
    <param name="naicCompanyCode" value="«naic»"/>
  </plugin-java>
</plugin>
""", op=g.c(["ClaimSubmit", "ClaimSearch", "Inquiry"]), cust="C%06d" % g.i(1, 999999), user=g.user("iso").upper(),
        to=g.c([30, 60, 90]), naic=g.naic())


@pos("okta", "guidewire-cloud-api", "oauth_client_secret", "py", gen_okta_secret, "py", "GW_CLIENT_SECRET", False, expr=True)
def gw_cloud_py(g):
    return "tools/cloudapi/export_open_claims.py", T("""\"\"\"Export open claims from ClaimCenter Cloud API to a CSV for the reserving team.\"\"\"
import csv
import sys

import requests

HUB = "https://guidewire-hub.okta.com/oauth2/«auth»/v1/token"
CC = "https://cc-«tenant»-prod.«tenant».guidewire.net/rest/claim/v1/claims"


def token():
    r = requests.post(
        HUB,
        data={"grant_type": "client_credentials", "scope": "cc.service tenant.«tenant»"},
        auth=("0oa«cid»", «E»),
        timeout=30,
    )
    r.raise_for_status()
    return r.json()["access_token"]


def main(out):
    hdr = {"Authorization": "Bearer " + token()}
    rows = requests.get(CC, headers=hdr, params={"filter": "state:eq:open", "pageSize": 100}, timeout=60).json()
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["claimNumber", "lossDate", "lob", "reserve"])
        for c in rows.get("data", []):
            a = c["attributes"]
            w.writerow([a["claimNumber"], a.get("lossDate"), a.get("lobCode", {}).get("code"), a.get("totalReserves")])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "open_claims.csv")
""", auth="aus" + g.s(ALNUM, 17), cid=g.s(ALNUM, 17), tenant=g.c(["harborline", "cobaltridge", "northgate"]))


@pos("okta", "guidewire-hub", "oauth_client_secret", "yaml", gen_okta_secret, "k8s", "GW_CLIENT_SECRET", True)
def gw_k8s_secret(g):
    svc = g.svc()
    return "deploy/k8s/%s/secret.yaml" % svc, T("""apiVersion: v1
kind: Secret
metadata:
  name: «svc»-gwhub
  namespace: integrations
  labels:
    app.kubernetes.io/name: «svc»
    app.kubernetes.io/part-of: insurancesuite-integrations
type: Opaque
stringData:
  GW_CLIENT_ID: 0oa«cid»
  GW_CLIENT_SECRET: «S»
  GW_TOKEN_URL: https://guidewire-hub.okta.com/oauth2/«auth»/v1/token
  GW_SCOPES: "pc.service bc.service"
""", svc=svc, cid=g.s(ALNUM, 17), auth="aus" + g.s(ALNUM, 17))


@pos("okta", "guidewire-jutro", "oauth_client_secret", "json", gen_okta_secret, "json", "OAUTH_CLIENT_SECRET", True)
def gw_jutro_json(g):
    return "digital/agent-portal/config/environments/%s.json" % g.c(["prod", "uat", "perf"]), T("""{
  "appName": "AgentPortal",
  "locale": "en-US",
  "capabilities": ["quoteandbind", "policychange", "claims", "billing"],
  "endpoints": {
    "pc": "https://pc.«co».guidewire.net/rest",
    "cc": "https://cc.«co».guidewire.net/rest"
  },
  "oauth": {
    "issuer": "https://guidewire-hub.okta.com/oauth2/«auth»",
    "clientId": "0oa«cid»",
    "clientSecret": "«S»",
    "scopes": ["openid", "pc.agent", "cc.agent"]
  },
  "featureFlags": {"fnolV2": «f1», "producerDashboards": «f2»}
}
""", co=g.c(["harborline", "cobaltridge", "northgate"]), auth="aus" + g.s(ALNUM, 17), cid=g.s(ALNUM, 17),
        f1=g.c(["true", "false"]), f2=g.c(["true", "false"]))


@pos("entra", "duck-creek", "oauth_client_secret", "json", gen_entra, "json", "AZUREAD_CLIENT_SECRET", True)
def duckcreek_appsettings(g):
    return "src/DuckCreek.Extensions.Billing/appsettings.Production.json", T("""{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "DuckCreek": {
    "PolicyBaseUrl": "https://«co».duckcreekondemand.com/Policy/api",
    "BillingBaseUrl": "https://«co».duckcreekondemand.com/Billing/api",
    "CarrierId": "«naic»"
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«tid»",
    "ClientId": "«cid»",
    "ClientSecret": "«S»",
    "Scope": "api://«api»/.default"
  },
  "AllowedHosts": "*"
}
""", co=g.c(["harborline", "cobaltridge", "northgate", "summitoak"]), naic=g.naic(), tid=g.uuid(), cid=g.uuid(), api=g.uuid())


@pos("entra", "duck-creek", "oauth_client_secret", "ps1", gen_entra, "ps1", "DC_SP_SECRET", False, expr=True)
def duckcreek_ps1(g):
    return "ops/scripts/Publish-DuckCreekManuscripts.ps1", T("""<#
.SYNOPSIS
  Uploads rating manuscripts to the Duck Creek OnDemand storage container.
#>
param(
    [string]$Environment = "«env»",
    [string]$ManuscriptPath = ".\\manuscripts"
)

$tenantId = "«tid»"
$appId    = "«cid»"
$pwd      = ConvertTo-SecureString «E» -AsPlainText -Force
$cred     = New-Object System.Management.Automation.PSCredential($appId, $pwd)

Connect-AzAccount -ServicePrincipal -Tenant $tenantId -Credential $cred | Out-Null
$ctx = New-AzStorageContext -StorageAccountName "stdc«co»$Environment" -UseConnectedAccount

Get-ChildItem $ManuscriptPath -Filter *.xml | ForEach-Object {
    Set-AzStorageBlobContent -File $_.FullName -Container "manuscripts" -Blob $_.Name -Context $ctx -Force
    Write-Host "uploaded $($_.Name)"
}
""", env=g.c(["prod", "uat", "qa"]), tid=g.uuid(), cid=g.uuid(), co=g.c(["harbor", "cobalt", "north"]))


@pos("generic", "socotra", "api_password", "py", gen_password, "py", "SOCOTRA_PASSWORD", False, expr=True, q="'")
def socotra_py(g):
    return "rating/socotra/sync_products.py", T("""import json
import logging
from pathlib import Path

from socotra_client import SocotraClient

log = logging.getLogger(__name__)

TENANT = "«tenant»-configeditor.co.sandbox.socotra.com"
API = "https://api.sandbox.socotra.com"


def build_client():
    # service account created for the nightly product-config sync
    return SocotraClient(API, TENANT, 'svc-product-sync', «E»)


def push(config_dir: Path):
    client = build_client()
    for p in sorted(config_dir.glob("products/*/policy.json")):
        payload = json.loads(p.read_text())
        log.info("deploying %s (%d exposures)", p.parent.name, len(payload.get("exposures", [])))
        client.deploy_product(p.parent.name, payload)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    push(Path("config"))
""", tenant=g.c(["harborline", "cobaltridge", "petpolicy", "renters"]))


@pos("generic", "socotra", "api_password", "yml", gen_password, "gha", "SOCOTRA_PASSWORD", True)
def socotra_gha(g):
    return ".github/workflows/socotra-deploy.yml", T("""name: Deploy Socotra configuration

on:
  push:
    branches: [main]
    paths: ["socotra-config/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SOCOTRA_HOST: https://api.sandbox.socotra.com
      SOCOTRA_TENANT: «tenant»-configeditor.co.sandbox.socotra.com
      SOCOTRA_USERNAME: alice.«tenant»
      SOCOTRA_PASSWORD: '«S»'
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npx socotra-cli deploy ./socotra-config --tenant "$SOCOTRA_TENANT"
""", tenant=g.c(["harborline", "cobaltridge", "petpolicy"]))


@pos("generic", "majesco", "ws_security_password", "xml", gen_xmlpw, "xml", "MAJESCO_WS_PASSWORD", True)
def majesco_soap(g):
    return "src/test/resources/soap/majesco/%s.xml" % g.c(["PolicyInquiryRq", "QuoteRq", "EndorsementRq"]), T("""<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:pol="http://majesco.com/policy/services/v5">
  <soapenv:Header>
    <wsse:Security soapenv:mustUnderstand="1"
        xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
        xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
      <wsse:UsernameToken wsu:Id="UsernameToken-«n»">
        <wsse:Username>«user»</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">«S»</wsse:Password>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <pol:PolicyInquiryRequest>
      <pol:PolicyNumber>«pol»</pol:PolicyNumber>
      <pol:AsOfDate>«d»</pol:AsOfDate>
      <pol:IncludeCoverages>true</pol:IncludeCoverages>
    </pol:PolicyInquiryRequest>
  </soapenv:Body>
</soapenv:Envelope>
""", n=g.hexs(32).upper(), user=g.user("ws").upper(), pol=g.policy_no(), d=g.date())


@pos("generic", "applied-epic", "api_key", "cs", gen_hex32, "cs", "EPIC_AUTH_KEY", False, expr=True)
def epic_cs(g):
    return "src/Agency.EpicBridge/EpicSessionFactory.cs", T("""using System;
using System.ServiceModel;
using Agency.EpicBridge.EpicSdk;

namespace Agency.EpicBridge
{
    /// <summary>Creates Applied Epic SDK sessions for the producer sync worker.</summary>
    public sealed class EpicSessionFactory
    {
        private const string DatabaseName = "«db»";
        private static readonly Uri Endpoint = new Uri("https://«co».appliedepic.com/EpicSDK/EpicSDKCore.svc");

        public EpicSDKCoreClient Create(out MessageHeader header)
        {
            var binding = new BasicHttpsBinding { MaxReceivedMessageSize = 10_485_760 };
            var client = new EpicSDKCoreClient(binding, new EndpointAddress(Endpoint));
            header = new MessageHeader
            {
                DatabaseName = DatabaseName,
                AuthenticationKey = «E»,
                IntegrationKey = "«ik»"
            };
            return client;
        }
    }
}
""", db=g.c(["EPIC_PROD", "EpicLive", "EPIC01"]), co=g.c(["harborline", "cobaltridge", "northgate"]), ik=g.c(["PRODUCER_SYNC", "AGENCY_BRIDGE"]))


@pos("generic", "applied-epic", "api_key", "json", gen_guid, "json", "EPIC_AUTHENTICATION_KEY", True)
def epic_json(g):
    return "src/Agency.EpicBridge/appsettings.json", T("""{
  "Serilog": { "MinimumLevel": "Information" },
  "Epic": {
    "Endpoint": "https://«co».appliedepic.com/EpicSDK/EpicSDKCore.svc",
    "DatabaseName": "EPIC_PROD",
    "EPIC_AUTHENTICATION_KEY": "«S»",
    "AgencyCode": "«ag»",
    "BatchSize": «bs»
  },
  "Schedules": { "ProducerSync": "0 */30 * * * *", "ActivityPull": "0 5 * * * *" }
}
""", co=g.c(["harborline", "cobaltridge", "northgate"]), ag=g.producer(), bs=g.c([50, 100, 250]))


@pos("generic", "vertafore-ams360", "api_password", "config", gen_xmlpw, "xml", "AMS360_PASSWORD", True)
def ams360_webconfig(g):
    return "AgencyPortal.Web/Web.config", T("""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="AMS360.ServiceUrl" value="https://wsapi.ams360.com/v3/WSAPIService.svc" />
    <add key="AMS360.AgencyNo" value="«ag»" />
    <add key="AMS360.LoginId" value="«login»" />
    <add key="AMS360.Password" value="«S»" />
    <add key="AMS360.EmployeeCode" value="«emp»" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", ag="%d" % g.i(1000000, 9999999), login=g.user("ws").upper(), emp="!" + g.s(UP, 3))


@pos("generic", "vertafore-sagitta", "api_password", "properties", gen_password, "props", "SAGITTA_PASSWORD", False)
def sagitta_props(g):
    return "sagitta-connector/src/main/resources/application-%s.properties" % g.c(["prod", "uat"]), T("""spring.application.name=sagitta-connector
server.port=8085

# Sagitta (Vertafore) transporter account
sagitta.ws.url=https://«co».sagitta-online.com/sagittaws/transporter.asmx
sagitta.ws.account=«acct»
sagitta.ws.username=«user»
sagitta.ws.serverpool=«pool»
sagitta.ws.credential=«S»
sagitta.ws.timeout=PT45S

management.endpoints.web.exposure.include=health,info
""", co=g.c(["harborline", "cobaltridge"]), acct="%d" % g.i(10000, 99999), user=g.user("sgt"), pool=g.c(["Pool1", "PROD"]))


@pos("generic", "verisk-iso-claimsearch", "sftp_password", "ps1", gen_password, "ps1", "CLAIMSEARCH_SFTP_PASSWORD", True, q="'")
def claimsearch_winscp(g):
    return "ops/claimsearch/Send-ClaimSearchBatch.ps1", T("""# Pushes the nightly ISO ClaimSearch universal format batch over SFTP (WinSCP .NET assembly)
Add-Type -Path "C:\\Program Files (x86)\\WinSCP\\WinSCPnet.dll"

$batch = Get-ChildItem "D:\\exports\\iso" -Filter "CS_*.txt" | Sort-Object LastWriteTime | Select-Object -Last 1

$sessionOptions = New-Object WinSCP.SessionOptions -Property @{
    Protocol              = [WinSCP.Protocol]::Sftp
    HostName              = "sftp.claimsearch.iso.com"
    UserName              = "«user»"
    Password              = '«S»'
    SshHostKeyFingerprint = "ssh-ed25519 255 «fp»"
}

$session = New-Object WinSCP.Session
try {
    $session.Open($sessionOptions)
    $result = $session.PutFiles($batch.FullName, "/inbound/", $False)
    $result.Check()
    Write-Output "sent $($batch.Name)"
} finally {
    $session.Dispose()
}
""", user=g.user("iso").upper(), fp=g.b64(32).rstrip("="))


@pos("generic", "verisk-iso-claimsearch", "sftp_password", "yaml", gen_password, "yaml", "CLAIMSEARCH_SFTP_PASSWORD", True)
def claimsearch_values(g):
    return "deploy/helm/claimsearch-feed/values-prod.yaml", T("""replicaCount: 1
image:
  repository: registry.«co».com/integrations/claimsearch-feed
  tag: "«ver»"
schedule: "15 2 * * *"
sftp:
  host: sftp.claimsearch.iso.com
  port: 22
  username: «user»
  password: "«S»"
  remoteDir: /inbound
  knownHostsConfigMap: claimsearch-known-hosts
report:
  naicCode: "«naic»"
  lines: [«l1», «l2»]
resources:
  limits: {cpu: 500m, memory: 512Mi}
""", co=g.c(["harborline", "cobaltridge"]), ver="%d.%d.%d" % (g.i(1, 4), g.i(0, 20), g.i(0, 9)), user=g.user("iso"),
        naic=g.naic(), l1=g.c(G.LOBS), l2=g.c(G.LOBS))


@pos("pem", "verisk-iso-claimsearch", "sftp_private_key", "key", None, "key", "SFTP_KEY", True, reuse=False)
def claimsearch_sshkey(g):
    body = "\n".join(pem_body(g, "ssh"))
    return "ops/claimsearch/keys/%s" % g.c(["claimsearch_ed25519", "iso_sftp_id", "verisk_transfer_key"]), PEM_SSH + "\n" + body + "\n-----END OPENSSH PRIVATE KEY-----\n"


@pos("generic", "lexisnexis-clue", "ws_security_password", "cs", gen_password, "cs", "LN_PASSWORD", True, expr=True)
def lexis_cs(g):
    return "src/Underwriting.Reports/Clue/ClueReportClient.cs", T("""using System.ServiceModel;
using System.Threading.Tasks;
using Underwriting.Reports.LexisNexis.Clue;

namespace Underwriting.Reports.Clue
{
    public class ClueReportClient
    {
        private readonly ClueServiceClient _client;

        public ClueReportClient()
        {
            var binding = new BasicHttpsBinding(BasicHttpsSecurityMode.TransportWithMessageCredential);
            _client = new ClueServiceClient(binding, new EndpointAddress("https://«host»/clue/v3/ClueService"));
            _client.ClientCredentials.UserName.UserName = "«acct»";
            _client.ClientCredentials.UserName.Password = «E»;
        }

        public Task<ClueResponse> OrderPropertyAsync(string address, string zip) =>
            _client.OrderAsync(new ClueRequest { Product = "CLUE_PROPERTY", Address = address, Zip = zip, AccountNo = "«an»" });
    }
}
""", host=g.c(["wsonline.lexisnexisrisk.com", "ws.riskview.lexisnexis.com"]), acct=g.user("ln").upper(), an="%d" % g.i(100000, 999999))


@pos("generic", "lexisnexis-mvr", "api_password", "properties", gen_password, "props", "LEXISNEXIS_MVR_PASSWORD", True)
def lexis_props(g):
    return "underwriting-service/src/main/resources/application-prod.properties", T("""# --- third party reports ---
lexisnexis.mvr.endpoint=https://«host»/mvr/v2/order
lexisnexis.mvr.account=«an»
lexisnexis.mvr.username=«user»
lexisnexis.mvr.password=«S»
lexisnexis.mvr.permissible-purpose=UNDERWRITING
lexisnexis.mvr.states-excluded=PA,MA
reports.cache.ttl=P30D
""", host=g.c(["wsonline.lexisnexisrisk.com", "mvr.lexisnexis.com"]), an="%d" % g.i(100000, 999999), user=g.user("uw"))


@pos("generic", "mvr-vendor", "api_key", "py", gen_b62_40, "py", "MVR_API_KEY", False, expr=True)
def mvr_py(g):
    return "underwriting/mvr/order_client.py", T("""import requests

BASE_URL = "https://api.«v».com/v2"
HEADERS = {
    "Accept": "application/json",
    "X-Api-Key": «E»,
}


def order_mvr(license_no: str, state: str, dob: str, quote_id: str) -> dict:
    body = {"license": {"number": license_no, "state": state}, "dob": dob,
            "reference": quote_id, "purpose": "INSURANCE_UNDERWRITING"}
    r = requests.post(f"{BASE_URL}/mvr/orders", json=body, headers=HEADERS, timeout=45)
    r.raise_for_status()
    return r.json()


def fetch_result(order_id: str) -> dict:
    return requests.get(f"{BASE_URL}/mvr/orders/{order_id}", headers=HEADERS, timeout=30).json()
""", v=g.c(["drivercheck", "mvrnow", "sambasafety", "mvrexpress"]))


@pos("generic", "lexisnexis-clue", "api_password", "yml", gen_password, "compose", "CLUE_ACCOUNT_PASSWORD", True)
def clue_compose(g):
    return "docker-compose.yml", T("""version: "3.9"
services:
  clue-worker:
    build: ./clue-worker
    restart: unless-stopped
    environment:
      - CLUE_ENDPOINT=https://wsonline.lexisnexisrisk.com/clue/v3
      - CLUE_ACCOUNT_ID=«an»
      - CLUE_ACCOUNT_PASSWORD=«S»
      - QUEUE_URL=amqp://rabbitmq:5672/underwriting
    depends_on: [rabbitmq]
  rabbitmq:
    image: rabbitmq:3.13-management
    ports: ["15672:15672"]
""", an="%d" % g.i(100000, 999999))


@pos("generic", "comparative-rater", "api_key", "json", gen_hex32, "json", "RATER_API_KEY", False)
def rater_json(g):
    return "config/raters/%s.json" % g.c(["ezrater", "quickquote", "comprater"]), T("""{
  "rater": "«r»",
  "environment": "production",
  "endpoint": "https://api.«r».com/v1/personal-auto/rate",
  "agencyId": "«ag»",
  "credentials": { "type": "apikey", "value": "«S»" },
  "carriers": [
    {"name": "«c1»", "naic": "«n1»", "enabled": true},
    {"name": "«c2»", "naic": "«n2»", "enabled": false}
  ],
  "timeoutSeconds": 40
}
""", r=g.c(["ezrater", "quickquote", "comprater"]), ag=g.producer(), c1=g.carrier(), n1=g.naic(), c2=g.carrier(), n2=g.naic())


@pos("generic", "carrier-rating-apim", "api_key", "java", gen_hex32, "java", "RATING_SUBSCRIPTION_KEY", False, expr=True)
def rater_java(g):
    return "rating-gateway/src/main/java/com/acme/rating/CarrierRatingClient.java", T("""package com.acme.rating;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public class CarrierRatingClient {
    private static final URI RATE_URI = URI.create("https://«co»-apim.azure-api.net/rating/v2/personal-auto/quotes");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public String rate(String acordXml) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(RATE_URI)
                .header("Content-Type", "application/xml")
                .header("Ocp-Apim-Subscription-Key", «E»)
                .header("X-Producer-Code", "«prod»")
                .POST(HttpRequest.BodyPublishers.ofString(acordXml))
                .build();
        HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("rating failed: " + resp.statusCode());
        }
        return resp.body();
    }
}
""", co=g.c(["harborline", "cobaltridge", "northgate"]), prod=g.producer())


@pos("generic", "carrier-rating-apim", "api_key", "md", gen_hex32, "md", "RATING_SUBSCRIPTION_KEY", False)
def rater_md(g):
    return "docs/integrations/carrier-rating-api.md", T("""# Carrier rating API (personal auto)

The rating gateway is published through Azure API Management. Each agency partner gets
its own product subscription.

## Quick test

```bash
curl -s https://«co»-apim.azure-api.net/rating/v2/personal-auto/quotes \\
  -H "Content-Type: application/xml" \\
  -H "Ocp-Apim-Subscription-Key: «S»" \\
  --data-binary @samples/PersAutoPolicyQuoteInqRq.xml
```

## Response codes

| Code | Meaning |
|------|---------|
| 200  | Rated, premium in `<CurrentTermAmt>` |
| 422  | Ineligible risk (see `<MsgStatusDesc>`) |
| 429  | Throttled, retry after the `Retry-After` header |
""", co=g.c(["harborline", "cobaltridge", "northgate"]))


@pos("generic", "one-inc", "api_key", "json", gen_guid, "json", "PORTALONE_AUTH_KEY", True)
def oneinc_json(g):
    return "src/Billing.Payments/appsettings.Production.json", T("""{
  "OneInc": {
    "BaseUrl": "https://api.portalone.oneincsystems.com",
    "PortalOneAuthenticationKey": "«S»",
    "ClientReferenceDataFormat": "Policy:{0}",
    "ConvenienceFeeType": "RENEWAL",
    "WebhookPath": "/hooks/oneinc"
  },
  "Billing": { "CarrierCode": "«naic»", "GraceDays": «gd» }
}
""", naic=g.naic(), gd=g.c([10, 15, 20]))


@pos("stripe", "stripe", "api_key", "py", gen_stripe_sk, "py", "STRIPE_SECRET_KEY", True, expr=True)
def stripe_py(g):
    return "billing/payments/stripe_gateway.py", T("""import logging

import stripe

log = logging.getLogger(__name__)

STRIPE_SECRET_KEY = «E»
stripe.api_key = STRIPE_SECRET_KEY
stripe.api_version = "2024-06-20"


def charge_installment(customer_id: str, policy_no: str, amount_cents: int) -> str:
    intent = stripe.PaymentIntent.create(
        amount=amount_cents,
        currency="usd",
        customer=customer_id,
        off_session=True,
        confirm=True,
        metadata={"policy_number": policy_no, "installment": "monthly"},
    )
    log.info("installment %s for %s -> %s", amount_cents, policy_no, intent.status)
    return intent.id
""")


@pos("stripe", "stripe", "api_key", "yaml", gen_stripe_sk, "k8s", "STRIPE_SECRET_KEY", True)
def stripe_k8s(g):
    return "deploy/k8s/billing-connector/deployment.yaml", T("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-connector
  namespace: billing
spec:
  replicas: «n»
  selector:
    matchLabels: {app: billing-connector}
  template:
    metadata:
      labels: {app: billing-connector}
    spec:
      containers:
        - name: app
          image: registry.«co».com/billing/connector:«ver»
          ports: [{containerPort: 8080}]
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: STRIPE_SECRET_KEY
              value: "«S»"
            - name: BILLING_CARRIER_NAIC
              value: "«naic»"
""", n=g.i(2, 4), co=g.c(["harborline", "cobaltridge"]), ver="%d.%d.%d" % (g.i(1, 3), g.i(0, 30), g.i(0, 9)), naic=g.naic())


@pos("stripe", "stripe", "webhook_signing_secret", "js", gen_whsec, "js", "STRIPE_WEBHOOK_SECRET", False, expr=True, q="'", pub=False)
def stripe_webhook_js(g):
    return "services/premium-webhooks/src/server.js", T("""const express = require('express');
const Stripe = require('stripe');

const app = express();
const stripe = Stripe(process.env.STRIPE_API_KEY);
const endpointSecret = «E»;

app.post('/hooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'invoice.payment_failed') {
    const policy = event.data.object.metadata.policy_number;
    console.log(`payment failed for policy ${policy}; starting «gd»-day grace period`);
  }
  res.json({ received: true });
});

app.listen(«port»);
""", gd=g.c([10, 15, 30]), port=g.c([3000, 8080, 4242]))


@pos("stripe", "stripe", "api_key", "properties", gen_stripe_rk, "props", "STRIPE_RESTRICTED_KEY", False)
def stripe_rk_props(g):
    return "billing-reconciliation/src/main/resources/payments.properties", T("""# read-only key used by the daily premium reconciliation job
payments.provider=stripe
payments.stripe.key=«S»
payments.stripe.api-version=2024-06-20
payments.reconcile.cron=0 30 4 * * *
payments.reconcile.gl-account=«gl»
payments.reconcile.tolerance-cents=1
""", gl="%d-%03d" % (g.i(4000, 4999), g.i(0, 999)))


@pos("aws", "aws", "cloud_access_key", "ini", gen_aws_secret, "ini", "AWS_SECRET_ACCESS_KEY", True)
def aws_ini(g):
    return "deploy/aws/credentials", T("""[default]
region = us-east-1

[«prof»]
aws_access_key_id = «akid»
aws_secret_access_key = «S»
region = us-east-2
# bucket: s3://«co»-bordereaux-«env»
""", prof=g.c(["bordereaux-export", "claims-archive", "telematics"]), akid=aws_id_for(g), co=g.c(["harborline", "cobaltridge"]), env=g.c(["prod", "dr"]))


@pos("aws", "aws", "cloud_access_key", "tf", gen_aws_secret, "tf", "AWS_SECRET_ACCESS_KEY", True)
def aws_tf(g):
    return "infra/terraform/claims-archive/providers.tf", T("""terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.40"
    }
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "«akid»"
  secret_key = "«S»"
  default_tags {
    tags = {
      Application = "claims-archive"
      CostCenter  = "«cc»"
    }
  }
}
""", akid=aws_id_for(g), cc="CC-%04d" % g.i(1000, 9999))


@pos("aws", "aws", "cloud_access_key", "java", gen_aws_secret, "java", "AWS_SECRET_ACCESS_KEY", False, expr=True)
def aws_java(g):
    return "telematics-ingest/src/main/java/com/acme/telematics/TripArchive.java", T("""package com.acme.telematics;

import com.amazonaws.auth.AWSStaticCredentialsProvider;
import com.amazonaws.auth.BasicAWSCredentials;
import com.amazonaws.regions.Regions;
import com.amazonaws.services.s3.AmazonS3;
import com.amazonaws.services.s3.AmazonS3ClientBuilder;

public final class TripArchive {
    private static final String BUCKET = "«co»-telematics-trips";

    private final AmazonS3 s3 = AmazonS3ClientBuilder.standard()
            .withRegion(Regions.US_EAST_2)
            .withCredentials(new AWSStaticCredentialsProvider(
                    new BasicAWSCredentials("«akid»", «E»)))
            .build();

    public void store(String deviceImei, String tripId, byte[] gz) {
        String key = String.format("raw/%s/%s.json.gz", deviceImei, tripId);
        s3.putObject(BUCKET, key, new java.io.ByteArrayInputStream(gz), null);
    }
}
""", co=g.c(["harborline", "cobaltridge"]), akid=aws_id_for(g))


@pos("azure", "azure-storage", "storage_account_key", "cs", gen_azure_storage, "cs", "STORAGE_ACCOUNT_KEY", False, pub=False)
def azure_blob_cs(g):
    return "src/Claims.Documents/DocumentStore.cs", T("""using Azure.Storage.Blobs;
using System.IO;
using System.Threading.Tasks;

namespace Claims.Documents
{
    public class DocumentStore
    {
        private const string Conn = "DefaultEndpointsProtocol=https;AccountName=«acct»;AccountKey=«S»;EndpointSuffix=core.windows.net";
        private readonly BlobContainerClient _container = new BlobServiceClient(Conn).GetBlobContainerClient("fnol-attachments");

        public async Task<string> SaveAsync(string claimNumber, string fileName, Stream content)
        {
            var blob = _container.GetBlobClient($"{claimNumber}/{fileName}");
            await blob.UploadAsync(content, overwrite: true);
            return blob.Uri.ToString();
        }
    }
}
""", acct="st" + g.c(["claims", "fnol", "docs"]) + g.s(LO + DIG, 6))


@pos("azure", "azure-functions", "storage_account_key", "json", gen_azure_storage, "json", "AzureWebJobsStorage", True, pub=False)
def azure_func_json(g):
    return "functions/FnolIntake/local.settings.json", T("""{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=«acct»;AccountKey=«S»;EndpointSuffix=core.windows.net",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "FnolQueueName": "fnol-inbound",
    "ClaimCenterBaseUrl": "https://cc.«co».guidewire.net/rest"
  }
}
""", acct="stfnol" + g.s(LO + DIG, 8), co=g.c(["harborline", "cobaltridge"]))


@pos("azure", "azure-service-bus", "sas_key", "yaml", gen_sas_key, "yaml", "SERVICEBUS_CONNECTION", False, pub=False)
def servicebus_yaml(g):
    return "deploy/helm/fnol-router/values.yaml", T("""image:
  repository: registry.«co».com/claims/fnol-router
  tag: «ver»
messaging:
  provider: azure-service-bus
  connectionString: "Endpoint=sb://sb-claims-«env».servicebus.windows.net/;SharedAccessKeyName=fnol-router-send;SharedAccessKey=«S»"
  topics:
    fnol: claims.fnol.v1
    assignment: claims.assignment.v1
autoscaling:
  enabled: true
  maxReplicas: «n»
""", co=g.c(["harborline", "cobaltridge"]), ver="%d.%d.%d" % (g.i(1, 3), g.i(0, 30), g.i(0, 9)), env=g.c(["prod", "uat"]), n=g.i(3, 10))


@pos("entra", "microsoft-entra", "oauth_client_secret", "tf", gen_entra, "tf", "ARM_CLIENT_SECRET", True)
def entra_tf(g):
    return "infra/terraform/duckcreek-shared/main.tf", T("""provider "azurerm" {
  features {}
  subscription_id = "«sub»"
  tenant_id       = "«tid»"
  client_id       = "«cid»"
  client_secret   = "«S»"
}

resource "azurerm_resource_group" "dc" {
  name     = "rg-duckcreek-shared-«env»"
  location = "eastus2"
}

resource "azurerm_storage_account" "manuscripts" {
  name                     = "stdcmanuscripts«env»"
  resource_group_name      = azurerm_resource_group.dc.name
  location                 = azurerm_resource_group.dc.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}
""", sub=g.uuid(), tid=g.uuid(), cid=g.uuid(), env=g.c(["prod", "uat"]))


@pos("sendgrid", "sendgrid", "api_key", "py", gen_sendgrid, "py", "SENDGRID_API_KEY", False, expr=True)
def sendgrid_py(g):
    return "notifications/policy_docs_mailer.py", T("""from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Attachment, Mail

client = SendGridAPIClient(«E»)


def send_declarations(to_addr: str, policy_no: str, pdf_b64: str) -> int:
    msg = Mail(
        from_email="policyservices@«dom»",
        to_emails=to_addr,
        subject=f"Your policy documents - {policy_no}",
        html_content="<p>Your declarations page is attached.</p>",
    )
    msg.attachment = Attachment(file_content=pdf_b64, file_name=f"{policy_no}-dec.pdf", file_type="application/pdf")
    return client.send(msg).status_code
""", dom=g.c(["harborline-ins.com", "cobaltridge.com"]))


@pos("sendgrid", "sendgrid", "api_key", "yml", gen_sendgrid, "yaml", "SENDGRID_API_KEY", True)
def sendgrid_yaml(g):
    return "config/notifications.yml", T("""email:
  provider: sendgrid
  sendgrid:
    api_key: «S»
    templates:
      fnol_ack: d-«t1»
      renewal_notice: d-«t2»
  from: claims@«dom»
sms:
  enabled: false
""", t1=g.hexs(32), t2=g.hexs(32), dom=g.c(["harborline-ins.com", "cobaltridge.com"]))


@pos("generic", "office365-smtp", "smtp_password", "properties", gen_password, "props", "SPRING_MAIL_PASSWORD", True)
def smtp_props(g):
    return "claims-notifier/src/main/resources/application.properties", T("""spring.mail.host=smtp.office365.com
spring.mail.port=587
spring.mail.username=claims-notify@«dom»
spring.mail.password=«S»
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
notifier.adjuster-cc=claims-desk@«dom»
""", dom=g.c(["harborline-ins.com", "cobaltridge.com"]))


@pos("twilio", "twilio", "auth_token", "cs", gen_twilio_token, "cs", "TWILIO_AUTH_TOKEN", False, expr=True, pub=False)
def twilio_cs(g):
    return "src/Claims.Notify/SmsSender.cs", T("""using Twilio;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace Claims.Notify
{
    public static class SmsSender
    {
        static SmsSender()
        {
            TwilioClient.Init("AC«sid»", «E»);
        }

        public static string NotifyAdjusterAssigned(string phone, string claimNumber, string adjuster)
        {
            var msg = MessageResource.Create(
                to: new PhoneNumber(phone),
                from: new PhoneNumber("+1«from»"),
                body: $"Claim {claimNumber}: {adjuster} has been assigned and will contact you within 24 hours.");
            return msg.Sid;
        }
    }
}
""", sid=g.hexs(32), **{"from": "%d555%04d" % (g.i(201, 989), g.i(0, 9999))})


@pos("slack", "slack", "webhook_url", "ps1", gen_slack, "ps1", "SLACK_WEBHOOK_URL", False, q='"', expr=True, pub=False)
def slack_ps1(g):
    return "ops/monitoring/Watch-BordereauxJob.ps1", T("""$hook = «E»
$log  = Get-Content "D:\\jobs\\bordereaux\\last-run.log" -Tail 50

if ($log -match "FAILED") {
    $payload = @{
        text = ":rotating_light: Bordereaux export failed on $env:COMPUTERNAME - check the «mga» run"
    } | ConvertTo-Json
    Invoke-RestMethod -Uri $hook -Method Post -Body $payload -ContentType "application/json"
}
""", mga=g.c(["Lloyd's coverholder", "MGA property", "cyber"]))


@pos("slack", "slack", "webhook_url", "yml", gen_slack, "gha", "SLACK_WEBHOOK_URL", True, pub=False)
def slack_gha(g):
    return ".github/workflows/rating-tables.yml", T("""name: Publish rating tables
on:
  workflow_dispatch:
  schedule:
    - cron: "0 6 * * 1"
env:
  SLACK_WEBHOOK_URL: «S»
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python tools/build_rating_tables.py --state «st» --lob «lob»
      - name: notify
        if: failure()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \\
            --data '{"text":"rating table build failed"}' "$SLACK_WEBHOOK_URL"
""", st=g.c(G.STATES), lob=g.c(G.LOBS))


@pos("github", "github", "pat", "sh", gen_ghp, "sh", "GITHUB_TOKEN", False)
def github_sh(g):
    return "scripts/sync-rating-manuals.sh", T("""#!/usr/bin/env bash
# Pulls the filed rating manuals (SERFF exhibits) into the rating engine repo.
set -euo pipefail

WORK=$(mktemp -d)
git clone --depth 1 https://x-access-token:«S»@github.com/«org»/rating-manuals.git "$WORK/manuals"

for st in «s1» «s2» «s3»; do
  cp "$WORK/manuals/$st/"*.csv "rating-engine/tables/$st/"
done
echo "synced manuals at $(git -C "$WORK/manuals" rev-parse --short HEAD)"
rm -rf "$WORK"
""", org=g.c(["harborline-ins", "cobaltridge-it", "northgate-actuarial"]), s1=g.c(G.STATES), s2=g.c(G.STATES), s3=g.c(G.STATES))


@pos("generic", "gitlab", "pat", "yml", gen_glpat, "yaml", "RATING_DEPLOY_TOKEN", True)
def gitlab_ci(g):
    return ".gitlab-ci.yml", T("""stages: [test, package, deploy]

variables:
  MAVEN_OPTS: "-Dmaven.repo.local=.m2/repository"
  RATING_DEPLOY_TOKEN: «S»

test:
  stage: test
  image: maven:3.9-eclipse-temurin-17
  script: mvn -B verify

deploy-tables:
  stage: deploy
  script:
    - git clone "https://oauth2:${RATING_DEPLOY_TOKEN}@gitlab.«co».com/actuarial/rating-tables.git"
    - ./deploy.sh rating-tables
  only: [main]
""", co=g.c(["harborline", "cobaltridge"]))


@pos("generic", "postgres", "database_password", "py", gen_urlpw, "py", "DATABASE_URL", False, pub=False)
def pg_sqlalchemy(g):
    return "analytics/loss_triangles/db.py", T("""from sqlalchemy import create_engine, text

ENGINE = create_engine(
    "postgresql+psycopg2://«user»:«S»@«host»:5432/actuarial",
    pool_pre_ping=True,
    pool_size=5,
)


def paid_triangle(lob: str, as_of: str):
    q = text(
        "select accident_year, dev_month, sum(paid) from loss_dev "
        "where lob = :lob and eval_date <= :as_of group by 1, 2 order by 1, 2"
    )
    with ENGINE.connect() as c:
        return c.execute(q, {"lob": lob, "as_of": as_of}).fetchall()
""", user=g.c(["actuary_ro", "reserving", "analytics"]), host=g.host("pg"))


@pos("postgres", "postgres", "database_password", "yml", gen_password, "compose", "POSTGRES_PASSWORD", True)
def pg_compose(g):
    return "deploy/compose/claims-stack.yml", T("""services:
  claims-db:
    image: postgres:16
    environment:
      POSTGRES_DB: claims
      POSTGRES_USER: claims_app
      POSTGRES_PASSWORD: "«S»"
    volumes:
      - claims-data:/var/lib/postgresql/data
  claims-api:
    image: registry.«co».com/claims/api:«ver»
    environment:
      DB_HOST: claims-db
      DB_NAME: claims
    depends_on: [claims-db]
volumes:
  claims-data: {}
""", co=g.c(["harborline", "cobaltridge"]), ver="%d.%d" % (g.i(1, 5), g.i(0, 40)))


@pos("generic", "sqlserver", "database_password", "config", gen_xmlpw, "xml", "POLICYDB_PASSWORD", False)
def mssql_webconfig(g):
    return "PolicyAdmin.Web/Web.Release.config", T("""<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="PolicyDb"
         connectionString="Server=«host»,1433;Database=PolicyAdmin;User Id=«user»;Password=«S»;Encrypt=True;TrustServerCertificate=False"
         providerName="System.Data.SqlClient"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", host=g.host("sql"), user=g.user("app"))


@pos("generic", "guidewire-database", "database_password", "xml", gen_xmlpw, "xml", "GW_DB_PASSWORD", False)
def gw_dbconfig(g):
    return "modules/configuration/config/database-config.xml", T("""<?xml version="1.0"?>
<database-config>
  <database name="ClaimCenterDatabase" dbtype="sqlserver" autoupgrade="false">
    <dbcp-connection-pool
      jdbc-url="jdbc:sqlserver://«host»:1433;databaseName=ClaimCenter;user=«user»;password=«S»"
      max-total="«n»"
      max-idle="10"/>
    <upgrade defer-create-nonessential-indexes="false"/>
  </database>
  <archive enabled="false"/>
</database-config>
""", host=g.host("sql"), user=g.c(["ccuser", "gwcc_app", "cc_runtime"]), n=g.c([50, 80, 120]))


@pos("generic", "mongodb-atlas", "database_password", "yml", gen_urlpw, "yaml", "MONGODB_URI", False, pub=False)
def mongo_yaml(g):
    return "telematics-ingest/config/application.yml", T("""server:
  port: 8090
telematics:
  vendors: [«v1», «v2»]
  scoring:
    hard-brake-threshold-g: 0.«hb»
    night-hours: "00:00-04:00"
spring:
  data:
    mongodb:
      uri: mongodb+srv://trips_writer:«S»@cluster0.«cl».mongodb.net/trips?retryWrites=true&w=majority
""", v1=g.c(["cmt", "arity", "zendrive"]), v2=g.c(["samsara", "geotab", "octo"]), hb=g.i(30, 45), cl=g.s(LO + DIG, 5))


@pos("generic", "redis", "database_password", "env", gen_urlpw, "dotenv", "REDIS_URL", True, pub=False)
def redis_env(g):
    return ".env", T("""APP_ENV=production
QUOTE_PORTAL_PORT=8080
REDIS_URL=redis://default:«S»@«host»:6380/0
SESSION_TTL_MINUTES=30
RATING_GATEWAY_URL=https://rating.«co».internal/v2
""", host=g.host("redis"), co=g.c(["harborline", "cobaltridge"]))


@pos("generic", "rabbitmq", "database_password", "py", gen_urlpw, "py", "BROKER_URL", False, pub=False)
def rabbit_celery(g):
    return "fnol/celeryconfig.py", T("""# Celery settings for the FNOL enrichment workers
broker_url = "amqp://fnol:«S»@«host»:5672/claims"
result_backend = "rpc://"
task_routes = {
    "fnol.tasks.geocode_loss_location": {"queue": "geo"},
    "fnol.tasks.pull_weather": {"queue": "weather"},
    "fnol.tasks.iso_claimsearch": {"queue": "iso"},
}
task_acks_late = True
worker_prefetch_multiplier = 1
""", host=g.host("mq"))


@pos("basic", "http-basic", "basic_auth", "log", gen_basic, "log", "BASIC_AUTH", False, pub=False)
def basic_log(g):
    user = g.user("svc")
    g.ctx["user"] = user
    lines = []
    for k in range(g.i(3, 6)):
        lines.append("%s INFO  [%s] c.a.i.OutboundClient - POST https://%s/claims/v1/fnol -> 201 (%d ms) claim=%s" % (
            g.ts(), g.uuid()[:8], g.host("api"), g.i(80, 900), g.claim_no()))
    lines.append("%s DEBUG [%s] c.a.i.OutboundClient - request headers: {Content-Type=application/json, Authorization=Basic «S», X-Correlation-Id=%s}" % (g.ts(), g.uuid()[:8], g.uuid()))
    for k in range(g.i(2, 5)):
        lines.append("%s WARN  [%s] c.a.i.OutboundClient - retry %d for claim %s after 503" % (g.ts(), g.uuid()[:8], k + 1, g.claim_no()))
    return "logs/%s-%s.log" % (g.svc(), g.date()), "\n".join(lines) + "\n"


@pos("generic", "artifactory", "basic_auth_password", "xml", gen_xmlpw, "xml", "ARTIFACTORY_PASSWORD", True)
def maven_settings(g):
    return ".mvn/settings.xml", T("""<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>gw-releases</id>
      <username>«user»</username>
      <password>«S»</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>gw-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://artifactory.«co».com/artifactory/guidewire-virtual</url>
    </mirror>
  </mirrors>
</settings>
""", user=g.c(["ci-insurancesuite", "jenkins-gw", "build-bot"]), co=g.c(["harborline", "cobaltridge"]))


@pos("generic", "vertafore-ams360", "basic_auth_password", "java", gen_password, "java", "AMS_PASSWORD", False, expr=True)
def okhttp_basic(g):
    return "agency-bridge/src/main/java/com/acme/agency/AmsHttp.java", T("""package com.acme.agency;

import okhttp3.Credentials;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

public class AmsHttp {
    private final OkHttpClient client = new OkHttpClient();
    private final String auth = Credentials.basic("«user»", «E»);

    public String customers(String agencyNo, String changedSince) throws java.io.IOException {
        Request req = new Request.Builder()
                .url("https://«host»/ams/api/agencies/" + agencyNo + "/customers?changedSince=" + changedSince)
                .header("Authorization", auth)
                .build();
        try (Response r = client.newCall(req).execute()) {
            return r.body().string();
        }
    }
}
""", user=g.user("ams"), host=g.host("ams"))


@pos("generic", "lexisnexis-clue", "ws_security_password", "java", gen_password, "java", "WSS_PASSWORD", False, expr=True)
def cxf_callback(g):
    return "reports-service/src/main/java/com/acme/reports/soap/ClientPasswordCallback.java", T("""package com.acme.reports.soap;

import java.io.IOException;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import org.apache.wss4j.common.ext.WSPasswordCallback;

/** Supplies the UsernameToken password for the CLUE / A-PLUS SOAP endpoints. */
public class ClientPasswordCallback implements CallbackHandler {
    @Override
    public void handle(Callback[] callbacks) throws IOException {
        for (Callback c : callbacks) {
            WSPasswordCallback pc = (WSPasswordCallback) c;
            if ("«user»".equals(pc.getIdentifier())) {
                pc.setPassword(«E»);
            }
        }
    }
}
""", user=g.user("ln").upper())


@pos("generic", "acord-xml", "acord_signon_password", "xml", gen_xmlpw, "xml", "ACORD_SIGNON_PASSWORD", False)
def acord_signon(g):
    return "samples/acord/%s.xml" % g.c(["PersAutoPolicyQuoteInqRq", "HomePolicyQuoteInqRq", "CommlPkgPolicyQuoteInqRq"]), T("""<?xml version="1.0" encoding="UTF-8"?>
<ACORD>
  <SignonRq>
    <SignonPswd>
      <CustId>
        <SPName>com.«co»</SPName>
        <CustLoginId>«login»</CustLoginId>
      </CustId>
      <CustPswd>
        <EncryptionTypeCd>NONE</EncryptionTypeCd>
        <Pswd>«S»</Pswd>
      </CustPswd>
    </SignonPswd>
    <ClientDt>«ts»</ClientDt>
    <CustLangPref>en-US</CustLangPref>
    <ClientApp>
      <Org>«org»</Org>
      <Name>QuoteBridge</Name>
      <Version>«ver»</Version>
    </ClientApp>
  </SignonRq>
  <InsuranceSvcRq>
    <RqUID>«rq»</RqUID>
    <PersAutoPolicyQuoteInqRq>
      <RqUID>«rq2»</RqUID>
      <TransactionRequestDt>«d»</TransactionRequestDt>
      <CurCd>USD</CurCd>
      <PersPolicy>
        <LOBCd>AUTOP</LOBCd>
        <NAICCd>«naic»</NAICCd>
        <ContractTerm><EffectiveDt>«d»</EffectiveDt><DurationPeriod><NumUnits>6</NumUnits><UnitMeasurementCd>MON</UnitMeasurementCd></DurationPeriod></ContractTerm>
      </PersPolicy>
      <PersAutoLineBusiness>
        <PersVeh id="V1"><VehIdentificationNumber>«vin»</VehIdentificationNumber><ModelYear>«yr»</ModelYear></PersVeh>
      </PersAutoLineBusiness>
    </PersAutoPolicyQuoteInqRq>
  </InsuranceSvcRq>
</ACORD>
""", co=g.c(["harborline", "cobaltridge", "northgate"]), login=g.producer(), ts=g.ts(), org=g.c(["Acme Agency Systems", "Bridgeline"]),
        ver="%d.%d" % (g.i(1, 6), g.i(0, 9)), rq=g.uuid(), rq2=g.uuid(), d=g.date(), naic=g.naic(), vin=g.vin(), yr=g.i(2008, 2025))


@pos("generic", "ivans", "mailbox_password", "ini", gen_password, "ini", "IVANS_PASSWORD", False)
def ivans_ini(g):
    return "agency-download/ivans_download.ini", T("""; IVANS Exchange download settings for AL3 policy/claim download
[mailbox]
account=«acct»
userid=«uid»
secret=«S»
endpoint=https://exchange.ivans.com/download/v2

[processing]
inbox=D:\\download\\al3\\inbox
archive=D:\\download\\al3\\archive
carriers=«n1»,«n2»,«n3»
poll_minutes=30
""", acct="%s%04d" % (g.s(UP, 3), g.i(0, 9999)), uid=g.s(UP, 4) + "%03d" % g.i(0, 999), n1=g.naic(), n2=g.naic(), n3=g.naic())


@pos("generic", "telematics-vendor", "api_secret", "json", gen_hex64, "json", "TELEMATICS_API_SECRET", True)
def telematics_json(g):
    v = g.c(["cmt", "arity", "zendrive", "octo"])
    return "telematics-ingest/config/vendors/%s.json" % v, T("""{
  "vendor": "«v»",
  "program": "«prog»",
  "baseUrl": "https://api.«v».example-telematics.com/v3",
  "TELEMATICS_API_KEY_ID": "«kid»",
  "TELEMATICS_API_SECRET": "«S»",
  "pull": {"tripsSince": "P2D", "pageSize": 500},
  "scoring": {"version": "«sv»", "minTrips": 25}
}
""", v=v, prog=g.c(["SafeMiles", "DriveRewards", "SmartRide"]), kid=g.uuid(), sv="%d.%d" % (g.i(1, 4), g.i(0, 9)))


@pos("generic", "datadog", "api_key", "yaml", gen_hex32, "yaml", "DD_API_KEY", True)
def datadog_values(g):
    return "deploy/helm/datadog/values-prod.yaml", T("""datadog:
  site: datadoghq.com
  apiKey: «S»
  clusterName: aks-claims-prod
  logs:
    enabled: true
    containerCollectAll: false
  apm:
    portEnabled: true
  tags:
    - "env:prod"
    - "team:claims-platform"
clusterAgent:
  enabled: true
""")


@pos("pem", "gcp", "service_account_private_key", "json", None, "key", "GCP_SA", True, reuse=False)
def gcp_sa_json(g):
    body = "\\n".join(pem_body(g, "p8"))
    proj = g.c(["claims-ml", "uw-models", "cat-modeling"]) + "-%d" % g.i(100000, 999999)
    return "ml/fraud-scoring/credentials/%s.json" % proj, T("""{
  "type": "service_account",
  "project_id": "«proj»",
  "private_key_id": "«kid»",
  "private_key": "«PEM»\\n«body»\\n-----END PRIVATE KEY-----\\n",
  "client_email": "fraud-scorer@«proj».iam.gserviceaccount.com",
  "client_id": "«cid»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", proj=proj, kid=g.hexs(40), PEM=PEM_P8, body=body, cid="1%020d" % g.i(0, 10 ** 19))


@pos("pem", "one-inc", "sftp_private_key", "pem", None, "key", "SFTP_KEY", True, reuse=False)
def oneinc_rsa(g):
    body = "\n".join(pem_body(g, "rsa"))
    return "billing-connector/src/main/resources/keys/%s.pem" % g.c(["oneinc-sftp", "lockbox-sftp", "premium-remit"]), PEM_RSA + "\n" + body + "\n-----END RSA PRIVATE KEY-----\n"


@pos("google", "google-maps", "api_key", "py", gen_google, "py", "GOOGLE_MAPS_API_KEY", False, expr=True, pub=False)
def google_geocode(g):
    return "underwriting/property/geocode.py", T("""\"\"\"Geocodes risk addresses for the coastal / wildfire underwriting rules.\"\"\"
import googlemaps

gmaps = googlemaps.Client(key=«E»)


def locate(address: str):
    res = gmaps.geocode(address)
    if not res:
        return None
    loc = res[0]["geometry"]["location"]
    return {"lat": loc["lat"], "lng": loc["lng"], "place_id": res[0]["place_id"]}


def distance_to_coast_band(lat: float, lng: float) -> str:
    # banding used by the «st» homeowners filing
    return "A" if lng > -81.2 else "B"
""", st=g.c(G.STATES))


@pos("generic", "agent-portal", "jwt_signing_secret", "yml", gen_hex64, "yaml", "JWT_SECRET", True)
def jwt_yaml(g):
    return "agent-portal-api/src/main/resources/application-prod.yml", T("""server:
  port: 8443
security:
  jwt:
    issuer: https://agents.«co».com
    signing-secret: «S»
    access-token-ttl: PT15M
    refresh-token-ttl: P7D
portal:
  producer-code-header: X-Producer-Code
  max-quotes-per-day: «n»
""", co=g.c(["harborline", "cobaltridge"]), n=g.c([200, 500]))


@pos("generic", "okta", "api_token", "ps1", gen_okta_api, "ps1", "OKTA_API_TOKEN", False, expr=True)
def okta_ps1(g):
    return "ops/identity/Add-ProducerUsers.ps1", T("""# Creates Okta users for newly appointed producers listed in the appointment CSV
param([string]$CsvPath = ".\\appointments.csv")

$org     = "https://«co».okta.com"
$token   = «E»
$headers = @{ Authorization = "SSWS $token"; Accept = "application/json" }

Import-Csv $CsvPath | ForEach-Object {
    $body = @{
        profile = @{ firstName = $_.First; lastName = $_.Last; email = $_.Email; login = $_.Email; producerCode = $_.ProducerCode }
    } | ConvertTo-Json -Depth 4
    Invoke-RestMethod -Method Post -Uri "$org/api/v1/users?activate=true" -Headers $headers -Body $body -ContentType "application/json"
}
""", co=g.c(["harborline", "cobaltridge", "northgate"]))


@pos("generic", "mvr-vendor", "sftp_password", "py", gen_password, "py", "MVR_SFTP_PASSWORD", False, expr=True)
def paramiko_py(g):
    return "underwriting/mvr/batch_upload.py", T("""import paramiko

HOST = "sftp.«v».com"


def upload(local_path: str, remote_name: str) -> None:
    transport = paramiko.Transport((HOST, 22))
    transport.connect(username="«user»", password=«E»)
    sftp = paramiko.SFTPClient.from_transport(transport)
    try:
        sftp.put(local_path, f"/incoming/orders/{remote_name}")
    finally:
        sftp.close()
        transport.close()
""", v=g.c(["drivercheck", "mvrnow", "mvrexpress"]), user=g.user("mvr"))


@pos("generic", "bordereaux-sftp", "sftp_password", "cs", gen_password, "cs", "BDX_SFTP_PASSWORD", False, expr=True)
def sshnet_cs(g):
    return "src/Mga.Bordereaux/Transfer/CoverholderUpload.cs", T("""using System.IO;
using Renci.SshNet;

namespace Mga.Bordereaux.Transfer
{
    public class CoverholderUpload
    {
        public void Send(string csvPath)
        {
            using var client = new SftpClient("«host»", 22, "«user»", «E»);
            client.Connect();
            using var fs = File.OpenRead(csvPath);
            client.UploadFile(fs, "/bordereaux/«uwr»/" + Path.GetFileName(csvPath));
            client.Disconnect();
        }
    }
}
""", host=g.c(["sftp.lloydsbdx-partner.com", "files.capacityprovider.net", "sftp.delegatedauthority.co.uk"]), user=g.user("bdx"), uwr="B%04d%s" % (g.i(1000, 9999), g.s(UP + DIG, 6)))


@pos("generic", "bordereaux-sftp", "sftp_password", "sh", gen_urlpw, "sh", "BDX_SFTP_PASSWORD", False)
def sshpass_sh(g):
    return "ops/bordereaux/push_monthly.sh", T("""#!/bin/sh
# monthly premium + claims bordereaux push to the capacity provider
set -e
MONTH=${1:-$(date +%Y-%m)}
FILE="out/«mga»_premium_bdx_${MONTH}.csv"
python3 tools/build_bdx.py --month "$MONTH" --out "$FILE"
sshpass -p '«S»' sftp -oBatchMode=no -b - «user»@«host» <<EOT
cd /incoming
put $FILE
EOT
echo "pushed $FILE"
""", mga=g.c(["harbor_mga", "cobalt_uw", "north_ca"]), user=g.user("bdx"), host=g.c(["sftp.lloydsbdx-partner.com", "files.capacityprovider.net"]))


@pos("generic", "verisk", "api_key", "dockerfile", gen_b62_32, "docker", "VERISK_API_KEY", True)
def dockerfile_env(g):
    return "services/%s/Dockerfile" % g.c(["property-risk", "uw-prefill"]), T("""FROM eclipse-temurin:17-jre
WORKDIR /app
COPY target/service.jar /app/service.jar
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
ENV VERISK_API_BASE=https://api.verisk.com/property/v1
ENV VERISK_API_KEY=«S»
EXPOSE 8080
USER 10001
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app/service.jar"]
""")


@pos("generic", "comparative-rater", "api_secret", "toml", gen_b64_44, "toml", "RATER_SECRET", False)
def rater_toml(g):
    return "rating-engine/config/carriers.toml", T("""[engine]
territory_table = "tables/territories_«st».csv"
round_premium = true

[carrier.«c»]
naic = "«naic»"
endpoint = "https://quote.«c».example-carrier.com/api/rate"
client_id = "«ck»"
shared_secret = "«S»"
lobs = ["AUTOP", "HOME"]
""", st=g.c(G.STATES).lower(), c=g.c(["harborline", "cobaltridge", "summitoak"]), naic=g.naic(), ck=g.s(UP + DIG, 12))


@pos("generic", "sqlserver", "database_password", "sql", gen_password, "sql", "SVC_LOGIN_PASSWORD", False, q="'")
def sql_login(g):
    return "db/migrations/V%d__create_integration_logins.sql" % g.i(20, 140), T("""-- integration login for the ISO ClaimSearch feed (read-only on claims schema)
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'svc_iso_feed')
BEGIN
    CREATE LOGIN svc_iso_feed WITH PASSWORD = N'«S»', CHECK_POLICY = ON;
END
GO
USE ClaimCenter;
GO
CREATE USER svc_iso_feed FOR LOGIN svc_iso_feed;
ALTER ROLE db_datareader ADD MEMBER svc_iso_feed;
GRANT EXECUTE ON SCHEMA::iso TO svc_iso_feed;
GO
""")


@pos("generic", "verisk-iso-claimsearch", "sftp_password", "md", gen_password, "md", "CLAIMSEARCH_SFTP_PASSWORD", False)
def runbook_md(g):
    return "docs/runbooks/claimsearch-sftp.md", T("""# ISO ClaimSearch SFTP runbook

Nightly job `claimsearch-feed` sends universal-format batches at 02:15 ET.

## Manual resend

1. Log on to `«jump»` as yourself.
2. `sftp «user»@sftp.claimsearch.iso.com`
3. Password: `«S»`
4. `cd /inbound` and `put CS_<date>.txt`

## Who to call

* Verisk support desk: open a ticket with customer id «cust»
* Claims platform on-call: #claims-platform-oncall
""", jump=g.host("jump"), user=g.user("iso"), cust="C%06d" % g.i(1, 999999))


@pos("generic", "one-inc", "api_key", "gs", gen_b62_32, "gosu", "ONEINC_API_KEY", False, expr=True)
def gosu_oneinc(g):
    return "modules/configuration/gsrc/acme/bc/payment/OneIncGatewayPlugin.gs", T("""package acme.bc.payment

uses gw.plugin.payment.IPaymentGateway
uses gw.api.util.Logger

class OneIncGatewayPlugin implements IPaymentGateway {
  static final var BASE_URL = "https://api.portalone.oneincsystems.com/api"
  static final var ACCESS_KEY = «E»
  static final var LOG = Logger.forCategory("OneIncGateway")

  override function authorize(accountNumber : String, amount : gw.pl.currency.MonetaryAmount) : String {
    LOG.info("authorizing ${amount} for account ${accountNumber}")
    var client = new acme.bc.payment.http.JsonClient(BASE_URL)
    client.setHeader("X-Api-Key", ACCESS_KEY)
    return client.post("/payments/authorize", {"account" -> accountNumber, "amount" -> amount.Amount.toPlainString()})
  }
}
""")


@pos("generic", "partner-sftp", "sftp_password", "csv", gen_password, "csv", "SFTP_PASSWORD", False)
def sftp_inventory_csv(g):
    rows = ["partner,host,port,username,password,notes"]
    vendors = [("ISO ClaimSearch", "sftp.claimsearch.iso.com"), ("LexisNexis", "sftp.lexisnexisrisk.com"),
               ("One Inc", "sftp.oneincsystems.com"), ("IVANS", "sftp.ivans.com"), ("Reinsurer", "files.re-partner.com")]
    k = g.i(0, len(vendors) - 1)
    for j, (v, h) in enumerate(vendors):
        if j == k:
            rows.append('%s,%s,22,%s,«S»,rotated %s' % (v, h, g.user("sftp"), g.date()))
        else:
            rows.append('%s,%s,22,%s,see vault kv/partners/%s,key auth' % (v, h, g.user("sftp"), v.lower().replace(" ", "-")))
    return "ops/partners/sftp-accounts.csv", "\n".join(rows) + "\n"


# =========================================================================================
# Look-alike negatives (no credential at all)
# =========================================================================================
@neg("bordereaux", "policy_numbers", "csv")
def la_bdx_csv(g):
    rows = ["UMR,Certificate Ref,Policy Number,Insured,State,Inception,Expiry,Gross Premium,Tax,NAIC,Producer Code,Transaction Id"]
    umr = "B%04d%s" % (g.i(1000, 9999), g.s(UP + DIG, 8))
    for _ in range(g.i(12, 30)):
        f, l = g.person()
        rows.append("%s,%s-%06d,%s,%s %s,%s,%s,%s,%s,%s,%s,%s,%s" % (
            umr, g.s(UP, 3), g.i(0, 999999), g.policy_no(), f.capitalize(), l.capitalize(), g.c(G.STATES),
            g.date(), g.date(), g.money(), g.money(5, 900), g.naic(), g.producer(), g.hexs(24).upper()))
    return "bordereaux/%s/premium_bdx_%s.csv" % (g.c(["2024", "2025"]), g.date()[:7]), "\n".join(rows) + "\n"


@neg("claims", "claim_numbers_vins", "csv")
def la_claims_csv(g):
    rows = ["claim_number,policy_number,loss_date,cause_of_loss,vin,reserve,paid,adjuster_id,iso_reference"]
    for _ in range(g.i(15, 35)):
        rows.append("%s,%s,%s,%s,%s,%s,%s,ADJ%05d,%s" % (g.claim_no(), g.policy_no(), g.date(),
                    g.c(["COLL", "COMP", "GLASS", "HAIL", "THEFT", "WATER", "FIRE"]), g.vin(), g.money(), g.money(0, 9000),
                    g.i(1, 99999), "%s%s" % (g.s(UP, 2), g.s(DIG + UP, 10))))
    return "data/extracts/open_claims_%s.csv" % g.date(), "\n".join(rows) + "\n"


@neg("ivans-al3", "al3_download", "al3")
def la_al3(g):
    def fld(s, n):
        return (s + " " * n)[:n]
    out = []
    out.append("1MHG176 " + fld("IVANS", 10) + fld("%s%04d" % (g.s(UP, 3), g.i(0, 9999)), 10) + "??????????????????" + g.date().replace("-", "")[2:] + " AFW " + "%020d" % g.r.getrandbits(60))
    for _ in range(g.i(2, 5)):
        pol = g.policy_no().replace("-", "")
        out.append("2TRG212 70 3P P" + fld(g.c(["AUTOP", "HOME", "BOAT"]), 6) + "FMG " + "%010d" % g.i(0, 10 ** 9) + " " + g.date().replace("-", "")[2:] + " " + g.c(["PCH", "NBS", "RWL", "XLN"]) + " " + g.date().replace("-", "") + g.date().replace("-", ""))
        out.append("2TCG135 " + "%08d" % g.i(0, 99999999) + " " + fld(pol, 18) + fld(g.naic(), 6) + "?????????")
        out.append("5BPI285 F10001" + fld(pol, 25) + fld(g.carrier().upper(), 30) + g.date().replace("-", "")[2:] + g.date().replace("-", "")[2:] + " " + "%011d" % g.i(0, 10 ** 9))
        f, l = g.person()
        out.append("5BIS172 B10001 P " + fld("%s %s" % (f.upper(), l.upper()), 40) + "??????????????????????????????" + "%08d" % g.i(0, 99999999))
        out.append("6CVH212 V10001" + fld(g.vin(), 17) + "%04d" % g.i(2005, 2025) + fld(g.c(["TOYOTA", "FORD", "HONDA", "SUBARU"]), 20) + "???")
    out.append("3MTG030 " + "%05d" % (len(out) + 1) + "%010d" % g.i(0, 10 ** 9))
    return "agency-download/inbox/%s_%d.al3" % (g.date().replace("-", ""), g.i(100, 999)), "\n".join(out) + "\n"


@neg("acord-xml", "rquids_vins_naic", "xml")
def la_acord_quote(g):
    vehs = "\n".join('        <PersVeh id="V%d"><VehIdentificationNumber>%s</VehIdentificationNumber><ModelYear>%d</ModelYear><CostNewAmt><Amt>%s</Amt></CostNewAmt></PersVeh>' % (k + 1, g.vin(), g.i(2008, 2025), g.money(15000, 70000)) for k in range(g.i(1, 3)))
    return "samples/acord/PersAutoPolicyAddRs_%s.xml" % g.hexs(6), T("""<?xml version="1.0" encoding="UTF-8"?>
<ACORD>
  <SignonRs>
    <Status><StatusCd>0</StatusCd><StatusDesc>Success</StatusDesc></Status>
    <ServerDt>«ts»</ServerDt>
    <SessKey>«sk»</SessKey>
  </SignonRs>
  <InsuranceSvcRs>
    <RqUID>«rq»</RqUID>
    <PersAutoPolicyAddRs>
      <RqUID>«rq2»</RqUID>
      <MsgStatus><MsgStatusCd>Success</MsgStatusCd></MsgStatus>
      <PersPolicy>
        <PolicyNumber>«pol»</PolicyNumber>
        <NAICCd>«naic»</NAICCd>
        <ProducerInfo><ContractNumber>«prod»</ContractNumber><ProducerSubCode>«sub»</ProducerSubCode></ProducerInfo>
      </PersPolicy>
      <PersAutoLineBusiness>
«vehs»
      </PersAutoLineBusiness>
    </PersAutoPolicyAddRs>
  </InsuranceSvcRs>
</ACORD>
""", ts=g.ts(), sk=g.uuid(), rq=g.uuid(), rq2=g.uuid(), pol=g.policy_no(), naic=g.naic(), prod=g.producer(), sub="%03d" % g.i(0, 999), vehs=vehs)


@neg("acord", "form_ids", "yaml")
def la_acord_forms(g):
    lines = ["# ACORD form catalogue used by the submission intake OCR", "forms:"]
    for _ in range(g.i(6, 12)):
        f = g.acord_form()
        lines.append("  - id: \"%s\"\n    edition: \"%s\"\n    fingerprint_sha1: %s\n    pages: %d" % (f, f.split("(")[1].rstrip(")"), g.hexs(40), g.i(1, 6)))
    return "intake/ocr/acord_forms.yaml", "\n".join(lines) + "\n"


@neg("naic", "naic_codes", "json")
def la_naic_json(g):
    items = ",\n".join('    {"naic": "%s", "name": "%s", "group": "%04d", "fein": "%02d-%07d", "amBest": "%06d"}' % (g.naic(), g.carrier(), g.i(0, 4999), g.i(10, 99), g.i(0, 9999999), g.i(0, 999999)) for _ in range(g.i(6, 14)))
    return "reference/carriers.json", "{\n  \"asOf\": \"%s\",\n  \"carriers\": [\n%s\n  ]\n}\n" % (g.date(), items)


@neg("agency", "producer_codes", "properties")
def la_producer_props(g):
    lines = ["# producer code -> agency master id mapping (not secret, from the appointment system)"]
    for _ in range(g.i(10, 25)):
        lines.append("producer.%s=%s|%s|%s" % (g.producer(), g.uuid(), g.c(G.STATES), "%d" % g.i(1000000, 9999999)))
    return "agency-bridge/src/main/resources/producer-codes.properties", "\n".join(lines) + "\n"


@neg("logs", "trace_ids_uuids", "log")
def la_app_log(g):
    out = []
    for _ in range(g.i(15, 30)):
        tid = g.hexs(32)
        out.append("%s %s [%s] traceparent=00-%s-%s-01 claim=%s policy=%s requestId=%s %s" % (
            g.ts(), g.c(["INFO ", "INFO ", "WARN ", "DEBUG"]), g.svc(), tid, g.hexs(16), g.claim_no(), g.policy_no(),
            g.uuid(), g.c(["fnol accepted", "assignment created", "reserve updated", "iso submission queued", "payment issued", "document indexed"])))
    return "logs/%s/%s.log" % (g.svc(), g.date()), "\n".join(out) + "\n"


@neg("release", "sha256_sums", "txt")
def la_sha256sums(g):
    lines = ["%s  rating-tables-%s-%s.csv" % (g.sha256(), st, g.date()) for st in sorted(set(g.c(G.STATES) for _ in range(8)))]
    lines.append("%s  rating-engine-%d.%d.%d.jar" % (g.sha256(), g.i(1, 4), g.i(0, 30), g.i(0, 9)))
    return "dist/SHA256SUMS", "\n".join(lines) + "\n"


@neg("gradle", "dependency_hashes", "xml")
def la_gradle_verif(g):
    comps = []
    for grp, name in [("com.fasterxml.jackson.core", "jackson-databind"), ("org.apache.cxf", "cxf-rt-ws-security"), ("com.squareup.okhttp3", "okhttp"), ("org.apache.wss4j", "wss4j-ws-security-common"), ("software.amazon.awssdk", "s3")]:
        v = "%d.%d.%d" % (g.i(1, 4), g.i(0, 20), g.i(0, 9))
        comps.append('      <component group="%s" name="%s" version="%s">\n         <artifact name="%s-%s.jar">\n            <sha256 value="%s" origin="Generated by Gradle"/>\n         </artifact>\n      </component>' % (grp, name, v, name, v, g.sha256()))
    return "gradle/verification-metadata.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">\n   <configuration>\n      <verify-metadata>true</verify-metadata>\n   </configuration>\n   <components>\n' + "\n".join(comps) + "\n   </components>\n</verification-metadata>\n"


@neg("nuget", "content_hashes", "json")
def la_nuget_lock(g):
    deps = []
    for name in ["Azure.Storage.Blobs", "Twilio", "Renci.SshNet", "Serilog.AspNetCore", "Microsoft.Identity.Client"]:
        deps.append('      "%s": {\n        "type": "Direct",\n        "requested": "[%d.%d.%d, )",\n        "resolved": "%d.%d.%d",\n        "contentHash": "%s"\n      }' % (name, 1, 0, 0, g.i(1, 12), g.i(0, 20), g.i(0, 9), g.b64(64)))
    return "src/Claims.Notify/packages.lock.json", '{\n  "version": 1,\n  "dependencies": {\n    "net8.0": {\n' + ",\n".join(deps) + "\n    }\n  }\n}\n"


@neg("terraform", "provider_lock_hashes", "hcl")
def la_tf_lock(g):
    hs = "\n".join('    "h1:%s",' % g.b64(32) for _ in range(2)) + "\n" + "\n".join('    "zh:%s",' % g.sha256() for _ in range(g.i(4, 8)))
    return "infra/terraform/claims-archive/.terraform.lock.hcl", T("""# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.«v»"
  constraints = "~> 5.40"
  hashes = [
«hs»
  ]
}
""", v="%d.%d" % (g.i(40, 80), g.i(0, 9)), hs=hs)


@neg("kubernetes", "image_digests", "yaml")
def la_k8s_digest(g):
    return "deploy/k8s/%s/deployment.yaml" % g.svc(), T("""apiVersion: apps/v1
kind: Deployment
metadata:
  name: «svc»
  annotations:
    deploy.acme.io/git-sha: «sha»
spec:
  replicas: 2
  selector: {matchLabels: {app: «svc»}}
  template:
    metadata:
      labels: {app: «svc»}
    spec:
      containers:
        - name: app
          image: registry.«co».com/claims/«svc»@sha256:«dig»
          env:
            - name: CLAIMCENTER_URL
              value: https://cc.«co».guidewire.net/rest
            - name: GW_CLIENT_SECRET
              valueFrom:
                secretKeyRef: {name: «svc»-gwhub, key: GW_CLIENT_SECRET}
""", svc=g.svc(), sha=g.hexs(40), co=g.c(["harborline", "cobaltridge"]), dig=g.sha256())


@neg("compose", "digests_no_secrets", "yml")
def la_compose(g):
    return "docker-compose.override.yml", T("""services:
  rating-engine:
    image: registry.«co».com/actuarial/rating-engine@sha256:«d1»
    environment:
      RATING_TABLE_VERSION: "«ver»"
      STRIPE_SECRET_KEY_FILE: /run/secrets/stripe_secret_key
    secrets: [stripe_secret_key]
    healthcheck:
      test: ["CMD", "curl", "-f", "http://localhost:8080/actuator/health"]
secrets:
  stripe_secret_key:
    external: true
""", co=g.c(["harborline", "cobaltridge"]), d1=g.sha256(), ver=g.date())


def ssh_pub(g, comment):
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + g.rbytes(32)).decode()
    return "ssh-ed25519 %s %s" % (blob, comment)


@neg("ssh", "public_keys", "txt")
def la_authorized_keys(g):
    lines = ["# deploy hosts allowed to push bordereaux files"]
    for _ in range(g.i(2, 5)):
        lines.append(ssh_pub(g, "%s@%s" % (g.user("bdx"), g.host("jump"))))
    return "ops/sftp/authorized_keys", "\n".join(lines) + "\n"


@neg("ssh", "known_hosts", "txt")
def la_known_hosts(g):
    hosts = ["sftp.claimsearch.iso.com", "sftp.lexisnexisrisk.com", "sftp.oneincsystems.com", "sftp.ivans.com"]
    lines = [ssh_pub(g, "").replace("ssh-ed25519", h + " ssh-ed25519", 1).rstrip() for h in hosts]
    return "deploy/helm/claimsearch-feed/files/known_hosts", "\n".join(lines) + "\n"


def pem_cert(g, label="CERTIFICATE"):
    raw = bytes.fromhex("308205") + g.rbytes(g.i(700, 1000))
    b = base64.b64encode(raw).decode()
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(b[k:k + 64] for k in range(0, len(b), 64)), label)


@neg("tls", "public_certificate", "pem")
def la_cert(g):
    return "ops/claimsearch/certs/%s.pem" % g.c(["iso-ca-chain", "lexisnexis-root", "partner-ca"]), "# issuer CA chain for partner SOAP endpoints (public)\n" + pem_cert(g) + pem_cert(g)


@neg("tls", "public_key", "pem")
def la_pubkey(g):
    raw = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + g.rbytes(256) + bytes.fromhex("0203010001")
    b = base64.b64encode(raw).decode()
    return "billing-connector/src/main/resources/keys/oneinc-webhook-verify.pub.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b[k:k + 64] for k in range(0, len(b), 64)) + "\n-----END PUBLIC KEY-----\n"


@neg("saml", "idp_metadata", "xml")
def la_saml(g):
    cert = "".join(pem_cert(g).splitlines()[1:-1])
    return "agent-portal/config/saml/idp-metadata.xml", T("""<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="http://www.okta.com/«eid»">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">
        <ds:X509Data><ds:X509Certificate>«cert»</ds:X509Certificate></ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://«co».okta.com/app/«co»_agentportal_1/«eid»/sso/saml"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
""", eid="exk" + g.s(ALNUM, 17), cert=cert, co=g.c(["harborline", "cobaltridge"]))


@neg("pgp", "public_key_block", "asc")
def la_pgp(g):
    b = g.b64(g.i(700, 1100))
    body = "\n".join(b[k:k + 64] for k in range(0, len(b), 64))
    return "keys/capacity-provider-bdx-public.asc", "-----BEGIN PGP PUBLIC KEY BLOCK-----\nComment: bordereaux encryption key of the capacity provider (public)\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n" % (body, g.b64(3))


@neg("git", "commit_hashes", "md")
def la_changelog(g):
    lines = ["# Changelog", ""]
    for _ in range(g.i(3, 6)):
        lines.append("## %d.%d.%d - %s" % (g.i(1, 4), g.i(0, 30), g.i(0, 9), g.date()))
        for _ in range(g.i(2, 5)):
            lines.append("* %s (%s) [%s]" % (g.c(["ISO ClaimSearch batch now splits at 5,000 claims", "fix NAIC lookup for surplus lines carriers", "AL3 5BPI parser handles ? padding", "retry Guidewire Hub token on 429", "bordereaux: add tax column", "mask VINs in debug logs"]), g.hexs(40), g.c(["CLMS", "POL", "BDX"]) + "-%d" % g.i(100, 4999)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@neg("stripe", "object_ids_signature", "log")
def la_stripe_log(g):
    out = []
    for _ in range(g.i(4, 9)):
        t = g.i(1700000000, 1760000000)
        out.append('%s INFO webhook received id=evt_%s type=%s customer=cus_%s pi=pi_%s' % (g.ts(), g.s(ALNUM, 24), g.c(["invoice.paid", "invoice.payment_failed", "payment_intent.succeeded"]), g.s(ALNUM, 14), g.s(ALNUM, 24)))
        out.append('%s DEBUG Stripe-Signature: t=%d,v1=%s' % (g.ts(), t, g.hexs(64)))
    return "logs/premium-webhooks/%s.log" % g.date(), "\n".join(out) + "\n"


@neg("stripe", "publishable_key", "js")
def la_stripe_pk(g):
    return "quote-portal/src/payments/checkout.js", T("""import { loadStripe } from '@stripe/stripe-js';

// Publishable key: safe to ship to the browser.
const stripePromise = loadStripe('«pk»');

export async function payDownPayment(clientSecretFromServer, quoteId) {
  const stripe = await stripePromise;
  return stripe.confirmPayment({
    clientSecret: clientSecretFromServer,
    confirmParams: { return_url: `https://quote.«co».com/bound/${quoteId}` },
  });
}
""", pk=public_value(g, "stripe"), co=g.c(["harborline", "cobaltridge"]))


@neg("okta", "public_oidc_client", "json")
def la_oidc_public(g):
    return "digital/customer-portal/src/config/auth.json", T("""{
  "issuer": "https://«co».okta.com/oauth2/default",
  "clientId": "0oa«cid»",
  "redirectUri": "https://my.«co».com/login/callback",
  "scopes": ["openid", "profile", "email", "policy:read"],
  "pkce": true,
  "azureTenantId": "«tid»",
  "azureClientId": "«acid»"
}
""", co=g.c(["harborline", "cobaltridge"]), cid=g.s(ALNUM, 17), tid=g.uuid(), acid=g.uuid())


@neg("aws", "arns_account_ids", "json")
def la_iam_policy(g):
    acct = "%012d" % g.i(10 ** 11, 10 ** 12 - 1)
    return "infra/iam/bordereaux-export-policy.json", T("""{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::«co»-bordereaux-prod/*"
    },
    {
      "Effect": "Allow",
      "Action": ["kms:Encrypt", "kms:GenerateDataKey"],
      "Resource": "arn:aws:kms:us-east-1:«acct»:key/«kid»"
    },
    {
      "Effect": "Allow",
      "Action": "secretsmanager:GetSecretValue",
      "Resource": "arn:aws:secretsmanager:us-east-1:«acct»:secret:prod/claimsearch-sftp-«sfx»"
    }
  ]
}
""", co=g.c(["harborline", "cobaltridge"]), acct=acct, kid=g.uuid(), sfx=g.s(ALNUM, 6))


@neg("telematics", "imei_trip_ids", "csv")
def la_trips_csv(g):
    rows = ["trip_id,device_imei,vin,start_utc,end_utc,miles,hard_brakes,night_minutes,payload_sha1"]
    for _ in range(g.i(15, 30)):
        rows.append("%s,%s,%s,%s,%s,%.1f,%d,%d,%s" % (g.uuid(), g.imei(), g.vin(), g.ts(), g.ts(), g.i(1, 900) / 10.0, g.i(0, 6), g.i(0, 90), g.hexs(40)))
    return "telematics-ingest/samples/trips_%s.csv" % g.date(), "\n".join(rows) + "\n"


@neg("mvr", "order_ids", "xml")
def la_mvr_xml(g):
    viol = "\n".join('    <Violation><Date>%s</Date><Code>%s</Code><AcdCode>%s</AcdCode><Points>%d</Points></Violation>' % (g.date(), "%03d" % g.i(100, 999), g.c(["S92", "S93", "M84", "A41"]), g.i(0, 4)) for _ in range(g.i(1, 4)))
    return "underwriting/mvr/samples/mvr_response_%s.xml" % g.hexs(8), T("""<?xml version="1.0"?>
<MvrResponse orderId="«oid»" vendorRef="«vr»">
  <Driver>
    <LicenseState>«st»</LicenseState>
    <LicenseNumber>«lic»</LicenseNumber>
    <Status>VALID</Status>
  </Driver>
  <Violations>
«viol»
  </Violations>
  <ReportHash algorithm="SHA-256">«h»</ReportHash>
</MvrResponse>
""", oid=g.uuid(), vr=g.s(UP + DIG, 16), st=g.c(G.STATES), lic="%s%08d" % (g.c(UP), g.i(0, 99999999)), viol=viol, h=g.sha256())


@neg("lexisnexis-clue", "report_refs", "json")
def la_clue_json(g):
    losses = ",\n".join('      {"claimNumber": "%s", "lossDate": "%s", "type": "%s", "amountPaid": %s, "cluefileId": "%s"}' % (g.claim_no(), g.date(), g.c(["WATER", "WIND", "THEFT", "FIRE"]), g.money(), g.s(UP + DIG, 20)) for _ in range(g.i(1, 4)))
    return "underwriting/clue/fixtures/clue_property_%s.json" % g.hexs(6), "{\n  \"referenceNumber\": \"%s\",\n  \"quoteBack\": \"%s\",\n  \"reportDate\": \"%s\",\n  \"subject\": {\"addressHash\": \"%s\"},\n  \"losses\": [\n%s\n  ]\n}\n" % (g.s(DIG, 13), g.uuid(), g.date(), g.sha256(), losses)


@neg("docs", "password_policy_text", "md")
def la_policy_md(g):
    return "docs/security/credential-handling.md", T("""# Credential handling for partner integrations

* Partner passwords (ISO ClaimSearch, LexisNexis, IVANS) live in Key Vault `kv-integrations-«env»`.
* The `password` field in `values.yaml` must stay empty; the chart reads `existingSecret`.
* Minimum length for service passwords: «n» characters, rotation every 90 days.
* Client secrets for Guidewire Hub apps are rotated with the GCC "Rotate secret" action;
  keep the old secret active until every pod has restarted.
* Never paste an API key into a ticket; share the Key Vault secret name instead, e.g.
  `gwhub-claims-intake-client-secret`.
""", env=g.c(["prod", "shared"]), n=g.c([16, 20, 24]))


@neg("code", "reads_secret_manager", "py")
def la_secret_reader_py(g):
    return "common/secrets.py", T("""import functools
import os

import boto3

_SM = boto3.client("secretsmanager", region_name=os.getenv("AWS_REGION", "us-east-1"))


@functools.lru_cache(maxsize=32)
def get_secret(name: str) -> str:
    \"\"\"Return a secret string, e.g. get_secret("prod/claimsearch-sftp").\"\"\"
    return _SM.get_secret_value(SecretId=name)["SecretString"]


SFTP_PASSWORD = lambda: get_secret("prod/claimsearch-sftp")
STRIPE_SECRET_KEY = lambda: get_secret("prod/stripe-secret-key")
GW_CLIENT_SECRET = lambda: os.environ["GW_CLIENT_SECRET"]
""")


@neg("code", "header_and_property_names", "java")
def la_java_constants(g):
    return "integration-common/src/main/java/com/acme/integration/Headers.java", T("""package com.acme.integration;

/** Names only - values come from the environment / Key Vault at runtime. */
public final class Headers {
    public static final String API_KEY = "X-Api-Key";
    public static final String APIM_SUBSCRIPTION_KEY = "Ocp-Apim-Subscription-Key";
    public static final String CORRELATION_ID = "X-Correlation-Id";
    public static final String PRODUCER_CODE = "X-Producer-Code";
    public static final String SFTP_PASSWORD_PROPERTY = "claimsearch.sftp.password";
    public static final String CLIENT_SECRET_ENV = "GW_CLIENT_SECRET";
    public static final String DEFAULT_TENANT_ID = "«tid»";

    private Headers() {}
}
""", tid=g.uuid())


@neg("helm", "existing_secret_refs", "yaml")
def la_helm_existing(g):
    return "deploy/helm/%s/values.yaml" % g.svc(), T("""image:
  repository: registry.«co».com/integrations/«svc»
  tag: "«ver»"
auth:
  existingSecret: «svc»-credentials
  clientSecretKey: client-secret
  passwordKey: sftp-password
sftp:
  host: sftp.claimsearch.iso.com
  username: «user»
  password: ""
externalSecrets:
  enabled: true
  store: azure-kv-integrations
  keys:
    - remoteRef: «svc»-client-secret
    - remoteRef: «svc»-sftp-password
""", co=g.c(["harborline", "cobaltridge"]), svc=g.svc(), ver="%d.%d.%d" % (g.i(1, 3), g.i(0, 20), g.i(0, 9)), user=g.user("iso"))


@neg("github-actions", "secrets_refs", "yml")
def la_gha_refs(g):
    return ".github/workflows/deploy-%s.yml" % g.svc(), T("""name: deploy
on: {push: {branches: [main]}}
permissions: {id-token: write, contents: read}
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: azure/login@v2
        with:
          client-id: «cid»
          tenant-id: «tid»
          subscription-id: «sub»
      - run: ./deploy.sh
        env:
          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}
          GW_CLIENT_SECRET: ${{ secrets.GW_CLIENT_SECRET }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}
""", cid=g.uuid(), tid=g.uuid(), sub=g.uuid())


@neg("tests", "fixture_hashes", "json")
def la_fixture_hashes(g):
    items = ",\n".join('    "%s": {"md5": "%s", "sha1": "%s", "sha256": "%s"}' % (g.policy_no(), g.hexs(32), g.hexs(40), g.sha256()) for _ in range(g.i(4, 9)))
    return "tests/fixtures/declarations_pdf_hashes.json", "{\n  \"generated\": \"%s\",\n  \"documents\": {\n%s\n  }\n}\n" % (g.date(), items)


@neg("acord-xml", "base64_attachment", "xml")
def la_acord_attachment(g):
    raw = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n" + g.rbytes(g.i(500, 900))
    b = base64.b64encode(raw).decode()
    body = "\n".join(b[k:k + 76] for k in range(0, len(b), 76))
    return "samples/acord/ClaimsNotificationAddRq_%s.xml" % g.hexs(6), T("""<?xml version="1.0" encoding="UTF-8"?>
<ACORD>
  <InsuranceSvcRq>
    <RqUID>«rq»</RqUID>
    <ClaimsNotificationAddRq>
      <RqUID>«rq2»</RqUID>
      <ClaimsOccurrence><LossDt>«d»</LossDt><ItemIdInfo><InsurerId>«clm»</InsurerId></ItemIdInfo></ClaimsOccurrence>
      <Policy><PolicyNumber>«pol»</PolicyNumber><NAICCd>«naic»</NAICCd></Policy>
      <FileAttachmentInfo>
        <AttachmentFilename>police_report.pdf</AttachmentFilename>
        <MIMEContentTypeCd>application/pdf</MIMEContentTypeCd>
        <MIMEEncodingTypeCd>BASE64</MIMEEncodingTypeCd>
        <AttachmentData>
«body»
        </AttachmentData>
      </FileAttachmentInfo>
    </ClaimsNotificationAddRq>
  </InsuranceSvcRq>
</ACORD>
""", rq=g.uuid(), rq2=g.uuid(), d=g.date(), clm=g.claim_no(), pol=g.policy_no(), naic=g.naic(), body=body)


@neg("rating", "rating_factors", "csv")
def la_rating_csv(g):
    rows = ["state,territory,zip,coverage,base_rate,factor,effective,table_id"]
    st = g.c(G.STATES)
    for _ in range(g.i(15, 30)):
        rows.append("%s,%03d,%05d,%s,%s,%.4f,%s,%s" % (st, g.i(1, 40), g.i(10000, 99999), g.c(["BI", "PD", "COLL", "COMP", "UM", "MED"]), g.money(50, 900), g.i(5000, 20000) / 10000.0, g.date(), g.hexs(12)))
    return "rating-engine/tables/%s/base_rates.csv" % st.lower(), "\n".join(rows) + "\n"


@neg("gosu", "typecodes", "gs")
def la_gosu_typecodes(g):
    rows = "\n".join('    {"%s", "%s"},' % (g.s(UP, 2) + "%03d" % g.i(0, 999), g.hexs(16)) for _ in range(g.i(6, 12)))
    return "modules/configuration/gsrc/acme/cc/iso/ISOCodeMapper.gs", T("""package acme.cc.iso

uses java.util.Map

/** Maps ClaimCenter loss causes to ISO ClaimSearch coverage / loss type codes. */
class ISOCodeMapper {
  // code, mapping fingerprint (sha-64 of the mapping row, used to detect drift)
  static final var CODES : String[][] = {
«rows»
  }

  static function lookup(cause : typekey.LossCause) : String {
    return CODES.firstWhere(\\ r -> r[0].startsWith(cause.Code.toUpperCase().take(2)))?.getAt(0)
  }
}
""", rows=rows)


@neg("sql", "seed_uuids", "sql")
def la_sql_seed(g):
    vals = ",\n".join("  ('%s', '%s', '%s', '%s', '%s')" % (g.uuid(), g.carrier().replace("'", "''"), g.naic(), g.c(G.STATES), g.hexs(40)) for _ in range(g.i(5, 10)))
    return "db/seed/V1_3__carriers.sql", "INSERT INTO carrier (id, name, naic_code, domicile, config_sha1) VALUES\n%s;\n" % vals


@neg("powershell", "credential_prompt", "ps1")
def la_ps1_getcred(g):
    return "ops/scripts/Invoke-IvansDownload.ps1", T("""param([string]$Vault = "IntegrationsVault")

Import-Module Microsoft.PowerShell.SecretManagement
$cred = Get-Secret -Vault $Vault -Name "ivans-mailbox"          # PSCredential, never stored here
if (-not $cred) { $cred = Get-Credential -Message "IVANS mailbox account" }

$thumb = "«thumb»"   # client certificate thumbprint (public)
$resp = Invoke-RestMethod -Uri "https://exchange.ivans.com/download/v2/messages" -Credential $cred -CertificateThumbprint $thumb
$resp.messages | ForEach-Object { Write-Host $_.id $_.carrierNaic $_.sizeBytes }
""", thumb=g.hexs(40).upper())


@neg("winscp", "host_key_fingerprint", "ini")
def la_winscp_ini(g):
    return "ops/claimsearch/WinSCP.ini", T("""[Sessions\\claimsearch]
HostName=sftp.claimsearch.iso.com
UserName=«user»
PortNumber=22
FSProtocol=2
PublicKeyFile=C:\\keys\\claimsearch.ppk

[SshHostKeys]
ssh-ed25519@22:sftp.claimsearch.iso.com=0x«x1»,0x«x2»

[Configuration\\Interface]
SshHostKeyFingerprint=ssh-ed25519 255 «fp»
""", user=g.user("iso").upper(), x1=g.hexs(64), x2=g.hexs(64), fp=g.b64(32).rstrip("="))


@neg("dotenv", "empty_example", "env.example")
def la_env_example(g):
    return ".env.example", """# copy to .env and fill from Key Vault (never commit the real .env)
APP_ENV=development
GW_CLIENT_ID=
GW_CLIENT_SECRET=
STRIPE_SECRET_KEY=
STRIPE_PUBLISHABLE_KEY=
CLAIMSEARCH_SFTP_PASSWORD=
DATABASE_URL=postgresql://claims_app:@localhost:5432/claims
"""


@neg("recaptcha", "site_key", "html")
def la_recaptcha(g):
    return "quote-portal/public/index.html", T("""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Get a quote - «co»</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
  <link rel="stylesheet" href="/assets/app.«h».css" integrity="sha384-«sri»" crossorigin="anonymous">
</head>
<body>
  <form id="quote" action="/api/quotes" method="post">
    <input name="zip" maxlength="5" required>
    <div class="g-recaptcha" data-sitekey="6L«sk»"></div>
    <button type="submit">Start quote</button>
  </form>
</body>
</html>
""", co=g.c(["Harborline Mutual", "Cobalt Ridge"]), h=g.hexs(8), sri=g.b64(48), sk=g.s(URLSAFE, 38))


# =========================================================================================
# Driver
# =========================================================================================
BLOCKED_ENV = (".env", ".env.local", ".env.production", ".env.development", ".env.prod", ".env.staging", ".env.test")


def fill(text, t, value, raw_expr=False):
    marker = "\u00abE\u00bb" if t["expr"] else "\u00abS\u00bb"
    assert text.count(marker) == 1, (t["name"], marker, text.count(marker))
    if t["expr"] and not raw_expr:
        value = t["q"] + value + t["q"]
    return text.replace(marker, value)


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0
    return text.count("\n", 0, idx) + 1


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def schedule(g, items, n):
    """n picks spread evenly over items (each used n//len or n//len+1 times), shuffled."""
    base = list(items) * (n // len(items))
    extra = list(items)
    g.r.shuffle(extra)
    base += extra[: n - len(base)]
    g.r.shuffle(base)
    return base


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_fe.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    manifest, secrets = [], []

    # ---- positives ----
    for k, t in enumerate(schedule(g, POS, 500)):
        g.ctx = {}
        rel, text = t["fn"](g)
        if t["gen"] is None:
            needle = next(m for m in (PEM_RSA, PEM_P8, PEM_SSH) if m in text)
        else:
            needle = t["gen"](g)
            text = fill(text, t, needle)
        assert "\u00ab" not in text and "\u00bb" not in text, t["name"]
        name = "pos/p%04d/%s" % (k, rel)
        write(os.path.join(out, name), text)
        ln = line_of(text, needle)
        with open(os.path.join(out, name), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[ln - 1], (name, needle)
        manifest.append({"file": name, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"]})
        secrets.append({"file": name, "needle": needle, "line": ln})

    # ---- negatives ----
    reuse = [t for t in POS if t["reuse"]]
    jobs = [("reuse", t) for t in schedule(g, reuse, 250)] + [("look", t) for t in schedule(g, NEG, 250)]
    g.r.shuffle(jobs)
    for k, (mode, t) in enumerate(jobs):
        g.ctx = {"neg": True}
        rel, text = t["fn"](g)
        if mode == "reuse":
            val, how, is_expr = neg_value(g, t)
            text = fill(text, t, val, raw_expr=is_expr)
            provider, kind, ftype = t["provider"], "%s_slot_%s" % (t["kind"], how), t["ftype"]
        else:
            provider, kind, ftype = t["provider"], "lookalike_" + t["kind"], t["ftype"]
        base = os.path.basename(rel)
        if base in BLOCKED_ENV or (base.startswith(".env") and not any(base.endswith(s) for s in (".example", ".sample", ".template", ".dist"))):
            rel = os.path.join(os.path.dirname(rel), ".env.example")
            ftype = "env.example"
        assert "\u00ab" not in text and "\u00bb" not in text, t["name"]
        name = "neg/n%04d/%s" % (k, rel)
        write(os.path.join(out, name), text)
        manifest.append({"file": name, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    npos = sum(1 for m in manifest if m["label"] == "pos")
    assert npos == 500 and len(manifest) == 1000 and len(secrets) == 500
    envpos = sum(1 for m in manifest if m["label"] == "pos" and os.path.basename(m["file"]).startswith(".env"))
    assert envpos <= 25, envpos
    print("wrote %d positives (%d templates), %d negatives (%d re-used + %d look-alike templates) to %s"
          % (npos, len(POS), 1000 - npos, len(reuse), len(NEG), out))


if __name__ == "__main__":
    main()
