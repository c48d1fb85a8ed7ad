#!/usr/bin/env python3
"""Blind evaluation-set generator: GraphQL backends and API layers.

EMPHASIS
    Credentials that live in GraphQL back-ends, gateways and their tooling:
    Hasura (HASURA_GRAPHQL_ADMIN_SECRET, x-hasura-admin-secret headers, the
    HASURA_GRAPHQL_JWT_SECRET JSON {"type":"HS256","key":...}, remote-schema /
    action headers in metadata, Hasura Cloud personal access tokens sent as
    "Authorization: pat <token>"), Apollo GraphOS (graph keys
    service:<graph-id>:<key>, personal keys user:gh.<id>:<key>, APOLLO_KEY for
    the router and rover), AWS AppSync API keys (da2-...) in aws-exports.js /
    amplifyconfiguration.json, Hygraph/GraphCMS permanent auth tokens (RS256
    JWTs), StepZen API/admin keys (<account>::stepzen.net+1000::<hex>),
    Grafbase x-api-key values, WunderGraph introspection headers, PostGraphile
    JWT secrets and database URLs, Prisma/Nexus database URLs, GraphQL Mesh
    source headers, graphql-codegen / .graphqlrc introspection headers,
    Insomnia / Altair / REST-client saved headers, Dgraph Cloud keys
    (Dg-Auth / X-Auth-Token), Fauna secrets (fn...), Shopify Admin API tokens
    (shpat_/shpca_/shppa_/shpss_) and GitHub GraphQL tokens (ghp_ with CRC32).
    Kinds: admin secrets, API keys, JWT signing secrets, bearer tokens in
    headers, database URLs with passwords, one PEM signing key family.
    File types: YAML (Hasura metadata, docker-compose, codegen.yml,
    .graphqlrc.yml, Helm values, GitHub workflows, k8s), JSON
    (amplifyconfiguration.json, Hasura metadata, Altair/Insomnia exports,
    apollo-ios codegen config), TypeScript/JavaScript, Python, Go, Kotlin
    Gradle, Ruby, .graphql, .http, shell, Dockerfile, Terraform, TOML, INI,
    properties, SQL, Markdown, logs, CSV, Prisma schema, .env (sparingly).

USAGE
    python3 -B gen_ip.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    one random.Random(SEED); two runs with the same SEED are byte-identical.

NEEDLE CONVENTIONS
    * The needle is the secret value only, exactly as written: no quotes, no
      variable name, no "Bearer "/"apikey "/"pat " scheme word.
    * Apollo keys: the whole key including its "service:<graph>:" or
      "user:gh.<id>:" part (that whole string is what APOLLO_KEY holds).
    * StepZen keys: the whole "<account>::stepzen.net+1000::<hex>" string.
    * Database / connection URLs: only the password between "user:" and "@".
    * Hasura JWT secret JSON: only the value of "key" (not the JSON object).
    * JWT-shaped tokens (Hygraph PAT, Grafbase key, bearer JWTs): the whole
      three-part token.
    * Multi-line PEM private keys: the first base64 line of the key body
      (the line right after the BEGIN line).
    * Webhook-style URLs are not used in this domain.
    "line" is the 1-based line of the needle's first occurrence; the program
    asserts it after writing each file.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot
    holding a non-secret: placeholders (<your-admin-secret>, YOUR_..._HERE,
    changeme, xxxx..., REPLACE_ME), empty values, masked values (****,
    [REDACTED]), environment / secret-manager references (${VAR}, $VAR,
    ${{ secrets.X }}, {{HASURA_...}} metadata env templating, os.environ[...],
    process.env.X, os.Getenv, op:// and vault paths, Helm expressions) and
    documented example values (myadminsecretkey, the Fauna docs secret, the
    Hasura learn-course JWT and JWT key, da2-abcdef... tutorial key).  The
    other half are look-alikes of the domain: Apollo graph refs, persisted
    query manifests (sha256), APQ hashes in logs, schema hashes, Relay
    global ids / cursors, Shopify GIDs and public Storefront tokens, AppSync
    API ids and endpoints, Cognito pool / web client ids, Hasura tenant and
    project UUIDs, metadata resource versions, JWKS and PEM public keys,
    RS256 JWT secrets with a public key or jwk_url, lockfile integrity hashes,
    go.sum lines, docker digests, trace ids, git SHAs, introspection JSON,
    value_from_env header configs.  No negative is written to a .env /
    .env.<stage> file (slot-reuse negatives move to .env.example).

FORMATS CHECKED (search tool, providers' documentation and public code)
    * Apollo docs: graph API keys begin with "service:"; personal keys exist.
      Public code shows service:<graph-id>:<22 base64url chars> and
      user:gh.<id>:<22 chars>; graph refs look like graph@variant.
    * AppSync: keys are sent in x-api-key; public aws-exports.js files show
      "da2-" followed by 26 lowercase [a-z0-9] characters; endpoints are
      https://<26 lowercase>.appsync-api.<region>.amazonaws.com/graphql.
    * Hasura docs: JWT mode via HASURA_GRAPHQL_JWT_SECRET JSON with
      type/key/jwk_url/claims_namespace...; Hasura learn: HS256 key must be at
      least 32 characters; Hasura Cloud API at data.pro.hasura.io with header
      "Authorization: pat <token>"; HASURA_CLOUD_ACCESS_TOKEN in CI.
    * Hygraph docs: Permanent Auth Tokens are Bearer tokens; public code
      shows RS256 JWTs with kid "gcms-main-production" and
      api-<region>.graphcms.com/v2/<project>/master endpoints.
    * StepZen: public code shows "apikey <account>::stepzen.net+1000::<64 hex>".
    * Grafbase docs: project API keys are passed as "x-api-key".
    * Dgraph Cloud docs: client/admin API keys in Dg-Auth or X-Auth-Token.
    * Fauna docs: key secrets start with "fn" (docs example is 40 chars).
    * Shopify changelog (April 2020): tokens grew from 32 to 38 chars with the
      prefixes shpat_, shpca_, shppa_; shpss_ is the app shared secret.
    * GitHub token format (blog + public write-ups): ghp_ + 30 base62 chars +
      6-char base62 CRC32 of those 30 chars (40 chars in all).

DOUBTS
    * Hasura Cloud PAT: the docs give the header but not the token alphabet or
      length; a 64-char alphanumeric string is assumed.
    * Grafbase API keys: the docs do not describe the value; a JWT-shaped
      token is assumed.
    * Dgraph Cloud API keys: not documented; public code shows 44-char base64
      strings (32 bytes) - that shape is used.
    * Fauna secrets: only the "fn" prefix and one 40-char example were seen;
      "fnA" + 37 base64url chars is assumed.
    * Shopify token body alphabet (hex) is taken from public code, not the
      changelog.  Apollo key body length 22 is taken from public code.
    * Hygraph PAT payload fields (version, aud, iss, sub, jti) follow public
      code; the RS256 signature is random bytes of the right length.
    * StepZen admin keys are assumed to share the API-key shape; only API
      keys were seen in public code.  The StepZen docs were not found.
    * A search hit in the "code" corpus for Grafbase turned out to be another
      scanner's rule test file and a "pages" hit was a GitGuardian detector
      page; neither was used.
"""

import base64
import json
import os
import random
import sys
import textwrap
import zlib

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIGITS = "0123456789"
HEX = "0123456789abcdef"
ALNUM = DIGITS + UPPER + LOWER          # base62 order 0-9A-Za-z
B64URL = UPPER + LOWER + DIGITS + "-_"
LOWALNUM = LOWER + DIGITS


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def rbytes(r, n):
    return r.getrandbits(8 * n).to_bytes(n, "big")


def b64url(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64std(data):
    return base64.b64encode(data).decode()


def uuid4(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                 r.choice("89ab"), h[17:20], h[20:32])


def cuid(r):
    return "c" + rs(r, LOWALNUM, 24)


def fill(tpl, **kw):
    out = textwrap.dedent(tpl).lstrip("\n")
    for k, v in kw.items():
        out = out.replace("\u00ab" + k + "\u00bb", str(v))
    assert "\u00ab" not in out, out[:200]
    return out


def jwt_encode(header, payload, sig):
    return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                     b64url(json.dumps(payload, separators=(",", ":")).encode()),
                     b64url(sig)])


def base62_encode(n, width):
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = ALNUM[rem] + out
    return out.rjust(width, "0")


# --------------------------------------------------------------------------
# random innocent context
# --------------------------------------------------------------------------

APPS = ["storefront", "orders", "catalog", "billing", "inventory", "helpdesk",
        "bookings", "ledger", "fleet", "courier", "menu", "payroll", "atlas",
        "harbor", "nimbus", "pantry", "quarry", "relay", "signal", "tundra",
        "voyage", "wharf", "zephyr", "beacon", "canopy", "delta", "ember"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
           "ap-southeast-1", "ap-northeast-1", "ap-south-1", "sa-east-1"]
HYGRAPH_REGIONS = ["eu-central-1", "us-east-1", "us-west-2", "ap-northeast-1",
                   "sa-east-1", "eu-west-2", "ap-south-1"]
WORDS = ["amber", "brisk", "cedar", "dusty", "eager", "frosty", "gentle",
         "hollow", "ivory", "jolly", "keen", "lucky", "misty", "noble",
         "olive", "proud", "quiet", "rapid", "sunny", "tidy", "urban",
         "vivid", "witty", "young", "zesty"]
ANIMALS = ["otter", "falcon", "badger", "lynx", "heron", "walrus", "gecko",
           "marmot", "panda", "raven", "seal", "tapir", "yak", "ibis", "koala"]
CITIES = ["lisbon", "oslo", "quito", "perth", "tromso", "malaga", "kyoto",
          "austin", "dakar", "porto", "leeds", "turku", "cusco", "nantes"]
TABLES = ["users", "orders", "products", "invoices", "authors", "articles",
          "bookings", "tickets", "customers", "shipments", "reviews"]
ROLES = ["user", "editor", "manager", "viewer", "anonymous", "staff"]
VERSIONS = ["v2.36.1", "v2.38.0", "v2.40.2", "v2.42.0", "v2.44.1", "v2.33.4"]
GH_USERS = ["mkovacs", "jdoe-dev", "ana-lima", "tpetrov", "raj-k", "sofia-m",
            "leo-b", "hannah-w", "oskar-n", "li-wei"]


def app(r):
    return r.choice(APPS)


def graph_id(r):
    return "%s-%s-%s" % (r.choice(WORDS), r.choice(ANIMALS), rs(r, LOWALNUM, 4))


def variant(r):
    return r.choice(["current", "main", "prod", "production", "staging", "dev"])


def hasura_host(r):
    return "%s-%s-%d.hasura.app" % (r.choice(WORDS), r.choice(ANIMALS), r.randint(10, 99))


def appsync_id(r):
    return rs(r, LOWALNUM, 26)


def hygraph_endpoint(r):
    dom = r.choice(["hygraph.com", "graphcms.com"])
    return "https://api-%s.%s/v2/%s/master" % (r.choice(HYGRAPH_REGIONS), dom, cuid(r))


def shop_domain(r):
    return "%s-%s.myshopify.com" % (r.choice(WORDS), r.choice(["store", "shop", "goods", "supply", "market"]))


def ts_iso(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28),
                                                 r.randint(0, 23), r.randint(0, 59),
                                                 r.randint(0, 59), r.randint(0, 999))


def db_host(r):
    return r.choice(["db", "postgres", "pg-primary.internal", "localhost",
                     "%s-db.%s.rds.amazonaws.com" % (app(r), r.choice(REGIONS)),
                     "ep-%s-%s-%s.%s.aws.neon.tech" % (r.choice(WORDS), r.choice(ANIMALS),
                                                        rs(r, LOWALNUM, 8), r.choice(REGIONS))])


# --------------------------------------------------------------------------
# secret generators (positives only)
# --------------------------------------------------------------------------

def g_hasura_admin(r):
    style = r.randint(0, 3)
    if style == 0:
        return rs(r, HEX, r.choice([32, 40, 48, 64]))
    if style == 1:
        return b64url(rbytes(r, r.choice([24, 32, 36])))
    if style == 2:
        return rs(r, ALNUM, r.randint(24, 44))
    return r.choice(ALNUM) + rs(r, ALNUM + "!#%^*-_", r.randint(27, 39))


def g_jwt_key(r):
    style = r.randint(0, 2)
    if style == 0:
        return rs(r, ALNUM, r.randint(32, 64))
    if style == 1:
        return b64std(rbytes(r, r.choice([32, 48, 64])))
    return rs(r, HEX, 64)


def g_apollo_service(r, gid=None):
    return "service:%s:%s" % (gid or graph_id(r), rs(r, B64URL, 22))


def g_apollo_user(r):
    if r.random() < 0.5:
        ident = uuid4(r)
    else:
        ident = r.choice(GH_USERS)
    return "user:gh.%s:%s" % (ident, rs(r, B64URL, 22))


def g_appsync(r):
    return "da2-" + rs(r, LOWALNUM, 26)


def g_hygraph_pat(r, endpoint=None):
    endpoint = endpoint or hygraph_endpoint(r)
    header = {"alg": "RS256", "typ": "JWT", "kid": "gcms-main-production"}
    iat = r.randint(1600000000, 1720000000)
    payload = {"version": 3, "iat": iat, "aud": [endpoint, "https://management-next.graphcms.com"],
               "iss": "https://management.graphcms.com/", "sub": uuid4(r), "jti": cuid(r)}
    return jwt_encode(header, payload, rbytes(r, 256))


def g_stepzen(r, account=None):
    account = account or r.choice(CITIES) + r.choice(["", "", str(r.randint(2, 99))])
    return "%s::stepzen.net+1000::%s" % (account, rs(r, HEX, 64))


def g_grafbase(r):
    header = {"alg": "HS256", "typ": "JWT"}
    payload = {"iss": "grafbase", "iat": r.randint(1660000000, 1720000000),
               "jti": rs(r, ALNUM, 26), "env": r.choice(["main", "preview"]),
               "pid": rs(r, DIGITS + UPPER, 26)}
    return jwt_encode(header, payload, rbytes(r, 32))


def g_dgraph(r):
    if r.random() < 0.7:
        return b64std(rbytes(r, 32))
    return b64std(rs(r, HEX, 32).encode())


def g_fauna(r):
    return "fnA" + r.choice("DEF") + rs(r, B64URL, 36)


def g_shopify_admin(r):
    return r.choice(["shpat_", "shpat_", "shpca_", "shppa_"]) + rs(r, HEX, 32)


def g_shopify_shared(r):
    return "shpss_" + rs(r, HEX, 32)


def g_github(r):
    body = rs(r, ALNUM, 30)
    return "ghp_" + body + base62_encode(zlib.crc32(body.encode()), 6)


def g_hasura_pat(r):
    return rs(r, ALNUM, 64)


def g_password(r):
    return rs(r, ALNUM + "-_", r.randint(16, 32))


def g_bearer_jwt(r):
    header = {"alg": "HS256", "typ": "JWT"}
    payload = {"sub": str(r.randint(1, 99999)), "name": r.choice(GH_USERS),
               "iat": r.randint(1650000000, 1720000000),
               "https://hasura.io/jwt/claims": {
                   "x-hasura-allowed-roles": ["user", "admin"],
                   "x-hasura-default-role": "admin",
                   "x-hasura-user-id": str(r.randint(1, 9999))}}
    return jwt_encode(header, payload, rbytes(r, 32))


def g_shared_secret(r):
    return rs(r, ALNUM, r.randint(32, 48))


def pem_private_lines(r):
    der = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100") + rbytes(r, 1180)
    body = b64std(der)
    return [body[i:i + 64] for i in range(0, len(body), 64)]


# --------------------------------------------------------------------------
# documented examples and fillers (negatives only)
# --------------------------------------------------------------------------

HASURA_LEARN_JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwibmFtZSI6InRlc3QxMjMiLCJpYXQiOjE1NDAz"
                    "NzY4MTUuODUzLCJodHRwczovL2hhc3VyYS5pby9qd3QvY2xhaW1zIjp7IngtaGFzdXJhLWFsbG93ZWQtcm9sZXMiOlsi"
                    "ZWRpdG9yIiwidXNlciIsIm1vZCJdLCJ4LWhhc3VyYS11c2VyLWlkIjoiMSIsIngtaGFzdXJhLWRlZmF1bHQtcm9sZSI6"
                    "InVzZXIiLCJ4LWhhc3VyYS1yb2xlIjoidXNlciJ9fQ.w9uj0FtesZOFUnwYT2KOWHr6IKWsDRuOC9G2GakBgMI")

DOCS = {
    "hasura_admin": ["myadminsecretkey", "myadminsecret", "myadminsecretkey"],
    "jwt_key": ["JWTSecretMustBeAtLeast32CharactersLong!", "<optional-key-as-string>"],
    "apollo": ["service:my-graph:<API_KEY>", "service:<graph-id>:<key>", "user:gh.<user-id>:<key>"],
    "appsync": ["da2-abcdefghijklmnopqrstuvwxyz", "da2-xxxxxxxxxxxxxxxxxxxxxxxxxx", "da2-XXXXX"],
    "hygraph": ["<your-permanent-auth-token>", "YOUR_HYGRAPH_PAT"],
    "stepzen": ["<account>::stepzen.net+1000::<key>", "YOUR_STEPZEN_API_KEY"],
    "fauna": ["fnAETGPCH4ACAIf9avmbmbXAS7Yl-P-hDbw8QF9y", "fn..."],
    "shopify": ["shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "shpat_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<YOUR_GITHUB_TOKEN>"],
    "bearer": [HASURA_LEARN_JWT, "<JWT>", "<token>"],
    "password": ["password", "postgrespassword", "secret"],
    "dgraph": ["<api-key>", "<your-dgraph-cloud-api-key>"],
    "grafbase": ["API_KEY", "<grafbase-api-key>"],
    "generic": ["<token>", "YOUR_TOKEN_HERE"],
}


def placeholder(r, env, fam):
    """Returns (value, category) for a non-secret slot filler."""
    slug = env.lower().replace("_", "-")
    if fam in DOCS and r.random() < 0.3:
        return r.choice(DOCS[fam]), "documented_example"
    cat, opts = r.choice([
        ("placeholder", ["<your-%s>" % slug, "YOUR_%s_HERE" % env, "changeme", "REPLACE_ME",
                         "<%s>" % env, "TODO-set-me", "dummy", "CHANGE_ME_IN_PROD",
                         "%s_PLACEHOLDER" % env, "xxxx-xxxx-xxxx-xxxx"]),
        ("placeholder", ["x" * r.randint(16, 40), "X" * r.randint(16, 40), "0" * r.randint(20, 32)]),
        ("masked", ["*" * r.randint(4, 12), "[REDACTED]", "<redacted>", "****************", "\u2022" * 8]),
        ("empty", [""]),
    ])
    return r.choice(opts), cat


def env_ref(r, env, style):
    low = env.lower()
    table = {
        "sh": ["$" + env, "${" + env + "}", "${" + env + ":?missing}"],
        "compose": ["${" + env + "}", "${" + env + ":-}", "${" + env + "?err}"],
        "gha": ["${{ secrets." + env + " }}", "${{ vars." + env + " }}"],
        "hasura": ["{{" + env + "}}"],
        "helm": ["{{ .Values.secrets.%s }}" % low.split("_")[-1], "{{ required \"set it\" .Values.%s }}" % low.replace("_", "")],
        "http": ["{{" + low + "}}", "{{$dotenv " + env + "}}", "{{$processEnv " + env + "}}"],
        "tf": ["${var.%s}" % low],
        "none": [],
    }
    opts = table.get(style, []) + ["op://Engineering/%s/credential" % low.replace("_", "-"),
                                   "vault:secret/data/graphql#%s" % low]
    return r.choice(opts)


class Slot:
    """One secret slot per template.  In positive mode it hands out one
    freshly generated secret and remembers it as the needle; in negative
    mode it hands out a non-secret of the matching shape."""

    def __init__(self, r, neg):
        self.r = r
        self.neg = neg
        self.needle = None
        self.cat = None

    def _take(self, gen):
        assert self.needle is None, "template used two secret slots"
        s = gen(self.r)
        self.needle = s
        return s

    def val(self, gen, env="SECRET", fam="generic", ref="none"):
        """Raw value placed inside an existing quoting context."""
        if not self.neg:
            return self._take(gen)
        r = self.r
        x = r.random()
        if ref != "none" and x < 0.45:
            self.cat = "env_reference"
            return env_ref(r, env, ref)
        if x < 0.55:
            self.cat = "secret_manager_reference"
            return env_ref(r, env, "none")
        v, self.cat = placeholder(r, env, fam)
        return v

    def lit(self, gen, lang, env="SECRET", fam="generic", q='"'):
        """Whole literal or expression (code languages)."""
        r = self.r
        if not self.neg:
            return q + self._take(gen) + q
        if r.random() < 0.6:
            opts = {
                "py": ['os.environ["%s"]' % env, 'os.getenv("%s", "")' % env, 'os.environ.get("%s")' % env],
                "js": ["process.env.%s" % env, "process.env.%s ?? ''" % env, "process.env['%s']" % env],
                "go": ['os.Getenv("%s")' % env, 'mustEnv("%s")' % env],
                "rb": ['ENV.fetch("%s")' % env, 'ENV["%s"]' % env],
                "kt": ['System.getenv("%s")' % env, 'providers.environmentVariable("%s").get()' % env],
            }[lang]
            self.cat = "env_reference"
            return r.choice(opts)
        v, self.cat = placeholder(r, env, fam)
        return q + v + q


# --------------------------------------------------------------------------
# positive templates: each takes (r, S) and returns (relpath, content).
# The same functions, run with a negative Slot, give half of the negatives.
# --------------------------------------------------------------------------

POS = []


def pos(provider, kind):
    def deco(fn):
        POS.append((fn, provider, kind))
        return fn
    return deco


ADMIN = "HASURA_GRAPHQL_ADMIN_SECRET"


@pos("hasura", "admin_secret")
def p_compose_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin", "compose")
    ver = r.choice(VERSIONS)
    body = fill('''
        version: "3.8"
        services:
          postgres:
            image: postgres:15
            restart: always
            volumes:
              - db_data:/var/lib/postgresql/data
            environment:
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
          graphql-engine:
            image: hasura/graphql-engine:«ver»
            ports:
              - "«port»:8080"
            depends_on:
              - postgres
            restart: always
            environment:
              HASURA_GRAPHQL_DATABASE_URL: ${PG_DATABASE_URL}
              HASURA_GRAPHQL_ENABLE_CONSOLE: "«console»"
              HASURA_GRAPHQL_DEV_MODE: "false"
              HASURA_GRAPHQL_ENABLED_LOG_TYPES: startup, http-log, webhook-log, websocket-log, query-log
              HASURA_GRAPHQL_ADMIN_SECRET: "«v»"
              HASURA_GRAPHQL_UNAUTHORIZED_ROLE: anonymous
        volumes:
          db_data:
        ''', ver=ver, port=r.choice([8080, 8081, 9090]), console=r.choice(["true", "false"]), v=v)
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"]), body


@pos("hasura", "admin_secret")
def p_helm_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin", "helm")
    a = app(r)
    body = fill('''
        # Values for the «a» GraphQL engine release
        replicaCount: «n»
        image:
          repository: hasura/graphql-engine
          tag: «ver»
          pullPolicy: IfNotPresent

        hasura:
          enableConsole: false
          devMode: false
          unauthorizedRole: anonymous
          adminSecret: "«v»"
          databaseUrlSecretRef:
            name: «a»-pg
            key: url

        service:
          type: ClusterIP
          port: 8080

        ingress:
          enabled: true
          className: nginx
          hosts:
            - host: graphql.«a».internal
              paths: ["/"]

        resources:
          limits:
            cpu: 500m
            memory: 512Mi
        ''', a=a, n=r.randint(1, 4), ver=r.choice(VERSIONS), v=v)
    return r.choice(["deploy/helm/values.yaml", "charts/hasura/values-prod.yaml", "infra/hasura/values.yaml"]), body


@pos("hasura", "admin_secret")
def p_k8s_secret_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin")
    a = app(r)
    body = fill('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: «a»-hasura
          namespace: «ns»
          labels:
            app.kubernetes.io/name: hasura
            app.kubernetes.io/part-of: «a»
        type: Opaque
        stringData:
          HASURA_GRAPHQL_UNAUTHORIZED_ROLE: anonymous
          HASURA_GRAPHQL_ENABLE_TELEMETRY: "false"
          HASURA_GRAPHQL_ADMIN_SECRET: "«v»"
        ''', a=a, ns=r.choice(["graphql", "default", "platform", a]), v=v)
    return r.choice(["k8s/hasura-secret.yaml", "manifests/base/hasura/secret.yaml"]), body


@pos("hasura", "admin_secret")
def p_gha_hasura_migrate(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin", "gha")
    host = hasura_host(r)
    body = fill('''
        name: Apply Hasura migrations
        on:
          push:
            branches: [main]
            paths:
              - "hasura/**"
        jobs:
          migrate:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Install Hasura CLI
                run: curl -L https://github.com/hasura/graphql-engine/raw/stable/cli/get.sh | bash
              - name: Apply metadata and migrations
                working-directory: hasura
                run: |
                  hasura migrate apply --all-databases --endpoint https://«host» --admin-secret «v»
                  hasura metadata apply --endpoint https://«host» --admin-secret «v»
                  hasura metadata reload --endpoint https://«host»
        ''', host=host, v=v)
    return ".github/workflows/hasura-migrate.yml", body


@pos("hasura", "admin_secret")
def p_hasura_cli_config(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin")
    body = fill('''
        version: 3
        endpoint: https://«host»
        admin_secret: «v»
        metadata_directory: metadata
        migrations_directory: migrations
        seeds_directory: seeds
        actions:
          kind: synchronous
          handler_webhook_baseurl: http://localhost:3000
          codegen:
            framework: typescript-express
            output_dir: ../actions/src
        ''', host=hasura_host(r), v=v)
    return r.choice(["hasura/config.yaml", "backend/hasura/config.yaml"]), body


@pos("hasura", "api_key")
def p_hasura_remote_schema(r, S):
    v = S.val(g_shared_secret, "PAYMENTS_API_KEY", "generic")
    a = app(r)
    body = fill('''
        - name: «a»-service
          definition:
            url_from_env: «A»_SERVICE_GRAPHQL_URL
            timeout_seconds: 60
            customization: {}
            forward_client_headers: true
            headers:
              - name: x-api-key
                value: «v»
              - name: x-request-source
                value: hasura
          comment: Remote schema for the «a» service
        - name: countries
          definition:
            url: https://countries.trevorblades.com/graphql
            timeout_seconds: 30
            forward_client_headers: false
          comment: ""
        ''', a=a, A=a.upper(), v=v)
    return r.choice(["hasura/metadata/remote_schemas.yaml", "metadata/remote_schemas.yaml"]), body


@pos("hasura", "webhook_secret")
def p_hasura_actions(r, S):
    v = S.val(g_shared_secret, "ACTION_SECRET", "generic", "hasura")
    body = fill('''
        actions:
          - name: «act»
            definition:
              kind: synchronous
              handler: '{{ACTION_BASE_URL}}/«act»'
              forward_client_headers: true
              headers:
                - name: x-actions-secret
                  value: «v»
            permissions:
              - role: «role»
            comment: «act» handler
        custom_types:
          enums: []
          input_objects:
            - name: «In»Input
          objects:
            - name: «In»Output
          scalars: []
        ''', act=r.choice(["login", "signup", "createCheckout", "refundOrder", "sendInvite"]),
                role=r.choice(ROLES), In=r.choice(["Login", "Signup", "Checkout", "Refund"]), v=v)
    return "hasura/metadata/actions.yaml", body


@pos("hasura", "admin_secret")
def p_py_hasura_requests(r, S):
    v = S.lit(g_hasura_admin, "py", ADMIN, "hasura_admin")
    name = r.choice(["HASURA_KEY", "GQL_ADMIN", "ENGINE_PASS", "_SECRET"])
    body = fill('''
        """Nightly job: archive stale «t» through the Hasura GraphQL API."""
        import os
        import sys
        import requests

        ENDPOINT = "https://«host»/v1/graphql"
        «name» = «v»

        QUERY = """
        mutation Archive($before: timestamptz!) {
          update_«t»(where: {updated_at: {_lt: $before}}, _set: {archived: true}) {
            affected_rows
          }
        }
        """


        def main(before):
            resp = requests.post(
                ENDPOINT,
                json={"query": QUERY, "variables": {"before": before}},
                headers={"x-hasura-admin-secret": «name», "content-type": "application/json"},
                timeout=30,
            )
            resp.raise_for_status()
            print(resp.json()["data"])


        if __name__ == "__main__":
            main(sys.argv[1])
        ''', t=r.choice(TABLES), host=hasura_host(r), name=name, v=v)
    return r.choice(["scripts/archive.py", "jobs/archive_stale.py", "tools/hasura_archive.py"]), body


@pos("hasura", "admin_secret")
def p_js_hasura_seed(r, S):
    v = S.lit(g_hasura_admin, "js", ADMIN, "hasura_admin", q="'")
    t = r.choice(TABLES)
    body = fill('''
        // Seeds the local Hasura instance with fixture «t».
        const fixtures = require('./fixtures/«t».json');

        const HASURA_URL = 'http://localhost:8080/v1/graphql';

        async function seed() {
          const res = await fetch(HASURA_URL, {
            method: 'POST',
            headers: {
              'Content-Type': 'application/json',
              'x-hasura-admin-secret': «v»,
            },
            body: JSON.stringify({
              query: `mutation Seed($objects: [«t»_insert_input!]!) {
                insert_«t»(objects: $objects) { affected_rows }
              }`,
              variables: { objects: fixtures },
            }),
          });
          const json = await res.json();
          if (json.errors) throw new Error(JSON.stringify(json.errors));
          console.log('seeded', json.data.insert_«t».affected_rows, 'rows');
        }

        seed().catch((err) => {
          console.error(err);
          process.exit(1);
        });
        ''', t=t, v=v)
    return r.choice(["scripts/seed.js", "tools/seed-hasura.js", "db/seed.mjs"]), body


@pos("hasura", "admin_secret")
def p_go_hasura(r, S):
    v = S.lit(g_hasura_admin, "go", ADMIN, "hasura_admin")
    body = fill('''
        package hasura

        import (
        	"bytes"
        	"encoding/json"
        	"net/http"
        	"os"
        	"time"
        )

        var adminKey = «v»

        type Client struct {
        	Endpoint string
        	HTTP     *http.Client
        }

        func New() *Client {
        	return &Client{
        		Endpoint: "https://«host»/v1/graphql",
        		HTTP:     &http.Client{Timeout: 20 * time.Second},
        	}
        }

        func (c *Client) Do(query string, vars map[string]any, out any) error {
        	payload, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
        	req, err := http.NewRequest(http.MethodPost, c.Endpoint, bytes.NewReader(payload))
        	if err != nil {
        		return err
        	}
        	req.Header.Set("Content-Type", "application/json")
        	req.Header.Set("X-Hasura-Admin-Secret", adminKey)
        	_ = os.Getenv("HASURA_ROLE")
        	resp, err := c.HTTP.Do(req)
        	if err != nil {
        		return err
        	}
        	defer resp.Body.Close()
        	return json.NewDecoder(resp.Body).Decode(out)
        }
        ''', host=hasura_host(r), v=v)
    return r.choice(["internal/hasura/client.go", "pkg/gql/hasura.go"]), body


@pos("hasura", "admin_secret")
def p_sh_curl_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin", "sh")
    body = fill('''
        #!/usr/bin/env bash
        # Export the current metadata from the «env» Hasura project.
        set -euo pipefail

        ENDPOINT="https://«host»"
        OUT="${1:-metadata-$(date +%Y%m%d).json}"

        curl -sS -X POST "$ENDPOINT/v1/metadata" \\
          -H "Content-Type: application/json" \\
          -H "X-Hasura-Admin-Secret: «v»" \\
          -d '{"type":"export_metadata","version":2,"args":{}}' \\
          | jq . > "$OUT"

        echo "metadata written to $OUT"
        ''', env=r.choice(["staging", "production", "preview"]), host=hasura_host(r), v=v)
    return r.choice(["scripts/export-metadata.sh", "bin/hasura-export.sh"]), body


@pos("hasura", "admin_secret")
def p_http_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin", "http")
    t = r.choice(TABLES)
    body = fill('''
        @host = https://«host»

        ### Run a SQL statement
        POST {{host}}/v2/query
        Content-Type: application/json
        X-Hasura-Admin-Secret: «v»

        {
          "type": "run_sql",
          "args": { "source": "default", "sql": "select count(*) from «t»;" }
        }

        ### Health check
        GET {{host}}/healthz
        ''', host=hasura_host(r), t=t, v=v)
    return r.choice(["requests/hasura.http", "api/admin.http", "docs/requests/run_sql.http"]), body


@pos("hasura", "admin_secret")
def p_dockerfile_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin")
    body = fill('''
        FROM hasura/graphql-engine:«ver».cli-migrations-v3

        COPY ./metadata /hasura-metadata
        COPY ./migrations /hasura-migrations

        ENV HASURA_GRAPHQL_ENABLE_CONSOLE=false \\
            HASURA_GRAPHQL_DEV_MODE=false \\
            HASURA_GRAPHQL_UNAUTHORIZED_ROLE=anonymous \\
            HASURA_GRAPHQL_ADMIN_SECRET=«v»

        EXPOSE 8080
        HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/healthz || exit 1
        ''', ver=r.choice(VERSIONS), v=v)
    return r.choice(["Dockerfile", "hasura/Dockerfile", "docker/hasura.Dockerfile"]), body


@pos("hasura", "jwt_secret")
def p_compose_jwt(r, S):
    v = S.val(g_jwt_key, "HASURA_JWT_KEY", "jwt_key", "compose")
    body = fill('''
        services:
          hasura:
            image: hasura/graphql-engine:«ver»
            ports:
              - "8080:8080"
            environment:
              HASURA_GRAPHQL_DATABASE_URL: ${DATABASE_URL}
              HASURA_GRAPHQL_ADMIN_SECRET: ${HASURA_ADMIN_SECRET}
              HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"«v»","claims_namespace":"https://hasura.io/jwt/claims"}'
              HASURA_GRAPHQL_UNAUTHORIZED_ROLE: public
          auth:
            build: ./auth
            environment:
              HASURA_ENDPOINT: http://hasura:8080/v1/graphql
        ''', ver=r.choice(VERSIONS), v=v)
    return r.choice(["docker-compose.yml", "compose.yaml", "docker-compose.override.yml"]), body


@pos("hasura", "jwt_secret")
def p_tf_jwt(r, S):
    v = S.val(g_jwt_key, "HASURA_JWT_KEY", "jwt_key", "tf")
    a = app(r)
    body = fill('''
        resource "aws_ecs_task_definition" "hasura" {
          family                   = "«a»-hasura"
          requires_compatibilities = ["FARGATE"]
          network_mode             = "awsvpc"
          cpu                      = 512
          memory                   = 1024

          container_definitions = jsonencode([{
            name      = "hasura"
            image     = "hasura/graphql-engine:«ver»"
            essential = true
            portMappings = [{ containerPort = 8080 }]
            environment = [
              { name = "HASURA_GRAPHQL_ENABLE_CONSOLE", value = "false" },
              { name = "HASURA_GRAPHQL_JWT_SECRET", value = jsonencode({ type = "HS256", key = "«v»" }) },
            ]
            secrets = [
              { name = "HASURA_GRAPHQL_DATABASE_URL", valueFrom = aws_ssm_parameter.db_url.arn },
            ]
          }])
        }
        ''', a=a, ver=r.choice(VERSIONS), v=v)
    return r.choice(["infra/ecs_hasura.tf", "terraform/hasura.tf"]), body


@pos("hasura", "jwt_secret")
def p_js_auth_sign(r, S):
    v = S.lit(g_jwt_key, "js", "JWT_SECRET", "jwt_key", q="'")
    body = fill('''
        import jwt from 'jsonwebtoken';

        const signingKey = «v»;

        export function issueToken(user) {
          const claims = {
            sub: String(user.id),
            'https://hasura.io/jwt/claims': {
              'x-hasura-allowed-roles': user.roles,
              'x-hasura-default-role': user.roles[0] ?? '«role»',
              'x-hasura-user-id': String(user.id),
            },
          };
          return jwt.sign(claims, signingKey, { algorithm: 'HS256', expiresIn: '«exp»' });
        }
        ''', role=r.choice(ROLES), exp=r.choice(["15m", "1h", "12h", "7d"]), v=v)
    return r.choice(["auth/src/token.js", "src/auth/issue-token.ts", "services/auth/jwt.mjs"]), body


@pos("hasura", "jwt_secret")
def p_py_auth_webhook(r, S):
    v = S.lit(g_jwt_key, "py", "JWT_SECRET", "jwt_key")
    body = fill('''
        import os
        import time

        import jwt
        from flask import Flask, jsonify, request

        app = Flask(__name__)
        JWT_SECRET = «v»
        CLAIMS_NS = "https://hasura.io/jwt/claims"


        @app.post("/login")
        def login():
            body = request.get_json(force=True)
            user_id = str(body["user_id"])
            token = jwt.encode(
                {
                    "sub": user_id,
                    "iat": int(time.time()),
                    "exp": int(time.time()) + «ttl»,
                    CLAIMS_NS: {
                        "x-hasura-allowed-roles": ["«role»"],
                        "x-hasura-default-role": "«role»",
                        "x-hasura-user-id": user_id,
                    },
                },
                JWT_SECRET,
                algorithm="HS256",
            )
            return jsonify(token=token)
        ''', ttl=r.choice([900, 3600, 86400]), role=r.choice(ROLES), v=v)
    return r.choice(["auth/app.py", "auth_service/main.py"]), body


@pos("hasura_cloud", "access_token")
def p_sh_hasura_cloud(r, S):
    v = S.val(g_hasura_pat, "HASURA_CLOUD_ACCESS_TOKEN", "generic", "sh")
    body = fill('''
        #!/bin/sh
        # Lists Hasura Cloud projects and their endpoints.
        curl -s https://data.pro.hasura.io/v1/graphql \\
          -H "Content-Type: application/json" \\
          -H "Authorization: pat «v»" \\
          -d '{"query":"{ projects { id name endpoint tenant { id region } } }"}' | jq '.data.projects'
        ''', v=v)
    return r.choice(["scripts/list-projects.sh", "ops/hasura-cloud.sh"]), body


@pos("hasura_cloud", "access_token")
def p_py_hasura_cloud(r, S):
    v = S.lit(g_hasura_pat, "py", "HASURA_CLOUD_ACCESS_TOKEN", "generic")
    body = fill('''
        """Rotate env vars on a Hasura Cloud tenant."""
        import json
        import urllib.request

        CLOUD_API = "https://data.pro.hasura.io/v1/graphql"
        TENANT_ID = "«tenant»"
        HASURA_CLOUD_ACCESS_TOKEN = «v»

        GET_ENV = "query($id: uuid!) { getTenantEnv(tenantId: $id) { hash envVars } }"


        def call(query, variables):
            req = urllib.request.Request(
                CLOUD_API,
                data=json.dumps({"query": query, "variables": variables}).encode(),
                headers={"Authorization": "pat " + HASURA_CLOUD_ACCESS_TOKEN,
                         "Content-Type": "application/json"},
            )
            with urllib.request.urlopen(req) as resp:
                return json.load(resp)


        if __name__ == "__main__":
            print(call(GET_ENV, {"id": TENANT_ID}))
        ''', tenant=uuid4(r), v=v)
    return r.choice(["ops/rotate_env.py", "scripts/hasura_cloud_env.py"]), body


@pos("hasura", "admin_secret")
def p_md_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin", "sh")
    a = app(r)
    body = fill('''
        # «A» backend runbook

        ## Opening the console against staging

        The staging engine runs at `https://«host»`. Start the console from the
        `hasura/` directory so that metadata changes are tracked as files:

        ```bash
        cd hasura
        hasura console --endpoint https://«host» --admin-secret «v»
        ```

        ## Creating a migration

        ```bash
        hasura migrate create add_«t»_index --from-server --database-name default
        ```

        Keep migrations small; one table change per migration.
        ''', A=a.capitalize(), host=hasura_host(r), t=r.choice(TABLES), v=v)
    return r.choice(["docs/runbook.md", "RUNBOOK.md", "docs/hasura/console.md"]), body


@pos("hasura", "admin_secret")
def p_log_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin")
    lines = []
    t0 = ts_iso(r)
    for i in range(r.randint(3, 6)):
        lines.append('{"type":"http-log","timestamp":"%s","level":"info","detail":{"operation":{"request_id":"%s","query":{"operationName":"%s"},"user_vars":{"x-hasura-role":"%s"}},"http_info":{"status":200,"method":"POST","url":"/v1/graphql"}}}'
                     % (ts_iso(r), uuid4(r), r.choice(["GetOrders", "ListUsers", "ProductById", "Viewer"]), r.choice(ROLES)))
    dbg = ('%s DEBUG proxy forwarding request headers={"content-type":"application/json","x-hasura-admin-secret":"%s","user-agent":"node-fetch/1.0"}'
           % (t0, v))
    lines.insert(r.randint(1, len(lines)), dbg)
    return r.choice(["logs/gateway-debug.log", "var/log/graphql-proxy.log"]), "\n".join(lines) + "\n"


@pos("hasura", "admin_secret")
def p_env_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin")
    body = fill('''
        # local development
        HASURA_GRAPHQL_DATABASE_URL=postgres://postgres:${POSTGRES_PASSWORD}@localhost:5432/postgres
        HASURA_GRAPHQL_ENABLE_CONSOLE=true
        HASURA_GRAPHQL_DEV_MODE=true
        HASURA_GRAPHQL_ADMIN_SECRET=«v»
        HASURA_GRAPHQL_UNAUTHORIZED_ROLE=anonymous
        ACTION_BASE_URL=http://host.docker.internal:3000
        ''', v=v)
    return r.choice([".env", "hasura/.env"]), body


@pos("hasura", "admin_secret")
def p_insomnia_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin")
    host = hasura_host(r)
    doc = {
        "_type": "export", "__export_format": 4, "__export_date": ts_iso(r),
        "__export_source": "insomnia.desktop.app:v2023.5.8",
        "resources": [
            {"_id": "req_" + rs(r, HEX, 32), "_type": "request", "parentId": "wrk_" + rs(r, HEX, 32),
             "name": "List %s" % r.choice(TABLES), "method": "POST", "url": "https://%s/v1/graphql" % host,
             "body": {"mimeType": "application/graphql",
                      "text": '{"query":"query { %s(limit: 10) { id } }"}' % r.choice(TABLES)},
             "headers": [{"name": "Content-Type", "value": "application/json"},
                         {"name": "x-hasura-admin-secret", "value": v}],
             "authentication": {}},
            {"_id": "wrk_" + rs(r, HEX, 32), "_type": "workspace", "parentId": None,
             "name": "%s GraphQL" % app(r).capitalize(), "scope": "collection"},
        ]}
    return r.choice(["insomnia/hasura.json", "tools/insomnia-export.json"]), json.dumps(doc, indent=2) + "\n"


@pos("hasura", "bearer_token")
def p_altair_export(r, S):
    v = S.val(g_bearer_jwt, "USER_JWT", "bearer")
    doc = {
        "version": 1, "type": "window", "windowName": "%s orders" % app(r).capitalize(),
        "apiUrl": "https://%s/v1/graphql" % hasura_host(r),
        "query": "query MyOrders {\n  orders(order_by: {created_at: desc}, limit: 20) {\n    id\n    total\n  }\n}\n",
        "headers": [{"key": "Authorization", "value": "Bearer " + v, "enabled": True},
                    {"key": "x-hasura-role", "value": r.choice(ROLES), "enabled": True}],
        "variables": "{}", "subscriptionUrl": "", "preRequestScript": "", "preRequestScriptEnabled": False,
    }
    return r.choice(["tools/altair/orders.agc", "altair/my-orders.agc"]), json.dumps(doc, indent=2) + "\n"


@pos("hasura", "db_password")
def p_hasura_databases(r, S):
    pw = S.val(g_password, "PG_PASSWORD", "password")
    user = r.choice(["hasura", "app", "hasura_user", "postgres"])
    body = fill('''
        - name: default
          kind: postgres
          configuration:
            connection_info:
              database_url: postgres://«user»:«pw»@«host»:5432/«db»
              isolation_level: read-committed
              pool_settings:
                connection_lifetime: 600
                idle_timeout: 180
                max_connections: 50
                retries: 1
              use_prepared_statements: true
          tables: "!include default/tables/tables.yaml"
        ''', user=user, pw=pw, host=db_host(r), db=app(r), )
    return r.choice(["hasura/metadata/databases/databases.yaml", "metadata/databases/databases.yaml"]), body


@pos("hasura", "db_password")
def p_sql_role(r, S):
    pw = S.val(g_password, "READER_PASSWORD", "password")
    role = r.choice(["hasura_reader", "analytics_ro", "graphql_app", "metabase"])
    body = fill('''
        -- Read-only role used by the reporting GraphQL source.
        CREATE ROLE «role» LOGIN PASSWORD '«pw»';
        GRANT CONNECT ON DATABASE «db» TO «role»;
        GRANT USAGE ON SCHEMA public TO «role»;
        GRANT SELECT ON ALL TABLES IN SCHEMA public TO «role»;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO «role»;
        ''', role=role, pw=pw, db=app(r))
    return "hasura/migrations/default/%d_create_reader_role/up.sql" % r.randint(1690000000000, 1720000000000), body


# ---- Apollo GraphOS -------------------------------------------------------

@pos("apollo", "api_key")
def p_gha_rover(r, S):
    gid = graph_id(r)
    v = S.val(lambda rr: g_apollo_service(rr, gid), "APOLLO_KEY", "apollo", "gha")
    sub = r.choice(["products", "reviews", "accounts", "inventory", "users"])
    body = fill('''
        name: Publish subgraph
        on:
          push:
            branches: [main]
        env:
          APOLLO_KEY: «v»
          APOLLO_VCS_COMMIT: ${{ github.event.pull_request.head.sha }}
        jobs:
          publish:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Install Rover
                run: |
                  curl -sSL https://rover.apollo.dev/nix/latest | sh
                  echo "$HOME/.rover/bin" >> $GITHUB_PATH
              - name: Publish «sub» schema
                run: |
                  rover subgraph publish «gid»@«var» \\
                    --name «sub» \\
                    --schema ./schema.graphql \\
                    --routing-url https://«sub».«a».internal/graphql
        ''', v=v, gid=gid, var=variant(r), sub=sub, a=app(r))
    return r.choice([".github/workflows/publish-subgraph.yml", ".github/workflows/rover.yml"]), body


@pos("apollo", "api_key")
def p_makefile_rover(r, S):
    gid = graph_id(r)
    v = S.val(lambda rr: g_apollo_service(rr, gid), "APOLLO_KEY", "apollo", "sh")
    sub = r.choice(["orders", "catalog", "payments", "search"])
    body = fill('''
        GRAPH_REF ?= «gid»@«var»
        SUBGRAPH  ?= «sub»

        .PHONY: check publish compose

        check:
        	rover subgraph check $(GRAPH_REF) --name $(SUBGRAPH) --schema schema.graphql

        publish:
        	APOLLO_KEY=«v» \\
        		rover subgraph publish $(GRAPH_REF) --name $(SUBGRAPH) \\
        		--schema schema.graphql --routing-url http://$(SUBGRAPH):4001/graphql

        compose:
        	rover supergraph compose --config supergraph.yaml > supergraph.graphql
        ''', gid=gid, var=variant(r), sub=sub, v=v)
    return "Makefile", body


@pos("apollo", "api_key")
def p_compose_router(r, S):
    gid = graph_id(r)
    v = S.val(lambda rr: g_apollo_service(rr, gid), "APOLLO_KEY", "apollo", "compose")
    body = fill('''
        services:
          router:
            image: ghcr.io/apollographql/router:v1.«minor».0
            ports:
              - "4000:4000"
            environment:
              APOLLO_GRAPH_REF: «gid»@«var»
              APOLLO_KEY: «v»
              APOLLO_ROUTER_LOG: info
            volumes:
              - ./router.yaml:/dist/config/router.yaml
            command: ["--config", "/dist/config/router.yaml"]
          products:
            build: ./subgraphs/products
            ports:
              - "4001:4001"
        ''', minor=r.randint(30, 59), gid=gid, var=variant(r), v=v)
    return r.choice(["router/docker-compose.yml", "docker-compose.router.yml"]), body


@pos("apollo", "api_key")
def p_helm_router(r, S):
    gid = graph_id(r)
    v = S.val(lambda rr: g_apollo_service(rr, gid), "APOLLO_KEY", "apollo", "helm")
    body = fill('''
        # apollographql/router chart overrides
        managedFederation:
          apiKey: "«v»"
          graphRef: "«gid»@«var»"

        router:
          configuration:
            supergraph:
              listen: 0.0.0.0:4000
            health_check:
              listen: 0.0.0.0:8088
            telemetry:
              instrumentation:
                spans:
                  mode: spec_compliant

        replicaCount: «n»
        resources:
          requests:
            cpu: 250m
            memory: 256Mi
        ''', v=v, gid=gid, var=variant(r), n=r.randint(2, 6))
    return r.choice(["deploy/router/values.yaml", "helm/router-values.yaml"]), body


@pos("apollo", "api_key")
def p_ts_apollo_server(r, S):
    gid = graph_id(r)
    v = S.lit(lambda rr: g_apollo_service(rr, gid), "js", "APOLLO_KEY", "apollo", q="'")
    body = fill('''
        import { ApolloServer } from '@apollo/server';
        import { startStandaloneServer } from '@apollo/server/standalone';
        import { ApolloServerPluginUsageReporting } from '@apollo/server/plugin/usageReporting';
        import { typeDefs } from './schema';
        import { resolvers } from './resolvers';

        const server = new ApolloServer({
          typeDefs,
          resolvers,
          apollo: {
            key: «v»,
            graphRef: '«gid»@«var»',
          },
          plugins: [ApolloServerPluginUsageReporting({ sendVariableValues: { none: true } })],
        });

        const { url } = await startStandaloneServer(server, { listen: { port: «port» } });
        console.log(`server ready at ${url}`);
        ''', v=v, gid=gid, var=variant(r), port=r.choice([4000, 4001, 8080]))
    return r.choice(["src/index.ts", "server/src/main.ts", "packages/api/src/server.ts"]), body


@pos("apollo", "api_key")
def p_apollo_config_js(r, S):
    v = S.lit(g_apollo_user, "js", "APOLLO_KEY", "apollo", q="'")
    gid = graph_id(r)
    body = fill('''
        // Apollo VS Code / CLI configuration
        module.exports = {
          client: {
            service: {
              name: '«gid»',
              url: 'http://localhost:4000/graphql',
            },
            includes: ['./src/**/*.{ts,tsx,graphql}'],
            excludes: ['**/__tests__/**'],
          },
          engine: {
            apiKey: «v»,
          },
        };
        ''', gid=gid, v=v)
    return "apollo.config.js", body


@pos("apollo", "api_key")
def p_py_apollo_platform(r, S):
    v = S.lit(g_apollo_user, "py", "APOLLO_KEY", "apollo")
    body = fill('''
        """Print the latest launches of a GraphOS graph via the Platform API."""
        import sys

        import requests

        PLATFORM_API = "https://api.apollographql.com/api/graphql"
        studio_token = «v»

        QUERY = """
        query Launches($ref: ID!) {
          variant(ref: $ref) {
            ... on GraphVariant { launchHistory(limit: 5) { id status createdAt } }
          }
        }
        """

        resp = requests.post(
            PLATFORM_API,
            json={"query": QUERY, "variables": {"ref": sys.argv[1]}},
            headers={
                "X-API-Key": studio_token,
                "apollographql-client-name": "launch-report",
                "apollographql-client-version": "«ver»",
            },
            timeout=15,
        )
        print(resp.json())
        ''', v=v, ver="0.%d.%d" % (r.randint(1, 9), r.randint(0, 20)))
    return r.choice(["tools/launches.py", "scripts/graphos_launches.py"]), body


@pos("apollo", "api_key")
def p_md_apollo(r, S):
    v = S.val(g_apollo_user, "APOLLO_KEY", "apollo", "sh")
    gid = graph_id(r)
    body = fill('''
        ## Local supergraph

        1. Install Rover: `npm i -g @apollo/rover`
        2. Authenticate once so that rover can fetch subgraph schemas:

        ```sh
        export APOLLO_KEY=«v»
        rover supergraph compose --config ./supergraph.yaml --output supergraph.graphql
        ```

        3. Start the router with `./router --dev --supergraph supergraph.graphql`.

        The production graph is `«gid»@«var»`; never run `rover subgraph publish`
        against it from a laptop.
        ''', v=v, gid=gid, var=variant(r))
    return r.choice(["docs/local-dev.md", "CONTRIBUTING.md", "supergraph/README.md"]), body


@pos("apollo", "api_key")
def p_envlocal_apollo(r, S):
    v = S.val(g_apollo_user, "APOLLO_KEY", "apollo")
    body = fill('''
        APOLLO_KEY=«v»
        APOLLO_GRAPH_REF=«gid»@«var»
        NEXT_PUBLIC_GRAPHQL_URL=http://localhost:4000/graphql
        ''', v=v, gid=graph_id(r), var=variant(r))
    return r.choice([".env.local", "web/.env.development.local"]), body


# ---- AWS AppSync ------------------------------------------------------------

@pos("aws_appsync", "api_key")
def p_aws_exports(r, S):
    v = S.val(g_appsync, "APPSYNC_API_KEY", "appsync")
    reg = r.choice(REGIONS)
    body = fill('''
        /* eslint-disable */
        // WARNING: DO NOT EDIT. This file is automatically generated by AWS Amplify. It will be overwritten.

        const awsmobile = {
            "aws_project_region": "«reg»",
            "aws_appsync_graphqlEndpoint": "https://«id».appsync-api.«reg».amazonaws.com/graphql",
            "aws_appsync_region": "«reg»",
            "aws_appsync_authenticationType": "API_KEY",
            "aws_appsync_apiKey": "«v»",
            "aws_cognito_identity_pool_id": "«reg»:«pool»",
            "aws_cognito_region": "«reg»",
            "aws_user_pools_id": "«reg»_«up»",
            "aws_user_pools_web_client_id": "«client»"
        };


        export default awsmobile;
        ''', reg=reg, id=appsync_id(r), v=v, pool=uuid4(r), up=rs(r, ALNUM, 9), client=rs(r, LOWALNUM, 26))
    return r.choice(["src/aws-exports.js", "app/src/aws-exports.js"]), body


@pos("aws_appsync", "api_key")
def p_amplifyconfiguration(r, S):
    v = S.val(g_appsync, "APPSYNC_API_KEY", "appsync")
    reg = r.choice(REGIONS)
    name = app(r)
    doc = {"UserAgent": "aws-amplify-cli/2.0", "Version": "1.0",
           "api": {"plugins": {"awsAPIPlugin": {name: {
               "endpointType": "GraphQL",
               "endpoint": "https://%s.appsync-api.%s.amazonaws.com/graphql" % (appsync_id(r), reg),
               "region": reg, "authorizationType": "API_KEY", "apiKey": v}}}}}
    return r.choice(["amplifyconfiguration.json", "src/amplifyconfiguration.json",
                     "app/src/main/res/raw/amplifyconfiguration.json"]), json.dumps(doc, indent=4) + "\n"


@pos("aws_appsync", "api_key")
def p_awsconfiguration_ios(r, S):
    v = S.val(g_appsync, "APPSYNC_API_KEY", "appsync")
    reg = r.choice(REGIONS)
    doc = {"Version": "1.0", "IdentityManager": {"Default": {}},
           "AppSync": {"Default": {"ApiUrl": "https://%s.appsync-api.%s.amazonaws.com/graphql" % (appsync_id(r), reg),
                                   "Region": reg, "AuthMode": "API_KEY", "ApiKey": v,
                                   "ClientDatabasePrefix": "%s_API_KEY" % app(r)}}}
    return r.choice(["ios/App/awsconfiguration.json", "awsconfiguration.json"]), json.dumps(doc, indent=2) + "\n"


@pos("aws_appsync", "api_key")
def p_py_gql_appsync(r, S):
    v = S.lit(g_appsync, "py", "APPSYNC_API_KEY", "appsync")
    reg = r.choice(REGIONS)
    host = "%s.appsync-api.%s.amazonaws.com" % (appsync_id(r), reg)
    body = fill('''
        from gql import Client, gql
        from gql.transport.requests import RequestsHTTPTransport

        transport = RequestsHTTPTransport(
            url="https://«host»/graphql",
            headers={"x-api-key": «v», "host": "«host»"},
            verify=True,
            retries=2,
        )
        client = Client(transport=transport, fetch_schema_from_transport=False)

        LIST = gql("""
        query List«T» {
          list«T»(limit: 50) { items { id name updatedAt } nextToken }
        }
        """)

        if __name__ == "__main__":
            for item in client.execute(LIST)["list«T»"]["items"]:
                print(item["id"], item["name"])
        ''', host=host, v=v, T=r.choice(["Todos", "Posts", "Devices", "Orders", "Notes"]))
    return r.choice(["scripts/list_items.py", "tools/appsync_dump.py"]), body


@pos("aws_appsync", "api_key")
def p_sh_appsync(r, S):
    v = S.val(g_appsync, "APPSYNC_API_KEY", "appsync", "sh")
    reg = r.choice(REGIONS)
    body = fill('''
        #!/usr/bin/env bash
        # smoke test for the public read API
        set -e
        curl -s -X POST https://«id».appsync-api.«reg».amazonaws.com/graphql \\
          -H 'Content-Type: application/json' \\
          -H 'x-api-key: «v»' \\
          --data '{"query":"query { listPosts(limit: 3) { items { id title } } }"}'
        echo
        ''', id=appsync_id(r), reg=reg, v=v)
    return r.choice(["scripts/smoke.sh", "ci/appsync-smoke.sh"]), body


@pos("aws_appsync", "api_key")
def p_ts_appsync_e2e(r, S):
    v = S.lit(g_appsync, "js", "APPSYNC_API_KEY", "appsync", q="'")
    reg = r.choice(REGIONS)
    body = fill('''
        export const e2eConfig = {
          region: '«reg»',
          graphqlUrl: 'https://«id».appsync-api.«reg».amazonaws.com/graphql',
          realtimeUrl: 'wss://«id».appsync-realtime-api.«reg».amazonaws.com/graphql',
          key: «v»,
          timeoutMs: «ms»,
        };
        ''', reg=reg, id=appsync_id(r), v=v, ms=r.choice([5000, 10000, 30000]))
    return r.choice(["e2e/config.ts", "tests/e2e/env.ts"]), body


# ---- Hygraph / GraphCMS ------------------------------------------------------

@pos("hygraph", "access_token")
def p_graphqlrc_hygraph(r, S):
    ep = hygraph_endpoint(r)
    v = S.val(lambda rr: g_hygraph_pat(rr, ep), "HYGRAPH_TOKEN", "hygraph")
    body = fill('''
        schema:
          - «ep»:
              headers:
                Authorization: Bearer «v»
        documents: "src/**/*.{graphql,ts,tsx}"
        extensions:
          codegen:
            generates:
              src/gql/:
                preset: client
        ''', ep=ep, v=v)
    return r.choice([".graphqlrc.yml", "web/.graphqlrc.yml"]), body


@pos("hygraph", "access_token")
def p_ts_hygraph_client(r, S):
    ep = hygraph_endpoint(r)
    v = S.val(lambda rr: g_hygraph_pat(rr, ep), "HYGRAPH_TOKEN", "hygraph")
    body = fill('''
        import { GraphQLClient } from 'graphql-request';

        export const hygraph = new GraphQLClient('«ep»', {
          headers: {
            authorization: `Bearer «v»`,
          },
        });

        export async function getPosts() {
          const { posts } = await hygraph.request<{ posts: { slug: string; title: string }[] }>(`
            { posts(orderBy: publishedAt_DESC, stage: DRAFT) { slug title } }
          `);
          return posts;
        }
        ''', ep=ep, v=v)
    return r.choice(["lib/hygraph.ts", "src/lib/cms.ts"]), body


@pos("hygraph", "access_token")
def p_gatsby_graphcms(r, S):
    ep = hygraph_endpoint(r)
    v = S.lit(lambda rr: g_hygraph_pat(rr, ep), "js", "GRAPHCMS_TOKEN", "hygraph", q="`")
    body = fill('''
        module.exports = {
          siteMetadata: {
            title: `«A» blog`,
            siteUrl: `https://www.«a».example`,
          },
          plugins: [
            `gatsby-plugin-image`,
            `gatsby-plugin-sharp`,
            {
              resolve: `gatsby-source-graphcms`,
              options: {
                endpoint: `«ep»`,
                token: «v»,
                stages: [`DRAFT`, `PUBLISHED`],
                downloadLocalImages: true,
              },
            },
          ],
        };
        ''', A=app(r).capitalize(), a=app(r), ep=ep, v=v)
    return "gatsby-config.js", body


@pos("hygraph", "access_token")
def p_py_hygraph_mgmt(r, S):
    ep = hygraph_endpoint(r)
    v = S.lit(lambda rr: g_hygraph_pat(rr, ep), "py", "HYGRAPH_PERMANENTAUTH_TOKEN", "hygraph")
    body = fill('''
        import requests

        CONTENT_API = "«ep»"
        pat = «v»


        def publish_all(model: str):
            mutation = "mutation { publishMany%s(to: PUBLISHED) { count } }" % model
            r = requests.post(CONTENT_API, json={"query": mutation},
                              headers={"Authorization": f"Bearer {pat}"})
            r.raise_for_status()
            return r.json()


        if __name__ == "__main__":
            print(publish_all("«M»Connection"))
        ''', ep=ep, v=v, M=r.choice(["Posts", "Authors", "Pages", "Products"]))
    return r.choice(["scripts/publish_all.py", "cms/publish.py"]), body


# ---- StepZen ----------------------------------------------------------------

@pos("stepzen", "api_key")
def p_js_stepzen(r, S):
    acct = r.choice(CITIES)
    v = S.val(lambda rr: g_stepzen(rr, acct), "STEPZEN_API_KEY", "stepzen")
    body = fill('''
        import { ApolloClient, InMemoryCache } from '@apollo/client';

        const client = new ApolloClient({
          uri: 'https://«acct».stepzen.net/api/«w»-«an»/__graphql',
          headers: {
            Authorization: 'apikey «v»',
          },
          cache: new InMemoryCache(),
        });

        export default client;
        ''', acct=acct, w=r.choice(WORDS), an=r.choice(ANIMALS), v=v)
    return r.choice(["src/apollo/client.js", "lib/apolloClient.ts", "App.client.tsx"]), body


@pos("stepzen", "admin_key")
def p_gha_stepzen(r, S):
    acct = r.choice(CITIES)
    v = S.val(lambda rr: g_stepzen(rr, acct), "STEPZEN_ADMIN_KEY", "stepzen", "gha")
    body = fill('''
        name: Deploy StepZen endpoint
        on:
          push:
            branches: [main]
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-node@v4
                with:
                  node-version: 20
              - run: npm install -g stepzen
              - run: stepzen login «acct» --adminkey «v»
              - run: stepzen deploy api/«w»-«an»
        ''', acct=acct, v=v, w=r.choice(WORDS), an=r.choice(ANIMALS))
    return ".github/workflows/stepzen.yml", body


@pos("stepzen", "api_key")
def p_py_stepzen(r, S):
    acct = r.choice(CITIES)
    v = S.lit(lambda rr: g_stepzen(rr, acct), "py", "STEPZEN_API_KEY", "stepzen")
    body = fill('''
        import httpx

        URL = "https://«acct».stepzen.net/api/«w»/__graphql"
        KEY = «v»


        async def fetch_weather(city: str):
            query = "query($c: String!) { weatherReport(city: $c) { temp description } }"
            async with httpx.AsyncClient(timeout=10) as http:
                resp = await http.post(URL, json={"query": query, "variables": {"c": city}},
                                       headers={"Authorization": f"apikey {KEY}"})
                return resp.json()["data"]["weatherReport"]
        ''', acct=acct, w=r.choice(WORDS), v=v)
    return r.choice(["app/stepzen_client.py", "services/weather.py"]), body


@pos("stepzen", "api_key")
def p_http_stepzen(r, S):
    acct = r.choice(CITIES)
    v = S.val(lambda rr: g_stepzen(rr, acct), "STEPZEN_API_KEY", "stepzen", "http")
    body = fill('''
        ### customer lookup through the StepZen endpoint
        POST https://«acct».stepzen.net/api/«w»-«an»/__graphql
        Content-Type: application/json
        Authorization: apikey «v»

        {"query": "{ customerByEmail(email: \\"a@b.test\\") { id name orders { id } } }"}
        ''', acct=acct, w=r.choice(WORDS), an=r.choice(ANIMALS), v=v)
    return r.choice(["stepzen/requests.http", "http/customer.http"]), body


# ---- Grafbase ---------------------------------------------------------------

@pos("grafbase", "api_key")
def p_ts_grafbase(r, S):
    v = S.lit(g_grafbase, "js", "GRAFBASE_API_KEY", "grafbase", q="'")
    body = fill('''
        import { GraphQLClient } from 'graphql-request';
        export { gql } from 'graphql-request';

        export const grafbase = new GraphQLClient('https://«p»-main-«h».grafbase.app/graphql', {
          headers: {
            'x-api-key': «v»,
          },
        });
        ''', p=app(r), h=rs(r, LOWALNUM, 8), v=v)
    return r.choice(["lib/grafbase.ts", "src/graphql/client.ts"]), body


@pos("grafbase", "api_key")
def p_codegen_grafbase(r, S):
    v = S.val(g_grafbase, "GRAFBASE_API_KEY", "grafbase")
    body = fill('''
        import type { CodegenConfig } from '@graphql-codegen/cli';

        const config: CodegenConfig = {
          overwrite: true,
          schema: [
            {
              'https://«p»-main-«h».grafbase.app/graphql': {
                headers: { 'x-api-key': '«v»' },
              },
            },
          ],
          documents: ['app/**/*.tsx', '!app/gql/**/*'],
          generates: {
            './app/gql/': { preset: 'client', plugins: [] },
          },
        };

        export default config;
        ''', p=app(r), h=rs(r, LOWALNUM, 8), v=v)
    return "codegen.ts", body


@pos("grafbase", "api_key")
def p_wrangler_grafbase(r, S):
    v = S.val(g_grafbase, "GRAFBASE_API_KEY", "grafbase")
    body = fill('''
        name = "«a»-edge"
        main = "src/worker.ts"
        compatibility_date = "2024-0«m»-1«d»"

        [vars]
        GRAFBASE_API_URL = "https://«a»-main-«h».grafbase.app/graphql"
        GRAFBASE_API_KEY = "«v»"
        CACHE_TTL = "60"

        [[kv_namespaces]]
        binding = "CACHE"
        id = "«kv»"
        ''', a=app(r), m=r.randint(1, 9), d=r.randint(0, 9), h=rs(r, LOWALNUM, 8), v=v, kv=rs(r, HEX, 32))
    return "wrangler.toml", body


# ---- WunderGraph, PostGraphile, Prisma, Mesh, codegen ------------------------

@pos("github", "access_token")
def p_wundergraph(r, S):
    v = S.val(g_github, "GITHUB_TOKEN", "github")
    body = fill('''
        import { configureWunderGraphApplication, introspect, cors } from '@wundergraph/sdk';
        import operations from './wundergraph.operations';

        const github = introspect.graphql({
          apiNamespace: 'github',
          url: 'https://api.github.com/graphql',
          headers: (builder) =>
            builder
              .addStaticHeader('Authorization', 'Bearer «v»')
              .addClientRequestHeader('X-Request-Id', 'X-Request-Id'),
        });

        const «a» = introspect.graphql({
          apiNamespace: '«a»',
          url: 'http://localhost:«port»/graphql',
        });

        configureWunderGraphApplication({
          apis: [github, «a»],
          operations,
          cors: { ...cors.allowAll },
        });
        ''', v=v, a=app(r), port=r.choice([4000, 4001, 8080]))
    return r.choice([".wundergraph/wundergraph.config.ts", "wundergraph/wundergraph.config.ts"]), body


@pos("postgraphile", "db_password")
def p_postgraphile_server(r, S):
    pw = S.val(g_password, "DB_PASSWORD", "password")
    user = r.choice(["postgraphile", "app_user", "api", "web"])
    body = fill('''
        const express = require('express');
        const { postgraphile } = require('postgraphile');
        const PgSimplifyInflectorPlugin = require('@graphile-contrib/pg-simplify-inflector');

        const app = express();

        app.use(
          postgraphile('postgres://«user»:«pw»@«host»:5432/«db»', '«schema»', {
            appendPlugins: [PgSimplifyInflectorPlugin],
            watchPg: process.env.NODE_ENV !== 'production',
            graphiql: true,
            enhanceGraphiql: true,
            dynamicJson: true,
            setofFunctionsContainNulls: false,
            ignoreRBAC: false,
          })
        );

        app.listen(process.env.PORT || 5000);
        ''', user=user, pw=pw, host=db_host(r), db=app(r), schema=r.choice(["app_public", "public", "api"]))
    return r.choice(["server.js", "src/server.js", "api/index.js"]), body


@pos("postgraphile", "jwt_secret")
def p_postgraphilerc(r, S):
    v = S.lit(g_jwt_key, "js", "JWT_SECRET", "jwt_key", q='"')
    body = fill('''
        module.exports = {
          options: {
            connection: process.env.DATABASE_URL,
            schema: ["app_public"],
            defaultRole: "app_anonymous",
            jwtSecret: «v»,
            jwtPgTypeIdentifier: "app_public.jwt_token",
            watch: true,
            dynamicJson: true,
            extendedErrors: ["hint", "detail", "errcode"],
            appendPlugins: ["@graphile-contrib/pg-simplify-inflector"],
          },
        };
        ''', v=v)
    return ".postgraphilerc.js", body


@pos("postgraphile", "jwt_secret")
def p_compose_postgraphile(r, S):
    v = S.val(g_jwt_key, "JWT_SECRET", "jwt_key", "compose")
    body = fill('''
        services:
          graphql:
            image: graphile/postgraphile:4
            restart: unless-stopped
            depends_on:
              - db
            ports:
              - "5433:5000"
            command:
              - --connection
              - ${DATABASE_URL}
              - --schema
              - app_public
              - --default-role
              - app_anonymous
              - --jwt-token-identifier
              - app_public.jwt_token
              - --jwt-secret
              - «v»
              - --enhance-graphiql
          db:
            image: postgres:16-alpine
            environment:
              POSTGRES_DB: «db»
              POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        ''', v=v, db=app(r))
    return r.choice(["docker-compose.yml", "ops/compose.postgraphile.yml"]), body


@pos("prisma", "db_password")
def p_prisma_schema(r, S):
    pw = S.val(g_password, "DB_PASSWORD", "password")
    user = r.choice(["prisma", "app", "postgres", "nexus"])
    body = fill('''
        generator client {
          provider = "prisma-client-js"
        }

        datasource db {
          provider = "postgresql"
          url      = "postgresql://«user»:«pw»@«host»:5432/«db»?schema=public&connection_limit=5"
        }

        model «M» {
          id        Int      @id @default(autoincrement())
          createdAt DateTime @default(now())
          title     String
          published Boolean  @default(false)
          authorId  Int
        }
        ''', user=user, pw=pw, host=db_host(r), db=app(r), M=r.choice(["Post", "Order", "Ticket", "Article"]))
    return r.choice(["prisma/schema.prisma", "packages/db/prisma/schema.prisma"]), body


@pos("prisma", "db_password")
def p_ts_prisma_client(r, S):
    pw = S.val(g_password, "DB_PASSWORD", "password")
    body = fill('''
        import { PrismaClient } from '@prisma/client';
        import { makeSchema } from 'nexus';
        import * as types from './types';

        export const prisma = new PrismaClient({
          datasources: {
            db: { url: 'postgresql://«user»:«pw»@«host»:5432/«db»' },
          },
          log: ['warn', 'error'],
        });

        export const schema = makeSchema({
          types,
          outputs: { schema: __dirname + '/../schema.graphql', typegen: __dirname + '/generated/nexus.ts' },
          contextType: { module: require.resolve('./context'), export: 'Context' },
        });
        ''', user=r.choice(["nexus", "api", "app"]), pw=pw, host=db_host(r), db=app(r))
    return r.choice(["src/context.ts", "api/src/db.ts"]), body


@pos("netflix_dgs", "db_password")
def p_spring_props(r, S):
    pw = S.val(g_password, "DB_PASSWORD", "password")
    a = app(r)
    body = fill('''
        spring.application.name=«a»-graphql
        server.port=8080
        dgs.graphql.schema-locations=classpath*:schema/**/*.graphql*
        dgs.graphql.graphiql.enabled=true
        spring.datasource.url=jdbc:postgresql://«host»:5432/«a»
        spring.datasource.username=«a»_svc
        spring.datasource.password=«pw»
        spring.jpa.hibernate.ddl-auto=validate
        management.endpoints.web.exposure.include=health,info,prometheus
        ''', a=a, host=db_host(r), pw=pw)
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), body


@pos("github", "access_token")
def p_meshrc_github(r, S):
    v = S.val(g_github, "GITHUB_TOKEN", "github")
    body = fill('''
        sources:
          - name: GitHub
            handler:
              graphql:
                endpoint: https://api.github.com/graphql
                operationHeaders:
                  Authorization: Bearer «v»
          - name: «A»
            handler:
              openapi:
                source: ./openapi/«a».yaml
                endpoint: http://localhost:«port»
        serve:
          port: 4000
          browser: false
        ''', v=v, A=app(r).capitalize(), a=app(r), port=r.choice([3000, 3001, 8000]))
    return r.choice([".meshrc.yml", "mesh/.meshrc.yaml"]), body


@pos("shopify", "access_token")
def p_mesh_ts_shopify(r, S):
    v = S.val(g_shopify_admin, "SHOPIFY_ADMIN_TOKEN", "shopify")
    body = fill('''
        import { defineConfig, loadGraphQLHTTPSubgraph } from '@graphql-mesh/compose-cli';

        export const composeConfig = defineConfig({
          subgraphs: [
            {
              sourceHandler: loadGraphQLHTTPSubgraph('ShopifyAdmin', {
                endpoint: 'https://«shop»/admin/api/2024-«m»/graphql.json',
                operationHeaders: {
                  'X-Shopify-Access-Token': '«v»',
                },
              }),
            },
          ],
        });
        ''', shop=shop_domain(r), m=r.choice(["01", "04", "07", "10"]), v=v)
    return r.choice(["mesh.config.ts", "gateway/mesh.config.ts"]), body


@pos("hasura", "admin_secret")
def p_codegen_yml_hasura(r, S):
    v = S.val(g_hasura_admin, ADMIN, "hasura_admin", "compose")
    body = fill('''
        overwrite: true
        schema:
          - https://«host»/v1/graphql:
              headers:
                x-hasura-admin-secret: «v»
                x-hasura-role: «role»
        documents: "src/**/*.graphql"
        generates:
          src/generated/graphql.tsx:
            plugins:
              - typescript
              - typescript-operations
              - typescript-react-apollo
            config:
              withHooks: true
          ./graphql.schema.json:
            plugins:
              - introspection
        ''', host=hasura_host(r), v=v, role=r.choice(ROLES))
    return r.choice(["codegen.yml", "frontend/codegen.yml"]), body


@pos("github", "access_token")
def p_codegen_ts_github(r, S):
    v = S.val(g_github, "GITHUB_TOKEN", "github")
    body = fill('''
        import type { CodegenConfig } from '@graphql-codegen/cli';

        const config: CodegenConfig = {
          schema: {
            'https://api.github.com/graphql': {
              headers: {
                Authorization: 'bearer «v»',
                'User-Agent': '«a»-codegen',
              },
            },
          },
          documents: ['src/**/*.graphql'],
          generates: {
            'src/__generated__/github.ts': {
              plugins: ['typescript', 'typescript-operations', 'typed-document-node'],
            },
          },
        };

        export default config;
        ''', v=v, a=app(r))
    return r.choice(["codegen.ts", "tools/codegen.github.ts"]), body


# ---- Dgraph, Fauna ------------------------------------------------------------

@pos("dgraph", "api_key")
def p_go_dgraph(r, S):
    v = S.lit(g_dgraph, "go", "DGRAPH_API_KEY", "dgraph")
    body = fill('''
        package store

        import (
        	"log"

        	"github.com/dgraph-io/dgo/v230"
        )

        const endpoint = "https://«w»-«an».«reg».aws.cloud.dgraph.io/graphql"

        func Open() *dgo.Dgraph {
        	client, err := dgo.DialCloud(endpoint, «v»)
        	if err != nil {
        		log.Fatalf("dgraph: %v", err)
        	}
        	return client
        }
        ''', w=r.choice(WORDS), an=r.choice(ANIMALS), reg=r.choice(REGIONS), v=v)
    return r.choice(["internal/store/dgraph.go", "store/client.go"]), body


@pos("dgraph", "api_key")
def p_gatsby_dgraph(r, S):
    v = S.val(g_dgraph, "DGRAPH_API_KEY", "dgraph")
    body = fill('''
        module.exports = {
          plugins: [
            {
              resolve: `gatsby-source-dgraph`,
              options: {
                endpoint: `https://«w»-«an».«reg».aws.cloud.dgraph.io/graphql`,
                token: `«v»`,
              },
            },
            `gatsby-plugin-react-helmet`,
          ],
        }
        ''', w=r.choice(WORDS), an=r.choice(ANIMALS), reg=r.choice(REGIONS), v=v)
    return "gatsby-config.js", body


@pos("dgraph", "api_key")
def p_sh_dgraph_schema(r, S):
    v = S.val(g_dgraph, "DGRAPH_API_KEY", "dgraph", "sh")
    body = fill('''
        #!/usr/bin/env bash
        # Push schema.graphql to the Dgraph Cloud backend.
        ENDPOINT=https://«w»-«an».«reg».aws.cloud.dgraph.io
        curl -sf -X POST "$ENDPOINT/admin/schema" \\
          -H "Dg-Auth: «v»" \\
          --data-binary "@schema.graphql"
        ''', w=r.choice(WORDS), an=r.choice(ANIMALS), reg=r.choice(REGIONS), v=v)
    return r.choice(["scripts/push-schema.sh", "dgraph/deploy.sh"]), body


@pos("fauna", "api_key")
def p_js_fauna(r, S):
    v = S.lit(g_fauna, "js", "FAUNA_SECRET", "fauna", q="'")
    body = fill('''
        import { Client, fql } from 'fauna';

        const client = new Client({
          secret: «v»,
          query_timeout_ms: «ms»,
        });

        export async function listProducts() {
          const res = await client.query(fql`Product.all().pageSize(20) { id, name, price }`);
          return res.data;
        }
        ''', v=v, ms=r.choice([5000, 10000, 60000]))
    return r.choice(["src/db/fauna.js", "lib/fauna.ts"]), body


@pos("fauna", "api_key")
def p_sh_fauna_graphql(r, S):
    v = S.val(g_fauna, "FAUNA_SECRET", "fauna", "sh")
    body = fill('''
        #!/bin/sh
        # import the GraphQL schema into the Fauna database
        curl -u «v»: https://graphql.«dom».fauna.com/import \\
          --data-binary "@schema.gql"
        ''', v=v, dom=r.choice(["us", "eu"]))
    return r.choice(["fauna/import-schema.sh", "scripts/fauna-import.sh"]), body


# ---- Shopify, GitHub -------------------------------------------------------------

@pos("shopify", "access_token")
def p_py_shopify(r, S):
    v = S.lit(g_shopify_admin, "py", "SHOPIFY_ADMIN_TOKEN", "shopify")
    shop = shop_domain(r)
    body = fill('''
        import requests

        SHOP = "«shop»"
        API_VERSION = "2024-«m»"
        SHOPIFY_ADMIN_TOKEN = «v»

        PRODUCTS = """
        query($cursor: String) {
          products(first: 50, after: $cursor) {
            pageInfo { hasNextPage endCursor }
            nodes { id title handle totalInventory }
          }
        }
        """


        def fetch_all():
            cursor = None
            while True:
                resp = requests.post(
                    f"https://{SHOP}/admin/api/{API_VERSION}/graphql.json",
                    json={"query": PRODUCTS, "variables": {"cursor": cursor}},
                    headers={"X-Shopify-Access-Token": SHOPIFY_ADMIN_TOKEN},
                    timeout=20,
                )
                page = resp.json()["data"]["products"]
                yield from page["nodes"]
                if not page["pageInfo"]["hasNextPage"]:
                    break
                cursor = page["pageInfo"]["endCursor"]
        ''', shop=shop, m=r.choice(["01", "04", "07", "10"]), v=v)
    return r.choice(["sync/shopify_products.py", "jobs/export_products.py"]), body


@pos("shopify", "client_secret")
def p_rb_shopify_app(r, S):
    v = S.lit(g_shopify_shared, "rb", "SHOPIFY_API_SECRET", "shopify")
    body = fill('''
        ShopifyApp.configure do |config|
          config.application_name = "«A» Sync"
          config.api_key = "«key»"
          config.secret = «v»
          config.old_secret = ""
          config.scope = "read_products, write_products, read_orders"
          config.embedded_app = true
          config.after_authenticate_job = false
          config.api_version = "2024-«m»"
          config.shop_session_repository = "Shop"
          config.new_embedded_auth_strategy = true
        end
        ''', A=app(r).capitalize(), key=rs(r, HEX, 32), v=v, m=r.choice(["01", "04", "07"]))
    return "config/initializers/shopify_app.rb", body


@pos("shopify", "access_token")
def p_rb_graphql_client(r, S):
    v = S.val(g_shopify_admin, "SHOPIFY_ADMIN_TOKEN", "shopify")
    body = fill('''
        require "graphql/client"
        require "graphql/client/http"

        module ShopifyAdmin
          HTTP = GraphQL::Client::HTTP.new("https://«shop»/admin/api/2024-«m»/graphql.json") do
            def headers(_context)
              { "X-Shopify-Access-Token" => "«v»", "Content-Type" => "application/json" }
            end
          end

          Schema = GraphQL::Client.load_schema("db/shopify_schema.json")
          Client = GraphQL::Client.new(schema: Schema, execute: HTTP)
        end
        ''', shop=shop_domain(r), m=r.choice(["01", "04", "07"]), v=v)
    return r.choice(["lib/shopify_admin.rb", "app/lib/shopify/client.rb"]), body


@pos("github", "access_token")
def p_py_github_gql(r, S):
    v = S.val(g_github, "GITHUB_TOKEN", "github")
    body = fill('''
        from gql import Client, gql
        from gql.transport.requests import RequestsHTTPTransport

        transport = RequestsHTTPTransport(
            url="https://api.github.com/graphql",
            headers={"Authorization": "bearer «v»"},
        )
        client = Client(transport=transport, fetch_schema_from_transport=True)

        OPEN_PRS = gql("""
        query($owner: String!, $name: String!) {
          repository(owner: $owner, name: $name) {
            pullRequests(states: OPEN, first: 20) { nodes { number title author { login } } }
          }
        }
        """)

        if __name__ == "__main__":
            data = client.execute(OPEN_PRS, variable_values={"owner": "«org»", "name": "«a»"})
            for pr in data["repository"]["pullRequests"]["nodes"]:
                print(pr["number"], pr["title"])
        ''', v=v, org=r.choice(GH_USERS), a=app(r))
    return r.choice(["scripts/open_prs.py", "tools/github_report.py"]), body


@pos("github", "access_token")
def p_gradle_apollo_kotlin(r, S):
    v = S.val(g_github, "GITHUB_TOKEN", "github")
    body = fill('''
        plugins {
            id("com.android.application")
            kotlin("android")
            id("com.apollographql.apollo3") version "3.8.«p»"
        }

        apollo {
            service("github") {
                packageName.set("com.«a».github")
                introspection {
                    endpointUrl.set("https://api.github.com/graphql")
                    headers.put("Authorization", "Bearer «v»")
                    schemaFile.set(file("src/main/graphql/schema.graphqls"))
                }
            }
        }

        dependencies {
            implementation("com.apollographql.apollo3:apollo-runtime:3.8.«p»")
        }
        ''', p=r.randint(0, 5), a=app(r), v=v)
    return r.choice(["app/build.gradle.kts", "android/app/build.gradle.kts"]), body


@pos("github", "access_token")
def p_apollo_ios_config(r, S):
    v = S.val(g_github, "GITHUB_TOKEN", "github")
    doc = {"schemaNamespace": "GitHubAPI",
           "input": {"operationSearchPaths": ["**/*.graphql"], "schemaSearchPaths": ["**/*.graphqls"]},
           "output": {"testMocks": {"none": {}},
                      "schemaTypes": {"path": "./GitHubAPI", "moduleType": {"swiftPackageManager": {}}},
                      "operations": {"inSchemaModule": {}}},
           "schemaDownloadConfiguration": {
               "downloadMethod": {"introspection": {"endpointURL": "https://api.github.com/graphql",
                                                    "httpMethod": {"POST": {}},
                                                    "includeDeprecatedInputValues": False,
                                                    "outputFormat": "SDL"}},
               "downloadTimeout": 60,
               "headers": [{"key": "Authorization", "value": "Bearer " + v}],
               "outputPath": "./graphql/schema.graphqls"}}
    return r.choice(["apollo-codegen-config.json", "ios/apollo-codegen-config.json"]), json.dumps(doc, indent=2) + "\n"


@pos("github", "access_token")
def p_graphql_comment(r, S):
    v = S.val(g_github, "GITHUB_TOKEN", "github")
    body = fill('''
        # Queries for the release dashboard.
        # Run in the explorer with header:
        #   Authorization: bearer «v»
        # (token of the «a»-bot account, read:org + repo scopes)

        query LatestReleases($owner: String!, $repo: String!) {
          repository(owner: $owner, name: $repo) {
            releases(first: 10, orderBy: {field: CREATED_AT, direction: DESC}) {
              nodes {
                tagName
                publishedAt
                author { login }
              }
            }
          }
        }
        ''', v=v, a=app(r))
    return r.choice(["src/graphql/releases.graphql", "queries/releases.graphql"]), body


@pos("hasura", "private_key")
def p_pem_jwt_signer(r, S):
    if S.neg:
        S.cat = "public_key"
        lines = ["-----BEGIN PUBLIC KEY-----"] + [b64std(rbytes(r, 48)) for _ in range(5)] + ["IDAQAB", "-----END PUBLIC KEY-----"]
        note = "public half, safe to commit"
    else:
        body_lines = pem_private_lines(r)
        S.needle = body_lines[0]
        lines = ["-----BEGIN PRIVATE KEY-----"] + body_lines + ["-----END PRIVATE KEY-----"]
        note = "RS256 signing key for Hasura JWT mode"
    body = "# %s\njwt:\n  algorithm: RS256\n  issuer: https://auth.%s.example\n  audience: hasura\n  key: |\n" % (note, app(r))
    body += "".join("    %s\n" % l for l in lines)
    body += "  ttl: %dm\n" % r.choice([15, 30, 60])
    return r.choice(["auth/config/jwt.yaml", "services/auth/signing.yaml"]), body


# --------------------------------------------------------------------------
# look-alike negatives: (r) -> (relpath, content).  No credential anywhere.
# --------------------------------------------------------------------------

NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append((fn, provider, kind))
        return fn
    return deco


def sha256hex(r):
    return rs(r, HEX, 64)


OPS = ["GetViewer", "ListOrders", "ProductByHandle", "SearchCatalog", "UpdateCart",
       "CreateCheckout", "MyBookings", "TicketsByStatus", "AuthorFeed", "InventoryLevels"]


@neg("apollo", "persisted_query_manifest")
def n_pq_manifest(r):
    ops = []
    for name in r.sample(OPS, r.randint(3, 6)):
        kind = "mutation" if name.startswith(("Update", "Create")) else "query"
        ops.append({"id": sha256hex(r), "name": name, "type": kind,
                    "body": "%s %s { %s { id } }" % (kind, name, name[0].lower() + name[1:])})
    doc = {"format": "apollo-persisted-query-manifest", "version": 1, "operations": ops}
    return r.choice(["persisted-query-manifest.json", "client/persisted-query-manifest.json"]), json.dumps(doc, indent=2) + "\n"


@neg("relay", "persisted_query_map")
def n_relay_querymap(r):
    doc = {}
    for name in r.sample(OPS, r.randint(3, 6)):
        doc[rs(r, HEX, 32)] = "query %sQuery { %s { id __typename } }" % (name, name[0].lower() + name[1:])
    return r.choice(["src/__generated__/queryMap.json", "persisted_queries.json"]), json.dumps(doc, indent=2) + "\n"


@neg("apollo", "apq_hash")
def n_apq_log(r):
    lines = []
    for _ in range(r.randint(4, 8)):
        lines.append('%s INFO request op=%s apq={"version":1,"sha256Hash":"%s"} status=%s ms=%d'
                     % (ts_iso(r), r.choice(OPS), sha256hex(r), r.choice(["200", "200", "200", "PersistedQueryNotFound"]),
                        r.randint(3, 400)))
    return r.choice(["logs/gateway.log", "var/log/apq.log"]), "\n".join(lines) + "\n"


@neg("apollo", "graph_ref")
def n_gha_rover_secrets(r):
    gid = graph_id(r)
    body = fill('''
        name: Schema check
        on: [pull_request]
        jobs:
          check:
            runs-on: ubuntu-latest
            env:
              APOLLO_KEY: ${{ secrets.APOLLO_KEY }}
              APOLLO_GRAPH_REF: «gid»@«var»
            steps:
              - uses: actions/checkout@v4
              - run: curl -sSL https://rover.apollo.dev/nix/v0.2«p».0 | sh
              - run: ~/.rover/bin/rover subgraph check "$APOLLO_GRAPH_REF" --name «sub» --schema schema.graphql
        ''', gid=gid, var=variant(r), p=r.randint(0, 9), sub=r.choice(["users", "orders", "reviews"]))
    return ".github/workflows/schema-check.yml", body


@neg("shopify", "public_storefront_token")
def n_storefront_public(r):
    body = fill('''
        // Storefront API tokens are public: they are meant to ship in browser bundles.
        import { createStorefrontApiClient } from '@shopify/storefront-api-client';

        export const storefront = createStorefrontApiClient({
          storeDomain: 'https://«shop»',
          apiVersion: '2024-«m»',
          publicAccessToken: '«tok»',
        });
        ''', shop=shop_domain(r), m=r.choice(["01", "04", "07", "10"]), tok=rs(r, HEX, 32))
    return r.choice(["app/lib/storefront.ts", "src/shopify/client.ts"]), body


@neg("shopify", "gid")
def n_shopify_fixture(r):
    nodes = []
    for _ in range(r.randint(3, 6)):
        pid = r.randint(7000000000000, 8999999999999)
        nodes.append({"id": "gid://shopify/Product/%d" % pid, "handle": "%s-%s" % (r.choice(WORDS), r.choice(ANIMALS)),
                      "variants": {"nodes": [{"id": "gid://shopify/ProductVariant/%d" % r.randint(40000000000000, 49999999999999),
                                              "sku": rs(r, UPPER + DIGITS, 10)}]}})
    doc = {"data": {"products": {"pageInfo": {"hasNextPage": True,
                                              "endCursor": b64std(json.dumps({"last_id": r.randint(10**12, 10**13), "last_value": r.randint(1, 999)}).encode())},
                                 "nodes": nodes}}}
    return r.choice(["test/fixtures/products.json", "__fixtures__/shopify-products.json"]), json.dumps(doc, indent=2) + "\n"


@neg("aws_appsync", "public_client_config")
def n_aws_exports_cognito(r):
    reg = r.choice(REGIONS)
    body = fill('''
        const awsmobile = {
            "aws_project_region": "«reg»",
            "aws_appsync_graphqlEndpoint": "https://«id».appsync-api.«reg».amazonaws.com/graphql",
            "aws_appsync_region": "«reg»",
            "aws_appsync_authenticationType": "AMAZON_COGNITO_USER_POOLS",
            "aws_cognito_identity_pool_id": "«reg»:«pool»",
            "aws_cognito_region": "«reg»",
            "aws_user_pools_id": "«reg»_«up»",
            "aws_user_pools_web_client_id": "«client»",
            "oauth": {},
            "aws_cognito_username_attributes": ["EMAIL"],
            "aws_cognito_mfa_configuration": "OFF"
        };

        export default awsmobile;
        ''', reg=reg, id=appsync_id(r), pool=uuid4(r), up=rs(r, ALNUM, 9), client=rs(r, LOWALNUM, 26))
    return "src/aws-exports.js", body


@neg("hasura", "value_from_env")
def n_hasura_value_from_env(r):
    a = app(r)
    body = fill('''
        - name: «a»
          definition:
            url: '{{«A»_SERVICE_URL}}/graphql'
            timeout_seconds: 60
            headers:
              - name: x-api-key
                value_from_env: «A»_SERVICE_API_KEY
              - name: authorization
                value_from_env: «A»_SERVICE_TOKEN
            forward_client_headers: false
        ''', a=a, A=a.upper())
    return "hasura/metadata/remote_schemas.yaml", body


@neg("hasura", "jwk_url_config")
def n_hasura_jwk_url(r):
    body = fill('''
        services:
          graphql-engine:
            image: hasura/graphql-engine:«ver»
            environment:
              HASURA_GRAPHQL_DATABASE_URL: ${PG_DATABASE_URL}
              HASURA_GRAPHQL_ADMIN_SECRET: ${HASURA_GRAPHQL_ADMIN_SECRET}
              HASURA_GRAPHQL_JWT_SECRET: '{"jwk_url":"https://«tenant».eu.auth0.com/.well-known/jwks.json","audience":"«aud»","issuer":"https://«tenant».eu.auth0.com/"}'
        ''', ver=r.choice(VERSIONS), tenant="%s-%s" % (app(r), rs(r, LOWALNUM, 4)), aud=rs(r, ALNUM, 32))
    return "docker-compose.yml", body


@neg("hasura", "public_key")
def n_hasura_rs256_public(r):
    pem_body = b64std(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(r, 256) + bytes.fromhex("0203010001"))
    key = "-----BEGIN PUBLIC KEY-----\\n" + "\\n".join(pem_body[i:i + 64] for i in range(0, len(pem_body), 64)) + "\\n-----END PUBLIC KEY-----\\n"
    body = '{\n  "HASURA_GRAPHQL_JWT_SECRET": {\n    "type": "RS256",\n    "key": "%s",\n    "claims_namespace": "https://hasura.io/jwt/claims"\n  }\n}\n' % key
    return r.choice(["config/hasura-jwt.json", "deploy/jwt-config.json"]), body


@neg("auth", "jwks")
def n_jwks(r):
    keys = []
    for _ in range(r.randint(1, 3)):
        keys.append({"kty": "RSA", "use": "sig", "alg": "RS256", "kid": rs(r, ALNUM + "-_", 43),
                     "n": b64url(rbytes(r, 256)), "e": "AQAB",
                     "x5t": b64url(rbytes(r, 20))})
    return r.choice(["public/.well-known/jwks.json", "test/fixtures/jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("hasura_cloud", "project_ids")
def n_hasura_cloud_ids(r):
    body = fill('''
        # Hasura Cloud projects (ids are not credentials; access uses a PAT from CI secrets)
        [projects.production]
        project_id = "«p1»"
        tenant_id = "«t1»"
        endpoint = "https://«h1»/v1/graphql"
        region = "«reg»"

        [projects.staging]
        project_id = "«p2»"
        tenant_id = "«t2»"
        endpoint = "https://«h2»/v1/graphql"
        region = "«reg»"
        ''', p1=uuid4(r), t1=uuid4(r), h1=hasura_host(r), p2=uuid4(r), t2=uuid4(r), h2=hasura_host(r), reg=r.choice(REGIONS))
    return r.choice(["ops/hasura-projects.toml", "deploy/projects.toml"]), body


@neg("graphql", "introspection")
def n_introspection(r):
    t = r.choice(["Order", "User", "Product", "Ticket"])
    doc = {"data": {"__schema": {"queryType": {"name": "query_root"}, "mutationType": {"name": "mutation_root"},
                                 "subscriptionType": None,
                                 "types": [{"kind": "OBJECT", "name": t, "description": "columns and relationships of \"%ss\"" % t.lower(),
                                            "fields": [{"name": "id", "args": [], "type": {"kind": "NON_NULL", "name": None, "ofType": {"kind": "SCALAR", "name": "uuid", "ofType": None}},
                                                        "isDeprecated": False, "deprecationReason": None},
                                                       {"name": "api_token_hash", "args": [], "type": {"kind": "SCALAR", "name": "String", "ofType": None},
                                                        "isDeprecated": False, "deprecationReason": None}],
                                            "inputFields": None, "interfaces": [], "enumValues": None, "possibleTypes": None}],
                                 "directives": []}}}
    return r.choice(["graphql.schema.json", "schema/introspection.json"]), json.dumps(doc, indent=2) + "\n"


@neg("apollo", "schema_hash")
def n_router_log(r):
    lines = []
    for _ in range(r.randint(3, 6)):
        lines.append('{"timestamp":"%s","level":"INFO","message":"updated the schema","schema_id":"%s","launch_id":"%s","target":"apollo_router::state_machine"}'
                     % (ts_iso(r), sha256hex(r), uuid4(r)))
    lines.append('{"timestamp":"%s","level":"INFO","message":"GraphQL endpoint exposed at http://0.0.0.0:4000/","graph_ref":"%s@%s"}' % (ts_iso(r), graph_id(r), variant(r)))
    return r.choice(["logs/router.log", "router/router.jsonl"]), "\n".join(lines) + "\n"


@neg("relay", "global_id")
def n_relay_ids_test(r):
    ids = [b64std(("%s:%d" % (r.choice(["User", "Order", "Post"]), r.randint(1, 99999))).encode()) for _ in range(3)]
    cur = b64std(("arrayconnection:%d" % r.randint(0, 500)).encode())
    body = fill('''
        import { fromGlobalId, toGlobalId } from 'graphql-relay';

        describe('node ids', () => {
          it('decodes relay global ids', () => {
            expect(fromGlobalId('«i0»').type).toBeDefined();
            expect(fromGlobalId('«i1»').id).toMatch(/^\\d+$/);
            expect(toGlobalId('User', '42')).toBe('VXNlcjo0Mg==');
          });

          it('paginates with cursors', () => {
            const after = '«cur»';
            expect(Buffer.from(after, 'base64').toString()).toContain('arrayconnection');
            expect('«i2»').not.toEqual(after);
          });
        });
        ''', i0=ids[0], i1=ids[1], i2=ids[2], cur=cur)
    return r.choice(["src/__tests__/relay-ids.test.ts", "test/node-id.spec.js"]), body


@neg("github", "node_id")
def n_github_nodes(r):
    nodes = []
    for _ in range(r.randint(3, 5)):
        nodes.append({"id": "PR_kwDO" + rs(r, B64URL, 16), "number": r.randint(1, 4000),
                      "headRefOid": rs(r, HEX, 40), "author": {"login": r.choice(GH_USERS)}})
    doc = {"data": {"repository": {"id": "R_kgDO" + rs(r, B64URL, 8), "pullRequests": {"nodes": nodes}}}}
    return r.choice(["test/fixtures/github-prs.json", "__mocks__/pullRequests.json"]), json.dumps(doc, indent=2) + "\n"


@neg("npm", "integrity")
def n_package_lock(r):
    pk = {}
    for name, ver in [("graphql", "16.8.%d" % r.randint(0, 2)), ("@apollo/client", "3.%d.%d" % (r.randint(8, 11), r.randint(0, 9))),
                      ("graphql-request", "6.1.0"), ("@graphql-codegen/cli", "5.0.%d" % r.randint(0, 3))]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64std(rbytes(r, 64)), "license": "MIT"}
    doc = {"name": app(r), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@neg("go", "module_checksums")
def n_go_sum(r):
    lines = []
    for mod, ver in [("github.com/99designs/gqlgen", "v0.17.%d" % r.randint(30, 49)), ("github.com/vektah/gqlparser/v2", "v2.5.%d" % r.randint(1, 16)),
                     ("github.com/hasura/go-graphql-client", "v0.1%d.0" % r.randint(0, 3)), ("github.com/google/uuid", "v1.6.0")]:
        lines.append("%s %s h1:%s=" % (mod, ver, b64std(rbytes(r, 32))[:43]))
        lines.append("%s %s/go.mod h1:%s=" % (mod, ver, b64std(rbytes(r, 32))[:43]))
    return "go.sum", "\n".join(lines) + "\n"


@neg("docker", "image_digest")
def n_dockerfile_digest(r):
    body = fill('''
        # pinned by digest for reproducible builds
        FROM hasura/graphql-engine:«ver»@sha256:«d1»
        COPY metadata /hasura-metadata
        COPY migrations /hasura-migrations
        ENV HASURA_GRAPHQL_ENABLE_CONSOLE=false
        # admin secret and database url are injected by the orchestrator at runtime
        ''', ver=r.choice(VERSIONS), d1=sha256hex(r))
    return r.choice(["Dockerfile", "hasura/Dockerfile"]), body


@neg("git", "commit_sha")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        out.append("## %d.%d.0" % (r.randint(1, 4), i))
        for _ in range(r.randint(1, 3)):
            out.append("- %s (%s)" % (r.choice(["fix subscription reconnect", "add persisted queries", "bump graphql to 16",
                                               "cache viewer query", "rename Order.total to totalPrice"]), rs(r, HEX, 40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@neg("otel", "trace_ids")
def n_trace_log(r):
    lines = []
    for _ in range(r.randint(4, 7)):
        lines.append("%s level=info traceparent=00-%s-%s-01 x-request-id=%s op=%s duration_ms=%d"
                     % (ts_iso(r), rs(r, HEX, 32), rs(r, HEX, 16), uuid4(r), r.choice(OPS), r.randint(2, 900)))
    return r.choice(["logs/api.log", "var/log/graphql/access.log"]), "\n".join(lines) + "\n"


@neg("hasura", "password_hash")
def n_seed_sql(r):
    rows = []
    for _ in range(r.randint(3, 5)):
        salt = rs(r, B64URL.replace("-", ".").replace("_", "/"), 53)
        rows.append("  ('%s', '%s@example.com', '$2b$12$%s', '%s')" % (uuid4(r), r.choice(GH_USERS), salt, r.choice(ROLES)))
    body = "-- demo users; password hashes only (bcrypt), plaintext lives nowhere\nINSERT INTO users (id, email, password_hash, role) VALUES\n" + ",\n".join(rows) + ";\n"
    return "hasura/seeds/default/1700000000000_users.sql", body


@neg("apollo", "operation_stats")
def n_ops_csv(r):
    out = ["operation_name,operation_id,client_name,requests_7d,p95_ms"]
    for name in r.sample(OPS, r.randint(4, 8)):
        out.append("%s,%s,%s,%d,%d" % (name, sha256hex(r), r.choice(["web", "ios", "android"]), r.randint(100, 999999), r.randint(10, 900)))
    return r.choice(["reports/operations.csv", "docs/ops-usage.csv"]), "\n".join(out) + "\n"


@neg("amplify", "stack_ids")
def n_team_provider(r):
    reg = r.choice(REGIONS)
    acct = "%012d" % r.randint(10**11, 10**12 - 1)
    env = r.choice(["dev", "staging", "prod"])
    doc = {env: {"awscloudformation": {
        "AuthRoleName": "amplify-%s-%s-%s-authRole" % (app(r), env, r.randint(10000, 99999)),
        "UnauthRoleArn": "arn:aws:iam::%s:role/amplify-%s-unauthRole" % (acct, env),
        "AuthRoleArn": "arn:aws:iam::%s:role/amplify-%s-authRole" % (acct, env),
        "Region": reg, "DeploymentBucketName": "amplify-%s-%s-%d-deployment" % (app(r), env, r.randint(10000, 99999)),
        "StackName": "amplify-%s-%s" % (app(r), env),
        "StackId": "arn:aws:cloudformation:%s:%s:stack/amplify-%s/%s" % (reg, acct, env, uuid4(r)),
        "AmplifyAppId": "d" + rs(r, LOWALNUM, 13)}}}
    return "amplify/team-provider-info.json", json.dumps(doc, indent=2) + "\n"


@neg("graphiql", "sri_hash")
def n_graphiql_html(r):
    body = fill('''
        <!doctype html>
        <html>
          <head>
            <title>GraphiQL</title>
            <link rel="stylesheet" href="https://unpkg.com/graphiql@3.«m».0/graphiql.min.css"
                  integrity="sha384-«h1»" crossorigin="anonymous" />
            <script src="https://unpkg.com/react@18/umd/react.production.min.js"
                    integrity="sha384-«h2»" crossorigin="anonymous"></script>
          </head>
          <body>
            <div id="graphiql">Loading...</div>
            <script>
              const fetcher = GraphiQL.createFetcher({ url: '/graphql', headers: { 'x-hasura-role': '«role»' } });
              ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher }));
            </script>
          </body>
        </html>
        ''', m=r.randint(0, 8), h1=b64std(rbytes(r, 48)), h2=b64std(rbytes(r, 48)), role=r.choice(ROLES))
    return r.choice(["public/graphiql.html", "static/playground.html"]), body


@neg("hasura_cloud", "env_reference")
def n_gha_preview_apps(r):
    body = fill('''
        name: Hasura preview app
        on:
          pull_request:
            types: [opened, synchronize]
        jobs:
          preview:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: hasura/hasura-cloud-preview-apps@v0.1.«p»
                with:
                  name: "«a»-pr-${{ github.event.number }}"
                  hasuraProjectDirectoryPath: hasura
                  region: «reg»
                  tier: cloud_free
                env:
                  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
                  HASURA_CLOUD_ACCESS_TOKEN: ${{ secrets.HASURA_CLOUD_ACCESS_TOKEN }}
        ''', p=r.randint(5, 9), a=app(r), reg=r.choice(REGIONS))
    return ".github/workflows/preview.yml", body


@neg("apollo", "router_config")
def n_router_yaml(r):
    body = fill('''
        supergraph:
          listen: 0.0.0.0:4000
        headers:
          all:
            request:
              - propagate:
                  named: authorization
              - propagate:
                  named: x-request-id
        authentication:
          router:
            jwt:
              jwks:
                - url: https://auth.«a».example/.well-known/jwks.json
                  issuer: https://auth.«a».example/
        persisted_queries:
          enabled: true
          safelist:
            enabled: «sl»
        telemetry:
          apollo:
            client_name_header: apollographql-client-name
        ''', a=app(r), sl=r.choice(["true", "false"]))
    return r.choice(["router.yaml", "router/router.yaml"]), body


@neg("apollo", "client_code")
def n_apollo_client_apq(r):
    body = fill('''
        import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
        import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
        import { sha256 } from 'crypto-hash';
        import { setContext } from '@apollo/client/link/context';

        const auth = setContext(async (_, { headers }) => {
          const token = await getSession()?.accessToken;
          return { headers: { ...headers, authorization: token ? `Bearer ${token}` : '' } };
        });

        export const client = new ApolloClient({
          link: auth.concat(createPersistedQueryLink({ sha256 })).concat(new HttpLink({ uri: '«uri»' })),
          cache: new InMemoryCache(),
          name: '«a»-web',
          version: '«ver»',
        });
        ''', uri=r.choice(["/api/graphql", "https://api.%s.example/graphql" % app(r)]), a=app(r),
                ver="%d.%d.%d" % (r.randint(1, 3), r.randint(0, 20), r.randint(0, 9)))
    return r.choice(["src/apollo.ts", "web/lib/apollo-client.ts"]), body


@neg("aws_appsync", "terraform_reference")
def n_tf_appsync(r):
    body = fill('''
        resource "aws_appsync_graphql_api" "«a»" {
          name                = "«a»-api"
          authentication_type = "API_KEY"
          schema              = file("${path.module}/schema.graphql")
          xray_enabled        = true
        }

        resource "aws_appsync_api_key" "web" {
          api_id  = aws_appsync_graphql_api.«a».id
          expires = "2025-0«m»-01T00:00:00Z"
        }

        output "graphql_url" {
          value = aws_appsync_graphql_api.«a».uris["GRAPHQL"]
        }

        output "api_key" {
          value     = aws_appsync_api_key.web.key
          sensitive = true
        }
        ''', a=app(r), m=r.randint(1, 9))
    return r.choice(["infra/appsync.tf", "terraform/api.tf"]), body


@neg("k8s", "sealed_secret")
def n_sealed_secret(r):
    body = fill('''
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: hasura-env
          namespace: «ns»
        spec:
          encryptedData:
            HASURA_GRAPHQL_ADMIN_SECRET: Ag«b1»
            HASURA_GRAPHQL_DATABASE_URL: Ag«b2»
          template:
            metadata:
              name: hasura-env
            type: Opaque
        ''', ns=r.choice(["graphql", "platform"]), b1=b64std(rbytes(r, 300)), b2=b64std(rbytes(r, 330)))
    return r.choice(["k8s/sealed/hasura-env.yaml", "clusters/prod/hasura-sealed.yaml"]), body


@neg("sops", "encrypted_values")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64std(rbytes(r, n)), b64std(rbytes(r, 32)), b64std(rbytes(r, 16)))
    body = fill('''
        hasura:
          adminSecret: «e1»
          jwtSecret: «e2»
        apollo:
          key: «e3»
        sops:
          kms:
            - arn: arn:aws:kms:«reg»:«acct»:key/«kid»
              created_at: "«t»"
              enc: «kenc»
              aws_profile: ""
          lastmodified: "«t»"
          mac: «mac»
          version: 3.8.1
        ''', e1=enc(24), e2=enc(40), e3=enc(48), reg=r.choice(REGIONS), acct="%012d" % r.randint(10**11, 10**12 - 1),
                kid=uuid4(r), t=ts_iso(r), kenc=b64std(rbytes(r, 180)), mac=enc(32))
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), body


@neg("postgraphile", "public_key")
def n_postgraphile_pubkey(r):
    pem_body = b64std(bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") + rbytes(r, 64))
    body = fill('''
        const fs = require('fs');

        // ES256 verification key (public). The signing key stays in the auth service.
        const jwtPublicKey = `-----BEGIN PUBLIC KEY-----
        «l1»
        «l2»
        -----END PUBLIC KEY-----`;

        module.exports = {
          jwtPublicKey,
          jwtVerifyOptions: { algorithms: ['ES256'], audience: 'postgraphile' },
          pgDefaultRole: 'app_anonymous',
        };
        ''', l1=pem_body[:64], l2=pem_body[64:])
    return r.choice(["src/jwt-options.js", "config/postgraphile-jwt.js"]), body


@neg("k8s", "configmap_binary")
def n_configmap_schema(r):
    sdl = "type Query {\n  %s(id: ID!): %s\n  health: String!\n}\n" % (r.choice(["order", "user", "product"]), r.choice(["Order", "User", "Product"]))
    body = fill('''
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: subgraph-schema
        binaryData:
          schema.graphql: «b»
        data:
          SUBGRAPH_NAME: «n»
          ROUTING_URL: http://«n».svc.cluster.local:4001/graphql
        ''', b=b64std(sdl.encode()), n=r.choice(["orders", "users", "products"]))
    return r.choice(["k8s/subgraph-configmap.yaml", "deploy/schema-cm.yaml"]), body


@neg("hasura", "etag_headers")
def n_har(r):
    entries = []
    for _ in range(r.randint(2, 4)):
        entries.append({"startedDateTime": ts_iso(r), "request": {"method": "POST", "url": "https://%s/v1/graphql" % hasura_host(r),
                        "headers": [{"name": "content-type", "value": "application/json"},
                                    {"name": "authorization", "value": "Bearer [REDACTED]"}]},
                        "response": {"status": 200, "headers": [{"name": "etag", "value": 'W/"%s"' % rs(r, HEX, 40)},
                                                                {"name": "x-request-id", "value": rs(r, HEX, 32)}]}})
    doc = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": entries}}
    return r.choice(["debug/session.har", "docs/captures/graphql.har"]), json.dumps(doc, indent=2) + "\n"


@neg("apollo", "docs_placeholders")
def n_md_key_formats(r):
    body = fill('''
        # Credentials used by the «a» graph

        | Variable | Where it comes from | Shape |
        |---|---|---|
        | `APOLLO_KEY` | GraphOS Studio > Settings > API Keys | `service:<graph-id>:<random>` |
        | `APOLLO_GRAPH_REF` | graph id plus variant | `«gid»@«var»` |
        | `HASURA_GRAPHQL_ADMIN_SECRET` | 1Password item "Hasura «env»" | any long random string |
        | `APPSYNC_API_KEY` | `terraform output -raw api_key` | `da2-` followed by 26 characters |

        None of these values belong in the repository. CI reads them from
        `${{ secrets.* }}` and local shells from `op run --env-file=.env.tpl`.
        ''', a=app(r), gid=graph_id(r), var=variant(r), env=r.choice(["staging", "prod"]))
    return r.choice(["docs/credentials.md", "SECURITY.md"]), body


@neg("fauna", "documented_example")
def n_md_fauna_docs(r):
    body = fill('''
        ## Creating a key

        Run `Key.create({ role: "server" })` in the dashboard shell. The response
        shows the secret once, for example (from the Fauna docs):

        ```
        secret: 'fnAETGPCH4ACAIf9avmbmbXAS7Yl-P-hDbw8QF9y'
        ```

        Store your own secret as `FAUNA_SECRET` in the deployment platform.
        ''')
    return r.choice(["docs/fauna.md", "notes/fauna-keys.md"]), body


@neg("hasura", "env_reference")
def n_k8s_deployment_secretref(r):
    body = fill('''
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: hasura
        spec:
          replicas: «n»
          selector:
            matchLabels: { app: hasura }
          template:
            metadata:
              labels: { app: hasura }
            spec:
              containers:
                - name: hasura
                  image: hasura/graphql-engine:«ver»
                  ports:
                    - containerPort: 8080
                  env:
                    - name: HASURA_GRAPHQL_ADMIN_SECRET
                      valueFrom:
                        secretKeyRef: { name: hasura-env, key: adminSecret }
                    - name: HASURA_GRAPHQL_JWT_SECRET
                      valueFrom:
                        secretKeyRef: { name: hasura-env, key: jwtSecret }
                    - name: HASURA_GRAPHQL_ENABLE_CONSOLE
                      value: "false"
        ''', n=r.randint(1, 5), ver=r.choice(VERSIONS))
    return r.choice(["k8s/hasura-deployment.yaml", "manifests/hasura/deployment.yaml"]), body


@neg("wundergraph", "env_reference")
def n_wundergraph_env(r):
    body = fill('''
        import { configureWunderGraphApplication, introspect, EnvironmentVariable } from '@wundergraph/sdk';

        const github = introspect.graphql({
          apiNamespace: 'github',
          url: 'https://api.github.com/graphql',
          headers: (builder) => builder.addStaticHeader('Authorization', new EnvironmentVariable('GITHUB_TOKEN')),
        });

        configureWunderGraphApplication({ apis: [github] });
        ''')
    return ".wundergraph/wundergraph.config.ts", body


@neg("shopify", "hmac_digest")
def n_shopify_webhook_test(r):
    body = fill('''
        import crypto from 'node:crypto';
        import { verifyWebhook } from '../src/webhooks';

        const secret = process.env.SHOPIFY_API_SECRET ?? 'test-secret';
        const payload = JSON.stringify({ id: «id», topic: 'orders/create' });

        test('accepts a valid HMAC', () => {
          const digest = crypto.createHmac('sha256', secret).update(payload).digest('base64');
          expect(verifyWebhook(payload, digest, secret)).toBe(true);
        });

        test('rejects a tampered HMAC', () => {
          expect(verifyWebhook(payload, '«bad»', secret)).toBe(false);
        });
        ''', id=r.randint(10**12, 10**13), bad=b64std(rbytes(r, 32)))
    return r.choice(["test/webhooks.test.ts", "__tests__/hmac.spec.js"]), body


@neg("apollo", "checksums")
def n_rover_sha(r):
    out = []
    ver = "v0.2%d.%d" % (r.randint(0, 6), r.randint(0, 3))
    for plat in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", "x86_64-apple-darwin", "x86_64-pc-windows-msvc"]:
        out.append("%s  rover-%s-%s.tar.gz" % (sha256hex(r), ver, plat))
    return r.choice(["tools/rover.sha256", "ci/checksums/rover-%s.txt" % ver]), "\n".join(out) + "\n"


@neg("apollo", "supergraph_config")
def n_supergraph_yaml(r):
    subs = r.sample(["users", "orders", "products", "reviews", "inventory"], 3)
    body = "federation_version: =2.%d.0\nsubgraphs:\n" % r.randint(3, 9)
    for s in subs:
        body += "  %s:\n    routing_url: http://%s:4001/graphql\n    schema:\n      file: ./subgraphs/%s/schema.graphql\n" % (s, s, s)
    return "supergraph.yaml", body


@neg("hygraph", "webhook_signature")
def n_hygraph_webhook(r):
    doc = {"headers": {"gcms-signature": "sign=%s, env=master, t=%d" % (b64std(rbytes(r, 32)), r.randint(1700000000000, 1720000000000)),
                       "content-type": "application/json"},
           "body": {"operation": "publish", "data": {"__typename": "Post", "id": cuid(r), "stage": "PUBLISHED",
                                                     "updatedAt": ts_iso(r)}}}
    return r.choice(["test/fixtures/hygraph-webhook.json", "fixtures/cms-publish.json"]), json.dumps(doc, indent=2) + "\n"


@neg("aws_appsync", "vtl_template")
def n_vtl(r):
    body = fill('''
        ## Request mapping template for Mutation.create«T»
        #set($id = $util.autoId())
        {
          "version": "2018-05-29",
          "operation": "PutItem",
          "key": { "id": $util.dynamodb.toDynamoDBJson($id) },
          "attributeValues": $util.dynamodb.toMapValuesJson($ctx.args.input),
          "condition": { "expression": "attribute_not_exists(id)" }
        }
        ## example id: «uid»
        ''', T=r.choice(["Todo", "Post", "Note"]), uid=uuid4(r))
    return "resolvers/Mutation.create.req.vtl", body


@neg("hygraph", "public_endpoint")
def n_hygraph_public(r):
    body = fill('''
        // Published content is readable without a token (public API permissions).
        export const HYGRAPH_ENDPOINT = '«ep»';
        export const PROJECT_ID = '«pid»';

        export async function getPage(slug: string) {
          const res = await fetch(HYGRAPH_ENDPOINT, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'gcms-stage': 'PUBLISHED' },
            body: JSON.stringify({ query: 'query($s: String!) { page(where: { slug: $s }) { title } }', variables: { s: slug } }),
          });
          return (await res.json()).data.page;
        }
        ''', ep=hygraph_endpoint(r), pid=cuid(r))
    return r.choice(["lib/cms.ts", "src/content/hygraph.ts"]), body


@neg("hasura", "metadata_export")
def n_metadata_export(r):
    doc = {"resource_version": r.randint(10, 900),
           "metadata": {"version": 3, "sources": [{"name": "default", "kind": "postgres",
                                                   "tables": [{"table": {"schema": "public", "name": t}} for t in r.sample(TABLES, 3)],
                                                   "configuration": {"connection_info": {"database_url": {"from_env": "PG_DATABASE_URL"},
                                                                                         "isolation_level": "read-committed"}}}],
                        "inherited_roles": [], "backend_configs": {}},
           "hash": rs(r, HEX, 40)}
    return r.choice(["hasura/metadata_export.json", "backups/metadata.json"]), json.dumps(doc, indent=2) + "\n"


@neg("graphql", "schema_sdl")
def n_schema_graphql(r):
    body = fill('''
        """
        An API token issued to an integration. Only the hash is stored; the
        plaintext is shown once at creation time.
        """
        type ApiToken {
          id: ID!
          "sha256 of the token, e.g. «h»"
          tokenHash: String!
          lastFour: String!
          createdAt: DateTime!
        }

        type Mutation {
          createApiToken(name: String!): CreateApiTokenPayload!
          revokeApiToken(id: ID!): Boolean!
        }
        ''', h=sha256hex(r))
    return r.choice(["schema/tokens.graphql", "src/schema/api-token.graphqls"]), body


@neg("python", "lockfile")
def n_poetry_lock(r):
    out = []
    for name, ver in [("gql", "3.5.0"), ("ariadne", "0.2%d.0" % r.randint(0, 3)), ("graphql-core", "3.2.3")]:
        out.append('[[package]]\nname = "%s"\nversion = "%s"\noptional = false\npython-versions = ">=3.8"\nfiles = [\n    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},\n    {file = "%s-%s.tar.gz", hash = "sha256:%s"},\n]\n'
                   % (name, ver, name.replace("-", "_"), ver, sha256hex(r), name, ver, sha256hex(r)))
    return "poetry.lock", "\n".join(out)


@neg("hasura", "env_template")
def n_env_example(r):
    body = fill('''
        # copy to .env and fill in from the team vault
        HASURA_GRAPHQL_ADMIN_SECRET=
        HASURA_GRAPHQL_JWT_SECRET={"type":"HS256","key":"<at-least-32-characters>"}
        PG_DATABASE_URL=postgres://postgres:<password>@localhost:5432/postgres
        APOLLO_KEY=service:<graph-id>:<key>
        APOLLO_GRAPH_REF=«gid»@«var»
        ''', gid=graph_id(r), var=variant(r))
    return r.choice([".env.example", ".env.sample", "hasura/.env.template"]), body


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------

import re

# Shapes of the secrets this program generates, used only to check its own
# output (one credential per positive, none in negatives).
SELF_CHECK = [
    re.compile(r"ghp_[A-Za-z0-9]{36}"),
    re.compile(r"shp(?:at|ca|pa|ss)_[0-9a-f]{32}"),
    re.compile(r"da2-[a-z0-9]{26}"),
    re.compile(r"(?:service|user):[A-Za-z0-9._-]+:[A-Za-z0-9_-]{22}\b"),
    re.compile(r"::stepzen\.net\+1000::[0-9a-f]{64}"),
    re.compile(r"fnA[DEF][A-Za-z0-9_-]{36}"),
    re.compile(r"BEGIN PRIVATE KEY"),
]
DOC_OK = {"da2-abcdefghijklmnopqrstuvwxyz", "fnAETGPCH4ACAIf9avmbmbXAS7Yl-P-hDbw8QF9y",
          "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "da2-xxxxxxxxxxxxxxxxxxxxxxxxxx"}


def self_hits(text):
    hits = []
    for rx in SELF_CHECK:
        for m in rx.finditer(text):
            if m.group(0) not in DOC_OK and not m.group(0).startswith("da2-abcdef"):
                hits.append(m.group(0))
    return hits


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "env"
    if base == "Makefile":
        return "makefile"
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if "." in base.lstrip("."):
        return base.rsplit(".", 1)[-1]
    return base.lstrip(".")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return base[5:] not in ("example", "sample", "template", "dist", "tpl", "defaults")
    return False


def safe_env_path(path):
    if not is_blocked_env(path):
        return path
    head = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
    return head + ".env.example"


def write(outdir, rel, content):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(content)
    return full


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ip.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    r = random.Random(int(seed) if seed.lstrip("-").isdigit() else seed)
    assert len(POS) >= 60 and len(NEG) + len(POS) >= 60, (len(POS), len(NEG))

    manifest, secrets = [], []

    # positives
    plan = [i % len(POS) for i in range(500)]
    r.shuffle(plan)
    env_files = 0
    for n, ti in enumerate(plan):
        fn, provider, kind = POS[ti]
        S = Slot(r, False)
        rel, content = fn(r, S)
        needle = S.needle
        assert needle, fn.__name__
        if is_blocked_env(rel):
            env_files += 1
            if env_files > 25:               # keep .env files at most 1 in 20
                rel = rel.rsplit("/", 1)[0] + "/config.env" if "/" in rel else "config.env"
        hits = self_hits(content)
        assert hits.count("BEGIN PRIVATE KEY") <= 1, fn.__name__
        assert all(h in needle or needle in h or h == "BEGIN PRIVATE KEY" for h in hits), (fn.__name__, hits)
        idx = content.index(needle)
        line = content.count("\n", 0, idx) + 1
        relf = "pos/p%04d/%s" % (n, rel)
        full = write(outdir, relf, content)
        with open(full, encoding="utf-8", newline="") as fh:
            got = fh.read().split("\n")
        assert needle in got[line - 1], (relf, line)
        assert needle not in "\n".join(got[:line - 1]), relf
        manifest.append({"file": relf, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})
        secrets.append({"file": relf, "needle": needle, "line": line})

    # negatives: half slot-reuse of positive templates, half look-alikes
    slot_plan = [("slot", i % len(POS)) for i in range(250)]
    look_plan = [("look", i % len(NEG)) for i in range(250)]
    nplan = slot_plan + look_plan
    r.shuffle(nplan)
    for n, (how, ti) in enumerate(nplan):
        if how == "slot":
            fn, provider, _ = POS[ti]
            S = Slot(r, True)
            rel, content = fn(r, S)
            assert S.needle is None and S.cat, fn.__name__
            kind = S.cat
        else:
            fn, provider, kind = NEG[ti]
            rel, content = fn(r)
        rel = safe_env_path(rel)
        assert not is_blocked_env(rel)
        assert not self_hits(content), (fn.__name__, self_hits(content))
        relf = "neg/n%04d/%s" % (n, rel)
        write(outdir, relf, content)
        manifest.append({"file": relf, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
