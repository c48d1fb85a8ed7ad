#!/usr/bin/env python3
"""gen_nq -- blind evaluation-set generator: data-connection files and report definitions.

EMPHASIS
    Credentials that live in database / BI connection definitions:
    Microsoft Data Link .udl (UTF-16LE + BOM, [oledb] header, written as binary), ODBC file DSNs
    (.dsn), odbc.ini / odbcinst.ini, Office Data Connection .odc (HTML + odc XML), Excel web
    queries .iqy and ODBC queries .dqy, xl/connections.xml of an unzipped workbook, Power BI
    .pbids and Power Query M scripts (.pq/.m), SSRS .rds/.rsds/.rdl, Tableau .tds/.twb and
    tabcmd / tableauserverclient scripts, JasperReports (Studio .dataadapter.xml, buildomatic
    default_master.properties, JasperReports Server REST jdbcDataSource JSON), Crystal Reports
    .NET code (SetDatabaseLogon), Oracle tnsnames.ora / sqlnet.ora / wallets, sqlplus/expdp/sqlldr
    connect strings, python-oracledb, mkstore, JDBC thin URLs, DBeaver data-sources.json,
    JetBrains dataSources.xml / dataSources.local.xml, SQL Developer connections.json, HeidiSQL
    settings export, Navicat .ncx, pgAdmin servers.json + .pgpass, SQuirreL SQLAliases23.xml,
    MySQL Workbench connections.xml, .my.cnf, Metabase (config.yml, env, API keys, embedding
    secret), Superset (superset_config.py, database export YAML), Redash (API keys, data source
    JSON, .iqy result URLs), Looker (looker.ini / SDK env), Power BI service principal (Azure AD
    client secret), Databricks ODBC (PAT as PWD), Snowflake ODBC, appsettings.json / web.config
    connection strings, SSIS .dtsConfig, Kubernetes Secrets, MCP client configs (Tableau MCP
    PAT), docker-compose / env-file for Metabase and Redash, Airflow connection URIs.
    File types: udl dsn ini odc iqy dqy xml json pbids pq rds rsds rdl tds twb ora par sh ps1 bat
    py js properties yaml yml cs sql txt md cnf pgpass R groovy (Jenkinsfile) dtsConfig ncx list.

USAGE
    python3 -B gen_nq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED
    (random.Random(SEED) only; no time, no str hash()).

NEEDLE CONVENTIONS
    needle = the secret exactly as written in the file (after any XML escaping the file format
    requires -- the generator avoids characters that would need escaping), line = 1-based line
    of its first occurrence; every needle occurs exactly once in its file.
    * sqlplus/EZConnect "user/pass@tns", JDBC "user/pass@", URLs "user:pass@host": needle is the
      password part only.
    * Tableau PAT: needle is the whole PAT secret "<base64>==:<32 alnum>".
    * HeidiSQL settings export: the Password value is HeidiSQL's reversible obfuscation (hex of
      char+salt, trailing salt digit); it is labelled positive (kind obfuscated_password) and the
      needle is the obfuscated string as it appears.
    * .udl files are UTF-16LE with BOM, treated as binary: needle = hex of the UTF-16LE bytes of
      the password, line 0.
    * Redash .iqy: needle is the api_key query-parameter value.
    * SQLAlchemy odbc_connect URL (pre-encoded with quote_plus): needle is the URL-encoded
      password as written.
    * Kubernetes Secret data (base64 of a whole connection string with a password): needle is
      the whole base64 value (the password is not visible otherwise).

NEGATIVES
    About half reuse the positive templates with the secret replaced by: empty value,
    placeholders (<password>, YOUR_API_KEY, changeme, REPLACE_ME), ${ENV}/%ENV%/$(VAR) references,
    language env lookups (os.environ, process.env, Environment.GetEnvironmentVariable, $env:),
    Jinja/Helm/Ansible templating, vault lookups, masked values (********, Metabase
    "**MetabasePass**", Superset "XXXXXXXXXX", Redash "--------"), prompts.
    The other half are look-alikes: tnsnames.ora, sqlnet.ora with wallet, wallet-based
    "sqlplus /@alias", "/ as sysdba", odbcinst.ini driver lists, .pbids, integrated/Windows auth
    (Integrated Security=SSPI, Trusted_Connection=yes) in .udl/.dsn/.odc/.rds/.rdl/web.config,
    SSRS prompt credentials, MySQL Workbench connections.xml (password kept in vault), JetBrains
    dataSources(.local).xml with secret-storage, DBeaver data-sources.json without credentials,
    SQL Developer connections.json with encrypted password (needs db.system.id not in repo),
    Navicat .ncx with SavePassword="false", pgAdmin servers.json with PassFile, Tableau .tds
    federated ids, Power BI workspace/report/dataset GUIDs and tenant ids, Metabase public
    sharing UUIDs, Looker client_id alone with secret from env, JDBC driver SHA-256 checksums,
    connection GUIDs, Oracle DBIDs, driver names, Tableau connected-app client id / secret id
    (UUIDs shown in the UI; the secret value is referenced from Vault), JetBrains/HeidiSQL
    entries without saved passwords.

FORMATS CHECKED
    * Searched the docs corpus for Metabase API keys (metabase.com/docs .../api-keys) and Tableau
      PAT sign-in (help.tableau.com REST auth, tableau.github.io server-client-python): they
      confirm the products, headers (x-api-key) and names (token name / token value) but not
      the exact token shapes, which come from my own knowledge (see DOUBTS).
    * Everything else (UDL layout, .dsn/.odbc.ini keys, ODC HTML structure, iqy/dqy layout,
      SpreadsheetML connections.xml dbPr, RDS/RDL schema, Tableau XML, SQLAliases23.xml,
      Workbench GRT XML, pgAdmin servers.json keys, Azure AD client secret "xxx8Q~" shape,
      Databricks "dapi"+32 hex, Redash 40-char alnum keys, Looker 20/24-char client id/secret)
      is written from my own knowledge of these products' files.

DOUBTS
    * Metabase API key shape assumed "mb_" + base64 of 32 random bytes (44 chars).
    * Tableau PAT secret assumed base64(16 bytes) + ":" + 32 alnum.
    * Tableau .tds 'password' attribute and DBeaver plaintext "password" in data-sources.json
      configuration are less common than keychain/encrypted storage but do occur (hand-edited /
      provisioned configs); labelled positive.
    * SQL Developer encrypted password is random base64 here (not a real ciphertext); labelled
      negative because decryption needs the db.system.id that lives outside the repository.
    * Navicat stores passwords with a static-key cipher (reversible); to keep labels honest no
      Navicat ciphertext is produced at all -- Navicat negatives have SavePassword="false".
    * HeidiSQL obfuscation algorithm reproduced from memory.
    * No search result showed any secret scanner's rules or source.
"""
import base64
import json
import os
import random
import shutil
import string
import sys

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
HEX = "0123456789abcdef"

# --------------------------------------------------------------------------------------------
# vocabulary
WORDS = (
    "harbor maple otter falcon copper river granite willow orbit cactus lantern meadow pepper "
    "violet thunder ember glacier saffron tundra walnut cobalt marble quartz raven sparrow "
    "summit canyon breeze mango olive pirate rocket shadow silver spruce tiger velvet winter "
    "autumn banjo biscuit candle dragon eagle forest gopher hazel island jungle kettle lemon "
    "magnet nickel ocean panda quill rhino salmon tulip umbrella vortex whistle yellow zephyr "
    "anchor bamboo castle dolphin elbow fjord garnet hornet igloo jasper koala lobster mosaic "
    "nectar oyster pelican quasar radish sequoia teapot unicorn vapor wombat yonder zigzag "
    "blue red green purple orange crimson amber indigo scarlet teal"
).split()
CAPWORDS = ("Bayern Chelsea Dakota Everest Fenway Gotham Hudson Juneau Kodiak Lakers Monaco "
            "Nairobi Oregon Phoenix Quebec Rainier Sahara Toronto Utah Verona Wembley Yukon "
            "Zurich Sydney Lisbon Denver Boston Austin Madrid Oslo Porto Sparta Apollo Athena "
            "Nimbus Orion Pegasus Titan Zeus Odin Freya Luna Nova Stella").split()
FIRST = "anna ben carlos dmitri elena farid grace hiro ines jonas kate liam maria nikhil olga pavel quinn rosa sven tara umar vera wei yusuf".split()
LAST = "smith novak garcia kowalski nguyen mueller rossi tanaka okafor silva berg jensen patel ivanova lopez dubois".split()
COMPANIES = "acme northwind contoso fabrikam globex initech umbrella-corp wayne-ent stark-ind helios vandelay kestrel bluefin arcadia meridian orbis".split()
DBS = "sales dw edw analytics reporting finance crm orders inventory billing hr_core ledger marts warehouse telemetry ops_metrics stage_db".split()
DBUSERS = "svc_report rpt_reader etl_user app_ro bi_service tableau_ro powerbi_svc sa_report looker metabase superset redash_ro dwh_loader report_app scott hr apps jasper crystal_rpt".split()
SCHEMAS = "dbo sales_mart finance public staging core reporting analytics".split()
TABLES = "FactSales DimCustomer DimProduct vw_orders_daily gl_balances invoice_lines customer_360 kpi_monthly shipments pipeline_stages".split()
HOSTSFX = ["corp.local", "internal", "prod.internal", "db.{c}.com", "{c}.net", "dc1.{c}.lan", "eu-west-1.rds.amazonaws.com", "database.windows.net"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def rstr(r, n, alpha=ALNUM):
    return "".join(alpha[r.randrange(len(alpha))] for _ in range(n))


def guid(r, upper=False):
    h = rstr(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    g = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def company(r):
    return pick(r, COMPANIES)


def host(r, kind="sql"):
    c = company(r).replace("-", "")
    pre = {"sql": ["sql", "sqlprd", "mssql", "dwh-sql", "sqlbi"],
           "pg": ["pg", "pgsql", "postgres", "pg-analytics", "pgdw"],
           "my": ["mysql", "mariadb", "my-db", "mysql-rpt"],
           "ora": ["ora", "oradb", "exadata", "orcl", "erpdb"],
           "web": ["reports", "bi", "dash", "analytics", "metabase", "superset", "redash"]}[kind]
    sfx = pick(r, HOSTSFX).format(c=c)
    if sfx == "database.windows.net":
        return "%s-%s.database.windows.net" % (c, pick(r, ["sql", "dw", "bi", "prod"]))
    if sfx.endswith("rds.amazonaws.com"):
        return "%s-%s.%s.%s" % (pick(r, pre), pick(r, ["prod", "rpt", "main"]), rstr(r, 12, LOWER_ALNUM), sfx)
    return "%s%02d.%s" % (pick(r, pre), r.randint(1, 12), sfx)


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 254), r.randint(0, 254), r.randint(2, 250))


def dbuser(r):
    return pick(r, DBUSERS)


def person(r):
    return "%s.%s" % (pick(r, FIRST), pick(r, LAST))


def wsid(r):
    return "%s-%s%d" % (pick(r, ["LT", "WS", "DESKTOP", "PC"]), rstr(r, 5, string.ascii_uppercase + string.digits), r.randint(1, 9))


# --------------------------------------------------------------------------------------------
# secret generators (value, kind)
SYM_ANY = "!#*-_.+=?~^"
SYM_URL = "-_.~"
BANNED = ("test", "example", "dummy", "fake", "sample", "password", "changeme", "secret", "xxxx")


def _clean(v):
    lv = v.lower()
    return not any(b in lv for b in BANNED)


def human_pw(r, syms=SYM_ANY):
    style = r.randrange(7)
    sym = pick(r, syms)
    if style == 0:
        v = pick(r, CAPWORDS) + str(r.randint(1970, 2025)) + sym
    elif style == 1:
        v = pick(r, WORDS) + sym + pick(r, WORDS).capitalize() + str(r.randint(1, 99))
    elif style == 2:
        w = pick(r, WORDS) + pick(r, WORDS)
        tr = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}
        w = "".join(tr.get(ch, ch) if r.random() < 0.5 else ch for ch in w)
        v = w[0].upper() + w[1:] + sym + str(r.randint(0, 999))
    elif style == 3:
        v = pick(r, CAPWORDS) + sym + pick(r, CAPWORDS) + sym + str(r.randint(10, 99))
    elif style == 4:
        v = pick(r, FIRST).capitalize() + str(r.randint(1, 31)).zfill(2) + str(r.randint(1, 12)).zfill(2) + sym + pick(r, WORDS)
    elif style == 5:
        v = pick(r, WORDS).upper()[:4] + sym + rstr(r, 4, string.digits) + sym + pick(r, WORDS).capitalize()
    else:
        v = pick(r, CAPWORDS) + pick(r, WORDS) + str(r.randint(100, 9999)) + sym + sym
    return v


def gen_pw(r, syms=SYM_ANY):
    n = r.randint(16, 32)
    alpha = ALNUM * 3 + syms
    while True:
        v = rstr(r, n, alpha)
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def passphrase(r, syms=SYM_ANY):
    sep = pick(r, [s for s in "-._" if s in syms] or ["-"])
    ws = [pick(r, WORDS) for _ in range(r.randint(3, 5))]
    if r.random() < 0.5:
        k = r.randrange(len(ws))
        ws[k] = ws[k].capitalize()
    return sep.join(ws) + sep + str(r.randint(1, 99))


def sec_password(r, syms=SYM_ANY):
    while True:
        x = r.random()
        if x < 0.42:
            v, k = human_pw(r, syms), "password"
        elif x < 0.72:
            v, k = gen_pw(r, syms), "generated_password"
        elif x < 0.82 and "+" in syms and "=" in syms:
            v, k = base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([18, 24]))) ).decode().replace("/", "+"), "generated_password"
        elif x < 0.88:
            v, k = rstr(r, 32, HEX), "generated_password"
        else:
            v, k = passphrase(r, syms), "passphrase"
        if _clean(v) and len(v) >= 8:
            return v, k


def sec_pw_any(r):
    return sec_password(r, SYM_ANY)


def sec_pw_url(r):
    return sec_password(r, SYM_URL)


def sec_pw_conn(r):  # inside ;-separated connection strings: '@' and ':' fine too
    return sec_password(r, SYM_ANY + "@$")


def sec_pw_shell(r):  # sqlplus user/pass@tns: no @ / quotes
    return sec_password(r, "#_-.+=~^")


def sec_pw_bat(r):  # cmd.exe: no ^ % & | < >
    return sec_password(r, "#_-.+~")


def mb_encryption_key(r):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), "encryption_key"


def tableau_pat(r):
    while True:
        v = base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode() + ":" + rstr(r, 32)
        if _clean(v):
            return v, "pat_secret"


def looker_secret(r):
    while True:
        v = rstr(r, 24)
        if _clean(v):
            return v, "client_secret"


def metabase_key(r):
    while True:
        v = "mb_" + base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode()
        if _clean(v):
            return v, "api_key"


def metabase_embed(r):
    return rstr(r, 64, HEX), "embedding_secret"


def redash_key(r):
    while True:
        v = rstr(r, 40)
        if _clean(v):
            return v, "api_key"


def azure_secret(r):
    a = ALNUM + "_~."
    while True:
        v = rstr(r, 3, a) + str(r.randint(0, 9)) + "Q~" + rstr(r, 34, a + "-")
        if _clean(v) and not v.endswith("."):
            return v, "client_secret"


def databricks_pat(r):
    v = "dapi" + rstr(r, 32, HEX)
    if r.random() < 0.3:
        v += "-" + str(r.randint(2, 3))
    return v, "access_token"


def flask_key(r):
    return rstr(r, 42, ALNUM), "app_secret_key"


def heidi_obf(r):
    pw, _ = sec_password(r, SYM_ANY)
    salt = r.randint(1, 9)
    out = ""
    for ch in pw:
        n = ord(ch) + salt
        if n > 255:
            n -= 255
        out += "%02x" % n
    return out + str(salt), "obfuscated_password"


# --------------------------------------------------------------------------------------------
# negative placeholder values
class Env(str):
    """A placeholder that is an environment/secret lookup; str() is ${NAME} form."""

    def __new__(cls, name, text=None):
        o = str.__new__(cls, text if text is not None else "${%s}" % name)
        o.name = name
        return o


def q(v, lang, quote='"'):
    """Render value v as a literal (or env lookup for Env) in language lang."""
    if isinstance(v, Env):
        n = v.name
        return {"py": 'os.environ["%s"]' % n, "py2": 'os.getenv("%s")' % n,
                "js": "process.env.%s" % n, "cs": 'Environment.GetEnvironmentVariable("%s")' % n,
                "vb": 'Environment.GetEnvironmentVariable("%s")' % n,
                "ps": "$env:%s" % n, "sh": '"${%s}"' % n, "r": 'Sys.getenv("%s")' % n,
                "groovy": "env.%s" % n, "java": 'System.getenv("%s")' % n}.get(lang, str(v))
    return quote + v + quote


ENV_NAMES_PW = ["DB_PASSWORD", "DB_PASS", "SQL_PASSWORD", "PGPASSWORD", "ORACLE_PWD", "REPORT_DB_PASSWORD", "DWH_PASSWORD", "MSSQL_SA_PASSWORD", "RPT_PWD"]
PH_PW = ["", "<password>", "<YOUR_PASSWORD>", "changeme", "REPLACE_ME", "********", "{{ db_password }}",
         "{{ .Values.db.password }}", "%DB_PASSWORD%", "$(DB_PASSWORD)", "your_password_here", "__DB_PASSWORD__",
         "#{DbPassword}#", "{{ vault `secret/data/bi/db` `password` }}"]
XMLISH = ("xml", "rds", "rdl", "tds", "twb", "odc", "config", "ncx", "rsds", "dtsConfig")
PH_TOKEN = ["", "<YOUR_API_KEY>", "YOUR_API_KEY", "REPLACE_ME", "********", "{{ api_key }}", "__API_KEY__", "<token>", "xxxxxxxx"]


def neg_value(r, tpl):
    """Non-secret replacement for the template's secret slot."""
    x = r.random()
    custom = tpl.get("negvals")
    if custom and (x < 0.35 or tpl.get("negonly")):
        return pick(r, custom)
    if x < 0.6:
        names = tpl.get("envnames") or (ENV_NAMES_PW if tpl["kindclass"] == "pw" else ["API_KEY", "API_TOKEN"])
        n = pick(r, names)
        return Env(n, tpl["envfmt"] % n if tpl.get("envfmt") else None)
    vals = PH_PW if tpl["kindclass"] == "pw" else PH_TOKEN
    if tpl["filetype"] in XMLISH:
        vals = [v for v in vals if "<" not in v and ">" not in v]
    return pick(r, vals)


# --------------------------------------------------------------------------------------------
# helpers for content
def mssql_cs_oledb(r, user, pw, srv=None, db=None):
    srv = srv or host(r, "sql")
    db = db or pick(r, DBS)
    parts = ["Provider=%s" % pick(r, ["SQLOLEDB.1", "SQLNCLI11.1", "MSOLEDBSQL.1", "MSOLEDBSQL19.1"]),
             "Password=%s" % pw, "Persist Security Info=True", "User ID=%s" % user,
             "Initial Catalog=%s" % db, "Data Source=%s" % srv]
    tail = ["Use Procedure for Prepare=1", "Auto Translate=True", "Packet Size=4096",
            "Workstation ID=%s" % wsid(r), "Use Encryption for Data=False",
            "Tag with column collation when possible=False"]
    return ";".join(parts + tail[:r.randint(0, len(tail))])


def mssql_cs_ado(r, user, pw, srv=None, db=None):
    srv = srv or host(r, "sql")
    db = db or pick(r, DBS)
    st = r.randrange(3)
    if st == 0:
        return "Server=%s;Database=%s;User Id=%s;Password=%s;" % (srv, db, user, pw)
    if st == 1:
        return "Data Source=tcp:%s,1433;Initial Catalog=%s;User ID=%s;Password=%s;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" % (srv, db, user, pw)
    return "server=%s;database=%s;uid=%s;pwd=%s;MultipleActiveResultSets=true;Application Name=%s" % (srv, db, user, pw, pick(r, ["ReportRunner", "BI.Export", "Nightly ETL"]))


def integrated_cs(r):
    srv = host(r, "sql")
    db = pick(r, DBS)
    return pick(r, [
        "Provider=SQLOLEDB.1;Integrated Security=SSPI;Persist Security Info=False;Initial Catalog=%s;Data Source=%s" % (db, srv),
        "Server=%s;Database=%s;Trusted_Connection=True;MultipleActiveResultSets=true" % (srv, db),
        "Data Source=%s;Initial Catalog=%s;Integrated Security=True;Encrypt=True" % (srv, db),
        "Server=tcp:%s,1433;Initial Catalog=%s;Authentication=Active Directory Default;Encrypt=True" % (srv, db),
    ])


def comment_block(r, prefix, lines):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in lines)


def sql_query(r):
    t = pick(r, TABLES)
    s = pick(r, SCHEMAS)
    return pick(r, [
        "SELECT * FROM %s.%s" % (s, t),
        "SELECT region, SUM(amount) AS total FROM %s.%s WHERE fiscal_year = %d GROUP BY region" % (s, t, r.randint(2019, 2025)),
        "SELECT TOP 1000 * FROM [%s].[%s] ORDER BY 1 DESC" % (s, t),
        "SELECT customer_id, order_date, net_amount FROM %s.%s WHERE order_date >= DATEADD(day, -%d, GETDATE())" % (s, t, r.choice([7, 30, 90])),
    ])


def xml_attr_ok(v):
    return not any(c in v for c in "&<>\"'")


# --------------------------------------------------------------------------------------------
# TEMPLATES (each: fn(r, v) -> (relpath, text or bytes))
T = []


def tpl(name, provider, filetype, sec, kindclass="pw", binary=False, negvals=None, envnames=None, envfmt=None, negonly=False):
    def deco(fn):
        T.append(dict(name=name, provider=provider, filetype=filetype, sec=sec, kindclass=kindclass,
                      fn=fn, binary=binary, negvals=negvals, envnames=envnames, envfmt=envfmt, negonly=negonly))
        return fn
    return deco


@tpl("udl_oledb", "sqlserver", "udl", sec_pw_conn, binary=True)
def t_udl(r, v):
    user = dbuser(r)
    if r.random() < 0.5:
        cs = mssql_cs_oledb(r, user, v)
    else:
        cs = "Provider=%s;Password=%s;User ID=%s;Data Source=%s;Persist Security Info=True" % (
            pick(r, ["OraOLEDB.Oracle.1", "MSDAORA.1"]), v, user.upper(), pick(r, ["ORCLPDB1", "ERPPRD", "DWHPROD", "FINPRD"]))
    txt = "[oledb]\r\n; Everything after this line is an OLE DB initstring\r\n" + cs + "\r\n"
    rel = pick(r, ["connections/%s.udl" % pick(r, DBS), "tools/%s.udl" % pick(r, ["prod", "dw", "reporting"]), "Reports/Shared/%s.udl" % pick(r, DBS)])
    return rel, b"\xff\xfe" + txt.encode("utf-16-le")


@tpl("odbc_file_dsn", "sqlserver", "dsn", sec_pw_conn)
def t_dsn(r, v):
    srv = host(r, "sql")
    lines = ["[ODBC]", "DRIVER=%s" % pick(r, ["ODBC Driver 17 for SQL Server", "ODBC Driver 18 for SQL Server", "SQL Server Native Client 11.0", "SQL Server"]),
             "UID=%s" % dbuser(r)]
    extra = ["DATABASE=%s" % pick(r, DBS), "WSID=%s" % wsid(r), "APP=Microsoft Office 2016",
             "SERVER=%s" % srv, "Encrypt=%s" % pick(r, ["yes", "no", "Optional"]), "TrustServerCertificate=yes",
             "Description=%s reporting source" % company(r)]
    r.shuffle(extra)
    lines += extra[:r.randint(3, len(extra))]
    lines.insert(r.randint(2, len(lines)), "PWD=%s" % v)
    if not any(l.startswith("SERVER=") for l in lines):
        lines.append("SERVER=%s" % srv)
    rel = pick(r, ["odbc/%s.dsn" % pick(r, DBS), "%s.dsn" % pick(r, ["Prod", "DW", "Reporting", "Finance"]), "excel/dsn/%s_prod.dsn" % pick(r, DBS)])
    return rel, "\r\n".join(lines) + "\r\n"


ODBC_DRIVERS = {
    "postgresql": ("PostgreSQL Unicode", "/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so", "Servername", "Port", "5432", "Database", "Username", "Password"),
    "mysql": ("MySQL ODBC 8.0 Unicode Driver", "/usr/lib/x86_64-linux-gnu/odbc/libmyodbc8w.so", "SERVER", "PORT", "3306", "DATABASE", "USER", "PASSWORD"),
    "sqlserver": ("ODBC Driver 18 for SQL Server", "/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1", "Server", None, None, "Database", "UID", "PWD"),
    "snowflake": ("SnowflakeDSIIDriver", "/usr/lib64/snowflake/odbc/lib/libSnowflake.so", "server", None, None, "database", "uid", "pwd"),
}


@tpl("odbc_ini", "odbc", "ini", sec_pw_conn)
def t_odbc_ini(r, v):
    kinds = list(ODBC_DRIVERS)
    main = pick(r, kinds)
    others = [k for k in kinds if k != main]
    r.shuffle(others)
    dsns = [(k, False) for k in others[:r.randint(0, 2)]] + [(main, True)]
    r.shuffle(dsns)
    names = {}
    out = ["[ODBC Data Sources]"]
    for k, _ in dsns:
        names[k] = "%s_%s" % (pick(r, ["prod", "dw", "rpt", "bi", "ro"]), k if k != "sqlserver" else "mssql")
        out.append("%s = %s" % (names[k], ODBC_DRIVERS[k][0]))
    out.append("")
    for k, is_main in dsns:
        drv, lib, hk, pk, pv, dk, uk, pwk = ODBC_DRIVERS[k]
        out.append("[%s]" % names[k])
        out.append("Description = %s %s" % (company(r).title(), pick(r, ["warehouse", "reporting replica", "finance mart", "ops"])))
        out.append("Driver = %s" % pick(r, [drv, lib]))
        if k == "snowflake":
            out.append("%s = %s.%s.snowflakecomputing.com" % (hk, rstr(r, 7, string.ascii_lowercase), pick(r, ["eu-central-1", "us-east-1", "west-europe.azure"])))
            out.append("warehouse = %s_WH" % pick(r, ["REPORTING", "BI", "LOAD", "ADHOC"]))
            out.append("role = %s" % pick(r, ["ANALYST", "BI_READER", "SYSADMIN"]))
        else:
            out.append("%s = %s" % (hk, host(r, {"postgresql": "pg", "mysql": "my", "sqlserver": "sql"}[k])))
            if pk:
                out.append("%s = %s" % (pk, pv))
        out.append("%s = %s" % (dk, pick(r, DBS)))
        if is_main:
            out.append("%s = %s" % (uk, dbuser(r)))
            out.append("%s = %s" % (pwk, v))
        else:
            out.append("%s = %s" % (uk, dbuser(r)))
        if k == "postgresql":
            out += ["SSLmode = %s" % pick(r, ["require", "verify-full", "prefer"]), "ReadOnly = %s" % pick(r, ["Yes", "No"])]
        if k == "sqlserver":
            out += ["Encrypt = yes", "TrustServerCertificate = %s" % pick(r, ["yes", "no"])]
        out.append("")
    rel = pick(r, ["odbc.ini", "docker/odbc/odbc.ini", "etc/odbc.ini", "deploy/odbc.ini", "config/odbc.ini"])
    if r.random() < 0.3:
        out = ["; managed by ansible role odbc_dsn", "; %s" % pick(r, ["do not edit by hand", "see docs/odbc.md"]), ""] + out
    return rel, "\n".join(out)


@tpl("odbc_databricks", "databricks", "ini", databricks_pat, kindclass="tok", envnames=["DATABRICKS_TOKEN"])
def t_odbc_dbx(r, v):
    ws = "adb-%d.%d.azuredatabricks.net" % (r.randint(10 ** 15, 10 ** 16 - 1), r.randint(1, 19)) if r.random() < 0.5 else "%s-%s.cloud.databricks.com" % (company(r).replace("-", ""), pick(r, ["prod", "analytics", "de"]))
    wh = rstr(r, 16, HEX)
    name = pick(r, ["Databricks", "dbx_sql", "Databricks_Prod"])
    lines = ["[ODBC Data Sources]", "%s = Simba Spark ODBC Driver" % name, "", "[%s]" % name,
             "Driver = /opt/simba/spark/lib/64/libsparkodbc_sb64.so", "Host = %s" % ws, "Port = 443",
             "HTTPPath = /sql/1.0/warehouses/%s" % wh, "SSL = 1", "ThriftTransport = 2", "AuthMech = 3",
             "UID = token", "PWD = %s" % v, "Schema = %s" % pick(r, ["default", "gold", "reporting"])]
    if r.random() < 0.5:
        lines.insert(0, "# Databricks SQL warehouse for the finance dashboards")
    return pick(r, ["odbc.ini", "conf/odbc.ini", "docker/powerbi-gateway/odbc.ini"]), "\n".join(lines) + "\n"


@tpl("odc_html", "sqlserver", "odc", sec_pw_conn)
def t_odc(r, v):
    user = dbuser(r)
    db = pick(r, DBS)
    tbl = pick(r, TABLES)
    srv = host(r, "sql")
    name = "%s %s %s" % (srv.split(".")[0], db, tbl)
    cs = mssql_cs_oledb(r, user, v, srv, db)
    txt = """<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/x-ms-odc; charset=utf-8">
<meta name=ProgId content=ODC.Table>
<meta name=SourceType content=OLEDB>
<title>{name}</title>
<xml id=docprops><o:DocumentProperties
  xmlns:o="urn:schemas-microsoft-com:office:office"
  xmlns="http://www.w3.org/TR/REC-html40">
  <o:Description>{desc}</o:Description>
  <o:Name>{name}</o:Name>
 </o:DocumentProperties>
</xml><xml id=msodc><odc:OfficeDataConnection
  xmlns:odc="urn:schemas-microsoft-com:office:odc"
  xmlns="http://www.w3.org/TR/REC-html40">
  <odc:Connection odc:Type="OLEDB">
   <odc:ConnectionString>{cs}</odc:ConnectionString>
   <odc:CommandType>Table</odc:CommandType>
   <odc:CommandText>&quot;{db}&quot;.&quot;{schema}&quot;.&quot;{tbl}&quot;</odc:CommandText>
  </odc:Connection>
 </odc:OfficeDataConnection>
</xml>
<style>
<!--
    .ODCDataSource
    {{
    behavior: url(dataconn.htc);
    }}
-->
</style>

</head>

<body onload='init()' scroll=no leftmargin=0 topmargin=0 rightmargin=0 style='border: 0px'>
<table style='border: solid 1px threedface; height: 100%; width: 100%' cellpadding=0 cellspacing=0 width='100%'>
  <tr>
    <td id=tdName style='font-family:arial; font-size:medium; padding: 3px; background-color: threedface'>
      &nbsp;
    </td>
     <td id=tdTableDropdown style='padding: 3px; background-color: threedface; vertical-align: top; padding-bottom: 3px'>

      &nbsp;
    </td>
  </tr>
  <tr>
    <td id=tdDesc colspan='2' style='border-bottom: 1px threedshadow solid; font-family: Arial; font-size: 1pt; padding: 2px; background-color: threedface'>

      &nbsp;
    </td>
  </tr>
  <tr>
    <td colspan='2' style='height: 100%; padding-bottom: 4px; border-top: 1px threedhighlight solid;'>
      <div id='pt' style='height: 100%' class='ODCDataSource'></div>
    </td>
  </tr>
</table>


<script language='javascript'>

function init() {{
  var sName, sDescription;
  var i, j;

  try {{
    sName = unescape(location.href)

    i = sName.lastIndexOf(".")
    if (i>=0) {{ sName = sName.substring(1, i); }}

    i = sName.lastIndexOf("/")
    if (i>=0) {{ sName = sName.substring(i+1, sName.length); }}

    document.title = sName;
    document.getElementById("tdName").innerText = sName;

    sDescription = document.getElementById("docprops").innerHTML;

    i = sDescription.indexOf("escription>")
    if (i>=0) {{ j = sDescription.indexOf("escription>", i + 11); }}

    if (i>=0 && j >= 0) {{
      j = sDescription.lastIndexOf("</", j);

      if (j>=0) {{
          sDescription = sDescription.substring(i+11, j);
          if (sDescription != "") {{
              document.getElementById("tdDesc").style.fontSize="x-small";
              document.getElementById("tdDesc").innerHTML = sDescription;
            }}
          }}
       }}
    }}
  catch(e) {{

    }}
  }}
</script>

</body>

</html>
""".format(name=name, desc=pick(r, ["", "Daily sales extract", "Finance close workbook source", "Owned by BI team"]),
           cs=cs, db=db, schema=pick(r, SCHEMAS), tbl=tbl)
    rel = pick(r, ["My Data Sources/%s.odc" % name, "excel/connections/%s_%s.odc" % (db, tbl), "shared/odc/%s.odc" % tbl])
    return rel, txt


@tpl("iqy_redash", "redash", "iqy", redash_key, kindclass="tok", negvals=['["api_key","Redash API key:"]'])
def t_iqy(r, v):
    h = host(r, "web")
    qid = r.randint(12, 4800)
    lines = ["WEB", "1", "https://%s/api/queries/%d/results.csv?api_key=%s" % (h, qid, v), "",
             "Selection=EntirePage", "Formatting=None", "PreFormattedTextToColumns=True",
             "ConsecutiveDelimitersAsOne=True", "SingleBlockTextImport=False",
             "DisableDateRecognition=False", "DisableRedirections=False"]
    return pick(r, ["excel/queries/redash_%d.iqy" % qid, "reports/%s.iqy" % pick(r, DBS), "WebQueries/query_%d.iqy" % qid]), "\r\n".join(lines) + "\r\n"


@tpl("iqy_basic_url", "web-report", "iqy", sec_pw_url)
def t_iqy2(r, v):
    h = host(r, "web")
    user = dbuser(r)
    path = pick(r, ["ReportServer?/Finance/Daily%20Sales&rs:Format=CSV", "export/kpi.html", "cgi-bin/report.pl?id=%d" % r.randint(1, 900)])
    lines = ["WEB", "1", "https://%s:%s@%s/%s" % (user, v, h, path), "",
             "Selection=%d" % r.randint(1, 4), "Formatting=%s" % pick(r, ["None", "RTF", "All"]),
             "PreFormattedTextToColumns=True", "ConsecutiveDelimitersAsOne=True",
             "SingleBlockTextImport=False", "DisableDateRecognition=False", "DisableRedirections=False"]
    return pick(r, ["excel/%s.iqy" % pick(r, DBS), "WebQueries/%s.iqy" % pick(r, ["kpi", "daily", "stock"])]), "\r\n".join(lines) + "\r\n"


@tpl("dqy_odbc", "odbc", "dqy", sec_pw_conn)
def t_dqy(r, v):
    dsn = pick(r, ["Prod", "DWH", "Sales DW", "FinanceMart", "Oracle ERP"])
    cs = "DSN=%s;UID=%s;PWD=%s;APP=Microsoft Office 2016;WSID=%s;DATABASE=%s" % (dsn, dbuser(r), v, wsid(r), pick(r, DBS))
    lines = ["XLODBC", "1", cs, sql_query(r)]
    if r.random() < 0.5:
        lines += ["", "", "region\ttotal"]
    return pick(r, ["excel/%s.dqy" % pick(r, DBS), "Queries/%s.dqy" % pick(r, TABLES)]), "\r\n".join(lines) + "\r\n"


@tpl("xlsx_connections_xml", "excel", "xml", sec_pw_conn)
def t_xlconn(r, v):
    user = dbuser(r)
    name = "%s %s" % (host(r, "sql").split(".")[0], pick(r, TABLES))
    if r.random() < 0.55:
        cs = mssql_cs_oledb(r, user, v)
        typ = 5
        cmd = '&quot;%s&quot;.&quot;dbo&quot;.&quot;%s&quot;' % (pick(r, DBS), pick(r, TABLES))
        ct = 3
    else:
        cs = "DRIVER=%s;SERVER=%s;UID=%s;PWD=%s;APP=Microsoft Office;DATABASE=%s" % (pick(r, ["SQL Server", "ODBC Driver 17 for SQL Server"]), host(r, "sql"), user, v, pick(r, DBS))
        typ = 1
        cmd = sql_query(r).replace("'", "&apos;")
        ct = 2
    txt = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<connections xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="xr16" '
           'xmlns:xr16="http://schemas.microsoft.com/office/spreadsheetml/2017/revision16">'
           '<connection id="%d" xr16:uid="{%s}" keepAlive="1" name="%s" type="%d" refreshedVersion="%d" '
           'savePassword="1" background="1" saveData="1"><dbPr connection="%s" command="%s" commandType="%d"/>'
           '</connection></connections>' % (r.randint(1, 4), guid(r, True), name, typ, r.choice([6, 7, 8]), cs, cmd, ct))
    return pick(r, ["reports/%s_xlsx/xl/connections.xml" % pick(r, DBS), "xl/connections.xml", "templates/unzipped/xl/connections.xml"]), txt


@tpl("powerquery_odbc", "powerbi", "pq", sec_pw_conn)
def t_pq(r, v):
    dsn = pick(r, ["Snowflake", "DWH_PROD", "Redshift BI", "PostgreSQL35W"])
    t1 = pick(r, TABLES)
    txt = """let
    // {cmt}
    Source = Odbc.DataSource("dsn={dsn};uid={u};pwd={v}", [HierarchicalNavigation=true]),
    Db = Source{{[Name="{db}",Kind="Database"]}}[Data],
    Schema = Db{{[Name="{sch}",Kind="Schema"]}}[Data],
    Tbl = Schema{{[Name="{t1}",Kind="Table"]}}[Data],
    Filtered = Table.SelectRows(Tbl, each [fiscal_year] >= {yr}),
    Typed = Table.TransformColumnTypes(Filtered, {{{{"amount", type number}}, {{"order_date", type date}}}}),
    Renamed = Table.RenameColumns(Typed, {{{{"amount", "Net Amount"}}}})
in
    Renamed
""".format(cmt=pick(r, ["pulled from warehouse via gateway", "TODO move to parameters", "nightly refresh"]), dsn=dsn,
           u=dbuser(r), v=v, db=pick(r, DBS).upper(), sch=pick(r, SCHEMAS).upper(), t1=t1.upper(), yr=r.randint(2018, 2024))
    return pick(r, ["powerbi/queries/%s.pq" % t1, "pbi/%s.m" % t1, "PowerQuery/%s.pq" % t1]), txt


@tpl("powerquery_web_header", "metabase", "pq", metabase_key, kindclass="tok")
def t_pq_web(r, v):
    h = host(r, "web")
    card = r.randint(10, 900)
    txt = """let
    BaseUrl = "https://{h}",
    Response = Web.Contents(BaseUrl, [
        RelativePath = "api/card/{card}/query/json",
        Headers = [#"x-api-key" = "{v}", #"Content-Type" = "application/json"],
        Content = Text.ToBinary("{{}}")
    ]),
    Json = Json.Document(Response),
    AsTable = Table.FromRecords(Json),
    Typed = Table.TransformColumnTypes(AsTable, {{{{"created_at", type datetime}}, {{"total", type number}}}})
in
    Typed
""".format(h=h, card=card, v=v)
    return pick(r, ["powerbi/metabase_card_%d.pq" % card, "queries/metabase.m"]), txt


@tpl("powerbi_sp_python", "azure-ad", "py", azure_secret, kindclass="tok", envnames=["PBI_CLIENT_SECRET", "AZURE_CLIENT_SECRET"])
def t_pbi_py(r, v):
    var = pick(r, ["CLIENT_SECRET", "client_credential", "SP_SECRET", "APP_CRED"])
    txt = '''"""Refresh Power BI datasets for the {c} finance workspace."""
import msal
import requests

TENANT_ID = "{tid}"
CLIENT_ID = "{cid}"
{var} = {val}
WORKSPACE_ID = "{ws}"
DATASET_IDS = [
    "{d1}",
    "{d2}",
]

AUTHORITY = f"https://login.microsoftonline.com/{{TENANT_ID}}"
SCOPE = ["https://analysis.windows.net/powerbi/api/.default"]


def token():
    app = msal.ConfidentialClientApplication(CLIENT_ID, authority=AUTHORITY, client_credential={var})
    res = app.acquire_token_for_client(scopes=SCOPE)
    if "access_token" not in res:
        raise RuntimeError(res.get("error_description"))
    return res["access_token"]


def refresh(ds):
    url = f"https://api.powerbi.com/v1.0/myorg/groups/{{WORKSPACE_ID}}/datasets/{{ds}}/refreshes"
    r = requests.post(url, headers={{"Authorization": f"Bearer {{token()}}"}}, json={{"notifyOption": "MailOnFailure"}})
    r.raise_for_status()


if __name__ == "__main__":
    for ds in DATASET_IDS:
        refresh(ds)
'''.format(c=company(r), tid=guid(r), cid=guid(r), var=var, val=q(v, "py"), ws=guid(r), d1=guid(r), d2=guid(r))
    return pick(r, ["scripts/pbi_refresh.py", "powerbi/refresh_datasets.py", "ops/powerbi/refresh.py"]), txt


@tpl("powerbi_embed_appsettings", "azure-ad", "json", azure_secret, kindclass="tok")
def t_pbi_embed(r, v):
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
         "AllowedHosts": "*",
         "PowerBI": {"AuthenticationMode": "ServicePrincipal", "AuthorityUrl": "https://login.microsoftonline.com/organizations/",
                     "ScopeBase": ["https://analysis.windows.net/powerbi/api/.default"],
                     "ClientId": guid(r), "TenantId": guid(r), pick(r, ["ClientSecret", "AppSecret", "Credential"]): v,
                     "WorkspaceId": guid(r), "ReportId": guid(r)}}
    return pick(r, ["src/EmbedApp/appsettings.json", "PowerBIEmbedded/appsettings.json", "web/appsettings.Production.json"]), json.dumps(d, indent=2) + "\n"


@tpl("ssrs_rds", "sqlserver", "rds", sec_pw_conn)
def t_rds(r, v):
    name = pick(r, ["DW", "SalesDW", "FinanceMart", "OpsReporting"])
    txt = """<?xml version="1.0" encoding="utf-8"?>
<RptDataSource xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" Name="{n}">
  <ConnectionProperties>
    <Extension>SQL</Extension>
    <ConnectString>Data Source={s};Initial Catalog={db};User ID={u};Password={v}</ConnectString>
  </ConnectionProperties>
  <DataSourceID>{g}</DataSourceID>
</RptDataSource>
""".format(n=name, s=host(r, "sql"), db=pick(r, DBS), u=dbuser(r), v=v, g=guid(r))
    return pick(r, ["Reports/%s.rds" % name, "ssrs/SharedDataSources/%s.rds" % name, "%s.Reports/%s.rds" % (company(r).title(), name)]), txt


def rdl_body(r, ds_xml):
    fields = r.sample(["Region", "Country", "Amount", "OrderDate", "Customer", "Product", "Quantity", "Margin"], r.randint(3, 6))
    flds = "\n".join('        <Field Name="%s">\n          <DataField>%s</DataField>\n          <rd:TypeName>System.String</rd:TypeName>\n        </Field>' % (f, f) for f in fields)
    return """<?xml version="1.0" encoding="utf-8"?>
<Report xmlns="http://schemas.microsoft.com/sqlserver/reporting/2016/01/reportdefinition" xmlns:rd="http://schemas.microsoft.com/SQLServer/reporting/reportdesigner">
  <AutoRefresh>0</AutoRefresh>
  <DataSources>
{ds}
  </DataSources>
  <DataSets>
    <DataSet Name="Main">
      <Query>
        <DataSourceName>{dsn}</DataSourceName>
        <CommandText>{q}</CommandText>
      </Query>
      <Fields>
{flds}
      </Fields>
    </DataSet>
  </DataSets>
  <ReportSections>
    <ReportSection>
      <Body>
        <Height>2in</Height>
        <Style />
      </Body>
      <Width>6.5in</Width>
      <Page>
        <PageHeight>8.5in</PageHeight>
        <PageWidth>11in</PageWidth>
        <Style />
      </Page>
    </ReportSection>
  </ReportSections>
  <rd:ReportUnitType>Inch</rd:ReportUnitType>
  <rd:ReportID>{rid}</rd:ReportID>
</Report>
""".format(ds=ds_xml, dsn="DataSource1", q=sql_query(r).replace("<", "&lt;").replace(">", "&gt;"), flds=flds, rid=guid(r))


@tpl("ssrs_rdl_embedded", "sqlserver", "rdl", sec_pw_conn)
def t_rdl(r, v):
    ds = """    <DataSource Name="DataSource1">
      <ConnectionProperties>
        <DataProvider>SQL</DataProvider>
        <ConnectString>{cs}</ConnectString>
      </ConnectionProperties>
      <rd:SecurityType>DataBase</rd:SecurityType>
      <rd:DataSourceID>{g}</rd:DataSourceID>
    </DataSource>""".format(cs=mssql_cs_ado(r, dbuser(r), v), g=guid(r))
    name = pick(r, ["SalesByRegion", "MonthlyClose", "InventoryAging", "TopCustomers"])
    return pick(r, ["Reports/%s.rdl" % name, "ssrs/%s.rdl" % name]), rdl_body(r, ds)


@tpl("tableau_tds_password", "tableau", "tds", sec_pw_conn)
def t_tds(r, v):
    fed = "federated." + rstr(r, 28, LOWER_ALNUM)
    cls = pick(r, ["postgres", "sqlserver", "mysql", "redshift", "snowflake"])
    nc = "%s.%s" % (cls, rstr(r, 28, LOWER_ALNUM))
    srv = host(r, {"postgres": "pg", "sqlserver": "sql", "mysql": "my", "redshift": "pg", "snowflake": "pg"}[cls])
    port = {"postgres": "5432", "sqlserver": "", "mysql": "3306", "redshift": "5439", "snowflake": ""}[cls]
    cols = "\n".join("  <column datatype='%s' name='[%s]' role='%s' type='%s' />" % (
        pick(r, ["string", "integer", "real", "date"]), c, pick(r, ["dimension", "measure"]), pick(r, ["nominal", "quantitative", "ordinal"]))
        for c in r.sample(["region", "amount", "order_date", "customer_id", "sku", "margin", "channel"], 4))
    txt = """<?xml version='1.0' encoding='utf-8' ?>

<datasource formatted-name='{fed}' inline='true' source-platform='{plat}' version='18.1' xmlns:user='http://www.tableausoftware.com/xml/user'>
  <document-format-change-manifest>
    <_.fcp.ObjectModelEncapsulateLegacy.true...ObjectModelEncapsulateLegacy />
  </document-format-change-manifest>
  <connection class='federated'>
    <named-connections>
      <named-connection caption='{srv}' name='{nc}'>
        <connection authentication='username-password' class='{cls}' dbname='{db}' odbc-native-protocol='' one-time-sql='' password='{v}' port='{port}' server='{srv}' username='{u}' />
      </named-connection>
    </named-connections>
    <relation connection='{nc}' name='{tbl}' table='[{sch}].[{tbl}]' type='table' />
  </connection>
  <aliases enabled='yes' />
{cols}
  <layout dim-ordering='alphabetic' measure-ordering='alphabetic' show-structure='true' />
  <semantic-values>
    <semantic-value key='[Country].[Name]' value='&quot;{country}&quot;' />
  </semantic-values>
</datasource>
""".format(fed=fed, plat=pick(r, ["win", "mac"]), srv=srv, nc=nc, cls=cls, db=pick(r, DBS), v=v, port=port,
           u=dbuser(r), tbl=pick(r, TABLES), sch=pick(r, SCHEMAS), cols=cols, country=pick(r, ["Germany", "United States", "France", "Netherlands"]))
    return pick(r, ["tableau/datasources/%s.tds" % pick(r, DBS), "Datasources/%s.tds" % pick(r, TABLES)]), txt


@tpl("tableau_tsc_python", "tableau", "py", tableau_pat, kindclass="tok", envnames=["TABLEAU_PAT_SECRET", "TABLEAU_TOKEN_VALUE"])
def t_tsc(r, v):
    site = pick(r, ["", company(r), "finance", "bi-prod"])
    txt = '''import tableauserverclient as TSC

SERVER = "https://{srv}"
SITE = "{site}"
TOKEN_NAME = "{tn}"
{var} = {val}


def main():
    auth = TSC.PersonalAccessTokenAuth(TOKEN_NAME, {var}, site_id=SITE)
    server = TSC.Server(SERVER, use_server_version=True)
    with server.auth.sign_in(auth):
        opts = TSC.RequestOptions(pagesize=1000)
        for wb in TSC.Pager(server.workbooks, opts):
            if wb.project_name == "{proj}":
                server.workbooks.refresh(wb.id)
                print("refresh queued", wb.name)


if __name__ == "__main__":
    main()
'''.format(srv=pick(r, ["10ax.online.tableau.com", "prod-uk-a.online.tableau.com", "tableau.%s.com" % company(r).replace("-", ""), "us-east-1.online.tableau.com"]),
           site=site, tn=pick(r, ["ci-refresh", "airflow", "automation", "svc-extract-refresh"]),
           var=pick(r, ["TOKEN_VALUE", "PAT_SECRET", "TOKEN", "PAT"]), val=q(v, "py"), proj=pick(r, ["Finance", "Sales", "Ops"]))
    return pick(r, ["scripts/tableau_refresh.py", "dags/tableau/refresh_extracts.py", "tools/tableau/refresh.py"]), txt


@tpl("tableau_tabcmd_pat", "tableau", "sh", tableau_pat, kindclass="tok", envnames=["TABLEAU_PAT"])
def t_tabcmd(r, v):
    txt = """#!/usr/bin/env bash
# Publish extracts after the nightly load
set -euo pipefail

SERVER="https://{srv}"
SITE="{site}"

tabcmd login -s "$SERVER" -t "$SITE" --token-name "{tn}" --token-value {val}
for f in extracts/*.hyper; do
  name=$(basename "$f" .hyper)
  tabcmd publish "$f" -n "$name" -r "{proj}" --overwrite
done
tabcmd refreshextracts --datasource "{ds}" --project "{proj}"
tabcmd logout
""".format(srv=pick(r, ["tableau.%s.com" % company(r).replace("-", ""), "10ay.online.tableau.com"]), site=pick(r, ["finance", company(r), "default"]),
           tn=pick(r, ["jenkins", "publisher", "ci"]), val=q(v, "sh", "'"), proj=pick(r, ["Finance", "Sales Analytics"]), ds=pick(r, DBS))
    return pick(r, ["scripts/publish_extracts.sh", "ci/tableau_publish.sh"]), txt


@tpl("tableau_tabcmd_password", "tableau", "bat", sec_pw_bat, envfmt="%%%s%%")
def t_tabcmd_pw(r, v):
    txt = """@echo off
REM nightly publish of {wb}
set TABCMD="C:\\Program Files\\Tableau\\Tableau Server\\packages\\bin.{ver}\\tabcmd.exe"
%TABCMD% login -s https://{srv} -u {u} -p {v} --no-certcheck
%TABCMD% publish "D:\\Tableau\\{wb}.twbx" -r "{proj}" --overwrite --db-username {dbu} --save-db-password
%TABCMD% logout
""".format(wb=pick(r, ["Sales Dashboard", "KPI Overview", "Inventory"]), ver=pick(r, ["20234.24.0109.1214", "20231.23.0310.1045"]),
           srv=pick(r, ["tableau.%s.com" % company(r).replace("-", ""), "tabsrv01.corp.local"]), u=pick(r, ["svc_tableau", "tab_admin", person(r)]),
           v=v, proj=pick(r, ["Finance", "Sales"]), dbu=dbuser(r))
    return pick(r, ["scripts\\publish.bat".replace("\\", "/"), "jobs/tableau_publish.cmd"]), txt.replace("\n", "\r\n")


@tpl("looker_ini", "looker", "ini", looker_secret, kindclass="tok", envnames=["LOOKERSDK_CLIENT_SECRET"])
def t_looker_ini(r, v):
    sect = pick(r, ["Looker", "Production", "prod"])
    lines = ["[%s]" % sect, "# Base URL for API. Do not include /api/* in the url",
             "base_url=https://%s.%s" % (company(r).replace("-", ""), pick(r, ["cloud.looker.com", "looker.com:19999", "eu.looker.com"])),
             "# API client id", "client_id=%s" % rstr(r, 20), "# API client secret", "client_secret=%s" % v,
             "# Set to false if testing locally against self-signed certs. Otherwise leave True", "verify_ssl=True",
             "timeout=%d" % r.choice([120, 300, 600])]
    if r.random() < 0.4:
        lines += ["", "[Dev]", "base_url=https://dev-%s.cloud.looker.com" % company(r).replace("-", ""), "verify_ssl=False"]
    return pick(r, ["looker.ini", "config/looker.ini", "tools/looker/looker.ini"]), "\n".join(lines) + "\n"


@tpl("looker_ci_env", "looker", "yaml", looker_secret, kindclass="tok")
def t_looker_yaml(r, v):
    txt = """name: lookml-validate
on:
  pull_request:
    paths: ["views/**", "models/**"]

jobs:
  validate:
    runs-on: ubuntu-latest
    env:
      LOOKERSDK_BASE_URL: https://{c}.cloud.looker.com
      LOOKERSDK_CLIENT_ID: {cid}
      LOOKERSDK_CLIENT_SECRET: {v}
      LOOKERSDK_VERIFY_SSL: "true"
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install spectacles=={sv}
      - run: spectacles sql --project {proj} --branch ${{{{ github.head_ref }}}}
      - run: spectacles assert --project {proj} --branch ${{{{ github.head_ref }}}}
""".format(c=company(r).replace("-", ""), cid=rstr(r, 20), v=v, sv=pick(r, ["2.4.8", "2.4.3", "2.3.9"]), proj=pick(r, ["analytics", "finance_lookml", "core"]))
    return ".github/workflows/%s.yml" % pick(r, ["lookml", "spectacles", "looker-validate"]), txt


@tpl("metabase_api_python", "metabase", "py", metabase_key, kindclass="tok", envnames=["METABASE_API_KEY", "MB_API_KEY"])
def t_mb_py(r, v):
    var = pick(r, ["MB_API_KEY", "API_KEY", "METABASE_KEY", "HEADERS_TOKEN", "mb_auth"])
    txt = '''import csv
import requests

METABASE = "https://{h}"
{var} = {val}


def export_card(card_id, out):
    resp = requests.post(
        f"{{METABASE}}/api/card/{{card_id}}/query/csv",
        headers={{"x-api-key": {var}}},
        timeout=120,
    )
    resp.raise_for_status()
    with open(out, "wb") as fh:
        fh.write(resp.content)


if __name__ == "__main__":
    for cid in ({c1}, {c2}, {c3}):
        export_card(cid, f"exports/card_{{cid}}.csv")
'''.format(h=host(r, "web"), var=var, val=q(v, "py"), c1=r.randint(1, 300), c2=r.randint(300, 600), c3=r.randint(600, 999))
    return pick(r, ["scripts/metabase_export.py", "jobs/mb_export.py", "etl/metabase/cards.py"]), txt


@tpl("metabase_config_yml_db", "metabase", "yml", sec_pw_any, negvals=["**MetabasePass**"])
def t_mb_cfg(r, v):
    txt = """version: 1
config:
  settings:
    site-name: {c} analytics
    site-url: https://{h}
    report-timezone: {tz}
    enable-embedding: false
  users:
    - first_name: {fn}
      last_name: {ln}
      email: {fn}.{ln}@{c}.com
      password: "{{{{ env METABASE_ADMIN_PASSWORD }}}}"
  databases:
    - name: {dbn}
      engine: postgres
      details:
        host: {dh}
        port: 5432
        dbname: {db}
        user: {u}
        password: "{v}"
        ssl: true
        tunnel-enabled: false
""".format(c=company(r), h=host(r, "web"), tz=pick(r, ["Europe/Berlin", "UTC", "America/New_York"]), fn=pick(r, FIRST), ln=pick(r, LAST),
           dbn=pick(r, ["Warehouse", "Product DB", "Finance"]), dh=host(r, "pg"), db=pick(r, DBS), u=dbuser(r), v=v)
    return pick(r, ["metabase/config.yml", "deploy/metabase/config.yml", "config.yml"]), txt


@tpl("metabase_compose", "metabase", "yaml", sec_pw_url)
def t_mb_compose(r, v):
    txt = """services:
  metabase:
    image: metabase/metabase:v0.{mv}.{mp}
    container_name: metabase
    ports:
      - "3000:3000"
    environment:
      MB_DB_TYPE: postgres
      MB_DB_DBNAME: metabaseappdb
      MB_DB_PORT: 5432
      MB_DB_USER: metabase
      MB_DB_PASS: {v}
      MB_DB_HOST: postgres
      JAVA_TIMEZONE: {tz}
    healthcheck:
      test: curl --fail -I http://localhost:3000/api/health || exit 1
      interval: 15s
      timeout: 5s
      retries: 5
    depends_on:
      - postgres
  postgres:
    image: postgres:{pg}
    environment:
      POSTGRES_USER: metabase
      POSTGRES_DB: metabaseappdb
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
    volumes:
      - pgdata:/var/lib/postgresql/data
    secrets:
      - pg_password

secrets:
  pg_password:
    file: ./secrets/pg_password.txt

volumes:
  pgdata:
""".format(mv=r.randint(46, 52), mp=r.randint(0, 9), v=v, tz=pick(r, ["Europe/Berlin", "UTC", "US/Pacific"]), pg=pick(r, ["15", "16", "14-alpine"]))
    return pick(r, ["docker-compose.yml", "metabase/docker-compose.yml", "deploy/compose.yaml"]), txt


@tpl("metabase_embed_secret", "metabase", "js", metabase_embed, kindclass="tok", envnames=["METABASE_SECRET_KEY", "MB_EMBEDDING_SECRET_KEY"])
def t_mb_embed(r, v):
    var = pick(r, ["METABASE_SECRET_KEY", "EMBED_SIGNING_KEY", "mbSecret"])
    txt = """// Signed embedding for the customer portal dashboard
const jwt = require("jsonwebtoken");

const METABASE_SITE_URL = "https://{h}";
const {var} = {val};

function dashboardUrl(customerId) {{
  const payload = {{
    resource: {{ dashboard: {d} }},
    params: {{ customer_id: customerId }},
    exp: Math.round(Date.now() / 1000) + 10 * 60,
  }};
  const token = jwt.sign(payload, {var});
  return METABASE_SITE_URL + "/embed/dashboard/" + token + "#bordered=true&titled=false";
}}

module.exports = {{ dashboardUrl }};
""".format(h=host(r, "web"), var=var, val=q(v, "js"), d=r.randint(2, 80))
    return pick(r, ["src/lib/metabase.js", "server/embed.js", "api/metabaseEmbed.js"]), txt


@tpl("superset_config_py", "superset", "py", sec_pw_url, envnames=["SUPERSET_DB_PASSWORD"])
def t_superset(r, v):
    u = pick(r, ["superset", "superset_app", dbuser(r)])
    if isinstance(v, Env):
        uri = 'f"postgresql+psycopg2://%s:{os.environ[\'SUPERSET_DB_PASSWORD\']}@%s:5432/superset"' % (u, host(r, "pg"))
    else:
        uri = '"postgresql+psycopg2://%s:%s@%s:5432/superset"' % (u, v, host(r, "pg"))
    txt = """import os
from celery.schedules import crontab

ROW_LIMIT = {rl}
SUPERSET_WEBSERVER_PORT = 8088
SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]
SQLALCHEMY_DATABASE_URI = {uri}
WTF_CSRF_ENABLED = True
WTF_CSRF_TIME_LIMIT = None
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")

FEATURE_FLAGS = {{
    "ALERT_REPORTS": True,
    "DASHBOARD_RBAC": True,
    "EMBEDDED_SUPERSET": {emb},
}}

class CeleryConfig:
    broker_url = "redis://{rh}:6379/0"
    imports = ("superset.sql_lab", "superset.tasks.scheduler")
    result_backend = "redis://{rh}:6379/1"
    beat_schedule = {{
        "reports.scheduler": {{"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")}},
    }}

CELERY_CONFIG = CeleryConfig
""".format(rl=r.choice([5000, 10000, 50000]), uri=uri, emb=pick(r, ["True", "False"]), rh=pick(r, ["redis", "superset-redis", "10.0.3.12"]))
    return pick(r, ["superset_config.py", "docker/pythonpath/superset_config.py", "superset/superset_config.py"]), txt


@tpl("redash_datasource_json", "redash", "json", sec_pw_any, negvals=["--------"])
def t_redash_ds(r, v):
    d = {"name": pick(r, ["Warehouse (prod)", "Replica", "Finance PG"]), "type": pick(r, ["pg", "redshift", "mysql"]),
         "options": {"host": host(r, "pg"), "port": 5432, "dbname": pick(r, DBS), "user": dbuser(r), "password": v,
                     "sslmode": pick(r, ["prefer", "require"])}}
    return pick(r, ["redash/data_sources/warehouse.json", "provision/redash/ds_prod.json"]), json.dumps(d, indent=pick(r, [2, 4])) + "\n"


@tpl("redash_api_python", "redash", "py", redash_key, kindclass="tok", envnames=["REDASH_API_KEY"])
def t_redash_py(r, v):
    txt = '''import time
import requests

REDASH_URL = "https://{h}"
{var} = {val}


def fresh_results(query_id, params=None):
    s = requests.Session()
    s.headers.update({{"Authorization": "Key " + {var}}})
    resp = s.post(f"{{REDASH_URL}}/api/queries/{{query_id}}/results", json={{"parameters": params or {{}}, "max_age": 0}})
    job = resp.json().get("job")
    while job and job["status"] not in (3, 4):
        time.sleep(1)
        job = s.get(f"{{REDASH_URL}}/api/jobs/{{job['id']}}").json()["job"]
    rid = job["query_result_id"]
    return s.get(f"{{REDASH_URL}}/api/queries/{{query_id}}/results/{{rid}}.json").json()


if __name__ == "__main__":
    print(fresh_results({qid}, {{"date_range": "last_7_days"}}))
'''.format(h=host(r, "web"), var=pick(r, ["API_KEY", "REDASH_KEY", "USER_KEY"]), val=q(v, "py"), qid=r.randint(10, 2000))
    return pick(r, ["scripts/redash_refresh.py", "redash_client.py", "tools/redash/run_query.py"]), txt


@tpl("jasper_dataadapter", "jasperreports", "xml", sec_pw_any)
def t_jasper_da(r, v):
    txt = """<?xml version="1.0" encoding="UTF-8" ?>
<jdbcDataAdapter class="net.sf.jasperreports.data.jdbc.JdbcDataAdapterImpl">
  <name>{n}</name>
  <driver>{drv}</driver>
  <username>{u}</username>
  <password>{v}</password>
  <savePassword>true</savePassword>
  <url>{url}</url>
  <database>{db}</database>
  <serverAddress>{h}</serverAddress>
  <classpath>
    <path>lib/{jar}</path>
  </classpath>
</jdbcDataAdapter>
"""
    kind = r.randrange(3)
    h = host(r, ["pg", "my", "ora"][kind])
    db = pick(r, DBS)
    drv, url, jar = [("org.postgresql.Driver", "jdbc:postgresql://%s:5432/%s" % (h, db), "postgresql-42.7.3.jar"),
                     ("com.mysql.cj.jdbc.Driver", "jdbc:mysql://%s:3306/%s" % (h, db), "mysql-connector-j-8.3.0.jar"),
                     ("oracle.jdbc.OracleDriver", "jdbc:oracle:thin:@//%s:1521/%s" % (h, db.upper()), "ojdbc11.jar")][kind]
    return pick(r, ["reports/adapters/%s.xml" % db, "jasper/DataAdapter_%s.xml" % db]), txt.format(n=db.upper() + " prod", drv=drv, u=dbuser(r), v=v, url=url, db=db, h=h, jar=jar)


@tpl("jasper_buildomatic", "jasperreports", "properties", sec_pw_any)
def t_jasper_bm(r, v):
    txt = """# default_master.properties for JasperReports Server {ver}
# see js-install-ce.sh / buildomatic docs
appServerType = tomcat
appServerDir = /opt/tomcat{tv}

dbType=postgresql
dbHost={h}
dbUsername=jasperdb
dbPassword={v}
# dbPort=5432
js.dbName=jasperserver

# sample DBs not needed in prod
# sampledb.dbName=sugarcrm
# foodmart.dbName=foodmart

# webAppNameCE = jasperserver
# encrypt = true
# propsToEncrypt = dbPassword
""".format(ver=pick(r, ["8.2.0", "9.0.0", "7.8.1"]), tv=pick(r, ["9", "10", ""]), h=host(r, "pg"), v=v)
    return pick(r, ["jasperserver/buildomatic/default_master.properties", "infra/jrs/default_master.properties"]), txt


@tpl("jasper_server_rest_json", "jasperreports", "json", sec_pw_any)
def t_jasper_rest(r, v):
    db = pick(r, DBS)
    d = {"label": "%s JDBC" % db.title(), "description": pick(r, ["Prod replica for operational reports", "", "read-only"]),
         "driverClass": "org.postgresql.Driver", "username": dbuser(r), "password": v,
         "connectionUrl": "jdbc:postgresql://%s:5432/%s" % (host(r, "pg"), db), "timezone": pick(r, ["Europe/Berlin", "UTC"])}
    return pick(r, ["provisioning/jrs/datasources/%s.json" % db, "jasper/resources/%s_ds.json" % db]), json.dumps(d, indent=2) + "\n"


@tpl("crystal_setdatabaselogon", "crystalreports", "cs", sec_pw_conn, envnames=["CR_DB_PASSWORD"])
def t_crystal(r, v):
    cls = pick(r, ["InvoiceReportService", "ReportExporter", "CrystalPdfGenerator"])
    txt = """using System;
using System.IO;
using CrystalDecisions.CrystalReports.Engine;
using CrystalDecisions.Shared;

namespace {ns}.Reporting
{{
    public class {cls}
    {{
        private const string ReportDir = @"{rd}";

        public byte[] Render(string reportName, int invoiceId)
        {{
            using (var doc = new ReportDocument())
            {{
                doc.Load(Path.Combine(ReportDir, reportName + ".rpt"));
                doc.SetDatabaseLogon("{u}", {val}, "{srv}", "{db}");
                doc.SetParameterValue("InvoiceId", invoiceId);
                using (var s = doc.ExportToStream(ExportFormatType.PortableDocFormat))
                using (var ms = new MemoryStream())
                {{
                    s.CopyTo(ms);
                    return ms.ToArray();
                }}
            }}
        }}
    }}
}}
""".format(ns=company(r).replace("-", "").title(), cls=cls, rd=pick(r, ["C:\\Reports", "D:\\Apps\\Billing\\Reports"]), u=dbuser(r),
           val=q(v, "cs"), srv=host(r, "sql"), db=pick(r, DBS))
    return "src/%s.Reporting/%s.cs" % (company(r).replace("-", "").title(), cls), txt


@tpl("oracle_sqlplus_sh", "oracle", "sh", sec_pw_shell)
def t_sqlplus(r, v):
    u = pick(r, ["scott", "hr", "apps", "etl_owner", "rpt_user", "system"])
    tns = pick(r, ["ORCLPDB1", "ERPPRD", "DWHPROD", "FINPRD", "EBSDB"])
    txt = """#!/bin/ksh
# nightly GL extract -- run from cron on {h}
export ORACLE_HOME=/u01/app/oracle/product/{ov}/dbhome_1
export PATH=$ORACLE_HOME/bin:$PATH
export TNS_ADMIN=/u01/app/oracle/network/admin
OUT=/data/extracts/gl_$(date +%Y%m%d).csv

sqlplus -s {u}/{v}@{tns} <<EOF > /tmp/gl_extract.log
set pagesize 0 feedback off heading off trimspool on linesize 32767
spool $OUT
select ledger_id||','||period_name||','||accounted_dr||','||accounted_cr from gl_balances where period_name = '{per}';
spool off
exit
EOF

gzip -f "$OUT"
""".format(h=host(r, "ora").split(".")[0], ov=pick(r, ["19.0.0", "21.0.0", "12.2.0"]), u=u, v=v, tns=tns,
           per=pick(r, ["JAN-24", "MAR-23", "DEC-22"]))
    return pick(r, ["scripts/gl_extract.sh", "cron/extract_gl.ksh", "bin/nightly_extract.sh"]), txt


@tpl("oracle_expdp_parfile", "oracle", "par", sec_pw_shell)
def t_parfile(r, v):
    u = pick(r, ["system", "expdp_user", "dp_admin"])
    sch = pick(r, ["HR", "SALES", "FIN_MART", "APPS"])
    txt = """userid={u}/{v}@{tns}
directory=DATA_PUMP_DIR
dumpfile={s}_%U.dmp
logfile={s}_exp.log
schemas={s}
parallel={p}
compression=ALL
exclude=STATISTICS
flashback_time=systimestamp
""".format(u=u, v=v, tns=pick(r, ["ORCLPDB1", "PRODDB", "DWH"]), s=sch.lower(), p=r.choice([2, 4, 8]))
    return pick(r, ["dba/export_%s.par" % sch.lower(), "datapump/%s.par" % sch.lower()]), txt


@tpl("oracle_python_oracledb", "oracle", "py", sec_pw_any, envnames=["ORACLE_PASSWORD", "ORA_PWD"])
def t_oracledb(r, v):
    txt = '''import oracledb
import pandas as pd

DSN = "{h}:1521/{svc}"


def load_frame(sql):
    with oracledb.connect(user="{u}", password={val}, dsn=DSN) as conn:
        return pd.read_sql(sql, conn)


if __name__ == "__main__":
    df = load_frame("SELECT * FROM {t} WHERE ROWNUM <= {n}")
    df.to_parquet("out/{t}.parquet")
'''.format(h=host(r, "ora"), svc=pick(r, ["ORCLPDB1", "erpprd.corp", "dwh_svc"]), u=dbuser(r), val=q(v, "py"),
           t=pick(r, ["gl_balances", "ar_invoices", "po_headers_all"]), n=r.choice([1000, 50000, 1000000]))
    return pick(r, ["notebooks/oracle_pull.py", "etl/extract_oracle.py"]), txt


@tpl("oracle_mkstore", "oracle", "sh", sec_pw_shell)
def t_mkstore(r, v):
    txt = """#!/bin/bash
# create the secure external password store used by the batch jobs
WALLET=/u01/app/oracle/wallet
mkdir -p $WALLET
mkstore -wrl $WALLET -create <<< "$WALLET_PW
$WALLET_PW"
mkstore -wrl $WALLET -createCredential {alias} {u} {v} <<< "$WALLET_PW"
mkstore -wrl $WALLET -listCredential <<< "$WALLET_PW"
cat >> $TNS_ADMIN/sqlnet.ora <<EOF
WALLET_LOCATION = (SOURCE = (METHOD = FILE) (METHOD_DATA = (DIRECTORY = $WALLET)))
SQLNET.WALLET_OVERRIDE = TRUE
EOF
""".format(alias=pick(r, ["BATCHDB", "ORCL_BATCH", "ERP_RO"]), u=dbuser(r), v=v)
    return pick(r, ["dba/setup_wallet.sh", "ansible/files/mkwallet.sh"]), txt


@tpl("jdbc_oracle_thin_props", "oracle", "properties", sec_pw_shell)
def t_jdbc_ora(r, v):
    txt = """# datasource for the reporting service
spring.application.name={app}
server.port=8080
spring.datasource.url=jdbc:oracle:thin:{u}/{v}@//{h}:1521/{svc}
spring.datasource.driver-class-name=oracle.jdbc.OracleDriver
spring.datasource.hikari.maximum-pool-size={pool}
spring.datasource.hikari.connection-timeout=30000
spring.jpa.hibernate.ddl-auto=none
logging.level.org.hibernate.SQL=INFO
management.endpoints.web.exposure.include=health,info
""".format(app=pick(r, ["report-service", "invoice-api", "bi-export"]), u=dbuser(r), v=v, h=host(r, "ora"),
           svc=pick(r, ["ORCLPDB1", "ERPPRD"]), pool=r.choice([5, 10, 20]))
    return pick(r, ["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), txt


@tpl("oracle_sql_connect", "oracle", "sql", sec_pw_shell)
def t_sql_connect(r, v):
    u = pick(r, ["apps", "hr", "fin_owner", "dwh_stage"])
    txt = """-- deploy script for release {rel}
-- run as: @deploy_{rel}.sql
WHENEVER SQLERROR EXIT SQL.SQLCODE ROLLBACK
SET ECHO ON
SPOOL deploy_{rel}.log

CONNECT {u}/{v}@{tns}

@@ddl/{t}_add_columns.sql
@@plsql/pkg_{t}.pks
@@plsql/pkg_{t}.pkb

EXEC DBMS_UTILITY.COMPILE_SCHEMA(schema => '{U}', compile_all => FALSE);

SPOOL OFF
EXIT
""".format(rel=pick(r, ["2024_03", "r17", "v5_2"]), u=u, U=u.upper(), v=v, tns=pick(r, ["ERPTST", "ORCLPDB1", "DWHUAT"]), t=pick(r, ["orders", "invoice", "ledger"]))
    return pick(r, ["db/release/deploy.sql", "sql/deploy_master.sql"]), txt


@tpl("dbeaver_data_sources", "dbeaver", "json", sec_pw_any)
def t_dbeaver(r, v):
    cid = "postgres-jdbc-%s-%s" % (rstr(r, 11, HEX), rstr(r, 16, HEX))
    h = host(r, "pg")
    db = pick(r, DBS)
    d = {"folders": {}, "connections": {cid: {
        "provider": "postgresql", "driver": "postgres-jdbc", "name": "%s %s" % (db, pick(r, ["prod", "replica", "dwh"])),
        "save-password": True, "configuration": {
            "host": h, "port": "5432", "database": db, "url": "jdbc:postgresql://%s:5432/%s" % (h, db),
            "configurationType": "MANUAL", "home": "postgresql-x64-%d" % r.choice([14, 15, 16]), "type": pick(r, ["prod", "dev", "test"]).replace("test", "dev"),
            "closeIdleConnection": True, "provider-properties": {"@dbeaver-show-non-default-db@": "false"},
            "auth-model": "native", "user": dbuser(r), "password": v}}}}
    return pick(r, [".dbeaver/data-sources.json", "dbeaver/General/.dbeaver/data-sources.json"]), json.dumps(d, indent="\t") + "\n"


@tpl("jetbrains_datasources_url", "jetbrains", "xml", sec_pw_url)
def t_jb(r, v):
    h = host(r, "pg")
    db = pick(r, DBS)
    name = "%s@%s" % (db, h.split(".")[0])
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="{n}" uuid="{g}">
      <driver-ref>postgresql</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>org.postgresql.Driver</jdbc-driver>
      <jdbc-url>jdbc:postgresql://{h}:5432/{db}?user={u}&amp;password={v}&amp;ssl=true</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
""".format(n=name, g=guid(r), h=h, db=db, u=dbuser(r), v=v)
    return ".idea/dataSources.xml", txt


@tpl("jetbrains_driver_props", "jetbrains", "xml", sec_pw_any)
def t_jb2(r, v):
    h = host(r, "sql")
    db = pick(r, DBS)
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="{db}@{hs}" uuid="{g}">
      <driver-ref>sqlserver.ms</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</jdbc-driver>
      <jdbc-url>jdbc:sqlserver://{h}:1433;database={db};encrypt=true;trustServerCertificate=true</jdbc-url>
      <driver-properties>
        <property name="user" value="{u}" />
        <property name="password" value="{v}" />
        <property name="applicationName" value="DataGrip" />
      </driver-properties>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
""".format(db=db, hs=h.split(".")[0], g=guid(r), h=h, u=dbuser(r), v=v)
    return ".idea/dataSources.xml", txt


@tpl("heidisql_export", "heidisql", "txt", heidi_obf, negvals=[""], negonly=True)
def t_heidi(r, v):
    name = pick(r, ["prod-mysql", "Shop DB", "reporting replica", "legacy crm"])
    p = "Servers\\%s\\" % name
    rows = [("Host", 1, host(r, "my")), ("WindowsAuth", 3, "0"), ("CleartextPluginEnabled", 3, "0"),
            ("User", 1, dbuser(r)), ("Password", 1, v), ("LoginPrompt", 3, "0"), ("Port", 1, "3306"),
            ("NetType", 3, "0"), ("Compressed", 3, "0"), ("LocalTimeZone", 3, "0"), ("QueryTimeout", 3, "30"),
            ("KeepAlive", 3, "0"), ("FullTableStatus", 3, "1"), ("Databases", 1, pick(r, DBS)),
            ("Comment", 1, ""), ("StartupScriptFilename", 1, ""), ("TreeBackground", 3, "-16777211"),
            ("SSHtunnelHost", 1, ""), ("SSL_Active", 3, "0"), ("ServerVersion", 3, str(r.choice([80036, 100611, 50744]))),
            ("ServerVersionFull", 1, "%s" % pick(r, ["8.0.36 - MySQL Community Server - GPL", "10.6.11-MariaDB-log", "5.7.44-log"])),
            ("LastConnect", 1, "%d-%02d-%02d %02d:%02d:%02d" % (r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))),
            ("ConnectCount", 3, str(r.randint(1, 400))), ("RefusedCount", 3, str(r.randint(0, 9)))]
    head = ["SessionManagerListWidth<|||>3<|||>%d" % r.randint(150, 300), "SessionManagerWindowWidth<|||>3<|||>%d" % r.randint(600, 900)]
    return pick(r, ["tools/heidisql/settings.txt", "heidisql_settings.txt", "portable_settings.txt"]), "\r\n".join(head + ["%s%s<|||>%d<|||>%s" % (p, k, t, val) for k, t, val in rows]) + "\r\n"


@tpl("pgpass", "postgresql", "pgpass", sec_pw_url)
def t_pgpass(r, v):
    lines = ["# hostname:port:database:username:password"]
    lines.append("%s:5432:%s:%s:%s" % (host(r, "pg"), pick(r, DBS), dbuser(r), v))
    if r.random() < 0.6:
        lines.insert(1, pick(r, ["# local dev uses peer auth", "# mounted read-only into the pgadmin container (chmod 600)", "# replica first, primary is behind pgbouncer"]))
    return pick(r, ["deploy/pgpass", "docker/pgadmin/pgpass", "ops/.pgpass"]), "\n".join(lines) + "\n"


@tpl("squirrel_aliases", "squirrel", "xml", sec_pw_any)
def t_squirrel(r, v):
    db = pick(r, DBS)
    txt = """<Beans>
	<Bean Class="net.sourceforge.squirrel_sql.client.gui.db.SQLAlias">
		<autoLogon>false</autoLogon>
		<colorProperties Class="net.sourceforge.squirrel_sql.client.gui.db.SQLAliasColorProperties">
			<objectTreeBackgroundColorRgbValue>0</objectTreeBackgroundColorRgbValue>
			<overrideObjectTreeBackgroundColor>false</overrideObjectTreeBackgroundColor>
		</colorProperties>
		<connectAtStartup>false</connectAtStartup>
		<driverIdentifier Class="net.sourceforge.squirrel_sql.fw.id.UidIdentifier">
			<string>{drv}</string>
		</driverIdentifier>
		<encryptPassword>false</encryptPassword>
		<identifier Class="net.sourceforge.squirrel_sql.fw.id.UidIdentifier">
			<string>{g}</string>
		</identifier>
		<name>{n}</name>
		<password>{v}</password>
		<schemaProperties Class="net.sourceforge.squirrel_sql.client.gui.db.SQLAliasSchemaProperties">
			<globalState>0</globalState>
		</schemaProperties>
		<url>jdbc:postgresql://{h}:5432/{db}</url>
		<useDriverProperties>false</useDriverProperties>
		<userName>{u}</userName>
	</Bean>
</Beans>
""".format(drv=pick(r, ["-14", "-7", "-20"]), g=guid(r), n="%s prod" % db, v=v, h=host(r, "pg"), db=db, u=dbuser(r))
    return pick(r, ["squirrel/SQLAliases23.xml", ".squirrel-sql/SQLAliases23.xml"]), txt


@tpl("mysql_my_cnf", "mysql", "cnf", sec_pw_any)
def t_mycnf(r, v):
    txt = """# client defaults for the reporting box (used by mysqldump cron + workbench CLI)
[client]
host={h}
port=3306
user={u}
password="{v}"
default-character-set=utf8mb4

[mysqldump]
single-transaction
quick
max_allowed_packet=512M
""".format(h=host(r, "my"), u=dbuser(r), v=v)
    return pick(r, ["ops/my.cnf", "backup/.my.cnf", "docker/mysql-client/my.cnf"]), txt


@tpl("appsettings_connstr", "sqlserver", "json", sec_pw_conn)
def t_appsettings(r, v):
    d = {"ConnectionStrings": {pick(r, ["ReportingDb", "DefaultConnection", "Warehouse", "SsrsCatalog"]): mssql_cs_ado(r, dbuser(r), v)},
         "Reporting": {"ServerUrl": "https://%s/ReportServer" % host(r, "web"), "Folder": "/%s" % pick(r, ["Finance", "Sales", "Ops"]), "TimeoutSeconds": r.choice([60, 120, 300])},
         "Logging": {"LogLevel": {"Default": "Information", "Microsoft": "Warning"}}}
    return pick(r, ["src/ReportPortal/appsettings.json", "appsettings.Production.json", "ReportApi/appsettings.json"]), json.dumps(d, indent=2) + "\n"


@tpl("webconfig_connstr", "sqlserver", "config", sec_pw_conn)
def t_webconfig(r, v):
    txt = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <configSections>
    <section name="entityFramework" type="System.Data.Entity.Internal.ConfigFile.EntityFrameworkSection, EntityFramework, Version=6.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089" requirePermission="false" />
  </configSections>
  <connectionStrings>
    <add name="{n}" connectionString="{cs}" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="ReportServerUrl" value="https://{rs}/ReportServer" />
    <add key="ReportPath" value="/{f}/" />
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""".format(n=pick(r, ["ReportDb", "CrystalReportsDb", "DefaultConnection"]), cs=mssql_cs_ado(r, dbuser(r), v), rs=host(r, "web"), f=pick(r, ["Finance", "Sales"]))
    return pick(r, ["Web.config", "src/ReportViewer/Web.config"]), txt


@tpl("powershell_rs_datasource", "sqlserver", "ps1", sec_pw_shell, envnames=["RS_DS_PASSWORD"])
def t_ps_rs(r, v):
    if isinstance(v, Env):
        cred = "$env:%s" % v.name
    else:
        cred = "'%s'" % v
    txt = """#Requires -Modules ReportingServicesTools
param([string]$ReportServerUri = 'https://{rs}/ReportServer')

$dsPath = '/Data Sources'
$secure = ConvertTo-SecureString {cred} -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ('{u}', $secure)

New-RsDataSource -ReportServerUri $ReportServerUri -RsFolder $dsPath -Name '{n}' `
    -Extension 'SQL' -ConnectionString 'Data Source={s};Initial Catalog={db}' `
    -CredentialRetrieval 'Store' -DatasourceCredentials $cred -Overwrite

Write-RsFolderContent -ReportServerUri $ReportServerUri -Path .\\Reports -RsFolder '/{f}' -Overwrite
""".format(rs=host(r, "web"), cred=cred, u=dbuser(r), n=pick(r, ["DW", "SalesDW"]), s=host(r, "sql"), db=pick(r, DBS), f=pick(r, ["Finance", "Sales"]))
    return pick(r, ["deploy/Deploy-Reports.ps1", "ssrs/publish.ps1"]), txt


@tpl("jenkins_sqlplus", "oracle", "groovy", sec_pw_shell, envfmt="$%s")
def t_jenkins(r, v):
    txt = """pipeline {{
    agent {{ label 'oracle-client' }}
    options {{ timestamps() }}
    environment {{
        TNS_ADMIN = '/etc/oracle'
    }}
    stages {{
        stage('Checkout') {{
            steps {{ checkout scm }}
        }}
        stage('Migrate') {{
            steps {{
                sh 'sqlplus -L -s {u}/{v}@{tns} @db/migrate.sql'
            }}
        }}
        stage('Refresh MVs') {{
            steps {{
                sh 'sqlplus -L -s /@{tns}_BATCH @db/refresh_mviews.sql'
            }}
        }}
    }}
}}
""".format(u=pick(r, ["app_owner", "deployer", "fin_owner"]), v=v, tns=pick(r, ["DWHUAT", "ERPPRD", "ORCL"]))
    return "Jenkinsfile", txt


@tpl("r_dbi_connect", "postgresql", "R", sec_pw_any, envnames=["PGPASSWORD"])
def t_r(r, v):
    txt = """library(DBI)
library(dplyr)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "{h}",
  dbname = "{db}",
  user = "{u}",
  password = {val},
  port = 5432
)

sales <- tbl(con, in_schema("{s}", "{t}")) %>%
  filter(fiscal_year == {y}) %>%
  collect()

saveRDS(sales, "data/sales_{y}.rds")
dbDisconnect(con)
""".format(h=host(r, "pg"), db=pick(r, DBS), u=dbuser(r), val=q(v, "r"), s=pick(r, SCHEMAS), t=pick(r, TABLES).lower(), y=r.randint(2019, 2024))
    return pick(r, ["analysis/load_sales.R", "R/connect.R"]), txt


@tpl("snowflake_dsn_windows", "snowflake", "dsn", sec_pw_conn)
def t_sf_dsn(r, v):
    lines = ["[ODBC]", "DRIVER=SnowflakeDSIIDriver", "SERVER=%s-%s.snowflakecomputing.com" % (rstr(r, 7, string.ascii_lowercase), rstr(r, 7, string.ascii_lowercase)),
             "UID=%s" % dbuser(r).upper(), "PWD=%s" % v, "DATABASE=%s" % pick(r, DBS).upper(), "SCHEMA=%s" % pick(r, SCHEMAS).upper(),
             "WAREHOUSE=%s_WH" % pick(r, ["BI", "REPORTING"]), "ROLE=%s" % pick(r, ["REPORTER", "ANALYST"]), "TRACING=0"]
    return pick(r, ["odbc/snowflake.dsn", "Snowflake_BI.dsn"]), "\r\n".join(lines) + "\r\n"


@tpl("airflow_conn_uri", "postgresql", "yaml", sec_pw_url)
def t_airflow(r, v):
    txt = """# helm values for the BI airflow deployment
airflow:
  executor: KubernetesExecutor
  image:
    repository: {c}/airflow
    tag: "2.{mv}.{mp}"
  extraEnv:
    - name: AIRFLOW_CONN_WAREHOUSE
      value: "postgresql://{u}:{v}@{h}:5432/{db}?sslmode=require"
    - name: AIRFLOW__CORE__LOAD_EXAMPLES
      value: "False"
    - name: TABLEAU_SITE
      value: "{site}"
  resources:
    limits:
      cpu: "2"
      memory: 4Gi
""".format(c=company(r), mv=r.randint(5, 9), mp=r.randint(0, 3), u=dbuser(r), v=v, h=host(r, "pg"), db=pick(r, DBS), site=pick(r, ["finance", "default"]))
    return pick(r, ["deploy/airflow/values-prod.yaml", "helm/airflow/values.yaml"]), txt


@tpl("tableau_mcp_json", "tableau", "json", tableau_pat, kindclass="tok")
def t_tab_mcp(r, v):
    d = {"mcpServers": {"tableau": {"command": "npx", "args": ["-y", "@tableau/mcp-server@latest"],
                                    "env": {"SERVER": "https://%s" % pick(r, ["prod-useast-b.online.tableau.com", "10az.online.tableau.com", "tableau.%s.com" % company(r).replace("-", "")]),
                                            "SITE_NAME": pick(r, [company(r), "finance", "analytics"]),
                                            "PAT_NAME": pick(r, ["mcp", "claude-desktop", "%s-laptop" % pick(r, FIRST)]),
                                            "PAT_VALUE": v}}}}
    if r.random() < 0.5:
        d["mcpServers"]["filesystem"] = {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem", "/Users/%s/reports" % pick(r, FIRST)]}
    return pick(r, [".vscode/mcp.json", ".cursor/mcp.json", "mcp/claude_desktop_config.json"]), json.dumps(d, indent=2) + "\n"


@tpl("metabase_env_file", "metabase", "list", mb_encryption_key, kindclass="tok", envnames=["MB_ENCRYPTION_SECRET_KEY"])
def t_mb_envfile(r, v):
    lines = ["# docker run --env-file env.list metabase/metabase:v0.%d.%d" % (r.randint(46, 52), r.randint(0, 6)),
             "MB_DB_TYPE=postgres", "MB_DB_CONNECTION_URI=postgres://%s:5432/metabase?sslmode=require&user=metabase&password_file=/run/secrets/mbdb" % host(r, "pg"),
             "MB_SITE_URL=https://%s" % host(r, "web"), "MB_ENCRYPTION_SECRET_KEY=%s" % v,
             "MB_JETTY_PORT=3000", "MB_EMOJI_IN_LOGS=false", "MB_ANON_TRACKING_ENABLED=false",
             "JAVA_OPTS=-Xmx%dg" % r.choice([2, 4, 6])]
    return pick(r, ["deploy/metabase.env.list", "metabase/env.list", "ops/metabase/env.prod.list"]), "\n".join(lines) + "\n"


def _pct(s):
    out = ""
    for ch in s:
        if ch.isalnum() or ch in "-_.~":
            out += ch
        elif ch == " ":
            out += "+"
        else:
            out += "%%%02X" % ord(ch)
    return out


@tpl("sqlalchemy_odbc_connect_urlencoded", "sqlserver", "py", sec_pw_conn)
def t_sa_odbc(r, v):
    enc = v if isinstance(v, Env) else _pct(v)
    cs = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=%s;DATABASE=%s;UID=%s;PWD=" % (host(r, "sql"), pick(r, DBS), dbuser(r))
    txt = '''from sqlalchemy import create_engine, text

# connection string pre-encoded with urllib.parse.quote_plus
ENGINE_URL = (
    "mssql+pyodbc:///?odbc_connect="
    "{a}"
    "{b}%3BEncrypt%3Dyes%3BTrustServerCertificate%3Dno"
)
engine = create_engine(ENGINE_URL, fast_executemany=True, pool_pre_ping=True)


def row_count(table):
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT COUNT(*) FROM {{table}}")).scalar()
'''.format(a=_pct(cs), b=enc)
    rel = pick(r, ["etl/db.py", "reporting/engine.py", "app/warehouse.py"])
    return (rel, txt) if isinstance(v, Env) else (rel, txt, enc)


@tpl("k8s_secret_b64_connstr", "sqlserver", "yaml", sec_pw_conn, negvals=["PLACEHOLDER"])
def t_k8s(r, v):
    if isinstance(v, Env) or v in PH_PW or v == "PLACEHOLDER":
        body = "  ConnectionStrings__Reporting: %s\n" % base64.b64encode(("Server=%s;Database=%s;Trusted_Connection=True;" % (host(r, "sql"), pick(r, DBS))).encode()).decode()
    else:
        cs = mssql_cs_ado(r, dbuser(r), v)
        enc = base64.b64encode(cs.encode()).decode()
        body = "  ConnectionStrings__Reporting: %s\n" % enc
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: {app}-db
  namespace: {ns}
  labels:
    app.kubernetes.io/name: {app}
type: Opaque
data:
{body}""".format(app=pick(r, ["report-portal", "ssrs-proxy", "bi-api"]), ns=pick(r, ["reporting", "bi", "prod"]), body=body)
    rel = pick(r, ["k8s/secret-db.yaml", "deploy/overlays/prod/db-secret.yaml"])
    if "enc" in locals():
        return rel, txt, enc
    return rel, txt


@tpl("tableau_twb_odbc_extras", "tableau", "twb", sec_pw_conn)
def t_twb_extras(r, v):
    nc = "genericodbc.%s" % rstr(r, 28, LOWER_ALNUM)
    txt = """<?xml version='1.0' encoding='utf-8' ?>

<workbook original-version='18.1' source-build='2023.3.2 (20233.23.1208.0420)' source-platform='win' version='18.1' xmlns:user='http://www.tableausoftware.com/xml/user'>
  <preferences>
    <preference name='ui.encoding.shelf.height' value='24' />
  </preferences>
  <datasources>
    <datasource caption='{cap}' inline='true' name='federated.{fid}' version='18.1'>
      <connection class='federated'>
        <named-connections>
          <named-connection caption='{dsn}' name='{nc}'>
            <connection class='genericodbc' dbname='{db}' odbc-connect-string-extras='PWD={v};Encrypt=yes' odbc-dbms-name='' odbc-driver='' odbc-dsn='{dsn}' odbc-suppress-driver-prompt='' odbc-use-connection-pooling='' port='' schema='{sch}' server='' username='{u}' />
          </named-connection>
        </named-connections>
        <relation connection='{nc}' name='{t}' table='[{sch}].[{t}]' type='table' />
      </connection>
    </datasource>
  </datasources>
  <worksheets>
    <worksheet name='Sheet 1'>
      <table>
        <view>
          <datasources>
            <datasource caption='{cap}' name='federated.{fid}' />
          </datasources>
        </view>
        <style />
        <panes>
          <pane selection-relaxation-option='selection-relaxation-allow'>
            <view>
              <breakdown value='auto' />
            </view>
            <mark class='Automatic' />
          </pane>
        </panes>
        <rows />
        <cols />
      </table>
    </worksheet>
  </worksheets>
</workbook>
""".format(cap=pick(r, TABLES), fid=rstr(r, 28, LOWER_ALNUM), dsn=pick(r, ["DWH_PROD", "Snowflake", "Vertica"]), nc=nc, db=pick(r, DBS),
           v=v, sch=pick(r, SCHEMAS), u=dbuser(r), t=pick(r, TABLES))
    return pick(r, ["tableau/workbooks/%s.twb" % pick(r, DBS), "Workbooks/%s.twb" % pick(r, TABLES)]), txt


@tpl("ssis_dtsconfig", "sqlserver", "dtsConfig", sec_pw_conn)
def t_dtsconfig(r, v):
    cm = pick(r, ["DW", "Staging", "SourceERP"])
    txt = """<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="{dom}\\{who}" GeneratedFromPackageName="{pkg}" GeneratedFromPackageID="{{{g}}}" GeneratedDate="{d}" />
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[{cm}].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>{cs}</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::ExtractFolder].Properties[Value]" ValueType="String">
    <ConfiguredValue>\\\\{fs}\\extracts\\</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""".format(dom=company(r).upper().replace("-", "")[:8], who=pick(r, FIRST), pkg=pick(r, ["LoadFactSales", "Extract_GL"]), g=guid(r, True),
           d="%d/%d/%d 9:%02d:11 AM" % (r.randint(1, 12), r.randint(1, 28), r.randint(2015, 2023), r.randint(0, 59)), cm=cm,
           cs=mssql_cs_oledb(r, dbuser(r), v), fs=pick(r, ["fs01", "nas02"]))
    return pick(r, ["SSIS/Configs/%s.dtsConfig" % cm, "etl/ssis/%s.dtsConfig" % cm]), txt


@tpl("redash_env_compose", "redash", "yaml", sec_pw_url)
def t_redash_env(r, v):
    txt = """x-redash-service: &redash-service
  image: redash/redash:10.1.0.b50633
  depends_on:
    - postgres
    - redis
  env_file: /opt/redash/env
  environment:
    REDASH_LOG_LEVEL: INFO
    REDASH_REDIS_URL: redis://redis:6379/0
    REDASH_DATABASE_URL: postgresql://redash:{v}@{h}/redash
  restart: always
services:
  server:
    <<: *redash-service
    command: server
    ports:
      - "5000:5000"
    environment:
      REDASH_WEB_WORKERS: {w}
  scheduler:
    <<: *redash-service
    command: scheduler
  worker:
    <<: *redash-service
    command: worker
    environment:
      QUEUES: "periodic emails default"
      WORKERS_COUNT: 1
""".format(v=v, h=pick(r, ["postgres", host(r, "pg")]), w=r.choice([2, 4]))
    return pick(r, ["redash/docker-compose.yml", "opt/redash/compose.yaml"]), txt


# --------------------------------------------------------------------------------------------
# look-alike negatives (fn(r) -> (relpath, text|bytes, provider, filetype))
N = []


def neg(name, provider, filetype, binary=False):
    def deco(fn):
        N.append(dict(name=name, provider=provider, filetype=filetype, fn=fn, binary=binary))
        return fn
    return deco


@neg("tnsnames_ora", "oracle", "ora")
def n_tns(r):
    out = ["# tnsnames.ora Network Configuration File: /u01/app/oracle/product/19.0.0/dbhome_1/network/admin/tnsnames.ora",
           "# Generated by Oracle configuration tools.", ""]
    for _ in range(r.randint(2, 5)):
        a = pick(r, ["ORCLPDB1", "ERPPRD", "DWHPROD", "FINPRD", "EBSDB", "CRMUAT", "BATCHDB"]) + pick(r, ["", "_RO", "_HA"])
        out += ["%s =" % a, "  (DESCRIPTION =", "    (ADDRESS = (PROTOCOL = TCP)(HOST = %s)(PORT = %d))" % (host(r, "ora"), r.choice([1521, 1522, 1526])),
                "    (CONNECT_DATA =", "      (SERVER = DEDICATED)", "      (SERVICE_NAME = %s.%s)" % (a.lower(), pick(r, ["corp.local", "world", "internal"])),
                "    )", "  )", ""]
    return pick(r, ["network/admin/tnsnames.ora", "oracle/tnsnames.ora", "tnsnames.ora"]), "\n".join(out)


@neg("sqlnet_ora_wallet", "oracle", "ora")
def n_sqlnet(r):
    txt = """# sqlnet.ora -- secure external password store (no passwords in scripts)
NAMES.DIRECTORY_PATH= (TNSNAMES, EZCONNECT)
WALLET_LOCATION =
  (SOURCE =
    (METHOD = FILE)
    (METHOD_DATA =
      (DIRECTORY = {w})
    )
  )
SQLNET.WALLET_OVERRIDE = TRUE
SSL_CLIENT_AUTHENTICATION = FALSE
SSL_VERSION = 0
SQLNET.EXPIRE_TIME = {e}
SQLNET.ENCRYPTION_CLIENT = {enc}
SQLNET.ENCRYPTION_TYPES_CLIENT = (AES256)
""".format(w=pick(r, ["/u01/app/oracle/wallet", "/etc/oracle/wallet", "$ORACLE_BASE/admin/wallet"]), e=r.choice([5, 10]), enc=pick(r, ["REQUIRED", "REQUESTED"]))
    return pick(r, ["network/admin/sqlnet.ora", "oracle/sqlnet.ora"]), txt


@neg("sqlplus_wallet_script", "oracle", "sh")
def n_sqlplus_wallet(r):
    txt = """#!/bin/bash
# uses the wallet alias -- credentials live in $TNS_ADMIN/../wallet (cwallet.sso), not here
set -e
export TNS_ADMIN=/etc/oracle
sqlplus -s /@{a} @sql/{j}.sql > logs/{j}_$(date +%F).log
if grep -q ORA- logs/{j}_$(date +%F).log; then
  mailx -s "{j} failed" {m} < logs/{j}_$(date +%F).log
fi
# local maintenance as the oracle OS user
sqlplus -s / as sysdba <<EOF
exec dbms_stats.gather_schema_stats('{s}');
EOF
""".format(a=pick(r, ["BATCHDB", "ERP_RO", "DWH_LOADER"]), j=pick(r, ["refresh_mv", "purge_audit", "gl_extract"]), m="dba@%s.com" % company(r), s=pick(r, ["HR", "SALES"]))
    return pick(r, ["cron/refresh.sh", "scripts/run_batch.sh"]), txt


@neg("odbcinst_ini", "odbc", "ini")
def n_odbcinst(r):
    txt = """[ODBC Drivers]
PostgreSQL Unicode = Installed
ODBC Driver 18 for SQL Server = Installed
MySQL ODBC 8.0 Unicode Driver = Installed

[PostgreSQL Unicode]
Description = PostgreSQL ODBC driver (Unicode version)
Driver = psqlodbcw.so
Setup = libodbcpsqlS.so
Debug = 0
CommLog = 1
UsageCount = {u1}

[ODBC Driver 18 for SQL Server]
Description=Microsoft ODBC Driver 18 for SQL Server
Driver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.{mv}.so.{p}
UsageCount=1

[MySQL ODBC 8.0 Unicode Driver]
Driver=/usr/lib/x86_64-linux-gnu/odbc/libmyodbc8w.so
SETUP=/usr/lib/x86_64-linux-gnu/odbc/libmyodbc8S.so
FileUsage=1
""".format(u1=r.randint(1, 3), mv=r.randint(1, 4), p=pick(r, ["1.1", "2.1"]))
    return pick(r, ["odbcinst.ini", "docker/odbc/odbcinst.ini"]), txt


@neg("pbids_file", "powerbi", "pbids")
def n_pbids(r):
    d = {"version": "0.1", "connections": [{"details": {"protocol": pick(r, ["tds", "analysis-services", "postgresql"]),
                                                       "address": {"server": host(r, "sql"), "database": pick(r, DBS)}},
                                           "options": {}, "mode": pick(r, ["Import", "DirectQuery"])}]}
    return pick(r, ["powerbi/%s.pbids" % pick(r, DBS), "connections/%s.pbids" % pick(r, ["sales", "finance"])]), json.dumps(d, indent=2) + "\n"


@neg("udl_integrated", "sqlserver", "udl", binary=True)
def n_udl(r):
    txt = "[oledb]\r\n; Everything after this line is an OLE DB initstring\r\n" + integrated_cs(r).replace("Server=tcp:", "Server=") + "\r\n"
    return pick(r, ["connections/%s.udl" % pick(r, DBS), "tools/dev.udl"]), b"\xff\xfe" + txt.encode("utf-16-le")


@neg("dsn_trusted", "sqlserver", "dsn")
def n_dsn(r):
    lines = ["[ODBC]", "DRIVER=%s" % pick(r, ["ODBC Driver 17 for SQL Server", "SQL Server"]), "Trusted_Connection=Yes",
             "DATABASE=%s" % pick(r, DBS), "WSID=%s" % wsid(r), "APP=Microsoft Office 2016", "SERVER=%s" % host(r, "sql")]
    return pick(r, ["odbc/%s.dsn" % pick(r, DBS), "Reporting.dsn"]), "\r\n".join(lines) + "\r\n"


@neg("odc_integrated", "sqlserver", "odc")
def n_odc(r):
    rel, txt = t_odc(r, "X")
    cs_start = txt.index("<odc:ConnectionString>") + len("<odc:ConnectionString>")
    cs_end = txt.index("</odc:ConnectionString>")
    return rel, txt[:cs_start] + integrated_cs(r) + txt[cs_end:]


@neg("rds_integrated", "sqlserver", "rds")
def n_rds(r):
    name = pick(r, ["DW", "SalesDW", "Staging"])
    txt = """<?xml version="1.0" encoding="utf-8"?>
<RptDataSource xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" Name="{n}">
  <ConnectionProperties>
    <Extension>SQL</Extension>
    <ConnectString>Data Source={s};Initial Catalog={db}</ConnectString>
    <IntegratedSecurity>true</IntegratedSecurity>
  </ConnectionProperties>
  <DataSourceID>{g}</DataSourceID>
</RptDataSource>
""".format(n=name, s=host(r, "sql"), db=pick(r, DBS), g=guid(r))
    return "Reports/%s.rds" % name, txt


@neg("rsds_prompt", "sqlserver", "rsds")
def n_rsds(r):
    txt = """<?xml version="1.0" encoding="utf-8"?>
<DataSourceDefinition xmlns="http://schemas.microsoft.com/sqlserver/reporting/2006/03/reportdatasource">
  <Extension>SQL</Extension>
  <ConnectString>Data Source={s};Initial Catalog={db}</ConnectString>
  <CredentialRetrieval>Prompt</CredentialRetrieval>
  <Prompt>Enter your {c} database user name and password</Prompt>
  <WindowsCredentials>False</WindowsCredentials>
  <ImpersonateUser>False</ImpersonateUser>
  <Enabled>True</Enabled>
</DataSourceDefinition>
""".format(s=host(r, "sql"), db=pick(r, DBS), c=company(r))
    return pick(r, ["ssrs/DataSources/%s.rsds" % pick(r, DBS), "Deploy/%s.rsds" % pick(r, ["DW", "Ops"])]), txt


@neg("rdl_shared_reference", "sqlserver", "rdl")
def n_rdl(r):
    ds = """    <DataSource Name="DataSource1">
      <DataSourceReference>/Data Sources/{n}</DataSourceReference>
      <rd:SecurityType>None</rd:SecurityType>
      <rd:DataSourceID>{g}</rd:DataSourceID>
    </DataSource>""".format(n=pick(r, ["DW", "SalesDW"]), g=guid(r))
    if r.random() < 0.5:
        ds = """    <DataSource Name="DataSource1">
      <ConnectionProperties>
        <DataProvider>SQL</DataProvider>
        <ConnectString>Data Source={s};Initial Catalog={db}</ConnectString>
        <IntegratedSecurity>true</IntegratedSecurity>
      </ConnectionProperties>
      <rd:SecurityType>Integrated</rd:SecurityType>
      <rd:DataSourceID>{g}</rd:DataSourceID>
    </DataSource>""".format(s=host(r, "sql"), db=pick(r, DBS), g=guid(r))
    return "Reports/%s.rdl" % pick(r, ["SalesByRegion", "Aging", "Headcount"]), rdl_body(r, ds)


@neg("workbench_connections", "mysql", "xml")
def n_wb(r):
    g1, g2 = guid(r, True), guid(r, True)
    h = host(r, "my")
    txt = """<?xml version="1.0"?>
<data grt_format="2.0">
  <value _ptr_="0x{p1}" type="list" content-type="object" content-struct-name="db.mgmt.Connection">
    <value type="object" struct-name="db.mgmt.Connection" id="{g1}" struct-checksum="0x96ba47d8">
      <link type="object" struct-name="db.mgmt.Driver" key="driver">com.mysql.rdbms.mysql.driver.native</link>
      <value type="string" key="hostIdentifier">Mysql@{h}:3306</value>
      <value type="int" key="isDefault">0</value>
      <value _ptr_="0x{p2}" type="dict" key="modules"/>
      <value _ptr_="0x{p3}" type="dict" key="parameterValues">
        <value type="string" key="SQL_MODE"></value>
        <value type="string" key="hostName">{h}</value>
        <value type="string" key="password"></value>
        <value type="int" key="port">3306</value>
        <value type="string" key="schema">{db}</value>
        <value type="int" key="useSSL">1</value>
        <value type="string" key="userName">{u}</value>
      </value>
      <value type="string" key="name">{n}</value>
      <link type="object" struct-name="GrtObject" key="owner">{g2}</link>
    </value>
  </value>
</data>
""".format(p1=rstr(r, 12, HEX), p2=rstr(r, 12, HEX), p3=rstr(r, 12, HEX), g1=g1, g2=g2, h=h, db=pick(r, DBS), u=dbuser(r), n=pick(r, ["Prod", "Reporting replica"]))
    return pick(r, ["workbench/connections.xml", "mysql-workbench/connections.xml"]), txt


@neg("jetbrains_local_secret_storage", "jetbrains", "xml")
def n_jb_local(r):
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="DB-{b}">
    <data-source name="{db}@{hs}" uuid="{g}">
      <database-info product="PostgreSQL" version="{pv}" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.6.0" dbms="POSTGRES" exact-version="{pv}" exact-driver-version="42.6">
        <identifier-quote-string>&quot;</identifier-quote-string>
      </database-info>
      <case-sensitivity plain-identifiers="lower" quoted-identifiers="exact" />
      <secret-storage>master_key</secret-storage>
      <user-name>{u}</user-name>
      <schema-mapping>
        <introspection-scope>
          <node kind="database" qname="@">
            <node kind="schema" qname="@" />
          </node>
        </introspection-scope>
      </schema-mapping>
    </data-source>
  </component>
</project>
""".format(b=pick(r, ["233.11799.172", "241.14494.283", "232.9921.28"]), db=pick(r, DBS), hs=host(r, "pg").split(".")[0], g=guid(r), pv=pick(r, ["15.4", "16.2", "14.10"]), u=dbuser(r))
    return ".idea/dataSources.local.xml", txt


@neg("jetbrains_datasources_plain", "jetbrains", "xml")
def n_jb(r):
    rel, txt = t_jb(r, "X")
    txt = txt.replace("?user=", "?ApplicationName=DataGrip&amp;user=").replace("&amp;password=X", "")
    return rel, txt


@neg("dbeaver_no_credentials", "dbeaver", "json")
def n_dbeaver(r):
    rel, txt = t_dbeaver(r, "X")
    d = json.loads(txt)
    for c in d["connections"].values():
        del c["configuration"]["password"]
        del c["configuration"]["user"]
    return rel, json.dumps(d, indent="\t") + "\n"


@neg("sqldeveloper_encrypted", "oracle", "json")
def n_sqldev(r):
    conns = []
    for _ in range(r.randint(1, 3)):
        name = "%s_%s" % (pick(r, ["PROD", "UAT", "DEV"]), pick(r, ["ERP", "DWH", "HR"]))
        h = host(r, "ora")
        svc = pick(r, ["ORCLPDB1", "ERPPRD", "DWH"])
        conns.append({"info": {"role": "", "SavePassword": "true", "OracleConnectionType": "BASIC", "RaptorConnectionType": "Oracle",
                               "serviceName": svc, "customUrl": "jdbc:oracle:thin:@//%s:1521/%s" % (h, svc), "oraDriverType": "thin",
                               "NoPasswordConnection": "TRUE",
                               "password": base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([32, 48])))).decode(),
                               "hostname": h, "driver": "oracle.jdbc.OracleDriver", "port": "1521", "subtype": "oraJDBC",
                               "OS_AUTHENTICATION": "false", "ConnName": name, "KERBEROS_AUTHENTICATION": "false", "user": dbuser(r)},
                      "name": name, "type": "jdbc"})
    return pick(r, ["sqldeveloper/connections.json", "tools/sqldev/connections.json"]), json.dumps({"connections": conns}, indent=pick(r, [None, 1])) + "\n"


@neg("navicat_ncx_nosave", "navicat", "ncx")
def n_navicat(r):
    rows = []
    for _ in range(r.randint(1, 3)):
        rows.append('  <Connection ConnectionName="%s" ProjectUUID="" ConnType="MYSQL" OraConnType="" ServiceProvider="Default" Host="%s" Port="3306" Database="" OraServiceNameType="" TNS="" MSSQLAuthenMode="" MSSQLAuthenWindowsDomain="" DatabaseFileName="" UserName="%s" Password="" SavePassword="false" SettingsSavePath="C:\\Users\\%s\\Documents\\Navicat\\MySQL\\Servers\\%s" SessionLimit="0" Encoding="65001" Keepalive="false" KeepaliveInterval="240" MySQLCharacterSet="true" Compression="false" AutoConnect="false" NamedPipe="false" NamedPipeSocket="" OraRole="" OraOSAuthentication="false" SQLiteEncrypt="false" SQLiteEncryptPassword="" SQLiteSaveEncryptPassword="false" UseAdvanced="false" SSL="false" SSH="false" HTTP="false"/>' % (
            pick(r, ["prod-mysql", "replica", "crm"]), host(r, "my"), dbuser(r), pick(r, FIRST), rstr(r, 8, string.ascii_lowercase)))
    return pick(r, ["navicat/connections.ncx", "tools/connections.ncx"]), '<?xml version="1.0" encoding="UTF-8"?>\n<Connections Ver="1.5">\n' + "\n".join(rows) + "\n</Connections>\n"


@neg("pgadmin_servers_json", "postgresql", "json")
def n_pgadmin(r):
    servers = {}
    for i in range(1, r.randint(2, 4)):
        servers[str(i)] = {"Name": "%s %s" % (pick(r, DBS), pick(r, ["prod", "replica", "stage"])), "Group": pick(r, ["Servers", "BI", "Production"]),
                           "Host": host(r, "pg"), "Port": 5432, "MaintenanceDB": "postgres", "Username": dbuser(r),
                           "SSLMode": pick(r, ["prefer", "require", "verify-full"]), "PassFile": "/pgpass", "Shared": pick(r, [True, False])}
    return pick(r, ["docker/pgadmin/servers.json", "pgadmin/servers.json"]), json.dumps({"Servers": servers}, indent=4) + "\n"


@neg("tableau_tds_no_password", "tableau", "tds")
def n_tds(r):
    rel, txt = t_tds(r, "X")
    return rel, txt.replace(" password='X'", "")


@neg("powerbi_ids_config", "powerbi", "json")
def n_pbi_ids(r):
    d = {"workspaceId": guid(r), "reportId": guid(r), "datasetId": guid(r), "tenantId": guid(r),
         "clientId": guid(r), "authenticationMode": "MasterUser" if r.random() < 0.2 else "ServicePrincipal",
         "clientSecretRef": "kv://%s-kv/secrets/powerbi-sp" % company(r), "embedUrl": "https://app.powerbi.com/reportEmbed?reportId=%s&groupId=%s" % (guid(r), guid(r))}
    return pick(r, ["config/powerbi.json", "src/embed/pbiconfig.json"]), json.dumps(d, indent=2) + "\n"


@neg("metabase_public_links", "metabase", "md")
def n_mb_public(r):
    lines = ["# Public dashboards", "", "These are intentionally public (Admin > Public sharing).", ""]
    for _ in range(r.randint(2, 5)):
        lines.append("- %s: https://%s/public/dashboard/%s" % (pick(r, ["Status", "Weekly KPIs", "Uptime", "Release burndown"]), host(r, "web"), guid(r)))
    lines += ["", "Question embeds use `/public/question/<uuid>`; rotate the UUID in the sharing modal if a link leaks."]
    return pick(r, ["docs/public-dashboards.md", "README.metabase.md"]), "\n".join(lines) + "\n"


@neg("superset_export_masked", "superset", "yaml")
def n_superset_export(r):
    db = pick(r, DBS)
    txt = """database_name: {n}
sqlalchemy_uri: postgresql+psycopg2://{u}:XXXXXXXXXX@{h}:5432/{db}
cache_timeout: null
expose_in_sqllab: true
allow_run_async: {ar}
allow_ctas: false
allow_cvas: false
allow_dml: false
allow_file_upload: false
extra:
  allows_virtual_table_explore: true
uuid: {g}
version: 1.0.0
""".format(n=db.title(), u=dbuser(r), h=host(r, "pg"), db=db, ar=pick(r, ["true", "false"]), g=guid(r))
    return "superset/assets/databases/%s.yaml" % db.title(), txt


@neg("looker_ini_env_secret", "looker", "ini")
def n_looker(r):
    txt = """[Looker]
base_url=https://{c}.cloud.looker.com
client_id={cid}
# client_secret comes from LOOKERSDK_CLIENT_SECRET in CI
verify_ssl=True
timeout=120
""".format(c=company(r).replace("-", ""), cid=rstr(r, 20))
    return "looker.ini", txt


@neg("jdbc_driver_checksums", "jdbc", "txt")
def n_checksums(r):
    jars = ["ojdbc11-23.3.0.23.09.jar", "postgresql-42.7.3.jar", "mssql-jdbc-12.6.1.jre11.jar", "mysql-connector-j-8.3.0.jar",
            "snowflake-jdbc-3.15.0.jar", "redshift-jdbc42-2.1.0.26.jar", "DatabricksJDBC42-2.6.36.jar"]
    lines = ["%s  drivers/%s" % (rstr(r, 64, HEX), j) for j in r.sample(jars, r.randint(3, 6))]
    return pick(r, ["drivers/SHA256SUMS", "tableau/drivers/checksums.txt"]), "\n".join(lines) + "\n"


@neg("tableau_twb_ids", "tableau", "twb")
def n_twb(r):
    lines = ["<?xml version='1.0' encoding='utf-8' ?>", "",
             "<workbook original-version='18.1' source-build='%s' source-platform='win' version='18.1' xmlns:user='http://www.tableausoftware.com/xml/user'>" % pick(r, ["2023.3.2 (20233.23.1208.0420)", "2024.1.0 (20241.24.0215.0619)"]),
             "  <repository-location id='%s' path='/t/%s/workbooks' revision='1.%d' site='%s' />" % (pick(r, ["SalesOverview", "KPIs"]), company(r), r.randint(1, 40), company(r)),
             "  <datasources>",
             "    <datasource caption='%s' inline='true' name='federated.%s' version='18.1'>" % (pick(r, TABLES), rstr(r, 28, LOWER_ALNUM)),
             "      <repository-location derived-from='https://%s/t/%s/datasources/%s?rev=1.0' id='%s' path='/t/%s/datasources' revision='1.0' site='%s' />" % (
                 "tableau.%s.com" % company(r).replace("-", ""), company(r), pick(r, DBS), pick(r, DBS), company(r), company(r)),
             "      <connection channel='https' class='sqlproxy' dbname='%s' directory='/dataserver' port='443' server='tableau.%s.com' server-ds-friendly-name='%s' server-oauth='' workgroup-auth-mode='prompt' username=''>" % (pick(r, DBS), company(r).replace("-", ""), pick(r, DBS)),
             "        <relation name='sqlproxy' table='[sqlproxy]' type='table' />",
             "      </connection>",
             "    </datasource>", "  </datasources>",
             "  <thumbnails>", "    <thumbnail height='192' name='Overview' width='192'>", "      " + base64.b64encode(bytes(r.randrange(256) for _ in range(r.randint(60, 150)))).decode(), "    </thumbnail>", "  </thumbnails>",
             "</workbook>"]
    return pick(r, ["tableau/workbooks/%s.twb" % pick(r, ["sales", "kpi"]), "Workbooks/Overview.twb"]), "\n".join(lines) + "\n"


@neg("webconfig_integrated", "sqlserver", "config")
def n_webconfig(r):
    rel, txt = t_webconfig(r, "X")
    a = txt.index('connectionString="') + len('connectionString="')
    b = txt.index('"', a)
    return rel, txt[:a] + integrated_cs(r) + txt[b:]


@neg("jasper_jndi", "jasperreports", "xml")
def n_jasper_jndi(r):
    txt = """<?xml version="1.0" encoding="UTF-8"?>
<jndiDataSource exportedWithPermissions="true">
    <folder>/datasources</folder>
    <name>{n}</name>
    <version>{v}</version>
    <label>{n} (JNDI)</label>
    <creationDate>{d}T10:12:33.000+00:00</creationDate>
    <updateDate>{d}T10:12:33.000+00:00</updateDate>
    <jndiName>jdbc/{n}</jndiName>
    <timezone>{tz}</timezone>
</jndiDataSource>
""".format(n=pick(r, DBS), v=r.randint(0, 5), d="%d-%02d-%02d" % (r.randint(2020, 2024), r.randint(1, 12), r.randint(1, 28)), tz=pick(r, ["UTC", "Europe/Paris"]))
    return "jrs-export/resources/datasources/%s.xml" % pick(r, DBS), txt


@neg("oracle_dbid_report", "oracle", "txt")
def n_oracle_ids(r):
    lines = ["DB_NAME   DBID        PLATFORM_NAME                  DB_UNIQUE_NAME   GUID"]
    for _ in range(r.randint(2, 5)):
        lines.append("%-9s %-11d %-30s %-16s %s" % (pick(r, ["ERPPRD", "DWH", "FINPRD", "CRM"]), r.randint(10 ** 9, 4 * 10 ** 9), "Linux x86 64-bit", pick(r, ["erpprd_site1", "dwh_a", "fin_b"]), rstr(r, 32, HEX).upper()))
    return pick(r, ["docs/db_inventory.txt", "inventory/oracle_dbs.txt"]), "\n".join(lines) + "\n"


@neg("heidisql_no_password", "heidisql", "txt")
def n_heidi(r):
    rel, txt = t_heidi(r, "")
    return rel, txt.replace("\\LoginPrompt<|||>3<|||>0", "\\LoginPrompt<|||>3<|||>1")


@neg("tableau_connected_app_ids", "tableau", "yaml")
def n_tab_ca(r):
    txt = """# Tableau connected app (direct trust) used by the portal to mint JWTs.
# client id and secret id are identifiers shown in the Tableau UI; the secret VALUE is in Vault.
tableau:
  server: https://{s}
  site: {site}
  connectedApp:
    clientId: {cid}
    secretId: {sid}
    secretValueRef: vault:kv/data/portal/tableau#secret_value
  scopes:
    - tableau:views:embed
    - tableau:metrics:embed
  tokenTtlMinutes: {ttl}
""".format(s=pick(r, ["10ax.online.tableau.com", "tableau.%s.com" % company(r).replace("-", "")]), site=company(r), cid=guid(r), sid=guid(r), ttl=r.choice([5, 10]))
    return pick(r, ["config/tableau.yaml", "portal/config/embed.yaml"]), txt


@neg("superset_db_uri_no_pw", "superset", "py")
def n_superset(r):
    rel, txt = t_superset(r, Env("SUPERSET_DB_PASSWORD"))
    return rel, txt


# --------------------------------------------------------------------------------------------
def render_pos(r, t):
    for _ in range(30):
        v, kind = t["sec"](r)
        res = t["fn"](r, v)
        rel, content = res[0], res[1]
        if len(res) == 3:  # template encodes the secret; needle is the encoded form
            v = res[2]
        if t["binary"]:
            nb = v.encode("utf-16-le")
            if content.count(nb) == 1:
                return rel, content, nb.hex(), 0, kind
        else:
            if content.count(v) == 1:
                line = content[:content.index(v)].count("\n") + 1
                return rel, content, v, line, kind
    raise RuntimeError("could not place needle for %s" % t["name"])


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_nq.py OUTDIR SEED\n")
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    if os.path.isdir(os.path.join(out, "pos")):
        shutil.rmtree(os.path.join(out, "pos"))
    if os.path.isdir(os.path.join(out, "neg")):
        shutil.rmtree(os.path.join(out, "neg"))
    os.makedirs(out, exist_ok=True)
    manifest, secrets = [], []
    needles = set()

    def write(path, content):
        full = os.path.join(out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as fh:
            fh.write(content if isinstance(content, bytes) else content.encode("utf-8"))

    # positives: balanced over templates, order shuffled
    order = []
    while len(order) < 500:
        blk = list(range(len(T)))
        r.shuffle(blk)
        order += blk
    order = order[:500]
    for i, ti in enumerate(order):
        t = T[ti]
        rel, content, needle, line, kind = render_pos(r, t)
        path = "pos/p%04d/%s" % (i, rel)
        write(path, content)
        needles.add(needle)
        manifest.append({"file": path, "label": "pos", "provider": t["provider"], "kind": kind, "filetype": t["filetype"], "template": t["name"]})
        secrets.append({"file": path, "needle": needle, "line": line})

    # negatives: 250 template reuse with non-secret values, 250 look-alikes
    slots = ["reuse"] * 250 + ["alike"] * 250
    r.shuffle(slots)
    alike_order = []
    reuse_order = []
    for i, s in enumerate(slots):
        if s == "reuse":
            if not reuse_order:
                reuse_order = list(range(len(T)))
                r.shuffle(reuse_order)
            t = T[reuse_order.pop()]
            v = neg_value(r, t)
            rel, content = t["fn"](r, v)[:2]
            name, prov, ft = t["name"] + "__neg", t["provider"], t["filetype"]
            kind = "placeholder" if not isinstance(v, Env) else "env_reference"
            if v in ("", ):
                kind = "empty"
            elif v in ("********", "**MetabasePass**", "--------", "xxxxxxxx"):
                kind = "masked"
        else:
            if not alike_order:
                alike_order = list(range(len(N)))
                r.shuffle(alike_order)
            nt = N[alike_order.pop()]
            rel, content = nt["fn"](r)
            name, prov, ft, kind = nt["name"], nt["provider"], nt["filetype"], "lookalike"
        path = "neg/n%04d/%s" % (i, rel)
        write(path, content)
        manifest.append({"file": path, "label": "neg", "provider": prov, "kind": kind, "filetype": ft, "template": name})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
