#!/usr/bin/env python3
"""Blind evaluation-set generator "ek": civic tech and government digital services.

EMPHASIS
    Credentials that civic-tech and government-digital-service repositories carry:
    GOV.UK Notify and GOV.UK Pay API keys, Login.gov private_key_jwt RSA keys,
    ID.me OAuth client secrets, api.data.gov keys (also used by NASA, regulations.gov,
    OpenFEC), US Census, FRED, BLS and EIA keys, Socrata app tokens / API key secrets,
    CKAN API tokens (JWT) and legacy CKAN API keys, UK Companies House, OpenStates,
    ProPublica Congress, data.europa.eu, Singpass / Myinfo client private JWKs and
    client secrets, Open311 GeoReport keys, and the usual cloud / database / mail /
    chat credentials such projects also hold (AWS, Postgres URLs, Django SECRET_KEY,
    Rails secret_key_base, GitHub PATs, Slack webhooks, SendGrid, Twilio, Mailgun,
    Mapbox secret tokens, human-chosen DB/SMTP/admin passwords).
    File types: Python and R data scripts, Jupyter notebooks, R Markdown, Django and
    Flask settings, Rails initializers / YAML, .env files, docker-compose, Dockerfiles,
    GitHub Actions and GitLab CI, Helm / Kubernetes / Ansible YAML, Terraform tfvars and
    .tf, CKAN production.ini, Jekyll _config.yml, Hugo / Netlify TOML, README and
    runbook Markdown, CSV exports, shell scripts, Spring properties, JSON configs,
    Drupal settings.php, Node scripts, PEM key files, JWKS JSON.

USAGE
    python3 gen_ek.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  All randomness comes from random.Random(SEED); the
    output is byte-identical for the same seed.

NEEDLE CONVENTIONS
    * needle = the secret exactly as it appears in the file (no surrounding quotes).
    * id/secret pairs (AWS key id + secret, Twilio SID + auth token, ID.me client_id +
      client_secret, Socrata API key id + secret): the needle is the secret half.
    * URLs carrying a password (postgres://user:PASS@host/db, redis://:PASS@host) -> the
      needle is the password only.  Slack incoming-webhook URLs -> the whole URL.
    * PEM private keys written as real multi-line blocks -> the needle is the whole
      block from "-----BEGIN" to the closing "-----" (multi-line); when the PEM is
      written on one line with literal "\\n" escapes the needle is that one-line escaped
      text; inside an indented YAML block scalar the needle is the block as written
      (continuation lines keep their indentation).  line = line of the "-----BEGIN".
    * Private JWKs (Singpass / Myinfo) -> the needle is the private "d" member value.
    * GOV.UK Notify keys -> the whole "keyname-<service uuid>-<secret uuid>" string.
    * line is 1-based, of the first occurrence of the needle.

NEGATIVES
    About half re-use the positive templates with the secret slot filled by a
    non-secret: environment / secret-manager references (os.environ, ENV.fetch,
    Sys.getenv, ${{ secrets.X }}, ${X}, op:// references, Ansible "{{ vault_x }}"),
    placeholders (YOUR_API_KEY, <census-key>, xxxxxxxx), masked values, empty values,
    provider-documented example keys (api.data.gov DEMO_KEY, FRED docs key
    "abcdefghijklmnopqrstuvwxyz123456", Socrata docs app token, AWS docs example pair),
    public material (Login.gov / Singpass public JWKs and public keys, Mapbox pk.
    tokens, Algolia search-only keys, reCAPTCHA site keys, Sentry DSNs).
    The other half are domain look-alikes: state/county FIPS codes, census tract
    GEOIDs, FEC committee / candidate ids, congressional bill ids, OCD ids, docket
    numbers, regulations.gov document ids, CKAN package / resource UUIDs, Socrata 4x4
    dataset ids, GOV.UK Notify template ids, USAspending award ids, Companies House
    company numbers, resource checksums (sha256 / md5), git commit SHAs, SRI hashes,
    Docker digests, Rails encrypted credentials and SOPS / Ansible-Vault / Sealed
    Secrets ciphertext, webhook signature test vectors, i18n strings about passwords.

DOUBTS
    Formats written from memory (not confirmed in the providers' documentation here):
    * GOV.UK Pay: "api_test_" / "api_live_" + 26 lowercase base32-ish chars + 32 char
      checksum part (58 chars after the prefix).  Prefix fairly sure, body length is
      a guess.
    * api.data.gov (NASA, regulations.gov, OpenFEC, NREL): 40 chars [A-Za-z0-9].
    * Census: 40 lowercase hex.  FRED: 32 lowercase alphanumerics.  BLS v2
      registration key: 32 lowercase hex.  EIA v2: 40 [A-Za-z0-9].
    * ProPublica Congress: 40 [A-Za-z0-9].  OpenStates v3 and Companies House REST
      API keys: UUIDs.  ID.me client_id / client_secret: 32 lowercase hex.
    * Socrata app token: 25 [A-Za-z0-9] (matches the docs' example length); Socrata
      API key id 25 lowercase alnum and key secret 50 [A-Za-z0-9]; Socrata app
      "secret token" modelled as 40 [A-Za-z0-9_-].
    * CKAN API token: HS256 JWT whose payload holds {"jti": <43-char urlsafe>,
      "iat": <epoch>}; legacy CKAN API key: a UUID.
    * data.europa.eu publishing API key: modelled as a 64 hex string sent in
      "X-API-Key" -- low confidence.  Open311 GeoReport api_key: 32 hex / UUID, varies
      by city.  Singpass / Myinfo legacy client secret: 32 [A-Za-z0-9].
    * GitHub PAT: "ghp_" + 30 base62 + 6-char base62 CRC32 of the 30 chars (the exact
      checksum input is my assumption).  Mailgun private key "<32hex>-<8hex>-<8hex>".
      Mapbox secret token "sk." + base64url JSON {"u","a"} + "." + 22 chars; Slack
      webhook segment lengths; SendGrid "SG." 22 + 43; Twilio SID/auth token 32 hex;
      AWS secret 40 [A-Za-z0-9/+]; Django SECRET_KEY 50 chars (alphabet trimmed of
      quote/$/%/# so it survives every file type); Rails secret_key_base 128 hex.
    * Labels a reviewer might dispute: Socrata app tokens are positives here (the
      docs say they are not used for authentication, but ask you to keep them
      private); Google/Mapbox-style browser keys do not appear as positives; Sentry
      DSNs and Algolia search-only keys are negatives (documented as safe to expose);
      legacy CKAN keys / OpenStates / Companies House keys are bare UUIDs and only the
      context (variable name, header, URL) distinguishes them from the UUID ids that
      appear in negatives.  AWS's documented example pair (AKIAIOSFODNN7EXAMPLE) is a
      negative.
    * RSA keys are real 2048-bit keys from a seeded PRNG (NOT cryptographically secure,
      which is irrelevant for a test set).  Public keys / JWKs in negatives use random
      moduli, not real ones.

SEARCHES
    docs/pages corpora: GOV.UK Notify API key structure (name-serviceuuid-secretuuid
    confirmed), GOV.UK Pay key format (not found; written from memory), Socrata app
    tokens / API keys (docs example app token b6bThWI6I3dJfulFek8JRizjo, app tokens
    "not used for authentication"), CKAN API tokens (only extension pages), Companies
    House API authentication (no format given), Login.gov private_key_jwt (RSA >= 2048
    keys, public cert uploaded), Singpass client JWKS (EC P-256, sig + enc keys, "d"
    must never be published).  Scanner-related material shown by a search: a GitLab
    DAST check page "Exposure of confidential secret or token Sendbird Access Token"
    (ignored); also a mock Singpass server package publishing test JWKs (not copied).
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import zlib

N_POS = 500
N_NEG = 500

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = LOWER + UPPER + DIG
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIG + "+/"
B64URL = UPPER + LOWER + DIG + "-_"
BASE62 = DIG + UPPER + LOWER


# ---------------------------------------------------------------- primitives
def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid4(rng):
    h = list(rs(rng, HEX, 32))
    h[12] = "4"
    h[16] = rng.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


# ---------------------------------------------------------------- DER / keys
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return der(0x02, b)


def der_seq(*parts):
    return der(0x30, b"".join(parts))


def der_oid(dotted):
    nums = [int(x) for x in dotted.split(".")]
    out = bytes([40 * nums[0] + nums[1]])
    for n in nums[2:]:
        enc = [n & 0x7F]
        n >>= 7
        while n:
            enc.append(0x80 | (n & 0x7F))
            n >>= 7
        out += bytes(reversed(enc))
    return der(0x06, out)


SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


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
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if is_probable_prime(c, rng):
            return c


def pem_wrap(label, der_bytes):
    b = base64.b64encode(der_bytes).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def rsa_private_pem(rng, pkcs8=None):
    e = 65537
    while True:
        p = gen_prime(rng, 1024)
        q = gen_prime(rng, 1024)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        break
    n = p * q
    pk1 = der_seq(der_int(0), der_int(n), der_int(e), der_int(d), der_int(p), der_int(q),
                  der_int(d % (p - 1)), der_int(d % (q - 1)), der_int(pow(q, -1, p)))
    if pkcs8 is None:
        pkcs8 = rng.random() < 0.5
    if pkcs8:
        alg = der_seq(der_oid("1.2.840.113549.1.1.1"), b"\x05\x00")
        return pem_wrap("PRIVATE KEY", der_seq(der_int(0), alg, der(0x04, pk1)))
    return pem_wrap("RSA PRIVATE KEY", pk1)


def fake_rsa_public(rng):
    """Random 2048-bit modulus (not a real key) - used only in negatives."""
    n = rng.getrandbits(2048) | (1 << 2047) | 1
    return n, 65537


def rsa_public_pem(rng):
    n, e = fake_rsa_public(rng)
    alg = der_seq(der_oid("1.2.840.113549.1.1.1"), b"\x05\x00")
    spki = der_seq(alg, der(0x03, b"\x00" + der_seq(der_int(n), der_int(e))))
    return pem_wrap("PUBLIC KEY", spki)


def rsa_public_jwk(rng, kid):
    n, e = fake_rsa_public(rng)
    return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": kid,
            "e": b64u(e.to_bytes(3, "big")), "n": b64u(n.to_bytes(256, "big"))}


# P-256
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_A = P256_P - 3
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def ec_add(P1, P2):
    if P1 is None:
        return P2
    if P2 is None:
        return P1
    (x1, y1), (x2, y2) = P1, P2
    if x1 == x2 and (y1 + y2) % P256_P == 0:
        return None
    if P1 == P2:
        lam = (3 * x1 * x1 + P256_A) * pow(2 * y1, -1, P256_P) % P256_P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, P256_P) % P256_P
    x3 = (lam * lam - x1 - x2) % P256_P
    return x3, (lam * (x1 - x3) - y1) % P256_P


def ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


def ec_keypair(rng):
    d = rng.randrange(1, P256_N)
    x, y = ec_mul(d, P256_G)
    return d, x, y


def ec_private_pem(rng, d, x, y, pkcs8):
    pub = der(0x03, b"\x00\x04" + x.to_bytes(32, "big") + y.to_bytes(32, "big"))
    curve = der_oid("1.2.840.10045.3.1.7")
    if pkcs8:
        inner = der_seq(der_int(1), der(0x04, d.to_bytes(32, "big")), der(0xA1, pub))
        alg = der_seq(der_oid("1.2.840.10045.2.1"), curve)
        return pem_wrap("PRIVATE KEY", der_seq(der_int(0), alg, der(0x04, inner)))
    body = der_seq(der_int(1), der(0x04, d.to_bytes(32, "big")), der(0xA0, curve), der(0xA1, pub))
    return pem_wrap("EC PRIVATE KEY", body)


def ec_jwk(rng, use, kid, private):
    d, x, y = ec_keypair(rng)
    j = {"kty": "EC", "use": use, "crv": "P-256", "kid": kid,
         "x": b64u(x.to_bytes(32, "big")), "y": b64u(y.to_bytes(32, "big")),
         "alg": "ES256" if use == "sig" else "ECDH-ES+A256KW"}
    if private:
        j["d"] = b64u(d.to_bytes(32, "big"))
    return j


def fake_ec_public_jwk(rng, use, kid):
    # Public-only JWK with random coordinates (negatives only; no "d").
    return {"kty": "EC", "use": use, "crv": "P-256", "kid": kid,
            "x": b64u(rbytes(rng, 32)), "y": b64u(rbytes(rng, 32)),
            "alg": "ES256" if use == "sig" else "ECDH-ES+A256KW"}


def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = BASE62[r] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- secret generators
PW_WORDS = ["potomac", "harbor", "ballot", "permit", "library", "transit", "zoning", "budget",
            "parkway", "lantern", "granite", "maple", "otter", "falcon", "bluebird", "quarry",
            "cascade", "juniper", "meadow", "summit", "riverside", "beacon", "compass", "ferry",
            "orchard", "willow", "copper", "tundra", "precinct", "capitol", "heron", "marigold",
            "sycamore", "thistle", "brisket", "canal", "lighthouse", "prairie", "walnut", "badger"]
PW_SYM = "!*-_.~"


def human_password(rng):
    w1, w2 = pick(rng, PW_WORDS), pick(rng, PW_WORDS)
    yr = str(rng.randint(2014, 2025))
    k = rng.randrange(8)
    if k == 0:
        return w1.capitalize() + str(rng.randint(10, 9999)) + rng.choice(PW_SYM)
    if k == 1:
        return w1 + rng.choice(PW_SYM) + w2.capitalize() + str(rng.randint(1, 99))
    if k == 2:
        leet = w1.replace("a", "4").replace("o", "0").replace("e", "3")
        return leet.capitalize() + rng.choice(PW_SYM) + yr
    if k == 3:
        return rng.choice(["Spring", "Summer", "Autumn", "Winter", "Fall"]) + yr + rng.choice("!*.") + w1[:3]
    if k == 4:
        return "-".join([w1, w2, pick(rng, PW_WORDS)]) + "-" + str(rng.randint(2, 99))
    if k == 5:
        return rs(rng, ALNUM, rng.randint(16, 24))
    if k == 6:
        return w1.capitalize() + w2.capitalize() + rng.choice(PW_SYM) + str(rng.randint(100, 999))
    base = rs(rng, ALNUM, 12)
    return base[:4] + rng.choice(PW_SYM) + base[4:8] + rng.choice(PW_SYM) + base[8:]


def g_notify(rng):
    name = pick(rng, ["live_key", "prod", "production", "staging", "team_key", "paas_live",
                      "integration", "dev_test", "reminders_live", "applyforgrant", "alpha"])
    return {"secret": "%s-%s-%s" % (name, uuid4(rng), uuid4(rng))}


def g_pay(rng):
    env = pick(rng, ["live", "live", "test"])
    return {"secret": "api_%s_%s%s" % (env, rs(rng, LOWER + DIG, 26), rs(rng, LOWER + DIG, 32))}


def g_rsa(rng):
    return {"secret": rsa_private_pem(rng)}


def g_ec_pem(rng):
    d, x, y = ec_keypair(rng)
    return {"secret": ec_private_pem(rng, d, x, y, rng.random() < 0.5)}


def g_hex(n):
    return lambda rng: {"secret": rs(rng, HEX, n)}


def g_alnum(n, alpha=ALNUM):
    return lambda rng: {"secret": rs(rng, alpha, n)}


def g_uuid(rng):
    return {"secret": uuid4(rng)}


def g_idme(rng):
    return {"secret": rs(rng, HEX, 32), "pair": ("client_id", rs(rng, HEX, 32))}


def g_socrata_secret(rng):
    return {"secret": rs(rng, ALNUM, 50), "pair": ("key_id", rs(rng, LOWER + DIG, 25))}


def g_ckan_jwt(rng):
    hdr = b64u(json.dumps({"typ": "JWT", "alg": "HS256"}, separators=(", ", ": ")).encode())
    payload = {"jti": rs(rng, B64URL, 43), "iat": rng.randint(1590000000, 1735000000)}
    pl = b64u(json.dumps(payload, separators=(", ", ": ")).encode())
    return {"secret": "%s.%s.%s" % (hdr, pl, b64u(rbytes(rng, 32)))}


def g_aws(rng):
    return {"secret": rs(rng, UPPER + LOWER + DIG + "/+", 40),
            "pair": ("access_key_id", "AKIA" + rs(rng, UPPER + "234567", 16))}


def g_django(rng):
    return {"secret": rs(rng, LOWER + DIG + "!@^&*(-_=+)", 50)}


def g_ghp(rng):
    body = rs(rng, BASE62, 30)
    return {"secret": "ghp_" + body + b62(zlib.crc32(body.encode()), 6)}


def g_slack(rng):
    return {"secret": "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(rng, UPPER + DIG, rng.choice([8, 9, 10])), rs(rng, UPPER + DIG, rng.choice([9, 10, 11])),
        rs(rng, ALNUM, 24))}


def g_sendgrid(rng):
    return {"secret": "SG.%s.%s" % (rs(rng, B64URL, 22), rs(rng, B64URL, 43))}


def g_twilio(rng):
    return {"secret": rs(rng, HEX, 32), "pair": ("account_sid", "AC" + rs(rng, HEX, 32))}


def g_mailgun(rng):
    return {"secret": "%s-%s-%s" % (rs(rng, HEX, 32), rs(rng, HEX, 8), rs(rng, HEX, 8))}


def mapbox_token(rng, prefix, user):
    body = b64u(json.dumps({"u": user, "a": rs(rng, LOWER + DIG, 25)}, separators=(",", ":")).encode())
    return "%s.%s.%s" % (prefix, body, rs(rng, B64URL, 22))


def g_mapbox_sk(rng):
    return {"secret": mapbox_token(rng, "sk", pick(rng, ["civicmaps", "cityofdata", "transitlab", "cfa-brigade", "opengovmap"]))}


def g_password(rng):
    return {"secret": human_password(rng)}


def g_dburl(rng):
    pw = human_password(rng) if rng.random() < 0.6 else rs(rng, ALNUM, rng.choice([20, 24, 32]))
    scheme, user, host, port, db = pick(rng, [
        ("postgres", "civic", "db", 5432, "civic_production"),
        ("postgresql", "ckan_default", "localhost", 5432, "ckan_default"),
        ("postgresql", "datastore_write", "ckan-db.internal", 5432, "datastore_default"),
        ("postgres", "permits_app", "permits-prod.cluster-cx2k8.us-east-1.rds.amazonaws.com", 5432, "permits"),
        ("mysql", "drupal", "mysql", 3306, "drupal"),
        ("redis", "", "redis-cache.internal", 6379, "0"),
        ("amqp", "celery", "rabbitmq", 5672, "civic"),
        ("postgis", "gis", "postgis.internal", 5432, "boundaries"),
    ])
    url = "%s://%s:%s@%s:%d/%s" % (scheme, user, pw, host, port, db)
    return {"secret": pw, "url": url}


GENERIC_DEPLOY = ["dotenv", "compose_map", "compose_list", "k8s_secret", "helm_values", "tfvars", "gha_env", "sh_export",
                  "systemd_unit", "dockerfile", "heroku_app_json", "ansible_vars", "gitlab_ci", "runbook_md", "serverless_yml"]
DJANGO_OK = GENERIC_DEPLOY + ["django_settings", "tf_variable"]
RAILS_OK = GENERIC_DEPLOY + ["rails_yml", "tf_variable"]

PROVIDERS = [
    # id, kind, shape, env, obvious words, short, weight, extra
    dict(id="govuk-notify", kind="api_key", shape="token", env="NOTIFY_API_KEY", gen=g_notify, w=5,
         words=[["notify", "api", "key"], ["govuk", "notify", "api", "key"], ["notifications", "api", "key"], ["notify", "key"]],
         short="notify", host="https://api.notifications.service.gov.uk/v2/notifications",
         client={"py": "NotificationsAPIClient({v})", "rb": "Notifications::Client.new({v})", "js": "new NotifyClient({v})"}),
    dict(id="govuk-pay", kind="api_key", shape="token", env="PAY_API_KEY", gen=g_pay, w=4,
         words=[["pay", "api", "key"], ["govuk", "pay", "api", "key"], ["payments", "api", "token"]],
         short="pay", host="https://publicapi.payments.service.gov.uk/v1/payments", header=("Authorization", "Bearer {v}")),
    dict(id="login.gov", kind="private_key_jwt_rsa_key", shape="pem", env="LOGIN_GOV_PRIVATE_KEY", gen=g_rsa, w=4,
         words=[["login", "gov", "private", "key"], ["logingov", "private", "key"], ["oidc", "private", "key"]],
         short="logingov"),
    dict(id="id.me", kind="oauth_client_secret", shape="token", env="IDME_CLIENT_SECRET", gen=g_idme, w=3,
         words=[["idme", "client", "secret"], ["id", "me", "client", "secret"]], short="idme",
         host="https://api.id.me/oauth/token"),
    dict(id="api.data.gov", data=True, kind="api_key", shape="token", env="DATA_GOV_API_KEY", gen=g_alnum(40), w=4,
         words=[["data", "gov", "api", "key"], ["api", "data", "gov", "key"], ["datagov", "api", "key"]],
         short="datagov", host="https://api.data.gov/ed/collegescorecard/v1/schools", param="api_key",
         header=("X-Api-Key", "{v}"), examples=["DEMO_KEY"]),
    dict(id="nasa", data=True, kind="api_key", shape="token", env="NASA_API_KEY", gen=g_alnum(40), w=3,
         words=[["nasa", "api", "key"], ["nasa", "key"]], short="nasa",
         host="https://api.nasa.gov/planetary/apod", param="api_key", examples=["DEMO_KEY"]),
    dict(id="regulations.gov", data=True, kind="api_key", shape="token", env="REGULATIONS_GOV_API_KEY", gen=g_alnum(40), w=3,
         words=[["regulations", "gov", "api", "key"], ["regs", "api", "key"]], short="regs",
         host="https://api.regulations.gov/v4/documents", param="api_key", header=("X-Api-Key", "{v}"), examples=["DEMO_KEY"]),
    dict(id="openfec", data=True, kind="api_key", shape="token", env="FEC_API_KEY", gen=g_alnum(40), w=2,
         words=[["fec", "api", "key"], ["openfec", "api", "key"]], short="fec",
         host="https://api.open.fec.gov/v1/schedules/schedule_a/", param="api_key", examples=["DEMO_KEY"]),
    dict(id="us-census", data=True, kind="api_key", shape="token", env="CENSUS_API_KEY", gen=g_hex(40), w=5,
         words=[["census", "api", "key"], ["census", "key"]], short="census",
         host="https://api.census.gov/data/2022/acs/acs5", param="key",
         client={"py": "Census({v})", "r": "census_api_key({v}, install = TRUE)"}),
    dict(id="fred", data=True, kind="api_key", shape="token", env="FRED_API_KEY", gen=g_alnum(32, LOWER + DIG), w=4,
         words=[["fred", "api", "key"], ["fred", "key"]], short="fred",
         host="https://api.stlouisfed.org/fred/series/observations", param="api_key",
         client={"py": "Fred(api_key={v})", "r": "fredr_set_key({v})"},
         examples=["abcdefghijklmnopqrstuvwxyz123456"]),
    dict(id="bls", data=True, kind="registration_key", shape="token", env="BLS_API_KEY", gen=g_hex(32), w=3,
         words=[["bls", "api", "key"], ["bls", "registration", "key"]], short="bls",
         host="https://api.bls.gov/publicAPI/v2/timeseries/data/", param="registrationkey"),
    dict(id="eia", data=True, kind="api_key", shape="token", env="EIA_API_KEY", gen=g_alnum(40), w=3,
         words=[["eia", "api", "key"], ["eia", "key"]], short="eia",
         host="https://api.eia.gov/v2/electricity/retail-sales/data/", param="api_key"),
    dict(id="socrata", data=True, kind="app_token", shape="token", env="SOCRATA_APP_TOKEN", gen=g_alnum(25), w=4,
         words=[["socrata", "app", "token"], ["soda", "app", "token"], ["app", "token"]], short="socrata",
         host="https://data.cityofchicago.org/resource/ijzp-q8t2.json", param="$$app_token",
         header=("X-App-Token", "{v}"),
         client={"py": 'Socrata("data.cityofnewyork.us", {v}, timeout=60)'},
         examples=["b6bThWI6I3dJfulFek8JRizjo"]),
    dict(id="socrata", kind="api_key_secret", shape="token", env="SOCRATA_KEY_SECRET", gen=g_socrata_secret, w=3,
         words=[["socrata", "key", "secret"], ["socrata", "api", "secret"], ["soda", "password"]], short="socrata"),
    dict(id="socrata", kind="secret_token", shape="token", env="SOCRATA_SECRET_TOKEN", gen=g_alnum(40, ALNUM + "-_"), w=2,
         words=[["socrata", "secret", "token"], ["soda", "secret", "token"]], short="socrata"),
    dict(id="ckan", data=True, kind="api_token", shape="token", env="CKAN_API_TOKEN", gen=g_ckan_jwt, w=4,
         words=[["ckan", "api", "token"], ["ckan", "token"], ["ckan", "api", "key"]], short="ckan",
         host="https://data.gov.uk/api/action/package_patch", header=("Authorization", "{v}"),
         client={"py": 'RemoteCKAN("https://catalog.example-county.gov", apikey={v})'}),
    dict(id="ckan", kind="legacy_api_key", shape="token", env="CKAN_API_KEY", gen=g_uuid, w=2,
         words=[["ckan", "api", "key"], ["ckan", "apikey"]], short="ckan",
         host="https://opendata.example-city.gov/api/3/action/resource_create", header=("X-CKAN-API-Key", "{v}")),
    dict(id="companies-house", data=True, kind="api_key", shape="token", env="COMPANIES_HOUSE_API_KEY", gen=g_uuid, w=3,
         words=[["companies", "house", "api", "key"], ["ch", "api", "key"]], short="companies_house",
         host="https://api.company-information.service.gov.uk/company/07495895", basic=True),
    dict(id="openstates", data=True, kind="api_key", shape="token", env="OPENSTATES_API_KEY", gen=g_uuid, w=3,
         words=[["openstates", "api", "key"], ["open", "states", "key"]], short="openstates",
         host="https://v3.openstates.org/bills", param="apikey", header=("X-API-KEY", "{v}")),
    dict(id="propublica", data=True, kind="api_key", shape="token", env="PROPUBLICA_API_KEY", gen=g_alnum(40), w=3,
         words=[["propublica", "api", "key"], ["congress", "api", "key"]], short="propublica",
         host="https://api.propublica.org/congress/v1/118/house/members.json", header=("X-API-Key", "{v}")),
    dict(id="data.europa.eu", data=True, kind="api_key", shape="token", env="EDP_API_KEY", gen=g_hex(64), w=2,
         words=[["edp", "api", "key"], ["data", "europa", "api", "key"]], short="edp",
         host="https://data.europa.eu/api/hub/repo/datasets", header=("X-API-Key", "{v}")),
    dict(id="singpass", kind="client_private_key", shape="pem", env="SINGPASS_PRIVATE_KEY", gen=g_ec_pem, w=2,
         words=[["singpass", "private", "key"], ["singpass", "signing", "key"]], short="singpass"),
    dict(id="singpass", kind="client_private_jwk", shape="jwk", env="SINGPASS_JWKS", gen=None, w=3,
         words=[["singpass", "private", "jwks"]], short="singpass"),
    dict(id="myinfo", kind="client_secret", shape="token", env="MYINFO_CLIENT_SECRET", gen=g_alnum(32), w=2,
         words=[["myinfo", "client", "secret"], ["myinfo", "app", "secret"]], short="myinfo"),
    dict(id="open311", data=True, kind="api_key", shape="token", env="OPEN311_API_KEY", gen=g_hex(32), w=3,
         words=[["open311", "api", "key"], ["georeport", "api", "key"]], short="open311",
         host="https://311api.cityofchicago.org/open311/v2/requests.json", param="api_key"),
    dict(id="aws", kind="secret_access_key", shape="token", env="AWS_SECRET_ACCESS_KEY", gen=g_aws, w=3,
         words=[["aws", "secret", "access", "key"], ["s3", "secret", "key"]], short="s3"),
    dict(id="postgres", kind="database_url_password", shape="url", env="DATABASE_URL", gen=g_dburl, w=4,
         words=[["database", "url"], ["db", "url"], ["sqlalchemy", "url"]], short="db"),
    dict(id="django", only=DJANGO_OK, kind="secret_key", shape="token", env="DJANGO_SECRET_KEY", gen=g_django, w=2,
         words=[["secret", "key"], ["django", "secret", "key"]], short="django"),
    dict(id="rails", only=RAILS_OK, kind="secret_key_base", shape="token", env="SECRET_KEY_BASE", gen=g_hex(128), w=2,
         words=[["secret", "key", "base"]], short="rails"),
    dict(id="github", kind="personal_access_token", shape="token", env="GH_PAT", gen=g_ghp, w=2,
         words=[["github", "token"], ["gh", "pat"], ["scraper", "github", "token"]], short="gh"),
    dict(id="slack", kind="incoming_webhook", shape="token", env="SLACK_WEBHOOK_URL", gen=g_slack, w=2,
         words=[["slack", "webhook", "url"], ["slack", "webhook"]], short="slack"),
    dict(id="sendgrid", kind="api_key", shape="token", env="SENDGRID_API_KEY", gen=g_sendgrid, w=2,
         words=[["sendgrid", "api", "key"]], short="mail", header=("Authorization", "Bearer {v}"),
         host="https://api.sendgrid.com/v3/mail/send"),
    dict(id="twilio", kind="auth_token", shape="token", env="TWILIO_AUTH_TOKEN", gen=g_twilio, w=2,
         words=[["twilio", "auth", "token"]], short="sms"),
    dict(id="mailgun", kind="api_key", shape="token", env="MAILGUN_API_KEY", gen=g_mailgun, w=1,
         words=[["mailgun", "api", "key"]], short="mail"),
    dict(id="mapbox", kind="secret_token", shape="token", env="MAPBOX_SECRET_TOKEN", gen=g_mapbox_sk, w=1,
         words=[["mapbox", "secret", "token"], ["mapbox", "downloads", "token"]], short="tiles"),
    dict(id="postgres", kind="password", shape="password", env="POSTGRES_PASSWORD", gen=g_password, w=3,
         words=[["postgres", "password"], ["db", "password"], ["database", "password"]], short="db"),
    dict(id="smtp", kind="password", shape="password", env="SMTP_PASSWORD", gen=g_password, w=2,
         words=[["smtp", "password"], ["email", "host", "password"], ["mail", "password"]], short="mail"),
    dict(id="ckan", kind="sysadmin_password", shape="password", env="CKAN_SYSADMIN_PASSWORD", gen=g_password, w=2,
         words=[["ckan", "sysadmin", "password"], ["admin", "password"]], short="ckan"),
    dict(id="ldap", kind="bind_password", shape="password", env="LDAP_BIND_PASSWORD", gen=g_password, w=1,
         words=[["ldap", "bind", "password"], ["ad", "bind", "password"]], short="directory"),
]


# ---------------------------------------------------------------- naming and slots
def style(words, st):
    if st == "SCREAM":
        return "_".join(words).upper()
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "kebab":
        return "-".join(words)
    if st == "dot":
        return ".".join(words)
    return "_".join(words)


NEUTRAL_GENERIC = [["value"], ["upstream"], ["default"], ["param"], ["remote"], ["opt"], ["creds"],
                   ["client", "arg"], ["conn"], ["primary"], ["src"], ["settings", "value"]]


def env_ref(rng, lang, N):
    n = N.lower()
    table = {
        "py": ['os.environ["%s"]' % N, "os.getenv('%s')" % N, 'env("%s")' % N, "config('%s')" % N,
               'os.environ.get("%s", "")' % N],
        "rb": ['ENV["%s"]' % N, "ENV.fetch('%s')" % N, "Rails.application.credentials.dig(:%s)" % n],
        "js": ["process.env.%s" % N, "process.env['%s']" % N],
        "r": ['Sys.getenv("%s")' % N],
        "php": ["getenv('%s')" % N, "$_ENV['%s']" % N],
        "go": ['os.Getenv("%s")' % N],
        "java": ["System.getenv(\"%s\")" % N],
        "sh": ['"${%s}"' % N, '"$%s"' % N, '"${%s:?%s must be set}"' % (N, N)],
        "tf": ["var.%s" % n],
    }
    return pick(rng, table.get(lang, ['"${%s}"' % N]))


def bare_ref(rng, lang, N):
    n = N.lower()
    table = {
        "dotenv": ["op://civic-prod/%s/credential" % n.replace("_", "-"), "", "${%s_FROM_VAULT}" % N],
        "compose": ["${%s}" % N, "${%s:?err}" % N, "${%s:-}" % N],
        "gha": ["${{ secrets.%s }}" % N],
        "gitlab": ["$%s" % N],
        "yaml": ["{{ vault_%s }}" % n, "${%s}" % N, "ENC[see sops]", "<%%= ENV['%s'] %%>" % N],
        "k8s": ["REPLACED_AT_DEPLOY"],
        "ini": ["", "%s" % "${" + N + "}"],
        "properties": ["${%s}" % N, "${%s:}" % N],
        "toml": ["", "env:%s" % N],
        "md": ["$%s" % N, "<%s>" % n.replace("_", "-")],
        "csv": ["(in 1Password)", "see vault", "rotated - stored in SSM"],
    }
    return pick(rng, table.get(lang, ["${%s}" % N]))


def mask(rng, s):
    if len(s) < 12:
        return "*" * len(s)
    k = rng.choice([0, 3, 4])
    if k == 0:
        return "*" * len(s)
    return s[:k] + "*" * (len(s) - 2 * k) + s[-k:]


class Slot:
    """One filled credential slot: a real secret (positive) or a look-alike (negative)."""

    def __init__(self, rng, prov, pos, obvious):
        self.rng = rng
        self.prov = prov
        self.pos = pos
        self.obvious = obvious
        self.N = prov["env"]
        self.words = pick(rng, prov["words"]) if obvious else pick(rng, [[prov["short"]], [prov["short"]]] + NEUTRAL_GENERIC)
        self.neg_sub = None
        self.pair = None
        if pos and prov["gen"] is None:      # JWK: filled in by the template
            self.secret = self.value = None
        elif pos:
            g = prov["gen"](rng)
            self.secret = g["secret"]
            self.value = g.get("url", g["secret"])   # what gets written into the slot
            self.pair = g.get("pair")
            if prov["shape"] == "pem":
                self.value_oneline = self.value.replace("\n", "\\n")
        else:
            self.secret = None
            self._neg_init()

    # ---- negative fill selection
    def _neg_init(self):
        rng, prov = self.rng, self.prov
        opts = ["env", "env", "placeholder", "masked", "empty"]
        if prov.get("examples"):
            opts += ["example", "example"]
        if prov["shape"] == "pem":
            opts += ["public"]
        self.neg_sub = pick(rng, opts)
        shape_len = {"token": 40}.get(prov["shape"], 16)
        if self.neg_sub == "example":
            self.lit = pick(rng, prov["examples"])
        elif self.neg_sub == "placeholder":
            N = self.N
            cands = ["YOUR_API_KEY", "your-%s-key-here" % prov["short"].replace("_", "-"), "<%s>" % N.lower(),
                     "REPLACE_ME", "TODO", "<insert key>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "CHANGE-ME-IN-PROD",
                     "paste-%s-here" % N.lower().replace("_", "-"), "%s_PLACEHOLDER" % N, "<redacted>"]
            if prov["shape"] == "url":
                cands = ["postgres://civic:CHANGE_ME@localhost:5432/civic_dev", "postgres://localhost/civic_dev",
                         "postgresql://%s@db/app" % "ckan_default", "sqlite:///db.sqlite3"]
            if prov["shape"] == "pem":
                cands = ["-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----", "<contents of private.pem>",
                         "config/keys/%s.key" % prov["short"]]
            self.lit = pick(rng, cands)
        elif self.neg_sub == "masked":
            if prov["shape"] in ("password",):
                self.lit = pick(rng, ["********", "••••••••", "[FILTERED]", "***REDACTED***"])
            elif prov["shape"] == "url":
                self.lit = pick(rng, ["postgres://civic:********@db:5432/civic_production",
                                      "postgresql://ckan_default:***@localhost/ckan_default",
                                      "redis://:[REDACTED]@redis-cache.internal:6379/0"])
            elif prov["shape"] == "pem":
                self.lit = "-----BEGIN PRIVATE KEY-----\\n[REDACTED]\\n-----END PRIVATE KEY-----"
            else:
                sample = prov["gen"](rng)["secret"] if prov["gen"] else rs(rng, HEX, shape_len)
                self.lit = mask(rng, sample)
        elif self.neg_sub == "public":
            self.lit = rsa_public_pem(rng).replace("\n", "\\n")
        elif self.neg_sub == "empty":
            self.lit = ""
        else:
            self.lit = None  # env reference

    # ---- accessors used by templates
    def name(self, st):
        return style(self.words, st)

    def qc(self, lang):
        if lang in ("py", "rb", "js", "php", "r"):
            return self.rng.choice(["'", '"'])
        return '"'

    def q(self, lang):
        """Expression in a position where code expects a string literal."""
        if self.pos:
            v = self.value_oneline if self.prov["shape"] == "pem" else self.value
            c = self.qc(lang)
            return c + v + c
        if self.lit is None:
            return env_ref(self.rng, lang, self.N)
        c = self.qc(lang)
        return c + self.lit + c

    def bare(self, lang):
        """Value in a position where config files take an unquoted value."""
        if self.pos:
            v = self.value_oneline if self.prov["shape"] == "pem" else self.value
            if self.prov["shape"] == "pem" or lang in ("yaml", "compose", "gha", "k8s", "gitlab") and not v[:1].isalnum():
                return '"%s"' % v
            if lang in ("dotenv", "yaml", "compose") and self.rng.random() < 0.35:
                c = self.rng.choice(['"', "'"]) if lang != "compose" else '"'
                return c + v + c
            return v
        if self.lit is None:
            return bare_ref(self.rng, lang, self.N)
        v = self.lit
        if lang in ("yaml", "compose", "gha", "k8s", "gitlab") and (v == "" or not v[:1].isalnum()):
            return '"%s"' % v
        return v

    def inline(self, lang):
        """Raw text inside a URL / header / command line."""
        if self.pos:
            return self.value_oneline if self.prov["shape"] == "pem" else self.value
        if self.lit:
            return self.lit
        if lang in ("sh", "md"):
            return "${%s}" % self.N
        if lang == "gha":
            return "${{ secrets.%s }}" % self.N
        return pick(self.rng, ["YOUR_KEY", "<api-key>", "{%s}" % self.N.lower()])

    def pair_line(self, fmt):
        """Optional public-id line for id/secret pairs. fmt(name_words, value) -> line."""
        if not self.pair:
            return []
        if not self.pos and self.prov["id"] == "aws":
            return []
        pname, pval = self.pair
        base = {"aws": ["aws"], "id.me": ["idme"], "twilio": ["twilio"], "socrata": ["socrata"]}.get(self.prov["id"], [self.prov["short"]])
        return [fmt(base + pname.split("_"), pval)]


def ensure_pair(rng, S):
    # negatives still show the public id half (not for AWS, whose key id is sensitive-ish)
    if not S.pos and S.prov["gen"] is not None and S.prov["id"] != "aws":
        g = S.prov["gen"](rng)
        if g.get("pair"):
            S.pair = g["pair"]


# ---------------------------------------------------------------- harmless filler
CITIES = ["Chicago", "Oakland", "Baltimore", "Austin", "Leeds", "Bristol", "Manchester", "Denver",
          "Raleigh", "Tacoma", "Dayton", "Boise", "Glasgow", "Cardiff", "Providence", "Albuquerque"]
AGENCIES = ["dvla", "hmrc", "moj", "dwp", "defra", "usds", "18f", "cfpb", "hud", "va", "sba", "dol",
            "ncc", "lbhackney", "cityofboston", "nycopp", "sfgov", "cfa"]
PROJECTS = ["permit-tracker", "benefits-screener", "311-dashboard", "council-minutes", "tract-explorer",
            "grant-finder", "ballot-lookup", "eviction-watch", "snap-eligibility", "bus-ontime",
            "budget-explorer", "pothole-reporter", "street-trees", "open-budget", "court-reminders",
            "voter-guide", "school-finder", "housing-pipeline", "legislation-tracker", "food-access-map"]


def socrata_4x4(rng):
    a = LOWER + DIG
    return rs(rng, a, 4) + "-" + rs(rng, a, 4)


def filler_pairs(rng, n):
    city = pick(rng, CITIES)
    proj = pick(rng, PROJECTS)
    pool = [
        (["debug"], pick(rng, ["false", "true"])),
        (["log", "level"], pick(rng, ["info", "debug", "warning", "INFO"])),
        (["time", "zone"], pick(rng, ["America/Chicago", "Europe/London", "America/New_York", "Asia/Singapore"])),
        (["port"], str(pick(rng, [3000, 5000, 8000, 8080, 5432]))),
        (["site", "url"], "https://%s.%s.gov" % (proj, city.lower())),
        (["allowed", "hosts"], "%s.%s.gov,localhost" % (proj, city.lower())),
        (["cache", "ttl"], str(pick(rng, [300, 900, 3600, 86400]))),
        (["default", "state", "fips"], "%02d" % rng.randint(1, 56)),
        (["acs", "year"], str(rng.randint(2017, 2023))),
        (["dataset", "id"], socrata_4x4(rng)),
        (["page", "size"], str(pick(rng, [50, 100, 500, 1000]))),
        (["from", "email"], "noreply@%s.gov.uk" % pick(rng, AGENCIES)),
        (["sentry", "environment"], pick(rng, ["production", "staging"])),
        (["bucket", "name"], "%s-%s-exports" % (pick(rng, AGENCIES), proj)),
        (["aws", "region"], pick(rng, ["us-east-1", "us-gov-west-1", "eu-west-2"])),
        (["feature", "new", "search"], pick(rng, ["on", "off"])),
        (["request", "timeout"], str(pick(rng, [10, 30, 60]))),
        (["app", "name"], proj),
        (["rate", "limit", "per", "hour"], str(pick(rng, [1000, 5000]))),
        (["redis", "host"], pick(rng, ["redis", "localhost", "cache.internal"])),
        (["service", "name"], proj),
        (["workers"], str(rng.randint(2, 8))),
    ]
    rng.shuffle(pool)
    return pool[:n]


# ---------------------------------------------------------------- templates
# Each template: f(rng, S) -> (relpath, filetype, text)
TEMPLATES = []   # (name, func, shapes)


def template(name, shapes=("token", "password", "url"), need=None):
    def deco(f):
        TEMPLATES.append((name, f, shapes, need))
        return f
    return deco


def fits(prov, need):
    if need is None:
        return True
    if need == "http":
        return bool(prov.get("host") and (prov.get("param") or prov.get("header") or prov.get("basic")))
    if need == "header":
        return bool(prov.get("host") and prov.get("header"))
    if need == "http_or_pw":
        return prov["shape"] == "password" or fits(prov, "http")
    if need == "client_py":
        return bool((prov.get("client") or {}).get("py"))
    if need == "data":
        return bool(prov.get("data"))
    return False


def kv_lines(rng, n, st, fmt):
    return [fmt(style(w, st), v) for w, v in filler_pairs(rng, n)]


def proj(rng):
    return pick(rng, PROJECTS)


ALL = ("token", "password", "url", "pem")


@template("dotenv", ALL)
def t_dotenv(rng, S):
    path = pick(rng, [".env", ".env.production", ".env.local", "deploy/.env.staging", "docker/.env", "config/.env.prod"])
    lines = ["# %s - environment for %s" % (proj(rng), pick(rng, ["production", "staging", "local dev", "the ETL box"]))]
    if rng.random() < 0.5:
        lines.append("# copied from the team vault on %d-%02d-%02d" % (rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    body = kv_lines(rng, rng.randint(3, 9), "SCREAM", lambda k, v: "%s=%s" % (k, v))
    body += S.pair_line(lambda w, v: "%s=%s" % (style(w, "SCREAM"), v))
    body.insert(rng.randint(0, len(body)), "%s=%s" % (S.name("SCREAM"), S.bare("dotenv")))
    body += kv_lines(rng, rng.randint(0, 4), "SCREAM", lambda k, v: "%s=%s" % (k, v))
    return path, "dotenv", "\n".join(lines + body) + "\n"


@template("compose_map", ("token", "password", "url", "pem"))
def t_compose_map(rng, S):
    svc = pick(rng, ["web", "app", "worker", "etl", "ckan", "api"])
    img = pick(rng, ["ghcr.io/%s/%s:latest" % (pick(rng, AGENCIES), proj(rng)), "ckan/ckan-base:2.10", "python:3.11-slim", "ruby:3.2"])
    env = ["      %s: %s" % (k, v if v.isdigit() is False else '"%s"' % v) for k, v in
           [(style(w, "SCREAM"), v) for w, v in filler_pairs(rng, rng.randint(2, 6))]]
    env += S.pair_line(lambda w, v: "      %s: %s" % (style(w, "SCREAM"), v))
    env.insert(rng.randint(0, len(env)), "      %s: %s" % (S.name("SCREAM"), S.bare("compose")))
    text = """version: "3.8"

services:
  %s:
    image: %s
    restart: unless-stopped
    ports:
      - "%d:%d"
    depends_on:
      - db
    environment:
%s
  db:
    image: postgis/postgis:15-3.4
    volumes:
      - pgdata:/var/lib/postgresql/data

volumes:
  pgdata:
""" % (svc, img, 8000, 8000, "\n".join(env))
    return pick(rng, ["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "docker-compose", text


@template("compose_list")
def t_compose_list(rng, S):
    env = ["      - %s=%s" % (style(w, "SCREAM"), v) for w, v in filler_pairs(rng, rng.randint(2, 6))]
    val = S.bare("dotenv") if S.pos else S.bare("compose").strip('"')
    env += S.pair_line(lambda w, v: "      - %s=%s" % (style(w, "SCREAM"), v))
    env.insert(rng.randint(0, len(env)), "      - %s=%s" % (S.name("SCREAM"), val))
    text = """services:
  scraper:
    build: .
    command: python -m scrapers.run --all
    environment:
%s
    volumes:
      - ./data:/app/data
  cron:
    image: mcuadros/ofelia:latest
    command: daemon --docker
""" % "\n".join(env)
    return pick(rng, ["docker-compose.yml", "docker-compose.override.yml"]), "docker-compose", text


@template("gha_env")
def t_gha_env(rng, S):
    p = proj(rng)
    envs = ["  %s: %s" % (style(w, "SCREAM"), v) for w, v in filler_pairs(rng, rng.randint(1, 3))]
    envs += S.pair_line(lambda w, v: "  %s: %s" % (style(w, "SCREAM"), v))
    envs.append("  %s: %s" % (S.name("SCREAM"), S.bare("gha")))
    text = """name: Nightly data refresh

on:
  schedule:
    - cron: "%d %d * * *"
  workflow_dispatch:

env:
%s

jobs:
  refresh:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - name: Pull latest %s data
        run: python scripts/refresh.py --out data/
      - name: Commit
        run: |
          git config user.name "%s-bot"
          git config user.email "actions@users.noreply.github.com"
          git add data/ && git commit -m "Automated refresh" || echo "no changes"
          git push
""" % (rng.randint(0, 59), rng.randint(0, 23), "\n".join(envs), S.prov["short"], p)
    return pick(rng, [".github/workflows/refresh.yml", ".github/workflows/nightly.yml", ".github/workflows/scrape.yml"]), "github-actions", text


@template("gha_curl", ("token",), need='http')
def t_gha_curl(rng, S):
    v = S.inline("gha")
    hdr = S.prov.get("header")
    if hdr:
        call = 'curl -sf -H "%s: %s" "%s" -o out.json' % (hdr[0], hdr[1].format(v=v), S.prov.get("host", "https://api.example.gov/v1"))
    elif S.prov.get("param"):
        call = 'curl -sf "%s?%s=%s" -o out.json' % (S.prov["host"], S.prov["param"], v)
    else:
        call = 'curl -sf -H "Authorization: Bearer %s" "https://api.%s.example.gov/status"' % (v, S.prov["short"])
    text = """name: Smoke test upstream API
on:
  push:
    branches: [main]
  schedule:
    - cron: "0 6 * * 1"
jobs:
  smoke:
    runs-on: ubuntu-22.04
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@v4
      - name: Check %s responds
        run: |
          %s
          jq '.' out.json | head -n 20
""" % (S.prov["id"], call)
    return ".github/workflows/smoke.yml", "github-actions", text


@template("django_settings", ("token", "password", "url", "pem"))
def t_django(rng, S):
    p = proj(rng).replace("-", "_")
    lines = ['"""Django settings for %s (production)."""' % p, "import os", "from pathlib import Path", "",
             "BASE_DIR = Path(__file__).resolve().parent.parent", "",
             "DEBUG = False", "ALLOWED_HOSTS = [%r, %r]" % ("%s.%s.gov" % (p.replace("_", "-"), pick(rng, CITIES).lower()), "localhost"),
             "", "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",',
             '    "django.contrib.contenttypes",', '    "rest_framework",', '    "%s.core",' % p, "]", "",
             'TIME_ZONE = "%s"' % pick(rng, ["America/Chicago", "Europe/London", "America/Los_Angeles"]),
             "USE_TZ = True", 'STATIC_URL = "/static/"', ""]
    lines += S.pair_line(lambda w, v: "%s = %r" % (style(w, "SCREAM"), v))
    lines.append("%s = %s" % (S.name("SCREAM"), S.q("py")))
    lines += ["", "REST_FRAMEWORK = {", '    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",',
              '    "PAGE_SIZE": %d,' % pick(rng, [25, 50, 100]), "}", "",
              'LOGGING = {"version": 1, "handlers": {"console": {"class": "logging.StreamHandler"}},',
              '           "root": {"handlers": ["console"], "level": "INFO"}}']
    return pick(rng, ["config/settings.py", "%s/settings/production.py" % p, "app/settings.py"]), "python", "\n".join(lines) + "\n"


@template("flask_config", ("token", "password", "url", "pem"))
def t_flask(rng, S):
    lines = ["import os", "", "", "class Config:", '    """Base configuration."""']
    lines += ["    %s = %r" % (k.upper(), v) for k, v in [(style(w, "snake"), v) for w, v in filler_pairs(rng, rng.randint(2, 5))]]
    lines += ["", "", "class ProductionConfig(Config):", "    DEBUG = False"]
    lines += S.pair_line(lambda w, v: "    %s = %r" % (style(w, "SCREAM"), v))
    lines.append("    %s = %s" % (S.name("SCREAM"), S.q("py")))
    lines += ["    SESSION_COOKIE_SECURE = True", "", "", "class DevelopmentConfig(Config):", "    DEBUG = True", "",
              "", "config = {", '    "production": ProductionConfig,', '    "development": DevelopmentConfig,', "}"]
    return pick(rng, ["config.py", "app/config.py", "%s/config.py" % proj(rng).replace("-", "_")]), "python", "\n".join(lines) + "\n"


def url_with_param(S, lang):
    pr = S.prov
    v = S.inline(lang)
    if pr.get("param"):
        extra = {"us-census": "?get=NAME,B19013_001E&for=tract:*&in=state:17%20county:031&",
                 "fred": "?series_id=UNRATE&file_type=json&", "eia": "?frequency=monthly&data[0]=price&",
                 "socrata": "?$limit=5000&", "openstates": "?jurisdiction=ny&session=2023&"}.get(pr["id"], "?")
        return pr["host"] + extra + "%s=%s" % (pr["param"], v)
    return None


@template("py_requests", ("token",), need='http')
def t_py_requests(rng, S):
    pr = S.prov
    lines = ['"""Pull %s data and write a CSV for the dashboard."""' % pr["id"], "import csv", "import sys", "", "import requests", ""]
    body = []
    if S.obvious or not (pr.get("param") or pr.get("header")):
        lines += S.pair_line(lambda w, v: "%s = %r" % (style(w, "SCREAM"), v))
        lines.append("%s = %s" % (S.name("SCREAM"), S.q("py")))
        host = pr.get("host", "https://api.%s.example.gov/v1/records" % pr["short"])
        lines.append('BASE_URL = "%s"' % host)
        if pr.get("basic"):
            body.append("    resp = requests.get(BASE_URL, auth=(%s, \"\"), timeout=30)" % S.name("SCREAM"))
        elif pr.get("param"):
            body.append("    resp = requests.get(BASE_URL, params={%r: %s, **params}, timeout=30)" % (pr["param"], S.name("SCREAM")))
        else:
            hn = (pr.get("header") or ("Authorization", "Bearer {v}"))
            body.append("    headers = {%r: %s}" % (hn[0], ('f"' + hn[1].replace("{v}", "{%s}" % S.name("SCREAM")) + '"')))
            body.append("    resp = requests.get(BASE_URL, headers=headers, params=params, timeout=30)")
    else:
        u = url_with_param(S, "py")
        if u and (not pr.get("header") or rng.random() < 0.5):
            lines.append('URL = "%s"' % u)
            body.append("    resp = requests.get(URL, params=params, timeout=30)")
        else:
            hn = pr["header"]
            lines.append('BASE_URL = "%s"' % pr.get("host", "https://api.example.gov"))
            body.append("    resp = requests.get(BASE_URL, headers={%r: %r}, params=params, timeout=30)" % (hn[0], hn[1].format(v=S.inline("py"))))
    lines += ["", "", "def fetch(**params):"] + body + ["    resp.raise_for_status()", "    return resp.json()", "", "",
              "def main(out_path):", "    rows = fetch()", "    if isinstance(rows, dict):",
              '        rows = rows.get("results") or rows.get("data") or []',
              '    with open(out_path, "w", newline="") as fh:', "        w = csv.writer(fh)",
              "        for r in rows:", "            w.writerow(r if isinstance(r, list) else list(r.values()))", "", "",
              'if __name__ == "__main__":', '    main(sys.argv[1] if len(sys.argv) > 1 else "out.csv")']
    return pick(rng, ["scripts/fetch_%s.py" % pr["short"], "etl/pull_%s.py" % pr["short"], "pipeline/extract.py", "fetch.py"]), "python", "\n".join(lines) + "\n"


@template("py_client", ("token",), need="client_py")
def t_py_client(rng, S):
    pr = S.prov
    cl = (pr.get("client") or {}).get("py")
    if not cl:
        return t_py_requests(rng, S)
    imp = {"govuk-notify": "from notifications_python_client.notifications import NotificationsAPIClient",
           "us-census": "from census import Census", "fred": "from fredapi import Fred",
           "socrata": "from sodapy import Socrata", "ckan": "from ckanapi import RemoteCKAN"}.get(pr["id"], "")
    tid = uuid4(rng)
    lines = ["import logging", imp, "", "log = logging.getLogger(__name__)", ""]
    if S.obvious:
        lines.append("%s = %s" % (S.name("SCREAM"), S.q("py")))
        client = "client = " + cl.format(v=S.name("SCREAM"))
    else:
        client = "client = " + cl.format(v=S.q("py"))
    use = {"govuk-notify": ['def send_reminder(email, name):', '    return client.send_email_notification(',
                            '        email_address=email,', '        template_id="%s",' % tid,
                            '        personalisation={"name": name},', '    )'],
           "us-census": ['def median_income(state_fips="17"):', '    return client.acs5.state_county_tract(',
                         '        ("NAME", "B19013_001E"), state_fips, "031", Census.ALL)'],
           "fred": ['def unemployment():', '    return client.get_series("UNRATE", observation_start="2015-01-01")'],
           "socrata": ['def latest(limit=2000):', '    return client.get("%s", limit=limit, order=":updated_at DESC")' % socrata_4x4(rng)],
           "ckan": ['def touch(package_id):', '    return client.action.package_patch(id=package_id, notes="refreshed")']}.get(pr["id"], [])
    lines += [client, ""] + ["", ""] + use + ["", "", 'if __name__ == "__main__":', "    logging.basicConfig(level=logging.INFO)",
                                             '    log.info("client ready")']
    return pick(rng, ["app/services/%s.py" % pr["short"], "lib/%s_client.py" % pr["short"], "jobs/%s.py" % pr["short"]]), "python", "\n".join(lines) + "\n"


def nb_json(cells):
    out = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.4"}},
           "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src) in enumerate(cells):
        ls = src.split("\n")
        srcl = [l + "\n" for l in ls[:-1]] + [ls[-1]]
        c = {"cell_type": kind, "id": "c%04x" % (i * 7919 % 65536), "metadata": {}, "source": srcl}
        if kind == "code":
            c["execution_count"] = i + 1
            c["outputs"] = []
        out["cells"].append(c)
    return json.dumps(out, indent=1) + "\n"


@template("ipynb", ("token", "password", "url"))
def t_ipynb(rng, S):
    pr = S.prov
    assign = "%s = %s" % (S.name("snake"), S.q("py"))
    pairs = S.pair_line(lambda w, v: "%s = %r" % (style(w, "snake"), v))
    if pr.get("param") and not S.obvious:
        u = url_with_param(S, "py")
        fetch = 'resp = requests.get("%s")\nresp.raise_for_status()\ndf = pd.DataFrame(resp.json())' % u
        cells = [("markdown", "# Exploring %s data\n\nQuick look for the %s brief." % (pr["id"], pick(rng, CITIES))),
                 ("code", "import pandas as pd\nimport requests"), ("code", fetch), ("code", "df.head()")]
    else:
        cells = [("markdown", "## %s pull\nRun top to bottom; takes ~%d minutes." % (pr["id"], rng.randint(2, 20))),
                 ("code", "import pandas as pd\nimport requests\n\npd.set_option('display.max_columns', 50)"),
                 ("code", "\n".join(pairs + [assign])),
                 ("code", "# TODO: move this into a helper\nprint('configured', len(%s))" % S.name("snake")),
                 ("markdown", "### Results"), ("code", "df = pd.read_csv('data/processed/summary.csv')\ndf.describe()")]
    return pick(rng, ["notebooks/explore_%s.ipynb" % pr["short"], "analysis/%s.ipynb" % proj(rng), "Untitled.ipynb", "notebooks/01-pull-data.ipynb"]), "jupyter", nb_json(cells)


@template("r_script", ("token", "password"), need='data')
def t_r(rng, S):
    pr = S.prov
    cl = (pr.get("client") or {}).get("r")
    lines = ["# %s" % pick(rng, ["Build tract-level indicators", "Monthly indicators refresh", "Pull series for the council memo"]),
             "library(dplyr)", "library(readr)", ""]
    if cl and not S.obvious:
        lines += ["library(%s)" % ("tidycensus" if pr["id"] == "us-census" else "fredr"), cl.format(v=S.q("r"))]
    elif rng.random() < 0.5:
        lines.append('Sys.setenv(%s = %s)' % (S.name("SCREAM"), S.q("r")))
    else:
        lines.append("%s <- %s" % (S.name("snake"), S.q("r")))
    if pr["id"] == "us-census":
        lines += ["", 'acs <- get_acs(geography = "tract", variables = c(med_inc = "B19013_001"),',
                  '               state = "%s", county = "%s", year = %d)' % (pick(rng, ["IL", "MD", "CA", "TX"]), pick(rng, ["Cook", "Baltimore city", "Alameda", "Travis"]), rng.randint(2019, 2022))]
    elif pr["id"] == "fred":
        lines += ["", 'unrate <- fredr(series_id = "UNRATE", observation_start = as.Date("2010-01-01"))']
    else:
        lines += ["", 'raw <- read_csv("data/raw/%s.csv", show_col_types = FALSE)' % pr["short"]]
    lines += ["", '# write_csv(out, "data/processed/indicators.csv")', 'message("done")']
    return pick(rng, ["R/01_pull.R", "analysis/pull_%s.R" % pr["short"], "scripts/indicators.R"]), "r", "\n".join(lines) + "\n"


@template("renviron", ("token", "password", "url"))
def t_renviron(rng, S):
    lines = ["# R environment for %s" % proj(rng), "# (restart R after editing)", 'R_LIBS_USER="~/R/library"',
             "R_MAX_NUM_DLLS=%d" % pick(rng, [150, 250]), 'ACS_YEAR="%d"' % rng.randint(2019, 2023)]
    lines += S.pair_line(lambda w, v: "%s=%s" % (style(w, "SCREAM"), v))
    lines.append("%s=%s" % (S.name("SCREAM"), ('"%s"' % S.inline("r")) if S.pos or S.lit is not None else ""))
    lines.append('TZ="%s"' % pick(rng, ["America/Chicago", "UTC"]))
    return pick(rng, [".Renviron", "analysis/.Renviron"]), "renviron", "\n".join(lines) + "\n"


@template("rails_initializer", ("token", "password", "pem"))
def t_rails_init(rng, S):
    pr = S.prov
    cl = (pr.get("client") or {}).get("rb")
    mod = style(pr["short"].split("_"), "pascal")
    lines = ["# frozen_string_literal: true", ""]
    if cl:
        if S.obvious:
            lines += ["%s = %s" % (S.name("SCREAM"), S.q("rb")), "", "Rails.application.config.notify_client =", "  %s" % cl.format(v=S.name("SCREAM"))]
        else:
            lines += ["Rails.application.config.notify_client = %s" % cl.format(v=S.q("rb"))]
    else:
        lines += ["%s.configure do |config|" % mod]
        lines += S.pair_line(lambda w, v: '  config.%s = "%s"' % (style(w, "snake"), v))
        lines += ["  config.%s = %s" % (S.name("snake"), S.q("rb")),
                  "  config.timeout = %d" % pick(rng, [10, 15, 30]),
                  "  config.logger = Rails.logger", "end"]
    lines += ["", "Rails.application.config.after_initialize do",
              '  Rails.logger.info("[%s] client configured for #{Rails.env}")' % pr["short"], "end"]
    return "config/initializers/%s.rb" % pr["short"], "ruby", "\n".join(lines) + "\n"


@template("rails_yml", ("token", "password", "url", "pem"))
def t_rails_yml(rng, S):
    kind = rng.random()
    k = S.name("snake")
    lines = []
    if kind < 0.5:
        path = "config/application.yml"
        lines += ["# Figaro settings - production values live on the server"]
        lines += ["%s: %s" % (style(w, "snake"), ('"%s"' % v)) for w, v in filler_pairs(rng, rng.randint(2, 5))]
        lines += S.pair_line(lambda w, v: "%s: %s" % (style(w, "snake"), v))
        lines.append("%s: %s" % (k, S.bare("yaml")))
    else:
        path = "config/secrets.yml"
        lines += ["development:", "  secret_key_base: <%= ENV['SECRET_KEY_BASE'] %>", "", "test:",
                  "  secret_key_base: <%= ENV['SECRET_KEY_BASE'] %>", "", "production:"]
        lines += S.pair_line(lambda w, v: "  %s: %s" % (style(w, "snake"), v))
        lines.append("  %s: %s" % (k if k != "secret_key_base" or S.pos else "secret_key_base", S.bare("yaml")))
        lines.append("  mailer_host: %s" % pick(rng, ["apply.example-city.gov", "permits.%s.gov" % pick(rng, CITIES).lower()]))
    return path, "yaml", "\n".join(lines) + "\n"


@template("tfvars", ("token", "password", "url", "pem"))
def t_tfvars(rng, S):
    p = proj(rng)
    lines = ['project     = "%s"' % p, 'environment = "%s"' % pick(rng, ["prod", "staging"]),
             'region      = "%s"' % pick(rng, ["us-gov-west-1", "us-east-1", "eu-west-2"]),
             "instance_count = %d" % rng.randint(1, 4), ""]
    lines += S.pair_line(lambda w, v: '%s = "%s"' % (style(w, "snake"), v))
    v = S.bare("toml") if not S.pos else S.value_oneline if S.prov["shape"] == "pem" else S.value
    if not S.pos and S.lit is None:
        v = ""
    lines.append('%s = "%s"' % (S.name("snake"), v))
    lines += ["", "tags = {", '  Team    = "%s"' % pick(rng, AGENCIES), '  Service = "%s"' % p, "}"]
    return pick(rng, ["terraform/terraform.tfvars", "infra/prod.tfvars", "terraform/envs/prod/terraform.tfvars"]), "terraform", "\n".join(lines) + "\n"


@template("tf_variable", ("token", "password", "url"))
def t_tfvar(rng, S):
    n = S.name("snake")
    if S.pos:
        dv = S.q("tf")
    elif S.lit is None:
        dv = '""'
    else:
        dv = '"%s"' % S.lit
    text = """variable "%s" {
  description = "%s"
  type        = string
  sensitive   = true
  default     = %s
}

resource "aws_ssm_parameter" "%s" {
  name  = "/%s/%s"
  type  = "SecureString"
  value = var.%s
}

resource "aws_ecs_task_definition" "app" {
  family                   = "%s"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 512
  memory                   = 1024
  container_definitions    = file("${path.module}/task.json")
}
""" % (n, "Credential for %s" % S.prov["id"], dv, n, proj(rng), n, n, proj(rng))
    return pick(rng, ["terraform/variables.tf", "infra/main.tf", "terraform/modules/app/secrets.tf"]), "terraform", text


@template("ckan_ini", ("token", "password", "url"))
def t_ckan_ini(rng, S):
    site = pick(rng, ["https://data.%s.gov" % pick(rng, CITIES).lower(), "https://opendata.%s.gov.uk" % pick(rng, CITIES).lower()])
    key = {"ckan": "ckanext.harvest.api_token", "postgres": "sqlalchemy.url", "smtp": "smtp.password",
           "govuk-notify": "ckanext.notify.api_key", "socrata": "ckanext.socrata.app_token"}.get(S.prov["id"], "ckanext.%s.%s" % (S.prov["short"], "_".join(S.words)))
    if not S.obvious:
        key = "ckanext.%s.%s" % (S.prov["short"], style(S.words, "snake"))
    v = S.bare("ini")
    text = """#
# CKAN - Pylons configuration
#
[DEFAULT]
debug = false

[app:main]
use = egg:ckan
ckan.site_id = %s
ckan.site_url = %s
ckan.auth.anon_create_dataset = false
ckan.auth.create_user_via_web = false
ckan.plugins = stats text_view image_view datastore xloader harvest dcat scheming_datasets
ckan.datastore.read_url = postgresql://datastore_ro@db/datastore_default
solr_url = http://solr:8983/solr/ckan
ckan.redis.url = redis://redis:6379/1
ckan.storage_path = /var/lib/ckan
%s = %s
smtp.server = smtp.%s.gov:587
smtp.starttls = True
smtp.mail_from = ckan@%s.gov
ckan.locale_default = en
ckan.views.default_views = image_view datatables_view

[loggers]
keys = root, ckan

[logger_root]
level = WARNING
handlers = console
""" % (pick(rng, ["default", "opendata", "catalog"]), site, key, v, pick(rng, CITIES).lower(), pick(rng, CITIES).lower())
    return pick(rng, ["production.ini", "config/ckan/production.ini", "ckan.ini", "contrib/docker/production.ini"]), "ini", text


@template("jekyll_config", ("token",), need='data')
def t_jekyll(rng, S):
    k = S.name("snake")
    v = S.bare("yaml")
    text = """title: %s
description: >-
  Open data portal and project pages for the %s civic tech brigade.
baseurl: ""
url: "https://%s.github.io"
markdown: kramdown
theme: minima
plugins:
  - jekyll-feed
  - jekyll-seo-tag

# data fetch plugin (_plugins/fetch_data.rb) reads these at build time
data_sources:
  %s: %s
  refresh_hours: %d

exclude:
  - Gemfile
  - Gemfile.lock
  - vendor
""" % (pick(rng, ["Code for %s" % pick(rng, CITIES), "Open %s" % pick(rng, CITIES)]), pick(rng, CITIES), pick(rng, AGENCIES), k, v, rng.randint(1, 24))
    return "_config.yml", "yaml", text


@template("hugo_toml", ("token",), need='data')
def t_hugo(rng, S):
    k = S.name("camel")
    if S.pos:
        v = '"%s"' % S.value
    elif S.lit is None:
        v = '""'
    else:
        v = '"%s"' % S.lit
    text = """baseURL = "https://%s.%s.gov/"
languageCode = "en-us"
title = "%s"
theme = "uswds"

[params]
  description = "Public dashboard"
  agency = "%s"
  %s = %s
  dataRefresh = "daily"

[markup.goldmark.renderer]
  unsafe = true
""" % (proj(rng), pick(rng, CITIES).lower(), pick(rng, ["Budget Explorer", "Permit Tracker", "Service Requests"]), pick(rng, AGENCIES).upper(), k, v)
    return pick(rng, ["config.toml", "hugo.toml", "site/config.toml"]), "toml", text


@template("readme_curl", ("token",), need='http')
def t_readme(rng, S):
    pr = S.prov
    p = proj(rng)
    v = S.inline("md")
    if pr.get("param") and (not S.obvious or not pr.get("header")):
        cmd = 'curl "%s"' % url_with_param(S, "md")
    elif pr.get("header"):
        cmd = 'curl -H "%s: %s" "%s"' % (pr["header"][0], pr["header"][1].format(v=v), pr.get("host"))
    elif pr.get("basic"):
        cmd = 'curl -u %s: "%s"' % (v, pr["host"])
    else:
        cmd = "export %s=%s\npython -m %s.cli sync" % (S.name("SCREAM"), v, p.replace("-", "_"))
    text = """# %s

%s

## Getting started

```bash
git clone https://github.com/%s/%s.git
cd %s
pip install -r requirements.txt
```

## Checking the upstream API

The sync job talks to %s. To check it by hand:

```bash
%s
```

## Deploying

Merges to `main` deploy to %s via GitHub Actions.

## License

Public domain (CC0 1.0) unless noted otherwise.
""" % (p, pick(rng, ["A small tool built by volunteers at our weekly hack night.", "Maintained by the digital service team.", "Prototype - not an official service."]),
       pick(rng, AGENCIES), p, p, pr["id"], cmd, pick(rng, ["cloud.gov", "GOV.UK PaaS", "Heroku", "Fly.io"]))
    return pick(rng, ["README.md", "docs/README.md"]), "markdown", text


@template("runbook_md", ("token", "password", "url"))
def t_runbook(rng, S):
    n = S.name("SCREAM")
    v = S.inline("md") if (S.pos or S.lit is not None) else "$(aws ssm get-parameter --name /prod/%s --with-decryption --query Parameter.Value --output text)" % n.lower()
    text = """# Runbook: %s outage

_Last reviewed %d-%02d-%02d by the on-call rota._

## Symptoms
- Dashboard tiles show "data unavailable"
- Sentry alert `UpstreamTimeout` firing

## Steps
1. Check the status page for %s.
2. SSH to the worker box and re-export the credential:

   ```sh
   export %s=%s
   sudo systemctl restart %s-worker
   ```
3. Re-run the backfill: `make backfill DAYS=3`.
4. Post in #%s-incidents when green.

## Escalation
Service owner: %s team (business hours only).
""" % (S.prov["id"], rng.randint(2020, 2025), rng.randint(1, 12), rng.randint(1, 28), S.prov["id"], n,
       ("'%s'" % v) if S.pos and rng.random() < 0.5 else v, proj(rng), proj(rng), pick(rng, AGENCIES))
    return pick(rng, ["docs/runbook.md", "notes/runbook.md", "ops/RUNBOOK.md", "docs/ops/incident-%s.md" % S.prov["short"]]), "markdown", text


@template("csv_export", ("token", "password"))
def t_csv(rng, S):
    hdr = "service,environment,owner,%s,created,notes" % ("credential" if not S.obvious else style(S.words, "snake"))
    rows = [hdr]
    envs = ["prod", "staging", "dev"]
    envs += pick(rng, [["sandbox"], ["qa", "uat"], ["dr", "training", "demo"]])
    tgt = rng.randrange(len(envs))
    for i in range(len(envs)):
        if i == tgt:
            val = S.inline("csv") if (S.pos or S.lit is not None) else bare_ref(rng, "csv", S.N)
        else:
            val = pick(rng, ["(in 1Password)", "see vault", "n/a", "requested"])
        rows.append("%s,%s,%s@%s.gov,%s,%d-%02d-%02d,%s" % (S.prov["id"], envs[i], pick(rng, ["jlee", "mgarcia", "asmith", "pokafor", "tnguyen"]),
                                                           pick(rng, AGENCIES), val, rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28),
                                                           pick(rng, ["rotate yearly", "", "shared with vendor", "read only"])))
    return pick(rng, ["exports/service_accounts.csv", "ops/api_credentials_inventory.csv", "data/admin/integrations.csv"]), "csv", "\n".join(rows) + "\n"


@template("sh_curl", ("token", "password"), need="http_or_pw")
def t_sh_curl(rng, S):
    pr = S.prov
    v = S.inline("sh")
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", 'OUT_DIR="${1:-data/raw}"', 'mkdir -p "$OUT_DIR"', ""]
    if pr["shape"] == "password":
        lines.append('curl -sf -u "%s:%s" "https://%s.internal/api/export?format=csv" -o "$OUT_DIR/export.csv"' % (pick(rng, ["svc_etl", "ckan_admin", "reporting"]), v, pr["short"]))
    elif S.obvious:
        lines.insert(4, "%s=%s" % (S.name("SCREAM"), S.q("sh") if not S.pos else "'%s'" % v))
        ref = "${%s}" % S.name("SCREAM")
        if pr.get("param"):
            lines.append('curl -sf "%s?%s=%s" -o "$OUT_DIR/%s.json"' % (pr["host"], pr["param"], ref, pr["short"]))
        else:
            h = pr.get("header") or ("Authorization", "Bearer {v}")
            lines.append('curl -sf -H "%s: %s" "%s" -o "$OUT_DIR/%s.json"' % (h[0], h[1].format(v=ref), pr.get("host", "https://api.example.gov"), pr["short"]))
    else:
        u = url_with_param(S, "sh")
        if u:
            lines.append('curl -sf "%s" -o "$OUT_DIR/%s.json"' % (u, pr["short"]))
        else:
            h = pr.get("header") or ("Authorization", "Bearer {v}")
            lines.append('curl -sf -H "%s: %s" "%s" -o "$OUT_DIR/%s.json"' % (h[0], h[1].format(v=v), pr.get("host", "https://api.example.gov"), pr["short"]))
    lines += ['echo "fetched $(wc -c < "$OUT_DIR/%s.json") bytes"' % pr["short"]] if pr["shape"] != "password" else ['echo "export done"']
    return pick(rng, ["scripts/fetch.sh", "bin/pull-data.sh", "etl/download.sh"]), "shell", "\n".join(lines) + "\n"


@template("sh_export", ("token", "password", "url"))
def t_sh_export(rng, S):
    lines = ["#!/bin/sh", "# Local dev bootstrap for %s" % proj(rng), ""]
    lines += ["export %s=%s" % (style(w, "SCREAM"), v) for w, v in filler_pairs(rng, rng.randint(2, 5))]
    lines += S.pair_line(lambda w, v: "export %s=%s" % (style(w, "SCREAM"), v))
    val = ("'%s'" % S.value) if S.pos else S.q("sh")
    lines.append("export %s=%s" % (S.name("SCREAM"), val))
    lines += ["", "exec bundle exec rails server -b 0.0.0.0" if rng.random() < 0.5 else "exec gunicorn app.wsgi -b 0.0.0.0:8000"]
    return pick(rng, ["bin/dev-env.sh", "scripts/env.sh", "setup_env.sh"]), "shell", "\n".join(lines) + "\n"


@template("k8s_secret", ("token", "password", "url", "pem"))
def t_k8s(rng, S):
    n = S.name("SCREAM")
    v = S.bare("k8s")
    text = """apiVersion: v1
kind: Secret
metadata:
  name: %s-secrets
  namespace: %s
  labels:
    app.kubernetes.io/name: %s
type: Opaque
stringData:
%s  %s: %s
""" % (proj(rng), pick(rng, ["civic-prod", "default", "data-platform"]), proj(rng),
       "".join(S.pair_line(lambda w, pv: "  %s: %s\n" % (style(w, "SCREAM"), pv))), n, v)
    return pick(rng, ["k8s/secret.yaml", "deploy/k8s/secrets.yml", "manifests/app-secret.yaml"]), "kubernetes", text


@template("helm_values", ("token", "password", "url"))
def t_helm(rng, S):
    k = S.name("camel")
    text = """replicaCount: %d

image:
  repository: ghcr.io/%s/%s
  tag: "%s"
  pullPolicy: IfNotPresent

service:
  type: ClusterIP
  port: 80

ingress:
  enabled: true
  hosts:
    - host: %s.%s.gov
      paths: ["/"]

config:
  logLevel: info
%s  %s: %s

resources:
  limits:
    cpu: 500m
    memory: 512Mi
""" % (rng.randint(1, 3), pick(rng, AGENCIES), proj(rng), "1.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20)), proj(rng), pick(rng, CITIES).lower(),
       "".join(S.pair_line(lambda w, pv: "  %s: %s\n" % (style(w, "camel"), pv))), k, S.bare("yaml"))
    return pick(rng, ["helm/values.yaml", "charts/app/values-prod.yaml", "deploy/values.production.yaml"]), "yaml", text


@template("spring_properties", ("token", "password", "url"))
def t_spring(rng, S):
    k = "%s.%s" % (S.prov["short"].replace("_", "-"), style(S.words, "kebab")) if S.obvious else "app.upstream.%s" % style(S.words, "kebab")
    if S.prov["id"] == "postgres" and S.prov["shape"] == "password":
        k = "spring.datasource.password" if S.obvious else "app.ds.%s" % style(S.words, "kebab")
    lines = ["spring.application.name=%s" % proj(rng), "server.port=8080",
             "spring.datasource.url=jdbc:postgresql://db:5432/%s" % proj(rng).replace("-", "_"),
             "spring.datasource.username=%s" % pick(rng, ["app", "permits", "civic"]),
             "spring.jpa.hibernate.ddl-auto=validate", "management.endpoints.web.exposure.include=health,info", ""]
    lines += S.pair_line(lambda w, v: "%s.%s=%s" % (S.prov["short"], style(w, "kebab"), v))
    lines.append("%s=%s" % (k, S.bare("properties")))
    lines += ["logging.level.root=INFO"]
    return "src/main/resources/application%s.properties" % pick(rng, ["", "-prod", "-production"]), "properties", "\n".join(lines) + "\n"


@template("appsettings_json", ("token", "password", "url", "pem"))
def t_appsettings(rng, S):
    sec = {}
    if S.pair:
        sec[style(S.pair[0].split("_"), "pascal")] = S.pair[1]
    if S.pos:
        val = S.value
    elif S.lit is None:
        val = ""
    else:
        val = S.lit
    sec[S.name("pascal")] = val
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "AllowedHosts": "*",
           style(S.prov["short"].split("_"), "pascal"): sec,
           "Features": {"EnableCaseSearch": rng.random() < 0.5}}
    return pick(rng, ["appsettings.json", "appsettings.Production.json", "src/Web/appsettings.json"]), "json", json.dumps(doc, indent=2) + "\n"


@template("node_config_json", ("token", "password", "url", "pem"))
def t_nodecfg(rng, S):
    sec = {}
    if S.pair:
        sec[style(S.pair[0].split("_"), "camel")] = S.pair[1]
    sec[S.name("camel")] = S.value if S.pos else (S.lit if S.lit is not None else "")
    doc = {"port": 3000, "publicUrl": "https://%s.%s.gov" % (proj(rng), pick(rng, CITIES).lower()),
           "cacheSeconds": pick(rng, [60, 300]), S.prov["short"]: sec, "features": {"map": True}}
    return pick(rng, ["config/production.json", "config/default.json", "server/config.json"]), "json", json.dumps(doc, indent=pick(rng, [2, 4])) + "\n"


@template("node_script", ("token",), need='http')
def t_node(rng, S):
    pr = S.prov
    lines = ["'use strict';", "", "const axios = require('axios');", "const fs = require('fs/promises');", ""]
    cl = (pr.get("client") or {}).get("js")
    if cl:
        lines.insert(3, "const { NotifyClient } = require('notifications-node-client');")
        if S.obvious:
            lines += ["const %s = %s;" % (S.name("SCREAM"), S.q("js")), "const client = %s;" % cl.format(v=S.name("SCREAM"))]
        else:
            lines += ["const client = %s;" % cl.format(v=S.q("js"))]
        lines += ["", "async function remind(email, ref) {",
                  "  return client.sendEmail('%s', email, { personalisation: { ref }, reference: ref });" % uuid4(rng), "}", "",
                  "module.exports = { remind };"]
    else:
        h = pr.get("header")
        vn = S.name("SCREAM") if S.obvious else "KEY"
        if h:
            opt = "    headers: { '%s': %s }," % (h[0], "`" + h[1].replace("{v}", "${%s}" % vn) + "`")
        elif pr.get("basic"):
            opt = "    auth: { username: %s, password: '' }," % vn
        else:
            opt = "    params: { '%s': %s, format: 'json' }," % (pr["param"], vn)
        lines += ["const %s = %s;" % (vn, S.q("js")), "",
                  "async function main() {",
                  "  const res = await axios.get('%s', {" % pr.get("host", "https://api.example.gov/v1/records"),
                  opt,
                  "    timeout: 20000,", "  });",
                  "  await fs.writeFile('data/latest.json', JSON.stringify(res.data, null, 2));", "}", "",
                  "main().catch((err) => {", "  console.error(err.message);", "  process.exit(1);", "});"]
    return pick(rng, ["scripts/fetch.js", "lib/%s.js" % pr["short"], "server/services/%s.js" % pr["short"]]), "javascript", "\n".join(lines) + "\n"


@template("drupal_settings", ("token", "password", "url"))
def t_drupal(rng, S):
    lines = ["<?php", "", "/**", " * Local settings for the %s site." % pick(rng, CITIES), " */", "",
             "$settings['trusted_host_patterns'] = ['^www\\.%s\\.gov$'];" % pick(rng, CITIES).lower(),
             "$settings['file_private_path'] = '/var/www/private';",
             "$config['system.logging']['error_level'] = 'hide';", ""]
    if S.prov["id"] == "postgres" and S.prov["shape"] == "password" and S.obvious:
        lines += ["$databases['default']['default'] = [", "  'database' => 'drupal',", "  'username' => 'drupal',",
                  "  'password' => %s," % S.q("php"), "  'host' => 'mysql',", "  'driver' => 'mysql',", "];"]
    else:
        lines += S.pair_line(lambda w, v: "$settings['%s'] = '%s';" % (style(w, "snake"), v))
        lines.append("$settings['%s'] = %s;" % (S.name("snake"), S.q("php")))
    lines += ["", "$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');"]
    return pick(rng, ["web/sites/default/settings.local.php", "web/sites/default/settings.php", "docroot/sites/default/settings.prod.php"]), "php", "\n".join(lines) + "\n"


@template("makefile", ("token", "password"))
def t_make(rng, S):
    n = S.name("SCREAM")
    v = S.value if S.pos else (S.lit if S.lit is not None else "$(shell cat .secrets/%s)" % n.lower())
    text = """.PHONY: data clean deploy

PYTHON ?= python3
YEAR ?= %d
%s ?= %s

data:
\t$(PYTHON) scripts/build.py --year $(YEAR) --key $(%s)

clean:
\trm -rf data/processed/*

deploy: data
\tcf push %s
""" % (rng.randint(2019, 2023), n, v, n, proj(rng))
    return "Makefile", "makefile", text


@template("heroku_app_json", ("token", "password", "url"))
def t_appjson(rng, S):
    env = {"WEB_CONCURRENCY": {"value": "2"}, "RAILS_SERVE_STATIC_FILES": {"value": "enabled"}}
    if S.pair:
        env[style(S.pair[0].split("_"), "SCREAM")] = {"value": S.pair[1]}
    if S.pos:
        env[S.name("SCREAM")] = {"description": "%s credential" % S.prov["id"], "value": S.value}
    else:
        env[S.name("SCREAM")] = {"description": "%s credential" % S.prov["id"], "required": True} if S.lit is None else {"value": S.lit}
    doc = {"name": proj(rng), "description": "Civic app", "repository": "https://github.com/%s/%s" % (pick(rng, AGENCIES), proj(rng)),
           "env": env, "addons": ["heroku-postgresql:essential-0"], "buildpacks": [{"url": "heroku/ruby"}]}
    return "app.json", "json", json.dumps(doc, indent=2) + "\n"


@template("ansible_vars", ("token", "password", "url"))
def t_ansible(rng, S):
    lines = ["---", "# group_vars for the %s hosts" % pick(rng, ["ckan", "web", "etl"]),
             "app_user: %s" % pick(rng, ["deploy", "ckan", "www-data"]), "app_root: /srv/%s" % proj(rng),
             "nginx_server_name: %s.%s.gov" % (proj(rng), pick(rng, CITIES).lower()), ""]
    lines += S.pair_line(lambda w, v: "%s: %s" % (style(w, "snake"), v))
    if S.pos:
        lines.append("%s: %s" % (S.name("snake"), S.bare("yaml")))
    else:
        lines.append('%s: %s' % (S.name("snake"), '"{{ vault_%s }}"' % S.name("snake") if S.lit is None else '"%s"' % S.lit))
    lines += ["", "cron_jobs:", "  - name: nightly harvest", "    minute: \"%d\"" % rng.randint(0, 59), "    hour: \"2\""]
    return pick(rng, ["ansible/group_vars/all.yml", "ansible/group_vars/production/vars.yml", "inventories/prod/group_vars/web.yml"]), "yaml", "\n".join(lines) + "\n"


@template("airflow_dag", ("token", "password"))
def t_airflow(rng, S):
    n = S.name("SCREAM")
    text = """from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator

%s = %s

default_args = {
    "owner": "data-team",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
}


def extract(**context):
    from pipelines.%s import run
    run(key=%s, ds=context["ds"])


with DAG(
    dag_id="%s_daily",
    start_date=datetime(%d, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args=default_args,
) as dag:
    PythonOperator(task_id="extract", python_callable=extract)
""" % (n, S.q("py"), S.prov["short"], n, S.prov["short"], rng.randint(2021, 2024))
    return "dags/%s_daily.py" % S.prov["short"], "python", text


@template("systemd_unit", ("token", "password", "url"))
def t_systemd(rng, S):
    v = S.value if S.pos else (S.lit if S.lit is not None else "")
    text = """[Unit]
Description=%s worker
After=network-online.target

[Service]
User=%s
WorkingDirectory=/srv/%s
Environment=PYTHONUNBUFFERED=1
Environment="%s=%s"
ExecStart=/srv/venv/bin/python -m worker
Restart=on-failure

[Install]
WantedBy=multi-user.target
""" % (proj(rng), pick(rng, ["app", "etl", "ckan"]), proj(rng), S.name("SCREAM"), v)
    return pick(rng, ["deploy/systemd/worker.service", "ops/%s-worker.service" % proj(rng)]), "systemd", text


@template("netlify_toml", ("token",), need='data')
def t_netlify(rng, S):
    v = S.value if S.pos else (S.lit if S.lit is not None else "")
    text = """[build]
  command = "npm run build"
  publish = "_site"

[build.environment]
  NODE_VERSION = "20"
  %s = "%s"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200
""" % (S.name("SCREAM"), v)
    return "netlify.toml", "toml", text


@template("rmarkdown", ("token",), need='data')
def t_rmd(rng, S):
    pr = S.prov
    text = """---
title: "%s indicators"
author: "%s"
date: "%d-%02d-%02d"
output: html_document
---

```{r setup, include=FALSE}
knitr::opts_chunk$set(echo = TRUE, message = FALSE)
library(tidyverse)
library(httr)
```

## Data

```{r pull}
%s <- %s
resp <- GET("%s", query = list(%s = %s))
dat <- content(resp, as = "parsed")
```

## Summary

We look at %s across %d neighbourhoods.
""" % (pick(rng, CITIES), pick(rng, ["Data team", "Policy lab", "J. Okafor"]), rng.randint(2020, 2025), rng.randint(1, 12), rng.randint(1, 28),
       S.name("snake"), S.q("r"), pr.get("host", "https://api.example.gov/v1"), pr.get("param", "key"), S.name("snake"),
       pick(rng, ["median income", "eviction filings", "311 response times"]), rng.randint(20, 80))
    return pick(rng, ["reports/indicators.Rmd", "analysis/report.Rmd"]), "rmarkdown", text


@template("gitlab_ci", ("token", "password", "url"))
def t_gitlab(rng, S):
    text = """stages:
  - test
  - deploy

variables:
  PIP_CACHE_DIR: "$CI_PROJECT_DIR/.cache/pip"
  %s: %s

test:
  stage: test
  image: python:3.11
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy_prod:
  stage: deploy
  only:
    - main
  script:
    - ./bin/deploy.sh production
""" % (S.name("SCREAM"), S.bare("gitlab"))
    return ".gitlab-ci.yml", "gitlab-ci", text


@template("dockerfile", ("token", "password", "url"))
def t_docker(rng, S):
    if S.pos:
        v = S.value
    elif S.lit is None:
        v = '""'
    else:
        v = '"%s"' % S.lit
    text = """FROM python:3.11-slim

WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1
ENV %s=%s

COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

EXPOSE 8000
CMD ["gunicorn", "app.wsgi:application", "-b", "0.0.0.0:8000", "--workers", "%d"]
""" % (S.name("SCREAM"), v, rng.randint(2, 4))
    return pick(rng, ["Dockerfile", "docker/worker.Dockerfile"]), "dockerfile", text


@template("rake_task", ("token", "password"))
def t_rake(rng, S):
    text = """namespace :import do
  desc "Import %s records"
  task %s: :environment do
    %s = %s
    since = ENV.fetch("SINCE", 7.days.ago.to_date.to_s)
    importer = Importers::%s.new(key: %s, since: since)
    count = importer.run!
    puts "Imported #{count} records"
  end
end
""" % (S.prov["id"], S.prov["short"], S.name("snake"), S.q("rb"), style(S.prov["short"].split("_"), "pascal"), S.name("snake"))
    return "lib/tasks/import_%s.rake" % S.prov["short"], "ruby", text


@template("serverless_yml", ("token", "password", "url"))
def t_serverless(rng, S):
    text = """service: %s

provider:
  name: aws
  runtime: python3.11
  region: %s
  environment:
    STAGE: ${sls:stage}
    %s: %s

functions:
  ingest:
    handler: handler.ingest
    events:
      - schedule: rate(%d hours)
""" % (proj(rng), pick(rng, ["us-east-1", "us-gov-west-1"]), S.name("SCREAM"), S.bare("yaml"), rng.randint(1, 12))
    return "serverless.yml", "yaml", text


@template("go_main", ("token", "password"), need='header')
def t_go(rng, S):
    n = S.name("camel")
    text = """package main

import (
	"fmt"
	"log"
	"net/http"
	"os"
	"time"
)

const %s = %s

func main() {
	client := &http.Client{Timeout: 30 * time.Second}
	req, err := http.NewRequest("GET", "%s", nil)
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("%s", %s)
	resp, err := client.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	fmt.Fprintln(os.Stderr, "status:", resp.Status)
}
""" % (n, S.q("go") if S.pos or S.lit is not None else '""', S.prov.get("host", "https://api.example.gov/v1/status"),
       (S.prov.get("header") or ("X-Api-Key", ""))[0], n)
    return pick(rng, ["cmd/fetch/main.go", "main.go"]), "go", text


@template("scraper_yaml", ("token",), need='data')
def t_scraper(rng, S):
    text = """# scraper settings - one block per jurisdiction
defaults:
  user_agent: "%s scraper (+https://github.com/%s)"
  delay_seconds: %d

jurisdictions:
  - id: ocd-jurisdiction/country:us/state:%s/government
    session: "%d"
    sources:
      - %s
    %s: %s
""" % (proj(rng), pick(rng, AGENCIES), rng.randint(1, 5), pick(rng, ["ny", "il", "ca", "tx", "wa"]), rng.randint(2021, 2025),
       S.prov.get("host", "https://legislature.example.gov"), S.name("snake"), S.bare("yaml"))
    return pick(rng, ["scrapers/config.yml", "config/sources.yaml"]), "yaml", text


@template("postman_env", ("token",), need='http')
def t_postman(rng, S):
    vals = [{"key": "baseUrl", "value": S.prov.get("host", "https://api.example.gov"), "enabled": True}]
    vals.append({"key": S.name("camel"), "value": S.value if S.pos else (S.lit if S.lit is not None else ""),
                 "type": "secret" if rng.random() < 0.5 else "default", "enabled": True})
    doc = {"id": uuid4(rng), "name": "%s - prod" % S.prov["id"], "values": vals, "_postman_variable_scope": "environment"}
    return pick(rng, ["postman/prod.postman_environment.json", "docs/api/%s.postman_environment.json" % S.prov["short"]]), "json", json.dumps(doc, indent=2) + "\n"


# ---- PEM-only templates (Login.gov / Singpass private keys)
@template("pem_file", ("pem",))
def t_pem_file(rng, S):
    if S.pos:
        body = S.value
    else:
        body = rsa_public_pem(rng) if S.neg_sub != "placeholder" else "-----BEGIN CERTIFICATE-----\n(upload public.crt from the partner portal)\n-----END CERTIFICATE-----"
    pre = ""
    if rng.random() < 0.3:
        pre = "# %s sandbox signing key\n" % S.prov["id"]
    name = pick(rng, ["config/keys/%s.key" % S.prov["short"], "keys/private.pem", "certs/%s-sandbox.pem" % S.prov["short"], "config/%s_private_key.pem" % S.prov["short"]])
    if not S.pos:
        name = name.replace("private", "public").replace(".key", ".pub.pem")
    return name, "pem", pre + body + "\n"


@template("yaml_pem_block", ("pem",))
def t_yaml_pem(rng, S):
    if S.pos:
        block = S.value
    else:
        block = rsa_public_pem(rng)
    ind = "  " if rng.random() < 0.5 else "    "
    key = S.name("snake") if S.pos else S.name("snake").replace("private", "public")
    text = "%s:\n  client_id: \"%s\"\n  redirect_uri: \"https://%s.%s.gov/auth/callback\"\n  %s: |\n%s\n" % (
        S.prov["short"], "urn:gov:gsa:openidconnect.profiles:sp:sso:%s:%s" % (pick(rng, AGENCIES), proj(rng).replace("-", "_")) if S.prov["id"] == "login.gov"
        else "%s-%s" % (pick(rng, ["STG", "PROD"]), rs(rng, UPPER + DIG, 10)),
        proj(rng), pick(rng, CITIES).lower(), key, "\n".join(ind + "  " + l for l in block.split("\n")))
    if S.pos:
        S.written = ("\n" + ind + "  ").join(block.split("\n"))
    return pick(rng, ["config/%s.yml" % S.prov["short"], "config/settings/production.yml"]), "yaml", text


@template("py_pem_triple", ("pem",))
def t_py_pem(rng, S):
    block = S.value if S.pos else rsa_public_pem(rng)
    n = S.name("SCREAM") if S.pos else "IDP_PUBLIC_KEY"
    text = '''"""OIDC client helpers for %s."""
import time
import uuid

import jwt

CLIENT_ID = "%s"
TOKEN_URL = "%s"

%s = """%s"""


def client_assertion():
    now = int(time.time())
    claims = {"iss": CLIENT_ID, "sub": CLIENT_ID, "aud": TOKEN_URL,
              "jti": str(uuid.uuid4()), "iat": now, "exp": now + 300}
    return jwt.encode(claims, %s, algorithm="%s")
''' % (S.prov["id"],
       "urn:gov:gsa:openidconnect.profiles:sp:sso:%s:%s" % (pick(rng, AGENCIES), proj(rng).replace("-", "_")) if S.prov["id"] == "login.gov" else rs(rng, ALNUM, 32),
       "https://idp.int.identitysandbox.gov/api/openid_connect/token" if S.prov["id"] == "login.gov" else "https://stg-id.singpass.gov.sg/token",
       n, block, n, "RS256" if S.prov["id"] == "login.gov" else "ES256")
    return pick(rng, ["app/auth/oidc.py", "%s/auth.py" % proj(rng).replace("-", "_")]), "python", text


# ---- Singpass private JWK templates (needle = "d")
def singpass_keys(rng, S):
    stamp = "%d-%02d-%02d" % (rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28))
    if S.pos:
        sig = ec_jwk(rng, "sig", "sig-" + stamp, True)
        enc = ec_jwk(rng, "enc", "enc-" + stamp, False)   # only ONE private member per file
        S.secret = sig["d"]
        S.value = sig["d"]
        return [sig, enc]
    return [fake_ec_public_jwk(rng, "sig", "sig-" + stamp), fake_ec_public_jwk(rng, "enc", "enc-" + stamp)]


@template("jwks_file", ("jwk",))
def t_jwks(rng, S):
    keys = singpass_keys(rng, S)
    name = pick(rng, ["config/singpass/private-jwks.json", "keys/rp-jwks.json", "secrets/myinfo_jwks.json"]) if S.pos else \
        pick(rng, ["public/.well-known/jwks.json", "config/singpass/public-jwks.json", "static/jwks.json"])
    return name, "json", json.dumps({"keys": keys}, indent=pick(rng, [2, 4])) + "\n"


@template("jwk_env", ("jwk",))
def t_jwk_env(rng, S):
    keys = singpass_keys(rng, S)
    lines = ["SINGPASS_CLIENT_ID=%s" % rs(rng, ALNUM, 32), "SINGPASS_ENV=%s" % pick(rng, ["staging", "production"]),
             "SINGPASS_REDIRECT_URI=https://%s.gov.sg/callback" % proj(rng),
             "SINGPASS_ISSUER=https://stg-id.singpass.gov.sg", "SESSION_TTL_SECONDS=%d" % pick(rng, [900, 1800]),
             "LOG_LEVEL=%s" % pick(rng, ["info", "debug"])]
    n = "SINGPASS_PRIVATE_JWKS" if S.pos else "SINGPASS_PUBLIC_JWKS"
    lines.append("%s='%s'" % (n, json.dumps({"keys": keys}, separators=(",", ":"))))
    return pick(rng, [".env", ".env.staging"]), "dotenv", "\n".join(lines) + "\n"


@template("jwk_ts", ("jwk",))
def t_jwk_ts(rng, S):
    keys = singpass_keys(rng, S)
    k = keys[0]
    body = ",\n".join("  %s: '%s'" % (kk, vv) for kk, vv in k.items())
    text = """// Singpass relying-party signing key
export const %s = {
%s,
};

export const singpassConfig = {
  issuer: 'https://stg-id.singpass.gov.sg',
  redirectUri: 'https://%s.gov.sg/api/callback',
  scope: 'openid',
};
""" % ("signingKey" if S.pos else "publicSigningKey", body, proj(rng))
    return pick(rng, ["src/config/singpass.ts", "lib/auth/keys.ts"]), "typescript", text


# ---------------------------------------------------------------- domain look-alike negatives
# Each: f(rng) -> (relpath, filetype, text, provider, kind)
NEG_TEMPLATES = []


def negt(f):
    NEG_TEMPLATES.append((f.__name__, f))
    return f


STATES = [("01", "AL", "Alabama"), ("06", "CA", "California"), ("08", "CO", "Colorado"), ("12", "FL", "Florida"),
          ("17", "IL", "Illinois"), ("24", "MD", "Maryland"), ("36", "NY", "New York"), ("37", "NC", "North Carolina"),
          ("39", "OH", "Ohio"), ("41", "OR", "Oregon"), ("48", "TX", "Texas"), ("53", "WA", "Washington")]


def sha256hex(rng):
    return hashlib.sha256(rbytes(rng, 32)).hexdigest()


@negt
def n_fips_csv(rng):
    rows = ["state_fips,county_fips,geoid,name,population"]
    st = pick(rng, STATES)
    for _ in range(rng.randint(8, 30)):
        c = rng.randrange(1, 200, 2)
        rows.append("%s,%03d,%s%03d,%s County,%d" % (st[0], c, st[0], c, pick(rng, ["Adams", "Lake", "Marion", "Franklin", "Jefferson", "Clay", "Union", "Grant", "Wayne"]), rng.randint(4000, 900000)))
    return pick(rng, ["data/reference/county_fips.csv", "data/fips.csv"]), "csv", "\n".join(rows) + "\n", "us-census", "fips_codes"


@negt
def n_tracts(rng):
    st = pick(rng, STATES)
    cty = rng.randrange(1, 200, 2)
    rows = ["GEOID,NAME,B19013_001E,B19013_001M"]
    for _ in range(rng.randint(10, 40)):
        tr = rng.randint(100, 990000)
        rows.append('%s%03d%06d,"Census Tract %s, County, %s",%d,%d' % (st[0], cty, tr, "%d.%02d" % (tr // 100, tr % 100), st[2], rng.randint(18000, 190000), rng.randint(2000, 30000)))
    return pick(rng, ["data/processed/acs_tracts_median_income.csv", "exports/tracts.csv"]), "csv", "\n".join(rows) + "\n", "us-census", "tract_geoids"


@negt
def n_fec(rng):
    cmts = ["C00%06d" % rng.randint(100000, 999999) for _ in range(rng.randint(3, 8))]
    cands = ["%s%d%s%05d" % (pick(rng, ["H", "S", "P"]), rng.randint(0, 9), pick(rng, ["TX", "CA", "NY", "IL"]), rng.randint(0, 99999)) for _ in range(3)]
    text = '''"""Committees we track for the campaign-finance explainer."""

COMMITTEE_IDS = [
%s
]

CANDIDATE_IDS = %r

# OpenFEC is rate limited; the key comes from the environment.
FEC_API_KEY_ENV = "FEC_API_KEY"
CYCLE = %d
''' % ("\n".join('    "%s",  # %s' % (c, pick(rng, ["leadership PAC", "principal campaign committee", "party committee", "super PAC"])) for c in cmts), cands, pick(rng, [2020, 2022, 2024]))
    return pick(rng, ["finance/committees.py", "config/fec_ids.py"]), "python", text, "openfec", "committee_ids"


@negt
def n_bills(rng):
    items = []
    for _ in range(rng.randint(3, 8)):
        t = pick(rng, ["hr", "s", "hres", "sjres"])
        num = rng.randint(1, 9999)
        cong = rng.randint(115, 118)
        items.append({"bill_id": "%s%d-%d" % (t, num, cong), "openstates_id": "ocd-bill/%s" % uuid4(rng),
                      "title": pick(rng, ["Affordable Housing Act", "Broadband Access Act", "Clean Water Grants", "Transit Safety Act"]),
                      "introduced": "%d-%02d-%02d" % (rng.randint(2017, 2024), rng.randint(1, 12), rng.randint(1, 28))})
    return pick(rng, ["data/bills.json", "site/_data/tracked_bills.json"]), "json", json.dumps(items, indent=2) + "\n", "propublica", "bill_ids"


@negt
def n_ocd(rng):
    lines = ["# legislators we follow", "people:"]
    for _ in range(rng.randint(3, 7)):
        lines += ["  - id: ocd-person/%s" % uuid4(rng), "    name: %s %s" % (pick(rng, ["Maria", "James", "Aisha", "Tom", "Priya", "Luis"]), pick(rng, ["Lopez", "Chen", "Okafor", "Smith", "Patel"])),
                  "    district: \"%d\"" % rng.randint(1, 60), "    jurisdiction: ocd-jurisdiction/country:us/state:%s/government" % pick(rng, STATES)[1].lower()]
    return pick(rng, ["_data/legislators.yml", "config/people.yaml"]), "yaml", "\n".join(lines) + "\n", "openstates", "ocd_ids"


@negt
def n_dockets(rng):
    ag = pick(rng, ["EPA-HQ-OAR", "FDA", "CMS", "ED", "HUD", "FWS-R8-ES"])
    lines = ["# Comment tracker", "", "| Docket | Document | Comments | Closes |", "|---|---|---|---|"]
    for _ in range(rng.randint(3, 10)):
        d = "%s-%d-%04d" % (ag, rng.randint(2018, 2025), rng.randint(1, 999))
        lines.append("| %s | %s-%04d | %d | %d-%02d-%02d |" % (d, d, rng.randint(1, 300), rng.randint(3, 80000), rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)))
    lines += ["", "API key: set `REGULATIONS_GOV_API_KEY` in your shell (get one at api.data.gov/signup)."]
    return pick(rng, ["notes/dockets.md", "docs/comment-tracker.md"]), "markdown", "\n".join(lines) + "\n", "regulations.gov", "docket_numbers"


@negt
def n_ckan_pkg(rng):
    pkg = {"id": uuid4(rng), "name": "%s-%s" % (pick(rng, ["street-trees", "building-permits", "crime-incidents"]), rng.randint(2015, 2024)),
           "owner_org": uuid4(rng), "state": "active", "private": False, "metadata_modified": "2024-%02d-%02dT10:11:12.123456" % (rng.randint(1, 12), rng.randint(1, 28)),
           "resources": [{"id": uuid4(rng), "package_id": "", "format": pick(rng, ["CSV", "GeoJSON"]), "hash": "sha256:" + sha256hex(rng),
                          "url": "https://data.example.gov/dataset/x/resource/%s/download/data.csv" % uuid4(rng), "datastore_active": True}
                         for _ in range(rng.randint(1, 3))]}
    for r in pkg["resources"]:
        r["package_id"] = pkg["id"]
    return pick(rng, ["tests/fixtures/package_show.json", "harvest/sample_package.json"]), "json", json.dumps({"help": "https://data.example.gov/api/3/action/help_show?name=package_show", "success": True, "result": pkg}, indent=2) + "\n", "ckan", "package_uuids"


@negt
def n_socrata_ids(rng):
    lines = ["# Socrata datasets pulled by the nightly job", "domain: data.%s.gov" % pick(rng, ["cityofchicago", "seattle", "austintexas", "baltimorecity"]), "datasets:"]
    for _ in range(rng.randint(3, 8)):
        lines += ["  - id: %s" % socrata_4x4(rng), "    name: %s" % pick(rng, ["311 requests", "building permits", "crimes", "food inspections", "traffic crashes"]),
                  "    updated_field: \":updated_at\""]
    lines += ["app_token_env: SOCRATA_APP_TOKEN"]
    return pick(rng, ["config/datasets.yml", "etl/socrata_sources.yaml"]), "yaml", "\n".join(lines) + "\n", "socrata", "dataset_4x4_ids"


@negt
def n_notify_templates(rng):
    text = '''# GOV.UK Notify template ids (not secrets - safe to commit)
NOTIFY_TEMPLATES = {
    "application_received": "%s",
    "application_approved": "%s",
    "reminder_sms": "%s",
    "magic_link": "%s",
}

NOTIFY_SERVICE_ID = "%s"
NOTIFY_API_KEY = os.environ.get("NOTIFY_API_KEY")
''' % (uuid4(rng), uuid4(rng), uuid4(rng), uuid4(rng), uuid4(rng))
    return pick(rng, ["app/notify_templates.py", "config/notify.py"]), "python", "import os\n\n" + text, "govuk-notify", "template_uuids"


@negt
def n_usaspending(rng):
    rows = ["generated_unique_award_id,recipient_uei,award_amount,awarding_agency"]
    for _ in range(rng.randint(5, 20)):
        rows.append("CONT_AWD_%s_%s_%s_-NONE-,%s,%d.%02d,%s" % (rs(rng, UPPER + DIG, 13), rs(rng, DIG, 4), rs(rng, UPPER + DIG, 13),
                                                             rs(rng, UPPER + DIG, 12), rng.randint(1000, 9000000), rng.randint(0, 99), pick(rng, ["Department of Defense", "Department of Energy", "General Services Administration"])))
    return pick(rng, ["data/raw/usaspending_awards.csv", "exports/awards.csv"]), "csv", "\n".join(rows) + "\n", "usaspending", "award_ids"


@negt
def n_companies(rng):
    rows = ["company_number,company_name,status,incorporated_on"]
    for _ in range(rng.randint(5, 20)):
        num = pick(rng, ["%08d" % rng.randint(100000, 14999999), "SC%06d" % rng.randint(1, 799999), "NI%06d" % rng.randint(1, 699999)])
        rows.append("%s,%s %s LTD,%s,%d-%02d-%02d" % (num, pick(rng, ["NORTHERN", "ACME", "GREEN", "CIVIC", "RIVERSIDE"]), pick(rng, ["HOLDINGS", "TRADING", "SERVICES", "HOMES"]),
                                                       pick(rng, ["active", "dissolved"]), rng.randint(1990, 2024), rng.randint(1, 12), rng.randint(1, 28)))
    return "data/companies_sample.csv", "csv", "\n".join(rows) + "\n", "companies-house", "company_numbers"


@negt
def n_checksums(rng):
    lines = []
    files = ["tracts_2020.geojson", "blocks_2020.zip", "acs5_2022.parquet", "boundaries.gpkg", "wards.shp.zip",
             "precincts_2024.geojson", "zip_to_tract.csv", "parcels.fgb"]
    for f in files[: rng.randint(5, 8)]:
        lines.append("%s  data/%s" % (sha256hex(rng), f))
    return pick(rng, ["data/SHA256SUMS", "checksums.sha256"]), "checksums", "\n".join(lines) + "\n", "data.europa.eu", "sha256_digests"


@negt
def n_sri(rng):
    h = base64.b64encode(hashlib.sha384(rbytes(rng, 16)).digest()).decode()
    h2 = base64.b64encode(hashlib.sha384(rbytes(rng, 16)).digest()).decode()
    text = """<head>
  <meta charset="utf-8">
  <title>{{ page.title }} | {{ site.title }}</title>
  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@uswds/uswds@3.7.1/dist/css/uswds.min.css"
        integrity="sha384-%s" crossorigin="anonymous">
  <script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.4/dist/leaflet.js"
          integrity="sha384-%s" crossorigin="anonymous"></script>
  {%% seo %%}
</head>
""" % (h, h2)
    return "_includes/head.html", "html", text, "jekyll", "sri_hashes"


@negt
def n_docker_digests(rng):
    text = """services:
  ckan:
    image: ckan/ckan-base:2.10@sha256:%s
  solr:
    image: ckan/ckan-solr:2.10-solr9@sha256:%s
  redis:
    image: redis:7@sha256:%s
""" % (sha256hex(rng), sha256hex(rng), sha256hex(rng))
    return "docker-compose.pinned.yml", "docker-compose", text, "ckan", "image_digests"


@negt
def n_rails_enc(rng):
    ct = base64.b64encode(rbytes(rng, rng.randint(200, 600))).decode()
    iv = base64.b64encode(rbytes(rng, 12)).decode()
    tag = base64.b64encode(rbytes(rng, 16)).decode()
    return "config/credentials.yml.enc", "rails-encrypted", "%s--%s--%s" % (ct, iv, tag), "rails", "encrypted_credentials"


@negt
def n_sops(rng):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(rng, n)).decode(), base64.b64encode(rbytes(rng, 32)).decode(), base64.b64encode(rbytes(rng, 16)).decode())
    text = """notify_api_key: %s
census_api_key: %s
database_password: %s
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:%s:key/%s
          created_at: "2024-%02d-%02dT12:00:00Z"
          enc: %s
          aws_profile: ""
    lastmodified: "2024-%02d-%02dT12:00:00Z"
    mac: %s
    version: 3.8.1
""" % (enc(74), enc(40), enc(18), rs(rng, DIG, 12), uuid4(rng), rng.randint(1, 12), rng.randint(1, 28),
       base64.b64encode(rbytes(rng, 180)).decode(), rng.randint(1, 12), rng.randint(1, 28), enc(32))
    return pick(rng, ["secrets/production.enc.yaml", "deploy/secrets.sops.yaml"]), "yaml", text, "sops", "ciphertext"


@negt
def n_vault(rng):
    hexs = rbytes(rng, rng.randint(120, 300)).hex()
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [hexs[i:i + 80] for i in range(0, len(hexs), 80)]
    return pick(rng, ["ansible/group_vars/production/vault.yml", "inventories/prod/vault.yml"]), "ansible-vault", "\n".join(lines) + "\n", "ansible", "vault_ciphertext"


@negt
def n_sealed(rng):
    def blob():
        return base64.b64encode(rbytes(rng, rng.randint(300, 420))).decode()
    text = """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: %s
  namespace: civic-prod
spec:
  encryptedData:
    CENSUS_API_KEY: %s
    DATABASE_URL: %s
  template:
    metadata:
      name: %s
""" % (proj(rng), blob(), blob(), proj(rng))
    return "k8s/sealed-secret.yaml", "kubernetes", text, "kubernetes", "sealed_secret_ciphertext"


@negt
def n_webhook_vector(rng):
    body = '{"id":"%s","status":"delivered"}' % uuid4(rng)
    secret_ph = "whsec_test_fixture"
    sig = hashlib.sha256((secret_ph + body).encode()).hexdigest()
    text = '''import hashlib
import hmac

# Test vector from the callback docs: body + expected signature for the
# fixture secret below (not a real credential).
FIXTURE_SECRET = "%s"
BODY = %r
EXPECTED_SIGNATURE = "%s"


def test_signature_matches():
    got = hashlib.sha256((FIXTURE_SECRET + BODY).encode()).hexdigest()
    assert hmac.compare_digest(got, EXPECTED_SIGNATURE)
''' % (secret_ph, body, sig)
    return "tests/test_callback_signature.py", "python", text, "govuk-notify", "signature_test_vector"


@negt
def n_i18n(rng):
    text = """%s:
  devise:
    passwords:
      edit:
        change_my_password: "%s"
        new_password: "%s"
      no_token: "%s"
  api_keys:
    label: "%s"
    hint: "%s"
    revoked: "%s"
""" % pick(rng, [
        ("en", "Change my password", "New password", "You can't access this page without coming from a password reset email.", "API key", "Paste the key from your api.data.gov signup email", "This key has been revoked"),
        ("es", "Cambiar mi contraseña", "Nueva contraseña", "No puede acceder a esta página sin venir de un correo de restablecimiento.", "Clave de API", "Pegue la clave de su correo de registro", "Esta clave ha sido revocada"),
        ("fr", "Changer mon mot de passe", "Nouveau mot de passe", "Vous ne pouvez pas accéder à cette page sans lien de réinitialisation.", "Clé API", "Collez la clé reçue par courriel", "Cette clé a été révoquée"),
        ("cy", "Newid fy nghyfrinair", "Cyfrinair newydd", "Ni allwch gael mynediad i'r dudalen hon heb e-bost ailosod.", "Allwedd API", "Gludwch yr allwedd o'ch e-bost", "Mae'r allwedd hon wedi'i dirymu"),
    ])
    return "config/locales/%s.yml" % text.split(":")[0], "yaml", text, "i18n", "i18n_strings"


@negt
def n_public_frontend(rng):
    user = pick(rng, ["civicmaps", "cityofdata", "transitlab"])
    pk = mapbox_token(rng, "pk", user)
    site = "6L" + rs(rng, B64URL, 38)
    dsn = "https://%s@o%d.ingest.sentry.io/%d" % (rs(rng, HEX, 32), rng.randint(100000, 999999), rng.randint(1000000, 9999999))
    text = """// Browser config: everything here ships to the client and is public by design.
export const MAPBOX_PUBLIC_TOKEN = '%s';
export const RECAPTCHA_SITE_KEY = '%s';
export const SENTRY_DSN = '%s';
export const GA_MEASUREMENT_ID = 'G-%s';

export const MAP_DEFAULTS = { center: [%f, %f], zoom: 11, style: 'mapbox://styles/%s/%s' };
""" % (pk, site, dsn, rs(rng, UPPER + DIG, 10), rng.uniform(-122, -71), rng.uniform(30, 47), user, rs(rng, LOWER + DIG, 25))
    return pick(rng, ["src/config/public.js", "assets/js/config.js", "frontend/src/publicKeys.js"]), "javascript", text, "mapbox", "public_client_keys"


@negt
def n_algolia(rng):
    text = """title: %s
url: https://%s.github.io
algolia:
  application_id: %s
  index_name: %s_site
  search_only_api_key: %s   # search-only key, safe to publish
  nodes_to_index: "p,li,h2,h3"
""" % (pick(rng, ["Digital Service Handbook", "Open Data Guide"]), pick(rng, AGENCIES), rs(rng, UPPER + DIG, 10), proj(rng).replace("-", "_"), rs(rng, HEX, 32))
    return "_config.yml", "yaml", text, "algolia", "search_only_key"


@negt
def n_public_jwks(rng):
    if rng.random() < 0.5:
        keys = [rsa_public_jwk(rng, rs(rng, HEX, 40))]
        prov = "login.gov"
    else:
        keys = [fake_ec_public_jwk(rng, "sig", "sig-2024"), fake_ec_public_jwk(rng, "enc", "enc-2024")]
        prov = "singpass"
    return pick(rng, ["public/.well-known/jwks.json", "config/oidc/public_jwks.json"]), "json", json.dumps({"keys": keys}, indent=2) + "\n", prov, "public_jwks"


@negt
def n_public_pem(rng):
    return pick(rng, ["config/keys/login_gov_public.pem", "certs/sp_public_key.pem"]), "pem", rsa_public_pem(rng) + "\n", "login.gov", "public_key"


@negt
def n_changelog(rng):
    lines = ["# Changelog", ""]
    for i in range(rng.randint(4, 10)):
        lines.append("- %s %s (%s)" % (rs(rng, HEX, 40) if rng.random() < 0.3 else rs(rng, HEX, 7), pick(rng, ["Fix tract join", "Bump ckanapi", "Add FRED series", "Rotate Notify key (via vault)", "Update 311 categories"]), "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))))
    return "CHANGELOG.md", "markdown", "\n".join(lines) + "\n", "github", "commit_shas"


@negt
def n_lockfile(rng):
    pk = {}
    for name in ["leaflet", "d3-geo", "topojson-client", "@uswds/uswds"]:
        pk["node_modules/" + name] = {"version": "%d.%d.%d" % (rng.randint(1, 7), rng.randint(0, 9), rng.randint(0, 9)),
                                      "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name.split("/")[-1]),
                                      "integrity": "sha512-" + base64.b64encode(hashlib.sha512(rbytes(rng, 16)).digest()).decode()}
    doc = {"name": proj(rng), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", "json", json.dumps(doc, indent=2) + "\n", "npm", "integrity_hashes"


@negt
def n_open311_services(rng):
    rows = ["service_code,service_name,group,keywords"]
    for _ in range(rng.randint(5, 15)):
        rows.append("%s,%s,%s,%s" % (pick(rng, [rs(rng, HEX, 24), "4fd3b%s" % rs(rng, HEX, 19), "%03d" % rng.randint(1, 999)]),
                                     pick(rng, ["Pothole", "Graffiti Removal", "Street Light Out", "Missed Recycling", "Abandoned Vehicle"]),
                                     pick(rng, ["Streets", "Sanitation", "Parks"]), pick(rng, ["road;hole", "paint;wall", "light;dark", "trash"])))
    return "data/open311_services.csv", "csv", "\n".join(rows) + "\n", "open311", "service_codes"


@negt
def n_edp_dataset(rng):
    ds = {"@context": "https://www.w3.org/ns/dcat", "@id": "http://data.europa.eu/88u/dataset/%s" % uuid4(rng),
          "dct:identifier": "%s-%s" % (pick(rng, ["air-quality", "population-grid", "bathing-water"]), rs(rng, LOWER + DIG, 8)),
          "dcat:distribution": [{"@id": "http://data.europa.eu/88u/distribution/%s" % uuid4(rng), "spdx:checksum": {"spdx:checksumValue": sha256hex(rng), "spdx:algorithm": "sha256"}}]}
    return "metadata/dataset.jsonld", "json", json.dumps(ds, indent=2) + "\n", "data.europa.eu", "dataset_ids"


# ---------------------------------------------------------------- assembly
NEG_SUB_KIND = {"env": "env_reference", "placeholder": "placeholder", "masked": "masked_value", "empty": "empty_value",
                "example": "documented_example", "public": "public_key"}


def eligible(prov):
    return [t for t in TEMPLATES if prov["shape"] in t[2] and fits(prov, t[3])
            and (not prov.get("only") or t[0] in prov["only"])]


def choose_template(rng, cands, usage):
    ws = [1.0 / (1 + usage.get(t[0], 0)) ** 2 for t in cands]
    x = rng.random() * sum(ws)
    for t, w in zip(cands, ws):
        x -= w
        if x <= 0:
            return t
    return cands[-1]


def choose_provider(rng):
    tot = sum(p["w"] for p in PROVIDERS)
    x = rng.random() * tot
    for p in PROVIDERS:
        x -= p["w"]
        if x <= 0:
            return p
    return PROVIDERS[-1]


def make_positive(rng, usage, obvious):
    prov = choose_provider(rng)
    for _ in range(50):
        cands = eligible(prov)
        if prov["shape"] == "pem" and rng.random() < 0.6:
            cands = [t for t in cands if t[2] == ("pem",)]
        t = choose_template(rng, cands, usage)
        S = Slot(rng, prov, True, obvious)
        path, ftype, text = t[1](rng, S)
        needle = S.secret
        if prov["shape"] == "pem" and needle not in text:
            w = getattr(S, "written", None)
            needle = w if w and w in text else S.value_oneline
        if not needle or needle not in text:
            continue
        usage[t[0]] = usage.get(t[0], 0) + 1
        return dict(path=path, ftype=ftype, text=text, provider=prov["id"], kind=prov["kind"], needle=needle, template=t[0])
    raise RuntimeError("could not build a positive")


def make_negative_reuse(rng, usage):
    for _ in range(50):
        prov = choose_provider(rng)
        t = choose_template(rng, eligible(prov), usage)
        S = Slot(rng, prov, False, rng.random() < 0.5)
        ensure_pair(rng, S)
        path, ftype, text = t[1](rng, S)
        usage[t[0]] = usage.get(t[0], 0) + 1
        kind = NEG_SUB_KIND[S.neg_sub]
        if prov["shape"] == "jwk":
            kind = "public_jwks"
        return dict(path=path, ftype=ftype, text=text, provider=prov["id"], kind=kind, template=t[0])
    raise RuntimeError("could not build a negative")


def make_negative_domain(rng, i, order):
    name, f = NEG_TEMPLATES[order[i % len(order)]]
    path, ftype, text, prov, kind = f(rng)
    return dict(path=path, ftype=ftype, text=text, provider=prov, kind=kind, template=name)


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ek.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    usage = {}
    pos = []
    flags = [i % 2 == 0 for i in range(N_POS)]
    rng.shuffle(flags)
    for i in range(N_POS):
        pos.append(make_positive(rng, usage, flags[i]))
    neg = []
    nusage = {}
    kinds = ["reuse"] * (N_NEG // 2) + ["domain"] * (N_NEG - N_NEG // 2)
    rng.shuffle(kinds)
    order = list(range(len(NEG_TEMPLATES)))
    rng.shuffle(order)
    d = 0
    needles = [p["needle"] for p in pos]
    for i in range(N_NEG):
        for _ in range(20):
            if kinds[i] == "reuse":
                item = make_negative_reuse(rng, nusage)
            else:
                item = make_negative_domain(rng, d, order)
            if not any(nd in item["text"] for nd in needles if len(nd) >= 8):
                break
        if kinds[i] == "domain":
            d += 1
        neg.append(item)

    manifest, secrets = [], []
    for i, p in enumerate(pos):
        rel = "pos/p%04d/%s" % (i, p["path"])
        write(outdir, rel, p["text"])
        idx = p["text"].find(p["needle"])
        line = p["text"].count("\n", 0, idx) + 1
        manifest.append({"file": rel, "label": "pos", "provider": p["provider"], "kind": p["kind"], "filetype": p["ftype"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": line})
    for i, n in enumerate(neg):
        rel = "neg/n%04d/%s" % (i, n["path"])
        write(outdir, rel, n["text"])
        manifest.append({"file": rel, "label": "neg", "provider": n["provider"], "kind": n["kind"], "filetype": n["ftype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    if os.environ.get("GEN_EK_STATS"):
        sys.stderr.write("pos templates: %s\nneg templates: %s\n" % (json.dumps(sorted(usage.items())), json.dumps(sorted(nusage.items()))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
