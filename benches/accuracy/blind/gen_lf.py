#!/usr/bin/env python3
"""gen_lf.py - blind evaluation set for secret scanners: India's developer ecosystem.

EMPHASIS
  Domain: Indian payment gateways, SaaS and digital public infrastructure as real
  Indian projects wire them up.  Providers: Razorpay (key id + key secret, webhook
  secret, RazorpayX), Cashfree (app id + cfsk_ma_prod_/cfsk_ma_test_ secret, legacy
  40-hex secret), PayU India (merchant key + salt), Paytm (MID + merchant key),
  PhonePe PG (salt key + salt index, v2 client secret), CCAvenue (working key +
  access code), Instamojo (API key / auth token / private salt), Setu (client id /
  secret), DigiLocker partner (client secret), ONDC (Ed25519 signing private key,
  X25519 encryption private key, subscriber_id), GSTN e-invoice IRP (client secret,
  AppKey), Zoho (client secret, 1000.* refresh tokens), Freshworks (Freshdesk /
  Freshsales API keys), MSG91 (authkey), Exotel (API key:token in URLs), Gupshup,
  Kaleyra, Twilio (India projects), Shiprocket (password / JWT), Delhivery (API
  token), Tally / Busy connectors (sync token, SQL password).  Some comments are in
  Hindi or Hinglish.
  File types: Python (Django settings, Flask, scripts), Node.js, PHP (Laravel,
  CodeIgniter, plain kits), Java (Spring .properties / .yml, plain Java), Kotlin
  (Android), YAML (k8s, Helm, GitHub Actions, compose), JSON (Postman collections,
  key files, appsettings), shell, Markdown, INI, HTML, PEM, SQL, CSV, logs, and a few
  .env files (positives only, at most 1 in 20).

USAGE
  python3 -B gen_lf.py OUTDIR SEED
  Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
  OUTDIR/manifest.jsonl (every file) and OUTDIR/secrets.jsonl (one per positive).
  Everything comes from one random.Random(SEED); the output is byte-identical for
  a given seed.

NEEDLE CONVENTIONS
  - The needle is the secret value only, exactly as written: no quotes, no variable
    name, no "Bearer "/"Token "/"Basic " scheme word.
  - Key pairs (key id + secret, MID + merchant key, app id + secret key, merchant
    key + salt, API key + token): the needle is the secret half only; the public
    half (rzp_live_ key id, MID, app id, PayU key, Exotel API key, Twilio AC sid,
    CCAvenue access code, client ids) is context.
  - URLs: the secret component only (the password/token in user-info, or the value
    of the authkey/password/refresh_token query parameter).
  - Authorization: Basic headers: the base64 blob (it encodes key_id:key_secret).
  - Multi-line PEM private keys: the first base64 body line (for the X25519 PKCS#8
    key this is the whole body, one line).
  - ONDC base64 keys are single-line; the needle is the whole base64 string.
  - Connection strings: the password value only.
  - JWTs (Shiprocket token): the whole three-part token.

NEGATIVES
  Half (250) re-use the positive templates with the secret slot holding a non-secret:
  placeholders (<your-key>, YOUR_..._HERE, changeme, xxxx...), empty values, masked
  values (****, [REDACTED], prefix + ****), environment lookups in the file's own
  language (os.environ[...], process.env.X, env('X'), ${X}, BuildConfig.X, "$X"),
  secret-manager references (vault:, op://, AWS/GCP secret ARNs/paths), template
  expressions (${{ secrets.X }}, {{ .Values.x }}, {{x}}), and providers' published
  test/documentation values (PhonePe UAT salt 099eb0cd-..., PayU test salt
  eCwWELxi, Zoho documentation example client secret / refresh token, Exotel docs
  example token).  The other half are look-alikes: Razorpay key ids alone in
  Checkout code, order_/pay_/cust_ ids, Paytm MIDs, Cashfree app ids and
  payment_session ids, PhonePe merchant ids and X-VERIFY values in logs, PayU test
  key/salt in docs, PayU request hashes, ONDC registry lookup responses with public
  keys, ONDC request signatures, site-verification pages, GSTINs (valid checksum),
  PANs, IFSCs, UPI VPAs, e-invoice IRNs and NIC-signed QR JWTs, IRP public key PEM,
  webhook signatures in logs (Razorpay hex, Cashfree base64, Instamojo mac), Twilio
  message SIDs, Exotel CallSids, MSG91 request ids, lockfile integrity hashes,
  image digests, git SHAs, UUIDs, data URIs, Tally GUIDs, DLT template ids, APK
  signing fingerprints.  No negative is written to a .env/.env.local/... file.

FORMATS CHECKED (search tool; provider docs and real project files)
  - Razorpay: Basic auth with key_id:key_secret, base64 in "Basic base64token"
    (razorpay.com/docs/api/authentication); webhook secret is chosen by the user,
    X-Razorpay-Signature = HMAC-SHA256(raw body, webhook secret) hex; payment
    signature = HMAC(order_id|payment_id, key secret).  Key id is rzp_live_/rzp_test_
    + 14 alphanumerics, key secret 24 alphanumerics (from real configs, not docs).
  - Cashfree: headers x-client-id / x-client-secret carrying appId / secretKey
    (cashfree.com/docs/api-reference/authentication); real configs show
    cfsk_ma_prod_<32 hex>_<8 hex>, cfsk_ma_test_..., TEST-prefixed test app ids and
    legacy 32-hex app id / 40-hex secret; webhooks signed base64(HMAC-SHA256(ts+body)).
  - PayU: merchant key + salt; "Salt v1 is the 32-character string", PayUBiz salts
    were 8 characters; hash = sha512(key|txnid|amount|...|salt) (docs.payu.in).
  - PhonePe PG v1: X-VERIFY = SHA256(base64 payload + endpoint + salt key) + "###" +
    salt index (developer.phonepe.com); UAT merchant PGTESTPAYUAT with the public
    salt 099eb0cd-02cf-4e2a-8aca-3e6c6aff0399 (many public projects).
  - Paytm: PaytmChecksum.generateSignature(params, merchantKey); the key is an
    AES-128 key (16 characters); MID is public.
  - CCAvenue: merchant id, access code and working key; request encrypted with the
    working key (AES-128, 32 hex chars).
  - Instamojo: webhook MAC = HMAC-SHA1 over sorted values with the private salt.
  - Exotel: https://<api_key>:<api_token>@api.exotel.com/v1/Accounts/<sid>/...,
    api.in.exotel.com for Mumbai (developer.exotel.com).
  - Zoho: accounts.zoho.*/oauth/v2/token with client_id 1000.<30 upper alnum>,
    client_secret <42 hex>, refresh_token 1000.<32 hex>.<32 hex> (zoho.com docs).
  - ONDC: Ed25519 signing keys and X25519 encryption keys, base64; libsodium
    signing private key is 64 bytes (88 base64 chars); X25519 public key DER
    "MCowBQYDK2VuAyEA..."; registry /lookup returns signing_public_key,
    encr_public_key.
  - GST e-invoice (einv-apisandbox.nic.in): client_id / client_secret headers,
    AppKey = 32 random bytes, base64 44 chars, RSA-encrypted with the IRP key.
  - Twilio: SIDs are a 2-letter prefix + 32 hex (twilio.com/docs/glossary).

DOUBTS
  - Razorpay key id/secret lengths (14/24) come from real configs, not from a
    Razorpay page.  RazorpayX uses the same key pair (assumed).
  - Cashfree cfsk_ma_* layout seen in real files only; payouts credentials assumed
    to follow the same shape.
  - PhonePe salt keys are UUIDs (seen); the v2 client_secret is assumed UUID-like.
  - Paytm merchant key alphabet (alnum + #@&%!_) from memory of real kits.
  - MSG91 authkey layout (6 digits + 'A' + mixed + 8 hex + 'P1', 24 chars) is not
    documented; Exotel key/token assumed 40 hex; Freshdesk key 20 alnum; Freshsales
    22 alnum; Kaleyra api key 'A' + 32 hex; Gupshup apikey 32 hex; Delhivery token
    40 hex; Setu secret assumed UUID; DigiLocker secret assumed 32 hex; GSTN client
    secret assumed 20 alnum; Instamojo key/token/salt 32 hex, test_ + 30 hex sandbox.
  - Shiprocket tokens modelled as HS256 JWTs; Tally/Busy connector tokens are
    modelled on typical sync agents, not a documented format.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEXL = "0123456789abcdef"


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def rs(r, alphabet, n):
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


def hexs(r, n, upper=False):
    s = rs(r, HEXL, n)
    return s.upper() if upper else s


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(r, n):
    return str(r.randrange(1, 10)) + rs(r, DIG, n - 1)


# ---------------------------------------------------------------- secret values
def rzp_id(r, live=None):
    if live is None:
        live = r.random() < 0.7
    return ("rzp_live_" if live else "rzp_test_") + rs(r, ALNUM, 14)


def rzp_secret(r):
    return rs(r, ALNUM, 24)


def user_secret(r):
    """A secret a developer typed or generated for a webhook."""
    k = r.randrange(4)
    if k == 0:
        return rs(r, ALNUM, r.randrange(20, 33))
    if k == 1:
        return hexs(r, 32)
    if k == 2:
        return b64url(rbytes(r, 24))
    w = pick(r, ["Rzp", "Kirana", "Dukaan", "Bazaar", "Yatra", "Sabzi", "Chai"])
    return w + "_" + rs(r, ALNUM, 6) + pick(r, "@#$!") + digits(r, 4) + rs(r, ALNUM, 5)


def cf_secret(r, prod=None):
    if prod is None:
        prod = r.random() < 0.7
    return "cfsk_ma_%s_%s_%s" % ("prod" if prod else "test", hexs(r, 32), hexs(r, 8))


def cf_appid(r, prod=True):
    if prod:
        return digits(r, 6) + hexs(r, 26)
    return "TEST" + digits(r, 6) + hexs(r, 30)


def payu_key(r):
    return rs(r, ALNUM, 6)


def payu_salt(r):
    return rs(r, ALNUM, 32)


def paytm_mid(r):
    return rs(r, UP + LOW, 6) + rs(r, DIG, 14)


def paytm_key(r):
    s = list(rs(r, ALNUM, 13) + rs(r, "#@&%!_", 3))
    r.shuffle(s)
    return "".join(s)


def ccav_wk(r):
    return hexs(r, 32, upper=True)


def ccav_access(r):
    return "AV" + rs(r, UP + DIG, 16)


def ondc_sign64(r):
    return b64(r, 64)


def ondc_seed(r):
    return b64(r, 32)


X25519_PRIV_PREFIX = bytes.fromhex("302e020100300506032b656e04220420")
X25519_PUB_PREFIX = bytes.fromhex("302a300506032b656e032100")


def ondc_enc_priv(r):
    return base64.b64encode(X25519_PRIV_PREFIX + rbytes(r, 32)).decode()


def ondc_enc_pub(r):
    return base64.b64encode(X25519_PUB_PREFIX + rbytes(r, 32)).decode()


def zoho_cid(r):
    return "1000." + rs(r, UP + DIG, 30)


def zoho_secret(r):
    return hexs(r, 42)


def zoho_refresh(r):
    return "1000.%s.%s" % (hexs(r, 32), hexs(r, 32))


def msg91_key(r):
    return digits(r, 6) + "A" + rs(r, ALNUM, 7) + hexs(r, 8) + "P1"


def password(r):
    k = r.randrange(3)
    if k == 0:
        w = pick(r, ["Kirana", "Shipping", "Delhi", "Pune", "Mumbai", "Tally", "Busy", "Gaadi", "Bharat"])
        return w + pick(r, "@#$!") + digits(r, 4) + rs(r, ALNUM, 3)
    if k == 1:
        return rs(r, ALNUM + "!@#$%^*", r.randrange(12, 18))
    return rs(r, LOW, 4) + pick(r, "@#") + rs(r, UP, 2) + digits(r, 3) + rs(r, ALNUM, 4)


def jwt_shiprocket(r):
    hdr = b64url(json.dumps({"typ": "JWT", "alg": "HS256"}, separators=(",", ":")).encode())
    iat = 1717000000 + r.randrange(30000000)
    body = {"sub": r.randrange(1000000, 9999999),
            "iss": "https://apiv2.shiprocket.in/v1/external/auth/login",
            "iat": iat, "exp": iat + 864000, "nbf": iat, "jti": rs(r, ALNUM, 16)}
    return hdr + "." + b64url(json.dumps(body, separators=(",", ":")).encode()) + "." + b64url(rbytes(r, 32))


def gstin(r, state=None):
    st = state or pick(r, ["27", "29", "07", "33", "24", "36", "09", "19", "32", "06"])
    pan = pan_no(r)
    base = st + pan + pick(r, "123") + "Z"
    chars = DIG + UP
    tot = 0
    for i, c in enumerate(base):
        p = chars.index(c) * (1 if i % 2 == 0 else 2)
        tot += p // 36 + p % 36
    return base + chars[(36 - tot % 36) % 36]


def pan_no(r):
    return rs(r, UP, 3) + pick(r, "PCFHAT") + rs(r, UP, 1) + rs(r, DIG, 4) + rs(r, UP, 1)


def ifsc(r):
    return pick(r, ["HDFC", "SBIN", "ICIC", "UTIB", "KKBK", "PUNB", "BARB", "YESB"]) + "0" + rs(r, DIG, 6)


def vpa(r):
    return pick(r, ["priya", "rahul.k", "ananya", "arjun99", "meena.s", "vikas", "shop", "kiranakart"]) + \
        pick(r, ["", str(r.randrange(10, 999))]) + "@" + pick(r, ["okhdfcbank", "okaxis", "oksbi", "okicici", "ybl", "paytm", "upi"])


def phone(r):
    return pick(r, "6789") + rs(r, DIG, 9)


def rzp_obj(r, pfx):
    return pfx + "_" + rs(r, ALNUM, 14)


COMPANIES = ["kiranakart", "chaiwala", "bharatbazaar", "sabzimandi", "dukaanhub", "yatrabook",
             "pustakghar", "swasthyalabs", "krishiconnect", "gharseva", "thelawala", "mandirprasad"]
CITIES = ["Bengaluru", "Pune", "Mumbai", "Hyderabad", "Chennai", "Gurugram", "Jaipur", "Kochi", "Indore"]
PEOPLE = ["Priya Sharma", "Rahul Verma", "Ananya Iyer", "Arjun Nair", "Meena Shah", "Vikas Gupta", "Sneha Rao"]

HINDI = [
    "# yeh production ka config hai, dhyan se badlein",
    "# TODO: isko baad mein vault mein shift karna hai",
    "# भुगतान गेटवे की सेटिंग्स",
    "# test mode mein pehle check karo",
    "# ग्राहक का डेटा लॉग मत करना",
    "# settlement report roz subah 6 baje aati hai",
    "# yahan se OTP jaata hai",
    "# इनवॉइस जनरेशन के लिए",
]


def hcomment(r, prefix="#"):
    c = pick(r, HINDI)
    return prefix + c[1:]


# ------------------------------------------------------------------ slot filling
PLACEHOLDERS = ["<your-key-secret>", "YOUR_API_KEY_HERE", "changeme", "<KEY_SECRET>", "your_secret_here",
                "REPLACE_ME", "dummy", "<paste-here>", "TODO", "xxxx", "test", "<secret>", "your-key-here"]
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***hidden***", "[FILTERED]"]


def env_expr(lang, env, r):
    e = env
    if lang == "py":
        return pick(r, ['os.environ["%s"]' % e, "os.getenv('%s')" % e, "env('%s')" % e, 'config("%s")' % e])
    if lang == "js":
        return pick(r, ["process.env.%s" % e, "process.env['%s']" % e, "config.get('%s')" % e.lower()])
    if lang == "php":
        return pick(r, ["env('%s')" % e, "getenv('%s')" % e, "$_ENV['%s']" % e])
    if lang == "java":
        return pick(r, ['System.getenv("%s")' % e, 'env.getProperty("%s")' % e.lower().replace("_", ".")])
    if lang == "kt":
        return pick(r, ["BuildConfig.%s" % e, 'System.getenv("%s")' % e])
    return None


def neg_fill(r, lang, env, quote, sample, docex, masked_prefix):
    """A non-secret in the place of the secret, fitting the syntax."""
    cats = ["ph", "ph", "empty", "mask", "env", "env", "mgr", "tmpl"]
    if docex:
        cats += ["doc", "doc", "doc"]
    c = pick(r, cats)
    if c == "env" and lang in ("py", "js", "php", "java", "kt"):
        return env_expr(lang, env, r)
    if c == "doc":
        v = pick(r, docex)
    elif c == "ph":
        v = pick(r, PLACEHOLDERS + ["x" * len(sample), "X" * min(len(sample), 32), "<" + env.lower() + ">",
                                    "YOUR_" + env + "_HERE", "your_" + env.lower()])
    elif c == "empty":
        v = ""
    elif c == "mask":
        v = pick(r, MASKS + [(masked_prefix or sample[:4]) + "*" * 12])
    elif c == "mgr":
        v = pick(r, ["vault:secret/data/payments#%s" % env.lower(),
                     "op://Payments/%s/credential" % env.title().replace("_", ""),
                     "arn:aws:secretsmanager:ap-south-1:%s:secret:prod/%s-%s" % (digits(r, 12), env.lower().replace("_", "-"), rs(r, ALNUM, 6)),
                     "projects/%s-prod/secrets/%s/versions/latest" % (pick(r, COMPANIES), env.lower().replace("_", "-")),
                     "sm://%s" % env.lower()])
    else:  # env-like or template in a non-code context
        v = pick(r, ["${%s}" % env, "${{ secrets.%s }}" % env, "{{ .Values.secrets.%s }}" % env.lower(),
                     "{{%s}}" % env.lower(), "%%(%s)s" % env.lower(), "$%s" % env])
    if lang == "raw":
        return v
    return quote + v + quote


class Ctx:
    def __init__(self, r, mode):
        self.r = r
        self.mode = mode
        self.needle = None

    def s(self, fn, lang="raw", env="SECRET", q='"', docex=None, mp=None):
        """Insert the secret produced by fn (positive) or a non-secret (negative).
        lang in raw|py|js|php|java|kt|json.  Returns text including quotes if lang is
        not raw."""
        v = fn(self.r)
        if self.mode == "pos":
            assert self.needle is None, "two secrets in one template"
            self.needle = v
            return v if lang == "raw" else q + v + q
        if lang == "json":
            q = '"'
        return neg_fill(self.r, lang, env, q, v, docex, mp)

    def nm(self, conv, alts):
        """Conventional name half the time, otherwise a neutral one."""
        return conv if self.r.random() < 0.5 else pick(self.r, alts)

    def q(self):
        return pick(self.r, ["'", '"'])


def fill(text, **kw):
    # Check for unfilled placeholders in the template itself, not in the result:
    # a generated value (e.g. a Paytm key) may legitimately contain "%%".
    chk = text
    for k in kw:
        chk = chk.replace("%%" + k + "%%", "")
    assert "%%" not in chk or "%%(" in chk, text
    for k, v in kw.items():
        text = text.replace("%%" + k + "%%", str(v))
    return text.lstrip("\n")


# ================================================================ positive templates
# Each takes a Ctx and returns (relpath, text, provider, kind).  It calls c.s()
# exactly once: that is the secret slot.
POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def t_rzp_django(c):
    r = c.r
    n = c.nm("RAZORPAY_KEY_SECRET", ["RZP_SECRET", "PAYMENT_GATEWAY_SECRET", "RAZORPAY_API_SECRET"])
    co = pick(r, COMPANIES)
    return ("%s/settings/%s.py" % (co, pick(r, ["production", "base", "prod"])), fill("""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent
DEBUG = False
ALLOWED_HOSTS = ["%%co%%.in", "www.%%co%%.in", "api.%%co%%.in"]
%%hc%%
TIME_ZONE = "Asia/Kolkata"
LANGUAGE_CODE = "en-in"

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "%%co%%",
        "HOST": os.environ.get("DB_HOST", "localhost"),
        "PASSWORD": os.environ.get("DB_PASSWORD"),
    }
}

# Razorpay
RAZORPAY_KEY_ID = "%%kid%%"
%%n%% = %%sec%%
RAZORPAY_CURRENCY = "INR"
PAYMENT_CAPTURE = 1
""", co=co, hc=hcomment(r), kid=rzp_id(r), n=n,
        sec=c.s(rzp_secret, "py", "RAZORPAY_KEY_SECRET", c.q())), "razorpay", "key_secret")


@pos
def t_rzp_node_ctor(c):
    r = c.r
    return ("src/services/payment.js", fill("""
const Razorpay = require('razorpay');
const crypto = require('crypto');
const logger = require('../utils/logger');

const instance = new Razorpay({
  key_id: '%%kid%%',
  key_secret: %%sec%%,
});

async function createOrder(amountInRupees, receipt) {
  const options = {
    amount: Math.round(amountInRupees * 100), // paise mein
    currency: 'INR',
    receipt,
    payment_capture: 1,
  };
  const order = await instance.orders.create(options);
  logger.info(`order created ${order.id}`);
  return order;
}

module.exports = { createOrder, instance };
""", kid=rzp_id(r), sec=c.s(rzp_secret, "js", "RAZORPAY_KEY_SECRET", "'")), "razorpay", "key_secret")


@pos
def t_rzp_laravel(c):
    r = c.r
    return ("config/services.php", fill("""
<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),
    ],

    'razorpay' => [
        'key' => env('RAZORPAY_KEY', '%%kid%%'),
        'secret' => env('RAZORPAY_SECRET', %%sec%%),
        'webhook_secret' => env('RAZORPAY_WEBHOOK_SECRET'),
    ],

    'msg91' => [
        'sender' => env('MSG91_SENDER', '%%snd%%'),
    ],
];
""", kid=rzp_id(r), sec=c.s(rzp_secret, "php", "RAZORPAY_SECRET", "'"),
        snd=rs(r, UP, 6)), "razorpay", "key_secret")


@pos
def t_rzp_flask_webhook(c):
    r = c.r
    n = c.nm("RAZORPAY_WEBHOOK_SECRET", ["WEBHOOK_SECRET", "HOOK_KEY", "rzp_hook_signing"])
    return ("app/webhooks.py", fill("""
import hmac
import hashlib
import json

from flask import Blueprint, request, abort, jsonify

bp = Blueprint("webhooks", __name__, url_prefix="/webhooks")

%%hc%%
%%n%% = %%sec%%


@bp.route("/razorpay", methods=["POST"])
def razorpay_webhook():
    body = request.get_data()
    received = request.headers.get("X-Razorpay-Signature", "")
    expected = hmac.new(%%n%%.encode(), body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        abort(400)
    event = json.loads(body)
    if event.get("event") == "payment.captured":
        payment = event["payload"]["payment"]["entity"]
        mark_paid(payment["order_id"], payment["id"])
    return jsonify(status="ok")
""", hc=hcomment(r), n=n, sec=c.s(user_secret, "py", "RAZORPAY_WEBHOOK_SECRET", c.q())),
        "razorpay", "webhook_secret")


@pos
def t_rzp_curl_u(c):
    r = c.r
    kid = rzp_id(r, live=True)
    return ("scripts/fetch_settlements.sh", fill("""
#!/usr/bin/env bash
# Roz ka settlement report nikalta hai (cron: 0 6 * * *)
set -euo pipefail

FROM=$(date -d "yesterday 00:00" +%s)
TO=$(date -d "today 00:00" +%s)
OUT="reports/settlements-$(date +%F).json"

curl -sS -u %%kid%%:%%sec%% \\
  "https://api.razorpay.com/v1/settlements?from=${FROM}&to=${TO}&count=100" \\
  -o "$OUT"

jq '.items | length' "$OUT"
""", kid=kid, sec=c.s(rzp_secret, "raw", "RAZORPAY_KEY_SECRET")), "razorpay", "key_secret")


@pos
def t_rzp_postman(c):
    r = c.r
    kid = rzp_id(r, live=False)
    coll = {
        "info": {"_postman_id": uuid4(r), "name": "Razorpay Orders",
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "auth": {"type": "basic", "basic": [
            {"key": "password", "value": "@@SEC@@", "type": "string"},
            {"key": "username", "value": kid, "type": "string"}]},
        "item": [{"name": "Create order", "request": {
            "method": "POST",
            "header": [{"key": "Content-Type", "value": "application/json"}],
            "body": {"mode": "raw", "raw": "{\n  \"amount\": 50000,\n  \"currency\": \"INR\",\n  \"receipt\": \"rcpt_11\"\n}"},
            "url": {"raw": "https://api.razorpay.com/v1/orders", "protocol": "https",
                    "host": ["api", "razorpay", "com"], "path": ["v1", "orders"]}}}],
    }
    txt = json.dumps(coll, indent=2, ensure_ascii=False)
    sec = c.s(rzp_secret, "json", "RAZORPAY_KEY_SECRET")
    txt = txt.replace('"@@SEC@@"', sec)
    return ("postman/razorpay.postman_collection.json", txt + "\n", "razorpay", "key_secret")


@pos
def t_rzp_md_basic(c):
    r = c.r
    kid = rzp_id(r, live=False)

    def blob(rr):
        return base64.b64encode((kid + ":" + rzp_secret(rr)).encode()).decode()
    return ("docs/payments.md", fill("""
# Payments integration notes

Hum Razorpay Orders API use karte hain. Checkout sirf key id leta hai, secret
kabhi frontend mein nahi jaata.

## Quick check from your laptop

```bash
curl -X POST https://api.razorpay.com/v1/orders \\
  -H "Authorization: Basic %%b%%" \\
  -H "Content-Type: application/json" \\
  -d '{"amount": 100, "currency": "INR", "receipt": "smoke-1"}'
```

Expected: HTTP 200 with an `order_...` id.

## Refunds

Refunds go through `/v1/payments/:id/refund`; partial refunds allowed.
""", b=c.s(blob, "raw", "RZP_BASIC_TOKEN")), "razorpay", "basic_auth")


@pos
def t_rzp_kotlin(c):
    r = c.r
    pkg = pick(r, COMPANIES)
    return ("app/src/main/java/com/%s/app/net/OrderApi.kt" % pkg, fill("""
package com.%%pkg%%.app.net

import okhttp3.Credentials
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

// TODO order creation ko backend pe le jaana hai
object OrderApi {
    private val client = OkHttpClient()

    fun createOrder(amountPaise: Long, receipt: String): String {
        val json = "{\\"amount\\":$amountPaise,\\"currency\\":\\"INR\\",\\"receipt\\":\\"$receipt\\"}"
        val req = Request.Builder()
            .url("https://api.razorpay.com/v1/orders")
            .header("Authorization", Credentials.basic("%%kid%%", %%sec%%))
            .post(json.toRequestBody())
            .build()
        client.newCall(req).execute().use { return it.body!!.string() }
    }
}
""", pkg=pkg, kid=rzp_id(r), sec=c.s(rzp_secret, "kt", "RAZORPAY_KEY_SECRET")), "razorpay", "key_secret")


@pos
def t_rzpx_configmap(c):
    r = c.r
    n = c.nm("RAZORPAYX_KEY_SECRET", ["PAYOUT_API_SECRET", "RZPX_SECRET"])
    return ("deploy/k8s/payouts-configmap.yaml", fill("""
apiVersion: v1
kind: ConfigMap
metadata:
  name: payouts-config
  namespace: finance
  labels:
    app: payouts
data:
  RAZORPAYX_ACCOUNT_NUMBER: "%%acct%%"
  RAZORPAYX_KEY_ID: "%%kid%%"
  %%n%%: %%sec%%
  PAYOUT_MODE: "IMPS"
  PAYOUT_PURPOSE: "vendor bill"
  LOG_LEVEL: "info"
""", acct="2323230" + rs(r, DIG, 9), kid=rzp_id(r, live=True), n=n,
        sec=c.s(rzp_secret, "raw", "RAZORPAYX_KEY_SECRET")), "razorpay", "key_secret")


@pos
def t_rzp_spring(c):
    r = c.r
    n = c.nm("razorpay.key.secret", ["payment.gateway.secret", "rzp.api.password"])
    return ("src/main/resources/application-prod.properties", fill("""
server.port=8080
spring.application.name=order-service
spring.datasource.url=jdbc:postgresql://db.internal:5432/orders
spring.datasource.username=orders_app
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate

razorpay.key.id=%%kid%%
%%n%%=%%sec%%
razorpay.currency=INR
razorpay.webhook.path=/api/v1/webhooks/razorpay
""", kid=rzp_id(r), n=n, sec=c.s(rzp_secret, "raw", "RAZORPAY_KEY_SECRET")), "razorpay", "key_secret")


@pos
def t_rzp_dotenv(c):
    r = c.r
    return (".env", fill("""
NODE_ENV=production
PORT=4000
MONGO_URI=mongodb://mongo:27017/%%co%%
RAZORPAY_KEY_ID=%%kid%%
RAZORPAY_KEY_SECRET=%%sec%%
FRONTEND_URL=https://%%co%%.in
""", co=pick(r, COMPANIES), kid=rzp_id(r), sec=c.s(rzp_secret, "raw", "RAZORPAY_KEY_SECRET")),
        "razorpay", "key_secret")


@pos
def t_rzp_gha(c):
    r = c.r
    return (".github/workflows/e2e.yml", fill("""
name: e2e-payments
on:
  push:
    branches: [main]
  workflow_dispatch:

jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      RZP_KEY: %%kid%%
      RZP_SECRET: %%sec%%
      CI: "true"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm run test:e2e -- --grep "checkout"
""", kid=rzp_id(r, live=False), sec=c.s(rzp_secret, "raw", "RZP_SECRET")), "razorpay", "key_secret")


# ---------------------------------------------------------------- Cashfree
@pos
def t_cf_node(c):
    r = c.r
    return ("server/config/cashfree.js", fill("""
const { Cashfree, CFEnvironment } = require('cashfree-pg');

// Cashfree PG v2023-08-01
const cashfree = new Cashfree(
  CFEnvironment.PRODUCTION,
  '%%app%%',
  %%sec%%
);

module.exports = { cashfree, apiVersion: '2023-08-01' };
""", app=cf_appid(r), sec=c.s(lambda rr: cf_secret(rr, True), "js", "CASHFREE_SECRET_KEY", "'")),
        "cashfree", "secret_key")


@pos
def t_cf_codeigniter(c):
    r = c.r
    return ("application/config/cashfree.php", fill("""
<?php
defined('BASEPATH') OR exit('No direct script access allowed');

/*
| Cashfree Payment Gateway
| sandbox: https://sandbox.cashfree.com/pg   live: https://api.cashfree.com/pg
*/
$config['cashfree_env']        = 'production';
$config['cashfree_app_id']     = '%%app%%';
$config['cashfree_secret_key'] = %%sec%%;
$config['cashfree_api_version'] = '2023-08-01';
$config['cashfree_return_url'] = base_url('payment/return?order_id={order_id}');
""", app=cf_appid(r), sec=c.s(cf_secret, "php", "CASHFREE_SECRET_KEY", "'")), "cashfree", "secret_key")


@pos
def t_cf_py_headers(c):
    r = c.r
    return ("billing/cashfree_client.py", fill("""
import requests

BASE = "https://api.cashfree.com/pg"
HEADERS = {
    "x-api-version": "2023-08-01",
    "x-client-id": "%%app%%",
    "x-client-secret": %%sec%%,
    "Content-Type": "application/json",
}


def create_order(order_id, amount, customer):
    payload = {
        "order_id": order_id,
        "order_amount": amount,
        "order_currency": "INR",
        "customer_details": customer,
    }
    resp = requests.post(f"{BASE}/orders", json=payload, headers=HEADERS, timeout=20)
    resp.raise_for_status()
    return resp.json()["payment_session_id"]
""", app=cf_appid(r), sec=c.s(cf_secret, "py", "CASHFREE_SECRET_KEY", '"')), "cashfree", "secret_key")


@pos
def t_cf_curl(c):
    r = c.r
    return ("tools/cf_order_status.sh", fill("""
#!/bin/sh
# usage: ./cf_order_status.sh ORDER_ID
ORDER_ID="$1"
curl --request GET \\
  --url "https://sandbox.cashfree.com/pg/orders/${ORDER_ID}" \\
  --header 'accept: application/json' \\
  --header 'x-api-version: 2023-08-01' \\
  --header 'x-client-id: %%app%%' \\
  --header 'x-client-secret: %%sec%%'
""", app=cf_appid(r, prod=False), sec=c.s(lambda rr: cf_secret(rr, False), "raw", "CASHFREE_SECRET_KEY")),
        "cashfree", "secret_key")


@pos
def t_cf_legacy_kotlin(c):
    r = c.r
    pkg = pick(r, COMPANIES)
    n = c.nm("CF_SECRET_KEY", ["PROD_SECRET", "GATEWAY_KEY"])
    return ("app/src/main/java/com/%s/pay/Constants.kt" % pkg, fill("""
package com.%%pkg%%.pay

object Constants {
    const val TOKEN_URL = "https://api.cashfree.com/api/v2/cftoken/order"
    const val CF_APP_ID = "%%app%%"
    const val %%n%% = %%sec%%
    const val STAGE = "PROD"
    const val ORDER_NOTE = "%%pkg%% order"
}
""", pkg=pkg, app=hexs(r, 32), n=n, sec=c.s(lambda rr: hexs(rr, 40), "kt", "CF_SECRET_KEY")),
        "cashfree", "secret_key")


# ---------------------------------------------------------------- PayU
@pos
def t_payu_php(c):
    r = c.r
    return ("payu/checkout.php", fill("""
<?php
// PayU India hosted checkout
$MERCHANT_KEY = "%%key%%";
$SALT = %%sec%%;
$PAYU_BASE_URL = "https://secure.payu.in";

$txnid = substr(hash('sha256', mt_rand() . microtime()), 0, 20);
$posted = [
    'key' => $MERCHANT_KEY, 'txnid' => $txnid, 'amount' => $_POST['amount'],
    'productinfo' => 'Order', 'firstname' => $_POST['name'], 'email' => $_POST['email'],
];
$hashSeq = "key|txnid|amount|productinfo|firstname|email|udf1|udf2|udf3|udf4|udf5|udf6|udf7|udf8|udf9|udf10";
$hashString = '';
foreach (explode('|', $hashSeq) as $k) {
    $hashString .= isset($posted[$k]) ? $posted[$k] : '';
    $hashString .= '|';
}
$hashString .= $SALT;
$hash = strtolower(hash('sha512', $hashString));
""", key=payu_key(r), sec=c.s(payu_salt, "php", "PAYU_SALT", '"', docex=["eCwWELxi"])), "payu", "merchant_salt")


@pos
def t_payu_django(c):
    r = c.r
    n = c.nm("PAYU_MERCHANT_SALT", ["PAYU_SALT_V1", "PG_HASH_SALT"])
    return ("config/payu.py", fill("""
# PayU India settings (used by orders.views.payu_redirect)
PAYU_MERCHANT_KEY = "%%key%%"
%%n%% = %%sec%%
PAYU_MODE = "LIVE"
PAYU_SUCCESS_URL = "https://%%co%%.in/payments/payu/success/"
PAYU_FAILURE_URL = "https://%%co%%.in/payments/payu/failure/"
PAYU_ACTION = {"TEST": "https://test.payu.in/_payment", "LIVE": "https://secure.payu.in/_payment"}
""", key=payu_key(r), n=n, co=pick(r, COMPANIES),
        sec=c.s(payu_salt, "py", "PAYU_MERCHANT_SALT", '"', docex=["eCwWELxi"])), "payu", "merchant_salt")


@pos
def t_payu_node(c):
    r = c.r
    return ("lib/payu.js", fill("""
import PayU from 'payu-websdk';

// hash = sha512(key|txnid|amount|productinfo|firstname|email|||||||||||SALT)
export const payuClient = new PayU({
  key: '%%key%%',
  salt: %%sec%%,
}, 'LIVE');

export async function verify(txnid) {
  return payuClient.verifyPayment(txnid);
}
""", key=payu_key(r), sec=c.s(payu_salt, "js", "PAYU_SALT", "'", docex=["eCwWELxi"])), "payu", "merchant_salt")


@pos
def t_payubiz_props(c):
    r = c.r
    return ("src/main/resources/payu.properties", fill("""
# PayUbiz legacy integration (older 8 char salt)
payu.merchant.key=%%key%%
payu.salt=%%sec%%
payu.url=https://secure.payu.in/_payment
payu.surl=https://%%co%%.in/pay/success
payu.furl=https://%%co%%.in/pay/failure
payu.service.provider=payu_paisa
""", key=payu_key(r), co=pick(r, COMPANIES), sec=c.s(lambda rr: rs(rr, ALNUM, 8), "raw", "PAYU_SALT",
                                                        docex=["eCwWELxi"])), "payu", "merchant_salt")


# ---------------------------------------------------------------- Paytm
@pos
def t_paytm_py(c):
    r = c.r
    return ("payments/paytm.py", fill("""
import json
import requests
from paytmchecksum import PaytmChecksum

MID = "%%mid%%"
WEBSITE = "DEFAULT"


def initiate_transaction(order_id, amount, cust_id):
    body = {
        "requestType": "Payment",
        "mid": MID,
        "websiteName": WEBSITE,
        "orderId": order_id,
        "callbackUrl": "https://%%co%%.in/paytm/callback",
        "txnAmount": {"value": str(amount), "currency": "INR"},
        "userInfo": {"custId": cust_id},
    }
    signature = PaytmChecksum.generateSignature(json.dumps(body), %%sec%%)
    payload = {"body": body, "head": {"signature": signature}}
    url = f"https://securegw.paytm.in/theia/api/v1/initiateTransaction?mid={MID}&orderId={order_id}"
    return requests.post(url, json=payload, timeout=15).json()
""", mid=paytm_mid(r), co=pick(r, COMPANIES), sec=c.s(paytm_key, "py", "PAYTM_MERCHANT_KEY", '"')),
        "paytm", "merchant_key")


@pos
def t_paytm_spring_yml(c):
    r = c.r
    n = c.nm("merchant-key", ["secret", "checksum-key"])
    return ("src/main/resources/application.yml", fill("""
spring:
  application:
    name: checkout
  profiles:
    active: prod

paytm:
  mid: %%mid%%
  %%n%%: "%%sec%%"
  website: DEFAULT
  industry-type: Retail
  channel-id: WEB
  callback-url: https://%%co%%.in/api/paytm/callback

logging:
  level:
    root: INFO
""", mid=paytm_mid(r), n=n, co=pick(r, COMPANIES), sec=c.s(paytm_key, "raw", "PAYTM_MERCHANT_KEY")),
        "paytm", "merchant_key")


@pos
def t_paytm_node(c):
    r = c.r
    n = c.nm("PAYTM_MERCHANT_KEY", ["mkey", "PAYTM_KEY", "checksumKey"])
    return ("routes/paytm.js", fill("""
const express = require('express');
const PaytmChecksum = require('paytmchecksum');
const router = express.Router();

const PAYTM_MID = '%%mid%%';
const %%n%% = %%sec%%;

router.post('/callback', async (req, res) => {
  const received = req.body.CHECKSUMHASH;
  delete req.body.CHECKSUMHASH;
  const ok = PaytmChecksum.verifySignature(req.body, %%n%%, received);
  if (!ok) return res.status(400).send('checksum mismatch');
  // TODO: order status API se double check karo
  res.redirect(`/orders/${req.body.ORDERID}`);
});

module.exports = router;
""", mid=paytm_mid(r), n=n, sec=c.s(paytm_key, "js", "PAYTM_MERCHANT_KEY", "'")), "paytm", "merchant_key")


@pos
def t_paytm_php_kit(c):
    r = c.r
    return ("lib/config_paytm.php", fill("""
<?php
/*
- Use PAYTM_ENVIRONMENT as 'PROD' if you wanted to do transaction in production environment else 'TEST'.
- Change the value of PAYTM_MERCHANT_KEY constant with details received from Paytm.
*/
define('PAYTM_ENVIRONMENT', 'PROD');
define('PAYTM_MERCHANT_KEY', %%sec%%);
define('PAYTM_MERCHANT_MID', '%%mid%%');
define('PAYTM_MERCHANT_WEBSITE', 'DEFAULT');

$PAYTM_DOMAIN = "securegw.paytm.in";
define('PAYTM_TXN_URL', 'https://' . $PAYTM_DOMAIN . '/theia/processTransaction');
""", mid=paytm_mid(r), sec=c.s(paytm_key, "php", "PAYTM_MERCHANT_KEY", "'")), "paytm", "merchant_key")


# ---------------------------------------------------------------- PhonePe
PHONEPE_UAT_SALT = "099eb0cd-02cf-4e2a-8aca-3e6c6aff0399"


def pp_mid(r):
    return pick(r, ["M", "PG", "M22"]) + rs(r, UP + DIG, 10)


@pos
def t_pp_py(c):
    r = c.r
    n = c.nm("PHONEPE_SALT_KEY", ["SALT", "PG_SALT", "x_verify_salt"])
    return ("payments/phonepe.py", fill("""
import base64
import hashlib
import json

import requests

MERCHANT_ID = "%%mid%%"
%%n%% = %%sec%%
SALT_INDEX = 1
HOST = "https://api.phonepe.com/apis/hermes"


def pay(txn_id, amount_paise, user_id, redirect_url):
    payload = {
        "merchantId": MERCHANT_ID,
        "merchantTransactionId": txn_id,
        "merchantUserId": user_id,
        "amount": amount_paise,
        "redirectUrl": redirect_url,
        "redirectMode": "POST",
        "paymentInstrument": {"type": "PAY_PAGE"},
    }
    b64 = base64.b64encode(json.dumps(payload).encode()).decode()
    digest = hashlib.sha256((b64 + "/pg/v1/pay" + %%n%%).encode()).hexdigest()
    headers = {"X-VERIFY": f"{digest}###{SALT_INDEX}", "Content-Type": "application/json"}
    return requests.post(HOST + "/pg/v1/pay", json={"request": b64}, headers=headers).json()
""", mid=pp_mid(r), n=n, sec=c.s(uuid4, "py", "PHONEPE_SALT_KEY", '"', docex=[PHONEPE_UAT_SALT])),
        "phonepe", "salt_key")


@pos
def t_pp_node(c):
    r = c.r
    return ("controllers/phonepeController.js", fill("""
import crypto from 'crypto';
import axios from 'axios';

const merchantId = '%%mid%%';
const saltKey = %%sec%%;
const saltIndex = 1;

export const checkStatus = async (req, res) => {
  const { txnId } = req.params;
  const path = `/pg/v1/status/${merchantId}/${txnId}`;
  const sha = crypto.createHash('sha256').update(path + saltKey).digest('hex');
  const { data } = await axios.get(`https://api.phonepe.com/apis/hermes${path}`, {
    headers: { 'X-VERIFY': `${sha}###${saltIndex}`, 'X-MERCHANT-ID': merchantId },
  });
  res.json(data);
};
""", mid=pp_mid(r), sec=c.s(uuid4, "js", "PHONEPE_SALT_KEY", "'", docex=[PHONEPE_UAT_SALT])),
        "phonepe", "salt_key")


@pos
def t_pp_v2_yaml(c):
    r = c.r
    return ("config/phonepe.yaml", fill("""
# PhonePe PG v2 (OAuth client credentials)
phonepe:
  env: PRODUCTION
  client-id: %%cid%%
  client-secret: %%sec%%
  client-version: 1
  redirect-url: https://%%co%%.in/checkout/phonepe/return
  webhook:
    path: /hooks/phonepe
""", cid=pp_mid(r) + "_" + digits(r, 10), co=pick(r, COMPANIES),
        sec=c.s(uuid4, "raw", "PHONEPE_CLIENT_SECRET")), "phonepe", "client_secret")


@pos
def t_pp_kotlin(c):
    r = c.r
    pkg = pick(r, COMPANIES)
    n = c.nm("SALT_KEY", ["apiSaltKey", "checksumSalt"])
    return ("app/src/main/java/com/%s/checkout/PhonePeConfig.kt" % pkg, fill("""
package com.%%pkg%%.checkout

object PhonePeConfig {
    val MERCHANT_ID = "%%mid%%"
    val %%n%% = %%sec%%
    const val SALT_INDEX = 1
    const val API_ENDPOINT = "/pg/v1/pay"
    const val APP_ID = ""
}
""", pkg=pkg, mid=pp_mid(r), n=n, sec=c.s(uuid4, "kt", "PHONEPE_SALT_KEY", docex=[PHONEPE_UAT_SALT])),
        "phonepe", "salt_key")


# ---------------------------------------------------------------- CCAvenue
@pos
def t_ccav_php(c):
    r = c.r
    return ("ccavenue/ccavRequestHandler.php", fill("""
<html>
<head><title>Redirecting to CCAvenue...</title></head>
<body>
<center>
<?php include('Crypto.php')?>
<?php
    error_reporting(0);
    $merchant_data = '';
    $working_key = %%sec%%; // Shared by CCAVENUES
    $access_code = '%%ac%%';    // Shared by CCAVENUES

    foreach ($_POST as $key => $value) {
        $merchant_data .= $key . '=' . $value . '&';
    }
    $encrypted_data = encrypt($merchant_data, $working_key);
?>
<form method="post" name="redirect" action="https://secure.ccavenue.com/transaction/transaction.do?command=initiateTransaction">
<?php
echo "<input type=hidden name=encRequest value=$encrypted_data>";
echo "<input type=hidden name=access_code value=$access_code>";
?>
</form>
</center>
<script language='javascript'>document.redirect.submit();</script>
</body>
</html>
""", ac=ccav_access(r), sec=c.s(ccav_wk, "php", "CCAVENUE_WORKING_KEY", "'")), "ccavenue", "working_key")


@pos
def t_ccav_java(c):
    r = c.r
    return ("src/main/java/in/shop/pay/CcavenueService.java", fill("""
package in.shop.pay;

import com.ccavenue.security.AesCryptUtil;
import org.springframework.stereotype.Service;

@Service
public class CcavenueService {
    private static final String MERCHANT_ID = "%%mer%%";
    private static final String ACCESS_CODE = "%%ac%%";
    private final String workingKey = %%sec%%;

    public String encrypt(String requestParams) {
        AesCryptUtil aes = new AesCryptUtil(workingKey);
        return aes.encrypt(requestParams);
    }

    public String decrypt(String encResp) {
        return new AesCryptUtil(workingKey).decrypt(encResp);
    }
}
""", mer=digits(r, 6), ac=ccav_access(r), sec=c.s(ccav_wk, "java", "CCAVENUE_WORKING_KEY")),
        "ccavenue", "working_key")


@pos
def t_ccav_py_kwargs(c):
    r = c.r
    return ("shop/gateways/ccavenue.py", fill("""
from .ccavutil import CCAvenue

%%hc%%
gateway = CCAvenue(
    merchant_id="%%mer%%",
    access_code="%%ac%%",
    working_key=%%sec%%,
    redirect_url="https://%%co%%.in/ccavenue/response/",
    cancel_url="https://%%co%%.in/ccavenue/cancel/",
)
""", hc=hcomment(r), mer=digits(r, 6), ac=ccav_access(r), co=pick(r, COMPANIES),
        sec=c.s(ccav_wk, "py", "CCAVENUE_WORKING_KEY", c.q())), "ccavenue", "working_key")


# ---------------------------------------------------------------- Instamojo
@pos
def t_im_py(c):
    r = c.r
    return ("donations/instamojo_client.py", fill("""
import os
from instamojo_wrapper import Instamojo

api = Instamojo(
    api_key=os.environ["INSTAMOJO_API_KEY"],
    auth_token=%%sec%%,
    endpoint="https://www.instamojo.com/api/1.1/",
)


def create_link(purpose, amount, email):
    resp = api.payment_request_create(
        amount=amount, purpose=purpose, send_email=True, email=email,
        redirect_url="https://%%co%%.org/donate/thanks",
    )
    return resp["payment_request"]["longurl"]
""", co=pick(r, COMPANIES), sec=c.s(lambda rr: hexs(rr, 32), "py", "INSTAMOJO_AUTH_TOKEN", '"')),
        "instamojo", "auth_token")


@pos
def t_im_php_salt(c):
    r = c.r
    n = c.nm("$privateSalt", ["$salt", "$imSalt"])
    return ("webhook/instamojo.php", fill("""
<?php
// Instamojo webhook: mac = HMAC-SHA1(values sorted by key, joined with |, private salt)
%%n%% = %%sec%%;

$data = $_POST;
$macProvided = $data['mac'];
unset($data['mac']);
ksort($data, SORT_STRING | SORT_FLAG_CASE);
$macCalculated = hash_hmac('sha1', implode('|', $data), %%n%%);

if ($macProvided == $macCalculated) {
    if ($data['status'] == 'Credit') {
        // payment successful - order update karo
        markPaid($data['payment_request_id'], $data['payment_id']);
    }
} else {
    http_response_code(400);
}
""", n=n, sec=c.s(lambda rr: hexs(rr, 32), "php", "INSTAMOJO_PRIVATE_SALT", '"')), "instamojo", "private_salt")


@pos
def t_im_curl(c):
    r = c.r
    return ("docs/instamojo-test.md", fill("""
## Instamojo sandbox smoke test

```sh
curl https://test.instamojo.com/api/1.1/payment-requests/ \\
  --header "X-Api-Key: $IM_API_KEY" \\
  --header "X-Auth-Token: %%sec%%" \\
  -d amount=10 -d purpose="Test order" -d buyer_name="%%who%%"
```

Response mein `payment_request.longurl` milega.
""", who=pick(r, PEOPLE), sec=c.s(lambda rr: "test_" + hexs(rr, 30), "raw", "IM_AUTH_TOKEN")),
        "instamojo", "auth_token")


# ---------------------------------------------------------------- Setu / DigiLocker
@pos
def t_setu_yaml(c):
    r = c.r
    n = c.nm("client_secret", ["secret", "api_secret"])
    return ("config/aa.yaml", fill("""
# Setu Account Aggregator (FIU) config
setu:
  base_url: https://fiu-uat.setu.co
  product_instance_id: %%pid%%
  client_id: %%cid%%
  %%n%%: %%sec%%
consent:
  fi_types: [DEPOSIT, TERM_DEPOSIT]
  purpose_code: 101
  data_life: { unit: MONTH, value: 1 }
""", pid=uuid4(r), cid=uuid4(r), n=n, sec=c.s(uuid4, "raw", "SETU_CLIENT_SECRET")), "setu", "client_secret")


@pos
def t_setu_node(c):
    r = c.r
    return ("src/setu/client.ts", fill("""
import axios from 'axios';

export const setu = axios.create({
  baseURL: 'https://umap.setu.co/api',
  headers: {
    'x-client-id': '%%cid%%',
    'x-client-secret': %%sec%%,
    'x-product-instance-id': '%%pid%%',
  },
  timeout: 10000,
});
""", cid=uuid4(r), pid=uuid4(r), sec=c.s(uuid4, "js", "SETU_CLIENT_SECRET", "'")), "setu", "client_secret")


@pos
def t_digilocker_django(c):
    r = c.r
    n = c.nm("DIGILOCKER_CLIENT_SECRET", ["DL_SECRET", "PARTNER_SECRET"])
    return ("kyc/settings_digilocker.py", fill("""
# DigiLocker partner (Authorized Partner API, OAuth 2.0)
DIGILOCKER_CLIENT_ID = "%%cid%%"
%%n%% = %%sec%%
DIGILOCKER_REDIRECT_URI = "https://%%co%%.in/kyc/digilocker/callback"
DIGILOCKER_AUTH_URL = "https://digilocker.meripehchaan.gov.in/public/oauth2/1/authorize"
DIGILOCKER_TOKEN_URL = "https://digilocker.meripehchaan.gov.in/public/oauth2/1/token"
%%hc%%
""", cid=rs(r, UP + DIG, 8), n=n, co=pick(r, COMPANIES), hc=hcomment(r),
        sec=c.s(lambda rr: hexs(rr, 32), "py", "DIGILOCKER_CLIENT_SECRET", '"')), "digilocker", "client_secret")


@pos
def t_digilocker_laravel(c):
    r = c.r
    return ("config/digilocker.php", fill("""
<?php

return [
    'client_id' => env('DIGILOCKER_CLIENT_ID', '%%cid%%'),
    'client_secret' => %%sec%%,
    'redirect' => env('APP_URL') . '/kyc/digilocker/callback',
    'scopes' => ['openid', 'files.issueddocs'],
];
""", cid=rs(r, UP + DIG, 8), sec=c.s(lambda rr: hexs(rr, 32), "php", "DIGILOCKER_CLIENT_SECRET", "'")),
        "digilocker", "client_secret")


# ---------------------------------------------------------------- ONDC
def ondc_sub(r):
    return pick(r, ["buyer", "seller", "bpp", "bap", "ondc"]) + "." + pick(r, COMPANIES) + ".in"


@pos
def t_ondc_json(c):
    r = c.r
    d = {"subscriber_id": ondc_sub(r), "unique_key_id": uuid4(r),
         "signing": {"publicKey": b64(r, 32), "privateKey": "@@SEC@@"},
         "encryption": {"publicKey": ondc_enc_pub(r)},
         "validFrom": "2025-0%d-01T00:00:00.000Z" % r.randrange(1, 9),
         "validUntil": "2030-01-01T00:00:00.000Z"}
    txt = json.dumps(d, indent=2)
    sec = c.s(ondc_sign64, "json", "ONDC_SIGNING_PRIVATE_KEY")
    txt = txt.replace('"@@SEC@@"', sec)
    return ("keys/ondc-keys.json", txt + "\n", "ondc", "signing_private_key")


@pos
def t_ondc_py(c):
    r = c.r
    n = c.nm("SIGNING_PRIVATE_KEY", ["SIGN_KEY_B64", "ondc_sk", "PRIVATE_KEY"])
    return ("ondc/auth.py", fill("""
import base64
import time

import nacl.signing
from nacl.bindings import crypto_sign_ed25519_sk_to_seed

SUBSCRIBER_ID = "%%sub%%"
UNIQUE_KEY_ID = "%%ukid%%"
%%n%% = %%sec%%


def auth_header(digest_b64):
    created = int(time.time())
    expires = created + 3600
    signing_string = f"(created): {created}\\n(expires): {expires}\\ndigest: BLAKE-512={digest_b64}"
    sk = nacl.signing.SigningKey(crypto_sign_ed25519_sk_to_seed(base64.b64decode(%%n%%)))
    sig = base64.b64encode(sk.sign(signing_string.encode()).signature).decode()
    return (f'Signature keyId="{SUBSCRIBER_ID}|{UNIQUE_KEY_ID}|ed25519",algorithm="ed25519",'
            f'created="{created}",expires="{expires}",headers="(created) (expires) digest",signature="{sig}"')
""", sub=ondc_sub(r), ukid=uuid4(r), n=n, sec=c.s(ondc_sign64, "py", "ONDC_SIGNING_PRIVATE_KEY", '"')),
        "ondc", "signing_private_key")


@pos
def t_ondc_helm(c):
    r = c.r
    return ("charts/ondc-bap/values-prod.yaml", fill("""
replicaCount: 2
image:
  repository: ghcr.io/%%co%%/ondc-bap
  tag: "1.8.3"

ondc:
  registryUrl: https://prod.registry.ondc.org/ondc
  subscriberId: %%sub%%
  subscriberUrl: https://%%sub%%/ondc
  uniqueKeyId: "%%ukid%%"
  signingPublicKey: "%%pub%%"
  encryptionPrivateKey: "%%sec%%"
  city: "std:080"
  domain: "ONDC:RET10"

resources:
  limits: { cpu: 500m, memory: 512Mi }
""", co=pick(r, COMPANIES), sub=ondc_sub(r), ukid=uuid4(r), pub=b64(r, 32),
        sec=c.s(ondc_enc_priv, "raw", "ONDC_ENCRYPTION_PRIVATE_KEY")), "ondc", "encryption_private_key")


@pos
def t_ondc_pem(c):
    r = c.r
    return ("secrets/ondc/encryption_private.pem", fill("""
-----BEGIN PRIVATE KEY-----
%%sec%%
-----END PRIVATE KEY-----
""", sec=c.s(ondc_enc_priv, "raw", "ONDC_ENC_KEY")), "ondc", "encryption_private_key")


@pos
def t_ondc_node_seed(c):
    r = c.r
    return ("src/ondc/sign.js", fill("""
const nacl = require('tweetnacl');
const { blake2b } = require('blakejs');

const subscriberId = '%%sub%%';
const uniqueKeyId = '%%ukid%%';
// 32 byte seed, base64
const seed = Buffer.from(%%sec%%, 'base64');
const keyPair = nacl.sign.keyPair.fromSeed(seed);

function digest(body) {
  return Buffer.from(blake2b(Buffer.from(JSON.stringify(body)), null, 64)).toString('base64');
}

function sign(signingString) {
  return Buffer.from(nacl.sign.detached(Buffer.from(signingString), keyPair.secretKey)).toString('base64');
}

module.exports = { subscriberId, uniqueKeyId, digest, sign };
""", sub=ondc_sub(r), ukid=uuid4(r), sec=c.s(ondc_seed, "js", "ONDC_SIGNING_SEED", "'")),
        "ondc", "signing_private_key")


# ---------------------------------------------------------------- GSTN e-invoice
@pos
def t_gst_py(c):
    r = c.r
    n = c.nm("EINV_CLIENT_SECRET", ["CLIENT_SECRET", "irp_secret"])
    return ("gst/einvoice/auth.py", fill("""
import base64
import json
import os

import requests
from Crypto.Cipher import PKCS1_v1_5
from Crypto.PublicKey import RSA

IRP_URL = "https://einv-apisandbox.nic.in"
GSTIN = "%%gstin%%"
CLIENT_ID = "%%cid%%"
%%n%% = %%sec%%


def authenticate(username, password, app_key):
    pub = RSA.import_key(open("certs/einv_sandbox.pem").read())
    payload = {"UserName": username, "Password": password, "AppKey": app_key,
               "ForceRefreshAccessToken": False}
    data = base64.b64encode(PKCS1_v1_5.new(pub).encrypt(base64.b64encode(json.dumps(payload).encode()))).decode()
    headers = {"client_id": CLIENT_ID, "client_secret": %%n%%, "Gstin": GSTIN}
    return requests.post(IRP_URL + "/eivital/v1.04/auth", json={"Data": data}, headers=headers).json()
""", gstin=gstin(r), cid="AA" + rs(r, UP + DIG, 14), n=n,
        sec=c.s(lambda rr: rs(rr, ALNUM, 20), "py", "EINV_CLIENT_SECRET", '"')), "gstn", "client_secret")


@pos
def t_gst_appkey_props(c):
    r = c.r
    return ("einvoice-service/src/main/resources/einvoice.properties", fill("""
# GST e-invoice (IRP) integration
einvoice.base-url=https://einv-apisandbox.nic.in
einvoice.gstin=%%gstin%%
einvoice.username=API_%%user%%
einvoice.password=${EINV_PASSWORD}
# AppKey: 32 random bytes base64, session ke liye
einvoice.appkey=%%sec%%
einvoice.public-key-path=classpath:keys/einv_sandbox.pem
""", gstin=gstin(r), user=rs(r, UP, 6), sec=c.s(lambda rr: b64(rr, 32), "raw", "EINV_APPKEY")),
        "gstn", "app_key")


@pos
def t_gst_postman(c):
    r = c.r
    coll = {"info": {"name": "E-Invoice IRP", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [{"name": "Auth", "request": {"method": "POST", "header": [
                {"key": "client_id", "value": "AA" + rs(r, UP + DIG, 14)},
                {"key": "client_secret", "value": "@@SEC@@"},
                {"key": "Gstin", "value": gstin(r)},
                {"key": "Content-Type", "value": "application/json"}],
                "body": {"mode": "raw", "raw": "{\"Data\": \"{{encrypted_payload}}\"}"},
                "url": {"raw": "{{irp_host}}/eivital/v1.04/auth", "host": ["{{irp_host}}"],
                        "path": ["eivital", "v1.04", "auth"]}}}]}
    txt = json.dumps(coll, indent=2)
    sec = c.s(lambda rr: rs(rr, ALNUM, 20), "json", "EINV_CLIENT_SECRET")
    txt = txt.replace('"@@SEC@@"', sec)
    return ("postman/einvoice.postman_collection.json", txt + "\n", "gstn", "client_secret")


# ---------------------------------------------------------------- Zoho
ZOHO_DOC_SECRET = "122c324d3496d5d777ceeebc129470715fbb856b7"
ZOHO_DOC_REFRESH = "1000.86a03ca5dbfccb7445b1889b8215efb0.cad9e1ae4989a1196fe05aa729fcb4e1"


@pos
def t_zoho_py(c):
    r = c.r
    n = c.nm("ZOHO_REFRESH_TOKEN", ["REFRESH", "zoho_rt", "BOOKS_TOKEN"])
    return ("integrations/zoho_books.py", fill("""
import requests

ACCOUNTS = "https://accounts.zoho.in"
API = "https://www.zohoapis.in/books/v3"
ORG_ID = "%%org%%"
CLIENT_ID = "%%cid%%"
%%n%% = %%sec%%


def access_token(client_secret):
    resp = requests.post(f"{ACCOUNTS}/oauth/v2/token", params={
        "refresh_token": %%n%%,
        "client_id": CLIENT_ID,
        "client_secret": client_secret,
        "grant_type": "refresh_token",
    })
    return resp.json()["access_token"]
""", org=digits(r, 9), cid=zoho_cid(r), n=n,
        sec=c.s(zoho_refresh, "py", "ZOHO_REFRESH_TOKEN", '"', docex=[ZOHO_DOC_REFRESH])), "zoho", "refresh_token")


@pos
def t_zoho_node(c):
    r = c.r
    return ("src/config/zoho.js", fill("""
module.exports = {
  zoho: {
    accountsUrl: 'https://accounts.zoho.in',
    apiDomain: 'https://www.zohoapis.in',
    clientId: '%%cid%%',
    clientSecret: %%sec%%,
    redirectUri: 'https://crm-sync.%%co%%.in/oauth/callback',
    scope: 'ZohoCRM.modules.ALL,ZohoCRM.settings.READ',
  },
};
""", cid=zoho_cid(r), co=pick(r, COMPANIES),
        sec=c.s(zoho_secret, "js", "ZOHO_CLIENT_SECRET", "'", docex=[ZOHO_DOC_SECRET])), "zoho", "client_secret")


@pos
def t_zoho_yaml(c):
    r = c.r
    return ("deploy/zoho-sync/values.yaml", fill("""
zohoSync:
  schedule: "*/30 * * * *"
  region: in
  orgId: "%%org%%"
  oauth:
    clientId: %%cid%%
    refreshToken: %%sec%%
  modules:
    - Leads
    - Deals
""", org=digits(r, 9), cid=zoho_cid(r), sec=c.s(zoho_refresh, "raw", "ZOHO_REFRESH_TOKEN", docex=[ZOHO_DOC_REFRESH])),
        "zoho", "refresh_token")


@pos
def t_zoho_curl(c):
    r = c.r
    return ("scripts/zoho_token.sh", fill("""
#!/usr/bin/env bash
# naya access token lo (1 ghante valid)
curl -s -X POST "https://accounts.zoho.in/oauth/v2/token?refresh_token=%%sec%%&client_id=%%cid%%&client_secret=${ZOHO_CLIENT_SECRET}&grant_type=refresh_token" \\
  | jq -r .access_token > /tmp/zoho_access_token
""", cid=zoho_cid(r), sec=c.s(zoho_refresh, "raw", "ZOHO_REFRESH_TOKEN", docex=[ZOHO_DOC_REFRESH])),
        "zoho", "refresh_token")


# ---------------------------------------------------------------- Freshworks
@pos
def t_freshdesk_py(c):
    r = c.r
    dom = pick(r, COMPANIES)
    return ("support/freshdesk_sync.py", fill("""
import requests

DOMAIN = "%%dom%%.freshdesk.com"


def open_tickets():
    url = f"https://{DOMAIN}/api/v2/tickets?filter=new_and_my_open"
    resp = requests.get(url, auth=(%%sec%%, "X"), timeout=30)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    for t in open_tickets():
        print(t["id"], t["subject"])
""", dom=dom, sec=c.s(lambda rr: rs(rr, ALNUM, 20), "py", "FRESHDESK_API_KEY", '"')), "freshdesk", "api_key")


@pos
def t_freshsales_node(c):
    r = c.r
    return ("lib/crm.js", fill("""
const axios = require('axios');

const crm = axios.create({
  baseURL: 'https://%%dom%%.myfreshworks.com/crm/sales/api',
  headers: {
    Authorization: 'Token token=%%sec%%',
    'Content-Type': 'application/json',
  },
});

exports.upsertContact = (c) => crm.post('/contacts/upsert', {
  unique_identifier: { emails: c.email },
  contact: { first_name: c.first, last_name: c.last, mobile_number: c.mobile },
});
""", dom=pick(r, COMPANIES), sec=c.s(lambda rr: rs(rr, ALNUM, 22), "raw", "FRESHSALES_API_KEY")),
        "freshsales", "api_key")


@pos
def t_freshdesk_yaml(c):
    r = c.r
    n = c.nm("api_key", ["token", "key"])
    return ("config/helpdesk.yml", fill("""
helpdesk:
  provider: freshdesk
  domain: %%dom%%.freshdesk.com
  %%n%%: %%sec%%
  default_group_id: %%gid%%
  priority_map: { low: 1, medium: 2, high: 3, urgent: 4 }
""", dom=pick(r, COMPANIES), n=n, gid=digits(r, 11), sec=c.s(lambda rr: rs(rr, ALNUM, 20), "raw", "FRESHDESK_API_KEY")),
        "freshdesk", "api_key")


# ---------------------------------------------------------------- MSG91
@pos
def t_msg91_laravel(c):
    r = c.r
    return ("config/msg91.php", fill("""
<?php

return [
    // OTP / transactional SMS
    'authkey' => %%sec%%,
    'sender' => '%%snd%%',
    'otp_template_id' => '%%tid%%',
    'route' => 4,
    'country' => 91,
];
""", snd=rs(r, UP, 6), tid=hexs(r, 24), sec=c.s(msg91_key, "php", "MSG91_AUTH_KEY", "'")), "msg91", "auth_key")


@pos
def t_msg91_node(c):
    r = c.r
    return ("services/otp.js", fill("""
const axios = require('axios');

async function sendOtp(mobile) {
  const { data } = await axios.post(
    'https://control.msg91.com/api/v5/otp',
    { template_id: '%%tid%%', mobile: `91${mobile}`, otp_length: 6 },
    { headers: { authkey: %%sec%%, 'content-type': 'application/json' } }
  );
  return data.type === 'success';
}

module.exports = { sendOtp };
""", tid=hexs(r, 24), sec=c.s(msg91_key, "js", "MSG91_AUTH_KEY", "'")), "msg91", "auth_key")


@pos
def t_msg91_url(c):
    r = c.r
    return ("notify/sms.py", fill("""
import urllib.parse
import urllib.request

%%hc%%
def send_sms(mobiles, message):
    params = urllib.parse.urlencode({"mobiles": ",".join(mobiles), "message": message,
                                     "sender": "%%snd%%", "route": 4, "country": 91})
    url = "https://api.msg91.com/api/sendhttp.php?authkey=%%sec%%&" + params
    with urllib.request.urlopen(url, timeout=10) as resp:
        return resp.read().decode()
""", hc=hcomment(r), snd=rs(r, UP, 6), sec=c.s(msg91_key, "raw", "MSG91_AUTH_KEY")), "msg91", "auth_key")


# ---------------------------------------------------------------- Exotel
def exo_key(r):
    return hexs(r, 40)


@pos
def t_exotel_py(c):
    r = c.r
    sid = pick(r, COMPANIES) + str(r.randrange(1, 9))
    return ("telephony/click_to_call.py", fill("""
import requests

URL = "https://%%key%%:%%sec%%@api.in.exotel.com/v1/Accounts/%%sid%%/Calls/connect"


def connect(agent, customer, caller_id="0%%cli%%"):
    data = {"From": agent, "To": customer, "CallerId": caller_id, "Record": "true"}
    return requests.post(URL, data=data, timeout=15).text
""", key=exo_key(r), sid=sid, cli=digits(r, 10), sec=c.s(exo_key, "raw", "EXOTEL_API_TOKEN",
                                                         docex=["a1b2c3d4XXXXXXXX"])), "exotel", "api_token")


@pos
def t_exotel_sh(c):
    r = c.r
    sid = pick(r, COMPANIES) + str(r.randrange(1, 9))
    return ("ops/exotel_sms.sh", fill("""
#!/bin/bash
TO="$1"; BODY="$2"
curl -s -X POST "https://%%key%%:%%sec%%@api.exotel.com/v1/Accounts/%%sid%%/Sms/send.json" \\
  -d "From=%%snd%%" -d "To=${TO}" --data-urlencode "Body=${BODY}"
""", key=exo_key(r), sid=sid, snd=rs(r, UP, 6), sec=c.s(exo_key, "raw", "EXOTEL_API_TOKEN")), "exotel", "api_token")


@pos
def t_exotel_yaml(c):
    r = c.r
    n = c.nm("api_token", ["token", "password"])
    return ("config/voice.yaml", fill("""
exotel:
  subdomain: api.in.exotel.com
  account_sid: %%sid%%
  api_key: %%key%%
  %%n%%: %%sec%%
  exophone: "0%%cli%%"
  flow_id: %%fid%%
""", sid=pick(r, COMPANIES) + str(r.randrange(1, 9)), key=exo_key(r), n=n, cli=digits(r, 10),
        fid=digits(r, 6), sec=c.s(exo_key, "raw", "EXOTEL_API_TOKEN")), "exotel", "api_token")


# ---------------------------------------------------------------- Gupshup / Kaleyra / Twilio
@pos
def t_gupshup_node(c):
    r = c.r
    return ("whatsapp/gupshup.js", fill("""
const qs = require('querystring');
const fetch = require('node-fetch');

const APP_NAME = '%%app%%';
const SOURCE = '91%%src%%';

async function sendText(dest, text) {
  const res = await fetch('https://api.gupshup.io/wa/api/v1/msg', {
    method: 'POST',
    headers: { apikey: %%sec%%, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: qs.stringify({ channel: 'whatsapp', source: SOURCE, destination: dest,
      'src.name': APP_NAME, message: JSON.stringify({ type: 'text', text }) }),
  });
  return res.json();
}

module.exports = { sendText };
""", app=pick(r, COMPANIES) + "bot", src=phone(r), sec=c.s(lambda rr: hexs(rr, 32), "js", "GUPSHUP_API_KEY", "'")),
        "gupshup", "api_key")


@pos
def t_gupshup_sms_py(c):
    r = c.r
    return ("alerts/gupshup_sms.py", fill("""
import requests

ENTERPRISE_URL = "https://enterprise.smsgupshup.com/GatewayAPI/rest"


def send(phone, msg):
    params = {
        "method": "SendMessage", "send_to": phone, "msg": msg, "msg_type": "TEXT",
        "userid": "%%uid%%", "password": %%sec%%, "auth_scheme": "plain",
        "v": "1.1", "format": "text",
    }
    return requests.get(ENTERPRISE_URL, params=params, timeout=10).text
""", uid=digits(r, 10), sec=c.s(password, "py", "GUPSHUP_PASSWORD", '"')), "gupshup", "password")


@pos
def t_kaleyra_py(c):
    r = c.r
    return ("messaging/kaleyra.py", fill("""
import requests

SID = "HXIN%%sidn%%IN"
BASE = f"https://api.kaleyra.io/v1/{SID}/messages"


def send_otp(to, otp):
    headers = {"api-key": %%sec%%, "Content-Type": "application/x-www-form-urlencoded"}
    data = {"to": f"+91{to}", "type": "OTP", "sender": "%%snd%%", "body": f"{otp} is your OTP",
            "template_id": "%%dlt%%"}
    return requests.post(BASE, headers=headers, data=data).json()
""", sidn=digits(r, 10), snd=rs(r, UP, 6), dlt=digits(r, 19),
        sec=c.s(lambda rr: "A" + hexs(rr, 32), "py", "KALEYRA_API_KEY", '"')), "kaleyra", "api_key")


@pos
def t_kaleyra_php(c):
    r = c.r
    n = c.nm("$kaleyraApiKey", ["$apiKey", "$smsKey"])
    return ("app/Libraries/Sms.php", fill("""
<?php
namespace App\\Libraries;

class Sms
{
    private $sid = 'HXIN%%sidn%%IN';

    public function send($to, $body)
    {
        %%n%% = %%sec%%;
        $ch = curl_init("https://api.kaleyra.io/v1/{$this->sid}/messages");
        curl_setopt($ch, CURLOPT_HTTPHEADER, ["api-key: " . %%n%%]);
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query(['to' => $to, 'sender' => '%%snd%%', 'body' => $body]));
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        return curl_exec($ch);
    }
}
""", sidn=digits(r, 10), n=n, snd=rs(r, UP, 6), sec=c.s(lambda rr: "A" + hexs(rr, 32), "php", "KALEYRA_API_KEY", "'")),
        "kaleyra", "api_key")


@pos
def t_twilio_py(c):
    r = c.r
    return ("otp/twilio_verify.py", fill("""
from twilio.rest import Client

%%hc%%
client = Client("AC%%acc%%", %%sec%%)
VERIFY_SID = "VA%%va%%"


def start(phone):
    return client.verify.v2.services(VERIFY_SID).verifications.create(to="+91" + phone, channel="sms").status
""", hc=hcomment(r), acc=hexs(r, 32), va=hexs(r, 32), sec=c.s(lambda rr: hexs(rr, 32), "py", "TWILIO_AUTH_TOKEN", '"')),
        "twilio", "auth_token")


@pos
def t_twilio_props(c):
    r = c.r
    return ("src/main/resources/application-sms.properties", fill("""
twilio.account-sid=AC%%acc%%
twilio.auth-token=%%sec%%
twilio.from-number=+1%%frm%%
sms.provider=twilio
sms.fallback=msg91
""", acc=hexs(r, 32), frm=digits(r, 10), sec=c.s(lambda rr: hexs(rr, 32), "raw", "TWILIO_AUTH_TOKEN")),
        "twilio", "auth_token")


# ---------------------------------------------------------------- Shiprocket / Delhivery
@pos
def t_shiprocket_node(c):
    r = c.r
    co = pick(r, COMPANIES)
    return ("src/shipping/shiprocket.js", fill("""
const axios = require('axios');

let token = null;

async function login() {
  const { data } = await axios.post('https://apiv2.shiprocket.in/v1/external/auth/login', {
    email: 'api.user@%%co%%.in',
    password: %%sec%%,
  });
  token = data.token;
  return token;
}

async function trackAwb(awb) {
  if (!token) await login();
  const { data } = await axios.get(`https://apiv2.shiprocket.in/v1/external/courier/track/awb/${awb}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return data;
}

module.exports = { login, trackAwb };
""", co=co, sec=c.s(password, "js", "SHIPROCKET_PASSWORD", "'")), "shiprocket", "password")


@pos
def t_shiprocket_jwt(c):
    r = c.r
    n = c.nm("SHIPROCKET_TOKEN", ["SR_TOKEN", "courier_bearer"])
    return ("logistics/shiprocket_api.py", fill("""
import requests

BASE = "https://apiv2.shiprocket.in/v1/external"
# token 10 din valid hai, expire hone pe naya daalo
%%n%% = %%sec%%


def serviceability(pickup_pin, delivery_pin, weight_kg, cod=False):
    return requests.get(f"{BASE}/courier/serviceability/", headers={"Authorization": f"Bearer {%%n%%}"},
                        params={"pickup_postcode": pickup_pin, "delivery_postcode": delivery_pin,
                                "weight": weight_kg, "cod": int(cod)}).json()
""", n=n, sec=c.s(jwt_shiprocket, "py", "SHIPROCKET_TOKEN", '"')), "shiprocket", "jwt_token")


@pos
def t_delhivery_py(c):
    r = c.r
    return ("logistics/delhivery.py", fill("""
import requests

BASE = "https://track.delhivery.com"


def pincode_serviceable(pin):
    r = requests.get(f"{BASE}/c/api/pin-codes/json/", params={"filter_codes": pin},
                     headers={"Authorization": "Token %%sec%%"})
    return bool(r.json().get("delivery_codes"))
""", sec=c.s(lambda rr: hexs(rr, 40), "raw", "DELHIVERY_TOKEN")), "delhivery", "api_token")


@pos
def t_delhivery_yaml(c):
    r = c.r
    return ("docker-compose.yml", fill("""
version: "3.9"
services:
  shipping-worker:
    image: %%co%%/shipping-worker:2.4.1
    restart: unless-stopped
    environment:
      DELHIVERY_BASE_URL: https://track.delhivery.com
      DELHIVERY_API_TOKEN: %%sec%%
      DELHIVERY_CLIENT: %%cl%%
      REDIS_URL: redis://redis:6379/2
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
""", co=pick(r, COMPANIES), cl=pick(r, COMPANIES).upper() + " SURFACE", sec=c.s(lambda rr: hexs(rr, 40), "raw", "DELHIVERY_API_TOKEN")),
        "delhivery", "api_token")


# ---------------------------------------------------------------- Tally / Busy
@pos
def t_busy_appsettings(c):
    r = c.r
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "ConnectionStrings": {"BusyDb": "Server=192.168.1.%d\\BUSY;Database=BusyComp0001_db1%d;User Id=sa;Password=@@SEC@@;TrustServerCertificate=True"
                               % (r.randrange(2, 250), r.randrange(2019, 2026))},
         "Sync": {"IntervalMinutes": 15, "Branch": pick(r, CITIES)}}
    txt = json.dumps(d, indent=2)
    sec = c.s(password, "raw", "BUSY_SQL_PASSWORD")
    txt = txt.replace("@@SEC@@", sec)
    return ("BusyConnector/appsettings.json", txt + "\n", "busy", "db_password")


@pos
def t_tally_ini(c):
    r = c.r
    n = c.nm("sync_token", ["token", "agent_key"])
    return ("tally-connector/config.ini", fill("""
; Tally to cloud sync agent
[tally]
host = localhost
port = 9000
company = %%co%% Traders (2024-25)

[cloud]
endpoint = https://sync.%%co%%.in/api/v1/vouchers
%%n%% = %%sec%%
batch_size = 200
""", co=pick(r, COMPANIES), n=n, sec=c.s(lambda rr: hexs(rr, 32), "raw", "TALLY_SYNC_TOKEN")), "tally", "api_token")


# ================================================================ look-alike negatives
# Each takes a Random and returns (relpath, text, provider, kind); no credential.
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def hmac_hex(r):
    return hexs(r, 64)


def ts(r):
    return "2025-%02d-%02dT%02d:%02d:%02d.%03d+05:30" % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24),
                                                         r.randrange(60), r.randrange(60), r.randrange(1000))


@neg
def n_rzp_checkout_js(r):
    return ("public/js/checkout.js", fill("""
// Razorpay Checkout: sirf key_id frontend pe jaata hai (public hai)
document.getElementById('pay-btn').onclick = async function (e) {
  e.preventDefault();
  const order = await fetch('/api/orders', { method: 'POST' }).then((r) => r.json());
  const options = {
    key: '%%kid%%',
    amount: order.amount,
    currency: 'INR',
    name: '%%co%%',
    order_id: order.id, // e.g. %%oid%%
    prefill: { name: '%%who%%', contact: '+91%%ph%%' },
    theme: { color: '#3399cc' },
    handler: function (resp) {
      fetch('/api/verify', { method: 'POST', body: JSON.stringify(resp) });
    },
  };
  new Razorpay(options).open();
};
""", kid=rzp_id(r), co=pick(r, COMPANIES), oid=rzp_obj(r, "order"), who=pick(r, PEOPLE), ph=phone(r)),
        "razorpay", "public_key_id")


@neg
def n_rzp_android(r):
    pkg = pick(r, COMPANIES)
    return ("app/src/main/java/com/%s/CheckoutActivity.kt" % pkg, fill("""
package com.%%pkg%%

import com.razorpay.Checkout
import org.json.JSONObject

class CheckoutActivity : BaseActivity() {
    fun startPayment(orderId: String, amountPaise: Int) {
        val co = Checkout()
        co.setKeyID("%%kid%%")
        val options = JSONObject()
        options.put("name", "%%pkg%%")
        options.put("order_id", orderId)
        options.put("currency", "INR")
        options.put("amount", amountPaise)
        co.open(this, options)
    }
}
""", pkg=pkg, kid=rzp_id(r)), "razorpay", "public_key_id")


@neg
def n_rzp_webhook_log(r):
    lines = []
    for _ in range(r.randrange(6, 12)):
        lines.append('%s INFO  webhook.razorpay event=%s id=%s payment=%s order=%s x-razorpay-signature=%s verified=true' % (
            ts(r), pick(r, ["payment.captured", "order.paid", "refund.processed", "payment.failed"]),
            "evt_" + rs(r, ALNUM, 14), rzp_obj(r, "pay"), rzp_obj(r, "order"), hmac_hex(r)))
    return ("logs/webhooks-%s.log" % pick(r, ["2025-03-14", "2025-07-02", "2025-11-21"]), "\n".join(lines) + "\n",
            "razorpay", "webhook_signature")


@neg
def n_rzp_orders_sql(r):
    rows = []
    for i in range(r.randrange(4, 8)):
        rows.append("  (%d, '%s', '%s', '%s', %d, 'captured', '%s')" % (
            1000 + i, rzp_obj(r, "order"), rzp_obj(r, "pay"), hmac_hex(r), r.randrange(100, 500000),
            ts(r)[:19].replace("T", " ")))
    return ("db/seeds/002_payments.sql", "-- sample payments for staging (signature = razorpay_signature of each payment)\n"
            "INSERT INTO payments (id, razorpay_order_id, razorpay_payment_id, razorpay_signature, amount_paise, status, created_at) VALUES\n"
            + ",\n".join(rows) + ";\n", "razorpay", "payment_ids")


@neg
def n_rzp_customers_csv(r):
    out = ["customer_id,name,email,contact,gstin,created_at"]
    for _ in range(r.randrange(5, 10)):
        nm = pick(r, PEOPLE)
        out.append("%s,%s,%s@example.in,+91%s,%s,%d" % (rzp_obj(r, "cust"), nm, nm.split()[0].lower(), phone(r),
                                                     gstin(r), 1700000000 + r.randrange(50000000)))
    return ("exports/razorpay_customers.csv", "\n".join(out) + "\n", "razorpay", "customer_ids")


@neg
def n_paytm_mid_js(r):
    return ("src/components/PaytmButton.jsx", fill("""
import { useEffect } from 'react';

// MID public hai; txnToken backend se aata hai har order ke liye
const config = {
  root: '',
  flow: 'DEFAULT',
  merchant: { mid: '%%mid%%', redirect: false },
  data: { orderId: '', token: '', tokenType: 'TXN_TOKEN', amount: '' },
};

export default function PaytmButton({ order }) {
  useEffect(() => {
    config.data = { orderId: order.id, token: order.txnToken, tokenType: 'TXN_TOKEN', amount: order.amount };
    window.Paytm.CheckoutJS.init(config).then(() => window.Paytm.CheckoutJS.invoke());
  }, [order]);
  return <div id="paytm-checkoutjs" />;
}
""", mid=paytm_mid(r)), "paytm", "mid")


@neg
def n_paytm_callback_log(r):
    lines = []
    for _ in range(r.randrange(4, 9)):
        lines.append("%s paytm-callback ORDERID=ORD%s MID=%s TXNID=%s STATUS=TXN_SUCCESS CHECKSUMHASH=%s" % (
            ts(r), digits(r, 8), paytm_mid(r), digits(r, 20), b64(r, 80)))
    return ("logs/paytm-callback.log", "\n".join(lines) + "\n", "paytm", "checksum_in_log")


@neg
def n_cf_frontend(r):
    return ("web/src/pay/cashfree.ts", fill("""
import { load } from '@cashfreepayments/cashfree-js';

// payment_session_id har order ka alag hota hai, secret nahi hai
export async function openCheckout(paymentSessionId: string) {
  const cashfree = await load({ mode: 'production' });
  return cashfree.checkout({ paymentSessionId, redirectTarget: '_self' });
}

// example response from POST /pg/orders
export const SAMPLE = {
  cf_order_id: '%%cfo%%',
  order_id: 'order_%%oid%%',
  payment_session_id: 'session_%%sess%%',
  order_status: 'ACTIVE',
};
""", cfo=digits(r, 10), oid=digits(r, 8), sess=b64url(rbytes(r, 96))), "cashfree", "payment_session_id")


@neg
def n_cf_webhook_log(r):
    lines = []
    for _ in range(r.randrange(4, 9)):
        lines.append("[%s] cashfree webhook type=PAYMENT_SUCCESS_WEBHOOK order_id=%s x-webhook-timestamp=%d x-webhook-signature=%s ok" % (
            ts(r), "ORD" + digits(r, 9), 1717000000000 + r.randrange(10 ** 10), b64(r, 32)))
    return ("var/log/cashfree-webhooks.log", "\n".join(lines) + "\n", "cashfree", "webhook_signature")


@neg
def n_cf_appid_readme(r):
    return ("docs/cashfree.md", fill("""
# Cashfree setup

| Env | App ID | Secret |
|-----|--------|--------|
| sandbox | `%%tapp%%` | stored in Vault: `kv/payments/cashfree/sandbox` |
| production | `%%papp%%` | stored in Vault: `kv/payments/cashfree/prod` |

App ID public identifier hai; secret key kabhi repo mein commit na karein.
Secret keys `cfsk_ma_prod_...` / `cfsk_ma_test_...` jaisi dikhti hain.
""", tapp=cf_appid(r, False), papp=cf_appid(r, True)), "cashfree", "app_id")


@neg
def n_phonepe_log(r):
    lines = []
    for _ in range(r.randrange(4, 9)):
        lines.append("%s phonepe request merchantId=%s txn=MT%s X-VERIFY=%s###1 status=%s" % (
            ts(r), pp_mid(r), digits(r, 16), hexs(r, 64), pick(r, ["PAYMENT_SUCCESS", "PAYMENT_PENDING", "PAYMENT_ERROR"])))
    return ("logs/phonepe.log", "\n".join(lines) + "\n", "phonepe", "x_verify_in_log")


@neg
def n_payu_docs_test(r):
    return ("docs/payu-testing.md", fill("""
# PayU test mode

PayU ka public test merchant use karo (docs mein diya hua):

- Key: `gtKFFx`
- Salt: `eCwWELxi`
- Test URL: https://test.payu.in/_payment

Test card: 5123 4567 8901 2346, expiry 05/30, CVV 123, OTP 123456.
Live key/salt sirf production secrets store mein hain.
"""), "payu", "documented_test_key")


@neg
def n_payu_form_html(r):
    return ("templates/payu_redirect.html", fill("""
<!doctype html>
<html>
<body onload="document.forms.payu.submit()">
<form name="payu" action="https://secure.payu.in/_payment" method="post">
  <input type="hidden" name="key" value="%%key%%">
  <input type="hidden" name="txnid" value="%%txn%%">
  <input type="hidden" name="amount" value="%%amt%%.00">
  <input type="hidden" name="productinfo" value="Order %%oid%%">
  <input type="hidden" name="firstname" value="%%first%%">
  <input type="hidden" name="email" value="%%first_l%%@example.in">
  <input type="hidden" name="phone" value="%%ph%%">
  <input type="hidden" name="surl" value="https://shop.example.in/payu/success">
  <input type="hidden" name="furl" value="https://shop.example.in/payu/failure">
  <input type="hidden" name="hash" value="%%hash%%">
</form>
</body>
</html>
""", key=payu_key(r), txn=hexs(r, 20), amt=r.randrange(99, 9999), oid=digits(r, 6),
        first=pick(r, PEOPLE).split()[0], first_l=pick(r, PEOPLE).split()[0].lower(), ph=phone(r), hash=hexs(r, 128)),
        "payu", "request_hash")


@neg
def n_ondc_lookup(r):
    subs = []
    for _ in range(r.randrange(1, 4)):
        subs.append({"subscriber_id": ondc_sub(r), "subscriber_url": "https://%s/ondc" % ondc_sub(r),
                     "type": pick(r, ["BAP", "BPP"]), "domain": pick(r, ["ONDC:RET10", "ONDC:RET11", "ONDC:FIS12"]),
                     "city": "std:0%d" % r.randrange(11, 99), "country": "IND",
                     "signing_public_key": b64(r, 32), "encr_public_key": ondc_enc_pub(r),
                     "valid_from": "2024-05-01T00:00:00.000Z", "valid_until": "2029-05-01T00:00:00.000Z",
                     "status": "SUBSCRIBED", "ukId": uuid4(r), "br_id": uuid4(r)})
    return ("test/fixtures/registry_lookup.json", json.dumps(subs, indent=2) + "\n", "ondc", "public_keys")


@neg
def n_ondc_auth_log(r):
    lines = []
    for _ in range(r.randrange(3, 7)):
        c0 = 1717000000 + r.randrange(30000000)
        lines.append('%s DEBUG /search Authorization: Signature keyId="%s|%s|ed25519",algorithm="ed25519",created="%d",expires="%d",headers="(created) (expires) digest",signature="%s"' % (
            ts(r), ondc_sub(r), uuid4(r), c0, c0 + 3600, b64(r, 64)))
    return ("logs/bap-gateway.log", "\n".join(lines) + "\n", "ondc", "request_signature")


@neg
def n_ondc_site_verif(r):
    return ("public/ondc-site-verification.html", fill("""
<!--Contents of ondc-site-verification.html. -->
<!--Please replace SIGNED_UNIQUE_REQ_ID with an actual value-->
<html>
  <head>
    <meta name="ondc-site-verification" content="%%sig%%" />
  </head>
  <body>
    ONDC Site Verification Page
  </body>
</html>
""", sig=b64(r, 64)), "ondc", "site_verification")


@neg
def n_ondc_pubkeys_md(r):
    return ("docs/ondc-onboarding.md", fill("""
# ONDC onboarding (pre-prod)

1. subscriber_id: `%%sub%%`
2. unique_key_id: `%%ukid%%`
3. signing_public_key (Ed25519): `%%spk%%`
4. encryption_public_key (X25519, DER): `%%epk%%`
5. request_id: `%%rid%%`

Private keys kabhi repo mein nahi; woh HSM/KMS mein hain (`kms://ondc/prod/signing`).
""", sub=ondc_sub(r), ukid=uuid4(r), spk=b64(r, 32), epk=ondc_enc_pub(r), rid=uuid4(r)), "ondc", "public_keys")


@neg
def n_gstin_vendor_csv(r):
    out = ["vendor_code,legal_name,gstin,pan,state,ifsc,account_no,upi"]
    for i in range(r.randrange(6, 12)):
        g = gstin(r)
        out.append("V%04d,%s Traders Pvt Ltd,%s,%s,%s,%s,%s,%s" % (
            i + 1, pick(r, COMPANIES).title(), g, g[2:12], pick(r, CITIES), ifsc(r), digits(r, 14), vpa(r)))
    return ("data/vendors_master.csv", "\n".join(out) + "\n", "gstn", "gstin_pan_ifsc")


@neg
def n_einvoice_resp(r):
    iat = 1717000000 + r.randrange(30000000)
    qr_hdr = b64url(json.dumps({"alg": "RS256", "kid": hexs(r, 40).upper(), "typ": "JWT", "x5t": b64url(rbytes(r, 20))}).encode())
    qr_body = b64url(json.dumps({"data": json.dumps({"SellerGstin": gstin(r), "BuyerGstin": gstin(r), "DocNo": "INV/%d" % r.randrange(1000, 9999),
                                                     "DocTyp": "INV", "TotInvVal": r.randrange(1000, 900000), "Irn": hexs(r, 64)}),
                                 "iss": "NIC Sandbox", "iat": iat}).encode())
    d = {"AckNo": int(digits(r, 15)), "AckDt": "2025-06-1%d 12:3%d:00" % (r.randrange(10), r.randrange(10)), "Irn": hexs(r, 64),
         "SignedInvoice": "(omitted)", "SignedQRCode": qr_hdr + "." + qr_body + "." + b64url(rbytes(r, 256)),
         "Status": "ACT", "EwbNo": None, "Remarks": None}
    return ("test/fixtures/irn_response.json", json.dumps(d, indent=2) + "\n", "gstn", "irn_signed_qr")


@neg
def n_einv_pubkey(r):
    body = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(r, 256)
                            + bytes.fromhex("0203010001")).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("certs/einv_sandbox.pem", "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n",
            "gstn", "irp_public_key")


@neg
def n_upi_fixtures(r):
    d = {"collect_requests": [{"vpa": vpa(r), "amount": "%d.00" % r.randrange(10, 5000), "txn_ref": "UPI" + digits(r, 12),
                               "rrn": digits(r, 12), "status": pick(r, ["SUCCESS", "PENDING", "FAILURE"])} for _ in range(r.randrange(3, 7))],
         "merchant_vpa": pick(r, COMPANIES) + "@" + pick(r, ["icici", "hdfcbank", "axisbank", "ybl"])}
    return ("tests/fixtures/upi_collect.json", json.dumps(d, indent=2) + "\n", "upi", "vpa")


@neg
def n_zoho_docs(r):
    return ("docs/zoho-oauth.md", fill("""
# Zoho OAuth (Self Client)

Zoho ke docs ka example request (values dummy hain):

```
https://accounts.zoho.com/oauth/v2/token
?client_id=1000.GMB0YULZHJK411248S8I5GZ4CHUEX0
&client_secret=%%zs%%
&grant_type=refresh_token
&refresh_token=%%zr%%
```

Hamare asli credentials `ZOHO_CLIENT_SECRET` aur `ZOHO_REFRESH_TOKEN` env vars se aate hain.
India DC ke liye `accounts.zoho.in` use karein.
""", zs=ZOHO_DOC_SECRET, zr=ZOHO_DOC_REFRESH), "zoho", "documented_example")


@neg
def n_zoho_clientid(r):
    return ("web/src/zohoLogin.js", fill("""
// Zoho Accounts OAuth (implicit / PKCE flow); client id public hai
const AUTH = 'https://accounts.zoho.in/oauth/v2/auth';
export function loginUrl(state, codeChallenge) {
  const q = new URLSearchParams({
    client_id: '%%cid%%',
    response_type: 'code',
    scope: 'AaaServer.profile.Read',
    redirect_uri: window.location.origin + '/oauth/zoho',
    state,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  });
  return `${AUTH}?${q}`;
}
""", cid=zoho_cid(r)), "zoho", "client_id")


@neg
def n_twilio_log(r):
    lines = []
    for _ in range(r.randrange(4, 9)):
        lines.append("%s sms sent sid=SM%s account=AC%s to=+91%s status=%s" % (
            ts(r), hexs(r, 32), hexs(r, 32), phone(r), pick(r, ["queued", "sent", "delivered"])))
    return ("logs/sms.log", "\n".join(lines) + "\n", "twilio", "message_sid")


@neg
def n_exotel_calls_csv(r):
    out = ["CallSid,From,To,Status,Duration,StartTime,RecordingUrl"]
    for _ in range(r.randrange(5, 10)):
        sid = hexs(r, 32)
        out.append("%s,0%s,0%s,%s,%d,%s,https://recordings.exotel.com/%s/%s.mp3" % (
            sid, digits(r, 10), digits(r, 10), pick(r, ["completed", "no-answer", "busy"]), r.randrange(0, 600),
            ts(r)[:19], pick(r, COMPANIES), sid))
    return ("reports/exotel_calls.csv", "\n".join(out) + "\n", "exotel", "call_sid")


@neg
def n_msg91_resp(r):
    d = {"type": "success", "message": hexs(r, 24), "request_id": hexs(r, 24),
         "template_id": hexs(r, 24), "dlt_te_id": digits(r, 19), "entity_id": digits(r, 19)}
    return ("tests/fixtures/msg91_send_response.json", json.dumps(d, indent=2) + "\n", "msg91", "request_id")


@neg
def n_kaleyra_dlt(r):
    out = ["# DLT registered templates (TRAI) - sender ids and template ids are public registry values",
           "templates:"]
    for _ in range(r.randrange(3, 6)):
        out += ["  - name: %s" % pick(r, ["otp_login", "order_shipped", "payment_received", "refund_done"]),
                "    sender: %s" % rs(r, UP, 6), "    dlt_template_id: \"%s\"" % digits(r, 19),
                "    pe_id: \"%s\"" % digits(r, 19)]
    return ("config/dlt_templates.yaml", "\n".join(out) + "\n", "kaleyra", "dlt_ids")


@neg
def n_delhivery_awb(r):
    out = ["awb,order_id,pincode,status,last_scan"]
    for _ in range(r.randrange(5, 10)):
        out.append("%s,ORD-%s,%s,%s,%s" % (digits(r, 14), digits(r, 7), digits(r, 6),
                                           pick(r, ["In Transit", "Delivered", "RTO", "Pending Pickup"]), ts(r)[:19]))
    return ("exports/delhivery_shipments.csv", "\n".join(out) + "\n", "delhivery", "awb_numbers")


@neg
def n_shiprocket_resp(r):
    d = {"order_id": int(digits(r, 9)), "shipment_id": int(digits(r, 9)), "status": "NEW", "status_code": 1,
         "awb_code": digits(r, 14), "courier_company_id": r.randrange(1, 300), "courier_name": pick(r, ["Delhivery Surface", "Xpressbees", "Ekart"]),
         "label_url": "https://kr-shipmultichannel-mum.s3.ap-south-1.amazonaws.com/%s/labels/%s.pdf" % (digits(r, 6), hexs(r, 32)),
         "routing_code": "%s/%s" % (rs(r, UP, 3), rs(r, UP, 3))}
    return ("tests/fixtures/shiprocket_create_order.json", json.dumps(d, indent=2) + "\n", "shiprocket", "shipment_ids")


@neg
def n_assetlinks(r):
    fp = ":".join(hexs(r, 2, upper=True) for _ in range(32))
    d = [{"relation": ["delegate_permission/common.handle_all_urls"],
          "target": {"namespace": "android_app", "package_name": "in.%s.app" % pick(r, COMPANIES),
                     "sha256_cert_fingerprints": [fp]}}]
    return ("public/.well-known/assetlinks.json", json.dumps(d, indent=2) + "\n", "android", "cert_fingerprint")


@neg
def n_lockfile(r):
    pk = []
    for nm, ver in [("razorpay", "2.9.%d" % r.randrange(6)), ("paytmchecksum", "1.5.1"), ("cashfree-pg", "4.%d.0" % r.randrange(4)),
                    ("axios", "1.7.%d" % r.randrange(9))]:
        pk.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s"\n    }'
                  % (nm, ver, nm, nm, ver, b64(r, 64)))
    return ("package-lock.json", '{\n  "name": "%s-api",\n  "lockfileVersion": 3,\n  "packages": {\n' % pick(r, COMPANIES)
            + ",\n".join(pk) + "\n  }\n}\n", "npm", "integrity_hash")


@neg
def n_k8s_digest(r):
    return ("deploy/k8s/payments-deployment.yaml", fill("""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
spec:
  replicas: 3
  selector:
    matchLabels: { app: payments-api }
  template:
    metadata:
      labels: { app: payments-api }
    spec:
      containers:
        - name: api
          image: asia-south1-docker.pkg.dev/%%co%%-prod/apps/payments-api@sha256:%%dg%%
          envFrom:
            - secretRef:
                name: payments-gateway-keys
          env:
            - name: RAZORPAY_KEY_ID
              value: %%kid%%
""", co=pick(r, COMPANIES), dg=hexs(r, 64), kid=rzp_id(r)), "k8s", "image_digest")


@neg
def n_changelog(r):
    out = ["# Changelog", ""]
    for v in range(r.randrange(4, 8), 0, -1):
        out += ["## v1.%d.0" % v, "", "- %s (%s)" % (pick(r, ["Razorpay webhook retries", "Cashfree v3 API", "PhonePe refund flow",
                                                             "GST e-invoice cancel IRN", "ONDC /on_search pagination"]), hexs(r, 40)),
                "- fix: %s (%s)" % (pick(r, ["paise rounding", "UPI intent on Android 14", "PAN validation regex"]), hexs(r, 7)), ""]
    return ("CHANGELOG.md", "\n".join(out), "git", "commit_sha")


@neg
def n_data_uri(r):
    return ("src/assets/logos.js", fill("""
// UPI / wallet logos inline (base64 PNG)
export const UPI_LOGO = 'data:image/png;base64,%%a%%';
export const RUPAY_LOGO = 'data:image/png;base64,%%b%%';
""", a="iVBORw0KGgoAAAANSUhEUgAA" + b64(r, 120), b="iVBORw0KGgoAAAANSUhEUgAA" + b64(r, 90)), "assets", "data_uri")


@neg
def n_setu_consent(r):
    d = {"id": uuid4(r), "url": "https://fiu-uat.setu.co/consents/webview/%s" % uuid4(r), "status": "ACTIVE",
         "detail": {"consentStart": ts(r), "consentExpiry": ts(r), "consentMode": "STORE", "fetchType": "PERIODIC",
                    "fiTypes": ["DEPOSIT"], "vua": "%s@onemoney" % phone(r),
                    "DataConsumer": {"id": "setu-fiu-id"}},
         "signedConsent": b64url(json.dumps({"alg": "RS256", "kid": uuid4(r)}).encode()) + "." + b64url(rbytes(r, 180)) + "." + b64url(rbytes(r, 256))}
    return ("tests/fixtures/setu_consent.json", json.dumps(d, indent=2) + "\n", "setu", "signed_consent")


@neg
def n_digilocker_docs(r):
    d = {"items": [{"name": pick(r, ["Aadhaar Card", "PAN Verification Record", "Driving License", "Class XII Marksheet"]),
                    "type": "file", "size": str(r.randrange(20000, 400000)), "date": "%02d-%02d-2024" % (r.randrange(1, 29), r.randrange(1, 13)),
                    "mime": ["application/pdf", "application/xml"], "uri": "in.gov.%s-%s-%s" % (pick(r, ["uidai", "pan", "transport", "cbse"]),
                                                                                                 rs(r, UP, 6), rs(r, UP + DIG, 15)),
                    "doctype": rs(r, UP, 6), "issuerid": "in.gov." + pick(r, ["uidai", "pan", "transport"]),
                    "sha256": hexs(r, 64)} for _ in range(r.randrange(2, 5))]}
    return ("tests/fixtures/digilocker_issued.json", json.dumps(d, indent=2) + "\n", "digilocker", "doc_uri_hash")


@neg
def n_instamojo_log(r):
    lines = []
    for _ in range(r.randrange(4, 8)):
        lines.append("%s instamojo webhook payment_id=MOJO%s payment_request_id=%s status=Credit amount=%d.00 mac=%s" % (
            ts(r), rs(r, UP + DIG, 16), hexs(r, 32), r.randrange(10, 5000), hexs(r, 40)))
    return ("logs/instamojo.log", "\n".join(lines) + "\n", "instamojo", "webhook_mac")


@neg
def n_freshdesk_export(r):
    items = []
    for _ in range(r.randrange(3, 6)):
        em = "%s@example.in" % pick(r, PEOPLE).split()[0].lower()
        items.append({"id": int(digits(r, 6)), "subject": pick(r, ["Refund nahi aaya", "Order delay", "Payment failed but amount debited"]),
                      "requester": {"email": em, "avatar": "https://www.gravatar.com/avatar/%s" % hashlib.md5(em.encode()).hexdigest()},
                      "status": 2, "priority": r.randrange(1, 5)})
    return ("exports/freshdesk_tickets.json", json.dumps(items, indent=2, ensure_ascii=False) + "\n", "freshdesk", "ticket_export")


@neg
def n_tally_xml(r):
    vs = []
    for _ in range(r.randrange(2, 5)):
        vs.append("""  <VOUCHER REMOTEID="%s-%08x" VCHKEY="%s-0000aa9c:%08x" VCHTYPE="Sales" ACTION="Create">
    <DATE>2025%02d%02d</DATE>
    <GUID>%s-%08x</GUID>
    <PARTYLEDGERNAME>%s Traders</PARTYLEDGERNAME>
    <PARTYGSTIN>%s</PARTYGSTIN>
    <VOUCHERNUMBER>%d</VOUCHERNUMBER>
  </VOUCHER>""" % (uuid4(r), r.randrange(1 << 20), uuid4(r), r.randrange(1 << 16), r.randrange(1, 13), r.randrange(1, 29),
                   uuid4(r), r.randrange(1 << 20), pick(r, COMPANIES).title(), gstin(r), r.randrange(1, 9999)))
    return ("tally-connector/samples/daybook.xml", "<ENVELOPE>\n <BODY>\n <DATA>\n" + "\n".join(vs) + "\n </DATA>\n </BODY>\n</ENVELOPE>\n",
            "tally", "guid")


@neg
def n_env_example(r):
    return (".env.example", fill("""
# Copy to .env and fill in. Kabhi .env commit mat karna!
RAZORPAY_KEY_ID=rzp_test_xxxxxxxxxxxxxx
RAZORPAY_KEY_SECRET=
RAZORPAY_WEBHOOK_SECRET=<choose-a-long-random-string>
CASHFREE_APP_ID=
CASHFREE_SECRET_KEY=cfsk_ma_test_<your-secret>
PHONEPE_MERCHANT_ID=PGTESTPAYUAT
PHONEPE_SALT_KEY=%%pp%%
PHONEPE_SALT_INDEX=1
MSG91_AUTH_KEY=your-msg91-auth-key
ZOHO_REFRESH_TOKEN=1000.xxxxxxxx.xxxxxxxx
""", pp=PHONEPE_UAT_SALT), "multi", "placeholders")


@neg
def n_postman_env(r):
    d = {"id": uuid4(r), "name": "%s-staging" % pick(r, COMPANIES),
         "values": [{"key": "rzp_key_id", "value": rzp_id(r, live=False), "enabled": True},
                    {"key": "rzp_key_secret", "value": "", "type": "secret", "enabled": True},
                    {"key": "cf_app_id", "value": cf_appid(r, False), "enabled": True},
                    {"key": "cf_secret", "value": "", "type": "secret", "enabled": True},
                    {"key": "base_url", "value": "https://staging-api.%s.in" % pick(r, COMPANIES), "enabled": True},
                    {"key": "order_id", "value": rzp_obj(r, "order"), "enabled": True}],
         "_postman_variable_scope": "environment"}
    return ("postman/staging.postman_environment.json", json.dumps(d, indent=2) + "\n", "postman", "empty_secrets")


@neg
def n_hindi_readme(r):
    return ("README.hi.md", fill("""
# %%co%% भुगतान सेवा

## सेटअप

1. `.env.example` को `.env` में कॉपी करें।
2. Razorpay डैशबोर्ड से Key ID (`rzp_live_...`) और Key Secret लें।
3. Key Secret केवल सर्वर पर रखें — `RAZORPAY_KEY_SECRET=<यहाँ-अपना-secret>`।
4. Webhook URL: `https://api.%%co%%.in/webhooks/razorpay`

## टेस्ट UPI ID

- सफल भुगतान: `success@razorpay`
- असफल भुगतान: `failure@razorpay`

सहायता के लिए: support@%%co%%.in
""", co=pick(r, COMPANIES)), "razorpay", "docs_placeholders")


@neg
def n_hash_util_test(r):
    return ("tests/test_signature.py", fill("""
import hashlib
import hmac

from payments.verify import verify_payment_signature


def test_signature_roundtrip(monkeypatch):
    monkeypatch.setenv("RAZORPAY_KEY_SECRET", "unit-test-only")
    order_id, payment_id = "%%oid%%", "%%pid%%"
    sig = hmac.new(b"unit-test-only", f"{order_id}|{payment_id}".encode(), hashlib.sha256).hexdigest()
    assert verify_payment_signature(order_id, payment_id, sig)


def test_known_digest():
    # sha256 of the sample webhook body in fixtures/payment_captured.json
    assert hashlib.sha256(open("tests/fixtures/payment_captured.json", "rb").read()).hexdigest() == "%%dg%%"
""", oid=rzp_obj(r, "order"), pid=rzp_obj(r, "pay"), dg=hexs(r, 64)), "razorpay", "test_digest")



@neg
def n_ifsc_py(r):
    return ("banking/ifsc_validate.py", fill("""
import re

IFSC_RE = re.compile(r"^[A-Z]{4}0[A-Z0-9]{6}$")
KNOWN = {"%%a%%": "HDFC Bank, %%c1%%", "%%b%%": "State Bank of India, %%c2%%"}


def is_valid_ifsc(code):
    return bool(IFSC_RE.match(code))
""", a=ifsc(r), b=ifsc(r), c1=pick(r, CITIES), c2=pick(r, CITIES)), "banking", "ifsc")


@neg
def n_pan_test(r):
    cases = "\n".join('    ("%s", True),' % pan_no(r) for _ in range(5))
    return ("tests/test_pan.py", "import pytest\n\nfrom kyc.validators import is_valid_pan\n\n\n@pytest.mark.parametrize(\"pan,ok\", [\n"
            + cases + '\n    ("ABCDE1234", False),\n])\ndef test_pan(pan, ok):\n    assert is_valid_pan(pan) is ok\n', "kyc", "pan")


@neg
def n_gstin_js(r):
    return ("src/utils/gstin.test.js", fill("""
const { isValidGstin } = require('./gstin');

test.each([
  ['%%g1%%', true],
  ['%%g2%%', true],
  ['%%g3%%', true],
])('gstin %s', (g, ok) => expect(isValidGstin(g)).toBe(ok));
""", g1=gstin(r), g2=gstin(r), g3=gstin(r)), "gstn", "gstin")


@neg
def n_rzp_plans_yaml(r):
    out = ["# Razorpay subscription plans (ids from dashboard)", "plans:"]
    for nm in ["basic", "pro", "business"]:
        out += ["  %s:" % nm, "    plan_id: %s" % rzp_obj(r, "plan"), "    amount_paise: %d" % (r.randrange(1, 50) * 10000),
                "    period: monthly"]
    return ("config/plans.yml", "\n".join(out) + "\n", "razorpay", "plan_ids")


@neg
def n_rzp_refund_json(r):
    d = {"id": rzp_obj(r, "rfnd"), "entity": "refund", "amount": r.randrange(100, 90000), "currency": "INR",
         "payment_id": rzp_obj(r, "pay"), "receipt": "rcpt_%d" % r.randrange(10000), "acquirer_data": {"arn": digits(r, 23)},
         "created_at": 1717000000 + r.randrange(30000000), "batch_id": None, "status": "processed", "speed_processed": "normal"}
    return ("tests/fixtures/refund.json", json.dumps(d, indent=2) + "\n", "razorpay", "refund_ids")


@neg
def n_upi_intent_kt(r):
    pkg = pick(r, COMPANIES)
    return ("app/src/main/java/com/%s/upi/UpiIntent.kt" % pkg, fill("""
package com.%%pkg%%.upi

import android.net.Uri

object UpiIntent {
    fun uri(amount: String, txnRef: String): Uri = Uri.parse(
        "upi://pay?pa=%%vpa%%&pn=%%name%%&tr=" + txnRef + "&am=" + amount + "&cu=INR&mc=5411"
    )
}
""", pkg=pkg, vpa=vpa(r), name=pkg.title()), "upi", "vpa")


@neg
def n_sha_manifest(r):
    out = []
    for f in ["settlement_2025_04.csv", "gstr1_2025_04.json", "einvoice_batch_17.json", "tally_export.xml"]:
        out.append("%s  reports/%s" % (hexs(r, 64), f))
    return ("reports/SHA256SUMS", "\n".join(out) + "\n", "reports", "sha256")


@neg
def n_ondc_search_payload(r):
    d = {"context": {"domain": "ONDC:RET10", "action": "search", "country": "IND", "city": "std:080",
                     "core_version": "1.2.0", "bap_id": ondc_sub(r), "bap_uri": "https://%s/ondc" % ondc_sub(r),
                     "transaction_id": uuid4(r), "message_id": uuid4(r), "timestamp": ts(r), "ttl": "PT30S"},
         "message": {"intent": {"item": {"descriptor": {"name": pick(r, ["atta", "chai patti", "basmati"])}},
                                "fulfillment": {"type": "Delivery", "end": {"location": {"gps": "12.9%d,77.6%d" % (r.randrange(1000), r.randrange(1000)),
                                                                                         "address": {"area_code": digits(r, 6)}}}}}}}
    return ("tests/fixtures/ondc_search.json", json.dumps(d, indent=2) + "\n", "ondc", "transaction_ids")


@neg
def n_aadhaar_masked(r):
    out = ["kyc_id,name,aadhaar_masked,pan,ckyc_no,verified_at"]
    for _ in range(r.randrange(4, 8)):
        out.append("%s,%s,XXXX XXXX %s,%s,%s,%s" % (uuid4(r), pick(r, PEOPLE), rs(r, DIG, 4), pan_no(r), digits(r, 14), ts(r)[:10]))
    return ("exports/kyc_status.csv", "\n".join(out) + "\n", "kyc", "masked_ids")


@neg
def n_cashfree_settlement_csv(r):
    out = ["settlement_id,cf_settlement_id,utr,amount,settled_on"]
    for _ in range(r.randrange(4, 8)):
        out.append("%s,%s,%s,%d.%02d,%s" % (digits(r, 7), digits(r, 9), rs(r, UP, 4) + digits(r, 12), r.randrange(1000, 900000),
                                            r.randrange(100), ts(r)[:10]))
    return ("reports/cashfree_settlements.csv", "\n".join(out) + "\n", "cashfree", "utr_ids")


@neg
def n_phonepe_callback_fixture(r):
    body = {"success": True, "code": "PAYMENT_SUCCESS", "data": {"merchantId": pp_mid(r), "merchantTransactionId": "MT" + digits(r, 16),
            "transactionId": "T" + digits(r, 22), "amount": r.randrange(100, 99999), "state": "COMPLETED"}}
    d = {"headers": {"X-VERIFY": hexs(r, 64) + "###1"}, "response": base64.b64encode(json.dumps(body).encode()).decode()}
    return ("tests/fixtures/phonepe_callback.json", json.dumps(d, indent=2) + "\n", "phonepe", "callback_payload")


@neg
def n_sql_schema(r):
    return ("db/migrations/0007_gateway_credentials.sql", fill("""
-- credentials are stored encrypted (KMS envelope); this table only holds references
CREATE TABLE gateway_credentials (
    id              BIGSERIAL PRIMARY KEY,
    merchant_id     VARCHAR(32) NOT NULL,        -- e.g. Paytm MID or PayU key
    provider        VARCHAR(20) NOT NULL,        -- razorpay | cashfree | payu | paytm | phonepe
    key_id          VARCHAR(64),                 -- public part, e.g. rzp_live_...
    secret_ref      TEXT NOT NULL,               -- e.g. kms://payments/%%co%%/secret
    created_at      TIMESTAMPTZ DEFAULT now()
);
INSERT INTO gateway_credentials (merchant_id, provider, key_id, secret_ref)
VALUES ('%%mid%%', 'paytm', NULL, 'kms://payments/%%co%%/paytm-merchant-key');
""", co=pick(r, COMPANIES), mid=paytm_mid(r)), "paytm", "secret_ref")


@neg
def n_gha_secrets_ref(r):
    return (".github/workflows/deploy.yml", fill("""
name: deploy
on:
  push:
    tags: ['v*']
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Render secrets
        run: |
          kubectl create secret generic payments-gateway-keys \\
            --from-literal=RAZORPAY_KEY_SECRET="${{ secrets.RAZORPAY_KEY_SECRET }}" \\
            --from-literal=CASHFREE_SECRET_KEY="${{ secrets.CASHFREE_SECRET_KEY }}" \\
            --from-literal=MSG91_AUTH_KEY="${{ secrets.MSG91_AUTH_KEY }}" \\
            --dry-run=client -o yaml | kubectl apply -f -
        env:
          KUBECONFIG_DATA: ${{ secrets.KUBECONFIG_DATA }}
      - run: kubectl set image deploy/payments-api api=ghcr.io/%%co%%/payments-api:${GITHUB_REF_NAME}
""", co=pick(r, COMPANIES)), "github", "secret_refs")


@neg
def n_zoho_crm_record(r):
    d = {"data": [{"id": digits(r, 19), "Last_Name": pick(r, PEOPLE).split()[1], "Company": pick(r, COMPANIES).title(),
                   "Mobile": "+91" + phone(r), "GSTIN": gstin(r), "$currency_symbol": "\u20b9",
                   "$approval": {"delegate": False}, "Owner": {"id": digits(r, 19)}} for _ in range(2)],
         "info": {"per_page": 200, "count": 2, "page": 1, "more_records": False}}
    return ("tests/fixtures/zoho_leads.json", json.dumps(d, indent=2, ensure_ascii=False) + "\n", "zoho", "record_ids")


@neg
def n_ewaybill_log(r):
    lines = []
    for _ in range(r.randrange(3, 7)):
        lines.append("%s ewb generated ewbNo=%s gstin=%s docNo=INV/%d validUpto=%s irn=%s" % (
            ts(r), digits(r, 12), gstin(r), r.randrange(1000, 9999), ts(r)[:10], hexs(r, 64)))
    return ("logs/ewaybill.log", "\n".join(lines) + "\n", "gstn", "irn_ewb")


@neg
def n_jwks_public(r):
    d = {"keys": [{"kty": "RSA", "use": "sig", "kid": hexs(r, 16), "alg": "RS256", "e": "AQAB",
                   "n": b64url(b"\xc1" + rbytes(r, 255))}]}
    return ("public/.well-known/jwks.json", json.dumps(d, indent=2) + "\n", "oauth", "public_jwk")


@neg
def n_hinglish_runbook(r):
    return ("docs/runbook-rotation.md", fill("""
# Key rotation runbook

1. Razorpay dashboard > Account & Settings > API Keys > Regenerate.
2. Naya secret Vault mein daalo: `vault kv put kv/payments/razorpay key_secret=@/dev/stdin`
3. `kubectl rollout restart deploy/payments-api -n finance`
4. Purana key id (`%%kid%%`) 24 ghante baad deactivate ho jaayega.
5. Webhook secret bhi rotate karo: dashboard > Webhooks > Edit > Secret.

Kabhi bhi secret Slack/WhatsApp pe share mat karo.
""", kid=rzp_id(r)), "razorpay", "runbook")


# ================================================================ driver
ALLOWED_ENV_NAMES = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(path):
    b = os.path.basename(path)
    return (b == ".env" or b.startswith(".env.")) and b not in ALLOWED_ENV_NAMES


def filetype(path):
    b = os.path.basename(path)
    if b.startswith(".env"):
        return "env"
    if b == "Dockerfile":
        return "dockerfile"
    if "." in b:
        return b.rsplit(".", 1)[1].lower()
    return "txt"


def spread(r, templates, n):
    out = []
    while len(out) < n:
        batch = list(templates)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_lf.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    env_count = 0

    for i, tpl in enumerate(spread(r, POS, 500)):
        c = Ctx(r, "pos")
        path, text, prov, kind = tpl(c)
        assert c.needle, tpl.__name__
        if os.path.basename(path).startswith(".env"):
            env_count += 1
            if env_count > 20:
                path = "deploy/app.env"
        rel = "pos/p%04d/%s" % (i, path)
        lines = text.split("\n")
        ln = next(k for k, l in enumerate(lines) if c.needle in l) + 1
        assert c.needle in lines[ln - 1]
        assert text.count(c.needle) >= 1
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": c.needle, "line": ln})

    jobs = [("reuse", t) for t in spread(r, POS, 250)] + [("look", t) for t in spread(r, NEG, 250)]
    r.shuffle(jobs)
    for i, (how, tpl) in enumerate(jobs):
        if how == "reuse":
            c = Ctx(r, "neg")
            path, text, prov, kind = tpl(c)
            assert c.needle is None
            kind = "no_secret:" + kind
        else:
            path, text, prov, kind = tpl(r)
        if is_blocked_env(path):
            path = os.path.join(os.path.dirname(path), ".env.example")
        assert not is_blocked_env(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read and check every needle is on its line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            assert s["needle"] in f.read().split("\n")[s["line"] - 1], s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
