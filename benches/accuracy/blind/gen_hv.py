#!/usr/bin/env python3
"""gen_hv.py - blind evaluation set: credentials in database-to-database links
and federated query configurations.

EMPHASIS
    Domain: secrets that live where one database (or query engine) reaches
    into another one: PostgreSQL postgres_fdw / mysql_fdw / oracle_fdw /
    tds_fdw user mappings, dblink connection strings, Oracle CREATE DATABASE
    LINK ... IDENTIFIED BY, SQL Server sp_addlinkedsrvlogin, OPENROWSET and
    OPENDATASOURCE strings, database scoped credentials (PolyBase, elastic
    query, Azure blob SAS), MySQL/MariaDB FEDERATED and CONNECT tables and
    CREATE SERVER, Trino/Presto/Starburst catalog .properties (JDBC
    passwords, S3 and Glue keys), ClickHouse remote()/mysql()/postgresql()/
    s3() table functions, named collections and dictionary sources, DuckDB
    CREATE SECRET / ATTACH, Snowflake stages and COPY with CREDENTIALS=(...),
    Redshift COPY/UNLOAD credentials, BigQuery Cloud SQL connections, Spark /
    Databricks JDBC reads and storage keys, Debezium / Kafka Connect
    connector configs, pgloader load files, Sqoop commands, option files and
    Oozie actions, Flyway / Liquibase placeholders and parameters.
    Providers: PostgreSQL, Oracle, SQL Server / Azure SQL, MySQL / MariaDB,
    Trino / Presto / Starburst, ClickHouse, DuckDB, Snowflake, Amazon
    Redshift / AWS S3 / Glue, Google BigQuery / Cloud Storage (HMAC),
    Cloudflare R2, Azure Storage, Databricks, Debezium / Kafka Connect,
    pgloader, Apache Sqoop, Flyway, Liquibase.
    Kinds: database_password, cloud_access_key_pair, sas_token,
    connection_string_password.
    File types: SQL migrations and scripts, .properties, XML (Liquibase,
    Oozie, ClickHouse config), JSON, YAML (Helm values, Strimzi CRs, GitHub
    workflows, Liquibase), Python and Scala notebooks-as-scripts, shell,
    PowerShell, pgloader .load, Markdown runbooks, TOML, INI, Terraform, CSV,
    logs, Dockerfile, .conf.

USAGE
    python3 -B gen_hv.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  Everything is derived from random.Random(SEED):
    the same SEED gives byte-identical output.  Standard library only.

NEEDLE CONVENTIONS
    * Passwords: the needle is the password value only, without the quotes,
      the option keyword or the surrounding connection string
      (postgres_fdw `password '<needle>'`, Oracle `IDENTIFIED BY <needle>`
      or `"<needle>"`, ADO/ODBC `Pwd=<needle>;`, JDBC `password=<needle>`).
    * URLs with userinfo (mysql://user:<needle>@host/...): the needle is the
      password part only.  Generated passwords never contain characters that
      would need percent-encoding, so the needle is written verbatim.
    * Cloud key pairs (AWS access key id + secret access key, GCS HMAC access
      id + secret, R2 access key id + secret, Azure account name + account
      key): the needle is the SECRET half.  The public half (AKIA..., GOOG1E...,
      account name) sits on the same line or a neighbouring line.
    * SAS tokens: the needle is the value of the `sig=` parameter exactly as
      written (URL-encoded, e.g. ...%2F...%3D); sv/sp/se/... are public
      parameters.
    * Databricks personal access token used as a JDBC PWD: the needle is the
      dapi... token.
    * Multi-line keys: none in this set (the domain holds no private keys).
    * `line` in secrets.jsonl is the 1-based line of the first occurrence of
      the needle; the generator asserts that the needle is on that line.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<password>, YOUR_PASSWORD_HERE, changeme,
    xxxxxxxx), empty values, masked values (********, [REDACTED]),
    environment / secret-manager references (${VAR}, ${ENV:VAR},
    ${file:...:key}, os.environ[...], sys.env(...), dbutils.secrets.get,
    $env:VAR, op://, vault paths), tool substitutions (psql :'var', SQL*Plus
    &&var, sqlcmd $(var), Flyway ${placeholder}, Jinja {{ }}), and the
    providers' documented examples (AWS AKIAIOSFODNN7EXAMPLE pair, the GCS
    HMAC documentation pair, the Azure/AWS DataSync documentation SAS tokens,
    the published Azurite emulator account key,
    doc passwords such as `secret`, `dbz`, `tiger`).
    250 are look-alikes of the domain with no credential at all: link and
    server names, IDENTIFIED BY VALUES hashes, IDENTIFIED EXTERNALLY /
    GLOBALLY, password_required 'false' with client certificates, IAM role
    ARNs, storage integrations, DuckDB credential_chain secrets and SECRET
    names, Redshift SECRET_ARN, SCRAM/md5/mysql_native password hashes,
    ClickHouse password_sha256_hex, LSNs, SCNs, offsets, Flyway checksums,
    Liquibase MD5SUMs, ETags/Content-MD5, SHA-256 manifests, UUIDs, query
    ids, Oracle SQL_IDs, public certificates and SSH public keys, Hadoop
    credential-provider aliases, Vault policies.
    No negative is written to a .env / .env.local / .env.<stage> file.

FORMATS CHECKED (search tool, providers' documentation)
    * PostgreSQL docs: CREATE USER MAPPING ... OPTIONS (user 'bob', password
      'secret'); the example password `secret` is used as a doc negative.
    * tds_fdw docs: user mapping options are `username` and `password`.
      oracle_fdw: server option `dbserver`, mapping options user/password.
    * Oracle SQL reference: CREATE [SHARED] [PUBLIC] DATABASE LINK dblink
      CONNECT TO user IDENTIFIED BY password [AUTHENTICATED BY ...] USING
      connect_string; `IDENTIFIED BY VALUES` is for Oracle internal use.
    * Microsoft Learn: sp_addlinkedsrvlogin @rmtsrvname, @useself,
      @locallogin, @rmtuser, @rmtpassword; OPENDATASOURCE init_string
      keywords (Data Source, User ID, Password); CREATE DATABASE SCOPED
      CREDENTIAL ... WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET.
      Azure SAS parameters sv, ss, srt, sp, st, se, spr, sig (doc example
      with sig=F%6GRVAZ5... used as a negative); account keys appear as
      AccountKey= in DefaultEndpointsProtocol=...;AccountName=...;
      connection strings.
    * MySQL manual: CREATE SERVER ... FOREIGN DATA WRAPPER mysql OPTIONS
      (USER, PASSWORD, HOST, DATABASE, PORT numeric) and FEDERATED
      CONNECTION='mysql://user[:password]@host:port/db/table'.
    * Trino docs: connection-url / connection-user / connection-password in
      etc/catalog/*.properties (doc value `secret`); native S3 properties
      s3.aws-access-key / s3.aws-secret-key, legacy hive.s3.aws-access-key /
      hive.s3.aws-secret-key.
    * ClickHouse docs: remote(addresses_expr, db, table, user, password),
      mysql(host:port, database, table, user, password), named collections
      (XML and CREATE NAMED COLLECTION), password_sha256_hex.
    * DuckDB / MotherDuck docs: CREATE SECRET (TYPE s3, KEY_ID, SECRET,
      REGION ...), types s3/gcs/r2/azure/postgres/mysql, PROVIDER
      credential_chain.
    * Snowflake docs: CREDENTIALS = (AWS_KEY_ID=... AWS_SECRET_KEY=...),
      (AZURE_SAS_TOKEN=...), STORAGE_INTEGRATION as the key-less form.
    * Redshift docs: IAM_ROLE 'arn:aws:iam::<acct>:role/<name>',
      ACCESS_KEY_ID ... SECRET_ACCESS_KEY ..., CREDENTIALS
      'aws_access_key_id=...;aws_secret_access_key=...'.
    * AWS: access key id = 20 chars, AKIA prefix for long-term keys, doc
      example AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY.
    * Google Cloud Storage HMAC keys: service-account access id 61 chars,
      secret 40-char base64 (doc examples used as negatives).
    * BigQuery connections: CloudSqlCredential(username, password), bq mk
      --connection --connection_type=CLOUD_SQL --connection_credential.
    * Azurite docs: the well-known emulator account devstoreaccount1 and its
      published key Eby8vdM0... (used as a documented-example negative).
    * Databricks JDBC: jdbc:databricks://host:443;httpPath=...;AuthMech=3;
      UID=token;PWD=<personal-access-token>.
    * Debezium connector properties database.hostname/.user/.password;
      pgloader LOAD DATABASE FROM mysql://... INTO postgresql://... WITH ...

DOUBTS
    * AWS key id body: generated as 16 chars of [A-Z2-7]; secret as 40
      chars of base64 (30 random bytes).  The exact alphabet is not in the
      AWS docs I found.
    * GCS HMAC access ids are generated as GOOG1E + 55 chars of [A-Z2-7];
      the docs give only the length (61) and a GOOG... example.
    * Cloudflare R2 key sizes (32 hex id, 64 hex secret) were not confirmed
      by a search.
    * Databricks PAT body (dapi + 32 hex) is from memory, not confirmed.
    * Azure SAS sig generated as URL-encoded base64 of 32 random bytes
      (HMAC-SHA256 size); SAS field order varies between tools.
    * Oracle `IDENTIFIED BY VALUES` hex strings are modelled on old export
      output (random hex, ':1' for newer exports); lengths are a guess.
    * A few search hits were secret-scanner material (a regex101 library
      entry, a DLP regex page, a GitLab secret-detection MR, a GitGuardian
      detector page); they were not used.
"""
import base64
import hashlib
import json
import os
import random
import sys

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"

ORGS = ["acme", "northwind", "contoso", "globex", "initech", "umbrella",
        "hooli", "vandelay", "tyrell", "soylent", "cyberdyne", "oscorp",
        "piedpiper", "wonka", "stark", "dunder", "bluth", "kruger"]
DBS = ["billing", "orders", "inventory", "crm", "ledger", "analytics",
       "warehouse", "hr", "payroll", "catalog", "shipping", "events",
       "reporting", "finance", "legacy_erp", "claims", "telemetry", "pricing"]
SCHEMAS = ["public", "sales", "ops", "staging", "raw", "dw", "fin",
           "archive", "ext", "core", "mart"]
TABLES = {
    "customers": ["id bigint", "email text", "country_code char(2)", "created_at timestamptz"],
    "invoices": ["id bigint", "customer_id bigint", "total_cents bigint", "issued_on date"],
    "orders": ["id bigint", "customer_id bigint", "status text", "placed_at timestamptz"],
    "shipments": ["id bigint", "order_id bigint", "carrier text", "shipped_at timestamptz"],
    "employees": ["emp_id integer", "full_name text", "dept_code text", "hired_on date"],
    "payments": ["id bigint", "invoice_id bigint", "amount numeric(12,2)", "paid_at timestamptz"],
    "products": ["sku text", "title text", "price numeric(10,2)", "active boolean"],
    "stock_levels": ["sku text", "warehouse_id integer", "qty integer", "counted_at timestamptz"],
    "refunds": ["id bigint", "payment_id bigint", "reason text", "amount numeric(12,2)"],
    "subscriptions": ["id bigint", "account_id bigint", "plan text", "renews_on date"],
    "ledger_entries": ["entry_id bigint", "account_no text", "debit numeric(14,2)", "credit numeric(14,2)"],
}
USERS = ["fdw_reader", "link_ro", "etl_svc", "report_user", "replicator",
         "dblink_app", "svc_federation", "bi_reader", "readonly_api",
         "ext_loader", "ora_link", "sqoop_etl", "dbz_capture", "trino_ro",
         "ch_import", "migrate_user", "lake_sync", "xdb_reader"]
LOCAL_ROLES = ["app_reader", "reporting", "analytics_rw", "etl", "postgres",
               "svc_api", "bi_team", "data_eng"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
           "ap-southeast-2", "ca-central-1", "eu-north-1"]
ENVS = ["prod", "staging", "qa", "dev", "uat"]
WORDS = ["Copper", "Lantern", "Harbor", "Maple", "Quartz", "Falcon", "Meadow",
         "Cobalt", "Ember", "Glacier", "Orchid", "Pine", "Summit", "Tundra",
         "Velvet", "Willow", "Zephyr", "Basalt", "Cinder", "Juniper",
         "Kestrel", "Lagoon", "Nimbus", "Onyx", "Prairie", "Raven", "Sierra",
         "Thistle", "Umber", "Bramble"]
PEOPLE = ["alice", "bmartin", "chen.w", "dkowalski", "e.nakamura", "fatima.r",
          "gpetrov", "hsingh", "ines.g", "jorgensen"]
TICKETS = ["DATA", "DBA", "PLAT", "ETL", "OPS", "INFRA", "BI"]

# characters a generated password may use, per syntactic context
SYM_ALL = "!#%^*-_+=.~"
SYM_CTX = {
    "url": "!*-_.~", "connstr": "!#%^*-_+.~", "libpq": "!#%^*-_+.~",
    "ini": "!%^*-_+=.~", "csv": "!#%^*-_+=.~", "ora": "#_", "ora_xml": "#_",
}

DOC_AWS = ("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
DOC_GCS = ("GOOGTS7C7FUP3AIRVJTE2BCDKINBTES3HC2GY5CBFJDCQ2SYHV6A6XXVTJFSA",
           "bGoa+V7g/yqDXvKRqq+JTFn4uQZbPiQJo4pf9RzJ")
DOC_SAS = [
    "sv=2015-04-05&ss=bf&st=2015-04-29T22%3A18%3A26Z&se=2015-04-30T02%3A23%3A26Z"
    "&sr=b&sp=rw&sip=168.1.5.60-168.1.5.70&spr=https&sig=F%6GRVAZ5Cdj2Pw4tgU7IlSTkWgn7bUkkAg8P6HESXwmf%4B",
    "sp=r&st=2023-12-20T14:54:52Z&se=2023-12-20T22:54:52Z&spr=https&sv=2021-06-08"
    "&sr=c&sig=aBBKDWQvyuVcTPH9EBp%2FXTI9E%2F%2Fmq171%2BZU178wcwqU%3D",
]
DOC_PW = ["secret", "dbz", "tiger", "password"]
PLACEHOLDER_PW = ["<password>", "<remote-password>", "YOUR_PASSWORD_HERE",
                  "changeme", "CHANGE_ME", "xxxxxxxx", "REPLACE_WITH_PASSWORD",
                  "<link password>", "TODO-set-me", "your_password"]
MASKED = ["********", "****", "[REDACTED]", "<redacted>", "xxxxxxxxxxxx", "***hidden***"]
SQ_CTX = ("sqlq", "chq", "duckq", "sfq", "tsq", "myq", "tfsq")
NEG_STYLES = ["placeholder", "env_reference", "masked", "empty", "doc_example"]
NEG_WEIGHTS = [30, 32, 14, 9, 15]


class G:
    """Per-file generation context: randomness helpers and secret slots."""

    def __init__(self, rng, mode, style=None):
        self.r = rng
        self.mode = mode            # "pos" or "neg"
        self.style = style          # negative style for re-used templates
        self.needles = []

    # ---------------------------------------------------------- basics
    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def chance(self, p):
        return self.r.random() < p

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.rbytes(n)).decode()

    def uuid(self):
        h = self.hexs(32)
        h = h[:12] + "4" + h[13:16] + self.c("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def org(self):
        return self.c(ORGS)

    def db(self):
        return self.c(DBS)

    def user(self):
        return self.c(USERS)

    def region(self):
        return self.c(REGIONS)

    def env(self):
        return self.c(ENVS)

    def table(self):
        t = self.c(list(TABLES))
        return t, TABLES[t]

    def ip(self):
        return "10.%d.%d.%d" % (self.i(0, 40), self.i(0, 255), self.i(2, 250))

    def host(self, kind="pg"):
        o, d, e = self.org(), self.db().replace("_", "-"), self.env()
        n = self.i(1, 4)
        pick = self.i(0, 4)
        if pick == 0:
            return "%s-%s-%02d.%s.internal" % (d, e, n, o)
        if pick == 1:
            return "%s-%s.%s.%s.rds.amazonaws.com" % (
                d, e, "cluster-ro-" + self.s(LOWER + DIGITS, 12) if self.chance(0.5)
                else self.s(LOWER + DIGITS, 12), self.region())
        if pick == 2:
            return "%sdb%02d.%s.corp" % (kind, n, o)
        if pick == 3:
            return self.ip()
        return "%s-%s.db.%s.net" % (kind, d, o)

    def date(self, y0=2021, y1=2025):
        return "%04d-%02d-%02d" % (self.i(y0, y1), self.i(1, 12), self.i(1, 28))

    def ts(self, y0=2022, y1=2025):
        return "%sT%02d:%02d:%02dZ" % (self.date(y0, y1), self.i(0, 23),
                                       self.i(0, 59), self.i(0, 59))

    def ticket(self):
        return "%s-%d" % (self.c(TICKETS), self.i(100, 9999))

    def person(self):
        return self.c(PEOPLE)

    def acct_id(self):
        return str(self.i(100000000000, 999999999999))

    def bucket(self):
        return "%s-%s-%s" % (self.org(), self.db().replace("_", "-"),
                             self.c(["landing", "exports", "raw", "lake",
                                     "archive", "staging", "unload"]))

    def storage_account(self):
        return (self.org() + self.db().replace("_", ""))[:18] + self.c(["sa", "lake", "dl", "stg"])

    # ------------------------------------------------- secret generation
    def _password(self, ctx):
        syms = SYM_CTX.get(ctx, SYM_ALL)
        style = self.i(0, 9)
        if style <= 4:                         # random strong password
            n = self.i(16, 30)
            chars = [self.c("ABCDEFGHJKLMNPQRSTUVWXYZ"), self.c("abcdefghijkmnopqrstuvwxyz"),
                     self.c("23456789"), self.c(syms)]
            pool = ALNUM * 3 + syms
            chars += [self.c(pool) for _ in range(n - 4)]
            self.r.shuffle(chars)
            pw = "".join(chars)
            if ctx in ("ora", "ora_xml") or not pw[0].isalnum():
                pw = self.c("ABCDEFGHJKLMNPQRSTUVWXYZ") + pw
            return pw
        if style <= 6:                         # passphrase
            sep = self.c([c for c in "-._" if c in syms] or ["_"])
            ws = self.r.sample(WORDS, self.i(3, 4))
            return sep.join(ws) + sep + str(self.i(10, 99))
        if style <= 8 and ctx not in ("url", "connstr", "libpq", "ora", "ora_xml", "ini", "csv"):
            return self.b64(self.c([18, 21, 24]))   # openssl rand -base64
        return self.s(ALNUM, self.i(20, 32))        # pwgen -s

    def aws_id(self):
        return "AKIA" + self.s(B32, 16)

    def aws_secret(self):
        return self.b64(30)

    def gcs_id(self):
        return "GOOG1E" + self.s(B32, 55)

    def azure_key(self):
        return self.b64(64)

    def sas_sig(self):
        raw = self.b64(32)
        return raw.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    def sas_token(self, sig, leading_q=False):
        sv = self.c(["2021-06-08", "2022-11-02", "2023-01-03", "2020-08-04", "2021-12-02"])
        st = self.ts(2024, 2025)
        se = "%04d-%02d-%02dT%02d:00:00Z" % (self.i(2026, 2028), self.i(1, 12), self.i(1, 28), self.i(0, 23))
        if self.chance(0.5):
            tok = "sv=%s&ss=%s&srt=%s&sp=%s&se=%s&st=%s&spr=https&sig=%s" % (
                sv, self.c(["b", "bf", "bfqt"]), self.c(["sco", "co", "c"]),
                self.c(["rl", "rwdlacup", "rwl", "rwdlacupiytfx", "racwdl"]), se, st, sig)
        else:
            tok = "sp=%s&st=%s&se=%s&spr=https&sv=%s&sr=c&sig=%s" % (
                self.c(["r", "rl", "racwdl", "rwl"]), st, se, sv, sig)
        return ("?" + tok) if leading_q else tok

    # -------------------------------------------------- quoting helpers
    @staticmethod
    def wrap(ctx, v):
        if ctx in SQ_CTX:
            return "'" + v + "'"
        if ctx == "sqlN":
            return "N'" + v + "'"
        if ctx in ("json", "py", "scala", "hcl", "toml", "yaml", "yaml_gha", "yaml_ansible", "dq"):
            return '"' + v + '"'
        if ctx in ("sh", "ps1"):
            return "'" + v + "'"
        if ctx in ("ora", "ora_xml"):
            if v and v[0].isalpha() and all(ch.isalnum() or ch in "_#" for ch in v):
                return v
            return '"' + v + '"'
        return v

    def env_ref(self, ctx, name):
        low = name.lower()
        opts = {
            "sqlq": [":'%s'" % low, "'${%s}'" % low, "'{{ env_var(\"%s\") }}'" % name],
            "sqlN": ["N'$(%s)'" % name, "'$(%s)'" % name],
            "chq": ["{%s:String}" % low, "'${%s}'" % name],
            "duckq": ["'${%s}'" % name],
            "sfq": ["'&{%s}'" % low, "'{{ %s }}'" % low],
            "tsq": ["'$(%s)'" % name],
            "myq": ["'${%s}'" % name, "@%s" % low],
            "tfsq": ["'${var.%s}'" % low],
            "ora": ["&&%s" % low, '"&%s"' % low, '"${%s}"' % low],
            "ora_xml": ['"${%s}"' % low, "${%s}" % low],
            "props": ["${%s}" % name, "${env.%s}" % name, "${ENV:%s}" % name],
            "props_trino": ["${ENV:%s}" % name],
            "props_kafka": ["${env:%s}" % name,
                            "${file:/opt/kafka/secrets/connect.properties:%s}" % low,
                            "${directory:/mnt/secrets/%s:password}" % low.replace("_", "-")],
            "json": ['"${env:%s}"' % name, '"${file:/secrets/db.properties:%s}"' % low,
                     '"${%s}"' % name],
            "yaml": ['"${%s}"' % name, '"{{ .Values.secrets.%s }}"' % low.replace("_", ""),
                     "'op://data-platform/%s/password'" % low.replace("_", "-"),
                     '"vault:secret/data/db/%s#password"' % low.replace("_", "-")],
            "yaml_gha": ["${{ secrets.%s }}" % name],
            "yaml_ansible": ['"{{ vault_%s }}"' % low, "\"{{ lookup('env', '%s') }}\"" % name],
            "py": ['os.environ["%s"]' % name, 'os.getenv("%s")' % name,
                   'dbutils.secrets.get(scope="%s", key="%s")' % (
                       self.c(["federation", "etl", "jdbc", "lakehouse"]), low.replace("_", "-"))],
            "scala": ['sys.env("%s")' % name,
                      'dbutils.secrets.get(scope = "%s", key = "%s")' % (
                          self.c(["federation", "etl", "jdbc"]), low.replace("_", "-"))],
            "sh": ['"$%s"' % name, '"${%s}"' % name, '"${%s:?not set}"' % name,
                   '"$(cat /run/secrets/%s)"' % low,
                   '"$(vault kv get -field=password secret/db/%s)"' % low.replace("_", "-"),
                   '"$(op read op://infra/%s/password)"' % low.replace("_", "-")],
            "ps1": ["$env:%s" % name, "(Get-Secret -Name %s -AsPlainText)" % name],
            "hcl": ["var.%s" % low, "data.vault_generic_secret.%s.data[\"password\"]" % low],
            "toml": ['"${%s}"' % name, '"${env.%s}"' % name],
            "xml": ["${%s}" % name, "${%s}" % low],
            "dq": ['"${%s}"' % name],
        }
        if ctx in opts:
            return self.c(opts[ctx])
        return "${%s}" % name

    def _neg_value(self, ctx, name, docs, placeholders=None):
        st = self.style
        if st == "doc_example" and docs:
            return self.wrap(ctx, self.c(docs))
        if st == "env_reference":
            return self.env_ref(ctx, name)
        if st == "masked":
            return self.wrap(ctx, self.c(MASKED))
        if st == "empty" and ctx not in ("ora", "ora_xml"):
            return self.wrap(ctx, "")
        ph = [p for p in (placeholders or PLACEHOLDER_PW) if not (ctx in ("xml", "ora", "ora_xml", "url", "connstr", "libpq", "ini")
                                                  and ("<" in p or " " in p))]
        return self.wrap(ctx, self.c(ph))

    def _record(self, needle):
        self.needles.append(needle)

    # ---------------------------------------------------- secret slots
    def pw(self, ctx, name="DB_PASSWORD"):
        """A password slot; returns the text to embed (quotes included)."""
        if self.mode == "pos":
            v = self._password(ctx)
            self._record(v)
            return self.wrap(ctx, v)
        return self._neg_value(ctx, name, DOC_PW)

    def aws(self, ctx, name="AWS"):
        """Access key id + secret access key; returns (id_text, secret_text)."""
        if self.mode == "pos":
            k, s = self.aws_id(), self.aws_secret()
            self._record(s)
            return self.wrap(ctx, k), self.wrap(ctx, s)
        return self._neg_pair(ctx, name, DOC_AWS, ("<access-key-id>", "<secret-access-key>"),
                              ("YOUR_ACCESS_KEY_ID", "YOUR_SECRET_ACCESS_KEY"), "AKIA")

    def gcs(self, ctx, name="GCS_HMAC"):
        if self.mode == "pos":
            k, s = self.gcs_id(), self.b64(30)
            self._record(s)
            return self.wrap(ctx, k), self.wrap(ctx, s)
        return self._neg_pair(ctx, name, DOC_GCS, ("<hmac-access-id>", "<hmac-secret>"),
                              ("YOUR_HMAC_ACCESS_ID", "YOUR_HMAC_SECRET"), "GOOG")

    def r2(self, ctx, name="R2"):
        if self.mode == "pos":
            k, s = self.hexs(32), self.hexs(64)
            self._record(s)
            return self.wrap(ctx, k), self.wrap(ctx, s)
        return self._neg_pair(ctx, name, None, ("<r2-access-key-id>", "<r2-secret-access-key>"),
                              ("YOUR_R2_ACCESS_KEY_ID", "YOUR_R2_SECRET_ACCESS_KEY"), "")

    def _neg_pair(self, ctx, name, doc, ph1, ph2, mask_prefix):
        st = self.style
        if st == "doc_example" and doc:
            return self.wrap(ctx, doc[0]), self.wrap(ctx, doc[1])
        if st == "env_reference":
            return (self.env_ref(ctx, name + "_ACCESS_KEY_ID"),
                    self.env_ref(ctx, name + "_SECRET_ACCESS_KEY"))
        if st == "masked":
            return self.wrap(ctx, mask_prefix + "*" * 16), self.wrap(ctx, self.c(MASKED))
        if st == "empty":
            return self.wrap(ctx, ""), self.wrap(ctx, "")
        ph = ph2 if ctx == "xml" else self.c([ph1, ph2])
        return self.wrap(ctx, ph[0]), self.wrap(ctx, ph[1])

    def akey(self, ctx, name="AZURE_STORAGE_KEY"):
        """Azure storage account key (88 base64 chars)."""
        if self.mode == "pos":
            v = self.azure_key()
            self._record(v)
            return self.wrap(ctx, v)
        if self.style == "doc_example":
            # the storage emulator's well-known, published development key
            return self.wrap(ctx, "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsu"
                                  "Fq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==")
        return self._neg_value(ctx, name, None, ["<storage-account-key>", "YOUR_STORAGE_ACCOUNT_KEY",
                                                 "<account-key>", "REPLACE_WITH_ACCOUNT_KEY"])

    def sas(self, ctx, name="AZURE_SAS_TOKEN", leading_q=False):
        """A full SAS token; the needle is its sig value."""
        if self.mode == "pos":
            sig = self.sas_sig()
            self._record(sig)
            return self.wrap(ctx, self.sas_token(sig, leading_q))
        if self.style == "doc_example":
            return self.wrap(ctx, ("?" if leading_q else "") + self.c(DOC_SAS))
        if self.style == "masked":
            return self.wrap(ctx, self.sas_token("REDACTED", leading_q))
        return self._neg_value(ctx, name, None, ["<sas-token>", "YOUR_SAS_TOKEN", "<SAS token without leading ?>",
                                                 "REPLACE_WITH_SAS_TOKEN"])

    def dapi(self, ctx, name="DATABRICKS_TOKEN"):
        if self.mode == "pos":
            v = "dapi" + self.hexs(32)
            self._record(v)
            return self.wrap(ctx, v)
        if self.style == "masked":
            return self.wrap(ctx, "dapi" + "*" * 32)
        if self.style == "doc_example":
            return self.wrap(ctx, "<personal-access-token>")
        return self._neg_value(ctx, name, None, ["<personal-access-token>", "YOUR_DATABRICKS_TOKEN",
                                                 "dapi_REPLACE_ME", "<token>"])


# ====================================================================
# positive templates (also re-used, with a non-secret slot, as negatives)
# each returns (relative path, file text)
# ====================================================================
POS = []


def pos(provider, kind):
    def deco(f):
        POS.append((f, provider, kind))
        return f
    return deco


def col_defs(cols, indent="    "):
    return (",\n").join(indent + c for c in cols)


def col_names(cols):
    return ", ".join(c.split()[0] for c in cols)


@pos("postgres_fdw", "database_password")
def p_pg_fdw_migration(g):
    srv = g.c(["legacy_billing", "erp_remote", "crm_primary", "orders_replica", "hr_src"]) + "_srv"
    t, cols = g.table()
    sch = g.c(SCHEMAS)
    host = g.host("pg")
    role = g.c(LOCAL_ROLES)
    ruser = g.user()
    n = g.i(12, 240)
    path = g.c(["db/migrations/V%d__create_fdw_%s.sql" % (n, srv),
                "migrations/%03d_postgres_fdw_%s.sql" % (n, srv.replace("_srv", "")),
                "sql/fdw/%s.sql" % srv])
    text = "\n".join([
        "-- %s: read-only access to %s.%s on %s" % (g.ticket(), sch, t, host),
        "-- owner: %s   reviewed-by: %s" % (g.person(), g.person()),
        "CREATE EXTENSION IF NOT EXISTS postgres_fdw;",
        "",
        "CREATE SERVER IF NOT EXISTS %s" % srv,
        "    FOREIGN DATA WRAPPER postgres_fdw",
        "    OPTIONS (host '%s', port '%d', dbname '%s', sslmode 'require', fetch_size '%d');"
        % (host, g.c([5432, 5432, 6432, 5433]), g.db(), g.c([1000, 5000, 10000])),
        "",
        "CREATE USER MAPPING IF NOT EXISTS FOR %s" % role,
        "    SERVER %s" % srv,
        "    OPTIONS (user '%s', password %s);" % (ruser, g.pw("sqlq", "FDW_REMOTE_PASSWORD")),
        "",
        "CREATE SCHEMA IF NOT EXISTS %s_remote;" % sch,
        "IMPORT FOREIGN SCHEMA %s LIMIT TO (%s)" % (sch, t),
        "    FROM SERVER %s INTO %s_remote;" % (srv, sch),
        "",
        "GRANT USAGE ON SCHEMA %s_remote TO %s;" % (sch, role),
        "GRANT SELECT ON ALL TABLES IN SCHEMA %s_remote TO %s;" % (sch, role),
        ""])
    return path, text


@pos("postgres_fdw", "database_password")
def p_pg_fdw_rotate(g):
    srv = g.c(["warehouse_link", "ledger_fdw", "reporting_src", "pricing_remote"])
    roles = g.r.sample(LOCAL_ROLES, 2)
    path = g.c(["sql/maintenance/rotate_%s_mapping.sql" % srv,
                "ops/sql/%s_%s_password_rotation.sql" % (g.date().replace("-", ""), srv)])
    text = "\n".join([
        "-- Password rotation for the foreign server %s (%s)." % (srv, g.ticket()),
        "-- Run as the server owner. Existing sessions keep their cached connection",
        "-- until postgres_fdw_disconnect_all() is called.",
        "BEGIN;",
        "ALTER USER MAPPING FOR %s SERVER %s" % (roles[0], srv),
        "    OPTIONS (SET password %s);" % g.pw("sqlq", "FDW_NEW_PASSWORD"),
        "ALTER USER MAPPING FOR %s SERVER %s" % (roles[1], srv),
        "    OPTIONS (SET user 'svc_%s');" % srv.split("_")[0],
        "COMMIT;",
        "",
        "SELECT postgres_fdw_disconnect_all();",
        "SELECT srvname, umuser::regrole FROM pg_user_mappings WHERE srvname = '%s';" % srv,
        ""])
    return path, text


@pos("mysql_fdw", "database_password")
def p_mysql_fdw(g):
    t, cols = g.table()
    host = g.host("mysql")
    db = g.db()
    srv = "mysql_%s" % db
    role = g.c(LOCAL_ROLES)
    path = g.c(["db/migrations/V%d__mysql_fdw_%s.sql" % (g.i(3, 90), db),
                "sql/federation/mysql_%s.sql" % db])
    pgcols = [c.replace("timestamptz", "timestamp").replace("text", "varchar(255)") for c in cols]
    text = "\n".join([
        "-- Pull %s from the %s MySQL instance (mysql_fdw)." % (t, db),
        "CREATE EXTENSION IF NOT EXISTS mysql_fdw;",
        "",
        "CREATE SERVER %s" % srv,
        "  FOREIGN DATA WRAPPER mysql_fdw",
        "  OPTIONS (host '%s', port '3306');" % host,
        "",
        "CREATE USER MAPPING FOR %s" % role,
        "  SERVER %s" % srv,
        "  OPTIONS (username '%s', password %s);" % (g.user(), g.pw("sqlq", "MYSQL_FDW_PASSWORD")),
        "",
        "CREATE FOREIGN TABLE IF NOT EXISTS ext_%s (" % t,
        col_defs(pgcols, "  "),
        ")",
        "SERVER %s" % srv,
        "OPTIONS (dbname '%s', table_name '%s');" % (db, t),
        ""])
    return path, text


@pos("oracle_fdw", "database_password")
def p_oracle_fdw(g):
    t = g.c(["EMPLOYEES", "GL_BALANCES", "PO_HEADERS_ALL", "AR_INVOICES", "INV_ITEMS"])
    host = g.host("ora")
    svc = g.c(["ORCLPDB1", "ERPPRD", "FINPROD", "HRPDB", "XEPDB1"])
    role = g.c(LOCAL_ROLES)
    path = g.c(["db/oracle_fdw/010_server.sql", "migrations/%d_oracle_fdw_%s.sql" % (g.i(5, 80), t.lower()),
                "deploy/sql/oracle_link.sql"])
    text = "\n".join([
        "/* oracle_fdw link to the %s PDB, see %s */" % (svc, g.ticket()),
        "CREATE EXTENSION IF NOT EXISTS oracle_fdw;",
        "",
        "CREATE SERVER ora_%s FOREIGN DATA WRAPPER oracle_fdw" % svc.lower(),
        "    OPTIONS (dbserver '//%s:1521/%s', isolation_level 'read_committed');" % (host, svc),
        "",
        "CREATE USER MAPPING FOR %s SERVER ora_%s" % (role, svc.lower()),
        "    OPTIONS (user '%s', password %s);" % (g.user().upper(), g.pw("sqlq", "ORACLE_FDW_PASSWORD")),
        "",
        "CREATE FOREIGN TABLE ora_%s (" % t.lower(),
        "    id        numeric(18) OPTIONS (key 'true') NOT NULL,",
        "    name      varchar(240),",
        "    updated   timestamp",
        ") SERVER ora_%s OPTIONS (schema '%s', table '%s', prefetch '%d');"
        % (svc.lower(), g.c(["HR", "GL", "PO", "AR", "APPS"]), t, g.c([50, 200, 1000])),
        ""])
    return path, text


@pos("tds_fdw", "database_password")
def p_tds_fdw(g):
    host = g.host("mssql")
    db = g.c(["Sales", "Dynamics", "Warehouse", "Payroll", "CRM"])
    t, cols = g.table()
    role = g.c(LOCAL_ROLES)
    path = g.c(["sql/tds_fdw/%s.sql" % db.lower(), "db/migrations/V%d__tds_fdw_%s.sql" % (g.i(2, 70), db.lower())])
    text = "\n".join([
        "-- SQL Server (%s) exposed through tds_fdw" % db,
        "CREATE EXTENSION IF NOT EXISTS tds_fdw;",
        "",
        "CREATE SERVER mssql_%s" % db.lower(),
        "    FOREIGN DATA WRAPPER tds_fdw",
        "    OPTIONS (servername '%s', port '1433', database '%s', tds_version '7.4');" % (host, db),
        "",
        "CREATE USER MAPPING FOR %s" % role,
        "    SERVER mssql_%s" % db.lower(),
        "    OPTIONS (username '%s', password %s);" % (g.user(), g.pw("sqlq", "TDS_PASSWORD")),
        "",
        "CREATE FOREIGN TABLE mssql_%s (" % t,
        col_defs([c.replace("timestamptz", "timestamp") for c in cols]),
        ")",
        "    SERVER mssql_%s" % db.lower(),
        "    OPTIONS (schema_name 'dbo', table_name '%s', row_estimate_method 'showplan_all');" % t.title(),
        ""])
    return path, text


@pos("dblink", "connection_string_password")
def p_dblink_connect(g):
    host = g.host("pg")
    db = g.db()
    user = g.user()
    conn = g.c(["archive", "ledger_src", "old_cluster", "report_db"])
    path = g.c(["sql/functions/sync_%s.sql" % db, "db/functions/fn_pull_%s.sql" % db,
                "scripts/sql/%s_backfill.sql" % conn])
    t, cols = g.table()
    text = "\n".join([
        "CREATE EXTENSION IF NOT EXISTS dblink;",
        "",
        "CREATE OR REPLACE FUNCTION ops.pull_%s(since timestamptz)" % t,
        "RETURNS integer",
        "LANGUAGE plpgsql AS $fn$",
        "DECLARE",
        "    n integer;",
        "BEGIN",
        "    PERFORM dblink_connect('%s'," % conn,
        "        'host=%s port=5432 dbname=%s user=%s password=%s sslmode=require');"
        % (host, db, user, g.pw("libpq", "DBLINK_PASSWORD")),
        "    INSERT INTO staging.%s (%s)" % (t, col_names(cols)),
        "    SELECT * FROM dblink('%s'," % conn,
        "        format('SELECT %s FROM %s WHERE %s >= %%L', since))" % (
            col_names(cols), t, ([c.split()[0] for c in cols if c.split()[1] in ("timestamptz", "date")] or ["id"])[-1]),
        "        AS r(%s);" % ", ".join(cols),
        "    GET DIAGNOSTICS n = ROW_COUNT;",
        "    PERFORM dblink_disconnect('%s');" % conn,
        "    RETURN n;",
        "END",
        "$fn$;",
        ""])
    return path, text


@pos("dblink", "connection_string_password")
def p_dblink_view(g):
    host = g.host("pg")
    db = g.db()
    t, cols = g.table()
    path = g.c(["db/views/v_remote_%s.sql" % t, "sql/views/%s_%s.sql" % (db, t)])
    text = "\n".join([
        "-- Cross-cluster view; replaced by postgres_fdw in %s" % g.ticket(),
        "CREATE OR REPLACE VIEW reporting.v_remote_%s AS" % t,
        "SELECT r.*",
        "FROM dblink(",
        "    'hostaddr=%s port=%d dbname=%s user=%s password=%s connect_timeout=10',"
        % (g.ip(), g.c([5432, 6432]), db, g.user(), g.pw("libpq", "DBLINK_PASSWORD")),
        "    'SELECT %s FROM %s.%s'" % (col_names(cols), g.c(SCHEMAS), t),
        ") AS r(%s);" % ", ".join(cols),
        "",
        "COMMENT ON VIEW reporting.v_remote_%s IS 'dblink view over %s';" % (t, db),
        ""])
    return path, text


@pos("oracle", "database_password")
def p_ora_dblink_liquibase_sql(g):
    link = g.c(["FIN_LINK", "HR_DBLINK", "ERP_REMOTE", "DWH_LINK", "LEGACY_PRD"])
    host = g.host("ora")
    svc = g.c(["FINPRD", "HRPRD", "ERPPRD", "DWHPRD", "ORCL"])
    user = g.user().upper()
    path = g.c(["db/changelog/oracle/%s-create-%s.sql" % (g.date().replace("-", ""), link.lower()),
                "src/main/resources/db/changelog/sql/%s.sql" % link.lower()])
    text = "\n".join([
        "--liquibase formatted sql",
        "",
        "--changeset %s:%s-1 runOnChange:false" % (g.person(), link.lower()),
        "--comment: database link to %s for the nightly reconciliation" % svc,
        "CREATE DATABASE LINK %s" % link,
        "  CONNECT TO %s IDENTIFIED BY %s" % (user, g.pw("ora", "LINK_PWD")),
        "  USING '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=%s)(PORT=1521))"
        "(CONNECT_DATA=(SERVICE_NAME=%s)))';" % (host, svc),
        "--rollback DROP DATABASE LINK %s;" % link,
        "",
        "--changeset %s:%s-2" % (g.person(), link.lower()),
        "CREATE OR REPLACE SYNONYM REMOTE_LEDGER FOR GL.GL_BALANCES@%s;" % link,
        "--rollback DROP SYNONYM REMOTE_LEDGER;",
        ""])
    return path, text


@pos("oracle", "database_password")
def p_ora_public_link_sqlplus(g):
    link = g.c(["REPORTING", "TO_ARCHIVE", "STAGING_LNK", "BI_SRC"])
    alias = g.c(["ARCHPRD", "DWH", "STGDB", "BIPRD"])
    path = g.c(["scripts/oracle/create_links.sql", "dba/sql/%s.sql" % link.lower(),
                "install/03_db_links.sql"])
    text = "\n".join([
        "SET ECHO OFF",
        "SET FEEDBACK ON",
        "WHENEVER SQLERROR EXIT SQL.SQLCODE",
        "PROMPT Creating public database link %s -> %s" % (link, alias),
        "",
        "BEGIN",
        "  EXECUTE IMMEDIATE 'DROP PUBLIC DATABASE LINK %s';" % link,
        "EXCEPTION WHEN OTHERS THEN NULL;",
        "END;",
        "/",
        "",
        "CREATE PUBLIC DATABASE LINK %s" % link,
        "  CONNECT TO %s IDENTIFIED BY %s" % (g.user().upper(), g.pw("ora", "REMOTE_PWD")),
        "  USING '%s';" % alias,
        "",
        "SELECT db_link, username, host, created FROM dba_db_links WHERE db_link LIKE '%s%%';" % link,
        "EXIT",
        ""])
    return path, text


@pos("oracle", "database_password")
def p_ora_shared_link(g):
    link = g.c(["SHR_ORDERS", "SHR_CRM", "SHARED_FIN"])
    host = g.host("ora")
    path = g.c(["dba/links/%s.sql" % link.lower(), "sql/oracle/shared_links.sql"])
    text = "\n".join([
        "-- Shared server link: one network session shared by all sessions of the pool.",
        "-- Remote user is the current user; the link itself authenticates as LINKAUTH.",
        "CREATE SHARED DATABASE LINK %s" % link,
        "  CONNECT TO CURRENT_USER",
        "  AUTHENTICATED BY LINKAUTH IDENTIFIED BY %s" % g.pw("ora", "LINKAUTH_PWD"),
        "  USING '%s:1521/%s';" % (host, g.c(["ORDERS", "CRMPRD", "FIN"])),
        "",
        "GRANT SELECT ON app.orders_v TO reporting;",
        ""])
    return path, text


@pos("oracle", "database_password")
def p_ora_gateway_link(g):
    link = g.c(["TO_MSSQL", "MSSQL_DG4", "SQLSRV_LINK"])
    sid = g.c(["dg4msql", "dg4odbc", "msql_gw"])
    path = g.c(["dba/gateway/%s.sql" % link.lower(), "oracle/hs/create_%s.sql" % sid])
    text = "\n".join([
        "-- Heterogeneous Services: Oracle -> SQL Server via %s" % sid,
        "-- listener.ora / init%s.ora are managed by the gateway role (ansible)." % sid,
        "CREATE DATABASE LINK %s" % link,
        '  CONNECT TO "%s" IDENTIFIED BY %s' % (g.user(), g.pw("ora", "GATEWAY_PWD")),
        "  USING '%s';" % sid,
        "",
        'SELECT COUNT(*) FROM "dbo"."%s"@%s;' % (g.c(["Orders", "Customers", "Invoices"]), link),
        ""])
    return path, text


@pos("oracle", "database_password")
def p_ora_liquibase_xml(g):
    link = g.c(["DWH_LINK", "OPS_LINK", "FIN_RO"])
    host = g.host("ora")
    path = g.c(["src/main/resources/db/changelog/changes/%s-dblink.xml" % g.date().replace("-", ""),
                "db/changelog/oracle-links.xml"])
    text = "\n".join([
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<databaseChangeLog',
        '    xmlns="http://www.liquibase.org/xml/ns/dbchangelog"',
        '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
        '    xsi:schemaLocation="http://www.liquibase.org/xml/ns/dbchangelog',
        '        http://www.liquibase.org/xml/ns/dbchangelog/dbchangelog-4.20.xsd">',
        '',
        '    <changeSet id="%s-create-link" author="%s" dbms="oracle">' % (link.lower(), g.person()),
        '        <sql splitStatements="false">',
        '            CREATE DATABASE LINK %s CONNECT TO %s IDENTIFIED BY %s USING \'%s/%s\''
        % (link, g.user().upper(), g.pw("ora_xml", "LINK_PASSWORD"), host, g.c(["DWH", "OPS", "FIN"])),
        '        </sql>',
        '        <rollback>DROP DATABASE LINK %s</rollback>' % link,
        '    </changeSet>',
        '</databaseChangeLog>',
        ''])
    return path, text


@pos("sqlserver", "database_password")
def p_mssql_linked_login(g):
    srv = g.c(["REPORTSRV", "ERP_LINK", "SQLDWH01", "LEGACY_CRM", "PAYROLL_SRC"])
    host = g.host("mssql")
    path = g.c(["db/linked-servers/%s.sql" % srv.lower(), "sql/setup/03_linked_server_%s.sql" % srv.lower(),
                "deploy/mssql/linked_servers.sql"])
    text = "\n".join([
        "USE [master];",
        "GO",
        "-- Linked server used by the monthly close jobs (%s)" % g.ticket(),
        "IF NOT EXISTS (SELECT 1 FROM sys.servers WHERE name = N'%s')" % srv,
        "BEGIN",
        "    EXEC master.dbo.sp_addlinkedserver",
        "        @server = N'%s'," % srv,
        "        @srvproduct = N'',",
        "        @provider = N'MSOLEDBSQL',",
        "        @datasrc = N'%s,1433';" % host,
        "END",
        "GO",
        "",
        "EXEC master.dbo.sp_addlinkedsrvlogin",
        "    @rmtsrvname = N'%s'," % srv,
        "    @useself = N'False',",
        "    @locallogin = NULL,",
        "    @rmtuser = N'%s'," % g.user(),
        "    @rmtpassword = %s;" % g.pw("sqlN", "LINKED_SERVER_PASSWORD"),
        "GO",
        "",
        "EXEC master.dbo.sp_serveroption @server = N'%s', @optname = N'rpc out', @optvalue = N'true';" % srv,
        "GO",
        ""])
    return path, text


@pos("sqlserver", "connection_string_password")
def p_mssql_openrowset(g):
    host = g.host("mssql")
    t = g.c(["Orders", "Customers", "Invoices", "Shipments", "Employees"])
    db = g.c(["SalesDB", "ERP", "Archive2019", "HRM"])
    path = g.c(["sql/adhoc/compare_%s.sql" % t.lower(), "scripts/mssql/import_%s.sql" % t.lower(),
                "reports/%s_reconciliation.sql" % t.lower()])
    text = "\n".join([
        "-- needs: sp_configure 'Ad Hoc Distributed Queries', 1",
        "SET NOCOUNT ON;",
        "",
        "SELECT src.*",
        "INTO   #remote_%s" % t.lower(),
        "FROM   OPENROWSET('MSOLEDBSQL',",
        "         'Server=%s;Database=%s;Uid=%s;Pwd=%s;Encrypt=yes;TrustServerCertificate=no;',"
        % (host, db, g.user(), g.pw("connstr", "REMOTE_PWD")),
        "         'SELECT * FROM dbo.%s WHERE ModifiedDate >= DATEADD(day, -7, GETDATE())') AS src;" % t,
        "",
        "SELECT COUNT(*) AS remote_rows FROM #remote_%s;" % t.lower(),
        "DROP TABLE #remote_%s;" % t.lower(),
        ""])
    return path, text


@pos("sqlserver", "connection_string_password")
def p_mssql_opendatasource(g):
    host = g.host("mssql")
    t = g.c(["Orders", "Customers", "Invoices", "PriceList"])
    path = g.c(["sql/etl/pull_%s.sql" % t.lower(), "jobs/sqlagent/step2_%s.sql" % t.lower()])
    text = "\n".join([
        "-- SQL Agent job step: copy %s from the branch server" % t,
        "INSERT INTO staging.dbo.%s_Branch (Id, Code, Amount, LoadedAt)" % t,
        "SELECT Id, Code, Amount, SYSUTCDATETIME()",
        "FROM OPENDATASOURCE('MSOLEDBSQL',",
        "     'Data Source=%s;User ID=%s;Password=%s;Initial Catalog=%s'"
        % (host, g.user(), g.pw("connstr", "BRANCH_PASSWORD"), g.c(["Branch", "Shop", "Store"])),
        "     ).%s.dbo.%s;" % (g.c(["Branch", "Shop", "Store"]), t),
        ""])
    return path, text


@pos("sqlserver", "database_password")
def p_mssql_powershell(g):
    srv = g.c(["DWH_LINK", "ARCHIVE", "FINANCE_RO"])
    inst = g.c(["sqlprod01", "sql-bi-02", "mssql-core"])
    path = g.c(["scripts/Set-LinkedServerLogin.ps1", "ops/powershell/linked-server-%s.ps1" % srv.lower()])
    pwv = g.pw("ps1", "LINKED_PWD")
    text = "\n".join([
        "#Requires -Modules SqlServer",
        "param(",
        "    [string]$Instance = '%s'," % inst,
        "    [string]$LinkedServer = '%s'" % srv,
        ")",
        "",
        "$remoteUser = '%s'" % g.user(),
        "$remoteSecret = %s" % pwv,
        "",
        "$query = @\"",
        "EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'$LinkedServer',",
        "     @useself = N'False', @locallogin = NULL,",
        "     @rmtuser = N'$remoteUser', @rmtpassword = N'$remoteSecret';",
        "\"@",
        "",
        "Invoke-Sqlcmd -ServerInstance $Instance -Database master -Query $query -TrustServerCertificate",
        "Write-Host \"Login mapping refreshed for $LinkedServer on $Instance\"",
        ""])
    return path, text


@pos("azure_sql", "sas_token")
def p_mssql_scoped_cred_sas(g):
    acct = g.storage_account()
    cont = g.c(["imports", "landing", "exports", "backups"])
    cred = g.c(["BlobImportCredential", "LandingSas", "AzureStorageCredential"])
    bt = g.table()[0]
    path = g.c(["db/external/blob_import.sql", "sql/azure/%s.sql" % cred.lower(),
                "migrations/%03d_external_data_source.sql" % g.i(5, 99)])
    text = "\n".join([
        "IF NOT EXISTS (SELECT * FROM sys.symmetric_keys WHERE name = '##MS_DatabaseMasterKey##')",
        "    CREATE MASTER KEY;",
        "GO",
        "",
        "CREATE DATABASE SCOPED CREDENTIAL %s" % cred,
        "WITH IDENTITY = 'SHARED ACCESS SIGNATURE',",
        "     SECRET = %s;" % g.sas("tsq", "BLOB_SAS_TOKEN"),
        "GO",
        "",
        "CREATE EXTERNAL DATA SOURCE %s_src" % cont,
        "WITH ( TYPE = BLOB_STORAGE,",
        "       LOCATION = 'https://%s.blob.core.windows.net/%s'," % (acct, cont),
        "       CREDENTIAL = %s );" % cred,
        "GO",
        "",
        "BULK INSERT dbo.%s_import FROM '%s/%s.csv'" % (bt, g.date().replace("-", "/"), bt),
        "WITH (DATA_SOURCE = '%s_src', FORMAT = 'CSV', FIRSTROW = 2);" % cont,
        ""])
    return path, text


@pos("sqlserver", "sas_token")
def p_mssql_backup_url_cred(g):
    acct = g.storage_account()
    db = g.c(["Sales", "ERP", "Warehouse", "Payroll"])
    path = g.c(["dba/backup/backup_to_url.sql", "sql/maintenance/%s_backup_url.sql" % db.lower()])
    url = "https://%s.blob.core.windows.net/%s" % (acct, g.c(["sqlbackups", "backups", "dr-copies"]))
    text = "\n".join([
        "-- copy-only backups shipped to blob storage for the DR restore test (%s)" % g.ticket(),
        "IF NOT EXISTS (SELECT 1 FROM sys.credentials WHERE name = '%s')" % url,
        "    CREATE CREDENTIAL [%s]" % url,
        "        WITH IDENTITY = 'SHARED ACCESS SIGNATURE',",
        "        SECRET = %s;" % g.sas("tsq", "BACKUP_SAS_TOKEN"),
        "GO",
        "",
        "BACKUP DATABASE [%s]" % db,
        "    TO URL = '%s/%s_%s.bak'" % (url, db, g.date().replace("-", "")),
        "    WITH COPY_ONLY, COMPRESSION, STATS = 10;",
        "GO",
        ""])
    return path, text


@pos("sqlserver_polybase", "database_password")
def p_mssql_polybase_oracle(g):
    host = g.host("ora")
    cred = g.c(["OracleCredential", "ora_reader_cred", "ErpOracleCred"])
    path = g.c(["sql/polybase/oracle_source.sql", "db/external/%s.sql" % cred.lower()])
    text = "\n".join([
        "-- PolyBase (SQL Server 2019+) external table over Oracle",
        "CREATE DATABASE SCOPED CREDENTIAL %s" % cred,
        "    WITH IDENTITY = '%s', SECRET = %s;" % (g.user().upper(), g.pw("tsq", "ORACLE_SECRET")),
        "GO",
        "CREATE EXTERNAL DATA SOURCE OracleErp",
        "    WITH ( LOCATION = 'oracle://%s:1521'," % host,
        "           PUSHDOWN = ON,",
        "           CREDENTIAL = %s );" % cred,
        "GO",
        "CREATE EXTERNAL TABLE ext.GlBalances (",
        "    LEDGER_ID     DECIMAL(15) NOT NULL,",
        "    PERIOD_NAME   NVARCHAR(15) COLLATE Latin1_General_BIN2,",
        "    BEGIN_BALANCE DECIMAL(28, 2)",
        ") WITH ( LOCATION = '[%s].GL.GL_BALANCES', DATA_SOURCE = OracleErp );" % g.c(["ERPPRD", "FINPRD"]),
        "GO",
        ""])
    return path, text


@pos("azure_sql", "database_password")
def p_azure_elastic_query(g):
    srv = g.c(["shard-eu", "tenants-01", "ops-core", "billing-db"])
    cred = g.c(["ElasticDBQueryCred", "RemoteReaderCred", "CrossDbCred"])
    path = g.c(["sql/elastic/%s.sql" % srv, "database/azure/cross_db_query.sql"])
    text = "\n".join([
        "-- Azure SQL Database elastic query (RDBMS external data source)",
        "CREATE MASTER KEY ENCRYPTION BY PASSWORD = '%s';" % ("${master_key_password}"),
        "GO",
        "CREATE DATABASE SCOPED CREDENTIAL %s" % cred,
        "WITH IDENTITY = '%s'," % g.user(),
        "SECRET = %s;" % g.pw("tsq", "ELASTIC_QUERY_SECRET"),
        "GO",
        "CREATE EXTERNAL DATA SOURCE RemoteReferenceData WITH (",
        "    TYPE = RDBMS,",
        "    LOCATION = '%s.database.windows.net'," % srv,
        "    DATABASE_NAME = '%s'," % g.c(["ReferenceData", "Tenants", "Billing"]),
        "    CREDENTIAL = %s" % cred,
        ");",
        "GO",
        ""])
    return path, text


@pos("sqlserver_polybase", "cloud_access_key_pair")
def p_polybase_azure_key(g):
    acct = g.storage_account()
    path = g.c(["sql/polybase/hadoop_wasbs.sql", "db/external/wasbs_source.sql"])
    text = "\n".join([
        "-- PolyBase over Azure Blob (wasbs) with the storage account key",
        "CREATE DATABASE SCOPED CREDENTIAL AzureStorageKey",
        "WITH IDENTITY = '%s'," % acct,
        "     SECRET = %s;" % g.akey("tsq"),
        "GO",
        "CREATE EXTERNAL DATA SOURCE AzureLake WITH (",
        "    TYPE = HADOOP,",
        "    LOCATION = 'wasbs://%s@%s.blob.core.windows.net'," % (g.c(["raw", "curated", "lake"]), acct),
        "    CREDENTIAL = AzureStorageKey",
        ");",
        "GO",
        ""])
    return path, text


@pos("mysql_federated", "connection_string_password")
def p_mysql_federated_table(g):
    t, cols = g.table()
    host = g.host("mysql")
    db = g.db()
    path = g.c(["db/mysql/federated_%s.sql" % t, "sql/schema/%s_federated.sql" % t])
    mcols = [c.replace("timestamptz", "DATETIME").replace("text", "VARCHAR(255)").replace("boolean", "TINYINT(1)") for c in cols]
    text = "\n".join([
        "-- FEDERATED table: rows live on %s, this is only a pointer." % host,
        "CREATE TABLE fed_%s (" % t,
        col_defs(mcols, "  ") + ",",
        "  PRIMARY KEY (%s)" % mcols[0].split()[0],
        ")",
        "ENGINE=FEDERATED",
        "DEFAULT CHARSET=utf8mb4",
        "CONNECTION='mysql://%s:%s@%s:3306/%s/%s';" % (g.user(), g.pw("url", "MYSQL_REMOTE_PASSWORD"), host, db, t),
        ""])
    return path, text


@pos("mysql_federated", "database_password")
def p_mysql_create_server(g):
    host = g.host("mysql")
    db = g.db()
    srv = "fed_%s" % db
    t, cols = g.table()
    path = g.c(["db/mysql/servers.sql", "sql/mysql/%s_server.sql" % db, "migrations/mysql/V%d__%s.sql" % (g.i(2, 60), srv)])
    mcols = [c.replace("timestamptz", "DATETIME").replace("text", "VARCHAR(255)").replace("boolean", "TINYINT(1)") for c in cols]
    text = "\n".join([
        "DROP SERVER IF EXISTS %s;" % srv,
        "CREATE SERVER %s" % srv,
        "  FOREIGN DATA WRAPPER mysql",
        "  OPTIONS (USER '%s', PASSWORD %s, HOST '%s', PORT 3306, DATABASE '%s');"
        % (g.user(), g.pw("myq", "FED_PASSWORD"), host, db),
        "",
        "CREATE TABLE remote_%s (" % t,
        col_defs(mcols, "  "),
        ") ENGINE=FEDERATED CONNECTION='%s/%s';" % (srv, t),
        ""])
    return path, text


@pos("mariadb_connect", "connection_string_password")
def p_mariadb_connect(g):
    t, cols = g.table()
    host = g.host("mysql")
    path = g.c(["db/mariadb/connect_%s.sql" % t, "sql/mariadb/%s_connect.sql" % g.db()])
    text = "\n".join([
        "INSTALL SONAME 'ha_connect';",
        "",
        "CREATE TABLE IF NOT EXISTS cx_%s" % t,
        "  ENGINE=CONNECT",
        "  TABLE_TYPE=MYSQL",
        "  CONNECTION='mysql://%s:%s@%s/%s/%s';"
        % (g.user(), g.pw("url", "CONNECT_PASSWORD"), host, g.db(), t),
        "",
        "SELECT COUNT(*) FROM cx_%s;" % t,
        ""])
    return path, text


@pos("trino", "database_password")
def p_trino_pg_catalog(g):
    db = g.db()
    host = g.host("pg")
    path = g.c(["etc/catalog/%s.properties" % db, "trino/catalog/%s_pg.properties" % db,
                "docker/trino/etc/catalog/postgres.properties"])
    text = "\n".join([
        "# %s replica, read only (%s)" % (db, g.ticket()),
        "connector.name=postgresql",
        "connection-url=jdbc:postgresql://%s:5432/%s?ssl=true&sslmode=require" % (host, db),
        "connection-user=%s" % g.user(),
        "connection-password=%s" % g.pw("props_trino", "PG_%s_PASSWORD" % db.upper()),
        "case-insensitive-name-matching=true",
        "postgresql.array-mapping=AS_ARRAY",
        "join-pushdown.enabled=true",
        ""])
    return path, text


@pos("trino", "database_password")
def p_trino_helm_catalogs(g):
    db = g.db()
    host = g.host("mysql")
    path = g.c(["deploy/trino/values.yaml", "helm/trino/values-%s.yaml" % g.env(), "charts/trino-values.yaml"])
    text = "\n".join([
        "image:",
        "  tag: \"%d\"" % g.i(420, 470),
        "server:",
        "  workers: %d" % g.i(2, 12),
        "  config:",
        "    query:",
        "      maxMemory: \"%dGB\"" % g.c([8, 16, 32, 64]),
        "catalogs:",
        "  tpch: |",
        "    connector.name=tpch",
        "    tpch.splits-per-node=4",
        "  %s: |" % db,
        "    connector.name=mysql",
        "    connection-url=jdbc:mysql://%s:3306" % host,
        "    connection-user=%s" % g.user(),
        "    connection-password=%s" % g.pw("props_trino", "MYSQL_%s_PASSWORD" % db.upper()),
        "    mysql.connection-timeout=30s",
        "service:",
        "  type: ClusterIP",
        "  port: 8080",
        ""])
    return path, text


@pos("trino", "cloud_access_key_pair")
def p_trino_hive_s3(g):
    path = g.c(["etc/catalog/hive.properties", "trino/catalog/lake.properties", "docker/trino/catalog/hive.properties"])
    k, s = g.aws("props_trino", "HIVE_S3")
    text = "\n".join([
        "connector.name=hive",
        "hive.metastore.uri=thrift://hive-metastore.%s.svc:9083" % g.c(["data", "lake", "analytics"]),
        "hive.non-managed-table-writes-enabled=true",
        "hive.s3.aws-access-key=%s" % k,
        "hive.s3.aws-secret-key=%s" % s,
        "hive.s3.region=%s" % g.region(),
        "hive.s3.ssl.enabled=true",
        ""])
    return path, text


@pos("trino", "cloud_access_key_pair")
def p_trino_iceberg_native_s3(g):
    path = g.c(["etc/catalog/iceberg.properties", "trino/catalog/iceberg_%s.properties" % g.env()])
    k, s = g.aws("props_trino", "ICEBERG_S3")
    b = g.bucket()
    text = "\n".join([
        "connector.name=iceberg",
        "iceberg.catalog.type=rest",
        "iceberg.rest-catalog.uri=http://iceberg-rest.%s.internal:8181" % g.org(),
        "iceberg.rest-catalog.warehouse=s3://%s/warehouse" % b,
        "fs.native-s3.enabled=true",
        "s3.region=%s" % g.region(),
        "s3.aws-access-key=%s" % k,
        "s3.aws-secret-key=%s" % s,
        "s3.path-style-access=false",
        ""])
    return path, text


@pos("trino", "cloud_access_key_pair")
def p_trino_glue(g):
    path = g.c(["etc/catalog/glue.properties", "trino/catalog/datalake.properties"])
    k, s = g.aws("props_trino", "GLUE")
    r = g.region()
    text = "\n".join([
        "connector.name=hive",
        "hive.metastore=glue",
        "hive.metastore.glue.region=%s" % r,
        "hive.metastore.glue.catalogid=%s" % g.acct_id(),
        "hive.metastore.glue.aws-access-key=%s" % k,
        "hive.metastore.glue.aws-secret-key=%s" % s,
        "hive.recursive-directories=true",
        ""])
    return path, text


@pos("trino", "connection_string_password")
def p_trino_sqlserver_url(g):
    host = g.host("mssql")
    path = g.c(["etc/catalog/sqlserver.properties", "trino/catalog/mssql_%s.properties" % g.db()])
    text = "\n".join([
        "connector.name=sqlserver",
        "connection-url=jdbc:sqlserver://%s:1433;databaseName=%s;encrypt=true;trustServerCertificate=false;"
        "user=%s;password=%s" % (host, g.c(["Sales", "ERP", "Warehouse"]), g.user(),
                                  g.pw("connstr", "MSSQL_PASSWORD")),
        "sqlserver.snapshot-isolation.disabled=false",
        "domain-compaction-threshold=%d" % g.c([32, 256, 1000]),
        ""])
    return path, text


@pos("presto", "database_password")
def p_presto_oracle(g):
    host = g.host("ora")
    path = g.c(["presto/etc/catalog/oracle.properties", "etc/presto/catalog/erp.properties"])
    text = "\n".join([
        "# PrestoDB catalog for the ERP schema",
        "connector.name=oracle",
        "connection-url=jdbc:oracle:thin:@//%s:1521/%s" % (host, g.c(["ERPPRD", "ORCLPDB1"])),
        "connection-user=%s" % g.user().upper(),
        "connection-password=%s" % g.pw("props", "ORACLE_PASSWORD"),
        "oracle.synonyms.enabled=true",
        ""])
    return path, text


@pos("starburst", "database_password")
def p_starburst_values(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["starburst/values.yaml", "deploy/starburst/values-%s.yaml" % g.env()])
    text = "\n".join([
        "coordinator:",
        "  resources:",
        "    memory: \"%dGi\"" % g.c([16, 32, 60]),
        "worker:",
        "  autoscaling:",
        "    enabled: true",
        "    maxReplicas: %d" % g.i(4, 20),
        "catalogs:",
        "  %s: |-" % db,
        "    connector.name=postgresql",
        "    connection-url=jdbc:postgresql://%s:5432/%s" % (host, db),
        "    connection-user=%s" % g.user(),
        "    connection-password=%s" % g.pw("props_trino", "SB_%s_PASSWORD" % db.upper()),
        "  system_jmx: |-",
        "    connector.name=jmx",
        ""])
    return path, text


@pos("clickhouse", "database_password")
def p_ch_remote(g):
    db = g.c(["default", "analytics", "events", "metrics"])
    t = g.c(["page_views", "events_local", "sessions", "orders_local", "clicks"])
    hosts = ",".join("ch-%s-%02d.%s.internal:9000" % (g.env(), n, g.org()) for n in range(1, g.i(2, 4)))
    path = g.c(["sql/clickhouse/backfill_%s.sql" % t, "clickhouse/queries/migrate_%s.sql" % t,
                "scripts/ch/copy_from_old_cluster.sql"])
    text = "\n".join([
        "-- one-off copy from the old cluster (%s)" % g.ticket(),
        "INSERT INTO %s.%s" % (db, t),
        "SELECT *",
        "FROM remote('%s', %s, %s, '%s', %s)" % (hosts, db, t, g.user(), g.pw("chq", "CH_OLD_PASSWORD")),
        "WHERE event_date >= toDate('%s')" % g.date(),
        "SETTINGS max_execution_time = 3600, max_insert_threads = %d;" % g.c([4, 8, 16]),
        ""])
    return path, text


@pos("clickhouse", "database_password")
def p_ch_mysql_func(g):
    t, cols = g.table()
    host = g.host("mysql")
    path = g.c(["clickhouse/sql/load_%s.sql" % t, "sql/ch/%s_from_mysql.sql" % t])
    text = "\n".join([
        "CREATE TABLE IF NOT EXISTS dim_%s" % t,
        "ENGINE = ReplacingMergeTree",
        "ORDER BY %s" % cols[0].split()[0],
        "AS SELECT * FROM mysql('%s:3306', '%s', '%s', '%s', %s);"
        % (host, g.db(), t, g.user(), g.pw("chq", "CH_MYSQL_PASSWORD")),
        "",
        "OPTIMIZE TABLE dim_%s FINAL;" % t,
        ""])
    return path, text


@pos("clickhouse", "database_password")
def p_ch_postgresql_engine(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["clickhouse/schema/%s_pg.sql" % db, "sql/clickhouse/databases.sql"])
    text = "\n".join([
        "-- Postgres tables visible in ClickHouse as database pg_%s" % db,
        "CREATE DATABASE IF NOT EXISTS pg_%s" % db,
        "ENGINE = PostgreSQL('%s:5432', '%s', '%s', %s, '%s', 1);"
        % (host, db, g.user(), g.pw("chq", "CH_PG_PASSWORD"), g.c(SCHEMAS)),
        "",
        "SHOW TABLES FROM pg_%s;" % db,
        ""])
    return path, text


@pos("clickhouse", "database_password")
def p_ch_named_collection_xml(g):
    coll = g.c(["mysql_crm", "pg_billing", "erp_source", "orders_replica"])
    port = 3306 if "mysql" in coll or coll == "erp_source" else 5432
    host = g.host("mysql" if port == 3306 else "pg")
    path = g.c(["clickhouse/config.d/named_collections.xml", "deploy/clickhouse/config.d/%s.xml" % coll,
                "config/clickhouse/named-collections.xml"])
    text = "\n".join([
        "<clickhouse>",
        "    <named_collections>",
        "        <%s>" % coll,
        "            <host>%s</host>" % host,
        "            <port>%d</port>" % port,
        "            <database>%s</database>" % g.db(),
        "            <user>%s</user>" % g.user(),
        "            <password>%s</password>" % g.pw("xml", "CH_COLLECTION_PASSWORD"),
        "            <connection_pool_size>%d</connection_pool_size>" % g.c([8, 16, 32]),
        "        </%s>" % coll,
        "    </named_collections>",
        "</clickhouse>",
        ""])
    return path, text


@pos("clickhouse", "database_password")
def p_ch_named_collection_ddl(g):
    host = g.host("pg")
    coll = g.c(["pg_ledger", "pg_events", "crm_pg"])
    path = g.c(["clickhouse/migrations/%03d_named_collection.sql" % g.i(1, 60), "sql/clickhouse/%s.sql" % coll])
    text = "\n".join([
        "CREATE NAMED COLLECTION IF NOT EXISTS %s AS" % coll,
        "    host = '%s'," % host,
        "    port = 5432,",
        "    database = '%s'," % g.db(),
        "    user = '%s'," % g.user(),
        "    password = %s NOT OVERRIDABLE;" % g.pw("chq", "CH_PG_PASSWORD"),
        "",
        "SELECT count() FROM postgresql(%s, table = '%s', schema = '%s');" % (coll, g.table()[0], g.c(SCHEMAS)),
        ""])
    return path, text


@pos("clickhouse", "cloud_access_key_pair")
def p_ch_s3_func(g):
    b = g.bucket()
    k, s = g.aws("chq", "CH_S3")
    path = g.c(["clickhouse/sql/import_s3_%s.sql" % g.date().replace("-", ""), "sql/clickhouse/s3_load.sql"])
    text = "\n".join([
        "INSERT INTO raw.events",
        "SELECT *",
        "FROM s3(",
        "    'https://%s.s3.%s.amazonaws.com/events/dt=%s/*.parquet'," % (b, g.region(), g.date()),
        "    %s," % k,
        "    %s," % s,
        "    'Parquet'",
        ")",
        "SETTINGS input_format_parquet_allow_missing_columns = 1;",
        ""])
    return path, text


@pos("clickhouse", "database_password")
def p_ch_dictionary_xml(g):
    host = g.host("mysql")
    t = g.c(["countries", "currencies", "product_tree", "tariffs"])
    path = g.c(["clickhouse/dictionaries/%s_dictionary.xml" % t, "config/clickhouse/dicts/%s.xml" % t])
    text = "\n".join([
        "<clickhouse>",
        "  <dictionary>",
        "    <name>dict_%s</name>" % t,
        "    <source>",
        "      <mysql>",
        "        <port>3306</port>",
        "        <user>%s</user>" % g.user(),
        "        <password>%s</password>" % g.pw("xml", "DICT_MYSQL_PASSWORD"),
        "        <replica><host>%s</host><priority>1</priority></replica>" % host,
        "        <db>%s</db>" % g.db(),
        "        <table>%s</table>" % t,
        "      </mysql>",
        "    </source>",
        "    <lifetime><min>300</min><max>600</max></lifetime>",
        "    <layout><hashed/></layout>",
        "    <structure>",
        "      <id><name>id</name></id>",
        "      <attribute><name>name</name><type>String</type><null_value></null_value></attribute>",
        "    </structure>",
        "  </dictionary>",
        "</clickhouse>",
        ""])
    return path, text


@pos("duckdb", "cloud_access_key_pair")
def p_duckdb_secret_s3(g):
    k, s = g.aws("duckq", "DUCKDB_S3")
    b = g.bucket()
    path = g.c(["analysis/load_lake.sql", "duckdb/init.sql", "notebooks/sql/00_setup.sql"])
    text = "\n".join([
        "INSTALL httpfs;",
        "LOAD httpfs;",
        "",
        "CREATE OR REPLACE SECRET lake_s3 (",
        "    TYPE s3,",
        "    KEY_ID %s," % k,
        "    SECRET %s," % s,
        "    REGION '%s'," % g.region(),
        "    SCOPE 's3://%s'" % b,
        ");",
        "",
        "CREATE OR REPLACE VIEW events AS",
        "    SELECT * FROM read_parquet('s3://%s/events/*/*.parquet', hive_partitioning = true);" % b,
        ""])
    return path, text


@pos("duckdb", "cloud_access_key_pair")
def p_duckdb_python(g):
    k, s = g.aws("dq", "S3")
    b = g.bucket()
    path = g.c(["scripts/export_to_duckdb.py", "etl/duck_refresh.py", "jobs/local_lake_snapshot.py"])
    text = "\n".join([
        "import duckdb",
        "",
        "",
        "def connect(path=\"lake.duckdb\"):",
        "    con = duckdb.connect(path)",
        "    con.execute(\"INSTALL httpfs; LOAD httpfs;\")",
        "    con.execute(\"\"\"",
        "        CREATE OR REPLACE SECRET (",
        "            TYPE s3,",
        "            KEY_ID %s," % k.replace('"', "'"),
        "            SECRET %s," % s.replace('"', "'"),
        "            REGION '%s'" % g.region(),
        "        )",
        "    \"\"\")",
        "    return con",
        "",
        "",
        "if __name__ == \"__main__\":",
        "    con = connect()",
        "    con.execute(\"CREATE OR REPLACE TABLE orders AS SELECT * FROM 's3://%s/orders/*.parquet'\")" % b,
        "    print(con.execute(\"SELECT count(*) FROM orders\").fetchone())",
        ""])
    return path, text


@pos("duckdb", "database_password")
def p_duckdb_pg_secret(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["duckdb/attach_postgres.sql", "analysis/attach_%s.sql" % db])
    text = "\n".join([
        "INSTALL postgres;",
        "LOAD postgres;",
        "",
        "CREATE SECRET %s_pg (" % db,
        "    TYPE postgres,",
        "    HOST '%s'," % host,
        "    PORT 5432,",
        "    DATABASE %s," % db,
        "    USER '%s'," % g.user(),
        "    PASSWORD %s" % g.pw("duckq", "DUCKDB_PG_PASSWORD"),
        ");",
        "",
        "ATTACH '' AS %s (TYPE postgres, SECRET %s_pg, READ_ONLY);" % (db, db),
        "SELECT count(*) FROM %s.%s.%s;" % (db, g.c(SCHEMAS), g.table()[0]),
        ""])
    return path, text


@pos("duckdb", "connection_string_password")
def p_duckdb_attach_libpq(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["scripts/snapshot.sql", "duckdb/%s_snapshot.sql" % db])
    text = "\n".join([
        ".bail on",
        "INSTALL postgres; LOAD postgres;",
        "ATTACH 'host=%s port=5432 dbname=%s user=%s password=%s' AS src (TYPE postgres, READ_ONLY);"
        % (host, db, g.user(), g.pw("libpq", "PGPASSWORD")),
        "COPY (SELECT * FROM src.%s.%s) TO '%s.parquet' (FORMAT parquet);" % (g.c(SCHEMAS), g.table()[0], db),
        "DETACH src;",
        ""])
    return path, text


@pos("duckdb", "cloud_access_key_pair")
def p_duckdb_azure_connstr(g):
    acct = g.storage_account()
    path = g.c(["duckdb/azure.sql", "analysis/azure_blob_setup.sql"])
    text = "\n".join([
        "INSTALL azure;",
        "LOAD azure;",
        "CREATE SECRET az_lake (",
        "    TYPE azure,",
        "    CONNECTION_STRING 'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net'"
        % (acct, g.akey("connstr")),
        ");",
        "SELECT count(*) FROM 'az://%s/events/*.parquet';" % g.c(["raw", "lake", "curated"]),
        ""])
    return path, text


@pos("duckdb", "sas_token")
def p_duckdb_azure_sas(g):
    acct = g.storage_account()
    cont = g.c(["partner-feed", "exports", "landing"])
    path = g.c(["duckdb/partner_feed.sql", "analysis/azure_sas_reader.sql"])
    text = "\n".join([
        "INSTALL azure;",
        "LOAD azure;",
        "-- read-only SAS handed over by the partner (%s)" % g.ticket(),
        "CREATE SECRET partner_feed (",
        "    TYPE azure,",
        "    CONNECTION_STRING 'BlobEndpoint=https://%s.blob.core.windows.net;SharedAccessSignature=%s'"
        % (acct, g.sas("connstr", "PARTNER_SAS")),
        ");",
        "CREATE OR REPLACE TABLE partner_orders AS",
        "    SELECT * FROM read_json_auto('az://%s/orders/*.json');" % cont,
        ""])
    return path, text


@pos("duckdb", "cloud_access_key_pair")
def p_duckdb_gcs(g):
    k, s = g.gcs("duckq", "GCS_HMAC")
    path = g.c(["duckdb/gcs.sql", "analysis/gcs_reader.sql"])
    text = "\n".join([
        "CREATE SECRET gcs_lake (",
        "    TYPE gcs,",
        "    KEY_ID %s," % k,
        "    SECRET %s" % s,
        ");",
        "SELECT * FROM read_csv_auto('gs://%s/exports/%s/*.csv') LIMIT 20;" % (g.bucket(), g.date()),
        ""])
    return path, text


@pos("duckdb", "cloud_access_key_pair")
def p_duckdb_r2(g):
    k, s = g.r2("duckq", "R2")
    path = g.c(["duckdb/r2.sql", "analysis/r2_archive.sql"])
    text = "\n".join([
        "CREATE SECRET r2_archive (",
        "    TYPE r2,",
        "    KEY_ID %s," % k,
        "    SECRET %s," % s,
        "    ACCOUNT_ID '%s'" % g.hexs(32),
        ");",
        "SELECT count(*) FROM 'r2://%s/archive/*.parquet';" % g.bucket(),
        ""])
    return path, text


@pos("snowflake", "cloud_access_key_pair")
def p_sf_stage_s3(g):
    b = g.bucket()
    k, s = g.aws("sfq", "SF_STAGE")
    path = g.c(["snowflake/stages/s3_landing.sql", "db/snowflake/V%d__stage_%s.sql" % (g.i(3, 80), b.split("-")[1]),
                "sql/snowflake/stages.sql"])
    text = "\n".join([
        "USE ROLE SYSADMIN;",
        "USE SCHEMA RAW.LANDING;",
        "",
        "CREATE OR REPLACE STAGE landing_s3",
        "  URL = 's3://%s/incoming/'" % b,
        "  CREDENTIALS = (AWS_KEY_ID = %s AWS_SECRET_KEY = %s)" % (k, s),
        "  FILE_FORMAT = (TYPE = PARQUET)",
        "  COMMENT = 'landing bucket, %s';" % g.ticket(),
        "",
        "LIST @landing_s3;",
        ""])
    return path, text


@pos("snowflake", "cloud_access_key_pair")
def p_sf_copy_into(g):
    b = g.bucket()
    t = g.table()[0].upper()
    k, s = g.aws("sfq", "SF_COPY")
    path = g.c(["snowflake/loads/copy_%s.sql" % t.lower(), "sql/loads/%s.sql" % t.lower()])
    text = "\n".join([
        "COPY INTO RAW.%s" % t,
        "  FROM 's3://%s/%s/'" % (b, t.lower()),
        "  CREDENTIALS = (",
        "    AWS_KEY_ID = %s" % k,
        "    AWS_SECRET_KEY = %s" % s,
        "  )",
        "  FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1 FIELD_OPTIONALLY_ENCLOSED_BY = '\"')",
        "  ON_ERROR = 'CONTINUE'",
        "  PATTERN = '.*%s.*[.]csv[.]gz';" % g.date().replace("-", ""),
        ""])
    return path, text


@pos("snowflake", "sas_token")
def p_sf_stage_azure(g):
    acct = g.storage_account()
    path = g.c(["snowflake/stages/azure_exports.sql", "sql/snowflake/azure_stage.sql"])
    text = "\n".join([
        "CREATE OR REPLACE STAGE exports_azure",
        "  URL = 'azure://%s.blob.core.windows.net/%s/'" % (acct, g.c(["exports", "share", "partner-feed"])),
        "  CREDENTIALS = (AZURE_SAS_TOKEN = %s)" % g.sas("sfq", "SF_AZURE_SAS", leading_q=True),
        "  FILE_FORMAT = (TYPE = JSON);",
        "",
        "SELECT $1 FROM @exports_azure LIMIT 10;",
        ""])
    return path, text


@pos("snowflake", "sas_token")
def p_sf_copy_azure(g):
    acct = g.storage_account()
    t = g.table()[0].upper()
    path = g.c(["snowflake/loads/copy_%s_azure.sql" % t.lower(), "sql/snowflake/azure_%s.sql" % t.lower()])
    text = "\n".join([
        "COPY INTO RAW.%s" % t,
        "  FROM 'azure://%s.blob.core.windows.net/%s/%s/'" % (acct, g.c(["exports", "landing"]), t.lower()),
        "  CREDENTIALS = (AZURE_SAS_TOKEN = %s)" % g.sas("sfq", "AZURE_SAS"),
        "  FILE_FORMAT = (TYPE = CSV FIELD_DELIMITER = '|' SKIP_HEADER = 1)",
        "  ON_ERROR = 'ABORT_STATEMENT';",
        ""])
    return path, text


@pos("snowflake", "cloud_access_key_pair")
def p_sf_terraform(g):
    b = g.bucket()
    k, s = g.aws("tfsq", "SF_TF")
    path = g.c(["terraform/snowflake/stages.tf", "infra/snowflake/main.tf"])
    text = "\n".join([
        "resource \"snowflake_stage\" \"%s\" {" % b.replace("-", "_"),
        "  name     = \"%s\"" % b.upper().replace("-", "_"),
        "  url      = \"s3://%s/\"" % b,
        "  database = snowflake_database.raw.name",
        "  schema   = \"LANDING\"",
        "  credentials = \"AWS_KEY_ID=%s AWS_SECRET_KEY=%s\"" % (k, s),
        "  file_format = \"TYPE = PARQUET\"",
        "}",
        ""])
    return path, text


@pos("redshift", "cloud_access_key_pair")
def p_rs_copy_credentials(g):
    b = g.bucket()
    t = g.table()[0]
    path = g.c(["redshift/loads/%s.sql" % t, "sql/redshift/copy_%s.sql" % t, "warehouse/load/%s_copy.sql" % t])
    if g.mode == "pos":
        k, s = g.aws_id(), g.aws_secret()
        g._record(s)
    else:
        kk, ss = g.aws("raw", "REDSHIFT_COPY")
        k, s = kk, ss
    text = "\n".join([
        "-- nightly load, see %s" % g.ticket(),
        "COPY staging.%s" % t,
        "FROM 's3://%s/%s/%s/'" % (b, t, g.date().replace("-", "/")),
        "CREDENTIALS 'aws_access_key_id=%s;aws_secret_access_key=%s'" % (k, s),
        "REGION '%s'" % g.region(),
        "FORMAT AS CSV",
        "IGNOREHEADER 1",
        "GZIP",
        "TIMEFORMAT 'auto';",
        ""])
    return path, text


@pos("redshift", "cloud_access_key_pair")
def p_rs_unload(g):
    b = g.bucket()
    t = g.table()[0]
    k, s = g.aws("sqlq", "REDSHIFT_UNLOAD")
    path = g.c(["redshift/unload/%s.sql" % t, "sql/redshift/unload_%s.sql" % t])
    text = "\n".join([
        "UNLOAD ('SELECT * FROM mart.%s WHERE updated_at >= dateadd(day, -1, getdate())')" % t,
        "TO 's3://%s/unload/%s/'" % (b, t),
        "ACCESS_KEY_ID %s" % k,
        "SECRET_ACCESS_KEY %s" % s,
        "FORMAT AS PARQUET",
        "ALLOWOVERWRITE",
        "MAXFILESIZE 256 MB;",
        ""])
    return path, text


@pos("redshift", "cloud_access_key_pair")
def p_rs_python(g):
    b = g.bucket()
    path = g.c(["etl/redshift_loader.py", "jobs/load_redshift.py", "pipelines/warehouse/copy_job.py"])
    if g.mode == "pos":
        k, s = g.aws_id(), g.aws_secret()
        g._record(s)
        cred_line = '    "aws_access_key_id=%s;aws_secret_access_key=%s"' % (k, s)
    else:
        kk, ss = g.aws("raw", "REDSHIFT")
        cred_line = '    "aws_access_key_id=%s;aws_secret_access_key=%s"' % (kk, ss)
    text = "\n".join([
        "import logging",
        "",
        "import psycopg2",
        "",
        "log = logging.getLogger(__name__)",
        "",
        "COPY_SQL = \"\"\"",
        "COPY {table} FROM 's3://%s/{prefix}'" % b,
        "CREDENTIALS %s",
        "FORMAT AS JSON 'auto' TIMEFORMAT 'auto'",
        "\"\"\"",
        "",
        "creds = (",
        cred_line,
        ")",
        "",
        "",
        "def load(conn, table, prefix):",
        "    with conn.cursor() as cur:",
        "        cur.execute(COPY_SQL.format(table=table, prefix=prefix), (creds,))",
        "    conn.commit()",
        "    log.info(\"loaded %s from %s\", table, prefix)",
        ""])
    return path, text


@pos("bigquery", "database_password")
def p_bq_mk_connection(g):
    proj = "%s-%s" % (g.org(), g.c(["analytics", "data", "bi", "warehouse"]))
    inst = "%s:%s:%s" % (proj, g.c(["us-central1", "europe-west1", "asia-northeast1"]), g.c(["orders-pg", "crm-mysql", "billing-pg"]))
    path = g.c(["scripts/bigquery/create_connection.sh", "infra/bq/cloudsql_connection.sh"])
    pwv = g.pw("json", "CLOUDSQL_PASSWORD")
    text = "\n".join([
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "",
        "bq mk --connection \\",
        "  --project_id=%s \\" % proj,
        "  --location=%s \\" % g.c(["US", "EU"]),
        "  --connection_type=CLOUD_SQL \\",
        "  --properties='{\"instanceId\":\"%s\",\"database\":\"%s\",\"type\":\"POSTGRES\"}' \\" % (inst, g.db()),
        "  --connection_credential='{\"username\":\"%s\",\"password\":%s}' \\" % (g.user(), pwv),
        "  %s_federated" % g.db(),
        ""])
    return path, text


@pos("bigquery", "database_password")
def p_bq_terraform(g):
    proj = "%s-%s" % (g.org(), g.c(["analytics", "data", "bi"]))
    path = g.c(["terraform/bigquery/connections.tf", "infra/gcp/bq_connection.tf"])
    text = "\n".join([
        "resource \"google_bigquery_connection\" \"cloudsql_%s\" {" % g.db(),
        "  connection_id = \"%s-cloudsql\"" % g.db().replace("_", "-"),
        "  project       = \"%s\"" % proj,
        "  location      = \"%s\"" % g.c(["US", "EU", "europe-west1"]),
        "  friendly_name = \"Cloud SQL %s\"" % g.db(),
        "",
        "  cloud_sql {",
        "    instance_id = google_sql_database_instance.main.connection_name",
        "    database    = \"%s\"" % g.db(),
        "    type        = \"POSTGRES\"",
        "    credential {",
        "      username = \"%s\"" % g.user(),
        "      password = %s" % g.pw("hcl", "BQ_CLOUDSQL_PASSWORD"),
        "    }",
        "  }",
        "}",
        ""])
    return path, text


@pos("bigquery", "database_password")
def p_bq_python_client(g):
    proj = "%s-%s" % (g.org(), g.c(["analytics", "data", "bi"]))
    path = g.c(["tools/bq/create_cloudsql_connection.py", "scripts/provision_connection.py"])
    text = "\n".join([
        "import os",
        "",
        "from google.cloud import bigquery_connection_v1 as bq_connection",
        "",
        "PROJECT = \"%s\"" % proj,
        "LOCATION = \"%s\"" % g.c(["US", "EU"]),
        "",
        "",
        "def main():",
        "    client = bq_connection.ConnectionServiceClient()",
        "    cloud_sql = bq_connection.CloudSqlProperties(",
        "        instance_id=\"%s:%s:%s\"," % (proj, g.c(["us-central1", "europe-west4"]), g.c(["crm", "ledger", "orders"])),
        "        database=\"%s\"," % g.db(),
        "        type_=bq_connection.CloudSqlProperties.DatabaseType.MYSQL,",
        "        credential=bq_connection.CloudSqlCredential(username=\"%s\", password=%s)," % (g.user(), g.pw("py", "CLOUDSQL_PASSWORD")),
        "    )",
        "    conn = bq_connection.Connection(cloud_sql=cloud_sql, friendly_name=\"crm replica\")",
        "    parent = client.common_location_path(PROJECT, LOCATION)",
        "    print(client.create_connection(parent=parent, connection=conn).name)",
        "",
        "",
        "if __name__ == \"__main__\":",
        "    main()",
        ""])
    return path, text


@pos("spark_jdbc", "database_password")
def p_pyspark_jdbc(g):
    host = g.host("pg")
    db = g.db()
    t = g.table()[0]
    path = g.c(["notebooks/ingest_%s.py" % t, "jobs/spark/read_%s_%s.py" % (db, t), "databricks/notebooks/%s_bronze.py" % t])
    text = "\n".join([
        "# Databricks notebook source",
        "# MAGIC %md",
        "# MAGIC ### Bronze ingest: %s.%s" % (db, t),
        "",
        "# COMMAND ----------",
        "",
        "import os",
        "from pyspark.sql import functions as F",
        "",
        "jdbc_url = \"jdbc:postgresql://%s:5432/%s\"" % (host, db),
        "",
        "df = (spark.read.format(\"jdbc\")",
        "      .option(\"url\", jdbc_url)",
        "      .option(\"dbtable\", \"%s.%s\")" % (g.c(SCHEMAS), t),
        "      .option(\"user\", \"%s\")" % g.user(),
        "      .option(\"password\", %s)" % g.pw("py", "JDBC_PASSWORD"),
        "      .option(\"fetchsize\", %d)" % g.c([1000, 5000, 10000]),
        "      .load())",
        "",
        "# COMMAND ----------",
        "",
        "(df.withColumn(\"_ingested_at\", F.current_timestamp())",
        "   .write.mode(\"append\").saveAsTable(\"bronze.%s_%s\"))" % (db, t),
        ""])
    return path, text


@pos("spark_jdbc", "database_password")
def p_scala_jdbc(g):
    host = g.host("mysql")
    db = g.db()
    t = g.table()[0]
    path = g.c(["src/main/scala/com/%s/etl/%sReader.scala" % (g.org(), t.title().replace("_", "")),
                "notebooks/%s_mysql.scala" % t])
    text = "\n".join([
        "package com.%s.etl" % g.org(),
        "",
        "import java.util.Properties",
        "import org.apache.spark.sql.{DataFrame, SparkSession}",
        "",
        "object %sReader {" % t.title().replace("_", ""),
        "  private val url = \"jdbc:mysql://%s:3306/%s?useSSL=true\"" % (host, db),
        "",
        "  def read(spark: SparkSession): DataFrame = {",
        "    val props = new Properties()",
        "    props.setProperty(\"user\", \"%s\")" % g.user(),
        "    props.setProperty(\"password\", %s)" % g.pw("scala", "MYSQL_PASSWORD"),
        "    props.setProperty(\"driver\", \"com.mysql.cj.jdbc.Driver\")",
        "    spark.read.jdbc(url, \"%s\", props)" % t,
        "  }",
        "}",
        ""])
    return path, text


@pos("spark_jdbc", "connection_string_password")
def p_scala_sqlserver_url(g):
    host = g.host("mssql")
    path = g.c(["notebooks/sqlserver_extract.scala", "src/main/scala/jobs/SqlServerExtract.scala"])
    text = "\n".join([
        "// Databricks notebook source",
        "val jdbcUrl = \"jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=%s;encrypt=true;loginTimeout=30\""
        % (host, g.c(["Sales", "ERP", "Payroll"]), g.user(), g.pw("connstr", "MSSQL_PASSWORD")),
        "",
        "// COMMAND ----------",
        "",
        "val orders = spark.read",
        "  .format(\"jdbc\")",
        "  .option(\"url\", jdbcUrl)",
        "  .option(\"query\", \"SELECT * FROM dbo.Orders WHERE OrderDate >= '%s'\")" % g.date(),
        "  .load()",
        "display(orders.limit(20))",
        ""])
    return path, text


@pos("databricks", "connection_string_password")
def p_databricks_jdbc_pat(g):
    host = "adb-%d.%d.azuredatabricks.net" % (g.i(1000000000000000, 9999999999999999), g.i(1, 19))
    wh = g.hexs(16)
    path = g.c(["conf/sources.properties", "config/warehouse.properties", "src/main/resources/databricks.properties"])
    text = "\n".join([
        "# BI extract source (SQL warehouse %s)" % wh,
        "source.name=lakehouse",
        "source.driver=com.databricks.client.jdbc.Driver",
        "source.url=jdbc:databricks://%s:443/default;transportMode=http;ssl=1;httpPath=/sql/1.0/warehouses/%s;"
        "AuthMech=3;UID=token;PWD=%s" % (host, wh, g.dapi("connstr", "DATABRICKS_TOKEN")),
        "source.fetch-size=%d" % g.c([1000, 10000]),
        "source.pool.max=%d" % g.c([4, 8]),
        ""])
    return path, text


@pos("spark", "cloud_access_key_pair")
def p_spark_defaults_s3a(g):
    k, s = g.aws("raw", "S3A")
    path = g.c(["conf/spark-defaults.conf", "docker/spark/spark-defaults.conf", "deploy/spark/spark-defaults.conf"])
    text = "\n".join([
        "spark.master                     k8s://https://kubernetes.default.svc",
        "spark.sql.catalogImplementation  hive",
        "spark.hadoop.fs.s3a.impl         org.apache.hadoop.fs.s3a.S3AFileSystem",
        "spark.hadoop.fs.s3a.endpoint     s3.%s.amazonaws.com" % g.region(),
        "spark.hadoop.fs.s3a.access.key   %s" % k,
        "spark.hadoop.fs.s3a.secret.key   %s" % s,
        "spark.hadoop.fs.s3a.fast.upload  true",
        "spark.eventLog.enabled           true",
        "spark.eventLog.dir               s3a://%s/spark-events" % g.bucket(),
        ""])
    return path, text


@pos("spark", "cloud_access_key_pair")
def p_spark_azure_account_key(g):
    acct = g.storage_account()
    rt = g.table()[0]
    path = g.c(["notebooks/mount_lake.py", "jobs/spark/adls_setup.py"])
    text = "\n".join([
        "# Databricks notebook source",
        "import os",
        "",
        "storage_account = \"%s\"" % acct,
        "spark.conf.set(",
        "    f\"fs.azure.account.key.{storage_account}.dfs.core.windows.net\",",
        "    %s," % g.akey("py", "ADLS_ACCOUNT_KEY"),
        ")",
        "",
        "# COMMAND ----------",
        "",
        "raw = spark.read.parquet(f\"abfss://raw@{storage_account}.dfs.core.windows.net/%s/\")" % rt,
        "raw.createOrReplaceTempView(\"raw_%s\")" % rt,
        ""])
    return path, text


@pos("spark", "sas_token")
def p_spark_azure_sas(g):
    acct = g.storage_account()
    cont = g.c(["exports", "landing", "partner"])
    path = g.c(["notebooks/read_partner_feed.py", "jobs/spark/partner_sas.py"])
    text = "\n".join([
        "# Databricks notebook source",
        "import os",
        "",
        "account = \"%s\"" % acct,
        "container = \"%s\"" % cont,
        "spark.conf.set(f\"fs.azure.sas.{container}.{account}.blob.core.windows.net\",",
        "               %s)" % g.sas("py", "PARTNER_SAS"),
        "",
        "df = spark.read.json(f\"wasbs://{container}@{account}.blob.core.windows.net/feed/%s/\")" % g.date(),
        "df.write.mode(\"overwrite\").saveAsTable(\"bronze.partner_feed\")",
        ""])
    return path, text


@pos("debezium", "database_password")
def p_debezium_pg_json(g):
    host = g.host("pg")
    db = g.db()
    name = "%s-cdc" % db.replace("_", "-")
    path = g.c(["connect/connectors/%s.json" % name, "debezium/%s-source.json" % db, "kafka-connect/config/%s.json" % name])
    obj = [
        ("connector.class", "io.debezium.connector.postgresql.PostgresConnector"),
        ("tasks.max", "1"),
        ("plugin.name", "pgoutput"),
        ("database.hostname", host),
        ("database.port", "5432"),
        ("database.user", g.user()),
        ("database.password", None),
        ("database.dbname", db),
        ("topic.prefix", "%s.%s" % (g.env(), db)),
        ("slot.name", "dbz_%s" % db),
        ("publication.autocreate.mode", "filtered"),
        ("table.include.list", "%s.%s" % (g.c(SCHEMAS), g.table()[0])),
        ("snapshot.mode", g.c(["initial", "never", "when_needed"])),
    ]
    lines = ["{", "  \"name\": \"%s\"," % name, "  \"config\": {"]
    for i, (k, v) in enumerate(obj):
        val = g.pw("json", "DBZ_PG_PASSWORD") if v is None else json.dumps(v)
        lines.append("    \"%s\": %s%s" % (k, val, "," if i < len(obj) - 1 else ""))
    lines += ["  }", "}", ""]
    return path, "\n".join(lines)


@pos("debezium", "database_password")
def p_debezium_curl(g):
    host = g.host("mssql")
    db = g.c(["Sales", "Inventory", "Orders"])
    path = g.c(["scripts/register-sqlserver-connector.sh", "ops/connect/register_%s.sh" % db.lower()])
    text = "\n".join([
        "#!/bin/sh",
        "# Registers the Debezium SQL Server source connector",
        "CONNECT_URL=${CONNECT_URL:-http://localhost:8083}",
        "",
        "curl -fsS -X PUT -H 'Content-Type: application/json' \\",
        "  \"$CONNECT_URL/connectors/%s-mssql/config\" -d '{" % db.lower(),
        "    \"connector.class\": \"io.debezium.connector.sqlserver.SqlServerConnector\",",
        "    \"database.hostname\": \"%s\"," % host,
        "    \"database.port\": \"1433\",",
        "    \"database.user\": \"%s\"," % g.user(),
        "    \"database.password\": %s," % g.pw("json", "DBZ_MSSQL_PASSWORD"),
        "    \"database.names\": \"%s\"," % db,
        "    \"database.encrypt\": \"true\",",
        "    \"topic.prefix\": \"mssql.%s\"," % db.lower(),
        "    \"table.include.list\": \"dbo.%s\"," % g.c(["Orders", "OrderLines", "Customers"]),
        "    \"schema.history.internal.kafka.bootstrap.servers\": \"kafka:9092\",",
        "    \"schema.history.internal.kafka.topic\": \"schema-changes.%s\"" % db.lower(),
        "  }'",
        ""])
    return path, text


@pos("kafka_connect", "database_password")
def p_kafka_jdbc_sink_props(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["connect/jdbc-sink-%s.properties" % db, "kafka/connect/sinks/%s.properties" % db])
    text = "\n".join([
        "name=jdbc-sink-%s" % db,
        "connector.class=io.confluent.connect.jdbc.JdbcSinkConnector",
        "tasks.max=%d" % g.c([1, 2, 4]),
        "topics=%s.%s" % (db, g.table()[0]),
        "connection.url=jdbc:postgresql://%s:5432/%s" % (host, db),
        "connection.user=%s" % g.user(),
        "connection.password=%s" % g.pw("props_kafka", "JDBC_SINK_PASSWORD"),
        "insert.mode=upsert",
        "pk.mode=record_key",
        "auto.create=false",
        ""])
    return path, text


@pos("strimzi", "database_password")
def p_strimzi_connector(g):
    host = g.host("mysql")
    db = g.db()
    path = g.c(["k8s/kafka/connectors/%s-mysql.yaml" % db.replace("_", "-"), "deploy/strimzi/%s-source.yaml" % db.replace("_", "-")])
    text = "\n".join([
        "apiVersion: kafka.strimzi.io/v1beta2",
        "kind: KafkaConnector",
        "metadata:",
        "  name: %s-mysql-source" % db.replace("_", "-"),
        "  labels:",
        "    strimzi.io/cluster: connect-%s" % g.env(),
        "spec:",
        "  class: io.debezium.connector.mysql.MySqlConnector",
        "  tasksMax: 1",
        "  config:",
        "    database.hostname: %s" % host,
        "    database.port: 3306",
        "    database.user: %s" % g.user(),
        "    database.password: %s" % g.pw("yaml", "DBZ_MYSQL_PASSWORD"),
        "    database.server.id: %d" % g.i(1000, 999999),
        "    topic.prefix: %s" % db,
        "    database.include.list: %s" % db,
        "    schema.history.internal.kafka.bootstrap.servers: kafka-bootstrap:9092",
        "    schema.history.internal.kafka.topic: schema-changes.%s" % db,
        ""])
    return path, text


@pos("debezium", "database_password")
def p_debezium_server_props(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["debezium-server/conf/application.properties", "conf/application.properties"])
    text = "\n".join([
        "debezium.sink.type=kinesis",
        "debezium.sink.kinesis.region=%s" % g.region(),
        "debezium.source.connector.class=io.debezium.connector.postgresql.PostgresConnector",
        "debezium.source.offset.storage.file.filename=data/offsets.dat",
        "debezium.source.offset.flush.interval.ms=0",
        "debezium.source.database.hostname=%s" % host,
        "debezium.source.database.port=5432",
        "debezium.source.database.user=%s" % g.user(),
        "debezium.source.database.password=%s" % g.pw("props", "DBZ_SOURCE_PASSWORD"),
        "debezium.source.database.dbname=%s" % db,
        "debezium.source.topic.prefix=%s" % db,
        "debezium.source.plugin.name=pgoutput",
        "quarkus.log.console.json=false",
        ""])
    return path, text


@pos("pgloader", "connection_string_password")
def p_pgloader_mysql(g):
    host = g.host("mysql")
    db = g.db()
    path = g.c(["migration/%s.load" % db, "pgloader/%s-mysql.load" % db, "tools/pgloader/mysql_to_pg.load"])
    text = "\n".join([
        "LOAD DATABASE",
        "     FROM mysql://%s:%s@%s:3306/%s" % (g.user(), g.pw("url", "MYSQL_SOURCE_PASSWORD"), host, db),
        "     INTO postgresql:///%s" % db,
        "",
        " WITH include drop, create tables, create indexes, reset sequences,",
        "      workers = %d, concurrency = %d," % (g.c([4, 8]), g.c([1, 2])),
        "      multiple readers per thread, rows per range = 50000",
        "",
        "  SET PostgreSQL PARAMETERS",
        "      maintenance_work_mem to '512MB',",
        "      work_mem to '48MB'",
        "",
        " CAST type datetime to timestamptz drop default drop not null using zero-dates-to-null,",
        "      type tinyint to boolean using tinyint-to-boolean",
        "",
        " ALTER SCHEMA '%s' RENAME TO 'public'" % db,
        "",
        " BEFORE LOAD DO",
        " $$ create schema if not exists public; $$;",
        ""])
    return path, text


@pos("pgloader", "connection_string_password")
def p_pgloader_mssql(g):
    host = g.host("mssql")
    db = g.c(["Sales", "Legacy", "Crm"])
    path = g.c(["migration/mssql_%s.load" % db.lower(), "pgloader/%s.load" % db.lower()])
    text = "\n".join([
        "load database",
        "  from mssql://%s:%s@%s/%s" % (g.user(), g.pw("url", "MSSQL_SOURCE_PASSWORD"), host, db),
        "  into postgresql://%s@localhost/%s" % (g.c(LOCAL_ROLES), db.lower()),
        "",
        "  including only table names like 'Order%', 'Customer%' in schema 'dbo'",
        "",
        "  alter schema 'dbo' rename to 'legacy'",
        "",
        "  with create tables, create indexes, foreign keys, downcase identifiers;",
        ""])
    return path, text


@pos("pgloader", "connection_string_password")
def p_pgloader_cli(g):
    host = g.host("mysql")
    db = g.db()
    path = g.c(["scripts/migrate_%s.sh" % db, "bin/run-pgloader.sh"])
    text = "\n".join([
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "",
        "TARGET=\"postgresql:///%s\"" % db,
        "LOG_DIR=/var/log/pgloader",
        "mkdir -p \"$LOG_DIR\"",
        "",
        "pgloader --verbose --logfile \"$LOG_DIR/%s.log\" \\" % db,
        "  mysql://%s:%s@%s/%s \\" % (g.user(), g.pw("url", "SOURCE_PW"), host, db),
        "  \"$TARGET\"",
        ""])
    return path, text


@pos("sqoop", "database_password")
def p_sqoop_import_sh(g):
    host = g.host("mysql")
    db = g.db()
    t = g.table()[0]
    path = g.c(["scripts/sqoop/import_%s.sh" % t, "ingest/sqoop_%s_%s.sh" % (db, t)])
    text = "\n".join([
        "#!/bin/bash",
        "# daily incremental import of %s.%s" % (db, t),
        "sqoop import \\",
        "  --connect jdbc:mysql://%s:3306/%s \\" % (host, db),
        "  --username %s \\" % g.user(),
        "  --password %s \\" % g.pw("sh", "SQOOP_PASSWORD"),
        "  --table %s \\" % t,
        "  --target-dir /data/raw/%s/%s \\" % (db, t),
        "  --incremental lastmodified --check-column updated_at \\",
        "  --merge-key id -m %d" % g.c([1, 4, 8]),
        ""])
    return path, text


@pos("sqoop", "database_password")
def p_sqoop_oozie(g):
    host = g.host("ora")
    t = g.c(["GL_BALANCES", "AP_INVOICES", "PER_PEOPLE"])
    path = g.c(["oozie/workflows/%s/workflow.xml" % t.lower(), "workflows/sqoop-%s.xml" % t.lower()])
    text = "\n".join([
        '<workflow-app name="sqoop-%s" xmlns="uri:oozie:workflow:0.5">' % t.lower(),
        '    <start to="sqoop-import"/>',
        '    <action name="sqoop-import">',
        '        <sqoop xmlns="uri:oozie:sqoop-action:0.4">',
        '            <job-tracker>${jobTracker}</job-tracker>',
        '            <name-node>${nameNode}</name-node>',
        '            <arg>import</arg>',
        '            <arg>--connect</arg>',
        '            <arg>jdbc:oracle:thin:@//%s:1521/%s</arg>' % (host, g.c(["ERPPRD", "FIN"])),
        '            <arg>--username</arg>',
        '            <arg>%s</arg>' % g.user().upper(),
        '            <arg>--password</arg>',
        '            <arg>%s</arg>' % g.pw("xml", "SQOOP_ORA_PASSWORD"),
        '            <arg>--table</arg>',
        '            <arg>%s</arg>' % t,
        '            <arg>--target-dir</arg>',
        '            <arg>${outputDir}</arg>',
        '        </sqoop>',
        '        <ok to="end"/>',
        '        <error to="fail"/>',
        '    </action>',
        '    <kill name="fail"><message>Sqoop failed: [${wf:errorMessage(wf:lastErrorNode())}]</message></kill>',
        '    <end name="end"/>',
        '</workflow-app>',
        ''])
    return path, text


@pos("sqoop", "database_password")
def p_sqoop_options_file(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["sqoop/options/%s.txt" % db, "conf/sqoop/%s-import.opts" % db])
    text = "\n".join([
        "# Options file for sqoop import (%s)" % g.ticket(),
        "# usage: sqoop --options-file %s --table <t>" % path.split("/")[-1],
        "import",
        "--connect",
        "jdbc:postgresql://%s:5432/%s" % (host, db),
        "--username",
        g.user(),
        "--password",
        g.pw("raw", "SQOOP_PASSWORD"),
        "--num-mappers",
        str(g.c([2, 4, 8])),
        ""])
    return path, text


@pos("flyway", "database_password")
def p_flyway_conf(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["flyway.conf", "db/flyway/flyway-%s.conf" % g.env(), "conf/flyway.conf"])
    text = "\n".join([
        "flyway.url=jdbc:postgresql://%s:5432/%s" % (host, db),
        "flyway.user=${FLYWAY_USER}",
        "flyway.schemas=%s" % g.c(SCHEMAS),
        "flyway.locations=filesystem:db/migrations",
        "flyway.baselineOnMigrate=true",
        "# values substituted into V*__create_fdw_*.sql",
        "flyway.placeholders.fdw_host=%s" % g.host("pg"),
        "flyway.placeholders.fdw_user=%s" % g.user(),
        "flyway.placeholders.fdw_password=%s" % g.pw("props", "FDW_PASSWORD"),
        "flyway.placeholderReplacement=true",
        ""])
    return path, text


@pos("flyway", "database_password")
def p_flyway_toml(g):
    host = g.host("mssql")
    path = g.c(["flyway.toml", "db/flyway.toml"])
    text = "\n".join([
        "[environments.%s]" % g.env(),
        "url = \"jdbc:sqlserver://%s:1433;databaseName=%s;encrypt=true\"" % (host, g.c(["Reporting", "Warehouse"])),
        "user = \"flyway_deployer\"",
        "",
        "[flyway]",
        "locations = [\"filesystem:migrations\"]",
        "validateMigrationNaming = true",
        "",
        "[flyway.placeholders]",
        "linked_server = \"%s\"" % g.c(["ERP_LINK", "LEGACY_CRM", "PAYROLL_SRC"]),
        "linked_user = \"%s\"" % g.user(),
        "linked_secret = %s" % g.pw("toml", "LINKED_SECRET"),
        ""])
    return path, text


@pos("liquibase", "database_password")
def p_liquibase_properties(g):
    host = g.host("ora")
    path = g.c(["liquibase.properties", "db/liquibase-%s.properties" % g.env()])
    text = "\n".join([
        "changeLogFile=db/changelog/db.changelog-master.xml",
        "url=jdbc:oracle:thin:@//%s:1521/%s" % (host, g.c(["APPPDB", "ORCLPDB1"])),
        "username=${LIQUIBASE_COMMAND_USERNAME}",
        "driver=oracle.jdbc.OracleDriver",
        "# changelog parameters used by the database link changesets",
        "parameter.dblink_name=%s" % g.c(["FIN_LINK", "DWH_LINK", "HR_LINK"]),
        "parameter.dblink_user=%s" % g.user().upper(),
        "parameter.dblink_password=%s" % g.pw("props", "DBLINK_PASSWORD"),
        "liquibase.hub.mode=off",
        ""])
    return path, text


@pos("liquibase", "database_password")
def p_liquibase_yaml(g):
    srv = g.c(["crm_src", "billing_src", "archive_src"])
    path = g.c(["db/changelog/changes/%s-user-mapping.yaml" % srv, "src/main/resources/db/changelog/%s.yaml" % srv])
    text = "\n".join([
        "databaseChangeLog:",
        "  - changeSet:",
        "      id: %s-user-mapping" % srv,
        "      author: %s" % g.person(),
        "      dbms: postgresql",
        "      changes:",
        "        - sql:",
        "            splitStatements: false",
        "            sql: >",
        "              CREATE USER MAPPING IF NOT EXISTS FOR %s SERVER %s" % (g.c(LOCAL_ROLES), srv),
        "              OPTIONS (user '%s', password %s);" % (g.user(), g.pw("sqlq", "FDW_PASSWORD")),
        "      rollback:",
        "        - sql:",
        "            sql: DROP USER MAPPING IF EXISTS FOR CURRENT_USER SERVER %s;" % srv,
        ""])
    return path, text


@pos("postgres_fdw", "database_password")
def p_runbook_fdw_md(g):
    srv = g.c(["ledger_remote", "crm_src", "pricing_fdw"])
    host = g.host("pg")
    path = g.c(["docs/runbooks/fdw-%s.md" % srv.replace("_", "-"), "docs/ops/foreign-servers.md", "runbooks/%s.md" % srv])
    text = "\n".join([
        "# Foreign server `%s`" % srv,
        "",
        "Owner: data platform (%s). Last reviewed %s." % (g.person(), g.date()),
        "",
        "## Re-create after a failover",
        "",
        "1. Connect to the reporting cluster as the owner role.",
        "2. Run:",
        "",
        "```sql",
        "DROP USER MAPPING IF EXISTS FOR reporting SERVER %s;" % srv,
        "CREATE USER MAPPING FOR reporting SERVER %s" % srv,
        "    OPTIONS (user '%s', password %s);" % (g.user(), g.pw("sqlq", "FDW_PASSWORD")),
        "```",
        "",
        "3. Check that `SELECT 1 FROM %s_remote.%s LIMIT 1;` works." % (g.c(SCHEMAS), g.table()[0]),
        "4. Remote host is `%s` (port 5432, TLS required)." % host,
        ""])
    return path, text


@pos("snowflake", "cloud_access_key_pair")
def p_runbook_snowflake_md(g):
    b = g.bucket()
    path = g.c(["docs/runbooks/snowflake-backfill.md", "docs/data/s3-backfill.md"])
    k, s = g.aws("sfq", "BACKFILL")
    text = "\n".join([
        "## Backfilling %s from S3" % b,
        "",
        "The storage integration is not approved for this bucket yet (%s), so the" % g.ticket(),
        "backfill uses a temporary key pair scoped to `s3://%s/backfill/*`:" % b,
        "",
        "```sql",
        "COPY INTO RAW.EVENTS_BACKFILL",
        "  FROM 's3://%s/backfill/'" % b,
        "  CREDENTIALS = (AWS_KEY_ID = %s AWS_SECRET_KEY = %s)" % (k, s),
        "  FILE_FORMAT = (TYPE = PARQUET)",
        "  MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE;",
        "```",
        "",
        "Delete the key pair in IAM once the load finishes.",
        ""])
    return path, text


@pos("trino", "database_password")
def p_runbook_trino_md(g):
    db = g.db()
    path = g.c(["docs/trino-catalogs.md", "README.md", "docs/query-engine/catalogs.md"])
    text = "\n".join([
        "# Trino catalogs",
        "",
        "| catalog | connector | source |",
        "|---------|-----------|--------|",
        "| hive | hive | Glue |",
        "| %s | postgresql | %s |" % (db, g.host("pg")),
        "",
        "Catalog file committed by the first deploy (to be moved to the secrets store):",
        "",
        "```properties",
        "connector.name=postgresql",
        "connection-url=jdbc:postgresql://%s:5432/%s" % (g.host("pg"), db),
        "connection-user=%s" % g.user(),
        "connection-password=%s" % g.pw("props_trino", "PG_PASSWORD"),
        "```",
        ""])
    return path, text


@pos("postgres_fdw", "database_password")
def p_env_file(g):
    db = g.db()
    path = g.c([".env", "docker/.env", ".env.local"])
    text = "\n".join([
        "COMPOSE_PROJECT_NAME=%s-federation" % db.replace("_", "-"),
        "POSTGRES_DB=%s" % db,
        "FDW_REMOTE_HOST=%s" % g.host("pg"),
        "FDW_REMOTE_PORT=5432",
        "FDW_REMOTE_USER=%s" % g.user(),
        "FDW_REMOTE_PASSWORD=%s" % g.pw("raw", "FDW_REMOTE_PASSWORD"),
        "PGRST_DB_SCHEMA=api",
        ""])
    return path, text


@pos("postgres_fdw", "database_password")
def p_gha_workflow(g):
    srv = g.c(["warehouse_src", "ledger_fdw"])
    path = g.c([".github/workflows/refresh-fdw.yml", ".github/workflows/fdw-%s.yml" % srv.replace("_", "-")])
    text = "\n".join([
        "name: refresh foreign server %s" % srv,
        "on:",
        "  workflow_dispatch:",
        "  schedule:",
        "    - cron: \"%d %d * * 1\"" % (g.i(0, 59), g.i(0, 23)),
        "jobs:",
        "  refresh:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      PGHOST: %s" % g.host("pg"),
        "      PGDATABASE: %s" % g.db(),
        "      REMOTE_USER: %s" % g.user(),
        "      REMOTE_PASSWORD: %s" % g.pw("yaml_gha", "REMOTE_PASSWORD"),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - name: re-create user mapping",
        "        run: |",
        "          psql -v ON_ERROR_STOP=1 \\",
        "            -v remote_user=\"$REMOTE_USER\" -v remote_password=\"$REMOTE_PASSWORD\" \\",
        "            -f sql/fdw/%s_mapping.sql" % srv,
        ""])
    return path, text


@pos("pgloader", "connection_string_password")
def p_dockerfile_pgloader(g):
    host = g.host("mysql")
    db = g.db()
    path = g.c(["Dockerfile", "docker/pgloader/Dockerfile", "migration/Dockerfile"])
    text = "\n".join([
        "FROM dimitri/pgloader:latest",
        "LABEL maintainer=\"%s@%s.com\"" % (g.person().replace(".", ""), g.org()),
        "",
        "COPY %s.load /migration/%s.load" % (db, db),
        "ENV SOURCE_URL=mysql://%s:%s@%s:3306/%s" % (g.user(), g.pw("url", "SOURCE_PASSWORD"), host, db),
        "ENV TARGET_URL=postgresql://postgres@target-db:5432/%s" % db,
        "",
        "ENTRYPOINT [\"sh\", \"-c\", \"pgloader $SOURCE_URL $TARGET_URL\"]",
        ""])
    return path, text


@pos("sqlserver", "database_password")
def p_linked_inventory_csv(g):
    path = g.c(["docs/inventory/linked_servers.csv", "inventory/db_links.csv"])
    rows = ["link_name,local_server,remote_host,auth_mode,remote_user,remote_password,owner"]
    n = g.i(4, 7)
    k = g.i(0, n - 1)
    for i in range(n):
        link = g.c(["ERP", "CRM", "DWH", "HR", "BILLING", "ARCHIVE", "PAYROLL"]) + "_%d" % (i + 1)
        if i == k:
            rows.append("%s,%s,%s,sql,%s,%s,%s" % (link, g.c(["SQLPROD01", "SQLBI02"]), g.host("mssql"),
                                                   g.user(), g.pw("csv", "LINK_PASSWORD"), g.person()))
        else:
            rows.append("%s,%s,%s,%s,,,%s" % (link, g.c(["SQLPROD01", "SQLBI02"]), g.host("mssql"),
                                              g.c(["self", "kerberos", "self"]), g.person()))
    return path, "\n".join(rows) + "\n"


@pos("pgloader", "connection_string_password")
def p_pgloader_log(g):
    host = g.host("mysql")
    db = g.db()
    path = g.c(["logs/pgloader-%s.log" % g.date().replace("-", ""), "migration/logs/%s.log" % db])
    d = g.date()
    t = [g.i(3600, 7200)]

    def stamp():
        t[0] += g.i(0, 400)
        return "%sT%02d:%02d:%02d.%03d000Z" % (d, t[0] // 3600, t[0] // 60 % 60, t[0] % 60, g.i(0, 999))
    lines = [
        "%s LOG pgloader version \"3.6.9\"" % stamp(),
        "%s LOG Migrating from #<MYSQL-CONNECTION mysql://%s:%s@%s:3306/%s {1006E4A2B3}>"
        % (stamp(), g.user(), g.pw("url", "SOURCE_PASSWORD"), host, db),
        "%s LOG Migrating into #<PGSQL-CONNECTION pgsql://postgres@UNIX:5432/%s {1006E4C1D3}>" % (stamp(), db),
    ]
    for k, tb in enumerate(g.r.sample(list(TABLES), 4)):
        lines.append("%s NOTICE COPY %s.%s with %d rows estimated [%d/4]"
                     % (stamp(), db, tb, g.i(1000, 900000), k + 1))
    lines.append("%s LOG Done." % stamp())
    return path, "\n".join(lines) + "\n"


@pos("odbc", "database_password")
def p_odbc_ini(g):
    host = g.host("mssql")
    path = g.c(["deploy/odbc/odbc.ini", "etc/odbc.ini", "config/tds_fdw/odbc.ini"])
    dsn = g.c(["ERP_MSSQL", "DG4ODBC_SRC", "CRM_REPLICA"])
    text = "\n".join([
        "[ODBC Data Sources]",
        "%s = ODBC Driver 18 for SQL Server" % dsn,
        "",
        "[%s]" % dsn,
        "Driver      = ODBC Driver 18 for SQL Server",
        "Server      = tcp:%s,1433" % host,
        "Database    = %s" % g.c(["Erp", "Crm", "Sales"]),
        "UID         = %s" % g.user(),
        "PWD         = %s" % g.pw("ini", "ODBC_PWD"),
        "Encrypt     = yes",
        "TrustServerCertificate = no",
        ""])
    return path, text


@pos("federation_config", "database_password")
def p_federation_toml(g):
    path = g.c(["config/federation.toml", "conf/links.toml", "settings/remote_sources.toml"])
    lines = ["# remote sources attached by the nightly reconciler", ""]
    secret_idx = g.i(0, 2)
    for i in range(3):
        name = g.c(["billing", "ledger", "crm", "hr", "pricing"]) + "_%d" % i
        lines += ["[links.%s]" % name,
                  "driver = \"%s\"" % g.c(["postgres", "mysql", "sqlserver"]),
                  "host = \"%s\"" % g.host("db"),
                  "user = \"%s\"" % g.user()]
        if i == secret_idx:
            lines.append("password = %s" % g.pw("toml", "LINK_PASSWORD"))
        else:
            lines.append("password_file = \"/run/secrets/%s\"" % name)
        lines.append("")
    return path, "\n".join(lines)


@pos("postgres_fdw", "database_password")
def p_ansible_vars(g):
    srv = g.c(["ledger_remote", "crm_fdw", "archive_src"])
    path = g.c(["ansible/group_vars/reporting.yml", "ansible/roles/fdw/defaults/main.yml",
                "inventories/%s/group_vars/pg_reporting.yml" % g.env()])
    text = "\n".join([
        "---",
        "fdw_servers:",
        "  - name: %s" % srv,
        "    wrapper: postgres_fdw",
        "    host: %s" % g.host("pg"),
        "    dbname: %s" % g.db(),
        "    mappings:",
        "      - local_role: %s" % g.c(LOCAL_ROLES),
        "        remote_user: %s" % g.user(),
        "        remote_password: %s" % g.pw("yaml_ansible", "FDW_REMOTE_PASSWORD"),
        "fdw_import_schemas:",
        "  - %s" % g.c(SCHEMAS),
        ""])
    return path, text


@pos("kafka_connect", "database_password")
def p_helm_connect_values(g):
    host = g.host("pg")
    db = g.db()
    path = g.c(["deploy/kafka-connect/values.yaml", "helm/connect/values-%s.yaml" % g.env()])
    text = "\n".join([
        "replicaCount: %d" % g.c([1, 2, 3]),
        "image:",
        "  repository: quay.io/debezium/connect",
        "  tag: \"%d.%d\"" % (g.i(2, 3), g.i(0, 7)),
        "connectors:",
        "  %s-source:" % db.replace("_", "-"),
        "    class: io.debezium.connector.postgresql.PostgresConnector",
        "    config:",
        "      database.hostname: \"%s\"" % host,
        "      database.dbname: \"%s\"" % db,
        "      database.user: \"%s\"" % g.user(),
        "      database.password: %s" % g.pw("yaml", "CONNECT_DB_PASSWORD"),
        "      topic.prefix: \"%s\"" % db,
        "resources:",
        "  limits:",
        "    memory: 2Gi",
        ""])
    return path, text


@pos("postgres_fdw", "database_password")
def p_python_provision(g):
    srv = g.c(["ledger_remote", "crm_src", "pricing_fdw"])
    path = g.c(["tools/provision_fdw.py", "scripts/create_user_mapping.py", "ops/fdw_bootstrap.py"])
    text = "\n".join([
        "\"\"\"Create the postgres_fdw server and user mapping for %s.\"\"\"" % srv,
        "import os",
        "",
        "import psycopg",
        "from psycopg import sql",
        "",
        "REMOTE = {",
        "    \"host\": \"%s\"," % g.host("pg"),
        "    \"dbname\": \"%s\"," % g.db(),
        "    \"user\": \"%s\"," % g.user(),
        "}",
        "secret = %s" % g.pw("py", "FDW_REMOTE_PASSWORD"),
        "",
        "",
        "def main(dsn=os.environ.get(\"DATABASE_URL\", \"postgresql:///reporting\")):",
        "    with psycopg.connect(dsn, autocommit=True) as conn:",
        "        conn.execute(sql.SQL(\"CREATE USER MAPPING IF NOT EXISTS FOR CURRENT_USER SERVER {} \"",
        "                             \"OPTIONS (user {}, password {})\").format(",
        "            sql.Identifier(\"%s\"), sql.Literal(REMOTE[\"user\"]), sql.Literal(secret)))" % srv,
        "",
        "",
        "if __name__ == \"__main__\":",
        "    main()",
        ""])
    return path, text


@pos("clickhouse", "database_password")
def p_ch_bash_client(g):
    host = g.host("ch")
    path = g.c(["scripts/ch_sync_dims.sh", "bin/clickhouse-refresh.sh"])
    text = "\n".join([
        "#!/usr/bin/env bash",
        "set -eu",
        "clickhouse-client --host %s --secure \\" % host,
        "  --user %s \\" % g.user(),
        "  --password %s \\" % g.pw("sh", "CLICKHOUSE_PASSWORD"),
        "  --query \"SYSTEM RELOAD DICTIONARY dict_%s\"" % g.c(["countries", "tariffs", "currencies"]),
        ""])
    return path, text


@pos("redshift", "database_password")
def p_redshift_dblink_pg(g):
    host = g.host("pg")
    path = g.c(["sql/redshift/federated_pg.sql", "redshift/external/postgres_schema.sql"])
    text = "\n".join([
        "-- postgres side of the reverse link: pull aggregates out of Redshift with dblink",
        "CREATE EXTENSION IF NOT EXISTS dblink;",
        "CREATE SERVER redshift_dw FOREIGN DATA WRAPPER dblink_fdw",
        "    OPTIONS (host '%s.%s.%s.redshift.amazonaws.com', port '5439', dbname 'dw', sslmode 'require');"
        % (g.c(["dw-prod", "analytics"]), g.s(LOWER + DIGITS, 12), g.region()),
        "CREATE USER MAPPING FOR %s SERVER redshift_dw" % g.c(LOCAL_ROLES),
        "    OPTIONS (user '%s', password %s);" % (g.user(), g.pw("sqlq", "REDSHIFT_PASSWORD")),
        "",
        "SELECT * FROM dblink('redshift_dw', 'SELECT day, revenue FROM mart.daily_revenue')",
        "    AS t(day date, revenue numeric);",
        ""])
    return path, text


# ====================================================================
# negative look-alike templates: no credential at all
# each returns (relative path, file text)
# ====================================================================
NEG = []


def neg(provider, kind):
    def deco(f):
        NEG.append((f, provider, kind))
        return f
    return deco


@neg("oracle", "identified_by_values_hash")
def n_ora_expdp_sqlfile(g):
    link = g.c(["FIN_LINK", "HR_DBLINK", "DWH_LINK", "ERP_REMOTE"])
    path = g.c(["dba/export/db_links_ddl.sql", "exports/%s/sqlfile_links.sql" % g.date().replace("-", "")])
    lines = ["-- CONNECT SYSTEM",
             "ALTER SESSION SET EDITION = \"ORA$BASE\";",
             "-- new object type path: SCHEMA_EXPORT/DB_LINK"]
    for i in range(g.i(2, 4)):
        owner = g.c(["APP", "RPT", "ETL", "BI"])
        lnk = link if i == 0 else g.c(["ARCH_LINK", "STG_LINK", "OPS_LINK", "CRM_LINK"])
        val = ":1" if g.chance(0.5) else "05" + g.hexs(g.c([64, 96, 128])).upper()
        lines += ["CREATE DATABASE LINK \"%s\".\"%s\"" % (owner, lnk),
                  "   CONNECT TO \"%s\" IDENTIFIED BY VALUES '%s'" % (g.user().upper(), val),
                  "   USING '%s';" % g.c(["FINPRD", "DWH", "(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=%s)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ARCH)))" % g.host("ora")])]
    return path, "\n".join(lines) + "\n"


@neg("oracle", "link_without_password")
def n_ora_current_user_link(g):
    path = g.c(["dba/links/current_user_links.sql", "sql/oracle/global_links.sql"])
    text = "\n".join([
        "-- Global users (OUD/Entra ID): the link connects as the current user,",
        "-- no password is stored in the data dictionary.",
        "CREATE DATABASE LINK %s" % g.c(["HR_GLOBAL", "FIN_CU", "DWH_CU"]),
        "  CONNECT TO CURRENT_USER",
        "  USING '%s:1521/%s';" % (g.host("ora"), g.c(["HRPRD", "FINPRD", "DWH"])),
        "",
        "CREATE PUBLIC DATABASE LINK %s USING '%s';" % (g.c(["REPORTS", "ARCHIVE"]), g.c(["RPTPRD", "ARCHPRD"])),
        "",
        "SELECT owner, db_link, username, host FROM dba_db_links ORDER BY 1, 2;",
        ""])
    return path, text


@neg("oracle", "identified_externally")
def n_ora_external_users(g):
    path = g.c(["dba/users/ops_accounts.sql", "sql/oracle/create_service_users.sql"])
    u1, u2 = g.user().upper(), g.user().upper()
    text = "\n".join([
        "-- OS-authenticated and directory-authenticated accounts",
        "CREATE USER OPS$%s IDENTIFIED EXTERNALLY" % u1,
        "  DEFAULT TABLESPACE users QUOTA 100M ON users;",
        "CREATE USER %s IDENTIFIED GLOBALLY AS 'CN=%s,OU=services,DC=%s,DC=corp';" % (u2, u2.lower(), g.org()),
        "CREATE USER %s_PROXY NO AUTHENTICATION;" % u1,
        "ALTER USER %s GRANT CONNECT THROUGH %s_PROXY;" % (u2, u1),
        "GRANT CREATE SESSION TO OPS$%s, %s;" % (u1, u2),
        ""])
    return path, text


@neg("postgres_fdw", "certificate_auth_no_password")
def n_pg_fdw_cert(g):
    srv = g.c(["ledger_remote", "crm_src", "hr_fdw"])
    role = g.c(LOCAL_ROLES)
    path = g.c(["sql/fdw/%s_cert_auth.sql" % srv, "db/migrations/V%d__fdw_cert_%s.sql" % (g.i(10, 200), srv)])
    text = "\n".join([
        "-- certificate authentication, no password in the mapping (PG 15+)",
        "CREATE SERVER %s FOREIGN DATA WRAPPER postgres_fdw" % srv,
        "    OPTIONS (host '%s', dbname '%s', sslmode 'verify-full'," % (g.host("pg"), g.db()),
        "             sslrootcert '/etc/postgresql/certs/root.crt');",
        "",
        "CREATE USER MAPPING FOR %s SERVER %s" % (role, srv),
        "    OPTIONS (user '%s'," % g.user(),
        "             sslcert '/etc/postgresql/certs/%s.crt'," % role,
        "             sslkey '/etc/postgresql/certs/%s.key'," % role,
        "             password_required 'false');",
        "",
        "-- superuser-only mapping used by the maintenance job relies on .pgpass",
        "CREATE USER MAPPING FOR postgres SERVER %s OPTIONS (user 'postgres');" % srv,
        ""])
    return path, text


@neg("redshift", "iam_role_arn")
def n_rs_iam_role(g):
    acct = g.acct_id()
    t = g.table()[0]
    path = g.c(["redshift/loads/%s.sql" % t, "sql/redshift/copy_%s_iam.sql" % t])
    text = "\n".join([
        "COPY staging.%s" % t,
        "FROM 's3://%s/%s/'" % (g.bucket(), t),
        "IAM_ROLE 'arn:aws:iam::%s:role/%s'" % (acct, g.c(["RedshiftCopyRole", "redshift-s3-read", "dw-loader"])),
        "FORMAT AS PARQUET;",
        "",
        "UNLOAD ('SELECT * FROM mart.%s')" % t,
        "TO 's3://%s/unload/%s_'" % (g.bucket(), t),
        "IAM_ROLE default",
        "PARQUET;",
        ""])
    return path, text


@neg("redshift", "secret_arn_reference")
def n_rs_external_schema(g):
    acct = g.acct_id()
    r = g.region()
    path = g.c(["redshift/external/federated_postgres.sql", "sql/redshift/external_schemas.sql"])
    text = "\n".join([
        "CREATE EXTERNAL SCHEMA IF NOT EXISTS apg_%s" % g.db(),
        "FROM POSTGRES",
        "DATABASE '%s' SCHEMA '%s'" % (g.db(), g.c(SCHEMAS)),
        "URI '%s-%s.cluster-%s.%s.rds.amazonaws.com' PORT 5432" % (g.db().replace("_", "-"), g.env(), g.s(LOWER + DIGITS, 12), r),
        "IAM_ROLE 'arn:aws:iam::%s:role/RedshiftFederatedQuery'" % acct,
        "SECRET_ARN 'arn:aws:secretsmanager:%s:%s:secret:%s-federation-%s';" % (r, acct, g.db().replace("_", "-"), g.s(ALNUM, 6)),
        ""])
    return path, text


@neg("snowflake", "storage_integration")
def n_sf_storage_integration(g):
    acct = g.acct_id()
    b = g.bucket()
    path = g.c(["snowflake/integrations/s3_int.sql", "sql/snowflake/storage_integration.sql"])
    text = "\n".join([
        "CREATE STORAGE INTEGRATION IF NOT EXISTS s3_%s_int" % b.split("-")[1],
        "  TYPE = EXTERNAL_STAGE",
        "  STORAGE_PROVIDER = 'S3'",
        "  ENABLED = TRUE",
        "  STORAGE_AWS_ROLE_ARN = 'arn:aws:iam::%s:role/snowflake-%s'" % (acct, b),
        "  STORAGE_ALLOWED_LOCATIONS = ('s3://%s/incoming/', 's3://%s/exports/');" % (b, b),
        "",
        "CREATE OR REPLACE STAGE landing",
        "  URL = 's3://%s/incoming/'" % b,
        "  STORAGE_INTEGRATION = s3_%s_int;" % b.split("-")[1],
        "",
        "-- DESC INTEGRATION shows STORAGE_AWS_IAM_USER_ARN and STORAGE_AWS_EXTERNAL_ID;",
        "-- paste them into the trust policy of the role above.",
        ""])
    return path, text


@neg("snowflake", "external_id_and_arns")
def n_sf_tfstate(g):
    acct = g.acct_id()
    path = g.c(["docs/snowflake/integration-output.json", "terraform/outputs/snowflake_integration.json"])
    obj = {
        "storage_aws_iam_user_arn": "arn:aws:iam::%s:user/%s-s-%s" % (g.acct_id(), g.s(LOWER + DIGITS, 4), g.s(LOWER + DIGITS, 5)),
        "storage_aws_external_id": "%s_SFCRole=%d_%s=" % (g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 7) + str(g.i(10000, 99999)), g.i(1, 9), g.b64(20)[:27]),
        "storage_aws_role_arn": "arn:aws:iam::%s:role/snowflake-loader" % acct,
        "created_on": g.ts(),
        "comment": "values are not secret; they go into the IAM trust policy",
    }
    return path, json.dumps(obj, indent=2) + "\n"


@neg("duckdb", "credential_chain_and_secret_names")
def n_duckdb_chain(g):
    path = g.c(["duckdb/init.sql", "analysis/setup_secrets.sql"])
    text = "\n".join([
        "INSTALL httpfs; LOAD httpfs;",
        "INSTALL aws; LOAD aws;",
        "",
        "-- credentials come from the instance profile / SSO session",
        "CREATE OR REPLACE SECRET lake_s3 (",
        "    TYPE s3,",
        "    PROVIDER credential_chain,",
        "    CHAIN 'sso;instance',",
        "    REGION '%s'" % g.region(),
        ");",
        "",
        "ATTACH '' AS pg (TYPE postgres, SECRET %s_pg);" % g.db(),
        "SELECT name, type, provider, scope FROM duckdb_secrets();",
        ""])
    return path, text


@neg("clickhouse", "password_hash")
def n_ch_users_xml(g):
    users = [g.user() for _ in range(g.i(2, 3))]
    path = g.c(["clickhouse/users.d/service_users.xml", "deploy/clickhouse/users.xml"])
    lines = ["<clickhouse>", "    <users>"]
    for u in users:
        lines += ["        <%s>" % u,
                  "            <password_sha256_hex>%s</password_sha256_hex>" % hashlib.sha256(g.rbytes(24)).hexdigest(),
                  "            <networks><ip>10.0.0.0/8</ip></networks>",
                  "            <profile>%s</profile>" % g.c(["default", "readonly"]),
                  "            <quota>default</quota>",
                  "        </%s>" % u]
    lines += ["    </users>", "</clickhouse>", ""]
    return path, "\n".join(lines)


@neg("clickhouse", "from_env_reference")
def n_ch_named_from_env(g):
    coll = g.c(["mysql_crm", "pg_ledger", "erp_source"])
    path = g.c(["clickhouse/config.d/named_collections.xml", "config/clickhouse/collections.xml"])
    text = "\n".join([
        "<clickhouse>",
        "    <named_collections>",
        "        <%s>" % coll,
        "            <host>%s</host>" % g.host("db"),
        "            <port>%d</port>" % g.c([3306, 5432]),
        "            <user>%s</user>" % g.user(),
        "            <password from_env=\"%s_PASSWORD\"/>" % coll.upper(),
        "            <database>%s</database>" % g.db(),
        "        </%s>" % coll,
        "    </named_collections>",
        "</clickhouse>",
        ""])
    return path, text


@neg("postgresql", "scram_verifier")
def n_pg_dumpall_roles(g):
    path = g.c(["db/roles/roles.sql", "backup/globals.sql", "dba/pg_dumpall_globals.sql"])
    lines = ["--", "-- PostgreSQL database cluster dump (globals only)", "--", "",
             "SET default_transaction_read_only = off;", ""]
    for _ in range(g.i(2, 4)):
        u = g.user()
        salt = base64.b64encode(g.rbytes(16)).decode()
        stored = base64.b64encode(g.rbytes(32)).decode()
        server = base64.b64encode(g.rbytes(32)).decode()
        lines.append("CREATE ROLE %s;" % u)
        lines.append("ALTER ROLE %s WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION "
                     "NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:%s$%s:%s';" % (u, salt, stored, server))
    lines.append("")
    return path, "\n".join(lines)


@neg("postgresql", "md5_password_hash")
def n_pg_md5_roles(g):
    path = g.c(["legacy/pg94/roles.sql", "db/legacy_roles.sql"])
    lines = ["-- exported from the 9.4 cluster before the upgrade (md5 auth)"]
    for _ in range(g.i(2, 4)):
        u = g.user()
        lines.append("ALTER ROLE %s ENCRYPTED PASSWORD 'md5%s';" % (u, g.hexs(32)))
    lines.append("")
    return path, "\n".join(lines)


@neg("mysql", "auth_string_hash")
def n_mysql_show_create_user(g):
    path = g.c(["db/mysql/users_export.sql", "mysql/grants/%s.sql" % g.env()])
    lines = ["-- SHOW CREATE USER output, %s" % g.date()]
    for _ in range(g.i(2, 3)):
        u = g.user()
        lines.append("CREATE USER `%s`@`10.%%` IDENTIFIED WITH 'mysql_native_password' AS '*%s' "
                     "REQUIRE SSL PASSWORD EXPIRE DEFAULT ACCOUNT UNLOCK;" % (u, g.s("0123456789ABCDEF", 40)))
        lines.append("GRANT SELECT ON `%s`.* TO `%s`@`10.%%`;" % (g.db(), u))
    lines.append("")
    return path, "\n".join(lines)


@neg("postgresql", "lsn")
def n_replication_slots(g):
    path = g.c(["docs/incidents/%s-replication-lag.md" % g.date(), "ops/notes/slot_status.txt"])
    lines = ["slot_name        | plugin   | active | restart_lsn  | confirmed_flush_lsn | wal_status",
             "-----------------+----------+--------+--------------+---------------------+-----------"]
    for _ in range(g.i(2, 4)):
        hi = g.i(0, 0x3F)
        lines.append("%-16s | pgoutput | %-6s | %X/%08X   | %X/%08X          | reserved"
                     % ("dbz_" + g.db(), g.c(["t", "f"]), hi, g.i(0, 0xFFFFFFFF), hi, g.i(0, 0xFFFFFFFF)))
    lines += ["", "pg_current_wal_lsn(): %X/%08X" % (g.i(0, 0x3F), g.i(0, 0xFFFFFFFF)),
              "timeline: %d, system identifier: %d" % (g.i(1, 9), g.i(7000000000000000000, 7399999999999999999)), ""]
    return path, "\n".join(lines)


@neg("debezium", "offsets")
def n_dbz_offsets(g):
    path = g.c(["connect/offsets/%s-offsets.json" % g.db(), "docs/debezium/offset-reset.json"])
    lines = ["["]
    n = g.i(2, 4)
    for i in range(n):
        key = json.dumps(["%s-cdc" % g.db(), {"server": "%s.%s" % (g.env(), g.db())}])
        val = json.dumps({"transaction_id": None, "lsn_proc": g.i(10 ** 9, 10 ** 11),
                          "lsn_commit": g.i(10 ** 9, 10 ** 11), "lsn": g.i(10 ** 9, 10 ** 11),
                          "txId": g.i(10 ** 5, 10 ** 8), "ts_usec": g.i(1600000000000000, 1760000000000000)})
        lines.append("  {\"key\": %s, \"value\": %s}%s" % (key, val, "," if i < n - 1 else ""))
    lines += ["]", ""]
    return path, "\n".join(lines)


@neg("oracle", "scn")
def n_ora_scn_log(g):
    path = g.c(["logs/logminer-%s.log" % g.date().replace("-", ""), "ops/debezium/oracle-scn.txt"])
    lines = []
    scn = g.i(10 ** 10, 10 ** 12)
    day = g.date(2024, 2025)
    sec = g.i(0, 60000)
    for _ in range(g.i(5, 9)):
        scn += g.i(1, 5000)
        sec += g.i(1, 600)
        lines.append("%s INFO  LogMinerStreamingChangeEventSource - Mining session %s, start SCN %d, end SCN %d, "
                     "commit SCN %d, redo thread %d, sequence %d"
                     % ("%s %02d:%02d:%02d" % (day, sec // 3600 % 24, sec // 60 % 60, sec % 60), g.hexs(8), scn, scn + g.i(100, 9000),
                        scn + g.i(1, 99), g.i(1, 2), g.i(10000, 99999)))
    return path, "\n".join(lines) + "\n"


@neg("flyway", "checksums")
def n_flyway_history(g):
    path = g.c(["docs/db/flyway_schema_history.csv", "reports/flyway_history_%s.csv" % g.env()])
    rows = ["installed_rank,version,description,type,script,checksum,installed_by,installed_on,execution_time,success"]
    for i in range(1, g.i(6, 12)):
        desc = g.c(["create fdw %s" % g.db(), "add index", "create link", "import foreign schema", "grant reader"])
        rows.append("%d,%d,%s,SQL,V%d__%s.sql,%d,flyway_deployer,%s %02d:%02d:%02d,%d,true"
                    % (i, i, desc, i, desc.replace(" ", "_"), g.i(-2147483648, 2147483647),
                       g.date(), g.i(0, 23), g.i(0, 59), g.i(0, 59), g.i(5, 4000)))
    return path, "\n".join(rows) + "\n"


@neg("liquibase", "md5sums")
def n_liquibase_changelog_table(g):
    path = g.c(["docs/db/databasechangelog.tsv", "reports/liquibase_%s.tsv" % g.env()])
    rows = ["ID\tAUTHOR\tFILENAME\tDATEEXECUTED\tORDEREXECUTED\tEXECTYPE\tMD5SUM\tDEPLOYMENT_ID"]
    dep = str(g.i(1000000000, 9999999999))
    for i in range(1, g.i(5, 10)):
        rows.append("%s-%d\t%s\tdb/changelog/changes/%s.xml\t%s %02d:%02d:%02d\t%d\tEXECUTED\t9:%s\t%s"
                    % (g.c(["dblink", "fdw", "grants", "views"]), i, g.person(), g.date().replace("-", ""),
                       g.date(), g.i(0, 23), g.i(0, 59), g.i(0, 59), i, g.hexs(32), dep))
    return path, "\n".join(rows) + "\n"


@neg("trino", "query_ids")
def n_trino_query_json(g):
    d = g.date().replace("-", "")
    qid = "%s_%02d%02d%02d_%05d_%s" % (d, g.i(0, 23), g.i(0, 59), g.i(0, 59), g.i(0, 99999), g.s(LOWER + DIGITS, 5))
    path = g.c(["docs/trino/slow-query-%s.json" % qid[-5:], "incidents/trino_%s.json" % d])
    obj = {
        "queryId": qid,
        "session": {"queryId": qid, "transactionId": g.uuid(), "user": g.user(),
                    "source": "trino-jdbc", "catalog": g.db(), "schema": g.c(SCHEMAS)},
        "state": "FINISHED",
        "queryStats": {"elapsedTime": "%.2fs" % (g.r.random() * 90), "peakUserMemoryReservation": "%dMB" % g.i(10, 9000)},
        "inputs": [{"catalogName": g.db(), "schema": g.c(SCHEMAS), "table": g.table()[0],
                    "connectorInfo": None, "columns": []}],
        "traceToken": g.hexs(16),
    }
    return path, json.dumps(obj, indent=2) + "\n"


@neg("bigquery", "connection_metadata")
def n_bq_show_connection(g):
    proj = "%s-%s" % (g.org(), g.c(["analytics", "data", "bi"]))
    path = g.c(["docs/bigquery/connections.json", "infra/bq/show_connection_output.json"])
    obj = {
        "name": "projects/%d/locations/us/connections/%s-cloudsql" % (g.i(100000000000, 999999999999), g.db()),
        "friendlyName": "Cloud SQL %s" % g.db(),
        "creationTime": str(g.i(1600000000000, 1760000000000)),
        "lastModifiedTime": str(g.i(1600000000000, 1760000000000)),
        "hasCredential": True,
        "cloudSql": {"instanceId": "%s:us-central1:%s" % (proj, g.db().replace("_", "-")),
                     "database": g.db(), "type": "POSTGRES",
                     "serviceAccountId": "service-%d@gcp-sa-bigqueryconnection.iam.gserviceaccount.com" % g.i(100000000000, 999999999999)},
    }
    return path, json.dumps(obj, indent=2) + "\n"


@neg("bigquery_omni", "iam_role_arn")
def n_bq_omni_aws(g):
    acct = g.acct_id()
    db = g.db()
    path = g.c(["terraform/bigquery/omni.tf", "infra/gcp/omni_connection.tf"])
    text = "\n".join([
        "resource \"google_bigquery_connection\" \"aws_%s\" {" % db,
        "  connection_id = \"aws-%s\"" % db.replace("_", "-"),
        "  location      = \"aws-%s\"" % g.c(["us-east-1", "eu-west-1"]),
        "  aws {",
        "    access_role {",
        "      iam_role_id = \"arn:aws:iam::%s:role/bigquery-omni-%s\"" % (acct, db.replace("_", "-")),
        "    }",
        "  }",
        "}",
        "",
        "output \"omni_identity\" {",
        "  value = google_bigquery_connection.aws_%s.aws[0].access_role[0].identity" % db,
        "}",
        ""])
    return path, text


@neg("aws_s3", "etags")
def n_s3_listing(g):
    b = g.bucket()
    path = g.c(["docs/exports/s3_listing_%s.json" % g.date().replace("-", ""), "ops/s3/%s-objects.json" % b])
    contents = []
    for _ in range(g.i(3, 6)):
        et = g.hexs(32) if g.chance(0.6) else g.hexs(32) + "-%d" % g.i(2, 40)
        contents.append({"Key": "exports/%s/part-%05d.parquet" % (g.date(), g.i(0, 999)),
                         "LastModified": g.ts().replace("Z", "+00:00"),
                         "ETag": "\"%s\"" % et, "Size": g.i(10000, 900000000),
                         "StorageClass": "STANDARD",
                         "ChecksumAlgorithm": ["CRC32"]})
    return path, json.dumps({"Contents": contents, "RequestCharged": None, "Prefix": "exports/"}, indent=2) + "\n"


@neg("aws_s3", "inventory_manifest")
def n_s3_inventory_manifest(g):
    b = g.bucket()
    path = g.c(["inventory/manifest.json", "docs/s3/inventory-manifest.json"])
    files = [{"key": "%s/inventory/data/%s.csv.gz" % (b, g.uuid()), "size": g.i(1000, 90000000),
              "MD5checksum": g.hexs(32)} for _ in range(g.i(2, 4))]
    obj = {"sourceBucket": b, "destinationBucket": "arn:aws:s3:::%s-inventory" % b, "version": "2016-11-30",
           "creationTimestamp": str(g.i(1600000000000, 1760000000000)), "fileFormat": "CSV",
           "fileSchema": "Bucket, Key, Size, LastModifiedDate, ETag, StorageClass", "files": files}
    return path, json.dumps(obj, indent=2) + "\n"


@neg("azure_storage", "content_md5")
def n_az_blob_list(g):
    acct = g.storage_account()
    path = g.c(["docs/azure/blob-list.json", "ops/azure/%s-blobs.json" % acct])
    items = []
    for _ in range(g.i(2, 5)):
        items.append({"name": "landing/%s/%s.csv" % (g.date(), g.table()[0]),
                      "properties": {"contentLength": g.i(1000, 9000000),
                                     "contentSettings": {"contentMd5": base64.b64encode(g.rbytes(16)).decode(),
                                                         "contentType": "text/csv"},
                                     "etag": "0x8D%s" % g.s("0123456789ABCDEF", 13),
                                     "lastModified": g.ts().replace("Z", "+00:00"),
                                     "blobTier": g.c(["Hot", "Cool"])},
                      "versionId": g.ts().replace("Z", "0000Z")})
    return path, json.dumps(items, indent=2) + "\n"


@neg("azure_storage", "resource_ids")
def n_az_account_show(g):
    acct = g.storage_account()
    sub = g.uuid()
    rg = "rg-%s-%s" % (g.db().replace("_", "-"), g.env())
    path = g.c(["infra/azure/storage-account.json", "docs/azure/%s.json" % acct])
    obj = {"id": "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Storage/storageAccounts/%s" % (sub, rg, acct),
           "name": acct, "location": g.c(["westeurope", "eastus2", "northeurope"]), "kind": "StorageV2",
           "primaryEndpoints": {"blob": "https://%s.blob.core.windows.net/" % acct,
                                "dfs": "https://%s.dfs.core.windows.net/" % acct},
           "identity": {"principalId": g.uuid(), "tenantId": g.uuid(), "type": "SystemAssigned"},
           "allowSharedKeyAccess": False, "minimumTlsVersion": "TLS1_2"}
    return path, json.dumps(obj, indent=2) + "\n"


@neg("databricks", "cluster_ids_and_secret_refs")
def n_databricks_cluster(g):
    path = g.c(["databricks/clusters/etl.json", "jobs/cluster-spec.json"])
    obj = {"cluster_name": "etl-%s" % g.db(),
           "spark_version": "%d.%d.x-scala2.12" % (g.i(12, 15), g.i(0, 4)),
           "node_type_id": g.c(["Standard_DS3_v2", "i3.xlarge", "m5d.2xlarge"]),
           "instance_pool_id": "%04d-%06d-%s-pool-%s" % (g.i(100, 1231), g.i(0, 999999), g.s(LOWER, 4), g.s(LOWER + DIGITS, 8)),
           "spark_conf": {
               "spark.hadoop.fs.azure.account.key.%s.dfs.core.windows.net" % g.storage_account():
                   "{{secrets/%s/adls-key}}" % g.c(["lake", "etl"]),
               "spark.databricks.delta.preview.enabled": "true"},
           "spark_env_vars": {"JDBC_PASSWORD": "{{secrets/jdbc/%s-password}}" % g.db().replace("_", "-")},
           "custom_tags": {"cost_center": str(g.i(1000, 9999)), "ticket": g.ticket()},
           "cluster_id": "%04d-%06d-%s" % (g.i(100, 1231), g.i(0, 999999), g.s(LOWER + DIGITS, 8))}
    return path, json.dumps(obj, indent=2) + "\n"


@neg("databricks", "oauth_client_id_public")
def n_databricks_oauth_m2m(g):
    host = "adb-%d.%d.azuredatabricks.net" % (g.i(1000000000000000, 9999999999999999), g.i(1, 19))
    path = g.c(["conf/sources.properties", "config/warehouse-oauth.properties"])
    text = "\n".join([
        "# M2M OAuth: the client secret is injected by the runtime (OAuth2Secret from the vault)",
        "source.url=jdbc:databricks://%s:443/default;transportMode=http;ssl=1;httpPath=/sql/1.0/warehouses/%s;"
        "AuthMech=11;Auth_Flow=1;OAuth2ClientId=%s" % (host, g.hexs(16), g.uuid()),
        "source.oauth.secret-ref=kv://%s-kv/databricks-sp-secret" % g.org(),
        "source.fetch-size=10000",
        ""])
    return path, text


@neg("sqlserver", "self_mapped_linked_server")
def n_mssql_useself(g):
    srv = g.c(["REPORTSRV", "DWH_LINK", "ERP_LINK"])
    path = g.c(["db/linked-servers/%s_kerberos.sql" % srv.lower(), "sql/setup/linked_servers_integrated.sql"])
    text = "\n".join([
        "EXEC master.dbo.sp_addlinkedserver @server = N'%s', @srvproduct = N'', " % srv,
        "     @provider = N'MSOLEDBSQL', @datasrc = N'%s';" % g.host("mssql"),
        "-- Kerberos delegation: every login connects as itself, nothing stored",
        "EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'%s', @useself = N'True', @locallogin = NULL;" % srv,
        "EXEC master.dbo.sp_droplinkedsrvlogin @rmtsrvname = N'%s', @locallogin = N'%s\\svc_legacy';" % (srv, g.org().upper()),
        "GO",
        ""])
    return path, text


@neg("sqlserver", "catalog_view_output")
def n_mssql_linked_logins(g):
    path = g.c(["docs/audit/linked_logins_%s.txt" % g.date().replace("-", ""), "audit/mssql_linked_servers.txt"])
    lines = ["server_id  name              product  provider     data_source                       modify_date",
             "---------  ----------------  -------  -----------  --------------------------------  -----------------------"]
    for i in range(1, g.i(3, 6)):
        lines.append("%-9d  %-16s  %-7s  %-11s  %-32s  %s 10:%02d:%02d.%03d"
                     % (i, g.c(["ERP_LINK", "DWH", "CRM", "HR_SRC", "ARCHIVE"]), "", "MSOLEDBSQL",
                        g.host("mssql")[:32], g.date(), g.i(0, 59), g.i(0, 59), g.i(0, 999)))
    lines += ["", "remote_name  uses_self_credential  local_principal_id",
              "-----------  --------------------  ------------------"]
    for _ in range(g.i(2, 4)):
        lines.append("%-11s  %-20d  %d" % (g.c(["NULL", g.user()[:11]]), g.i(0, 1), g.i(0, 300)))
    return path, "\n".join(lines) + "\n"


@neg("tls", "public_certificate")
def n_pg_client_cert(g):
    path = g.c(["certs/remote-root-ca.crt", "deploy/fdw/certs/ca.pem", "config/tls/%s-ca.pem" % g.db()])
    body = base64.b64encode(b"\x30\x82\x03" + g.rbytes(g.i(700, 900))).decode()
    lines = ["# CA bundle for sslrootcert of the foreign servers (public)",
             "# SHA256 Fingerprint=%s" % ":".join(g.s("0123456789ABCDEF", 2) for _ in range(32)),
             "-----BEGIN CERTIFICATE-----"]
    lines += [body[i:i + 64] for i in range(0, len(body), 64)]
    lines += ["-----END CERTIFICATE-----", ""]
    return path, "\n".join(lines)


@neg("ssh", "public_key")
def n_autossh_tunnel(g):
    host = g.host("pg")
    path = g.c(["deploy/tunnel/known_hosts", "ops/bastion/authorized_keys"])
    lines = ["# tunnel used by the fdw servers to reach %s through the bastion" % host]
    for _ in range(g.i(2, 3)):
        key = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + g.rbytes(32)).decode()
        lines.append("%s ssh-ed25519 %s" % (g.c(["bastion.%s.internal" % g.org(), g.ip()]), key))
    return path, "\n".join(lines) + "\n"


@neg("pgloader", "summary_report")
def n_pgloader_summary(g):
    db = g.db()
    path = g.c(["migration/logs/%s-summary.txt" % db, "docs/migration/pgloader-report.txt"])
    lines = ["             table name     errors       read   imported      bytes      total time",
             "-----------------------  ---------  ---------  ---------  ---------  --------------"]
    for t in g.r.sample(list(TABLES), 5):
        n = g.i(100, 900000)
        lines.append("%23s  %9d  %9d  %9d  %8.1f MB  %13.3fs" % ("%s.%s" % (db[:8], t), 0, n, n, g.r.random() * 400, g.r.random() * 60))
    lines += ["-----------------------  ---------  ---------  ---------  ---------  --------------",
              "md5 of source dump: %s" % g.hexs(32), ""]
    return path, "\n".join(lines)


@neg("sqoop", "password_file_alias")
def n_sqoop_password_file(g):
    host = g.host("mysql")
    db = g.db()
    path = g.c(["scripts/sqoop/import_%s.sh" % db, "ingest/sqoop_alias_%s.sh" % db])
    text = "\n".join([
        "#!/bin/bash",
        "sqoop import \\",
        "  -Dhadoop.security.credential.provider.path=jceks://hdfs/user/etl/%s.jceks \\" % db,
        "  --connect jdbc:mysql://%s:3306/%s \\" % (host, db),
        "  --username %s \\" % g.user(),
        "  --password-alias %s.password \\" % db,
        "  --table %s --target-dir /data/raw/%s -m 4" % (g.table()[0], db),
        "",
        "# alternative: --password-file /user/etl/.%s.pw (mode 400)" % db,
        ""])
    return path, text


@neg("hadoop", "credential_alias_listing")
def n_hadoop_credential_list(g):
    db = g.db()
    path = g.c(["docs/hadoop/credentials.txt", "ops/notes/jceks_aliases.txt"])
    lines = ["$ hadoop credential list -provider jceks://hdfs/user/etl/%s.jceks" % db,
             "Listing aliases for CredentialProvider: jceks://hdfs/user/etl/%s.jceks" % db]
    for a in g.r.sample(["%s.password" % db, "fs.s3a.access.key", "fs.s3a.secret.key", "oracle.link.password", "mssql.password"], 3):
        lines.append(a)
    lines.append("")
    return path, "\n".join(lines)


@neg("oracle", "sql_ids")
def n_ora_awr(g):
    path = g.c(["docs/perf/awr-top-sql-%s.txt" % g.date(), "perf/oracle_top_sql.txt"])
    b32 = "0123456789abcdfghjkmnpqrstuvwxyz"
    lines = ["SQL_ID        PLAN_HASH_VALUE  EXECUTIONS  ELAPSED_S  SQL_TEXT",
             "------------- ---------------  ----------  ---------  --------------------------------"]
    for _ in range(g.i(4, 7)):
        lines.append("%s %15d  %10d  %9.1f  SELECT ... FROM %s@%s" % (g.s(b32, 13), g.i(10 ** 8, 4 * 10 ** 9), g.i(1, 90000),
                                                               g.r.random() * 900, g.c(["GL_BALANCES", "ORDERS", "EMP"]),
                                                               g.c(["FIN_LINK", "DWH_LINK", "ERP_REMOTE"])))
    return path, "\n".join(lines) + "\n"


@neg("schema_registry", "schema_fingerprints")
def n_schema_registry(g):
    db = g.db()
    path = g.c(["docs/kafka/subjects.json", "connect/schemas/%s-subjects.json" % db])
    out = []
    for t in g.r.sample(list(TABLES), 3):
        out.append({"subject": "%s.%s.%s-value" % (g.env(), db, t), "version": g.i(1, 12), "id": g.i(1, 5000),
                    "schemaType": "AVRO", "fingerprint": g.hexs(16),
                    "references": [], "deleted": False})
    return path, json.dumps(out, indent=2) + "\n"


@neg("checksums", "sha256_manifest")
def n_sha256_manifest(g):
    path = g.c(["exports/SHA256SUMS", "data/manifests/checksums.sha256", "migration/dumps/SHA256SUMS.txt"])
    lines = []
    for t in g.r.sample(list(TABLES), g.i(3, 6)):
        lines.append("%s  %s_%s.csv.gz" % (hashlib.sha256(g.rbytes(16)).hexdigest(), t, g.date().replace("-", "")))
    return path, "\n".join(lines) + "\n"


@neg("clickhouse", "part_hashes")
def n_ch_parts(g):
    path = g.c(["docs/clickhouse/parts_%s.tsv" % g.date().replace("-", ""), "ops/ch/system_parts.tsv"])
    rows = ["partition\tname\trows\thash_of_all_files\thash_of_uncompressed_files\tuuid"]
    for _ in range(g.i(3, 6)):
        p = g.date().replace("-", "")[:6]
        rows.append("%s\t%s_%d_%d_%d\t%d\t%s\t%s\t%s" % (p, p, g.i(1, 900), g.i(900, 1900), g.i(0, 5), g.i(1000, 10 ** 7),
                                                     g.hexs(32), g.hexs(32), g.uuid()))
    return path, "\n".join(rows) + "\n"


@neg("vault", "policy")
def n_vault_policy(g):
    db = g.db()
    path = g.c(["vault/policies/%s-fdw.hcl" % db.replace("_", "-"), "infra/vault/policy-federation.hcl"])
    text = "\n".join([
        "# read the rotated password for the %s foreign server" % db,
        "path \"database/static-creds/%s-fdw\" {" % db.replace("_", "-"),
        "  capabilities = [\"read\"]",
        "}",
        "",
        "path \"secret/data/db/%s/*\" {" % db.replace("_", "-"),
        "  capabilities = [\"read\", \"list\"]",
        "}",
        ""])
    return path, text


@neg("kerberos", "keytab_listing")
def n_klist(g):
    path = g.c(["docs/mssql/kerberos-keytab.txt", "ops/notes/klist_%s.txt" % g.env()])
    realm = "%s.CORP" % g.org().upper()
    lines = ["Keytab name: FILE:/etc/security/keytabs/sqlsvc.keytab",
             "KVNO Timestamp           Principal",
             "---- ------------------- ------------------------------------------------------"]
    for _ in range(g.i(2, 4)):
        lines.append("%4d %s %02d:%02d:%02d MSSQLSvc/%s:1433@%s (aes256-cts-hmac-sha1-96)"
                     % (g.i(2, 9), g.date().replace("-", "/"), g.i(0, 23), g.i(0, 59), g.i(0, 59), g.host("mssql"), realm))
    return path, "\n".join(lines) + "\n"


@neg("debezium", "connector_status")
def n_connect_status(g):
    db = g.db()
    path = g.c(["docs/connect/status-%s.json" % db, "ops/connect/%s-status.json" % db])
    obj = {"name": "%s-cdc" % db, "connector": {"state": "RUNNING", "worker_id": "%s:8083" % g.ip()},
           "tasks": [{"id": 0, "state": g.c(["RUNNING", "FAILED"]), "worker_id": "%s:8083" % g.ip(),
                      "trace": "org.apache.kafka.connect.errors.ConnectException: slot dbz_%s is active for PID %d"
                               % (db, g.i(1000, 60000))}],
           "type": "source"}
    return path, json.dumps(obj, indent=2) + "\n"


@neg("uuid", "uuids_and_ids")
def n_tenant_links_yaml(g):
    path = g.c(["config/tenants.yaml", "deploy/federation/tenants.yml"])
    lines = ["tenants:"]
    for _ in range(g.i(3, 5)):
        lines += ["  - id: %s" % g.uuid(),
                  "    link: %s_link" % g.c(["eu", "us", "apac", "latam"]),
                  "    server: %s" % g.host("pg"),
                  "    schema: t_%s" % g.hexs(8),
                  "    kms_key_id: arn:aws:kms:%s:%s:key/%s" % (g.region(), g.acct_id(), g.uuid())]
    lines.append("")
    return path, "\n".join(lines)


@neg("postgres_fdw", "server_and_link_names")
def n_fdw_catalog_output(g):
    path = g.c(["docs/db/foreign_servers.txt", "ops/psql/des_output.txt"])
    lines = ["                                  List of foreign servers",
             "      Name       |  Owner   | Foreign-data wrapper |                 FDW options",
             "-----------------+----------+----------------------+---------------------------------------------"]
    for _ in range(g.i(2, 4)):
        lines.append(" %-15s | postgres | %-20s | (host '%s', dbname '%s')"
                     % (g.c(["ledger_remote", "crm_src", "ora_erp", "mssql_sales"]),
                        g.c(["postgres_fdw", "oracle_fdw", "tds_fdw", "mysql_fdw"]), g.host("db"), g.db()))
    lines += ["", "   List of user mappings", "    Server     | User name", "---------------+-----------"]
    for _ in range(g.i(2, 3)):
        lines.append(" %-13s | %s" % (g.c(["ledger_remote", "crm_src"]), g.c(LOCAL_ROLES)))
    return path, "\n".join(lines) + "\n"


@neg("trino", "env_placeholders_catalog")
def n_trino_catalog_secrets(g):
    db = g.db()
    path = g.c(["etc/catalog/%s.properties" % db, "trino/catalog/%s.properties" % db])
    text = "\n".join([
        "connector.name=postgresql",
        "connection-url=jdbc:postgresql://%s:5432/%s" % (g.host("pg"), db),
        "connection-user=${ENV:%s_USER}" % db.upper(),
        "connection-password=${ENV:%s_PASSWORD}" % db.upper(),
        "credential-provider.type=INLINE",
        "case-insensitive-name-matching=true",
        ""])
    return path, text


@neg("snowflake", "stage_with_integration_and_hashes")
def n_sf_list_stage(g):
    path = g.c(["docs/snowflake/list_stage.txt", "ops/snowflake/landing_files.txt"])
    lines = ["name                                                   | size      | md5                              | last_modified",
             "-------------------------------------------------------+-----------+----------------------------------+------------------------------"]
    for _ in range(g.i(3, 6)):
        lines.append("s3://%s/incoming/%s.parquet | %9d | %s | %s"
                     % (g.bucket(), g.uuid(), g.i(1000, 90000000), g.hexs(32), g.ts().replace("T", " ").replace("Z", " GMT")))
    return path, "\n".join(lines) + "\n"


@neg("gcs", "hmac_metadata")
def n_gcs_hmac_metadata(g):
    proj = "%s-%s" % (g.org(), g.c(["analytics", "data"]))
    path = g.c(["docs/gcs/hmac-keys.txt", "ops/gcp/hmac_list.txt"])
    lines = ["$ gcloud storage hmac list --project %s" % proj,
             "ACCESS_ID_PREFIX  SERVICE_ACCOUNT_EMAIL                                          STATE"]
    for _ in range(g.i(2, 3)):
        lines.append("GOOG1E%s...   %s@%s.iam.gserviceaccount.com  %s"
                     % (g.s(B32, 4), g.c(["duckdb-reader", "trino-gcs", "etl-sync"]), proj, g.c(["ACTIVE", "INACTIVE"])))
    lines += ["", "(full access ids and secrets are only shown at creation and live in the secret manager)", ""]
    return path, "\n".join(lines)


@neg("sqlserver", "sqlcmd_variables")
def n_mssql_sqlcmd_vars(g):
    srv = g.c(["ERP_LINK", "DWH", "BILLING_SRC"])
    path = g.c(["db/linked-servers/create_%s.sql" % srv.lower(), "deploy/mssql/linked_login_template.sql"])
    text = "\n".join([
        ":setvar LinkedServer %s" % srv,
        ":on error exit",
        "-- run with: sqlcmd -S . -i this.sql -v RemoteUser=... RemotePassword=... (values from the vault task)",
        "EXEC master.dbo.sp_addlinkedsrvlogin",
        "     @rmtsrvname = N'$(LinkedServer)',",
        "     @useself = N'False',",
        "     @rmtuser = N'$(RemoteUser)',",
        "     @rmtpassword = N'$(RemotePassword)';",
        "GO",
        ""])
    return path, text


@neg("pgloader", "url_without_password")
def n_pgloader_pgpass(g):
    db = g.db()
    path = g.c(["migration/%s.load" % db, "pgloader/%s-peer.load" % db])
    text = "\n".join([
        "-- passwords come from ~/.pgpass and ~/.my.cnf on the migration host",
        "LOAD DATABASE",
        "     FROM mysql://%s@%s/%s" % (g.user(), g.host("mysql"), db),
        "     INTO postgresql://%s@%s/%s" % (g.c(LOCAL_ROLES), g.host("pg"), db),
        " WITH include drop, create tables, create indexes, reset sequences",
        " SET PostgreSQL PARAMETERS maintenance_work_mem to '256MB';",
        ""])
    return path, text


# ====================================================================
# driver
# ====================================================================
ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def is_blocked_env(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return (base == ".env" or base.startswith(".env.")) and base not in ENV_OK


def filetype_of(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base == ".env" or base.startswith(".env."):
        return "env"
    if "." not in base.lstrip("."):
        return "text"
    return base.rsplit(".", 1)[1].lower()


def even_pool(rng, n_templates, n):
    pool = []
    while len(pool) < n:
        block = list(range(n_templates))
        rng.shuffle(block)
        pool.extend(block)
    return pool[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def _looks_generated_secret(text):
    """Guard for negatives: no AKIA id, dapi token or GOOG1E id of generated shape."""
    import re
    for m in re.finditer(r"AKIA[A-Z2-7]{16}", text):
        if m.group(0) != DOC_AWS[0]:
            return True
    if re.search(r"dapi[0-9a-f]{32}", text):
        return True
    if re.search(r"GOOG1E[A-Z2-7]{55}", text):
        return True
    return False


def build(outdir, seed):
    rng = random.Random(seed)
    manifest, secrets = [], []
    n_env_pos = 0

    for i, ti in enumerate(even_pool(rng, len(POS), 500)):
        fn, provider, kind = POS[ti]
        g = G(rng, "pos")
        rel, text = fn(g)
        assert len(g.needles) == 1, (fn.__name__, g.needles)
        needle = g.needles[0]
        idx = text.find(needle)
        assert idx >= 0, (fn.__name__, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (fn.__name__, needle, line)
        if is_blocked_env(rel):
            n_env_pos += 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": provider, "kind": kind,
                         "filetype": filetype_of(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    assert n_env_pos * 20 <= 500, n_env_pos

    jobs = [("reuse", t) for t in even_pool(rng, len(POS), 250)] + \
           [("look", t) for t in even_pool(rng, len(NEG), 250)]
    rng.shuffle(jobs)
    for i, (how, ti) in enumerate(jobs):
        if how == "reuse":
            fn, provider, _ = POS[ti]
            style = rng.choices(NEG_STYLES, weights=NEG_WEIGHTS)[0]
            g = G(rng, "neg", style)
            rel, text = fn(g)
            kind = style
        else:
            fn, provider, kind = NEG[ti]
            g = G(rng, "neg")
            rel, text = fn(g)
        assert not g.needles, fn.__name__
        assert not _looks_generated_secret(text), (fn.__name__, text)
        if is_blocked_env(rel):
            rel = rel.rsplit("/", 1)[0] + "/.env.example" if "/" in rel else ".env.example"
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": provider, "kind": kind,
                         "filetype": filetype_of(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # re-read what was written and check the needles once more
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    return manifest, secrets


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 -B gen_hv.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    try:
        seed = int(argv[2])
    except ValueError:
        seed = argv[2]
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = build(outdir, seed)
    print("wrote %d positives, %d negatives to %s (%d positive templates, %d look-alike templates)"
          % (len(secrets), len(manifest) - len(secrets), outdir, len(POS), len(NEG)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
