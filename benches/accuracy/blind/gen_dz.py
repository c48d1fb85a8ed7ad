#!/usr/bin/env python3
"""gen_dz.py - blind evaluation-set generator for keyhook (set "dz").

EMPHASIS
    Self-hosted open-source business applications: Odoo (odoo.conf admin_passwd /
    db_password / smtp_password, XML-RPC and JSON-2 API keys), ERPNext/Frappe
    (api_key:api_secret token auth, site_config.json db_password, encryption_key),
    Dolibarr (conf.php, DOLAPIKEY, llx_const SMTP password), Akaunting, Invoice Ninja,
    Firefly III (personal access tokens, STATIC_CRON_TOKEN in cron URLs), Snipe-IT
    (APP_KEY, API tokens), GLPI (App-Token, user_token, config_db.php), iTop, OTRS/Znuny
    (Kernel/Config.pm), Redmine (API keys, secret_key_base, database.yml,
    configuration.yml), OpenProject, Nextcloud (Deck API with app passwords, S3 object
    store config), Mautic, SuiteCRM, EspoCRM (API key and HMAC), Kimai, Paperless-ngx,
    BookStack, Wiki.js, Outline, Vikunja, Plane, Twenty CRM; plus the generic database,
    SMTP, S3/MinIO, SendGrid, Mailgun, Postmark and Stripe credentials those projects
    carry.  File types: odoo.conf, site_config.json, conf.php / config.php / PHP arrays,
    Laravel and other .env files, Redmine YAML and Ruby, docker compose, Helm values,
    k8s Secrets, Ansible vars, Python XML-RPC / requests scripts, curl shell scripts,
    PowerShell, JS/TS clients, Perl config, Spring properties, my.cnf, crontab, systemd
    units, Dockerfiles, SQL seeds, Markdown runbooks, Postman / n8n JSON exports.
    Positives: 65 slot templates; negatives: the same 65 templates with a decoy in the
    secret slot (about half) plus 36 domain look-alike templates (the other half).

USAGE
    python3 gen_dz.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, exactly one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl
    ({"file","needle","line"}).  Standard library only; every random choice comes from
    random.Random(SEED), so the same SEED gives byte-identical output.

NEEDLE CONVENTIONS
    - needle is the secret exactly as written in the file; line is the 1-based line of
      its first occurrence.  Some secrets occur twice (Odoo compose repeats the DB
      password for the db and web services; Postmark server tokens are both SMTP user
      and password) - still one credential.
    - Laravel APP_KEY needles include the "base64:" prefix.  Prefixed tokens include
      their prefix (ol_api_, plane_api_, tk_, SG., sk_live_, key-).  JWTs (Passport
      PATs for Firefly III / Snipe-IT, Wiki.js and Twenty API keys) are the whole token.
    - id/secret pairs (Frappe "token api_key:api_secret", BookStack "Token id:secret",
      EspoCRM HMAC api key + secret key, AWS access key id + secret): the needle is the
      secret half only; the public half may sit next to it.
    - Basic auth "user:password", DSN URLs (postgres://user:PASS@host) and MAILER_DSN:
      the needle is the password only.  Nextcloud app passwords include their hyphens.
    - manifest "kind" is the credential kind for positives (api_key, db_password,
      static_cron_token, ...) and the look-alike kind for negatives (placeholder,
      env_ref, secret_manager_ref, masked, empty, doc_example, password_hash,
      bcrypt_hash, ciphertext, digests, record_ids, ...).

NEGATIVES
    Re-used templates with the slot filled by: placeholders (<your-api-key>,
    YOUR_X_HERE, CHANGE_ME, xxxxxxxx, dummy-...-for-ci), environment references
    (${X}, $X, %env(X)%, $(X) as Wiki.js uses, {{ .Env.X }}), secret-manager references
    (Ansible vault vars / hashi_vault lookups, op:// 1Password refs, AWS Secrets
    Manager ARNs, sops refs), masked values (********, prefix + bullets, [REDACTED],
    ***REMOVED***), empty values, documented examples (Laravel "SomeRandomString",
    Outline "generate_a_new_key", AWS docs example keys, Frappe "<api_secret>") and,
    for Odoo admin_passwd, the pbkdf2-sha512 hash Odoo writes back.  Domain look-alikes:
    Odoo manifests / data XML / res_users export with pbkdf2 hashes / hashed odoo.conf,
    Frappe common_site_config.json and fixtures, ERPNext invoice CSVs, Dolibarr module
    descriptors, Snipe-IT asset CSVs (asset tags, serials, UUIDs), GLPI inventory JSON,
    Redmine user fixtures (hashed_password + salt), Laravel seeders and SQL dumps with
    bcrypt hashes, .po translations of "API Key"/"Password", changelogs with commit
    SHAs, package-lock / composer.lock digests, compose files pinned by sha256 digest
    with env refs and docker secrets, Ansible-vault and SealedSecret ciphertext, Helm
    existingSecret / secretKeyRef, publishable keys (Stripe pk_live_, reCAPTCHA site
    key, VAPID public key, Pusher app key), SSH public keys, the AWS and jwt.io
    documentation examples, env/keyring lookups, `pass show` lookups, Nextcloud Deck
    exports (etags), Kimai / Invoice Ninja / Twenty exports (record ids, hashids,
    UUIDs), Paperless checksums, webhook signatures, Outline .env.sample, ERB env
    lookups in database.yml, and SQL that blanks GLPI tokens.

DOUBTS
    Formats written from memory (not confirmed by a documentation search):
    - Odoo API key: 40 lowercase hex (20 random bytes).  Odoo 19 JSON-2 endpoint
      "Authorization: bearer <key>" and X-Odoo-Database come from the docs.
    - Frappe api_key / api_secret: 15 hex chars each (generate_hash(length=15)); older
      Frappe versions may differ.  encryption_key: Fernet key (44 chars urlsafe b64).
    - Dolibarr user API key: 32 alphanumerics (length/alphabet unsure).
    - Invoice Ninja v5 API token: 64 alphanumerics (unsure).
    - Firefly III and Snipe-IT personal access tokens: Laravel Passport RS256 JWTs,
      4096-bit key (512-byte signature); claim set from memory.  STATIC_CRON_TOKEN:
      32 characters (a search result mentioned the 32-char requirement).
    - GLPI app_token / user_token: 40 alphanumerics.
    - Redmine API key 40 hex; secret_key_base 128 hex (rake secret).
    - OpenProject API key: 64 hex (unsure).
    - Nextcloud app password: 5 groups of 5 alphanumerics joined by "-" (the UI
      format); login-flow app passwords are longer (72 chars) and are not generated.
    - Mautic secret_key 64 hex; EspoCRM API key and HMAC secret 32 hex; Kimai 2 API
      token 48 alphanumerics (length/alphabet unknown); Kimai APP_SECRET 32 hex.
    - BookStack token id and secret: 32 alphanumerics each.
    - Wiki.js API key: RS256 JWT with api/grp claims and aud/iss "urn:wiki.js".
    - Outline API key: "ol_api_" + 38 alphanumerics (prefix from memory, the docs page
      found only says Bearer).  SECRET_KEY/UTILS_SECRET: 64 hex (openssl rand -hex 32).
    - Vikunja API token: "tk_" + 40 hex (unsure).  Plane: "plane_api_" prefix is in
      the docs, the 32-hex body is a guess.  Twenty API key: HS256 JWT with
      type API_KEY / workspaceId claims; Twenty APP_SECRET random base64.
    - Mailgun legacy "key-" + 32 lowercase alphanumerics; Postmark server token is a
      UUID; SendGrid SG.<22>.<43>; Stripe sk_live_ + 24 or 99 alphanumerics; AWS
      secret 40 base64-alphabet chars with AKIA + 16 base32 id.
    - Laravel docs/example placeholders ("SomeRandomString",
      "SomeRandomStringOf32CharsExactly") and Outline "generate_a_new_key" are from
      memory of the projects' .env examples.
    Labels a reviewer might dispute:
    - Hashes labelled negative: Odoo admin_passwd as $pbkdf2-sha512$ (inside odoo.conf),
      bcrypt hashes in seeders / SQL dumps, Redmine fixture hashed_password + salt.
      Some teams would still block committed password hashes (offline cracking).
    - AWS documentation example keys and the jwt.io sample token labelled negative.
    - Publishable keys (Stripe pk_live_, reCAPTCHA site key, VAPID public key, Pusher
      app key) labelled negative; a Stripe pk_live_ also appears as a harmless
      neighbour in some positive Laravel .env files.
    - Re-used negative templates keep the public half of a pair (Frappe api_key,
      BookStack token id, EspoCRM HMAC api key) next to a decoy secret; AWS ids are
      replaced by the EXAMPLE id or ${AWS_ACCESS_KEY_ID}.
    - Placeholders such as CHANGE_ME or "dummy-token-for-ci" are negatives; the
      documented "postgres://user:pass@localhost" in Outline's .env.sample too.
    - Positives include weak-looking but real human passwords and passphrases.
    - Some env-ref decoys sit inside code string literals (e.g. "${env:X}" in Python),
      as in files rendered by envsubst/CI before use - unusual but not secret.

SEARCHES
    docs corpus: "Outline API key ol_api_ prefix authentication" (Outline docs: Bearer
    header, no prefix shown); "GLPI REST API App-Token user_token initSession"
    (apirest.md, PowerShell GLPI tools: Authorization: user_token, App-Token header);
    "BookStack API token id secret" (token id + secret); "Firefly III
    STATIC_CRON_TOKEN 32 characters"; "Vikunja API token tk_ prefix" (Bearer header
    only); "Plane API token X-API-Key plane_api_" (docs show X-API-Key: plane_api_<token>);
    "Frappe REST API token authentication" (Authorization: token api_key:api_secret,
    Basic variant); "Odoo external API API key XML-RPC" (API key replaces password,
    JSON-2 bearer); "Invoice Ninja API X-API-TOKEN"; "Kimai API token" (Bearer; older
    X-AUTH-USER/X-AUTH-TOKEN); "EspoCRM X-Api-Key HMAC" (setApiKey/setSecretKey);
    "Redmine X-Redmine-API-Key".
    Scanner-related material shown and ignored: a GitGuardian detector page "Odoo
    External API Key" (docs.gitguardian.com, no pattern used) in the Odoo results, and
    a GitGuardian bot comment inside a truecharts issue in the Firefly results.  No
    scanner rules or regexes were read or used.
"""

import base64
import json
import os
import sys
import random
import string

# ---------------------------------------------------------------------------
# low-level random helpers (all randomness flows from one random.Random)
# ---------------------------------------------------------------------------

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64STD = string.ascii_letters + string.digits + "+/"
BCRYPT_ALPHA = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def hexs(r, n):
    return "".join(r.choice(HEX) for _ in range(n))


def alnum(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def b64url_nopad(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def uuid4(r):
    h = list(hexs(r, 32))
    h[12] = "4"
    h[16] = r.choice("89ab")
    h = "".join(h)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


# ---------------------------------------------------------------------------
# credential generators (formats: see header, DOUBTS lists the uncertain ones)
# ---------------------------------------------------------------------------

WORDS = ["maple", "harbor", "falcon", "copper", "meadow", "lantern", "orbit",
         "granite", "willow", "ember", "cobalt", "thistle", "saffron", "glacier",
         "tundra", "velvet", "marble", "juniper", "quartz", "harvest", "pepper",
         "riverbank", "summit", "cactus", "lobster", "nimbus", "pelican", "walnut",
         "canyon", "zephyr", "basil", "orchid", "trumpet", "violet", "badger"]
PW_SYMS = "!@*-_.+?=^~"


def human_password(r):
    style = r.randrange(6)
    if style == 0:
        return "%s%s%s%d" % (pick(r, WORDS).capitalize(), pick(r, PW_SYMS),
                             pick(r, WORDS).capitalize(), r.randrange(10, 2026))
    if style == 1:
        return "-".join(pick(r, WORDS) for _ in range(4))
    if style == 2:
        return alnum(r, r.randrange(14, 24), ALNUM + PW_SYMS)
    if style == 3:
        w = pick(r, WORDS)
        leet = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return "%s%s%s%d" % (leet.capitalize(), pick(r, PW_SYMS), pick(r, PW_SYMS), r.randrange(100, 9999))
    if style == 4:
        return "%s%d%s%s" % (pick(r, WORDS).capitalize(), r.randrange(1970, 2025),
                             pick(r, PW_SYMS), alnum(r, 4))
    return alnum(r, r.randrange(20, 33))


def laravel_key(r):
    return "base64:" + b64(r, 32)


def fernet_key(r):
    return base64.urlsafe_b64encode(rbytes(r, 32)).decode()


DJANGO_ALPHA = "abcdefghijklmnopqrstuvwxyz0123456789!@^&*(-_=+)"


def django_secret(r):
    return alnum(r, 50, DJANGO_ALPHA)


def jwt(r, header, payload, sig_len):
    h = b64url_nopad(json.dumps(header, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, p, b64url_nopad(rbytes(r, sig_len)))


def ts(r):
    return r.randrange(1672531200, 1735689600)  # 2023..2024


def passport_pat(r):
    iat = ts(r)
    payload = {"aud": str(r.randrange(1, 6)), "jti": hexs(r, 80), "iat": iat + 0.512345,
               "nbf": iat + 0.512347, "exp": iat + 31536000 + 0.5, "sub": str(r.randrange(1, 40)),
               "scopes": []}
    return jwt(r, {"typ": "JWT", "alg": "RS256"}, payload, 512)


def wikijs_key(r):
    iat = ts(r)
    payload = {"api": r.randrange(1, 9), "grp": 1, "iat": iat, "exp": iat + 63072000,
               "aud": "urn:wiki.js", "iss": "urn:wiki.js"}
    return jwt(r, {"alg": "RS256", "typ": "JWT"}, payload, 256)


def twenty_key(r):
    iat = ts(r)
    ws = uuid4(r)
    payload = {"sub": ws, "type": "API_KEY", "workspaceId": ws, "iat": iat,
               "exp": iat + 3153600000, "jti": uuid4(r)}
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, payload, 32)


def nextcloud_app_pw(r):
    return "-".join(alnum(r, 5) for _ in range(5))


def aws_secret(r):
    return alnum(r, 40, B64STD)


def sendgrid_key(r):
    return "SG." + alnum(r, 22, ALNUM + "-_") + "." + alnum(r, 43, ALNUM + "-_")


def mailgun_key(r):
    return "key-" + alnum(r, 32, LOWER_ALNUM)


def stripe_secret(r):
    return "sk_live_" + alnum(r, pick(r, [24, 99]))


GEN = {
    "hex40": lambda r: hexs(r, 40),
    "hex32": lambda r: hexs(r, 32),
    "hex64": lambda r: hexs(r, 64),
    "hex128": lambda r: hexs(r, 128),
    "hex15": lambda r: hexs(r, 15),
    "alnum32": lambda r: alnum(r, 32),
    "alnum40": lambda r: alnum(r, 40),
    "alnum64": lambda r: alnum(r, 64),
    "alnum48": lambda r: alnum(r, 48),
    "cron32": lambda r: alnum(r, 32),
    "pw": human_password,
    "dbpw": lambda r: pick(r, [human_password, lambda q: alnum(q, 16), lambda q: alnum(q, 24),
                              lambda q: b64(q, 18)])(r),
    "laravel": laravel_key,
    "fernet": fernet_key,
    "django": django_secret,
    "passport": passport_pat,
    "wikijs": wikijs_key,
    "twenty": twenty_key,
    "ncapp": nextcloud_app_pw,
    "outline": lambda r: "ol_api_" + alnum(r, 38),
    "plane": lambda r: "plane_api_" + hexs(r, 32),
    "vikunja": lambda r: "tk_" + hexs(r, 40),
    "awssecret": aws_secret,
    "minio": lambda r: alnum(r, 40),
    "sendgrid": sendgrid_key,
    "mailgun": mailgun_key,
    "postmark": uuid4,
    "stripe": stripe_secret,
    "symfony": lambda r: hexs(r, 32),
    "b64_48": lambda r: b64(r, 48),
}

# id generators for the public half of a pair
IDGEN = {
    "frappe": lambda r: hexs(r, 15),
    "bookstack": lambda r: alnum(r, 32),
    "aws": lambda r: "AKIA" + alnum(r, 16, string.ascii_uppercase + "234567"),
    "espo": lambda r: hexs(r, 32),
}

# key -> provider, kind, generator, obvious name words, env var name, id generator
CREDS = {
    "odoo_admin_passwd": ("odoo", "master_password", "pw", ["admin", "passwd"], "ODOO_ADMIN_PASSWD", None),
    "odoo_api_key": ("odoo", "api_key", "hex40", ["odoo", "api", "key"], "ODOO_API_KEY", None),
    "odoo_user_password": ("odoo", "password", "pw", ["odoo", "password"], "ODOO_PASSWORD", None),
    "odoo_db_password": ("odoo", "db_password", "dbpw", ["db", "password"], "ODOO_DB_PASSWORD", None),
    "frappe_api_secret": ("frappe", "api_secret", "hex15", ["api", "secret"], "FRAPPE_API_SECRET", "frappe"),
    "frappe_encryption_key": ("frappe", "encryption_key", "fernet", ["encryption", "key"], "FRAPPE_ENCRYPTION_KEY", None),
    "frappe_db_password": ("frappe", "db_password", "dbpw", ["db", "password"], "DB_PASSWORD", None),
    "dolibarr_db_pass": ("dolibarr", "db_password", "dbpw", ["db", "pass"], "DOLI_DB_PASSWORD", None),
    "dolibarr_api_key": ("dolibarr", "api_key", "alnum32", ["dolapikey"], "DOLIBARR_API_KEY", None),
    "dolibarr_smtp_pw": ("dolibarr", "smtp_password", "pw", ["smtp", "pw"], "DOLI_SMTP_PW", None),
    "akaunting_app_key": ("akaunting", "app_key", "laravel", ["app", "key"], "APP_KEY", None),
    "akaunting_password": ("akaunting", "password", "pw", ["akaunting", "password"], "AKAUNTING_PASSWORD", None),
    "invoiceninja_token": ("invoiceninja", "api_token", "alnum64", ["ninja", "api", "token"], "NINJA_API_TOKEN", None),
    "invoiceninja_app_key": ("invoiceninja", "app_key", "laravel", ["app", "key"], "APP_KEY", None),
    "firefly_pat": ("fireflyiii", "personal_access_token", "passport", ["firefly", "access", "token"], "FIREFLY_III_ACCESS_TOKEN", None),
    "firefly_cron": ("fireflyiii", "static_cron_token", "cron32", ["static", "cron", "token"], "STATIC_CRON_TOKEN", None),
    "firefly_app_key": ("fireflyiii", "app_key", "laravel", ["app", "key"], "APP_KEY", None),
    "snipeit_app_key": ("snipeit", "app_key", "laravel", ["app", "key"], "APP_KEY", None),
    "snipeit_api_token": ("snipeit", "api_token", "passport", ["snipeit", "api", "token"], "SNIPEIT_API_TOKEN", None),
    "glpi_user_token": ("glpi", "user_token", "alnum40", ["user", "token"], "GLPI_USER_TOKEN", None),
    "glpi_app_token": ("glpi", "app_token", "alnum40", ["app", "token"], "GLPI_APP_TOKEN", None),
    "glpi_db_password": ("glpi", "db_password", "dbpw", ["dbpassword"], "GLPI_DB_PASSWORD", None),
    "itop_db_pwd": ("itop", "db_password", "dbpw", ["db", "pwd"], "ITOP_DB_PWD", None),
    "itop_rest_pwd": ("itop", "password", "pw", ["auth", "pwd"], "ITOP_PASSWORD", None),
    "znuny_db_pw": ("znuny", "db_password", "dbpw", ["database", "pw"], "ZNUNY_DB_PW", None),
    "redmine_api_key": ("redmine", "api_key", "hex40", ["redmine", "api", "key"], "REDMINE_API_KEY", None),
    "redmine_secret_key_base": ("redmine", "secret_key_base", "hex128", ["secret", "key", "base"], "SECRET_KEY_BASE", None),
    "redmine_db_password": ("redmine", "db_password", "dbpw", ["password"], "REDMINE_DB_PASSWORD", None),
    "openproject_api_key": ("openproject", "api_key", "hex64", ["openproject", "api", "key"], "OPENPROJECT_API_KEY", None),
    "openproject_secret": ("openproject", "secret_key_base", "hex128", ["secret", "key", "base"], "OPENPROJECT_SECRET_KEY_BASE", None),
    "nextcloud_app_password": ("nextcloud", "app_password", "ncapp", ["nextcloud", "app", "password"], "NEXTCLOUD_APP_PASSWORD", None),
    "mautic_secret_key": ("mautic", "secret_key", "hex64", ["secret", "key"], "MAUTIC_SECRET_KEY", None),
    "mautic_api_password": ("mautic", "password", "pw", ["mautic", "password"], "MAUTIC_API_PASSWORD", None),
    "suitecrm_db_password": ("suitecrm", "db_password", "dbpw", ["db", "password"], "SUITECRM_DB_PASSWORD", None),
    "espocrm_api_key": ("espocrm", "api_key", "hex32", ["espo", "api", "key"], "ESPOCRM_API_KEY", None),
    "espocrm_hmac_secret": ("espocrm", "hmac_secret", "hex32", ["secret", "key"], "ESPOCRM_SECRET_KEY", "espo"),
    "espocrm_db_password": ("espocrm", "db_password", "dbpw", ["password"], "ESPOCRM_DATABASE_PASSWORD", None),
    "kimai_api_token": ("kimai", "api_token", "alnum48", ["kimai", "api", "token"], "KIMAI_API_TOKEN", None),
    "kimai_app_secret": ("kimai", "app_secret", "symfony", ["app", "secret"], "APP_SECRET", None),
    "paperless_token": ("paperless", "api_token", "hex40", ["paperless", "token"], "PAPERLESS_TOKEN", None),
    "paperless_secret_key": ("paperless", "secret_key", "django", ["secret", "key"], "PAPERLESS_SECRET_KEY", None),
    "bookstack_token_secret": ("bookstack", "token_secret", "alnum32", ["token", "secret"], "BOOKSTACK_TOKEN_SECRET", "bookstack"),
    "bookstack_app_key": ("bookstack", "app_key", "laravel", ["app", "key"], "APP_KEY", None),
    "wikijs_api_key": ("wikijs", "api_key", "wikijs", ["wiki", "api", "key"], "WIKIJS_API_KEY", None),
    "wikijs_db_pass": ("wikijs", "db_password", "dbpw", ["pass"], "DB_PASS", None),
    "outline_api_key": ("outline", "api_key", "outline", ["outline", "api", "key"], "OUTLINE_API_KEY", None),
    "outline_secret_key": ("outline", "secret_key", "hex64", ["secret", "key"], "SECRET_KEY", None),
    "outline_utils_secret": ("outline", "utils_secret", "hex64", ["utils", "secret"], "UTILS_SECRET", None),
    "vikunja_token": ("vikunja", "api_token", "vikunja", ["vikunja", "token"], "VIKUNJA_API_TOKEN", None),
    "vikunja_jwt_secret": ("vikunja", "jwt_secret", "alnum64", ["jwtsecret"], "VIKUNJA_SERVICE_JWTSECRET", None),
    "plane_api_key": ("plane", "api_key", "plane", ["plane", "api", "key"], "PLANE_API_KEY", None),
    "plane_secret_key": ("plane", "secret_key", "django", ["secret", "key"], "SECRET_KEY", None),
    "twenty_api_key": ("twenty", "api_key", "twenty", ["twenty", "api", "key"], "TWENTY_API_KEY", None),
    "twenty_app_secret": ("twenty", "app_secret", "b64_48", ["app", "secret"], "APP_SECRET", None),
    "postgres_password": ("postgresql", "db_password", "dbpw", ["postgres", "password"], "POSTGRES_PASSWORD", None),
    "mysql_password": ("mysql", "db_password", "dbpw", ["mysql", "password"], "MYSQL_PASSWORD", None),
    "smtp_password": ("smtp", "smtp_password", "pw", ["smtp", "password"], "SMTP_PASSWORD", None),
    "aws_secret": ("aws", "secret_access_key", "awssecret", ["aws", "secret", "access", "key"], "AWS_SECRET_ACCESS_KEY", "aws"),
    "minio_secret": ("minio", "secret_key", "minio", ["s3", "secret", "key"], "S3_SECRET_KEY", None),
    "sendgrid_key": ("sendgrid", "api_key", "sendgrid", ["sendgrid", "api", "key"], "SENDGRID_API_KEY", None),
    "mailgun_key": ("mailgun", "api_key", "mailgun", ["mailgun", "secret"], "MAILGUN_SECRET", None),
    "postmark_token": ("postmark", "server_token", "postmark", ["mail", "password"], "MAIL_PASSWORD", None),
    "stripe_secret": ("stripe", "secret_key", "stripe", ["stripe", "secret"], "STRIPE_SECRET", None),
}

PASSWORDISH = {k for k, v in CREDS.items() if v[2] in ("pw", "dbpw")}


class Cred(object):
    """One credential slot.  For negatives `value` holds a decoy."""

    def __init__(self, key, value, pid=None, decoy=None):
        self.key = key
        self.provider, self.kind, _g, self.words, self.env, _i = CREDS[key]
        self.value = value
        self.id = pid
        self.decoy = decoy


def make_cred(r, key):
    prov, kind, g, words, env, idg = CREDS[key]
    return Cred(key, GEN[g](r), IDGEN[idg](r) if idg else None)


# ---------------------------------------------------------------------------
# naming helpers
# ---------------------------------------------------------------------------

NEUTRAL = [["conn", "arg"], ["value"], ["ref", "b"], ["cfg", "x"], ["opt", "3"], ["blob"],
           ["h", "val"], ["remote", "ident"], ["param2"], ["magic"], ["sig", "in"], ["init", "data"],
           ["p2"], ["k"], ["default", "str"], ["entry"], ["upstream", "ref"], ["bootstrap", "val"],
           ["seed", "val"], ["integration", "ref"]]


def style(words, how):
    if how == "snake":
        return "_".join(words)
    if how == "screaming":
        return "_".join(words).upper()
    if how == "kebab":
        return "-".join(words)
    if how == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if how == "pascal":
        return "".join(w.capitalize() for w in words)
    return "".join(words)


def vname(r, c, obvious, hows=("snake",)):
    words = c.words if obvious else pick(r, NEUTRAL)
    return style(words, pick(r, hows))


# ---------------------------------------------------------------------------
# harmless filler
# ---------------------------------------------------------------------------

COMPANIES = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay",
             "stark", "wayne", "tyrell", "cyberdyne", "soylent", "wonka", "kestrel", "bluth"]
TLDS = ["example.com", "example.org", "example.net", "corp.example", "internal.example"]
USERS = ["admin", "integration", "api-bot", "svc_sync", "jdoe", "m.keller", "ops", "erp_api",
         "reporting", "helpdesk", "deploy", "finance-bot"]
TZ = ["Europe/Berlin", "Europe/Paris", "UTC", "America/New_York", "Europe/Madrid", "Asia/Kolkata",
      "Europe/Amsterdam", "America/Sao_Paulo"]
LOCALES = ["en_US", "de_DE", "fr_FR", "es_ES", "nl_NL", "pt_BR", "it_IT"]


def company(r):
    return pick(r, COMPANIES)


def host(r, app):
    return "%s.%s.%s" % (app, company(r), pick(r, TLDS))


def email(r):
    return "%s@%s.%s" % (pick(r, ["it", "ops", "accounts", "billing", "noreply", "support"]),
                         company(r), pick(r, TLDS))


def dbname(r, app):
    return pick(r, [app, app + "_prod", app + "db", "%s_%s" % (company(r), app), app + "_live"])


def ip(r):
    return "10.%d.%d.%d" % (r.randrange(0, 255), r.randrange(0, 255), r.randrange(2, 250))


def version(r):
    return "%d.%d.%d" % (r.randrange(1, 18), r.randrange(0, 12), r.randrange(0, 30))


def date(r):
    return "%04d-%02d-%02d" % (r.randrange(2021, 2026), r.randrange(1, 13), r.randrange(1, 29))


def ticket(r):
    return pick(r, ["#%d" % r.randrange(100, 99999), "OPS-%d" % r.randrange(10, 9999),
                    "INC%07d" % r.randrange(0, 9999999), "ERP-%d" % r.randrange(10, 999)])


def cmt(r, prefix):
    text = pick(r, [
        "managed by ops, see wiki page 'ERP hosting'",
        "keep in sync with the staging stack",
        "do not change without a maintenance window",
        "values below were tuned after the %s incident" % ticket(r),
        "last reviewed %s" % date(r),
        "TODO: move to the new cluster next quarter",
        "see %s" % ticket(r),
        "generated by the installer, edited by hand afterwards",
        "owner: %s team" % pick(r, ["platform", "finance-it", "helpdesk", "infra"]),
        "timezone must match the reverse proxy",
    ])
    return "%s %s" % (prefix, text)


# ---------------------------------------------------------------------------
# slot templates: used by positives (real secret) and by half the negatives
# (same file, slot filled with a decoy).  Each returns (relpath, filetype, text)
# and must place c.value in the text (at least once).
# ---------------------------------------------------------------------------

TEMPLATES = []


def tpl(name, keys, noempty=False):
    def deco(fn):
        TEMPLATES.append({"name": name, "keys": keys, "fn": fn, "noempty": noempty})
        return fn
    return deco


def q(v, quote='"'):
    return quote + v + quote


def yq(r, v):
    """YAML scalar: bare when safe, else quoted (single or double)."""
    if v and all(ch in ALNUM + "-_." for ch in v) and v[0] in ALNUM and chance(r, 0.5):
        return v
    return q(v, pick(r, ['"', "'"]))


@tpl("odoo_conf", ["odoo_admin_passwd", "odoo_db_password", "smtp_password"])
def t_odoo_conf(r, c, ob):
    path = pick(r, ["odoo.conf", "etc/odoo/odoo.conf", "config/odoo.conf", "deploy/odoo/odoo.conf",
                    "debian/odoo.conf", "docker/odoo/etc/odoo.conf"])
    L = ["[options]"]
    if chance(r, 0.5):
        L.append(cmt(r, ";"))
    addons = ",".join(["/usr/lib/python3/dist-packages/odoo/addons", "/mnt/extra-addons",
                       "/opt/odoo/custom/%s" % company(r)][: r.randrange(1, 4)])
    L.append("addons_path = %s" % addons)
    val = c.value if c.key == "odoo_admin_passwd" else pick(r, ["False", ""])
    if c.key == "odoo_admin_passwd":
        if not ob:
            L.append("; master password for the database manager")
        L.append("admin_passwd = %s" % val)
    L += ["db_host = %s" % pick(r, ["db", "localhost", "False", ip(r), "postgres"]),
          "db_port = %s" % pick(r, ["5432", "False"]),
          "db_user = %s" % pick(r, ["odoo", "odoo17", "erp"])]
    if c.key == "odoo_db_password":
        L.append("db_password = %s" % c.value)
    else:
        L.append("db_password = False")
    L += ["db_maxconn = %d" % pick(r, [32, 64, 128]),
          "dbfilter = ^%s$" % pick(r, ["%d", "%h", company(r)]),
          "list_db = %s" % pick(r, ["False", "True"]),
          "proxy_mode = True",
          "workers = %d" % r.randrange(0, 17),
          "max_cron_threads = %d" % r.randrange(1, 3),
          "limit_memory_hard = %d" % pick(r, [2684354560, 1677721600]),
          "limit_memory_soft = %d" % pick(r, [2147483648, 629145600]),
          "limit_time_cpu = %d" % pick(r, [60, 600]),
          "limit_time_real = %d" % pick(r, [120, 1200]),
          "logfile = /var/log/odoo/odoo-server.log",
          "log_level = %s" % pick(r, ["info", "warn", "debug"]),
          "data_dir = /var/lib/odoo"]
    L += ["email_from = %s" % email(r),
          "smtp_server = %s" % pick(r, ["smtp.%s" % pick(r, TLDS), "mail", "localhost"]),
          "smtp_port = %s" % pick(r, ["587", "25", "465"]),
          "smtp_ssl = %s" % pick(r, ["True", "False"]),
          "smtp_user = %s" % pick(r, ["False", email(r)])]
    if c.key == "smtp_password":
        L.append("smtp_password = %s" % c.value)
    else:
        L.append("smtp_password = False")
    if c.key != "odoo_admin_passwd" and chance(r, 0.5):
        L.append("; admin_passwd is injected by the entrypoint from the secret store")
    return path, "odoo.conf", "\n".join(L) + "\n"


@tpl("odoo_xmlrpc_py", ["odoo_api_key", "odoo_user_password"])
def t_odoo_xmlrpc(r, c, ob):
    path = pick(r, ["scripts/sync_partners.py", "tools/odoo_export.py", "integrations/odoo_client.py",
                    "bin/import_invoices.py", "jobs/stock_sync.py"])
    url = "https://%s" % host(r, pick(r, ["erp", "odoo", "crm"]))
    db = dbname(r, "odoo")
    user = email(r)
    var = vname(r, c, ob, ("snake", "screaming"))
    inline = not ob and chance(r, 0.5)
    L = ['"""%s"""' % pick(r, ["Nightly partner sync from the shop into Odoo.",
                               "Export confirmed sale orders for the finance dashboard.",
                               "Small helper to pull stock levels over XML-RPC."]), "",
         "import xmlrpc.client", "import csv", "import sys", "",
         "URL = %s" % q(url), "DB = %s" % q(db), "USER = %s" % q(user)]
    if not inline:
        L.append("%s = %s" % (var, q(c.value, "'")))
        secret_expr = var
    else:
        secret_expr = q(c.value, "'")
    model = pick(r, ["res.partner", "sale.order", "stock.quant", "account.move", "product.product"])
    L += ["", "", "def main():",
          "    common = xmlrpc.client.ServerProxy('{}/xmlrpc/2/common'.format(URL))",
          "    uid = common.authenticate(DB, USER, %s, {})" % secret_expr,
          "    if not uid:",
          "        sys.exit('authentication failed')",
          "    models = xmlrpc.client.ServerProxy('{}/xmlrpc/2/object'.format(URL))",
          "    rows = models.execute_kw(DB, uid, %s, %s, 'search_read'," % (secret_expr, q(model, "'")),
          "                             [[['write_date', '>=', %s]]]," % q(date(r), "'"),
          "                             {'fields': ['id', 'name', 'write_date'], 'limit': %d})" % pick(r, [80, 200, 500]),
          "    writer = csv.writer(sys.stdout)",
          "    for row in rows:",
          "        writer.writerow([row['id'], row['name'], row['write_date']])",
          "", "", "if __name__ == '__main__':", "    main()"]
    return path, "python", "\n".join(L) + "\n"


@tpl("odoo_json2_curl", ["odoo_api_key"], noempty=True)
def t_odoo_json2(r, c, ob):
    path = pick(r, ["scripts/odoo_ping.sh", "bin/odoo-partners.sh", "ops/check_odoo_api.sh"])
    h = host(r, "odoo")
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", cmt(r, "#"),
         'ODOO_URL="https://%s"' % h, 'ODOO_DB="%s"' % dbname(r, "odoo")]
    if ob:
        L.append('ODOO_API_KEY="%s"' % c.value)
        auth = '"Authorization: bearer ${ODOO_API_KEY}"'
    else:
        auth = '"Authorization: bearer %s"' % c.value
    L += ["", 'curl -sS -X POST "${ODOO_URL}/json/2/res.partner/search_read" \\',
          "  -H %s \\" % auth,
          '  -H "X-Odoo-Database: ${ODOO_DB}" \\',
          '  -H "Content-Type: application/json; charset=utf-8" \\',
          "  -d '{\"domain\": [[\"is_company\", \"=\", true]], \"fields\": [\"name\", \"vat\"], \"limit\": %d}' | jq ." % r.randrange(5, 50)]
    return path, "shell", "\n".join(L) + "\n"


def compose_service_odoo(r, c):
    pw = c.value
    L = ["services:", "  db:", "    image: postgres:%s" % pick(r, ["15", "16", "14-alpine"]),
         "    environment:", "      - POSTGRES_DB=postgres", "      - POSTGRES_USER=odoo",
         "      - POSTGRES_PASSWORD=%s" % pw,
         "      - PGDATA=/var/lib/postgresql/data/pgdata",
         "    volumes:", "      - odoo-db-data:/var/lib/postgresql/data/pgdata", "    restart: unless-stopped",
         "  web:", "    image: odoo:%s" % pick(r, ["16.0", "17.0", "18.0"]),
         "    depends_on:", "      - db", "    ports:", '      - "%d:8069"' % pick(r, [8069, 8080, 10069]),
         "    environment:", "      - HOST=db", "      - USER=odoo",
         "      - PASSWORD=%s" % pw,
         "    volumes:", "      - odoo-web-data:/var/lib/odoo", "      - ./config:/etc/odoo", "      - ./addons:/mnt/extra-addons",
         "    restart: unless-stopped", "", "volumes:", "  odoo-web-data:", "  odoo-db-data:"]
    return L


@tpl("compose_odoo", ["odoo_db_password", "postgres_password"], noempty=True)
def t_compose_odoo(r, c, ob):
    path = pick(r, ["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml", "odoo/docker-compose.yml"])
    L = []
    if chance(r, 0.4):
        L.append(cmt(r, "#"))
    if chance(r, 0.3):
        L.append('version: "3.8"')
    L += compose_service_odoo(r, c)
    return path, "yaml", "\n".join(L) + "\n"


@tpl("frappe_site_config", ["frappe_db_password"])
def t_frappe_site_config(r, c, ob):
    site = host(r, pick(r, ["erp", "erpnext", "hr"]))
    path = pick(r, ["sites/%s/site_config.json" % site, "frappe-bench/sites/%s/site_config.json" % site,
                    "deploy/site_config.json"])
    d = [("db_name", "_" + hexs(r, 16)), ("db_password", c.value), ("db_type", "mariadb")]
    extra = [("host_name", "https://" + site), ("maintenance_mode", 0), ("pause_scheduler", 0),
             ("developer_mode", pick(r, [0, 1])), ("mute_emails", pick(r, [0, 1])),
             ("limits", {"space_usage": {"backup_size": round(r.random() * 40, 2), "database_size": round(r.random() * 90, 2),
                                         "files_size": round(r.random() * 20, 2), "total": round(r.random() * 150, 2)}}),
             ("server_script_enabled", True), ("allow_cors", "https://" + host(r, "shop")),
             ("scheduler_tick_interval", pick(r, [60, 120]))]
    r.shuffle(extra)
    d += extra[: r.randrange(3, len(extra))]
    return path, "json", json.dumps(dict(d), indent=pick(r, [1, 2, 4])) + "\n"


@tpl("frappe_requests_py", ["frappe_api_secret"])
def t_frappe_requests(r, c, ob):
    path = pick(r, ["erpnext_sync/client.py", "scripts/push_timesheets.py", "app/integrations/erpnext.py",
                    "tools/erpnext_items.py"])
    base = "https://%s" % host(r, "erpnext")
    L = ["import requests", "", 'BASE_URL = "%s"' % base]
    if ob:
        L += ['API_KEY = "%s"' % c.id, 'API_SECRET = "%s"' % c.value, "",
              'HEADERS = {"Authorization": f"token {API_KEY}:{API_SECRET}", "Accept": "application/json"}']
    else:
        L += ["", 'HEADERS = {"Authorization": "token %s:%s", "Accept": "application/json"}' % (c.id, c.value)]
    doctype = pick(r, ["Item", "Customer", "Sales Invoice", "Timesheet", "Employee"])
    L += ["", "", "def fetch(doctype=%s, limit=%d):" % (q(doctype), pick(r, [20, 100, 500])),
          '    resp = requests.get(f"{BASE_URL}/api/resource/{doctype}",',
          '                        params={"fields": \'["name", "modified"]\', "limit_page_length": limit},',
          "                        headers=HEADERS, timeout=30)",
          "    resp.raise_for_status()",
          '    return resp.json()["data"]', "", "",
          'if __name__ == "__main__":',
          "    for doc in fetch():",
          '        print(doc["name"], doc["modified"])']
    return path, "python", "\n".join(L) + "\n"


@tpl("frappe_curl", ["frappe_api_secret"], noempty=True)
def t_frappe_curl(r, c, ob):
    path = pick(r, ["scripts/erpnext_stock.sh", "bin/create_customer.sh", "ops/erpnext-healthcheck.sh"])
    L = ["#!/bin/sh", cmt(r, "#"), 'SITE="https://%s"' % host(r, "erp")]
    if ob:
        L += ['API_KEY="%s"' % c.id, 'API_SECRET="%s"' % c.value, "",
              'curl -s "$SITE/api/method/frappe.auth.get_logged_user" \\',
              '  -H "Authorization: token $API_KEY:$API_SECRET"']
    else:
        L += ["", 'curl -s "$SITE/api/resource/Bin?fields=[\\"item_code\\",\\"actual_qty\\"]" \\',
              '  -H "Authorization: token %s:%s" \\' % (c.id, c.value),
              '  -H "Accept: application/json"']
    return path, "shell", "\n".join(L) + "\n"


@tpl("dolibarr_conf_php", ["dolibarr_db_pass"])
def t_dolibarr_conf(r, c, ob):
    path = pick(r, ["htdocs/conf/conf.php", "dolibarr/htdocs/conf/conf.php", "conf/conf.php"])
    h = host(r, "dolibarr")
    L = ["<?php", "//", "// File generated by Dolibarr installer %s on %s" % (version(r), date(r)), "//",
         "// Take a look at conf.php.example file for an example of conf.php file", "// and explanations for all possibles parameters.", "//",
         "$dolibarr_main_url_root='https://%s';" % h,
         "$dolibarr_main_document_root='/var/www/dolibarr/htdocs';",
         "$dolibarr_main_url_root_alt='/custom';",
         "$dolibarr_main_document_root_alt='/var/www/dolibarr/htdocs/custom';",
         "$dolibarr_main_data_root='/var/lib/dolibarr/documents';",
         "$dolibarr_main_db_host='%s';" % pick(r, ["localhost", "mariadb", ip(r)]),
         "$dolibarr_main_db_port='3306';",
         "$dolibarr_main_db_name='%s';" % dbname(r, "dolibarr"),
         "$dolibarr_main_db_prefix='llx_';",
         "$dolibarr_main_db_user='%s';" % pick(r, ["dolibarr", "doli", "dolibarrmysql"]),
         "$dolibarr_main_db_pass='%s';" % c.value,
         "$dolibarr_main_db_type='mysqli';",
         "$dolibarr_main_db_character_set='utf8';",
         "$dolibarr_main_db_collation='utf8_unicode_ci';",
         "// Authentication settings",
         "$dolibarr_main_authentication='dolibarr';", "",
         "// Security settings",
         "$dolibarr_main_prod='1';",
         "$dolibarr_main_force_https='%d';" % r.randrange(0, 2),
         "$dolibarr_main_restrict_os_commands='mysqldump, mysql, pg_dump, pgrestore';",
         "$dolibarr_nocsrfcheck='0';",
         "$dolibarr_cron_allow_cli='0';",
         "$dolibarr_mailing_limit_sendbyweb='0';"]
    return path, "php", "\n".join(L) + "\n"


@tpl("dolibarr_api_php", ["dolibarr_api_key"])
def t_dolibarr_api_php(r, c, ob):
    path = pick(r, ["src/Dolibarr/Client.php", "app/Services/DolibarrGateway.php", "lib/dolibarr_sync.php"])
    var = vname(r, c, ob, ("camel", "snake"))
    L = ["<?php", "", "declare(strict_types=1);", "",
         "// %s" % pick(r, ["Pushes webshop orders into Dolibarr as draft customer orders.",
                            "Reads third parties from Dolibarr for the newsletter tool."]),
         "$baseUrl = 'https://%s/api/index.php';" % host(r, "dolibarr"),
         "$%s = '%s';" % (var, c.value), "",
         "function dolibarr_get(string $baseUrl, string $key, string $path): array",
         "{", "    $ch = curl_init($baseUrl . $path);",
         "    curl_setopt_array($ch, [",
         "        CURLOPT_RETURNTRANSFER => true,",
         "        CURLOPT_HTTPHEADER => ['DOLAPIKEY: ' . $key, 'Accept: application/json'],",
         "        CURLOPT_TIMEOUT => %d," % pick(r, [10, 20, 30]),
         "    ]);", "    $body = curl_exec($ch);", "    curl_close($ch);",
         "    return json_decode((string) $body, true) ?? [];", "}", "",
         "$rows = dolibarr_get($baseUrl, $%s, '/thirdparties?sortfield=t.rowid&limit=%d');" % (var, pick(r, [50, 100])),
         "foreach ($rows as $row) {", "    printf(\"%s;%s\\n\", $row['id'], $row['name']);", "}"]
    return path, "php", "\n".join(L) + "\n"


@tpl("dolibarr_sql_const", ["dolibarr_smtp_pw"])
def t_dolibarr_sql(r, c, ob):
    path = pick(r, ["install/mysql/data/llx_const_custom.sql", "sql/seed_mail_settings.sql", "db/seed/dolibarr_const.sql"])
    ent = r.randrange(0, 3)
    rows = [("MAIN_MAIL_SENDMODE", "smtps"), ("MAIN_MAIL_SMTP_SERVER", "smtp.%s" % pick(r, TLDS)),
            ("MAIN_MAIL_SMTP_PORT", pick(r, ["465", "587"])), ("MAIN_MAIL_SMTPS_ID", email(r)),
            ("MAIN_MAIL_SMTPS_PW", c.value), ("MAIN_MAIL_EMAIL_TLS", "1"),
            ("MAIN_INFO_SOCIETE_NOM", company(r).capitalize() + " SARL"), ("MAIN_LANG_DEFAULT", pick(r, LOCALES)),
            ("MAIN_MONNAIE", pick(r, ["EUR", "USD", "CHF"]))]
    L = ["-- %s" % pick(r, ["mail settings for the prod entity", "seed constants after restore", "do not run twice"]), ""]
    for k, v in rows:
        L.append("INSERT INTO llx_const (name, entity, value, type, visible, note) VALUES ('%s', %d, '%s', 'chaine', 0, '');" % (k, ent, v))
    return path, "sql", "\n".join(L) + "\n"


LARAVEL_APPS = {
    "akaunting": {"paths": [".env", "akaunting/.env", ".env.production"], "db": "akaunting", "keys": ["akaunting_app_key"]},
    "invoiceninja": {"paths": [".env", "invoiceninja/.env", "env/invoiceninja.env"], "db": "ninja", "keys": ["invoiceninja_app_key"]},
    "fireflyiii": {"paths": [".env", "firefly/.env", ".db.env"], "db": "firefly", "keys": ["firefly_app_key", "firefly_cron"]},
    "snipeit": {"paths": [".env", "snipe-it/.env", ".env.production"], "db": "snipeit", "keys": ["snipeit_app_key"]},
    "bookstack": {"paths": [".env", "bookstack/.env", "bookstack.env"], "db": "bookstack", "keys": ["bookstack_app_key"]},
}


def make_laravel_env(app):
    info = LARAVEL_APPS[app]
    keys = info["keys"] + ["mysql_password", "smtp_password", "aws_secret", "mailgun_key", "postmark_token"]
    if app in ("akaunting", "invoiceninja"):
        keys = keys + ["stripe_secret"]

    def fn(r, c, ob):
        path = pick(r, info["paths"])
        h = host(r, app.replace("iii", ""))
        S = {}
        S["APP_KEY"] = c.value if c.key.endswith("app_key") else ""
        L = ["APP_ENV=production", "APP_DEBUG=false", "APP_URL=https://%s" % h,
             "APP_KEY=%s" % S["APP_KEY"], "APP_TIMEZONE=%s" % pick(r, TZ), "APP_LOCALE=%s" % pick(r, ["en", "de", "fr", "nl"]),
             "", "LOG_CHANNEL=%s" % pick(r, ["stack", "daily", "stderr"]), ""]
        if app == "fireflyiii":
            L += ["SITE_OWNER=%s" % email(r), "DEFAULT_LANGUAGE=%s" % pick(r, LOCALES),
                  "TRUSTED_PROXIES=**"]
        L += ["DB_CONNECTION=mysql", "DB_HOST=%s" % pick(r, ["db", "mariadb", "127.0.0.1", ip(r)]), "DB_PORT=3306",
              "DB_DATABASE=%s" % dbname(r, info["db"]), "DB_USERNAME=%s" % info["db"],
              "DB_PASSWORD=%s" % (c.value if c.key == "mysql_password" else ""), ""]
        if c.key == "mailgun_key":
            L += ["MAIL_MAILER=mailgun", "MAILGUN_DOMAIN=mg.%s" % pick(r, TLDS), "MAILGUN_SECRET=%s" % c.value]
        elif c.key == "postmark_token":
            L += ["MAIL_MAILER=smtp", "MAIL_HOST=smtp.postmarkapp.com", "MAIL_PORT=587",
                  "MAIL_USERNAME=%s" % c.value, "MAIL_PASSWORD=%s" % c.value, "MAIL_ENCRYPTION=tls"]
        else:
            L += ["MAIL_MAILER=smtp", "MAIL_HOST=%s" % pick(r, ["smtp.office365.com", "mail.%s" % pick(r, TLDS), "smtp-relay.gmail.com"]),
                  "MAIL_PORT=%s" % pick(r, ["587", "465", "25"]),
                  "MAIL_USERNAME=%s" % email(r),
                  "MAIL_PASSWORD=%s" % (c.value if c.key == "smtp_password" else ""),
                  "MAIL_ENCRYPTION=%s" % pick(r, ["tls", "ssl", "null"])]
        L += ["MAIL_FROM_ADDRESS=%s" % email(r), 'MAIL_FROM_NAME="%s"' % pick(r, ["Finance", "IT Assets", "Billing", "Wiki"]), ""]
        if c.key == "aws_secret":
            L += ["FILESYSTEM_DISK=s3", "AWS_ACCESS_KEY_ID=%s" % c.id, "AWS_SECRET_ACCESS_KEY=%s" % c.value,
                  "AWS_DEFAULT_REGION=%s" % pick(r, ["eu-central-1", "us-east-1", "eu-west-3"]),
                  "AWS_BUCKET=%s-%s-uploads" % (company(r), app), ""]
        if c.key == "stripe_secret" or (app in ("akaunting", "invoiceninja") and chance(r, 0.3)):
            L += ["# payment gateway (publishable key is public by design)",
                  "STRIPE_KEY=pk_live_%s" % alnum(r, 24), "STRIPE_SECRET=%s" % (c.value if c.key == "stripe_secret" else ""), ""]
        if c.key == "firefly_cron":
            L += ["# cron job token, used by the cron container", "STATIC_CRON_TOKEN=%s" % c.value, ""]
        L += ["CACHE_DRIVER=%s" % pick(r, ["file", "redis"]), "SESSION_DRIVER=%s" % pick(r, ["file", "database"]),
              "QUEUE_CONNECTION=%s" % pick(r, ["sync", "database", "redis"]),
              "REDIS_HOST=%s" % pick(r, ["redis", "127.0.0.1"]), "REDIS_PASSWORD=null", "REDIS_PORT=6379"]
        if app == "snipeit":
            L += ["", "MAX_RESULTS=500", "APP_LOCKED=false", "ALLOW_IFRAMING=false", "ENABLE_HSTS=true"]
        if app == "bookstack":
            L += ["", "STORAGE_TYPE=local_secure", "AUTH_METHOD=%s" % pick(r, ["standard", "oidc", "ldap"])]
        if app == "invoiceninja":
            L += ["", "REQUIRE_HTTPS=true", "PDF_GENERATOR=%s" % pick(r, ["snappdf", "hosted_ninja"]), "IS_DOCKER=true"]
        return path, "dotenv", "\n".join(L) + "\n"
    return fn, keys


for _app in sorted(LARAVEL_APPS):
    _fn, _keys = make_laravel_env(_app)
    tpl("laravel_env_" + _app, _keys)(_fn)


@tpl("firefly_cron_compose", ["firefly_cron"], noempty=True)
def t_firefly_cron(r, c, ob):
    path = pick(r, ["docker-compose.yml", "firefly/docker-compose.yml", "stacks/firefly/compose.yaml"])
    L = ["services:", "  app:", "    image: fireflyiii/core:%s" % pick(r, ["latest", "version-6.1.21", "version-6.2.4"]),
         "    hostname: app", "    container_name: firefly_iii_core", "    restart: always",
         "    volumes:", "      - firefly_iii_upload:/var/www/html/storage/upload",
         "    env_file: .env", "    networks:", "      - firefly_iii", "    ports:", "      - %d:8080" % pick(r, [80, 8080, 8585]),
         "    depends_on:", "      - db",
         "  db:", "    image: mariadb:lts", "    restart: always", "    env_file: .db.env",
         "    networks:", "      - firefly_iii", "    volumes:", "      - firefly_iii_db:/var/lib/mysql",
         "  cron:", "    image: alpine", "    restart: always", "    container_name: firefly_iii_cron",
         '    command: sh -c "apk add tzdata && ln -s /usr/share/zoneinfo/${TZ} /etc/localtime | echo \\"0 3 * * * wget -qO- http://app:8080/api/v1/cron/%s;echo\\" | crontab - && crond -f -L /dev/stdout"' % c.value,
         "    networks:", "      - firefly_iii",
         "volumes:", "  firefly_iii_upload:", "  firefly_iii_db:", "", "networks:", "  firefly_iii:", "    driver: bridge"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl("firefly_crontab", ["firefly_cron"], noempty=True)
def t_firefly_crontab(r, c, ob):
    path = pick(r, ["cron/firefly", "etc/cron.d/firefly-iii", "deploy/crontab.txt"])
    h = host(r, "money")
    L = ["# m h dom mon dow user command", "SHELL=/bin/sh", "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
         "MAILTO=%s" % email(r), "", cmt(r, "#"),
         "%d %d * * * www-data curl -fsS https://%s/api/v1/cron/%s >/dev/null 2>&1" % (r.randrange(0, 60), r.randrange(0, 6), h, c.value),
         "%d 4 * * 0 root /usr/local/bin/backup-firefly.sh --keep %d" % (r.randrange(0, 60), r.randrange(3, 14))]
    return path, "crontab", "\n".join(L) + "\n"


@tpl("firefly_importer_env", ["firefly_pat"])
def t_firefly_importer(r, c, ob):
    path = pick(r, [".importer.env", "importer/.env", "data-importer/.env"])
    L = ["# Firefly III Data Importer", "FIREFLY_III_URL=http://app:8080",
         "VANITY_URL=https://%s" % host(r, "firefly"), "",
         "# Personal access token, create it under Options > Profile > OAuth",
         "FIREFLY_III_ACCESS_TOKEN=%s" % c.value, "FIREFLY_III_CLIENT_ID=", "",
         "USE_CACHE=false", "IGNORE_DUPLICATE_ERRORS=false", "CAN_POST_AUTOIMPORT=false", "CAN_POST_FILES=false",
         "IMPORT_DIR_ALLOWLIST=", "FALLBACK_IN_DIR=false", "VERIFY_TLS_SECURITY=true",
         "CONNECTION_TIMEOUT=%s" % pick(r, ["31.41", "60"]),
         "APP_ENV=local", "APP_DEBUG=false", "LOG_CHANNEL=stack", "LOG_LEVEL=%s" % pick(r, ["debug", "info", "notice"]),
         "TZ=%s" % pick(r, TZ), "ASSET_URL="]
    return path, "dotenv", "\n".join(L) + "\n"


@tpl("bearer_requests_py", ["firefly_pat", "snipeit_api_token", "paperless_token", "kimai_api_token",
                            "outline_api_key", "vikunja_token", "wikijs_api_key", "twenty_api_key"])
def t_bearer_py(r, c, ob):
    prov = c.provider
    info = {
        "fireflyiii": ("finance/firefly_report.py", "firefly", "/api/v1/transactions?type=withdrawal", "Bearer"),
        "snipeit": ("assets/snipe_audit.py", "assets", "/api/v1/hardware?limit=50&status=Deployed", "Bearer"),
        "paperless": ("paperless/upload.py", "paperless", "/api/documents/?page_size=25", "Token"),
        "kimai": ("timesheets/kimai_export.py", "kimai", "/api/timesheets?user=all&size=100", "Bearer"),
        "outline": ("wiki/outline_backup.py", "docs", "/api/documents.list", "Bearer"),
        "vikunja": ("tasks/vikunja_digest.py", "tasks", "/api/v1/tasks/all?filter=done%3Dfalse", "Bearer"),
        "wikijs": ("wiki/wikijs_pages.py", "wiki", "/graphql", "Bearer"),
        "twenty": ("crm/twenty_people.py", "crm", "/rest/people?limit=60", "Bearer"),
    }[prov]
    path = pick(r, [info[0], "scripts/" + info[0].split("/")[1], "tools/" + info[0].split("/")[1]])
    base = "https://%s" % host(r, info[1])
    scheme = info[3]
    L = ["#!/usr/bin/env python3", '"""%s"""' % pick(r, ["Weekly report, run from cron on the ops box.",
                                                         "One-off export requested in %s." % ticket(r),
                                                         "Pulls data for the management dashboard."]),
         "import json", "import urllib.request", "",
         "BASE = %s" % q(base)]
    var = vname(r, c, ob, ("screaming", "snake"))
    if ob or chance(r, 0.5):
        L.append("%s = %s" % (var, q(c.value)))
        hdr = '"%s " + %s' % (scheme, var)
    else:
        hdr = q("%s %s" % (scheme, c.value))
    L += ["", "", "def get(path):",
          "    req = urllib.request.Request(BASE + path, headers={",
          '        "Authorization": %s,' % hdr,
          '        "Accept": "application/json",',
          "    })",
          "    with urllib.request.urlopen(req, timeout=%d) as resp:" % pick(r, [10, 30, 60]),
          "        return json.load(resp)", "", "",
          'if __name__ == "__main__":',
          "    data = get(%s)" % q(info[2]),
          "    print(json.dumps(data, indent=2)[:%d])" % pick(r, [2000, 4000])]
    return path, "python", "\n".join(L) + "\n"


@tpl("axios_client_js", ["snipeit_api_token", "outline_api_key", "twenty_api_key", "wikijs_api_key",
                         "invoiceninja_token", "plane_api_key"])
def t_axios_js(r, c, ob):
    prov = c.provider
    hdr = {"invoiceninja": "X-API-TOKEN", "plane": "X-API-Key"}.get(prov, "Authorization")
    pref = "" if hdr != "Authorization" else "Bearer "
    ext = pick(r, ["js", "ts", "mjs"])
    path = "%s/%sClient.%s" % (pick(r, ["src/lib", "src/services", "lib", "server/integrations"]), prov, ext)
    ft = "typescript" if ext == "ts" else "javascript"
    var = vname(r, c, ob, ("camel", "screaming"))
    base = "https://%s" % host(r, prov)
    L = ["import axios from 'axios';", "", "// %s" % pick(r, ["thin wrapper used by the sync worker", "shared client, see README",
                                                              "used by the nightly import job"]),
         "const baseURL = '%s';" % base]
    if ob or chance(r, 0.4):
        L.append("const %s = '%s';" % (var, c.value))
        val = ("`Bearer ${%s}`" % var) if pref else var
    else:
        val = "'%s%s'" % (pref, c.value)
    L += ["", "export const client = axios.create({", "  baseURL,", "  timeout: %d," % pick(r, [5000, 15000, 30000]),
          "  headers: {", "    '%s': %s," % (hdr, val), "    'Content-Type': 'application/json',",
          "    'X-Requested-With': 'XMLHttpRequest',", "  },", "});", "",
          "export async function listRecords(resource%s) {" % (": string" if ext == "ts" else ""),
          "  const { data } = await client.get(`/${resource}`);", "  return data;", "}"]
    return path, ft, "\n".join(L) + "\n"


@tpl("glpi_curl", ["glpi_user_token", "glpi_app_token"], noempty=True)
def t_glpi_curl(r, c, ob):
    path = pick(r, ["scripts/glpi_tickets.sh", "bin/glpi-inventory-check.sh", "ops/glpi/init_session.sh"])
    h = host(r, "glpi")
    L = ["#!/usr/bin/env bash", "# " + pick(r, ["list open tickets for the morning stand-up", "sanity check of the GLPI REST API"]),
         "set -eu", 'GLPI="https://%s/apirest.php"' % h]
    if c.key == "glpi_user_token":
        L.append('APP_TOKEN="${GLPI_APP_TOKEN:?set GLPI_APP_TOKEN}"')
        if ob:
            L += ['USER_TOKEN="%s"' % c.value, "",
                  'SESSION=$(curl -s -H "Content-Type: application/json" -H "Authorization: user_token ${USER_TOKEN}" -H "App-Token: ${APP_TOKEN}" "$GLPI/initSession" | jq -r .session_token)']
        else:
            L += ["", 'SESSION=$(curl -s -H "Content-Type: application/json" -H "Authorization: user_token %s" -H "App-Token: ${APP_TOKEN}" "$GLPI/initSession" | jq -r .session_token)' % c.value]
    else:
        L.append('LOGIN="%s"' % pick(r, USERS))
        L.append('read -rs -p "GLPI password: " PASS; echo')
        if ob:
            L += ['APP_TOKEN="%s"' % c.value, "",
                  'SESSION=$(curl -s -u "$LOGIN:$PASS" -H "App-Token: $APP_TOKEN" "$GLPI/initSession" | jq -r .session_token)']
        else:
            L += ["", 'SESSION=$(curl -s -u "$LOGIN:$PASS" -H "App-Token: %s" "$GLPI/initSession" | jq -r .session_token)' % c.value]
    L += ["", 'curl -s -H "Session-Token: $SESSION" "$GLPI/Ticket?range=0-%d&order=DESC" | jq \'.[] | {id, name, status}\'' % pick(r, [20, 50]),
          'curl -s -H "Session-Token: $SESSION" "$GLPI/killSession" >/dev/null']
    return path, "shell", "\n".join(L) + "\n"


@tpl("glpi_config_db_php", ["glpi_db_password"])
def t_glpi_db(r, c, ob):
    path = pick(r, ["config/config_db.php", "glpi/config/config_db.php", "etc/glpi/config_db.php"])
    L = ["<?php", "class DB extends DBmysql {",
         "   public $dbhost = '%s';" % pick(r, ["localhost", "mariadb", ip(r)]),
         "   public $dbuser = '%s';" % pick(r, ["glpi", "glpiuser"]),
         "   public $dbpassword = '%s';" % c.value,
         "   public $dbdefault = '%s';" % dbname(r, "glpi"),
         "   public $use_utf8mb4 = true;", "   public $allow_myisam = false;", "   public $allow_datetime = false;",
         "   public $allow_signed_keys = false;", "}"]
    return path, "php", "\n".join(L) + "\n"


@tpl("powershell_rest", ["glpi_user_token", "snipeit_api_token", "redmine_api_key"], noempty=True)
def t_ps1(r, c, ob):
    prov = c.provider
    path = pick(r, ["scripts/Sync-%s.ps1" % prov.capitalize(), "tools/Get-%sReport.ps1" % prov.capitalize()])
    h = host(r, prov)
    var = vname(r, c, ob, ("pascal", "camel"))
    if prov == "glpi":
        hdr = "@{ 'Authorization' = \"user_token $%s\"; 'App-Token' = $env:GLPI_APP_TOKEN }" % var
        url = "https://%s/apirest.php/initSession" % h
    elif prov == "snipeit":
        hdr = "@{ 'Authorization' = \"Bearer $%s\"; 'Accept' = 'application/json' }" % var
        url = "https://%s/api/v1/hardware?limit=100" % h
    else:
        hdr = "@{ 'X-Redmine-API-Key' = $%s }" % var
        url = "https://%s/issues.json?status_id=open&limit=100" % h
    L = ["<#", ".SYNOPSIS", "    %s" % pick(r, ["Pulls data for the asset report.", "Weekly export to the shared drive."]),
         "#>", "[CmdletBinding()]", "param(", "    [string]$OutFile = \"$PSScriptRoot\\export.csv\"", ")", "",
         "$%s = '%s'" % (var, c.value), "$Headers = %s" % hdr, "",
         "$Response = Invoke-RestMethod -Uri '%s' -Headers $Headers -Method Get" % url,
         "$Response | ConvertTo-Json -Depth 4 | Out-File -Encoding utf8 $OutFile",
         "Write-Host \"Saved to $OutFile\""]
    return path, "powershell", "\n".join(L) + "\n"


@tpl("itop_config_php", ["itop_db_pwd"])
def t_itop(r, c, ob):
    path = pick(r, ["conf/production/config-itop.php", "itop/conf/production/config-itop.php"])
    L = ["<?php", "", "/**", " *", " * Configuration file, generated by the iTop configuration wizard", " *",
         " * The file is used in MetaModel::LoadConfig() which does all the necessary initialization job", " *", " */",
         "$MySettings = array(", "",
         "\t'app_root_url' => 'https://%s/'," % host(r, "itop"),
         "\t'db_host' => '%s'," % pick(r, ["localhost", "db", ip(r)]),
         "\t'db_name' => '%s'," % dbname(r, "itop"),
         "\t'db_pwd' => '%s'," % c.value,
         "\t'db_subname' => '',",
         "\t'db_user' => '%s'," % pick(r, ["itop", "itop_user"]),
         "\t'db_character_set' => 'utf8mb4',", "\t'db_collation' => 'utf8mb4_unicode_ci',",
         "\t'default_language' => '%s'," % pick(r, ["EN US", "FR FR", "DE DE"]),
         "\t'graphviz_path' => '/usr/bin/dot',",
         "\t'log_level_min' => '%s'," % pick(r, ["", "Error", "Warning"]),
         "\t'online_help' => 'https://www.itophub.io/wiki/page',",
         "\t'timezone' => '%s'," % pick(r, TZ),
         "\t'max_linkset_output' => %d," % pick(r, [100, 200]),
         ");", "", "$MyModuleSettings = array(",
         "\t'itop-attachments' => array (", "\t\t'allowed_classes' => array ('Ticket'),", "\t\t'position' => 'relations',", "\t),",
         ");"]
    return path, "php", "\n".join(L) + "\n"


@tpl("itop_rest_py", ["itop_rest_pwd"])
def t_itop_rest(r, c, ob):
    path = pick(r, ["itop/create_ticket.py", "scripts/itop_cmdb_sync.py", "monitoring/itop_incident.py"])
    var = vname(r, c, ob, ("snake", "screaming"))
    L = ["import json", "import requests", "",
         'ITOP_URL = "https://%s/webservices/rest.php"' % host(r, "itop"),
         'AUTH_USER = "%s"' % pick(r, ["rest-monitoring", "svc_itop", "zabbix"]),
         '%s = "%s"' % (var, c.value), "", "",
         "def call(operation, **params):",
         '    payload = {"operation": operation}', "    payload.update(params)",
         "    resp = requests.post(ITOP_URL, params={\"version\": \"1.3\"},",
         '                         data={"auth_user": AUTH_USER, "auth_pwd": %s,' % var,
         '                               "json_data": json.dumps(payload)}, timeout=20)',
         "    resp.raise_for_status()", "    return resp.json()", "", "",
         'if __name__ == "__main__":',
         '    print(call("core/get", **{"class": "UserRequest", "key": "SELECT UserRequest WHERE status != \'closed\'",',
         '                              "output_fields": "ref,title,status"}))']
    return path, "python", "\n".join(L) + "\n"


@tpl("znuny_config_pm", ["znuny_db_pw"])
def t_znuny(r, c, ob):
    path = pick(r, ["Kernel/Config.pm", "otrs/Kernel/Config.pm", "znuny/Kernel/Config.pm"])
    L = ["# --", "# Copyright (C) 2001-2021 OTRS AG, https://otrs.com/", "# --",
         "# This software comes with ABSOLUTELY NO WARRANTY.", "# --", "",
         "package Kernel::Config;", "", "use strict;", "use warnings;", "use utf8;", "",
         "sub Load {", "    my $Self = shift;", "",
         "    # ---------------------------------------------------- #",
         "    # database settings                                    #",
         "    # ---------------------------------------------------- #",
         "    $Self->{DatabaseHost} = '%s';" % pick(r, ["127.0.0.1", "db", ip(r)]),
         "    $Self->{Database} = '%s';" % dbname(r, "znuny"),
         "    $Self->{DatabaseUser} = '%s';" % pick(r, ["otrs", "znuny"]),
         "    $Self->{DatabasePw} = '%s';" % c.value,
         "    $Self->{DatabaseDSN} = \"DBI:mysql:database=$Self->{Database};host=$Self->{DatabaseHost};\";", "",
         "    $Self->{Home} = '/opt/otrs';",
         "    $Self->{FQDN} = '%s';" % host(r, "helpdesk"),
         "    $Self->{SystemID} = %d;" % r.randrange(10, 99),
         "    $Self->{'SecureMode'} = 1;", "",
         "    return 1;", "}", "", "use Kernel::Config::Defaults; # import Translatable()",
         "use parent qw(Kernel::Config::Defaults);", "", "1;"]
    return path, "perl", "\n".join(L) + "\n"


@tpl("redmine_database_yml", ["redmine_db_password"])
def t_redmine_db(r, c, ob):
    path = pick(r, ["config/database.yml", "redmine/config/database.yml"])
    adapter = pick(r, ["mysql2", "postgresql"])
    L = ["# Redmine database configuration", cmt(r, "#"), "",
         "production:", "  adapter: %s" % adapter, "  database: %s" % dbname(r, "redmine"),
         "  host: %s" % pick(r, ["localhost", "db", ip(r)]), "  username: %s" % pick(r, ["redmine", "rm_app"]),
         "  password: %s" % yq(r, c.value)]
    if adapter == "mysql2":
        L += ["  encoding: utf8mb4", "  variables:", "    transaction_isolation: \"READ-COMMITTED\""]
    else:
        L += ["  encoding: utf8", "  schema_search_path: public"]
    L += ["", "development:", "  adapter: sqlite3", "  database: db/redmine_development.sqlite3", "",
          "test:", "  adapter: sqlite3", "  database: db/redmine_test.sqlite3"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl("redmine_configuration_yml", ["smtp_password", "sendgrid_key"])
def t_redmine_conf(r, c, ob):
    path = pick(r, ["config/configuration.yml", "redmine/config/configuration.yml"])
    user = "apikey" if c.key == "sendgrid_key" else email(r)
    addr = "smtp.sendgrid.net" if c.key == "sendgrid_key" else pick(r, ["smtp.office365.com", "mail.%s" % pick(r, TLDS)])
    L = ["# = Redmine configuration file", "#", "# Each environment has it's own configuration options.", "",
         "default:", "  email_delivery:", "    delivery_method: :smtp", "    smtp_settings:",
         "      enable_starttls_auto: true", '      address: "%s"' % addr, "      port: 587",
         '      domain: "%s"' % pick(r, TLDS), "      authentication: :login",
         '      user_name: "%s"' % user, '      password: "%s"' % c.value, "",
         "  attachments_storage_path: /var/redmine/files",
         "  autologin_cookie_secure: true",
         "  scm_git_command: /usr/bin/git",
         "  rmagick_font_path: /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "",
         "production:", "", "development:"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl("redmine_secret_token_rb", ["redmine_secret_key_base"])
def t_redmine_secret(r, c, ob):
    path = pick(r, ["config/initializers/secret_token.rb", "redmine/config/initializers/secret_token.rb"])
    L = ["# This file was generated by 'rake generate_secret_token', and should",
         "# not be made visible to public.",
         "# If you have a load-balancing Redmine cluster, you will need to use the",
         "# same version of this file on each machine. And be sure to restart your",
         "# server when you modify this file.", "#",
         "# Your secret key for verifying cookie session data integrity. If you",
         "# change this key, all old sessions will become invalid! Make sure the",
         "# secret is at least 30 characters and all random, no regular words or",
         "# you'll be exposed to dictionary attacks.",
         "RedmineApp::Application.config.secret_key_base = '%s'" % c.value]
    return path, "ruby", "\n".join(L) + "\n"


@tpl("redmine_api_script", ["redmine_api_key"], noempty=True)
def t_redmine_api(r, c, ob):
    h = host(r, pick(r, ["redmine", "projects", "tracker"]))
    v = r.randrange(3)
    if v == 0:
        path = pick(r, ["scripts/redmine_close_stale.py", "tools/redmine_report.py"])
        var = vname(r, c, ob, ("snake", "screaming"))
        L = ["from datetime import date, timedelta", "from redminelib import Redmine", "",
             "%s = '%s'" % (var, c.value),
             "redmine = Redmine('https://%s', key=%s, requests={'timeout': 30})" % (h, var), "",
             "cutoff = date.today() - timedelta(days=%d)" % pick(r, [30, 60, 90]),
             "for issue in redmine.issue.filter(project_id='%s', status_id='open', updated_on='<=%%s' %% cutoff):" % pick(r, ["ops", "erp", "website"]),
             "    print(issue.id, issue.subject, issue.updated_on)"]
        return path, "python", "\n".join(L) + "\n"
    if v == 1:
        path = pick(r, ["bin/redmine_issues.rb", "lib/tasks/redmine_sync.rb"])
        L = ["require 'net/http'", "require 'json'", "",
             "uri = URI('https://%s/issues.json?assigned_to_id=me&limit=%d')" % (h, pick(r, [25, 100])),
             "req = Net::HTTP::Get.new(uri)",
             "req['X-Redmine-API-Key'] = '%s'" % c.value,
             "res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }",
             "JSON.parse(res.body)['issues'].each do |i|",
             "  puts \"##{i['id']} #{i['subject']}\"", "end"]
        return path, "ruby", "\n".join(L) + "\n"
    path = pick(r, ["ops/redmine_feed.sh", "scripts/time_entries.sh"])
    L = ["#!/bin/sh", "# " + pick(r, ["time entries for invoicing", "export the open issue list"]),
         "# usage: %s [YYYY-MM-DD]" % path.split("/")[-1], "set -e", 'OUT="${OUT:-/tmp/redmine_time.json}"',
         "curl -s 'https://%s/time_entries.json?from=%s&limit=100&key=%s' | jq '.time_entries[] | [.id, .hours]' > \"$OUT\"" % (h, date(r), c.value),
         'echo "written to $OUT"']
    return path, "shell", "\n".join(L) + "\n"


@tpl("openproject_curl", ["openproject_api_key"], noempty=True)
def t_openproject(r, c, ob):
    path = pick(r, ["scripts/op_work_packages.sh", "tools/openproject-export.sh"])
    h = host(r, "openproject")
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "OP_URL=https://%s" % h]
    if ob:
        L += ["OPENPROJECT_API_KEY=%s" % c.value, "",
              'curl -s -u "apikey:${OPENPROJECT_API_KEY}" "$OP_URL/api/v3/work_packages?pageSize=%d" | jq \'._embedded.elements[].subject\'' % pick(r, [20, 50])]
    else:
        L += ["", 'curl -s -u apikey:%s "$OP_URL/api/v3/projects" | jq \'._embedded.elements[] | {id, name}\'' % c.value]
    return path, "shell", "\n".join(L) + "\n"


@tpl("openproject_compose", ["openproject_secret", "postgres_password"], noempty=True)
def t_openproject_compose(r, c, ob):
    path = pick(r, ["openproject/docker-compose.yml", "docker-compose.yml"])
    dbpw = c.value if c.key == "postgres_password" else "${POSTGRES_PASSWORD}"
    skb = c.value if c.key == "openproject_secret" else "${SECRET_KEY_BASE}"
    L = ["services:", "  openproject:", "    image: openproject/openproject:%s" % pick(r, ["14", "15", "13"]),
         "    ports:", '      - "8080:80"', "    environment:",
         "      OPENPROJECT_HOST__NAME: %s" % host(r, "openproject"), "      OPENPROJECT_HTTPS: \"true\"",
         "      OPENPROJECT_DEFAULT__LANGUAGE: %s" % pick(r, ["en", "de", "fr"]),
         "      DATABASE_URL: postgres://openproject:%s@db/openproject?pool=20&encoding=unicode&reconnect=true" % dbpw,
         "      OPENPROJECT_SECRET_KEY_BASE: %s" % skb,
         "    volumes:", "      - opdata:/var/openproject/assets", "    depends_on:", "      - db",
         "  db:", "    image: postgres:13", "    environment:", "      POSTGRES_USER: openproject",
         "      POSTGRES_PASSWORD: %s" % dbpw, "      POSTGRES_DB: openproject",
         "    volumes:", "      - pgdata:/var/lib/postgresql/data", "volumes:", "  opdata:", "  pgdata:"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl("nextcloud_deck_py", ["nextcloud_app_password"], noempty=True)
def t_deck(r, c, ob):
    path = pick(r, ["deck/sync_cards.py", "scripts/deck_from_tickets.py", "integrations/nextcloud_deck.py"])
    h = host(r, pick(r, ["cloud", "nextcloud", "files"]))
    user = pick(r, USERS)
    L = ['"""Create Deck cards for new helpdesk tickets."""', "import requests", "",
         'NC = "https://%s"' % h, 'BOARD_ID = %d' % r.randrange(1, 60), 'STACK_ID = %d' % r.randrange(1, 200)]
    if ob:
        L += ['NC_USER = "%s"' % user, '# app password from Settings > Security > Devices & sessions',
              'NC_APP_PASSWORD = "%s"' % c.value, "", "session = requests.Session()",
              "session.auth = (NC_USER, NC_APP_PASSWORD)"]
    else:
        L += ["", "session = requests.Session()", 'session.auth = ("%s", "%s")' % (user, c.value)]
    L += ['session.headers.update({"OCS-APIRequest": "true", "Content-Type": "application/json"})', "", "",
          "def add_card(title, description=''):",
          '    url = f"{NC}/index.php/apps/deck/api/v1.0/boards/{BOARD_ID}/stacks/{STACK_ID}/cards"',
          '    resp = session.post(url, json={"title": title, "type": "plain", "order": 999, "description": description})',
          "    resp.raise_for_status()", '    return resp.json()["id"]']
    return path, "python", "\n".join(L) + "\n"


@tpl("nextcloud_objectstore_php", ["minio_secret", "aws_secret"])
def t_nc_objstore(r, c, ob):
    path = pick(r, ["config/objectstore.config.php", "nextcloud/config/s3.config.php"])
    key = c.id if c.key == "aws_secret" else pick(r, ["nextcloud", "nc-" + company(r)])
    L = ["<?php", "$CONFIG = array (", "  'objectstore' => array (", "    'class' => '\\\\OC\\\\Files\\\\ObjectStore\\\\S3',",
         "    'arguments' => array (", "      'bucket' => '%s-nextcloud'," % company(r), "      'autocreate' => true,",
         "      'key' => '%s'," % key, "      'secret' => '%s'," % c.value,
         "      'hostname' => '%s'," % ("s3.eu-central-1.amazonaws.com" if c.key == "aws_secret" else "minio.%s" % pick(r, TLDS)),
         "      'port' => 443,", "      'use_ssl' => true,", "      'region' => '%s'," % pick(r, ["eu-central-1", "us-east-1"]),
         "      'use_path_style' => %s," % pick(r, ["true", "false"]), "    ),", "  ),", ");"]
    return path, "php", "\n".join(L) + "\n"


@tpl("mautic_local_php", ["mautic_secret_key", "mysql_password"])
def t_mautic_local(r, c, ob):
    path = pick(r, ["app/config/local.php", "config/local.php", "mautic/config/local.php"])
    dbpw = "'%s'" % c.value if c.key == "mysql_password" else "getenv('MAUTIC_DB_PASSWORD')"
    sk = "'%s'" % c.value if c.key == "mautic_secret_key" else "getenv('MAUTIC_SECRET_KEY')"
    L = ["<?php", "$parameters = array(", "\t'db_driver' => 'pdo_mysql',", "\t'db_host' => '%s'," % pick(r, ["db", "localhost"]),
         "\t'db_table_prefix' => null,", "\t'db_port' => '3306',", "\t'db_name' => '%s'," % dbname(r, "mautic"),
         "\t'db_user' => 'mautic',", "\t'db_password' => %s," % dbpw, "\t'db_backup_tables' => false,",
         "\t'db_backup_prefix' => 'bak_',", "\t'mailer_from_name' => '%s Marketing'," % company(r).capitalize(),
         "\t'mailer_from_email' => '%s'," % email(r), "\t'mailer_transport' => 'smtp',",
         "\t'secret_key' => %s," % sk, "\t'site_url' => 'https://%s'," % host(r, "mautic"),
         "\t'install_source' => 'Mautic',", "\t'default_timezone' => '%s'," % pick(r, TZ),
         "\t'locale' => '%s'," % pick(r, LOCALES), "\t'api_enabled' => true,",
         "\t'api_enable_basic_auth' => %s," % pick(r, ["true", "false"]), ");"]
    return path, "php", "\n".join(L) + "\n"


@tpl("basic_auth_curl", ["mautic_api_password", "akaunting_password", "itop_rest_pwd"], noempty=True)
def t_basic_curl(r, c, ob):
    prov = c.provider
    h = host(r, prov)
    user = pick(r, [email(r), pick(r, USERS)])
    ep = {"mautic": "/api/contacts?limit=30&orderBy=id", "akaunting": "/api/items?company_id=%d" % r.randrange(1, 5),
          "itop": "/webservices/rest.php?version=1.3"}[prov]
    path = pick(r, ["scripts/%s_smoke.sh" % prov, "ci/%s-healthcheck.sh" % prov, "bin/%s-api.sh" % prov])
    L = ["#!/usr/bin/env bash", "# %s" % pick(r, ["smoke test after upgrade", "quick API check", "used by the uptime monitor"]),
         "set -e"]
    if ob:
        L += ['API_USER="%s"' % user, 'API_PASSWORD="%s"' % c.value, "",
              'curl -fsS -u "${API_USER}:${API_PASSWORD}" "https://%s%s" -H "Accept: application/json" | head -c 400' % (h, ep)]
    else:
        L += ["", 'curl -fsS --user "%s:%s" "https://%s%s" | head -c 400' % (user, c.value, h, ep)]
    return path, "shell", "\n".join(L) + "\n"


@tpl("suitecrm_config_php", ["suitecrm_db_password"])
def t_suitecrm(r, c, ob):
    path = pick(r, ["config.php", "suitecrm/config.php", "public/legacy/config.php"])
    L = ["<?php", "$sugar_config = array (", "  'admin_access_control' => false,",
         "  'cache_dir' => 'cache/',", "  'calculate_response_time' => true,", "  'chartEngine' => 'Jit',",
         "  'dbconfig' => ", "  array (", "    'db_host_name' => '%s'," % pick(r, ["localhost", "mariadb"]),
         "    'db_host_instance' => 'SQLEXPRESS',", "    'db_user_name' => '%s'," % pick(r, ["suitecrm", "crm"]),
         "    'db_password' => '%s'," % c.value, "    'db_name' => '%s'," % dbname(r, "suitecrm"),
         "    'db_type' => 'mysql',", "    'db_port' => '3306',", "    'db_manager' => 'MysqliManager',", "  ),",
         "  'dbconfigoption' => ", "  array (", "    'persistent' => true,", "    'autofree' => false,",
         "    'debug' => 0,", "    'ssl' => false,", "  ),", "  'default_currency_iso4217' => '%s'," % pick(r, ["EUR", "USD"]),
         "  'default_language' => 'en_us',", "  'site_url' => 'https://%s'," % host(r, "crm"),
         "  'verify_client_ip' => true,", ");"]
    return path, "php", "\n".join(L) + "\n"


@tpl("espocrm_client_php", ["espocrm_api_key", "espocrm_hmac_secret"])
def t_espo_client(r, c, ob):
    path = pick(r, ["src/Crm/EspoLeadPusher.php", "app/Jobs/PushLeadToEspo.php", "webform/submit.php"])
    L = ["<?php", "", "use Espo\\ApiClient\\Client;", "", "require __DIR__ . '/vendor/autoload.php';", "",
         "$client = new Client('https://%s');" % host(r, "crm")]
    if c.key == "espocrm_api_key":
        if ob:
            L += ["$apiKey = '%s';" % c.value, "$client->setApiKey($apiKey);"]
        else:
            L += ["$client->setApiKey('%s');" % c.value]
    else:
        L += ["$client->setApiKey('%s');" % c.id]
        if ob:
            L += ["$secretKey = '%s';" % c.value, "$client->setSecretKey($secretKey); // HMAC"]
        else:
            L += ["$client->setSecretKey('%s');" % c.value]
    L += ["", "$response = $client->request(Client::METHOD_POST, 'Lead', [",
          "    'firstName' => $_POST['first_name'] ?? '',", "    'lastName' => $_POST['last_name'] ?? '',",
          "    'emailAddress' => $_POST['email'] ?? '',", "    'source' => '%s'," % pick(r, ["Web Site", "Campaign"]), "]);",
          "", "http_response_code(201);"]
    return path, "php", "\n".join(L) + "\n"


@tpl("espocrm_config_internal_php", ["espocrm_db_password"])
def t_espo_cfg(r, c, ob):
    path = pick(r, ["data/config-internal.php", "espocrm/data/config-internal.php"])
    L = ["<?php", "return [", "    'database' => [", "        'host' => '%s'," % pick(r, ["espocrm-db", "localhost"]),
         "        'port' => '',", "        'charset' => NULL,", "        'dbname' => '%s'," % dbname(r, "espocrm"),
         "        'user' => 'espocrm',", "        'password' => '%s'," % c.value,
         "        'platform' => 'Mysql'", "    ],", "    'logger' => [", "        'path' => 'data/logs/espo.log',",
         "        'level' => 'WARNING',", "        'rotation' => true,", "        'maxFileNumber' => 30,", "    ],",
         "    'restrictedMode' => false,", "    'webSocketMessager' => 'ZeroMQ',", "    'actualDatabaseType' => 'mariadb',",
         "    'isInstalled' => true", "];"]
    return path, "php", "\n".join(L) + "\n"


DOTENV_APPS = {
    "kimai": (["kimai/.env", ".env.local", "kimai2/.env"], ["kimai_app_secret", "mysql_password"]),
    "outline": (["outline/.env", ".env", "docker.env"], ["outline_secret_key", "outline_utils_secret", "postgres_password", "aws_secret"]),
    "twenty": (["twenty/.env", ".env", "packages/twenty-docker/.env"], ["twenty_app_secret", "postgres_password"]),
    "plane": (["plane/.env", "plane.env", "apiserver/.env"], ["plane_secret_key", "postgres_password", "minio_secret"]),
    "paperless": (["docker-compose.env", "paperless/docker-compose.env", "paperless.conf"], ["paperless_secret_key", "postgres_password"]),
}


def make_dotenv(app):
    paths, keys = DOTENV_APPS[app]

    def fn(r, c, ob):
        path = pick(r, paths)
        h = host(r, app)

        def v(key):
            return c.value if c.key == key else ""
        L = ["# %s settings for %s" % (app.capitalize(), pick(r, ["production", "the office server", "prod-eu"]))]
        if app == "kimai":
            L += ["APP_ENV=prod", "APP_SECRET=%s" % v("kimai_app_secret"),
                  "DATABASE_URL=mysql://kimai:%s@127.0.0.1:3306/%s?charset=utf8mb4&serverVersion=10.11.6-MariaDB" % (v("mysql_password") or "${KIMAI_DB_PASSWORD}", dbname(r, "kimai")),
                  "MAILER_FROM=%s" % email(r), "MAILER_URL=null://localhost", "CORS_ALLOW_ORIGIN=^https?://localhost(:[0-9]+)?$",
                  "TRUSTED_PROXIES=127.0.0.1,REMOTE_ADDR"]
        elif app == "outline":
            L += ["NODE_ENV=production", "SECRET_KEY=%s" % v("outline_secret_key"), "UTILS_SECRET=%s" % v("outline_utils_secret"),
                  "DATABASE_URL=postgres://outline:%s@postgres:5432/outline" % (v("postgres_password") or "${POSTGRES_PASSWORD}"),
                  "PGSSLMODE=disable", "REDIS_URL=redis://redis:6379", "URL=https://%s" % h, "PORT=3000",
                  "FILE_STORAGE=%s" % ("s3" if c.key == "aws_secret" else "local"),
                  "FILE_STORAGE_UPLOAD_MAX_SIZE=262144000"]
            if c.key == "aws_secret":
                L += ["AWS_ACCESS_KEY_ID=%s" % c.id, "AWS_SECRET_ACCESS_KEY=%s" % c.value, "AWS_REGION=eu-central-1",
                      "AWS_S3_UPLOAD_BUCKET_URL=https://s3.eu-central-1.amazonaws.com", "AWS_S3_UPLOAD_BUCKET_NAME=%s-outline" % company(r)]
            L += ["FORCE_HTTPS=true", "ENABLE_UPDATES=false", "DEFAULT_LANGUAGE=%s" % pick(r, LOCALES),
                  "OIDC_CLIENT_ID=outline", "OIDC_AUTH_URI=https://%s/realms/main/protocol/openid-connect/auth" % host(r, "sso")]
        elif app == "twenty":
            L += ["TAG=latest", "PG_DATABASE_USER=postgres", "PG_DATABASE_PASSWORD=%s" % v("postgres_password"),
                  "PG_DATABASE_HOST=db", "PG_DATABASE_PORT=5432", "REDIS_URL=redis://redis:6379",
                  "SERVER_URL=https://%s" % h, "APP_SECRET=%s" % v("twenty_app_secret"), "STORAGE_TYPE=local",
                  "SIGN_IN_PREFILLED=false", "IS_BILLING_ENABLED=false"]
        elif app == "plane":
            L += ["DEBUG=0", "WEB_URL=https://%s" % h, "CORS_ALLOWED_ORIGINS=https://%s" % h,
                  "POSTGRES_USER=plane", "POSTGRES_PASSWORD=%s" % v("postgres_password"), "POSTGRES_DB=plane", "PGDATA=/var/lib/postgresql/data",
                  "REDIS_HOST=plane-redis", "REDIS_PORT=6379", "SECRET_KEY=%s" % v("plane_secret_key"),
                  "USE_MINIO=1", "AWS_REGION=", "AWS_ACCESS_KEY_ID=access-key", "AWS_SECRET_ACCESS_KEY=%s" % v("minio_secret"),
                  "AWS_S3_ENDPOINT_URL=http://plane-minio:9000", "AWS_S3_BUCKET_NAME=uploads", "FILE_SIZE_LIMIT=5242880",
                  "GUNICORN_WORKERS=%d" % r.randrange(1, 5)]
        else:
            L += ["PAPERLESS_URL=https://%s" % h, "PAPERLESS_SECRET_KEY=%s" % v("paperless_secret_key"),
                  "PAPERLESS_TIME_ZONE=%s" % pick(r, TZ), "PAPERLESS_OCR_LANGUAGE=%s" % pick(r, ["deu", "eng", "fra", "deu+eng"]),
                  "PAPERLESS_DBHOST=db", "PAPERLESS_DBPASS=%s" % v("postgres_password"),
                  "PAPERLESS_CONSUMER_POLLING=%d" % pick(r, [0, 60]), "PAPERLESS_TASK_WORKERS=%d" % r.randrange(1, 4),
                  "USERMAP_UID=1000", "USERMAP_GID=1000", "PAPERLESS_FILENAME_FORMAT={created_year}/{correspondent}/{title}"]
        if chance(r, 0.5):
            L.insert(1, cmt(r, "#"))
        return path, "dotenv", "\n".join(L) + "\n"
    return fn, keys


for _app in sorted(DOTENV_APPS):
    _fn, _keys = make_dotenv(_app)
    tpl("dotenv_" + _app, _keys)(_fn)


@tpl("paperless_compose", ["paperless_secret_key", "postgres_password"])
def t_paperless_compose(r, c, ob):
    path = pick(r, ["docker-compose.yml", "paperless/docker-compose.yml", "compose/paperless.yaml"])
    sk = c.value if c.key == "paperless_secret_key" else "${PAPERLESS_SECRET_KEY}"
    pw = c.value if c.key == "postgres_password" else "${PAPERLESS_DBPASS}"
    L = ["services:", "  broker:", "    image: docker.io/library/redis:7", "    restart: unless-stopped",
         "  db:", "    image: docker.io/library/postgres:16", "    restart: unless-stopped", "    volumes:", "      - pgdata:/var/lib/postgresql/data",
         "    environment:", "      POSTGRES_DB: paperless", "      POSTGRES_USER: paperless", "      POSTGRES_PASSWORD: %s" % yq(r, pw),
         "  webserver:", "    image: ghcr.io/paperless-ngx/paperless-ngx:%s" % pick(r, ["latest", "2.11", "2.14.7"]),
         "    restart: unless-stopped", "    depends_on:", "      - db", "      - broker", "    ports:", '      - "8000:8000"',
         "    volumes:", "      - data:/usr/src/paperless/data", "      - media:/usr/src/paperless/media", "      - ./consume:/usr/src/paperless/consume",
         "    environment:", "      PAPERLESS_REDIS: redis://broker:6379", "      PAPERLESS_DBHOST: db",
         "      PAPERLESS_DBPASS: %s" % yq(r, pw), "      PAPERLESS_SECRET_KEY: %s" % yq(r, sk),
         "      PAPERLESS_URL: https://%s" % host(r, "paperless"), "      PAPERLESS_OCR_LANGUAGE: %s" % pick(r, ["deu", "eng"]),
         "volumes:", "  data:", "  media:", "  pgdata:"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl("bookstack_api", ["bookstack_token_secret"], noempty=True)
def t_bookstack(r, c, ob):
    h = host(r, pick(r, ["wiki", "docs", "kb"]))
    if chance(r, 0.5):
        path = pick(r, ["scripts/bookstack_export.py", "tools/kb_backup.py"])
        L = ["import os", "import requests", "", 'BOOKSTACK_URL = "https://%s"' % h]
        if ob:
            L += ['TOKEN_ID = "%s"' % c.id, 'TOKEN_SECRET = "%s"' % c.value,
                  'HEADERS = {"Authorization": f"Token {TOKEN_ID}:{TOKEN_SECRET}"}']
        else:
            L += ['HEADERS = {"Authorization": "Token %s:%s"}' % (c.id, c.value)]
        L += ["", "", "def export_book(book_id, fmt='markdown'):",
              '    r = requests.get(f"{BOOKSTACK_URL}/api/books/{book_id}/export/{fmt}", headers=HEADERS, timeout=60)',
              "    r.raise_for_status()", "    return r.text", "", "",
              "for book in requests.get(f\"{BOOKSTACK_URL}/api/books?count=%d\", headers=HEADERS).json()['data']:" % pick(r, [50, 100]),
              "    with open(os.path.join('export', book['slug'] + '.md'), 'w') as fh:",
              "        fh.write(export_book(book['id']))"]
        return path, "python", "\n".join(L) + "\n"
    path = pick(r, ["bin/bookstack-search.sh", "scripts/kb_search.sh"])
    L = ["#!/bin/sh", "# search the knowledge base from the terminal", 'Q="$1"',
         'curl -s -G "https://%s/api/search" --data-urlencode "query=$Q" \\' % h,
         '  -H "Authorization: Token %s:%s" | jq -r \'.data[] | "\\(.type) \\(.name) \\(.url)"\'' % (c.id, c.value)]
    return path, "shell", "\n".join(L) + "\n"


@tpl("wikijs_config_yml", ["wikijs_db_pass"])
def t_wikijs(r, c, ob):
    path = pick(r, ["config.yml", "wikijs/config.yml", "wiki/config.yml"])
    L = ["#######################################################################", "# Wiki.js - CONFIGURATION                                             #",
         "#######################################################################", "", "port: %d" % pick(r, [3000, 80]), "",
         "db:", "  type: postgres", "  host: %s" % pick(r, ["localhost", "db", ip(r)]), "  port: 5432",
         "  user: wikijs", "  pass: %s" % yq(r, c.value), "  db: %s" % dbname(r, "wiki"), "  ssl: false", "",
         "ssl:", "  enabled: false", "", "pool:", "  min: 2", "  max: 10", "",
         "bindIP: 0.0.0.0", "", "logLevel: %s" % pick(r, ["info", "warn"]), "", "offline: false", "", "ha: false", "",
         "dataPath: ./data"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl("vikunja_config_yml", ["vikunja_jwt_secret", "mysql_password"])
def t_vikunja(r, c, ob):
    path = pick(r, ["config.yml", "vikunja/config.yml", "etc/vikunja/config.yml"])
    js = yq(r, c.value) if c.key == "vikunja_jwt_secret" else '""'
    pw = yq(r, c.value) if c.key == "mysql_password" else '""'
    L = ["service:", "  # The secret used to sign JWT tokens", "  jwtsecret: %s" % js,
         "  interface: \":3456\"", "  publicurl: https://%s/" % host(r, "tasks"), "  enableregistration: false",
         "  timezone: %s" % pick(r, TZ), "", "database:", "  type: mysql", "  user: vikunja", "  password: %s" % pw,
         "  host: %s" % pick(r, ["localhost", "db"]), "  database: %s" % dbname(r, "vikunja"), "",
         "mailer:", "  enabled: false", "", "log:", "  level: %s" % pick(r, ["INFO", "WARNING"]), "",
         "files:", "  basepath: ./files", "  maxsize: 20MB"]
    return path, "yaml", "\n".join(L) + "\n"


@tpl("plane_requests_py", ["plane_api_key", "vikunja_token"], noempty=True)
def t_plane(r, c, ob):
    prov = c.provider
    path = pick(r, ["scripts/%s_issues.py" % prov, "integrations/%s_sync.py" % prov, "%s_import.py" % prov])
    h = host(r, prov)
    var = vname(r, c, ob, ("screaming", "snake"))
    if prov == "plane":
        hdr = '"X-API-Key"'
        url = 'f"{BASE}/api/v1/workspaces/%s/projects/"' % company(r)
        pre = ""
    else:
        hdr = '"Authorization"'
        url = 'f"{BASE}/api/v1/projects"'
        pre = "Bearer "
    L = ["import httpx", "", 'BASE = "https://%s"' % h]
    if ob:
        L.append('%s = "%s"' % (var, c.value))
        val = ('f"Bearer {%s}"' % var) if pre else var
    else:
        val = '"%s%s"' % (pre, c.value)
    L += ["", "with httpx.Client(headers={%s: %s}, timeout=20) as http:" % (hdr, val),
          "    resp = http.get(%s)" % url, "    resp.raise_for_status()",
          "    for item in resp.json()%s:" % ('["results"]' if prov == "plane" else ""),
          '        print(item["id"], item.get("name") or item.get("title"))']
    return path, "python", "\n".join(L) + "\n"


@tpl("invoiceninja_curl", ["invoiceninja_token"], noempty=True)
def t_ninja_curl(r, c, ob):
    path = pick(r, ["scripts/ninja_invoices.sh", "bin/ninja-clients.sh", "ops/invoiceninja_check.sh"])
    h = host(r, "invoicing")
    L = ["#!/usr/bin/env bash", "# " + pick(r, ["list unpaid invoices", "export clients for the accountant"])]
    if ob:
        L += ['NINJA_TOKEN="%s"' % c.value, "",
              'curl -s "https://%s/api/v1/invoices?status=active&per_page=%d" \\' % (h, pick(r, [20, 50])),
              '  -H "X-API-TOKEN: $NINJA_TOKEN" -H "X-Requested-With: XMLHttpRequest" | jq \'.data[] | {number, balance}\'']
    else:
        L += ['curl -s "https://%s/api/v1/clients?per_page=100" \\' % h,
              '  -H "X-API-TOKEN: %s" \\' % c.value, '  -H "X-Requested-With: XMLHttpRequest" | jq .']
    return path, "shell", "\n".join(L) + "\n"


HELM_APPS = ["odoo", "erpnext", "redmine", "snipeit", "bookstack", "outline", "mautic", "nextcloud", "glpi", "paperless"]


@tpl("helm_values", ["postgres_password", "mysql_password", "smtp_password", "redmine_secret_key_base",
                     "paperless_secret_key", "outline_secret_key", "snipeit_app_key", "odoo_admin_passwd",
                     "minio_secret"])
def t_helm(r, c, ob):
    app = {"redmine_secret_key_base": "redmine", "paperless_secret_key": "paperless", "outline_secret_key": "outline",
           "snipeit_app_key": "snipeit", "odoo_admin_passwd": "odoo"}.get(c.key) or pick(r, HELM_APPS)
    path = pick(r, ["charts/%s/values.yaml" % app, "helm/%s/values-prod.yaml" % app, "deploy/helm/values.%s.yaml" % app])
    L = ["# Default values for %s." % app, "replicaCount: %d" % r.randrange(1, 4), "",
         "image:", "  repository: %s" % pick(r, ["docker.io/bitnami/%s" % app, "ghcr.io/%s/%s" % (company(r), app)]),
         "  tag: \"%s\"" % version(r), "  pullPolicy: IfNotPresent", "",
         "ingress:", "  enabled: true", "  className: nginx", "  hosts:", "    - host: %s" % host(r, app),
         "      paths:", "        - path: /", "          pathType: Prefix", ""]
    sec = yq(r, c.value)
    if c.key in ("postgres_password", "mysql_password"):
        L += ["postgresql:" if c.key == "postgres_password" else "mariadb:", "  enabled: true", "  auth:",
              "    username: %s" % app, "    database: %s" % dbname(r, app), "    password: %s" % sec, ""]
    elif c.key == "smtp_password":
        L += ["smtp:", "  host: %s" % pick(r, ["smtp.office365.com", "mail.%s" % pick(r, TLDS)]), "  port: 587",
              "  user: %s" % email(r), "  password: %s" % sec, ""]
    elif c.key == "minio_secret":
        L += ["persistence:", "  s3:", "    endpoint: https://minio.%s" % pick(r, TLDS), "    bucket: %s" % app,
              "    accessKey: %s" % app, "    secretKey: %s" % sec, ""]
    else:
        n = {"redmine_secret_key_base": "secretKeyBase", "paperless_secret_key": "secretKey", "outline_secret_key": "secretKey",
             "snipeit_app_key": "appKey", "odoo_admin_passwd": "adminPassword"}[c.key]
        if not ob:
            n = pick(r, ["bootstrapValue", "initValue", "seed"])
        L += ["%s:" % app, "  %s: %s" % (n, sec), "  existingSecret: \"\"", ""]
    L += ["resources:", "  limits:", "    cpu: %dm" % pick(r, [500, 1000, 2000]), "    memory: %dMi" % pick(r, [512, 1024, 2048]),
          "  requests:", "    cpu: 100m", "    memory: 256Mi", "", "nodeSelector: {}", "tolerations: []"]
    return path, "yaml", "\n".join(L) + "\n"


ANSIBLE_VARNAMES = {
    "odoo_admin_passwd": "odoo_admin_passwd", "odoo_db_password": "odoo_db_password", "odoo_api_key": "odoo_api_key",
    "frappe_encryption_key": "erpnext_encryption_key", "frappe_db_password": "erpnext_db_password",
    "dolibarr_db_pass": "dolibarr_db_pass", "glpi_db_password": "glpi_db_password", "redmine_db_password": "redmine_db_password",
    "redmine_secret_key_base": "redmine_secret_key_base", "kimai_app_secret": "kimai_app_secret",
    "mautic_secret_key": "mautic_secret_key", "znuny_db_pw": "znuny_database_pw", "smtp_password": "smtp_relay_password",
    "postgres_password": "postgres_password", "mysql_password": "mysql_root_password", "vikunja_jwt_secret": "vikunja_jwtsecret",
    "outline_utils_secret": "outline_utils_secret", "firefly_cron": "firefly_static_cron_token",
}


@tpl("ansible_vars", sorted(ANSIBLE_VARNAMES))
def t_ansible(r, c, ob):
    grp = pick(r, ["erp", "crm", "helpdesk", "intranet", "tools"])
    path = pick(r, ["group_vars/%s/vars.yml" % grp, "inventories/prod/group_vars/%s.yml" % grp, "roles/%s/defaults/main.yml" % c.provider,
                    "host_vars/%s-01.yml" % grp])
    name = ANSIBLE_VARNAMES[c.key] if ob else "%s_%s" % (c.provider, pick(r, ["bootstrap_value", "init_blob", "seed_string", "conn_arg"]))
    L = ["---", cmt(r, "#"), "%s_version: \"%s\"" % (c.provider, version(r)),
         "%s_domain: %s" % (c.provider, host(r, c.provider)), "%s_http_port: %d" % (c.provider, pick(r, [8069, 8000, 8080, 3000])),
         "%s_user: %s" % (c.provider, c.provider), "%s_group: www-data" % c.provider,
         "%s_install_dir: /opt/%s" % (c.provider, c.provider), "",
         "%s: %s" % (name, yq(r, c.value)), "",
         "backup_enabled: %s" % pick(r, ["true", "false"]), "backup_retention_days: %d" % pick(r, [7, 14, 30]),
         "backup_target: s3://%s-backups/%s" % (company(r), c.provider),
         "monitoring_team: %s" % pick(r, ["infra", "platform"]),
         "letsencrypt_email: %s" % email(r)]
    return path, "yaml", "\n".join(L) + "\n"


@tpl("postman_env_json", ["odoo_api_key", "glpi_user_token", "redmine_api_key", "invoiceninja_token", "plane_api_key",
                          "dolibarr_api_key", "paperless_token", "kimai_api_token", "outline_api_key", "openproject_api_key",
                          "espocrm_api_key", "vikunja_token"])
def t_postman(r, c, ob):
    prov = c.provider
    path = pick(r, ["postman/%s.postman_environment.json" % prov, "docs/api/%s-prod.postman_environment.json" % prov,
                    "tests/postman/%s_env.json" % prov])
    keyname = style(c.words, "camel") if ob else pick(r, ["value1", "authValue", "hdr", "x"])
    vals = [{"key": "baseUrl", "value": "https://%s" % host(r, prov), "type": "default", "enabled": True},
            {"key": keyname, "value": c.value, "type": pick(r, ["secret", "default"]), "enabled": True},
            {"key": "pageSize", "value": str(pick(r, [20, 50, 100])), "type": "default", "enabled": True}]
    if chance(r, 0.5):
        vals.append({"key": "recordId", "value": str(r.randrange(1, 5000)), "type": "default", "enabled": True})
    d = {"id": uuid4(r), "name": "%s %s" % (prov, pick(r, ["prod", "staging", "local"])), "values": vals,
         "_postman_variable_scope": "environment", "_postman_exported_at": "%sT%02d:%02d:%02d.%03dZ" % (date(r), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000)),
         "_postman_exported_using": "Postman/%s" % pick(r, ["10.24.3", "11.2.14", "10.18.1"])}
    return path, "json", json.dumps(d, indent=pick(r, [2, 4]), ensure_ascii=False) + "\n"


@tpl("n8n_credentials_json", ["odoo_api_key", "odoo_user_password", "nextcloud_app_password", "mautic_api_password",
                              "invoiceninja_token", "bookstack_token_secret", "espocrm_api_key", "sendgrid_key"])
def t_n8n(r, c, ob):
    prov = c.provider
    path = pick(r, ["n8n/credentials/%s.json" % prov, "workflows/credentials_export.json", "backup/n8n-credentials-%s.json" % date(r)])
    data = {"url": "https://%s" % host(r, prov)}
    if c.key in ("odoo_api_key", "odoo_user_password"):
        data.update({"username": email(r), "password": c.value, "db": dbname(r, "odoo")})
    elif c.key == "nextcloud_app_password":
        data.update({"webDavUrl": "https://%s/remote.php/webdav" % host(r, "cloud"), "user": pick(r, USERS), "password": c.value})
    elif c.key == "mautic_api_password":
        data.update({"username": pick(r, USERS), "password": c.value})
    elif c.key == "bookstack_token_secret":
        data.update({"tokenId": c.id, "tokenSecret": c.value})
    elif c.key == "sendgrid_key":
        data = {"apiKey": c.value}
    else:
        data.update({"apiKey": c.value})
    d = [{"id": str(r.randrange(1, 400)), "name": "%s account" % prov.capitalize(),
          "type": "%sApi" % prov, "data": data, "createdAt": "%sT10:%02d:00.000Z" % (date(r), r.randrange(60)),
          "updatedAt": "%sT08:%02d:00.000Z" % (date(r), r.randrange(60))}]
    return path, "json", json.dumps(d, indent=2) + "\n"


RUNBOOK_CMDS = {
    "frappe_encryption_key": lambda r, c: "bench --site %s set-config encryption_key '%s'" % (host(r, "erp"), c.value),
    "frappe_db_password": lambda r, c: "bench new-site %s --db-root-username root --admin-password '%s'" % (host(r, "erp"), c.value),
    "odoo_admin_passwd": lambda r, c: "sed -i 's/^admin_passwd.*/admin_passwd = %s/' /etc/odoo/odoo.conf" % c.value,
    "redmine_api_key": lambda r, c: "curl -H 'X-Redmine-API-Key: %s' https://%s/projects.json" % (c.value, host(r, "redmine")),
    "glpi_app_token": lambda r, c: "curl -H 'App-Token: %s' -u %s https://%s/apirest.php/initSession" % (c.value, pick(r, USERS), host(r, "glpi")),
    "paperless_token": lambda r, c: "curl -H 'Authorization: Token %s' -F document=@scan.pdf https://%s/api/documents/post_document/" % (c.value, host(r, "paperless")),
    "mysql_password": lambda r, c: "mysql -u root -p'%s' -e 'SHOW PROCESSLIST'" % c.value,
    "postgres_password": lambda r, c: "PGPASSWORD='%s' psql -h db -U postgres -c '\\l'" % c.value,
    "nextcloud_app_password": lambda r, c: "rclone config create nc webdav url https://%s/remote.php/dav/files/%s vendor nextcloud user %s pass %s" % (host(r, "cloud"), "ops", "ops", c.value),
    "outline_api_key": lambda r, c: "curl -X POST https://%s/api/auth.info -H 'Authorization: Bearer %s'" % (host(r, "docs"), c.value),
    "kimai_api_token": lambda r, c: "curl -H 'Authorization: Bearer %s' https://%s/api/users/me" % (c.value, host(r, "kimai")),
    "dolibarr_api_key": lambda r, c: "curl -H 'DOLAPIKEY: %s' https://%s/api/index.php/status" % (c.value, host(r, "dolibarr")),
    "firefly_cron": lambda r, c: "wget -qO- https://%s/api/v1/cron/%s" % (host(r, "money"), c.value),
    "snipeit_app_key": lambda r, c: "docker exec snipeit sed -i 's|^APP_KEY=.*|APP_KEY=%s|' /var/www/html/.env" % c.value,
    "openproject_api_key": lambda r, c: "curl -u apikey:%s https://%s/api/v3/users/me" % (c.value, host(r, "openproject")),
    "espocrm_api_key": lambda r, c: "curl -H 'X-Api-Key: %s' https://%s/api/v1/Account?maxSize=5" % (c.value, host(r, "crm")),
}


@tpl("runbook_md", sorted(RUNBOOK_CMDS), noempty=True)
def t_runbook(r, c, ob):
    path = pick(r, ["notes/runbook.md", "docs/ops/%s-restore.md" % c.provider, "README.ops.md", "docs/runbooks/%s.md" % c.provider,
                    "wiki/%s-migration.md" % c.provider])
    title = pick(r, ["%s restore procedure" % c.provider.capitalize(), "Moving %s to the new VM" % c.provider.capitalize(),
                     "%s on-call notes" % c.provider.capitalize()])
    L = ["# %s" % title, "", "Last updated %s by %s." % (date(r), pick(r, USERS)), "",
         "## Before you start", "", "- announce the window in #ops (%s)" % ticket(r),
         "- take a snapshot of the VM `%s-%02d`" % (c.provider, r.randrange(1, 9)),
         "- check free disk space: `df -h /var/lib`", "", "## Steps", "",
         "1. Stop the workers: `systemctl stop %s-worker`" % c.provider,
         "2. Restore the dump: `gunzip -c %s_%s.sql.gz | mysql %s`" % (c.provider, date(r), c.provider),
         "3. %s:" % pick(r, ["Re-apply the config", "Check the API answers", "Set the key again"]), "",
         "```bash", RUNBOOK_CMDS[c.key](r, c), "```", "",
         "4. Start everything again and watch the logs for %d minutes." % pick(r, [5, 10, 15]), "",
         "## Rollback", "", "Revert the snapshot. Nothing else is needed."]
    return path, "markdown", "\n".join(L) + "\n"


@tpl("spring_properties", ["redmine_api_key", "odoo_api_key", "glpi_user_token", "mysql_password", "postgres_password",
                           "smtp_password", "openproject_api_key"])
def t_props(r, c, ob):
    path = pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties",
                    "service/src/main/resources/application.properties"])
    L = ["spring.application.name=%s-bridge" % pick(r, ["erp", "helpdesk", "ticket", "asset"]),
         "server.port=%d" % pick(r, [8080, 8081, 9090]), "management.endpoints.web.exposure.include=health,info", ""]
    if c.key in ("mysql_password", "postgres_password"):
        kind = "mysql" if c.key == "mysql_password" else "postgresql"
        L += ["spring.datasource.url=jdbc:%s://%s:%d/%s" % (kind, pick(r, ["db", ip(r)]), 3306 if kind == "mysql" else 5432, dbname(r, "bridge")),
              "spring.datasource.username=bridge", "spring.datasource.password=%s" % c.value,
              "spring.jpa.hibernate.ddl-auto=validate"]
    elif c.key == "smtp_password":
        L += ["spring.mail.host=%s" % pick(r, ["smtp.office365.com", "mail.%s" % pick(r, TLDS)]), "spring.mail.port=587",
              "spring.mail.username=%s" % email(r), "spring.mail.password=%s" % c.value,
              "spring.mail.properties.mail.smtp.starttls.enable=true"]
    else:
        prov = c.provider
        prop = "%s.api.%s" % (prov, "key" if ob else pick(r, ["ref", "value", "param"]))
        L += ["%s.api.base-url=https://%s" % (prov, host(r, prov)), prop + "=" + c.value,
              "%s.api.timeout=%ds" % (prov, pick(r, [10, 30])), "%s.sync.cron=0 */15 * * * *" % prov]
    L += ["", "logging.level.root=INFO", "logging.level.com.%s=DEBUG" % company(r)]
    return path, "properties", "\n".join(L) + "\n"


@tpl("k8s_secret_stringdata", ["odoo_admin_passwd", "frappe_encryption_key", "postgres_password", "outline_secret_key", "paperless_secret_key",
                               "twenty_app_secret", "plane_secret_key", "kimai_app_secret", "mautic_secret_key",
                               "vikunja_jwt_secret", "firefly_app_key", "bookstack_app_key", "akaunting_app_key"])
def t_k8s(r, c, ob):
    path = pick(r, ["k8s/%s/secret.yaml" % c.provider, "manifests/%s-secret.yaml" % c.provider, "deploy/k8s/secrets.yaml"])
    key = c.env if ob else pick(r, ["VALUE", "INIT", "X_ARG"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (c.provider, pick(r, ["env", "secrets", "config"])),
         "  namespace: %s" % pick(r, ["erp", "tools", "default", c.provider]), "  labels:",
         "    app.kubernetes.io/name: %s" % c.provider, "type: Opaque", "stringData:",
         "  %s: %s" % (key, yq(r, c.value))]
    if chance(r, 0.5):
        L.append("  TZ: %s" % pick(r, TZ))
    return path, "yaml", "\n".join(L) + "\n"


@tpl("dockerfile_env", ["odoo_api_key", "redmine_api_key", "glpi_app_token", "paperless_token", "firefly_cron"], noempty=True)
def t_dockerfile(r, c, ob):
    path = pick(r, ["Dockerfile", "docker/sync/Dockerfile", "worker/Dockerfile"])
    L = ["FROM python:%s-slim" % pick(r, ["3.11", "3.12", "3.10"]), "", "WORKDIR /app",
         "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
         "ENV %s_URL=https://%s" % (c.provider.upper(), host(r, c.provider)),
         "ENV %s=%s" % (c.env if ob else "SYNC_ARG", c.value),
         "ENV PYTHONUNBUFFERED=1", "", "USER 1000", 'CMD ["python", "-m", "sync", "--interval", "%d"]' % pick(r, [300, 900])]
    return path, "dockerfile", "\n".join(L) + "\n"


@tpl("my_cnf", ["mysql_password", "dolibarr_db_pass", "glpi_db_password", "suitecrm_db_password"])
def t_mycnf(r, c, ob):
    path = pick(r, ["backup/.my.cnf", "ops/mysql/client.cnf", "etc/mysql/conf.d/backup.cnf"])
    L = ["# client credentials for the nightly mysqldump", "[client]", "user=%s" % pick(r, ["backup", "root", c.provider]),
         "password=%s" % c.value, "host=%s" % pick(r, ["127.0.0.1", "db", ip(r)]), "", "[mysqldump]",
         "single-transaction", "quick", "max_allowed_packet=%dM" % pick(r, [64, 256])]
    return path, "ini", "\n".join(L) + "\n"


@tpl("backup_sh", ["postgres_password", "mysql_password", "odoo_db_password", "redmine_db_password", "wikijs_db_pass"], noempty=True)
def t_backup(r, c, ob):
    app = c.provider if c.provider not in ("postgresql", "mysql") else pick(r, ["odoo", "redmine", "outline", "wikijs"])
    path = pick(r, ["scripts/backup_%s.sh" % app, "bin/nightly-dump.sh", "cron/backup.sh"])
    pg = c.key != "mysql_password"
    L = ["#!/bin/bash", "# nightly dump of the %s database, rotated after %d days" % (app, pick(r, [7, 14])), "set -euo pipefail",
         'STAMP=$(date +%F)', 'DEST=/srv/backup/%s' % app, 'mkdir -p "$DEST"']
    if pg:
        if ob:
            L += ["export PGPASSWORD='%s'" % c.value,
                  'pg_dump -h %s -U %s -Fc %s > "$DEST/%s-$STAMP.dump"' % (pick(r, ["db", "localhost"]), app, dbname(r, app), app)]
        else:
            L += ['pg_dump "postgresql://%s:%s@%s:5432/%s" -Fc > "$DEST/%s-$STAMP.dump"' % (app, c.value, pick(r, ["db", "localhost"]), dbname(r, app), app)]
    else:
        L += ["mysqldump -u %s -p'%s' --single-transaction %s | gzip > \"$DEST/%s-$STAMP.sql.gz\"" % (app, c.value, dbname(r, app), app)]
    L += ['find "$DEST" -type f -mtime +%d -delete' % pick(r, [7, 14]), 'echo "backup done: $STAMP"']
    return path, "shell", "\n".join(L) + "\n"


@tpl("frappe_restore_sh", ["frappe_encryption_key", "frappe_db_password"], noempty=True)
def t_frappe_restore(r, c, ob):
    site = host(r, "erp")
    path = pick(r, ["scripts/restore_site.sh", "ops/erpnext/restore.sh", "bin/restore-erpnext.sh"])
    L = ["#!/usr/bin/env bash", "# Restore the nightly ERPNext backup onto the standby bench.",
         "# %s" % pick(r, ["run as the frappe user from ~/frappe-bench", "tested with bench 5.x"]), "set -euo pipefail", "",
         'SITE="%s"' % site, 'BACKUP_DIR="/srv/backups/${SITE}"',
         'LATEST=$(ls -1t "$BACKUP_DIR"/*-database.sql.gz | head -n1)', 'FILES=${LATEST%-database.sql.gz}-files.tar',
         'PRIVATE=${LATEST%-database.sql.gz}-private-files.tar', ""]
    if c.key == "frappe_encryption_key":
        L += ['bench --site "$SITE" restore "$LATEST" --with-public-files "$FILES" --with-private-files "$PRIVATE" --db-root-password "$(cat /run/secrets/mariadb_root)"',
              "# the key from the old server, otherwise stored passwords cannot be decrypted"]
        if ob:
            L += ['ENCRYPTION_KEY="%s"' % c.value, 'bench --site "$SITE" set-config encryption_key "$ENCRYPTION_KEY"']
        else:
            L += ['bench --site "$SITE" set-config encryption_key "%s"' % c.value]
    else:
        L += ['bench --site "$SITE" restore "$LATEST" --with-public-files "$FILES" --with-private-files "$PRIVATE" \\',
              '  --db-root-username root --db-root-password "%s"' % c.value]
    L += ['bench --site "$SITE" migrate', 'bench --site "$SITE" clear-cache', 'echo "restored $SITE from $(basename "$LATEST")"']
    return path, "shell", "\n".join(L) + "\n"


@tpl("twenty_graphql_ts", ["twenty_api_key", "twenty_app_secret"], noempty=True)
def t_twenty_ts(r, c, ob):
    path = pick(r, ["src/crm/twentyClient.ts", "packages/sync/src/twenty.ts", "server/lib/twenty.ts"])
    h = host(r, "crm")
    L = ["import { GraphQLClient, gql } from 'graphql-request';", ""]
    if c.key == "twenty_api_key":
        var = vname(r, c, ob, ("camel", "screaming"))
        L += ["const endpoint = 'https://%s/graphql';" % h, "const %s = '%s';" % (var, c.value), "",
              "export const twenty = new GraphQLClient(endpoint, {", "  headers: { Authorization: `Bearer ${%s}` }," % var, "});"]
    else:
        L += ["// local dev server config, mirrors packages/twenty-server/.env",
              "export const serverConfig = {", "  serverUrl: 'https://%s'," % h,
              "  %s: '%s'," % ("appSecret" if ob else "signingInput", c.value), "  storageType: 'local',", "};", "",
              "export const twenty = new GraphQLClient(`${serverConfig.serverUrl}/graphql`);"]
    L += ["", "const PEOPLE = gql`", "  query People($first: Int) {", "    people(first: $first) {",
          "      edges { node { id name { firstName lastName } emails { primaryEmail } } }", "    }", "  }", "`;", "",
          "export async function listPeople(first = %d) {" % pick(r, [20, 60]),
          "  const res = await twenty.request<{ people: { edges: unknown[] } }>(PEOPLE, { first });",
          "  return res.people.edges;", "}"]
    return path, "typescript", "\n".join(L) + "\n"


@tpl("dsn_env", ["postgres_password", "mysql_password", "smtp_password", "redmine_db_password", "wikijs_db_pass"], noempty=True)
def t_dsn_env(r, c, ob):
    app = pick(r, ["kimai", "outline", "redmine", "plane", "twenty", "wikijs"]) if c.provider in GENERIC else c.provider
    path = pick(r, [".env.production", "deploy/%s.env" % app, "%s/.env" % app, "env/prod.env"])
    user = pick(r, [app, app + "_app", "svc_" + app])
    h = pick(r, ["db", "postgres", "%s-db.%s" % (app, pick(r, TLDS)), ip(r)])
    L = ["# %s runtime configuration (%s)" % (app, pick(r, ["prod", "eu-west", "office"])), "TZ=%s" % pick(r, TZ),
         "PORT=%d" % pick(r, [3000, 8001, 8080])]
    if c.key == "smtp_password":
        L += ["DATABASE_URL=postgresql://%s@%s:5432/%s" % (user, h, dbname(r, app)),
              "MAILER_DSN=smtp://%s:%s@%s:587" % (email(r).replace("@", "%40"), c.value, pick(r, ["smtp.office365.com", "mail.%s" % pick(r, TLDS)]))]
    else:
        scheme = "mysql" if c.key == "mysql_password" else pick(r, ["postgres", "postgresql"])
        port = 3306 if scheme == "mysql" else 5432
        L += ["DATABASE_URL=%s://%s:%s@%s:%d/%s" % (scheme, user, c.value, h, port, dbname(r, app)),
              "MAILER_DSN=null://null"]
    L += ["REDIS_URL=redis://%s:6379/%d" % (pick(r, ["redis", "127.0.0.1"]), r.randrange(0, 4)),
          "LOG_LEVEL=%s" % pick(r, ["info", "warn"]), "PUBLIC_URL=https://%s" % host(r, app)]
    if chance(r, 0.5):
        L.insert(1, cmt(r, "#"))
    return path, "dotenv", "\n".join(L) + "\n"


POSITIONAL_KEYS = ["odoo_api_key", "redmine_api_key", "glpi_user_token", "paperless_token", "kimai_api_token",
                   "outline_api_key", "vikunja_token", "plane_api_key", "openproject_api_key", "invoiceninja_token",
                   "dolibarr_api_key", "espocrm_api_key", "firefly_pat"]


@tpl("systemd_unit", POSITIONAL_KEYS, noempty=True)
def t_systemd(r, c, ob):
    prov = c.provider
    path = pick(r, ["deploy/systemd/%s-sync.service" % prov, "etc/systemd/system/%s-export.service" % prov,
                    "ops/units/%s-bridge.service" % prov])
    L = ["[Unit]", "Description=%s sync worker" % prov.capitalize(), "After=network-online.target", "Wants=network-online.target", "",
         "[Service]", "Type=simple", "User=%s" % pick(r, ["sync", "svc-" + prov, "www-data"]), "WorkingDirectory=/opt/%s-sync" % prov,
         "Environment=PYTHONUNBUFFERED=1",
         "ExecStart=/opt/%s-sync/venv/bin/python -m %s_sync https://%s %s %s" % (prov, prov, host(r, prov), pick(r, ["--interval 300", "--once", "--since 7d"]), c.value),
         "Restart=on-failure", "RestartSec=%d" % pick(r, [10, 30, 60]), "", "[Install]", "WantedBy=multi-user.target"]
    return path, "systemd", "\n".join(L) + "\n"


@tpl("py_positional_client", POSITIONAL_KEYS, noempty=True)
def t_py_positional(r, c, ob):
    prov = c.provider
    cls = {"odoo": "OdooRPC", "redmine": "RedmineClient", "glpi": "GlpiClient", "paperless": "PaperlessApi",
           "kimai": "KimaiClient", "outline": "OutlineClient", "vikunja": "Vikunja", "plane": "PlaneClient",
           "openproject": "OpenProject", "invoiceninja": "NinjaClient", "dolibarr": "DolibarrApi", "espocrm": "EspoClient",
           "fireflyiii": "FireflyClient"}[prov]
    path = pick(r, ["%s/settings_local.py" % pick(r, ["app", "bridge", "sync"]), "jobs/%s_job.py" % prov, "src/%s_adapter.py" % prov])
    extra = '"%s", "%s", ' % (dbname(r, "odoo"), email(r)) if prov == "odoo" else ""
    obj = pick(r, ["client", "api", "conn", prov])
    L = ["from %s import %s" % (pick(r, ["clients", "bridge.clients", "lib.api"]), cls), "import logging", "",
         "log = logging.getLogger(__name__)", "",
         "%s = %s(\"https://%s\", %s\"%s\")" % (obj, cls, host(r, prov), extra, c.value), "",
         "", "def run(batch_size=%d):" % pick(r, [50, 100, 250]),
         "    log.info(\"starting %s sync, batch=%%s\", batch_size)" % prov,
         "    for chunk in %s.iter_changes(batch_size=batch_size):" % obj,
         "        log.debug(\"chunk of %d records\", len(chunk))", "        push(chunk)", "", "",
         "def push(records):", "    for rec in records:", "        log.info(\"would push %s\", rec[\"id\"])"]
    return path, "python", "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# decoys for the secret slot (negatives re-using the templates above)
# ---------------------------------------------------------------------------

def pbkdf2_odoo_hash(r):
    ab64 = string.ascii_letters + string.digits + "./"
    return "$pbkdf2-sha512$%d$%s$%s" % (pick(r, [25000, 350000, 600000]), alnum(r, 22, ab64), alnum(r, 86, ab64))


def bcrypt_hash(r):
    return "$2y$%02d$%s" % (pick(r, [10, 12]), alnum(r, 53, BCRYPT_ALPHA))


DOC_EXAMPLES = {
    "laravel": ["SomeRandomString", "SomeRandomStringOf32CharsExactly", "base64:"],
    "outline": ["generate_a_new_key"],
    "hex64": ["generate_a_new_key"],
    "awssecret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "django": ["change-me", "django-insecure-change-me"],
    "hex15": ["<api_secret>"],
    "alnum32": ["<token_secret>"],
}

MASK_PREFIX = {"outline": "ol_api_", "plane": "plane_api_", "vikunja": "tk_", "laravel": "base64:", "sendgrid": "SG.",
               "stripe": "sk_live_", "mailgun": "key-", "passport": "eyJ0eXAiOiJKV1Qi", "wikijs": "eyJhbGciOiJSUzI1NiIs",
               "twenty": "eyJhbGciOiJIUzI1NiIs"}


def decoy(r, c, noempty):
    g = CREDS[c.key][2]
    snake = "_".join(c.words)
    opts = ["placeholder", "env_ref", "secret_manager_ref", "masked"]
    if not noempty:
        opts.append("empty")
    if g in DOC_EXAMPLES:
        opts.append("doc_example")
    if c.key == "odoo_admin_passwd":
        opts += ["password_hash", "password_hash"]
    kind = pick(r, opts)
    if kind == "placeholder":
        v = pick(r, ["<your-%s>" % "-".join(c.words), "YOUR_%s_HERE" % snake.upper(), "CHANGE_ME", "__%s__" % c.env,
                     "x" * pick(r, [8, 16, 32]), "replace-with-real-%s" % c.words[-1], "<%s>" % snake, "TODO-set-in-vault",
                     "%s_goes_here" % snake, "dummy-%s-for-ci" % c.words[-1], "PLACEHOLDER"])
    elif kind == "env_ref":
        v = pick(r, ["${%s}" % c.env, "$%s" % c.env, "${%s:?missing}" % c.env, "%%env(%s)%%" % c.env,
                     "$(%s)" % c.env, "{{ .Env.%s }}" % c.env, "${env:%s}" % c.env, "{{ env \"%s\" }}" % c.env])
    elif kind == "secret_manager_ref":
        v = pick(r, ["{{ vault_%s }}" % snake, "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/%s:%s') }}" % (c.provider, snake),
                     "op://Infrastructure/%s/%s" % (c.provider, "-".join(c.words)),
                     "vault:secret/data/%s#%s" % (c.provider, snake),
                     "arn:aws:secretsmanager:eu-central-1:%012d:secret:%s/%s" % (r.randrange(10 ** 11, 10 ** 12), c.provider, "-".join(c.words)),
                     "sops:%s/%s" % (c.provider, snake), "secretref://%s/%s" % (c.provider, c.env.lower())])
    elif kind == "masked":
        pre = MASK_PREFIX.get(g, "")
        v = pick(r, [pre + "*" * pick(r, [8, 12, 20]), pre + "\u2022" * 8, "[REDACTED]", "***REMOVED***", "<hidden>",
                     pre + "...redacted...", "********"])
    elif kind == "empty":
        v = ""
    elif kind == "doc_example":
        v = pick(r, DOC_EXAMPLES[g])
    else:
        v = pbkdf2_odoo_hash(r)
    pid = None
    if c.key == "aws_secret":
        pid = "AKIAIOSFODNN7EXAMPLE" if kind == "doc_example" else "${AWS_ACCESS_KEY_ID}"
    elif CREDS[c.key][5]:
        pid = IDGEN[CREDS[c.key][5]](r)
    return Cred(c.key, v, pid, kind)


# ---------------------------------------------------------------------------
# domain look-alike negatives: (relpath, filetype, text, provider, kind)
# ---------------------------------------------------------------------------

LOOKALIKES = []


def look(fn):
    LOOKALIKES.append(fn)
    return fn


@look
def n_odoo_manifest(r):
    mod = pick(r, ["%s_sale_extra" % company(r), "l10n_%s_reports" % pick(r, ["de", "fr", "ch"]), "stock_barcode_tweaks", "hr_expense_import"])
    ver = "%s.0.%d.%d.%d" % (pick(r, ["15", "16", "17", "18"]), r.randrange(1, 4), r.randrange(0, 9), r.randrange(0, 20))
    L = ["# -*- coding: utf-8 -*-", "{", "    'name': '%s'," % mod.replace("_", " ").title(), "    'version': '%s'," % ver,
         "    'summary': '%s'," % pick(r, ["Extra fields on quotations", "Localized reports", "Barcode helpers"]),
         "    'category': '%s'," % pick(r, ["Sales", "Accounting/Localizations", "Inventory"]),
         "    'author': '%s GmbH'," % company(r).capitalize(), "    'website': 'https://www.%s.%s'," % (company(r), pick(r, TLDS)),
         "    'license': '%s'," % pick(r, ["LGPL-3", "OPL-1", "AGPL-3"]),
         "    'depends': [%s]," % ", ".join("'%s'" % d for d in r.sample(["base", "sale", "stock", "account", "mail", "web", "hr"], 3)),
         "    'data': [", "        'security/ir.model.access.csv',", "        'views/%s_views.xml'," % mod, "        'data/mail_template_data.xml',", "    ],",
         "    'assets': {", "        'web.assets_backend': ['%s/static/src/**/*'],"  % mod, "    },",
         "    'installable': True,", "    'application': False,", "}"]
    return "addons/%s/__manifest__.py" % mod, "python", "\n".join(L) + "\n", "odoo", "module_version"


@look
def n_odoo_data_xml(r):
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<odoo>", '    <data noupdate="1">']
    for i in range(r.randrange(3, 7)):
        xid = "partner_%s_%d" % (company(r), i)
        L += ['        <record id="%s" model="res.partner">' % xid,
              '            <field name="name">%s %s</field>' % (company(r).capitalize(), pick(r, ["AG", "Ltd", "SAS", "BV"])),
              '            <field name="ref">C%05d</field>' % r.randrange(1, 99999),
              '            <field name="vat">DE%09d</field>' % r.randrange(10 ** 8, 10 ** 9),
              '            <field name="company_id" ref="base.main_company"/>', "        </record>"]
    L += ['        <record id="api_user" model="res.users">', '            <field name="login">%s</field>' % pick(r, USERS),
          '            <field name="groups_id" eval="[(4, ref(\'base.group_user\'))]"/>', "        </record>", "    </data>", "</odoo>"]
    return "addons/%s_base/data/res_partner_data.xml" % company(r), "xml", "\n".join(L) + "\n", "odoo", "record_ids"


@look
def n_odoo_users_csv(r):
    L = ["id,login,name,password,active,share"]
    for i in range(r.randrange(4, 12)):
        L.append("%d,%s,%s,%s,%s,%s" % (r.randrange(2, 300), email(r), pick(r, ["Anna", "Lars", "Mia", "Omar", "Jana"]) + " " + pick(r, ["Weber", "Novak", "Dubois", "Silva"]),
                                       pbkdf2_odoo_hash(r), pick(r, ["t", "f"]), "f"))
    return pick(r, ["export/res_users.csv", "migration/res_users_%s.csv" % date(r)]), "csv", "\n".join(L) + "\n", "odoo", "password_hash"


@look
def n_odoo_conf_hashed(r):
    L = ["[options]", "; master password stored hashed (Odoo rewrites plain text values on save)",
         "admin_passwd = %s" % pbkdf2_odoo_hash(r), "db_host = %s" % pick(r, ["db", "False"]), "db_port = False", "db_user = odoo",
         "db_password = False", "addons_path = /mnt/extra-addons", "proxy_mode = True", "workers = %d" % r.randrange(2, 9),
         "list_db = False"]
    return pick(r, ["odoo.conf", "etc/odoo/odoo.conf"]), "odoo.conf", "\n".join(L) + "\n", "odoo", "password_hash"


@look
def n_frappe_common_config(r):
    d = {"background_workers": r.randrange(1, 4), "db_host": pick(r, ["mariadb", "localhost"]), "default_site": host(r, "erp"),
         "file_watcher_port": 6787, "frappe_user": "frappe", "gunicorn_workers": r.randrange(2, 9), "live_reload": False,
         "rebase_on_pull": False, "redis_cache": "redis://redis-cache:6379", "redis_queue": "redis://redis-queue:6379",
         "redis_socketio": "redis://redis-queue:6379", "restart_supervisor_on_update": False, "restart_systemd_on_update": False,
         "serve_default_site": True, "shallow_clone": True, "socketio_port": 9000, "use_redis_auth": False, "webserver_port": 8000}
    return "frappe-bench/sites/common_site_config.json", "json", json.dumps(d, indent=1) + "\n", "frappe", "config_no_secret"


@look
def n_frappe_fixture(r):
    docs = []
    for i in range(r.randrange(2, 5)):
        dt = pick(r, ["Sales Invoice", "Customer", "Item", "Purchase Order"])
        fn = pick(r, ["custom_po_reference", "custom_delivery_window", "custom_cost_centre_code", "custom_legacy_id"])
        docs.append({"doctype": "Custom Field", "name": "%s-%s" % (dt, fn), "dt": dt, "fieldname": fn,
                     "fieldtype": pick(r, ["Data", "Link", "Select"]), "insert_after": pick(r, ["customer", "posting_date", "item_name"]),
                     "label": fn.replace("custom_", "").replace("_", " ").title(), "modified": "%s %02d:%02d:%02d.%06d" % (date(r), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(10 ** 6)),
                     "module": None, "idx": r.randrange(0, 40)})
    docs.append({"doctype": "Property Setter", "name": hexs(r, 10), "doc_type": "Item", "property": "hidden", "value": "1"})
    return "%s_app/%s_app/fixtures/custom_field.json" % (company(r), company(r)), "json", json.dumps(docs, indent=1) + "\n", "frappe", "record_ids"


@look
def n_erpnext_invoices_csv(r):
    L = ["name,customer,posting_date,grand_total,currency,status,remarks"]
    yr = r.randrange(2022, 2026)
    for i in range(r.randrange(5, 25)):
        L.append("ACC-SINV-%d-%05d,%s %s,%s,%.2f,%s,%s,%s" % (yr, r.randrange(1, 9999), company(r).capitalize(), pick(r, ["GmbH", "Ltd", "Inc"]),
                                                           date(r), r.random() * 9000, pick(r, ["EUR", "USD"]), pick(r, ["Paid", "Unpaid", "Overdue"]),
                                                           pick(r, ["PO %d" % r.randrange(1000, 9999), "ref %s" % ticket(r), ""])))
    return pick(r, ["reports/sales_invoices_%d.csv" % yr, "exports/invoices.csv"]), "csv", "\n".join(L) + "\n", "frappe", "invoice_numbers"


@look
def n_dolibarr_module(r):
    mod = pick(r, ["Shipmenttracker", "Customexport", "Timesheetplus"])
    L = ["<?php", "include_once DOL_DOCUMENT_ROOT.'/core/modules/DolibarrModules.class.php';", "",
         "class mod%s extends DolibarrModules" % mod, "{", "\tpublic function __construct($db)", "\t{", "\t\t$this->db = $db;",
         "\t\t$this->numero = %d;" % r.randrange(500000, 510000), "\t\t$this->rights_class = '%s';" % mod.lower(),
         "\t\t$this->family = 'other';", "\t\t$this->name = preg_replace('/^mod/i', '', get_class($this));",
         "\t\t$this->description = '%s';" % pick(r, ["Export orders to the carrier", "Extra timesheet reports"]),
         "\t\t$this->version = '%s';" % version(r), "\t\t$this->const_name = 'MAIN_MODULE_'.strtoupper($this->name);",
         "\t\t$this->picto = 'generic';", "\t\t$this->depends = array('modSociete', 'modCommande');",
         "\t\t$this->rights[0][0] = %d;" % r.randrange(500000, 510000), "\t\t$this->rights[0][1] = 'Read objects';",
         "\t\t$this->rights[0][4] = 'read';", "\t}", "}"]
    return "htdocs/custom/%s/core/modules/mod%s.class.php" % (mod.lower(), mod), "php", "\n".join(L) + "\n", "dolibarr", "module_version"


@look
def n_snipeit_assets_csv(r):
    L = ["Asset Tag,Serial,Model,Status,Checked Out To,Location,Purchase Date,Order Number,UUID"]
    for i in range(r.randrange(6, 30)):
        L.append("%s-%05d,%s,%s,%s,%s,%s,%s,PO-%d,%s" % (pick(r, ["LAP", "MON", "PHN", "DSK"]), r.randrange(1, 99999),
                                                   alnum(r, 10, string.ascii_uppercase + string.digits),
                                                   pick(r, ["Latitude 5440", "ThinkPad T14", "MacBook Pro 14", "Dell P2723QE"]),
                                                   pick(r, ["Ready to Deploy", "Deployed", "Archived"]), pick(r, ["", "jdoe", "m.keller", "a.novak"]),
                                                   pick(r, ["HQ 2nd floor", "Warehouse", "Remote"]), date(r), r.randrange(10000, 99999), uuid4(r)))
    return pick(r, ["exports/snipeit_assets.csv", "inventory/assets-%s.csv" % date(r)]), "csv", "\n".join(L) + "\n", "snipeit", "asset_tags"


@look
def n_glpi_inventory(r):
    d = {"action": "inventory", "deviceid": "%s-%s-%02d-%02d-%02d" % (pick(r, ["pc", "srv", "lap"]), date(r), r.randrange(24), r.randrange(60), r.randrange(60)),
         "itemtype": "Computer", "content": {
             "hardware": {"name": "%s-%03d" % (pick(r, ["WS", "SRV", "LT"]), r.randrange(1, 999)), "uuid": uuid4(r).upper(), "memory": pick(r, [8192, 16384, 32768]),
                          "workgroup": company(r).upper()},
             "bios": {"ssn": alnum(r, 7, string.ascii_uppercase + string.digits), "smanufacturer": pick(r, ["Dell Inc.", "LENOVO", "HP"]),
                      "bversion": "%d.%d.%d" % (r.randrange(1, 3), r.randrange(0, 30), r.randrange(0, 9))},
             "networks": [{"description": "eth0", "macaddr": ":".join(hexs(r, 2) for _ in range(6)), "ipaddress": ip(r)}],
             "versionclient": "GLPI-Agent_v%s" % pick(r, ["1.7", "1.9", "1.11"])}}
    return pick(r, ["inventory/%s.json" % d["deviceid"], "glpi/samples/inventory.json"]), "json", json.dumps(d, indent=2) + "\n", "glpi", "hardware_ids"


@look
def n_redmine_fixture(r):
    L = ["---"]
    for i in range(1, r.randrange(3, 6)):
        L += ["users_%03d:" % i, "  id: %d" % i, "  login: %s" % pick(r, ["admin", "jsmith", "dlopper", "rhill"]),
              "  hashed_password: %s" % hexs(r, 40), "  salt: %s" % hexs(r, 32), "  firstname: %s" % pick(r, ["John", "Dave", "Robert"]),
              "  lastname: %s" % pick(r, ["Smith", "Lopper", "Hill"]), "  admin: %s" % pick(r, ["true", "false"]), "  status: 1",
              "  language: en", "  created_on: %s 19:%02d:00 +02:00" % (date(r), r.randrange(60)), "  type: User"]
    return "test/fixtures/users.yml", "yaml", "\n".join(L) + "\n", "redmine", "password_hash"


@look
def n_laravel_seeder(r):
    app = pick(r, ["snipeit", "bookstack", "akaunting", "invoiceninja", "fireflyiii"])
    L = ["<?php", "", "namespace Database\\Seeders;", "", "use Illuminate\\Database\\Seeder;", "use Illuminate\\Support\\Facades\\DB;", "",
         "class DemoUserSeeder extends Seeder", "{", "    public function run(): void", "    {", "        // password hashes copied from the demo instance (bcrypt, cost 10)",
         "        DB::table('users')->insert(["]
    for i in range(r.randrange(2, 5)):
        L += ["            [", "                'name' => '%s'," % pick(r, ["Demo Admin", "Auditor", "Warehouse"]),
              "                'email' => '%s'," % email(r), "                'password' => '%s'," % bcrypt_hash(r),
              "                'created_at' => now(),", "            ],"]
    L += ["        ]);", "    }", "}"]
    return "database/seeders/DemoUserSeeder.php", "php", "\n".join(L) + "\n", app, "bcrypt_hash"


@look
def n_users_sql(r):
    app = pick(r, ["bookstack", "snipeit", "kimai", "glpi"])
    L = ["-- anonymised dump of the users table for the staging refresh (%s)" % ticket(r),
         "INSERT INTO `users` (`id`, `name`, `email`, `password`, `created_at`) VALUES"]
    n = r.randrange(3, 10)
    for i in range(n):
        L.append("(%d, 'user%03d', 'user%03d@example.invalid', '%s', '%s 09:00:00')%s" % (i + 1, i, i, bcrypt_hash(r), date(r), "," if i < n - 1 else ";"))
    return pick(r, ["db/staging/users.sql", "sql/anonymised_users.sql"]), "sql", "\n".join(L) + "\n", app, "bcrypt_hash"


@look
def n_po_file(r):
    lang = pick(r, ["de", "fr", "nl", "es"])
    tr = {"de": ["API-Schlüssel", "Passwort", "Geheimnis", "Zugangstoken", "Passwort vergessen?"],
          "fr": ["Clé d'API", "Mot de passe", "Secret", "Jeton d'accès", "Mot de passe oublié ?"],
          "nl": ["API-sleutel", "Wachtwoord", "Geheim", "Toegangstoken", "Wachtwoord vergeten?"],
          "es": ["Clave de API", "Contraseña", "Secreto", "Token de acceso", "¿Olvidó su contraseña?"]}[lang]
    ids = ["API Key", "Password", "Secret", "Access Token", "Forgot password?"]
    mod = pick(r, ["%s_connector" % company(r), "helpdesk_portal", "invoice_sync"])
    L = ["# Translation of Odoo Server.", "# This file contains the translation of the following modules:", "# \t* %s" % mod, "#",
         'msgid ""', 'msgstr ""', '"Project-Id-Version: Odoo Server 17.0\\n"', '"Language: %s\\n"' % lang,
         '"Content-Type: text/plain; charset=UTF-8\\n"', ""]
    for a, b in zip(ids, tr):
        L += ["#. module: %s" % mod, "#: model:ir.model.fields,field_description:%s.field_%s_config__%s" % (mod, mod, a.lower().replace(" ", "_").strip("?")),
              'msgid "%s"' % a, 'msgstr "%s"' % b, ""]
    return "addons/%s/i18n/%s.po" % (mod, lang), "po", "\n".join(L), "odoo", "i18n"


@look
def n_changelog(r):
    app = pick(r, ["mautic", "outline", "kimai", "vikunja", "paperless"])
    L = ["# Changelog", ""]
    for i in range(r.randrange(3, 6)):
        L += ["## [%s] - %s" % (version(r), date(r)), ""]
        for j in range(r.randrange(2, 5)):
            L.append("- %s (%s) [`%s`](https://github.com/%s/%s/commit/%s)" % (
                pick(r, ["Fix token refresh on expired sessions", "Rotate API key UI", "Bump dependencies", "Hash passwords with argon2id",
                         "Mask secrets in the audit log"]), pick(r, ["#%d" % r.randrange(100, 9999)]),
                hexs(r, 7), company(r), app, hexs(r, 40)))
        L.append("")
    return "CHANGELOG.md", "markdown", "\n".join(L), app, "commit_hashes"


@look
def n_package_lock(r):
    pk = {}
    for name in r.sample(["axios", "dayjs", "lodash", "zod", "jsonwebtoken", "bcryptjs", "dotenv", "express"], 4):
        pk["node_modules/" + name] = {"version": version(r), "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, version(r)),
                                      "integrity": "sha512-" + b64(r, 64), "license": "MIT"}
    d = {"name": "%s-integrations" % company(r), "version": version(r), "lockfileVersion": 3, "requires": True,
         "packages": pk}
    return "package-lock.json", "json", json.dumps(d, indent=2) + "\n", "twenty", "digests"


@look
def n_composer_lock(r):
    pk = []
    for name in r.sample(["laravel/framework", "guzzlehttp/guzzle", "league/flysystem-aws-s3-v3", "laravel/passport", "firebase/php-jwt"], 3):
        ref = hexs(r, 40)
        pk.append({"name": name, "version": "v" + version(r), "source": {"type": "git", "url": "https://github.com/%s.git" % name, "reference": ref},
                   "dist": {"type": "zip", "url": "https://api.github.com/repos/%s/zipball/%s" % (name, ref), "reference": ref, "shasum": ""},
                   "type": "library"})
    d = {"_readme": ["This file locks the dependencies of your project to a known state"], "content-hash": hexs(r, 32), "packages": pk}
    return "composer.lock", "json", json.dumps(d, indent=4) + "\n", pick(r, ["akaunting", "snipeit", "bookstack"]), "digests"


@look
def n_compose_digest(r):
    app = pick(r, ["bookstack", "wikijs", "vikunja", "kimai"])
    L = ["services:", "  %s:" % app, "    image: ghcr.io/%s/%s@sha256:%s" % (company(r), app, hexs(r, 64)), "    env_file: .env",
         "    environment:", "      DB_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD in .env}", "      APP_KEY: ${APP_KEY}",
         "      TZ: %s" % pick(r, TZ), "    secrets:", "      - db_password", "  db:", "    image: mariadb@sha256:%s" % hexs(r, 64),
         "    environment:", "      MARIADB_PASSWORD_FILE: /run/secrets/db_password", "      MARIADB_RANDOM_ROOT_PASSWORD: \"yes\"",
         "    secrets:", "      - db_password", "secrets:", "  db_password:", "    file: ./secrets/db_password.txt"]
    return "docker-compose.yml", "yaml", "\n".join(L) + "\n", app, "env_ref"


@look
def n_ansible_vault(r):
    L = ["---", "%s_domain: %s" % (pick(r, ["odoo", "glpi", "redmine"]), host(r, "erp")),
         "db_password: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"]
    for i in range(r.randrange(4, 9)):
        L.append("  " + hexs(r, 80))
    L.append("  " + hexs(r, pick(r, [16, 32, 48])))
    L += ["smtp_relay_host: smtp.%s" % pick(r, TLDS), "smtp_relay_password: \"{{ vault_smtp_relay_password }}\""]
    return pick(r, ["group_vars/erp/vault.yml", "host_vars/glpi-01/secrets.yml"]), "yaml", "\n".join(L) + "\n", "ansible", "ciphertext"


@look
def n_sealed_secret(r):
    app = pick(r, ["outline", "plane", "twenty", "paperless"])
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-env" % app, "  namespace: %s" % app,
         "spec:", "  encryptedData:"]
    for k in r.sample(["SECRET_KEY", "UTILS_SECRET", "DATABASE_PASSWORD", "APP_SECRET", "SMTP_PASSWORD"], 3):
        L.append("    %s: Ag%s" % (k, b64(r, pick(r, [300, 360])).replace("/", "_").replace("+", "-").rstrip("=")))
    L += ["  template:", "    metadata:", "      name: %s-env" % app, "    type: Opaque"]
    return "k8s/%s/sealed-secret.yaml" % app, "yaml", "\n".join(L) + "\n", app, "ciphertext"


@look
def n_helm_existing_secret(r):
    app = pick(r, HELM_APPS)
    L = ["%s:" % app, "  existingSecret: %s-credentials" % app, "  existingSecretPasswordKey: password",
         "  adminUser: %s" % pick(r, USERS), "", "postgresql:", "  auth:", "    existingSecret: %s-db" % app,
         "    secretKeys:", "      adminPasswordKey: postgres-password", "      userPasswordKey: password", "",
         "extraEnv:", "  - name: SMTP_PASSWORD", "    valueFrom:", "      secretKeyRef:", "        name: %s-smtp" % app, "        key: password",
         "  - name: TZ", "    value: %s" % pick(r, TZ)]
    return "helm/%s/values-prod.yaml" % app, "yaml", "\n".join(L) + "\n", app, "secret_ref"


@look
def n_publishable_keys(r):
    app = pick(r, ["invoiceninja", "akaunting"])
    L = ["# public/publishable identifiers only, secrets come from the vault", "APP_URL=https://%s" % host(r, app),
         "STRIPE_KEY=pk_live_%s" % alnum(r, 24), "STRIPE_SECRET=", "NOCAPTCHA_SITEKEY=6L%s" % alnum(r, 38, ALNUM + "-_"),
         "NOCAPTCHA_SECRET=", "VAPID_PUBLIC_KEY=B%s" % b64url_nopad(rbytes(r, 64)), "VAPID_PRIVATE_KEY=",
         "GOOGLE_ANALYTICS_ID=G-%s" % alnum(r, 10, string.ascii_uppercase + string.digits),
         "PUSHER_APP_ID=%d" % r.randrange(10 ** 6, 10 ** 7), "PUSHER_APP_KEY=%s" % hexs(r, 20), "PUSHER_APP_SECRET=",
         "PUSHER_APP_CLUSTER=eu"]
    return pick(r, [".env.example", ".env.public"]), "dotenv", "\n".join(L) + "\n", app, "publishable_key"


def ssh_ed25519_pub(r):
    import struct
    blob = struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + rbytes(r, 32)
    return "ssh-ed25519 " + base64.b64encode(blob).decode()


@look
def n_authorized_keys(r):
    L = ["---", "# people allowed to ssh into the ERP hosts", "admin_users:"]
    for u in r.sample(["jdoe", "mkeller", "anovak", "ldubois", "osilva"], 3):
        L += ["  - name: %s" % u, "    shell: /bin/bash", "    pubkey: \"%s %s@%s\"" % (ssh_ed25519_pub(r), u, company(r))]
    return "group_vars/all/users.yml", "yaml", "\n".join(L) + "\n", "ansible", "public_key"


@look
def n_doc_examples(r):
    L = ["# Storing attachments on S3", "", "Set these in `.env` (values below are the AWS documentation examples, use your own):", "",
         "```ini", "AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
         "AWS_DEFAULT_REGION=us-west-2", "AWS_BUCKET=my-%s-bucket" % pick(r, ["snipeit", "bookstack", "akaunting"]), "```", "",
         "To test the JWT middleware you can paste the example token from jwt.io:", "",
         "    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
         "", "It must be rejected because it is not signed with our key."]
    return pick(r, ["docs/storage.md", "docs/s3-attachments.md"]), "markdown", "\n".join(L) + "\n", "aws", "doc_example"


@look
def n_env_lookup_py(r):
    L = ["import os", "import xmlrpc.client", "", "import keyring", "",
         'URL = os.environ.get("ODOO_URL", "https://%s")' % host(r, "odoo"), 'DB = os.environ["ODOO_DB"]',
         'USER = os.environ["ODOO_USER"]', "# the key lives in the OS keychain, never in the repo",
         'API_KEY = keyring.get_password("odoo", USER) or os.environ["ODOO_API_KEY"]', "",
         "common = xmlrpc.client.ServerProxy(f\"{URL}/xmlrpc/2/common\")", "uid = common.authenticate(DB, USER, API_KEY, {})",
         "print('uid', uid, 'server', common.version()['server_version'])"]
    return pick(r, ["scripts/odoo_whoami.py", "tools/check_odoo.py"]), "python", "\n".join(L) + "\n", "odoo", "env_lookup"


@look
def n_pass_lookup_sh(r):
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "# tokens come from the team password store (pass + gpg)",
         'APP_TOKEN="$(pass show infra/glpi/app_token)"', 'USER_TOKEN="$(pass show infra/glpi/%s/user_token)"' % pick(r, USERS),
         'GLPI="https://%s/apirest.php"' % host(r, "glpi"),
         'SESSION=$(curl -s -H "App-Token: $APP_TOKEN" -H "Authorization: user_token $USER_TOKEN" "$GLPI/initSession" | jq -r .session_token)',
         'curl -s -H "App-Token: $APP_TOKEN" -H "Session-Token: $SESSION" "$GLPI/Computer?range=0-%d"' % pick(r, [50, 200])]
    return "ops/glpi/computers.sh", "shell", "\n".join(L) + "\n", "glpi", "secret_manager_ref"


@look
def n_deck_export(r):
    board = {"id": r.randrange(1, 80), "title": pick(r, ["Helpdesk backlog", "Onboarding", "ERP rollout"]), "owner": {"uid": pick(r, USERS)},
             "color": hexs(r, 6), "etag": hexs(r, 32), "archived": False, "lastModified": ts(r), "stacks": []}
    for s in range(r.randrange(2, 4)):
        st = {"id": r.randrange(1, 900), "title": pick(r, ["To do", "Doing", "Done", "Waiting"]), "order": s, "cards": []}
        for k in range(r.randrange(1, 3)):
            st["cards"].append({"id": r.randrange(1, 9000), "title": "%s %s" % (pick(r, ["Reset", "Order", "Set up"]), pick(r, ["laptop", "VPN", "badge"])),
                                "etag": hexs(r, 32), "duedate": None, "labels": []})
        board["stacks"].append(st)
    return "exports/deck-board-%d.json" % board["id"], "json", json.dumps(board, indent=2) + "\n", "nextcloud", "etags"


@look
def n_kimai_export(r):
    rows = []
    for i in range(r.randrange(3, 8)):
        rows.append({"id": r.randrange(1, 90000), "begin": "%sT08:00:00+0200" % date(r), "duration": pick(r, [1800, 3600, 5400, 7200]),
                     "project": r.randrange(1, 60), "activity": r.randrange(1, 30), "rate": round(r.random() * 400, 2),
                     "description": pick(r, ["Support %s" % ticket(r), "Migration workshop", "Invoice run"]), "exported": pick(r, [True, False])})
    return "exports/kimai_timesheets_%s.json" % date(r), "json", json.dumps(rows, indent=2) + "\n", "kimai", "record_ids"


@look
def n_paperless_meta(r):
    docs = []
    for i in range(r.randrange(2, 6)):
        docs.append({"id": r.randrange(1, 20000), "title": "%s %s" % (pick(r, ["Invoice", "Contract", "Payslip"]), date(r)),
                     "checksum": hexs(r, 32), "archive_checksum": hexs(r, 32), "correspondent": r.randrange(1, 90),
                     "original_file_name": "scan_%s.pdf" % hexs(r, 8), "archive_serial_number": r.randrange(1, 5000)})
    return "backup/manifest.json", "json", json.dumps(docs, indent=2) + "\n", "paperless", "digests"


@look
def n_webhook_payload(r):
    body = {"mautic.lead_post_save_new": [{"contact": {"id": r.randrange(1, 90000), "points": r.randrange(0, 200),
                                                         "fields": {"core": {"email": {"value": "lead%d@example.invalid" % r.randrange(999)}}}},
                                            "timestamp": "%sT12:00:00+00:00" % date(r)}]}
    L = ["### Sample webhook delivery captured on staging (%s)" % ticket(r), "POST /hooks/mautic HTTP/1.1",
         "Host: %s" % host(r, "hooks"), "Content-Type: application/json",
         "Webhook-Signature: %s" % base64.b64encode(rbytes(r, 32)).decode(), "", json.dumps(body, indent=2)]
    return pick(r, ["tests/fixtures/mautic_webhook.http", "docs/webhooks/sample.http"]), "http", "\n".join(L) + "\n", "mautic", "signature"


@look
def n_outline_env_sample(r):
    L = ["# Copy this file to .env, remove this comment and change the keys.", "NODE_ENV=production", "",
         "# Generate a hex-encoded 32-byte random key. Use `openssl rand -hex 32` in your terminal to produce this.",
         "SECRET_KEY=generate_a_new_key", "", "# Generate a unique random key. The format is not important but you could still use",
         "# `openssl rand -hex 32` in your terminal to produce this.", "UTILS_SECRET=generate_a_new_key", "",
         "DATABASE_URL=postgres://user:pass@localhost:5432/outline", "REDIS_URL=redis://localhost:6379", "URL=https://%s" % host(r, "docs"),
         "PORT=3000", "FILE_STORAGE=local", "FILE_STORAGE_LOCAL_ROOT_DIR=/var/lib/outline/data"]
    return ".env.sample", "dotenv", "\n".join(L) + "\n", "outline", "placeholder"


@look
def n_redmine_db_erb(r):
    L = ["production:", "  adapter: postgresql", "  database: <%= ENV.fetch('REDMINE_DB_DATABASE', 'redmine') %>",
         "  host: <%= ENV.fetch('REDMINE_DB_HOST', 'db') %>", "  username: <%= ENV['REDMINE_DB_USERNAME'] %>",
         "  password: <%= ENV['REDMINE_DB_PASSWORD'] %>", "  encoding: utf8", "  pool: <%= ENV.fetch('RAILS_MAX_THREADS', 5) %>"]
    return "config/database.yml", "yaml", "\n".join(L) + "\n", "redmine", "env_ref"


@look
def n_ninja_invoice_json(r):
    inv = {"id": alnum(r, 10), "number": "%04d" % r.randrange(1, 9999), "client_id": alnum(r, 10), "status_id": str(r.randrange(1, 5)),
           "amount": round(r.random() * 5000, 2), "balance": 0, "date": date(r), "due_date": date(r), "po_number": "PO-%d" % r.randrange(100, 9999),
           "line_items": [{"product_key": pick(r, ["Consulting", "Hosting", "Support"]), "quantity": r.randrange(1, 20), "cost": round(r.random() * 300, 2)}],
           "entity_type": "invoice", "updated_at": ts(r)}
    return pick(r, ["tests/fixtures/invoice.json", "exports/invoice_%s.json" % inv["number"]]), "json", json.dumps(inv, indent=2) + "\n", "invoiceninja", "record_ids"


@look
def n_twenty_workspace(r):
    d = {"workspace": {"id": uuid4(r), "displayName": company(r).capitalize(), "subdomain": company(r)},
         "objects": [{"id": uuid4(r), "nameSingular": n, "labelPlural": n.capitalize() + "s", "isCustom": n not in ("person", "company")}
                     for n in r.sample(["person", "company", "opportunity", "invoice", "contract"], 3)]}
    return "seeds/workspace-metadata.json", "json", json.dumps(d, indent=2) + "\n", "twenty", "uuid_ids"


@look
def n_frappe_site_config_env(r):
    d = {"db_name": "_" + hexs(r, 16), "db_password": "${DB_PASSWORD}", "db_type": "mariadb",
         "encryption_key": "${ENCRYPTION_KEY}", "host_name": "https://" + host(r, "erp")}
    L = ["# rendered by envsubst at container start", "# (see docker/entrypoint.sh)"]
    return "docker/site_config.json.tpl", "json", json.dumps(d, indent=1) + "\n", "frappe", "env_ref"


@look
def n_glpi_sql_tokens_null(r):
    L = ["-- clear personal tokens after cloning prod to staging (%s)" % ticket(r),
         "UPDATE glpi_users SET api_token = NULL, api_token_date = NULL, personal_token = NULL, personal_token_date = NULL;",
         "UPDATE glpi_apiclients SET app_token = '', is_active = 0 WHERE id > %d;" % r.randrange(0, 3),
         "UPDATE glpi_configs SET value = '' WHERE name IN ('smtp_passwd', 'proxy_passwd');",
         "DELETE FROM glpi_crontasklogs WHERE date < '%s';" % date(r)]
    return "sql/staging_scrub.sql", "sql", "\n".join(L) + "\n", "glpi", "empty_value"


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

N_POS = 500
N_NEG = 500


def spread(r, n, k):
    """n indices over range(k), every index used about equally, shuffled."""
    out = []
    while len(out) < n:
        idx = list(range(k))
        r.shuffle(idx)
        out += idx
    return out[:n]


GENERIC = {"postgresql", "mysql", "smtp", "aws", "minio", "sendgrid", "mailgun", "postmark", "stripe"}


def key_weight(key):
    prov, kind = CREDS[key][0], CREDS[key][1]
    if prov in GENERIC:
        return 0.6
    if kind == "db_password":
        return 0.7
    return 1.6


def weighted_key(r, keys):
    total = sum(key_weight(k) for k in keys)
    x = r.random() * total
    for k in keys:
        x -= key_weight(k)
        if x < 0:
            return k
    return keys[-1]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    for i, ti in enumerate(spread(r, N_POS, len(TEMPLATES))):
        t = TEMPLATES[ti]
        c = make_cred(r, weighted_key(r, t["keys"]))
        path, ftype, text = t["fn"](r, c, chance(r, 0.5))
        pos = text.find(c.value)
        if pos < 0:
            raise RuntimeError("template %s lost its secret" % t["name"])
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": c.value, "line": text.count("\n", 0, pos) + 1})

    n_reuse = N_NEG // 2
    kinds = [0] * n_reuse + [1] * (N_NEG - n_reuse)
    r.shuffle(kinds)
    reuse_order = iter(spread(r, n_reuse, len(TEMPLATES)))
    look_order = iter(spread(r, N_NEG - n_reuse, len(LOOKALIKES)))
    for i, k in enumerate(kinds):
        if k == 0:
            t = TEMPLATES[next(reuse_order)]
            key = pick(r, t["keys"])
            c = decoy(r, Cred(key, ""), t["noempty"])
            path, ftype, text = t["fn"](r, c, chance(r, 0.5))
            provider, kind = c.provider, c.decoy
        else:
            path, ftype, text, provider, kind = LOOKALIKES[next(look_order)](r)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
