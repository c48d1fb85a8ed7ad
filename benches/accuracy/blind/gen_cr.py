#!/usr/bin/env python3
"""Blind evaluation-set generator "cr": open banking, financial-data aggregation
and accounting connectivity credentials.

EMPHASIS
  Credentials of open-banking / aggregation / banking-as-a-service / accounting
  connectivity providers, as they leak from real integration code:
    Plaid (30-hex secret; access-<env>-<uuid> access tokens), TrueLayer client
    secrets, Tink client secrets, Yapily application secrets, GoCardless Bank
    Account Data (ex-Nordigen) secret keys, Salt Edge app secrets, MX API keys,
    Finicity / Mastercard Open Banking app keys and partner secrets, Akahu user
    tokens and app secrets, Basiq API keys (base64 of two UUIDs), Belvo secret
    passwords, Pluggy client secrets, Teller mTLS certificate private keys,
    Yodlee admin secrets, Codat API keys (raw or as the base64 Basic header),
    Railz secret keys, Moov secret keys, Unit org API tokens (PASETO
    v2.public), Treasury Prime API secrets, PSD2 QWAC / QSealC private keys
    (real RSA / EC P-256 keys, PKCS#1, SEC1 and PKCS#8 PEM) and eIDAS signing
    keys as private JWKs.
  File types: Python (Django/FastAPI/scripts), JS/TS (Node, Nest, Next),
  Java/Kotlin Spring, Go, Ruby/Rails, C#/.NET appsettings, PHP/Laravel, Rust,
  Elixir, dotenv, shell, Dockerfile, docker-compose, Kubernetes Secrets, Helm
  values, Terraform, Postman collections/environments, Jupyter notebooks,
  Markdown guides/runbooks, GitHub Actions, GitLab CI, PEM files, properties,
  TOML, INI, XML, .http request files, serverless.yml.
  Half of the positives put the secret under an obvious name (PLAID_SECRET,
  clientSecret...), half under a neutral one (value, creds, k2...), a
  positional argument, URL userinfo or an HTTP header.

USAGE
  python3 gen_cr.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED: all
  randomness comes from random.Random(SEED); RSA / EC keys are generated from it
  with a pure-Python Miller-Rabin / P-256 implementation (a run takes ~10-30 s).

NEEDLE CONVENTIONS
  - needle = the secret half exactly as written in the file (for id/secret
    pairs the public id may sit next to it and is not part of the needle).
  - Codat: when the file holds the ready-made "Basic <b64>" header value the
    needle is the base64 string; otherwise the raw 40-char key.
  - Basiq: the base64 API key as issued.
  - Unit: the whole "v2.public.<payload>" token.
  - PEM private keys (Teller, QWAC, QSealC): the needle is the FIRST line of
    base64 key material as written (64 chars), "line" is that line (for
    multi-line PEM this is the line after -----BEGIN ...-----; for PEM stored
    with literal "\\n" escapes it is the line holding the whole key).
  - eIDAS private JWK: the needle is the "d" member value.
  - line = 1-based line of the needle's first occurrence.

NEGATIVES
  ~Half re-use the positive templates with the secret slot filled by: env /
  secret-manager references (os.environ, process.env, ${{ secrets.X }},
  secretKeyRef, op://, vault:, var.x, {{postmanVar}}), placeholders
  (<YOUR_SECRET>, your-client-secret, REPLACE_ME, xxxxx), masked values
  (****a91c, [REDACTED]), empty values, or a provider look-alike under its own
  name (Plaid client_id / item_id / account_id / public-*/link-* tokens,
  institution ids, GoCardless secret_id (an id!), requisition / consent /
  agreement ids, MX USR-/MBR- guids, Finicity partner / customer ids, Tink and
  TrueLayer client ids, Belvo secret ids, Teller app_/acc_ ids, Codat company
  ids, IBANs, sort codes, PSD2 organisation ids, certificate thumbprints).
  The other half are domain look-alikes: provider-published sandbox logins
  (Plaid user_good/pass_good, TrueLayer mock bank john/doe, Salt Edge fake
  provider username/secret, Basiq Hooli gavinBelson/hooli2016, Belvo sandbox,
  Teller sandbox username/password), test IBANs / sort codes, webhook JWKS and
  public-key PEMs, certificates without keys, OpenAPI specs, API response
  fixtures, lockfile / go.sum integrity hashes, SRI hashes, i18n strings, SQL
  migrations for encrypted token columns, ExternalSecrets, all-zero dummy
  tokens, HMAC test vectors computed over literal test keys, etc.

DOUBTS (formats written from memory / uncertain; disputable labels)
  - Confirmed in provider docs via search: Plaid token shape
    [type]-[environment]-[uuid]; Akahu "user_token_..."/"app_token_..." and
    Basic app_token:app_secret; Salt Edge App-id/Secret headers; Yapily Basic
    applicationUuid:secret; Belvo secretId/secretPassword Basic auth; Codat
    "Authorization: Basic base64(api key)"; Moov Basic public:secret; GoCardless
    BAD secret_id/secret_key; Finicity partner id/secret -> token; Teller mTLS.
  - From memory, uncertain: Plaid secret = 30 lowercase hex, client_id = 24 hex,
    item/account ids = 37 chars [A-Za-z0-9]; TrueLayer client secret shape
    (generated here as a UUID) and client id "sandbox-<app>-<6hex>"; Tink
    client id/secret = 32 hex; GoCardless BAD secret_key = 128 hex (could be
    shorter); Salt Edge App-id/Secret = 43-char base64url; MX api_key = 40 hex;
    Finicity app key = 32 hex, partner secret = 20 alnum, partner id = 13
    digits; Akahu app secret (64 hex here) and the cuid-like token body;
    Belvo secret password (48-64 chars incl. #-_ here); Pluggy client secret =
    UUID; Yodlee clientId 32 alnum / secret 16 alnum and admin loginName;
    Railz secret key (64 alnum here, no known prefix); Moov public (16) and
    secret (32) key lengths; Treasury Prime key_ id / 40-char secret; Teller
    app_/acc_/enr_ id bodies; Unit tokens as PASETO v2.public with JSON claims.
  - Sandbox test logins (user_good/pass_good, john/doe, username/secret,
    gavinBelson/hooli2016, Belvo bnk100/full, Teller username/password) are
    labelled negative because the providers publish them; Belvo's and Salt
    Edge's exact values are from memory.
  - Labels a reviewer might dispute: Plaid access tokens in the sandbox
    environment are labelled POSITIVE (they are long-lived bearer credentials,
    even if only for test data) - about a quarter of the Plaid access tokens
    use "sandbox". UUID-shaped secrets (TrueLayer, Yapily, Pluggy) are
    indistinguishable from UUID ids without context; the name/context decides.
    GoCardless "secret_id" and Belvo "secret id" are ids and are labelled
    NEGATIVE when alone. Plaid link/public tokens are labelled NEGATIVE
    (short-lived, client-side). Akahu app tokens are never used alone either
    way (used client-side in OAuth URLs, but called a "secret token" once).
    Dummy all-zero tokens and HMAC test vectors over obviously fake keys are
    negative. IBANs / sort codes in negatives are random with valid
    checksums (not credentials either way). A few PEM-only files are shorter
    than 5 lines (an EC key or public key is 4-5 lines by nature).
  - Neutral-name positives (e.g. `ARG2: '<64 alnum>'`, `CFG_B = "..."`) carry
    no provider hint besides the surrounding file; they are still real-looking
    credentials and labelled positive.
  - manifest.jsonl carries an extra "template" field (generator template name).

SEARCHES
  docs corpus: Plaid glossary (token format), GoCardless BAD secret id/key,
  Akahu auth headers (X-Akahu-ID, Basic app token/secret), Salt Edge
  App-id/Secret headers, Yapily API authentication, Finicity partner
  authentication, Codat Basic header, Belvo API keys, Unit org API tokens,
  Basiq token endpoint, Moov basic auth, Treasury Prime (nothing useful),
  Teller mTLS authentication.
  Scanner-related material shown in results (ignored, nothing taken):
  GitGuardian detector pages (plaid_access_token, gocardless_api_key,
  finicity_authentication_keys) and GitLab DAST "798.x Exposure of
  confidential secret" check pages (Plaid client id / secret, GoCardless,
  Finicity). None showed patterns I used.
"""

import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys

# ---------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64URL = string.ascii_letters + string.digits + "-_"


def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def rhex(rng, n):
    return rs(rng, n, HEX)


def ruuid(rng):
    h = rhex(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def mixed_ok(s):
    """true if a random token has upper, lower and digit (avoid odd-looking ones)."""
    return any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s)


def ralnum_mixed(rng, n, alpha=ALNUM):
    while True:
        s = rs(rng, n, alpha)
        if mixed_ok(s):
            return s


def cuid(rng):
    # cuid-like id body: 'c' + 24 lowercase alnum
    return "c" + rs(rng, 1, "lk") + rs(rng, 23, LOWER_ALNUM)


# ---------------------------------------------------------------------------
# DER / PEM / keys (pure python, deterministic from rng)
# ---------------------------------------------------------------------------
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return der(0x02, b)


def der_seq(*items):
    return der(0x30, b"".join(items))


def der_oid(dotted):
    parts = [int(x) for x in dotted.split(".")]
    out = bytes([40 * parts[0] + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7F]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7F))
            p >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


DER_NULL = b"\x05\x00"
OID_RSA = "1.2.840.113549.1.1.1"
OID_SHA256RSA = "1.2.840.113549.1.1.11"
OID_EC = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ECDSA256 = "1.2.840.10045.4.3.2"


def pem(label, der_bytes, width=64):
    body = b64(der_bytes)
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def is_probable_prime(n, rng):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = rng.randrange(2, n - 2)
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


def gen_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_probable_prime(c, rng):
            return c


def gen_rsa(rng, bits=2048):
    e = 65537
    while True:
        p = gen_prime(rng, bits // 2)
        q = gen_prime(rng, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        return dict(n=n, e=e, d=d, p=p, q=q, dp=d % (p - 1), dq=d % (q - 1), qi=pow(q, -1, p))


def rsa_pkcs1(k):
    return der_seq(der_int(0), der_int(k["n"]), der_int(k["e"]), der_int(k["d"]), der_int(k["p"]),
                   der_int(k["q"]), der_int(k["dp"]), der_int(k["dq"]), der_int(k["qi"]))


def rsa_pkcs8(k):
    return der_seq(der_int(0), der_seq(der_oid(OID_RSA), DER_NULL), der(0x04, rsa_pkcs1(k)))


def rsa_spki_from_n(n, e=65537):
    return der_seq(der_seq(der_oid(OID_RSA), DER_NULL), der(0x03, b"\x00" + der_seq(der_int(n), der_int(e))))


# P-256
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_A = P256_P - 3
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % P256_P == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, P256_P) % P256_P
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, P256_P) % P256_P
    x = (lam * lam - P[0] - Q[0]) % P256_P
    return (x, (lam * (P[0] - x) - P[1]) % P256_P)


def ec_mul(k, P=P256_G):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def gen_ec(rng):
    d = rng.randrange(1, P256_N)
    x, y = ec_mul(d)
    return dict(d=d, x=x, y=y)


def i32(v):
    return v.to_bytes(32, "big")


def ec_point(k):
    return b"\x04" + i32(k["x"]) + i32(k["y"])


def ec_sec1(k, with_params=True):
    items = [der_int(1), der(0x04, i32(k["d"]))]
    if with_params:
        items.append(der(0xA0, der_oid(OID_P256)))
    items.append(der(0xA1, der(0x03, b"\x00" + ec_point(k))))
    return der_seq(*items)


def ec_pkcs8(k):
    return der_seq(der_int(0), der_seq(der_oid(OID_EC), der_oid(OID_P256)), der(0x04, ec_sec1(k, False)))


def ec_spki(k):
    return der_seq(der_seq(der_oid(OID_EC), der_oid(OID_P256)), der(0x03, b"\x00" + ec_point(k)))


def private_key_pem(rng):
    """Return (pem_text, first_body_line, algo)."""
    r = rng.random()
    if r < 0.45:
        k = gen_rsa(rng)
        if rng.random() < 0.5:
            text = pem("RSA PRIVATE KEY", rsa_pkcs1(k))
        else:
            text = pem("PRIVATE KEY", rsa_pkcs8(k))
        algo = "rsa"
    else:
        k = gen_ec(rng)
        if rng.random() < 0.5:
            text = pem("EC PRIVATE KEY", ec_sec1(k))
        else:
            text = pem("PRIVATE KEY", ec_pkcs8(k))
        algo = "ec"
    return text, text.split("\n")[1], algo


def public_key_pem(rng):
    if rng.random() < 0.5:
        return pem("PUBLIC KEY", ec_spki(gen_ec(rng)))
    n = rng.getrandbits(2048) | (1 << 2047) | (1 << 2046) | 1
    return pem("PUBLIC KEY", rsa_spki_from_n(n))


def der_name(pairs):
    rdns = []
    for oid, val, tag in pairs:
        rdns.append(der(0x31, der_seq(der_oid(oid), der(tag, val.encode()))))
    return der_seq(*rdns)


def utctime(y, m, d):
    return der(0x17, ("%02d%02d%02d000000Z" % (y % 100, m, d)).encode())


PSPS = [("Acme Payments Ltd", "GB", "PSDGB-FCA-" ), ("Finlytics GmbH", "DE", "PSDDE-BAFIN-"),
        ("Moneta Open Banking BV", "NL", "PSDNL-DNB-"), ("Ledgerly SAS", "FR", "PSDFR-ACPR-"),
        ("Nordpay AB", "SE", "PSDSE-FINA-"), ("Pago Rapido SL", "ES", "PSDES-BDE-")]


def certificate_pem(rng, cn=None, org=None):
    name, cc, pfx = rng.choice(PSPS)
    org = org or name
    orgid = pfx + str(rng.randint(100000, 999999))
    cn = cn or rng.choice(["qwac", "qseal", "api", "obwac", "transport"]) + "." + \
        org.split()[0].lower() + rng.choice([".com", ".io", ".eu", ".co.uk"])
    subj = der_name([("2.5.4.6", cc, 0x13), ("2.5.4.10", org, 0x0C), ("2.5.4.97", orgid, 0x0C),
                     ("2.5.4.3", cn, 0x0C)])
    issuer = der_name([("2.5.4.6", rng.choice(["BE", "IT", "DE", "NL"]), 0x13),
                       ("2.5.4.10", rng.choice(["QTSP Trust Services", "Eidas Qualified CA", "EuroSign QTSP"]), 0x0C),
                       ("2.5.4.3", rng.choice(["Qualified PSD2 CA G2", "eIDAS QWAC Issuing CA", "QSealC CA 2021"]), 0x0C)])
    y = rng.randint(2022, 2025)
    if rng.random() < 0.5:
        spki = ec_spki(gen_ec(rng))
        sigalg = der_seq(der_oid(OID_ECDSA256))
        sig = der(0x03, b"\x00" + der_seq(der_int(rng.getrandbits(255)), der_int(rng.getrandbits(255))))
    else:
        n = rng.getrandbits(2048) | (1 << 2047) | 1
        spki = rsa_spki_from_n(n)
        sigalg = der_seq(der_oid(OID_SHA256RSA), DER_NULL)
        sig = der(0x03, b"\x00" + rbytes(rng, 256))
    tbs = der_seq(der(0xA0, der_int(2)), der_int(rng.getrandbits(127)), sigalg, issuer,
                  der_seq(utctime(y, rng.randint(1, 12), rng.randint(1, 28)),
                          utctime(y + 2, rng.randint(1, 12), rng.randint(1, 28))),
                  subj, spki)
    return pem("CERTIFICATE", der_seq(tbs, sigalg, sig))


def ec_jwk(rng, private=True, kid=None):
    k = gen_ec(rng)
    j = {"kty": "EC", "crv": "P-256", "kid": kid or b64u(rbytes(rng, 20))[:27], "use": "sig",
         "x": b64u(i32(k["x"])), "y": b64u(i32(k["y"]))}
    if private:
        j["d"] = b64u(i32(k["d"]))
    return j


# ---------------------------------------------------------------------------
# credential generators (positives)
# ---------------------------------------------------------------------------
def g_plaid_access(rng):
    env = rng.choices(["production", "development", "sandbox"], [0.5, 0.22, 0.28])[0]
    return "access-%s-%s" % (env, ruuid(rng))


def g_belvo_password(rng):
    while True:
        s = "".join(rng.choice(ALNUM + "#-_@*") for _ in range(rng.choice([48, 56, 64])))
        if sum(c in "#-_@*" for c in s) >= 2 and mixed_ok(s) and s[0] not in "#-_@*":
            return s


def g_unit_token(rng):
    uid = str(rng.randint(10, 99999))
    claims = {"role": rng.choice(["admin", "readonly", "admin"]), "userId": uid, "sub": "user/" + uid,
              "exp": "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (rng.randint(2026, 2028), rng.randint(1, 12),
                                                           rng.randint(1, 28), rng.randint(0, 23),
                                                           rng.randint(0, 59), rng.randint(0, 59),
                                                           rng.randint(0, 999)),
              "jti": str(rng.randint(1000, 999999)), "orgId": str(rng.randint(1, 9999)),
              "scope": " ".join(rng.sample(["customers", "customers-write", "accounts", "accounts-write",
                                             "payments", "payments-write", "transactions", "applications",
                                             "applications-write", "cards", "statements", "webhooks"],
                                            rng.randint(3, 8))),
              "userType": "org"}
    body = json.dumps(claims, separators=(",", ":")).encode() + rbytes(rng, 64)
    return "v2.public." + b64u(body)


SECRET_GENS = {
    "plaid_secret": lambda r: rhex(r, 30),
    "plaid_access_token": g_plaid_access,
    "truelayer_client_secret": ruuid,
    "tink_client_secret": lambda r: rhex(r, 32),
    "yapily_application_secret": ruuid,
    "gocardless_bad_secret_key": lambda r: rhex(r, 128),
    "saltedge_app_secret": lambda r: b64u(rbytes(r, 32)),
    "mx_api_key": lambda r: rhex(r, 40),
    "finicity_app_key": lambda r: rhex(r, 32),
    "finicity_partner_secret": lambda r: ralnum_mixed(r, 20),
    "akahu_user_token": lambda r: "user_token_" + cuid(r),
    "akahu_app_secret": lambda r: rhex(r, 64),
    "basiq_api_key": lambda r: b64(("%s:%s" % (ruuid(r), ruuid(r))).encode()),
    "belvo_secret_password": g_belvo_password,
    "pluggy_client_secret": ruuid,
    "yodlee_admin_secret": lambda r: ralnum_mixed(r, 16),
    "codat_api_key": lambda r: ralnum_mixed(r, 40),
    "railz_secret_key": lambda r: ralnum_mixed(r, 64),
    "moov_secret_key": lambda r: ralnum_mixed(r, 32),
    "unit_api_token": g_unit_token,
    "treasury_prime_secret": lambda r: ralnum_mixed(r, 40),
}

# ---------------------------------------------------------------------------
# providers
# ---------------------------------------------------------------------------
def ins_id(r):
    return "ins_" + str(r.randint(3, 135000))


def plaid_obj_id(r):
    return ralnum_mixed(r, 37)


def iban_gb(r):
    bank = r.choice(["NWBK", "BARC", "MIDL", "LOYD", "MONZ", "SRLG"])
    sort = "%06d" % r.randint(0, 999999)
    acct = "%08d" % r.randint(0, 99999999)
    return make_iban("GB", bank + sort + acct)


def make_iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num) % 97
    return "%s%02d%s" % (cc, check, bban)


def iban_any(r):
    c = r.choice(["GB", "DE", "NL", "FR", "ES", "LT"])
    if c == "GB":
        return iban_gb(r)
    if c == "DE":
        return make_iban("DE", "%08d%010d" % (r.randint(10000000, 99999999), r.randint(0, 9999999999)))
    if c == "NL":
        return make_iban("NL", r.choice(["ABNA", "INGB", "RABO", "BUNQ"]) + "%010d" % r.randint(0, 9999999999))
    if c == "FR":
        return make_iban("FR", "%05d%05d%011d%02d" % (r.randint(10000, 99999), r.randint(0, 99999),
                                                      r.randint(0, 99999999999), r.randint(0, 99)))
    if c == "ES":
        return make_iban("ES", "%020d" % r.randint(0, 10 ** 20 - 1))
    return make_iban("LT", "%016d" % r.randint(0, 10 ** 16 - 1))


def sort_code(r):
    return "%02d-%02d-%02d" % (r.randint(0, 99), r.randint(0, 99), r.randint(0, 99))


def tl_client_id(r):
    return "sandbox-" + r.choice(["acme", "ledgerly", "finlytics", "moneta", "budgetbee", "payflow"]) + \
        r.choice(["", "app", "-dev", "-payments"]) + "-" + rhex(r, 6)


def ids_digits(n):
    return lambda r: str(r.randint(10 ** (n - 1), 10 ** n - 1))


P = {}


def prov(slug, display, env, base, id_label, id_gen, auth, kinds, looks, secret_word="secret", doc=None):
    P[slug] = dict(slug=slug, display=display, env=env, base=base, id_label=id_label, id_gen=id_gen,
                   auth=auth, kinds=kinds, looks=looks, secret_word=secret_word, doc=doc or base)


prov("plaid", "Plaid", "PLAID", "https://production.plaid.com", "client_id", lambda r: rhex(r, 24), "body",
     {"plaid_secret": "secret", "plaid_access_token": "access_token"},
     [("public_token", lambda r: "public-sandbox-" + ruuid(r)),
      ("link_token", lambda r: "link-%s-%s" % (r.choice(["sandbox", "production"]), ruuid(r))),
      ("item_id", plaid_obj_id), ("account_id", plaid_obj_id), ("institution_id", ins_id),
      ("client_id", lambda r: rhex(r, 24)), ("request_id", lambda r: ralnum_mixed(r, 15)),
      ("webhook_key_id", ruuid)])
prov("truelayer", "TrueLayer", "TRUELAYER", "https://auth.truelayer.com", "client_id", tl_client_id, "oauth",
     {"truelayer_client_secret": "client_secret"},
     [("client_id", tl_client_id), ("provider_id", lambda r: r.choice(["ob-monzo", "ob-natwest", "ob-barclays",
                                                                        "ob-lloyds", "ob-hsbc", "mock"])),
      ("payment_id", ruuid), ("mandate_id", ruuid), ("signing_key_id", ruuid)])
prov("tink", "Tink", "TINK", "https://api.tink.com", "client_id", lambda r: rhex(r, 32), "oauth",
     {"tink_client_secret": "client_secret"},
     [("client_id", lambda r: rhex(r, 32)), ("credentials_id", lambda r: rhex(r, 32)),
      ("provider_name", lambda r: r.choice(["uk-ob-natwest", "se-demobank-password", "de-demobank-open-banking-redirect"])),
      ("external_user_id", lambda r: "user-" + rhex(r, 8))])
prov("yapily", "Yapily", "YAPILY", "https://api.yapily.com", "application_uuid", ruuid, "basic",
     {"yapily_application_secret": "application_secret"},
     [("application_uuid", ruuid), ("consent_id", ruuid),
      ("institution_id", lambda r: r.choice(["modelo-sandbox", "natwest-sandbox", "yapily-mock"])),
      ("application_user_id", lambda r: "usr-" + rhex(r, 12))])
prov("gocardless", "GoCardless Bank Account Data", "GOCARDLESS", "https://bankaccountdata.gocardless.com/api/v2",
     "secret_id", ruuid, "token", {"gocardless_bad_secret_key": "secret_key"},
     [("secret_id", ruuid), ("requisition_id", ruuid), ("agreement_id", ruuid),
      ("institution_id", lambda r: r.choice(["SANDBOXFINANCE_SFIN0000", "REVOLUT_REVOGB21", "MONZO_MONZGB2L",
                                             "N26_NTSBDEB1", "ING_INGBNL2A"]))], secret_word="secret_key")
prov("saltedge", "Salt Edge", "SALTEDGE", "https://www.saltedge.com/api/v6", "app_id", lambda r: b64u(rbytes(r, 32)),
     "header2", {"saltedge_app_secret": "secret"},
     [("customer_id", ids_digits(18)), ("connection_id", ids_digits(18)),
      ("provider_code", lambda r: r.choice(["fakebank_simple_xf", "fakebank_oauth_xf", "fake_client_xf"]))])
prov("mx", "MX", "MX", "https://int-api.mx.com", "client_id", ruuid, "basic", {"mx_api_key": "api_key"},
     [("user_guid", lambda r: "USR-" + ruuid(r)), ("member_guid", lambda r: "MBR-" + ruuid(r)),
      ("account_guid", lambda r: "ACT-" + ruuid(r)), ("client_id", ruuid)], secret_word="api_key")
prov("finicity", "Finicity", "FINICITY", "https://api.finicity.com", "partner_id", ids_digits(13), "finicity",
     {"finicity_app_key": "app_key", "finicity_partner_secret": "partner_secret"},
     [("partner_id", ids_digits(13)), ("customer_id", ids_digits(10)), ("experience_id", ruuid),
      ("consumer_id", lambda r: rhex(r, 32))])
prov("akahu", "Akahu", "AKAHU", "https://api.akahu.io/v1", "app_token", lambda r: "app_token_" + cuid(r), "akahu",
     {"akahu_user_token": "user_token", "akahu_app_secret": "app_secret"},
     [("account_id", lambda r: "acc_" + cuid(r)), ("connection_id", lambda r: "conn_" + cuid(r)),
      ("transaction_id", lambda r: "trans_" + cuid(r))])
prov("basiq", "Basiq", "BASIQ", "https://au-api.basiq.io", None, None, "basiq", {"basiq_api_key": "api_key"},
     [("user_id", ruuid), ("job_id", ruuid), ("institution_id", lambda r: r.choice(["AU00000", "AU00001"])),
      ("connection_id", ruuid)], secret_word="api_key")
prov("belvo", "Belvo", "BELVO", "https://api.belvo.com", "secret_id", ruuid, "basic",
     {"belvo_secret_password": "secret_password"},
     [("secret_id", ruuid), ("link_id", ruuid),
      ("institution", lambda r: r.choice(["erebor_mx_retail", "gringotts_co_retail", "ofmockbank_br_retail"]))],
     secret_word="secret_password")
prov("pluggy", "Pluggy", "PLUGGY", "https://api.pluggy.ai", "client_id", ruuid, "pluggy",
     {"pluggy_client_secret": "client_secret"},
     [("client_id", ruuid), ("item_id", ruuid), ("connector_id", ids_digits(3))], secret_word="client_secret")
prov("teller", "Teller", "TELLER", "https://api.teller.io", "application_id", lambda r: "app_" + rs(r, 21, "abcdefghijklmnopqrstuvwxyz234567"),
     "mtls", {"teller_private_key": "private_key"},
     [("application_id", lambda r: "app_" + rs(r, 21, "abcdefghijklmnopqrstuvwxyz234567")),
      ("enrollment_id", lambda r: "enr_" + rs(r, 21, "abcdefghijklmnopqrstuvwxyz234567")),
      ("account_id", lambda r: "acc_" + rs(r, 21, "abcdefghijklmnopqrstuvwxyz234567"))], secret_word="private_key")
prov("yodlee", "Yodlee", "YODLEE", "https://production.api.yodlee.com/ysl", "client_id", lambda r: ralnum_mixed(r, 32),
     "yodlee", {"yodlee_admin_secret": "secret"},
     [("admin_login_name", lambda r: ruuid(r) + "_ADMIN"), ("provider_account_id", ids_digits(8)),
      ("login_name", lambda r: "sbMem" + rhex(r, 12) + "1")])
prov("codat", "Codat", "CODAT", "https://api.codat.io", None, None, "codat", {"codat_api_key": "api_key"},
     [("company_id", ruuid), ("connection_id", ruuid), ("data_connection_id", ruuid)], secret_word="api_key")
prov("railz", "Railz", "RAILZ", "https://api.railz.ai", "client_id", lambda r: "RAILZ_" + rs(r, 22, string.ascii_uppercase + string.digits),
     "oauth", {"railz_secret_key": "secret_key"},
     [("business_name", lambda r: r.choice(["acme-ltd", "northwind", "contoso-demo"])), ("connection_uuid", ruuid)],
     secret_word="secret_key")
prov("moov", "Moov", "MOOV", "https://api.moov.io", "public_key", lambda r: ralnum_mixed(r, 16), "basic",
     {"moov_secret_key": "secret_key"},
     [("account_id", ruuid), ("facilitator_account_id", ruuid), ("transfer_id", ruuid)], secret_word="secret_key")
prov("unit", "Unit", "UNIT", "https://api.s.unit.sh", None, None, "bearer", {"unit_api_token": "api_token"},
     [("customer_id", ids_digits(6)), ("account_id", ids_digits(7)), ("org_id", ids_digits(3))], secret_word="api_token")
prov("treasuryprime", "Treasury Prime", "TREASURY_PRIME", "https://api.treasuryprime.com", "api_key_id",
     lambda r: "key_" + rs(r, 26, LOWER_ALNUM), "basic", {"treasury_prime_secret": "api_secret"},
     [("account_id", lambda r: "acct_" + rs(r, 26, LOWER_ALNUM)), ("person_id", lambda r: "person_" + rs(r, 26, LOWER_ALNUM))],
     secret_word="api_secret")
prov("psd2", "PSD2 eIDAS", "OB", "https://ob.example-bank.eu", "organisation_id",
     lambda r: rng_orgid(r), "mtls",
     {"psd2_qwac_private_key": "qwac_key", "psd2_qseal_private_key": "qseal_key", "eidas_signing_jwk": "signing_jwk"},
     [("organisation_id", lambda r: rng_orgid(r)), ("kid", lambda r: b64u(rbytes(r, 20))[:27]),
      ("certificate_thumbprint", lambda r: rhex(r, 40).upper()), ("software_statement_id", lambda r: ralnum_mixed(r, 18))],
     secret_word="private_key")


def rng_orgid(r):
    _, _, pfx = r.choice(PSPS)
    return pfx + str(r.randint(100000, 999999))


KIND_PROVIDER = {}
for _slug, _p in P.items():
    for _k in _p["kinds"]:
        KIND_PROVIDER[_k] = _slug

PEM_KINDS = {"teller_private_key", "psd2_qwac_private_key", "psd2_qseal_private_key"}
JWK_KINDS = {"eidas_signing_jwk"}

KIND_WEIGHTS = {
    "plaid_secret": 28, "plaid_access_token": 28, "truelayer_client_secret": 20, "tink_client_secret": 18,
    "yapily_application_secret": 18, "gocardless_bad_secret_key": 20, "saltedge_app_secret": 18,
    "mx_api_key": 18, "finicity_app_key": 14, "finicity_partner_secret": 14, "akahu_user_token": 12,
    "akahu_app_secret": 10, "basiq_api_key": 18, "belvo_secret_password": 18, "pluggy_client_secret": 16,
    "teller_private_key": 16, "yodlee_admin_secret": 14, "codat_api_key": 18, "railz_secret_key": 10,
    "moov_secret_key": 12, "unit_api_token": 16, "treasury_prime_secret": 12, "psd2_qwac_private_key": 14,
    "psd2_qseal_private_key": 14, "eidas_signing_jwk": 12,
}


# ---------------------------------------------------------------------------
# naming / rendering context
# ---------------------------------------------------------------------------
def style(words, st):
    words = [w for w in words if w]
    if st == "snake":
        return "_".join(w.lower() for w in words)
    if st == "scream":
        return "_".join(w.upper() for w in words)
    if st == "camel":
        return words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    if st == "pascal":
        return "".join(w[:1].upper() + w[1:].lower() for w in words)
    if st == "kebab":
        return "-".join(w.lower() for w in words)
    if st == "dot":
        return ".".join(w.lower() for w in words)
    raise ValueError(st)


NEUTRAL_PAIRS = [(["k1"], ["k2"]), (["cfg", "a"], ["cfg", "b"]), (["p1"], ["p2"]), (["arg1"], ["arg2"]),
                 (["upstream", "user"], ["upstream", "pass"]), (["left"], ["right"]), (["u"], ["v"]),
                 (["ident"], ["value"]), (["conn", "a"], ["conn", "b"]), (["opt", "one"], ["opt", "two"]),
                 (["ob", "ref"], ["ob", "val"]), (["agg", "user"], ["agg", "blob"]), (["principal"], ["material"]),
                 (["x", "id"], ["x", "val"]), (["entry", "name"], ["entry", "data"]), (["src", "id"], ["src", "param"])]

PLACEHOLDERS = ["<YOUR_{E}>", "your-{k}-here", "REPLACE_ME", "{E}_GOES_HERE", "<{k}>", "xxxxxxxxxxxxxxxxxxxxxxxx",
                "TODO", "changeit-in-vault", "${{{E}}}", "{{{{{c}}}}}", "<insert {k}>", "dummy", "not-a-real-{k}",
                "YOUR_{E}", "sandbox-{k}-placeholder", "***"]


class Ctx:
    def __init__(self, rng, slug, kind, neg, mode, obvious, look=None):
        self.rng = rng
        self.p = P[slug]
        self.slug = slug
        self.kind = kind
        self.neg = neg
        self.mode = mode          # secret | envref | placeholder | masked | empty | look
        self.obvious = obvious
        pw = {"gocardless": "gocardless", "treasuryprime": "tp", "saltedge": "saltedge", "psd2": "ob"}.get(slug, slug)
        self.pword = pw
        sw = self.p["kinds"].get(kind, self.p["secret_word"]) if kind else self.p["secret_word"]
        self.swords = [pw] + sw.split("_")
        self.value = None
        self.secret = None
        if mode == "secret":
            self.value = self.secret = SECRET_GENS[kind](rng) if kind in SECRET_GENS else None
        elif mode == "look":
            lab, fn = look
            self.obvious = obvious = True   # a look-alike is only honest under its own name
            self.swords = [pw] + lab.split("_")
            self.value = fn(rng)
        elif mode == "placeholder":
            k = "-".join(self.swords[1:])
            self.value = rng.choice(PLACEHOLDERS).format(E=style(self.swords, "scream"), k=k,
                                                         c=style(self.swords, "camel"))
        elif mode == "masked":
            tail = rhex(rng, 4)
            self.value = rng.choice(["*" * rng.randint(8, 28) + tail, "[REDACTED]", "<redacted>",
                                     "•" * 12 + tail, "xxxx-xxxx-xxxx-" + tail, "****", "(hidden)",
                                     "[FILTERED]", "sha256:" + "*" * 8])
        elif mode == "empty":
            self.value = ""
        self.envname = style(self.swords, "scream")
        # the public id half
        self.has_id = bool(self.p["id_label"]) and kind not in ("plaid_access_token",) and mode != "look"
        if slug == "akahu":
            self.has_id = mode != "look"
        self.idv = self.p["id_gen"](rng) if self.has_id else None
        idw = self.p["id_label"] or "id"
        self.idwords = [pw] + idw.split("_")
        npair = rng.choice(NEUTRAL_PAIRS)
        self.nid, self.nsec = npair
        self.id_obvious = obvious or rng.random() < 0.4

    # names ----------------------------------------------------------------
    def name(self, st):
        return style(self.swords if self.obvious else self.nsec, st)

    def obv(self, st):
        return style(self.swords, st)

    def idname(self, st):
        return style(self.idwords if self.id_obvious else self.nid, st)

    # values ---------------------------------------------------------------
    def raw(self):
        if self.mode == "envref":
            return "${%s}" % self.envname
        return self.value

    def lit(self, lang):
        if self.mode == "envref":
            return envexpr(self.rng, lang, self.envname, self.swords)
        return q(self.rng, lang, self.value)

    def idlit(self, lang):
        return q(self.rng, lang, self.idv)


def q(rng, lang, s):
    if lang in ("py", "rb", "php", "js", "ts"):
        if lang in ("py", "rb", "php") and ("'" in s or rng.random() < 0.5):
            return '"%s"' % s
        return ("'%s'" if "'" not in s else '"%s"') % s
    if lang in ("java", "kt", "go", "cs", "rust", "ex", "json", "tf", "toml", "hcl", "c"):
        return '"%s"' % s
    if lang in ("yaml", "compose"):
        if s == "" or any(ch in s for ch in "#:*{}[]&!|>%@`,") or s.lower() in ("yes", "no", "true", "false", "null") or s[:1] in "-?" or s.isdigit():
            return '"%s"' % s
        return rng.choice(['%s', '"%s"', "'%s'"]) % s
    if lang in ("env", "sh"):
        if s == "" or any(ch in s for ch in " #$*()<>{}|&;`\"'!"):
            return "'%s'" % s if lang == "sh" or "'" not in s else '"%s"' % s
        return rng.choice(['%s', '"%s"', "'%s'"] if lang == "sh" else ['%s', '%s', '"%s"']) % s
    if lang == "docker":
        return '"%s"' % s if (s == "" or " " in s) or rng.random() < 0.4 else s
    return s  # props, ini, md, http, xml(attr), raw


def envexpr(rng, lang, name, words):
    snake = style(words, "snake")
    dot = style(words, "dot")
    if lang == "py":
        return rng.choice(['os.environ["%s"]' % name, 'os.getenv("%s")' % name, "os.environ.get('%s', '')" % name,
                           'env("%s")' % name, 'config("%s")' % name])
    if lang in ("js", "ts"):
        return rng.choice(["process.env.%s" % name, "process.env['%s']" % name, "process.env.%s ?? ''" % name,
                           "config.get('%s')" % dot])
    if lang in ("java", "kt"):
        return 'System.getenv("%s")' % name
    if lang == "go":
        return 'os.Getenv("%s")' % name
    if lang == "rb":
        return rng.choice(['ENV.fetch("%s")' % name, "ENV['%s']" % name,
                           "Rails.application.credentials.dig(:%s, :%s)" % (words[0], "_".join(words[1:]))])
    if lang == "cs":
        return 'Environment.GetEnvironmentVariable("%s")' % name
    if lang == "php":
        return "env('%s')" % name
    if lang == "rust":
        return 'std::env::var("%s").expect("%s not set")' % (name, name)
    if lang == "ex":
        return 'System.fetch_env!("%s")' % name
    if lang == "json":
        return rng.choice(['"${%s}"' % name, '"#{%s}#"' % name, '"@Microsoft.KeyVault(SecretUri=https://kv-openbanking.vault.azure.net/secrets/%s/)"' % style(words, "kebab")])
    if lang in ("yaml", "compose"):
        return rng.choice(["${%s}" % name, '"${%s:?missing}"' % name, '"{{ .Values.%s }}"' % style(words, "camel")])
    if lang == "gha":
        return "${{ secrets.%s }}" % name
    if lang == "env":
        return rng.choice(["op://Engineering/%s/%s" % (words[0], style(words[1:], "kebab")),
                           "vault:secret/data/%s#%s" % (words[0], snake), "${%s}" % name])
    if lang == "sh":
        return rng.choice(['"$%s"' % name, '"${%s:?}"' % name,
                           '"$(vault kv get -field=%s secret/%s)"' % (snake, words[0]),
                           '"$(aws secretsmanager get-secret-value --secret-id %s/%s --query SecretString --output text)"' % (words[0], style(words[1:], "kebab"))])
    if lang == "docker":
        return "${%s}" % name
    if lang == "props":
        return "${%s}" % name
    if lang in ("ini", "toml"):
        return ('"${%s}"' if lang == "toml" else "${%s}") % name
    if lang in ("tf", "hcl"):
        return rng.choice(["var.%s" % snake, "data.aws_secretsmanager_secret_version.%s.secret_string" % snake,
                           "data.vault_generic_secret.%s.data[\"%s\"]" % (words[0], "_".join(words[1:]))])
    if lang == "http":
        return rng.choice(["{{$dotenv %s}}" % name, "{{$processEnv %s}}" % name])
    if lang == "postman":
        return "{{%s}}" % style(words, "camel")
    if lang == "xml":
        return "#{%s}#" % name
    if lang == "md":
        return "$" + name
    return "${%s}" % name


# ---------------------------------------------------------------------------
# HTTP call rendering (auth per provider)
# ---------------------------------------------------------------------------
def auth_spec(c):
    """Return dict with url, method, mode and variable roles.
    roles: 'id' (public id), 'sec' (slot), ('env', NAME) (other secrets)."""
    s, k = c.slug, c.kind
    base = c.p["base"]
    if s == "plaid":
        if k == "plaid_access_token" or (c.mode == "look" and "token" in c.swords[-1]):
            return dict(method="POST", url=base + "/accounts/balance/get", mode="json",
                        fields=[("client_id", ("env", "PLAID_CLIENT_ID")), ("secret", ("env", "PLAID_SECRET")),
                                ("access_token", "sec")])
        return dict(method="POST", url=base + "/institutions/get", mode="json",
                    fields=[("client_id", "id"), ("secret", "sec"), ("count", ("num", "10")), ("offset", ("num", "0"))])
    if s in ("truelayer", "tink", "railz"):
        url = {"truelayer": "https://auth.truelayer.com/connect/token", "tink": "https://api.tink.com/api/v1/oauth/token",
               "railz": "https://auth.railz.ai/getAccess"}[s]
        return dict(method="POST", url=url, mode="form",
                    fields=[("grant_type", ("str", "client_credentials")), ("client_id", "id"), ("client_secret", "sec")])
    if s == "gocardless":
        return dict(method="POST", url=base + "/token/new/", mode="json", fields=[("secret_id", "id"), ("secret_key", "sec")])
    if s == "saltedge":
        return dict(method="GET", url=base + "/countries", mode="headers", headers=[("App-id", "id"), ("Secret", "sec")])
    if s == "finicity":
        if k == "finicity_app_key":
            return dict(method="POST", url=base + "/aggregation/v2/partners/authentication", mode="json",
                        headers=[("Finicity-App-Key", "sec")],
                        fields=[("partnerId", "id"), ("partnerSecret", ("env", "FINICITY_PARTNER_SECRET"))])
        return dict(method="POST", url=base + "/aggregation/v2/partners/authentication", mode="json",
                    headers=[("Finicity-App-Key", ("env", "FINICITY_APP_KEY"))],
                    fields=[("partnerId", "id"), ("partnerSecret", "sec")])
    if s == "akahu":
        if k == "akahu_user_token":
            return dict(method="GET", url=base + "/accounts", mode="bearer", headers=[("X-Akahu-ID", "id")])
        return dict(method="GET", url=base + "/me", mode="basic")
    if s == "basiq":
        return dict(method="POST", url=base + "/token", mode="rawbasic", headers=[("basiq-version", ("str", "3.0"))],
                    fields=[("scope", ("str", "SERVER_ACCESS"))])
    if s == "codat":
        return dict(method="GET", url=base + "/companies?page=1&pageSize=50", mode="codat")
    if s == "pluggy":
        return dict(method="POST", url=base + "/auth", mode="json", fields=[("clientId", "id"), ("clientSecret", "sec")])
    if s == "yodlee":
        return dict(method="POST", url=base + "/auth/token", mode="form", headers=[("loginName", ("str", ruuid(c.rng) + "_ADMIN")), ("Api-Version", ("str", "1.1"))],
                    fields=[("clientId", "id"), ("secret", "sec")])
    if s == "unit":
        return dict(method="GET", url=base + "/customers?page[limit]=20", mode="bearer", headers=[])
    if s == "moov":
        return dict(method="GET", url=base + "/accounts?count=20", mode="basic")
    if s == "treasuryprime":
        return dict(method="GET", url=base + "/account?page_size=25", mode="basic")
    # basic id:secret (yapily, mx, belvo)
    url = {"yapily": base + "/institutions", "mx": base + "/users", "belvo": base + "/api/links/"}.get(s, base)
    return dict(method="GET", url=url, mode="basic")


def _roles(c, spec):
    roles = []
    for f in spec.get("fields", []) + spec.get("headers", []):
        roles.append(f[1])
    if spec["mode"] in ("basic",):
        roles += ["id", "sec"]
    if spec["mode"] in ("bearer", "rawbasic", "codat"):
        roles.append("sec")
    out = []
    for r in roles:
        if r not in out and (r in ("id", "sec") or r[0] == "env"):
            if r == "id" and not c.has_id:
                continue
            out.append(r)
    return out


def render_http(c, lang):
    spec = auth_spec(c)
    st = {"py": "snake", "js": "camel", "ts": "camel", "go": "camel", "sh": "scream", "rb": "snake", "http": "camel"}[lang]
    if lang == "py" and c.rng.random() < 0.5:
        st = "scream"
    names = {}
    decl = []
    for r in _roles(c, spec):
        if r == "id":
            nm, val = c.idname(st), c.idlit("sh" if lang == "sh" else lang)
        elif r == "sec":
            nm, val = c.name(st), c.lit(lang)
        else:
            w = r[1].lower().split("_")
            nm, val = style(w, st), envexpr(c.rng, lang, r[1], w)
        names[r] = nm
        decl.append((nm, val))
    url, method, mode = spec["url"], spec["method"], spec["mode"]

    def ref(r, interp=False):
        if isinstance(r, tuple) and r[0] in ("str", "num"):
            return r
        return names.get(r, "")

    lines = []
    if lang == "py":
        for nm, val in decl:
            lines.append("%s = %s" % (nm, val))
        lines.append("")
        hdr = []
        kw = []
        for h, r in spec.get("headers", []):
            v = ref(r)
            hdr.append('"%s": %s' % (h, '"%s"' % v[1] if isinstance(v, tuple) else v))
        if mode == "bearer":
            hdr.insert(0, '"Authorization": f"Bearer {%s}"' % names["sec"])
        if mode == "rawbasic":
            hdr.insert(0, '"Authorization": f"Basic {%s}"' % names["sec"])
        if mode == "codat":
            if getattr(c, "codat_encoded", False):
                hdr.insert(0, '"Authorization": "Basic " + %s' % names["sec"])
            else:
                hdr.insert(0, '"Authorization": "Basic " + base64.b64encode(%s.encode()).decode()' % names["sec"])
        if mode == "basic":
            kw.append("auth=(%s, %s)" % (names.get("id", '""'), names["sec"]))
        if hdr:
            kw.append("headers={%s}" % ", ".join(hdr))
        fields = spec.get("fields", [])
        if fields:
            items = []
            for f, r in fields:
                v = ref(r)
                items.append('"%s": %s' % (f, ('"%s"' % v[1] if v[0] == "str" else v[1]) if isinstance(v, tuple) else v))
            kw.append(("json={%s}" if mode in ("json", "rawbasic") else "data={%s}") % ", ".join(items))
        kw.append("timeout=%d" % c.rng.choice([10, 15, 20, 30]))
        lines.append("resp = requests.%s(" % method.lower())
        lines.append('    "%s",' % url)
        for i, k in enumerate(kw):
            lines.append("    %s%s" % (k, "," if i < len(kw) - 1 else ""))
        lines.append(")")
        lines.append("resp.raise_for_status()")
        return lines
    if lang in ("js", "ts"):
        kwd = "const"
        for nm, val in decl:
            lines.append("%s %s = %s;" % (kwd, nm, val))
        lines.append("")
        hdr = ["'Content-Type': '%s'" % ("application/x-www-form-urlencoded" if mode == "form" else "application/json")]
        for h, r in spec.get("headers", []):
            v = ref(r)
            hdr.append("'%s': %s" % (h, "'%s'" % v[1] if isinstance(v, tuple) else v))
        if mode == "bearer":
            hdr.append("Authorization: `Bearer ${%s}`" % names["sec"])
        if mode == "rawbasic":
            hdr.append("Authorization: `Basic ${%s}`" % names["sec"])
        if mode == "codat":
            if getattr(c, "codat_encoded", False):
                hdr.append("Authorization: `Basic ${%s}`" % names["sec"])
            else:
                hdr.append("Authorization: 'Basic ' + Buffer.from(%s).toString('base64')" % names["sec"])
        if mode == "basic":
            hdr.append("Authorization: 'Basic ' + Buffer.from(`${%s}:${%s}`).toString('base64')" % (names.get("id", ""), names["sec"]))
        body = None
        fields = spec.get("fields", [])
        if fields:
            items = []
            for f, r in fields:
                v = ref(r)
                items.append("%s: %s" % (f, ("'%s'" % v[1] if v[0] == "str" else v[1]) if isinstance(v, tuple) else v))
            if mode == "form":
                body = "new URLSearchParams({ %s }).toString()" % ", ".join(items)
            else:
                body = "JSON.stringify({ %s })" % ", ".join(items)
        lines.append("const resp = await fetch('%s', {" % url)
        lines.append("  method: '%s'," % method)
        lines.append("  headers: {")
        for h in hdr:
            lines.append("    %s," % h)
        lines.append("  },")
        if body:
            lines.append("  body: %s," % body)
        lines.append("});")
        lines.append("if (!resp.ok) throw new Error(`%s request failed: ${resp.status}`);" % c.p["display"])
        return lines
    if lang == "go":
        for nm, val in decl:
            lines.append("\t%s := %s" % (nm, val))
        fields = spec.get("fields", [])
        if fields and mode in ("json", "rawbasic"):
            items = []
            for f, r in fields:
                v = ref(r)
                items.append('"%s": %s' % (f, ('"%s"' % v[1]) if isinstance(v, tuple) else v))
            lines.append("\tpayload, _ := json.Marshal(map[string]any{%s})" % ", ".join(items))
            lines.append('\treq, err := http.NewRequestWithContext(ctx, "%s", "%s", bytes.NewReader(payload))' % (method, url))
        elif fields:
            lines.append("\tform := url.Values{}")
            for f, r in fields:
                v = ref(r)
                lines.append('\tform.Set("%s", %s)' % (f, ('"%s"' % v[1]) if isinstance(v, tuple) else v))
            lines.append('\treq, err := http.NewRequestWithContext(ctx, "%s", "%s", strings.NewReader(form.Encode()))' % (method, url))
        else:
            lines.append('\treq, err := http.NewRequestWithContext(ctx, "%s", "%s", nil)' % (method, url))
        lines.append("\tif err != nil {\n\t\treturn nil, err\n\t}")
        for h, r in spec.get("headers", []):
            v = ref(r)
            lines.append('\treq.Header.Set("%s", %s)' % (h, ('"%s"' % v[1]) if isinstance(v, tuple) else v))
        if mode == "basic":
            lines.append("\treq.SetBasicAuth(%s, %s)" % (names.get("id", '""'), names["sec"]))
        if mode == "bearer":
            lines.append('\treq.Header.Set("Authorization", "Bearer "+%s)' % names["sec"])
        if mode == "rawbasic" or (mode == "codat" and getattr(c, "codat_encoded", False)):
            lines.append('\treq.Header.Set("Authorization", "Basic "+%s)' % names["sec"])
        elif mode == "codat":
            lines.append('\treq.Header.Set("Authorization", "Basic "+base64.StdEncoding.EncodeToString([]byte(%s)))' % names["sec"])
        lines.append('\treq.Header.Set("Content-Type", "%s")' % ("application/x-www-form-urlencoded" if mode == "form" else "application/json"))
        lines.append("\treturn c.http.Do(req)")
        return lines
    if lang == "sh":
        for nm, val in decl:
            lines.append("%s=%s" % (nm, val))
        lines.append("")
        parts = ["curl -sS -X %s '%s'" % (method, url)]
        for h, r in spec.get("headers", []):
            v = ref(r)
            parts.append('-H "%s: %s"' % (h, v[1] if isinstance(v, tuple) else "${%s}" % v))
        if mode == "basic":
            parts.append('-u "${%s}:${%s}"' % (names.get("id", ""), names["sec"]))
        if mode == "bearer":
            parts.append('-H "Authorization: Bearer ${%s}"' % names["sec"])
        if mode == "rawbasic" or (mode == "codat" and getattr(c, "codat_encoded", False)):
            parts.append('-H "Authorization: Basic ${%s}"' % names["sec"])
        elif mode == "codat":
            parts.append('-H "Authorization: Basic $(printf %%s "$%s" | base64)"' % names["sec"])
        fields = spec.get("fields", [])
        if fields and mode == "form":
            for f, r in fields:
                v = ref(r)
                parts.append('--data-urlencode "%s=%s"' % (f, v[1] if isinstance(v, tuple) else "${%s}" % v))
        elif fields:
            parts.append("-H 'Content-Type: application/json'")
            items = []
            for f, r in fields:
                v = ref(r)
                if isinstance(v, tuple):
                    items.append('\\"%s\\": %s' % (f, ('\\"%s\\"' % v[1]) if v[0] == "str" else v[1]))
                else:
                    items.append('\\"%s\\": \\"${%s}\\"' % (f, v))
            parts.append('-d "{%s}"' % ", ".join(items))
        lines.append(" \\\n  ".join(parts) + " | jq .")
        return lines
    if lang == "rb":
        for nm, val in decl:
            lines.append("%s = %s" % (nm, val))
        lines.append("")
        lines.append('conn = Faraday.new(url: "%s") do |f|' % "/".join(url.split("/")[:3]))
        lines.append("  f.request :%s" % ("url_encoded" if mode == "form" else "json"))
        lines.append("  f.response :json")
        if mode == "basic":
            lines.append("  f.request :authorization, :basic, %s, %s" % (names.get("id", "''"), names["sec"]))
        lines.append("end")
        hdr = []
        for h, r in spec.get("headers", []):
            v = ref(r)
            hdr.append('"%s" => %s' % (h, '"%s"' % v[1] if isinstance(v, tuple) else v))
        if mode == "bearer":
            hdr.append('"Authorization" => "Bearer #{%s}"' % names["sec"])
        if mode == "rawbasic" or (mode == "codat" and getattr(c, "codat_encoded", False)):
            hdr.append('"Authorization" => "Basic #{%s}"' % names["sec"])
        elif mode == "codat":
            hdr.append('"Authorization" => "Basic #{Base64.strict_encode64(%s)}"' % names["sec"])
        fields = spec.get("fields", [])
        items = []
        for f, r in fields:
            v = ref(r)
            items.append("%s: %s" % (f, ('"%s"' % v[1] if v[0] == "str" else v[1]) if isinstance(v, tuple) else v))
        path = "/" + "/".join(url.split("/")[3:])
        lines.append('response = conn.%s("%s", %s, {%s})' % (method.lower(), path, "{%s}" % ", ".join(items) if items else "nil", ", ".join(hdr)))
        lines.append('raise "%s error #{response.status}" unless response.success?' % c.p["display"])
        return lines
    if lang == "http":
        for nm, val in decl:
            lines.append("@%s = %s" % (nm, val))
        lines.append("")
        lines.append("### %s" % c.rng.choice(["smoke test", "list resources", "token exchange", "sanity check"]))
        lines.append("%s %s" % (method, url))
        ct = "application/x-www-form-urlencoded" if mode == "form" else "application/json"
        lines.append("Content-Type: %s" % ct)
        for h, r in spec.get("headers", []):
            v = ref(r)
            lines.append("%s: %s" % (h, v[1] if isinstance(v, tuple) else "{{%s}}" % v))
        if mode == "basic":
            lines.append("Authorization: Basic {{%s}} {{%s}}" % (names.get("id", ""), names["sec"]))
        if mode == "bearer":
            lines.append("Authorization: Bearer {{%s}}" % names["sec"])
        if mode in ("rawbasic", "codat"):
            lines.append("Authorization: Basic {{%s}}" % names["sec"])
        fields = spec.get("fields", [])
        if fields:
            lines.append("")
            if mode == "form":
                lines.append("&".join("%s=%s" % (f, ref(r)[1] if isinstance(ref(r), tuple) else "{{%s}}" % ref(r)) for f, r in fields))
            else:
                lines.append("{")
                for i, (f, r) in enumerate(fields):
                    v = ref(r)
                    vv = ('"%s"' % v[1] if v[0] == "str" else v[1]) if isinstance(v, tuple) else '"{{%s}}"' % v
                    lines.append('  "%s": %s%s' % (f, vv, "," if i < len(fields) - 1 else ""))
                lines.append("}")
        return lines
    raise ValueError(lang)


# ---------------------------------------------------------------------------
# realism helpers
# ---------------------------------------------------------------------------
APPS = ["ledgerly", "budgetbee", "payflow", "moneta", "finlytics", "cashcove", "tallyup", "rentpay", "lendwise",
        "spendsense", "invoicely", "bankbridge", "openpay", "acme-finance", "northwind-pay", "kiwisaver-sync"]
REGIONS = ["eu-west-1", "eu-west-2", "us-east-1", "eu-central-1", "ap-southeast-2", "sa-east-1"]
ORGS = ["acme", "ledgerly", "finlytics", "moneta", "northwind", "contoso", "budgetbee"]


def app(rng):
    return rng.choice(APPS)


def pascal_app(name):
    return "".join(w.capitalize() for w in name.replace("_", "-").split("-"))


def comment_line(rng, c, tok="#"):
    d = c.p["display"]
    return tok + " " + rng.choice([
        "%s credentials for the %s environment" % (d, rng.choice(["staging", "production", "sandbox", "dev"])),
        "TODO: move to the secret store before go-live",
        "rotate every 90 days (see runbook)",
        "%s connection settings" % d,
        "values from the %s dashboard" % d,
        "keep in sync with the mobile backend",
        "used by the nightly account sync job",
    ])


def env_of(rng):
    return rng.choice(["production", "staging", "sandbox", "development"])


def db_url(rng):
    return rng.choice(["postgres://app@db:5432/%s" % app(rng).replace("-", "_"),
                       "postgresql://%s@localhost:5432/%s_dev" % (app(rng).replace("-", "_"), app(rng).replace("-", "_")),
                       "mysql://app@127.0.0.1:3306/ledger"])


# ---------------------------------------------------------------------------
# positive / reusable templates for string credentials
# every template: t(c) -> (relpath, filetype, text)
# ---------------------------------------------------------------------------
def t_py_django(c):
    r = c.rng
    proj = app(r).replace("-", "_")
    lines = ['"""Django settings for %s project (%s)."""' % (proj, env_of(r)), "import os", "from pathlib import Path", "",
             "BASE_DIR = Path(__file__).resolve().parent.parent", "",
             "DEBUG = %s" % r.choice(["False", "os.getenv('DEBUG') == '1'"]),
             'ALLOWED_HOSTS = ["%s.example.com", "localhost"]' % proj, "",
             "INSTALLED_APPS = [", '    "django.contrib.auth",', '    "django.contrib.contenttypes",',
             '    "rest_framework",', '    "%s.banking",' % proj, "]", "",
             "DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
             '        "NAME": os.getenv("DB_NAME", "%s"),' % proj, '        "HOST": os.getenv("DB_HOST", "localhost"),',
             "    }", "}", "", comment_line(r, c)]
    if c.has_id:
        lines.append("%s = %s" % (c.idname("scream"), c.idlit("py")))
    lines.append("%s = %s" % (c.name("scream"), c.lit("py")))
    lines += ['%s_ENV = "%s"' % (c.pword.upper(), r.choice(["sandbox", "production"])), "",
              'CELERY_BROKER_URL = os.getenv("CELERY_BROKER_URL", "redis://localhost:6379/0")',
              'TIME_ZONE = "%s"' % r.choice(["Europe/London", "UTC", "America/Sao_Paulo", "Pacific/Auckland"])]
    path = r.choice(["config/settings.py", "%s/settings.py" % proj, "%s/settings/production.py" % proj, "backend/settings/base.py"])
    return path, "python", "\n".join(lines) + "\n"


def t_py_pydantic(c):
    r = c.rng
    lines = ["from functools import lru_cache", "", "from pydantic_settings import BaseSettings, SettingsConfigDict", "", "",
             "class Settings(BaseSettings):", '    model_config = SettingsConfigDict(env_file=".env", extra="ignore")', "",
             '    app_name: str = "%s-api"' % app(r), '    database_url: str = "%s"' % db_url(r),
             "    log_level: str = \"INFO\"", ""]
    if c.has_id:
        lines.append("    %s: str = %s" % (c.idname("snake"), c.idlit("py")))
    lines.append("    %s: str = %s" % (c.name("snake"), c.lit("py")))
    lines += ['    %s_base_url: str = "%s"' % (c.pword, c.p["base"]), "    request_timeout_s: float = %s" % r.choice(["10.0", "15.0", "30.0"]),
              "", "", "@lru_cache", "def get_settings() -> Settings:", "    return Settings()"]
    return r.choice(["app/core/config.py", "app/config.py", "src/%s/settings.py" % app(r).replace("-", "_")]), "python", "\n".join(lines) + "\n"


def t_py_client(c):
    r = c.rng
    head = ['"""Thin wrapper around the %s REST API."""' % c.p["display"], "import base64" if c.slug == "codat" else "import logging",
            "import os", "", "import requests", "", "log = logging.getLogger(__name__)" if c.slug != "codat" else "", ""]
    body = render_http(c, "py")
    lines = head + body + ["data = resp.json()", 'print(f"fetched {len(data)} records from %s")' % c.p["display"]]
    path = r.choice(["app/integrations/%s_client.py" % c.slug, "scripts/%s_probe.py" % c.slug, "services/%s.py" % c.slug])
    return path, "python", "\n".join(lines) + "\n"


def t_py_positional(c):
    r = c.rng
    cls = pascal_app(c.slug) + "Client"
    lines = ["#!/usr/bin/env python3", "# Backfill historical transactions into the warehouse.", "import argparse",
             "import datetime as dt", "", "from %s.clients import %s" % (app(r).replace("-", "_"), cls),
             "from %s.warehouse import write_batch" % app(r).replace("-", "_"), "", "",
             "def main():", "    ap = argparse.ArgumentParser()", '    ap.add_argument("--days", type=int, default=%d)' % r.choice([30, 90, 365]),
             "    args = ap.parse_args()", "    since = dt.date.today() - dt.timedelta(days=args.days)", ""]
    args = []
    if c.has_id:
        args.append(c.idlit("py"))
    args.append(c.lit("py"))
    lines.append("    client = %s(%s, environment=%r)" % (cls, ", ".join(args), r.choice(["production", "sandbox"])))
    lines += ["    for page in client.transactions(since=since):", "        write_batch(page)", "", "",
              'if __name__ == "__main__":', "    main()"]
    return r.choice(["scripts/backfill_%s.py" % c.slug, "jobs/backfill.py", "tools/%s_backfill.py" % c.slug]), "python", "\n".join(lines) + "\n"


def t_py_conftest(c):
    r = c.rng
    lines = ["import pytest", "", "from app.main import create_app", "", "",
             "@pytest.fixture(scope=\"session\")", "def app():", "    return create_app(testing=True)", "", "",
             "@pytest.fixture", "def %s_config():" % c.pword, "    # shared %s config for the contract tests" % c.p["display"], "    return {"]
    if c.has_id:
        lines.append('        "%s": %s,' % (c.idname("snake"), c.idlit("py")))
    lines.append('        "%s": %s,' % (c.name("snake"), c.lit("py")))
    lines += ['        "base_url": "%s",' % c.p["base"], '        "timeout": 20,', "    }", "", "",
              "@pytest.fixture", "def client(app):", "    return app.test_client()"]
    return r.choice(["tests/conftest.py", "tests/integration/conftest.py"]), "python", "\n".join(lines) + "\n"


def t_js_config(c):
    r = c.rng
    lines = ["'use strict';", "", "module.exports = {", "  port: process.env.PORT || %d," % r.choice([3000, 8080, 4000]),
             "  logLevel: '%s'," % r.choice(["info", "debug"]), "  %s: {" % style([c.pword], "camel")]
    if c.has_id:
        lines.append("    %s: %s," % (c.idname("camel"), c.idlit("js")))
    lines.append("    %s: %s," % (c.name("camel"), c.lit("js")))
    lines += ["    baseUrl: '%s'," % c.p["base"], "    timeoutMs: %d," % r.choice([5000, 10000, 15000]), "  },",
              "  redis: { url: process.env.REDIS_URL || 'redis://localhost:6379' },", "};"]
    return r.choice(["config/default.js", "src/config.js", "config/index.js"]), "javascript", "\n".join(lines) + "\n"


def t_ts_service(c):
    r = c.rng
    cls = pascal_app(c.slug) + "Service"
    body = render_http(c, "ts")
    lines = ["import { Logger } from './logger';", "", "const log = new Logger('%s');" % cls, "",
             "export async function %s(): Promise<unknown> {" % r.choice(["fetchAccounts", "listResources", "healthCheck", "refreshToken"])]
    lines += ["  " + ln if ln else "" for ln in body]
    lines += ["  const json = await resp.json();", "  log.info('ok', { status: resp.status });", "  return json;", "}"]
    return r.choice(["src/services/%s.service.ts" % c.slug, "src/lib/%s.ts" % c.slug, "server/%s/client.ts" % c.slug]), "typescript", "\n".join(lines) + "\n"


def t_ts_nest(c):
    r = c.rng
    P_ = pascal_app(c.slug)
    lines = ["import { Module } from '@nestjs/common';", "import { HttpModule } from '@nestjs/axios';",
             "import { %sService } from './%s.service';" % (P_, c.slug), "import { %sController } from './%s.controller';" % (P_, c.slug), "",
             "@Module({", "  imports: [", "    HttpModule.register({", "      baseURL: '%s'," % c.p["base"],
             "      timeout: %d," % r.choice([5000, 8000, 10000]), "    }),", "  ],", "  providers: [", "    %sService," % P_,
             "    {", "      provide: '%s_OPTIONS'," % c.pword.upper(), "      useValue: {"]
    if c.has_id:
        lines.append("        %s: %s," % (c.idname("camel"), c.idlit("ts")))
    lines.append("        %s: %s," % (c.name("camel"), c.lit("ts")))
    lines += ["        environment: '%s'," % r.choice(["sandbox", "production"]), "      },", "    },", "  ],",
              "  controllers: [%sController]," % P_, "  exports: [%sService]," % P_, "})", "export class %sModule {}" % P_]
    return "src/%s/%s.module.ts" % (c.slug, c.slug), "typescript", "\n".join(lines) + "\n"


def t_js_next_api(c):
    r = c.rng
    body = render_http(c, "js")
    lines = ["// %s" % r.choice(["Next.js API route – server side only", "API route used by the dashboard", "proxy to the aggregator"]),
             "export default async function handler(req, res) {", "  if (req.method !== 'POST') {",
             "    return res.status(405).json({ error: 'method not allowed' });", "  }", ""]
    lines += ["  " + ln if ln else "" for ln in body]
    lines += ["  const payload = await resp.json();",
              "  return res.status(200).json(payload);", "}"]
    return r.choice(["pages/api/%s/sync.js" % c.slug, "pages/api/bank/refresh.js", "api/%s.js" % c.slug]), "javascript", "\n".join(lines) + "\n"


def t_js_url_userinfo(c):
    r = c.rng
    host = c.p["base"].split("//")[1].split("/")[0]
    path = "/" + "/".join(c.p["base"].split("//")[1].split("/")[1:])
    user = c.idv if c.has_id else r.choice(["api", "app"])
    lines = ["const axios = require('axios');", "", comment_line(r, c, "//"),
             "const %s = 'https://%s:%s@%s%s';" % (r.choice(["endpoint", "baseURL", "upstream", "target"]), user, c.raw(), host, path.rstrip("/")),
             "", "async function ping() {", "  const { data } = await axios.get(%s + '/health');" % r.choice(["endpoint", "baseURL", "upstream", "target"]).replace(r.choice(["endpoint"]), "endpoint"),
             "  return data;", "}", "", "module.exports = { ping };"]
    # make variable names consistent
    text = "\n".join(lines) + "\n"
    vn = lines[3].split()[1]
    text = text.replace("axios.get(endpoint", "axios.get(%s" % vn).replace("axios.get(baseURL", "axios.get(%s" % vn).replace("axios.get(upstream", "axios.get(%s" % vn).replace("axios.get(target", "axios.get(%s" % vn)
    return r.choice(["src/lib/%s-http.js" % c.slug, "lib/upstream.js"]), "javascript", text


def t_java_props(c):
    r = c.rng
    pre = r.choice(["%s" % c.pword, "integrations.%s" % c.pword, "app.%s" % c.pword])
    lines = ["# %s" % r.choice(["Spring Boot configuration", "application properties", "prod profile"]),
             "spring.application.name=%s-service" % app(r), "server.port=%d" % r.choice([8080, 8081, 9000]),
             "spring.datasource.url=jdbc:postgresql://db:5432/%s" % app(r).replace("-", "_"),
             "spring.datasource.username=app", "spring.jpa.hibernate.ddl-auto=validate", "",
             comment_line(r, c), "%s.base-url=%s" % (pre, c.p["base"])]
    if c.has_id:
        lines.append("%s.%s=%s" % (pre, c.idname("kebab"), c.idv))
    lines.append("%s.%s=%s" % (pre, c.name("kebab"), c.lit("props")))
    lines += ["%s.read-timeout=15s" % pre, "", "management.endpoints.web.exposure.include=health,info"]
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), "properties", "\n".join(lines) + "\n"


def t_spring_yml(c):
    r = c.rng
    lines = ["spring:", "  application:", "    name: %s-aggregation" % app(r), "  datasource:",
             "    url: jdbc:postgresql://db:5432/ledger", "    username: app", "",
             "%s:" % r.choice(["integrations", "openbanking", "providers"]), "  %s:" % c.pword,
             "    base-url: %s" % c.p["base"]]
    if c.has_id:
        lines.append("    %s: %s" % (c.idname("kebab"), c.idlit("yaml")))
    lines.append("    %s: %s" % (c.name("kebab"), c.lit("yaml")))
    lines += ["    retry:", "      max-attempts: %d" % r.choice([3, 5]), "      backoff: 500ms", "",
              "logging:", "  level:", "    root: INFO", "    com.%s: DEBUG" % r.choice(ORGS)]
    return r.choice(["src/main/resources/application-%s.yml" % r.choice(["prod", "staging", "local"]), "src/main/resources/application.yml"]), "yaml", "\n".join(lines) + "\n"


def t_java_config(c):
    r = c.rng
    org = r.choice(ORGS)
    P_ = pascal_app(c.slug)
    lines = ["package com.%s.banking.%s;" % (org, c.slug), "", "import org.springframework.context.annotation.Bean;",
             "import org.springframework.context.annotation.Configuration;", "import java.time.Duration;", "",
             "@Configuration", "public class %sConfig {" % P_, ""]
    if c.has_id:
        lines.append("    private static final String %s = %s;" % (c.idname("scream"), c.idlit("java")))
    lines.append("    private static final String %s = %s;" % (c.name("scream"), c.lit("java")))
    args = ([c.idname("scream")] if c.has_id else []) + [c.name("scream")]
    lines += ["", "    @Bean", "    public %sClient %sClient() {" % (P_, c.slug), "        return %sClient.builder()" % P_,
              '                .baseUrl("%s")' % c.p["base"], "                .credentials(%s)" % ", ".join(args),
              "                .timeout(Duration.ofSeconds(%d))" % r.choice([10, 20, 30]), "                .build();", "    }", "}"]
    return "src/main/java/com/%s/banking/%s/%sConfig.java" % (org, c.slug, P_), "java", "\n".join(lines) + "\n"


def t_java_test(c):
    r = c.rng
    org = r.choice(ORGS)
    P_ = pascal_app(c.slug)
    args = ([c.idlit("java")] if c.has_id else []) + [c.lit("java")]
    lines = ["package com.%s.banking.%s;" % (org, c.slug), "", "import org.junit.jupiter.api.Test;",
             "import static org.assertj.core.api.Assertions.assertThat;", "", "class %sClientIT {" % P_, "",
             "    private final %sClient client = new %sClient(" % (P_, P_), '            "%s",' % c.p["base"]]
    for i, a in enumerate(args):
        lines.append("            %s%s" % (a, "," if i < len(args) - 1 else ");"))
    lines += ["", "    @Test", "    void listsAccounts() {", "        var accounts = client.listAccounts();",
              "        assertThat(accounts).isNotEmpty();", "    }", "}"]
    return "src/test/java/com/%s/banking/%s/%sClientIT.java" % (org, c.slug, P_), "java", "\n".join(lines) + "\n"


def t_kotlin(c):
    r = c.rng
    org = r.choice(ORGS)
    P_ = pascal_app(c.slug)
    lines = ["package com.%s.aggregation" % org, "", "import io.ktor.client.HttpClient",
             "import io.ktor.client.engine.cio.CIO", "", "object %sSettings {" % P_,
             '    const val BASE_URL = "%s"' % c.p["base"]]
    if c.has_id:
        lines.append("    const val %s = %s" % (c.idname("scream"), c.idlit("kt")))
    lines.append("    const val %s = %s" % (c.name("scream"), c.lit("kt")) if c.mode != "envref" else "    val %s: String = %s" % (c.name("scream"), c.lit("kt")))
    lines += ["}", "", "class %sClient(private val http: HttpClient = HttpClient(CIO)) {" % P_,
              "    suspend fun ping(): Boolean = true", "}"]
    return "src/main/kotlin/com/%s/aggregation/%sSettings.kt" % (org, P_), "kotlin", "\n".join(lines) + "\n"


def t_go_client(c):
    r = c.rng
    spec = auth_spec(c)
    imports = ['"context"', '"net/http"', '"os"']
    if spec.get("fields") and spec["mode"] in ("json", "rawbasic"):
        imports += ['"bytes"', '"encoding/json"']
    elif spec.get("fields"):
        imports += ['"net/url"', '"strings"']
    if spec["mode"] == "codat":
        imports.append('"encoding/base64"')
    lines = ["package %s" % c.slug, "", "import ("] + ["\t" + i for i in sorted(imports)] + [")", "",
             "var _ = os.Getenv", "", "type Client struct {", "\thttp *http.Client", "}", "",
             "// Probe performs an authenticated call against the %s API." % c.p["display"],
             "func (c *Client) Probe(ctx context.Context) (*http.Response, error) {"]
    lines += render_http(c, "go") + ["}"]
    return r.choice(["internal/%s/client.go" % c.slug, "pkg/%s/probe.go" % c.slug]), "go", "\n".join(lines) + "\n"


def t_go_flags(c):
    r = c.rng
    lines = ["package main", "", "import (", '\t"flag"', '\t"log"', ")", "", "func main() {",
             '\taddr := flag.String("addr", ":%d", "listen address")' % r.choice([8080, 9090])]
    if c.has_id:
        lines.append('\t%s := flag.String("%s", %s, "%s")' % (c.idname("camel"), c.idname("kebab"), c.idlit("go"), c.p["id_label"] or "id"))
    lines.append('\t%s := flag.String("%s", %s, "%s")' % (c.name("camel"), c.name("kebab"), c.lit("go"), r.choice(["upstream credential", "value for the aggregator", "", "see README"])))
    lines += ["\tflag.Parse()", "", "\tsrv, err := newServer(*addr, %s)" % ", ".join((["*" + c.idname("camel")] if c.has_id else []) + ["*" + c.name("camel")]),
              "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}", "\tlog.Fatal(srv.ListenAndServe())", "}"]
    return "cmd/%s-sync/main.go" % c.slug, "go", "\n".join(lines) + "\n"


def t_rb_initializer(c):
    r = c.rng
    lines = ["# frozen_string_literal: true", "", "# %s client configuration" % c.p["display"],
             "%s.configure do |config|" % pascal_app(c.slug)]
    if c.has_id:
        lines.append("  config.%s = %s" % (c.idname("snake"), c.idlit("rb")))
    lines.append("  config.%s = %s" % (c.name("snake"), c.lit("rb")))
    lines += ["  config.environment = Rails.env.production? ? :production : :sandbox",
              "  config.logger = Rails.logger", "  config.timeout = %d" % r.choice([10, 20, 30]), "end"]
    return "config/initializers/%s.rb" % c.slug, "ruby", "\n".join(lines) + "\n"


def t_rb_service(c):
    r = c.rng
    lines = ["# frozen_string_literal: true", "", 'require "faraday"', 'require "base64"' if c.slug == "codat" else 'require "json"', "",
             "module Banking", "  class %sSync" % pascal_app(c.slug), "    def call"]
    body = render_http(c, "rb")
    lines += ["      " + ln if ln else "" for ln in body]
    lines += ["      response.body", "    end", "  end", "end"]
    return "app/services/banking/%s_sync.rb" % c.slug, "ruby", "\n".join(lines) + "\n"


def t_cs_appsettings(c):
    r = c.rng
    sect = {}
    if c.has_id:
        sect[c.idname("pascal")] = c.idv
    inner = []
    inner.append('    "BaseUrl": "%s"' % c.p["base"])
    if c.has_id:
        inner.append('    "%s": %s' % (c.idname("pascal"), c.idlit("json")))
    inner.append('    "%s": %s' % (c.name("pascal"), c.lit("json")))
    inner.append('    "TimeoutSeconds": %d' % r.choice([10, 30]))
    lines = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"',
             "    }", "  },", '  "AllowedHosts": "*",', '  "%s": {' % pascal_app(c.slug), ",\n".join(inner), "  },",
             '  "Features": { "EnableBankFeeds": %s }' % r.choice(["true", "false"]), "}"]
    return r.choice(["src/%s.Api/appsettings.json" % pascal_app(app(r)), "appsettings.Development.json", "src/Web/appsettings.Production.json"]), "json", "\n".join(lines) + "\n"


def t_cs_program(c):
    r = c.rng
    P_ = pascal_app(c.slug)
    lines = ["using System.Net.Http.Headers;", "using System.Text;", "", "var builder = WebApplication.CreateBuilder(args);", ""]
    if c.has_id:
        lines.append("const string %s = %s;" % (c.idname("pascal"), c.idlit("cs")))
    lines.append(("const string %s = %s;" if c.mode != "envref" else "var %s = %s;") % (c.name("pascal"), c.lit("cs")))
    if c.has_id:
        hdr = 'new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{%s}:{%s}")))' % (c.idname("pascal"), c.name("pascal"))
    else:
        hdr = 'new AuthenticationHeaderValue("Bearer", %s)' % c.name("pascal")
    lines += ["", 'builder.Services.AddHttpClient("%s", client =>' % P_, "{",
              '    client.BaseAddress = new Uri("%s");' % c.p["base"],
              "    client.DefaultRequestHeaders.Authorization = %s;" % hdr, "});", "",
              "var app = builder.Build();", 'app.MapGet("/health", () => Results.Ok("ok"));', "app.Run();"]
    return "src/%s.Worker/Program.cs" % pascal_app(app(r)), "csharp", "\n".join(lines) + "\n"


def t_dotenv(c):
    r = c.rng
    lines = ["# %s" % r.choice(["local development", "copied from 1password on onboarding", "staging env", ".env for docker"]),
             "NODE_ENV=%s" % r.choice(["development", "production"]), "PORT=%d" % r.choice([3000, 8000, 8080]),
             "DATABASE_URL=%s" % db_url(r), "LOG_LEVEL=info", ""]
    if c.has_id:
        lines.append("%s=%s" % (c.idname("scream"), c.idlit("env")))
    lines.append("%s=%s" % (c.name("scream"), c.lit("env")))
    lines += ["%s_ENV=%s" % (c.pword.upper(), r.choice(["sandbox", "production"])), "REDIS_URL=redis://localhost:6379/1"]
    return r.choice([".env", ".env.local", ".env.production", "backend/.env", ".env.staging"]), "dotenv", "\n".join(lines) + "\n"


def t_sh_exports(c):
    r = c.rng
    lines = ["#!/usr/bin/env bash", "# source me: . scripts/dev-env.sh", "set -a", "",
             "export APP_ENV=%s" % r.choice(["dev", "local"]), "export DATABASE_URL=%s" % db_url(r)]
    if c.has_id:
        lines.append("export %s=%s" % (c.idname("scream"), c.idlit("sh")))
    lines.append("export %s=%s" % (c.name("scream"), c.lit("sh")))
    lines += ["export %s_BASE_URL=%s" % (c.pword.upper(), c.p["base"]), "", "set +a", 'echo "env loaded for $APP_ENV"']
    return r.choice(["scripts/dev-env.sh", "env.sh", "bin/setenv.sh"]), "shell", "\n".join(lines) + "\n"


def t_sh_curl(c):
    r = c.rng
    lines = ["#!/usr/bin/env bash", "# quick smoke test against %s" % c.p["display"], "set -euo pipefail", ""]
    lines += render_http(c, "sh")
    return r.choice(["scripts/smoke_%s.sh" % c.slug, "bin/%s-check.sh" % c.slug, "tools/curl_%s.sh" % c.slug]), "shell", "\n".join(lines) + "\n"


def t_compose(c):
    r = c.rng
    a = app(r)
    lines = ["version: \"3.9\"", "services:", "  api:", "    build: .", "    ports:", '      - "8000:8000"',
             "    depends_on:", "      - db", "    environment:", "      APP_ENV: %s" % r.choice(["staging", "local"]),
             "      DATABASE_URL: postgres://app@db:5432/%s" % a.replace("-", "_")]
    if c.has_id:
        lines.append("      %s: %s" % (c.idname("scream"), c.idlit("compose")))
    lines.append("      %s: %s" % (c.name("scream"), c.lit("compose")))
    lines += ["  db:", "    image: postgres:%d" % r.choice([14, 15, 16]), "    environment:",
              "      POSTGRES_HOST_AUTH_METHOD: trust", "    volumes:", "      - pgdata:/var/lib/postgresql/data", "",
              "volumes:", "  pgdata: {}"]
    return r.choice(["docker-compose.yml", "docker-compose.override.yml", "deploy/docker-compose.staging.yml"]), "docker-compose", "\n".join(lines) + "\n"


def t_k8s_secret(c):
    r = c.rng
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % c.slug,
             "  namespace: %s" % r.choice(["payments", "aggregation", "default", "banking"]), "  labels:",
             "    app.kubernetes.io/name: %s" % app(r), "type: Opaque", "stringData:"]
    if c.has_id:
        lines.append("  %s: %s" % (c.idname("snake"), c.idlit("yaml")))
    lines.append("  %s: %s" % (c.name("snake"), c.lit("yaml")))
    lines.append("  %s_environment: %s" % (c.pword, r.choice(["production", "sandbox"])))
    return r.choice(["k8s/%s-secret.yaml" % c.slug, "deploy/k8s/secrets.yaml", "manifests/base/%s-credentials.yaml" % c.slug]), "kubernetes", "\n".join(lines) + "\n"


def t_helm(c):
    r = c.rng
    lines = ["replicaCount: %d" % r.choice([2, 3]), "image:", "  repository: ghcr.io/%s/%s" % (r.choice(ORGS), app(r)),
             "  tag: \"%d.%d.%d\"" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)), "", "service:", "  port: 8080", "",
             "%s:" % style([c.pword], "camel"), "  enabled: true", "  baseUrl: %s" % c.p["base"]]
    if c.has_id:
        lines.append("  %s: %s" % (c.idname("camel"), c.idlit("yaml")))
    lines.append("  %s: %s" % (c.name("camel"), c.lit("yaml")))
    lines += ["", "resources:", "  limits:", "    memory: 512Mi"]
    return r.choice(["charts/%s/values.yaml" % app(r), "helm/values-prod.yaml", "deploy/helm/%s/values-staging.yaml" % app(r)]), "helm", "\n".join(lines) + "\n"


def t_terraform(c):
    r = c.rng
    lines = ['resource "aws_secretsmanager_secret" "%s" {' % c.slug, '  name = "%s/%s/credentials"' % (env_of(r), c.slug), "}", "",
             'resource "aws_secretsmanager_secret_version" "%s" {' % c.slug,
             "  secret_id = aws_secretsmanager_secret.%s.id" % c.slug, "  secret_string = jsonencode({"]
    if c.has_id:
        lines.append("    %s = %s" % (c.idname("snake"), c.idlit("tf")))
    lines.append("    %s = %s" % (c.name("snake"), c.lit("tf")))
    lines += ["  })", "}", "", 'output "%s_secret_arn" {' % c.slug, "  value = aws_secretsmanager_secret.%s.arn" % c.slug, "}"]
    return r.choice(["infra/%s.tf" % c.slug, "terraform/secrets.tf", "infra/modules/aggregation/main.tf"]), "terraform", "\n".join(lines) + "\n"


def t_tfvars(c):
    r = c.rng
    lines = ['environment   = "%s"' % r.choice(["prod", "staging"]), 'region        = "%s"' % r.choice(REGIONS),
             "instance_count = %d" % r.choice([2, 3, 4]), ""]
    if c.has_id:
        lines.append("%s = %s" % (c.idname("snake"), c.idlit("tf")))
    lines.append("%s = %s" % (c.name("snake"), c.lit("tf")) if c.mode != "envref" else "# %s is injected by the pipeline (TF_VAR_%s)" % (c.name("snake"), c.name("snake")))
    lines += ['alert_email = "oncall@%s.com"' % r.choice(ORGS)]
    return r.choice(["infra/envs/prod.tfvars", "terraform/staging.auto.tfvars", "infra/terraform.tfvars"]), "terraform", "\n".join(lines) + "\n"


def t_postman_collection(c):
    r = c.rng
    spec = auth_spec(c)
    vars_ = [{"key": "baseUrl", "value": "/".join(spec["url"].split("/")[:3])}]
    if c.has_id:
        vars_.append({"key": c.idname("camel"), "value": c.idv})
    sv = c.raw() if c.mode != "envref" else "{{%s}}" % c.obv("camel")
    vars_.append({"key": c.name("camel"), "value": sv})
    path = spec["url"].split("/", 3)[3] if spec["url"].count("/") >= 3 else ""
    item = {"name": r.choice(["List resources", "Get token", "Smoke test"]),
            "request": {"method": spec["method"], "header": [{"key": "Content-Type", "value": "application/json"}],
                        "url": {"raw": "{{baseUrl}}/" + path, "host": ["{{baseUrl}}"], "path": path.split("?")[0].split("/")}}}
    coll = {"info": {"_postman_id": ruuid(r), "name": "%s API" % c.p["display"],
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "item": [item], "variable": vars_}
    if spec["mode"] == "basic" and c.has_id:
        coll["auth"] = {"type": "basic", "basic": [{"key": "username", "value": "{{%s}}" % c.idname("camel"), "type": "string"},
                                                   {"key": "password", "value": "{{%s}}" % c.name("camel"), "type": "string"}]}
    elif spec["mode"] in ("bearer",):
        coll["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": "{{%s}}" % c.name("camel"), "type": "string"}]}
    return "postman/%s.postman_collection.json" % pascal_app(c.slug), "postman", json.dumps(coll, indent=r.choice([2, 4])) + "\n"


def t_postman_env(c):
    r = c.rng
    vals = [{"key": "baseUrl", "value": c.p["base"], "type": "default", "enabled": True}]
    if c.has_id:
        vals.append({"key": c.idname("camel"), "value": c.idv, "type": "default", "enabled": True})
    vals.append({"key": c.name("camel"), "value": c.raw() if c.mode != "envref" else "", "type": "secret", "enabled": True})
    envn = r.choice(["Sandbox", "Production", "Staging"])
    env = {"id": ruuid(r), "name": "%s %s" % (c.p["display"], envn), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_at": "2024-%02d-%02dT10:%02d:00.000Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
           "_postman_exported_using": "Postman/10.%d.%d" % (r.randint(10, 24), r.randint(0, 9))}
    return "postman/%s-%s.postman_environment.json" % (c.slug, envn.lower()), "postman", json.dumps(env, indent=2) + "\n"


def nb(cells):
    out = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        lines = src.split("\n")
        cell = {"cell_type": kind, "id": "c%04d" % i, "metadata": {}, "source": [l + "\n" for l in lines[:-1]] + [lines[-1]]}
        if kind == "code":
            cell["execution_count"] = i
            cell["outputs"] = []
        out["cells"].append(cell)
    return json.dumps(out, indent=1) + "\n"


def t_ipynb(c):
    r = c.rng
    body = render_http(c, "py")
    cells = [("markdown", "# %s exploration\nPull a sample of data to sanity-check the categorisation model." % c.p["display"]),
             ("code", "import base64\nimport requests\nimport pandas as pd" if c.slug == "codat" else "import requests\nimport pandas as pd"),
             ("code", "\n".join(body)),
             ("code", "df = pd.json_normalize(resp.json())\ndf.head()")]
    return r.choice(["notebooks/%s_exploration.ipynb" % c.slug, "analysis/%s-sample.ipynb" % c.slug]), "jupyter", nb(cells)


def t_md_guide(c):
    r = c.rng
    lines = ["# %s integration" % c.p["display"], "",
             "This service talks to %s to %s." % (c.p["display"], r.choice(["pull balances and transactions", "verify account ownership", "sync bank feeds into the ledger"])),
             "", "## Getting a token", "", "Run this from a machine on the VPN:", "", "```bash"]
    lines += render_http(c, "sh")
    lines += ["```", "", "## Troubleshooting", "", "- `401` usually means the credentials were rotated.",
              "- Sandbox and production use different base URLs."]
    return r.choice(["docs/integrations/%s.md" % c.slug, "README.%s.md" % c.slug, "docs/%s-setup.md" % c.slug]), "markdown", "\n".join(lines) + "\n"


def t_md_runbook(c):
    r = c.rng
    lines = ["# Runbook: %s outage" % c.p["display"], "", "Owner: @%s-team" % r.choice(["payments", "data", "platform"]), "",
             "## Credentials", "", "| env | setting | value |", "|-----|---------|-------|"]
    e = r.choice(["prod", "staging"])
    if c.has_id:
        lines.append("| %s | %s | `%s` |" % (e, c.idname("snake"), c.idv))
    lines.append("| %s | %s | `%s` |" % (e, c.name("snake"), c.raw() if c.mode != "envref" else "see `" + c.obv("scream") + "` in Vault"))
    lines += ["", "## Steps", "", "1. Check the provider status page.", "2. Look for 5xx in the `%s-sync` dashboard." % c.slug,
              "3. If tokens fail, rotate and redeploy."]
    return r.choice(["notes/runbook.md", "docs/runbooks/%s.md" % c.slug, "ops/%s-incident.md" % c.slug]), "markdown", "\n".join(lines) + "\n"


def t_gha(c):
    r = c.rng
    lines = ["name: %s" % r.choice(["deploy", "nightly-sync", "integration-tests"]), "", "on:", "  push:", "    branches: [main]",
             "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:",
             "      APP_ENV: %s" % r.choice(["staging", "ci"])]
    if c.has_id:
        lines.append("      %s: %s" % (c.idname("scream"), c.idlit("yaml")))
    lines.append("      %s: %s" % (c.name("scream"), c.lit("gha") if c.mode == "envref" else c.lit("yaml")))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
              "          python-version: \"3.12\"", "      - run: pip install -r requirements.txt", "      - run: pytest -m %s" % c.slug]
    return ".github/workflows/%s.yml" % r.choice(["deploy", "ci", "%s-sync" % c.slug]), "github-actions", "\n".join(lines) + "\n"


def t_gitlab(c):
    r = c.rng
    lines = ["stages:", "  - test", "  - deploy", "", "variables:", "  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\""]
    if c.has_id:
        lines.append("  %s: %s" % (c.idname("scream"), c.idlit("yaml")))
    lines.append("  %s: %s" % (c.name("scream"), c.lit("yaml") if c.mode != "envref" else '"$%s"' % c.obv("scream")))
    lines += ["", "test:", "  stage: test", "  image: python:3.12", "  script:", "    - pip install -r requirements.txt", "    - pytest", "",
              "deploy:", "  stage: deploy", "  script:", "    - ./scripts/deploy.sh", "  only:", "    - main"]
    return ".gitlab-ci.yml", "gitlab-ci", "\n".join(lines) + "\n"


def t_toml(c):
    r = c.rng
    lines = ["[server]", 'bind = "0.0.0.0:%d"' % r.choice([8080, 3000]), 'log_level = "info"', "", "[%s]" % c.pword,
             'base_url = "%s"' % c.p["base"]]
    if c.has_id:
        lines.append("%s = %s" % (c.idname("snake"), c.idlit("toml")))
    lines.append("%s = %s" % (c.name("snake"), c.lit("toml")))
    lines += ["timeout_secs = %d" % r.choice([10, 30]), "", "[database]", 'url = "%s"' % db_url(r)]
    return r.choice(["config/%s.toml" % r.choice(["production", "default", "local"]), "settings.toml"]), "toml", "\n".join(lines) + "\n"


def t_ini(c):
    r = c.rng
    lines = ["[app]", "name = %s" % app(r), "debug = false", "", "[%s]" % c.pword, "base_url = %s" % c.p["base"]]
    if c.has_id:
        lines.append("%s = %s" % (c.idname("snake"), c.idv))
    lines.append("%s = %s" % (c.name("snake"), c.lit("ini")))
    lines += ["", "[logging]", "level = INFO"]
    return r.choice(["config/app.ini", "conf/%s.ini" % c.slug, "settings.ini"]), "ini", "\n".join(lines) + "\n"


def t_xml(c):
    r = c.rng
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
             '    <add key="Environment" value="%s" />' % r.choice(["Production", "Staging"]),
             '    <add key="%s:BaseUrl" value="%s" />' % (pascal_app(c.slug), c.p["base"])]
    if c.has_id:
        lines.append('    <add key="%s:%s" value="%s" />' % (pascal_app(c.slug), c.idname("pascal"), c.idv))
    lines.append('    <add key="%s:%s" value="%s" />' % (pascal_app(c.slug), c.name("pascal"), c.lit("xml")))
    lines += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return r.choice(["Web.config", "src/Legacy.Sync/App.config"]), "xml", "\n".join(lines) + "\n"


def t_http(c):
    r = c.rng
    lines = ["# REST Client requests for %s" % c.p["display"], ""] + render_http(c, "http")
    return r.choice(["http/%s.http" % c.slug, "requests/%s.http" % c.slug, "api.http"]), "http", "\n".join(lines) + "\n"


def t_dockerfile(c):
    r = c.rng
    lines = ["FROM python:3.12-slim", "", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt",
             "COPY . .", "", "ENV PYTHONUNBUFFERED=1 \\", "    APP_ENV=%s" % r.choice(["production", "staging"])]
    if c.has_id:
        lines.append("ENV %s=%s" % (c.idname("scream"), c.idlit("docker")))
    lines.append("ENV %s=%s" % (c.name("scream"), c.lit("docker")))
    lines += ["", "EXPOSE 8000", 'CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]']
    return r.choice(["Dockerfile", "docker/worker.Dockerfile", "services/sync/Dockerfile"]), "dockerfile", "\n".join(lines) + "\n"


def t_php(c):
    r = c.rng
    lines = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),", "    ],", "",
             "    '%s' => [" % c.slug, "        'base_url' => '%s'," % c.p["base"]]
    if c.has_id:
        lines.append("        '%s' => %s," % (c.idname("snake"), c.idlit("php")))
    lines.append("        '%s' => %s," % (c.name("snake"), c.lit("php")))
    lines += ["        'env' => '%s'," % r.choice(["sandbox", "production"]), "    ],", "", "];"]
    return "config/services.php", "php", "\n".join(lines) + "\n"


def t_rust(c):
    r = c.rng
    lines = ["use std::time::Duration;", "", "pub const BASE_URL: &str = \"%s\";" % c.p["base"]]
    if c.has_id:
        lines.append("pub const %s: &str = %s;" % (c.idname("scream"), c.idlit("rust")))
    if c.mode == "envref":
        lines += ["", "pub fn %s() -> String {" % c.name("snake"), "    %s" % c.lit("rust"), "}"]
    else:
        lines.append("pub const %s: &str = %s;" % (c.name("scream"), c.lit("rust")))
    lines += ["pub const TIMEOUT: Duration = Duration::from_secs(%d);" % r.choice([10, 30]), "",
              "pub fn user_agent() -> String {", '    format!("%s/{}", env!("CARGO_PKG_VERSION"))' % app(r), "}"]
    return r.choice(["src/config.rs", "crates/%s-client/src/consts.rs" % c.slug]), "rust", "\n".join(lines) + "\n"


def t_elixir(c):
    r = c.rng
    lines = ["import Config", "", "if config_env() == :prod do", "  config :%s, %s.Repo," % (app(r).replace("-", "_"), pascal_app(app(r))),
             '    url: System.get_env("DATABASE_URL"),', "    pool_size: 10", "end", "",
             "config :%s, :%s," % (app(r).replace("-", "_"), c.slug), '  base_url: "%s",' % c.p["base"]]
    if c.has_id:
        lines.append("  %s: %s," % (c.idname("snake"), c.idlit("ex")))
    lines.append("  %s: %s" % (c.name("snake"), c.lit("ex")))
    return "config/runtime.exs", "elixir", "\n".join(lines) + "\n"


def t_serverless(c):
    r = c.rng
    lines = ["service: %s-%s-sync" % (app(r), c.slug), "", "provider:", "  name: aws", "  runtime: nodejs20.x",
             "  region: %s" % r.choice(REGIONS), "  environment:", "    STAGE: ${sls:stage}"]
    if c.has_id:
        lines.append("    %s: %s" % (c.idname("scream"), c.idlit("yaml")))
    lines.append("    %s: %s" % (c.name("scream"), c.lit("yaml") if c.mode != "envref" else "${ssm:/%s/%s}" % (c.slug, c.obv("snake"))))
    lines += ["", "functions:", "  sync:", "    handler: src/handler.sync", "    events:", "      - schedule: rate(%d hours)" % r.choice([1, 6, 12])]
    return "serverless.yml", "serverless", "\n".join(lines) + "\n"


def t_json_config(c):
    r = c.rng
    sect = {"baseUrl": c.p["base"]}
    if c.has_id:
        sect[c.idname("camel")] = c.idv
    sect[c.name("camel")] = c.raw() if c.mode != "envref" else "${%s}" % c.obv("scream")
    sect["retries"] = r.choice([2, 3])
    cfg = {"server": {"port": r.choice([3000, 8080])}, "logger": {"level": "info"}, c.pword: sect}
    return r.choice(["config/production.json", "config/default.json", "config/%s.json" % c.slug]), "json", json.dumps(cfg, indent=2) + "\n"


def t_js_url(c):
    if auth_spec(c)["mode"] == "basic":
        return t_js_url_userinfo(c)
    return t_js_config(c)


TOKEN_TEMPLATES = [t_py_django, t_py_pydantic, t_py_client, t_py_positional, t_py_conftest, t_js_config, t_ts_service,
                   t_ts_nest, t_js_next_api, t_js_url, t_java_props, t_spring_yml, t_java_config, t_java_test, t_kotlin,
                   t_go_client, t_go_flags, t_rb_initializer, t_rb_service, t_cs_appsettings, t_cs_program, t_dotenv,
                   t_sh_exports, t_sh_curl, t_compose, t_k8s_secret, t_helm, t_terraform, t_tfvars, t_postman_collection,
                   t_postman_env, t_ipynb, t_md_guide, t_md_runbook, t_gha, t_gitlab, t_toml, t_ini, t_xml, t_http,
                   t_dockerfile, t_php, t_rust, t_elixir, t_serverless, t_json_config]

# ---------------------------------------------------------------------------
# PEM private-key templates (Teller mTLS, PSD2 QWAC / QSealC)
# c.block is the PEM text (private key for positives; certificate / public
# key / placeholder block for negatives); c.block_kind tells which.
# ---------------------------------------------------------------------------
def pem_purpose(c):
    return {"teller_private_key": "teller", "psd2_qwac_private_key": "qwac", "psd2_qseal_private_key": "qseal"}.get(c.kind, "mtls")


def pem_filename(c):
    pur = pem_purpose(c)
    bk = c.block_kind
    if bk == "cert":
        return c.rng.choice(["%s.crt" % pur, "%s_cert.pem" % pur, "certificate.pem"])
    if bk == "pub":
        return c.rng.choice(["%s_public.pem" % pur, "%s.pub.pem" % pur])
    return c.rng.choice(["%s.key" % pur, "%s_private_key.pem" % pur, "private_key.pem", "%s-signing.key" % pur]) \
        if pur != "teller" else c.rng.choice(["private_key.pem", "teller_key.pem", "client.key"])


def indent_block(block, n):
    return "\n".join(" " * n + ln for ln in block.split("\n"))


def p_pem_file(c):
    r = c.rng
    d = {"teller": "certs/teller", "qwac": "certs/psd2", "qseal": "secrets/eidas"}.get(pem_purpose(c), "certs")
    d = r.choice([d, "config/certs", "infra/tls", "keys"])
    text = c.block + "\n"
    if r.random() < 0.25 and c.block_kind in ("key", "cert"):
        text = "Bag Attributes\n    friendlyName: %s\n    localKeyID: %s\n" % (
            r.choice(["qwac", "qseal", "teller-client", "obwac"]), " ".join(rhex(r, 2).upper() for _ in range(20))) + text
    return "%s/%s" % (d, pem_filename(c)), "pem", text


def p_k8s_tls(c):
    r = c.rng
    cert = certificate_pem(r)
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-client-cert" % pem_purpose(c),
             "  namespace: %s" % r.choice(["payments", "openbanking", "aggregation"]), "type: kubernetes.io/tls", "stringData:",
             "  tls.crt: |", indent_block(cert, 4)]
    if c.block_kind == "key":
        lines += ["  tls.key: |", indent_block(c.block, 4)]
    elif c.block_kind == "placeholder":
        lines += ["  tls.key: |", indent_block(c.block, 4)]
    else:
        lines += ["  ca.crt: |", indent_block(c.block, 4)]
    return "k8s/%s-tls-secret.yaml" % pem_purpose(c), "kubernetes", "\n".join(lines) + "\n"


def p_dotenv_escaped(c):
    r = c.rng
    name = {"key": "%s_PRIVATE_KEY", "cert": "%s_CERTIFICATE", "pub": "%s_PUBLIC_KEY", "placeholder": "%s_PRIVATE_KEY"}[c.block_kind] % pem_purpose(c).upper()
    if not c.obvious and c.block_kind == "key":
        name = r.choice(["CLIENT_PEM", "MTLS_MATERIAL", "OB_BLOB", "TLS_B"])
    esc = c.block.replace("\n", "\\n")
    lines = ["APP_ENV=%s" % r.choice(["staging", "production"]), "PORT=8080",
             "%s_BASE_URL=%s" % (pem_purpose(c).upper(), "https://api.teller.io" if pem_purpose(c) == "teller" else "https://ob.example-bank.eu/open-banking/v3.1"),
             "%s_CERT_PATH=/etc/%s/cert.pem" % (pem_purpose(c).upper(), pem_purpose(c)),
             '%s="%s"' % (name, esc), "LOG_LEVEL=info"]
    return r.choice([".env", ".env.production", "deploy/.env.%s" % pem_purpose(c)]), "dotenv", "\n".join(lines) + "\n"


def p_py_module(c):
    r = c.rng
    var = {"key": "PRIVATE_KEY_PEM", "cert": "CERT_PEM", "pub": "PUBLIC_KEY_PEM", "placeholder": "PRIVATE_KEY_PEM"}[c.block_kind]
    if not c.obvious and c.block_kind == "key":
        var = r.choice(["MATERIAL", "BLOB", "_PEM_B"])
    lines = ['"""mTLS / signing material for the %s connection."""' % ("Teller" if pem_purpose(c) == "teller" else "ASPSP"),
             "import ssl", "import tempfile", "", '%s = """%s"""' % (var, c.block), "", "",
             "def ssl_context(cert_path: str) -> ssl.SSLContext:",
             "    ctx = ssl.create_default_context()",
             "    with tempfile.NamedTemporaryFile(\"w\", suffix=\".pem\", delete=False) as fh:",
             "        fh.write(%s)" % var, "    ctx.load_cert_chain(cert_path, fh.name)" if c.block_kind in ("key", "placeholder") else "    ctx.load_verify_locations(fh.name)",
             "    return ctx"]
    return r.choice(["app/%s/certs.py" % pem_purpose(c), "src/openbanking/tls.py"]), "python", "\n".join(lines) + "\n"


def p_terraform(c):
    r = c.rng
    field = {"key": "tls.key", "cert": "tls.crt", "pub": "public.pem", "placeholder": "tls.key"}[c.block_kind]
    lines = ['resource "kubernetes_secret" "%s_mtls" {' % pem_purpose(c), "  metadata {", '    name      = "%s-mtls"' % pem_purpose(c),
             '    namespace = "%s"' % r.choice(["payments", "openbanking"]), "  }", "", "  data = {",
             '    "%s" = <<-EOT' % field, indent_block(c.block, 6), "    EOT", "  }", "}"]
    return r.choice(["infra/%s.tf" % pem_purpose(c), "terraform/mtls.tf"]), "terraform", "\n".join(lines) + "\n"


def p_helm(c):
    r = c.rng
    key = {"key": "clientKey", "cert": "clientCert", "pub": "signingPublicKey", "placeholder": "clientKey"}[c.block_kind]
    if not c.obvious and c.block_kind == "key":
        key = r.choice(["material", "pemB", "blob"])
    lines = ["image:", "  repository: ghcr.io/%s/ob-gateway" % r.choice(ORGS), "  tag: \"%d.%d.0\"" % (r.randint(1, 3), r.randint(0, 30)), "",
             "openBanking:", "  aspspBaseUrl: https://ob.example-bank.eu/open-banking/v3.1", "  mtls:", "    enabled: true",
             "    %s: |" % key, indent_block(c.block, 6), "", "ingress:", "  enabled: false"]
    return r.choice(["charts/ob-gateway/values-prod.yaml", "helm/values.yaml"]), "helm", "\n".join(lines) + "\n"


def p_json_escaped(c):
    r = c.rng
    key = {"key": "PrivateKeyPem", "cert": "CertificatePem", "pub": "PublicKeyPem", "placeholder": "PrivateKeyPem"}[c.block_kind]
    cfg = {"Logging": {"LogLevel": {"Default": "Information"}},
           "OpenBanking": {"AspspBaseUrl": "https://ob.example-bank.eu/open-banking/v3.1", "SoftwareId": ralnum_mixed(r, 18),
                           "OrganisationId": rng_orgid(r), key: c.block}}
    return r.choice(["appsettings.Production.json", "src/Gateway/appsettings.json"]), "json", json.dumps(cfg, indent=2) + "\n"


def p_md(c):
    r = c.rng
    lines = ["# %s certificate notes" % ("Teller" if pem_purpose(c) == "teller" else pem_purpose(c).upper()), "",
             "Issued by the QTSP on %d-%02d-%02d, renew before expiry." % (r.randint(2023, 2025), r.randint(1, 12), r.randint(1, 28)), "",
             "```"]
    lines += c.block.split("\n")
    lines += ["```", "", "Upload the certificate (not the key!) to the bank developer portal."]
    return r.choice(["docs/%s-certificates.md" % pem_purpose(c), "notes/certs.md"]), "markdown", "\n".join(lines) + "\n"


def p_go_const(c):
    r = c.rng
    var = {"key": "clientKeyPEM", "cert": "clientCertPEM", "pub": "verifyKeyPEM", "placeholder": "clientKeyPEM"}[c.block_kind]
    if not c.obvious and c.block_kind == "key":
        var = r.choice(["materialB", "blob", "pemData"])
    lines = ["package %s" % ("teller" if pem_purpose(c) == "teller" else "obclient"), "", "import (", '\t"crypto/tls"', ")", "",
             "const %s = `%s`" % (var, c.block), ""]
    if c.block_kind in ("key", "placeholder"):
        lines += ["func loadPair(certPEM []byte) (tls.Certificate, error) {", "\treturn tls.X509KeyPair(certPEM, []byte(%s))" % var, "}"]
    else:
        lines += ["func pinned() []byte {", "\treturn []byte(%s)" % var, "}", "", "var _ = tls.VersionTLS12"]
    return r.choice(["internal/%s/certs.go" % pem_purpose(c), "pkg/mtls/material.go"]), "go", "\n".join(lines) + "\n"


def p_ts_const(c):
    r = c.rng
    var = {"key": "PRIVATE_KEY", "cert": "CLIENT_CERT", "pub": "PUBLIC_KEY", "placeholder": "PRIVATE_KEY"}[c.block_kind]
    if not c.obvious and c.block_kind == "key":
        var = r.choice(["MATERIAL", "pemB", "blob"])
    lines = ["import https from 'https';", "import fs from 'fs';", "", "const %s = `%s`;" % (var, c.block), "",
             "export const agent = new https.Agent({"]
    if c.block_kind in ("key", "placeholder"):
        lines += ["  cert: fs.readFileSync(process.env.CERT_PATH ?? './certs/cert.pem'),", "  key: %s," % var]
    else:
        lines += ["  ca: %s," % var]
    lines += ["  keepAlive: true,", "});"]
    return r.choice(["src/%s/agent.ts" % pem_purpose(c), "src/lib/mtls.ts"]), "typescript", "\n".join(lines) + "\n"


PEM_TEMPLATES = [p_pem_file, p_pem_file, p_pem_file, p_k8s_tls, p_dotenv_escaped, p_py_module, p_terraform, p_helm, p_json_escaped, p_md, p_go_const, p_ts_const]


# ---------------------------------------------------------------------------
# JWK templates (eIDAS signing key). c.jwk is a dict (private with "d" for
# positives, public-only for negatives).
# ---------------------------------------------------------------------------
def j_file(c):
    r = c.rng
    jw = dict(c.jwk)
    jw["alg"] = "ES256"
    doc = {"keys": [jw]} if r.random() < 0.6 else jw
    name = "signing.jwk.json" if "d" in jw else r.choice(["jwks.json", "signing-public.jwk.json"])
    return r.choice(["keys/", "config/keys/", "secrets/eidas/"]) + name, "json", json.dumps(doc, indent=2) + "\n"


def j_py(c):
    r = c.rng
    var = "SIGNING_JWK" if c.obvious else r.choice(["JWK_B", "MATERIAL", "CFG"])
    if "d" not in c.jwk:
        var = "ASPSP_VERIFY_JWK"
    lines = ['"""JWS detached signatures for payment initiation (x-jws-signature)."""', "from jwcrypto import jwk, jws", "import json", "",
             "%s = %s" % (var, json.dumps(c.jwk, indent=4)), "", "",
             "def sign(payload: bytes, kid: str) -> str:" if "d" in c.jwk else "def verify(token: str, payload: bytes) -> None:"]
    if "d" in c.jwk:
        lines += ["    key = jwk.JWK(**%s)" % var, "    s = jws.JWS(payload)",
                  '    s.add_signature(key, None, json.dumps({"alg": "ES256", "kid": kid, "b64": False, "crit": ["b64"]}))',
                  "    return s.serialize(compact=True)"]
    else:
        lines += ["    key = jwk.JWK(**%s)" % var, "    s = jws.JWS()", "    s.deserialize(token)", "    s.verify(key, detached_payload=payload)"]
    return r.choice(["app/psd2/signing.py", "src/payments/jws.py"]), "python", "\n".join(lines) + "\n"


def j_yaml(c):
    r = c.rng
    lines = ["aspsp:", "  name: %s" % r.choice(["Example Bank", "Demo ASPSP", "Modelo Bank"]), "  token_endpoint: https://ob.example-bank.eu/as/token.oauth2",
             "signing:", "  alg: ES256", "  kid: %s" % c.jwk["kid"], "  %s: '%s'" % ("jwk" if c.obvious or "d" not in c.jwk else "material", json.dumps(c.jwk, separators=(",", ":")))]
    return r.choice(["config/psd2.yaml", "deploy/signing.yml"]), "yaml", "\n".join(lines) + "\n"


def j_ts(c):
    r = c.rng
    lines = ["import { importJWK, CompactSign } from 'jose';", "",
             "const %s = %s;" % ("signingJwk" if c.obvious or "d" not in c.jwk else "cfgB", json.dumps(c.jwk, indent=2)), ""]
    vn = lines[2].split()[1]
    if "d" in c.jwk:
        lines += ["export async function signRequestObject(claims: Record<string, unknown>) {",
                  "  const key = await importJWK(%s, 'ES256');" % vn,
                  "  return new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))",
                  "    .setProtectedHeader({ alg: 'ES256', kid: %s.kid })" % vn, "    .sign(key);", "}"]
    else:
        lines += ["export const verificationKey = () => importJWK(%s, 'ES256');" % vn]
    return r.choice(["src/psd2/signing.ts", "src/lib/jws.ts"]), "typescript", "\n".join(lines) + "\n"


JWK_TEMPLATES = [j_file, j_py, j_yaml, j_ts]


# ---------------------------------------------------------------------------
# negative domain look-alike templates: n(rng) -> (path, filetype, text, provider, kind)
# ---------------------------------------------------------------------------
def n_plaid_sandbox_test(r):
    lines = ["import pytest", "", "from app.plaid import exchange_public_token, sandbox_public_token", "",
             "SANDBOX_INSTITUTION = \"ins_109508\"  # First Platypus Bank", "SANDBOX_USERNAME = \"user_good\"",
             "SANDBOX_PASSWORD = \"pass_good\"", "MFA_CODE = \"1234\"", "", "",
             "@pytest.mark.integration", "def test_exchange_round_trip(plaid_client):",
             "    public_token = sandbox_public_token(plaid_client, SANDBOX_INSTITUTION, [\"transactions\"])",
             "    assert public_token.startswith(\"public-sandbox-\")",
             "    item = exchange_public_token(plaid_client, public_token)", "    assert item.item_id",
             "    assert item.access_token.startswith(\"access-sandbox-\")"]
    return "tests/integration/test_plaid_link.py", "python", "\n".join(lines) + "\n", "plaid", "sandbox_credentials"


def n_plaid_link_story(r):
    tok = "link-sandbox-" + ruuid(r)
    lines = ["import type { Meta, StoryObj } from '@storybook/react';", "import { ConnectBankButton } from './ConnectBankButton';", "",
             "const meta: Meta<typeof ConnectBankButton> = {", "  title: 'Onboarding/ConnectBankButton',", "  component: ConnectBankButton,", "};",
             "export default meta;", "", "// link tokens are short-lived and only usable client-side to open Link",
             "export const Default: StoryObj<typeof ConnectBankButton> = {", "  args: {",
             "    linkToken: '%s'," % tok, "    institutionId: '%s'," % ins_id(r), "    onSuccess: (publicToken: string) => console.log(publicToken),",
             "  },", "};"]
    return "src/components/ConnectBankButton.stories.tsx", "typescript", "\n".join(lines) + "\n", "plaid", "link_token"


def n_plaid_accounts_fixture(r):
    accts = []
    for _ in range(r.randint(2, 4)):
        accts.append({"account_id": plaid_obj_id(r), "balances": {"available": round(r.uniform(10, 9000), 2), "current": round(r.uniform(10, 9000), 2),
                                                                 "iso_currency_code": "USD", "limit": None},
                      "mask": "%04d" % r.randint(0, 9999), "name": r.choice(["Plaid Checking", "Plaid Saving", "Plaid Credit Card"]),
                      "official_name": "Plaid Gold Standard 0% Interest Checking", "subtype": r.choice(["checking", "savings"]), "type": "depository"})
    doc = {"accounts": accts, "item": {"item_id": plaid_obj_id(r), "institution_id": ins_id(r), "webhook": "https://api.%s.com/webhooks/plaid" % r.choice(ORGS),
                                       "available_products": ["balance", "identity"], "billed_products": ["transactions"]},
           "request_id": ralnum_mixed(r, 15)}
    return r.choice(["tests/fixtures/plaid/accounts_get.json", "spec/fixtures/accounts_balance_get.json"]), "json", json.dumps(doc, indent=2) + "\n", "plaid", "account_ids"


def n_webhook_jwks(r):
    keys = [ec_jwk(r, private=False, kid=ruuid(r)) for _ in range(r.randint(1, 2))]
    for k in keys:
        k["alg"] = "ES256"
        k["created_at"] = r.randint(1600000000, 1720000000)
        k["expired_at"] = None
    doc = {"key": keys[0], "request_id": ralnum_mixed(r, 15)} if r.random() < 0.5 else {"keys": keys}
    return r.choice(["tests/fixtures/webhook_verification_key.json", "test/fixtures/jwks.json"]), "json", json.dumps(doc, indent=2) + "\n", r.choice(["plaid", "truelayer"]), "webhook_public_key"


def n_cert_only(r):
    text = certificate_pem(r) + "\n"
    if r.random() < 0.4:
        text += certificate_pem(r) + "\n"
    return r.choice(["certs/psd2/qwac.crt", "certs/obwac_chain.pem", "config/certs/qseal.cer.pem", "certs/teller/certificate.pem"]), "pem", text, r.choice(["psd2", "teller"]), "certificate"


def n_pubkey_pem(r):
    return r.choice(["keys/webhook_public.pem", "config/keys/aspsp_signing.pub.pem", "certs/jws_verify.pem"]), "pem", public_key_pem(r) + "\n", r.choice(["psd2", "truelayer"]), "public_key"


def n_iban_fixture(r):
    lines = ["# Test accounts for the mock ASPSP (no real money)", "accounts:"]
    for i in range(r.randint(3, 6)):
        ib = iban_gb(r)
        lines += ["  - name: %s" % r.choice(["Current Account", "Business Reserve", "Joint Saver", "Bills Pot"]),
                  "    iban: %s" % ib, "    sort_code: \"%s-%s-%s\"" % (ib[8:10], ib[10:12], ib[12:14]),
                  "    account_number: \"%s\"" % ib[14:], "    currency: GBP", "    balance: %.2f" % r.uniform(0, 20000)]
    return r.choice(["fixtures/test_accounts.yaml", "spec/fixtures/mock_bank_accounts.yml"]), "yaml", "\n".join(lines) + "\n", "truelayer", "iban"


def n_iban_csv(r):
    lines = ["date,description,amount,currency,counterparty_iban,reference,transaction_id"]
    for _ in range(r.randint(6, 15)):
        lines.append("2024-%02d-%02d,%s,%.2f,EUR,%s,%s,%s" % (r.randint(1, 12), r.randint(1, 28), r.choice(["SEPA transfer", "Card payment", "Direct debit", "Salary"]),
                                                            r.uniform(-900, 3000), iban_any(r), "INV-%d" % r.randint(1000, 9999), ruuid(r)))
    return r.choice(["data/sample_transactions.csv", "tests/fixtures/bank_statement.csv"]), "csv", "\n".join(lines) + "\n", "gocardless", "iban"


def n_i18n(r):
    doc = {"bank_connect": {"title": "Connect your bank", "subtitle": "We use %s to securely link your account." % r.choice(["Plaid", "TrueLayer", "Tink", "Akahu", "Basiq"]),
                            "password_label": "Online banking password", "secret_hint": "Your secret is never shared with us",
                            "token_expired": "Your bank connection expired. Please reconnect.", "client_secret_missing": "Configuration error (client secret missing)",
                            "api_key": "API key"},
           "errors": {"invalid_credentials": "The username or password is incorrect.", "consent_revoked": "Consent was revoked by the bank."}}
    return r.choice(["locales/en.json", "src/i18n/en-GB.json", "public/locales/en/common.json"]), "json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n", "plaid", "i18n"


def n_migration(r):
    ts = "2024%02d%02d%02d%02d%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    lines = ["class CreatePlaidItems < ActiveRecord::Migration[7.1]", "  def change", "    create_table :plaid_items do |t|",
             "      t.references :user, null: false, foreign_key: true", "      t.string :item_id, null: false",
             "      t.text :access_token_ciphertext  # lockbox-encrypted", "      t.string :access_token_bidx, index: true",
             "      t.string :institution_id", "      t.datetime :consent_expires_at", "      t.timestamps", "    end",
             "    add_index :plaid_items, :item_id, unique: true", "  end", "end"]
    return "db/migrate/%s_create_plaid_items.rb" % ts, "ruby", "\n".join(lines) + "\n", "plaid", "schema"


def n_md_guide_placeholders(r):
    prov_ = r.choice(["truelayer", "yapily", "gocardless", "saltedge", "belvo", "pluggy"])
    p = P[prov_]
    lines = ["# %s quickstart" % p["display"], "", "1. Create an application in the %s console." % p["display"],
             "2. Copy the credentials into `.env` (never commit that file):", "", "```dotenv",
             "%s_%s=<your-%s>" % (p["env"], (p["id_label"] or "id").upper(), (p["id_label"] or "id").replace("_", "-")),
             "%s_%s=<your-%s>" % (p["env"], p["secret_word"].upper(), p["secret_word"].replace("_", "-")), "```", "",
             "3. Call the API:", "", "```bash", "curl -u \"$%s_%s:$%s_%s\" %s/..." % (p["env"], (p["id_label"] or "id").upper(), p["env"], p["secret_word"].upper(), p["base"]),
             "```", "", "The %s is shown only once; store it in the secret manager." % p["secret_word"].replace("_", " ")]
    return "docs/integrations/%s.md" % prov_, "markdown", "\n".join(lines) + "\n", prov_, "placeholder"


def n_external_secret(r):
    prov_ = r.choice(list(P))
    p = P[prov_]
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s-credentials" % prov_,
             "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: %s" % r.choice(["vault-backend", "aws-secrets-manager"]),
             "    kind: ClusterSecretStore", "  target:", "    name: %s-credentials" % prov_, "  data:",
             "    - secretKey: %s" % p["secret_word"], "      remoteRef:", "        key: %s/%s" % (env_of(r), prov_), "        property: %s" % p["secret_word"]]
    if p["id_label"]:
        lines += ["    - secretKey: %s" % p["id_label"], "      remoteRef:", "        key: %s/%s" % (env_of(r), prov_), "        property: %s" % p["id_label"]]
    return "k8s/external-secrets/%s.yaml" % prov_, "kubernetes", "\n".join(lines) + "\n", prov_, "secret_reference"


def n_helm_existing(r):
    prov_ = r.choice(list(P))
    lines = ["%s:" % P[prov_]["slug"], "  enabled: true", "  existingSecret: %s-credentials" % prov_,
             "  secretKeys:", "    clientSecret: %s" % P[prov_]["secret_word"], "  environment: %s" % r.choice(["sandbox", "production"]),
             "", "env:", "  - name: %s_%s" % (P[prov_]["env"], P[prov_]["secret_word"].upper()), "    valueFrom:", "      secretKeyRef:",
             "        name: %s-credentials" % prov_, "        key: %s" % P[prov_]["secret_word"]]
    return "charts/%s/values.yaml" % app(r), "helm", "\n".join(lines) + "\n", prov_, "secret_reference"


def n_tf_random(r):
    lines = ['resource "aws_secretsmanager_secret" "yapily" {', '  name        = "prod/yapily/application"',
             '  description = "Yapily application credentials - value set manually in console"', "}", "",
             'data "aws_secretsmanager_secret_version" "yapily" {', "  secret_id = aws_secretsmanager_secret.yapily.id", "}", "",
             "locals {", "  yapily = jsondecode(data.aws_secretsmanager_secret_version.yapily.secret_string)", "}", "",
             'resource "aws_ssm_parameter" "yapily_app_id" {', '  name  = "/ob/yapily/application_uuid"', '  type  = "String"',
             '  value = "%s"' % ruuid(r), "}"]
    return "infra/yapily.tf", "terraform", "\n".join(lines) + "\n", "yapily", "secret_reference"


def n_postman_vars(r):
    prov_ = r.choice(["plaid", "mx", "basiq", "codat", "unit", "moov"])
    p = P[prov_]
    coll = {"info": {"_postman_id": ruuid(r), "name": "%s sandbox" % p["display"], "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "event": [{"listen": "prerequest", "script": {"type": "text/javascript", "exec": [
                "// credentials come from the active environment", "pm.request.headers.upsert({ key: 'X-Request-Id', value: pm.variables.replaceIn('{{$guid}}') });"]}}],
            "item": [{"name": "Ping", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/ping", "host": ["{{baseUrl}}"], "path": ["ping"]},
                                                   "auth": {"type": "basic", "basic": [{"key": "username", "value": "{{clientId}}"}, {"key": "password", "value": "{{%s}}" % style(p["secret_word"].split("_"), "camel")}]}}}],
            "variable": [{"key": "baseUrl", "value": p["base"]}, {"key": "clientId", "value": ""}, {"key": style(p["secret_word"].split("_"), "camel"), "value": ""}]}
    return "postman/%s.postman_collection.json" % pascal_app(prov_), "postman", json.dumps(coll, indent=2) + "\n", prov_, "placeholder"


def n_notebook(r):
    rows = "\n".join('    {"transaction_id": "%s", "amount": %.2f, "merchant": "%s", "hash": "%s"},' % (
        plaid_obj_id(r), r.uniform(-300, 300), r.choice(["Tesco", "Uber", "Pret", "Amazon", "Spotify"]), hashlib.sha256(rbytes(r, 16)).hexdigest()) for _ in range(4))
    cells = [("markdown", "# Categorisation drift\nCompares model output against the labelled sample (ids are anonymised)."),
             ("code", "import pandas as pd\nimport hashlib"),
             ("code", "sample = [\n%s\n]\ndf = pd.DataFrame(sample)\ndf.describe()" % rows),
             ("code", "df['bucket'] = df['hash'].str[:2]\ndf.groupby('bucket').amount.sum()")]
    return "notebooks/categorisation_drift.ipynb", "jupyter", nb(cells), "plaid", "transaction_ids"


def n_consent_fixture(r):
    doc = {"id": ruuid(r), "created": "2024-%02d-%02dT09:%02d:11.123Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
           "redirect": "https://app.%s.com/callback" % r.choice(ORGS), "status": "LN", "institution_id": "SANDBOXFINANCE_SFIN0000",
           "agreement": ruuid(r), "reference": ruuid(r), "accounts": [ruuid(r), ruuid(r)], "user_language": "EN",
           "link": "https://ob.gocardless.com/ob-psd2/start/%s/SANDBOXFINANCE_SFIN0000" % ruuid(r), "ssn": None, "account_selection": False}
    return r.choice(["tests/fixtures/requisition.json", "spec/fixtures/gocardless/requisition_linked.json"]), "json", json.dumps(doc, indent=2) + "\n", "gocardless", "consent_id"


def n_gha_secrets(r):
    prov_ = r.choice(list(P))
    p = P[prov_]
    lines = ["name: contract-tests", "on:", "  pull_request:", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@v4", "      - run: npm ci", "      - run: npm test -- --grep %s" % prov_, "        env:",
             "          %s_%s: ${{ secrets.%s_%s }}" % (p["env"], p["secret_word"].upper(), p["env"], p["secret_word"].upper())]
    if p["id_label"]:
        lines.append("          %s_%s: ${{ vars.%s_%s }}" % (p["env"], p["id_label"].upper(), p["env"], p["id_label"].upper()))
    return ".github/workflows/contract-tests.yml", "github-actions", "\n".join(lines) + "\n", prov_, "secret_reference"


def n_compose_refs(r):
    prov_ = r.choice(list(P))
    p = P[prov_]
    lines = ["services:", "  worker:", "    image: ghcr.io/%s/sync-worker:latest" % r.choice(ORGS), "    env_file:", "      - .env",
             "    environment:", "      %s_%s: ${%s_%s:?set in .env}" % (p["env"], p["secret_word"].upper(), p["env"], p["secret_word"].upper()),
             "      %s_ENV: sandbox" % p["env"], "    secrets:", "      - %s_credentials" % prov_, "", "secrets:", "  %s_credentials:" % prov_,
             "    file: ./secrets/%s.json" % prov_]
    return "docker-compose.yml", "docker-compose", "\n".join(lines) + "\n", prov_, "secret_reference"


def n_zero_token_test(r):
    lines = ["package plaid_test", "", "import (", '\t"testing"', "", '\t"github.com/%s/ledger/internal/plaid"' % r.choice(ORGS), ")", "",
             "// dummy values: the HTTP layer is stubbed", "const (", '\tfakeAccessToken = "access-sandbox-00000000-0000-0000-0000-000000000000"',
             '\tfakeItemID      = "%s"' % plaid_obj_id(r), ")", "", "func TestBalanceParsing(t *testing.T) {",
             "\tc := plaid.NewTestClient(t, \"testdata/balance.json\")", "\tbal, err := c.Balance(fakeAccessToken)",
             "\tif err != nil {", "\t\tt.Fatal(err)", "\t}", "\tif len(bal.Accounts) == 0 {", '\t\tt.Fatal("no accounts")', "\t}", "}"]
    return "internal/plaid/balance_test.go", "go", "\n".join(lines) + "\n", "plaid", "dummy_token"


def n_env_example(r):
    lines = ["# Copy to .env and fill in. Never commit real values."]
    for prov_ in r.sample(list(P), r.randint(2, 4)):
        p = P[prov_]
        if p["id_label"]:
            lines.append("%s_%s=" % (p["env"], p["id_label"].upper()))
        lines.append("%s_%s=%s" % (p["env"], p["secret_word"].upper(), r.choice(["", "changeme", "<secret>", "xxxxxxxx"])))
    lines += ["DATABASE_URL=postgres://app@localhost:5432/app"]
    return r.choice([".env.example", ".env.sample", "env.template"]), "dotenv", "\n".join(lines) + "\n", "plaid", "placeholder"


def n_mock_bank_java(r):
    lines = ["package com.%s.openbanking;" % r.choice(ORGS), "", "import org.junit.jupiter.api.Test;", "",
             "class MockBankLoginE2E {", "", "    // TrueLayer mock bank and Belvo sandbox publish these logins in their docs",
             '    static final String TL_MOCK_USER = "john";', '    static final String TL_MOCK_PASSWORD = "doe";',
             '    static final String BELVO_INSTITUTION = "erebor_mx_retail";', '    static final String BELVO_USER = "bnk100";',
             '    static final String BELVO_PASSWORD = "full";', "", "    @Test", "    void connectsMockBank() {",
             "        var flow = new AuthFlow(\"mock\");", "        flow.login(TL_MOCK_USER, TL_MOCK_PASSWORD);", "        flow.assertRedirected();", "    }", "}"]
    return "src/test/java/com/openbanking/MockBankLoginE2E.java", "java", "\n".join(lines) + "\n", "truelayer", "sandbox_credentials"


def n_hmac_vector(r):
    key = "test_webhook_secret"
    body = '{"webhook_type":"TRANSACTIONS","webhook_code":"SYNC_UPDATES_AVAILABLE","item_id":"%s"}' % plaid_obj_id(r)
    sig = hmac.new(key.encode(), body.encode(), hashlib.sha256).hexdigest()
    lines = ["import hmac", "import hashlib", "", "from app.webhooks import verify_signature", "",
             "# test vector: key is a literal test value, signature computed over BODY", 'KEY = b"%s"' % key,
             "BODY = b'%s'" % body, 'EXPECTED = "%s"' % sig, "", "", "def test_signature_vector():",
             "    assert hmac.new(KEY, BODY, hashlib.sha256).hexdigest() == EXPECTED",
             "    assert verify_signature(BODY, EXPECTED, KEY)"]
    return "tests/test_webhook_signature.py", "python", "\n".join(lines) + "\n", "plaid", "signature"


def n_openapi(r):
    lines = ["openapi: 3.0.3", "info:", "  title: Bank Sync Internal API", "  version: 1.%d.0" % r.randint(0, 9), "components:",
             "  securitySchemes:", "    basicAuth:", "      type: http", "      scheme: basic", "  schemas:", "    Credentials:",
             "      type: object", "      required: [client_id, secret]", "      properties:", "        client_id:", "          type: string",
             "          example: %s" % rhex(r, 24), "        secret:", "          type: string", "          format: password", "          writeOnly: true",
             "          example: \"<plaid secret>\"", "    LinkTokenResponse:", "      type: object", "      properties:", "        link_token:",
             "          type: string", "          example: link-sandbox-%s" % ruuid(r), "        expiration:", "          type: string",
             "          format: date-time"]
    return "api/openapi.yaml", "yaml", "\n".join(lines) + "\n", "plaid", "schema"


def n_lockfile(r):
    pkgs = [("plaid", "%d.%d.0" % (r.randint(18, 28), r.randint(0, 9))), ("truelayer-signing", "0.%d.%d" % (r.randint(1, 5), r.randint(0, 9))),
            ("@codat/platform", "3.%d.0" % r.randint(0, 9)), ("axios", "1.6.%d" % r.randint(0, 8))]
    deps = {}
    for n_, v in pkgs:
        deps["node_modules/" + n_] = {"version": v, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n_, n_.split("/")[-1], v),
                                      "integrity": "sha512-" + b64(rbytes(r, 64)), "license": "MIT"}
    doc = {"name": app(r), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": deps}
    return "package-lock.json", "json", json.dumps(doc, indent=2) + "\n", "plaid", "integrity_hash"


def n_gosum(r):
    mods = ["github.com/plaid/plaid-go/v20 v20.%d.0" % r.randint(0, 5), "github.com/golang-jwt/jwt/v5 v5.2.%d" % r.randint(0, 1),
            "github.com/google/uuid v1.6.0", "golang.org/x/oauth2 v0.%d.0" % r.randint(15, 21)]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, b64(rbytes(r, 32))[:-1]))
        lines.append("%s/go.mod h1:%s=" % (m, b64(rbytes(r, 32))[:-1]))
    return "go.sum", "go-sum", "\n".join(lines) + "\n", "plaid", "integrity_hash"


def n_sri_html(r):
    lines = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>Connect your bank</title>",
             "  <script src=\"https://cdn.plaid.com/link/v2/stable/link-initialize.js\"></script>",
             "  <script src=\"/static/app.%s.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % (rhex(r, 8), b64(rbytes(r, 48))),
             "</head>", "<body>", "  <button id=\"link-button\">Link account</button>", "  <script>",
             "    // the link token is fetched from our backend at runtime",
             "    fetch('/api/create_link_token', { method: 'POST' }).then(r => r.json()).then(({ link_token }) => {",
             "      Plaid.create({ token: link_token, onSuccess: (public_token) => fetch('/api/exchange', { method: 'POST', body: JSON.stringify({ public_token }) }) }).open();",
             "    });", "  </script>", "</body>", "</html>"]
    return "public/index.html", "html", "\n".join(lines) + "\n", "plaid", "integrity_hash"


def n_saltedge_fake(r):
    lines = ["describe('Salt Edge connect flow', () => {", "  it('connects the fake provider', () => {",
             "    cy.visit('/connect');", "    cy.get('[data-test=provider-search]').type('fakebank_simple_xf');",
             "    // credentials of the public Salt Edge fake provider", "    cy.get('input[name=login]').type('username');",
             "    cy.get('input[name=password]').type('secret');", "    cy.contains('Proceed').click();",
             "    cy.url().should('include', '/connect/success');", "  });", "});"]
    return "cypress/e2e/saltedge_connect.cy.ts", "typescript", "\n".join(lines) + "\n", "saltedge", "sandbox_credentials"


def n_basiq_hooli(r):
    lines = ["// Basiq sandbox: Hooli test bank", "export const SANDBOX_INSTITUTION = 'AU00000';",
             "export const SANDBOX_LOGIN = { loginId: 'gavinBelson', password: 'hooli2016' };", "",
             "export async function connectSandbox(api: BasiqApi, userId: string) {",
             "  return api.post(`/users/${userId}/connections`, {", "    institution: { id: SANDBOX_INSTITUTION },", "    ...SANDBOX_LOGIN,", "  });", "}",
             "", "type BasiqApi = { post: (path: string, body: unknown) => Promise<unknown> };"]
    return "src/sandbox/basiq.ts", "typescript", "\n".join(lines) + "\n", "basiq", "sandbox_credentials"


def n_teller_sandbox_md(r):
    lines = ["# Teller sandbox", "", "In the sandbox environment Teller Connect accepts these logins:", "",
             "| username | password | result |", "|---|---|---|", "| `username` | `password` | success |",
             "| `verify.microdeposit` | `password` | micro-deposit flow |", "", "Application id for the sandbox app: `app_%s`" % rs(r, 21, "abcdefghijklmnopqrstuvwxyz234567"),
             "", "Our mTLS certificate lives in Vault at `secret/teller/mtls` - do not copy it locally."]
    return "docs/teller-sandbox.md", "markdown", "\n".join(lines) + "\n", "teller", "sandbox_credentials"


def n_mx_guids(r):
    lines = ["module Fixtures", "  MX_USER_GUID = \"USR-%s\"" % ruuid(r), "  MX_MEMBER_GUID = \"MBR-%s\"" % ruuid(r),
             "  MX_ACCOUNTS = %w[" + " ".join("ACT-" + ruuid(r) for _ in range(3)) + "].freeze",
             "  MX_INSTITUTION = \"mxbank\"", "end"]
    return "spec/support/mx_fixtures.rb", "ruby", "\n".join(lines) + "\n", "mx", "ids"


def n_kotlin_masked(r):
    lines = ["package com.%s.accounts" % r.choice(ORGS), "", "data class LinkedAccount(", "    val id: String,", "    val iban: String,",
             "    val maskedNumber: String,", ")", "", "fun LinkedAccount.display(): String = \"$maskedNumber ($id)\"", "",
             "val sample = listOf("]
    for _ in range(3):
        ib = iban_any(r)
        lines.append('    LinkedAccount("%s", "%s", "•••• %s"),' % (ruuid(r), ib, ib[-4:]))
    lines.append(")")
    return "src/main/kotlin/com/accounts/LinkedAccount.kt", "kotlin", "\n".join(lines) + "\n", "tink", "masked"


def n_changelog(r):
    lines = ["# Changelog", "", "## [2.%d.0] - 2024-%02d-%02d" % (r.randint(1, 9), r.randint(1, 12), r.randint(1, 28)),
             "### Changed", "- Plaid: migrated from public_token exchange to link tokens (`link-<env>-<uuid>`).",
             "- Tink: client id `%s` moved to the new console app." % rhex(r, 32),
             "- Rotated the GoCardless secret (secret_id `%s`); the key itself lives in Vault." % ruuid(r),
             "### Fixed", "- Consent ids `%s` were logged in full; now truncated." % ruuid(r)]
    return "CHANGELOG.md", "markdown", "\n".join(lines) + "\n", "plaid", "ids"


def n_configmap_ca(r):
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: aspsp-trust-bundle", "data:", "  ca-bundle.pem: |",
             indent_block(certificate_pem(r), 4), indent_block(certificate_pem(r), 4)]
    return "k8s/aspsp-trust-bundle.yaml", "kubernetes", "\n".join(lines) + "\n", "psd2", "certificate"


def n_pem_placeholder(r):
    lines = ["# mTLS setup", "", "Put the QSealC key into Vault, then render it to a file at start-up:", "", "```",
             "-----BEGIN PRIVATE KEY-----", "<paste the PKCS#8 key here - do not commit>", "-----END PRIVATE KEY-----", "```", "",
             "```bash", "vault kv get -field=qseal_key secret/psd2 > /run/secrets/qseal.key", "```"]
    return "docs/psd2-mtls.md", "markdown", "\n".join(lines) + "\n", "psd2", "placeholder"


def n_jwks_py(r):
    jw = ec_jwk(r, private=False)
    lines = ["import json", "", "# Public part only - published on our JWKS endpoint for the ASPSP", "JWKS = {\"keys\": [%s]}" % json.dumps(jw), "",
             "def jwks_response():", "    return json.dumps(JWKS)"]
    return "app/psd2/jwks.py", "python", "\n".join(lines) + "\n", "psd2", "jwks"


def n_codat_ids(r):
    lines = ["import { describe, it, expect } from 'vitest';", "import { mapCompany } from '../src/codat/map';", "",
             "const company = {", "  id: '%s'," % ruuid(r), "  name: 'Toft stores',", "  platform: 'Xero',",
             "  redirect: 'https://link.codat.io/company/%s'," % ruuid(r), "  dataConnections: [{ id: '%s', status: 'Linked' }]," % ruuid(r), "};", "",
             "describe('mapCompany', () => {", "  it('maps the connection status', () => {",
             "    expect(mapCompany(company).linked).toBe(true);", "  });", "});"]
    return "test/codat/map.test.ts", "typescript", "\n".join(lines) + "\n", "codat", "ids"


def n_sql_seed(r):
    lines = ["-- seed data for local development", "INSERT INTO bank_connections (id, provider, external_id, institution, status) VALUES"]
    rows = []
    for _ in range(r.randint(3, 6)):
        pv = r.choice(["akahu", "teller", "pluggy", "unit", "treasuryprime"])
        ext = {"akahu": "conn_" + cuid(r), "teller": "enr_" + rs(r, 21, "abcdefghijklmnopqrstuvwxyz234567"), "pluggy": ruuid(r),
               "unit": str(r.randint(100000, 999999)), "treasuryprime": "acct_" + rs(r, 26, LOWER_ALNUM)}[pv]
        rows.append("  ('%s', '%s', '%s', '%s', 'active')" % (ruuid(r), pv, ext, r.choice(["ANZ", "Chase", "Itau", "Kiwibank", "Wells Fargo"])))
    lines.append(",\n".join(rows) + ";")
    return "db/seeds/bank_connections.sql", "sql", "\n".join(lines) + "\n", "akahu", "ids"


def n_yodlee_login(r):
    lines = ["[yodlee]", "base_url = https://sandbox.api.yodlee.com/ysl", "api_version = 1.1",
             "# admin login name is an identifier, the secret is in Vault (kv/yodlee/admin)",
             "admin_login_name = %s_ADMIN" % ruuid(r), "test_user = sbMem%s1" % rhex(r, 12), "secret = ${YODLEE_SECRET}"]
    return "config/yodlee.ini", "ini", "\n".join(lines) + "\n", "yodlee", "secret_reference"


NEG_TEMPLATES = [n_plaid_sandbox_test, n_plaid_link_story, n_plaid_accounts_fixture, n_webhook_jwks, n_cert_only, n_pubkey_pem,
                 n_iban_fixture, n_iban_csv, n_i18n, n_migration, n_md_guide_placeholders, n_external_secret, n_helm_existing,
                 n_tf_random, n_postman_vars, n_notebook, n_consent_fixture, n_gha_secrets, n_compose_refs, n_zero_token_test,
                 n_env_example, n_mock_bank_java, n_hmac_vector, n_openapi, n_lockfile, n_gosum, n_sri_html, n_saltedge_fake,
                 n_basiq_hooli, n_teller_sandbox_md, n_mx_guids, n_kotlin_masked, n_changelog, n_configmap_ca, n_pem_placeholder,
                 n_jwks_py, n_codat_ids, n_sql_seed, n_yodlee_login]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
HTTP_TEMPLATES = {t_py_client, t_ts_service, t_js_next_api, t_go_client, t_sh_curl, t_rb_service, t_http, t_ipynb, t_md_guide, t_js_url}
NEG_MODES = ["envref", "placeholder", "masked", "empty", "look"]
NEG_MODE_W = [30, 22, 14, 8, 26]
PEM_PLACEHOLDERS = ["-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----",
                    "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
                    "-----BEGIN RSA PRIVATE KEY-----\nREPLACE_WITH_KEY_FROM_VAULT\n-----END RSA PRIVATE KEY-----"]


class Deck:
    """Cycle through items in shuffled passes so every template gets used."""

    def __init__(self, rng, items):
        self.rng, self.items, self.buf = rng, list(items), []

    def draw(self, ok=lambda x: True):
        for _ in range(3):
            for j in range(len(self.buf) - 1, -1, -1):
                if ok(self.buf[j]):
                    return self.buf.pop(j)
            fresh = list(self.items)
            self.rng.shuffle(fresh)
            self.buf = fresh + self.buf
        raise RuntimeError("no acceptable item")


def kinds_list(rng, n):
    kinds = sorted(KIND_WEIGHTS)
    w = [KIND_WEIGHTS[k] for k in kinds]
    tot = sum(w)
    out = []
    for k, wk in zip(kinds, w):
        out += [k] * int(n * wk / tot)
    while len(out) < n:
        out.append(rng.choices(kinds, w)[0])
    rng.shuffle(out)
    return out


def make_positive(rng, kind, obvious, decks):
    slug = KIND_PROVIDER[kind]
    if kind in PEM_KINDS:
        c = Ctx(rng, slug, kind, False, "none", obvious)
        c.mode = "secret"
        c.block, c.needle, _ = private_key_pem(rng)
        c.block_kind = "key"
        t = decks["pem"].draw()
        path, ft, text = t(c)
        return path, ft, text, c.needle, t.__name__
    if kind in JWK_KINDS:
        c = Ctx(rng, slug, kind, False, "none", obvious)
        c.jwk = ec_jwk(rng, private=True)
        c.needle = c.jwk["d"]
        t = decks["jwk"].draw()
        path, ft, text = t(c)
        return path, ft, text, c.needle, t.__name__
    c = Ctx(rng, slug, kind, False, "secret", obvious)
    if kind == "codat_api_key" and rng.random() < 0.35:
        c.codat_encoded = True
        c.value = c.secret = b64(c.secret.encode())
    t = decks["tok"].draw()
    path, ft, text = t(c)
    return path, ft, text, c.secret, t.__name__


def make_neg_reuse(rng, kind, obvious, decks):
    slug = KIND_PROVIDER[kind]
    if kind in PEM_KINDS:
        c = Ctx(rng, slug, kind, True, "none", obvious)
        bk = rng.choices(["cert", "pub", "placeholder"], [55, 25, 20])[0]
        c.block_kind = bk
        c.block = certificate_pem(rng) if bk == "cert" else public_key_pem(rng) if bk == "pub" else rng.choice(PEM_PLACEHOLDERS)
        t = decks["pem"].draw()
        path, ft, text = t(c)
        return path, ft, text, slug, "pem_" + bk, t.__name__
    if kind in JWK_KINDS:
        c = Ctx(rng, slug, kind, True, "none", obvious)
        c.jwk = ec_jwk(rng, private=False)
        t = decks["jwk"].draw()
        path, ft, text = t(c)
        return path, ft, text, slug, "public_jwk", t.__name__
    mode = rng.choices(NEG_MODES, NEG_MODE_W)[0]
    look = None
    if mode == "look":
        look = rng.choice(P[slug]["looks"])
        if rng.random() < 0.15:
            look = rng.choice([("iban", iban_any), ("sort_code", sort_code)])
    c = Ctx(rng, slug, kind, True, mode, obvious, look)
    t = decks["tok"].draw(ok=lambda x: not (mode == "look" and x in HTTP_TEMPLATES))
    path, ft, text = t(c)
    label = look[0] if look else mode
    return path, ft, text, slug, label, t.__name__


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cr.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    decks = {"tok": Deck(rng, TOKEN_TEMPLATES), "pem": Deck(rng, PEM_TEMPLATES), "jwk": Deck(rng, JWK_TEMPLATES),
             "neg": Deck(rng, NEG_TEMPLATES)}
    manifest, secrets = [], []
    n = 500
    kinds = kinds_list(rng, n)
    obv = [i % 2 == 0 for i in range(n)]
    rng.shuffle(obv)
    for i in range(n):
        path, ft, text, needle, tname = make_positive(rng, kinds[i], obv[i], decks)
        rel = "pos/p%04d/%s" % (i, path)
        idx = text.find(needle)
        if idx < 0:
            raise RuntimeError("needle missing in %s (%s)" % (rel, tname))
        line = text.count("\n", 0, idx) + 1
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": KIND_PROVIDER[kinds[i]], "kind": kinds[i], "filetype": ft,
                         "template": tname})
        secrets.append({"file": rel, "needle": needle, "line": line})
    nkinds = kinds_list(rng, n // 2)
    nobv = [i % 2 == 0 for i in range(n // 2)]
    rng.shuffle(nobv)
    order = ["reuse"] * (n // 2) + ["domain"] * (n - n // 2)
    rng.shuffle(order)
    ri = 0
    for i in range(n):
        if order[i] == "reuse":
            path, ft, text, prov_, kind, tname = make_neg_reuse(rng, nkinds[ri], nobv[ri], decks)
            ri += 1
        else:
            t = decks["neg"].draw()
            path, ft, text, prov_, kind = t(rng)
            tname = t.__name__
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov_, "kind": kind, "filetype": ft, "template": tname})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
