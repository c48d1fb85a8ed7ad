#!/usr/bin/env python3
"""Blind evaluation-set generator "ap" for a git pre-commit secret scanner.

EMPHASIS
    Test suites, fixtures and recorded traffic: VCR/vcrpy/Betamax/Polly/nock
    cassettes, WireMock/MockServer stubs, HAR files, Jest snapshots, Postman /
    Insomnia exports, Playwright storageState, seed SQL, Rails/Django fixtures,
    pytest/JUnit/RSpec/Cypress/k6/Locust/Karate setup files, docker-compose.test
    files.  Positives are live-looking credentials that slipped into recordings
    or test config; negatives are what careful developers commit in the very
    same places: redaction filters, documented test keys, obvious fakes,
    env-var interpolation, publishable keys, ids, digests, webhook signatures,
    ciphertext, CSRF/state/nonce values, bot-management cookies, public PEMs.

USAGE
    python3 gen_ap.py OUTDIR SEED
    -> OUTDIR/pos/pNNNN/<relative path>   (500 files, one credential each)
       OUTDIR/neg/nNNNN/<relative path>   (500 files, innocent look-alikes)
       OUTDIR/manifest.jsonl   {"file","label","provider","kind","filetype"}
       OUTDIR/secrets.jsonl    {"file","needle","line"}   (positives only)
    Deterministic per SEED: only random.Random(SEED) is used.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file (after any
      JSON escaping / URL percent-encoding the file format applies).
    * Tokens: the whole token incl. prefix (ghp_..., sk_live_..., xoxb-...).
    * Basic-auth headers recorded in traffic: the base64 blob after "Basic "
      (it encodes user:secret).  In config files the raw secret is the needle.
    * Database / broker URLs: only the password part of the URL.
    * AWS key pairs in config: the 40-char secret access key (the AKIA id sits
      on a neighbouring line).  SigV4 recordings: the X-Amz-Security-Token.
    * Azure SAS URLs: the value of sig= as written (percent-encoded).
    * Slack incoming webhooks: the full https://hooks.slack.com/services/... URL.
    * Cookies: the cookie value (not the name).
    * PEM private keys: the full block from "-----BEGIN" to the closing
      "-----" of the END line as written (in JSON it contains literal \\n);
      line = line of the BEGIN marker.
    * line = 1-based line where the needle starts.

DOUBTS (formats reconstructed from memory / public docs, not verified)
    * OpenAI sk-proj- keys: modelled as sk-proj- + 74 + "T3BlbkFJ" + 74 chars of
      [A-Za-z0-9_-]; real lengths vary (~156-164 total).
    * Anthropic sk-ant-api03-: 93 chars of [A-Za-z0-9_-] followed by "AA".
    * Atlassian ATATT3xFfGF0...: variable-length base64url body then "=" and
      8 hex chars; Atlassian only says "varied length", the trailer being a
      checksum is an assumption (random hex used here, not computed).
    * Notion ntn_: modelled as ntn_ + 11 digits + 35 alnum (50 chars total);
      legacy secret_ + 43 alnum.
    * Salesforce session ids: 00D + 12 org chars + "!" + ~96 chars [A-Za-z0-9._].
    * PagerDuty REST keys: 20 chars [A-Za-z0-9_+-], user tokens often "u+...".
    * Square EAAA tokens: EAAA + 60 chars [A-Za-z0-9_-].
    * PayPal client secrets: 80 chars [A-Za-z0-9_-], modelled to start with "E".
    * Zendesk API tokens: 40 alnum; Postmark server tokens are UUIDs (so a UUID
      in X-Postmark-Server-Token is a positive, elsewhere a negative).
    * AWS session tokens: modelled as "IQoJb3JpZ2luX2Vj" + ~600 base64 chars.
    * Mailgun: legacy "key-" + 32 hex.  Plaid secret: 30 hex.
    * GCP refresh tokens: 1//0 + ~100 chars [A-Za-z0-9_-]; ya29. + ~200.
    * Whether an AKIA id alone, a Postmark UUID, or a Django session cookie in
      a staging recording "is a credential" is debatable; they are labelled as
      positives here because they sit in the secret slot and are random.
    * RSA keys are generated with a small pure-Python Miller-Rabin (1024/2048
      bit) from the seeded RNG: structurally valid DER, not audited crypto.
"""
import base64
import binascii
import hashlib
import hmac
import json
import os
import random
import re
import string
import sys
import urllib.parse
from collections import Counter

N_POS = 500
N_NEG = 500

ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B64 = string.ascii_uppercase + string.ascii_lowercase + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
B32 = string.ascii_uppercase + "234567"

R = None  # global Random, set in main()


def jd(o, **kw):
    return json.dumps(o, ensure_ascii=False, **kw)


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
def _is_boring(s):
    """Reject values containing obvious sequences / long runs."""
    low = s.lower()
    for seq in ("abcd", "bcde", "1234", "2345", "3456", "4567", "5678", "6789",
                "0123", "xxxx", "aaaa", "0000", "1111", "qwer", "asdf"):
        if seq in low:
            return True
    return re.search(r"(.)\1\1\1", s) is not None


def rstr(n, alphabet=ALNUM, rng=None):
    rng = rng or R
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if n < 6 or not _is_boring(s):
            # make mixed alphabets actually mixed
            if alphabet in (ALNUM, B62) and n >= 16:
                if not (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                        and any(c.islower() for c in s)):
                    continue
            return s


def rhex(n, upper=False):
    s = rstr(n, HEX)
    return s.upper() if upper else s


def rdigits(n):
    s = rstr(n, string.digits)
    if s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(b):
    return base64.b64encode(b).decode()


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def gh_checksummed(prefix):
    body = rstr(30)
    crc = binascii.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + base62(crc, 6)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------
# names / noise
# ----------------------------------------------------------------------------
FIRST = ["marek", "anna", "jonas", "priya", "diego", "li", "sofia", "tomasz",
         "fatima", "oliver", "keiko", "lucas", "ines", "rahul", "mia", "noah",
         "elena", "kwame", "sven", "aiko", "chloe", "mateo", "zara", "ivan"]
LAST = ["kowalski", "nguyen", "schmidt", "patel", "garcia", "chen", "rossi",
        "okafor", "larsen", "tanaka", "dubois", "silva", "novak", "haddad",
        "brennan", "moreau", "yilmaz", "andersen", "kim", "fischer"]
COMPANIES = ["acme-logistics", "northwind", "bluefin", "quillpay", "trellis",
             "harborview", "lumen-health", "orbitcart", "pinecrest", "vantage-io",
             "copperleaf", "fieldnote", "redwood-labs", "sundial", "kestrel"]
WORDS = ["invoice", "order", "shipment", "customer", "report", "sync", "billing",
         "onboarding", "webhook", "export", "ticket", "payment", "profile",
         "catalog", "inventory", "refund", "digest", "release"]


def person():
    f, l = pick(FIRST), pick(LAST)
    return f, l


def email(domain=None):
    f, l = person()
    domain = domain or (pick(COMPANIES).replace("-", "") + "." + pick(["com", "io", "dev", "co"]))
    return pick(["%s.%s@%s", "%s%s@%s", "%s_%s@%s"]) % (f, l, domain)


def company():
    return pick(COMPANIES)


def human_password():
    f = pick(["Marek", "Sunny", "Kasia", "Bruno", "Lotte", "Pedro", "Hanna",
              "Gizmo", "Biscuit", "Rocket", "Nala", "Oskar", "Juniper", "Tigger"])
    w = pick(["winter", "summer", "harbor", "Falcon", "tango", "Maple", "river",
              "Zebra", "copper", "lemon", "Orchid", "pirate", "Velvet", "granite"])
    y = str(R.randint(1961, 2019))
    sym = pick(["!", ".", "#", "$", "&", "*", "_", "@", "?", "-"])
    n = str(R.randint(2, 99))
    pats = [f + sym + y + w, w.capitalize() + n + sym + f.lower(),
            f + y[2:] + sym + w.capitalize(), w + sym + f + n,
            f.replace("a", "4").replace("o", "0") + sym + w + y[2:],
            w.capitalize() + f.lower() + y + sym]
    return pick(pats)


def url_password():
    """human password limited to chars that need no percent-encoding in URLs"""
    p = human_password()
    return re.sub(r"[!#$&*@?]", lambda m: pick(["-", "_", "."]), p)


def iso_date(year_lo=2022, year_hi=2025):
    return "%04d-%02d-%02d" % (R.randint(year_lo, year_hi), R.randint(1, 12), R.randint(1, 28))


def iso_ts():
    return "%sT%02d:%02d:%02d%s" % (iso_date(), R.randint(0, 23), R.randint(0, 59),
                                    R.randint(0, 59), pick(["Z", ".%03dZ" % R.randint(0, 999)]))


DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def http_date():
    return "%s, %02d %s %d %02d:%02d:%02d GMT" % (
        pick(DAYS), R.randint(1, 28), pick(MONTHS), R.randint(2022, 2025),
        R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def git_sha():
    return rhex(40)


def sha256_hex():
    return hashlib.sha256(rbytes(32)).hexdigest()


def cf_ray():
    return rhex(16) + "-" + pick(["FRA", "AMS", "IAD", "SJC", "LHR", "CDG", "NRT", "WAW"])


def traceparent():
    return "00-%s-%s-01" % (rhex(32), rhex(16))


def amz_id2():
    return b64(rbytes(56))


def etag():
    return pick(['W/"%s"' % rhex(32), '"%s"' % rhex(32), '"%s-%d"' % (rhex(32), R.randint(2, 9))])


def cf_bm_cookie():
    val = "%s-%d-1.0.1.1-%s" % (b64url(rbytes(32)), R.randint(1700000000, 1760000000),
                                b64url(rbytes(48)).replace("-", "."))
    return "__cf_bm=%s; path=/; expires=%s; domain=.%s; HttpOnly; Secure; SameSite=None" % (
        val, http_date(), pick(["api.stripe.com", "api.openai.com", "slack.com", "api.notion.com"]))


def cursor():
    return b64(jd({"id": R.randint(10000, 999999), "ts": R.randint(1700000000, 1760000000)}).encode()).rstrip("=")


def gh_request_id():
    return "%s:%s:%s:%s:%s" % (rhex(4, True), rhex(5, True), rhex(6, True), rhex(7, True), rhex(8, True))


def noise_headers(host):
    """response headers full of random-looking but innocent ids"""
    opts = [
        ("Date", http_date()),
        ("Content-Type", "application/json; charset=utf-8"),
        ("X-Request-Id", pick([ruuid(), "req_" + rstr(14), rhex(32)])),
        ("ETag", etag()),
        ("CF-RAY", cf_ray()),
        ("traceparent", traceparent()),
        ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
        ("Vary", "Accept-Encoding, Authorization"),
        ("X-RateLimit-Remaining", str(R.randint(10, 4999))),
        ("Cache-Control", pick(["no-cache, no-store", "private, max-age=0"])),
    ]
    if "amazonaws" in host:
        opts += [("x-amz-request-id", rhex(16, True)), ("x-amz-id-2", amz_id2())]
    if "github" in host:
        opts += [("X-GitHub-Request-Id", gh_request_id()), ("X-GitHub-Media-Type", "github.v3; format=json")]
    if "windows.net" in host or "azure" in host:
        opts += [("x-ms-request-id", ruuid()), ("x-ms-version", "2023-11-03")]
    k = R.randint(3, 6)
    hs = R.sample(opts, k)
    if not any(h[0] == "Content-Type" for h in hs):
        hs.insert(0, ("Content-Type", "application/json"))
    return hs


# ----------------------------------------------------------------------------
# minimal DER / RSA / EC P-256 (fresh, seeded keys for PEM fixtures)
# ----------------------------------------------------------------------------
def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def der_int(x):
    b = x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b"".join(items))


def der_oid(dotted):
    parts = [int(p) for p in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n):
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = R.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits):
    while True:
        c = R.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c):
            return c


def rsa_key(bits=2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2), _prime(bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        n = p * q
        d = pow(e, -1, phi)
        return dict(n=n, e=e, d=d, p=p, q=q)


def rsa_pkcs1_der(k):
    return der_seq(der_int(0), der_int(k["n"]), der_int(k["e"]), der_int(k["d"]),
                   der_int(k["p"]), der_int(k["q"]), der_int(k["d"] % (k["p"] - 1)),
                   der_int(k["d"] % (k["q"] - 1)), der_int(pow(k["q"], -1, k["p"])))


RSA_ALG = der_seq(der_oid("1.2.840.113549.1.1.1"), der(0x05, b""))


def rsa_pkcs8_der(k):
    return der_seq(der_int(0), RSA_ALG, der(0x04, rsa_pkcs1_der(k)))


def rsa_spki_der(k):
    return der_seq(RSA_ALG, der(0x03, b"\x00" + der_seq(der_int(k["n"]), der_int(k["e"]))))


P256 = dict(p=0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff,
            a=-3, n=0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551,
            gx=0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
            gy=0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P, Q):
    p = P256["p"]
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256["a"]) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_p256_der():
    d = R.randrange(1, P256["n"])
    Q, Pt, k = None, (P256["gx"], P256["gy"]), d
    while k:
        if k & 1:
            Q = _ec_add(Q, Pt)
        Pt = _ec_add(Pt, Pt)
        k >>= 1
    pub = b"\x04" + Q[0].to_bytes(32, "big") + Q[1].to_bytes(32, "big")
    return der_seq(der_int(1), der(0x04, d.to_bytes(32, "big")),
                   der(0xA0, der_oid("1.2.840.10045.3.1.7")), der(0xA1, der(0x03, b"\x00" + pub)))


def pem(label, blob):
    s = b64(blob)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def gen_private_pem(kind):
    if kind == "rsa_pkcs1":
        return pem("RSA PRIVATE KEY", rsa_pkcs1_der(rsa_key(pick([2048, 2048, 1024]))))
    if kind == "pkcs8":
        return pem("PRIVATE KEY", rsa_pkcs8_der(rsa_key(2048)))
    return pem("EC PRIVATE KEY", ec_p256_der())


def gen_public_pem():
    if chance(0.5):
        return pem("PUBLIC KEY", rsa_spki_der(rsa_key(pick([1024, 2048]))))
    return pem("RSA PUBLIC KEY", der_seq(der_int(rsa_key(1024)["n"]), der_int(65537)))


# ----------------------------------------------------------------------------
# JWT helpers
# ----------------------------------------------------------------------------
def jwt_hs256(claims, secret):
    h = b64url(jd({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url(jd(claims, separators=(",", ":")).encode())
    sig = hmac.new(secret.encode(), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url(sig)


JWT_IO_EXAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9l"
                  "IiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
RFC7515_HS256_KEY = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"


def app_claims():
    now = R.randint(1700000000, 1760000000)
    c = {"sub": pick([ruuid(), str(R.randint(1000, 999999))]), "email": email(),
         "role": pick(["admin", "member", "owner", "support"]), "iat": now, "exp": now + pick([3600, 86400, 604800])}
    if chance(0.5):
        c["iss"] = "https://auth.%s.%s" % (company(), pick(["com", "io"]))
    return c


# ----------------------------------------------------------------------------
# credential generators
# ----------------------------------------------------------------------------
def g_openai_proj():
    return "sk-proj-" + rstr(74, B64URL) + "T3BlbkFJ" + rstr(74, B64URL)


def g_openai_legacy():
    return "sk-" + rstr(20) + "T3BlbkFJ" + rstr(20)


def g_anthropic():
    return "sk-ant-api03-" + rstr(93, B64URL) + "AA"


def g_sendgrid():
    return "SG." + rstr(22, B64URL) + "." + rstr(43, B64URL)


def g_aws_akia():
    return pick(["AKIA", "AKIA", "AKIA"]) + rstr(16, B32)


def g_aws_secret():
    return rstr(40, ALNUM + "+/")


def g_aws_session():
    return "IQoJb3JpZ2luX2Vj" + rstr(R.randint(560, 700), B64) + pick(["", "=", "=="])


def g_ya29():
    return "ya29." + rstr(R.randint(170, 220), B64URL)


def g_refresh():
    return "1//0" + rstr(R.randint(95, 110), B64URL)


def g_sas_sig():
    return b64(rbytes(32))


def g_atlassian():
    return "ATATT3xFfGF0" + rstr(R.randint(168, 176), B64URL) + "=" + rhex(8, True)


def g_salesforce():
    return "00D" + rstr(12, ALNUM) + "!" + rstr(R.randint(94, 100), ALNUM + "._")


def g_slack_bot():
    return "xoxb-%s-%s-%s" % (rdigits(R.choice([11, 12, 13])), rdigits(R.choice([12, 13])), rstr(24))


def g_slack_user():
    return "xoxp-%s-%s-%s-%s" % (rdigits(11), rdigits(12), rdigits(13), rhex(32))


def g_slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(8, B32[:26] + "0123456789"),
                                                          rstr(10, B32[:26] + "0123456789"), rstr(24))


def g_connect_sid():
    sid = rstr(32, B64URL)
    sig = b64(rbytes(32)).rstrip("=")
    return "s%3A" + sid + "." + urllib.parse.quote(sig, safe="")


def g_square():
    return "EAAA" + rstr(60, B64URL)


def g_paypal_secret():
    return "E" + rstr(79, B64URL)


def g_gitlab():
    return "glpat-" + rstr(20, B64URL)


def g_hf():
    return "hf_" + rstr(34, string.ascii_letters)


def g_jwt_live():
    return jwt_hs256(app_claims(), rstr(48, B64URL))


def g_azure_account_key():
    return b64(rbytes(64))


def g_okta():
    return "00" + rstr(40, B64URL)


def g_stripe_live():
    return "sk_live_" + (rstr(24) if chance(0.3) else "51" + rstr(97))


def g_stripe_rk():
    return "rk_live_" + "51" + rstr(97)


def g_mailchimp():
    return rhex(32) + "-us" + str(R.randint(2, 21))


def g_db_password():
    return url_password() if chance(0.6) else rstr(R.randint(18, 28), ALNUM)


# ----------------------------------------------------------------------------
# HTTP exchanges.  slot describes where the credential sits so negatives can
# apply a recorder's redaction filter to exactly that place.
# ----------------------------------------------------------------------------
def EX(method, url, headers, body=None, slot=None, resp=None, status=200, ctype=None):
    return dict(method=method, url=url, headers=list(headers), body=body, slot=slot,
                resp=resp if resp is not None else {"ok": True}, status=status, ctype=ctype)


def basic(user, pw):
    return "Basic " + b64(("%s:%s" % (user, pw)).encode())


def ua():
    return pick(["python-requests/2.31.0", "python-requests/2.32.3", "Faraday v2.9.0",
                 "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "axios/1.6.8",
                 "Go-http-client/1.1", "okhttp/4.12.0", "Ruby", "undici", "k6/0.49.0 (https://k6.io/)"])


def std_headers(host, extra=()):
    hs = [("Host", host), ("User-Agent", ua()), ("Accept", pick(["application/json", "*/*"]))]
    hs += list(extra)
    if chance(0.4):
        hs.append(("Accept-Encoding", "gzip, deflate"))
    return hs


def _ids():
    return {"id": pick([ruuid(), str(R.randint(100000, 99999999))])}


def h_bearer(host, path, method="GET", scheme="Bearer", hname="Authorization", extra=(), body=None, resp=None):
    def build(v, raw=False):
        val = v if raw else ("%s %s" % (scheme, v) if scheme else v)
        hs = std_headers(host, [(hname, val)] + list(extra))
        return EX(method, "https://%s%s" % (host, path), hs, body, ("header", hname, scheme),
                  resp if resp is not None else _ids())
    return build


def h_basic(host, path, user, method="GET", body=None, resp=None, ctype=None):
    def build(v, raw=False):
        val = v if raw else basic(user, v)
        hs = std_headers(host, [("Authorization", val)])
        return EX(method, "https://%s%s" % (host, path), hs, body, ("header", "Authorization", "Basic"),
                  resp if resp is not None else _ids(), ctype=ctype)
    return build


def h_form(host, path, field, fields, resp):
    def build(v, raw=False):
        items = list(fields)
        items.insert(R.randint(1, len(items)), (field, v))
        body = "&".join("%s=%s" % (k, val if (raw and k == field) else urllib.parse.quote(val, safe=""))
                        for k, val in items)
        hs = std_headers(host, [("Content-Type", "application/x-www-form-urlencoded")])
        return EX("POST", "https://%s%s" % (host, path), hs, body, ("form", field), resp,
                  ctype="application/x-www-form-urlencoded")
    return build


def h_json(host, path, field, fields, resp, extra=()):
    def build(v, raw=False):
        d = dict(fields)
        d[field] = v
        hs = std_headers(host, [("Content-Type", "application/json")] + list(extra))
        return EX("POST", "https://%s%s" % (host, path), hs, jd(d), ("json", field), resp,
                  ctype="application/json")
    return build


def h_cookie(cname):
    def build(v, raw=False):
        host = pick(["staging.%s.com", "app.%s.io", "qa.%s.dev", "%s-preprod.herokuapp.com"]) % company()
        path = pick(["/api/v1/me", "/dashboard", "/api/orders?page=2", "/account/settings", "/graphql"])
        ck = "%s=%s" % (cname, v)
        others = ["_ga=GA1.2.%d.%d" % (R.randint(10 ** 8, 10 ** 9), R.randint(1600000000, 1760000000)),
                  "locale=%s" % pick(["en", "de", "pl", "fr"]), "tz=%s" % pick(["Europe%2FBerlin", "UTC", "America%2FChicago"])]
        parts = [ck] + R.sample(others, R.randint(0, 2))
        R.shuffle(parts)
        hs = std_headers(host, [("Cookie", "; ".join(parts))])
        if chance(0.5):
            hs.append(("X-CSRF-Token", b64(rbytes(32))))
        return EX("GET", "https://%s%s" % (host, path), hs, None, ("cookie", cname),
                  {"user": {"id": R.randint(1, 99999), "email": email()}})
    return build


def h_aws_session(akid):
    def build(v, raw=False):
        date = "%04d%02d%02d" % (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28))
        region = pick(["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2"])
        svc, host, method, path, body = pick([
            ("sts", "sts.%s.amazonaws.com" % region, "POST", "/", "Action=GetCallerIdentity&Version=2011-06-15"),
            ("s3", "%s-%s.s3.%s.amazonaws.com" % (company(), pick(WORDS), region), "GET", "/?list-type=2&prefix=%s%%2F" % pick(WORDS), None),
            ("sqs", "sqs.%s.amazonaws.com" % region, "POST", "/", "Action=SendMessage&MessageBody=%s&Version=2012-11-05" % pick(WORDS)),
            ("dynamodb", "dynamodb.%s.amazonaws.com" % region, "POST", "/", jd({"TableName": pick(WORDS) + "s"})),
        ])
        stamp = "%sT%02d%02d%02dZ" % (date, R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        auth = ("AWS4-HMAC-SHA256 Credential=%s/%s/%s/%s/aws4_request, "
                "SignedHeaders=host;x-amz-content-sha256;x-amz-date;x-amz-security-token, Signature=%s"
                % (akid(), date, region, svc, rhex(64)))
        hs = std_headers(host, [("X-Amz-Date", stamp), ("X-Amz-Content-Sha256", sha256_hex()),
                                ("X-Amz-Security-Token", v), ("Authorization", auth)])
        resp = {"ResponseMetadata": {"RequestId": ruuid()}}
        return EX(method, "https://%s%s" % (host, path), hs, body, ("header", "X-Amz-Security-Token", ""), resp)
    return build


def h_sas():
    def build(v, raw=False):
        acct = company().replace("-", "")[:14] + pick(["stor", "data", "sa", "prod"])
        blob = "%s/%s-%s.%s" % (pick(["exports", "uploads", "backups", "reports"]), pick(WORDS), iso_date(), pick(["csv", "json", "parquet"]))
        st = iso_date()
        q = [("sv", "2022-11-02"), ("ss", "b"), ("srt", "sco"), ("sp", pick(["r", "rl", "racwdl"])),
             ("se", st + "T23:59:59Z"), ("st", st + "T00:00:00Z"), ("spr", "https"),
             ("sig", v if raw else urllib.parse.quote(v, safe=""))]
        url = "https://%s.blob.core.windows.net/%s?%s" % (acct, blob, "&".join("%s=%s" % kv for kv in q))
        hs = std_headers("%s.blob.core.windows.net" % acct, [("x-ms-version", "2022-11-02")])
        return EX("GET", url, hs, None, ("query", "sig"), "", ctype="text/csv")
    return build


def h_url():
    def build(v, raw=False):
        body = jd({"text": "%s %s finished: %s" % (pick(WORDS), pick(["job", "build", "sync"]), pick(["ok", "failed"]))})
        host = "hooks.slack.com"
        return EX("POST", v, std_headers(host, [("Content-Type", "application/json")]), body, ("url",), "ok",
                  ctype="application/json")
    return build


class Kind:
    def __init__(self, provider, kind, gen, names, gclass="token", http=None, prefix="",
                 doc=(), public=None, pem=False, bare_prefix=None):
        self.provider, self.kind, self.gen, self.names = provider, kind, gen, names
        self.gclass, self.http, self.prefix, self.doc, self.public = gclass, http, prefix, list(doc), public
        self.pem = pem
        self.bare_prefix = bare_prefix if bare_prefix is not None else prefix


GENERIC = {
    "token": ["token", "apiKey", "api_key", "AUTH", "auth_token", "ACCESS_TOKEN", "SERVICE_TOKEN",
              "bearer", "LLM_KEY", "accessToken", "authToken", "TOKEN", "key", "creds"],
    "key": ["apiKey", "api_key", "KEY", "key", "SECRET", "secret", "LLM_KEY", "AUTH", "credential", "apiSecret"],
    "password": ["password", "PASSWORD", "pass", "pwd", "DB_PASS", "admin_password", "secret", "passwd"],
    "secret": ["secret", "SECRET", "clientSecret", "client_secret", "signing_secret", "SIGNING_KEY", "hmacKey"],
    "cookie": ["session", "sessionCookie", "SESSION", "cookie", "authCookie"],
    "url": ["url", "WEBHOOK", "webhookUrl", "NOTIFY_URL", "hook"],
    "pem": ["private_key", "privateKey", "key", "KEY_PEM", "tls_key", "signingKey"],
}

def make_kinds():
    """fresh per sample so hosts/paths/ids vary"""
    return [
        Kind("github", "pat_classic", lambda: gh_checksummed("ghp_"), ["GITHUB_TOKEN", "GH_TOKEN", "github_token", "GITHUB_PAT"],
             http=h_bearer("api.github.com", "/user/repos?per_page=100", scheme="token",
                           extra=[("X-GitHub-Api-Version", "2022-11-28")]), prefix="ghp_"),
        Kind("github", "oauth_token", lambda: gh_checksummed("gho_"), ["GITHUB_OAUTH_TOKEN", "github_access_token", "GH_OAUTH"],
             http=h_bearer("api.github.com", "/user"), prefix="gho_"),
        Kind("github", "user_to_server", lambda: gh_checksummed("ghu_"), ["GITHUB_USER_TOKEN", "gh_user_token"],
             http=h_bearer("api.github.com", "/user/installations"), prefix="ghu_"),
        Kind("github", "installation_token", lambda: gh_checksummed("ghs_"), ["GITHUB_APP_TOKEN", "INSTALLATION_TOKEN"],
             http=h_bearer("api.github.com", "/repos/%s/%s/issues" % (company(), pick(WORDS)), method="POST",
                           body=jd({"title": "Nightly %s failed" % pick(WORDS)})), prefix="ghs_"),
        Kind("github", "refresh_token", lambda: gh_checksummed("ghr_"), ["GITHUB_REFRESH_TOKEN", "refresh_token"],
             http=h_form("github.com", "/login/oauth/access_token", "refresh_token",
                         [("client_id", "Iv1." + rhex(16)), ("grant_type", "refresh_token")],
                         {"access_token": "[FILTERED]", "expires_in": 28800}), prefix="ghr_"),
        Kind("github", "fine_grained_pat", lambda: "github_pat_11" + rstr(20, string.ascii_uppercase + string.digits) + "_" + rstr(59),
             ["GITHUB_TOKEN", "GH_PAT", "github_token"], http=h_bearer("api.github.com", "/repos/%s/infra/contents/README.md" % company()),
             prefix="github_pat_"),
        Kind("npm", "access_token", lambda: gh_checksummed("npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN", "npm_token"],
             http=h_bearer("registry.npmjs.org", "/-/whoami"), prefix="npm_"),
        Kind("stripe", "secret_key", g_stripe_live, ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "stripe_key"], gclass="key",
             http=h_bearer("api.stripe.com", "/v1/payment_intents", method="POST",
                           body="amount=%d&currency=eur&automatic_payment_methods%%5Benabled%%5D=true" % R.randint(500, 99999),
                           resp={"id": "pi_" + rstr(24), "object": "payment_intent", "client_secret": "pi_%s_secret_[FILTERED]" % rstr(24)}),
             prefix="sk_live_", doc=["sk_test_4eC39HqLyjWDarjtT1zdp7dc"], public=lambda: "pk_live_51" + rstr(97)),
        Kind("stripe", "restricted_key", g_stripe_rk, ["STRIPE_RESTRICTED_KEY", "STRIPE_RK"], gclass="key",
             http=h_basic("api.stripe.com", "/v1/charges?limit=3", ""), prefix="rk_live_",
             doc=["sk_test_4eC39HqLyjWDarjtT1zdp7dc"], public=lambda: "pk_live_51" + rstr(97)),
        Kind("stripe", "webhook_secret", lambda: "whsec_" + rstr(32), ["STRIPE_WEBHOOK_SECRET", "webhook_secret"], gclass="secret",
             prefix="whsec_"),
        Kind("slack", "bot_token", g_slack_bot, ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "slack_token"],
             http=h_bearer("slack.com", "/api/chat.postMessage", method="POST",
                           body=jd({"channel": "C" + rstr(10, B32[:26] + "0123456789"), "text": "deploy finished"}),
                           resp={"ok": True, "ts": "%d.%06d" % (R.randint(1700000000, 1760000000), R.randint(0, 999999))}),
             prefix="xoxb-"),
        Kind("slack", "user_token", g_slack_user, ["SLACK_USER_TOKEN", "SLACK_TOKEN"],
             http=h_bearer("slack.com", "/api/conversations.history?channel=C%s&limit=50" % rstr(10, B32[:26] + "0123456789")),
             prefix="xoxp-"),
        Kind("slack", "incoming_webhook", g_slack_webhook, ["SLACK_WEBHOOK_URL", "slack_webhook"], gclass="url",
             http=h_url(), prefix="https://hooks.slack.com/services/"),
        Kind("openai", "project_key", g_openai_proj, ["OPENAI_API_KEY", "OPENAI_KEY", "openai_api_key"], gclass="key",
             http=h_bearer("api.openai.com", "/v1/chat/completions", method="POST",
                           body=jd({"model": pick(["gpt-4o-mini", "gpt-4.1", "gpt-4o"]), "messages": [{"role": "user", "content": "Summarise: %s" % pick(WORDS)}]}),
                           resp={"id": "chatcmpl-" + rstr(29), "object": "chat.completion", "model": "gpt-4o-mini-2024-07-18"}),
             prefix="sk-proj-"),
        Kind("openai", "legacy_key", g_openai_legacy, ["OPENAI_API_KEY"], gclass="key",
             http=h_bearer("api.openai.com", "/v1/embeddings", method="POST",
                           body=jd({"model": "text-embedding-3-small", "input": pick(WORDS)})), prefix="sk-"),
        Kind("anthropic", "api_key", g_anthropic, ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY", "anthropic_key"], gclass="key",
             http=h_bearer("api.anthropic.com", "/v1/messages", method="POST", scheme="", hname="x-api-key",
                           extra=[("anthropic-version", "2023-06-01")],
                           body=jd({"model": "claude-3-5-sonnet-20241022", "max_tokens": 256, "messages": [{"role": "user", "content": "ping"}]}),
                           resp={"id": "msg_" + rstr(24), "type": "message", "stop_reason": "end_turn"}),
             prefix="sk-ant-api03-"),
        Kind("twilio", "auth_token", lambda: rhex(32), ["TWILIO_AUTH_TOKEN", "twilio_auth_token"], gclass="secret",
             http=h_basic("api.twilio.com", "/2010-04-01/Accounts/%s/Messages.json" % (sid := "AC" + rhex(32)), sid, method="POST",
                          body="To=%%2B1%s&From=%%2B1%s&Body=%s" % (rdigits(10), rdigits(10), pick(WORDS)),
                          resp={"sid": "SM" + rhex(32), "status": "queued", "account_sid": sid}, ctype="application/x-www-form-urlencoded"),
             prefix="", doc=["your_auth_token"], public=lambda: "AC" + rhex(32)),
        Kind("twilio", "api_key_secret", lambda: rstr(32), ["TWILIO_API_SECRET", "TWILIO_API_KEY_SECRET"], gclass="secret",
             prefix="", public=lambda: "SK" + rhex(32)),
        Kind("sendgrid", "api_key", g_sendgrid, ["SENDGRID_API_KEY", "SG_KEY"], gclass="key",
             http=h_bearer("api.sendgrid.com", "/v3/mail/send", method="POST",
                           body=jd({"personalizations": [{"to": [{"email": email()}]}], "from": {"email": "noreply@example.com"}, "subject": "Your %s" % pick(WORDS)}),
                           resp=""), prefix="SG."),
        Kind("shopify", "admin_access_token", lambda: "shpat_" + rhex(32), ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"],
             http=h_bearer("%s.myshopify.com" % company(), "/admin/api/2024-01/products.json?limit=50", scheme="",
                           hname="X-Shopify-Access-Token", resp={"products": []}), prefix="shpat_"),
        Kind("shopify", "shared_secret", lambda: "shpss_" + rhex(32), ["SHOPIFY_API_SECRET", "SHOPIFY_SHARED_SECRET"], gclass="secret",
             prefix="shpss_"),
        Kind("aws", "secret_access_key", g_aws_secret, ["AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "secretAccessKey"],
             gclass="secret", prefix="", doc=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
        Kind("aws", "session_token", g_aws_session, ["AWS_SESSION_TOKEN", "aws_session_token", "sessionToken"],
             http=h_aws_session(lambda: "ASIA" + rstr(16, B32)), prefix="IQoJb3JpZ2luX2Vj"),
        Kind("gcp", "oauth_access_token", g_ya29, ["GOOGLE_ACCESS_TOKEN", "GCP_TOKEN", "gcloud_token"],
             http=h_bearer("www.googleapis.com", "/drive/v3/files?pageSize=20&fields=files(id,name)",
                           resp={"files": [], "nextPageToken": cursor()}), prefix="ya29."),
        Kind("gcp", "oauth_refresh_token", g_refresh, ["GOOGLE_REFRESH_TOKEN", "refresh_token"],
             http=h_form("oauth2.googleapis.com", "/token", "refresh_token",
                         [("client_id", "%s-%s.apps.googleusercontent.com" % (rdigits(12), rstr(32, string.ascii_lowercase + string.digits))),
                          ("client_secret", "FILTERED"), ("grant_type", "refresh_token")],
                         {"access_token": "<ACCESS_TOKEN>", "expires_in": 3599, "token_type": "Bearer"}), prefix="1//0"),
        Kind("gcp", "oauth_client_secret", lambda: "GOCSPX-" + rstr(28, B64URL), ["GOOGLE_CLIENT_SECRET", "client_secret"], gclass="secret",
             http=h_form("oauth2.googleapis.com", "/token", "client_secret",
                         [("code", "<AUTH_CODE>"), ("client_id", "%s-%s.apps.googleusercontent.com" % (rdigits(12), rstr(32, string.ascii_lowercase + string.digits))),
                          ("redirect_uri", "http://localhost:8080/callback"), ("grant_type", "authorization_code")],
                         {"access_token": "REDACTED", "id_token": "REDACTED", "expires_in": 3599}), prefix="GOCSPX-"),
        Kind("gcp", "service_account_key", lambda: gen_private_pem("pkcs8"), ["GOOGLE_APPLICATION_CREDENTIALS_JSON", "private_key"],
             gclass="pem", pem=True, prefix="-----BEGIN PRIVATE KEY-----"),
        Kind("azure", "sas_signature", g_sas_sig, ["AZURE_SAS_URL", "blob_sas_url"], gclass="url", http=h_sas(), prefix=""),
        Kind("azure", "storage_account_key", g_azure_account_key, ["AZURE_STORAGE_KEY", "AccountKey", "storage_key"], gclass="key", prefix=""),
        Kind("okta", "api_token", g_okta, ["OKTA_API_TOKEN", "OKTA_TOKEN"],
             http=h_bearer("%s.okta.com" % company(), "/api/v1/users?limit=25", scheme="SSWS", resp=[]), prefix="00",
             public=lambda: "0oa" + rstr(17)),
        Kind("atlassian", "api_token", g_atlassian, ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_TOKEN"],
             http=h_basic("%s.atlassian.net" % company(), "/rest/api/3/search?jql=project%%3D%s" % pick(["OPS", "PAY", "WEB", "CORE"]), email()),
             prefix="ATATT3xFfGF0"),
        Kind("linear", "api_key", lambda: "lin_api_" + rstr(40), ["LINEAR_API_KEY", "linear_token"], gclass="key",
             http=h_bearer("api.linear.app", "/graphql", method="POST", scheme="",
                           body=jd({"query": "{ viewer { id name } }"}), resp={"data": {"viewer": {"id": ruuid()}}}),
             prefix="lin_api_"),
        Kind("notion", "integration_token", lambda: "ntn_" + rdigits(11) + rstr(35), ["NOTION_TOKEN", "NOTION_API_KEY"],
             http=h_bearer("api.notion.com", "/v1/databases/%s/query" % rhex(32), method="POST", body="{}",
                           extra=[("Notion-Version", "2022-06-28")], resp={"object": "list", "results": [], "next_cursor": ruuid()}),
             prefix="ntn_"),
        Kind("notion", "legacy_secret", lambda: "secret_" + rstr(43), ["NOTION_TOKEN", "NOTION_SECRET"],
             http=h_bearer("api.notion.com", "/v1/users/me", extra=[("Notion-Version", "2022-06-28")]), prefix="secret_"),
        Kind("hubspot", "private_app_token", lambda: "pat-%s-%s" % (pick(["na1", "na1", "eu1"]), ruuid()), ["HUBSPOT_ACCESS_TOKEN", "HUBSPOT_TOKEN"],
             http=h_bearer("api.hubapi.com", "/crm/v3/objects/contacts?limit=10", resp={"results": [], "paging": {"next": {"after": str(R.randint(100, 9999))}}}),
             prefix="pat-na1-"),
        Kind("salesforce", "session_id", g_salesforce, ["SF_SESSION_ID", "SALESFORCE_ACCESS_TOKEN", "sfdc_token"],
             http=h_bearer("%s.my.salesforce.com" % company(), "/services/data/v59.0/query?q=SELECT+Id,Name+FROM+Account+LIMIT+10",
                           resp={"totalSize": 0, "done": True, "records": []}), prefix="00D"),
        Kind("zendesk", "api_token", lambda: rstr(40), ["ZENDESK_API_TOKEN", "ZD_TOKEN"],
             http=h_basic("%s.zendesk.com" % company(), "/api/v2/tickets.json?per_page=25", email() + "/token"), prefix=""),
        Kind("datadog", "api_key", lambda: rhex(32), ["DD_API_KEY", "DATADOG_API_KEY"], gclass="key",
             http=h_bearer("api.datadoghq.com", "/api/v2/series", method="POST", scheme="", hname="DD-API-KEY",
                           body=jd({"series": [{"metric": "ci.%s.duration" % pick(WORDS), "points": [{"timestamp": R.randint(1700000000, 1760000000), "value": R.randint(1, 900)}]}]}),
                           resp={"errors": []}), prefix="", public=lambda: "pub" + rhex(32)),
        Kind("datadog", "app_key", lambda: rhex(40), ["DD_APP_KEY", "DATADOG_APP_KEY"], gclass="key",
             http=h_bearer("api.datadoghq.eu", "/api/v1/monitor?page_size=20", scheme="", hname="DD-APPLICATION-KEY",
                           extra=[("DD-API-KEY", "<DD_API_KEY>")], resp=[]), prefix="", public=lambda: "pub" + rhex(32)),
        Kind("pagerduty", "api_token", lambda: pick(["u+", "", "y_"]) + rstr(18, B64URL + "+"), ["PAGERDUTY_TOKEN", "PD_API_KEY"],
             http=h_bearer("api.pagerduty.com", "/incidents?statuses[]=triggered", scheme="Token token=",
                           extra=[("Accept", "application/vnd.pagerduty+json;version=2")], resp={"incidents": [], "more": False}), prefix=""),
        Kind("mailgun", "api_key", lambda: "key-" + rhex(32), ["MAILGUN_API_KEY", "MG_KEY"], gclass="key",
             http=h_basic("api.mailgun.net", "/v3/mg.%s.com/messages" % company(), "api", method="POST",
                          body="from=noreply%%40%s.com&to=%s&subject=Test" % (company(), urllib.parse.quote(email())),
                          resp={"id": "<%s.%s@mg.example.com>" % (rdigits(14), rhex(16)), "message": "Queued. Thank you."},
                          ctype="application/x-www-form-urlencoded"), prefix="key-"),
        Kind("postmark", "server_token", ruuid, ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN"],
             http=h_bearer("api.postmarkapp.com", "/email", method="POST", scheme="", hname="X-Postmark-Server-Token",
                           body=jd({"From": "support@example.com", "To": email(), "Subject": "Receipt", "TextBody": "Thanks"}),
                           resp={"ErrorCode": 0, "Message": "OK", "MessageID": ruuid()}), prefix=""),
        Kind("plaid", "secret", lambda: rhex(30), ["PLAID_SECRET", "plaid_secret"], gclass="secret",
             http=h_json("production.plaid.com", "/link/token/create", "secret",
                         {"client_id": rhex(24), "client_name": company(), "country_codes": ["US"], "language": "en",
                          "user": {"client_user_id": ruuid()}, "products": ["transactions"]},
                         {"link_token": "link-production-[FILTERED]", "request_id": rstr(15)}),
             prefix="", public=lambda: rhex(24)),
        Kind("square", "access_token", g_square, ["SQUARE_ACCESS_TOKEN", "SQ_TOKEN"],
             http=h_bearer("connect.squareup.com", "/v2/payments?limit=10", extra=[("Square-Version", "2024-01-18")],
                           resp={"payments": [], "cursor": cursor()}), prefix="EAAA", public=lambda: "sq0idp-" + rstr(22, B64URL)),
        Kind("paypal", "client_secret", g_paypal_secret, ["PAYPAL_CLIENT_SECRET", "PAYPAL_SECRET"], gclass="secret",
             http=h_basic("api-m.paypal.com", "/v1/oauth2/token", "A" + rstr(79, B64URL), method="POST",
                          body="grant_type=client_credentials", resp={"scope": "https://uri.paypal.com/services/invoicing", "access_token": "REDACTED", "token_type": "Bearer", "app_id": "APP-" + rstr(17, string.ascii_uppercase + string.digits)},
                          ctype="application/x-www-form-urlencoded"), prefix="", public=lambda: "A" + rstr(79, B64URL)),
        Kind("rails", "session_cookie", lambda: rhex(32), ["SESSION_ID", "session_id", "_session_id"], gclass="cookie",
             http=h_cookie("_session_id"), prefix=""),
        Kind("rails", "encrypted_session_cookie",
             lambda: urllib.parse.quote(b64(rbytes(R.randint(90, 180))), safe="") + "--" + urllib.parse.quote(b64(rbytes(12)), safe="") + "--" + urllib.parse.quote(b64(rbytes(16)), safe=""),
             ["SESSION_COOKIE", "session_cookie"], gclass="cookie", http=h_cookie("_%s_session" % pick(["storefront", "admin", "portal", "app"])), prefix=""),
        Kind("django", "session_cookie", lambda: rstr(32, string.ascii_lowercase + string.digits), ["SESSIONID", "sessionid", "session_key"],
             gclass="cookie", http=h_cookie("sessionid"), prefix=""),
        Kind("express", "session_cookie", g_connect_sid, ["CONNECT_SID", "sid"], gclass="cookie", http=h_cookie("connect.sid"), prefix="s%3A"),
        Kind("jwt", "hs256_session_token", g_jwt_live, ["AUTH_JWT", "ACCESS_TOKEN", "jwt"],
             http=h_bearer("api.staging.%s.io" % company(), "/v2/%ss?limit=20" % pick(WORDS)), prefix="eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."),
        Kind("jwt", "hs256_signing_secret", lambda: rstr(pick([32, 48, 64]), B64URL), ["JWT_SECRET", "JWT_SIGNING_KEY", "SECRET_KEY_BASE"], gclass="secret",
             prefix=""),
        Kind("auth0", "client_secret", lambda: rstr(64, B64URL), ["AUTH0_CLIENT_SECRET", "client_secret"], gclass="secret",
             http=h_json("%s.eu.auth0.com" % company(), "/oauth/token", "client_secret",
                         {"client_id": rstr(32), "audience": "https://api.%s.com/" % company(), "grant_type": "client_credentials"},
                         {"access_token": "[REDACTED]", "token_type": "Bearer", "expires_in": 86400}), prefix="", public=lambda: rstr(32)),
        Kind("generic", "basic_auth_header", human_password, ["BASIC_AUTH", "artifactory_password", "NEXUS_PASSWORD"], gclass="password",
             http=h_basic(pick(["artifactory.%s.internal", "nexus.%s.net", "jenkins.%s.io", "registry.%s.dev"]) % company(),
                          pick(["/api/storage/libs-release", "/service/rest/v1/components?repository=maven-releases", "/job/deploy/api/json"]),
                          pick(FIRST) + pick([".", "_", ""]) + pick(LAST)), prefix=""),
        Kind("postgres", "database_url_password", g_db_password, ["DATABASE_URL", "TEST_DATABASE_URL", "db_url"], gclass="password", prefix=""),
        Kind("mysql", "database_url_password", g_db_password, ["MYSQL_URL", "DATABASE_URL"], gclass="password", prefix=""),
        Kind("mongodb", "connection_string_password", g_db_password, ["MONGO_URI", "MONGODB_URL"], gclass="password", prefix=""),
        Kind("redis", "url_password", lambda: rstr(32, ALNUM), ["REDIS_URL", "CACHE_URL"], gclass="password", prefix=""),
        Kind("generic", "human_password", human_password, ["ADMIN_PASSWORD", "SMTP_PASSWORD", "TEST_USER_PASSWORD"], gclass="password", prefix=""),
        Kind("private_key", "rsa_pkcs1_pem", lambda: gen_private_pem("rsa_pkcs1"), ["TLS_KEY", "private_key"], gclass="pem", pem=True,
             prefix="-----BEGIN RSA PRIVATE KEY-----"),
        Kind("private_key", "pkcs8_pem", lambda: gen_private_pem("pkcs8"), ["CLIENT_KEY", "signing_key"], gclass="pem", pem=True,
             prefix="-----BEGIN PRIVATE KEY-----"),
        Kind("private_key", "ec_pem", lambda: gen_private_pem("ec"), ["MTLS_KEY", "ec_key"], gclass="pem", pem=True,
             prefix="-----BEGIN EC PRIVATE KEY-----"),
        Kind("gitlab", "personal_access_token", g_gitlab, ["GITLAB_TOKEN", "CI_JOB_PAT"],
             http=h_bearer("gitlab.com", "/api/v4/projects?membership=true", scheme="", hname="PRIVATE-TOKEN", resp=[]), prefix="glpat-"),
        Kind("huggingface", "user_access_token", g_hf, ["HF_TOKEN", "HUGGINGFACE_TOKEN"],
             http=h_bearer("huggingface.co", "/api/whoami-v2", resp={"type": "user", "name": pick(FIRST)}), prefix="hf_"),
        Kind("mailchimp", "api_key", g_mailchimp, ["MAILCHIMP_API_KEY", "MC_KEY"], gclass="key",
             http=h_basic("us%d.api.mailchimp.com" % R.randint(2, 21), "/3.0/lists", "anystring"), prefix=""),
    ]


# ----------------------------------------------------------------------------
# traffic renderers: ex -> (relpath, text)
# ----------------------------------------------------------------------------
def yq(s):
    if s is None:
        return "null"
    s = str(s)
    if s == "" or re.search(r"[:#{}\[\],&*?|<>=!%@`'\"]|^[-\s]|\s$", s) or s.lower() in ("null", "true", "false", "yes", "no"):
        return "'" + s.replace("'", "''") + "'"
    return s


def body_str(b):
    if b is None:
        return ""
    if isinstance(b, (dict, list)):
        return jd(b, separators=(",", ":")) if chance(0.5) else jd(b)
    return b


def split_url(url):
    u = urllib.parse.urlsplit(url)
    return u.scheme, u.netloc, u.path or "/", u.query


def reason(code):
    return {200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 302: "Found", 401: "Unauthorized"}.get(code, "OK")


def snake(*parts):
    return "_".join(p for p in parts if p).replace("-", "_").replace(".", "_").lower()


def test_name(ex):
    _, host, path, _ = split_url(ex["url"])
    seg = [s for s in re.split(r"[/?=&.]", path) if s and not re.search(r"\d", s)][-2:]
    return snake("test", *(seg or [pick(WORDS)]))


def resp_headers(ex):
    _, host, _, _ = split_url(ex["url"])
    hs = noise_headers(host)
    if chance(0.25):
        hs.append(("Set-Cookie", cf_bm_cookie()))
    return hs


def r_vcrpy(ex):
    _, host, _, _ = split_url(ex["url"])
    L = ["interactions:", "- request:", "    body: %s" % (yq(ex["body"]) if ex["body"] else "null"), "    headers:"]
    for k, v in ex["headers"]:
        L += ["      %s:" % k, "      - %s" % yq(v)]
    L += ["    method: %s" % ex["method"], "    uri: %s" % ex["url"], "  response:", "    body:",
          "      string: %s" % yq(body_str(ex["resp"])), "    headers:"]
    for k, v in resp_headers(ex):
        L += ["      %s:" % k, "      - %s" % yq(v)]
    L += ["    status:", "      code: %d" % ex["status"], "      message: %s" % reason(ex["status"]), "version: 1"]
    d = pick(["tests/cassettes", "tests/integration/cassettes", "tests/fixtures/cassettes", "test/cassettes"])
    return "%s/%s.yaml" % (d, test_name(ex)), "\n".join(L) + "\n"


def r_ruby_vcr(ex):
    L = ["---", "http_interactions:", "- request:", "    method: %s" % ex["method"].lower(), "    uri: %s" % ex["url"],
         "    body:", "      encoding: %s" % pick(["US-ASCII", "UTF-8"]), "      string: %s" % yq(ex["body"] or ""), "    headers:"]
    for k, v in ex["headers"]:
        L += ["      %s:" % k, "      - %s" % yq(v)]
    L += ["  response:", "    status:", "      code: %d" % ex["status"], "      message: %s" % reason(ex["status"]), "    headers:"]
    for k, v in resp_headers(ex):
        L += ["      %s:" % k, "      - %s" % yq(v)]
    L += ["    body:", "      encoding: UTF-8", "      string: %s" % yq(body_str(ex["resp"])),
          "  recorded_at: %s" % http_date(), "recorded_with: VCR %s" % pick(["6.1.0", "6.2.0", "5.1.0"])]
    name = test_name(ex)[5:]
    d = pick(["spec/fixtures/vcr_cassettes", "spec/cassettes", "test/vcr_cassettes", "spec/fixtures/cassettes/%s" % pick(WORDS)])
    return "%s/%s.yml" % (d, name), "\n".join(L) + "\n"


def r_betamax(ex):
    hdrs = {}
    for k, v in ex["headers"]:
        hdrs[k] = [v]
    d = {"http_interactions": [{
        "recorded_at": iso_ts()[:19],
        "request": {"body": {"encoding": "utf-8", "string": ex["body"] or ""}, "headers": hdrs,
                    "method": ex["method"], "uri": ex["url"]},
        "response": {"body": {"encoding": "utf-8", "string": body_str(ex["resp"])},
                     "headers": {k: [v] for k, v in resp_headers(ex)},
                     "status": {"code": ex["status"], "message": reason(ex["status"])}, "url": ex["url"]}}],
        "recorded_with": "betamax/0.8.1"}
    txt = jd(d, indent=pick([None, 2])) + "\n"
    return "tests/cassettes/%s.json" % test_name(ex)[5:], txt


def _har_entry(ex, polly):
    sch, host, path, q = split_url(ex["url"])
    qs = [{"name": k, "value": v} for k, v in urllib.parse.parse_qsl(q, keep_blank_values=True)]
    if ex["slot"] and ex["slot"][0] == "query":
        qs = [{"name": k, "value": v} for k, v in (kv.split("=", 1) for kv in q.split("&"))]
    req = {"bodySize": len(ex["body"] or ""), "cookies": [], "headers": [{"name": k, "value": v} for k, v in ex["headers"]],
           "headersSize": -1, "httpVersion": "HTTP/1.1", "method": ex["method"], "queryString": qs, "url": ex["url"]}
    if ex["body"]:
        req["postData"] = {"mimeType": ex["ctype"] or "application/json", "text": ex["body"]}
    rb = body_str(ex["resp"])
    resp = {"bodySize": -1, "content": {"mimeType": "application/json", "size": len(rb), "text": rb}, "cookies": [],
            "headers": [{"name": k.lower() if polly else k, "value": v} for k, v in resp_headers(ex)],
            "headersSize": -1, "httpVersion": "HTTP/1.1", "redirectURL": "", "status": ex["status"], "statusText": reason(ex["status"])}
    e = {}
    if polly:
        e["_id"] = rhex(32)
        e["_order"] = 0
    e.update({"cache": {}, "request": req, "response": resp, "startedDateTime": iso_ts(), "time": R.randint(40, 900),
              "timings": {"blocked": -1, "connect": -1, "dns": -1, "receive": 0, "send": 0, "ssl": -1, "wait": R.randint(40, 900)}})
    return e


def pretty(o, ind=0, width=110):
    """JSON pretty-printer that keeps small objects/arrays on one line (prettier-like)."""
    flat = jd(o, separators=(", ", ": "))
    if not isinstance(o, (dict, list)) or len(flat) + ind <= width:
        return flat
    pad, inner = " " * ind, " " * (ind + 2)
    if isinstance(o, dict):
        items = ["%s%s: %s" % (inner, jd(k), pretty(v, ind + 2, width)) for k, v in o.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}" if items else "{}"
    items = [inner + pretty(v, ind + 2, width) for v in o]
    return "[\n" + ",\n".join(items) + "\n" + pad + "]" if items else "[]"


def r_polly(ex):
    name = test_name(ex)[5:].replace("_", "-")
    d = {"log": {"_recordingName": "%s/%s" % (pick(["GitHubClient", "ApiClient", "Integrations", "Billing"]), name),
                 "creator": {"comment": "persister:fs", "name": "Polly.JS", "version": pick(["6.0.6", "5.1.1"])},
                 "entries": [_har_entry(ex, True)], "pages": [], "version": "1.2"}}
    return "__recordings__/%s_%s/%s_%s/recording.har" % (pick(["ApiClient", "Sync", "Webhooks"]), rhex(8), name, rhex(8)), pretty(d) + "\n"


def r_devtools_har(ex):
    e = _har_entry(ex, False)
    e["_resourceType"] = "fetch"
    e["serverIPAddress"] = "%d.%d.%d.%d" % (R.randint(3, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    d = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "pages": [], "entries": [e]}}
    return "%s/%s.har" % (pick(["test/fixtures/har", "e2e/har", "docs/debug", "fixtures/network"]), test_name(ex)[5:]), pretty(d) + "\n"


def r_nock(ex):
    sch, host, path, q = split_url(ex["url"])
    raw = []
    for k, v in resp_headers(ex):
        raw += [k, v]
    rec = {"scope": "%s://%s:443" % (sch, host), "method": ex["method"], "path": path + ("?" + q if q else ""),
           "body": ex["body"] or "", "status": ex["status"], "response": ex["resp"], "rawHeaders": raw,
           "reqheaders": {k.lower(): v for k, v in ex["headers"] if k.lower() not in ("host",)},
           "responseIsBinary": False}
    if ex["body"] and ex["ctype"] == "application/json":
        rec["body"] = json.loads(ex["body"])
    return "test/fixtures/nock/%s.json" % test_name(ex)[5:].replace("_", "-"), jd([rec], indent=2) + "\n"


def r_wiremock(ex):
    sch, host, path, q = split_url(ex["url"])
    req = {"method": ex["method"], "urlPath": path}
    if q:
        qp = {}
        for kv in q.split("&"):
            k, _, v = kv.partition("=")
            qp[k] = {"equalTo": v}
        req["queryParameters"] = qp
    hm = {}
    for k, v in ex["headers"]:
        if k in ("Host", "User-Agent", "Accept-Encoding"):
            continue
        hm[k] = {"equalTo": v}
    req["headers"] = hm
    if ex["body"]:
        req["bodyPatterns"] = [{"equalToJson" if ex["ctype"] == "application/json" else "equalTo": ex["body"]}]
    resp = {"status": ex["status"], "headers": dict(resp_headers(ex))}
    if isinstance(ex["resp"], (dict, list)):
        resp["jsonBody"] = ex["resp"]
    else:
        resp["body"] = ex["resp"]
    u = ruuid()
    d = {"id": u, "name": test_name(ex)[5:], "request": req, "response": resp, "uuid": u, "persistent": True,
         "insertionIndex": R.randint(1, 40)}
    base = pick(["src/test/resources/wiremock/mappings", "wiremock/mappings", "src/integrationTest/resources/mappings"])
    return "%s/%s-%s.json" % (base, test_name(ex)[5:].replace("_", "-"), u[:8]), jd(d, indent=2) + "\n"


def r_mockserver(ex):
    sch, host, path, q = split_url(ex["url"])
    req = {"method": ex["method"], "path": path,
           "headers": {k: [v] for k, v in ex["headers"] if k not in ("User-Agent", "Accept-Encoding")}}
    if q:
        req["queryStringParameters"] = {k: [v] for k, _, v in (kv.partition("=") for kv in q.split("&"))}
    if ex["body"]:
        req["body"] = {"type": "STRING", "string": ex["body"]}
    d = [{"id": ruuid(), "priority": 0, "httpRequest": req,
          "httpResponse": {"statusCode": ex["status"], "headers": {k: [v] for k, v in resp_headers(ex)[:3]}, "body": ex["resp"]},
          "times": {"unlimited": True}}]
    return "%s/expectations.json" % pick(["mockserver", "test/mockserver", "docker/mockserver/config"]), jd(d, indent=2) + "\n"


def _dump_req(ex, absolute=False):
    sch, host, path, q = split_url(ex["url"])
    target = ex["url"] if absolute else path + ("?" + q if q else "")
    L = ["%s %s HTTP/1.1" % (ex["method"], target)] + ["%s: %s" % kv for kv in ex["headers"]]
    if ex["body"]:
        L += ["Content-Length: %d" % len(ex["body"]), "", ex["body"]]
    else:
        L += [""]
    return L


def _dump_resp(ex):
    rb = body_str(ex["resp"])
    return ["HTTP/1.1 %d %s" % (ex["status"], reason(ex["status"]))] + ["%s: %s" % kv for kv in resp_headers(ex)] + \
        ["Content-Length: %d" % len(rb), "", rb]


def r_golden(ex):
    L = _dump_req(ex) + [""] + _dump_resp(ex)
    pkg = pick(["client", "github", "billing", "notify", "storage", "sync"])
    return "internal/%s/testdata/%s.golden" % (pkg, "".join(w.capitalize() for w in test_name(ex).split("_"))), "\n".join(L) + "\n"


def r_fiddler(ex):
    L = _dump_req(ex, absolute=True)
    n = R.randint(1, 240)
    return "tools/fiddler/%s-session/raw/%02d_c.txt" % (iso_date(), n), "\r\n".join(L) + "\r\n"


def r_charles(ex):
    sch, host, path, q = split_url(ex["url"])
    rb = body_str(ex["resp"])
    d = [{"status": "COMPLETE", "method": ex["method"], "protocolVersion": "HTTP/1.1", "scheme": sch, "host": host,
          "actualPort": 443, "path": path, "query": q or None, "tunnel": False, "keptAlive": True,
          "webSocket": False, "remoteAddress": "%s/%d.%d.%d.%d" % (host, R.randint(3, 200), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
          "clientAddress": "/127.0.0.1", "clientPort": R.randint(49152, 65535),
          "times": {"start": iso_ts(), "end": iso_ts()},
          "request": {"sizes": {"headers": R.randint(200, 900), "body": len(ex["body"] or "")}, "mimeType": ex["ctype"],
                      "charset": None, "contentEncoding": None,
                      "header": {"firstLine": "%s %s HTTP/1.1" % (ex["method"], path + ("?" + q if q else "")),
                                 "headers": [{"name": k, "value": v} for k, v in ex["headers"]]},
                      "body": {"text": ex["body"]} if ex["body"] else None},
          "response": {"status": ex["status"], "sizes": {"headers": R.randint(200, 900), "body": len(rb)}, "mimeType": "application/json",
                       "header": {"firstLine": "HTTP/1.1 %d %s" % (ex["status"], reason(ex["status"])),
                                  "headers": [{"name": k, "value": v} for k, v in resp_headers(ex)]},
                       "body": {"text": rb}}}]
    return "debug/charles/%s-%s.chlsj" % (pick(WORDS), iso_date()), jd(d, indent=2) + "\n"


def r_jest_snap(ex):
    def js(v):
        return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    name = test_name(ex)[5:].replace("_", " ")
    L = ["// Jest Snapshot v1, https://goo.gl/fbAQLP", "",
         "exports[`%s client %s 1`] = `" % (pick(["ApiClient", "HttpTransport", "fetchWrapper", "SyncService"]), pick(["builds request for", "sends", "signs"]) + " " + name),
         "Object {", "  \"body\": %s," % (js(ex["body"]) if ex["body"] else "undefined"), "  \"headers\": Object {"]
    for k, v in sorted(ex["headers"]):
        if k in ("Host", "User-Agent", "Accept-Encoding"):
            continue
        L.append("    %s: %s," % (js(k), js(v)))
    L += ["  },", "  \"method\": %s," % js(ex["method"]), "  \"url\": %s," % js(ex["url"]), "}", "`;", ""]
    if chance(0.6):
        L += ["exports[`%s returns parsed payload 1`] = `" % name, "Object {",
              "  \"requestId\": %s," % js(ruuid()), "  \"status\": %d," % ex["status"], "}", "`;", ""]
    d = pick(["src/__tests__/__snapshots__", "src/api/__tests__/__snapshots__", "test/__snapshots__"])
    return "%s/%s.test.ts.snap" % (d, test_name(ex)[5:].replace("_", "-")), "\n".join(L)


def r_http_file(ex):
    L = ["# %s" % pick(["Smoke checks against staging", "Manual API checks", "Requests used while debugging the sync job"]),
         "@host = %s" % split_url(ex["url"])[1], "", "### %s" % test_name(ex)[5:].replace("_", " ")]
    L += ["%s %s HTTP/1.1" % (ex["method"], ex["url"])]
    L += ["%s: %s" % kv for kv in ex["headers"] if kv[0] not in ("Host", "User-Agent", "Accept-Encoding")]
    if ex["body"]:
        L += ["", ex["body"]]
    L += ["", "###", "GET https://{{host}}/health", "Accept: application/json", ""]
    return "%s/%s.http" % (pick(["http", "api-requests", "requests", "scripts/rest"]), pick(WORDS)), "\n".join(L)


def r_insomnia(ex):
    wrk = "wrk_" + rhex(32)
    res = [{"_id": wrk, "_type": "workspace", "name": "%s API" % company(), "parentId": None, "scope": "collection"},
           {"_id": "req_" + rhex(32), "_type": "request", "parentId": wrk, "name": test_name(ex)[5:].replace("_", " "),
            "method": ex["method"], "url": ex["url"],
            "body": {"mimeType": ex["ctype"], "text": ex["body"]} if ex["body"] else {},
            "headers": [{"name": k, "value": v} for k, v in ex["headers"] if k not in ("Host", "User-Agent")],
            "authentication": {}, "modified": R.randint(1700000000000, 1760000000000)}]
    d = {"_type": "export", "__export_format": 4, "__export_date": iso_ts(), "__export_source": "insomnia.desktop.app:v%s" % pick(["8.6.1", "2023.5.8", "9.3.2"]),
         "resources": res}
    return "%s/insomnia-%s.json" % (pick(["docs/api", "tools", "insomnia"]), pick(WORDS)), jd(d, indent=2) + "\n"


TRAFFIC = {
    "vcrpy_yaml": r_vcrpy, "ruby_vcr_yaml": r_ruby_vcr, "betamax_json": r_betamax, "polly_har": r_polly,
    "devtools_har": r_devtools_har, "nock_json": r_nock, "wiremock_json": r_wiremock, "mockserver_json": r_mockserver,
    "go_golden": r_golden, "fiddler_raw": r_fiddler, "charles_chlsj": r_charles, "jest_snapshot": r_jest_snap,
    "rest_client_http": r_http_file, "insomnia_json": r_insomnia,
}


# ----------------------------------------------------------------------------
# config-style renderers.  entries: list of (name, val) where val is
#   ("lit", s) | ("env", NAME, default_or_None) | ("faker", what)
# ----------------------------------------------------------------------------
def is_multiline(val):
    return val[0] == "lit" and "\n" in val[1]


def f_py(val):
    if val[0] == "env":
        return 'os.environ.get("%s", "%s")' % (val[1], val[2]) if val[2] is not None else 'os.environ["%s"]' % val[1]
    if val[0] == "faker":
        return 'fake.%s()' % ("password" if val[1] == "password" else "sha256")
    s = val[1]
    if "\n" in s:
        return '"""\\\n' + s + '\n"""'
    return jd(s)


def f_rb(val):
    if val[0] == "env":
        return 'ENV.fetch("%s", "%s")' % (val[1], val[2]) if val[2] is not None else 'ENV["%s"]' % val[1]
    if val[0] == "faker":
        return "Faker::Internet.password(min_length: 16)" if val[1] == "password" else "SecureRandom.hex(20)"
    s = val[1]
    if "\n" in s:
        return "<<~PEM\n" + "\n".join("    " + l for l in s.split("\n")) + "\n  PEM"
    return jd(s)


def f_js(val, q="'"):
    if val[0] == "env":
        return "process.env.%s%s" % (val[1], (" ?? '%s'" % val[2]) if val[2] is not None else "")
    if val[0] == "faker":
        return "faker.internet.password({ length: 20 })" if val[1] == "password" else "faker.string.alphanumeric(40)"
    s = val[1]
    if "\n" in s:
        return "`" + s + "`"
    return q + s.replace("\\", "\\\\").replace(q, "\\" + q) + q


def f_java(val):
    if val[0] == "env":
        return ('Objects.requireNonNullElse(System.getenv("%s"), "%s")' % (val[1], val[2])) if val[2] is not None else 'System.getenv("%s")' % val[1]
    if val[0] == "faker":
        return "faker.internet().password(12, 20)"
    s = val[1]
    if "\n" in s:
        return '"""\n' + "\n".join("            " + l for l in s.split("\n")) + '\n            """'
    return jd(s)


def f_go(val):
    if val[0] == "env":
        return 'os.Getenv("%s")' % val[1]
    if val[0] == "faker":
        return "gofakeit.Password(true, true, true, false, false, 16)"
    s = val[1]
    if "\n" in s:
        return "`" + s + "`"
    return jd(s)


def f_yaml(val, style="shell", indent=4):
    if val[0] == "env":
        if style == "spring":
            return "${%s%s}" % (val[1], (":" + val[2]) if val[2] is not None else "")
        if style == "erb":
            return "<%%= ENV.fetch('%s', '%s') %%>" % (val[1], val[2] or "") if val[2] is not None else "<%%= ENV['%s'] %%>" % val[1]
        return "${%s%s}" % (val[1], (":-" + val[2]) if val[2] is not None else "")
    if val[0] == "faker":
        return "<%= Faker::Internet.password %>" if style == "erb" else "${RANDOM_%s}" % val[1].upper()
    s = val[1]
    if "\n" in s:
        return "|\n" + "\n".join(" " * indent + l for l in s.split("\n"))
    return yq(s)


def f_json_str(val, style="mustache"):
    if val[0] == "env":
        return {"mustache": "{{%s}}" % val[1], "shell": "${%s}" % val[1], "vault": "{{vault:%s}}" % val[1].lower().replace("_", "-")}[style]
    if val[0] == "faker":
        return "{{$randomPassword}}" if style == "mustache" else "<generated>"
    return val[1]


def f_dotenv(val):
    if val[0] == "env":
        return "${%s}" % val[1]
    if val[0] == "faker":
        return ""
    s = val[1]
    if "\n" in s:
        return '"' + s.replace("\n", "\\n") + '"'
    return s if re.fullmatch(r"[\w./:@+=%-]*", s) and not s.endswith("=") else '"%s"' % s


def ident(name, style):
    base = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")
    parts = [p for p in re.split(r"_|(?<=[a-z])(?=[A-Z])", base) if p]
    if style == "snake":
        return "_".join(p.lower() for p in parts)
    if style == "camel":
        return parts[0].lower() + "".join(p.capitalize() for p in parts[1:])
    if style == "const":
        return "_".join(p.upper() for p in parts)
    return base


def cls(block):
    return "".join(p.capitalize() for p in re.split(r"[_\-.]", block))


def c_conftest(entries, ctx):
    b = ctx["block"]
    L = ['"""Shared fixtures for the %s integration tests."""' % b, "import os", "", "import pytest"]
    if ctx.get("faker"):
        L += ["from faker import Faker", "", "fake = Faker()", "Faker.seed(%d)" % R.randint(1, 9999)]
    L += ["", "from %s.%s import %sClient" % (pick(["app", "src", company().replace("-", "_")]), pick(["clients", "integrations"]), cls(b)), ""]
    style = pick(["client", "env", "vcr"])
    if style == "env":
        L += ["", "@pytest.fixture(autouse=True)", "def _%s_env(monkeypatch):" % b]
        for n, v in entries:
            if is_multiline(v):
                L.append('    monkeypatch.setenv("%s", %s)' % (ident(n, "const"), f_py(v)))
            else:
                L.append('    monkeypatch.setenv("%s", %s)' % (ident(n, "const"), f_py(v)))
        L += ["", "", "@pytest.fixture", "def client():", "    return %sClient.from_env()" % cls(b)]
    else:
        if style == "vcr":
            L += ["", "@pytest.fixture(scope=\"module\")", "def vcr_config():", "    return {",
                  '        "filter_headers": [%s],' % pick(['"authorization"', '"authorization", "x-api-key"', '("authorization", "DUMMY")']),
                  '        "record_mode": "%s",' % pick(["once", "none", "new_episodes"]), '        "decode_compressed_response": True,', "    }", ""]
        L += ["", "@pytest.fixture(scope=\"session\")", "def %s_client():" % b, "    return %sClient(" % cls(b)]
        for n, v in entries:
            L.append("        %s=%s," % (ident(n, "snake"), f_py(v)))
        L += ["    )"]
    return pick(["tests/conftest.py", "tests/integration/conftest.py", "test/conftest.py"]), "\n".join(L) + "\n"


def c_pytest_ini(entries, ctx):
    L = ["[pytest]", "minversion = 7.0", "addopts = -ra -q --strict-markers%s" % pick(["", " --record-mode=none", " -p no:cacheprovider"]),
         "testpaths =", "    tests", "markers =", "    vcr: tests replaying recorded HTTP cassettes", "    slow: long-running", "env ="]
    for n, v in entries:
        if v[0] == "env":
            L.append("    %s=${%s}" % (ident(n, "const"), v[1]))
        elif v[0] == "lit" and "\n" not in v[1]:
            L.append("    %s%s=%s" % (pick(["", "", "D:"]), ident(n, "const"), v[1]))
    L += ["filterwarnings =", "    ignore::DeprecationWarning"]
    return pick(["pytest.ini", "tests/pytest.ini"]), "\n".join(L) + "\n"


def c_spring(entries, ctx):
    b = ctx["block"]
    L = ["spring:", "  profiles:", "    active: test", "  jpa:", "    hibernate:", "      ddl-auto: create-drop", "",
         "%s:" % b.replace("_", "-"), "  client:"]
    for n, v in entries:
        L.append("    %s: %s" % (ident(n, "snake").replace("_", "-"), f_yaml(v, "spring", 6)))
    L += ["", "logging:", "  level:", "    org.springframework.web.client: DEBUG"]
    return "src/test/resources/%s" % pick(["application-test.yml", "application-it.yml", "application-test.yaml"]), "\n".join(L) + "\n"


def c_rspec_support(entries, ctx):
    b = ctx["block"]
    L = ["# frozen_string_literal: true", "", "require \"vcr\"", "", "VCR.configure do |c|",
         '  c.cassette_library_dir = "spec/fixtures/vcr_cassettes"', "  c.hook_into :webmock",
         "  c.configure_rspec_metadata!"]
    for n, v in entries:
        if v[0] == "env":
            L.append('  c.filter_sensitive_data("<%s>") { ENV["%s"] }' % (ident(n, "const"), v[1]))
    L += ["end", ""]
    lits = [(n, v) for n, v in entries if v[0] != "env"]
    if lits:
        style = pick(["env", "let"])
        if style == "env":
            L += ["RSpec.configure do |config|", "  config.before(:suite) do"]
            for n, v in lits:
                L.append('    ENV["%s"] ||= %s' % (ident(n, "const"), f_rb(v)))
            L += ["  end", "end"]
        else:
            L += ["RSpec.shared_context \"%s api\" do" % b]
            for n, v in lits:
                L.append("  let(:%s) { %s }" % (ident(n, "snake"), f_rb(v)))
            L += ["  let(:client) { %s::Client.new(%s) }" % (cls(b), ", ".join("%s: %s" % (ident(n, "snake"), ident(n, "snake")) for n, _ in lits[:2])), "end"]
    return "spec/support/%s.rb" % pick([b + "_helpers", "vcr", b + "_api", "integration_env"]), "\n".join(L) + "\n"


def c_rails_fixture(entries, ctx):
    b = ctx["block"]
    L = ["# Read about fixtures at https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html", ""]
    for i, lab in enumerate(R.sample(["acme", "globex", "initech", "umbrella", "hooli", "stark"], 2)):
        L += ["%s:" % lab, "  account: %s" % lab, "  provider: %s" % b, "  external_id: %s" % R.randint(10000, 9999999)]
        if i == 0:
            for n, v in entries:
                L.append("  %s: %s" % (ident(n, "snake"), f_yaml(v, "erb", 4)))
        else:
            L.append("  %s: %s" % (ident(entries[ctx["sidx"]][0], "snake"), pick(["<%= SecureRandom.hex(20) %>", "~", "''"])))
        L += ["  created_at: <%%= %d.days.ago %%>" % R.randint(1, 30), ""]
    return "test/fixtures/%s.yml" % pick([b + "_integrations", "integrations", "api_credentials", b + "_accounts"]), "\n".join(L)


def c_django_fixture(entries, ctx):
    b = ctx["block"]
    fields = {"name": "%s %s" % (company(), b), "enabled": True, "created": iso_ts()}
    for n, v in entries:
        fields[ident(n, "snake")] = f_json_str(v, "shell")
    objs = [{"model": "%s.%sintegration" % (pick(["integrations", "core", "connectors"]), b.replace("_", "")), "pk": R.randint(1, 40), "fields": fields}]
    if chance(0.6):
        objs.insert(0, {"model": "auth.user", "pk": 1, "fields": {"username": "%s.%s" % person(), "email": email(), "is_staff": True,
                                                                   "password": "pbkdf2_sha256$%d$%s$%s" % (pick([600000, 720000, 870000]), rstr(22), b64(rbytes(32)))}})
    return "%s/fixtures/%s.json" % (pick(["integrations", "core", "apps/connectors"]), pick(["test_data", "initial_data", b + "_test"])), jd(objs, indent=pick([2, 4])) + "\n"


def sqlq(val):
    if val[0] == "env":
        return "current_setting('app.%s')" % val[1].lower()
    if val[0] == "faker":
        return "md5(random()::text)"
    return "'" + val[1].replace("'", "''") + "'"


def c_seed_sql(entries, ctx):
    b = ctx["block"]
    tbl = pick(["integrations", "api_credentials", "%s_connections" % b, "oauth_tokens"])
    cols = ["id", "account_id", "provider"] + [ident(n, "snake") for n, _ in entries] + ["created_at"]
    L = ["-- Seed data for local development and the e2e suite", "-- Generated %s" % iso_date(), "BEGIN;", "",
         "INSERT INTO accounts (id, name, plan) VALUES", "  (%d, '%s', '%s');" % (R.randint(1, 50), company(), pick(["free", "team", "enterprise"])), ""]
    if chance(0.5):
        L += ["INSERT INTO users (id, email, password_digest) VALUES",
              "  (%d, '%s', '$2a$12$%s');" % (R.randint(1, 50), email(), rstr(53, string.ascii_letters + string.digits + "./")), ""]
    vals = [str(R.randint(1, 500)), str(R.randint(1, 50)), "'%s'" % b] + [sqlq(v) for _, v in entries] + ["now()"]
    L += ["INSERT INTO %s (%s)" % (tbl, ", ".join(cols)), "VALUES (%s);" % ", ".join(vals), "", "COMMIT;"]
    return "%s/%s.sql" % (pick(["db/seeds", "db", "scripts/sql", "test/sql"]), pick(["seed", "dev_seed", "e2e_seed", "001_integrations"])), "\n".join(L) + "\n"


def c_cypress_fixture(entries, ctx):
    d = {"user": {"id": R.randint(1, 9999), "email": email(), "name": "%s %s" % tuple(x.capitalize() for x in person())}}
    for n, v in entries:
        d[ident(n, "camel")] = f_json_str(v, "shell")
    d["featureFlags"] = {"newCheckout": chance(0.5), "betaSearch": chance(0.5)}
    return "cypress/fixtures/%s.json" % pick(["session", "user", ctx["block"], "auth"]), jd(d, indent=2) + "\n"


def c_cypress_env(entries, ctx):
    d = {"baseUrl": "https://staging.%s.com" % company(), "apiUrl": "https://api.staging.%s.com" % company()}
    for n, v in entries:
        d[ident(n, "const") if chance(0.5) else ident(n, "camel")] = f_json_str(v, "shell")
    d["retries"] = R.randint(0, 3)
    return "cypress.env.json", jd(d, indent=2) + "\n"


def c_k6(entries, ctx):
    L = ["import http from 'k6/http';", "import { check, sleep } from 'k6';", "",
         "export const options = {", "  vus: %d," % R.randint(5, 200), "  duration: '%dm'," % R.randint(1, 30),
         "  thresholds: { http_req_duration: ['p(95)<%d'] }," % R.randint(200, 1500), "};", ""]
    for n, v in entries:
        if v[0] == "env":
            L.append("const %s = __ENV.%s%s;" % (ident(n, "const"), v[1], (" || '%s'" % v[2]) if v[2] is not None else ""))
        else:
            L.append("const %s = %s;" % (ident(n, "const"), f_js(v)))
    L += ["const BASE = __ENV.BASE_URL || 'https://api.staging.%s.com';" % company(), "", "export default function () {",
          "  const res = http.get(`${BASE}/v1/%ss`, {" % pick(WORDS),
          "    headers: { Authorization: `Bearer ${%s}` }," % ident(entries[ctx["sidx"]][0], "const"), "  });",
          "  check(res, { 'status is 200': (r) => r.status === 200 });", "  sleep(%d);" % R.randint(1, 3), "}"]
    return "%s/%s.js" % (pick(["load", "perf", "k6", "tests/load"]), pick(WORDS) + pick(["-smoke", "-soak", "-spike", ""])), "\n".join(L) + "\n"


def c_locust(entries, ctx):
    L = ["from locust import HttpUser, between, task", "import os", ""]
    if ctx.get("faker"):
        L += ["from faker import Faker", "fake = Faker()", ""]
    for n, v in entries:
        L.append("%s = %s" % (ident(n, "const"), f_py(v)))
    sn = ident(entries[ctx["sidx"]][0], "const")
    L += ["", "", "class ApiUser(HttpUser):", "    wait_time = between(1, %d)" % R.randint(2, 5), "    host = \"https://api.staging.%s.com\"" % company(), "",
          "    def on_start(self):", "        self.client.headers.update({\"Authorization\": f\"Bearer {%s}\"})" % sn, "",
          "    @task(%d)" % R.randint(1, 5), "    def list_%ss(self):" % pick(WORDS), "        self.client.get(\"/v1/%ss?limit=50\", name=\"list\")" % pick(WORDS), "",
          "    @task", "    def health(self):", "        self.client.get(\"/health\")"]
    return pick(["locustfile.py", "load/locustfile.py", "perf/locustfile.py"]), "\n".join(L) + "\n"


def c_karate(entries, ctx):
    b = ctx["block"]
    L = ["Feature: %s API smoke tests" % cls(b), "", "  Background:", "    * url '%s'" % pick(["https://api.staging.%s.com" % company(), "baseUrl"])]
    for n, v in entries:
        if v[0] == "env":
            L.append("    * def %s = karate.properties['%s'] || java.lang.System.getenv('%s')" % (ident(n, "camel"), v[1].lower().replace("_", "."), v[1]))
        elif v[0] == "lit" and "\n" not in v[1]:
            L.append("    * def %s = '%s'" % (ident(n, "camel"), v[1]))
    L += ["    * header Authorization = 'Bearer ' + %s" % ident(entries[ctx["sidx"]][0], "camel"), "",
          "  Scenario: list %ss" % pick(WORDS), "    Given path 'v1', '%ss'" % pick(WORDS), "    And param limit = %d" % R.randint(5, 50),
          "    When method get", "    Then status 200", "    And match response.items == '#[]'", "",
          "  Scenario: unknown id returns 404", "    Given path 'v1', '%ss', '%s'" % (pick(WORDS), ruuid()), "    When method get", "    Then status 404"]
    return "src/test/java/%s/%s.feature" % (pick(["karate", "api", "com/%s/it" % company().replace("-", "")]), b), "\n".join(L) + "\n"


def c_gherkin(entries, ctx):
    L = ["@%s @e2e" % ctx["block"], "Feature: Sign in to the %s console" % pick(["admin", "partner", "billing", "support"]), "",
         "  Background:", "    Given the staging environment is reachable", "",
         "  Scenario Outline: Successful login for seeded users", "    Given I am on the login page",
         "    When I sign in as \"<email>\" with password \"<password>\"", "    Then I should see the \"<landing>\" page", "", "    Examples:",
         "      | email | password | landing |"]
    n, v = entries[ctx["sidx"]]
    pw = v[1] if v[0] == "lit" else ("${%s}" % v[1])
    L.append("      | %s | %s | %s |" % (email(), pw, pick(["dashboard", "billing", "reports"])))
    L += ["", "  Scenario: Locked account", "    Given the user \"%s\" is locked" % email(), "    When I try to sign in", "    Then I see \"Account locked\""]
    return "features/%s.feature" % pick(["login", "sign_in", "admin_login", "auth"]), "\n".join(L) + "\n"


def c_testcontainers(entries, ctx):
    b = ctx["block"]
    pkg = "com.%s.%s" % (company().replace("-", ""), pick(["it", "integration", "support"]))
    L = ["package %s;" % pkg, "", "import java.util.Objects;", "import org.junit.jupiter.api.BeforeAll;",
         "import org.testcontainers.containers.GenericContainer;", "import org.testcontainers.containers.PostgreSQLContainer;",
         "import org.testcontainers.junit.jupiter.Testcontainers;", "", "@Testcontainers", "public abstract class IntegrationTestBase {", "",
         "    static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>(\"postgres:16-alpine\")",
         "            .withDatabaseName(\"app_test\")", "            .withUsername(\"test\")", "            .withPassword(\"test\");", "",
         "    static final GenericContainer<?> APP = new GenericContainer<>(\"%s/%s:latest\")" % (company(), b.replace("_", "-")),
         "            .withExposedPorts(8080)"]
    for n, v in entries:
        if v[0] == "lit" and "\n" in v[1]:
            L.append("            .withEnv(\"%s\", %s)" % (ident(n, "const"), jd(v[1])))
        else:
            L.append("            .withEnv(\"%s\", %s)" % (ident(n, "const"), f_java(v)))
    L[-1] += ";"
    L += ["", "    @BeforeAll", "    static void start() {", "        POSTGRES.start();", "        APP.start();", "    }", "}"]
    return "src/test/java/%s/IntegrationTestBase.java" % pkg.replace(".", "/"), "\n".join(L) + "\n"


def c_compose(entries, ctx):
    b = ctx["block"]
    L = ["services:", "  app:", "    build: .", "    depends_on:", "      - db", "    environment:", "      APP_ENV: test"]
    for n, v in entries:
        if is_multiline(v):
            L.append("      %s: %s" % (ident(n, "const"), jd(v[1])))
        else:
            L.append("      %s: %s" % (ident(n, "const"), f_yaml(v, "shell")))
    L += ["    ports:", "      - \"8080:8080\"", "  db:", "    image: postgres:16", "    environment:",
          "      POSTGRES_USER: test", "      POSTGRES_PASSWORD: test", "    tmpfs:", "      - /var/lib/postgresql/data"]
    return pick(["docker-compose.test.yml", "docker-compose.ci.yml", "compose.test.yaml"]), "\n".join(L) + "\n"


def c_dotenv(entries, ctx):
    L = ["# Used by the integration test suite (%s)" % pick(["make test-integration", "npm run test:e2e", "tox -e integration"]),
         "APP_ENV=test", "LOG_LEVEL=%s" % pick(["debug", "warn", "info"])]
    for n, v in entries:
        L.append("%s=%s" % (ident(n, "const"), f_dotenv(v)))
    L.append("HTTP_TIMEOUT=%d" % R.randint(5, 60))
    return pick([".env.test", ".env.ci", "tests/.env.test", ".env.e2e"]), "\n".join(L) + "\n"


def c_postman_env(entries, ctx):
    vals = [{"key": "baseUrl", "value": "https://api.staging.%s.com" % company(), "type": "default", "enabled": True}]
    for n, v in entries:
        vals.append({"key": ident(n, "camel"), "value": f_json_str(v, "vault"),
                     "type": "secret" if chance(0.5) else "default", "enabled": True})
    d = {"id": ruuid(), "name": "%s - staging" % company(), "values": vals, "_postman_variable_scope": "environment",
         "_postman_exported_at": iso_ts(), "_postman_exported_using": "Postman/%s" % pick(["10.24.3", "11.2.14", "10.18.1"])}
    return "postman/%s.postman_environment.json" % pick(["staging", "ci", "qa"]), jd(d, indent="\t") + "\n"


def c_rust_fixture(entries, ctx):
    d = {"name": ctx["block"], "endpoint": "https://api.%s.com/v1" % company(), "timeout_ms": R.randint(500, 30000)}
    for n, v in entries:
        d[ident(n, "snake")] = f_json_str(v, "shell")
    d["retry"] = {"max_attempts": R.randint(1, 5), "backoff_ms": R.randint(50, 500)}
    return "tests/fixtures/%s.json" % pick(["config", ctx["block"] + "_config", "client", "settings"]), jd(d, indent=2) + "\n"


def c_go_test(entries, ctx):
    b = ctx["block"]
    L = ["package %s" % b.replace("_", ""), "", "import (", '\t"net/http"', '\t"net/http/httptest"', '\t"os"', '\t"testing"', ")", "", "const ("]
    for n, v in entries:
        if v[0] == "lit":
            L.append("\ttest%s = %s" % (cls(ident(n, "snake")), f_go(v)))
    L += [")", "", "var _ = os.Getenv", ""]
    for n, v in entries:
        if v[0] != "lit":
            L.append("var test%s = %s" % (cls(ident(n, "snake")), f_go(v)))
    sn = "test" + cls(ident(entries[ctx["sidx"]][0], "snake"))
    L += ["", "func TestClient_%s(t *testing.T) {" % cls(pick(WORDS)),
          "\tsrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {"]
    if ctx.get("bearer"):
        L += ["\t\tif got := r.Header.Get(\"Authorization\"); got != \"Bearer \"+%s {" % sn,
              "\t\t\tt.Fatalf(\"unexpected auth header %q\", got)", "\t\t}"]
    L += ["\t\tw.WriteHeader(http.StatusOK)", "\t}))", "\tdefer srv.Close()", "",
          "\tc := New(srv.URL, %s)" % sn, "\tif _, err := c.List(); err != nil {", "\t\tt.Fatal(err)", "\t}", "}"]
    return "internal/%s/client_test.go" % b.replace("_", ""), "\n".join(L) + "\n"


def c_phpunit(entries, ctx):
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<phpunit xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
         '         xsi:noNamespaceSchemaLocation="vendor/phpunit/phpunit/phpunit.xsd"', '         bootstrap="vendor/autoload.php" colors="true">',
         "    <testsuites>", '        <testsuite name="Feature">', "            <directory>tests/Feature</directory>", "        </testsuite>",
         "    </testsuites>", "    <php>", '        <env name="APP_ENV" value="testing"/>', '        <env name="CACHE_DRIVER" value="array"/>']
    for n, v in entries:
        if v[0] == "lit" and "\n" not in v[1]:
            L.append('        <env name="%s" value="%s"/>' % (ident(n, "const"), v[1].replace("&", "&amp;").replace('"', "&quot;")))
        elif v[0] == "env":
            L.append('        <env name="%s" value="%s" force="false"/>' % (ident(n, "const"), v[2] or ""))
    L += ["    </php>", "</phpunit>"]
    return pick(["phpunit.xml", "phpunit.xml.dist"]), "\n".join(L) + "\n"


def c_junit(entries, ctx):
    b = ctx["block"]
    pkg = "com.%s.%s" % (company().replace("-", ""), b.replace("_", ""))
    L = ["package %s;" % pkg, "", "import static org.assertj.core.api.Assertions.assertThat;", "", "import java.util.Objects;",
         "import org.junit.jupiter.api.BeforeEach;", "import org.junit.jupiter.api.Test;", "", "class %sClientTest {" % cls(b), ""]
    for n, v in entries:
        L.append("    private static final String %s = %s;" % (ident(n, "const"), f_java(v)))
    sn = ident(entries[ctx["sidx"]][0], "const")
    L += ["", "    private %sClient client;" % cls(b), "", "    @BeforeEach", "    void setUp() {",
          "        client = new %sClient(\"https://api.staging.%s.com\", %s);" % (cls(b), company(), sn), "    }", "",
          "    @Test", "    void lists%ss() {" % cls(pick(WORDS)), "        assertThat(client.list(10)).isNotEmpty();", "    }", "}"]
    return "src/test/java/%s/%sClientTest.java" % (pkg.replace(".", "/"), cls(b)), "\n".join(L) + "\n"


def c_jest_test(entries, ctx):
    b = ctx["block"]
    L = ["import { http, HttpResponse } from 'msw';", "import { setupServer } from 'msw/node';", "import { %sClient } from '../src/%s';" % (cls(b), b), ""]
    if ctx.get("faker"):
        L.insert(0, "import { faker } from '@faker-js/faker';")
    for n, v in entries:
        L.append("const %s = %s;" % (ident(n, "const"), f_js(v)))
    sn = ident(entries[ctx["sidx"]][0], "const")
    L += ["", "const server = setupServer(", "  http.get('https://api.%s.test/v1/%ss', ({ request }) => {" % (b, pick(WORDS)),
          ("    expect(request.headers.get('authorization')).toBe(`Bearer ${%s}`);" % sn) if ctx.get("bearer") else "    expect(request.url).toContain('limit=');",
          "    return HttpResponse.json({ items: [], next: null });", "  }),", ");", "",
          "beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));", "afterAll(() => server.close());", "",
          "test('lists items', async () => {", "  const client = new %sClient({ token: %s });" % (cls(b), sn),
          "  await expect(client.list()).resolves.toEqual([]);", "});"]
    return "%s/%s.test.ts" % (pick(["test", "__tests__", "src/__tests__"]), b), "\n".join(L) + "\n"


def c_py_responses(entries, ctx):
    b = ctx["block"]
    L = ["import os", "import unittest", "", "import responses", "", "from %s.client import %sClient" % (pick(["app", "service", "lib"]), cls(b)), ""]
    if ctx.get("faker"):
        L += ["from faker import Faker", "fake = Faker()", ""]
    for n, v in entries:
        L.append("%s = %s" % (ident(n, "const"), f_py(v)))
    sn = ident(entries[ctx["sidx"]][0], "const")
    L += ["", "", "class %sClientTest(unittest.TestCase):" % cls(b), "    def setUp(self):",
          "        self.client = %sClient(token=%s)" % (cls(b), sn), "", "    @responses.activate", "    def test_list(self):",
          "        responses.get(\"https://api.%s.test/v1/items\", json={\"items\": []})" % b, "        self.assertEqual(self.client.list(), [])",
          ("        self.assertIn(%s, responses.calls[0].request.headers[\"Authorization\"])" % sn) if ctx.get("bearer") else "        self.assertEqual(len(responses.calls), 1)", "", "", "if __name__ == \"__main__\":", "    unittest.main()"]
    return "tests/test_%s_client.py" % b, "\n".join(L) + "\n"


def c_pem_file(entries, ctx):
    n, v = entries[ctx["sidx"]]
    s = v[1] if v[0] == "lit" else "# key is injected by CI from $%s\n" % v[1]
    pre = pick(["", "", "# test-only key for the mTLS integration suite; do not reuse\n", "Bag Attributes\n    localKeyID: %s\nKey Attributes: <No Attributes>\n" % " ".join(rhex(2, True) for _ in range(20))])
    name = ctx.get("pem_name") or pick(["client.key", "client-key.pem", "server.key", "tls.key", "jwt-signing.pem", "private.pem"])
    return "%s/%s" % (pick(["tests/fixtures/tls", "testdata/certs", "src/test/resources/certs", "spec/fixtures/keys", "test/fixtures/mtls"]), name), pre + s + "\n"


def c_gcp_sa(entries, ctx):
    n, v = entries[ctx["sidx"]]
    proj = "%s-%s-%d" % (company(), pick(["ci", "test", "staging", "dev"]), R.randint(100000, 999999))
    sa = "%s@%s.iam.gserviceaccount.com" % (pick(["ci-runner", "integration-tests", "uploader", "bq-reader"]), proj)
    d = {"type": "service_account", "project_id": proj, "private_key_id": rhex(40),
         "private_key": (v[1] + "\n") if v[0] == "lit" else f_json_str(v, "shell"),
         "client_email": sa, "client_id": rdigits(21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token", "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s" % urllib.parse.quote(sa), "universe_domain": "googleapis.com"}
    return "%s/%s" % (pick(["tests/fixtures", "test/resources", "testdata"]), pick(["service-account.json", "gcp-credentials.json", "sa-key.json"])), jd(d, indent=2) + "\n"


def c_storage_state(entries, ctx):
    """Playwright storageState.json; ctx['where'] is 'cookie' or 'local'."""
    n, v = entries[ctx["sidx"]]
    host = "staging.%s.com" % company()
    val = v[1] if v[0] == "lit" else f_json_str(v, "shell")
    exp = float(R.randint(1740000000, 1790000000)) + R.random()
    cookies = [{"name": "_ga", "value": "GA1.1.%d.%d" % (R.randint(10 ** 8, 10 ** 9), R.randint(1700000000, 1760000000)), "domain": "." + host,
                "path": "/", "expires": exp, "httpOnly": False, "secure": False, "sameSite": "Lax"}]
    if chance(0.5):
        bm = cf_bm_cookie().split(";")[0].split("=", 1)[1]
        cookies.append({"name": "__cf_bm", "value": bm, "domain": "." + host, "path": "/", "expires": exp - 86000, "httpOnly": True, "secure": True, "sameSite": "None"})
    local = [{"name": "theme", "value": pick(["dark", "light", "system"])}, {"name": "onboarding.dismissed", "value": "true"}]
    if ctx.get("where") == "cookie":
        cookies.insert(R.randint(0, len(cookies)), {"name": ctx.get("cookie_name", "session"), "value": val, "domain": host, "path": "/",
                                                    "expires": exp, "httpOnly": True, "secure": True, "sameSite": "Lax"})
    elif ctx.get("where") == "local":
        key = ident(n, "camel")
        item = val if chance(0.5) else jd({key: val, "expiresAt": R.randint(1740000000, 1790000000)})
        local.insert(R.randint(0, len(local)), {"name": pick(["auth", "session", key, "%s.auth" % ctx["block"]]), "value": item})
    elif ctx.get("where") == "csrf":
        cookies.append({"name": "csrftoken", "value": rstr(32), "domain": host, "path": "/", "expires": exp, "httpOnly": False, "secure": True, "sameSite": "Lax"})
    d = {"cookies": cookies, "origins": [{"origin": "https://" + host, "localStorage": local}]}
    return "%s/%s.json" % (pick(["playwright/.auth", "e2e/.auth", "tests/e2e/storage"]), pick(["user", "admin", "storageState", "member"])), jd(d, indent=2) + "\n"


CONFIG = {
    "pytest_conftest": c_conftest, "pytest_ini": c_pytest_ini, "spring_test_yaml": c_spring, "rspec_support": c_rspec_support,
    "rails_fixture_yaml": c_rails_fixture, "django_fixture_json": c_django_fixture, "seed_sql": c_seed_sql,
    "cypress_fixture_json": c_cypress_fixture, "cypress_env_json": c_cypress_env, "k6_script": c_k6, "locustfile": c_locust,
    "karate_feature": c_karate, "testcontainers_java": c_testcontainers, "compose_test_yaml": c_compose, "dotenv_test": c_dotenv,
    "postman_env_json": c_postman_env, "rust_fixture_json": c_rust_fixture, "go_test": c_go_test, "phpunit_xml": c_phpunit,
    "junit_java": c_junit, "jest_msw_test": c_jest_test, "python_responses_test": c_py_responses,
}
MULTILINE_OK = {"pytest_conftest", "spring_test_yaml", "rspec_support", "rails_fixture_yaml", "django_fixture_json", "seed_sql",
                "cypress_fixture_json", "testcontainers_java", "compose_test_yaml", "dotenv_test", "rust_fixture_json", "go_test",
                "junit_java", "jest_msw_test", "python_responses_test"}
BEARER_ONLY = {"k6_script", "locustfile", "karate_feature"}  # files that send the value as a bearer token


# ----------------------------------------------------------------------------
# config wrapping (URLs / connection strings) and companion (non-secret) entries
# ----------------------------------------------------------------------------
URL_KINDS = {("postgres", "database_url_password"), ("mysql", "database_url_password"),
             ("mongodb", "connection_string_password"), ("redis", "url_password"),
             ("azure", "storage_account_key"), ("azure", "sas_signature")}


def wrap(k, v):
    key = (k.provider, k.kind)
    if key == ("postgres", "database_url_password"):
        return "%s://%s:%s@%s:5432/%s" % (pick(["postgres", "postgresql"]), pick(["ci", "app", "test_runner", "svc_orders", "qa"]), v,
                                         pick(["db.internal", "pg-staging.%s.internal" % company(), "10.0.%d.%d" % (R.randint(0, 20), R.randint(2, 250)),
                                               "%s-staging.cluster-%s.eu-west-1.rds.amazonaws.com" % (company(), rstr(12, string.ascii_lowercase + string.digits))]),
                                         pick(["app_test", "orders_ci", "e2e", "staging"]))
    if key == ("mysql", "database_url_password"):
        return "mysql://%s:%s@%s:3306/%s" % (pick(["ci", "app", "root_ci"]), v, pick(["mysql.internal", "db-qa.%s.net" % company()]), pick(["app_test", "shop_e2e"]))
    if key == ("mongodb", "connection_string_password"):
        return "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
            pick(["ci-user", "app", "tests"]), v, rstr(5, string.ascii_lowercase + string.digits), pick(["test", "e2e", "staging"]))
    if key == ("redis", "url_password"):
        return pick(["redis://:%s@%s:6379/0", "rediss://default:%s@%s:6380/1"]) % (v, pick(["cache.internal", "redis-staging.%s.internal" % company()]))
    if key == ("azure", "storage_account_key"):
        return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (company().replace("-", "")[:16] + "sa", v)
    if key == ("azure", "sas_signature"):
        return h_sas()(v)["url"]
    return v


def companions(k, neg_doc=False):
    p = k.provider
    out = []
    if p == "aws" and k.kind == "secret_access_key":
        if neg_doc == "env":
            out.append(("AWS_ACCESS_KEY_ID", pick([("env", "AWS_ACCESS_KEY_ID", None), ("lit", "AKIAIOSFODNN7EXAMPLE")])))
        else:
            out.append(("AWS_ACCESS_KEY_ID", ("lit", "AKIAIOSFODNN7EXAMPLE" if neg_doc else g_aws_akia())))
        out.append(("AWS_REGION", ("lit", pick(["eu-west-1", "us-east-1", "eu-central-1"]))))
    elif p == "twilio":
        out.append(("TWILIO_ACCOUNT_SID", ("lit", "AC" + rhex(32))))
        if k.kind == "api_key_secret":
            out.append(("TWILIO_API_KEY", ("lit", "SK" + rhex(32))))
    elif p in ("plaid", "paypal", "auth0", "okta") and k.public:
        out.append(("%s_CLIENT_ID" % p.upper(), ("lit", k.public())))
        if p == "plaid":
            out.append(("PLAID_ENV", ("lit", "production")))
    elif p in ("atlassian", "zendesk"):
        out.append(("%s_EMAIL" % p.upper(), ("lit", email())))
        out.append(("%s_BASE_URL" % p.upper(), ("lit", "https://%s.%s" % (company(), "atlassian.net" if p == "atlassian" else "zendesk.com"))))
    elif p == "gcp" and k.kind == "oauth_client_secret":
        out.append(("GOOGLE_CLIENT_ID", ("lit", "%s-%s.apps.googleusercontent.com" % (rdigits(12), rstr(32, string.ascii_lowercase + string.digits)))))
    elif p == "datadog":
        out.append(("DD_SITE", ("lit", pick(["datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"]))))
    elif p == "shopify":
        out.append(("SHOPIFY_SHOP", ("lit", "%s.myshopify.com" % company())))
    decoys = [("BASE_URL", ("lit", "https://api.staging.%s.com" % company())), ("TIMEOUT_SECONDS", ("lit", str(R.randint(5, 120)))),
              ("REQUEST_ID_HEADER", ("lit", "X-Request-Id")), ("SENTRY_ENVIRONMENT", ("lit", "test")),
              ("TENANT_ID", ("lit", ruuid())), ("LOG_LEVEL", ("lit", pick(["debug", "info"])))]
    out += R.sample(decoys, R.randint(0, 2))
    seen, uniq = set(), []
    for n, v in out:
        if n not in seen:
            seen.add(n)
            uniq.append((n, v))
    R.shuffle(uniq)
    return uniq


PUBLIC_NAMES = {"stripe": "STRIPE_PUBLISHABLE_KEY", "twilio": "TWILIO_ACCOUNT_SID", "okta": "OKTA_CLIENT_ID", "datadog": "DD_CLIENT_TOKEN",
                "plaid": "PLAID_CLIENT_ID", "square": "SQUARE_APPLICATION_ID", "paypal": "PAYPAL_CLIENT_ID", "auth0": "AUTH0_CLIENT_ID"}
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="


def filt(name):
    return pick(["<%s>" % ident(name, "const"), "FILTERED", "REDACTED", "[FILTERED]", "***", "<REDACTED>", "**REDACTED**",
                 "[REDACTED]", "<TOKEN>", "<<%s>>" % ident(name, "snake"), "DUMMY_%s" % ident(name, "const")])


def masked(k, v):
    pre = k.bare_prefix if k.bare_prefix and len(k.bare_prefix) < 16 else ""
    tail = rstr(4)
    return pick([pre + "****" + tail, pre + "…" + rstr(3), pre + "*" * 12 + tail, "••••••••" + tail, pre + "<redacted:%d chars>" % len(v),
                 pre + "XXXX…" + tail, pre + "*" * max(8, len(v) - len(pre) - 4) + tail])


def fake_value(k, v):
    pre = k.bare_prefix if (k.bare_prefix and len(k.bare_prefix) < 16 and k.bare_prefix != "00") else ""
    n = max(8, len(v) - len(pre))
    c = pick(["x", "X", "0", "a", "1", "f"])
    opts = [pre + c * min(n, 40), "fake-token", "test-secret", "dummy", "not-a-real-%s" % pick(["key", "token", "secret"]),
            pre + "test" + "_" + pick(["token", "key", "fixture"]), pre + "FAKE" + c * 12]
    if k.provider == "stripe":
        opts += ["sk_test_123", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "rk_test_fake"]
    if k.provider == "slack":
        opts += ["xoxb-0000000000-0000000000-XXXXXXXXXXXXXXXXXXXXXXXX", "xoxb-not-a-real-token"]
    if k.provider == "twilio":
        opts += ["your_auth_token", "0" * 32]
    return pick(opts)


def placeholder(k, name):
    pre = k.bare_prefix if k.bare_prefix and len(k.bare_prefix) < 16 and k.bare_prefix != "00" else ""
    return pick(["<your-key>", "YOUR_API_KEY", "changeme", "<%s>" % ident(name, "const"), "your-%s-here" % k.provider,
                 (pre + "...") if pre else "...", "REPLACE_ME", "TODO-set-in-ci", "<insert token>", "xxx", "${{ secrets.%s }}" % k.names[0]])


def ciphertext(ftype=""):
    if ftype == "rails_fixture_yaml":
        return jd({"p": b64(rbytes(R.randint(24, 60))), "h": {"iv": b64(rbytes(12)), "at": b64(rbytes(16))}}, separators=(",", ":"))
    if ftype in ("django_fixture_json", "seed_sql") and chance(0.7):
        tok = b"\x80" + R.randint(1700000000, 1760000000).to_bytes(8, "big") + rbytes(16) + rbytes(16 * R.randint(2, 4)) + rbytes(32)
        return base64.urlsafe_b64encode(tok).decode()
    return pick([
        lambda: "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(R.randint(24, 60))), b64(rbytes(32)), b64(rbytes(16))),
        lambda: "AgB" + b64(rbytes(R.randint(300, 420)))[3:],
        lambda: "AQICAHh" + b64(rbytes(R.randint(150, 200)))[7:],
        lambda: "vault:v1:" + b64(rbytes(R.randint(40, 80))),
    ])()


def hashed_pw():
    return pick([lambda: "$2a$12$" + rstr(53, string.ascii_letters + string.digits + "./"),
                 lambda: "pbkdf2_sha256$%d$%s$%s" % (pick([600000, 720000]), rstr(22), b64(rbytes(32))),
                 lambda: "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(16)).rstrip("="), b64(rbytes(32)).rstrip("="))])()


# ----------------------------------------------------------------------------
# traffic negatives that are structurally different from the positives
# ----------------------------------------------------------------------------
def ngrok():
    return "%s-%d-%d-%d-%d.ngrok-free.app" % (rhex(4), R.randint(2, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ex_webhook():
    prov = pick(["github", "stripe", "slack", "shopify", "twilio"])
    host = pick([ngrok(), "localhost:3000", "webhooks.staging.%s.com" % company()])
    ts = R.randint(1700000000, 1760000000)
    if prov == "github":
        body = jd({"ref": "refs/heads/main", "before": git_sha(), "after": git_sha(),
                           "repository": {"id": R.randint(10 ** 7, 10 ** 9), "full_name": "%s/%s" % (company(), pick(WORDS))}})
        hs = [("X-GitHub-Event", "push"), ("X-GitHub-Delivery", ruuid()), ("X-GitHub-Hook-ID", str(R.randint(10 ** 8, 10 ** 9))),
              ("X-Hub-Signature", "sha1=" + rhex(40)), ("X-Hub-Signature-256", "sha256=" + rhex(64)), ("User-Agent", "GitHub-Hookshot/" + rhex(7))]
    elif prov == "stripe":
        body = jd({"id": "evt_" + rstr(24), "object": "event", "type": "payment_intent.succeeded",
                           "data": {"object": {"id": "pi_" + rstr(24), "amount": R.randint(100, 99999)}}})
        hs = [("Stripe-Signature", "t=%d,v1=%s,v0=%s" % (ts, rhex(64), rhex(64))), ("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")]
    elif prov == "slack":
        body = "payload=" + urllib.parse.quote(jd({"type": "block_actions", "trigger_id": "%s.%s.%s" % (rdigits(13), rdigits(12), rhex(32))}))
        hs = [("X-Slack-Request-Timestamp", str(ts)), ("X-Slack-Signature", "v0=" + rhex(64)), ("User-Agent", "Slackbot 1.0 (+https://api.slack.com/robots)")]
    elif prov == "shopify":
        body = jd({"id": R.randint(10 ** 12, 10 ** 13), "email": email(), "total_price": "%d.%02d" % (R.randint(5, 500), R.randint(0, 99))})
        hs = [("X-Shopify-Topic", "orders/create"), ("X-Shopify-Hmac-Sha256", b64(rbytes(32))), ("X-Shopify-Shop-Domain", "%s.myshopify.com" % company()),
              ("X-Shopify-Webhook-Id", ruuid()), ("X-Shopify-API-Version", "2024-01")]
    else:
        body = "MessageSid=SM%s&AccountSid=AC%s&From=%%2B1%s&Body=%s" % (rhex(32), rhex(32), rdigits(10), pick(WORDS))
        hs = [("X-Twilio-Signature", b64(rbytes(20))), ("I-Twilio-Idempotency-Token", ruuid()), ("User-Agent", "TwilioProxy/1.1")]
    hs = [("Host", host), ("Content-Type", "application/x-www-form-urlencoded" if prov in ("slack", "twilio") else "application/json")] + hs
    return prov, EX("POST", "https://%s/webhooks/%s" % (host, prov), hs, body, None, {"received": True},
                    ctype="application/x-www-form-urlencoded" if prov in ("slack", "twilio") else "application/json")


def ex_oauth_state():
    prov = pick(["github", "gcp", "okta", "slack", "auth0"])
    state, verifier_chal, nonce = b64url(rbytes(24)), b64url(rbytes(32)), b64url(rbytes(16))
    redirect = urllib.parse.quote("http://localhost:%d/auth/callback" % pick([3000, 5173, 8080]), safe="")
    if prov == "github":
        url = "https://github.com/login/oauth/authorize?client_id=Iv1.%s&redirect_uri=%s&scope=repo%%20read%%3Aorg&state=%s" % (rhex(16), redirect, state)
    elif prov == "gcp":
        url = ("https://accounts.google.com/o/oauth2/v2/auth?client_id=%s-%s.apps.googleusercontent.com&redirect_uri=%s&response_type=code"
               "&scope=openid%%20email&state=%s&nonce=%s&code_challenge=%s&code_challenge_method=S256") % (rdigits(12), rstr(32, string.ascii_lowercase + string.digits), redirect, state, nonce, verifier_chal)
    elif prov == "okta":
        url = ("https://%s.okta.com/oauth2/default/v1/authorize?client_id=0oa%s&response_type=code&scope=openid&redirect_uri=%s"
               "&state=%s&nonce=%s&code_challenge=%s&code_challenge_method=S256") % (company(), rstr(17), redirect, state, nonce, verifier_chal)
    elif prov == "slack":
        url = "https://slack.com/oauth/v2/authorize?client_id=%s.%s&scope=chat%%3Awrite&state=%s" % (rdigits(12), rdigits(13), state)
    else:
        url = "https://%s.eu.auth0.com/authorize?client_id=%s&response_type=code&redirect_uri=%s&state=%s&nonce=%s" % (company(), rstr(32), redirect, state, nonce)
    host = split_url(url)[1]
    return prov, EX("GET", url, std_headers(host), None, None, "", status=302)


def ex_csrf():
    host = pick(["localhost:3000", "127.0.0.1:8000", "localhost:8080"])
    if chance(0.5):
        tok = b64(rbytes(64))
        body = "authenticity_token=%s&user%%5Bemail%%5D=%s&user%%5Bpassword%%5D=%%5BFILTERED%%5D&commit=Log+in" % (urllib.parse.quote(tok, safe=""), urllib.parse.quote(email()))
        hs = std_headers(host, [("Content-Type", "application/x-www-form-urlencoded"), ("X-CSRF-Token", tok)])
        path, prov = "/users/sign_in", "rails"
    else:
        tok = rstr(64)
        body = "csrfmiddlewaretoken=%s&username=%s&password=%%2A%%2A%%2A" % (tok, pick(FIRST))
        hs = std_headers(host, [("Content-Type", "application/x-www-form-urlencoded"), ("Cookie", "csrftoken=%s" % rstr(32)), ("Referer", "http://%s/admin/login/" % host)])
        path, prov = "/admin/login/", "django"
    return prov, EX("POST", "http://%s%s" % (host, path), hs, body, None, "", status=302, ctype="application/x-www-form-urlencoded")


# ----------------------------------------------------------------------------
# sample builders
# ----------------------------------------------------------------------------
BLOCKS = {"generic": ["partner_api", "artifact_store", "billing", "notifier"], "private_key": ["mtls", "signing", "webhook_relay", "tls"],
          "jwt": ["auth", "session", "gateway"], "postgres": ["database", "orders_db"], "mysql": ["database", "legacy_db"],
          "mongodb": ["mongo", "events_store"], "redis": ["cache", "queue"], "rails": ["web", "storefront"], "django": ["web", "backoffice"],
          "express": ["web", "portal"], "gcp": ["gcp", "google"], "aws": ["aws", "s3"], "azure": ["azure", "blob_storage"]}


def block_of(k):
    return pick(BLOCKS.get(k.provider, [k.provider]))


def is_bearerish(k):
    return k.http is not None and k.gclass in ("token", "key") and k.provider not in ("twilio", "zendesk", "atlassian", "mailgun", "mailchimp")


def config_types_for(k):
    out = []
    for t in CONFIG:
        if k.pem and t not in MULTILINE_OK:
            continue
        if t in BEARER_ONLY and not is_bearerish(k):
            continue
        out.append(t)
    if k.gclass == "password" and (k.provider, k.kind) not in URL_KINDS:
        out += ["gherkin_feature"] * 3
    if k.pem:
        out += ["pem_file"] * 6
        if k.provider == "gcp":
            out += ["gcp_sa_json"] * 8
    if k.gclass == "cookie" or (is_bearerish(k) and k.gclass == "token"):
        out += ["playwright_storage_state"] * 3
    return out


def render_config(ftype, entries, ctx):
    if ftype == "gherkin_feature":
        return c_gherkin(entries, ctx)
    if ftype == "pem_file":
        return c_pem_file(entries, ctx)
    if ftype == "gcp_sa_json":
        return c_gcp_sa(entries, ctx)
    if ftype == "playwright_storage_state":
        return c_storage_state(entries, ctx)
    return CONFIG[ftype](entries, ctx)


def secret_name(k):
    if chance(0.34):
        if (k.provider, k.kind) in URL_KINDS:
            return pick(["dsn", "url", "conn_str", "DB", "connection", "storage"])
        return pick(GENERIC[k.gclass])
    return pick(k.names)


def locate(text, value):
    cands = [value, jd(value)[1:-1], urllib.parse.quote(value, safe=""), urllib.parse.quote(value, safe="/"),
             urllib.parse.quote_plus(value), value.replace("&", "&amp;")]
    if "\n" in value:
        for ind in range(1, 17):
            cands.append(value.replace("\n", "\n" + " " * ind))
        cands.append(value.replace("\n", "\\n"))
        cands.append(value.replace("\n", "\r\n"))
    for c in cands:
        i = text.find(c)
        if i >= 0:
            return c, text.count("\n", 0, i) + 1
    return None, None


def build_positive(kinds):
    k = pick(kinds)
    v = k.gen()
    use_traffic = k.http is not None and chance(0.55)
    if use_traffic:
        ftype = pick(list(TRAFFIC))
        ex = k.http(v)
        path, text = TRAFFIC[ftype](ex)
        needle_val = v
        if ex["slot"] and ex["slot"][0] == "header" and ex["slot"][2] == "Basic":
            hv = dict(ex["headers"])[ex["slot"][1]]
            needle_val = hv[len("Basic "):]
        elif (k.provider, k.kind) == ("azure", "sas_signature"):
            needle_val = urllib.parse.quote(v, safe="")
        return k, ftype, path, text, needle_val
    ftype = pick(config_types_for(k))
    name = secret_name(k)
    entries = companions(k) if ftype not in ("gherkin_feature", "pem_file", "gcp_sa_json", "playwright_storage_state") else []
    sidx = R.randint(0, len(entries))
    entries.insert(sidx, (name, ("lit", wrap(k, v))))
    ctx = {"block": block_of(k), "sidx": sidx, "where": "cookie" if k.gclass == "cookie" else "local", "bearer": is_bearerish(k)}
    if ftype == "playwright_storage_state" and k.gclass == "cookie":
        ctx["cookie_name"] = {"rails": "_session_id", "django": "sessionid", "express": "connect.sid"}.get(k.provider, "session")
        if k.kind == "encrypted_session_cookie":
            ctx["cookie_name"] = "_%s_session" % pick(["storefront", "admin", "portal"])
    path, text = render_config(ftype, entries, ctx)
    needle_val = urllib.parse.quote(v, safe="") if (k.provider, k.kind) == ("azure", "sas_signature") else v
    return k, ftype, path, text, needle_val


def neg_traffic(k):
    """returns (provider, category, ftype, path, text)"""
    cats = ["redacted"] * 6 + ["masked", "fake", "stripped", "stripped", "webhook_sig", "webhook_sig", "oauth_state", "csrf", "jwt_example"]
    if k.doc:
        cats += ["doc"] * 4
    if k.provider == "aws":
        cats += ["aws_example"] * 3
    if k.provider == "stripe":
        cats += ["publishable"] * 2
    if k.provider == "slack" and k.kind == "incoming_webhook":
        cats += ["doc"] * 2
    cat = pick(cats)
    ftype = pick(list(TRAFFIC))
    prov = k.provider
    name = k.names[0]
    if cat == "webhook_sig":
        prov, ex = ex_webhook()
    elif cat == "oauth_state":
        prov, ex = ex_oauth_state()
    elif cat == "csrf":
        prov, ex = ex_csrf()
    elif cat == "jwt_example":
        prov = "jwt"
        ex = h_bearer("api.staging.%s.io" % company(), "/v2/%ss" % pick(WORDS))(JWT_IO_EXAMPLE)
    elif cat == "aws_example":
        ex = h_aws_session(lambda: "AKIAIOSFODNN7EXAMPLE")("x")
        ex["headers"] = [h for h in ex["headers"] if h[0] != "X-Amz-Security-Token"]
        ex["headers"] = [(a, b.replace(";x-amz-security-token", "")) for a, b in ex["headers"]]
    elif cat == "publishable":
        ex = h_bearer("api.stripe.com", "/v1/tokens", method="POST", body="guid=%s&muid=%s&sid=%s&payment_user_agent=stripe.js%%2F%s&time_on_page=%d" % (ruuid(), ruuid(), ruuid(), rhex(10), R.randint(2000, 90000)),
                      resp={"id": "tok_" + rstr(24), "object": "token", "livemode": True})(k.public())
    elif cat == "doc" and k.provider == "slack":
        ex = k.http("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")
    else:
        slot = None
        probe = k.http("x")
        slot = probe["slot"]
        basic_slot = slot and slot[0] == "header" and slot[2] == "Basic"
        if cat == "redacted" or cat == "stripped":
            f = filt(name)
            if slot[0] == "url":
                ex = k.http("https://hooks.slack.com/services/" + f)
            elif slot[0] == "query" or basic_slot:
                ex = k.http(("Basic " + f) if basic_slot and chance(0.5) else f, raw=True)
            elif slot[0] == "header":
                ex = k.http(f, raw=chance(0.3))
            else:
                ex = k.http(f)
            if cat == "stripped" and slot[0] == "header":
                ex["headers"] = [h for h in ex["headers"] if h[0] != slot[1]]
                ex["resp"] = {"data": [{"id": pick([ruuid(), "obj_" + rstr(14)]), "etag": rhex(32)} for _ in range(R.randint(1, 3))],
                              "next_cursor": cursor(), "request_id": ruuid()}
            elif cat == "stripped":
                cat = "redacted"
        elif cat == "masked":
            ex = k.http(masked(k, k.gen()))
        elif cat == "doc":
            ex = k.http(pick(k.doc))
        else:
            ex = k.http(fake_value(k, k.gen()))
    path, text = TRAFFIC[ftype](ex)
    return prov, cat, ftype, path, text


def neg_config(k):
    ftype = pick(config_types_for(k))
    cats = ["env_ref"] * 2 + ["env_default", "placeholder", "fake", "masked", "placeholder", "fake"]
    if k.doc:
        cats += ["doc"] * 4
    if k.public and ftype not in ("pem_file", "gcp_sa_json", "gherkin_feature"):
        cats += ["publishable"] * 3
    if ftype in ("spring_test_yaml", "compose_test_yaml", "dotenv_test", "rails_fixture_yaml", "cypress_env_json", "rust_fixture_json", "django_fixture_json", "seed_sql"):
        cats += ["ciphertext"] * 2
    if ftype in ("pytest_conftest", "locustfile", "rspec_support", "rails_fixture_yaml", "jest_msw_test", "junit_java", "python_responses_test", "go_test"):
        cats += ["faker"]
    if k.gclass == "password" and (k.provider, k.kind) not in URL_KINDS:
        cats += ["hashed"] * 2
    if (k.provider, k.kind) in URL_KINDS and k.provider != "azure":
        cats += ["local_default"] * 3
    if k.pem:
        cats += ["public_pem"] * 4 + ["truncated_pem"] * 2
    if k.kind == "hs256_signing_secret":
        cats += ["test_vector"] * 3
    if k.kind == "storage_account_key":
        cats += ["azurite"] * 3
    if k.kind == "secret_access_key":
        cats += ["localstack"] * 2
    if ftype in ("pytest_ini", "phpunit_xml"):
        cats = [c for c in cats if c not in ("faker",)]
    if ftype == "gherkin_feature":
        cats = ["env_ref", "placeholder", "fake", "hashed"]
    cat = pick(cats)
    name = secret_name(k)
    companions_doc = cat == "doc"
    entries = companions(k, neg_doc=(True if companions_doc else "env")) if ftype not in ("gherkin_feature", "pem_file", "gcp_sa_json", "playwright_storage_state") else []
    ctx = {"block": block_of(k), "where": "cookie" if k.gclass == "cookie" else "local", "bearer": is_bearerish(k)}
    env_name = ident(pick(k.names), "const")
    v = None
    if cat == "env_ref":
        v = ("env", env_name, None)
    elif cat == "env_default":
        v = ("env", env_name, pick(["dummy", "test", "fake-token", "changeme", "", "local-dev", "sk_test_123" if k.provider == "stripe" else "test-token"]))
    elif cat == "placeholder":
        v = ("lit", placeholder(k, name))
    elif cat == "fake":
        v = ("lit", fake_value(k, k.gen()))
    elif cat == "masked":
        v = ("lit", masked(k, k.gen()))
    elif cat == "doc":
        v = ("lit", pick(k.doc))
    elif cat == "publishable":
        name = PUBLIC_NAMES.get(k.provider, name)
        if k.provider == "stripe":
            name = pick(["STRIPE_PUBLISHABLE_KEY", "publishableKey", "stripePk"])
        v = ("lit", k.public())
    elif cat == "ciphertext":
        v = ("lit", ciphertext(ftype))
    elif cat == "faker":
        v = ("faker", "password" if k.gclass == "password" else "token")
        ctx["faker"] = True
    elif cat == "hashed":
        name = pick(["password_digest", "encrypted_password", "password_hash", "PASSWORD_HASH"])
        v = ("lit", hashed_pw())
    elif cat == "local_default":
        v = ("lit", {"postgres": "postgres://postgres:postgres@localhost:5432/app_test", "mysql": "mysql://root:root@127.0.0.1:3306/app_test",
                     "mongodb": "mongodb://localhost:27017/test", "redis": "redis://localhost:6379/1"}[k.provider])
    elif cat == "public_pem":
        v = ("lit", gen_public_pem())
        name = pick(["public_key", "PUBLIC_KEY", "jwt_public_key", "verify_key"])
        ctx["pem_name"] = pick(["public.pem", "server.pub", "jwt-public.pem", "ca-pub.pem"])
    elif cat == "truncated_pem":
        lab = pick(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY"])
        v = ("lit", "-----BEGIN %s-----\n%s\n-----END %s-----" % (lab, pick(["...", "<redacted>", "MIIE...snip...", "REPLACE_WITH_TEST_KEY"]), lab))
    elif cat == "test_vector":
        v = ("lit", pick(["your-256-bit-secret", RFC7515_HS256_KEY, "secret"]))
    elif cat == "azurite":
        v = ("lit", "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" % AZURITE_KEY)
    elif cat == "localstack":
        v = ("lit", "test")
        entries = [("AWS_ACCESS_KEY_ID", ("lit", "test")), ("AWS_ENDPOINT_URL", ("lit", "http://localhost:4566"))]
    if v[0] == "lit" and (k.provider, k.kind) in URL_KINDS and cat in ("placeholder", "fake", "masked", "env_ref") and k.provider != "azure":
        v = ("lit", wrap(k, v[1]))
    if v[0] == "env" and (k.provider, k.kind) in URL_KINDS and k.provider != "azure" and chance(0.5):
        v = ("lit", wrap(k, "${%s}" % pick(["DB_PASSWORD", "POSTGRES_PASSWORD", "TEST_DB_PASSWORD"])))
    if (v[0] != "lit" or "\n" in v[1]) and ftype in ("pytest_ini", "phpunit_xml", "gherkin_feature") and v[0] != "env":
        v = ("lit", placeholder(k, name))
    sidx = R.randint(0, len(entries))
    entries.insert(sidx, (name, v))
    ctx["sidx"] = sidx
    if ftype == "playwright_storage_state" and cat in ("env_ref", "env_default", "faker"):
        ctx["where"] = "csrf"
        cat = "csrf_cookie_only"
    path, text = render_config(ftype, entries, ctx)
    return k.provider, cat, ftype, path, text


def build_negative(kinds):
    k = pick(kinds)
    if k.http is not None and chance(0.5):
        return neg_traffic(k)
    return neg_config(k)


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def main():
    global R
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    files = {}

    def write(rel, text):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        files[rel] = text

    # balanced kinds: cycle through a shuffled list of kind indices
    n_kinds = len(make_kinds())
    order = []
    while len(order) < N_POS:
        idx = list(range(n_kinds))
        R.shuffle(idx)
        order += idx
    for i in range(N_POS):
        for _attempt in range(30):
            kinds = make_kinds()
            k, ftype, path, text, needle_val = build_positive([kinds[order[i]]])
            nlines = text.count("\n") + (0 if text.endswith("\n") else 1)
            needle, line = locate(text, needle_val)
            if needle and 5 <= nlines <= 80:
                break
        else:
            raise SystemExit("could not build positive %d (%s/%s in %s)" % (i, k.provider, k.kind, ftype))
        rel = "pos/p%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "positive", "provider": k.provider, "kind": k.kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": line})
    for i in range(N_NEG):
        for _attempt in range(30):
            prov, cat, ftype, path, text = build_negative(make_kinds())
            nlines = text.count("\n") + (0 if text.endswith("\n") else 1)
            if 5 <= nlines <= 80:
                break
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": "neg_" + cat, "filetype": ftype})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(jd(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(jd(s) + "\n")
    self_check(files, manifest, secrets)


def self_check(files, manifest, secrets):
    bad = 0
    for s in secrets:
        t = files[s["file"]]
        i = t.find(s["needle"])
        if i < 0 or t.count("\n", 0, i) + 1 != s["line"]:
            bad += 1
            print("NEEDLE MISMATCH", s["file"])
    needles = [s["needle"] for s in secrets]
    for m in manifest:
        if m["label"] != "negative":
            continue
        t = files[m["file"]]
        for nd in needles:
            if nd in t:
                bad += 1
                print("NEGATIVE CONTAINS POSITIVE NEEDLE", m["file"])
    for m in manifest:
        t = files[m["file"]]
        n = t.count("\n") + (0 if t.endswith("\n") else 1)
        if not 5 <= n <= 80:
            print("LINE COUNT %d out of range: %s" % (n, m["file"]))
    pos = [m for m in manifest if m["label"] == "positive"]
    neg = [m for m in manifest if m["label"] == "negative"]
    print("positives: %d  negatives: %d" % (len(pos), len(neg)))
    print("positive provider/kind pairs: %d, providers: %d" % (len({(m["provider"], m["kind"]) for m in pos}), len({m["provider"] for m in pos})))
    for title, key, rows in (("positive providers", "provider", pos), ("positive kinds", "kind", pos), ("negative kinds", "kind", neg),
                             ("negative providers", "provider", neg), ("file types (all)", "filetype", manifest)):
        c = Counter(m[key] for m in rows)
        print("%s (%d): %s" % (title, len(c), ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda x: -x[1]))))
    if bad:
        print("SELF-CHECK FAILED: %d problems" % bad)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
