#!/usr/bin/env python3
"""Blind evaluation-set generator "cf": credentials inserted as DATA.

EMPHASIS
    SQL migrations, seed data, fixtures and database dumps, where credentials are
    inserted as rows or column values rather than assigned to config variables:
    INSERT statements and COPY blocks that put API tokens, OAuth client secrets,
    SMTP passwords, webhook secrets and integration credentials into settings /
    integrations tables; CREATE USER / CREATE ROLE ... PASSWORD and ALTER ROLE /
    ALTER USER with plain passwords (PostgreSQL, MySQL, SQL Server, Oracle);
    Rails seeds.rb, Django fixtures (JSON / YAML), Laravel seeders, Prisma
    seed.ts, Sequelize seeders, Knex seeds, Doctrine fixtures, Flyway V*__*.sql
    and Java migrations, Liquibase XML / YAML changelogs, Alembic migrations,
    Ecto seeds.exs, goose migrations, EF Core HasData, mysqldump / pg_dump /
    SQLite .dump excerpts, dbt seed CSVs, docker-entrypoint-initdb.d shell
    scripts and Markdown runbooks.

USAGE
    python3 gen_cf.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, look-alikes only),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Standard library only;
    every random choice comes from random.Random(SEED), so a seed always
    produces byte-identical output.

NEEDLE CONVENTIONS
    * needle = the secret exactly as written in the file, on one line.
    * id/secret pairs (AWS key id + secret, Twilio SID + auth token, Google
      client id + client secret, GitHub OAuth client id + secret ...): the
      needle is the secret half; the public id may sit beside it.
    * Webhook URLs whose path carries the secret (Slack incoming webhooks,
      Discord webhooks): the needle is the whole URL.
    * Passwords inside connection URLs (smtp://user:PASS@host, postgres://...):
      the needle is the password alone.
    * Connection strings with an embedded key (Azure AccountKey=...): the
      needle is the key value alone.
    * "line" is the 1-based line of the needle's first occurrence.
    * About half of the positives put the secret under an obvious name
      (smtp_password, client_secret, api_token ...); the rest put it under a
      neutral name (value, data, cfg, endpoint), in a positional VALUES list,
      in a URL, in an Authorization header inside a JSON column, etc.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by a safe
    value: placeholders (<your-api-key>, CHANGEME with a comment, XXXX-masked
    prefixed keys), environment references (${VAR}, env:VAR), secret-manager
    references (Vault paths, AWS Secrets Manager ARNs, GCP secret names,
    1Password op:// URIs), masked / redacted values, empty strings, hashes
    and digests (sha256 token digests, bcrypt, argon2id, Django pbkdf2),
    ciphertext (pgp_sym_encrypt bytea, Rails encrypted-attribute JSON, Vault
    transit vault:v1:), publishable keys documented as safe to expose
    (Stripe pk_live_) and public identifiers (client ids, Account SIDs).
    The other half are domain look-alikes: CREATE/ALTER ROLE with SCRAM-SHA-256
    verifiers or md5 role hashes, MySQL IDENTIFIED ... AS '*<hash>', roles
    with no password / NOLOGIN, pg_dumpall role dumps with verifiers, users
    seeded with bcrypt / argon2 hashes, tokens generated at runtime
    (gen_random_bytes, SecureRandom, crypto.randomBytes, Str::random,
    secrets.token_urlsafe), Faker calls, api_keys tables holding a short
    display prefix plus a sha256 hash, UUID primary keys, SSH / age public
    keys, i18n strings that mention passwords, dbt CSVs of hashed tokens, docs
    runbooks that read passwords from a vault.

DOUBTS
    * GitHub ghp_/gho_/ghu_ checksum: the last 6 chars are written as the
      base62 CRC32 of the 30 random chars (from memory of GitHub's blog post
      about token formats; exact checksum input not verified).  npm_ tokens
      use the same construction (memory, unverified).
    * github_pat_ fine-grained layout 22 + "_" + 59 chars: from memory.
    * OpenAI sk-proj- keys (random + "T3BlbkFJ" + random) and Anthropic
      sk-ant-api03-...AA lengths are from memory and approximate.
    * Slack xoxb-/xoxp- digit-group lengths, Discord webhook token length
      (68), Telegram bot token (digits ":" 35 chars), Mailchimp
      (32 hex + "-usNN"), DigitalOcean dop_v1_ + 64 hex, Square EAAA... /
      sq0csp-..., Linear lin_api_ + 40, HubSpot pat-na1-<uuid>, PyPI
      "pypi-AgEIcHlwaS5vcmc..." length, Mailgun "key-" + 32 hex and the newer
      hex-hex-hex form: from memory.
    * Google OAuth client secret GOCSPX- + 28 chars and API key AIza + 35:
      from memory.
    * Stripe live secret keys are generated either 24 chars or the longer
      "51..." ~99-char form after sk_live_ / rk_live_; exact modern lengths
      are approximate.
    * Labels a reviewer might dispute: CHANGEME / "changeme" defaults with a
      comment saying they are replaced at deploy time are labelled NEG;
      SCRAM-SHA-256 verifiers and md5 role hashes in a dump are labelled NEG
      (they are hashes, though an md5 role hash is weak); Stripe publishable
      keys and Twilio Account SIDs are NEG; seeded application-user passwords
      (admin@... with a strong literal password in seeds.rb) are POS.
    * Vault transit "vault:v1:<base64>" ciphertext is long and high-entropy;
      labelled NEG because it is ciphertext.
    * Look-alike formats written from memory: SQL Server hashed login
      (0x0200 + 4-byte salt + SHA-512, "... HASHED"), ASP.NET Identity v3
      password hash ("AQAAAAIAAYagAAAAE..."), pgp_sym_encrypt bytea header
      (\xc30d0407...), Rails encrypted-attribute JSON {"p","h":{"iv","at"}},
      Django pbkdf2_sha256$<iter>$<salt>$<hash>, age1... public keys.
    * Twilio API-key secrets (32 alnum), GitHub OAuth client secrets (40 hex),
      Slack signing secrets (32 hex) and generic webhook HMAC secrets (hex or
      base64url) have no distinctive prefix; they are POS because of the
      column / key they sit in or the public id beside them.  Under a neutral
      name (value / cfg / blob) a reviewer might call some of these hard.
    * Positives in dev-looking seed files (supabase/seed.sql, knex seeds,
      Prisma seed.ts) are still POS: the values are real-format live secrets.
    * Shopify app "API key" (32 hex client id) beside an shpss_ secret and
      Twilio Account SIDs are treated as public ids.  AWS AKIA key ids are
      kept out of negatives altogether.
    * 49 positive templates; negatives use those 49 (with safe values) plus
      32 domain look-alike templates.

SEARCHES
    Looked up (search tool, docs/pages corpora): PostgreSQL pg_authid
    rolpassword SCRAM-SHA-256 verifier format (postgresql.org docs / patches);
    GitHub token prefixes (github.blog changelog 2021-03-31); Stripe key
    types (docs.stripe.com/keys); SendGrid key length 69 (twilio.com docs);
    Slack token types (api.slack.com); Shopify shpat_/shpca_/shppa_/shpss_
    (shopify.dev changelog); MySQL native password hash "*"+40 hex (passlib,
    MySQL / MariaDB docs).
    Scanner-related material the searches showed (ignored, not used): a
    GitLab Secret Detection issue quoting a Stripe key regex
    (gitlab-org/gitlab#458019); a gist of GitHub token regexes
    (magnetikonline); Microsoft Purview "sensitive information type"
    definition pages for GitHub PATs (DLP detector definitions); the
    odomojuli/regextokens regex collection PR; a secretlint issue about
    GitHub token prefixes.
"""

import base64
import csv
import hashlib
import io
import json
import os
import random
import string
import sys
import zlib

B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
B64URL = string.ascii_letters + string.digits + "-_"
B64 = string.ascii_letters + string.digits + "+/"
BCRYPT_ALPHA = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def b62_encode(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def b64_of(r, nbytes, urlsafe=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    s = s.decode()
    return s if pad else s.rstrip("=")


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ts(r, year_lo=2019, year_hi=2024):
    return "%04d-%02d-%02d %02d:%02d:%02d" % (
        r.randint(year_lo, year_hi), r.randint(1, 12), r.randint(1, 28),
        r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def date(r):
    return "%04d-%02d-%02d" % (r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28))


def ts_compact(r):
    return "%04d%02d%02d%02d%02d%02d" % (
        r.randint(2019, 2024), r.randint(1, 12), r.randint(1, 28),
        r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


# ---------------------------------------------------------------------------
# word lists for realistic filler
# ---------------------------------------------------------------------------
FIRST = ["Ana", "Ben", "Chloe", "Dmitri", "Elif", "Farah", "Goran", "Hana", "Ivo",
         "Jonas", "Keiko", "Lars", "Mina", "Nadia", "Omar", "Priya", "Quentin",
         "Rosa", "Sven", "Tomasz", "Uma", "Viktor", "Wen", "Yusuf", "Zoe"]
LAST = ["Alvarez", "Brandt", "Chen", "Dubois", "Eriksen", "Fischer", "Gallo",
        "Haddad", "Ito", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak",
        "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ueda", "Varga",
        "Weber", "Yilmaz", "Zimmer"]
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne",
             "tyrell", "cyberdyne", "soylent", "wonka", "vandelay", "pied-piper",
             "contoso", "fabrikam", "northwind", "bluth", "dunder", "oscorp", "monarch"]
APPS = ["billing", "orders", "crm", "helpdesk", "inventory", "payroll", "portal",
        "shop", "ledger", "booking", "tracker", "analytics", "notify", "catalog",
        "fleet", "clinic", "campus", "events", "loyalty", "warehouse"]
WORDS = ["harbor", "maple", "orbit", "falcon", "granite", "velvet", "tundra",
         "cobalt", "saffron", "meadow", "lantern", "quartz", "ember", "willow",
         "pioneer", "glacier", "copper", "summit", "breeze", "cactus", "nimbus",
         "walnut", "thistle", "riptide", "juniper", "marble", "sparrow", "canyon",
         "pepper", "voyage", "kestrel", "paprika", "zephyr", "bramble", "otter"]
CITIES = ["Lisbon", "Oslo", "Austin", "Pune", "Lyon", "Osaka", "Denver", "Krakow",
          "Leeds", "Porto", "Tallinn", "Graz", "Quito", "Perth", "Malmo"]
PLANS = ["free", "starter", "pro", "business", "enterprise"]
COUNTRIES = ["PT", "NO", "US", "IN", "FR", "JP", "PL", "GB", "EE", "AT", "EC", "AU", "SE"]


def person(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    return f, l, "%s.%s@example.com" % (f.lower(), l.lower())


def company(r):
    return r.choice(COMPANIES)


def app(r):
    return r.choice(APPS)


# ---------------------------------------------------------------------------
# name styling
# ---------------------------------------------------------------------------
def styled(parts, st):
    parts = [p for p in parts if p]
    if st == "snake":
        return "_".join(parts)
    if st == "camel":
        return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if st == "pascal":
        return "".join(p[:1].upper() + p[1:] for p in parts)
    if st == "screaming":
        return "_".join(parts).upper()
    if st == "kebab":
        return "-".join(parts)
    if st == "dotted":
        return ".".join(parts)
    return "_".join(parts)


NEUTRAL_NAMES = [("value",), ("val",), ("data",), ("config",), ("cfg",), ("payload",),
                 ("params",), ("extra",), ("meta",), ("opts",), ("setting", "value"),
                 ("blob",), ("content",), ("attrs",), ("v",), ("arg1",), ("details",)]
URL_NAMES = [("url",), ("endpoint",), ("dsn",), ("uri",), ("target",), ("relay",),
             ("callback",), ("hook",), ("destination",), ("server",)]


# ---------------------------------------------------------------------------
# credentials
# ---------------------------------------------------------------------------
class Cred(object):
    def __init__(self, provider, kind, secret, names, label, ns,
                 ident=None, id_names=None, url=None, header=None, host=None,
                 user=None, neg=False, neg_kind=None, name_override=None):
        self.provider = provider
        self.kind = kind
        self.secret = secret
        self.names = names          # list of name-part tuples (obvious names)
        self.label = label          # human label for comments
        self.ns = ns                # namespace for settings keys, e.g. "stripe"
        self.ident = ident          # public half of an id/secret pair
        self.id_names = id_names or ("client", "id")
        self.url = url              # fn(secret) -> URL that embeds the secret
        self.header = header        # "Bearer" / "token" / "Basic" ... or None
        self.host = host
        self.user = user
        self.neg = neg
        self.neg_kind = neg_kind
        self.name_override = name_override

    def clone_neg(self, value, neg_kind, name_override=None, keep_url=True):
        c = Cred(self.provider, self.kind, value, self.names, self.label, self.ns,
                 ident=self.ident, id_names=self.id_names,
                 url=self.url if keep_url else None, header=self.header,
                 host=self.host, user=self.user, neg=True, neg_kind=neg_kind,
                 name_override=name_override)
        return c


PW_SYMBOLS = "!#*-_.+~^="
URL_SAFE_SYMBOLS = "-_.~!*"


def human_password(r, url_safe=False):
    sym = URL_SAFE_SYMBOLS if url_safe else PW_SYMBOLS
    style = r.randint(0, 6)
    w1 = r.choice(WORDS)
    w2 = r.choice(WORDS)
    if style == 0:
        return "%s%s%d%s" % (w1.capitalize(), w2.capitalize(), r.randint(10, 9999), r.choice(sym))
    if style == 1:
        return "%s%s%s%d" % (w1, r.choice(sym), w2.capitalize(), r.randint(100, 99999))
    if style == 2:
        return rs(r, ALNUM + sym, r.randint(16, 24)) + r.choice(string.digits)
    if style == 3:
        sep = r.choice("-_.")
        return sep.join([w1, w2.capitalize(), r.choice(WORDS), str(r.randint(10, 999))])
    if style == 4:
        leet = str.maketrans({"a": "@" if not url_safe else "4", "o": "0", "e": "3", "i": "1", "s": "5"})
        base = (w1 + w2).translate(leet)
        return base[:1].upper() + base[1:] + "_" + str(r.randint(2019, 2025)) + r.choice(sym)
    if style == 5:
        return rs(r, ALNUM, r.randint(20, 32))
    return "%s%d%s%s%s" % (w1.upper()[:4], r.randint(10, 99), r.choice(sym), w2, rs(r, ALNUM, 5))


def gh_style(r, prefix):
    body = rs(r, ALNUM, 30)
    return prefix + body + b62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_stripe(r):
    k = r.randint(0, 2)
    if k == 2:
        sec = "whsec_" + rs(r, ALNUM, 32)
        return Cred("stripe", "webhook_secret", sec,
                    [("webhook", "secret"), ("signing", "secret"), ("endpoint", "secret"),
                     ("stripe", "webhook", "secret")],
                    "Stripe webhook signing secret", "stripe", host="api.stripe.com")
    pre = "sk_live_" if k == 0 else "rk_live_"
    body = rs(r, ALNUM, 24) if r.random() < 0.4 else "51" + rs(r, ALNUM, 97)
    return Cred("stripe", "secret_key" if k == 0 else "restricted_key", pre + body,
                [("secret", "key"), ("api", "key"), ("stripe", "secret", "key"),
                 ("stripe", "api", "key"), ("live", "secret", "key")],
                "Stripe", "stripe", header="Bearer", host="api.stripe.com")


def g_github(r):
    k = r.randint(0, 3)
    if k == 0:
        return Cred("github", "personal_access_token", gh_style(r, "ghp_"),
                    [("github", "token"), ("access", "token"), ("gh", "token"), ("pat",),
                     ("github", "pat")], "GitHub", "github", header="token", host="api.github.com")
    if k == 1:
        sec = "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)
        return Cred("github", "fine_grained_pat", sec,
                    [("github", "token"), ("api", "token"), ("access", "token")],
                    "GitHub", "github", header="Bearer", host="api.github.com")
    if k == 2:
        cid = r.choice(["Iv1.", "Ov23li"]) + rs(r, HEX if r.random() < 0.5 else ALNUM, 16 if r.random() < 0.5 else 14)
        return Cred("github", "oauth_client_secret", rs(r, HEX, 40),
                    [("client", "secret"), ("oauth", "client", "secret"), ("github", "client", "secret")],
                    "GitHub OAuth app", "github", ident=cid, id_names=("client", "id"),
                    host="github.com")
    return Cred("github", "oauth_token", gh_style(r, r.choice(["gho_", "ghu_", "ghs_"])),
                [("oauth", "token"), ("access", "token"), ("installation", "token")],
                "GitHub", "github", header="Bearer", host="api.github.com")


def g_slack(r):
    k = r.randint(0, 3)
    if k == 0:
        sec = "xoxb-%s-%s-%s" % (rs(r, string.digits, r.choice([11, 12, 13])),
                                 rs(r, string.digits, r.choice([12, 13])), rs(r, ALNUM, 24))
        return Cred("slack", "bot_token", sec,
                    [("bot", "token"), ("slack", "bot", "token"), ("slack", "token")],
                    "Slack", "slack", header="Bearer", host="slack.com")
    if k == 1:
        sec = "xoxp-%s-%s-%s-%s" % (rs(r, string.digits, 11), rs(r, string.digits, 12),
                                    rs(r, string.digits, 13), rs(r, HEX, 32))
        return Cred("slack", "user_token", sec,
                    [("user", "token"), ("slack", "token"), ("oauth", "token")],
                    "Slack", "slack", header="Bearer", host="slack.com")
    if k == 2:
        url = "https://hooks.slack.com/services/T%s/B%s/%s" % (
            rs(r, string.ascii_uppercase + string.digits, r.choice([8, 10])),
            rs(r, string.ascii_uppercase + string.digits, r.choice([8, 10, 11])),
            rs(r, ALNUM, 24))
        return Cred("slack", "webhook_url", url,
                    [("webhook", "url"), ("slack", "webhook"), ("incoming", "webhook", "url")],
                    "Slack incoming webhook", "slack", host="hooks.slack.com")
    return Cred("slack", "signing_secret", rs(r, HEX, 32),
                [("signing", "secret"), ("slack", "signing", "secret")],
                "Slack app", "slack", ident=rs(r, string.digits, 10) + "." + rs(r, string.digits, 13),
                id_names=("client", "id"), host="slack.com")


def g_sendgrid(r):
    sec = "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)
    if r.random() < 0.5:
        return Cred("sendgrid", "smtp_password", sec,
                    [("smtp", "password"), ("mail", "password"), ("smtp", "pass")],
                    "SendGrid SMTP relay", "smtp", user="apikey", host="smtp.sendgrid.net",
                    url=lambda s: "smtp://apikey:%s@smtp.sendgrid.net:587" % s)
    return Cred("sendgrid", "api_key", sec,
                [("api", "key"), ("sendgrid", "api", "key"), ("sendgrid", "key")],
                "SendGrid", "sendgrid", header="Bearer", host="api.sendgrid.com")


def g_twilio(r):
    sid = "AC" + rs(r, HEX, 32)
    if r.random() < 0.6:
        return Cred("twilio", "auth_token", rs(r, HEX, 32),
                    [("auth", "token"), ("twilio", "auth", "token")],
                    "Twilio", "twilio", ident=sid, id_names=("account", "sid"),
                    url=lambda s, sid=sid: "https://%s:%s@api.twilio.com/2010-04-01/Accounts/%s/Messages.json" % (sid, s, sid),
                    host="api.twilio.com")
    kid = "SK" + rs(r, HEX, 32)
    return Cred("twilio", "api_key_secret", rs(r, ALNUM, 32),
                [("api", "secret"), ("twilio", "api", "secret"), ("key", "secret")],
                "Twilio API key", "twilio", ident=kid, id_names=("api", "key", "sid"),
                host="api.twilio.com")


def g_mailgun(r):
    if r.random() < 0.5:
        sec = "key-" + rs(r, HEX, 32)
    else:
        sec = rs(r, HEX, 32) + "-" + rs(r, HEX, 8) + "-" + rs(r, HEX, 8)
    if r.random() < 0.4:
        dom = "mg.%s.com" % company(r)
        pw = rs(r, HEX, 32) + "-" + rs(r, HEX, 8) + "-" + rs(r, HEX, 8)
        return Cred("mailgun", "smtp_password", pw,
                    [("smtp", "password"), ("mailgun", "smtp", "password"), ("smtp", "pass")],
                    "Mailgun SMTP", "smtp", user="postmaster@" + dom, host="smtp.mailgun.org",
                    url=lambda s, dom=dom: "smtp://postmaster%%40%s:%s@smtp.mailgun.org:587" % (dom, s))
    return Cred("mailgun", "api_key", sec,
                [("api", "key"), ("mailgun", "api", "key"), ("private", "api", "key")],
                "Mailgun", "mailgun", host="api.mailgun.net",
                url=lambda s: "https://api:%s@api.mailgun.net/v3" % s)


def g_aws(r):
    akid = "AKIA" + rs(r, string.ascii_uppercase + "234567", 16)
    sec = rs(r, ALNUM + "+/", 40)
    return Cred("aws", "secret_access_key", sec,
                [("secret", "access", "key"), ("aws", "secret", "access", "key"),
                 ("aws", "secret", "key"), ("secret", "key")],
                "AWS", "aws", ident=akid, id_names=("access", "key", "id"), host="amazonaws.com")


def g_google(r):
    if r.random() < 0.6:
        cid = "%s-%s.apps.googleusercontent.com" % (rs(r, string.digits, 12), rs(r, LOWER_ALNUM, 32))
        return Cred("google", "oauth_client_secret", "GOCSPX-" + rs(r, B64URL, 28),
                    [("client", "secret"), ("google", "client", "secret"), ("oauth", "client", "secret")],
                    "Google OAuth", "google", ident=cid, id_names=("client", "id"),
                    host="oauth2.googleapis.com")
    return Cred("google", "api_key", "AIza" + rs(r, B64URL, 35),
                [("api", "key"), ("google", "api", "key"), ("maps", "server", "key")],
                "Google Cloud API key (server)", "google", host="googleapis.com",
                url=lambda s: "https://maps.googleapis.com/maps/api/geocode/json?key=%s" % s)


def g_shopify(r):
    if r.random() < 0.6:
        return Cred("shopify", "admin_access_token", r.choice(["shpat_", "shpca_"]) + rs(r, HEX, 32),
                    [("access", "token"), ("shopify", "access", "token"), ("admin", "api", "token")],
                    "Shopify Admin API", "shopify", host="myshopify.com")
    return Cred("shopify", "app_shared_secret", "shpss_" + rs(r, HEX, 32),
                [("api", "secret"), ("shared", "secret"), ("client", "secret")],
                "Shopify app", "shopify", ident=rs(r, HEX, 32), id_names=("api", "key"),
                host="myshopify.com")


def g_gitlab(r):
    return Cred("gitlab", "personal_access_token", "glpat-" + rs(r, B64URL, 20),
                [("gitlab", "token"), ("private", "token"), ("access", "token")],
                "GitLab", "gitlab", header="Bearer", host="gitlab.com")


def g_npm(r):
    return Cred("npm", "access_token", gh_style(r, "npm_"),
                [("npm", "token"), ("registry", "token"), ("auth", "token")],
                "npm registry", "npm", header="Bearer", host="registry.npmjs.org")


def g_openai(r):
    if r.random() < 0.5:
        sec = "sk-proj-" + rs(r, B64URL, 64) + "T3BlbkFJ" + rs(r, B64URL, 64)
        return Cred("openai", "api_key", sec,
                    [("openai", "api", "key"), ("api", "key"), ("llm", "api", "key")],
                    "OpenAI", "openai", header="Bearer", host="api.openai.com")
    sec = "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"
    return Cred("anthropic", "api_key", sec,
                [("anthropic", "api", "key"), ("api", "key"), ("claude", "api", "key")],
                "Anthropic", "anthropic", host="api.anthropic.com")


def g_discord(r):
    url = "https://discord.com/api/webhooks/%s/%s" % (rs(r, string.digits, r.choice([18, 19])), rs(r, B64URL, 68))
    return Cred("discord", "webhook_url", url,
                [("webhook", "url"), ("discord", "webhook"), ("discord", "webhook", "url")],
                "Discord webhook", "discord", host="discord.com")


def g_telegram(r):
    sec = "%s:AA%s" % (rs(r, string.digits, r.choice([9, 10])), rs(r, B64URL, 33))
    return Cred("telegram", "bot_token", sec,
                [("bot", "token"), ("telegram", "bot", "token"), ("telegram", "token")],
                "Telegram bot", "telegram", host="api.telegram.org",
                url=lambda s: "https://api.telegram.org/bot%s/sendMessage" % s)


def g_mailchimp(r):
    return Cred("mailchimp", "api_key", rs(r, HEX, 32) + "-us" + str(r.randint(1, 21)),
                [("api", "key"), ("mailchimp", "api", "key"), ("mc", "api", "key")],
                "Mailchimp", "mailchimp", host="api.mailchimp.com")


def g_digitalocean(r):
    return Cred("digitalocean", "api_token", "dop_v1_" + rs(r, HEX, 64),
                [("do", "token"), ("digitalocean", "token"), ("api", "token")],
                "DigitalOcean", "digitalocean", header="Bearer", host="api.digitalocean.com")


def g_square(r):
    if r.random() < 0.5:
        return Cred("square", "access_token", "EAAA" + rs(r, B64URL, 60),
                    [("access", "token"), ("square", "access", "token")],
                    "Square", "square", header="Bearer", host="connect.squareup.com")
    return Cred("square", "oauth_client_secret", "sq0csp-" + rs(r, B64URL, 43),
                [("application", "secret"), ("client", "secret"), ("square", "app", "secret")],
                "Square OAuth", "square", ident="sq0idp-" + rs(r, B64URL, 22),
                id_names=("application", "id"), host="connect.squareup.com")


def g_linear(r):
    return Cred("linear", "api_key", "lin_api_" + rs(r, ALNUM, 40),
                [("linear", "api", "key"), ("api", "key")], "Linear", "linear",
                header="Bearer", host="api.linear.app")


def g_hubspot(r):
    return Cred("hubspot", "private_app_token", "pat-%s-%s" % (r.choice(["na1", "eu1"]), uuid4(r)),
                [("hubspot", "token"), ("private", "app", "token"), ("access", "token")],
                "HubSpot", "hubspot", header="Bearer", host="api.hubapi.com")


def g_azure(r):
    acct = company(r).replace("-", "") + rs(r, LOWER_ALNUM, 4)
    sec = b64_of(r, 64)
    return Cred("azure", "storage_account_key", sec,
                [("account", "key"), ("storage", "key"), ("azure", "storage", "key")],
                "Azure Storage", "azure", ident=acct, id_names=("account", "name"),
                url=lambda s, acct=acct: "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, s),
                host="%s.blob.core.windows.net" % acct)


def g_pypi(r):
    return Cred("pypi", "api_token", "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, r.randint(120, 160)),
                [("pypi", "token"), ("twine", "password"), ("upload", "token")],
                "PyPI", "pypi", host="upload.pypi.org")


def g_smtp_generic(r):
    host = r.choice(["smtp.office365.com", "smtp.gmail.com", "email-smtp.eu-west-1.amazonaws.com",
                     "smtp.zoho.eu", "mail.%s.com" % company(r), "smtp.fastmail.com"])
    user = r.choice(["noreply", "alerts", "mailer", "notifications"]) + "@%s.com" % company(r)
    pw = human_password(r, url_safe=True)
    return Cred("smtp", "smtp_password", pw,
                [("smtp", "password"), ("mail", "password"), ("smtp", "pass"), ("email", "password")],
                "SMTP relay", "smtp", user=user, host=host,
                url=lambda s, user=user, host=host: "smtp://%s:%s@%s:587" % (user.replace("@", "%40"), s, host))


def g_webhook_generic(r):
    sec = rs(r, HEX, 64) if r.random() < 0.5 else b64_of(r, 32, urlsafe=True, pad=False)
    return Cred("generic", "webhook_secret", sec,
                [("webhook", "secret"), ("hmac", "secret"), ("signing", "secret"), ("shared", "secret")],
                "outgoing webhook", "webhooks", host="hooks.%s.io" % company(r))


def g_db_password(r, dialect=None):
    dialect = dialect or r.choice(["postgres", "mysql", "mssql", "oracle"])
    user = r.choice(["app", "app_rw", "reporting", "etl", "svc_" + app(r), app(r) + "_user",
                     "readonly", "replicator", "grafana", "metabase", "airflow", "keycloak"])
    pw = human_password(r, url_safe=True)
    scheme = {"postgres": "postgresql", "mysql": "mysql", "mssql": "sqlserver", "oracle": "oracle"}[dialect]
    port = {"postgres": 5432, "mysql": 3306, "mssql": 1433, "oracle": 1521}[dialect]
    host = r.choice(["db", "localhost", "db.internal", "%s-db.%s.local" % (app(r), company(r)),
                     "10.0.%d.%d" % (r.randint(0, 9), r.randint(2, 250))])
    return Cred(dialect, "db_password", pw,
                [("password",), ("db", "password"), ("database", "password")],
                "%s role" % dialect, "database", user=user, host=host,
                url=lambda s, user=user, host=host, scheme=scheme, port=port: "%s://%s:%s@%s:%d/%s" % (scheme, user, s, host, port, app_name_for(user)))


def app_name_for(user):
    return user.replace("svc_", "").replace("_user", "").replace("_rw", "") or "app"


def g_user_password(r):
    pw = human_password(r)
    return Cred("app", "user_password", pw,
                [("password",), ("admin", "password"), ("initial", "password")],
                "seeded admin account", "auth", user="admin@%s.com" % company(r))


PROVIDERS = [
    (g_stripe, 7), (g_github, 6), (g_slack, 6), (g_sendgrid, 5), (g_twilio, 4),
    (g_mailgun, 4), (g_aws, 5), (g_google, 4), (g_shopify, 3), (g_gitlab, 3),
    (g_npm, 2), (g_openai, 4), (g_discord, 2), (g_telegram, 2), (g_mailchimp, 2),
    (g_digitalocean, 2), (g_square, 2), (g_linear, 1), (g_hubspot, 2), (g_azure, 3),
    (g_pypi, 1), (g_smtp_generic, 6), (g_webhook_generic, 5),
]


def any_cred(r):
    fns = [f for f, w in PROVIDERS for _ in range(w)]
    return r.choice(fns)(r)


# ---------------------------------------------------------------------------
# look-alike (negative) values
# ---------------------------------------------------------------------------
def sha256_hex(r):
    return hashlib.sha256(bytes(r.getrandbits(8) for _ in range(24))).hexdigest()


def bcrypt_hash(r, ver="$2a$"):
    return "%s%02d$%s" % (ver, r.choice([10, 11, 12]), rs(r, BCRYPT_ALPHA, 53))


def argon2_hash(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64_of(r, 16, pad=False), b64_of(r, 32, pad=False))


def pbkdf2_django(r):
    return "pbkdf2_sha256$%d$%s$%s" % (r.choice([260000, 390000, 600000, 720000]),
                                       rs(r, ALNUM, 22), b64_of(r, 32))


def scram_verifier(r):
    return "SCRAM-SHA-256$4096:%s$%s:%s" % (b64_of(r, 16), b64_of(r, 32), b64_of(r, 32))


def md5_role_hash(r):
    return "md5" + rs(r, HEX, 32)


def mysql_native_hash(r):
    return "*" + rs(r, UHEX, 40)


def pgp_bytea(r):
    n = r.randint(60, 110)
    return "\\xc30d04070302" + rs(r, HEX, 16) + "d2" + rs(r, HEX, n * 2)


def rails_encrypted(r):
    return '{"p":"%s","h":{"iv":"%s","at":"%s"}}' % (b64_of(r, r.randint(18, 48)), b64_of(r, 12), b64_of(r, 16))


def vault_transit(r):
    return "vault:v1:" + b64_of(r, r.randint(40, 70))


def env_name(c):
    base = r_names_first(c)
    return styled((c.ns,) + tuple(p for p in base if p != c.ns), "screaming") if c.ns not in ("database", "auth") else styled(("db",) + base, "screaming")


def r_names_first(c):
    return c.names[0]


def neg_value(r, c, allowed=("placeholder", "env", "manager", "masked", "empty", "hash", "encrypted", "public")):
    """Return a negative clone of cred c whose secret slot holds a safe value."""
    cats = list(allowed)
    if c.provider == "aws":
        # an AKIA access key id on its own is disputed; keep it out of negatives
        c.ident = None
    if "public" in cats and not (c.ident or c.provider == "stripe"):
        cats.remove("public")
    cat = r.choice(cats)
    ev = env_name(c)
    if cat == "placeholder":
        opts = ["<%s>" % styled(("your",) + c.names[0], "kebab"),
                "YOUR_%s_HERE" % styled(c.names[0], "screaming"),
                "REPLACE_ME", "changeme", "CHANGEME", "TODO", "dummy", "xxxxxxxx",
                "<set-me>", "example-%s" % styled(c.names[0], "kebab"),
                "%s-goes-here" % styled(c.names[0], "kebab")]
        pre = known_prefix(c)
        if pre:
            opts.append(pre + "X" * r.choice([16, 24, 32]))
            opts.append(pre + "...")
        v = r.choice(opts)
        nc = c.clone_neg(v, "placeholder")
        if v.lower() in ("changeme",):
            nc.note = "default is overwritten by the deploy pipeline; the real value lives in the secret store"
        return nc
    if cat == "env":
        v = r.choice(["${%s}" % ev, "env:%s" % ev, "{{ env.%s }}" % ev, "%%(%s)s" % ev.lower(),
                      "${env:%s}" % ev])
        return c.clone_neg(v, "env_reference")
    if cat == "manager":
        v = r.choice([
            "vault:secret/data/%s/%s#%s" % (r.choice(["prod", "staging"]), c.ns, styled(c.names[0], "snake")),
            "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (
                r.choice(["us-east-1", "eu-west-1", "eu-central-1"]), rs(r, string.digits, 12),
                r.choice(["prod", "staging"]), styled((c.ns,) + c.names[0], "kebab"), rs(r, ALNUM, 6)),
            "projects/%s-prod/secrets/%s/versions/latest" % (company(r), styled((c.ns,) + c.names[0], "kebab")),
            "op://Engineering/%s/%s" % (c.label.split()[0], styled(c.names[0], "snake")),
            "ssm:/%s/%s/%s" % (app(r), c.ns, styled(c.names[0], "snake")),
        ])
        return c.clone_neg(v, "secret_manager_reference")
    if cat == "masked":
        pre = known_prefix(c) or ""
        v = r.choice(["********", "••••••••••••", "[REDACTED]", "<redacted>", "***REMOVED***",
                      pre + "****" + rs(r, ALNUM, 4) if pre else "****" + rs(r, string.digits, 4),
                      "(hidden)", "[FILTERED]"])
        return c.clone_neg(v, "masked")
    if cat == "empty":
        return c.clone_neg("", "empty")
    if cat == "hash":
        k = r.randint(0, 2)
        if k == 0:
            return c.clone_neg(sha256_hex(r), "sha256_digest",
                               name_override=c.names[0] + ("sha256",), keep_url=False)
        if k == 1:
            return c.clone_neg(bcrypt_hash(r), "bcrypt_hash",
                               name_override=c.names[0] + ("digest",), keep_url=False)
        return c.clone_neg(argon2_hash(r), "argon2_hash",
                           name_override=c.names[0] + ("hash",), keep_url=False)
    if cat == "encrypted":
        k = r.randint(0, 2)
        if k == 0:
            return c.clone_neg(pgp_bytea(r), "pgp_sym_encrypt_bytea",
                               name_override=c.names[0] + ("enc",), keep_url=False)
        if k == 1:
            return c.clone_neg(rails_encrypted(r), "rails_encrypted_attribute", keep_url=False)
        return c.clone_neg(vault_transit(r), "vault_transit_ciphertext",
                           name_override=("encrypted",) + c.names[0], keep_url=False)
    # public identifiers
    if c.provider == "stripe" and (not c.ident or r.random() < 0.5):
        v = "pk_live_" + (rs(r, ALNUM, 24) if r.random() < 0.4 else "51" + rs(r, ALNUM, 97))
        return c.clone_neg(v, "publishable_key", name_override=("publishable", "key"), keep_url=False)
    return c.clone_neg(c.ident, "public_identifier", name_override=c.id_names, keep_url=False)


def known_prefix(c):
    s = c.secret
    for pre in ("sk_live_", "rk_live_", "whsec_", "ghp_", "gho_", "ghu_", "ghs_", "github_pat_",
                "xoxb-", "xoxp-", "SG.", "key-", "GOCSPX-", "AIza", "shpat_", "shpca_", "shpss_",
                "glpat-", "npm_", "sk-proj-", "sk-ant-api03-", "dop_v1_", "EAAA", "sq0csp-",
                "lin_api_", "pat-na1-", "pat-eu1-", "pypi-"):
        if s.startswith(pre):
            return pre
    return None


# ---------------------------------------------------------------------------
# slot: where and under which name the value goes
# ---------------------------------------------------------------------------
def slot(r, c, ob, st="snake", json_ok=True, url_ok=True, header_ok=True, prefix_ns=False):
    """Return (name, value_text).  value_text contains c.secret verbatim."""
    def nm(parts):
        if prefix_ns and parts and parts[0] != c.ns:
            parts = (c.ns,) + tuple(parts)
        return styled(parts, st)
    if c.name_override:
        return nm(c.name_override), c.secret
    if ob:
        return nm(r.choice(c.names)), c.secret
    opts = ["neutral"]
    if url_ok and c.url:
        opts += ["url", "url"]
    if header_ok and c.header:
        opts.append("header")
    if json_ok:
        opts.append("json")
    pick = r.choice(opts)
    if pick == "url":
        return nm(r.choice(URL_NAMES)), c.url(c.secret)
    if pick == "header":
        if json_ok:
            return nm(r.choice([("headers",), ("default", "headers"), ("http", "headers")])), \
                json.dumps({"Authorization": "%s %s" % (c.header, c.secret), "Accept": "application/json"})
        return nm(r.choice([("auth", "header"), ("header",), ("authorization",)])), "%s %s" % (c.header, c.secret)
    if pick == "json":
        d = {}
        d[r.choice(["mode", "env", "tier"])] = r.choice(["live", "production", "prod"])
        if c.ident:
            d[r.choice(["id", "cid", "account"])] = c.ident
        d[r.choice(["k", "v", "primary", "p", "x", "s"])] = c.secret
        if r.random() < 0.5:
            d["region"] = r.choice(["us", "eu", "ap"])
        return nm(r.choice(NEUTRAL_NAMES)), json.dumps(d, separators=(",", ":") if r.random() < 0.5 else (", ", ": "))
    return nm(r.choice(NEUTRAL_NAMES)), c.secret


def id_name(c, st):
    return styled(c.id_names, st)


# quoting helpers ------------------------------------------------------------
def sq(s):
    """SQL single-quoted literal."""
    return "'" + s.replace("'", "''") + "'"


def rq(s):
    """single-quoted literal for Ruby / PHP / JS / Python."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def myq(s):
    """MySQL (mysqldump style) single-quoted literal."""
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'"


def dq(s):
    return json.dumps(s)


def xq(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def yq(r, s):
    """YAML scalar: plain when safe, else quoted."""
    safe = s and all(ch.isalnum() or ch in "-_./+=~" for ch in s) and not s[0] in "-." and not s.isdigit()
    if safe and r.random() < 0.5:
        return s
    if "'" not in s and r.random() < 0.5:
        return "'" + s + "'"
    return json.dumps(s)


def csv_line(fields):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(fields)
    return buf.getvalue().rstrip("\n")


def note_lines(c, lead):
    n = getattr(c, "note", None)
    return ["%s NOTE: %s" % (lead, n)] if n else []


# ---------------------------------------------------------------------------
# shared filler
# ---------------------------------------------------------------------------
GENERAL_SETTINGS = [
    (("app", "name"), lambda r: "%s %s" % (company(r).title(), app(r).title())),
    (("app", "timezone"), lambda r: r.choice(["UTC", "Europe/Lisbon", "America/Chicago", "Asia/Tokyo"])),
    (("app", "locale"), lambda r: r.choice(["en", "pt-PT", "de", "fr", "ja"])),
    (("mail", "from", "address"), lambda r: "no-reply@%s.com" % company(r)),
    (("mail", "from", "name"), lambda r: company(r).title() + " Support"),
    (("features", "signup", "enabled"), lambda r: r.choice(["true", "false"])),
    (("billing", "currency"), lambda r: r.choice(["EUR", "USD", "GBP", "JPY"])),
    (("uploads", "max", "mb"), lambda r: str(r.choice([10, 25, 50, 100]))),
    (("support", "url"), lambda r: "https://help.%s.com" % company(r)),
    (("session", "ttl", "minutes"), lambda r: str(r.choice([30, 60, 120, 720]))),
    (("rate", "limit", "per", "minute"), lambda r: str(r.choice([60, 120, 600]))),
    (("analytics", "enabled"), lambda r: r.choice(["true", "false"])),
]


def related_settings(r, c, st):
    """Harmless settings that belong next to the credential (host, user, id)."""
    out = []
    if c.ident and c.name_override != c.id_names:
        out.append((styled((c.ns,) + c.id_names, st), c.ident))
    if c.host:
        out.append((styled((c.ns, "host"), st), c.host))
    if c.user:
        out.append((styled((c.ns, "username"), st), c.user))
    if c.ns == "smtp":
        out.append((styled(("smtp", "port"), st), str(r.choice([587, 465, 2525]))))
        out.append((styled(("smtp", "encryption"), st), r.choice(["tls", "starttls", "ssl"])))
    if c.provider == "stripe":
        out.append((styled(("stripe", "api", "version"), st), r.choice(["2023-10-16", "2024-04-10", "2022-11-15"])))
    if c.provider in ("twilio",):
        out.append((styled(("twilio", "from", "number"), st), "+1555%07d" % r.randint(0, 9999999)))
    if c.provider in ("slack", "discord"):
        out.append((styled((c.ns, "channel"), st), "#" + r.choice(["ops-alerts", "deploys", "billing", "support"])))
    return out


def general_settings(r, st, n):
    picks = r.sample(GENERAL_SETTINGS, n)
    return [(styled(k, st), f(r)) for k, f in picks]


def settings_rows(r, c, ob, st, n_general=None, json_ok=True):
    """Rows (key, value, is_secret) for a key/value settings table, shuffled."""
    key, val = slot(r, c, ob, st=st, json_ok=json_ok, prefix_ns=True)
    rows = [(k, v, False) for k, v in related_settings(r, c, st)]
    rows += [(k, v, False) for k, v in general_settings(r, st, n_general if n_general is not None else r.randint(1, 5))]
    pos = r.randint(0, len(rows))
    rows.insert(pos, (key, val, True))
    return rows


def sql_banner(r, title):
    style = r.randint(0, 2)
    if style == 0:
        return ["-- %s" % title, "-- generated %s" % date(r), ""]
    if style == 1:
        return ["/*", " * %s" % title, " * author: %s" % person(r)[2], " */", ""]
    return ["-- " + "=" * 60, "-- %s" % title, "-- " + "=" * 60]


def users_filler_sql(r, n, table="users"):
    lines = ["INSERT INTO %s (id, email, full_name, role, created_at) VALUES" % table]
    vals = []
    for i in range(n):
        f, l, e = person(r)
        vals.append("  (%d, '%s', '%s %s', '%s', '%s')" % (i + 1, e, f, l, r.choice(["admin", "member", "viewer"]), ts(r)))
    return lines + [",\n".join(vals) + ";"]


# ---------------------------------------------------------------------------
# POSITIVE TEMPLATES (also re-used for negatives with a safe value)
# each returns (relpath, filetype, text)
# ---------------------------------------------------------------------------
def t_pg_settings_insert(r, c, ob):
    st = r.choice(["dotted", "snake"])
    rows = settings_rows(r, c, ob, st)
    table = r.choice(["app_settings", "settings", "system_settings", "configurations", "site_config"])
    lines = sql_banner(r, "Seed %s for %s" % (table, c.label))
    lines += note_lines(c, "--")
    lines += ["BEGIN;", "",
              "INSERT INTO %s (key, value, updated_at) VALUES" % table]
    now = ts(r)
    vals = ["  (%s, %s, '%s')" % (sq(k), sq(v), now) for k, v, _ in rows]
    lines.append(",\n".join(vals))
    lines.append("ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at;")
    lines += ["", "COMMIT;"]
    text = "\n".join(lines) + "\n"
    path = r.choice(["db/migrations/%s_seed_%s.sql" % (ts_compact(r), table),
                     "db/seeds/%02d_%s.sql" % (r.randint(1, 20), table),
                     "sql/seed/%s.sql" % table, "migrations/%03d_%s_data.sql" % (r.randint(2, 60), table)])
    return path, "sql", text


def t_mysql_integrations(r, c, ob):
    cols_obvious = ob or c.name_override
    key, val = slot(r, c, ob, st="snake", json_ok=True, prefix_ns=False)
    lines = ["-- %s integration" % c.label, "SET NAMES utf8mb4;", ""]
    lines += ["CREATE TABLE IF NOT EXISTS `integrations` (",
              "  `id` bigint unsigned NOT NULL AUTO_INCREMENT,",
              "  `provider` varchar(64) NOT NULL,",
              "  `name` varchar(191) NOT NULL,",
              "  `%s` varchar(191) DEFAULT NULL," % ("external_id"),
              "  `%s` text," % key,
              "  `enabled` tinyint(1) NOT NULL DEFAULT '1',",
              "  `created_at` timestamp NULL DEFAULT NULL,",
              "  PRIMARY KEY (`id`)",
              ") ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;", ""]
    ext = c.ident or r.choice(["acct_" + rs(r, ALNUM, 16), str(r.randint(1000, 999999)), "NULL"])
    ext_sql = "NULL" if ext == "NULL" else sq(ext)
    row = "(%d, %s, %s, %s, %s, 1, '%s')" % (r.randint(1, 40), sq(c.provider), sq("%s (%s)" % (c.label, r.choice(["prod", "primary", "main"]))),
                                            ext_sql, sq(val), ts(r))
    lines += note_lines(c, "--")
    if cols_obvious or r.random() < 0.5:
        lines.append("INSERT INTO `integrations` (`id`, `provider`, `name`, `external_id`, `%s`, `enabled`, `created_at`) VALUES" % key)
        lines.append(row + ";")
    else:
        lines.append("INSERT INTO `integrations` VALUES " + row + ";")
    path = r.choice(["database/sql/%s_integrations.sql" % date(r).replace("-", "_"),
                     "db/mysql/seed_integrations.sql", "sql/02-integrations.sql"])
    return path, "sql", "\n".join(lines) + "\n"


def t_pg_copy(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=True, url_ok=True)
    table = r.choice(["integration_credentials", "provider_accounts", "connected_apps", "api_connections"])
    lines = ["--", "-- PostgreSQL database dump", "--", "",
             "-- Dumped from database version %s" % r.choice(["14.9", "15.4", "16.1", "13.12"]),
             "-- Dumped by pg_dump version %s" % r.choice(["15.4", "16.1", "16.2"]), "",
             "SET statement_timeout = 0;", "SET client_encoding = 'UTF8';",
             "SET standard_conforming_strings = on;", "",
             "--", "-- Data for Name: %s; Type: TABLE DATA; Schema: public; Owner: %s" % (table, r.choice(["postgres", "app"])),
             "--", ""]
    lines.append("COPY public.%s (id, provider, label, %s, active, created_at) FROM stdin;" % (table, key))
    n = r.randint(0, 3)
    rows = []
    for i in range(n):
        rows.append("%d\t%s\t%s\t\\N\tf\t%s" % (i + 1, r.choice(["legacy", "sandbox", "internal"]), r.choice(WORDS), ts(r)))
    sec_row = "%d\t%s\t%s\t%s\tt\t%s" % (n + 1, c.provider, c.label.replace(" ", "-").lower(), val.replace("\\", "\\\\"), ts(r))
    rows.insert(r.randint(0, len(rows)), sec_row)
    lines += rows + ["\\.", "", "",
                     "SELECT pg_catalog.setval('public.%s_id_seq', %d, true);" % (table, n + 1), "",
                     "--", "-- PostgreSQL database dump complete", "--"]
    path = r.choice(["db/dumps/%s_%s.sql" % (app(r), date(r).replace("-", "")), "backups/%s-data.sql" % table,
                     "dumps/prod_snapshot_%s.sql" % table, "db/structure_and_data.sql"])
    return path, "sql", "\n".join(lines) + "\n"


def t_mysqldump(r, c, ob):
    st = r.choice(["dotted", "snake"])
    rows = settings_rows(r, c, ob, st)
    table = r.choice(["settings", "core_config_data", "options", "app_config"])
    db = app(r) + "_" + r.choice(["prod", "production", "live"])
    lines = ["-- MySQL dump 10.13  Distrib %s, for Linux (x86_64)" % r.choice(["8.0.35", "8.0.36", "5.7.44"]),
             "--", "-- Host: %s    Database: %s" % (r.choice(["localhost", "127.0.0.1", "db-primary"]), db),
             "-- ------------------------------------------------------", "",
             "/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;",
             "/*!50503 SET NAMES utf8mb4 */;", "",
             "--", "-- Dumping data for table `%s`" % table, "--", "",
             "LOCK TABLES `%s` WRITE;" % table,
             "/*!40000 ALTER TABLE `%s` DISABLE KEYS */;" % table]
    vals = ",".join("(%d,%s,%s)" % (i + 1, myq(k), myq(v)) for i, (k, v, _) in enumerate(rows))
    lines.append("INSERT INTO `%s` VALUES %s;" % (table, vals))
    lines += ["/*!40000 ALTER TABLE `%s` ENABLE KEYS */;" % table, "UNLOCK TABLES;", "",
              "-- Dump completed on %s" % ts(r)]
    path = r.choice(["db/dump/%s.sql" % db, "backup/%s-%s.sql" % (db, date(r)), "data/mysqldump_%s.sql" % table])
    return path, "sql", "\n".join(lines) + "\n"


def t_sqlite_dump(r, c, ob):
    key, val = slot(r, c, ob, st="snake")
    lines = ["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;",
             "CREATE TABLE config (id INTEGER PRIMARY KEY AUTOINCREMENT, section TEXT NOT NULL, name TEXT NOT NULL, value TEXT);"]
    rows = [("general", "site_name", "%s %s" % (company(r).title(), app(r))),
            ("general", "base_url", "https://%s.%s.com" % (app(r), company(r))),
            ("mail", "driver", "smtp")]
    r.shuffle(rows)
    rows.insert(r.randint(1, len(rows)), (c.ns, key, val))
    for i, (s, n, v) in enumerate(rows):
        lines.append("INSERT INTO config VALUES(%d,%s,%s,%s);" % (i + 1, sq(s), sq(n), sq(v)))
    lines.append("DELETE FROM sqlite_sequence;")
    lines.append("INSERT INTO sqlite_sequence VALUES('config',%d);" % len(rows))
    lines.append("COMMIT;")
    path = r.choice(["data/%s.sqlite.sql" % app(r), "fixtures/dev.db.sql", "db/dump.sql", "var/%s-dump.sql" % app(r)])
    return path, "sql", "\n".join(lines) + "\n"


def t_flyway_webhooks(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    v = r.randint(2, 48)
    lines = ["-- V%d: register outbound endpoints for %s" % (v, c.label)]
    lines += note_lines(c, "--")
    lines += ["CREATE TABLE IF NOT EXISTS webhook_endpoints (",
              "    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),",
              "    name        VARCHAR(120) NOT NULL,",
              "    target      TEXT NOT NULL,",
              "    %-11s TEXT," % key if key not in ("target", "name") else "    %s_value TEXT," % key,
              "    events      TEXT[] NOT NULL DEFAULT '{}',",
              "    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()",
              ");", ""]
    if key in ("target", "name"):
        key = key + "_value"
    tgt = "https://%s/%s" % (c.host or "hooks.example.com", r.choice(["events", "ingest", "webhooks/inbound", "v1/notify"]))
    ev = r.sample(["invoice.paid", "order.created", "user.signup", "deploy.finished", "ticket.closed", "refund.created"], 2)
    lines.append("INSERT INTO webhook_endpoints (id, name, target, %s, events) VALUES" % key)
    lines.append("    ('%s', %s, %s, %s, ARRAY[%s]);" % (uuid4(r), sq(r.choice(WORDS) + "-" + c.ns), sq(tgt), sq(val),
                                                          ", ".join(sq(e) for e in ev)))
    path = "src/main/resources/db/migration/V%d__%s.sql" % (v, r.choice(["seed_webhook_endpoints", "add_webhooks", "register_endpoints"]))
    if r.random() < 0.3:
        path = "db/migration/V%d_%d__%s.sql" % (v, r.randint(0, 9), "webhook_endpoints")
    return path, "sql", "\n".join(lines) + "\n"


def t_mssql_settings(r, c, ob):
    st = r.choice(["pascal", "dotted", "snake"])
    rows = settings_rows(r, c, ob, st, json_ok=True)
    lines = ["USE [%s%s];" % (company(r).title().replace("-", ""), app(r).title()), "GO", ""]
    lines += note_lines(c, "--")
    lines += ["SET IDENTITY_INSERT [dbo].[AppSettings] ON;", "GO", ""]
    for i, (k, v, _) in enumerate(rows):
        lines.append("INSERT INTO [dbo].[AppSettings] ([Id], [SettingKey], [SettingValue], [ModifiedOn]) VALUES (%d, N%s, N%s, '%s');"
                     % (i + 1, sq(k), sq(v), ts(r)))
    lines += ["GO", "", "SET IDENTITY_INSERT [dbo].[AppSettings] OFF;", "GO"]
    path = r.choice(["Database/Scripts/Seed/003_AppSettings.sql", "sql/PostDeployment/SeedAppSettings.sql",
                     "db/mssql/seed_settings.sql"])
    return path, "sql", "\n".join(lines) + "\n"


def t_oracle_config(r, c, ob):
    rows = settings_rows(r, c, ob, "screaming", json_ok=False)
    lines = ["-- %s" % c.label, "SET DEFINE OFF;", ""]
    for k, v, _ in rows:
        lines.append("INSERT INTO APP_CONFIG (CONFIG_KEY, CONFIG_VALUE, UPDATED_BY) VALUES (%s, %s, 'MIGRATION');" % (sq(k), sq(v)))
    lines += ["", "COMMIT;", "/"]
    path = r.choice(["sql/oracle/seed_app_config.sql", "db/oracle/%s_config.sql" % app(r), "scripts/ora/020_app_config.sql"])
    return path, "sql", "\n".join(lines) + "\n"


def t_pg_upsert_tokens(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    lines = ["-- supabase seed: provider tokens used by edge functions"]
    lines += note_lines(c, "--")
    lines += ["insert into public.provider_tokens (provider, %s, scopes, updated_at)" % key,
              "values (%s, %s, %s, now())" % (sq(c.provider), sq(val), sq("{%s}" % ",".join(r.sample(["read", "write", "admin", "events", "messages"], 2)))),
              "on conflict (provider) do update",
              "  set %s = excluded.%s," % (key, key),
              "      updated_at = now();", ""]
    if r.random() < 0.6:
        lines = ["insert into public.organizations (id, name, plan) values ('%s', %s, %s);" % (uuid4(r), sq(company(r).title()), sq(r.choice(PLANS))), ""] + lines
    path = r.choice(["supabase/seed.sql", "supabase/seeds/02_tokens.sql"])
    return path, "sql", "\n".join(lines) + "\n"


def t_pg_jsonb_channel(r, c, ob):
    cfg = {}
    if c.ident:
        cfg[id_name(c, "snake")] = c.ident
    key, val = slot(r, c, ob, st="snake", json_ok=False, header_ok=False)
    cfg[key] = val
    if r.random() < 0.6:
        cfg["channel"] = "#" + r.choice(["ops", "alerts", "billing", "oncall"])
    cfg["retry"] = r.choice([3, 5])
    js = json.dumps(cfg)
    name = r.choice(["ops-alerts", "billing-notify", "deploy-feed", "support-inbox"])
    lines = ["-- migrate:up",
             "CREATE TABLE notification_channels (",
             "  id serial PRIMARY KEY,",
             "  name text UNIQUE NOT NULL,",
             "  kind text NOT NULL,",
             "  config jsonb NOT NULL DEFAULT '{}'::jsonb",
             ");", ""]
    lines += note_lines(c, "--")
    lines += ["INSERT INTO notification_channels (name, kind, config)",
              "VALUES (%s, %s, %s::jsonb);" % (sq(name), sq(c.provider), sq(js)), "",
              "-- migrate:down", "DROP TABLE notification_channels;"]
    path = "db/migrations/%s_create_notification_channels.sql" % ts_compact(r)
    return path, "sql", "\n".join(lines) + "\n"


def t_sql_update_rotate(r, c, ob):
    st = r.choice(["dotted", "snake"])
    key, val = slot(r, c, ob, st=st, json_ok=False, prefix_ns=True)
    table = r.choice(["settings", "app_settings", "tenant_settings"])
    tid = r.randint(1, 400)
    lines = ["-- %s: rotate %s after %s" % (date(r), c.label, r.choice(["offboarding", "incident INC-%d" % r.randint(100, 999), "quarterly rotation"])),
             "-- ticket: %s-%d" % (r.choice(["OPS", "SEC", "PLAT"]), r.randint(100, 4000))]
    lines += note_lines(c, "--")
    lines += ["BEGIN;",
              "UPDATE %s" % table,
              "   SET value = %s," % sq(val),
              "       updated_at = NOW()",
              " WHERE key = %s%s;" % (sq(key), "" if r.random() < 0.5 else " AND tenant_id = %d" % tid),
              "SELECT key, updated_at FROM %s WHERE key LIKE %s;" % (table, sq(c.ns + "%")),
              "COMMIT;"]
    path = r.choice(["ops/sql/%s-rotate-%s.sql" % (date(r), c.ns), "db/patches/%s_rotate_%s.sql" % (ts_compact(r), c.ns),
                     "scripts/sql/rotate_%s.sql" % c.ns])
    return path, "sql", "\n".join(lines) + "\n"


def t_goose_oauth(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False, url_ok=False, header_ok=False)
    cid = c.ident or rs(r, LOWER_ALNUM, 20)
    lines = ["-- +goose Up", "-- +goose StatementBegin",
             "CREATE TABLE oauth_providers (",
             "    id          BIGSERIAL PRIMARY KEY,",
             "    slug        TEXT NOT NULL UNIQUE,",
             "    client_id   TEXT NOT NULL,",
             "    %s TEXT NOT NULL," % key if key != "client_id" else "    secret_value TEXT NOT NULL,",
             "    redirect_uri TEXT NOT NULL",
             ");", "-- +goose StatementEnd", ""]
    if key == "client_id":
        key = "secret_value"
    lines += note_lines(c, "--")
    lines += ["INSERT INTO oauth_providers (slug, client_id, %s, redirect_uri) VALUES" % key,
              "    (%s, %s, %s, %s);" % (sq(c.provider), sq(cid), sq(val),
                                        sq("https://%s.%s.com/auth/%s/callback" % (app(r), company(r), c.provider))), "",
              "-- +goose Down", "DROP TABLE oauth_providers;"]
    path = "db/migrations/%s_add_oauth_providers.sql" % ts_compact(r)
    return path, "sql", "\n".join(lines) + "\n"


# --- database role / user passwords ----------------------------------------
def grants_pg(r, user, db):
    return ["GRANT CONNECT ON DATABASE %s TO %s;" % (db, user),
            "GRANT USAGE ON SCHEMA public TO %s;" % user,
            "GRANT %s ON ALL TABLES IN SCHEMA public TO %s;" % (r.choice(["SELECT", "SELECT, INSERT, UPDATE, DELETE"]), user),
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %s;" % user]


def t_pg_roles(r, c, ob):
    db = app_name_for(c.user)
    lines = ["-- roles for the %s database" % db, "-- run as superuser: psql -f %s" % "roles.sql", ""]
    lines += note_lines(c, "--")
    lines += ["CREATE ROLE %s_readonly NOLOGIN;" % db, ""]
    if ob:
        lines.append("CREATE ROLE %s WITH LOGIN %sPASSWORD %s%s;" % (
            c.user, r.choice(["", "ENCRYPTED "]), sq(c.secret),
            r.choice(["", " CONNECTION LIMIT 20", " VALID UNTIL 'infinity'"])))
        lines += grants_pg(r, c.user, db)
    else:
        lines += ["CREATE ROLE %s WITH LOGIN;" % c.user] + grants_pg(r, c.user, db)
        lines += ["", "-- logical replication from the old primary",
                  "CREATE SUBSCRIPTION %s_sub" % db,
                  "    CONNECTION %s" % sq(c.url(c.secret)),
                  "    PUBLICATION %s_pub WITH (copy_data = %s);" % (db, r.choice(["true", "false"]))]
    lines += ["", "GRANT %s_readonly TO %s;" % (db, r.choice(["metabase", "grafana", "analyst"]))]
    path = r.choice(["db/init/01-roles.sql", "sql/roles.sql", "infra/postgres/roles.sql", "db/%s_roles.sql" % db])
    return path, "sql", "\n".join(lines) + "\n"


def t_pg_alter_role(r, c, ob):
    until = "%d-12-31" % r.randint(2024, 2026)
    lines = ["-- Rotate credentials for %s" % c.user,
             "-- %s, requested by %s" % (date(r), person(r)[2])]
    lines += note_lines(c, "--")
    lines += ["\\set ON_ERROR_STOP on", ""]
    if ob:
        lines.append("ALTER ROLE %s WITH PASSWORD %s VALID UNTIL '%s';" % (c.user, sq(c.secret), until))
    else:
        var = r.choice(["v1", "newval", "rotated", "p_next", "arg"])
        lines.append("\\set %s %s" % (var, sq(c.secret)))
        lines.append("ALTER ROLE %s WITH PASSWORD :'%s' VALID UNTIL '%s';" % (c.user, var, until))
    lines += ["ALTER ROLE %s SET statement_timeout = '%ds';" % (c.user, r.choice([30, 60, 300])),
              "SELECT rolname, rolvaliduntil FROM pg_roles WHERE rolname = '%s';" % c.user]
    path = r.choice(["ops/sql/rotate_%s.sql" % c.user, "scripts/db/%s-rotate-%s.psql" % (date(r), c.user),
                     "db/maintenance/alter_role_%s.sql" % c.user])
    return path, "sql", "\n".join(lines) + "\n"


def t_mysql_users(r, c, ob):
    db = app_name_for(c.user)
    lines = ["-- MySQL accounts for %s" % db]
    lines += note_lines(c, "--")
    lines += ["CREATE DATABASE IF NOT EXISTS `%s` DEFAULT CHARACTER SET utf8mb4;" % db, ""]
    if ob:
        lines.append("CREATE USER IF NOT EXISTS '%s'@'%s' IDENTIFIED %sBY %s;" % (
            c.user, r.choice(["%", "10.0.%", "localhost"]), r.choice(["", "WITH caching_sha2_password ", "WITH mysql_native_password "]), sq(c.secret)))
        lines.append("GRANT SELECT, INSERT, UPDATE, DELETE ON `%s`.* TO '%s'@'%%';" % (db, c.user))
        lines.append("FLUSH PRIVILEGES;")
    else:
        lines += ["-- archive table lives on the legacy box",
                  "CREATE TABLE `%s`.`orders_archive` (" % db,
                  "  `id` bigint NOT NULL,",
                  "  `customer_id` bigint NOT NULL,",
                  "  `total_cents` int NOT NULL,",
                  "  `created_at` datetime NOT NULL,",
                  "  PRIMARY KEY (`id`)",
                  ") ENGINE=FEDERATED DEFAULT CHARSET=utf8mb4",
                  "CONNECTION=%s;" % sq(c.url(c.secret).replace("mysql://", "mysql://").rsplit("/", 1)[0] + "/%s/orders" % db)]
    path = r.choice(["docker/mysql/init/01-users.sql", "db/mysql/users.sql", "deploy/mysql/grants.sql"])
    return path, "sql", "\n".join(lines) + "\n"


def t_mssql_login(r, c, ob):
    db = app_name_for(c.user).title()
    lines = ["USE [master];", "GO", ""]
    lines += note_lines(c, "--")
    if ob:
        lines += ["IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'%s')" % c.user,
                  "    CREATE LOGIN [%s] WITH PASSWORD = N%s, CHECK_POLICY = %s, DEFAULT_DATABASE = [%s];" % (
                      c.user, sq(c.secret), r.choice(["ON", "OFF"]), db), "GO", "",
                  "USE [%s];" % db, "GO",
                  "CREATE USER [%s] FOR LOGIN [%s];" % (c.user, c.user),
                  "ALTER ROLE db_datareader ADD MEMBER [%s];" % c.user,
                  "ALTER ROLE db_datawriter ADD MEMBER [%s];" % c.user, "GO"]
    else:
        srv = r.choice(["LEGACYSQL", "ERP01", "DWH"])
        lines += ["EXEC sp_addlinkedserver N'%s', N'', N'SQLNCLI', N'%s';" % (srv, c.host), "GO",
                  "EXEC sp_addlinkedsrvlogin N'%s', 'false', NULL, N'%s', N%s;" % (srv, c.user, sq(c.secret)), "GO",
                  "EXEC sp_serveroption N'%s', 'rpc out', 'true';" % srv, "GO"]
    path = r.choice(["Database/Security/Logins.sql", "sql/mssql/001_logins.sql", "db/setup/create_login.sql"])
    return path, "sql", "\n".join(lines) + "\n"


def t_oracle_user(r, c, ob):
    u = c.user.upper()
    lines = ["-- create application schema owner", "WHENEVER SQLERROR EXIT SQL.SQLCODE", ""]
    lines += note_lines(c, "--")
    if ob:
        lines += ['CREATE USER %s IDENTIFIED BY "%s"' % (u, c.secret),
                  "  DEFAULT TABLESPACE USERS",
                  "  TEMPORARY TABLESPACE TEMP",
                  "  QUOTA UNLIMITED ON USERS;", "",
                  "GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE SEQUENCE TO %s;" % u]
    else:
        lines += ["-- load reference data as the schema owner",
                  "CONNECT %s/%s@//%s:1521/%s" % (c.user, c.secret, c.host, r.choice(["ORCLPDB1", "XEPDB1", "APPDB"])),
                  "@@ref/countries.sql", "@@ref/currencies.sql"]
    lines += ["", "EXIT;"]
    path = r.choice(["sql/oracle/01_create_user.sql", "db/ora/setup_schema.sql", "install/oracle/create_%s.sql" % c.user])
    return path, "sql", "\n".join(lines) + "\n"


def t_initdb_pg_sh(r, c, ob):
    db = app_name_for(c.user)
    lines = ["#!/bin/bash", "set -e", ""]
    lines += note_lines(c, "#")
    if ob:
        lines += ['psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL',
                  "\tCREATE USER %s WITH PASSWORD %s;" % (c.user, sq(c.secret)),
                  "\tCREATE DATABASE %s OWNER %s;" % (db, c.user),
                  "\tGRANT ALL PRIVILEGES ON DATABASE %s TO %s;" % (db, c.user),
                  "EOSQL"]
    else:
        lines += ['psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<-EOSQL',
                  "\tCREATE DATABASE %s;" % db,
                  "EOSQL", "",
                  "# smoke test with the app's own connection string",
                  'psql "%s" -c "select 1"' % c.url(c.secret).replace(c.host, "localhost")]
    path = "docker-entrypoint-initdb.d/%02d-%s.sh" % (r.randint(1, 30), r.choice(["create-app-user", "init-db", "app-db"]))
    if r.random() < 0.4:
        path = "docker/postgres/" + path
    return path, "sh", "\n".join(lines) + "\n"


def t_initdb_mysql_sh(r, c, ob):
    db = app_name_for(c.user)
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    lines += note_lines(c, "#")
    if ob:
        lines += ['mysql -uroot -p"${MYSQL_ROOT_PASSWORD}" <<-EOSQL',
                  "    CREATE DATABASE IF NOT EXISTS \\`%s\\`;" % db,
                  "    CREATE USER IF NOT EXISTS '%s'@'%%' IDENTIFIED BY %s;" % (c.user, sq(c.secret)),
                  "    GRANT ALL ON \\`%s\\`.* TO '%s'@'%%';" % (db, c.user),
                  "EOSQL"]
    else:
        lines += ["echo 'loading fixtures'",
                  "for f in /docker-entrypoint-initdb.d/fixtures/*.sql; do",
                  "  mysql -u %s -p\"%s\" %s < \"$f\"" % (c.user, c.secret, db),
                  "done"]
    path = r.choice(["docker/mysql/initdb.d/01-grants.sh", "docker-entrypoint-initdb.d/10-users.sh",
                     ".docker/mysql/init.sh"])
    return path, "sh", "\n".join(lines) + "\n"


def t_pg_fdw(r, c, ob):
    srv = r.choice(["legacy_erp", "billing_old", "warehouse"])
    lines = ["CREATE EXTENSION IF NOT EXISTS %s;" % ("postgres_fdw" if ob else "dblink"), ""]
    lines += note_lines(c, "--")
    if ob:
        lines += ["CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw" % srv,
                  "  OPTIONS (host %s, port '5432', dbname %s);" % (sq(c.host), sq(app_name_for(c.user))), "",
                  "CREATE USER MAPPING FOR CURRENT_USER SERVER %s" % srv,
                  "  OPTIONS (user %s, password %s);" % (sq(c.user), sq(c.secret)), "",
                  "IMPORT FOREIGN SCHEMA public LIMIT TO (invoices, customers)",
                  "  FROM SERVER %s INTO %s;" % (srv, srv)]
    else:
        lines += ["CREATE OR REPLACE VIEW %s_invoices AS" % srv,
                  "SELECT * FROM dblink(",
                  "  %s," % sq(c.url(c.secret)),
                  "  'SELECT id, customer_id, total FROM invoices'",
                  ") AS t(id bigint, customer_id bigint, total numeric);"]
    path = "db/migrations/%s_%s.sql" % (ts_compact(r), "foreign_" + srv)
    return path, "sql", "\n".join(lines) + "\n"


def t_md_db_runbook(r, c, ob):
    db = app_name_for(c.user)
    lines = ["# %s database setup" % db.title(), "",
             "Run once against a fresh %s instance." % c.provider.title(), ""]
    lines += note_lines(c, ">")
    if c.provider == "postgres" or c.provider == "oracle":
        if ob:
            lines += ["```sql", "CREATE ROLE %s LOGIN PASSWORD %s;" % (c.user, sq(c.secret)),
                      "CREATE DATABASE %s OWNER %s;" % (db, c.user), "```"]
        else:
            lines += ["```sql", "CREATE DATABASE %s;" % db, "```", "",
                      "Then load the seed data:", "", "```bash",
                      "psql %s -f db/seed.sql" % c.url(c.secret), "```"]
    else:
        if ob:
            lines += ["```sql", "CREATE USER '%s'@'%%' IDENTIFIED BY %s;" % (c.user, sq(c.secret)),
                      "GRANT ALL ON %s.* TO '%s'@'%%';" % (db, c.user), "```"]
        else:
            lines += ["```bash", "mysql -h %s -u %s -p%s %s < db/seed.sql" % (c.host, c.user, c.secret, db), "```"]
    lines += ["", "## Verify", "", "- `\\du` / `SELECT user FROM mysql.user` lists `%s`" % c.user,
              "- the app health check at `/healthz` returns 200"]
    path = r.choice(["docs/runbooks/db-setup.md", "notes/%s-database.md" % db, "README.db.md", "docs/ops/database.md"])
    return path, "md", "\n".join(lines) + "\n"


def t_flyway_init_roles(r, c, ob):
    db = app_name_for(c.user)
    lines = ["-- V1__init.sql", "CREATE SCHEMA IF NOT EXISTS %s;" % db, "",
             "CREATE TABLE %s.customers (" % db,
             "    id          BIGSERIAL PRIMARY KEY,",
             "    email       VARCHAR(255) NOT NULL UNIQUE,",
             "    country     CHAR(2),",
             "    created_at  TIMESTAMPTZ DEFAULT now()",
             ");", ""]
    lines += note_lines(c, "--")
    if ob:
        lines += ["DO $$", "BEGIN",
                  "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%s') THEN" % c.user,
                  "    CREATE ROLE %s LOGIN PASSWORD %s;" % (c.user, sq(c.secret)),
                  "  END IF;", "END", "$$;"]
    else:
        lines += ["-- reporting replica pulls through dblink",
                  "CREATE EXTENSION IF NOT EXISTS dblink;",
                  "SELECT dblink_connect('rpt', %s);" % sq(c.url(c.secret))]
    lines += ["GRANT USAGE ON SCHEMA %s TO %s;" % (db, c.user)]
    path = r.choice(["src/main/resources/db/migration/V1__init.sql", "flyway/sql/V1__init.sql", "db/migration/V1__init.sql"])
    return path, "sql", "\n".join(lines) + "\n"


# --- framework seeds, fixtures and changelogs --------------------------------
def t_rails_seeds_integration(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    model = r.choice(["Integration", "ProviderAccount", "ApiCredential", "Connection"])
    f, l, e = person(r)
    lines = ["# This file should ensure the existence of records required to run the application in every environment.",
             "# The data can then be loaded with bin/rails db:seed (or created alongside the database with db:setup).", ""]
    lines += note_lines(c, "#")
    co = company(r)
    lines += ["org = Organization.find_or_create_by!(slug: %s) do |o|" % rq(co),
              "  o.name = %s" % rq(co.title() + " Inc."),
              "  o.plan = %s" % rq(r.choice(PLANS)),
              "end", ""]
    lines.append("%s.find_or_create_by!(organization: org, provider: %s) do |i|" % (model, rq(c.provider)))
    if c.ident:
        lines.append("  i.%s = %s" % (id_name(c, "snake"), rq(c.ident)))
    lines.append("  i.%s = %s" % (key, rq(val) if r.random() < 0.5 else dq(val)))
    lines.append("  i.enabled = true")
    lines += ["end", "", "%s.find_or_create_by!(email: %s) { |u| u.name = %s }" % (
        r.choice(["TeamMember", "Contact"]), rq(e), rq(f + " " + l)),
        "", 'puts "Seeded #{%s.count} integrations"' % model]
    return "db/seeds.rb", "rb", "\n".join(lines) + "\n"


def t_rails_seeds_admin(r, c, ob):
    lines = ["# frozen_string_literal: true", "", "# Seeds for staging / production bootstrap"]
    lines += note_lines(c, "#")
    if ob:
        lines += ["admin = User.find_or_initialize_by(email: %s)" % rq(c.user),
                  "admin.assign_attributes(",
                  "  name: %s," % rq("Site Admin"),
                  "  password: %s," % dq(c.secret),
                  "  password_confirmation: %s," % dq(c.secret),
                  "  role: :admin,",
                  "  confirmed_at: Time.current",
                  ")", "admin.save!"]
    else:
        lines += ["def bootstrap_user(email, secret, role)",
                  "  User.create_with(password: secret, role: role).find_or_create_by!(email: email)",
                  "end", "",
                  "bootstrap_user(%s, %s, :admin)" % (rq(c.user), rq(c.secret))]
    lines += ["", "%w[Billing Support Engineering].each do |name|",
              "  Team.find_or_create_by!(name: name)", "end"]
    path = r.choice(["db/seeds.rb", "db/seeds/production.rb", "db/seeds/01_admin.rb"])
    return path, "rb", "\n".join(lines) + "\n"


def t_rails_yaml_seed(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    lines = ["# loaded by db/seeds.rb -> SeedLoader.load('integrations')"]
    lines += note_lines(c, "#")
    name = c.provider + "_" + r.choice(["main", "prod", "default"])
    lines += ["%s:" % name, "  provider: %s" % c.provider, "  display_name: %s" % yq(r, c.label)]
    if c.ident:
        lines.append("  %s: %s" % (id_name(c, "snake"), yq(r, c.ident)))
    lines.append("  %s: %s" % (key, yq(r, val)))
    lines += ["  enabled: true", "  created_at: <%%= %d.days.ago %%>" % r.randint(1, 90), "",
              "%s_sandbox:" % r.choice(WORDS), "  provider: %s" % r.choice(["internal", "noop", "log"]),
              "  display_name: Sandbox", "  enabled: false"]
    path = r.choice(["db/seeds/integrations.yml", "db/seed_data/integrations.yml", "config/seeds/integrations.yml"])
    return path, "yaml", "\n".join(lines) + "\n"


def t_django_json(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    appl = r.choice(["integrations", "core", "notifications", "payments"])
    co = company(r)
    objs = [{"model": "%s.organization" % appl, "pk": 1,
             "fields": {"name": co.title(), "slug": co, "created": ts(r).replace(" ", "T") + "Z"}}]
    fields = {"organization": 1, "provider": c.provider}
    if c.ident:
        fields[id_name(c, "snake")] = c.ident
    fields[key] = val
    fields["is_active"] = True
    objs.append({"model": "%s.%s" % (appl, r.choice(["providerconfig", "credential", "integration"])), "pk": r.randint(1, 9), "fields": fields})
    if r.random() < 0.5:
        objs.append({"model": "%s.webhooksubscription" % appl, "pk": 1,
                     "fields": {"event": r.choice(["order.created", "invoice.paid"]), "integration": objs[1]["pk"]}})
    text = json.dumps(objs, indent=r.choice([2, 4])) + "\n"
    return "%s/fixtures/%s.json" % (appl, r.choice(["initial_data", "integrations", "prod_bootstrap"])), "json", text


def t_django_yaml(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    appl = r.choice(["mailer", "core", "sitecfg"])
    co = company(r)
    lines = ["- model: sites.site", "  pk: 1", "  fields:", "    domain: %s.%s.com" % (app(r), co),
             "    name: %s" % co.title(),
             "- model: %s.%s" % (appl, r.choice(["mailsettings", "siteconfiguration", "gatewayconfig"])),
             "  pk: 1", "  fields:", "    site: 1"]
    for k, v in related_settings(r, c, "snake"):
        lines.append("    %s: %s" % (k, yq(r, v)))
    lines.append("    %s: %s" % (key, yq(r, val)))
    lines.append("    use_tls: true")
    return "%s/fixtures/%s.yaml" % (appl, r.choice(["defaults", "site_config", "bootstrap"])), "yaml", "\n".join(lines) + "\n"


def t_django_superuser_migration(r, c, ob):
    num = r.randint(2, 30)
    lines = ["from django.contrib.auth import get_user_model", "from django.db import migrations", "", ""]
    lines += note_lines(c, "#")
    lines += ["def create_admin(apps, schema_editor):", "    User = get_user_model()",
              "    if User.objects.filter(username=%s).exists():" % rq("admin"), "        return"]
    if ob:
        lines.append("    User.objects.create_superuser(username=%s, email=%s, password=%s)" % (rq("admin"), rq(c.user), rq(c.secret)))
    else:
        lines.append("    User.objects.create_superuser(%s, %s, %s)" % (rq("admin"), rq(c.user), rq(c.secret)))
    lines += ["", "", "class Migration(migrations.Migration):", "",
              "    dependencies = [", "        (%s, %s)," % (rq("accounts"), rq("%04d_auto_%s" % (num - 1, ts_compact(r)[:12]))), "    ]", "",
              "    operations = [", "        migrations.RunPython(create_admin, migrations.RunPython.noop),", "    ]"]
    return "accounts/migrations/%04d_create_admin.py" % num, "py", "\n".join(lines) + "\n"


def t_laravel_seeder(r, c, ob):
    rows = settings_rows(r, c, ob, r.choice(["dotted", "snake"]), n_general=r.randint(1, 3), json_ok=False)
    cls = r.choice(["SettingsSeeder", "IntegrationSettingsSeeder", "SystemSettingSeeder"])
    lines = ["<?php", "", "namespace Database\\Seeders;", "", "use Illuminate\\Database\\Seeder;",
             "use Illuminate\\Support\\Facades\\DB;", "", "class %s extends Seeder" % cls, "{",
             "    /**", "     * Run the database seeds.", "     */", "    public function run(): void", "    {"]
    lines += note_lines(c, "        //")
    lines.append("        DB::table('settings')->upsert([")
    for k, v, _ in rows:
        lines.append("            ['key' => %s, 'value' => %s]," % (rq(k), rq(v)))
    lines += ["        ], ['key'], ['value']);", "    }", "}"]
    return "database/seeders/%s.php" % cls, "php", "\n".join(lines) + "\n"


def t_laravel_admin_seeder(r, c, ob):
    lines = ["<?php", "", "namespace Database\\Seeders;", "", "use App\\Models\\User;",
             "use Illuminate\\Database\\Seeder;", "use Illuminate\\Support\\Facades\\Hash;", "",
             "class AdminUserSeeder extends Seeder", "{", "    public function run(): void", "    {"]
    lines += note_lines(c, "        //")
    if ob:
        lines += ["        User::updateOrCreate(", "            ['email' => %s]," % rq(c.user), "            [",
                  "                'name' => 'Administrator',",
                  "                'password' => Hash::make(%s)," % rq(c.secret),
                  "                'email_verified_at' => now(),", "            ]", "        );"]
    else:
        lines += ["        $u = new User();", "        $u->name = 'Administrator';", "        $u->email = %s;" % rq(c.user),
                  "        $u->forceFill(['password' => bcrypt(%s)]);" % rq(c.secret), "        $u->save();"]
    lines += ["    }", "}"]
    return "database/seeders/AdminUserSeeder.php", "php", "\n".join(lines) + "\n"


def t_laravel_migration_insert(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    table = "payment_gateways" if c.provider in ("stripe", "square", "shopify") else r.choice(["service_connections", "integrations", "external_services"])
    lines = ["<?php", "", "use Illuminate\\Database\\Migrations\\Migration;", "use Illuminate\\Database\\Schema\\Blueprint;",
             "use Illuminate\\Support\\Facades\\DB;", "use Illuminate\\Support\\Facades\\Schema;", "",
             "return new class extends Migration", "{", "    public function up(): void", "    {",
             "        Schema::create('%s', function (Blueprint $table) {" % table,
             "            $table->id();", "            $table->string('driver');",
             "            $table->string('%s')->nullable();" % key,
             "            $table->boolean('active')->default(true);", "            $table->timestamps();", "        });", ""]
    lines += note_lines(c, "        //")
    lines += ["        DB::table('%s')->insert([" % table,
              "            'driver' => %s," % rq(c.provider),
              "            '%s' => %s," % (key, rq(val)),
              "            'created_at' => now(),", "        ]);", "    }", "",
              "    public function down(): void", "    {", "        Schema::dropIfExists('%s');" % table, "    }", "};"]
    return "database/migrations/%s_create_%s_table.php" % (date(r).replace("-", "_"), table), "php", "\n".join(lines) + "\n"


def t_prisma_seed(r, c, ob):
    key, val = slot(r, c, ob, st="camel", json_ok=False)
    co = company(r)
    lines = ["import { PrismaClient } from '@prisma/client'", "", "const prisma = new PrismaClient()", ""]
    lines += note_lines(c, "//")
    lines += ["async function main() {",
              "  const org = await prisma.organization.upsert({",
              "    where: { slug: %s }," % rq(co), "    update: {},",
              "    create: { slug: %s, name: %s }," % (rq(co), rq(co.title())), "  })", "",
              "  await prisma.integration.upsert({",
              "    where: { provider: %s }," % rq(c.provider), "    update: {}, ", "    create: {",
              "      provider: %s," % rq(c.provider), "      organizationId: org.id,"]
    if c.ident:
        lines.append("      %s: %s," % (id_name(c, "camel"), rq(c.ident)))
    lines.append("      %s: %s," % (key, rq(val) if r.random() < 0.5 else dq(val)))
    lines += ["    },", "  })", "}", "", "main()", "  .then(() => prisma.$disconnect())",
              "  .catch(async (e) => {", "    console.error(e)", "    await prisma.$disconnect()", "    process.exit(1)", "  })"]
    return "prisma/seed.ts", "ts", "\n".join(lines) + "\n"


def t_prisma_admin(r, c, ob):
    lines = ["import { PrismaClient, Role } from '@prisma/client'", "import bcrypt from 'bcryptjs'", "",
             "const prisma = new PrismaClient()", ""]
    lines += note_lines(c, "//")
    if ob:
        lines += ["const ADMIN_EMAIL = %s" % rq(c.user), "const ADMIN_PASSWORD = %s" % rq(c.secret), "",
                  "async function main() {", "  const hash = await bcrypt.hash(ADMIN_PASSWORD, 12)"]
    else:
        lines += ["async function main() {", "  const hash = await bcrypt.hash(%s, 12)" % rq(c.secret)]
    lines += ["  await prisma.user.upsert({",
              "    where: { email: %s }," % ("ADMIN_EMAIL" if ob else rq(c.user)),
              "    update: { passwordHash: hash },",
              "    create: { email: %s, passwordHash: hash, role: Role.ADMIN }," % ("ADMIN_EMAIL" if ob else rq(c.user)),
              "  })", "}", "", "main().finally(() => prisma.$disconnect())"]
    return r.choice(["prisma/seed.ts", "prisma/seeds/admin.ts"]), "ts", "\n".join(lines) + "\n"


def t_sequelize_seeder(r, c, ob):
    key, val = slot(r, c, ob, st="camel", json_ok=False)
    table = r.choice(["Integrations", "ApiClients", "Providers"])
    lines = ["'use strict';", "", "/** @type {import('sequelize-cli').Migration} */", "module.exports = {",
             "  async up(queryInterface, Sequelize) {"]
    lines += note_lines(c, "    //")
    lines += ["    await queryInterface.bulkInsert('%s', [" % table, "      {", "        name: %s," % rq(c.label),
              "        provider: %s," % rq(c.provider)]
    if c.ident:
        lines.append("        %s: %s," % (id_name(c, "camel"), rq(c.ident)))
    lines += ["        %s: %s," % (key, rq(val)), "        createdAt: new Date(),", "        updatedAt: new Date(),", "      },",
              "    ], {});", "  },", "", "  async down(queryInterface, Sequelize) {",
              "    await queryInterface.bulkDelete('%s', { provider: %s }, {});" % (table, rq(c.provider)), "  },", "};"]
    return "seeders/%s-%s.js" % (ts_compact(r), r.choice(["demo-integrations", "seed-providers", "api-clients"])), "js", "\n".join(lines) + "\n"


def t_knex_seed(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    lines = ["/**", " * @param { import(\"knex\").Knex } knex", " * @returns { Promise<void> }", " */",
             "exports.seed = async function (knex) {", "  await knex('webhooks').del();"]
    lines += note_lines(c, "  //")
    lines += ["  await knex('webhooks').insert(["]
    for i in range(r.randint(0, 2)):
        lines.append("    { id: %d, name: %s, url: %s, %s: null }," % (i + 1, rq(r.choice(WORDS)), rq("http://localhost:%d/hook" % r.randint(3000, 9000)), key))
    lines.append("    { id: %d, name: %s, url: %s, %s: %s }," % (9, rq(c.provider), rq("https://%s/hooks" % (c.host or "example.com")), key, rq(val)))
    lines += ["  ]);", "};"]
    return "seeds/%02d_webhooks.js" % r.randint(1, 9), "js", "\n".join(lines) + "\n"


def t_typeorm_migration(r, c, ob):
    st = r.choice(["dotted", "snake"])
    key, val = slot(r, c, ob, st=st, json_ok=False, prefix_ns=True)
    stamp = str(r.randint(1650000000000, 1720000000000))
    lines = ["import { MigrationInterface, QueryRunner } from 'typeorm'", "",
             "export class SeedSettings%s implements MigrationInterface {" % stamp,
             "  name = 'SeedSettings%s'" % stamp, "",
             "  public async up(queryRunner: QueryRunner): Promise<void> {"]
    lines += note_lines(c, "    //")
    lines += ["    await queryRunner.query(",
              "      `INSERT INTO \"setting\" (\"key\", \"value\") VALUES ($1, $2)`,",
              "      [%s, %s]," % (rq(key), rq(val)), "    )", "  }", "",
              "  public async down(queryRunner: QueryRunner): Promise<void> {",
              "    await queryRunner.query(`DELETE FROM \"setting\" WHERE \"key\" = $1`, [%s])" % rq(key), "  }", "}"]
    return "src/migrations/%s-SeedSettings.ts" % stamp, "ts", "\n".join(lines) + "\n"


def t_doctrine_fixture(r, c, ob):
    key, val = slot(r, c, ob, st="pascal", json_ok=False)
    lines = ["<?php", "", "namespace App\\DataFixtures;", "", "use App\\Entity\\Integration;",
             "use Doctrine\\Bundle\\FixturesBundle\\Fixture;", "use Doctrine\\Persistence\\ObjectManager;", "",
             "class IntegrationFixtures extends Fixture", "{", "    public function load(ObjectManager $manager): void", "    {"]
    lines += note_lines(c, "        //")
    lines += ["        $integration = new Integration();", "        $integration->setProvider(%s);" % rq(c.provider)]
    if c.ident:
        lines.append("        $integration->set%s(%s);" % (styled(c.id_names, "pascal"), rq(c.ident)))
    lines += ["        $integration->set%s(%s);" % (key, rq(val)),
              "        $integration->setEnabled(true);", "        $manager->persist($integration);",
              "        $this->addReference('integration-%s', $integration);" % c.provider, "",
              "        $manager->flush();", "    }", "}"]
    return "src/DataFixtures/IntegrationFixtures.php", "php", "\n".join(lines) + "\n"


def t_liquibase_xml(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=True)
    n = r.randint(3, 40)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<databaseChangeLog',
             '        xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
             '        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
             '        xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog',
             '        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">', ""]
    if getattr(c, "note", None):
        lines.append("    <!-- NOTE: %s -->" % c.note)
    lines += ['    <changeSet id="%03d-seed-%s" author="%s">' % (n, c.ns, person(r)[0].lower()),
              '        <insert tableName="app_setting">',
              '            <column name="setting_key" value="%s"/>' % xq(styled((c.ns,) + (key,), "dotted")),
              '            <column name="setting_value" value="%s"/>' % xq(val),
              '            <column name="created_at" valueComputed="CURRENT_TIMESTAMP"/>',
              '        </insert>']
    if c.ident:
        lines += ['        <insert tableName="app_setting">',
                  '            <column name="setting_key" value="%s"/>' % styled((c.ns,) + c.id_names, "dotted"),
                  '            <column name="setting_value" value="%s"/>' % xq(c.ident), '        </insert>']
    lines += ['        <rollback>',
              '            <delete tableName="app_setting"><where>setting_key like \'%s.%%\'</where></delete>' % c.ns,
              '        </rollback>', '    </changeSet>', '</databaseChangeLog>']
    path = "src/main/resources/db/changelog/changes/%03d-seed-%s.xml" % (n, c.ns)
    return path, "xml", "\n".join(lines) + "\n"


def t_liquibase_yaml(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    lines = ["databaseChangeLog:", "  - changeSet:", "      id: %s-%s" % (ts_compact(r)[:8], c.ns),
             "      author: %s" % person(r)[0].lower()]
    if getattr(c, "note", None):
        lines.append("      comment: %s" % json.dumps(c.note))
    lines += ["      changes:", "        - insert:", "            tableName: integration", "            columns:",
              "              - column:", "                  name: provider", "                  value: %s" % c.provider]
    if c.ident:
        lines += ["              - column:", "                  name: %s" % id_name(c, "snake"), "                  value: %s" % yq(r, c.ident)]
    lines += ["              - column:", "                  name: %s" % key, "                  value: %s" % yq(r, val),
              "              - column:", "                  name: enabled", "                  valueBoolean: true"]
    return "src/main/resources/db/changelog/%s-integration.yaml" % c.ns, "yaml", "\n".join(lines) + "\n"


def t_liquibase_formatted_sql(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=True)
    who = person(r)[0].lower()
    lines = ["--liquibase formatted sql", "",
             "--changeset %s:%d-create-mail-relay" % (who, r.randint(10, 99)),
             "CREATE TABLE mail_relay (", "    id INT PRIMARY KEY,", "    host VARCHAR(255) NOT NULL,",
             "    port INT NOT NULL,", "    %s VARCHAR(1024)" % key, ");",
             "--rollback DROP TABLE mail_relay;", ""]
    lines += note_lines(c, "--")
    lines += ["--changeset %s:%d-seed-mail-relay" % (who, r.randint(100, 199)),
              "INSERT INTO mail_relay (id, host, port, %s) VALUES (1, %s, %d, %s);" % (key, sq(c.host or "localhost"), r.choice([25, 587, 443]), sq(val)),
              "--rollback DELETE FROM mail_relay WHERE id = 1;"]
    return "db/changelog/sql/%03d_mail_relay.sql" % r.randint(1, 60), "sql", "\n".join(lines) + "\n"


def t_flyway_java(r, c, ob):
    v = r.randint(3, 40)
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    cls = "V%d__Seed%sClient" % (v, c.ns.title())
    lines = ["package db.migration;", "", "import org.flywaydb.core.api.migration.BaseJavaMigration;",
             "import org.flywaydb.core.api.migration.Context;", "import org.springframework.jdbc.core.JdbcTemplate;",
             "import org.springframework.jdbc.datasource.SingleConnectionDataSource;", "",
             "public class %s extends BaseJavaMigration {" % cls, "",
             "    @Override", "    public void migrate(Context context) {",
             "        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));"]
    lines += note_lines(c, "        //")
    if ob:
        lines.append('        jdbc.update("INSERT INTO external_client (provider, %s) VALUES (?, ?)", %s, %s);' % (key, dq(c.provider), dq(val)))
    else:
        lines.append('        jdbc.update("INSERT INTO external_client VALUES (?, ?, ?)", %d, %s, %s);' % (r.randint(1, 9), dq(c.provider), dq(val)))
    lines += ["    }", "}"]
    return "src/main/java/db/migration/%s.java" % cls, "java", "\n".join(lines) + "\n"


def t_alembic(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    rev, down = rs(r, HEX, 12), rs(r, HEX, 12)
    lines = ['"""seed %s integration' % c.provider, "", "Revision ID: %s" % rev, "Revises: %s" % down,
             "Create Date: %s.%06d" % (ts(r), r.randint(0, 999999)), '"""', "from alembic import op",
             "import sqlalchemy as sa", "", "revision = %s" % rq(rev), "down_revision = %s" % rq(down),
             "branch_labels = None", "depends_on = None", "",
             "integrations = sa.table(", "    'integrations',", "    sa.column('provider', sa.String),",
             "    sa.column('%s', sa.Text)," % key, "    sa.column('enabled', sa.Boolean),", ")", "", "",
             "def upgrade():"]
    lines += note_lines(c, "    #")
    lines += ["    op.bulk_insert(integrations, [",
              "        {'provider': %s, '%s': %s, 'enabled': True}," % (rq(c.provider), key, rq(val)), "    ])", "", "",
              "def downgrade():", "    op.execute(\"DELETE FROM integrations WHERE provider = '%s'\")" % c.provider]
    return "alembic/versions/%s_seed_%s_integration.py" % (rev, c.provider), "py", "\n".join(lines) + "\n"


def t_ecto_seeds(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    mod = r.choice(["MyApp", "Shop", "Ledger", "Helpdesk"])
    lines = ["# Script for populating the database. You can run it as:", "#", "#     mix run priv/repo/seeds.exs", "",
             "alias %s.Repo" % mod, "alias %s.Integrations.Integration" % mod, ""]
    lines += note_lines(c, "#")
    lines += ["Repo.insert!(", "  %Integration{", "    provider: %s," % dq(c.provider)]
    if c.ident:
        lines.append("    %s: %s," % (id_name(c, "snake"), dq(c.ident)))
    lines += ["    %s: %s," % (key, dq(val)), "    enabled: true", "  },",
              "  on_conflict: :nothing", ")"]
    return "priv/repo/seeds.exs", "exs", "\n".join(lines) + "\n"


def t_efcore(r, c, ob):
    key, val = slot(r, c, ob, st="pascal", json_ok=False)
    stamp = ts_compact(r)
    lines = ["using Microsoft.EntityFrameworkCore.Migrations;", "", "#nullable disable", "",
             "namespace %s.Data.Migrations" % company(r).title().replace("-", ""), "{",
             "    public partial class SeedIntegrations : Migration", "    {",
             "        protected override void Up(MigrationBuilder migrationBuilder)", "        {"]
    lines += note_lines(c, "            //")
    lines += ["            migrationBuilder.InsertData(", '                table: "Integrations",',
              '                columns: new[] { "Id", "Provider", "%s", "Enabled" },' % key,
              '                values: new object[] { %d, "%s", %s, true });' % (r.randint(1, 9), c.provider, dq(val)),
              "        }", "", "        protected override void Down(MigrationBuilder migrationBuilder)", "        {",
              '            migrationBuilder.DeleteData(table: "Integrations", keyColumn: "Provider", keyValue: "%s");' % c.provider,
              "        }", "    }", "}"]
    return "src/Data/Migrations/%s_SeedIntegrations.cs" % stamp, "cs", "\n".join(lines) + "\n"


def t_dbt_csv(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False, header_ok=False)
    hdr = ["source_id", "source_name", "provider", key, "owner_team", "loaded_at"]
    lines = [csv_line(hdr)]
    rows = []
    for i in range(r.randint(4, 10)):
        rows.append([str(100 + i), r.choice(WORDS) + "_" + r.choice(["events", "orders", "leads"]), r.choice(["internal", "s3", "gcs"]),
                     "", r.choice(["data", "growth", "finance"]), date(r)])
    rows.insert(r.randint(0, len(rows)), [str(200 + r.randint(0, 50)), c.provider + "_" + r.choice(["api", "export"]), c.provider,
                                          val, r.choice(["data", "growth", "finance"]), date(r)])
    lines += [csv_line(x) for x in rows]
    return "seeds/%s.csv" % r.choice(["source_connections", "integration_credentials", "ingest_sources"]), "csv", "\n".join(lines) + "\n"


def t_fixture_csv(r, c, ob):
    rows = settings_rows(r, c, ob, r.choice(["dotted", "screaming"]), n_general=r.randint(3, 7), json_ok=False)
    lines = [csv_line(["id", "scope", "name", "value"])]
    for i, (k, v, _) in enumerate(rows):
        lines.append(csv_line([str(i + 1), r.choice(["global", "tenant:%d" % r.randint(1, 40)]), k, v]))
    return r.choice(["db/seed_data/settings.csv", "data/fixtures/app_settings.csv", "fixtures/settings.csv"]), "csv", "\n".join(lines) + "\n"


def t_md_seed_doc(r, c, ob):
    key, val = slot(r, c, ob, st="dotted", json_ok=False, prefix_ns=True)
    lines = ["# Local / staging bootstrap", "", "After `make db-reset`, register the %s integration so the" % c.label,
             "background workers can start:", ""]
    lines += note_lines(c, ">")
    lines += ["```sql", "INSERT INTO settings (key, value) VALUES", "  (%s, %s);" % (sq(key), sq(val)), "```", "",
              "Workers pick up the new value within ~%d s (settings are cached)." % r.choice([30, 60, 120]), "",
              "## Troubleshooting", "", "- `401` from %s: the row above was not committed." % (c.host or c.provider),
              "- Check `SELECT * FROM settings WHERE key LIKE '%s.%%';`" % c.ns]
    return r.choice(["docs/setup/seed-data.md", "notes/bootstrap.md", "docs/%s-integration.md" % c.ns]), "md", "\n".join(lines) + "\n"


def t_go_seed(r, c, ob):
    key, val = slot(r, c, ob, st="snake", json_ok=False)
    lines = ["package main", "", "import (", '\t"database/sql"', '\t"log"', "", '\t_ "github.com/jackc/pgx/v5/stdlib"', ")", "",
             "func main() {", '\tdb, err := sql.Open("pgx", "postgres://localhost:5432/%s?sslmode=disable")' % app(r),
             "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}", "\tdefer db.Close()", ""]
    lines += note_lines(c, "\t//")
    lines += ['\t_, err = db.Exec(`INSERT INTO integrations (provider, %s) VALUES ($1, $2)' % key,
              '\t\tON CONFLICT (provider) DO NOTHING`, %s, %s)' % (dq(c.provider), dq(val))]
    lines += ["\tif err != nil {", "\t\tlog.Fatal(err)", "\t}", '\tlog.Println("seeded")', "}"]
    return "cmd/seed/main.go", "go", "\n".join(lines) + "\n"


def t_psql_set_script(r, c, ob):
    var = styled(r.choice(c.names), "snake") if ob else r.choice(["v1", "val", "arg_b", "x2", "p"])
    lines = ["-- usage: psql -d %s -f seed_local.psql" % app(r), "\\set ON_ERROR_STOP on"]
    lines += note_lines(c, "--")
    lines += ["\\set %s %s" % (var, sq(c.secret))]
    if c.ident:
        lines.append("\\set ident %s" % sq(c.ident))
    lines += ["", "INSERT INTO integrations (provider, %s%s)" % ("external_id, " if c.ident else "", "secret"),
              "VALUES (%s, %s:'%s')" % (sq(c.provider), ":'ident', " if c.ident else "", var),
              "ON CONFLICT (provider) DO UPDATE SET secret = EXCLUDED.secret;"]
    return r.choice(["scripts/seed_local.psql", "db/seed/dev.psql", "tools/seed_integrations.psql"]), "sql", "\n".join(lines) + "\n"


# ---------------------------------------------------------------------------
# NEGATIVE DOMAIN LOOK-ALIKES
# each returns (relpath, filetype, text, provider, kind)
# ---------------------------------------------------------------------------
ROLE_NAMES = ["app", "app_rw", "reporting", "etl", "grafana", "metabase", "airflow", "keycloak",
              "replicator", "readonly", "svc_billing", "svc_orders", "analyst", "backup"]


def n_pgdumpall_scram(r):
    roles = r.sample(ROLE_NAMES, r.randint(2, 5))
    lines = ["--", "-- PostgreSQL database cluster dump", "--", "", "SET default_transaction_read_only = off;",
             "SET client_encoding = 'UTF8';", "SET standard_conforming_strings = on;", "", "--", "-- Roles", "--", ""]
    for ro in roles:
        lines.append("CREATE ROLE %s;" % ro)
        lines.append("ALTER ROLE %s WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD %s;"
                     % (ro, sq(scram_verifier(r))))
    lines += ["", "--", "-- PostgreSQL database cluster dump complete", "--"]
    return r.choice(["db/roles.sql", "backups/globals.sql", "dumps/pg_dumpall_roles.sql"]), "sql", "\n".join(lines) + "\n", "postgres", "scram_verifier"


def n_pg_md5_roles(r):
    lines = ["-- legacy roles migrated from 9.6; md5 hashes copied from pg_authid", "-- (users must reset to move to SCRAM)", ""]
    for ro in r.sample(ROLE_NAMES, r.randint(2, 4)):
        lines.append("CREATE ROLE %s LOGIN ENCRYPTED PASSWORD %s;" % (ro, sq(md5_role_hash(r))))
    lines += ["", "ALTER SYSTEM SET password_encryption = 'scram-sha-256';", "SELECT pg_reload_conf();"]
    return "db/legacy/roles_md5.sql", "sql", "\n".join(lines) + "\n", "postgres", "md5_role_hash"


def n_mysql_hashed_users(r):
    lines = ["-- accounts exported with SHOW CREATE USER (hashes only)", ""]
    for ro in r.sample(ROLE_NAMES, r.randint(2, 4)):
        if r.random() < 0.6:
            lines.append("CREATE USER IF NOT EXISTS '%s'@'%%' IDENTIFIED WITH 'mysql_native_password' AS '%s';" % (ro, mysql_native_hash(r)))
        else:
            lines.append("GRANT USAGE ON *.* TO '%s'@'10.%%' IDENTIFIED BY PASSWORD '%s';" % (ro, mysql_native_hash(r)))
        lines.append("GRANT SELECT ON `%s`.* TO '%s'@'%%';" % (app(r), ro))
    lines.append("FLUSH PRIVILEGES;")
    return r.choice(["docker/mysql/init/02-users.sql", "db/mysql/accounts.sql"]), "sql", "\n".join(lines) + "\n", "mysql", "mysql_native_hash"


def n_pg_roles_nologin(r):
    db = app(r)
    lines = ["-- Role layout for %s. Passwords are NOT set here:" % db,
             "-- ops sets them with \\password from the vault entry secret/db/%s/<role>." % db, "",
             "CREATE ROLE %s_owner NOLOGIN;" % db, "CREATE ROLE %s_rw NOLOGIN;" % db, "CREATE ROLE %s_ro NOLOGIN;" % db, "",
             "CREATE ROLE %s_app LOGIN IN ROLE %s_rw PASSWORD NULL;" % (db, db),
             "CREATE ROLE %s_report LOGIN IN ROLE %s_ro;" % (db, db), "",
             "ALTER DATABASE %s OWNER TO %s_owner;" % (db, db),
             "GRANT USAGE ON SCHEMA public TO %s_ro, %s_rw;" % (db, db)]
    return "db/init/00-roles.sql", "sql", "\n".join(lines) + "\n", "postgres", "role_without_password"


def n_users_bcrypt(r):
    lines = ["-- demo users; every hash below is bcrypt", "INSERT INTO users (id, email, encrypted_password, role, created_at) VALUES"]
    vals = []
    for i in range(r.randint(3, 8)):
        e = person(r)[2]
        vals.append("  ('%s', '%s', '%s', '%s', '%s')" % (uuid4(r), e, bcrypt_hash(r, r.choice(["$2a$", "$2b$", "$2y$"])),
                                                          r.choice(["admin", "member"]), ts(r)))
    lines.append(",\n".join(vals) + ";")
    return r.choice(["db/seeds/users.sql", "supabase/seed.sql", "sql/seed_users.sql"]), "sql", "\n".join(lines) + "\n", "app", "bcrypt_hash"


def n_django_auth_fixture(r):
    objs = []
    for i in range(r.randint(1, 3)):
        f, l, e = person(r)
        objs.append({"model": "auth.user", "pk": i + 1, "fields": {
            "password": pbkdf2_django(r) if r.random() < 0.7 else argon2_hash(r).replace("$argon2id", "argon2$argon2id"),
            "last_login": None, "is_superuser": i == 0, "username": f.lower(), "first_name": f, "last_name": l,
            "email": e, "is_staff": i == 0, "is_active": True, "date_joined": ts(r).replace(" ", "T") + "Z",
            "groups": [], "user_permissions": []}})
    return "accounts/fixtures/users.json", "json", json.dumps(objs, indent=2) + "\n", "django", "pbkdf2_hash"


def n_laravel_factory(r):
    lines = ["<?php", "", "namespace Database\\Factories;", "", "use Illuminate\\Database\\Eloquent\\Factories\\Factory;",
             "use Illuminate\\Support\\Str;", "", "class UserFactory extends Factory", "{",
             "    public function definition(): array", "    {", "        return [",
             "            'name' => fake()->name(),", "            'email' => fake()->unique()->safeEmail(),",
             "            'email_verified_at' => now(),",
             "            'password' => '%s', // hashed placeholder" % bcrypt_hash(r, "$2y$"),
             "            'api_token' => Str::random(60),", "            'remember_token' => Str::random(10),",
             "        ];", "    }", "}"]
    return "database/factories/UserFactory.php", "php", "\n".join(lines) + "\n", "laravel", "runtime_generated"


def n_rails_seeds_runtime(r):
    lines = ["# Seeds never contain real credentials: tokens are generated at seed time", "# and the admin password comes from the environment.", "",
             "admin = User.find_or_create_by!(email: ENV.fetch('SEED_ADMIN_EMAIL', 'admin@example.com')) do |u|",
             "  u.password = ENV.fetch('SEED_ADMIN_PASSWORD') { SecureRandom.base58(24) }", "  u.role = :admin", "end", "",
             "ApiClient.find_or_create_by!(name: 'internal-cron') do |c|", "  c.token = SecureRandom.hex(32)",
             "  c.owner = admin", "end", "", "Integration.find_or_create_by!(provider: 'stripe') do |i|",
             "  i.secret_key = Rails.application.credentials.dig(:stripe, :secret_key)",
             "  i.publishable_key = %s" % rq("pk_live_" + rs(r, ALNUM, 24)), "end"]
    return "db/seeds.rb", "rb", "\n".join(lines) + "\n", "app", "runtime_generated"


def n_pgcrypto_runtime(r):
    lines = ["CREATE EXTENSION IF NOT EXISTS pgcrypto;", "",
             "INSERT INTO api_tokens (id, owner_id, token, created_at)",
             "SELECT gen_random_uuid(), u.id, encode(gen_random_bytes(32), 'hex'), now()",
             "  FROM users u WHERE u.role = 'service';", "",
             "-- SMTP password is provided at deploy time: psql -v smtp_password=... -f this.sql",
             "INSERT INTO settings (key, value_enc)",
             "VALUES ('smtp.password', pgp_sym_encrypt(:'smtp_password', current_setting('app.settings_key')));"]
    return "db/migrations/%s_api_tokens.sql" % ts_compact(r), "sql", "\n".join(lines) + "\n", "postgres", "runtime_generated"


def n_pg_dump_encrypted(r):
    lines = ["--", "-- Data for Name: integration_secrets; Type: TABLE DATA; Schema: public; Owner: app", "--", "",
             "COPY public.integration_secrets (id, provider, name, secret_enc, key_version) FROM stdin;"]
    for i in range(r.randint(2, 5)):
        lines.append("%d\t%s\t%s\t%s\t%d" % (i + 1, r.choice(["stripe", "sendgrid", "slack", "twilio", "github"]),
                                              r.choice(["api_key", "webhook_secret", "bot_token", "auth_token"]),
                                              pgp_bytea(r).replace("\\", "\\\\"), r.randint(1, 4)))
    lines += ["\\.", ""]
    return "db/dumps/integration_secrets.sql", "sql", "\n".join(lines) + "\n", "postgres", "pgp_sym_encrypt_bytea"


def n_api_keys_prefix_hash(r):
    lines = ["-- API keys are stored as (display prefix, sha256(secret)); the secret is shown once at creation.",
             "CREATE TABLE api_keys (", "  id uuid PRIMARY KEY,", "  prefix varchar(16) NOT NULL UNIQUE,",
             "  key_hash char(64) NOT NULL,", "  last_four char(4) NOT NULL,", "  scopes text[] NOT NULL,",
             "  revoked_at timestamptz", ");", "", "INSERT INTO api_keys (id, prefix, key_hash, last_four, scopes) VALUES"]
    vals = []
    pre = r.choice(["ak_live_", "key_", "acme_", "pk_"])
    for i in range(r.randint(2, 5)):
        vals.append("  ('%s', '%s%s', '%s', '%s', '{%s}')" % (uuid4(r), pre, rs(r, LOWER_ALNUM, 6), sha256_hex(r), rs(r, LOWER_ALNUM, 4),
                                                               ",".join(r.sample(["read", "write", "admin", "billing"], 2))))
    lines.append(",\n".join(vals) + ";")
    return "db/seeds/api_keys.sql", "sql", "\n".join(lines) + "\n", "app", "prefix_and_hash"


def n_prisma_faker(r):
    lines = ["import { PrismaClient } from '@prisma/client'", "import { faker } from '@faker-js/faker'",
             "import { randomBytes } from 'node:crypto'", "", "const prisma = new PrismaClient()", "",
             "async function main() {", "  for (let i = 0; i < %d; i++) {" % r.choice([10, 25, 50]),
             "    await prisma.user.create({", "      data: {", "        email: faker.internet.email(),",
             "        name: faker.person.fullName(),", "        password: faker.internet.password({ length: 20 }),",
             "        apiToken: randomBytes(32).toString('hex'),", "      },", "    })", "  }", "}", "",
             "main().finally(() => prisma.$disconnect())"]
    return "prisma/seed.ts", "ts", "\n".join(lines) + "\n", "app", "faker"


def n_sequelize_env(r):
    lines = ["'use strict';", "const bcrypt = require('bcrypt');", "", "module.exports = {",
             "  async up(queryInterface) {", "    const password = process.env.SEED_ADMIN_PASSWORD;",
             "    if (!password) throw new Error('SEED_ADMIN_PASSWORD is required');",
             "    await queryInterface.bulkInsert('Users', [{", "      email: 'admin@example.com',",
             "      passwordHash: await bcrypt.hash(password, 12),", "      role: 'admin',",
             "      createdAt: new Date(),", "      updatedAt: new Date(),", "    }]);", "  },", "",
             "  async down(queryInterface) {", "    await queryInterface.bulkDelete('Users', { email: 'admin@example.com' });",
             "  },", "};"]
    return "seeders/%s-admin-user.js" % ts_compact(r), "js", "\n".join(lines) + "\n", "app", "env_reference"


def n_knex_uuid(r):
    lines = ["const { randomUUID } = require('crypto');", "", "exports.seed = async (knex) => {",
             "  await knex('tenants').del();", "  await knex('tenants').insert(["]
    for i in range(r.randint(2, 5)):
        lines.append("    { id: '%s', name: %s, plan: %s, region: %s }," % (uuid4(r), rq(company(r).title()), rq(r.choice(PLANS)), rq(r.choice(["eu", "us"]))))
    lines += ["    { id: randomUUID(), name: 'Scratch', plan: 'free', region: 'eu' },", "  ]);", "};"]
    return "seeds/01_tenants.js", "js", "\n".join(lines) + "\n", "app", "uuid"


def n_dbt_hashes(r):
    lines = [csv_line(["token_id", "user_id", "token_sha256", "created_at", "revoked"])]
    for i in range(r.randint(5, 14)):
        lines.append(csv_line([uuid4(r), str(r.randint(100, 9999)), sha256_hex(r), date(r), r.choice(["true", "false"])]))
    return "seeds/api_token_audit.csv", "csv", "\n".join(lines) + "\n", "app", "sha256_digest"


def n_liquibase_params(r):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
             '                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
             '                   xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">',
             '    <!-- values come from -Dsmtp.password=... / liquibase.properties outside the repo -->',
             '    <changeSet id="%d-smtp" author="%s">' % (r.randint(10, 90), person(r)[0].lower()),
             '        <insert tableName="mail_settings">',
             '            <column name="id" valueComputed="gen_random_uuid()"/>',
             '            <column name="host" value="smtp.%s.com"/>' % company(r),
             '            <column name="username" value="${smtp.username}"/>',
             '            <column name="password" value="${smtp.password}"/>',
             '        </insert>', '    </changeSet>', '</databaseChangeLog>']
    return "src/main/resources/db/changelog/changes/020-mail-settings.xml", "xml", "\n".join(lines) + "\n", "smtp", "env_reference"


def n_flyway_oauth_public(r):
    lines = ["-- V%d__oauth_clients.sql" % r.randint(2, 30), "CREATE TABLE oauth_clients (",
             "    client_id       VARCHAR(64) PRIMARY KEY,", "    client_secret_hash VARCHAR(100),",
             "    public_client   BOOLEAN NOT NULL DEFAULT false,", "    redirect_uris   TEXT NOT NULL", ");", "",
             "-- SPA and mobile apps are public clients (PKCE, no secret)",
             "INSERT INTO oauth_clients (client_id, client_secret_hash, public_client, redirect_uris) VALUES",
             "    ('%s-web', NULL, true, 'https://app.%s.com/callback')," % (app(r), company(r)),
             "    ('%s-ios', NULL, true, 'com.%s.app:/oauth2redirect')," % (app(r), company(r)),
             "    ('%s', '%s', false, 'https://partner.example.org/cb');" % (rs(r, LOWER_ALNUM, 24), bcrypt_hash(r))]
    return "src/main/resources/db/migration/V7__oauth_clients.sql", "sql", "\n".join(lines) + "\n", "app", "public_identifier"


def n_deploy_keys_public(r):
    lines = ["-- public keys only; private halves live on the runners", "CREATE TABLE IF NOT EXISTS deploy_keys (",
             "  id serial PRIMARY KEY,", "  title text NOT NULL,", "  public_key text NOT NULL,",
             "  read_only boolean NOT NULL DEFAULT true", ");", "",
             "INSERT INTO deploy_keys (title, public_key, read_only) VALUES"]
    vals = []
    for i in range(r.randint(1, 4)):
        if r.random() < 0.6:
            k = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43) + " %s@%s" % (r.choice(["ci", "deploy", "build"]), r.choice(WORDS))
        else:
            k = "age1" + rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
        vals.append("  (%s, %s, %s)" % (sq(r.choice(WORDS) + "-" + r.choice(["ci", "runner", "backup"])), sq(k), r.choice(["true", "false"])))
    lines.append(",\n".join(vals) + ";")
    return "db/seeds/deploy_keys.sql", "sql", "\n".join(lines) + "\n", "ssh", "public_key"


def n_i18n(r):
    msgs = [("auth.password.label", "Password", "Passwort", "Mot de passe"),
            ("auth.password.reset_sent", "We sent a password reset link to your email", "Wir haben dir einen Link geschickt", "Nous vous avons envoyé un lien"),
            ("settings.api_key.help", "Your API key is shown only once. Store it securely.", "Dein API-Schlüssel wird nur einmal angezeigt.", "Votre clé API n'est affichée qu'une fois."),
            ("settings.token.revoke", "Revoke token", "Token widerrufen", "Révoquer le jeton"),
            ("auth.secret.invalid", "The secret you entered is invalid", "Das Geheimnis ist ungültig", "Le secret saisi est invalide")]
    lines = ["INSERT INTO translations (locale, msg_key, msg_value) VALUES"]
    vals = []
    for k, en, de, fr in r.sample(msgs, r.randint(3, 5)):
        for loc, v in (("en", en), ("de", de), ("fr", fr)):
            vals.append("  (%s, %s, %s)" % (sq(loc), sq(k), sq(v)))
    lines.append(",\n".join(vals) + ";")
    return "db/seeds/translations.sql", "sql", "\n".join(lines) + "\n", "app", "i18n"


def n_rails_encrypted_fixture(r):
    lines = ["# Exported from staging with encrypted attributes left encrypted.", "# (ActiveRecord::Encryption; keys are in credentials, not here)", ""]
    for i in range(r.randint(2, 4)):
        lines += ["%s_%d:" % (r.choice(["stripe", "slack", "github", "sendgrid"]), i), "  account: %s" % company(r),
                  "  api_key: '%s'" % rails_encrypted(r), "  created_at: %s" % ts(r)]
    return "test/fixtures/integrations.yml", "yaml", "\n".join(lines) + "\n", "rails", "rails_encrypted_attribute"


def n_md_vault_runbook(r):
    db = app(r)
    lines = ["# Rotating the %s database password" % db, "",
             "1. Generate and store the new password:", "", "```bash",
             "vault kv put secret/db/%s/app password=\"$(openssl rand -base64 30)\"" % db, "```", "",
             "2. Apply it to the role (reads it back from Vault, never echoes it):", "", "```bash",
             "NEWPW=$(vault kv get -field=password secret/db/%s/app)" % db,
             "psql -v newpw=\"$NEWPW\" -c \"ALTER ROLE %s_app PASSWORD :'newpw'\"" % db, "```", "",
             "3. Restart the pods: `kubectl rollout restart deploy/%s`" % db]
    return "docs/runbooks/rotate-db-password.md", "md", "\n".join(lines) + "\n", "postgres", "secret_manager_reference"


def n_mssql_hashed_login(r):
    lines = ["/* sp_help_revlogin script", " ** Generated %s on %s" % (ts(r), r.choice(["SQL01", "SQLPROD2", "DBHOST-A"])), " */",
             "USE [master];", "GO", ""]
    for ro in r.sample(ROLE_NAMES, r.randint(1, 4)):
        h = "0x0200" + rs(r, UHEX, 8) + rs(r, UHEX, 128)
        lines += ["-- Login: %s" % ro,
                  "CREATE LOGIN [%s] WITH PASSWORD = %s HASHED, SID = 0x%s," % (ro, h, rs(r, UHEX, 32)),
                  "    DEFAULT_DATABASE = [master], CHECK_POLICY = %s, CHECK_EXPIRATION = OFF;" % r.choice(["ON", "OFF"]), "GO"]
    return "Database/Security/migrated_logins.sql", "sql", "\n".join(lines) + "\n", "mssql", "hashed_login"


def n_oracle_external(r):
    lines = ["-- OS-authenticated and directory users; no passwords stored in the database",
             "CREATE USER OPS$%s IDENTIFIED EXTERNALLY;" % r.choice(ROLE_NAMES).upper(),
             "CREATE USER %s IDENTIFIED GLOBALLY AS 'CN=%s,OU=apps,DC=%s,DC=com';" % (r.choice(ROLE_NAMES).upper(), r.choice(WORDS), company(r)),
             "GRANT CREATE SESSION TO OPS$%s;" % r.choice(ROLE_NAMES).upper(),
             "", "-- schema owner cannot log in; objects are deployed through proxy auth",
             "CREATE USER %s_OWNER NO AUTHENTICATION DEFAULT TABLESPACE USERS QUOTA UNLIMITED ON USERS;" % app(r).upper(),
             "ALTER USER %s_OWNER GRANT CONNECT THROUGH DEPLOYER;" % app(r).upper()]
    return "sql/oracle/external_users.sql", "sql", "\n".join(lines) + "\n", "oracle", "no_password"


def n_alembic_uuid(r):
    rev = rs(r, HEX, 12)
    lines = ['"""api tokens table', "", "Revision ID: %s" % rev, '"""', "from alembic import op", "import sqlalchemy as sa",
             "from sqlalchemy.dialects import postgresql", "", "revision = %s" % rq(rev), "down_revision = %s" % rq(rs(r, HEX, 12)), "", "",
             "def upgrade():", "    op.create_table(", "        'api_tokens',",
             "        sa.Column('id', postgresql.UUID(), server_default=sa.text('gen_random_uuid()'), primary_key=True),",
             "        sa.Column('token_hash', sa.String(64), nullable=False),",
             "        sa.Column('name', sa.String(100)),", "    )",
             "    op.execute(\"INSERT INTO api_tokens (id, token_hash, name) VALUES ('%s', '%s', 'ci')\")" % (uuid4(r), sha256_hex(r)), "", "",
             "def downgrade():", "    op.drop_table('api_tokens')"]
    return "alembic/versions/%s_api_tokens.py" % rev, "py", "\n".join(lines) + "\n", "app", "sha256_digest"


def n_webhook_deliveries(r):
    lines = ["--", "-- Data for Name: webhook_deliveries; Type: TABLE DATA; Schema: public; Owner: app", "--",
             "-- signature_header is the HMAC sent to the receiver, not the signing key", "",
             "COPY public.webhook_deliveries (id, event, signature_header, status, delivered_at) FROM stdin;"]
    for i in range(r.randint(3, 8)):
        lines.append("%s\t%s\tsha256=%s\t%d\t%s" % (uuid4(r), r.choice(["push", "pull_request", "invoice.paid", "charge.refunded"]),
                                                   sha256_hex(r), r.choice([200, 200, 202, 500]), ts(r)))
    lines.append("\\.")
    return "db/dumps/webhook_deliveries.sql", "sql", "\n".join(lines) + "\n", "app", "signature"


def n_sqlite_checksums(r):
    lines = ["PRAGMA foreign_keys=OFF;", "BEGIN TRANSACTION;",
             "CREATE TABLE assets (id INTEGER PRIMARY KEY, path TEXT, sha256 TEXT, etag TEXT, git_sha TEXT);"]
    for i in range(r.randint(2, 6)):
        lines.append("INSERT INTO assets VALUES(%d,'public/%s.%s','%s','\"%s\"','%s');" % (
            i + 1, r.choice(WORDS), r.choice(["js", "css", "png"]), sha256_hex(r), rs(r, HEX, 32), rs(r, HEX, 40)))
    lines.append("COMMIT;")
    return "data/assets.sql", "sql", "\n".join(lines) + "\n", "app", "digest"


def n_ecto_runtime(r):
    lines = ["alias MyApp.{Repo, Accounts}", "",
             "password = System.get_env(\"SEED_ADMIN_PASSWORD\") || raise \"SEED_ADMIN_PASSWORD missing\"", "",
             "{:ok, _admin} =", "  Accounts.register_user(%{email: \"admin@example.com\", password: password})", "",
             "Repo.insert!(%MyApp.ApiClient{", "  name: \"metrics\",",
             "  token: :crypto.strong_rand_bytes(32) |> Base.url_encode64(padding: false)", "})"]
    return "priv/repo/seeds.exs", "exs", "\n".join(lines) + "\n", "app", "runtime_generated"


def n_efcore_identity(r):
    stamp = ts_compact(r)
    h = "AQAAAAIAAYagAAAAE" + rs(r, B64, 67)
    lines = ["using Microsoft.AspNetCore.Identity;", "using Microsoft.EntityFrameworkCore;", "",
             "public static class IdentitySeed", "{", "    public static void Seed(ModelBuilder builder)", "    {",
             "        builder.Entity<IdentityUser>().HasData(new IdentityUser", "        {",
             '            Id = "%s",' % uuid4(r), '            UserName = "admin@example.com",',
             '            NormalizedUserName = "ADMIN@EXAMPLE.COM",',
             '            PasswordHash = "%s",' % h, '            SecurityStamp = "%s",' % uuid4(r).upper().replace("-", ""),
             '            ConcurrencyStamp = "%s"' % uuid4(r), "        });", "    }", "}"]
    return "src/Data/Seed/IdentitySeed.cs", "cs", "\n".join(lines) + "\n", "aspnet", "identity_password_hash"


def n_go_env(r):
    lines = ["package main", "", "import (", '\t"crypto/rand"', '\t"database/sql"', '\t"encoding/hex"', '\t"os"', ")", "",
             "func seedAPIClient(db *sql.DB) error {", "\tbuf := make([]byte, 32)", "\tif _, err := rand.Read(buf); err != nil {",
             "\t\treturn err", "\t}", '\t_, err := db.Exec(`INSERT INTO api_clients (name, token) VALUES ($1, $2)`,',
             '\t\t"metrics", hex.EncodeToString(buf))', "\treturn err", "}", "",
             "func dsn() string {", '\treturn os.Getenv("DATABASE_URL")', "}"]
    return "cmd/seed/main.go", "go", "\n".join(lines) + "\n", "app", "runtime_generated"


def n_initdb_env_sh(r):
    lines = ["#!/bin/bash", "set -e", ": \"${APP_DB_PASSWORD:?APP_DB_PASSWORD must be set}\"", "",
             'psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<-EOSQL',
             "\tCREATE USER app WITH PASSWORD '${APP_DB_PASSWORD}';", "\tCREATE DATABASE app OWNER app;", "EOSQL"]
    return "docker-entrypoint-initdb.d/10-create-app-user.sh", "sh", "\n".join(lines) + "\n", "postgres", "env_reference"


def n_changeme_compose_sql(r):
    db = app(r)
    pw = r.choice(["changeme", "CHANGEME", "change_me", "changeme-local"])
    lines = ["-- Local development only. docker-compose mounts this file; the staging and",
             "-- production roles are created by Terraform with generated passwords.", "",
             "CREATE ROLE %s_dev LOGIN PASSWORD '%s';  -- CHANGEME: local default, never deployed" % (db, pw),
             "CREATE DATABASE %s_dev OWNER %s_dev;" % (db, db), "",
             "\\connect %s_dev" % db,
             "CREATE EXTENSION IF NOT EXISTS pgcrypto;", "CREATE EXTENSION IF NOT EXISTS citext;"]
    return "docker/postgres/init-dev.sql", "sql", "\n".join(lines) + "\n", "postgres", "changeme_default"


def n_mysql_settings_nulls(r):
    lines = ["INSERT INTO `settings` (`key`, `value`) VALUES",
             "('mail.mailers.smtp.host', 'smtp.mailgun.org'),", "('mail.mailers.smtp.username', NULL),",
             "('mail.mailers.smtp.password', NULL),", "('services.stripe.secret', ''),",
             "('services.stripe.key', '%s');" % ("pk_live_" + rs(r, ALNUM, 24))]
    return "database/sql/settings_defaults.sql", "sql", "\n".join(lines) + "\n", "app", "empty_and_null"


NEG_DOMAIN = [n_pgdumpall_scram, n_pg_md5_roles, n_mysql_hashed_users, n_pg_roles_nologin, n_users_bcrypt,
              n_django_auth_fixture, n_laravel_factory, n_rails_seeds_runtime, n_pgcrypto_runtime, n_pg_dump_encrypted,
              n_api_keys_prefix_hash, n_prisma_faker, n_sequelize_env, n_knex_uuid, n_dbt_hashes, n_liquibase_params,
              n_flyway_oauth_public, n_deploy_keys_public, n_i18n, n_rails_encrypted_fixture, n_md_vault_runbook,
              n_mssql_hashed_login, n_oracle_external, n_alembic_uuid, n_webhook_deliveries, n_sqlite_checksums,
              n_ecto_runtime, n_efcore_identity, n_go_env, n_initdb_env_sh, n_changeme_compose_sql, n_mysql_settings_nulls]


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
def oauth_cred(r):
    for _ in range(200):
        c = any_cred(r)
        if c.kind in ("oauth_client_secret", "app_shared_secret", "signing_secret", "api_key_secret"):
            return c
    return g_google(r)


def webhook_cred(r):
    for _ in range(200):
        c = any_cred(r)
        if c.kind in ("webhook_secret", "signing_secret", "webhook_url", "bot_token"):
            return c
    return g_webhook_generic(r)


def pg_pw(r):
    return g_db_password(r, "postgres")


def my_pw(r):
    return g_db_password(r, "mysql")


def ms_pw(r):
    return g_db_password(r, "mssql")


def ora_pw(r):
    return g_db_password(r, "oracle")


def pg_or_my_pw(r):
    return g_db_password(r, r.choice(["postgres", "mysql"]))


# (template, credential generator, slotted?)  slotted templates honour
# name_override, so high-entropy look-alikes (digests, ciphertext, public ids)
# are only put where the column / key name says what they are.
POS_TEMPLATES = [
    (t_pg_settings_insert, any_cred, True),
    (t_mysql_integrations, any_cred, True),
    (t_pg_copy, any_cred, True),
    (t_mysqldump, any_cred, True),
    (t_sqlite_dump, any_cred, True),
    (t_flyway_webhooks, webhook_cred, True),
    (t_mssql_settings, any_cred, True),
    (t_oracle_config, any_cred, True),
    (t_pg_upsert_tokens, any_cred, True),
    (t_pg_jsonb_channel, any_cred, True),
    (t_sql_update_rotate, any_cred, True),
    (t_goose_oauth, oauth_cred, True),
    (t_pg_roles, pg_pw, False),
    (t_pg_alter_role, pg_pw, False),
    (t_mysql_users, my_pw, False),
    (t_mssql_login, ms_pw, False),
    (t_oracle_user, ora_pw, False),
    (t_initdb_pg_sh, pg_pw, False),
    (t_initdb_mysql_sh, my_pw, False),
    (t_pg_fdw, pg_pw, False),
    (t_md_db_runbook, pg_or_my_pw, False),
    (t_flyway_init_roles, pg_pw, False),
    (t_rails_seeds_integration, any_cred, True),
    (t_rails_seeds_admin, g_user_password, False),
    (t_rails_yaml_seed, any_cred, True),
    (t_django_json, any_cred, True),
    (t_django_yaml, any_cred, True),
    (t_django_superuser_migration, g_user_password, False),
    (t_laravel_seeder, any_cred, True),
    (t_laravel_admin_seeder, g_user_password, False),
    (t_laravel_migration_insert, any_cred, True),
    (t_prisma_seed, any_cred, True),
    (t_prisma_admin, g_user_password, False),
    (t_sequelize_seeder, any_cred, True),
    (t_knex_seed, webhook_cred, True),
    (t_typeorm_migration, any_cred, True),
    (t_doctrine_fixture, oauth_cred, True),
    (t_liquibase_xml, any_cred, True),
    (t_liquibase_yaml, any_cred, True),
    (t_liquibase_formatted_sql, any_cred, True),
    (t_flyway_java, oauth_cred, True),
    (t_alembic, any_cred, True),
    (t_ecto_seeds, any_cred, True),
    (t_efcore, any_cred, True),
    (t_dbt_csv, any_cred, True),
    (t_fixture_csv, any_cred, True),
    (t_md_seed_doc, any_cred, True),
    (t_go_seed, any_cred, True),
    (t_psql_set_script, any_cred, False),
]

LOW_ENTROPY_NEG = ("placeholder", "env", "manager", "masked", "empty")


def plan(r, items, n):
    out = []
    while len(out) < n:
        block = list(items)
        r.shuffle(block)
        out.extend(block)
    return out[:n]


def needle_line(text, needle):
    idx = text.find(needle)
    if idx < 0:
        return None
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    d = os.path.dirname(full)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_cf.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    needles = []

    n_pos = 500
    pos_plan = plan(r, POS_TEMPLATES, n_pos)
    obvious = [True] * (n_pos // 2) + [False] * (n_pos - n_pos // 2)
    r.shuffle(obvious)
    for i, (tpl, gen, _slotted) in enumerate(pos_plan):
        for attempt in range(20):
            c = gen(r)
            rel, ft, text = tpl(r, c, obvious[i])
            ln = needle_line(text, c.secret)
            if ln is not None and c.secret not in needles:
                break
        else:
            raise RuntimeError("needle not placed by %s" % tpl.__name__)
        fn = "pos/p%04d/%s" % (i, rel)
        write(outdir, fn, text)
        needles.append(c.secret)
        manifest.append({"file": fn, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": ft})
        secrets.append({"file": fn, "needle": c.secret, "line": ln})

    n_neg = 500
    n_reuse = n_neg // 2
    reuse_plan = plan(r, POS_TEMPLATES, n_reuse)
    dom_plan = plan(r, NEG_DOMAIN, n_neg - n_reuse)
    kinds = ["reuse"] * n_reuse + ["domain"] * (n_neg - n_reuse)
    r.shuffle(kinds)
    ri = di = 0
    for i, k in enumerate(kinds):
        if k == "reuse":
            tpl, gen, slotted = reuse_plan[ri]
            ri += 1
            base = gen(r)
            allowed = None if slotted else LOW_ENTROPY_NEG
            if base.kind in ("db_password", "user_password"):
                allowed = LOW_ENTROPY_NEG
            nc = neg_value(r, base, allowed) if allowed else neg_value(r, base)
            rel, ft, text = tpl(r, nc, r.random() < 0.5)
            provider, kind = nc.provider, nc.neg_kind
        else:
            fn_ = dom_plan[di]
            di += 1
            rel, ft, text, provider, kind = fn_(r)
        fn = "neg/n%04d/%s" % (i, rel)
        write(outdir, fn, text)
        manifest.append({"file": fn, "label": "neg", "provider": provider, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
