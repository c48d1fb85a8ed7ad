#!/usr/bin/env python3
"""Blind evaluation-set generator "er": internal-tool builders and no-code backends.

EMPHASIS
  Credentials of the internal-tool and no-code/low-code backend world, in the files such projects
  commit: Retool (RETOOL_API_KEY / Retool API and RetoolRPC tokens, ENCRYPTION_KEY, JWT_SECRET,
  hard-coded headers in app-export REST queries), Appsmith (APPSMITH_ENCRYPTION_PASSWORD/SALT,
  APPSMITH_MONGODB_URI, datasource passwords and headers in app exports), Budibase (public API key,
  JWT_SECRET, INTERNAL_API_KEY/API_ENCRYPTION_KEY, MinIO secret, datasource docs), ToolJet
  (LOCKBOX_MASTER_KEY, SECRET_KEY_BASE, unencrypted datasource options in exports), Bubble Data API
  tokens, Xano tokens, Softr and Glide API keys, Airtable personal access tokens, Baserow database
  tokens and SECRET_KEY, NocoDB xc-tokens and NC_AUTH_JWT_SECRET, Directus static tokens (also in
  directus_users dumps), SECRET and admin password, PocketBase superuser passwords (SDK call,
  `superuser upsert` positional argument) and encryption key, Supabase service_role JWTs,
  sb_secret_ keys, JWT secret and pooler URLs, Appwrite API keys and _APP_OPENSSL_KEY_V1, Hasura
  admin secrets (env, CLI config.yaml, headers) and HS256 JWT secrets, Strapi API tokens,
  ADMIN_JWT_SECRET/API_TOKEN_SALT (also as env() fallbacks in config/admin.js) and APP_KEYS,
  Firebase service-account keys, legacy FCM server keys and RTDB secrets; plus the cloud/db
  credentials these projects carry (AWS, Postgres/MySQL/Redis/MongoDB URLs and passwords, SendGrid,
  Google OAuth client secrets in supabase/config.toml, Stripe, GitHub, OpenAI, Slack webhooks).
  File types: .env/docker.env, docker-compose, Helm values, Kubernetes Secrets, GitHub Actions,
  Hasura metadata and CLI config, Retool/Appsmith/ToolJet/Budibase export JSON, Postman
  collections, .http files, SQL dumps, README/runbook Markdown, JS/TS/Python/Go/shell, fly.toml,
  supabase/config.toml, tfvars, systemd units, Dockerfiles, application.properties.
  Half of the positives use the conventional variable name, half a neutral one (PB_VALUE,
  RETOOL_CONFIG, DEFAULT_3...), or carry the secret in a header, a URL or a positional argument.

USAGE
  python3 gen_er.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<path> (500), OUTDIR/neg/nNNNN/<path> (500), OUTDIR/manifest.jsonl and
  OUTDIR/secrets.jsonl. Deterministic per SEED (random.Random(SEED) only).

NEEDLE CONVENTIONS
  The needle is the secret exactly as written in the file, without quotes.
  - Connection URLs (postgres/mysql/redis/mongodb/Supabase pooler): the password only.
  - HS256 JWT secret given as Hasura JSON {"type":"HS256","key":"..."}: the key value only.
  - Strapi APP_KEYS (four comma-separated keys form one setting): the first key.
  - AWS: the secret access key (the AKIA key id sits beside it).
  - Firebase service account: the JSON-escaped "private_key" string as written (one line,
    literal \\n sequences, from -----BEGIN to the trailing \\n).
  - Header tokens: the token without its scheme ("Bearer ", "Token ", "key=").
  - Slack webhooks: the whole URL.
  `line` is the 1-based line of the needle's first occurrence.

NEGATIVES
  Half re-use the positive templates with the secret slot holding: placeholders (<...>, YOUR_X,
  REPLACE_ME, TODO, x-runs after a known prefix, change-me), empty values, masked values (****,
  bullets, [REDACTED], [FILTERED]), ${VAR}/$VAR/env(VAR) references, secret-manager references
  (op://, vault:, Secrets Manager ARNs, GCP secret paths), tool template references
  ({{ retoolContext.configVars.X }}, {{ environment.variables.X }}, {{ appsmith.store.x }},
  {{ env.X }}, {{constants.x}}, {{secrets.x}}), connection URLs without a password or with a
  placeholder password, and public values: Supabase anon JWTs (role "anon") and sb_publishable_
  keys, the Supabase CLI's published local demo keys (anon and service_role, signed with the
  published demo secret), Stripe pk_live_ keys and Stripe's documentation test key, AWS's
  documentation example key pair, Slack's documentation webhook, Google OAuth client ids, Hasura
  RS256 jwk_url configs, and - only where the variable name says what they are - Airtable
  app/tbl/viw/fld/shr ids, Firebase web API keys and app ids, Appwrite project/database ids,
  Retool/ToolJet/Budibase app and resource ids, Bubble unique ids, Glide app ids, Strapi
  documentIds, Supabase project refs.
  The other half are domain look-alikes: Airtable layout files, Retool app exports (uuids,
  {{ }} bindings), Appsmith exports stripped of credentials, ToolJet exports with credential_id
  references, ToolJet lockbox ciphertext in a credentials dump, Budibase app metadata (app ids,
  CouchDB revs), Supabase browser clients with anon/publishable keys, Firebase web configs,
  frontend .env with publishable keys and a Sentry DSN, Hasura from_env/value_from_env metadata,
  JWKS and jwk_url configs, compose files pinned by sha256 digest with env references, Helm
  existingSecret/secretKeyRef values, package-lock integrity hashes, Directus users with argon2
  hashes, PocketBase migrations with collection ids, i18n strings about keys, Postman collections
  using {{variables}}, .env.example files, os.environ / Deno.env / env() lookups, GitHub Actions
  ${{ secrets.X }}, HMAC test vectors, Appwrite browser clients, Bubble unique-id tables,
  Glide/Softr embed ids, masked audit-log CSVs, commit SHAs, redacted service-account templates.

DOUBTS
  Formats written from memory or not confirmed by a provider page here:
  - Retool API / RPC access tokens: written as "retool_" + 32 alphanumerics; Retool's pages found
    describe the tokens but show no format. Prefix and length are a guess.
  - Budibase public API key: written as 32 hex + "-" + 96 hex; from memory, unsure.
  - Xano tokens: written as a five-part JWE (A256KW / A256CBC-HS512 / zip DEF header); from memory.
  - Softr API key (30 alphanumerics) and Glide API token (a UUID): from memory; Glide's being a
    UUID makes those positives hard to tell from ids except by the name or header around them.
  - NocoDB: legacy tokens as 40 alphanumerics, new ones as "nc_pat_" + 40 (NocoDB's page shows
    only "nc_pat_..."); lengths are a guess.
  - Supabase sb_secret_ keys: prefix from Supabase's API-keys page; body (31 base64url chars) a guess.
  - Appwrite API keys: "standard_" + 256 hex from memory; Appwrite's page shows no format.
  - Airtable PATs as "pat" + 14 alphanumerics + "." + 64 hex: from memory of real tokens.
  - Bubble: 32 hex (Bubble's manual says 32 characters of numbers and letters).
  - Strapi API tokens as 256 hex, ADMIN_JWT_SECRET/salts/APP_KEYS as base64 of 16 bytes: from
    memory of Strapi's generator.
  - ToolJet LOCKBOX_MASTER_KEY 32-byte hex and SECRET_KEY_BASE 64-byte hex: from ToolJet's docs.
  - FCM legacy server keys ("AAAA" + 7 + ":APA91b" + 134), Firebase RTDB legacy secrets (40
    alphanumerics), GitHub ghp_ CRC32 checksum (computed here over the 30 random characters),
    OpenAI sk-proj- layout with T3BlbkFJ: from memory.
  - Firebase private keys are random base64 after the usual PKCS#8 RSA-2048 prefix, not valid DER.
  Labels a reviewer might dispute:
  - Supabase CLI demo keys (service_role included) are labelled negative: they are published and
    signed with the published secret, and appear only with 127.0.0.1 URLs or in local-dev docs.
  - UUIDs and short random strings as Budibase JWT_SECRET / Glide tokens are positive by name.
  - Human passwords under a neutral name (e.g. PB_CONFIG="Maple1997!") are positive.
  - Stripe's documentation test key and AWS's EXAMPLE key are negative (documented examples).
  - Lockbox/Appsmith ciphertext without its key is negative.
  - Placeholder "change-me" and x-runs after a real prefix (sk_live_xxxx...) are negative.

SEARCHES
  docs/pages corpora: Retool API authentication (no token format shown) and Retool
  ENCRYPTION_KEY docs; Airtable personal access tokens (no format shown); Supabase API keys
  (sb_publishable_/sb_secret_ prefixes, legacy anon/service_role JWTs); Appwrite API keys (no
  format shown); Budibase hosting .env (JWT_SECRET, API_ENCRYPTION_KEY, MINIO_*, INTERNAL_API_KEY);
  ToolJet env vars (LOCKBOX_MASTER_KEY = openssl rand -hex 32, SECRET_KEY_BASE = -hex 64);
  NocoDB authentication (xc-token header, nc_pat_ prefix); Bubble Data API authentication
  (32-character token, Bearer). The Supabase CLI demo keys were checked locally by recomputing
  their HS256 signatures with the published demo secret.
  Scanner-related material shown by searches (ignored, not used): keyhog-core / keyhog-scanner
  detector and contract files for Appwrite on docs.rs (a regex and sample keys). Also shown and
  ignored: Hugging Face spaces holding what looked like Retool session tokens.
"""

import json
import os
import random
import string
import sys
import base64
import hashlib
import hmac
import zlib

# ---------------------------------------------------------------------------
# alphabets and primitive generators
# ---------------------------------------------------------------------------
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = LOW + UP + DIG
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rhex(r, n):
    return rs(r, HEX, n)


def ralnum(r, n):
    # make sure both letters and digits appear (looks like a generated token)
    while True:
        s = rs(r, ALNUM, n)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def rb64(r, nbytes, url=False, pad=True):
    raw = bytes(r.getrandbits(8) for _ in range(nbytes))
    s = base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)
    s = s.decode()
    return s if pad else s.rstrip("=")


def ruuid(r):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def jwt_hs256(r, payload, secret=None):
    head = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    key = secret if secret is not None else bytes(r.getrandbits(8) for _ in range(32))
    sig = b64u(hmac.new(key, (head + "." + body).encode(), hashlib.sha256).digest())
    return head + "." + body + "." + sig


B62 = DIG + UP + LOW


def base62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


def gh_token(r, prefix="ghp_"):
    body = rs(r, ALNUM, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def ts_iat(r):
    return r.randint(1672531200, 1767225600)  # 2023-2025


def supa_ref(r):
    return rs(r, LOW, 20)


# ---------------------------------------------------------------------------
# human passwords (the kind people type into admin panels)
# ---------------------------------------------------------------------------
WORDS = ["Harbor", "falcon", "Maple", "cobalt", "Orchid", "tundra", "Vortex", "saffron", "Granite",
         "pelican", "Juniper", "Quartz", "meadow", "Lantern", "Everest", "walnut", "Cascade", "ember",
         "Nimbus", "Pioneer", "sierra", "Bramble", "Copper", "Dolphin", "Thistle", "Monsoon", "Aurora",
         "kestrel", "Sequoia", "Bluebird", "Redwood", "Zephyr", "Marlin", "Citadel", "Hollow", "Pepper"]
SYMS = "!@#$%&*?-_.+="


def human_password(r):
    m = r.randrange(6)
    if m == 0:
        return r.choice(WORDS).capitalize() + str(r.randint(1990, 2026)) + r.choice("!#$%&*?")
    if m == 1:
        return "%s-%s-%s%d" % (r.choice(WORDS).lower(), r.choice(WORDS).lower(), r.choice(WORDS).lower(), r.randint(2, 99))
    if m == 2:
        # password-manager style
        while True:
            s = rs(r, ALNUM + "!@#%^*-_+=", r.randint(16, 24))
            if any(c in "!@#%^*-_+=" for c in s) and any(c.isdigit() for c in s):
                return s
    if m == 3:
        w = r.choice(WORDS)
        w = w.replace("a", "@", 1).replace("o", "0", 1).replace("e", "3", 1)
        return w[0].upper() + w[1:] + r.choice(SYMS) + str(r.randint(10, 9999))
    if m == 4:
        return r.choice(WORDS) + r.choice(WORDS).lower() + r.choice("!#$%?") + str(r.randint(1, 99))
    return ralnum(r, r.randint(14, 20)) + r.choice("!#%*")


def url_password(r):
    # passwords that survive inside a URL without escaping
    while True:
        p = human_password(r)
        if all(c in ALNUM + "-_.~!*" for c in p):
            return p
        if r.random() < 0.5:
            return ralnum(r, r.randint(16, 28))


# ---------------------------------------------------------------------------
# credential kinds.  gen(r) returns dict: val (the needle), ins (string placed
# into the file; defaults to val), extra context such as a public id.
# ---------------------------------------------------------------------------
def _simple(f):
    return lambda r: {"val": f(r)}


def g_pg_url(r, scheme="postgresql", user=None, host=None, port=5432, db=None):
    pw = url_password(r)
    user = user or r.choice(["retool", "postgres", "app_admin", "directus", "supabase_admin", "hasura", "budibase", "tooljet", "ops_rw"])
    host = host or r.choice(["db.internal.acme-corp.net", "10.20.3.14", "pg-prod-1.c9akciq32.eu-west-1.rds.amazonaws.com",
                              "postgres", "db", "aws-0-eu-central-1.pooler.supabase.com", "pgbouncer.tools.svc.cluster.local"])
    db = db or r.choice(["hammerhead_production", "internal_tools", "directus", "app", "postgres", "ops", "crm"])
    return {"val": pw, "ins": "%s://%s:%s@%s:%d/%s" % (scheme, user, pw, host, port, db)}


def g_mysql_url(r):
    d = g_pg_url(r, "mysql", port=3306, host=r.choice(["mysql", "10.0.4.21", "mysql-primary.ops.svc", "warehouse-db.acme.io"]))
    return d


def g_mongo_url(r):
    pw = url_password(r)
    host = r.choice(["cluster0.x7k2p.mongodb.net", "mongo-0.mongo.svc.cluster.local:27017", "mongodb:27017"])
    scheme = "mongodb+srv" if "mongodb.net" in host else "mongodb"
    return {"val": pw, "ins": "%s://appsmith:%s@%s/appsmith?retryWrites=true" % (scheme, pw, host)}


def g_redis_url(r):
    pw = url_password(r)
    return {"val": pw, "ins": "redis://default:%s@%s:6379/0" % (pw, r.choice(["redis", "10.0.7.3", "cache.tools.internal"]))}


def g_supa_sr(r):
    ref = supa_ref(r)
    iat = ts_iat(r)
    return {"val": jwt_hs256(r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat, "exp": iat + 315360000}), "ref": ref}


def g_hasura_jwt(r):
    key = ralnum(r, r.choice([32, 40, 48, 64]))
    return {"val": key, "ins": '{"type":"HS256","key":"%s"}' % key}


def g_xano(r):
    head = b64u(b'{"alg":"A256KW","enc":"A256CBC-HS512","zip":"DEF"}')
    return {"val": ".".join([head, rb64(r, 64, True, False), rb64(r, 16, True, False),
                             rb64(r, r.randint(150, 260), True, False), rb64(r, 32, True, False)])}


PEM_HEAD = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"


def g_fb_sa(r):
    body = PEM_HEAD + rs(r, B64, 1568)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"
    return {"val": pem, "kid": rhex(r, 40)}


def g_aws(r):
    return {"val": rs(r, ALNUM + "+/", 40), "pub": "AKIA" + rs(r, UP + "234567", 16)}


def g_slack(r):
    u = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DIG, 8), rs(r, UP + DIG, 10), ralnum(r, 24))
    return {"val": u}


def g_strapi_keys(r):
    ks = [rb64(r, 16) for _ in range(4)]
    return {"val": ks[0], "ins": ",".join(ks)}


# key -> provider, kind, gen, obvious names, tags
# tags: env (fits env-var style templates), hdr (sent as an HTTP bearer/header token),
#       url (a connection URL: val is the password inside ins)
KINDS = {
    "retool_api": ("retool", "api_token", _simple(lambda r: "retool_" + ralnum(r, 32)), ["RETOOL_API_KEY", "RETOOL_API_TOKEN", "RETOOL_ACCESS_TOKEN"], "env hdr"),
    "retool_enc": ("retool", "encryption_key", _simple(lambda r: r.choice([ralnum(r, 64), rb64(r, 36)])), ["ENCRYPTION_KEY", "RETOOL_ENCRYPTION_KEY"], "env"),
    "retool_jwt": ("retool", "jwt_secret", _simple(lambda r: ralnum(r, 64)), ["JWT_SECRET", "RETOOL_JWT_SECRET"], "env"),
    "appsmith_encpw": ("appsmith", "encryption_password", _simple(lambda r: ralnum(r, r.choice([20, 24, 32]))), ["APPSMITH_ENCRYPTION_PASSWORD", "APPSMITH_ENCRYPTION_SALT"], "env"),
    "appsmith_mongo": ("appsmith", "mongodb_uri", g_mongo_url, ["APPSMITH_MONGODB_URI", "APPSMITH_DB_URL"], "env url"),
    "budibase_api": ("budibase", "api_key", _simple(lambda r: rhex(r, 32) + "-" + rhex(r, 96)), ["BUDIBASE_API_KEY", "BB_API_KEY"], "env hdr"),
    "budibase_jwt": ("budibase", "jwt_secret", _simple(lambda r: r.choice([ralnum(r, 32), ralnum(r, 48)])), ["JWT_SECRET", "BB_JWT_SECRET"], "env"),
    "budibase_internal": ("budibase", "internal_api_key", _simple(lambda r: ralnum(r, 32)), ["INTERNAL_API_KEY", "API_ENCRYPTION_KEY"], "env"),
    "minio_secret": ("minio", "secret_key", _simple(lambda r: ralnum(r, 40)), ["MINIO_SECRET_KEY", "MINIO_ROOT_PASSWORD"], "env"),
    "tooljet_lockbox": ("tooljet", "lockbox_master_key", _simple(lambda r: rhex(r, 64)), ["LOCKBOX_MASTER_KEY"], "env"),
    "tooljet_skb": ("tooljet", "secret_key_base", _simple(lambda r: rhex(r, 128)), ["SECRET_KEY_BASE"], "env"),
    "bubble_api": ("bubble", "api_token", _simple(lambda r: rhex(r, 32)), ["BUBBLE_API_TOKEN", "BUBBLE_API_KEY"], "env hdr"),
    "xano_token": ("xano", "api_token", g_xano, ["XANO_API_KEY", "XANO_AUTH_TOKEN"], "env hdr"),
    "softr_api": ("softr", "api_key", _simple(lambda r: ralnum(r, 30)), ["SOFTR_API_KEY"], "env hdr"),
    "glide_api": ("glide", "api_token", _simple(ruuid), ["GLIDE_API_TOKEN", "GLIDE_TOKEN"], "env hdr"),
    "airtable_pat": ("airtable", "personal_access_token", _simple(lambda r: "pat" + ralnum(r, 14) + "." + rhex(r, 64)), ["AIRTABLE_API_KEY", "AIRTABLE_PAT", "AIRTABLE_TOKEN"], "env hdr"),
    "baserow_token": ("baserow", "database_token", _simple(lambda r: ralnum(r, 32)), ["BASEROW_TOKEN", "BASEROW_DATABASE_TOKEN"], "env hdr"),
    "baserow_secret": ("baserow", "secret_key", _simple(lambda r: ralnum(r, 50)), ["SECRET_KEY", "BASEROW_JWT_SIGNING_KEY"], "env"),
    "nocodb_token": ("nocodb", "api_token", _simple(lambda r: r.choice([ralnum(r, 40), "nc_pat_" + ralnum(r, 40)])), ["NOCODB_API_TOKEN", "NC_TOKEN", "XC_TOKEN"], "env hdr"),
    "nocodb_jwt": ("nocodb", "jwt_secret", _simple(lambda r: ralnum(r, 40)), ["NC_AUTH_JWT_SECRET"], "env"),
    "directus_static": ("directus", "static_token", _simple(lambda r: rs(r, ALNUM + "-_", 32)), ["DIRECTUS_TOKEN", "DIRECTUS_STATIC_TOKEN"], "env hdr"),
    "directus_secret": ("directus", "secret", _simple(lambda r: ralnum(r, r.choice([32, 48, 64]))), ["SECRET", "DIRECTUS_SECRET"], "env"),
    "directus_admin_pw": ("directus", "admin_password", _simple(human_password), ["ADMIN_PASSWORD", "DIRECTUS_ADMIN_PASSWORD"], "env"),
    "pocketbase_pw": ("pocketbase", "superuser_password", _simple(human_password), ["PB_ADMIN_PASSWORD", "POCKETBASE_ADMIN_PASSWORD", "PB_SUPERUSER_PASSWORD"], "env"),
    "pocketbase_enc": ("pocketbase", "encryption_key", _simple(lambda r: ralnum(r, 32)), ["PB_ENCRYPTION_KEY"], "env"),
    "supabase_sr": ("supabase", "service_role_key", g_supa_sr, ["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY", "SERVICE_ROLE_KEY"], "env hdr"),
    "supabase_secret": ("supabase", "secret_key", _simple(lambda r: "sb_secret_" + rs(r, ALNUM + "-_", 31)), ["SUPABASE_SECRET_KEY"], "env hdr"),
    "supabase_jwt": ("supabase", "jwt_secret", _simple(lambda r: rb64(r, 64)), ["SUPABASE_JWT_SECRET", "JWT_SECRET"], "env"),
    "supabase_db": ("supabase", "db_password", lambda r: g_pg_url(r, user="postgres.%s" % supa_ref(r), host="aws-0-us-east-1.pooler.supabase.com", port=6543, db="postgres"), ["SUPABASE_DB_URL", "DATABASE_URL", "DIRECT_URL"], "env url"),
    "appwrite_api": ("appwrite", "api_key", _simple(lambda r: "standard_" + rhex(r, 256)), ["APPWRITE_API_KEY", "APPWRITE_KEY"], "env hdr"),
    "appwrite_openssl": ("appwrite", "openssl_key", _simple(lambda r: ralnum(r, 32)), ["_APP_OPENSSL_KEY_V1", "_APP_EXECUTOR_SECRET"], "env"),
    "hasura_admin": ("hasura", "admin_secret", _simple(lambda r: r.choice([ralnum(r, 32), ralnum(r, 48), human_password(r)])), ["HASURA_GRAPHQL_ADMIN_SECRET", "HASURA_ADMIN_SECRET"], "env hdr"),
    "hasura_jwt": ("hasura", "jwt_secret", g_hasura_jwt, ["HASURA_GRAPHQL_JWT_SECRET"], "env"),
    "strapi_token": ("strapi", "api_token", _simple(lambda r: rhex(r, 256)), ["STRAPI_API_TOKEN", "STRAPI_TOKEN"], "env hdr"),
    "strapi_jwt": ("strapi", "admin_jwt_secret", _simple(lambda r: rb64(r, 16)), ["ADMIN_JWT_SECRET", "JWT_SECRET", "API_TOKEN_SALT", "TRANSFER_TOKEN_SALT"], "env"),
    "strapi_keys": ("strapi", "app_keys", g_strapi_keys, ["APP_KEYS"], "env"),
    "firebase_fcm": ("firebase", "fcm_server_key", _simple(lambda r: "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)), ["FCM_SERVER_KEY", "FIREBASE_SERVER_KEY"], "env hdr"),
    "firebase_dbsecret": ("firebase", "database_secret", _simple(lambda r: ralnum(r, 40)), ["FIREBASE_DATABASE_SECRET", "FIREBASE_DB_SECRET"], "env"),
    "firebase_sa": ("firebase", "service_account_key", g_fb_sa, [], ""),
    "aws_secret": ("aws", "secret_access_key", g_aws, ["AWS_SECRET_ACCESS_KEY"], ""),
    "postgres_url": ("postgres", "password", g_pg_url, ["DATABASE_URL", "PG_URL", "POSTGRES_URL"], "env url"),
    "mysql_url": ("mysql", "password", g_mysql_url, ["MYSQL_URL", "DB_URL"], "env url"),
    "redis_url": ("redis", "password", g_redis_url, ["REDIS_URL"], "env url"),
    "db_password": ("postgres", "password", _simple(human_password), ["POSTGRES_PASSWORD", "DB_PASSWORD", "PG_PASS"], "env"),
    "sendgrid": ("sendgrid", "api_key", _simple(lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)), ["SENDGRID_API_KEY", "SMTP_PASSWORD"], "env hdr"),
    "google_oauth": ("google", "oauth_client_secret", _simple(lambda r: "GOCSPX-" + rs(r, B64URL, 28)), ["GOOGLE_CLIENT_SECRET"], "env"),
    "stripe_sk": ("stripe", "secret_key", _simple(lambda r: r.choice(["sk_live_51", "rk_live_51"]) + ralnum(r, 97)), ["STRIPE_SECRET_KEY", "STRIPE_API_KEY"], "env hdr"),
    "github_pat": ("github", "personal_access_token", _simple(gh_token), ["GITHUB_TOKEN", "GH_TOKEN"], "env hdr"),
    "openai": ("openai", "api_key", _simple(lambda r: "sk-proj-" + rs(r, B64URL, 58) + "T3BlbkFJ" + rs(r, B64URL, 58)), ["OPENAI_API_KEY"], "env hdr"),
    "slack_webhook": ("slack", "webhook_url", g_slack, ["SLACK_WEBHOOK_URL"], "env"),
}

NEUTRAL = ["VALUE", "CFG", "CONN", "DEFAULT", "BLOB", "SEED", "PRIMARY", "UPSTREAM", "INIT", "MAIN", "BOOTSTRAP",
           "OPTS", "REF", "SOURCE", "DATA", "HANDLE", "PARAM", "CTX", "LINK", "ACCESS", "SVC", "CONFIG", "SETTING",
           "INTEGRATION", "REMOTE", "CLIENT", "BACKEND", "PROD", "LIVE"]
PROV_SHORT = {"retool": "RT", "appsmith": "APPSMITH", "budibase": "BB", "tooljet": "TJ", "bubble": "BUBBLE", "xano": "XANO",
              "softr": "SOFTR", "glide": "GLIDE", "airtable": "AT", "baserow": "BASEROW", "nocodb": "NOCO", "directus": "DIRECTUS",
              "pocketbase": "PB", "supabase": "SUPA", "appwrite": "APPWRITE", "hasura": "HASURA", "strapi": "STRAPI",
              "firebase": "FB", "aws": "AWS", "postgres": "PG", "mysql": "MYSQL", "redis": "REDIS", "minio": "MINIO",
              "sendgrid": "MAIL", "google": "GOOGLE", "stripe": "BILLING", "github": "GH", "openai": "LLM", "slack": "NOTIFY"}


def neutral_name(r, prov):
    n = r.choice(NEUTRAL)
    x = r.random()
    if x < 0.25:
        return n
    if x < 0.55:
        return PROV_SHORT.get(prov, prov.upper()) + "_" + n
    if x < 0.85:
        return prov.upper() + "_" + n
    return n + "_" + str(r.randint(1, 3))


def style(name, how):
    parts = [p for p in name.lower().split("_") if p]
    if how == "snake":
        return "_".join(parts)
    if how == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if how == "kebab":
        return "-".join(parts)
    if how == "pascal":
        return "".join(p.capitalize() for p in parts)
    return "_".join(parts).upper()


def make_slot(r, key, ob):
    prov, kind, gen, names, tags = KINDS[key]
    d = gen(r)
    d.setdefault("ins", d["val"])
    d["key"] = key
    d["prov"] = prov
    d["kind"] = kind
    d["tags"] = tags.split()
    d["ob"] = ob
    d["neg"] = False
    if ob and names:
        d["name"] = r.choice(names)
    else:
        d["name"] = neutral_name(r, prov)
    return d


# ---------------------------------------------------------------------------
# negative look-alikes for a secret slot
# ---------------------------------------------------------------------------
SUPA_DEMO_ANON = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9."
                  "CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0")
SUPA_DEMO_SR = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0."
                "EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU")
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_DOC_ID = "AKIAIOSFODNN7EXAMPLE"
STRIPE_DOC_TEST = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
SLACK_DOC_HOOK = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"


def supa_anon(r, ref=None):
    ref = ref or supa_ref(r)
    iat = ts_iat(r)
    return jwt_hs256(r, {"iss": "supabase", "ref": ref, "role": "anon", "iat": iat, "exp": iat + 315360000})


def airtable_id(r, pfx):
    return pfx + rs(r, ALNUM, 14)


def fb_web_key(r):
    return "AIza" + rs(r, B64URL, 35)


def appwrite_id(r):
    return rhex(r, 20)


def public_lookalike(r, key):
    """a value the provider documents as public, or an id, for this kind; returns (val, name, nkind) or None"""
    if key in ("supabase_sr", "supabase_secret", "supabase_jwt"):
        c = r.randrange(3)
        if c == 0:
            return supa_anon(r), r.choice(["SUPABASE_ANON_KEY", "NEXT_PUBLIC_SUPABASE_ANON_KEY", "VITE_SUPABASE_ANON_KEY"]), "anon_key_public"
        if c == 1:
            return "sb_publishable_" + rs(r, ALNUM + "-_", 31), r.choice(["SUPABASE_PUBLISHABLE_KEY", "NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY"]), "publishable_key"
        return supa_ref(r), "SUPABASE_PROJECT_REF", "project_ref"
    if key == "airtable_pat":
        p = r.choice(["app", "tbl", "viw", "fld", "shr"])
        n = {"app": "AIRTABLE_BASE_ID", "tbl": "AIRTABLE_TABLE_ID", "viw": "AIRTABLE_VIEW_ID", "fld": "AIRTABLE_FIELD_ID", "shr": "AIRTABLE_SHARE_ID"}[p]
        return airtable_id(r, p), n, "airtable_id"
    if key in ("firebase_fcm", "firebase_dbsecret"):
        c = r.randrange(2)
        if c == 0:
            return fb_web_key(r), r.choice(["FIREBASE_API_KEY", "NEXT_PUBLIC_FIREBASE_API_KEY", "VITE_FIREBASE_API_KEY"]), "firebase_web_key_public"
        return "1:%d:web:%s" % (r.randint(10 ** 11, 10 ** 12 - 1), rhex(r, 22)), "FIREBASE_APP_ID", "firebase_app_id"
    if key == "stripe_sk":
        if r.random() < 0.5:
            return "pk_live_51" + ralnum(r, 97), r.choice(["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY"]), "publishable_key"
        return STRIPE_DOC_TEST, None, "documented_example"
    if key == "aws_secret":
        return AWS_DOC_SECRET, None, "documented_example"
    if key in ("appwrite_api", "appwrite_openssl"):
        return appwrite_id(r), r.choice(["APPWRITE_PROJECT_ID", "APPWRITE_DATABASE_ID", "NEXT_PUBLIC_APPWRITE_PROJECT"]), "appwrite_id"
    if key == "glide_api":
        return rs(r, ALNUM, 20), "GLIDE_APP_ID", "glide_app_id"
    if key in ("retool_api", "retool_enc", "retool_jwt"):
        return ruuid(r), r.choice(["RETOOL_RESOURCE_ID", "RETOOL_APP_UUID", "RETOOL_EMBED_APP_ID"]), "resource_uuid"
    if key == "google_oauth":
        return "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LOW + DIG, 32)), "GOOGLE_CLIENT_ID", "oauth_client_id"
    if key == "slack_webhook":
        return SLACK_DOC_HOOK, None, "documented_example"
    if key == "bubble_api":
        return "%dx%d" % (r.randint(1600000000000, 1760000000000), r.randint(10 ** 17, 10 ** 18 - 1)), "BUBBLE_THING_ID", "bubble_unique_id"
    if key in ("budibase_api", "budibase_jwt", "budibase_internal"):
        return "app_" + rhex(r, 32), "BUDIBASE_APP_ID", "budibase_app_id"
    if key in ("tooljet_lockbox", "tooljet_skb"):
        return ruuid(r), r.choice(["TOOLJET_WORKSPACE_ID", "TOOLJET_APP_ID"]), "workspace_uuid"
    if key == "hasura_jwt":
        return '{"type":"RS256","jwk_url":"https://%s/.well-known/jwks.json"}' % r.choice(["acme.eu.auth0.com", "auth.acme-corp.com", "login.tools.acme.io"]), None, "jwk_url_config"
    if key in ("strapi_token", "strapi_jwt", "strapi_keys"):
        return rs(r, LOW + DIG, 24), "STRAPI_DOCUMENT_ID", "strapi_document_id"
    return None


def placeholder(r, s):
    n = s["name"]
    pv = s["prov"]
    c = r.randrange(9)
    if c == 0:
        return "<%s>" % style(n, "kebab")
    if c == 1:
        return "your-%s-%s-here" % (pv, r.choice(["token", "key", "secret"]))
    if c == 2:
        return "REPLACE_ME"
    if c == 3:
        return "<paste %s %s>" % (pv.capitalize(), r.choice(["token", "key here", "secret"]))
    if c == 4:
        return "TODO"
    if c == 5:
        return "YOUR_%s" % n.upper().lstrip("_")
    if c == 6:
        pre = {"airtable_pat": "pat", "stripe_sk": "sk_live_", "openai": "sk-proj-", "github_pat": "ghp_", "sendgrid": "SG.",
               "appwrite_api": "standard_", "supabase_secret": "sb_secret_", "retool_api": "retool_"}.get(s["key"], "")
        return pre + "x" * r.choice([16, 24, 32])
    if c == 7:
        return "change-me"
    return "<%s>" % n.upper().lstrip("_")


def masked(r, s):
    return r.choice(["********", "••••••••••••", "[REDACTED]", "***redacted***", "<hidden>", "*" * 16, "[FILTERED]"])


def env_ref(r, s, lang):
    n = s["name"] if s["ob"] else r.choice(KINDS[s["key"]][3] or ["SECRET_VALUE"])
    if lang in ("env", "compose", "yaml", "dockerfile", "shell", "md"):
        return r.choice(["${%s}" % n, "${%s:?set in .env}" % n, "${%s:-}" % n, "$%s" % n])
    if lang == "toml":
        return "env(%s)" % n
    return None


def manager_ref(r, s):
    n = style(s["name"], "kebab")
    c = r.randrange(4)
    if c == 0:
        return "op://Internal Tools/%s/credential" % n
    if c == 1:
        return "vault:secret/data/internal-tools/%s#value" % s["prov"]
    if c == 2:
        return "arn:aws:secretsmanager:eu-west-1:%d:secret:internal-tools/%s-%s" % (r.randint(10 ** 11, 10 ** 12 - 1), n, rs(r, ALNUM, 6))
    return "projects/acme-internal/secrets/%s/versions/latest" % n


def tmpl_ref(r, s):
    n = s["name"] if s["ob"] else (KINDS[s["key"]][3] or ["SECRET_VALUE"])[0]
    return r.choice(["{{ retoolContext.configVars.%s }}" % n, "{{ environment.variables.%s }}" % n,
                     "{{ appsmith.store.%s }}" % style(n, "camel"), "{{ env.%s }}" % n, "{{constants.%s}}" % style(n, "snake"),
                     "{{secrets.%s}}" % style(n, "snake")])


SELF_EVIDENT = {"anon_key_public", "publishable_key", "documented_example", "jwk_url_config", "oauth_client_id"}


def neg_slot(r, key, lang, ob, named=True):
    s = make_slot(r, key, ob)
    s["neg"] = True
    s["real"] = s["val"]  # never written
    opts = ["ph", "mask", "pub", "pub", "ph", "empty"]
    if lang in ("env", "compose", "yaml", "dockerfile", "shell", "toml", "md"):
        opts += ["env", "env", "env"]
    if lang in ("env", "yaml", "json", "compose", "toml"):
        opts += ["mgr"]
    if lang in ("json", "yaml"):
        opts += ["tmpl", "tmpl"]
    if key in ("supabase_sr",) and lang in ("env", "js", "ts", "md", "toml"):
        opts += ["demo"]
    while True:
        c = r.choice(opts)
        v, nk = None, None
        if c == "ph":
            v, nk = placeholder(r, s), "placeholder"
        elif c == "mask":
            v, nk = masked(r, s), "masked"
        elif c == "empty":
            v, nk = "", "empty"
        elif c == "env":
            v, nk = env_ref(r, s, lang), "env_reference"
        elif c == "mgr":
            v, nk = manager_ref(r, s), "secret_manager_reference"
        elif c == "tmpl":
            v, nk = tmpl_ref(r, s), "template_reference"
        elif c == "demo":
            v, nk = SUPA_DEMO_SR, "documented_example"
            s["demo"] = True
        elif c == "pub":
            p = public_lookalike(r, key)
            # an id under an unnamed slot (header, positional argument) would look like a live token: only
            # values that announce themselves as public go there
            if p and (named or p[2] in SELF_EVIDENT):
                v, nm, nk = p
                if nm:
                    s["name"] = nm
                    s["ob"] = True
        if v is not None:
            break
    if "url" in s["tags"]:
        old = s["ins"]
        pw = s["real"]
        if c in ("ph", "mask", "env", "empty", "mgr", "tmpl", "pub", "demo"):
            if c == "env":
                rep = "${%s}" % r.choice(["DB_PASSWORD", "POSTGRES_PASSWORD", "PGPASSWORD"])
            elif c == "mask":
                rep = r.choice(["****", "xxxxx", "REDACTED"])
            else:
                rep = r.choice(["<password>", "PASSWORD", "[YOUR-PASSWORD]", "<db-password>"])
            if c == "empty" or c == "mgr" or c == "tmpl" or c == "pub":
                # drop the password entirely: user@host
                v = old.replace(":" + pw + "@", "@")
                nk = "url_without_password"
            else:
                v = old.replace(pw, rep)
    s["val"] = v
    s["ins"] = v
    if key == "hasura_jwt" and nk not in ("jwk_url_config",):
        s["ins"] = v
    s["nkind"] = nk
    return s


# ---------------------------------------------------------------------------
# provider context used to dress files
# ---------------------------------------------------------------------------
PCTX = {
    "retool": dict(svc="api", image="tryretool/backend:3.114.3-stable", port=3000, url="https://retool.acme-corp.com", dir="retool"),
    "appsmith": dict(svc="appsmith", image="index.docker.io/appsmith/appsmith-ee:v1.62", port=80, url="https://apps.internal.acme.io", dir="appsmith"),
    "budibase": dict(svc="budibase", image="budibase/budibase:3.4.12", port=10000, url="https://budibase.ops.acme.io", dir="budibase"),
    "tooljet": dict(svc="tooljet", image="tooljet/tooljet:ee-lts-latest", port=3000, url="https://tooljet.acme-corp.com", dir="tooljet"),
    "bubble": dict(svc="sync", image="python:3.12-slim", port=8080, url="https://acme-crm.bubbleapps.io/api/1.1", dir="bubble-sync"),
    "xano": dict(svc="worker", image="node:20-alpine", port=8080, url="https://x8ki-letl-twmt.n7.xano.io/api:Xy1zVb2a", dir="xano-client"),
    "softr": dict(svc="portal-sync", image="node:20-alpine", port=8080, url="https://studio-api.softr.io/v1/api", dir="softr"),
    "glide": dict(svc="glide-sync", image="node:20-alpine", port=8080, url="https://api.glideapp.io/api/function", dir="glide"),
    "airtable": dict(svc="airtable-sync", image="python:3.12-slim", port=8080, url="https://api.airtable.com/v0", dir="airtable"),
    "baserow": dict(svc="baserow", image="baserow/baserow:1.30.1", port=80, url="https://baserow.acme.io/api", dir="baserow"),
    "nocodb": dict(svc="nocodb", image="nocodb/nocodb:0.263.8", port=8080, url="https://nocodb.acme.io/api/v2", dir="nocodb"),
    "directus": dict(svc="directus", image="directus/directus:11.5.1", port=8055, url="https://cms.acme-corp.com", dir="directus"),
    "pocketbase": dict(svc="pocketbase", image="ghcr.io/muchobien/pocketbase:0.25.9", port=8090, url="https://pb.acme.dev", dir="pocketbase"),
    "supabase": dict(svc="functions", image="supabase/edge-runtime:v1.67.4", port=54321, url="https://%s.supabase.co", dir="supabase"),
    "appwrite": dict(svc="appwrite", image="appwrite/appwrite:1.6.1", port=80, url="https://cloud.appwrite.io/v1", dir="appwrite"),
    "hasura": dict(svc="graphql-engine", image="hasura/graphql-engine:v2.44.0", port=8080, url="https://hasura.acme.io/v1/graphql", dir="hasura"),
    "strapi": dict(svc="strapi", image="node:20-alpine", port=1337, url="https://cms.acme.io/api", dir="cms"),
    "firebase": dict(svc="notifier", image="node:20-alpine", port=8080, url="https://fcm.googleapis.com/fcm/send", dir="functions"),
    "minio": dict(svc="minio", image="minio/minio:RELEASE.2024-12-18T13-15-44Z", port=9000, url="http://minio:9000", dir="minio"),
}
DEFAULT_CTX = dict(svc="api", image="node:20-alpine", port=8080, url="https://api.example.internal", dir="ops")
HOST_OF = {"retool": "retool", "appsmith": "appsmith", "budibase": "budibase", "tooljet": "tooljet", "baserow": "baserow", "nocodb": "nocodb",
           "directus": "directus", "pocketbase": "pocketbase", "appwrite": "appwrite", "hasura": "hasura", "minio": "minio"}


def ctx(s):
    c = dict(PCTX.get(s["prov"], DEFAULT_CTX))
    if s["prov"] == "supabase":
        c["url"] = "http://127.0.0.1:54321" if s.get("demo") else "https://%s.supabase.co" % s.get("ref", "abcdefghijklmnopqrst")
    return c


def owner_prov(s):
    """the self-hosted tool a generic secret belongs to (for paths)"""
    p = s["prov"]
    if p in HOST_OF:
        return p
    return s.get("host_tool") or "internal-tools"


def comment_line(r, ch, s):
    p = s["prov"].capitalize()
    return ch + " " + r.choice([
        "%s settings for the ops dashboard" % p,
        "keep in sync with the staging stack",
        "see docs/self-hosting.md for the full list",
        "added by platform team, do not reorder",
        "%s integration (internal tools)" % p,
        "values below are read at container start",
        "TODO: move the rest of these to the chart",
        "last reviewed during the Q3 migration",
    ])


# registry -----------------------------------------------------------------
POS_T = []   # (fn, accepts(key)->bool, lang, name)
NEG_T = []   # (fn, name)


def pos_template(lang, accepts):
    def deco(fn):
        POS_T.append((fn, accepts, lang, fn.__name__))
        return fn
    return deco


def neg_template(fn):
    NEG_T.append((fn, fn.__name__))
    return fn


def has(tag):
    return lambda k: tag in KINDS[k][4].split()


def is_env(k):
    return "env" in KINDS[k][4].split()


def q(r, v, kinds="\"'"):
    c = r.choice(kinds)
    return c + v + c


def yq(r, v):
    # YAML scalar, quoted when needed
    if v == "" or any(ch in v for ch in ":#{}[],&*!|>'\"%@`") or v[0] in "-?" or v.lower() in ("yes", "no", "true", "false", "null", "on", "off"):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return r.choice([v, '"' + v + '"']) if r.random() < 0.6 else "'" + v + "'"


def jstr(v):
    return json.dumps(v)


# ---------------------------------------------------------------------------
# generic templates: any env-style kind
# ---------------------------------------------------------------------------
def env_quote(r, v):
    if '"' in v:
        return "'" + v + "'"
    if v == "" or r.random() < 0.5:
        return v if not any(ch in v for ch in " #$&;") else '"' + v + '"'
    return '"' + v + '"'


def other_env(r, s, n):
    """harmless settings for a tool's env file"""
    p = owner_prov(s)
    c = PCTX.get(p, DEFAULT_CTX)
    pool = [
        ("NODE_ENV", "production"), ("LOG_LEVEL", r.choice(["info", "warn", "debug"])), ("PORT", str(c["port"])),
        ("PUBLIC_URL", c["url"] if "%s" not in c["url"] else "https://tools.acme.io"), ("TZ", r.choice(["UTC", "Europe/Berlin", "America/Chicago"])),
        ("DISABLE_TELEMETRY", "true"), ("MAX_UPLOAD_MB", str(r.choice([25, 50, 100]))), ("SMTP_HOST", "smtp.mailgun.org"),
        ("SMTP_PORT", "587"), ("SMTP_USER", "postmaster@mg.acme.io"), ("CORS_ORIGIN", "https://admin.acme.io"),
        ("DB_HOST", "postgres"), ("DB_PORT", "5432"), ("DB_USER", r.choice(["app", "tools", "retool"])), ("DB_NAME", r.choice(["tools", "app"])),
        ("REDIS_HOST", "redis"), ("COOKIE_INSECURE", "false"), ("RATE_LIMIT_ENABLED", "true"), ("CACHE_TTL", "300"),
        ("FEATURE_FLAGS", "audit_log,new_editor"), ("SENTRY_ENVIRONMENT", "production"),
    ]
    r.shuffle(pool)
    return pool[:n]


def env_lines(r, s):
    kv = other_env(r, s, r.randint(4, 12))
    pos = r.randint(0, len(kv))
    lines = []
    if r.random() < 0.7:
        lines.append(comment_line(r, "#", s))
    for i, (k, v) in enumerate(kv):
        if i == pos:
            lines.append("%s=%s" % (s["name"], env_quote(r, s["ins"])))
        lines.append("%s=%s" % (k, v))
        if r.random() < 0.15:
            lines.append("")
    if pos == len(kv):
        lines.append("%s=%s" % (s["name"], env_quote(r, s["ins"])))
    return lines


@pos_template("env", is_env)
def t_dotenv(r, s):
    p = owner_prov(s)
    path = r.choice({
        "retool": ["docker.env", "retool/docker.env", "deploy/retool/docker.env"],
        "appsmith": ["stacks/configuration/docker.env", "appsmith/docker.env"],
        "tooljet": [".env", "tooljet/.env"],
        "budibase": [".env", "hosting/.env", "budibase/.env"],
    }.get(p, [".env", ".env.production", "deploy/.env", "%s/.env" % PCTX.get(p, DEFAULT_CTX)["dir"], ".env.local"]))
    return path, "\n".join(env_lines(r, s)) + "\n", "env"


@pos_template("compose", is_env)
def t_compose(r, s):
    p = owner_prov(s)
    c = PCTX.get(p, DEFAULT_CTX)
    svc = c["svc"]
    listform = r.random() < 0.5
    ind = r.choice(["  ", "    "])
    L = []
    if r.random() < 0.5:
        L.append('version: "3.8"')
    L.append("services:")
    L.append(ind + svc + ":")
    L.append(ind * 2 + "image: " + c["image"])
    L.append(ind * 2 + "restart: unless-stopped")
    L.append(ind * 2 + "ports:")
    L.append(ind * 3 + '- "%d:%d"' % (c["port"], c["port"]))
    L.append(ind * 2 + "env_file:")
    L.append(ind * 3 + "- .env")
    L.append(ind * 2 + "environment:")
    kv = other_env(r, s, r.randint(3, 7))
    pos = r.randint(0, len(kv))
    items = kv[:pos] + [(s["name"], s["ins"], True)] + kv[pos:]
    for it in items:
        k, v = it[0], it[1]
        if listform:
            if '"' in v:
                L.append(ind * 3 + "- '%s=%s'" % (k, v))
            else:
                L.append(ind * 3 + "- %s=%s" % (k, v))
        else:
            L.append(ind * 3 + "%s: %s" % (k, yq(r, v)))
    L.append(ind * 2 + "depends_on:")
    L.append(ind * 3 + "- postgres")
    L.append(ind + "postgres:")
    L.append(ind * 2 + "image: postgres:16-alpine")
    L.append(ind * 2 + "environment:")
    L.append(ind * 3 + "POSTGRES_USER: app")
    L.append(ind * 3 + "POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}")
    L.append(ind * 2 + "volumes:")
    L.append(ind * 3 + "- pgdata:/var/lib/postgresql/data")
    L.append("volumes:")
    L.append(ind + "pgdata: {}")
    path = r.choice(["docker-compose.yml", "docker-compose.yaml", "compose.yaml", "deploy/docker-compose.prod.yml", "%s/docker-compose.yml" % c["dir"]])
    return path, "\n".join(L) + "\n", "docker-compose"


@pos_template("yaml", is_env)
def t_helm_values(r, s):
    p = owner_prov(s)
    c = PCTX.get(p, DEFAULT_CTX)
    img, tag = c["image"].rsplit(":", 1)
    L = ["# Default values for %s." % p, "replicaCount: %d" % r.randint(1, 3), "", "image:",
         "  repository: %s" % img, "  tag: %s" % yq(r, tag), "  pullPolicy: IfNotPresent", ""]
    if r.random() < 0.5:
        L += ["env:"]
        for k, v in other_env(r, s, r.randint(2, 5)):
            L += ["  - name: %s" % k, "    value: %s" % yq(r, v)]
        L += ["  - name: %s" % s["name"], "    value: %s" % yq(r, s["ins"])]
    else:
        L += ["config:"]
        kv = other_env(r, s, r.randint(2, 5))
        for k, v in kv:
            L += ["  %s: %s" % (style(k, "camel"), yq(r, v))]
        L += ["  %s: %s" % (style(s["name"], "camel"), yq(r, s["ins"]))]
    L += ["", "service:", "  type: ClusterIP", "  port: %d" % c["port"], "", "ingress:", "  enabled: true",
          "  className: nginx", "  hosts:", "    - host: %s" % r.choice(["tools.acme.io", "admin.acme-corp.com", "ops.acme.dev"]),
          "      paths:", "        - path: /", "          pathType: Prefix", "", "resources:", "  limits:", "    memory: 1Gi"]
    path = r.choice(["values.yaml", "charts/%s/values.yaml" % p, "deploy/helm/values-production.yaml", "helm/%s/values.prod.yaml" % p])
    return path, "\n".join(L) + "\n", "helm-values"


@pos_template("yaml", is_env)
def t_k8s_secret(r, s):
    p = owner_prov(s)
    nm = p + "-" + r.choice(["env", "secrets", "config", "credentials"])
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % nm, "  namespace: %s" % r.choice(["internal-tools", "tools", "ops", p]),
         "  labels:", "    app.kubernetes.io/name: %s" % p, "    app.kubernetes.io/part-of: internal-tools", "type: Opaque", "stringData:"]
    kv = other_env(r, s, r.randint(1, 4))
    pos = r.randint(0, len(kv))
    items = kv[:pos] + [(s["name"], s["ins"])] + kv[pos:]
    for k, v in items:
        L.append("  %s: %s" % (k, yq(r, v)))
    path = r.choice(["k8s/%s-secret.yaml" % p, "manifests/%s/secret.yaml" % p, "deploy/k8s/secrets.yaml", "kustomize/overlays/prod/%s-env.yaml" % p])
    return path, "\n".join(L) + "\n", "k8s-yaml"


@pos_template("yaml", is_env)
def t_gha(r, s):
    p = owner_prov(s)
    L = ["name: %s" % r.choice(["Deploy internal tools", "Sync %s" % p.capitalize(), "Nightly export", "Release"]), "", "on:",
         "  push:", "    branches: [main]", "  workflow_dispatch:", "", "env:",
         "  NODE_VERSION: %s" % r.choice(["20", "22"]), "  %s: %s" % (s["name"], yq(r, s["ins"])), "", "jobs:", "  deploy:",
         "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4",
         "        with:", "          node-version: ${{ env.NODE_VERSION }}", "      - run: npm ci",
         "      - name: Run sync", "        run: node scripts/%s.js" % r.choice(["sync", "export", "deploy", "seed"]),
         "        env:", "          DEPLOY_HOOK: ${{ secrets.DEPLOY_HOOK }}"]
    path = ".github/workflows/%s.yml" % r.choice(["deploy", "sync", "nightly", "release", "ci"])
    return path, "\n".join(L) + "\n", "github-actions"


@pos_template("py", is_env)
def t_py_const(r, s):
    p = owner_prov(s)
    c = ctx(s)
    n = s["name"] if r.random() < 0.6 else style(s["name"], "snake")
    q1 = r.choice(['"', "'"])
    L = ['"""%s"""' % r.choice(["One-off sync between the warehouse and %s." % s["prov"].capitalize(),
                                "Nightly job: pulls rows and pushes them to the ops dashboard.",
                                "Helper script used by the support team."]),
         "import json", "import logging", "import requests", "", "log = logging.getLogger(__name__)", "",
         "BASE_URL = %s%s%s" % (q1, c["url"], q1),
         "%s = %s%s%s" % (n, q1, s["ins"], q1),
         "PAGE_SIZE = %d" % r.choice([50, 100, 200]), "", "",
         "def main():",
         "    session = requests.Session()",
         "    session.headers[\"User-Agent\"] = \"ops-sync/1.4\"",
         "    log.info(\"starting sync against %s\", BASE_URL)",
         "    rows = fetch_rows(session)",
         "    print(json.dumps({\"count\": len(rows)}))", "", "",
         "def fetch_rows(session):",
         "    resp = session.get(f\"{BASE_URL}/records\", params={\"limit\": PAGE_SIZE}, timeout=30)",
         "    resp.raise_for_status()",
         "    return resp.json().get(\"records\", [])", "", "",
         'if __name__ == "__main__":',
         "    main()"]
    path = r.choice(["scripts/sync_%s.py" % s["prov"], "tools/%s_export.py" % s["prov"], "jobs/nightly_%s.py" % p.replace("-", "_"), "settings_local.py"])
    return path, "\n".join(L) + "\n", "python"


@pos_template("js", is_env)
def t_js_config(r, s):
    n = style(s["name"], "camel")
    c = ctx(s)
    q1 = r.choice(["'", '"', "`"]) if '"' not in s["ins"] else "'"
    L = ["// %s" % r.choice(["shared config for the admin scripts", "runtime config, loaded once at boot", "settings used by the import worker"]),
         "module.exports = {",
         "  env: process.env.NODE_ENV || 'production',",
         "  port: %d," % c["port"],
         "  baseUrl: '%s'," % (c["url"] if "%s" not in c["url"] else "https://tools.acme.io"),
         "  %s: %s%s%s," % (n, q1, s["ins"], q1),
         "  pageSize: %d," % r.choice([25, 50, 100]),
         "  retry: { attempts: 3, backoffMs: 500 },",
         "  log: { level: 'info', pretty: false },",
         "};"]
    path = r.choice(["config/index.js", "config/default.js", "src/config.js", "server/config.js", "config.js"])
    return path, "\n".join(L) + "\n", "javascript"


@pos_template("ts", is_env)
def t_ts_const(r, s):
    n = s["name"] if r.random() < 0.5 else style(s["name"], "camel")
    c = ctx(s)
    q1 = r.choice(["'", '"']) if '"' not in s["ins"] else "'"
    L = ["import { z } from 'zod';", "",
         "export const API_BASE = '%s';" % (c["url"] if "%s" not in c["url"] else "https://tools.acme.io"),
         "export const %s = %s%s%s;" % (n, q1, s["ins"], q1),
         "",
         "export const Row = z.object({", "  id: z.string(),", "  name: z.string(),", "  updatedAt: z.string().datetime(),", "});",
         "export type Row = z.infer<typeof Row>;", "",
         "export const DEFAULT_TIMEOUT_MS = %d;" % r.choice([5000, 10000, 15000])]
    path = r.choice(["src/lib/constants.ts", "src/config.ts", "lib/env.ts", "apps/admin/src/settings.ts"])
    return path, "\n".join(L) + "\n", "typescript"


@pos_template("shell", is_env)
def t_shell(r, s):
    p = owner_prov(s)
    v = s["ins"]
    if '"' in v or ("$" in v and not v.startswith("$")):
        qv = "'" + v + "'"
    elif v.startswith("$"):
        qv = '"' + v + '"'
    else:
        qv = r.choice(["'" + v + "'", '"' + v + '"'])
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "# %s" % r.choice(["bootstrap the self-hosted stack on a fresh VM", "restore script for the tools box", "one-shot upgrade helper"]),
         "STACK_DIR=/opt/%s" % p, "export COMPOSE_PROJECT_NAME=%s" % p,
         "export %s=%s" % (s["name"], qv), "",
         "cd \"$STACK_DIR\"", "docker compose pull", "docker compose up -d --remove-orphans",
         "docker compose ps", "echo \"done: $(date -u +%FT%TZ)\""]
    path = r.choice(["scripts/bootstrap.sh", "deploy/up.sh", "ops/restore.sh", "bin/upgrade-%s.sh" % p])
    return path, "\n".join(L) + "\n", "shell"


@pos_template("md", is_env)
def t_readme(r, s):
    p = owner_prov(s)
    v = s["ins"]
    L = ["# %s" % r.choice(["Internal tools stack", "%s self-hosting" % p.capitalize(), "Ops dashboard"]), "",
         "This repo holds the deployment for our %s instance." % p.capitalize(), "", "## Local setup", "",
         "1. Install Docker and Docker Compose v2.", "2. Copy the settings below into `.env`:", "",
         "```bash", "PORT=%d" % PCTX.get(p, DEFAULT_CTX)["port"], "%s=%s" % (s["name"], "'" + v + "'" if '"' in v else v), "```", "",
         "3. Run `docker compose up -d` and open http://localhost:%d." % PCTX.get(p, DEFAULT_CTX)["port"], "",
         "## Troubleshooting", "", "- If the container restarts in a loop, check `docker compose logs -f`.",
         "- Ask in #internal-tools for access to the admin group."]
    path = r.choice(["README.md", "docs/setup.md", "notes/runbook.md", "docs/self-hosting.md"])
    return path, "\n".join(L) + "\n", "markdown"


@pos_template("hcl", is_env)
def t_tfvars(r, s):
    p = owner_prov(s)
    v = s["ins"].replace('"', '\\"')
    if v != s["ins"]:
        return None
    L = ["# %s" % r.choice(["production workspace", "tools account", "shared settings"]),
         'region        = "%s"' % r.choice(["eu-west-1", "us-east-1", "europe-west3"]),
         'environment   = "production"', 'instance_type = "%s"' % r.choice(["t3.medium", "e2-standard-2"]),
         '%s = "%s"' % (style(s["name"], "snake"), v),
         'domain        = "%s"' % r.choice(["tools.acme.io", "admin.acme-corp.com"]), "",
         "tags = {", '  team    = "platform"', '  service = "%s"' % p, "}"]
    path = r.choice(["terraform.tfvars", "infra/prod.auto.tfvars", "terraform/%s/production.tfvars" % p])
    return path, "\n".join(L) + "\n", "terraform"


@pos_template("json", is_env)
def t_json_config(r, s):
    p = owner_prov(s)
    c = PCTX.get(p, DEFAULT_CTX)
    d = {"name": p + "-worker", "port": c["port"], "logLevel": "info"}
    nested = r.random() < 0.5
    key = style(s["name"], r.choice(["camel", "snake", "screaming"]))
    if nested:
        d[s["prov"]] = {"baseUrl": ctx(s)["url"], key: s["ins"], "timeoutMs": 10000}
    else:
        d[key] = s["ins"]
    d["features"] = {"auditLog": True, "exportCsv": r.random() < 0.5}
    path = r.choice(["config/production.json", "config/default.json", "settings.json", "%s/config.json" % c["dir"]])
    return path, json.dumps(d, indent=r.choice([2, 4])) + "\n", "json"


@pos_template("toml", is_env)
def t_fly_toml(r, s):
    p = owner_prov(s)
    v = s["ins"]
    if '"' in v:
        return None
    L = ['app = "%s-%s"' % (p, r.choice(["prod", "tools", "admin"])), 'primary_region = "%s"' % r.choice(["fra", "iad", "lhr"]), "",
         "[build]", '  image = "%s"' % PCTX.get(p, DEFAULT_CTX)["image"], "", "[env]",
         '  PORT = "%d"' % PCTX.get(p, DEFAULT_CTX)["port"], '  LOG_LEVEL = "info"', '  %s = "%s"' % (s["name"], v), "",
         "[http_service]", "  internal_port = %d" % PCTX.get(p, DEFAULT_CTX)["port"], "  force_https = true", "  auto_stop_machines = true"]
    return r.choice(["fly.toml", "deploy/fly.toml"]), "\n".join(L) + "\n", "toml"


@pos_template("ini", is_env)
def t_systemd(r, s):
    p = owner_prov(s)
    v = s["ins"]
    if '"' in v or " " in v:
        return None
    L = ["[Unit]", "Description=%s service" % p.capitalize(), "After=network-online.target", "", "[Service]", "Type=simple",
         "User=%s" % p, "WorkingDirectory=/opt/%s" % p, "Environment=NODE_ENV=production",
         "Environment=%s=%s" % (s["name"], v) if r.random() < 0.5 else 'Environment="%s=%s"' % (s["name"], v),
         "ExecStart=/opt/%s/bin/start" % p, "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/%s.service" % p, "\n".join(L) + "\n", "systemd"


@pos_template("dockerfile", is_env)
def t_dockerfile(r, s):
    p = owner_prov(s)
    v = s["ins"]
    if '"' in v:
        return None
    c = PCTX.get(p, DEFAULT_CTX)
    L = ["FROM %s" % c["image"], "", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . .", "",
         "ENV NODE_ENV=production \\", "    PORT=%d \\" % c["port"], "    %s=%s" % (s["name"], v if r.random() < 0.5 else '"' + v + '"'), "",
         "EXPOSE %d" % c["port"], 'CMD ["node", "server.js"]']
    return r.choice(["Dockerfile", "docker/Dockerfile", "%s/Dockerfile" % c["dir"]]), "\n".join(L) + "\n", "dockerfile"


@pos_template("properties", is_env)
def t_properties(r, s):
    v = s["ins"]
    k = style(s["name"], "kebab").replace("-", ".") if r.random() < 0.5 else style(s["name"], "kebab")
    L = ["# %s" % r.choice(["admin backend", "integration settings", "back-office service"]), "spring.application.name=backoffice",
         "server.port=8080", "management.endpoints.web.exposure.include=health,info",
         "integrations.%s.base-url=%s" % (s["prov"], ctx(s)["url"]), "integrations.%s.%s=%s" % (s["prov"], k, v),
         "integrations.%s.timeout=10s" % s["prov"], "logging.level.root=INFO"]
    return "src/main/resources/application.properties", "\n".join(L) + "\n", "properties"


@pos_template("go", is_env)
def t_go(r, s):
    v = s["ins"]
    if '"' in v:
        v = None
    n = style(s["name"], "camel")
    L = ["package config", "", "import \"time\"", "", "// Defaults for the sync daemon. Overridden by flags.", "const (",
         "\tDefaultBaseURL = \"%s\"" % ctx(s)["url"], "\tDefaultTimeout = 15 * time.Second",
         ("\t%s = \"%s\"" % (n, v)) if v is not None else ("\t%s = `%s`" % (n, s["ins"])), "\tMaxRetries = 5", ")"]
    return r.choice(["internal/config/defaults.go", "pkg/config/config.go", "cmd/syncd/defaults.go"]), "\n".join(L) + "\n", "go"


# ---------------------------------------------------------------------------
# header-token templates (REST calls from code, Postman, runbooks, exports)
# ---------------------------------------------------------------------------
HDR = {
    "airtable": ("Authorization", "Bearer ", "https://api.airtable.com/v0/%s/%s" % ("appQ3x9LmN2pR7sTu", "Orders")),
    "bubble": ("Authorization", "Bearer ", "https://acme-crm.bubbleapps.io/api/1.1/obj/customer"),
    "baserow": ("Authorization", "Token ", "https://api.baserow.io/api/database/rows/table/48213/?user_field_names=true"),
    "nocodb": ("xc-token", "", "https://nocodb.acme.io/api/v2/tables/m3k9qz0xw1t7abc/records"),
    "xano": ("Authorization", "Bearer ", "https://x8ki-letl-twmt.n7.xano.io/api:Xy1zVb2a/orders"),
    "softr": ("Softr-Api-Key", "", "https://studio-api.softr.io/v1/api/users"),
    "glide": ("Authorization", "Bearer ", "https://api.glideapp.io/api/function/queryTables"),
    "budibase": ("x-budibase-api-key", "", "https://budibase.ops.acme.io/api/public/v1/tables/search"),
    "directus": ("Authorization", "Bearer ", "https://cms.acme-corp.com/items/articles?limit=20"),
    "supabase": ("apikey", "", "https://%s.supabase.co/rest/v1/orders?select=*"),
    "strapi": ("Authorization", "Bearer ", "https://cms.acme.io/api/articles?populate=*"),
    "appwrite": ("X-Appwrite-Key", "", "https://cloud.appwrite.io/v1/databases/main/collections/orders/documents"),
    "hasura": ("x-hasura-admin-secret", "", "https://hasura.acme.io/v1/graphql"),
    "retool": ("Authorization", "Bearer ", "https://acme.retool.com/api/v2/users"),
    "firebase": ("Authorization", "key=", "https://fcm.googleapis.com/fcm/send"),
    "sendgrid": ("Authorization", "Bearer ", "https://api.sendgrid.com/v3/mail/send"),
    "stripe": ("Authorization", "Bearer ", "https://api.stripe.com/v1/customers?limit=10"),
    "github": ("Authorization", "token ", "https://api.github.com/repos/acme/internal-tools/issues"),
    "openai": ("Authorization", "Bearer ", "https://api.openai.com/v1/chat/completions"),
}


def hdr_of(s):
    h, pre, url = HDR[s["prov"]]
    if "%s" in url:
        url = url % s.get("ref", "abcdefghijklmnopqrst")
    return h, pre, url


def hdr_ok(k):
    return "hdr" in KINDS[k][4].split() and KINDS[k][0] in HDR


@pos_template("js", hdr_ok)
def t_js_fetch(r, s):
    h, pre, url = hdr_of(s)
    n = style(s["name"], "camel") if s["ob"] else r.choice(["key", "auth", "cfg", "k", "value"])
    inline = r.random() < 0.4
    L = ["// %s" % r.choice(["pull latest rows for the dashboard", "used by the nightly cron", "quick client for the admin panel"])]
    if not inline:
        L.append("const %s = '%s';" % (n, s["ins"]))
    L += ["", "export async function loadRows(page = 1) {",
          "  const res = await fetch(`%s${url_sep}page=${page}`, {" .replace("${url_sep}", "&" if "?" in url else "?") % url,
          "    method: 'GET',", "    headers: {"]
    if inline:
        L.append("      '%s': '%s%s'," % (h, pre, s["ins"]))
    else:
        L.append("      '%s': `%s${%s}`," % (h, pre, n))
    L += ["      'Content-Type': 'application/json',", "    },", "  });",
          "  if (!res.ok) throw new Error(`request failed: ${res.status}`);", "  return res.json();", "}"]
    path = r.choice(["src/api/%s.js" % s["prov"], "lib/%sClient.js" % s["prov"], "scripts/fetch-%s.mjs" % s["prov"], "src/services/%s.ts" % s["prov"]])
    return path, "\n".join(L) + "\n", "typescript" if path.endswith(".ts") else "javascript"


@pos_template("py", hdr_ok)
def t_py_requests(r, s):
    h, pre, url = hdr_of(s)
    headers_inline = r.random() < 0.5
    n = style(s["name"], "snake").upper() if s["ob"] else r.choice(["AUTH", "_K", "CREDS", "HEADER_VALUE"])
    L = ["import requests", "import csv", "import sys", ""]
    if headers_inline:
        L += ["HEADERS = {", '    "%s": "%s%s",' % (h, pre, s["ins"]), '    "Accept": "application/json",', "}"]
    else:
        L += ['%s = "%s"' % (n, s["ins"]), "HEADERS = {\"%s\": \"%s\" + %s, \"Accept\": \"application/json\"}" % (h, pre, n) if pre else
              "HEADERS = {\"%s\": %s, \"Accept\": \"application/json\"}" % (h, n)]
    L += ["", "", "def export(out_path):", '    r = requests.get("%s", headers=HEADERS, timeout=30)' % url, "    r.raise_for_status()",
          '    rows = r.json().get("records") or r.json().get("data") or r.json().get("results") or []',
          '    with open(out_path, "w", newline="") as fh:', "        w = csv.writer(fh)", "        for row in rows:", "            w.writerow([row.get(\"id\"), row.get(\"name\")])",
          "    return len(rows)", "", "", 'if __name__ == "__main__":', '    print(export(sys.argv[1] if len(sys.argv) > 1 else "export.csv"))']
    path = r.choice(["scripts/export_%s.py" % s["prov"], "etl/%s_pull.py" % s["prov"], "tools/backfill.py"])
    return path, "\n".join(L) + "\n", "python"


@pos_template("md", hdr_ok)
def t_md_curl(r, s):
    h, pre, url = hdr_of(s)
    L = ["# %s" % r.choice(["Runbook: %s integration" % s["prov"].capitalize(), "Debugging the sync job", "On-call notes"]), "",
         "When the dashboard shows stale data, check the upstream API directly:", "", "```sh",
         "curl -s '%s' \\" % url, "  -H '%s: %s%s' \\" % (h, pre, s["ins"]), "  -H 'Accept: application/json' | jq '.'", "```", "",
         "Expected: HTTP 200 and a JSON body. A 401 means the token was rotated; update it in the tools vault.", "",
         "Escalation: #platform-oncall"]
    return r.choice(["notes/runbook.md", "docs/oncall.md", "RUNBOOK.md", "docs/%s-integration.md" % s["prov"]]), "\n".join(L) + "\n", "markdown"


@pos_template("http", hdr_ok)
def t_http_file(r, s):
    h, pre, url = hdr_of(s)
    L = ["### list records", "GET %s" % url, "%s: %s%s" % (h, pre, s["ins"]), "Accept: application/json", "",
         "### health", "GET %s/health" % "/".join(url.split("/")[:3])]
    return r.choice(["requests/%s.http" % s["prov"], "api.http", "http/%s.http" % s["prov"]]), "\n".join(L) + "\n", "http"


@pos_template("json", hdr_ok)
def t_postman(r, s):
    h, pre, url = hdr_of(s)
    name = r.choice(["Internal tools", "%s API" % s["prov"].capitalize(), "Ops sync"])
    as_var = r.random() < 0.5
    req = {"method": "GET", "header": [], "url": {"raw": url}}
    col = {"info": {"_postman_id": ruuid(r), "name": name, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "item": [{"name": "List records", "request": req, "response": []}]}
    if as_var:
        vname = style(s["name"], "camel") if s["ob"] else r.choice(["token", "apiValue", "k"])
        col["variable"] = [{"key": "baseUrl", "value": url.split("?")[0]}, {"key": vname, "value": s["ins"], "type": "string"}]
        if pre == "Bearer ":
            col["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": "{{%s}}" % vname, "type": "string"}]}
        else:
            req["header"].append({"key": h, "value": pre + "{{%s}}" % vname, "type": "text"})
    else:
        if pre == "Bearer " and r.random() < 0.5:
            req["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": s["ins"], "type": "string"}]}
        else:
            req["header"].append({"key": h, "value": pre + s["ins"], "type": "text"})
    req["header"].append({"key": "Accept", "value": "application/json", "type": "text"})
    path = r.choice(["postman/%s.postman_collection.json" % s["prov"], "docs/api/collection.json", "%s.postman_collection.json" % name.replace(" ", "_")])
    return path, json.dumps(col, indent=r.choice(["\t", 2])) + "\n", "postman"


def retool_query(r, s, hdr_value):
    h, pre, url = hdr_of(s)
    return {"id": "query%d" % r.randint(1, 9), "uuid": ruuid(r), "type": "datasource", "subtype": "RESTQuery",
            "resourceName": "REST-WithoutResource" if r.random() < 0.5 else ruuid(r),
            "template": {"query": url, "type": "GET",
                         "headers": json.dumps([{"key": h, "value": pre + hdr_value}, {"key": "Accept", "value": "application/json"}]),
                         "runWhenPageLoads": True, "transformer": "return data.records || data"}}


@pos_template("json", hdr_ok)
def t_retool_export(r, s):
    q = retool_query(r, s, s["ins"])
    app = {"uuid": ruuid(r), "page": {"id": r.randint(100000, 999999), "data": {"appState": {
        "version": "3.%d.0" % r.randint(40, 120), "appTemplate": {"plugins": {
            q["id"]: q,
            "table1": {"id": "table1", "type": "widget", "subtype": "TableWidget2", "template": {"data": "{{ %s.data }}" % q["id"]}},
            "textInput1": {"id": "textInput1", "type": "widget", "subtype": "TextInputWidget2", "template": {"placeholder": "Search"}},
        }}}}, "changesRecord": []}, "modules": {}}
    path = r.choice(["retool/apps/%s.json" % r.choice(["ops-dashboard", "refunds", "customer-lookup"]), "exports/retool/%s.json" % r.choice(["orders", "support-console"])])
    return path, json.dumps(app, indent=2) + "\n", "retool-export"


@pos_template("json", hdr_ok)
def t_appsmith_api_export(r, s):
    h, pre, url = hdr_of(s)
    oid = lambda: rhex(r, 24)
    base = "/".join(url.split("/")[:3])
    d = {"clientSchemaVersion": 1, "serverSchemaVersion": 11, "exportedApplication": {"name": r.choice(["Ops Console", "Refund Tool", "Inventory Admin"]),
         "isPublic": False, "appIsExample": False, "unreadCommentThreads": 0, "color": "#F4FFDE", "icon": "bag"},
         "datasourceList": [{"name": s["prov"].capitalize() + " API", "pluginId": "restapi-plugin", "gitSyncId": oid() + "_" + oid(),
                              "datasourceConfiguration": {"url": base, "headers": [{"key": h, "value": pre + s["ins"]}]}}],
         "actionList": [{"id": "Page1_getRows", "pluginType": "API", "pluginId": "restapi-plugin",
                         "unpublishedAction": {"name": "getRows", "datasource": {"name": s["prov"].capitalize() + " API"},
                                               "actionConfiguration": {"httpMethod": "GET", "path": url[len(base):] or "/", "timeoutInMillisecond": 10000}},
                         "gitSyncId": oid() + "_" + oid()}],
         "pageList": [{"unpublishedPage": {"name": "Page1", "slug": "page1"}, "gitSyncId": oid() + "_" + oid()}]}
    path = r.choice(["appsmith/%s.json" % r.choice(["ops-console", "refund-tool"]), "exports/appsmith-app.json"])
    return path, json.dumps(d, indent=2) + "\n", "appsmith-export"


@pos_template("json", hdr_ok)
def t_tooljet_export(r, s):
    h, pre, url = hdr_of(s)
    dsid = ruuid(r)
    d = {"tooljet_version": "2.%d.%d" % (r.randint(30, 70), r.randint(0, 9)), "app": [{"definition": {"appV2": {
        "id": ruuid(r), "name": r.choice(["Customer 360", "Refunds", "Stock admin"]), "isPublic": False,
        "dataSources": [{"id": dsid, "name": "restapi%d" % r.randint(1, 4), "kind": "restapi", "type": "default",
                         "options": {"url": {"value": url.split("?")[0]}, "auth_type": {"value": "none"},
                                     "headers": {"value": [[h, pre + s["ins"]], ["Accept", "application/json"]]}}}],
        "dataQueries": [{"id": ruuid(r), "name": "listRows", "dataSourceId": dsid, "options": {"method": "get", "url": "", "runOnPageLoad": True}}],
    }}}]}
    return r.choice(["tooljet/apps/%s.json" % r.choice(["customer-360", "refunds"]), "exports/tooljet-app.json"]), json.dumps(d, indent=2) + "\n", "tooljet-export"


# ---------------------------------------------------------------------------
# provider-specific positive templates
# ---------------------------------------------------------------------------
def only(*keys):
    ks = set(keys)
    return lambda k: k in ks


@pos_template("yaml", only("postgres_url", "supabase_db"))
def t_hasura_databases(r, s):
    L = ["- name: %s" % r.choice(["default", "warehouse", "ops"]), "  kind: postgres", "  configuration:", "    connection_info:",
         "      database_url: %s" % yq(r, s["ins"]) if r.random() < 0.6 else "      database_url:\n        connection_parameters:\n          password: PLACEHOLDER",
         "      isolation_level: read-committed", "      pool_settings:", "        connection_lifetime: 600", "        idle_timeout: 180",
         "        max_connections: 50", "        retries: 1", "      use_prepared_statements: true", "  tables: \"!include default/tables/tables.yaml\""]
    txt = "\n".join(L) + "\n"
    if "PLACEHOLDER" in txt:
        # connection_parameters form: password on its own line
        pw = s["val"]
        if s["neg"]:
            return None
        txt = txt.replace("PLACEHOLDER", yq(r, pw)).replace("        connection_parameters:\n",
                                                          "        connection_parameters:\n          host: %s\n          port: 5432\n          username: hasura\n          database: app\n" % r.choice(["db.internal.acme-corp.net", "10.20.3.14"]))
    return "hasura/metadata/databases/databases.yaml", txt, "hasura-metadata"


@pos_template("yaml", only("hasura_admin"))
def t_hasura_cli(r, s):
    L = ["version: 3", "endpoint: %s" % r.choice(["https://hasura.acme.io", "https://gql.tools.acme-corp.com", "http://localhost:8080"]),
         "admin_secret: %s" % yq(r, s["ins"]), "metadata_directory: metadata", "actions:", "  kind: synchronous",
         "  handler_webhook_baseurl: http://localhost:3000"]
    return r.choice(["hasura/config.yaml", "config.yaml"]), "\n".join(L) + "\n", "hasura-config"


@pos_template("yaml", hdr_ok)
def t_hasura_actions(r, s):
    h, pre, url = hdr_of(s)
    L = ["- name: %s" % r.choice(["syncOrders", "fetchCustomer", "createTicket"]), "  definition:", "    kind: synchronous",
         "    handler: %s" % url.split("?")[0], "    forward_client_headers: false", "    headers:",
         "      - name: %s" % h, "        value: %s" % yq(r, pre + s["ins"]), "    timeout: 30", "  permissions:", "    - role: support",
         "  comment: %s" % r.choice(["proxy to upstream", "used by the refunds app", "added for ops"])]
    return "hasura/metadata/actions.yaml", "\n".join(L) + "\n", "hasura-metadata"


DB_KINDS = only("db_password")


@pos_template("json", DB_KINDS)
def t_appsmith_db_export(r, s):
    oid = lambda: rhex(r, 24)
    eng = r.choice([("postgres-plugin", 5432, "PostgreSQL"), ("mysql-plugin", 3306, "MySQL")])
    d = {"clientSchemaVersion": 1, "serverSchemaVersion": 11, "exportedApplication": {"name": r.choice(["Warehouse Admin", "Support Desk"]), "isPublic": False},
         "datasourceList": [{"name": eng[2] + " prod", "pluginId": eng[0], "gitSyncId": oid() + "_" + oid(),
                              "datasourceConfiguration": {"connection": {"mode": "READ_WRITE", "ssl": {"authType": "DEFAULT"}},
                                                          "endpoints": [{"host": r.choice(["10.20.3.14", "db.internal.acme-corp.net"]), "port": eng[1]}],
                                                          "authentication": {"authenticationType": "dbAuth", "username": "appsmith_rw",
                                                                             "password": s["ins"], "databaseName": "ops"}}}],
         "actionList": [{"id": "Page1_getOrders", "pluginType": "DB", "unpublishedAction": {"name": "getOrders",
                         "actionConfiguration": {"body": "SELECT * FROM orders ORDER BY id DESC LIMIT 100;"}}}]}
    return r.choice(["appsmith/warehouse-admin.json", "exports/support-desk.json"]), json.dumps(d, indent=2) + "\n", "appsmith-export"


@pos_template("json", DB_KINDS)
def t_tooljet_db_export(r, s):
    dsid = ruuid(r)
    d = {"tooljet_version": "2.%d.0" % r.randint(30, 70), "app": [{"definition": {"appV2": {"id": ruuid(r), "name": "Orders admin",
         "dataSources": [{"id": dsid, "name": "postgresql1", "kind": "postgresql", "options": {
             "host": {"value": r.choice(["10.20.3.14", "pg.internal"])}, "port": {"value": 5432}, "database": {"value": "orders"},
             "username": {"value": "tooljet"}, "password": {"value": s["ins"], "encrypted": False}, "ssl_enabled": {"value": True}}}],
         "dataQueries": [{"id": ruuid(r), "name": "ordersList", "dataSourceId": dsid, "options": {"query": "select * from orders limit 50"}}]}}}]}
    return r.choice(["tooljet/orders-admin.json", "exports/tooljet/orders.json"]), json.dumps(d, indent=2) + "\n", "tooljet-export"


@pos_template("json", only("db_password", "aws_secret"))
def t_budibase_ds(r, s):
    if s["key"] == "aws_secret":
        cfg = {"region": "eu-west-1", "accessKeyId": AWS_DOC_ID if s["neg"] else s["pub"], "secretAccessKey": s["ins"], "bucket": "acme-exports"}
        src = "S3"
    else:
        cfg = {"host": r.choice(["10.20.3.14", "db.internal.acme-corp.net"]), "port": 5432, "database": "crm", "user": "budibase",
               "password": s["ins"], "schema": "public", "ssl": True}
        src = "POSTGRES"
    d = {"_id": "datasource_" + rhex(r, 32), "_rev": "%d-%s" % (r.randint(1, 9), rhex(r, 32)), "type": "datasource", "source": src,
         "name": r.choice(["CRM", "Exports", "Warehouse"]), "config": cfg, "plus": True, "entities": {}}
    return r.choice(["budibase/datasources/%s.json" % src.lower(), "backup/bb_app/datasource.json"]), json.dumps(d, indent=2) + "\n", "budibase-export"


@pos_template("js", only("retool_api"))
def t_retool_rpc(r, s):
    L = ["import { RetoolRPC } from 'retoolrpc';", "",
         "const rpc = new RetoolRPC({",
         "  apiToken: '%s'," % s["ins"],
         "  host: '%s'," % r.choice(["https://acme.retool.com", "https://retool.acme-corp.com"]),
         "  resourceId: '%s'," % ruuid(r),
         "  environmentName: 'production',", "  pollingIntervalMs: 1000,", "  logLevel: 'info',", "});", "",
         "rpc.register({", "  name: 'refundOrder',", "  arguments: { orderId: { type: 'string', required: true } },",
         "  implementation: async (args) => {", "    return { ok: true, orderId: args.orderId };", "  },", "});", "", "await rpc.listen();"]
    return r.choice(["rpc/index.mjs", "src/retool-rpc.ts", "retool-rpc/server.js"]), "\n".join(L) + "\n", "javascript"


@pos_template("js", only("pocketbase_pw"))
def t_pb_sdk(r, s):
    L = ["import PocketBase from 'pocketbase';", "", "const pb = new PocketBase('%s');" % r.choice(["https://pb.acme.dev", "http://127.0.0.1:8090"]), "",
         "// seeds the default collections on a fresh instance",
         "await pb.collection('_superusers').authWithPassword('%s', '%s');" % (r.choice(["admin@acme.dev", "ops@acme.io", "pb-admin@acme-corp.com"]), s["ins"]),
         "", "for (const name of ['customers', 'orders', 'tickets']) {", "  try {", "    await pb.collections.getOne(name);",
         "  } catch {", "    console.log('missing collection', name);", "  }", "}"]
    return r.choice(["scripts/seed.mjs", "pb/seed.js", "tools/pb-seed.mjs"]), "\n".join(L) + "\n", "javascript"


@pos_template("shell", only("pocketbase_pw", "directus_admin_pw"))
def t_entrypoint_pw(r, s):
    if s["prov"] == "pocketbase":
        cmd = "/pb/pocketbase superuser upsert %s %s" % (r.choice(["admin@acme.dev", "ops@acme.io"]), "'" + s["ins"] + "'" if (r.random() < 0.5 or s["neg"]) else s["ins"])
        tail = "exec /pb/pocketbase serve --http=0.0.0.0:8090 --dir=/pb/pb_data"
    else:
        cmd = "npx directus users create --email %s --password %s --role %s" % (r.choice(["admin@acme.dev", "ops@acme.io"]), "'" + s["ins"] + "'", ruuid(r))
        tail = "exec npx directus start"
    if any(ch in s["ins"] for ch in "'"):
        return None
    L = ["#!/bin/sh", "set -e", "", "# first boot: make sure the admin account exists", cmd, "", tail]
    return r.choice(["docker/entrypoint.sh", "entrypoint.sh", "deploy/start.sh"]), "\n".join(L) + "\n", "shell"


@pos_template("ts", only("supabase_sr", "supabase_secret"))
def t_supabase_client(r, s):
    url = ctx(s)["url"]
    lang = r.choice(["ts", "py", "deno"])
    if lang == "py":
        L = ["from supabase import create_client, Client", "", "url = \"%s\"" % url,
             "supabase: Client = create_client(url, \"%s\")" % s["ins"], "", "",
             "def purge_stale_sessions(days: int = 30) -> int:",
             "    res = supabase.rpc(\"purge_sessions\", {\"older_than_days\": days}).execute()", "    return res.data or 0"]
        return r.choice(["scripts/purge_sessions.py", "admin/supabase_admin.py"]), "\n".join(L) + "\n", "python"
    L = ["import { createClient } from '%s';" % ("npm:@supabase/supabase-js@2" if lang == "deno" else "@supabase/supabase-js"), "",
         "// admin client: bypasses RLS, used only by the back-office",
         "export const supabaseAdmin = createClient(", "  '%s'," % url, "  '%s'," % s["ins"],
         "  { auth: { persistSession: false, autoRefreshToken: false } }", ");", "",
         "export async function banUser(id: string) {", "  return supabaseAdmin.auth.admin.updateUserById(id, { ban_duration: '876000h' });", "}"]
    path = "supabase/functions/admin-ban/index.ts" if lang == "deno" else r.choice(["src/lib/supabaseAdmin.ts", "lib/supabase/admin.ts", "server/supabase.ts"])
    return path, "\n".join(L) + "\n", "typescript"


@pos_template("toml", only("google_oauth"))
def t_supabase_config(r, s):
    L = ["project_id = \"%s\"" % r.choice(["ops-portal", "tools"]), "", "[api]", "enabled = true", "port = 54321",
         "schemas = [\"public\", \"graphql_public\"]", "", "[db]", "port = 54322", "major_version = 15", "", "[auth]",
         "site_url = \"http://127.0.0.1:3000\"", "jwt_expiry = 3600", "", "[auth.external.google]", "enabled = true",
         "client_id = \"%d-%s.apps.googleusercontent.com\"" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LOW + DIG, 32)),
         "secret = \"%s\"" % s["ins"], "redirect_uri = \"\"", "skip_nonce_check = false"]
    return "supabase/config.toml", "\n".join(L) + "\n", "toml"


@pos_template("js", only("appwrite_api"))
def t_appwrite_sdk(r, s):
    if r.random() < 0.5:
        L = ["const sdk = require('node-appwrite');", "", "const client = new sdk.Client()",
             "  .setEndpoint('https://cloud.appwrite.io/v1')", "  .setProject('%s')" % appwrite_id(r), "  .setKey('%s');" % s["ins"], "",
             "const databases = new sdk.Databases(client);", "", "module.exports = async function cleanup() {",
             "  const res = await databases.listDocuments('main', 'sessions');", "  return res.total;", "};"]
        return r.choice(["functions/cleanup/src/main.js", "server/appwrite.js"]), "\n".join(L) + "\n", "javascript"
    L = ["from appwrite.client import Client", "from appwrite.services.users import Users", "", "client = Client()",
         "client.set_endpoint(\"https://cloud.appwrite.io/v1\")", "client.set_project(\"%s\")" % appwrite_id(r),
         "client.set_key(\"%s\")" % s["ins"], "", "users = Users(client)", "print(users.list()[\"total\"])"]
    return r.choice(["scripts/appwrite_users.py", "ops/count_users.py"]), "\n".join(L) + "\n", "python"


@pos_template("json", only("firebase_sa"))
def t_fb_sa(r, s):
    proj = r.choice(["acme-ops", "tools-prod", "acme-notify"]) + "-" + rs(r, LOW + DIG, 5)
    d = {"type": "service_account", "project_id": proj, "private_key_id": s["kid"], "private_key": "__PK__",
         "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LOW + DIG, 5), proj), "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk%%40%s.iam.gserviceaccount.com" % proj,
         "universe_domain": "googleapis.com"}
    txt = json.dumps(d, indent=2).replace('"__PK__"', '"' + s["ins"] + '"')
    return r.choice(["serviceAccountKey.json", "functions/service-account.json", "config/firebase-adminsdk.json"]), txt + "\n", "json"


@pos_template("js", only("firebase_dbsecret"))
def t_fb_rest(r, s):
    db = "https://%s-default-rtdb.%s" % (r.choice(["acme-ops", "tools-prod"]), r.choice(["firebaseio.com", "europe-west1.firebasedatabase.app"]))
    L = ["const fetch = require('node-fetch');", "", "// legacy export of the /orders tree (used by the old Glide sheet)",
         "const url = '%s/orders.json?auth=%s';" % (db, s["ins"]), "", "async function main() {", "  const res = await fetch(url);",
         "  const data = await res.json();", "  console.log(Object.keys(data || {}).length, 'orders');", "}", "", "main();"]
    return r.choice(["scripts/export-orders.js", "legacy/rtdb-export.js"]), "\n".join(L) + "\n", "javascript"


@pos_template("js", only("strapi_jwt", "strapi_keys"))
def t_strapi_cfg(r, s):
    if s["key"] == "strapi_keys":
        L = ["module.exports = ({ env }) => ({", "  host: env('HOST', '0.0.0.0'),", "  port: env.int('PORT', 1337),", "  app: {",
             "    keys: env.array('APP_KEYS', [%s])," % ", ".join("'%s'" % k for k in s["ins"].split(",")), "  },",
             "  webhooks: { populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false) },", "});"]
        if s["neg"]:
            return None
        return r.choice(["config/server.js", "cms/config/server.js"]), "\n".join(L) + "\n", "javascript"
    nm = s["name"] if s["ob"] else "ADMIN_JWT_SECRET"
    L = ["module.exports = ({ env }) => ({", "  auth: {", "    secret: env('%s', '%s')," % (nm, s["ins"]), "  },", "  apiToken: {",
         "    salt: env('API_TOKEN_SALT'),", "  },", "  transfer: {", "    token: { salt: env('TRANSFER_TOKEN_SALT') },", "  },",
         "  flags: { nps: env.bool('FLAG_NPS', true), promoteEE: env.bool('FLAG_PROMOTE_EE', false) },", "});"]
    return r.choice(["config/admin.js", "cms/config/admin.js", "config/admin.ts"]), "\n".join(L) + "\n", "javascript"


@pos_template("py", only("airtable_pat"))
def t_airtable_sdk(r, s):
    base = airtable_id(r, "app")
    tbl = airtable_id(r, "tbl")
    if r.random() < 0.5:
        L = ["from pyairtable import Api", "", "api = Api(\"%s\")" % s["ins"], "table = api.table(\"%s\", \"%s\")" % (base, tbl), "",
             "for rec in table.all(view=\"%s\", max_records=200):" % airtable_id(r, "viw"), "    print(rec[\"id\"], rec[\"fields\"].get(\"Name\"))"]
        return r.choice(["scripts/airtable_dump.py", "sync/airtable_pull.py"]), "\n".join(L) + "\n", "python"
    L = ["const Airtable = require('airtable');", "", "const base = new Airtable({ apiKey: '%s' }).base('%s');" % (s["ins"], base), "",
         "base('%s').select({ view: 'Grid view', pageSize: 50 }).eachPage((records, next) => {" % tbl,
         "  records.forEach((rec) => console.log(rec.id, rec.get('Name')));", "  next();", "});"]
    return r.choice(["scripts/airtable-dump.js", "lib/airtable.js"]), "\n".join(L) + "\n", "javascript"


@pos_template("sql", only("directus_static", "nocodb_token", "retool_api", "bubble_api", "baserow_token", "strapi_token"))
def t_sql_dump(r, s):
    if s["prov"] == "directus":
        L = ["-- PostgreSQL database dump", "-- Dumped from database version 15.6", "", "SET statement_timeout = 0;", "SET client_encoding = 'UTF8';", "",
             "INSERT INTO public.directus_users (id, first_name, last_name, email, password, status, role, token, provider) VALUES",
             "('%s', 'Sync', 'Bot', 'sync-bot@acme.io', NULL, 'active', '%s', '%s', 'default')," % (ruuid(r), ruuid(r), s["ins"]),
             "('%s', 'Maya', 'Lind', 'maya.lind@acme.io', NULL, 'active', '%s', NULL, 'default');" % (ruuid(r), ruuid(r)), "",
             "-- PostgreSQL database dump complete"]
        return r.choice(["backups/directus_users.sql", "db/seed/directus.sql"]), "\n".join(L) + "\n", "sql"
    L = ["-- seed data for the integrations table", "BEGIN;", "",
         "INSERT INTO integrations (id, provider, base_url, credential, enabled, created_at) VALUES",
         "  (%d, '%s', '%s', '%s', true, '2024-%02d-%02d 10:12:00')," % (r.randint(1, 9), s["prov"], hdr_of(s)[2].split("?")[0], s["ins"], r.randint(1, 12), r.randint(1, 28)),
         "  (%d, 'mailgun', 'https://api.mailgun.net/v3', NULL, false, '2024-02-01 09:00:00');" % r.randint(10, 20), "", "COMMIT;"]
    return r.choice(["db/seeds/integrations.sql", "migrations/seed_integrations.sql", "dump/integrations.sql"]), "\n".join(L) + "\n", "sql"


@pos_template("py", only("aws_secret"))
def t_boto3(r, s):
    kid = AWS_DOC_ID if s["neg"] else s["pub"]
    L = ["import boto3", "", "# uploads the nightly Retool export to S3", "s3 = boto3.client(", "    \"s3\",", "    region_name=\"eu-west-1\",",
         "    aws_access_key_id=\"%s\"," % kid, "    aws_secret_access_key=\"%s\"," % s["ins"], ")", "",
         "def upload(path, key):", "    s3.upload_file(path, \"acme-tool-exports\", key)"]
    return r.choice(["scripts/upload_export.py", "jobs/s3_upload.py"]), "\n".join(L) + "\n", "python"


@pos_template("js", only("slack_webhook"))
def t_slack_js(r, s):
    L = ["// posts a message when a refund above the limit is approved in the ops app", "const WEBHOOK = '%s';" % s["ins"], "",
         "export async function notify(text) {", "  await fetch(WEBHOOK, {", "    method: 'POST',",
         "    headers: { 'Content-Type': 'application/json' },", "    body: JSON.stringify({ text }),", "  });", "}"]
    return r.choice(["src/notify.js", "workflows/notify-slack.js", "lib/slack.mjs"]), "\n".join(L) + "\n", "javascript"


# ---------------------------------------------------------------------------
# negative-only templates: domain look-alikes (ids, public keys, refs, hashes)
# each returns (relpath, text, filetype, provider, kind)
# ---------------------------------------------------------------------------
@neg_template
def n_airtable_ids(r):
    base = airtable_id(r, "app")
    L = ["# Airtable layout used by the sync job (ids are not secrets; the token comes from the environment)",
         "airtable:", "  base_id: %s" % base, "  tables:"]
    for t in r.sample(["Orders", "Customers", "Tickets", "Inventory", "Refunds", "Vendors"], r.randint(2, 4)):
        L += ["    %s:" % t.lower(), "      id: %s" % airtable_id(r, "tbl"), "      view: %s" % airtable_id(r, "viw"),
              "      primary_field: %s" % airtable_id(r, "fld")]
    L += ["  token_env: AIRTABLE_TOKEN", "  rate_limit_per_sec: 5", "  example_record: %s" % airtable_id(r, "rec")]
    return r.choice(["config/airtable.yml", "sync/airtable.yaml"]), "\n".join(L) + "\n", "yaml", "airtable", "airtable_ids"


@neg_template
def n_retool_app(r):
    qs = {}
    for i in range(r.randint(2, 4)):
        qid = "query%d" % (i + 1)
        qs[qid] = {"id": qid, "uuid": ruuid(r), "type": "datasource", "subtype": r.choice(["SqlQueryUnified", "RESTQuery"]),
                   "resourceName": ruuid(r), "resourceDisplayName": r.choice(["prod_postgres", "stripe_api", "zendesk"]),
                   "template": {"query": r.choice(["select * from orders where id = {{ table1.selectedRow.id }}",
                                                   "/customers?email={{ encodeURIComponent(textInput1.value) }}",
                                                   "update refunds set status = 'approved' where id = {{ id }}"]),
                                "runWhenPageLoads": r.random() < 0.5}}
    d = {"uuid": ruuid(r), "name": r.choice(["Refund console", "Customer lookup"]), "folderId": r.randint(1000, 99999),
         "page": {"id": r.randint(100000, 999999), "data": {"appState": {"appTemplate": {"plugins": qs}}}},
         "pageUuid": ruuid(r), "branchId": ruuid(r), "lastEditedBy": "maya.lind@acme.io", "protected": True}
    return "retool/apps/%s.json" % r.choice(["refunds", "lookup", "ops"]), json.dumps(d, indent=2) + "\n", "retool-export", "retool", "app_and_resource_uuids"


@neg_template
def n_appsmith_stripped(r):
    oid = lambda: rhex(r, 24)
    d = {"clientSchemaVersion": 1, "serverSchemaVersion": 11, "exportedApplication": {"name": "Support Desk", "isPublic": False, "slug": "support-desk"},
         "datasourceList": [{"name": "Postgres prod", "pluginId": "postgres-plugin", "gitSyncId": oid() + "_" + oid(),
                              "datasourceConfiguration": {"endpoints": [{"host": "db.internal.acme-corp.net", "port": 5432}],
                                                          "authentication": {"authenticationType": "dbAuth", "username": "appsmith_rw", "databaseName": "ops"}},
                              "isConfigured": False}],
         "pageList": [{"unpublishedPage": {"name": "Tickets", "slug": "tickets", "layouts": [{"id": oid()}]}, "gitSyncId": oid() + "_" + oid()}],
         "editModeTheme": {"name": "Default", "isSystemTheme": True}, "publishedTheme": {"name": "Default", "isSystemTheme": True}}
    return r.choice(["appsmith/support-desk.json", "exports/appsmith/support.json"]), json.dumps(d, indent=2) + "\n", "appsmith-export", "appsmith", "export_without_credentials"


@neg_template
def n_tooljet_encrypted(r):
    dsid = ruuid(r)
    d = {"tooljet_version": "2.%d.0" % r.randint(30, 70), "app": [{"definition": {"appV2": {"id": ruuid(r), "name": "Stock admin",
         "dataSources": [{"id": dsid, "name": "postgresql1", "kind": "postgresql", "options": {
             "host": {"value": "pg.internal"}, "port": {"value": 5432}, "username": {"value": "tooljet"},
             "password": {"credential_id": ruuid(r), "encrypted": True}, "ssl_enabled": {"value": True}}}],
         "dataQueries": [{"id": ruuid(r), "name": "stockList", "dataSourceId": dsid}]}}}]}
    return "tooljet/stock-admin.json", json.dumps(d, indent=2) + "\n", "tooljet-export", "tooljet", "credential_reference"


@neg_template
def n_tooljet_ciphertext_sql(r):
    L = ["-- ToolJet credentials table (values are lockbox ciphertext; the master key is not in this dump)",
         "COPY public.credentials (id, value_ciphertext, created_at, updated_at) FROM stdin;"]
    for _ in range(r.randint(2, 5)):
        L.append("%s\t%s\t2024-%02d-%02d 08:%02d:11\t2024-%02d-%02d 08:%02d:11" % (ruuid(r), rb64(r, r.choice([44, 60, 76])), r.randint(1, 12), r.randint(1, 28), r.randint(0, 59),
                                                                                   r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)))
    L.append("\\.")
    return "backups/tooljet_credentials.sql", "\n".join(L) + "\n", "sql", "tooljet", "encrypted_datasource_blob"


@neg_template
def n_budibase_meta(r):
    d = {"_id": "app_" + rhex(r, 32), "_rev": "%d-%s" % (r.randint(2, 40), rhex(r, 32)), "appId": "app_dev_" + rhex(r, 32), "type": "app",
         "version": "3.%d.%d" % (r.randint(0, 8), r.randint(0, 20)), "name": r.choice(["Asset tracker", "HR requests"]), "url": "/asset-tracker",
         "tenantId": "default", "instance": {"_id": "app_" + rhex(r, 32)}, "navigation": {"navigation": "Top", "title": "Assets"},
         "theme": "spectrum--light", "customTheme": {"buttonBorderRadius": "16px"}}
    return r.choice(["budibase/app_metadata.json", "export/app.json"]), json.dumps(d, indent=2) + "\n", "budibase-export", "budibase", "app_ids_and_revisions"


@neg_template
def n_supabase_frontend(r):
    ref = supa_ref(r)
    anon = r.choice([supa_anon(r, ref), "sb_publishable_" + rs(r, ALNUM + "-_", 31)])
    L = ["import { createClient } from '@supabase/supabase-js';", "",
         "// the anon/publishable key is meant for the browser; row level security protects the data",
         "const supabaseUrl = 'https://%s.supabase.co';" % ref, "const supabaseAnonKey = '%s';" % anon, "",
         "export const supabase = createClient(supabaseUrl, supabaseAnonKey);"]
    return r.choice(["src/lib/supabaseClient.js", "src/supabase.ts", "web/lib/supabase.js"]), "\n".join(L) + "\n", "javascript", "supabase", "anon_key_public"


@neg_template
def n_supabase_local_demo(r):
    L = ["# Local development", "", "`supabase start` prints the local stack's keys. They are the same on every machine:", "", "```",
         "API URL: http://127.0.0.1:54321", "GraphQL URL: http://127.0.0.1:54321/graphql/v1", "DB URL: postgresql://postgres:postgres@127.0.0.1:54322/postgres",
         "anon key: %s" % SUPA_DEMO_ANON, "service_role key: %s" % SUPA_DEMO_SR, "```", "",
         "Never point these at the hosted project; production keys live in the team vault."]
    return r.choice(["docs/local-dev.md", "supabase/README.md"]), "\n".join(L) + "\n", "markdown", "supabase", "documented_example"


@neg_template
def n_firebase_web(r):
    proj = r.choice(["acme-ops", "tools-prod", "acme-portal"]) + "-" + rs(r, LOW + DIG, 5)
    L = ["// Firebase web config: these values identify the project and are public by design", "const firebaseConfig = {",
         "  apiKey: \"%s\"," % fb_web_key(r), "  authDomain: \"%s.firebaseapp.com\"," % proj, "  projectId: \"%s\"," % proj,
         "  storageBucket: \"%s.appspot.com\"," % proj, "  messagingSenderId: \"%d\"," % r.randint(10 ** 11, 10 ** 12 - 1),
         "  appId: \"1:%d:web:%s\"," % (r.randint(10 ** 11, 10 ** 12 - 1), rhex(r, 22)), "  measurementId: \"G-%s\"" % rs(r, UP + DIG, 10), "};", "",
         "export default firebaseConfig;"]
    return r.choice(["src/firebase.js", "src/config/firebase.ts", "public/firebase-config.js"]), "\n".join(L) + "\n", "javascript", "firebase", "web_config_public"


@neg_template
def n_stripe_publishable(r):
    L = ["VITE_API_URL=https://api.acme.io", "VITE_STRIPE_PUBLISHABLE_KEY=pk_live_51%s" % ralnum(r, 97),
         "VITE_SUPABASE_URL=https://%s.supabase.co" % supa_ref(r), "VITE_SUPABASE_ANON_KEY=%s" % supa_anon(r),
         "VITE_SENTRY_DSN=https://%s@o%d.ingest.sentry.io/%d" % (rhex(r, 32), r.randint(100000, 999999), r.randint(1000000, 9999999))]
    return r.choice([".env.production", "web/.env.production"]), "\n".join(L) + "\n", "env", "stripe", "publishable_key"


@neg_template
def n_hasura_from_env(r):
    L = ["- name: default", "  kind: postgres", "  configuration:", "    connection_info:", "      database_url:",
         "        from_env: %s" % r.choice(["PG_DATABASE_URL", "HASURA_GRAPHQL_DATABASE_URL"]), "      isolation_level: read-committed",
         "      use_prepared_statements: true", "  tables: \"!include default/tables/tables.yaml\""]
    if r.random() < 0.5:
        L = ["- name: syncOrders", "  definition:", "    kind: synchronous", "    handler: \"{{ACTION_BASE_URL}}/sync-orders\"", "    headers:",
             "      - name: x-action-secret", "        value_from_env: ACTION_SECRET", "      - name: x-hasura-role", "        value: support"]
        return "hasura/metadata/actions.yaml", "\n".join(L) + "\n", "hasura-metadata", "hasura", "env_reference"
    return "hasura/metadata/databases/databases.yaml", "\n".join(L) + "\n", "hasura-metadata", "hasura", "env_reference"


@neg_template
def n_hasura_jwks(r):
    d = {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rb64(r, 16, True, False), "e": "AQAB", "n": rb64(r, 256, True, False)}]}
    if r.random() < 0.5:
        txt = ("# Hasura engine settings (admin secret and database URL come from the platform secret store)\n"
               "HASURA_GRAPHQL_DATABASE_URL=${PG_DATABASE_URL}\n"
               "HASURA_GRAPHQL_JWT_SECRET='{\"type\":\"RS256\",\"jwk_url\":\"https://acme.eu.auth0.com/.well-known/jwks.json\",\"claims_namespace\":\"https://hasura.io/jwt/claims\"}'\n"
               "HASURA_GRAPHQL_UNAUTHORIZED_ROLE=anonymous\nHASURA_GRAPHQL_ENABLE_CONSOLE=false\n"
               "HASURA_GRAPHQL_DEV_MODE=false\nHASURA_GRAPHQL_ENABLED_LOG_TYPES=startup, http-log, webhook-log\n")
        return "hasura/.env", txt, "env", "hasura", "jwk_url_config"
    return "public/.well-known/jwks.json", json.dumps(d, indent=2) + "\n", "json", "hasura", "public_jwks"


@neg_template
def n_compose_digests(r):
    L = ["services:", "  directus:", "    image: directus/directus@sha256:%s" % rhex(r, 64), "    ports:", "      - \"8055:8055\"",
         "    environment:", "      KEY: ${DIRECTUS_KEY}", "      SECRET: ${DIRECTUS_SECRET:?missing}", "      DB_CLIENT: pg",
         "      DB_HOST: postgres", "      DB_PASSWORD: ${DB_PASSWORD}", "      ADMIN_EMAIL: admin@acme.io", "      ADMIN_PASSWORD: ${ADMIN_PASSWORD}",
         "  postgres:", "    image: postgres@sha256:%s" % rhex(r, 64), "    environment:", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
         "    secrets: [pg_password]", "secrets:", "  pg_password:", "    file: ./secrets/pg_password.txt"]
    return r.choice(["docker-compose.yml", "directus/docker-compose.yml"]), "\n".join(L) + "\n", "docker-compose", "directus", "digest_and_env_reference"


@neg_template
def n_helm_existing(r):
    p = r.choice(["appsmith", "budibase", "tooljet", "nocodb", "baserow"])
    L = ["%s:" % p, "  existingSecret: %s-credentials" % p, "  extraEnv:", "    - name: DB_PASSWORD", "      valueFrom:", "        secretKeyRef:",
         "          name: %s-db" % p, "          key: password", "    - name: JWT_SECRET", "      valueFrom:", "        secretKeyRef:",
         "          name: %s-credentials" % p, "          key: jwt-secret", "podAnnotations:", "  checksum/config: %s" % rhex(r, 64),
         "persistence:", "  enabled: true", "  size: 10Gi"]
    return "deploy/helm/%s/values.yaml" % p, "\n".join(L) + "\n", "helm-values", p, "secret_reference"


@neg_template
def n_lockfile(r):
    L = ["{", "  \"name\": \"ops-dashboard\",", "  \"lockfileVersion\": 3,", "  \"packages\": {"]
    pk = r.sample(["@supabase/supabase-js", "airtable", "pocketbase", "node-appwrite", "@directus/sdk", "retoolrpc", "firebase-admin"], 3)
    for i, n in enumerate(pk):
        L += ["    \"node_modules/%s\": {" % n, "      \"version\": \"%d.%d.%d\"," % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 9)),
              "      \"resolved\": \"https://registry.npmjs.org/%s/-/%s-1.0.0.tgz\"," % (n, n.split("/")[-1]),
              "      \"integrity\": \"sha512-%s\"" % rb64(r, 64), "    }" + ("," if i < 2 else "")]
    L += ["  }", "}"]
    return "package-lock.json", "\n".join(L) + "\n", "json", "npm", "integrity_hash"


@neg_template
def n_directus_hashes(r):
    L = ["-- directus_users export (passwords are argon2 hashes; tokens cleared before export)",
         "INSERT INTO directus_users (id, email, password, role, token, status) VALUES"]
    for i in range(r.randint(3, 6)):
        h = "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (rb64(r, 16, pad=False), rb64(r, 32, pad=False))
        L.append("('%s', '%s@acme.io', '%s', '%s', NULL, 'active')%s" % (ruuid(r), r.choice(["maya", "omar", "li.wei", "sven", "ana"]) + str(i), h, ruuid(r), "," if i < 10 else ""))
    L[-1] = L[-1].rstrip(",") + ";"
    return "backups/directus_users.sql", "\n".join(L) + "\n", "sql", "directus", "password_hash"


@neg_template
def n_pocketbase_migration(r):
    cid = "pbc_%d" % r.randint(10 ** 9, 10 ** 10 - 1)
    L = ["/// <reference path=\"../pb_data/types.d.ts\" />", "migrate((app) => {", "  const collection = new Collection({",
         "    \"id\": \"%s\"," % cid, "    \"name\": \"orders\",", "    \"type\": \"base\",",
         "    \"listRule\": \"@request.auth.id != ''\",", "    \"fields\": [",
         "      { \"id\": \"text%d\", \"name\": \"title\", \"type\": \"text\", \"required\": true }," % r.randint(10 ** 9, 10 ** 10 - 1),
         "      { \"id\": \"relation%d\", \"name\": \"customer\", \"type\": \"relation\", \"collectionId\": \"%s\" }" % (r.randint(10 ** 9, 10 ** 10 - 1), rs(r, LOW + DIG, 15)),
         "    ],", "  });", "  return app.save(collection);", "}, (app) => {",
         "  const collection = app.findCollectionByNameOrId(\"%s\");" % cid, "  return app.delete(collection);", "});"]
    return "pb_migrations/%d_created_orders.js" % r.randint(1700000000, 1760000000), "\n".join(L) + "\n", "javascript", "pocketbase", "collection_ids"


@neg_template
def n_i18n(r):
    d = {"settings": {"apiKey": "API key", "apiKeyHelp": "Paste your Airtable personal access token. It starts with \"pat\".",
                      "secretKey": "Secret key", "adminSecret": "Hasura admin secret", "showSecret": "Show secret",
                      "rotate": "Rotate token", "tokenCopied": "Token copied to clipboard",
                      "passwordPlaceholder": "Enter your password", "serviceRoleWarning": "Never expose the service_role key in the browser."}}
    lang = r.choice([("en", d), ("de", {"settings": {"apiKey": "API-Schlüssel", "secretKey": "Geheimer Schlüssel", "passwordPlaceholder": "Passwort eingeben",
                                                      "rotate": "Token erneuern", "adminSecret": "Hasura-Admin-Secret"}})])
    return "src/locales/%s.json" % lang[0], json.dumps(lang[1], indent=2, ensure_ascii=False) + "\n", "json", "i18n", "i18n_strings"


@neg_template
def n_postman_vars(r):
    col = {"info": {"_postman_id": ruuid(r), "name": "NocoDB + Baserow", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "apikey", "apikey": [{"key": "key", "value": "xc-token", "type": "string"}, {"key": "value", "value": "{{nocodb_token}}", "type": "string"}]},
           "item": [{"name": "List rows", "request": {"method": "GET", "url": {"raw": "{{baseUrl}}/api/v2/tables/{{tableId}}/records"}}},
                    {"name": "Baserow rows", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Token {{baserow_token}}"}],
                                                         "url": {"raw": "https://api.baserow.io/api/database/rows/table/{{tableId}}/"}}}],
           "variable": [{"key": "baseUrl", "value": "https://nocodb.acme.io"}, {"key": "tableId", "value": rs(r, LOW + DIG, 15)},
                        {"key": "nocodb_token", "value": ""}, {"key": "baserow_token", "value": ""}]}
    return "postman/nocodb.postman_collection.json", json.dumps(col, indent=2) + "\n", "postman", "nocodb", "variable_reference"


@neg_template
def n_env_example(r):
    p = r.choice(["appwrite", "directus", "budibase", "tooljet", "nocodb"])
    names = {"appwrite": ["_APP_OPENSSL_KEY_V1", "_APP_EXECUTOR_SECRET", "_APP_DB_PASS", "_APP_REDIS_PASS"],
             "directus": ["KEY", "SECRET", "ADMIN_PASSWORD", "DB_PASSWORD"],
             "budibase": ["JWT_SECRET", "API_ENCRYPTION_KEY", "MINIO_SECRET_KEY", "INTERNAL_API_KEY"],
             "tooljet": ["LOCKBOX_MASTER_KEY", "SECRET_KEY_BASE", "PG_PASS", "PGRST_JWT_SECRET"],
             "nocodb": ["NC_AUTH_JWT_SECRET", "NC_DB", "NC_SMTP_PASSWORD", "NC_ADMIN_PASSWORD"]}[p]
    L = ["# Copy to .env and fill in. Generate keys with: openssl rand -hex 32"]
    for n in names:
        L.append("%s=%s" % (n, r.choice(["", "", "<generate>", "replace_with_secret", "CHANGE_ME"])))
    L += ["PORT=%d" % PCTX[p]["port"], "LOG_LEVEL=info"]
    return r.choice([".env.example", ".env.sample", "%s/.env.template" % p]), "\n".join(L) + "\n", "env", p, "placeholder"


@neg_template
def n_py_environ(r):
    L = ["import os", "", "from pyairtable import Api", "from supabase import create_client", "",
         "AIRTABLE_TOKEN = os.environ[\"AIRTABLE_TOKEN\"]", "SUPABASE_URL = os.getenv(\"SUPABASE_URL\", \"http://127.0.0.1:54321\")",
         "SUPABASE_SERVICE_ROLE_KEY = os.environ.get(\"SUPABASE_SERVICE_ROLE_KEY\")", "BASE_ID = \"%s\"" % airtable_id(r, "app"), "",
         "api = Api(AIRTABLE_TOKEN)", "sb = create_client(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY)", "",
         "for rec in api.table(BASE_ID, \"%s\").all():" % airtable_id(r, "tbl"), "    sb.table(\"contacts\").upsert({\"airtable_id\": rec[\"id\"], **rec[\"fields\"]}).execute()"]
    return r.choice(["scripts/airtable_to_supabase.py", "sync/main.py"]), "\n".join(L) + "\n", "python", "airtable", "env_lookup"


@neg_template
def n_deno_env(r):
    L = ["import { createClient } from 'npm:@supabase/supabase-js@2';", "", "Deno.serve(async (req) => {",
         "  const supabase = createClient(", "    Deno.env.get('SUPABASE_URL')!,", "    Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!,", "  );",
         "  const sig = req.headers.get('x-signature') ?? '';", "  const secret = Deno.env.get('WEBHOOK_SECRET');",
         "  if (!secret || sig.length === 0) return new Response('unauthorized', { status: 401 });",
         "  const { data } = await supabase.from('events').select('id').limit(1);", "  return Response.json(data);", "});"]
    return "supabase/functions/%s/index.ts" % r.choice(["webhook", "ingest", "sync-airtable"]), "\n".join(L) + "\n", "typescript", "supabase", "env_lookup"


@neg_template
def n_gha_secrets(r):
    L = ["name: Deploy Directus", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
         "      - uses: actions/checkout@v4", "      - name: Push schema snapshot", "        run: npx directus-sync push",
         "        env:", "          DIRECTUS_URL: https://cms.acme-corp.com", "          DIRECTUS_TOKEN: ${{ secrets.DIRECTUS_TOKEN }}",
         "          HASURA_GRAPHQL_ADMIN_SECRET: ${{ secrets.HASURA_ADMIN_SECRET }}", "      - uses: appleboy/ssh-action@%s" % rhex(r, 40)]
    return ".github/workflows/deploy.yml", "\n".join(L) + "\n", "github-actions", "directus", "ci_secret_reference"


@neg_template
def n_webhook_test_vectors(r):
    body = '{"event":"record.created","id":"%s"}' % airtable_id(r, "rec")
    L = ["import hmac, hashlib", "", "# test vector: the key is a fixture defined in this file, the signature is derived",
         "FIXTURE_KEY = b\"test-webhook-key\"", "BODY = %r" % body, "EXPECTED = \"%s\"" % hmac.new(b"test-webhook-key", body.encode(), hashlib.sha256).hexdigest(),
         "", "", "def test_signature_matches():", "    got = hmac.new(FIXTURE_KEY, BODY.encode(), hashlib.sha256).hexdigest()", "    assert got == EXPECTED"]
    return "tests/test_webhook_signature.py", "\n".join(L) + "\n", "python", "airtable", "test_vector"


@neg_template
def n_appwrite_client(r):
    L = ["import { Client, Account, Databases } from 'appwrite';", "", "// browser SDK: project id and endpoint are public, no API key here",
         "export const client = new Client()", "  .setEndpoint('https://cloud.appwrite.io/v1')", "  .setProject('%s');" % appwrite_id(r), "",
         "export const DATABASE_ID = '%s';" % appwrite_id(r), "export const ORDERS_COLLECTION_ID = '%s';" % appwrite_id(r), "",
         "export const account = new Account(client);", "export const databases = new Databases(client);"]
    return r.choice(["src/lib/appwrite.js", "src/appwrite.ts"]), "\n".join(L) + "\n", "javascript", "appwrite", "project_ids"


@neg_template
def n_bubble_ids(r):
    L = ["# Bubble data export mapping", "", "| Thing | Unique id | Created |", "|---|---|---|"]
    for i in range(r.randint(3, 6)):
        L.append("| %s | %dx%d | 2024-%02d-%02d |" % (r.choice(["Customer", "Order", "Ticket"]), r.randint(1600000000000, 1760000000000), r.randint(10 ** 17, 10 ** 18 - 1), r.randint(1, 12), r.randint(1, 28)))
    L += ["", "API root: `https://acme-crm.bubbleapps.io/version-test/api/1.1/obj/`", "", "The Data API token is in 1Password (`Bubble / Data API`)."]
    return "docs/bubble-export.md", "\n".join(L) + "\n", "markdown", "bubble", "unique_ids"


@neg_template
def n_glide_softr_embed(r):
    L = ["<!doctype html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>Customer portal</title>", "</head>", "<body>",
         "<!-- customer portal embeds -->", "<iframe src=\"https://%s.glide.page/dl/%s\" width=\"100%%\" height=\"720\"></iframe>" % (r.choice(["acme-field", "ops-hub"]), rs(r, ALNUM, 6)),
         "<script src=\"https://softr-prod.imgix.net/applications/%s/assets/embed.js\"></script>" % ruuid(r),
         "<div data-softr-app-id=\"%s\" data-softr-block=\"list1\"></div>" % ruuid(r), "</body>", "</html>"]
    return r.choice(["public/embed.html", "site/portal.html"]), "\n".join(L) + "\n", "html", "glide", "app_ids"


@neg_template
def n_masked_audit(r):
    L = ["timestamp,actor,action,resource,detail"]
    for _ in range(r.randint(4, 9)):
        L.append("2024-%02d-%02dT%02d:%02d:00Z,%s@acme.io,%s,%s,\"%s\"" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                 r.choice(["maya", "omar", "sven"]), r.choice(["resource.update", "token.rotate", "app.publish"]), ruuid(r),
                 r.choice(["password: ********", "api_key: sk_live_••••••••", "token rotated (last4: %s)" % rhex(r, 4), "header Authorization: Bearer [REDACTED]"])))
    return r.choice(["exports/retool_audit_log.csv", "audit/2024-q3.csv"]), "\n".join(L) + "\n", "csv", "retool", "masked"


@neg_template
def n_git_shas(r):
    L = ["# Changelog", ""]
    for v in range(r.randint(3, 6)):
        L.append("- %s %s (%s)" % (rhex(r, 7), r.choice(["bump appsmith image", "fix refund query", "rotate tokens via vault", "add Directus flows"]), rhex(r, 40)))
    return "CHANGELOG.md", "\n".join(L) + "\n", "markdown", "git", "commit_sha"


@neg_template
def n_strapi_env_refs(r):
    L = ["module.exports = ({ env }) => ({", "  auth: {", "    secret: env('ADMIN_JWT_SECRET'),", "  },", "  apiToken: {", "    salt: env('API_TOKEN_SALT'),",
         "  },", "  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },", "});"]
    return "config/admin.js", "\n".join(L) + "\n", "javascript", "strapi", "env_lookup"


@neg_template
def n_retool_config_vars(r):
    L = ["# Retool configuration variables (values resolved at runtime, marked secret in Settings)", "resources:", "  - name: airtable_prod",
         "    type: restapi", "    base_url: https://api.airtable.com/v0/%s" % airtable_id(r, "app"), "    headers:",
         "      Authorization: \"Bearer {{ retoolContext.configVars.AIRTABLE_TOKEN }}\"", "  - name: supabase_admin", "    type: restapi",
         "    base_url: https://%s.supabase.co/rest/v1" % supa_ref(r), "    headers:", "      apikey: \"{{ environment.variables.SUPABASE_SERVICE_KEY }}\""]
    return "retool/resources.yaml", "\n".join(L) + "\n", "yaml", "retool", "template_reference"


@neg_template
def n_fb_sa_redacted(r):
    proj = "acme-ops-" + rs(r, LOW + DIG, 5)
    d = {"type": "service_account", "project_id": proj, "private_key_id": "", "private_key": "", "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LOW + DIG, 5), proj),
         "client_id": "", "token_uri": "https://oauth2.googleapis.com/token"}
    return "functions/service-account.example.json", json.dumps(d, indent=2) + "\n", "json", "firebase", "empty"


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
KIND_WEIGHT = {
    "retool_api": 4, "retool_enc": 3, "retool_jwt": 2, "appsmith_encpw": 3, "appsmith_mongo": 2, "budibase_api": 3, "budibase_jwt": 2,
    "budibase_internal": 2, "minio_secret": 1, "tooljet_lockbox": 3, "tooljet_skb": 2, "bubble_api": 3, "xano_token": 3, "softr_api": 2,
    "glide_api": 2, "airtable_pat": 5, "baserow_token": 3, "baserow_secret": 1, "nocodb_token": 3, "nocodb_jwt": 1, "directus_static": 3,
    "directus_secret": 2, "directus_admin_pw": 2, "pocketbase_pw": 3, "pocketbase_enc": 1, "supabase_sr": 5, "supabase_secret": 2,
    "supabase_jwt": 2, "supabase_db": 2, "appwrite_api": 3, "appwrite_openssl": 1, "hasura_admin": 4, "hasura_jwt": 3, "strapi_token": 3,
    "strapi_jwt": 2, "strapi_keys": 1, "firebase_fcm": 2, "firebase_dbsecret": 1, "firebase_sa": 2, "aws_secret": 2, "postgres_url": 3,
    "mysql_url": 1, "redis_url": 1, "db_password": 3, "sendgrid": 1, "google_oauth": 1, "stripe_sk": 2, "github_pat": 1, "openai": 2,
    "slack_webhook": 1,
}
GENERIC = {"t_dotenv", "t_compose", "t_helm_values", "t_k8s_secret", "t_gha", "t_py_const", "t_js_config", "t_ts_const", "t_shell",
            "t_readme", "t_tfvars", "t_json_config", "t_fly_toml", "t_systemd", "t_dockerfile", "t_properties", "t_go"}


def weighted(r, items, weights):
    tot = sum(weights)
    x = r.random() * tot
    for it, w in zip(items, weights):
        x -= w
        if x < 0:
            return it
    return items[-1]


def templates_for(key):
    return [t for t in POS_T if t[1](key)]


def pick_template(r, key, use):
    ts = templates_for(key)
    # generic (env-style) templates are many; give the specific ones more room and spread usage
    ws = [(1.0 if t[3] in GENERIC else 3.0) / (1 + use.get(t[3], 0)) for t in ts]
    return weighted(r, ts, ws)


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def build(seed):
    r = random.Random(seed)
    keys = sorted(KINDS)
    kw = [KIND_WEIGHT[k] for k in keys]
    pos, neg = [], []
    use = {}
    i = 0
    special = [t for t in POS_T if t[3] not in GENERIC]
    while len(pos) < 500:
        if r.random() < 0.3:
            # template first, so that the provider-specific layouts are well represented
            fn, acc, lang, tname = weighted(r, special, [1.0 / (1 + use.get(t[3], 0)) for t in special])
            ks = [k for k in keys if acc(k)]
            key = weighted(r, ks, [KIND_WEIGHT[k] for k in ks])
        else:
            key = weighted(r, keys, kw)
            fn, _, lang, tname = pick_template(r, key, use)
        s = make_slot(r, key, ob=(len(pos) % 2 == 0))
        res = fn(r, s)
        if res is None:
            continue
        path, text, ftype = res
        if s["val"] not in text:
            raise RuntimeError("needle missing in %s/%s" % (tname, key))
        use[tname] = use.get(tname, 0) + 1
        pos.append(dict(path=path, text=text, ftype=ftype, prov=s["prov"], kind=s["kind"], needle=s["val"], tmpl=tname))
    nuse = {}
    while len(neg) < 500:
        if len(neg) % 2 == 0:
            key = weighted(r, keys, kw)
            fn, _, lang, tname = pick_template(r, key, nuse)
            s = neg_slot(r, key, lang, ob=r.random() < 0.5, named=tname in GENERIC)
            res = fn(r, s)
            if res is None:
                continue
            path, text, ftype = res
            nuse[tname] = nuse.get(tname, 0) + 1
            neg.append(dict(path=path, text=text, ftype=ftype, prov=s["prov"], kind=s["nkind"], tmpl=tname))
        else:
            fn, tname = NEG_T[(len(neg) // 2) % len(NEG_T)] if (len(neg) // 2) < len(NEG_T) else r.choice(NEG_T)
            path, text, ftype, prov, kind = fn(r)
            neg.append(dict(path=path, text=text, ftype=ftype, prov=prov, kind=kind, tmpl=tname))
    return pos, neg


def write(outdir, seed):
    pos, neg = build(seed)
    man, sec = [], []
    for lab, items, pfx in (("pos", pos, "p"), ("neg", neg, "n")):
        for i, it in enumerate(items):
            rel = "%s/%s%04d/%s" % (lab, pfx, i, it["path"])
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="") as fh:
                fh.write(it["text"])
            man.append({"file": rel, "label": lab, "provider": it["prov"], "kind": it["kind"], "filetype": it["ftype"]})
            if lab == "pos":
                sec.append({"file": rel, "needle": it["needle"], "line": line_of(it["text"], it["needle"])})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in man:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in sec:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    write(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
