#!/usr/bin/env python3
"""gen_ms.py - blind evaluation set: secrets written as FALLBACK DEFAULTS where code or
templates read configuration.

EMPHASIS
  Domain: a secret hard-coded as the default of a configuration read, e.g.
  os.getenv("X", "..."), os.environ.get, decouple config(default=...), pydantic Field(default=...),
  configparser fallback=, click/clap/flag defaults, process.env.X || "...", ?? "...", destructuring
  defaults, NestJS configService.get(k, d), convict, Go getEnv helpers / viper.SetDefault /
  envconfig `default:` tags / os.LookupEnv, Rust unwrap_or / unwrap_or_else / clap default_value,
  Java System.getenv().getOrDefault / Optional.orElse, Spring @Value("${x:d}") and ${X:d} in
  application.yml / .properties, Quarkus @ConfigProperty(defaultValue), Micronaut, Kotlin ?:,
  HOCON ${?X} overrides, Swift ?? / Vapor Environment.get, Dart fromEnvironment(defaultValue:),
  Ruby ENV.fetch / ENV[] ||, ERB database.yml, PHP env('X','d') / getenv() ?: / $_ENV ??, C# ?? and
  GetValue<string>(k, d), Elixir System.get_env(k, d), Helm `| default "..."`, Jinja/Ansible
  `| default('...')`, gomplate getenv, Go-template `or`, shell ${X:-...} / ${X:=...},
  docker-compose ${X:-...}, Dockerfile ARG defaults, Makefile ?=, Terraform variable defaults /
  coalesce, GitHub Actions `secrets.X || '...'`.
  Providers / kinds: database passwords and DSNs (postgres, mysql, mongodb, redis, amqp), SMTP,
  admin passwords, JWT / session / framework secrets (Django, Rails, Laravel), Fernet / AES keys,
  Stripe (sk_live, rk_live, whsec), OpenAI, Anthropic, SendGrid, Twilio, GitHub (ghp_ with
  CRC32 checksum, github_pat_), GitLab, npm (checksum), AWS secret access key, Slack bot tokens
  and webhooks, Mailgun, Mailchimp, Google API keys, Datadog, Hugging Face, Shopify,
  DigitalOcean, Telegram bots, Azure storage keys, RSA private keys (PEM in heredoc defaults).

USAGE
  python3 -B gen_ms.py OUTDIR SEED
  -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
     OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Deterministic for a given SEED.

NEEDLE CONVENTIONS
  The secret value exactly as written, without quotes; prefixed keys keep their prefix; DSNs
  (scheme://user:PASS@host) -> the password only; Slack incoming-webhook URL -> the whole URL
  (the URL itself is the credential); PEM private key -> first base64 line of the body;
  Laravel "base64:..." keys -> the whole value including "base64:".

NEGATIVES
  250 re-use the positive templates with the secret slot holding: empty strings, placeholders
  (English and other languages), masked values, secret-manager / vault / env references,
  documented example values (AWS EXAMPLEKEY, Stripe docs test key), obvious local-dev values
  (postgres, localhost DSNs), or the idiom without any default (raise / required syntax
  ${X:?..} / os.environ[...] / fail()).
  250 are look-alikes in the same templates: commit SHAs, image digests, SRI hashes, checksums,
  UUIDs, KMS ARNs, key names / paths / ids, regions, TTLs, versions, public keys (ssh-ed25519,
  VAPID), certificate / GPG fingerprints, bcrypt hashes, sops ciphertext, publishable or public
  client identifiers (Stripe pk_live, Twilio Account SID, Google OAuth client id, reCAPTCHA site
  key, Mapbox public pk. token, Algolia search-only key).
  No negative is written to a .env file; no positive either (the domain is code/templates).

FORMATS CHECKED (from memory of provider docs/SDKs; no scanner rules consulted)
  GitHub classic PAT: ghp_ + 30 base62 + 6-char base62 CRC32 (GitHub blog "Behind GitHub's new
  authentication token formats"); fine-grained github_pat_ + 22 + _ + 59. npm: npm_ + 36 (same
  checksum scheme). Stripe sk_live_/rk_live_ + 24 or 99 alnum, whsec_ + 32 (Stripe API keys
  docs). SendGrid SG.<22>.<43>. Twilio Account SID AC+32 hex, auth token 32 hex. AWS secret
  access key 40 chars [A-Za-z0-9/+], key id AKIA+16 [A-Z2-7]. Slack xoxb-<digits>-<digits>-<24>
  and hooks.slack.com/services/T.../B.../<24>. Google AIza+35. GitLab glpat-+20. HF hf_+34
  letters. Shopify shpat_+32 hex. DigitalOcean dop_v1_+64 hex. Mailchimp 32 hex-usN. Azure
  storage key = base64 of 64 bytes. Laravel APP_KEY base64:(32 bytes). Fernet 32-byte urlsafe
  base64. Rails secret_key_base 128 hex. Django 50 chars of its get_random_secret_key alphabet
  (a subset of symbols used to stay quote-safe).

DOUBTS
  OpenAI project key length (sk-proj- + 74 + T3BlbkFJ + 74) and legacy (sk- + 20 + T3BlbkFJ +
  20); Anthropic sk-ant-api03- + 93 + "AA"; Mailgun new-style hex-hex-hex key; Telegram token
  second part 35 chars starting "AA"; Stripe long-key body (alnum, starts "51"); Slack ID digit
  counts; Mapbox public token body.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import string
import sys
import zlib

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = UP + LOW + DIG + "+/"
URLS = ALNUM + "-_"

R = None  # random.Random, set in main


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b62(n):
    a = DIG + UP + LOW
    if n == 0:
        return "0"
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = a[m] + s
    return s


def crc_token(prefix, n=30):
    body = rs(ALNUM, n)
    c = b62(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")
    return prefix + body + c


def mixed(alpha, n, need=(LOW, UP, DIG)):
    while True:
        s = rs(alpha, n)
        if all(any(ch in g for ch in s) for g in need):
            return s


# ---------------------------------------------------------------- passwords
SYL = ["tor", "ven", "kal", "mir", "bra", "zel", "quo", "fen", "dra", "lux", "nor", "vik",
       "sar", "pol", "gri", "tam", "hex", "ros", "jun", "wex"]
WORDS = ["Falcon", "Harbor", "Velvet", "Granite", "Otter", "Maple", "Cobalt", "Lantern",
         "Tundra", "Saffron", "Nimbus", "Quartz", "Juniper", "Pelican", "Ember", "Willow"]
SYMS = "!*-_.+=^"


def password(url_safe=False):
    k = R.randrange(5)
    sy = "-_." if url_safe else SYMS
    if k == 0:
        return mixed(ALNUM, R.randint(16, 28))
    if k == 1:
        s = mixed(ALNUM + sy, R.randint(14, 24), (LOW, UP, DIG, sy))
        return R.choice(ALNUM) + s
    if k == 2:
        return (R.choice(WORDS) + str(R.randint(10, 9999)) + R.choice(sy) + R.choice(WORDS).lower()
                + R.choice(sy) + rs(DIG + UP, R.randint(2, 4)))
    if k == 3:
        return R.choice(UP) + "".join(R.choice(SYL) for _ in range(3)) + R.choice(sy) + rs(DIG, 3) + rs(LOW + UP, 4)
    return mixed(ALNUM, R.randint(20, 32))


def dsn_value(url_safe_pw=None):
    pw = url_safe_pw or password(url_safe=True)
    sch = R.choice(["postgres", "postgresql", "mysql", "mongodb", "redis", "amqp", "postgresql+psycopg"])
    user = R.choice(["app", "svc_orders", "billing", "api", "webapp", "django", "rails", "admin_rw"])
    hosts = {
        "postgres": ["db.internal", "10.0.3.17", "pg-prod.cluster-c9akq2xv1b.eu-west-1.rds.amazonaws.com",
                     "postgres.prod.svc.cluster.local", "db.staging.acme.io"],
        "mysql": ["mysql.prod.svc.cluster.local", "10.20.1.5", "shop-db.c7xk2p1q.us-east-1.rds.amazonaws.com"],
        "mongodb": ["mongo-0.mongo", "mongodb.internal", "10.0.8.21"],
        "redis": ["redis-master", "cache.internal", "10.0.4.9"],
        "amqp": ["rabbitmq", "mq.internal"],
    }
    host = R.choice(hosts["postgres" if sch.startswith("postgres") else sch])
    if sch.startswith("postgres"):
        return f"{sch}://{user}:{pw}@{host}:5432/{R.choice(['app', 'orders', 'core'])}", pw
    if sch == "mysql":
        return f"mysql://{user}:{pw}@{host}:3306/{R.choice(['shop', 'wp', 'app'])}", pw
    if sch == "mongodb":
        return f"mongodb://{user}:{pw}@{host}:27017/{R.choice(['events', 'app'])}?authSource=admin", pw
    if sch == "redis":
        return f"redis://:{pw}@{host}:6379/0", pw
    return f"amqp://{user}:{pw}@{host}:5672/%2F", pw


# ---------------------------------------------------------------- secret generators -> (literal, needle)
def g_pw():
    p = password()
    return p, p


def g_dsn():
    return dsn_value()


def g_jwt():
    k = R.randrange(4)
    if k == 0:
        v = base64.urlsafe_b64encode(rbytes(R.choice([32, 48, 64]))).decode().rstrip("=")
    elif k == 1:
        v = rbytes(32).hex()
    elif k == 2:
        v = base64.b64encode(rbytes(32)).decode()
    else:
        v = mixed(ALNUM, R.randint(32, 48))
    return v, v


def g_django():
    v = rs(LOW + DIG + "!*(-_=+)^", 50)
    return v, v


def g_rails():
    v = rbytes(64).hex()
    return v, v


def g_laravel():
    v = "base64:" + base64.b64encode(rbytes(32)).decode()
    return v, v


def g_fernet():
    v = base64.urlsafe_b64encode(rbytes(32)).decode()
    return v, v


def g_aes_hex():
    v = rbytes(R.choice([16, 32])).hex()
    return v, v


def g_stripe():
    pre = R.choice(["sk_live_", "sk_live_", "rk_live_"])
    if R.random() < 0.5:
        v = pre + rs(ALNUM, 24)
    else:
        v = pre + "51" + rs(ALNUM, 97)
    return v, v


def g_whsec():
    v = "whsec_" + rs(ALNUM, 32)
    return v, v


def g_openai():
    if R.random() < 0.7:
        v = "sk-proj-" + rs(URLS, 74) + "T3BlbkFJ" + rs(URLS, 74)
    else:
        v = "sk-" + rs(ALNUM, 20) + "T3BlbkFJ" + rs(ALNUM, 20)
    return v, v


def g_anthropic():
    v = "sk-ant-api03-" + rs(URLS, 93) + "AA"
    return v, v


def g_sendgrid():
    v = "SG." + rs(URLS, 22) + "." + rs(URLS, 43)
    return v, v


def g_hex32():
    v = rs(HEX, 32)
    return v, v


def g_github():
    if R.random() < 0.7:
        v = crc_token(R.choice(["ghp_", "ghp_", "gho_"]))
    else:
        v = "github_pat_11" + rs(DIG + UP, 20) + "_" + rs(ALNUM, 59)
    return v, v


def g_gitlab():
    v = "glpat-" + rs(URLS, 20)
    return v, v


def g_npm():
    v = crc_token("npm_")
    return v, v


def g_aws_secret():
    v = mixed(B64, 40)
    return v, v


def g_slack():
    v = f"xox{R.choice('bbp')}-{rs(DIG, R.choice([11, 12, 13]))}-{rs(DIG, R.choice([12, 13]))}-{rs(ALNUM, 24)}"
    return v, v


def g_slack_hook():
    v = f"https://hooks.slack.com/services/T{rs(UP + DIG, 8)}/B{rs(UP + DIG, 10)}/{rs(ALNUM, 24)}"
    return v, v


def g_mailgun():
    if R.random() < 0.5:
        v = "key-" + rs(HEX, 32)
    else:
        v = rs(HEX, 32) + "-" + rs(HEX, 8) + "-" + rs(HEX, 8)
    return v, v


def g_mailchimp():
    v = rs(HEX, 32) + "-us" + str(R.randint(2, 21))
    return v, v


def g_google():
    v = "AIza" + rs(URLS, 35)
    return v, v


def g_hf():
    v = "hf_" + rs(LOW + UP, 34)
    return v, v


def g_shopify():
    v = R.choice(["shpat_", "shpss_"]) + rs(HEX, 32)
    return v, v


def g_do():
    v = "dop_v1_" + rs(HEX, 64)
    return v, v


def g_telegram():
    v = rs(DIG, R.choice([9, 10])) + ":AA" + rs(URLS, 33)
    return v, v


def g_azure():
    v = base64.b64encode(rbytes(64)).decode()
    return v, v


def g_datadog():
    v = rs(HEX, 32)
    return v, v


def g_pem():
    # PKCS#8 RSA-2048 style DER prefix, random remainder
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + bytes([0x80 | R.getrandbits(7)]) + rbytes(1179)
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----"
    return pem, lines[0]


def akia():
    return "AKIA" + rs(UP + "234567", 16)


def tw_sid():
    return "AC" + rs(HEX, 32)


# spec: key, provider, kind, list of name word-lists, generator, extras(fn -> list of (words, value, public))
SPECS = [
    ("db_password", "postgres", "db_password", [["db", "password"], ["database", "password"], ["postgres", "password"],
                                                ["pg", "password"], ["db", "pass"], ["mysql", "root", "password"],
                                                ["db", "passwort"], ["bd", "contrasena"], ["db", "mdp"],
                                                ["banco", "senha"], ["datenbank", "kennwort"]], g_pw, 10),
    ("dsn", "database", "dsn", [["database", "url"], ["db", "dsn"], ["sqlalchemy", "database", "uri"], ["redis", "url"],
                               ["mongo", "uri"], ["amqp", "url"], ["db", "connection", "string"]], g_dsn, 9),
    ("redis_pw", "redis", "password", [["redis", "password"], ["redis", "auth"], ["cache", "password"]], g_pw, 3),
    ("smtp_pw", "smtp", "smtp_password", [["smtp", "password"], ["mail", "password"], ["email", "host", "password"],
                                          ["smtp", "pass"], ["smtp", "passwort"], ["correo", "clave"]], g_pw, 5),
    ("admin_pw", "app", "admin_password", [["admin", "password"], ["grafana", "admin", "password"],
                                           ["keycloak", "admin", "password"], ["superuser", "password"],
                                           ["rabbitmq", "default", "pass"], ["minio", "root", "password"]], g_pw, 5),
    ("jwt", "jwt", "jwt_secret", [["jwt", "secret"], ["jwt", "signing", "key"], ["auth", "secret"], ["token", "secret"],
                                  ["jwt", "secret", "key"], ["nextauth", "secret"]], g_jwt, 8),
    ("session", "app", "session_secret", [["session", "secret"], ["cookie", "secret"], ["secret", "key"],
                                          ["app", "secret"]], g_jwt, 5),
    ("django", "django", "secret_key", [["django", "secret", "key"], ["secret", "key"]], g_django, 3),
    ("rails", "rails", "secret_key_base", [["secret", "key", "base"]], g_rails, 2),
    ("laravel", "laravel", "app_key", [["app", "key"]], g_laravel, 2),
    ("fernet", "app", "encryption_key", [["fernet", "key"], ["encryption", "key"], ["field", "encryption", "key"]], g_fernet, 3),
    ("aes", "app", "encryption_key", [["aes", "key"], ["data", "encryption", "key"], ["crypto", "key"]], g_aes_hex, 3),
    ("stripe", "stripe", "api_key", [["stripe", "secret", "key"], ["stripe", "api", "key"], ["stripe", "key"]], g_stripe, 6),
    ("whsec", "stripe", "webhook_secret", [["stripe", "webhook", "secret"]], g_whsec, 2),
    ("openai", "openai", "api_key", [["openai", "api", "key"], ["openai", "key"], ["llm", "api", "key"]], g_openai, 6),
    ("anthropic", "anthropic", "api_key", [["anthropic", "api", "key"], ["claude", "api", "key"]], g_anthropic, 3),
    ("sendgrid", "sendgrid", "api_key", [["sendgrid", "api", "key"], ["sendgrid", "key"], ["email", "api", "key"]], g_sendgrid, 4),
    ("twilio", "twilio", "auth_token", [["twilio", "auth", "token"], ["twilio", "token"]], g_hex32, 4),
    ("github", "github", "token", [["github", "token"], ["gh", "token"], ["github", "pat"], ["gh", "api", "token"]], g_github, 5),
    ("gitlab", "gitlab", "token", [["gitlab", "token"], ["gitlab", "private", "token"]], g_gitlab, 2),
    ("npm", "npm", "token", [["npm", "token"], ["npm", "auth", "token"]], g_npm, 2),
    ("aws", "aws", "secret_access_key", [["aws", "secret", "access", "key"], ["aws", "secret", "key"], ["s3", "secret", "key"]], g_aws_secret, 6),
    ("slack", "slack", "token", [["slack", "bot", "token"], ["slack", "token"]], g_slack, 3),
    ("slackhook", "slack", "webhook_url", [["slack", "webhook", "url"], ["slack", "webhook"]], g_slack_hook, 2),
    ("mailgun", "mailgun", "api_key", [["mailgun", "api", "key"], ["mailgun", "key"]], g_mailgun, 2),
    ("mailchimp", "mailchimp", "api_key", [["mailchimp", "api", "key"]], g_mailchimp, 1),
    ("google", "google", "api_key", [["google", "api", "key"], ["gemini", "api", "key"], ["youtube", "api", "key"]], g_google, 3),
    ("hf", "huggingface", "token", [["hf", "token"], ["huggingface", "token"], ["hugging", "face", "hub", "token"]], g_hf, 2),
    ("shopify", "shopify", "token", [["shopify", "access", "token"], ["shopify", "admin", "token"]], g_shopify, 2),
    ("do", "digitalocean", "token", [["do", "token"], ["digitalocean", "token"]], g_do, 1),
    ("telegram", "telegram", "bot_token", [["telegram", "bot", "token"], ["tg", "bot", "token"]], g_telegram, 2),
    ("azure", "azure", "storage_key", [["azure", "storage", "key"], ["azure", "storage", "account", "key"]], g_azure, 2),
    ("datadog", "datadog", "api_key", [["dd", "api", "key"], ["datadog", "api", "key"]], g_datadog, 2),
]


def spec_extras(key, neg):
    ex = []
    if key == "twilio":
        ex.append((["twilio", "account", "sid"], tw_sid()))
    if key == "aws":
        if not neg:
            ex.append((["aws", "access", "key", "id"], akia()))
        ex.append((["aws", "region"], R.choice(["eu-west-1", "us-east-1", "ap-southeast-2"])))
    if key == "smtp_pw":
        ex.append((["smtp", "user"], R.choice(["apikey", "postmaster@mg.acme.io", "noreply@acme.io"])))
        ex.append((["smtp", "host"], R.choice(["smtp.sendgrid.net", "smtp.mailgun.org", "email-smtp.eu-west-1.amazonaws.com"])))
    if key in ("db_password",):
        ex.append((["db", "user"], R.choice(["app", "orders_rw", "postgres", "wp_user"])))
    if key == "mailgun":
        ex.append((["mailgun", "domain"], "mg." + R.choice(["acme.io", "shopfront.de", "example.org"])))
    if key == "slack":
        ex.append((["slack", "channel"], R.choice(["#alerts", "#deploys", "#ops"])))
    return ex


# ---------------------------------------------------------------- names
class N:
    def __init__(self, words):
        self.w = words
        self.env = "_".join(words).upper()
        self.snake = "_".join(words)
        self.camel = words[0] + "".join(x.capitalize() for x in words[1:])
        self.pascal = "".join(x.capitalize() for x in words)
        self.kebab = "-".join(words)
        self.dot = words[0] + "." + "-".join(words[1:]) if len(words) > 1 else words[0]
        self.desc = " ".join(words)


FILLERS = [
    (["app", "env"], "production"), (["log", "level"], "info"), (["db", "host"], "localhost"),
    (["db", "port"], "5432"), (["db", "name"], "app"), (["redis", "host"], "redis"),
    (["smtp", "port"], "587"), (["http", "port"], "8080"), (["cache", "ttl"], "300"),
    (["feature", "signup", "enabled"], "true"), (["sentry", "environment"], "staging"),
    (["mail", "from"], "noreply@acme.io"), (["api", "base", "url"], "https://api.acme.io"),
    (["timezone"], "Europe/Berlin"), (["max", "upload", "mb"], "25"), (["worker", "count"], "4"),
    (["request", "timeout"], "30"), (["public", "url"], "https://app.acme.io"), (["region"], "eu-west-1"),
    (["queue", "name"], "default"), (["allowed", "hosts"], "app.acme.io"),
]

HDR = {
    "#": ["# Configuration - values come from the environment, defaults for local dev",
          "# TODO: move to vault before GA", "# settings", "# config loaded at startup",
          "# Konfiguration", "# NOTE: defaults are used when the variable is unset", ""],
    "//": ["// configuration", "// defaults used when env vars are missing", "// app config",
           "// TODO(ops): remove hardcoded fallback", "// Konfiguration", ""],
    "--": ["-- config", ""],
}


def hdr(style):
    h = R.choice(HDR[style])
    return (h + "\n") if h else ""


# ---------------------------------------------------------------- templates
# each template: (name, filetype, paths, entry(n, lit) -> str, wrap(body_lines, items) -> str)
# lit None => no default (required / raise form)

def q(s):
    return '"' + s + '"'


def sq(s):
    return "'" + s + "'"


def ind(lines, n):
    return [(" " * n + x) if x else x for x in "\n".join(lines).split("\n")]


T = []


def tmpl(name, ft, paths, multi_ok=True):
    def deco(f):
        T.append(dict(name=name, ft=ft, paths=paths, f=f, multi=multi_ok))
        return f
    return deco


# ---- Python
@tmpl("py_getenv", "python", ["config.py", "app/config.py", "src/settings.py", "backend/config.py"])
def _(items):
    out = ["import os", ""]
    for n, v in items:
        if v is None:
            out.append(f'{n.env} = os.environ["{n.env}"]')
        else:
            out.append(f'{n.env} = os.getenv("{n.env}", "{v}")')
    return hdr("#") + "\n".join(out) + "\n"


@tmpl("py_environ_get_class", "python", ["app/config.py", "config.py", "service/config.py"])
def _(items):
    out = ["import os", "", "", "class Config:"]
    for n, v in items:
        if v is None:
            out.append(f'    {n.env} = os.environ.get("{n.env}")')
        else:
            out.append(f'    {n.env} = os.environ.get("{n.env}", "{v}")')
    out += ["", "", "class ProductionConfig(Config):", "    DEBUG = False", ""]
    return "\n".join(out)


@tmpl("django_settings", "python", ["mysite/settings.py", "project/settings/base.py", "core/settings.py"])
def _(items):
    out = ['"""Django settings."""', "import os", "from pathlib import Path", "",
           "BASE_DIR = Path(__file__).resolve().parent.parent", ""]
    for n, v in items:
        if v is None:
            out.append(f'{n.env} = os.environ["{n.env}"]  # required')
        else:
            out.append(f'{n.env} = os.environ.get("{n.env}", "{v}")')
    out += ["", 'DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"',
            'ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")', ""]
    return "\n".join(out)


@tmpl("py_decouple", "python", ["settings.py", "config/settings.py", "src/app/settings.py"])
def _(items):
    out = ["from decouple import config, Csv", ""]
    for n, v in items:
        if v is None:
            out.append(f"{n.env} = config('{n.env}')")
        else:
            out.append(f"{n.env} = config('{n.env}', default='{v}')")
    out.append("DEBUG = config('DEBUG', default=False, cast=bool)")
    return "\n".join(out) + "\n"


@tmpl("pydantic_field", "python", ["app/core/config.py", "src/settings.py", "api/config.py"])
def _(items):
    out = ["from pydantic import Field, SecretStr", "from pydantic_settings import BaseSettings, SettingsConfigDict", "",
           "", "class Settings(BaseSettings):",
           '    model_config = SettingsConfigDict(env_file=".env", extra="ignore")', ""]
    for n, v in items:
        if v is None:
            out.append(f"    {n.snake}: str = Field(..., alias=\"{n.env}\")")
        else:
            out.append(f"    {n.snake}: str = Field(default=\"{v}\", alias=\"{n.env}\")")
    out += ["", "", "settings = Settings()", ""]
    return "\n".join(out)


@tmpl("pydantic_plain", "python", ["app/settings.py", "backend/app/core/settings.py"])
def _(items):
    out = ["from pydantic_settings import BaseSettings", "", "", "class AppSettings(BaseSettings):"]
    for n, v in items:
        if v is None:
            out.append(f"    {n.snake}: str")
        else:
            out.append(f'    {n.snake}: str = "{v}"')
    out += ["", "    class Config:", '        env_prefix = ""', "", "", "settings = AppSettings()", ""]
    return "\n".join(out)


@tmpl("py_configparser", "python", ["app/conf.py", "tools/loader.py"])
def _(items):
    out = ["import configparser", "", "cfg = configparser.ConfigParser(interpolation=None)", 'cfg.read("app.ini")', ""]
    for n, v in items:
        if v is None:
            out.append(f'{n.snake} = cfg.get("main", "{n.snake}")')
        else:
            out.append(f'{n.snake} = cfg.get("main", "{n.snake}", fallback="{v}")')
    return "\n".join(out) + "\n"


@tmpl("py_setdefault", "python", ["scripts/run_local.py", "manage_local.py", "tests/conftest.py"])
def _(items):
    out = ["import os", "import sys", ""]
    for n, v in items:
        if v is None:
            out.append(f'if "{n.env}" not in os.environ:\n    sys.exit("{n.env} is not set")')
        else:
            out.append(f'os.environ.setdefault("{n.env}", "{v}")')
    out += ["", "from app.main import run  # noqa: E402", "", 'if __name__ == "__main__":', "    run()", ""]
    return "\n".join(out)


@tmpl("py_or", "python", ["worker/settings.py", "jobs/config.py"])
def _(items):
    out = ["from os import environ", ""]
    for n, v in items:
        if v is None:
            out.append(f'{n.snake} = environ.get("{n.env}") or _missing("{n.env}")')
        else:
            out.append(f'{n.snake} = environ.get("{n.env}") or "{v}"')
    return "def _missing(k):\n    raise RuntimeError(f\"{k} must be set\")\n\n\n" + "\n".join(out) + "\n"


@tmpl("py_click", "python", ["cli.py", "tools/sync.py", "bin/export.py"], multi_ok=True)
def _(items):
    out = ["import click", "", "", "@click.command()"]
    args = []
    for n, v in items:
        if v is None:
            out.append(f'@click.option("--{n.kebab}", envvar="{n.env}", required=True)')
        else:
            out.append(f'@click.option("--{n.kebab}", envvar="{n.env}", default="{v}", show_default=False)')
        args.append(n.snake)
    out.append(f"def main({', '.join(args)}):")
    out += ['    """Sync job."""', f"    click.echo('starting')", "", "", 'if __name__ == "__main__":', "    main()", ""]
    return "\n".join(out)


# ---- JS / TS
@tmpl("node_or", "javascript", ["config/index.js", "src/config.js", "server/config.js"])
def _(items):
    out = ["'use strict';", "", "module.exports = {"]
    for n, v in items:
        if v is None:
            out.append(f"  {n.camel}: process.env.{n.env},")
        else:
            out.append(f"  {n.camel}: process.env.{n.env} || '{v}',")
    out.append("};")
    return hdr("//") + "\n".join(out) + "\n"


@tmpl("ts_nullish", "typescript", ["src/config.ts", "src/env.ts", "apps/api/src/config.ts"])
def _(items):
    out = ["export const config = {"]
    for n, v in items:
        if v is None:
            out.append(f"  {n.camel}: requireEnv('{n.env}'),")
        else:
            out.append(f'  {n.camel}: process.env.{n.env} ?? "{v}",')
    out.append("} as const;")
    pre = ("function requireEnv(name: string): string {\n  const v = process.env[name];\n"
           "  if (!v) throw new Error(`Missing env ${name}`);\n  return v;\n}\n\n")
    return pre + "\n".join(out) + "\n"


@tmpl("node_destructure", "javascript", ["lib/env.js", "src/env.mjs"])
def _(items):
    parts = []
    for n, v in items:
        parts.append(f"  {n.env}" if v is None else f"  {n.env} = '{v}'")
    names = ", ".join(n.env for n, _ in items)
    return ("const {\n" + ",\n".join(parts) + ",\n} = process.env;\n\nexport { " + names + " };\n")


@tmpl("knexfile", "javascript", ["knexfile.js", "db/knexfile.js"])
def _(items):
    out = []
    for n, v in items:
        out.append(f"const {n.camel} = process.env.{n.env}" + ("" if v is None else f" || '{v}'") + ";")
    body = ",\n".join(f"      {n.camel}" for n, _ in items)
    return ("\n".join(out) + "\n\nmodule.exports = {\n  production: {\n    client: 'pg',\n    connection: {\n"
            + body + ",\n    },\n    pool: { min: 2, max: 10 },\n  },\n};\n")


@tmpl("nest_config", "typescript", ["src/app.module.ts", "src/payments/payments.service.ts"])
def _(items):
    out = ["import { Injectable } from '@nestjs/common';", "import { ConfigService } from '@nestjs/config';", "",
           "@Injectable()", "export class AppSettings {", "  constructor(private readonly config: ConfigService) {}", ""]
    for n, v in items:
        if v is None:
            out.append(f"  get {n.camel}(): string {{\n    return this.config.getOrThrow<string>('{n.env}');\n  }}")
        else:
            out.append(f"  get {n.camel}(): string {{\n    return this.config.get<string>('{n.env}', '{v}');\n  }}")
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("convict", "javascript", ["config/schema.js", "src/config/schema.js"])
def _(items):
    out = ["const convict = require('convict');", "", "const config = convict({"]
    for n, v in items:
        d = "null" if v is None else f"'{v}'"
        out.append(f"  {n.camel}: {{\n    doc: '{n.desc}',\n    format: String,\n    default: {d},\n    env: '{n.env}',\n  }},")
    out += ["});", "", "config.validate({ allowed: 'strict' });", "module.exports = config;"]
    return "\n".join(out) + "\n"


@tmpl("next_config", "javascript", ["next.config.js"])
def _(items):
    out = ["/** @type {import('next').NextConfig} */", "const nextConfig = {", "  reactStrictMode: true,",
           "  serverRuntimeConfig: {"]
    for n, v in items:
        out.append(f"    {n.camel}: process.env.{n.env}" + ("" if v is None else f" || '{v}'") + ",")
    out += ["  },", "};", "", "module.exports = nextConfig;"]
    return "\n".join(out) + "\n"


# ---- Go
@tmpl("go_getenv_helper", "go", ["internal/config/config.go", "config/config.go", "cmd/server/config.go"])
def _(items):
    out = ["package config", "", 'import "os"', "", "func getEnv(key, fallback string) string {",
           "\tif v, ok := os.LookupEnv(key); ok {", "\t\treturn v", "\t}", "\treturn fallback", "}", "",
           "type Config struct {"]
    for n, _v in items:
        out.append(f"\t{n.pascal} string")
    out += ["}", "", "func Load() Config {", "\treturn Config{"]
    for n, v in items:
        if v is None:
            out.append(f'\t\t{n.pascal}: os.Getenv("{n.env}"),')
        else:
            out.append(f'\t\t{n.pascal}: getEnv("{n.env}", "{v}"),')
    out += ["\t}", "}"]
    return "\n".join(out) + "\n"


@tmpl("go_viper", "go", ["cmd/root.go", "internal/config/viper.go"])
def _(items):
    out = ["package cmd", "", 'import "github.com/spf13/viper"', "", "func initConfig() {",
           "\tviper.AutomaticEnv()", '\tviper.SetConfigName("config")']
    for n, v in items:
        if v is None:
            out.append(f'\t_ = viper.BindEnv("{n.dot}", "{n.env}")')
        else:
            out.append(f'\tviper.SetDefault("{n.dot}", "{v}")')
    out += ["\t_ = viper.ReadInConfig()", "}"]
    return "\n".join(out) + "\n"


@tmpl("go_envconfig", "go", ["internal/config/env.go", "pkg/settings/settings.go"])
def _(items):
    out = ["package settings", "", "// Spec is populated by envconfig.Process.", "type Spec struct {"]
    for n, v in items:
        if v is None:
            out.append(f'\t{n.pascal} string `envconfig:"{n.env}" required:"true"`')
        else:
            out.append(f'\t{n.pascal} string `envconfig:"{n.env}" default:"{v}"`')
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("go_lookupenv", "go", ["main.go", "cmd/worker/main.go"])
def _(items):
    out = ["package main", "", "import (", '\t"log"', '\t"os"', ")", "", "func main() {"]
    for n, v in items:
        if v is None:
            out.append(f'\t{n.camel}, ok := os.LookupEnv("{n.env}")\n\tif !ok {{\n\t\tlog.Fatal("{n.env} not set")\n\t}}')
        else:
            out.append(f'\t{n.camel}, ok := os.LookupEnv("{n.env}")\n\tif !ok {{\n\t\t{n.camel} = "{v}"\n\t}}')
    out.append("\trun(" + ", ".join(n.camel for n, _ in items) + ")")
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("go_flag", "go", ["cmd/migrate/main.go", "tools/seed/main.go"])
def _(items):
    out = ["package main", "", 'import "flag"', "", "var ("]
    for n, v in items:
        d = "" if v is None else v
        out.append(f'\t{n.camel} = flag.String("{n.kebab}", "{d}", "{n.desc}")')
    out += [")", "", "func main() {", "\tflag.Parse()", "\tmigrate()", "}"]
    return "\n".join(out) + "\n"


# ---- Rust
@tmpl("rust_unwrap_or_else", "rust", ["src/config.rs", "src/settings.rs"])
def _(items):
    out = ["use std::env;", "", "pub struct Config {"]
    for n, _ in items:
        out.append(f"    pub {n.snake}: String,")
    out += ["}", "", "impl Config {", "    pub fn from_env() -> Self {", "        Self {"]
    for n, v in items:
        if v is None:
            out.append(f'            {n.snake}: env::var("{n.env}").expect("{n.env} must be set"),')
        else:
            out.append(f'            {n.snake}: env::var("{n.env}").unwrap_or_else(|_| "{v}".to_string()),')
    out += ["        }", "    }", "}"]
    return "\n".join(out) + "\n"


@tmpl("rust_unwrap_or", "rust", ["src/main.rs", "src/bin/server.rs"])
def _(items):
    out = ["use std::env;", "", "fn main() {"]
    for n, v in items:
        if v is None:
            out.append(f'    let {n.snake} = env::var("{n.env}").expect("missing {n.env}");')
        else:
            out.append(f'    let {n.snake} = env::var("{n.env}").ok();\n    let {n.snake} = {n.snake}.as_deref().unwrap_or("{v}");')
    out += ["    server::run(" + ", ".join(f"&{n.snake}" for n, _ in items) + ");", "}"]
    return "\n".join(out) + "\n"


@tmpl("rust_clap", "rust", ["src/cli.rs", "src/args.rs"])
def _(items):
    out = ["use clap::Parser;", "", "#[derive(Parser, Debug)]", "pub struct Args {"]
    for n, v in items:
        if v is None:
            out.append(f'    #[arg(long, env = "{n.env}")]')
        else:
            out.append(f'    #[arg(long, env = "{n.env}", default_value = "{v}")]')
        out.append(f"    pub {n.snake}: String,")
    out.append("}")
    return "\n".join(out) + "\n"


# ---- Java / Kotlin / JVM config
@tmpl("java_getordefault", "java", ["src/main/java/com/acme/config/AppConfig.java"])
def _(items):
    out = ["package com.acme.config;", "", "import java.util.Map;", "", "public final class AppConfig {",
           "    private static final Map<String, String> ENV = System.getenv();", ""]
    for n, v in items:
        if v is None:
            out.append(f'    public static final String {n.env} = java.util.Objects.requireNonNull(ENV.get("{n.env}"));')
        else:
            out.append(f'    public static final String {n.env} = ENV.getOrDefault("{n.env}", "{v}");')
    out += ["", "    private AppConfig() {}", "}"]
    return "\n".join(out) + "\n"


@tmpl("java_optional", "java", ["src/main/java/com/acme/billing/Settings.java"])
def _(items):
    out = ["package com.acme.billing;", "", "import java.util.Optional;", "", "class Settings {"]
    for n, v in items:
        if v is None:
            out.append(f'    final String {n.camel} = Optional.ofNullable(System.getenv("{n.env}"))\n'
                       f'            .orElseThrow(() -> new IllegalStateException("{n.env}"));')
        else:
            out.append(f'    final String {n.camel} = Optional.ofNullable(System.getenv("{n.env}")).orElse("{v}");')
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("spring_value", "java", ["src/main/java/com/acme/api/config/ExternalProps.java"])
def _(items):
    out = ["package com.acme.api.config;", "", "import org.springframework.beans.factory.annotation.Value;",
           "import org.springframework.stereotype.Component;", "", "@Component", "public class ExternalProps {", ""]
    for n, v in items:
        if v is None:
            out.append(f'    @Value("${{{n.dot}}}")')
        else:
            out.append(f'    @Value("${{{n.dot}:{v}}}")')
        out.append(f"    private String {n.camel};\n")
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("spring_yml", "yaml", ["src/main/resources/application.yml", "src/main/resources/application-dev.yml"])
def _(items):
    out = ["spring:", "  application:", "    name: orders-service", "app:"]
    for n, v in items:
        if v is None:
            out.append(f"  {n.kebab}: ${{{n.env}}}")
        else:
            out.append(f'  {n.kebab}: "${{{n.env}:{v}}}"')
    out += ["server:", "  port: 8080"]
    return "\n".join(out) + "\n"


@tmpl("spring_properties", "properties", ["src/main/resources/application.properties"])
def _(items):
    out = ["spring.application.name=inventory", "server.port=8080"]
    for n, v in items:
        if v is None:
            out.append(f"app.{n.kebab}=${{{n.env}}}")
        else:
            out.append(f"app.{n.kebab}=${{{n.env}:{v}}}")
    out.append("management.endpoints.web.exposure.include=health,info")
    return "\n".join(out) + "\n"


@tmpl("quarkus_props", "properties", ["src/main/resources/application.properties"])
def _(items):
    out = ["quarkus.http.port=8080", "quarkus.datasource.db-kind=postgresql"]
    for n, v in items:
        if v is None:
            out.append(f"acme.{n.kebab}=${{{n.env}}}")
        else:
            out.append(f"%dev.acme.{n.kebab}={v}" if R.random() < 0.3 else f"acme.{n.kebab}=${{{n.env}:{v}}}")
    return "# Quarkus\n" + "\n".join(out) + "\n"


@tmpl("quarkus_configproperty", "java", ["src/main/java/org/acme/PaymentResource.java"])
def _(items):
    out = ["package org.acme;", "", "import org.eclipse.microprofile.config.inject.ConfigProperty;", "",
           "public class PaymentResource {"]
    for n, v in items:
        if v is None:
            out.append(f'    @ConfigProperty(name = "{n.dot}")')
        else:
            out.append(f'    @ConfigProperty(name = "{n.dot}", defaultValue = "{v}")')
        out.append(f"    String {n.camel};\n")
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("micronaut_yml", "yaml", ["src/main/resources/application.yml"])
def _(items):
    out = ["micronaut:", "  application:", "    name: notifier", "notifier:"]
    for n, v in items:
        out.append(f"  {n.kebab}: ${{{n.env}}}" if v is None else f"  {n.kebab}: ${{{n.env}:`{v}`}}")
    return "\n".join(out) + "\n"


@tmpl("kotlin_elvis", "kotlin", ["src/main/kotlin/com/acme/Config.kt", "app/src/main/kotlin/Env.kt"])
def _(items):
    out = ["package com.acme", "", "object Config {"]
    for n, v in items:
        if v is None:
            out.append(f'    val {n.camel}: String = System.getenv("{n.env}") ?: error("{n.env} missing")')
        else:
            out.append(f'    val {n.camel}: String = System.getenv("{n.env}") ?: "{v}"')
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("ktor_hocon", "hocon", ["src/main/resources/application.conf"])
def _(items):
    out = ["ktor {", "  deployment { port = 8080 }", "}", "", "app {"]
    for n, v in items:
        if v is not None:
            out.append(f'  {n.camel} = "{v}"')
        out.append(f"  {n.camel} = ${{?{n.env}}}")
    out.append("}")
    return "\n".join(out) + "\n"


# ---- Swift / Dart
@tmpl("swift_env", "swift", ["Sources/App/Config.swift", "Sources/Server/Environment+App.swift"])
def _(items):
    out = ["import Foundation", "", "enum AppConfig {", "    static let env = ProcessInfo.processInfo.environment"]
    for n, v in items:
        if v is None:
            out.append(f'    static let {n.camel} = env["{n.env}"]!')
        else:
            out.append(f'    static let {n.camel} = env["{n.env}"] ?? "{v}"')
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("vapor_env", "swift", ["Sources/App/configure.swift"])
def _(items):
    out = ["import Vapor", "", "public func configure(_ app: Application) throws {"]
    for n, v in items:
        if v is None:
            out.append(f'    guard let {n.camel} = Environment.get("{n.env}") else {{ fatalError("{n.env}") }}')
        else:
            out.append(f'    let {n.camel} = Environment.get("{n.env}") ?? "{v}"')
    out += ["    try routes(app)", "}"]
    return "\n".join(out) + "\n"


@tmpl("dart_fromenv", "dart", ["lib/config.dart", "lib/src/env.dart"])
def _(items):
    out = ["class Env {"]
    for n, v in items:
        d = "" if v is None else v
        out.append(f"  static const {n.camel} = String.fromEnvironment('{n.env}', defaultValue: '{d}');")
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("dart_platform", "dart", ["bin/server.dart", "lib/server_config.dart"])
def _(items):
    out = ["import 'dart:io';", "", "final env = Platform.environment;", ""]
    for n, v in items:
        if v is None:
            out.append(f"final {n.camel} = env['{n.env}']!;")
        else:
            out.append(f"final {n.camel} = env['{n.env}'] ?? '{v}';")
    return "\n".join(out) + "\n"


# ---- Ruby
@tmpl("ruby_fetch", "ruby", ["config/initializers/settings.rb", "lib/app_config.rb"])
def _(items):
    out = ["# frozen_string_literal: true", "", "module AppConfig"]
    for n, v in items:
        if v is None:
            out.append(f'  {n.env} = ENV.fetch("{n.env}")')
        else:
            out.append(f'  {n.env} = ENV.fetch("{n.env}", "{v}")')
    out.append("end")
    return "\n".join(out) + "\n"


@tmpl("ruby_or", "ruby", ["config/initializers/integrations.rb", "app.rb"])
def _(items):
    out = []
    for n, v in items:
        if v is None:
            out.append(f"{n.snake} = ENV['{n.env}'] or abort('{n.env} missing')")
        else:
            out.append(f"{n.snake} = ENV['{n.env}'] || '{v}'")
    return hdr("#") + "\n".join(out) + "\n"


@tmpl("ruby_fetch_block", "ruby", ["config/environments/production.rb"])
def _(items):
    out = ["Rails.application.configure do", "  config.cache_classes = true"]
    for n, v in items:
        if v is None:
            out.append(f'  config.x.{n.snake} = ENV.fetch("{n.env}") {{ raise "{n.env} missing" }}')
        else:
            out.append(f'  config.x.{n.snake} = ENV.fetch("{n.env}") {{ "{v}" }}')
    out.append("end")
    return "\n".join(out) + "\n"


@tmpl("erb_database_yml", "erb", ["config/database.yml", "config/storage.yml", "config/cable.yml"])
def _(items):
    out = ["default: &default", "  adapter: postgresql", "  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>", "",
           "production:", "  <<: *default"]
    for n, v in items:
        if v is None:
            out.append(f'  {n.snake}: <%= ENV["{n.env}"] %>')
        else:
            out.append(f'  {n.snake}: <%= ENV.fetch("{n.env}") {{ "{v}" }} %>')
    return "\n".join(out) + "\n"


@tmpl("chef_erb", "erb", ["templates/default/app.conf.erb", "cookbooks/app/templates/default/settings.ini.erb"])
def _(items):
    out = ["# Generated by Chef", "[app]"]
    for n, v in items:
        if v is None:
            out.append(f"{n.snake} = <%= node['app']['{n.snake}'] %>")
        else:
            out.append(f"{n.snake} = <%= node['app']['{n.snake}'] || '{v}' %>")
    return "\n".join(out) + "\n"


# ---- PHP
@tmpl("laravel_config", "php", ["config/services.php", "config/database.php", "config/mail.php"])
def _(items):
    out = ["<?php", "", "return ["]
    for n, v in items:
        if v is None:
            out.append(f"    '{n.snake}' => env('{n.env}'),")
        else:
            out.append(f"    '{n.snake}' => env('{n.env}', '{v}'),")
    out.append("];")
    return "\n".join(out) + "\n"


@tmpl("php_getenv", "php", ["config.php", "src/bootstrap.php", "wp-config-local.php"])
def _(items):
    out = ["<?php", ""]
    for n, v in items:
        if v is None:
            out.append(f"define('{n.env}', getenv('{n.env}'));")
        else:
            out.append(f"define('{n.env}', getenv('{n.env}') ?: '{v}');")
    return "\n".join(out) + "\n"


@tmpl("php_env_coalesce", "php", ["src/Config.php", "app/settings.php"])
def _(items):
    out = ["<?php", "declare(strict_types=1);", "", "return ["]
    for n, v in items:
        if v is None:
            out.append(f"    '{n.camel}' => $_ENV['{n.env}'] ?? throw new RuntimeException('{n.env}'),")
        else:
            out.append(f"    '{n.camel}' => $_ENV['{n.env}'] ?? '{v}',")
    out.append("];")
    return "\n".join(out) + "\n"


# ---- C#
@tmpl("csharp_env", "csharp", ["src/Api/Settings.cs", "Program.cs"])
def _(items):
    out = ["namespace Acme.Api;", "", "public static class Settings", "{"]
    for n, v in items:
        if v is None:
            out.append(f'    public static readonly string {n.pascal} = Environment.GetEnvironmentVariable("{n.env}")\n'
                       f'        ?? throw new InvalidOperationException("{n.env}");')
        else:
            out.append(f'    public static readonly string {n.pascal} = Environment.GetEnvironmentVariable("{n.env}") ?? "{v}";')
    out.append("}")
    return "\n".join(out) + "\n"


@tmpl("csharp_getvalue", "csharp", ["src/Worker/Startup.cs", "Services/MailService.cs"])
def _(items):
    out = ["using Microsoft.Extensions.Configuration;", "", "public class Startup", "{",
           "    public void Configure(IConfiguration configuration)", "    {"]
    for n, v in items:
        if v is None:
            out.append(f'        var {n.camel} = configuration["{n.pascal}"];')
        else:
            out.append(f'        var {n.camel} = configuration.GetValue<string>("{n.pascal}", "{v}");')
    out += ["    }", "}"]
    return "\n".join(out) + "\n"


# ---- Elixir
@tmpl("elixir_runtime", "elixir", ["config/runtime.exs", "config/prod.exs"])
def _(items):
    out = ["import Config", "", "config :my_app, MyApp.Settings,"]
    parts = []
    for n, v in items:
        if v is None:
            parts.append(f'  {n.snake}: System.fetch_env!("{n.env}")')
        elif R.random() < 0.5:
            parts.append(f'  {n.snake}: System.get_env("{n.env}", "{v}")')
        else:
            parts.append(f'  {n.snake}: System.get_env("{n.env}") || "{v}"')
    return "\n".join(out) + "\n" + ",\n".join(parts) + "\n"


# ---- Helm
@tmpl("helm_secret", "helm", ["charts/app/templates/secret.yaml", "deploy/helm/templates/secrets.yaml"])
def _(items):
    out = ["apiVersion: v1", "kind: Secret", "metadata:", '  name: {{ include "app.fullname" . }}', "type: Opaque", "data:"]
    for n, v in items:
        if v is None:
            out.append(f"  {n.env}: {{{{ required \"{n.camel} is required\" .Values.{n.camel} | b64enc | quote }}}}")
        else:
            out.append(f"  {n.env}: {{{{ .Values.{n.camel} | default \"{v}\" | b64enc | quote }}}}")
    return "\n".join(out) + "\n"


@tmpl("helm_deployment_env", "helm", ["charts/api/templates/deployment.yaml"])
def _(items):
    out = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: {{ .Release.Name }}-api", "spec:",
           "  template:", "    spec:", "      containers:", "        - name: api",
           '          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"', "          env:"]
    for n, v in items:
        out.append(f"            - name: {n.env}")
        if v is None:
            out.append(f"              value: {{{{ .Values.env.{n.camel} | quote }}}}")
        else:
            out.append(f"              value: {{{{ .Values.env.{n.camel} | default \"{v}\" | quote }}}}")
    return "\n".join(out) + "\n"


@tmpl("helm_helpers", "helm", ["charts/app/templates/_helpers.tpl"])
def _(items):
    out = ['{{- define "app.name" -}}', "{{ .Chart.Name | trunc 63 }}", "{{- end }}", ""]
    for n, v in items:
        out.append(f'{{{{- define "app.{n.camel}" -}}}}')
        if v is None:
            out.append(f"{{{{ .Values.config.{n.camel} }}}}")
        else:
            out.append(f"{{{{ .Values.config.{n.camel} | default \"{v}\" }}}}")
        out.append("{{- end }}")
    return "\n".join(out) + "\n"


@tmpl("helm_values", "yaml", ["charts/app/values.yaml", "deploy/values-staging.yaml"])
def _(items):
    out = ["replicaCount: 2", "image:", "  repository: ghcr.io/acme/api", '  tag: ""', "", "config:"]
    for n, v in items:
        if v is None:
            out.append(f"  {n.camel}: \"\"  # set via --set or external secret")
        else:
            out.append(f'  {n.camel}: "{v}"')
    return "# Default values for app.\n" + "\n".join(out) + "\n"


# ---- Jinja / Ansible
@tmpl("ansible_defaults", "ansible", ["roles/app/defaults/main.yml", "roles/postgres/defaults/main.yml"])
def _(items):
    out = ["---"]
    for n, v in items:
        if v is None:
            out.append(f"{n.snake}: \"{{{{ lookup('env', '{n.env}') }}}}\"")
        else:
            out.append(f"{n.snake}: \"{{{{ lookup('env', '{n.env}') | default('{v}', true) }}}}\"")
    return "\n".join(out) + "\n"


@tmpl("ansible_task", "ansible", ["roles/db/tasks/main.yml", "playbooks/provision.yml"])
def _(items):
    out = ["---", "- name: Render application config", "  ansible.builtin.template:", "    src: app.env.j2",
           "    dest: /etc/app/app.env", "    mode: \"0600\"", "  vars:"]
    for n, v in items:
        if v is None:
            out.append(f"    {n.snake}: \"{{{{ {n.snake} | mandatory }}}}\"")
        else:
            out.append(f"    {n.snake}: \"{{{{ {n.snake} | default('{v}') }}}}\"")
    return "\n".join(out) + "\n"


@tmpl("jinja_conf", "jinja", ["roles/app/templates/app.ini.j2", "templates/config.yaml.j2", "roles/web/templates/settings.py.j2"])
def _(items):
    out = ["# {{ ansible_managed }}", "[main]"]
    for n, v in items:
        if v is None:
            out.append(f"{n.snake} = {{{{ {n.snake} }}}}")
        else:
            out.append(f"{n.snake} = {{{{ {n.snake} | default('{v}') }}}}")
    return "\n".join(out) + "\n"


@tmpl("salt_jinja", "jinja", ["salt/app/files/app.conf.jinja"])
def _(items):
    out = []
    for n, v in items:
        if v is None:
            out.append(f"{n.snake}={{{{ salt['pillar.get']('app:{n.snake}') }}}}")
        else:
            out.append(f"{n.snake}={{{{ salt['pillar.get']('app:{n.snake}', '{v}') }}}}")
    return "# managed by salt\n" + "\n".join(out) + "\n"


# ---- Go templates
@tmpl("gomplate", "gotmpl", ["templates/config.yaml.tmpl", "deploy/app.conf.tmpl"])
def _(items):
    out = []
    for n, v in items:
        if v is None:
            out.append(f'{n.snake}: {{{{ getenv "{n.env}" }}}}')
        else:
            out.append(f'{n.snake}: {{{{ getenv "{n.env}" "{v}" }}}}')
    return "# rendered with gomplate\n" + "\n".join(out) + "\n"


@tmpl("consul_template", "gotmpl", ["consul-template/app.ctmpl", "nomad/templates/env.tpl"])
def _(items):
    out = []
    for n, v in items:
        if v is None:
            out.append(f'{n.env}={{{{ env "{n.env}" }}}}')
        else:
            out.append(f'{n.env}={{{{ or (env "{n.env}") "{v}" }}}}')
    return "\n".join(out) + "\n"


# ---- Shell
@tmpl("sh_default", "shell", ["docker-entrypoint.sh", "scripts/start.sh", "bin/run.sh", "deploy/entrypoint.sh"])
def _(items):
    out = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    for n, v in items:
        if v is None:
            out.append(f': "${{{n.env}:?{n.env} must be set}}"')
        else:
            out.append(f'{n.env}="${{{n.env}:-{v}}}"')
    out += ["", "export " + " ".join(n.env for n, _ in items), 'exec "$@"']
    return "\n".join(out) + "\n"


@tmpl("sh_assign_default", "shell", ["scripts/backup.sh", "ops/db-restore.sh"])
def _(items):
    out = ["#!/bin/sh", ""]
    for n, v in items:
        if v is None:
            out.append(f': "${{{n.env}:?}}"')
        else:
            out.append(f': "${{{n.env}:={v}}}"')
    out += ["", 'echo "starting backup at $(date)"']
    return "\n".join(out) + "\n"


@tmpl("sh_export", "shell", ["env.sh", "scripts/dev-env.sh", "ci/setup-env.sh"])
def _(items):
    out = ["#!/usr/bin/env bash", "# source me"]
    for n, v in items:
        if v is None:
            out.append(f'export {n.env}="${{{n.env}:?missing}}"')
        else:
            out.append(f'export {n.env}="${{{n.env}:-{v}}}"')
    return "\n".join(out) + "\n"


# ---- Compose / Dockerfile
@tmpl("compose_env", "compose", ["docker-compose.yml", "compose.yaml", "docker-compose.prod.yml"])
def _(items):
    out = ["services:", "  app:", "    image: ghcr.io/acme/app:latest", "    ports:", '      - "8080:8080"', "    environment:"]
    for n, v in items:
        if v is None:
            out.append(f"      {n.env}: ${{{n.env}:?set {n.env} in .env}}")
        else:
            out.append(f"      {n.env}: ${{{n.env}:-{v}}}")
    out += ["    depends_on:", "      - db"]
    return "\n".join(out) + "\n"


@tmpl("compose_list", "compose", ["docker-compose.yml", "deploy/compose.yml"])
def _(items):
    out = ["version: \"3.8\"", "services:", "  worker:", "    build: .", "    environment:"]
    for n, v in items:
        if v is None:
            out.append(f"      - {n.env}=${{{n.env}}}")
        else:
            out.append(f"      - {n.env}=${{{n.env}:-{v}}}")
    return "\n".join(out) + "\n"


@tmpl("dockerfile_arg", "dockerfile", ["Dockerfile", "docker/Dockerfile", "build/Dockerfile.api"])
def _(items):
    out = ["FROM python:3.12-slim", "WORKDIR /app"]
    for n, v in items:
        if v is None:
            out.append(f"ARG {n.env}")
        else:
            out.append(f"ARG {n.env}={v}")
        out.append(f"ENV {n.env}=${{{n.env}}}")
    out += ["COPY . .", 'CMD ["gunicorn", "app:app"]']
    return "\n".join(out) + "\n"


# ---- Makefile
@tmpl("makefile", "makefile", ["Makefile", "deploy.mk"])
def _(items):
    out = []
    for n, v in items:
        out.append(f"{n.env} ?=" + ("" if v is None else f" {v}"))
    out += ["", ".PHONY: run", "run:", "\tdocker run --rm " + " ".join(f"-e {n.env}=$({n.env})" for n, _ in items) + " app:latest"]
    return "\n".join(out) + "\n"


# ---- Terraform
@tmpl("tf_variable", "terraform", ["variables.tf", "infra/variables.tf", "modules/app/variables.tf"])
def _(items):
    out = []
    for n, v in items:
        out.append(f'variable "{n.snake}" {{')
        out.append('  type      = string')
        if v is not None:
            out.append(f'  default   = "{v}"')
        out.append('  sensitive = true' if R.random() < 0.6 else f'  description = "{n.desc}"')
        out.append("}")
        out.append("")
    return "\n".join(out)


@tmpl("tf_coalesce", "terraform", ["main.tf", "infra/locals.tf"])
def _(items):
    out = ["locals {"]
    for n, v in items:
        if v is None:
            out.append(f"  {n.snake} = var.{n.snake}")
        else:
            out.append(f'  {n.snake} = coalesce(var.{n.snake}, "{v}")')
    out.append("}")
    return "\n".join(out) + "\n"


# ---- GitHub Actions
@tmpl("gha_env_or", "gha", [".github/workflows/ci.yml", ".github/workflows/integration.yml"])
def _(items):
    out = ["name: CI", "on: [push, pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    env:"]
    for n, v in items:
        if v is None:
            out.append(f"      {n.env}: ${{{{ secrets.{n.env} }}}}")
        else:
            out.append(f"      {n.env}: ${{{{ secrets.{n.env} || '{v}' }}}}")
    out += ["    steps:", "      - uses: actions/checkout@v4", "      - run: make test"]
    return "\n".join(out) + "\n"


@tmpl("gha_shell", "gha", [".github/workflows/deploy.yml"])
def _(items):
    out = ["name: deploy", "on:", "  workflow_dispatch:", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
           "      - uses: actions/checkout@v4", "      - name: Deploy", "        run: |"]
    for n, v in items:
        if v is None:
            out.append(f'          : "${{{n.env}:?}}"')
        else:
            out.append(f'          export {n.env}="${{{n.env}:-{v}}}"')
    out.append("          ./scripts/deploy.sh")
    return "\n".join(out) + "\n"


# ---- PowerShell
@tmpl("powershell", "powershell", ["scripts/setup.ps1", "deploy/Start-App.ps1"])
def _(items):
    out = []
    for n, v in items:
        if v is None:
            out.append(f"if (-not $env:{n.env}) {{ throw '{n.env} is required' }}")
        else:
            out.append(f"${n.camel} = if ($env:{n.env}) {{ $env:{n.env} }} else {{ '{v}' }}")
    return "\n".join(out) + "\n"


CMT_PREFIX = {}
for _ft in ["python", "shell", "yaml", "compose", "makefile", "terraform", "ruby", "elixir", "properties",
            "dockerfile", "ansible", "gha", "powershell", "hocon"]:
    CMT_PREFIX[_ft] = "# "
for _ft in ["javascript", "typescript", "go", "rust", "java", "kotlin", "swift", "dart", "php", "csharp"]:
    CMT_PREFIX[_ft] = "// "
COMMENTS = ["fallback for local development", "TODO: remove default before release", "default used in staging",
            "override in production!", "temporary - rotate after migration", "used by the nightly job",
            "Standardwert fuer lokale Entwicklung", "valeur par defaut (dev)", "FIXME hardcoded", "see README",
            "valor por defecto", "injected by k8s secret in prod"]


REQ_COMMENTS = ["required - injected at deploy time", "set via secret manager", "must be provided by the platform",
                "wird von Vault gesetzt", "no default on purpose", "fourni par l'environnement"]


def add_comment(ft, text, n, required=False):
    if ft not in CMT_PREFIX or R.random() > 0.3:
        return text
    lines = text.split("\n")
    forms = [n.env, n.snake, n.camel, n.pascal, n.kebab, n.dot]
    for i, ln in enumerate(lines):
        if any(f in ln for f in forms):
            lead = ln[:len(ln) - len(ln.lstrip())]
            lines.insert(i, lead + CMT_PREFIX[ft] + R.choice(REQ_COMMENTS if required else COMMENTS))
            return "\n".join(lines)
    return text


# PEM-capable templates (multi-line literal)
PEM_TEMPLATES = {"tf_heredoc", "py_pem_default"}


def tf_heredoc(n, v):
    out = [f'variable "{n.snake}" {{', "  type      = string", "  sensitive = true"]
    if v is not None:
        out += ["  default   = <<-EOT", *("    " + x for x in v.split("\n")), "  EOT"]
    out.append("}")
    return "\n".join(out) + "\n"


def py_pem_default(n, v):
    if v is None:
        return f'import os\n\n{n.env} = os.environ["{n.env}"]\n'
    return f'import os\n\n_DEFAULT_KEY = """{v}\n"""\n\n{n.env} = os.getenv("{n.env}", _DEFAULT_KEY)\n'


PEM_NAMES = [["jwt", "private", "key"], ["signing", "key"], ["saml", "sp", "private", "key"], ["github", "app", "private", "key"]]

# ---------------------------------------------------------------- negatives
PLACEHOLDERS = ["", "", "changeme", "change-me", "CHANGE_ME", "<your-key>", "YOUR_API_KEY", "your-secret-here",
                "xxxx", "xxxxxxxxxxxxxxxxxxxx", "TODO", "dev-secret-not-for-prod", "insecure-local-key",
                "please-set-me", "REPLACE_ME", "dummy", "secret", "test", "remplacez-moi", "bitte_aendern",
                "cambiame", "mude-isso", "ここに入力", "<changeme>", "set-me-in-prod", "not-a-real-secret",
                "local-dev-only", "example", "placeholder"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "••••••••"]
REFS = ["${SECRET}", "vault:secret/data/app#{k}", "op://Engineering/{k}/credential",
        "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/app/{k}",
        "ssm:/prod/app/{k}", "projects/acme-prod/secrets/{k}/versions/latest",
        "azurekeyvault://kv-prod/secrets/{k}", "file:/run/secrets/{k}", "env:{K}"]
PROVIDER_EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_test_..."],
    "openai": ["sk-...", "sk-your-openai-key", "sk-xxxxxxxxxxxxxxxxxxxxxxxx"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_your_token_here"],
    "slack": ["xoxb-your-bot-token", "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"],
    "sendgrid": ["SG.xxxxxxxx.yyyyyyyy", "SG.your-sendgrid-api-key"],
    "anthropic": ["sk-ant-...", "sk-ant-api03-xxxxxxxx"],
    "twilio": ["your_auth_token", "[AuthToken]"],
    "database": ["postgres://postgres:postgres@localhost:5432/app", "postgresql://user:password@localhost/db",
                 "mysql://root:root@127.0.0.1:3306/test", "redis://localhost:6379/0", "mongodb://localhost:27017/dev",
                 "postgresql://app@localhost/app", "amqp://guest:guest@localhost:5672/"],
    "postgres": ["postgres", "password", "secret"],
    "smtp": ["", "password"],
    "laravel": ["base64:", "SomeRandomString"],
    "django": ["django-insecure-change-me", "dev-secret-not-for-prod"],
}


def hexs(n):
    return rs(HEX, n)


def uuid():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def ssh_pub():
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode() + " deploy@ci"


def vapid_pub():
    return base64.urlsafe_b64encode(b"\x04" + rbytes(64)).decode().rstrip("=")


def bcrypt():
    return "$2b$12$" + rs("./" + ALNUM, 53)


def sops():
    return (f"ENC[AES256_GCM,data:{base64.b64encode(rbytes(R.randint(16, 40))).decode()},"
            f"iv:{base64.b64encode(rbytes(32)).decode()},tag:{base64.b64encode(rbytes(16)).decode()},type:str]")


def mapbox_pk():
    user = R.choice(["acme-maps", "geoteam", "rideshare"])
    payload = base64.urlsafe_b64encode(json.dumps({"u": user, "a": rs(LOW + DIG, 25)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "pk." + payload + "." + rs(URLS, 22)


LOOKALIKES = [
    ("git", "commit_sha", [["git", "sha"], ["build", "commit"], ["source", "version"]], lambda: hexs(40)),
    ("docker", "image_digest", [["image", "digest"], ["base", "image", "digest"]], lambda: "sha256:" + hexs(64)),
    ("npm", "sri_hash", [["bundle", "integrity"], ["script", "integrity"]],
     lambda: "sha384-" + base64.b64encode(rbytes(48)).decode()),
    ("release", "checksum", [["release", "sha256"], ["artifact", "checksum"], ["tarball", "sha512"]],
     lambda: hexs(R.choice([64, 128]))),
    ("app", "uuid", [["tenant", "id"], ["instance", "id"], ["org", "uuid"], ["request", "namespace"]], uuid),
    ("aws", "kms_key_arn", [["kms", "key", "id"], ["kms", "key", "arn"], ["encryption", "key", "id"]],
     lambda: R.choice(["", f"arn:aws:kms:eu-west-1:{rs(DIG, 12)}:key/"]) + uuid()),
    ("aws", "account_id", [["aws", "account", "id"]], lambda: rs(DIG, 12)),
    ("app", "secret_path", [["jwt", "secret", "file"], ["db", "password", "file"], ["tls", "key", "path"], ["private", "key", "path"]],
     lambda: R.choice(["/run/secrets/db_password", "/var/run/secrets/app/jwt.key", "/etc/app/tls/server.key",
                       "/run/secrets/stripe_secret_key", "./certs/private.pem"])),
    ("app", "secret_name", [["db", "password", "secret", "name"], ["api", "key", "secret", "id"], ["vault", "secret", "path"]],
     lambda: R.choice(["prod/payments/stripe-secret-key", "secret/data/app/db", "app-db-password", "projects/acme/secrets/jwt"])),
    ("app", "ttl", [["token", "ttl"], ["jwt", "expires", "in"], ["session", "timeout"], ["password", "min", "length"]],
     lambda: R.choice(["3600", "15m", "86400", "7d", "12", "1800"])),
    ("app", "algorithm", [["jwt", "algorithm"], ["token", "alg"]], lambda: R.choice(["HS256", "RS256", "ES256"])),
    ("aws", "region", [["aws", "region"], ["kms", "region"]], lambda: R.choice(["eu-west-1", "us-east-2", "ap-northeast-1"])),
    ("app", "version", [["app", "version"], ["api", "version"], ["sdk", "version"]],
     lambda: R.choice([f"{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 20)}", f"v1.{R.randint(20, 31)}.{R.randint(0, 9)}+k3s1",
                       f"2024.{R.randint(1, 12)}.{R.randint(1, 28)}"])),
    ("ssh", "public_key", [["deploy", "public", "key"], ["ssh", "authorized", "key"]], ssh_pub),
    ("webpush", "public_key", [["vapid", "public", "key"]], vapid_pub),
    ("tls", "cert_fingerprint", [["cert", "fingerprint"], ["tls", "pin", "sha256"]],
     lambda: ":".join(hexs(2).upper() for _ in range(32))),
    ("gpg", "fingerprint", [["gpg", "key", "fingerprint"], ["signing", "key", "fingerprint"]], lambda: hexs(40).upper()),
    ("app", "password_hash", [["admin", "password", "hash"], ["basic", "auth", "hash"]], bcrypt),
    ("sops", "ciphertext", [["db", "password", "encrypted"], ["encrypted", "api", "key"]], sops),
    ("stripe", "publishable_key", [["stripe", "publishable", "key"], ["next", "public", "stripe", "key"]],
     lambda: "pk_live_" + rs(ALNUM, R.choice([24, 99]))),
    ("twilio", "account_sid", [["twilio", "account", "sid"]], tw_sid),
    ("google", "oauth_client_id", [["google", "client", "id"], ["oauth", "client", "id"]],
     lambda: rs(DIG, 12) + "-" + rs(LOW + DIG, 32) + ".apps.googleusercontent.com"),
    ("google", "recaptcha_site_key", [["recaptcha", "site", "key"]], lambda: "6L" + rs(URLS, 38)),
    ("mapbox", "public_token", [["mapbox", "public", "token"], ["mapbox", "access", "token", "public"]], mapbox_pk),
    ("algolia", "search_only_key", [["algolia", "search", "key"], ["algolia", "search", "only", "api", "key"]], lambda: hexs(32)),
    ("auth0", "client_id", [["auth0", "client", "id"], ["okta", "client", "id"]], lambda: rs(ALNUM, 32)),
    ("app", "build_id", [["build", "id"], ["cache", "buster"], ["asset", "hash"]], lambda: hexs(R.choice([8, 12, 20]))),
    ("app", "salt_public", [["hashids", "alphabet"]], lambda: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890"),
]


LA_W = {"ttl": 1, "algorithm": 1, "region": 1, "version": 1, "account_id": 1, "salt_public": 1, "secret_path": 2,
        "secret_name": 2, "commit_sha": 3, "image_digest": 3, "checksum": 3, "uuid": 3, "kms_key_arn": 3,
        "public_key": 3, "password_hash": 2, "ciphertext": 3, "publishable_key": 3, "search_only_key": 2,
        "client_id": 2, "sri_hash": 2}

# ---------------------------------------------------------------- main build
def pick_spec():
    tot = sum(s[5] for s in SPECS)
    x = R.uniform(0, tot)
    for s in SPECS:
        x -= s[5]
        if x <= 0:
            return s
    return SPECS[-1]


def fillers(k):
    return [(N(w), v) for w, v in R.sample(FILLERS, k)]


def build_items(target_n, target_v, extras):
    fl = fillers(R.randint(1, 5))
    ex = [(N(w), v) for w, v in extras]
    others = ex + fl
    R.shuffle(others)
    pos = R.randint(0, len(others))
    items = others[:pos] + [(target_n, target_v)] + others[pos:]
    # names must be unique
    seen, out = set(), []
    for n, v in items:
        if n.env in seen:
            continue
        seen.add(n.env)
        out.append((n, v))
    return out


def render_pem(n, v):
    if R.random() < 0.5:
        return "tf_heredoc", "terraform", R.choice(["variables.tf", "infra/github_app.tf"]), tf_heredoc(n, v)
    return "py_pem_default", "python", R.choice(["app/auth/keys.py", "sso/settings_keys.py"]), py_pem_default(n, v)


def neg_value(spec):
    key, prov = spec[0], spec[1]
    k = R.random()
    sk = "_".join(R.choice(spec[3]))
    if k < 0.30:
        return R.choice(PLACEHOLDERS), "placeholder"
    if k < 0.40:
        return R.choice(MASKED), "masked"
    if k < 0.55:
        return R.choice(REFS).replace("{k}", sk.replace("_", "-")).replace("{K}", sk.upper()), "reference"
    if k < 0.75:
        if prov in PROVIDER_EXAMPLES:
            return R.choice(PROVIDER_EXAMPLES[prov]), "example"
        return R.choice(PLACEHOLDERS), "placeholder"
    return None, "no_default"


def main():
    global R
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0].strip())
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    man, secs = [], []
    needles = set()
    tcount = {}

    def write(rel, text):
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    # positives
    i = 0
    while i < 500:
        if R.random() < 0.025:
            n = N(R.choice(PEM_NAMES))
            lit, needle = g_pem()
            tname, ft, path, text = render_pem(n, lit)
            prov, kind = "rsa", "private_key"
        else:
            spec = pick_spec()
            key, prov, kind, names, gen, _w = spec
            n = N(R.choice(names))
            lit, needle = gen()
            t = R.choice(T)
            items = build_items(n, lit, spec_extras(key, False))
            text = add_comment(t["ft"], t["f"](items), n)
            tname, ft, path = t["name"], t["ft"], R.choice(t["paths"])
        if needle in needles or needle not in text:
            continue
        needles.add(needle)
        idx = text.index(needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        tcount[tname] = tcount.get(tname, 0) + 1
        rel = f"pos/p{i:04d}/{path}"
        write(rel, text)
        man.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": ft, "template": tname})
        secs.append({"file": rel, "needle": needle, "line": line})
        i += 1

    # negatives
    for j in range(500):
        if j % 2 == 0:
            if R.random() < 0.03:
                n = N(R.choice(PEM_NAMES))
                v = R.choice([None, "", "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----"])
                tname, ft, path, text = render_pem(n, v)
                prov, kind = "rsa", "no_default" if v is None else "placeholder"
            else:
                spec = pick_spec()
                n = N(R.choice(spec[3]))
                v, kind = neg_value(spec)
                t = R.choice(T)
                items = build_items(n, v, spec_extras(spec[0], True))
                text = add_comment(t["ft"], t["f"](items), n, v is None)
                tname, ft, path, prov = t["name"], t["ft"], R.choice(t["paths"]), spec[1]
                kind = spec[2] + ":" + kind
        else:
            prov, kind, names, gen = R.choices(LOOKALIKES, weights=[LA_W.get(x[1], 2) for x in LOOKALIKES])[0]
            n = N(R.choice(names))
            v = gen()
            t = R.choice(T)
            items = build_items(n, v, [])
            text = add_comment(t["ft"], t["f"](items), n)
            tname, ft, path = t["name"], t["ft"], R.choice(t["paths"])
            kind = "lookalike:" + kind
        for nd in needles:
            assert nd not in text
        rel = f"neg/n{j:04d}/{path}"
        assert "/.env" not in "/" + path or path.endswith((".example", ".sample"))
        write(rel, text)
        man.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in man:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secs:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    # self-check
    for s in secs:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            lines = f.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s


if __name__ == "__main__":
    main()
