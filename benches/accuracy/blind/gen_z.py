#!/usr/bin/env python3
"""Blind evaluation-set generator "z" for a git pre-commit secret scanner.

EMPHASIS
    Databases and data stores seen from the administrator's side: server
    configs, client option files, user/role provisioning scripts, replication
    and backup setups, drivers' connection settings and managed database
    services.  Positives are plaintext passwords / keys / tokens sitting in
    those places; negatives are what careful admins commit in the very same
    slots: native password hashes (SCRAM-SHA-256, md5, MySQL '*'+40hex, Redis
    ACL '#'+sha256, CouchDB -pbkdf2-, bcrypt, ClickHouse sha256_hex, RabbitMQ
    password_hash, ZooKeeper digests), env-var references and template
    interpolations in each file type's own syntax, Docker/K8s secret file
    references, ciphertext (SOPS, SealedSecrets, Jasypt, Spring {cipher}),
    masked / truncated values, placeholders, public identifiers (Supabase anon
    key, Firebase web apiKey, Elastic Cloud id, Atlas public key, org/bucket
    ids), LSNs, WAL names, slot names, dump checksums, UUIDs and ObjectIds.
    About 40 negatives per seed are "same-slot" files: a positive template is
    rendered and its secret swapped for a placeholder, an env/template
    reference in the file's own syntax, or a masked/truncated rendering
    (kind "<positive kind>__placeholder|envref|masked").

USAGE
    python3 gen_z.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relative path> (500 files, no secret),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} for positives.
    Deterministic per SEED: the only randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is only the secret value exactly as written in the file:
      the password inside a URL / conninfo / DSN (not user, not host), the
      token or key string without quotes, the JWT as a whole (header.payload.
      signature), the API-key string.
    * When the credential is written base64-encoded (Kubernetes Secret
      `data:`), the needle is the base64 text as written.
    * For multi-line secrets (mongod keyFile contents, PEM private keys) the
      needle is the first line of the base64 body (64 chars); for a PEM
      embedded as a one-line JSON string (GCP service-account key used for
      BigQuery) the needle is the whole "-----BEGIN ... END PRIVATE KEY-----"
      span as written with its literal \\n escapes.
    * line is the 1-based line number of the first (and only) occurrence.
    * Pairs written together (user:pass, id:api_key before base64) count as
      one credential; the needle is the secret half (or the encoded whole for
      Elasticsearch ApiKey headers).

DOUBTS
    * MongoDB Atlas Data API keys: documented only as long random strings;
      generated as 64 alphanumerics.  Atlas programmatic API keys: public key
      8 lowercase letters, private key a lowercase UUID (as shown in the Atlas
      UI) - a UUID is also used as a negative elsewhere (primary keys) so a
      scanner must use context.
    * InfluxDB v2 tokens: 88 chars of base64 (64 random bytes) ending '=='.
      Observed tokens use the URL-safe alphabet (- and _); generated that way.
    * PlanetScale passwords: 'pscale_pw_' + 43 chars [A-Za-z0-9_-]; exact
      length not confirmed from docs.  Service tokens 'pscale_tkn_' likewise.
    * Upstash Redis REST token: base64 text starting with 'A' encoding a small
      binary header, the database UUID and a hex secret; structure inferred
      from observed tokens, not documented.
    * Fauna secrets: 'fn' + 'A'/'E' + ~37 base64url chars (40 total); length
      varies in the wild.
    * Firebase Realtime Database legacy secrets: 40 alphanumerics.
    * Xata API keys: 'xau_' + 32 alphanumerics (length unconfirmed).
    * Aiven generated service passwords: 'AVNS_' + 19 chars [A-Za-z0-9_-].
    * Neon generated passwords: newer 'npg_' + 12 alphanumerics; older plain
      12 alphanumerics.  Both used.
    * Turso auth tokens: EdDSA JWTs ({"alg":"EdDSA","typ":"JWT"}, payload with
      "a":"rw"/"ro", "iat", "id"), 64-byte signature -> 86 base64url chars.
    * Supabase keys: legacy HS256 JWTs with {"iss":"supabase","ref":...,
      "role":"anon"|"service_role"}.  anon = negative (documented public),
      service_role = positive.  New-style 'sb_secret_' keys: 'sb_secret_' +
      ~31 base64url chars (length unconfirmed) used sparingly.
    * Elasticsearch API keys: id 20 chars base64url, api_key 22 chars
      base64url; the 'encoded' form is base64(id:api_key).
    * CockroachDB Cloud generated SQL passwords: 22 alphanumerics (assumed).
    * Kubernetes Secret `data:` holding base64 of a password: positive (the
      password is recoverable); some scanners won't decode it.
    * Password hashes (SCRAM, md5, '*'+40hex, bcrypt, sha256_hex, pbkdf2) are
      negatives by design even though they sit in "password" slots.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import uuid as _uuidmod  # only used to format bytes as UUID text (no uuid4)

R = random.Random(0)  # replaced in main()

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
LOWNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = ALNUM + "-_"
PWSYM = "-._!*+^~"

BAD_SUBSTR = ["pass", "word", "secret", "test", "admin", "key", "token", "abcd",
              "bcde", "1234", "2345", "qwer", "asdf", "xxxx", "dead", "beef",
              "demo", "fake", "dummy", "sample", "example", "change", "foo",
              "bar", "lorem", "todo", "fixme", "null", "redact", "mask"]


def clean(s):
    low = s.lower()
    for w in BAD_SUBSTR:
        if w in low:
            return False
    for i in range(len(s) - 3):
        a, b, c, d = (ord(ch) for ch in s[i:i + 4])
        if a == b == c == d:
            return False
        if b - a == c - b == d - c and abs(b - a) == 1:
            return False
    return True


def rstr(alpha, n, check=True):
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if not check or n > 120 or clean(s):
            return s


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def ruuid():
    return str(_uuidmod.UUID(bytes=rbytes(16), version=4))


def rhex(n):
    return rstr(HEX, n, check=False)


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- passwords
FIRST = ["Marek", "Ania", "Jonas", "Priya", "Lukas", "Sofia", "Tomasz", "Keiko",
         "Diego", "Ingrid", "Rafael", "Olga", "Nadia", "Henrik", "Chiara",
         "Mateo", "Yusuf", "Elif", "Bram", "Saoirse", "Kasia", "Dmitri", "Aoife",
         "Bogdan", "Lena", "Wojtek", "Imani", "Tariq", "Greta", "Hugo"]
WORDS = ["winter", "harbor", "falcon", "maple", "granite", "orchid", "tundra",
         "lantern", "copper", "saffron", "meadow", "glacier", "pepper", "willow",
         "cobalt", "thunder", "juniper", "marble", "otter", "basil", "quartz",
         "ember", "violet", "breeze", "sparrow", "walrus", "cactus", "paprika",
         "nebula", "pickle", "banjo", "velvet", "rhubarb", "kestrel", "fjord"]
LEET = {"o": "0", "a": "4", "e": "3", "i": "1", "s": "5", "t": "7"}


def human_pw():
    p = R.randrange(6)
    yr = str(R.randrange(1962, 2012))
    if p == 0:
        return f"{pick(FIRST)}{pick('.-_')}{yr}{pick(WORDS)}"
    if p == 1:
        return f"{pick(WORDS).capitalize()}{pick(WORDS).capitalize()}{R.randrange(10, 99)}{pick('!*.+^')}"
    if p == 2:
        w = pick(WORDS) + pick(WORDS)
        w = "".join(LEET[c] if c in LEET and chance(0.5) else c for c in w)
        return w[0].upper() + w[1:] + pick("!*^+") + str(R.randrange(1, 10))
    if p == 3:
        return f"{pick(WORDS)}{pick('!*.')}{pick(FIRST)}{yr[2:]}"
    if p == 4:
        return "-".join(pick(WORDS) for _ in range(3)) + "-" + str(R.randrange(10, 99))
    return f"{pick(FIRST).lower()}{R.randrange(1, 31):02d}{pick(WORDS).capitalize()}{pick('!.*')}"


def machine_pw(lo=16, hi=32, sym=None):
    n = R.randrange(lo, hi + 1)
    if sym is None:
        sym = chance(0.35)
    if not sym:
        return rstr(ALNUM, n)
    while True:
        s = rstr(ALNUM, n)
        s = list(s)
        for _ in range(R.randrange(1, 4)):
            s[R.randrange(1, n - 1)] = pick(PWSYM)
        s = "".join(s)
        if clean(s):
            return s


def pw(human_p=0.35, lo=16, hi=32):
    if chance(human_p):
        return human_pw()
    return machine_pw(lo, hi)


# ---------------------------------------------------------------- context pools
COMPANY = ["lumenpay", "quarrytech", "brightcart", "fjordlabs", "tallyhq",
           "orbitfreight", "kelpie", "harborline", "northwind", "ravensoft",
           "mintcrest", "pixelmoor", "coralbay", "stonefield", "veloxa", "zentrik"]
ENVS = ["prod", "staging", "stg", "qa", "dev", "uat", "eu1", "us2"]
DBNAMES = ["orders", "billing", "inventory", "analytics", "app_production",
           "core", "payments", "crm", "ledger", "catalog", "events", "accounts",
           "reporting", "warehouse", "shipments", "identity"]
USERS = ["app", "app_rw", "svc_orders", "backup", "replicator", "etl", "reporting",
         "billing_app", "api", "migrator", "grafana", "airflow", "metabase",
         "readonly", "deploy", "monitor"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "us-west-2", "ap-southeast-2"]


_CO = [COMPANY[0]]  # per-file company, set by the driver before each generator call


def company():
    return _CO[0] if chance(0.9) else pick(COMPANY)


def host(kind="db"):
    c = company()
    style = R.randrange(5)
    if style == 0:
        return f"{kind}{R.randrange(1, 9):02d}.{pick(ENVS)}.{c}.internal"
    if style == 1:
        return f"{kind}-{pick(['primary', 'main', 'master', 'node1', 'a'])}.{c}.net"
    if style == 2:
        return f"10.{R.randrange(0, 255)}.{R.randrange(0, 255)}.{R.randrange(2, 250)}"
    if style == 3:
        return f"{kind}-{pick(ENVS)}.{pick(['default', 'data', 'db'])}.svc.cluster.local"
    return f"{kind}.{pick(ENVS)}.{c}.io"


def dbname():
    return pick(DBNAMES)


def dbuser():
    return pick(USERS)


def home():
    return pick(["home/deploy", "home/postgres", "root", "home/ubuntu", "home/dba", "home/ops"])


def infra_dir():
    return pick(["infra", "ops", "deploy", "ansible/roles", "platform", "config", "provisioning", "."])


def vname(provider_names, generic_names, p_generic=0.35):
    if chance(p_generic):
        return pick(generic_names)
    return pick(provider_names)


GENERIC_PW_VARS = ["DB_PASS", "PASSWORD", "AUTH", "SECRET", "CREDS", "DB_SECRET",
                   "SVC_PASSWORD", "APP_DB_PASSWORD", "STORE_PASS", "PASS", "DATASTORE_AUTH"]


def J(*parts):
    p = "/".join(x for x in parts if x and x != ".")
    return p


# ---------------------------------------------------------------- registries
POS = []   # (provider, kind, fn) ; fn() -> (path, content, needle, filetype)
NEG = []   # (provider, kind, fn) ; fn() -> (path, content, filetype)


def pos(provider, kind):
    def deco(fn):
        POS.append((provider, kind, fn))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append((provider, kind, fn))
        return fn
    return deco


def L(*lines):
    return "\n".join(lines) + "\n"


# ================================================================ POSITIVES
# ---------------------------------------------------------------- PostgreSQL
@pos("postgresql", "pgpass")
def p_pgpass():
    s = pw(0.3)
    s = s.replace(":", "").replace("\\", "")
    h = host("pg")
    lines = ["# hostname:port:database:username:password"]
    others = R.randrange(1, 4)
    target = R.randrange(others + 1)
    for i in range(others + 1):
        if i == target:
            lines.append(f"{h}:5432:{pick([dbname(), '*'])}:{dbuser()}:{s}")
        else:
            # other entries rely on peer/cert auth on the local socket
            lines.append(f"# {host('pg')}:5432:*:{dbuser()}:  (moved to vault, see OPS-{R.randrange(100, 999)})")
    lines.append("")
    lines.append("# chmod 0600 ~/.pgpass or libpq ignores this file")
    path = pick([J(home(), ".pgpass"), J(infra_dir(), "postgres/files/pgpass"), ".pgpass"])
    return path, L(*lines), s, "pgpass"


@pos("postgresql", "pg_service_password")
def p_pg_service():
    s = pw()
    svc = [f"[{dbname()}_{pick(ENVS)}]" for _ in range(2)]
    lines = [
        "# libpq connection service file (PGSERVICEFILE)",
        "",
        svc[0],
        f"host={host('pg')}",
        "port=5432",
        f"dbname={dbname()}",
        f"user={dbuser()}",
        "sslmode=verify-full",
        "",
        svc[1],
        f"host={host('pg')}",
        "port=6432",
        f"dbname={dbname()}",
        f"user={dbuser()}",
        f"password={s}",
        "sslmode=require",
        f"application_name={pick(['airflow', 'cron-report', 'metabase'])}",
    ]
    path = pick([J(home(), ".pg_service.conf"), "etc/postgresql-common/pg_service.conf", J(infra_dir(), "pg_service.conf")])
    return path, L(*lines), s, "pg_service.conf"


@pos("postgresql", "primary_conninfo")
def p_recovery():
    s = pw(0.2)
    slot = f"{pick(['replica', 'standby', 'pg'])}_{R.randrange(1, 4)}"
    fname = pick(["recovery.conf", "postgresql.auto.conf", "conf.d/standby.conf"])
    lines = [
        "# Standby configuration generated by pg_basebackup -R, tuned by hand",
        f"primary_conninfo = 'user=replicator password={s} host={host('pg')} port=5432 sslmode=prefer sslcompression=0 target_session_attrs=any'",
        f"primary_slot_name = '{slot}'",
        "restore_command = 'pgbackrest --stanza=main archive-get %f \"%p\"'",
        "recovery_target_timeline = 'latest'",
    ]
    if fname == "recovery.conf":
        lines.insert(1, "standby_mode = 'on'")
    path = J(pick(["etc/postgresql/14/main", "var/lib/postgresql/data", "pgdata", J(infra_dir(), "postgres/standby")]), fname)
    return path, L(*lines), s, "recovery.conf" if fname == "recovery.conf" else "postgresql.conf"


@pos("postgresql", "create_role_password")
def p_create_role():
    s = pw(0.4).replace("'", "")
    role = dbuser()
    n = R.randrange(1, 40)
    lines = [
        f"-- V{n}__create_{role}_role.sql",
        "BEGIN;",
        "",
        f"CREATE ROLE {role} WITH LOGIN PASSWORD '{s}'",
        "    NOSUPERUSER NOCREATEDB NOCREATEROLE CONNECTION LIMIT 20;",
        "",
        f"GRANT CONNECT ON DATABASE {dbname()} TO {role};",
        f"GRANT USAGE ON SCHEMA public TO {role};",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role};",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role};",
        "",
        "COMMIT;",
    ]
    if chance(0.4):
        lines[3] = f"ALTER ROLE {role} WITH PASSWORD '{s}'"
        lines[4] = "    VALID UNTIL 'infinity';"
    path = J(pick(["db/migrations", "migrations", "sql", "src/main/resources/db/migration"]), f"V{n}__create_{role}_role.sql")
    return path, L(*lines), s, "sql"


@pos("pgbouncer", "userlist_plain")
def p_userlist():
    s = pw(0.3).replace('"', "")
    lines = [f'"{pick(["pgbouncer", "stats", "admin_ops"])}" "md5{rhex(32)}"',
             f'"{dbuser()}" "SCRAM-SHA-256$4096:{base64.b64encode(rbytes(16)).decode()}${base64.b64encode(rbytes(32)).decode()}:{base64.b64encode(rbytes(32)).decode()}"']
    lines.append(f'"{pick(["svc_ledger", "svc_api", "orders_rw", "payments"])}" "{s}"')
    R.shuffle(lines)
    lines = [";; pgbouncer auth_file, format: \"username\" \"password-or-hash\""] + lines + [f'"{pick(["metrics", "exporter"])}" ""']
    lines += ["", ";; keep in sync with roles in primary, regenerate with ./gen-userlist.sh"]
    path = pick(["etc/pgbouncer/userlist.txt", J(infra_dir(), "pgbouncer/userlist.txt")])
    return path, L(*lines), s, "userlist.txt"


@pos("pgbouncer", "ini_conn_password")
def p_pgbouncer_ini():
    s = pw(0.2)
    db = dbname()
    lines = [
        "[databases]",
        f"{db} = host={host('pg')} port=5432 dbname={db} user={dbuser()} password={s}",
        f"{dbname()}_ro = host={host('pg')} port=5432 dbname={db} auth_user=pgbouncer",
        "",
        "[pgbouncer]",
        "listen_addr = 0.0.0.0",
        "listen_port = 6432",
        "auth_type = scram-sha-256",
        "auth_file = /etc/pgbouncer/userlist.txt",
        "pool_mode = transaction",
        f"max_client_conn = {pick([200, 500, 1000])}",
        f"default_pool_size = {pick([20, 25, 40])}",
        "server_tls_sslmode = require",
        "admin_users = pgbouncer",
        "stats_users = stats, monitor",
    ]
    path = pick(["etc/pgbouncer/pgbouncer.ini", J(infra_dir(), "pgbouncer/pgbouncer.ini")])
    return path, L(*lines), s, "pgbouncer.ini"


@pos("patroni", "patroni_superuser")
def p_patroni():
    s = pw(0.2)
    which = pick(["superuser", "replication", "rewind"])
    name = {"superuser": "postgres", "replication": "replicator", "rewind": "rewind_user"}[which]
    scope = f"{pick(['pg', 'main', 'orders'])}-cluster"
    lines = [
        f"scope: {scope}",
        "namespace: /service/",
        f"name: {pick(['pg-node1', 'pg-node2', 'db01'])}",
        "",
        "restapi:",
        "  listen: 0.0.0.0:8008",
        f"  connect_address: {host('pg')}:8008",
        "",
        "etcd3:",
        f"  hosts: {host('etcd')}:2379",
        "",
        "postgresql:",
        "  listen: 0.0.0.0:5432",
        f"  connect_address: {host('pg')}:5432",
        "  data_dir: /var/lib/postgresql/15/main",
        "  bin_dir: /usr/lib/postgresql/15/bin",
        "  pgpass: /tmp/pgpass0",
        "  authentication:",
    ]
    for w, n in (("superuser", "postgres"), ("replication", "replicator"), ("rewind", "rewind_user")):
        lines.append(f"    {w}:")
        lines.append(f"      username: {n}")
        if w == which:
            lines.append(f"      password: '{s}'" if chance(0.5) else f"      password: {s}")
        else:
            lines.append(f"      password: \"{{{{ patroni_{w}_password }}}}\"")
    lines += ["  parameters:", "    unix_socket_directories: '/var/run/postgresql'", "    password_encryption: scram-sha-256"]
    path = pick(["etc/patroni/patroni.yml", J(infra_dir(), "patroni/patroni.yml"), "patroni.yml"])
    return path, L(*lines), s, "patroni.yml"


@pos("postgresql", "pg_dump_pgpassword")
def p_pgdump():
    s = pw(0.3).replace("'", "")
    var = "PGPASSWORD"
    db = dbname()
    lines = [
        "#!/usr/bin/env bash",
        "# nightly logical backup, runs from cron on the backup host",
        "set -euo pipefail",
        "",
        f"BACKUP_DIR=/var/backups/postgres/{db}",
        "STAMP=$(date +%Y%m%d_%H%M%S)",
        "mkdir -p \"$BACKUP_DIR\"",
        "",
        f"export {var}='{s}'",
        f"pg_dump -h {host('pg')} -U {pick(['backup', 'postgres', 'dump_user'])} -Fc -Z 6 -d {db} \\",
        f"  -f \"$BACKUP_DIR/{db}_$STAMP.dump\"",
        "",
        "sha256sum \"$BACKUP_DIR/" + db + "_$STAMP.dump\" > \"$BACKUP_DIR/" + db + "_$STAMP.dump.sha256\"",
        "find \"$BACKUP_DIR\" -name '*.dump' -mtime +14 -delete",
        f"aws s3 cp \"$BACKUP_DIR/{db}_$STAMP.dump\" s3://{company()}-db-backups/{db}/ --sse aws:kms",
    ]
    if chance(0.4):
        lines[8] = f"{var}='{s}' \\"
        lines[9] = "  " + lines[9]
    path = J(pick(["scripts", "bin", "ops/backup", "cron"]), pick(["pg_backup.sh", "backup-postgres.sh", "nightly_dump.sh"]))
    return path, L(*lines), s, "shell"


@pos("postgresql", "database_url")
def p_pg_url():
    s = pw(0.25)
    var = vname(["DATABASE_URL", "POSTGRES_URL", "PG_DSN"], ["DB_DSN", "PRIMARY_DSN", "STORE_URL", "SQL_URL"])
    lines = [
        f"APP_ENV={pick(['production', 'staging'])}",
        f"PORT={pick([3000, 8000, 8080])}",
        "LOG_LEVEL=info",
        f"{var}=postgres://{dbuser()}:{s}@{host('pg')}:5432/{dbname()}?sslmode=require",
        f"REDIS_URL=redis://{host('redis')}:6379/0",
        "SENTRY_ENVIRONMENT=prod",
        "FEATURE_NEW_CHECKOUT=false",
    ]
    path = pick([".env", ".env.production", "deploy/.env.prod", "services/api/.env"])
    return path, L(*lines), s, "dotenv"


@pos("pgadmin", "pgadmin_default_password")
def p_pgadmin():
    s = pw(0.5)
    lines = [
        "services:",
        "  postgres:",
        "    image: postgres:16",
        "    environment:",
        "      POSTGRES_USER: app",
        "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password",
        "    secrets: [pg_password]",
        "  pgadmin:",
        "    image: dpage/pgadmin4:8",
        "    environment:",
        f"      PGADMIN_DEFAULT_EMAIL: dba@{company()}.com",
        f"      PGADMIN_DEFAULT_PASSWORD: \"{s}\"",
        "      PGADMIN_CONFIG_SERVER_MODE: 'True'",
        "    volumes:",
        "      - ./servers.json:/pgadmin4/servers.json:ro",
        "    ports: [\"5050:80\"]",
        "secrets:",
        "  pg_password:",
        "    file: ./secrets/pg_password.txt",
    ]
    return pick(["docker-compose.yml", "compose.yaml", "tools/pgadmin/docker-compose.yml"]), L(*lines), s, "docker-compose.yml"


# ---------------------------------------------------------------- MySQL / MariaDB
@pos("mysql", "my_cnf_client_password")
def p_mycnf():
    s = pw(0.4).replace('"', "")
    q = pick(['"', "", "'"]) if all(c not in s for c in "#;") else '"'
    sect = pick(["[client]", "[mysqldump]", "[mysql]", "[client]"])
    lines = [
        sect,
        f"user={pick(['root', 'backup', dbuser()])}",
        f"password={q}{s}{q}",
        f"host={host('mysql')}",
        "default-character-set=utf8mb4",
        "",
        "[mysql]",
        "prompt=\\u@\\h [\\d]> ",
        "no-auto-rehash",
    ]
    if sect == "[mysql]":
        lines[6:9] = ["[mysqldump]", "single-transaction", "quick"]
    path = pick([J(home(), ".my.cnf"), "etc/mysql/debian.cnf", J(infra_dir(), "mysql/files/my.cnf"), "etc/mysql/conf.d/client.cnf"])
    return path, L(*lines), s, "my.cnf"


@pos("mysql", "replication_source_password")
def p_mysql_repl():
    s = pw(0.3).replace("'", "")
    new = chance(0.5)
    kw = ("SOURCE" if new else "MASTER")
    lines = [
        "-- run on the new replica after restoring the xtrabackup snapshot",
        "STOP " + ("REPLICA" if new else "SLAVE") + ";",
        ("CHANGE REPLICATION SOURCE TO" if new else "CHANGE MASTER TO"),
        f"  {kw}_HOST='{host('mysql')}',",
        f"  {kw}_PORT=3306,",
        f"  {kw}_USER='{pick(['repl', 'replicator', 'repl_user'])}',",
        f"  {kw}_PASSWORD='{s}',",
        f"  {kw}_AUTO_POSITION=1,",
        f"  {kw}_SSL=1;",
        "START " + ("REPLICA" if new else "SLAVE") + ";",
        "SHOW " + ("REPLICA" if new else "SLAVE") + " STATUS\\G",
    ]
    path = J(pick(["runbooks", "ops/mysql", "sql/replication", "docs/db"]), pick(["setup_replica.sql", "change_master.sql", "replica-init.sql"]))
    return path, L(*lines), s, "sql"


@pos("mysql", "create_user_identified_by")
def p_mysql_create_user():
    s = pw(0.4).replace("'", "")
    u = dbuser()
    db = dbname()
    lines = [
        f"-- provisioning for {db} service accounts",
        f"CREATE DATABASE IF NOT EXISTS `{db}` CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;",
        "",
        f"CREATE USER IF NOT EXISTS '{u}'@'10.%' IDENTIFIED BY '{s}';",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON `{db}`.* TO '{u}'@'10.%';",
        "",
        f"CREATE USER IF NOT EXISTS 'exporter'@'localhost' IDENTIFIED WITH auth_socket;",
        "GRANT PROCESS, REPLICATION CLIENT ON *.* TO 'exporter'@'localhost';",
        "FLUSH PRIVILEGES;",
    ]
    if chance(0.3):
        lines[3] = f"ALTER USER '{u}'@'%' IDENTIFIED WITH caching_sha2_password BY '{s}';"
    path = J(pick(["db/init", "docker-entrypoint-initdb.d", "sql", "provisioning/mysql"]), pick(["01-users.sql", "create_users.sql", "grants.sql"]))
    return path, L(*lines), s, "sql"


@pos("proxysql", "admin_credentials")
def p_proxysql():
    s = machine_pw(16, 24, sym=False)
    lines = [
        'datadir="/var/lib/proxysql"',
        "",
        "admin_variables=",
        "{",
        f'    admin_credentials="{pick(["admin", "cluster_admin", "padmin"])}:{s}"',
        '    mysql_ifaces="0.0.0.0:6032"',
        "}",
        "",
        "mysql_variables=",
        "{",
        "    threads=4",
        "    max_connections=2048",
        '    interfaces="0.0.0.0:6033"',
        '    # monitor user/password are set at runtime from vault (LOAD MYSQL VARIABLES TO RUNTIME)',
        "}",
        "",
        "mysql_servers =",
        "(",
        f'    {{ address="{host("mysql")}", port=3306, hostgroup=10, max_connections=200 }},',
        f'    {{ address="{host("mysql")}", port=3306, hostgroup=20, max_connections=200 }}',
        ")",
    ]
    return pick(["etc/proxysql.cnf", J(infra_dir(), "proxysql/proxysql.cnf")]), L(*lines), s, "proxysql.cnf"


@pos("galera", "wsrep_sst_auth")
def p_galera():
    s = pw(0.3)
    lines = [
        "[galera]",
        "wsrep_on = ON",
        "wsrep_provider = /usr/lib/galera/libgalera_smm.so",
        f"wsrep_cluster_name = \"{company()}_galera\"",
        f"wsrep_cluster_address = \"gcomm://{host('mysql')},{host('mysql')},{host('mysql')}\"",
        "binlog_format = row",
        "default_storage_engine = InnoDB",
        "innodb_autoinc_lock_mode = 2",
        "wsrep_sst_method = mariabackup",
        f"wsrep_sst_auth = {pick(['sst', 'mariabackup', 'sstuser'])}:{s}",
        f"wsrep_node_name = {pick(['node1', 'node2', 'db-a'])}",
    ]
    path = pick(["etc/mysql/mariadb.conf.d/60-galera.cnf", "etc/mysql/conf.d/galera.cnf", J(infra_dir(), "mariadb/galera.cnf")])
    return path, L(*lines), s, "mysqld.cnf"


@pos("mysql", "mysqldump_p")
def p_mysqldump():
    s = pw(0.3).replace("'", "")
    db = dbname()
    style = R.randrange(3)
    if style == 0:
        cmd = f"mysqldump -h {host('mysql')} -u backup -p'{s}' --single-transaction --routines {db} | gzip > /var/backups/mysql/{db}_$(date +\\%F).sql.gz"
        lines = [
            "# m h dom mon dow user command",
            "MAILTO=dba-alerts@" + company() + ".com",
            "SHELL=/bin/bash",
            f"15 2 * * * root {cmd}",
            f"45 3 * * 0 root find /var/backups/mysql -name '*.sql.gz' -mtime +30 -delete",
        ]
        return pick(["etc/cron.d/mysql-backup", "cron/mysql-backup"]), L(*lines), s, "cron"
    lines = [
        "#!/bin/sh",
        "set -e",
        f"DB={db}",
        "OUT=/srv/backup/$DB-$(date +%F).sql.gz",
        f"mysqldump --host={host('mysql')} --user=root --password='{s}' \\",
        "  --single-transaction --quick --triggers --events \"$DB\" | gzip -9 > \"$OUT\"",
        "sha256sum \"$OUT\" >> /srv/backup/SHA256SUMS",
        "rclone copy \"$OUT\" offsite:mysql/",
    ]
    if style == 2:
        lines[4] = f"mysqldump -h{host('mysql')} -uroot -p{s} \\" if all(c not in s for c in "!*^~") else lines[4]
    return J(pick(["scripts", "bin", "ops"]), pick(["mysql_backup.sh", "dump.sh", "backup_db.sh"])), L(*lines), s, "shell"


@pos("mysql", "compose_root_password")
def p_mysql_compose():
    s = pw(0.4)
    var = pick(["MYSQL_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD", "MYSQL_PASSWORD"])
    img = "mariadb:11" if var.startswith("MARIADB") else pick(["mysql:8.0", "mysql:8.4"])
    lines = [
        "version: \"3.8\"",
        "services:",
        "  db:",
        f"    image: {img}",
        "    restart: unless-stopped",
        "    environment:",
        f"      {var}: \"{s}\"" if chance(0.6) else f"      - {var}={s}",
        f"      MYSQL_DATABASE: {dbname()}",
        f"      MYSQL_USER: {dbuser()}",
        "    volumes:",
        "      - db_data:/var/lib/mysql",
        "      - ./initdb:/docker-entrypoint-initdb.d:ro",
        "    ports:",
        "      - \"3306:3306\"",
        "volumes:",
        "  db_data: {}",
    ]
    if lines[6].startswith("      - "):
        lines[7] = f"      - MYSQL_DATABASE={dbname()}"
        lines[8] = f"      - MYSQL_USER={dbuser()}"
    return pick(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yml"]), L(*lines), s, "docker-compose.yml"


@pos("mysql", "sqlalchemy_url")
def p_mysql_sqlalchemy():
    s = pw(0.3)
    var = vname(["MYSQL_URL", "SQLALCHEMY_DATABASE_URI"], ["DB_URI", "ENGINE_URL", "DSN"])
    lines = [
        "import os",
        "",
        "",
        "class Config:",
        "    SECRET_KEY = os.environ.get(\"FLASK_SECRET_KEY\")",
        f"    {var} = \"mysql+pymysql://{dbuser()}:{s}@{host('mysql')}:3306/{dbname()}?charset=utf8mb4\"",
        "    SQLALCHEMY_TRACK_MODIFICATIONS = False",
        "    SQLALCHEMY_ENGINE_OPTIONS = {\"pool_pre_ping\": True, \"pool_recycle\": 280}",
        "",
        "",
        "class TestingConfig(Config):",
        "    SQLALCHEMY_DATABASE_URI = \"sqlite:///:memory:\"",
        "    TESTING = True",
    ]
    return pick(["config.py", "app/config.py", "src/settings/config.py"]), L(*lines), s, "python"


# ---------------------------------------------------------------- MongoDB
def mongo_host():
    return f"{pick(['cluster0', 'prod-cluster', 'analytics', 'shared0'])}.{rstr(LOWNUM, 5, check=False)}.mongodb.net"


@pos("mongodb", "srv_connection_string")
def p_mongo_srv():
    s = pw(0.3, 16, 28)
    var = vname(["MONGODB_URI", "MONGO_URL", "MONGO_URI"], ["DB_URL", "CONNECTION_STRING", "STORE_URI", "DSN"])
    u = dbuser()
    form = R.randrange(3)
    if form == 0:
        lines = [
            "NODE_ENV=production",
            f"{var}=mongodb+srv://{u}:{s}@{mongo_host()}/{dbname()}?retryWrites=true&w=majority&appName={pick(['api', 'worker'])}",
            "MONGO_POOL_SIZE=20",
            "JWT_ISSUER=https://auth." + company() + ".com/",
            "PORT=4000",
        ]
        return pick([".env", ".env.production", "apps/api/.env"]), L(*lines), s, "dotenv"
    if form == 1:
        lines = [
            "spring:",
            "  application:",
            f"    name: {pick(['orders-service', 'catalog-service'])}",
            "  data:",
            "    mongodb:",
            f"      uri: mongodb+srv://{u}:{s}@{mongo_host()}/{dbname()}?retryWrites=true&w=majority",
            "      auto-index-creation: false",
            "server:",
            "  port: 8080",
            "management:",
            "  endpoints.web.exposure.include: health,info,prometheus",
        ]
        return "src/main/resources/application.yml", L(*lines), s, "application.yml"
    lines = [
        "const { MongoClient } = require('mongodb');",
        "",
        f"const uri = 'mongodb://{u}:{s}@{host('mongo')}:27017,{host('mongo')}:27017/{dbname()}?replicaSet=rs0&authSource=admin';",
        "const client = new MongoClient(uri, { maxPoolSize: 10 });",
        "",
        "async function main() {",
        "  await client.connect();",
        "  const db = client.db();",
        "  console.log(await db.command({ ping: 1 }));",
        "}",
        "",
        "main().finally(() => client.close());",
    ]
    return pick(["scripts/ping-mongo.js", "src/db.js", "tools/check_mongo.js"]), L(*lines), s, "js"


@pos("mongodb", "keyfile_contents")
def p_mongo_keyfile():
    body = base64.b64encode(rbytes(756)).decode()
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    needle = rows[0]
    form = R.randrange(2)
    if form == 0:
        return pick(["mongo/keyfile", "etc/mongodb/keyfile", J(infra_dir(), "mongodb/files/mongo-keyfile")]), L(*rows), needle, "keyfile"
    lines = [
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: mongodb-replica-keyfile",
        f"  namespace: {pick(['databases', 'mongo', 'data'])}",
        "type: Opaque",
        "stringData:",
        "  keyfile: |",
    ] + ["    " + r for r in rows]
    return pick(["k8s/mongodb/keyfile-secret.yaml", "manifests/mongo-keyfile.yaml"]), L(*lines), needle, "k8s-secret"


@pos("mongodb", "createUser_pwd")
def p_mongo_createuser():
    s = pw(0.4).replace('"', "")
    u = dbuser()
    db = dbname()
    lines = [
        "// mongosh --file create-users.js  (run against the primary as root)",
        f"const appDb = db.getSiblingDB('{db}');",
        "",
        "appDb.createUser({",
        f"  user: '{u}',",
        f"  pwd: \"{s}\",",
        "  roles: [",
        f"    {{ role: 'readWrite', db: '{db}' }},",
        "    { role: 'clusterMonitor', db: 'admin' },",
        "  ],",
        "  mechanisms: ['SCRAM-SHA-256'],",
        "});",
        "",
        f"printjson(appDb.getUser('{u}'));",
    ]
    if chance(0.3):
        lines[5] = f"  pwd: '{s}',"
    return J(pick(["mongo", "scripts/mongo", "docker-entrypoint-initdb.d", "db"]), pick(["create-users.js", "01-init-users.js", "mongo-init.js"])), L(*lines), s, "js"


@pos("mongodb_atlas", "api_private_key")
def p_atlas_api():
    priv = ruuid()
    pub = rstr(LOWER, 8)
    form = R.randrange(3)
    if form == 0:
        lines = [
            "[default]",
            f"  org_id = \"{rhex(24)}\"",
            f"  project_id = \"{rhex(24)}\"",
            "  output = \"json\"",
            f"  public_api_key = \"{pub}\"",
            f"  private_api_key = \"{priv}\"",
            "  service = \"cloud\"",
        ]
        return J(home(), ".config/atlascli/config.toml"), L(*lines), priv, "toml"
    if form == 1:
        lines = [
            "terraform {",
            "  required_providers {",
            "    mongodbatlas = { source = \"mongodb/mongodbatlas\", version = \"~> 1.15\" }",
            "  }",
            "}",
            "",
            "provider \"mongodbatlas\" {",
            f"  public_key  = \"{pub}\"",
            f"  private_key = \"{priv}\"",
            "}",
            "",
            "resource \"mongodbatlas_project\" \"main\" {",
            f"  name   = \"{company()}-{pick(ENVS)}\"",
            f"  org_id = \"{rhex(24)}\"",
            "}",
        ]
        return J(pick(["terraform", "infra/atlas", "tf"]), "main.tf"), L(*lines), priv, "terraform"
    var = vname(["MONGODB_ATLAS_PRIVATE_KEY", "ATLAS_PRIVATE_KEY"], ["ATLAS_SECRET", "CLOUD_API_SECRET"], 0.3)
    lines = [
        "# Atlas programmatic access for the backup-export job",
        f"MONGODB_ATLAS_PUBLIC_KEY={pub}",
        f"{var}={priv}",
        f"MONGODB_ATLAS_PROJECT_ID={rhex(24)}",
        f"ATLAS_CLUSTER={pick(['Cluster0', 'prod-main'])}",
    ]
    return pick([".env", "jobs/atlas-export/.env"]), L(*lines), priv, "dotenv"


@pos("mongodb_atlas", "data_api_key")
def p_atlas_data_api():
    k = rstr(ALNUM, 64)
    app = f"data-{rstr(LOWNUM, 5)}"
    lines = [
        "#!/usr/bin/env bash",
        "# quick export of today's orders through the Atlas Data API",
        f"API_KEY=\"{k}\"",
        "",
        f"curl -s --location --request POST 'https://{pick(REGIONS)}.aws.data.mongodb-api.com/app/{app}/endpoint/data/v1/action/find' \\",
        "  --header 'Content-Type: application/json' \\",
        "  --header \"api-key: $API_KEY\" \\",
        f"  --data-raw '{{\"dataSource\": \"Cluster0\", \"database\": \"{dbname()}\", \"collection\": \"orders\", \"limit\": 100}}' | jq .",
    ]
    return J(pick(["scripts", "tools"]), "export_orders.sh"), L(*lines), k, "shell"


@pos("mongodb", "mongodump_password")
def p_mongodump():
    s = pw(0.3).replace("'", "")
    db = dbname()
    lines = [
        "#!/bin/bash",
        "set -euo pipefail",
        "TS=$(date -u +%Y%m%dT%H%M%SZ)",
        f"OUT=/backups/mongo/{db}-$TS.archive.gz",
        f"mongodump --host rs0/{host('mongo')}:27017 --username backup --password '{s}' \\",
        f"  --authenticationDatabase admin --db {db} --oplog=false --archive=\"$OUT\" --gzip",
        "sha256sum \"$OUT\" > \"$OUT.sha256\"",
        "ls -1t /backups/mongo/*.archive.gz | tail -n +15 | xargs -r rm --",
    ]
    return J(pick(["scripts", "backup", "ops/mongo"]), pick(["mongo_backup.sh", "dump-mongo.sh"])), L(*lines), s, "shell"


# ---------------------------------------------------------------- Redis
@pos("redis", "requirepass")
def p_requirepass():
    s = machine_pw(24, 48, sym=False) if chance(0.6) else human_pw()
    which = pick(["requirepass", "masterauth", "requirepass"])
    lines = [
        f"bind 0.0.0.0 -::1",
        "protected-mode yes",
        "port 6379",
        "tcp-backlog 511",
        "timeout 0",
        "daemonize no",
        "supervised systemd",
        "loglevel notice",
        "logfile /var/log/redis/redis-server.log",
        "databases 16",
        "save 3600 1 300 100 60 10000",
        "dir /var/lib/redis",
        "",
        "################################## SECURITY ###################################",
        f"{which} {s}",
        "",
        "maxmemory 2gb",
        "maxmemory-policy allkeys-lru",
        "appendonly yes",
    ]
    if which == "masterauth":
        lines.insert(14, f"replicaof {host('redis')} 6379")
        lines.insert(15, "masteruser replica-user")
    return pick(["etc/redis/redis.conf", "redis/redis.conf", J(infra_dir(), "redis/redis.conf")]), L(*lines), s, "redis.conf"


@pos("redis", "acl_plaintext")
def p_redis_acl():
    s = machine_pw(20, 40, sym=False) if chance(0.6) else human_pw()
    u = pick(["app", "worker", "cache-rw", "sidekiq", "celery"])
    rows = [
        f"user default off",
        f"user {u} on >{s} ~{pick(['cache:*', 'sess:*', 'queue:*'])} &* +@all -@dangerous",
        f"user {pick(['metrics', 'exporter'])} on #{rhex(64)} ~* +info +ping +config|get +client|list",
        f"user {pick(['replica-user', 'sentinel'])} on #{rhex(64)} +psync +replconf +ping",
    ]
    return pick(["etc/redis/users.acl", "redis/users.acl"]), L(*rows, "", "# hashes generated with: echo -n pw | sha256sum"), s, "users.acl"


@pos("redis", "redis_url")
def p_redis_url():
    s = machine_pw(24, 40, sym=False)
    var = vname(["REDIS_URL", "CACHE_REDIS_URL", "CELERY_BROKER_URL"], ["CACHE_URL", "BROKER", "QUEUE_DSN"])
    scheme = pick(["redis", "rediss"])
    userpart = pick(["", "default", "app"])
    lines = [
        "# worker settings",
        "CONCURRENCY=8",
        f"{var}={scheme}://{userpart}:{s}@{host('redis')}:6379/{R.randrange(0, 4)}",
        "RESULT_EXPIRES=3600",
        "TZ=UTC",
    ]
    return pick([".env", "worker/.env", ".env.staging"]), L(*lines), s, "dotenv"


# ---------------------------------------------------------------- Cassandra / ScyllaDB
@pos("cassandra", "cqlshrc_password")
def p_cqlshrc():
    s = pw(0.35)
    lines = [
        "[authentication]",
        f"username = {pick(['cassandra_ops', 'dba', 'app_admin', 'scylla_admin'])}",
        f"password = {s}",
        "",
        "[connection]",
        f"hostname = {host('cass')}",
        "port = 9042",
        "",
        "[ssl]",
        "certfile = /etc/cassandra/certs/ca.pem",
        "validate = true",
        "",
        "[cql]",
        "version = 3.4.5",
    ]
    return pick([J(home(), ".cassandra/cqlshrc"), "cqlshrc", J(infra_dir(), "cassandra/cqlshrc")]), L(*lines), s, "cqlshrc"


@pos("cassandra", "driver_conf_password")
def p_cass_driver():
    s = pw(0.3).replace('"', "")
    lines = [
        "datastax-java-driver {",
        f"  basic.contact-points = [ \"{host('cass')}:9042\", \"{host('cass')}:9042\" ]",
        f"  basic.load-balancing-policy.local-datacenter = {pick(['dc1', 'eu-west', 'DC1'])}",
        f"  basic.session-keyspace = {dbname()}",
        "  advanced.auth-provider {",
        "    class = PlainTextAuthProvider",
        f"    username = \"{dbuser()}\"",
        f"    password = \"{s}\"",
        "  }",
        "  advanced.ssl-engine-factory {",
        "    class = DefaultSslEngineFactory",
        "    truststore-path = /etc/app/truststore.jks",
        "  }",
        "}",
    ]
    return pick(["src/main/resources/application.conf", "conf/application.conf"]), L(*lines), s, "hocon"


# ---------------------------------------------------------------- Elasticsearch / OpenSearch
def es_api_key():
    i = rstr(B64URL, 20)
    k = rstr(B64URL, 22)
    return i, k, base64.b64encode(f"{i}:{k}".encode()).decode()


@pos("elasticsearch", "elastic_password")
def p_elastic_pw():
    s = pw(0.3, 16, 24)
    form = R.randrange(2)
    if form == 0:
        lines = [
            "# Password for the 'elastic' user (at least 6 characters)",
            f"ELASTIC_PASSWORD={s}",
            "",
            "# Password for the 'kibana_system' user is set by the setup container",
            "KIBANA_PASSWORD=${ELASTIC_PASSWORD}",
            "STACK_VERSION=8.13.4",
            "CLUSTER_NAME=docker-cluster",
            "LICENSE=basic",
            "ES_PORT=9200",
            "MEM_LIMIT=1073741824",
        ]
        return pick([".env", "elk/.env"]), L(*lines), s, "dotenv"
    lines = [
        "#!/usr/bin/env bash",
        "# rotate ILM policy on the logging cluster",
        f"ES={pick(['https://', 'https://'])}{host('es')}:9200",
        f"curl -sk -u elastic:{s} -X PUT \"$ES/_ilm/policy/logs-30d\" \\",
        "  -H 'Content-Type: application/json' \\",
        "  -d @ilm/logs-30d.json",
        "curl -sk \"$ES/_cluster/health?pretty\" --cacert /etc/ssl/es-ca.crt",
    ]
    return J(pick(["scripts", "ops/elastic"]), "apply_ilm.sh"), L(*lines), s, "shell"


@pos("elasticsearch", "api_key")
def p_es_apikey():
    i, k, enc = es_api_key()
    form = R.randrange(3)
    if form == 0:
        lines = [
            "filebeat.inputs:",
            "  - type: filestream",
            "    id: app-logs",
            "    paths: [/var/log/app/*.log]",
            "",
            "output.elasticsearch:",
            f"  hosts: [\"https://{host('es')}:9200\"]",
            f"  api_key: \"{i}:{k}\"",
            "  ssl.certificate_authorities: [\"/etc/filebeat/ca.crt\"]",
            "",
            "setup.ilm.enabled: true",
        ]
        return pick(["filebeat.yml", "etc/filebeat/filebeat.yml"]), L(*lines), k, "yaml"
    if form == 1:
        var = vname(["ES_API_KEY", "ELASTICSEARCH_API_KEY"], ["SEARCH_KEY", "INGEST_AUTH", "API_KEY"])
        lines = [
            f"ES_URL=https://{host('es')}:9200",
            f"{var}={enc}",
            "ES_INDEX=products-v3",
            "BULK_SIZE=500",
        ]
        return pick([".env", "indexer/.env"]), L(*lines), enc, "dotenv"
    lines = [
        "# Reindex runbook",
        "",
        "1. Create the new index with the updated mapping:",
        "",
        "```bash",
        f"curl -X PUT \"https://{host('es')}:9200/orders-v2\" \\",
        f"  -H \"Authorization: ApiKey {enc}\" \\",
        "  -H 'Content-Type: application/json' -d @mappings/orders-v2.json",
        "```",
        "",
        "2. Start the reindex task and watch `_tasks`.",
    ]
    return J(pick(["docs", "runbooks"]), "reindex.md"), L(*lines), enc, "markdown"


@pos("kibana", "elasticsearch_password")
def p_kibana():
    s = pw(0.3).replace('"', "")
    lines = [
        "server.host: \"0.0.0.0\"",
        f"server.publicBaseUrl: \"https://kibana.{company()}.com\"",
        f"elasticsearch.hosts: [\"https://{host('es')}:9200\"]",
        "elasticsearch.username: \"kibana_system\"",
        f"elasticsearch.password: \"{s}\"",
        "elasticsearch.ssl.certificateAuthorities: [ \"/usr/share/kibana/config/certs/ca.crt\" ]",
        "xpack.encryptedSavedObjects.encryptionKey: \"${KIBANA_ENC_KEY}\"",
        "logging.root.level: info",
    ]
    return pick(["config/kibana.yml", "kibana/kibana.yml", "etc/kibana/kibana.yml"]), L(*lines), s, "kibana.yml"


@pos("opensearch", "initial_admin_password")
def p_opensearch():
    s = human_pw() if chance(0.5) else machine_pw(16, 24, sym=True)
    lines = [
        "services:",
        "  opensearch-node1:",
        "    image: opensearchproject/opensearch:2.13.0",
        "    environment:",
        "      - cluster.name=opensearch-cluster",
        "      - node.name=opensearch-node1",
        "      - discovery.type=single-node",
        "      - bootstrap.memory_lock=true",
        "      - \"OPENSEARCH_JAVA_OPTS=-Xms512m -Xmx512m\"",
        f"      - OPENSEARCH_INITIAL_ADMIN_PASSWORD={s}",
        "    ulimits:",
        "      memlock: { soft: -1, hard: -1 }",
        "    ports: [\"9200:9200\", \"9600:9600\"]",
        "  dashboards:",
        "    image: opensearchproject/opensearch-dashboards:2.13.0",
        "    environment:",
        "      OPENSEARCH_HOSTS: '[\"https://opensearch-node1:9200\"]'",
    ]
    return pick(["docker-compose.yml", "opensearch/docker-compose.yml"]), L(*lines), s, "docker-compose.yml"


# ---------------------------------------------------------------- ClickHouse
@pos("clickhouse", "users_xml_plain")
def p_clickhouse():
    s = machine_pw(16, 32, sym=False) if chance(0.6) else human_pw()
    u = pick(["etl", "grafana", "superset", "ingest", dbuser()])
    lines = [
        "<clickhouse>",
        "    <users>",
        f"        <{u}>",
        f"            <password>{s}</password>",
        "            <networks>",
        "                <ip>10.0.0.0/8</ip>",
        "            </networks>",
        "            <profile>default</profile>",
        "            <quota>default</quota>",
        "            <access_management>0</access_management>",
        f"        </{u}>",
        "        <readonly_bi>",
        f"            <password_sha256_hex>{rhex(64)}</password_sha256_hex>",
        "            <profile>readonly</profile>",
        "            <quota>default</quota>",
        "        </readonly_bi>",
        "    </users>",
        "</clickhouse>",
    ]
    return pick(["etc/clickhouse-server/users.d/users.xml", "clickhouse/users.xml", "config/users.xml"]), L(*lines), s, "users.xml"


# ---------------------------------------------------------------- Neo4j
@pos("neo4j", "neo4j_auth")
def p_neo4j():
    s = pw(0.4, 12, 24)
    form = R.randrange(2)
    if form == 0:
        lines = [
            "services:",
            "  neo4j:",
            "    image: neo4j:5.19-enterprise",
            "    environment:",
            f"      NEO4J_AUTH: neo4j/{s}",
            "      NEO4J_ACCEPT_LICENSE_AGREEMENT: \"yes\"",
            "      NEO4J_server_memory_heap_max__size: 2G",
            "      NEO4J_PLUGINS: '[\"apoc\"]'",
            "    ports:",
            "      - \"7474:7474\"",
            "      - \"7687:7687\"",
            "    volumes:",
            "      - neo4j_data:/data",
            "volumes:",
            "  neo4j_data:",
        ]
        return pick(["docker-compose.yml", "graph/docker-compose.yml"]), L(*lines), s, "docker-compose.yml"
    var = vname(["NEO4J_PASSWORD"], ["GRAPH_DB_PASS", "GRAPH_AUTH", "DB_PASSWORD"], 0.4)
    lines = [
        f"NEO4J_URI=neo4j+s://{rhex(8)}.databases.neo4j.io",
        "NEO4J_USERNAME=neo4j",
        f"{var}={s}",
        "AURA_INSTANCENAME=Instance01",
    ]
    return pick([".env", "graph-service/.env"]), L(*lines), s, "dotenv"


# ---------------------------------------------------------------- InfluxDB
def influx_token():
    return base64.urlsafe_b64encode(rbytes(64)).decode()


@pos("influxdb", "v2_token")
def p_influx():
    t = influx_token()
    form = R.randrange(3)
    if form == 0:
        lines = [
            "[agent]",
            "  interval = \"10s\"",
            "  flush_interval = \"10s\"",
            "",
            "[[outputs.influxdb_v2]]",
            f"  urls = [\"http://{host('influx')}:8086\"]",
            f"  token = \"{t}\"",
            f"  organization = \"{company()}\"",
            "  bucket = \"telegraf\"",
            "",
            "[[inputs.postgresql]]",
            "  address = \"host=localhost user=telegraf sslmode=disable\"",
        ]
        return pick(["etc/telegraf/telegraf.conf", "telegraf/telegraf.conf"]), L(*lines), t, "telegraf.conf"
    if form == 1:
        lines = [
            "[default]",
            f"  url = \"http://{host('influx')}:8086\"",
            f"  token = \"{t}\"",
            f"  org = \"{company()}\"",
            "  active = true",
        ]
        return J(home(), ".influxdbv2/configs"), L(*lines), t, "toml"
    lines = [
        "services:",
        "  influxdb:",
        "    image: influxdb:2.7",
        "    environment:",
        "      DOCKER_INFLUXDB_INIT_MODE: setup",
        "      DOCKER_INFLUXDB_INIT_USERNAME: ops",
        "      DOCKER_INFLUXDB_INIT_PASSWORD_FILE: /run/secrets/influx_pw",
        f"      DOCKER_INFLUXDB_INIT_ORG: {company()}",
        "      DOCKER_INFLUXDB_INIT_BUCKET: metrics",
        f"      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: {t}",
        "    volumes: [\"influx:/var/lib/influxdb2\"]",
        "volumes:",
        "  influx: {}",
    ]
    return pick(["docker-compose.yml", "monitoring/docker-compose.yml"]), L(*lines), t, "docker-compose.yml"


# ---------------------------------------------------------------- CouchDB
@pos("couchdb", "local_ini_admin_plain")
def p_couch_ini():
    s = pw(0.35)
    lines = [
        "[couchdb]",
        f"uuid = {rhex(32)}",
        "single_node = true",
        "",
        "[chttpd]",
        "bind_address = 0.0.0.0",
        "port = 5984",
        "require_valid_user = true",
        "",
        "[admins]",
        f"{pick(['admin', 'couchadmin', 'ops'])} = {s}",
        "",
        "[log]",
        "level = warning",
    ]
    return pick(["etc/local.ini", "couchdb/local.d/10-admins.ini", "opt/couchdb/etc/local.ini"]), L(*lines), s, "local.ini"


@pos("couchdb", "compose_password")
def p_couch_compose():
    s = pw(0.35)
    lines = [
        "services:",
        "  couchdb:",
        "    image: couchdb:3.3",
        "    environment:",
        "      - COUCHDB_USER=admin",
        f"      - COUCHDB_PASSWORD={s}",
        "      - NODENAME=couchdb-0.couchdb",
        "    ports:",
        "      - \"5984:5984\"",
        "    volumes:",
        "      - ./data:/opt/couchdb/data",
    ]
    return pick(["docker-compose.yml", "couch/docker-compose.yml"]), L(*lines), s, "docker-compose.yml"


# ---------------------------------------------------------------- RabbitMQ
@pos("rabbitmq", "add_user_plain")
def p_rabbit_add_user():
    s = pw(0.35).replace("'", "")
    u = pick(["orders", "billing_svc", "celery", "ingest", "notifier"])
    vh = pick(["/", "/prod", "orders"])
    lines = [
        "#!/bin/sh",
        "# bootstrap users/vhosts on a fresh broker",
        "set -e",
        f"rabbitmqctl add_vhost {vh} || true",
        f"rabbitmqctl add_user {u} '{s}'",
        f"rabbitmqctl set_user_tags {u} management",
        f"rabbitmqctl set_permissions -p {vh} {u} '^{u}\\..*' '.*' '.*'",
        "rabbitmqctl delete_user guest || true",
    ]
    return J(pick(["scripts", "rabbitmq", "ops"]), pick(["init-rabbit.sh", "bootstrap.sh"])), L(*lines), s, "shell"


@pos("rabbitmq", "amqp_url_or_default_pass")
def p_rabbit_url():
    s = pw(0.3)
    form = R.randrange(2)
    if form == 0:
        var = vname(["RABBITMQ_URL", "AMQP_URL"], ["BROKER_URL", "QUEUE_URL", "MQ_DSN"])
        lines = [
            "# consumer config",
            f"{var}=amqps://{pick(['orders', 'worker', 'app'])}:{s}@{host('mq')}:5671/{pick(['prod', '%2F', 'orders'])}",
            "PREFETCH=20",
            "QUEUE=orders.created",
        ]
        return pick([".env", "consumer/.env"]), L(*lines), s, "dotenv"
    lines = [
        "services:",
        "  rabbitmq:",
        "    image: rabbitmq:3.13-management",
        "    hostname: rabbit1",
        "    environment:",
        "      RABBITMQ_DEFAULT_USER: ops",
        f"      RABBITMQ_DEFAULT_PASS: \"{s}\"",
        "      RABBITMQ_DEFAULT_VHOST: /",
        "    ports: [\"5672:5672\", \"15672:15672\"]",
        "    volumes:",
        "      - ./definitions.json:/etc/rabbitmq/definitions.json:ro",
    ]
    return pick(["docker-compose.yml", "infra/rabbitmq/docker-compose.yml"]), L(*lines), s, "docker-compose.yml"


# ---------------------------------------------------------------- Kafka / ZooKeeper
@pos("kafka", "jaas_plain_password")
def p_kafka_jaas():
    s = pw(0.25).replace('"', "")
    mod = pick(["org.apache.kafka.common.security.plain.PlainLoginModule", "org.apache.kafka.common.security.scram.ScramLoginModule"])
    lines = [
        "KafkaClient {",
        f"    {mod} required",
        f"    username=\"{pick(['svc-orders', 'connect', 'producer-app', 'ingest'])}\"",
        f"    password=\"{s}\";",
        "};",
        "",
        "Client {",
        "    org.apache.zookeeper.server.auth.DigestLoginModule required",
        "    username=\"kafka\"",
        "    password=\"${file:/etc/kafka/secrets/zk.properties:password}\";",
        "};",
    ]
    if chance(0.5):
        lines = lines[:5]
        lines.insert(0, "// passed via -Djava.security.auth.login.config=/etc/kafka/client_jaas.conf")
    return pick(["etc/kafka/kafka_client_jaas.conf", "config/jaas.conf", "kafka/jaas.conf"]), L(*lines), s, "jaas.conf"


@pos("kafka", "server_properties_jaas")
def p_kafka_props():
    s = pw(0.25).replace('"', "")
    u = pick(["admin", "broker", "inter_broker"])
    lines = [
        f"broker.id={R.randrange(0, 6)}",
        "listeners=SASL_SSL://0.0.0.0:9093,CONTROLLER://0.0.0.0:9094",
        f"advertised.listeners=SASL_SSL://{host('kafka')}:9093",
        "security.inter.broker.protocol=SASL_SSL",
        "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
        "sasl.enabled.mechanisms=SCRAM-SHA-512",
        f"listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"{u}\" password=\"{s}\";",
        "ssl.keystore.location=/var/private/ssl/kafka.server.keystore.jks",
        "ssl.keystore.password=${file:/etc/kafka/secrets/ssl.properties:keystore.password}",
        "log.dirs=/var/lib/kafka/data",
        "num.partitions=6",
        "default.replication.factor=3",
        "min.insync.replicas=2",
    ]
    if chance(0.4):
        s = rstr(ALNUM + "+/", 64)
        lines = [
            f"bootstrap.servers={host('kafka')}:9093",
            "security.protocol=SASL_SSL",
            "sasl.mechanism=PLAIN",
            f"sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"{rstr(ALNUM.upper(), 16)}\" password=\"{s}\";",
            "client.dns.lookup=use_all_dns_ips",
            "session.timeout.ms=45000",
            "acks=all",
        ]
        return pick(["client.properties", "config/producer.properties"]), L(*lines), s, "properties"
    return pick(["config/server.properties", "etc/kafka/server.properties"]), L(*lines), s, "server.properties"


@pos("zookeeper", "digest_auth")
def p_zk():
    s = pw(0.3).replace('"', "")
    form = R.randrange(2)
    if form == 0:
        lines = [
            "Server {",
            "    org.apache.zookeeper.server.auth.DigestLoginModule required",
            f"    user_kafka=\"{s}\";",
            "};",
            "",
            "QuorumServer {",
            "    org.apache.zookeeper.server.auth.DigestLoginModule required",
            "    user_quorum=\"${file:/etc/zookeeper/quorum.pw}\";",
            "};",
        ]
        return pick(["conf/zookeeper_jaas.conf", "etc/zookeeper/jaas.conf"]), L(*lines), s, "jaas.conf"
    lines = [
        "#!/bin/bash",
        "# set ACLs on the kafka chroot",
        f"ZK={host('zk')}:2181",
        f"bin/zkCli.sh -server $ZK <<EOF",
        f"addauth digest {pick(['ops', 'kafka', 'admin_zk'])}:{s}",
        "setAcl /kafka auth::cdrwa",
        "getAcl /kafka",
        "EOF",
    ]
    return pick(["scripts/zk-acl.sh", "ops/zookeeper/set_acls.sh"]), L(*lines), s, "shell"


# ---------------------------------------------------------------- SQL Server
@pos("mssql", "sa_password")
def p_mssql_compose():
    s = human_pw() if chance(0.4) else machine_pw(16, 24, sym=True)
    var = pick(["MSSQL_SA_PASSWORD", "SA_PASSWORD"])
    lines = [
        "services:",
        "  sqlserver:",
        "    image: mcr.microsoft.com/mssql/server:2022-latest",
        "    environment:",
        "      ACCEPT_EULA: \"Y\"",
        f"      {var}: \"{s}\"",
        "      MSSQL_PID: Developer",
        "      MSSQL_AGENT_ENABLED: \"true\"",
        "    ports:",
        "      - \"1433:1433\"",
        "    volumes:",
        "      - mssql:/var/opt/mssql",
        "volumes:",
        "  mssql: {}",
    ]
    return pick(["docker-compose.yml", "db/docker-compose.yml"]), L(*lines), s, "docker-compose.yml"


@pos("mssql", "sqlcmd_P")
def p_sqlcmd():
    s = machine_pw(16, 24, sym=False) if chance(0.5) else human_pw()
    db = dbname()
    lines = [
        "#!/usr/bin/env bash",
        "# restore latest full backup into the reporting instance",
        "set -euo pipefail",
        f"BAK=/var/opt/mssql/backup/{db}_full.bak",
        f"/opt/mssql-tools18/bin/sqlcmd -S {host('mssql')},1433 -U sa -P '{s}' -C -Q \\",
        f"  \"RESTORE DATABASE [{db}] FROM DISK = N'$BAK' WITH REPLACE, RECOVERY, STATS = 10\"",
        "echo restore done",
    ]
    return J(pick(["scripts", "ops/mssql"]), "restore_reporting.sh"), L(*lines), s, "shell"


@pos("mssql", "adonet_connection_string")
def p_mssql_appsettings():
    s = pw(0.3).replace('"', "").replace(";", "")
    key = vname(["DefaultConnection", "SqlServer"], ["Main", "Store", "Primary"], 0.4)
    lines = [
        "{",
        "  \"Logging\": {",
        "    \"LogLevel\": { \"Default\": \"Information\", \"Microsoft.AspNetCore\": \"Warning\" }",
        "  },",
        "  \"ConnectionStrings\": {",
        f"    \"{key}\": \"Server=tcp:{host('sql')},1433;Initial Catalog={dbname()};User ID={dbuser()};Password={s};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;\"",
        "  },",
        "  \"AllowedHosts\": \"*\"",
        "}",
    ]
    return pick(["appsettings.Production.json", "src/Api/appsettings.json"]), L(*lines), s, "appsettings.json"


# ---------------------------------------------------------------- Oracle
@pos("oracle", "sqlplus_userpass")
def p_sqlplus():
    s = machine_pw(12, 20, sym=False) if chance(0.5) else human_pw().replace("-", "").replace(".", "_")
    u = pick(["APPOWNER", "etl_user", "REPORTS", "system", "hr_app"])
    lines = [
        "#!/bin/ksh",
        "# purge staging tables - scheduled Mon-Fri 05:00",
        "export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1",
        "export PATH=$ORACLE_HOME/bin:$PATH",
        "export TNS_ADMIN=/u01/app/oracle/network/admin",
        "",
        f"sqlplus -s {u}/{s}@{pick(['ORCLPDB1', 'PRODDB', 'RPT'])} <<EOF",
        "SET FEEDBACK OFF",
        "@/opt/jobs/sql/purge_staging.sql",
        "EXIT",
        "EOF",
    ]
    return J(pick(["jobs", "scripts"]), "purge_staging.ksh"), L(*lines), s, "shell"


@pos("oracle", "jdbc_password")
def p_oracle_jdbc():
    s = pw(0.3)
    lines = [
        f"spring.datasource.url=jdbc:oracle:thin:@//{host('ora')}:1521/{pick(['ORCLPDB1', 'PRODSVC'])}",
        f"spring.datasource.username={pick(['APP_OWNER', 'ORDERS'])}",
        f"spring.datasource.password={s}",
        "spring.datasource.driver-class-name=oracle.jdbc.OracleDriver",
        "spring.jpa.hibernate.ddl-auto=validate",
        "spring.datasource.hikari.maximum-pool-size=15",
    ]
    return pick(["src/main/resources/application-prod.properties", "config/application.properties"]), L(*lines), s, "application.properties"


# ---------------------------------------------------------------- Warehouses
@pos("snowflake", "password")
def p_snowflake():
    s = pw(0.35)
    acct = f"{rstr(LOWER, 7)}-{rstr(LOWNUM, 7)}"
    form = R.randrange(3)
    if form == 0:
        lines = [
            "[connections.prod]",
            f"account = \"{acct}\"",
            f"user = \"{pick(['SVC_DBT', 'LOADER', 'ANALYTICS_BOT'])}\"",
            f"password = \"{s}\"",
            "warehouse = \"TRANSFORM_WH\"",
            "database = \"ANALYTICS\"",
            "role = \"TRANSFORMER\"",
            "",
            "[connections.dev]",
            f"account = \"{acct}\"",
            "user = \"JDOE\"",
            "authenticator = \"externalbrowser\"",
        ]
        return J(home(), ".snowflake/connections.toml"), L(*lines), s, "toml"
    if form == 1:
        lines = [
            "[connections]",
            f"accountname = {acct}",
            f"username = {pick(['loader', 'svc_airbyte', 'etl'])}",
            f"password = {s}",
            "dbname = RAW",
            "warehousename = LOAD_WH",
            "rolename = LOADER",
            "",
            "[options]",
            "log_level = INFO",
            "friendly = False",
        ]
        return J(home(), ".snowsql/config"), L(*lines), s, "ini"
    lines = [
        f"{company()}:",
        "  target: prod",
        "  outputs:",
        "    prod:",
        "      type: snowflake",
        f"      account: {acct}",
        "      user: SVC_DBT",
        f"      password: \"{s}\"",
        "      role: TRANSFORMER",
        "      database: ANALYTICS",
        "      warehouse: TRANSFORM_WH",
        "      schema: marts",
        "      threads: 8",
    ]
    return pick(["profiles.yml", J(home(), ".dbt/profiles.yml")]), L(*lines), s, "profiles.yml"


def fake_pkcs8_pem_body():
    # DER-ish blob: PKCS#8 RSA-2048 keys are ~1217 bytes and start with MIIEv / MIIEu
    head = bytes([0x30, 0x82, 0x04, R.choice([0xbc, 0xbd, 0xbe]), 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09,
                  0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa6,
                  0x30, 0x82, 0x04, 0xa2, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])
    raw = head + rbytes(1217 - len(head))
    return base64.b64encode(raw).decode()


@pos("gcp_bigquery", "service_account_private_key")
def p_bigquery_sa():
    body = fake_pkcs8_pem_body()
    rows = [body[i:i + 64] for i in range(0, len(body), 64)]
    pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(rows) + "\\n-----END PRIVATE KEY-----\\n"
    proj = f"{company()}-{pick(['analytics', 'data', 'warehouse'])}-{R.randrange(100000, 999999)}"
    sa = pick(["bq-loader", "dbt-runner", "looker", "airflow-bq"])
    cid = str(R.randrange(10 ** 20, 10 ** 21))
    doc = [
        "{",
        "  \"type\": \"service_account\",",
        f"  \"project_id\": \"{proj}\",",
        f"  \"private_key_id\": \"{rhex(40)}\",",
        f"  \"private_key\": \"{pem}\",",
        f"  \"client_email\": \"{sa}@{proj}.iam.gserviceaccount.com\",",
        f"  \"client_id\": \"{cid}\",",
        "  \"auth_uri\": \"https://accounts.google.com/o/oauth2/auth\",",
        "  \"token_uri\": \"https://oauth2.googleapis.com/token\",",
        "  \"auth_provider_x509_cert_url\": \"https://www.googleapis.com/oauth2/v1/certs\",",
        f"  \"client_x509_cert_url\": \"https://www.googleapis.com/robot/v1/metadata/x509/{sa}%40{proj}.iam.gserviceaccount.com\",",
        "  \"universe_domain\": \"googleapis.com\"",
        "}",
    ]
    return pick(["credentials/bigquery-sa.json", "keys/bq-loader.json", "dbt/keyfile.json"]), L(*doc), pem, "json"


@pos("redshift", "password")
def p_redshift():
    s = pw(0.3)
    clus = f"{pick(['analytics', 'dw', 'redshift'])}-{pick(ENVS)}"
    h = f"{clus}.{rstr(LOWNUM, 12)}.{pick(REGIONS)}.redshift.amazonaws.com"
    form = R.randrange(2)
    if form == 0:
        lines = [
            f"jdbc.url=jdbc:redshift://{h}:5439/{pick(['dev', 'analytics'])}",
            f"jdbc.user={pick(['loader', 'awsuser', 'etl_svc'])}",
            f"jdbc.password={s}",
            "jdbc.ssl=true",
            "batch.size=5000",
            "s3.staging=s3://" + company() + "-redshift-staging/tmp/",
        ]
        return pick(["conf/redshift.properties", "etl/redshift.properties"]), L(*lines), s, "properties"
    lines = [
        "[RedshiftProd]",
        "Driver=/opt/amazon/redshiftodbc/lib/64/libamazonredshiftodbc64.so",
        f"Server={h}",
        "Port=5439",
        "Database=analytics",
        f"UID={pick(['tableau', 'svc_bi'])}",
        f"PWD={s}",
        "SSLMode=verify-ca",
    ]
    return pick(["etc/odbc.ini", J(home(), ".odbc.ini")]), L(*lines), s, "odbc.ini"


# ---------------------------------------------------------------- frameworks / drivers / migration tools
@pos("postgresql", "spring_datasource_password")
def p_spring():
    s = pw(0.3)
    k = pick(["spring.datasource.password", "spring.flyway.password", "spring.r2dbc.password"])
    lines = [
        f"spring.application.name={pick(['ledger-service', 'billing-api'])}",
        f"spring.datasource.url=jdbc:postgresql://{host('pg')}:5432/{dbname()}?sslmode=require",
        f"spring.datasource.username={dbuser()}",
        f"{k}={s}",
        "spring.datasource.hikari.maximum-pool-size=20",
        "spring.jpa.open-in-view=false",
        "management.endpoints.web.exposure.include=health,prometheus",
    ]
    return pick(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), L(*lines), s, "application.properties"


@pos("flyway", "flyway_password")
def p_flyway():
    s = pw(0.3)
    lines = [
        f"flyway.url=jdbc:postgresql://{host('pg')}:5432/{dbname()}",
        f"flyway.user={pick(['migrator', 'flyway', 'owner'])}",
        f"flyway.password={s}",
        "flyway.schemas=public",
        "flyway.locations=filesystem:sql/migrations",
        "flyway.baselineOnMigrate=true",
        "flyway.validateMigrationNaming=true",
    ]
    return pick(["flyway.conf", "conf/flyway.conf", "db/flyway.conf"]), L(*lines), s, "flyway.conf"


@pos("liquibase", "liquibase_password")
def p_liquibase():
    s = pw(0.3)
    lines = [
        "changeLogFile: db/changelog/db.changelog-master.yaml",
        f"url: jdbc:mysql://{host('mysql')}:3306/{dbname()}?useSSL=true",
        f"username: {pick(['liquibase', 'migrator'])}",
        f"password: {s}",
        "driver: com.mysql.cj.jdbc.Driver",
        "liquibase.hub.mode: off",
    ]
    return pick(["liquibase.properties", "src/main/resources/liquibase.properties"]), L(*lines), s, "liquibase.properties"


@pos("rails", "database_yml_password")
def p_rails():
    s = pw(0.3).replace('"', "")
    lines = [
        "default: &default",
        "  adapter: postgresql",
        "  encoding: unicode",
        "  pool: <%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %>",
        "",
        "development:",
        "  <<: *default",
        f"  database: {dbname()}_development",
        "",
        "production:",
        "  <<: *default",
        f"  database: {dbname()}_production",
        f"  username: {dbuser()}",
        f"  password: \"{s}\"",
        f"  host: {host('pg')}",
    ]
    return "config/database.yml", L(*lines), s, "database.yml"


@pos("django", "settings_databases_password")
def p_django():
    s = pw(0.3).replace('"', "")
    eng = pick(["django.db.backends.postgresql", "django.db.backends.mysql"])
    lines = [
        "from .base import *  # noqa",
        "",
        "DEBUG = False",
        f"ALLOWED_HOSTS = [\"api.{company()}.com\"]",
        "",
        "DATABASES = {",
        "    \"default\": {",
        f"        \"ENGINE\": \"{eng}\",",
        f"        \"NAME\": \"{dbname()}\",",
        f"        \"USER\": \"{dbuser()}\",",
        f"        \"PASSWORD\": \"{s}\",",
        f"        \"HOST\": \"{host('db')}\",",
        "        \"PORT\": \"5432\",",
        "        \"CONN_MAX_AGE\": 60,",
        "    }",
        "}",
    ]
    return pick(["settings/production.py", "myproject/settings/prod.py", "config/settings/production.py"]), L(*lines), s, "settings.py"


@pos("odbc", "odbc_connection_string")
def p_odbc():
    s = pw(0.3).replace(";", "").replace("}", "").replace('"', "")
    lines = [
        "import pyodbc",
        "",
        f"CONN = (\"DRIVER={{ODBC Driver 18 for SQL Server}};SERVER={host('sql')};DATABASE={dbname()};\"",
        f"        \"UID={dbuser()};PWD={{{s}}};Encrypt=yes;TrustServerCertificate=no\")",
        "",
        "",
        "def fetch_open_invoices():",
        "    with pyodbc.connect(CONN, timeout=10) as cn:",
        "        cur = cn.cursor()",
        "        cur.execute(\"SELECT id, total FROM invoices WHERE status = ?\", \"open\")",
        "        return cur.fetchall()",
    ]
    return pick(["reports/invoices.py", "jobs/export_invoices.py"]), L(*lines), s, "python"


@pos("sqlalchemy", "alembic_ini_url")
def p_alembic():
    s = pw(0.3).replace("%", "")
    lines = [
        "[alembic]",
        "script_location = migrations",
        "prepend_sys_path = .",
        f"sqlalchemy.url = postgresql+psycopg://{dbuser()}:{s}@{host('pg')}:5432/{dbname()}",
        "",
        "[loggers]",
        "keys = root,sqlalchemy,alembic",
        "",
        "[logger_root]",
        "level = WARN",
        "handlers = console",
    ]
    return "alembic.ini", L(*lines), s, "ini"


# ---------------------------------------------------------------- Kubernetes / Helm / Make / README
@pos("postgresql", "k8s_secret_data")
def p_k8s_secret():
    s = pw(0.3)
    name = pick(["postgres-credentials", "db-secret", "orders-db", "pg-app-user"])
    enc = chance(0.5)
    key = vname(["POSTGRES_PASSWORD", "password"], ["DB_PASS", "auth", "pw"], 0.3)
    val = base64.b64encode(s.encode()).decode() if enc else s
    lines = [
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        f"  name: {name}",
        f"  namespace: {pick(['prod', 'orders', 'default', 'data'])}",
        "  labels:",
        f"    app.kubernetes.io/part-of: {pick(['orders', 'billing', 'platform'])}",
        "type: Opaque",
        "data:" if enc else "stringData:",
        f"  POSTGRES_USER: {base64.b64encode(dbuser().encode()).decode()}" if enc else f"  POSTGRES_USER: {dbuser()}",
        f"  {key}: {val}" if enc else f"  {key}: \"{val}\"",
        f"  POSTGRES_DB: {base64.b64encode(dbname().encode()).decode()}" if enc else f"  POSTGRES_DB: {dbname()}",
    ]
    return J(pick(["k8s", "manifests", "deploy/k8s"]), f"{name}.yaml"), L(*lines), val, "k8s-secret"


@pos("mysql", "statefulset_env_value")
def p_statefulset():
    s = pw(0.3).replace('"', "")
    lines = [
        "apiVersion: apps/v1",
        "kind: StatefulSet",
        "metadata:",
        "  name: mysql",
        "spec:",
        "  serviceName: mysql",
        "  replicas: 1",
        "  selector:",
        "    matchLabels: {app: mysql}",
        "  template:",
        "    metadata:",
        "      labels: {app: mysql}",
        "    spec:",
        "      containers:",
        "        - name: mysql",
        "          image: mysql:8.0.36",
        "          env:",
        "            - name: MYSQL_ROOT_PASSWORD",
        "              valueFrom:",
        "                secretKeyRef: {name: mysql-root, key: password}",
        f"            - name: {pick(['MYSQL_PASSWORD', 'APP_DB_PASSWORD'])}",
        f"              value: \"{s}\"",
        "          ports:",
        "            - containerPort: 3306",
        "          volumeMounts:",
        "            - {name: data, mountPath: /var/lib/mysql}",
        "  volumeClaimTemplates:",
        "    - metadata: {name: data}",
        "      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 50Gi}}}",
    ]
    return pick(["k8s/mysql-statefulset.yaml", "manifests/mysql/statefulset.yaml"]), L(*lines), s, "k8s-statefulset"


@pos("helm", "values_auth_password")
def p_helm():
    s = pw(0.3).replace('"', "")
    chart = pick(["postgresql", "redis", "mongodb", "mariadb"])
    key = {"postgresql": pick(["postgresPassword", "password", "replicationPassword"]),
           "redis": "password", "mongodb": pick(["rootPassword", "replicaSetKey"]),
           "mariadb": pick(["rootPassword", "password", "replicationPassword"])}[chart]
    lines = [
        f"# values for bitnami/{chart} - {pick(ENVS)}",
        "global:",
        "  storageClass: gp3",
        "",
        "auth:",
        "  enabled: true" if chart in ("redis", "mongodb") else f"  username: {dbuser()}",
        f"  {key}: \"{s}\"",
        "  existingSecret: \"\"",
        "",
        "primary:",
        "  persistence:",
        "    size: 100Gi",
        "  resources:",
        "    requests: {cpu: 500m, memory: 1Gi}",
        "",
        "metrics:",
        "  enabled: true",
    ]
    return J(pick(["charts", "helm", "deploy/helm"]), chart, pick(["values.yaml", "values-prod.yaml"])), L(*lines), s, "helm-values"


@pos("postgresql", "makefile_password")
def p_makefile():
    s = pw(0.3).replace("$", "").replace("'", "")
    var = vname(["PGPASSWORD"], ["DB_PASS", "LOCAL_DB_PW"], 0.3)
    lines = [
        ".PHONY: db-shell db-dump db-restore",
        "",
        f"DB_HOST ?= {host('pg')}",
        f"DB_NAME ?= {dbname()}",
        f"DB_USER ?= {dbuser()}",
        f"{var} ?= {s}",
        "",
        "db-shell:",
        f"\tPGPASSWORD='$({var})' psql -h $(DB_HOST) -U $(DB_USER) $(DB_NAME)" if var != "PGPASSWORD" else "\tPGPASSWORD='$(PGPASSWORD)' psql -h $(DB_HOST) -U $(DB_USER) $(DB_NAME)",
        "",
        "db-dump:",
        "\tpg_dump -h $(DB_HOST) -U $(DB_USER) -Fc $(DB_NAME) > dumps/$(DB_NAME).dump",
        "",
        "db-restore:",
        "\tpg_restore -h $(DB_HOST) -U $(DB_USER) -d $(DB_NAME) --clean dumps/$(DB_NAME).dump",
    ]
    return "Makefile", L(*lines), s, "makefile"


@pos("mysql", "readme_runbook_password")
def p_readme():
    s = pw(0.45).replace("'", "")
    db = dbname()
    lines = [
        f"# {db} database runbook",
        "",
        "## Connecting to the replica",
        "",
        "The replica only accepts connections from the bastion.",
        "",
        "```sh",
        f"ssh bastion.{company()}.com",
        f"mysql -h {host('mysql')} -u {pick(['ops_ro', 'dba', 'support'])} -p'{s}' {db}",
        "```",
        "",
        "## Failover",
        "",
        "1. Stop writes (`SET GLOBAL super_read_only = ON;` on the old primary).",
        "2. Promote with `orchestrator-client -c graceful-master-takeover`.",
        "3. Update the DNS CNAME `db-primary` and flush app connection pools.",
    ]
    return J(pick(["docs", "runbooks", "."]), "README.md"), L(*lines), s, "markdown"


# ---------------------------------------------------------------- managed services
def jwt(header, payload, sig_bytes):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return f"{h}.{p}.{b64u(rbytes(sig_bytes))}"


def supabase_jwt(role, ref=None):
    ref = ref or rstr(LOWER, 20, check=False)
    iat = R.randrange(1640000000, 1725000000)
    return ref, jwt({"alg": "HS256", "typ": "JWT"},
                    {"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315360000}, 32)


@pos("supabase", "service_role_jwt")
def p_supabase():
    ref, t = supabase_jwt("service_role")
    if chance(0.15):
        t = "sb_secret_" + rstr(B64URL, 31)
    var = vname(["SUPABASE_SERVICE_ROLE_KEY", "SUPABASE_SERVICE_KEY"], ["ADMIN_KEY", "DB_ADMIN_TOKEN", "SERVICE_KEY"])
    _, anon = supabase_jwt("anon", ref)
    lines = [
        f"NEXT_PUBLIC_SUPABASE_URL=https://{ref}.supabase.co",
        f"NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}",
        f"{var}={t}",
        "SUPABASE_DB_SCHEMA=public",
        f"EDGE_REGION={pick(REGIONS)}",
    ]
    return pick([".env.local", ".env", "apps/admin/.env.local"]), L(*lines), t, "dotenv"


@pos("planetscale", "pscale_pw")
def p_planetscale():
    t = "pscale_pw_" + rstr(B64URL, 43)
    h = f"aws.connect.psdb.cloud" if chance(0.5) else f"{pick(REGIONS)}.connect.psdb.cloud"
    u = rstr(LOWNUM, 12)
    form = R.randrange(2)
    if form == 0:
        var = vname(["DATABASE_URL"], ["DB_URL", "PRIMARY_DB"], 0.3)
        lines = [
            f"{var}='mysql://{u}:{t}@{h}/{dbname()}?ssl={{\"rejectUnauthorized\":true}}'",
            "PRISMA_CLIENT_ENGINE_TYPE=library",
            "NODE_OPTIONS=--max-old-space-size=2048",
        ]
        return pick([".env", ".env.production"]), L(*lines), t, "dotenv"
    lines = [
        f"DATABASE_HOST={h}",
        f"DATABASE_USERNAME={u}",
        f"DATABASE_PASSWORD={t}",
        f"DATABASE_NAME={dbname()}",
    ]
    return pick([".env", "app/.env"]), L(*lines), t, "dotenv"


@pos("neon", "connection_string")
def p_neon():
    s = ("npg_" + rstr(ALNUM, 12)) if chance(0.6) else rstr(ALNUM, 12)
    ep = f"ep-{pick(WORDS)}-{pick(WORDS)}-{rstr(LOWNUM, 8)}"
    url = f"postgresql://{pick(['neondb_owner', dbuser()])}:{s}@{ep}{'-pooler' if chance(0.5) else ''}.{pick(['us-east-2', 'eu-central-1'])}.aws.neon.tech/neondb?sslmode=require"
    form = R.randrange(2)
    if form == 0:
        lines = ["# neon branch: main", f"DATABASE_URL={url}", "DIRECT_URL=${DATABASE_URL}", "SHADOW_DATABASE_URL="]
        return pick([".env", ".env.production"]), L(*lines), s, "dotenv"
    lines = [
        "import { neon } from '@neondatabase/serverless';",
        "",
        f"const sql = neon('{url}');",
        "",
        "export async function getUser(id) {",
        "  const rows = await sql`SELECT id, email FROM users WHERE id = ${id}`;",
        "  return rows[0];",
        "}",
    ]
    return pick(["lib/db.js", "src/db.mjs"]), L(*lines), s, "js"


@pos("turso", "auth_token_jwt")
def p_turso():
    iat = R.randrange(1690000000, 1725000000)
    t = jwt({"alg": "EdDSA", "typ": "JWT"}, {"a": pick(["rw", "ro"]), "iat": iat, "id": ruuid()}, 64)
    dbn = f"{dbname()}-{rstr(LOWER, 6)}"
    var = vname(["TURSO_AUTH_TOKEN", "LIBSQL_AUTH_TOKEN"], ["DB_TOKEN", "AUTH_TOKEN", "TOKEN"])
    lines = [
        f"TURSO_DATABASE_URL=libsql://{dbn}.turso.io",
        f"{var}={t}",
        "LOCAL_REPLICA_PATH=./data/replica.db",
    ]
    return pick([".env", ".dev.vars", "worker/.env"]), L(*lines), t, "dotenv"


@pos("upstash", "redis_rest_token")
def p_upstash():
    t = base64.b64encode(bytes([R.choice([0x01, 0x02, 0x03]), R.getrandbits(8), R.getrandbits(8), 0x00, 0x24, 0x20]) + ruuid().encode() + rhex(32).encode()).decode()
    var = vname(["UPSTASH_REDIS_REST_TOKEN", "KV_REST_API_TOKEN"], ["CACHE_TOKEN", "RATE_LIMIT_TOKEN", "REDIS_AUTH"])
    lines = [
        f"UPSTASH_REDIS_REST_URL=\"https://{pick(WORDS)}-{pick(WORDS)}-{R.randrange(10000, 99999)}.upstash.io\"",
        f"{var}=\"{t}\"",
        "RATELIMIT_WINDOW=10s",
    ]
    return pick([".env.local", ".env"]), L(*lines), t, "dotenv"


@pos("aiven", "service_password")
def p_aiven():
    s = "AVNS_" + rstr(B64URL, 19)
    proj = f"{company()}-{pick(ENVS)}"
    svc = f"pg-{rstr(LOWNUM, 8)}"
    var = vname(["AIVEN_PG_URI", "DATABASE_URL"], ["DB_URI", "SERVICE_URI"], 0.3)
    lines = [
        f"# aiven project {proj}, service {svc}",
        f"{var}=postgres://avnadmin:{s}@{svc}-{proj}.{rstr(LOWNUM, 1)}.aivencloud.com:{R.randrange(10000, 29999)}/defaultdb?sslmode=require",
        "PGSSLROOTCERT=./ca.pem",
    ]
    return pick([".env", "services/etl/.env"]), L(*lines), s, "dotenv"


@pos("fauna", "secret")
def p_fauna():
    t = "fn" + pick("AE") + rstr(B64URL, 37)
    var = vname(["FAUNA_SECRET", "FAUNADB_SECRET", "FAUNA_KEY"], ["DB_SECRET", "DATA_KEY"])
    lines = [
        "import { Client, fql } from 'fauna';",
        "",
        f"const client = new Client({{ secret: process.env.{var} ?? '{t}' }});",
        "",
        "export const listProducts = () => client.query(fql`Product.all().pageSize(50)`);",
    ]
    if chance(0.5):
        lines = [f"{var}={t}", "FAUNA_ENDPOINT=https://db.fauna.com", "FAUNA_REGION=us"]
        return pick([".env", ".env.local"]), L(*lines), t, "dotenv"
    return pick(["src/lib/fauna.js", "lib/db.js"]), L(*lines), t, "js"


@pos("firebase", "database_secret")
def p_firebase_secret():
    t = rstr(ALNUM, 40)
    proj = f"{company()}-{rstr(LOWNUM, 5)}"
    lines = [
        "import firebase_admin",
        "import requests",
        "",
        f"DB_URL = \"https://{proj}-default-rtdb.firebaseio.com\"",
        f"{pick(['FIREBASE_DB_SECRET', 'DATABASE_SECRET', 'AUTH'])} = \"{t}\"",
        "",
        "",
        "def export_node(path):",
        "    r = requests.get(f\"{DB_URL}/{path}.json\", params={\"auth\": " + "AUTH_PLACEHOLDER" + "}, timeout=30)",
        "    r.raise_for_status()",
        "    return r.json()",
    ]
    varname = lines[4].split(" ")[0]
    lines[8] = lines[8].replace("AUTH_PLACEHOLDER", varname)
    return pick(["scripts/export_rtdb.py", "tools/firebase_export.py"]), L(*lines), t, "python"


@pos("xata", "api_key")
def p_xata():
    t = "xau_" + rstr(ALNUM, 32)
    ws = f"{pick(WORDS)}-{rstr(LOWNUM, 6)}"
    lines = [
        f"XATA_API_KEY={t}" if chance(0.65) else f"API_KEY={t}",
        f"XATA_BRANCH=main",
        f"XATA_DATABASE_URL=https://{ws}.{pick(REGIONS)}.xata.sh/db/{dbname()}",
    ]
    return pick([".env", ".env.local"]), L(*lines), t, "dotenv"


@pos("cockroachdb_cloud", "sql_password")
def p_crdb():
    s = rstr(ALNUM, 22)
    u = pick(["app", "jdoe", dbuser()])
    cl = f"{pick(WORDS)}-{pick(WORDS)}-{R.randrange(1000, 9999)}"
    url = f"postgresql://{u}:{s}@{cl}.{rstr(LOWNUM, 3)}.{pick(['aws-us-east-1', 'gcp-us-central1', 'aws-eu-west-1'])}.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full"
    if chance(0.5):
        lines = [f"COCKROACH_URL=\"{url}\"", "MIGRATIONS_DIR=./migrations"]
        return pick([".env", "deploy/.env"]), L(*lines), s, "dotenv"
    lines = [
        "import os",
        "import psycopg",
        "",
        f"DSN = os.getenv(\"CRDB_DSN\", \"{url}\")",
        "",
        "with psycopg.connect(DSN) as conn:",
        "    print(conn.execute(\"SELECT now()\").fetchone())",
    ]
    return pick(["scripts/check_crdb.py", "db_smoke.py"]), L(*lines), s, "python"


# ================================================================ NEGATIVES
# ---------------------------------------------------------------- hash helpers
def _inner_pw():
    return human_pw() if chance(0.5) else machine_pw(16, 24)


def scram_hash():
    pw_ = _inner_pw().encode()
    salt = rbytes(16)
    it = 4096
    salted = hashlib.pbkdf2_hmac("sha256", pw_, salt, it)
    import hmac
    ck = hmac.new(salted, b"Client Key", "sha256").digest()
    stored = hashlib.sha256(ck).digest()
    server = hmac.new(salted, b"Server Key", "sha256").digest()
    e = lambda b: base64.b64encode(b).decode()
    return f"SCRAM-SHA-256${it}:{e(salt)}${e(stored)}:{e(server)}"


def pg_md5(user):
    return "md5" + hashlib.md5(_inner_pw().encode() + user.encode()).hexdigest()


def mysql_native():
    return "*" + hashlib.sha1(hashlib.sha1(_inner_pw().encode()).digest()).hexdigest().upper()


BCRYPT_ALPHA = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def bcrypt_like(prefix="$2y$"):
    return f"{prefix}{pick(['10', '12', '12', '14'])}${rstr(BCRYPT_ALPHA, 53, check=False)}"


def couch_pbkdf2():
    if chance(0.5):
        return f"-pbkdf2-{rhex(40)},{rhex(32)},10"
    return f"-pbkdf2:sha256-{rhex(64)},{rhex(32)},600000"


def sha256_hex():
    return hashlib.sha256(_inner_pw().encode()).hexdigest()


def rabbit_hash():
    salt = rbytes(4)
    return base64.b64encode(salt + hashlib.sha256(salt + _inner_pw().encode()).digest()).decode()


def zk_digest(user):
    return base64.b64encode(hashlib.sha1(f"{user}:{_inner_pw()}".encode()).digest()).decode()


def lsn():
    return f"{R.randrange(0, 0x3F):X}/{R.randrange(0x1000000, 0xFFFFFFFF):X}"


def walname():
    return f"{R.randrange(1, 6):08X}{R.randrange(0, 0x3F):08X}{R.randrange(0, 0xFF):08X}"


def object_id():
    return f"{R.randrange(0x62000000, 0x67000000):08x}{rhex(16)}"


def sops_enc(plain_len=None):
    n = plain_len or R.randrange(12, 32)
    return (f"ENC[AES256_GCM,data:{base64.b64encode(rbytes(n)).decode()},"
            f"iv:{base64.b64encode(rbytes(32)).decode()},tag:{base64.b64encode(rbytes(16)).decode()},type:str]")


def sealed_blob():
    return "AgB" + base64.b64encode(rbytes(R.randrange(380, 520))).decode()[3:]


PLACEHOLDERS = ["changeme", "<password>", "CHANGE_ME", "YOUR_PASSWORD", "<db_password>",
                "REPLACE_ME", "********", "secret", "xxxxxxxx", "<insert-password-here>",
                "TODO", "<redacted>", "${DB_PASSWORD}", "__DB_PASSWORD__", "put-password-here"]


def placeholder():
    return pick(PLACEHOLDERS)


# ---------------------------------------------------------------- PostgreSQL negatives
@neg("postgresql", "pgpass_template")
def n_pgpass():
    form = R.randrange(3)
    if form == 0:
        lines = ["# {{ ansible_managed }}", "# hostname:port:database:username:password"]
        for i in range(R.randrange(1, 4)):
            u = dbuser()
            lines.append(f"{{{{ pg_host }}}}:5432:{pick([dbname(), '*'])}:{u}:{{{{ vault_pg_{u}_password }}}}")
        return J(infra_dir(), "postgres/templates/pgpass.j2"), L(*lines, "", "# rendered with mode 0600 owner postgres"), "pgpass"
    if form == 1:
        lines = ["# copy to ~/.pgpass and fill in, then chmod 600 ~/.pgpass",
                 "# hostname:port:database:username:password",
                 f"localhost:5432:{dbname()}:{dbuser()}:{pick(['<password>', 'CHANGE_ME', 'YOUR_PASSWORD_HERE', '<your-password>'])}",
                 f"{host('pg')}:5432:*:{dbuser()}:{pick(['<password>', 'changeme', '<ask-dba>'])}",
                 "# wildcard entries must come last - libpq uses the first match",
                 f"*:*:*:{dbuser()}:{pick(['<password>', 'CHANGE_ME'])}"]
        return pick(["pgpass.example", "docs/pgpass.sample", ".pgpass.example"]), L(*lines), "pgpass"
    lines = ["#!/bin/sh", "# write ~/.pgpass from the secrets manager at container start", "set -eu",
             f"PGPASS_LINE=\"{host('pg')}:5432:*:${{PGUSER}}:$(cat /run/secrets/pg_password)\"",
             "umask 077", "printf '%s\\n' \"$PGPASS_LINE\" > \"$HOME/.pgpass\"", "exec \"$@\""]
    return pick(["docker/entrypoint.sh", "bin/write-pgpass.sh"]), L(*lines), "shell"


@neg("postgresql", "pg_service_passfile")
def n_pg_service():
    lines = ["# shared service definitions; credentials live in ~/.pgpass (see passfile)"]
    for _ in range(R.randrange(2, 4)):
        lines += ["", f"[{dbname()}_{pick(ENVS)}]", f"host={host('pg')}", "port=5432", f"dbname={dbname()}",
                  f"user={dbuser()}", pick(["passfile=/etc/postgresql-common/pgpass", "sslmode=verify-full", "sslcert=/etc/ssl/pg/client.crt\nsslkey=/etc/ssl/pg/client.key"])]
    return pick(["etc/postgresql-common/pg_service.conf", J(home(), ".pg_service.conf")]), L(*lines), "pg_service.conf"


@neg("postgresql", "recovery_no_password")
def n_recovery():
    lines = [
        "# standby config - password comes from ~postgres/.pgpass (passfile)",
        f"primary_conninfo = 'host={host('pg')} port=5432 user=replicator passfile=/var/lib/postgresql/.pgpass sslmode=verify-ca application_name={pick(['standby1', 'replica_b'])}'",
        f"primary_slot_name = '{pick(['standby1_slot', 'replica_b', 'phys_slot_2'])}'",
        "restore_command = 'cp /mnt/wal_archive/%f %p'",
        "archive_cleanup_command = 'pg_archivecleanup /mnt/wal_archive %r'",
        f"recovery_target_lsn = '{lsn()}'",
        "recovery_target_action = 'promote'",
        f"# last applied segment during the drill: {walname()}",
    ]
    return J(pick(["etc/postgresql/15/main", "pgdata", "ops/pg/standby"]), pick(["recovery.conf", "postgresql.auto.conf"])), L(*lines), "recovery.conf"


@neg("postgresql", "create_role_scram_hash")
def n_create_role():
    role = dbuser()
    h = scram_hash() if chance(0.7) else pg_md5(role)
    lines = [
        f"-- {role}: password is pre-hashed (SCRAM) so the plaintext never appears in logs",
        f"CREATE ROLE {role} WITH LOGIN PASSWORD '{h}';",
        f"GRANT CONNECT ON DATABASE {dbname()} TO {role};",
        f"GRANT USAGE ON SCHEMA public TO {role};",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role};",
        "",
        "-- login-less group role and a role that must set its password interactively (\\password)",
        "CREATE ROLE analysts NOLOGIN;",
        f"CREATE ROLE {pick(['jdoe', 'asmith', 'mkowalski'])} WITH LOGIN PASSWORD NULL IN ROLE analysts;",
    ]
    return J(pick(["db/migrations", "migrations", "sql"]), f"V{R.randrange(1, 60)}__roles.sql"), L(*lines), "sql"


@neg("pgbouncer", "userlist_hashes")
def n_userlist():
    lines = [";; generated by gen-userlist.sh from pg_shadow - hashes only",
             ";; SELECT '\"' || rolname || '\" \"' || rolpassword || '\"' FROM pg_authid WHERE rolcanlogin;"]
    for u in R.sample(USERS, R.randrange(3, 7)):
        lines.append(f'"{u}" "{scram_hash() if chance(0.6) else pg_md5(u)}"')
    return pick(["etc/pgbouncer/userlist.txt", "pgbouncer/userlist.txt"]), L(*lines, ""), "userlist.txt"


@neg("pgbouncer", "ini_auth_query")
def n_pgbouncer_ini():
    db = dbname()
    lines = [
        "[databases]",
        f"{db} = host={host('pg')} port=5432 dbname={db}",
        f"* = host={host('pg')} port=5432 auth_user=pgbouncer_auth",
        "",
        "[pgbouncer]",
        "listen_addr = *",
        "listen_port = 6432",
        "auth_type = scram-sha-256",
        "auth_file = /etc/pgbouncer/userlist.txt",
        "auth_query = SELECT usename, passwd FROM pgbouncer.get_auth($1)",
        "pool_mode = transaction",
        "server_tls_sslmode = verify-full",
        "server_tls_ca_file = /etc/ssl/certs/rds-ca.pem",
    ]
    return pick(["etc/pgbouncer/pgbouncer.ini", "pgbouncer/pgbouncer.ini"]), L(*lines), "pgbouncer.ini"


@neg("pgadmin", "servers_json_passfile")
def n_pgadmin_servers():
    servers = {}
    for i in range(1, R.randrange(2, 4)):
        servers[str(i)] = {
            "Name": f"{dbname()} ({pick(ENVS)})", "Group": "Servers", "Host": host("pg"), "Port": 5432,
            "MaintenanceDB": "postgres", "Username": dbuser(), "SSLMode": "verify-full",
            "PassFile": "/pgadmin4/pgpass", "Shared": True,
        }
    return pick(["servers.json", "pgadmin/servers.json"]), json.dumps({"Servers": servers}, indent=2) + "\n", "json"


@neg("patroni", "patroni_env_passwords")
def n_patroni():
    lines = [
        f"scope: {pick(['pg', 'main'])}-cluster",
        "name: ${HOSTNAME}" if chance(0.3) else f"name: {pick(['pg-node1', 'db02'])}",
        "restapi:",
        "  listen: 0.0.0.0:8008",
        "  authentication:",
        "    username: patroni",
        "    password: \"{{ vault_patroni_restapi_password }}\"",
        "postgresql:",
        "  data_dir: /var/lib/postgresql/16/main",
        "  pgpass: /var/lib/postgresql/.pgpass_patroni",
        "  authentication:",
        "    # passwords injected via PATRONI_SUPERUSER_PASSWORD / PATRONI_REPLICATION_PASSWORD",
        "    superuser:",
        "      username: postgres",
        "    replication:",
        "      username: replicator",
        "  parameters:",
        "    password_encryption: scram-sha-256",
        "    wal_level: replica",
    ]
    return pick(["etc/patroni/patroni.yml", J(infra_dir(), "patroni/templates/patroni.yml.j2")]), L(*lines), "patroni.yml"


@neg("postgresql", "pg_dump_env_ref")
def n_pgdump():
    db = dbname()
    form = R.randrange(3)
    ref = ["PGPASSWORD=\"$DB_PASS\"", "export PGPASSWORD=\"$(aws secretsmanager get-secret-value --secret-id prod/" + db + "/backup --query SecretString --output text | jq -r .password)\"",
           "export PGPASSWORD=\"${PGPASSWORD:?PGPASSWORD must be set}\""][form]
    lines = [
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        f"DB={db}",
        "OUT=/var/backups/pg/$DB-$(date +%F).dump",
        ref,
        f"pg_dump -h {host('pg')} -U backup -Fc \"$DB\" -f \"$OUT\"",
        "sha256sum \"$OUT\" | tee \"$OUT.sha256\"",
        f"# last verified: {hashlib.sha256(rbytes(8)).hexdigest()}  {db}-2024-0{R.randrange(1, 9)}-1{R.randrange(0, 9)}.dump",
    ]
    return J(pick(["scripts", "bin", "ops/backup"]), "pg_backup.sh"), L(*lines), "shell"


@neg("postgresql", "database_url_no_password")
def n_pg_url():
    var = pick(["DATABASE_URL", "DB_DSN", "POSTGRES_URL"])
    form = R.randrange(4)
    u = dbuser()
    h = host("pg")
    db = dbname()
    url = [f"postgres://{u}@{h}:5432/{db}?sslmode=verify-full&sslrootcert=/etc/ssl/rds-ca.pem",
           f"postgres://{u}:${{DB_PASSWORD}}@{h}:5432/{db}",
           f"postgresql://{u}:@{h}:5432/{db}?sslmode=require",
           f"postgres://{u}:****@{h}:5432/{db}"][form]
    lines = ["APP_ENV=production", f"{var}={url}", "DB_POOL=10", "STATEMENT_TIMEOUT=15000"]
    if form == 3:
        lines.insert(0, "# value masked by `heroku config` - real one is in the dashboard")
    return pick([".env", ".env.example", "deploy/.env.prod"]), L(*lines), "dotenv"


@neg("postgresql", "replication_runbook_lsn")
def n_pg_runbook():
    lines = [
        "# Replica lag runbook",
        "",
        "Check lag on the primary:",
        "",
        "```sql",
        "SELECT client_addr, state, sent_lsn, replay_lsn,",
        "       pg_wal_lsn_diff(sent_lsn, replay_lsn) AS lag_bytes",
        "FROM pg_stat_replication;",
        "```",
        "",
        "Example from the 2024 incident:",
        "",
        "| slot | sent_lsn | replay_lsn | segment |",
        "|------|----------|------------|---------|",
    ]
    for _ in range(R.randrange(2, 5)):
        lines.append(f"| {pick(['standby1_slot', 'replica_b', 'logical_cdc'])} | {lsn()} | {lsn()} | {walname()} |")
    lines += ["", "Connect with `psql service=" + dbname() + "_prod` (credentials via ~/.pgpass)."]
    return J(pick(["docs", "runbooks"]), "replica-lag.md"), L(*lines), "markdown"


# ---------------------------------------------------------------- MySQL negatives
@neg("mysql", "my_cnf_no_password")
def n_mycnf():
    form = R.randrange(3)
    if form == 0:
        lines = ["[client]", f"user={pick(['backup', 'root', dbuser()])}",
                 "# password is stored obfuscated in ~/.mylogin.cnf (mysql_config_editor set --login-path=backup -p)",
                 "login-path=backup", "ssl-ca=/etc/mysql/ssl/ca.pem", "ssl-mode=VERIFY_IDENTITY", "",
                 "[mysqldump]", "single-transaction", "quick", "max_allowed_packet=256M"]
    elif form == 1:
        lines = ["[client]", "user=root", "socket=/var/run/mysqld/mysqld.sock",
                 "# root uses auth_socket on this host, no password needed", "",
                 "[mysql]", "prompt=\"\\u@\\h [\\d]> \"", "safe-updates"]
    else:
        lines = ["[client]", f"user={dbuser()}", "password={{ mysql_app_password }}",
                 f"host={host('mysql')}", "", "[mysqld]", "bind-address=127.0.0.1"]
        lines.insert(0, "# {{ ansible_managed }}")
    return pick([J(home(), ".my.cnf"), "etc/mysql/conf.d/client.cnf", J(infra_dir(), "mysql/templates/my.cnf.j2")]), L(*lines), "my.cnf"


@neg("mysql", "mysqld_cnf_server")
def n_mysqld():
    lines = ["[mysqld]", f"server-id={R.randrange(1, 200)}", "log_bin=/var/log/mysql/mysql-bin.log",
             "binlog_format=ROW", "gtid_mode=ON", "enforce_gtid_consistency=ON",
             "default_authentication_plugin=caching_sha2_password", "require_secure_transport=ON",
             "ssl_ca=/etc/mysql/ssl/ca.pem", "ssl_cert=/etc/mysql/ssl/server-cert.pem",
             "ssl_key=/etc/mysql/ssl/server-key.pem", "validate_password.policy=STRONG",
             "validate_password.length=14", "innodb_buffer_pool_size=12G",
             f"relay_log=/var/lib/mysql/{pick(['relay-bin', 'mysql-relay'])}",
             "# replication credentials are stored in the mysql.slave_master_info table (master_info_repository=TABLE)"]
    return pick(["etc/mysql/mysql.conf.d/mysqld.cnf", "mysql/conf.d/mysqld.cnf"]), L(*lines), "mysqld.cnf"


@neg("mysql", "create_user_hashed")
def n_mysql_users():
    lines = ["-- users exported with SHOW CREATE USER (hashes only)"]
    for _ in range(R.randrange(2, 4)):
        u = dbuser()
        form = R.randrange(3)
        if form == 0:
            lines.append(f"CREATE USER '{u}'@'%' IDENTIFIED WITH 'mysql_native_password' AS '{mysql_native()}' REQUIRE SSL;")
        elif form == 1:
            lines.append(f"CREATE USER '{u}'@'10.%' IDENTIFIED BY PASSWORD '{mysql_native()}';")
        else:
            lines.append(f"CREATE USER '{u}'@'localhost' IDENTIFIED WITH auth_socket;")
        lines.append(f"GRANT SELECT ON `{dbname()}`.* TO '{u}'@'%';")
    lines.append("FLUSH PRIVILEGES;")
    return J(pick(["sql", "db/init", "provisioning/mysql"]), pick(["users.sql", "grants_export.sql"])), L(*lines), "sql"


@neg("mysql", "compose_random_root")
def n_mysql_compose():
    form = R.randrange(3)
    env = [["MYSQL_RANDOM_ROOT_PASSWORD: \"yes\"", "MYSQL_PASSWORD_FILE: /run/secrets/mysql_app_password"],
           ["MYSQL_ROOT_PASSWORD: ${MYSQL_ROOT_PASSWORD:?set it in .env}", "MYSQL_PASSWORD: ${MYSQL_PASSWORD}"],
           ["MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql_root_password", "MYSQL_ALLOW_EMPTY_PASSWORD: \"no\""]][form]
    lines = ["services:", "  db:", f"    image: {pick(['mysql:8.0', 'mysql:8.4', 'mariadb:11'])}",
             "    environment:", f"      MYSQL_DATABASE: {dbname()}", f"      MYSQL_USER: {dbuser()}"]
    lines += ["      " + e for e in env]
    lines += ["    secrets:", "      - mysql_root_password", "      - mysql_app_password",
              "secrets:", "  mysql_root_password:", "    file: ./secrets/mysql_root_password.txt",
              "  mysql_app_password:", "    external: true"]
    return pick(["docker-compose.yml", "compose.yaml"]), L(*lines), "docker-compose.yml"


@neg("mysql", "replication_placeholder")
def n_mysql_repl():
    lines = ["-- template: fill in from the vault entry db/replication before running",
             "CHANGE REPLICATION SOURCE TO",
             f"  SOURCE_HOST='{host('mysql')}',",
             "  SOURCE_USER='repl',",
             f"  SOURCE_PASSWORD='{pick(['<repl_password>', 'REPLACE_ME', '${REPL_PASSWORD}', '********'])}',",
             "  SOURCE_AUTO_POSITION=1,",
             "  SOURCE_SSL=1;",
             "START REPLICA;",
             f"-- executed GTID set at snapshot: {ruuid()}:1-{R.randrange(100000, 9999999)}"]
    return J(pick(["runbooks", "sql/replication"]), "setup_replica.sql"), L(*lines), "sql"


@neg("proxysql", "hashed_users")
def n_proxysql():
    lines = ['datadir="/var/lib/proxysql"', "admin_variables=", "{",
             '    admin_credentials="admin:{{ proxysql_admin_password }}"',
             '    mysql_ifaces="127.0.0.1:6032"', "}", "mysql_users =", "("]
    for _ in range(R.randrange(2, 4)):
        lines.append(f'    {{ username = "{dbuser()}", password = "{mysql_native()}", default_hostgroup = 10, active = 1 }},')
    lines[-1] = lines[-1].rstrip(",")
    lines += [")"]
    return pick(["etc/proxysql.cnf.j2", J(infra_dir(), "proxysql/templates/proxysql.cnf.j2")]), L(*lines), "proxysql.cnf"


@neg("galera", "sst_auth_socket")
def n_galera():
    lines = ["[galera]", "wsrep_on=ON", "wsrep_provider=/usr/lib/galera/libgalera_smm.so",
             f"wsrep_cluster_address=gcomm://{host('mysql')},{host('mysql')}",
             "wsrep_sst_method=mariabackup",
             "# MariaDB >= 10.4: SST user authenticates via unix_socket, no wsrep_sst_auth needed",
             "wsrep_sst_auth=mysql:",
             "wsrep_provider_options=\"gcache.size=2G; socket.ssl=yes; socket.ssl_cert=/etc/mysql/ssl/server-cert.pem\""]
    return pick(["etc/mysql/mariadb.conf.d/60-galera.cnf", "galera/galera.cnf"]), L(*lines), "mysqld.cnf"


@neg("mysql", "backup_cron_defaults_file")
def n_mysql_cron():
    db = dbname()
    lines = ["# m h dom mon dow user command", "MAILTO=dba@" + company() + ".com",
             f"30 1 * * * backup mysqldump --defaults-extra-file=/etc/mysql/backup.cnf --single-transaction {db} | gzip > /srv/backup/{db}-$(date +\\%F).sql.gz",
             f"0 5 * * * backup /usr/local/bin/verify-backup --sha256 /srv/backup/SHA256SUMS",
             f"# SHA256 of last restore-tested dump: {hashlib.sha256(rbytes(8)).hexdigest()}"]
    return pick(["etc/cron.d/mysql-backup", "cron/mysql-backup"]), L(*lines), "cron"


@neg("mysql", "mysqldump_env_pwd")
def n_mysqldump():
    lines = ["#!/bin/sh", "set -eu", ": \"${MYSQL_PWD:?export MYSQL_PWD from vault first}\"",
             f"mysqldump -h {host('mysql')} -u backup --single-transaction --all-databases \\",
             "  | zstd -T0 > /srv/backup/all-$(date +%F).sql.zst",
             "# -p without a value would prompt; MYSQL_PWD is read by the client instead"]
    return J(pick(["scripts", "ops"]), "mysql_backup.sh"), L(*lines), "shell"


# ---------------------------------------------------------------- MongoDB negatives
@neg("mongodb", "connection_string_no_password")
def n_mongo_url():
    h = mongo_host()
    form = R.randrange(4)
    url = [f"mongodb+srv://{h}/?authSource=%24external&authMechanism=MONGODB-X509&retryWrites=true",
           f"mongodb+srv://{dbuser()}:<db_password>@{h}/?retryWrites=true&w=majority&appName=Cluster0",
           f"mongodb+srv://{h}/?authSource=%24external&authMechanism=MONGODB-AWS",
           f"mongodb://{dbuser()}:${{MONGO_PASSWORD}}@{host('mongo')}:27017/{dbname()}?authSource=admin"][form]
    var = pick(["MONGODB_URI", "MONGO_URL", "DB_URL"])
    lines = [f"{var}={url}", "MONGO_TLS_CERT_KEY_FILE=/etc/ssl/mongo/client.pem", "MONGO_POOL_SIZE=20"]
    return pick([".env", ".env.example", "apps/api/.env"]), L(*lines), "dotenv"


@neg("mongodb", "mongod_conf_keyfile_path")
def n_mongod_conf():
    lines = ["storage:", "  dbPath: /var/lib/mongodb", "systemLog:", "  destination: file",
             "  path: /var/log/mongodb/mongod.log", "  logAppend: true", "net:", "  port: 27017",
             "  bindIp: 0.0.0.0", "  tls:", "    mode: requireTLS", "    certificateKeyFile: /etc/ssl/mongodb.pem",
             "security:", "  authorization: enabled", f"  keyFile: {pick(['/etc/mongodb/keyfile', '/var/lib/mongodb/.keyfile', '/run/secrets/mongo_keyfile'])}",
             "replication:", f"  replSetName: {pick(['rs0', 'rs-prod'])}"]
    return pick(["etc/mongod.conf", "mongo/mongod.conf"]), L(*lines), "mongod.conf"


@neg("mongodb", "createUser_passwordPrompt")
def n_mongo_createuser():
    u = dbuser()
    db = dbname()
    lines = ["// run with: mongosh \"$MONGO_ADMIN_URI\" --file create-users.js",
             f"const appDb = db.getSiblingDB('{db}');",
             "appDb.createUser({", f"  user: '{u}',",
             pick(["  pwd: passwordPrompt(),", "  pwd: process.env.APP_DB_PASSWORD,", "  pwd: cat('/run/secrets/app_db_password').trim(),"]),
             f"  roles: [{{ role: 'readWrite', db: '{db}' }}],", "});",
             f"db.getSiblingDB('$external').runCommand({{ createUser: 'CN={u},OU=apps,O={company()}', roles: [{{ role: 'read', db: '{db}' }}] }});"]
    return J(pick(["mongo", "scripts/mongo"]), "create-users.js"), L(*lines), "js"


@neg("mongodb", "seed_objectids_bcrypt")
def n_mongo_seed():
    lines = ["// seed data for local development", "db.users.insertMany(["]
    for _ in range(R.randrange(2, 5)):
        lines.append(f"  {{ _id: ObjectId(\"{object_id()}\"), email: \"{pick(FIRST).lower()}@{company()}.dev\", "
                     f"passwordHash: \"{bcrypt_like('$2b$')}\", createdAt: ISODate(\"2023-0{R.randrange(1, 9)}-1{R.randrange(0, 9)}T08:00:00Z\") }},")
    lines.append("]);")
    lines.append(f"db.orders.createIndex({{ userId: 1, createdAt: -1 }}, {{ name: \"user_recent\" }});")
    return pick(["mongo/seed.js", "scripts/seed-dev.js"]), L(*lines), "js"


@neg("mongodb_atlas", "public_key_only")
def n_atlas():
    lines = ["# Atlas programmatic access - private key is injected by CI (MONGODB_ATLAS_PRIVATE_KEY)",
             f"MONGODB_ATLAS_PUBLIC_KEY={rstr(LOWER, 8)}",
             f"MONGODB_ATLAS_ORG_ID={rhex(24)}",
             f"MONGODB_ATLAS_PROJECT_ID={rhex(24)}",
             "MONGODB_ATLAS_PRIVATE_KEY="]
    if chance(0.5):
        lines = ["provider \"mongodbatlas\" {", f"  public_key  = \"{rstr(LOWER, 8)}\"",
                 "  private_key = var.atlas_private_key", "}", "", "variable \"atlas_private_key\" {",
                 "  type      = string", "  sensitive = true", "}"]
        return J(pick(["terraform", "infra/atlas"]), "provider.tf"), L(*lines), "terraform"
    return pick([".env.example", "jobs/atlas-export/.env"]), L(*lines), "dotenv"


@neg("mongodb", "mongodump_config_file")
def n_mongodump():
    lines = ["#!/bin/bash", "set -euo pipefail",
             "# password is in /etc/mongo/backup.yaml (mode 0400), see --config",
             f"mongodump --uri \"mongodb+srv://backup@{mongo_host()}\" --config /etc/mongo/backup.yaml \\",
             "  --archive=/backups/mongo/$(date +%F).gz --gzip",
             f"echo \"{hashlib.sha256(rbytes(8)).hexdigest()}  previous.gz\" > /dev/null"]
    return J(pick(["scripts", "backup"]), "mongo_backup.sh"), L(*lines), "shell"


# ---------------------------------------------------------------- Redis negatives
@neg("redis", "redis_conf_no_password")
def n_redis_conf():
    lines = ["bind 127.0.0.1 -::1", "protected-mode yes", "port 6379",
             "# requirepass foobared", "aclfile /etc/redis/users.acl",
             "rename-command FLUSHALL \"\"", "rename-command CONFIG \"\"",
             "tls-port 6380", "tls-cert-file /etc/redis/tls/redis.crt", "tls-key-file /etc/redis/tls/redis.key",
             "maxmemory 1gb", "maxmemory-policy volatile-lru"]
    if chance(0.4):
        lines[3] = "requirepass \"{{ redis_password }}\""
    return pick(["etc/redis/redis.conf", "redis/redis.conf"]), L(*lines), "redis.conf"


@neg("redis", "acl_hashes")
def n_redis_acl():
    lines = ["user default off"]
    for u in R.sample(["app", "worker", "metrics", "replica-user", "sidekiq", "admin-ops"], R.randrange(3, 6)):
        lines.append(f"user {u} on #{sha256_hex()} ~{pick(['*', 'cache:*', 'jobs:*'])} &* +@{pick(['all', 'read', 'write'])}")
    lines.append("user ci off nopass ~ci:* +@read")
    return pick(["etc/redis/users.acl", "redis/users.acl"]), L(*lines), "users.acl"


@neg("redis", "redis_url_env")
def n_redis_url():
    var = pick(["REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL"])
    url = pick([f"redis://{host('redis')}:6379/0", "rediss://default:${REDIS_PASSWORD}@" + host("redis") + ":6380/0",
                "redis://:@localhost:6379/1", f"redis+sentinel://{host('redis')}:26379/mymaster/0"])
    return pick([".env", ".env.example"]), L("# cache / broker", f"{var}={url}", "CACHE_TTL=300", "TZ=UTC"), "dotenv"


# ---------------------------------------------------------------- Cassandra / Elastic / ClickHouse / Neo4j / Influx negatives
@neg("cassandra", "cqlshrc_credentials_file")
def n_cqlshrc():
    lines = ["[authentication]", f"username = {pick(['dba', 'cassandra_ops'])}",
             "; password is read from the credentials file below (cqlsh >= 6.0)",
             f"credentials = {pick(['~/.cassandra/credentials', '/etc/cassandra/cqlsh_credentials'])}",
             "", "[connection]", f"hostname = {host('cass')}", "port = 9042", "", "[ssl]",
             "certfile = /etc/cassandra/certs/ca.pem", "validate = true"]
    return pick([J(home(), ".cassandra/cqlshrc"), "cqlshrc"]), L(*lines), "cqlshrc"


def elastic_cloud_id():
    name = f"{pick(['prod', 'logging', 'search'])}-{pick(['deployment', 'cluster'])}"
    reg = pick(["us-east-1.aws.found.io", "europe-west1.gcp.cloud.es.io", "eastus2.azure.elastic-cloud.com"])
    raw = f"{reg}:443${rhex(32)}${rhex(32)}"
    return f"{name}:{base64.b64encode(raw.encode()).decode()}"


@neg("elasticsearch", "cloud_id_env_auth")
def n_es_cloud():
    form = R.randrange(2)
    if form == 0:
        lines = ["filebeat.inputs:", "  - type: filestream", "    paths: [/var/log/nginx/*.log]", "",
                 f"cloud.id: \"{elastic_cloud_id()}\"", "cloud.auth: \"${ES_CLOUD_AUTH}\"", "",
                 "processors:", "  - add_host_metadata: ~"]
        return pick(["filebeat.yml", "etc/filebeat/filebeat.yml"]), L(*lines), "yaml"
    lines = [f"ELASTIC_CLOUD_ID={elastic_cloud_id()}", "ELASTIC_API_KEY=", "# ^ create one in Kibana > Stack Management > API keys",
             "ES_INDEX_PREFIX=app-logs"]
    return pick([".env.example", ".env"]), L(*lines), "dotenv"


@neg("opensearch", "internal_users_bcrypt")
def n_internal_users():
    lines = ["---", "_meta:", "  type: \"internalusers\"", "  config_version: 2", ""]
    for u, roles in (("admin", "admin"), ("kibanaserver", None), (pick(["logstash", "fluentbit", "ingest"]), "logstash")):
        lines += [f"{u}:", f"  hash: \"{bcrypt_like('$2y$')}\"", "  reserved: true" if u != "logstash" else "  reserved: false"]
        if roles:
            lines.append(f"  backend_roles: [\"{roles}\"]")
        lines.append(f"  description: \"{u} user\"")
    return pick(["config/opensearch-security/internal_users.yml", "securityconfig/internal_users.yml"]), L(*lines), "internal_users.yml"


@neg("kibana", "kibana_env_refs")
def n_kibana():
    lines = ["server.host: \"0.0.0.0\"", f"elasticsearch.hosts: [\"https://{host('es')}:9200\"]",
             "elasticsearch.username: \"kibana_system\"",
             pick(["elasticsearch.password: \"${ELASTICSEARCH_PASSWORD}\"",
                   "# elasticsearch.password is stored in the kibana keystore (bin/kibana-keystore add elasticsearch.password)"]),
             "elasticsearch.ssl.certificateAuthorities: [\"/etc/kibana/certs/ca.crt\"]",
             "xpack.encryptedSavedObjects.encryptionKey: \"${KIBANA_ENCRYPTION_KEY}\"",
             "xpack.reporting.encryptionKey: \"${KIBANA_REPORTING_KEY}\""]
    return pick(["config/kibana.yml", "etc/kibana/kibana.yml"]), L(*lines), "kibana.yml"


@neg("elasticsearch", "elasticsearch_yml_keystore")
def n_es_yml():
    lines = [f"cluster.name: {company()}-{pick(['logs', 'search'])}", "node.name: ${HOSTNAME}",
             "network.host: 0.0.0.0", f"discovery.seed_hosts: [\"{host('es')}\", \"{host('es')}\"]",
             "xpack.security.enabled: true", "xpack.security.transport.ssl.enabled: true",
             "xpack.security.transport.ssl.keystore.path: certs/elastic-certificates.p12",
             "# keystore password: bin/elasticsearch-keystore add xpack.security.transport.ssl.keystore.secure_password",
             "xpack.security.http.ssl.enabled: true", "xpack.security.http.ssl.keystore.path: certs/http.p12"]
    return pick(["config/elasticsearch.yml", "etc/elasticsearch/elasticsearch.yml"]), L(*lines), "elasticsearch.yml"


@neg("elasticsearch", "api_key_masked_response")
def n_es_apikey_doc():
    i = rstr(B64URL, 20)
    lines = ["## Creating the ingest API key", "", "```", "POST /_security/api_key",
             "{ \"name\": \"ingest-pipeline\", \"expiration\": \"90d\" }", "```", "", "Response (key redacted):", "", "```json",
             json.dumps({"id": i, "name": "ingest-pipeline", "expiration": 1735689600000,
                         "api_key": "<redacted>", "encoded": pick(["<redacted>", "****"])}, indent=2),
             "```", "", "Store `encoded` in Vault at `secret/elastic/ingest` and reference it as `ES_API_KEY`."]
    return J(pick(["docs", "runbooks"]), "elastic-api-keys.md"), L(*lines), "markdown"


@neg("clickhouse", "users_xml_hashes")
def n_clickhouse():
    lines = ["<clickhouse>", "    <users>", "        <default>", "            <password></password>",
             "            <networks><ip>::1</ip><ip>127.0.0.1</ip></networks>", "        </default>"]
    for u in R.sample(["etl", "grafana", "superset", "ingest", "readonly_bi"], 2):
        tag = pick(["password_sha256_hex", "password_double_sha1_hex"])
        val = sha256_hex() if tag == "password_sha256_hex" else hashlib.sha1(hashlib.sha1(_inner_pw().encode()).digest()).hexdigest()
        lines += [f"        <{u}>", f"            <{tag}>{val}</{tag}>", "            <profile>default</profile>", f"        </{u}>"]
    if chance(0.5):
        lines += ["        <app>", "            <password from_env=\"CLICKHOUSE_APP_PASSWORD\"/>", "        </app>"]
    lines += ["    </users>", "</clickhouse>"]
    return pick(["etc/clickhouse-server/users.d/users.xml", "clickhouse/users.xml"]), L(*lines), "users.xml"


@neg("neo4j", "auth_none_or_file")
def n_neo4j():
    auth = pick(["      NEO4J_AUTH: none", "      NEO4J_AUTH_FILE: /run/secrets/neo4j_auth",
                 "      NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:?missing}"])
    lines = ["services:", "  neo4j:", "    image: neo4j:5.19", "    environment:", auth,
             "      NEO4J_server_memory_heap_max__size: 1G", "    ports: [\"7474:7474\", \"7687:7687\"]",
             "    secrets: [neo4j_auth]", "secrets:", "  neo4j_auth:", "    file: ./neo4j_auth.txt"]
    return pick(["docker-compose.yml", "graph/docker-compose.yml"]), L(*lines), "docker-compose.yml"


@neg("influxdb", "token_env_ids")
def n_influx():
    lines = ["[[outputs.influxdb_v2]]", f"  urls = [\"https://{host('influx')}:8086\"]",
             pick(["  token = \"$INFLUX_TOKEN\"", "  token = \"${INFLUX_TOKEN}\"", "  token = \"@{secretstore:influx_token}\""]),
             f"  organization = \"{company()}\"", "  bucket = \"telegraf\"",
             f"  # org id {rhex(16)}, bucket id {rhex(16)}", "", "[[inputs.cpu]]", "  percpu = true"]
    return pick(["etc/telegraf/telegraf.conf", "telegraf.conf"]), L(*lines), "telegraf.conf"


# ---------------------------------------------------------------- CouchDB / RabbitMQ / Kafka / ZooKeeper negatives
@neg("couchdb", "local_ini_pbkdf2")
def n_couch():
    lines = ["[couchdb]", f"uuid = {rhex(32)}", "", "[chttpd]", "bind_address = 0.0.0.0", "", "[admins]",
             f"{pick(['admin', 'couchadmin'])} = {couch_pbkdf2()}", "", "[couch_httpd_auth]", "require_valid_user = true",
             "timeout = 3600"]
    return pick(["etc/local.ini", "couchdb/local.d/10-admins.ini"]), L(*lines), "local.ini"


@neg("rabbitmq", "definitions_password_hash")
def n_rabbit_defs():
    users = [{"name": pick(["orders", "celery", "ingest", "ops"]), "password_hash": rabbit_hash(),
              "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": pick(["", "management", "administrator"])}
             for _ in range(R.randrange(1, 4))]
    d = {"rabbit_version": "3.13.1", "users": users, "vhosts": [{"name": "/"}],
         "permissions": [{"user": u["name"], "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"} for u in users],
         "queues": [{"name": "orders.created", "vhost": "/", "durable": True, "auto_delete": False, "arguments": {"x-queue-type": "quorum"}}]}
    return pick(["definitions.json", "rabbitmq/definitions.json"]), json.dumps(d, indent=2) + "\n", "definitions.json"


@neg("rabbitmq", "add_user_from_vault")
def n_rabbit_script():
    u = pick(["orders", "billing_svc", "celery"])
    lines = ["#!/bin/sh", "set -eu", f"PW=$(vault kv get -field=password secret/rabbitmq/{u})",
             f"rabbitmqctl add_user {u} \"$PW\"" if chance(0.5) else f"printf '%s' \"$PW\" | rabbitmqctl add_user {u}",
             f"rabbitmqctl set_permissions -p / {u} '.*' '.*' '.*'", "rabbitmqctl delete_user guest || true", "unset PW"]
    return J(pick(["scripts", "rabbitmq"]), "bootstrap.sh"), L(*lines), "shell"


@neg("kafka", "jaas_config_provider")
def n_kafka_jaas():
    lines = ["KafkaClient {", "    org.apache.kafka.common.security.scram.ScramLoginModule required",
             f"    username=\"{pick(['svc-orders', 'connect'])}\"",
             pick(["    password=\"${file:/etc/kafka/secrets/client.properties:sasl.password}\";",
                   "    password=\"${env:KAFKA_SASL_PASSWORD}\";", "    password=\"<api-secret>\";"]), "};"]
    return pick(["config/jaas.conf", "etc/kafka/kafka_client_jaas.conf"]), L(*lines), "jaas.conf"


@neg("kafka", "client_properties_placeholders")
def n_kafka_props():
    lines = ["# Required connection configs for Kafka producer, consumer, and admin",
             f"bootstrap.servers=pkc-{rstr(LOWNUM, 5)}.{pick(REGIONS)}.aws.confluent.cloud:9092",
             "security.protocol=SASL_SSL", "sasl.mechanisms=PLAIN",
             "sasl.username={{ CLUSTER_API_KEY }}", "sasl.password={{ CLUSTER_API_SECRET }}",
             "", "# Best practice for higher availability in Apache Kafka clients prior to 3.0",
             "session.timeout.ms=45000", "", "# Required connection configs for Confluent Cloud Schema Registry",
             f"schema.registry.url=https://psrc-{rstr(LOWNUM, 5)}.{pick(REGIONS)}.aws.confluent.cloud",
             "basic.auth.credentials.source=USER_INFO",
             "basic.auth.user.info={{ SR_API_KEY }}:{{ SR_API_SECRET }}"]
    return pick(["client.properties", "config/client.properties"]), L(*lines), "properties"


@neg("kafka", "server_properties_no_secret")
def n_kafka_server():
    lines = ["process.roles=broker,controller", f"node.id={R.randrange(1, 6)}",
             f"controller.quorum.voters=1@{host('kafka')}:9093,2@{host('kafka')}:9093,3@{host('kafka')}:9093",
             "listeners=SASL_SSL://:9092,CONTROLLER://:9093", "sasl.enabled.mechanisms=SCRAM-SHA-512",
             "config.providers=file", "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider",
             "ssl.keystore.password=${file:/etc/kafka/secrets/ssl.properties:keystore.password}",
             "ssl.key.password=${file:/etc/kafka/secrets/ssl.properties:key.password}",
             f"cluster.id={b64u(rbytes(16))}", "log.dirs=/var/lib/kafka/data"]
    return pick(["config/kraft/server.properties", "etc/kafka/server.properties"]), L(*lines), "server.properties"


@neg("zookeeper", "super_digest_hash")
def n_zk():
    if chance(0.5):
        lines = ["# java.env - sourced by zkEnv.sh",
                 f"SERVER_JVMFLAGS=\"-Dzookeeper.DigestAuthenticationProvider.superDigest=super:{zk_digest('super')} -Djava.security.auth.login.config=/etc/zookeeper/jaas.conf\"",
                 "JVMFLAGS=\"-Xmx2g\"",
                 "ZOO_LOG_DIR=/var/log/zookeeper",
                 "ZOO_LOG4J_PROP=\"INFO,ROLLINGFILE\"",
                 "ZOO_GC_OPTS=\"-XX:+UseG1GC -XX:MaxGCPauseMillis=200\""]
        return pick(["conf/java.env", "etc/zookeeper/java.env"]), L(*lines), "zookeeper-env"
    u = pick(["kafka", "ops"])
    lines = ["# ACLs applied by ops/zookeeper/apply.sh (digest = base64(sha1(user:password)))",
             "addauth digest ${ZK_ADMIN_USER}:${ZK_ADMIN_PASSWORD}",
             f"setAcl /kafka digest:{u}:{zk_digest(u)}:cdrwa", "setAcl /kafka/config world:anyone:r",
             "setAcl /kafka/brokers sasl:kafka:cdrwa", "getAcl /kafka"]
    return pick(["ops/zookeeper/acls.zk", "zookeeper/acls.txt"]), L(*lines), "zookeeper-acl"


# ---------------------------------------------------------------- SQL Server / Oracle negatives
@neg("mssql", "compose_env_interp")
def n_mssql_compose():
    lines = ["services:", "  sqlserver:", "    image: mcr.microsoft.com/mssql/server:2022-latest",
             "    environment:", "      ACCEPT_EULA: \"Y\"",
             pick(["      MSSQL_SA_PASSWORD: ${MSSQL_SA_PASSWORD:?set MSSQL_SA_PASSWORD in .env}",
                   "      MSSQL_SA_PASSWORD: \"${SA_PASSWORD}\"", "      SA_PASSWORD: <YourStrong@Passw0rd>"]),
             "      MSSQL_PID: Developer", "    ports: [\"1433:1433\"]"]
    return pick(["docker-compose.yml", "db/docker-compose.yml"]), L(*lines), "docker-compose.yml"


@neg("mssql", "appsettings_managed_identity")
def n_mssql_appsettings():
    form = R.randrange(3)
    cs = [f"Server=tcp:{host('sql')},1433;Database={dbname()};Authentication=Active Directory Managed Identity;User Id={ruuid()};Encrypt=True;",
          f"Server={host('sql')};Database={dbname()};Integrated Security=True;TrustServerCertificate=True;",
          f"Server=tcp:{host('sql')},1433;Initial Catalog={dbname()};User ID={dbuser()};Password=;Encrypt=True;"][form]
    d = {"Logging": {"LogLevel": {"Default": "Information"}}, "ConnectionStrings": {"DefaultConnection": cs},
         "KeyVault": {"VaultUri": f"https://{company()}-kv.vault.azure.net/"}, "AllowedHosts": "*"}
    if form == 2:
        d["_comment"] = "password injected from Key Vault secret ConnectionStrings--DbPassword"
    return pick(["appsettings.json", "src/Api/appsettings.Production.json"]), json.dumps(d, indent=2) + "\n", "appsettings.json"


@neg("mssql", "sqlcmd_env_or_entra")
def n_sqlcmd():
    lines = ["#!/usr/bin/env bash", "set -euo pipefail",
             ": \"${SQLCMDPASSWORD:?export SQLCMDPASSWORD (sqlcmd reads it instead of -P)}\"",
             f"sqlcmd -S {host('mssql')},1433 -U sa -C -i migrations/{R.randrange(1, 80):03d}_indexes.sql",
             f"sqlcmd -S {company()}-sql.database.windows.net -d {dbname()} -G -Q \"SELECT @@VERSION\""]
    return J(pick(["scripts", "ops/mssql"]), "apply.sh"), L(*lines), "shell"


@neg("oracle", "tnsnames_ora")
def n_tnsnames():
    lines = []
    for _ in range(R.randrange(2, 4)):
        svc = pick(["ORCLPDB1", "PRODDB", "RPT", "HRPDB", "FINPDB"])
        lines += [f"{svc}_{pick(ENVS).upper()} =", "  (DESCRIPTION =",
                  f"    (ADDRESS = (PROTOCOL = TCPS)(HOST = {host('ora')})(PORT = 2484))",
                  f"    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = {svc.lower()}.{company()}.internal))",
                  "  )", ""]
    return pick(["network/admin/tnsnames.ora", "oracle/tnsnames.ora"]), L(*lines), "tnsnames.ora"


@neg("oracle", "sqlplus_wallet")
def n_sqlplus():
    lines = ["#!/bin/ksh", "export TNS_ADMIN=/u01/app/oracle/network/admin",
             "# credentials live in the secure external password store:",
             "#   mkstore -wrl /u01/app/oracle/wallet -createCredential PRODDB_JOBS etl_user",
             "sqlplus -s /@PRODDB_JOBS <<EOF", "@/opt/jobs/sql/purge_staging.sql", "EXIT", "EOF"]
    if chance(0.5):
        lines.insert(1, "# sqlnet.ora: WALLET_LOCATION=(SOURCE=(METHOD=FILE)(METHOD_DATA=(DIRECTORY=/u01/app/oracle/wallet)))")
    return J(pick(["jobs", "scripts"]), "purge_staging.ksh"), L(*lines), "shell"


# ---------------------------------------------------------------- warehouses negatives
@neg("snowflake", "keypair_or_sso")
def n_snowflake():
    acct = f"{rstr(LOWER, 7)}-{rstr(LOWNUM, 7)}"
    lines = ["[connections.prod]", f"account = \"{acct}\"", "user = \"SVC_DBT\"",
             "authenticator = \"SNOWFLAKE_JWT\"", "private_key_file = \"/etc/dbt/keys/rsa_key.p8\"",
             "private_key_file_pwd = \"$SNOWFLAKE_PRIVATE_KEY_PASSPHRASE\"" if chance(0.3) else "# key passphrase via PRIVATE_KEY_PASSPHRASE env",
             "warehouse = \"TRANSFORM_WH\"", "", "[connections.dev]", f"account = \"{acct}\"", "user = \"JDOE\"",
             "authenticator = \"externalbrowser\"",
             f"# RSA public key fingerprint: SHA256:{base64.b64encode(rbytes(32)).decode()}"]
    return J(home(), ".snowflake/connections.toml"), L(*lines), "toml"


@neg("gcp_bigquery", "credentials_path")
def n_bigquery():
    proj = f"{company()}-analytics-{R.randrange(100000, 999999)}"
    lines = [f"{company()}:", "  target: prod", "  outputs:", "    prod:", "      type: bigquery",
             pick(["      method: oauth", "      method: service-account\n      keyfile: /secrets/bq-sa.json"]),
             f"      project: {proj}", "      dataset: marts", "      location: EU", "      threads: 8",
             f"      impersonate_service_account: dbt-runner@{proj}.iam.gserviceaccount.com"]
    return pick(["profiles.yml", "dbt/profiles.yml"]), L(*lines), "profiles.yml"


@neg("redshift", "iam_auth")
def n_redshift():
    h = f"{pick(['analytics', 'dw'])}.{rstr(LOWNUM, 12)}.{pick(REGIONS)}.redshift.amazonaws.com"
    lines = [f"jdbc.url=jdbc:redshift:iam://{h}:5439/analytics", "jdbc.DbUser=etl_svc", "jdbc.AutoCreate=false",
             "jdbc.Profile=etl", f"jdbc.ClusterID={pick(['analytics-prod', 'dw-main'])}",
             f"s3.iam_role=arn:aws:iam::{R.randrange(10 ** 11, 10 ** 12)}:role/RedshiftCopy"]
    return pick(["conf/redshift.properties", "etl/redshift.properties"]), L(*lines), "properties"


# ---------------------------------------------------------------- frameworks negatives
def jasypt():
    return "ENC(" + base64.b64encode(rbytes(R.choice([32, 48, 64]))).decode() + ")"


def spring_cipher():
    return "{cipher}" + rhex(R.choice([64, 96, 128]))


@neg("postgresql", "spring_env_or_cipher")
def n_spring():
    val = pick(["${DB_PASSWORD}", "${SPRING_DATASOURCE_PASSWORD:}", jasypt(), spring_cipher(), "${vcap.services.orders-db.credentials.password}"])
    lines = [f"spring.datasource.url=jdbc:postgresql://{host('pg')}:5432/{dbname()}",
             f"spring.datasource.username={dbuser()}", f"spring.datasource.password={val}",
             "spring.datasource.hikari.maximum-pool-size=20", "spring.jpa.hibernate.ddl-auto=validate",
             "management.endpoint.health.probes.enabled=true"]
    if val.startswith("ENC("):
        lines.append("jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}")
    return pick(["src/main/resources/application.properties", "config/application-prod.properties"]), L(*lines), "application.properties"


@neg("flyway", "flyway_env")
def n_flyway():
    lines = [f"flyway.url=jdbc:postgresql://{host('pg')}:5432/{dbname()}", "flyway.user=${FLYWAY_USER}",
             pick(["flyway.password=${FLYWAY_PASSWORD}", "# flyway.password is read from FLYWAY_PASSWORD",
                   "flyway.password=${env.DB_MIGRATION_PASSWORD}"]),
             "flyway.locations=filesystem:sql", "flyway.cleanDisabled=true"]
    return pick(["flyway.conf", "conf/flyway.conf"]), L(*lines), "flyway.conf"


@neg("liquibase", "liquibase_env")
def n_liquibase():
    lines = ["changeLogFile: db/changelog/db.changelog-master.yaml", f"url: jdbc:mysql://{host('mysql')}:3306/{dbname()}",
             "username: liquibase", "# password: supplied via LIQUIBASE_COMMAND_PASSWORD in CI",
             "liquibase.hub.mode: off", f"# last changeset checksum: 9:{rhex(32)}"]
    return pick(["liquibase.properties", "src/main/resources/liquibase.properties"]), L(*lines), "liquibase.properties"


@neg("rails", "database_yml_erb")
def n_rails():
    pwline = pick(["  password: <%= ENV[\"DATABASE_PASSWORD\"] %>",
                   "  password: <%= Rails.application.credentials.dig(:database, :password) %>",
                   "  password: <%= ENV.fetch(\"DB_PASSWORD\") { \"\" } %>"])
    lines = ["default: &default", "  adapter: postgresql", "  pool: 5", "", "production:", "  <<: *default",
             f"  database: {dbname()}_production", f"  username: {dbuser()}", pwline, "  host: <%= ENV[\"DATABASE_HOST\"] %>"]
    return "config/database.yml", L(*lines), "database.yml"


@neg("django", "settings_environ")
def n_django():
    pwline = pick(["        \"PASSWORD\": os.environ[\"DB_PASSWORD\"],", "        \"PASSWORD\": env(\"DATABASE_PASSWORD\"),",
                   "        \"PASSWORD\": get_secret(\"prod/db\")[\"password\"],"])
    lines = ["import os", "", "DATABASES = {", "    \"default\": {", "        \"ENGINE\": \"django.db.backends.postgresql\",",
             f"        \"NAME\": \"{dbname()}\",", f"        \"USER\": os.environ.get(\"DB_USER\", \"{dbuser()}\"),",
             pwline, "        \"HOST\": os.environ.get(\"DB_HOST\", \"localhost\"),", "    }", "}"]
    return pick(["settings/production.py", "config/settings/production.py"]), L(*lines), "settings.py"


@neg("sqlalchemy", "alembic_default_url")
def n_alembic():
    lines = ["[alembic]", "script_location = migrations",
             pick(["sqlalchemy.url = driver://user:pass@localhost/dbname",
                   "# sqlalchemy.url is set in env.py from DATABASE_URL",
                   "sqlalchemy.url = postgresql+psycopg://%(DB_USER)s:%(DB_PASSWORD)s@%(DB_HOST)s/%(DB_NAME)s"]),
             "", "[loggers]", "keys = root,sqlalchemy,alembic"]
    return "alembic.ini", L(*lines), "ini"


@neg("odbc", "odbc_ini_trusted")
def n_odbc():
    lines = ["[ReportingDW]", "Driver=ODBC Driver 18 for SQL Server", f"Server=tcp:{host('sql')},1433",
             f"Database={dbname()}", pick(["Trusted_Connection=yes", "Authentication=ActiveDirectoryMsi", "Authentication=ActiveDirectoryInteractive"]),
             "Encrypt=yes", "", "[RedshiftProd]", "Driver=/opt/amazon/redshiftodbc/lib/64/libamazonredshiftodbc64.so",
             f"Server={host('rs')}", "Port=5439", "IAM=1", "Profile=bi"]
    return pick(["etc/odbc.ini", J(home(), ".odbc.ini")]), L(*lines), "odbc.ini"


# ---------------------------------------------------------------- Kubernetes / Helm / Make / docs negatives
@neg("kubernetes", "sealed_secret")
def n_sealed():
    name = pick(["postgres-credentials", "mysql-root", "redis-auth", "mongo-app"])
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", f"  name: {name}",
             f"  namespace: {pick(['prod', 'data'])}", "spec:", "  encryptedData:",
             f"    password: {sealed_blob()}", "  template:", "    metadata:", f"      name: {name}", "    type: Opaque"]
    return J(pick(["k8s", "manifests", "gitops/apps/db"]), f"{name}-sealed.yaml"), L(*lines), "k8s-sealedsecret"


@neg("kubernetes", "sops_secret")
def n_sops():
    name = pick(["db-credentials", "pg-app-user", "clickhouse-users"])
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", f"  name: {name}", "type: Opaque", "stringData:",
             f"  username: {sops_enc(8)}", f"  password: {sops_enc()}", "sops:", "  kms:",
             f"    - arn: arn:aws:kms:{pick(REGIONS)}:{R.randrange(10 ** 11, 10 ** 12)}:key/{ruuid()}",
             "      created_at: \"2024-05-02T09:14:51Z\"",
             f"      enc: {base64.b64encode(rbytes(180)).decode()}",
             "      aws_profile: \"\"", "  lastmodified: \"2024-05-02T09:14:52Z\"",
             f"  mac: {sops_enc(32)}", "  unencrypted_suffix: _unencrypted", "  version: 3.8.1"]
    return J(pick(["k8s", "secrets", "gitops/db"]), f"{name}.enc.yaml"), L(*lines), "k8s-secret-sops"


@neg("kubernetes", "external_secret")
def n_external_secret():
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: orders-db",
             "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: aws-secrets-manager", "    kind: ClusterSecretStore",
             "  target:", "    name: orders-db", "  data:", "    - secretKey: password", "      remoteRef:",
             f"        key: {pick(ENVS)}/orders/postgres", "        property: password", "    - secretKey: username",
             "      remoteRef:", f"        key: {pick(ENVS)}/orders/postgres", "        property: username"]
    return pick(["k8s/orders-db-externalsecret.yaml", "manifests/external-secret.yaml"]), L(*lines), "k8s-externalsecret"


@neg("helm", "values_existing_secret")
def n_helm():
    chart = pick(["postgresql", "redis", "mongodb", "mariadb"])
    lines = [f"# bitnami/{chart}", "auth:", "  enabled: true", "  existingSecret: " + chart + "-credentials",
             "  secretKeys:", "    adminPasswordKey: admin-password", "    userPasswordKey: user-password",
             "  password: \"\"", "", "primary:", "  persistence:", "    size: 50Gi"]
    return J(pick(["charts", "helm"]), chart, "values.yaml"), L(*lines), "helm-values"


@neg("kubernetes", "statefulset_secret_ref")
def n_statefulset():
    lines = ["apiVersion: apps/v1", "kind: StatefulSet", "metadata:", "  name: postgres", "spec:", "  serviceName: postgres",
             "  template:", "    spec:", "      containers:", "        - name: postgres", "          image: postgres:16.3",
             "          env:", "            - name: POSTGRES_PASSWORD_FILE", "              value: /etc/pg-secret/password",
             "            - name: PGDATA", "              value: /var/lib/postgresql/data/pgdata",
             "          volumeMounts:", "            - {name: pg-secret, mountPath: /etc/pg-secret, readOnly: true}",
             "      volumes:", "        - name: pg-secret", "          secret: {secretName: postgres-credentials}"]
    return pick(["k8s/postgres-statefulset.yaml", "manifests/postgres/statefulset.yaml"]), L(*lines), "k8s-statefulset"


@neg("postgresql", "makefile_env_ref")
def n_makefile():
    lines = [".PHONY: db-shell db-dump", "", "DB_HOST ?= localhost", f"DB_NAME ?= {dbname()}",
             pick(["PGPASSWORD ?= $(shell pass show db/local)", "DB_PASSWORD ?= $(shell op read op://dev/pg/password)",
                   "# PGPASSWORD must be exported in your shell"]), "",
             "db-shell:", "\tpsql -h $(DB_HOST) -U $$USER $(DB_NAME)", "", "db-dump:",
             "\tPGPASSWORD=\"$$DB_PASSWORD\" pg_dump -h $(DB_HOST) -Fc $(DB_NAME) > dumps/$(DB_NAME).dump"]
    return "Makefile", L(*lines), "makefile"


@neg("mysql", "readme_placeholders")
def n_readme():
    db = dbname()
    lines = [f"# {db} database", "", "## Local setup", "", "```sh",
             "cp .env.example .env   # then set DB_PASSWORD", f"mysql -h 127.0.0.1 -u {dbuser()} -p {db}   # prompts for the password",
             "```", "", "Connection string format:", "",
             f"`mysql://USER:{pick(['<password>', 'PASSWORD', '<your-password>', '${DB_PASSWORD}'])}@HOST:3306/{db}`", "",
             "Never commit real passwords; production credentials are in Vault at `secret/db/" + db + "`."]
    return J(pick(["docs", "."]), "README.md"), L(*lines), "markdown"


@neg("postgresql", "dump_checksums")
def n_checksums():
    db = dbname()
    lines = [f"{hashlib.sha256(rbytes(16)).hexdigest()}  {db}_2024-{m:02d}-01.dump" for m in range(1, R.randrange(6, 13))]
    return pick(["backups/SHA256SUMS", "ops/backup/SHA256SUMS"]), L(*lines), "checksums"


@neg("postgresql", "seed_uuids_bcrypt")
def n_seed_sql():
    lines = ["-- dev seed data", "INSERT INTO users (id, email, password_digest, created_at) VALUES"]
    rows = []
    for _ in range(R.randrange(3, 7)):
        rows.append(f"  ('{ruuid()}', '{pick(FIRST).lower()}@{company()}.dev', '{bcrypt_like('$2a$')}', now())")
    lines.append(",\n".join(rows) + ";")
    lines.append(f"INSERT INTO api_clients (id, client_id, name) VALUES ('{ruuid()}', '{rhex(32)}', 'mobile-app');")
    return J(pick(["db/seeds", "seeds"]), "001_users.sql"), L(*lines), "sql"


@neg("postgresql", "wal_archive_listing")
def n_wal():
    lines = ["# pgbackrest info --stanza=main (trimmed)", "stanza: main", "    status: ok",
             f"    wal archive min/max (15): {walname()}/{walname()}", ""]
    for _ in range(R.randrange(2, 5)):
        lines += [f"    full backup: 2024{R.randrange(1, 13):02d}{R.randrange(1, 29):02d}-0{R.randrange(1, 6)}0000F",
                  f"        wal start/stop: {walname()} / {walname()}",
                  f"        lsn start/stop: {lsn()} / {lsn()}",
                  f"        database size: {R.randrange(10, 900)}.{R.randrange(0, 9)}GB"]
    return pick(["docs/backup-status.txt", "ops/pgbackrest/info.txt"]), L(*lines), "text"


# ---------------------------------------------------------------- managed services negatives
@neg("supabase", "anon_key_public")
def n_supabase():
    ref, anon = supabase_jwt("anon")
    form = R.randrange(2)
    if form == 0:
        lines = [f"NEXT_PUBLIC_SUPABASE_URL=https://{ref}.supabase.co", f"NEXT_PUBLIC_SUPABASE_ANON_KEY={anon}",
                 "# service role key lives only in the server env (never NEXT_PUBLIC_)", "SUPABASE_SERVICE_ROLE_KEY="]
        return pick([".env.local", ".env.example", ".env"]), L(*lines), "dotenv"
    lines = ["import { createClient } from '@supabase/supabase-js';", "",
             f"const supabaseUrl = 'https://{ref}.supabase.co';", f"const supabaseAnonKey = '{anon}';", "",
             "export const supabase = createClient(supabaseUrl, supabaseAnonKey);"]
    return pick(["src/lib/supabase.js", "lib/supabaseClient.js"]), L(*lines), "js"


@neg("planetscale", "masked_password")
def n_planetscale():
    lines = ["# from `pscale password create` - the password is shown once; stored in 1Password",
             "DATABASE_HOST=aws.connect.psdb.cloud", f"DATABASE_USERNAME={rstr(LOWNUM, 12)}",
             pick(["DATABASE_PASSWORD=pscale_pw_************************", "DATABASE_PASSWORD=pscale_pw_<paste-here>",
                   "DATABASE_PASSWORD=${{ secrets.PLANETSCALE_PASSWORD }}"]), f"DATABASE_NAME={dbname()}"]
    return pick([".env.example", ".env"]), L(*lines), "dotenv"


@neg("neon", "masked_connection_string")
def n_neon():
    ep = f"ep-{pick(WORDS)}-{pick(WORDS)}-{rstr(LOWNUM, 8)}"
    pw_ = pick(["************", "npg_****", "<password>", "${NEON_PASSWORD}"])
    lines = [f"DATABASE_URL=postgresql://neondb_owner:{pw_}@{ep}.us-east-2.aws.neon.tech/neondb?sslmode=require",
             f"NEON_PROJECT_ID={pick(WORDS)}-{pick(WORDS)}-{R.randrange(10000000, 99999999)}", "NEON_BRANCH=main"]
    return pick([".env.example", "docs/.env.sample"]), L(*lines), "dotenv"


@neg("turso", "workflow_secret_ref")
def n_turso():
    lines = ["name: migrate", "on: { push: { branches: [main] } }", "jobs:", "  migrate:", "    runs-on: ubuntu-latest",
             "    env:", f"      TURSO_DATABASE_URL: libsql://{dbname()}-{rstr(LOWER, 6)}.turso.io",
             "      TURSO_AUTH_TOKEN: ${{ secrets.TURSO_AUTH_TOKEN }}", "    steps:", "      - uses: actions/checkout@v4",
             "      - run: npx drizzle-kit migrate"]
    return ".github/workflows/migrate.yml", L(*lines), "github-workflow"


@neg("upstash", "url_only")
def n_upstash():
    lines = [f"UPSTASH_REDIS_REST_URL=\"https://{pick(WORDS)}-{pick(WORDS)}-{R.randrange(10000, 99999)}.upstash.io\"",
             pick(["UPSTASH_REDIS_REST_TOKEN=\"\"", "UPSTASH_REDIS_REST_TOKEN=\"<token from console>\"", "# token injected by Vercel integration"])]
    return pick([".env.example", ".env.local"]), L(*lines, "RATELIMIT_WINDOW=10s"), "dotenv"


@neg("aiven", "avn_cli_masked")
def n_aiven():
    proj = f"{company()}-{pick(ENVS)}"
    svc = f"pg-{rstr(LOWNUM, 8)}"
    lines = ["#!/bin/sh", "# fetch the service URI at deploy time instead of committing it",
             f"avn --auth-token \"$AIVEN_TOKEN\" service get {svc} --project {proj} --format '{{service_uri}}' > /run/app/db_uri",
             "chmod 0400 /run/app/db_uri",
             "export DATABASE_URL_FILE=/run/app/db_uri",
             f"# looks like: postgres://avnadmin:AVNS_*****@{svc}-{proj}.aivencloud.com:{R.randrange(10000, 29999)}/defaultdb?sslmode=require"]
    return pick(["scripts/fetch-db-uri.sh", "deploy/aiven.sh"]), L(*lines), "shell"


@neg("fauna", "masked_or_ref")
def n_fauna():
    lines = [pick([f"FAUNA_SECRET=fn{pick('AE')}{rstr(B64URL, 4)}...{rstr(B64URL, 4)}", "FAUNA_SECRET=${{ secrets.FAUNA_SECRET }}",
                   "FAUNA_SECRET=<your-fauna-secret>", "FAUNA_SECRET=fnXXXXXXXXXXXXXXXXXXXX"]),
             "FAUNA_ENDPOINT=https://db.fauna.com", "# create a key: Dashboard > Database > Keys > New key (role: server)"]
    return pick([".env.example", "README.env"]), L(*lines), "dotenv"


@neg("firebase", "web_config_public")
def n_firebase():
    proj = f"{company()}-{rstr(LOWNUM, 5)}"
    sender = R.randrange(10 ** 11, 10 ** 12)
    lines = ["// Firebase web config - safe to ship in the client bundle", "const firebaseConfig = {",
             f"  apiKey: \"AIza{rstr(B64URL, 35)}\",", f"  authDomain: \"{proj}.firebaseapp.com\",",
             f"  databaseURL: \"https://{proj}-default-rtdb.firebaseio.com\",", f"  projectId: \"{proj}\",",
             f"  storageBucket: \"{proj}.appspot.com\",", f"  messagingSenderId: \"{sender}\",",
             f"  appId: \"1:{sender}:web:{rhex(22)}\"", "};", "", "export default firebaseConfig;"]
    return pick(["src/firebase.js", "web/firebaseConfig.js"]), L(*lines), "js"


@neg("xata", "workspace_url_only")
def n_xata():
    ws = f"{pick(WORDS)}-{rstr(LOWNUM, 6)}"
    lines = ["# get an API key at https://app.xata.io/settings", "XATA_API_KEY=", "XATA_BRANCH=main",
             f"XATA_DATABASE_URL=https://{ws}.{pick(REGIONS)}.xata.sh/db/{dbname()}"]
    return pick([".env.example", ".env"]), L(*lines), "dotenv"


@neg("cockroachdb_cloud", "cert_auth_url")
def n_crdb():
    cl = f"{pick(WORDS)}-{pick(WORDS)}-{R.randrange(1000, 9999)}"
    lines = [f"# cluster id {ruuid()}",
             f"COCKROACH_URL=\"postgresql://{dbuser()}@{cl}.{rstr(LOWNUM, 3)}.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full&sslrootcert=$HOME/.postgresql/root.crt\"",
             "COCKROACH_PASSWORD_FILE=/run/secrets/crdb_password"]
    return pick([".env", "deploy/.env"]), L(*lines), "dotenv"


# ---------------------------------------------------------------- same-slot negatives
# Re-run a positive template, then swap the secret for what careful people
# commit in that exact slot: a placeholder, an env/template reference or a
# masked/truncated rendering.  Surroundings are identical to the positives.
SAME_SLOT_EXCLUDE = {"keyfile_contents", "service_account_private_key", "k8s_secret_data"}

ENVREF_BY_TYPE = {
    "dotenv": ["${DB_PASSWORD}", "${SECRET_FROM_VAULT}", "${DB_PASSWORD:-}"],
    "docker-compose.yml": ["${DB_PASSWORD:?required}", "${DB_PASSWORD}"],
    "application.properties": ["${DB_PASSWORD}", "${vault.db.password}"],
    "properties": ["${DB_PASSWORD}"], "flyway.conf": ["${FLYWAY_PASSWORD}"],
    "liquibase.properties": ["${LIQUIBASE_PASSWORD}"], "helm-values": ["{{ .Values.global.dbPassword }}"],
    "kibana.yml": ["${ELASTICSEARCH_PASSWORD}"], "patroni.yml": ["{{ patroni_superuser_password }}"],
    "database.yml": ["<%= ENV['DATABASE_PASSWORD'] %>"], "k8s-statefulset": ["$(DB_PASSWORD)"],
    "my.cnf": ["{{ mysql_backup_password }}"], "redis.conf": ["{{ redis_password }}"],
    "telegraf.conf": ["${INFLUX_TOKEN}"], "local.ini": ["{{ couchdb_admin_password }}"],
    "users.xml": ["{{ clickhouse_password }}"], "profiles.yml": ["{{ env_var('SNOWFLAKE_PASSWORD') }}"],
    "jaas.conf": ["${file:/etc/kafka/secrets.properties:password}"], "server.properties": ["${env:KAFKA_PASSWORD}"],
    "terraform": ["${var.atlas_private_key}"], "toml": ["$SNOWFLAKE_PASSWORD"],
}
PH_GENERIC = ["changeme", "<password>", "CHANGE_ME", "YOUR_PASSWORD", "********", "<redacted>",
              "REPLACE_ME", "xxxxxxxxxxxx", "<your-password-here>", "__PASSWORD__", "secret", "<db_password>"]
TOKEN_PREFIXES = ["pscale_pw_", "npg_", "AVNS_", "xau_", "sb_secret_", "fnA", "fnE", "eyJ"]


def _same_slot(mode):
    cands = [(pv, k, f) for (pv, k, f) in POS if k not in SAME_SLOT_EXCLUDE]
    provider, kind, fn = pick(cands)
    path, content, needle, ftype = fn()
    if mode == "placeholder":
        rep = pick(PH_GENERIC)
        pre = next((p for p in TOKEN_PREFIXES if needle.startswith(p)), None)
        if pre and pre != "eyJ" and chance(0.5):
            rep = pre + pick(["<token>", "...", "XXXXXXXXXXXX", "<your-key>"])
    elif mode == "envref" and ftype in ENVREF_BY_TYPE:
        rep = pick(ENVREF_BY_TYPE[ftype])
    elif mode == "envref":
        mode = "placeholder"
        rep = pick(PH_GENERIC)
    else:  # masked / truncated as printed by consoles and CLIs
        pre = next((p for p in TOKEN_PREFIXES if needle.startswith(p)), "")
        style = R.randrange(3)
        if style == 0:
            rep = pre + "*" * R.randrange(8, 16) + needle[-4:]
        elif style == 1:
            rep = (pre or needle[:2]) + "…" + needle[-3:]
        else:
            rep = "*" * R.randrange(8, 13)
    content = content.replace(needle, rep)
    assert needle not in content
    path_prefix = pick(["", "", "examples/", "templates/"]) if mode != "masked" else ""
    if path_prefix and path.startswith("/"):
        path_prefix = ""
    return path_prefix + path, content, ftype, (provider, f"{kind}__{mode}")


@neg("*", "same_slot_placeholder")
def n_same_placeholder():
    return _same_slot("placeholder")


@neg("*", "same_slot_envref")
def n_same_envref():
    return _same_slot("envref")


@neg("*", "same_slot_masked")
def n_same_masked():
    return _same_slot("masked")


@neg("*", "same_slot_placeholder_b")
def n_same_placeholder_b():
    return _same_slot(pick(["placeholder", "envref"]))


@neg("*", "same_slot_masked_b")
def n_same_masked_b():
    return _same_slot(pick(["masked", "placeholder"]))


@neg("postgresql", "scram_rfc7677_test_vector")
def n_scram_vector():
    lines = [
        "\"\"\"SCRAM-SHA-256 exchange from RFC 7677 section 3, used as a fixed test vector.\"\"\"",
        "from ourdriver.auth import scram",
        "",
        "",
        "def test_rfc7677_exchange():",
        "    c = scram.Client(user=\"user\", password=\"pencil\", nonce=\"rOprNGfwEbeRWgbNEkqO\")",
        "    assert c.first() == \"n,,n=user,r=rOprNGfwEbeRWgbNEkqO\"",
        "    server_first = (\"r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,\"",
        "                    \"s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096\")",
        "    final = c.final(server_first)",
        "    assert final.endswith(\"p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=\")",
        "    assert c.verify(\"v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=\")",
    ]
    return pick(["tests/test_scram.py", "tests/auth/test_scram_vectors.py"]), L(*lines), "python"


# ================================================================ driver
DOTENV_FILLER = ["NODE_ENV=production", "LOG_LEVEL=info", "PORT=3000", "TZ=UTC", "SENTRY_ENVIRONMENT=production",
                 "OTEL_SERVICE_NAME=api", "FEATURE_FLAGS=checkout_v2,fast_search", "HTTP_TIMEOUT_MS=15000",
                 "APP_NAME=web", "METRICS_PORT=9464", "WEB_CONCURRENCY=2"]


def pad(content, filetype):
    lines = content.rstrip("\n").split("\n")
    if len(lines) >= 5:
        return content
    if filetype == "dotenv":
        fill = R.sample(DOTENV_FILLER, 5 - len(lines) + R.randrange(0, 4))
        k = R.randrange(0, len(fill) + 1)
        lines = fill[:k] + lines + fill[k:]
    else:
        raise ValueError(f"too short {filetype}: {content!r}")
    return "\n".join(lines) + "\n"


def plan(gens, n):
    order = []
    while len(order) < n:
        block = list(range(len(gens)))
        R.shuffle(block)
        order.extend(block)
    return order[:n]


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(content)


def main():
    global R
    if len(sys.argv) != 3:
        sys.exit("usage: gen_z.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    n_pos = n_neg = 500
    manifest, secrets = [], []
    pos_files = []   # (file, content, needle, line)
    neg_files = []   # (file, content)

    for idx, gi in enumerate(plan(POS, n_pos), 1):
        provider, kind, fn = POS[gi]
        _CO[0] = pick(COMPANY)
        path, content, needle, ftype = fn()
        content = pad(content, ftype)
        rel = f"pos/p{idx:04d}/{path}"
        lines = content.split("\n")
        line = next(i for i, l in enumerate(lines, 1) if needle in l)
        write(os.path.join(outdir, rel), content)
        manifest.append({"file": rel, "label": "positive", "provider": provider, "kind": kind, "filetype": ftype})
        secrets.append({"file": rel, "needle": needle, "line": line})
        pos_files.append((rel, content, needle, line))

    for idx, gi in enumerate(plan(NEG, n_neg), 1):
        provider, kind, fn = NEG[gi]
        _CO[0] = pick(COMPANY)
        res = fn()
        if len(res) == 4:   # same-slot generators also report provider/kind
            path, content, ftype, (provider, kind) = res
        else:
            path, content, ftype = res
        content = pad(content, ftype)
        rel = f"neg/n{idx:04d}/{path}"
        write(os.path.join(outdir, rel), content)
        manifest.append({"file": rel, "label": "negative", "provider": provider, "kind": kind, "filetype": ftype})
        neg_files.append((rel, content))

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")

    self_check(outdir, manifest, secrets, neg_files)


def self_check(outdir, manifest, secrets, neg_files):
    errors = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as f:
            content = f.read()
        lines = content.split("\n")
        if s["needle"] not in lines[s["line"] - 1]:
            errors.append(f"needle not on stated line: {s['file']}")
        if content.count(s["needle"]) != 1:
            errors.append(f"needle occurs {content.count(s['needle'])} times: {s['file']}")
        if len(s["needle"]) < 8:
            errors.append(f"needle too short: {s['file']} {s['needle']!r}")
    needles = [s["needle"] for s in secrets]
    for rel, content in neg_files:
        for nd in needles:
            if nd in content:
                errors.append(f"negative {rel} contains positive needle {nd!r}")
    for m in manifest:
        with open(os.path.join(outdir, m["file"]), encoding="utf-8") as f:
            n = len(f.read().rstrip("\n").split("\n"))
        if not 5 <= n <= 80:
            errors.append(f"{m['file']}: {n} lines")
    from collections import Counter
    for label in ("positive", "negative"):
        rows = [m for m in manifest if m["label"] == label]
        print(f"== {label}: {len(rows)} files")
        print("  providers:", len({m['provider'] for m in rows}), dict(sorted(Counter(m["provider"] for m in rows).items())))
        print("  kinds:", len({(m['provider'], m['kind']) for m in rows}))
        print("  filetypes:", len({m['filetype'] for m in rows}), dict(sorted(Counter(m["filetype"] for m in rows).items())))
    print(f"generators: {len(POS)} positive kinds, {len(NEG)} negative kinds")
    if errors:
        print(f"SELF-CHECK FAILED ({len(errors)} errors)")
        for e in errors[:40]:
            print("  ", e)
        sys.exit(1)
    print("SELF-CHECK OK")


if __name__ == "__main__":
    main()
