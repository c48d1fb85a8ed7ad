#!/usr/bin/env python3
"""gen_iy.py - blind evaluation set: database migration, schema and ORM tool configuration.

EMPHASIS
    Credentials as they leak in the configuration of database migration / schema / ORM
    tooling: Flyway (flyway.conf, flyway.toml, -password= flags, Maven/Gradle plugins),
    Liquibase (liquibase.properties password/referencePassword, changelog parameters),
    Alembic (alembic.ini sqlalchemy.url, env.py), Sqitch (sqitch.conf target URIs),
    Atlas (atlas.hcl url/dev), dbmate / goose / golang-migrate (DATABASE_URL, -database
    flags in Makefiles, docker-compose), Prisma (schema.prisma url literal), Drizzle
    (drizzle.config.ts dbCredentials), Knex (knexfile connection objects), TypeORM
    (ormconfig.json, DataSource), Sequelize (config/config.json, positional ctor args),
    MikroORM, migrate-mongo, Rails database.yml, Django DATABASES, Laravel
    config/database.php env() defaults, Doctrine, Diesel/sqlx/SeaORM, Ecto
    (dev.exs/runtime.exs), EF Core (appsettings.json, dotnet ef --connection, UseSqlServer),
    Hibernate (persistence.xml, hibernate.cfg.xml), MyBatis (mybatis-config.xml, generator),
    jOOQ codegen, Bytebase (Terraform provider), Skeema, gh-ost, pt-online-schema-change,
    plus SQL migrations that CREATE USER ... PASSWORD, runbooks, CI workflows, logs.
    Providers / kinds: PostgreSQL, MySQL, SQL Server, Oracle, MongoDB (Atlas), CockroachDB
    Cloud, ClickHouse Cloud, PlanetScale (pscale_pw_ passwords), Neon, Supabase, Aiven,
    Turso / libSQL (JWT auth tokens), Confluent Schema Registry (API key + cflt secret).
    Templates: 79 positive templates (also re-used, with a non-secret slot, for half the
    negatives) and 42 look-alike negative templates.
    File types: properties, conf, TOML, INI, HCL/Terraform, Prisma, TypeScript,
    JavaScript, JSON, YAML, Python, Ruby, PHP, Elixir, C#, XML, Java, Kotlin DSL, Groovy,
    Go, Rust, Makefile, shell, Dockerfile, Markdown, SQL, CSV, log, .env (positives only,
    under 1 in 20).

USAGE
    python3 -B gen_iy.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 positives), OUTDIR/neg/nNNNN/<relpath>
    (500 negatives), OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl
    (one line per positive: file, needle, 1-based line of the needle's first occurrence).
    Everything random comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * Password inside a URI / DSN / JDBC URL / ADO.NET or libpq connection string: the
      needle is the password component only, exactly as written (percent-encoded when the
      raw password holds reserved characters, e.g. "Kx%40r9...").
    * Password in a field, flag (-password=..., --password ..., p=... in a pt-osc DSN),
      positional/constructor argument or SQL (IDENTIFIED BY '...'): the bare value without
      quotes.
    * Key pairs (Confluent Schema Registry "KEY:SECRET"): the needle is the API secret
      only; the 16-character key id is public and is not the needle.
    * Turso / libSQL auth tokens: the whole JWT (header.payload.signature).
    * PlanetScale: the whole pscale_pw_... password.
    * Exactly one credential per positive file; the rest is innocent content.

NEGATIVES
    Half re-use the positive templates with the secret slot holding something that is not a
    secret: placeholders (<password>, YOUR_DB_PASSWORD, changeme, xxxxxxxx ...), empty
    passwords (URI without ':password'), masked values (****, [REDACTED]), environment
    references in the file's own language (env("DATABASE_URL"), ${DB_PASSWORD},
    process.env.X, ENV.fetch, os.getenv, System.fetch_env!, %(DB_PASS)s, ${env.X} Flyway
    resolvers, <%= ENV[...] %>), secret-manager references (op://, vault:, ${vault.x},
    AWS Secrets Manager ARNs, CloudFormation dynamic references), template expressions
    (Helm, Jinja, GitHub ${{ secrets.X }}, Azure #{X}#) and providers' documented example
    values (docker image docs passwords, PlanetScale's masked pscale_pw_xxx, Neon's
    AbC123dEf, Confluent's documented cflt example secret). .env* files never hold a
    negative (renamed to .env.example / .env.sample). The other half are look-alikes:
    Flyway checksums (schema history dumps, validate errors), Liquibase MD5SUM 9:...,
    atlas.sum h1: lines, sqlx-data.json / .sqlx query hashes, Prisma migration checksums,
    Alembic / Django / Rails / Ecto / EF Core / TypeORM / Sequelize / goose version ids and
    timestamps, drizzle journals and snapshot ids, GTIDs and binlog positions (gh-ost,
    pt-osc), pg_dump \\restrict keys, Confluent key ids and schema fingerprints, Turso
    database ids, package-lock integrity hashes, public keys, base64 fixture data,
    argon2/bcrypt hashes in seed data, passwordless connection strings (Integrated
    Security, peer auth, sqlite) and a README quick start whose postgres:postgres@localhost
    is explicitly marked as the documented local docker-compose default.

FORMATS CHECKED (search tool, docs/pages corpora)
    * PlanetScale docs: passwords begin with pscale_pw_; hosts *.connect.psdb.cloud /
      {id}-{region}.horizon.psdb.cloud; docs mask examples as pscale_pw_xxxx / ****.
    * Turso docs: database auth tokens are JWTs (turso db tokens create), passed as
      authToken with a libsql:// URL; API tokens are also JWTs (Authorization: Bearer).
    * Confluent Cloud docs: API key id 16 chars (e.g. ABCD1234567890AB, not secret); API
      secrets since 2025-07-30 are "cflt" + 60 chars of [A-Za-z0-9+/], last 6 chars a
      base64 CRC32 of the prior 54. Verified on the documented example: CRC32 of the 54
      body chars, packed little-endian, base64 without '=' padding. Older secrets: 64 chars
      of the same alphabet. Schema Registry basic auth = key as user, secret as password.
    * Flyway docs: flyway.toml [environments.x] url/user/password, resolvers
      ${resolver.key} (env, vault, dapr, localSecret ...), legacy flyway.conf keys.
    * Liquibase: liquibase.properties url/username/password and referenceUrl /
      referenceUsername / referencePassword.
    * Sqitch docs: target URI db:engine://[user[:password]@][host][:port]/[dbname].
    * Atlas docs: env blocks with url / dev (docker://postgres/15/dev), getenv(),
      atlas.sum integrity file with h1: hashes.
    * sqlx: offline data keyed by query hash (sqlx-data.json; newer .sqlx/query-*.json).
    * Neon docs: postgresql://role:password@ep-...[-pooler].region.aws.neon.tech/db.
    * Prisma docs: datasource url = env("DATABASE_URL"), mysql://USER:PASSWORD@HOST:PORT/DB.
    (One code-search hit was a scanner rule file (SonarSource-style rspec); it was not used.)

DOUBTS
    * Exact length/alphabet after pscale_pw_ not documented: 43 chars base64url assumed.
    * Turso JWT claim names ("a", "iat", "id", "rid", optional "exp") and EdDSA header are
      from memory of real tokens, not from the docs; signature assumed 64 bytes (86 chars).
    * Neon "npg_" + 12 alnum password prefix, Aiven "AVNS_" + 23 chars, CockroachDB Cloud
      22-char generated passwords and ClickHouse Cloud password shape were not confirmed in
      documentation; they are still genuine passwords in context.
    * Host name shapes for CockroachDB Cloud / ClickHouse Cloud / Supabase poolers are
      approximations. pg_dump's \\restrict key (recent releases) is from memory.
    * Judgement calls: docker-image documentation passwords (mysecretpassword, my-secret-pw,
      yourStrong(!)Password) are labelled negative as documented examples even when placed
      in a production-looking file; bcrypt hashes in QA seed data are labelled negative.
"""
import base64
import json
import os
import random
import string
import struct
import sys
import zlib
from urllib.parse import quote

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LOWNUM = LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
FIELD_SYM = "!*+-_.^~"
URI_RESERVED = "@#/:?"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


APPS = ["billing", "orders", "ledger", "inventory", "catalog", "payments", "identity",
        "reporting", "shipping", "crm", "analytics", "notify", "search", "tenants",
        "audit", "warehouse", "booking", "loyalty", "pricing", "fleet"]
WORDS = ["harbor", "falcon", "cobalt", "meadow", "granite", "orchid", "ember", "tundra",
         "willow", "quartz", "saffron", "juniper", "lantern", "marble", "copper", "raven",
         "summit", "velvet", "canyon", "pepper", "glacier", "thistle", "mango", "beacon"]
ADJ = ["cool", "quiet", "bold", "misty", "rapid", "silent", "snowy", "gentle", "broad",
       "dry", "late", "polished", "round", "young", "wild", "calm"]
NOUN = ["river", "forest", "sound", "sun", "bird", "haze", "shape", "dew", "lake",
        "surf", "frost", "brook", "tree", "cloud", "star", "field"]
PEOPLE = ["mhernandez", "j.okafor", "lwei", "asato", "dkowalski", "pmurphy", "rnair",
          "svolkova", "tbrandt", "cgarcia"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
           "ap-southeast-1", "ap-northeast-1"]


def cap(w):
    return w[0].upper() + w[1:]


# ---------------------------------------------------------------- passwords / tokens
def pw_strong(r, n=None):
    n = n or r.randint(16, 30)
    while True:
        s = r.choice(LOWER + UPPER) + rs(r, ALNUM, n - 1)
        if any(c in DIGITS for c in s) and any(c in UPPER for c in s) and any(c in LOWER for c in s):
            return s


def pw_sym(r):
    n = r.randint(14, 26)
    body = [r.choice(ALNUM) for _ in range(n)]
    for _ in range(r.randint(1, 3)):
        body[r.randrange(1, n)] = r.choice(FIELD_SYM)
    body[0] = r.choice(LOWER + UPPER)
    if not any(c in DIGITS for c in body):
        body[-1] = r.choice(DIGITS)
    return "".join(body)


def pw_human(r):
    a, b = r.sample(WORDS, 2)
    f = r.randrange(4)
    if f == 0:
        return "%s-%s-%d%s" % (cap(a), cap(b), r.randint(10, 9999), r.choice("!*+."))
    if f == 1:
        return "%s%d%s%s" % (cap(a), r.randint(1970, 2031), r.choice("!*^~"), cap(b)[:4])
    if f == 2:
        return "%s.%s.%s%d" % (a, cap(b), rs(r, UPPER, 2), r.randint(100, 999))
    return "%s_%s_%s" % (cap(a), rs(r, ALNUM, 6), b)


def pw_uri_reserved(r):
    # a password that must be percent-encoded inside a URI
    base = list(pw_strong(r, r.randint(14, 22)))
    for _ in range(r.randint(1, 2)):
        base[r.randrange(1, len(base))] = r.choice(URI_RESERVED)
    return "".join(base)


def pw_generic(r):
    x = r.random()
    if x < 0.45:
        return pw_strong(r)
    if x < 0.70:
        return pw_sym(r)
    return pw_human(r)


def pw_pscale(r):
    return "pscale_pw_" + rs(r, B64URL, 43)


def pw_neon(r):
    return "npg_" + rs(r, ALNUM, 12)


def pw_aiven(r):
    return "AVNS_" + rs(r, ALNUM + "-_", 23)


def pw_cockroach(r):
    return rs(r, ALNUM, 22)


def pw_clickhouse(r):
    s = list(rs(r, ALNUM, 16))
    for _ in range(r.randint(1, 2)):
        s[r.randrange(1, 16)] = r.choice("~_.")
    return "".join(s)


def pw_atlas(r):
    return pw_strong(r, r.choice([16, 16, 20, 24]))


def pw_mssql(r):
    s = pw_sym(r)
    return s if any(c in FIELD_SYM for c in s) else s + "!"


def turso_jwt(r):
    head = "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9"  # {"alg":"EdDSA","typ":"JWT"}
    iat = r.randint(1690000000, 1760000000)
    claims = [("a", "rw" if r.random() < 0.75 else "ro")]
    if r.random() < 0.4:
        claims.append(("exp", iat + r.choice([7, 30, 90]) * 86400))
    claims += [("iat", iat), ("id", uuid4(r))]
    if r.random() < 0.6:
        claims.append(("rid", uuid4(r)))
    payload = "{" + ",".join('"%s":%s' % (k, json.dumps(v)) for k, v in claims) + "}"
    return head + "." + b64u(payload.encode()) + "." + b64u(rbytes(r, 64))


def cflt_secret(r):
    if r.random() < 0.3:
        return rs(r, B64, 64)  # pre-2025 secret: 64 chars base64 alphabet
    body = rs(r, B64, 54)
    crc = base64.b64encode(struct.pack("<I", zlib.crc32(body.encode()))).decode().rstrip("=")
    return "cflt" + body + crc


def cflt_key(r):
    return rs(r, UPPER + DIGITS, 16)


# ---------------------------------------------------------------- flavors
def h_pg(r, app):
    return r.choice([
        "%s-db.%s.%s.rds.amazonaws.com" % (app, rs(r, LOWNUM, 12), r.choice(REGIONS)),
        "%s-pg.postgres.database.azure.com" % app,
        "pg-%s.prod.internal" % app,
        "%s-postgres.%s.svc.cluster.local" % (app, r.choice(["data", "db", "platform"])),
        "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250)),
        "db%02d.%s.dc1.lan" % (r.randint(1, 12), app)])


def h_my(r, app):
    return r.choice([
        "%s-mysql.%s.%s.rds.amazonaws.com" % (app, rs(r, LOWNUM, 12), r.choice(REGIONS)),
        "%s.mysql.database.azure.com" % app,
        "mysql-%s.prod.internal" % app,
        "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 250))])


FLAVORS = {
    "postgres": dict(provider="postgresql", fam="pg", port=5432, host=h_pg, pw=pw_generic,
                     users=["app", "migrator", "flyway", "%s_owner", "%s_rw", "deploy"],
                     params=["sslmode=require", "", "sslmode=verify-full", ""]),
    "mysql": dict(provider="mysql", fam="mysql", port=3306, host=h_my, pw=pw_generic,
                  users=["app", "migrations", "%s_admin", "schema_owner", "root"],
                  params=["", "ssl-mode=REQUIRED", "charset=utf8mb4"]),
    "sqlserver": dict(provider="sqlserver", fam="mssql", port=1433, pw=pw_mssql,
                      host=lambda r, a: r.choice(["%s-sql.database.windows.net" % a,
                                                  "sql-%s.corp.local" % a, "mssql01.%s.internal" % a]),
                      users=["sqladmin", "%s_migrator", "efcore_deploy", "dbo_owner"], params=[""]),
    "oracle": dict(provider="oracle", fam="oracle", port=1521, pw=pw_generic,
                   host=lambda r, a: r.choice(["ora-%s.prod.internal" % a, "exadb%02d.dc2.lan" % r.randint(1, 9),
                                               "%s-adb.adb.%s.oraclecloud.com" % (a, r.choice(["eu-frankfurt-1", "us-ashburn-1"]))]),
                   users=["%s_OWNER", "APP_USER", "LIQUIBASE", "FLYWAY_ADMIN"], params=[""]),
    "mongodb": dict(provider="mongodb-atlas", fam="mongo", port=27017, pw=pw_atlas,
                    host=lambda r, a: "%s.%s.mongodb.net" % (r.choice(["cluster0", "prod-cluster", a + "-cluster"]), rs(r, LOWNUM, 5)),
                    users=["%s-svc", "migrate", "appUser", "atlasAdmin"], params=["retryWrites=true&w=majority"]),
    "cockroach": dict(provider="cockroachdb", fam="pg", port=26257, pw=pw_cockroach,
                      host=lambda r, a: "%s-%s-%d.%s.%s.cockroachlabs.cloud" % (r.choice(ADJ), r.choice(NOUN), r.randint(1000, 9999), rs(r, LOWER, 4), r.choice(["aws-us-east-1", "gcp-us-central1", "aws-eu-central-1"])),
                      users=["%s", "roach_app", "migrator"], params=["sslmode=verify-full"]),
    "clickhouse": dict(provider="clickhouse-cloud", fam="ch", port=8443, pw=pw_clickhouse,
                       host=lambda r, a: "%s.%s.aws.clickhouse.cloud" % (rs(r, LOWNUM, 10), r.choice(REGIONS)),
                       users=["default", "migrations", "%s_etl"], params=["secure=true"]),
    "planetscale": dict(provider="planetscale", fam="mysql", port=3306, pw=pw_pscale,
                        host=lambda r, a: r.choice(["aws.connect.psdb.cloud", "gcp.connect.psdb.cloud"]),
                        users=["<rand12>"], params=["sslaccept=strict", "ssl-mode=REQUIRED", "tls=true"]),
    "neon": dict(provider="neon", fam="pg", port=5432, pw=pw_neon,
                 host=lambda r, a: "ep-%s-%s-%s%s.%s.aws.neon.tech" % (r.choice(ADJ), r.choice(NOUN), rs(r, LOWNUM, 8), r.choice(["", "-pooler"]), r.choice(REGIONS)),
                 users=["neondb_owner", "%s_owner"], params=["sslmode=require", "sslmode=require&channel_binding=require"]),
    "supabase": dict(provider="supabase", fam="pg", port=6543, pw=pw_strong,
                     host=lambda r, a: "aws-0-%s.pooler.supabase.com" % r.choice(REGIONS),
                     users=["<supa>"], params=["pgbouncer=true", ""]),
    "aiven_pg": dict(provider="aiven", fam="pg", port=0, pw=pw_aiven,
                     host=lambda r, a: "%s-pg-%s.%s.aivencloud.com" % (a, rs(r, LOWNUM, 8), rs(r, LOWER, 1)),
                     users=["avnadmin"], params=["sslmode=require"]),
    "aiven_mysql": dict(provider="aiven", fam="mysql", port=0, pw=pw_aiven,
                        host=lambda r, a: "%s-mysql-%s.%s.aivencloud.com" % (a, rs(r, LOWNUM, 8), rs(r, LOWER, 1)),
                        users=["avnadmin"], params=["ssl-mode=REQUIRED"]),
    "turso": dict(provider="turso", fam="turso", port=443, pw=turso_jwt,
                  host=lambda r, a: "%s-%s.turso.io" % (a + r.choice(["", "-db", "-prod"]), r.choice(["acme", "northwind", rs(r, LOWER, 7)])),
                  users=[""], params=[""]),
    "confluent": dict(provider="confluent-schema-registry", fam="sr", port=443, pw=cflt_secret,
                      host=lambda r, a: "psrc-%s.%s.aws.confluent.cloud" % (rs(r, LOWNUM, 5), r.choice(REGIONS)),
                      users=["<ckey>"], params=[""]),
}
FAM = {
    "pg": ["postgres", "postgres", "postgres", "postgres", "cockroach", "neon", "supabase", "aiven_pg"],
    "mysql": ["mysql", "mysql", "mysql", "mysql", "planetscale", "planetscale", "aiven_mysql"],
    "mssql": ["sqlserver"], "oracle": ["oracle"], "mongo": ["mongodb"], "ch": ["clickhouse"],
    "turso": ["turso"], "sr": ["confluent"],
}
SCHEME = {"pg": "postgresql", "mysql": "mysql", "mongo": "mongodb+srv", "ch": "clickhouse",
          "mssql": "sqlserver", "oracle": "oracle"}
JDBC = {"pg": "postgresql", "mysql": "mysql", "mssql": "sqlserver", "oracle": "oracle:thin",
        "ch": "clickhouse"}


# ---------------------------------------------------------------- negative slot fillers
EXPR_FORMS = {
    "py": ['os.environ["@V"]', 'os.getenv("@V")', 'os.environ.get("@V", "")'],
    "js": ["process.env.@V", 'process.env["@V"]', 'process.env.@V ?? ""'],
    "ts": ["process.env.@V!", "process.env.@V", 'process.env.@V ?? ""'],
    "rb": ['ENV.fetch("@V")', 'ENV["@V"]', 'ENV.fetch("@V", nil)'],
    "php": ["env('@V')", "getenv('@V')", "$_ENV['@V'] ?? null"],
    "ex": ['System.fetch_env!("@V")', 'System.get_env("@V")'],
    "cs": ['Environment.GetEnvironmentVariable("@V")', 'builder.Configuration["@V"]'],
    "java": ['System.getenv("@V")', 'System.getProperty("@L")'],
    "kt": ['System.getenv("@V")', 'providers.environmentVariable("@V").get()'],
    "groovy": ['System.getenv("@V")', "project.findProperty('@L')"],
    "go": ['os.Getenv("@V")'],
    "rs": ['&std::env::var("@V")?'],
    "hcl": ['getenv("@V")'],
    "hcls": ["${var.@l}"],
    "tf": ["var.@l"],
    "erb": ['<%= ENV["@V"] %>', "<%= ENV.fetch('@V') %>"],
    "ini": ["%(@V)s"],
    "flyway": ["${env.@V}"],
    "sh": ["${@V}", "$@V"],
    "make": ["$(@V)", "${@V}"],
    "gha": ["${{ secrets.@V }}"],
    "spring": ["${@V}", "${@V:}"],
    "prisma": ['env("@V")'],
    "generic": ["${@V}", "${@V}", "$@V"],
}
CODE_KEYS = {"py", "js", "ts", "rb", "php", "ex", "cs", "java", "kt", "groovy", "go", "rs", "hcl", "tf", "prisma"}


class Expr(object):
    """An environment / configuration reference; rendered per language."""

    def __init__(self, style):
        self.style = style

    def get(self, key, var):
        forms = EXPR_FORMS.get(key) or EXPR_FORMS["generic"]
        f = forms[self.style % len(forms)]
        return (f.replace("@V", var).replace("@L", var.lower().replace("_", "."))
                .replace("@l", var.lower()))


PLACEHOLDERS = ["<password>", "<your-password>", "YOUR_DB_PASSWORD", "changeme", "CHANGE_ME",
                "xxxxxxxx", "xxxxxxxxxxxxxxxx", "REPLACE_ME", "your-password-here",
                "<db-password>", "__DB_PASSWORD__", "password_goes_here", "TODO-set-me",
                "<PASSWORD>", "PUT_PASSWORD_HERE"]
TOKEN_PLACEHOLDERS = ["<your-auth-token>", "YOUR_TURSO_AUTH_TOKEN", "<auth-token>",
                      "xxxxxxxxxxxxxxxxxxxxxxxx", "<token>", "REPLACE_WITH_TOKEN"]
SR_PLACEHOLDERS = ["<api-secret>", "YOUR_SR_API_SECRET", "<schema-registry-secret>",
                   "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "************",
          "[hidden]", "(masked)"]
TEMPLATE_EXPRS = ["{{ .Values.secrets.@k }}", "{{ @l }}", "#{@V}#", "$(@V)", "@@@V@@",
                  "${{ secrets.@V }}", "%@V%", "{{ .Env.@V }}"]
DOC_EXAMPLES = {
    "postgres": ["mysecretpassword"], "mysql": ["my-secret-pw"],
    "sqlserver": ["yourStrong(!)Password"], "planetscale": ["pscale_pw_xxxxxxxxxxxxxxxxxx"],
    "neon": ["AbC123dEf"], "mongodb": ["<db_password>"],
    "confluent": ["cfltT8d8RzkNseTMEDKcjNM1BZTFPHqRn/dQm9q7w6SjzZ12wZfwjaJdipHZtDjw"],
    "turso": ["<your-token>"], "supabase": ["[YOUR-PASSWORD]"],
}


def neg_fill(r, flname, app):
    x = r.random()
    tok = flname in ("turso", "confluent")
    if x < 0.24:
        pool = TOKEN_PLACEHOLDERS if flname == "turso" else SR_PLACEHOLDERS if flname == "confluent" else PLACEHOLDERS
        return r.choice(pool), "placeholder"
    if x < 0.54:
        return Expr(r.randrange(6)), "env-ref"
    if x < 0.63:
        return r.choice([
            "op://Production/%s-db/password" % app,
            "vault:secret/data/%s/database#password" % app,
            "${vault.%s-db-password}" % app,
            "arn:aws:secretsmanager:%s:%d:secret:%s/db-%s" % (r.choice(REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), app, rs(r, ALNUM, 6)),
            "{{resolve:secretsmanager:%s/database:SecretString:password}}" % app,
            "sm://projects/%s-prod/secrets/db-password/versions/latest" % app,
            "${localSecret.%s_db}" % app]), "secret-ref"
    if x < 0.72:
        return r.choice(TEMPLATE_EXPRS), "template-expr"
    if x < 0.82:
        return r.choice(MASKED), "masked"
    if x < 0.89 and not tok:
        return "", "empty"
    if flname in DOC_EXAMPLES:
        return r.choice(DOC_EXAMPLES[flname]), "doc-example"
    return r.choice(PLACEHOLDERS), "placeholder"


# ---------------------------------------------------------------- connection object
DEFAULT_VAR = {"turso": "TURSO_AUTH_TOKEN", "confluent": "SCHEMA_REGISTRY_API_SECRET",
               "planetscale": "DATABASE_PASSWORD"}


class Conn(object):
    def __init__(self, r, flname, app, neg=None):
        fl = FLAVORS[flname]
        self.r, self.flname, self.fl, self.app = r, flname, fl, app
        self.fam, self.provider = fl["fam"], fl["provider"]
        self.host = fl["host"](r, app)
        self.port = fl["port"] or r.randint(10000, 29999)
        u = r.choice(fl["users"])
        if u == "<rand12>":
            u = rs(r, LOWNUM, 12)
        elif u == "<supa>":
            u = "postgres." + rs(r, LOWER, 20)
        elif u == "<ckey>":
            u = cflt_key(r)
        elif "%s" in u:
            u = u % app
        self.user = u
        dbn = {"neon": "neondb", "supabase": "postgres", "aiven_pg": "defaultdb", "aiven_mysql": "defaultdb",
               "cockroach": r.choice(["defaultdb", app])}.get(flname)
        self.db = dbn or r.choice([app, app + "_prod", app + "_db", app.upper() + "PDB" if flname == "oracle" else app])
        if flname == "oracle":
            self.db = r.choice(["ORCLPDB1", app.upper() + "PDB", app.upper() + "_SVC"])
        self.params = r.choice(fl["params"])
        self.secret = fl["pw"](r)
        if flname in ("postgres", "mysql", "sqlserver") and r.random() < 0.15:
            self.secret = pw_uri_reserved(r)
        self.neg = neg
        self.var = DEFAULT_VAR.get(flname, "DB_PASSWORD")
        self.needle = None

    def is_expr(self):
        return isinstance(self.neg, Expr)

    def _negraw(self, key):
        if isinstance(self.neg, Expr):
            return self.neg.get(key, self.var)
        if "@V" in self.neg or "@l" in self.neg or "@k" in self.neg:
            parts = self.var.lower().split("_")
            camel = parts[0] + "".join(cap(x) for x in parts[1:] if x)
            return self.neg.replace("@V", self.var).replace("@l", self.var.lower()).replace("@k", camel)
        return self.neg

    def u(self, key="generic"):
        if self.neg is not None:
            return self._negraw(key)
        v = quote(self.secret, safe="-_.~!*+")
        self.needle = v
        return v

    def f(self, key="generic"):
        if self.neg is not None:
            return self._negraw(key)
        self.needle = self.secret
        return self.secret

    def lit(self, lang, q='"'):
        if isinstance(self.neg, Expr) and lang in CODE_KEYS:
            return self.neg.get(lang, self.var)
        v = self.f(lang if lang not in CODE_KEYS else "generic")
        if lang == "kt":
            v = v.replace("$", "\\$")
        if lang in ("ex", "rb") and q == '"':
            v = v.replace("#{", "\\#{")
        return q + v + q

    def hostport(self):
        return self.host if self.fam == "mongo" else "%s:%d" % (self.host, self.port)

    def url(self, scheme=None, key="generic", params=None, db=None, user=None):
        sch = scheme or SCHEME[self.fam]
        pw = self.u(key)
        ui = user if user is not None else self.user
        if pw:
            ui += ":" + pw
        p = self.params if params is None else params
        return "%s://%s@%s/%s%s" % (sch, ui, self.hostport(), db or self.db, ("?" + p) if p else "")

    def jdbc(self):
        if self.fam == "mssql":
            return "jdbc:sqlserver://%s:%d;databaseName=%s;encrypt=true" % (self.host, self.port, self.db)
        if self.fam == "oracle":
            return "jdbc:oracle:thin:@//%s:%d/%s" % (self.host, self.port, self.db)
        return "jdbc:%s://%s:%d/%s" % (JDBC.get(self.fam, "postgresql"), self.host, self.port, self.db)

    def ado(self, key="generic"):
        pw = self.f(key)
        if self.fam == "mssql":
            return "Server=tcp:%s,%d;Database=%s;User ID=%s;Password=%s;Encrypt=True;TrustServerCertificate=False;" % (
                self.host, self.port, self.db, self.user, pw)
        if self.fam == "mysql":
            return "Server=%s;Port=%d;Database=%s;Uid=%s;Pwd=%s;SslMode=Required;" % (self.host, self.port, self.db, self.user, pw)
        if self.fam == "oracle":
            return "User Id=%s;Password=%s;Data Source=%s:%d/%s;" % (self.user, pw, self.host, self.port, self.db)
        return "Host=%s;Port=%d;Database=%s;Username=%s;Password=%s;SSL Mode=Require" % (self.host, self.port, self.db, self.user, pw)

    def libpq(self, key="generic"):
        pw = self.f(key)
        return "host=%s port=%d user=%s password=%s dbname=%s sslmode=require" % (self.host, self.port, self.user, pw, self.db)

    def dialect(self):
        return {"pg": "postgres", "mysql": "mysql", "mssql": "mssql", "oracle": "oracle"}.get(self.fam, "postgres")


def yq(v):
    """Quote a YAML scalar when needed (negative fillers such as {{ }}, ****, [REDACTED])."""
    if v == "" or v[0] in "{[*&!%@`<>|#?-'\"$" or ": " in v or " #" in v:
        return '"' + v.replace('"', '\\"') + '"'
    return v


def xe(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def pre(r, app):
    return r.choice(["", "", "", "services/%s/" % app, "backend/", "%s-service/" % app, "apps/api/"])


def ts14(r):
    return "%04d%02d%02d%02d%02d%02d" % (r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28),
                                         r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def comment_hdr(r, mark, app):
    return r.choice([
        "%s %s service - database settings\n" % (mark, app),
        "%s Managed by the platform team. Ping #%s-dev before changing.\n" % (mark, app),
        "%s Last reviewed by %s\n" % (mark, r.choice(PEOPLE)),
        "",
    ])


# ---------------------------------------------------------------- positive templates
TEMPLATES = []


def tpl(fams):
    def deco(fn):
        TEMPLATES.append((fn.__name__, fams, fn))
        return fn
    return deco


def envname(r):
    return r.choice(["prod", "production", "staging", "qa", "uat", "prd"])


def schema_of(c):
    return {"pg": "public", "mssql": "dbo", "oracle": c.user}.get(c.fam, c.db)


def driver_cls(c):
    return {"pg": "org.postgresql.Driver", "mysql": "com.mysql.cj.jdbc.Driver",
            "mssql": "com.microsoft.sqlserver.jdbc.SQLServerDriver", "oracle": "oracle.jdbc.OracleDriver",
            "ch": "com.clickhouse.jdbc.ClickHouseDriver"}[c.fam]


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_flyway_conf(r, c):
    pw = c.f("generic")
    t = comment_hdr(r, "#", c.app)
    t += "# Flyway configuration (legacy .conf format)\n"
    t += "flyway.url=%s\nflyway.user=%s\nflyway.password=%s\n" % (c.jdbc(), c.user, pw)
    t += "flyway.schemas=%s\nflyway.locations=filesystem:sql/migrations\n" % schema_of(c)
    t += "flyway.baselineOnMigrate=%s\nflyway.validateMigrationNaming=true\n" % r.choice(["true", "false"])
    t += "flyway.connectRetries=%d\nflyway.table=flyway_schema_history\n" % r.choice([3, 5, 10])
    if r.random() < 0.5:
        t += "flyway.placeholders.appRole=%s_app\nflyway.placeholders.readOnlyRole=%s_ro\n" % (c.app, c.app)
    return r.choice(["flyway.conf", "conf/flyway.conf", "db/flyway.conf", "flyway/%s.conf" % envname(r)]), t, "db-password-field"


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_flyway_toml(r, c):
    env = envname(r)
    c.var = "FLYWAY_PASSWORD"
    pw = c.f("flyway")
    dbt = {"pg": "PostgreSql", "mysql": "MySql", "mssql": "SqlServer", "oracle": "Oracle"}[c.fam]
    t = 'databaseType = "%s"\nname = "%s"\nid = "%s"\n\n' % (dbt, c.app, uuid4(r))
    t += "[environments.%s]\nurl = \"%s\"\nuser = \"%s\"\npassword = \"%s\"\nschemas = [\"%s\"]\n\n" % (
        env, c.jdbc(), c.user, pw, schema_of(c))
    t += "[environments.development]\nurl = \"jdbc:%s://localhost:%d/%s_dev\"\n\n" % (JDBC[c.fam].split(":")[0], c.port, c.app)
    t += "[flyway]\nenvironment = \"%s\"\nlocations = [\"filesystem:migrations\"]\nmixed = true\noutOfOrder = false\n" % env
    t += "validateMigrationNaming = true\n\n[flyway.placeholders]\nappRole = \"%s_app\"\n" % c.app
    return r.choice(["flyway.toml", "flyway.user.toml", "db/flyway.toml"]), t, "db-password-field"


@tpl(["pg", "mysql", "mssql"])
def t_flyway_toml_urlpw(r, c):
    pw = c.u("flyway")
    if c.fam == "mssql":
        url = "jdbc:sqlserver://%s:%d;databaseName=%s;user=%s;password=%s;encrypt=true" % (c.host, c.port, c.db, c.user, pw)
    else:
        url = "jdbc:%s://%s:%d/%s?user=%s&password=%s%s" % (JDBC[c.fam], c.host, c.port, c.db, c.user, pw,
                                                              "&ssl=true" if c.fam == "pg" else "&useSSL=true")
    env = envname(r)
    t = "# connection for the nightly schema drift check\n[environments.%s]\nurl = \"%s\"\n" % (env, url)
    t += "\n[flyway]\nenvironment = \"%s\"\nlocations = [\"filesystem:./sql\"]\ncleanDisabled = true\n" % env
    t += "\n[flyway.check]\nmajorRules = [\"RX001\", \"RX002\"]\n"
    return r.choice(["flyway.toml", "drift/flyway.toml"]), t, "db-password-uri"


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_flyway_sh(r, c):
    pw = c.f("sh")
    t = "#!/usr/bin/env bash\nset -euo pipefail\n\n# Runs pending Flyway migrations against %s.\n" % c.app
    t += "FLYWAY_VERSION=10.%d.%d\nSQL_DIR=\"$(cd \"$(dirname \"$0\")/../sql\" && pwd)\"\n\n" % (r.randint(0, 22), r.randint(0, 3))
    t += "docker run --rm --network host \\\n  -v \"${SQL_DIR}:/flyway/sql\" \\\n  flyway/flyway:${FLYWAY_VERSION} \\\n"
    t += "  -url=\"%s\" \\\n  -user=\"%s\" \\\n  -password=\"%s\" \\\n  -connectRetries=10 \\\n  %s\n" % (
        c.jdbc(), c.user, pw, r.choice(["migrate", "info migrate", "migrate -outOfOrder=true"]))
    return r.choice(["deploy/migrate.sh", "scripts/flyway-migrate.sh", "bin/db-migrate"]), t, "db-password-cli"


@tpl(["pg", "mysql", "mssql"])
def t_flyway_gha(r, c):
    pw = c.f("gha")
    t = "name: db-migrate\n\non:\n  push:\n    branches: [main]\n    paths: [\"db/migrations/**\"]\n  workflow_dispatch:\n\n"
    t += "jobs:\n  migrate:\n    runs-on: ubuntu-latest\n    environment: %s\n    steps:\n      - uses: actions/checkout@v4\n" % envname(r)
    t += "      - name: Flyway migrate\n        run: |\n"
    t += "          docker run --rm -v ${{ github.workspace }}/db/migrations:/flyway/sql \\\n"
    t += "            flyway/flyway:10-alpine \\\n            -url=%s -user=%s -password='%s' migrate\n" % (c.jdbc(), c.user, pw)
    return ".github/workflows/db-migrate.yml", t, "db-password-cli"


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_flyway_pom(r, c):
    pw = xe(c.f("flyway"))
    art = {"pg": ("org.postgresql", "postgresql", "42.7.%d" % r.randint(1, 4)),
           "mysql": ("com.mysql", "mysql-connector-j", "8.%d.0" % r.randint(2, 4)),
           "mssql": ("com.microsoft.sqlserver", "mssql-jdbc", "12.6.%d.jre11" % r.randint(0, 3)),
           "oracle": ("com.oracle.database.jdbc", "ojdbc11", "23.%d.0.24.05" % r.randint(3, 5))}[c.fam]
    t = '<?xml version="1.0" encoding="UTF-8"?>\n<project xmlns="http://maven.apache.org/POM/4.0.0"\n'
    t += '         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
    t += '         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">\n'
    t += "  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.%s.%s</groupId>\n  <artifactId>%s-db</artifactId>\n" % (
        r.choice(["acme", "northwind", "contoso", "initech"]), c.app, c.app)
    t += "  <version>1.%d.0</version>\n  <packaging>pom</packaging>\n\n  <build>\n    <plugins>\n      <plugin>\n" % r.randint(0, 30)
    t += "        <groupId>org.flywaydb</groupId>\n        <artifactId>flyway-maven-plugin</artifactId>\n"
    t += "        <version>10.%d.0</version>\n        <configuration>\n" % r.randint(5, 20)
    t += "          <url>%s</url>\n          <user>%s</user>\n          <password>%s</password>\n" % (xe(c.jdbc()), c.user, pw)
    t += "          <locations>\n            <location>filesystem:src/main/resources/db/migration</location>\n          </locations>\n"
    t += "        </configuration>\n        <dependencies>\n          <dependency>\n"
    t += "            <groupId>%s</groupId>\n            <artifactId>%s</artifactId>\n            <version>%s</version>\n" % art
    t += "          </dependency>\n        </dependencies>\n      </plugin>\n    </plugins>\n  </build>\n</project>\n"
    return r.choice(["pom.xml", "db/pom.xml"]), t, "db-password-field"


@tpl(["pg", "mysql", "oracle"])
def t_flyway_gradle(r, c):
    pw = c.lit("groovy", "'")
    t = "plugins {\n    id 'java'\n    id 'org.flywaydb.flyway' version '10.%d.0'\n}\n\n" % r.randint(5, 20)
    t += "repositories {\n    mavenCentral()\n}\n\ndependencies {\n    implementation 'org.flywaydb:flyway-core:10.15.0'\n}\n\n"
    t += "flyway {\n    url = '%s'\n    user = '%s'\n    password = %s\n" % (c.jdbc(), c.user, pw)
    t += "    schemas = ['%s']\n    locations = ['filesystem:src/main/resources/db/migration']\n    cleanDisabled = true\n}\n" % schema_of(c)
    return "build.gradle", t, "db-password-field"


@tpl(["pg", "mysql", "mssql"])
def t_spring_yml(r, c):
    c.var = r.choice(["DB_PASSWORD", "SPRING_DATASOURCE_PASSWORD"])
    pw = yq(c.f("spring"))
    t = "server:\n  port: 8080\n\nspring:\n  application:\n    name: %s-service\n" % c.app
    if r.random() < 0.5:
        t += "  datasource:\n    url: %s\n    username: %s\n    password: %s\n" % (c.jdbc(), c.user, pw)
        t += "    hikari:\n      maximum-pool-size: %d\n" % r.choice([10, 20, 30])
        t += "  flyway:\n    enabled: true\n    baseline-on-migrate: true\n    locations: classpath:db/migration\n"
    else:
        t += "  datasource:\n    url: %s\n    username: %s_app\n    password: ${APP_DB_PASSWORD}\n" % (c.jdbc(), c.app)
        t += "  flyway:\n    enabled: true\n    user: %s\n    password: %s\n    locations: classpath:db/migration\n" % (c.user, pw)
    t += "  jpa:\n    open-in-view: false\n    hibernate:\n      ddl-auto: validate\n\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info\n"
    return r.choice(["src/main/resources/application-%s.yml" % envname(r), "src/main/resources/application.yml"]), t, "db-password-field"


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_liquibase_props(r, c):
    c.var = "LIQUIBASE_COMMAND_PASSWORD"
    pw = c.f("generic")
    kebab = r.random() < 0.5
    t = comment_hdr(r, "#", c.app)
    t += ("changelog-file: " if kebab else "changeLogFile: ") + "db/changelog/db.changelog-master.%s\n" % r.choice(["yaml", "xml"])
    t += "url: %s\nusername: %s\npassword: %s\ndriver: %s\n" % (c.jdbc(), c.user, pw, driver_cls(c))
    t += ("liquibase.hub.mode: off\n" if kebab else "logLevel: INFO\n")
    if r.random() < 0.5:
        t += "defaultSchemaName: %s\n" % schema_of(c)
    return r.choice(["liquibase.properties", "src/main/resources/liquibase.properties", "db/liquibase.properties"]), t, "db-password-field"


@tpl(["pg", "mysql", "mssql"])
def t_liquibase_reference(r, c):
    pw = c.f("generic")
    t = "# diff the local dev schema against the reference (%s) database\n" % envname(r)
    t += "changeLogFile: db/changelog/generated/diff-changelog.xml\n"
    t += "url: jdbc:%s://localhost:%d/%s_dev\nusername: %s_dev\npassword: ${LIQUIBASE_COMMAND_PASSWORD}\n" % (
        JDBC[c.fam].split(":")[0], c.port, c.app, c.app)
    t += "referenceUrl: %s\nreferenceUsername: %s\nreferencePassword: %s\n" % (c.jdbc(), c.user, pw)
    t += "diffTypes: tables,columns,indexes,foreignkeys,primarykeys,uniqueconstraints,views\n"
    return r.choice(["liquibase.properties", "tools/diff/liquibase.properties"]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_liquibase_changelog_param(r, c):
    c.var = "APP_USER_PASSWORD"
    pw = yq(c.f("generic"))
    role = "%s_app" % c.app
    if c.fam == "pg":
        sql = "CREATE ROLE %s LOGIN PASSWORD '${app_user_password}';" % role
        dbms = "postgresql"
    else:
        sql = "CREATE USER '%s'@'%%' IDENTIFIED BY '${app_user_password}';" % role
        dbms = "mysql"
    t = "databaseChangeLog:\n  - property:\n      name: app_user_password\n      value: %s\n      dbms: %s\n" % (pw, dbms)
    t += "  - changeSet:\n      id: %s-create-app-role\n      author: %s\n      runInTransaction: false\n" % (ts14(r)[:8], r.choice(PEOPLE))
    t += "      changes:\n        - sql:\n            sql: %s\n" % sql
    t += "  - include:\n      file: db/changelog/changes/001-schema.yaml\n  - include:\n      file: db/changelog/changes/002-indexes.yaml\n"
    return "db/changelog/db.changelog-master.yaml", t, "db-password-field"


@tpl(["pg", "mysql", "oracle"])
def t_liquibase_make(r, c):
    pw = c.f("make")
    t = "LIQUIBASE ?= liquibase\nCHANGELOG := db/changelog/db.changelog-master.xml\n\n.PHONY: db-update db-status db-rollback\n\n"
    t += "db-update:\n\t$(LIQUIBASE) --changelog-file=$(CHANGELOG) \\\n\t\t--url=\"%s\" \\\n\t\t--username=%s \\\n\t\t--password='%s' \\\n\t\tupdate\n\n" % (
        c.jdbc(), c.user, pw)
    t += "db-status:\n\t$(LIQUIBASE) --changelog-file=$(CHANGELOG) status --verbose\n\n"
    t += "db-rollback:\n\t$(LIQUIBASE) --changelog-file=$(CHANGELOG) rollback-count --count=1\n"
    return "Makefile", t, "db-password-cli"


def sa_scheme(c):
    if c.flname == "cockroach":
        return "cockroachdb+psycopg2"
    return {"pg": r_choice_pg, "mysql": "mysql+pymysql", "mssql": "mssql+pyodbc", "oracle": "oracle+oracledb"}[c.fam]


r_choice_pg = "postgresql+psycopg2"


def sa_url(r, c, key):
    sch = sa_scheme(c)
    if c.fam == "pg" and c.flname != "cockroach":
        sch = r.choice(["postgresql+psycopg2", "postgresql+psycopg", "postgresql"])
    params = c.params
    if c.fam == "mssql":
        params = "driver=ODBC+Driver+18+for+SQL+Server&Encrypt=yes"
    if c.fam == "oracle":
        params = ""
        return "%s://%s:%s@%s:%d/?service_name=%s" % (sch, c.user, c.u(key), c.host, c.port, c.db) if c.neg != "" else \
            "%s://%s@%s:%d/?service_name=%s" % (sch, c.user, c.host, c.port, c.db)
    return c.url(scheme=sch, key=key, params=params)


def pct_escape(c, text):
    # configparser interpolation: a literal % must be written %%
    if c.needle and "%" in c.needle:
        n2 = c.needle.replace("%", "%%")
        text = text.replace(c.needle, n2)
        c.needle = n2
    return text


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_alembic_ini(r, c):
    c.var = r.choice(["DB_PASS", "DB_PASSWORD"])
    url = sa_url(r, c, "ini")
    t = "# A generic, single database configuration.\n\n[alembic]\nscript_location = migrations\nprepend_sys_path = .\n"
    t += "version_path_separator = os\n\nsqlalchemy.url = %s\n\n" % url
    t += "[post_write_hooks]\nhooks = black\nblack.type = console_scripts\nblack.entrypoint = black\nblack.options = -l 79 REVISION_SCRIPT_FILENAME\n\n"
    t += "[loggers]\nkeys = root,sqlalchemy,alembic\n\n[handlers]\nkeys = console\n\n[formatters]\nkeys = generic\n\n"
    t += "[logger_root]\nlevel = WARN\nhandlers = console\nqualname =\n\n[logger_alembic]\nlevel = INFO\nhandlers =\nqualname = alembic\n"
    t = pct_escape(c, t)
    return r.choice(["alembic.ini", "db/alembic.ini"]), t, "db-password-uri"


@tpl(["pg", "mysql", "mssql"])
def t_alembic_env(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        urlexpr = c.neg.get("py", "DATABASE_URL")
    else:
        urlexpr = '"%s"' % sa_url(r, c, "generic")
    t = "from logging.config import fileConfig\nimport os\n\nfrom sqlalchemy import engine_from_config, pool\n\nfrom alembic import context\n"
    t += "from %s.models import Base\n\nconfig = context.config\nif config.config_file_name is not None:\n    fileConfig(config.config_file_name)\n\n" % c.app
    t += "config.set_main_option(\n    \"sqlalchemy.url\",\n    %s,\n)\ntarget_metadata = Base.metadata\n\n\n" % urlexpr
    t += "def run_migrations_offline() -> None:\n    url = config.get_main_option(\"sqlalchemy.url\")\n"
    t += "    context.configure(url=url, target_metadata=target_metadata, literal_binds=True)\n"
    t += "    with context.begin_transaction():\n        context.run_migrations()\n\n\n"
    t += "def run_migrations_online() -> None:\n    connectable = engine_from_config(\n        config.get_section(config.config_ini_section, {}),\n"
    t += "        prefix=\"sqlalchemy.\",\n        poolclass=pool.NullPool,\n    )\n    with connectable.connect() as connection:\n"
    t += "        context.configure(connection=connection, target_metadata=target_metadata)\n"
    t += "        with context.begin_transaction():\n            context.run_migrations()\n\n\n"
    t += "if context.is_offline_mode():\n    run_migrations_offline()\nelse:\n    run_migrations_online()\n"
    t = pct_escape(c, t)
    return r.choice(["migrations/env.py", "alembic/env.py"]), t, "db-password-uri"


@tpl(["pg", "mysql", "oracle"])
def t_sqitch_conf(r, c):
    eng = {"pg": "pg", "mysql": "mysql", "oracle": "oracle"}[c.fam]
    env = envname(r)
    uri = c.url(scheme="db:" + eng, params="")
    t = "[core]\n\tengine = %s\n\tplan_file = sqitch.plan\n\ttop_dir = .\n" % eng
    t += "[engine \"%s\"]\n\ttarget = %s\n\tregistry = sqitch\n\tclient = %s\n" % (eng, env, {"pg": "psql", "mysql": "mysql", "oracle": "sqlplus"}[eng])
    t += "[target \"%s\"]\n\turi = %s\n" % (env, uri)
    t += "[target \"dev\"]\n\turi = db:%s://localhost/%s_dev\n" % (eng, c.app)
    t += "[deploy]\n\tverify = true\n[rebase]\n\tverify = true\n"
    return "sqitch.conf", t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_sqitch_ci(r, c):
    eng = {"pg": "pg", "mysql": "mysql"}[c.fam]
    uri = c.url(scheme="db:" + eng, key="sh", params="")
    t = "#!/bin/sh\n# CI step: deploy and verify Sqitch changes\nset -e\n\ncd \"$(dirname \"$0\")/../db\"\n"
    t += "sqitch --chdir . status \"%s\" || true\n" % uri
    t += "sqitch deploy --verify \"%s\"\n" % uri
    t += "sqitch log --format oneline --max-count 5 \"%s\"\n" % uri
    return r.choice(["ci/deploy-db.sh", "scripts/sqitch-deploy.sh"]), t, "db-password-uri"


def atlas_dev(c):
    return {"pg": "docker://postgres/15/dev", "mysql": "docker://mysql/8/dev",
            "mssql": "docker://sqlserver/2022-latest/dev", "ch": "docker://clickhouse/23.11/dev"}[c.fam]


def atlas_url(c, key):
    if c.fam == "mssql":
        pw = c.u(key)
        return "sqlserver://%s%s@%s:%d?database=%s" % (c.user, (":" + pw) if pw else "", c.host, c.port, c.db)
    if c.fam == "ch":
        c.port = 9440
        return c.url(scheme="clickhouse", key=key, params="secure=true")
    return c.url(scheme="postgres" if c.fam == "pg" else "mysql", key=key)


@tpl(["pg", "mysql", "mssql", "ch"])
def t_atlas_hcl(r, c):
    env = envname(r)
    if c.is_expr():
        c.var = "DATABASE_URL"
        urlv = c.neg.get("hcl", "DATABASE_URL")
    else:
        urlv = '"%s"' % atlas_url(c, "hcls")
    t = 'variable "dir" {\n  type    = string\n  default = "file://migrations"\n}\n\n'
    t += 'env "%s" {\n  src = "file://schema.%s"\n  url = %s\n  dev = "%s"\n' % (env, r.choice(["hcl", "sql"]), urlv, atlas_dev(c))
    t += '  migration {\n    dir = var.dir\n  }\n  format {\n    migrate {\n      diff = "{{ sql . \\"  \\" }}"\n    }\n  }\n}\n\n'
    t += 'env "local" {\n  src = "file://schema.hcl"\n  url = "docker://%s"\n  dev = "%s"\n}\n' % (
        atlas_dev(c).split("//")[1].rsplit("/", 1)[0] + "/" + c.app, atlas_dev(c))
    return r.choice(["atlas.hcl", "db/atlas.hcl"]), t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_atlas_gha(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        urlv = c.neg.get("gha", "DATABASE_URL")
    else:
        urlv = "'%s'" % atlas_url(c, "gha")
    t = "name: atlas\non:\n  push:\n    branches: [main]\njobs:\n  apply:\n    runs-on: ubuntu-latest\n    steps:\n"
    t += "      - uses: actions/checkout@v4\n      - uses: ariga/setup-atlas@v0\n"
    t += "      - name: Apply migrations\n        uses: ariga/atlas-action/migrate/apply@v1\n        with:\n"
    t += "          dir: file://migrations\n          url: %s\n" % urlv
    return ".github/workflows/atlas-apply.yml", t, "db-password-uri"


def migrate_url(r, c, key):
    if c.fam == "mysql":
        pw = c.u(key)
        return "mysql://%s%s@tcp(%s:%d)/%s?tls=true" % (c.user, (":" + pw) if pw else "", c.host, c.port, c.db)
    if c.fam == "ch":
        c.port = 9440
        return "clickhouse://%s:%d?username=%s&password=%s&database=%s&secure=true" % (c.host, c.port, c.user, c.u(key), c.db)
    if c.fam == "mongo":
        return c.url(key=key)
    sch = "cockroachdb" if c.flname == "cockroach" else "postgres"
    return c.url(scheme=sch, key=key)


@tpl(["pg", "mysql", "ch", "mongo"])
def t_migrate_make(r, c):
    url = migrate_url(r, c, "make")
    var = r.choice(["DB_URL", "MIGRATE_DSN", "PRIMARY", "TARGET"])
    t = "MIGRATE := migrate\nMIGRATIONS_DIR := db/migrations\n%s := %s\n\n" % (var, url)
    t += ".PHONY: migrate-up migrate-down migrate-new\n\n"
    t += "migrate-up:\n\t$(MIGRATE) -path $(MIGRATIONS_DIR) -database \"$(%s)\" up\n\n" % var
    t += "migrate-down:\n\t$(MIGRATE) -path $(MIGRATIONS_DIR) -database \"$(%s)\" down 1\n\n" % var
    t += "migrate-new:\n\t$(MIGRATE) create -ext sql -dir $(MIGRATIONS_DIR) -seq $(name)\n"
    return "Makefile", t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_goose_sh(r, c):
    c.var = "PGPASSWORD" if c.fam == "pg" else "MYSQL_PWD"
    if c.fam == "pg":
        dbs = c.libpq("sh")
        drv = "postgres"
    else:
        dbs = "%s:%s@tcp(%s:%d)/%s?parseTime=true&tls=true" % (c.user, c.f("sh"), c.host, c.port, c.db)
        drv = "mysql"
    t = "#!/usr/bin/env bash\nset -euo pipefail\n\nexport GOOSE_DRIVER=%s\nexport GOOSE_DBSTRING=\"%s\"\n" % (drv, dbs)
    t += "export GOOSE_MIGRATION_DIR=./sql/schema\n\ngoose status\ngoose up\n"
    return r.choice(["scripts/goose-up.sh", "tools/migrate.sh"]), t, "db-password-connstring"


@tpl(["pg", "mysql"])
def t_dbmate_compose(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        urlv = '"%s"' % c.neg.get("generic", "DATABASE_URL")
    else:
        urlv = '"%s"' % c.url(scheme="postgres" if c.fam == "pg" else "mysql")
    t = "services:\n  dbmate:\n    image: ghcr.io/amacneil/dbmate:2\n    command: [\"--wait\", \"up\"]\n    environment:\n"
    t += "      DATABASE_URL: %s\n      DBMATE_MIGRATIONS_DIR: /db/migrations\n      DBMATE_NO_DUMP_SCHEMA: \"true\"\n" % urlv
    t += "    volumes:\n      - ./db:/db\n\n  api:\n    build: .\n    ports:\n      - \"8080:8080\"\n    depends_on:\n      - dbmate\n"
    return r.choice(["docker-compose.yml", "deploy/docker-compose.migrate.yml", "compose.yaml"]), t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_dotenv_dbmate(r, c):
    t = "# dbmate / app settings\nDATABASE_URL=\"%s\"\n" % c.url(scheme="postgres" if c.fam == "pg" else "mysql")
    t += "DBMATE_MIGRATIONS_DIR=\"./db/migrations\"\nDBMATE_SCHEMA_FILE=\"./db/schema.sql\"\nPORT=8080\nLOG_LEVEL=info\n"
    return r.choice([".env", ".env.production", ".env.local"]), t, "db-password-uri"


def prisma_provider(c):
    if c.flname == "cockroach":
        return "cockroachdb"
    return {"pg": "postgresql", "mysql": "mysql", "mssql": "sqlserver", "mongo": "mongodb"}[c.fam]


def prisma_url(c, key="prisma"):
    if c.fam == "mssql":
        return "sqlserver://%s:%d;database=%s;user=%s;password=%s;encrypt=true" % (c.host, c.port, c.db, c.user, c.f(key))
    if c.fam == "mysql":
        p = "sslaccept=strict" if c.flname == "planetscale" else c.params
        return c.url(scheme="mysql", key=key, params=p if "{" not in p else "sslaccept=strict")
    return c.url(key=key)


PRISMA_MODELS = [
    "model User {\n  id        String   @id @default(cuid())\n  email     String   @unique\n  name      String?\n  createdAt DateTime @default(now())\n  orders    Order[]\n}\n\n"
    "model Order {\n  id        Int      @id @default(autoincrement())\n  userId    String\n  user      User     @relation(fields: [userId], references: [id])\n  total     Decimal  @db.Decimal(10, 2)\n  placedAt  DateTime @default(now())\n}\n",
    "model Tenant {\n  id       String    @id @default(uuid())\n  slug     String    @unique\n  plan     String    @default(\"free\")\n  projects Project[]\n}\n\n"
    "model Project {\n  id       Int    @id @default(autoincrement())\n  name     String\n  tenantId String\n  tenant   Tenant @relation(fields: [tenantId], references: [id])\n\n  @@index([tenantId])\n}\n",
]


@tpl(["pg", "mysql", "mssql", "mongo"])
def t_prisma_schema(r, c):
    gen = "generator client {\n  provider = \"prisma-client-js\"\n}\n\n"
    if c.is_expr():
        c.var = "DATABASE_URL"
        urlv = c.neg.get("prisma", "DATABASE_URL")
    else:
        urlv = '"%s"' % prisma_url(c)
    ds = "datasource db {\n  provider = \"%s\"\n  url      = %s\n" % (prisma_provider(c), urlv)
    if c.flname == "planetscale":
        ds += "  relationMode = \"prisma\"\n"
    ds += "}\n\n"
    return r.choice(["prisma/schema.prisma", "schema.prisma", "packages/db/prisma/schema.prisma"]), gen + ds + r.choice(PRISMA_MODELS), "db-password-uri"


@tpl(["pg"])
def t_prisma_directurl(r, c):
    gen = "generator client {\n  provider        = \"prisma-client-js\"\n  previewFeatures = [\"driverAdapters\"]\n}\n\n"
    if c.is_expr():
        c.var = "DIRECT_URL"
        du = c.neg.get("prisma", "DIRECT_URL")
    else:
        du = '"%s"' % c.url(params=c.params.replace("pgbouncer=true", "") or None)
    ds = "datasource db {\n  provider  = \"postgresql\"\n  url       = env(\"DATABASE_URL\")\n  directUrl = %s // migrations bypass the pooler\n}\n\n" % du
    return "prisma/schema.prisma", gen + ds + r.choice(PRISMA_MODELS), "db-password-uri"


@tpl(["pg", "mysql"])
def t_drizzle_config(r, c):
    dialect = "postgresql" if c.fam == "pg" else "mysql"
    t = "import { defineConfig } from \"drizzle-kit\";\n\nexport default defineConfig({\n"
    t += "  schema: \"./src/db/schema.ts\",\n  out: \"./drizzle\",\n  dialect: \"%s\",\n  dbCredentials: {\n" % dialect
    t += "    host: \"%s\",\n    port: %d,\n    user: \"%s\",\n    password: %s,\n    database: \"%s\",\n" % (
        c.host, c.port, c.user, c.lit("ts"), c.db)
    t += "    ssl: %s,\n  },\n  verbose: true,\n  strict: true,\n});\n" % ("true" if r.random() < 0.6 else "{ rejectUnauthorized: false }")
    return "drizzle.config.ts", t, "db-password-field"


@tpl(["turso"])
def t_drizzle_turso(r, c):
    t = "import type { Config } from \"drizzle-kit\";\n\nexport default {\n  schema: \"./src/db/schema.ts\",\n  out: \"./migrations\",\n"
    t += "  dialect: \"turso\",\n  dbCredentials: {\n    url: \"libsql://%s\",\n    authToken:\n      %s,\n  },\n} satisfies Config;\n" % (
        c.host, c.lit("ts"))
    return "drizzle.config.ts", t, "auth-token-jwt"


@tpl(["turso"])
def t_libsql_client(r, c):
    name = r.choice(["authToken", "authToken"])
    t = "import { createClient } from \"@libsql/client\";\nimport { drizzle } from \"drizzle-orm/libsql\";\nimport * as schema from \"./schema\";\n\n"
    t += "const client = createClient({\n  url: \"libsql://%s\",\n  %s: %s,\n});\n\n" % (c.host, name, c.lit("ts"))
    t += "export const db = drizzle(client, { schema });\n"
    return r.choice(["src/db/client.ts", "src/lib/db.ts", "app/db/index.ts"]), t, "auth-token-jwt"


@tpl(["turso"])
def t_libsql_py(r, c):
    t = "\"\"\"Run pending SQL migrations against the Turso database.\"\"\"\nimport pathlib\n\nimport libsql_client\n\n"
    t += "MIGRATIONS = pathlib.Path(__file__).parent / \"migrations\"\n\n\n"
    t += "def main() -> None:\n    client = libsql_client.create_client_sync(\n        url=\"libsql://%s\",\n        auth_token=%s,\n    )\n" % (c.host, c.lit("py"))
    t += "    with client:\n        for path in sorted(MIGRATIONS.glob(\"*.sql\")):\n            client.batch([s for s in path.read_text().split(\";\") if s.strip()])\n"
    t += "            print(\"applied\", path.name)\n\n\nif __name__ == \"__main__\":\n    main()\n"
    return r.choice(["scripts/migrate_turso.py", "tools/apply_migrations.py"]), t, "auth-token-jwt"


@tpl(["turso"])
def t_turso_wrangler(r, c):
    c.var = "TURSO_AUTH_TOKEN"
    t = "name = \"%s-api\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2024-%02d-%02d\"\n\n" % (c.app, r.randint(1, 12), r.randint(1, 28))
    t += "[vars]\nTURSO_DATABASE_URL = \"libsql://%s\"\nTURSO_AUTH_TOKEN = \"%s\"\nLOG_LEVEL = \"info\"\n" % (c.host, c.f("generic"))
    return "wrangler.toml", t, "auth-token-jwt"


@tpl(["pg", "mysql", "mssql"])
def t_knexfile(r, c):
    client = {"pg": "pg", "mysql": "mysql2", "mssql": "mssql"}[c.fam]
    t = "// Update with your config settings.\n\n/** @type { Object.<string, import(\"knex\").Knex.Config> } */\nmodule.exports = {\n"
    t += "  development: {\n    client: \"%s\",\n    connection: { host: \"127.0.0.1\", database: \"%s_dev\" },\n  },\n\n" % (client, c.app)
    t += "  production: {\n    client: \"%s\",\n    connection: {\n      host: \"%s\",\n      port: %d,\n      database: \"%s\",\n" % (client, c.host, c.port, c.db)
    t += "      user: \"%s\",\n      password: %s,\n    },\n    pool: { min: 2, max: 10 },\n" % (c.user, c.lit("js"))
    t += "    migrations: { tableName: \"knex_migrations\", directory: \"./db/migrations\" },\n  },\n};\n"
    return r.choice(["knexfile.js", "db/knexfile.js"]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_knexfile_ts(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        conn = c.neg.get("ts", "DATABASE_URL")
    else:
        conn = "\"%s\"" % c.url(scheme="postgres" if c.fam == "pg" else "mysql")
    t = "import type { Knex } from \"knex\";\n\nconst config: { [key: string]: Knex.Config } = {\n  %s: {\n" % envname(r)
    t += "    client: \"%s\",\n    connection: %s,\n    migrations: {\n      directory: \"./migrations\",\n      extension: \"ts\",\n    },\n  },\n};\n\nexport default config;\n" % (
        "pg" if c.fam == "pg" else "mysql2", conn)
    return "knexfile.ts", t, "db-password-uri"


@tpl(["pg", "mysql", "mssql", "mongo"])
def t_ormconfig_json(r, c):
    typ = {"pg": "postgres", "mysql": "mysql", "mssql": "mssql", "mongo": "mongodb"}[c.fam]
    pw = c.f("generic")
    d = [("type", typ), ("host", c.host), ("port", c.port), ("username", c.user), ("password", pw), ("database", c.db),
         ("synchronize", False), ("logging", r.choice([False, ["error"]])), ("entities", ["dist/entity/**/*.js"]),
         ("migrations", ["dist/migration/**/*.js"]), ("migrationsTableName", "typeorm_migrations")]
    obj = json.dumps(dict(d), indent=2)
    if r.random() < 0.4:
        obj = json.dumps([dict([("name", "default")] + d)], indent=2)
    return "ormconfig.json", obj + "\n", "db-password-field"


@tpl(["pg", "mysql", "mssql"])
def t_typeorm_datasource(r, c):
    typ = {"pg": "postgres", "mysql": "mysql", "mssql": "mssql"}[c.fam]
    t = "import \"reflect-metadata\";\nimport { DataSource } from \"typeorm\";\nimport { User } from \"./entity/User\";\n\n"
    t += "export const AppDataSource = new DataSource({\n  type: \"%s\",\n  host: \"%s\",\n  port: %d,\n  username: \"%s\",\n  password: %s,\n  database: \"%s\",\n" % (
        typ, c.host, c.port, c.user, c.lit("ts"), c.db)
    t += "  synchronize: false,\n  logging: false,\n  entities: [User],\n  migrations: [\"src/migration/*.ts\"],\n  subscribers: [],\n});\n"
    return r.choice(["src/data-source.ts", "src/db/data-source.ts"]), t, "db-password-field"


@tpl(["pg", "mysql", "mssql"])
def t_sequelize_config(r, c):
    dia = c.dialect()
    env = {"username": c.user, "password": c.f("generic"), "database": c.db, "host": c.host, "port": c.port, "dialect": dia}
    if r.random() < 0.5:
        env["dialectOptions"] = {"ssl": {"require": True, "rejectUnauthorized": False}}
    d = {"development": {"username": "root", "password": None, "database": c.app + "_development", "host": "127.0.0.1", "dialect": dia},
         "test": {"username": "root", "password": None, "database": c.app + "_test", "host": "127.0.0.1", "dialect": dia},
         "production": env}
    return "config/config.json", json.dumps(d, indent=2) + "\n", "db-password-field"


@tpl(["pg", "mysql", "mssql"])
def t_sequelize_ctor(r, c):
    t = "'use strict';\n\nconst { Sequelize } = require('sequelize');\n\n"
    t += "const sequelize = new Sequelize('%s', '%s', %s, {\n  host: '%s',\n  port: %d,\n  dialect: '%s',\n  logging: false,\n});\n\n" % (
        c.db, c.user, c.lit("js", "'"), c.host, c.port, c.dialect())
    t += "module.exports = sequelize;\n"
    return r.choice(["src/db/sequelize.js", "models/connection.js", "lib/sequelize.js"]), t, "db-password-positional"


@tpl(["pg", "mysql", "mongo"])
def t_mikroorm(r, c):
    drv = {"pg": ("PostgreSqlDriver", "@mikro-orm/postgresql"), "mysql": ("MySqlDriver", "@mikro-orm/mysql"),
           "mongo": ("MongoDriver", "@mikro-orm/mongodb")}[c.fam]
    t = "import { defineConfig } from \"@mikro-orm/core\";\nimport { %s } from \"%s\";\nimport { Migrator } from \"@mikro-orm/migrations\";\n\n" % drv
    t += "export default defineConfig({\n  driver: %s,\n  entities: [\"./dist/entities\"],\n  entitiesTs: [\"./src/entities\"],\n" % drv[0]
    if c.fam == "mongo" or r.random() < 0.4:
        if c.is_expr():
            c.var = "MIKRO_ORM_CLIENT_URL"
            t += "  clientUrl: %s,\n" % c.neg.get("ts", c.var)
        else:
            t += "  clientUrl: \"%s\",\n" % c.url()
        kind = "db-password-uri"
    else:
        t += "  host: \"%s\",\n  port: %d,\n  user: \"%s\",\n  password: %s,\n  dbName: \"%s\",\n" % (c.host, c.port, c.user, c.lit("ts"), c.db)
        kind = "db-password-field"
    t += "  extensions: [Migrator],\n  migrations: { path: \"./dist/migrations\", pathTs: \"./src/migrations\" },\n});\n"
    return "mikro-orm.config.ts", t, kind


@tpl(["mongo"])
def t_migrate_mongo(r, c):
    if c.is_expr():
        c.var = "MONGODB_URI"
        u = c.neg.get("js", "MONGODB_URI")
    else:
        u = "\"%s\"" % c.url()
    t = "// In this file you can configure migrate-mongo\n\nconst config = {\n  mongodb: {\n    url: %s,\n" % u
    t += "    databaseName: \"%s\",\n    options: {\n      // connectTimeoutMS: 3600000,\n    },\n  },\n" % c.db
    t += "  migrationsDir: \"migrations\",\n  changelogCollectionName: \"changelog\",\n  migrationFileExtension: \".js\",\n"
    t += "  useFileHash: false,\n  moduleSystem: \"commonjs\",\n};\n\nmodule.exports = config;\n"
    return "migrate-mongo-config.js", t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_rails_dbyml(r, c):
    adapter = "postgresql" if c.fam == "pg" else r.choice(["mysql2", "trilogy"])
    c.var = "%s_DATABASE_PASSWORD" % c.app.upper()
    t = "default: &default\n  adapter: %s\n  encoding: %s\n  pool: <%%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %%>\n\n" % (
        adapter, "unicode" if c.fam == "pg" else "utf8mb4")
    t += "development:\n  <<: *default\n  database: %s_development\n\ntest:\n  <<: *default\n  database: %s_test\n\n" % (c.app, c.app)
    if r.random() < 0.5:
        t += "production:\n  <<: *default\n  database: %s\n  username: %s\n  password: %s\n  host: %s\n  port: %d\n" % (
            c.db, c.user, (lambda v: v if v.startswith("<%") else yq(v))(c.f("erb")), c.host, c.port)
        kind = "db-password-field"
    else:
        if c.is_expr():
            c.var = "DATABASE_URL"
            uv = c.neg.get("erb", "DATABASE_URL")
        else:
            uv = c.url(scheme="postgres" if c.fam == "pg" else adapter)
        t += "production:\n  <<: *default\n  url: %s\n" % (uv if uv.startswith("<%") else yq(uv))
        kind = "db-password-uri"
    return "config/database.yml", t, kind


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_django_settings(r, c):
    eng = {"pg": "django.db.backends.postgresql", "mysql": "django.db.backends.mysql", "mssql": "mssql",
           "oracle": "django.db.backends.oracle"}[c.fam]
    t = "from pathlib import Path\nimport os\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\n"
    t += "DEBUG = os.environ.get(\"DJANGO_DEBUG\", \"0\") == \"1\"\nALLOWED_HOSTS = [\"%s.internal\", \"localhost\"]\n\n" % c.app
    t += "INSTALLED_APPS = [\n    \"django.contrib.contenttypes\",\n    \"django.contrib.auth\",\n    \"%s\",\n]\n\n" % c.app
    t += "DATABASES = {\n    \"default\": {\n        \"ENGINE\": \"%s\",\n        \"NAME\": \"%s\",\n        \"USER\": \"%s\",\n" % (eng, c.db, c.user)
    t += "        \"PASSWORD\": %s,\n        \"HOST\": \"%s\",\n        \"PORT\": \"%d\",\n        \"CONN_MAX_AGE\": 60,\n    }\n}\n\n" % (
        c.lit("py"), c.host, c.port)
    t += "MIGRATION_MODULES = {\"%s\": \"%s.db_migrations\"}\nUSE_TZ = True\n" % (c.app, c.app)
    return r.choice(["config/settings/production.py", "%s/settings.py" % c.app, "settings/prod.py"]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_django_dburl(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        dflt = ""
        line = "DATABASES = {\"default\": dj_database_url.config(default=%s, conn_max_age=600)}\n" % c.neg.get("py", "DATABASE_URL")
    else:
        line = "DATABASES = {\n    \"default\": dj_database_url.config(\n        default=\"%s\",\n        conn_max_age=600,\n    )\n}\n" % c.url(
            scheme="postgres" if c.fam == "pg" else "mysql")
    t = "import os\n\nimport dj_database_url\n\nfrom .base import *  # noqa\n\n" + line
    t += "\nSECURE_SSL_REDIRECT = True\nCSRF_TRUSTED_ORIGINS = [\"https://%s.%s.io\"]\n" % (c.app, r.choice(["acme", "northwind", "contoso"]))
    return r.choice(["config/settings/production.py", "settings/deploy.py"]), t, "db-password-uri"


@tpl(["pg", "mysql", "mssql"])
def t_laravel_dbphp(r, c):
    drv = {"pg": "pgsql", "mysql": "mysql", "mssql": "sqlsrv"}[c.fam]
    if c.is_expr():
        pwline = "'password' => %s," % c.neg.get("php", "DB_PASSWORD")
    else:
        pwline = "'password' => env('DB_PASSWORD', %s)," % c.lit("php", "'")
    t = "<?php\n\nuse Illuminate\\Support\\Str;\n\nreturn [\n\n    'default' => env('DB_CONNECTION', '%s'),\n\n    'connections' => [\n\n" % drv
    t += "        '%s' => [\n            'driver' => '%s',\n            'url' => env('DB_URL'),\n" % (drv, drv)
    t += "            'host' => env('DB_HOST', '%s'),\n            'port' => env('DB_PORT', '%d'),\n" % (c.host, c.port)
    t += "            'database' => env('DB_DATABASE', '%s'),\n            'username' => env('DB_USERNAME', '%s'),\n" % (c.db, c.user)
    t += "            %s\n            'charset' => 'utf8',\n            'prefix' => '',\n            'prefix_indexes' => true,\n        ],\n\n    ],\n\n" % pwline
    t += "    'migrations' => [\n        'table' => 'migrations',\n        'update_date_on_publish' => true,\n    ],\n\n];\n"
    return "config/database.php", t, "db-password-field"


@tpl(["pg", "mysql"])
def t_doctrine_yaml(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        uv = "'%env(resolve:DATABASE_URL)%'"
    else:
        uv = "'%s'" % c.url(scheme="postgresql" if c.fam == "pg" else "mysql",
                            params="serverVersion=%s&charset=utf8" % ("16" if c.fam == "pg" else "8.0.32"))
    t = "doctrine:\n    dbal:\n        url: %s\n        profiling_collect_backtrace: '%%kernel.debug%%'\n" % uv
    t += "    orm:\n        auto_generate_proxy_classes: true\n        enable_lazy_ghost_objects: true\n        auto_mapping: true\n"
    t += "        mappings:\n            App:\n                type: attribute\n                is_bundle: false\n                dir: '%kernel.project_dir%/src/Entity'\n                prefix: 'App\\Entity'\n                alias: App\n"
    return "config/packages/doctrine.yaml", t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_dotenv_diesel(r, c):
    t = "DATABASE_URL=%s\nRUST_LOG=info,diesel=warn\n" % c.url(scheme="postgres" if c.fam == "pg" else "mysql", params="")
    return r.choice([".env", ".env.local"]), t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_rust_sqlx(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        arg = c.neg.get("rs", "DATABASE_URL")
    else:
        arg = "\"%s\"" % c.url(scheme="postgres" if c.fam == "pg" else "mysql")
    pool = "PgPoolOptions" if c.fam == "pg" else "MySqlPoolOptions"
    mod = "postgres" if c.fam == "pg" else "mysql"
    if r.random() < 0.5:
        t = "use sqlx::%s::%s;\n\n#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> {\n" % (mod, pool)
        t += "    let pool = %s::new()\n        .max_connections(5)\n        .connect(%s)\n        .await?;\n\n" % (pool, arg)
        t += "    sqlx::migrate!(\"./migrations\").run(&pool).await?;\n    println!(\"migrations applied\");\n    Ok(())\n}\n"
        return r.choice(["src/bin/migrate.rs", "migrate/src/main.rs"]), t, "db-password-uri"
    t = "use sea_orm::{Database, DatabaseConnection, DbErr};\nuse sea_orm_migration::MigratorTrait;\n\nuse crate::migrator::Migrator;\n\n"
    t += "pub async fn connect_and_migrate() -> Result<DatabaseConnection, DbErr> {\n    let db = Database::connect(%s).await?;\n" % arg
    t += "    Migrator::up(&db, None).await?;\n    Ok(db)\n}\n"
    return "src/db.rs", t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_ecto_dev(r, c):
    adapter = "Postgres" if c.fam == "pg" else "MyXQL"
    mod = cap(c.app)
    t = "import Config\n\n# Configure your database\nconfig :%s, %s.Repo,\n  username: \"%s\",\n  password: %s,\n" % (c.app, mod, c.user, c.lit("ex"))
    t += "  hostname: \"%s\",\n  port: %d,\n  database: \"%s\",\n  stacktrace: true,\n  show_sensitive_data_on_connection_error: true,\n  pool_size: 10\n\n" % (
        c.host, c.port, c.db)
    t += "config :%s, %sWeb.Endpoint,\n  http: [ip: {127, 0, 0, 1}, port: 4000],\n  check_origin: false,\n  debug_errors: true\n" % (c.app, mod)
    return r.choice(["config/dev.exs", "config/staging.exs"]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_ecto_runtime(r, c):
    mod = cap(c.app)
    if c.is_expr():
        c.var = "DATABASE_URL"
        dflt = "raise \"environment variable DATABASE_URL is missing.\""
        urlexpr = "System.get_env(\"DATABASE_URL\") ||\n      raise \"\"\"\n      environment variable DATABASE_URL is missing.\n      \"\"\""
    else:
        urlexpr = "System.get_env(\"DATABASE_URL\") ||\n      \"%s\"" % c.url(scheme="ecto", params="")
    t = "import Config\n\nif config_env() == :prod do\n  database_url =\n    %s\n\n" % urlexpr
    t += "  config :%s, %s.Repo,\n    ssl: true,\n    url: database_url,\n    pool_size: String.to_integer(System.get_env(\"POOL_SIZE\") || \"10\")\nend\n" % (c.app, mod)
    return "config/runtime.exs", t, "db-password-uri"


@tpl(["mssql", "pg", "mysql"])
def t_efcore_appsettings(r, c):
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.EntityFrameworkCore.Database.Command": "Warning"}},
         "ConnectionStrings": {r.choice(["Default", "DefaultConnection", cap(c.app) + "Db", "Main"]): c.ado("generic")},
         "AllowedHosts": "*"}
    return r.choice(["appsettings.json", "appsettings.Production.json", "src/%s.Api/appsettings.json" % cap(c.app)]), json.dumps(d, indent=2) + "\n", "db-password-connstring"


@tpl(["mssql", "pg"])
def t_efcore_cli(r, c):
    c.var = r.choice(["DB_PASSWORD", "EF_DB_PASSWORD"])
    cs = c.ado("sh")
    t = "#!/usr/bin/env bash\n# Apply EF Core migrations to %s (run from repo root)\nset -euo pipefail\n\n" % envname(r)
    t += "dotnet tool restore\ndotnet ef database update \\\n  --project src/%s.Infrastructure \\\n  --startup-project src/%s.Api \\\n" % (cap(c.app), cap(c.app))
    t += "  --connection \"%s\"\n" % cs
    return r.choice(["scripts/ef-update.sh", "deploy/apply-migrations.sh"]), t, "db-password-connstring"


@tpl(["mssql", "pg"])
def t_efcore_dbcontext(r, c):
    use = "UseSqlServer" if c.fam == "mssql" else "UseNpgsql"
    if c.is_expr():
        arg = c.neg.get("cs", "ConnectionStrings__Default")
    else:
        arg = "\"%s\"" % c.ado("cs")
    ns = cap(c.app)
    t = "using Microsoft.EntityFrameworkCore;\nusing Microsoft.EntityFrameworkCore.Design;\n\nnamespace %s.Infrastructure;\n\n" % ns
    t += "public class %sDbContextFactory : IDesignTimeDbContextFactory<%sDbContext>\n{\n" % (ns, ns)
    t += "    public %sDbContext CreateDbContext(string[] args)\n    {\n        var options = new DbContextOptionsBuilder<%sDbContext>()\n" % (ns, ns)
    t += "            .%s(%s)\n            .Options;\n\n        return new %sDbContext(options);\n    }\n}\n" % (use, arg, ns)
    return "src/%s.Infrastructure/%sDbContextFactory.cs" % (ns, ns), t, "db-password-connstring"


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_persistence_xml(r, c):
    pw = xe(c.f("spring"))
    t = '<?xml version="1.0" encoding="UTF-8"?>\n<persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence"\n'
    t += '             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
    t += '             xsi:schemaLocation="https://jakarta.ee/xml/ns/persistence https://jakarta.ee/xml/ns/persistence/persistence_3_0.xsd">\n'
    t += '  <persistence-unit name="%s-pu" transaction-type="RESOURCE_LOCAL">\n    <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>\n' % c.app
    t += '    <class>com.%s.domain.Customer</class>\n    <class>com.%s.domain.Invoice</class>\n    <properties>\n' % (c.app, c.app)
    t += '      <property name="jakarta.persistence.jdbc.driver" value="%s"/>\n' % driver_cls(c)
    t += '      <property name="jakarta.persistence.jdbc.url" value="%s"/>\n' % xe(c.jdbc())
    t += '      <property name="jakarta.persistence.jdbc.user" value="%s"/>\n' % c.user
    t += '      <property name="jakarta.persistence.jdbc.password" value="%s"/>\n' % pw
    t += '      <property name="hibernate.hbm2ddl.auto" value="validate"/>\n      <property name="hibernate.show_sql" value="false"/>\n'
    t += '    </properties>\n  </persistence-unit>\n</persistence>\n'
    return "src/main/resources/META-INF/persistence.xml", t, "db-password-field"


@tpl(["pg", "mysql", "oracle"])
def t_hibernate_cfg(r, c):
    pw = xe(c.f("spring"))
    t = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE hibernate-configuration PUBLIC\n        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"\n'
    t += '        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">\n<hibernate-configuration>\n  <session-factory>\n'
    t += '    <property name="hibernate.connection.driver_class">%s</property>\n' % driver_cls(c)
    t += '    <property name="hibernate.connection.url">%s</property>\n' % xe(c.jdbc())
    t += '    <property name="hibernate.connection.username">%s</property>\n' % c.user
    t += '    <property name="hibernate.connection.password">%s</property>\n' % pw
    t += '    <property name="hibernate.hbm2ddl.auto">validate</property>\n    <property name="hibernate.connection.pool_size">10</property>\n'
    t += '    <mapping class="com.%s.model.Account"/>\n  </session-factory>\n</hibernate-configuration>\n' % c.app
    return "src/main/resources/hibernate.cfg.xml", t, "db-password-field"


@tpl(["pg", "mysql", "oracle", "mssql"])
def t_mybatis_config(r, c):
    pw = xe(c.f("spring"))
    t = '<?xml version="1.0" encoding="UTF-8" ?>\n<!DOCTYPE configuration\n  PUBLIC "-//mybatis.org//DTD Config 3.0//EN"\n  "https://mybatis.org/dtd/mybatis-3-config.dtd">\n'
    t += '<configuration>\n  <settings>\n    <setting name="mapUnderscoreToCamelCase" value="true"/>\n  </settings>\n'
    t += '  <environments default="%s">\n    <environment id="%s">\n      <transactionManager type="JDBC"/>\n      <dataSource type="POOLED">\n' % (
        envname(r), "production")
    t += '        <property name="driver" value="%s"/>\n        <property name="url" value="%s"/>\n' % (driver_cls(c), xe(c.jdbc()))
    t += '        <property name="username" value="%s"/>\n        <property name="password" value="%s"/>\n' % (c.user, pw)
    t += '      </dataSource>\n    </environment>\n  </environments>\n  <mappers>\n    <mapper resource="mappers/OrderMapper.xml"/>\n  </mappers>\n</configuration>\n'
    return "src/main/resources/mybatis-config.xml", t, "db-password-field"


@tpl(["pg", "mysql", "oracle"])
def t_mybatis_generator(r, c):
    pw = xe(c.f("spring"))
    t = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE generatorConfiguration\n  PUBLIC "-//mybatis.org//DTD MyBatis Generator Configuration 1.0//EN"\n'
    t += '  "http://mybatis.org/dtd/mybatis-generator-config_1_0.dtd">\n<generatorConfiguration>\n  <context id="%s" targetRuntime="MyBatis3DynamicSql">\n' % c.app
    t += '    <jdbcConnection driverClass="%s"\n        connectionURL="%s"\n        userId="%s"\n        password="%s">\n    </jdbcConnection>\n' % (
        driver_cls(c), xe(c.jdbc()), c.user, pw)
    t += '    <javaModelGenerator targetPackage="com.%s.model" targetProject="src/main/java"/>\n' % c.app
    t += '    <javaClientGenerator targetPackage="com.%s.mapper" targetProject="src/main/java"/>\n' % c.app
    t += '    <table tableName="%"/>\n  </context>\n</generatorConfiguration>\n'
    return "src/main/resources/generatorConfig.xml", t, "db-password-field"


@tpl(["pg", "mysql", "oracle"])
def t_jooq_xml(r, c):
    pw = xe(c.f("spring"))
    dbn = {"pg": "org.jooq.meta.postgres.PostgresDatabase", "mysql": "org.jooq.meta.mysql.MySQLDatabase",
           "oracle": "org.jooq.meta.oracle.OracleDatabase"}[c.fam]
    t = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<configuration xmlns="http://www.jooq.org/xsd/jooq-codegen-3.19.0.xsd">\n'
    t += '  <jdbc>\n    <driver>%s</driver>\n    <url>%s</url>\n    <user>%s</user>\n    <password>%s</password>\n  </jdbc>\n' % (
        driver_cls(c), xe(c.jdbc()), c.user, pw)
    t += '  <generator>\n    <database>\n      <name>%s</name>\n      <inputSchema>%s</inputSchema>\n' % (dbn, schema_of(c))
    t += '      <excludes>flyway_schema_history</excludes>\n    </database>\n    <target>\n'
    t += '      <packageName>com.%s.jooq</packageName>\n      <directory>target/generated-sources/jooq</directory>\n    </target>\n  </generator>\n</configuration>\n' % c.app
    return r.choice(["jooq-codegen.xml", "src/main/resources/jooq-config.xml"]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_jooq_kts(r, c):
    t = "import org.jooq.meta.jaxb.Logging\n\nplugins {\n    kotlin(\"jvm\") version \"1.9.24\"\n    id(\"nu.studer.jooq\") version \"9.0\"\n}\n\n"
    t += "jooq {\n    configurations {\n        create(\"main\") {\n            jooqConfiguration.apply {\n                logging = Logging.WARN\n"
    t += "                jdbc.apply {\n                    driver = \"%s\"\n                    url = \"%s\"\n                    user = \"%s\"\n                    password = %s\n                }\n" % (
        driver_cls(c), c.jdbc(), c.user, c.lit("kt"))
    t += "                generator.apply {\n                    name = \"org.jooq.codegen.KotlinGenerator\"\n                    target.apply {\n"
    t += "                        packageName = \"com.%s.db\"\n                    }\n                }\n            }\n        }\n    }\n}\n" % c.app
    return "build.gradle.kts", t, "db-password-field"


@tpl(["mysql"])
def t_ghost(r, c):
    c.var = "GHOST_PASSWORD"
    tbl = r.choice(["orders", "line_items", "events", "sessions", "payments"])
    t = "#!/usr/bin/env bash\n# Online schema change for %s.%s (ticket DBA-%d)\nset -euo pipefail\n\n" % (c.db, tbl, r.randint(100, 9999))
    t += "gh-ost \\\n  --host=%s \\\n  --port=%d \\\n  --user=%s \\\n  --password='%s' \\\n" % (c.host, c.port, c.user, c.f("sh"))
    t += "  --database=%s \\\n  --table=%s \\\n  --alter=\"ADD COLUMN archived_at DATETIME NULL, ADD INDEX idx_archived_at (archived_at)\" \\\n" % (c.db, tbl)
    t += "  --allow-on-master \\\n  --chunk-size=1000 \\\n  --max-load=Threads_running=25 \\\n  --cut-over=default \\\n  --exact-rowcount \\\n  --verbose \\\n  --execute\n"
    return r.choice(["dba/ghost-%s.sh" % tbl, "ops/schema/ghost_%s.sh" % tbl]), t, "db-password-cli"


@tpl(["mysql"])
def t_ptosc(r, c):
    tbl = r.choice(["users", "invoices", "audit_log", "shipments"])
    pw = c.f("sh")
    t = "# %s\n\n" % r.choice(["Runbook: add index on %s" % tbl, "Schema change %s" % tbl])
    t += "Dry run first, then execute during the low-traffic window.\n\n```bash\n"
    t += "pt-online-schema-change \\\n  --alter \"ADD INDEX idx_created_at (created_at)\" \\\n  --max-load Threads_running=50 \\\n"
    t += "  --critical-load Threads_running=200 \\\n  --chunk-size 2000 \\\n  D=%s,t=%s,h=%s,P=%d,u=%s,p=%s \\\n  --execute\n```\n" % (
        c.db, tbl, c.host, c.port, c.user, pw)
    t += "\nAfter the copy finishes, confirm the trigger cleanup with `SHOW TRIGGERS LIKE '%s'`.\n" % tbl
    return r.choice(["docs/runbooks/pt-osc-%s.md" % tbl, "dba/pt-osc.md"]), t, "db-password-cli"


@tpl(["mysql"])
def t_skeema(r, c):
    t = "generator=skeema:1.%d.%d-community\ndefault-character-set=utf8mb4\ndefault-collation=utf8mb4_0900_ai_ci\n\n" % (r.randint(10, 12), r.randint(0, 3))
    t += "[%s]\nflavor=mysql:8.0\nhost=%s\nport=%d\nuser=%s\npassword=%s\nschema=%s\n" % (envname(r), c.host, c.port, c.user, c.f("generic"), c.db)
    t += "\n[development]\nflavor=mysql:8.0\nhost=127.0.0.1\nport=3306\nuser=root\n"
    return r.choice([".skeema", "schemas/%s/.skeema" % c.app]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_bytebase_tf(r, c):
    c.var = "db_password"
    eng = "POSTGRES" if c.fam == "pg" else "MYSQL"
    t = "terraform {\n  required_providers {\n    bytebase = {\n      source  = \"registry.terraform.io/bytebase/bytebase\"\n      version = \"3.%d.0\"\n    }\n  }\n}\n\n" % r.randint(1, 8)
    t += "resource \"bytebase_instance\" \"%s\" {\n  resource_id = \"%s-%s\"\n  environment = \"environments/%s\"\n  title       = \"%s %s\"\n  engine      = \"%s\"\n\n" % (
        c.app, c.app, envname(r), envname(r), cap(c.app), eng.lower(), eng)
    t += "  data_sources {\n    id       = \"admin data source\"\n    type     = \"ADMIN\"\n    host     = \"%s\"\n    port     = \"%d\"\n" % (c.host, c.port)
    t += "    username = \"%s\"\n    password = %s\n  }\n}\n" % (c.user, c.lit("tf"))
    return r.choice(["infra/bytebase/instances.tf", "terraform/bytebase.tf"]), t, "db-password-field"


@tpl(["mysql"])
def t_planetscale_node(r, c):
    if c.flname != "planetscale":
        c.__init__(r, "planetscale", c.app, c.neg)
    t = "import { connect } from \"@planetscale/database\";\n\nexport const conn = connect({\n"
    t += "  host: \"%s\",\n  username: \"%s\",\n  password: %s,\n});\n\n" % (c.host, c.user, c.lit("ts"))
    t += "export async function pendingMigrations() {\n  const res = await conn.execute(\"SELECT name FROM schema_migrations ORDER BY name DESC LIMIT 5\");\n  return res.rows;\n}\n"
    return r.choice(["src/lib/planetscale.ts", "lib/db.ts"]), t, "db-password-field"


@tpl(["sr"])
def t_sr_properties(r, c):
    t = "# Kafka client + Schema Registry (Confluent Cloud)\nbootstrap.servers=pkc-%s.%s.aws.confluent.cloud:9092\n" % (rs(r, LOWNUM, 5), r.choice(REGIONS))
    t += "security.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n"
    t += "schema.registry.url=https://%s\nbasic.auth.credentials.source=USER_INFO\n" % c.host
    t += "basic.auth.user.info=%s:%s\n" % (c.user, c.f("generic"))
    t += "key.serializer=org.apache.kafka.common.serialization.StringSerializer\nvalue.serializer=io.confluent.kafka.serializers.KafkaAvroSerializer\n"
    return r.choice(["client.properties", "config/schema-registry.properties", "src/main/resources/kafka.properties"]), t, "sr-api-secret"


@tpl(["sr"])
def t_sr_python(r, c):
    c.var = "SR_API_SECRET"
    if c.is_expr():
        info = 'f"%s:{%s}"' % (c.user, c.neg.get("py", c.var).replace('"', "'"))
    else:
        info = '"%s:%s"' % (c.user, c.f("generic"))
    t = "import os\n\nfrom confluent_kafka.schema_registry import SchemaRegistryClient\nfrom confluent_kafka.schema_registry.avro import AvroSerializer\n\n"
    t += "sr = SchemaRegistryClient(\n    {\n        \"url\": \"https://%s\",\n        \"basic.auth.user.info\": %s,\n    }\n)\n\n" % (c.host, info)
    t += "with open(\"schemas/%s_event.avsc\") as fh:\n    value_serializer = AvroSerializer(sr, fh.read())\n" % c.app
    return r.choice(["producer/registry.py", "app/kafka/schema_registry.py"]), t, "sr-api-secret"


@tpl(["sr"])
def t_sr_spring(r, c):
    c.var = "SCHEMA_REGISTRY_SECRET"
    t = "spring:\n  kafka:\n    bootstrap-servers: pkc-%s.%s.aws.confluent.cloud:9092\n    properties:\n" % (rs(r, LOWNUM, 5), r.choice(REGIONS))
    t += "      schema.registry.url: https://%s\n      basic.auth.credentials.source: USER_INFO\n" % c.host
    t += "      basic.auth.user.info: %s\n" % yq("%s:%s" % (c.user, c.f("spring")))
    t += "    producer:\n      value-serializer: io.confluent.kafka.serializers.KafkaAvroSerializer\n"
    return "src/main/resources/application.yml", t, "sr-api-secret"


@tpl(["sr"])
def t_sr_compose(r, c):
    c.var = "SR_API_SECRET"
    t = "services:\n  connect:\n    image: confluentinc/cp-kafka-connect:7.%d.0\n    environment:\n" % r.randint(4, 7)
    t += "      CONNECT_VALUE_CONVERTER: io.confluent.connect.avro.AvroConverter\n"
    t += "      CONNECT_VALUE_CONVERTER_SCHEMA_REGISTRY_URL: https://%s\n" % c.host
    t += "      CONNECT_VALUE_CONVERTER_BASIC_AUTH_CREDENTIALS_SOURCE: USER_INFO\n"
    t += "      CONNECT_VALUE_CONVERTER_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO: \"%s:%s\"\n" % (c.user, c.f("generic"))
    t += "      CONNECT_GROUP_ID: %s-connect\n" % c.app
    return r.choice(["docker-compose.connect.yml", "deploy/connect/compose.yaml"]), t, "sr-api-secret"


@tpl(["pg", "mysql", "mssql", "oracle"])
def t_sql_create_user(r, c):
    role = r.choice(["%s_app" % c.app, "%s_readonly" % c.app, "reporting", "migrator"])
    pw = c.f("generic")
    v = ts14(r)
    if c.fam == "pg":
        body = "CREATE ROLE %s WITH LOGIN PASSWORD '%s';\nGRANT CONNECT ON DATABASE %s TO %s;\nGRANT USAGE ON SCHEMA public TO %s;\n" % (role, pw, c.db, role, role)
        body += "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %s;\n" % role
    elif c.fam == "mysql":
        body = "CREATE USER IF NOT EXISTS '%s'@'%%' IDENTIFIED BY '%s';\nGRANT SELECT, INSERT, UPDATE, DELETE ON %s.* TO '%s'@'%%';\n" % (role, pw, c.db, role)
    elif c.fam == "mssql":
        body = "CREATE LOGIN [%s] WITH PASSWORD = N'%s', CHECK_POLICY = ON;\nGO\nCREATE USER [%s] FOR LOGIN [%s];\nALTER ROLE db_datareader ADD MEMBER [%s];\nGO\n" % (
            role, pw, role, role, role)
    else:
        body = "CREATE USER %s IDENTIFIED BY \"%s\";\nGRANT CREATE SESSION TO %s;\nGRANT SELECT ANY TABLE TO %s;\n" % (role.upper(), pw, role.upper(), role.upper())
    t = "-- %s\n-- author: %s\n\n" % (r.choice(["Create application role", "Service account for the %s API" % c.app, "Read-only role for BI"]), r.choice(PEOPLE))
    path = r.choice(["db/migration/V%d__create_%s_role.sql" % (r.randint(2, 90), c.app), "migrations/%s_create_roles.up.sql" % v,
                     "deploy/roles.sql", "sql/%s_app_user.sql" % v[:8]])
    return path, t + body, "db-password-sql"


@tpl(["oracle"])
def t_sqlplus(r, c):
    t = "#!/bin/bash\n# Apply a release script with SQL*Plus\nset -e\nRELEASE=${1:?release id}\n\n"
    t += "sqlplus -s %s/\"%s\"@//%s:%d/%s @releases/${RELEASE}/apply.sql\n" % (c.user, c.f("sh"), c.host, c.port, c.db)
    t += "echo \"release ${RELEASE} applied\"\n"
    return r.choice(["scripts/apply_release.sh", "db/oracle/run.sh"]), t, "db-password-cli"


@tpl(["pg"])
def t_runbook_psql(r, c):
    c.var = "PGPASSWORD"
    t = "# Manual migration runbook (%s)\n\n1. Announce in #%s-ops.\n2. Take a snapshot.\n3. Connect and apply:\n\n```sh\n" % (envname(r), c.app)
    t += "export PGPASSWORD='%s'\npsql -h %s -p %d -U %s -d %s -v ON_ERROR_STOP=1 -f migrations/%s_backfill.sql\n```\n" % (
        c.f("sh"), c.host, c.port, c.user, c.db, ts14(r))
    t += "\n4. Verify row counts and close the change ticket.\n"
    return r.choice(["docs/runbooks/manual-migration.md", "RUNBOOK.md", "docs/db/backfill.md"]), t, "db-password-field"


@tpl(["pg"])
def t_cockroach_md(r, c):
    if c.flname not in ("cockroach",):
        c.__init__(r, "cockroach", c.app, c.neg)
    t = "## Connecting to the %s cluster\n\nMigrations run with `cockroach sql` before each deploy:\n\n```\n" % c.app
    t += "cockroach sql --url \"%s\" < schema/%s.sql\n```\n\nUse `SHOW JOBS` to follow schema changes.\n" % (c.url(), ts14(r))
    return r.choice(["docs/setup.md", "docs/cockroach.md", "README.md"]), t, "db-password-uri"


@tpl(["ch"])
def t_clickhouse_migrate(r, c):
    t = "# ClickHouse schema migrations (clickhouse-migrations)\nCH_MIGRATIONS_HOST=https://%s:8443\nCH_MIGRATIONS_USER=%s\n" % (c.host, c.user)
    t += "CH_MIGRATIONS_PASSWORD=%s\nCH_MIGRATIONS_DB=%s\nCH_MIGRATIONS_HOME=./migrations\n" % (c.f("generic"), c.db)
    return r.choice(["clickhouse/migrations.env.sh", "deploy/clickhouse.conf"]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_psycopg_script(r, c):
    mod = "psycopg" if c.fam == "pg" else "pymysql"
    kw = ("dbname", "user", "password") if c.fam == "pg" else ("database", "user", "password")
    t = "\"\"\"One-off backfill that runs after migration %s.\"\"\"\nimport %s\n\n\ndef main():\n" % (ts14(r), mod)
    t += "    conn = %s.connect(\n        host=\"%s\",\n        port=%d,\n        %s=\"%s\",\n        %s=\"%s\",\n        %s=%s,\n    )\n" % (
        mod, c.host, c.port, kw[0], c.db, kw[1], c.user, kw[2], c.lit("py"))
    t += "    with conn, conn.cursor() as cur:\n        cur.execute(\"UPDATE orders SET region = 'eu' WHERE region IS NULL\")\n        print(cur.rowcount, \"rows updated\")\n\n\nif __name__ == \"__main__\":\n    main()\n"
    return r.choice(["scripts/backfill_regions.py", "tools/oneoff/fix_regions.py"]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_dockerfile(r, c):
    c.var = "FLYWAY_PASSWORD"
    t = "FROM flyway/flyway:10-alpine\n\nCOPY sql/ /flyway/sql/\n\nENV FLYWAY_URL=%s \\\n    FLYWAY_USER=%s \\\n    FLYWAY_PASSWORD=%s \\\n    FLYWAY_CONNECT_RETRIES=10\n\nCMD [\"migrate\"]\n" % (
        c.jdbc(), c.user, c.f("generic"))
    return r.choice(["Dockerfile", "db/Dockerfile.migrate", "docker/migrate/Dockerfile"]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_helm_values(r, c):
    t = "image:\n  repository: registry.internal/%s/api\n  tag: \"1.%d.%d\"\n\nmigrations:\n  enabled: true\n  tool: %s\n  db:\n" % (
        c.app, r.randint(0, 40), r.randint(0, 9), r.choice(["flyway", "liquibase", "goose", "dbmate"]))
    t += "    host: %s\n    port: %d\n    name: %s\n    user: %s\n    password: %s\n" % (c.host, c.port, c.db, c.user, yq(c.f("helm")))
    t += "\nresources:\n  requests:\n    cpu: 100m\n    memory: 128Mi\n"
    return r.choice(["deploy/values.yaml", "charts/%s/values-%s.yaml" % (c.app, envname(r))]), t, "db-password-field"


@tpl(["pg", "mysql"])
def t_tf_rds(r, c):
    c.var = "db_master_password"
    eng = "postgres" if c.fam == "pg" else "mysql"
    t = "resource \"aws_db_instance\" \"%s\" {\n  identifier          = \"%s-%s\"\n  engine              = \"%s\"\n  engine_version      = \"%s\"\n" % (
        c.app, c.app, envname(r), eng, "16.3" if eng == "postgres" else "8.0.36")
    t += "  instance_class      = \"db.t4g.medium\"\n  allocated_storage   = 50\n  db_name             = \"%s\"\n  username            = \"%s\"\n  password            = %s\n" % (
        c.db, c.user, c.lit("tf"))
    t += "  skip_final_snapshot = false\n  deletion_protection = true\n}\n"
    return r.choice(["infra/rds.tf", "terraform/database.tf"]), t, "db-password-field"


@tpl(["pg", "mysql", "mongo"])
def t_tenants_csv(r, c):
    rows = ["tenant_id,region,schema_version,dsn"]
    k = r.randint(0, 2)
    for i in range(3):
        tid = "t_%s" % rs(r, LOWNUM, 6)
        if i == k:
            rows.append("%s,%s,%d,%s" % (tid, r.choice(REGIONS), r.randint(40, 90), c.url(scheme="postgres" if c.fam == "pg" else None)))
        else:
            rows.append("%s,%s,%d,vault:tenants/%s/dsn" % (tid, r.choice(REGIONS), r.randint(40, 90), tid))
    return r.choice(["config/tenants.csv", "migrations/tenants.csv"]), "\n".join(rows) + "\n", "db-password-uri"


@tpl(["pg", "mysql"])
def t_migrate_log(r, c):
    ts = "2024-%02d-%02dT%02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    t = "%s.101Z INFO  migrate: reading migrations from ./migrations (42 files)\n" % ts
    t += "%s.233Z INFO  migrate: connecting to %s\n" % (ts, c.url(scheme="postgres" if c.fam == "pg" else "mysql"))
    t += "%s.912Z ERROR migrate: dial tcp %s: i/o timeout\n%s.913Z INFO  migrate: retrying in 5s (attempt 2/5)\n" % (ts, c.hostport(), ts)
    return r.choice(["logs/migrate.log", "ci-artifacts/db-migrate.log"]), t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_go_migrate(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        arg = c.neg.get("go", "DATABASE_URL")
    else:
        arg = "\"%s\"" % migrate_url(r, c, "generic")
    drv = "postgres" if c.fam == "pg" else "mysql"
    t = "package main\n\nimport (\n\t\"log\"\n\n\t\"github.com/golang-migrate/migrate/v4\"\n\t_ \"github.com/golang-migrate/migrate/v4/database/%s\"\n" % drv
    t += "\t_ \"github.com/golang-migrate/migrate/v4/source/file\"\n)\n\nfunc main() {\n\tm, err := migrate.New(\"file://db/migrations\", %s)\n" % arg
    t += "\tif err != nil {\n\t\tlog.Fatal(err)\n\t}\n\tif err := m.Up(); err != nil && err != migrate.ErrNoChange {\n\t\tlog.Fatal(err)\n\t}\n}\n"
    return "cmd/migrate/main.go", t, "db-password-uri"


@tpl(["pg", "mysql", "oracle"])
def t_java_flyway_api(r, c):
    t = "package com.%s.db;\n\nimport org.flywaydb.core.Flyway;\n\npublic final class Migrations {\n\n    private Migrations() {}\n\n" % c.app
    t += "    public static void main(String[] args) {\n        Flyway flyway = Flyway.configure()\n"
    t += "                .dataSource(\"%s\", \"%s\", %s)\n" % (c.jdbc(), c.user, c.lit("java"))
    t += "                .locations(\"classpath:db/migration\")\n                .baselineOnMigrate(true)\n                .load();\n        flyway.migrate();\n    }\n}\n"
    return "src/main/java/com/%s/db/Migrations.java" % c.app, t, "db-password-positional"



@tpl(["pg", "mysql"])
def t_sequel_rakefile(r, c):
    if c.is_expr():
        c.var = "DATABASE_URL"
        arg = c.neg.get("rb", "DATABASE_URL")
    else:
        arg = "'%s'" % c.url(scheme="postgres" if c.fam == "pg" else "mysql2", params="")
    t = "require 'sequel'\n\nnamespace :db do\n  desc 'Run Sequel migrations'\n  task :migrate, [:version] do |_t, args|\n"
    t += "    Sequel.extension :migration\n    db = Sequel.connect(%s)\n" % arg
    t += "    version = args[:version]&.to_i\n    Sequel::Migrator.run(db, 'db/migrations', target: version)\n  end\nend\n"
    return "Rakefile", t, "db-password-uri"


@tpl(["pg", "mysql"])
def t_ar_establish(r, c):
    adapter = "postgresql" if c.fam == "pg" else "mysql2"
    t = "# frozen_string_literal: true\n\n# Copies legacy rows before the 2024 schema migration.\nrequire 'active_record'\n\n"
    t += "ActiveRecord::Base.establish_connection(\n  adapter: '%s',\n  host: '%s',\n  port: %d,\n  database: '%s',\n" % (adapter, c.host, c.port, c.db)
    t += "  username: '%s',\n  password: %s\n)\n\n" % (c.user, c.lit("rb", "'"))
    t += "class LegacyAccount < ActiveRecord::Base\n  self.table_name = 'accounts_v1'\nend\n\nputs LegacyAccount.count\n"
    return r.choice(["script/copy_legacy_accounts.rb", "lib/tasks/legacy_copy.rb"]), t, "db-password-field"


# ---------------------------------------------------------------- look-alike negatives
LOOKALIKES = []


def look(fn):
    LOOKALIKES.append((fn.__name__, fn))
    return fn


def sha256hex(r):
    return rs(r, HEX, 64)


def b64std(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def mig_names(r, k):
    base = ["create_users", "add_orders", "add_index_on_email", "create_invoices", "add_tenant_id",
            "backfill_regions", "drop_legacy_sessions", "rename_status_column", "create_audit_log", "add_fk_orders_users"]
    return r.sample(base, k)


def stamp(r):
    return "2024-%02d-%02d %02d:%02d:%02d" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


@look
def lk_flyway_history(r):
    rows = ["installed_rank,version,description,type,script,checksum,installed_by,installed_on,execution_time,success"]
    for i, n in enumerate(mig_names(r, r.randint(4, 7)), 1):
        rows.append("%d,%d,%s,SQL,V%d__%s.sql,%d,flyway,%s,%d,true" % (
            i, i, n.replace("_", " "), i, n, r.randint(-2 ** 31, 2 ** 31 - 1), stamp(r), r.randint(8, 900)))
    return r.choice(["db/flyway_schema_history.csv", "reports/schema_history_prod.csv"]), "\n".join(rows) + "\n", "flyway", "checksum"


@look
def lk_flyway_validate_log(r):
    v = r.randint(2, 30)
    t = "Flyway Community Edition 10.%d.0 by Redgate\n" % r.randint(5, 20)
    t += "Database: jdbc:postgresql://localhost:5432/app (PostgreSQL 16.2)\n"
    t += "ERROR: Validate failed: Migrations have failed validation\n"
    t += "Migration checksum mismatch for migration version %d\n-> Applied to database : %d\n-> Resolved locally    : %d\n" % (
        v, r.randint(-2 ** 31, 2 ** 31 - 1), r.randint(-2 ** 31, 2 ** 31 - 1))
    t += "Either revert the changes to the migration, or run repair to update the schema history.\n"
    return r.choice(["logs/flyway-validate.log", "ci/flyway.log"]), t, "flyway", "checksum"


@look
def lk_atlas_sum(r):
    lines = ["h1:%s" % b64std(r, 32)]
    for n in mig_names(r, r.randint(3, 8)):
        lines.append("%s_%s.sql h1:%s" % (ts14(r), n, b64std(r, 32)))
    return r.choice(["migrations/atlas.sum", "db/migrations/atlas.sum"]), "\n".join(lines) + "\n", "atlas", "checksum"


@look
def lk_sqlx_data(r):
    d = {"db": "PostgreSQL"}
    for q in ["SELECT id, email FROM users WHERE id = $1", "INSERT INTO orders (user_id, total) VALUES ($1, $2) RETURNING id"][:r.randint(1, 2)]:
        d[sha256hex(r)] = {"query": q, "describe": {"columns": [{"ordinal": 0, "name": "id", "type_info": "Int8"}],
                                                    "parameters": {"Left": ["Int8"]}, "nullable": [False]}}
    return "sqlx-data.json", json.dumps(d, indent=2) + "\n", "sqlx", "hash"


@look
def lk_sqlx_query(r):
    h = sha256hex(r)
    d = {"db_name": "PostgreSQL", "query": "SELECT version, checksum FROM _sqlx_migrations ORDER BY version",
         "describe": {"columns": [{"ordinal": 0, "name": "version", "type_info": "Int8"},
                                  {"ordinal": 1, "name": "checksum", "type_info": "Bytea"}],
                      "parameters": {"Left": []}, "nullable": [False, False]}, "hash": h}
    return ".sqlx/query-%s.json" % h, json.dumps(d, indent=2) + "\n", "sqlx", "hash"


@look
def lk_liquibase_dbchangelog(r):
    rows = ["ID,AUTHOR,FILENAME,DATEEXECUTED,ORDEREXECUTED,EXECTYPE,MD5SUM,DESCRIPTION,COMMENTS,TAG,LIQUIBASE,CONTEXTS,LABELS,DEPLOYMENT_ID"]
    dep = str(r.randint(10 ** 9, 10 ** 10 - 1))
    for i, n in enumerate(mig_names(r, r.randint(3, 6)), 1):
        rows.append("%s-%d,%s,db/changelog/changes/%03d-%s.yaml,%s,%d,EXECUTED,9:%s,createTable,,,4.27.0,,,%s" % (
            ts14(r)[:8], i, r.choice(PEOPLE), i, n, stamp(r), i, rs(r, HEX, 32), dep))
    return "db/DATABASECHANGELOG.csv", "\n".join(rows) + "\n", "liquibase", "checksum"


@look
def lk_liquibase_validchecksum(r):
    t = '<?xml version="1.0" encoding="UTF-8"?>\n<databaseChangeLog\n    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"\n'
    t += '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
    t += '    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-latest.xsd">\n'
    t += '  <changeSet id="%s-1" author="%s">\n    <validCheckSum>9:%s</validCheckSum>\n' % (ts14(r)[:8], r.choice(PEOPLE), rs(r, HEX, 32))
    t += '    <addColumn tableName="customer">\n      <column name="password_reset_token_hash" type="varchar(64)"/>\n    </addColumn>\n  </changeSet>\n</databaseChangeLog>\n'
    return "db/changelog/changes/014-add-reset-token-hash.xml", t, "liquibase", "checksum"


@look
def lk_alembic_revision(r):
    rev, down = rs(r, HEX, 12), rs(r, HEX, 12)
    n = r.choice(mig_names(r, 3))
    t = '"""%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s.%06d\n\n"""\nfrom alembic import op\nimport sqlalchemy as sa\n\n' % (
        n.replace("_", " "), rev, down, stamp(r), r.randint(0, 999999))
    t += "# revision identifiers, used by Alembic.\nrevision = \"%s\"\ndown_revision = \"%s\"\nbranch_labels = None\ndepends_on = None\n\n\n" % (rev, down)
    t += "def upgrade() -> None:\n    op.add_column(\"users\", sa.Column(\"api_key_hash\", sa.String(length=64), nullable=True))\n\n\n"
    t += "def downgrade() -> None:\n    op.drop_column(\"users\", \"api_key_hash\")\n"
    return "migrations/versions/%s_%s.py" % (rev, n), t, "alembic", "version-id"


@look
def lk_django_migration(r):
    n = r.randint(2, 80)
    t = "# Generated by Django 5.0.%d on %s\n\nfrom django.db import migrations, models\nimport uuid\n\n\n" % (r.randint(1, 6), stamp(r)[:16])
    t += "class Migration(migrations.Migration):\n\n    dependencies = [\n        (\"accounts\", \"%04d_auto_%s_%s\"),\n    ]\n\n" % (n - 1, ts14(r)[:8], ts14(r)[8:12])
    t += "    operations = [\n        migrations.AddField(\n            model_name=\"apitoken\",\n            name=\"public_id\",\n"
    t += "            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),\n        ),\n"
    t += "        migrations.AddField(\n            model_name=\"apitoken\",\n            name=\"token_digest\",\n            field=models.CharField(max_length=64, default=\"\"),\n        ),\n    ]\n"
    return "accounts/migrations/%04d_apitoken_public_id.py" % n, t, "django", "version-id"


@look
def lk_rails_schema(r):
    v = ts14(r)
    t = "# This file is auto-generated from the current state of the database.\n\nActiveRecord::Schema[7.1].define(version: %s_%s_%s_%s) do\n" % (v[:4], v[4:6], v[6:8], v[8:])
    t += "  enable_extension \"plpgsql\"\n\n  create_table \"api_clients\", force: :cascade do |t|\n    t.string \"name\", null: false\n"
    t += "    t.string \"token_digest\", null: false\n    t.string \"public_id\", null: false\n    t.datetime \"created_at\", null: false\n"
    t += "    t.index [\"public_id\"], name: \"index_api_clients_on_public_id\", unique: true\n  end\nend\n"
    return "db/schema.rb", t, "rails", "version-id"


@look
def lk_rails_structure(r):
    vs = sorted(ts14(r) for _ in range(r.randint(5, 10)))
    t = "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\n\n"
    t += "CREATE TABLE public.schema_migrations (\n    version character varying NOT NULL\n);\n\nSET search_path TO \"$user\", public;\n\n"
    t += "INSERT INTO \"schema_migrations\" (version) VALUES\n" + ",\n".join("('%s')" % v for v in vs) + ";\n"
    return "db/structure.sql", t, "rails", "version-id"


@look
def lk_prisma_migrations(r):
    rows = ["id,checksum,finished_at,migration_name,logs,rolled_back_at,started_at,applied_steps_count"]
    for n in mig_names(r, r.randint(3, 6)):
        s = stamp(r)
        rows.append("%s,%s,%s.%03d+00,%s_%s,,,%s.%03d+00,1" % (uuid4(r), sha256hex(r), s, r.randint(0, 999), ts14(r), n, s, r.randint(0, 999)))
    return "prisma/_prisma_migrations.csv", "\n".join(rows) + "\n", "prisma", "checksum"


@look
def lk_prisma_migration_sql(r):
    t = "-- CreateTable\nCREATE TABLE \"ApiKey\" (\n    \"id\" TEXT NOT NULL,\n    \"prefix\" VARCHAR(8) NOT NULL,\n"
    t += "    \"hashedKey\" VARCHAR(64) NOT NULL,\n    \"createdAt\" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n\n    CONSTRAINT \"ApiKey_pkey\" PRIMARY KEY (\"id\")\n);\n\n"
    t += "-- CreateIndex\nCREATE UNIQUE INDEX \"ApiKey_hashedKey_key\" ON \"ApiKey\"(\"hashedKey\");\n"
    return "prisma/migrations/%s_add_api_keys/migration.sql" % ts14(r), t, "prisma", "schema"


@look
def lk_drizzle_journal(r):
    ents = []
    when = r.randint(1700000000000, 1760000000000)
    for i in range(r.randint(2, 6)):
        when += r.randint(10 ** 6, 10 ** 9)
        ents.append({"idx": i, "version": "7", "when": when, "tag": "%04d_%s_%s" % (i, r.choice(ADJ), r.choice(NOUN)), "breakpoints": True})
    return "drizzle/meta/_journal.json", json.dumps({"version": "7", "dialect": "postgresql", "entries": ents}, indent=2) + "\n", "drizzle", "version-id"


@look
def lk_drizzle_snapshot(r):
    d = {"id": uuid4(r), "prevId": uuid4(r) if r.random() < 0.7 else "00000000-0000-0000-0000-000000000000",
         "version": "7", "dialect": "postgresql",
         "tables": {"public.sessions": {"name": "sessions", "schema": "", "columns": {
             "id": {"name": "id", "type": "uuid", "primaryKey": True, "notNull": True, "default": "gen_random_uuid()"},
             "token_hash": {"name": "token_hash", "type": "varchar(64)", "primaryKey": False, "notNull": True}}}},
         "_meta": {"schemas": {}, "tables": {}, "columns": {}}}
    return "drizzle/meta/%04d_snapshot.json" % r.randint(0, 30), json.dumps(d, indent=2) + "\n", "drizzle", "public-id"


@look
def lk_typeorm_migration(r):
    ms = r.randint(1690000000000, 1760000000000)
    t = "import { MigrationInterface, QueryRunner } from \"typeorm\";\n\nexport class AddAuditLog%d implements MigrationInterface {\n" % ms
    t += "    name = \"AddAuditLog%d\";\n\n    public async up(queryRunner: QueryRunner): Promise<void> {\n" % ms
    t += "        await queryRunner.query(`CREATE TABLE \"audit_log\" (\"id\" uuid NOT NULL DEFAULT uuid_generate_v4(), \"actor\" character varying NOT NULL, CONSTRAINT \"PK_%s\" PRIMARY KEY (\"id\"))`);\n" % rs(r, HEX, 27)
    t += "    }\n\n    public async down(queryRunner: QueryRunner): Promise<void> {\n        await queryRunner.query(`DROP TABLE \"audit_log\"`);\n    }\n}\n"
    return "src/migration/%d-AddAuditLog.ts" % ms, t, "typeorm", "version-id"


@look
def lk_sequelize_migration(r):
    t = "'use strict';\n\n/** @type {import('sequelize-cli').Migration} */\nmodule.exports = {\n  async up(queryInterface, Sequelize) {\n"
    t += "    await queryInterface.createTable('Users', {\n      id: { allowNull: false, primaryKey: true, type: Sequelize.UUID, defaultValue: Sequelize.UUIDV4 },\n"
    t += "      email: { type: Sequelize.STRING, unique: true },\n      passwordHash: { type: Sequelize.STRING(60) },\n"
    t += "      createdAt: { allowNull: false, type: Sequelize.DATE },\n      updatedAt: { allowNull: false, type: Sequelize.DATE },\n    });\n  },\n"
    t += "  async down(queryInterface) {\n    await queryInterface.dropTable('Users');\n  },\n};\n"
    return "migrations/%s-create-user.js" % ts14(r), t, "sequelize", "version-id"


@look
def lk_ecto_migration(r):
    app = r.choice(APPS)
    t = "defmodule %s.Repo.Migrations.CreateApiTokens do\n  use Ecto.Migration\n\n  def change do\n    create table(:api_tokens, primary_key: false) do\n" % cap(app)
    t += "      add :id, :binary_id, primary_key: true\n      add :token_hash, :binary, null: false\n      add :context, :string, null: false\n      timestamps(type: :utc_datetime)\n    end\n\n"
    t += "    create unique_index(:api_tokens, [:context, :token_hash])\n  end\nend\n"
    return "priv/repo/migrations/%s_create_api_tokens.exs" % ts14(r), t, "ecto", "version-id"


@look
def lk_efcore_designer(r):
    v = ts14(r)
    app = cap(r.choice(APPS))
    t = "// <auto-generated />\nusing Microsoft.EntityFrameworkCore.Infrastructure;\nusing Microsoft.EntityFrameworkCore.Migrations;\n\n#nullable disable\n\n"
    t += "namespace %s.Infrastructure.Migrations\n{\n    [DbContext(typeof(%sDbContext))]\n    [Migration(\"%s_Initial\")]\n    partial class Initial\n    {\n" % (app, app, v)
    t += "        protected override void BuildTargetModel(ModelBuilder modelBuilder)\n        {\n            modelBuilder\n"
    t += "                .HasAnnotation(\"ProductVersion\", \"8.0.%d\")\n                .HasAnnotation(\"Relational:MaxIdentifierLength\", 128);\n        }\n    }\n}\n" % r.randint(1, 10)
    return "src/%s.Infrastructure/Migrations/%s_Initial.Designer.cs" % (app, v), t, "efcore", "version-id"


def bcrypt_like(r):
    return "$2b$12$" + rs(r, "./" + ALNUM, 53)


@look
def lk_goose_seed(r):
    t = "-- +goose Up\n-- +goose StatementBegin\nINSERT INTO users (id, email, password_hash, created_at) VALUES\n"
    vals = []
    for i in range(r.randint(2, 4)):
        vals.append("  ('%s', 'qa+%d@%s.test', '%s', now())" % (uuid4(r), i, r.choice(APPS), bcrypt_like(r)))
    t += ",\n".join(vals) + ";\n-- +goose StatementEnd\n\n-- +goose Down\nDELETE FROM users WHERE email LIKE 'qa+%';\n"
    return "db/migrations/%s_seed_qa_users.sql" % ts14(r), t, "goose", "hash"


def gtid(r):
    return "%s:1-%d" % (uuid4(r).upper(), r.randint(1000, 9999999))


@look
def lk_ghost_log(r):
    t = "# Migrating `%s`.`orders`; Ghost table is `%s`.`_orders_gho`\n" % (r.choice(APPS), r.choice(APPS))
    t += "# Migrating %s:3306; inspecting %s:3306; executing on ip-10-%d-%d-%d\n" % (rs(r, LOWNUM, 8), rs(r, LOWNUM, 8), r.randint(0, 9), r.randint(0, 255), r.randint(0, 255))
    t += "# Migration started at %s\n" % stamp(r)
    for i in range(3):
        t += "Copy: %d/%d %.1f%%; Applied: %d; Backlog: 0/1000; Time: %ds(total); streamer: mysql-bin.%06d:%d; Lag: 0.0%ds, State: migrating; ETA: %ds\n" % (
            (i + 1) * 100000, 412345, (i + 1) * 24.2, r.randint(0, 500), (i + 1) * 30, r.randint(1, 9999), r.randint(4, 10 ** 9), r.randint(1, 9), r.randint(10, 900))
    t += "# gtid_executed: %s\n" % gtid(r)
    return "logs/gh-ost-orders.log", t, "gh-ost", "version-id"


@look
def lk_pgdump_restrict(r):
    key = rs(r, ALNUM, 64)
    t = "--\n-- PostgreSQL database dump\n--\n\n\\restrict %s\n\n-- Dumped from database version 16.%d\n-- Dumped by pg_dump version 17.%d\n\n" % (key, r.randint(4, 10), r.randint(6, 7))
    t += "SET statement_timeout = 0;\nSET lock_timeout = 0;\nSET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\n"
    t += "CREATE TABLE public.flyway_schema_history (\n    installed_rank integer NOT NULL,\n    version character varying(50),\n    checksum integer\n);\n\n"
    t += "\\unrestrict %s\n" % key
    return "db/schema-dump.sql", t, "postgresql", "random-nonce"


@look
def lk_readme_quickstart(r):
    app = r.choice(APPS)
    t = "# %s\n\n## Local development\n\nThe bundled `docker-compose.yml` starts the official postgres image with its documented\n" % app
    t += "default local credentials (user `postgres`, password `postgres`). They only exist on your machine;\n"
    t += "staging and production credentials come from the secret manager.\n\n```sh\ndocker compose up -d db\n"
    t += "export DATABASE_URL=postgres://postgres:postgres@localhost:5432/%s_dev\nnpx prisma migrate dev\n```\n" % app
    return "README.md", t, "postgresql", "local-default"


@look
def lk_k8s_job(r):
    app = r.choice(APPS)
    t = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: %s-migrate-%s\nspec:\n  backoffLimit: 1\n  template:\n    spec:\n" % (app, rs(r, LOWNUM, 5))
    t += "      restartPolicy: Never\n      containers:\n        - name: flyway\n          image: flyway/flyway:10-alpine\n          args: [\"migrate\"]\n          env:\n"
    t += "            - name: FLYWAY_URL\n              value: jdbc:postgresql://%s-pg.data.svc:5432/%s\n" % (app, app)
    t += "            - name: FLYWAY_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: %s-db\n                  key: password\n" % app
    return "deploy/k8s/migrate-job.yaml", t, "flyway", "env-ref"


@look
def lk_gha_secrets(r):
    t = "name: test\non: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:16\n"
    t += "        env:\n          POSTGRES_HOST_AUTH_METHOD: trust\n        ports: [\"5432:5432\"]\n    steps:\n      - uses: actions/checkout@v4\n"
    t += "      - run: npx prisma migrate deploy\n        env:\n          DATABASE_URL: ${{ secrets.CI_DATABASE_URL }}\n"
    return ".github/workflows/test.yml", t, "prisma", "env-ref"


@look
def lk_tf_random_password(r):
    app = r.choice(APPS)
    t = "resource \"random_password\" \"db\" {\n  length  = 32\n  special = false\n}\n\n"
    t += "resource \"aws_secretsmanager_secret\" \"db\" {\n  name = \"%s/db-credentials\"\n}\n\n" % app
    t += "resource \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id     = aws_secretsmanager_secret.db.id\n"
    t += "  secret_string = jsonencode({ username = \"%s_owner\", password = random_password.db.result })\n}\n" % app
    return "infra/db_secret.tf", t, "aws", "secret-ref"


@look
def lk_cosign_pub(r):
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(r, 64)
    b = base64.b64encode(der).decode()
    t = "-----BEGIN PUBLIC KEY-----\n%s\n%s\n-----END PUBLIC KEY-----\n" % (b[:64], b[64:])
    return r.choice(["db/cosign.pub", "migrations/signing/cosign.pub"]), t, "sigstore", "public-key"


@look
def lk_mongo_changelog(r):
    docs = []
    for n in mig_names(r, r.randint(2, 4)):
        docs.append({"_id": {"$oid": rs(r, HEX, 24)}, "fileName": "%s-%s.js" % (ts14(r), n), "fileHash": sha256hex(r),
                     "appliedAt": {"$date": "%sZ" % stamp(r).replace(" ", "T")}})
    return "migrations/changelog-export.json", json.dumps(docs, indent=2) + "\n", "migrate-mongo", "checksum"


@look
def lk_clickhouse_migrations(r):
    rows = ["version\tchecksum\tmigration_name\tapplied_at"]
    for i, n in enumerate(mig_names(r, r.randint(3, 5)), 1):
        rows.append("%d\t%s\t%s\t%s" % (i, rs(r, HEX, 32), n, stamp(r)))
    return "clickhouse/_migrations.tsv", "\n".join(rows) + "\n", "clickhouse", "checksum"


@look
def lk_appsettings_passwordless(r):
    app = cap(r.choice(APPS))
    cs = r.choice([
        "Server=tcp:%s-sql.database.windows.net,1433;Database=%s;Authentication=Active Directory Default;Encrypt=True;" % (app.lower(), app),
        "Server=(localdb)\\mssqllocaldb;Database=%s;Trusted_Connection=True;MultipleActiveResultSets=true" % app,
        "Host=/var/run/postgresql;Database=%s;Username=%s" % (app.lower(), app.lower())])
    d = {"ConnectionStrings": {"Default": cs}, "Logging": {"LogLevel": {"Default": "Information"}}}
    return "appsettings.Development.json", json.dumps(d, indent=2) + "\n", "sqlserver", "passwordless"


@look
def lk_package_lock(r):
    pk = {}
    for name, ver in [("@prisma/client", "5.%d.0" % r.randint(10, 22)), ("prisma", "5.%d.0" % r.randint(10, 22)), ("knex", "3.1.0")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64std(r, 64), "license": "Apache-2.0"}
    d = {"name": r.choice(APPS), "version": "1.0.0", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n", "npm", "hash"


@look
def lk_turso_db_show(r):
    app = r.choice(APPS)
    d = {"Name": app, "DbId": uuid4(r), "Hostname": "%s-%s.turso.io" % (app, rs(r, LOWER, 7)), "group": "default",
         "Regions": r.sample(["iad", "fra", "sin", "lhr", "gru"], 2), "primaryRegion": "iad", "version": "0.24.%d" % r.randint(1, 30)}
    return "docs/turso-db.json", json.dumps(d, indent=2) + "\n", "turso", "public-id"


@look
def lk_confluent_keys(r):
    t = "# Schema Registry access\n\nKeys are created per environment; secrets live in Vault under `kv/kafka/<env>/sr`.\n\n"
    t += "| Environment | API key (public id) | Owner |\n|---|---|---|\n"
    for e in ["dev", "staging", "prod"]:
        t += "| %s | `%s` | sa-%s |\n" % (e, cflt_key(r), rs(r, LOWNUM, 6))
    t += "\nSchema ids: orders-value -> %d, payments-value -> %d\n" % (r.randint(100000, 999999), r.randint(100000, 999999))
    return "docs/schema-registry.md", t, "confluent-schema-registry", "public-id"


@look
def lk_sr_schema(r):
    d = {"subject": "%s-value" % r.choice(APPS), "version": r.randint(1, 12), "id": r.randint(100000, 999999),
         "schemaType": "AVRO", "fingerprint": rs(r, HEX, 32),
         "schema": json.dumps({"type": "record", "name": "Event", "fields": [{"name": "id", "type": "string"}, {"name": "checksum", "type": "string"}]})}
    return "schemas/registry-snapshot.json", json.dumps(d, indent=2) + "\n", "confluent-schema-registry", "hash"


@look
def lk_seed_base64(r):
    png = b"\x89PNG\r\n\x1a\n" + rbytes(r, r.randint(40, 70))
    t = "-- default avatar used by the seed data\nINSERT INTO assets (id, name, mime_type, data) VALUES (\n  '%s', 'default-avatar.png', 'image/png',\n  decode('%s', 'base64')\n);\n" % (
        uuid4(r), base64.b64encode(png).decode())
    return "db/seeds/%s_default_avatar.sql" % ts14(r), t, "postgresql", "encoded-data"


@look
def lk_local_urls(r):
    app = r.choice(APPS)
    t = "[databases]\n# local and test databases only use peer / trust authentication\ndev = \"postgresql:///%s_dev?host=/var/run/postgresql\"\n" % app
    t += "test = \"sqlite:///./tmp/%s_test.db\"\nreplica = \"postgresql://%s_ro@localhost:5433/%s_dev\"\n" % (app, app, app)
    return "config/databases.toml", t, "postgresql", "passwordless"


@look
def lk_flyway_readme(r):
    t = "## Migrations\n\n| Version | Script | Checksum |\n|---|---|---|\n"
    for i, n in enumerate(mig_names(r, r.randint(3, 6)), 1):
        t += "| 1.%d.%d | `V1_%d_%d__%s.sql` | %d |\n" % (i, r.randint(0, 9), i, r.randint(0, 9), n, r.randint(-2 ** 31, 2 ** 31 - 1))
    t += "\nRun `flyway info` to compare with the target database.\n"
    return "db/README.md", t, "flyway", "checksum"


@look
def lk_pscale_deploy_request(r):
    d = {"id": rs(r, LOWNUM, 12), "number": r.randint(1, 400), "branch": "add-%s-index" % r.choice(APPS),
         "into_branch": "main", "state": "open", "deployment_state": "ready",
         "html_url": "https://app.planetscale.com/%s/%s/deploy-requests/%d" % (r.choice(["acme", "northwind"]), r.choice(APPS), r.randint(1, 400)),
         "deployment": {"id": rs(r, LOWNUM, 12), "lint_errors": []}}
    return "docs/deploy-request.json", json.dumps(d, indent=2) + "\n", "planetscale", "public-id"


@look
def lk_neon_branches(r):
    br = []
    for n in ["main", "preview/pr-%d" % r.randint(10, 900)]:
        br.append({"id": "br-%s-%s-%s" % (r.choice(ADJ), r.choice(NOUN), rs(r, LOWNUM, 8)), "name": n,
                   "project_id": "%s-%s-%s" % (r.choice(ADJ), r.choice(NOUN), rs(r, DIGITS, 8)), "current_state": "ready"})
    return "scripts/neon-branches.json", json.dumps({"branches": br}, indent=2) + "\n", "neon", "public-id"


@look
def lk_mysql_gtid_cnf(r):
    t = "[mysqld]\nserver_id = %d\nserver_uuid = %s\ngtid_mode = ON\nenforce_gtid_consistency = ON\nbinlog_format = ROW\nlog_bin = mysql-bin\n" % (
        r.randint(1, 9999), uuid4(r))
    t += "# replica started from gtid_executed=%s\n" % gtid(r)
    return "ops/mysql/replica.cnf", t, "mysql", "version-id"


@look
def lk_env_example_refs(r):
    app = r.choice(APPS)
    t = "# copy to .env and fill in from 1Password (vault: %s-dev)\nDATABASE_URL=\nDIRECT_URL=\nTURSO_AUTH_TOKEN=\nSHADOW_DATABASE_URL=\n" % app
    t += "DB_PASSWORD=op://Development/%s-postgres/password\nPRISMA_HIDE_UPDATE_MESSAGE=1\n" % app
    return r.choice([".env.example", ".env.sample"]), t, "prisma", "secret-ref"


@look
def lk_sqitch_plan(r):
    app = r.choice(APPS)
    t = "%%syntax-version=1.0.0\n%%project=%s\n%%uri=https://github.com/%s/%s-db/\n\n" % (app, r.choice(["acme", "northwind"]), app)
    prev = []
    for n in mig_names(r, r.randint(3, 6)):
        dep = (" [%s]" % prev[-1]) if prev else ""
        t += "%s%s %sT%sZ %s <%s@%s.dev> # %s\n" % (n, dep, stamp(r)[:10], stamp(r)[11:], r.choice(PEOPLE), r.choice(PEOPLE).replace(".", ""), app, n.replace("_", " "))
        prev.append(n)
    t += "@v1.%d %sT%sZ release # tag %s\n" % (r.randint(0, 9), stamp(r)[:10], stamp(r)[11:], rs(r, HEX, 40))
    return "sqitch.plan", t, "sqitch", "version-id"


# ---------------------------------------------------------------- driver
SPECIAL_TYPES = {"Makefile": "makefile", "Dockerfile": "dockerfile", ".skeema": "ini", "db-migrate": "sh",
                 "Rakefile": "rb"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in SPECIAL_TYPES:
        return SPECIAL_TYPES[base]
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    ext = base.rsplit(".", 1)[-1].lower() if "." in base else "txt"
    return {"yaml": "yml"}.get(ext, ext)


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def cycle_pick(r, items, state):
    if not state:
        order = list(items)
        r.shuffle(order)
        state.extend(order)
    return state.pop()


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_iy.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    env_pos = 0
    st = []
    for i in range(500):
        name, fams, fn = cycle_pick(r, TEMPLATES, st)
        flname = r.choice(FAM[r.choice(fams)])
        app = r.choice(APPS)
        c = Conn(r, flname, app)
        path, text, kind = fn(r, c)
        if is_blocked_env(path):
            env_pos += 1
        needle = c.needle
        assert needle, name
        assert needle in text, (name, needle)
        line = text[:text.index(needle)].count("\n") + 1
        assert needle in text.split("\n")[line - 1], (name, needle, line)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": c.provider, "kind": kind, "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_pos <= 25, env_pos

    st_t, st_l = [], []
    for i in range(500):
        if i % 2 == 0:
            name, fams, fn = cycle_pick(r, TEMPLATES, st_t)
            flname = r.choice(FAM[r.choice(fams)])
            app = r.choice(APPS)
            filler, cat = neg_fill(r, flname, app)
            c = Conn(r, flname, app, neg=filler)
            path, text, _kind = fn(r, c)
            assert c.needle is None, name
            assert c.secret not in text, name
            if is_blocked_env(path):
                path = path.rsplit("/", 1)[0] + "/" if "/" in path else ""
                path += r.choice([".env.example", ".env.sample"])
            provider, kind = c.provider, cat
        else:
            name, fn = cycle_pick(r, LOOKALIKES, st_l)
            path, text, provider, kind = fn(r)
        assert not is_blocked_env(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
