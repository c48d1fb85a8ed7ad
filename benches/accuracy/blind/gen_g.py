#!/usr/bin/env python3
"""gen_g.py - blind evaluation-set generator for git pre-commit secret scanners.

Emphasis: passwords and credentials in infrastructure, build and application
configuration (SQL, connection strings, JDBC, Spring, Hibernate/JPA, Tomcat,
Jenkins, Maven/Gradle/NuGet/pip/composer/npm, Chef/Puppet/Salt/Ansible,
Vagrant, cloud-init, Docker/Compose, Kubernetes/Helm, Terraform/Pulumi,
Nginx/Apache/HAProxy, RabbitMQ, Kafka, Elastic/Kibana, Grafana, Prometheus,
Alertmanager, OpenVPN, WireGuard, IPsec, SNMP, WPA, RADIUS, LDAP, SFTP/FileZilla,
Laravel/Symfony/Django/Rails/WordPress, source literals in Go/Rust/Java/C#/
Python/JS/Ruby/Kotlin, shell/PowerShell/batch scripts, Makefiles and CI YAML),
plus innocent look-alikes living in the same kinds of files.

Usage:  python3 gen_g.py OUTDIR SEED

Output:
  OUTDIR/pos/pNNNN/<relative path>   500 positives, each with EXACTLY ONE credential
  OUTDIR/neg/nNNNN/<relative path>   500 negatives, no credential at all
  OUTDIR/manifest.jsonl              {"file","label","provider","kind","filetype"}
  OUTDIR/secrets.jsonl               {"file","needle","line"} per positive

Determinism: everything is drawn from one random.Random(SEED); no time, uuid4,
os.urandom or global randomness.  Standard library only.

Sources: file formats are written from general knowledge of each tool's
documented configuration syntax (MySQL/PostgreSQL/Oracle/SQL Server DDL, ADO.NET
/ODBC/OLE DB connection-string keywords, JDBC URL syntax, Spring Boot property
names, Tomcat/Jenkins/Maven/NuGet XML schemas, wpa_supplicant, FreeRADIUS,
strongSwan, net-snmp, Grafana ini, Prometheus/Alertmanager YAML, Kafka JAAS,
Ansible/Chef/Puppet/Salt conventions, etc.).  No secret values, hashes or
examples were copied from documentation: every password, token, hash and
ciphertext is freshly synthesised from the seeded RNG (hashes/ciphertexts are
random strings in the right *shape*, not real digests of anything).

Password styles for positives: random 16-32 mixed classes, passphrases
(word-Word-7-word), pronounceable syllable strings, hex, base64, long
alphanumeric tokens, and human-chosen patterns (Season+year+symbol, Word#1987,
leet-speak variants).  Symbol sets are restricted per context so the value is
syntactically valid where it sits (no ';' in connection strings, no '@' or ':'
in URL userinfo, no '#'/'%' in ini files, etc.).

Negatives: placeholders/empty values, env/template references (${X}, %(x)s,
{{ vault_x }}, %env(...)%, $__file{...}, $ENV{...}), encrypted-at-rest blobs
meant to be committed (ENC(...), !vault, $ANSIBLE_VAULT, {cipher}, hiera-eyaml,
Pulumi secure:, SealedSecret), password hashes (bcrypt, sha512-crypt, SSHA,
argon2, pbkdf2, md5 htpasswd), secret-store references (secretKeyRef,
Secrets Manager ARNs, Key Vault URIs, vault: paths, op://), policy settings and
field names, i18n strings, parameterised SQL, CLI usage text, obviously dummy
local-dev/test values (postgres:postgres@localhost, password: test).

Doubts / known limitations:
  * "Human" positives such as Autumn2019! are weak but real-looking; some
    scanners deliberately ignore low-entropy strings - that is part of the test.
  * Dummy local/test negatives (password: test, root/root on localhost) follow
    the brief; a strict policy could argue any literal password is a finding.
  * Hash negatives (bcrypt/sha512-crypt/argon2/SSHA) and encrypted blobs
    (Ansible vault, eyaml, SealedSecret, {cipher}, ENC()) are labelled innocent
    per the brief; offline cracking of weak hashes is out of scope.
  * WireGuard *public* keys appear in negatives (peer config); they are
    44-char base64 and indistinguishable in shape from private keys.
  * Base64-encoded credentials (FileZilla <Pass encoding="base64">, Docker
    config auth, K8s Secret data:, HTTP Basic headers, npm _password) use the
    encoded form as the needle.
  * Formats are realistic but not validated by the real tools.
  * keepalived auth_pass is truncated by VRRP to 8 chars, so those positives
    are short (8 random alphanumerics); SNMP community strings are positives
    only when non-default (the "public"@127.0.0.1 case is a negative).
  * pgbouncer userlist.txt, Jetty realm, shiro.ini, Nagios $USERn$ and Cisco
    "key" lines are short, context-free formats - hard for any scanner.
  * Negatives such as supervisor {SHA}<hex>, Redis ACL #<sha256>, Shiro hex
    hashes and Cisco type-9 hashes are unsalted/fast hashes in some cases;
    still labelled innocent (hashes, per brief).
  * A few negative templates have little natural variation, so a handful of
    near-identical negative files can occur within one seed.
  * The script refuses to write into an OUTDIR whose pos/ or neg/ is
    non-empty (so stale cases never mix with a new seed).
"""
import base64
import hashlib
import json
import os
import string
import sys
import random

# --------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------
WORDS = """
apple anchor amber arrow atlas autumn badge bamboo banner barley beacon
berry bison blanket blossom border boulder bridge bronze bucket buffalo
cabin cactus camel candle canyon carbon cargo carpet castle cedar cellar
chalk cherry chimney cinder citrus clover cobalt comet copper coral cotton
crater crystal cypress dagger delta desert diesel dolphin dragon drift
eagle ember engine falcon fennel ferry fiddle finch forest fossil fountain
galaxy garden garlic geyser ginger glacier granite gravel harbor harvest
hazel helmet heron hollow honey horizon hunter iceberg indigo island ivory
jacket jasper jungle kettle kernel kitten ladder lagoon lantern lemon
lizard lobster locket lotus lumber magnet mango maple marble meadow meteor
mirror mitten monsoon mosaic mountain muffin nectar needle nickel nomad
oasis ocean olive onyx orchid otter paddle palace panther papaya parrot
pebble pepper pewter pillow pilot pine planet plaza pocket pollen pony
prairie prism pumpkin puzzle quartz quill rabbit radar raven reef ribbon
ridge river rocket saddle saffron salmon sandal sapphire satchel scarlet
shadow sherpa shovel sierra silver skipper sparrow spider spruce squid
staple summit sunset swallow tablet talon tango thistle thunder tiger
timber toffee topaz torch tractor trumpet tulip tundra turtle umbrella
valley velvet violet voyage walnut walrus whistle willow window winter
wizard yarrow zebra zenith zephyr
""".split()

FIRST = """james mary robert patricia michael linda david elena carlos sofia
anika tomas kenji priya omar fatima lucas mateo chloe ingrid pavel olga
hiroshi wei mei raj aisha nadia felix greta jonas lena marco nora""".split()
LAST = """smith johnson garcia martinez kowalski nguyen patel kim mueller
rossi dubois silva novak horvat andersen jensen tanaka sato ivanov petrov
okafor mensah fischer weber moreau costa oliveira lindqvist""".split()

ORGS = """acmecorp northwind globex initech veltrix corvana brightlane
halcyon-labs tessaract bluepeak riverstone ironbark quillon nimbusware
orbitel kestrelpay fernhill zentro lumenix stratagen copperleaf""".split()

APPS = """orders billing inventory payments catalog shipping auth reporting
crm analytics notifications ledger checkout warehouse portal scheduler
search profiles invoicing loyalty""".split()

TLDS = ["internal", "corp", "local", "lan", "net", "io", "com"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "Fall"]
MONTHS = ["January", "February", "March", "April", "June", "July",
          "August", "September", "October", "November", "December"]

SYM_ANY = "!@#%^*-_+=.?~"
CTX_SYMS = {
    "any": SYM_ANY,
    "url": "-_.~",
    "ini": "!@^*-_+=.?~",
    "conn": "!@#^*-_+.?~",
    "shell": "-_.@%+=,",
    "xml": SYM_ANY,
    "json": SYM_ANY,
    "yaml": SYM_ANY,
    "sql": SYM_ANY,
    "code": "!@#%^*-_+=.?~",
    "props": "!@#%^*-_+=.?~",
    "alnum": "",
}


# --------------------------------------------------------------------------
# password generators (all seeded via the passed-in Random)
# --------------------------------------------------------------------------
def _alnum_first(r, s):
    if s and s[0] not in string.ascii_letters + string.digits:
        s = r.choice(string.ascii_letters) + s[1:]
    return s


def pw_random(r, syms, lo=16, hi=32):
    n = r.randint(lo, hi)
    pools = [string.ascii_lowercase, string.ascii_uppercase, string.digits]
    if syms:
        pools.append(syms)
    chars = [r.choice(p) for p in pools]
    allc = "".join(pools)
    chars += [r.choice(allc) for _ in range(n - len(chars))]
    r.shuffle(chars)
    return _alnum_first(r, "".join(chars))


def pw_passphrase(r, syms):
    seps = [c for c in "-_." if c in syms] or [""]
    sep = r.choice(seps)
    k = r.randint(3, 5)
    words = r.sample(WORDS, k)
    i = r.randrange(k)
    words[i] = words[i].capitalize()
    if sep:
        words.insert(r.randint(1, k), str(r.randint(1, 99)))
    else:
        words = [w.capitalize() for w in words]
        words.append(str(r.randint(10, 999)))
    return sep.join(words)


def pw_pronounceable(r, syms):
    cons, vow = "bcdfghjklmnprstvz", "aeiou"
    parts = []
    for _ in range(r.randint(4, 6)):
        syl = r.choice(cons) + r.choice(vow)
        if r.random() < 0.4:
            syl += r.choice(cons)
        parts.append(syl.capitalize() if r.random() < 0.35 else syl)
    s = "".join(parts)
    s = s[0].upper() + s[1:]
    s += str(r.randint(10, 9999))
    if syms and r.random() < 0.6:
        s += r.choice(syms)
    return s


def pw_hex(r, syms):
    return "".join(r.choice("0123456789abcdef") for _ in range(r.choice([24, 32, 40, 48])))


def pw_b64(r, syms, urlsafe=False):
    raw = bytes(r.getrandbits(8) for _ in range(r.choice([18, 21, 24, 27, 30, 33])))
    if urlsafe or not set("+/=") <= set(syms + "+/="):
        s = base64.urlsafe_b64encode(raw).decode().rstrip("=")
    else:
        s = base64.b64encode(raw).decode()
    return _alnum_first(r, s)


def pw_alnum(r, syms):
    al = string.ascii_letters + string.digits
    return _alnum_first(r, "".join(r.choice(al) for _ in range(r.randint(20, 40))))


def pw_human(r, syms):
    sym = r.choice(syms) if syms else ""
    pat = r.randrange(6)
    year = str(r.randint(1975, 2026))
    if pat == 0:
        s = r.choice(SEASONS) + year + sym
    elif pat == 1:
        s = r.choice(WORDS).capitalize() + sym + year
    elif pat == 2:
        w = r.choice(WORDS).capitalize()
        leet = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
        w = w[0] + w[1:].translate(leet)
        s = w + sym + str(r.randint(10, 99))
    elif pat == 3:
        s = r.choice(FIRST).capitalize() + year[-2:] + sym + r.choice(WORDS)
    elif pat == 4:
        s = r.choice(MONTHS) + str(r.randint(1, 31)) + sym + str(r.randint(0, 9))
    else:
        s = r.choice(ORGS).split("-")[0].capitalize() + sym + year
    if len(s) < 9:
        s += str(r.randint(100, 999))
    return s


STYLES = [(pw_random, 30), (pw_passphrase, 14), (pw_pronounceable, 10),
          (pw_hex, 8), (pw_b64, 10), (pw_alnum, 10), (pw_human, 18)]


def pw(r, ctx="any", style=None):
    """Return a fresh password valid in context ctx."""
    syms = CTX_SYMS[ctx]
    if style is None:
        fns = [f for f, _ in STYLES]
        style = r.choices(fns, weights=[w for _, w in STYLES])[0]
    if style is pw_b64 and ctx == "alnum":
        return pw_alnum(r, syms)
    if style is pw_b64 and ctx in ("url", "shell", "ini", "conn"):
        return pw_b64(r, syms, urlsafe=True)
    return style(r, syms)


def b64(s):
    return base64.b64encode(s.encode()).decode()


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
# Per-case context: org/app/domain are drawn once per case so a file reads
# consistently (reset by the driver before every case).
_CTX = {}


def org(r):
    if "org" not in _CTX:
        _CTX["org"] = r.choice(ORGS)
    return _CTX["org"]


def app(r):
    if "app" not in _CTX:
        _CTX["app"] = r.choice(APPS)
    return _CTX["app"]


def person(r):
    return r.choice(FIRST), r.choice(LAST)


def user(r):
    k = r.randrange(5)
    if k == 0:
        f, l = person(r)
        return f[0] + l
    if k == 1:
        return "svc_" + app(r)
    if k == 2:
        return app(r) + "_app"
    if k == 3:
        return r.choice(["deploy", "ci-bot", "jenkins", "backup", "replicator",
                         "etl", "monitor", "builder", "release"])
    return app(r) + r.choice(["_rw", "_ro", "_svc", "_user"])


def host(r, kind="db"):
    o = org(r).split("-")[0]
    k = r.randrange(4)
    if k == 0:
        return "%d.%d.%d.%d" % (10, r.randint(0, 254), r.randint(0, 254), r.randint(2, 250))
    if k == 1:
        return "%s-%s-%02d.%s.%s" % (kind, r.choice(["prod", "stg", "live", "eu1", "us2"]),
                                     r.randint(1, 12), o, r.choice(TLDS))
    if k == 2:
        return "%s.%s.%s" % (r.choice([kind + "1", kind + "-primary", kind + "-main"]),
                             r.choice(["prod", "infra", "dc1", "core"]), domain(r))
    return "%s%02d.%s.%s" % (kind, r.randint(1, 40), o, r.choice(TLDS))


def nbname(r, kind="srv"):
    """Short (NetBIOS-style) host name, never an IP."""
    return pick(r, "%s%02d" % (kind, r.randint(1, 40)), "%s-%s-%02d" % (kind, pick(r, "prod", "stg", "eu1"), r.randint(1, 12)),
                "%s-%s" % (kind, pick(r, "primary", "main", "01", "a")))


def dbname(r):
    return app(r) + r.choice(["", "_prod", "_db", "db", "_main"])


def domain(r):
    if "domain" not in _CTX:
        _CTX["domain"] = org(r) + "." + r.choice(["com", "io", "net", "de", "co.uk"])
    return _CTX["domain"]


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def rstr(r, n, alphabet=string.ascii_letters + string.digits):
    return "".join(r.choice(alphabet) for _ in range(n))


def rb64(r, nbytes):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 250))


def pick(r, *xs):
    return r.choice(xs)


# --------------------------------------------------------------------------
# registries
# --------------------------------------------------------------------------
POS_T = []
NEG_T = []


def pos(provider, kind, filetype):
    def deco(f):
        POS_T.append((provider, kind, filetype, f))
        return f
    return deco


def neg(provider, kind, filetype):
    def deco(f):
        NEG_T.append((provider, kind, filetype, f))
        return f
    return deco


# === TEMPLATES START ===
# ---------------------------- positives: SQL --------------------------------
def yq(r, v):
    """YAML scalar, randomly quoted (our passwords never need quoting)."""
    return pick(r, v, "'%s'" % v, '"%s"' % v)


@pos("mysql", "sql-create-user-identified-by", "sql")
def p_mysql_create_user(r):
    u, d, p = user(r), dbname(r), pw(r, "sql")
    path = pick(r, "db/migrations/V%d__create_%s_user.sql" % (r.randint(2, 40), u),
                "sql/bootstrap/01_users.sql", "docker/mysql/init/%02d-grants.sql" % r.randint(1, 9))
    c = f"""-- Bootstrap application account for {d}
CREATE DATABASE IF NOT EXISTS `{d}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE USER IF NOT EXISTS '{u}'@'{pick(r, "%", "10.%", "localhost")}' IDENTIFIED BY '{p}';
GRANT SELECT, INSERT, UPDATE, DELETE, EXECUTE ON `{d}`.* TO '{u}'@'%';
FLUSH PRIVILEGES;
"""
    return path, c, p


@pos("postgresql", "sql-alter-role-password", "sql")
def p_pg_alter_role(r):
    u, d, p = user(r).replace("-", "_"), dbname(r), pw(r, "sql")
    path = pick(r, "db/init/%02d_roles.sql" % r.randint(1, 9), "migrations/%04d_app_role.sql" % r.randint(1, 300),
                "infra/postgres/roles.sql")
    c = f"""\\connect {d}

DO $$
BEGIN
   IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = '{u}') THEN
      CREATE ROLE {u} LOGIN;
   END IF;
END
$$;

ALTER ROLE {u} WITH LOGIN PASSWORD '{p}' VALID UNTIL 'infinity';
GRANT CONNECT ON DATABASE {d} TO {u};
GRANT USAGE ON SCHEMA public TO {u};
GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO {u};
"""
    return path, c, p


@pos("oracle", "sql-create-user-identified-by", "sql")
def p_oracle_user(r):
    u = user(r).replace("-", "_").upper()
    p = pw(r, "sql")
    path = pick(r, "oracle/schema/create_%s.sql" % u.lower(), "db/oracle/01_users.sql", "sql/setup_schema.sql")
    c = f"""WHENEVER SQLERROR EXIT SQL.SQLCODE
-- application schema owner
CREATE USER {u} IDENTIFIED BY "{p}"
  DEFAULT TABLESPACE USERS
  TEMPORARY TABLESPACE TEMP
  QUOTA {r.randint(1, 20) * 100}M ON USERS;

GRANT CREATE SESSION, CREATE TABLE, CREATE VIEW, CREATE SEQUENCE TO {u};
GRANT CREATE PROCEDURE TO {u};
EXIT;
"""
    return path, c, p


@pos("mssql", "sql-create-login-password", "sql")
def p_mssql_login(r):
    u, d, p = user(r).replace("-", "_"), dbname(r), pw(r, "sql")
    path = pick(r, "Database/Scripts/CreateLogin.sql", "sql/mssql/002_logins.sql", "deploy/db/logins.sql")
    c = f"""USE [master];
GO
IF NOT EXISTS (SELECT name FROM sys.server_principals WHERE name = N'{u}')
BEGIN
    CREATE LOGIN [{u}] WITH PASSWORD = N'{p}', DEFAULT_DATABASE = [{d}], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
END
GO
USE [{d}];
GO
CREATE USER [{u}] FOR LOGIN [{u}];
ALTER ROLE db_datareader ADD MEMBER [{u}];
ALTER ROLE db_datawriter ADD MEMBER [{u}];
GO
"""
    return path, c, p


@pos("mysql", "sql-replication-source-password", "sql")
def p_mysql_repl(r):
    h, p = host(r, "db"), pw(r, "sql")
    path = pick(r, "ops/mysql/setup_replica.sql", "scripts/replication/replica.sql")
    c = f"""STOP REPLICA;
CHANGE REPLICATION SOURCE TO
  SOURCE_HOST='{h}',
  SOURCE_PORT=3306,
  SOURCE_USER='{pick(r, "repl", "replicator", "repl_user")}',
  SOURCE_PASSWORD='{p}',
  SOURCE_AUTO_POSITION=1,
  SOURCE_SSL=1;
START REPLICA;
SHOW REPLICA STATUS\\G
"""
    return path, c, p


@pos("postgresql", "sql-user-mapping-password", "sql")
def p_pg_fdw(r):
    h, p, u = host(r, "pg"), pw(r, "sql"), user(r)
    path = pick(r, "db/migrations/%03d_reporting_fdw.sql" % r.randint(1, 200), "sql/fdw/legacy_link.sql")
    c = f"""CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER IF NOT EXISTS legacy_{app(r)}
  FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '{h}', port '5432', dbname '{dbname(r)}');

CREATE USER MAPPING IF NOT EXISTS FOR CURRENT_USER
  SERVER legacy_{app(r)}
  OPTIONS (user '{u}', password '{p}');
"""
    return path, c, p


# ----------------------- positives: connection strings ----------------------
@pos("dotnet", "adonet-connection-string-password", "json")
def p_appsettings(r):
    h, d, u, p = host(r, "sql"), dbname(r), user(r), pw(r, "conn")
    kw = pick(r, "Password", "Pwd", "password")
    c = f"""{{
  "Logging": {{
    "LogLevel": {{
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }}
  }},
  "AllowedHosts": "*",
  "ConnectionStrings": {{
    "DefaultConnection": "Server=tcp:{h},1433;Database={d};User ID={u};{kw}={p};Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  }},
  "FeatureFlags": {{
    "UseNewCheckout": {pick(r, "true", "false")}
  }}
}}
"""
    return pick(r, "src/%s.Api/appsettings.Production.json" % app(r).capitalize(), "appsettings.json",
                "WebApp/appsettings.Staging.json"), c, p


@pos("dotnet", "webconfig-connection-string-password", "xml")
def p_webconfig(r):
    h, d, u, p = host(r, "sql"), dbname(r), user(r), pw(r, "conn")
    kw = pick(r, "Password", "Pwd")
    c = f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="{app(r).capitalize()}Db"
         connectionString="Data Source={h};Initial Catalog={d};User Id={u};{kw}={p};MultipleActiveResultSets=True"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
"""
    return pick(r, "Web.config", "src/LegacyPortal/Web.config", "App.config"), c, p


@pos("odbc", "odbc-ini-pwd", "ini")
def p_odbc_ini(r):
    h, d, u, p = host(r, "db"), dbname(r), user(r), pw(r, "conn")
    dsn = app(r).upper() + "_DSN"
    c = f"""[ODBC Data Sources]
{dsn} = PostgreSQL Unicode

[{dsn}]
Driver      = PostgreSQL Unicode
Description = {app(r)} reporting source
Servername  = {h}
Port        = 5432
Database    = {d}
UserName    = {u}
Password    = {p}
SSLmode     = require
ReadOnly    = Yes
"""
    return pick(r, "etc/odbc.ini", "config/odbc.ini", "docker/odbc/odbc.ini"), c, p


@pos("oledb", "oledb-connection-string-password", "vbscript")
def p_oledb_vbs(r):
    h, d, u, p = host(r, "sql"), dbname(r), user(r), pw(r, "conn")
    c = f"""Option Explicit
Dim conn, rs
Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source={h};Initial Catalog={d};User ID={u};Password={p};"
Set rs = conn.Execute("SELECT COUNT(*) FROM dbo.Orders WHERE Status = 'OPEN'")
WScript.Echo "Open orders: " & rs.Fields(0).Value
rs.Close
conn.Close
"""
    return pick(r, "scripts/nightly_check.vbs", "tools/ReportOpenOrders.vbs"), c, p


@pos("odbc", "pyodbc-connection-string-pwd", "python")
def p_pyodbc(r):
    h, d, u, p = host(r, "sql"), dbname(r), user(r), pw(r, "conn")
    c = f"""import pyodbc

CONN_STR = (
    "DRIVER={{ODBC Driver 18 for SQL Server}};"
    "SERVER={h},1433;"
    "DATABASE={d};"
    "UID={u};"
    "PWD={p};"
    "Encrypt=yes;"
)


def fetch_open_orders():
    with pyodbc.connect(CONN_STR, timeout=10) as conn:
        cur = conn.cursor()
        cur.execute("SELECT id, total FROM dbo.orders WHERE status = ?", "OPEN")
        return cur.fetchall()
"""
    return pick(r, "etl/mssql_source.py", "jobs/export_orders.py"), c, p


# ------------------------------ positives: JDBC -----------------------------
@pos("jdbc", "jdbc-url-password-param", "properties")
def p_jdbc_props(r):
    h, d, u, p = host(r, "pg"), dbname(r), user(r), pw(r, "url")
    c = f"""# {app(r)} batch importer
db.driver=org.postgresql.Driver
db.url=jdbc:postgresql://{h}:5432/{d}?user={u}&password={p}&ssl=true&sslmode=require
db.pool.maxSize={r.randint(5, 40)}
db.pool.idleTimeoutMs=600000
import.batchSize={r.choice([500, 1000, 2000])}
"""
    return pick(r, "importer/src/main/resources/db.properties", "conf/jdbc.properties"), c, p


@pos("jdbc", "jdbc-sqlserver-url-password", "properties")
def p_jdbc_mssql(r):
    h, d, u, p = host(r, "sql"), dbname(r), user(r), pw(r, "conn")
    c = f"""changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:sqlserver://{h}:1433;databaseName={d};user={u};password={p};encrypt=true;trustServerCertificate=false
driver=com.microsoft.sqlserver.jdbc.SQLServerDriver
logLevel=info
"""
    return pick(r, "liquibase.properties", "db/liquibase.properties"), c, p


@pos("jdbc", "flyway-jdbc-url-password", "conf")
def p_flyway(r):
    h, d, u, p = host(r, "mysql"), dbname(r), user(r), pw(r, "url")
    c = f"""flyway.url=jdbc:mysql://{h}:3306/{d}?user={u}&password={p}&useSSL=true
flyway.schemas={d}
flyway.locations=filesystem:sql/migrations
flyway.baselineOnMigrate=true
flyway.validateOnMigrate=true
"""
    return pick(r, "flyway.conf", "conf/flyway.conf", "db/flyway-prod.conf"), c, p

# --------------------------- positives: Java stack --------------------------
@pos("spring", "spring-datasource-password", "yaml")
def p_spring_yml(r):
    h, d, u, p = host(r, "pg"), dbname(r), user(r), pw(r, "yaml")
    c = f"""server:
  port: {r.choice([8080, 8081, 9000])}
spring:
  application:
    name: {app(r)}-service
  datasource:
    url: jdbc:postgresql://{h}:5432/{d}
    username: {u}
    password: {yq(r, p)}
    hikari:
      maximum-pool-size: {r.randint(5, 30)}
  jpa:
    hibernate:
      ddl-auto: validate
    open-in-view: false
management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
"""
    return pick(r, "src/main/resources/application-prod.yml", "src/main/resources/application.yml",
                "%s-service/src/main/resources/application.yaml" % app(r)), c, p


@pos("spring", "spring-properties-password", "properties")
def p_spring_props(r):
    u, p = user(r), pw(r, "props")
    which = r.randrange(3)
    if which == 0:
        block = f"""spring.datasource.url=jdbc:mysql://{host(r, 'mysql')}:3306/{dbname(r)}
spring.datasource.username={u}
spring.datasource.password={p}"""
    elif which == 1:
        block = f"""spring.mail.host=smtp.{domain(r)}
spring.mail.port=587
spring.mail.username=noreply@{domain(r)}
spring.mail.password={p}
spring.mail.properties.mail.smtp.starttls.enable=true"""
    else:
        block = f"""spring.rabbitmq.host={host(r, 'mq')}
spring.rabbitmq.port=5671
spring.rabbitmq.username={u}
spring.rabbitmq.password={p}
spring.rabbitmq.ssl.enabled=true"""
    c = f"""spring.application.name={app(r)}
server.port=8080
logging.level.root=INFO
{block}
management.endpoint.health.show-details=when-authorized
"""
    return pick(r, "src/main/resources/application.properties",
                "src/main/resources/application-production.properties"), c, p


@pos("hibernate", "hibernate-cfg-connection-password", "xml")
def p_hibernate(r):
    h, d, u, p = host(r, "mysql"), dbname(r), user(r), pw(r, "xml")
    c = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">com.mysql.cj.jdbc.Driver</property>
    <property name="hibernate.connection.url">jdbc:mysql://{h}:3306/{d}</property>
    <property name="hibernate.connection.username">{u}</property>
    <property name="hibernate.connection.password">{p}</property>
    <property name="hibernate.dialect">org.hibernate.dialect.MySQL8Dialect</property>
    <property name="hibernate.show_sql">false</property>
    <property name="hibernate.hbm2ddl.auto">validate</property>
    <mapping class="com.{org(r).replace('-', '')}.{app(r)}.model.Order"/>
  </session-factory>
</hibernate-configuration>
"""
    return pick(r, "src/main/resources/hibernate.cfg.xml", "legacy/conf/hibernate.cfg.xml"), c, p


@pos("jpa", "persistence-xml-jdbc-password", "xml")
def p_persistence(r):
    h, d, u, p = host(r, "pg"), dbname(r), user(r), pw(r, "xml")
    ns = pick(r, "javax", "jakarta")
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<persistence version="2.2" xmlns="http://xmlns.jcp.org/xml/ns/persistence">
  <persistence-unit name="{app(r)}PU" transaction-type="RESOURCE_LOCAL">
    <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>
    <properties>
      <property name="{ns}.persistence.jdbc.driver" value="org.postgresql.Driver"/>
      <property name="{ns}.persistence.jdbc.url" value="jdbc:postgresql://{h}:5432/{d}"/>
      <property name="{ns}.persistence.jdbc.user" value="{u}"/>
      <property name="{ns}.persistence.jdbc.password" value="{p}"/>
      <property name="hibernate.hbm2ddl.auto" value="none"/>
    </properties>
  </persistence-unit>
</persistence>
"""
    return pick(r, "src/main/resources/META-INF/persistence.xml"), c, p


@pos("tomcat", "tomcat-users-password", "xml")
def p_tomcat_users(r):
    u, p = pick(r, "admin", "manager", "deployer", user(r)), pw(r, "xml")
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="{u}" password="{p}" roles="manager-gui,manager-script"/>
</tomcat-users>
"""
    return pick(r, "conf/tomcat-users.xml", "docker/tomcat/tomcat-users.xml"), c, p


@pos("tomcat", "tomcat-context-resource-password", "xml")
def p_tomcat_ctx(r):
    h, d, u, p = host(r, "db"), dbname(r), user(r), pw(r, "xml")
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  <Resource name="jdbc/{app(r).capitalize()}DS" auth="Container" type="javax.sql.DataSource"
            maxTotal="50" maxIdle="10" maxWaitMillis="10000"
            username="{u}" password="{p}"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://{h}:5432/{d}"/>
</Context>
"""
    return pick(r, "src/main/webapp/META-INF/context.xml", "conf/Catalina/localhost/%s.xml" % app(r)), c, p


@pos("jenkins", "jenkins-credentials-xml-plain", "xml")
def p_jenkins_creds(r):
    u, p = user(r), pw(r, "xml")
    cid = "%s-%s" % (app(r), pick(r, "deploy", "nexus", "db", "registry"))
    c = f"""<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1311.vcf0a_900b_37c">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>{cid}</id>
          <description>{app(r)} deployment account</description>
          <username>{u}</username>
          <password>{p}</password>
          <usernameSecret>false</usernameSecret>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""
    return pick(r, "jenkins_home/credentials.xml", "ci/jenkins/credentials.xml"), c, p


@pos("jenkins", "jcasc-username-password", "yaml")
def p_jcasc(r):
    u, p = user(r), pw(r, "yaml")
    c = f"""jenkins:
  systemMessage: "{org(r)} CI - managed by JCasC"
  numExecutors: 0
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: "{pick(r, 'nexus', 'artifactory', 'harbor')}-publisher"
              username: "{u}"
              password: "{p}"
              description: "Artifact publishing"
unclassified:
  location:
    url: https://ci.{domain(r)}/
"""
    return pick(r, "casc/jenkins.yaml", "jenkins/casc_configs/credentials.yaml"), c, p


# ------------------------- positives: build tooling -------------------------
@pos("maven", "maven-settings-server-password", "xml")
def p_maven(r):
    u, p = user(r), pw(r, "xml")
    rid = pick(r, "nexus-releases", "internal-repo", "artifactory", "company-snapshots")
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>{rid}</id>
      <username>{u}</username>
      <password>{p}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>{rid}</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.{domain(r)}/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
"""
    return pick(r, ".mvn/settings.xml", "ci/maven-settings.xml", "settings.xml"), c, p


@pos("gradle", "gradle-properties-password", "properties")
def p_gradle(r):
    u, p = user(r), pw(r, "props")
    key = pick(r, "nexusPassword", "artifactoryPassword", "mavenPassword", "systemProp.https.proxyPassword",
               "repoPassword")
    ukey = key.replace("Password", "User").replace("proxyUser", "proxyUser")
    c = f"""org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8
org.gradle.parallel=true
org.gradle.caching=true
android.useAndroidX=true
{ukey}={u}
{key}={p}
"""
    return pick(r, "gradle.properties"), c, p


@pos("nuget", "nuget-cleartextpassword", "xml")
def p_nuget(r):
    u, p = user(r), pw(r, "xml")
    feed = pick(r, "internal", "company", org(r))
    c = f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="{feed}" value="https://pkgs.{domain(r)}/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <{feed}>
      <add key="Username" value="{u}" />
      <add key="ClearTextPassword" value="{p}" />
    </{feed}>
  </packageSourceCredentials>
</configuration>
"""
    return pick(r, "NuGet.config", "nuget.config", "src/NuGet.Config"), c, p


@pos("pip", "pip-conf-index-url-credentials", "ini")
def p_pipconf(r):
    u, p = user(r), pw(r, "url")
    h = pick(r, "pypi.", "nexus.", "artifactory.") + domain(r)
    c = f"""[global]
timeout = 60
index-url = https://{u}:{p}@{h}/repository/pypi-all/simple
trusted-host = {h}
"""
    return pick(r, "pip.conf", "docker/pip.conf", ".config/pip/pip.conf"), c, p


@pos("pypi", "pypirc-password", "ini")
def p_pypirc(r):
    u, p = user(r), pw(r, "ini")
    c = f"""[distutils]
index-servers =
    internal

[internal]
repository = https://pypi.{domain(r)}/
username = {u}
password = {p}
"""
    return ".pypirc", c, p


@pos("composer", "composer-auth-http-basic", "json")
def p_composer(r):
    u, p = user(r), pw(r, "json")
    c = f"""{{
    "http-basic": {{
        "repo.{domain(r)}": {{
            "username": "{u}",
            "password": "{p}"
        }}
    }}
}}
"""
    return "auth.json", c, p


@pos("npm", "npmrc-password-b64", "ini")
def p_npmrc(r):
    u, raw = user(r), pw(r, "any")
    enc = b64(raw)
    h = "npm." + domain(r)
    c = f"""registry=https://{h}/repository/npm-group/
//{h}/repository/npm-group/:username={u}
//{h}/repository/npm-group/:_password={enc}
//{h}/repository/npm-group/:email={u}@{domain(r)}
//{h}/repository/npm-group/:always-auth=true
"""
    return ".npmrc", c, enc


@pos("yarn", "yarnrc-npmauthident", "yaml")
def p_yarnrc(r):
    u, p = user(r), pw(r, "yaml")
    c = f"""nodeLinker: node-modules
npmRegistryServer: "https://npm.{domain(r)}/repository/npm/"
npmAlwaysAuth: true
npmAuthIdent: "{u}:{p}"
enableTelemetry: false
"""
    return ".yarnrc.yml", c, p

# ---------------------- positives: config management -----------------------
@pos("chef", "chef-attribute-password", "ruby")
def p_chef_attr(r):
    a, p = app(r), pw(r, "code")
    c = f"""#
# Cookbook:: {a}
# Attributes:: default
#
default['{a}']['version'] = '{r.randint(1, 5)}.{r.randint(0, 20)}.{r.randint(0, 9)}'
default['{a}']['install_dir'] = '/opt/{a}'
default['{a}']['db']['host'] = '{host(r, "db")}'
default['{a}']['db']['user'] = '{user(r)}'
default['{a}']['db']['password'] = '{p}'
default['{a}']['service']['restart_on_change'] = true
"""
    return "cookbooks/%s/attributes/default.rb" % a, c, p


@pos("chef", "chef-data-bag-plain-password", "json")
def p_chef_bag(r):
    u, p = user(r), pw(r, "json")
    c = f"""{{
  "id": "{u}",
  "comment": "{app(r)} service account",
  "username": "{u}",
  "password": "{p}",
  "groups": ["{app(r)}", "deploy"]
}}
"""
    return "data_bags/credentials/%s.json" % u, c, p


@pos("puppet", "hiera-password", "yaml")
def p_hiera(r):
    a, p = app(r), pw(r, "yaml")
    c = f"""---
profile::{a}::version: '{r.randint(1, 4)}.{r.randint(0, 9)}'
profile::{a}::db_host: '{host(r, "db")}'
profile::{a}::db_user: '{user(r)}'
profile::{a}::db_password: {yq(r, p)}
profile::{a}::listen_port: {r.randint(3000, 9000)}
ntp::servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
"""
    return pick(r, "hieradata/common.yaml", "data/nodes/%s.yaml" % host(r, "app"),
                "hieradata/role/%s.yaml" % a), c, p


@pos("puppet", "puppet-manifest-password", "puppet")
def p_puppet_pp(r):
    a, u, p = app(r), user(r), pw(r, "code")
    c = f"""class profile::{a}::database {{
  include mysql::server

  mysql::db {{ '{a}':
    user     => '{u}',
    password => '{p}',
    host     => '%',
    grant    => ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
    charset  => 'utf8mb4',
  }}
}}
"""
    return "site/profile/manifests/%s/database.pp" % a, c, p


@pos("salt", "salt-pillar-password", "yaml")
def p_salt(r):
    u, p = user(r), pw(r, "yaml")
    c = f"""mysql:
  server:
    root_user: root
    bind-address: 0.0.0.0
  database:
    - {dbname(r)}
  user:
    {u}:
      password: {yq(r, p)}
      host: '%'
      databases:
        - database: {dbname(r)}
          grants: ['select', 'insert', 'update']
"""
    return pick(r, "pillar/mysql.sls", "srv/pillar/%s/db.sls" % app(r)), c, p


@pos("ansible", "ansible-group-vars-password", "yaml")
def p_ansible_vars(r):
    a, p = app(r), pw(r, "yaml")
    key = pick(r, "db_password", "%s_db_password" % a, "postgres_password", "smtp_password",
               "keystore_password", "admin_password")
    c = f"""---
{a}_version: "{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
{a}_listen_port: {r.randint(3000, 9999)}
db_host: {host(r, "db")}
db_name: {dbname(r)}
db_user: {user(r)}
{key}: {yq(r, p)}
enable_tls: true
"""
    return pick(r, "group_vars/%s/vars.yml" % pick(r, "production", "all", "webservers"),
                "inventories/prod/group_vars/all.yml", "roles/%s/defaults/main.yml" % a), c, p


@pos("ansible", "ansible-inventory-become-pass", "ini")
def p_ansible_inv(r):
    p = pw(r, "shell")
    hosts = "\n".join("%s ansible_host=%s" % (nbname(r, "web") + str(i), ip(r)) for i in range(r.randint(2, 4)))
    c = f"""[web]
{hosts}

[web:vars]
ansible_user={pick(r, 'ubuntu', 'deploy', 'admin', 'ec2-user')}
ansible_{pick(r, 'become_pass', 'become_password', 'password', 'ssh_pass')}={p}
ansible_python_interpreter=/usr/bin/python3
"""
    return pick(r, "inventory/hosts.ini", "hosts", "inventories/staging/hosts"), c, p


@pos("vagrant", "vagrantfile-ssh-password", "ruby")
def p_vagrant(r):
    p = pw(r, "code")
    c = f"""# -*- mode: ruby -*-
Vagrant.configure("2") do |config|
  config.vm.box = "{pick(r, 'generic/ubuntu2204', 'bento/debian-12', 'generic/rocky9')}"
  config.vm.hostname = "{app(r)}-box"
  config.vm.network "private_network", ip: "192.168.56.{r.randint(10, 200)}"
  config.ssh.username = "{pick(r, 'ops', 'deploy', 'admin')}"
  config.ssh.password = "{p}"
  config.vm.provider "virtualbox" do |vb|
    vb.memory = {r.choice([1024, 2048, 4096])}
    vb.cpus = {r.randint(1, 4)}
  end
end
"""
    return "Vagrantfile", c, p


@pos("cloud-init", "cloud-init-chpasswd", "yaml")
def p_cloudinit(r):
    u, p = pick(r, "ubuntu", "ops", "admin", "debian"), pw(r, "yaml")
    if r.random() < 0.5:
        block = f"""chpasswd:
  expire: false
  users:
    - name: {u}
      password: {p}
      type: text"""
    else:
        block = f"""chpasswd:
  expire: false
  list: |
    {u}:{p}"""
    c = f"""#cloud-config
hostname: {nbname(r, 'node')}
package_update: true
packages:
  - qemu-guest-agent
  - htop
ssh_pwauth: true
{block}
runcmd:
  - systemctl enable --now qemu-guest-agent
"""
    return pick(r, "cloud-init/user-data", "terraform/templates/user-data.yaml", "iso/user-data"), c, p


# ------------------------ positives: containers / k8s -----------------------
@pos("docker", "dockerfile-env-password", "dockerfile")
def p_dockerfile_env(r):
    p = pw(r, "shell")
    var = pick(r, "DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_PASSWORD", "APP_DB_PASS", "SMTP_PASSWORD")
    base = pick(r, "eclipse-temurin:21-jre", "python:3.12-slim", "node:20-alpine")
    c = f"""FROM {base}
WORKDIR /app
ENV APP_ENV=production \\
    DB_HOST={host(r, 'db')} \\
    DB_USER={user(r)} \\
    {var}={p}
COPY . /app
EXPOSE 8080
CMD ["./run.sh"]
"""
    return pick(r, "Dockerfile", "docker/%s/Dockerfile" % app(r)), c, p


@pos("docker", "dockerfile-arg-default-password", "dockerfile")
def p_dockerfile_arg(r):
    p, u = pw(r, "url"), user(r)
    h = "nexus." + domain(r)
    c = f"""FROM python:3.12-slim AS build
ARG PIP_USER={u}
ARG PIP_PASSWORD={p}
WORKDIR /src
COPY requirements.txt .
RUN pip install --no-cache-dir \\
      --index-url "https://${{PIP_USER}}:${{PIP_PASSWORD}}@{h}/repository/pypi/simple" \\
      -r requirements.txt
COPY . /src
"""
    return "Dockerfile", c, p, {"requirements.txt": "flask==3.0.3\ngunicorn==22.0.0\n"}


@pos("docker-compose", "compose-environment-password", "yaml")
def p_compose(r):
    p = pw(r, "yaml")
    kind = r.randrange(3)
    if kind == 0:
        svc = f"""  db:
    image: postgres:16
    environment:
      POSTGRES_USER: {user(r)}
      POSTGRES_PASSWORD: {yq(r, p)}
      POSTGRES_DB: {dbname(r)}"""
    elif kind == 1:
        svc = f"""  db:
    image: mysql:8.4
    environment:
      - MYSQL_ROOT_PASSWORD={p}
      - MYSQL_DATABASE={dbname(r)}"""
    else:
        svc = f"""  cache:
    image: redis:7
    command: ["redis-server", "--requirepass", "{p}"]"""
    c = f"""services:
  api:
    image: registry.{domain(r)}/{app(r)}-api:{r.randint(1, 9)}.{r.randint(0, 40)}
    ports:
      - "8080:8080"
    depends_on:
      - {'cache' if kind == 2 else 'db'}
{svc}
    restart: unless-stopped
"""
    return pick(r, "docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"), c, p


@pos("kubernetes", "k8s-secret-stringdata", "yaml")
def p_k8s_stringdata(r):
    a, p = app(r), pw(r, "yaml")
    c = f"""apiVersion: v1
kind: Secret
metadata:
  name: {a}-db
  namespace: {pick(r, 'prod', a, 'default', 'backend')}
  labels:
    app.kubernetes.io/name: {a}
type: Opaque
stringData:
  DB_HOST: {host(r, 'db')}
  DB_USER: {user(r)}
  DB_PASSWORD: {yq(r, p)}
"""
    return pick(r, "k8s/%s/secret.yaml" % a, "deploy/manifests/db-secret.yaml"), c, p


@pos("kubernetes", "k8s-secret-data-base64", "yaml")
def p_k8s_data(r):
    a, p = app(r), pw(r, "any")
    enc = b64(p)
    c = f"""apiVersion: v1
kind: Secret
metadata:
  name: {a}-credentials
  namespace: {pick(r, 'prod', a, 'payments')}
type: Opaque
data:
  username: {b64(user(r))}
  password: {enc}
"""
    return pick(r, "k8s/overlays/prod/%s-secret.yaml" % a, "manifests/secret.yaml"), c, enc


@pos("helm", "helm-values-password", "yaml")
def p_helm(r):
    p = pw(r, "yaml")
    c = f"""replicaCount: {r.randint(1, 4)}
image:
  repository: registry.{domain(r)}/{app(r)}
  tag: "{r.randint(1, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
postgresql:
  enabled: true
  auth:
    username: {user(r)}
    password: {yq(r, p)}
    database: {dbname(r)}
ingress:
  enabled: true
  hosts:
    - host: {app(r)}.{domain(r)}
      paths: ["/"]
"""
    return pick(r, "charts/%s/values-prod.yaml" % app(r), "helm/values.yaml", "deploy/values.production.yaml"), c, p


@pos("terraform", "terraform-password-literal", "hcl")
def p_terraform(r):
    a, p = app(r), pw(r, "code")
    c = f"""resource "aws_db_instance" "{a}" {{
  identifier              = "{a}-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.t3.{pick(r, 'medium', 'large')}"
  allocated_storage       = {r.choice([20, 50, 100])}
  username                = "{user(r).replace('-', '_')}"
  password                = "{p}"
  db_subnet_group_name    = aws_db_subnet_group.main.name
  vpc_security_group_ids  = [aws_security_group.db.id]
  backup_retention_period = 7
  skip_final_snapshot     = false
}}
"""
    return pick(r, "terraform/rds.tf", "infra/modules/%s/db.tf" % a, "main.tf"), c, p


@pos("pulumi", "pulumi-config-plaintext", "yaml")
def p_pulumi(r):
    proj, p = app(r) + "-infra", pw(r, "yaml")
    c = f"""config:
  aws:region: {pick(r, 'us-east-1', 'eu-west-1', 'eu-central-1')}
  {proj}:instanceType: t3.medium
  {proj}:dbUser: {user(r)}
  {proj}:dbPassword: {yq(r, p)}
"""
    return pick(r, "Pulumi.prod.yaml", "Pulumi.staging.yaml"), c, p

# ------------------- positives: proxies / middleware / ops ------------------
@pos("nginx", "nginx-proxy-basic-auth-header", "conf")
def p_nginx(r):
    u, p = user(r), pw(r, "any")
    enc = b64("%s:%s" % (u, p))
    up = host(r, "api")
    c = f"""upstream legacy_backend {{
    server {up}:8443;
    keepalive 16;
}}

server {{
    listen 443 ssl http2;
    server_name {app(r)}.{domain(r)};
    ssl_certificate     /etc/nginx/tls/fullchain.pem;
    ssl_certificate_key /etc/nginx/tls/privkey.pem;

    location /api/ {{
        proxy_pass https://legacy_backend/;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
        proxy_set_header Authorization "Basic {enc}";
    }}
}}
"""
    return pick(r, "nginx/conf.d/%s.conf" % app(r), "deploy/nginx/site.conf"), c, enc


@pos("apache", "apache-requestheader-basic-auth", "conf")
def p_apache(r):
    u, p = user(r), pw(r, "any")
    enc = b64("%s:%s" % (u, p))
    c = f"""<VirtualHost *:443>
    ServerName {app(r)}.{domain(r)}
    SSLEngine on
    SSLCertificateFile /etc/ssl/certs/{app(r)}.crt
    SSLCertificateKeyFile /etc/ssl/private/{app(r)}.key

    ProxyPreserveHost On
    RequestHeader set Authorization "Basic {enc}"
    ProxyPass        /reports/ https://{host(r, 'bi')}/reports/
    ProxyPassReverse /reports/ https://{host(r, 'bi')}/reports/
</VirtualHost>
"""
    return pick(r, "apache/sites-available/%s.conf" % app(r), "httpd/conf.d/proxy.conf"), c, enc


@pos("haproxy", "haproxy-stats-auth", "conf")
def p_haproxy(r):
    p = pw(r, "shell")
    c = f"""global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client  30s
    timeout server  30s

listen stats
    bind *:{pick(r, 8404, 9000, 1936)}
    stats enable
    stats uri /stats
    stats refresh 10s
    stats auth {pick(r, 'admin', 'ops', 'haproxy')}:{p}

backend app
    balance roundrobin
    server app1 {ip(r)}:8080 check
    server app2 {ip(r)}:8080 check
"""
    return pick(r, "haproxy/haproxy.cfg", "haproxy.cfg"), c, p


@pos("rabbitmq", "rabbitmq-definitions-shovel-uri", "json")
def p_rabbit_defs(r):
    u, p = user(r), pw(r, "url")
    h = host(r, "mq")
    c = f"""{{
  "rabbit_version": "3.13.{r.randint(0, 7)}",
  "vhosts": [{{"name": "/"}}, {{"name": "{app(r)}"}}],
  "queues": [
    {{"name": "{app(r)}.events", "vhost": "/", "durable": true, "auto_delete": false, "arguments": {{}}}}
  ],
  "parameters": [
    {{
      "component": "shovel",
      "name": "to-dr-site",
      "vhost": "/",
      "value": {{
        "src-uri": "amqp://",
        "src-queue": "{app(r)}.events",
        "dest-uri": "amqps://{u}:{p}@{h}:5671/%2F",
        "dest-queue": "{app(r)}.events.replica",
        "ack-mode": "on-confirm"
      }}
    }}
  ]
}}
"""
    return pick(r, "rabbitmq/definitions.json", "deploy/rabbitmq/definitions.json"), c, p


@pos("rabbitmq", "rabbitmq-conf-default-pass", "conf")
def p_rabbit_conf(r):
    p = pw(r, "ini")
    c = f"""listeners.tcp.default = 5672
management.tcp.port = 15672
default_vhost = /
default_user = {user(r)}
default_pass = {p}
default_permissions.configure = .*
default_permissions.read = .*
default_permissions.write = .*
vm_memory_high_watermark.relative = 0.6
"""
    return pick(r, "rabbitmq/rabbitmq.conf", "docker/rabbitmq/rabbitmq.conf"), c, p


@pos("kafka", "kafka-jaas-plain-password", "conf")
def p_kafka_jaas(r):
    u, p = user(r), pw(r, "json")
    c = f"""KafkaClient {{
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="{u}"
    password="{p}";
}};
"""
    return pick(r, "kafka/client_jaas.conf", "config/kafka_client_jaas.conf"), c, p


@pos("kafka", "kafka-properties-sasl-jaas-config", "properties")
def p_kafka_props(r):
    u, p = user(r), pw(r, "json")
    mod = pick(r, "org.apache.kafka.common.security.scram.ScramLoginModule",
               "org.apache.kafka.common.security.plain.PlainLoginModule")
    c = f"""bootstrap.servers={host(r, 'kafka')}:9093
security.protocol=SASL_SSL
sasl.mechanism={'SCRAM-SHA-512' if 'scram' in mod else 'PLAIN'}
sasl.jaas.config={mod} required username="{u}" password="{p}";
ssl.endpoint.identification.algorithm=https
group.id={app(r)}-consumer
auto.offset.reset=earliest
"""
    return pick(r, "config/consumer.properties", "src/main/resources/kafka.properties"), c, p


@pos("elastic", "kibana-elasticsearch-password", "yaml")
def p_kibana(r):
    p = pw(r, "yaml")
    c = f"""server.host: "0.0.0.0"
server.name: kibana-{app(r)}
elasticsearch.hosts: ["https://{host(r, 'es')}:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: {yq(r, p)}
elasticsearch.ssl.certificateAuthorities: ["/usr/share/kibana/config/certs/ca.crt"]
monitoring.ui.container.elasticsearch.enabled: true
"""
    return pick(r, "kibana/kibana.yml", "config/kibana.yml"), c, p


@pos("elastic", "beats-output-password", "yaml")
def p_filebeat(r):
    p = pw(r, "yaml")
    c = f"""filebeat.inputs:
  - type: filestream
    id: {app(r)}-logs
    paths:
      - /var/log/{app(r)}/*.log

output.elasticsearch:
  hosts: ["https://{host(r, 'es')}:9200"]
  username: "{pick(r, 'filebeat_writer', 'beats', 'ingest')}"
  password: {yq(r, p)}
  ssl.verification_mode: full
"""
    return pick(r, "filebeat/filebeat.yml", "filebeat.yml"), c, p


@pos("grafana", "grafana-ini-password", "ini")
def p_grafana(r):
    p = pw(r, "ini")
    if r.random() < 0.5:
        sect = f"""[security]
admin_user = {pick(r, 'admin', 'grafana-admin', 'ops')}
admin_password = {p}
disable_gravatar = true"""
    else:
        sect = f"""[database]
type = postgres
host = {host(r, 'pg')}:5432
name = grafana
user = grafana
password = {p}
ssl_mode = require"""
    c = f"""[server]
protocol = http
http_port = 3000
domain = grafana.{domain(r)}

{sect}

[users]
allow_sign_up = false
"""
    return pick(r, "grafana/grafana.ini", "conf/grafana.ini"), c, p


@pos("prometheus", "prometheus-basic-auth-password", "yaml")
def p_prom(r):
    p = pw(r, "yaml")
    c = f"""global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["{ip(r)}:9100", "{ip(r)}:9100"]
  - job_name: {app(r)}-federate
    scheme: https
    metrics_path: /federate
    basic_auth:
      username: {pick(r, 'prometheus', 'scraper', 'metrics')}
      password: {yq(r, p)}
    static_configs:
      - targets: ["prom.{domain(r)}"]
"""
    return pick(r, "prometheus/prometheus.yml", "monitoring/prometheus.yml"), c, p


@pos("alertmanager", "alertmanager-smtp-auth-password", "yaml")
def p_am(r):
    p = pw(r, "yaml")
    d = domain(r)
    c = f"""global:
  resolve_timeout: 5m
  smtp_smarthost: smtp.{d}:587
  smtp_from: alertmanager@{d}
  smtp_auth_username: alerts@{d}
  smtp_auth_password: {yq(r, p)}
route:
  receiver: ops-mail
  group_by: [alertname, cluster]
receivers:
  - name: ops-mail
    email_configs:
      - to: ops@{d}
"""
    return pick(r, "alertmanager/alertmanager.yml", "monitoring/alertmanager.yml"), c, p


@pos("redis", "redis-requirepass", "conf")
def p_redis(r):
    p = pw(r, "shell")
    key = pick(r, "requirepass", "masterauth")
    c = f"""bind 0.0.0.0
protected-mode yes
port 6379
tcp-keepalive 300
daemonize no
{key} {p}
maxmemory {r.choice([256, 512, 1024])}mb
maxmemory-policy allkeys-lru
appendonly yes
"""
    return pick(r, "redis/redis.conf", "docker/redis/redis.conf"), c, p


@pos("mongodb", "mongodb-uri-password", "yaml")
def p_mongo(r):
    u, p = user(r), pw(r, "url")
    c = f"""app:
  name: {app(r)}
  port: {r.randint(3000, 9000)}
mongo:
  uri: "mongodb://{u}:{p}@{host(r, 'mongo')}:27017/{dbname(r)}?authSource=admin&replicaSet=rs0"
  poolSize: 20
"""
    return pick(r, "config/production.yaml", "config/default.yml"), c, p


@pos("pgbouncer", "pgbouncer-userlist-plain", "text")
def p_pgbouncer(r):
    u, p = user(r), pw(r, "json")
    c = f'"{u}" "{p}"\n'
    return pick(r, "pgbouncer/userlist.txt", "etc/pgbouncer/userlist.txt"), c, p


@pos("supervisor", "supervisord-http-password", "ini")
def p_supervisor(r):
    p = pw(r, "ini")
    c = f"""[unix_http_server]
file=/var/run/supervisor.sock

[inet_http_server]
port=0.0.0.0:9001
username={pick(r, 'admin', 'ops')}
password={p}

[supervisord]
logfile=/var/log/supervisord.log
nodaemon=true

[program:{app(r)}]
command=/opt/app/bin/server
autorestart=true
"""
    return pick(r, "supervisord.conf", "deploy/supervisor/supervisord.conf"), c, p

# -------------------------- positives: network ------------------------------
def wg_key(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()


@pos("openvpn", "openvpn-auth-user-pass-file", "text")
def p_ovpn_auth(r):
    u, p = pick(r, user(r), "%s@%s" % (person(r)[0], domain(r))), pw(r, "any")
    c = f"{u}\n{p}\n"
    conf = f"""client
dev tun
proto udp
remote vpn.{domain(r)} 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
auth-user-pass auth.txt
cipher AES-256-GCM
verb 3
"""
    return "vpn/auth.txt", c, p, {"vpn/client.ovpn": conf}


@pos("wireguard", "wireguard-private-key", "conf")
def p_wg(r):
    k = wg_key(r)
    c = f"""[Interface]
Address = 10.{r.randint(0, 200)}.0.{r.randint(2, 250)}/24
PrivateKey = {k}
DNS = 10.0.0.1

[Peer]
PublicKey = {wg_key(r)}
AllowedIPs = 10.0.0.0/8
Endpoint = vpn.{domain(r)}:51820
PersistentKeepalive = 25
"""
    return pick(r, "wireguard/wg0.conf", "ops/vpn/%s.conf" % person(r)[0]), c, k


@pos("strongswan", "ipsec-secrets-psk", "conf")
def p_ipsec(r):
    p = pw(r, "json")
    a, b = ip(r), "203.0.113.%d" % r.randint(2, 250)
    c = f"""# ipsec.secrets - site-to-site tunnel to {pick(r, 'datacenter', 'branch office', 'partner')}
{a} {b} : PSK "{p}"
"""
    return pick(r, "ipsec/ipsec.secrets", "etc/ipsec.secrets"), c, p


@pos("strongswan", "swanctl-secret-psk", "conf")
def p_swanctl(r):
    p = pw(r, "json")
    c = f"""connections {{
  site-b {{
    remote_addrs = 198.51.100.{r.randint(2, 250)}
    local {{ auth = psk
             id = gw-a.{domain(r)} }}
    remote {{ auth = psk
              id = gw-b.{domain(r)} }}
    children {{ net {{ local_ts = 10.1.0.0/16
                     remote_ts = 10.2.0.0/16 }} }}
  }}
}}
secrets {{
  ike-site-b {{
    id = gw-b.{domain(r)}
    secret = "{p}"
  }}
}}
"""
    return pick(r, "swanctl/swanctl.conf", "etc/swanctl/conf.d/site-b.conf"), c, p


@pos("net-snmp", "snmpd-community-string", "conf")
def p_snmp(r):
    comm = pick(r, pw(r, "alnum", pw_pronounceable), org(r).split("-")[0] + "-mon-" + rstr(r, 6),
                pw(r, "url", pw_random))
    c = f"""agentAddress udp:161
sysLocation    {pick(r, 'DC1 rack 14', 'Frankfurt colo', 'HQ server room')}
sysContact     noc@{domain(r)}
rocommunity {comm} 10.0.0.0/8
view systemonly included .1.3.6.1.2.1.1
view systemonly included .1.3.6.1.2.1.25.1
"""
    return pick(r, "snmp/snmpd.conf", "etc/snmp/snmpd.conf"), c, comm


@pos("wpa_supplicant", "wpa-psk-passphrase", "conf")
def p_wpa(r):
    p = pw(r, "json")
    c = f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country={pick(r, 'US', 'DE', 'GB', 'NL')}

network={{
    ssid="{org(r).upper()}-{pick(r, 'IOT', 'OPS', 'STAFF', 'LAB')}"
    psk="{p}"
    key_mgmt=WPA-PSK
    priority=10
}}
"""
    return pick(r, "rootfs/etc/wpa_supplicant/wpa_supplicant.conf", "provision/wpa_supplicant.conf"), c, p


@pos("networkmanager", "nmconnection-wifi-psk", "ini")
def p_nm(r):
    p = pw(r, "ini")
    ssid = "%s-%s" % (org(r).split("-")[0].capitalize(), pick(r, "Guest", "Corp", "Floor3", "Lab"))
    c = f"""[connection]
id={ssid}
uuid={hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-a{hexs(r, 3)}-{hexs(r, 12)}
type=wifi
autoconnect=true

[wifi]
mode=infrastructure
ssid={ssid}

[wifi-security]
key-mgmt=wpa-psk
psk={p}

[ipv4]
method=auto
"""
    return "image/etc/NetworkManager/system-connections/%s.nmconnection" % ssid, c, p


@pos("freeradius", "radius-client-shared-secret", "conf")
def p_radius(r):
    p = pw(r, "alnum")
    c = f"""client {pick(r, 'core-switches', 'wlc-01', 'vpn-gw', 'branch-ap')} {{
    ipaddr    = {ip(r)}/{pick(r, 24, 32, 28)}
    secret    = {p}
    shortname = {app(r)}
    nas_type  = other
    require_message_authenticator = yes
}}
"""
    return pick(r, "raddb/clients.conf", "freeradius/clients.d/network.conf"), c, p


@pos("cisco", "cisco-radius-server-key", "text")
def p_cisco(r):
    p = pw(r, "url", pick(r, pw_random, pw_alnum, pw_passphrase))
    c = f"""!
hostname {pick(r, 'sw', 'rtr', 'core')}-{r.randint(1, 40):02d}
!
aaa new-model
aaa authentication login default group radius local
!
radius server ISE-{r.randint(1, 3)}
 address ipv4 {ip(r)} auth-port 1812 acct-port 1813
 key {p}
!
interface GigabitEthernet0/1
 description uplink
 switchport mode trunk
!
end
"""
    return pick(r, "network/configs/%s.cfg" % nbname(r, "sw"), "configs/switch-base.txt"), c, p


@pos("ldap", "sssd-ldap-default-authtok", "ini")
def p_sssd(r):
    p = pw(r, "ini")
    dc = ",".join("dc=" + x for x in domain(r).split("."))
    c = f"""[sssd]
services = nss, pam
domains = LDAP

[domain/LDAP]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ldap.{domain(r)}
ldap_search_base = {dc}
ldap_default_bind_dn = cn={pick(r, 'sssd-bind', 'svc-ldap', 'reader')},ou=services,{dc}
ldap_default_authtok_type = password
ldap_default_authtok = {p}
cache_credentials = true
"""
    return pick(r, "roles/sssd/files/sssd.conf", "etc/sssd/sssd.conf"), c, p


@pos("ldap", "nslcd-bindpw", "conf")
def p_nslcd(r):
    p = pw(r, "shell")
    dc = ",".join("dc=" + x for x in domain(r).split("."))
    c = f"""uid nslcd
gid nslcd
uri ldaps://{host(r, 'ldap')}/
base {dc}
binddn cn=nslcd,ou=system,{dc}
bindpw {p}
ssl on
tls_reqcert demand
"""
    return pick(r, "etc/nslcd.conf", "files/nslcd.conf"), c, p


@pos("gitlab", "gitlab-rb-ldap-password", "ruby")
def p_gitlab_ldap(r):
    p = pw(r, "code")
    dc = ",".join("dc=" + x for x in domain(r).split("."))
    c = f"""external_url 'https://gitlab.{domain(r)}'
gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = {{
  'main' => {{
    'label' => 'Corporate LDAP',
    'host' => 'ldap.{domain(r)}',
    'port' => 636,
    'uid' => 'sAMAccountName',
    'encryption' => 'simple_tls',
    'bind_dn' => 'CN=svc-gitlab,OU=Service Accounts,{dc}',
    'password' => '{p}',
    'base' => '{dc}'
  }}
}}
"""
    return pick(r, "gitlab/config/gitlab.rb", "omnibus/gitlab.rb"), c, p


@pos("ldap", "spring-ldap-password", "yaml")
def p_spring_ldap(r):
    p = pw(r, "yaml")
    dc = ",".join("dc=" + x for x in domain(r).split("."))
    c = f"""spring:
  ldap:
    urls: ldaps://{host(r, 'ldap')}:636
    base: {dc}
    username: cn={pick(r, 'app-reader', 'svc-portal')},ou=services,{dc}
    password: {yq(r, p)}
"""
    return "src/main/resources/application-ldap.yml", c, p

# ------------------- positives: file transfer / dotfiles --------------------
@pos("sublime-sftp", "sftp-config-json-password", "json")
def p_sftp_config(r):
    p = pw(r, "json")
    c = f"""{{
    // sftp, ftp or ftps
    "type": "sftp",
    "save_before_upload": true,
    "upload_on_save": true,
    "sync_down_on_open": false,
    "host": "{host(r, 'web')}",
    "user": "{pick(r, 'www-data', 'deploy', user(r))}",
    "password": "{p}",
    "port": "22",
    "remote_path": "/var/www/{app(r)}/",
    "ignore_regexes": ["\\\\.git/", "node_modules/"],
    "connect_timeout": 30
}}
"""
    return "sftp-config.json", c, p


@pos("vscode-sftp", "vscode-sftp-json-password", "json")
def p_vscode_sftp(r):
    p = pw(r, "json")
    c = f"""{{
    "name": "{app(r)}-staging",
    "host": "{host(r, 'web')}",
    "protocol": "{pick(r, 'sftp', 'ftp')}",
    "port": 22,
    "username": "{pick(r, 'deploy', user(r))}",
    "password": "{p}",
    "remotePath": "/srv/www/{app(r)}",
    "uploadOnSave": true,
    "ignore": [".vscode", ".git", "node_modules"]
}}
"""
    return ".vscode/sftp.json", c, p


@pos("filezilla", "filezilla-sitemanager-base64-pass", "xml")
def p_filezilla(r):
    p = pw(r, "any")
    enc = b64(p)
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.{r.randint(0, 5)}" platform="windows">
    <Servers>
        <Server>
            <Host>{host(r, 'ftp')}</Host>
            <Port>{pick(r, 21, 22)}</Port>
            <Protocol>{pick(r, 0, 1)}</Protocol>
            <Type>0</Type>
            <User>{user(r)}</User>
            <Pass encoding="base64">{enc}</Pass>
            <Logontype>1</Logontype>
            <PasvMode>MODE_DEFAULT</PasvMode>
            <Name>{app(r)} production</Name>
            <RemoteDir>1 0 3 var 3 www</RemoteDir>
            <SyncBrowsing>0</SyncBrowsing>
        </Server>
    </Servers>
</FileZilla3>
"""
    return pick(r, "tools/filezilla/sitemanager.xml", "sitemanager.xml"), c, enc


@pos("netrc", "netrc-password", "text")
def p_netrc(r):
    p = pw(r, "shell")
    c = f"machine {pick(r, 'nexus.', 'git.', 'ftp.', 'artifacts.')}{domain(r)}\n  login {user(r)}\n  password {p}\n"
    return pick(r, ".netrc", "ci/netrc", "docker/build/netrc"), c, p


@pos("postgresql", "pgpass-entry", "text")
def p_pgpass(r):
    p = pw(r, "url")
    c = f"# hostname:port:database:username:password\n{host(r, 'pg')}:5432:{dbname(r)}:{user(r)}:{p}\n"
    return pick(r, ".pgpass", "ops/backup/pgpass"), c, p


@pos("mysql", "my-cnf-client-password", "ini")
def p_mycnf(r):
    p = pw(r, "ini")
    c = f"""[client]
user={pick(r, 'backup', 'root', user(r))}
password={p}
host={host(r, 'mysql')}
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
"""
    return pick(r, ".my.cnf", "backup/.my.cnf", "etc/mysql/debian.cnf"), c, p


@pos("postfix", "postfix-sasl-passwd", "text")
def p_postfix(r):
    p = pw(r, "json")
    relay = pick(r, "smtp.%s" % domain(r), "email-smtp.eu-west-1.amazonaws.com", "smtp.office365.com")
    c = f"[{relay}]:587 {pick(r, 'relay', 'noreply', 'alerts')}@{domain(r)}:{p}\n"
    return pick(r, "postfix/sasl_passwd", "roles/mail/files/sasl_passwd"), c, p


@pos("msmtp", "msmtprc-password", "conf")
def p_msmtp(r):
    p = pw(r, "shell")
    d = domain(r)
    c = f"""defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        /var/log/msmtp.log

account        alerts
host           smtp.{d}
port           587
from           alerts@{d}
user           alerts@{d}
password       {p}

account default : alerts
"""
    return pick(r, "msmtprc", "etc/msmtprc", ".msmtprc"), c, p


@pos("git", "git-credentials-store", "text")
def p_gitcred(r):
    p = pw(r, "url")
    c = f"https://{user(r)}:{p}@git.{domain(r)}\n"
    return pick(r, ".git-credentials", "ci/git-credentials"), c, p


@pos("samba", "cifs-credentials-file", "text")
def p_smbcred(r):
    p = pw(r, "any")
    c = f"username={user(r)}\npassword={p}\ndomain={org(r).split('-')[0].upper()}\n"
    return pick(r, "ops/smb/.smbcredentials", "files/cifs-credentials"), c, p


@pos("linux", "fstab-cifs-password-option", "text")
def p_fstab(r):
    p = pw(r, "url")
    c = f"""# <file system>  <mount point>  <type>  <options>  <dump>  <pass>
UUID={hexs(r, 8)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 4)}-{hexs(r, 12)} /  ext4  errors=remount-ro  0  1
//{host(r, 'fs')}/{pick(r, 'shared', 'backups', 'scans')} /mnt/share cifs username={user(r)},password={p},vers=3.0,uid=1000  0  0
"""
    return pick(r, "rootfs/etc/fstab", "etc/fstab"), c, p


@pos("docker", "docker-config-json-auth", "json")
def p_docker_cfg(r):
    u, p = user(r), pw(r, "any")
    enc = b64("%s:%s" % (u, p))
    c = f"""{{
  "auths": {{
    "registry.{domain(r)}": {{
      "auth": "{enc}"
    }}
  }},
  "HttpHeaders": {{
    "User-Agent": "Docker-Client/24.0.7 (linux)"
  }}
}}
"""
    return pick(r, ".docker/config.json", "ci/docker-config.json"), c, enc


# ------------------- positives: application frameworks ----------------------
@pos("laravel", "laravel-env-default-password", "php")
def p_laravel(r):
    p = pw(r, "code")
    c = f"""<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),

    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '{host(r, 'mysql')}'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', '{dbname(r)}'),
            'username' => env('DB_USERNAME', '{user(r)}'),
            'password' => env('DB_PASSWORD', '{p}'),
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
        ],
    ],
];
"""
    return "config/database.php", c, p


@pos("symfony", "symfony-doctrine-url-password", "yaml")
def p_symfony(r):
    u, p = user(r), pw(r, "url")
    c = f"""doctrine:
    dbal:
        url: 'postgresql://{u}:{p}@{host(r, 'pg')}:5432/{dbname(r)}?serverVersion=16&charset=utf8'
        profiling_collect_backtrace: '%kernel.debug%'
    orm:
        auto_generate_proxy_classes: true
        naming_strategy: doctrine.orm.naming_strategy.underscore_number_aware
        auto_mapping: true
"""
    return "config/packages/prod/doctrine.yaml", c, p


@pos("symfony", "symfony-parameters-yml-password", "yaml")
def p_symfony_params(r):
    p = pw(r, "yaml")
    c = f"""parameters:
    database_host: {host(r, 'mysql')}
    database_port: 3306
    database_name: {dbname(r)}
    database_user: {user(r)}
    database_password: {yq(r, p)}
    mailer_transport: smtp
    mailer_host: 127.0.0.1
    locale: en
"""
    return "app/config/parameters.yml", c, p


@pos("django", "django-settings-databases-password", "python")
def p_django(r):
    p = pw(r, "code")
    c = f"""from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["{app(r)}.{domain(r)}"]

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "{dbname(r)}",
        "USER": "{user(r)}",
        "PASSWORD": "{p}",
        "HOST": "{host(r, 'pg')}",
        "PORT": "5432",
        "CONN_MAX_AGE": 60,
    }}
}}
"""
    return pick(r, "%s/settings/production.py" % app(r), "config/settings/prod.py"), c, p


@pos("rails", "rails-database-yml-password", "yaml")
def p_rails(r):
    p = pw(r, "yaml")
    c = f"""default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: {app(r)}_development

production:
  <<: *default
  database: {dbname(r)}
  host: {host(r, 'pg')}
  username: {user(r)}
  password: {yq(r, p)}
"""
    return "config/database.yml", c, p


@pos("wordpress", "php-define-db-password", "php")
def p_wpconfig(r):
    p = pw(r, "code")
    c = f"""<?php
/** Database settings */
define( 'DB_NAME', '{dbname(r)}' );
define( 'DB_USER', '{user(r)}' );
define( 'DB_PASSWORD', '{p}' );
define( 'DB_HOST', '{host(r, 'mysql')}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {{
    define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
"""
    return "wp-config.php", c, p


@pos("sqlalchemy", "sqlalchemy-url-password", "python")
def p_sqla(r):
    u, p = user(r), pw(r, "url")
    c = f"""from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

ENGINE = create_engine(
    "postgresql+psycopg2://{u}:{p}@{host(r, 'pg')}:5432/{dbname(r)}",
    pool_size=10,
    pool_pre_ping=True,
)
SessionLocal = sessionmaker(bind=ENGINE, autoflush=False)
"""
    return pick(r, "app/db.py", "%s/database.py" % app(r)), c, p


@pos("celery", "celery-broker-url-password", "python")
def p_celery(r):
    u, p = user(r), pw(r, "url")
    c = f"""broker_url = "amqp://{u}:{p}@{host(r, 'mq')}:5672/{app(r)}"
result_backend = "rpc://"
task_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
worker_prefetch_multiplier = 1
"""
    return pick(r, "celeryconfig.py", "%s/celeryconfig.py" % app(r)), c, p

# ------------------------ positives: source literals ------------------------
def camel(*parts):
    return parts[0] + "".join(x.capitalize() for x in parts[1:])


@pos("go", "go-const-password", "go")
def p_go(r):
    a, p = app(r), pw(r, "code")
    name = pick(r, "dbPassword", "smtpPassword", "adminPassword", "defaultDBPass", "brokerPassword")
    c = f"""package config

import "time"

const (
\tdbHost     = "{host(r, 'db')}"
\tdbUser     = "{user(r)}"
\t{name} = "{p}"
\tdialTimeout = 5 * time.Second
)

// DSN builds the connection string for the {a} service.
func DSN() string {{
\treturn "postgres://" + dbUser + ":" + {name} + "@" + dbHost + "/{dbname(r)}?sslmode=require"
}}
"""
    return "internal/config/%s.go" % pick(r, "db", "defaults", "config"), c, p


@pos("rust", "rust-const-password", "rust")
def p_rust(r):
    p = pw(r, "code")
    name = pick(r, "DB_PASSWORD", "ADMIN_PASSWORD", "MQTT_PASSWORD", "REDIS_PASS")
    c = f"""use std::time::Duration;

pub const SERVICE_NAME: &str = "{app(r)}";
pub const DB_HOST: &str = "{host(r, 'db')}";
pub const DB_USER: &str = "{user(r)}";
pub const {name}: &str = "{p}";
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
"""
    return pick(r, "src/config.rs", "crates/%s-core/src/settings.rs" % app(r)), c, p


@pos("java", "java-static-final-password", "java")
def p_java(r):
    p, a = pw(r, "code"), app(r)
    cls = a.capitalize() + "Config"
    name = pick(r, "DB_PASSWORD", "KEYSTORE_PASSWORD", "SFTP_PASSWORD", "ADMIN_PASS", "LDAP_BIND_PASSWORD")
    c = f"""package com.{org(r).replace('-', '')}.{a}.config;

public final class {cls} {{
    public static final String DB_URL = "jdbc:postgresql://{host(r, 'pg')}:5432/{dbname(r)}";
    public static final String DB_USER = "{user(r)}";
    private static final String {name} = "{p}";
    public static final int POOL_SIZE = {r.randint(4, 32)};

    private {cls}() {{
    }}
}}
"""
    return "src/main/java/com/example/%s/config/%s.java" % (a, cls), c, p


@pos("csharp", "csharp-password-literal", "csharp")
def p_csharp(r):
    p, a = pw(r, "code"), app(r).capitalize()
    name = pick(r, "AdminPassword", "SmtpPassword", "ServicePassword", "DefaultPassword")
    c = f"""namespace {a}.Infrastructure
{{
    internal static class Credentials
    {{
        public const string SmtpHost = "smtp.{domain(r)}";
        public const string ServiceUser = "{user(r)}";
        public const string {name} = "{p}";
        public const int SmtpPort = 587;
    }}
}}
"""
    return "src/%s.Infrastructure/Credentials.cs" % a, c, p


@pos("python", "python-password-variable", "python")
def p_py(r):
    p = pw(r, "code")
    var = pick(r, "DB_PASSWORD", "password", "ftp_password", "SMTP_PASS", "api_password")
    c = f"""import ftplib
import logging

log = logging.getLogger(__name__)

HOST = "{host(r, 'ftp')}"
USER = "{user(r)}"
{var} = "{p}"


def upload(path):
    with ftplib.FTP_TLS(HOST) as ftp:
        ftp.login(USER, {var})
        ftp.prot_p()
        with open(path, "rb") as fh:
            ftp.storbinary("STOR " + path.rsplit("/", 1)[-1], fh)
    log.info("uploaded %s", path)
"""
    return pick(r, "scripts/upload_report.py", "jobs/ftp_push.py"), c, p


@pos("javascript", "js-config-password", "javascript")
def p_js(r):
    p = pw(r, "code")
    c = f"""module.exports = {{
  port: {r.randint(3000, 9000)},
  db: {{
    host: '{host(r, 'mysql')}',
    user: '{user(r)}',
    password: '{p}',
    database: '{dbname(r)}',
    connectionLimit: 10,
  }},
  logLevel: 'info',
}};
"""
    return pick(r, "config/production.js", "knexfile.js", "src/config/db.js"), c, p


@pos("typescript", "ts-password-property", "typescript")
def p_ts(r):
    p = pw(r, "code")
    c = f"""import {{ DataSource }} from "typeorm";

export const AppDataSource = new DataSource({{
  type: "postgres",
  host: "{host(r, 'pg')}",
  port: 5432,
  username: "{user(r)}",
  password: "{p}",
  database: "{dbname(r)}",
  synchronize: false,
  entities: ["dist/entity/*.js"],
}});
"""
    return pick(r, "src/data-source.ts", "ormconfig.ts"), c, p


@pos("ruby", "ruby-password-constant", "ruby")
def p_ruby(r):
    p = pw(r, "code")
    c = f"""require 'net/smtp'

SMTP_HOST = 'smtp.{domain(r)}'
SMTP_USER = 'reports@{domain(r)}'
SMTP_PASSWORD = '{p}'

def send_report(body, to)
  Net::SMTP.start(SMTP_HOST, 587, '{domain(r)}', SMTP_USER, SMTP_PASSWORD, :login) do |smtp|
    smtp.send_message(body, SMTP_USER, to)
  end
end
"""
    return pick(r, "lib/tasks/mailer.rb", "scripts/send_report.rb"), c, p


@pos("kotlin", "kotlin-val-password", "kotlin")
def p_kotlin(r):
    p = pw(r, "code")
    c = f"""package com.example.{app(r)}

object MqttSettings {{
    const val BROKER_URL = "ssl://{host(r, 'mqtt')}:8883"
    const val CLIENT_ID = "{app(r)}-gateway"
    const val USERNAME = "{user(r)}"
    const val PASSWORD = "{p}"
}}
"""
    return "app/src/main/java/com/example/%s/MqttSettings.kt" % app(r), c, p


# --------------------------- positives: scripts -----------------------------
@pos("mysql", "shell-mysql-p-inline", "shell")
def p_sh_mysql(r):
    p = pw(r, "shell")
    c = f"""#!/usr/bin/env bash
set -euo pipefail
STAMP=$(date +%F)
mysqldump -h {host(r, 'mysql')} -u {pick(r, 'backup', 'root', user(r))} -p{p} --single-transaction {dbname(r)} \\
  | gzip > /backups/{dbname(r)}-$STAMP.sql.gz
find /backups -name '*.sql.gz' -mtime +14 -delete
"""
    return pick(r, "scripts/backup_db.sh", "cron/nightly-dump.sh"), c, p


@pos("sshpass", "shell-sshpass-p", "shell")
def p_sshpass(r):
    p = pw(r, "any")
    c = f"""#!/bin/sh
# push build artefact to the legacy app server
ARTIFACT=dist/{app(r)}.tar.gz
sshpass -p '{p}' scp -o StrictHostKeyChecking=no "$ARTIFACT" {pick(r, 'deploy', 'root', 'www')}@{host(r, 'app')}:/opt/releases/
echo "release uploaded"
"""
    return pick(r, "deploy.sh", "scripts/push_release.sh"), c, p


@pos("curl", "shell-curl-basic-user-pass", "shell")
def p_curl(r):
    u, p = user(r), pw(r, "any")
    c = f"""#!/usr/bin/env bash
set -e
VERSION="${{1:?version}}"
curl -fsS -u '{u}:{p}' \\
  --upload-file "target/{app(r)}-${{VERSION}}.jar" \\
  "https://nexus.{domain(r)}/repository/releases/com/example/{app(r)}/${{VERSION}}/{app(r)}-${{VERSION}}.jar"
"""
    return pick(r, "ci/publish.sh", "scripts/upload-artifact.sh"), c, p


@pos("postgresql", "shell-pgpassword-env", "shell")
def p_pgpassword(r):
    p = pw(r, "shell")
    c = f"""#!/bin/bash
export PGHOST={host(r, 'pg')}
export PGUSER={user(r)}
export PGPASSWORD={p}
psql -d {dbname(r)} -v ON_ERROR_STOP=1 -f sql/refresh_materialized_views.sql
"""
    return pick(r, "bin/refresh-views.sh", "cron/refresh.sh"), c, p


@pos("samba", "shell-smbclient-user-percent-pass", "shell")
def p_smbclient(r):
    p = pw(r, "url")
    c = f"""#!/bin/sh
smbclient //{host(r, 'fs')}/{pick(r, 'exports', 'finance', 'scans')} -U '{pick(r, 'CORP', 'AD')}\\{user(r)}%{p}' \\
  -c 'prompt OFF; lcd /var/exports; mput *.csv'
"""
    return pick(r, "scripts/copy-to-share.sh", "jobs/smb_upload.sh"), c, p


@pos("powershell", "powershell-convertto-securestring", "powershell")
def p_ps(r):
    p = pw(r, "json")
    c = f"""$ErrorActionPreference = 'Stop'
$user = '{pick(r, 'CORP', 'AD')}\\{user(r)}'
$secure = ConvertTo-SecureString '{p}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)
Invoke-Command -ComputerName {nbname(r, 'win').upper()} -Credential $cred -ScriptBlock {{
    Restart-Service -Name '{app(r).capitalize()}Svc'
}}
"""
    return pick(r, "scripts/Restart-AppService.ps1", "ops/deploy.ps1"), c, p


@pos("windows", "batch-net-use-password", "batch")
def p_batch(r):
    p = pw(r, "url")
    c = f"""@echo off
net use Z: \\\\{nbname(r, 'fs')}\\{pick(r, 'builds', 'drop', 'share')} {p} /user:{pick(r, 'CORP', 'AD')}\\{user(r)} /persistent:no
xcopy /E /Y build\\output Z:\\{app(r)}\\
net use Z: /delete
"""
    return pick(r, "build\\copy_drop.bat".replace("\\", "/"), "tools/publish.cmd"), c, p


@pos("make", "makefile-password-variable", "makefile")
def p_make(r):
    p = pw(r, "shell")
    c = f"""REGISTRY ?= registry.{domain(r)}
IMAGE    := $(REGISTRY)/{app(r)}
REG_USER := {user(r)}
REG_PASS := {p}

.PHONY: build push
build:
\tdocker build -t $(IMAGE):$(VERSION) .

push: build
\techo "$(REG_PASS)" | docker login $(REGISTRY) -u $(REG_USER) --password-stdin
\tdocker push $(IMAGE):$(VERSION)
"""
    return "Makefile", c, p


# ---------------------------- positives: CI ---------------------------------
@pos("gitlab-ci", "gitlab-ci-inline-variable-password", "yaml")
def p_gitlab_ci(r):
    p = pw(r, "yaml")
    c = f"""stages: [test, deploy]

variables:
  POSTGRES_DB: {dbname(r)}
  DEPLOY_USER: {user(r)}
  DEPLOY_PASSWORD: {yq(r, p)}

test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

deploy:
  stage: deploy
  script:
    - ./deploy.sh "$DEPLOY_USER" "$DEPLOY_PASSWORD"
  only: [main]
"""
    return ".gitlab-ci.yml", c, p


@pos("github-actions", "gha-docker-login-inline-password", "yaml")
def p_gha(r):
    p = pw(r, "shell")
    c = f"""name: release
on:
  push:
    tags: ["v*"]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Login
        run: docker login registry.{domain(r)} -u {user(r)} -p {p}
      - name: Build and push
        run: |
          docker build -t registry.{domain(r)}/{app(r)}:${{{{ github.ref_name }}}} .
          docker push registry.{domain(r)}/{app(r)}:${{{{ github.ref_name }}}}
"""
    return ".github/workflows/release.yml", c, p


@pos("jenkins", "jenkinsfile-inline-password", "groovy")
def p_jenkinsfile(r):
    p = pw(r, "url")
    c = f"""pipeline {{
    agent any
    environment {{
        NEXUS_USER = '{user(r)}'
        NEXUS_PASS = '{p}'
    }}
    stages {{
        stage('Build') {{
            steps {{ sh './gradlew clean build' }}
        }}
        stage('Publish') {{
            steps {{ sh './gradlew publish -PnexusUser=$NEXUS_USER -PnexusPassword=$NEXUS_PASS' }}
        }}
    }}
}}
"""
    return "Jenkinsfile", c, p


@pos("bitbucket", "bitbucket-pipelines-inline-password", "yaml")
def p_bitbucket(r):
    p = pw(r, "yaml")
    c = f"""image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy via FTP
          script:
            - pipe: atlassian/ftp-deploy:0.3.7
              variables:
                USER: {user(r)}
                PASSWORD: {yq(r, p)}
                SERVER: {host(r, 'ftp')}
                REMOTE_PATH: /public_html
"""
    return "bitbucket-pipelines.yml", c, p

# ----------------------- positives: more server software --------------------
@pos("wildfly", "wildfly-datasource-password", "xml")
def p_wildfly(r):
    p = pw(r, "xml")
    a = app(r).capitalize()
    c = f"""<subsystem xmlns="urn:jboss:domain:datasources:7.0">
    <datasources>
        <datasource jndi-name="java:jboss/datasources/{a}DS" pool-name="{a}DS" enabled="true">
            <connection-url>jdbc:postgresql://{host(r, 'pg')}:5432/{dbname(r)}</connection-url>
            <driver>postgresql</driver>
            <pool><min-pool-size>5</min-pool-size><max-pool-size>{r.randint(20, 60)}</max-pool-size></pool>
            <security>
                <user-name>{user(r)}</user-name>
                <password>{p}</password>
            </security>
        </datasource>
    </datasources>
</subsystem>
"""
    return pick(r, "standalone/configuration/datasources-subsystem.xml", "wildfly/%s-ds.xml" % app(r)), c, p


@pos("shiro", "shiro-ini-users-plain", "ini")
def p_shiro(r):
    p = pw(r, "ini")
    c = f"""[main]
sessionManager = org.apache.shiro.web.session.mgt.DefaultWebSessionManager
securityManager.sessionManager = $sessionManager

[users]
{pick(r, 'admin', 'ops', user(r))} = {p}, admin

[roles]
admin = *

[urls]
/api/version = anon
/** = authcBasic
"""
    return pick(r, "conf/shiro.ini", "zeppelin/conf/shiro.ini"), c, p


@pos("activemq", "jetty-realm-properties-password", "properties")
def p_activemq(r):
    p = pw(r, "ini")
    c = f"""## ---------------------------------------------------------------------------
## Web console users: username: password [,rolename ...]
## ---------------------------------------------------------------------------
{pick(r, 'admin', 'mqadmin')}: {p}, admin
"""
    return pick(r, "activemq/conf/jetty-realm.properties", "conf/jetty-realm.properties"), c, p


@pos("zabbix", "zabbix-server-dbpassword", "conf")
def p_zabbix(r):
    p = pw(r, "ini")
    c = f"""LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
DBHost={host(r, 'pg')}
DBName=zabbix
DBUser=zabbix
DBPassword={p}
StartPollers={r.randint(5, 40)}
Timeout=4
"""
    return pick(r, "zabbix/zabbix_server.conf", "etc/zabbix/zabbix_server.conf"), c, p


@pos("nagios", "nagios-resource-cfg-user-macro", "conf")
def p_nagios(r):
    p = pw(r, "ini")
    c = f"""# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/lib/nagios/plugins
# database account used by check_mysql_health
$USER3$={pick(r, 'monitor', 'nagios')}
$USER4$={p}
"""
    return pick(r, "nagios/resource.cfg", "etc/nagios4/resource.cfg"), c, p


@pos("asterisk", "pjsip-auth-password", "ini")
def p_asterisk(r):
    p = pw(r, "ini")
    ext = r.randint(100, 899)
    c = f"""[transport-udp]
type=transport
protocol=udp
bind=0.0.0.0

[{ext}]
type=endpoint
context=internal
disallow=all
allow=ulaw,alaw
auth={ext}-auth
aors={ext}

[{ext}-auth]
type=auth
auth_type=userpass
username={ext}
password={p}

[{ext}]
type=aor
max_contacts=1
"""
    return pick(r, "asterisk/pjsip.conf", "pbx/pjsip.conf"), c, p


@pos("nextcloud", "nextcloud-config-dbpassword", "php")
def p_nextcloud(r):
    p = pw(r, "code")
    c = f"""<?php
$CONFIG = array (
  'instanceid' => 'oc{rstr(r, 10, string.ascii_lowercase + string.digits)}',
  'trusted_domains' => array (0 => 'cloud.{domain(r)}'),
  'datadirectory' => '/var/www/nextcloud/data',
  'dbtype' => 'pgsql',
  'dbname' => 'nextcloud',
  'dbhost' => '{host(r, 'pg')}',
  'dbuser' => 'nextcloud',
  'dbpassword' => '{p}',
  'installed' => true,
);
"""
    return "nextcloud/config/config.php", c, p


@pos("gitea", "gitea-app-ini-passwd", "ini")
def p_gitea(r):
    p = pw(r, "ini")
    c = f"""APP_NAME = {org(r).capitalize()} Git
RUN_MODE = prod

[database]
DB_TYPE  = postgres
HOST     = {host(r, 'pg')}:5432
NAME     = gitea
USER     = gitea
PASSWD   = `{p}`
SSL_MODE = require

[server]
DOMAIN   = git.{domain(r)}
ROOT_URL = https://git.{domain(r)}/
"""
    return pick(r, "gitea/conf/app.ini", "custom/conf/app.ini"), c, p


@pos("keepalived", "keepalived-vrrp-auth-pass", "conf")
def p_keepalived(r):
    p = pw(r, "alnum", pw_alnum)[:8]
    if len(p) < 8 or p.isalpha() or p.isdigit():
        p = rstr(r, 6) + str(r.randint(10, 99))
    c = f"""vrrp_instance VI_{r.randint(1, 9)} {{
    state {pick(r, 'MASTER', 'BACKUP')}
    interface {pick(r, 'eth0', 'ens192', 'bond0')}
    virtual_router_id {r.randint(10, 250)}
    priority {r.choice([100, 150, 90])}
    advert_int 1
    authentication {{
        auth_type PASS
        auth_pass {p}
    }}
    virtual_ipaddress {{
        {ip(r)}/24
    }}
}}
"""
    return pick(r, "keepalived/keepalived.conf", "roles/lb/files/keepalived.conf"), c, p


@pos("bacula", "bacula-director-password", "conf")
def p_bacula(r):
    p = pw(r, "json")
    c = f"""Director {{
  Name = {app(r)}-dir
  DIRport = 9101
  QueryFile = "/etc/bacula/scripts/query.sql"
  WorkingDirectory = "/var/lib/bacula"
  Password = "{p}"
  Messages = Daemon
}}
"""
    return pick(r, "bacula/bacula-dir.conf", "etc/bacula/bacula-dir.conf"), c, p


@pos("rsync", "rsyncd-secrets-user-pass", "text")
def p_rsync(r):
    p = pw(r, "url")
    c = f"{pick(r, 'backup', 'mirror', user(r))}:{p}\n"
    return pick(r, "rsync/rsyncd.secrets", "etc/rsyncd.secrets"), c, p


@pos("keycloak", "keycloak-realm-user-credential", "json")
def p_keycloak(r):
    p = pw(r, "json")
    f, l = person(r)
    c = f"""{{
  "realm": "{org(r)}",
  "enabled": true,
  "users": [
    {{
      "username": "{f[0]}{l}",
      "email": "{f}.{l}@{domain(r)}",
      "enabled": true,
      "credentials": [
        {{ "type": "password", "value": "{p}", "temporary": false }}
      ],
      "realmRoles": ["offline_access", "admin"]
    }}
  ]
}}
"""
    return pick(r, "keycloak/import/realm-%s.json" % org(r), "realm-export.json"), c, p


@pos("azure-pipelines", "azure-pipelines-inline-password", "yaml")
def p_azdo(r):
    p = pw(r, "yaml")
    c = f"""trigger:
  branches:
    include: [main]
pool:
  vmImage: ubuntu-latest
variables:
  buildConfiguration: Release
  sqlUser: {user(r)}
  sqlPassword: {yq(r, p)}
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: --configuration $(buildConfiguration)
  - script: ./scripts/migrate.sh "$(sqlUser)" "$(sqlPassword)"
    displayName: Run migrations
"""
    return "azure-pipelines.yml", c, p


@pos("circleci", "circleci-environment-password", "yaml")
def p_circle(r):
    p = pw(r, "yaml")
    c = f"""version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: {user(r)}
          POSTGRES_PASSWORD: {yq(r, p)}
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest
workflows:
  main:
    jobs: [test]
"""
    return ".circleci/config.yml", c, p


@pos("airflow", "airflow-connection-uri-password", "yaml")
def p_airflow(r):
    u, p = user(r), pw(r, "url")
    c = f"""# imported with: airflow connections import connections.yaml
{app(r)}_warehouse:
  conn_type: postgres
  host: {host(r, 'pg')}
  schema: {dbname(r)}
  login: {u}
  password: {p}
  port: 5432
"""
    return pick(r, "airflow/connections.yaml", "dags/config/connections.yaml"), c, p


@pos("logstash", "logstash-output-password", "conf")
def p_logstash(r):
    p = pw(r, "json")
    c = f"""input {{
  beats {{ port => 5044 }}
}}
output {{
  elasticsearch {{
    hosts    => ["https://{host(r, 'es')}:9200"]
    user     => "{pick(r, 'logstash_writer', 'ls_ingest')}"
    password => "{p}"
    index    => "{app(r)}-%{{+YYYY.MM.dd}}"
    ssl_certificate_authorities => ["/etc/logstash/certs/ca.crt"]
  }}
}}
"""
    return pick(r, "logstash/pipeline/%s.conf" % app(r), "pipeline/logstash.conf"), c, p


@pos("mosquitto", "mosquitto-bridge-remote-password", "conf")
def p_mosquitto(r):
    p = pw(r, "shell")
    c = f"""listener 1883 127.0.0.1
allow_anonymous false
password_file /mosquitto/config/passwd

connection cloud-bridge
address {host(r, 'mqtt')}:8883
bridge_cafile /mosquitto/certs/ca.crt
remote_username {pick(r, 'edge-gw', user(r))}
remote_password {p}
topic sensors/# out 1
"""
    return pick(r, "mosquitto/config/mosquitto.conf", "edge/mosquitto.conf"), c, p


# ============================================================================
# NEGATIVES
# ============================================================================
B64CRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


def h_bcrypt(r):
    return "$2%s$%d$%s" % (pick(r, "a", "b", "y"), pick(r, 10, 11, 12, 13), rstr(r, 53, B64CRYPT))


def h_sha512crypt(r):
    return "$6$%s$%s" % (rstr(r, 16, B64CRYPT), rstr(r, 86, B64CRYPT))


def h_apr1(r):
    return "$apr1$%s$%s" % (rstr(r, 8, B64CRYPT), rstr(r, 22, B64CRYPT))


def h_ssha(r):
    return "{SSHA}" + rb64(r, 28)


def h_argon2(r):
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (rb64(r, 16).rstrip("="), rb64(r, 32).rstrip("="))


def h_pbkdf2(r):
    return "pbkdf2_sha256$%d$%s$%s" % (pick(r, 600000, 720000, 870000), rstr(r, 22), rb64(r, 32))


# ----------------------------- negatives: SQL -------------------------------
@neg("postgresql", "sql-password-from-psql-variable", "sql")
def n_pg_var(r):
    u, d = user(r).replace("-", "_"), dbname(r)
    c = f"""-- Usage:
--   psql -v app_password="$APP_DB_PASSWORD" -f roles.sql {d}
\\set ON_ERROR_STOP on
CREATE ROLE {u} LOGIN;
ALTER ROLE {u} WITH PASSWORD :'app_password';
GRANT CONNECT ON DATABASE {d} TO {u};
"""
    return pick(r, "db/init/roles.sql", "sql/roles.sql"), c


@neg("flyway", "sql-identified-by-placeholder", "sql")
def n_flyway_ph(r):
    u, d = user(r), dbname(r)
    c = f"""-- Flyway placeholders are supplied per environment (flyway.placeholders.*)
CREATE USER IF NOT EXISTS '{u}'@'%' IDENTIFIED BY '${{appUserPassword}}';
GRANT SELECT, INSERT, UPDATE ON `{d}`.* TO '{u}'@'%';
"""
    return "db/migrations/V%d__app_user.sql" % r.randint(2, 60), c


@neg("mssql", "sql-windows-or-external-login", "sql")
def n_mssql_win(r):
    u = user(r)
    c = f"""USE [master];
GO
CREATE LOGIN [{pick(r, 'CORP', 'AD')}\\{u}] FROM WINDOWS WITH DEFAULT_DATABASE = [{dbname(r)}];
GO
USE [{dbname(r)}];
GO
CREATE USER [{app(r)}-identity] FROM EXTERNAL PROVIDER;
ALTER ROLE db_datareader ADD MEMBER [{app(r)}-identity];
GO
"""
    return "Database/Scripts/Logins.sql", c


@neg("oracle", "sql-identified-externally", "sql")
def n_oracle_ext(r):
    u = user(r).replace("-", "_").upper()
    c = f"""-- OS-authenticated batch account; no password stored in the database
CREATE USER OPS${u} IDENTIFIED EXTERNALLY
  DEFAULT TABLESPACE USERS QUOTA 100M ON USERS;
CREATE USER {u}_GLOBAL IDENTIFIED GLOBALLY AS 'CN={u.lower()},OU=apps,DC={org(r).split('-')[0]},DC=com';
GRANT CREATE SESSION TO OPS${u};
"""
    return "oracle/schema/external_users.sql", c


@neg("postgresql", "go-alter-role-quoted-parameter", "go")
def n_go_alter(r):
    c = f"""package {pick(r, 'dbadmin', 'rotation', app(r) + 'db')}

import (
	"context"
	"database/sql"

	"github.com/lib/pq"
)

// RotatePassword sets a new password for role; newPassword comes from the vault client.
func RotatePassword(ctx context.Context, db *sql.DB, role, newPassword string) error {{
	stmt := "ALTER ROLE " + pq.QuoteIdentifier(role) + " WITH PASSWORD " + pq.QuoteLiteral(newPassword)
	_, err := db.ExecContext(ctx, stmt)
	return err
}}
"""
    return "internal/dbadmin/rotate.go", c


@neg("mysql", "python-create-user-parameterised", "python")
def n_py_createuser(r):
    a, hostpat = app(r), pick(r, "%", "10.%", "localhost")
    c = f"""def create_{a}_user(cur, username: str, password: str, database: str = "{dbname(r)}") -> None:
    \"\"\"Create a MySQL account for {a}; the password is generated by the caller.\"\"\"
    cur.execute("CREATE USER %s@'{hostpat.replace('%', '%%')}' IDENTIFIED BY %s", (username, password))
    cur.execute(f"GRANT {pick(r, 'SELECT, INSERT, UPDATE', 'SELECT', 'ALL PRIVILEGES')} ON `{{database}}`.* TO %s@'{hostpat.replace('%', '%%')}'", (username,))
    cur.execute("FLUSH PRIVILEGES")
"""
    return "tools/provision/mysql_users.py", c


@neg("sql", "sql-schema-password-columns", "sql")
def n_schema(r):
    t = pick(r, "users", "accounts", app(r) + "_users", "members")
    c = f"""CREATE TABLE {t} (
    id                       BIGSERIAL PRIMARY KEY,
    email                    VARCHAR(320) NOT NULL UNIQUE,
    password_hash            VARCHAR(255) NOT NULL,
    password_algo            VARCHAR(32)  NOT NULL DEFAULT '{pick(r, "argon2id", "bcrypt", "scrypt")}',
    password_changed_at      TIMESTAMPTZ,
    failed_password_attempts INT NOT NULL DEFAULT 0,
    must_change_password     BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE password_reset_tokens (
    token_sha256 CHAR(64) PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES {t}(id),
    expires_at   TIMESTAMPTZ NOT NULL
);
"""
    return "db/migrations/V%d__users.sql" % r.randint(1, 30), c


@neg("sql", "sql-seed-password-hash", "sql")
def n_seed_hash(r):
    hsh = pick(r, h_bcrypt(r), h_argon2(r))
    c = f"""-- Seed admin account. Hash only; the initial password is handed over out of band
-- and must be changed on first login.
INSERT INTO users (email, password_hash, must_change_password)
VALUES ('admin@{domain(r)}', '{hsh}', TRUE)
ON CONFLICT (email) DO NOTHING;
"""
    return "db/seed/001_admin.sql", c


# ------------------------ negatives: connection strings ---------------------
@neg("dotnet", "adonet-integrated-security", "json")
def n_appsettings_is(r):
    h, d = host(r, "sql"), dbname(r)
    cs = pick(r, f"Server={h};Database={d};Integrated Security=SSPI;TrustServerCertificate=True;",
              f"Server=tcp:{h},1433;Database={d};Authentication=Active Directory Managed Identity;Encrypt=True;",
              f"Server=(localdb)\\\\mssqllocaldb;Database={d};Trusted_Connection=True;MultipleActiveResultSets=true")
    c = f"""{{
  "ConnectionStrings": {{
    "DefaultConnection": "{cs}"
  }},
  "Logging": {{
    "LogLevel": {{ "Default": "Information" }}
  }}
}}
"""
    return pick(r, "appsettings.json", "src/%s.Api/appsettings.Development.json" % app(r).capitalize()), c


@neg("dotnet", "webconfig-token-replacement", "xml")
def n_webconfig_tok(r):
    tok = pick(r, "#{DbPassword}", "__DbPassword__", "$(DbPassword)", "{{DB_PASSWORD}}")
    c = f"""<?xml version="1.0" encoding="utf-8"?>
<!-- Values in tokens are substituted by the release pipeline. -->
<configuration>
  <connectionStrings>
    <add name="{app(r).capitalize()}Db"
         connectionString="Data Source={host(r, 'sql')};Initial Catalog={dbname(r)};User Id={user(r)};Password={tok};"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
</configuration>
"""
    return pick(r, "Web.Release.config", "Web.config"), c


@neg("odbc", "odbc-ini-kerberos", "ini")
def n_odbc(r):
    c = f"""[{app(r).upper()}]
Driver              = ODBC Driver 18 for SQL Server
Server              = {host(r, 'sql')},1433
Database            = {dbname(r)}
Trusted_Connection  = yes
Encrypt             = yes
ServerSPN           = MSSQLSvc/{host(r, 'sql')}:1433
"""
    return "etc/odbc.ini", c


@neg("odbc", "pyodbc-password-from-env", "python")
def n_pyodbc(r):
    c = f"""import os
import pyodbc


def connect():
    conn_str = (
        "DRIVER={{ODBC Driver 18 for SQL Server}};"
        f"SERVER={{os.environ['MSSQL_HOST']}};"
        "DATABASE={dbname(r)};"
        f"UID={{os.environ['MSSQL_USER']}};"
        f"PWD={{os.environ['MSSQL_PASSWORD']}};"
        "Encrypt=yes;"
    )
    return pyodbc.connect(conn_str, timeout=10)
"""
    return "etl/mssql_source.py", c


@neg("jdbc", "jdbc-properties-env-reference", "properties")
def n_jdbc(r):
    c = f"""db.driver=org.postgresql.Driver
db.url=jdbc:postgresql://{host(r, 'pg')}:5432/{dbname(r)}?ssl=true&sslmode=require
db.user={user(r)}
db.password=${{DB_PASSWORD}}
db.pool.maxSize={r.randint(5, 40)}
"""
    return "conf/jdbc.properties", c


@neg("liquibase", "liquibase-properties-no-password", "properties")
def n_liquibase(r):
    c = f"""# The password is supplied through LIQUIBASE_COMMAND_PASSWORD in CI.
changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:sqlserver://{host(r, 'sql')}:1433;databaseName={dbname(r)};encrypt=true
username={user(r)}
logLevel=info
"""
    return "liquibase.properties", c


@neg("spring", "spring-password-placeholder", "yaml")
def n_spring(r):
    ref = pick(r, "${SPRING_DATASOURCE_PASSWORD}", "${DB_PASSWORD:}", "${vcap.services.%s-db.credentials.password}" % app(r))
    c = f"""spring:
  datasource:
    url: jdbc:postgresql://{host(r, 'pg')}:5432/{dbname(r)}
    username: {user(r)}
    password: {ref}
  jpa:
    open-in-view: false
"""
    return "src/main/resources/application.yml", c


@neg("spring-cloud-config", "spring-cipher-value", "yaml")
def n_spring_cipher(r):
    c = f"""spring:
  datasource:
    url: jdbc:mysql://{host(r, 'mysql')}:3306/{dbname(r)}
    username: {user(r)}
    password: '{{cipher}}{hexs(r, r.choice([96, 128, 160]))}'
"""
    return "config-repo/%s-prod.yml" % app(r), c


@neg("jasypt", "jasypt-enc-value", "properties")
def n_jasypt(r):
    c = f"""spring.datasource.url=jdbc:postgresql://{host(r, 'pg')}:5432/{dbname(r)}
spring.datasource.username={user(r)}
# encrypted with jasypt; key supplied via JASYPT_ENCRYPTOR_PASSWORD at runtime
spring.datasource.password=ENC({rb64(r, r.choice([32, 48, 64]))})
"""
    return "src/main/resources/application-prod.properties", c


@neg("spring", "spring-test-h2-empty-password", "properties")
def n_h2(r):
    c = f"""spring.datasource.url=jdbc:h2:mem:{app(r)}test;MODE={pick(r, 'PostgreSQL', 'MySQL', 'Oracle')};DB_CLOSE_DELAY=-1
spring.datasource.driver-class-name=org.h2.Driver
spring.datasource.username=sa
spring.datasource.password=
spring.jpa.hibernate.ddl-auto=create-drop
"""
    return "src/test/resources/application-test.properties", c


@neg("hibernate", "hibernate-cfg-maven-filtered", "xml")
def n_hibernate(r):
    c = f"""<?xml version="1.0" encoding="utf-8"?>
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.url">${{db.url}}</property>
    <property name="hibernate.connection.username">${{db.user}}</property>
    <property name="hibernate.connection.password">${{db.password}}</property>
    <property name="hibernate.hbm2ddl.auto">validate</property>
    <mapping class="com.example.{app(r)}.model.{pick(r, 'Order', 'Customer', 'Invoice', 'Item')}"/>
  </session-factory>
</hibernate-configuration>
"""
    return "src/main/resources/hibernate.cfg.xml", c


@neg("jpa", "persistence-xml-jta-datasource", "xml")
def n_jpa(r):
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence">
  <persistence-unit name="{app(r)}PU" transaction-type="JTA">
    <jta-data-source>java:jboss/datasources/{app(r).capitalize()}DS</jta-data-source>
    <properties>
      <property name="jakarta.persistence.schema-generation.database.action" value="none"/>
    </properties>
  </persistence-unit>
</persistence>
"""
    return "src/main/resources/META-INF/persistence.xml", c


@neg("tomcat", "tomcat-users-must-be-changed", "xml")
def n_tomcat_users(r):
    role = pick(r, "manager-gui", "manager-script", "admin-gui")
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
<!--
  {app(r)}: example only. Uncomment and replace the placeholder before use:
  <role rolename="{role}"/>
  <user username="{pick(r, 'admin', 'tomcat', 'deployer')}" password="<must-be-changed>" roles="{role}"/>
-->
</tomcat-users>
"""
    return "conf/tomcat-users.xml", c


@neg("tomcat", "tomcat-context-property-substitution", "xml")
def n_tomcat_ctx(r):
    c = f"""<Context>
  <Resource name="jdbc/{app(r).capitalize()}DS" auth="Container" type="javax.sql.DataSource"
            username="${{db.user}}" password="${{db.password}}"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://{host(r, 'pg')}:5432/{dbname(r)}"/>
</Context>
"""
    return "src/main/webapp/META-INF/context.xml", c

# ------------------------ negatives: CI / build tooling ---------------------
@neg("jenkins", "jcasc-env-reference", "yaml")
def n_jcasc(r):
    c = f"""credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: "nexus-publisher"
              username: "{user(r)}"
              password: "${{NEXUS_PASSWORD}}"
              description: "Injected from the controller's environment"
"""
    return "casc/jenkins.yaml", c


@neg("maven", "maven-settings-env-password", "xml")
def n_maven(r):
    c = f"""<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>${{env.NEXUS_USERNAME}}</username>
      <password>${{env.NEXUS_PASSWORD}}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>nexus-releases</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.{domain(r)}/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
"""
    return "ci/maven-settings.xml", c


@neg("gradle", "gradle-credentials-from-properties", "groovy")
def n_gradle(r):
    c = f"""publishing {{
    repositories {{
        maven {{
            name = "internal"
            url = uri("https://nexus.{domain(r)}/repository/releases/")
            credentials {{
                username = findProperty("nexusUser") ?: System.getenv("NEXUS_USER")
                password = findProperty("nexusPassword") ?: System.getenv("NEXUS_PASSWORD")
            }}
        }}
    }}
}}
"""
    return "build.gradle", c


@neg("nuget", "nuget-env-var-password", "xml")
def n_nuget(r):
    feed = pick(r, "internal", "company", org(r).replace("-", ""))
    c = f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="{feed}" value="https://pkgs.{domain(r)}/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <{feed}>
      <add key="Username" value="%NUGET_FEED_USER%" />
      <add key="ClearTextPassword" value="%NUGET_FEED_PASSWORD%" />
    </{feed}>
  </packageSourceCredentials>
</configuration>
"""
    return "NuGet.config", c


@neg("pip", "pip-conf-no-credentials", "ini")
def n_pip(r):
    c = f"""[global]
index-url = https://pypi.{domain(r)}/repository/pypi-all/simple
extra-index-url = https://pypi.org/simple
trusted-host = pypi.{domain(r)}
index = https://pypi.{domain(r)}/repository/{pick(r, 'pypi-all', 'pypi-group', 'python')}/pypi
timeout = 60
# credentials come from keyring (pip install keyring artifacts-keyring)
"""
    return "pip.conf", c


@neg("pypi", "pypirc-no-password", "ini")
def n_pypirc(r):
    c = f"""[distutils]
index-servers = internal

[internal]
repository = https://pypi.{domain(r)}/
username = {user(r)}
# twine reads the password from TWINE_PASSWORD or prompts
"""
    return ".pypirc", c


@neg("composer", "composer-auth-dist-placeholders", "json")
def n_composer(r):
    c = f"""{{
    "http-basic": {{
        "repo.{domain(r)}": {{
            "username": "YOUR_USERNAME",
            "password": "YOUR_PASSWORD"
        }}
    }}
}}
"""
    return "auth.json.dist", c


@neg("npm", "npmrc-env-token", "ini")
def n_npmrc(r):
    c = f"""registry=https://npm.{domain(r)}/repository/npm-group/
//npm.{domain(r)}/repository/npm-group/:_authToken=${{NPM_TOKEN}}
always-auth=true
save-exact=true
"""
    return ".npmrc", c


@neg("yarn", "yarnrc-env-token", "yaml")
def n_yarnrc(r):
    c = f"""nodeLinker: node-modules
npmRegistryServer: "https://npm.{domain(r)}/repository/npm/"
npmAlwaysAuth: true
npmAuthToken: "${{NPM_AUTH_TOKEN-}}"
"""
    return ".yarnrc.yml", c


# ------------------------- negatives: config mgmt ---------------------------
@neg("ansible", "ansible-vars-vault-reference", "yaml")
def n_ans_ref(r):
    a = app(r)
    c = f"""---
{a}_version: "{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}"
db_host: {host(r, 'db')}
db_user: {user(r)}
db_password: "{{{{ vault_{a}_db_password }}}}"
smtp_password: "{{{{ vault_smtp_password }}}}"
"""
    return "group_vars/production/vars.yml", c


@neg("ansible", "ansible-vault-encrypted-file", "yaml")
def n_ans_vault(r):
    blob = hexs(r, 80 * r.randint(5, 9))
    lines = "\n".join(blob[i:i + 80] for i in range(0, len(blob), 80))
    c = "$ANSIBLE_VAULT;1.1;AES256\n" + lines + "\n"
    return "group_vars/production/vault.yml", c


@neg("ansible", "ansible-inline-vault", "yaml")
def n_ans_inline(r):
    blob = hexs(r, 80 * r.randint(4, 6))
    lines = "\n".join("  " + blob[i:i + 80] for i in range(0, len(blob), 80))
    c = f"""---
db_user: {user(r)}
db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
{lines}
db_port: 5432
"""
    return "host_vars/%s.yml" % nbname(r, "db"), c


@neg("ansible", "ansible-lookup-generated-password", "yaml")
def n_ans_lookup(r):
    c = f"""---
- name: Create application database user
  community.postgresql.postgresql_user:
    name: {user(r).replace('-', '_')}
    password: "{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/{app(r)}/db:password') }}}}"
    db: {dbname(r)}
  no_log: true

- name: Create local break-glass account
  ansible.builtin.user:
    name: breakglass
    password: "{{{{ lookup('ansible.builtin.password', '/dev/null length=24 chars=ascii_letters,digits') | password_hash('sha512') }}}}"
    update_password: on_create
"""
    return "roles/%s/tasks/users.yml" % app(r), c


@neg("chef", "chef-encrypted-data-bag", "json")
def n_chef_enc(r):
    c = f"""{{
  "id": "{app(r)}",
  "password": {{
    "encrypted_data": "{rb64(r, r.choice([48, 64]))}",
    "iv": "{rb64(r, 12)}",
    "auth_tag": "{rb64(r, 16)}",
    "version": 3,
    "cipher": "aes-256-gcm"
  }}
}}
"""
    return "data_bags/secrets/%s.json" % app(r), c


@neg("chef", "chef-attribute-nil-vault", "ruby")
def n_chef_attr(r):
    a = app(r)
    c = f"""default['{a}']['db']['host'] = '{host(r, 'db')}'
default['{a}']['db']['user'] = '{user(r)}'
# password is read at converge time: chef_vault_item('{a}', 'db')['password']
default['{a}']['db']['password'] = nil
default['{a}']['password_min_length'] = 14
"""
    return "cookbooks/%s/attributes/default.rb" % a, c


@neg("puppet", "hiera-eyaml-encrypted", "yaml")
def n_eyaml(r):
    blob = "MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw" + rb64(r, r.choice([240, 282]))
    c = f"""---
profile::{app(r)}::db_user: '{user(r)}'
profile::{app(r)}::db_password: >
    ENC[PKCS7,{blob}]
"""
    return "hieradata/common.eyaml", c


@neg("puppet", "puppet-sensitive-lookup", "puppet")
def n_puppet(r):
    a = app(r)
    c = f"""class profile::{a}::database (
  Sensitive[String] $db_password = Sensitive(lookup('profile::{a}::db_password')),
) {{
  mysql::db {{ '{a}':
    user     => '{user(r)}',
    password => $db_password,
    host     => '%',
    grant    => ['SELECT', 'INSERT', 'UPDATE'],
  }}
}}
"""
    return "site/profile/manifests/%s/database.pp" % a, c


@neg("salt", "salt-pillar-vault-lookup", "yaml")
def n_salt(r):
    c = f"""mysql:
  user:
    {user(r)}:
      password: {{{{ salt['vault'].read_secret('secret/{app(r)}/db', 'password') | yaml_encode }}}}
      host: '%'
"""
    return "pillar/mysql.sls", c


@neg("vagrant", "vagrantfile-key-auth", "ruby")
def n_vagrant(r):
    c = f"""Vagrant.configure("2") do |config|
  config.vm.box = "generic/ubuntu2204"
  config.vm.hostname = "{app(r)}-dev"
  config.ssh.insert_key = true
  config.ssh.private_key_path = ["~/.ssh/id_ed25519", "~/.vagrant.d/insecure_private_key"]
  config.vm.network "forwarded_port", guest: 5432, host: 15432
end
"""
    return "Vagrantfile", c


@neg("cloud-init", "cloud-init-hashed-locked", "yaml")
def n_cloudinit(r):
    pub = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rstr(r, 43, string.ascii_letters + string.digits + "+/")
    c = f"""#cloud-config
ssh_pwauth: false
users:
  - name: {pick(r, 'ops', 'deploy')}
    groups: [sudo]
    shell: /bin/bash
    lock_passwd: {pick(r, 'true', 'false')}
    hashed_passwd: "{h_sha512crypt(r)}"
    ssh_authorized_keys:
      - {pub} ops@{domain(r)}
"""
    return "cloud-init/user-data", c

# ----------------------- negatives: containers / k8s ------------------------
@neg("docker", "dockerfile-arg-without-default", "dockerfile")
def n_dockerfile_arg(r):
    c = f"""# syntax=docker/dockerfile:1.6
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
# pip.conf with credentials is mounted as a BuildKit secret, never baked into a layer
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
ARG DB_PASSWORD
ENV DB_HOST={host(r, 'db')} \\
    DB_PASSWORD_FILE=/run/secrets/db_password
COPY . .
CMD ["gunicorn", "{app(r)}.wsgi:application", "-b", "0.0.0.0:8000"]
"""
    return "Dockerfile", c


@neg("docker-compose", "compose-secrets-file", "yaml")
def n_compose_secret(r):
    c = f"""services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: {user(r)}
      POSTGRES_PASSWORD_FILE: /run/secrets/postgres_password
      POSTGRES_DB: {dbname(r)}
    secrets:
      - postgres_password
  api:
    image: registry.{domain(r)}/{app(r)}:latest
    environment:
      DB_PASSWORD: ${{DB_PASSWORD:?DB_PASSWORD must be set}}
secrets:
  postgres_password:
    file: ./secrets/postgres_password.txt
"""
    return "docker-compose.yml", c


@neg("docker-compose", "compose-local-dev-dummy", "yaml")
def n_compose_dev(r):
    dummy = pick(r, "postgres", "password", "example", "dev")
    c = f"""# Local development only - throwaway database on localhost.
services:
  db:
    image: postgres:16
    ports:
      - "127.0.0.1:5432:5432"
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: {dummy}
      POSTGRES_DB: {app(r)}_dev
  app:
    build: .
    environment:
      DATABASE_URL: postgres://postgres:{dummy}@db:5432/{app(r)}_dev
"""
    return pick(r, "docker-compose.dev.yml", "docker-compose.test.yml"), c


@neg("kubernetes", "k8s-secretkeyref", "yaml")
def n_k8s_ref(r):
    a = app(r)
    c = f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {a}
spec:
  replicas: 2
  selector:
    matchLabels: {{app: {a}}}
  template:
    metadata:
      labels: {{app: {a}}}
    spec:
      containers:
        - name: {a}
          image: registry.{domain(r)}/{a}:1.{r.randint(0, 40)}.0
          env:
            - name: DB_USER
              value: {user(r)}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {a}-db
                  key: password
"""
    return "k8s/%s/deployment.yaml" % a, c


@neg("kubernetes", "external-secret", "yaml")
def n_extsecret(r):
    a = app(r)
    c = f"""apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: {a}-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: {pick(r, 'aws-secretsmanager', 'vault-backend', 'gcp-sm')}
    kind: ClusterSecretStore
  target:
    name: {a}-db
  data:
    - secretKey: password
      remoteRef:
        key: prod/{a}/db
        property: password
"""
    return "k8s/%s/externalsecret.yaml" % a, c


@neg("kubernetes", "sealed-secret", "yaml")
def n_sealed(r):
    a = app(r)
    c = f"""apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: {a}-db
  namespace: {a}
spec:
  encryptedData:
    password: AgB{rb64(r, 360)}
  template:
    metadata:
      name: {a}-db
"""
    return "k8s/%s/sealedsecret.yaml" % a, c


@neg("helm", "helm-values-existing-secret", "yaml")
def n_helm(r):
    c = f"""postgresql:
  enabled: true
  auth:
    username: {user(r)}
    database: {dbname(r)}
    ## @param auth.password Password for the custom user (ignored when existingSecret is set)
    password: ""
    existingSecret: {app(r)}-postgresql
    secretKeys:
      userPasswordKey: password
"""
    return "charts/%s/values.yaml" % app(r), c


@neg("helm", "helm-secret-template", "yaml")
def n_helm_tpl(r):
    k = pick(r, "password", "db-password", "postgres-password")
    c = f"""apiVersion: v1
kind: Secret
metadata:
  name: {{{{ include "{app(r)}.fullname" . }}}}-db
  labels:
    {{{{- include "{app(r)}.labels" . | nindent 4 }}}}
type: Opaque
data:
  {k}: {{{{ required "auth.password is required" .Values.auth.password | b64enc | quote }}}}
"""
    return "charts/%s/templates/secret.yaml" % app(r), c


@neg("terraform", "terraform-variable-reference", "hcl")
def n_tf_var(r):
    a = app(r)
    c = f"""variable "db_password" {{
  description = "Master password for the {a} database"
  type        = string
  sensitive   = true
}}

resource "aws_db_instance" "{a}" {{
  identifier     = "{a}-prod"
  engine         = "postgres"
  instance_class = "db.t3.medium"
  username       = "{a}_admin"
  password       = var.db_password
}}
"""
    return "terraform/rds.tf", c


@neg("terraform", "terraform-random-password-managed", "hcl")
def n_tf_rand(r):
    a = app(r)
    c = f"""resource "random_password" "db" {{
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}}

resource "aws_rds_cluster" "{a}" {{
  cluster_identifier          = "{a}"
  engine                      = "aurora-postgresql"
  master_username             = "{a}_admin"
  manage_master_user_password = true
}}

resource "azurerm_key_vault_secret" "db" {{
  name         = "{a}-db-password"
  value        = random_password.db.result
  key_vault_id = azurerm_key_vault.main.id
}}
"""
    return "infra/db.tf", c


@neg("terraform", "terraform-secretsmanager-data", "hcl")
def n_tf_sm(r):
    acct = "".join(r.choice(string.digits) for _ in range(12))
    c = f"""data "aws_secretsmanager_secret_version" "db" {{
  secret_id = "arn:aws:secretsmanager:{pick(r, 'us-east-1', 'eu-west-1')}:{acct}:secret:prod/{app(r)}/db-{rstr(r, 6)}"
}}

locals {{
  db_creds = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)
}}

provider "postgresql" {{
  host     = "{host(r, 'pg')}"
  username = local.db_creds["username"]
  password = local.db_creds["password"]
}}
"""
    return "terraform/providers.tf", c


@neg("pulumi", "pulumi-config-secure", "yaml")
def n_pulumi(r):
    proj = app(r) + "-infra"
    c = f"""encryptionsalt: v1:{rb64(r, 8)}:v1:{rb64(r, 12)}:{rb64(r, 32)}
config:
  aws:region: eu-west-1
  {proj}:dbUser: {user(r)}
  {proj}:dbPassword:
    secure: v1:{rb64(r, 12)}:{rb64(r, r.choice([36, 48]))}
"""
    return "Pulumi.prod.yaml", c


@neg("pulumi", "pulumi-require-secret", "typescript")
def n_pulumi_code(r):
    c = f"""import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const dbPassword = cfg.requireSecret("dbPassword");

export const db = new aws.rds.Instance("{app(r)}", {{
    engine: "postgres",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    username: "{app(r)}_admin",
    password: dbPassword,
    skipFinalSnapshot: true,
}});
"""
    return "index.ts", c


# -------------------- negatives: proxies / middleware / ops -----------------
@neg("nginx", "nginx-auth-basic-user-file", "conf")
def n_nginx(r):
    c = f"""server {{
    listen 443 ssl;
    server_name admin.{domain(r)};

    location / {{
        auth_basic           "Restricted";
        auth_basic_user_file /etc/nginx/.htpasswd;
        proxy_pass           http://127.0.0.1:8080;
        proxy_set_header     Authorization $http_authorization;
    }}
}}
"""
    return "nginx/conf.d/admin.conf", c


@neg("apache", "htpasswd-hashes", "text")
def n_htpasswd(r):
    lines = "".join("%s:%s\n" % (u, pick(r, h_apr1(r), h_bcrypt(r))) for u in sorted({user(r) for _ in range(r.randint(2, 4))}))
    return pick(r, "nginx/.htpasswd", "apache/htpasswd"), lines


@neg("apache", "apache-authuserfile", "conf")
def n_apache(r):
    c = f"""<Location "/{pick(r, 'server-status', 'admin', 'metrics', app(r) + '/admin')}">
    SetHandler server-status
    AuthType Basic
    AuthName "{app(r).capitalize()} - ops only"
    AuthBasicProvider file
    AuthUserFile "/etc/httpd/htpasswd"
    Require valid-user
</Location>
"""
    return "httpd/conf.d/status.conf", c


@neg("haproxy", "haproxy-userlist-hashed", "conf")
def n_haproxy(r):
    c = f"""userlist stats_users
    user {pick(r, 'admin', 'ops')} password {h_sha512crypt(r)}

listen stats
    bind *:8404
    stats enable
    stats uri /stats
    acl auth_ok http_auth(stats_users)
    http-request auth realm haproxy-stats unless auth_ok
"""
    return "haproxy/haproxy.cfg", c


@neg("rabbitmq", "rabbitmq-definitions-password-hash", "json")
def n_rabbit(r):
    c = f"""{{
  "users": [
    {{
      "name": "{user(r)}",
      "password_hash": "{rb64(r, 36)}",
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["management"]
    }}
  ],
  "vhosts": [{{"name": "/"}}],
  "permissions": [
    {{"user": "{user(r)}", "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"}}
  ]
}}
"""
    return "rabbitmq/definitions.json", c

@neg("kafka", "kafka-jaas-config-provider", "properties")
def n_kafka(r):
    c = f"""config.providers=file
config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
bootstrap.servers={host(r, 'kafka')}:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \\
  username="${{file:/etc/kafka/secrets/client.properties:username}}" \\
  password="${{file:/etc/kafka/secrets/client.properties:password}}";
"""
    return "config/consumer.properties", c


@neg("kafka", "kafka-jaas-kerberos-keytab", "conf")
def n_kafka_krb(r):
    c = f"""KafkaClient {{
    com.sun.security.auth.module.Krb5LoginModule required
    useKeyTab=true
    storeKey=true
    keyTab="/etc/security/keytabs/{app(r)}.keytab"
    principal="{app(r)}@{org(r).split('-')[0].upper()}.CORP";
}};
"""
    return "kafka/client_jaas.conf", c


@neg("elastic", "kibana-env-substitution", "yaml")
def n_kibana(r):
    c = f"""server.host: "0.0.0.0"
elasticsearch.hosts: ["https://{host(r, 'es')}:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "${{KIBANA_SYSTEM_PASSWORD}}"
xpack.security.session.idleTimeout: "1h"
"""
    return "kibana/kibana.yml", c


@neg("elastic", "beats-keystore-reference", "yaml")
def n_filebeat(r):
    c = f"""output.elasticsearch:
  hosts: ["https://{host(r, 'es')}:9200"]
  username: "filebeat_writer"
  # value stored with: filebeat keystore add ES_PWD
  password: "${{ES_PWD}}"
"""
    return "filebeat/filebeat.yml", c


@neg("grafana", "grafana-file-env-provider", "ini")
def n_grafana(r):
    c = f"""[security]
admin_user = admin
admin_password = $__file{{/run/secrets/grafana_admin_password}}
secret_key = $__env{{GF_SECRET_KEY}}

[auth]
login_maximum_inactive_lifetime_duration = 7d
password_hint = password

[database]
type = postgres
host = {host(r, 'pg')}:5432
user = grafana
password = $__env{{GF_DATABASE_PASSWORD}}
"""
    return "grafana/grafana.ini", c


@neg("grafana", "grafana-datasource-env", "yaml")
def n_grafana_ds(r):
    c = f"""apiVersion: 1
datasources:
  - name: {app(r)}-pg
    type: postgres
    url: {host(r, 'pg')}:5432
    user: grafana_ro
    jsonData:
      database: {dbname(r)}
      sslmode: require
    secureJsonData:
      password: $GRAFANA_PG_PASSWORD
"""
    return "grafana/provisioning/datasources/postgres.yaml", c


@neg("prometheus", "prometheus-password-file", "yaml")
def n_prom(r):
    c = f"""scrape_configs:
  - job_name: {app(r)}
    scheme: https
    basic_auth:
      username: prometheus
      password_file: /etc/prometheus/secrets/{app(r)}-scrape-password
    static_configs:
      - targets: ["{app(r)}.{domain(r)}:443"]
"""
    return "prometheus/prometheus.yml", c


@neg("alertmanager", "alertmanager-password-file", "yaml")
def n_am(r):
    d = domain(r)
    c = f"""global:
  smtp_smarthost: smtp.{d}:587
  smtp_from: alertmanager@{d}
  smtp_auth_username: alerts@{d}
  smtp_auth_password_file: /etc/alertmanager/secrets/smtp-password
route:
  receiver: ops
receivers:
  - name: ops
    email_configs:
      - to: ops@{d}
"""
    return "alertmanager/alertmanager.yml", c


@neg("redis", "redis-commented-default-and-aclfile", "conf")
def n_redis(r):
    c = f"""bind {pick(r, '127.0.0.1 -::1', ip(r), '0.0.0.0')}
protected-mode yes
port {pick(r, 6379, 6380, 6390)}
# requirepass foobared
aclfile /etc/redis/users.acl
maxmemory {r.choice([128, 256, 512, 2048])}mb
maxmemory-policy {pick(r, 'allkeys-lru', 'volatile-lru', 'noeviction')}
"""
    return "redis/redis.conf", c


@neg("redis", "redis-acl-sha256-hash", "conf")
def n_redis_acl(r):
    c = f"user default off\nuser {app(r)} on #{hexs(r, 64)} ~{app(r)}:* &* +@read +@write -@dangerous\n"
    return "redis/users.acl", c


@neg("mongodb", "mongodb-uri-env", "yaml")
def n_mongo(r):
    c = f"""mongo:
  uri: "mongodb+srv://${{MONGO_USER}}:${{MONGO_PASSWORD}}@cluster0.{rstr(r, 5, string.ascii_lowercase + string.digits)}.mongodb.net/{dbname(r)}?retryWrites=true"
  test_uri: "mongodb://localhost:27017/{app(r)}_test"
"""
    return "config/default.yml", c


@neg("pgbouncer", "pgbouncer-ini-auth-file-ref", "ini")
def n_pgb(r):
    c = f"""[databases]
{dbname(r)} = host={host(r, 'pg')} port=5432 dbname={dbname(r)}

[pgbouncer]
listen_addr = 0.0.0.0
listen_port = 6432
auth_type = scram-sha-256
auth_file = /etc/pgbouncer/userlist.txt
auth_query = SELECT usename, passwd FROM pgbouncer.get_auth($1)
pool_mode = transaction
"""
    return "pgbouncer/pgbouncer.ini", c


@neg("supervisor", "supervisord-sha-password", "ini")
def n_supervisor(r):
    c = f"""[inet_http_server]
port=127.0.0.1:9001
username=ops
password={{SHA}}{hexs(r, 40)}

[program:{app(r)}]
command=/opt/app/bin/server
"""
    return "supervisord.conf", c


# ---------------------------- negatives: network ----------------------------
@neg("openvpn", "openvpn-auth-user-pass-prompt", "conf")
def n_ovpn(r):
    c = f"""client
dev tun
proto udp
remote vpn.{domain(r)} 1194
nobind
persist-key
persist-tun
remote-cert-tls server
auth-user-pass
auth-nocache
cipher AES-256-GCM
ca ca.crt
verb 3
"""
    return "vpn/%s.ovpn" % org(r), c


@neg("wireguard", "networkd-netdev-privatekeyfile", "ini")
def n_netdev(r):
    pub = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    c = f"""[NetDev]
Name=wg0
Kind=wireguard

[WireGuard]
ListenPort=51820
PrivateKeyFile=/etc/systemd/network/wg0.key

[WireGuardPeer]
PublicKey={pub}
AllowedIPs=10.{r.randint(0, 200)}.0.0/16
Endpoint=vpn.{domain(r)}:51820
"""
    return "systemd/network/50-wg0.netdev", c


@neg("wireguard", "wireguard-jinja-template", "conf")
def n_wg_tpl(r):
    v = pick(r, "wireguard", "wg", "vpn_wg", app(r) + "_wg")
    c = f"""# {{{{ ansible_managed }}}}
[Interface]
Address = {{{{ {v}_address }}}}
PrivateKey = {{{{ {v}_private_key }}}}
ListenPort = {{{{ {v}_port | default({pick(r, 51820, 51821, 443)}) }}}}
MTU = {pick(r, 1420, 1380, 1280)}

{{% for peer in {v}_peers %}}
[Peer]
PublicKey = {{{{ peer.public_key }}}}
AllowedIPs = {{{{ peer.allowed_ips | join(',') }}}}
{{% endfor %}}
"""
    return "roles/wireguard/templates/wg0.conf.j2", c


@neg("strongswan", "ipsec-conf-no-secret", "conf")
def n_ipsec(r):
    c = f"""conn site-to-site
    keyexchange=ikev2
    authby=secret
    left=%defaultroute
    leftsubnet=10.{r.randint(0, 100)}.0.0/16
    right=198.51.100.{r.randint(2, 250)}
    rightsubnet=10.{r.randint(101, 200)}.0.0/16
    ike=aes256-sha256-modp2048!
    auto=start
# the pre-shared key lives in /etc/ipsec.secrets on the gateway (not in git)
"""
    return "ipsec/ipsec.conf", c


@neg("net-snmp", "snmpd-default-public-localhost", "conf")
def n_snmp(r):
    c = f"""agentAddress udp:127.0.0.1:161
sysContact noc@{domain(r)}
# read-only, loopback only, for the local monitoring agent
rocommunity public 127.0.0.1
rouser {pick(r, 'monitor', 'nms')} authpriv
"""
    return "snmp/snmpd.conf", c


@neg("wpa_supplicant", "wpa-ext-password-backend", "conf")
def n_wpa(r):
    c = f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
ext_password_backend=file:/etc/wpa_supplicant/ext_passwords
update_config=0

network={{
    ssid="{org(r).upper()}-GUEST"
    key_mgmt=NONE
    priority=1
}}

network={{
    ssid="{org(r).upper()}-STAFF"
    key_mgmt=WPA-PSK
    psk=ext:staff_psk
}}
"""
    return "rootfs/etc/wpa_supplicant/wpa_supplicant.conf", c


@neg("networkmanager", "nmconnection-agent-owned-psk", "ini")
def n_nm(r):
    c = f"""[connection]
id={org(r).capitalize()}-Corp
uuid={hexs(r, 8)}-{hexs(r, 4)}-4{hexs(r, 3)}-8{hexs(r, 3)}-{hexs(r, 12)}
type=wifi

[wifi]
ssid={org(r).capitalize()}-Corp

[wifi-security]
key-mgmt=wpa-psk
psk-flags=1

[ipv4]
method=auto
"""
    return "image/etc/NetworkManager/system-connections/corp.nmconnection", c


@neg("freeradius", "radius-secret-env", "conf")
def n_radius(r):
    c = f"""client {pick(r, 'core-switches', 'wlc-01')} {{
    ipaddr = {ip(r)}/24
    secret = $ENV{{RADIUS_SHARED_SECRET}}
    shortname = {app(r)}
}}
"""
    return "raddb/clients.conf", c


@neg("freeradius", "radius-localhost-testing-default", "conf")
def n_radius_local(r):
    c = f"""# Default localhost client used by radtest in the {app(r)} development container.
client localhost {{
    ipaddr = 127.0.0.1
    proto = *
    secret = testing123
    require_message_authenticator = no
    limit {{
        max_connections = {pick(r, 16, 32, 64)}
    }}
}}
"""
    return "docker/freeradius/clients.conf", c


@neg("cisco", "cisco-type9-secret-hash", "text")
def n_cisco(r):
    c = f"""hostname {pick(r, 'sw', 'rtr')}-{r.randint(1, 40):02d}
enable algorithm-type scrypt secret 9 $9${rstr(r, 14, B64CRYPT)}${rstr(r, 43, B64CRYPT)}
username netops privilege 15 secret 9 $9${rstr(r, 14, B64CRYPT)}${rstr(r, 43, B64CRYPT)}
aaa new-model
line vty 0 4
 transport input ssh
"""
    return "network/configs/%s.cfg" % app(r), c

@neg("ldap", "sssd-gssapi-no-password", "ini")
def n_sssd(r):
    dc = ",".join("dc=" + x for x in domain(r).split("."))
    c = f"""[domain/LDAP]
id_provider = ldap
auth_provider = krb5
ldap_uri = ldaps://ldap.{domain(r)}
ldap_search_base = {dc}
ldap_sasl_mech = GSSAPI
ldap_krb5_keytab = /etc/krb5.keytab
krb5_realm = {domain(r).split('.')[0].upper()}.CORP
ldap_default_authtok_type = password
cache_credentials = true
"""
    return "etc/sssd/sssd.conf", c


@neg("ldap", "nslcd-sasl-no-bindpw", "conf")
def n_nslcd(r):
    dc = ",".join("dc=" + x for x in domain(r).split("."))
    c = f"""uid nslcd
gid nslcd
uri ldaps://{host(r, 'ldap')}/
base {dc}
sasl_mech GSSAPI
krb5_ccname /run/nslcd/nslcd.tkt
# bindpw intentionally unset: the host keytab is used
ssl on
"""
    return "etc/nslcd.conf", c


@neg("gitlab", "gitlab-rb-ldap-env", "ruby")
def n_gitlab(r):
    dc = ",".join("dc=" + x for x in domain(r).split("."))
    c = f"""gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = {{
  'main' => {{
    'label' => 'Corporate LDAP',
    'host' => 'ldap.{domain(r)}',
    'port' => 636,
    'encryption' => 'simple_tls',
    'bind_dn' => 'CN=svc-gitlab,OU=Service Accounts,{dc}',
    'password' => ENV.fetch('GITLAB_LDAP_BIND_PASSWORD'),
    'base' => '{dc}'
  }}
}}
# gitlab_rails['initial_root_password'] = "<set at install time>"
"""
    return "gitlab/config/gitlab.rb", c


@neg("ldap", "ldif-ssha-userpassword", "ldif")
def n_ldif(r):
    dc = ",".join("dc=" + x for x in domain(r).split("."))
    f, l = person(r)
    c = f"""dn: uid={f[0]}{l},ou=people,{dc}
objectClass: inetOrgPerson
objectClass: posixAccount
uid: {f[0]}{l}
cn: {f.capitalize()} {l.capitalize()}
sn: {l.capitalize()}
uidNumber: {r.randint(10000, 20000)}
gidNumber: 10000
homeDirectory: /home/{f[0]}{l}
userPassword: {h_ssha(r)}
"""
    return "ldap/seed/people.ldif", c


# --------------------- negatives: file transfer / dotfiles ------------------
@neg("sublime-sftp", "sftp-config-key-auth", "json")
def n_sftp(r):
    c = f"""{{
    "type": "sftp",
    "upload_on_save": true,
    "host": "{host(r, 'web')}",
    "user": "deploy",
    "password": "",
    "ssh_key_file": "~/.ssh/id_ed25519",
    "port": "22",
    "remote_path": "/var/www/{app(r)}/"
}}
"""
    return "sftp-config.json", c


@neg("filezilla", "filezilla-ask-for-password", "xml")
def n_filezilla(r):
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
    <Servers>
        <Server>
            <Host>{host(r, 'ftp')}</Host>
            <Port>22</Port>
            <Protocol>1</Protocol>
            <Type>0</Type>
            <User>{user(r)}</User>
            <Logontype>3</Logontype>
            <Name>{app(r)} (asks for password)</Name>
        </Server>
    </Servers>
</FileZilla3>
"""
    return "tools/filezilla/sitemanager.xml", c


@neg("postgresql", "pgpass-format-doc", "text")
def n_pgpass(r):
    c = f"""# Copy to ~/.pgpass and chmod 0600. One line per connection:
# hostname:port:database:username:password
# e.g.  {host(r, 'pg')}:5432:{dbname(r)}:{user(r)}:<your password>
"""
    return "docs/pgpass.example", c


@neg("mysql", "mysql-server-password-policy", "ini")
def n_mycnf(r):
    c = f"""[mysqld]
bind-address = 0.0.0.0
default_authentication_plugin = caching_sha2_password
validate_password.policy = STRONG
validate_password.length = {r.randint(12, 16)}
validate_password.mixed_case_count = {r.randint(1, 2)}
validate_password.special_char_count = 1
password_history = 5
password_reuse_interval = 365
default_password_lifetime = {pick(r, 0, 90, 180, 365)}
"""
    return "mysql/conf.d/security.cnf", c


@neg("postfix", "postfix-sasl-password-maps-ref", "conf")
def n_postfix(r):
    c = f"""relayhost = [smtp.{domain(r)}]:587
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous
smtp_tls_security_level = encrypt
"""
    return "postfix/main.cf", c


@neg("msmtp", "msmtprc-passwordeval", "conf")
def n_msmtp(r):
    d = domain(r)
    c = f"""account alerts
host smtp.{d}
port 587
tls on
auth on
user alerts@{d}
passwordeval "gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.config/msmtp/alerts.gpg"
account default : alerts
"""
    return "msmtprc", c


@neg("git", "gitconfig-credential-helper", "ini")
def n_gitconfig(r):
    c = f"""[user]
    name = {' '.join(x.capitalize() for x in person(r))}
    email = dev@{domain(r)}
[credential]
    helper = {pick(r, 'manager', 'osxkeychain', 'libsecret', 'cache --timeout=3600')}
[credential "https://git.{domain(r)}"]
    username = {user(r)}
"""
    return ".gitconfig", c


@neg("samba", "fstab-cifs-credentials-file", "text")
def n_fstab(r):
    c = f"""//{host(r, 'fs')}/shared /mnt/share cifs credentials=/root/.smbcredentials,vers=3.0,uid=1000,_netdev 0 0
tmpfs /tmp tmpfs defaults,noatime,mode=1777 0 0
"""
    return "etc/fstab", c


@neg("docker", "docker-config-creds-store", "json")
def n_docker_cfg(r):
    c = f"""{{
  "auths": {{
    "registry.{domain(r)}": {{}}
  }},
  "credsStore": "{pick(r, 'desktop', 'osxkeychain', 'pass', 'ecr-login')}",
  "credHelpers": {{
    "{''.join(r.choice(string.digits) for _ in range(12))}.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
  }}
}}
"""
    return ".docker/config.json", c


# ------------------------ negatives: frameworks -----------------------------
@neg("laravel", "laravel-env-empty-default", "php")
def n_laravel(r):
    c = f"""<?php

return [
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '{pick(r, 3306, 3307, 33060)}'),
            'database' => env('DB_DATABASE', '{app(r)}'),
            'username' => env('DB_USERNAME', '{pick(r, 'root', 'forge', app(r))}'),
            'password' => env('DB_PASSWORD', ''),
        ],
    ],
];
"""
    return "config/database.php", c


@neg("symfony", "symfony-env-processor", "yaml")
def n_symfony(r):
    c = f"""# {app(r)} - values come from the environment / Symfony secrets vault
doctrine:
    dbal:
        url: '%env(resolve:DATABASE_URL)%'
        password: '%env(default::DATABASE_PASSWORD)%'
    orm:
        auto_mapping: {pick(r, 'true', 'false')}
"""
    return "config/packages/doctrine.yaml", c


@neg("django", "django-settings-environ", "python")
def n_django(r):
    c = f"""import os

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("DB_NAME", "{dbname(r)}"),
        "USER": os.environ.get("DB_USER", "{user(r)}"),
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": os.environ.get("DB_HOST", "localhost"),
    }}
}}

AUTH_PASSWORD_VALIDATORS = [
    {{"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"}},
    {{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {{"min_length": {r.randint(10, 14)}}}}},
    {{"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"}},
]
PASSWORD_RESET_TIMEOUT = {pick(r, 3600, 86400)}
"""
    return "%s/settings/base.py" % app(r), c


@neg("django", "django-fixture-pbkdf2-hash", "json")
def n_django_fix(r):
    c = f"""[
  {{
    "model": "auth.user",
    "pk": 1,
    "fields": {{
      "username": "admin",
      "email": "admin@{domain(r)}",
      "password": "{h_pbkdf2(r)}",
      "is_staff": true,
      "is_superuser": true
    }}
  }}
]
"""
    return "%s/fixtures/users.json" % app(r), c


@neg("rails", "rails-database-yml-erb-env", "yaml")
def n_rails(r):
    c = f"""production:
  adapter: postgresql
  database: {dbname(r)}
  host: <%= ENV.fetch("DATABASE_HOST") %>
  username: <%= ENV.fetch("DATABASE_USERNAME") %>
  password: <%= Rails.application.credentials.dig(:database, :password) %>
"""
    return "config/database.yml", c


@neg("wordpress", "wp-config-sample-placeholder", "php")
def n_wp(r):
    c = f"""<?php
// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8' );
$table_prefix = '{pick(r, 'wp_', 'wp' + str(r.randint(1, 99)) + '_', app(r)[:3] + '_')}';
"""
    return "wp-config-sample.php", c


@neg("php", "php-define-getenv", "php")
def n_php_getenv(r):
    c = f"""<?php
define('DB_HOST', getenv('DB_HOST') ?: 'localhost');
define('DB_USER', getenv('DB_USER') ?: '');
define('DB_PASSWORD', getenv('DB_PASSWORD') ?: '');
define('PASSWORD_MIN_LENGTH', {r.randint(10, 16)});
define('APP_NAME', '{app(r)}');
"""
    return "includes/config.php", c


@neg("celery", "celery-default-guest-localhost", "python")
def n_celery(r):
    c = f"""import os

broker_url = os.environ.get("CELERY_BROKER_URL", "amqp://guest:guest@localhost:5672//")
result_backend = os.environ.get("CELERY_RESULT_BACKEND", "redis://localhost:6379/{r.randint(0, 9)}")
task_default_queue = "{app(r)}"
task_serializer = "json"
"""
    return "celeryconfig.py", c


@neg("sqlalchemy", "sqlalchemy-url-create-env", "python")
def n_sqla(r):
    c = f"""import os
from sqlalchemy import URL, create_engine

url = URL.create(
    "postgresql+psycopg2",
    username=os.environ["PGUSER"],
    password=os.environ["PGPASSWORD"],
    host="{host(r, 'pg')}",
    database="{dbname(r)}",
)
engine = create_engine(url, pool_pre_ping=True)
"""
    return "app/db.py", c

# ------------------------ negatives: source code ----------------------------
@neg("go", "go-password-field-names-and-env", "go")
def n_go(r):
    c = f"""package auth

import (
\t"errors"
\t"os"
)

const (
\tPasswordMinLength = {r.randint(10, 16)}
\tPasswordResetURL  = "/account/password/reset"
\tpasswordParam     = "password"
)

var ErrInvalidPassword = errors.New("auth: invalid username or password")

type LoginRequest struct {{
\tUsername string `json:"username"`
\tPassword string `json:"password"`
}}

func smtpPassword() string {{ return os.Getenv("SMTP_PASSWORD") }}
"""
    return "internal/auth/types.go", c


@neg("rust", "rust-env-var-password", "rust")
def n_rust(r):
    c = f"""use serde::Deserialize;
use std::env;

#[derive(Deserialize)]
pub struct Credentials {{
    pub username: String,
    #[serde(skip_serializing)]
    pub password: String,
}}

pub fn db_password() -> Result<String, env::VarError> {{
    env::var("{app(r).upper()}_DB_PASSWORD")
}}
"""
    return "src/credentials.rs", c


@neg("java", "java-value-injected-password", "java")
def n_java(r):
    c = f"""package com.example.{app(r)}.config;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

@Configuration
public class MailConfig {{
    public static final String PASSWORD_PARAM = "password";
    public static final int PASSWORD_MIN_LENGTH = {r.randint(10, 16)};

    @Value("${{spring.mail.password}}")
    private String mailPassword;
}}
"""
    return "src/main/java/com/example/%s/config/MailConfig.java" % app(r), c


@neg("csharp", "csharp-password-model-config", "csharp")
def n_csharp(r):
    c = f"""using System.ComponentModel.DataAnnotations;

namespace {app(r).capitalize()}.Web.Models
{{
    public class LoginViewModel
    {{
        [Required, EmailAddress]
        public string Email {{ get; set; }}

        [Required, DataType(DataType.Password), MinLength({r.randint(10, 14)})]
        [Display(Name = "Password")]
        public string Password {{ get; set; }}
    }}

    public static class SmtpSettings
    {{
        public static string Password(Microsoft.Extensions.Configuration.IConfiguration cfg) => cfg["Smtp:Password"];
    }}
}}
"""
    return "src/%s.Web/Models/LoginViewModel.cs" % app(r).capitalize(), c


@neg("python", "python-getpass-prompt", "python")
def n_py(r):
    v = app(r).upper() + pick(r, "_DB_PASSWORD", "_PG_PASSWORD", "_PASSWORD")
    c = f"""import getpass
import os


def get_db_password() -> str:
    pw = os.environ.get("{v}")
    if not pw:
        pw = getpass.getpass("{app(r).capitalize()} database password: ")
    return pw
"""
    return "scripts/dbshell.py", c


@neg("javascript", "js-process-env-password", "javascript")
def n_js(r):
    c = f"""module.exports = {{
  db: {{
    host: process.env.DB_HOST || 'localhost',
    user: process.env.DB_USER,
    password: process.env.DB_PASSWORD,
    database: '{dbname(r)}',
  }},
  passwordPolicy: {{ minLength: {r.randint(10, 16)}, requireSymbol: true }},
}};
"""
    return "config/production.js", c


@neg("typescript", "ts-password-types-and-urls", "typescript")
def n_ts(r):
    c = f"""export interface ChangePasswordRequest {{
  currentPassword: string;
  newPassword: string;
}}

export const passwordResetUrl = "/api/v{r.randint(1, 3)}/{app(r)}/auth/password-reset";
export const PASSWORD_FIELD = "password";

export function isStrongPassword(pw: string): boolean {{
  return pw.length >= {r.randint(10, 16)} && /[A-Z]/.test(pw) && /\\d/.test(pw);
}}
"""
    return "src/api/auth.ts", c


@neg("ruby", "ruby-env-fetch-has-secure-password", "ruby")
def n_ruby(r):
    m = pick(r, "User", "Account", "Member", "Admin")
    c = f"""class {m} < ApplicationRecord
  has_secure_password
  validates :password, length: {{ minimum: {r.randint(10, 16)} }}, allow_nil: true
end

{app(r).upper()}_SMTP_PASSWORD = ENV.fetch("{app(r).upper()}_SMTP_PASSWORD")
"""
    return "app/models/%s.rb" % m.lower(), c


# ------------------- negatives: i18n / UI / policy / docs -------------------
@neg("i18n", "messages-properties-password-strings", "properties")
def n_i18n_props(r):
    c = f"""app.title={app(r).capitalize()}
login.username=Username
login.password=Password
login.password.placeholder=Enter your password
login.forgotPassword=Forgot your password?
password.tooShort=Password must be at least {r.randint(10, 14)} characters long.
password.mismatch=The passwords you entered do not match.
password.reset.sent=If the account exists, we sent a password reset link.
"""
    return "src/main/resources/messages_en.properties", c


@neg("i18n", "json-locale-password-strings", "json")
def n_i18n_json(r):
    lang = pick(r, "en", "de", "fr")
    txt = {"en": ("Password", "Enter your password", "Show password"),
           "de": ("Passwort", "Passwort eingeben", "Passwort anzeigen"),
           "fr": ("Mot de passe", "Saisissez votre mot de passe", "Afficher le mot de passe")}[lang]
    c = f"""{{
  "auth": {{
    "password": "{txt[0]}",
    "passwordPlaceholder": "{txt[1]}",
    "showPassword": "{txt[2]}",
    "passwordRequirements": "min {r.randint(10, 14)} / A-Z / 0-9"
  }}
}}
"""
    return "public/locales/%s/translation.json" % lang, c


@neg("i18n", "gettext-po-password", "po")
def n_po(r):
    c = f"""msgid ""
msgstr ""
"Project-Id-Version: {app(r)} {r.randint(1, 5)}.{r.randint(0, 20)}\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Language: es\\n"

msgid "Password"
msgstr "Contrasena"

msgid "Enter your password"
msgstr "Introduce tu contrasena"

msgid "Your password has been changed."
msgstr "Tu contrasena ha sido cambiada."
"""
    return "locale/es/LC_MESSAGES/django.po", c


@neg("android", "android-strings-password", "xml")
def n_android(r):
    c = f"""<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">{app(r).capitalize()}</string>
    <string name="prompt_password">Password</string>
    <string name="hint_password">Enter your password</string>
    <string name="error_invalid_password">Password must be at least {r.randint(8, 14)} characters</string>
    <string name="action_forgot_password">Forgot password?</string>
</resources>
"""
    return "app/src/main/res/values/strings.xml", c


@neg("html", "html-login-form", "html")
def n_html(r):
    c = f"""<h1>Sign in to {app(r).capitalize()}</h1>
<form method="post" action="{pick(r, '/login', '/auth/login', '/session')}" autocomplete="on">
  <label for="username">Username</label>
  <input id="username" name="username" type="text" autocomplete="username" required>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password"
         placeholder="Password" minlength="{r.randint(10, 14)}" required>
  <a href="/password/reset">Forgot password?</a>
  <button type="submit">Sign in</button>
</form>
"""
    return "templates/login.html", c


@neg("openapi", "openapi-password-schema", "yaml")
def n_openapi(r):
    c = f"""openapi: 3.0.3
info:
  title: {app(r).capitalize()} API
  version: {r.randint(1, 3)}.{r.randint(0, 9)}.0
components:
  schemas:
    LoginRequest:
      type: object
      required: [username, password]
      properties:
        username:
          type: string
          example: jane.doe
        password:
          type: string
          format: password
          minLength: {r.randint(10, 14)}
          example: "********"
"""
    return "api/openapi.yaml", c


@neg("keycloak", "keycloak-password-policy", "json")
def n_keycloak(r):
    c = f"""{{
  "realm": "{org(r)}",
  "enabled": true,
  "passwordPolicy": "length({r.randint(10, 16)}) and digits(1) and upperCase(1) and specialChars(1) and notUsername and passwordHistory(5)",
  "bruteForceProtected": true,
  "resetPasswordAllowed": true,
  "rememberMe": false
}}
"""
    return "keycloak/realm-%s.json" % org(r), c


@neg("linux", "pwquality-conf", "conf")
def n_pwq(r):
    c = f"""# /etc/security/pwquality.conf (managed)
minlen = {r.randint(12, 16)}
dcredit = -1
ucredit = -1
lcredit = -1
ocredit = -1
maxrepeat = 3
enforce_for_root
"""
    return "roles/hardening/files/pwquality.conf", c


@neg("app", "yaml-password-policy-settings", "yaml")
def n_policy(r):
    c = f"""security:
  password_min_length: {r.randint(10, 16)}
  password_max_age_days: {pick(r, 90, 180, 365)}
  password_history: 5
  password_reset_url: https://{app(r)}.{domain(r)}/password/reset
  password_reset_token_ttl: 30m
  lockout_after_failed_password_attempts: 5
"""
    return "config/security.yml", c


@neg("authelia", "authelia-users-argon2-hash", "yaml")
def n_authelia(r):
    f, l = person(r)
    c = f"""users:
  {f[0]}{l}:
    displayname: "{f.capitalize()} {l.capitalize()}"
    password: "{h_argon2(r)}"
    email: {f}.{l}@{domain(r)}
    groups:
      - admins
"""
    return "authelia/users_database.yml", c


@neg("linux", "shadow-fixture-hashes", "text")
def n_shadow(r):
    c = "".join("%s:%s:19%03d:0:99999:7:::\n" % (u, h_sha512crypt(r), r.randint(100, 999))
                for u in sorted({user(r).replace('-', '') for _ in range(3)}))
    c = "root:*:19000:0:99999:7:::\ndaemon:*:19000:0:99999:7:::\n" + c
    return "tests/fixtures/etc/shadow", c


@neg("app", "masked-password-in-log-fixture", "json")
def n_masked(r):
    c = f"""{{"ts":"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T08:1{r.randint(0, 9)}:00Z","level":"info","msg":"db connect","user":"{user(r)}","password":"********","host":"{host(r, 'db')}"}}
{{"ts":"2024-0{r.randint(1, 9)}-1{r.randint(0, 9)}T08:2{r.randint(0, 9)}:00Z","level":"warn","msg":"login failed","user":"{user(r)}","password":"[REDACTED]"}}
"""
    return "tests/fixtures/redacted.log.jsonl", c


@neg("python", "configparser-interpolation", "ini")
def n_cfgparser(r):
    c = f"""[DEFAULT]
db_user = {user(r)}
# set db_password in /etc/{app(r)}/local.ini on the host
db_password =

[database]
url = postgresql://%(db_user)s:%(db_password)s@{host(r, 'pg')}:5432/{dbname(r)}
pool_size = 10
"""
    return "config/app.ini", c

# -------------------- negatives: shell / CLI docs / CI ----------------------
@neg("mysql", "readme-cli-usage-no-value", "markdown")
def n_readme(r):
    c = f"""# {app(r).capitalize()} service

## Connecting to the database

```sh
mysql -h {host(r, 'mysql')} -u {user(r)} -p {dbname(r)}
# you will be prompted for the password
```

Non-interactive tools accept `--password=<pass>` but prefer an option file
(`~/.my.cnf`, mode 0600) or `MYSQL_PWD` in CI. Never commit real values.

```sh
pg_dump -h <host> -U <user> -W <database> > dump.sql
```
"""
    return "README.md", c


@neg("shell", "shell-read-secret-prompt", "shell")
def n_sh_read(r):
    c = f"""#!/usr/bin/env bash
set -euo pipefail
read -r -p "Username: " DB_USER
read -r -s -p "Password: " DB_PASS; echo
export MYSQL_PWD="$DB_PASS"
mysql -h {host(r, 'mysql')} -u "$DB_USER" -e 'SELECT 1'
unset MYSQL_PWD DB_PASS
"""
    return "scripts/check_db.sh", c


@neg("sshpass", "shell-sshpass-env", "shell")
def n_sshpass(r):
    c = f"""#!/bin/sh
# SSHPASS is provided by the CI secret store
: "${{SSHPASS:?SSHPASS must be set}}"
sshpass -e scp dist/{app(r)}.tar.gz deploy@{host(r, 'app')}:/opt/releases/
"""
    return "deploy.sh", c


@neg("curl", "shell-curl-variables", "shell")
def n_curl(r):
    c = f"""#!/usr/bin/env bash
set -e
curl -fsS -u "${{NEXUS_USER}}:${{NEXUS_PASS}}" \\
  --upload-file "target/{app(r)}-$1.jar" \\
  "https://nexus.{domain(r)}/repository/releases/{app(r)}-$1.jar"
"""
    return "ci/publish.sh", c


@neg("vault", "shell-pgpassword-from-vault", "shell")
def n_vault_sh(r):
    c = f"""#!/bin/bash
set -euo pipefail
export PGHOST={host(r, 'pg')}
export PGUSER={user(r)}
PGPASSWORD="$(vault kv get -field=password secret/{app(r)}/db)"
export PGPASSWORD
psql -d {dbname(r)} -f sql/refresh.sql
"""
    return "bin/refresh-views.sh", c


@neg("shell", "shell-generate-random-password", "shell")
def n_gen(r):
    c = f"""#!/usr/bin/env bash
# Generates fresh credentials for a new environment and stores them in the cluster.
set -euo pipefail
NS="${{1:?namespace}}"
kubectl -n "$NS" create secret generic {app(r)}-db \\
  --from-literal=username={user(r)} \\
  --from-literal=password="$(openssl rand -base64 24)" \\
  --dry-run=client -o yaml | kubectl apply -f -
"""
    return "scripts/bootstrap-secrets.sh", c


@neg("powershell", "powershell-get-credential", "powershell")
def n_ps(r):
    c = f"""$ErrorActionPreference = 'Stop'
$cred = Get-Credential -Message 'Account with rights on {nbname(r, 'win').upper()}'
# or, unattended: $secret = Get-Secret -Name '{app(r)}-svc' -Vault CorpVault
Invoke-Command -ComputerName {nbname(r, 'win').upper()} -Credential $cred -ScriptBlock {{
    Restart-Service -Name '{app(r).capitalize()}Svc'
}}
"""
    return "scripts/Restart-AppService.ps1", c


@neg("windows", "batch-net-use-prompt", "batch")
def n_batch(r):
    c = f"""@echo off
rem '*' makes net use prompt for the password
net use Z: \\\\{nbname(r, 'fs')}\\builds * /user:CORP\\%USERNAME% /persistent:no
xcopy /E /Y build\\output Z:\\{app(r)}\\
net use Z: /delete
"""
    return "tools/publish.cmd", c


@neg("make", "makefile-password-required", "makefile")
def n_make(r):
    c = f"""REGISTRY ?= registry.{domain(r)}
IMAGE    := $(REGISTRY)/{app(r)}

push:
ifndef REGISTRY_PASSWORD
\t$(error REGISTRY_PASSWORD is not set)
endif
\t@echo "$$REGISTRY_PASSWORD" | docker login $(REGISTRY) -u $(REGISTRY_USER) --password-stdin
\tdocker push $(IMAGE):$(VERSION)
"""
    return "Makefile", c


@neg("gitlab-ci", "gitlab-ci-predefined-variables", "yaml")
def n_gitlab_ci(r):
    v = pick(r, "24", "25", "26", "27")
    c = f"""build-{app(r)}:
  image: docker:{v}
  services: [docker:{v}-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login "$CI_REGISTRY" -u "$CI_REGISTRY_USER" --password-stdin
    - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA" .
    - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA"
"""
    return ".gitlab-ci.yml", c


@neg("github-actions", "gha-secrets-context", "yaml")
def n_gha(r):
    c = f"""name: release
on: {{push: {{tags: ["v*"]}}}}
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          registry: registry.{domain(r)}
          username: ${{{{ vars.REGISTRY_USER }}}}
          password: ${{{{ secrets.REGISTRY_PASSWORD }}}}
      - run: docker build -t registry.{domain(r)}/{app(r)}:${{{{ github.ref_name }}}} .
"""
    return ".github/workflows/release.yml", c


@neg("jenkins", "jenkinsfile-with-credentials", "groovy")
def n_jenkinsfile(r):
    c = f"""pipeline {{
    agent any
    stages {{
        stage('Publish') {{
            steps {{
                withCredentials([usernamePassword(credentialsId: '{app(r)}-nexus',
                                                  usernameVariable: 'NEXUS_USER',
                                                  passwordVariable: 'NEXUS_PASS')]) {{
                    sh './gradlew publish -PnexusUser=$NEXUS_USER -PnexusPassword=$NEXUS_PASS'
                }}
            }}
        }}
    }}
}}
"""
    return "Jenkinsfile", c


@neg("bitbucket", "bitbucket-secured-variable", "yaml")
def n_bitbucket(r):
    c = f"""image: {pick(r, 'node:20', 'node:18', 'php:8.3-cli', 'atlassian/default-image:4')}
pipelines:
  branches:
    {pick(r, 'main', 'master', 'release')}:
      - step:
          name: Deploy {app(r)}
          script:
            - pipe: atlassian/ftp-deploy:0.3.7
              variables:
                USER: $FTP_USERNAME
                PASSWORD: $FTP_PASSWORD
                SERVER: $FTP_HOST
                REMOTE_PATH: /{pick(r, 'public_html', 'www', 'htdocs/' + app(r))}
"""
    return "bitbucket-pipelines.yml", c


# --------------------- negatives: secret-store references -------------------
@neg("aws", "ecs-task-secrets-valuefrom", "json")
def n_ecs(r):
    acct = "".join(r.choice(string.digits) for _ in range(12))
    region = pick(r, "us-east-1", "eu-west-1", "eu-central-1")
    c = f"""{{
  "family": "{app(r)}",
  "containerDefinitions": [
    {{
      "name": "{app(r)}",
      "image": "{acct}.dkr.ecr.{region}.amazonaws.com/{app(r)}:latest",
      "secrets": [
        {{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:{region}:{acct}:secret:prod/{app(r)}/db-{rstr(r, 6)}:password::"}},
        {{"name": "SMTP_PASSWORD", "valueFrom": "arn:aws:ssm:{region}:{acct}:parameter/{app(r)}/smtp_password"}}
      ]
    }}
  ]
}}
"""
    return "deploy/ecs/taskdef.json", c


@neg("azure", "appservice-keyvault-reference", "json")
def n_kv(r):
    c = f"""[
  {{"name": "DB_USER", "value": "{user(r)}", "slotSetting": false}},
  {{"name": "DB_PASSWORD", "value": "@Microsoft.KeyVault(SecretUri=https://kv-{app(r)}-prod.vault.azure.net/secrets/db-password/)", "slotSetting": false}}
]
"""
    return "deploy/azure/appsettings.json", c


@neg("gcp", "spring-gcp-secret-manager-ref", "properties")
def n_gcp(r):
    c = f"""spring.config.import=sm://
spring.datasource.username={user(r)}
spring.datasource.password=${{sm://projects/{app(r)}-prod/secrets/db-password/versions/latest}}
"""
    return "src/main/resources/application-gcp.properties", c


@neg("1password", "op-inject-template", "yaml")
def n_op(r):
    c = f"""# rendered with: op inject -i config.tpl.yml -o config.yml
database:
  host: {host(r, 'pg')}
  user: {user(r)}
  password: "{{{{ op://{org(r)}-prod/{app(r)}-db/password }}}}"
"""
    return "config/config.tpl.yml", c


@neg("vault", "vault-agent-template", "conf")
def n_vault_tpl(r):
    c = f"""{{{{ with secret "secret/data/{app(r)}/db" -}}}}
DB_USER={{{{ .Data.data.username }}}}
DB_PASSWORD={{{{ .Data.data.password }}}}
{{{{- end }}}}
"""
    return "vault/templates/%s.ctmpl" % app(r), c


@neg("vault", "spring-vault-path-reference", "yaml")
def n_vault_spring(r):
    c = f"""spring:
  cloud:
    vault:
      uri: https://vault.{domain(r)}:8200
      authentication: KUBERNETES
      kv:
        enabled: true
        backend: secret
        default-context: {app(r)}
  datasource:
    password: ${{vault:secret/data/{app(r)}/db#password}}
"""
    return "src/main/resources/bootstrap.yml", c


# ---------------------- negatives: obvious test dummies ---------------------
@neg("app", "test-config-dummy-password", "yaml")
def n_testcfg(r):
    c = f"""# test settings - throwaway containers started by the test harness
database:
  host: localhost
  port: 5432
  name: {app(r)}_test
  user: test
  password: test
"""
    return "config/test.yml", c


@neg("postgresql", "localhost-postgres-postgres-url", "python")
def n_pg_local(r):
    c = f"""import os

import pytest

TEST_DATABASE_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/{app(r)}_test"
)


@pytest.fixture(scope="session")
def db_url():
    return TEST_DATABASE_URL
"""
    return "tests/conftest.py", c


@neg("phpunit", "phpunit-xml-dummy-env", "xml")
def n_phpunit(r):
    c = f"""<?xml version="1.0" encoding="UTF-8"?>
<phpunit bootstrap="vendor/autoload.php" colors="true">
    <php>
        <env name="APP_ENV" value="testing"/>
        <env name="APP_NAME" value="{app(r)}"/>
        <env name="DB_CONNECTION" value="sqlite"/>
        <env name="DB_DATABASE" value=":memory:"/>
        <env name="DB_PASSWORD" value=""/>
    </php>
</phpunit>
"""
    return "phpunit.xml", c

# --------------------- negatives: more server software ----------------------
@neg("wildfly", "wildfly-credential-reference", "xml")
def n_wildfly(r):
    a = app(r).capitalize()
    c = f"""<datasource jndi-name="java:jboss/datasources/{a}DS" pool-name="{a}DS" enabled="true">
    <connection-url>jdbc:postgresql://{host(r, 'pg')}:5432/{dbname(r)}</connection-url>
    <driver>postgresql</driver>
    <security>
        <user-name>${{env.DB_USER}}</user-name>
        <credential-reference store="{app(r)}-credstore" alias="db-password"/>
    </security>
</datasource>
"""
    return "wildfly/%s-ds.xml" % app(r), c


@neg("shiro", "shiro-ini-hashed-credentials", "ini")
def n_shiro(r):
    c = f"""[main]
credentialsMatcher = org.apache.shiro.authc.credential.Sha256CredentialsMatcher
credentialsMatcher.storedCredentialsHexEncoded = true
iniRealm.credentialsMatcher = $credentialsMatcher

[users]
{pick(r, 'admin', 'ops')} = {hexs(r, 64)}, admin

[urls]
/** = authcBasic
"""
    return "conf/shiro.ini", c


@neg("zabbix", "zabbix-vault-db-path", "conf")
def n_zabbix(r):
    c = f"""LogFile=/var/log/zabbix/zabbix_server.log
DBHost={host(r, 'pg')}
DBName=zabbix
# DBUser/DBPassword are fetched from Vault at start-up
VaultURL=https://vault.{domain(r)}:8200
VaultDBPath=secret/zabbix/database
StartPollers={r.randint(5, 40)}
"""
    return "zabbix/zabbix_server.conf", c


@neg("nagios", "nagios-resource-cfg-paths-only", "conf")
def n_nagios(r):
    c = f"""# Sets $USER1$ to be the path to the plugins
$USER1$=/usr/lib/nagios/plugins
# Sets $USER2$ to be the path to event handlers
$USER2$=/usr/lib/nagios/plugins/eventhandlers
# $USER3$ = /etc/nagios/{app(r)}-checks
$USER3$=/etc/nagios/{app(r)}-checks
"""
    return "nagios/resource.cfg", c


@neg("nextcloud", "nextcloud-config-getenv", "php")
def n_nextcloud(r):
    c = f"""<?php
$CONFIG = array (
  'trusted_domains' => array (0 => 'cloud.{domain(r)}'),
  'dbtype' => 'pgsql',
  'dbname' => 'nextcloud',
  'dbhost' => getenv('POSTGRES_HOST'),
  'dbuser' => getenv('POSTGRES_USER'),
  'dbpassword' => getenv('POSTGRES_PASSWORD'),
);
"""
    return "nextcloud/config/zz-env.config.php", c


@neg("gitea", "gitea-app-ini-env-override", "ini")
def n_gitea(r):
    c = f"""APP_NAME = {org(r).capitalize()} Git

[database]
DB_TYPE  = postgres
HOST     = {host(r, 'pg')}:5432
NAME     = gitea
USER     = gitea
; PASSWD is injected by the container via GITEA__database__PASSWD
PASSWD   =

[security]
MIN_PASSWORD_LENGTH = {r.randint(10, 16)}
PASSWORD_COMPLEXITY = lower,upper,digit
"""
    return "gitea/conf/app.ini", c


@neg("keepalived", "keepalived-jinja-auth-pass", "conf")
def n_keepalived(r):
    c = f"""vrrp_instance VI_{r.randint(1, 9)} {{
    state {{{{ keepalived_state }}}}
    interface {pick(r, 'eth0', 'ens192')}
    virtual_router_id {r.randint(10, 250)}
    priority {{{{ keepalived_priority }}}}
    authentication {{
        auth_type PASS
        auth_pass {{{{ vault_keepalived_auth_pass }}}}
    }}
    virtual_ipaddress {{
        {ip(r)}/24
    }}
}}
"""
    return "roles/lb/templates/keepalived.conf.j2", c


@neg("azure-pipelines", "azure-pipelines-variable-group", "yaml")
def n_azdo(r):
    c = f"""trigger: [main]
pool:
  vmImage: ubuntu-latest
variables:
  - group: {app(r)}-prod-secrets   # linked to Key Vault kv-{app(r)}-prod
steps:
  - script: ./scripts/migrate.sh "$(sqlUser)" "$(sqlPassword)"
    displayName: Run migrations
    env:
      SQL_PASSWORD: $(sqlPassword)
"""
    return "azure-pipelines.yml", c


@neg("circleci", "circleci-service-container-dummy", "yaml")
def n_circle(r):
    c = f"""version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        environment:
          DATABASE_URL: postgresql://postgres:postgres@localhost:5432/{app(r)}_test
      - image: cimg/postgres:16.2
        environment:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
    steps:
      - checkout
      - run: pytest -q
"""
    return ".circleci/config.yml", c


@neg("airflow", "airflow-secrets-backend-config", "ini")
def n_airflow(r):
    c = f"""[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {{"connections_prefix": "airflow/{app(r)}/connections", "variables_prefix": "airflow/{app(r)}/variables"}}
"""
    return "airflow/airflow.cfg", c


@neg("logstash", "logstash-keystore-reference", "conf")
def n_logstash(r):
    c = f"""output {{
  elasticsearch {{
    hosts    => ["https://{host(r, 'es')}:9200"]
    user     => "logstash_writer"
    password => "${{LOGSTASH_WRITER_PW}}"
    index    => "{app(r)}-%{{+YYYY.MM.dd}}"
  }}
}}
"""
    return "logstash/pipeline/%s.conf" % app(r), c


@neg("mosquitto", "mosquitto-passwd-hashes", "text")
def n_mosq(r):
    c = "".join("%s:$7$101$%s$%s\n" % (u, rb64(r, 12), rb64(r, 64))
                for u in sorted({pick(r, 'sensor-%02d' % r.randint(1, 40), user(r)) for _ in range(3)}))
    return "mosquitto/config/passwd", c

# === END OF TEMPLATES ===


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def _plan(r, templates, n):
    """Spread n cases evenly over templates, remainder at random, shuffled."""
    if not templates:
        return []
    base, rem = divmod(n, len(templates))
    plan = []
    for t in templates:
        plan += [t] * base
    plan += r.sample(templates, rem)
    r.shuffle(plan)
    return plan


def _write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(content)


def build(outdir, seed):
    r = random.Random(seed)
    manifest, secrets = [], []
    pos_needles = []
    for i, (prov, kind, ft, fn) in enumerate(_plan(r, POS_T, N_POS)):
        _CTX.clear()
        res = fn(r)
        path, content, needle = res[0], res[1], res[2]
        extra = res[3] if len(res) > 3 else {}
        assert content.count(needle) == 1, (fn.__name__, needle)
        case = "pos/p%04d" % i
        _write(os.path.join(outdir, case, path), content)
        for p2, c2 in extra.items():
            assert needle not in c2, fn.__name__
            _write(os.path.join(outdir, case, p2), c2)
        rel = case + "/" + path
        manifest.append({"file": rel, "label": "pos", "provider": prov,
                         "kind": kind, "filetype": ft})
        line = content.count("\n", 0, content.index(needle)) + 1
        secrets.append({"file": rel, "needle": needle, "line": line})
        pos_needles.append(needle)
    neg_files = []
    for i, (prov, kind, ft, fn) in enumerate(_plan(r, NEG_T, N_NEG)):
        _CTX.clear()
        res = fn(r)
        path, content = res[0], res[1]
        extra = res[2] if len(res) > 2 else {}
        case = "neg/n%04d" % i
        _write(os.path.join(outdir, case, path), content)
        neg_files.append(content)
        for p2, c2 in extra.items():
            _write(os.path.join(outdir, case, p2), c2)
            neg_files.append(c2)
        manifest.append({"file": case + "/" + path, "label": "neg", "provider": prov,
                         "kind": kind, "filetype": ft})
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    _selfcheck(outdir, manifest, secrets, pos_needles, neg_files)
    return manifest, secrets


def _selfcheck(outdir, manifest, secrets, pos_needles, neg_files):
    for m in manifest:
        assert os.path.isfile(os.path.join(outdir, m["file"])), m["file"]
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
        assert len(s["needle"]) >= 8, s
    if POS_T:
        assert sum(m["label"] == "pos" for m in manifest) == N_POS
    if NEG_T:
        assert sum(m["label"] == "neg" for m in manifest) == N_NEG
    blob = "\n\x00\n".join(neg_files)
    for nd in pos_needles:
        assert nd not in blob, "positive needle found in a negative: %r" % nd


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    for sub in ("pos", "neg"):
        if os.path.isdir(os.path.join(outdir, sub)) and os.listdir(os.path.join(outdir, sub)):
            sys.stderr.write("refusing to write into non-empty %s/%s\n" % (outdir, sub))
            return 1
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = build(outdir, seed)
    print("seed %d: %d positives, %d negatives, %d pos templates, %d neg templates"
          % (seed, len(secrets), len(manifest) - len(secrets), len(POS_T), len(NEG_T)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
