#!/usr/bin/env python3
"""gen_fl.py - blind evaluation-set generator for secret scanners.

EMPHASIS
    Identity verification, KYC/AML and fraud-prevention integrations, as they
    appear in the back ends of fintech / marketplace / gaming projects.
    Providers: Onfido (Entrust IDV) API tokens and webhook tokens, Veriff API
    keys and shared secret keys (HMAC), Sumsub app tokens (sbx:/prd:), secret
    keys and webhook secrets, Persona API keys (persona_sandbox_ /
    persona_production_) and webhook secrets (wbhsec_), Jumio API token +
    secret, Sift REST API keys (beacon keys are public), SEON license keys,
    Socure ID+ keys, Alloy token/secret, Trulioo API keys, ComplyAdvantage API
    keys, Stripe Identity secret/restricted keys and webhook secrets, Plaid
    (IDV) secrets, Incode API keys, Au10tix client private keys, MaxMind
    license keys, IPQualityScore keys, Fingerprint secret API keys (public
    keys are public), hCaptcha / reCAPTCHA secret keys (site keys are public),
    plus the KYC database password and a fraud-alert Slack webhook URL.
    File types: Python (Django, Flask, Celery), JavaScript/TypeScript (Node,
    Express, Next.js), Ruby on Rails (initializers, secrets.yml, VCR
    cassettes), Java/Spring (application.yml, .properties, classes), Kotlin
    (+ HOCON), PHP/Laravel config, Go, C# appsettings.json / App.config,
    Terraform, Helm values, Kubernetes manifests, docker-compose, Dockerfile,
    GitHub Actions, Ansible, JSON, TOML, INI, XML, shell, SQL, CSV,
    Markdown integration docs, Postman collections/environments, logs,
    GeoIP.conf, PEM files, HTML.

USAGE
    python3 gen_fl.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath>
    (500 negatives), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive). Deterministic per SEED: all
    randomness comes from one random.Random(SEED); no clock, no os.urandom,
    no set iteration, no hash() of strings. Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: no quotes, no
      variable name, no "Bearer "/"Token token=" scheme word, no header name.
    * URLs that carry a key in the path or query (IPQualityScore): the needle
      is the key alone. Webhook URLs whose path *is* the secret (Slack
      incoming webhook): the needle is the whole URL.
    * Connection strings: the needle is the password component only.
    * Key pairs (Jumio token + secret, Alloy token + secret, Plaid client_id +
      secret): the needle is the secret half; the identifier half is either
      an id or read from the environment, so each positive holds one
      credential.
    * Multi-line private keys (Au10tix client key): the needle is the
      "-----BEGIN PRIVATE KEY-----" line (first line of the block), its line
      number is that line.
    * "line" is the 1-based line of the needle's first occurrence; the
      generator asserts the needle is on that line.

NEGATIVES
    500 files with no credential. Half re-use the positive templates with the
    secret slot holding: placeholders (<YOUR_API_TOKEN>, YOUR_API_KEY_HERE,
    changeme, xxxx..., api_sandbox.xxx), empty values, masked values (****,
    [REDACTED], prefix + ****), environment / secret-manager references
    (${VAR}, os.environ[...], process.env.X, ENV.fetch, System.getenv,
    vault:/op:// paths, AWS Secrets Manager ARNs, ${{ secrets.X }}, Helm
    {{ .Values }}), provider-documented example values (reCAPTCHA and hCaptcha
    test keys, Sift partner-API example key, Ping's Socure example key,
    MaxMind's YOUR_LICENSE_KEY_HERE / 000000000000 GeoIP.conf defaults) and
    values documented as public where their format tells them apart (Stripe
    publishable pk_live_ keys, hCaptcha UUID site keys, an RSA *public* key
    where the private key would be). Public values whose format equals the
    secret's (reCAPTCHA site keys, Fingerprint public keys, Socure SDK keys,
    Sift beacon keys) are never put in a secret slot; they appear next to it
    and in the look-alike files. The template whose positive path is .env
    uses .env.example / .env.sample for negatives.
    The other half are domain look-alikes: applicant / check / workflow /
    session UUIDs, Sumsub applicant ids, Persona inq_/itmpl_/ver_ ids, Stripe
    vs_ ids, Plaid idv_ ids, webhook logs with X-SHA2-Signature /
    x-hmac-signature / Persona-Signature HMAC values, document SHA-256
    hashes, npm integrity hashes, go.sum hashes, image digests, pinned action
    SHAs, public keys, certificates, JWKS, base64 images, MRZ lines, public
    site/beacon keys in HTML, VCR cassettes with filtered headers.
    No negative is written to a file named .env / .env.<stage>.

FORMATS CHECKED (search tool, provider documentation unless noted)
    * Onfido/Entrust: guide says sandbox tokens start "api_sandbox", live
      tokens "api_live" and that the prefix varies by region; public
      integration code shows api_sandbox.<11>.<32> and api_sandbox_us.<..>.
      Header "Authorization: Token token=...". Webhooks signed with HMAC-SHA256
      in X-SHA2-Signature using the webhook token.
    * Sumsub: X-App-Token / X-App-Access-Sig (HMAC-SHA256 hex) /
      X-App-Access-Ts; token + secret key shown once. Public config files
      show token = sbx:|prd: + 24 alnum + "." + 32 alnum, secret key 32 alnum.
    * Persona: Bearer auth; key prefixes persona_sandbox_ / persona_production_
      (docs + integration code); webhook secrets wbhsec_..., Persona-Signature
      "t=<unix>,v1=<hex hmac-sha256>".
    * Veriff: API key sent as X-AUTH-CLIENT, shared secret key used for
      X-HMAC-SIGNATURE (and VRF-HMAC-SIGNATURE); both from the Customer Portal.
    * MaxMind: release note 2023-03-16 - new keys are 40 chars of
      [a-zA-Z0-9_], six-character prefix, "_mmk" suffix; older keys 16 alnum.
    * reCAPTCHA: documented test keys (site 6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_
      MXjiZKhI, secret 6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe) - used only
      as negatives; real keys are 40 chars starting "6L".
    * hCaptcha: test sitekey 10000000-ffff-ffff-ffff-000000000001 and test
      secret 0x0000000000000000000000000000000000000000 (negatives); secret is
      0x + 40 hex, site keys are UUIDs.
    * Sift: JavaScript snippet _setAccount(beacon key); REST key via basic
      auth; partner-API doc example key "34fc67af86069804" (16 hex).
    * Alloy: basic auth -u token:secret on sandbox.alloy.co / api.alloy.co.
    * Jumio: "API token and API secret" from the Customer Portal.
    * Fingerprint: Server API header Auth-API-Key, secret vs public keys.
    * Socure: ID+ key and SDK key (Ping connector docs show UUID-shaped
      example keys), header Authorization.
    * IPQualityScore: private key passed as a URL path parameter.
    * Trulioo: x-trulioo-api-key header; legacy username/password basic auth.
    * None of these formats carries a checksum, so no checksum is computed.

DOUBTS
    * Veriff API key / shared secret and SEON license keys are generated as
      lowercase UUIDs; the docs seen do not state the format.
    * Persona key body after the prefix and wbhsec_ body are generated as
      UUIDs; unconfirmed.
    * Sumsub webhook secret: length/alphabet unconfirmed (32 alnum used).
    * Sift beacon key length (10 hex used) unconfirmed.
    * Jumio secret (32 alnum), Alloy token/secret (32 alnum), Trulioo key
      (32 hex), ComplyAdvantage key (32 alnum), Incode x-api-key (32 alnum),
      IPQS key (32 alnum), Fingerprint keys (20 alnum): lengths unconfirmed.
    * Au10tix: assumed to authenticate with a client-held RSA private key
      (PKCS#8 PEM) that signs a JWT; key body is random bytes behind a real
      PKCS#8 RSA-2048 DER prefix, not a valid RSA key.
    * Stripe keys are generated from the well-known public shapes
      (sk_live_/rk_live_ + 24 or 99 chars, whsec_ + 32); not re-checked here.
    * Plaid secret 30 hex / client_id 24 hex from general knowledge.
"""

import base64
import json
import os
import random
import string
import sys

R = random.Random(0)  # replaced in main()

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
LOWNUM = string.ascii_lowercase + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


# ---------------------------------------------------------------- helpers
def rs(n, alpha=ALNUM):
    return "".join(R.choice(alpha) for _ in range(n))


def hx(n):
    return rs(n, HEX)


def uid():
    return "%s-%s-4%s-%s%s-%s" % (hx(8), hx(4), hx(3), R.choice("89ab"), hx(3), hx(12))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def pick(seq):
    return R.choice(seq)


def fill(text, **kw):
    for k, v in kw.items():
        text = text.replace("@@" + k + "@@", str(v))
    return text


def ts(day=None):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        R.randint(1, 12), day or R.randint(1, 28), R.randint(0, 23),
        R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def logts():
    return "2024-%02d-%02d %02d:%02d:%02d,%03d" % (
        R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59),
        R.randint(0, 59), R.randint(0, 999))


def unix():
    return str(R.randint(1690000000, 1735000000))


def ip():
    return pick(["203.0.113.%d", "198.51.100.%d", "192.0.2.%d", "10.20.%d.14"]) % R.randint(2, 250)


def pem_lines(der, width=64):
    b = base64.b64encode(der).decode()
    return [b[i:i + width] for i in range(0, len(b), width)]


def rsa_private_pem():
    # PKCS#8 RSA-2048 DER prefix followed by random bytes (not a valid key).
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"
                         "308204a302010002820101")
    mod = bytes([0x00, 0xb0 | R.getrandbits(4)]) + rbytes(255)
    rest = bytes.fromhex("0203010001") + bytes.fromhex("02820100") + rbytes(1217 - len(head) - len(mod) - 9)
    der = head + mod + rest
    return "\n".join(["-----BEGIN PRIVATE KEY-----"] + pem_lines(der) + ["-----END PRIVATE KEY-----"])


def rsa_public_pem():
    head = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100")
    der = head + bytes([0xc0 | R.getrandbits(4)]) + rbytes(255) + bytes.fromhex("0203010001")
    return "\n".join(["-----BEGIN PUBLIC KEY-----"] + pem_lines(der) + ["-----END PUBLIC KEY-----"])


def cert_pem():
    der = bytes.fromhex("308203") + rbytes(R.randint(700, 900))
    return "\n".join(["-----BEGIN CERTIFICATE-----"] + pem_lines(der) + ["-----END CERTIFICATE-----"])


APPS = ["kyc-gateway", "onboarding-api", "risk-engine", "identity-service", "trust-safety",
        "compliance-hub", "fraud-shield", "verify-svc", "account-opening", "payouts-risk"]
PKGS = ["kyc", "identity", "onboarding", "risk", "compliance", "fraud", "verification"]
ORGS = ["acme", "northwind", "lumen", "brightpay", "kestrel", "tidewater", "orbitfi", "harbor"]
REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-southeast-2", "ca-central-1"]
LEVELS = ["basic-kyc-level", "id-and-liveness", "kyc-tier-2", "poa-level", "enhanced-dd"]
COUNTRIES = ["GBR", "DEU", "FRA", "USA", "CAN", "ESP", "NLD", "IRL", "AUS", "BRA"]
FIRST = ["Alice", "Jonas", "Mira", "Tomas", "Priya", "Lena", "Omar", "Sofia", "Kenji", "Ada"]
LAST = ["Novak", "Schmidt", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Silva", "Walsh", "Rossi"]


def ctx():
    app = pick(APPS)
    return dict(
        APP=app, PKG=pick(PKGS), ORG=pick(ORGS), REGION=pick(REGIONS), PORT=str(pick([3000, 4000, 5000, 8000, 8080, 9090])),
        UUID1=uid(), UUID2=uid(), UUID3=uid(), TS=ts(), LOGTS=logts(), IP=ip(),
        LEVEL=pick(LEVELS), COUNTRY=pick(COUNTRIES), FN=pick(FIRST), LN=pick(LAST),
        VER="%d.%d.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 30)),
        TIMEOUT=str(pick([5, 10, 15, 20, 30])), RETRIES=str(R.randint(2, 5)),
        DBHOST=pick(["db.internal", "kyc-db.prod.svc.cluster.local", "postgres", "10.0.12.7", "rds-kyc.internal"]),
        ACCT=str(R.randint(100000, 999999)), HEX12=hx(12), SHA=hx(40),
        NAMESPACE=pick(["kyc", "identity", "risk", "onboarding", "compliance"]),
    )


# ----------------------------------------------------- secret generators
def g_onfido():
    env = pick(["live", "live", "sandbox"])
    reg = pick(["", "", "", "_us", "_ca"])
    return "api_%s%s.%s.%s" % (env, reg, rs(11, URLSAFE), rs(32, URLSAFE))


def g_sumsub_token():
    return "%s:%s.%s" % (pick(["prd", "prd", "sbx"]), rs(24), rs(32))


def g_persona():
    return "persona_%s_%s" % (pick(["production", "production", "sandbox"]), uid())


def g_stripe_sk():
    pre = pick(["sk_live_", "sk_live_", "rk_live_"])
    if R.random() < 0.7:
        return pre + "51" + rs(12) + rs(85)
    return pre + rs(24)


def g_maxmind():
    if R.random() < 0.75:
        mid = rs(29, ALNUM + "_")
        mid = R.choice(ALNUM) + mid[1:-1] + R.choice(ALNUM)
        return rs(6) + "_" + mid + "_mmk"
    return rs(16)


def g_recaptcha_pair():
    head = "6L" + pick("cdef") + rs(5) + "AAAAA"
    return head + rs(27, URLSAFE), head + rs(27, URLSAFE)  # (site, secret)


def g_recaptcha_secret():
    return g_recaptcha_pair()[1]


def g_recaptcha_site():
    return g_recaptcha_pair()[0]


def g_dbpass():
    return rs(R.randint(18, 28), ALNUM + "!#%^*-_")


def g_slack():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(R.randint(8, 10), UPNUM), rs(R.randint(8, 10), UPNUM), rs(24))


GEN_PH = ["YOUR_API_KEY_HERE", "<your-key>", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "TODO",
          "replace-me", "dummy", "<insert-secret>", "REPLACE_WITH_REAL_VALUE", "your_secret_here"]

# provider, kind, env var, generator, placeholders, documented examples, public alternative, mask prefix
ST = {
    "onfido_token": dict(provider="Onfido", kind="api_token", env="ONFIDO_API_TOKEN", gen=g_onfido,
                         ph=["<YOUR_API_TOKEN>", "api_sandbox.xxx", "api_live_...", "api_sandbox.your_onfido_token",
                             "api_sandbox.xxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
                         doc=["<YOUR_API_TOKEN>"], pub=None, mp="api_live."),
    "onfido_webhook": dict(provider="Onfido", kind="webhook_secret", env="ONFIDO_WEBHOOK_TOKEN", gen=lambda: rs(32),
                           ph=["your_webhook_token", "<webhook-token>"], doc=[], pub=None, mp=""),
    "veriff_key": dict(provider="Veriff", kind="api_key", env="VERIFF_API_KEY", gen=uid,
                       ph=["<API-KEY>", "your-api-key", "00000000-0000-0000-0000-000000000000"], doc=[], pub=None, mp=""),
    "veriff_secret": dict(provider="Veriff", kind="hmac_secret", env="VERIFF_SHARED_SECRET_KEY", gen=uid,
                          ph=["<SHARED-SECRET-KEY>", "your-shared-secret-key"], doc=[], pub=None, mp=""),
    "sumsub_token": dict(provider="Sumsub", kind="api_token", env="SUMSUB_APP_TOKEN", gen=g_sumsub_token,
                         ph=["sbx:...", "prd:xxxxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_app_token"],
                         doc=[], pub=None, mp="prd:"),
    "sumsub_secret": dict(provider="Sumsub", kind="secret_key", env="SUMSUB_SECRET_KEY", gen=lambda: rs(32),
                          ph=["your_secret_key", "<secret key>"], doc=[], pub=None, mp=""),
    "sumsub_webhook": dict(provider="Sumsub", kind="webhook_secret", env="SUMSUB_WEBHOOK_SECRET", gen=lambda: rs(32),
                           ph=["your_webhook_secret", "<webhook secret key>"], doc=[], pub=None, mp=""),
    "persona_key": dict(provider="Persona", kind="api_key", env="PERSONA_API_KEY", gen=g_persona,
                        ph=["persona_sandbox_xxxxxxxxxxxxxxxxxxxxxxxx", "persona_sandbox_...", "persona_production_<key>"],
                        doc=[], pub=None, mp="persona_production_"),
    "persona_webhook": dict(provider="Persona", kind="webhook_secret", env="PERSONA_WEBHOOK_SECRET",
                            gen=lambda: "wbhsec_" + uid(), ph=["wbhsec_...", "wbhsec_xxx", "wbhsec_<secret>"],
                            doc=[], pub=None, mp="wbhsec_"),
    "jumio_secret": dict(provider="Jumio", kind="secret_key", env="JUMIO_API_SECRET", gen=lambda: rs(32),
                         ph=["YOURAPISECRET", "your_api_secret"], doc=["YOURAPISECRET"], pub=None, mp=""),
    "sift_key": dict(provider="Sift", kind="api_key", env="SIFT_API_KEY", gen=lambda: hx(16),
                     ph=["YOUR_API_KEY", "your API Key"], doc=["34fc67af86069804"], pub=lambda: hx(10), mp=""),
    "seon_key": dict(provider="SEON", kind="license_key", env="SEON_LICENSE_KEY", gen=uid,
                     ph=["your-license-key", "<LICENSE_KEY>"], doc=[], pub=None, mp=""),
    "socure_key": dict(provider="Socure", kind="api_key", env="SOCURE_ID_PLUS_KEY", gen=uid,
                       ph=["YOUR_API_KEY", "<id-plus-key>"], doc=["a1b234cd-75e1-9e01-f234-56abcdef6789"],
                       pub=uid, mp=""),
    "alloy_secret": dict(provider="Alloy", kind="secret_key", env="ALLOY_WORKFLOW_SECRET", gen=lambda: rs(32),
                         ph=["secret", "<workflow_secret>"], doc=["secret"], pub=None, mp=""),
    "trulioo_key": dict(provider="Trulioo", kind="api_key", env="TRULIOO_API_KEY", gen=lambda: hx(32),
                        ph=["YOUR-X-TRULIOO-API-KEY"], doc=["YOUR-X-TRULIOO-API-KEY"], pub=None, mp=""),
    "ca_key": dict(provider="ComplyAdvantage", kind="api_key", env="COMPLYADVANTAGE_API_KEY", gen=lambda: rs(32),
                   ph=["YOUR_API_KEY", "<api-key>"], doc=[], pub=None, mp=""),
    "stripe_sk": dict(pubslot=True, provider="Stripe Identity", kind="secret_key", env="STRIPE_SECRET_KEY", gen=g_stripe_sk,
                      ph=["sk_live_...", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "<stripe secret key>"], doc=[],
                      pub=lambda: "pk_live_51" + rs(12) + rs(85), mp="sk_live_"),
    "stripe_whsec": dict(provider="Stripe Identity", kind="webhook_secret", env="STRIPE_IDENTITY_WEBHOOK_SECRET",
                         gen=lambda: "whsec_" + rs(32), ph=["whsec_...", "whsec_xxx", "whsec_<your-signing-secret>"],
                         doc=[], pub=None, mp="whsec_"),
    "plaid_secret": dict(provider="Plaid", kind="secret_key", env="PLAID_SECRET", gen=lambda: hx(30),
                         ph=["PLAID_SECRET", "<plaid-secret>", "your_sandbox_secret"], doc=[], pub=None, mp=""),
    "incode_key": dict(provider="Incode", kind="api_key", env="INCODE_API_KEY", gen=lambda: rs(32),
                       ph=["<your-api-key>", "YOUR_INCODE_API_KEY"], doc=[], pub=None, mp=""),
    "au10tix_pem": dict(pubslot=True, provider="Au10tix", kind="private_key", env="AU10TIX_PRIVATE_KEY", gen=rsa_private_pem,
                        ph=["-----BEGIN PRIVATE KEY-----\n<paste the client private key here>\n-----END PRIVATE KEY-----"],
                        doc=[], pub=rsa_public_pem, mp=""),
    "maxmind_key": dict(provider="MaxMind", kind="license_key", env="MAXMIND_LICENSE_KEY", gen=g_maxmind,
                        ph=["YOUR_LICENSE_KEY_HERE", "your_license_key_here"],
                        doc=["YOUR_LICENSE_KEY_HERE", "000000000000"], pub=None, mp=""),
    "ipqs_key": dict(provider="IPQualityScore", kind="api_key", env="IPQS_API_KEY", gen=lambda: rs(32),
                     ph=["yourPrivateKey", "YOUR_PRIVATE_KEY", "<private-key>"], doc=["yourPrivateKey"], pub=None, mp=""),
    "fp_secret": dict(provider="Fingerprint", kind="secret_key", env="FINGERPRINT_SECRET_API_KEY", gen=lambda: rs(20),
                      ph=["SECRET_API_KEY", "your-secret-api-key"], doc=["SECRET_API_KEY"], pub=lambda: rs(20), mp=""),
    "hcaptcha_secret": dict(pubslot=True, provider="hCaptcha", kind="secret_key", env="HCAPTCHA_SECRET", gen=lambda: "0x" + hx(40),
                            ph=["YOUR-SECRET-KEY", "<hcaptcha-secret>"],
                            doc=["0x0000000000000000000000000000000000000000"],
                            pub=lambda: pick([uid(), "10000000-ffff-ffff-ffff-000000000001"]), mp="0x"),
    "recaptcha_secret": dict(provider="reCAPTCHA", kind="secret_key", env="RECAPTCHA_SECRET_KEY", gen=g_recaptcha_secret,
                             ph=["YOUR_SECRET_KEY", "<recaptcha-secret-key>"],
                             doc=["6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"],
                             pub=lambda: pick([g_recaptcha_site(), "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"]), mp="6L"),
    "db_password": dict(provider="PostgreSQL (KYC store)", kind="password", env="KYC_DB_PASSWORD", gen=g_dbpass,
                        ph=["password", "changeme", "<db-password>"], doc=[], pub=None, mp=""),
    "slack_webhook": dict(provider="Slack (fraud alerts)", kind="webhook_url", env="FRAUD_ALERTS_SLACK_WEBHOOK", gen=g_slack,
                          ph=["https://hooks.slack.com/services/XXX/YYY/ZZZ", "https://hooks.slack.com/services/T000/B000/XXXX"],
                          doc=[], pub=None, mp=""),
}

REF_POOL = ["${%(E)s}", "${%(E)s}", "vault:secret/data/%(ns)s/%(e)s", "op://Platform/%(e)s/credential",
            "arn:aws:secretsmanager:eu-west-1:%(acct)s:secret:%(ns)s/%(e)s", "{{ %(e)s }}", "$%(E)s"]


def env_expr(lang, name):
    if lang == "py":
        return pick(['os.environ["%s"]' % name, 'os.getenv("%s")' % name, 'os.environ.get("%s", "")' % name])
    if lang in ("js", "ts"):
        return pick(["process.env.%s" % name, "process.env.%s ?? ''" % name if lang == "ts" else "process.env.%s || ''" % name])
    if lang == "rb":
        return pick(["ENV.fetch('%s')" % name, "ENV['%s']" % name])
    if lang == "go":
        return 'os.Getenv("%s")' % name
    if lang in ("java", "kt"):
        return 'System.getenv("%s")' % name
    if lang == "php":
        return "env('%s')" % name
    if lang == "cs":
        return 'Environment.GetEnvironmentVariable("%s")' % name
    if lang == "sh":
        return '"${%s}"' % name
    if lang == "tf":
        return "var.%s" % name.lower()
    return "${%s}" % name


class Slot:
    """What fills the secret position of a template."""

    def __init__(self, stkey, value, mode="lit"):
        self.st = ST[stkey]
        self.value = value
        self.mode = mode  # 'lit' or 'env'
        self.env = self.st["env"]
        self.neg = False
        e = self.env
        self._ref = pick(REF_POOL) % dict(E=e, e=e.lower(), ns=pick(PKGS), acct=str(R.randint(10 ** 11, 10 ** 12 - 1)))

    def v(self, style=None):
        """Value inside a string / config context."""
        if self.mode != "env":
            return self.value
        e = self.env
        if style == "gha":
            return "${{ secrets.%s }}" % e
        if style == "helm":
            return "{{ .Values.secrets.%s }}" % e.lower()
        if style == "sh":
            return "$" + e
        if style == "spring":
            return "${%s}" % e
        if style == "tf":
            return "${var.%s}" % e.lower()
        if style == "erb":
            return "<%%= ENV['%s'] %%>" % e
        if style == "postman":
            return "{{%s}}" % e.lower()
        return self._ref

    def x(self, lang, q='"'):
        """Bare expression in code."""
        if self.mode == "env":
            return env_expr(lang, self.env)
        v = self.value
        if lang in ("py", "js", "ts", "rb", "php") and q == "'":
            return "'" + v + "'"
        return '"' + v + '"'


def neg_slot(stkey, cat):
    """Build a non-secret Slot for category cat; returns (slot, kindlabel)."""
    st = ST[stkey]
    if cat == "public" and not st.get("pubslot"):
        cat = "doc" if st["doc"] else "placeholder"
    if cat == "doc" and not st["doc"]:
        cat = "placeholder"
    if cat == "placeholder":
        return Slot(stkey, pick(st["ph"] + GEN_PH[:4]) if R.random() < 0.7 else pick(GEN_PH)), "placeholder"
    if cat == "empty":
        return Slot(stkey, ""), "empty"
    if cat == "masked":
        if stkey == "au10tix_pem":
            return Slot(stkey, "-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----"), "masked"
        m = pick(["********", "[REDACTED]", "<redacted>", "****REDACTED****", "[FILTERED]",
                  st["mp"] + "*" * R.randint(12, 24), "*" * R.randint(16, 32)])
        return Slot(stkey, m), "masked"
    if cat == "ref":
        return Slot(stkey, "", mode="env"), "env_reference"
    if cat == "doc":
        return Slot(stkey, pick(st["doc"])), "doc_example"
    if cat == "public":
        return Slot(stkey, st["pub"]()), "public_value"
    raise ValueError(cat)


# ====================================================== positive templates
POS = []


def P(st, conv):
    def deco(fn):
        POS.append(dict(name=fn.__name__, st=st, conv=conv, fn=fn))
        return fn
    return deco


@P("onfido_token", True)
def p_django_settings(S, c):
    t = '''"""Production settings for @@APP@@."""
from .base import *  # noqa: F401,F403

import os

DEBUG = False
ALLOWED_HOSTS = ["@@APP@@.@@ORG@@.com", "api.@@ORG@@.com"]

DATABASES["default"]["CONN_MAX_AGE"] = 60  # noqa: F405

# --- Identity verification -------------------------------------------------
ONFIDO_REGION = "EU"
ONFIDO_API_TOKEN = @@S@@
ONFIDO_WORKFLOW_ID = "@@UUID1@@"
ONFIDO_WEBHOOK_TOKEN = os.environ.get("ONFIDO_WEBHOOK_TOKEN", "")
KYC_REQUIRED_FOR_WITHDRAWALS = True

LOGGING["loggers"]["onfido"] = {"level": "INFO"}  # noqa: F405
'''
    return "config/settings/production.py", fill(t, S=S.x("py"), **c)


@P("persona_key", True)
def p_flask_config(S, c):
    t = '''import os


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    PERSONA_API_VERSION = "2023-01-05"
    PERSONA_TEMPLATE_ID = "itmpl_@@B58A@@"


class ProductionConfig(Config):
    PERSONA_API_KEY = @@S@@
    PERSONA_BASE_URL = "https://withpersona.com/api/v1"
    REQUEST_TIMEOUT = @@TIMEOUT@@


class DevelopmentConfig(Config):
    DEBUG = True
    PERSONA_API_KEY = os.environ.get("PERSONA_SANDBOX_KEY", "")
'''
    return "app/config.py", fill(t, S=S.x("py"), B58A=rs(24, B58), **c)


@P("onfido_token", False)
def p_py_onfido_ctor(S, c):
    t = '''import logging

import onfido
from onfido.regions import Region

log = logging.getLogger(__name__)

_api = onfido.Api(@@S@@, base_url=Region.EU, timeout=@@TIMEOUT@@)


def create_applicant(user):
    applicant = _api.applicant.create({
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
    })
    log.info("created onfido applicant %s for user %s", applicant["id"], user.pk)
    return applicant["id"]


def start_check(applicant_id, report_names=("document", "facial_similarity_photo")):
    return _api.check.create({"applicant_id": applicant_id, "report_names": list(report_names)})
'''
    return "@@PKG@@/onfido_client.py".replace("@@PKG@@", c["PKG"]), fill(t, S=S.x("py"), **c)


@P("sumsub_token", False)
def p_py_sumsub_headers(S, c):
    t = '''import hashlib
import hmac
import os
import time

import requests

BASE_URL = "https://api.sumsub.com"
SECRET_KEY = os.environ["SUMSUB_SECRET_KEY"].encode()


def _sign(ts, method, path, body=b""):
    msg = str(ts).encode() + method.upper().encode() + path.encode() + body
    return hmac.new(SECRET_KEY, msg, hashlib.sha256).hexdigest()


def create_applicant(external_user_id, level_name="@@LEVEL@@"):
    path = f"/resources/applicants?levelName={level_name}"
    body = ('{"externalUserId": "%s"}' % external_user_id).encode()
    ts = int(time.time())
    headers = {
        "Content-Type": "application/json",
        "X-App-Token": @@S@@,
        "X-App-Access-Ts": str(ts),
        "X-App-Access-Sig": _sign(ts, "POST", path, body),
    }
    resp = requests.post(BASE_URL + path, data=body, headers=headers, timeout=@@TIMEOUT@@)
    resp.raise_for_status()
    return resp.json()["id"]
'''
    return "services/sumsub.py", fill(t, S=S.x("py"), **c)


@P("sumsub_secret", False)
def p_py_sumsub_signer(S, c):
    t = '''"""Request signing for the Sumsub API (X-App-Access-Sig)."""
import hashlib
import hmac
import os
import time

APP_TOKEN = os.environ.get("SUMSUB_APP_TOKEN", "")
_SIGNING_MATERIAL = @@S@@


def signed_headers(method: str, path: str, body: bytes = b"") -> dict:
    ts = str(int(time.time()))
    payload = ts.encode() + method.upper().encode() + path.encode() + body
    sig = hmac.new(_SIGNING_MATERIAL.encode(), payload, hashlib.sha256).hexdigest()
    return {
        "X-App-Token": APP_TOKEN,
        "X-App-Access-Ts": ts,
        "X-App-Access-Sig": sig,
        "Accept": "application/json",
    }
'''
    return "@@PKG@@/sumsub/signing.py".replace("@@PKG@@", c["PKG"]), fill(t, S=S.x("py"), **c)


@P("veriff_secret", True)
def p_py_veriff_webhook(S, c):
    t = '''import hashlib
import hmac
import json

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import VerificationSession

VERIFF_SHARED_SECRET_KEY = @@S@@


def _valid(body: bytes, signature: str) -> bool:
    digest = hmac.new(VERIFF_SHARED_SECRET_KEY.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(digest, signature.lower())


@csrf_exempt
@require_POST
def veriff_decision(request):
    if not _valid(request.body, request.headers.get("X-HMAC-SIGNATURE", "")):
        return HttpResponseForbidden()
    payload = json.loads(request.body)
    verification = payload.get("verification", {})
    VerificationSession.objects.filter(session_id=verification.get("id")).update(
        status=verification.get("status"), code=verification.get("code"))
    return HttpResponse(status=200)
'''
    return "webhooks/views/veriff.py", fill(t, S=S.x("py"), **c)


@P("persona_webhook", False)
def p_py_persona_webhook(S, c):
    t = '''import hashlib
import hmac

from fastapi import APIRouter, Header, HTTPException, Request

router = APIRouter()


def verify(raw: bytes, header: str, key: str) -> bool:
    for pair in header.split(" "):
        parts = dict(p.split("=", 1) for p in pair.split(","))
        expected = hmac.new(key.encode(), f"{parts['t']}.".encode() + raw, hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, parts.get("v1", "")):
            return True
    return False


@router.post("/webhooks/persona")
async def persona_webhook(request: Request, persona_signature: str = Header(...)):
    raw = await request.body()
    if not verify(raw, persona_signature, @@S@@):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    name = event["data"]["attributes"]["name"]
    return {"received": name}
'''
    return "api/routes/persona_webhook.py", fill(t, S=S.x("py"), **c)


@P("hcaptcha_secret", False)
def p_py_hcaptcha(S, c):
    t = '''import requests
from django.conf import settings

VERIFY_URL = "https://api.hcaptcha.com/siteverify"


def is_human(token: str, remote_ip: str | None = None) -> bool:
    data = {
        "secret": @@S@@,
        "response": token,
        "sitekey": settings.HCAPTCHA_SITEKEY,
    }
    if remote_ip:
        data["remoteip"] = remote_ip
    r = requests.post(VERIFY_URL, data=data, timeout=@@TIMEOUT@@)
    return bool(r.json().get("success"))
'''
    return "accounts/captcha.py", fill(t, S=S.x("py"), **c)


@P("recaptcha_secret", True)
def p_py_recaptcha_settings(S, c):
    site = g_recaptcha_site()
    t = '''# django-recaptcha
INSTALLED_APPS += ["django_recaptcha"]  # noqa: F405

RECAPTCHA_PUBLIC_KEY = "@@SITE@@"
RECAPTCHA_PRIVATE_KEY = @@S@@
RECAPTCHA_REQUIRED_SCORE = 0.7
SILENCED_SYSTEM_CHECKS = ["django_recaptcha.recaptcha_test_key_error"]
'''
    return "config/settings/captcha.py", fill(t, S=S.x("py"), SITE=site, **c)


@P("maxmind_key", False)
def p_py_geoip2(S, c):
    t = '''from functools import lru_cache

import geoip2.webservice
from geoip2.errors import AddressNotFoundError


@lru_cache(maxsize=1)
def _client():
    return geoip2.webservice.Client(@@ACCT@@, @@S@@, host="geolite.info")


def country_for(ip_address: str) -> str | None:
    try:
        return _client().country(ip_address).country.iso_code
    except AddressNotFoundError:
        return None


def is_high_risk_geo(ip_address: str, blocked=("KP", "IR", "SY")) -> bool:
    return country_for(ip_address) in blocked
'''
    return "fraud/geo.py", fill(t, S=S.x("py"), **c)


@P("ipqs_key", False)
def p_py_ipqs_url(S, c):
    key = S.v() if S.mode != "env" else "{IPQS_KEY}"
    t = '''import os

import requests

IPQS_KEY = os.environ["IPQS_API_KEY"]

STRICTNESS = 1


def ip_reputation(ip: str, user_agent: str = "") -> dict:
    url = f"https://www.ipqualityscore.com/api/json/ip/@@K@@/{ip}"
    params = {"strictness": STRICTNESS, "user_agent": user_agent, "allow_public_access_points": "true"}
    resp = requests.get(url, params=params, timeout=@@TIMEOUT@@)
    resp.raise_for_status()
    data = resp.json()
    return {"fraud_score": data.get("fraud_score"), "vpn": data.get("vpn"), "proxy": data.get("proxy")}
'''
    if S.mode != "env":
        t = t.replace('import os\n\nimport requests\n\nIPQS_KEY = os.environ["IPQS_API_KEY"]\n', "import requests\n")
    return "fraud/ipqs.py", fill(t, K=key, **c)


@P("sift_key", True)
def p_py_sift_client(S, c):
    t = '''import sift

from .models import Order

client = sift.Client(api_key=@@S@@, account_id="@@HEX24@@")


def track_create_order(order: Order, session_id: str):
    properties = {
        "$user_id": str(order.user_id),
        "$session_id": session_id,
        "$order_id": str(order.pk),
        "$amount": int(order.total * 1_000_000),
        "$currency_code": order.currency,
    }
    response = client.track("$create_order", properties, return_workflow_status=True)
    return response.is_ok()
'''
    return "fraud/sift_events.py", fill(t, S=S.x("py"), HEX24=hx(24), **c)


@P("plaid_secret", False)
def p_py_plaid_config(S, c):
    t = '''import plaid
from plaid.api import plaid_api

configuration = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={
        "clientId": "@@CID@@",
        "secret": @@S@@,
        "plaidVersion": "2020-09-14",
    },
)
api_client = plaid.ApiClient(configuration)
client = plaid_api.PlaidApi(api_client)

IDV_TEMPLATE_ID = "idvtmp_@@T@@"
'''
    return "@@PKG@@/plaid_client.py".replace("@@PKG@@", c["PKG"]), fill(t, S=S.x("py"), CID=hx(24), T=rs(14, B58), **c)


@P("stripe_sk", True)
def p_py_stripe_identity(S, c):
    t = '''import stripe

stripe.api_key = @@S@@
stripe.api_version = "2024-06-20"


def create_verification_session(user):
    session = stripe.identity.VerificationSession.create(
        type="document",
        metadata={"user_id": str(user.id)},
        options={"document": {"require_matching_selfie": True, "allowed_types": ["passport", "id_card"]}},
        return_url="https://app.@@ORG@@.com/verify/return",
    )
    return session.url
'''
    return "billing/identity.py", fill(t, S=S.x("py"), **c)


@P("stripe_whsec", True)
def p_py_stripe_whsec(S, c):
    t = '''import stripe
from flask import Blueprint, abort, request

bp = Blueprint("stripe_identity", __name__)

endpoint_secret = @@S@@


@bp.route("/webhooks/stripe/identity", methods=["POST"])
def identity_webhook():
    sig_header = request.headers.get("Stripe-Signature")
    try:
        event = stripe.Webhook.construct_event(request.data, sig_header, endpoint_secret)
    except (ValueError, stripe.error.SignatureVerificationError):
        abort(400)
    if event["type"] == "identity.verification_session.verified":
        mark_verified(event["data"]["object"]["id"])
    return "", 204


def mark_verified(session_id):
    pass
'''
    return "app/webhooks/stripe_identity.py", fill(t, S=S.x("py"), **c)


@P("onfido_token", False)
def p_js_onfido_ctor(S, c):
    t = '''const express = require('express');
const { DefaultApi, Configuration, Region } = require('@onfido/api');

const router = express.Router();

const onfido = new DefaultApi(
  new Configuration({
    apiToken: @@S@@,
    region: Region.EU,
    baseOptions: { timeout: @@TIMEOUT@@000 },
  })
);

router.post('/applicants', async (req, res, next) => {
  try {
    const { data } = await onfido.createApplicant({
      first_name: req.body.firstName,
      last_name: req.body.lastName,
    });
    res.json({ applicantId: data.id });
  } catch (err) {
    next(err);
  }
});

module.exports = router;
'''
    return "src/routes/kyc.js", fill(t, S=S.x("js", "'"), **c)


@P("persona_key", True)
def p_ts_persona_const(S, c):
    t = '''import axios from 'axios';

const PERSONA_API_KEY = @@S@@;
const PERSONA_VERSION = '2023-01-05';

export const persona = axios.create({
  baseURL: 'https://withpersona.com/api/v1',
  timeout: @@TIMEOUT@@_000,
  headers: {
    Authorization: `Bearer ${PERSONA_API_KEY}`,
    'Persona-Version': PERSONA_VERSION,
    'Key-Inflection': 'camel',
  },
});

export async function getInquiry(inquiryId: string) {
  const { data } = await persona.get(`/inquiries/${inquiryId}`);
  return data.data.attributes.status as string;
}
'''
    return "src/lib/persona.ts", fill(t, S=S.x("ts", "'"), **c)


@P("veriff_key", False)
def p_ts_veriff_header(S, c):
    t = '''import fetch from 'node-fetch';

const BASE = 'https://stationapi.veriff.com/v1';

export async function createSession(userId: string, firstName: string, lastName: string) {
  const res = await fetch(`${BASE}/sessions`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-AUTH-CLIENT': @@S@@,
    },
    body: JSON.stringify({
      verification: {
        callback: 'https://@@ORG@@.com/veriff/callback',
        person: { firstName, lastName },
        vendorData: userId,
      },
    }),
  });
  if (!res.ok) throw new Error(`veriff ${res.status}`);
  const json: any = await res.json();
  return json.verification.url as string;
}
'''
    return "src/services/veriff.ts", fill(t, S=S.x("ts", "'"), **c)


@P("sumsub_secret", True)
def p_js_sumsub_const(S, c):
    t = '''const crypto = require('crypto');
const axios = require('axios');

const SUMSUB_APP_TOKEN = process.env.SUMSUB_APP_TOKEN;
const SUMSUB_SECRET_KEY = @@S@@;
const SUMSUB_BASE_URL = 'https://api.sumsub.com';

function createSignature(config) {
  const ts = Math.floor(Date.now() / 1000);
  const signature = crypto.createHmac('sha256', SUMSUB_SECRET_KEY);
  signature.update(ts + config.method.toUpperCase() + config.url);
  if (config.data) signature.update(config.data);
  config.headers['X-App-Access-Ts'] = ts;
  config.headers['X-App-Access-Sig'] = signature.digest('hex');
  return config;
}

axios.interceptors.request.use(createSignature, (error) => Promise.reject(error));

async function accessToken(userId, levelName = '@@LEVEL@@') {
  const url = `/resources/accessTokens?userId=${encodeURIComponent(userId)}&levelName=${levelName}`;
  const { data } = await axios.post(SUMSUB_BASE_URL + url, null, {
    headers: { 'X-App-Token': SUMSUB_APP_TOKEN, Accept: 'application/json' },
  });
  return data.token;
}

module.exports = { accessToken };
'''
    return "server/sumsub.js", fill(t, S=S.x("js", "'"), **c)


@P("fp_secret", False)
def p_ts_fingerprint(S, c):
    t = '''import { FingerprintJsServerApiClient, Region } from '@fingerprintjs/fingerprintjs-pro-server-api';

const client = new FingerprintJsServerApiClient({
  apiKey: @@S@@,
  region: Region.EU,
});

export async function assessLogin(requestId: string) {
  const event = await client.getEvent(requestId);
  const bot = event.products?.botd?.data?.bot?.result;
  const incognito = event.products?.incognito?.data?.result;
  return { visitorId: event.products?.identification?.data?.visitorId, bot, incognito };
}
'''
    return "src/fraud/fingerprint.ts", fill(t, S=S.x("ts", "'"), **c)


@P("hcaptcha_secret", True)
def p_js_hcaptcha_next(S, c):
    t = '''// pages/api/verify-captcha.js
const HCAPTCHA_SECRET = @@S@@;

export default async function handler(req, res) {
  if (req.method !== 'POST') return res.status(405).end();
  const params = new URLSearchParams({ secret: HCAPTCHA_SECRET, response: req.body.token });
  const r = await fetch('https://api.hcaptcha.com/siteverify', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: params,
  });
  const data = await r.json();
  return res.status(data.success ? 200 : 400).json({ ok: data.success });
}
'''
    return "pages/api/verify-captcha.js", fill(t, S=S.x("js", "'"), **c)


@P("seon_key", False)
def p_js_seon(S, c):
    t = '''const axios = require('axios');

const seon = axios.create({
  baseURL: 'https://api.seon.io/SeonRestService',
  headers: {
    'X-API-KEY': @@S@@,
    'Content-Type': 'application/json',
  },
  timeout: @@TIMEOUT@@000,
});

async function scoreTransaction(tx) {
  const { data } = await seon.post('/fraud-api/v2/', {
    config: { ip_api: true, email_api: true, phone_api: true, device_fingerprinting: true },
    ip: tx.ip,
    email: tx.email,
    phone_number: tx.phone,
    session: tx.sessionPayload,
    transaction_amount: tx.amount,
    transaction_currency: tx.currency,
  });
  return data.data.fraud_score;
}

module.exports = { scoreTransaction };
'''
    return "src/fraud/seon.js", fill(t, S=S.x("js", "'"), **c)


@P("alloy_secret", False)
def p_ts_alloy(S, c):
    t = '''import axios from 'axios';

const ALLOY_BASE = process.env.NODE_ENV === 'production' ? 'https://api.alloy.co' : 'https://sandbox.alloy.co';

export const alloy = axios.create({
  baseURL: `${ALLOY_BASE}/v1`,
  auth: {
    username: process.env.ALLOY_WORKFLOW_TOKEN ?? '',
    password: @@S@@,
  },
});

export async function evaluate(applicant: Record<string, string>) {
  const { data } = await alloy.post('/evaluations', applicant);
  return { token: data.evaluation_token, outcome: data.summary?.outcome };
}
'''
    return "src/integrations/alloy/client.ts", fill(t, S=S.x("ts", "'"), **c)


@P("onfido_token", True)
def p_rb_onfido_initializer(S, c):
    t = '''# frozen_string_literal: true

Onfido.configure do |config|
  config.api_token = @@S@@
  config.region = :eu
  config.timeout = @@TIMEOUT@@
  config.logger = Rails.logger
end

Rails.application.config.x.onfido.workflow_id = '@@UUID1@@'
'''
    return "config/initializers/onfido.rb", fill(t, S=S.x("rb", "'"), **c)


@P("persona_key", True)
def p_rb_secrets_yml(S, c):
    t = '''# Be sure to restart your server when you modify this file.
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  persona_api_key: <%= ENV["PERSONA_SANDBOX_KEY"] %>

test:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>

production:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>
  persona_api_key: @@S@@
  persona_template_id: itmpl_@@B58A@@
'''
    return "config/secrets.yml", fill(t, S=S.v("erb"), B58A=rs(24, B58), **c)


@P("jumio_secret", True)
def p_rb_jumio(S, c):
    t = '''# frozen_string_literal: true

require 'jumio'

Jumio.configure do |config|
  config.api.token = ENV.fetch('JUMIO_API_TOKEN')
  config.api.secret = @@S@@
  config.merchant.app_name = '@@APP@@'
  config.merchant.company_name = '@@ORG@@'
  config.merchant.version = '@@VER@@'
end
'''
    return "config/initializers/jumio.rb", fill(t, S=S.x("rb", "'"), **c)


@P("sift_key", True)
def p_rb_sift(S, c):
    t = '''# frozen_string_literal: true

require 'sift'

Sift.api_key = @@S@@
Sift.account_id = '@@HEX24@@'

module FraudEvents
  def self.login(user, session_id, success:)
    Sift::Client.new.track('$login', {
      '$user_id' => user.id.to_s,
      '$session_id' => session_id,
      '$login_status' => success ? '$success' : '$failure'
    })
  end
end
'''
    return "config/initializers/sift.rb", fill(t, S=S.x("rb", "'"), HEX24=hx(24), **c)


@P("onfido_token", True)
def p_spring_app_yml(S, c):
    t = '''spring:
  application:
    name: @@APP@@
  datasource:
    url: jdbc:postgresql://@@DBHOST@@:5432/kyc
    username: kyc_app
    password: ${DB_PASSWORD}

server:
  port: @@PORT@@

onfido:
  base-url: https://api.eu.onfido.com/v3.6
  api-token: @@S@@
  workflow-id: @@UUID1@@
  webhook-token: ${ONFIDO_WEBHOOK_TOKEN}

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
'''
    return "src/main/resources/application-prod.yml", fill(t, S=S.v("spring"), **c)


@P("veriff_secret", True)
def p_spring_props(S, c):
    t = '''spring.application.name=@@APP@@
server.port=@@PORT@@
logging.level.com.@@ORG@@.kyc=INFO

veriff.base-url=https://stationapi.veriff.com/v1
veriff.api-key=${VERIFF_API_KEY}
veriff.shared-secret=@@S@@
veriff.callback-url=https://@@ORG@@.com/api/veriff/decision
veriff.connect-timeout=@@TIMEOUT@@s
'''
    return "src/main/resources/application.properties", fill(t, S=S.v("spring"), **c)


@P("trulioo_key", False)
def p_java_trulioo(S, c):
    t = '''package com.@@ORG@@.kyc.config;

import com.trulioo.normalizedapi.ApiClient;
import com.trulioo.normalizedapi.api.ConnectionApi;
import com.trulioo.normalizedapi.api.VerificationsApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class TruliooConfig {

    @Bean
    public ApiClient truliooApiClient() {
        ApiClient client = new ApiClient();
        client.setBasePath("https://gateway.trulioo.com/trial");
        client.setApiKey(@@S@@);
        client.setConnectTimeout(@@TIMEOUT@@_000);
        return client;
    }

    @Bean
    public VerificationsApi verificationsApi(ApiClient client) {
        return new VerificationsApi(client);
    }

    @Bean
    public ConnectionApi connectionApi(ApiClient client) {
        return new ConnectionApi(client);
    }
}
'''
    return "src/main/java/com/@@ORG@@/kyc/config/TruliooConfig.java".replace("@@ORG@@", c["ORG"]), fill(t, S=S.x("java"), **c)


@P("ca_key", True)
def p_java_complyadvantage(S, c):
    t = '''package com.@@ORG@@.aml;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

public final class ComplyAdvantageClient {

    private static final String BASE_URL = "https://api.complyadvantage.com";
    private static final String COMPLYADVANTAGE_API_KEY = @@S@@;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(@@TIMEOUT@@))
            .build();

    public String search(String jsonBody) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE_URL + "/searches"))
                .header("Authorization", "Token " + COMPLYADVANTAGE_API_KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
'''
    return "src/main/java/com/@@ORG@@/aml/ComplyAdvantageClient.java".replace("@@ORG@@", c["ORG"]), fill(t, S=S.x("java"), **c)


@P("onfido_token", False)
def p_php_laravel_services(S, c):
    t = '''<?php

return [

    'postmark' => [
        'token' => env('POSTMARK_TOKEN'),
    ],

    'onfido' => [
        'token' => env('ONFIDO_API_TOKEN', @@S@@),
        'region' => env('ONFIDO_REGION', 'eu'),
        'workflow_id' => env('ONFIDO_WORKFLOW_ID', '@@UUID1@@'),
        'webhook_token' => env('ONFIDO_WEBHOOK_TOKEN'),
    ],

    'slack' => [
        'notifications' => [
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

];
'''
    if S.mode == "env":
        t = t.replace("env('ONFIDO_API_TOKEN', @@S@@)", "env('ONFIDO_API_TOKEN')")
    return "config/services.php", fill(t, S=S.x("php", "'"), **c)


@P("sumsub_secret", True)
def p_php_sumsub(S, c):
    t = '''<?php

return [
    'base_url' => 'https://api.sumsub.com',
    'app_token' => env('SUMSUB_APP_TOKEN'),
    'secret_key' => @@S@@,
    'level_name' => '@@LEVEL@@',
    'webhook_secret' => env('SUMSUB_WEBHOOK_SECRET'),
    'timeout' => @@TIMEOUT@@,
];
'''
    return "config/sumsub.php", fill(t, S=S.x("php", "'"), **c)


@P("recaptcha_secret", False)
def p_php_recaptcha(S, c):
    t = '''<?php

namespace App\\Http\\Controllers\\Auth;

use App\\Http\\Controllers\\Controller;
use Illuminate\\Http\\Request;
use Illuminate\\Support\\Facades\\Http;

class RegisterController extends Controller
{
    public function store(Request $request)
    {
        $secret = @@S@@;
        $check = Http::asForm()->post('https://www.google.com/recaptcha/api/siteverify', [
            'secret' => $secret,
            'response' => $request->input('g-recaptcha-response'),
            'remoteip' => $request->ip(),
        ])->json();

        if (!($check['success'] ?? false) || ($check['score'] ?? 0) < 0.5) {
            return back()->withErrors(['captcha' => 'Please try again.']);
        }

        // ... create the account
        return redirect()->route('kyc.start');
    }
}
'''
    return "app/Http/Controllers/Auth/RegisterController.php", fill(t, S=S.x("php", "'"), **c)


@P("onfido_token", False)
def p_go_onfido_header(S, c):
    t = '''package kyc

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const onfidoBase = "https://api.eu.onfido.com/v3.6"

type Client struct {
	http *http.Client
}

func New() *Client {
	return &Client{http: &http.Client{Timeout: @@TIMEOUT@@ * time.Second}}
}

func (c *Client) CreateApplicant(ctx context.Context, first, last string) (string, error) {
	body, _ := json.Marshal(map[string]string{"first_name": first, "last_name": last})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, onfidoBase+"/applicants/", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Token token=@@K@@")
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", fmt.Errorf("onfido: unexpected status %d", resp.StatusCode)
	}
	var out struct {
		ID string `json:"id"`
	}
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}
'''
    if S.mode == "env":
        t = t.replace('"Token token=@@K@@"', '"Token token="+os.Getenv("ONFIDO_API_TOKEN")')
    return "internal/kyc/onfido.go", fill(t, K=S.v("sh"), **c)


@P("maxmind_key", True)
def p_geoip_conf(S, c):
    t = '''# GeoIP.conf file for `geoipupdate` program, for versions >= 3.1.1.
# Used to update GeoIP databases from https://www.maxmind.com.
# For more information about this config file, visit the docs at
# https://dev.maxmind.com/geoip/updating-databases.

# `AccountID` is from your MaxMind account.
AccountID @@ACCT@@

# `LicenseKey` is from your MaxMind account
LicenseKey @@S@@

# `EditionIDs` is from your MaxMind account.
EditionIDs GeoIP2-Country GeoIP2-Anonymous-IP GeoLite2-ASN

# The directory to store the database files. Defaults to /usr/share/GeoIP
DatabaseDirectory /var/lib/GeoIP
'''
    return "deploy/geoip/GeoIP.conf", fill(t, S=S.v("sh"), **c)


@P("persona_key", True)
def p_go_persona_const(S, c):
    t = '''package persona

import (
	"net/http"
	"time"
)

const (
	baseURL    = "https://withpersona.com/api/v1"
	apiVersion = "2023-01-05"
	apiKey     = @@S@@
)

var httpClient = &http.Client{Timeout: @@TIMEOUT@@ * time.Second}

func newRequest(method, path string) (*http.Request, error) {
	req, err := http.NewRequest(method, baseURL+path, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	req.Header.Set("Persona-Version", apiVersion)
	req.Header.Set("Accept", "application/json")
	return req, nil
}
'''
    if S.mode == "env":
        t = t.replace("\tapiKey     = @@S@@\n", "").replace('"Bearer "+apiKey', '"Bearer "+os.Getenv("PERSONA_API_KEY")').replace('import (\n\t"net/http"', 'import (\n\t"net/http"\n\t"os"')
    return "internal/persona/client.go", fill(t, S=S.x("go"), **c)


@P("sumsub_token", True)
def p_kt_sumsub(S, c):
    t = '''package com.@@ORG@@.kyc.sumsub

import java.time.Instant
import javax.crypto.Mac
import javax.crypto.spec.SecretKeySpec
import okhttp3.OkHttpClient
import okhttp3.Request

class SumsubClient(private val http: OkHttpClient = OkHttpClient()) {

    private val appToken = @@S@@
    private val secretKey: String = System.getenv("SUMSUB_SECRET_KEY") ?: error("SUMSUB_SECRET_KEY missing")

    private fun sign(ts: Long, method: String, path: String, body: String = ""): String {
        val mac = Mac.getInstance("HmacSHA256")
        mac.init(SecretKeySpec(secretKey.toByteArray(), "HmacSHA256"))
        return mac.doFinal("$ts$method$path$body".toByteArray()).joinToString("") { "%02x".format(it) }
    }

    fun applicantStatus(applicantId: String): String {
        val path = "/resources/applicants/$applicantId/requiredIdDocsStatus"
        val ts = Instant.now().epochSecond
        val request = Request.Builder()
            .url("https://api.sumsub.com$path")
            .header("X-App-Token", appToken)
            .header("X-App-Access-Ts", ts.toString())
            .header("X-App-Access-Sig", sign(ts, "GET", path))
            .build()
        http.newCall(request).execute().use { return it.body!!.string() }
    }
}
'''
    return "src/main/kotlin/com/@@ORG@@/kyc/sumsub/SumsubClient.kt".replace("@@ORG@@", c["ORG"]), fill(t, S=S.x("kt"), **c)


@P("veriff_key", True)
def p_hocon(S, c):
    t = '''ktor {
  deployment {
    port = @@PORT@@
    port = ${?PORT}
  }
  application {
    modules = [ com.@@ORG@@.onboarding.ApplicationKt.module ]
  }
}

veriff {
  baseUrl = "https://stationapi.veriff.com/v1"
  apiKey = "@@S@@"
  sharedSecret = ${?VERIFF_SHARED_SECRET_KEY}
  callbackUrl = "https://@@ORG@@.com/veriff/callback"
}
'''
    return "src/main/resources/application.conf", fill(t, S=S.v(), **c)


@P("onfido_token", True)
def p_tf_secret(S, c):
    t = '''resource "aws_secretsmanager_secret" "onfido" {
  name        = "@@NAMESPACE@@/onfido"
  description = "Onfido API credentials for @@APP@@"
  kms_key_id  = aws_kms_key.kyc.arn
}

resource "aws_secretsmanager_secret_version" "onfido" {
  secret_id = aws_secretsmanager_secret.onfido.id
  secret_string = jsonencode({
    onfido_api_token = "@@S@@"
    onfido_region    = "EU"
  })
}
'''
    return "infra/kyc/secrets.tf", fill(t, S=S.v("tf"), **c)


@P("sumsub_secret", True)
def p_tf_variable(S, c):
    t = '''variable "environment" {
  type    = string
  default = "production"
}

variable "sumsub_app_token" {
  type      = string
  sensitive = true
}

variable "sumsub_secret_key" {
  type      = string
  sensitive = true
  default   = "@@S@@"
}

variable "sumsub_level_name" {
  type    = string
  default = "@@LEVEL@@"
}
'''
    if S.mode == "env":
        t = t.replace('  default   = "@@S@@"\n', "")
    return "infra/variables.tf", fill(t, S=S.v("tf"), **c)


@P("persona_webhook", True)
def p_helm_values(S, c):
    t = '''replicaCount: 3

image:
  repository: ghcr.io/@@ORG@@/@@APP@@
  tag: "@@VER@@"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: @@PORT@@

env:
  - name: PERSONA_TEMPLATE_ID
    value: "itmpl_@@B58A@@"
  - name: PERSONA_WEBHOOK_SECRET
    value: "@@S@@"
  - name: PERSONA_API_KEY
    valueFrom:
      secretKeyRef:
        name: persona
        key: api-key

resources:
  requests:
    cpu: 250m
    memory: 256Mi
'''
    return "deploy/values.yaml", fill(t, S=S.v("helm"), B58A=rs(24, B58), **c)


@P("stripe_sk", True)
def p_helm_values_stripe(S, c):
    t = '''global:
  environment: production

identity:
  returnUrl: https://app.@@ORG@@.com/verify/return
  allowedDocumentTypes:
    - passport
    - driving_license
    - id_card

secrets:
  stripeSecretKey: @@S@@
  stripePublishableKey: pk_live_51@@PK@@

ingress:
  enabled: true
  hosts:
    - host: identity.@@ORG@@.com
      paths: ["/"]
'''
    return "charts/identity/values-prod.yaml", fill(t, S=S.v("helm"), PK=rs(97), **c)


@P("maxmind_key", True)
def p_k8s_secret(S, c):
    t = '''apiVersion: v1
kind: Secret
metadata:
  name: geoipupdate
  namespace: @@NAMESPACE@@
  labels:
    app.kubernetes.io/name: geoipupdate
type: Opaque
stringData:
  GEOIPUPDATE_ACCOUNT_ID: "@@ACCT@@"
  GEOIPUPDATE_LICENSE_KEY: "@@S@@"
  GEOIPUPDATE_EDITION_IDS: "GeoIP2-Country GeoIP2-Anonymous-IP"
'''
    return "deploy/k8s/geoipupdate-secret.yaml", fill(t, S=S.v(), **c)


@P("ipqs_key", True)
def p_compose(S, c):
    t = '''version: "3.9"

services:
  api:
    build: .
    ports:
      - "@@PORT@@:@@PORT@@"
    environment:
      NODE_ENV: production
      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/risk
      IPQS_API_KEY: @@S@@
      IPQS_STRICTNESS: "1"
    depends_on:
      - db

  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
'''
    return "docker-compose.yml", fill(t, S=S.v(), **c)


@P("maxmind_key", True)
def p_dockerfile(S, c):
    t = '''FROM python:3.12-slim AS base

ARG GEOIPUPDATE_VERSION=6.1.0
ARG MAXMIND_ACCOUNT_ID=@@ACCT@@
ARG MAXMIND_LICENSE_KEY=@@S@@

RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSL -o /tmp/geoipupdate.deb \\
      https://github.com/maxmind/geoipupdate/releases/download/v${GEOIPUPDATE_VERSION}/geoipupdate_${GEOIPUPDATE_VERSION}_linux_amd64.deb \\
    && dpkg -i /tmp/geoipupdate.deb && rm /tmp/geoipupdate.deb

RUN printf "AccountID %s\\nLicenseKey %s\\nEditionIDs GeoLite2-Country\\n" "$MAXMIND_ACCOUNT_ID" "$MAXMIND_LICENSE_KEY" > /etc/GeoIP.conf \\
    && geoipupdate -v

WORKDIR /app
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
CMD ["gunicorn", "risk.wsgi:application", "--bind", "0.0.0.0:@@PORT@@"]
'''
    return "Dockerfile", fill(t, S=S.v("sh"), **c)


@P("maxmind_key", True)
def p_gha(S, c):
    t = '''name: deploy

on:
  push:
    branches: [main]

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      GEOIPUPDATE_ACCOUNT_ID: "@@ACCT@@"
      GEOIPUPDATE_LICENSE_KEY: @@S@@
      GEOIPUPDATE_EDITION_IDS: GeoLite2-Country GeoLite2-ASN
    steps:
      - uses: actions/checkout@v4
      - name: Download GeoIP databases
        run: |
          sudo add-apt-repository -y ppa:maxmind/ppa
          sudo apt-get install -y geoipupdate
          geoipupdate -d ./data/geoip
      - name: Build image
        run: docker build -t ghcr.io/@@ORG@@/@@APP@@:${{ github.sha }} .
'''
    return ".github/workflows/deploy.yml", fill(t, S=S.v("gha"), **c)


@P("veriff_key", True)
def p_appsettings(S, c):
    t = '''{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "Veriff": {
    "BaseUrl": "https://stationapi.veriff.com/v1",
    "ApiKey": "@@S@@",
    "CallbackUrl": "https://@@ORG@@.com/api/veriff/callback",
    "TimeoutSeconds": @@TIMEOUT@@
  },
  "ConnectionStrings": {
    "Kyc": "Host=@@DBHOST@@;Database=kyc;Username=kyc_app"
  }
}
'''
    return "src/Onboarding.Api/appsettings.Production.json", fill(t, S=S.v(), **c)


@P("sumsub_token", True)
def p_json_config(S, c):
    t = '''{
  "port": @@PORT@@,
  "logLevel": "info",
  "sumsub": {
    "baseUrl": "https://api.sumsub.com",
    "appToken": "@@S@@",
    "levelName": "@@LEVEL@@",
    "ttlInSecs": 600
  },
  "features": {
    "requireKycForPayouts": true,
    "maxDailyPayoutEur": 5000
  }
}
'''
    return "config/production.json", fill(t, S=S.v(), **c)


@P("sumsub_token", False)
def p_postman_collection(S, c):
    col = {
        "info": {"_postman_id": c["UUID1"], "name": "Sumsub KYC", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [{
            "name": "Get applicant",
            "request": {
                "method": "GET",
                "header": [
                    {"key": "X-App-Token", "value": S.v("postman"), "type": "text"},
                    {"key": "X-App-Access-Ts", "value": "{{ts}}", "type": "text"},
                    {"key": "X-App-Access-Sig", "value": "{{sig}}", "type": "text"},
                ],
                "url": {"raw": "https://api.sumsub.com/resources/applicants/{{applicantId}}/one", "protocol": "https",
                        "host": ["api", "sumsub", "com"], "path": ["resources", "applicants", "{{applicantId}}", "one"]},
            },
            "response": [],
        }],
        "event": [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": [
            "const ts = Math.floor(Date.now() / 1000);",
            "pm.variables.set('ts', ts);"]}}],
    }
    return "postman/Sumsub-KYC.postman_collection.json", json.dumps(col, indent="\t") + "\n"


@P("persona_key", True)
def p_postman_env(S, c):
    env = {
        "id": c["UUID1"],
        "name": "Persona - production",
        "values": [
            {"key": "baseUrl", "value": "https://withpersona.com/api/v1", "type": "default", "enabled": True},
            {"key": "persona_api_key", "value": S.v("postman"), "type": "secret", "enabled": True},
            {"key": "inquiry_template_id", "value": "itmpl_" + rs(24, B58), "type": "default", "enabled": True},
        ],
        "_postman_variable_scope": "environment",
        "_postman_exported_at": c["TS"],
        "_postman_exported_using": "Postman/10.%d.%d" % (R.randint(10, 24), R.randint(0, 9)),
    }
    return "postman/persona-prod.postman_environment.json", json.dumps(env, indent="\t") + "\n"


@P("onfido_token", False)
def p_md_curl(S, c):
    t = '''# Onfido integration

We use Onfido Studio workflows for document + selfie checks. The workflow id
for production is `@@UUID1@@`.

## Smoke test

```bash
curl -X POST https://api.eu.onfido.com/v3.6/applicants/ \\
  -H "Authorization: Token token=@@K@@" \\
  -H "Content-Type: application/json" \\
  -d '{"first_name": "Jane", "last_name": "Doe"}'
```

The response contains the applicant `id`; pass it to `/workflow_runs` together
with the workflow id above.

## Webhooks

Webhooks are delivered to `https://@@ORG@@.com/hooks/onfido` and verified with
the `X-SHA2-Signature` header.
'''
    return "docs/integrations/onfido.md", fill(t, K=S.v("sh"), **c)


@P("seon_key", False)
def p_md_seon(S, c):
    t = '''## SEON fraud scoring

Sandbox and production share the same endpoint. Example request used during
the rollout review:

```
curl -s https://api.seon.io/SeonRestService/fraud-api/v2/ \\
  -H "X-API-KEY: @@K@@" \\
  -H "Content-Type: application/json" \\
  -d '{"email": "test@example.com", "ip": "@@IP@@", "config": {"email_api": true}}'
```

Scores above 80 are routed to manual review (see `risk/rules.py`).
'''
    return "docs/fraud/seon.md", fill(t, K=S.v("sh"), **c)


@P("jumio_secret", False)
def p_md_runbook(S, c):
    t = '''# Runbook: Jumio callbacks failing

1. Check the callback endpoint health: `kubectl -n @@NAMESPACE@@ logs deploy/@@APP@@ | grep jumio`.
2. Confirm the datacenter (`EU`) matches the account.
3. Re-run a retrieval manually:

   - API token: see 1Password item "Jumio (prod)"
   - API secret: `@@K@@`

   ```
   curl -u "$JUMIO_API_TOKEN:$JUMIO_API_SECRET" \\
     https://retrieval.amer-1.jumio.ai/api/v1/accounts/@@UUID1@@/workflow-executions/@@UUID2@@
   ```
4. If retrieval works but callbacks do not, open a ticket with Jumio support.
'''
    return "docs/runbooks/jumio-callbacks.md", fill(t, K=S.v("sh"), **c)


@P("sumsub_token", False)
def p_log_headers(S, c):
    lines = []
    for i in range(R.randint(3, 6)):
        lines.append("%s INFO  [%s] kyc.worker: processing applicant %s" % (logts(), c["APP"], hx(24)))
    lines.append("%s DEBUG [%s] urllib3.connectionpool: Starting new HTTPS connection (1): api.sumsub.com:443" % (logts(), c["APP"]))
    lines.append("%s DEBUG [%s] kyc.sumsub: request POST /resources/applicants?levelName=%s headers={'Content-Type': 'application/json', 'X-App-Token': '%s', 'X-App-Access-Ts': '%s', 'X-App-Access-Sig': '%s'}"
                 % (logts(), c["APP"], c["LEVEL"], S.v(), unix(), hx(64)))
    lines.append("%s DEBUG [%s] urllib3.connectionpool: https://api.sumsub.com:443 \"POST /resources/applicants?levelName=%s HTTP/1.1\" 201 1893" % (logts(), c["APP"], c["LEVEL"]))
    for i in range(R.randint(2, 5)):
        lines.append("%s INFO  [%s] kyc.worker: applicant %s status=pending reviewStatus=init" % (logts(), c["APP"], hx(24)))
    return "logs/kyc-worker.log", "\n".join(lines) + "\n"


@P("ipqs_key", False)
def p_log_ipqs(S, c):
    lines = []
    for i in range(R.randint(4, 8)):
        lines.append('%s [risk] ipqs lookup ip=%s fraud_score=%d vpn=%s' % (ts(), ip(), R.randint(0, 100), pick(["false", "true"])))
    k = len(lines) // 2
    lines.insert(k, '%s [risk] WARN ipqs request failed url=https://www.ipqualityscore.com/api/json/email/%s/%s%%40example.com status=503 retry=1'
                 % (ts(), S.v(), pick(FIRST).lower()))
    return "logs/risk-api.log", "\n".join(lines) + "\n"


@P("veriff_key", False)
def p_sh_curl(S, c):
    t = '''#!/usr/bin/env bash
# Fetch the decision for a Veriff session (ops helper).
set -euo pipefail

SESSION_ID="${1:?usage: $0 <session-id>}"
SIG=$(printf '%s' "$SESSION_ID" | openssl dgst -sha256 -hmac "$VERIFF_SHARED_SECRET_KEY" | awk '{print $2}')

curl -sS "https://stationapi.veriff.com/v1/sessions/${SESSION_ID}/decision" \\
  -H "X-AUTH-CLIENT: @@K@@" \\
  -H "X-HMAC-SIGNATURE: ${SIG}" \\
  -H "Content-Type: application/json" | jq .
'''
    return "scripts/veriff_decision.sh", fill(t, K=S.v("sh"), **c)


@P("alloy_secret", True)
def p_sh_export(S, c):
    t = '''#!/bin/sh
# Local bootstrap for the onboarding service.
set -e

export APP_ENV=staging
export ALLOY_BASE_URL=https://sandbox.alloy.co
export ALLOY_WORKFLOW_TOKEN="${ALLOY_WORKFLOW_TOKEN:-}"
export ALLOY_WORKFLOW_SECRET="@@S@@"
export KYC_LEVEL=@@LEVEL@@

python manage.py migrate --noinput
exec python manage.py runserver 0.0.0.0:@@PORT@@
'''
    return "scripts/bootstrap_onboarding.sh", fill(t, S=S.v("sh"), **c)


@P("sift_key", True)
def p_ini(S, c):
    t = '''[general]
environment = production
log_level = INFO

[sift]
api_key = @@S@@
account_id = @@HEX24@@
score_threshold = 0.85
abuse_types = payment_abuse,account_takeover

[maxmind]
account_id = @@ACCT@@
license_key = ${MAXMIND_LICENSE_KEY}
'''
    return "config/fraud.ini", fill(t, S=S.v(), HEX24=hx(24), **c)


@P("persona_key", True)
def p_toml(S, c):
    t = '''[server]
host = "0.0.0.0"
port = @@PORT@@

[persona]
api_key = "@@S@@"
api_version = "2023-01-05"
template_id = "itmpl_@@B58A@@"
environment_id = "env_@@B58B@@"

[database]
url = "postgres://kyc@@@DBHOST@@/kyc"
pool_size = 10
'''
    return "config/kyc.toml", fill(t, S=S.v(), B58A=rs(24, B58), B58B=rs(24, B58), **c)


@P("trulioo_key", True)
def p_appconfig_xml(S, c):
    t = '''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="Environment" value="Production" />
    <add key="TruliooBaseUrl" value="https://gateway.trulioo.com/" />
    <add key="TruliooApiKey" value="@@S@@" />
    <add key="TruliooMode" value="live" />
    <add key="DefaultCountry" value="@@CC@@" />
  </appSettings>
</configuration>
'''
    return "src/Kyc.Worker/App.config", fill(t, S=S.v(), CC=pick(["US", "CA", "GB", "AU"]), **c)


@P("jumio_secret", True)
def p_props_jumio(S, c):
    t = '''# Jumio Netverify / KYX settings
jumio.datacenter=EU
jumio.api.token=${JUMIO_API_TOKEN}
jumio.api.secret=@@S@@
jumio.callback.url=https://@@ORG@@.com/api/jumio/callback
jumio.user-agent=@@ORG@@ @@APP@@/@@VER@@
'''
    return "src/main/resources/jumio.properties", fill(t, S=S.v("spring"), **c)


@P("ca_key", False)
def p_sql_seed(S, c):
    t = '''-- Seed screening provider configuration (staging refresh)
BEGIN;

INSERT INTO screening_providers (id, name, base_url, api_key, enabled, created_at)
VALUES
  ('@@UUID1@@', 'complyadvantage', 'https://api.complyadvantage.com', '@@S@@', true, now()),
  ('@@UUID2@@', 'internal-watchlist', 'http://watchlist.internal', NULL, false, now())
ON CONFLICT (name) DO UPDATE SET api_key = EXCLUDED.api_key;

UPDATE screening_settings SET fuzziness = 0.6, filters = '{"types": ["sanction", "pep"]}' WHERE id = 1;

COMMIT;
'''
    return "db/seeds/002_screening_providers.sql", fill(t, S=S.v(), **c)


@P("onfido_token", True)
def p_dotenv(S, c):
    t = '''NODE_ENV=production
PORT=@@PORT@@
LOG_LEVEL=info
DATABASE_URL=postgres://app@@@DBHOST@@:5432/onboarding
ONFIDO_API_TOKEN=@@S@@
ONFIDO_REGION=EU
ONFIDO_WORKFLOW_ID=@@UUID1@@
SENTRY_ENVIRONMENT=production
'''
    path = pick([".env", ".env.production", ".env.local"]) if not S.neg else pick([".env.example", ".env.sample"])
    return path, fill(t, S=S.v(), **c)


@P("db_password", False)
def p_py_db_url(S, c):
    t = '''import os

from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DATABASE_URL = os.environ.get(
    "KYC_DATABASE_URL",
    "postgresql+psycopg2://kyc_svc:@@K@@@@@DBHOST@@:5432/kyc",
)

engine = create_engine(DATABASE_URL, pool_pre_ping=True, pool_size=5, max_overflow=10)
SessionLocal = sessionmaker(bind=engine, autoflush=False)
'''
    return "@@PKG@@/db.py".replace("@@PKG@@", c["PKG"]), fill(t, K=S.v(), **c)


@P("slack_webhook", False)
def p_yaml_alerting(S, c):
    t = '''alerting:
  fraud:
    enabled: true
    min_score: 85
    channels:
      - type: slack
        webhook_url: @@S@@
        channel: "#fraud-alerts"
      - type: email
        to: risk-team@@@ORG@@.com
  kyc:
    enabled: true
    notify_on: [declined, resubmission_requested]
'''
    return "config/alerting.yml", fill(t, S=S.v(), **c)


@P("au10tix_pem", False)
def p_py_au10tix(S, c):
    body = S.v() if S.mode != "env" else None
    if body is None:
        key_line = 'PRIVATE_KEY = os.environ["AU10TIX_PRIVATE_KEY"]'
    elif body.startswith("-----BEGIN PUBLIC KEY"):
        key_line = ('PRIVATE_KEY = os.environ["AU10TIX_PRIVATE_KEY"]\n# Au10tix response-signing public key (verification only)\n'
                    'AU10TIX_PUBLIC_KEY = """' + body + '\n"""')
    else:
        key_line = 'PRIVATE_KEY = """' + body + '\n"""'
    t = '''import os
import time
import uuid

import jwt
import requests

CLIENT_ID = "@@CID@@"
TOKEN_URL = "https://login.au10tixservices.com/oauth2/v1/token"
@@KEYLINE@@


def access_token() -> str:
    now = int(time.time())
    assertion = jwt.encode(
        {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL, "iat": now, "exp": now + 300, "jti": str(uuid.uuid4())},
        PRIVATE_KEY,
        algorithm="RS256",
    )
    resp = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_assertion_type": "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
        "client_assertion": assertion,
        "scope": "workflow:api",
    }, timeout=@@TIMEOUT@@)
    resp.raise_for_status()
    return resp.json()["access_token"]
'''
    return "integrations/au10tix/auth.py", fill(t, KEYLINE=key_line, CID=rs(20, LOWNUM), **c)


@P("incode_key", False)
def p_go_incode(S, c):
    t = '''package idv

import (
	"bytes"
	"encoding/json"
	"net/http"
)

const incodeAPI = "https://demo-api.incodesmile.com/omni"

func StartOnboarding(configurationID, countryCode string) (*http.Response, error) {
	body, _ := json.Marshal(map[string]string{
		"configurationId": configurationID,
		"countryCode":     countryCode,
		"language":        "en-US",
	})
	req, err := http.NewRequest(http.MethodPost, incodeAPI+"/start", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("api-version", "1.0")
	req.Header.Set("x-api-key", @@S@@)
	return http.DefaultClient.Do(req)
}
'''
    return "internal/idv/incode.go", fill(t, S=S.x("go"), **c)


@P("recaptcha_secret", True)
def p_rb_recaptcha(S, c):
    site = g_recaptcha_site()
    t = '''# frozen_string_literal: true

Recaptcha.configure do |config|
  config.site_key = '@@SITE@@'
  config.secret_key = @@S@@
  config.enterprise = false
  config.default_env = Rails.env
end
'''
    return "config/initializers/recaptcha.rb", fill(t, S=S.x("rb", "'"), SITE=site, **c)


@P("ipqs_key", True)
def p_next_config(S, c):
    t = '''/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  env: {
    IPQS_API_KEY: @@S@@,
    NEXT_PUBLIC_APP_NAME: '@@APP@@',
  },
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.@@ORG@@.com' }],
  },
};

module.exports = nextConfig;
'''
    return "next.config.js", fill(t, S=S.x("js", "'"), **c)


@P("ca_key", False)
def p_py_celery(S, c):
    t = '''from celery import shared_task

from screening.client import ComplyAdvantageClient
from screening.models import ScreeningCase

client = ComplyAdvantageClient(@@S@@, base_url="https://api.complyadvantage.com")


@shared_task(bind=True, max_retries=@@RETRIES@@, default_retry_delay=30)
def screen_customer(self, customer_id):
    case = ScreeningCase.objects.select_related("customer").get(customer_id=customer_id)
    try:
        result = client.search(
            search_term=case.customer.full_name,
            fuzziness=0.6,
            filters={"types": ["sanction", "warning", "pep"]},
            client_ref=str(case.pk),
        )
    except TimeoutError as exc:
        raise self.retry(exc=exc)
    case.search_id = result["id"]
    case.total_hits = result.get("total_hits", 0)
    case.save(update_fields=["search_id", "total_hits"])
'''
    return "screening/tasks.py", fill(t, S=S.x("py"), **c)


@P("plaid_secret", False)
def p_js_plaid(S, c):
    t = '''const { Configuration, PlaidApi, PlaidEnvironments } = require('plaid');

const configuration = new Configuration({
  basePath: PlaidEnvironments.production,
  baseOptions: {
    headers: {
      'PLAID-CLIENT-ID': '@@CID@@',
      'PLAID-SECRET': @@S@@,
      'Plaid-Version': '2020-09-14',
    },
  },
});

const plaid = new PlaidApi(configuration);

async function createIdvLink(userId) {
  const { data } = await plaid.linkTokenCreate({
    user: { client_user_id: userId },
    products: ['identity_verification'],
    identity_verification: { template_id: 'idvtmp_@@T@@' },
    client_name: '@@ORG@@',
    language: 'en',
    country_codes: ['US'],
  });
  return data.link_token;
}

module.exports = { plaid, createIdvLink };
'''
    return "src/integrations/plaid.js", fill(t, S=S.x("js", "'"), CID=hx(24), T=rs(14, B58), **c)


@P("socure_key", False)
def p_py_socure(S, c):
    hdr = ('f"SocureApiKey {os.environ[\'SOCURE_ID_PLUS_KEY\']}"' if S.mode == "env" else '"SocureApiKey ' + S.v() + '"')
    t = '''import os

import requests

SOCURE_URL = "https://service.socure.com/api/3.0/EmailAuthScore"


def idplus(person: dict, modules=("kyc", "fraud", "emailrisk", "decision")) -> dict:
    payload = {"modules": list(modules), **person}
    resp = requests.post(
        SOCURE_URL,
        json=payload,
        headers={"Authorization": @@H@@, "Content-Type": "application/json"},
        timeout=@@TIMEOUT@@,
    )
    resp.raise_for_status()
    body = resp.json()
    return {"reference_id": body.get("referenceId"), "decision": body.get("decision", {}).get("value")}
'''
    return "kyc/socure.py", fill(t, H=hdr, **c)


@P("socure_key", True)
def p_yaml_socure(S, c):
    t = '''socure:
  endpoint: https://service.socure.com/api/3.0/EmailAuthScore
  id_plus_key: @@S@@
  sdk_key: @@SDK@@
  modules:
    - kyc
    - emailrisk
    - phonerisk
    - decision
  timeout_seconds: @@TIMEOUT@@
'''
    return "config/providers/socure.yml", fill(t, S=S.v(), SDK=uid(), **c)


@P("onfido_webhook", True)
def p_py_onfido_webhook(S, c):
    t = '''import hashlib
import hmac

from flask import Blueprint, abort, request

bp = Blueprint("onfido_webhooks", __name__)

ONFIDO_WEBHOOK_TOKEN = @@S@@


@bp.post("/hooks/onfido")
def onfido_hook():
    expected = hmac.new(ONFIDO_WEBHOOK_TOKEN.encode(), request.get_data(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, request.headers.get("X-SHA2-Signature", "")):
        abort(401)
    payload = request.get_json()["payload"]
    if payload["resource_type"] == "workflow_run" and payload["action"] == "workflow_run.completed":
        handle_completed(payload["object"]["id"])
    return "", 204


def handle_completed(run_id):
    pass
'''
    return "app/hooks/onfido.py", fill(t, S=S.x("py"), **c)


@P("maxmind_key", True)
def p_ansible(S, c):
    t = '''---
# group_vars/all.yml
timezone: Etc/UTC
app_user: @@PKG@@
app_port: @@PORT@@

geoip_account_id: @@ACCT@@
geoip_license_key: "@@S@@"
geoip_editions:
  - GeoLite2-Country
  - GeoLite2-City
geoip_cron_hour: 3

nginx_worker_processes: auto
'''
    return "ansible/group_vars/all.yml", fill(t, S=S.v(), **c)


@P("fp_secret", True)
def p_py_fingerprint_settings(S, c):
    t = '''# Fingerprint Pro (device intelligence)
FINGERPRINT_REGION = "eu"
FINGERPRINT_PUBLIC_API_KEY = "@@PUB@@"
FINGERPRINT_SECRET_API_KEY = @@S@@
FINGERPRINT_SERVER_API = "https://eu.api.fpjs.io"
FINGERPRINT_SUSPECT_SCORE_THRESHOLD = 25
'''
    return "config/settings/fingerprint.py", fill(t, S=S.x("py"), PUB=rs(20), **c)


@P("stripe_whsec", False)
def p_go_stripe_whsec(S, c):
    t = '''package webhooks

import (
	"io"
	"net/http"

	"github.com/stripe/stripe-go/v76/webhook"
)

func IdentityHandler(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), @@S@@)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	switch event.Type {
	case "identity.verification_session.verified", "identity.verification_session.requires_input":
		enqueue(event.Data.Object["id"].(string), string(event.Type))
	}
	w.WriteHeader(http.StatusOK)
}

func enqueue(id, kind string) {}
'''
    return "internal/webhooks/stripe_identity.go", fill(t, S=S.x("go"), **c)


@P("sumsub_webhook", True)
def p_ts_sumsub_webhook(S, c):
    t = '''import crypto from 'node:crypto';
import type { Request, Response } from 'express';

const SUMSUB_WEBHOOK_SECRET = @@S@@;

export function sumsubWebhook(req: Request & { rawBody: Buffer }, res: Response) {
  const algo = ({ HMAC_SHA1_HEX: 'sha1', HMAC_SHA256_HEX: 'sha256', HMAC_SHA512_HEX: 'sha512' } as const)[
    req.header('X-Payload-Digest-Alg') as 'HMAC_SHA256_HEX'
  ] ?? 'sha256';
  const digest = crypto.createHmac(algo, SUMSUB_WEBHOOK_SECRET).update(req.rawBody).digest('hex');
  if (digest !== req.header('X-Payload-Digest')) {
    return res.status(401).send('invalid digest');
  }
  const { applicantId, reviewResult, type } = req.body;
  console.info('sumsub event', type, applicantId, reviewResult?.reviewAnswer);
  return res.sendStatus(200);
}
'''
    return "src/webhooks/sumsub.ts", fill(t, S=S.x("ts", "'"), **c)


@P("jumio_secret", False)
def p_java_jumio(S, c):
    t = '''package com.@@ORG@@.kyc.jumio;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

public class JumioCredentials {

    private final String apiToken;
    private final String apiSecret;

    public JumioCredentials(String apiToken, String apiSecret) {
        this.apiToken = apiToken;
        this.apiSecret = apiSecret;
    }

    public String basicAuthHeader() {
        String raw = apiToken + ":" + apiSecret;
        return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static JumioCredentials production() {
        return new JumioCredentials(System.getenv("JUMIO_API_TOKEN"), @@S@@);
    }
}
'''
    return "src/main/java/com/@@ORG@@/kyc/jumio/JumioCredentials.java".replace("@@ORG@@", c["ORG"]), fill(t, S=S.x("java"), **c)


@P("au10tix_pem", True)
def p_pem_file(S, c):
    if S.mode == "env":
        return "deploy/au10tix/README.md", "The Au10tix client key is injected at runtime from %s.\n" % S.v()
    if S.v().startswith("-----BEGIN PUBLIC KEY"):
        return "deploy/au10tix/client-public.pem", S.v() + "\n"
    return "deploy/au10tix/client-private.pem", S.v() + "\n"


@P("hcaptcha_secret", True)
def p_env_yaml_hcaptcha(S, c):
    t = '''# Cloud Run service definition
apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: @@APP@@
spec:
  template:
    spec:
      containers:
        - image: europe-docker.pkg.dev/@@ORG@@/apps/@@APP@@:@@VER@@
          ports:
            - containerPort: @@PORT@@
          env:
            - name: HCAPTCHA_SITEKEY
              value: "@@SITE@@"
            - name: HCAPTCHA_SECRET
              value: "@@S@@"
            - name: LOG_FORMAT
              value: json
'''
    return "deploy/cloudrun/service.yaml", fill(t, S=S.v(), SITE=uid(), **c)


# ====================================================== look-alike negatives
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


@N("Onfido", "hmac_signature_log")
def n_onfido_webhook_log(c):
    lines = []
    for _ in range(R.randint(6, 12)):
        lines.append('%s INFO hooks.onfido received resource_type=%s action=%s object_id=%s X-SHA2-Signature=%s verified=true'
                     % (logts(), pick(["check", "report", "workflow_run"]), pick(["check.completed", "report.completed", "workflow_run.completed"]),
                        uid(), hx(64)))
    return "logs/webhooks-onfido.log", "\n".join(lines) + "\n"


@N("Persona", "hmac_signature_log")
def n_persona_sig_log(c):
    lines = []
    for _ in range(R.randint(5, 10)):
        t = unix()
        lines.append('%s level=info msg="persona webhook" event=%s inquiry=inq_%s persona_signature="t=%s,v1=%s" status=accepted'
                     % (ts(), pick(["inquiry.completed", "inquiry.approved", "verification.passed", "inquiry.failed"]), rs(25, B58), t, hx(64)))
    return "var/log/persona-webhooks.log", "\n".join(lines) + "\n"


@N("Veriff", "hmac_signature_log")
def n_veriff_log(c):
    lines = []
    for _ in range(R.randint(5, 10)):
        lines.append('%s DEBUG veriff.callback session=%s status=%s code=%d x-auth-client=<configured> x-hmac-signature=%s'
                     % (logts(), uid(), pick(["approved", "declined", "resubmission_requested"]), pick([9001, 9102, 9103]), hx(64)))
    return "logs/veriff-callbacks.log", "\n".join(lines) + "\n"


@N("Sumsub", "webhook_fixture_ids")
def n_sumsub_fixture(c):
    body = {
        "applicantId": hx(24), "inspectionId": hx(24), "correlationId": "req-" + uid(),
        "externalUserId": "usr_" + rs(10, LOWNUM), "levelName": c["LEVEL"], "type": "applicantReviewed",
        "reviewResult": {"reviewAnswer": pick(["GREEN", "RED"]), "rejectLabels": []},
        "reviewStatus": "completed", "createdAtMs": c["TS"].replace("T", " ").replace("Z", ""),
        "sandboxMode": False,
    }
    headers = {"X-Payload-Digest": hx(64), "X-Payload-Digest-Alg": "HMAC_SHA256_HEX"}
    return "tests/fixtures/sumsub/applicant_reviewed.json", json.dumps({"headers": headers, "body": body}, indent=2) + "\n"


@N("Onfido", "uuid_ids")
def n_onfido_check_fixture(c):
    cid, aid = uid(), uid()
    body = {
        "id": cid, "created_at": c["TS"], "status": "complete", "result": pick(["clear", "consider"]),
        "applicant_id": aid, "applicant_provides_data": False,
        "href": "/v3.6/checks/" + cid, "report_ids": [uid(), uid()],
        "results_uri": "https://dashboard.onfido.com/checks/" + cid, "tags": ["onboarding"],
        "webhook_ids": [uid()],
    }
    return "spec/fixtures/onfido/check_complete.json", json.dumps(body, indent=2) + "\n"


@N("Persona", "prefixed_ids")
def n_persona_inquiry_fixture(c):
    inq = "inq_" + rs(25, B58)
    body = {"data": {"type": "inquiry", "id": inq, "attributes": {
        "status": "approved", "reference-id": "user-" + str(R.randint(1000, 99999)),
        "created-at": c["TS"], "name-first": c["FN"], "name-last": c["LN"]},
        "relationships": {
            "inquiry-template": {"data": {"type": "inquiry-template", "id": "itmpl_" + rs(24, B58)}},
            "inquiry-template-version": {"data": {"type": "inquiry-template-version", "id": "itmplv_" + rs(24, B58)}},
            "verifications": {"data": [{"type": "verification/government-id", "id": "ver_" + rs(25, B58)},
                                       {"type": "verification/selfie", "id": "ver_" + rs(25, B58)}]},
            "account": {"data": {"type": "account", "id": "act_" + rs(25, B58)}}}}}
    return "test/fixtures/persona/inquiry_approved.json", json.dumps(body, indent=2) + "\n"


@N("Stripe Identity", "prefixed_ids")
def n_stripe_vs_fixture(c):
    body = {"id": "evt_" + rs(24), "object": "event", "type": "identity.verification_session.verified",
            "data": {"object": {"id": "vs_" + rs(24), "object": "identity.verification_session",
                                "last_verification_report": "vr_" + rs(24), "livemode": True, "status": "verified",
                                "type": "document", "metadata": {"user_id": str(R.randint(1000, 99999))}}},
            "request": {"id": "req_" + rs(14), "idempotency_key": uid()}}
    return "tests/fixtures/stripe/identity_verified.json", json.dumps(body, indent=2) + "\n"


@N("Plaid", "prefixed_ids")
def n_plaid_idv_fixture(c):
    body = {"id": "idv_" + rs(14, B58), "client_user_id": "user_" + str(R.randint(100, 9999)),
            "status": "success", "template": {"id": "idvtmp_" + rs(14, B58), "version": R.randint(1, 9)},
            "steps": {"documentary_verification": "success", "selfie_check": "success", "kyc_check": "success"},
            "request_id": rs(15), "created_at": c["TS"]}
    return "__tests__/fixtures/plaid_idv_success.json", json.dumps(body, indent=2) + "\n"


@N("Generic", "document_hashes")
def n_doc_hashes_csv(c):
    rows = ["document_id,applicant_id,type,sha256,md5,size_bytes,uploaded_at"]
    for _ in range(R.randint(8, 16)):
        rows.append("%s,%s,%s,%s,%s,%d,%s" % (uid(), uid(), pick(["passport", "driving_licence", "national_identity_card", "utility_bill"]),
                                              hx(64), hx(32), R.randint(80000, 4000000), ts()))
    return "exports/document_hashes.csv", "\n".join(rows) + "\n"


@N("Generic", "uuid_ids")
def n_sql_migration(c):
    rows = []
    for _ in range(R.randint(4, 8)):
        rows.append("  ('%s', '%s', '%s', '%s', '%s')" % (uid(), uid(), pick(["onfido", "veriff", "sumsub", "persona"]),
                                                           pick(["clear", "consider", "approved", "declined"]), hx(64)))
    t = '''-- 20240611_add_kyc_checks.sql
CREATE TABLE IF NOT EXISTS kyc_checks (
    id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    applicant_id  uuid NOT NULL,
    provider      text NOT NULL,
    result        text,
    document_sha256 char(64),
    created_at    timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS kyc_checks_applicant_idx ON kyc_checks (applicant_id);

INSERT INTO kyc_checks (id, applicant_id, provider, result, document_sha256) VALUES
@@ROWS@@;
'''
    return "db/migrations/20240611_add_kyc_checks.sql", fill(t, ROWS=",\n".join(rows))


@N("npm", "integrity_hashes")
def n_package_lock(c):
    deps = [("node_modules/@onfido/api", "3.%d.0" % R.randint(0, 4)), ("node_modules/@fingerprintjs/fingerprintjs-pro-server-api", "5.%d.0" % R.randint(0, 3)),
            ("node_modules/@sumsub/websdk", "2.%d.%d" % (R.randint(0, 3), R.randint(0, 9))), ("node_modules/axios", "1.%d.%d" % (R.randint(4, 7), R.randint(0, 9))),
            ("node_modules/plaid", "2%d.0.0" % R.randint(0, 9)), ("node_modules/stripe", "1%d.%d.0" % (R.randint(4, 6), R.randint(0, 9)))]
    pk = {}
    for name, ver in deps:
        short = name.split("node_modules/")[1]
        pk[name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (short, short.split("/")[-1], ver),
                    "integrity": "sha512-" + base64.b64encode(rbytes(64)).decode(), "license": "MIT"}
    doc = {"name": c["APP"], "version": c["VER"], "lockfileVersion": 3, "requires": True,
           "packages": dict([("", {"name": c["APP"], "version": c["VER"]})] + list(pk.items()))}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@N("Go modules", "go_sum_hashes")
def n_go_sum(c):
    mods = ["github.com/oschwald/geoip2-golang v1.9.0", "github.com/oschwald/maxminddb-golang v1.12.0",
            "github.com/stripe/stripe-go/v76 v76.%d.0" % R.randint(0, 20), "github.com/golang-jwt/jwt/v5 v5.2.%d" % R.randint(0, 2),
            "golang.org/x/sys v0.%d.0" % R.randint(10, 20)]
    lines = []
    for m in mods:
        lines.append("%s h1:%s" % (m, base64.b64encode(rbytes(32)).decode()))
        lines.append("%s/go.mod h1:%s" % (m, base64.b64encode(rbytes(32)).decode()))
    return "go.sum", "\n".join(lines) + "\n"


@N("Docker", "image_digest")
def n_dockerfile_digest(c):
    t = '''# syntax=docker/dockerfile:1.6
FROM node:20-alpine@sha256:@@D1@@ AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs20-debian12@sha256:@@D2@@
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY dist ./dist
# GeoIP databases are fetched at build time with a BuildKit secret:
#   docker build --secret id=maxmind,env=MAXMIND_LICENSE_KEY .
EXPOSE @@PORT@@
CMD ["dist/server.js"]
'''
    return "Dockerfile", fill(t, D1=hx(64), D2=hx(64), **c)


@N("Au10tix", "public_key")
def n_public_pem(c):
    return "keys/au10tix-webhook-public.pem", rsa_public_pem() + "\n"


@N("Generic", "jwks_public")
def n_jwks(c):
    keys = []
    for _ in range(2):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hx(16),
                     "n": base64.urlsafe_b64encode(rbytes(256)).decode().rstrip("="), "e": "AQAB"})
    return "public/.well-known/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@N("Captcha/Sift/Fingerprint", "public_site_keys")
def n_html_public_keys(c):
    t = '''<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Create your account</title>
  <script src="https://js.hcaptcha.com/1/api.js" async defer></script>
  <script>
    var _sift = window._sift = window._sift || [];
    _sift.push(['_setAccount', '@@BEACON@@']);
    _sift.push(['_setUserId', '']);
    _sift.push(['_setSessionId', '@@SESS@@']);
    _sift.push(['_trackPageview']);
  </script>
</head>
<body>
  <form method="post" action="/signup">
    <input type="email" name="email" required>
    <div class="h-captcha" data-sitekey="@@HSITE@@"></div>
    <button type="submit">Continue</button>
  </form>
  <script src="https://cdn.sift.com/s.js" async></script>
</body>
</html>
'''
    return "templates/signup.html", fill(t, BEACON=hx(10), SESS=uid(), HSITE=uid())


@N("Fingerprint", "public_api_key")
def n_react_fp(c):
    t = '''import { FpjsProvider } from '@fingerprintjs/fingerprintjs-pro-react';
import App from './App';

// The public API key is meant to be shipped to browsers.
const FP_PUBLIC_KEY = '@@PUB@@';

export default function Root() {
  return (
    <FpjsProvider loadOptions={{ apiKey: FP_PUBLIC_KEY, region: 'eu', endpoint: 'https://metrics.@@ORG@@.com' }}>
      <App />
    </FpjsProvider>
  );
}
'''
    return "web/src/Root.jsx", fill(t, PUB=rs(20), **c)


@N("reCAPTCHA", "public_site_key")
def n_recaptcha_site_vue(c):
    t = '''<template>
  <form @submit.prevent="submit">
    <input v-model="email" type="email" />
    <button type="submit">Send code</button>
  </form>
</template>

<script setup>
import { ref } from 'vue';
import { useReCaptcha } from 'vue-recaptcha-v3';

const SITE_KEY = '@@SITE@@'; // public site key, safe in the bundle
const email = ref('');
const { executeRecaptcha, recaptchaLoaded } = useReCaptcha();

async function submit() {
  await recaptchaLoaded();
  const token = await executeRecaptcha('login');
  await fetch('/api/otp', { method: 'POST', body: JSON.stringify({ email: email.value, token }) });
}
</script>
'''
    return "web/src/components/OtpForm.vue", fill(t, SITE=g_recaptcha_site())


@N("MaxMind", "db_checksums")
def n_geoip_log(c):
    lines = []
    for ed in ["GeoIP2-Country", "GeoIP2-Anonymous-IP", "GeoLite2-ASN"]:
        lines.append("%s Performing get filename request to https://updates.maxmind.com/geoip/databases/%s/update?db_md5=%s" % (logts(), ed, hx(32)))
        lines.append("%s Calculated MD5 sum for /var/lib/GeoIP/%s.mmdb: %s" % (logts(), ed, hx(32)))
        lines.append("%s Database %s successfully updated: %s" % (logts(), ed, hx(32)))
    return "logs/geoipupdate.log", "\n".join(lines) + "\n"


@N("Generic", "infra_ids")
def n_tf_ids(c):
    t = '''data "aws_caller_identity" "current" {}

resource "aws_kms_key" "kyc" {
  description             = "KYC document encryption"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

resource "aws_s3_bucket" "documents" {
  bucket = "@@ORG@@-kyc-documents-@@REGION@@"
}

resource "aws_security_group_rule" "kyc_db" {
  type                     = "ingress"
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  security_group_id        = "sg-@@SG1@@"
  source_security_group_id = "sg-@@SG2@@"
}

locals {
  subnet_ids   = ["subnet-@@SN1@@", "subnet-@@SN2@@"]
  kms_alias_id = "@@UUID1@@"
  ami          = "ami-@@AMI@@"
}
'''
    return "infra/kyc/main.tf", fill(t, SG1=hx(17), SG2=hx(17), SN1=hx(17), SN2=hx(17), AMI=hx(17), **c)


@N("Helm", "config_ids_and_refs")
def n_helm_refs(c):
    t = '''image:
  repository: ghcr.io/@@ORG@@/@@APP@@
  digest: sha256:@@D@@

config:
  ONFIDO_WORKFLOW_ID: "@@UUID1@@"
  PERSONA_TEMPLATE_ID: "itmpl_@@T@@"
  SUMSUB_LEVEL_NAME: "@@LEVEL@@"
  SIFT_ACCOUNT_ID: "@@ACC@@"

secretEnv:
  - name: ONFIDO_API_TOKEN
    secretKeyRef: { name: kyc-providers, key: onfido-api-token }
  - name: PERSONA_API_KEY
    secretKeyRef: { name: kyc-providers, key: persona-api-key }
  - name: SUMSUB_SECRET_KEY
    secretKeyRef: { name: kyc-providers, key: sumsub-secret-key }
'''
    return "deploy/helm/values.yaml", fill(t, D=hx(64), T=rs(24, B58), ACC=hx(24), **c)


@N("External Secrets", "secret_manager_refs")
def n_external_secret(c):
    t = '''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: kyc-providers
  namespace: @@NAMESPACE@@
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: kyc-providers
  data:
    - secretKey: onfido-api-token
      remoteRef: { key: @@NAMESPACE@@/onfido, property: api_token }
    - secretKey: veriff-shared-secret
      remoteRef: { key: @@NAMESPACE@@/veriff, property: shared_secret_key }
    - secretKey: maxmind-license-key
      remoteRef: { key: @@NAMESPACE@@/maxmind, property: license_key }
'''
    return "deploy/k8s/external-secret.yaml", fill(t, **c)


@N("GitHub Actions", "pinned_shas")
def n_gha_pinned(c):
    t = '''name: ci
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@@@S1@@ # v4.1.1
      - uses: actions/setup-python@@@S2@@ # v5.0.0
        with:
          python-version: "3.12"
      - run: pip install -r requirements-dev.txt
      - run: pytest -q
        env:
          ONFIDO_API_TOKEN: ${{ secrets.ONFIDO_SANDBOX_TOKEN }}
          PERSONA_API_KEY: ${{ secrets.PERSONA_SANDBOX_KEY }}
          SUMSUB_APP_TOKEN: ${{ secrets.SUMSUB_SANDBOX_APP_TOKEN }}
'''
    return ".github/workflows/ci.yml", fill(t, S1=hx(40), S2=hx(40))


@N("Postman", "variables_and_ids")
def n_postman_vars(c):
    col = {"info": {"_postman_id": uid(), "name": "Veriff sessions",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "Create session", "request": {"method": "POST", "header": [
               {"key": "X-AUTH-CLIENT", "value": "{{veriff_api_key}}"}, {"key": "Content-Type", "value": "application/json"}],
               "url": {"raw": "{{baseUrl}}/v1/sessions"}},
               "response": [{"name": "201", "body": json.dumps({"status": "success", "verification": {
                   "id": uid(), "url": "https://alchemy.veriff.com/v/" + uid(), "vendorData": "user-" + str(R.randint(1, 9999)),
                   "host": "https://alchemy.veriff.com", "status": "created"}})}]}],
           "variable": [{"key": "baseUrl", "value": "https://stationapi.veriff.com"}, {"key": "veriff_api_key", "value": ""}]}
    return "postman/Veriff.postman_collection.json", json.dumps(col, indent="\t") + "\n"


@N("SEON/IPQS/Fingerprint", "request_ids_log")
def n_fraud_log(c):
    lines = []
    for _ in range(R.randint(6, 12)):
        lines.append(json.dumps({"ts": ts(), "svc": "risk-api", "seon_tx_id": rs(16, LOWNUM), "ipqs_request_id": rs(10),
                                 "fp_visitor_id": rs(20), "fp_request_id": "%d.%s" % (R.randint(1700000000000, 1730000000000), rs(6)),
                                 "score": R.randint(0, 100), "decision": pick(["APPROVE", "REVIEW", "DECLINE"])}))
    return "logs/risk-decisions.jsonl", "\n".join(lines) + "\n"


@N("Generic", "base64_image")
def n_base64_selfie(c):
    img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF" + rbytes(R.randint(300, 600))).decode()
    body = {"applicant_id": uid(), "type": "selfie", "file_name": "selfie.jpg", "content_type": "image/jpeg",
            "data": "data:image/jpeg;base64," + img}
    return "tests/fixtures/selfie_upload.json", json.dumps(body, indent=2) + "\n"


@N("Generic", "certificate")
def n_cert(c):
    return "deploy/certs/kyc-webhooks-ca.crt", cert_pem() + "\n"


@N("Generic", "ssh_public_keys")
def n_authorized_keys(c):
    lines = []
    for u in ["deploy", "ops", c["FN"].lower()]:
        lines.append("ssh-ed25519 %s %s@%s" % (base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rbytes(32)).decode(), u, c["ORG"]))
    return "ansible/roles/users/files/authorized_keys", "\n".join(lines) + "\n"


@N("Generic", "uuid_constants")
def n_java_test(c):
    t = '''package com.@@ORG@@.kyc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class WorkflowRunMapperTest {

    private static final UUID WORKFLOW_ID = UUID.fromString("@@UUID1@@");
    private static final UUID RUN_ID = UUID.fromString("@@UUID2@@");
    private static final String APPLICANT_ID = "@@UUID3@@";
    private static final String DOCUMENT_SHA256 = "@@H@@";

    @Test
    void mapsCompletedRun() {
        var run = Fixtures.workflowRun(RUN_ID, WORKFLOW_ID, APPLICANT_ID, "approved");
        var mapped = new WorkflowRunMapper().map(run);
        assertThat(mapped.status()).isEqualTo(KycStatus.APPROVED);
        assertThat(mapped.documentDigest()).isEqualTo(DOCUMENT_SHA256);
    }
}
'''
    return "src/test/java/com/@@ORG@@/kyc/WorkflowRunMapperTest.java".replace("@@ORG@@", c["ORG"]), fill(t, H=hx(64), **c)


@N("Generic", "expected_digests")
def n_go_test(c):
    t = '''package webhooks

import "testing"

// Signatures below were computed from testdata/secret.txt, which is a
// throwaway value created for these tests.
var cases = []struct {
	name    string
	payload string
	want    string
}{
	{"check completed", "testdata/check_completed.json", "@@H1@@"},
	{"report completed", "testdata/report_completed.json", "@@H2@@"},
	{"workflow run", "testdata/workflow_run.json", "@@H3@@"},
}

func TestSignature(t *testing.T) {
	secret := loadSecret(t, "testdata/secret.txt")
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := sign(secret, readFile(t, tc.payload)); got != tc.want {
				t.Fatalf("got %s want %s", got, tc.want)
			}
		})
	}
}
'''
    return "internal/webhooks/signature_test.go", fill(t, H1=hx(64), H2=hx(64), H3=hx(64))


def mrz_line():
    return "P<" + pick(["UTO", "D<<", "GBR", "FRA"]) + rs(5, UPPER) + "<<" + rs(6, UPPER) + "<" * 25


@N("Generic", "mrz_specimens")
def n_kotlin_mrz(c):
    t = '''package com.@@ORG@@.kyc.mrz

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test

class MrzParserTest {
    // Synthetic specimen documents, not issued to real people.
    private val specimens = listOf(
        "@@L1@@" to "@@L2@@",
        "@@L3@@" to "@@L4@@",
    )

    @Test
    fun parsesDocumentNumbers() {
        specimens.forEach { (l1, l2) ->
            val mrz = MrzParser.parse(l1, l2)
            assertEquals(9, mrz.documentNumber.length)
        }
    }
}
'''
    def line2():
        return rs(9, UPNUM) + str(R.randint(0, 9)) + pick(COUNTRIES) + "%02d%02d%02d" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)) + str(R.randint(0, 9)) + pick("MF") + "3%d%02d%02d" % (R.randint(0, 4), R.randint(1, 12), R.randint(1, 28)) + str(R.randint(0, 9)) + "<" * 14 + str(R.randint(0, 9)) + str(R.randint(0, 9))
    return "src/test/kotlin/com/@@ORG@@/kyc/mrz/MrzParserTest.kt".replace("@@ORG@@", c["ORG"]), fill(
        t, L1=mrz_line()[:44], L2=line2()[:44], L3=mrz_line()[:44], L4=line2()[:44], **c)


@N("Onfido", "vcr_filtered")
def n_vcr_cassette(c):
    t = '''---
http_interactions:
- request:
    method: post
    uri: https://api.eu.onfido.com/v3.6/applicants
    body:
      encoding: UTF-8
      string: '{"first_name":"@@FN@@","last_name":"@@LN@@"}'
    headers:
      Authorization:
      - Token token=<ONFIDO_API_TOKEN>
      Content-Type:
      - application/json
  response:
    status:
      code: 201
      message: Created
    headers:
      X-Request-Id:
      - @@RID@@
    body:
      encoding: UTF-8
      string: '{"id":"@@UUID1@@","created_at":"@@TS@@","first_name":"@@FN@@","last_name":"@@LN@@","href":"/v3.6/applicants/@@UUID1@@"}'
  recorded_at: Tue, 11 Jun 2024 10:12:44 GMT
recorded_with: VCR 6.2.0
'''
    return "spec/cassettes/onfido/create_applicant.yml", fill(t, RID=hx(32), **c)


@N("Jumio", "uuid_ids")
def n_jumio_callback(c):
    body = {"callbackSentAt": c["TS"], "userReference": "user-" + str(R.randint(100, 99999)),
            "workflowExecution": {"id": uid(), "href": "https://retrieval.amer-1.jumio.ai/api/v1/accounts/%s/workflow-executions/%s" % (uid(), uid()),
                                  "definitionKey": str(R.randint(10000, 10099)), "status": "PROCESSED"},
            "account": {"id": uid(), "href": "https://account.amer-1.jumio.ai/api/v1/accounts/" + uid()}}
    return "tests/fixtures/jumio/callback_processed.json", json.dumps(body, indent=2) + "\n"


@N("Veriff", "decision_fixture")
def n_veriff_decision(c):
    body = {"status": "success", "verification": {
        "id": uid(), "attemptId": uid(), "code": 9001, "status": "approved", "reason": None,
        "vendorData": "user-%d" % R.randint(1, 9999), "decisionTime": c["TS"],
        "person": {"firstName": c["FN"].upper(), "lastName": c["LN"].upper(), "idNumber": None},
        "document": {"number": rs(9, UPNUM), "type": "PASSPORT", "country": c["COUNTRY"][:2], "validUntil": "2031-05-17"}},
        "technicalData": {"ip": ip()}}
    return "spec/fixtures/veriff/decision_approved.json", json.dumps(body, indent=2) + "\n"


@N("Au10tix", "trace_ids_log")
def n_au10tix_log(c):
    lines = []
    for _ in range(R.randint(5, 9)):
        lines.append("%s INFO au10tix.client POST /workflow/v2/workflows/%s requestId=%s organizationId=%d x-au10tix-traceid=%s status=202"
                     % (logts(), pick(["Au10tixIdv", "Au10tixPoa"]), uid(), R.randint(1000, 9999), hx(32)))
    return "logs/au10tix-client.log", "\n".join(lines) + "\n"


@N("Generic", "key_fingerprints")
def n_changelog(c):
    t = '''# Changelog

## @@VER@@
- Rotated the webhook signing certificate (new fingerprint `SHA256:@@FP@@`).
- Pinned `@onfido/api` to 3.x (commit @@SHA@@).
- Persona webhook handler now accepts two signatures during secret rotation.

## 1.4.0
- Switched Sumsub level to `@@LEVEL@@` (commit @@SHA2@@).
- Key id `@@KID@@` retired from the JWKS.
'''
    return "CHANGELOG.md", fill(t, FP=base64.b64encode(rbytes(32)).decode().rstrip("="), SHA2=hx(40), KID=hx(16), **c)


@N("Generic", "webhook_doc_placeholders")
def n_webhook_doc(c):
    t = '''# Verifying provider webhooks

| Provider | Header | Algorithm | Secret source |
|----------|--------|-----------|---------------|
| Onfido   | `X-SHA2-Signature` | HMAC-SHA256 hex | webhook token (Vault `kyc/onfido`) |
| Veriff   | `X-HMAC-SIGNATURE` | HMAC-SHA256 hex | shared secret key (Vault `kyc/veriff`) |
| Persona  | `Persona-Signature` | `t=..,v1=..` HMAC-SHA256 | `wbhsec_...` (Vault `kyc/persona`) |
| Sumsub   | `X-Payload-Digest` | HMAC per `X-Payload-Digest-Alg` | webhook secret (Vault `kyc/sumsub`) |

Example of a captured delivery (signature only, secret not shown):

```
POST /hooks/onfido HTTP/1.1
Content-Type: application/json
X-SHA2-Signature: @@H1@@
```

```
Persona-Signature: t=@@T@@,v1=@@H2@@
```
'''
    return "docs/webhooks.md", fill(t, H1=hx(64), H2=hx(64), T=unix())


@N("Onfido", "workflow_run_ids")
def n_onfido_sdk_init(c):
    t = '''import { Onfido } from 'onfido-sdk-ui';

export async function startVerification(container: string) {
  // The short-lived SDK token is minted server-side per applicant.
  const { sdkToken, workflowRunId } = await fetch('/api/kyc/session', { method: 'POST' }).then((r) => r.json());
  return Onfido.init({
    token: sdkToken,
    containerId: container,
    workflowRunId,
    onComplete: () => fetch(`/api/kyc/runs/${workflowRunId}/complete`, { method: 'POST' }),
  });
}

export const DEFAULT_WORKFLOW_ID = '@@UUID1@@';
export const SUPPORT_ARTICLE_ID = '@@ART@@';
'''
    return "web/src/kyc/onfido.ts", fill(t, ART=str(R.randint(10 ** 12, 10 ** 13 - 1)), **c)


@N("ComplyAdvantage", "search_refs")
def n_ca_csv(c):
    rows = ["customer_ref,search_id,search_ref,total_hits,match_status,risk_level,searched_at"]
    for _ in range(R.randint(8, 15)):
        rows.append("%s,%d,%d-%s,%d,%s,%s,%s" % (uid(), R.randint(100000000, 999999999), R.randint(1500000000, 1730000000), rs(8, LOWNUM),
                                                 R.randint(0, 12), pick(["no_match", "potential_match", "false_positive", "true_positive"]),
                                                 pick(["low", "medium", "high"]), ts()))
    return "exports/screening_results.csv", "\n".join(rows) + "\n"


@N("reCAPTCHA Enterprise", "public_site_key")
def n_tf_recaptcha(c):
    t = '''resource "google_recaptcha_enterprise_key" "signup" {
  display_name = "@@APP@@-signup"
  project      = "@@ORG@@-prod-@@N@@"

  web_settings {
    integration_type  = "SCORE"
    allow_all_domains = false
    allowed_domains   = ["@@ORG@@.com", "app.@@ORG@@.com"]
  }
}

output "recaptcha_site_key" {
  value = google_recaptcha_enterprise_key.signup.name
}

# current site key (public, embedded in the web bundle): @@SITE@@
'''
    return "infra/gcp/recaptcha.tf", fill(t, N=str(R.randint(100000, 999999)), SITE=g_recaptcha_site(), **c)


@N("Sumsub", "applicant_ids")
def n_python_test_ids(c):
    t = '''import pytest

from kyc.sumsub import map_review

APPLICANT_IDS = [
    "@@A1@@",
    "@@A2@@",
    "@@A3@@",
]


@pytest.mark.parametrize("applicant_id", APPLICANT_IDS)
def test_map_review_green(applicant_id, load_fixture):
    payload = load_fixture("applicant_reviewed.json")
    payload["applicantId"] = applicant_id
    assert map_review(payload).approved is True


def test_inspection_id_is_preserved(load_fixture):
    payload = load_fixture("applicant_reviewed.json")
    payload["inspectionId"] = "@@I1@@"
    assert map_review(payload).inspection_id == "@@I1@@"
'''
    return "tests/kyc/test_sumsub_mapping.py", fill(t, A1=hx(24), A2=hx(24), A3=hx(24), I1=hx(24))


@N("Generic", "hashed_identifiers")
def n_hashed_emails(c):
    rows = ["email_sha256,phone_sha256,first_seen,risk_label"]
    for _ in range(R.randint(8, 14)):
        rows.append("%s,%s,%s,%s" % (hx(64), hx(64), ts()[:10], pick(["fraud_ring", "chargeback", "synthetic_id", "mule"])))
    return "data/blocklists/hashed_identifiers.csv", "\n".join(rows) + "\n"


@N("Generic", "env_example")
def n_env_example(c):
    t = '''# Copy to .env and fill in from 1Password ("KYC providers" vault)
ONFIDO_API_TOKEN=
ONFIDO_WEBHOOK_TOKEN=
VERIFF_API_KEY=
VERIFF_SHARED_SECRET_KEY=
SUMSUB_APP_TOKEN=
SUMSUB_SECRET_KEY=
PERSONA_API_KEY=persona_sandbox_
PERSONA_TEMPLATE_ID=itmpl_@@T@@
MAXMIND_ACCOUNT_ID=@@ACCT@@
MAXMIND_LICENSE_KEY=
HCAPTCHA_SITEKEY=@@HS@@
HCAPTCHA_SECRET=
'''
    return pick([".env.example", ".env.sample", ".env.dist"]), fill(t, T=rs(24, B58), HS=uid(), **c)


# ================================================================= driver
def polish(rel, text):
    """Add the imports that env-reference variants need."""
    if rel.endswith(".py") and ("os.environ" in text or "os.getenv" in text) and "\nimport os\n" not in "\n" + text:
        lines = text.split("\n")
        for i, l in enumerate(lines):
            if l.startswith("import ") or l.startswith("from "):
                if l.startswith("from __future__") or l.startswith("from .base import"):
                    continue
                lines.insert(i, "import os")
                if i + 1 < len(lines) and lines[i + 1].startswith("from ") and not lines[i + 1].startswith("from ."):
                    lines.insert(i + 1, "")
                break
        text = "\n".join(lines)
    if rel.endswith(".go") and "os.Getenv" in text and '\t"os"\n' not in text:
        text = text.replace("import (\n", 'import (\n\t"os"\n', 1)
    return text


NEG_CATS = ["placeholder", "ref", "masked", "doc", "public", "ref", "empty", "placeholder", "doc", "ref"]
N_POS = 500
N_NEG = 500
MAX_DOTENV = 20  # at most 1 in 25 positives in .env files


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile":
        return "dockerfile"
    if base == "authorized_keys":
        return "ssh"
    if "." in base:
        return base.rsplit(".", 1)[-1].lower()
    return base.lower()


def is_blocked_env_name(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if not base.startswith(".env"):
        return False
    return base not in (".env.example", ".env.sample", ".env.template", ".env.dist")


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def round_robin(pool):
    """Endless deterministic cycle through pool, reshuffled each round."""
    while True:
        order = list(pool)
        R.shuffle(order)
        for item in order:
            yield item


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fl.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []

    conv_pool = [t for t in POS if t["conv"]]
    other_pool = [t for t in POS if not t["conv"]]
    rr = {True: round_robin(conv_pool), False: round_robin(other_pool)}
    dotenv_used = 0

    # ---------------- positives
    for i in range(N_POS):
        want_conv = (i % 2 == 0)
        while True:
            tpl = next(rr[want_conv])
            if tpl["name"] == "p_dotenv" and dotenv_used >= MAX_DOTENV:
                continue
            break
        st = ST[tpl["st"]]
        secret = st["gen"]()
        S = Slot(tpl["st"], secret)
        c = ctx()
        rel, text = tpl["fn"](S, c)
        text = polish(rel, text)
        if tpl["name"] == "p_dotenv":
            dotenv_used += 1
        needle = secret.split("\n", 1)[0] if "\n" in secret else secret
        assert needle and "\n" not in needle, tpl["name"]
        idx = text.find(needle)
        assert idx >= 0, "needle missing in %s" % tpl["name"]
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], tpl["name"]
        fid = "pos/p%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "pos", "provider": st["provider"], "kind": st["kind"],
                         "filetype": filetype(rel)})
        secrets.append({"file": fid, "needle": needle, "line": line})

    # ---------------- negatives: half template re-use, half look-alikes
    reuse_rr = round_robin(POS)
    pub_rr = round_robin([t for t in POS if ST[t["st"]].get("pubslot")])
    doc_rr = round_robin([t for t in POS if ST[t["st"]]["doc"]])
    look_rr = round_robin(NEG)
    cat_i = 0
    for i in range(N_NEG):
        if i % 2 == 0:
            cat = NEG_CATS[cat_i % len(NEG_CATS)]
            cat_i += 1
            tpl = next(pub_rr if cat == "public" else doc_rr if cat == "doc" else reuse_rr)
            S, kind = neg_slot(tpl["st"], cat)
            S.neg = True
            c = ctx()
            rel, text = tpl["fn"](S, c)
            text = polish(rel, text)
            provider = ST[tpl["st"]]["provider"]
        else:
            tpl = next(look_rr)
            c = ctx()
            rel, text = tpl["fn"](c)
            provider, kind = tpl["provider"], tpl["kind"]
        assert not is_blocked_env_name(rel), rel
        fid = "neg/n%04d/%s" % (i, rel)
        write(outdir, fid, text)
        manifest.append({"file": fid, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    # final re-read check of every needle
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
