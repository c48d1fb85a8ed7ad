#!/usr/bin/env python3
"""gen_kz.py - blind evaluation set for secret scanners: Dart and Flutter beyond the UI.

EMPHASIS
  Domain: Dart/Flutter server side and tooling.  Serverpod (config/passwords.yaml with
  shared:/development:/staging:/production: sections holding database, redis, serviceSecret
  and custom passwords; ServerpodConfig Dart objects), Dart Frog and Shelf backends and their
  middleware (API-key checks, JWT signing with dart_jsonwebtoken), envied / flutter_dotenv /
  --dart-define / --dart-define-from-file JSON files, pubspec.yaml private hosted repositories,
  `dart pub token add`, pub-tokens.json, pub-credentials.json (OAuth refresh token), Melos
  scripts, Codemagic codemagic.yaml (environment groups versus literal values), Firebase Admin
  via dart_firebase_admin, Google APIs googleapis_auth service-account JSON, Appwrite Dart
  functions (APPWRITE_API_KEY), Supabase Dart (service_role / sb_secret_ versus anon /
  sb_publishable_), Stripe from Dart servers, build.yaml options, Dart test fixtures and mocks,
  Flutter web index.html, Android signing (key.properties), Mapbox download tokens.
  Providers: Serverpod, PostgreSQL, Redis, Stripe, Supabase, Appwrite, Google (service
  accounts, OAuth refresh tokens, FCM legacy server keys), Firebase, Apple App Store Connect,
  GitHub, Cloudsmith (Dart registry), Mapbox, RevenueCat, OpenAI, Twilio, SendGrid, Slack,
  Discord, AWS (S3 via minio), generic JWT/HMAC secrets, Android keystores.
  File types: Dart, YAML (passwords.yaml, pubspec.yaml, pubspec.lock, codemagic.yaml,
  build.yaml, melos.yaml, docker-compose, GitHub workflows, k8s), JSON (dart_defines.json,
  service accounts, pub credentials, launch.json), shell, Dockerfile, HTML, Markdown,
  properties, XML/plist, SQL, netrc, logs, CSV, JavaScript (service worker), Gradle.

USAGE
  python3 -B gen_kz.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500) and OUTDIR/neg/nNNNN/<relpath> (500),
  OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one per positive).
  Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
  - Plain tokens / keys / passwords: the value only, without quotes, variable name or prefix
    such as "Bearer " or "key=".
  - Connection strings (postgres://user:PASS@host, redis://:PASS@host): the password only.
  - Webhook URLs (Slack, Discord): the whole URL, scheme to last character.
  - Private keys written on several lines (PEM in YAML block scalars, Dart raw strings,
    .p8 text): the first base64 body line, i.e. the line right after "-----BEGIN ...-----".
  - Private keys written on one line with \\n escapes (service-account JSON, Dart string
    literals): the whole escaped value as written, from "-----BEGIN" to the final "\\n".
  - AWS: the secret access key (the access key id is an identifier in the same file).
  - Twilio: the auth token (the account SID is an identifier).
  - pub-credentials.json: the refreshToken (the accessToken slot is empty or an env ref).
  "line" is the 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
  Half (250) re-use the positive templates with the secret slot holding a non-secret:
  placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx...), empty values, masks
  (****, [REDACTED]), environment and secret-manager references (${VAR}, $VAR, op://...,
  vault:..., {{ ... }}), documented example keys (Stripe's sk_test_4eC39HqLyjWDarjtT1zdp7dc,
  AWS's ...EXAMPLEKEY, Slack's T00000000/B00000000/XXXX...) and values documented as public
  (Stripe pk_live_, Supabase anon JWT / sb_publishable_, Mapbox pk., RevenueCat appl_/goog_).
  The other half (250) are domain look-alikes: firebase_options.dart and google-services.json
  (Firebase API keys are public identifiers per Google), Supabase anon keys,
  String.fromEnvironment / Platform.environment / @EnviedField(varName:) without values,
  pubspec.lock sha256 hashes, Flutter .metadata revisions, service-worker resource hashes,
  const colours and asset paths, Stripe object ids, webhook signature headers (not secrets),
  public keys and certificates, JWKS, SHA-256 cert fingerprints, image digests, UUIDs,
  bcrypt hashes of passwords in fixtures, Codemagic Encrypted(...) ciphertexts.
  No negative lives in a .env / .env.local / .env.production style file.

FORMATS CHECKED (search tool, providers' docs and real config files)
  - Serverpod docs + a serverpod discussion: passwords.yaml has shared/development/staging/
    production sections; database, redis, serviceSecret; generated values are 32 chars of
    [A-Za-z0-9_-]; custom passwords are allowed and read via session.passwords.
  - Supabase docs: legacy anon / service_role keys are long-lived HS256 JWTs whose payload
    holds "role", "iat", "exp" (~10 years); new keys are sb_publishable_... (safe to expose)
    and sb_secret_... (backend only).
  - Stripe docs: pk_ (publishable, public), sk_ (secret), rk_ (restricted) each with
    _test_/_live_, webhook signing secrets start whsec_.
  - Appwrite docs: API keys are secrets for server SDKs / CLI, set with setKey / X-Appwrite-Key.
  - dart.dev: `dart pub token add <hosted-url>` reads the token from stdin or --env-var.
  - pub credentials.json fields: accessToken, refreshToken, tokenEndpoint, scopes,
    expiration (seen in real CI scripts writing ~/.pub-cache/credentials.json).
  - Codemagic docs: environment groups imported under environment.groups; App Store Connect
    API via APP_STORE_CONNECT_KEY_IDENTIFIER / _ISSUER_ID / _PRIVATE_KEY.
  - Mapbox docs: public tokens start pk, secret tokens sk; tokens are JWT-like
    "<pk|sk>.<base64url JSON>.<signature>".
  - RevenueCat docs: secret API keys are prefixed sk_; public SDK keys (appl_/goog_) are public.

DOUBTS
  - Appwrite key body: generated as "standard_" + 256 hex chars; the docs seen do not spell
    the exact length/prefix out.
  - sb_secret_ body length/alphabet not documented in what I saw (generated 31 base62 chars).
  - Stripe secret key length varies (legacy 24 chars after sk_live_, newer ~99); both used.
  - GitHub ghp_ checksum: 30 random base62 + 6-char base62 CRC32, from memory, not re-checked.
  - OpenAI sk-proj- layout (T3BlbkFJ marker), FCM legacy server key layout (AAAA...:APA91b...),
    SendGrid SG.22.43, Discord webhook token length 68, Cloudsmith 40-hex API keys and the
    pub-tokens.json layout are from memory, not re-checked in this session.
  - Serverpod's environment-variable name for passwords is not used (not confirmed).
  - Firebase CLI tokens (1//...) and Google OAuth refresh tokens share one shape here.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import sys
import zlib

A62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
LOWD = LOW + "0123456789"
UPD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
HEX = "0123456789abcdef"
URLS = A62 + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

R = None  # random.Random, set in main


def rs(n, alpha=A62):
    return "".join(R.choice(alpha) for _ in range(n))


def ch(seq):
    return R.choice(seq)


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64u_json(obj):
    return b64u(json.dumps(obj, separators=(",", ":")).encode())


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- secret generators
def g_pw32():
    return rs(32, URLS)


def g_password():
    base = rs(R.randint(12, 18), A62)
    pos = R.randint(2, len(base) - 2)
    return base[:pos] + ch("!#%*+-=.") + base[pos:]


def g_stripe_sk():
    if R.random() < 0.35:
        return "sk_live_" + rs(24)
    return "sk_live_51" + rs(12) + rs(85)


def g_stripe_rk():
    return "rk_live_51" + rs(12) + rs(85)


def g_whsec():
    return "whsec_" + rs(32)


def g_jwt_secret():
    return rs(ch([48, 64]), A62) if R.random() < 0.6 else rs(64, HEX)


def _supa_jwt(role):
    iat = R.randint(1640000000, 1735000000)
    hdr = {"alg": "HS256", "typ": "JWT"}
    pl = {"iss": "supabase", "ref": rs(20, LOW), "role": role, "iat": iat, "exp": iat + 315360000}
    return b64u_json(hdr) + "." + b64u_json(pl) + "." + rs(43, URLS)


def g_supa_service():
    return _supa_jwt("service_role")


def g_supa_anon():
    return _supa_jwt("anon")


def g_sb_secret():
    return "sb_secret_" + rs(31)


def g_appwrite():
    return "standard_" + rs(256, HEX)


def g_refresh():
    return "1//0" + rs(1, "abcdefghi") + rs(98, URLS)


def _b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = A62[d] + out
    return out.rjust(width, "0")


def g_ghp():
    body = rs(30)
    return "ghp_" + body + _b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_cloudsmith():
    return rs(40, HEX)


def g_slack():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(ch([8, 10]), UPD), rs(ch([9, 10]), UPD), rs(24))


def g_discord():
    return "https://discord.com/api/webhooks/%d/%s" % (R.randint(10 ** 17, 10 ** 19 - 1), rs(68, URLS))


def g_fcm():
    return "AAAA" + rs(7, URLS) + ":APA91b" + rs(134, URLS)


def g_twilio():
    return rs(32, HEX)


def g_sendgrid():
    return "SG." + rs(22, URLS) + "." + rs(43, URLS)


def g_mapbox_sk():
    user = ch(["acme-maps", "fleetview", "routekit", "jdoe", "tripsy", "geo-team"])
    return "sk." + b64u_json({"u": user, "a": rs(25, LOWD)}) + "." + rs(22, URLS)


def g_mapbox_pk():
    user = ch(["acme-maps", "fleetview", "routekit", "tripsy"])
    return "pk." + b64u_json({"u": user, "a": rs(25, LOWD)}) + "." + rs(22, URLS)


def g_openai():
    return "sk-proj-" + rs(74, URLS) + "T3BlbkFJ" + rs(74, URLS)


def g_rc_secret():
    return "sk_" + rs(32)


def g_aws_secret():
    return rs(40, A62 + "/+")


def g_aws_id():
    return "AKIA" + rs(16, B32)


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _pem(label, der, width=64):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def g_rsa_pem():
    # PKCS#8 wrapper of a 2048-bit RSA key; inner integers are random bytes.
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a3020100028201010100")
    mod = bytes([0x80 | R.getrandbits(7)]) + rbytes(255)
    der = head + mod + bytes.fromhex("0203010001")
    der = der + rbytes(1217 - len(der))
    return _pem("PRIVATE KEY", der)


def g_ec_pem():
    # PKCS#8 P-256 key as in App Store Connect .p8 files
    d = rbytes(32)
    pub = b"\x04" + rbytes(64)
    ecpk = b"\x02\x01\x01" + b"\x04\x20" + d + b"\xa1\x44\x03\x42\x00" + pub
    ecpk = b"\x30" + _der_len(len(ecpk)) + ecpk
    alg = bytes.fromhex("301306072a8648ce3d020106082a8648ce3d030107")
    body = b"\x02\x01\x00" + alg + b"\x04" + _der_len(len(ecpk)) + ecpk
    der = b"\x30" + _der_len(len(body)) + body
    return _pem("PRIVATE KEY", der)


def g_rsa_trad_pem():
    head = bytes.fromhex("308204a40201000282010100")
    der = head + bytes([0x80 | R.getrandbits(7)]) + rbytes(255) + bytes.fromhex("0203010001") + rbytes(900)
    return _pem("RSA PRIVATE KEY", der)


def pem_esc(p):
    return p.replace("\n", "\\n")


def pem_first_body(p):
    lines = p.split("\n")
    return lines[1] if len(lines) > 2 and lines[0].startswith("-----BEGIN") else None


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + l if l else l for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- innocent filler
PROJECTS = ["acme_shop", "tripsy", "fleetview", "habitly", "notekeeper", "parcelpal", "bookit", "mealmate",
            "cinema_hub", "petcare", "quizzy", "runlog", "greenleaf", "homely", "pocket_bank"]
ORGS = ["acme", "tripsy-dev", "fleetview", "habitly-io", "parcelpal", "greenleaf-labs", "bookit-hq"]
HOSTS = ["db.internal", "postgres.prod.svc.cluster.local", "10.12.0.7", "db-primary.acme.io",
         "pg-main.c8xyrt2abc.eu-west-1.rds.amazonaws.com", "localhost"]


def proj():
    return ch(PROJECTS)


def org():
    return ch(ORGS)


def uuid4():
    h = rs(32, HEX)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def gcp_project():
    return ch(["acme-shop", "tripsy-prod", "fleetview-app", "habitly", "parcelpal-prod"]) + "-" + rs(5, LOWD)


def dart_header(pkgs):
    return "\n".join("import '%s';" % p for p in pkgs) + "\n"


# ---------------------------------------------------------------- positive templates
POS = []


def pos(provider, kind, gen, fam):
    def deco(fn):
        POS.append({"fn": fn, "provider": provider, "kind": kind, "gen": gen, "fam": fam, "name": fn.__name__})
        return fn
    return deco


SP_HEAD = """# Use this file to store passwords to services that your server uses. When
# the server starts, the passwords will be automatically loaded and can be
# accessed from the `session.passwords` field. If you don't have access to a
# session object, passwords can also be accessed from
# `Serverpod.instance.passwords`.
#
# Note that this file should not be under version control. Store it in a safe
# place.
"""


@pos("serverpod", "database-password", g_pw32, "pw")
def t_sp_db(s):
    p = proj()
    txt = SP_HEAD + """
# Save passwords used across all configurations here.
shared:
  # mySharedPassword: 'my password'

# Passwords used in your production environment.
production:
  database: '%s'
""" % s
    return "%s_server/config/passwords.yaml" % p, txt


@pos("serverpod", "redis-password", g_pw32, "pw")
def t_sp_redis(s):
    p = proj()
    txt = SP_HEAD + """
shared:

development:
  database: ''
  redis: ''

staging:
  redis: '%s'
""" % s
    return "%s_server/config/passwords.yaml" % p, txt


@pos("serverpod", "service-secret", g_pw32, "pw")
def t_sp_service(s):
    txt = SP_HEAD + """
production:
  # The service secret is used to communicate between servers and to access the
  # service protocol (Insights).
  serviceSecret: %s
""" % s
    return "server/config/passwords.yaml", txt


@pos("stripe", "api-key", g_stripe_sk, "stripe")
def t_sp_custom_stripe(s):
    name = ch(["stripeSecretKey", "stripe", "paymentsKey"])
    txt = SP_HEAD + """
# Custom passwords are read with session.passwords['%s'].
shared:
  %s: '%s'
""" % (name, name, s)
    return "%s_server/config/passwords.yaml" % proj(), txt


@pos("serverpod", "database-password", g_pw32, "pw")
def t_sp_dartconfig(s):
    host = ch(HOSTS)
    txt = dart_header(["package:serverpod/serverpod.dart", "src/generated/protocol.dart",
                       "src/generated/endpoints.dart"]) + """
/// Production configuration passed to the Serverpod constructor.
ServerpodConfig buildConfig() {
  return ServerpodConfig(
    apiServer: ServerConfig(
      port: 8080,
      publicHost: 'api.%s.app',
      publicPort: 443,
      publicScheme: 'https',
    ),
    database: DatabaseConfig(
      host: '%s',
      port: 5432,
      name: '%s',
      user: 'postgres',
      password: '%s',
      requireSsl: true,
    ),
  );
}

void run(List<String> args) async {
  final pod = Serverpod(args, Protocol(), Endpoints(), config: buildConfig());
  await pod.start();
}
""" % (proj(), host, proj(), s)
    return "lib/server.dart", txt


@pos("postgres", "database-password", g_password, "pw")
def t_compose_pg(s):
    txt = """services:
  postgres:
    image: postgres:16.3
    ports:
      - '8090:5432'
    environment:
      POSTGRES_USER: postgres
      POSTGRES_DB: %s
      POSTGRES_PASSWORD: "%s"
    volumes:
      - %s_data:/var/lib/postgresql/data
  redis:
    image: redis:6.2.6
    ports:
      - '8091:6379'
volumes:
  %s_data:
""" % (proj(), s, proj(), proj())
    return ch(["docker-compose.yaml", "server/docker-compose.yaml", "deploy/docker-compose.prod.yaml"]), txt


@pos("generic", "api-key", lambda: rs(40, A62), "generic")
def t_frog_apikey(s):
    name = ch(["_apiKey", "_internalKey", "kPartnerKey", "_expected"])
    txt = dart_header(["package:dart_frog/dart_frog.dart"]) + """
const %s = '%s';

/// Rejects requests that do not carry the partner API key.
Handler middleware(Handler handler) {
  return (context) async {
    final key = context.request.headers['x-api-key'];
    if (key != %s) {
      return Response(statusCode: 401, body: 'unauthorized');
    }
    return handler(context);
  };
}
""" % (name, s, name)
    return "routes/api/_middleware.dart", txt


@pos("generic", "jwt-signing-secret", g_jwt_secret, "generic")
def t_frog_jwt(s):
    txt = dart_header(["package:dart_frog/dart_frog.dart", "package:dart_jsonwebtoken/dart_jsonwebtoken.dart"]) + """
String issueToken(String userId) {
  final jwt = JWT({'sub': userId, 'scope': 'app'}, issuer: 'https://api.%s.app');
  return jwt.sign(SecretKey('%s'), expiresIn: const Duration(hours: 12));
}

Future<Response> onRequest(RequestContext context) async {
  final body = await context.request.json() as Map<String, dynamic>;
  return Response.json(body: {'token': issueToken(body['userId'] as String)});
}
""" % (proj(), s)
    return "routes/auth/token.dart", txt


@pos("generic", "jwt-signing-secret", g_jwt_secret, "generic")
def t_shelf_jwt(s):
    name = ch(["jwtSecret", "signingKey", "hmacKey", "tokenSecret"])
    txt = dart_header(["dart:io", "package:shelf/shelf.dart", "package:shelf/shelf_io.dart",
                       "package:shelf_router/shelf_router.dart", "package:dart_jsonwebtoken/dart_jsonwebtoken.dart"]) + """
final %s = SecretKey('%s');

Middleware checkJwt() => (inner) => (request) {
      final auth = request.headers['authorization'] ?? '';
      try {
        JWT.verify(auth.replaceFirst('Bearer ', ''), %s);
      } on JWTException {
        return Response.forbidden('invalid token');
      }
      return inner(request);
    };

Future<void> main() async {
  final router = Router()..get('/health', (Request r) => Response.ok('ok'));
  final handler = const Pipeline().addMiddleware(logRequests()).addMiddleware(checkJwt()).addHandler(router.call);
  await serve(handler, InternetAddress.anyIPv4, int.parse(Platform.environment['PORT'] ?? '8080'));
}
""" % (name, s, name)
    return "bin/server.dart", txt


@pos("postgres", "database-password", g_password, "pw")
def t_shelf_pg(s):
    txt = dart_header(["package:postgres/postgres.dart"]) + """
Future<Connection> openDb() {
  return Connection.open(
    Endpoint(
      host: '%s',
      database: '%s',
      username: 'app_rw',
      password: '%s',
    ),
    settings: ConnectionSettings(sslMode: SslMode.require),
  );
}
""" % (ch(HOSTS), proj(), s)
    return "lib/src/db.dart", txt


@pos("redis", "redis-password", g_password, "pw")
def t_dart_redis(s):
    txt = dart_header(["package:redis/redis.dart"]) + """
class Cache {
  Command? _cmd;

  Future<Command> _connect() async {
    final conn = RedisConnection();
    final cmd = await conn.connect('redis.%s.internal', 6379);
    await cmd.send_object(['AUTH', '%s']);
    return cmd;
  }

  Future<void> put(String key, String value) async {
    _cmd ??= await _connect();
    await _cmd!.send_object(['SET', key, value, 'EX', 3600]);
  }
}
""" % (proj(), s)
    return "lib/src/cache.dart", txt


@pos("postgres", "connection-string-password", g_password, "pw")
def t_dart_pg_url(s):
    txt = """// Database settings for the worker isolate.
const dbUrl = 'postgresql://worker:%s@%s:5432/%s?sslmode=require';
const poolSize = 8;
const statementTimeout = Duration(seconds: 30);
""" % (s, ch(HOSTS), proj())
    return "lib/config/database.dart", txt


@pos("stripe", "api-key", g_stripe_sk, "stripe")
def t_envied_gen(s):
    txt = """// GENERATED CODE - DO NOT MODIFY BY HAND

part of 'env.dart';

// **************************************************************************
// EnviedGenerator
// **************************************************************************

// coverage:ignore-file
// ignore_for_file: type=lint
final class _Env {
  static const String apiBaseUrl = 'https://api.%s.app';

  static const String stripeSecretKey = '%s';

  static const bool enableAnalytics = true;
}
""" % (proj(), s)
    return "lib/env/env.g.dart", txt


@pos("supabase", "service-role-key", g_supa_service, "supabase")
def t_dotenv_file(s):
    txt = """SUPABASE_URL=https://%s.supabase.co
SUPABASE_SERVICE_ROLE_KEY=%s
LOG_LEVEL=info
""" % (rs(20, LOW), s)
    return ch([".env", ".env.production", "assets/.env"]), txt


@pos("openai", "api-key", g_openai, "generic")
def t_dart_defines_openai(s):
    txt = json.dumps({"API_BASE_URL": "https://api.%s.app" % proj(), "FLAVOR": "prod",
                      "OPENAI_API_KEY": s, "ENABLE_CRASHLYTICS": "true"}, indent=2) + "\n"
    return ch(["dart_defines.json", "config/prod.json", "env/production.json"]), txt


@pos("supabase", "service-role-key", g_supa_service, "supabase")
def t_dart_defines_supa(s):
    txt = json.dumps({"SUPABASE_URL": "https://%s.supabase.co" % rs(20, LOW), "SUPABASE_KEY": s,
                      "APP_NAME": proj()}, indent=2) + "\n"
    return ch(["config/admin.json", "dart_defines/staging.json"]), txt


@pos("stripe", "restricted-key", g_stripe_rk, "stripe")
def t_sh_dartdefine(s):
    txt = """#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."

flutter pub get
flutter build appbundle --release \\
  --flavor production \\
  --dart-define=API_BASE_URL=https://api.%s.app \\
  --dart-define=STRIPE_KEY=%s \\
  --obfuscate --split-debug-info=build/symbols
""" % (proj(), s)
    return ch(["scripts/build_release.sh", "tool/release.sh"]), txt


@pos("sendgrid", "api-key", g_sendgrid, "generic")
def t_melos(s):
    txt = """name: %s
repository: https://github.com/%s/%s

packages:
  - apps/**
  - packages/**

scripts:
  analyze:
    run: melos exec -- dart analyze .
  test:
    run: melos exec --dir-exists=test -- flutter test
  serve:mailer:
    run: dart run packages/mailer/bin/serve.dart --dart-define=MAIL_KEY=%s
    description: Run the mailer locally.
""" % (proj(), org(), proj(), s)
    return "melos.yaml", txt


@pos("github", "personal-access-token", g_ghp, "generic")
def t_pubspec_git(s):
    p = proj()
    txt = """name: %s
description: Shared domain models.
publish_to: none
version: 1.4.0

environment:
  sdk: ^3.4.0

dependencies:
  collection: ^1.18.0
  json_annotation: ^4.9.0
  %s_core:
    git:
      url: https://%s@github.com/%s/%s_core.git
      ref: v2.3.1

dev_dependencies:
  build_runner: ^2.4.11
  json_serializable: ^6.8.0
  lints: ^4.0.0
""" % (p, p, s, org(), p)
    return "packages/%s_models/pubspec.yaml" % p, txt


@pos("cloudsmith", "registry-token", g_cloudsmith, "generic")
def t_pub_token_add(s):
    o = org()
    txt = """#!/bin/sh
# CI bootstrap: authenticate against the private Dart registry, then fetch deps.
set -e
echo "%s" | dart pub token add https://dart.cloudsmith.io/%s/flutter/
dart pub get
dart test --reporter expanded
""" % (s, o)
    return ch(["ci/bootstrap.sh", "tool/ci_setup.sh"]), txt


@pos("cloudsmith", "registry-token", g_cloudsmith, "generic")
def t_pub_tokens_json(s):
    txt = json.dumps({"version": 1, "hosted": [
        {"url": "https://dart.cloudsmith.io/%s/packages" % org(), "token": s}]}, indent=2) + "\n"
    return ch(["ci/pub-tokens.json", ".config/dart/pub-tokens.json"]), txt


@pos("google", "oauth-refresh-token", g_refresh, "google_refresh")
def t_pub_credentials(s):
    txt = json.dumps({"accessToken": "", "refreshToken": s,
                      "idToken": None,
                      "tokenEndpoint": "https://accounts.google.com/o/oauth2/token",
                      "scopes": ["openid", "https://www.googleapis.com/auth/userinfo.email"],
                      "expiration": R.randint(1690000000000, 1760000000000)}, indent=2) + "\n"
    return ch(["ci/pub-credentials.json", "tool/credentials.json"]), txt


@pos("google", "oauth-refresh-token", g_refresh, "google_refresh")
def t_pub_credentials_sh(s):
    txt = """#!/bin/bash
# Publish packages from CI (pub.dev uses Google OAuth).
mkdir -p ~/.config/dart
cat <<EOF > ~/.config/dart/pub-credentials.json
{
  "accessToken": "${PUB_ACCESS_TOKEN}",
  "refreshToken": "%s",
  "tokenEndpoint": "https://accounts.google.com/o/oauth2/token",
  "scopes": ["https://www.googleapis.com/auth/userinfo.email", "openid"],
  "expiration": 1630507080060
}
EOF
dart pub publish --force
""" % s
    return ".github/scripts/publish.sh", txt


@pos("apple", "app-store-connect-private-key", g_ec_pem, "pem")
def t_codemagic_p8(s):
    txt = """workflows:
  ios-release:
    name: iOS release
    instance_type: mac_mini_m2
    max_build_duration: 60
    environment:
      flutter: stable
      xcode: latest
      ios_signing:
        distribution_type: app_store
        bundle_identifier: com.%s.app
      vars:
        APP_STORE_CONNECT_ISSUER_ID: %s
        APP_STORE_CONNECT_KEY_IDENTIFIER: %s
        APP_STORE_CONNECT_PRIVATE_KEY: |
%s
    scripts:
      - name: Get Flutter packages
        script: flutter pub get
      - name: Build ipa
        script: flutter build ipa --release --export-options-plist=/Users/builder/export_options.plist
    artifacts:
      - build/ios/ipa/*.ipa
""" % (proj(), uuid4(), rs(10, UPD), indent(s, 10))
    return "codemagic.yaml", txt


@pos("android", "keystore-password", g_password, "pw")
def t_codemagic_keystore(s):
    txt = """workflows:
  android-release:
    name: Android release
    environment:
      flutter: 3.22.2
      groups:
        - google_play
      vars:
        PACKAGE_NAME: com.%s.app
        CM_KEYSTORE_PATH: /tmp/keystore.jks
        CM_KEY_ALIAS: upload
        CM_KEYSTORE_PASSWORD: "%s"
    scripts:
      - name: Set up key.properties
        script: |
          echo $CM_KEYSTORE | base64 --decode > $CM_KEYSTORE_PATH
      - name: Build AAB
        script: flutter build appbundle --release
""" % (proj(), s)
    return "codemagic.yaml", txt


@pos("firebase", "cli-token", g_refresh, "google_refresh")
def t_codemagic_firebase(s):
    txt = """workflows:
  web-deploy:
    name: Flutter web to Firebase Hosting
    environment:
      flutter: stable
      vars:
        FIREBASE_PROJECT: %s
        FIREBASE_TOKEN: %s
    scripts:
      - flutter build web --release --web-renderer canvaskit
      - npm install -g firebase-tools
      - firebase deploy --only hosting --project $FIREBASE_PROJECT --token "$FIREBASE_TOKEN"
""" % (gcp_project(), s)
    return "codemagic.yaml", txt


def sa_json(key, email_local, project):
    return json.dumps({
        "type": "service_account", "project_id": project,
        "private_key_id": rs(40, HEX), "private_key": key,
        "client_email": "%s@%s.iam.gserviceaccount.com" % (email_local, project),
        "client_id": str(R.randint(10 ** 20, 10 ** 21 - 1)),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com" % (email_local, project),
        "universe_domain": "googleapis.com"}, indent=2) + "\n"


@pos("google", "service-account-private-key", g_rsa_pem, "pem_json")
def t_sa_json(s):
    txt = sa_json(s, ch(["firebase-adminsdk-" + rs(5, LOWD), "pub-publisher", "backend", "sheets-sync"]), gcp_project())
    needle = json.dumps(s)[1:-1]
    return ch(["service-account.json", "server/credentials/service_account.json", "keys/gcp-sa.json"]), txt, needle


@pos("google", "service-account-private-key", g_rsa_pem, "pem_json")
def t_googleapis_auth(s):
    pr = gcp_project()
    inner = sa_json(s, "sheets-sync", pr)
    txt = dart_header(["package:googleapis/sheets/v4.dart", "package:googleapis_auth/auth_io.dart"]) + """
final _credentials = ServiceAccountCredentials.fromJson(r'''
%s''');

Future<SheetsApi> sheets() async {
  final client = await clientViaServiceAccount(_credentials, [SheetsApi.spreadsheetsScope]);
  return SheetsApi(client);
}
""" % inner
    needle = json.dumps(s)[1:-1]
    return "lib/src/google/sheets_client.dart", txt, needle


@pos("firebase", "service-account-private-key", g_rsa_pem, "pem_dartstr")
def t_firebase_admin(s):
    pr = gcp_project()
    esc = pem_esc(s)
    txt = dart_header(["package:dart_firebase_admin/dart_firebase_admin.dart",
                       "package:dart_firebase_admin/messaging.dart"]) + """
final admin = FirebaseAdminApp.initializeApp(
  '%s',
  Credential.fromServiceAccountParams(
    clientId: '%s',
    privateKey: '%s',
    email: 'firebase-adminsdk-%s@%s.iam.gserviceaccount.com',
  ),
);

final messaging = Messaging(admin);
""" % (pr, str(R.randint(10 ** 20, 10 ** 21 - 1)), esc, rs(5, LOWD), pr)
    return "lib/firebase.dart", txt, esc


@pos("appwrite", "api-key", g_appwrite, "generic")
def t_appwrite_fn(s):
    txt = dart_header(["dart:async", "package:dart_appwrite/dart_appwrite.dart"]) + """
// Appwrite function: nightly cleanup of expired sessions.
Future<dynamic> main(final context) async {
  final client = Client()
      .setEndpoint('https://cloud.appwrite.io/v1')
      .setProject('%s')
      .setKey('%s');
  final users = Users(client);
  final list = await users.list();
  context.log('users: ${list.total}');
  return context.res.json({'ok': true});
}
""" % (rs(20, HEX), s)
    return "functions/cleanup/lib/main.dart", txt


@pos("appwrite", "api-key", g_appwrite, "generic")
def t_appwrite_cli(s):
    txt = """#!/usr/bin/env bash
# Deploy Appwrite functions from CI.
set -euo pipefail
appwrite client \\
  --endpoint https://cloud.appwrite.io/v1 \\
  --project-id %s \\
  --key %s
appwrite push functions --all --force
""" % (rs(20, HEX), s)
    return "scripts/deploy_functions.sh", txt


@pos("supabase", "service-role-key", g_supa_service, "supabase")
def t_supa_dart(s):
    txt = dart_header(["package:supabase/supabase.dart"]) + """
/// Admin client used by the backoffice jobs (bypasses RLS).
final supabaseAdmin = SupabaseClient(
  'https://%s.supabase.co',
  '%s',
);

Future<void> purgeDeleted() async {
  await supabaseAdmin.from('profiles').delete().lt('deleted_at', DateTime.now().toIso8601String());
}
""" % (rs(20, LOW), s)
    return "bin/jobs/purge.dart", txt


@pos("supabase", "secret-key", g_sb_secret, "supabase_new")
def t_supa_sb_secret(s):
    txt = dart_header(["package:supabase/supabase.dart"]) + """
class Backend {
  Backend()
      : client = SupabaseClient(
          'https://%s.supabase.co',
          '%s',
          authOptions: const AuthClientOptions(autoRefreshToken: false),
        );

  final SupabaseClient client;
}
""" % (rs(20, LOW), s)
    return "lib/backend.dart", txt


@pos("supabase", "service-role-key", g_supa_service, "supabase")
def t_supa_headers(s):
    txt = dart_header(["package:http/http.dart as http"]) + """
const _rest = 'https://%s.supabase.co/rest/v1';
const Map<String, String> kAdminHeaders = {
  'apikey': '%s',
  'Content-Type': 'application/json',
  'Prefer': 'return=minimal',
};

Future<http.Response> insertAudit(String body) =>
    http.post(Uri.parse('$_rest/audit_log'), headers: kAdminHeaders, body: body);
""" % (rs(20, LOW), s)
    return "lib/audit.dart", txt


@pos("stripe", "api-key", g_stripe_sk, "stripe")
def t_stripe_dart(s):
    txt = dart_header(["package:stripe/stripe.dart"]) + """
final stripe = Stripe('%s');

Future<String> createIntent(int amount, String currency) async {
  final intent = await stripe.paymentIntent.create(
    CreatePaymentIntentRequest(amount: amount, currency: currency),
  );
  return intent.clientSecret!;
}
""" % s
    return "lib/payments/stripe_service.dart", txt


@pos("stripe", "webhook-secret", g_whsec, "stripe_whsec")
def t_stripe_webhook(s):
    txt = dart_header(["dart:convert", "package:crypto/crypto.dart", "package:dart_frog/dart_frog.dart"]) + """
const endpointSecret = '%s';

bool verify(String payload, String header) {
  final parts = {for (final p in header.split(',')) p.split('=')[0]: p.split('=')[1]};
  final signed = '${parts['t']}.$payload';
  final mac = Hmac(sha256, utf8.encode(endpointSecret)).convert(utf8.encode(signed));
  return mac.toString() == parts['v1'];
}

Future<Response> onRequest(RequestContext context) async {
  final payload = await context.request.body();
  if (!verify(payload, context.request.headers['stripe-signature'] ?? '')) {
    return Response(statusCode: 400);
  }
  return Response(statusCode: 200);
}
""" % s
    return "routes/webhooks/stripe.dart", txt


@pos("stripe", "api-key", g_stripe_sk, "stripe")
def t_stripe_http(s):
    txt = dart_header(["dart:convert", "package:http/http.dart as http"]) + """
Future<Map<String, dynamic>> refund(String chargeId) async {
  final res = await http.post(
    Uri.https('api.stripe.com', '/v1/refunds'),
    headers: {'Authorization': 'Bearer %s'},
    body: {'charge': chargeId},
  );
  return jsonDecode(res.body) as Map<String, dynamic>;
}
""" % s
    return "lib/src/refunds.dart", txt


@pos("generic", "api-key", lambda: rs(32, HEX), "generic")
def t_build_yaml(s):
    txt = """targets:
  $default:
    builders:
      json_serializable:
        options:
          explicit_to_json: true
          include_if_null: false
      %s|schema_fetcher:
        options:
          endpoint: https://graphql.%s.app/graphql
          headers:
            x-hasura-admin-secret: %s
          output: lib/graphql/schema.graphql
""" % (proj(), proj(), s)
    return "build.yaml", txt


@pos("stripe", "api-key", g_stripe_sk, "stripe")
def t_test_fixture(s):
    txt = dart_header(["package:test/test.dart", "package:mocktail/mocktail.dart",
                       "package:%s/payments/stripe_service.dart" % proj()]) + """
class MockHttpClient extends Mock implements HttpClient {}

void main() {
  late PaymentsService service;

  setUp(() {
    service = PaymentsService(apiKey: '%s');
  });

  test('creates a payment intent', () async {
    final id = await service.createIntent(1999, 'eur');
    expect(id, startsWith('pi_'));
  });
}
""" % s
    return "test/payments/stripe_service_test.dart", txt


@pos("openai", "api-key", g_openai, "generic")
def t_index_html(s):
    txt = """<!DOCTYPE html>
<html>
<head>
  <base href="$FLUTTER_BASE_HREF">
  <meta charset="UTF-8">
  <meta content="IE=Edge" http-equiv="X-UA-Compatible">
  <meta name="description" content="%s web">
  <meta name="apple-mobile-web-app-capable" content="yes">
  <link rel="icon" type="image/png" href="favicon.png"/>
  <title>%s</title>
  <link rel="manifest" href="manifest.json">
  <script>
    window.appConfig = {
      assistantModel: "gpt-4o-mini",
      assistantKey: "%s"
    };
  </script>
</head>
<body>
  <script src="flutter_bootstrap.js" async></script>
</body>
</html>
""" % (proj(), proj(), s)
    return "web/index.html", txt


@pos("appwrite", "api-key", g_appwrite, "generic")
def t_md_appwrite(s):
    txt = """# Admin scripts

Run the seeding script against the staging project:

```bash
curl -X POST https://cloud.appwrite.io/v1/databases/main/collections/products/documents \\
  -H "X-Appwrite-Project: %s" \\
  -H "X-Appwrite-Key: %s" \\
  -H "Content-Type: application/json" \\
  -d '{"documentId":"unique()","data":{"name":"Starter"}}'
```

The response contains the new document `$id`.
""" % (rs(20, HEX), s)
    return "docs/admin-scripts.md", txt


@pos("serverpod", "service-secret", g_pw32, "pw")
def t_md_runbook(s):
    txt = """# Production runbook

## Insights access

Serverpod Insights connects to `https://insights.%s.app` on port 8081.
Use this service secret when adding the server in Insights:

    %s

## Restarting

1. `gcloud run services update api --region europe-west1`
2. Check `/health` returns 200.
""" % (proj(), s)
    return "docs/RUNBOOK.md", txt


@pos("generic", "jwt-signing-secret", g_jwt_secret, "generic")
def t_dockerfile_frog(s):
    txt = """# Official Dart image: https://hub.docker.com/_/dart
FROM dart:stable AS build

WORKDIR /app
COPY pubspec.* ./
RUN dart pub get
COPY . .
RUN dart pub global activate dart_frog_cli && dart_frog build
RUN dart compile exe build/bin/server.dart -o build/bin/server

FROM scratch
COPY --from=build /runtime/ /
COPY --from=build /app/build/bin/server /app/bin/
ENV PORT=8080
ENV JWT_SECRET=%s
EXPOSE 8080
CMD ["/app/bin/server"]
""" % s
    return "Dockerfile", txt


@pos("stripe", "api-key", g_stripe_sk, "stripe")
def t_dockerfile_arg(s):
    txt = """FROM dart:3.5 AS build
WORKDIR /src
COPY . .
ARG STRIPE_SECRET_KEY=%s
RUN dart pub get --offline && dart compile exe bin/server.dart \\
    -DSTRIPE_SECRET_KEY=$STRIPE_SECRET_KEY -o /out/server

FROM debian:bookworm-slim
COPY --from=build /out/server /usr/local/bin/server
CMD ["server"]
""" % s
    return "server/Dockerfile", txt


@pos("android", "keystore-password", g_password, "pw")
def t_key_properties(s):
    txt = """storePassword=%s
keyPassword=%s
keyAlias=upload
storeFile=/Users/%s/keys/upload-keystore.jks
""" % (s, s, ch(["dev", "build", "marta", "ci"]))
    return "android/key.properties", txt


@pos("android", "keystore-password", g_password, "pw")
def t_gradle_signing(s):
    txt = """plugins {
    id "com.android.application"
    id "kotlin-android"
    id "dev.flutter.flutter-gradle-plugin"
}

android {
    namespace = "com.%s.app"
    compileSdk = flutter.compileSdkVersion

    signingConfigs {
        release {
            keyAlias "release"
            keyPassword "%s"
            storeFile file("../release.jks")
            storePassword "%s"
        }
    }

    buildTypes {
        release {
            signingConfig signingConfigs.release
        }
    }
}
""" % (proj(), s, s)
    return "android/app/build.gradle", txt


@pos("slack", "webhook-url", g_slack, "slack")
def t_slack_dart(s):
    txt = dart_header(["dart:convert", "package:http/http.dart as http"]) + """
Future<void> notifyDeploy(String version) async {
  await http.post(
    Uri.parse('%s'),
    headers: {'content-type': 'application/json'},
    body: jsonEncode({'text': 'Deployed api $version'}),
  );
}
""" % s
    return "tool/notify.dart", txt


@pos("discord", "webhook-url", g_discord, "discord")
def t_discord_yaml(s):
    txt = """name: release
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: subosito/flutter-action@v2
        with:
          channel: stable
      - run: flutter build apk --release
      - name: Announce
        run: |
          curl -H "Content-Type: application/json" \\
            -d "{\\"content\\": \\"Release ${GITHUB_REF_NAME} is out\\"}" \\
            %s
"""
    return ".github/workflows/release.yml", txt % s


@pos("google", "fcm-server-key", g_fcm, "generic")
def t_fcm_legacy(s):
    txt = dart_header(["dart:convert", "package:http/http.dart as http"]) + """
Future<void> sendPush(String deviceToken, String title) {
  return http.post(
    Uri.parse('https://fcm.googleapis.com/fcm/send'),
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'key=%s',
    },
    body: jsonEncode({'to': deviceToken, 'notification': {'title': title}}),
  );
}
""" % s
    return "lib/services/push_service.dart", txt


@pos("twilio", "auth-token", g_twilio, "generic")
def t_twilio(s):
    txt = dart_header(["package:twilio_flutter/twilio_flutter.dart"]) + """
final twilio = TwilioFlutter(
  accountSid: 'AC%s',
  authToken: '%s',
  twilioNumber: '+1415555%04d',
);
""" % (rs(32, HEX), s, R.randint(0, 9999))
    return "lib/services/sms.dart", txt


@pos("mapbox", "secret-token", g_mapbox_sk, "mapbox")
def t_mapbox_gradle(s):
    txt = """org.gradle.jvmargs=-Xmx4G -XX:MaxMetaspaceSize=2G -XX:+HeapDumpOnOutOfMemoryError
android.useAndroidX=true
android.enableJetifier=true
MAPBOX_DOWNLOADS_TOKEN=%s
""" % s
    return "android/gradle.properties", txt


@pos("mapbox", "secret-token", g_mapbox_sk, "mapbox")
def t_mapbox_netrc(s):
    txt = """machine api.mapbox.com
login mapbox
password %s
""" % s
    return ch(["ci/.netrc", "ios/.netrc"]), txt


@pos("revenuecat", "secret-key", g_rc_secret, "rc")
def t_revenuecat(s):
    txt = dart_header(["dart:convert", "package:http/http.dart as http"]) + """
/// Grants a promotional entitlement from the backend.
Future<void> grantPromo(String appUserId) async {
  final uri = Uri.parse('https://api.revenuecat.com/v1/subscribers/$appUserId/entitlements/pro/promotional');
  await http.post(uri,
      headers: {'Authorization': 'Bearer %s', 'Content-Type': 'application/json'},
      body: jsonEncode({'duration': 'monthly'}));
}
""" % s
    return "routes/admin/promo.dart", txt


@pos("openai", "api-key", g_openai, "generic")
def t_openai_dart(s):
    txt = dart_header(["package:dart_openai/dart_openai.dart"]) + """
void configureAi() {
  OpenAI.apiKey = '%s';
  OpenAI.requestsTimeOut = const Duration(seconds: 60);
}
""" % s
    return "lib/ai/setup.dart", txt


@pos("aws", "secret-access-key", g_aws_secret, "aws")
def t_minio(s):
    txt = dart_header(["package:minio/minio.dart"]) + """
final minio = Minio(
  endPoint: 's3.eu-central-1.amazonaws.com',
  accessKey: '%s',
  secretKey: '%s',
  region: 'eu-central-1',
);

Future<void> upload(String key, Stream<List<int>> data) =>
    minio.putObject('%s-uploads', key, data.map((e) => Uint8List.fromList(e)));
""" % (g_aws_id(), s, proj())
    return "lib/storage/s3.dart", txt


@pos("postgres", "database-password", g_password, "pw")
def t_sql_role(s):
    txt = """-- Roles for the Serverpod database
BEGIN;
CREATE ROLE app_rw LOGIN PASSWORD '%s';
GRANT CONNECT ON DATABASE %s TO app_rw;
GRANT USAGE ON SCHEMA public TO app_rw;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO app_rw;
COMMIT;
""" % (s, proj())
    return "server/migrations/roles.sql", txt


@pos("redis", "connection-string-password", g_password, "pw")
def t_redis_url_yaml(s):
    txt = """# Shared settings for the worker
queue:
  name: jobs
  concurrency: 4
  redis_url: redis://default:%s@redis-%d.c1.eu-west-1-2.ec2.cloud.redislabs.com:%d
logging:
  level: info
""" % (s, R.randint(10000, 19999), R.randint(10000, 19999))
    return "config/worker.yaml", txt


@pos("supabase", "service-role-key", g_supa_service, "supabase")
def t_launch_json(s):
    txt = json.dumps({"version": "0.2.0", "configurations": [
        {"name": "admin (dev)", "request": "launch", "type": "dart", "program": "lib/main_admin.dart",
         "args": ["--dart-define", "SUPABASE_URL=https://%s.supabase.co" % rs(20, LOW),
                  "--dart-define", "SUPABASE_SERVICE_KEY=" + s]}]}, indent=2) + "\n"
    return ".vscode/launch.json", txt


@pos("generic", "basic-auth-password", g_password, "pw")
def t_shelf_basic(s):
    txt = dart_header(["dart:convert", "package:shelf/shelf.dart"]) + """
const _adminUser = 'ops';
const _adminPass = '%s';

Middleware basicAuth() => (inner) => (request) {
      final expected = 'Basic ${base64Encode(utf8.encode('$_adminUser:$_adminPass'))}';
      if (request.headers['authorization'] != expected) {
        return Response(401, headers: {'www-authenticate': 'Basic realm="admin"'});
      }
      return inner(request);
    };
""" % s
    return "lib/middleware/admin_auth.dart", txt


@pos("stripe", "api-key", g_stripe_sk, "stripe")
def t_fromenv_default(s):
    txt = """class Config {
  static const apiBaseUrl = String.fromEnvironment('API_BASE_URL', defaultValue: 'http://localhost:8080');
  static const stripeKey = String.fromEnvironment('STRIPE_SECRET_KEY', defaultValue: '%s');
  static const flavor = String.fromEnvironment('FLAVOR', defaultValue: 'dev');
}
""" % s
    return "lib/config.dart", txt


@pos("sendgrid", "api-key", g_sendgrid, "generic")
def t_platform_env_fallback(s):
    txt = dart_header(["dart:io"]) + """
final sendgridKey = Platform.environment['SENDGRID_API_KEY'] ?? '%s';
final fromAddress = Platform.environment['MAIL_FROM'] ?? 'no-reply@%s.app';
""" % (s, proj())
    return "lib/src/mail_config.dart", txt


@pos("generic", "jwt-signing-secret", g_jwt_secret, "generic")
def t_k8s_secret(s):
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: %s-api
  namespace: prod
type: Opaque
stringData:
  JWT_SECRET: "%s"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: %s-api
spec:
  replicas: 2
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      containers:
        - name: api
          image: ghcr.io/%s/api:1.8.2
          envFrom:
            - secretRef: {name: %s-api}
""" % (proj(), s, proj(), org(), proj())
    return "deploy/k8s/api.yaml", txt


@pos("postgres", "connection-string-password", g_password, "pw")
def t_log_leak(s):
    lines = []
    t = R.randint(10, 50)
    for i in range(4):
        lines.append("2024-05-%02d 09:%02d:%02d.%03d INFO  [pool] worker %d ready" % (R.randint(1, 28), t, i * 7, R.randint(0, 999), i))
    lines.append("2024-05-14 09:%02d:31.112 ERROR [db] connection failed: postgres://api:%s@%s:5432/%s (timeout)" % (t, s, ch(HOSTS), proj()))
    lines.append("2024-05-14 09:%02d:31.400 INFO  [db] retrying in 5s" % t)
    return "logs/server-2024-05-14.log", "\n".join(lines) + "\n"


@pos("generic", "jwt-signing-private-key", g_rsa_trad_pem, "pem")
def t_dart_rsa_raw(s):
    txt = dart_header(["package:dart_jsonwebtoken/dart_jsonwebtoken.dart"]) + """
final _signingKey = RSAPrivateKey(r'''
%s''');

String mint(String sub) => JWT({'sub': sub}).sign(_signingKey, algorithm: JWTAlgorithm.RS256);
""" % s
    return "lib/auth/keys.dart", txt


@pos("stripe", "api-key", g_stripe_sk, "stripe")
def t_secrets_xml(s):
    txt = """<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">%s</string>
    <string name="payments_backend_key" translatable="false">%s</string>
</resources>
""" % (proj(), s)
    return "android/app/src/main/res/values/keys.xml", txt


@pos("github", "personal-access-token", g_ghp, "generic")
def t_gh_workflow_pub(s):
    txt = """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      GIT_TOKEN: %s
    steps:
      - uses: actions/checkout@v4
      - run: git config --global url."https://x-access-token:${GIT_TOKEN}@github.com/".insteadOf "https://github.com/"
      - uses: dart-lang/setup-dart@v1
      - run: dart pub get
      - run: dart test
""" % s
    return ".github/workflows/ci.yml", txt


@pos("generic", "api-key", lambda: rs(48, URLS), "generic")
def t_csv_partners(s):
    rows = ["partner,environment,api_key,created"]
    rows.append("%s,production,%s,2024-03-02" % (ch(["acme", "globex", "initech"]), s))
    return "ops/partners.csv", "\n".join(rows) + "\n"


@pos("stripe", "restricted-key", g_stripe_rk, "stripe")
def t_readme_curl(s):
    txt = """# Billing service

Local smoke test against live data (read-only key):

```sh
curl https://api.stripe.com/v1/balance -u %s:
```

Then start the server with `dart run bin/server.dart`.
""" % s
    return "README.md", txt


# ---------------------------------------------------------------- slot placeholders (negatives)
def placeholder(fam):
    """Return (value, subkind) for a non-secret value in a secret's slot."""
    env = {"pw": "DB_PASSWORD", "stripe": "STRIPE_SECRET_KEY", "stripe_whsec": "STRIPE_WEBHOOK_SECRET",
           "supabase": "SUPABASE_SERVICE_ROLE_KEY", "supabase_new": "SUPABASE_SECRET_KEY",
           "google_refresh": "PUB_REFRESH_TOKEN", "pem": "PRIVATE_KEY", "pem_json": "SA_PRIVATE_KEY",
           "pem_dartstr": "FIREBASE_PRIVATE_KEY", "slack": "SLACK_WEBHOOK_URL", "discord": "DISCORD_WEBHOOK",
           "mapbox": "MAPBOX_DOWNLOADS_TOKEN", "rc": "REVENUECAT_SECRET", "aws": "AWS_SECRET_ACCESS_KEY"}.get(fam, "API_KEY")
    common = [
        ("<your-key>", "placeholder"), ("YOUR_API_KEY_HERE", "placeholder"), ("changeme", "placeholder"),
        ("x" * ch([8, 24, 32]), "placeholder"), ("REPLACE_ME", "placeholder"), ("<set-in-ci>", "placeholder"),
        ("", "empty"), ("****", "masked"), ("[REDACTED]", "masked"), ("********************", "masked"),
        ("${%s}" % env, "env-ref"), ("$%s" % env, "env-ref"), ("op://Engineering/%s/credential" % env.lower(), "secret-manager-ref"),
        ("vault:secret/data/prod/app#%s" % env.lower(), "secret-manager-ref"), ("{{ %s }}" % env.lower(), "template-expr"),
        ("<%s>" % env, "placeholder"), ("TODO", "placeholder"),
    ]
    special = {
        "stripe": [("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "doc-example"), ("pk_live_51" + rs(97), "public-key"),
                   ("sk_live_" + "x" * 24, "placeholder"), ("sk_live_...", "placeholder")],
        "stripe_whsec": [("whsec_...", "placeholder"), ("whsec_REPLACE_ME", "placeholder")],
        "supabase": [(g_supa_anon(), "public-key"), ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...", "placeholder")],
        "supabase_new": [("sb_publishable_" + rs(31), "public-key"), ("sb_secret_...", "placeholder")],
        "mapbox": [(g_mapbox_pk(), "public-key"), ("sk.YOUR_SECRET_TOKEN", "placeholder")],
        "rc": [("appl_" + rs(27), "public-key"), ("goog_" + rs(27), "public-key")],
        "aws": [("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "doc-example")],
        "slack": [("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "doc-example")],
        "discord": [("https://discord.com/api/webhooks/<id>/<token>", "placeholder")],
        "pem": [("-----BEGIN PRIVATE KEY-----\n<paste key here>\n-----END PRIVATE KEY-----\n", "placeholder")],
        "pem_json": [("-----BEGIN PRIVATE KEY-----\n[REDACTED]\n-----END PRIVATE KEY-----\n", "masked")],
        "google_refresh": [("1//xxxxxxxxxxxxxxxx", "placeholder")],
    }.get(fam, [])
    pool = common + special * 3
    return ch(pool)


# ---------------------------------------------------------------- look-alike negatives
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def aiza():
    return "AIzaSy" + rs(33, URLS)


@neg("firebase", "public-api-key")
def n_firebase_options(s=None):
    pr = gcp_project()
    sender = str(R.randint(10 ** 11, 10 ** 12 - 1))
    txt = """// File generated by FlutterFire CLI.
// ignore_for_file: type=lint
import 'package:firebase_core/firebase_core.dart' show FirebaseOptions;
import 'package:flutter/foundation.dart' show defaultTargetPlatform, kIsWeb, TargetPlatform;

class DefaultFirebaseOptions {
  static FirebaseOptions get currentPlatform {
    if (kIsWeb) return web;
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
    apiKey: '%s',
    appId: '1:%s:web:%s',
    messagingSenderId: '%s',
    projectId: '%s',
    authDomain: '%s.firebaseapp.com',
    storageBucket: '%s.appspot.com',
    measurementId: 'G-%s',
  );

  static const FirebaseOptions android = FirebaseOptions(
    apiKey: '%s',
    appId: '1:%s:android:%s',
    messagingSenderId: '%s',
    projectId: '%s',
    storageBucket: '%s.appspot.com',
  );

  static const FirebaseOptions ios = FirebaseOptions(
    apiKey: '%s',
    appId: '1:%s:ios:%s',
    messagingSenderId: '%s',
    projectId: '%s',
    storageBucket: '%s.appspot.com',
    iosBundleId: 'com.%s.app',
  );
}
""" % (aiza(), sender, rs(22, HEX), sender, pr, pr, pr, rs(10, UPD),
       aiza(), sender, rs(22, HEX), sender, pr, pr,
       aiza(), sender, rs(22, HEX), sender, pr, pr, proj())
    return "lib/firebase_options.dart", txt


@neg("firebase", "public-api-key")
def n_google_services(s=None):
    pr = gcp_project()
    num = str(R.randint(10 ** 11, 10 ** 12 - 1))
    txt = json.dumps({"project_info": {"project_number": num, "project_id": pr, "storage_bucket": pr + ".appspot.com"},
                      "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (num, rs(22, HEX)),
                                                  "android_client_info": {"package_name": "com.%s.app" % proj()}},
                                  "oauth_client": [{"client_id": "%s-%s.apps.googleusercontent.com" % (num, rs(32, LOWD)), "client_type": 3}],
                                  "api_key": [{"current_key": aiza()}],
                                  "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
                      "configuration_version": "1"}, indent=2) + "\n"
    return "android/app/google-services.json", txt


@neg("firebase", "public-api-key")
def n_google_plist(s=None):
    num = str(R.randint(10 ** 11, 10 ** 12 - 1))
    pr = gcp_project()
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>%s</string>
	<key>GCM_SENDER_ID</key>
	<string>%s</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>com.%s.app</string>
	<key>PROJECT_ID</key>
	<string>%s</string>
	<key>STORAGE_BUCKET</key>
	<string>%s.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:%s:ios:%s</string>
</dict>
</plist>
""" % (aiza(), num, proj(), pr, pr, num, rs(22, HEX))
    return "ios/Runner/GoogleService-Info.plist", txt


@neg("firebase", "public-api-key")
def n_index_firebase(s=None):
    pr = gcp_project()
    txt = """<!DOCTYPE html>
<html>
<head>
  <base href="/">
  <meta charset="UTF-8">
  <title>%s</title>
  <link rel="icon" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA%s">
  <script src="https://maps.googleapis.com/maps/api/js?key=%s&libraries=places"></script>
  <script type="module">
    import { initializeApp } from "https://www.gstatic.com/firebasejs/10.12.2/firebase-app.js";
    const firebaseConfig = {
      apiKey: "%s",
      authDomain: "%s.firebaseapp.com",
      projectId: "%s",
      appId: "1:%d:web:%s"
    };
    initializeApp(firebaseConfig);
  </script>
</head>
<body>
  <script src="flutter_bootstrap.js" async></script>
</body>
</html>
""" % (proj(), rs(60, A62 + "+/"), aiza(), aiza(), pr, pr, R.randint(10 ** 11, 10 ** 12 - 1), rs(22, HEX))
    return "web/index.html", txt


@neg("supabase", "anon-key")
def n_supa_anon(s=None):
    txt = dart_header(["package:flutter/material.dart", "package:supabase_flutter/supabase_flutter.dart", "app.dart"]) + """
Future<void> main() async {
  WidgetsFlutterBinding.ensureInitialized();
  await Supabase.initialize(
    url: 'https://%s.supabase.co',
    anonKey: '%s',
  );
  runApp(const App());
}
""" % (rs(20, LOW), g_supa_anon())
    return "lib/main.dart", txt


@neg("supabase", "publishable-key")
def n_supa_publishable(s=None):
    txt = """/// Public client settings (safe to ship in the app).
class SupabaseConfig {
  static const url = 'https://%s.supabase.co';
  static const publishableKey = 'sb_publishable_%s';
}
""" % (rs(20, LOW), rs(31))
    return "lib/config/supabase_config.dart", txt


@neg("dart", "env-reference")
def n_fromenv(s=None):
    txt = """/// Values injected with --dart-define / --dart-define-from-file.
abstract final class Env {
  static const apiBaseUrl = String.fromEnvironment('API_BASE_URL');
  static const stripeSecretKey = String.fromEnvironment('STRIPE_SECRET_KEY');
  static const supabaseServiceKey = String.fromEnvironment('SUPABASE_SERVICE_ROLE_KEY');
  static const openAiKey = String.fromEnvironment('OPENAI_API_KEY');
  static const sentryDsn = String.fromEnvironment('SENTRY_DSN', defaultValue: '');
  static const isProd = bool.fromEnvironment('dart.vm.product');
}
"""
    return "lib/env.dart", txt


@neg("dart", "env-reference")
def n_platform_env(s=None):
    txt = dart_header(["dart:io"]) + """
class ServerConfig {
  ServerConfig()
      : port = int.parse(Platform.environment['PORT'] ?? '8080'),
        databasePassword = Platform.environment['DB_PASSWORD']!,
        jwtSecret = Platform.environment['JWT_SECRET']!,
        appwriteKey = Platform.environment['APPWRITE_API_KEY']!,
        redisUrl = Platform.environment['REDIS_URL'] ?? 'redis://localhost:6379';

  final int port;
  final String databasePassword;
  final String jwtSecret;
  final String appwriteKey;
  final String redisUrl;
}
"""
    return "lib/src/server_config.dart", txt


@neg("envied", "env-reference")
def n_envied(s=None):
    txt = """import 'package:envied/envied.dart';

part 'env.g.dart';

@Envied(path: '.env', obfuscate: true)
abstract class Env {
  @EnviedField(varName: 'STRIPE_SECRET_KEY')
  static final String stripeSecretKey = _Env.stripeSecretKey;

  @EnviedField(varName: 'OPENAI_API_KEY')
  static final String openAiKey = _Env.openAiKey;

  @EnviedField(varName: 'API_BASE_URL', defaultValue: 'https://api.%s.app')
  static final String apiBaseUrl = _Env.apiBaseUrl;
}
""" % proj()
    return "lib/env/env.dart", txt


@neg("flutter_dotenv", "env-example")
def n_env_example(s=None):
    txt = """# Copy to .env and fill in. Never commit the real file.
SUPABASE_URL=https://your-project.supabase.co
SUPABASE_ANON_KEY=
SUPABASE_SERVICE_ROLE_KEY=
STRIPE_SECRET_KEY=sk_live_...
APPWRITE_API_KEY=<your-appwrite-api-key>
JWT_SECRET=change-me
"""
    return ch([".env.example", ".env.sample", "server/.env.template"]), txt


@neg("flutter_dotenv", "env-reference")
def n_dotenv_usage(s=None):
    txt = dart_header(["package:flutter_dotenv/flutter_dotenv.dart"]) + """
Future<void> loadEnv() async {
  await dotenv.load(fileName: '.env');
}

String get apiKey => dotenv.env['API_KEY'] ?? '';
String get mapsKey => dotenv.get('MAPS_API_KEY', fallback: '');
"""
    return "lib/bootstrap/env_loader.dart", txt


@neg("pub", "package-hash")
def n_pubspec_lock(s=None):
    pk = [("async", "2.11.0"), ("collection", "1.18.0"), ("crypto", "3.0.3"), ("http", "1.2.1"),
          ("json_annotation", "4.9.0"), ("meta", "1.12.0"), ("path", "1.9.0"), ("shelf", "1.4.1"),
          ("dart_frog", "1.1.0"), ("supabase", "2.2.2"), ("postgres", "3.2.1")]
    R.shuffle(pk)
    out = ["# Generated by pub", "# See https://dart.dev/tools/pub/glossary#lockfile", "packages:"]
    for n, v in sorted(pk[:7]):
        out += ["  %s:" % n, "    dependency: %s" % ch(['"direct main"', "transitive"]), "    description:",
                "      name: %s" % n, "      sha256: \"%s\"" % rs(64, HEX),
                "      url: \"https://pub.dev\"", "    source: hosted", "    version: \"%s\"" % v]
    out += ["sdks:", "  dart: \">=3.4.0 <4.0.0\""]
    return "pubspec.lock", "\n".join(out) + "\n"


@neg("flutter", "build-id")
def n_metadata(s=None):
    rev = rs(40, HEX)
    txt = """# This file tracks properties of this Flutter project.
# Used by Flutter tool to assess capabilities and perform upgrades etc.
#
# This file should be version controlled and should not be manually edited.

version:
  revision: "%s"
  channel: "stable"

project_type: app

migration:
  platforms:
    - platform: root
      create_revision: %s
      base_revision: %s
    - platform: web
      create_revision: %s
      base_revision: %s
""" % (rev, rev, rev, rev, rev)
    return ".metadata", txt


@neg("flutter", "resource-hashes")
def n_service_worker(s=None):
    files = ["assets/AssetManifest.json", "assets/FontManifest.json", "main.dart.js", "index.html",
             "canvaskit/canvaskit.wasm", "icons/Icon-192.png", "manifest.json", "version.json"]
    body = ",\n".join('"%s": "%s"' % (f, rs(32, HEX)) for f in files)
    txt = """'use strict';
const MANIFEST = 'flutter-app-manifest';
const TEMP = 'flutter-temp-cache';
const CACHE_NAME = 'flutter-app-cache';

const RESOURCES = {%s};
// The application shell files that are downloaded before a service worker can
// start.
const CORE = ["main.dart.js", "index.html", "assets/AssetManifest.json"];
""" % body
    return "build/web/flutter_service_worker.js", txt


@neg("flutter", "build-id")
def n_version_json(s=None):
    txt = json.dumps({"app_name": proj(), "version": "2.%d.%d" % (R.randint(0, 9), R.randint(0, 20)),
                      "build_number": str(R.randint(100, 999)), "package_name": proj(),
                      "git_sha": rs(40, HEX), "build_id": uuid4()}, indent=2) + "\n"
    return "web/version.json", txt


@neg("dart", "colours")
def n_colours(s=None):
    lines = ["import 'package:flutter/material.dart';", "", "abstract final class AppColors {"]
    for n in ["primary", "primaryDark", "secondary", "surface", "error", "success", "outline", "shadow"]:
        lines.append("  static const %s = Color(0x%s%s);" % (n, ch(["FF", "CC", "99"]), rs(6, "0123456789ABCDEF")))
    lines += ["}", "", "const kGradient = LinearGradient(colors: [Color(0xFF%s), Color(0xFF%s)]);" % (rs(6, "0123456789ABCDEF"), rs(6, "0123456789ABCDEF"))]
    return "lib/theme/colors.dart", "\n".join(lines) + "\n"


@neg("dart", "asset-paths")
def n_assets(s=None):
    names = ["logo", "onboarding_1", "onboarding_2", "empty_cart", "avatar_placeholder", "splash"]
    body = "\n".join("  static const String %s = 'assets/images/%s_%s.png';" % (n.replace("_", ""), n, rs(8, HEX)) for n in names)
    txt = "/// GENERATED by flutter_gen. Do not edit.\nclass Assets {\n  Assets._();\n\n%s\n  static const String lottieLoading = 'assets/lottie/loading.json';\n}\n" % body
    return "lib/gen/assets.gen.dart", txt


@neg("stripe", "publishable-key")
def n_stripe_pk(s=None):
    txt = dart_header(["package:flutter/material.dart", "package:flutter_stripe/flutter_stripe.dart"]) + """
Future<void> initPayments() async {
  WidgetsFlutterBinding.ensureInitialized();
  Stripe.publishableKey = 'pk_live_51%s';
  Stripe.merchantIdentifier = 'merchant.com.%s';
  Stripe.urlScheme = 'flutterstripe';
  await Stripe.instance.applySettings();
}
""" % (rs(97), proj())
    return "lib/payments/init.dart", txt


@neg("revenuecat", "public-sdk-key")
def n_revenuecat_public(s=None):
    txt = dart_header(["dart:io", "package:purchases_flutter/purchases_flutter.dart"]) + """
Future<void> configureRevenueCat() async {
  await Purchases.setLogLevel(LogLevel.info);
  final config = Platform.isIOS
      ? PurchasesConfiguration('appl_%s')
      : PurchasesConfiguration('goog_%s');
  await Purchases.configure(config);
}
""" % (rs(27), rs(27))
    return "lib/purchases.dart", txt


@neg("mapbox", "public-token")
def n_mapbox_pk(s=None):
    txt = dart_header(["package:mapbox_maps_flutter/mapbox_maps_flutter.dart"]) + """
void setupMaps() {
  MapboxOptions.setAccessToken('%s');
}
""" % g_mapbox_pk()
    return "lib/maps/setup.dart", txt


@neg("appwrite", "project-id")
def n_appwrite_client(s=None):
    txt = dart_header(["package:appwrite/appwrite.dart"]) + """
final client = Client()
    .setEndpoint('https://cloud.appwrite.io/v1')
    .setProject('%s')
    .setSelfSigned(status: false);

final account = Account(client);
final databases = Databases(client);
const databaseId = '%s';
const ordersCollection = '%s';
""" % (rs(20, HEX), rs(20, HEX), rs(20, HEX))
    return "lib/appwrite_client.dart", txt


@neg("stripe", "webhook-signature")
def n_stripe_sig_fixture(s=None):
    t = R.randint(1700000000, 1730000000)
    txt = """{
  "headers": {
    "Stripe-Signature": "t=%d,v1=%s,v0=%s"
  },
  "body": {
    "id": "evt_%s",
    "object": "event",
    "type": "payment_intent.succeeded",
    "data": {"object": {"id": "pi_%s", "customer": "cus_%s", "amount": 1999, "currency": "eur"}}
  }
}
""" % (t, rs(64, HEX), rs(64, HEX), rs(24), rs(24), rs(14))
    return "test/fixtures/stripe_event.json", txt


@neg("stripe", "object-ids")
def n_stripe_ids(s=None):
    txt = """// Price and product identifiers (not secrets).
const kPlans = {
  'monthly': 'price_%s',
  'yearly': 'price_%s',
};
const kProduct = 'prod_%s';
const kConnectedAccount = 'acct_%s';
""" % (rs(24), rs(24), rs(14), rs(16))
    return "lib/billing/plans.dart", txt


@neg("pub", "hosted-url")
def n_pubspec_private(s=None):
    o = org()
    txt = """name: %s_app
publish_to: none
version: 3.1.0+%d

environment:
  sdk: ^3.4.0
  flutter: ">=3.22.0"

dependencies:
  flutter:
    sdk: flutter
  design_system:
    hosted: https://dart.cloudsmith.io/%s/packages/
    version: ^4.2.0
  api_client:
    git:
      url: git@github.com:%s/api_client.git
      ref: %s

flutter:
  uses-material-design: true
  assets:
    - assets/images/
""" % (proj(), R.randint(10, 400), o, o, rs(40, HEX))
    return "pubspec.yaml", txt


@neg("codemagic", "env-groups")
def n_codemagic_groups(s=None):
    txt = """workflows:
  release:
    name: Release
    environment:
      flutter: stable
      groups:
        - app_store_credentials
        - firebase_credentials
        - stripe
      vars:
        BUNDLE_ID: com.%s.app
        APP_STORE_APPLE_ID: %d
    scripts:
      - name: Build
        script: flutter build ipa --dart-define=STRIPE_KEY=$STRIPE_SECRET_KEY
      - name: Deploy web
        script: firebase deploy --token "$FIREBASE_TOKEN"
    publishing:
      app_store_connect:
        api_key: $APP_STORE_CONNECT_PRIVATE_KEY
        key_id: $APP_STORE_CONNECT_KEY_IDENTIFIER
        issuer_id: $APP_STORE_CONNECT_ISSUER_ID
""" % (proj(), R.randint(1000000000, 1999999999))
    return "codemagic.yaml", txt


@neg("codemagic", "encrypted-value")
def n_codemagic_encrypted(s=None):
    txt = """workflows:
  android:
    environment:
      vars:
        CM_KEYSTORE: Encrypted(Z0FBQUFBQm%s)
        CM_KEY_ALIAS: upload
    scripts:
      - flutter build appbundle
""" % rs(120, A62)
    return "codemagic.yaml", txt


@neg("dart", "dart-defines-public")
def n_dart_defines_public(s=None):
    txt = json.dumps({"API_BASE_URL": "https://api.%s.app" % proj(), "FLAVOR": "production",
                      "SENTRY_ENVIRONMENT": "production", "FEATURE_NEW_CHECKOUT": "true",
                      "BUILD_SHA": rs(40, HEX), "SUPPORT_EMAIL": "support@%s.app" % proj()}, indent=2) + "\n"
    return "dart_defines/production.json", txt


@neg("serverpod", "config")
def n_serverpod_prod(s=None):
    txt = """# Production configuration. Passwords live in passwords.yaml (not committed).
apiServer:
  port: 8080
  publicHost: api.%s.app
  publicPort: 443
  publicScheme: https

insightsServer:
  port: 8081
  publicHost: insights.%s.app
  publicPort: 443
  publicScheme: https

database:
  host: %s
  port: 5432
  name: serverpod
  user: postgres
  requireSsl: true

redis:
  enabled: false
  host: redis.private
  port: 6379

maxRequestSize: 524288
""" % (proj(), proj(), ch(HOSTS))
    return "server/config/production.yaml", txt


@neg("serverpod", "passwords-access")
def n_serverpod_session(s=None):
    txt = dart_header(["package:serverpod/serverpod.dart"]) + """
class PaymentEndpoint extends Endpoint {
  Future<String> key(Session session) async {
    final secret = session.passwords['stripeSecretKey'];
    if (secret == null) throw StateError('stripeSecretKey missing in passwords.yaml');
    return secret.substring(0, 7);
  }
}
"""
    return "lib/src/endpoints/payment_endpoint.dart", txt


@neg("generic", "password-hash")
def n_bcrypt_fixture(s=None):
    rows = ["INSERT INTO users (id, email, password_hash) VALUES"]
    vals = []
    for i in range(3):
        vals.append("  ('%s', 'user%d@example.com', '$2b$12$%s')" % (uuid4(), i, rs(53, A62 + "./")))
    return "server/test/fixtures/users.sql", "\n".join(rows) + "\n" + ",\n".join(vals) + ";\n"


@neg("generic", "jwks")
def n_jwks(s=None):
    keys = [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(40, HEX), "n": b64u(rbytes(256)), "e": "AQAB"}]
    return "test/fixtures/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


def pub_pem():
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes([0x80 | R.getrandbits(7)]) + rbytes(255) + bytes.fromhex("0203010001")
    return _pem("PUBLIC KEY", der)


@neg("generic", "public-key")
def n_public_key(s=None):
    txt = dart_header(["package:dart_jsonwebtoken/dart_jsonwebtoken.dart"]) + """
/// Public key used to verify tokens issued by the auth service.
final verifyKey = RSAPublicKey(r'''
%s''');

JWT? verify(String token) => JWT.tryVerify(token, verifyKey);
""" % pub_pem()
    return "lib/auth/verify.dart", txt


@neg("generic", "certificate")
def n_cert(s=None):
    der = bytes.fromhex("308203") + rbytes(780)
    return "assets/certs/api_%s.pem" % proj(), _pem("CERTIFICATE", der)


@neg("docker", "image-digest")
def n_docker_digest(s=None):
    txt = """FROM dart:3.5.1@sha256:%s AS build
WORKDIR /app
COPY pubspec.* ./
RUN dart pub get
COPY . .
RUN dart compile exe bin/server.dart -o bin/server

FROM gcr.io/distroless/base-debian12@sha256:%s
COPY --from=build /runtime/ /
COPY --from=build /app/bin/server /app/bin/server
ENV PORT=8080
CMD ["/app/bin/server"]
""" % (rs(64, HEX), rs(64, HEX))
    return "Dockerfile", txt


@neg("github", "workflow-refs")
def n_gh_workflow(s=None):
    txt = """name: deploy
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s # v4.1.7
      - uses: subosito/flutter-action@%s # v2.16.0
      - run: flutter build web --release --dart-define=SUPABASE_URL=${{ vars.SUPABASE_URL }}
      - uses: FirebaseExtended/action-hosting-deploy@%s
        with:
          repoToken: ${{ secrets.GITHUB_TOKEN }}
          firebaseServiceAccount: ${{ secrets.FIREBASE_SERVICE_ACCOUNT }}
          projectId: %s
""" % (rs(40, HEX), rs(40, HEX), rs(40, HEX), gcp_project())
    return ".github/workflows/deploy.yml", txt


@neg("flutter", "changelog-ids")
def n_changelog(s=None):
    out = ["# Changelog", ""]
    for i in range(4):
        out += ["## 2.%d.%d+%d" % (R.randint(0, 9), i, R.randint(100, 900)), "",
                "- %s (%s)" % (ch(["Fix crash on checkout", "Add Apple Pay", "Upgrade to Flutter 3.22", "Refresh tokens silently"]), rs(7, HEX)),
                "- Build id: %s" % uuid4(), ""]
    return "CHANGELOG.md", "\n".join(out)


@neg("generic", "request-log")
def n_request_log(s=None):
    out = []
    for i in range(6):
        out.append("2024-06-%02dT10:%02d:%02dZ INFO request_id=%s trace=%s method=GET path=/api/orders status=200 ms=%d" % (
            R.randint(1, 28), R.randint(0, 59), R.randint(0, 59), uuid4(), rs(32, HEX), R.randint(3, 300)))
    return "logs/access.log", "\n".join(out) + "\n"


@neg("pub", "token-env")
def n_pub_tokens_env(s=None):
    txt = json.dumps({"version": 1, "hosted": [{"url": "https://dart.cloudsmith.io/%s/packages" % org(), "env": "CLOUDSMITH_TOKEN"}]}, indent=2) + "\n"
    return "ci/pub-tokens.json", txt


@neg("pub", "readme-token")
def n_readme_pub(s=None):
    txt = """# Internal packages

Add the registry token once per machine:

```sh
dart pub token add https://dart.cloudsmith.io/%s/packages/ --env-var CLOUDSMITH_TOKEN
```

In CI, set `CLOUDSMITH_TOKEN` from the secret store. Never paste the token into pubspec.yaml.
""" % org()
    return "docs/private-packages.md", txt


@neg("melos", "dart-define-from-file")
def n_melos_file(s=None):
    txt = """name: %s
packages:
  - apps/*
  - packages/*
scripts:
  run:prod:
    run: melos exec --scope=app -- flutter run --dart-define-from-file=../../config/prod.json
  gen:
    run: melos exec --depends-on=build_runner -- dart run build_runner build -d
""" % proj()
    return "melos.yaml", txt


@neg("build", "options")
def n_build_yaml(s=None):
    txt = """targets:
  $default:
    builders:
      freezed:
        options:
          copy_with: true
      json_serializable:
        options:
          field_rename: snake
          checked: true
      source_gen|combining_builder:
        options:
          ignore_for_file:
            - type=lint
"""
    return "build.yaml", txt


@neg("dart", "test-mocks")
def n_mocks(s=None):
    txt = dart_header(["package:mocktail/mocktail.dart", "package:test/test.dart"]) + """
class MockAuthRepository extends Mock implements AuthRepository {}

void main() {
  final repo = MockAuthRepository();
  setUp(() {
    when(() => repo.login('user@example.com', 'password123')).thenAnswer((_) async => 'fake-token');
  });

  test('login returns token', () async {
    expect(await repo.login('user@example.com', 'password123'), 'fake-token');
  });
}
"""
    return "test/auth/auth_repository_test.dart", txt


@neg("firebase", "hosting-config")
def n_firebaserc(s=None):
    pr = gcp_project()
    return ".firebaserc", json.dumps({"projects": {"default": pr, "staging": pr + "-staging"}}, indent=2) + "\n"


@neg("android", "cert-fingerprint")
def n_assetlinks(s=None):
    fp = ":".join(rs(2, "0123456789ABCDEF") for _ in range(32))
    txt = json.dumps([{"relation": ["delegate_permission/common.handle_all_urls"],
                       "target": {"namespace": "android_app", "package_name": "com.%s.app" % proj(),
                                  "sha256_cert_fingerprints": [fp]}}], indent=2) + "\n"
    return "web/.well-known/assetlinks.json", txt


@neg("android", "signing-env")
def n_gradle_env(s=None):
    txt = """def keystoreProperties = new Properties()
def keystorePropertiesFile = rootProject.file('key.properties')
if (keystorePropertiesFile.exists()) {
    keystoreProperties.load(new FileInputStream(keystorePropertiesFile))
}

android {
    signingConfigs {
        release {
            keyAlias keystoreProperties['keyAlias'] ?: System.getenv('CM_KEY_ALIAS')
            keyPassword keystoreProperties['keyPassword'] ?: System.getenv('CM_KEY_PASSWORD')
            storeFile keystoreProperties['storeFile'] ? file(keystoreProperties['storeFile']) : null
            storePassword keystoreProperties['storePassword'] ?: System.getenv('CM_KEYSTORE_PASSWORD')
        }
    }
}
"""
    return "android/app/build.gradle", txt


@neg("generic", "skus-csv")
def n_csv(s=None):
    rows = ["sku,store_product_id,checksum,uuid"]
    for i in range(5):
        rows.append("%s_%d,com.%s.%s,%s,%s" % (ch(["pro", "coins", "gems"]), i, proj(), rs(6, LOW), rs(40, HEX), uuid4()))
    return "data/products.csv", "\n".join(rows) + "\n"


@neg("supabase", "migration")
def n_supa_sql(s=None):
    txt = """-- RLS for profiles
alter table profiles enable row level security;
create policy "Public profiles are visible to everyone." on profiles for select to anon using (true);
create policy "Users update own profile." on profiles for update to authenticated using ((select auth.uid()) = id);
insert into storage.buckets (id, name, public) values ('%s', 'avatars', true);
""" % uuid4()
    return "supabase/migrations/20240501120000_profiles.sql", txt


@neg("serverpod", "passwords-template")
def n_serverpod_pw_template(s=None):
    txt = SP_HEAD + """
shared:
  # stripeSecretKey: '<add in deployment>'

development:
  database: '<generated-on-create>'
  redis: '<generated-on-create>'

production:
  database: ''
  redis: ''
  serviceSecret: ''
"""
    return "server/config/passwords.yaml.example", txt


@neg("generic", "base64-image")
def n_base64_data(s=None):
    txt = """// Placeholder avatar used while the network image loads.
const kAvatarPlaceholder =
    'data:image/png;base64,%s';
""" % base64.b64encode(rbytes(120)).decode()
    return "lib/widgets/avatar_placeholder.dart", txt


# ---------------------------------------------------------------- driver
ENV_BLOCKED_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_env_file(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in ENV_BLOCKED_OK)


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base in (".metadata",):
        return "yaml"
    if base in (".netrc", ".firebaserc"):
        return base.lstrip(".")
    if "." in base:
        ext = base.rsplit(".", 1)[1]
        return {"yml": "yml", "yaml": "yaml", "example": base.split(".")[-2]}.get(ext, ext)
    return "txt"


def render_pos(t):
    s = t["gen"]()
    out = t["fn"](s)
    path, text = out[0], out[1]
    needle = out[2] if len(out) > 2 else None
    if needle is None:
        needle = pem_first_body(s) if s.startswith("-----BEGIN") else s
    return path, text, needle


def render_slot_neg(t):
    val, sub = placeholder(t["fam"])
    if t["fam"] in ("pem_json", "pem_dartstr") and val.startswith("-----BEGIN"):
        pass
    out = t["fn"](val)
    path, text = out[0], out[1]
    if is_env_file(path):
        path = path.rsplit("/", 1)[0] + "/.env.example" if "/" in path else ".env.example"
    return path, text, sub


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    global R
    if len(sys.argv) != 3:
        sys.exit("usage: gen_kz.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []

    # positives: each template in turn, order shuffled per round
    order = []
    while len(order) < 500:
        rnd = list(range(len(POS)))
        R.shuffle(rnd)
        order += rnd
    env_count = 0
    for i in range(500):
        t = POS[order[i]]
        for _ in range(20):
            path, text, needle = render_pos(t)
            if is_env_file(path) and env_count >= 20:
                continue
            break
        else:
            t = POS[0]
            path, text, needle = render_pos(t)
        if is_env_file(path):
            env_count += 1
        rel = "pos/p%04d/%s" % (i, path)
        lines = text.split("\n")
        lineno = next((k + 1 for k, l in enumerate(lines) if needle in l), None)
        assert needle and lineno is not None, (t["name"], needle[:40])
        assert needle in lines[lineno - 1]
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": lineno})
    assert env_count <= 25

    # negatives: 250 slot fills of positive templates, 250 look-alikes, interleaved
    slot = []
    while len(slot) < 250:
        rnd = list(range(len(POS)))
        R.shuffle(rnd)
        slot += rnd
    look = []
    while len(look) < 250:
        rnd = list(range(len(NEG)))
        R.shuffle(rnd)
        look += rnd
    jobs = [("slot", k) for k in slot[:250]] + [("look", k) for k in look[:250]]
    R.shuffle(jobs)
    for i, (typ, k) in enumerate(jobs):
        if typ == "slot":
            t = POS[k]
            path, text, sub = render_slot_neg(t)
            prov, kind = t["provider"], "%s:%s" % (sub, t["kind"])
        else:
            t = NEG[k]
            path, text = t["fn"]()
            prov, kind = t["provider"], t["kind"]
        assert not is_env_file(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    # final self-check: needles really are on the recorded line of the written file
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            assert s["needle"] in f.read().split("\n")[s["line"] - 1]


if __name__ == "__main__":
    main()
