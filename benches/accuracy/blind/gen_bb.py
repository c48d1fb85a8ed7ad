#!/usr/bin/env python3
"""Blind evaluation-set generator "bb" for a git pre-commit secret scanner.

EMPHASIS
    Node.js / TypeScript backends: Express, NestJS, Fastify, Koa, Hapi, AdonisJS,
    tRPC, Prisma, TypeORM, Sequelize, Knex, Mongoose, BullMQ/ioredis, Passport,
    NextAuth/Auth.js, serverless framework, PM2.  Credentials sit where Node
    developers put them: config/*.ts, ormconfig.json / data-source.ts,
    knexfile.js, schema.prisma, ecosystem.config.js, serverless.yml, .env*,
    jest.setup.ts, test fixtures, seed scripts, docker-compose.yml, Dockerfile,
    package.json scripts, nodemon.json, vercel.json, .npmrc, README.md.

USAGE
    python3 gen_bb.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    "file" is relative to OUTDIR (e.g. "pos/p0007/config/configuration.ts").
    Deterministic per SEED: the only randomness source is random.Random(SEED).

MANIFEST LABELS
    provider/kind of a positive name the credential (e.g. stripe/webhook_secret);
    for a negative, kind names the look-alike (env_reference, placeholder,
    masked, publishable_key, client_id, ciphertext, integrity_digest, ...).
    filetype is the file's role (dotenv, ts, config-ts, node-config-json,
    sequelize-config-json, ormconfig-json, typeorm-data-source-ts, knexfile,
    prisma, pm2-ecosystem, serverless-yml, docker-compose, dockerfile,
    package-json, nodemon-json, vercel-json, jest-setup, fixture-json, readme,
    npmrc, pem, sa-json, nest-app-module-ts, nextauth-ts, lockfile, tsconfig,
    nest-cli-json, gha-workflow, ...).

NEEDLE CONVENTIONS
    * Token/key kinds: needle = the whole token as written (prefix included,
      no surrounding quotes).
    * Connection strings (postgres/mysql/mongodb/redis/amqp/cloudinary URIs):
      needle = the PASSWORD component only, exactly as written inside the URI
      (the rest of the URI is not secret).  Line = the URI's line.
    * AWS key pairs: needle = the 40-char secret access key (the access key id
      sits next to it, on its own line).  Twilio API key pairs: needle = secret.
    * PEM private keys written across several lines (.pem files, template
      literals, YAML block scalars): needle = the FIRST base64 body line after
      the "-----BEGIN ... PRIVATE KEY-----" header; line = that line.
      PEM keys written on one line with literal "\\n" escapes (service-account
      JSON, .env): needle = the complete escaped value from "-----BEGIN" up to
      and including "-----END ... PRIVATE KEY-----".
    * Human-chosen passwords (DB/SMTP/session secrets) are the password itself.
    Each positive file contains exactly one credential; the needle occurs once.

NEGATIVES
    Same file types and, where natural, the same variable names as positives,
    holding: env references in each file type's syntax (process.env.X,
    configService.get, Env.get, envalid devDefault, ${env:X}/${ssm:..} in
    serverless.yml, ${X:?} in compose, env("X") in Prisma, ${NPM_TOKEN} in
    .npmrc), placeholders, masked/truncated values, publishable keys (Stripe
    pk_, Clerk pk_, Supabase anon JWT / sb_publishable_, Firebase web config,
    Sentry DSN, Mapbox pk.), client/app/account ids, UUIDs, ObjectIds,
    lockfile integrity digests, bcrypt/argon2 hashes, SOPS / dotenv-vault /
    KMS ciphertext, RSA PUBLIC keys and JWKS URLs, documented test vectors
    (Stripe docs sk_test_4eC39HqLyjWDarjtT1zdp7dc, AWS AKIAIOSFODNN7EXAMPLE,
    the jwt.io sample token), crypto.randomBytes(...) generators, masked log
    lines, and local-only docker credentials like postgres:postgres@localhost.
    DECISION on Stripe test keys: a *random* sk_test_/rk_test_ key is a real
    credential of a test-mode account and is labelled POSITIVE (kind
    secret_key_test); only Stripe's own published documentation key is NEG.

DOUBTS
    * OpenAI sk-proj-/sk-svcacct- body length: generated as 156 url-safe chars
      with the "T3BlbkFJ" marker in the middle (observed keys are ~164 chars
      total); exact split is not documented.
    * Anthropic sk-ant-api03-: 93 url-safe chars + "AA" (108 total) - from
      observed keys, not from a published spec.
    * Sentry org tokens sntrys_<base64 JSON>_<secret>: payload fields (iat,
      url, region_url, org) and secret length (43 base64 chars) from memory.
    * Mailgun: legacy "key-" + 32 hex, and newer "<32 hex>-<8 hex>-<8 hex>"
      private keys; the newer layout is from observed keys, not documentation.
    * Resend "re_" keys: re_ + 8 base62 + "_" + 24 base62 from observed keys.
    * Clerk sk_live_: 40 base62 after the prefix (observed length varies).
    * Supabase sb_secret_: "sb_secret_" + 22 base62 + "_" + 8 hex-ish checksum;
      the checksum algorithm is not public, so the tail is random.
    * Slack xapp-: xapp-1-A<10>-<13 digits>-<64 hex>.
    * Okta API tokens: "00" + 40 url-safe chars.
    * Datadog API key = 32 hex, Algolia admin key = 32 hex, Twilio auth token
      = 32 hex, Facebook app secret = 32 hex: no prefix, so only context tells
      them apart from digests; negatives deliberately include 32-hex ids
      (Algolia search-only keys, Sentry DSN public keys, md5 digests).
    * Postmark server tokens are plain UUIDs - indistinguishable from the many
      UUID negatives except by the variable name / header name.
    * Stripe live secret keys: both the 24-char legacy and 99-char current
      body lengths are generated.
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
import zlib

DIGITS = string.digits
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
B62 = DIGITS + UPPER + LOWER
ALNUM = B62
HEXL = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------

def _looks_sequential(s):
    """Reject strings containing obvious runs (abcd, 1234, aaaa)."""
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(ch) for ch in low[i:i + 4])
        if b - a == c - b == d - c and abs(b - a) <= 1:
            return True
    for bad in ("xxxx", "test", "demo", "fake", "dummy", "example", "sample", "secret", "password"):
        if bad in low:
            return True
    return False


def rstr(r, alphabet, n):
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if n < 6 or not _looks_sequential(s):
            return s


def rhex(r, n):
    return rstr(r, HEXL, n)


def rb62(r, n):
    return rstr(r, B62, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b62_encode(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def gh_token(r, prefix):
    body = rb62(r, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    return prefix + body + b62_encode(crc, 6)


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def objectid(r):
    ts = r.randint(0x5f000000, 0x66ffffff)
    return "%08x" % ts + rhex(r, 16)


FIRST_NAMES = ["marek", "julia", "tomasz", "aisha", "carlos", "nina", "oskar", "priya", "lukas",
               "sofia", "dmitri", "hannah", "mateo", "ingrid", "kenji", "leila", "bruno", "freya"]
WORDS = ["winter", "harbor", "falcon", "cobalt", "maple", "thunder", "orchid", "granite", "velvet",
         "saturn", "pepper", "lantern", "glacier", "meadow", "copper", "raven", "tundra", "willow",
         "monsoon", "sparrow", "bramble", "quartz", "ember", "juniper"]
CITIES = ["lisbon", "krakow", "osaka", "denver", "bergen", "porto", "quito", "leeds", "tartu"]
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "$"}


def human_password(r):
    """Plausible human-chosen passwords (never password123-style)."""
    w = r.choice(WORDS)
    n = r.choice(FIRST_NAMES)
    c = r.choice(CITIES)
    yr = str(r.randint(1971, 2004))
    sym = r.choice(".!#_-@&*")
    style = r.randint(0, 7)
    if style == 0:
        p = n.capitalize() + sym + yr + w
    elif style == 1:
        p = "".join(LEET.get(ch, ch) if r.random() < 0.5 else ch for ch in w.capitalize()) + sym + str(r.randint(2, 99)) + c
    elif style == 2:
        p = w.capitalize() + c.capitalize() + yr[2:] + sym
    elif style == 3:
        p = n + "_" + w + sym + str(r.randint(10, 999))
    elif style == 4:
        p = c.capitalize() + sym + w.upper()[:3] + yr
    elif style == 5:
        p = "".join(LEET.get(ch, ch) for ch in n) + r.choice(WORDS).capitalize() + sym + str(r.randint(1, 9))
    elif style == 6:
        p = w.capitalize() + sym + r.choice(WORDS) + sym + str(r.randint(11, 97))
    else:
        p = n.capitalize() + c + yr + sym
    return p


def db_password(r):
    """Passwords found in connection strings: mix of generated and human ones."""
    k = r.random()
    if k < 0.45:
        return rstr(r, ALNUM, r.choice([16, 20, 24, 32]))
    if k < 0.6:
        return rstr(r, ALNUM + "-_", r.choice([24, 28, 32]))
    return human_password(r).replace("@", "!").replace("#", "_").replace("&", "*")


# --------------------------------------------------------------------------
# RSA (real keys; small-prime sieve + Miller-Rabin, seeded rng)
# --------------------------------------------------------------------------

_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, r, rounds=12):
    for p in _SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = r.randrange(2, n - 2)
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


def _gen_prime(r, bits):
    while True:
        c = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if _is_probable_prime(c, r):
            return c


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return b"\x02" + _der_len(len(b)) + b


def _der_seq(*parts):
    body = b"".join(parts)
    return b"\x30" + _der_len(len(body)) + body


_RSA_OID = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00"


def rsa_key(r, bits=2048):
    e = 65537
    while True:
        p = _gen_prime(r, bits // 2)
        q = _gen_prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e == 0:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        break
    d = pow(e, -1, phi)
    pkcs1 = _der_seq(_der_int(0), _der_int(n), _der_int(e), _der_int(d), _der_int(p), _der_int(q),
                     _der_int(d % (p - 1)), _der_int(d % (q - 1)), _der_int(pow(q, -1, p)))
    pkcs8 = _der_seq(_der_int(0), _der_seq(_RSA_OID), b"\x04" + _der_len(len(pkcs1)) + pkcs1)
    pub_rsa = _der_seq(_der_int(n), _der_int(e))
    bitstr = b"\x03" + _der_len(len(pub_rsa) + 1) + b"\x00" + pub_rsa
    spki = _der_seq(_der_seq(_RSA_OID), bitstr)
    return {"pkcs1": pkcs1, "pkcs8": pkcs8, "spki": spki, "n": n, "e": e}


def pem_lines(der, label):
    b = base64.b64encode(der).decode()
    body = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ["-----BEGIN %s-----" % label] + body + ["-----END %s-----" % label]


# --------------------------------------------------------------------------
# hosts / names used in surroundings
# --------------------------------------------------------------------------

APPS = ["orders-api", "billing-service", "notify-worker", "catalog", "auth-gateway", "checkout",
        "inventory-svc", "tenant-admin", "reports-api", "media-uploader", "loyalty", "shipments",
        "booking-core", "crm-sync", "ledger", "search-indexer"]
AWS_REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "eu-north-1"]
DBNAMES = ["orders", "billing", "app_production", "catalog", "tenants", "ledger_prod", "shop", "core"]
DBUSERS = ["app", "orders_svc", "billing_rw", "api_user", "admin", "doadmin", "prisma", "backend"]


def app_name(r):
    return r.choice(APPS)


def pg_host(r):
    return r.choice([
        lambda: "%s.%s.%s.rds.amazonaws.com" % (r.choice(DBNAMES).replace("_", "-"), rstr(r, LOWER + DIGITS, 12), r.choice(AWS_REGIONS)),
        lambda: "db.%s.supabase.co" % rstr(r, LOWER, 20),
        lambda: "ep-%s-%s-%06d.%s.aws.neon.tech" % (r.choice(WORDS), r.choice(WORDS), r.randint(100000, 999999), r.choice(AWS_REGIONS)),
        lambda: "%s-do-user-%d-0.b.db.ondigitalocean.com" % (r.choice(APPS), r.randint(1000000, 9999999)),
        lambda: "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)),
        lambda: "pg-%s.internal.%s.io" % (r.choice(["primary", "main", "rw"]), r.choice(["acme", "finlo", "parcelly", "tiketo"])),
    ])()


def mongo_host(r):
    return "cluster%d.%s.mongodb.net" % (r.randint(0, 3), rstr(r, LOWER + DIGITS, 5))


def redis_host(r):
    return r.choice([
        lambda: "redis-%d.c%d.%s-1.ec2.cloud.redislabs.com" % (r.randint(10000, 19999), r.randint(1, 300), r.choice(AWS_REGIONS)[:-2]),
        lambda: "%s-%s-%d.upstash.io" % (r.choice(["eu1", "us1", "apn1"]), r.choice(WORDS), r.randint(10000, 99999)),
        lambda: "%s.%s.ng.0001.%s.cache.amazonaws.com" % (r.choice(APPS), rstr(r, LOWER + DIGITS, 6), r.choice(AWS_REGIONS)[:-2].replace("-", "") + "1"),
        lambda: "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250)),
    ])()


# --------------------------------------------------------------------------
# secret generators: each returns (value, needle)
# --------------------------------------------------------------------------

def g_pg_url(r):
    pw = db_password(r)
    u = r.choice(DBUSERS)
    scheme = r.choice(["postgresql", "postgres"])
    q = r.choice(["", "?sslmode=require", "?schema=public", "?connection_limit=10&pool_timeout=20", "?ssl=true"])
    return "%s://%s:%s@%s:5432/%s%s" % (scheme, u, pw, pg_host(r), r.choice(DBNAMES), q), pw


def g_mysql_url(r):
    pw = db_password(r)
    host = r.choice(["%s.%s.%s.rds.amazonaws.com" % (r.choice(DBNAMES).replace("_", "-"), rstr(r, LOWER + DIGITS, 12), r.choice(AWS_REGIONS)),
                     "aws.connect.psdb.cloud", "mysql-%s.%s.aivencloud.com" % (r.choice(APPS), r.choice(["acme", "tiketo"]))])
    return "mysql://%s:%s@%s:3306/%s" % (r.choice(DBUSERS), pw, host, r.choice(DBNAMES)), pw


def g_mongo_url(r):
    pw = db_password(r)
    user = r.choice(DBUSERS + ["atlasAdmin", "%s-rw" % r.choice(APPS)])
    if r.random() < 0.75:
        return "mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % (user, pw, mongo_host(r), r.choice(DBNAMES)), pw
    return "mongodb://%s:%s@%s:27017/%s?authSource=admin" % (user, pw, pg_host(r).replace("supabase.co", "internal"), r.choice(DBNAMES)), pw


def g_redis_url(r):
    pw = rstr(r, ALNUM, r.choice([24, 32])) if r.random() < 0.7 else db_password(r)
    user = r.choice(["default", ""])
    scheme = r.choice(["redis", "rediss"])
    return "%s://%s:%s@%s:%d" % (scheme, user, pw, redis_host(r), r.choice([6379, 6380, r.randint(10000, 19999)])), pw


def g_amqp_url(r):
    pw = db_password(r)
    host = r.choice(["%s.rmq.cloudamqp.com" % r.choice(["goose", "sparrow", "hawk", "kangaroo"]),
                     "b-%s.mq.%s.amazonaws.com" % (ruuid(r), r.choice(AWS_REGIONS))])
    return "amqps://%s:%s@%s/%s" % (rstr(r, LOWER, 8), pw, host, rstr(r, LOWER, 8)), pw


def g_cloudinary_url(r):
    sec = rstr(r, B64URL, 27)
    return "cloudinary://%d:%s@%s" % (r.randint(100000000000000, 999999999999999), sec, r.choice(WORDS) + "-" + r.choice(["media", "cdn", "prod"])), sec


def g_cloudinary_secret(r):
    v = rstr(r, B64URL, 27)
    return v, v


def g_password(r):
    p = db_password(r)
    return p, p


def g_human_password(r):
    p = human_password(r)
    return p, p


def g_stripe_sk(r):
    v = "sk_live_" + (rb62(r, 24) if r.random() < 0.35 else "51" + rb62(r, 97))
    return v, v


def g_stripe_rk(r):
    v = "rk_live_" + (rb62(r, 24) if r.random() < 0.35 else "51" + rb62(r, 97))
    return v, v


def g_stripe_sk_test(r):
    v = "sk_test_" + (rb62(r, 24) if r.random() < 0.35 else "51" + rb62(r, 97))
    return v, v


def g_stripe_whsec(r):
    v = "whsec_" + rb62(r, 32)
    return v, v


def g_sendgrid(r):
    v = "SG." + rstr(r, B64URL, 22) + "." + rstr(r, B64URL, 43)
    return v, v


def g_mailgun(r):
    v = "key-" + rhex(r, 32) if r.random() < 0.5 else rhex(r, 32) + "-" + rhex(r, 8) + "-" + rhex(r, 8)
    return v, v


def g_uuid(r):
    v = ruuid(r)
    return v, v


def g_hex32(r):
    v = rhex(r, 32)
    return v, v


def g_hex40(r):
    v = rhex(r, 40)
    return v, v


def g_twilio_api_secret(r):
    v = rb62(r, 32)
    return v, v


def g_slack_bot(r):
    v = "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13 - 1), rb62(r, 24))
    return v, v


def g_slack_webhook(r):
    v = "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(r, UPPER + DIGITS, r.choice([8, 10])),
                                                         rstr(r, UPPER + DIGITS, r.choice([9, 10, 11])), rb62(r, 24))
    return v, v


def g_slack_xapp(r):
    v = "xapp-1-A%s-%d-%s" % (rstr(r, UPPER + DIGITS, 10), r.randint(10 ** 12, 10 ** 13 - 1), rhex(r, 64))
    return v, v


def g_openai(r):
    pre = r.choice(["sk-proj-", "sk-proj-", "sk-proj-", "sk-svcacct-"])
    v = pre + rstr(r, B64URL, 74) + "T3BlbkFJ" + rstr(r, B64URL, 74)
    if r.random() < 0.15:
        v = "sk-" + rb62(r, 20) + "T3BlbkFJ" + rb62(r, 20)
    return v, v


def g_anthropic(r):
    v = "sk-ant-api03-" + rstr(r, B64URL, 93) + "AA"
    return v, v


def g_aws_secret(r):
    v = rstr(r, UPPER + LOWER + DIGITS + "/+", 40)
    return v, v


def aws_key_id(r):
    return r.choice(["AKIA"] * 9 + ["ASIA"]) + rstr(r, B32, 16)


def g_sentry_org(r):
    payload = {"iat": round(r.uniform(1.69e9, 1.74e9), 6), "url": "https://sentry.io",
               "region_url": "https://%s.sentry.io" % r.choice(["us", "de"]), "org": r.choice(["acme", "finlo", "parcelly", "tiketo-hq", "brightdesk"])}
    b = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    v = "sntrys_" + b + "_" + rstr(r, B62 + "+/", 43)
    return v, v


def g_sentry_user(r):
    v = "sntryu_" + rhex(r, 64)
    return v, v


def g_npm(r):
    v = gh_token(r, "npm_")
    return v, v


def g_ghp(r):
    v = gh_token(r, r.choice(["ghp_", "ghp_", "ghp_", "gho_", "ghs_", "ghu_", "ghr_"]))
    return v, v


def g_gh_fine(r):
    v = "github_pat_11" + rstr(r, UPPER + DIGITS, 20) + "_" + rb62(r, 59)
    return v, v


def g_shpat(r):
    v = "shpat_" + rhex(r, 32)
    return v, v


def g_shpss(r):
    v = "shpss_" + rhex(r, 32)
    return v, v


def g_google_cs(r):
    v = "GOCSPX-" + rstr(r, B64URL, 28)
    return v, v


def g_b64url64(r):
    v = rstr(r, B64URL, 64)
    return v, v


def g_okta_cs(r):
    v = rstr(r, B64URL, 40)
    return v, v


def g_okta_api(r):
    v = "00" + rstr(r, B64URL, 40)
    return v, v


def g_clerk_sk(r):
    v = "sk_live_" + rb62(r, 40)
    return v, v


def supabase_jwt(r, role, secret=None):
    ref = rstr(r, LOWER, 20)
    iat = r.randint(1640000000, 1730000000)
    hdr = b64u(b'{"alg":"HS256","typ":"JWT"}')
    pl = b64u(json.dumps({"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000},
                         separators=(",", ":")).encode())
    key = secret or rbytes(r, 32)
    sig = b64u(hmac.new(key, (hdr + "." + pl).encode(), hashlib.sha256).digest())
    return hdr + "." + pl + "." + sig, ref


def g_supabase_service(r):
    v, _ = supabase_jwt(r, "service_role")
    return v, v


def g_supabase_secret(r):
    v = "sb_secret_" + rstr(r, B64URL, 22) + "_" + rb62(r, 8)
    return v, v


def g_random_secret(r):
    """Framework secrets (NEXTAUTH_SECRET, session, jwt): openssl/crypto output or passphrases."""
    k = r.random()
    if k < 0.3:
        v = base64.b64encode(rbytes(r, 32)).decode()
    elif k < 0.55:
        v = rhex(r, 64)
    elif k < 0.75:
        v = rstr(r, ALNUM, r.choice([32, 40, 48]))
    elif k < 0.85:
        v = b64u(rbytes(r, 48))
    else:
        v = human_password(r) + r.choice(["", "-" + r.choice(WORDS)])
    return v, v


def g_enc_key(r):
    v = rhex(r, 64) if r.random() < 0.6 else base64.b64encode(rbytes(r, 32)).decode()
    return v, v


def g_internal_key(r):
    k = r.random()
    if k < 0.4:
        v = rb62(r, 40)
    elif k < 0.7:
        v = rhex(r, 48)
    else:
        v = r.choice(["svc_", "int_", "ak_"]) + rb62(r, 36)
    return v, v


def g_resend(r):
    v = "re_" + rb62(r, 8) + "_" + rb62(r, 24)
    return v, v


def g_smtp(r):
    v = db_password(r) if r.random() < 0.6 else rstr(r, LOWER, 16)
    return v, v


# --------------------------------------------------------------------------
# kinds.  code templates use {v} for the value expression (ESM style; they are
# converted to CommonJS for .cjs files).  "ctx" lists the contexts a kind fits.
# --------------------------------------------------------------------------

SLOT_CTX = ["env", "config_ts", "node_config", "ecosystem", "serverless", "compose", "dockerfile",
            "package_json", "nodemon", "vercel", "jest_setup", "readme", "code", "fixture"]
CODE_HEAVY = ["env", "config_ts", "code", "code", "ecosystem", "serverless", "jest_setup", "node_config", "compose"]

T_STRIPE = ["""import Stripe from 'stripe';

export const stripe = new Stripe({v}, {
  apiVersion: '2023-10-16',
  maxNetworkRetries: 2,
  timeout: 20_000,
});

export async function createCheckout(customerId, priceId) {
  return stripe.checkout.sessions.create({
    customer: customerId,
    mode: 'subscription',
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: `${process.env.APP_URL}/billing/success`,
    cancel_url: `${process.env.APP_URL}/billing`,
  });
}"""]
T_WHSEC = ["""import express from 'express';
import Stripe from 'stripe';

const router = express.Router();
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY, { apiVersion: '2023-10-16' });
const endpointSecret = {v};

router.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  if (event.type === 'invoice.paid') {
    // handled asynchronously by the billing worker
  }
  res.json({ received: true });
});

export default router;"""]
T_SENDGRID = ["""import sgMail from '@sendgrid/mail';

sgMail.setApiKey({v});

export async function sendWelcome(to, name) {
  await sgMail.send({
    to,
    from: { email: 'no-reply@mail.parcelly.io', name: 'Parcelly' },
    templateId: 'd-5c1f0e7a9b2d4e63a8f4b1c0d9e2f3a4',
    dynamicTemplateData: { name },
  });
}"""]
T_MAILGUN = ["""import formData from 'form-data';
import Mailgun from 'mailgun.js';

const mailgun = new Mailgun(formData);
export const mg = mailgun.client({
  username: 'api',
  key: {v},
  url: 'https://api.eu.mailgun.net',
});

export function sendReceipt(to, html) {
  return mg.messages.create('mg.tiketo.app', { from: 'Tiketo <receipts@mg.tiketo.app>', to: [to], subject: 'Your receipt', html });
}"""]
T_POSTMARK = ["""import { ServerClient } from 'postmark';

const client = new ServerClient({v});

export async function sendPasswordReset(email, actionUrl) {
  return client.sendEmailWithTemplate({
    From: 'support@brightdesk.io',
    To: email,
    TemplateAlias: 'password-reset',
    TemplateModel: { action_url: actionUrl },
    MessageStream: 'outbound',
  });
}"""]
T_TWILIO = ["""import twilio from 'twilio';

const accountSid = 'AC{sid}';
const client = twilio(accountSid, {v});

export function sendOtp(phone, code) {
  return client.messages.create({
    body: `Your verification code is ${code}`,
    messagingServiceSid: 'MG{msid}',
    to: phone,
  });
}"""]
T_TWILIO_KEY = ["""import twilio from 'twilio';

// API key scoped to messaging only (created 2024-03)
const client = twilio('SK{sk}', {v}, { accountSid: 'AC{sid}' });

export const sendSms = (to, body) => client.messages.create({ from: '+15017122661', to, body });"""]
T_SLACK_BOT = ["""import { WebClient } from '@slack/web-api';

const slack = new WebClient({v});

export async function notifyDeploy(service, version) {
  await slack.chat.postMessage({
    channel: 'C0{chan}',
    text: `:rocket: ${service} ${version} deployed`,
  });
}"""]
T_SLACK_SIGNING = ["""import { App } from '@slack/bolt';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: {v},
  port: Number(process.env.PORT ?? 3000),
});

app.command('/oncall', async ({ ack, respond }) => {
  await ack();
  await respond('Paging the on-call engineer...');
});

export default app;"""]
T_SLACK_WEBHOOK = ["""import axios from 'axios';

const WEBHOOK = {v};

export async function alert(text) {
  await axios.post(WEBHOOK, { text, username: 'ci-bot', icon_emoji: ':warning:' });
}"""]
T_SLACK_XAPP = ["""import { App, LogLevel } from '@slack/bolt';

export const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  appToken: {v},
  socketMode: true,
  logLevel: LogLevel.INFO,
});"""]
T_OPENAI = ["""import OpenAI from 'openai';

const openai = new OpenAI({ apiKey: {v}, maxRetries: 3 });

export async function summarize(text) {
  const res = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.2,
    messages: [
      { role: 'system', content: 'Summarize support tickets in two sentences.' },
      { role: 'user', content: text },
    ],
  });
  return res.choices[0]?.message?.content ?? '';
}"""]
T_ANTHROPIC = ["""import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic({ apiKey: {v} });

export async function classify(ticket) {
  const msg = await anthropic.messages.create({
    model: 'claude-3-5-sonnet-20241022',
    max_tokens: 256,
    messages: [{ role: 'user', content: `Classify this ticket: ${ticket}` }],
  });
  return msg.content[0].type === 'text' ? msg.content[0].text : '';
}"""]
T_S3 = ["""import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';

export const s3 = new S3Client({
  region: '{region}',
  credentials: {
    accessKeyId: '{akid}',
    secretAccessKey: {v},
  },
});

export async function uploadAvatar(userId, body, contentType) {
  const Key = `avatars/${userId}.png`;
  await s3.send(new PutObjectCommand({ Bucket: '{bucket}', Key, Body: body, ContentType: contentType }));
  return Key;
}"""]
T_ALGOLIA = ["""import algoliasearch from 'algoliasearch';

const client = algoliasearch('{appid}', {v});
const index = client.initIndex('products_prod');

export async function reindex(products) {
  await index.replaceAllObjects(products, { autoGenerateObjectIDIfNotExist: true });
}"""]
T_SENTRY_TOK = ["""// sentry.upload.mjs - uploads source maps after `nest build`
import SentryCli from '@sentry/cli';

const cli = new SentryCli(null, {
  authToken: {v},
  org: 'parcelly',
  project: 'orders-api',
});

const release = process.env.GIT_SHA;
await cli.releases.new(release);
await cli.releases.uploadSourceMaps(release, { include: ['./dist'], urlPrefix: '~/dist' });
await cli.releases.finalize(release);"""]
T_SHOPIFY = ["""import { createAdminApiClient } from '@shopify/admin-api-client';

export const shopify = createAdminApiClient({
  storeDomain: '{shop}.myshopify.com',
  apiVersion: '2024-07',
  accessToken: {v},
});

export async function getOrder(id) {
  const { data } = await shopify.request(`query { order(id: "gid://shopify/Order/${id}") { name totalPriceSet { shopMoney { amount } } } }`);
  return data?.order;
}"""]
T_GITHUB_TOK = ["""import { Octokit } from '@octokit/rest';

const octokit = new Octokit({ auth: {v}, userAgent: 'release-bot/1.4' });

export async function openReleasePr(branch) {
  return octokit.pulls.create({ owner: 'parcelly', repo: 'orders-api', head: branch, base: 'main', title: `Release ${branch}` });
}"""]
T_CLERK = ["""import { createClerkClient } from '@clerk/backend';

export const clerk = createClerkClient({ secretKey: {v} });

export async function getUserEmail(userId) {
  const user = await clerk.users.getUser(userId);
  return user.emailAddresses[0]?.emailAddress;
}"""]
T_SUPABASE = ["""import { createClient } from '@supabase/supabase-js';

const SUPABASE_URL = 'https://{ref}.supabase.co';

// server-side admin client: bypasses RLS, never ship to the browser
export const supabaseAdmin = createClient(SUPABASE_URL, {v}, {
  auth: { persistSession: false, autoRefreshToken: false },
});"""]
T_AUTH0_MGMT = ["""import { ManagementClient } from 'auth0';

export const management = new ManagementClient({
  domain: '{tenant}.eu.auth0.com',
  clientId: '{cid}',
  clientSecret: {v},
});

export async function blockUser(id) {
  await management.users.update({ id }, { blocked: true });
}"""]
T_OKTA_API = ["""import okta from '@okta/okta-sdk-nodejs';

export const oktaClient = new okta.Client({
  orgUrl: 'https://{tenant}.okta.com/',
  token: {v},
});"""]
T_DATADOG = ["""import { client, v2 } from '@datadog/datadog-api-client';

const configuration = client.createConfiguration({
  authMethods: { apiKeyAuth: {v} },
});
configuration.setServerVariables({ site: 'datadoghq.eu' });

export const logsApi = new v2.LogsApi(configuration);"""]
T_RESEND = ["""import { Resend } from 'resend';

const resend = new Resend({v});

export async function sendMagicLink(email, url) {
  return resend.emails.send({ from: 'Acme <login@acme.dev>', to: email, subject: 'Your sign-in link', html: `<a href="${url}">Sign in</a>` });
}"""]
T_NODEMAILER = ["""import nodemailer from 'nodemailer';

export const transporter = nodemailer.createTransport({
  host: 'smtp.{smtp}',
  port: 587,
  secure: false,
  auth: {
    user: '{smtpuser}',
    pass: {v},
  },
});"""]
T_CLOUDINARY = ["""import { v2 as cloudinary } from 'cloudinary';

cloudinary.config({
  cloud_name: '{cloud}',
  api_key: '{ckey}',
  api_secret: {v},
  secure: true,
});

export default cloudinary;"""]
T_PG = ["""import { Pool } from 'pg';

export const pool = new Pool({
  connectionString: {v},
  max: 10,
  idleTimeoutMillis: 30_000,
});

export const query = (text, params) => pool.query(text, params);"""]
T_SEQ_URL = ["""import { Sequelize } from 'sequelize';

export const sequelize = new Sequelize({v}, {
  dialect: '{dialect}',
  logging: false,
  pool: { max: 10, min: 0, idle: 10000 },
});"""]
T_MONGOOSE = ["""import mongoose from 'mongoose';

export async function connectDb() {
  mongoose.set('strictQuery', true);
  await mongoose.connect({v}, {
    serverSelectionTimeoutMS: 5000,
    maxPoolSize: 20,
  });
  console.log('MongoDB connected');
}"""]
T_IOREDIS_URL = ["""import IORedis from 'ioredis';
import { Queue } from 'bullmq';

export const connection = new IORedis({v}, { maxRetriesPerRequest: null });

export const emailQueue = new Queue('email', {
  connection,
  defaultJobOptions: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
});"""]
T_REDIS_PW = ["""import { Queue, Worker } from 'bullmq';

const connection = {
  host: '{rhost}',
  port: 6379,
  password: {v},
  tls: {},
};

export const reportQueue = new Queue('reports', { connection });

export const reportWorker = new Worker('reports', async (job) => {
  await job.updateProgress(10);
}, { connection, concurrency: 4 });"""]
T_AMQP = ["""import amqp from 'amqplib';

export async function connectBroker() {
  const conn = await amqp.connect({v});
  const channel = await conn.createChannel();
  await channel.assertQueue('order.created', { durable: true });
  return channel;
}"""]
T_JWT = ["""import jwt from 'jsonwebtoken';

export function issueAccessToken(user) {
  return jwt.sign({ sub: user.id, role: user.role }, {v}, {
    expiresIn: '15m',
    issuer: 'orders-api',
  });
}

export function verifyAccessToken(token) {
  return jwt.verify(token, {v2});
}"""]
T_SESSION = ["""import express from 'express';
import session from 'express-session';
import RedisStore from 'connect-redis';
import { redis } from './redis';

const app = express();
app.set('trust proxy', 1);
app.use(
  session({
    store: new RedisStore({ client: redis, prefix: 'sess:' }),
    secret: {v},
    resave: false,
    saveUninitialized: false,
    cookie: { secure: true, httpOnly: true, maxAge: 1000 * 60 * 60 * 8 },
  }),
);

export default app;"""]
T_COOKIE = ["""import express from 'express';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';

const app = express();
app.use(helmet());
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser({v}));

app.get('/healthz', (_req, res) => res.send('ok'));

export default app;"""]
T_ENCRYPT = ["""import crypto from 'node:crypto';

const KEY = Buffer.from({v}, '{enc}');

export function encrypt(plain) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
}"""]
T_INTERNAL = ["""import axios from 'axios';

export const inventoryClient = axios.create({
  baseURL: 'https://inventory.internal.parcelly.io/v2',
  timeout: 5000,
  headers: { 'x-api-key': {v} },
});"""]


def K(provider, kind, gen, envs, genv, block, keys, gkeys, tmpl=None, ctx=None, weight=1.0):
    return dict(provider=provider, kind=kind, gen=gen, envs=envs, genv=genv, block=block, keys=keys,
                gkeys=gkeys, tmpl=tmpl or [], ctx=ctx or SLOT_CTX, weight=weight)


DBX = ["prisma", "knexfile", "ormconfig", "seed", "app_module"]
KINDS = [
    K("postgres", "connection_uri", g_pg_url, ["DATABASE_URL", "POSTGRES_URL", "PG_CONNECTION_STRING", "DIRECT_URL"],
      ["DB", "DSN", "PRIMARY_URL", "CONN_STR"], "database", ["url", "connectionString"], ["uri", "dsn"],
      T_PG + T_SEQ_URL, ["env", "env", "config_ts", "node_config", "ecosystem", "serverless", "compose", "code",
                         "jest_setup", "vercel", "package_json", "readme"] + DBX + DBX, 2.5),
    K("mysql", "connection_uri", g_mysql_url, ["DATABASE_URL", "MYSQL_URL", "DB_URL"], ["DSN", "CONN"], "database",
      ["url"], ["uri"], T_SEQ_URL, ["env", "config_ts", "ecosystem", "serverless", "code", "prisma", "knexfile", "seed", "nodemon"], 1.2),
    K("mongodb", "connection_uri", g_mongo_url, ["MONGODB_URI", "MONGO_URL", "MONGO_URI", "DATABASE_URL"],
      ["DB_URI", "CONN", "URI"], "mongo", ["uri", "url"], ["uri"], T_MONGOOSE,
      ["env", "env", "config_ts", "node_config", "ecosystem", "serverless", "code", "code", "jest_setup", "app_module",
       "nodemon", "vercel", "prisma", "seed", "compose"], 2.0),
    K("redis", "connection_uri", g_redis_url, ["REDIS_URL", "REDIS_TLS_URL", "UPSTASH_REDIS_URL", "BULL_REDIS_URL"],
      ["CACHE_URL", "QUEUE_URL", "BROKER"], "redis", ["url"], ["url"], T_IOREDIS_URL,
      ["env", "config_ts", "node_config", "ecosystem", "serverless", "code", "compose", "jest_setup"], 1.3),
    K("redis", "password", g_password, ["REDIS_PASSWORD", "BULL_REDIS_PASSWORD"], ["CACHE_PASS", "QUEUE_AUTH"], "redis",
      ["password"], ["auth", "pass"], T_REDIS_PW, ["env", "config_ts", "node_config", "code", "code", "app_module", "ecosystem"], 1.0),
    K("postgres", "password", g_password, ["DB_PASSWORD", "POSTGRES_PASSWORD", "PGPASSWORD", "TYPEORM_PASSWORD"],
      ["DB_PASS", "PASS"], "database", ["password"], ["pass", "pwd"], [],
      ["env", "config_ts", "node_config", "knexfile", "knexfile", "ormconfig", "ormconfig", "sequelize", "sequelize",
       "app_module", "compose", "ecosystem", "dockerfile"], 2.2),
    K("mysql", "password", g_password, ["MYSQL_PASSWORD", "DB_PASSWORD", "MYSQL_ROOT_PASSWORD"], ["DB_PASS"], "mysql",
      ["password"], ["pass"], [], ["env", "knexfile", "ormconfig", "sequelize", "sequelize", "compose", "config_ts", "node_config"], 1.2),
    K("rabbitmq", "connection_uri", g_amqp_url, ["AMQP_URL", "RABBITMQ_URL", "CLOUDAMQP_URL"], ["BROKER_URL", "MQ"],
      "rabbitmq", ["url"], ["uri"], T_AMQP, ["env", "config_ts", "code", "ecosystem", "serverless", "node_config"], 0.7),
    K("cloudinary", "api_secret_url", g_cloudinary_url, ["CLOUDINARY_URL"], ["MEDIA_URL", "UPLOADS_DSN"], "cloudinary",
      ["url"], ["dsn"], [], ["env", "ecosystem", "serverless", "vercel", "config_ts"], 0.6),
    K("cloudinary", "api_secret", g_cloudinary_secret,
      ["CLOUDINARY_API_SECRET"], ["MEDIA_SECRET"], "cloudinary", ["apiSecret"], ["secret"], T_CLOUDINARY,
      ["env", "code", "code", "config_ts"], 0.6),
    K("smtp", "password", g_smtp, ["SMTP_PASSWORD", "MAIL_PASSWORD", "EMAIL_PASS"], ["MAIL_AUTH", "PASS"], "mail",
      ["pass", "password"], ["pass"], T_NODEMAILER, ["env", "code", "code", "config_ts", "node_config", "ecosystem"], 1.0),
    K("google", "oauth_client_secret", g_google_cs, ["GOOGLE_CLIENT_SECRET", "AUTH_GOOGLE_SECRET"],
      ["OAUTH_SECRET", "CLIENT_SECRET"], "google", ["clientSecret"], ["secret"], [],
      ["env", "passport", "passport", "nextauth", "config_ts", "node_config", "vercel", "ecosystem"], 1.5),
    K("github", "oauth_client_secret", g_hex40, ["GITHUB_CLIENT_SECRET", "AUTH_GITHUB_SECRET", "GITHUB_SECRET"],
      ["OAUTH_CLIENT_SECRET", "CLIENT_SECRET"], "github", ["clientSecret"], ["secret"], [],
      ["env", "passport", "passport", "nextauth", "config_ts", "vercel"], 1.2),
    K("facebook", "app_secret", g_hex32, ["FACEBOOK_APP_SECRET", "FACEBOOK_CLIENT_SECRET", "FB_APP_SECRET"],
      ["APP_SECRET", "CLIENT_SECRET"], "facebook", ["clientSecret", "appSecret"], ["secret"], [],
      ["env", "passport", "passport", "config_ts", "node_config"], 1.0),
    K("auth0", "client_secret", g_b64url64, ["AUTH0_CLIENT_SECRET", "AUTH_AUTH0_SECRET"], ["CLIENT_SECRET", "IDP_SECRET"],
      "auth0", ["clientSecret"], ["secret"], T_AUTH0_MGMT,
      ["env", "passport", "nextauth", "code", "code", "config_ts", "node_config", "vercel"], 1.3),
    K("okta", "client_secret", g_okta_cs, ["OKTA_CLIENT_SECRET", "AUTH_OKTA_SECRET"], ["OIDC_CLIENT_SECRET", "CLIENT_SECRET"],
      "okta", ["clientSecret"], ["secret"], [], ["env", "passport", "nextauth", "config_ts", "node_config"], 0.8),
    K("okta", "api_token", g_okta_api, ["OKTA_API_TOKEN", "OKTA_TOKEN"], ["IDP_TOKEN", "TOKEN"], "okta", ["token", "apiToken"],
      ["token"], T_OKTA_API, ["env", "code", "config_ts"], 0.6),
    K("nextauth", "secret", g_random_secret, ["NEXTAUTH_SECRET", "AUTH_SECRET"], ["SECRET"], "auth", ["secret"], ["secret"], [],
      ["env", "env", "nextauth", "nextauth", "vercel", "ecosystem", "compose", "dockerfile", "jest_setup"], 1.6),
    K("express-session", "session_secret", g_random_secret, ["SESSION_SECRET", "EXPRESS_SESSION_SECRET"],
      ["SECRET", "APP_KEY"], "session", ["secret"], ["secret"], T_SESSION,
      ["env", "code", "code", "config_ts", "node_config", "ecosystem", "nodemon"], 1.4),
    K("cookie-parser", "cookie_secret", g_random_secret, ["COOKIE_SECRET", "COOKIE_SIGNING_SECRET"], ["SIGNING_KEY", "SECRET"],
      "cookie", ["secret"], ["secret"], T_COOKIE, ["env", "code", "code", "config_ts", "node_config"], 0.9),
    K("jsonwebtoken", "signing_secret", g_random_secret, ["JWT_SECRET", "ACCESS_TOKEN_SECRET", "JWT_ACCESS_SECRET"],
      ["SECRET", "SIGNING_KEY", "TOKEN_KEY"], "jwt", ["secret", "accessSecret"], ["key"], T_JWT,
      ["env", "env", "code", "code", "config_ts", "node_config", "ecosystem", "serverless", "jest_setup", "compose", "nodemon", "app_module"], 2.2),
    K("adonis", "app_key", g_random_secret, ["APP_KEY"], ["APP_KEY"], "app", ["appKey"], ["key"], [],
      ["env", "env", "compose", "ecosystem"], 0.6),
    K("generic", "encryption_key", g_enc_key, ["ENCRYPTION_KEY", "DATA_ENCRYPTION_KEY", "FIELD_ENCRYPTION_KEY"],
      ["KEY", "CIPHER_KEY"], "crypto", ["encryptionKey", "key"], ["key"], T_ENCRYPT, ["env", "code", "code", "config_ts", "node_config"], 0.9),
    K("generic", "internal_api_key", g_internal_key, ["INVENTORY_API_KEY", "INTERNAL_API_KEY", "PARTNER_API_KEY"],
      ["API_KEY", "X_API_KEY", "AUTH"], "inventory", ["apiKey"], ["key", "token"], T_INTERNAL,
      ["env", "code", "config_ts", "node_config", "ecosystem", "serverless"], 1.0),
    K("stripe", "secret_key", g_stripe_sk, ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_SK"],
      ["PAYMENTS_KEY", "API_KEY", "SECRET_KEY"], "stripe", ["secretKey", "apiKey"], ["key", "secret"], T_STRIPE,
      SLOT_CTX + ["code", "code", "jest_setup"], 2.5),
    K("stripe", "restricted_key", g_stripe_rk, ["STRIPE_RESTRICTED_KEY", "STRIPE_RK"], ["PAYMENTS_KEY", "API_KEY"], "stripe",
      ["restrictedKey"], ["key"], T_STRIPE, ["env", "code", "config_ts", "serverless", "ecosystem"], 0.8),
    K("stripe", "secret_key_test", g_stripe_sk_test, ["STRIPE_SECRET_KEY", "STRIPE_TEST_SECRET_KEY"], ["API_KEY", "KEY"],
      "stripe", ["secretKey"], ["key"], T_STRIPE, ["env", "jest_setup", "jest_setup", "fixture", "code"], 0.8),
    K("stripe", "webhook_secret", g_stripe_whsec, ["STRIPE_WEBHOOK_SECRET", "STRIPE_ENDPOINT_SECRET"], ["WEBHOOK_SECRET", "SIGNING_SECRET"],
      "stripe", ["webhookSecret"], ["signingSecret"], T_WHSEC, ["env", "code", "code", "config_ts", "serverless", "ecosystem", "vercel"], 1.4),
    K("sendgrid", "api_key", g_sendgrid, ["SENDGRID_API_KEY", "SENDGRID_KEY"], ["MAIL_API_KEY", "EMAIL_KEY", "API_KEY"],
      "sendgrid", ["apiKey"], ["key"], T_SENDGRID, SLOT_CTX + ["code"], 1.6),
    K("mailgun", "api_key", g_mailgun, ["MAILGUN_API_KEY", "MAILGUN_KEY"], ["MAIL_KEY", "API_KEY"], "mailgun", ["apiKey", "key"],
      ["key"], T_MAILGUN, ["env", "code", "code", "config_ts", "node_config", "ecosystem", "serverless"], 1.0),
    K("postmark", "server_token", g_uuid, ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN"], ["MAIL_TOKEN", "EMAIL_TOKEN"],
      "postmark", ["serverToken"], ["token"], T_POSTMARK, ["env", "code", "code", "config_ts", "node_config", "ecosystem"], 0.9),
    K("twilio", "auth_token", g_hex32, ["TWILIO_AUTH_TOKEN"], ["SMS_TOKEN", "AUTH_TOKEN"], "twilio", ["authToken"], ["token"],
      T_TWILIO, ["env", "code", "code", "config_ts", "node_config", "ecosystem", "serverless"], 1.3),
    K("twilio", "api_key_secret", g_twilio_api_secret, ["TWILIO_API_SECRET", "TWILIO_API_KEY_SECRET"], ["SMS_SECRET"],
      "twilio", ["apiSecret"], ["secret"], T_TWILIO_KEY, ["env", "code", "code", "config_ts"], 0.6),
    K("slack", "bot_token", g_slack_bot, ["SLACK_BOT_TOKEN", "SLACK_TOKEN"], ["BOT_TOKEN", "CHAT_TOKEN", "TOKEN"], "slack",
      ["botToken", "token"], ["token"], T_SLACK_BOT, SLOT_CTX + ["code"], 1.5),
    K("slack", "signing_secret", g_hex32, ["SLACK_SIGNING_SECRET"], ["SIGNING_SECRET"], "slack", ["signingSecret"], ["secret"],
      T_SLACK_SIGNING, ["env", "code", "code", "config_ts", "serverless", "ecosystem"], 1.0),
    K("slack", "webhook_url", g_slack_webhook, ["SLACK_WEBHOOK_URL", "SLACK_ALERTS_WEBHOOK"], ["ALERT_WEBHOOK", "HOOK_URL", "WEBHOOK"],
      "slack", ["webhookUrl"], ["url"], T_SLACK_WEBHOOK, ["env", "code", "code", "config_ts", "node_config", "serverless", "ecosystem"], 1.1),
    K("slack", "app_token", g_slack_xapp, ["SLACK_APP_TOKEN"], ["SOCKET_TOKEN"], "slack", ["appToken"], ["token"], T_SLACK_XAPP,
      ["env", "code", "config_ts"], 0.5),
    K("openai", "api_key", g_openai, ["OPENAI_API_KEY", "OPENAI_KEY"], ["LLM_KEY", "AI_API_KEY", "API_KEY", "MODEL_KEY"], "openai",
      ["apiKey"], ["key"], T_OPENAI, SLOT_CTX + ["code", "code"], 2.0),
    K("anthropic", "api_key", g_anthropic, ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], ["LLM_KEY", "AI_KEY", "LLM_API_KEY"],
      "anthropic", ["apiKey"], ["key"], T_ANTHROPIC, SLOT_CTX + ["code"], 1.4),
    K("aws", "secret_access_key", g_aws_secret, ["AWS_SECRET_ACCESS_KEY"], ["S3_SECRET", "STORAGE_SECRET"], "aws",
      ["secretAccessKey"], ["secret"], T_S3, ["env", "code", "code", "code", "config_ts", "node_config", "ecosystem", "serverless",
                                             "compose", "dockerfile", "nodemon", "jest_setup"], 2.0),
    K("algolia", "admin_api_key", g_hex32, ["ALGOLIA_ADMIN_KEY", "ALGOLIA_ADMIN_API_KEY", "ALGOLIA_WRITE_KEY"], ["SEARCH_ADMIN", "INDEX_KEY"],
      "algolia", ["adminKey", "apiKey"], ["key"], T_ALGOLIA, ["env", "code", "code", "config_ts", "node_config", "serverless"], 1.0),
    K("sentry", "org_auth_token", g_sentry_org, ["SENTRY_AUTH_TOKEN"], ["UPLOAD_TOKEN", "TOKEN"], "sentry", ["authToken"], ["token"],
      T_SENTRY_TOK, ["env", "code", "package_json", "dockerfile", "vercel", "readme", "compose"], 1.1),
    K("sentry", "user_auth_token", g_sentry_user, ["SENTRY_AUTH_TOKEN", "SENTRY_TOKEN"], ["TOKEN"], "sentry", ["authToken"],
      ["token"], T_SENTRY_TOK, ["env", "code", "package_json", "dockerfile"], 0.5),
    K("npm", "access_token", g_npm, ["NPM_TOKEN", "NODE_AUTH_TOKEN"], ["REGISTRY_TOKEN", "TOKEN"], "npm", ["token"], ["token"], [],
      ["npmrc", "npmrc", "npmrc", "env", "dockerfile", "readme"], 1.5),
    K("github", "personal_access_token", g_ghp, ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"], ["TOKEN", "RELEASE_TOKEN", "AUTH"],
      "github", ["token"], ["token"], T_GITHUB_TOK, ["env", "code", "code", "config_ts", "npmrc", "package_json", "readme", "ecosystem"], 1.5),
    K("github", "fine_grained_pat", g_gh_fine, ["GITHUB_TOKEN", "GH_PAT"], ["TOKEN", "AUTH"], "github", ["token"], ["token"],
      T_GITHUB_TOK, ["env", "code", "config_ts", "npmrc"], 0.7),
    K("github", "app_private_key", None, ["GITHUB_APP_PRIVATE_KEY", "GH_APP_PRIVATE_KEY"], ["PRIVATE_KEY", "APP_KEY"], "githubApp",
      ["privateKey"], ["key"], [], ["pem_file", "pem_env", "pem_code"], 1.0),
    K("firebase", "service_account_private_key", None, ["FIREBASE_PRIVATE_KEY"], ["PRIVATE_KEY", "GOOGLE_PRIVATE_KEY"], "firebase",
      ["privateKey"], ["key"], [], ["sa_json", "sa_json", "pem_env", "firebase_code"], 1.2),
    K("shopify", "admin_api_token", g_shpat, ["SHOPIFY_ADMIN_API_ACCESS_TOKEN", "SHOPIFY_ACCESS_TOKEN"], ["STORE_TOKEN", "TOKEN"],
      "shopify", ["accessToken", "adminToken"], ["token"], T_SHOPIFY, ["env", "code", "code", "config_ts", "node_config", "ecosystem"], 1.1),
    K("shopify", "shared_secret", g_shpss, ["SHOPIFY_API_SECRET", "SHOPIFY_API_SECRET_KEY"], ["APP_SECRET"], "shopify",
      ["apiSecretKey"], ["secret"], [], ["env", "config_ts", "ecosystem"], 0.5),
    K("clerk", "secret_key", g_clerk_sk, ["CLERK_SECRET_KEY"], ["AUTH_SECRET_KEY", "SECRET_KEY"], "clerk", ["secretKey"], ["key"],
      T_CLERK, ["env", "env", "code", "config_ts", "vercel", "jest_setup"], 1.1),
    K("supabase", "service_role_jwt", g_supabase_service, ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY"],
      ["SERVICE_KEY", "ADMIN_KEY", "DB_KEY"], "supabase", ["serviceRoleKey"], ["key"], T_SUPABASE,
      ["env", "env", "code", "code", "config_ts", "vercel", "jest_setup", "ecosystem"], 1.4),
    K("supabase", "secret_key", g_supabase_secret, ["SUPABASE_SECRET_KEY"], ["SERVICE_KEY"], "supabase", ["secretKey"], ["key"],
      T_SUPABASE, ["env", "code", "config_ts"], 0.5),
    K("datadog", "api_key", g_hex32, ["DD_API_KEY", "DATADOG_API_KEY"], ["METRICS_KEY"], "datadog", ["apiKey"], ["key"], T_DATADOG,
      ["serverless", "serverless", "env", "code", "ecosystem", "dockerfile", "compose"], 0.9),
    K("resend", "api_key", g_resend, ["RESEND_API_KEY"], ["MAIL_KEY", "EMAIL_API_KEY"], "resend", ["apiKey"], ["key"], T_RESEND,
      ["env", "code", "code", "config_ts", "vercel"], 0.7),
    K("seed", "admin_password", g_human_password, ["ADMIN_PASSWORD", "SEED_ADMIN_PASSWORD"], ["DEFAULT_PASS"], "admin",
      ["password"], ["password"], [], ["seed_user", "seed_user", "env"], 0.8),
]


# --------------------------------------------------------------------------
# values and rendering
# --------------------------------------------------------------------------

class Val:
    """A slot value: ('lit', text) | ('ref', ENVNAME) | ('code', {lang: text})."""

    def __init__(self, t, s):
        self.t, self.s = t, s


_YAML_SPECIAL = set(":#{}[],&*!|>'\"%@`")


def _is_js(lang):
    return lang == "js" or lang.startswith("js-")


def render(val, lang, r, quote=None):
    if val.t == "code":
        if lang in val.s:
            return val.s[lang]
        if _is_js(lang) and "js" in val.s:
            return val.s["js"]
        val = Val("ref", val.s.get("ref", "SECRET"))
    if val.t == "lit":
        s = val.s
        if _is_js(lang):
            q = quote or "'"
            if q == "`":
                return "`" + s.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${") + "`"
            return q + s.replace("\\", "\\\\").replace(q, "\\" + q) + q
        if lang in ("json", "prisma"):
            return json.dumps(s)
        if lang.startswith("yaml"):
            if s == "" or s[0] in "-?0123456789 " or any(c in _YAML_SPECIAL for c in s) or s.lower() in ("yes", "no", "true", "false", "null", "on", "off"):
                return json.dumps(s) if (quote != "'" or "'" in s) else "'" + s + "'"
            return s if quote is None else (quote + s + quote)
        if lang == "env":
            if s == "" or any(c in s for c in " #'\"$`\\"):
                return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"' if "\\n" not in s else '"' + s + '"'
            return ('"' + s + '"') if quote == '"' else s
        if lang in ("docker", "sh"):
            if any(c in s for c in " #'\"$`\\&;|<>()!*?"):
                return "'" + s + "'"
            return s
        return s
    # ref
    n = val.s
    if lang == "js":
        return r.choice(["process.env.%s", "process.env.%s ?? ''", "process.env['%s']", "process.env.%s || ''"]) % n
    if lang == "js-ts":
        return r.choice(["process.env.%s!", "process.env.%s ?? ''", "process.env.%s as string", "process.env.%s"]) % n
    if lang == "js-nest":
        return r.choice(["config.get<string>('%s')", "config.getOrThrow<string>('%s')", "config.get('%s', '')"]) % n
    if lang == "js-adonis":
        return "Env.get('%s')" % n
    if lang == "yaml-sls":
        return r.choice(["${env:%s}" % n, "${ssm:/%s/${sls:stage}/%s}" % (r.choice(APPS), n.lower().replace("_", "-")),
                         "${param:%s}" % n.lower(), "${env:%s, ''}" % n,
                         "${ssm:/aws/reference/secretsmanager/%s/${sls:stage}}" % r.choice(APPS)])
    if lang == "yaml-compose":
        return r.choice(["${%s}" % n, "${%s:?%s is required}" % (n, n), "${%s:-}" % n, "${%s?err}" % n])
    if lang == "yaml":
        return "${%s}" % n
    if lang == "env":
        return r.choice(["", "${%s_%s}" % (r.choice(["VAULT", "CI", "RENDER"]), n), "$%s_FROM_VAULT" % n])
    if lang in ("docker", "sh"):
        return r.choice(["$%s", "${%s}"]) % n
    if lang == "prisma":
        return 'env("%s")' % n
    return ""


class Slot:
    def __init__(self, r, kind, val, name, key, block, generic, needle=None, secret=None):
        self.r, self.kind, self.val, self.name, self.key, self.block = r, kind, val, name, key, block
        self.generic, self.needle, self.secret = generic, needle, secret
        self.quote = r.choice(["'", "'", "'", '"'])

    def v(self, lang, quote=None):
        return render(self.val, lang, self.r, quote or (self.quote if _is_js(lang) else None))

    @property
    def is_lit(self):
        return self.val.t == "lit"


def companions(s, lang):
    """Non-secret partner values that real configs keep next to the credential."""
    r, p, k = s.r, s.kind["provider"], s.kind["kind"]
    if s.name.startswith(("NEXT_PUBLIC", "SUPABASE_ANON", "STRIPE_PUB", "CLERK_PUB")):
        return []
    out = []
    if p == "aws" and k == "secret_access_key":
        out.append(("AWS_ACCESS_KEY_ID", aws_key_id(r) if s.is_lit else None))
    elif p == "twilio" and k == "auth_token":
        out.append(("TWILIO_ACCOUNT_SID", "AC" + rhex(r, 32)))
    elif p == "algolia":
        out.append(("ALGOLIA_APP_ID", rstr(r, UPPER + DIGITS, 10)))
    elif p in ("google", "github", "facebook", "auth0", "okta") and "secret" in k:
        out.append(("%s_CLIENT_ID" % p.upper(), oauth_client_id(r, p)))
    res = []
    for n, v in out:
        if v is None:
            res.append((n, render(Val("ref", n), lang, r)))
        else:
            res.append((n, render(Val("lit", v), lang, r)))
    if r.random() < 0.15:
        res = []
    return res


# --------------------------------------------------------------------------
# innocent filler
# --------------------------------------------------------------------------

def env_filler(r, n):
    app = app_name(r)
    pool = [
        "NODE_ENV=%s" % r.choice(["production", "development", "staging"]),
        "PORT=%d" % r.choice([3000, 3001, 4000, 8080, 5000]),
        "LOG_LEVEL=%s" % r.choice(["info", "debug", "warn"]),
        "APP_NAME=%s" % app,
        "APP_URL=https://%s.%s" % (app, r.choice(["parcelly.io", "tiketo.app", "brightdesk.io", "finlo.dev"])),
        "CORS_ORIGIN=https://app.%s" % r.choice(["parcelly.io", "tiketo.app", "finlo.dev"]),
        "TZ=UTC",
        "AWS_REGION=%s" % r.choice(AWS_REGIONS),
        "S3_BUCKET=%s-%s-uploads" % (r.choice(["parcelly", "tiketo", "finlo"]), r.choice(["prod", "staging"])),
        "RATE_LIMIT_MAX=%d" % r.choice([100, 300, 1000]),
        "RATE_LIMIT_WINDOW_MS=60000",
        "JWT_EXPIRES_IN=%s" % r.choice(["15m", "1h", "7d"]),
        "QUEUE_CONCURRENCY=%d" % r.randint(2, 16),
        "FEATURE_NEW_CHECKOUT=%s" % r.choice(["true", "false"]),
        "SENTRY_ENVIRONMENT=%s" % r.choice(["production", "staging"]),
        "OTEL_SERVICE_NAME=%s" % app,
        "PRISMA_LOG_LEVEL=warn",
        "DB_POOL_MAX=%d" % r.choice([10, 20, 30]),
        "REDIS_HOST=%s" % r.choice(["localhost", "redis", "cache"]),
        "REDIS_PORT=6379",
        "SMTP_HOST=smtp.%s" % r.choice(["sendgrid.net", "mailgun.org", "postmarkapp.com"]),
        "SMTP_PORT=587",
        "DEFAULT_LOCALE=%s" % r.choice(["en", "de", "pl", "pt-BR"]),
        "UPLOAD_MAX_MB=%d" % r.choice([5, 10, 25]),
        "SWAGGER_ENABLED=%s" % r.choice(["true", "false"]),
        "TRUST_PROXY=1",
    ]
    r.shuffle(pool)
    return pool[:n]


def kv_filler(r, n):
    """(key, python value) pairs for JS/JSON/YAML configs."""
    pool = [("port", r.choice([3000, 4000, 8080])), ("logLevel", r.choice(["info", "debug"])),
            ("corsOrigin", "https://app.%s" % r.choice(["parcelly.io", "tiketo.app"])), ("timeoutMs", r.choice([5000, 10000])),
            ("region", r.choice(AWS_REGIONS)), ("retries", r.randint(2, 5)), ("enabled", True),
            ("baseUrl", "https://api.%s/v1" % r.choice(["parcelly.io", "finlo.dev"])), ("cacheTtl", r.choice([60, 300, 3600])),
            ("bucket", "%s-assets" % r.choice(["parcelly", "tiketo"]))]
    r.shuffle(pool)
    return pool[:n]


def js_lit(x):
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, (int, float)):
        return str(x)
    return "'" + str(x) + "'"


def env_names_lines(lines):
    return lines


def fill_aux(r, text, slot):
    aux = {
        "{sid}": rhex(r, 32), "{msid}": rhex(r, 32), "{chan}": rstr(r, UPPER + DIGITS, 8),
        "{region}": r.choice(AWS_REGIONS), "{akid}": aws_key_id(r), "{bucket}": "%s-%s-media" % (r.choice(["parcelly", "tiketo", "finlo"]), r.choice(["prod", "eu"])),
        "{appid}": rstr(r, UPPER + DIGITS, 10), "{shop}": r.choice(["acme-outdoor", "bloom-and-co", "nordic-socks"]),
        "{ref}": rstr(r, LOWER, 20), "{tenant}": r.choice(["parcelly", "tiketo-prod", "finlo", "acme-hr"]),
        "{cid}": rstr(r, B62, 32), "{smtp}": r.choice(["sendgrid.net", "mailgun.org", "office365.com", "gmail.com", "zoho.eu"]),
        "{smtpuser}": r.choice(["apikey", "postmaster@mg.tiketo.app", "alerts@parcelly.io", "noreply.finlo@gmail.com"]),
        "{cloud}": r.choice(WORDS) + "-media", "{ckey}": str(r.randint(100000000000000, 999999999999999)),
        "{dialect}": "postgres", "{rhost}": redis_host(r), "{enc}": "hex",
    }
    if slot is not None and slot.secret is not None:
        if slot.kind["provider"] == "mysql":
            aux["{dialect}"] = "mysql"
        if slot.kind["kind"] == "encryption_key" and not all(c in HEXL for c in slot.secret):
            aux["{enc}"] = "base64"
    for k, v in aux.items():
        text = text.replace(k, v)
    return text


# --------------------------------------------------------------------------
# contexts: each returns (relpath, text, filetype)
# --------------------------------------------------------------------------

def _insert(r, lines, line, lo=0):
    pos = r.randint(lo, len(lines))
    return lines[:pos] + [line] + lines[pos:]


def ctx_env(r, s):
    test = s.kind["kind"] in ("secret_key_test",)
    path = r.choice([".env.test", "test/.env.test"]) if test else r.choice(
        [".env", ".env", ".env.production", ".env.local", ".env.development", ".env.staging", "apps/api/.env",
         "packages/server/.env", ".env.production.local", "deploy/prod.env"])
    if not s.is_lit and r.random() < 0.5:
        path = r.choice([".env.example", ".env.sample", ".env.template", "apps/api/.env.example"])
    lines = []
    if r.random() < 0.6:
        lines.append(r.choice(["# %s configuration" % app_name(r), "# --- generated by scripts/bootstrap-env.sh ---",
                               "# Copy to .env and adjust. Do not use in CI.", "# %s" % r.choice(["Server", "Runtime", "App"])]))
    fill = env_filler(r, r.randint(4, 12))
    entry = "%s=%s" % (s.name, s.v("env"))
    if r.random() < 0.15:
        entry = "export " + entry
    lines += fill
    lines = _insert(r, lines, entry, 1 if lines and lines[0].startswith("#") else 0)
    ei = lines.index(entry)
    for n, v in companions(s, "env"):
        lines.insert(ei, "%s=%s" % (n, v))
    if r.random() < 0.3:
        lines.append("")
        lines.append("# Observability")
        lines.append("OTEL_EXPORTER_OTLP_ENDPOINT=http://otel-collector:4318")
    return path, "\n".join(lines) + "\n", "dotenv"


def _cfg_obj_lines(r, s, indent, lang):
    """lines of an object literal containing the slot, nested under block."""
    ind = " " * indent
    inner = [(k, js_lit(v) if lang != "json" else json.dumps(v)) for k, v in kv_filler(r, r.randint(1, 3))]
    val = s.v(lang)
    sep = ": "
    if lang == "json":
        key = json.dumps(s.key)
        inner = [(json.dumps(k), v) for k, v in inner]
    else:
        key = s.key
    pos = r.randint(0, len(inner))
    inner.insert(pos, (key, val))
    out = []
    for i, (k, v) in enumerate(inner):
        comma = "," if (lang != "json" or i < len(inner) - 1) else ""
        out.append(ind + "  " + k + sep + v + comma)
    blk = json.dumps(s.block) if lang == "json" else s.block
    return [ind + blk + ": {"] + out + [ind + "}"]


def ctx_config_ts(r, s):
    mode = r.randint(0, 4)
    if mode == 0:
        path = r.choice(["src/config/%s.config.ts" % s.block.lower(), "src/config/%s.ts" % s.block.lower()])
        lines = ["import { registerAs } from '@nestjs/config';", "", "export default registerAs('%s', () => ({" % s.block]
        body = [("  %s: %s," % (k, js_lit(v))) for k, v in kv_filler(r, r.randint(1, 4))]
        body = _insert(r, body, "  %s: %s," % (s.key, s.v("js-ts")))
        lines += body + ["}));"]
        return path, "\n".join(lines) + "\n", "config-ts"
    if mode == 1:
        path = r.choice(["src/config/configuration.ts", "src/config/index.ts", "config/configuration.ts"])
        lines = ["export default () => ({",
                 "  port: parseInt(process.env.PORT ?? '3000', 10),",
                 "  env: process.env.NODE_ENV ?? 'development',",
                 "  database: {",
                 "    host: process.env.DB_HOST,",
                 "    port: parseInt(process.env.DB_PORT ?? '5432', 10),",
                 "  },"]
        if s.block == "database":
            lines = lines[:3]
        lines += [l + "," if l.endswith("}") else l for l in _cfg_obj_lines(r, s, 2, "js-ts")]
        lines += ["  throttle: { ttl: 60, limit: %d }," % r.choice([20, 100]), "});"]
        return path, "\n".join(lines) + "\n", "config-ts"
    if mode == 2:
        ext = r.choice(["ts", "js"])
        path = "config/%s.%s" % (r.choice(["production", "default", "staging"]), ext)
        head = "export default {" if ext == "ts" else "module.exports = {"
        lines = ["// node-config overrides for %s" % app_name(r), head,
                 "  server: { port: %d, trustProxy: true }," % r.choice([3000, 8080])]
        lines += [l + "," if l.endswith("}") else l for l in _cfg_obj_lines(r, s, 2, "js")]
        lines += ["  logger: { level: '%s', pretty: false }," % r.choice(["info", "warn"]), "};"]
        return path, "\n".join(lines) + "\n", "node-config-" + ext
    if mode == 3:
        path = r.choice(["src/env.ts", "src/config/env.ts", "src/lib/env.ts"])
        lines = ["import { z } from 'zod';", "", "const EnvSchema = z.object({",
                 "  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),",
                 "  PORT: z.coerce.number().default(3000),",
                 "  LOG_LEVEL: z.string().default('info'),"]
        if s.is_lit:
            lines.append("  %s: z.string().default(%s)," % (s.name, s.v("js-ts")))
        else:
            lines.append("  %s: z.string().min(%d)," % (s.name, r.choice([1, 20, 32])))
        lines += ["  CORS_ORIGIN: z.string().url().optional(),", "});", "",
                  "export const env = EnvSchema.parse(process.env);", "export type Env = z.infer<typeof EnvSchema>;"]
        return path, "\n".join(lines) + "\n", "ts"
    # AdonisJS config/*.ts
    path = "config/%s.ts" % r.choice(["services", "mail", "app", "drive"])
    lines = ["import Env from '@ioc:Adonis/Core/Env'", "", "const %sConfig = {" % s.block,
             "  driver: '%s'," % r.choice(["api", "smtp", "default"])]
    if s.is_lit:
        lines.append("  %s: Env.get('%s', %s)," % (s.key, s.name, s.v("js-ts")))
    else:
        lines.append("  %s: %s," % (s.key, render(Val("ref", s.name), "js-adonis", r) if s.val.t == "ref" else s.v("js-ts")))
    lines += ["  timeout: %d," % r.choice([5000, 10000]), "}", "", "export default %sConfig" % s.block]
    return path, "\n".join(lines) + "\n", "adonis-config-ts"


def ctx_node_config(r, s):
    if s.val.t == "ref":
        path = "config/custom-environment-variables.json"
        obj = {"server": {"port": "PORT"}, s.block: {s.key: s.name}}
        if r.random() < 0.5:
            obj["logger"] = {"level": "LOG_LEVEL"}
        return path, json.dumps(obj, indent=2) + "\n", "node-config-json"
    path = "config/%s.json" % r.choice(["default", "production", "production", "staging", "local-production"])
    lines = ["{", '  "server": {', '    "port": %d,' % r.choice([3000, 8080]), '    "host": "0.0.0.0"', "  },"]
    lines += ["  " + l for l in _cfg_obj_lines(r, s, 0, "json")]
    lines[-1] += ","
    lines += ['  "logger": { "level": "%s" }' % r.choice(["info", "warn"]), "}"]
    return path, "\n".join(lines) + "\n", "node-config-json"


def ctx_ecosystem(r, s):
    app = app_name(r)
    lines = ["module.exports = {", "  apps: [", "    {", "      name: '%s'," % app,
             "      script: '%s'," % r.choice(["dist/main.js", "./build/server.js", "src/index.js"]),
             "      instances: %s," % r.choice(["'max'", "2", "4"]), "      exec_mode: 'cluster',",
             "      max_memory_restart: '%dM'," % r.choice([512, 768, 1024]),
             "      env: {", "        NODE_ENV: 'development',", "        PORT: 3000,", "      },",
             "      env_production: {", "        NODE_ENV: 'production',", "        PORT: %d," % r.choice([8080, 3000])]
    for n, v in companions(s, "js"):
        lines.append("        %s: %s," % (n, v))
    lines.append("        %s: %s," % (s.name, s.v("js")))
    if r.random() < 0.5:
        lines.append("        LOG_LEVEL: 'info',")
    lines += ["      },", "    },", "  ],"]
    if r.random() < 0.6:
        lines += ["  deploy: {", "    production: {", "      user: 'deploy',", "      host: ['%s'],"
                  % ("10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 200))),
                  "      ref: 'origin/main',", "      repo: 'git@github.com:parcelly/%s.git'," % app,
                  "      path: '/srv/%s'," % app,
                  "      'post-deploy': 'npm ci && npm run build && pm2 reload ecosystem.config.js --env production',",
                  "    },", "  },"]
    lines.append("};")
    return "ecosystem.config.js", "\n".join(lines) + "\n", "pm2-ecosystem"


def ctx_serverless(r, s):
    app = app_name(r)
    lines = ["service: %s" % app, "frameworkVersion: '3'", "", "provider:", "  name: aws",
             "  runtime: nodejs%d.x" % r.choice([18, 20]), "  region: %s" % r.choice(AWS_REGIONS),
             "  stage: ${opt:stage, 'dev'}", "  memorySize: %d" % r.choice([512, 1024]), "  environment:",
             "    NODE_ENV: production", "    STAGE: ${sls:stage}"]
    env = ["    %s: %s" % (n, v) for n, v in companions(s, "yaml-sls")] + ["    %s: %s" % (s.name, s.v("yaml-sls"))]
    if r.random() < 0.5:
        env.append("    TABLE_NAME: ${self:service}-${sls:stage}")
    lines += env
    lines += ["", "functions:", "  api:", "    handler: dist/lambda.handler", "    events:",
              "      - httpApi: '*'"]
    if r.random() < 0.5:
        lines += ["  worker:", "    handler: dist/worker.handler", "    events:", "      - sqs:",
                  "          arn: arn:aws:sqs:%s:%d:%s-jobs" % (r.choice(AWS_REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), app)]
    lines += ["", "plugins:", "  - serverless-esbuild", "  - serverless-offline"]
    return "serverless.yml", "\n".join(lines) + "\n", "serverless-yml"


def ctx_compose(r, s):
    app = app_name(r)
    lines = ["services:", "  api:", "    build: .", "    image: ghcr.io/parcelly/%s:latest" % app,
             "    ports:", "      - \"%d:3000\"" % r.choice([3000, 8080]), "    depends_on:", "      - db", "      - redis"]
    if s.name.startswith(("POSTGRES_", "MYSQL_")) and s.kind["kind"] == "password":
        lines += ["  db:", "    image: %s" % ("postgres:16-alpine" if "POSTGRES" in s.name else "mysql:8.4"), "    environment:"]
        if r.random() < 0.5:
            lines.append("      %s: %s" % (s.name, s.v("yaml-compose")))
        else:
            lines.append("      - %s=%s" % (s.name, s.v("docker") if s.is_lit else render(s.val, "yaml-compose", r)))
        lines += ["    volumes:", "      - dbdata:/var/lib/%s" % ("postgresql/data" if "POSTGRES" in s.name else "mysql"),
                  "  redis:", "    image: redis:7-alpine", "", "volumes:", "  dbdata:"]
        return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml"]), "\n".join(lines) + "\n", "docker-compose"
    lines += ["    environment:", "      NODE_ENV: production"]
    for n, v in companions(s, "yaml-compose"):
        lines.append("      %s: %s" % (n, v))
    lines.append("      %s: %s" % (s.name, s.v("yaml-compose")))
    lines += ["      REDIS_HOST: redis", "  db:", "    image: postgres:16-alpine", "    env_file: .env.db",
              "  redis:", "    image: redis:7-alpine", "    command: [\"redis-server\", \"--appendonly\", \"yes\"]"]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "\n".join(lines) + "\n", "docker-compose"


def ctx_dockerfile(r, s):
    node = r.choice(["20-alpine", "20-bookworm-slim", "18-alpine", "22-alpine"])
    lines = ["FROM node:%s AS build" % node, "WORKDIR /app", "COPY package*.json ./", "RUN npm ci",
             "COPY . .", "RUN npm run build", "", "FROM node:%s" % node, "WORKDIR /app", "ENV NODE_ENV=production"]
    for n, v in companions(s, "docker"):
        lines.append("ENV %s=%s" % (n, v))
    if s.is_lit:
        lines.append(r.choice(["ENV %s=%s", "ENV %s %s", "ARG %s=%s"]) % (s.name, s.v("docker")))
    else:
        lines += ["ARG %s" % s.name, "ENV %s=%s" % (s.name, render(Val("ref", s.name), "docker", r) if s.val.t == "ref" else s.v("docker"))]
    lines += ["COPY --from=build /app/dist ./dist", "COPY --from=build /app/node_modules ./node_modules",
              "EXPOSE 3000", "USER node", 'CMD ["node", "dist/main.js"]']
    return r.choice(["Dockerfile", "Dockerfile", "docker/Dockerfile.prod"]), "\n".join(lines) + "\n", "dockerfile"


def _pkg_json(r, scripts, name=None):
    obj = {"name": "@parcelly/%s" % (name or app_name(r)), "version": "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
           "private": True, "scripts": scripts,
           "dependencies": {"@nestjs/common": "^10.3.0", "@nestjs/core": "^10.3.0", "pg": "^8.11.3", "zod": "^3.22.4"},
           "devDependencies": {"typescript": "^5.4.5", "jest": "^29.7.0", "ts-node": "^10.9.2"},
           "engines": {"node": ">=18"}}
    return json.dumps(obj, indent=2) + "\n"


def ctx_package_json(r, s):
    scripts = {"build": "nest build", "start": "node dist/main.js", "start:dev": "nest start --watch",
               "lint": "eslint \"src/**/*.ts\"", "test": "jest"}
    if s.is_lit:
        v = s.v("sh")
    else:
        v = "$" + s.name if s.val.t == "ref" else s.v("sh")
    if s.kind["provider"] == "sentry":
        scripts["sentry:sourcemaps"] = "sentry-cli sourcemaps inject ./dist && sentry-cli sourcemaps upload --auth-token %s --org parcelly --project %s ./dist" % (v, app_name(r))
    elif s.kind["provider"] == "github" and r.random() < 0.5:
        scripts["release"] = "GITHUB_TOKEN=%s semantic-release --no-ci" % v
    elif s.kind["provider"] == "postgres" or s.kind["provider"] == "mysql":
        scripts["migrate:prod"] = "%s=%s prisma migrate deploy" % (s.name, v)
    else:
        scripts[r.choice(["start:prod", "deploy", "worker"])] = "%s=%s node dist/main.js" % (s.name, v)
    items = list(scripts.items())
    r.shuffle(items)
    return "package.json", _pkg_json(r, dict(items)), "package-json"


def ctx_nodemon(r, s):
    obj = {"watch": ["src"], "ext": "ts,json", "ignore": ["src/**/*.spec.ts"], "exec": "ts-node -r tsconfig-paths/register src/main.ts",
           "env": {"NODE_ENV": "development", "PORT": r.choice([3000, 4000])}}
    if s.val.t == "ref":
        return None
    obj["env"][s.name] = s.val.s if s.val.t == "lit" else ""
    return "nodemon.json", json.dumps(obj, indent=2) + "\n", "nodemon-json"


def ctx_vercel(r, s):
    obj = {"$schema": "https://openapi.vercel.sh/vercel.json", "version": 2, "framework": r.choice(["nextjs", None]),
           "regions": [r.choice(["fra1", "iad1", "cdg1"])], "env": {}}
    if obj["framework"] is None:
        del obj["framework"]
    if s.val.t == "ref":
        obj["env"][s.name] = "@" + s.name.lower().replace("_", "-")
    else:
        obj["env"][s.name] = s.val.s if s.val.t == "lit" else ""
    obj["env"]["NEXT_PUBLIC_APP_URL"] = "https://%s.vercel.app" % app_name(r)
    if r.random() < 0.5:
        obj["crons"] = [{"path": "/api/cron/cleanup", "schedule": "0 3 * * *"}]
    return "vercel.json", json.dumps(obj, indent=2) + "\n", "vercel-json"


def ctx_jest_setup(r, s):
    path = r.choice(["jest.setup.ts", "test/setup-env.ts", "test/jest.setup.ts", "vitest.setup.ts", "test/setup.js"])
    lang = "js" if path.endswith(".js") else "js-ts"
    lines = []
    if "vitest" in path:
        lines += ["import { vi } from 'vitest';", ""]
    else:
        lines += ["import 'reflect-metadata';", ""] if lang == "js-ts" else ["require('dotenv').config({ path: '.env.test' });", ""]
    lines += ["process.env.NODE_ENV = 'test';", "process.env.TZ = 'UTC';", "process.env.LOG_LEVEL = 'silent';"]
    if s.val.t == "ref":
        lines.append("process.env.%s = process.env.CI_%s ?? '';" % (s.name, s.name))
    else:
        for n, v in companions(s, lang):
            lines.append("process.env.%s = %s;" % (n, v))
        lines.append("process.env.%s = %s;" % (s.name, s.v(lang)))
    lines += ["", ("jest" if "vitest" not in path else "vi") + ".setTimeout?.(30_000);" if "vitest" not in path else "vi.setConfig({ testTimeout: 30_000 });",
              "", "afterAll(async () => {", "  await new Promise((resolve) => setTimeout(resolve, 100));", "});"]
    return path, "\n".join(lines) + "\n", "jest-setup"


def ctx_readme(r, s):
    app = app_name(r)
    lines = ["# %s" % app, "", "Backend service for %s, built with NestJS %d and Prisma." % (app.replace("-", " "), r.choice([9, 10])), "",
             "## Local setup", "", "```bash", "npm ci", "cp .env.example .env", "docker compose up -d db redis",
             "npm run start:dev", "```", "", "## Configuration", "",
             "The service reads its configuration from environment variables (see `src/config`)."]
    if s.val.t == "ref":
        lines += ["Set `%s` in your shell or in the deployment secret store; never commit it." % s.name, "", "```bash",
                  "export %s=\"$(op read 'op://Engineering/%s/credential')\"" % (s.name, app), "```"]
    else:
        v = s.v("sh")
        lines += ["For the staging deployment we use:", "", "```bash", "export %s=%s" % (s.name, v), "npm run start:prod", "```"]
    lines += ["", "## Tests", "", "```bash", "npm test", "npm run test:e2e", "```"]
    return r.choice(["README.md", "docs/setup.md", "docs/DEPLOY.md"]), "\n".join(lines) + "\n", "readme"


def to_cjs(text):
    out = []
    exports = []
    for line in text.split("\n"):
        st = line.strip()
        if st.startswith("import ") and " from " in st:
            what, mod = st[len("import "):].rsplit(" from ", 1)
            mod = mod.rstrip(";")
            what = what.replace(" as ", ": ")
            if what.startswith("{"):
                out.append("const %s = require(%s);" % (what, mod))
            elif what.startswith("* : "):
                out.append("const %s = require(%s);" % (what[4:], mod))
            else:
                out.append("const %s = require(%s);" % (what, mod))
            continue
        if st.startswith("export default "):
            out.append(line.replace("export default ", "module.exports = ", 1))
            continue
        if st.startswith("export const ") or st.startswith("export async function ") or st.startswith("export function "):
            name = st.split("(")[0].split("=")[0].split()[-1]
            exports.append(name)
            out.append(line.replace("export ", "", 1))
            continue
        out.append(line)
    if exports:
        out.append("")
        out.append("module.exports = { %s };" % ", ".join(exports))
    return "\n".join(out)


CODE_DIRS = {"stripe": "src/billing", "sendgrid": "src/mail", "mailgun": "src/mail", "postmark": "src/notifications",
             "twilio": "src/sms", "slack": "src/integrations/slack", "openai": "src/ai", "anthropic": "src/ai",
             "aws": "src/storage", "algolia": "src/search", "sentry": "scripts", "shopify": "src/shopify",
             "github": "src/github", "clerk": "src/auth", "supabase": "src/lib", "auth0": "src/auth", "okta": "src/auth",
             "datadog": "src/observability", "resend": "src/mail", "smtp": "src/mail", "cloudinary": "src/media",
             "postgres": "src/db", "mysql": "src/db", "mongodb": "src/db", "redis": "src/queues", "rabbitmq": "src/messaging",
             "jsonwebtoken": "src/auth", "express-session": "src", "cookie-parser": "src", "generic": "src/lib"}


def ctx_code(r, s):
    tmpls = s.kind["tmpl"]
    if not tmpls:
        return None
    t = r.choice(tmpls)
    ext = r.choice(["ts", "ts", "ts", "js", "mjs", "cjs"])
    if s.kind["provider"] == "sentry":
        ext = "mjs"
    lang = "js-ts" if ext == "ts" else "js"
    base = CODE_DIRS.get(s.kind["provider"], "src/lib")
    fname = r.choice([s.kind["provider"].replace("-", "") + ".client", s.kind["provider"].replace("-", ""), "client", "index"])
    if s.kind["provider"] in ("express-session", "cookie-parser"):
        fname = r.choice(["app", "server"])
    if s.kind["provider"] == "sentry":
        fname = "upload-sourcemaps"
    path = "%s/%s.%s" % (base, fname, ext)
    force_const = "{v2}" in t
    text = fill_aux(r, t, s)
    if not s.is_lit and ("'AKIA" in text or "'ASIA" in text):
        text = re.sub(r"'A[KS]IA[A-Z2-7]{16}'", render(Val("ref", "AWS_ACCESS_KEY_ID"), lang, r), text)
    if (s.generic or force_const) and s.is_lit:
        gname = r.choice(["apiKey", "token", "key", "secret", "AUTH", "LLM_KEY", "credential"]) if s.generic else s.name
        if force_const and not s.generic:
            gname = s.name
        decl = "const %s = %s;" % (gname, s.v(lang))
        text = text.replace("{v2}", gname).replace("{v}", gname)
        tl = text.split("\n")
        idx = max((i for i, l in enumerate(tl) if l.startswith("import ")), default=-1) + 1
        tl = tl[:idx] + ([""] if idx else []) + [decl] + tl[idx:]
        text = "\n".join(tl)
    else:
        v = s.v(lang)
        text = text.replace("{v}", v).replace("{v2}", v)
    if ext == "cjs" or (ext == "js" and r.random() < 0.6):
        text = to_cjs(text)
        if ext == "js" and text.strip().startswith("//") is False:
            text = "'use strict';\n\n" + text
    return path, text + "\n", ext


def ctx_fixture(r, s):
    if s.val.t == "ref":
        return None
    path = "test/fixtures/%s" % r.choice(["integrations.json", "%s-connection.json" % s.kind["provider"], "tenant-settings.json"])
    obj = {"id": ruuid(r), "tenantId": objectid(r), "provider": s.kind["provider"], "enabled": True,
           "credentials": {s.key: s.val.s if s.val.t == "lit" else ""},
           "createdAt": "2024-%02d-%02dT%02d:%02d:00.000Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))}
    if r.random() < 0.5:
        obj["webhookUrl"] = "https://api.%s/hooks/%s" % (r.choice(["parcelly.io", "tiketo.app"]), s.kind["provider"])
    return path, json.dumps([obj] if r.random() < 0.5 else obj, indent=2) + "\n", "fixture-json"


def _is_uri(s):
    return s.kind["kind"] == "connection_uri"


def ctx_prisma(r, s):
    if not _is_uri(s):
        return None
    prov = {"postgres": "postgresql", "mysql": "mysql", "mongodb": "mongodb"}.get(s.kind["provider"])
    if not prov:
        return None
    lines = ["// This is your Prisma schema file,", "// learn more about it in the docs: https://pris.ly/d/prisma-schema", "",
             "generator client {", '  provider = "prisma-client-js"']
    if r.random() < 0.4:
        lines.append('  previewFeatures = ["fullTextSearch"]')
    lines += ["}", "", "datasource db {", '  provider = "%s"' % prov, "  url      = %s" % s.v("prisma")]
    if prov == "postgresql" and r.random() < 0.4:
        lines.append('  directUrl = env("DIRECT_URL")')
    lines += ["}", ""]
    idt = '  id        String   @id @default(auto()) @map("_id") @db.ObjectId' if prov == "mongodb" else "  id        Int      @id @default(autoincrement())"
    lines += ["model User {", idt, "  email     String   @unique", "  name      String?", "  createdAt DateTime @default(now())",
              "  orders    Order[]", "}", "", "model Order {", idt.replace("  id  ", "  id  "),
              "  total     Decimal" if prov != "mongodb" else "  total     Float", "  userId    %s" % ("String @db.ObjectId" if prov == "mongodb" else "Int"),
              "  user      User     @relation(fields: [userId], references: [id])", "}"]
    return "prisma/schema.prisma", "\n".join(lines) + "\n", "prisma"


def ctx_knexfile(r, s):
    if s.kind["provider"] not in ("postgres", "mysql"):
        return None
    client = "pg" if s.kind["provider"] == "postgres" else "mysql2"
    ext = r.choice(["js", "js", "ts"])
    lang = "js-ts" if ext == "ts" else "js"
    lines = ([ "import type { Knex } from 'knex';", "", "const config: { [key: string]: Knex.Config } = {"] if ext == "ts"
             else ["// Update with your config settings.", "", "/**", " * @type { Object.<string, import(\"knex\").Knex.Config> }", " */", "module.exports = {"])
    lines += ["  development: {", "    client: '%s'," % client, "    connection: process.env.DATABASE_URL,",
              "    migrations: { directory: './db/migrations' },", "  },", "", "  production: {", "    client: '%s'," % client]
    if _is_uri(s):
        lines.append("    connection: %s," % s.v(lang))
    else:
        lines += ["    connection: {", "      host: '%s'," % pg_host(r), "      port: %d," % (5432 if client == "pg" else 3306),
                  "      database: '%s'," % r.choice(DBNAMES), "      user: '%s'," % r.choice(DBUSERS),
                  "      password: %s," % s.v(lang), "      ssl: { rejectUnauthorized: false },", "    },"]
    lines += ["    pool: { min: 2, max: 10 },", "    migrations: { tableName: 'knex_migrations', directory: './db/migrations' },", "  },"]
    lines += ["};", "", "export default config;"] if ext == "ts" else ["};"]
    return "knexfile." + ext, "\n".join(lines) + "\n", "knexfile"


def ctx_ormconfig(r, s):
    if s.kind["provider"] not in ("postgres", "mysql"):
        return None
    typ = "postgres" if s.kind["provider"] == "postgres" else "mysql"
    if r.random() < 0.4:
        obj = {"type": typ}
        if _is_uri(s):
            obj["url"] = None
        else:
            obj.update({"host": pg_host(r), "port": 5432 if typ == "postgres" else 3306, "username": r.choice(DBUSERS), "password": None,
                        "database": r.choice(DBNAMES)})
        obj.update({"synchronize": False, "logging": False, "entities": ["dist/**/*.entity.js"],
                    "migrations": ["dist/migrations/*.js"], "cli": {"migrationsDir": "src/migrations"}})
        text = json.dumps(obj, indent=2)
        field = '"url": null' if _is_uri(s) else '"password": null'
        if s.val.t == "ref":
            text = text.replace(field, field.replace("null", '""'))
        else:
            text = text.replace(field, field.replace("null", json.dumps(s.val.s if s.val.t == "lit" else "")))
        return "ormconfig.json", text + "\n", "ormconfig-json"
    lines = ["import 'reflect-metadata';", "import { DataSource } from 'typeorm';", "", "export const AppDataSource = new DataSource({",
             "  type: '%s'," % typ]
    if _is_uri(s):
        lines.append("  url: %s," % s.v("js-ts"))
    else:
        lines += ["  host: %s," % r.choice(["process.env.DB_HOST", "'%s'" % pg_host(r)]), "  port: %d," % (5432 if typ == "postgres" else 3306),
                  "  username: '%s'," % r.choice(DBUSERS), "  password: %s," % s.v("js-ts"), "  database: '%s'," % r.choice(DBNAMES)]
    lines += ["  synchronize: false,", "  logging: ['error'],", "  entities: [__dirname + '/**/*.entity{.ts,.js}'],",
              "  migrations: [__dirname + '/migrations/*{.ts,.js}'],", "});"]
    return r.choice(["src/data-source.ts", "src/database/data-source.ts", "data-source.ts"]), "\n".join(lines) + "\n", "typeorm-data-source-ts"


def ctx_sequelize(r, s):
    if s.kind["provider"] not in ("postgres", "mysql") or _is_uri(s):
        return None
    dialect = "postgres" if s.kind["provider"] == "postgres" else "mysql"
    db = r.choice(DBNAMES)
    text_obj = {
        "development": {"username": "postgres" if dialect == "postgres" else "root", "password": None, "database": db + "_development",
                        "host": "127.0.0.1", "dialect": dialect},
        "test": {"username": "postgres" if dialect == "postgres" else "root", "password": None, "database": db + "_test",
                 "host": "127.0.0.1", "dialect": dialect, "logging": False},
        "production": {"username": r.choice(DBUSERS), "password": "__SLOT__", "database": db, "host": pg_host(r), "dialect": dialect,
                       "dialectOptions": {"ssl": {"require": True, "rejectUnauthorized": False}}},
    }
    if s.val.t == "ref":
        text_obj["production"] = {"use_env_variable": "DATABASE_URL", "dialect": dialect,
                                  "dialectOptions": {"ssl": {"require": True, "rejectUnauthorized": False}}}
        text = json.dumps(text_obj, indent=2)
    else:
        text = json.dumps(text_obj, indent=2).replace('"__SLOT__"', json.dumps(s.val.s if s.val.t == "lit" else ""))
    return r.choice(["config/config.json", "src/db/config/config.json"]), text + "\n", "sequelize-config-json"


def ctx_seed(r, s):
    if not _is_uri(s):
        return None
    p = s.kind["provider"]
    if p == "mongodb":
        lines = ["import mongoose from 'mongoose';", "import { Product } from '../src/models/product';", "",
                 "async function main() {", "  await mongoose.connect(%s);" % s.v("js-ts"),
                 "  await Product.deleteMany({});", "  await Product.insertMany([",
                 "    { sku: 'TNT-2P', name: 'Trail tent 2P', priceCents: 18900 },",
                 "    { sku: 'SLP-BAG', name: 'Sleeping bag -5C', priceCents: 12900 },", "  ]);",
                 "  await mongoose.disconnect();", "}", "", "main().catch((err) => {", "  console.error(err);",
                 "  process.exit(1);", "});"]
        return r.choice(["scripts/seed.ts", "src/seed.ts"]), "\n".join(lines) + "\n", "ts"
    lines = ["import { PrismaClient } from '@prisma/client';", "", "const prisma = new PrismaClient({",
             "  datasources: { db: { url: %s } }," % s.v("js-ts"), "});", "", "async function main() {",
             "  await prisma.plan.upsert({", "    where: { code: 'starter' },", "    update: {},",
             "    create: { code: 'starter', name: 'Starter', monthlyCents: 1900 },", "  });",
             "  await prisma.plan.upsert({", "    where: { code: 'team' },", "    update: {},",
             "    create: { code: 'team', name: 'Team', monthlyCents: 4900 },", "  });", "}", "",
             "main()", "  .then(() => prisma.$disconnect())", "  .catch(async (e) => {", "    console.error(e);",
             "    await prisma.$disconnect();", "    process.exit(1);", "  });"]
    return r.choice(["prisma/seed.ts", "prisma/seed-prod.ts"]), "\n".join(lines) + "\n", "seed-ts"


def ctx_seed_user(r, s):
    email = "%s@%s" % (r.choice(["admin", "ops", "root", r.choice(FIRST_NAMES)]), r.choice(["parcelly.io", "tiketo.app", "finlo.dev"]))
    lines = ["import { PrismaClient, Role } from '@prisma/client';", "import * as bcrypt from 'bcrypt';", "",
             "const prisma = new PrismaClient();", "", "async function main() {"]
    if s.val.t == "lit":
        lines.append("  const passwordHash = await bcrypt.hash(%s, 12);" % s.v("js-ts"))
    elif s.val.t == "ref":
        lines.append("  const passwordHash = await bcrypt.hash(process.env.SEED_ADMIN_PASSWORD ?? crypto.randomUUID(), 12);")
    else:
        lines.append("  const passwordHash = %s;" % s.v("js-ts"))
    lines += ["  await prisma.user.upsert({", "    where: { email: '%s' }," % email, "    update: {},",
              "    create: { email: '%s', name: '%s', role: Role.ADMIN, passwordHash }," % (email, r.choice(FIRST_NAMES).capitalize()),
              "  });", "}", "", "main()", "  .catch((e) => {", "    console.error(e);", "    process.exit(1);", "  })",
              "  .finally(() => prisma.$disconnect());"]
    return r.choice(["prisma/seed.ts", "src/database/seeds/admin.seed.ts", "scripts/seed-admin.ts"]), "\n".join(lines) + "\n", "seed-ts"


def ctx_app_module(r, s):
    p, k = s.kind["provider"], s.kind["kind"]
    imports = ["import { Module } from '@nestjs/common';", "import { ConfigModule } from '@nestjs/config';"]
    mods = ["    ConfigModule.forRoot({ isGlobal: true }),"]
    if p in ("postgres", "mysql"):
        imports.append("import { TypeOrmModule } from '@nestjs/typeorm';")
        if _is_uri(s):
            mods += ["    TypeOrmModule.forRoot({", "      type: '%s'," % p, "      url: %s," % s.v("js-ts"),
                     "      autoLoadEntities: true,", "      synchronize: false,", "    }),"]
        else:
            mods += ["    TypeOrmModule.forRoot({", "      type: '%s'," % p, "      host: '%s'," % pg_host(r),
                     "      port: %d," % (5432 if p == "postgres" else 3306), "      username: '%s'," % r.choice(DBUSERS),
                     "      password: %s," % s.v("js-ts"), "      database: '%s'," % r.choice(DBNAMES),
                     "      autoLoadEntities: true,", "    }),"]
    elif p == "mongodb":
        imports.append("import { MongooseModule } from '@nestjs/mongoose';")
        mods.append("    MongooseModule.forRoot(%s)," % s.v("js-ts"))
    elif p == "redis":
        imports.append("import { BullModule } from '@nestjs/bullmq';")
        mods += ["    BullModule.forRoot({", "      connection: {", "        host: '%s'," % redis_host(r), "        port: 6379,",
                 "        password: %s," % s.v("js-ts"), "      },", "    }),", "    BullModule.registerQueue({ name: 'email' }),"]
    elif p == "jsonwebtoken":
        imports.append("import { JwtModule } from '@nestjs/jwt';")
        mods += ["    JwtModule.register({", "      global: true,", "      secret: %s," % s.v("js-ts"),
                 "      signOptions: { expiresIn: '%s' }," % r.choice(["15m", "1h", "60s"]), "    }),"]
    else:
        return None
    imports += ["import { AppController } from './app.controller';", "import { AppService } from './app.service';",
                "import { OrdersModule } from './orders/orders.module';"]
    lines = imports + ["", "@Module({", "  imports: ["] + mods + ["    OrdersModule,", "  ],",
                                                               "  controllers: [AppController],", "  providers: [AppService],",
                                                               "})", "export class AppModule {}"]
    return "src/app.module.ts", "\n".join(lines) + "\n", "nest-app-module-ts"


def oauth_client_id(r, provider):
    if provider == "google":
        return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rstr(r, LOWER + DIGITS, 32))
    if provider == "github":
        return r.choice(["Iv1." + rhex(r, 16), "Ov23li" + rb62(r, 14)])
    if provider == "facebook":
        return str(r.randint(10 ** 14, 10 ** 16 - 1))
    if provider == "auth0":
        return rb62(r, 32)
    if provider == "okta":
        return "0oa" + rb62(r, 17)
    return rb62(r, 24)


PASSPORT = {
    "google": ("passport-google-oauth20", "Strategy as GoogleStrategy", "GoogleStrategy", "'/auth/google/callback'", ["email", "profile"]),
    "github": ("passport-github2", "Strategy as GitHubStrategy", "GitHubStrategy", "'/auth/github/callback'", ["user:email"]),
    "facebook": ("passport-facebook", "Strategy as FacebookStrategy", "FacebookStrategy", "'/auth/facebook/callback'", ["email"]),
    "auth0": ("passport-auth0", "Auth0Strategy", "Auth0Strategy", "'/callback'", ["openid", "email", "profile"]),
    "okta": ("passport-openidconnect", "OpenIDConnectStrategy", "OpenIDConnectStrategy", "'/authorization-code/callback'", ["openid", "profile"]),
}


def ctx_passport(r, s):
    p = s.kind["provider"]
    if p not in PASSPORT:
        return None
    mod, imp, cls, cb, scope = PASSPORT[p]
    cid = oauth_client_id(r, p)
    extra = []
    if p == "auth0":
        extra = ["domain: '%s.eu.auth0.com'," % r.choice(["parcelly", "tiketo", "finlo-prod"])]
    if p == "okta":
        t = r.choice(["parcelly", "tiketo", "dev-%d" % r.randint(1000000, 99999999)])
        extra = ["issuer: 'https://%s.okta.com/oauth2/default'," % t,
                 "authorizationURL: 'https://%s.okta.com/oauth2/default/v1/authorize'," % t,
                 "tokenURL: 'https://%s.okta.com/oauth2/default/v1/token'," % t]
    if p == "facebook":
        extra = ["profileFields: ['id', 'emails', 'name'],"]
    secret_field = "clientSecret"
    if r.random() < 0.5:
        # NestJS flavour
        imp_nest = "Strategy" if " as " in imp else imp
        lines = ["import { Injectable } from '@nestjs/common';", "import { PassportStrategy } from '@nestjs/passport';",
                 "import { %s } from '%s';" % (imp_nest if imp_nest == "Strategy" else imp_nest + " as Strategy", mod) if p not in ("auth0",) else "import Strategy from '%s';" % mod,
                 "import { AuthService } from '../auth.service';", "",
                 "@Injectable()", "export class %sStrategy extends PassportStrategy(Strategy, '%s') {" % (p.capitalize(), p),
                 "  constructor(private readonly auth: AuthService) {", "    super({",
                 "      clientID: '%s'," % cid, "      %s: %s," % (secret_field, s.v("js-ts"))]
        lines += ["      " + e for e in extra]
        lines += ["      callbackURL: %s," % cb, "      scope: %s," % json.dumps(scope).replace('"', "'"), "    });", "  }", "",
                  "  async validate(accessToken: string, refreshToken: string, profile: any) {",
                  "    return this.auth.findOrCreateFromProfile('%s', profile);" % p, "  }", "}"]
        return "src/auth/strategies/%s.strategy.ts" % p, "\n".join(lines) + "\n", "ts"
    ext = r.choice(["js", "ts", "cjs"])
    lang = "js-ts" if ext == "ts" else "js"
    if ext == "cjs":
        head = ["const passport = require('passport');",
                "const %s = require('%s')%s;" % (cls, mod, ".Strategy" if " as " in imp else "")]
    else:
        head = ["import passport from 'passport';", "import { %s } from '%s';" % (imp, mod) if " as " in imp else "import %s from '%s';" % (cls, mod)]
    lines = head + ["import { upsertUser } from '../users/users.repository';" if ext != "cjs" else "const { upsertUser } = require('../users/users.repository');", "",
                    "passport.use(", "  new %s(" % cls, "    {", "      clientID: '%s'," % cid,
                    "      %s: %s," % (secret_field, s.v(lang))]
    lines += ["      " + e for e in extra]
    lines += ["      callbackURL: %s," % cb, "    },", "    async (accessToken, refreshToken, profile, done) => {",
              "      try {", "        done(null, await upsertUser('%s', profile));" % p, "      } catch (err) {", "        done(err);",
              "      }", "    },", "  ),", ");", "", "passport.serializeUser((user, done) => done(null, user.id));"]
    return "src/auth/passport.%s" % ext, "\n".join(lines) + "\n", ext


def ctx_nextauth(r, s):
    p = s.kind["provider"]
    provs = {"google": "Google", "github": "GitHub", "auth0": "Auth0", "okta": "Okta"}
    if p != "nextauth" and p not in provs:
        return None
    use = provs.get(p, r.choice(list(provs.values())))
    pv = [k for k, v in provs.items() if v == use][0]
    v5 = r.random() < 0.5
    path = "auth.ts" if v5 else r.choice(["pages/api/auth/[...nextauth].ts", "src/pages/api/auth/[...nextauth].ts"])
    lines = ["import NextAuth from 'next-auth';" if v5 else "import NextAuth, { type NextAuthOptions } from 'next-auth';",
             "import %s from 'next-auth/providers/%s';" % (use + ("Provider" if not v5 else ""), pv),
             "import { PrismaAdapter } from '@auth/prisma-adapter';", "import { prisma } from '@/lib/prisma';", ""]
    if p == "nextauth":
        sec = s.v("js-ts")
        prov_args = ["      clientId: process.env.AUTH_%s_ID," % pv.upper(), "      clientSecret: process.env.AUTH_%s_SECRET," % pv.upper()]
    else:
        sec = "process.env.%s" % r.choice(["AUTH_SECRET", "NEXTAUTH_SECRET"])
        prov_args = ["      clientId: '%s'," % oauth_client_id(r, pv), "      clientSecret: %s," % s.v("js-ts")]
        if pv == "auth0":
            prov_args.append("      issuer: 'https://%s.us.auth0.com'," % r.choice(["parcelly", "tiketo"]))
        if pv == "okta":
            prov_args.append("      issuer: 'https://%s.okta.com/oauth2/default'," % r.choice(["parcelly", "tiketo"]))
    body = ["  adapter: PrismaAdapter(prisma),", "  secret: %s," % sec, "  session: { strategy: 'jwt' },", "  providers: [",
            "    %s({" % (use + ("Provider" if not v5 else ""))] + prov_args + ["    }),", "  ],", "  callbacks: {",
            "    async session({ session, token }) {", "      if (token.sub) session.user.id = token.sub;", "      return session;",
            "    },", "  },"]
    if v5:
        lines += ["export const { handlers, auth, signIn, signOut } = NextAuth({"] + body + ["});"]
    else:
        lines += ["export const authOptions: NextAuthOptions = {"] + body + ["};", "", "export default NextAuth(authOptions);"]
    return path, "\n".join(lines) + "\n", "nextauth-ts"


def ctx_npmrc(r, s):
    p = s.kind["provider"]
    lines = [r.choice(["# npm config for CI and local installs", "# managed by platform team - see docs/npm.md", "; registry settings"]),
             "registry=https://registry.npmjs.org/", "fund=false", "audit-level=high"]
    if r.random() < 0.5:
        lines.append("engine-strict=true")
    if r.random() < 0.5:
        lines.append("save-exact=true")
    if p == "npm":
        if r.random() < 0.5:
            lines.append("@parcelly:registry=https://registry.npmjs.org/")
        val = s.v("env") if s.val.t == "lit" else ("${NPM_TOKEN}" if s.val.t == "ref" else s.v("env"))
        lines.append("//registry.npmjs.org/:_authToken=%s" % val)
    elif p == "github":
        lines.append("@parcelly:registry=https://npm.pkg.github.com")
        val = s.v("env") if s.val.t == "lit" else ("${GITHUB_TOKEN}" if s.val.t == "ref" else s.v("env"))
        lines.append("//npm.pkg.github.com/:_authToken=%s" % val)
    else:
        return None
    if r.random() < 0.5:
        lines.append("auto-install-peers=true")
    r2 = lines[:]
    return r.choice([".npmrc", ".npmrc", "packages/server/.npmrc"]), "\n".join(r2) + "\n", "npmrc"


# ---- PEM based ------------------------------------------------------------

def _pem_key_for(r, s):
    if s.kind["provider"] == "github":
        return pem_lines(s.secret["pkcs1"], "RSA PRIVATE KEY")
    return pem_lines(s.secret["pkcs8"], "PRIVATE KEY")


def ctx_pem_file(r, s):
    lines = _pem_key_for(r, s)
    s.needle = lines[1]
    return r.choice(["keys/github-app.private-key.pem", ".github/app-private-key.pem", "certs/%s.%s.private-key.pem" %
                     (r.choice(["release-bot", "pr-labeler", "deploy-app"]), "2024-0%d-1%d" % (r.randint(1, 9), r.randint(0, 9)))]), "\n".join(lines) + "\n", "pem"


def ctx_pem_env(r, s):
    pl = _pem_key_for(r, s)
    fill = env_filler(r, r.randint(3, 8))
    if s.kind["provider"] == "github":
        extra = ["GITHUB_APP_ID=%d" % r.randint(100000, 999999), "GITHUB_APP_INSTALLATION_ID=%d" % r.randint(10000000, 60000000)]
    else:
        proj = "%s-%s" % (r.choice(["parcelly", "tiketo", "finlo"]), r.choice(["prod", "app", "%d" % r.randint(1000, 9999)]))
        extra = ["FIREBASE_PROJECT_ID=%s" % proj,
                 "FIREBASE_CLIENT_EMAIL=firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rstr(r, LOWER + DIGITS, 5), proj)]
    if r.random() < 0.5:
        esc = "\\n".join(pl)
        s.needle = esc
        entry = ['%s="%s\\n"' % (s.name, esc)]
    else:
        s.needle = pl[1]
        entry = ['%s="%s' % (s.name, pl[0])] + pl[1:-1] + ['%s"' % pl[-1]]
    lines = fill + extra + entry
    return r.choice([".env", ".env.production", ".env.local"]), "\n".join(lines) + "\n", "dotenv"


def ctx_pem_code(r, s):
    pl = _pem_key_for(r, s)
    s.needle = pl[1]
    lines = ["import { App } from 'octokit';", "", "const privateKey = `" + pl[0]] + pl[1:] + ["`;", "",
             "export const app = new App({", "  appId: %d," % r.randint(100000, 999999), "  privateKey,",
             "  webhooks: { secret: process.env.GITHUB_WEBHOOK_SECRET ?? '' },", "});", "",
             "export async function installationClient(installationId: number) {",
             "  return app.getInstallationOctokit(installationId);", "}"]
    return r.choice(["src/github/app.ts", "src/integrations/github-app.ts"]), "\n".join(lines) + "\n", "ts"


def _sa_obj(r, pkey_value):
    proj = "%s-%s" % (r.choice(["parcelly", "tiketo", "finlo", "brightdesk"]), r.choice(["prod", "app", "%d" % r.randint(1000, 9999), "%s" % rstr(r, LOWER + DIGITS, 5)]))
    email = "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rstr(r, LOWER + DIGITS, 5), proj)
    return proj, email, {
        "type": "service_account", "project_id": proj, "private_key_id": rhex(r, 40), "private_key": pkey_value,
        "client_email": email, "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s" % email.replace("@", "%40"),
        "universe_domain": "googleapis.com"}


def ctx_sa_json(r, s):
    pl = _pem_key_for(r, s)
    pem = "\n".join(pl) + "\n"
    _, _, obj = _sa_obj(r, pem)
    text = json.dumps(obj, indent=2)
    s.needle = json.dumps(pem)[1:-1].rsplit("\\n", 1)[0]
    return r.choice(["serviceAccountKey.json", "config/firebase-service-account.json", "src/config/firebase-adminsdk.json",
                     "credentials/firebase-admin.json"]), text + "\n", "sa-json"


def ctx_firebase_code(r, s):
    pl = _pem_key_for(r, s)
    esc = "\\n".join(pl)
    s.needle = esc
    proj, email, _ = _sa_obj(r, "")
    lines = ["import * as admin from 'firebase-admin';", "", "if (!admin.apps.length) {", "  admin.initializeApp({",
             "    credential: admin.credential.cert({", "      projectId: '%s'," % proj, "      clientEmail: '%s'," % email,
             "      privateKey: '%s\\n'," % esc, "    }),",
             "    storageBucket: '%s.appspot.com'," % proj, "  });", "}", "", "export const firestore = admin.firestore();",
             "export const messaging = admin.messaging();"]
    return r.choice(["src/firebase.ts", "src/lib/firebase-admin.ts"]), "\n".join(lines) + "\n", "ts"


CONTEXTS = {
    "env": ctx_env, "config_ts": ctx_config_ts, "node_config": ctx_node_config, "ecosystem": ctx_ecosystem,
    "serverless": ctx_serverless, "compose": ctx_compose, "dockerfile": ctx_dockerfile, "package_json": ctx_package_json,
    "nodemon": ctx_nodemon, "vercel": ctx_vercel, "jest_setup": ctx_jest_setup, "readme": ctx_readme, "code": ctx_code,
    "fixture": ctx_fixture, "prisma": ctx_prisma, "knexfile": ctx_knexfile, "ormconfig": ctx_ormconfig,
    "sequelize": ctx_sequelize, "seed": ctx_seed, "seed_user": ctx_seed_user, "app_module": ctx_app_module,
    "passport": ctx_passport, "nextauth": ctx_nextauth, "npmrc": ctx_npmrc, "pem_file": ctx_pem_file,
    "pem_env": ctx_pem_env, "pem_code": ctx_pem_code, "sa_json": ctx_sa_json, "firebase_code": ctx_firebase_code,
}


# --------------------------------------------------------------------------
# negatives: values that sit in the same slots but are not secrets
# --------------------------------------------------------------------------

STRIPE_DOC_SK = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"      # published in Stripe's API docs
STRIPE_DOC_PK = "pk_test_TYooMQauvdEDq54NiTphI7jx"      # published in Stripe's API docs
AWS_DOC_AKID = "AKIAIOSFODNN7EXAMPLE"                   # AWS documentation example
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
JWT_IO_SAMPLE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
                 "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
PRISMA_DOC_URL = "postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"


def mask(r, v):
    m = re.match(r"^((?:[A-Za-z0-9]{1,7}[_-]){1,3})", v)
    pre = m.group(1) if m and len(m.group(1)) <= 14 else ""
    tail = v[-4:]
    st = r.randint(0, 5)
    if st == 0:
        return pre + "*" * r.choice([4, 8, 12, 20]) + tail
    if st == 1:
        return pre + "\u2026" + v[-3:]
    if st == 2:
        return pre + "\u2022" * 8 + tail
    if st == 3:
        return (pre or v[:2]) + "****"
    if st == 4:
        return pre + "XXXX...XXXX" + tail
    return "[REDACTED]" if not pre else pre + "[REDACTED]"


def kebab(n):
    return n.lower().replace("_", "-")


def placeholder(r, kind, name):
    p, k = kind["provider"], kind["kind"]
    gen = ["<your-%s>" % kebab(name), "YOUR_%s" % name, "changeme", "replace-me", "TODO", "your-%s-here" % kebab(name),
           "<%s>" % name, "REPLACE_WITH_REAL_VALUE", "set-me-in-vault", "CHANGE_ME", "<redacted>", "xxx", "...", "dev-only-not-a-secret"]
    spec = {
        ("stripe", "secret_key"): ["sk_live_...", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_YOUR_KEY", "sk_test_..."],
        ("stripe", "restricted_key"): ["rk_live_...", "rk_live_xxxxxxxxxxxxxxxx"],
        ("stripe", "secret_key_test"): ["sk_test_...", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", STRIPE_DOC_SK],
        ("stripe", "webhook_secret"): ["whsec_...", "whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "whsec_<from stripe listen>"],
        ("openai", "api_key"): ["sk-...", "sk-proj-...", "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX", "sk-your-key-here"],
        ("anthropic", "api_key"): ["sk-ant-...", "sk-ant-api03-...", "sk-ant-xxxxxxxx"],
        ("sendgrid", "api_key"): ["SG.xxxxxxxx.yyyyyyyy", "SG.your-sendgrid-key", "SG...."],
        ("slack", "bot_token"): ["xoxb-your-bot-token", "xoxb-...", "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"],
        ("slack", "webhook_url"): ["https://hooks.slack.com/services/XXX/YYY/ZZZ", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
        ("slack", "app_token"): ["xapp-...", "xapp-1-XXXX"],
        ("github", "personal_access_token"): ["ghp_...", "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<github-token>"],
        ("github", "fine_grained_pat"): ["github_pat_...", "github_pat_XXXXXXXX"],
        ("npm", "access_token"): ["npm_...", "npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${NPM_TOKEN}"],
        ("shopify", "admin_api_token"): ["shpat_...", "shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        ("sentry", "org_auth_token"): ["sntrys_...", "sntrys_YOUR_TOKEN_HERE"],
        ("clerk", "secret_key"): ["sk_live_...", "sk_test_••••••••••"],
        ("resend", "api_key"): ["re_123456789", "re_..."],
        ("postmark", "server_token"): ["POSTMARK_API_TEST", "00000000-0000-0000-0000-000000000000"],
        ("aws", "secret_access_key"): [AWS_DOC_SECRET, "<aws-secret-access-key>"],
        ("postgres", "connection_uri"): [PRISMA_DOC_URL, "postgresql://USER:PASSWORD@HOST:5432/DATABASE",
                                          "postgres://postgres:postgres@localhost:5432/%s_dev" % r.choice(DBNAMES),
                                          "postgresql://postgres:postgres@db:5432/app?schema=public",
                                          "postgresql://user:password@localhost:5432/mydb"],
        ("mysql", "connection_uri"): ["mysql://root:root@localhost:3306/%s_dev" % r.choice(DBNAMES), "mysql://USER:PASSWORD@HOST:3306/DATABASE",
                                       "mysql://johndoe:randompassword@localhost:3306/mydb"],
        ("mongodb", "connection_uri"): ["mongodb://localhost:27017/%s" % r.choice(DBNAMES), "mongodb://127.0.0.1:27017/test",
                                         "mongodb+srv://<username>:<password>@cluster0.mongodb.net/?retryWrites=true&w=majority",
                                         "mongodb://mongo:27017/app_dev"],
        ("redis", "connection_uri"): ["redis://localhost:6379", "redis://redis:6379/0", "redis://127.0.0.1:6379/1"],
        ("rabbitmq", "connection_uri"): ["amqp://guest:guest@localhost:5672", "amqp://localhost"],
        ("postgres", "password"): ["", "<db-password>", "CHANGE_ME", "${DB_PASSWORD}"],
        ("mysql", "password"): ["", "<mysql-password>", "CHANGE_ME"],
        ("redis", "password"): ["", "<redis-password>"],
        ("express-session", "session_secret"): ["keyboard cat", "dev-session-secret-change-me"],
        ("jsonwebtoken", "signing_secret"): ["dev-jwt-secret", "super-secret-change-me", "your-256-bit-secret"],
        ("nextauth", "secret"): ["generate-with-openssl-rand-base64-32", "<run: npx auth secret>"],
        ("cloudinary", "api_secret_url"): ["cloudinary://API_KEY:API_SECRET@CLOUD_NAME", "cloudinary://<api_key>:<api_secret>@<cloud_name>"],
    }
    opts = spec.get((p, k), []) + r.sample(gen, 3)
    return r.choice(opts)


def lookalike(r, kind):
    """(name, key, value, label): a non-secret value that lives next to / instead of the credential."""
    p, k = kind["provider"], kind["kind"]
    proj = "%s-%s" % (r.choice(["parcelly", "tiketo", "finlo"]), r.choice(["prod", "app", "%d" % r.randint(1000, 9999)]))
    L = []
    if p == "stripe":
        L += [("STRIPE_PUBLISHABLE_KEY", "publishableKey", "pk_live_" + r.choice(["51" + rb62(r, 97), rb62(r, 24)]), "publishable_key"),
              ("NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "publishableKey", "pk_test_51" + rb62(r, 97), "publishable_key"),
              ("STRIPE_PRICE_ID", "priceId", "price_1" + rb62(r, 23), "object_id"),
              ("STRIPE_ACCOUNT_ID", "accountId", "acct_1" + rb62(r, 15), "object_id"),
              ("STRIPE_WEBHOOK_ENDPOINT_ID", "webhookEndpointId", "we_1" + rb62(r, 23), "object_id")]
        if k == "secret_key_test":
            L.append(("STRIPE_SECRET_KEY", "secretKey", STRIPE_DOC_SK, "documented_test_key"))
    if p == "supabase":
        anon, ref = supabase_jwt(r, "anon")
        L += [("SUPABASE_ANON_KEY", "anonKey", anon, "publishable_key"), ("NEXT_PUBLIC_SUPABASE_ANON_KEY", "anonKey", anon, "publishable_key"),
              ("SUPABASE_PUBLISHABLE_KEY", "publishableKey", "sb_publishable_" + rstr(r, B64URL, 22) + "_" + rb62(r, 8), "publishable_key"),
              ("SUPABASE_URL", "url", "https://%s.supabase.co" % ref, "url")]
    if p == "clerk":
        host = "%s.clerk.accounts.dev" % r.choice(WORDS) if r.random() < 0.5 else "clerk.%s" % r.choice(["parcelly.io", "tiketo.app"])
        pk = ("pk_test_" if "accounts.dev" in host else "pk_live_") + base64.b64encode((host + "$").encode()).decode().rstrip("=")
        L += [("CLERK_PUBLISHABLE_KEY", "publishableKey", pk, "publishable_key"), ("NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", "publishableKey", pk, "publishable_key")]
    if p == "firebase":
        L += [("FIREBASE_API_KEY", "apiKey", "AIza" + rstr(r, B64URL, 35), "public_web_api_key"),
              ("FIREBASE_APP_ID", "appId", "1:%d:web:%s" % (r.randint(10 ** 11, 10 ** 12 - 1), rhex(r, 22)), "client_id")]
    if p == "algolia":
        L += [("ALGOLIA_SEARCH_KEY", "searchKey", rhex(r, 32), "search_only_key"), ("ALGOLIA_APP_ID", "appId", rstr(r, UPPER + DIGITS, 10), "client_id")]
    if p == "sentry":
        L += [("SENTRY_DSN", "dsn", "https://%s@o%d.ingest.%ssentry.io/%d" % (rhex(r, 32), r.randint(100000, 4500000), r.choice(["", "us.", "de."]), r.randint(1000000, 4500000000)), "public_dsn")]
    if p in ("google", "github", "facebook", "auth0", "okta"):
        L += [("%s_CLIENT_ID" % p.upper(), "clientID", oauth_client_id(r, p), "client_id")]
        if p == "auth0":
            L += [("AUTH0_DOMAIN", "domain", "%s.eu.auth0.com" % r.choice(["parcelly", "tiketo"]), "url")]
    if p == "github":
        L += [("GITHUB_SHA", "commitSha", rhex(r, 40), "digest"), ("GITHUB_APP_ID", "appId", str(r.randint(100000, 999999)), "client_id")]
    if p == "twilio":
        L += [("TWILIO_ACCOUNT_SID", "accountSid", "AC" + rhex(r, 32), "account_id"),
              ("TWILIO_VERIFY_SERVICE_SID", "verifyServiceSid", "VA" + rhex(r, 32), "object_id")]
    if p == "slack":
        L += [("SLACK_CHANNEL_ID", "channelId", "C0" + rstr(r, UPPER + DIGITS, 9), "object_id"),
              ("SLACK_CLIENT_ID", "clientId", "%d.%d" % (r.randint(10 ** 11, 10 ** 12), r.randint(10 ** 12, 10 ** 13)), "client_id")]
    if p == "aws":
        L += [("AWS_ROLE_ARN", "roleArn", "arn:aws:iam::%d:role/%s-task-role" % (r.randint(10 ** 11, 10 ** 12 - 1), app_name(r)), "arn"),
              ("KMS_KEY_ID", "kmsKeyId", "arn:aws:kms:%s:%d:key/%s" % (r.choice(AWS_REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), ruuid(r)), "arn"),
              ("AWS_SECRET_ACCESS_KEY", "secretAccessKey", AWS_DOC_SECRET, "documented_example")]
    if p == "openai":
        L += [("OPENAI_ORG_ID", "organization", "org-" + rb62(r, 24), "account_id"), ("OPENAI_PROJECT_ID", "project", "proj_" + rb62(r, 24), "object_id"),
              ("OPENAI_ASSISTANT_ID", "assistantId", "asst_" + rb62(r, 24), "object_id")]
    if p == "anthropic":
        L += [("ANTHROPIC_MODEL", "model", r.choice(["claude-3-5-sonnet-20241022", "claude-3-haiku-20240307"]), "config_value")]
    if p == "sendgrid":
        L += [("SENDGRID_TEMPLATE_ID", "templateId", "d-" + rhex(r, 32), "object_id")]
    if p == "mailgun":
        L += [("MAILGUN_PUBLIC_KEY", "publicKey", "pubkey-" + rhex(r, 32), "publishable_key"), ("MAILGUN_DOMAIN", "domain", "mg.%s" % r.choice(["tiketo.app", "parcelly.io"]), "config_value")]
    if p == "postmark":
        L += [("POSTMARK_SERVER_TOKEN", "serverToken", "POSTMARK_API_TEST", "documented_test_key"), ("POSTMARK_MESSAGE_STREAM", "messageStream", "outbound", "config_value")]
    if p == "shopify":
        L += [("SHOPIFY_API_KEY", "apiKey", rhex(r, 32), "client_id"), ("SHOPIFY_STORE_DOMAIN", "storeDomain", "%s.myshopify.com" % r.choice(["acme-outdoor", "nordic-socks"]), "config_value")]
    if p == "datadog":
        L += [("DD_CLIENT_TOKEN", "clientToken", "pub" + rhex(r, 32), "publishable_key"), ("DD_APPLICATION_ID", "applicationId", ruuid(r), "uuid")]
    if p == "cloudinary":
        L += [("CLOUDINARY_CLOUD_NAME", "cloudName", r.choice(WORDS) + "-media", "config_value")]
    if p in ("jsonwebtoken", "nextauth", "express-session", "cookie-parser", "adonis"):
        L += [("JWT_PUBLIC_KEY_URL", "jwksUri", "https://%s.eu.auth0.com/.well-known/jwks.json" % r.choice(["parcelly", "tiketo"]), "jwks_url"),
              ("JWT_ISSUER", "issuer", "https://auth.%s" % r.choice(["parcelly.io", "tiketo.app"]), "config_value"),
              ("JWT_KID", "keyId", rb62(r, 22), "key_id")]
        if p == "jsonwebtoken":
            L.append(("JWT_EXAMPLE_TOKEN", "exampleToken", JWT_IO_SAMPLE, "documented_example"))
    if p in ("postgres", "mysql", "mongodb", "redis", "rabbitmq"):
        L += [("DB_NAME", "database", r.choice(DBNAMES), "config_value"), ("DB_HOST", "host", pg_host(r), "config_value")]
        if k == "connection_uri" and p == "postgres":
            L.append(("DATABASE_URL", "url", "postgresql://%s@%s:5432/%s?sslmode=verify-full" % (r.choice(DBUSERS), pg_host(r), r.choice(DBNAMES)), "uri_without_password"))
            L.append(("DATABASE_URL", "url", "postgresql://%s:${DB_PASSWORD}@%s:5432/%s" % (r.choice(DBUSERS), pg_host(r), r.choice(DBNAMES)), "uri_interpolated"))
        if k == "connection_uri" and p == "mongodb":
            L.append(("MONGODB_URI", "uri", "mongodb+srv://%s/%s?authMechanism=MONGODB-AWS&authSource=%%24external" % (mongo_host(r), r.choice(DBNAMES)), "uri_without_password"))
    if p == "npm":
        L += [("NPM_CONFIG_REGISTRY", "registry", "https://registry.npmjs.org/", "config_value")]
    if p == "generic":
        L += [("REQUEST_ID_NAMESPACE", "namespace", ruuid(r), "uuid"), ("DEFAULT_TENANT_ID", "tenantId", objectid(r), "object_id"),
              ("MAPBOX_PUBLIC_TOKEN", "mapboxToken", "pk.eyJ1Ijoi" + b64u(('%s","a":"%s"}' % (r.choice(FIRST_NAMES), rstr(r, LOWER + DIGITS, 25))).encode()) + "." + rstr(r, B64URL, 22), "publishable_key")]
    if not L:
        L += [("REQUEST_ID_NAMESPACE", "namespace", ruuid(r), "uuid")]
    return r.choice(L)


RANDOM_GEN_CODE = [
    "crypto.randomBytes(32).toString('hex')",
    "crypto.randomBytes(48).toString('base64url')",
    "randomUUID()",
    "process.env.%s ?? crypto.randomBytes(32).toString('hex')",
    "nanoid(48)",
]


NAME_FIXED_CTX = {"code", "passport", "nextauth", "app_module", "knexfile", "ormconfig", "sequelize", "seed", "prisma",
                  "seed_user", "npmrc", "fixture"}
SAME_SLOT_LABELS = {"documented_test_key", "documented_example", "uri_without_password", "uri_interpolated"}


def neg_slot(r, kind, ctxname):
    """Build a Slot holding an innocent value for kind in ctxname; returns (slot, neg_kind_label)."""
    generic = r.random() < 0.25
    name = r.choice(kind["genv"] if generic else kind["envs"])
    key = r.choice(kind["gkeys"] if generic else kind["keys"])
    x = r.random()
    if x < 0.32:
        val, label = Val("ref", name), "env_reference"
    elif x < 0.52:
        val, label = Val("lit", placeholder(r, kind, name)), "placeholder"
    elif x < 0.64 and kind["gen"] is not None:
        v, nd = kind["gen"](r)
        if nd != v:
            mv = v.replace(nd, r.choice(["****", "********", "<password>", "${DB_PASSWORD}", "%2A%2A%2A%2A"]))
        else:
            mv = mask(r, v)
        val, label = Val("lit", mv), "masked"
    elif x < 0.72 and kind["provider"] in ("jsonwebtoken", "nextauth", "express-session", "cookie-parser", "generic", "adonis") and ctxname in ("code", "config_ts", "jest_setup"):
        c = r.choice(RANDOM_GEN_CODE)
        if "%s" in c:
            c = c % name
        val, label = Val("code", {"js": c, "ref": name}), "runtime_generated"
    else:
        n2, k2, v2, label = lookalike(r, kind)
        if ctxname in NAME_FIXED_CTX and label not in SAME_SLOT_LABELS:
            if r.random() < 0.5:
                val, label = Val("ref", name), "env_reference"
            else:
                val, label = Val("lit", placeholder(r, kind, name)), "placeholder"
        else:
            val = Val("lit", v2)
            name, key = n2, k2
    if label == "masked" and ctxname in NAME_FIXED_CTX and r.random() < 0.6:
        val, label = Val("lit", placeholder(r, kind, name)), "placeholder"
    return Slot(r, kind, val, name, key, kind["block"], generic), label


# ---- negative-only files ---------------------------------------------------

def sri(r):
    return "sha512-" + base64.b64encode(rbytes(r, 64)).decode()


NPM_PKGS = ["express", "@nestjs/core", "fastify", "koa", "@hapi/hapi", "prisma", "typeorm", "sequelize", "knex", "mongoose",
            "bullmq", "ioredis", "passport", "next-auth", "jsonwebtoken", "bcrypt", "zod", "pino", "dotenv", "helmet"]


def neg_package_lock(r):
    app = app_name(r)
    pk = r.sample(NPM_PKGS, r.randint(3, 6))
    obj = {"name": app, "version": "1.%d.0" % r.randint(0, 9), "lockfileVersion": 3, "requires": True,
           "packages": {"": {"name": app, "version": "1.0.0", "dependencies": {p: "^%d.%d.%d" % (r.randint(1, 10), r.randint(0, 20), r.randint(0, 9)) for p in pk}}}}
    for p in pk:
        obj["packages"]["node_modules/" + p] = {"version": "%d.%d.%d" % (r.randint(1, 10), r.randint(0, 20), r.randint(0, 9)),
                                                  "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (p, p.split("/")[-1]),
                                                  "integrity": sri(r), "license": "MIT"}
    return "package-lock.json", json.dumps(obj, indent=2) + "\n", "lockfile", "npm", "integrity_digest"


def neg_yarn_lock(r):
    pk = r.sample(NPM_PKGS, r.randint(4, 8))
    if r.random() < 0.5:
        lines = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
        for p in pk:
            v = "%d.%d.%d" % (r.randint(1, 10), r.randint(0, 20), r.randint(0, 9))
            lines += ['"%s@^%s":' % (p, v), '  version "%s"' % v,
                      '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (p, p.split("/")[-1], v, rhex(r, 40)),
                      "  integrity %s" % sri(r), ""]
    else:
        lines = ["# This file is generated by running \"yarn install\" inside your project.", "", "__metadata:", "  version: 8",
                 "  cacheKey: 10c0", ""]
        for p in pk:
            v = "%d.%d.%d" % (r.randint(1, 10), r.randint(0, 20), r.randint(0, 9))
            lines += ['"%s@npm:^%s":' % (p, v), "  version: %s" % v, '  resolution: "%s@npm:%s"' % (p, v),
                      "  checksum: 10c0/%s" % rhex(r, 128), "  languageName: node", "  linkType: hard", ""]
    return "yarn.lock", "\n".join(lines), "lockfile", "yarn", "integrity_digest"


def neg_tsconfig(r):
    obj = {"compilerOptions": {"module": "commonjs", "declaration": True, "removeComments": True, "emitDecoratorMetadata": True,
                               "experimentalDecorators": True, "target": "ES2021", "sourceMap": True, "outDir": "./dist",
                               "baseUrl": "./", "incremental": True, "tsBuildInfoFile": ".cache/tsbuildinfo-%s" % rhex(r, 8),
                               "skipLibCheck": True, "strictNullChecks": True,
                               "paths": {"@config/*": ["src/config/*"], "@secrets/*": ["src/secrets/*"], "@auth/*": ["src/auth/*"]}},
           "exclude": ["node_modules", "dist", "test/fixtures"]}
    return "tsconfig.json", json.dumps(obj, indent=2) + "\n", "tsconfig", "typescript", "config_no_secret"


def neg_nest_cli(r):
    obj = {"$schema": "https://json.schemastore.org/nest-cli", "collection": "@nestjs/schematics", "sourceRoot": "src",
           "compilerOptions": {"deleteOutDir": True, "webpack": r.random() < 0.3,
                               "plugins": [{"name": "@nestjs/swagger", "options": {"introspectComments": True, "classValidatorShim": True}}],
                               "assets": [{"include": "i18n/**/*", "watchAssets": True}, "mail/templates/**/*.hbs"]},
           "generateOptions": {"spec": True}, "monorepo": False}
    return "nest-cli.json", json.dumps(obj, indent=2) + "\n", "nest-cli-json", "nestjs", "config_no_secret"


def neg_dotenv_vault(r):
    lines = ["#/-------------------.env.vault---------------------/", "#/         cloud-agnostic vaulting standard         /",
             "#/   [how it works](https://dotenv.org/env-vault)   /", "#/--------------------------------------------------/", ""]
    for env in ["CI", "DEVELOPMENT", "PRODUCTION", "STAGING"]:
        lines += ["# %s" % env.lower(), 'DOTENV_VAULT_%s="%s"' % (env, base64.b64encode(rbytes(r, r.randint(180, 420))).decode()), ""]
    return ".env.vault", "\n".join(lines), "dotenv", "dotenv-vault", "ciphertext"


def sops_enc(r, plain_len, typ="str"):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]" % (base64.b64encode(rbytes(r, plain_len)).decode(),
                                                             base64.b64encode(rbytes(r, 32)).decode(),
                                                             base64.b64encode(rbytes(r, 16)).decode(), typ)


def neg_sops(r):
    names = r.sample(["DATABASE_URL", "STRIPE_SECRET_KEY", "JWT_SECRET", "SENDGRID_API_KEY", "REDIS_PASSWORD", "OPENAI_API_KEY",
                      "SESSION_SECRET", "TWILIO_AUTH_TOKEN"], r.randint(3, 6))
    if r.random() < 0.5:
        lines = ["%s=%s" % (n, sops_enc(r, r.randint(24, 90))) for n in names]
        lines += ["sops_kms__list_0__map_arn=arn:aws:kms:%s:%d:alias/sops-%s" % (r.choice(AWS_REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), r.choice(["prod", "staging"])),
                  "sops_kms__list_0__map_created_at=2024-%02d-%02dT10:%02d:11Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
                  "sops_kms__list_0__map_enc=AQICAHh" + base64.b64encode(rbytes(r, 150)).decode(),
                  "sops_lastmodified=2024-%02d-%02dT10:%02d:13Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
                  "sops_mac=" + sops_enc(r, 32), "sops_version=3.8.1"]
        return r.choice([".env.production.enc", "secrets/prod.enc.env"]), "\n".join(lines) + "\n", "dotenv", "sops", "ciphertext"
    lines = ["%s: %s" % (n.lower(), sops_enc(r, r.randint(24, 90))) for n in names]
    lines += ["sops:", "    kms:", "        - arn: arn:aws:kms:%s:%d:key/%s" % (r.choice(AWS_REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), ruuid(r)),
              "          created_at: \"2024-%02d-%02dT09:12:44Z\"" % (r.randint(1, 12), r.randint(1, 28)),
              "          enc: AQICAHh" + base64.b64encode(rbytes(r, 150)).decode(), "          aws_profile: \"\"",
              "    lastmodified: \"2024-%02d-%02dT09:12:45Z\"" % (r.randint(1, 12), r.randint(1, 28)), "    mac: " + sops_enc(r, 32),
              "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return r.choice(["config/secrets.enc.yaml", "deploy/secrets.prod.yaml"]), "\n".join(lines) + "\n", "yaml", "sops", "ciphertext"


def neg_gha(r):
    app = app_name(r)
    lines = ["name: deploy", "", "on:", "  push:", "    branches: [main]", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
             "    permissions:", "      id-token: write", "      contents: read", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20", "          registry-url: https://registry.npmjs.org",
             "      - run: npm ci", "        env:", "          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}", "      - run: npm test",
             "      - run: npx serverless deploy --stage prod", "        env:",
             "          STRIPE_SECRET_KEY: ${{ secrets.STRIPE_SECRET_KEY }}", "          DATABASE_URL: ${{ secrets.DATABASE_URL }}",
             "          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}", "          AWS_REGION: %s" % r.choice(AWS_REGIONS),
             "      - name: notify", "        uses: slackapi/slack-github-action@v1", "        with:",
             "          payload: '{\"text\":\"%s deployed ${{ github.sha }}\"}'" % app, "        env:",
             "          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}"]
    return ".github/workflows/deploy.yml", "\n".join(lines) + "\n", "gha-workflow", "github-actions", "env_reference"


def neg_envalid(r):
    lines = ["import { cleanEnv, str, port, url, bool } from 'envalid';", "", "export const env = cleanEnv(process.env, {",
             "  NODE_ENV: str({ choices: ['development', 'test', 'production', 'staging'] }),", "  PORT: port({ default: 3000 }),",
             "  DATABASE_URL: url({ devDefault: 'postgres://postgres:postgres@localhost:5432/%s_dev' })," % r.choice(DBNAMES),
             "  JWT_SECRET: str({ devDefault: '%s' })," % r.choice(["dev-only-insecure", "dev-secret", "not-a-real-secret"]),
             "  STRIPE_SECRET_KEY: str({ desc: 'Stripe secret key (sk_live_... in prod)', example: 'sk_test_...' }),",
             "  SENDGRID_API_KEY: str({ default: '' }),", "  REDIS_URL: url({ devDefault: 'redis://localhost:6379' }),",
             "  ENABLE_SWAGGER: bool({ default: false }),", "});"]
    return r.choice(["src/env.ts", "src/config/env.ts"]), "\n".join(lines) + "\n", "ts", "envalid", "schema_devdefault"


def neg_adonis_env(r):
    lines = ["/*", "|--------------------------------------------------------------------------", "| Validating Environment Variables",
             "|--------------------------------------------------------------------------", "*/", "",
             "import Env from '@ioc:Adonis/Core/Env'", "", "export default Env.rules({", "  HOST: Env.schema.string({ format: 'host' }),",
             "  PORT: Env.schema.number(),", "  APP_KEY: Env.schema.string(),", "  APP_NAME: Env.schema.string(),",
             "  DRIVE_DISK: Env.schema.enum(['local'] as const),", "  NODE_ENV: Env.schema.enum(['development', 'production', 'test'] as const),",
             "  PG_HOST: Env.schema.string({ format: 'host' }),", "  PG_PASSWORD: Env.schema.string.optional(),",
             "  SMTP_PASSWORD: Env.schema.string(),", "})"]
    return "env.ts", "\n".join(lines) + "\n", "ts", "adonis", "schema_devdefault"


def neg_jwks(r, pub_pem):
    lines = ["import { Injectable } from '@nestjs/common';", "import { PassportStrategy } from '@nestjs/passport';",
             "import { ExtractJwt, Strategy } from 'passport-jwt';", "import { passportJwtSecret } from 'jwks-rsa';", "",
             "// Public key of the legacy issuer, kept for tokens minted before the JWKS migration.",
             "const LEGACY_PUBLIC_KEY = `" + pub_pem[0]] + pub_pem[1:] + ["`;", "", "@Injectable()",
             "export class JwtStrategy extends PassportStrategy(Strategy) {", "  constructor() {", "    super({",
             "      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),", "      secretOrKeyProvider: passportJwtSecret({",
             "        cache: true,", "        rateLimit: true,",
             "        jwksUri: 'https://%s.eu.auth0.com/.well-known/jwks.json'," % r.choice(["parcelly", "tiketo"]), "      }),",
             "      algorithms: ['RS256'],", "    });", "  }", "", "  validate(payload: { sub: string }) {",
             "    return { userId: payload.sub, legacyKey: LEGACY_PUBLIC_KEY.length > 0 };", "  }", "}"]
    return "src/auth/jwt.strategy.ts", "\n".join(lines) + "\n", "ts", "jwt", "public_key"


def neg_firebase_web(r):
    proj = "%s-%s" % (r.choice(["parcelly", "tiketo", "finlo"]), r.choice(["prod", "web", "%d" % r.randint(1000, 9999)]))
    lines = ["import { initializeApp } from 'firebase/app';", "import { getAuth } from 'firebase/auth';", "",
             "// Web config is public by design; access is enforced by security rules.", "const firebaseConfig = {",
             "  apiKey: 'AIza%s'," % rstr(r, B64URL, 35), "  authDomain: '%s.firebaseapp.com'," % proj, "  projectId: '%s'," % proj,
             "  storageBucket: '%s.appspot.com'," % proj, "  messagingSenderId: '%d'," % r.randint(10 ** 11, 10 ** 12 - 1),
             "  appId: '1:%d:web:%s'," % (r.randint(10 ** 11, 10 ** 12 - 1), rhex(r, 22)), "  measurementId: 'G-%s'," % rstr(r, UPPER + DIGITS, 10),
             "};", "", "export const app = initializeApp(firebaseConfig);", "export const auth = getAuth(app);"]
    return r.choice(["src/lib/firebase.ts", "web/src/firebase.ts"]), "\n".join(lines) + "\n", "ts", "firebase", "public_web_config"


def neg_supabase_client(r):
    anon, ref = supabase_jwt(r, "anon")
    lines = ["import { createClient } from '@supabase/supabase-js';", "", "// anon key: safe for the browser, RLS applies",
             "export const supabase = createClient(", "  'https://%s.supabase.co'," % ref, "  '%s'," % anon, ");"]
    lines += ["", "export async function listPublicEvents() {", "  const { data, error } = await supabase.from('events').select('*').eq('public', true);",
              "  if (error) throw error;", "  return data;", "}"]
    return r.choice(["src/lib/supabaseClient.ts", "web/lib/supabase.ts"]), "\n".join(lines) + "\n", "ts", "supabase", "anon_key"


def neg_stripe_client(r):
    pk = "pk_live_51" + rb62(r, 97)
    lines = ["import { loadStripe } from '@stripe/stripe-js';", "", "// Publishable key - meant to be shipped to browsers.",
             "export const stripePromise = loadStripe('%s');" % pk, "",
             "export async function redirectToCheckout(sessionId) {", "  const stripe = await stripePromise;",
             "  await stripe?.redirectToCheckout({ sessionId });", "}"]
    return r.choice(["web/src/lib/stripe.ts", "client/stripe.js"]), "\n".join(lines) + "\n", "ts", "stripe", "publishable_key"


def neg_test_vectors(r):
    c = r.randint(0, 2)
    if c == 0:
        lines = ["import Stripe from 'stripe';", "import { BillingService } from './billing.service';", "",
                 "// Stripe's published documentation key; requests are intercepted by nock.",
                 "const stripe = new Stripe('%s', { apiVersion: '2023-10-16' });" % STRIPE_DOC_SK, "",
                 "describe('BillingService', () => {", "  it('creates a customer', async () => {",
                 "    const svc = new BillingService(stripe);", "    const c = await svc.ensureCustomer('ada@example.com');",
                 "    expect(c.id).toMatch(/^cus_/);", "  });", "});"]
        return "src/billing/billing.service.spec.ts", "\n".join(lines) + "\n", "ts", "stripe", "documented_test_key"
    if c == 1:
        lines = ["import { S3Client } from '@aws-sdk/client-s3';", "import { mockClient } from 'aws-sdk-client-mock';", "",
                 "// AWS documentation example credentials; never valid.", "const s3 = new S3Client({", "  region: 'us-east-1',",
                 "  credentials: { accessKeyId: '%s', secretAccessKey: '%s' }," % (AWS_DOC_AKID, AWS_DOC_SECRET), "});",
                 "const s3Mock = mockClient(s3);", "", "beforeEach(() => s3Mock.reset());", "",
                 "it('uploads avatars', async () => {", "  s3Mock.onAnyCommand().resolves({});", "  expect(s3Mock.calls()).toHaveLength(0);", "});"]
        return "test/storage.spec.ts", "\n".join(lines) + "\n", "ts", "aws", "documented_example"
    lines = ["import { decodeJwt } from 'jose';", "", "// Sample token from jwt.io; signature is not verified here.",
             "const SAMPLE = '%s';" % JWT_IO_SAMPLE, "", "describe('decodeJwt', () => {", "  it('reads the subject', () => {",
             "    expect(decodeJwt(SAMPLE).sub).toBe('1234567890');", "  });", "});"]
    return "test/jwt.spec.ts", "\n".join(lines) + "\n", "ts", "jwt", "documented_example"


def bcrypt_hash(r):
    return "$2b$%d$%s" % (r.choice([10, 12]), rstr(r, "./" + UPPER + LOWER + DIGITS, 53))


def argon2_hash(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64u(rbytes(r, 16)), b64u(rbytes(r, 32)))


def neg_seed_hashes(r):
    lines = ["import { PrismaClient } from '@prisma/client';", "", "const prisma = new PrismaClient();", "",
             "// Password hashes only; plaintext lives in 1Password (Engineering / seed users).", "const users = ["]
    for _ in range(r.randint(2, 4)):
        h = bcrypt_hash(r) if r.random() < 0.7 else argon2_hash(r)
        lines.append("  { id: '%s', email: '%s@%s', passwordHash: '%s' }," % (ruuid(r), r.choice(FIRST_NAMES), r.choice(["parcelly.io", "tiketo.app"]), h))
    lines += ["];", "", "async function main() {", "  for (const u of users) {",
              "    await prisma.user.upsert({ where: { email: u.email }, update: {}, create: u });", "  }", "}", "",
              "main().finally(() => prisma.$disconnect());"]
    return r.choice(["prisma/seed.ts", "src/database/seeds/users.seed.ts"]), "\n".join(lines) + "\n", "seed-ts", "bcrypt", "password_hash"


def neg_gen_secrets(r):
    lines = ["#!/usr/bin/env node", "// Prints fresh values for a new .env; nothing here is stored.", "const crypto = require('node:crypto');", "",
             "const out = {", "  JWT_SECRET: crypto.randomBytes(64).toString('hex'),", "  SESSION_SECRET: crypto.randomBytes(32).toString('base64url'),",
             "  NEXTAUTH_SECRET: crypto.randomBytes(32).toString('base64'),", "  ENCRYPTION_KEY: crypto.randomBytes(32).toString('hex'),",
             "  COOKIE_SECRET: crypto.randomUUID(),", "};", "", "for (const [k, v] of Object.entries(out)) {", "  console.log(`${k}=${v}`);", "}"]
    return r.choice(["scripts/generate-secrets.js", "scripts/gen-env.cjs"]), "\n".join(lines) + "\n", "js", "node-crypto", "runtime_generated"


def neg_masked_log(r):
    sk, _ = g_stripe_sk(r)
    gh, _ = g_ghp(r)
    lines = ["# Troubleshooting", "", "If the worker cannot reach Stripe you will see something like:", "", "```",
             "[%s] INFO  bootstrap: config loaded (env=production)" % ("2024-%02d-%02dT08:%02d:11.204Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59))),
             "[...] INFO  stripe: using key %s" % mask(r, sk), "[...] INFO  github: token %s (scopes: repo, workflow)" % mask(r, gh),
             "[...] INFO  db: connecting to postgresql://orders_svc:****@%s:5432/orders" % pg_host(r),
             "[...] ERROR stripe: StripeAuthenticationError: Invalid API Key provided: sk_live_********************%s" % rb62(r, 4), "```", "",
             "Rotate the key in the dashboard and update `STRIPE_SECRET_KEY` in AWS Secrets Manager (`%s/prod/stripe`)." % app_name(r)]
    return r.choice(["docs/troubleshooting.md", "docs/runbooks/stripe.md"]), "\n".join(lines) + "\n", "readme", "stripe", "masked"


def neg_kms(r):
    blob = "AQICAHh" + base64.b64encode(rbytes(r, r.randint(180, 260))).decode()
    lines = ["import { KMSClient, DecryptCommand } from '@aws-sdk/client-kms';", "", "const kms = new KMSClient({ region: '%s' });" % r.choice(AWS_REGIONS), "",
             "// Ciphertext produced by `aws kms encrypt`; only the task role can decrypt it.",
             "const ENCRYPTED_DB_PASSWORD =", "  '%s';" % blob, "", "export async function dbPassword() {",
             "  const out = await kms.send(new DecryptCommand({ CiphertextBlob: Buffer.from(ENCRYPTED_DB_PASSWORD, 'base64') }));",
             "  return Buffer.from(out.Plaintext).toString('utf8');", "}"]
    return "src/config/secrets.ts", "\n".join(lines) + "\n", "ts", "aws-kms", "ciphertext"


def neg_compose_local(r):
    db = r.choice(DBNAMES)
    lines = ["# Local development only", "services:", "  db:", "    image: postgres:16-alpine", "    environment:",
             "      POSTGRES_USER: postgres", "      POSTGRES_PASSWORD: postgres", "      POSTGRES_DB: %s_dev" % db, "    ports:",
             "      - \"5432:5432\"", "  redis:", "    image: redis:7-alpine", "  api:", "    build: .", "    environment:",
             "      DATABASE_URL: postgres://postgres:postgres@db:5432/%s_dev" % db, "      REDIS_URL: redis://redis:6379",
             "      JWT_SECRET: ${JWT_SECRET:-local-dev-secret}", "    depends_on: [db, redis]"]
    return r.choice(["docker-compose.yml", "docker-compose.dev.yml"]), "\n".join(lines) + "\n", "docker-compose", "postgres", "local_default_credentials"


def neg_sealed(r):
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-env" % app_name(r), "  namespace: production",
             "spec:", "  encryptedData:"]
    for n in r.sample(["DATABASE_URL", "STRIPE_SECRET_KEY", "JWT_SECRET", "REDIS_PASSWORD"], 3):
        lines.append("    %s: AgB%s" % (n, base64.b64encode(rbytes(r, r.randint(300, 420))).decode()))
    lines += ["  template:", "    metadata:", "      name: %s-env" % app_name(r), "    type: Opaque"]
    return "k8s/sealed-secret.yaml", "\n".join(lines) + "\n", "yaml", "sealed-secrets", "ciphertext"


def neg_fixture_ids(r):
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append({"_id": {"$oid": objectid(r)}, "externalId": ruuid(r), "email": "%s@example.com" % r.choice(FIRST_NAMES),
                     "stripeCustomerId": "cus_" + rb62(r, 14), "apiKeyHash": hashlib.sha256(rbytes(r, 16)).hexdigest(),
                     "createdAt": {"$date": "2024-%02d-%02dT00:00:00Z" % (r.randint(1, 12), r.randint(1, 28))}})
    return "test/fixtures/users.json", json.dumps(rows, indent=2) + "\n", "fixture-json", "mongodb", "ids_and_digests"


def neg_sentry_cfg(r):
    dsn = "https://%s@o%d.ingest.sentry.io/%d" % (rhex(r, 32), r.randint(100000, 4500000), r.randint(1000000, 4500000000))
    lines = ["import * as Sentry from '@sentry/node';", "import { nodeProfilingIntegration } from '@sentry/profiling-node';", "",
             "Sentry.init({", "  dsn: '%s'," % dsn, "  environment: process.env.NODE_ENV,", "  integrations: [nodeProfilingIntegration()],",
             "  tracesSampleRate: 0.2,", "  profilesSampleRate: 0.1,", "});"]
    return "src/instrument.ts", "\n".join(lines) + "\n", "ts", "sentry", "public_dsn"


NEG_ONLY = [neg_package_lock, neg_yarn_lock, neg_tsconfig, neg_nest_cli, neg_dotenv_vault, neg_sops, neg_gha, neg_envalid,
            neg_adonis_env, "jwks", neg_firebase_web, neg_supabase_client, neg_stripe_client, neg_test_vectors, neg_seed_hashes,
            neg_gen_secrets, neg_masked_log, neg_kms, neg_compose_local, neg_sealed, neg_fixture_ids, neg_sentry_cfg]


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------

def wchoice(r, items, weights):
    x = r.random() * sum(weights)
    for it, w in zip(items, weights):
        x -= w
        if x <= 0:
            return it
    return items[-1]


def _line_of(text, needle):
    i = text.find(needle)
    return text.count("\n", 0, i) + 1


def _nlines(text):
    return len(text.rstrip("\n").split("\n"))


CTX_WEIGHT = {"code": 2.0, "env": 1.4, "config_ts": 1.2, "ecosystem": 0.55, "node_config": 0.6, "serverless": 0.9, "passport": 1.5, "app_module": 1.6,
              "prisma": 2.0, "knexfile": 2.5, "ormconfig": 2.5, "sequelize": 2.5, "sa_json": 1.5}


def make_positive(r):
    weights = [k["weight"] for k in KINDS]
    for _ in range(200):
        kind = wchoice(r, KINDS, weights)
        ctxname = wchoice(r, kind["ctx"], [CTX_WEIGHT.get(c, 1.0) for c in kind["ctx"]])
        generic = r.random() < 0.34
        name = r.choice(kind["genv"] if generic else kind["envs"])
        key = r.choice(kind["gkeys"] if generic else kind["keys"])
        if kind["gen"] is None:
            secret = rsa_key(r)
            val, needle = Val("lit", ""), None
        else:
            v, needle = kind["gen"](r)
            secret, val = v, Val("lit", v)
        slot = Slot(r, kind, val, name, key, kind["block"], generic, needle, secret)
        res = CONTEXTS[ctxname](r, slot)
        if res is None:
            continue
        path, text, ftype = res
        needle = slot.needle
        if not needle or text.count(needle) != 1 or not (5 <= _nlines(text) <= 80):
            continue
        return dict(path=path, text=text, provider=kind["provider"], kind=kind["kind"], filetype=ftype, needle=needle,
                    line=_line_of(text, needle), ctx=ctxname, generic=generic)
    raise RuntimeError("could not build positive")


NEG_EXCLUDED_CTX = {"pem_file", "pem_env", "pem_code", "sa_json", "firebase_code"}


def make_negative(r, pub_pem_cache):
    for _ in range(200):
        if r.random() < 0.42:
            g = r.choice(NEG_ONLY)
            if g == "jwks":
                if not pub_pem_cache:
                    pub_pem_cache.append(pem_lines(rsa_key(r)["spki"], "PUBLIC KEY"))
                path, text, ftype, prov, kind = neg_jwks(r, pub_pem_cache[0] if r.random() < 0.3 else pem_lines(rsa_key(r)["spki"], "PUBLIC KEY"))
            else:
                path, text, ftype, prov, kind = g(r)
        else:
            cands = [k for k in KINDS if k["gen"] is not None]
            kd = wchoice(r, cands, [k["weight"] for k in cands])
            ctxs = [c for c in kd["ctx"] if c not in NEG_EXCLUDED_CTX]
            if not ctxs:
                continue
            ctxname = wchoice(r, ctxs, [CTX_WEIGHT.get(c, 1.0) for c in ctxs])
            slot, label = neg_slot(r, kd, ctxname)
            res = CONTEXTS[ctxname](r, slot)
            if res is None:
                continue
            path, text, ftype = res
            prov, kind = kd["provider"], label
        if not (5 <= _nlines(text) <= 80):
            continue
        return dict(path=path, text=text, provider=prov, kind=kind, filetype=ftype)
    raise RuntimeError("could not build negative")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        print("usage: python3 gen_bb.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets, pos_rows, neg_rows = [], [], [], []
    seen_needles = set()
    i = 0
    while len(pos_rows) < 500:
        p = make_positive(r)
        if p["needle"] in seen_needles:
            continue
        seen_needles.add(p["needle"])
        i += 1
        rel = "pos/p%04d/%s" % (i, p["path"])
        write(outdir, rel, p["text"])
        p["file"] = rel
        pos_rows.append(p)
        manifest.append({"file": rel, "label": "positive", "provider": p["provider"], "kind": p["kind"], "filetype": p["filetype"]})
        secrets.append({"file": rel, "needle": p["needle"], "line": p["line"]})
    cache = []
    for j in range(1, 501):
        n = make_negative(r, cache)
        rel = "neg/n%04d/%s" % (j, n["path"])
        write(outdir, rel, n["text"])
        n["file"] = rel
        neg_rows.append(n)
        manifest.append({"file": rel, "label": "negative", "provider": n["provider"], "kind": n["kind"], "filetype": n["filetype"]})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    errors = 0
    needles = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line:", s["file"], file=sys.stderr)
            errors += 1
        needles.append(s["needle"])
    for m in manifest:
        if m["label"] != "negative":
            continue
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
            t = f.read()
        for nd in needles:
            if nd in t:
                print("SELF-CHECK FAIL: negative contains a positive needle:", m["file"], file=sys.stderr)
                errors += 1
                break
    from collections import Counter
    for lab in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == lab]
        print("== %s: %d files" % (lab, len(rows)))
        for fld in ("provider", "kind", "filetype"):
            c = Counter(m[fld] if fld != "kind" else "%s/%s" % (m["provider"], m["kind"]) for m in rows)
            print("  %s (%d distinct): %s" % (fld, len(c), ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda kv: -kv[1]))))
    print("self-check: %s" % ("OK" if errors == 0 else "%d errors" % errors))
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
