#!/usr/bin/env python3
"""Blind evaluation-set generator "hi": mobile backends and backend-as-a-service.

EMPHASIS
    Domain: the credentials of mobile backends and BaaS platforms, and the many
    public ids that live next to them in mobile and server projects.
    Providers: Firebase (service-account private keys, legacy Realtime Database
    secrets, legacy FCM server keys, CI tokens; the web/Android/iOS config with
    its AIza... apiKey is public), Supabase (legacy service_role JWT vs anon JWT,
    sb_secret_ vs sb_publishable_, sbp_ access tokens, JWT secrets, database
    passwords in connection strings), Appwrite (standard_ API keys vs project
    ids), Parse Server / Back4App (master key vs application id / client key /
    JavaScript key), Nhost and Hasura (admin secrets, HS256 JWT secrets),
    PocketBase (superuser passwords), Convex (prod:/preview: deploy keys),
    AWS Amplify (aws-exports.js / amplify_outputs.json public ids vs IAM access
    keys in scripts), Backendless (REST API key vs client API keys), Kinvey
    (master secret vs app key / app secret), MongoDB Atlas App Services / Realm
    (server API keys), Xata (xau_ keys), Neon (npg_ role passwords), Turso
    (EdDSA JWT auth tokens), Apple APNs .p8 keys used by the push backends.
    File types: Swift, Kotlin, Dart/Flutter, React Native JS/TS, Node/Deno
    server code, Python, Go, google-services.json, GoogleService-Info.plist,
    aws-exports.js, amplify_outputs.json, docker-compose, Dockerfile, .env
    (positives only, at most 1 in 20), .secrets, YAML (CI, Helm, k8s), JSON,
    TOML, INI, SQL, Markdown, shell, Terraform, Gradle, XML, lock files, CSV, logs.

USAGE
    python3 -B gen_hi.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file: file, label, provider, kind, filetype) and
    OUTDIR/secrets.jsonl (one line per positive: file, needle, line).
    Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, on one line.
    * Plain keys, tokens, secrets, passwords: the value only, without quotes,
      without the variable name, without "Bearer " or "key=".
    * Headers (apikey:, X-Parse-Master-Key:, x-hasura-admin-secret:,
      Authorization: key=...): the header value only.
    * URLs and connection strings: only the secret part (the password of
      postgresql://user:PASSWORD@host, the ?auth= value of a Firebase URL,
      the REST key segment of a Backendless URL, the xau_ key used as a Xata
      Postgres password).
    * Key pairs (AWS access key id + secret access key): the secret access key;
      the AKIA... id sits in the same file as part of the same credential.
    * Kinvey / Parse: the master secret / master key; the app key, app id,
      client key and app secret next to it are public ids.
    * Hasura JWT config {"type":"HS256","key":"..."}: the key value.
    * Convex deploy keys: the whole "prod:name-123|eyJ2...=" string.
    * JWTs (Supabase service_role, Turso): the whole compact JWT.
    * Private keys written on ONE line with literal \\n escapes (service-account
      JSON, JS/Python string literals): the whole escaped value from
      -----BEGIN PRIVATE KEY----- to the final \\n, exactly as written.
    * Private keys written over several lines (PEM blocks in YAML, .p8 files):
      the header line "-----BEGIN PRIVATE KEY-----" (its line is the key's
      first line).

NEGATIVES
    250 re-use the positive templates with the secret's slot holding something
    that is not a secret: placeholders (<your-...>, YOUR_..., changeme,
    prefix + xxxx...), empty values, masked values (****, [REDACTED], prefix +
    bullets), environment / secret-manager references (${VAR}, $VAR,
    ${{ secrets.X }}, op://, vault:, AWS/GCP secret paths, env(...)), template
    expressions (Helm, Azure #{...}#, Terraform var.), and providers' documented
    example values (Supabase CLI local demo keys, AWS AKIAIOSFODNN7EXAMPLE,
    Neon AbC123dEf, Hasura myadminsecretkey, Nhost nhost-admin-secret, Parse
    myMasterKey, PocketBase 1234567890, Convex prod:qualified-jaguar-123|eyJ2...0=).
    250 come from dedicated look-alike templates: public client configs
    (google-services.json, GoogleService-Info.plist, firebase_options.dart,
    firebaseConfig, aws-exports.js, amplify_outputs.json), anon JWTs and
    sb_publishable_ keys, Parse app ids / client keys, Backendless client keys,
    Kinvey app keys + app secrets, RevenueCat public SDK keys, OneSignal app ids,
    project / app / bundle ids, JWKS and PEM public keys, certificate pins,
    asset-links fingerprints, lock-file hashes, image digests, SRI hashes,
    UUID-heavy SQL, logs with request ids and trace ids, CSV exports, base64
    image data, webhook fixtures with signatures, code reading secrets from
    the environment. No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * Supabase docs: four key types - sb_publishable_... (safe to expose),
      sb_secret_... (backend only), legacy anon and service_role JWTs
      (role claim anon / service_role). The CLI's documented local keys
      sb_publishable_ACJWlzQHlZjBrEguHvfOxg_3BJgxAaH and
      sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz show the shape
      prefix + 22 base64url chars + "_" + 8 chars; the local demo JWTs carry
      iss "supabase-demo". Connection strings: db.<ref>.supabase.co:5432 and
      postgres.<ref>@aws-0-<region>.pooler.supabase.com:6543, [YOUR-PASSWORD].
    * Appwrite server source: key secret = 'standard_' . bin2hex(random_bytes(128))
      i.e. standard_ + 256 hex; sent as X-Appwrite-Key / setKey(); project ids
      are 20 hex chars (e.g. in console URLs).
    * Convex docs: deploy keys "prod:qualified-jaguar-123|eyJ2...0=",
      "dev:happy-animal-123|ey...", "preview:..."; CONVEX_DEPLOY_KEY.
    * Xata: CLI prints XATA_API_KEY=xau_ + 33 masked chars; Xata Postgres URLs
      use the API key as the password (<workspace>:xau_...@<region>.sql.xata.sh).
    * Neon docs: postgresql://role:password@ep-adj-noun-a1b2c3d4-pooler.<region>
      .aws.neon.tech/dbname?sslmode=require&channel_binding=require; doc example
      password AbC123dEf; real generated role passwords look like npg_ + 12 alnum.
    * Turso docs: database tokens are JWTs passed as authToken, URLs
      libsql://<db>-<org>.turso.io; header {"alg":"EdDSA","typ":"JWT"}.
    * Nhost docs: adminSecret is sent as x-hasura-admin-secret; service URLs
      https://<subdomain>.<service>.<region>.nhost.run; NHOST_ADMIN_SECRET,
      NHOST_JWT_SECRET, NHOST_WEBHOOK_SECRET come from secrets.
    * Hasura docs: HASURA_GRAPHQL_JWT_SECRET is a JSON object
      {"type": ..., "key": ...} or {"jwk_url": ...}; HASURA_GRAPHQL_ADMIN_SECRET.
    * Parse Server docs: appId and masterKey required, masterKey "overrides all
      permissions. Keep this secret"; clientKey, javascriptKey, restAPIKey,
      dotNetKey optional; X-Parse-Application-Id / X-Parse-Master-Key headers.
    * Kinvey SDK docs/gists: Kinvey.init({appKey, appSecret, masterSecret});
      real projects show appKey kid_ + 9-10 chars and 32-hex app secrets.
    * Backendless docs: application ID plus per-platform API keys (Android,
      iOS, JS, REST), REST URLs api.backendless.com/<app-id>/<rest-key>/...
    * Firebase: service-account JSON fields (type, project_id, private_key_id,
      private_key, client_email ...@<project>.iam.gserviceaccount.com, client_id,
      auth_uri, token_uri, auth_provider_x509_cert_url, client_x509_cert_url);
      RTDB legacy secrets are 40 alphanumeric chars used as ?auth=.
    * Atlas App Services docs: server API keys (Realm.Credentials.apiKey),
      up to 100 per app.
    * PocketBase source: "superuser upsert test@example.com 1234567890".
    * Amplify aws-exports.js keys: aws_project_region, aws_cognito_identity_pool_id,
      aws_user_pools_id, aws_user_pools_web_client_id, aws_appsync_graphqlEndpoint.
    Two search results were secret-scanner rule files (keyhog-core detector
    TOML on docs.rs, a GitGuardian detector page); they were not used.

DOUBTS
    * sb_secret_ / sb_publishable_: the 8-char tail looks like a checksum but its
      algorithm is not documented; here it is 8 base64url chars derived from a
      SHA-256 of the body, so a scanner that verifies it would reject ours.
    * Supabase legacy JWT secret length/alphabet and the sbp_ access token
      (sbp_ + 40 hex) were not confirmed in the documentation.
    * Convex: the part after "|" is shown only as "eyJ2...0="; here it is
      base64 of {"v2":"<hex>"} with a length that ends in "=", as in the doc.
    * Xata xau_ body length (33 alnum) comes from CLI output and one real-looking
      key, not from a format specification.
    * Turso token claims ({"a":"rw","iat":...,"id":...}) are not documented here.
    * Realm / Atlas App Services server API keys: 64 alphanumeric chars is an
      assumption; Nhost admin secrets and Parse master keys are free-form.
    * Kinvey app-secret-is-public and Backendless REST-key-is-secret follow the
      brief; Backendless itself calls every API key an "API key".
    * Private keys are structurally valid DER (PKCS#8 RSA-2048 / EC P-256) but
      the numbers are random, not a mathematically valid key pair.
    * Legacy FCM server key shape AAAA<7>:APA91b<134> and the Firebase CI token
      shape 1//0 + base64url are from memory, not from current docs.
    * RevenueCat appl_/goog_ public key lengths are approximate (negatives only).
    * The APNs .p8 shape (PKCS#8 EC P-256 with curve parameters and public key,
      AuthKey_<10-char key id>.p8) is from memory of Apple's files, not docs.
    * Kind labels such as "public-app-secret" (Kinvey) and "public-client-key"
      (Parse client key) follow the brief's public/secret split.
"""

import base64
import hashlib
import json
import os
import random
import string
import sys

N_POS = 500
N_NEG = 500

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = string.ascii_letters + string.digits
LOWALNUM = LOWER + DIGITS
HEXC = "0123456789abcdef"
B64URL = ALNUM + "-_"
B64STD = ALNUM + "+/"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
PWSYM = "!#%^&*-_=+.~"

# --------------------------------------------------------------------------
# small random helpers (every call takes the one Random instance)
# --------------------------------------------------------------------------


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rhex(r, n):
    return rs(r, HEXC, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def ruuid(r, upper=False):
    h = rhex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def b64s(b):
    return base64.b64encode(b).decode()


def jwt(header, payload, sig):
    enc = lambda o: b64u(json.dumps(o, separators=(",", ":")).encode())
    return enc(header) + "." + enc(payload) + "." + b64u(sig)


def strong_pw(r, lo=14, hi=24, sym=True):
    n = r.randint(lo, hi)
    while True:
        alpha = ALNUM + (PWSYM if sym else "")
        p = rs(r, alpha, n)
        if (any(c.isupper() for c in p) and any(c.islower() for c in p)
                and any(c.isdigit() for c in p)
                and (not sym or any(c in PWSYM for c in p))
                and p[0].isalpha()):
            return p


WORDS = ["pantry", "ridely", "bloom", "tandem", "harbor", "quill", "sprout",
         "orbit", "fable", "nimbus", "lumen", "cobalt", "mosaic", "parcel",
         "tidal", "meadow", "juniper", "atlas", "ember", "kestrel", "vela",
         "summit", "pebble", "cinder", "wander", "fitloop", "mealmate",
         "petpal", "tripnote", "shelfie", "courtside", "studybud", "greengrocer"]
APPSUF = ["app", "mobile", "prod", "api", "backend", "live", "ios", "main"]
ADJ = ["happy", "brave", "calm", "eager", "fleet", "gentle", "giddy", "jolly",
       "lucky", "merry", "quiet", "rapid", "shiny", "sunny", "tidy", "witty",
       "zealous", "bright", "clever", "fearless", "polished", "ancient",
       "little", "hidden", "curious", "steady", "warm", "proper"]
ANIMAL = ["jaguar", "otter", "falcon", "badger", "lynx", "heron", "gecko",
          "panda", "walrus", "beaver", "cricket", "goldfish", "dachshund",
          "scorpion", "ibex", "marmot", "puffin", "tapir", "raven", "oyster",
          "caribou", "newt", "pelican", "wombat"]
NOUNS = ["darkness", "night", "dust", "voice", "shape", "water", "band",
         "hill", "morning", "tree", "leaf", "river", "field", "cloud", "frost"]
AWS_REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-west-2",
               "eu-central-1", "ap-southeast-1", "ap-southeast-2",
               "ap-south-1", "sa-east-1", "ap-northeast-1", "ca-central-1"]
FIRST = ["maria", "sam", "leo", "nina", "omar", "julia", "ken", "ava", "raj",
         "eva", "tom", "lina", "marco", "zoe", "ivan", "sara"]
DOMAINS = ["example.com", "pantryapp.io", "ridely.co", "bloomhq.dev",
           "tandem.app", "harborlabs.io", "quill.so", "orbitmobile.com"]
TABLES = ["profiles", "orders", "messages", "devices", "rides", "recipes",
          "bookings", "invoices", "workouts", "pets", "trips", "carts"]


def app_name(r):
    return r.choice(WORDS)


def bundle_id(r, name=None):
    name = name or app_name(r)
    return "%s.%s.%s" % (r.choice(["com", "io", "app", "co"]),
                         r.choice([name, name + "labs", "acme", "studio" + name]),
                         r.choice([name, "mobile", "client", name + "app"]))


def fb_project(r, name=None):
    name = name or app_name(r)
    return "%s-%s-%s" % (name, r.choice(APPSUF), rhex(r, 5))


def supa_ref(r):
    return rs(r, LOWER, 20)


def nhost_sub(r):
    return rs(r, LOWER, 20)


def appwrite_pid(r):
    return rhex(r, 20)


def convex_name(r):
    return "%s-%s-%d" % (r.choice(ADJ), r.choice(ANIMAL), r.randint(100, 999))


def neon_host(r, pooler=True):
    ep = "ep-%s-%s-%s" % (r.choice(ADJ), r.choice(NOUNS),
                          rs(r, LOWER, 1) + rs(r, LOWALNUM, 7))
    reg = r.choice(["us-east-2", "us-east-1", "eu-central-1", "ap-southeast-1",
                    "us-west-2", "sa-east-1"])
    cpart = r.choice(["", "c-2.", "c-3.", "c-4."])
    return "%s%s.%s%s.aws.neon.tech" % (ep, "-pooler" if pooler else "", cpart, reg)


def email(r):
    return "%s@%s" % (r.choice(FIRST + ["ops", "admin", "dev", "platform"]),
                      r.choice(DOMAINS))


def ts(r):
    """A plausible ISO timestamp (from the seed, never from the clock)."""
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
        r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
        r.randint(0, 59), r.randint(0, 999))


def aws_key_id(r, prefix="AKIA"):
    return prefix + rs(r, B32, 16)


# --------------------------------------------------------------------------
# DER / PEM builders (structurally valid PKCS#8, random numbers)
# --------------------------------------------------------------------------


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(raw):
    raw = raw.lstrip(b"\0") or b"\0"
    if raw[0] & 0x80:
        raw = b"\0" + raw
    return _der(0x02, raw)


def _top(r, n, odd=False):
    b = bytearray(rbytes(r, n))
    b[0] |= 0x80
    if odd:
        b[-1] |= 1
    return bytes(b)


def rsa_pkcs8_der(r):
    body = (_der_int(b"\0") + _der_int(_top(r, 256, True)) + _der_int(b"\x01\x00\x01")
            + _der_int(rbytes(r, 256)) + _der_int(_top(r, 128, True))
            + _der_int(_top(r, 128, True)) + _der_int(rbytes(r, 128))
            + _der_int(rbytes(r, 128)) + _der_int(rbytes(r, 128)))
    rsa = _der(0x30, body)
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
    return _der(0x30, _der_int(b"\0") + alg + _der(0x04, rsa))


def ec_pkcs8_der(r):
    priv = _top(r, 32)
    pub = b"\x04" + rbytes(r, 64)
    ec = _der(0x30, _der_int(b"\x01") + _der(0x04, priv)
              + _der(0xA0, _der(0x06, bytes.fromhex("2a8648ce3d030107")))
              + _der(0xA1, _der(0x03, b"\x00" + pub)))
    alg = _der(0x30, _der(0x06, bytes.fromhex("2a8648ce3d0201"))
               + _der(0x06, bytes.fromhex("2a8648ce3d030107")))
    return _der(0x30, _der_int(b"\0") + alg + _der(0x04, ec))


def pem(der, label):
    b = b64s(der)
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def rsa_pub_pem(r):
    spki = _der(0x30, _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d010101")) + b"\x05\x00")
                + _der(0x03, b"\x00" + _der(0x30, _der_int(_top(r, 256, True))
                                           + _der_int(b"\x01\x00\x01"))))
    return pem(spki, "PUBLIC KEY")


def cert_pem(r):
    """A certificate-shaped PEM block (public material)."""
    body = _der(0x30, _der(0xA0, _der_int(b"\x02")) + _der_int(rbytes(r, 8))
                + _der(0x30, _der(0x06, bytes.fromhex("2a864886f70d01010b")) + b"\x05\x00")
                + rbytes(r, 560))
    return pem(body, "CERTIFICATE")


# --------------------------------------------------------------------------
# secret generators: kind -> function(r, **kw) -> value (or (id, secret))
# --------------------------------------------------------------------------


def g_supa_service_jwt(r, ref=None):
    ref = ref or supa_ref(r)
    iat = r.randint(1640000000, 1735000000)
    return jwt({"alg": "HS256", "typ": "JWT"},
               {"iss": "supabase", "ref": ref, "role": "service_role",
                "iat": iat, "exp": iat + 315360000}, rbytes(r, 32))


def supa_anon_jwt(r, ref=None):
    ref = ref or supa_ref(r)
    iat = r.randint(1640000000, 1735000000)
    return jwt({"alg": "HS256", "typ": "JWT"},
               {"iss": "supabase", "ref": ref, "role": "anon",
                "iat": iat, "exp": iat + 315360000}, rbytes(r, 32))


def _sb_key(r, prefix):
    body = b64u(rbytes(r, 16))
    tail = b64u(hashlib.sha256((prefix + body).encode()).digest())[:8]
    return prefix + body + "_" + tail


def g_supa_sb_secret(r):
    return _sb_key(r, "sb_secret_")


def sb_publishable(r):
    return _sb_key(r, "sb_publishable_")


def g_supa_pat(r):
    return "sbp_" + rhex(r, 40)


def g_supa_jwt_secret(r):
    return b64s(rbytes(r, r.choice([30, 48, 64])))


def g_db_pw(r):
    return rs(r, ALNUM, r.randint(16, 24))


def g_gcp_pem(r):
    return pem(rsa_pkcs8_der(r), "PRIVATE KEY")


def g_gcp_pem_json(r):
    return g_gcp_pem(r).replace("\n", "\\n")


def g_apns_p8(r):
    return pem(ec_pkcs8_der(r), "PRIVATE KEY")


def g_fb_db_secret(r):
    return rs(r, ALNUM, 40)


def g_fcm_server_key(r):
    return "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)


def g_fb_ci_token(r):
    return "1//0" + rs(r, "cdefgh", 1) + rs(r, B64URL, 99)


def g_appwrite_key(r):
    return "standard_" + rhex(r, 256)


def g_parse_master(r):
    return rs(r, ALNUM, 40) if r.random() < 0.6 else rs(r, ALNUM + "-_", r.randint(24, 48))


def g_admin_secret(r):
    k = r.random()
    if k < 0.4:
        return rs(r, ALNUM, r.randint(32, 48))
    if k < 0.7:
        return rhex(r, 64)
    return strong_pw(r, 28, 40)


def g_hasura_jwt_key(r):
    return rs(r, ALNUM, r.choice([32, 40, 48, 64]))


def g_pb_pw(r):
    return strong_pw(r, 14, 22)


def g_convex(r, kind=None):
    kind = kind or r.choice(["prod", "prod", "prod", "preview", "dev"])
    hexlen = r.choice([32, 62])
    blob = b64s(('{"v2":"%s"}' % rhex(r, hexlen)).encode())
    return "%s:%s|%s" % (kind, convex_name(r), blob)


def g_aws(r):
    return (aws_key_id(r), rs(r, B64STD, 40))


def g_backendless_rest(r):
    return ruuid(r, upper=True)


def g_kinvey_master(r):
    return rhex(r, 32)


def g_realm_key(r):
    return rs(r, ALNUM, 64)


def g_xata(r):
    return "xau_" + rs(r, ALNUM, 33)


def g_neon_pw(r):
    return "npg_" + rs(r, ALNUM, 12)


def g_turso(r):
    iat = r.randint(1690000000, 1735000000)
    return jwt({"alg": "EdDSA", "typ": "JWT"},
               {"a": r.choice(["rw", "ro"]), "iat": iat, "id": ruuid(r)},
               rbytes(r, 64))


def g_app_pw(r):
    return strong_pw(r, 14, 22)


GEN = {
    "supa_service_jwt": g_supa_service_jwt, "supa_sb_secret": g_supa_sb_secret,
    "supa_pat": g_supa_pat, "supa_jwt_secret": g_supa_jwt_secret,
    "supa_db_pw": g_db_pw, "gcp_pem": g_gcp_pem, "gcp_pem_json": g_gcp_pem_json,
    "apns_p8": g_apns_p8, "fb_db_secret": g_fb_db_secret,
    "fcm_server_key": g_fcm_server_key, "fb_ci_token": g_fb_ci_token,
    "appwrite_key": g_appwrite_key, "parse_master": g_parse_master,
    "nhost_admin": g_admin_secret, "hasura_admin": g_admin_secret,
    "hasura_jwt_key": g_hasura_jwt_key, "pb_pw": g_pb_pw, "convex": g_convex,
    "aws": g_aws, "backendless_rest": g_backendless_rest,
    "kinvey_master": g_kinvey_master, "realm_key": g_realm_key, "xata": g_xata,
    "neon_pw": g_neon_pw, "turso": g_turso, "app_db_pw": g_app_pw,
}

# kind label, env-var name, placeholder noun, visible prefix
KINFO = {
    "supa_service_jwt": ("service-role-key", "SUPABASE_SERVICE_ROLE_KEY", "service-role-key", "eyJ"),
    "supa_sb_secret": ("secret-api-key", "SUPABASE_SECRET_KEY", "secret-key", "sb_secret_"),
    "supa_pat": ("access-token", "SUPABASE_ACCESS_TOKEN", "access-token", "sbp_"),
    "supa_jwt_secret": ("jwt-signing-secret", "SUPABASE_JWT_SECRET", "jwt-secret", ""),
    "supa_db_pw": ("database-password", "SUPABASE_DB_PASSWORD", "db-password", ""),
    "gcp_pem": ("service-account-private-key", "FIREBASE_PRIVATE_KEY", "private-key", ""),
    "gcp_pem_json": ("service-account-private-key", "FIREBASE_PRIVATE_KEY", "private-key", ""),
    "apns_p8": ("apns-auth-key", "APNS_AUTH_KEY", "apns-key", ""),
    "fb_db_secret": ("database-secret", "FIREBASE_DATABASE_SECRET", "database-secret", ""),
    "fcm_server_key": ("legacy-server-key", "FCM_SERVER_KEY", "server-key", "AAAA"),
    "fb_ci_token": ("ci-token", "FIREBASE_TOKEN", "firebase-token", "1//"),
    "appwrite_key": ("api-key", "APPWRITE_API_KEY", "api-key", "standard_"),
    "parse_master": ("master-key", "PARSE_MASTER_KEY", "master-key", ""),
    "nhost_admin": ("admin-secret", "NHOST_ADMIN_SECRET", "admin-secret", ""),
    "hasura_admin": ("admin-secret", "HASURA_GRAPHQL_ADMIN_SECRET", "admin-secret", ""),
    "hasura_jwt_key": ("jwt-signing-secret", "HASURA_JWT_KEY", "jwt-key", ""),
    "pb_pw": ("superuser-password", "PB_SUPERUSER_PASSWORD", "password", ""),
    "convex": ("deploy-key", "CONVEX_DEPLOY_KEY", "deploy-key", "prod:"),
    "aws": ("iam-secret-access-key", "AWS_SECRET_ACCESS_KEY", "secret-access-key", ""),
    "backendless_rest": ("rest-api-key", "BACKENDLESS_REST_API_KEY", "rest-api-key", ""),
    "kinvey_master": ("master-secret", "KINVEY_MASTER_SECRET", "master-secret", ""),
    "realm_key": ("server-api-key", "REALM_SERVER_API_KEY", "api-key", ""),
    "xata": ("api-key", "XATA_API_KEY", "api-key", "xau_"),
    "neon_pw": ("database-password", "NEON_DB_PASSWORD", "password", "npg_"),
    "turso": ("auth-token", "TURSO_AUTH_TOKEN", "auth-token", "eyJ"),
    "app_db_pw": ("database-password", "DB_PASSWORD", "password", ""),
}

SUPA_DEMO_ANON = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6"
                  "ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0")
SUPA_DEMO_SERVICE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6"
                     "InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU")
SUPA_DEMO_PUB = "sb_publishable_ACJWlzQHlZjBrEguHvfOxg_3BJgxAaH"
SUPA_DEMO_SECRET = "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz"
AWS_DOC = ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")

DOC_EXAMPLES = {
    "supa_service_jwt": [SUPA_DEMO_SERVICE],
    "supa_sb_secret": [SUPA_DEMO_SECRET],
    "supa_jwt_secret": ["super-secret-jwt-token-with-at-least-32-characters-long",
                        "your-super-secret-jwt-token-with-at-least-32-characters-long"],
    "supa_db_pw": ["your-super-secret-and-long-postgres-password", "postgres"],
    "neon_pw": ["AbC123dEf"],
    "hasura_admin": ["myadminsecretkey"],
    "nhost_admin": ["nhost-admin-secret"],
    "parse_master": ["myMasterKey", "masterKey"],
    "pb_pw": ["1234567890"],
    "convex": ["prod:qualified-jaguar-123|eyJ2...0=", "dev:happy-animal-123|ey..."],
    "app_db_pw": ["postgres"],
}

# --------------------------------------------------------------------------
# negative slot fillers
# --------------------------------------------------------------------------


def _placeholder(r, kind, style):
    label, env, noun, prefix = KINFO[kind]
    N = noun.upper().replace("-", "_")
    if style == "url":
        return r.choice(["[YOUR-PASSWORD]", "<password>", "PASSWORD", "<db-password>",
                         "changeme", "YOUR_PASSWORD"])
    if style == "pem":
        return r.choice(["<paste the private key from the downloaded JSON here>",
                         "REPLACE_WITH_PRIVATE_KEY", "# private key goes here"])
    if style == "jsonpem":
        return r.choice(["<private-key>", "YOUR_PRIVATE_KEY",
                         "-----BEGIN PRIVATE KEY-----\\n<YOUR_PRIVATE_KEY>\\n-----END PRIVATE KEY-----\\n",
                         "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"])
    opts = ["<your-%s>" % noun, "YOUR_%s" % N, "your-%s-here" % noun, "<%s>" % N,
            "changeme", "REPLACE_ME", "TODO", "YOUR_%s_HERE" % N, "<insert %s>" % noun.replace("-", " ")]
    if prefix and prefix not in ("eyJ", "1//"):
        opts.append(prefix + "x" * r.randint(12, 32))
        opts.append(prefix + "...")
    opts.append("x" * r.randint(16, 40))
    return r.choice(opts)


def _masked(r, kind, style):
    prefix = KINFO[kind][3]
    if style == "pem":
        return r.choice(["[REDACTED]", "<redacted>", "**** removed from repo ****"])
    opts = ["*" * r.randint(8, 32), "[REDACTED]", "<redacted>", "\u2022" * r.randint(8, 20),
            "********"]
    if prefix and prefix not in ("eyJ",):
        opts.append(prefix + "*" * r.randint(8, 24))
    return r.choice(opts)


def _envref(r, kind, style):
    env = KINFO[kind][1]
    if style == "url":
        return r.choice(["${DB_PASSWORD}", "$PGPASSWORD", "${POSTGRES_PASSWORD}", "%(db_password)s"])
    return r.choice(["${%s}" % env, "$%s" % env, "${{ secrets.%s }}" % env,
                     "{{ secrets.%s }}" % env, "env(%s)" % env,
                     "op://Mobile/%s/credential" % env.lower().replace("_", "-"),
                     "vault:secret/data/mobile/backend#%s" % env.lower(),
                     "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/%s-AbCdEf" % env.lower(),
                     "projects/123456789012/secrets/%s/versions/latest" % env.lower().replace("_", "-")])


def _template_expr(r, kind, style):
    env = KINFO[kind][1]
    low = env.lower()
    if style == "url":
        return r.choice(["{{ .Values.db.password }}", "#{DbPassword}#", "${var.db_password}"])
    return r.choice(["{{ .Values.secrets.%s }}" % low, "#{%s}#" % env, "${var.%s}" % low,
                     "{{ %s }}" % low, "%%(%s)s" % low])


def fill(r, kind, style):
    """Return (value, category) for a negative slot."""
    if kind == "aws":
        c = r.random()
        if c < 0.3:
            return AWS_DOC, "doc-example"
        if c < 0.5:
            return ("<AWS_ACCESS_KEY_ID>", "<AWS_SECRET_ACCESS_KEY>"), "placeholder"
        if c < 0.7:
            return ("${AWS_ACCESS_KEY_ID}", "${AWS_SECRET_ACCESS_KEY}"), "env-reference"
        if c < 0.85:
            return ("AKIA" + "*" * 16, "*" * 40), "masked"
        return ("", ""), "empty"
    cats = [("placeholder", 30), ("masked", 14), ("env-reference", 22), ("empty", 8),
            ("template-expression", 10), ("doc-example", 16 if kind in DOC_EXAMPLES else 0)]
    if style in ("pem", "jsonpem"):
        cats = [("placeholder", 40), ("masked", 20), ("env-reference", 20), ("empty", 10)]
    tot = sum(w for _, w in cats)
    x = r.uniform(0, tot)
    for cat, w in cats:
        x -= w
        if x <= 0:
            break
    if cat == "placeholder":
        return _placeholder(r, kind, style), cat
    if cat == "masked":
        return _masked(r, kind, style), cat
    if cat == "env-reference":
        return _envref(r, kind, style), cat
    if cat == "template-expression":
        return _template_expr(r, kind, style), cat
    if cat == "doc-example":
        v = r.choice(DOC_EXAMPLES[kind])
        if style == "url" and not v.isalnum():
            return "AbC123dEf", cat
        return v, cat
    return "", "empty"


class Slot:
    """The one secret slot of a template: a real secret or a harmless filler."""

    def __init__(self, r, neg):
        self.r = r
        self.neg = neg
        self.needle = None
        self.kind = None
        self.cat = None

    def __call__(self, kind, style="str", **kw):
        assert self.kind is None, "a template may fill only one slot"
        self.kind = kind
        if not self.neg:
            v = GEN[kind](self.r, **kw)
            n = v[1] if isinstance(v, tuple) else v
            if "\n" in n:
                n = n.splitlines()[0]
            self.needle = n
            self.cat = KINFO[kind][0]
            return v
        v, cat = fill(self.r, kind, style)
        self.cat = cat
        return v


def q(s):
    """JSON-style double-quoted string."""
    return json.dumps(s)


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + ln if ln else ln for ln in text.splitlines())


def fmt(t, **kw):
    for k, v in kw.items():
        t = t.replace("@@%s@@" % k, str(v))
    assert "@@" not in t, t[:200]
    return t.lstrip("\n")


# ==========================================================================
# POSITIVE TEMPLATES (each also serves as a slot negative)
# signature: fn(r, S) -> (relpath, text); S(kind, style) fills the slot once
# ==========================================================================

POS = []


def pos(provider):
    def deco(fn):
        POS.append((fn, provider))
        return fn
    return deco


# ---------------------------- Supabase ------------------------------------

@pos("Supabase")
def t_supa_edge_fn(r, S):
    ref = supa_ref(r)
    key = S("supa_service_jwt", ref=ref)
    fn = r.choice(["send-push", "purge-deleted-users", "sync-receipts", "nightly-digest"])
    tbl = r.choice(TABLES)
    return "supabase/functions/%s/index.ts" % fn, fmt('''
import { serve } from "https://deno.land/std@0.177.0/http/server.ts";
import { createClient } from "https://esm.sh/@supabase/supabase-js@2";

// Runs with elevated rights: the function bypasses RLS on purpose.
const admin = createClient(
  Deno.env.get("SUPABASE_URL") ?? "https://@@ref@@.supabase.co",
  "@@key@@",
  { auth: { persistSession: false } },
);

serve(async (req) => {
  const { since } = await req.json();
  const { data, error } = await admin
    .from("@@tbl@@")
    .select("id, user_id, updated_at")
    .gte("updated_at", since)
    .limit(500);
  if (error) {
    return new Response(JSON.stringify({ error: error.message }), { status: 500 });
  }
  return new Response(JSON.stringify({ count: data.length }), {
    headers: { "Content-Type": "application/json" },
  });
});
''', ref=ref, key=key, tbl=tbl)


@pos("Supabase")
def t_supa_admin_ts(r, S):
    ref = supa_ref(r)
    key = S("supa_service_jwt", ref=ref)
    return r.choice(["server/lib/supabaseAdmin.ts", "apps/api/src/supabase/admin.ts",
                     "backend/src/db/supabase-admin.ts"]), fmt('''
import { createClient, SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../types/database';

export const SUPABASE_URL = 'https://@@ref@@.supabase.co';
export const SUPABASE_SERVICE_ROLE_KEY = '@@key@@';

let cached: SupabaseClient<Database> | null = null;

/** Server-only client. Never import this from the Expo app. */
export function supabaseAdmin(): SupabaseClient<Database> {
  if (!cached) {
    cached = createClient<Database>(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {
      auth: { autoRefreshToken: false, persistSession: false },
    });
  }
  return cached;
}
''', ref=ref, key=key)


@pos("Supabase")
def t_supa_py_script(r, S):
    ref = supa_ref(r)
    key = S("supa_sb_secret")
    tbl = r.choice(TABLES)
    return "scripts/backfill_%s.py" % tbl, fmt('''
#!/usr/bin/env python3
"""One-off backfill: copy legacy rows into @@tbl@@ (run from a laptop, not CI)."""
import csv
import sys

from supabase import create_client

client = create_client("https://@@ref@@.supabase.co", "@@key@@")


def main(path):
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh))
    for start in range(0, len(rows), 200):
        batch = rows[start:start + 200]
        client.table("@@tbl@@").upsert(batch, on_conflict="id").execute()
        print(f"upserted {start + len(batch)}/{len(rows)}")


if __name__ == "__main__":
    main(sys.argv[1])
''', ref=ref, key=key, tbl=tbl)


@pos("Supabase")
def t_supa_compose(r, S):
    key = S("supa_service_jwt", style="bare")
    return r.choice(["docker/docker-compose.yml", "selfhost/docker-compose.yml", "docker-compose.yml"]), fmt('''
# Self-hosted Supabase (trimmed): only the services the mobile app talks to.
services:
  kong:
    image: kong:2.8.1
    restart: unless-stopped
    ports:
      - "8000:8000/tcp"
    environment:
      KONG_DATABASE: "off"
      KONG_DECLARATIVE_CONFIG: /home/kong/kong.yml
      SUPABASE_ANON_KEY: ${ANON_KEY}
      SUPABASE_SERVICE_KEY: @@key@@
    volumes:
      - ./volumes/api/kong.yml:/home/kong/temp.yml:ro

  rest:
    image: postgrest/postgrest:v12.2.0
    depends_on:
      - db
    environment:
      PGRST_DB_URI: postgres://authenticator:${POSTGRES_PASSWORD}@db:5432/postgres
      PGRST_DB_SCHEMAS: public,storage,graphql_public
      PGRST_DB_ANON_ROLE: anon
      PGRST_JWT_SECRET: ${JWT_SECRET}

  db:
    image: supabase/postgres:15.6.1.146
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
    volumes:
      - ./volumes/db/data:/var/lib/postgresql/data
''', key=key)


@pos("Supabase")
def t_supa_env(r, S):
    ref = supa_ref(r)
    key = S("supa_service_jwt", style="bare", ref=ref)
    anon_ph = "see dashboard"
    return r.choice([".env", ".env.production", "apps/api/.env.local"]), fmt('''
NODE_ENV=production
PORT=8080
SUPABASE_URL=https://@@ref@@.supabase.co
# anon key lives in the mobile app config (@@anon@@)
SUPABASE_SERVICE_ROLE_KEY=@@key@@
EXPO_PUSH_BATCH_SIZE=100
LOG_LEVEL=info
''', ref=ref, key=key, anon=anon_ph)


@pos("Supabase")
def t_supa_gh_pat(r, S):
    ref = supa_ref(r)
    tok = S("supa_pat", style="bare")
    return ".github/workflows/db-migrate.yml", fmt('''
name: Push database migrations

on:
  push:
    branches: [main]
    paths: ["supabase/migrations/**"]

jobs:
  migrate:
    runs-on: ubuntu-latest
    env:
      SUPABASE_ACCESS_TOKEN: @@tok@@
      SUPABASE_DB_PASSWORD: ${{ secrets.SUPABASE_DB_PASSWORD }}
      PROJECT_REF: @@ref@@
    steps:
      - uses: actions/checkout@v4
      - uses: supabase/setup-cli@v1
        with:
          version: latest
      - run: supabase link --project-ref "$PROJECT_REF"
      - run: supabase db push
''', ref=ref, tok=tok)


@pos("Supabase")
def t_supa_curl(r, S):
    ref = supa_ref(r)
    key = S("supa_service_jwt", ref=ref)
    tbl = r.choice(TABLES)
    return r.choice(["scripts/purge_test_users.sh", "tools/reset-staging.sh"]), fmt('''
#!/usr/bin/env bash
# Deletes the QA accounts created by the Detox e2e runs.
set -euo pipefail

API="https://@@ref@@.supabase.co/rest/v1"

curl -sS -X DELETE "$API/@@tbl@@?created_by=like.qa-*" \\
  -H "apikey: @@key@@" \\
  -H "Authorization: Bearer @@key@@" \\
  -H "Prefer: return=minimal"

echo "done"
''', ref=ref, key=key, tbl=tbl)


@pos("Supabase")
def t_supa_flutter(r, S):
    ref = supa_ref(r)
    key = S("supa_sb_secret")
    return r.choice(["lib/admin/bootstrap.dart", "tool/seed_data.dart", "lib/services/supabase_init.dart"]), fmt('''
import 'package:flutter/widgets.dart';
import 'package:supabase_flutter/supabase_flutter.dart';

import '../app.dart';

Future<void> bootstrap() async {
  WidgetsFlutterBinding.ensureInitialized();
  await Supabase.initialize(
    url: 'https://@@ref@@.supabase.co',
    anonKey: '@@key@@',
    authOptions: const FlutterAuthClientOptions(
      authFlowType: AuthFlowType.pkce,
    ),
  );
  runApp(const App());
}

SupabaseClient get db => Supabase.instance.client;
''', ref=ref, key=key)


@pos("Supabase")
def t_supa_swift(r, S):
    ref = supa_ref(r)
    key = S("supa_service_jwt", ref=ref)
    name = app_name(r).capitalize()
    return "%s/Services/SupabaseService.swift" % name, fmt('''
import Foundation
import Supabase

final class SupabaseService {
    static let shared = SupabaseService()

    let client: SupabaseClient

    private init() {
        client = SupabaseClient(
            supabaseURL: URL(string: "https://@@ref@@.supabase.co")!,
            supabaseKey: "@@key@@"
        )
    }

    func fetchProfile(id: UUID) async throws -> Profile {
        try await client
            .from("profiles")
            .select()
            .eq("id", value: id)
            .single()
            .execute()
            .value
    }
}
''', ref=ref, key=key)


@pos("Supabase")
def t_supa_drizzle(r, S):
    ref = supa_ref(r)
    reg = r.choice(AWS_REGIONS)
    pw = S("supa_db_pw", style="url")
    return "drizzle.config.ts", fmt('''
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    // transaction pooler, port 6543
    url: "postgresql://postgres.@@ref@@:@@pw@@@aws-0-@@reg@@.pooler.supabase.com:6543/postgres",
  },
  verbose: true,
  strict: true,
});
''', ref=ref, pw=pw, reg=reg)


@pos("Supabase")
def t_supa_tf(r, S):
    pw = S("supa_db_pw")
    name = app_name(r)
    return "infra/supabase/main.tf", fmt('''
terraform {
  required_providers {
    supabase = {
      source  = "supabase/supabase"
      version = "~> 1.0"
    }
  }
}

provider "supabase" {
  access_token = var.supabase_access_token
}

resource "supabase_project" "@@name@@" {
  organization_id   = var.organization_id
  name              = "@@name@@-production"
  database_password = "@@pw@@"
  region            = "eu-central-1"

  lifecycle {
    ignore_changes = [database_password]
  }
}
''', name=name, pw=pw)


@pos("Supabase")
def t_supa_md(r, S):
    ref = supa_ref(r)
    pw = S("supa_db_pw", style="url")
    return r.choice(["docs/runbooks/database.md", "docs/ops/restore.md"]), fmt('''
# Database runbook

## Connecting directly

Use the direct connection (not the pooler) for `pg_dump` and migrations:

```bash
psql "postgresql://postgres:@@pw@@@db.@@ref@@.supabase.co:5432/postgres"
```

## Taking a logical backup

```bash
pg_dump --schema=public --no-owner --format=custom \\
  --file "backup-$(date +%F).dump" "$DATABASE_URL"
```

Restores go to a branch project first; never straight into production.
''', ref=ref, pw=pw)


@pos("Supabase")
def t_supa_kotlin(r, S):
    ref = supa_ref(r)
    key = S("supa_sb_secret")
    pkg = bundle_id(r)
    return "app/src/main/java/%s/data/SupabaseModule.kt" % pkg.replace(".", "/"), fmt('''
package @@pkg@@.data

import io.github.jan.supabase.createSupabaseClient
import io.github.jan.supabase.postgrest.Postgrest
import io.github.jan.supabase.storage.Storage

object SupabaseModule {
    val client = createSupabaseClient(
        supabaseUrl = "https://@@ref@@.supabase.co",
        supabaseKey = "@@key@@"
    ) {
        install(Postgrest)
        install(Storage)
    }
}
''', pkg=pkg, ref=ref, key=key)


@pos("Supabase")
def t_supa_jwt_yaml(r, S):
    sec = S("supa_jwt_secret", style="bare")
    ref = supa_ref(r)
    return r.choice(["config/auth.yaml", "deploy/gateway/config.yaml"]), fmt('''
gateway:
  listen: 0.0.0.0:9000
  upstream: https://@@ref@@.supabase.co
auth:
  # verify Supabase-issued access tokens locally instead of calling /auth/v1/user
  issuer: https://@@ref@@.supabase.co/auth/v1
  audience: authenticated
  algorithm: HS256
  jwt_secret: "@@sec@@"
  leeway_seconds: 30
rate_limit:
  per_user_per_minute: 120
''', ref=ref, sec=sec)


# ---------------------------- Firebase ------------------------------------

def sa_json(r, proj, pk, pkid=None):
    sa = "firebase-adminsdk-%s" % rs(r, LOWALNUM, 5)
    cid = str(r.randint(10 ** 20, 10 ** 21 - 1))
    pkid = pkid or rhex(r, 40)
    return fmt('''
{
  "type": "service_account",
  "project_id": "@@proj@@",
  "private_key_id": "@@pkid@@",
  "private_key": "@@pk@@",
  "client_email": "@@sa@@@@@proj@@.iam.gserviceaccount.com",
  "client_id": "@@cid@@",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/@@sa@@%40@@proj@@.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
''', proj=proj, pkid=pkid, pk=pk, sa=sa, cid=cid)


@pos("Firebase")
def t_fb_sa_json(r, S):
    proj = fb_project(r)
    pk = S("gcp_pem_json", style="jsonpem")
    path = r.choice(["functions/serviceAccountKey.json", "server/config/firebase-admin.json",
                     "secrets/%s-firebase-adminsdk.json" % proj, "backend/%s-%s.json" % (proj, rhex(r, 10))])
    return path, sa_json(r, proj, pk)


@pos("Firebase")
def t_fb_admin_node(r, S):
    proj = fb_project(r)
    pk = S("gcp_pem_json", style="jsonpem")
    sa = "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LOWALNUM, 5), proj)
    return r.choice(["server/firebase.js", "api/src/firebaseAdmin.js", "functions/src/admin.ts"]), fmt('''
const admin = require("firebase-admin");

if (!admin.apps.length) {
  admin.initializeApp({
    credential: admin.credential.cert({
      projectId: "@@proj@@",
      clientEmail: "@@sa@@",
      privateKey: "@@pk@@",
    }),
    databaseURL: "https://@@proj@@-default-rtdb.firebaseio.com",
  });
}

const db = admin.firestore();
const messaging = admin.messaging();

module.exports = { admin, db, messaging };
''', proj=proj, sa=sa, pk=pk)


@pos("Firebase")
def t_fb_helm_pem(r, S):
    proj = fb_project(r)
    pk = S("gcp_pem", style="pem")
    body = indent(pk.rstrip("\n"), 6)
    return r.choice(["deploy/helm/push-service/values-prod.yaml", "charts/notifier/values.yaml"]), fmt('''
replicaCount: 2

image:
  repository: ghcr.io/acme/push-service
  tag: "1.14.2"

firebase:
  projectId: @@proj@@
  clientEmail: push-sender@@@proj@@.iam.gserviceaccount.com
  privateKey: |
@@body@@

resources:
  requests:
    cpu: 100m
    memory: 128Mi
''', proj=proj, body=body)


@pos("Firebase")
def t_fb_py_cert(r, S):
    proj = fb_project(r)
    pk = S("gcp_pem_json", style="jsonpem")
    return r.choice(["app/firebase_client.py", "notifications/fcm.py"]), fmt('''
import firebase_admin
from firebase_admin import credentials, messaging

_cred = credentials.Certificate({
    "type": "service_account",
    "project_id": "@@proj@@",
    "private_key_id": "@@kid@@",
    "private_key": "@@pk@@",
    "client_email": "fcm-sender@@@proj@@.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
})
firebase_admin.initialize_app(_cred)


def notify(token: str, title: str, body: str) -> str:
    msg = messaging.Message(
        token=token,
        notification=messaging.Notification(title=title, body=body),
    )
    return messaging.send(msg)
''', proj=proj, pk=pk, kid=rhex(r, 40))


@pos("Firebase")
def t_fb_rtdb_dart(r, S):
    proj = fb_project(r)
    sec = S("fb_db_secret", style="url")
    return r.choice(["lib/data/leaderboard_repository.dart", "lib/api/rtdb_api.dart"]), fmt('''
import 'dart:convert';

import 'package:http/http.dart' as http;

class LeaderboardRepository {
  static const _url =
      'https://@@proj@@-default-rtdb.firebaseio.com/scores.json?auth=@@sec@@';

  Future<List<Map<String, dynamic>>> top() async {
    final res = await http.get(Uri.parse('$_url&orderBy="score"&limitToLast=20'));
    if (res.statusCode != 200) {
      throw Exception('leaderboard: ${res.statusCode}');
    }
    final data = jsonDecode(res.body) as Map<String, dynamic>;
    return data.values.cast<Map<String, dynamic>>().toList();
  }
}
''', proj=proj, sec=sec)


@pos("Firebase")
def t_fb_rtdb_settings(r, S):
    proj = fb_project(r)
    sec = S("fb_db_secret")
    return r.choice(["backend/settings.py", "config/settings/production.py"]), fmt('''
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["api.@@dom@@"]

FIREBASE_DATABASE_URL = "https://@@proj@@-default-rtdb.firebaseio.com"
FIREBASE_DATABASE_SECRET = "@@sec@@"

CELERY_BROKER_URL = "redis://redis:6379/0"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', proj=proj, sec=sec, dom=r.choice(DOMAINS))


@pos("Firebase")
def t_fcm_php(r, S):
    key = S("fcm_server_key")
    return r.choice(["app/Services/PushNotifier.php", "src/Push/FcmLegacySender.php"]), fmt('''
<?php

namespace App\\Services;

use Illuminate\\Support\\Facades\\Http;

class PushNotifier
{
    private const ENDPOINT = 'https://fcm.googleapis.com/fcm/send';

    public function send(string $token, string $title, string $body): bool
    {
        $response = Http::withHeaders([
            'Authorization' => 'key=@@key@@',
            'Content-Type' => 'application/json',
        ])->post(self::ENDPOINT, [
            'to' => $token,
            'notification' => ['title' => $title, 'body' => $body],
        ]);

        return $response->successful();
    }
}
''', key=key)


@pos("Firebase")
def t_fcm_yaml(r, S):
    key = S("fcm_server_key", style="bare")
    return r.choice(["config/push.yml", "config/notifications.yml"]), fmt('''
default: &default
  apns:
    topic: @@bundle@@
    environment: production
  fcm:
    legacy_api: true
    server_key: @@key@@
    sender_id: "@@sender@@"

production:
  <<: *default

development:
  <<: *default
  apns:
    environment: sandbox
''', key=key, bundle=bundle_id(r), sender=r.randint(10 ** 11, 10 ** 12 - 1))


@pos("Firebase")
def t_fb_ci_token(r, S):
    tok = S("fb_ci_token")
    proj = fb_project(r)
    return ".gitlab-ci.yml", fmt('''
stages: [test, deploy]

test:
  stage: test
  image: node:20
  script:
    - npm ci
    - npm test -- --ci

deploy_hosting:
  stage: deploy
  image: node:20
  only: [main]
  script:
    - npm ci && npm run build
    - npx firebase-tools deploy --only hosting,functions --project @@proj@@ --token "@@tok@@" --non-interactive
''', proj=proj, tok=tok)


@pos("Apple APNs")
def t_apns_p8(r, S):
    key = S("apns_p8", style="pem")
    kid = rs(r, UPPER + DIGITS, 10)
    return "push/certs/AuthKey_%s.p8" % kid, key


@pos("Apple APNs")
def t_apns_node(r, S):
    kid = rs(r, UPPER + DIGITS, 10)
    team = rs(r, UPPER + DIGITS, 10)
    pk = S("apns_p8", style="pem")
    body = pk.rstrip("\n")
    return r.choice(["server/push/apns.js", "services/notifier/apnsProvider.js"]), fmt('''
const apn = require("@parse/node-apn");

// token-based auth (.p8) for the iOS app
const APNS_KEY = `@@body@@`;

const provider = new apn.Provider({
  token: { key: APNS_KEY, keyId: "@@kid@@", teamId: "@@team@@" },
  production: process.env.NODE_ENV === "production",
});

async function push(deviceToken, alert) {
  const note = new apn.Notification({ alert, sound: "default", topic: "@@bundle@@" });
  return provider.send(note, deviceToken);
}

module.exports = { push };
''', body=body, kid=kid, team=team, bundle=bundle_id(r))


# ---------------------------- Appwrite ------------------------------------

@pos("Appwrite")
def t_aw_node(r, S):
    pid = appwrite_pid(r)
    key = S("appwrite_key")
    return r.choice(["functions/cleanup/src/main.js", "server/appwrite.js", "scripts/migrate-buckets.mjs"]), fmt('''
import { Client, Databases, Query } from "node-appwrite";

const client = new Client()
  .setEndpoint("https://cloud.appwrite.io/v1")
  .setProject("@@pid@@")
  .setKey("@@key@@");

const databases = new Databases(client);

export default async function cleanup() {
  const stale = await databases.listDocuments("main", "sessions", [
    Query.lessThan("$updatedAt", new Date(Date.now() - 30 * 864e5).toISOString()),
    Query.limit(100),
  ]);
  for (const doc of stale.documents) {
    await databases.deleteDocument("main", "sessions", doc.$id);
  }
  return stale.total;
}
''', pid=pid, key=key)


@pos("Appwrite")
def t_aw_dart(r, S):
    pid = appwrite_pid(r)
    key = S("appwrite_key")
    return r.choice(["functions/notify/lib/main.dart", "bin/seed.dart"]), fmt('''
import 'package:dart_appwrite/dart_appwrite.dart';

final client = Client()
    .setEndpoint('https://fra.cloud.appwrite.io/v1')
    .setProject('@@pid@@')
    .setKey('@@key@@');

Future<void> main(List<String> args) async {
  final users = Users(client);
  final list = await users.list(queries: [Query.limit(25)]);
  for (final u in list.users) {
    print('${u.$id}\\t${u.email}\\t${u.status}');
  }
}
''', pid=pid, key=key)


@pos("Appwrite")
def t_aw_cli_gh(r, S):
    pid = appwrite_pid(r)
    key = S("appwrite_key")
    return ".github/workflows/appwrite-functions.yml", fmt('''
name: Deploy Appwrite functions
on:
  push:
    branches: [main]
    paths: ["functions/**", "appwrite.json"]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm install -g appwrite-cli
      - run: |
          appwrite client \\
            --endpoint https://cloud.appwrite.io/v1 \\
            --project-id @@pid@@ \\
            --key "@@key@@"
          appwrite push functions --all --force
''', pid=pid, key=key)


@pos("Appwrite")
def t_aw_py(r, S):
    pid = appwrite_pid(r)
    key = S("appwrite_key")
    return r.choice(["tools/export_users.py", "backend/appwrite_sync.py"]), fmt('''
from appwrite.client import Client
from appwrite.services.users import Users
from appwrite.query import Query

client = Client()
client.set_endpoint("https://cloud.appwrite.io/v1")
client.set_project("@@pid@@")
client.set_key("@@key@@")

users = Users(client)


def export(path="users.csv"):
    offset = 0
    with open(path, "w") as out:
        out.write("id,email,registration\\n")
        while True:
            page = users.list(queries=[Query.limit(100), Query.offset(offset)])
            for u in page["users"]:
                out.write(f"{u['$id']},{u['email']},{u['registration']}\\n")
            if len(page["users"]) < 100:
                break
            offset += 100
''', pid=pid, key=key)


@pos("Appwrite")
def t_aw_yaml(r, S):
    pid = appwrite_pid(r)
    key = S("appwrite_key", style="bare")
    return r.choice(["config/services.yaml", "config/packages/appwrite.yaml"]), fmt('''
parameters:
  app.locale: en
  appwrite.endpoint: 'https://cloud.appwrite.io/v1'
  appwrite.project: '@@pid@@'
  appwrite.bucket.avatars: 'avatars'
  appwrite.api_key: @@key@@

services:
  _defaults:
    autowire: true
    autoconfigure: true
  App\\Appwrite\\ClientFactory:
    arguments: ['%appwrite.endpoint%', '%appwrite.project%', '%appwrite.api_key%']
''', pid=pid, key=key)


# ---------------------------- Parse / Back4App ----------------------------

@pos("Parse Server")
def t_parse_index(r, S):
    mk = S("parse_master")
    appid = rs(r, ALNUM, 40) if r.random() < 0.5 else app_name(r) + "-app"
    return r.choice(["index.js", "server/index.js", "parse/index.js"]), fmt('''
const express = require("express");
const { ParseServer } = require("parse-server");
const path = require("path");

const config = {
  databaseURI: process.env.DATABASE_URI || "mongodb://localhost:27017/dev",
  cloud: path.join(__dirname, "cloud/main.js"),
  appId: "@@appid@@",
  masterKey: "@@mk@@",
  serverURL: process.env.SERVER_URL || "http://localhost:1337/parse",
  liveQuery: { classNames: ["Message", "Ride"] },
  allowClientClassCreation: false,
};

const app = express();
const server = new ParseServer(config);
server.start().then(() => {
  app.use("/parse", server.app);
  app.listen(1337, () => console.log("parse-server running on port 1337"));
});
''', appid=appid, mk=mk)


@pos("Back4App")
def t_parse_curl(r, S):
    mk = S("parse_master")
    appid = rs(r, ALNUM, 40)
    return r.choice(["scripts/create_indexes.sh", "ops/back4app/schema-sync.sh"]), fmt('''
#!/bin/sh
# Adds the indexes the feed query needs (Back4App does not expose them in the UI).
APP_ID="@@appid@@"

curl -X PUT \\
  -H "X-Parse-Application-Id: ${APP_ID}" \\
  -H "X-Parse-Master-Key: @@mk@@" \\
  -H "Content-Type: application/json" \\
  -d '{"className":"Post","indexes":{"author_createdAt":{"author":1,"createdAt":-1}}}' \\
  https://parseapi.back4app.com/schemas/Post
''', appid=appid, mk=mk)


@pos("Back4App")
def t_parse_swift(r, S):
    mk = S("parse_master")
    appid = rs(r, ALNUM, 40)
    ck = rs(r, ALNUM, 40)
    name = app_name(r).capitalize()
    return "%s/AppDelegate.swift" % name, fmt('''
import UIKit
import ParseSwift

@main
class AppDelegate: UIResponder, UIApplicationDelegate {
    func application(_ application: UIApplication,
                     didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        ParseSwift.initialize(applicationId: "@@appid@@",
                              clientKey: "@@ck@@",
                              masterKey: "@@mk@@",
                              serverURL: URL(string: "https://parseapi.back4app.com")!)
        return true
    }
}
''', appid=appid, ck=ck, mk=mk)


@pos("Back4App")
def t_parse_py(r, S):
    mk = S("parse_master")
    appid = rs(r, ALNUM, 40)
    return r.choice(["jobs/expire_listings.py", "tools/parse_admin.py"]), fmt('''
import requests

PARSE_URL = "https://parseapi.back4app.com"
HEADERS = {
    "X-Parse-Application-Id": "@@appid@@",
    "X-Parse-Master-Key": "@@mk@@",
    "Content-Type": "application/json",
}


def expire(before_iso):
    where = {"expiresAt": {"$lt": {"__type": "Date", "iso": before_iso}}, "active": True}
    res = requests.get(f"{PARSE_URL}/classes/Listing", headers=HEADERS,
                       params={"where": __import__("json").dumps(where), "limit": 1000})
    res.raise_for_status()
    for item in res.json()["results"]:
        requests.put(f"{PARSE_URL}/classes/Listing/{item['objectId']}",
                     headers=HEADERS, json={"active": False}).raise_for_status()
''', appid=appid, mk=mk)


@pos("Parse Server")
def t_parse_compose(r, S):
    mk = S("parse_master", style="bare")
    return "docker-compose.yml", fmt('''
version: "3.8"
services:
  mongo:
    image: mongo:6
    volumes:
      - mongo-data:/data/db
  parse:
    image: parseplatform/parse-server:7.3.0
    depends_on: [mongo]
    ports:
      - "1337:1337"
    environment:
      PARSE_SERVER_APPLICATION_ID: @@appid@@
      PARSE_SERVER_MASTER_KEY: @@mk@@
      PARSE_SERVER_DATABASE_URI: mongodb://mongo:27017/parse
      PARSE_SERVER_MOUNT_PATH: /parse
  dashboard:
    image: parseplatform/parse-dashboard:5.4.0
    ports:
      - "4040:4040"
volumes:
  mongo-data:
''', appid=app_name(r) + "-prod", mk=mk)


# ---------------------------- Nhost / Hasura -----------------------------

@pos("Nhost")
def t_nhost_secrets(r, S):
    sec = S("nhost_admin", style="bare")
    return r.choice([".secrets", "backend/.secrets"]), fmt('''
# Local overrides for `nhost up`. Values for the cloud project are set in the dashboard.
HASURA_GRAPHQL_ADMIN_SECRET = '@@sec@@'
NHOST_WEBHOOK_SECRET = '{{ secrets.NHOST_WEBHOOK_SECRET }}'
''', sec=sec)


@pos("Nhost")
def t_nhost_client(r, S):
    sub = nhost_sub(r)
    reg = r.choice(["eu-central-1", "us-east-1", "ap-south-1", "eu-west-2"])
    sec = S("nhost_admin")
    return r.choice(["server/nhost.ts", "scripts/seed-users.ts", "functions/_utils/nhost.ts"]), fmt('''
import { NhostClient } from '@nhost/nhost-js'

export const nhost = new NhostClient({
  subdomain: '@@sub@@',
  region: '@@reg@@',
  adminSecret: '@@sec@@',
})

export async function setRole(userId: string, role: string) {
  const { error } = await nhost.graphql.request(
    `mutation ($id: uuid!, $role: String!) {
      updateUser(pk_columns: { id: $id }, _set: { defaultRole: $role }) { id }
    }`,
    { id: userId, role },
  )
  if (error) throw new Error(JSON.stringify(error))
}
''', sub=sub, reg=reg, sec=sec)


@pos("Hasura")
def t_hasura_compose(r, S):
    sec = S("hasura_admin", style="bare")
    return r.choice(["docker-compose.yml", "hasura/docker-compose.yaml"]), fmt('''
services:
  postgres:
    image: postgres:15
    restart: always
    volumes:
      - db_data:/var/lib/postgresql/data
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
  graphql-engine:
    image: hasura/graphql-engine:v2.40.0
    ports:
      - "8080:8080"
    depends_on:
      - postgres
    restart: always
    environment:
      HASURA_GRAPHQL_METADATA_DATABASE_URL: postgres://postgres:${POSTGRES_PASSWORD}@postgres:5432/postgres
      HASURA_GRAPHQL_ENABLE_CONSOLE: "false"
      HASURA_GRAPHQL_DEV_MODE: "false"
      HASURA_GRAPHQL_ADMIN_SECRET: @@sec@@
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: anonymous
volumes:
  db_data:
''', sec=sec)


@pos("Hasura")
def t_hasura_cli_config(r, S):
    sec = S("hasura_admin", style="bare")
    return "hasura/config.yaml", fmt('''
version: 3
endpoint: https://@@name@@-api.hasura.app
admin_secret: @@sec@@
metadata_directory: metadata
migrations_directory: migrations
seeds_directory: seeds
actions:
  kind: synchronous
  handler_webhook_baseurl: http://host.docker.internal:3000
''', name=app_name(r), sec=sec)


@pos("Hasura")
def t_hasura_jwt_k8s(r, S):
    key = S("hasura_jwt_key")
    return r.choice(["k8s/hasura/deployment.yaml", "deploy/hasura.yaml"]), fmt('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hasura
  labels: { app: hasura }
spec:
  replicas: 2
  selector:
    matchLabels: { app: hasura }
  template:
    metadata:
      labels: { app: hasura }
    spec:
      containers:
        - name: graphql-engine
          image: hasura/graphql-engine:v2.40.0
          ports:
            - containerPort: 8080
          env:
            - name: HASURA_GRAPHQL_DATABASE_URL
              valueFrom:
                secretKeyRef: { name: hasura-db, key: url }
            - name: HASURA_GRAPHQL_JWT_SECRET
              value: '{"type":"HS256","key":"@@key@@","claims_namespace":"https://hasura.io/jwt/claims"}'
''', key=key)


@pos("Hasura")
def t_hasura_fetch(r, S):
    sec = S("hasura_admin")
    return r.choice(["src/server/graphqlAdmin.js", "workers/sync/hasura.js"]), fmt('''
const HASURA_URL = "https://@@name@@.hasura.app/v1/graphql";

async function adminQuery(query, variables = {}) {
  const res = await fetch(HASURA_URL, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-hasura-admin-secret": "@@sec@@",
    },
    body: JSON.stringify({ query, variables }),
  });
  const json = await res.json();
  if (json.errors) throw new Error(json.errors[0].message);
  return json.data;
}

module.exports = { adminQuery };
''', name=app_name(r), sec=sec)


@pos("Hasura")
def t_hasura_py(r, S):
    sec = S("hasura_admin")
    sub = nhost_sub(r)
    return r.choice(["etl/load_events.py", "scripts/graphql_backfill.py"]), fmt('''
from gql import Client, gql
from gql.transport.requests import RequestsHTTPTransport

transport = RequestsHTTPTransport(
    url="https://@@sub@@.hasura.eu-central-1.nhost.run/v1/graphql",
    headers={"x-hasura-admin-secret": "@@sec@@"},
    retries=3,
)
client = Client(transport=transport, fetch_schema_from_transport=False)

INSERT = gql("""
mutation insert($rows: [events_insert_input!]!) {
  insert_events(objects: $rows, on_conflict: {constraint: events_pkey, update_columns: []}) {
    affected_rows
  }
}
""")


def load(rows):
    return client.execute(INSERT, variable_values={"rows": rows})
''', sub=sub, sec=sec)


@pos("Hasura")
def t_hasura_kotlin(r, S):
    sec = S("hasura_admin")
    pkg = bundle_id(r)
    return "app/src/debug/java/%s/di/ApolloModule.kt" % pkg.replace(".", "/"), fmt('''
package @@pkg@@.di

import com.apollographql.apollo3.ApolloClient
import dagger.Module
import dagger.Provides
import dagger.hilt.InstallIn
import dagger.hilt.components.SingletonComponent
import javax.inject.Singleton

@Module
@InstallIn(SingletonComponent::class)
object ApolloModule {
    @Provides
    @Singleton
    fun apollo(): ApolloClient = ApolloClient.Builder()
        .serverUrl("https://@@name@@.hasura.app/v1/graphql")
        .addHttpHeader("x-hasura-admin-secret", "@@sec@@")
        .build()
}
''', pkg=pkg, name=app_name(r), sec=sec)


# ---------------------------- PocketBase ----------------------------------

@pos("PocketBase")
def t_pb_dockerfile(r, S):
    pw = S("pb_pw")
    em = email(r)
    return r.choice(["Dockerfile", "pocketbase/Dockerfile"]), fmt('''
FROM alpine:3.20

ARG PB_VERSION=0.22.21

RUN apk add --no-cache unzip ca-certificates
ADD https://github.com/pocketbase/pocketbase/releases/download/v${PB_VERSION}/pocketbase_${PB_VERSION}_linux_amd64.zip /tmp/pb.zip
RUN unzip /tmp/pb.zip -d /pb/ && rm /tmp/pb.zip

COPY ./pb_migrations /pb/pb_migrations
COPY ./pb_hooks /pb/pb_hooks

RUN /pb/pocketbase superuser upsert @@em@@ '@@pw@@'

EXPOSE 8080
CMD ["/pb/pocketbase", "serve", "--http=0.0.0.0:8080"]
''', em=em, pw=pw)


@pos("PocketBase")
def t_pb_js(r, S):
    pw = S("pb_pw")
    em = email(r)
    return r.choice(["scripts/import-products.mjs", "tools/pb-seed.js"]), fmt('''
import PocketBase from "pocketbase";
import products from "./products.json" assert { type: "json" };

const pb = new PocketBase("https://pb.@@dom@@");

await pb.collection("_superusers").authWithPassword("@@em@@", "@@pw@@");

for (const p of products) {
  await pb.collection("products").create({
    name: p.name,
    price: p.price,
    sku: p.sku,
    active: true,
  });
}
console.log(`imported ${products.length} products`);
''', dom=r.choice(DOMAINS), em=em, pw=pw)


@pos("PocketBase")
def t_pb_compose(r, S):
    pw = S("pb_pw", style="bare")
    return r.choice(["deploy/docker-compose.yml", "docker-compose.prod.yml"]), fmt('''
services:
  pocketbase:
    build: ./pocketbase
    restart: unless-stopped
    ports:
      - "8090:8090"
    volumes:
      - pb_data:/pb/pb_data
    environment:
      PB_ENCRYPTION_KEY_FILE: /run/secrets/pb_encryption
      PB_ADMIN_EMAIL: @@em@@
      PB_ADMIN_PASSWORD: @@pw@@
    healthcheck:
      test: ["CMD", "wget", "-qO-", "http://localhost:8090/api/health"]
      interval: 30s
volumes:
  pb_data:
''', em=email(r), pw=pw)


@pos("PocketBase")
def t_pb_dart(r, S):
    pw = S("pb_pw")
    return r.choice(["tool/migrate_avatars.dart", "bin/pb_admin.dart"]), fmt('''
import 'package:pocketbase/pocketbase.dart';

Future<void> main() async {
  final pb = PocketBase('https://api.@@dom@@');
  await pb.collection('_superusers').authWithPassword(
    '@@em@@',
    '@@pw@@',
  );

  final users = await pb.collection('users').getFullList(filter: 'avatar = ""');
  for (final u in users) {
    await pb.collection('users').update(u.id, body: {'avatar_url': null});
  }
  print('updated ${users.length} users');
}
''', dom=r.choice(DOMAINS), em=email(r), pw=pw)


# ---------------------------- Convex --------------------------------------

@pos("Convex")
def t_convex_gh(r, S):
    key = S("convex", style="bare")
    return r.choice([".github/workflows/deploy.yml", ".github/workflows/convex.yml"]), fmt('''
name: Deploy backend
on:
  push:
    branches: [main]
jobs:
  convex:
    runs-on: ubuntu-latest
    env:
      CONVEX_DEPLOY_KEY: @@key@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx convex deploy --cmd "npm run build"
''', key=key)


@pos("Convex")
def t_convex_pkg(r, S):
    key = S("convex")
    name = app_name(r)
    return "package.json", fmt('''
{
  "name": "@@name@@",
  "version": "0.9.3",
  "private": true,
  "main": "expo-router/entry",
  "scripts": {
    "start": "expo start",
    "dev:backend": "convex dev",
    "deploy:backend": "CONVEX_DEPLOY_KEY='@@key@@' npx convex deploy",
    "lint": "eslint ."
  },
  "dependencies": {
    "convex": "^1.17.0",
    "expo": "~51.0.28",
    "expo-router": "~3.5.23",
    "react": "18.2.0",
    "react-native": "0.74.5"
  }
}
''', name=name, key=key)


@pos("Convex")
def t_convex_netlify(r, S):
    key = S("convex")
    return "netlify.toml", fmt('''
[build]
  command = "npx convex deploy --cmd 'npm run build'"
  publish = "dist"

[build.environment]
  NODE_VERSION = "20"
  CONVEX_DEPLOY_KEY = "@@key@@"

[[redirects]]
  from = "/*"
  to = "/index.html"
  status = 200
''', key=key)


@pos("Convex")
def t_convex_md(r, S):
    key = S("convex", style="bare")
    return r.choice(["docs/deploying.md", "DEPLOY.md"]), fmt('''
# Deploying the backend

The Expo app talks to Convex; the web dashboard is built on Vercel.

1. Make sure the schema passes locally: `npx convex dev --once`.
2. Deploy from your machine:

```sh
export CONVEX_DEPLOY_KEY=@@key@@
npx convex deploy
```

3. Check the logs in the Convex dashboard for failed scheduled functions.
''', key=key)


# ---------------------------- AWS Amplify / IAM ---------------------------

@pos("AWS Amplify")
def t_aws_amplify_sh(r, S):
    kid, sec = S("aws", style="bare")
    reg = r.choice(AWS_REGIONS)
    return r.choice(["scripts/amplify-ci.sh", "ci/amplify_pull.sh"]), fmt('''
#!/usr/bin/env bash
# Pull the Amplify backend config for the release build (headless).
set -euo pipefail

export AWS_ACCESS_KEY_ID=@@kid@@
export AWS_SECRET_ACCESS_KEY=@@sec@@
export AWS_REGION=@@reg@@

AWSCLOUDFORMATIONCONFIG="{\\"configLevel\\":\\"project\\",\\"useProfile\\":false,\\"region\\":\\"@@reg@@\\"}"
PROVIDERS="{\\"awscloudformation\\":$AWSCLOUDFORMATIONCONFIG}"

amplify pull --appId "@@app@@" --envName prod --providers "$PROVIDERS" --yes
''', kid=kid, sec=sec, reg=reg, app="d" + rs(r, LOWALNUM, 13))


@pos("AWS Amplify")
def t_aws_credentials(r, S):
    kid, sec = S("aws", style="bare")
    return r.choice(["deploy/aws/credentials", "infra/.aws/credentials"]), fmt('''
[default]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sec@@
region = @@reg@@

[amplify-readonly]
role_arn = arn:aws:iam::@@acct@@:role/AmplifyReadOnly
source_profile = default
''', kid=kid, sec=sec, reg=r.choice(AWS_REGIONS), acct=r.randint(10 ** 11, 10 ** 12 - 1))


@pos("AWS Amplify")
def t_aws_s3_node(r, S):
    kid, sec = S("aws")
    reg = r.choice(AWS_REGIONS)
    return r.choice(["server/storage/s3.js", "api/src/uploads.ts"]), fmt('''
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

const s3 = new S3Client({
  region: "@@reg@@",
  credentials: {
    accessKeyId: "@@kid@@",
    secretAccessKey: "@@sec@@",
  },
});

export async function uploadUrl(userId, fileName) {
  const cmd = new PutObjectCommand({
    Bucket: "@@bucket@@",
    Key: `protected/${userId}/${Date.now()}-${fileName}`,
    ContentType: "image/jpeg",
  });
  return getSignedUrl(s3, cmd, { expiresIn: 300 });
}
''', reg=reg, kid=kid, sec=sec, bucket="%s-userfiles-%s" % (app_name(r), rhex(r, 6)))


@pos("AWS Amplify")
def t_aws_rn(r, S):
    kid, sec = S("aws")
    return r.choice(["src/services/upload.js", "app/lib/awsUpload.js"]), fmt('''
import AWS from 'aws-sdk/dist/aws-sdk-react-native';

AWS.config.update({
  region: '@@reg@@',
  accessKeyId: '@@kid@@',
  secretAccessKey: '@@sec@@',
});

const s3 = new AWS.S3({ params: { Bucket: '@@bucket@@' } });

export function uploadPhoto(uri, key) {
  return fetch(uri)
    .then((res) => res.blob())
    .then((body) => s3.upload({ Key: key, Body: body, ContentType: 'image/jpeg' }).promise());
}
''', reg=r.choice(AWS_REGIONS), kid=kid, sec=sec, bucket="%s-media" % app_name(r))


@pos("AWS Amplify")
def t_aws_tf(r, S):
    kid, sec = S("aws")
    return r.choice(["infra/providers.tf", "terraform/amplify/provider.tf"]), fmt('''
provider "aws" {
  region     = "@@reg@@"
  access_key = "@@kid@@"
  secret_key = "@@sec@@"

  default_tags {
    tags = {
      Project   = "@@name@@"
      ManagedBy = "terraform"
    }
  }
}

resource "aws_amplify_app" "web" {
  name       = "@@name@@-web"
  repository = "https://github.com/acme/@@name@@"
  platform   = "WEB_COMPUTE"
}
''', reg=r.choice(AWS_REGIONS), kid=kid, sec=sec, name=app_name(r))


# ---------------------------- Backendless ---------------------------------

@pos("Backendless")
def t_bl_url(r, S):
    appid = ruuid(r, upper=True)
    key = S("backendless_rest", style="url")
    return r.choice(["server/jobs/syncOrders.js", "cron/backendless-export.js"]), fmt('''
const fetch = require("node-fetch");

const BASE = "https://api.backendless.com/@@appid@@/@@key@@";

async function pendingOrders() {
  const where = encodeURIComponent("status = 'PENDING'");
  const res = await fetch(`${BASE}/data/Orders?where=${where}&pageSize=100`);
  if (!res.ok) throw new Error(`backendless ${res.status}`);
  return res.json();
}

module.exports = { pendingOrders };
''', appid=appid, key=key)


@pos("Backendless")
def t_bl_py(r, S):
    appid = ruuid(r, upper=True)
    key = S("backendless_rest")
    return r.choice(["backend/backendless_config.py", "reports/config.py"]), fmt('''
BACKENDLESS_APP_ID = "@@appid@@"
BACKENDLESS_REST_API_KEY = "@@key@@"
BACKENDLESS_BASE_URL = f"https://api.backendless.com/{BACKENDLESS_APP_ID}"

REPORT_TABLES = ["Orders", "Customers", "Refunds"]
PAGE_SIZE = 100
''', appid=appid, key=key)


# ---------------------------- Kinvey --------------------------------------

@pos("Kinvey")
def t_kinvey_node(r, S):
    ms = S("kinvey_master")
    return r.choice(["server/kinvey.js", "scripts/kinvey-migrate.js"]), fmt('''
const Kinvey = require("kinvey-node-sdk");

Kinvey.init({
  appKey: "kid_@@ak@@",
  appSecret: "@@asec@@",
  masterSecret: "@@ms@@",
});

async function exportCollection(name) {
  const store = Kinvey.DataStore.collection(name, Kinvey.DataStoreType.Network);
  return store.find().toPromise();
}

module.exports = { exportCollection };
''', ak=rs(r, ALNUM, r.choice([9, 10])), asec=rhex(r, 32), ms=ms)


@pos("Kinvey")
def t_kinvey_curl(r, S):
    ms = S("kinvey_master")
    ak = "kid_" + rs(r, ALNUM, r.choice([9, 10]))
    return r.choice(["scripts/kinvey_backup.sh", "ops/kinvey-export.sh"]), fmt('''
#!/usr/bin/env bash
set -e
APP_KEY=@@ak@@

for coll in Accounts Visits Notes; do
  curl -s -u "$APP_KEY:@@ms@@" \\
    "https://baas.kinvey.com/appdata/$APP_KEY/$coll?query=%7B%7D" \\
    -o "backup/$coll.json"
done
''', ak=ak, ms=ms)


# ---------------------------- Atlas App Services / Realm ------------------

@pos("MongoDB Atlas App Services")
def t_realm_node(r, S):
    key = S("realm_key")
    appid = "%s-%s" % (r.choice(["application-0", "%s-app" % app_name(r), "sync-prod"]), rs(r, LOWER, 5))
    return r.choice(["server/realmClient.js", "workers/device-sync.js"]), fmt('''
const Realm = require("realm");

const app = new Realm.App({ id: "@@appid@@" });

async function login() {
  const credentials = Realm.Credentials.apiKey("@@key@@");
  const user = await app.logIn(credentials);
  return user.mongoClient("mongodb-atlas").db("@@db@@");
}

module.exports = { login };
''', appid=appid, key=key, db=app_name(r))


@pos("MongoDB Atlas App Services")
def t_realm_kotlin(r, S):
    key = S("realm_key")
    pkg = bundle_id(r)
    appid = "%s-%s" % (app_name(r), rs(r, LOWER, 5))
    return "shared/src/commonMain/kotlin/%s/sync/RealmSync.kt" % pkg.replace(".", "/"), fmt('''
package @@pkg@@.sync

import io.realm.kotlin.mongodb.App
import io.realm.kotlin.mongodb.Credentials
import io.realm.kotlin.mongodb.User

class RealmSync {
    private val app = App.create("@@appid@@")

    suspend fun kioskUser(): User =
        app.login(Credentials.apiKey("@@key@@"))
}
''', pkg=pkg, appid=appid, key=key)


# ---------------------------- Xata ----------------------------------------

@pos("Xata")
def t_xata_client(r, S):
    key = S("xata")
    ws = "%s-%s" % (app_name(r), rs(r, LOWALNUM, 6))
    return r.choice(["src/xata.ts", "lib/db/xata.ts"]), fmt('''
// Generated by Xata Codegen, then edited by hand.
import { buildClient } from "@xata.io/client";
import type { BaseClientOptions } from "@xata.io/client";
import { tables, DatabaseSchema } from "./schema";

const DatabaseClient = buildClient();

const defaultOptions = {
  databaseURL: "https://@@ws@@.us-east-1.xata.sh/db/@@db@@",
  apiKey: "@@key@@",
  branch: "main",
};

export class XataClient extends DatabaseClient<DatabaseSchema> {
  constructor(options?: BaseClientOptions) {
    super({ ...defaultOptions, ...options }, tables);
  }
}
''', ws=ws, db=app_name(r), key=key)


@pos("Xata")
def t_xata_pg(r, S):
    key = S("xata", style="url")
    ws = rs(r, LOWALNUM, 6)
    return r.choice(["prisma/README.md", "docs/xata-postgres.md"]), fmt('''
## Connecting Prisma to Xata (Postgres wire protocol)

`schema.prisma` reads `DATABASE_URL`; for local work I used:

```
postgresql://@@ws@@:@@key@@@us-east-1.sql.xata.sh/@@db@@:main?sslmode=require
```

Run `npx prisma db pull` after each schema change in the Xata UI.
''', ws=ws, key=key, db=app_name(r))


# ---------------------------- Neon ----------------------------------------

@pos("Neon")
def t_neon_py(r, S):
    pw = S("neon_pw", style="url")
    return r.choice(["app/db.py", "api/database.py"]), fmt('''
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

engine = create_engine(
    "postgresql+psycopg2://neondb_owner:@@pw@@@@@host@@/neondb?sslmode=require",
    pool_pre_ping=True,
    pool_size=5,
)
SessionLocal = sessionmaker(bind=engine, autoflush=False)


def get_session():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
''', pw=pw, host=neon_host(r))


@pos("Neon")
def t_neon_wrangler(r, S):
    pw = S("neon_pw", style="url")
    name = app_name(r)
    return "wrangler.toml", fmt('''
name = "@@name@@-api"
main = "src/index.ts"
compatibility_date = "2024-09-23"
compatibility_flags = ["nodejs_compat"]

[vars]
ENVIRONMENT = "production"
DATABASE_URL = "postgresql://@@name@@_app:@@pw@@@@@host@@/@@name@@?sslmode=require"

[[kv_namespaces]]
binding = "SESSIONS"
id = "@@kv@@"
''', name=name, pw=pw, host=neon_host(r), kv=rhex(r, 32))


@pos("Neon")
def t_neon_sql(r, S):
    pw = S("app_db_pw")
    name = app_name(r)
    return "migrations/0007_app_roles.sql", fmt('''
-- Roles for the mobile API (Neon project @@name@@).
CREATE ROLE @@name@@_api WITH LOGIN PASSWORD '@@pw@@';
GRANT CONNECT ON DATABASE neondb TO @@name@@_api;
GRANT USAGE ON SCHEMA public TO @@name@@_api;
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO @@name@@_api;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE ON TABLES TO @@name@@_api;
''', name=name, pw=pw)


# ---------------------------- Turso ---------------------------------------

@pos("Turso")
def t_turso_ts(r, S):
    tok = S("turso")
    return r.choice(["src/db/client.ts", "server/db.ts"]), fmt('''
import { createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import * as schema from "./schema";

const client = createClient({
  url: "libsql://@@db@@-@@org@@.turso.io",
  authToken: "@@tok@@",
});

export const db = drizzle(client, { schema });
''', db=app_name(r), org=r.choice(FIRST) + rs(r, DIGITS, 2), tok=tok)


@pos("Turso")
def t_turso_py(r, S):
    tok = S("turso")
    return r.choice(["worker/turso_sync.py", "scripts/turso_export.py"]), fmt('''
import libsql_client


def client():
    return libsql_client.create_client_sync(
        url="libsql://@@db@@-@@org@@.turso.io",
        auth_token="@@tok@@",
    )


if __name__ == "__main__":
    with client() as c:
        rs = c.execute("select count(*) from notes")
        print(rs.rows[0][0])
''', db=app_name(r), org=r.choice(ANIMAL), tok=tok)


@pos("Turso")
def t_turso_gh(r, S):
    tok = S("turso", style="bare")
    return ".github/workflows/migrate.yml", fmt('''
name: migrate
on:
  workflow_dispatch:
  push:
    branches: [main]
    paths: ["drizzle/**"]
jobs:
  migrate:
    runs-on: ubuntu-latest
    env:
      TURSO_DATABASE_URL: libsql://@@db@@-@@org@@.turso.io
      TURSO_AUTH_TOKEN: @@tok@@
    steps:
      - uses: actions/checkout@v4
      - uses: pnpm/action-setup@v4
      - run: pnpm install --frozen-lockfile
      - run: pnpm drizzle-kit migrate
''', db=app_name(r), org=r.choice(FIRST), tok=tok)


# ==========================================================================
# NEGATIVE LOOK-ALIKE TEMPLATES: fn(r) -> (relpath, text, provider, kind)
# ==========================================================================

NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def aiza(r):
    return "AIza" + rs(r, B64URL, 35)


def gmp_app_id(r, num, plat):
    return "1:%d:%s:%s" % (num, plat, rhex(r, 16 if plat != "web" else 22))


def oauth_client(r, num):
    return "%d-%s.apps.googleusercontent.com" % (num, rs(r, LOWALNUM, 32))


@neg
def n_google_services(r):
    name = app_name(r)
    proj = fb_project(r, name)
    num = r.randint(10 ** 11, 10 ** 12 - 1)
    pkg = bundle_id(r, name)
    return "android/app/google-services.json", fmt('''
{
  "project_info": {
    "project_number": "@@num@@",
    "firebase_url": "https://@@proj@@-default-rtdb.firebaseio.com",
    "project_id": "@@proj@@",
    "storage_bucket": "@@proj@@.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "@@appid@@",
        "android_client_info": {
          "package_name": "@@pkg@@"
        }
      },
      "oauth_client": [
        {
          "client_id": "@@oc@@",
          "client_type": 3
        }
      ],
      "api_key": [
        {
          "current_key": "@@key@@"
        }
      ],
      "services": {
        "appinvite_service": {
          "other_platform_oauth_client": [
            {
              "client_id": "@@oc@@",
              "client_type": 3
            }
          ]
        }
      }
    }
  ],
  "configuration_version": "1"
}
''', num=num, proj=proj, appid=gmp_app_id(r, num, "android"), pkg=pkg,
        oc=oauth_client(r, num), key=aiza(r)), "Firebase", "public-client-config"


@neg
def n_gs_plist(r):
    name = app_name(r)
    proj = fb_project(r, name)
    num = r.randint(10 ** 11, 10 ** 12 - 1)
    cid = oauth_client(r, num)
    rev = ".".join(reversed(cid.split(".")))
    return "ios/Runner/GoogleService-Info.plist", fmt('''
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>@@cid@@</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>@@rev@@</string>
	<key>API_KEY</key>
	<string>@@key@@</string>
	<key>GCM_SENDER_ID</key>
	<string>@@num@@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>@@bundle@@</string>
	<key>PROJECT_ID</key>
	<string>@@proj@@</string>
	<key>STORAGE_BUCKET</key>
	<string>@@proj@@.appspot.com</string>
	<key>IS_ADS_ENABLED</key>
	<false></false>
	<key>IS_ANALYTICS_ENABLED</key>
	<false></false>
	<key>IS_GCM_ENABLED</key>
	<true></true>
	<key>IS_SIGNIN_ENABLED</key>
	<true></true>
	<key>GOOGLE_APP_ID</key>
	<string>@@appid@@</string>
	<key>DATABASE_URL</key>
	<string>https://@@proj@@-default-rtdb.firebaseio.com</string>
</dict>
</plist>
''', cid=cid, rev=rev, key=aiza(r), num=num, bundle=bundle_id(r, name), proj=proj,
        appid=gmp_app_id(r, num, "ios")), "Firebase", "public-client-config"


@neg
def n_fb_web_config(r):
    name = app_name(r)
    proj = fb_project(r, name)
    num = r.randint(10 ** 11, 10 ** 12 - 1)
    return r.choice(["src/firebase.ts", "web/src/lib/firebase.js", "app/config/firebase.ts"]), fmt('''
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

// The web config is public by design; access is enforced by Security Rules
// and App Check, not by hiding these values.
const firebaseConfig = {
  apiKey: "@@key@@",
  authDomain: "@@proj@@.firebaseapp.com",
  projectId: "@@proj@@",
  storageBucket: "@@proj@@.appspot.com",
  messagingSenderId: "@@num@@",
  appId: "@@appid@@",
  measurementId: "G-@@mid@@",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
''', key=aiza(r), proj=proj, num=num, appid=gmp_app_id(r, num, "web"),
        mid=rs(r, UPPER + DIGITS, 10)), "Firebase", "public-client-config"


@neg
def n_flutterfire_options(r):
    name = app_name(r)
    proj = fb_project(r, name)
    num = r.randint(10 ** 11, 10 ** 12 - 1)
    return "lib/firebase_options.dart", fmt('''
// File generated by FlutterFire CLI.
// ignore_for_file: type=lint
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;
import 'package:flutter/foundation.dart'
    show defaultTargetPlatform, kIsWeb, TargetPlatform;

class DefaultFirebaseOptions {
  static FirebaseOptions get currentPlatform {
    if (kIsWeb) {
      return web;
    }
    switch (defaultTargetPlatform) {
      case TargetPlatform.android:
        return android;
      case TargetPlatform.iOS:
        return ios;
      default:
        throw UnsupportedError('DefaultFirebaseOptions are not supported for this platform.');
    }
  }

  static const FirebaseOptions web = FirebaseOptions(
    apiKey: '@@k1@@',
    appId: '@@a1@@',
    messagingSenderId: '@@num@@',
    projectId: '@@proj@@',
    authDomain: '@@proj@@.firebaseapp.com',
    storageBucket: '@@proj@@.appspot.com',
  );

  static const FirebaseOptions android = FirebaseOptions(
    apiKey: '@@k2@@',
    appId: '@@a2@@',
    messagingSenderId: '@@num@@',
    projectId: '@@proj@@',
    storageBucket: '@@proj@@.appspot.com',
  );

  static const FirebaseOptions ios = FirebaseOptions(
    apiKey: '@@k3@@',
    appId: '@@a3@@',
    messagingSenderId: '@@num@@',
    projectId: '@@proj@@',
    storageBucket: '@@proj@@.appspot.com',
    iosBundleId: '@@bundle@@',
  );
}
''', k1=aiza(r), k2=aiza(r), k3=aiza(r), a1=gmp_app_id(r, num, "web"),
        a2=gmp_app_id(r, num, "android"), a3=gmp_app_id(r, num, "ios"), num=num, proj=proj,
        bundle=bundle_id(r, name)), "Firebase", "public-client-config"


def cognito_pool(r, reg):
    return "%s_%s" % (reg, rs(r, ALNUM, 9))


@neg
def n_aws_exports(r):
    reg = r.choice(AWS_REGIONS)
    return r.choice(["src/aws-exports.js", "aws-exports.js"]), fmt('''
/* eslint-disable */
// WARNING: DO NOT EDIT. This file is automatically generated by AWS Amplify. It will be overwritten.

const awsmobile = {
    "aws_project_region": "@@reg@@",
    "aws_cognito_identity_pool_id": "@@reg@@:@@ipool@@",
    "aws_cognito_region": "@@reg@@",
    "aws_user_pools_id": "@@pool@@",
    "aws_user_pools_web_client_id": "@@client@@",
    "oauth": {},
    "aws_cognito_username_attributes": [
        "EMAIL"
    ],
    "aws_cognito_signup_attributes": [
        "EMAIL"
    ],
    "aws_cognito_mfa_configuration": "OFF",
    "aws_appsync_graphqlEndpoint": "https://@@gql@@.appsync-api.@@reg@@.amazonaws.com/graphql",
    "aws_appsync_region": "@@reg@@",
    "aws_appsync_authenticationType": "AMAZON_COGNITO_USER_POOLS",
    "aws_user_files_s3_bucket": "@@bucket@@",
    "aws_user_files_s3_bucket_region": "@@reg@@"
};


export default awsmobile;
''', reg=reg, ipool=ruuid(r), pool=cognito_pool(r, reg), client=rs(r, LOWALNUM, 26),
        gql=rs(r, LOWALNUM, 26), bucket="%s%s-%s" % (app_name(r), rhex(r, 6), r.choice(["dev", "prod"]))), \
        "AWS Amplify", "public-client-config"


@neg
def n_amplify_outputs(r):
    reg = r.choice(AWS_REGIONS)
    return "amplify_outputs.json", fmt('''
{
  "auth": {
    "user_pool_id": "@@pool@@",
    "aws_region": "@@reg@@",
    "user_pool_client_id": "@@client@@",
    "identity_pool_id": "@@reg@@:@@ipool@@",
    "mfa_methods": [],
    "standard_required_attributes": ["email"],
    "username_attributes": ["email"],
    "user_verification_types": ["email"],
    "mfa_configuration": "NONE",
    "password_policy": {
      "min_length": 8,
      "require_lowercase": true,
      "require_numbers": true,
      "require_symbols": true,
      "require_uppercase": true
    },
    "unauthenticated_identities_enabled": true
  },
  "data": {
    "url": "https://@@gql@@.appsync-api.@@reg@@.amazonaws.com/graphql",
    "aws_region": "@@reg@@",
    "default_authorization_type": "AMAZON_COGNITO_USER_POOLS",
    "authorization_types": ["AWS_IAM"]
  },
  "version": "1.3"
}
''', pool=cognito_pool(r, reg), reg=reg, client=rs(r, LOWALNUM, 26), ipool=ruuid(r),
        gql=rs(r, LOWALNUM, 26)), "AWS Amplify", "public-client-config"


@neg
def n_supa_anon_rn(r):
    ref = supa_ref(r)
    return r.choice(["src/lib/supabase.ts", "lib/supabase.js", "app/utils/supabase.ts"]), fmt('''
import 'react-native-url-polyfill/auto';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { createClient } from '@supabase/supabase-js';

// anon key: safe to ship in the app, Row Level Security does the rest
const supabaseUrl = 'https://@@ref@@.supabase.co';
const supabaseAnonKey = '@@anon@@';

export const supabase = createClient(supabaseUrl, supabaseAnonKey, {
  auth: {
    storage: AsyncStorage,
    autoRefreshToken: true,
    persistSession: true,
    detectSessionInUrl: false,
  },
});
''', ref=ref, anon=supa_anon_jwt(r, ref)), "Supabase", "public-anon-key"


@neg
def n_supa_publishable(r):
    ref = supa_ref(r)
    return r.choice(["apps/web/.env.example", ".env.example", "mobile/.env.sample"]), fmt('''
# Copy to .env.local and fill in the server-side values.
EXPO_PUBLIC_SUPABASE_URL=https://@@ref@@.supabase.co
EXPO_PUBLIC_SUPABASE_PUBLISHABLE_KEY=@@pub@@
SUPABASE_SECRET_KEY=
SENTRY_ENVIRONMENT=development
''', ref=ref, pub=sb_publishable(r)), "Supabase", "publishable-key"


@neg
def n_supa_swift_anon(r):
    ref = supa_ref(r)
    name = app_name(r).capitalize()
    return "%s/Config/Supabase.swift" % name, fmt('''
import Foundation
import Supabase

enum AppSupabase {
    static let url = URL(string: "https://@@ref@@.supabase.co")!
    /// Publishable key - fine to embed, RLS policies protect the data.
    static let publishableKey = "@@pub@@"

    static let client = SupabaseClient(supabaseURL: url, supabaseKey: publishableKey)
}
''', ref=ref, pub=sb_publishable(r)), "Supabase", "publishable-key"


@neg
def n_parse_client_swift(r):
    name = app_name(r).capitalize()
    return "%s/ParseSetup.swift" % name, fmt('''
import ParseSwift

enum ParseSetup {
    static func configure() {
        // Application ID and client key identify the app; they are not secrets.
        ParseSwift.initialize(applicationId: "@@appid@@",
                              clientKey: "@@ck@@",
                              serverURL: URL(string: "https://parseapi.back4app.com")!,
                              usingPostForQuery: true)
    }
}
''', appid=rs(r, ALNUM, 40), ck=rs(r, ALNUM, 40)), "Back4App", "public-client-key"


@neg
def n_parse_js_init(r):
    return r.choice(["src/parse.js", "web/src/services/parse.ts"]), fmt('''
import Parse from "parse";

Parse.initialize("@@appid@@", "@@js@@");
Parse.serverURL = "https://parseapi.back4app.com/";
Parse.enableLocalDatastore();

export async function latestPosts(limit = 20) {
  const q = new Parse.Query("Post");
  q.descending("createdAt").limit(limit).include("author");
  return q.find();
}
''', appid=rs(r, ALNUM, 40), js=rs(r, ALNUM, 40)), "Back4App", "public-javascript-key"


@neg
def n_backendless_client(r):
    return r.choice(["lib/main.dart", "lib/backend/backendless_init.dart"]), fmt('''
import 'package:backendless_sdk/backendless_sdk.dart';
import 'package:flutter/material.dart';

import 'app.dart';

const _appId = '@@appid@@';
const _androidKey = '@@ak@@';
const _iosKey = '@@ik@@';

Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await Backendless.initApp(
    applicationId: _appId,
    androidApiKey: _androidKey,
    iosApiKey: _iosKey,
  );
  runApp(const App());
}
''', appid=ruuid(r, True), ak=ruuid(r, True), ik=ruuid(r, True)), "Backendless", "public-client-key"


@neg
def n_kinvey_client(r):
    return r.choice(["src/app/app.module.ts", "app/kinvey.config.js"]), fmt('''
import { NgModule } from '@angular/core';
import { BrowserModule } from '@angular/platform-browser';
import { KinveyModule } from 'kinvey-angular-sdk';

import { AppComponent } from './app.component';

@NgModule({
  declarations: [AppComponent],
  imports: [
    BrowserModule,
    KinveyModule.init({
      appKey: 'kid_@@ak@@',
      appSecret: '@@as@@',
    }),
  ],
  bootstrap: [AppComponent],
})
export class AppModule {}
''', ak=rs(r, ALNUM, r.choice([9, 10])), **{"as": rhex(r, 32)}), "Kinvey", "public-app-secret"


@neg
def n_appwrite_client(r):
    return r.choice(["lib/core/appwrite_client.dart", "src/lib/appwrite.ts"]), fmt('''
import { Client, Account, Databases, Storage } from "react-native-appwrite";

export const APPWRITE = {
  endpoint: "https://cloud.appwrite.io/v1",
  projectId: "@@pid@@",
  platform: "@@bundle@@",
  databaseId: "@@db@@",
  postsCollectionId: "@@c1@@",
  bucketId: "@@c2@@",
};

const client = new Client()
  .setEndpoint(APPWRITE.endpoint)
  .setProject(APPWRITE.projectId)
  .setPlatform(APPWRITE.platform);

export const account = new Account(client);
export const databases = new Databases(client);
export const storage = new Storage(client);
''', pid=appwrite_pid(r), bundle=bundle_id(r), db=appwrite_pid(r), c1=appwrite_pid(r),
        c2=appwrite_pid(r)), "Appwrite", "project-id"


@neg
def n_appwrite_json(r):
    pid = appwrite_pid(r)
    return "appwrite.json", fmt('''
{
  "projectId": "@@pid@@",
  "projectName": "@@name@@",
  "functions": [
    {
      "$id": "@@f1@@",
      "name": "resize-avatar",
      "runtime": "node-18.0",
      "execute": ["users"],
      "events": ["buckets.avatars.files.*.create"],
      "schedule": "",
      "timeout": 15,
      "entrypoint": "src/main.js",
      "commands": "npm install",
      "path": "functions/resize-avatar"
    }
  ],
  "databases": [{ "$id": "@@db@@", "name": "main", "enabled": true }],
  "buckets": [{ "$id": "avatars", "name": "avatars", "fileSecurity": true, "maximumFileSize": 5000000 }]
}
''', pid=pid, name=app_name(r), f1=appwrite_pid(r), db=appwrite_pid(r)), "Appwrite", "project-id"


@neg
def n_nhost_client(r):
    return r.choice(["src/utils/nhost.ts", "app/lib/nhost.js"]), fmt('''
import { NhostClient } from '@nhost/react'
import * as SecureStore from 'expo-secure-store'

// subdomain + region only; the admin secret never ships in the app
export const nhost = new NhostClient({
  subdomain: '@@sub@@',
  region: '@@reg@@',
  clientStorageType: 'expo-secure-storage',
  clientStorage: SecureStore,
})
''', sub=nhost_sub(r), reg=r.choice(["eu-central-1", "us-east-1", "ap-south-1"])), "Nhost", "project-id"


@neg
def n_nhost_toml(r):
    return "nhost/nhost.toml", fmt('''
[global]
[[global.environment]]
name = 'APP_URL'
value = 'https://@@name@@.app'

[hasura]
version = 'v2.38.0-ce'
adminSecret = '{{ secrets.HASURA_GRAPHQL_ADMIN_SECRET }}'
webhookSecret = '{{ secrets.NHOST_WEBHOOK_SECRET }}'

[[hasura.jwtSecrets]]
type = 'HS256'
key = '{{ secrets.HASURA_GRAPHQL_JWT_SECRET }}'

[hasura.settings]
corsDomain = ['*']
devMode = false
enableConsole = true

[auth]
version = '0.32.1'

[auth.redirections]
clientUrl = 'https://@@name@@.app'
''', name=app_name(r)), "Nhost", "secret-reference"


@neg
def n_convex_env_example(r):
    name = convex_name(r)
    return r.choice([".env.example", "apps/mobile/.env.example"]), fmt('''
# Deployment used by `npx convex dev`
CONVEX_DEPLOYMENT=dev:@@name@@ # team: @@team@@, project: @@proj@@

EXPO_PUBLIC_CONVEX_URL=https://@@name@@.convex.cloud
EXPO_PUBLIC_CONVEX_SITE_URL=https://@@name@@.convex.site

# CI only - create one in the dashboard, never commit it
CONVEX_DEPLOY_KEY=
''', name=name, team=r.choice(FIRST), proj=app_name(r)), "Convex", "deployment-name"


@neg
def n_hasura_jwk_url(r):
    proj = fb_project(r)
    return r.choice(["docker-compose.override.yml", "hasura/docker-compose.auth.yml"]), fmt('''
services:
  graphql-engine:
    environment:
      HASURA_GRAPHQL_ADMIN_SECRET: ${HASURA_GRAPHQL_ADMIN_SECRET}
      HASURA_GRAPHQL_JWT_SECRET: '{"type":"RS256","jwk_url":"https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com","audience":"@@proj@@","issuer":"https://securetoken.google.com/@@proj@@"}'
      HASURA_GRAPHQL_UNAUTHORIZED_ROLE: anonymous
''', proj=proj), "Hasura", "jwks-url"


def jwk_rsa(r):
    return {"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rhex(r, 40),
            "n": b64u(_top(r, 256, True)), "e": "AQAB"}


@neg
def n_jwks(r):
    keys = {"keys": [jwk_rsa(r) for _ in range(r.randint(1, 3))]}
    return r.choice(["public/.well-known/jwks.json", "auth/jwks.json", "static/jwks.json"]), \
        json.dumps(keys, indent=2) + "\n", "Hasura", "jwks-public-key"


@neg
def n_public_pem(r):
    return r.choice(["config/jwt/public.pem", "keys/auth_public.pem", "certs/token-verify.pub.pem"]), \
        rsa_pub_pem(r), "Hasura", "public-key"


@neg
def n_hasura_rs256_pub(r):
    pub = rsa_pub_pem(r).replace("\n", "\\n")
    return r.choice(["k8s/hasura/configmap.yaml", "deploy/hasura-config.yaml"]), fmt('''
apiVersion: v1
kind: ConfigMap
metadata:
  name: hasura-auth
data:
  # RS256 verification only needs the PUBLIC key of the auth service
  HASURA_GRAPHQL_JWT_SECRET: '{"type":"RS256","key":"@@pub@@"}'
  HASURA_GRAPHQL_UNAUTHORIZED_ROLE: "public"
''', pub=pub), "Hasura", "public-key"


@neg
def n_google_x509(r):
    certs = {rhex(r, 40): cert_pem(r) for _ in range(2)}
    return r.choice(["test/fixtures/securetoken-certs.json", "spec/fixtures/google_certs.json"]), \
        json.dumps(certs, indent=2) + "\n", "Firebase", "x509-certificate"


@neg
def n_package_lock(r):
    lines = ['{', '  "name": "%s-mobile",' % app_name(r), '  "lockfileVersion": 3,', '  "requires": true,',
             '  "packages": {']
    pkgs = [("@supabase/supabase-js", "2.45.4"), ("firebase", "10.13.2"), ("appwrite", "16.0.2"),
            ("pocketbase", "0.21.5"), ("convex", "1.16.5"), ("@nhost/nhost-js", "3.1.10"),
            ("parse", "5.3.0"), ("@libsql/client", "0.14.0"), ("aws-amplify", "6.6.2")]
    r.shuffle(pkgs)
    out = []
    for name, ver in pkgs[:r.randint(4, 7)]:
        out.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": '
                   '"https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s"\n    }'
                   % (name, ver, name, name.split("/")[-1], ver, b64s(rbytes(r, 64))))
    return "package-lock.json", "\n".join(lines) + "\n" + ",\n".join(out) + "\n  }\n}\n", \
        "npm", "integrity-hash"


@neg
def n_podfile_lock(r):
    pods = ["Firebase", "FirebaseCore", "FirebaseMessaging", "FirebaseAuth", "GoogleUtilities",
            "Supabase", "ParseSwift", "Realm", "RealmSwift", "nanopb", "PromisesObjC", "Alamofire"]
    r.shuffle(pods)
    sel = sorted(pods[:r.randint(5, 9)])
    ver = {p: "%d.%d.%d" % (r.randint(1, 11), r.randint(0, 30), r.randint(0, 9)) for p in sel}
    body = "PODS:\n" + "".join("  - %s (%s)\n" % (p, ver[p]) for p in sel)
    body += "\nDEPENDENCIES:\n" + "".join("  - %s\n" % p for p in sel[:3])
    body += "\nSPEC CHECKSUMS:\n" + "".join("  %s: %s\n" % (p, rhex(r, 40)) for p in sel)
    body += "\nPODFILE CHECKSUM: %s\n\nCOCOAPODS: 1.15.2\n" % rhex(r, 40)
    return "ios/Podfile.lock", body, "CocoaPods", "checksum"


@neg
def n_pubspec_lock(r):
    pk = ["supabase_flutter", "firebase_core", "firebase_messaging", "appwrite", "pocketbase",
          "http", "dio", "riverpod", "go_router", "intl"]
    r.shuffle(pk)
    out = ["# Generated by pub", "# See https://dart.dev/tools/pub/glossary#lockfile", "packages:"]
    for p in sorted(pk[:r.randint(4, 7)]):
        out += ["  %s:" % p, "    dependency: \"direct main\"", "    description:",
                "      name: %s" % p, "      sha256: \"%s\"" % rhex(r, 64),
                "      url: \"https://pub.dev\"", "    source: hosted",
                "    version: \"%d.%d.%d\"" % (r.randint(0, 6), r.randint(0, 20), r.randint(0, 9))]
    out += ["sdks:", "  dart: \">=3.3.0 <4.0.0\"", "  flutter: \">=3.19.0\""]
    return "pubspec.lock", "\n".join(out) + "\n", "pub.dev", "checksum"


@neg
def n_gradle_verif(r):
    comps = [("com.google.firebase", "firebase-messaging", "24.0.1"),
             ("io.github.jan-tennert.supabase", "postgrest-kt", "2.6.1"),
             ("io.realm.kotlin", "library-sync", "1.16.0"),
             ("com.parse", "parse-android", "4.3.0"),
             ("com.squareup.okhttp3", "okhttp", "4.12.0")]
    r.shuffle(comps)
    body = ['<?xml version="1.0" encoding="UTF-8"?>',
            '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
            '   <configuration>', '      <verify-metadata>true</verify-metadata>',
            '      <verify-signatures>false</verify-signatures>', '   </configuration>', '   <components>']
    for g, a, v in comps[:3]:
        body += ['      <component group="%s" name="%s" version="%s">' % (g, a, v),
                 '         <artifact name="%s-%s.aar">' % (a, v),
                 '            <sha256 value="%s" origin="Generated by Gradle"/>' % rhex(r, 64),
                 '         </artifact>', '      </component>']
    body += ['   </components>', '</verification-metadata>']
    return "gradle/verification-metadata.xml", "\n".join(body) + "\n", "Gradle", "checksum"


@neg
def n_sql_seed(r):
    rows = []
    for _ in range(r.randint(4, 8)):
        rows.append("  ('%s', '%s', '%s', '%s', '%s')" % (
            ruuid(r), r.choice(FIRST) + rs(r, DIGITS, 2), ts(r)[:19].replace("T", " "),
            rhex(r, 32), r.choice(["ios", "android", "web"])))
    return r.choice(["supabase/seed.sql", "db/seeds/devices.sql"]), fmt('''
-- Local seed data (supabase db reset). ids are random v4 UUIDs.
insert into public.devices (id, display_name, created_at, install_hash, platform)
values
@@rows@@;

insert into storage.buckets (id, name, public)
values ('avatars', 'avatars', true), ('receipts', 'receipts', false)
on conflict (id) do nothing;
''', rows=",\n".join(rows)), "Supabase", "uuid"


@neg
def n_csv_export(r):
    out = ["user_id,install_id,platform,app_version,last_seen,etag"]
    for _ in range(r.randint(6, 14)):
        out.append("%s,%s,%s,%d.%d.%d,%s,%s" % (
            ruuid(r), rs(r, B64URL, 22), r.choice(["ios", "android"]), r.randint(1, 4),
            r.randint(0, 20), r.randint(0, 9), ts(r), rhex(r, 32)))
    return r.choice(["exports/active_installs.csv", "analytics/installs-2024-q3.csv"]), \
        "\n".join(out) + "\n", "Firebase", "installation-id"


@neg
def n_edge_log(r):
    out = []
    for _ in range(r.randint(8, 16)):
        out.append('%s INFO  [%s] request_id=%s execution_id=%s status=%d duration_ms=%d trace=%s' % (
            ts(r), r.choice(["send-push", "stripe-sync", "on-signup"]), ruuid(r), ruuid(r),
            r.choice([200, 200, 200, 204, 401, 500]), r.randint(4, 900), rhex(r, 32)))
    return r.choice(["logs/edge-functions.log", "tmp/functions-2024-10-02.log"]), "\n".join(out) + "\n", \
        "Supabase", "request-id"


@neg
def n_crash_log(r):
    out = []
    for _ in range(r.randint(6, 12)):
        out.append("%s D/FirebaseMessaging(%d): fid=%s app_instance_id=%s session=%s" % (
            ts(r), r.randint(1000, 32000), rs(r, B64URL, 22), rhex(r, 32), ruuid(r)))
    return r.choice(["android/logs/logcat-push.txt", "debug/firebase-debug.log"]), "\n".join(out) + "\n", \
        "Firebase", "installation-id"


@neg
def n_gradle_env(r):
    pkg = bundle_id(r)
    return "app/build.gradle.kts", fmt('''
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "@@pkg@@"
    compileSdk = 34

    defaultConfig {
        applicationId = "@@pkg@@"
        minSdk = 24
        targetSdk = 34
        versionCode = @@vc@@
        versionName = "2.@@vn@@.0"
        buildConfigField("String", "SUPABASE_URL", "\\"${project.findProperty("SUPABASE_URL")}\\"")
        buildConfigField("String", "SUPABASE_ANON_KEY", "\\"${project.findProperty("SUPABASE_ANON_KEY")}\\"")
    }

    signingConfigs {
        create("release") {
            storeFile = file(System.getenv("ANDROID_KEYSTORE_PATH") ?: "release.jks")
            storePassword = System.getenv("ANDROID_KEYSTORE_PASSWORD")
            keyAlias = System.getenv("ANDROID_KEY_ALIAS")
            keyPassword = System.getenv("ANDROID_KEY_PASSWORD")
        }
    }
    buildFeatures { buildConfig = true }
}
''', pkg=pkg, vc=r.randint(10, 400), vn=r.randint(0, 30)), "Supabase", "env-reference"


@neg
def n_swift_infoplist(r):
    name = app_name(r).capitalize()
    return "%s/Config/Secrets.swift" % name, fmt('''
import Foundation

/// Values are injected at build time from an .xcconfig that is not in git.
enum Secrets {
    private static func value(_ key: String) -> String {
        guard let v = Bundle.main.object(forInfoDictionaryKey: key) as? String, !v.isEmpty else {
            fatalError("Missing \\(key) in Info.plist - check Config/Release.xcconfig")
        }
        return v
    }

    static var supabaseURL: String { value("SUPABASE_URL") }
    static var supabaseAnonKey: String { value("SUPABASE_ANON_KEY") }
    static var revenueCatKey: String { value("REVENUECAT_API_KEY") }
}
'''), "Supabase", "env-reference"


@neg
def n_node_env(r):
    return r.choice(["server/config.js", "api/src/config/env.ts"]), fmt('''
function required(name) {
  const v = process.env[name];
  if (!v) throw new Error(`missing env var ${name}`);
  return v;
}

module.exports = {
  supabase: {
    url: required("SUPABASE_URL"),
    serviceRoleKey: required("SUPABASE_SERVICE_ROLE_KEY"),
  },
  parse: {
    appId: required("PARSE_APP_ID"),
    masterKey: required("PARSE_MASTER_KEY"),
  },
  hasura: { adminSecret: process.env.HASURA_GRAPHQL_ADMIN_SECRET ?? "" },
  convex: { deployKey: process.env.CONVEX_DEPLOY_KEY },
  port: Number(process.env.PORT || 8080),
};
'''), "multiple", "env-reference"


@neg
def n_py_env(r):
    return r.choice(["app/settings.py", "worker/config.py"]), fmt('''
import os

from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    supabase_url: str = os.environ.get("SUPABASE_URL", "http://127.0.0.1:54321")
    supabase_secret_key: str = os.environ["SUPABASE_SECRET_KEY"]
    firebase_credentials_path: str = os.getenv("GOOGLE_APPLICATION_CREDENTIALS", "")
    turso_url: str = os.getenv("TURSO_DATABASE_URL", "file:local.db")
    turso_token: str = os.getenv("TURSO_AUTH_TOKEN", "")
    appwrite_api_key: str = os.getenv("APPWRITE_API_KEY", "")


settings = Settings()
'''), "multiple", "env-reference"


@neg
def n_tf_random_pw(r):
    name = app_name(r)
    return r.choice(["infra/database.tf", "terraform/neon.tf"]), fmt('''
resource "random_password" "db" {
  length  = 32
  special = false
}

resource "neon_project" "@@name@@" {
  name       = "@@name@@"
  region_id  = "aws-eu-central-1"
  pg_version = 16
}

resource "neon_role" "app" {
  project_id = neon_project.@@name@@.id
  branch_id  = neon_project.@@name@@.default_branch_id
  name       = "@@name@@_app"
}

output "database_password" {
  value     = random_password.db.result
  sensitive = true
}

variable "supabase_access_token" {
  type      = string
  sensitive = true
}
''', name=name), "Neon", "generated-at-apply"


@neg
def n_external_secret(r):
    return r.choice(["k8s/external-secrets/backend.yaml", "deploy/secrets.yaml"]), fmt('''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: backend-secrets
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: vault-backend
    kind: ClusterSecretStore
  target:
    name: backend-secrets
  data:
    - secretKey: SUPABASE_SERVICE_ROLE_KEY
      remoteRef:
        key: mobile/@@name@@/supabase
        property: service_role_key
    - secretKey: PARSE_MASTER_KEY
      remoteRef:
        key: mobile/@@name@@/parse
        property: master_key
    - secretKey: FIREBASE_SERVICE_ACCOUNT
      remoteRef:
        key: mobile/@@name@@/firebase
        property: service_account_json
''', name=app_name(r)), "multiple", "secret-manager-reference"


@neg
def n_gh_secrets(r):
    return r.choice([".github/workflows/eas-build.yml", ".github/workflows/release.yml"]), fmt('''
name: EAS build
on:
  workflow_dispatch:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: ${{ secrets.EXPO_TOKEN }}
      - run: npm ci
      - run: npx convex deploy --cmd "npx eas build --platform all --non-interactive --no-wait"
        env:
          CONVEX_DEPLOY_KEY: ${{ secrets.CONVEX_DEPLOY_KEY }}
          EXPO_PUBLIC_SUPABASE_ANON_KEY: ${{ vars.SUPABASE_ANON_KEY }}
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
'''), "Convex", "secret-reference"


@neg
def n_docs_local(r):
    return r.choice(["docs/local-development.md", "CONTRIBUTING.md"]), fmt('''
# Local development

`supabase start` prints the local credentials. They are the same on every
machine (the CLI uses fixed demo keys), so they are fine to paste here:

```
         API URL: http://127.0.0.1:54321
     GraphQL URL: http://127.0.0.1:54321/graphql/v1
          DB URL: postgresql://postgres:postgres@127.0.0.1:54322/postgres
      Studio URL: http://127.0.0.1:54323
 Publishable key: @@pub@@
      Secret key: @@sec@@
        anon key: @@anon@@
service_role key: @@svc@@
```

Never use these outside your laptop: production keys live in the dashboard.
''', pub=SUPA_DEMO_PUB, sec=SUPA_DEMO_SECRET, anon=SUPA_DEMO_ANON, svc=SUPA_DEMO_SERVICE), \
        "Supabase", "doc-example"


@neg
def n_docs_aws_example(r):
    return r.choice(["docs/amplify-setup.md", "docs/aws/credentials.md"]), fmt('''
# Amplify CLI on a fresh machine

Create an IAM user with `AdministratorAccess-Amplify`, then configure a profile.
The values below are the placeholders from the AWS documentation:

```ini
[amplify-dev]
aws_access_key_id = @@kid@@
aws_secret_access_key = @@sec@@
region = @@reg@@
```

Then run `amplify pull --appId <app-id> --envName dev`.
''', kid=AWS_DOC[0], sec=AWS_DOC[1], reg=r.choice(AWS_REGIONS)), "AWS Amplify", "doc-example"


@neg
def n_docs_neon_example(r):
    return r.choice(["docs/database.md", "README.md"]), fmt('''
## Database

We use Neon. Copy the pooled connection string from the Neon console; it looks like

    postgresql://alex:AbC123dEf@ep-cool-darkness-a1b2c3d4-pooler.us-east-2.aws.neon.tech/dbname?sslmode=require&channel_binding=require

and set it as `DATABASE_URL` in your shell (not in a committed file).
Use the direct host (without `-pooler`) for migrations.
'''), "Neon", "doc-example"


@neg
def n_changelog(r):
    out = ["# Changelog", ""]
    for v in range(r.randint(3, 6)):
        out.append("## %d.%d.%d (2024-%02d-%02d)" % (2, 9 - v, r.randint(0, 5), r.randint(1, 12), r.randint(1, 28)))
        for _ in range(r.randint(2, 4)):
            out.append("- %s ([%s](https://github.com/acme/%s/commit/%s))" % (
                r.choice(["fix push token refresh on Android 14", "bump supabase-js", "retry Convex mutations",
                          "migrate to Appwrite 1.6", "handle expired Nhost sessions", "new onboarding flow"]),
                rhex(r, 7), app_name(r), rhex(r, 40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out), "git", "commit-sha"


@neg
def n_eas_json(r):
    return r.choice(["app.json", "app.config.json"]), fmt('''
{
  "expo": {
    "name": "@@Name@@",
    "slug": "@@name@@",
    "version": "2.4.0",
    "scheme": "@@name@@",
    "ios": {
      "bundleIdentifier": "@@bundle@@",
      "googleServicesFile": "./GoogleService-Info.plist",
      "associatedDomains": ["applinks:@@name@@.app"]
    },
    "android": {
      "package": "@@bundle@@",
      "googleServicesFile": "./google-services.json"
    },
    "updates": {
      "url": "https://u.expo.dev/@@uuid@@"
    },
    "runtimeVersion": { "policy": "appVersion" },
    "extra": {
      "eas": { "projectId": "@@uuid@@" }
    },
    "owner": "@@owner@@"
  }
}
''', Name=app_name(r).capitalize(), name=app_name(r), bundle=bundle_id(r), uuid=ruuid(r),
        owner=r.choice(FIRST)), "Expo", "project-id"


@neg
def n_pbxproj(r):
    out = ["/* Begin PBXBuildFile section */"]
    for f in ["AppDelegate.swift", "SupabaseService.swift", "GoogleService-Info.plist",
              "PushManager.swift", "Assets.xcassets"]:
        a, b = rs(r, UPPER + DIGITS, 24), rs(r, UPPER + DIGITS, 24)
        out.append("\t\t%s /* %s in Sources */ = {isa = PBXBuildFile; fileRef = %s /* %s */; };" % (a, f, b, f))
    out += ["/* End PBXBuildFile section */", "",
            "\t\t\t\tDEVELOPMENT_TEAM = %s;" % rs(r, UPPER + DIGITS, 10),
            "\t\t\t\tPRODUCT_BUNDLE_IDENTIFIER = %s;" % bundle_id(r),
            "\t\t\t\tPROVISIONING_PROFILE_SPECIFIER = \"match AppStore %s\";" % bundle_id(r)]
    return "ios/%s.xcodeproj/project.pbxproj" % app_name(r).capitalize(), "\n".join(out) + "\n", \
        "Xcode", "object-id"


def fingerprint(r):
    return ":".join(rs(r, "0123456789ABCDEF", 2) for _ in range(32))


@neg
def n_assetlinks(r):
    return "public/.well-known/assetlinks.json", json.dumps([{
        "relation": ["delegate_permission/common.handle_all_urls"],
        "target": {"namespace": "android_app", "package_name": bundle_id(r),
                   "sha256_cert_fingerprints": [fingerprint(r), fingerprint(r)]}}], indent=2) + "\n", \
        "Android", "certificate-fingerprint"


@neg
def n_aasa(r):
    team = rs(r, UPPER + DIGITS, 10)
    b = bundle_id(r)
    return "public/.well-known/apple-app-site-association", json.dumps({
        "applinks": {"details": [{"appIDs": ["%s.%s" % (team, b)],
                                  "components": [{"/": "/invite/*"}, {"/": "/auth/callback"}]}]},
        "webcredentials": {"apps": ["%s.%s" % (team, b)]}}, indent=2) + "\n", "Apple", "app-id"


@neg
def n_xatarc(r):
    return ".xatarc", json.dumps({
        "databaseURL": "https://%s-%s.%s.xata.sh/db/%s" % (app_name(r), rs(r, LOWALNUM, 6),
                                                         r.choice(["us-east-1", "eu-west-1"]), app_name(r)),
        "codegen": {"output": "src/xata.ts"}}, indent=2) + "\n", "Xata", "database-url"


@neg
def n_turso_show(r):
    db = app_name(r)
    org = r.choice(FIRST)
    return r.choice(["docs/turso.md", "notes/turso-setup.md"]), fmt('''
# Turso setup notes

```
$ turso db show @@db@@
Name:               @@db@@
URL:                libsql://@@db@@-@@org@@.turso.io
ID:                 @@id@@
Group:              default
Version:            0.24.22
Locations:          fra, iad
Size:               2.1 MB
Archived:           No
Bytes Synced:       0 B
Is Schema:          No
```

Create a token with `turso db tokens create @@db@@ --expiration 7d` and store it in
the CI secret `TURSO_AUTH_TOKEN`; do not paste it here.
''', db=db, org=org, id=ruuid(r)), "Turso", "database-id"


@neg
def n_realm_config(r):
    return "realm/realm_config.json", json.dumps({
        "config_version": 20240201, "app_id": "%s-%s" % (app_name(r), rs(r, LOWER, 5)),
        "name": app_name(r), "location": r.choice(["US-VA", "IE", "DE-FF"]),
        "provider_region": "aws-%s" % r.choice(AWS_REGIONS), "deployment_model": "LOCAL",
        "environment": "production", "group_id": rhex(r, 24)}, indent=4) + "\n", \
        "MongoDB Atlas App Services", "app-id"


@neg
def n_base64_img(r):
    data = b64s(b"\x89PNG\r\n\x1a\n" + rbytes(r, r.randint(120, 260)))
    return r.choice(["src/assets/placeholderAvatar.ts", "app/components/blurhash.ts"]), fmt('''
// Tiny inline avatar shown while the real one loads from storage.
export const PLACEHOLDER_AVATAR =
  "data:image/png;base64,@@data@@";

export const BLURHASH = "@@bh@@";
''', data=data, bh=rs(r, ALNUM + "#$%*+,-.:;=?@[]^_{|}~", 28).replace("@@", "@A")), "app", "encoded-data"


@neg
def n_webhook_fixture(r):
    return r.choice(["test/fixtures/appwrite-webhook.json", "spec/fixtures/webhook_event.json"]), \
        json.dumps({"headers": {"x-appwrite-webhook-id": appwrite_pid(r),
                                "x-appwrite-webhook-events": "users.*.create",
                                "x-appwrite-webhook-signature": b64s(rbytes(r, 20)),
                                "x-appwrite-webhook-project-id": appwrite_pid(r)},
                    "body": {"$id": appwrite_pid(r), "email": email(r), "status": True,
                             "registration": ts(r)}}, indent=2) + "\n", "Appwrite", "webhook-signature"


@neg
def n_okhttp_pins(r):
    pkg = bundle_id(r)
    pins = ["sha256/%s" % b64s(rbytes(r, 32)) for _ in range(2)]
    return "app/src/main/java/%s/net/Pinning.kt" % pkg.replace(".", "/"), fmt('''
package @@pkg@@.net

import okhttp3.CertificatePinner
import okhttp3.OkHttpClient

object Pinning {
    private val pinner = CertificatePinner.Builder()
        .add("*.supabase.co", "@@p1@@")
        .add("*.supabase.co", "@@p2@@")
        .build()

    val client: OkHttpClient = OkHttpClient.Builder()
        .certificatePinner(pinner)
        .build()
}
''', pkg=pkg, p1=pins[0], p2=pins[1]), "Android", "certificate-pin"


@neg
def n_sri_html(r):
    return r.choice(["web/index.html", "public/index.html"]), fmt('''
<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>@@Name@@</title>
    <meta name="apple-itunes-app" content="app-id=@@appstore@@" />
    <script src="https://cdn.jsdelivr.net/npm/@supabase/supabase-js@2.45.4/dist/umd/supabase.min.js"
            integrity="sha384-@@h1@@" crossorigin="anonymous"></script>
    <link rel="stylesheet" href="/assets/index-@@h2@@.css" />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/assets/index-@@h3@@.js"></script>
  </body>
</html>
''', Name=app_name(r).capitalize(), appstore=r.randint(10 ** 9, 10 ** 10 - 1), h1=b64s(rbytes(r, 48)),
        h2=rs(r, B64URL, 8), h3=rs(r, B64URL, 8)), "web", "integrity-hash"


@neg
def n_compose_digests(r):
    return r.choice(["docker-compose.ci.yml", "infra/compose.test.yml"]), fmt('''
services:
  db:
    image: supabase/postgres@sha256:@@d1@@
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in CI}
  hasura:
    image: hasura/graphql-engine@sha256:@@d2@@
    environment:
      HASURA_GRAPHQL_ADMIN_SECRET: ${HASURA_GRAPHQL_ADMIN_SECRET:?set in CI}
  pocketbase:
    image: ghcr.io/muchobien/pocketbase@sha256:@@d3@@
''', d1=rhex(r, 64), d2=rhex(r, 64), d3=rhex(r, 64)), "Docker", "image-digest"


@neg
def n_gosum(r):
    mods = [("github.com/pocketbase/pocketbase", "v0.22.21"), ("github.com/nhost/hasura-auth", "v0.32.1"),
            ("github.com/supabase-community/supabase-go", "v0.0.4"), ("firebase.google.com/go/v4", "v4.14.1"),
            ("github.com/tursodatabase/libsql-client-go", "v0.0.0-20240902231107-85af5b9d094d")]
    out = []
    for m, v in mods[:r.randint(3, 5)]:
        out.append("%s %s h1:%s" % (m, v, b64s(rbytes(r, 32))))
        out.append("%s %s/go.mod h1:%s" % (m, v, b64s(rbytes(r, 32))))
    return "go.sum", "\n".join(out) + "\n", "Go", "checksum"


@neg
def n_supa_config_toml(r):
    return "supabase/config.toml", fmt('''
project_id = "@@name@@"

[api]
enabled = true
port = 54321
schemas = ["public", "graphql_public"]

[db]
port = 54322
major_version = 15

[auth]
enabled = true
site_url = "@@scheme@@://auth-callback"
additional_redirect_urls = ["https://@@name@@.app/auth/callback"]
jwt_expiry = 3600
enable_signup = true

[auth.external.apple]
enabled = true
client_id = "@@bundle@@"
secret = "env(SUPABASE_AUTH_EXTERNAL_APPLE_SECRET)"

[auth.external.google]
enabled = true
client_id = "@@gcid@@"
secret = "env(SUPABASE_AUTH_EXTERNAL_GOOGLE_SECRET)"
skip_nonce_check = true
''', name=app_name(r), scheme=app_name(r), bundle=bundle_id(r),
        gcid=oauth_client(r, r.randint(10 ** 11, 10 ** 12 - 1))), "Supabase", "env-reference"


@neg
def n_revenuecat(r):
    return r.choice(["src/purchases.ts", "lib/billing/purchases.ts"]), fmt('''
import { Platform } from 'react-native';
import Purchases, { LOG_LEVEL } from 'react-native-purchases';

// RevenueCat public SDK keys (per platform) - meant to ship in the app binary.
const KEYS = {
  ios: 'appl_@@ik@@',
  android: 'goog_@@ak@@',
};

export function configurePurchases(userId?: string) {
  Purchases.setLogLevel(__DEV__ ? LOG_LEVEL.DEBUG : LOG_LEVEL.WARN);
  Purchases.configure({
    apiKey: Platform.OS === 'ios' ? KEYS.ios : KEYS.android,
    appUserID: userId,
  });
}
''', ik=rs(r, ALNUM, 27), ak=rs(r, ALNUM, 27)), "RevenueCat", "public-sdk-key"


@neg
def n_onesignal(r):
    return r.choice(["lib/notifications/onesignal.dart", "src/notifications.js"]), fmt('''
import OneSignal from 'react-native-onesignal';

const ONESIGNAL_APP_ID = '@@appid@@';

export function initPush(externalId) {
  OneSignal.initialize(ONESIGNAL_APP_ID);
  OneSignal.Notifications.requestPermission(true);
  if (externalId) OneSignal.login(externalId);
}
''', appid=ruuid(r)), "OneSignal", "public-app-id"


@neg
def n_hasura_actions(r):
    return "hasura/metadata/actions.yaml", fmt('''
actions:
  - name: createCheckoutSession
    definition:
      kind: synchronous
      handler: '{{ACTIONS_BASE_URL}}/checkout'
      forward_client_headers: true
      headers:
        - name: x-actions-secret
          value_from_env: ACTIONS_SHARED_SECRET
    permissions:
      - role: user
custom_types:
  enums: []
  input_objects: []
  objects:
    - name: CheckoutSession
  scalars: []
'''), "Hasura", "env-reference"


@neg
def n_neon_compose_ref(r):
    return r.choice(["docker-compose.dev.yml", "compose.yaml"]), fmt('''
services:
  api:
    build: .
    ports:
      - "3000:3000"
    environment:
      DATABASE_URL: postgresql://neondb_owner:${NEON_PASSWORD}@@@host@@/neondb?sslmode=require
      TURSO_AUTH_TOKEN: ${TURSO_AUTH_TOKEN:-}
      LOG_LEVEL: debug
''', host=neon_host(r)), "Neon", "env-reference"


@neg
def n_sa_public_fields(r):
    proj = fb_project(r)
    sa = "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LOWALNUM, 5), proj)
    return r.choice(["functions/.runtimeconfig.example.json", "config/firebase.public.json"]), json.dumps({
        "project_id": proj, "client_email": sa, "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)),
        "private_key_id": rhex(r, 40),
        "note": "private_key is injected from Secret Manager (firebase-admin-key) at deploy time"},
        indent=2) + "\n", "Firebase", "key-id"


# ==========================================================================
# driver
# ==========================================================================

ALLOWED_NEG_ENV = (".env.example", ".env.sample")
SPECIAL_TYPES = {"Dockerfile": "dockerfile", "credentials": "ini", ".xatarc": "json",
                 "apple-app-site-association": "json", ".secrets": "toml",
                 "go.sum": "gosum"}


def is_env_file(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in ALLOWED_NEG_ENV)


def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith(".env"):
        return "env"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1]
    return base.lstrip(".") or "txt"


def _jwt_payload(tok):
    try:
        seg = tok.split(".")[1]
        return json.loads(base64.urlsafe_b64decode(seg + "=" * (-len(seg) % 4)))
    except Exception:
        return None


def negative_guard(text):
    """Assert that a negative carries none of the credential shapes generated here."""
    import re
    bad = [r"standard_[0-9a-f]{256}", r"xau_[A-Za-z0-9]{33}\b", r"npg_[A-Za-z0-9]{12}\b",
           r"sbp_[0-9a-f]{40}", r"AAAA[A-Za-z0-9_-]{7}:APA91b", r"1//0[c-h][A-Za-z0-9_-]{60}",
           r"-----BEGIN (?:RSA |EC )?PRIVATE KEY-----(?:\\n|\n)MI"]
    for pat in bad:
        assert not re.search(pat, text), pat
    for m in re.finditer(r"sb_secret_[A-Za-z0-9_-]{10,}", text):
        assert m.group(0) == SUPA_DEMO_SECRET, m.group(0)
    for m in re.finditer(r"AKIA[A-Z2-7]{16}", text):
        assert m.group(0) == AWS_DOC[0], m.group(0)
    for m in re.finditer(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+", text):
        p = _jwt_payload(m.group(0)) or {}
        if p.get("role") == "service_role":
            assert m.group(0) == SUPA_DEMO_SERVICE
        assert "a" not in p or "id" not in p, "turso-like token in a negative"
    for m in re.finditer(r"prod:[a-z]+-[a-z]+-\d{3}\|eyJ2[A-Za-z0-9+/]{20,}", text):
        raise AssertionError("convex key in negative: " + m.group(0))


def rotation(r, items, n):
    """n picks that cycle through shuffled copies of items (even coverage)."""
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_hi.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []

    # ---- positives
    env_cap = N_POS // 25
    env_count = 0
    plan = rotation(r, range(len(POS)), N_POS)
    for i in range(N_POS):
        idx = plan[i]
        while True:
            fn, provider = POS[idx]
            S = Slot(r, neg=False)
            rel, text = fn(r, S)
            if is_env_file(rel) and env_count >= env_cap:
                idx = r.randrange(len(POS))
                continue
            break
        if is_env_file(rel):
            env_count += 1
        needle = S.needle
        assert needle and len(needle) >= 8 and "\n" not in needle, (fn.__name__, needle)
        assert needle in text, fn.__name__
        line = text[:text.index(needle)].count("\n") + 1
        assert needle in text.split("\n")[line - 1], fn.__name__
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": provider, "kind": S.cat,
                         "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert env_count <= env_cap

    # ---- negatives: half slot re-use, half dedicated look-alikes
    kinds = ["slot"] * (N_NEG // 2) + ["look"] * (N_NEG - N_NEG // 2)
    r.shuffle(kinds)
    slot_plan = iter(rotation(r, range(len(POS)), N_NEG))
    look_plan = iter(rotation(r, range(len(NEG)), N_NEG))
    for i, k in enumerate(kinds):
        if k == "slot":
            fn, provider = POS[next(slot_plan)]
            S = Slot(r, neg=True)
            rel, text = fn(r, S)
            kind = S.cat
        else:
            fn = NEG[next(look_plan)]
            rel, text, provider, kind = fn(r)
        if is_env_file(rel):
            head = rel.rsplit("/", 1)[0] + "/" if "/" in rel else ""
            rel = head + r.choice(ALLOWED_NEG_ENV)
        assert not is_env_file(rel)
        negative_guard(text)
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- re-read check: every needle sits on its recorded line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
