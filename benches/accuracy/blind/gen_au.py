#!/usr/bin/env python3
"""Blind evaluation-set generator "au" for a git pre-commit secret scanner.

EMPHASIS
    Python backend projects: Django, Flask, FastAPI, Celery, SQLAlchemy/Alembic,
    Pydantic settings, Scrapy, Streamlit, Gradio, boto3 scripts, pytest fixtures.
    Secrets sit in settings.py, settings/production.py, config.py, app.py, main.py,
    tasks.py, celeryconfig.py, conftest.py, test_*.py, .flaskenv, alembic.ini,
    alembic/env.py, scrapy.cfg, pyproject.toml, setup.cfg, tox.ini, noxfile.py,
    .streamlit/secrets.toml, .streamlit/config.toml, supervisord.conf, uwsgi.ini,
    gunicorn.conf.py, docker-compose.yml, Procfile, requirements.txt, README.rst,
    .pypirc, and right beside os.environ lookups and their defaults.

USAGE
    python3 gen_au.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relative path> (500 files, one innocent look-alike each),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"}   (positives only)
    Deterministic per SEED: the only randomness is random.Random(SEED).
    Standard library only (Python 3.11).

NEEDLE CONVENTIONS
    * The needle is the secret substring exactly as written in the file, on one
      line (1-based "line").  Quotes are never part of the needle.
    * URLs with embedded credentials (SQLAlchemy/Celery/Mongo/AMQP/Redis/proxy/
      pip index URLs, legacy Sentry DSNs): the needle is ONLY the password/token
      part (percent-encoded exactly as written when the URL needs it, e.g. an
      AWS secret inside a Celery sqs:// URL).
    * Incoming-webhook URLs (Slack, Discord) are credentials as a whole: the
      needle is the full URL.
    * Pairs (AWS key id + secret, Twilio SID + token, Algolia app id + admin key,
      Sentry public + secret key): the needle is the secret half; the
      identifier half may also be present in the file (it is not a secret by
      itself).
    * Flask `SECRET_KEY = b'...'`: the needle is the escaped byte text between
      the quotes, as written (e.g. `\\xe3\\x1f...`).
    * GCP service-account private keys embedded in a Python dict: the needle is
      `-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----` as written
      (literal backslash-n escapes, one physical line).
    * Human-chosen passwords (DB, SMTP, SSH, HTTP basic auth) look like real
      human passwords; machine secrets are freshly random with the provider's
      prefix, alphabet, length and checksum (GitHub ghp_/gho_/ghu_/ghs_/ghr_ and
      npm_: CRC32 of the 30-char random part, base62, left-padded to 6 chars).

COVERAGE (per seed, approximate)
    Positives: ~55 providers, 78 provider/kind pairs, 33 file types.  About a
    third of positives use names that do not name the provider (API_KEY,
    TOKEN, AUTH, LLM_KEY, BEARER, DB_URL, BROKER, `"apiKey"` inside a
    provider-named dict, positional constructor arguments, Procfile args).
    Negatives: ~70 providers, ~200 provider/kind pairs, 40 file types:
    env references in each file's own syntax (os.environ / os.getenv /
    django-environ / decouple / pydantic Field(alias=...) / st.secrets /
    ${X} / %(ENV_X)s / $(X) / {env:X} / f-string URLs), placeholders,
    redacted values, dev defaults, publishable/public ids, documentation
    test vectors, runtime generators (get_random_secret_key, token_urlsafe),
    secret-manager lookups, mocks (monkeypatch, MagicMock, moto "testing",
    vcrpy filters), hashes (Django password hashes, pip --hash, poetry.lock,
    sha256/HMAC test vectors, commit SHAs, UUIDs, Alembic revision ids,
    Celery task ids) and ciphertext (SOPS, Fernet, KMS, SealedSecret,
    Ansible Vault).  Most negatives reuse the positive templates, file types
    and variable names with only the value replaced.

LABEL DECISIONS
    * `django-insecure-` + 50 random chars (what `startproject` writes) is a
      POSITIVE: it is random, sits in SECRET_KEY and is routinely deployed.
      Obvious hand-written dev keys ("dev", "django-insecure-change-me",
      "insecure-dev-only") are NEGATIVES.
    * Well-known local defaults (amqp://guest:guest@localhost//,
      postgres:postgres@localhost, driver://user:pass@localhost/dbname from the
      Alembic template) are NEGATIVES.
    * Publishable/public values documented as safe to expose (Stripe pk_live_,
      Sentry DSN without secret, Supabase anon key, Mapbox pk., Mailgun pubkey-,
      Algolia search-only key, PostHog phc_, reCAPTCHA site key, OAuth client
      ids) are NEGATIVES even when random.  Documentation example/test vectors
      (AWS AKIAIOSFODNN7EXAMPLE, Stripe's published sk_test_4eC39..., jwt.io
      sample token, Google's published reCAPTCHA test keys) are NEGATIVES.
    * Ciphertext (SOPS ENC[...], Fernet tokens, KMS CiphertextBlob, Ansible
      Vault) and digests/hashes/UUIDs/revision ids are NEGATIVES.

DOUBTS
    * OpenAI sk-proj-/sk-svcacct- keys: length and position of the "T3BlbkFJ"
      marker are from memory of observed keys (~164 chars); not documented.
    * Anthropic keys: "sk-ant-api03-" + 93 url-safe chars + "AA" (108 total) is
      inferred from observed keys, not documented.
    * Stripe modern live keys (sk_live_51..., ~107 chars) vs legacy 24-char
      keys: both generated; exact lengths of the modern form vary.
    * PyPI tokens are built as real macaroon v2 binaries (location pypi.org,
      uuid identifier, legacy {"permissions": "user", "version": 1} caveat,
      32-byte signature) then base64url without padding; newer PyPI caveat
      encodings differ, so the tail may not match tokens minted today.
    * ScrapingBee key: 80 upper-case alphanumerics (from memory, unverified).
      Zyte/ScraperAPI: 32 lower-case hex (from memory).
    * Mailgun: both legacy `key-<32 hex>` and `<32hex>-<8hex>-<8hex>` forms.
    * Discord bot token third segment length (27 vs 38) varies over time.
    * HashiCorp Vault hvs. service tokens: length ~95 and "CAESI" lead-in from
      observed tokens.
    * Notion: legacy `secret_` + 43 alnum used; new `ntn_` layout not verified.
    * Postmark server tokens are UUIDs: positives under POSTMARK_* names only;
      UUID negatives never sit under Postmark names.
    * Supabase service_role JWTs are HS256 JWTs with random signatures (a real
      one is signed with the project's JWT secret; not verifiable here).
    * GCP private key bodies are random base64 after the usual PKCS#8 RSA-2048
      prefix; they are not valid DER.
"""
import base64
import binascii
import json
import os
import random
import string
import sys
import urllib.parse
from collections import Counter

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

BANNED = ("test", "fake", "dummy", "exampl", "sample", "xxxx", "demo", "secret",
          "token", "passw", "abcd", "1234", "qwer", "asdf", "null", "none",
          "todo", "change", "replace", "your", "redact", "mask")


def _ok_random(s):
    low = s.lower()
    for b in BANNED:
        if b in low:
            return False
    run_same = run_up = run_down = 1
    for i in range(1, len(s)):
        a, b = ord(s[i - 1]), ord(s[i])
        run_same = run_same + 1 if a == b else 1
        run_up = run_up + 1 if b == a + 1 else 1
        run_down = run_down + 1 if b == a - 1 else 1
        if run_same >= 4 or run_up >= 4 or run_down >= 4:
            return False
    return True


def rs(r, alphabet, n):
    """Random string without sequences, repeats or give-away words."""
    while True:
        s = "".join(r.choice(alphabet) for _ in range(n))
        if _ok_random(s):
            return s


def b62enc(n, width=6):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def crc_token(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62enc(binascii.crc32(body.encode()) & 0xFFFFFFFF)


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------- humans ----
FIRST = ["Marek", "Oliwia", "Jonas", "Priya", "Tomasz", "Ingrid", "Mateo", "Keiko",
         "Dmitri", "Aurelie", "Sven", "Lucia", "Rafael", "Hanna", "Kofi", "Nadia",
         "Bjorn", "Chiara", "Emeka", "Yusuf", "Greta", "Pablo", "Anouk", "Ravi"]
WORDS = ["winter", "falcon", "harbor", "copper", "maple", "thunder", "saffron",
         "lantern", "glacier", "orchid", "pepper", "cobalt", "meadow", "violet",
         "granite", "walrus", "biscuit", "tundra", "mango", "ember", "juniper",
         "pelican", "quartz", "raven", "sparrow", "tiger", "willow", "zephyr"]
CITIES = ["Gdansk", "Porto", "Lyon", "Osaka", "Bergen", "Quito", "Leeds", "Brno",
          "Tartu", "Cork", "Graz", "Malmo", "Utrecht", "Lagos", "Pune", "Perth"]
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}


def human_password(r, url_safe=False):
    syms = "!.-_*~" if url_safe else "!.-_*@#&+="
    w = r.choice(WORDS)
    y = str(r.randint(1968, 2016))
    n = r.choice(FIRST)
    c = r.choice(CITIES)
    pick = r.randrange(7)
    if pick == 0:
        p = "%s%s%s%s" % (n, r.choice(syms), y, w)
    elif pick == 1:
        lw = "".join(LEET.get(ch, ch) if r.random() < 0.6 else ch for ch in w)
        p = "%s%s%s%d" % (lw.capitalize(), r.choice(syms), r.choice(WORDS), r.randint(2, 99))
    elif pick == 2:
        p = "%s%s%s%s" % (w.capitalize(), r.choice(WORDS).capitalize(), y[2:], r.choice(syms))
    elif pick == 3:
        p = "%s%s%s%s" % (c, r.choice(syms), r.randint(10, 999), n.lower())
    elif pick == 4:
        p = "%s%s%s%s%s" % (r.choice(WORDS), r.choice(syms), r.choice(WORDS).upper(), r.choice(syms), r.randint(1, 99))
    elif pick == 5:
        p = "%s%s%s%s" % (n, y[2:], c.lower(), r.choice(syms))
    else:
        p = "%s%s%s" % (w.capitalize(), r.randint(1, 9), r.choice(syms) + r.choice(FIRST).lower())
    return p


def machine_password(r, url_safe=False):
    k = r.randrange(3)
    if k == 0:
        return rs(r, ALNUM, r.choice([16, 20, 24, 32]))
    if k == 1:
        return rs(r, URLSAFE, r.choice([22, 32, 43]))
    s = rs(r, ALNUM + ("" if url_safe else "!#*+=_-."), r.choice([18, 24, 28]))
    return s


def db_password(r, url_safe=False):
    return human_password(r, url_safe) if r.random() < 0.55 else machine_password(r, url_safe)


def db_user(r):
    return r.choice(["app", "webapp", "django", "api", "orders_svc", "analytics",
                     "backend", "shop", "crm_rw", "etl_user", "reporting", "billing"])


def host_for(r, kind):
    region = r.choice(["eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2", "us-west-2"])
    rid = rs(r, LOWER + DIGITS, 12)
    return {
        "pg": r.choice(["db.%s.%s.rds.amazonaws.com" % (rid, region),
                        "pg-prod-01.internal", "10.0.%d.%d" % (r.randint(1, 20), r.randint(2, 250)),
                        "%s.postgres.database.azure.com" % r.choice(["shopdb", "core-pg", "tenantdb"]),
                        "ep-%s-%s.eu-central-1.aws.neon.tech" % (r.choice(WORDS), rs(r, LOWER + DIGITS, 8))]),
        "mysql": r.choice(["mysql-primary.internal", "%s.cluster-%s.%s.rds.amazonaws.com" % (r.choice(["orders", "legacy"]), rid, region),
                           "aws.connect.psdb.cloud"]),
        "redis": r.choice(["redis-%d.c%d.%s-1.ec2.cloud.redislabs.com" % (r.randint(10000, 19999), r.randint(100, 999), region[:2]),
                           "cache.internal", "master.%s.cache.amazonaws.com" % rid, "10.1.4.%d" % r.randint(2, 250)]),
        "amqp": r.choice(["rabbitmq.internal", "%s.rmq.cloudamqp.com" % r.choice(["puffin", "jackal", "sparrow", "rattlesnake"]),
                          "b-%s.mq.%s.amazonaws.com" % (ruuid(r), region)]),
        "mongo": "cluster0.%s.mongodb.net" % rs(r, LOWER + DIGITS, 5),
        "smtp": r.choice(["smtp.gmail.com", "smtp.office365.com", "smtp.mailgun.org",
                          "email-smtp.%s.amazonaws.com" % region, "smtp.zoho.eu", "mail.%s.io" % r.choice(WORDS)]),
    }[kind]


# ------------------------------------------------------------- credentials --
class Cred:
    """One credential.  `secret` is the needle; `value` is what sits in the slot."""

    def __init__(self, provider, kind, secret, value=None, names=(), gen="api",
                 calls=(), extra=None, py_only=False, url=False):
        self.provider = provider
        self.kind = kind
        self.secret = secret
        self.value = secret if value is None else value
        self.names = list(names)
        self.gen = gen              # family of generic names
        self.calls = list(calls)    # provider specific python snippets
        self.extra = extra or {}
        self.py_only = py_only
        self.url = url


GENERIC = {
    "api": ["API_KEY", "TOKEN", "AUTH", "LLM_KEY", "ACCESS_TOKEN", "AUTH_TOKEN",
            "SERVICE_KEY", "KEY", "BEARER", "PROVIDER_KEY", "UPSTREAM_TOKEN", "CREDENTIAL"],
    "llm": ["LLM_KEY", "LLM_API_KEY", "MODEL_API_KEY", "API_KEY", "AI_KEY", "COMPLETION_KEY"],
    "pw": ["PASSWORD", "DB_PASS", "PASS", "PWD", "ADMIN_PASSWORD", "SERVICE_PASSWORD"],
    "url": ["DATABASE_URL", "DB_URL", "BROKER", "URL", "DSN", "CONN_STR", "BACKEND_URL"],
    "sign": ["SECRET", "SIGNING_KEY", "APP_SECRET", "SESSION_SECRET", "COOKIE_SECRET", "HMAC_KEY"],
    "hook": ["WEBHOOK_URL", "ALERT_WEBHOOK", "NOTIFY_URL", "HOOK_URL", "CHAT_WEBHOOK"],
    "dsn": ["DSN", "ERROR_DSN", "TRACKING_DSN", "ERRORS_URL"],
}


def q(v):
    return "'%s'" % v if '"' in v else '"%s"' % v


def sq(v):
    return "'%s'" % v if "'" not in v else '"%s"' % v


# --- python snippets: (imports, lines) -------------------------------------
def c_assign_attr(mod, attr):
    def f(r, c, var):
        return (["import %s" % mod], ["%s.%s = %s" % (mod, attr, q(c.value))])
    return f


def c_client(imp, ctor, kw):
    def f(r, c, var):
        obj = r.choice(["client", "_client", "api", "%s_client" % c.provider.split("/")[0]])
        if kw:
            return ([imp], ["%s = %s(%s=%s)" % (obj, ctor, kw, q(c.value))])
        return ([imp], ["%s = %s(%s)" % (obj, ctor, q(c.value))])
    return f


def c_header(scheme):
    def f(r, c, var):
        url = r.choice(["https://api.%s.com/v1/" % c.provider.split("/")[0], "https://%s.internal/api/" % c.provider.split("/")[0]])
        hv = ("%s %s" % (scheme, c.value)) if scheme else c.value
        hn = "Authorization" if scheme else r.choice(["X-Api-Key", "X-API-KEY", "apikey"])
        return (["import requests"], [
            "SESSION = requests.Session()",
            "SESSION.headers.update({%s: %s})" % (q(hn), q(hv)),
            "BASE_URL = %s" % q(url)])
    return f


def mk_django_key(r):
    k = rs(r, DJANGO_ALPHABET, 50)
    return Cred("django", "secret_key", k, names=["SECRET_KEY", "DJANGO_SECRET_KEY"], gen="sign")


def mk_django_insecure(r):
    k = "django-insecure-" + rs(r, DJANGO_ALPHABET, 50)
    return Cred("django", "secret_key_insecure_prefix", k, names=["SECRET_KEY", "DJANGO_SECRET_KEY"], gen="sign")


def mk_flask_bytes(r):
    raw = rbytes(r, r.choice([16, 24, 32]))
    lit = repr(raw)
    inner = lit[2:-1]
    while not _ok_random(inner):
        raw = rbytes(r, len(raw)); lit = repr(raw); inner = lit[2:-1]
    return Cred("flask", "secret_key_bytes", inner, value=lit, names=["SECRET_KEY"], gen="sign", py_only=True)


def mk_flask_hex(r):
    k = rs(r, HEX, r.choice([32, 48, 64]))
    return Cred("flask", "secret_key_hex", k, names=["SECRET_KEY", "FLASK_SECRET_KEY"], gen="sign")


def mk_jwt_hex(r):
    k = rs(r, HEX, 64)
    return Cred("fastapi", "jwt_secret_hex", k, names=["SECRET_KEY", "JWT_SECRET_KEY", "JWT_SECRET", "AUTH_SECRET_KEY"], gen="sign")


def mk_jwt_urlsafe(r):
    k = rs(r, URLSAFE, 43)
    return Cred("jwt", "signing_secret_urlsafe", k, names=["JWT_SECRET", "JWT_SIGNING_KEY", "TOKEN_SECRET"], gen="sign")


def mk_streamlit_cookie(r):
    k = rs(r, r.choice([HEX, URLSAFE]), r.choice([32, 43, 64]))
    return Cred("streamlit", "cookie_secret", k, names=["cookieSecret"], gen="sign")


def _pg_connect(r, c, var):
    return (["import psycopg2"], [
        "conn = psycopg2.connect(",
        "    host=%s," % q(c.extra["host"]),
        "    dbname=%s," % q(c.extra["db"]),
        "    user=%s," % q(c.extra["user"]),
        "    password=%s," % q(c.value),
        "    port=5432,",
        ")"])


def _django_db(r, c, var):
    eng = "django.db.backends.postgresql" if c.provider == "postgres" else "django.db.backends.mysql"
    return ([], [
        "DATABASES = {",
        "    'default': {",
        "        'ENGINE': '%s'," % eng,
        "        'NAME': '%s'," % c.extra["db"],
        "        'USER': '%s'," % c.extra["user"],
        "        'PASSWORD': %s," % sq(c.value),
        "        'HOST': '%s'," % c.extra["host"],
        "        'PORT': '%s'," % ("5432" if c.provider == "postgres" else "3306"),
        "        'CONN_MAX_AGE': 60,",
        "    }",
        "}"])


def mk_pg_password(r):
    p = db_password(r)
    c = Cred("postgres", "db_password", p, names=["DB_PASSWORD", "POSTGRES_PASSWORD", "DATABASE_PASSWORD", "PGPASSWORD"],
             gen="pw", calls=[_pg_connect, _django_db, _django_db])
    c.extra = {"host": host_for(r, "pg"), "db": r.choice(["app", "shop", "crm", "orders", "core"]), "user": db_user(r)}
    return c


def mk_mysql_password(r):
    p = db_password(r)
    c = Cred("mysql", "db_password", p, names=["MYSQL_PASSWORD", "DB_PASSWORD", "MYSQL_PWD"], gen="pw", calls=[_django_db])
    c.extra = {"host": host_for(r, "mysql"), "db": r.choice(["legacy", "wp", "orders", "inventory"]), "user": db_user(r)}

    def pm(r, c, var):
        return (["import pymysql"], ["connection = pymysql.connect(host=%s, user=%s, password=%s, database=%s, charset=\"utf8mb4\")"
                                    % (q(c.extra["host"]), q(c.extra["user"]), q(c.value), q(c.extra["db"]))])
    c.calls.append(pm)
    return c


def _url_cred(provider, kind, scheme, hostkind, port, path, names, r, extra_q=""):
    p = db_password(r, url_safe=True)
    u = db_user(r)
    h = host_for(r, hostkind)
    url = "%s://%s:%s@%s%s%s%s" % (scheme, u, p, h, (":%d" % port) if port else "", path, extra_q)
    return Cred(provider, kind, p, value=url, names=names, gen="url", url=True, extra={"host": h, "user": u})


def mk_sqlalchemy_pg(r):
    sch = r.choice(["postgresql", "postgresql+psycopg2", "postgresql+psycopg", "postgresql+asyncpg", "postgres"])
    c = _url_cred("postgres", "connection_uri", sch, "pg", 5432, "/" + r.choice(["app", "shop", "prod", "warehouse"]),
                  ["SQLALCHEMY_DATABASE_URI", "DATABASE_URL", "SQLALCHEMY_URL", "DB_URI", "sqlalchemy.url"], r)

    def eng(r, c, var):
        return (["from sqlalchemy import create_engine"], ["engine = create_engine(%s, pool_pre_ping=True, pool_size=10)" % q(c.value)])
    c.calls = [eng]
    return c


def mk_sqlalchemy_mysql(r):
    c = _url_cred("mysql", "connection_uri", r.choice(["mysql+pymysql", "mysql+mysqldb", "mysql"]), "mysql", 3306,
                  "/" + r.choice(["legacy", "orders", "inventory"]), ["SQLALCHEMY_DATABASE_URI", "DATABASE_URL", "MYSQL_URL"], r,
                  r.choice(["", "?charset=utf8mb4"]))
    return c


def mk_mongo(r):
    p = db_password(r, url_safe=True)
    u = db_user(r)
    url = "mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % (u, p, host_for(r, "mongo"), r.choice(["app", "scrapes", "events"]))
    c = Cred("mongodb", "srv_uri_password", p, value=url, names=["MONGO_URI", "MONGODB_URI", "MONGO_URL"], gen="url", url=True)

    def mc(r, c, var):
        return (["from pymongo import MongoClient"], ["client = MongoClient(%s)" % q(c.value), "db = client.get_default_database()"])
    c.calls = [mc, mc]
    return c


def mk_redis_url(r):
    p = machine_password(r, url_safe=True) if r.random() < 0.7 else human_password(r, True)
    h = host_for(r, "redis")
    url = "%s://%s:%s@%s:%d/%d" % (r.choice(["redis", "rediss"]), r.choice(["", "default"]), p, h, r.choice([6379, 6380, 12345]), r.randint(0, 3))
    c = Cred("redis", "url_password", p, value=url, names=["REDIS_URL", "CELERY_RESULT_BACKEND", "result_backend", "CACHE_URL"], gen="url", url=True)
    return c


def mk_redis_password(r):
    p = machine_password(r)
    c = Cred("redis", "password", p, names=["REDIS_PASSWORD", "REDIS_AUTH"], gen="pw")
    h = host_for(r, "redis")

    def rc(r, c, var):
        return (["import redis"], ["r = redis.Redis(host=%s, port=6379, db=0, password=%s, ssl=True)" % (q(h), q(c.value))])
    c.calls = [rc, rc]
    return c


def mk_amqp(r):
    c = _url_cred("rabbitmq", "amqp_uri_password", r.choice(["amqp", "amqps", "pyamqp"]), "amqp", r.choice([5672, 5671, None]),
                  "/" + r.choice(["", "prod", "celery", "%2F"]), ["CELERY_BROKER_URL", "BROKER_URL", "broker_url", "AMQP_URL", "RABBITMQ_URL"], r)
    return c


def mk_sqs(r):
    kid = "AKIA" + rs(r, UPPER + "234567", 16)
    sec = rs(r, B64, 40)
    enc = urllib.parse.quote(sec, safe="")
    url = "sqs://%s:%s@" % (kid, enc)
    return Cred("aws", "sqs_broker_secret", enc, value=url, names=["CELERY_BROKER_URL", "BROKER_URL", "broker_url"], gen="url", url=True)


def mk_smtp(r):
    p = human_password(r) if r.random() < 0.6 else machine_password(r)
    c = Cred("smtp", "email_host_password", p, names=["EMAIL_HOST_PASSWORD", "SMTP_PASSWORD", "MAIL_PASSWORD"], gen="pw")
    h = host_for(r, "smtp")
    user = "%s@%s" % (r.choice(["noreply", "alerts", "support", "reports", "ops"]), r.choice(["acme-shop.com", "tinyledger.io", "brightpath.org", "kelpie.dev"]))
    c.extra = {"host": h, "user": user}

    def sm(r, c, var):
        return (["import smtplib"], [
            "def send_report(msg):",
            "    with smtplib.SMTP(%s, 587) as s:" % q(h),
            "        s.starttls()",
            "        s.login(%s, %s)" % (q(user), q(c.value)),
            "        s.send_message(msg)"])
    c.calls = [sm, sm]
    return c


def mk_gmail_app(r):
    p = " ".join(rs(r, LOWER, 4) for _ in range(4)) if r.random() < 0.5 else rs(r, LOWER, 16)
    c = Cred("google", "gmail_app_password", p, names=["EMAIL_HOST_PASSWORD", "GMAIL_APP_PASSWORD", "MAIL_PASSWORD"], gen="pw")

    def sm(r, c, var):
        u = "%s.%s@gmail.com" % (r.choice(FIRST).lower(), r.choice(WORDS))
        return (["import smtplib"], ["server = smtplib.SMTP_SSL(\"smtp.gmail.com\", 465)", "server.login(%s, %s)" % (q(u), q(c.value))])
    c.calls = [sm]
    return c


def mk_aws_secret(r):
    kid = "AKIA" + rs(r, UPPER + "234567", 16)
    sec = rs(r, B64, 40)
    c = Cred("aws", "secret_access_key", sec, names=["AWS_SECRET_ACCESS_KEY", "AWS_S3_SECRET_ACCESS_KEY", "aws_secret_access_key"], gen="api", extra={"id": kid})

    def b3(r, c, var):
        svc = r.choice(["s3", "sqs", "ses", "dynamodb", "textract"])
        if r.random() < 0.5:
            return (["import boto3"], ["%s = boto3.client(%s, aws_access_key_id=%s, aws_secret_access_key=%s, region_name=%s)"
                                      % (svc, q(svc), q(kid), q(c.value), q(r.choice(["eu-west-1", "us-east-1"])))])
        return (["import boto3"], [
            "session = boto3.Session(",
            "    aws_access_key_id=%s," % q(kid),
            "    aws_secret_access_key=%s," % q(c.value),
            "    region_name=%s," % q(r.choice(["eu-west-1", "us-east-1", "eu-central-1"])),
            ")",
            "%s = session.client(%s)" % (svc, q(svc))])

    def stor(r, c, var):
        return ([], ["AWS_ACCESS_KEY_ID = %s" % q(kid), "AWS_SECRET_ACCESS_KEY = %s" % q(c.value),
                     "AWS_STORAGE_BUCKET_NAME = %s" % q(r.choice(["acme-media", "prod-uploads", "static-assets-eu"])),
                     "AWS_S3_REGION_NAME = %s" % q(r.choice(["eu-west-1", "us-east-1"])),
                     "AWS_DEFAULT_ACL = None",
                     "STORAGES = {\"default\": {\"BACKEND\": \"storages.backends.s3.S3Storage\"}, \"staticfiles\": {\"BACKEND\": \"storages.backends.s3.S3Storage\"}}"])
    c.calls = [b3, b3, stor]
    return c


def mk_stripe(r, restricted=False):
    pre = "rk_live_" if restricted else "sk_live_"
    if r.random() < 0.6:
        k = pre + "51" + rs(r, ALNUM, 97)
    else:
        k = pre + rs(r, ALNUM, 24)
    names = (["STRIPE_RESTRICTED_KEY", "STRIPE_API_KEY", "STRIPE_KEY"] if restricted
             else ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY", "STRIPE_SK"])
    return Cred("stripe", "restricted_key" if restricted else "secret_key", k, names=names,
                calls=[c_assign_attr("stripe", "api_key"), c_assign_attr("stripe", "api_key")])


def mk_stripe_whsec(r):
    k = "whsec_" + rs(r, ALNUM, 32)
    c = Cred("stripe", "webhook_secret", k, names=["STRIPE_WEBHOOK_SECRET", "STRIPE_ENDPOINT_SECRET", "DJSTRIPE_WEBHOOK_SECRET"])

    def wh(r, c, var):
        return (["import stripe"], [
            "endpoint_secret = %s" % q(c.value),
            "",
            "def stripe_webhook(request):",
            "    payload = request.body",
            "    sig_header = request.META.get(\"HTTP_STRIPE_SIGNATURE\")",
            "    event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)",
            "    return event"])
    c.calls = [wh]
    return c


def mk_openai(r):
    if r.random() < 0.35:
        k = "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)
        kind = "api_key_legacy"
    else:
        pre = r.choice(["sk-proj-", "sk-proj-", "sk-proj-", "sk-svcacct-"])
        k = pre + rs(r, URLSAFE, 74) + "T3BlbkFJ" + rs(r, URLSAFE, 74)
        kind = "project_key" if pre == "sk-proj-" else "service_account_key"
    c = Cred("openai", kind, k, names=["OPENAI_API_KEY", "OPENAI_KEY", "openai_api_key"], gen="llm",
             calls=[c_assign_attr("openai", "api_key"), c_client("from openai import OpenAI", "OpenAI", "api_key"),
                    c_client("from openai import AsyncOpenAI", "AsyncOpenAI", "api_key")])
    return c


def mk_anthropic(r):
    k = "sk-ant-api03-" + rs(r, URLSAFE, 93) + "AA"
    return Cred("anthropic", "api_key", k, names=["ANTHROPIC_API_KEY", "CLAUDE_API_KEY", "anthropic_api_key"], gen="llm",
                calls=[c_client("import anthropic", "anthropic.Anthropic", "api_key"),
                       c_client("from anthropic import AsyncAnthropic", "AsyncAnthropic", "api_key")])


def mk_hf(r):
    k = "hf_" + rs(r, string.ascii_letters, 34)
    c = Cred("huggingface", "user_access_token", k, names=["HF_TOKEN", "HUGGINGFACE_HUB_TOKEN", "HUGGING_FACE_HUB_TOKEN", "HF_API_TOKEN"], gen="api")

    def lg(r, c, var):
        return (["from huggingface_hub import login"], ["login(token=%s)" % q(c.value)])

    def gr(r, c, var):
        return (["import gradio as gr", "from huggingface_hub import InferenceClient"], [
            "client = InferenceClient(%s, token=%s)" % (q(r.choice(["HuggingFaceH4/zephyr-7b-beta", "mistralai/Mistral-7B-Instruct-v0.3", "meta-llama/Llama-3.1-8B-Instruct"])), q(c.value))])

    def tr(r, c, var):
        return (["from transformers import AutoTokenizer"], [
            "tokenizer = AutoTokenizer.from_pretrained(%s, token=%s)" % (q(r.choice(["meta-llama/Llama-3.2-1B", "google/gemma-2-2b-it"])), q(c.value))])
    c.calls = [lg, gr, tr]
    return c


def mk_github(r, pre, kind):
    k = crc_token(r, pre)
    c = Cred("github", kind, k, names=["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_ACCESS_TOKEN", "GITHUB_PAT"], gen="api",
             calls=[c_client("from github import Github", "Github", None), c_header("token"), c_header("Bearer")])
    return c


def _gh_auth(r, c, var):
    return (["from github import Auth, Github"], ["auth = Auth.Token(%s)" % q(c.value), "gh = Github(auth=auth)"])


def mk_github_fg(r):
    k = "github_pat_11" + rs(r, UPPER + DIGITS, 20) + "_" + rs(r, ALNUM, 59)
    return Cred("github", "fine_grained_pat", k, names=["GITHUB_TOKEN", "GH_PAT", "GITHUB_PAT"], gen="api",
                calls=[_gh_auth, c_header("Bearer")])


def mk_gitlab(r):
    k = "glpat-" + rs(r, URLSAFE, 20)
    return Cred("gitlab", "personal_access_token", k, names=["GITLAB_TOKEN", "GITLAB_PRIVATE_TOKEN", "CI_API_TOKEN"], gen="api",
                calls=[c_client("import gitlab", "gitlab.Gitlab", "url=\"https://gitlab.com\", private_token")])


def mk_npm(r):
    k = crc_token(r, "npm_")
    return Cred("npm", "access_token", k, names=["NPM_TOKEN", "NODE_AUTH_TOKEN"], gen="api")


def mk_pypi(r):
    ident = ruuid(r).encode()
    cav = b'{"permissions": "user", "version": 1}'
    if r.random() < 0.4:
        cav = ('{"permissions": {"projects": ["%s"]}, "version": 1}' % r.choice(["acme-sdk", "tinyledger", "kelpie-client", "scrapekit"])).encode()
    blob = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00"
            + b"\x02" + bytes([len(cav)]) + cav + b"\x00\x00\x06\x20" + rbytes(r, 32))
    k = "pypi-" + b64url(blob)
    return Cred("pypi", "api_token", k, names=["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN", "POETRY_PYPI_TOKEN_PYPI"], gen="api")


def mk_slack_bot(r):
    k = "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), rs(r, ALNUM, 24))
    return Cred("slack", "bot_token", k, names=["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_API_TOKEN"], gen="api",
                calls=[c_client("from slack_sdk import WebClient", "WebClient", "token"),
                       c_client("from slack_bolt import App", "App", "token")])


def mk_slack_user(r):
    k = "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 11, 10 ** 13), rs(r, HEX, 32))
    return Cred("slack", "user_token", k, names=["SLACK_USER_TOKEN", "SLACK_TOKEN"], gen="api",
                calls=[c_client("from slack_sdk import WebClient", "WebClient", "token")])


def mk_slack_hook(r):
    k = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPPER + DIGITS, r.choice([8, 10])), rs(r, UPPER + DIGITS, r.choice([8, 10])), rs(r, ALNUM, 24))
    c = Cred("slack", "incoming_webhook", k, names=["SLACK_WEBHOOK_URL", "SLACK_HOOK", "ALERT_WEBHOOK"], gen="hook")

    def wh(r, c, var):
        return (["import requests"], ["def notify(text):", "    requests.post(%s, json={\"text\": text}, timeout=5)" % q(c.value)])
    c.calls = [wh]
    return c


def _tg_ptb(r, c, var):
    return (["from telegram.ext import ApplicationBuilder"], ["application = ApplicationBuilder().token(%s).build()" % q(c.value)])


def mk_telegram(r):
    k = "%d:AA%s" % (r.randint(10 ** 9, 8 * 10 ** 9), rs(r, URLSAFE, 33))
    return Cred("telegram", "bot_token", k, names=["TELEGRAM_BOT_TOKEN", "TELEGRAM_TOKEN", "TG_TOKEN", "BOT_TOKEN"], gen="api",
                calls=[c_client("import telebot", "telebot.TeleBot", None),
                       _tg_ptb,
                       c_client("from aiogram import Bot", "Bot", "token")])


def mk_twilio(r):
    sid = "AC" + rs(r, HEX, 32)
    tok = rs(r, HEX, 32)
    c = Cred("twilio", "auth_token", tok, names=["TWILIO_AUTH_TOKEN", "TWILIO_TOKEN"], gen="api", extra={"sid": sid})

    def tw(r, c, var):
        return (["from twilio.rest import Client"], ["account_sid = %s" % q(sid), "auth_token = %s" % q(c.value),
                                                     "client = Client(account_sid, auth_token)"])

    def tw2(r, c, var):
        return (["from twilio.rest import Client"], ["client = Client(%s, %s)" % (q(sid), q(c.value))])
    c.calls = [tw, tw2]
    return c


def mk_twilio_key(r):
    sk = "SK" + rs(r, HEX, 32)
    sec = rs(r, ALNUM, 32)
    c = Cred("twilio", "api_key_secret", sec, names=["TWILIO_API_SECRET", "TWILIO_API_KEY_SECRET"], gen="api", extra={"sid": sk})

    def tw(r, c, var):
        return (["from twilio.rest import Client"], ["client = Client(%s, %s, %s)" % (q(sk), q(c.value), q("AC" + rs(r, HEX, 32)))])
    c.calls = [tw]
    return c


def mk_sendgrid(r):
    k = "SG." + rs(r, URLSAFE, 22) + "." + rs(r, URLSAFE, 43)
    c = Cred("sendgrid", "api_key", k, names=["SENDGRID_API_KEY", "SENDGRID_KEY", "EMAIL_HOST_PASSWORD"], gen="api",
             calls=[c_client("from sendgrid import SendGridAPIClient", "SendGridAPIClient", None),
                    c_client("from sendgrid import SendGridAPIClient", "SendGridAPIClient", "api_key")])
    return c


def mk_mailgun(r):
    k = "key-" + rs(r, HEX, 32) if r.random() < 0.4 else "%s-%s-%s" % (rs(r, HEX, 32), rs(r, HEX, 8), rs(r, HEX, 8))
    c = Cred("mailgun", "api_key", k, names=["MAILGUN_API_KEY", "MAILGUN_KEY", "MAILGUN_PRIVATE_KEY"], gen="api")

    def mg(r, c, var):
        d = "mg.%s" % r.choice(["acme-shop.com", "tinyledger.io", "kelpie.dev"])
        return (["import requests"], ["def send(to, subject, text):",
                                      "    return requests.post(",
                                      "        \"https://api.eu.mailgun.net/v3/%s/messages\"," % d,
                                      "        auth=(\"api\", %s)," % q(c.value),
                                      "        data={\"from\": \"noreply@%s\", \"to\": to, \"subject\": subject, \"text\": text}," % d[3:],
                                      "    )"])

    def anym(r, c, var):
        return ([], ["ANYMAIL = {", "    \"MAILGUN_API_KEY\": %s," % q(c.value),
                     "    \"MAILGUN_SENDER_DOMAIN\": \"mg.%s\"," % r.choice(["acme-shop.com", "kelpie.dev"]), "}",
                     "EMAIL_BACKEND = \"anymail.backends.mailgun.EmailBackend\""])
    c.calls = [mg, anym]
    return c


def mk_sentry_legacy(r):
    pub = rs(r, HEX, 32)
    sec = rs(r, HEX, 32)
    host = r.choice(["sentry.io", "o%d.ingest.sentry.io" % r.randint(10000, 999999), "sentry.internal.%s.com" % r.choice(["acme", "kelpie"])])
    dsn = "https://%s:%s@%s/%d" % (pub, sec, host, r.randint(10, 6000000))
    c = Cred("sentry", "dsn_with_secret", sec, value=dsn, names=["SENTRY_DSN", "RAVEN_DSN"], gen="dsn", url=True)

    def si(r, c, var):
        return (["import sentry_sdk"], ["sentry_sdk.init(", "    dsn=%s," % q(c.value), "    traces_sample_rate=0.2,",
                                        "    environment=%s," % q(r.choice(["production", "prod", "staging"])), ")"])

    def rv(r, c, var):
        return ([], ["RAVEN_CONFIG = {", "    'dsn': %s," % sq(c.value), "    'release': '%d.%d.%d'," % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)), "}"])
    c.calls = [si, rv]
    return c


def mk_sentry_user(r):
    k = "sntryu_" + rs(r, HEX, 64)
    return Cred("sentry", "user_auth_token", k, names=["SENTRY_AUTH_TOKEN", "SENTRY_TOKEN"], gen="api")


def mk_zyte(r):
    k = rs(r, HEX, 32)
    return Cred("zyte", "api_key", k, names=["ZYTE_API_KEY", "SHUB_APIKEY", "SCRAPINGHUB_API_KEY"], gen="api")


def mk_scrapingbee(r):
    k = rs(r, UPPER + DIGITS, 80)
    c = Cred("scrapingbee", "api_key", k, names=["SCRAPINGBEE_API_KEY", "SCRAPINGBEE_KEY"], gen="api")

    def sb(r, c, var):
        return (["from scrapingbee import ScrapingBeeClient"], ["client = ScrapingBeeClient(api_key=%s)" % q(c.value)])
    c.calls = [sb]
    return c


def mk_scraperapi(r):
    k = rs(r, HEX, 32)
    c = Cred("scraperapi", "api_key", k, names=["SCRAPERAPI_KEY", "SCRAPER_API_KEY"], gen="api")

    def sa(r, c, var):
        return ([], ["def proxied(url):",
                     "    return \"http://api.scraperapi.com/?api_key=%s&url=\" + url" % c.value])
    c.calls = [sa]
    return c


def mk_proxy(r):
    p = machine_password(r, url_safe=True) if r.random() < 0.6 else human_password(r, True)
    if r.random() < 0.5:
        u = "brd-customer-hl_%s-zone-%s" % (rs(r, HEX, 8), r.choice(["residential", "datacenter", "isp_proxy1"]))
        h = "brd.superproxy.io:%d" % r.choice([22225, 33335])
    else:
        u = r.choice(["scraper", "crawl01", "user%d" % r.randint(100, 99999)])
        h = r.choice(["gate.smartproxy.com:7000", "proxy.packetstream.io:31112", "pr.oxylabs.io:7777", "10.8.0.12:3128"])
    url = "http://%s:%s@%s" % (u, p, h)
    return Cred("proxy", "proxy_url_password", p, value=url, names=["HTTP_PROXY", "PROXY_URL", "HTTPS_PROXY", "ROTATING_PROXY"], gen="url", url=True)


def mk_basic(r):
    p = human_password(r) if r.random() < 0.6 else machine_password(r)
    c = Cred("http", "basic_auth_password", p, names=["API_PASSWORD", "BASIC_AUTH_PASSWORD", "SERVICE_PASSWORD"], gen="pw")
    u = r.choice(["svc-reporting", "integration", "admin", "%s.%s" % (r.choice(FIRST).lower(), r.choice(WORDS))])

    def ba(r, c, var):
        url = r.choice(["https://erp.%s.com/api/orders" % r.choice(["acme", "kelpie"]), "https://jenkins.internal/job/deploy/api/json",
                        "https://nexus.internal/service/rest/v1/components"])
        return (["import requests"], ["resp = requests.get(%s, auth=(%s, %s), timeout=30)" % (q(url), q(u), q(c.value))])

    def hb(r, c, var):
        return (["from requests.auth import HTTPBasicAuth"], ["AUTH = HTTPBasicAuth(%s, %s)" % (q(u), q(c.value))])
    c.calls = [ba, hb]
    return c


def mk_ssh(r):
    p = human_password(r)
    c = Cred("ssh", "password", p, names=["SSH_PASSWORD", "SFTP_PASSWORD", "DEPLOY_PASSWORD"], gen="pw")

    def pk(r, c, var):
        h = r.choice(["sftp.partner-%s.com" % r.choice(WORDS), "10.20.%d.%d" % (r.randint(0, 9), r.randint(2, 250)), "bastion.internal"])
        return (["import paramiko"], ["ssh = paramiko.SSHClient()", "ssh.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
                                      "ssh.connect(%s, port=22, username=%s, password=%s)" % (q(h), q(r.choice(["deploy", "ubuntu", "ftpuser", "etl"])), q(c.value))])
    c.calls = [pk, pk]
    return c


def mk_google_api(r):
    k = "AIza" + rs(r, URLSAFE, 35)
    c = Cred("google", "api_key", k, names=["GOOGLE_API_KEY", "GEMINI_API_KEY", "GOOGLE_MAPS_API_KEY", "YOUTUBE_API_KEY"], gen="llm")

    def gm(r, c, var):
        return (["import google.generativeai as genai"], ["genai.configure(api_key=%s)" % q(c.value),
                                                         "model = genai.GenerativeModel(%s)" % q(r.choice(["gemini-1.5-flash", "gemini-1.5-pro"]))])

    def gmaps(r, c, var):
        return (["import googlemaps"], ["gmaps = googlemaps.Client(key=%s)" % q(c.value)])
    c.calls = [gm, gmaps]
    return c


PKCS8_LEAD = "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"


def mk_gcp_sa(r):
    body = PKCS8_LEAD + rs(r, B64, 1622 - len(PKCS8_LEAD)) + "=="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----"
    proj = "%s-%s-%d" % (r.choice(WORDS), r.choice(["prod", "data", "ml", "etl"]), r.randint(100000, 999999))
    c = Cred("gcp", "service_account_private_key", pem, names=["GS_CREDENTIALS_INFO"], py_only=True, extra={"proj": proj})

    def sa(r, c, var):
        email = "%s@%s.iam.gserviceaccount.com" % (r.choice(["uploader", "django-storage", "bq-loader", "scheduler"]), proj)
        return (["from google.oauth2 import service_account"], [
            "SERVICE_ACCOUNT_INFO = {",
            "    \"type\": \"service_account\",",
            "    \"project_id\": \"%s\"," % proj,
            "    \"private_key_id\": \"%s\"," % rs(r, HEX, 40),
            "    \"private_key\": \"%s\\n\"," % c.value,
            "    \"client_email\": \"%s\"," % email,
            "    \"client_id\": \"%d\"," % r.randint(10 ** 20, 10 ** 21),
            "    \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",",
            "    \"token_uri\": \"https://oauth2.googleapis.com/token\",",
            "}",
            "GS_CREDENTIALS = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)"])
    c.calls = [sa]
    return c


def mk_azure_storage(r):
    key = rs(r, B64, 86) + "=="
    acct = r.choice(["acmemedia", "prodassets", "kelpieuploads", "stdatalake01"]) + str(r.randint(1, 99))
    cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
    c = Cred("azure", "storage_account_key", key, value=cs if r.random() < 0.6 else key,
             names=["AZURE_STORAGE_CONNECTION_STRING", "AZURE_CONNECTION_STRING"] if r.random() < 0.6 else ["AZURE_ACCOUNT_KEY", "AZURE_STORAGE_KEY"], gen="api")
    if c.value == key:
        c.names = ["AZURE_ACCOUNT_KEY", "AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"]

        def st(r, c, var):
            return ([], ["AZURE_ACCOUNT_NAME = %s" % q(acct), "AZURE_ACCOUNT_KEY = %s" % q(c.value),
                         "AZURE_CONTAINER = %s" % q(r.choice(["media", "uploads"])),
                         "DEFAULT_FILE_STORAGE = \"storages.backends.azure_storage.AzureStorage\""])
        c.calls = [st]
    else:
        c.names = ["AZURE_STORAGE_CONNECTION_STRING", "AZURE_CONNECTION_STRING"]

        def bs(r, c, var):
            return (["from azure.storage.blob import BlobServiceClient"], ["blob_service = BlobServiceClient.from_connection_string(%s)" % q(c.value)])
        c.calls = [bs]
    return c


def simple(provider, kind, names, gen="api", calls=()):
    def deco(fn):
        def mk(r):
            return Cred(provider, kind, fn(r), names=names, gen=gen, calls=list(calls))
        mk.__name__ = "mk_%s_%s" % (provider, kind)
        return mk
    return deco


@simple("datadog", "api_key", ["DD_API_KEY", "DATADOG_API_KEY"])
def mk_datadog(r):
    return rs(r, HEX, 32)


@simple("mailchimp", "api_key", ["MAILCHIMP_API_KEY", "MAILCHIMP_KEY"])
def mk_mailchimp(r):
    return rs(r, HEX, 32) + "-us%d" % r.randint(1, 21)


def mk_discord_bot(r):
    uid = str(r.randint(7 * 10 ** 17, 13 * 10 ** 17))
    k = b64url(uid.encode()) + "." + rs(r, URLSAFE, 6) + "." + rs(r, URLSAFE, r.choice([27, 38]))
    c = Cred("discord", "bot_token", k, names=["DISCORD_TOKEN", "DISCORD_BOT_TOKEN", "BOT_TOKEN"], gen="api")

    def run(r, c, var):
        return (["import discord"], ["intents = discord.Intents.default()", "client = discord.Client(intents=intents)", "", "", "if __name__ == \"__main__\":", "    client.run(%s)" % q(c.value)])
    c.calls = [run]
    return c


def mk_discord_hook(r):
    k = "https://discord.com/api/webhooks/%d/%s" % (r.randint(10 ** 17, 13 * 10 ** 17), rs(r, URLSAFE, 68))
    c = Cred("discord", "webhook_url", k, names=["DISCORD_WEBHOOK_URL", "DISCORD_WEBHOOK", "ALERT_WEBHOOK"], gen="hook")

    def wh(r, c, var):
        return (["import requests"], ["def alert(msg):", "    requests.post(%s, json={\"content\": msg}, timeout=10)" % q(c.value)])
    c.calls = [wh]
    return c


@simple("digitalocean", "personal_access_token", ["DIGITALOCEAN_TOKEN", "DO_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"])
def mk_do(r):
    return "dop_v1_" + rs(r, HEX, 64)


@simple("shopify", "admin_api_access_token", ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN", "SHOPIFY_API_PASSWORD"])
def mk_shopify(r):
    return "shpat_" + rs(r, HEX, 32)


@simple("newrelic", "user_api_key", ["NEW_RELIC_API_KEY", "NEW_RELIC_USER_KEY", "NEWRELIC_API_KEY"])
def mk_newrelic(r):
    return "NRAK-" + rs(r, UPPER + DIGITS, 27)


@simple("groq", "api_key", ["GROQ_API_KEY"], gen="llm", calls=[c_client("from groq import Groq", "Groq", "api_key")])
def mk_groq(r):
    return "gsk_" + rs(r, ALNUM, 52)


@simple("replicate", "api_token", ["REPLICATE_API_TOKEN", "REPLICATE_TOKEN"], gen="llm",
        calls=[c_client("import replicate", "replicate.Client", "api_token")])
def mk_replicate(r):
    return "r8_" + rs(r, ALNUM, 37)


@simple("notion", "integration_token", ["NOTION_TOKEN", "NOTION_API_KEY", "NOTION_SECRET"],
        calls=[c_client("from notion_client import Client", "Client", "auth")])
def mk_notion(r):
    return "secret_" + rs(r, ALNUM, 43)


@simple("linear", "api_key", ["LINEAR_API_KEY", "LINEAR_TOKEN"], calls=[c_header(None)])
def mk_linear(r):
    return "lin_api_" + rs(r, ALNUM, 40)


@simple("hashicorp", "vault_service_token", ["VAULT_TOKEN"], calls=[c_client("import hvac", "hvac.Client", "url=\"https://vault.internal:8200\", token")])
def mk_vault(r):
    return "hvs.CAESI" + rs(r, URLSAFE, 86)


@simple("cloudflare", "api_token", ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"], calls=[c_header("Bearer")])
def mk_cloudflare(r):
    return rs(r, URLSAFE, 40)


def mk_algolia(r):
    app = rs(r, UPPER + DIGITS, 10)
    k = rs(r, HEX, 32)
    c = Cred("algolia", "admin_api_key", k, names=["ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY", "ALGOLIA_WRITE_KEY"], gen="api", extra={"app": app})

    def al(r, c, var):
        return (["from algoliasearch.search.client import SearchClientSync"], ["client = SearchClientSync(%s, %s)" % (q(app), q(c.value))])

    def dj(r, c, var):
        return ([], ["ALGOLIA = {", "    \"APPLICATION_ID\": %s," % q(app), "    \"API_KEY\": %s," % q(c.value), "    \"INDEX_PREFIX\": \"prod\",", "}"])
    c.calls = [al, dj]
    return c


def supabase_jwt(r, role, ref):
    iat = r.randint(1_690_000_000, 1_735_000_000)
    hdr = b64url(b'{"alg":"HS256","typ":"JWT"}')
    pl = b64url(json.dumps({"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315_360_000}, separators=(",", ":")).encode())
    return "%s.%s.%s" % (hdr, pl, b64url(rbytes(r, 32)))


def mk_supabase(r):
    ref = rs(r, LOWER, 20)
    k = supabase_jwt(r, "service_role", ref)
    c = Cred("supabase", "service_role_key", k, names=["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY", "SUPABASE_KEY"], gen="api", extra={"ref": ref})

    def sb(r, c, var):
        return (["from supabase import create_client"], ["supabase = create_client(\"https://%s.supabase.co\", %s)" % (ref, q(c.value))])
    c.calls = [sb]
    return c


def mapbox_token(r, pre):
    user = r.choice(["acme-maps", "kelpie", "tinyledger", "geoteam"]) + str(r.randint(1, 99))
    mid = b64url(json.dumps({"u": user, "a": rs(r, LOWER + DIGITS, 25)}, separators=(",", ":")).encode())
    return "%s.%s.%s" % (pre, mid, rs(r, URLSAFE, 22))


def mk_mapbox(r):
    return Cred("mapbox", "secret_token", mapbox_token(r, "sk"), names=["MAPBOX_SECRET_TOKEN", "MAPBOX_ACCESS_TOKEN", "MAPBOX_DOWNLOADS_TOKEN"], gen="api")


@simple("mistral", "api_key", ["MISTRAL_API_KEY"], gen="llm", calls=[c_client("from mistralai import Mistral", "Mistral", "api_key")])
def mk_mistral(r):
    return rs(r, ALNUM, 32)


@simple("cohere", "api_key", ["COHERE_API_KEY", "CO_API_KEY"], gen="llm", calls=[c_client("import cohere", "cohere.ClientV2", "api_key")])
def mk_cohere(r):
    return rs(r, ALNUM, 40)


@simple("postmark", "server_token", ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TOKEN", "POSTMARK_TOKEN"],
        calls=[c_client("from postmarker.core import PostmarkClient", "PostmarkClient", "server_token")])
def mk_postmark(r):
    return ruuid(r)


@simple("openrouter", "api_key", ["OPENROUTER_API_KEY"], gen="llm",
        calls=[c_client("from openai import OpenAI", "OpenAI", "base_url=\"https://openrouter.ai/api/v1\", api_key")])
def mk_openrouter(r):
    return "sk-or-v1-" + rs(r, HEX, 64)


def mk_google_oauth(r):
    k = "GOCSPX-" + rs(r, URLSAFE, 28)
    cid = "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, LOWER + DIGITS, 32))
    c = Cred("google", "oauth_client_secret", k, names=["GOOGLE_CLIENT_SECRET", "GOOGLE_OAUTH_CLIENT_SECRET", "SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET"], gen="api", extra={"id": cid})

    def allauth(r, c, var):
        return ([], ["SOCIALACCOUNT_PROVIDERS = {", "    \"google\": {", "        \"APP\": {",
                     "            \"client_id\": \"%s\"," % cid, "            \"secret\": %s," % q(c.value), "            \"key\": \"\",",
                     "        },", "        \"SCOPE\": [\"profile\", \"email\"],", "    }", "}"])
    c.calls = [allauth]
    return c


@simple("auth0", "client_secret", ["AUTH0_CLIENT_SECRET", "OIDC_RP_CLIENT_SECRET"])
def mk_auth0(r):
    return rs(r, URLSAFE, 64)


@simple("google", "recaptcha_secret_key", ["RECAPTCHA_PRIVATE_KEY", "RECAPTCHA_SECRET_KEY"])
def mk_recaptcha(r):
    return "6L" + rs(r, URLSAFE, 38)


def mk_gitlab_deploy(r):
    k = "gldt-" + rs(r, URLSAFE, 20)
    return Cred("gitlab", "deploy_token", k, names=["GITLAB_DEPLOY_TOKEN", "PIP_INDEX_TOKEN"], gen="api")


def mk_artifactory(r):
    k = "AKCp8" + rs(r, ALNUM, 68)
    return Cred("jfrog", "artifactory_api_key", k, names=["ARTIFACTORY_API_KEY", "JFROG_API_KEY", "PIP_INDEX_PASSWORD"], gen="api")


def mk_ghp(r): return mk_github(r, "ghp_", "personal_access_token_classic")
def mk_gho(r): return mk_github(r, "gho_", "oauth_access_token")
def mk_ghu(r): return mk_github(r, "ghu_", "app_user_to_server_token")
def mk_ghs(r): return mk_github(r, "ghs_", "app_installation_token")
def mk_stripe_sk(r): return mk_stripe(r)
def mk_stripe_rk(r): return mk_stripe(r, True)


# (factory, weight)
KINDS = [
    (mk_django_key, 3), (mk_django_insecure, 3), (mk_flask_bytes, 2), (mk_flask_hex, 2), (mk_jwt_hex, 3),
    (mk_jwt_urlsafe, 1), (mk_streamlit_cookie, 1), (mk_pg_password, 3), (mk_mysql_password, 1),
    (mk_sqlalchemy_pg, 3), (mk_sqlalchemy_mysql, 1), (mk_mongo, 2), (mk_redis_url, 3), (mk_redis_password, 1),
    (mk_amqp, 3), (mk_sqs, 2), (mk_smtp, 2), (mk_gmail_app, 1), (mk_aws_secret, 3), (mk_stripe_sk, 2),
    (mk_stripe_rk, 1), (mk_stripe_whsec, 1), (mk_openai, 3), (mk_anthropic, 2), (mk_hf, 2), (mk_ghp, 1),
    (mk_gho, 1), (mk_ghu, 1), (mk_ghs, 1), (mk_github_fg, 1), (mk_gitlab, 1), (mk_npm, 1), (mk_pypi, 3),
    (mk_slack_bot, 2), (mk_slack_user, 1), (mk_slack_hook, 1), (mk_telegram, 2), (mk_twilio, 1),
    (mk_twilio_key, 1), (mk_sendgrid, 2), (mk_mailgun, 1), (mk_sentry_legacy, 2), (mk_sentry_user, 1),
    (mk_zyte, 2), (mk_scrapingbee, 1), (mk_scraperapi, 1), (mk_proxy, 2), (mk_basic, 2), (mk_ssh, 1),
    (mk_google_api, 2), (mk_gcp_sa, 1), (mk_azure_storage, 1), (mk_datadog, 1), (mk_mailchimp, 1),
    (mk_discord_bot, 1), (mk_discord_hook, 1), (mk_do, 1), (mk_shopify, 1), (mk_newrelic, 1), (mk_groq, 1),
    (mk_replicate, 1), (mk_notion, 1), (mk_linear, 1), (mk_vault, 1), (mk_cloudflare, 1), (mk_algolia, 1),
    (mk_supabase, 1), (mk_mapbox, 1), (mk_mistral, 1), (mk_cohere, 1), (mk_postmark, 1), (mk_openrouter, 1),
    (mk_google_oauth, 1), (mk_auth0, 1), (mk_recaptcha, 1), (mk_gitlab_deploy, 1), (mk_artifactory, 1),
]


# ---------------------------------------------------------------- fillers --
PROJECTS = ["shopfront", "ledgerly", "tripplanner", "helpdesk", "newsroom", "inventory", "crawlhub",
            "dashboards", "bookings", "payroll", "clinic", "fleet", "recipes", "tenants", "portal"]
APPS = ["core", "accounts", "orders", "billing", "catalog", "notifications", "api", "reports", "search", "users"]


def pick(r, seq, k):
    return r.sample(seq, min(k, len(seq)))


def blk_django(r, proj):
    return [
        ["BASE_DIR = Path(__file__).resolve().parent.parent"],
        ["DEBUG = %s" % r.choice(["False", "os.environ.get(\"DJANGO_DEBUG\", \"0\") == \"1\""])],
        ["ALLOWED_HOSTS = [%s]" % ", ".join(q(h) for h in pick(r, ["%s.com" % proj, "www.%s.com" % proj, "api.%s.io" % proj, "localhost", ".herokuapp.com"], 2))],
        ["INSTALLED_APPS = [", "    \"django.contrib.admin\",", "    \"django.contrib.auth\",", "    \"django.contrib.contenttypes\",",
         "    \"django.contrib.sessions\",", "    \"django.contrib.messages\",", "    \"django.contrib.staticfiles\","]
        + ["    \"%s\"," % a for a in pick(r, ["rest_framework", "corsheaders", "storages", "django_celery_beat", "anymail", "allauth"], 2)]
        + ["    \"%s.%s\"," % (proj, a) for a in pick(r, APPS, 2)] + ["]"],
        ["MIDDLEWARE = [", "    \"django.middleware.security.SecurityMiddleware\",", "    \"whitenoise.middleware.WhiteNoiseMiddleware\",",
         "    \"django.contrib.sessions.middleware.SessionMiddleware\",", "    \"django.middleware.common.CommonMiddleware\",",
         "    \"django.middleware.csrf.CsrfViewMiddleware\",", "    \"django.contrib.auth.middleware.AuthenticationMiddleware\",", "]"],
        ["ROOT_URLCONF = \"%s.urls\"" % proj, "WSGI_APPLICATION = \"%s.wsgi.application\"" % proj],
        ["LANGUAGE_CODE = \"%s\"" % r.choice(["en-us", "en-gb", "de-de", "pl"]), "TIME_ZONE = \"%s\"" % r.choice(["UTC", "Europe/Warsaw", "America/New_York"]),
         "USE_I18N = True", "USE_TZ = True"],
        ["STATIC_URL = \"/static/\"", "STATIC_ROOT = BASE_DIR / \"staticfiles\"", "MEDIA_URL = \"/media/\""],
        ["DEFAULT_AUTO_FIELD = \"django.db.models.BigAutoField\""],
        ["SECURE_PROXY_SSL_HEADER = (\"HTTP_X_FORWARDED_PROTO\", \"https\")", "SESSION_COOKIE_SECURE = True", "CSRF_COOKIE_SECURE = True"],
        ["REST_FRAMEWORK = {", "    \"DEFAULT_PAGINATION_CLASS\": \"rest_framework.pagination.PageNumberPagination\",", "    \"PAGE_SIZE\": %d," % r.choice([20, 25, 50]), "}"],
        ["LOGGING = {", "    \"version\": 1,", "    \"disable_existing_loggers\": False,", "    \"handlers\": {\"console\": {\"class\": \"logging.StreamHandler\"}},",
         "    \"root\": {\"handlers\": [\"console\"], \"level\": \"%s\"}," % r.choice(["INFO", "WARNING"]), "}"],
        ["CELERY_TASK_ALWAYS_EAGER = False", "CELERY_TASK_TIME_LIMIT = %d" % r.choice([300, 600, 1800])],
        ["EMAIL_BACKEND = \"django.core.mail.backends.smtp.EmailBackend\"", "EMAIL_HOST = \"%s\"" % host_for(r, "smtp"), "EMAIL_PORT = 587", "EMAIL_USE_TLS = True"],
    ]


def blk_flask(r, proj):
    return [
        ["SQLALCHEMY_TRACK_MODIFICATIONS = False"],
        ["SESSION_COOKIE_SAMESITE = \"Lax\"", "SESSION_COOKIE_SECURE = True"],
        ["JSON_SORT_KEYS = False"],
        ["MAX_CONTENT_LENGTH = %d * 1024 * 1024" % r.choice([4, 16, 32])],
        ["CACHE_TYPE = \"RedisCache\"", "CACHE_DEFAULT_TIMEOUT = %d" % r.choice([60, 300, 3600])],
        ["PREFERRED_URL_SCHEME = \"https\""],
        ["MAIL_SERVER = \"%s\"" % host_for(r, "smtp"), "MAIL_PORT = 587", "MAIL_USE_TLS = True"],
        ["BABEL_DEFAULT_LOCALE = \"%s\"" % r.choice(["en", "de", "fr"])],
    ]


def blk_generic(r, proj):
    return [
        ["LOG_LEVEL = os.environ.get(\"LOG_LEVEL\", \"INFO\")"],
        ["TIMEOUT_SECONDS = %d" % r.choice([10, 15, 30, 60])],
        ["BASE_URL = \"https://%s.%s\"" % (r.choice(["api", "app", "www"]), r.choice(["%s.com" % proj, "%s.io" % proj]))],
        ["MAX_RETRIES = %d" % r.randint(2, 6), "BACKOFF_FACTOR = %s" % r.choice(["0.5", "1.5", "2"])],
        ["ENVIRONMENT = os.getenv(\"APP_ENV\", \"%s\")" % r.choice(["production", "staging", "development"])],
        ["DEFAULT_PAGE_SIZE = %d" % r.choice([20, 50, 100])],
        ["ALLOWED_ORIGINS = [%s]" % ", ".join(q("https://%s.%s.com" % (s, proj)) for s in pick(r, ["app", "admin", "www"], 2))],
        ["FEATURE_FLAGS = {\"new_checkout\": %s, \"beta_search\": %s}" % (r.choice(["True", "False"]), r.choice(["True", "False"]))],
    ]


STDLIB = {"os", "sys", "json", "logging", "pathlib", "datetime", "secrets", "uuid", "hashlib", "smtplib", "base64", "typing",
          "functools", "unittest", "argparse", "multiprocessing", "hmac", "urllib", "re", "time", "dataclasses"}


def py_module(r, header, imports, pre, slot_imports, slot_lines, post, tail=()):
    imps = []
    for i in list(imports) + list(slot_imports):
        if i not in imps:
            imps.append(i)
    std = [i for i in imps if i.split()[1].split(".")[0] in STDLIB]
    other = [i for i in imps if i not in std]
    out = list(header)
    key = lambda i: (i.startswith("from "), i.split()[1].lower())
    out += sorted(std, key=key)
    if other:
        out += [""] + sorted(other, key=key)
    out += ["", ""]

    def add(b):
        big = bool(b) and b[0].startswith(("class ", "def ", "@", "async def ", "if __name__"))
        if big and out[-2:] != ["", ""]:
            out.append("")
        out.extend(b)
        out.append("")
        if big:
            out.append("")
    for b in pre:
        add(b)
    add(list(slot_lines))
    for b in post:
        add(b)
    out += list(tail)
    while out and out[-1] == "":
        out.pop()
    return out


# ------------------------------------------------------ python renderers ----
# Each renderer: (r, slot_imports, slot_lines) -> (relative_path, lines)

def split_blocks(r, blocks, k):
    ch = pick(r, blocks, k)
    cut = r.randint(0, len(ch))
    return ch[:cut], ch[cut:]


def R_settings(r, si, sl):
    proj = r.choice(PROJECTS)
    ver = r.choice(["4.2.11", "5.0.6", "5.1.2", "4.2.16"])
    header = ['"""', "Django settings for %s project." % proj, "",
              "Generated by 'django-admin startproject' using Django %s." % ver, '"""']
    blocks = blk_django(r, proj)
    pre, post = split_blocks(r, blocks[1:], r.randint(4, 9))
    pre = [blocks[0]] + pre
    return "%s/settings.py" % proj, py_module(r, header, ["import os", "from pathlib import Path"], pre, si, sl, post)


def R_production(r, si, sl):
    proj = r.choice(PROJECTS)
    header = ["# Production overrides -- imported by DJANGO_SETTINGS_MODULE=%s.settings.production" % proj,
              "from .base import *  # noqa: F401,F403"]
    blocks = [b for b in blk_django(r, proj) if not b[0].startswith(("INSTALLED_APPS", "MIDDLEWARE", "BASE_DIR"))]
    pre, post = split_blocks(r, blocks, r.randint(3, 6))
    return "%s/settings/production.py" % proj, py_module(r, header, ["import os"], pre, si, sl, post)


def R_config(r, si, sl):
    proj = r.choice(PROJECTS)
    header = ['"""Application configuration for %s."""' % proj]
    pre, post = split_blocks(r, blk_flask(r, proj) + blk_generic(r, proj), r.randint(2, 6))
    path = r.choice(["config.py", "%s/config.py" % proj, "app/core/config.py", "%s/settings.py" % r.choice(APPS)])
    return path, py_module(r, header, ["import os"], pre, si, sl, post)


def R_app_flask(r, si, sl):
    proj = r.choice(PROJECTS)
    routes = [
        ["@app.route(\"/healthz\")", "def healthz():", "    return jsonify(status=\"ok\")"],
        ["@app.route(\"/\")", "def index():", "    return render_template(\"index.html\")"],
        ["@app.route(\"/api/items/<int:item_id>\")", "def get_item(item_id):", "    item = db.session.get(Item, item_id)",
         "    if item is None:", "        abort(404)", "    return jsonify(item.to_dict())"],
        ["@app.errorhandler(404)", "def not_found(e):", "    return jsonify(error=\"not found\"), 404"],
    ]
    pre = [["app = Flask(__name__)", "app.config.from_prefixed_env()"]]
    post = pick(r, routes, r.randint(2, 4)) + [["if __name__ == \"__main__\":", "    app.run(debug=False, port=%d)" % r.choice([5000, 8000, 8080])]]
    return r.choice(["app.py", "%s/app.py" % proj, "wsgi.py"]), py_module(
        r, [], ["import os", "from flask import Flask, abort, jsonify, render_template"], pre, si, sl, post)


def R_main_fastapi(r, si, sl):
    pre = [["app = FastAPI(title=%s, version=\"%d.%d.0\")" % (q(r.choice(PROJECTS).capitalize() + " API"), r.randint(0, 3), r.randint(0, 20))]]
    post_opts = [
        ["@app.get(\"/health\")", "async def health():", "    return {\"status\": \"ok\"}"],
        ["class Token(BaseModel):", "    access_token: str", "    token_type: str"],
        ["def create_access_token(data: dict, expires_delta: timedelta | None = None) -> str:", "    to_encode = data.copy()",
         "    expire = datetime.now(timezone.utc) + (expires_delta or timedelta(minutes=15))", "    to_encode.update({\"exp\": expire})",
         "    return jwt.encode(to_encode, SECRET_KEY, algorithm=ALGORITHM)"],
        ["@app.get(\"/users/me\")", "async def read_users_me(token: str = Depends(oauth2_scheme)):", "    return {\"token\": token[:8]}"],
    ]
    consts = ["ALGORITHM = \"HS256\"", "ACCESS_TOKEN_EXPIRE_MINUTES = %d" % r.choice([15, 30, 60])]
    post = [consts, ["oauth2_scheme = OAuth2PasswordBearer(tokenUrl=\"token\")"]] + pick(r, post_opts, r.randint(2, 4))
    return r.choice(["main.py", "app/main.py", "src/api/main.py"]), py_module(
        r, [], ["import os", "from datetime import datetime, timedelta, timezone", "from fastapi import Depends, FastAPI",
                "from fastapi.security import OAuth2PasswordBearer", "from pydantic import BaseModel", "import jwt"], pre, si, sl, post)


def R_tasks(r, si, sl):
    proj = r.choice(PROJECTS)
    tasks = [
        ["@shared_task(bind=True, max_retries=3, default_retry_delay=60)", "def sync_orders(self, since=None):",
         "    logger.info(\"syncing orders since %s\", since)", "    return 0"],
        ["@shared_task", "def cleanup_sessions():", "    from django.core.management import call_command", "    call_command(\"clearsessions\")"],
        ["@shared_task(rate_limit=\"10/m\")", "def send_digest(user_id):", "    logger.debug(\"digest for %s\", user_id)"],
        ["@shared_task(acks_late=True)", "def rebuild_search_index(batch_size=500):", "    for start in range(0, 10_000, batch_size):",
         "        logger.debug(\"batch %d\", start)"],
    ]
    pre = [["logger = logging.getLogger(__name__)"]]
    post = pick(r, tasks, r.randint(2, 3))
    return "%s/%s/tasks.py" % (proj, r.choice(APPS)), py_module(r, [], ["import logging", "import os", "from celery import shared_task"], pre, si, sl, post)


def R_celeryconfig(r, si, sl):
    opts = [["task_serializer = \"json\"", "result_serializer = \"json\"", "accept_content = [\"json\"]"],
            ["timezone = \"%s\"" % r.choice(["UTC", "Europe/Berlin"]), "enable_utc = True"],
            ["task_acks_late = True", "worker_prefetch_multiplier = %d" % r.choice([1, 4])],
            ["task_routes = {", "    \"%s.tasks.send_*\": {\"queue\": \"mail\"}," % r.choice(APPS), "    \"%s.tasks.rebuild_*\": {\"queue\": \"heavy\"}," % r.choice(APPS), "}"],
            ["beat_schedule = {", "    \"nightly-cleanup\": {\"task\": \"core.tasks.cleanup_sessions\", \"schedule\": 86400.0},", "}"],
            ["broker_transport_options = {\"visibility_timeout\": %d}" % r.choice([3600, 43200])],
            ["result_expires = %d" % r.choice([3600, 86400])]]
    pre, post = split_blocks(r, opts, r.randint(3, 6))
    return r.choice(["celeryconfig.py", "%s/celeryconfig.py" % r.choice(PROJECTS)]), py_module(r, ['"""Celery configuration (loaded via app.config_from_object)."""'], ["import os"], pre, si, sl, post)


def R_celery_app(r, si, sl):
    proj = r.choice(PROJECTS)
    pre = [["os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"%s.settings\")" % proj]]
    post = [["app.config_from_object(\"django.conf:settings\", namespace=\"CELERY\")", "app.autodiscover_tasks()"],
            ["@app.task(bind=True, ignore_result=True)", "def debug_task(self):", "    print(f\"Request: {self.request!r}\")"]]
    return "%s/celery.py" % proj, py_module(r, [], ["import os", "from celery import Celery"], pre, si, sl, post)


def R_conftest(r, si, sl):
    pre = [["pytest_plugins = [\"pytest_django\"]"] if r.random() < 0.3 else ["FIXTURES = Path(__file__).parent / \"fixtures\""]]
    if r.random() < 0.6:
        pre.append(["@pytest.fixture", "def client():", "    from app import create_app", "    app = create_app(\"testing\")", "    with app.test_client() as c:", "        yield c"])
    post = [["@pytest.fixture", "def anyio_backend():", "    return \"asyncio\""]] if r.random() < 0.5 else []
    return r.choice(["tests/conftest.py", "conftest.py", "%s/tests/conftest.py" % r.choice(APPS)]), py_module(
        r, [], ["import os", "from pathlib import Path", "import pytest"], pre, si, sl, post)


def R_test(r, si, sl):
    name = r.choice(["integration", "payments", "notifications", "client", "api", "sync", "upload", "emails", "webhooks"])
    pre = [["pytestmark = pytest.mark.%s" % r.choice(["integration", "slow", "django_db"])]]
    post = [["def test_smoke():", "    assert True"]] if r.random() < 0.3 else []
    return "tests/test_%s.py" % name, py_module(r, [], ["import os", "import pytest"], pre, si, sl, post)


def R_alembic_env(r, si, sl):
    pre = [["config = context.config"], ["if config.config_file_name is not None:", "    fileConfig(config.config_file_name)"],
           ["target_metadata = Base.metadata"]]
    post = [["def run_migrations_offline() -> None:", "    url = config.get_main_option(\"sqlalchemy.url\")",
             "    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)",
             "    with context.begin_transaction():", "        context.run_migrations()"],
            ["def run_migrations_online() -> None:", "    connectable = engine_from_config(", "        config.get_section(config.config_ini_section, {}),",
             "        prefix=\"sqlalchemy.\",", "        poolclass=pool.NullPool,", "    )", "    with connectable.connect() as connection:",
             "        context.configure(connection=connection, target_metadata=target_metadata)", "        with context.begin_transaction():",
             "            context.run_migrations()"],
            ["if context.is_offline_mode():", "    run_migrations_offline()", "else:", "    run_migrations_online()"]]
    return r.choice(["alembic/env.py", "migrations/env.py"]), py_module(
        r, [], ["import os", "from logging.config import fileConfig", "from alembic import context", "from sqlalchemy import engine_from_config, pool",
                "from app.models import Base"], pre, si, sl, post)


def R_noxfile(r, si, sl):
    pyv = ["3.10", "3.11", "3.12"]
    pre = [["nox.options.sessions = [\"lint\", \"tests\"]"],
           ["@nox.session(python=%s)" % json.dumps(pick(r, pyv, 2)), "def tests(session):", "    session.install(\"-e\", \".[test]\")", "    session.run(\"pytest\", *session.posargs)"],
           ["@nox.session", "def lint(session):", "    session.install(\"ruff\")", "    session.run(\"ruff\", \"check\", \".\")"]]
    return "noxfile.py", py_module(r, [], ["import os", "import nox"], pre, si, sl, [])


def R_gunicorn(r, si, sl):
    pre = [["bind = \"0.0.0.0:%d\"" % r.choice([8000, 8080, 5000])], ["workers = multiprocessing.cpu_count() * 2 + 1"],
           ["worker_class = \"%s\"" % r.choice(["uvicorn.workers.UvicornWorker", "gthread", "sync"])],
           ["timeout = %d" % r.choice([30, 60, 120]), "graceful_timeout = 30", "keepalive = 5"],
           ["accesslog = \"-\"", "errorlog = \"-\"", "loglevel = \"info\""]]
    pre = pick(r, pre, r.randint(3, 5))
    return r.choice(["gunicorn.conf.py", "deploy/gunicorn.conf.py"]), py_module(r, ["# Gunicorn configuration file"], ["import multiprocessing", "import os"], pre, si, sl, [])


def R_scrapy_settings(r, si, sl):
    bot = r.choice(["pricewatch", "jobscraper", "newsbot", "realestate", "catalogspider"])
    blocks = [["BOT_NAME = \"%s\"" % bot, "SPIDER_MODULES = [\"%s.spiders\"]" % bot, "NEWSPIDER_MODULE = \"%s.spiders\"" % bot],
              ["ROBOTSTXT_OBEY = %s" % r.choice(["True", "False"])],
              ["CONCURRENT_REQUESTS = %d" % r.choice([8, 16, 32]), "DOWNLOAD_DELAY = %s" % r.choice(["0.5", "1", "2.5"])],
              ["AUTOTHROTTLE_ENABLED = True", "AUTOTHROTTLE_START_DELAY = 5"],
              ["ITEM_PIPELINES = {", "    \"%s.pipelines.CleanPipeline\": 300," % bot, "    \"%s.pipelines.StoragePipeline\": 800," % bot, "}"],
              ["REQUEST_FINGERPRINTER_IMPLEMENTATION = \"2.7\"", "TWISTED_REACTOR = \"twisted.internet.asyncioreactor.AsyncioSelectorReactor\"", "FEED_EXPORT_ENCODING = \"utf-8\""],
              ["DOWNLOADER_MIDDLEWARES = {", "    \"scrapy_zyte_api.ScrapyZyteAPIDownloaderMiddleware\": 1000,", "}"] if r.random() < 0.5 else ["RETRY_TIMES = 5"]]
    pre, post = split_blocks(r, blocks, r.randint(4, 7))
    return "%s/settings.py" % bot, py_module(r, ["# Scrapy settings for %s project" % bot, "#", "#     https://docs.scrapy.org/en/latest/topics/settings.html"], ["import os"], pre, si, sl, post)


def R_streamlit(r, si, sl):
    pre = [["st.set_page_config(page_title=%s, layout=\"wide\")" % q(r.choice(["Sales dashboard", "Chat with docs", "Churn explorer", "Ops metrics"]))]]
    post = [["st.title(%s)" % q(r.choice(["Ask the handbook", "Weekly KPIs", "Support triage"])), "question = st.text_input(\"Question\")",
             "if st.button(\"Run\") and question:", "    with st.spinner(\"Thinking...\"):", "        st.write(answer(question))"]]
    fn = [["@st.cache_data(ttl=600)", "def load_data(path: str) -> pd.DataFrame:", "    return pd.read_parquet(path)"],
          ["def answer(q: str) -> str:", "    return q[::-1]"]]
    return r.choice(["streamlit_app.py", "app/Home.py", "dashboard.py"]), py_module(
        r, [], ["import os", "import pandas as pd", "import streamlit as st"], pre, si, sl, fn + post)


def R_gradio(r, si, sl):
    post = [["def respond(message, history):", "    return message.upper()"],
            ["demo = gr.ChatInterface(respond, title=%s)" % q(r.choice(["Support bot", "Docs assistant", "Recipe helper"]))],
            ["if __name__ == \"__main__\":", "    demo.launch(server_name=\"0.0.0.0\", server_port=7860)"]]
    return r.choice(["app.py", "gradio_app.py", "space/app.py"]), py_module(r, [], ["import os", "import gradio as gr"], [], si, sl, post)


def R_script(r, si, sl):
    name = r.choice(["sync_bucket", "backfill_orders", "export_reports", "rotate_logs", "import_catalog", "notify_oncall", "seed_db"])
    pre = [["logging.basicConfig(level=logging.INFO)", "log = logging.getLogger(%s)" % q(name)]]
    post = [["def main(argv=None):", "    parser = argparse.ArgumentParser(description=%s)" % q(name.replace("_", " ")),
             "    parser.add_argument(\"--dry-run\", action=\"store_true\")", "    args = parser.parse_args(argv)",
             "    log.info(\"starting (dry_run=%s)\", args.dry_run)", "    return 0"],
            ["if __name__ == \"__main__\":", "    sys.exit(main())"]]
    return "scripts/%s.py" % name, py_module(r, ["#!/usr/bin/env python3", '"""%s."""' % name.replace("_", " ").capitalize()],
                                             ["import argparse", "import logging", "import os", "import sys"], pre, si, sl, post)


PY_RENDER = {
    "settings.py": R_settings, "settings/production.py": R_production, "config.py": R_config, "app.py (flask)": R_app_flask,
    "main.py (fastapi)": R_main_fastapi, "tasks.py": R_tasks, "celeryconfig.py": R_celeryconfig, "celery.py": R_celery_app,
    "conftest.py": R_conftest, "test_*.py": R_test, "alembic env.py": R_alembic_env, "noxfile.py": R_noxfile,
    "gunicorn.conf.py": R_gunicorn, "scrapy settings.py": R_scrapy_settings, "streamlit_app.py": R_streamlit,
    "app.py (gradio)": R_gradio, "scripts/*.py": R_script,
}


# ------------------------------------------------------ config renderers ----
# Each renderer: (r, entries) -> (relative_path, lines); entries = [(name, value, raw)]
# raw=True means the value is an expression of the file's own syntax (${X}, %(ENV_X)s ...)

def dq(v, raw=False, p=0.5, r=None):
    if raw or '"' in v or (r is not None and r.random() > p):
        return v
    return '"%s"' % v


def R_flaskenv(r, entries):
    proj = r.choice(PROJECTS)
    lines = ["FLASK_APP=%s" % r.choice(["app", "wsgi:app", "%s:create_app" % proj, "autoapp.py"]),
             "FLASK_DEBUG=%d" % r.choice([0, 1]), "FLASK_RUN_PORT=%d" % r.choice([5000, 8000])]
    extra = pick(r, ["FLASK_RUN_HOST=0.0.0.0", "FLASK_SQLALCHEMY_ECHO=false", "FLASK_PREFERRED_URL_SCHEME=https",
                     "FLASK_LOG_LEVEL=INFO", "FLASK_SESSION_COOKIE_SECURE=true"], r.randint(1, 3))
    body = [("%s=%s" % (n, dq(v, raw, 0.5, r))) for n, v, raw in entries]
    pos = r.randint(0, len(extra))
    return ".flaskenv", lines + extra[:pos] + body + extra[pos:]


def R_dotenv(r, entries):
    lines = ["# local overrides for docker compose / honcho", "DJANGO_SETTINGS_MODULE=%s.settings" % r.choice(PROJECTS),
             "PYTHONUNBUFFERED=1", "LOG_LEVEL=%s" % r.choice(["INFO", "DEBUG"])]
    body = [("%s=%s" % (n, dq(v, raw, 0.4, r))) for n, v, raw in entries]
    tail = pick(r, ["ALLOWED_HOSTS=localhost,127.0.0.1", "WEB_CONCURRENCY=3", "CELERY_CONCURRENCY=4", "TZ=UTC"], 2)
    return r.choice([".env", ".env.production", "deploy/.env.prod"]), lines + body + tail


def R_compose(r, entries):
    proj = r.choice(PROJECTS)
    listy = r.random() < 0.4
    env = []
    others = [("DJANGO_SETTINGS_MODULE", "%s.settings.production" % proj), ("PYTHONUNBUFFERED", "1"), ("REDIS_HOST", "redis"), ("WEB_CONCURRENCY", "3")]
    oth = pick(r, others, 3)
    allv = oth[:2] + [(n, v) for n, v, raw in entries] + oth[2:]
    rawset = {n for n, v, raw in entries if raw}
    for n, v in allv:
        if listy:
            env.append("      - %s=%s" % (n, v))
        else:
            env.append("      %s: %s" % (n, ('"%s"' % v) if ('"' not in v and (n in rawset or r.random() < 0.5)) else v))
    lines = ["services:", "  web:", "    build: .", "    command: %s" % r.choice(["gunicorn %s.wsgi:application -b 0.0.0.0:8000" % proj,
                                                                            "uvicorn app.main:app --host 0.0.0.0 --port 8000",
                                                                            "celery -A %s worker -l info" % proj]),
             "    ports:", "      - \"8000:8000\"", "    environment:"] + env + [
             "    depends_on:", "      - db", "      - redis", "  db:", "    image: postgres:%d-alpine" % r.choice([14, 15, 16]),
             "    volumes:", "      - pgdata:/var/lib/postgresql/data", "  redis:", "    image: redis:7-alpine", "volumes:", "  pgdata:"]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml"]), lines


def R_supervisord(r, entries):
    proj = r.choice(PROJECTS)
    env = ",".join('%s=%s' % (n, v if raw else '"%s"' % v) for n, v, raw in entries)
    if r.random() < 0.5:
        env = 'DJANGO_SETTINGS_MODULE="%s.settings.production",' % proj + env
    prog = r.choice(["celery", "gunicorn", "bot", "scheduler"])
    lines = ["[program:%s-%s]" % (proj, prog),
             "command=%s" % {"celery": "/srv/%s/venv/bin/celery -A %s worker --loglevel=INFO" % (proj, proj),
                             "gunicorn": "/srv/%s/venv/bin/gunicorn %s.wsgi:application --workers 3 --bind unix:/run/%s.sock" % (proj, proj, proj),
                             "bot": "/srv/%s/venv/bin/python bot.py" % proj,
                             "scheduler": "/srv/%s/venv/bin/celery -A %s beat --loglevel=INFO" % (proj, proj)}[prog],
             "directory=/srv/%s/app" % proj, "user=%s" % r.choice(["www-data", "deploy", proj]), "numprocs=1",
             "autostart=true", "autorestart=true", "startsecs=10", "stopwaitsecs=600",
             "stdout_logfile=/var/log/%s/%s.log" % (proj, prog), "redirect_stderr=true", "environment=%s" % env]
    if r.random() < 0.5:
        lines = ["; managed by ansible role %s -- edit the template, not this file" % r.choice(["app", "workers", "web"]), ""] + lines
    return r.choice(["supervisord.conf", "deploy/supervisor/%s.conf" % proj, "etc/supervisor/conf.d/%s.conf" % prog]), lines


def R_uwsgi(r, entries):
    proj = r.choice(PROJECTS)
    lines = ["[uwsgi]", "chdir = /srv/%s" % proj, "module = %s.wsgi:application" % proj, "home = /srv/%s/venv" % proj,
             "master = true", "processes = %d" % r.choice([2, 4, 8]), "threads = 2", "socket = /run/uwsgi/%s.sock" % proj,
             "chmod-socket = 660", "vacuum = true", "die-on-term = true", "env = DJANGO_SETTINGS_MODULE=%s.settings.production" % proj]
    lines += ["env = %s=%s" % (n, v) for n, v, raw in entries]
    lines += pick(r, ["harakiri = 60", "max-requests = 5000", "buffer-size = 32768", "lazy-apps = true"], 2)
    return r.choice(["uwsgi.ini", "deploy/uwsgi.ini", "%s_uwsgi.ini" % proj]), lines


def R_tox(r, entries):
    lines = ["[tox]", "envlist = py3{10,11,12}, lint", "isolated_build = true", "", "[testenv]", "deps =", "    -r requirements-dev.txt",
             "setenv ="]
    lines += ["    %s = %s" % (n, v) for n, v, raw in entries]
    lines += ["    PYTHONPATH = {toxinidir}", "passenv = CI, GITHUB_*", "commands =", "    pytest {posargs:tests}", "",
              "[testenv:lint]", "deps = ruff", "commands = ruff check src tests"]
    return "tox.ini", lines


def R_setup_cfg(r, entries):
    proj = r.choice(PROJECTS)
    lines = ["[metadata]", "name = %s" % proj, "version = attr: %s.__version__" % proj, "description = %s backend" % proj.capitalize(),
             "", "[options]", "packages = find:", "python_requires = >=3.10", "install_requires =", "    requests>=2.31", "    pydantic>=2",
             "", "[tool:pytest]", "testpaths = tests", "addopts = -ra --strict-markers", "env ="]
    lines += ["    %s=%s" % (n, v) for n, v, raw in entries]
    lines += ["", "[flake8]", "max-line-length = 100", "exclude = .git,__pycache__,build,dist"]
    return "setup.cfg", lines


def R_pyproject(r, entries):
    proj = r.choice(PROJECTS)
    head = ["[project]", "name = \"%s\"" % proj, "version = \"%d.%d.%d\"" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9)),
            "requires-python = \">=3.10\"", "dependencies = [", "    \"fastapi>=0.110\",", "    \"sqlalchemy>=2.0\",", "    \"httpx>=0.27\",", "]", ""]
    mode = r.choice(["pytest", "tool"])
    if mode == "pytest":
        body = ["[tool.pytest.ini_options]", "testpaths = [\"tests\"]", "env = ["] + ["    \"%s=%s\"," % (n, v) for n, v, raw in entries] + ["]"]
    else:
        body = ["[tool.%s]" % proj] + ["%s = \"%s\"" % (n.lower(), v) for n, v, raw in entries] + ["timeout = %d" % r.choice([10, 30])]
    tail = ["", "[tool.ruff]", "line-length = %d" % r.choice([88, 100, 120]), "target-version = \"py311\"", "",
            "[build-system]", "requires = [\"hatchling\"]", "build-backend = \"hatchling.build\""]
    return "pyproject.toml", head + body + tail


def R_secrets_toml(r, entries):
    lines = ["# Streamlit secrets -- read with st.secrets"]
    for n, v, raw in entries:
        section = "connections" if n == "password" else r.choice([None, "prov", "prov", "api"])
        if section == "prov" and "_" in n:
            sec, key = n.split("_", 1)
            lines += ["", "[%s]" % sec.lower(), "%s = \"%s\"" % (key.lower(), v)]
            continue
        if section == "prov":
            section = None
        if section == "connections":
            lines += ["", "[connections.%s]" % r.choice(["postgresql", "warehouse", "main"]), "dialect = \"postgresql\"",
                      "host = \"%s\"" % host_for(r, "pg"), "port = \"5432\"", "%s = \"%s\"" % (n.lower() if n.isupper() else n, v)]
        elif section:
            lines += ["", "[%s]" % section, "%s = \"%s\"" % (n.lower(), v)]
        else:
            lines += ["%s = \"%s\"" % (n, v)]
    lines += ["", "[app]", "title = \"%s\"" % r.choice(["Ops dashboard", "Churn explorer", "Docs chat"]), "cache_ttl = %d" % r.choice([300, 600])]
    return ".streamlit/secrets.toml", lines


def R_streamlit_config(r, entries):
    lines = ["[server]", "headless = true", "port = %d" % r.choice([8501, 8080]), "enableCORS = false"]
    others = []
    for n, v, raw in entries:
        if n == "cookieSecret":
            lines.append("cookieSecret = \"%s\"" % v)
        else:
            others += ["", "[mapbox]", "token = \"%s\"" % v]
    lines += ["maxUploadSize = %d" % r.choice([200, 500]), "", "[browser]", "gatherUsageStats = false", "", "[theme]",
              "primaryColor = \"#%s\"" % rs(r, HEX, 6), "base = \"%s\"" % r.choice(["light", "dark"])] + others
    return ".streamlit/config.toml", lines


def R_alembic_ini(r, entries):
    url = entries[0][1]
    lines = ["# A generic, single database configuration.", "", "[alembic]", "script_location = %s" % r.choice(["alembic", "migrations"]),
             "prepend_sys_path = .", "version_path_separator = os", "", "sqlalchemy.url = %s" % url, "",
             "[post_write_hooks]", "hooks = black", "black.type = console_scripts", "black.entrypoint = black", "",
             "[loggers]", "keys = root,sqlalchemy,alembic", "", "[handlers]", "keys = console", "", "[formatters]", "keys = generic", "",
             "[logger_root]", "level = WARN", "handlers = console", "qualname =", "", "[logger_sqlalchemy]", "level = WARN", "handlers =",
             "qualname = sqlalchemy.engine", "", "[logger_alembic]", "level = INFO", "handlers =", "qualname = alembic", "",
             "[handler_console]", "class = StreamHandler", "args = (sys.stderr,)", "level = NOTSET", "formatter = generic", "",
             "[formatter_generic]", "format = %(levelname)-5.5s [%(name)s] %(message)s", "datefmt = %H:%M:%S"]
    return "alembic.ini", lines


def R_scrapy_cfg(r, entries):
    bot = r.choice(["pricewatch", "jobscraper", "newsbot", "realestate"])
    n, v, raw = entries[0]
    lines = ["# Automatically created by: scrapy startproject", "#", "# For more information about the [deploy] section see:",
             "# https://scrapyd.readthedocs.io/en/latest/deploy.html", "", "[settings]", "default = %s.settings" % bot, ""]
    if n == "username":
        lines += ["[deploy]", "url = https://app.zyte.com/api/scrapyd/", "project = %d" % r.randint(100000, 999999), "username = %s" % v, "password ="]
    else:
        lines += ["[deploy:%s]" % r.choice(["prod", "production", "scrapyd"]), "url = https://scrapyd.%s.internal:6800/" % bot,
                  "project = %s" % bot, "username = %s" % r.choice(["scrapy", "deploy", "admin"]), "password = %s" % v]
    return "scrapy.cfg", lines


def R_procfile(r, entries):
    proj = r.choice(PROJECTS)
    n, v, raw = entries[0]
    lines = ["# Heroku / Dokku process types", "# see docs/deploy.rst before changing worker concurrency",
             "web: gunicorn %s.wsgi --log-file - --workers ${WEB_CONCURRENCY:-3}" % proj]
    if n == "__broker__":
        lines.append("worker: celery -A %s worker --loglevel=info --broker %s" % (proj, v))
    elif n == "__positional__":
        lines.append("bot: python -m %s.bot %s" % (proj, v))
    else:
        lines.append("worker: %s=%s celery -A %s worker --loglevel=info" % (n, v, proj))
    lines += pick(r, ["release: python manage.py migrate --noinput", "beat: celery -A %s beat --loglevel=info" % proj], r.randint(1, 2))
    return "Procfile", lines


REQS = ["Django==4.2.16", "djangorestframework==3.15.2", "celery==5.4.0", "redis==5.0.8", "psycopg2-binary==2.9.9",
        "gunicorn==22.0.0", "requests==2.32.3", "boto3==1.34.162", "sentry-sdk==2.13.0", "pydantic==2.8.2",
        "pydantic-settings==2.4.0", "fastapi==0.112.2", "uvicorn[standard]==0.30.6", "SQLAlchemy==2.0.32", "alembic==1.13.2",
        "Flask==3.0.3", "python-dotenv==1.0.1", "whitenoise==6.7.0", "django-storages==1.14.4", "httpx==0.27.2", "scrapy==2.11.2"]


def R_requirements(r, entries):
    n, v, raw = entries[0]
    pk = sorted(pick(r, REQS, r.randint(6, 14)), key=str.lower)
    lines = ["# pip-compile output trimmed", "--index-url https://pypi.org/simple"] if r.random() < 0.5 else []
    idx = "--extra-index-url %s" % v if n != "__git__" else None
    if idx:
        lines.append(idx)
        lines += pk
        lines.insert(len(lines) - r.randint(0, 3), "%s==%d.%d.%d" % (r.choice(["acme-internal-sdk", "kelpie-common", "billing-client"]), r.randint(0, 4), r.randint(0, 20), r.randint(0, 9)))
    else:
        lines += pk + [v]
    return r.choice(["requirements.txt", "requirements/production.txt", "requirements/base.txt"]), lines


def R_pypirc(r, entries):
    n, v, raw = entries[0]
    lines = ["[distutils]", "index-servers =", "    pypi", "    %s" % ("internal" if n.startswith("internal") else "testpypi"), "", "[pypi]", "username = __token__"]
    if n == "internal_gitlab":
        lines += ["", "[internal]", "repository = https://gitlab.com/api/v4/projects/%d/packages/pypi" % r.randint(1000000, 60000000),
                  "username = gitlab+deploy-token-%d" % r.randint(100000, 9999999), "password = %s" % v]
    elif n == "internal":
        lines += ["", "[internal]", "repository = https://%s/artifactory/api/pypi/pypi-local" % r.choice(["acme.jfrog.io", "artifacts.kelpie.dev"]),
                  "username = %s" % r.choice(["ci-publisher", "deploy"]), "password = %s" % v]
    else:
        lines += ["password = %s" % v, "", "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__"]
    return ".pypirc", lines


def R_readme(r, entries):
    proj = r.choice(PROJECTS)
    title = proj.capitalize()
    lines = [title, "=" * len(title), "", "%s is the backend for the %s product. It runs on %s." % (title, proj, r.choice(["Django", "FastAPI", "Flask"])), "",
             "Quickstart", "----------", "", ".. code-block:: bash", "", "    python -m venv .venv", "    . .venv/bin/activate",
             "    pip install -r requirements.txt"]
    for n, v, raw in entries:
        if n == "__python__":
            lines += ["", "Calling the API from Python:", "", ".. code-block:: python", ""] + ["    " + x for x in v]
        else:
            lines.append("    export %s=%s" % (n, v))
    lines += ["    %s" % r.choice(["python manage.py runserver", "uvicorn app.main:app --reload", "flask run"]), "",
              "Running tests", "-------------", "", "Run ``pytest -q``. CI runs ``tox`` on Python 3.10-3.12."]
    return "README.rst", lines


CFG_RENDER = {
    ".flaskenv": R_flaskenv, ".env": R_dotenv, "docker-compose.yml": R_compose, "supervisord.conf": R_supervisord,
    "uwsgi.ini": R_uwsgi, "tox.ini": R_tox, "setup.cfg": R_setup_cfg, "pyproject.toml": R_pyproject,
    "secrets.toml": R_secrets_toml, ".streamlit/config.toml": R_streamlit_config, "alembic.ini": R_alembic_ini,
    "scrapy.cfg": R_scrapy_cfg, "Procfile": R_procfile, "requirements.txt": R_requirements, ".pypirc": R_pypirc,
    "README.rst": R_readme,
}


# ------------------------------------------------------- positive builder --
SIGN_PROV = {"django", "flask", "fastapi", "jwt"}
LLM_PROV = {"openai", "anthropic", "groq", "mistral", "cohere", "openrouter", "replicate", "huggingface"}
PKG_PROV = {"pypi", "github", "gitlab", "npm", "jfrog"}
SCRAPE_PROV = {"zyte", "scrapingbee", "scraperapi", "proxy"}
BROKER_KINDS = {("rabbitmq", "amqp_uri_password"), ("redis", "url_password"), ("aws", "sqs_broker_secret")}
PWLIKE = {"pw"}
CFG_BAD = set("\"'\\$% ")


def lit(c):
    return c.value if c.kind == "secret_key_bytes" else q(c.value)


def is_sign(c):
    return c.provider in SIGN_PROV


def fts_for(c):
    """Compatible (filetype, weight) list for a credential."""
    s = is_sign(c)
    dj = c.provider == "django"
    fl = c.provider == "flask"
    url = c.url
    dbish = c.provider in ("postgres", "mysql", "mongodb", "redis", "rabbitmq")
    out = []
    if c.kind == "cookie_secret":
        return [(".streamlit/config.toml", 5), ("docker-compose.yml", 1)]
    if c.kind == "service_account_private_key":
        return [("settings.py", 2), ("settings/production.py", 2), ("scripts/*.py", 2), ("config.py", 1)]
    out += [("settings.py", 3 if dj else (1.5 if not s else 0)), ("settings/production.py", 3 if dj else (1.5 if not s else 0)),
            ("config.py", 2 if not dj else 0)]
    out += [("app.py (flask)", 3 if fl else (1 if not s else 0)), ("main.py (fastapi)", 3 if c.provider in ("fastapi", "jwt") else (1 if not s else 0))]
    if not s:
        out += [("tasks.py", 1), ("conftest.py", 1), ("test_*.py", 1.5), ("scripts/*.py", 1)]
    if (c.provider, c.kind) in BROKER_KINDS or c.provider == "sentry" and url:
        out += [("celeryconfig.py", 5), ("celery.py", 2), ("Procfile", 2 if (c.provider, c.kind) in BROKER_KINDS else 0)]
    if c.kind == "connection_uri":
        out += [("alembic env.py", 2.5), ("alembic.ini", 5)]
    if c.provider in PKG_PROV or c.kind == "user_auth_token":
        out += [("noxfile.py", 1.5), ("tox.ini", 1)]
    if c.provider in ("pypi",) or c.provider == "jfrog" or c.kind == "deploy_token":
        out += [(".pypirc", 5 if c.provider == "pypi" else 1.5)]
    if c.provider in ("jfrog",) or c.kind in ("deploy_token", "personal_access_token_classic", "fine_grained_pat") or (c.provider == "gitlab"):
        out += [("requirements.txt", 3)]
    if c.provider in SCRAPE_PROV or c.provider in ("aws", "mongodb", "sentry") or c.kind == "incoming_webhook":
        out += [("scrapy settings.py", 3 if c.provider in SCRAPE_PROV else 1)]
    if c.provider == "zyte" or c.kind == "basic_auth_password":
        out += [("scrapy.cfg", 3)]
    if c.provider in LLM_PROV or dbish or c.provider in ("supabase", "google", "mapbox", "snowflake"):
        out += [("streamlit_app.py", 1.5), ("secrets.toml", 2)]
    elif not s:
        out += [("secrets.toml", 0.7)]
    if c.provider in LLM_PROV:
        out += [("app.py (gradio)", 1.5)]
    if c.provider in ("telegram", "discord") and c.kind == "bot_token":
        out += [("Procfile", 2)]
    if not c.py_only:
        out += [(".env", 1), ("docker-compose.yml", 1.5), ("supervisord.conf", 1), ("uwsgi.ini", 1), ("gunicorn.conf.py", 1)]
        if fl or (not s and not dj):
            out += [(".flaskenv", 1.5 if fl else 0.5)]
        if not s:
            out += [("pyproject.toml", 0.7), ("setup.cfg", 0.5), ("tox.ini", 0.5), ("README.rst", 1)]
    res = []
    for ft, w in out:
        if w <= 0:
            continue
        if ft in CFG_RENDER and ft not in ("secrets.toml", "pyproject.toml", "README.rst") and (set(c.value) & CFG_BAD):
            continue
        if ft in ("secrets.toml", "pyproject.toml") and (set(c.value) & set("\"\\")):
            continue
        res.append((ft, w))
    return res


def wchoice(r, items):
    tot = sum(w for _, w in items)
    x = r.random() * tot
    for it, w in items:
        x -= w
        if x <= 0:
            return it
    return items[-1][0]


def choose_name(r, c, generic_p=0.33):
    if getattr(c, "no_generic", False):
        return r.choice(c.names), False
    if r.random() < generic_p:
        return r.choice(GENERIC[c.gen]), True
    return r.choice(c.names), False


def py_slot(r, c, ft):
    """(imports, lines, name, generic?) for a python file type."""
    name, gen = choose_name(r, c)
    if not name.isupper() and name not in ("cookieSecret",):
        name = name.upper().replace(".", "_")
    name = name.replace(".", "_")
    L = lit(c)
    env = name
    if ft in ("conftest.py", "test_*.py"):
        st = r.choice(["fixture", "monkeypatch", "environ", "call"] if c.calls else ["fixture", "monkeypatch", "environ"])
        if st == "fixture":
            fx = r.choice([name.lower(), "live_" + name.lower(), "api_key", "creds", "token"])
            return ([], ["@pytest.fixture(scope=\"session\")", "def %s():" % fx, "    return %s" % L, "", "",
                         "def test_%s_is_configured(%s):" % (r.choice(["client", "service", "backend"]), fx), "    assert %s" % fx], name, gen)
        if st == "monkeypatch":
            return ([], ["@pytest.fixture(autouse=True)", "def _env(monkeypatch):", "    monkeypatch.setenv(%s, %s)" % (q(env), L),
                         "    monkeypatch.setenv(\"APP_ENV\", \"test\")"], name, gen)
        if st == "environ":
            return ([], ["os.environ[%s] = %s" % (q(env), L), "os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"%s.settings\")" % r.choice(PROJECTS)], name, gen)
        imps, lines = r.choice(c.calls)(r, c, name)
        return (imps, ["@pytest.fixture", "def live_client():"] + ["    " + x if x else "" for x in lines] + ["    return %s" % lines[-1].split(" = ")[0].strip() if " = " in lines[-1] else "    return None"], name, gen)
    if ft == "noxfile.py":
        return ([], ["@nox.session", "def publish(session):", "    session.install(\"build\", \"twine\")", "    session.run(\"python\", \"-m\", \"build\")",
                     "    session.env[%s] = %s" % (q(r.choice(["TWINE_PASSWORD", name])), L),
                     "    session.run(\"twine\", \"upload\", \"--non-interactive\", \"dist/*\")"], name, gen)
    if ft == "gunicorn.conf.py":
        return ([], ["raw_env = [", "    \"DJANGO_SETTINGS_MODULE=%s.settings.production\"," % r.choice(PROJECTS), "    %s," % q("%s=%s" % (name, c.value)), "]"], name, gen)
    if ft == "alembic env.py":
        return ([], ["config.set_main_option(\"sqlalchemy.url\", %s)" % L], name, gen)
    if ft == "celery.py":
        kw = "broker" if c.provider != "sentry" else None
        if kw is None:
            return (["import sentry_sdk", "from sentry_sdk.integrations.celery import CeleryIntegration"],
                    ["sentry_sdk.init(dsn=%s, integrations=[CeleryIntegration()])" % L, "", "app = Celery(%s)" % q(r.choice(PROJECTS))], name, gen)
        if c.provider == "redis":
            kw = r.choice(["broker", "backend"])
        return ([], ["app = Celery(%s, %s=%s)" % (q(r.choice(PROJECTS)), kw, L)], name, gen)
    if ft == "celeryconfig.py" and c.url:
        nm = "broker_url" if c.provider != "redis" or r.random() < 0.5 else "result_backend"
        if c.provider == "sentry":
            return (["import sentry_sdk"], ["sentry_sdk.init(dsn=%s)" % L], name, gen)
        if r.random() < 0.5:
            return ([], ["%s = os.environ.get(%s, %s)" % (nm, q(nm.upper()), L)], name, gen)
        return ([], ["%s = %s" % (nm, L)], name, gen)
    if ft == "app.py (flask)" and is_sign(c):
        return ([], [r.choice(["app.config[\"SECRET_KEY\"] = %s", "app.secret_key = %s"]) % L], name, gen)
    styles = [("assign", 3), ("env_default", 3), ("dict", 1.5)]
    if c.calls:
        styles.append(("call", 4))
    if c.kind == "secret_key_bytes":
        styles = [("assign", 3), ("flask_class", 3)]
    elif ft in ("config.py", "main.py (fastapi)") and not c.url:
        styles += [("pydantic", 2)]
    if ft == "config.py" and c.kind != "secret_key_bytes":
        styles += [("flask_class", 1.5)]
    if c.provider == "django" and ft in ("settings.py", "settings/production.py") and r.random() < 0.5:
        return ([], ["# SECURITY WARNING: keep the secret key used in production secret!", "SECRET_KEY = %s" % sq(c.value)], "SECRET_KEY", False)
    st = wchoice(r, styles)
    if st == "dict" and is_sign(c):
        if c.provider == "flask":
            return ([], ["app.config.update(", "    SECRET_KEY=%s," % L, "    SESSION_COOKIE_HTTPONLY=True,", ")"], name, gen) if ft == "app.py (flask)" else \
                ([], ["SESSION_CONFIG = {", "    \"SECRET_KEY\": %s," % L, "    \"SESSION_COOKIE_NAME\": \"sid\",", "}"], name, gen)
        return (["from datetime import timedelta"], ["SIMPLE_JWT = {", "    \"ACCESS_TOKEN_LIFETIME\": timedelta(minutes=%d)," % r.choice([5, 15, 30]),
                                                  "    \"ALGORITHM\": \"HS256\",", "    \"SIGNING_KEY\": %s," % L, "}"], name, True)
    if st == "call":
        imps, lines = r.choice(c.calls)(r, c, name)
        return (imps, lines, name, True)
    if st == "assign":
        return ([], ["%s = %s" % (name, L)], name, gen)
    if st == "env_default":
        fn = r.choice(["os.environ.get(%s, %s)", "os.getenv(%s, %s)", "os.environ.get(%s) or %s"])
        return ([], ["%s = %s" % (name, fn % (q(env), L))], name, gen)
    if st == "dict":
        block = (c.provider.upper() + r.choice(["", "_CONFIG", "_SETTINGS"])) if r.random() < 0.7 else r.choice(["CREDENTIALS", "INTEGRATIONS", "SERVICE_CONFIG"])
        key = r.choice(["api_key", "apiKey", "token", "secret", "key", name.lower()])
        other = r.choice([("timeout", "30"), ("base_url", q("https://api.%s.com" % c.provider)), ("retries", "3"), ("enabled", "True")])
        return ([], ["%s = {" % block, "    %s: %s," % (q(key), L), "    %s: %s," % (q(other[0]), other[1]), "}"], name, True)
    if st == "pydantic":
        fld = name.lower()
        secret_str = r.random() < 0.4
        lines = ["class %s(BaseSettings):" % r.choice(["Settings", "AppSettings", "%sSettings" % c.provider.capitalize()]),
                 "    model_config = SettingsConfigDict(env_file=\".env\", extra=\"ignore\")", "",
                 "    app_name: str = %s" % q(r.choice(PROJECTS)), "    debug: bool = False"]
        lines.append("    %s: SecretStr = SecretStr(%s)" % (fld, L) if secret_str else "    %s: str = %s" % (fld, L))
        lines += ["    request_timeout: float = %s" % r.choice(["10.0", "30.0"]), "", "", "settings = %s()" % lines[0].split()[1].split("(")[0]]
        imps = ["from pydantic_settings import BaseSettings, SettingsConfigDict"] + (["from pydantic import SecretStr"] if secret_str else [])
        return (imps, lines, name, gen)
    # flask_class
    return ([], ["class Config:", "    DEBUG = False", "    TESTING = False", "", "", "class ProductionConfig(Config):",
                 "    %s = %s" % (name if not c.kind == "secret_key_bytes" else "SECRET_KEY", L),
                 "    SQLALCHEMY_ENGINE_OPTIONS = {\"pool_pre_ping\": True}"], name, gen)


def cfg_slot(r, c, ft):
    name, gen = choose_name(r, c)
    v = c.value
    if ft == "alembic.ini":
        return [("sqlalchemy.url", v, False)], gen
    if ft == "scrapy.cfg":
        return [("username" if c.provider == "zyte" else "password", v, False)], gen
    if ft == "Procfile":
        if (c.provider, c.kind) in BROKER_KINDS:
            return [("__broker__", v, False)], gen
        return [("__positional__", v, False)], True
    if ft == "requirements.txt":
        host_id = r.randint(1000000, 60000000)
        if c.kind == "deploy_token":
            return [("idx", "https://gitlab+deploy-token-%d:%s@gitlab.com/api/v4/projects/%d/packages/pypi/simple" % (r.randint(100000, 9999999), v, host_id), False)], True
        if c.provider == "gitlab":
            return [("idx", "https://__token__:%s@gitlab.com/api/v4/groups/%d/-/packages/pypi/simple" % (v, r.randint(100000, 9999999)), False)], True
        if c.provider == "jfrog":
            return [("idx", "https://%s:%s@%s/artifactory/api/pypi/pypi-virtual/simple" % (r.choice(["ci-reader", "deploy", "svc-pip"]), v, r.choice(["acme.jfrog.io", "artifacts.kelpie.dev"])), False)], True
        org = r.choice(["acme-corp", "kelpie-labs", "tinyledger"])
        pkg = r.choice(["internal-auth", "billing-client", "shared-models"])
        return [("__git__", "%s @ git+https://%s%s@github.com/%s/%s.git@v%d.%d.%d" % (pkg, r.choice(["", "x-access-token:", "oauth2:"]), v, org, pkg, r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)), False)], True
    if ft == ".pypirc":
        return [("pypi" if c.provider == "pypi" else ("internal_gitlab" if c.provider == "gitlab" else "internal"), v, False)], gen
    if ft == ".streamlit/config.toml":
        return [("cookieSecret" if c.kind == "cookie_secret" else "token", v, False)], gen
    if ft == "README.rst" and c.calls and r.random() < 0.5:
        imps, lines = r.choice(c.calls)(r, c, name)
        return [("__python__", imps + [""] + lines, False)], True
    if ft == "secrets.toml" and c.gen == "pw":
        return [("password", v, False)], True
    if ft == "docker-compose.yml" and c.kind == "cookie_secret":
        return [("STREAMLIT_SERVER_COOKIE_SECRET", v, False)], False
    return [(name.upper().replace(".", "_") if name != "cookieSecret" else name, v, False)], gen


RARE_FTS = ["alembic.ini", "alembic env.py", ".pypirc", "scrapy.cfg", "noxfile.py", "requirements.txt", "Procfile", "celeryconfig.py",
            "celery.py", ".streamlit/config.toml", "scrapy settings.py", "app.py (gradio)", ".flaskenv", "streamlit_app.py", "tox.ini",
            "setup.cfg", "pyproject.toml", "tasks.py", "conftest.py"]


def build_positive(r):
    target = r.choice(RARE_FTS) if r.random() < 0.3 else None
    for _ in range(400):
        fac = wchoice(r, KINDS)
        c = fac(r)
        fts = fts_for(c)
        if target is not None:
            fts = [(f, w) for f, w in fts if f == target]
        if fts:
            break
    else:
        return build_positive(r)
    ft = wchoice(r, fts)
    if ft in PY_RENDER:
        imps, lines, name, gen = py_slot(r, c, ft)
        path, text = PY_RENDER[ft](r, imps, lines)
    else:
        entries, gen = cfg_slot(r, c, ft)
        path, text = CFG_RENDER[ft](r, entries)
    return c, ft, path, text


# ------------------------------------------------------- negative builder --
PREFIXES = sorted(["sk-proj-", "sk-svcacct-", "sk-ant-api03-", "sk-or-v1-", "sk-", "ghp_", "gho_", "ghu_", "ghs_", "github_pat_",
                   "xoxb-", "xoxp-", "hf_", "sk_live_", "rk_live_", "whsec_", "SG.", "key-", "pypi-", "glpat-", "gldt-", "npm_",
                   "dop_v1_", "shpat_", "NRAK-", "gsk_", "r8_", "secret_", "lin_api_", "hvs.", "GOCSPX-", "sntryu_", "AIza",
                   "sk.", "AKCp8", "django-insecure-", "https://hooks.slack.com/services/", "https://discord.com/api/webhooks/"],
                  key=len, reverse=True)
REF = "@@REF@@"


def prefix_of(v):
    for p in PREFIXES:
        if v.startswith(p):
            return p
    return ""


def url_with(c, new_pw):
    return c.value.replace(c.secret, new_pw, 1)


def fresh_cred(r, want=None):
    while True:
        c = wchoice(r, KINDS)(r)
        if want is None or want(c):
            return c


def placeholder_for(r, c):
    pre = prefix_of(c.secret)
    if c.gen == "pw" or c.url and c.provider not in ("sentry",):
        return r.choice(["changeme", "<password>", "CHANGE_ME", "<%s>" % r.choice(c.names).lower().replace("_", "-"), "please-change", "********", "replace-me",
                         "YOUR_PASSWORD", "<%s-password>" % c.provider, "xxxxxxxx", "TODO"])
    opts = ["<your-key>", "YOUR_API_KEY", "changeme", "replace-me", "<%s>" % r.choice(c.names), "your-%s-api-key" % c.provider,
            "CHANGE_ME", "<redacted>", "TODO: load from vault", "set-in-prod", "<token>", "...", "your_token_here"]
    if pre:
        opts += [pre + "...", pre + "xxxxxxxxxxxxxxxxxxxxxxxx", pre + "<your-token>", pre + "REPLACE_ME", pre + "XXXXXXXXXXXXXXXXXXXX",
                 pre + "your-key-here", pre + "..."]
    if is_sign(c):
        opts += ["change-me", "<generate with get_random_secret_key()>", "replace-with-a-long-random-string"]
    return r.choice(opts)


def masked_for(r, c):
    s = c.secret
    pre = prefix_of(s)
    tail = s[-4:]
    if c.gen == "pw" or (c.url and c.provider not in ("sentry",)):
        return r.choice(["****", "********", "•••••••", "[REDACTED]", "***redacted***", "%s******" % s[:1]])
    return r.choice([
        "%s****%s" % (pre, tail),
        "%s…%s" % (pre, s[-3:]),
        "%s%s...%s" % (pre, s[len(pre):len(pre) + 2], tail),
        "%s%s" % (pre, "*" * 16),
        "%s[REDACTED]" % pre,
        "%s************************%s" % (pre, tail),
    ])


DEV_SIGN = ["dev", "insecure", "django-insecure-change-me", "dev-secret-key", "not-so-secret", "development-only-key",
            "please-change-me", "local-dev-key-not-for-production", "super-secret-dev-key", "test", "dev-only-insecure-key",
            "django-insecure-local-development-only", "secret"]


def dev_default_for(r, c):
    if is_sign(c):
        return r.choice(DEV_SIGN)
    if c.url:
        if c.provider == "rabbitmq":
            return None, r.choice(["amqp://guest:guest@localhost:5672//", "amqp://guest:guest@rabbitmq:5672/", "pyamqp://guest@localhost//"])
        if c.provider == "redis":
            return None, r.choice(["redis://localhost:6379/0", "redis://redis:6379/1", "redis://127.0.0.1:6379"])
        if c.provider in ("postgres",):
            return None, r.choice(["postgresql://postgres:postgres@localhost:5432/app_dev", "postgresql+psycopg2://postgres@localhost/test",
                                   "postgres://postgres:postgres@db:5432/postgres", "sqlite:///./app.db", "postgresql://localhost/%s_dev" % r.choice(PROJECTS)])
        if c.provider == "mysql":
            return None, r.choice(["mysql+pymysql://root:root@localhost:3306/app", "mysql://root@127.0.0.1/test"])
        if c.provider == "mongodb":
            return None, r.choice(["mongodb://localhost:27017/app", "mongodb://mongo:27017"])
        return None
    if c.gen == "pw":
        return r.choice(["postgres", "guest", "root", "password", "admin"]) if c.provider in ("postgres", "mysql", "redis") else None
    return None


DOC_EXAMPLES = [
    ("aws", "doc_example_secret", "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
    ("aws", "doc_example_key_id", "AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
    ("stripe", "doc_example_test_key", "STRIPE_SECRET_KEY", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"),
    ("stripe", "doc_example_publishable", "STRIPE_PUBLISHABLE_KEY", "pk_test_TYooMQauvdEDq54NiTphI7jx"),
    ("google", "recaptcha_test_secret", "RECAPTCHA_PRIVATE_KEY", "6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe"),
    ("google", "recaptcha_test_site_key", "RECAPTCHA_PUBLIC_KEY", "6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI"),
    ("jwt", "jwt_io_example", "EXAMPLE_JWT", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"),
]


def public_values(r):
    """(provider, kind, names, value, calls) of things documented as safe to expose / identifiers."""
    out = []
    out.append(("stripe", "publishable_key", ["STRIPE_PUBLISHABLE_KEY", "STRIPE_PUBLIC_KEY", "STRIPE_PK"],
                "pk_live_" + (("51" + rs(r, ALNUM, 97)) if r.random() < 0.6 else rs(r, ALNUM, 24)), []))
    pub = rs(r, HEX, 32)
    dsn = "https://%s@o%d.ingest.%ssentry.io/%d" % (pub, r.randint(100000, 4999999), r.choice(["", "us.", "de."]), r.randint(1000000, 4999999))
    sen = mk_sentry_legacy(r)
    out.append(("sentry", "public_dsn", ["SENTRY_DSN", "SENTRY_FRONTEND_DSN"], dsn, sen.calls))
    ref = rs(r, LOWER, 20)
    sup = mk_supabase(r)
    out.append(("supabase", "anon_key", ["SUPABASE_ANON_KEY", "SUPABASE_PUBLIC_KEY", "NEXT_PUBLIC_SUPABASE_ANON_KEY"], supabase_jwt(r, "anon", ref), []))
    out.append(("mapbox", "public_token", ["MAPBOX_TOKEN", "MAPBOX_PUBLIC_TOKEN", "token"], mapbox_token(r, "pk"), []))
    out.append(("mailgun", "public_validation_key", ["MAILGUN_PUBLIC_KEY", "MAILGUN_PUBKEY"], "pubkey-" + rs(r, HEX, 32), []))
    out.append(("algolia", "search_only_key", ["ALGOLIA_SEARCH_KEY", "ALGOLIA_SEARCH_API_KEY", "ALGOLIA_PUBLIC_KEY"], rs(r, HEX, 32), []))
    out.append(("algolia", "application_id", ["ALGOLIA_APP_ID", "ALGOLIA_APPLICATION_ID"], rs(r, UPPER + DIGITS, 10), []))
    out.append(("posthog", "project_api_key", ["POSTHOG_API_KEY", "POSTHOG_PROJECT_API_KEY", "POSTHOG_KEY"], "phc_" + rs(r, ALNUM, 43), []))
    out.append(("google", "recaptcha_site_key", ["RECAPTCHA_PUBLIC_KEY", "RECAPTCHA_SITE_KEY"], "6L" + rs(r, URLSAFE, 38), []))
    out.append(("google", "oauth_client_id", ["GOOGLE_CLIENT_ID", "SOCIAL_AUTH_GOOGLE_OAUTH2_KEY", "GOOGLE_OAUTH_CLIENT_ID"],
                "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, LOWER + DIGITS, 32)), []))
    out.append(("github", "oauth_app_client_id", ["GITHUB_CLIENT_ID", "SOCIAL_AUTH_GITHUB_KEY"], r.choice(["Iv1." + rs(r, HEX, 16), "Ov23li" + rs(r, ALNUM, 14)]), []))
    out.append(("auth0", "client_id", ["AUTH0_CLIENT_ID", "OIDC_RP_CLIENT_ID"], rs(r, ALNUM, 32), []))
    out.append(("twilio", "account_sid", ["TWILIO_ACCOUNT_SID", "TWILIO_SID"], "AC" + rs(r, HEX, 32), []))
    out.append(("stripe", "price_id", ["STRIPE_PRICE_ID", "STRIPE_PRO_PRICE", "STRIPE_MONTHLY_PRICE_ID"], "price_1" + rs(r, ALNUM, 23), []))
    out.append(("google", "analytics_measurement_id", ["GA_MEASUREMENT_ID", "GOOGLE_ANALYTICS_ID"], "G-" + rs(r, UPPER + DIGITS, 10), []))
    out.append(("aws", "kms_key_arn", ["KMS_KEY_ID", "AWS_KMS_KEY_ARN"], "arn:aws:kms:%s:%d:key/%s" % (r.choice(["eu-west-1", "us-east-1"]), r.randint(10 ** 11, 10 ** 12 - 1), ruuid(r)), []))
    out.append(("slack", "app_id", ["SLACK_APP_ID", "SLACK_CLIENT_ID"], r.choice(["A0" + rs(r, UPPER + DIGITS, 9), "%d.%d" % (r.randint(10 ** 11, 10 ** 12), r.randint(10 ** 12, 10 ** 13))]), []))
    out.append(("age", "recipient_public_key", ["SOPS_AGE_RECIPIENTS", "AGE_PUBLIC_KEY"], "age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), []))
    return r.choice(out)


def fernet_token(r, n_plain):
    body = b"\x80" + r.randint(1_690_000_000, 1_735_000_000).to_bytes(8, "big") + rbytes(r, 16)
    body += rbytes(r, 16 * (n_plain // 16 + 1)) + rbytes(r, 32)
    return base64.urlsafe_b64encode(body).decode()


def kms_blob(r):
    return base64.b64encode(b"\x01\x02\x02\x00\x78" + rbytes(r, r.choice([162, 178, 194]))).decode()


def sha256_hex(data):
    import hashlib
    return hashlib.sha256(data).hexdigest()


PY_TEST_FTS = ("conftest.py", "test_*.py")


def np_generated(r, ft):
    opts = [
        ("django", "generated_at_runtime", ["from django.core.management.utils import get_random_secret_key"],
         ["SECRET_KEY = os.environ.get(\"DJANGO_SECRET_KEY\") or get_random_secret_key()"]),
        ("django", "generated_at_runtime", ["import secrets"], ["SECRET_KEY = os.getenv(\"SECRET_KEY\", secrets.token_urlsafe(50))"]),
        ("flask", "generated_at_runtime", [], ["SECRET_KEY = os.environ.get(\"SECRET_KEY\", os.urandom(24))"]),
        ("fastapi", "generated_at_runtime", ["import secrets"], ["# openssl rand -hex 32  (set JWT_SECRET_KEY in the environment)",
                                                                "SECRET_KEY = os.getenv(\"JWT_SECRET_KEY\") or secrets.token_hex(32)", "ALGORITHM = \"HS256\""]),
        ("fernet", "generated_at_runtime", ["from cryptography.fernet import Fernet"], ["FIELD_ENCRYPTION_KEY = os.environ.get(\"FIELD_ENCRYPTION_KEY\") or Fernet.generate_key()"]),
    ]
    p, k, i, l = r.choice(opts)
    return p, k, i, l


def np_secret_manager(r, ft):
    c = fresh_cred(r, lambda c: not is_sign(c))
    n = r.choice(c.names).lower().replace(".", "_")
    env_ = r.choice(["prod", "production", "staging"])
    opts = [
        ("aws", "secretsmanager_lookup", ["import json", "import boto3"], [
            "def get_secret(name=\"%s/%s/%s\"):" % (env_, r.choice(PROJECTS), c.provider),
            "    client = boto3.client(\"secretsmanager\", region_name=os.environ.get(\"AWS_REGION\", \"eu-west-1\"))",
            "    resp = client.get_secret_value(SecretId=name)", "    return json.loads(resp[\"SecretString\"])", "",
            "%s = get_secret()[%s]" % (n.upper(), q(n))]),
        ("aws", "ssm_parameter_lookup", ["import boto3"], [
            "_ssm = boto3.client(\"ssm\")",
            "%s = _ssm.get_parameter(Name=\"/%s/%s/%s\", WithDecryption=True)[\"Parameter\"][\"Value\"]" % (n.upper(), r.choice(PROJECTS), env_, n)]),
        ("hashicorp", "vault_kv_lookup", ["import hvac"], [
            "vault = hvac.Client(url=os.environ[\"VAULT_ADDR\"], token=os.environ[\"VAULT_TOKEN\"])",
            "_secret = vault.secrets.kv.v2.read_secret_version(path=\"%s/%s\", mount_point=\"kv\")" % (r.choice(PROJECTS), c.provider),
            "%s = _secret[\"data\"][\"data\"][%s]" % (n.upper(), q(n))]),
        ("gcp", "secret_manager_lookup", ["from google.cloud import secretmanager"], [
            "def access_secret(secret_id: str, version: str = \"latest\") -> str:", "    client = secretmanager.SecretManagerServiceClient()",
            "    name = f\"projects/{os.environ['GOOGLE_CLOUD_PROJECT']}/secrets/{secret_id}/versions/{version}\"",
            "    return client.access_secret_version(request={\"name\": name}).payload.data.decode(\"utf-8\")", "",
            "%s = access_secret(%s)" % (n.upper(), q(n.replace("_", "-")))]),
        ("azure", "key_vault_lookup", ["from azure.identity import DefaultAzureCredential", "from azure.keyvault.secrets import SecretClient"], [
            "_kv = SecretClient(vault_url=\"https://%s-kv.vault.azure.net/\", credential=DefaultAzureCredential())" % r.choice(PROJECTS),
            "%s = _kv.get_secret(%s).value" % (n.upper(), q(n.replace("_", "-")))]),
    ]
    p, k, i, l = r.choice(opts)
    return p, k, i, l


def np_ciphertext(r, ft):
    c = fresh_cred(r, lambda c: not is_sign(c))
    n = r.choice(c.names).upper().replace(".", "_")
    if r.random() < 0.5:
        tok = fernet_token(r, len(c.secret))
        return ("fernet", "ciphertext", ["from cryptography.fernet import Fernet"], [
            "# encrypted with the key in $CONFIG_FERNET_KEY (see docs/secrets.md)",
            "_ENCRYPTED_%s = %s" % (n, q(tok)),
            "%s = Fernet(os.environ[\"CONFIG_FERNET_KEY\"]).decrypt(_ENCRYPTED_%s.encode()).decode()" % (n, n)])
    blob = kms_blob(r)
    return ("aws", "kms_ciphertext", ["import base64", "import boto3"], [
        "# aws kms encrypt --key-id alias/%s-config --plaintext fileb://-  (CiphertextBlob below)" % r.choice(PROJECTS),
        "ENCRYPTED_%s = (" % n, "    %s" % q(blob), ")", "",
        "def _decrypt(blob: str) -> str:", "    kms = boto3.client(\"kms\")",
        "    return kms.decrypt(CiphertextBlob=base64.b64decode(blob))[\"Plaintext\"].decode()", "",
        "%s = _decrypt(ENCRYPTED_%s)" % (n, n)])


def np_mock(r, ft):
    c = fresh_cred(r, lambda c: c.provider in LLM_PROV | {"stripe", "slack", "github", "sendgrid", "twilio", "aws", "telegram"})
    n = r.choice(c.names).upper()
    pre = prefix_of(c.secret)
    fake = r.choice(["test-key", "sk-test", "fake-token", "dummy", "testing", pre + "test", pre + "fake", "not-a-real-key", "x" * 8])
    opts = [
        ("monkeypatch_fake", [], ["@pytest.fixture(autouse=True)", "def fake_env(monkeypatch):", "    monkeypatch.setenv(%s, %s)" % (q(n), q(fake)),
                                  "    monkeypatch.setenv(\"APP_ENV\", \"test\")"]),
        ("magicmock", ["from unittest.mock import MagicMock, patch"], ["@pytest.fixture", "def fake_client():",
                                                                     "    client = MagicMock(api_key=%s)" % q(fake),
                                                                     "    client.chat.completions.create.return_value.choices = []", "    return client"]),
        ("vcr_filter", [], ["@pytest.fixture(scope=\"module\")", "def vcr_config():", "    return {",
                            "        \"filter_headers\": [(\"authorization\", \"REDACTED\"), (\"x-api-key\", \"REDACTED\")],",
                            "        \"filter_query_parameters\": [\"api_key\", \"token\"],", "        \"record_mode\": \"none\",", "    }"]),
        ("responses_mock", ["import responses", "import requests"], ["@responses.activate", "def test_fetch_profile():",
                                                                     "    responses.add(responses.GET, \"https://api.%s.com/v1/me\", json={\"id\": 1}, status=200)" % c.provider,
                                                                     "    resp = requests.get(\"https://api.%s.com/v1/me\", headers={\"Authorization\": \"Bearer %s\"})" % (c.provider, fake),
                                                                     "    assert resp.json()[\"id\"] == 1"]),
        ("moto_credentials", [], ["@pytest.fixture", "def aws_credentials():", "    \"\"\"Mocked AWS Credentials for moto.\"\"\"",
                                  "    os.environ[\"AWS_ACCESS_KEY_ID\"] = \"testing\"", "    os.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"testing\"",
                                  "    os.environ[\"AWS_SECURITY_TOKEN\"] = \"testing\"", "    os.environ[\"AWS_SESSION_TOKEN\"] = \"testing\"",
                                  "    os.environ[\"AWS_DEFAULT_REGION\"] = \"us-east-1\""]),
        ("override_settings", ["from django.test import override_settings"], ["@override_settings(SECRET_KEY=%s, %s=%s)" % (q(r.choice(["test", "tests-only", "not-secret"])), n, q(fake)),
                                                                                 "def test_token_roundtrip(client):", "    resp = client.get(\"/api/health/\")", "    assert resp.status_code == 200"]),
    ]
    k, i, l = r.choice(opts)
    return (c.provider if k not in ("moto_credentials", "override_settings") else ("aws" if k == "moto_credentials" else "django")), k, i, l


def np_hash(r, ft):
    data = r.choice([b"hello world\n", b"", b"invoice-2024-0001", ("%s,%d" % (r.choice(WORDS), r.randint(1, 999))).encode()])
    opts = []
    h = sha256_hex(data)
    opts.append(("hashlib", "sha256_test_vector", ["import hashlib"], ["def test_checksum():",
                                                                     "    digest = hashlib.sha256(%r).hexdigest()" % data,
                                                                     "    assert digest == %s" % q(h)]))
    opts.append(("hmac", "rfc4231_test_vector", ["import hashlib", "import hmac"], ["def test_hmac_sha256_rfc4231_case1():",
                                                                                   "    key = b\"\\x0b\" * 20",
                                                                                   "    mac = hmac.new(key, b\"Hi There\", hashlib.sha256).hexdigest()",
                                                                                   "    assert mac == \"b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7\""]))
    opts.append(("git", "commit_sha", [], ["# pinned upstream commit for the vendored parser", "VENDORED_PARSER_COMMIT = %s" % q(rs(r, HEX, 40))]))
    opts.append(("uuid", "uuid_literal", ["import uuid"], ["SYSTEM_USER_ID = uuid.UUID(%s)" % q(ruuid(r)),
                                                          "DEFAULT_TENANT_ID = uuid.UUID(%s)" % q(ruuid(r))]))
    opts.append(("celery", "task_id", ["from celery.result import AsyncResult"], ["def test_result_lookup():",
                                                                                 "    res = AsyncResult(%s)" % q(ruuid(r)),
                                                                                 "    assert res.id is not None"]))
    opts.append(("static", "asset_manifest_hash", [], ["ASSET_MANIFEST = {", "    \"app.js\": \"app.%s.js\"," % rs(r, HEX, 8),
                                                      "    \"app.css\": \"app.%s.css\"," % rs(r, HEX, 8), "}",
                                                      "ASSET_VERSION = %s" % q(rs(r, HEX, 32))]))
    p, k, i, l = r.choice(opts)
    return p, k, i, l


def np_env_lib(r, ft):
    c = fresh_cred(r)
    n = r.choice(c.names).upper().replace(".", "_")
    opts = [
        ("django-environ", ["import environ"], ["env = environ.Env(DEBUG=(bool, False))", "environ.Env.read_env(os.path.join(BASE_DIR, \".env\"))" if ft == "settings.py" else "environ.Env.read_env()",
                                                "", "SECRET_KEY = env(\"SECRET_KEY\")", "DEBUG = env(\"DEBUG\")", "DATABASES = {\"default\": env.db(\"DATABASE_URL\")}",
                                                "%s = env.str(%s, default=\"\")" % (n, q(n))]),
        ("python-decouple", ["from decouple import Csv, config"], ["SECRET_KEY = config(\"SECRET_KEY\")", "DEBUG = config(\"DEBUG\", default=False, cast=bool)",
                                                                 "ALLOWED_HOSTS = config(\"ALLOWED_HOSTS\", cast=Csv())", "%s = config(%s, default=\"\")" % (n, q(n))]),
        ("pydantic-settings", ["from pydantic import Field, SecretStr", "from pydantic_settings import BaseSettings, SettingsConfigDict"],
         ["class Settings(BaseSettings):", "    model_config = SettingsConfigDict(env_file=\".env\", env_file_encoding=\"utf-8\")", "",
          "    %s: SecretStr = Field(..., validation_alias=%s)" % (n.lower(), q(n)), "    database_url: str = Field(..., alias=\"DATABASE_URL\")",
          "    secret_key: SecretStr", "    debug: bool = False", "", "", "settings = Settings()"]),
        ("pydantic-v1", ["from pydantic import BaseSettings, Field, SecretStr"],
         ["class Settings(BaseSettings):", "    %s: SecretStr = Field(..., env=%s)" % (n.lower(), q(n)), "    sentry_dsn: str = Field(\"\", env=\"SENTRY_DSN\")", "",
          "    class Config:", "        env_file = \".env\"", "", "", "settings = Settings()"]),
        ("streamlit", ["import streamlit as st"], ["%s = st.secrets[%s][%s]" % (n, q(c.provider), q(r.choice(["api_key", "token", "password"]))),
                                                   "conn = st.connection(\"postgresql\", type=\"sql\")"]),
        ("os.environ", [], ["%s = os.environ[%s]" % (n, q(n)), "if not %s:" % n, "    raise RuntimeError(%s)" % q("%s is not set" % n)]),
    ]
    k, i, l = r.choice(opts)
    return c.provider, "env_reference:" + k, i, l


PY_NEG = [(np_generated, 2), (np_secret_manager, 3), (np_ciphertext, 2), (np_mock, 3), (np_hash, 3), (np_env_lib, 4)]


# ---- special negative files ------------------------------------------------
def sf_fixtures(r):
    users = []
    for pk in range(1, r.randint(2, 4) + 1):
        fn = r.choice(FIRST)
        algo = r.choice(["pbkdf2", "argon2", "bcrypt"])
        if algo == "pbkdf2":
            h = "pbkdf2_sha256$%d$%s$%s" % (r.choice([600000, 720000, 870000, 1000000]), rs(r, ALNUM, 22), base64.b64encode(rbytes(r, 32)).decode())
        elif algo == "argon2":
            h = "argon2$argon2id$v=19$m=102400,t=2,p=8$%s$%s" % (b64url(rbytes(r, 16)).replace("-", "+").replace("_", "/"), b64url(rbytes(r, 32)).replace("-", "+").replace("_", "/"))
        else:
            h = "bcrypt_sha256$$2b$12$%s" % rs(r, "./" + ALNUM, 53)
        users += ["  {", "    \"model\": \"auth.user\",", "    \"pk\": %d," % pk, "    \"fields\": {", "      \"password\": \"%s\"," % h,
                  "      \"last_login\": null,", "      \"is_superuser\": %s," % ("true" if pk == 1 else "false"),
                  "      \"username\": \"%s\"," % fn.lower(), "      \"email\": \"%s@example.com\"," % fn.lower(),
                  "      \"is_staff\": %s," % ("true" if pk == 1 else "false"), "      \"is_active\": true,",
                  "      \"date_joined\": \"20%02d-%02d-%02dT09:%02d:00Z\"" % (r.randint(19, 24), r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)), "    }", "  },"]
    users[-1] = "  }"
    return "django", "password_hash_fixture", "fixtures/*.json", "%s/fixtures/%s.json" % (r.choice(APPS), r.choice(["users", "initial_data", "demo_users"])), ["["] + users + ["]"]


LOCK_PKGS = [("certifi", "2024.8.30"), ("idna", "3.10"), ("urllib3", "2.2.3"), ("charset-normalizer", "3.4.0"), ("requests", "2.32.3"),
             ("sqlparse", "0.5.1"), ("asgiref", "3.8.1"), ("click", "8.1.7"), ("pydantic-core", "2.23.4"), ("anyio", "4.6.2"), ("kombu", "5.4.2")]


def sf_poetry_lock(r):
    lines = ["# This file is automatically @generated by Poetry 1.8.3 and should not be changed by hand.", ""]
    for name, ver in pick(r, LOCK_PKGS, r.randint(2, 4)):
        fn = name.replace("-", "_")
        lines += ["[[package]]", "name = \"%s\"" % name, "version = \"%s\"" % ver, "description = \"\"", "optional = false", "python-versions = \">=3.8\"",
                  "files = [", "    {file = \"%s-%s-py3-none-any.whl\", hash = \"sha256:%s\"}," % (fn, ver, rs(r, HEX, 64)),
                  "    {file = \"%s-%s.tar.gz\", hash = \"sha256:%s\"}," % (fn, ver, rs(r, HEX, 64)), "]", ""]
    lines += ["[metadata]", "lock-version = \"2.0\"", "python-versions = \"^3.11\"", "content-hash = \"%s\"" % rs(r, HEX, 64)]
    return "poetry", "lockfile_hashes", "poetry.lock", "poetry.lock", lines


def sf_req_hashes(r):
    lines = ["#", "# This file is autogenerated by pip-compile with Python 3.11", "# by the following command:", "#",
             "#    pip-compile --generate-hashes requirements.in", "#"]
    for spec in sorted(pick(r, REQS, r.randint(3, 6)), key=str.lower):
        lines += ["%s \\" % spec, "    --hash=sha256:%s \\" % rs(r, HEX, 64), "    --hash=sha256:%s" % rs(r, HEX, 64)]
        lines.append("    # via -r requirements.in")
    return "pip", "hash_pins", "requirements.txt", "requirements.txt", lines


def sf_alembic_version(r):
    rev, down = rs(r, HEX, 12), rs(r, HEX, 12)
    tbl = r.choice(["invoices", "api_tokens", "webhook_endpoints", "audit_log", "user_sessions"])
    lines = ['"""add %s table' % tbl, "", "Revision ID: %s" % rev, "Revises: %s" % down,
             "Create Date: 20%02d-%02d-%02d %02d:%02d:%02d.%06d" % (r.randint(21, 24), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999)),
             "", '"""', "from alembic import op", "import sqlalchemy as sa", "", "", "# revision identifiers, used by Alembic.",
             "revision = \"%s\"" % rev, "down_revision = \"%s\"" % down, "branch_labels = None", "depends_on = None", "", "",
             "def upgrade() -> None:", "    op.create_table(", "        \"%s\"," % tbl, "        sa.Column(\"id\", sa.Integer(), primary_key=True),",
             "        sa.Column(\"token_hash\", sa.String(length=64), nullable=False)," if "token" in tbl else "        sa.Column(\"name\", sa.String(length=200), nullable=False),",
             "        sa.Column(\"created_at\", sa.DateTime(), server_default=sa.func.now()),", "    )", "", "",
             "def downgrade() -> None:", "    op.drop_table(\"%s\")" % tbl]
    return "alembic", "revision_ids", "alembic versions/*.py", "alembic/versions/%s_add_%s_table.py" % (rev, tbl), lines


def sops_enc(r, n):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode())


def sf_sops(r):
    lines = []
    for _ in range(r.randint(2, 4)):
        c = fresh_cred(r, lambda c: not c.py_only)
        lines.append("%s: %s" % (r.choice(c.names).lower().replace(".", "_"), sops_enc(r, min(len(c.value), 120))))
    lines += ["sops:", "    kms:", "        - arn: arn:aws:kms:eu-west-1:%d:key/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), ruuid(r)),
              "          created_at: \"2024-%02d-%02dT10:%02d:11Z\"" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
              "          enc: %s" % kms_blob(r), "          aws_profile: \"\"",
              "    lastmodified: \"2024-%02d-%02dT10:%02d:31Z\"" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
              "    mac: %s" % sops_enc(r, 32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return "sops", "encrypted_file", "secrets.sops.yaml", r.choice(["deploy/secrets.enc.yaml", "config/secrets.sops.yaml", "secrets/prod.enc.yaml"]), lines


def sf_sealed(r):
    proj = r.choice(PROJECTS)
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-env" % proj, "  namespace: %s" % r.choice(["prod", "production", proj]),
             "spec:", "  encryptedData:"]
    for _ in range(r.randint(2, 4)):
        c = fresh_cred(r, lambda c: not c.py_only)
        lines.append("    %s: %s" % (r.choice(c.names).upper().replace(".", "_"), "Ag" + base64.b64encode(rbytes(r, r.choice([290, 340, 380]))).decode()))
    lines += ["  template:", "    metadata:", "      name: %s-env" % proj, "    type: Opaque"]
    return "sealed-secrets", "sealed_secret", "k8s sealedsecret.yaml", "deploy/k8s/%s-sealedsecret.yaml" % proj, lines


def sf_vault(r):
    raw = rs(r, HEX, 80 * r.randint(6, 14))
    lines = ["$ANSIBLE_VAULT;1.1;AES256"] + [raw[i:i + 80] for i in range(0, len(raw), 80)]
    return "ansible", "vault_ciphertext", "ansible vault.yml", "deploy/group_vars/%s/vault.yml" % r.choice(["production", "prod", "all"]), lines


def sf_env_example(r):
    lines = ["# Copy to .env and fill in. Never commit the real .env.", "DJANGO_SETTINGS_MODULE=%s.settings" % r.choice(PROJECTS), "DEBUG=0"]
    for _ in range(r.randint(4, 8)):
        c = fresh_cred(r, lambda c: not c.py_only)
        n = r.choice(c.names).upper().replace(".", "_")
        if c.url:
            v = url_with(c, r.choice(["<password>", "changeme", "CHANGE_ME"]))
        else:
            v = r.choice([placeholder_for(r, c), "", placeholder_for(r, c)])
        lines.append("%s=%s" % (n, v))
    return "mixed", "env_example_placeholders", ".env.example", r.choice([".env.example", ".env.sample", "env.template"]), lines


def sf_compose_digest(r):
    proj = r.choice(PROJECTS)
    lines = ["services:", "  web:", "    image: ghcr.io/%s/%s@sha256:%s" % (r.choice(["acme", "kelpie-labs"]), proj, rs(r, HEX, 64)),
             "    env_file: .env", "    environment:", "      DATABASE_URL: postgresql://%s:${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}@db:5432/%s" % (proj, proj),
             "      SECRET_KEY: ${DJANGO_SECRET_KEY}", "      SENTRY_DSN: ${SENTRY_DSN:-}", "  db:",
             "    image: postgres:16-alpine@sha256:%s" % rs(r, HEX, 64), "    environment:", "      POSTGRES_USER: %s" % proj,
             "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "    secrets:", "      - pg_password", "secrets:", "  pg_password:", "    file: ./secrets/pg_password.txt"]
    return "docker", "env_refs_and_digests", "docker-compose.yml", "docker-compose.prod.yml", lines


def sf_readme_instructions(r):
    proj = r.choice(PROJECTS)
    c = fresh_cred(r, lambda c: not is_sign(c) and not c.url and c.gen != "pw")
    n = r.choice(c.names).upper().replace(".", "_")
    m = masked_for(r, c)
    lines = [proj.capitalize(), "=" * len(proj), "", "Configuration", "-------------", "",
             "Generate a Django secret key once per environment:", "", ".. code-block:: bash", "",
             "    python -c 'from django.core.management.utils import get_random_secret_key; print(get_random_secret_key())'", "",
             "Set ``%s`` in the environment (Heroku: ``heroku config:set %s=...``)." % (n, n),
             "The admin page shows the key as ``%s``; copy the full value from the provider dashboard." % m, "",
             ".. code-block:: bash", "", "    export %s=\"$(vault kv get -field=%s secret/%s)\"" % (n, n.lower(), proj),
             "    export DATABASE_URL=postgresql://%s@localhost/%s" % (proj, proj), "", "Never commit ``.env``."]
    return c.provider, "docs_masked_and_instructions", "README.rst", "README.rst", lines


SPECIAL_NEG = [(sf_fixtures, 3), (sf_poetry_lock, 2), (sf_req_hashes, 2), (sf_alembic_version, 2), (sf_sops, 2), (sf_sealed, 1),
               (sf_vault, 1), (sf_env_example, 2), (sf_compose_digest, 1), (sf_readme_instructions, 2)]


def sf_alembic_ini(r):
    url = r.choice(["driver://user:pass@localhost/dbname", "%(DATABASE_URL)s", "sqlite:///./alembic.db",
                    "postgresql+psycopg2://%(DB_USER)s:%(DB_PASSWORD)s@%(DB_HOST)s/%(DB_NAME)s",
                    "postgresql://postgres:postgres@localhost:5432/%s_dev" % r.choice(PROJECTS)])
    path, lines = R_alembic_ini(r, [("sqlalchemy.url", url.replace("%(", "%%(") if "%(" in url and r.random() < 0.3 else url, True)])
    if r.random() < 0.5:
        lines.insert(8, "# the real URL is injected from $DATABASE_URL in env.py")
    return "alembic", "template_or_interpolated_url", "alembic.ini", path, lines


def sf_pypirc(r):
    lines = ["[distutils]", "index-servers =", "    pypi", "    testpypi", "", "[pypi]", "username = __token__"]
    lines += r.choice([["# password comes from TWINE_PASSWORD in CI"], ["password = <your PyPI API token, starts with pypi->"],
                       ["password = pypi-AgEIcHlwaS5vcmc..."], []])
    lines += ["", "[testpypi]", "repository = https://test.pypi.org/legacy/", "username = __token__"]
    return "pypi", "no_password", ".pypirc", ".pypirc", lines


def sf_scrapy_cfg(r):
    bot = r.choice(["pricewatch", "jobscraper", "newsbot", "realestate"])
    lines = ["# Automatically created by: scrapy startproject", "#", "# For more information about the [deploy] section see:",
             "# https://scrapyd.readthedocs.io/en/latest/deploy.html", "", "[settings]", "default = %s.settings" % bot, "", "[deploy]",
             r.choice(["#url = http://localhost:6800/", "url = http://localhost:6800/"]), "project = %s" % bot]
    if r.random() < 0.5:
        lines += ["username = %s" % r.choice(["<your-zyte-api-key>", "YOUR_API_KEY", "${SHUB_APIKEY}"]), "password ="]
    return "scrapy", "deploy_without_credentials", "scrapy.cfg", "scrapy.cfg", lines


def sf_streamlit_config(r):
    entries = [("token", mapbox_token(r, "pk"), False)] if r.random() < 0.6 else []
    path, lines = R_streamlit_config(r, entries)
    return "mapbox" if entries else "streamlit", "public_token" if entries else "no_secret", ".streamlit/config.toml", path, lines


def sf_procfile(r):
    proj = r.choice(PROJECTS)
    lines = ["# Heroku / Dokku process types", "web: gunicorn %s.wsgi --log-file - --workers ${WEB_CONCURRENCY:-3}" % proj,
             r.choice(["worker: celery -A %s worker --loglevel=info --broker $CLOUDAMQP_URL" % proj,
                       "worker: celery -A %s worker --loglevel=info -b ${REDIS_URL}" % proj,
                       "bot: python -m %s.bot --token $TELEGRAM_BOT_TOKEN" % proj]),
             "release: python manage.py migrate --noinput", "beat: celery -A %s beat --loglevel=info" % proj]
    return "heroku", "env_reference", "Procfile", "Procfile", lines


SPECIAL_NEG += [(sf_alembic_ini, 2), (sf_pypirc, 1), (sf_scrapy_cfg, 1), (sf_streamlit_config, 1), (sf_procfile, 1)]


# ---- dispatcher ---------------------------------------------------------------
GENERIC["pub"] = ["PUBLIC_KEY", "PUBLISHABLE_KEY", "CLIENT_ID", "SITE_KEY", "APP_ID", "PROJECT_KEY"]
REF_PY_FTS = {"settings.py", "settings/production.py", "config.py", "app.py (flask)", "main.py (fastapi)", "tasks.py", "celeryconfig.py",
              "celery.py", "alembic env.py", "noxfile.py", "scrapy settings.py", "streamlit_app.py", "app.py (gradio)", "scripts/*.py", "conftest.py"}
REF_CFG_FTS = {"docker-compose.yml", "supervisord.conf", "uwsgi.ini", "tox.ini", "Procfile", "requirements.txt", "alembic.ini"}
URL_ENV = {"postgres": "DB_PASSWORD", "mysql": "MYSQL_PASSWORD", "mongodb": "MONGO_PASSWORD", "redis": "REDIS_PASSWORD",
           "rabbitmq": "RABBITMQ_PASSWORD", "aws": "AWS_SECRET_ACCESS_KEY", "proxy": "PROXY_PASSWORD"}
PY_NEG_FTS = {
    "np_generated": ["settings.py", "settings/production.py", "config.py", "settings.py"],
    "np_secret_manager": ["settings.py", "settings/production.py", "config.py", "tasks.py", "scripts/*.py", "main.py (fastapi)", "app.py (flask)"],
    "np_ciphertext": ["settings.py", "settings/production.py", "config.py", "scripts/*.py", "tasks.py"],
    "np_mock": ["conftest.py", "test_*.py", "test_*.py"],
    "np_hash": ["test_*.py", "conftest.py"],
    "np_env_lib": ["settings.py", "settings/production.py", "config.py"],
}


def ref_expr(r, env):
    return r.choice(['os.environ["%s"]', 'os.environ.get("%s")', 'os.getenv("%s")', 'os.environ["%s"]']) % env


def sub_ref_py(r, line, env):
    if REF not in line:
        return line
    for qch in ('"', "'"):
        tok = qch + REF + qch
        if tok in line:
            for fn in ("os.environ.get(", "os.getenv("):
                if fn in line and (", %s)" % tok) in line:
                    return line.replace(", %s)" % tok, r.choice([")", ', "")', ", None)"]))
            if " or " + tok in line:
                return line.replace(" or " + tok, r.choice(["", " or None"]))
            return line.replace(tok, ref_expr(r, env))
    # REF embedded in a longer literal (URL) -> f-string
    i = line.index(REF)
    j = max(line.rfind('"', 0, i), line.rfind("'", 0, i))
    qch = line[j]
    inner = "'" if qch == '"' else '"'
    expr = "{os.environ[%s%s%s]}" % (inner, env, inner)
    return line[:j] + "f" + line[j:i] + expr + line[i + len(REF):]


def cfg_ref(r, ft, name):
    if ft == "docker-compose.yml":
        return r.choice(["${%s}", "${%s:?%s must be set}", "${%s:-}"]).replace("%s", name)
    if ft == "supervisord.conf":
        return "%%(ENV_%s)s" % name
    if ft == "uwsgi.ini":
        return "$(%s)" % name
    if ft == "tox.ini":
        return r.choice(["{env:%s}", "{env:%s:}"]) % name
    if ft == "Procfile":
        return r.choice(["$%s", "${%s}"]) % name
    if ft == "requirements.txt":
        return "${%s}" % name
    if ft == "alembic.ini":
        return "%%(%s)s" % name
    return "${%s}" % name


def render_cred(r, c, ft):
    if ft in PY_RENDER:
        imps, lines, name, gen = py_slot(r, c, ft)
        return name, PY_RENDER[ft](r, imps, lines), imps, lines
    entries, gen = cfg_slot(r, c, ft)
    return entries, CFG_RENDER[ft](r, entries), None, None


def neg_ref(r):
    target = r.choice(RARE_FTS) if r.random() < 0.3 else None
    if target not in REF_PY_FTS and target not in REF_CFG_FTS:
        target = None
    for _ in range(400):
        c = fresh_cred(r, lambda c: c.kind not in ("secret_key_bytes", "service_account_private_key", "cookie_secret"))
        fts = [(ft, w) for ft, w in fts_for(c) if (ft in REF_PY_FTS or ft in REF_CFG_FTS) and (target is None or ft == target)]
        if fts:
            break
        if _ == 150:
            target = None
    ft = wchoice(r, fts)
    is_url = c.url and c.provider != "sentry"
    url_env = URL_ENV.get(c.provider, "%s_PASSWORD" % c.provider.upper())
    if is_url:
        c.value = url_with(c, REF)
    else:
        c.value = REF
    c.secret = REF
    if ft in PY_RENDER:
        imps, lines, name, gen = py_slot(r, c, ft)
        env = url_env if is_url else name.upper()
        lines = [sub_ref_py(r, l, env) for l in lines]
        path, text = PY_RENDER[ft](r, imps, lines)
    else:
        entries, gen = cfg_slot(r, c, ft)
        new = []
        for n, v, raw in entries:
            env = url_env if is_url else (n.upper() if not n.startswith("__") and n not in ("idx", "sqlalchemy.url", "username", "password") else
                                          r.choice(c.names).upper().replace(".", "_"))
            if ft == "requirements.txt" and not is_url:
                env = r.choice(["PIP_INDEX_TOKEN", "GITLAB_TOKEN", "GH_TOKEN", "ARTIFACTORY_TOKEN"])
            new.append((n, v.replace(REF, cfg_ref(r, ft, env)), True))
        path, text = CFG_RENDER[ft](r, new)
    return c.provider, "env_reference", ft, path, text


def neg_literal(r, mode):
    target = r.choice(RARE_FTS) if r.random() < 0.3 else None
    for attempt in range(400):
        if attempt == 150:
            target = None
        if mode == "public":
            p, k, names, val, calls = public_values(r)
            c = Cred(p, k, val, names=names, gen="pub", calls=calls)
            c.no_generic = r.random() < 0.85
            kind = k
        elif mode == "doc":
            p, k, n, v = r.choice(DOC_EXAMPLES)
            c = Cred(p, k, v, names=[n], gen="api")
            c.no_generic = True
            if p == "aws":
                def b3doc(r, c, var):
                    return (["import boto3"], ["# values from the AWS docs; localstack ignores them",
                                               "s3 = boto3.client(\"s3\", endpoint_url=\"http://localhost:4566\", region_name=\"us-east-1\",",
                                               "                  aws_access_key_id=\"AKIAIOSFODNN7EXAMPLE\",",
                                               "                  aws_secret_access_key=\"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\")"])
                c.calls = [b3doc]
            kind = k
        else:
            c = fresh_cred(r, lambda c: c.kind not in ("secret_key_bytes", "service_account_private_key"))
            if mode == "placeholder":
                v = placeholder_for(r, c)
                kind = "placeholder"
            elif mode == "masked":
                v = masked_for(r, c)
                kind = "redacted"
            else:
                v = dev_default_for(r, c)
                kind = "dev_default"
                if v is None:
                    continue
                if isinstance(v, tuple):
                    c.value = c.secret = v[1]
                    v = None
            if v is not None:
                if c.url and c.provider != "sentry":
                    c.value = url_with(c, v)
                else:
                    c.value = v
                c.secret = v
        fts = [(f, w) for f, w in fts_for(c) if target is None or f == target]
        if not fts:
            continue
        ft = wchoice(r, fts)
        if ft in PY_RENDER:
            imps, lines, name, gen = py_slot(r, c, ft)
            path, text = PY_RENDER[ft](r, imps, lines)
        else:
            entries, gen = cfg_slot(r, c, ft)
            path, text = CFG_RENDER[ft](r, entries)
        return c.provider, kind, ft, path, text
    raise RuntimeError("no literal negative")


def neg_python(r):
    fn = wchoice(r, PY_NEG)
    p, k, imps, lines = fn(r, None)
    if k.endswith("streamlit"):
        ft = "streamlit_app.py"
    else:
        ft = r.choice(PY_NEG_FTS[fn.__name__])
    path, text = PY_RENDER[ft](r, imps, lines)
    return p, k, ft, path, text


def neg_special(r):
    p, k, ft, path, lines = wchoice(r, SPECIAL_NEG)(r)
    return p, k, ft, path, lines


NEG_MODES = [("ref", 22), ("placeholder", 14), ("masked", 8), ("public", 14), ("dev", 7), ("doc", 4), ("python", 18), ("special", 13)]


def build_negative(r):
    m = wchoice(r, NEG_MODES)
    if m == "ref":
        return neg_ref(r)
    if m == "python":
        return neg_python(r)
    if m == "special":
        return neg_special(r)
    return neg_literal(r, m)


# ------------------------------------------------------------------ main ----
def write(out, rel, lines):
    full = os.path.join(out, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


def main(argv):
    if len(argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        print("usage: gen_au.py OUTDIR SEED", file=sys.stderr)
        return 2
    out, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets_rows = [], []
    needles = []
    i = 0
    while i < 500:
        c, ft, path, text = build_positive(r)
        joined = "\n".join(text)
        if joined.count(c.secret) != 1 or c.secret in needles:
            continue
        if not (5 <= len(text) <= 80):
            continue
        line = next(k + 1 for k, l in enumerate(text) if c.secret in l)
        rel = "pos/p%04d/%s" % (i, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "positive", "provider": c.provider, "kind": c.kind, "filetype": ft})
        secrets_rows.append({"file": rel, "needle": c.secret, "line": line})
        needles.append(c.secret)
        i += 1
    i = 0
    while i < 500:
        prov, kind, ft, path, text = build_negative(r)
        if not (5 <= len(text) <= 80):
            continue
        rel = "neg/n%04d/%s" % (i, path)
        write(out, rel, text)
        manifest.append({"file": rel, "label": "negative", "provider": prov, "kind": kind, "filetype": ft})
        i += 1
    with open(os.path.join(out, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as fh:
        for row in secrets_rows:
            fh.write(json.dumps(row) + "\n")
    return self_check(out, manifest, secrets_rows)


def self_check(out, manifest, secrets_rows):
    bad = 0
    for row in secrets_rows:
        with open(os.path.join(out, row["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if row["needle"] not in lines[row["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on line", row, file=sys.stderr)
            bad += 1
    all_needles = [row["needle"] for row in secrets_rows]
    for row in manifest:
        if row["label"] != "negative":
            continue
        with open(os.path.join(out, row["file"]), encoding="utf-8") as fh:
            body = fh.read()
        for n in all_needles:
            if n in body:
                print("SELF-CHECK FAIL: negative contains a positive needle", row["file"], file=sys.stderr)
                bad += 1
    for lab in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == lab]
        print("== %s: %d files" % (lab, len(rows)))
        pk = Counter((m["provider"], m["kind"]) for m in rows)
        print("   providers (%d): %s" % (len({m['provider'] for m in rows}), dict(Counter(m["provider"] for m in rows).most_common())))
        print("   provider/kind pairs: %d" % len(pk))
        print("   kinds: %s" % dict(Counter(m["kind"] for m in rows).most_common()))
        print("   filetypes (%d): %s" % (len({m['filetype'] for m in rows}), dict(Counter(m["filetype"] for m in rows).most_common())))
    print("self-check:", "OK" if not bad else "%d FAILURES" % bad)
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
