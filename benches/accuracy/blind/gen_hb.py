#!/usr/bin/env python3
"""Blind evaluation set for secret scanners: subscription billing, usage metering, app monetization.

EMPHASIS
    Domain: subscription billing, usage-based metering and in-app monetization.
    Providers: Chargebee (site API keys live_/test_, webhook basic-auth passwords), Recurly
    (private API keys; public keys ewr1-... only as negatives), Zuora (OAuth client id/secret),
    Maxio/Chargify (API keys), Paddle Billing (API keys pdl_live_apikey_/pdl_sdbx_apikey_,
    webhook secret keys pdl_ntfset_, Paddle Classic vendor auth codes; client-side tokens only as
    negatives), Lemon Squeezy (API keys = RS256 JWTs, webhook signing secrets), RevenueCat (secret
    keys sk_, webhook Authorization values; appl_/goog_ public SDK keys only as negatives), Orb,
    Lago, Metronome (bearer API keys), Stripe Billing webhook signing secrets (whsec_), Adapty
    (secret_live_ keys; public_live_ SDK keys as negatives), Qonversion (sk_ secret keys; project
    keys as negatives), Apple (App Store Server API / In-App Purchase .p8 EC private keys,
    App-Specific Shared Secrets), Google Play (service-account JSON with RSA private key).
    File types: TypeScript/JavaScript (Next.js route handlers, Express), Python (Django), Ruby
    (Rails), PHP (Laravel Cashier), Go, Swift, Kotlin, Java properties, XML, YAML (Kubernetes,
    Helm, GitHub Actions, docker-compose), JSON, TOML, INI, .env, Terraform/HCL, SQL, Markdown,
    shell (curl), Dockerfile, CSV, logs, .p8/.pem key files.

USAGE
    python3 -B gen_hb.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
    (500 files, no credential), OUTDIR/manifest.jsonl (one line per file) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, 1-based line).
    Deterministic: every random choice comes from one random.Random(SEED); no clock, no
    os.urandom, no set iteration, no hash() of strings.

NEEDLE CONVENTIONS
    - Plain keys/tokens/secrets: the needle is the whole value exactly as written, without
      surrounding quotes (e.g. pdl_live_apikey_..., whsec_..., sk_..., live_...).
    - HTTP headers (Authorization: Bearer X, Api-Key X): the needle is the credential X only,
      not the scheme word.  curl -u KEY: / KEY:x basic auth: the needle is KEY.
    - URLs with user:password@host: the needle is the password only.
    - OAuth client pairs (Zuora): the client id is public; the needle is the client secret.
    - Lemon Squeezy API keys: the needle is the whole JWT (header.payload.signature).
    - Multi-line PEM private keys (Apple .p8, PEM blocks in YAML/Python/TS/Terraform): the
      needle is the FIRST base64 body line (the line after -----BEGIN PRIVATE KEY-----), and
      "line" is that line.
    - PEM keys written on one line with \\n escapes (Google service-account JSON, dicts): the
      needle is the escaped text from -----BEGIN PRIVATE KEY----- through
      -----END PRIVATE KEY----- inclusive, as written (backslash-n sequences included).

NEGATIVES
    250 negatives re-use the positive templates with the secret slot holding a non-secret:
    placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme, xxxx..., prefix+xxxx), empty
    values, masked values (****, [REDACTED], prefix+****+last4), environment references
    (${VAR}, $VAR, %VAR%), secret-manager references (vault:, op://, AWS/GCP secret ARNs/paths,
    CloudFormation resolve), template expressions ({{ .Values.x }}, ${{ secrets.X }}, <%= %>),
    and providers' documented example keys (Paddle's docs key, Paddle's docs ntfset key, Recurly's
    README key 0123...ab, Qonversion's sample project key, Stripe's whsec_... placeholder).
    250 negatives come from dedicated look-alike templates: public SDK keys (RevenueCat appl_/goog_,
    Adapty public_live_, Qonversion project keys, Paddle client-side tokens, Recurly ewr1- public
    keys, Chargebee publishable keys in Chargebee.init), Google Play base64 RSA *public* license
    keys, PEM public keys and JWKS, price/product/plan/customer/subscription/transaction ids
    (pri_/pro_/sub_/ctm_/txn_/evt_/ntf_), Recurly/Zuora 32-hex object ids, invoice numbers,
    webhook event ids, webhook signatures in logs (Paddle-Signature h1=, Stripe-Signature v1=,
    Lemon Squeezy X-Signature, Lago JWT signatures), signed receipt URLs, Apple JWS fixtures,
    sha256/sha512 digests (lockfiles, go.sum, image digests, terraform lock), git SHAs,
    encrypted blobs (Rails credentials.yml.enc, SOPS, SealedSecrets, Ansible vault), masked dumps.
    No negative is written to a .env / .env.local / .env.production style file.

FORMATS CHECKED (documentation and public pages found with the search tool)
    - Paddle API keys (developer.paddle.com api-keys, authentication, 2025 changelog):
      pdl_live_apikey_ / pdl_sdbx_apikey_ + 26-char lowercase id + _ + 22 chars + _ + 3 chars;
      a partner page states 69 characters total, which this structure matches.  Keys before
      May 2025 were 50-character strings (modelled here as 50 hex, as seen in public code).
      Docs example pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO is
      used only as a negative.
    - Paddle notification settings: endpoint_secret_key "prefixed with pdl_ntfset_"; ids
      ntfset_ + [a-z\\d]{26}.  Public code shows pdl_ntfset_<26>_<32 chars incl. + and />.
      pdl_ntfset_01gkpjp8bkm3tm53kdgkx6sms7_6h3qd3uFSi9YCD3OLYAShQI90XTI5vEI is treated as a
      documented example (its ntfset id is the one in Paddle's API reference examples) and is
      used only in negatives.
    - Paddle client-side tokens: test_/live_ prefix, "safe to publish"; docs example
      live_7d279f61a3499fed520f7cd8c08 (27 hex after prefix).
    - Paddle webhooks: Paddle-Signature: ts=<unix>;h1=<hex HMAC-SHA256>.
    - RevenueCat: secret keys "prefixed sk_"; public app-specific SDK keys appl_/goog_ (public
      code shows 27 alphanumerics after the prefix).
    - Chargebee: HTTP Basic with the API key as user and empty password; different keys for test
      and live sites; publishable keys passed to Chargebee.init (public code: test_ + 34 alnum).
    - Recurly: private API key used by recurly.Client(...) (README example 32 hex);
      Recurly.js public keys ewr1- + 22 alnum (public code).
    - Zuora: OAuth client created in the UI; client_id + client_secret posted to /oauth/token
      with grant_type=client_credentials.
    - Maxio Advanced Billing (Chargify): curl -u <api_key>:x https://SUBDOMAIN.chargify.com/...
    - Lago: Authorization: Bearer <API key>; webhooks signed with JWT (RS256) or HMAC,
      X-Lago-Signature header.
    - Lemon Squeezy: API keys are long JWTs starting eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9;
      webhook signing secret chosen by the user, X-Signature = hex HMAC-SHA256.
    - Stripe: webhook signing secret starts with whsec_ (dashboard and stripe listen).
    - Adapty: Authorization: Api-Key secret_live_<8>.<32>; SDK key public_live_<8>.<20>.
    - Qonversion: secret key "prefixed with sk_" (test_sk_ for sandbox); project key has no
      prefix and is public; docs sample project key test_PV77YHL7qnGvsdmpTs7gimsxUvY-Znl2.
    - Apple: App Store Server API keys are .p8 files (PKCS#8 EC P-256, ES256), with a 10-char
      key id and a UUID issuer id; App-Specific Shared Secret for StoreKit 1 verifyReceipt.
    - Metronome: SDKs read METRONOME_BEARER_TOKEN.  Orb: SDKs read ORB_API_KEY.
    The search results once included a GitGuardian detector page (Stripe webhook secret); it is a
    scanner's rule description and was not used.  No scanner rule code was read.

DOUBTS
    - Paddle: whether the last 3-char group of API keys is a checksum (generated as random
      base62 here); the exact alphabet of the 32-char pdl_ntfset_ tail (alnum + '+/' assumed).
    - That pdl_ntfset_01gkpjp8...XTI5vEI really is Paddle's docs example was seen only through a
      mirror of the API reference and in test fixtures of public projects.
    - Chargebee API key length (32-36 alnum after live_/test_ assumed; not documented).
    - RevenueCat sk_ and Qonversion sk_ key body length/alphabet (32 chars assumed).
    - Zuora client secret shape (40 chars of base64 alphabet with '=' assumed; not documented).
    - Maxio/Chargify API key length (20 alnum legacy keys seen in public code; newer keys may be
      longer; 20-44 used).
    - Orb and Metronome API key formats are not documented publicly (64 hex / 64 hex assumed).
    - Lago API keys modelled as UUIDs (as seen in self-hosted setups); cloud keys may differ.
    - Lemon Squeezy JWT payload fields (aud/jti/iat/nbf/exp/sub/scopes, Passport-style) inferred
      from public examples of the header only; the signature is random bytes.
    - Webhook basic-auth passwords and Lemon Squeezy/RevenueCat webhook secrets are user-chosen,
      so any shape is possible; random 20-40 char strings are used.
"""
import base64
import json
import os
import random
import re
import string
import sys

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEXD = "0123456789abcdef"
B64URL = ALNUM + "-_"
CROCK = "0123456789abcdefghjkmnpqrstvwxyz"


def rs(rng, n, alpha=ALNUM):
    return "".join(rng.choice(alpha) for _ in range(n))


def hexs(rng, n):
    return rs(rng, n, HEXD)


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def ulid_lower(rng):
    ts = rng.randint(1672531200000, 1767225600000)  # 2023 .. 2026, milliseconds
    out = []
    for _ in range(10):
        out.append(CROCK[ts % 32])
        ts //= 32
    return "".join(reversed(out)) + rs(rng, 16, CROCK)


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


# --------------------------------------------------------------------------- DER / PEM helpers
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def tlv(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(x):
    return tlv(0x02, x.to_bytes(max(1, (x.bit_length() + 8) // 8), "big"))


def pem(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


# --------------------------------------------------------------------------- P-256 (Apple .p8)
P256_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
P256_N = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
P256_G = (0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
          0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5)


def _ec_add(a, b):
    if a is None:
        return b
    if b is None:
        return a
    p = P256_P
    if a[0] == b[0]:
        if (a[1] + b[1]) % p == 0:
            return None
        lam = (3 * a[0] * a[0] - 3) * pow(2 * a[1], p - 2, p) % p
    else:
        lam = (b[1] - a[1]) * pow(b[0] - a[0], p - 2, p) % p
    x = (lam * lam - a[0] - b[0]) % p
    return (x, (lam * (a[0] - x) - a[1]) % p)


def ec_mul(k, pt=P256_G):
    acc = None
    while k:
        if k & 1:
            acc = _ec_add(acc, pt)
        pt = _ec_add(pt, pt)
        k >>= 1
    return acc


OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")


def ec_keypair(rng):
    d = rng.randrange(1, P256_N)
    x, y = ec_mul(d)
    pub = b"\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big")
    return d, pub


def p8_private_pem(rng):
    d, pub = ec_keypair(rng)
    inner = tlv(0x30, der_int(1) + tlv(0x04, d.to_bytes(32, "big"))
                + tlv(0xA0, OID_P256) + tlv(0xA1, tlv(0x03, b"\x00" + pub)))
    der = tlv(0x30, der_int(0) + tlv(0x30, OID_EC + OID_P256) + tlv(0x04, inner))
    return pem("PRIVATE KEY", der)


def ec_public_pem(rng):
    _, pub = ec_keypair(rng)
    der = tlv(0x30, tlv(0x30, OID_EC + OID_P256) + tlv(0x03, b"\x00" + pub))
    return pem("PUBLIC KEY", der)


# --------------------------------------------------------------------------- RSA (Google Play SA)
SMALL_PRIMES = [q for q in range(3, 2000) if all(q % r for r in range(2, int(q ** 0.5) + 1))]


def _probable_prime(rng, n, rounds):
    if any(n % q == 0 for q in SMALL_PRIMES):
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = rng.randrange(2, n - 2)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def rand_prime(rng, bits):
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if _probable_prime(rng, c, 1) and _probable_prime(rng, c, 12) and (c - 1) % 65537:
            return c


OID_RSA = bytes.fromhex("06092a864886f70d010101") + b"\x05\x00"


def rsa_private_pem(rng, bits=2048):
    e = 65537
    while True:
        p = rand_prime(rng, bits // 2)
        q = rand_prime(rng, bits // 2)
        if p != q:
            break
    if p < q:
        p, q = q, p
    n = p * q
    d = pow(e, -1, (p - 1) * (q - 1))
    body = b"".join(der_int(v) for v in (0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p)))
    der = tlv(0x30, der_int(0) + tlv(0x30, OID_RSA) + tlv(0x04, tlv(0x30, body)))
    return pem("PRIVATE KEY", der)


def rsa_public_der(rng, bits=2048):
    # A public key only needs a plausible modulus; it is never used to encrypt anything.
    n = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
    rsakey = tlv(0x30, der_int(n) + der_int(65537))
    return tlv(0x30, tlv(0x30, OID_RSA) + tlv(0x03, b"\x00" + rsakey))


# --------------------------------------------------------------------------- secret generators
# Each returns (text inserted in the slot, needle).  Multi-line PEM: needle = first body line.
def _pem_needle(p):
    return p.split("\n")[1]


def g_paddle_api(rng):
    env = "live" if rng.random() < 0.7 else "sdbx"
    v = "pdl_%s_apikey_%s_%s_%s" % (env, ulid_lower(rng), rs(rng, 22), rs(rng, 3))
    return v, v


def g_paddle_classic(rng):
    v = hexs(rng, 50)
    return v, v


def g_paddle_ntfset(rng):
    v = "pdl_ntfset_%s_%s" % (ulid_lower(rng), rs(rng, 32, ALNUM + "+/" + ALNUM))
    return v, v


def g_cb_key(rng):
    v = rng.choice(["live_", "live_", "live_", "test_"]) + rs(rng, rng.choice([32, 34, 34, 36]))
    return v, v


def g_hook_pw(rng):
    v = rs(rng, rng.randint(20, 32))
    return v, v


def g_recurly_key(rng):
    v = hexs(rng, 32)
    return v, v


def g_zuora_secret(rng):
    v = rs(rng, 39, ALNUM + "+/" + ALNUM) + rng.choice(["=", rs(rng, 1)])
    return v, v


def g_chargify_key(rng):
    v = rs(rng, rng.choice([20, 20, 43]))
    return v, v


def g_ls_jwt(rng):
    iat = rng.randint(1690000000, 1760000000)
    frac = rng.randint(0, 999999)
    payload = ('{"aud":"%s","jti":"%s","iat":%d.%06d,"nbf":%d.%06d,"exp":%d.%06d,'
               '"sub":"%d","scopes":[]}') % (uuid4(rng), hexs(rng, 80), iat, frac, iat, frac,
                                              iat + 31536000 * rng.choice([1, 2, 10]), frac,
                                              rng.randint(10000, 999999))
    v = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9." + b64url(payload.encode()) + "." + b64url(rbytes(rng, 256))
    return v, v


def g_ls_whsec(rng):
    v = rng.choice([rs(rng, rng.randint(20, 40)), hexs(rng, 32), hexs(rng, 40)])
    return v, v


def g_rc_sk(rng):
    v = "sk_" + rs(rng, 32)
    return v, v


def g_rc_hook(rng):
    v = rs(rng, rng.randint(28, 44), ALNUM + "-_")
    return v, v


def g_orb_key(rng):
    v = hexs(rng, 64)
    return v, v


def g_lago_key(rng):
    v = uuid4(rng)
    return v, v


def g_metronome(rng):
    v = hexs(rng, 64)
    return v, v


def g_whsec(rng):
    v = "whsec_" + (rs(rng, 32) if rng.random() < 0.6 else hexs(rng, 64))
    return v, v


def g_adapty_sk(rng):
    v = "secret_live_%s.%s" % (rs(rng, 8), rs(rng, 32))
    return v, v


def g_qon_sk(rng):
    v = rng.choice(["sk_", "sk_", "test_sk_"]) + rs(rng, 32, B64URL)
    return v, v


def g_apple_shared(rng):
    v = hexs(rng, 32)
    return v, v


def g_apple_p8(rng):
    p = p8_private_pem(rng)
    return p, _pem_needle(p)


def g_rsa_pem(rng):
    p = rsa_private_pem(rng)
    return p, _pem_needle(p)


def g_rsa_escaped(rng):
    p = rsa_private_pem(rng)
    v = p.replace("\n", "\\n")
    return v + "\\n", v


GENS = {
    "paddle_api": (g_paddle_api, "api_key", "PADDLE_API_KEY", "pdl_live_apikey_"),
    "paddle_classic": (g_paddle_classic, "api_key", "PADDLE_VENDOR_AUTH_CODE", ""),
    "paddle_ntfset": (g_paddle_ntfset, "webhook_secret", "PADDLE_WEBHOOK_SECRET", "pdl_ntfset_"),
    "cb_key": (g_cb_key, "api_key", "CHARGEBEE_API_KEY", "live_"),
    "hook_pw": (g_hook_pw, "webhook_basic_auth_password", "WEBHOOK_PASSWORD", ""),
    "recurly_key": (g_recurly_key, "api_key", "RECURLY_API_KEY", ""),
    "zuora_secret": (g_zuora_secret, "oauth_client_secret", "ZUORA_CLIENT_SECRET", ""),
    "chargify_key": (g_chargify_key, "api_key", "CHARGIFY_API_KEY", ""),
    "ls_jwt": (g_ls_jwt, "api_key", "LEMONSQUEEZY_API_KEY", "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9."),
    "ls_whsec": (g_ls_whsec, "webhook_secret", "LEMONSQUEEZY_WEBHOOK_SECRET", ""),
    "rc_sk": (g_rc_sk, "secret_key", "REVENUECAT_SECRET_KEY", "sk_"),
    "rc_hook": (g_rc_hook, "webhook_secret", "REVENUECAT_WEBHOOK_AUTH", ""),
    "orb_key": (g_orb_key, "api_key", "ORB_API_KEY", ""),
    "lago_key": (g_lago_key, "api_key", "LAGO_API_KEY", ""),
    "metronome": (g_metronome, "api_key", "METRONOME_BEARER_TOKEN", ""),
    "whsec": (g_whsec, "webhook_secret", "STRIPE_WEBHOOK_SECRET", "whsec_"),
    "adapty_sk": (g_adapty_sk, "secret_key", "ADAPTY_SECRET_KEY", "secret_live_"),
    "qon_sk": (g_qon_sk, "secret_key", "QONVERSION_SECRET_KEY", "sk_"),
    "apple_shared": (g_apple_shared, "shared_secret", "APPSTORE_SHARED_SECRET", ""),
    "apple_p8": (g_apple_p8, "private_key", "APPSTORE_PRIVATE_KEY", None),
    "rsa_pem": (g_rsa_pem, "private_key", "GOOGLE_PLAY_PRIVATE_KEY", None),
    "rsa_esc": (g_rsa_escaped, "private_key", "GOOGLE_PLAY_PRIVATE_KEY", None),
}

PROVIDER_OF = {
    "paddle_api": "paddle", "paddle_classic": "paddle", "paddle_ntfset": "paddle",
    "cb_key": "chargebee", "recurly_key": "recurly", "zuora_secret": "zuora",
    "chargify_key": "maxio", "ls_jwt": "lemonsqueezy", "ls_whsec": "lemonsqueezy",
    "rc_sk": "revenuecat", "rc_hook": "revenuecat", "orb_key": "orb", "lago_key": "lago",
    "metronome": "metronome", "whsec": "stripe", "adapty_sk": "adapty", "qon_sk": "qonversion",
    "apple_shared": "apple", "apple_p8": "apple", "rsa_pem": "google_play", "rsa_esc": "google_play",
}

# Documented example values (never real) - used only as negatives.
DOC_EXAMPLES = {
    "paddle_api": ["pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO",
                   "pdl_sdbx_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO"],
    "paddle_ntfset": ["pdl_ntfset_01gkpjp8bkm3tm53kdgkx6sms7_6h3qd3uFSi9YCD3OLYAShQI90XTI5vEI"],
    "recurly_key": ["012345678901234567890123456789ab"],
    "whsec": ["whsec_...", "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "qon_sk": ["sk_YOUR_SECRET_KEY", "test_PV77YHL7qnGvsdmpTs7gimsxUvY-Znl2"],
    "rc_sk": ["sk_..."],
    "ls_jwt": ["eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9...", "eyJ0eXAi..."],
    "cb_key": ["live_...", "test_..."],
    "adapty_sk": ["secret_live_..."],
}


# --------------------------------------------------------------------------- negative slot fillers
def filler(rng, gen, var, quote):
    """A non-secret value for a secret slot.  Returns (value, kind)."""
    low = var.lower()
    prefix = GENS[gen][3]
    if gen in ("apple_p8", "rsa_pem"):
        opts = [
            ("-----BEGIN PRIVATE KEY-----\n<paste the contents of AuthKey_XXXXXXXXXX.p8 here>\n-----END PRIVATE KEY-----", "placeholder"),
            ("-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----", "placeholder"),
            ("REPLACE_WITH_PRIVATE_KEY", "placeholder"),
            ("${%s}" % var, "env_reference"),
            ("[REDACTED]", "masked"),
            ("", "empty"),
            ("{{ .Values.billing.%s }}" % re.sub(r"_(\w)", lambda m: m.group(1).upper(), low), "template_expression"),
        ]
        return rng.choice(opts)
    if gen == "rsa_esc":
        opts = [
            ("-----BEGIN PRIVATE KEY-----\\nYOUR_PRIVATE_KEY\\n-----END PRIVATE KEY-----\\n", "placeholder"),
            ("-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n", "placeholder"),
            ("<service-account-private-key>", "placeholder"),
            ("${GOOGLE_PLAY_PRIVATE_KEY}", "env_reference"),
            ("", "empty"),
            ("**********", "masked"),
        ]
        return rng.choice(opts)
    cats = ["placeholder", "placeholder", "empty", "masked", "env_reference", "secret_manager_reference",
            "template_expression"]
    if gen in DOC_EXAMPLES:
        cats += ["doc_example", "doc_example"]
    for _ in range(50):
        cat = rng.choice(cats)
        if cat == "placeholder":
            v = rng.choice([
                "<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "x" * rng.choice([24, 32, 40]),
                "REPLACE_ME", "your-secret-here", "<%s>" % low.replace("_", "-"), "TODO",
                "insert-key-here", "dummy", "example-%s" % low.replace("_", "-"),
                "YOUR_%s" % var, (prefix or "key_") + "x" * rng.choice([16, 24, 32]),
                (prefix or "") + "XXXXXXXXXXXXXXXXXXXXXXXX", (prefix or "") + "<redacted>",
            ])
        elif cat == "empty":
            v = ""
        elif cat == "masked":
            v = rng.choice(["****", "*" * rng.choice([16, 32]), "[REDACTED]", "<redacted>", "********",
                            (prefix or "") + "****" + rs(rng, 4, LOWER_ALNUM), "•" * 12, "[FILTERED]"])
        elif cat == "env_reference":
            v = rng.choice(["${%s}" % var, "$%s" % var, "%%%s%%" % var, "${env:%s}" % var,
                            "${%s:?must be set}" % var, "env(%s)" % var])
        elif cat == "secret_manager_reference":
            v = rng.choice([
                "vault:secret/data/billing/%s#value" % low,
                "op://Billing/%s/credential" % var.split("_")[0].title(),
                "arn:aws:secretsmanager:us-east-1:%d:secret:billing/%s-%s" % (
                    rng.randint(100000000000, 999999999999), low.replace("_", "-"), rs(rng, 6)),
                "projects/%s-prod/secrets/%s/versions/latest" % (rng.choice(COMPANIES), low.replace("_", "-")),
                "{{resolve:secretsmanager:billing/%s:SecretString:value}}" % low.replace("_", "-"),
                "sm://billing/%s" % low, "azurekeyvault://billing-kv/%s" % low.replace("_", "-"),
            ])
        elif cat == "template_expression":
            v = rng.choice(["{{ .Values.billing.%s }}" % re.sub(r"_(\w)", lambda m: m.group(1).upper(), low),
                            "${{ secrets.%s }}" % var, "{{ %s }}" % low, "<%%= ENV['%s'] %%>" % var,
                            "#{%s}" % var, "{{ env \"%s\" }}" % var, "__%s__" % var])
        else:
            v = rng.choice(DOC_EXAMPLES[gen])
        if quote and quote in v:
            continue
        if "\n" in v:
            continue
        return v, cat
    return "", "empty"


# --------------------------------------------------------------------------- markers
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay", "wonka", "tyrell", "northwind",
             "contoso", "fabrikam", "blueharbor", "lumen", "quartzly", "tidal", "nimbus", "orbitly",
             "brightdesk", "ledgerly", "meterly", "pinecone", "kestrel", "saltbox", "fernway", "copperleaf"]
APPS = ["notespro", "fitcoach", "photofix", "taskmint", "sleepwell", "budgetly", "langbee", "scanly",
        "habitly", "tunebox", "recipeo", "focusflow", "petpal", "journaly", "chessmate"]
WORDS = ["basic", "starter", "growth", "pro", "team", "business", "enterprise", "scale", "plus", "premium"]
TLDS = ["io", "com", "app", "dev", "co"]


def _iso(ts):
    # Proleptic Gregorian conversion without the time module.
    days, rem = divmod(ts, 86400)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    y = 1970
    while True:
        ylen = 366 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 365
        if days < ylen:
            break
        days -= ylen
        y += 1
    mlen = [31, 29 if ylen == 366 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    m = 0
    while days >= mlen[m]:
        days -= mlen[m]
        m += 1
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, m + 1, days + 1, hh, mm, ss)


class Ctx:
    """Per-file random context: consistent company/app/site names and marker values."""

    def __init__(self, rng):
        self.rng = rng
        self.company = rng.choice(COMPANIES)
        self.app = rng.choice(APPS)
        self.ts = rng.randint(1693526400, 1767225600)
        self.vals = {}

    def marker(self, name):
        if name in self.vals:
            return self.vals[name]
        base = name.rstrip("0123456789")
        r = self.rng
        c = self.company
        f = {
            "CO": lambda: c,
            "APP": lambda: self.app,
            "SITE": lambda: c + r.choice(["", "-test", "-billing", "", "-prod"]),
            "DOMAIN": lambda: "%s.%s" % (c, r.choice(TLDS)),
            "BUNDLE": lambda: "com.%s.%s" % (c, self.app),
            "UUID": lambda: uuid4(r),
            "ULID": lambda: ulid_lower(r),
            "PRI": lambda: "pri_" + ulid_lower(r),
            "PRO": lambda: "pro_" + ulid_lower(r),
            "SUB": lambda: "sub_" + ulid_lower(r),
            "CTM": lambda: "ctm_" + ulid_lower(r),
            "TXN": lambda: "txn_" + ulid_lower(r),
            "EVT": lambda: "evt_" + ulid_lower(r),
            "NTF": lambda: "ntf_" + ulid_lower(r),
            "NTFSET": lambda: "ntfset_" + ulid_lower(r),
            "ADD": lambda: "add_" + ulid_lower(r),
            "KEYID": lambda: rs(r, 10, string.ascii_uppercase + string.digits),
            "HEXL": lambda: hexs(r, 64),
            "HEXM": lambda: hexs(r, 40),
            "HEXS": lambda: hexs(r, 32),
            "HEXT": lambda: hexs(r, 12),
            "TS": lambda: str(self.ts + r.randint(0, 86400 * 30)),
            "DT": lambda: _iso(self.ts + r.randint(0, 86400 * 30)),
            "DAY": lambda: _iso(self.ts + r.randint(0, 86400 * 30))[:10],
            "INT": lambda: str(r.randint(2, 9999)),
            "BIG": lambda: str(r.randint(10 ** 14, 10 ** 15 - 1)),
            "STORE": lambda: str(r.randint(10000, 399999)),
            "PORT": lambda: str(r.choice([3000, 4000, 5000, 8000, 8080, 8443, 9000])),
            "EMAIL": lambda: "%s@%s.%s" % (r.choice(["billing", "ops", "finance", "dev", "alerts"]), c, r.choice(TLDS)),
            "PROJECT": lambda: "%s-%s-%s" % (c, r.choice(["billing", "play", "mobile", "payments"]), hexs(r, 5)),
            "VER": lambda: "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 20)),
            "WORD": lambda: r.choice(WORDS),
            "USER": lambda: r.choice(["cbhook", "webhook", "billing", "hooks", "notify"]) + r.choice(["", "-prod", "_svc"]),
            "AMT": lambda: "%d.%02d" % (r.randint(1, 499), r.choice([0, 0, 99, 49, 50])),
            "CENTS": lambda: str(r.choice([499, 999, 1299, 1999, 2900, 4900, 9900, 19900])),
            "CUR": lambda: r.choice(["USD", "EUR", "GBP", "USD", "CAD", "AUD"]),
            "CBID": lambda: rs(r, r.choice([16, 17]), ALNUM),
            "INV": lambda: "%s-%d" % (r.choice(["INV", "in", "INV-" + c.upper()[:3]]), r.randint(1000, 99999)),
            "ZINV": lambda: "INV%08d" % r.randint(1, 99999999),
            "ZSUB": lambda: "A-S%08d" % r.randint(1, 99999999),
            "ZACC": lambda: "A%08d" % r.randint(1, 99999999),
            "ZID": lambda: "8a%s" % hexs(r, 30),
            "OTX": lambda: str(r.randint(10 ** 14, 9 * 10 ** 14)),
            "APPID": lambda: str(r.randint(1000000000, 6999999999)),
            "IP": lambda: "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            "REQ": lambda: "req_" + rs(r, 14),
            "PCT": lambda: str(r.randint(1, 99)),
            "GHSHA": lambda: hexs(r, 40),
            "SHORT": lambda: hexs(r, 7),
            "B64": lambda: base64.b64encode(rbytes(r, r.choice([32, 48]))).decode(),
            "APPL": lambda: "appl_" + rs(r, 27),
            "GOOG": lambda: "goog_" + rs(r, 27),
            "ADPUB": lambda: "public_live_%s.%s" % (rs(r, 8), rs(r, 20)),
            "QPROJ": lambda: rs(r, 32, B64URL),
            "PTOK": lambda: r.choice(["live_", "test_"]) + hexs(r, 27),
            "EWR": lambda: "ewr1-" + rs(r, 22),
            "CBPUB": lambda: r.choice(["live_", "test_"]) + rs(r, 34),
            "LSUUID": lambda: uuid4(r),
            "NOTE": lambda: r.choice(["# keep in sync with the pricing page", "# values reviewed by finance",
                                      "# see docs/billing.md", "# generated by plan-sync", "# do not edit by hand"]),
        }.get(base)
        if f is None:
            raise KeyError("unknown marker " + name)
        v = f()
        self.vals[name] = v
        return v


MARK_RE = re.compile(r"§([A-Z]+[0-9]*)§")


def render(ctx, text):
    return MARK_RE.sub(lambda m: "§S§" if m.group(1) == "S" else ctx.marker(m.group(1)), text)


def insert_slot(text, value):
    """Replace the single §S§ slot; continuation lines of a multi-line value get the slot's indentation."""
    assert text.count("§S§") == 1, "template must contain exactly one slot"
    i = text.index("§S§")
    ls = text.rfind("\n", 0, i) + 1
    lead = text[ls:i]
    if "\n" in value and lead.strip() == "" and lead:
        value = value.replace("\n", "\n" + lead)
    return text[:i] + value + text[i + 3:]


# =========================================================================== positive templates
# Each: gen, conventional-name flag, candidate paths, body (markers §X§, one secret slot §S§),
# optional var name used for negative fillers.
POS = []


def P(gen, conv, paths, body, var=None, prov=None):
    POS.append({"gen": gen, "conv": conv, "paths": paths, "body": body.lstrip("\n"),
                "var": var or GENS[gen][2], "provider": prov or PROVIDER_OF[gen]})


# ---- TypeScript / JavaScript (Next.js route handlers, Express, scripts)
P("paddle_api", False, ["app/api/subscriptions/route.ts", "src/app/api/billing/subscriptions/route.ts"], """
import { NextResponse } from "next/server";
import { Environment, Paddle } from "@paddle/paddle-node-sdk";

// Server-side client used to list and update subscriptions.
const paddle = new Paddle("§S§", {
  environment: Environment.production,
});

export async function GET(request: Request) {
  const customerId = new URL(request.url).searchParams.get("customer_id") ?? "§CTM§";
  const subscriptions = [];
  for await (const sub of paddle.subscriptions.list({ customerId: [customerId] })) {
    subscriptions.push({ id: sub.id, status: sub.status, nextBilledAt: sub.nextBilledAt });
  }
  return NextResponse.json({ subscriptions });
}
""")

P("paddle_ntfset", True, ["app/api/webhooks/paddle/route.ts", "src/app/api/paddle/webhook/route.ts"], """
import { NextRequest, NextResponse } from "next/server";
import { Paddle, EventName } from "@paddle/paddle-node-sdk";
import { grantEntitlement, revokeEntitlement } from "@/lib/entitlements";

const paddle = new Paddle(process.env.PADDLE_API_KEY!);
const PADDLE_WEBHOOK_SECRET_KEY = "§S§";

export async function POST(req: NextRequest) {
  const signature = req.headers.get("paddle-signature") ?? "";
  const rawBody = await req.text();
  try {
    const event = await paddle.webhooks.unmarshal(rawBody, PADDLE_WEBHOOK_SECRET_KEY, signature);
    switch (event.eventType) {
      case EventName.SubscriptionActivated:
        await grantEntitlement(event.data.customerId, "§WORD§");
        break;
      case EventName.SubscriptionCanceled:
        await revokeEntitlement(event.data.customerId);
        break;
    }
    return NextResponse.json({ ok: true });
  } catch (err) {
    return NextResponse.json({ error: "invalid signature" }, { status: 400 });
  }
}
""")

P("whsec", False, ["pages/api/stripe/webhook.ts", "src/pages/api/webhooks/stripe.ts"], """
import type { NextApiRequest, NextApiResponse } from "next";
import Stripe from "stripe";
import { buffer } from "micro";

export const config = { api: { bodyParser: false } };

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY as string, { apiVersion: "2024-06-20" });
const endpointSecret = "§S§";

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const sig = req.headers["stripe-signature"] as string;
  const buf = await buffer(req);
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(buf, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  if (event.type === "customer.subscription.updated") {
    const sub = event.data.object as Stripe.Subscription;
    console.log("subscription", sub.id, "->", sub.status);
  }
  res.json({ received: true });
}
""")

P("ls_jwt", False, ["lib/lemonsqueezy.ts", "src/server/lemon.ts"], """
import { lemonSqueezySetup, createCheckout } from "@lemonsqueezy/lemonsqueezy.js";

lemonSqueezySetup({
  apiKey: "§S§",
  onError: (error) => console.error("Lemon Squeezy error:", error),
});

const STORE_ID = §STORE§;

export async function checkoutUrl(variantId: number, email: string) {
  const { data, error } = await createCheckout(STORE_ID, variantId, {
    checkoutData: { email },
    productOptions: { redirectUrl: "https://§DOMAIN§/welcome" },
  });
  if (error) throw error;
  return data?.data.attributes.url;
}
""")

P("ls_whsec", False, ["app/api/lemonsqueezy/webhook/route.ts", "src/routes/webhooks/lemon.ts"], """
import crypto from "node:crypto";

const secret = "§S§";

export async function POST(request: Request) {
  const rawBody = await request.text();
  const digest = Buffer.from(crypto.createHmac("sha256", secret).update(rawBody).digest("hex"), "utf8");
  const signature = Buffer.from(request.headers.get("x-signature") ?? "", "utf8");
  if (digest.length !== signature.length || !crypto.timingSafeEqual(digest, signature)) {
    return new Response("Invalid signature", { status: 401 });
  }
  const payload = JSON.parse(rawBody);
  console.info("lemon event", payload.meta.event_name, payload.data.id);
  return new Response("ok");
}
""")

P("rc_sk", False, ["server/revenuecat.ts", "src/lib/revenuecat-server.ts"], """
const RC_API = "https://api.revenuecat.com/v1";

export async function getSubscriber(appUserId: string) {
  const res = await fetch(`${RC_API}/subscribers/${encodeURIComponent(appUserId)}`, {
    headers: {
      Authorization: "Bearer §S§",
      "Content-Type": "application/json",
      "X-Platform": "ios",
    },
  });
  if (!res.ok) throw new Error(`RevenueCat ${res.status}`);
  const body = await res.json();
  return body.subscriber.entitlements;
}
""", var="REVENUECAT_SECRET_KEY")

P("orb_key", False, ["src/billing/orb.ts", "services/metering/orb-client.ts"], """
import Orb from "orb-billing";

// Usage events are batched by the metering worker every §INT§ ms.
export const orb = new Orb({ apiKey: "§S§", maxRetries: 3 });

export async function ingest(customerId: string, tokens: number) {
  await orb.events.ingest({
    events: [{
      event_name: "llm_tokens",
      external_customer_id: customerId,
      idempotency_key: crypto.randomUUID(),
      timestamp: new Date().toISOString(),
      properties: { tokens },
    }],
  });
}
""")

P("metronome", True, ["scripts/backfill-usage.mjs", "tools/metronome/backfill.mjs"], """
#!/usr/bin/env node
import Metronome from "@metronome/sdk";

const METRONOME_BEARER_TOKEN = "§S§";
const client = new Metronome({ bearerToken: METRONOME_BEARER_TOKEN });

const customers = JSON.parse(await (await import("node:fs/promises")).readFile("customers.json", "utf8"));
for (const c of customers) {
  await client.v1.usage.ingest({
    usage: [{ customer_id: c.id, event_type: "api_call", timestamp: "§DT§", transaction_id: `${c.id}-§DAY§`, properties: { count: c.calls } }],
  });
}
console.log(`backfilled ${customers.length} customers`);
""")

P("cb_key", False, ["server/billing/chargebee.js", "src/services/chargebee.js"], """
const chargebee = require("chargebee");

chargebee.configure({
  site: "§SITE§",
  api_key: "§S§",
});

async function createPortalSession(customerId) {
  const result = await chargebee.portal_session.create({ customer: { id: customerId } }).request();
  return result.portal_session.access_url;
}

module.exports = { createPortalSession };
""")

P("adapty_sk", False, ["scripts/grant-access.js", "tools/adapty/grant.js"], """
// One-off: grant the premium access level to beta testers.
const testers = require("./beta-testers.json");

async function grant(profileId) {
  const res = await fetch(`https://api.adapty.io/api/v2/server-side-api/grant/access-level/`, {
    method: "POST",
    headers: {
      Authorization: "Api-Key §S§",
      "adapty-profile-id": profileId,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({ access_level_id: "premium", expires_at: "§DT§" }),
  });
  console.log(profileId, res.status);
}

Promise.all(testers.map(grant));
""", var="ADAPTY_SECRET_KEY")

P("apple_p8", False, ["src/appstore/client.ts", "server/apple/storekit.ts"], """
import { AppStoreServerAPIClient, Environment } from "@apple/app-store-server-library";

const issuerId = "§UUID§";
const keyId = "§KEYID§";
const bundleId = "§BUNDLE§";
const signingKey = `§S§`;

export const appStore = new AppStoreServerAPIClient(signingKey, keyId, issuerId, bundleId, Environment.PRODUCTION);

export async function history(transactionId: string) {
  return appStore.getTransactionHistory(transactionId, null, {});
}
""")

# ---- Python (Django and friends)
P("cb_key", True, ["config/settings/production.py", "billing_site/settings.py"], """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["§DOMAIN§", "www.§DOMAIN§"]

CHARGEBEE_SITE = "§SITE§"
CHARGEBEE_API_KEY = "§S§"
CHARGEBEE_DEFAULT_PLAN = "§WORD§-monthly"

CELERY_BROKER_URL = "redis://redis:6379/2"
LOGGING["loggers"]["billing"] = {"level": "INFO", "handlers": ["console"]}
""")

P("recurly_key", False, ["billing/recurly_client.py", "apps/subscriptions/recurly_gateway.py"], """
import logging

import recurly

log = logging.getLogger(__name__)

client = recurly.Client("§S§")


def active_subscriptions(account_code):
    subs = client.list_account_subscriptions(f"code-{account_code}", params={"state": "active"})
    out = [s.plan.code for s in subs.items()]
    log.debug("account %s has %d active subscriptions", account_code, len(out))
    return out
""")

P("paddle_classic", True, ["config/settings/base.py", "shop/settings.py"], """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

INSTALLED_APPS += ["djpaddle"]

# Paddle Classic (vendor dashboard > Developer tools > Authentication)
DJPADDLE_VENDOR_ID = "§STORE§"
DJPADDLE_API_KEY = "§S§"
DJPADDLE_SANDBOX = False
DJPADDLE_PUBLIC_KEY = os.path.join(BASE_DIR, "keys", "paddle_public.pem")
""", var="DJPADDLE_API_KEY")

P("zuora_secret", True, ["integrations/zuora/auth.py", "billing/zuora.py"], """
import requests

ZUORA_BASE = "https://rest.zuora.com"


def access_token():
    resp = requests.post(
        f"{ZUORA_BASE}/oauth/token",
        data={
            "client_id": "§UUID§",
            "client_secret": "§S§",
            "grant_type": "client_credentials",
        },
        timeout=15,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def get_account(account_number):
    headers = {"Authorization": f"Bearer {access_token()}", "Zuora-Version": "2023-12-15"}
    return requests.get(f"{ZUORA_BASE}/v1/accounts/{account_number}", headers=headers, timeout=15).json()
""", var="ZUORA_CLIENT_SECRET")

P("lago_key", False, ["usage/metering.py", "apps/metering/lago.py"], """
from lago_python_client.client import Client
from lago_python_client.models import Event

lago = Client(api_key="§S§", api_url="https://api.getlago.com")


def record_api_call(org_id: str, transaction_id: str, units: int = 1) -> None:
    lago.events.create(Event(
        transaction_id=transaction_id,
        external_subscription_id=f"sub-{org_id}",
        code="api_requests",
        properties={"units": units},
    ))
""")

P("apple_shared", True, ["subscriptions/apple.py", "apps/iap/apple_receipts.py"], """
import requests

APPSTORE_SHARED_SECRET = "§S§"
VERIFY_URL = "https://buy.itunes.apple.com/verifyReceipt"
SANDBOX_URL = "https://sandbox.itunes.apple.com/verifyReceipt"


def verify(receipt_b64):
    payload = {"receipt-data": receipt_b64, "password": APPSTORE_SHARED_SECRET,
               "exclude-old-transactions": True}
    r = requests.post(VERIFY_URL, json=payload, timeout=10).json()
    if r.get("status") == 21007:
        r = requests.post(SANDBOX_URL, json=payload, timeout=10).json()
    return r
""")

P("apple_shared", False, ["iap/receipt_check.py", "mobile_api/verify_receipt.py"], """
import json
import urllib.request


def verify_receipt(receipt, sandbox=False):
    url = "https://%s.itunes.apple.com/verifyReceipt" % ("sandbox" if sandbox else "buy")
    body = json.dumps({"receipt-data": receipt, "password": "§S§"}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        data = json.load(resp)
    latest = data.get("latest_receipt_info") or []
    return max((int(t["expires_date_ms"]) for t in latest), default=0)
""", var="APP_SHARED_SECRET")

P("whsec", True, ["config/settings/stripe.py", "project/settings/payments.py"], """
# dj-stripe configuration
STRIPE_LIVE_MODE = True
DJSTRIPE_FOREIGN_KEY_TO_FIELD = "id"
DJSTRIPE_USE_NATIVE_JSONFIELD = True
DJSTRIPE_WEBHOOK_SECRET = "§S§"
DJSTRIPE_WEBHOOK_TOLERANCE = 300
DJSTRIPE_SUBSCRIBER_MODEL = "accounts.Organization"
""", var="DJSTRIPE_WEBHOOK_SECRET")

P("rc_hook", False, ["billing/views/revenuecat.py", "apps/iap/webhooks.py"], """
import json

from django.http import HttpResponse, HttpResponseForbidden
from django.views.decorators.csrf import csrf_exempt

from .tasks import sync_entitlements


@csrf_exempt
def revenuecat_webhook(request):
    if request.headers.get("Authorization") != "Bearer §S§":
        return HttpResponseForbidden()
    event = json.loads(request.body)["event"]
    sync_entitlements.delay(event["app_user_id"], event["type"])
    return HttpResponse(status=200)
""", var="REVENUECAT_WEBHOOK_AUTH")

P("qon_sk", True, ["billing/tasks.py", "workers/entitlements.py"], """
import httpx
from celery import shared_task

QONVERSION_SECRET_KEY = "§S§"
BASE = "https://api.qonversion.io/v3"


@shared_task(bind=True, max_retries=5)
def grant_plus(self, user_id, expires_ts):
    r = httpx.post(
        f"{BASE}/users/{user_id}/entitlements",
        headers={"Authorization": f"Bearer {QONVERSION_SECRET_KEY}"},
        json={"id": "plus", "expires": expires_ts},
        timeout=10,
    )
    if r.status_code >= 500:
        raise self.retry(countdown=30)
    return r.status_code
""")

P("apple_p8", True, ["appstore/keys.py", "apps/iap/appstore_config.py"], """
from appstoreserverlibrary.api_client import AppStoreServerAPIClient
from appstoreserverlibrary.models.Environment import Environment

APPSTORE_KEY_ID = "§KEYID§"
APPSTORE_ISSUER_ID = "§UUID§"
APPSTORE_BUNDLE_ID = "§BUNDLE§"
APPSTORE_PRIVATE_KEY = \"\"\"§S§
\"\"\"

client = AppStoreServerAPIClient(APPSTORE_PRIVATE_KEY.encode(), APPSTORE_KEY_ID, APPSTORE_ISSUER_ID,
                                 APPSTORE_BUNDLE_ID, Environment.PRODUCTION)
""")

P("rsa_esc", False, ["android_billing/play_client.py", "apps/iap/google_play.py"], """
from google.oauth2 import service_account
from googleapiclient.discovery import build

SCOPES = ["https://www.googleapis.com/auth/androidpublisher"]
PACKAGE = "§BUNDLE§"

SERVICE_ACCOUNT_INFO = {
    "type": "service_account",
    "project_id": "§PROJECT§",
    "private_key_id": "§HEXM§",
    "private_key": "§S§",
    "client_email": "play-billing@§PROJECT§.iam.gserviceaccount.com",
    "client_id": "§BIG§123456",
    "token_uri": "https://oauth2.googleapis.com/token",
}

creds = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO, scopes=SCOPES)
publisher = build("androidpublisher", "v3", credentials=creds, cache_discovery=False)


def subscription_state(token):
    return publisher.purchases().subscriptionsv2().get(packageName=PACKAGE, token=token).execute()
""")

# ---- Ruby (Rails)
P("cb_key", False, ["config/initializers/chargebee.rb"], """
# frozen_string_literal: true

ChargeBee.configure(site: "§SITE§", api_key: "§S§")

Rails.application.config.x.billing.default_plan = "§WORD§-USD-Monthly"
Rails.application.config.x.billing.trial_days = 14
""")

P("recurly_key", False, ["config/initializers/recurly.rb", "app/services/recurly_gateway.rb"], """
# frozen_string_literal: true

require "recurly"

RECURLY_CLIENT = Recurly::Client.new(api_key: '§S§', logger: Rails.logger)

module RecurlyGateway
  def self.account(code)
    RECURLY_CLIENT.get_account(account_id: "code-#{code}")
  rescue Recurly::Errors::NotFoundError
    nil
  end
end
""")

P("chargify_key", False, ["config/initializers/chargify.rb", "config/initializers/maxio.rb"], """
# Maxio Advanced Billing (formerly Chargify)
Chargify.configure do |c|
  c.subdomain = "§SITE§"
  c.api_key   = "§S§"
  c.format    = :json
  c.timeout   = 20
end
""")

P("zuora_secret", True, ["config/zuora.yml"], """
default: &default
  base_url: https://rest.apisandbox.zuora.com
  api_version: "2023-12-15"
  timeout: 30

production:
  <<: *default
  base_url: https://rest.zuora.com
  client_id: §UUID§
  client_secret: "§S§"
  entity_id: §UUID2§
""", var="ZUORA_CLIENT_SECRET")

P("whsec", False, ["config/initializers/stripe.rb"], """
Rails.configuration.stripe = {
  publishable_key: ENV.fetch("STRIPE_PUBLISHABLE_KEY", nil),
  secret_key: ENV.fetch("STRIPE_SECRET_KEY", nil),
  signing_secret: '§S§'
}

Stripe.api_key = Rails.configuration.stripe[:secret_key]
StripeEvent.signing_secret = Rails.configuration.stripe[:signing_secret]
""")

P("paddle_api", False, ["app/services/paddle_client.rb", "lib/billing/paddle_api.rb"], """
require "http"

class PaddleClient
  BASE = "https://api.paddle.com"

  def initialize
    @http = HTTP.auth("Bearer §S§").headers("Paddle-Version" => "1")
  end

  def cancel(subscription_id)
    @http.post("#{BASE}/subscriptions/#{subscription_id}/cancel", json: { effective_from: "next_billing_period" })
  end

  def prices(product_id = "§PRO§")
    @http.get("#{BASE}/prices", params: { product_id: product_id }).parse["data"]
  end
end
""")

# ---- PHP (Laravel / Cashier)
P("paddle_api", True, [".env", ".env.production"], """
APP_NAME="§CO§"
APP_ENV=production
APP_DEBUG=false
APP_URL=https://§DOMAIN§

DB_CONNECTION=pgsql
DB_HOST=db.internal
DB_DATABASE=§CO§

PADDLE_SANDBOX=false
PADDLE_API_KEY=§S§
PADDLE_RETAIN_KEY=
CASHIER_CURRENCY=§CUR§
""")

P("paddle_ntfset", True, ["config/cashier.php"], """
<?php

return [
    'seller_id' => env('PADDLE_SELLER_ID'),
    'client_side_token' => env('PADDLE_CLIENT_SIDE_TOKEN'),
    'api_key' => env('PADDLE_API_KEY'),
    'webhook_secret' => env('PADDLE_WEBHOOK_SECRET', '§S§'),
    'path' => env('CASHIER_PATH', 'paddle'),
    'webhook' => env('CASHIER_WEBHOOK'),
    'currency' => env('CASHIER_CURRENCY', '§CUR§'),
    'currency_locale' => env('CASHIER_CURRENCY_LOCALE', 'en'),
    'sandbox' => env('PADDLE_SANDBOX', false),
];
""")

P("whsec", False, ["config/services.php"], """
<?php

return [
    'postmark' => ['token' => env('POSTMARK_TOKEN')],

    'stripe' => [
        'model' => App\\Models\\Team::class,
        'key' => env('STRIPE_KEY'),
        'secret' => env('STRIPE_SECRET'),
        'webhook' => [
            'secret' => '§S§',
            'tolerance' => 300,
        ],
    ],
];
""")

P("ls_jwt", False, ["config/lemon-squeezy.php"], """
<?php

return [
    'api_key' => '§S§',
    'signing_secret' => env('LEMON_SQUEEZY_SIGNING_SECRET'),
    'store' => env('LEMON_SQUEEZY_STORE', '§STORE§'),
    'path' => 'lemon-squeezy',
    'redirect_url' => null,
    'currency_locale' => 'en',
];
""")

P("cb_key", False, ["app/Services/ChargebeeService.php"], """
<?php

namespace App\\Services;

use ChargeBee\\ChargeBee\\Environment;
use ChargeBee\\ChargeBee\\Models\\Subscription;

class ChargebeeService
{
    public function __construct()
    {
        Environment::configure('§SITE§', '§S§');
    }

    public function cancel(string $subscriptionId): void
    {
        Subscription::cancelForItems($subscriptionId, ['end_of_term' => true]);
    }
}
""")

P("recurly_key", False, ["app/Billing/RecurlyGateway.php", "src/Billing/Recurly.php"], """
<?php

namespace App\\Billing;

final class RecurlyGateway
{
    private \\Recurly\\Client $client;

    public function __construct()
    {
        $this->client = new \\Recurly\\Client('§S§');
    }

    public function plans(): array
    {
        $plans = [];
        foreach ($this->client->listPlans(['params' => ['limit' => 200]]) as $plan) {
            $plans[$plan->getCode()] = $plan->getName();
        }
        return $plans;
    }
}
""")

# ---- Go
P("paddle_api", False, ["internal/billing/paddle.go", "pkg/payments/paddle_client.go"], """
package billing

import (
	"context"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"
)

// NewClient returns the production Paddle client used by the billing service.
func NewClient() (*paddle.SDK, error) {
	return paddle.New(
		"§S§",
		paddle.WithBaseURL(paddle.ProductionBaseURL),
	)
}

func ListActive(ctx context.Context, c *paddle.SDK) (*paddle.Collection[*paddle.Subscription], error) {
	return c.ListSubscriptions(ctx, &paddle.ListSubscriptionsRequest{Status: []string{"active"}})
}
""")

P("whsec", True, ["cmd/webhooks/main.go", "services/billing-webhooks/main.go"], """
package main

import (
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v78/webhook"
)

const stripeWebhookSecret = "§S§"

func handle(w http.ResponseWriter, r *http.Request) {
	payload, err := io.ReadAll(io.LimitReader(r.Body, 65536))
	if err != nil {
		http.Error(w, "read error", http.StatusServiceUnavailable)
		return
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), stripeWebhookSecret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	log.Printf("stripe event %s %s", event.ID, event.Type)
	w.WriteHeader(http.StatusOK)
}

func main() {
	http.HandleFunc("/webhooks/stripe", handle)
	log.Fatal(http.ListenAndServe(":§PORT§", nil))
}
""", var="STRIPE_WEBHOOK_SECRET")

P("metronome", False, ["internal/usage/metronome.go"], """
package usage

import (
	"github.com/Metronome-Industries/metronome-go/v3"
	"github.com/Metronome-Industries/metronome-go/v3/option"
)

func NewMetronome() *metronome.Client {
	return metronome.NewClient(
		option.WithBearerToken("§S§"),
		option.WithMaxRetries(4),
	)
}
""")

P("orb_key", False, ["internal/orb/client.go", "pkg/metering/orb.go"], """
package orb

import (
	"bytes"
	"net/http"
	"time"
)

var httpClient = &http.Client{Timeout: 10 * time.Second}

func Ingest(body []byte) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodPost, "https://api.withorb.com/v1/ingest", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer §S§")
	req.Header.Set("Content-Type", "application/json")
	return httpClient.Do(req)
}
""", var="ORB_API_KEY")

P("paddle_ntfset", False, ["internal/webhooks/paddle.go"], """
package webhooks

import (
	"net/http"

	paddle "github.com/PaddleHQ/paddle-go-sdk/v3"
)

var verifier = paddle.NewWebhookVerifier("§S§")

func PaddleHandler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ok, err := verifier.Verify(r)
		if err != nil || !ok {
			http.Error(w, "signature mismatch", http.StatusForbidden)
			return
		}
		next.ServeHTTP(w, r)
	})
}
""")

# ---- Swift / Kotlin (apps that wrongly ship server-side secrets)
P("rc_sk", False, ["ios/App/Billing/SubscriberService.swift", "App/Services/RevenueCatREST.swift"], """
import Foundation

// TODO: move this call to the backend before release.
struct SubscriberService {
    private let revenueCatSecret = "§S§"

    func fetchSubscriber(appUserID: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.revenuecat.com/v1/subscribers/\\(appUserID)")!)
        request.setValue("Bearer \\(revenueCatSecret)", forHTTPHeaderField: "Authorization")
        let (data, _) = try await URLSession.shared.data(for: request)
        return data
    }
}
""", var="REVENUECAT_SECRET_KEY")

P("apple_shared", False, ["ios/App/IAP/ReceiptValidator.swift"], """
import Foundation

final class ReceiptValidator {
    private let sharedSecret = "§S§"
    private let productionURL = URL(string: "https://buy.itunes.apple.com/verifyReceipt")!

    func validate(receipt: Data) async throws -> [String: Any] {
        let body: [String: Any] = ["receipt-data": receipt.base64EncodedString(), "password": sharedSecret]
        var req = URLRequest(url: productionURL)
        req.httpMethod = "POST"
        req.httpBody = try JSONSerialization.data(withJSONObject: body)
        let (data, _) = try await URLSession.shared.data(for: req)
        return (try JSONSerialization.jsonObject(with: data) as? [String: Any]) ?? [:]
    }
}
""", var="APP_SHARED_SECRET")

P("adapty_sk", True, ["android/app/src/main/java/com/§CO§/§APP§/billing/AdaptyAdmin.kt"], """
package com.§CO§.§APP§.billing

import okhttp3.OkHttpClient
import okhttp3.Request

private const val ADAPTY_SECRET_KEY = "§S§"

object AdaptyAdmin {
    private val http = OkHttpClient()

    fun profile(profileId: String): String? {
        val req = Request.Builder()
            .url("https://api.adapty.io/api/v2/server-side-api/profile/")
            .header("Authorization", "Api-Key $ADAPTY_SECRET_KEY")
            .header("adapty-profile-id", profileId)
            .build()
        return http.newCall(req).execute().use { it.body?.string() }
    }
}
""")

# ---- YAML (Kubernetes, Helm, GitHub Actions, docker-compose)
P("paddle_api", True, ["deploy/k8s/billing-secrets.yaml", "k8s/overlays/prod/paddle-secret.yaml"], """
apiVersion: v1
kind: Secret
metadata:
  name: billing-secrets
  namespace: §CO§-prod
  labels:
    app.kubernetes.io/name: billing-api
type: Opaque
stringData:
  PADDLE_ENVIRONMENT: production
  PADDLE_API_KEY: "§S§"
  PADDLE_NOTIFICATION_SETTING_ID: §NTFSET§
""")

P("cb_key", True, [".github/workflows/sync-plans.yml", ".github/workflows/billing-nightly.yml"], """
name: Sync Chargebee plans
on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch: {}

jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      CHARGEBEE_SITE: §SITE§
      CHARGEBEE_API_KEY: §S§
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: node scripts/sync-plans.js --dry-run=false
""")

P("lago_key", True, ["docker-compose.yml", "deploy/docker-compose.prod.yml"], """
services:
  api:
    image: ghcr.io/§CO§/api:§VER§
    ports:
      - "§PORT§:§PORT§"
    environment:
      - NODE_ENV=production
      - LAGO_API_URL=https://api.getlago.com/api/v1
      - LAGO_API_KEY=§S§
      - REDIS_URL=redis://redis:6379
    depends_on:
      - redis
  redis:
    image: redis:7-alpine
""")

P("whsec", False, ["charts/billing/values-prod.yaml", "deploy/helm/values.production.yaml"], """
replicaCount: 3
image:
  repository: registry.§DOMAIN§/billing-webhooks
  tag: "§VER§"

billing:
  provider: stripe
  webhooks:
    path: /hooks/stripe
    signingSecret: "§S§"
    toleranceSeconds: 300

resources:
  limits:
    cpu: 500m
    memory: 256Mi
""")

P("rc_sk", False, ["charts/entitlements/values.yaml", "deploy/entitlements/values-prod.yaml"], """
entitlements:
  revenuecat:
    projectId: proj§HEXT§
    apiBase: https://api.revenuecat.com/v2
    secretKey: §S§
  cacheTtlSeconds: 120
ingress:
  enabled: true
  hosts:
    - host: entitlements.§DOMAIN§
""", var="REVENUECAT_SECRET_KEY")

P("apple_p8", False, ["deploy/k8s/appstore-key.yaml", "k8s/base/storekit-secret.yaml"], """
apiVersion: v1
kind: Secret
metadata:
  name: appstore-server-api
  namespace: §CO§-mobile
type: Opaque
stringData:
  key-id: §KEYID§
  issuer-id: §UUID§
  AuthKey.p8: |
    §S§
""")

P("recurly_key", True, ["config/application.yml", "config/billing.yml"], """
server:
  port: §PORT§
billing:
  provider: recurly
  recurly:
    subdomain: §SITE§
    api-key: §S§
    default-currency: §CUR§
    accept-language: en-US
""", var="RECURLY_API_KEY")

# ---- JSON
P("rsa_esc", False, ["secrets/play-service-account.json", "android/fastlane/play-store-credentials.json"], """
{
  "type": "service_account",
  "project_id": "§PROJECT§",
  "private_key_id": "§HEXM§",
  "private_key": "§S§",
  "client_email": "play-publisher@§PROJECT§.iam.gserviceaccount.com",
  "client_id": "1§BIG§12345",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/play-publisher%40§PROJECT§.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""")

P("recurly_key", False, ["config/production.json", "config/default.json"], """
{
  "server": { "port": §PORT§, "trustProxy": true },
  "billing": {
    "recurly": {
      "subdomain": "§SITE§",
      "apiKey": "§S§",
      "region": "us"
    },
    "defaultPlan": "§WORD§-monthly"
  },
  "logLevel": "info"
}
""")

P("rc_sk", False, [".runtimeconfig.json", "functions/.runtimeconfig.json"], """
{
  "app": { "env": "prod", "bundle": "§BUNDLE§" },
  "revenuecat": {
    "secret": "§S§",
    "entitlement": "§WORD§"
  }
}
""", var="REVENUECAT_SECRET_KEY")

P("zuora_secret", True, ["config/zuora.production.json"], """
{
  "baseUrl": "https://rest.zuora.com",
  "clientId": "§UUID§",
  "clientSecret": "§S§",
  "zuoraVersion": "2023-12-15",
  "entityIds": ["§UUID2§"]
}
""", var="ZUORA_CLIENT_SECRET")

P("adapty_sk", False, ["appsettings.Production.json"], """
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "Adapty": {
    "BaseUrl": "https://api.adapty.io/api/v2/server-side-api/",
    "Key": "§S§",
    "AccessLevel": "premium"
  },
  "AllowedHosts": "*"
}
""", var="ADAPTY_SECRET_KEY")

# ---- .env
P("ls_jwt", True, [".env.local", ".env"], """
NEXT_PUBLIC_APP_URL=https://§DOMAIN§
LEMONSQUEEZY_STORE_ID=§STORE§
LEMONSQUEEZY_API_KEY=§S§
LEMONSQUEEZY_VARIANT_PRO=§INT§
""")

# ---- Terraform
P("paddle_api", True, ["infra/billing/secrets.tf", "terraform/modules/billing/main.tf"], """
resource "aws_secretsmanager_secret" "billing" {
  name        = "§CO§/prod/billing"
  description = "Billing provider credentials"
}

resource "aws_secretsmanager_secret_version" "billing" {
  secret_id = aws_secretsmanager_secret.billing.id
  secret_string = jsonencode({
    paddle_env     = "production"
    paddle_api_key = "§S§"
  })
}
""")

P("cb_key", True, ["infra/variables.tf", "terraform/billing/variables.tf"], """
variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "chargebee_site" {
  type    = string
  default = "§SITE§"
}

variable "chargebee_api_key" {
  type      = string
  sensitive = true
  default   = "§S§"
}
""")

P("orb_key", True, ["infra/k8s/orb.tf"], """
resource "kubernetes_secret" "orb" {
  metadata {
    name      = "orb-credentials"
    namespace = "metering"
  }

  data = {
    "orb-api-key" = "§S§"
  }
}
""")

P("whsec", True, ["infra/heroku.tf"], """
resource "heroku_app" "billing" {
  name   = "§CO§-billing"
  region = "us"

  config_vars = {
    NODE_ENV = "production"
  }

  sensitive_config_vars = {
    STRIPE_WEBHOOK_SECRET = "§S§"
  }
}
""")

P("apple_p8", False, ["infra/appstore.tf"], """
resource "google_secret_manager_secret" "appstore_key" {
  secret_id = "appstore-server-key"
  replication {
    auto {}
  }
}

resource "google_secret_manager_secret_version" "appstore_key" {
  secret      = google_secret_manager_secret.appstore_key.id
  secret_data = <<-EOT
    §S§
  EOT
}
""")

# ---- SQL
P("cb_key", False, ["db/seeds/integrations.sql", "migrations/0042_seed_billing_integrations.sql"], """
-- Billing integrations per workspace
INSERT INTO billing_integrations (workspace_id, provider, site, api_key, created_at)
VALUES (§INT§, 'chargebee', '§SITE§', '§S§', '§DAY§');

UPDATE workspaces SET billing_provider = 'chargebee' WHERE id = §INT§;
""")

P("paddle_ntfset", False, ["db/migrations/20240611_paddle_webhook.sql"], """
BEGIN;
ALTER TABLE webhook_endpoints ADD COLUMN IF NOT EXISTS signing_secret text;
UPDATE webhook_endpoints
   SET signing_secret = '§S§',
       notification_setting_id = '§NTFSET§'
 WHERE provider = 'paddle' AND environment = 'production';
COMMIT;
""")

# ---- Markdown
P("paddle_api", False, ["docs/billing/paddle.md", "docs/runbooks/paddle-api.md"], """
# Paddle API quick reference

Check that the production key works (returns the event types):

```bash
curl https://api.paddle.com/event-types \\
  -H "Authorization: Bearer §S§" \\
  -H "Paddle-Version: 1"
```

Prices for the **§WORD§** plan live under product `§PRO§`.
""", var="PADDLE_API_KEY")

P("hook_pw", False, ["docs/runbooks/chargebee-webhooks.md", "docs/billing/webhooks.md"], """
## Chargebee webhooks

Endpoint: `https://§DOMAIN§/webhooks/chargebee` (HTTP basic auth enabled in
Settings > Configure Chargebee > Webhooks).

| field    | value |
|----------|-------|
| username | `§USER§` |
| password | `§S§` |

If deliveries fail with 401, re-check both values on the Chargebee side.
""", var="CHARGEBEE_WEBHOOK_PASSWORD", prov="chargebee")

P("qon_sk", False, ["README.md", "docs/entitlements.md"], """
## Granting entitlements manually

```sh
curl --request POST \\
  --url https://api.qonversion.io/v3/users/$USER_ID/entitlements \\
  --header 'Authorization: Bearer §S§' \\
  --header 'Content-Type: application/json' \\
  --data '{"id": "plus", "expires": §TS§}'
```
""", var="QONVERSION_SECRET_KEY")

# ---- shell
P("cb_key", False, ["scripts/list-plans.sh", "bin/chargebee-export.sh"], """
#!/usr/bin/env bash
set -euo pipefail

SITE="§SITE§"
curl -sS "https://${SITE}.chargebee.com/api/v2/item_prices?limit=100" \\
  -u §S§: \\
  | jq -r '.list[].item_price | [.id, .price, .currency_code] | @tsv'
""")

P("chargify_key", False, ["scripts/maxio-subscriptions.sh", "ops/chargify/export.sh"], """
#!/bin/sh
# Export active subscriptions from Maxio Advanced Billing
curl -s -u "§S§:x" \\
  -H "Accept: application/json" \\
  "https://§SITE§.chargify.com/subscriptions.json?state=active&per_page=200" > subscriptions.json
echo "exported $(jq length subscriptions.json) subscriptions"
""")

P("zuora_secret", False, ["scripts/zuora-token.sh"], """
#!/usr/bin/env bash
set -e
TOKEN=$(curl -s -X POST https://rest.zuora.com/oauth/token \\
  -H "Content-Type: application/x-www-form-urlencoded" \\
  --data-urlencode "client_id=§UUID§" \\
  --data-urlencode "client_secret=§S§" \\
  -d "grant_type=client_credentials" | jq -r .access_token)
curl -s -H "Authorization: Bearer $TOKEN" https://rest.zuora.com/v1/catalog/products | jq '.products | length'
""", var="ZUORA_CLIENT_SECRET")

P("lago_key", True, ["Dockerfile", "docker/worker.Dockerfile"], """
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV LAGO_API_URL=https://api.getlago.com
ENV LAGO_API_KEY=§S§
ENV PYTHONUNBUFFERED=1
CMD ["python", "-m", "metering.worker"]
""")

# ---- logs
P("metronome", False, ["logs/metering-worker.log", "var/log/usage-export.log"], """
§DT§ INFO  usage.export starting batch size=500
§DT§ DEBUG http POST https://api.metronome.com/v1/ingest headers={'Content-Type': 'application/json', 'Authorization': 'Bearer §S§'}
§DT§ INFO  usage.export sent=500 status=200 elapsed_ms=§INT§
§DT§ INFO  usage.export done
""", var="METRONOME_BEARER_TOKEN")

P("cb_key", False, ["logs/billing-api.log", "log/production.log"], """
[§DT§] INFO  boot: loading billing config
[§DT§] DEBUG chargebee configured site=§SITE§ api_key=§S§ timeout=30s
[§DT§] INFO  listening on :§PORT§
[§DT§] INFO  GET /healthz 200 2ms
""")

# ---- other config formats
P("apple_p8", False, ["keys/AuthKey_§KEYID§.p8", "certs/appstore/SubscriptionKey_§KEYID§.p8"], """
§S§
""")

P("zuora_secret", True, ["src/main/resources/application-prod.properties"], """
spring.application.name=billing-sync
server.port=§PORT§
zuora.base-url=https://rest.zuora.com
zuora.client-id=§UUID§
zuora.client-secret=§S§
zuora.page-size=40
management.endpoints.web.exposure.include=health,info
""", var="ZUORA_CLIENT_SECRET")

P("chargify_key", False, ["src/main/resources/billing-context.xml"], """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">
  <bean id="maxioClient" class="com.§CO§.billing.MaxioClient">
    <property name="subdomain" value="§SITE§"/>
    <property name="apiKey" value="§S§"/>
    <property name="timeoutMillis" value="15000"/>
  </bean>
</beans>
""", var="CHARGIFY_API_KEY")

P("recurly_key", True, ["config/billing.ini", "etc/billing.ini"], """
[general]
environment = production
currency = §CUR§

[recurly]
subdomain = §SITE§
private_api_key = §S§
page_size = 200
""", var="RECURLY_PRIVATE_API_KEY")

P("paddle_api", False, ["config/billing.toml", "billing.toml"], """
[server]
listen = "0.0.0.0:§PORT§"

[paddle]
environment = "production"
api_key = "§S§"
default_price = "§PRI§"

[retry]
attempts = 3
""")

P("ls_whsec", False, ["ops/integrations.csv", "docs/ops/integration-inventory.csv"], """
service,environment,setting,value,owner
lemonsqueezy,production,store_id,§STORE§,§EMAIL§
lemonsqueezy,production,webhook_url,https://§DOMAIN§/api/lemon/webhook,§EMAIL§
lemonsqueezy,production,webhook_signing_secret,§S§,§EMAIL§
slack,production,channel,#billing-alerts,§EMAIL§
""", var="LEMONSQUEEZY_WEBHOOK_SECRET")

P("hook_pw", False, ["config/webhooks.yml", "deploy/chargebee-webhook.yaml"], """
webhooks:
  chargebee:
    # Chargebee calls this URL with basic auth
    url: https://§USER§:§S§@§DOMAIN§/webhooks/chargebee
    events:
      - subscription_created
      - subscription_cancelled
      - payment_failed
""", var="CHARGEBEE_WEBHOOK_PASSWORD", prov="chargebee")

P("hook_pw", True, ["app/controllers/webhooks/recurly_controller.rb"], """
module Webhooks
  class RecurlyController < ApplicationController
    skip_forgery_protection
    RECURLY_WEBHOOK_PASSWORD = "§S§"

    http_basic_authenticate_with name: "§USER§", password: RECURLY_WEBHOOK_PASSWORD

    def create
      notification = Hash.from_xml(request.raw_post)
      RecurlyNotificationJob.perform_later(notification)
      head :ok
    end
  end
end
""", var="RECURLY_WEBHOOK_PASSWORD", prov="recurly")

P("paddle_classic", False, ["app/Http/Controllers/PaddleClassicController.php"], """
<?php

namespace App\\Http\\Controllers;

use Illuminate\\Support\\Facades\\Http;

class PaddleClassicController extends Controller
{
    public function subscriptions()
    {
        $resp = Http::asForm()->post('https://vendors.paddle.com/api/2.0/subscription/users', [
            'vendor_id' => §STORE§,
            'vendor_auth_code' => '§S§',
            'state' => 'active',
        ]);
        return $resp->json('response');
    }
}
""", var="PADDLE_VENDOR_AUTH_CODE")

P("rsa_pem", False, ["infra/k8s/play-billing-sa.yaml"], """
apiVersion: v1
kind: Secret
metadata:
  name: play-billing-sa
  namespace: §CO§-mobile
type: Opaque
stringData:
  client_email: play-billing@§PROJECT§.iam.gserviceaccount.com
  private_key: |
    §S§
""")

P("qon_sk", False, ["src/lib/qonversion.ts"], """
import axios from "axios";

export const qonversion = axios.create({
  baseURL: "https://api.qonversion.io/v3",
  timeout: 8000,
  headers: { Authorization: "Bearer §S§" },
});

export const userEntitlements = (id: string) => qonversion.get(`/users/${id}/entitlements`);
""", var="QONVERSION_SECRET_KEY")

P("ls_whsec", True, ["config/settings/integrations.py"], """
LEMONSQUEEZY_STORE_ID = §STORE§
LEMONSQUEEZY_WEBHOOK_SECRET = "§S§"
LEMONSQUEEZY_EVENTS = ("order_created", "subscription_created", "subscription_updated")
""")

P("rc_hook", True, ["supabase/functions/revenuecat-webhook/index.ts"], """
import { serve } from "https://deno.land/std@0.224.0/http/server.ts";

const REVENUECAT_WEBHOOK_AUTH = "§S§";

serve(async (req) => {
  if (req.headers.get("authorization") !== `Bearer ${REVENUECAT_WEBHOOK_AUTH}`) {
    return new Response("unauthorized", { status: 401 });
  }
  const { event } = await req.json();
  console.log(event.type, event.app_user_id, event.product_id);
  return new Response("ok");
});
""")

P("lago_key", False, ["src/metering/lago.rb", "app/services/lago_usage.rb"], """
require "lago-ruby-client"

class LagoUsage
  def initialize
    @client = Lago::Api::Client.new(api_key: "§S§")
  end

  def track(subscription_id, code, props = {})
    @client.events.create(
      transaction_id: SecureRandom.uuid,
      external_subscription_id: subscription_id,
      code: code,
      properties: props
    )
  end
end
""", var="LAGO_API_KEY")


# =========================================================================== negative templates
NEG = []


def N(provider, kind, paths, body):
    NEG.append({"provider": provider, "kind": kind, "paths": paths,
                "body": body if callable(body) else body.lstrip("\n")})


def _paddle_sig(r, ts):
    return "ts=%d;h1=%s" % (ts, hexs(r, 64))


def _jws(r, header, payload, siglen):
    return b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + \
        b64url(json.dumps(payload, separators=(",", ":")).encode()) + "." + b64url(rbytes(r, siglen))


def _gplay_pubkey(r):
    return base64.b64encode(rsa_public_der(r)).decode()


def _rows(ctx, n, fn):
    return "\n".join(fn(ctx, i) for i in range(n))


# ---- public SDK keys / client-side tokens (documented as safe to publish)
N("revenuecat", "public_sdk_key", ["ios/App/AppDelegate.swift", "App/Sources/§APP§App.swift"], """
import SwiftUI
import RevenueCat

@main
struct §APP§App: App {
    init() {
        Purchases.logLevel = .warn
        // Public app-specific SDK key (safe to ship in the app binary)
        Purchases.configure(withAPIKey: "§APPL§")
    }

    var body: some Scene {
        WindowGroup { ContentView() }
    }
}
""")

N("revenuecat", "public_sdk_key", ["android/app/src/main/java/com/§CO§/§APP§/App.kt"], """
package com.§CO§.§APP§

import android.app.Application
import com.revenuecat.purchases.Purchases
import com.revenuecat.purchases.PurchasesConfiguration

class App : Application() {
    override fun onCreate() {
        super.onCreate()
        Purchases.configure(PurchasesConfiguration.Builder(this, "§GOOG§").build())
    }
}
""")

N("revenuecat", "public_sdk_key", ["app.config.ts", "src/config/purchases.ts"], """
import { Platform } from "react-native";

// RevenueCat public SDK keys - these are meant to be bundled with the app.
export const REVENUECAT_PUBLIC_KEYS = {
  ios: "§APPL§",
  android: "§GOOG§",
};

export const revenueCatKey = Platform.OS === "ios" ? REVENUECAT_PUBLIC_KEYS.ios : REVENUECAT_PUBLIC_KEYS.android;
""")

N("adapty", "public_sdk_key", ["ios/App/Paywall/AdaptySetup.swift"], """
import Adapty

enum AdaptySetup {
    static func activate(userId: String?) async throws {
        let config = AdaptyConfiguration
            .builder(withAPIKey: "§ADPUB§")
            .with(customerUserId: userId)
            .build()
        try await Adapty.activate(with: config)
    }
}
""")

N("qonversion", "public_sdk_key", ["android/app/src/main/java/com/§CO§/§APP§/BillingInit.kt"], """
package com.§CO§.§APP§

import com.qonversion.android.sdk.Qonversion
import com.qonversion.android.sdk.QonversionConfig
import com.qonversion.android.sdk.dto.QLaunchMode

fun initQonversion(app: android.app.Application) {
    val config = QonversionConfig.Builder(
        app,
        "§QPROJ§",
        QLaunchMode.SubscriptionManagement
    ).build()
    Qonversion.initialize(config)
}
""")

N("paddle", "public_client_token", ["public/checkout.html", "src/pages/pricing.html"], """
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Pricing - §CO§</title>
  <script src="https://cdn.paddle.com/paddle/v2/paddle.js"></script>
  <script>
    Paddle.Initialize({
      token: "§PTOK§", // client-side token, safe to expose
      eventCallback: (e) => console.debug(e.name),
    });
    function buy() {
      Paddle.Checkout.open({ items: [{ priceId: "§PRI§", quantity: 1 }] });
    }
  </script>
</head>
<body><button onclick="buy()">Subscribe</button></body>
</html>
""")

N("paddle", "public_client_token", ["src/lib/paddle-client.ts"], """
"use client";
import { initializePaddle, type Paddle } from "@paddle/paddle-js";

let paddle: Paddle | undefined;

export async function getPaddle() {
  paddle ??= await initializePaddle({
    environment: "production",
    token: "§PTOK§",
  });
  return paddle;
}

export const PRICE_IDS = { monthly: "§PRI§", yearly: "§PRI2§" };
""")

N("recurly", "public_key", ["public/js/checkout.js", "assets/js/recurly-form.js"], """
// Recurly.js public key: identifies the site, cannot call the private API.
recurly.configure('§EWR§');

const elements = recurly.Elements();
const card = elements.CardElement({ style: { fontSize: '16px' } });
card.attach('#recurly-card');

document.querySelector('#payment-form').addEventListener('submit', (event) => {
  event.preventDefault();
  recurly.token(elements, event.target, (err, token) => {
    if (err) return console.warn(err.message);
    document.querySelector('[name="recurly-token"]').value = token.id;
    event.target.submit();
  });
});
""")

N("chargebee", "publishable_key", ["src/components/Checkout.jsx"], """
import { useEffect } from "react";

export default function Checkout({ planId }) {
  useEffect(() => {
    window.Chargebee.init({
      site: "§SITE§",
      publishableKey: "§CBPUB§",
      isItemsModel: true,
    });
  }, []);
  return <a data-cb-type="checkout" data-cb-item-0={planId} href="javascript:void(0)">Subscribe</a>;
}
""")

N("google_play", "public_key", ["android/app/src/main/java/com/§CO§/§APP§/billing/Security.kt"], lambda ctx: render(ctx, """
package com.§CO§.§APP§.billing

/**
 * Play Console > Monetization setup > Licensing: the app's base64 RSA *public* key,
 * used to verify purchase signatures on device.
 */
object Security {
    const val BASE64_PUBLIC_KEY =
        "%s"
}
""".lstrip("\n") % _gplay_pubkey(ctx.rng)))

# ---- documentation-style negatives
N("paddle", "doc_example", ["docs/paddle-setup.md", "docs/billing/README.md"], """
# Paddle setup

API keys look like this (example from the Paddle docs, not a real key):

    pdl_live_apikey_01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO

Sandbox keys contain `sdbx_`.  Put yours in the secret manager under
`billing/paddle/api_key`; never commit it.  Client-side tokens (`live_...`/`test_...`)
are public and go in `NEXT_PUBLIC_PADDLE_CLIENT_TOKEN`.
""")

N("mixed", "env_reference", [".env.example", ".env.sample"], """
# Copy to .env and fill in. Never commit the real values.
APP_URL=http://localhost:§PORT§
PADDLE_ENVIRONMENT=sandbox
PADDLE_API_KEY=
PADDLE_WEBHOOK_SECRET=
NEXT_PUBLIC_PADDLE_CLIENT_TOKEN=
CHARGEBEE_SITE=your-site-test
CHARGEBEE_API_KEY=<your-chargebee-api-key>
STRIPE_WEBHOOK_SECRET=whsec_...
REVENUECAT_SECRET_KEY=sk_xxxxxxxxxxxxxxxxxxxxxxxx
LEMONSQUEEZY_API_KEY=
LEMONSQUEEZY_WEBHOOK_SECRET=changeme
""")

N("mixed", "documentation", ["docs/configuration.md", "CONFIGURATION.md"], """
## Environment variables

| Variable | Required | Description |
|---|---|---|
| `CHARGEBEE_SITE` | yes | Site name, e.g. `§SITE§` |
| `CHARGEBEE_API_KEY` | yes | Full-access key from *Settings > API keys* |
| `RECURLY_API_KEY` | no | Private API key (server only) |
| `RECURLY_PUBLIC_KEY` | no | Public key for Recurly.js (`ewr1-...`) |
| `ZUORA_CLIENT_ID` / `ZUORA_CLIENT_SECRET` | no | OAuth client for the API user |
| `ORB_API_KEY` | no | Metering events |

Secrets are injected at runtime from Vault (`secret/data/billing/*`).
""")

N("mixed", "env_reference", ["billing/settings.py", "config/settings/billing.py"], """
import os

CHARGEBEE_SITE = os.environ["CHARGEBEE_SITE"]
CHARGEBEE_API_KEY = os.environ["CHARGEBEE_API_KEY"]
RECURLY_API_KEY = os.getenv("RECURLY_API_KEY", "")
PADDLE_API_KEY = os.environ.get("PADDLE_API_KEY")
PADDLE_WEBHOOK_SECRET = os.environ.get("PADDLE_WEBHOOK_SECRET")
APPSTORE_PRIVATE_KEY_PATH = os.getenv("APPSTORE_PRIVATE_KEY_PATH", "/run/secrets/AuthKey.p8")
APPSTORE_KEY_ID = "§KEYID§"
APPSTORE_ISSUER_ID = "§UUID§"
""")

N("mixed", "env_reference", ["src/config/billing.ts", "lib/env.ts"], """
import { z } from "zod";

const schema = z.object({
  PADDLE_API_KEY: z.string().startsWith("pdl_"),
  PADDLE_WEBHOOK_SECRET: z.string().min(10),
  LEMONSQUEEZY_API_KEY: z.string().optional(),
  ORB_API_KEY: z.string().optional(),
});

export const billingEnv = schema.parse({
  PADDLE_API_KEY: process.env.PADDLE_API_KEY,
  PADDLE_WEBHOOK_SECRET: process.env.PADDLE_WEBHOOK_SECRET,
  LEMONSQUEEZY_API_KEY: process.env.LEMONSQUEEZY_API_KEY,
  ORB_API_KEY: process.env.ORB_API_KEY,
});
""")

N("mixed", "secret_manager_reference", ["deploy/k8s/external-secret.yaml"], """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: billing
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: billing-secrets
  data:
    - secretKey: PADDLE_API_KEY
      remoteRef: { key: secret/data/billing/paddle, property: api_key }
    - secretKey: STRIPE_WEBHOOK_SECRET
      remoteRef: { key: secret/data/billing/stripe, property: webhook_secret }
    - secretKey: REVENUECAT_SECRET_KEY
      remoteRef: { key: secret/data/billing/revenuecat, property: secret_key }
""")

N("mixed", "template_expression", [".github/workflows/deploy-billing.yml"], """
name: deploy-billing
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - name: Deploy
        env:
          CHARGEBEE_API_KEY: ${{ secrets.CHARGEBEE_API_KEY }}
          PADDLE_API_KEY: ${{ secrets.PADDLE_API_KEY }}
          STRIPE_WEBHOOK_SECRET: ${{ secrets.STRIPE_WEBHOOK_SECRET }}
        run: ./scripts/deploy.sh --service billing --sha ${{ github.sha }}
""")

N("mixed", "secret_manager_reference", ["infra/billing/data.tf"], """
data "aws_secretsmanager_secret_version" "billing" {
  secret_id = "§CO§/prod/billing"
}

locals {
  billing = jsondecode(data.aws_secretsmanager_secret_version.billing.secret_string)
}

resource "aws_lambda_function" "webhooks" {
  function_name = "billing-webhooks"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  role          = aws_iam_role.webhooks.arn
  filename      = "dist/webhooks.zip"
  environment {
    variables = {
      PADDLE_WEBHOOK_SECRET = local.billing["paddle_webhook_secret"]
      LAGO_API_KEY          = var.lago_api_key
    }
  }
}
""")

N("mixed", "secret_manager_reference", ["charts/billing/values.yaml"], """
billing:
  existingSecret: billing-secrets
  secretKeys:
    paddleApiKey: PADDLE_API_KEY
    webhookSecret: PADDLE_WEBHOOK_SECRET
  paddle:
    environment: production
    priceIds:
      monthly: §PRI§
      yearly: §PRI2§
""")

N("mixed", "masked", ["logs/config-dump.log", "var/log/billing/startup.log"], """
§DT§ INFO  config loaded from /etc/billing/config.yml
§DT§ INFO  paddle.api_key=pdl_live_apikey_****************************
§DT§ INFO  paddle.webhook_secret=[REDACTED]
§DT§ INFO  chargebee.api_key=live_**********************§HEXT§
§DT§ INFO  stripe.webhook_secret=whsec_********
§DT§ INFO  revenuecat.secret_key=sk_****
§DT§ INFO  server started on :§PORT§
""")

N("mixed", "generated_at_runtime", ["scripts/rotate-webhook-secret.sh"], """
#!/usr/bin/env bash
# Rotate the webhook basic-auth password and push it to the secret store.
set -euo pipefail
NEW_PASSWORD="$(openssl rand -base64 24)"
aws secretsmanager put-secret-value \\
  --secret-id "§CO§/prod/chargebee-webhook" \\
  --secret-string "{\\"username\\":\\"§USER§\\",\\"password\\":\\"${NEW_PASSWORD}\\"}"
echo "rotated; update Chargebee > Webhooks with the new password from the secret store"
""")

N("mixed", "type_definitions", ["src/types/billing.d.ts"], """
export interface BillingCredentials {
  provider: "paddle" | "chargebee" | "recurly" | "stripe";
  /** Server-side key; loaded from the secret manager, never from source. */
  apiKey: string;
  webhookSecret?: string;
  site?: string;
}

export type ApiKeyHeader = "Authorization" | "X-Api-Key";
export const SECRET_FIELDS = ["apiKey", "webhookSecret", "clientSecret", "privateKey"] as const;
""")

N("apple", "key_metadata", ["fastlane/Fastfile", "ios/fastlane/Fastfile"], """
default_platform(:ios)

platform :ios do
  lane :sync_iap do
    api_key = app_store_connect_api_key(
      key_id: "§KEYID§",
      issuer_id: "§UUID§",
      key_filepath: ENV.fetch("ASC_KEY_PATH", "./AuthKey_§KEYID§.p8"),
      in_house: false
    )
    upload_to_app_store(api_key: api_key, skip_binary_upload: true, skip_screenshots: true)
  end
end
""")

# ---- ids, events, fixtures
N("paddle", "event_ids", ["tests/fixtures/paddle/subscription_created.json", "fixtures/webhooks/paddle-subscription.json"], """
{
  "event_id": "§EVT§",
  "event_type": "subscription.created",
  "occurred_at": "§DT§",
  "notification_id": "§NTF§",
  "data": {
    "id": "§SUB§",
    "status": "active",
    "customer_id": "§CTM§",
    "address_id": "§ADD§",
    "currency_code": "§CUR§",
    "items": [
      {
        "price": { "id": "§PRI§", "product_id": "§PRO§", "description": "§WORD§ monthly" },
        "quantity": 1,
        "status": "active"
      }
    ],
    "transaction_id": "§TXN§",
    "next_billed_at": "§DT2§"
  }
}
""")

N("stripe", "event_ids", ["tests/fixtures/stripe/invoice_paid.json"], lambda ctx: """
{
  "id": "evt_1%s",
  "object": "event",
  "api_version": "2024-06-20",
  "created": %s,
  "type": "invoice.paid",
  "data": {
    "object": {
      "id": "in_1%s",
      "customer": "cus_%s",
      "subscription": "sub_1%s",
      "number": "%s-%04d",
      "amount_paid": %s,
      "currency": "usd",
      "lines": { "data": [ { "price": { "id": "price_1%s", "product": "prod_%s" } } ] }
    }
  }
}
""".lstrip("\n") % (rs(ctx.rng, 23), ctx.marker("TS"), rs(ctx.rng, 23), rs(ctx.rng, 14), rs(ctx.rng, 23),
                   hexs(ctx.rng, 8).upper(), ctx.rng.randint(1, 9999), ctx.marker("CENTS"), rs(ctx.rng, 23), rs(ctx.rng, 14)))

N("paddle", "webhook_signature_log", ["logs/webhooks.log", "var/log/paddle-webhooks.log"], lambda ctx: _rows(ctx, ctx.rng.randint(4, 8), lambda c, i: "%s INFO webhook provider=paddle event_id=%s type=%s Paddle-Signature=\"%s\" status=200" % (
    _iso(c.ts + i * 37), "evt_" + ulid_lower(c.rng), c.rng.choice(["transaction.completed", "subscription.updated", "subscription.created", "customer.updated"]),
    _paddle_sig(c.rng, c.ts + i * 37))) + "\n")

N("stripe", "webhook_signature_log", ["logs/stripe-webhooks.log"], lambda ctx: _rows(ctx, ctx.rng.randint(4, 8), lambda c, i: "[%s] POST /webhooks/stripe evt=evt_1%s stripe-signature=t=%d,v1=%s,v0=%s -> 200" % (
    _iso(c.ts + i * 11), rs(c.rng, 23), c.ts + i * 11, hexs(c.rng, 64), hexs(c.rng, 64))) + "\n")

N("lemonsqueezy", "webhook_signature_log", ["logs/lemon-webhooks.log"], lambda ctx: _rows(ctx, ctx.rng.randint(3, 7), lambda c, i: "%s lemon webhook event=%s store_id=%d x-signature=%s verified=true" % (
    _iso(c.ts + i * 5), c.rng.choice(["order_created", "subscription_payment_success", "subscription_updated"]),
    c.rng.randint(10000, 99999), hexs(c.rng, 64))) + "\n")

N("lago", "webhook_signature_log", ["logs/lago-webhooks.log"], lambda ctx: _rows(ctx, 3, lambda c, i: "%s INFO lago webhook type=invoice.created unique_key=%s signature_algo=jwt X-Lago-Signature=%s" % (
    _iso(c.ts + i * 90), uuid4(c.rng), _jws(c.rng, {"alg": "RS256"}, {"data": "{\"webhook_type\":\"invoice.created\",\"object_type\":\"invoice\"}", "iss": "https://api.getlago.com"}, 256))) + "\n")

N("lemonsqueezy", "signed_url", ["tests/fixtures/lemonsqueezy/order_created.json"], """
{
  "meta": { "event_name": "order_created", "custom_data": { "user_id": "§UUID§" } },
  "data": {
    "type": "orders",
    "id": "§INT§",
    "attributes": {
      "store_id": §STORE§,
      "identifier": "§LSUUID§",
      "order_number": §INT2§,
      "user_email": "customer@example.com",
      "currency": "§CUR§",
      "total": §CENTS§,
      "status": "paid",
      "urls": {
        "receipt": "https://app.lemonsqueezy.com/my-orders/§LSUUID§?signature=§HEXL§"
      },
      "created_at": "§DT§"
    }
  }
}
""")

N("chargebee", "event_ids", ["test/fixtures/chargebee/subscription_created.json"], """
{
  "id": "ev_§CBID§",
  "occurred_at": §TS§,
  "source": "admin_console",
  "object": "event",
  "api_version": "v2",
  "event_type": "subscription_created",
  "content": {
    "subscription": {
      "id": "§CBID2§",
      "customer_id": "§CBID3§",
      "status": "in_trial",
      "subscription_items": [ { "item_price_id": "§WORD§-§CUR§-Monthly", "quantity": 1 } ]
    },
    "customer": { "id": "§CBID3§", "email": "jane@example.com", "auto_collection": "on" }
  }
}
""")

N("recurly", "object_ids", ["spec/fixtures/recurly/new_subscription_notification.xml"], """
<?xml version="1.0" encoding="UTF-8"?>
<new_subscription_notification>
  <account>
    <account_code>§INT§</account_code>
    <email>jane@example.com</email>
  </account>
  <subscription>
    <plan>
      <plan_code>§WORD§-monthly</plan_code>
      <name>§WORD§ Monthly</name>
    </plan>
    <uuid>§HEXS§</uuid>
    <state>active</state>
    <quantity type="integer">1</quantity>
    <total_amount_in_cents type="integer">§CENTS§</total_amount_in_cents>
    <activated_at type="datetime">§DT§</activated_at>
  </subscription>
</new_subscription_notification>
""")

N("recurly", "object_ids", ["db/seeds/recurly_subscriptions.sql"], lambda ctx: "-- imported from Recurly export %s\n" % ctx.marker("DAY") + _rows(ctx, ctx.rng.randint(5, 10), lambda c, i: "INSERT INTO subscriptions (account_code, recurly_uuid, plan_code, state) VALUES ('%d', '%s', '%s-monthly', 'active');" % (
    c.rng.randint(1000, 99999), hexs(c.rng, 32), c.rng.choice(WORDS))) + "\n")

N("zuora", "object_ids", ["exports/zuora_subscriptions.csv", "data/zuora/subscriptions.csv"], lambda ctx: "Id,Name,AccountId,AccountNumber,Status,TermEndDate\n" + _rows(ctx, ctx.rng.randint(6, 12), lambda c, i: "8a%s,A-S%08d,8a%s,A%08d,Active,%s" % (
    hexs(c.rng, 30), c.rng.randint(1, 99999999), hexs(c.rng, 30), c.rng.randint(1, 99999999), _iso(c.ts + c.rng.randint(0, 3 * 10 ** 7))[:10])) + "\n")

N("zuora", "client_id_only", ["config/zuora-workflow.json"], """
{
  "name": "Monthly usage upload",
  "tenant": "production",
  "auth": {
    "clientId": "§UUID§",
    "clientSecret": "{{ Credentials.Zuora.ClientSecret }}"
  },
  "tasks": [
    { "type": "Export", "query": "select Id, AccountNumber from Account where Status = 'Active'" },
    { "type": "Usage", "uom": "API Calls", "subscriptionNumber": "§ZSUB§" }
  ]
}
""")

N("mixed", "invoice_numbers", ["exports/invoices-§DAY§.csv", "reports/invoices.csv"], lambda ctx: "invoice_number,customer_id,subscription_id,amount,currency,status,issued_at\n" + _rows(ctx, ctx.rng.randint(8, 15), lambda c, i: "%s-%05d,%s,%s,%d.%02d,%s,%s,%s" % (
    c.company.upper()[:3], 1000 + i, "ctm_" + ulid_lower(c.rng), "sub_" + ulid_lower(c.rng), c.rng.randint(5, 900), c.rng.choice([0, 99, 50]),
    c.rng.choice(["USD", "EUR"]), c.rng.choice(["paid", "paid", "past_due", "void"]), _iso(c.ts + i * 86400)[:10])) + "\n")

N("chargebee", "object_ids", ["exports/chargebee_subscriptions.csv"], lambda ctx: "subscription_id,customer_id,item_price_id,status,mrr\n" + _rows(ctx, ctx.rng.randint(6, 12), lambda c, i: "%s,%s,%s-%s-Monthly,%s,%d" % (
    rs(c.rng, 17), rs(c.rng, 16), c.rng.choice(WORDS), c.rng.choice(["USD", "EUR"]), c.rng.choice(["active", "in_trial", "cancelled"]), c.rng.randint(9, 2000))) + "\n")

N("paddle", "catalog_ids", ["config/plans.yml", "config/pricing.yaml"], """
§NOTE§
plans:
  - code: starter
    paddle_product: §PRO§
    prices:
      monthly: §PRI§
      yearly: §PRI2§
    seats: 3
  - code: growth
    paddle_product: §PRO2§
    prices:
      monthly: §PRI3§
      yearly: §PRI4§
    seats: 10
""")

N("paddle", "catalog_ids", ["db/migrations/20240301_create_billing.sql"], """
CREATE TABLE plans (
  code text PRIMARY KEY,
  paddle_price_id text NOT NULL UNIQUE,
  amount_cents integer NOT NULL,
  interval text NOT NULL CHECK (interval IN ('month', 'year'))
);

INSERT INTO plans VALUES ('§WORD§-month', '§PRI§', §CENTS§, 'month');
INSERT INTO plans VALUES ('§WORD§-year', '§PRI2§', §CENTS2§, 'year');

CREATE TABLE subscriptions (
  id text PRIMARY KEY,          -- sub_...
  customer_id text NOT NULL,    -- ctm_...
  plan_code text REFERENCES plans(code),
  status text NOT NULL
);
""")

N("paddle", "catalog_ids", ["tests/fixtures/paddle/price_preview.json"], """
{
  "data": {
    "customer_id": "§CTM§",
    "currency_code": "§CUR§",
    "details": {
      "line_items": [
        { "price": { "id": "§PRI§", "product_id": "§PRO§" }, "quantity": 1,
          "formatted_totals": { "subtotal": "$§AMT§", "total": "$§AMT§" } }
      ]
    },
    "available_payment_methods": ["card", "paypal", "apple_pay"]
  },
  "meta": { "request_id": "§UUID§" }
}
""")

N("paddle", "checkout_link", ["docs/marketing/links.md"], """
# Checkout links

- Monthly: https://§DOMAIN§/checkout?_ptxn=§TXN§
- Yearly: https://§DOMAIN§/pricing?price=§PRI§
- Customer portal session for QA account `§CTM§`: generated on demand from the admin panel.

Price ids come from Paddle > Catalog > Products.
""")

N("revenuecat", "event_ids", ["tests/fixtures/revenuecat/renewal.json"], """
{
  "api_version": "1.0",
  "event": {
    "id": "§UUID§",
    "type": "RENEWAL",
    "app_id": "app§HEXT§",
    "app_user_id": "§UUID2§",
    "original_app_user_id": "$RCAnonymousID:§HEXS§",
    "product_id": "§APP§_§WORD§_monthly",
    "entitlement_ids": ["§WORD§"],
    "period_type": "NORMAL",
    "store": "APP_STORE",
    "environment": "PRODUCTION",
    "transaction_id": "§OTX§",
    "original_transaction_id": "§OTX2§",
    "price": §AMT§,
    "currency": "§CUR§",
    "event_timestamp_ms": §TS§000
  }
}
""")

N("adapty", "event_ids", ["tests/fixtures/adapty/subscription_renewed.json"], """
{
  "profile_id": "§UUID§",
  "customer_user_id": "§INT§",
  "idfv": "§UUID2§",
  "event_type": "subscription_renewed",
  "event_datetime": "§DT§",
  "event_properties": {
    "store": "app_store",
    "vendor_product_id": "§BUNDLE§.§WORD§.month",
    "original_transaction_id": "§OTX§",
    "transaction_id": "§OTX2§",
    "price_usd": §AMT§,
    "environment": "Production"
  }
}
""")

N("qonversion", "event_ids", ["tests/fixtures/qonversion/webhook.json"], """
{
  "event_name": "subscription_renewed",
  "time": §TS§,
  "user_id": "QON_§HEXS§",
  "custom_user_id": "§INT§",
  "product_id": "§WORD§_monthly",
  "transaction_id": "§OTX§",
  "environment": "production",
  "platform": "iOS",
  "price": "§AMT§",
  "currency": "§CUR§"
}
""")

N("apple", "notification_payload", ["tests/fixtures/appstore/did_renew_decoded.json"], """
{
  "notificationType": "DID_RENEW",
  "notificationUUID": "§UUID§",
  "version": "2.0",
  "signedDate": §TS§000,
  "data": {
    "appAppleId": §APPID§,
    "bundleId": "§BUNDLE§",
    "bundleVersion": "§INT§",
    "environment": "Production",
    "transactionInfo": {
      "transactionId": "§OTX§",
      "originalTransactionId": "§OTX2§",
      "productId": "§BUNDLE§.§WORD§.monthly",
      "type": "Auto-Renewable Subscription",
      "expiresDate": §TS2§000
    }
  }
}
""")

N("apple", "signed_jws", ["tests/fixtures/appstore/signed_transaction.txt"], lambda ctx: "# signedTransactionInfo captured from the sandbox (public data, signed by Apple)\n" + _jws(
    ctx.rng, {"alg": "ES256", "x5c": [base64.b64encode(rbytes(ctx.rng, 300)).decode(), base64.b64encode(rbytes(ctx.rng, 250)).decode()]},
    {"transactionId": ctx.marker("OTX"), "originalTransactionId": ctx.marker("OTX"), "bundleId": ctx.marker("BUNDLE"),
     "productId": ctx.marker("BUNDLE") + ".pro.monthly", "environment": "Sandbox", "purchaseDate": int(ctx.marker("TS")) * 1000}, 64) + "\n")

N("google_play", "encoded_data", ["tests/fixtures/play/rtdn_message.json"], lambda ctx: json.dumps({
    "message": {
        "data": base64.b64encode(json.dumps({
            "version": "1.0", "packageName": ctx.marker("BUNDLE"), "eventTimeMillis": ctx.marker("TS") + "000",
            "subscriptionNotification": {"version": "1.0", "notificationType": 2,
                                         "subscriptionId": ctx.app + "_monthly"}}).encode()).decode(),
        "messageId": str(ctx.rng.randint(10 ** 15, 10 ** 16)),
        "publishTime": ctx.marker("DT")},
    "subscription": "projects/%s/subscriptions/play-rtdn" % ctx.marker("PROJECT")}, indent=2) + "\n")

N("metronome", "usage_ids", ["tests/fixtures/metronome/usage_batch.json"], lambda ctx: json.dumps({"usage": [
    {"transaction_id": uuid4(ctx.rng), "customer_id": uuid4(ctx.rng), "event_type": "api_call",
     "timestamp": _iso(ctx.ts + i), "properties": {"count": ctx.rng.randint(1, 500), "region": "us-east-1"}}
    for i in range(ctx.rng.randint(2, 5))]}, indent=2) + "\n")

N("orb", "usage_ids", ["scripts/sample-events.ndjson", "tests/fixtures/orb/events.ndjson"], lambda ctx: _rows(ctx, ctx.rng.randint(4, 9), lambda c, i: json.dumps({
    "event_name": "llm_tokens", "idempotency_key": uuid4(c.rng), "external_customer_id": "cust_%s" % hexs(c.rng, 12),
    "timestamp": _iso(c.ts + i * 60), "properties": {"tokens": c.rng.randint(10, 90000), "model": c.rng.choice(["small", "large"])}})) + "\n")

# ---- public keys, digests, hashes, encrypted blobs
N("paddle", "public_key", ["keys/paddle_public.pem", "config/paddle_classic_public_key.pem"], lambda ctx: pem("PUBLIC KEY", rsa_public_der(ctx.rng)) + "\n")

N("apple", "public_key", ["certs/webhook-verify-pub.pem", "keys/jws_verify_pub.pem"], lambda ctx: ec_public_pem(ctx.rng) + "\n")

N("lago", "encoded_public_key", ["config/lago.yml", "config/metering.yml"], lambda ctx: render(ctx, """
lago:
  api_url: https://api.getlago.com/api/v1
  api_key_secret_ref: billing/lago#api_key
  # Public key used to check X-Lago-Signature (JWT, RS256) - base64 of the PEM returned by
  # GET /webhooks/public_key
  webhook_public_key: %s
  billable_metrics:
    - api_requests
    - storage_gb
""".lstrip("\n")) % base64.b64encode((pem("PUBLIC KEY", rsa_public_der(ctx.rng)) + "\n").encode()).decode())

N("mixed", "public_key", ["public/.well-known/jwks.json"], lambda ctx: json.dumps({"keys": [
    {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": hexs(ctx.rng, 16),
     "n": b64url((ctx.rng.getrandbits(2048) | (1 << 2047) | 1).to_bytes(256, "big")), "e": "AQAB"}
    for _ in range(ctx.rng.randint(1, 2))]}, indent=2) + "\n")

N("mixed", "integrity_hashes", ["package-lock.json"], lambda ctx: json.dumps({
    "name": ctx.company + "-billing", "version": ctx.marker("VER"), "lockfileVersion": 3, "requires": True,
    "packages": {"node_modules/" + name: {
        "version": "%d.%d.%d" % (ctx.rng.randint(1, 9), ctx.rng.randint(0, 40), ctx.rng.randint(0, 9)),
        "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (name, name.split("/")[-1]),
        "integrity": "sha512-" + base64.b64encode(rbytes(ctx.rng, 64)).decode()}
        for name in ["@paddle/paddle-node-sdk", "chargebee", "stripe", "orb-billing", "@lemonsqueezy/lemonsqueezy.js", "recurly"]}},
    indent=2) + "\n")

N("mixed", "integrity_hashes", ["go.sum"], lambda ctx: _rows(ctx, 1, lambda c, i: "\n".join(
    "%s v%d.%d.%d%s h1:%s" % (m, c.rng.randint(0, 3), c.rng.randint(0, 30), c.rng.randint(0, 9), suf,
                               base64.b64encode(rbytes(c.rng, 32)).decode())
    for m in ["github.com/PaddleHQ/paddle-go-sdk/v3", "github.com/stripe/stripe-go/v78", "github.com/Metronome-Industries/metronome-go/v3",
              "github.com/google/uuid", "golang.org/x/oauth2"] for suf in ["", "/go.mod"])) + "\n")

N("mixed", "integrity_hashes", [".terraform.lock.hcl"], lambda ctx: "# This file is maintained automatically by \"terraform init\".\n\n" + _rows(ctx, 1, lambda c, i: "\n\n".join(
    'provider "registry.terraform.io/hashicorp/%s" {\n  version     = "%d.%d.%d"\n  constraints = "~> %d.0"\n  hashes = [\n%s\n  ]\n}' % (
        p, c.rng.randint(2, 5), c.rng.randint(0, 60), c.rng.randint(0, 9), c.rng.randint(2, 5),
        "\n".join('    "%s",' % h for h in (["h1:" + base64.b64encode(rbytes(c.rng, 32)).decode()] + ["zh:" + hexs(c.rng, 64) for _ in range(4)])))
    for p in ["aws", "random", "kubernetes"])) + "\n")

N("mixed", "image_digests", ["deploy/k8s/billing-deployment.yaml"], """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: billing-api
spec:
  replicas: 2
  selector:
    matchLabels: { app: billing-api }
  template:
    metadata:
      labels: { app: billing-api }
      annotations:
        checksum/config: §HEXL§
    spec:
      containers:
        - name: api
          image: ghcr.io/§CO§/billing-api@sha256:§HEXL2§
          envFrom:
            - secretRef: { name: billing-secrets }
        - name: metering-sidecar
          image: ghcr.io/§CO§/metering@sha256:§HEXL3§
""")

N("mixed", "git_shas", ["CHANGELOG.md"], lambda ctx: "# Changelog\n\n" + _rows(ctx, ctx.rng.randint(5, 9), lambda c, i: "- %s billing: %s ([%s](https://github.com/%s/billing/commit/%s))" % (
    _iso(c.ts - i * 86400 * 3)[:10], c.rng.choice(["handle subscription.past_due", "retry Paddle 429s", "upgrade chargebee SDK",
                                                     "proration preview for annual plans", "store Recurly uuid on invoices", "dunning emails via Postmark"]),
    hexs(c.rng, 7), c.company, hexs(c.rng, 40))) + "\n")

N("mixed", "checksums", ["tests/billing/test_signature.py"], """
import hashlib
import hmac
import os

import pytest

from billing.webhooks import verify_paddle

BODY = open(os.path.join(os.path.dirname(__file__), "fixtures", "paddle_event.json"), "rb").read()
EXPECTED_SHA256 = "§HEXL§"


def test_fixture_unchanged():
    assert hashlib.sha256(BODY).hexdigest() == EXPECTED_SHA256


@pytest.mark.skipif("PADDLE_WEBHOOK_SECRET" not in os.environ, reason="needs secret from CI")
def test_verify_roundtrip():
    secret = os.environ["PADDLE_WEBHOOK_SECRET"].encode()
    ts = "§TS§"
    h1 = hmac.new(secret, ts.encode() + b":" + BODY, hashlib.sha256).hexdigest()
    assert verify_paddle(BODY, f"ts={ts};h1={h1}")
""")

N("mixed", "checksums", ["internal/webhooks/paddle_test.go"], """
package webhooks

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"testing"
)

// Digest of testdata/paddle_event.json, so that fixture edits are deliberate.
const fixtureSHA256 = "§HEXL§"

func TestFixtureDigest(t *testing.T) {
	b, err := os.ReadFile("testdata/paddle_event.json")
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != fixtureSHA256 {
		t.Fatalf("fixture changed: %s", got)
	}
}
""")

N("mixed", "encrypted_blob", ["config/credentials/production.yml.enc", "config/credentials.yml.enc"], lambda ctx: "%s--%s--%s" % (
    base64.b64encode(rbytes(ctx.rng, ctx.rng.randint(300, 700))).decode(), base64.b64encode(rbytes(ctx.rng, 12)).decode(),
    base64.b64encode(rbytes(ctx.rng, 16)).decode()))

N("mixed", "encrypted_blob", ["deploy/secrets/billing.enc.yaml", "secrets/prod/billing.sops.yaml"], lambda ctx: render(ctx, """
billing:
    paddle_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
    chargebee_api_key: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:§BIG§:key/§UUID§
          created_at: "§DT§"
          enc: %s
          aws_profile: ""
    lastmodified: "§DT2§"
    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]
    version: 3.8.1
""".lstrip("\n")) % tuple(base64.b64encode(rbytes(ctx.rng, n)).decode() for n in (69, 32, 16, 38, 32, 16, 180, 48, 32, 16)))

N("mixed", "encrypted_blob", ["deploy/k8s/sealed-billing.yaml"], lambda ctx: render(ctx, """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: billing-secrets
  namespace: §CO§-prod
spec:
  encryptedData:
    PADDLE_API_KEY: %s
    STRIPE_WEBHOOK_SECRET: %s
""".lstrip("\n")) % (base64.b64encode(rbytes(ctx.rng, 300)).decode(), base64.b64encode(rbytes(ctx.rng, 280)).decode()))

N("mixed", "encrypted_blob", ["ansible/group_vars/billing/vault.yml"], lambda ctx: "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(
    hexs(ctx.rng, 80) for _ in range(ctx.rng.randint(6, 12))) + "\n")

N("mixed", "request_ids", ["logs/billing-api-access.log"], lambda ctx: _rows(ctx, ctx.rng.randint(6, 12), lambda c, i: '%s - - [%s] "POST /api/billing/%s HTTP/1.1" %d %d request_id=%s trace_id=%s idempotency_key=%s' % (
    ctx.marker("IP"), _iso(c.ts + i * 3), c.rng.choice(["checkout", "portal", "usage", "webhooks/paddle"]), c.rng.choice([200, 200, 201, 400, 409]),
    c.rng.randint(80, 4000), uuid4(c.rng), hexs(c.rng, 32), uuid4(c.rng))) + "\n")

N("mixed", "masked", ["logs/outbound-http.log"], lambda ctx: _rows(ctx, ctx.rng.randint(4, 8), lambda c, i: "%s DEBUG outbound %s %s headers={'Authorization': 'Bearer [REDACTED]', 'Paddle-Version': '1'} status=%d" % (
    _iso(c.ts + i), c.rng.choice(["GET", "POST", "PATCH"]), c.rng.choice(["https://api.paddle.com/subscriptions/sub_" + ulid_lower(c.rng),
                                                                          "https://api.paddle.com/transactions", "https://api.paddle.com/prices?product_id=pro_" + ulid_lower(c.rng)]),
    c.rng.choice([200, 200, 404, 429]))) + "\n")

N("apple", "cert_fingerprint", ["config/appstore.yml"], lambda ctx: render(ctx, """
appstore:
  bundle_id: §BUNDLE§
  app_apple_id: §APPID§
  key_id: §KEYID§
  issuer_id: §UUID§
  private_key_path: /run/secrets/appstore/AuthKey_§KEYID§.p8
  # SHA-256 fingerprints of the Apple root CAs we pin when checking signed transactions
  root_ca_sha256:
    - %s
    - %s
""".lstrip("\n")) % (":".join(hexs(ctx.rng, 2).upper() for _ in range(32)), ":".join(hexs(ctx.rng, 2).upper() for _ in range(32))))

N("apple", "storekit_config", ["ios/App/Products.storekit"], """
{
  "identifier" : "§UUID§",
  "nonRenewingSubscriptions" : [],
  "products" : [],
  "settings" : { "_storefront" : "USA", "_locale" : "en_US" },
  "subscriptionGroups" : [
    {
      "id" : "§INT§",
      "localizations" : [],
      "name" : "§APP§ Premium",
      "subscriptions" : [
        {
          "displayPrice" : "§AMT§",
          "familyShareable" : false,
          "groupNumber" : 1,
          "internalID" : "§APPID§",
          "productID" : "§BUNDLE§.premium.monthly",
          "recurringSubscriptionPeriod" : "P1M",
          "referenceName" : "Premium Monthly",
          "type" : "RecurringSubscription"
        }
      ]
    }
  ],
  "version" : { "major" : 3, "minor" : 0 }
}
""")

N("mixed", "config_names_only", ["src/main/resources/application.properties"], """
spring.application.name=billing
billing.provider=chargebee
billing.chargebee.site=§SITE§
billing.chargebee.api-key=${CHARGEBEE_API_KEY}
billing.webhook.basic-auth.username=§USER§
billing.webhook.basic-auth.password=${CHARGEBEE_WEBHOOK_PASSWORD}
billing.retry.max-attempts=4
management.endpoint.health.show-details=never
""")

N("mixed", "config_names_only", ["config/billing.ini", "etc/billing/defaults.ini"], """
[recurly]
subdomain = §SITE§
; private key comes from RECURLY_API_KEY at runtime
private_api_key =
public_key = §EWR§

[limits]
max_seats = §INT§
grace_period_days = 7
""")

N("mixed", "uuid_ids", ["tests/fixtures/lago/invoice_created.json"], """
{
  "webhook_type": "invoice.created",
  "object_type": "invoice",
  "invoice": {
    "lago_id": "§UUID§",
    "sequential_id": §INT§,
    "number": "§CO§-§HEXT§-§INT2§",
    "issuing_date": "§DAY§",
    "status": "finalized",
    "currency": "§CUR§",
    "total_amount_cents": §CENTS§,
    "customer": { "lago_id": "§UUID2§", "external_id": "cust_§HEXT2§" },
    "subscriptions": [ { "lago_id": "§UUID3§", "external_id": "sub-§INT3§", "plan_code": "§WORD§" } ]
  }
}
""")

N("zuora", "invoice_numbers", ["reports/zuora_invoices.sql"], """
-- ZOQL export used by finance for the monthly close
SELECT Id, InvoiceNumber, AccountId, Amount, Balance, DueDate, Status
  FROM Invoice
 WHERE InvoiceDate >= '§DAY§' AND Status = 'Posted';

-- sample rows
-- §ZID§ | §ZINV§ | §ZID2§ | §AMT§ | 0 | §DAY2§ | Posted
-- §ZID3§ | §ZINV2§ | §ZID4§ | §AMT2§ | §AMT2§ | §DAY3§ | Posted
""")

N("mixed", "placeholder", ["docs/onboarding/billing-keys.md"], """
# Where the billing keys live

- Chargebee: `op://Billing/Chargebee (live)/api key`
- Paddle: `vault kv get -field=api_key secret/billing/paddle`
- Stripe webhook secret: run `stripe listen --print-secret` locally; production value is in
  AWS Secrets Manager `§CO§/prod/stripe`.
- Apple .p8: download once from App Store Connect, upload to the secret store, then delete the
  local copy. Key id `§KEYID§`, issuer id `§UUID§` (both are identifiers, not secrets).

Example config (fill from the stores above):

```yaml
chargebee_api_key: "<from 1Password>"
paddle_api_key: "<from Vault>"
stripe_webhook_secret: "whsec_..."
```
""")

N("revenuecat", "public_sdk_key", ["lib/main.dart"], """
import 'dart:io';

import 'package:flutter/material.dart';
import 'package:purchases_flutter/purchases_flutter.dart';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  final config = PurchasesConfiguration(Platform.isIOS ? '§APPL§' : '§GOOG§');
  await Purchases.configure(config);
  runApp(const App());
}
""")

N("paddle", "entity_ids", ["scripts/backfill_customers.py"], lambda ctx: "# customer id mapping from the migration sheet (ids only)\nCUSTOMER_MAP = {\n" + _rows(ctx, ctx.rng.randint(5, 10), lambda c, i: '    "%s": "ctm_%s",' % (uuid4(c.rng), ulid_lower(c.rng))) + "\n}\n")

N("mixed", "hash_ids", ["db/seeds/webhook_events.sql"], lambda ctx: "-- processed webhook events (dedupe table)\n" + _rows(ctx, ctx.rng.randint(6, 12), lambda c, i: "INSERT INTO processed_webhooks (provider, event_id, payload_sha256) VALUES ('%s', '%s', '%s');" % (
    c.rng.choice(["paddle", "stripe", "chargebee"]), c.rng.choice(["evt_" + ulid_lower(c.rng), "evt_1" + rs(c.rng, 23), "ev_" + rs(c.rng, 17)]), hexs(c.rng, 64))) + "\n")

N("google_play", "key_metadata", ["android/fastlane/Appfile"], """
json_key_file(ENV.fetch("PLAY_JSON_KEY_PATH", "fastlane/play-store-credentials.json"))
package_name("§BUNDLE§")
""")

N("mixed", "encoded_data", ["tests/fixtures/paddle/custom_data.txt"], lambda ctx: "# custom_data passed through checkout (base64 JSON, no secrets)\n" + base64.b64encode(json.dumps({
    "user_id": uuid4(ctx.rng), "workspace": ctx.company, "plan": ctx.rng.choice(WORDS), "utm": {"source": "newsletter", "campaign": "spring"}}).encode()).decode() + "\n")


# =========================================================================== build
N_POS = 500
N_NEG = 500
ENV_OK_SUFFIXES = ("example", "sample", "template", "dist", "defaults")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    return base.startswith(".env.") and base[5:] not in ENV_OK_SUFFIXES


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base in ("Fastfile", "Appfile"):
        return "ruby"
    stem = base.lstrip(".")
    if "." in stem:
        return stem.rsplit(".", 1)[1].lower()
    return stem.lower()


def cycle_pick(rng, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        rng.shuffle(batch)
        out.extend(batch)
    return out[:n]


def slot_quote(text):
    i = text.index("§S§")
    c = text[i - 1] if i else ""
    return c if c in "'\"`" else ""


def build(seed):
    rng = random.Random(seed)
    records = []  # (relfile, content, manifest dict, secret dict or None)

    conv = [t for t in POS if t["conv"]]
    plain = [t for t in POS if not t["conv"]]
    picks = cycle_pick(rng, conv, N_POS // 2) + cycle_pick(rng, plain, N_POS - N_POS // 2)
    rng.shuffle(picks)
    env_files = 0
    env_cap = N_POS // 20
    for idx, t in enumerate(picks):
        ctx = Ctx(rng)
        path = render(ctx, rng.choice(t["paths"]))
        if is_blocked_env(path) or filetype(path) == "env":
            if env_files >= env_cap:
                alt = [x for x in (conv if t["conv"] else plain)
                       if not any(filetype(p) == "env" for p in x["paths"])]
                t = rng.choice(alt)
                path = render(ctx, rng.choice(t["paths"]))
            else:
                env_files += 1
        body = render(ctx, t["body"])
        value, needle = GENS[t["gen"]][0](rng)
        text = insert_slot(body, value)
        assert "§" not in text and "§" not in path, (t["gen"], path)
        pos = text.index(needle)
        line = text.count("\n", 0, pos) + 1
        assert needle in text.split("\n")[line - 1], (path, needle)
        assert "\n" not in needle
        rel = "pos/p%04d/%s" % (idx, path)
        records.append((rel, text,
                        {"file": rel, "label": "pos", "provider": t["provider"], "kind": GENS[t["gen"]][1],
                         "filetype": filetype(path)},
                        {"file": rel, "needle": needle, "line": line}))

    n_reuse = N_NEG // 2
    neg_items = [("reuse", t) for t in cycle_pick(rng, POS, n_reuse)] + \
                [("own", t) for t in cycle_pick(rng, NEG, N_NEG - n_reuse)]
    rng.shuffle(neg_items)
    for idx, (mode, t) in enumerate(neg_items):
        ctx = Ctx(rng)
        path = render(ctx, rng.choice(t["paths"]))
        if is_blocked_env(path):
            path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
        if mode == "reuse":
            body = render(ctx, t["body"])
            value, kind = filler(rng, t["gen"], t["var"], slot_quote(body))
            text = insert_slot(body, value)
            provider = t["provider"]
        else:
            b = t["body"]
            text = render(ctx, b(ctx) if callable(b) else b)
            kind, provider = t["kind"], t["provider"]
        assert "§" not in text and "§" not in path, path
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (idx, path)
        records.append((rel, text, {"file": rel, "label": "neg", "provider": provider, "kind": kind,
                                    "filetype": filetype(path)}, None))
    return records


def write(outdir, records):
    for sub in ("pos", "neg"):
        d = os.path.join(outdir, sub)
        if os.path.isdir(d):
            import shutil
            shutil.rmtree(d)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as man, \
            open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as sec:
        for rel, text, m, s in records:
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            man.write(json.dumps(m) + "\n")
            if s is not None:
                sec.write(json.dumps(s) + "\n")
    # Re-read and check every needle against the file actually written.
    with open(os.path.join(outdir, "secrets.jsonl"), encoding="utf-8") as sec:
        for ln in sec:
            s = json.loads(ln)
            with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="\n") as fh:
                lines = fh.read().split("\n")
            assert s["needle"] in lines[s["line"] - 1], s["file"]
            assert not any(s["needle"] in x for x in lines[:s["line"] - 1]), s["file"]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_hb.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    assert len(POS) >= 60 and len(NEG) >= 60
    records = build(seed)
    assert sum(1 for r in records if r[2]["label"] == "pos") == N_POS
    assert sum(1 for r in records if r[2]["label"] == "neg") == N_NEG
    write(outdir, records)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
