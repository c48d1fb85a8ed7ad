#!/usr/bin/env python3
"""Blind evaluation-set generator "l" for a git pre-commit secret scanner.

EMPHASIS
    Credentials in data-engineering, analytics and ML-ops repositories:
    dbt, Airflow, Dagster, Prefect, Spark, Hadoop, Trino/Hive, Kafka/Confluent,
    Debezium/Flink, Snowflake, Databricks, BigQuery/GCP, Redshift/Athena, BI tools
    (Looker, Tableau, Superset, Metabase, Redash, Mode, Hex, Sigma), data quality
    (Great Expectations, Soda), ELT (Fivetran, Airbyte, Stitch), product analytics
    (Segment, Amplitude, Mixpanel), ML tracking (W&B, Comet, Neptune, ClearML,
    MLflow), SageMaker/Vertex scripts, R / Julia / MATLAB / SAS, SQL DDL,
    Jupyter notebooks, Makefiles, docker-compose and Terraform.

USAGE
    python3 gen_l.py OUTDIR SEED

    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each) and
    OUTDIR/neg/nNNNN/<relative path> (500 files, innocent look-alikes only),
    OUTDIR/manifest.jsonl  rows {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   rows {"file","needle","line"} for positives.
    "file" is relative to OUTDIR (e.g. "pos/p0007/analytics/profiles.yml").
    Deterministic per SEED: the only randomness is random.Random(SEED).

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as written in the file, line = 1-based
      line on which the needle starts.  The needle occurs exactly once per file.
    * For id+secret pairs (AWS key id + secret, Confluent key + secret, Looker
      client_id + client_secret, Fivetran key + secret, ...) the needle is the
      SECRET half only; the id is also present in the file.
    * For credentials inside URIs/connection strings (JDBC, SQLAlchemy,
      AIRFLOW_CONN_* URIs, Azure connection strings) the needle is the password /
      AccountKey / sig value only, not the whole URI.  Slack incoming webhooks are
      the exception: the needle is the whole https://hooks.slack.com/... URL.
    * Private keys embedded in JSON/YAML strings (GCP service-account JSON,
      dbt keyfile_json) have needle = the whole one-line escaped string
      "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n".
    * Private keys as PEM files (Snowflake rsa_key.p8) have a MULTI-LINE needle:
      the whole block from "-----BEGIN" to the end of the "-----END ...-----"
      line; line = the BEGIN line.
    * Human-chosen passwords (Snowflake/DB users, Kafka SCRAM users, MLflow basic
      auth...) look like real human passwords (Marek.1988winter, Tr0ub4dor&3).
    * About a third of the positives use variable names that do not name the
      provider (LLM_KEY, token, AUTH, apiKey inside a provider block, positional
      arguments).

NEGATIVES
    Env references / template interpolation in each file type's own syntax
    ({{ env_var() }}, {{ conn.x.password }}, Variable.get, ${VAR}, ${file:...},
    dbutils.secrets.get, os.environ, Sys.getenv, vault:/secretsmanager: refs),
    placeholders (<your-key>, YOUR_API_KEY, changeme, sk-...), masked/truncated
    values, AWS documentation example keys, Azurite's published dev key,
    publishable client-side keys (Segment analytics.js write key, Amplitude
    browser API key, Mixpanel project token, Algolia search-only key),
    identifiers (Snowflake locators, Databricks workspace/cluster/job ids,
    BigQuery projects, Kafka cluster ids, Confluent key ids without secret,
    MLflow/W&B run ids, commit SHAs, UUID parquet names), digests/checksums,
    password hashes (bcrypt / pbkdf2 / md5-SCRAM verifiers), public keys,
    ciphertext (SOPS ENC[...], SealedSecrets, KMS blobs) and test vectors.

DOUBTS (formats I am not sure of)
    * Dagster+ user/agent tokens: modelled as "user:<org>:<32 hex>" and
      "agent:<org>:<32 hex>"; the documentation I could reach does not show the
      literal shape.
    * dbt Cloud tokens: "dbtc_" (service) / "dbtu_" (personal) prefixes are from
      memory; the body length (here 56 url-safe chars) is a guess.
    * ClickHouse Cloud key secrets: modelled as "4b1d" + 38 alnum, key ids as 20
      alnum; the "4b1d" prefix is from memory, not from the docs I found.
    * Mode (12-hex token + 32-char secret), Hex ("hxtw_" + 64 hex), Sigma
      (32-hex client id + 64-hex secret), Soda Cloud (UUID id + 40-char secret),
      Stitch import token (64 hex), Airbyte Cloud client secret (32 alnum):
      lengths/prefixes are plausible guesses.
    * ClearML: access_key 30 upper-alnum, secret_key 50 alnum (from memory of
      generated credentials; the docs example key has punctuation).
    * Comet API key 25 alnum; Mixpanel service-account secret 32 alnum.
    * Confluent Cloud API secret modelled as 64 chars of [A-Za-z0-9+/].
    * OpenAI sk-proj- keys: "sk-proj-" + 74 + "T3BlbkFJ" + 74 url-safe chars;
      Anthropic "sk-ant-api03-" + 93 + "AA".
    * Tableau PAT secret: "<base64 of 16 bytes>:<32 alnum>".
    * Neptune API token: base64 of a JSON object with api_address/api_url/api_key.
    * MotherDuck / Astronomer tokens: JWTs with made-up but plausible claims and
      random signatures (not verifiable, but structurally valid JWTs).
    * GitHub ghp_ checksum uses CRC32 base62 with alphabet 0-9A-Za-z.
    * Airflow fernet keys, Superset SECRET_KEY and Redash cookie secrets are
      random per deployment; there is no provider prefix to detect.
"""
import base64
import hashlib
import json
import os
import random
import re
import string
import sys
import textwrap
import zlib
from collections import Counter

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
ALNUM = UP + LO + DI
LALNUM = LO + DI
UALNUM = UP + DI
HEXL = "0123456789abcdef"
B64 = UP + LO + DI + "+/"
URLS = UP + LO + DI + "-_"
B32 = UP + "234567"
B62 = DI + UP + LO

BAD = ["test", "pass", "demo", "fake", "dummy", "sampl", "exampl", "secret",
       "token", "admin", "abcd", "1234", "xxxx", "qwer", "asdf", "0000", "aaaa",
       "key", "temp", "todo", "null", "none", "root", "user", "love", "fuck",
       "shit", "dead", "beef", "cafe", "babe", "face", "fade", "bead", "deaf"]


def ok(s):
    low = s.lower()
    for b in BAD:
        if b in low:
            return False
    for i in range(len(s) - 3):
        a, b, c, d = (ord(x) for x in s[i:i + 4])
        if b - a == c - b == d - c and abs(b - a) <= 1:
            return False
    return True


def T(tpl, **kw):
    """Dedent a template and replace @@name@@ markers (avoids brace escaping)."""
    t = textwrap.dedent(tpl).lstrip("\n")

    def rep(m):
        return str(kw[m.group(1)])
    out = re.sub(r"@@(\w+)@@", rep, t)
    if not out.endswith("\n"):
        out += "\n"
    return out


def b62enc(n):
    if n == 0:
        return "0"
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out


FIRST = ["Marek", "Kasia", "Jonas", "Priya", "Diego", "Anja", "Tomasz", "Lukas",
         "Emma", "Sven", "Ingrid", "Rafael", "Yuki", "Olga", "Henrik", "Fatima",
         "Mateo", "Noor", "Bjorn", "Chloe", "Aiko", "Pavel", "Lucia", "Oskar",
         "Nadia", "Femi", "Ravi", "Greta", "Milo", "Zofia"]
LAST = ["kowalski", "rivera", "nguyen", "schmidt", "okafor", "larsen", "patel",
        "moreau", "tanaka", "novak", "costa", "berg", "haddad", "fischer", "walsh",
        "ibrahim", "kaur", "dubois", "svensson", "mendes"]
WORDS = ["winter", "summer", "falcon", "tiger", "harbor", "maple", "pepper",
         "coffee", "river", "dragon", "orange", "cobalt", "sunrise", "gravel",
         "lighthouse", "ginger", "violet", "barcelona", "krakow", "gdansk",
         "walrus", "banjo", "thunder", "meadow", "biscuit", "saturn", "puffin",
         "copper", "juniper", "marmalade", "tundra", "pixel", "mango", "oslo",
         "lisbon", "kayak", "nebula", "paprika", "fjord", "cricket"]
COMPANIES = ["northwind", "lumenco", "bluefin", "orbitly", "kestrel", "tidewater",
             "quillon", "ferrous", "meridian", "brightpath", "nimbusfarm",
             "copperleaf", "stonebridge", "vantara", "hollowell", "pinecrest",
             "saltmarsh", "greyhound-labs", "arclight", "fieldnote"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2",
           "eu-north-1", "ca-central-1"]
AZ_REGIONS = ["westeurope", "northeurope", "eastus2", "uksouth", "centralus"]
GCP_REGIONS = ["europe-west1", "us-central1", "us-east4", "europe-west4",
               "asia-southeast1"]
SCHEMAS = ["staging", "marts", "core", "finance", "marketing", "product",
           "intermediate", "reporting", "raw_events", "growth"]
TABLES = ["orders", "customers", "events", "sessions", "invoices", "payments",
          "subscriptions", "page_views", "signups", "shipments", "inventory",
          "campaign_spend", "churn_scores", "feature_store"]
SVC_USERS = ["dbt_svc", "etl_loader", "airflow", "svc_looker", "analytics_rw",
             "reporting_ro", "fivetran_user", "airbyte", "svc_dagster",
             "transformer", "loader", "bi_reader", "ml_pipeline"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    # -- basic randomness ---------------------------------------------------
    def c(self, seq):
        return self.r.choice(seq)

    def i(self, a, b):
        return self.r.randint(a, b)

    def p(self, prob):
        return self.r.random() < prob

    def rs(self, alpha, n):
        while True:
            v = "".join(self.r.choice(alpha) for _ in range(n))
            if ok(v) and v not in self.used:
                self.used.add(v)
                return v

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64b(self, n, urlsafe=False, strip=False):
        while True:
            raw = self.rbytes(n)
            v = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
            if strip:
                v = v.rstrip("=")
            if ok(v):
                return v

    def hexs(self, n):
        return self.rs(HEXL, n)

    def digits(self, n):
        while True:
            v = str(self.i(1, 9)) + "".join(self.c(DI) for _ in range(n - 1))
            if ok(v):
                return v

    def uuid(self):
        h = list(self.rs(HEXL, 32))
        h[12] = "4"
        h[16] = self.c("89ab")
        h = "".join(h)
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # -- naming --------------------------------------------------------------
    def co(self):
        # one company per generated file keeps hosts/buckets/emails consistent
        return getattr(self, "cur", None) or self.c(COMPANIES)

    def person(self):
        return self.c(FIRST).lower()[0] + self.c(LAST)

    def email(self, co=None):
        return "%s.%s@%s.com" % (self.c(FIRST).lower(), self.c(LAST), (co or self.co()).replace("-", ""))

    def vn(self, specific, generic, prob=0.35):
        return self.c(generic) if self.p(prob) else self.c(specific)

    def proj(self):
        return self.c(["", "", "analytics/", "data-platform/", "warehouse/",
                       "etl/", "pipelines/", "dataops/", "ml/", "platform/"])

    def region(self):
        return self.c(REGIONS)

    def sf_account(self):
        if self.p(0.5):
            return "%s%s.%s" % (self.rs(LO, 2), self.digits(5), self.c(["eu-central-1", "us-east-1", "west-europe.azure", "us-east-2.aws", "ap-southeast-2"]))
        return "%s-%s" % (self.rs(UP, 7), self.c(["ANALYTICS", "PROD", "DATA", "DWH"]))

    def rds_host(self, co=None, engine="postgres"):
        co = co or self.co()
        return "%s-%s.%s.%s.rds.amazonaws.com" % (co, self.c(["prod", "dw", "reporting", "replica"]), self.rs(LALNUM, 12), self.region())

    def rs_host(self, co=None):
        co = co or self.co()
        return "%s-dwh.%s.%s.redshift.amazonaws.com" % (co, self.rs(LALNUM, 12), self.region())

    def bucket(self, co=None):
        co = co or self.co()
        return "%s-%s-%s" % (co, self.c(["prod", "dev", "staging", "shared"]), self.c(["datalake", "raw", "lakehouse", "landing", "ml-artifacts", "exports"]))

    def az_account(self, co=None):
        co = (co or self.co()).replace("-", "")
        return (co + self.c(["datalake", "dl", "adls", "lake", "stg"]) + self.c(["prod", "dev", "01", ""]))[:24]

    def gcp_project(self, co=None):
        co = co or self.co()
        return "%s-%s-%s" % (co, self.c(["analytics", "data", "ml", "dwh"]), self.digits(6))

    def dbx_host(self):
        if self.p(0.5):
            return "adb-%s.%d.azuredatabricks.net" % (self.digits(16), self.i(1, 19))
        return "dbc-%s-%s.cloud.databricks.com" % (self.hexs(8), self.hexs(4))

    def pg_hostport(self):
        return self.c([self.rds_host() + ":5432", "pg-%s.internal:5432" % self.c(["warehouse", "analytics", "replica"]), "10.%d.%d.%d:5432" % (self.i(0, 40), self.i(0, 255), self.i(2, 250))])

    def kafka_bootstrap(self):
        return "pkc-%s.%s.aws.confluent.cloud:9092" % (self.rs(LALNUM, 5), self.region())

    # -- human password ------------------------------------------------------
    def hpw(self, uri=False):
        syms = "!*.-_~" if uri else "!#&*.-_?+@"
        r = self
        w = r.c(WORDS)
        name = r.c(FIRST)
        year = str(r.i(1962, 2012))
        leet = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"}

        def l33t(x):
            return "".join(leet.get(ch, ch) if r.p(0.5) else ch for ch in x)
        pat = r.i(0, 7)
        if pat == 0:
            v = name + r.c(syms) + year + w
        elif pat == 1:
            v = w.capitalize() + str(r.i(10, 99)) + r.c(syms)
        elif pat == 2:
            v = l33t(w.capitalize()) + r.c(syms) + str(r.i(1, 9))
        elif pat == 3:
            v = r.c(WORDS).capitalize() + r.c(WORDS).capitalize() + str(r.i(10, 99)) + r.c(syms)
        elif pat == 4:
            v = name + r.c(syms) + w.capitalize() + year[2:]
        elif pat == 5:
            v = w + r.c(syms) + r.c(WORDS) + r.c(syms) + str(r.i(1, 99))
        elif pat == 6:
            v = l33t(name.lower()) + year + r.c(syms)
        else:
            v = r.c(WORDS).capitalize() + r.c(syms) + l33t(r.c(WORDS)) + str(r.i(0, 9))
        if len(v) < 10:
            v = v + str(r.i(10, 99))
        if v in self.used:
            v = v + str(r.i(2, 9))
        self.used.add(v)
        return v

    def pw(self, uri=False):
        """Either a human password or a generated random one."""
        if self.p(0.6):
            return self.hpw(uri)
        alpha = ALNUM + ("-_~" if uri else "-_!#*.")
        return self.rs(alpha, self.i(16, 28))

    # -- provider tokens -----------------------------------------------------
    def aws_id(self, prefix="AKIA"):
        return prefix + self.rs(B32, 16)

    def aws_secret(self):
        return self.rs(B64, 40)

    def aws_session(self):
        return self.c(["IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE"]) + self.rs(B64, self.i(280, 420)) + self.c(["", "=", "=="])

    def az_key(self):
        return self.b64b(64)

    def az_sig(self):
        s = self.b64b(32)
        return s.replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")

    def az_sas(self, svc="b"):
        y = self.i(2025, 2027)
        return "sv=2022-11-02&ss=%s&srt=sco&sp=rwdlacupiytfx&se=%d-%02d-%02dT%02d:00:00Z&st=2024-%02d-%02dT08:00:00Z&spr=https&sig=%s" % (
            svc, y, self.i(1, 12), self.i(1, 28), self.i(0, 23), self.i(1, 12), self.i(1, 28), self.az_sig())

    def az_sp_secret(self):
        return self.rs(ALNUM + "_~.-", 3) + self.c("78") + "Q~" + self.rs(ALNUM + "_~.-", 34)

    def pem_body(self, bits=2048):
        # PKCS#8 RSA private key DER: fixed header then random payload
        if bits == 2048:
            hdr = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
            total = 0x4bd + 4
        else:
            hdr = bytes.fromhex("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100")
            total = 0x4be + 4
        while True:
            der = hdr + bytes([self.i(0xc0, 0xff)]) + self.rbytes(total - len(hdr) - 1)
            b = base64.b64encode(der).decode()
            if ok(b):
                return [b[k:k + 64] for k in range(0, len(b), 64)]

    def pem(self, label="PRIVATE KEY"):
        lines = ["-----BEGIN %s-----" % label] + self.pem_body() + ["-----END %s-----" % label]
        return lines

    def pem_escaped(self):
        return "\\n".join(self.pem()) + "\\n"

    def dapi(self):
        return "dapi" + self.hexs(32) + self.c(["", "", "", "-2", "-3"])

    def confluent_key(self):
        return self.rs(UALNUM, 16)

    def confluent_secret(self):
        return self.rs(B64, 64)

    def gh_token(self, prefix="ghp_"):
        body = self.rs(ALNUM, 30)
        crc = zlib.crc32(body.encode()) & 0xffffffff
        return prefix + body + b62enc(crc).rjust(6, "0")

    def slack_webhook(self):
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (self.rs(UALNUM, self.c([8, 10])), self.rs(UALNUM, self.c([8, 10, 11])), self.rs(ALNUM, 24))

    def hf(self):
        return "hf_" + self.rs(UP + LO, 34)

    def openai(self):
        if self.p(0.7):
            return "sk-proj-" + self.rs(URLS, 74) + "T3BlbkFJ" + self.rs(URLS, 74)
        return "sk-" + self.rs(ALNUM, 20) + "T3BlbkFJ" + self.rs(ALNUM, 20)

    def anthropic(self):
        return "sk-ant-api03-" + self.rs(URLS, 93) + "AA"

    def wandb(self):
        return self.hexs(40)

    def prefect(self):
        return "pnu_" + self.rs(ALNUM, 36)

    def dbt_cloud(self, kind="dbtc_"):
        return kind + self.rs(URLS, 56)

    def tableau_pat(self):
        return self.b64b(16) + ":" + self.rs(ALNUM, 32)

    def jwt(self, payload, alg="HS256"):
        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        h = {"alg": alg, "typ": "JWT"}
        if alg == "RS256":
            h["kid"] = self.rs(URLS, 43)
        sig = self.b64b(256 if alg == "RS256" else 32, urlsafe=True, strip=True)
        return enc(h) + "." + enc(payload) + "." + sig

    def motherduck(self, email):
        return self.jwt({"session": email.replace("@", ".") , "email": email, "userId": self.uuid(),
                         "iat": self.i(1700000000, 1735000000), "iss": "md_pat"})

    def astro_token(self):
        iat = self.i(1700000000, 1735000000)
        return self.jwt({"aud": ["astronomer-ee"], "exp": iat + 31536000, "iat": iat,
                         "isAstronomerGenerated": True, "isInternal": False,
                         "iss": "https://api.astronomer.io", "kid": "clm" + self.rs(LALNUM, 22),
                         "permissions": ["apiTokenId:cl" + self.rs(LALNUM, 23), "workspaceId:cl" + self.rs(LALNUM, 23), "organizationId:cl" + self.rs(LALNUM, 23)],
                         "sub": "cl" + self.rs(LALNUM, 23), "version": "1"}, alg="RS256")

    def neptune(self):
        d = {"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": self.uuid()}
        return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()

    def elastic_api(self):
        return base64.b64encode((self.rs(URLS, 20) + ":" + self.rs(URLS, 22)).encode()).decode()

    def clickhouse(self):
        return self.rs(ALNUM, 20), "4b1d" + self.rs(ALNUM, 38)

    def fernet(self):
        return self.b64b(32, urlsafe=True)

    def gmail_app(self):
        return self.rs(LO, 16)

    def dagster(self, kind, org):
        return "%s:%s:%s" % (kind, org, self.hexs(32))


# ===========================================================================
# Registry
# ===========================================================================
POS = []
NEG = []


def pos(provider, kind, ftype):
    def d(fn):
        POS.append((provider, kind, ftype, fn))
        return fn
    return d


def neg(provider, kind, ftype):
    def d(fn):
        NEG.append((provider, kind, ftype, fn))
        return fn
    return d


# ===========================================================================
# POSITIVES — dbt
# ===========================================================================
@pos("snowflake", "password", "dbt-profiles-yaml")
def p_dbt_sf_pw(g):
    proj = g.c(["jaffle_shop", "analytics", "dwh", "marts", g.co().replace("-", "_")])
    pw = g.hpw()
    text = T("""
        # dbt profile for local development against Snowflake
        # see https://docs.getdbt.com/docs/core/connect-data-platform/snowflake-setup
        @@proj@@:
          target: dev
          outputs:
            dev:
              type: snowflake
              account: @@acct@@
              user: @@user@@
              password: "@@pw@@"
              role: TRANSFORMER
              database: @@db@@
              warehouse: @@wh@@
              schema: dbt_@@user_l@@
              threads: @@threads@@
              client_session_keep_alive: false
              query_tag: dbt_@@proj@@
            prod:
              type: snowflake
              account: @@acct@@
              user: DBT_PROD_SVC
              password: "{{ env_var('DBT_PROD_PASSWORD') }}"
              role: TRANSFORMER_PROD
              database: @@db@@
              warehouse: @@wh@@
              schema: analytics
              threads: 16
        """, proj=proj, acct=g.sf_account(), user=g.person().upper(), pw=pw,
        db=g.c(["ANALYTICS", "DEV_DW", "MARTS", "RAW"]), wh=g.c(["TRANSFORMING", "DBT_WH", "COMPUTE_WH"]),
        user_l=g.person(), threads=g.c([4, 8, 12]))
    return g.c(["profiles.yml", ".dbt/profiles.yml", "dbt/profiles.yml", "transform/profiles.yml"]), text, pw


@pos("postgres", "password", "dbt-profiles-yaml")
def p_dbt_pg_pw(g):
    typ = g.c(["postgres", "redshift"])
    host = g.rs_host() if typ == "redshift" else g.rds_host()
    pw = g.pw()
    text = T("""
        @@proj@@:
          target: prod
          outputs:
            prod:
              type: @@typ@@
              host: @@host@@
              port: @@port@@
              user: @@user@@
              pass: '@@pw@@'
              dbname: @@dbname@@
              schema: @@schema@@
              threads: 6
              keepalives_idle: 240
              connect_timeout: 10
              sslmode: require
            ci:
              type: @@typ@@
              host: localhost
              port: 5432
              user: ci
              pass: "{{ env_var('CI_DB_PASSWORD', '') }}"
              dbname: ci
              schema: dbt_ci
              threads: 2
        """, proj=g.c(["warehouse", "analytics", "dbt_core"]), typ=typ, host=host,
        port=5439 if typ == "redshift" else 5432, user=g.c(SVC_USERS), pw=pw,
        dbname=g.c(["analytics", "dev", "dw", "warehouse"]), schema=g.c(SCHEMAS))
    return g.c(["profiles.yml", "dbt/profiles.yml", "ci/profiles.yml"]), text, pw, {"provider": typ}


@pos("snowflake", "private-key-passphrase", "dbt-profiles-yaml")
def p_dbt_sf_keypair(g):
    pp = g.c([g.hpw(), g.rs(ALNUM, 24)])
    text = T("""
        snowflake_keypair:
          target: prod
          outputs:
            prod:
              type: snowflake
              account: @@acct@@
              user: DBT_SVC
              role: TRANSFORMER
              private_key_path: /opt/dbt/keys/rsa_key.p8
              private_key_passphrase: "@@pp@@"
              database: ANALYTICS
              warehouse: @@wh@@
              schema: PROD
              threads: 8
              reuse_connections: true
        """, acct=g.sf_account(), pp=pp, wh=g.c(["TRANSFORMING", "DBT_WH", "XS_WH"]))
    return g.c(["profiles.yml", "deploy/profiles.yml", ".dbt/profiles.yml"]), text, pp


@pos("databricks", "pat", "dbt-profiles-yaml")
def p_dbt_dbx(g):
    tok = g.dapi()
    text = T("""
        lakehouse:
          target: dev
          outputs:
            dev:
              type: databricks
              catalog: @@cat@@
              schema: dbt_@@who@@
              host: @@host@@
              http_path: /sql/1.0/warehouses/@@wh@@
              token: @@tok@@
              threads: 4
              connect_retries: 3
              connect_timeout: 30
        """, cat=g.c(["main", "hive_metastore", "analytics", "dev"]), who=g.person(), host=g.dbx_host(),
        wh=g.hexs(16), tok=tok)
    return g.c(["profiles.yml", ".dbt/profiles.yml", "dbt/profiles.yml"]), text, tok


@pos("gcp", "service-account-private-key", "dbt-profiles-yaml")
def p_dbt_bq(g):
    proj = g.gcp_project()
    key = g.pem_escaped()
    sa = g.c(["dbt-runner", "dbt", "transform", "bq-loader"])
    text = T("""
        bigquery:
          target: prod
          outputs:
            prod:
              type: bigquery
              method: service-account-json
              project: @@proj@@
              dataset: @@ds@@
              threads: 8
              location: @@loc@@
              job_execution_timeout_seconds: 600
              priority: interactive
              keyfile_json:
                type: service_account
                project_id: @@proj@@
                private_key_id: @@kid@@
                private_key: "@@key@@"
                client_email: @@sa@@@@@proj@@.iam.gserviceaccount.com
                client_id: "@@cid@@"
                auth_uri: https://accounts.google.com/o/oauth2/auth
                token_uri: https://oauth2.googleapis.com/token
                auth_provider_x509_cert_url: https://www.googleapis.com/oauth2/v1/certs
                client_x509_cert_url: https://www.googleapis.com/robot/v1/metadata/x509/@@sa@@%40@@proj@@.iam.gserviceaccount.com
        """, proj=proj, ds=g.c(["analytics", "dbt_prod", "marts"]), loc=g.c(["EU", "US", "europe-west2"]),
        kid=g.hexs(40), key=key, sa=sa, cid=g.digits(21))
    return g.c(["profiles.yml", "dbt/profiles.yml"]), text, key


@pos("mixpanel", "api-secret", "dbt-project-yaml")
def p_dbt_project_vars(g):
    choice = g.i(0, 2)
    if choice == 0:
        prov, kind, val = "mixpanel", "api-secret", g.hexs(32)
        name = g.vn(["mixpanel_api_secret"], ["export_api_secret", "api_secret"])
    elif choice == 1:
        prov, kind, val = "amplitude", "secret-key", g.hexs(32)
        name = g.vn(["amplitude_secret_key"], ["events_secret_key", "secret_key"])
    else:
        prov, kind, val = "segment", "write-key", g.rs(ALNUM, 32)
        name = g.vn(["segment_write_key"], ["tracking_key", "write_key"])
    text = T("""
        name: '@@proj@@'
        version: '1.4.0'
        config-version: 2
        profile: '@@proj@@'

        model-paths: ["models"]
        seed-paths: ["seeds"]
        macro-paths: ["macros"]
        snapshot-paths: ["snapshots"]
        target-path: "target"
        clean-targets: ["target", "dbt_packages"]

        vars:
          start_date: '2021-01-01'
          events_schema: @@schema@@
          @@name@@: '@@val@@'
          timezone: 'Europe/Berlin'

        models:
          @@proj@@:
            staging:
              +materialized: view
            marts:
              +materialized: table
              +schema: marts
        """, proj=g.c(["product_analytics", "growth", "events_dwh"]), schema=g.c(SCHEMAS), name=name, val=val)
    return g.c(["dbt_project.yml", "transform/dbt_project.yml"]), text, val, {"provider": prov, "kind": kind}


@pos("github", "pat", "dbt-packages-yaml")
def p_dbt_packages(g):
    tok = g.gh_token("ghp_")
    co = g.co()
    text = T("""
        packages:
          - package: dbt-labs/dbt_utils
            version: 1.1.1
          - package: calogica/dbt_expectations
            version: [">=0.10.0", "<0.11.0"]
          - git: "https://@@tok@@@github.com/@@co@@/dbt-shared-macros.git"
            revision: v@@v@@
          - package: dbt-labs/codegen
            version: 0.12.1
        """, tok=tok, co=co, v="%d.%d.%d" % (g.i(0, 3), g.i(0, 9), g.i(0, 9)))
    return g.c(["packages.yml", "dbt/packages.yml"]), text, tok


# ===========================================================================
# POSITIVES — Airflow
# ===========================================================================
@pos("airflow", "fernet-key", "airflow-cfg")
def p_airflow_cfg(g):
    slot = g.i(0, 3)
    fernet = ""
    secret_key = "{{ env SECRET_KEY }}"
    smtp = ""
    conn = "postgresql+psycopg2://airflow@localhost:5432/airflow"
    conn_cmd_line = "sql_alchemy_conn_cmd = cat /run/secrets/sql_alchemy_conn"
    if slot == 0:
        fernet = g.fernet(); needle = fernet; over = {}
    elif slot == 1:
        secret_key = g.c([g.hexs(32), g.b64b(24)]); needle = secret_key; over = {"kind": "flask-secret-key"}
    elif slot == 2:
        smtp = g.gmail_app(); needle = smtp; over = {"provider": "google", "kind": "smtp-app-password"}
    else:
        pw = g.pw(uri=True)
        conn = "postgresql+psycopg2://airflow:%s@%s/airflow" % (pw, g.pg_hostport())
        conn_cmd_line = "# sql_alchemy_conn_cmd ="
        needle = pw; over = {"provider": "postgres", "kind": "password"}
    if slot != 1:
        secret_key = ""
    text = T("""
        [core]
        dags_folder = /opt/airflow/dags
        executor = CeleryExecutor
        parallelism = 32
        max_active_tasks_per_dag = 16
        load_examples = False
        fernet_key = @@fernet@@
        default_timezone = utc

        [database]
        sql_alchemy_conn = @@conn@@
        @@conn_cmd@@
        sql_alchemy_pool_size = 5

        [logging]
        base_log_folder = /opt/airflow/logs
        remote_logging = True
        remote_base_log_folder = s3://@@bucket@@/airflow-logs
        remote_log_conn_id = aws_default

        [webserver]
        base_url = https://airflow.@@co@@.internal
        web_server_port = 8080
        secret_key = @@secret_key@@
        expose_config = False

        [smtp]
        smtp_host = smtp.gmail.com
        smtp_starttls = True
        smtp_ssl = False
        smtp_user = @@smtp_user@@
        smtp_password = @@smtp@@
        smtp_port = 587
        smtp_mail_from = @@smtp_user@@

        [celery]
        broker_url = redis://redis:6379/0
        worker_concurrency = 8
        """, fernet=fernet, conn=conn, conn_cmd=conn_cmd_line, bucket=g.bucket(), co=g.co(),
        secret_key=secret_key, smtp_user="data-alerts@%s.com" % g.co().replace("-", ""), smtp=smtp)
    return g.c(["airflow.cfg", "airflow/airflow.cfg", "config/airflow.cfg"]), text, needle, over


@pos("postgres", "password", "airflow-conn-uri")
def p_airflow_conn_uri(g):
    v = g.i(0, 3)
    pw = g.pw(uri=True)
    if v == 0:
        uri = "postgres://%s:%s@%s/%s?sslmode=require" % (g.c(SVC_USERS), pw, g.pg_hostport(), g.c(["analytics", "dw", "app"]))
        prov = "postgres"; cid = "WAREHOUSE_PG"
    elif v == 1:
        uri = "mysql://%s:%s@%s:3306/%s" % (g.c(SVC_USERS), pw, g.rds_host(), g.c(["shop", "orders", "crm"]))
        prov = "mysql"; cid = "MYSQL_SOURCE"
    elif v == 2:
        uri = "snowflake://%s:%s@/%s/%s?account=%s&warehouse=%s&role=%s" % (g.person().upper(), pw, g.c(["ANALYTICS", "RAW"]), g.c(["PUBLIC", "STAGING"]), g.sf_account().split(".")[0], g.c(["LOADING", "COMPUTE_WH"]), g.c(["LOADER", "SYSADMIN"]))
        prov = "snowflake"; cid = "SNOWFLAKE_DEFAULT"
    else:
        uri = "redshift://%s:%s@%s:5439/%s" % (g.c(SVC_USERS), pw, g.rs_host(), g.c(["dev", "analytics"]))
        prov = "redshift"; cid = "REDSHIFT_DWH"
    if g.p(0.3):
        cid = g.c(["DB", "SOURCE", "WAREHOUSE", "DEFAULT"])
    fmt = g.i(0, 1)
    if fmt == 0:
        text = T("""
            # local Airflow env — loaded by docker compose
            AIRFLOW__CORE__EXECUTOR=LocalExecutor
            AIRFLOW__CORE__LOAD_EXAMPLES=False
            AIRFLOW__WEBSERVER__EXPOSE_CONFIG=False
            AIRFLOW_UID=50000
            _AIRFLOW_WWW_USER_USERNAME=airflow
            AIRFLOW_CONN_@@cid@@=@@uri@@
            AIRFLOW_VAR_ENVIRONMENT=dev
            AIRFLOW_VAR_S3_BUCKET=@@bucket@@
            """, cid=cid, uri=uri, bucket=g.bucket())
        path = g.c([".env", "airflow/.env", "docker/airflow.env"])
        ft = "dotenv"
    else:
        text = T("""
            #!/usr/bin/env bash
            # bootstrap connections for the local scheduler
            set -euo pipefail

            export AIRFLOW_HOME="${AIRFLOW_HOME:-$HOME/airflow}"
            export AIRFLOW__CORE__LOAD_EXAMPLES=False
            export AIRFLOW_CONN_@@cid@@='@@uri@@'
            export AIRFLOW_CONN_AWS_DEFAULT='aws://?region_name=@@region@@'

            airflow db migrate
            airflow connections get @@cid_l@@ >/dev/null && echo "connection ok"
            """, cid=cid, cid_l=cid.lower(), uri=uri, region=g.region())
        path = g.c(["scripts/airflow_env.sh", "bin/dev-setup.sh", "airflow/setup_connections.sh"])
        ft = "shell"
    return path, text, pw, {"provider": prov, "filetype": ft}


@pos("aws", "secret-access-key", "airflow-conn-json")
def p_airflow_conn_json(g):
    v = g.i(0, 1)
    if v == 0:
        akid, sec = g.aws_id(), g.aws_secret()
        js = json.dumps({"conn_type": "aws", "login": akid, "password": sec, "extra": {"region_name": g.region()}})
        cid = "AWS_DEFAULT"; needle = sec; over = {}
    else:
        tok = g.dapi()
        js = json.dumps({"conn_type": "databricks", "host": "https://" + g.dbx_host(), "password": tok, "extra": {"http_path": "/sql/1.0/warehouses/" + g.hexs(16)}})
        cid = "DATABRICKS_DEFAULT"; needle = tok; over = {"provider": "databricks", "kind": "pat"}
    text = T("""
        #!/bin/sh
        # Connections for the dev stack (Airflow >= 2.3 accepts JSON)
        export AIRFLOW__CORE__DAGS_FOLDER=/opt/airflow/dags
        export AIRFLOW__SCHEDULER__MIN_FILE_PROCESS_INTERVAL=60
        export AIRFLOW_CONN_@@cid@@='@@js@@'
        export AIRFLOW_CONN_SLACK_ALERTS='{"conn_type": "slackwebhook", "host": "hooks.slack.com"}'
        exec airflow "$@"
        """, cid=cid, js=js)
    return g.c(["docker/entrypoint.sh", "airflow/env.sh", "scripts/start_scheduler.sh"]), text, needle, over


@pos("fivetran", "api-secret", "airflow-dag-python")
def p_airflow_dag_fivetran(g):
    key, sec = g.rs(ALNUM, 16), g.rs(ALNUM, 32)
    kn = g.vn(["FIVETRAN_API_KEY"], ["API_KEY", "KEY"])
    sn = g.vn(["FIVETRAN_API_SECRET"], ["API_SECRET", "AUTH_SECRET"])
    text = T("""
        from datetime import datetime, timedelta

        import requests
        from airflow import DAG
        from airflow.operators.python import PythonOperator

        @@kn@@ = "@@key@@"
        @@sn@@ = "@@sec@@"
        CONNECTOR_ID = "@@conn@@"


        def trigger_sync(**context):
            resp = requests.post(
                f"https://api.fivetran.com/v1/connectors/{CONNECTOR_ID}/sync",
                auth=(@@kn@@, @@sn@@),
                json={"force": False},
                timeout=30,
            )
            resp.raise_for_status()
            return resp.json()["code"]


        with DAG(
            dag_id="fivetran_@@src@@_sync",
            start_date=datetime(2024, 1, 1),
            schedule="0 */6 * * *",
            catchup=False,
            default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
            tags=["elt", "fivetran"],
        ) as dag:
            PythonOperator(task_id="trigger_sync", python_callable=trigger_sync)
        """, kn=kn, sn=sn, key=key, sec=sec, conn="_".join(g.c(WORDS) for _ in range(2)), src=g.c(["salesforce", "hubspot", "stripe", "zendesk"]))
    return g.c(["dags/fivetran_sync.py", "airflow/dags/elt_fivetran.py"]), text, sec


@pos("slack", "webhook-url", "airflow-dag-python")
def p_airflow_dag_slack(g):
    url = g.slack_webhook()
    name = g.vn(["SLACK_WEBHOOK_URL"], ["ALERT_URL", "WEBHOOK", "HOOK"])
    text = T("""
        import json
        import urllib.request
        from datetime import datetime

        from airflow.decorators import dag, task

        @@name@@ = "@@url@@"


        def notify_failure(context):
            ti = context["task_instance"]
            msg = {
                "text": f":red_circle: {ti.dag_id}.{ti.task_id} failed (try {ti.try_number})\\n{ti.log_url}"
            }
            req = urllib.request.Request(@@name@@, data=json.dumps(msg).encode(),
                                         headers={"Content-Type": "application/json"})
            urllib.request.urlopen(req, timeout=10)


        @dag(schedule="@daily", start_date=datetime(2023, 6, 1), catchup=False,
             default_args={"on_failure_callback": notify_failure}, tags=["@@tag@@"])
        def @@dagname@@():
            @task
            def extract():
                return {"rows": 0}

            @task
            def load(payload):
                print(payload)

            load(extract())


        @@dagname@@()
        """, name=name, url=url, tag=g.c(["marketing", "finance", "core"]), dagname=g.c(["daily_revenue", "refresh_marts", "export_crm"]))
    return g.c(["dags/daily_revenue.py", "airflow/dags/refresh.py", "dags/exports.py"]), text, url


@pos("dbt-cloud", "service-token", "airflow-variables-json")
def p_airflow_vars(g):
    tok = g.dbt_cloud(g.c(["dbtc_", "dbtc_", "dbtu_"]))
    name = g.vn(["dbt_cloud_api_token", "dbt_cloud_token"], ["api_token", "token", "ci_token"])
    d = {
        "environment": "prod",
        "s3_landing_bucket": g.bucket(),
        "dbt_cloud_account_id": g.digits(5),
        "dbt_cloud_job_id": g.digits(6),
        name: tok,
        "slack_channel": "#data-alerts",
        "snowflake_warehouse": "TRANSFORMING",
        "backfill_start": "2023-01-01",
    }
    items = list(d.items())
    text = json.dumps(dict(items), indent=4) + "\n"
    over = {"kind": "personal-token"} if tok.startswith("dbtu_") else {}
    return g.c(["variables.json", "airflow/variables.json", "config/airflow_variables.json"]), text, tok, over


@pos("snowflake", "password", "astro-airflow-settings-yaml")
def p_airflow_settings(g):
    pw = g.hpw()
    text = T("""
        # This file allows you to configure Airflow Connections, Pools, and Variables in a single place for local development only.
        airflow:
          connections:
            - conn_id: snowflake_default
              conn_type: snowflake
              conn_host:
              conn_schema: @@schema@@
              conn_login: @@login@@
              conn_password: @@pw@@
              conn_port:
              conn_extra:
                account: @@acct@@
                warehouse: @@wh@@
                database: ANALYTICS
                role: LOADER
          pools:
            - pool_name: snowflake_pool
              pool_slot: 4
              pool_description: limit concurrent warehouse queries
          variables:
            - variable_name: environment
              variable_value: dev
        """, schema=g.c(SCHEMAS).upper(), login=g.person().upper(), pw=pw, acct=g.sf_account(), wh=g.c(["LOADING", "COMPUTE_WH"]))
    return "airflow_settings.yaml", text, pw


@pos("astronomer", "api-token", "github-actions-yaml")
def p_astro(g):
    tok = g.astro_token()
    name = g.vn(["ASTRO_API_TOKEN"], ["DEPLOY_TOKEN", "TOKEN"], 0.3)
    text = T("""
        name: Deploy to Astro
        on:
          push:
            branches: [main]
        env:
          @@name@@: @@tok@@
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - name: Deploy to Astro
                uses: astronomer/deploy-action@v0.4
                with:
                  deployment-id: cl@@dep@@
        """, name=name, tok=tok, dep=g.rs(LALNUM, 23))
    return ".github/workflows/deploy-astro.yml", text, tok


# ===========================================================================
# POSITIVES — Dagster / Prefect
# ===========================================================================
@pos("dagster", "agent-token", "dagster-yaml")
def p_dagster_agent(g):
    org = g.co()
    tok = g.dagster("agent", org)
    text = T("""
        instance_class:
          module: dagster_cloud.instance
          class: DagsterCloudAgentInstance

        dagster_cloud_api:
          agent_token: @@tok@@
          deployments:
            - prod
            - staging
          branch_deployments: true

        user_code_launcher:
          module: dagster_cloud.workspace.docker
          class: DockerUserCodeLauncher
          config:
            networks:
              - dagster_cloud_agent
            env_vars:
              - SNOWFLAKE_ACCOUNT
              - SNOWFLAKE_USER
        """, tok=tok)
    return g.c(["dagster.yaml", "agent/dagster.yaml", "deploy/dagster_cloud_agent.yaml"]), text, tok


@pos("dagster", "user-token", "shell")
def p_dagster_user(g):
    org = g.co()
    tok = g.dagster("user", org)
    name = g.vn(["DAGSTER_CLOUD_API_TOKEN"], ["API_TOKEN", "TOKEN"])
    text = T("""
        #!/usr/bin/env bash
        set -e
        export DAGSTER_CLOUD_ORGANIZATION=@@org@@
        export DAGSTER_CLOUD_DEPLOYMENT=prod
        export @@name@@=@@tok@@

        dagster-cloud deployment sync-locations -w dagster_cloud.yaml \\
          --organization "$DAGSTER_CLOUD_ORGANIZATION" \\
          --api-token "$@@name@@"
        """, org=org, name=name, tok=tok)
    return g.c(["scripts/sync_locations.sh", "bin/deploy.sh"]), text, tok


@pos("snowflake", "password", "dagster-python")
def p_dagster_defs(g):
    pw = g.hpw()
    text = T("""
        from dagster import Definitions, EnvVar, ScheduleDefinition, define_asset_job, load_assets_from_modules
        from dagster_snowflake import SnowflakeResource

        from . import assets

        all_assets = load_assets_from_modules([assets])

        snowflake = SnowflakeResource(
            account="@@acct@@",
            user="@@user@@",
            password="@@pw@@",
            warehouse="@@wh@@",
            database="ANALYTICS",
            schema="@@schema@@",
            role=EnvVar("SNOWFLAKE_ROLE"),
        )

        daily_job = define_asset_job("daily_refresh", selection="*")

        defs = Definitions(
            assets=all_assets,
            resources={"snowflake": snowflake},
            schedules=[ScheduleDefinition(job=daily_job, cron_schedule="0 5 * * *")],
        )
        """, acct=g.sf_account(), user=g.person().upper(), pw=pw, wh=g.c(["COMPUTE_WH", "TRANSFORMING"]), schema=g.c(SCHEMAS).upper())
    return g.c(["orchestration/definitions.py", "dagster_project/definitions.py", "src/pipelines/definitions.py"]), text, pw


@pos("prefect", "api-key", "toml")
def p_prefect_profiles(g):
    key = g.prefect()
    text = T("""
        active = "cloud"

        [profiles.default]
        PREFECT_API_URL = "http://127.0.0.1:4200/api"

        [profiles.cloud]
        PREFECT_API_URL = "https://api.prefect.cloud/api/accounts/@@acc@@/workspaces/@@ws@@"
        PREFECT_API_KEY = "@@key@@"
        PREFECT_LOGGING_LEVEL = "INFO"
        """, acc=g.uuid(), ws=g.uuid(), key=key)
    return g.c(["profiles.toml", ".prefect/profiles.toml", "deploy/prefect_profiles.toml"]), text, key


@pos("aws", "secret-access-key", "prefect-python")
def p_prefect_blocks(g):
    akid, sec = g.aws_id(), g.aws_secret()
    text = T("""
        \"\"\"One-off script to register Prefect blocks for the ingestion flows.\"\"\"
        from prefect_aws import AwsCredentials, S3Bucket

        creds = AwsCredentials(
            aws_access_key_id="@@akid@@",
            aws_secret_access_key="@@sec@@",
            region_name="@@region@@",
        )
        creds.save("@@blk@@", overwrite=True)

        S3Bucket(
            bucket_name="@@bucket@@",
            credentials=creds,
            bucket_folder="landing/",
        ).save("landing-zone", overwrite=True)

        print("blocks registered")
        """, akid=akid, sec=sec, region=g.region(), blk=g.c(["prod-aws", "ingest-creds", "default"]), bucket=g.bucket())
    return g.c(["flows/register_blocks.py", "prefect/blocks.py", "scripts/setup_blocks.py"]), text, sec


# ===========================================================================
# POSITIVES — Spark / Hadoop / Trino / Hive
# ===========================================================================
@pos("aws", "secret-access-key", "spark-defaults-conf")
def p_spark_defaults(g):
    akid, sec = g.aws_id(), g.aws_secret()
    text = T("""
        # Default system properties included when running spark-submit.
        spark.master                         yarn
        spark.submit.deployMode              cluster
        spark.driver.memory                  4g
        spark.executor.memory                8g
        spark.executor.cores                 4
        spark.sql.shuffle.partitions         400
        spark.serializer                     org.apache.spark.serializer.KryoSerializer
        spark.sql.extensions                 io.delta.sql.DeltaSparkSessionExtension
        spark.sql.catalog.spark_catalog      org.apache.spark.sql.delta.catalog.DeltaCatalog
        spark.hadoop.fs.s3a.impl             org.apache.hadoop.fs.s3a.S3AFileSystem
        spark.hadoop.fs.s3a.endpoint         s3.@@region@@.amazonaws.com
        spark.hadoop.fs.s3a.access.key       @@akid@@
        spark.hadoop.fs.s3a.secret.key       @@sec@@
        spark.hadoop.fs.s3a.fast.upload      true
        spark.eventLog.enabled               true
        spark.eventLog.dir                   s3a://@@bucket@@/spark-events
        """, region=g.region(), akid=akid, sec=sec, bucket=g.bucket())
    return g.c(["conf/spark-defaults.conf", "spark/spark-defaults.conf", "docker/spark/spark-defaults.conf"]), text, sec


@pos("azure", "storage-account-key", "pyspark")
def p_pyspark_azure(g):
    acct = g.az_account()
    key = g.az_key()
    name = g.vn(["STORAGE_ACCOUNT_KEY", "ADLS_KEY"], ["ACCOUNT_KEY", "KEY"])
    text = T("""
        from pyspark.sql import SparkSession, functions as F

        STORAGE_ACCOUNT = "@@acct@@"
        @@name@@ = "@@key@@"

        spark = SparkSession.builder.appName("@@app@@").getOrCreate()
        spark.conf.set(f"fs.azure.account.key.{STORAGE_ACCOUNT}.dfs.core.windows.net", @@name@@)

        src = f"abfss://raw@{STORAGE_ACCOUNT}.dfs.core.windows.net/@@tbl@@/"
        dst = f"abfss://curated@{STORAGE_ACCOUNT}.dfs.core.windows.net/@@tbl@@_daily/"

        df = (spark.read.format("parquet").load(src)
              .withColumn("event_date", F.to_date("event_ts"))
              .groupBy("event_date", "country")
              .agg(F.count("*").alias("n_events")))

        df.write.mode("overwrite").partitionBy("event_date").format("delta").save(dst)
        """, acct=acct, name=name, key=key, app=g.c(["daily_rollup", "curate_events"]), tbl=g.c(TABLES))
    return g.c(["jobs/curate_events.py", "spark/rollup.py", "src/jobs/daily_rollup.py"]), text, key


@pos("azure", "service-principal-secret", "pyspark")
def p_pyspark_azure_sp(g):
    acct = g.az_account()
    sec = g.az_sp_secret()
    text = T("""
        # Databricks notebook source
        # ADLS Gen2 access through a service principal (OAuth)
        storage_account = "@@acct@@"
        tenant_id = "@@tenant@@"
        client_id = "@@client@@"
        client_secret = "@@sec@@"

        # COMMAND ----------

        spark.conf.set(f"fs.azure.account.auth.type.{storage_account}.dfs.core.windows.net", "OAuth")
        spark.conf.set(f"fs.azure.account.oauth.provider.type.{storage_account}.dfs.core.windows.net",
                       "org.apache.hadoop.fs.azurebfs.oauth2.ClientCredsTokenProvider")
        spark.conf.set(f"fs.azure.account.oauth2.client.id.{storage_account}.dfs.core.windows.net", client_id)
        spark.conf.set(f"fs.azure.account.oauth2.client.secret.{storage_account}.dfs.core.windows.net", client_secret)
        spark.conf.set(f"fs.azure.account.oauth2.client.endpoint.{storage_account}.dfs.core.windows.net",
                       f"https://login.microsoftonline.com/{tenant_id}/oauth2/token")

        # COMMAND ----------

        display(dbutils.fs.ls(f"abfss://bronze@{storage_account}.dfs.core.windows.net/"))
        """, acct=acct, tenant=g.uuid(), client=g.uuid(), sec=sec)
    return g.c(["notebooks/mount_adls.py", "databricks/setup/adls_auth.py"]), text, sec, {"filetype": "databricks-notebook"}


@pos("postgres", "password", "scala-spark")
def p_scala_jdbc(g):
    pw = g.pw()
    host = g.pg_hostport()
    text = T("""
        package com.@@co@@.etl

        import org.apache.spark.sql.{SaveMode, SparkSession}

        object ExportOrders {
          def main(args: Array[String]): Unit = {
            val spark = SparkSession.builder().appName("export-orders").getOrCreate()

            val orders = spark.read
              .format("jdbc")
              .option("url", "jdbc:postgresql://@@host@@/@@db@@")
              .option("dbtable", "public.@@tbl@@")
              .option("user", "@@user@@")
              .option("password", "@@pw@@")
              .option("fetchsize", "10000")
              .load()

            orders.write.mode(SaveMode.Overwrite).parquet("s3a://@@bucket@@/exports/@@tbl@@")
            spark.stop()
          }
        }
        """, co=g.co().replace("-", ""), host=host, db=g.c(["shop", "app", "billing"]), tbl=g.c(TABLES), user=g.c(SVC_USERS), pw=pw, bucket=g.bucket())
    return g.c(["src/main/scala/com/etl/ExportOrders.scala", "jobs/src/main/scala/ExportOrders.scala"]), text, pw


@pos("redshift", "password", "pyspark")
def p_pyspark_jdbc(g):
    pw = g.pw()
    name = g.vn(["REDSHIFT_PASSWORD"], ["DB_PASS", "PWD"])
    text = T("""
        import sys
        from pyspark.sql import SparkSession

        @@name@@ = "@@pw@@"
        JDBC_URL = "jdbc:redshift://@@host@@:5439/analytics"

        spark = SparkSession.builder.appName("load_redshift").getOrCreate()
        run_date = sys.argv[1]

        df = spark.read.parquet(f"s3://@@bucket@@/curated/@@tbl@@/dt={run_date}/")
        (df.write.format("jdbc")
           .option("url", JDBC_URL)
           .option("dbtable", "@@schema@@.@@tbl@@")
           .option("user", "@@user@@")
           .option("password", @@name@@)
           .option("driver", "com.amazon.redshift.jdbc42.Driver")
           .mode("append")
           .save())
        """, name=name, pw=pw, host=g.rs_host(), bucket=g.bucket(), tbl=g.c(TABLES), schema=g.c(SCHEMAS), user=g.c(SVC_USERS))
    return g.c(["jobs/load_redshift.py", "glue/load_redshift.py"]), text, pw


@pos("aws", "secret-access-key", "hadoop-core-site-xml")
def p_core_site_s3a(g):
    akid, sec = g.aws_id(), g.aws_secret()
    text = T("""
        <?xml version="1.0" encoding="UTF-8"?>
        <?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
        <configuration>
          <property>
            <name>fs.defaultFS</name>
            <value>hdfs://namenode:8020</value>
          </property>
          <property>
            <name>fs.s3a.endpoint</name>
            <value>s3.@@region@@.amazonaws.com</value>
          </property>
          <property>
            <name>fs.s3a.access.key</name>
            <value>@@akid@@</value>
          </property>
          <property>
            <name>fs.s3a.secret.key</name>
            <value>@@sec@@</value>
          </property>
          <property>
            <name>fs.s3a.path.style.access</name>
            <value>false</value>
          </property>
          <property>
            <name>hadoop.tmp.dir</name>
            <value>/data/hadoop/tmp</value>
          </property>
        </configuration>
        """, region=g.region(), akid=akid, sec=sec)
    return g.c(["hadoop/conf/core-site.xml", "docker/hadoop/core-site.xml", "conf/core-site.xml"]), text, sec


@pos("azure", "storage-account-key", "hadoop-core-site-xml")
def p_core_site_abfs(g):
    acct = g.az_account()
    key = g.az_key()
    text = T("""
        <?xml version="1.0"?>
        <configuration>
          <property>
            <name>fs.defaultFS</name>
            <value>abfss://data@@@acct@@.dfs.core.windows.net</value>
          </property>
          <property>
            <name>fs.azure.account.auth.type.@@acct@@.dfs.core.windows.net</name>
            <value>SharedKey</value>
          </property>
          <property>
            <name>fs.azure.account.key.@@acct@@.dfs.core.windows.net</name>
            <value>@@key@@</value>
          </property>
          <property>
            <name>fs.azure.createRemoteFileSystemDuringInitialization</name>
            <value>true</value>
          </property>
        </configuration>
        """, acct=acct, key=key)
    return g.c(["hadoop/core-site.xml", "hive/conf/core-site.xml", "conf/core-site.xml"]), text, key


@pos("azure", "service-principal-secret", "hadoop-hdfs-site-xml")
def p_hdfs_site(g):
    sec = g.az_sp_secret()
    text = T("""
        <?xml version="1.0"?>
        <configuration>
          <property>
            <name>dfs.replication</name>
            <value>3</value>
          </property>
          <property>
            <name>dfs.namenode.name.dir</name>
            <value>/hadoop/dfs/name</value>
          </property>
          <property>
            <name>dfs.webhdfs.enabled</name>
            <value>true</value>
          </property>
          <property>
            <name>fs.adl.oauth2.access.token.provider.type</name>
            <value>ClientCredential</value>
          </property>
          <property>
            <name>fs.adl.oauth2.refresh.url</name>
            <value>https://login.microsoftonline.com/@@tenant@@/oauth2/token</value>
          </property>
          <property>
            <name>fs.adl.oauth2.client.id</name>
            <value>@@client@@</value>
          </property>
          <property>
            <name>fs.adl.oauth2.credential</name>
            <value>@@sec@@</value>
          </property>
        </configuration>
        """, tenant=g.uuid(), client=g.uuid(), sec=sec)
    return g.c(["hadoop/hdfs-site.xml", "conf/hdfs-site.xml"]), text, sec


@pos("postgres", "password", "trino-catalog-properties")
def p_trino_catalog(g):
    pw = g.pw()
    conn = g.c(["postgresql", "mysql", "sqlserver"])
    port = {"postgresql": 5432, "mysql": 3306, "sqlserver": 1433}[conn]
    host = g.rds_host()
    url = {"postgresql": "jdbc:postgresql://%s:%d/%s" % (host, port, g.c(["app", "crm"])),
           "mysql": "jdbc:mysql://%s:%d" % (host, port),
           "sqlserver": "jdbc:sqlserver://%s:%d;database=%s;encrypt=true" % (host, port, g.c(["ERP", "Sales"]))}[conn]
    text = T("""
        connector.name=@@conn@@
        connection-url=@@url@@
        connection-user=@@user@@
        connection-password=@@pw@@
        case-insensitive-name-matching=true
        join-pushdown.enabled=true
        """, conn=conn, url=url, user=g.c(SVC_USERS), pw=pw)
    prov = {"postgresql": "postgres", "mysql": "mysql", "sqlserver": "mssql"}[conn]
    return g.c(["etc/catalog/%s.properties" % g.c(["app", "crm", "erp", conn]), "trino/catalog/%s.properties" % conn]), text, pw, {"provider": prov}


@pos("aws", "secret-access-key", "hive-catalog-properties")
def p_hive_catalog(g):
    akid, sec = g.aws_id(), g.aws_secret()
    text = T("""
        connector.name=hive
        hive.metastore.uri=thrift://hive-metastore:9083
        hive.s3.aws-access-key=@@akid@@
        hive.s3.aws-secret-key=@@sec@@
        hive.s3.endpoint=https://s3.@@region@@.amazonaws.com
        hive.non-managed-table-writes-enabled=true
        hive.storage-format=PARQUET
        """, akid=akid, sec=sec, region=g.region())
    return g.c(["etc/catalog/hive.properties", "presto/catalog/hive.properties", "trino/etc/catalog/lake.properties"]), text, sec


@pos("trino", "password", "python")
def p_trino_python(g):
    pw = g.hpw()
    text = T("""
        import pandas as pd
        import trino
        from trino.auth import BasicAuthentication

        conn = trino.dbapi.connect(
            host="trino.@@co@@.internal",
            port=443,
            http_scheme="https",
            user="@@user@@",
            auth=BasicAuthentication("@@user@@", "@@pw@@"),
            catalog="hive",
            schema="@@schema@@",
        )

        df = pd.read_sql("SELECT country, count(*) AS n FROM @@tbl@@ GROUP BY 1 ORDER BY 2 DESC", conn)
        print(df.head(20))
        """, co=g.co(), user=g.person(), pw=pw, schema=g.c(SCHEMAS), tbl=g.c(TABLES))
    return g.c(["notebooks/trino_adhoc.py", "scripts/query_trino.py", "analysis/country_counts.py"]), text, pw


# ===========================================================================
# POSITIVES — Kafka / Confluent / Debezium / Flink
# ===========================================================================
@pos("confluent", "api-secret", "kafka-client-properties")
def p_kafka_client_confluent(g):
    key, sec = g.confluent_key(), g.confluent_secret()
    text = T("""
        # Required connection configs for Kafka producer, consumer, and admin
        bootstrap.servers=@@bs@@
        security.protocol=SASL_SSL
        sasl.mechanisms=PLAIN
        sasl.mechanism=PLAIN
        sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="@@key@@" password="@@sec@@";
        client.dns.lookup=use_all_dns_ips
        session.timeout.ms=45000
        acks=all
        # Best practice for higher availability in Apache Kafka clients prior to 3.0
        """, bs=g.kafka_bootstrap(), key=key, sec=sec)
    return g.c(["client.properties", "config/ccloud.properties", "kafka/client.properties"]), text, sec


@pos("kafka", "sasl-password", "kafka-server-properties")
def p_kafka_server(g):
    pw = g.hpw()
    text = T("""
        broker.id=@@bid@@
        listeners=SASL_SSL://0.0.0.0:9093,INTERNAL://0.0.0.0:9092
        advertised.listeners=SASL_SSL://kafka-@@bid@@.@@co@@.internal:9093,INTERNAL://kafka-@@bid@@:9092
        listener.security.protocol.map=SASL_SSL:SASL_SSL,INTERNAL:PLAINTEXT
        inter.broker.listener.name=INTERNAL
        sasl.enabled.mechanisms=SCRAM-SHA-512
        listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="broker" password="@@pw@@";
        ssl.keystore.location=/etc/kafka/secrets/kafka.keystore.jks
        ssl.truststore.location=/etc/kafka/secrets/kafka.truststore.jks
        log.dirs=/var/lib/kafka/data
        num.partitions=6
        default.replication.factor=3
        min.insync.replicas=2
        log.retention.hours=168
        """, bid=g.i(0, 5), co=g.co(), pw=pw)
    return g.c(["config/server.properties", "kafka/server.properties"]), text, pw


@pos("kafka", "sasl-password", "kafka-jaas-conf")
def p_kafka_jaas(g):
    pw = g.pw()
    mech = g.c(["scram.ScramLoginModule", "plain.PlainLoginModule"])
    text = T("""
        KafkaClient {
          org.apache.kafka.common.security.@@mech@@ required
          username="@@user@@"
          password="@@pw@@";
        };

        Client {
          org.apache.zookeeper.server.auth.DigestLoginModule required
          username="zkclient"
          password="${file:/etc/kafka/secrets/zk.properties:password}";
        };
        """, mech=mech, user=g.c(["etl-producer", "cdc-consumer", "analytics-reader", "spark-streaming"]), pw=pw)
    return g.c(["kafka_client_jaas.conf", "config/jaas.conf", "streaming/kafka_jaas.conf"]), text, pw


@pos("confluent", "schema-registry-secret", "kafka-client-properties")
def p_schema_registry(g):
    key, sec = g.confluent_key(), g.confluent_secret()
    text = T("""
        # Schema Registry
        schema.registry.url=https://psrc-@@sr@@.@@region@@.aws.confluent.cloud
        basic.auth.credentials.source=USER_INFO
        basic.auth.user.info=@@key@@:@@sec@@
        value.converter=io.confluent.connect.avro.AvroConverter
        value.converter.schema.registry.url=https://psrc-@@sr@@.@@region@@.aws.confluent.cloud
        key.converter=org.apache.kafka.connect.storage.StringConverter
        auto.register.schemas=false
        use.latest.version=true
        """, sr=g.rs(LALNUM, 5), region=g.region(), key=key, sec=sec)
    return g.c(["config/schema-registry.properties", "connect/worker.properties"]), text, sec


@pos("confluent", "api-secret", "python")
def p_confluent_python(g):
    key, sec = g.confluent_key(), g.confluent_secret()
    text = T("""
        import json
        from confluent_kafka import Producer

        conf = {
            "bootstrap.servers": "@@bs@@",
            "security.protocol": "SASL_SSL",
            "sasl.mechanisms": "PLAIN",
            "sasl.username": "@@key@@",
            "sasl.password": "@@sec@@",
            "client.id": "@@cid@@",
            "linger.ms": 50,
        }

        producer = Producer(conf)


        def publish(events, topic="@@topic@@"):
            for ev in events:
                producer.produce(topic, key=str(ev["user_id"]), value=json.dumps(ev))
            producer.flush(10)
        """, bs=g.kafka_bootstrap(), key=key, sec=sec, cid=g.c(["clickstream-producer", "orders-cdc"]), topic=g.c(["clickstream.v1", "orders.events", "app.page_views"]))
    return g.c(["producers/publish_events.py", "streaming/producer.py"]), text, sec


@pos("mysql", "password", "debezium-connector-json")
def p_debezium(g):
    pw = g.pw()
    typ = g.c(["mysql", "postgres"])
    cfg = {
        "name": "%s-cdc-%s" % (g.c(["orders", "inventory", "billing"]), typ),
        "config": {
            "connector.class": "io.debezium.connector.mysql.MySqlConnector" if typ == "mysql" else "io.debezium.connector.postgresql.PostgresConnector",
            "tasks.max": "1",
            "database.hostname": g.rds_host(),
            "database.port": "3306" if typ == "mysql" else "5432",
            "database.user": "debezium",
            "database.password": pw,
            ("database.server.id" if typ == "mysql" else "plugin.name"): (g.digits(6) if typ == "mysql" else "pgoutput"),
            "topic.prefix": g.c(["shop", "erp", "billing"]),
            "table.include.list": "public.%s,public.%s" % (g.c(TABLES), g.c(TABLES)),
            "schema.history.internal.kafka.bootstrap.servers": "kafka:9092",
            "schema.history.internal.kafka.topic": "schema-changes.cdc",
            "snapshot.mode": "initial",
        },
    }
    text = json.dumps(cfg, indent=2) + "\n"
    return g.c(["connectors/%s-source.json" % typ, "debezium/register-%s.json" % typ]), text, pw, {"provider": typ}


@pos("confluent", "api-secret", "flink-sql")
def p_flink_sql(g):
    key, sec = g.confluent_key(), g.confluent_secret()
    text = T("""
        -- Flink SQL job: clickstream sessionization
        CREATE TABLE clicks (
          user_id STRING,
          url STRING,
          ts TIMESTAMP(3),
          WATERMARK FOR ts AS ts - INTERVAL '5' SECOND
        ) WITH (
          'connector' = 'kafka',
          'topic' = 'clickstream.v1',
          'properties.bootstrap.servers' = '@@bs@@',
          'properties.security.protocol' = 'SASL_SSL',
          'properties.sasl.mechanism' = 'PLAIN',
          'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="@@key@@" password="@@sec@@";',
          'scan.startup.mode' = 'latest-offset',
          'format' = 'json'
        );

        SELECT user_id, SESSION_START(ts, INTERVAL '30' MINUTE) AS session_start, COUNT(*) AS clicks
        FROM clicks
        GROUP BY user_id, SESSION(ts, INTERVAL '30' MINUTE);
        """, bs=g.kafka_bootstrap(), key=key, sec=sec)
    return g.c(["flink/sessionize.sql", "sql/flink/clicks_sessions.sql"]), text, sec


@pos("aws", "secret-access-key", "flink-conf-yaml")
def p_flink_conf(g):
    akid, sec = g.aws_id(), g.aws_secret()
    text = T("""
        jobmanager.rpc.address: jobmanager
        taskmanager.numberOfTaskSlots: 4
        parallelism.default: 2
        state.backend: rocksdb
        state.checkpoints.dir: s3://@@bucket@@/flink/checkpoints
        state.savepoints.dir: s3://@@bucket@@/flink/savepoints
        s3.endpoint: https://s3.@@region@@.amazonaws.com
        s3.access-key: @@akid@@
        s3.secret-key: @@sec@@
        execution.checkpointing.interval: 60s
        """, bucket=g.bucket(), region=g.region(), akid=akid, sec=sec)
    return g.c(["flink/conf/flink-conf.yaml", "conf/flink-conf.yaml"]), text, sec


# ===========================================================================
# POSITIVES — Snowflake
# ===========================================================================
@pos("snowflake", "password", "snowflake-connections-toml")
def p_sf_conn_toml(g):
    pw = g.hpw()
    text = T("""
        default_connection_name = "@@name@@"

        [@@name@@]
        account = "@@acct@@"
        user = "@@user@@"
        password = "@@pw@@"
        warehouse = "@@wh@@"
        database = "ANALYTICS"
        schema = "@@schema@@"
        role = "ANALYST"

        [sso]
        account = "@@acct@@"
        user = "@@user@@"
        authenticator = "externalbrowser"
        """, name=g.c(["dev", "myconnection", "analytics"]), acct=g.sf_account(), user=g.person().upper(), pw=pw,
        wh=g.c(["COMPUTE_WH", "ADHOC_WH"]), schema=g.c(SCHEMAS).upper())
    return g.c([".snowflake/connections.toml", "connections.toml", "config/snowflake/connections.toml"]), text, pw


@pos("snowflake", "password", "snowsql-config")
def p_snowsql(g):
    pw = g.hpw()
    text = T("""
        [connections]
        # *WARNING* *WARNING* *WARNING* *WARNING* *WARNING* *WARNING*
        # If you run into issues, contact your admin.

        [connections.@@name@@]
        accountname = @@acct@@
        username = @@user@@
        password = @@pw@@
        dbname = ANALYTICS
        schemaname = @@schema@@
        warehousename = @@wh@@
        rolename = ANALYST

        [options]
        log_level = INFO
        log_file = ~/.snowsql/log
        output_format = psql
        friendly = False
        """, name=g.c(["prod", "analytics", "reporting"]), acct=g.sf_account(), user=g.person(), pw=pw,
        schema=g.c(SCHEMAS).upper(), wh=g.c(["ADHOC_WH", "REPORTING_WH"]))
    return g.c([".snowsql/config", "snowsql/config", "tools/snowsql.cnf"]), text, pw


@pos("snowflake", "private-key", "pem")
def p_sf_pem(g):
    lines = g.pem("PRIVATE KEY")
    needle = "\n".join(lines)
    text = needle + "\n"
    # Some people keep a comment header above (pem parsers ignore it)
    if g.p(0.5):
        text = "Snowflake key-pair for DBT_SVC (rotated quarterly)\n" + text
    return g.c(["keys/rsa_key.p8", "secrets/snowflake_rsa_key.p8", "deploy/rsa_key.p8", "snowflake/dbt_svc.p8"]), text, needle


@pos("snowflake", "password", "python")
def p_sf_python(g):
    pw = g.hpw()
    pn = g.vn(["SNOWFLAKE_PASSWORD", "SF_PASSWORD"], ["PWD", "DB_PASSWORD", "PASSWORD"])
    text = T("""
        import snowflake.connector
        import pandas as pd

        @@pn@@ = "@@pw@@"

        ctx = snowflake.connector.connect(
            user="@@user@@",
            password=@@pn@@,
            account="@@acct@@",
            warehouse="@@wh@@",
            database="ANALYTICS",
            schema="@@schema@@",
        )
        cur = ctx.cursor()
        try:
            cur.execute("select date_trunc('week', created_at) as wk, count(*) from @@tbl@@ group by 1 order by 1")
            df = cur.fetch_pandas_all()
            df.to_csv("weekly_@@tbl@@.csv", index=False)
        finally:
            cur.close()
            ctx.close()
        """, pn=pn, pw=pw, user=g.person().upper(), acct=g.sf_account(), wh=g.c(["ADHOC_WH", "COMPUTE_WH"]),
        schema=g.c(SCHEMAS).upper(), tbl=g.c(TABLES).upper())
    return g.c(["scripts/weekly_export.py", "analysis/pull_snowflake.py", "etl/extract_weekly.py"]), text, pw


@pos("azure", "sas-token", "snowflake-sql")
def p_sf_stage_sas(g):
    acct = g.az_account()
    sas = g.az_sas("b")
    sig = sas.split("sig=")[1]
    text = T("""
        USE ROLE SYSADMIN;
        USE DATABASE RAW;

        CREATE OR REPLACE FILE FORMAT raw.parquet_fmt TYPE = PARQUET;

        CREATE OR REPLACE STAGE raw.adls_landing
          URL = 'azure://@@acct@@.blob.core.windows.net/landing/'
          CREDENTIALS = (AZURE_SAS_TOKEN = '?@@sas@@')
          FILE_FORMAT = raw.parquet_fmt;

        LIST @raw.adls_landing;

        COPY INTO raw.@@tbl@@
          FROM @raw.adls_landing/@@tbl@@/
          MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE;
        """, acct=acct, sas=sas, tbl=g.c(TABLES))
    return g.c(["sql/setup/create_stage.sql", "snowflake/stages.sql", "migrations/V12__adls_stage.sql"]), text, sig


@pos("aws", "secret-access-key", "snowflake-sql")
def p_sf_stage_aws(g):
    akid, sec = g.aws_id(), g.aws_secret()
    text = T("""
        -- external stage for partner drops
        CREATE OR REPLACE STAGE raw.partner_drop
          URL = 's3://@@bucket@@/partner/'
          CREDENTIALS = (AWS_KEY_ID = '@@akid@@' AWS_SECRET_KEY = '@@sec@@')
          FILE_FORMAT = (TYPE = CSV FIELD_OPTIONALLY_ENCLOSED_BY = '"' SKIP_HEADER = 1);

        COPY INTO raw.partner_@@tbl@@ FROM @raw.partner_drop ON_ERROR = 'CONTINUE';
        """, bucket=g.bucket(), akid=akid, sec=sec, tbl=g.c(TABLES))
    return g.c(["sql/stages/partner_drop.sql", "snowflake/partner_stage.sql"]), text, sec


# ===========================================================================
# POSITIVES — Databricks
# ===========================================================================
@pos("databricks", "pat", "databrickscfg")
def p_databrickscfg(g):
    tok = g.dapi()
    text = T("""
        [DEFAULT]
        host  = https://@@host@@
        token = @@tok@@
        jobs-api-version = 2.1

        [staging]
        host      = https://@@host2@@
        auth_type = databricks-cli
        """, host=g.dbx_host(), tok=tok, host2=g.dbx_host())
    return g.c([".databrickscfg", "config/.databrickscfg", "ci/databrickscfg"]), text, tok


@pos("databricks", "pat", "databricks-notebook")
def p_dbx_notebook(g):
    tok = g.dapi()
    name = g.vn(["DATABRICKS_TOKEN"], ["token", "TOKEN", "api_token"])
    text = T("""
        # Databricks notebook source
        # MAGIC %md
        # MAGIC ## Trigger downstream job after ingestion

        # COMMAND ----------

        import requests

        host = "https://@@host@@"
        @@name@@ = "@@tok@@"

        # COMMAND ----------

        resp = requests.post(
            f"{host}/api/2.1/jobs/run-now",
            headers={"Authorization": f"Bearer {@@name@@}"},
            json={"job_id": @@job@@, "notebook_params": {"run_date": dbutils.widgets.get("run_date")}},
        )
        resp.raise_for_status()
        print(resp.json())
        """, host=g.dbx_host(), name=name, tok=tok, job=g.digits(15))
    return g.c(["notebooks/trigger_downstream.py", "databricks/notebooks/run_next.py"]), text, tok


@pos("databricks", "pat", "terraform")
def p_dbx_tf(g):
    tok = g.dapi()
    text = T("""
        terraform {
          required_providers {
            databricks = {
              source  = "databricks/databricks"
              version = "~> 1.40"
            }
          }
        }

        provider "databricks" {
          host  = "https://@@host@@"
          token = "@@tok@@"
        }

        resource "databricks_sql_endpoint" "bi" {
          name             = "bi-warehouse"
          cluster_size     = "Small"
          max_num_clusters = 2
          auto_stop_mins   = 15
        }
        """, host=g.dbx_host(), tok=tok)
    return g.c(["terraform/databricks/main.tf", "infra/databricks.tf"]), text, tok


# ===========================================================================
# POSITIVES — GCP / Redshift / Athena / SQLAlchemy
# ===========================================================================
@pos("gcp", "service-account-private-key", "gcp-service-account-json")
def p_gcp_sa(g):
    proj = g.gcp_project()
    key = g.pem_escaped()
    sa = g.c(["airflow-worker", "bq-loader", "looker-bq", "dataflow-runner", "vertex-trainer"])
    text = T("""
        {
          "type": "service_account",
          "project_id": "@@proj@@",
          "private_key_id": "@@kid@@",
          "private_key": "@@key@@",
          "client_email": "@@sa@@@@@proj@@.iam.gserviceaccount.com",
          "client_id": "@@cid@@",
          "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/@@sa@@%40@@proj@@.iam.gserviceaccount.com",
          "universe_domain": "googleapis.com"
        }
        """, proj=proj, kid=g.hexs(40), key=key, sa=sa, cid=g.digits(21))
    return g.c(["credentials/%s.json" % sa, "keys/service-account.json", "config/gcp-key.json", "%s-%s.json" % (proj, g.hexs(12))]), text, key


@pos("redshift", "password", "jdbc-properties")
def p_redshift_jdbc(g):
    pw = g.pw(uri=True)
    text = T("""
        # reporting service datasource
        spring.datasource.url=jdbc:redshift://@@host@@:5439/@@db@@?ssl=true&user=@@user@@&password=@@pw@@
        spring.datasource.driver-class-name=com.amazon.redshift.jdbc42.Driver
        spring.datasource.hikari.maximum-pool-size=5
        spring.datasource.hikari.connection-timeout=20000
        reporting.schema=@@schema@@
        reporting.export.bucket=s3://@@bucket@@/reports
        """, host=g.rs_host(), db=g.c(["analytics", "dev"]), user=g.c(SVC_USERS), pw=pw, schema=g.c(SCHEMAS), bucket=g.bucket())
    return g.c(["src/main/resources/application.properties", "reporting/application.properties"]), text, pw


@pos("aws", "secret-access-key", "jdbc-url")
def p_athena_jdbc(g):
    akid, sec = g.aws_id(), g.aws_secret()
    text = T("""
        # DBeaver / SQL Workbench connection for Athena (team shared)
        driver=com.simba.athena.jdbc.Driver
        url=jdbc:awsathena://AwsRegion=@@region@@;S3OutputLocation=s3://@@bucket@@/athena-results/;Workgroup=analysts;User=@@akid@@;Password=@@sec@@
        catalog=AwsDataCatalog
        schema=@@schema@@
        """, region=g.region(), bucket=g.bucket(), akid=akid, sec=sec, schema=g.c(SCHEMAS))
    return g.c(["tools/athena.jdbc.properties", "sql-workbench/athena.properties"]), text, sec


@pos("postgres", "password", "python")
def p_sqlalchemy(g):
    pw = g.pw(uri=True)
    dial = g.c(["postgresql+psycopg2", "redshift+redshift_connector", "mysql+pymysql", "mssql+pyodbc"])
    prov = {"postgresql+psycopg2": "postgres", "redshift+redshift_connector": "redshift", "mysql+pymysql": "mysql", "mssql+pyodbc": "mssql"}[dial]
    host = g.rs_host() + ":5439" if prov == "redshift" else g.rds_host() + ":" + {"postgres": "5432", "mysql": "3306", "mssql": "1433"}[prov]
    name = g.vn(["DATABASE_URL", "WAREHOUSE_URI"], ["URI", "DSN", "CONN"])
    text = T("""
        import pandas as pd
        from sqlalchemy import create_engine, text

        @@name@@ = "@@dial@@://@@user@@:@@pw@@@@@host@@/@@db@@"
        engine = create_engine(@@name@@, pool_pre_ping=True)

        QUERY = text(\"\"\"
            select customer_id, sum(amount) as ltv
            from @@schema@@.@@tbl@@
            where created_at >= :since
            group by 1
        \"\"\")

        with engine.connect() as conn:
            df = pd.read_sql(QUERY, conn, params={"since": "2024-01-01"})

        df.to_parquet("ltv.parquet")
        """, name=name, dial=dial, user=g.c(SVC_USERS), pw=pw, host=host, db=g.c(["analytics", "app", "dw"]),
        schema=g.c(SCHEMAS), tbl=g.c(TABLES))
    return g.c(["analysis/ltv.py", "etl/extract_ltv.py", "scripts/customer_ltv.py"]), text, pw, {"provider": prov}


# ===========================================================================
# POSITIVES — BI tools
# ===========================================================================
@pos("looker", "client-secret", "looker-ini")
def p_looker_ini(g):
    cid, sec = g.rs(ALNUM, 20), g.rs(ALNUM, 24)
    text = T("""
        [Looker]
        # Base URL for API. Do not include /api/* in the url
        base_url=https://@@co@@.cloud.looker.com
        # API 4 client id
        client_id=@@cid@@
        # API 4 client secret
        client_secret=@@sec@@
        # Set to false if testing locally against self-signed certs. Otherwise leave True
        verify_ssl=True
        timeout=120
        """, co=g.co(), cid=cid, sec=sec)
    return g.c(["looker.ini", "scripts/looker.ini", "tools/looker/looker.ini"]), text, sec


@pos("looker", "client-secret", "dotenv")
def p_looker_env(g):
    cid, sec = g.rs(ALNUM, 20), g.rs(ALNUM, 24)
    text = T("""
        LOOKERSDK_BASE_URL=https://@@co@@.cloud.looker.com
        LOOKERSDK_API_VERSION=4.0
        LOOKERSDK_VERIFY_SSL=true
        LOOKERSDK_TIMEOUT=120
        LOOKERSDK_CLIENT_ID=@@cid@@
        LOOKERSDK_CLIENT_SECRET=@@sec@@
        CONTENT_BACKUP_DIR=./backups
        """, co=g.co(), cid=cid, sec=sec)
    return g.c([".env", "looker/.env", "content-sync/.env"]), text, sec


@pos("tableau", "pat-secret", "python")
def p_tableau_tsc(g):
    sec = g.tableau_pat()
    name = g.vn(["TABLEAU_PAT_SECRET"], ["TOKEN_VALUE", "SECRET"])
    text = T("""
        import tableauserverclient as TSC

        SERVER = "https://@@pod@@.online.tableau.com"
        SITE = "@@site@@"
        TOKEN_NAME = "@@tname@@"
        @@name@@ = "@@sec@@"

        auth = TSC.PersonalAccessTokenAuth(TOKEN_NAME, @@name@@, site_id=SITE)
        server = TSC.Server(SERVER, use_server_version=True)

        with server.auth.sign_in(auth):
            for ds in TSC.Pager(server.datasources):
                if ds.project_name == "@@project@@":
                    server.datasources.refresh(ds)
                    print("refresh queued:", ds.name)
        """, pod=g.c(["prod-uk-a", "10ax", "eu-west-1a", "us-east-1"]), site=g.co(), tname=g.c(["ci-refresh", "airflow", "extract-bot"]),
        name=name, sec=sec, project=g.c(["Finance", "Growth", "Certified"]))
    return g.c(["scripts/refresh_extracts.py", "tableau/refresh.py"]), text, sec


@pos("tableau", "pat-secret", "shell")
def p_tableau_rest(g):
    sec = g.tableau_pat()
    text = T("""
        #!/usr/bin/env bash
        # sign in to Tableau Cloud REST API and print the auth token
        curl -s -X POST "https://@@pod@@.online.tableau.com/api/3.21/auth/signin" \\
          -H "Content-Type: application/json" -H "Accept: application/json" \\
          -d '{"credentials": {"personalAccessTokenName": "@@tname@@", "personalAccessTokenSecret": "@@sec@@", "site": {"contentUrl": "@@site@@"}}}' \\
          | jq -r '.credentials.token'
        """, pod=g.c(["prod-uk-a", "10ax", "us-west-2b"]), tname=g.c(["etl-bot", "admin-scripts"]), sec=sec, site=g.co())
    return g.c(["bin/tableau_signin.sh", "scripts/tableau_login.sh"]), text, sec


@pos("superset", "flask-secret-key", "superset-config-python")
def p_superset(g):
    v = g.i(0, 1)
    sk = g.b64b(42)
    pw = g.pw(uri=True)
    if v == 0:
        sk_line = 'SECRET_KEY = "%s"' % sk
        db_line = 'SQLALCHEMY_DATABASE_URI = os.environ["SUPERSET_DB_URI"]'
        needle, over = sk, {}
    else:
        sk_line = 'SECRET_KEY = os.environ["SUPERSET_SECRET_KEY"]'
        db_line = 'SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:%s@%s/superset"' % (pw, g.pg_hostport())
        needle, over = pw, {"provider": "postgres", "kind": "password"}
    text = T("""
        import os
        from celery.schedules import crontab

        ROW_LIMIT = 50000
        SUPERSET_WEBSERVER_PORT = 8088

        @@sk_line@@
        @@db_line@@

        FEATURE_FLAGS = {
            "ALERT_REPORTS": True,
            "DASHBOARD_RBAC": True,
            "EMBEDDED_SUPERSET": False,
        }

        class CeleryConfig:
            broker_url = "redis://redis:6379/0"
            result_backend = "redis://redis:6379/1"
            beat_schedule = {
                "reports.scheduler": {"task": "reports.scheduler", "schedule": crontab(minute="*", hour="*")},
            }

        CELERY_CONFIG = CeleryConfig
        WTF_CSRF_ENABLED = True
        """, sk_line=sk_line, db_line=db_line)
    return g.c(["superset_config.py", "docker/pythonpath_dev/superset_config.py", "superset/superset_config.py"]), text, needle, over


@pos("metabase", "database-password", "docker-compose")
def p_metabase(g):
    pw = g.pw()
    text = T("""
        services:
          metabase:
            image: metabase/metabase:v0.49.6
            ports:
              - "3000:3000"
            environment:
              MB_DB_TYPE: postgres
              MB_DB_DBNAME: metabase
              MB_DB_PORT: 5432
              MB_DB_USER: metabase
              MB_DB_PASS: "@@pw@@"
              MB_DB_HOST: metabase-db
              MB_SITE_URL: https://bi.@@co@@.com
              JAVA_TIMEZONE: Europe/Amsterdam
            depends_on:
              - metabase-db
          metabase-db:
            image: postgres:15
            environment:
              POSTGRES_USER: metabase
              POSTGRES_DB: metabase
              POSTGRES_PASSWORD_FILE: /run/secrets/mb_db_pass
            volumes:
              - mbdata:/var/lib/postgresql/data
        volumes:
          mbdata:
        """, pw=pw, co=g.co())
    return g.c(["docker-compose.yml", "bi/docker-compose.yml", "metabase/compose.yaml"]), text, pw


@pos("redash", "cookie-secret", "dotenv")
def p_redash(g):
    v = g.i(0, 1)
    cs = g.rs(ALNUM, 32)
    pw = g.rs(ALNUM, 32)
    if v == 0:
        cl = "REDASH_COOKIE_SECRET=%s" % cs
        dl = "REDASH_DATABASE_URL=postgresql://postgres@postgres/postgres"
        needle, over = cs, {}
    else:
        cl = "REDASH_COOKIE_SECRET=${REDASH_COOKIE_SECRET}"
        dl = "REDASH_DATABASE_URL=postgresql://redash:%s@postgres/redash" % pw
        needle, over = pw, {"provider": "postgres", "kind": "password"}
    text = T("""
        PYTHONUNBUFFERED=0
        REDASH_LOG_LEVEL=INFO
        REDASH_REDIS_URL=redis://redis:6379/0
        @@cl@@
        @@dl@@
        REDASH_MAIL_SERVER=smtp.@@co@@.com
        REDASH_MAIL_DEFAULT_SENDER=redash@@@co@@.com
        REDASH_HOST=https://redash.@@co@@.com
        """, cl=cl, dl=dl, co=g.co())
    return g.c(["redash/env", "redash.env", "opt/redash/env"]), text, needle, over


@pos("mode", "api-secret", "python")
def p_mode(g):
    tok, sec = g.hexs(12), g.rs(ALNUM, 32)
    tn = g.vn(["MODE_API_TOKEN"], ["API_USER", "USERNAME"])
    sn = g.vn(["MODE_API_SECRET"], ["API_PASS", "AUTH"])
    text = T("""
        import requests

        WORKSPACE = "@@ws@@"
        @@tn@@ = "@@tok@@"
        @@sn@@ = "@@sec@@"

        s = requests.Session()
        s.auth = (@@tn@@, @@sn@@)

        r = s.get(f"https://app.mode.com/api/{WORKSPACE}/spaces?filter=all")
        r.raise_for_status()
        for space in r.json()["_embedded"]["spaces"]:
            print(space["token"], space["name"])
        """, ws=g.co(), tn=tn, tok=tok, sn=sn, sec=sec)
    return g.c(["scripts/mode_inventory.py", "tools/mode_spaces.py"]), text, sec


@pos("hex", "api-token", "python")
def p_hex(g):
    tok = "hxtw_" + g.hexs(64)
    name = g.vn(["HEX_API_TOKEN"], ["TOKEN", "BEARER"])
    text = T("""
        import requests

        @@name@@ = "@@tok@@"
        PROJECT_ID = "@@pid@@"

        resp = requests.post(
            f"https://app.hex.tech/api/v1/project/{PROJECT_ID}/run",
            headers={"Authorization": f"Bearer {@@name@@}"},
            json={"inputParams": {"region": "EMEA"}, "updateCache": True},
            timeout=60,
        )
        print(resp.status_code, resp.json().get("runUrl"))
        """, name=name, tok=tok, pid=g.uuid())
    return g.c(["scripts/run_hex_project.py", "orchestration/hex_trigger.py"]), text, tok


@pos("sigma", "client-secret", "python")
def p_sigma(g):
    cid, sec = g.hexs(32), g.hexs(64)
    text = T("""
        import requests

        BASE = "https://aws-api.sigmacomputing.com"
        CLIENT_ID = "@@cid@@"
        CLIENT_SECRET = "@@sec@@"


        def get_token():
            r = requests.post(f"{BASE}/v2/auth/token", data={
                "grant_type": "client_credentials",
                "client_id": CLIENT_ID,
                "client_secret": CLIENT_SECRET,
            })
            r.raise_for_status()
            return r.json()["access_token"]


        if __name__ == "__main__":
            hdrs = {"Authorization": f"Bearer {get_token()}"}
            print(requests.get(f"{BASE}/v2/workbooks", headers=hdrs).json())
        """, cid=cid, sec=sec)
    return g.c(["scripts/sigma_workbooks.py", "sigma/list_workbooks.py"]), text, sec


# ===========================================================================
# POSITIVES — Data quality / ELT / product analytics
# ===========================================================================
@pos("postgres", "password", "great-expectations-yaml")
def p_gx(g):
    pw = g.pw(uri=True)
    text = T("""
        # config_variables.yml — values substituted into great_expectations.yml
        instance_id: @@iid@@
        warehouse_creds:
          drivername: postgresql
          host: @@host@@
          port: '5432'
          username: @@user@@
          password: @@pw@@
          database: analytics
        slack_channel: '#data-quality'
        """, iid=g.uuid(), host=g.rds_host(), user=g.c(SVC_USERS), pw=pw)
    return g.c(["great_expectations/uncommitted/config_variables.yml", "gx/uncommitted/config_variables.yml"]), text, pw


@pos("snowflake", "password", "great-expectations-yaml")
def p_gx_ds(g):
    pw = g.pw(uri=True)
    acct = g.sf_account()
    text = T("""
        config_version: 3.0
        datasources:
          snowflake_dw:
            class_name: Datasource
            module_name: great_expectations.datasource
            execution_engine:
              class_name: SqlAlchemyExecutionEngine
              connection_string: snowflake://@@user@@:@@pw@@@@@acct@@/ANALYTICS/@@schema@@?warehouse=@@wh@@&role=QA
            data_connectors:
              default_inferred_data_connector_name:
                class_name: InferredAssetSqlDataConnector
                include_schema_name: true
        stores:
          expectations_store:
            class_name: ExpectationsStore
            store_backend:
              class_name: TupleFilesystemStoreBackend
              base_directory: expectations/
        expectations_store_name: expectations_store
        validations_store_name: validations_store
        """, user=g.person().upper(), pw=pw, acct=acct, schema=g.c(SCHEMAS).upper(), wh=g.c(["QA_WH", "COMPUTE_WH"]))
    return g.c(["great_expectations/great_expectations.yml", "gx/great_expectations.yml"]), text, pw


@pos("soda", "api-key-secret", "soda-yaml")
def p_soda(g):
    v = g.i(0, 1)
    kid, ksec = g.uuid(), g.rs(URLS, 40)
    pw = g.hpw()
    if v == 0:
        pw_line = "password: ${SNOWFLAKE_PASSWORD}"
        sec_line = "api_key_secret: %s" % ksec
        needle, over = ksec, {}
    else:
        pw_line = "password: %s" % pw
        sec_line = "api_key_secret: ${SODA_CLOUD_API_SECRET}"
        needle, over = pw, {"provider": "snowflake", "kind": "password"}
    text = T("""
        data_source snowflake_dw:
          type: snowflake
          username: @@user@@
          @@pw_line@@
          account: @@acct@@
          database: ANALYTICS
          warehouse: QA_WH
          role: QA
          schema: @@schema@@

        soda_cloud:
          host: cloud.soda.io
          api_key_id: @@kid@@
          @@sec_line@@
        """, user=g.person().upper(), pw_line=pw_line, acct=g.sf_account(), schema=g.c(SCHEMAS).upper(), kid=kid, sec_line=sec_line)
    return g.c(["soda/configuration.yml", "checks/configuration.yml"]), text, needle, over


@pos("fivetran", "api-secret", "terraform")
def p_fivetran_tf(g):
    key, sec = g.rs(ALNUM, 16), g.rs(ALNUM, 32)
    text = T("""
        terraform {
          required_providers {
            fivetran = {
              source  = "fivetran/fivetran"
              version = ">= 1.1.0"
            }
          }
        }

        provider "fivetran" {
          api_key    = "@@key@@"
          api_secret = "@@sec@@"
        }

        resource "fivetran_group" "warehouse" {
          name = "@@grp@@"
        }

        resource "fivetran_connector_schedule" "salesforce" {
          connector_id       = "@@conn@@"
          sync_frequency     = "360"
          paused             = false
          schedule_type      = "auto"
        }
        """, key=key, sec=sec, grp=g.c(["snowflake_prod", "bigquery_dw", "warehouse"]), conn="_".join(g.c(WORDS) for _ in range(2)))
    return g.c(["terraform/fivetran/main.tf", "infra/fivetran.tf"]), text, sec


@pos("postgres", "password", "airbyte-config-json")
def p_airbyte_source(g):
    pw = g.pw()
    cfg = {
        "sourceDefinitionId": "decd338e-5647-4c0b-adf4-da0e75f5a750",
        "workspaceId": g.uuid(),
        "name": "%s Postgres" % g.co().title(),
        "connectionConfiguration": {
            "host": g.rds_host(),
            "port": 5432,
            "database": g.c(["app", "shop", "core"]),
            "schemas": ["public"],
            "username": "airbyte",
            "password": pw,
            "ssl_mode": {"mode": "require"},
            "replication_method": {"method": "CDC", "replication_slot": "airbyte_slot", "publication": "airbyte_pub"},
            "tunnel_method": {"tunnel_method": "NO_TUNNEL"},
        },
    }
    return g.c(["airbyte/sources/postgres.json", "octavia/sources/app_postgres.json"]), json.dumps(cfg, indent=2) + "\n", pw


@pos("airbyte", "client-secret", "python")
def p_airbyte_api(g):
    cid, sec = g.uuid(), g.rs(ALNUM, 32)
    text = T("""
        import requests

        AIRBYTE_API = "https://api.airbyte.com/v1"
        client_id = "@@cid@@"
        client_secret = "@@sec@@"

        tok = requests.post(f"{AIRBYTE_API}/applications/token",
                            json={"client_id": client_id, "client_secret": client_secret}).json()["access_token"]

        r = requests.post(f"{AIRBYTE_API}/jobs",
                          headers={"Authorization": f"Bearer {tok}"},
                          json={"connectionId": "@@conn@@", "jobType": "sync"})
        print(r.json())
        """, cid=cid, sec=sec, conn=g.uuid())
    return g.c(["scripts/airbyte_sync.py", "orchestration/airbyte_trigger.py"]), text, sec


@pos("stitch", "import-api-token", "singer-config-json")
def p_stitch(g):
    tok = g.hexs(64)
    cfg = {"client_id": int(g.digits(6)), "token": tok, "small_batch_url": "https://api.stitchdata.com/v2/import/batch",
           "big_batch_url": "https://api.stitchdata.com/v2/import/batch", "batch_size_preferences": {}}
    return g.c(["singer/target-stitch-config.json", "taps/stitch_config.json"]), json.dumps(cfg, indent=2) + "\n", tok


@pos("segment", "write-key", "python")
def p_segment(g):
    wk = g.rs(ALNUM, 32)
    name = g.vn(["SEGMENT_WRITE_KEY"], ["WRITE_KEY", "KEY"])
    text = T("""
        \"\"\"Backfill server-side events from the warehouse into Segment.\"\"\"
        import segment.analytics as analytics
        import pandas as pd

        @@name@@ = "@@wk@@"
        analytics.write_key = @@name@@
        analytics.max_queue_size = 50000

        df = pd.read_parquet("exports/@@tbl@@.parquet")
        for row in df.itertuples():
            analytics.track(user_id=row.user_id, event="@@ev@@",
                            properties={"plan": row.plan, "mrr": float(row.mrr)},
                            timestamp=row.event_ts.to_pydatetime())
        analytics.flush()
        """, name=name, wk=wk, tbl=g.c(TABLES), ev=g.c(["Subscription Renewed", "Order Completed", "Trial Started"]))
    return g.c(["scripts/backfill_segment.py", "reverse_etl/segment_backfill.py"]), text, wk


@pos("amplitude", "secret-key", "python")
def p_amplitude(g):
    key, sec = g.hexs(32), g.hexs(32)
    kn = g.vn(["AMPLITUDE_API_KEY"], ["API_KEY", "KEY"])
    sn = g.vn(["AMPLITUDE_SECRET_KEY"], ["SECRET", "API_SECRET"])
    text = T("""
        import gzip, io, zipfile
        import requests

        @@kn@@ = "@@key@@"
        @@sn@@ = "@@sec@@"


        def export(start, end):
            r = requests.get("https://analytics.eu.amplitude.com/api/2/export",
                             params={"start": start, "end": end},
                             auth=(@@kn@@, @@sn@@), timeout=600)
            r.raise_for_status()
            with zipfile.ZipFile(io.BytesIO(r.content)) as zf:
                for name in zf.namelist():
                    yield gzip.decompress(zf.read(name))


        for chunk in export("20240101T00", "20240101T23"):
            print(len(chunk))
        """, kn=kn, key=key, sn=sn, sec=sec)
    return g.c(["extract/amplitude_export.py", "ingest/amplitude.py"]), text, sec


@pos("mixpanel", "service-account-secret", "python")
def p_mixpanel_sa(g):
    user = "%s.%s.mp-service-account" % (g.c(["etl", "warehouse", "export", "dbt"]), g.hexs(6))
    sec = g.rs(ALNUM, 32)
    text = T("""
        import requests

        PROJECT_ID = @@pid@@
        SA_USER = "@@user@@"
        SA_SECRET = "@@sec@@"

        resp = requests.get(
            "https://data-eu.mixpanel.com/api/2.0/export",
            params={"project_id": PROJECT_ID, "from_date": "2024-03-01", "to_date": "2024-03-01"},
            auth=(SA_USER, SA_SECRET),
            stream=True,
        )
        with open("mixpanel_2024-03-01.jsonl", "wb") as fh:
            for line in resp.iter_lines():
                fh.write(line + b"\\n")
        """, pid=g.digits(7), user=user, sec=sec)
    return g.c(["extract/mixpanel_export.py", "ingest/mixpanel_raw.py"]), text, sec


@pos("mixpanel", "api-secret", "dotenv")
def p_mixpanel_secret(g):
    tok, sec = g.hexs(32), g.hexs(32)
    sn = g.vn(["MIXPANEL_API_SECRET"], ["API_SECRET", "EXPORT_SECRET"])
    text = T("""
        # ingestion service
        LOG_LEVEL=info
        MIXPANEL_PROJECT_TOKEN=@@tok@@
        @@sn@@=@@sec@@
        WAREHOUSE_SCHEMA=raw_mixpanel
        BATCH_SIZE=2000
        """, tok=tok, sn=sn, sec=sec)
    return g.c([".env", "ingest/.env", "services/mixpanel-loader/.env"]), text, sec


# ===========================================================================
# POSITIVES — ML ops
# ===========================================================================
@pos("wandb", "api-key", "netrc")
def p_netrc(g):
    key = g.wandb()
    text = T("""
        # netrc for the shared GPU box (written by `wandb login`)
        # git.@@co@@.internal uses SSH keys, nothing needed here
        machine api.wandb.ai
          login user
          password @@key@@
        """, co=g.co(), key=key)
    return g.c([".netrc", "docker/trainer/.netrc", "config/netrc"]), text, key


@pos("wandb", "api-key", "python")
def p_wandb_py(g):
    key = g.c([g.wandb(), "local-" + g.wandb()])
    name = g.vn(["WANDB_API_KEY"], ["TRACKING_KEY", "API_KEY"])
    style = g.i(0, 1)
    line = ('os.environ["%s"] = "%s"' % (name, key)) if style == 0 else ('wandb.login(key="%s")' % key)
    if style == 1:
        name = "(positional)"
    text = T("""
        import os

        import torch
        import wandb
        from torch.utils.data import DataLoader

        @@line@@

        config = dict(lr=3e-4, batch_size=64, epochs=@@ep@@, arch="@@arch@@")
        run = wandb.init(project="@@proj@@", entity="@@ent@@", config=config)

        model = torch.hub.load("pytorch/vision", "@@arch@@", weights=None)
        opt = torch.optim.AdamW(model.parameters(), lr=config["lr"])

        for epoch in range(config["epochs"]):
            loss = torch.rand(1).item()
            wandb.log({"epoch": epoch, "train/loss": loss})

        run.finish()
        """, line=line, ep=g.c([10, 20, 50]), arch=g.c(["resnet50", "resnet18", "mobilenet_v3_large"]),
        proj=g.c(["churn-model", "demand-forecast", "image-tagger"]), ent=g.co())
    return g.c(["train.py", "src/train.py", "training/train_model.py"]), text, key


@pos("comet", "api-key", "ini")
def p_comet(g):
    key = g.rs(ALNUM, 25)
    text = T("""
        [comet]
        api_key = @@key@@
        workspace = @@ws@@
        project_name = @@proj@@

        [comet_logging]
        file = /tmp/comet.log
        file_level = INFO
        """, key=key, ws=g.co(), proj=g.c(["ranking", "forecasting", "nlp-intents"]))
    return g.c([".comet.config", "config/.comet.config"]), text, key


@pos("neptune", "api-token", "python")
def p_neptune(g):
    tok = g.neptune()
    name = g.vn(["NEPTUNE_API_TOKEN"], ["api_token", "TOKEN"])
    text = T("""
        import neptune
        from sklearn.ensemble import GradientBoostingClassifier
        from sklearn.metrics import roc_auc_score

        @@name@@ = "@@tok@@"

        run = neptune.init_run(project="@@ws@@/@@proj@@", api_token=@@name@@, tags=["gbm", "baseline"])
        params = {"n_estimators": 300, "max_depth": 3, "learning_rate": 0.05}
        run["parameters"] = params

        clf = GradientBoostingClassifier(**params)
        # X_train, y_train, X_val, y_val are loaded by the feature pipeline
        clf.fit(X_train, y_train)
        run["metrics/val_auc"] = roc_auc_score(y_val, clf.predict_proba(X_val)[:, 1])
        run.stop()
        """, name=name, tok=tok, ws=g.co(), proj=g.c(["churn", "fraud", "ltv"]))
    return g.c(["experiments/baseline_gbm.py", "src/train_gbm.py"]), text, tok


@pos("clearml", "secret-key", "clearml-conf")
def p_clearml(g):
    ak, sk = g.rs(UALNUM, 30), g.rs(ALNUM, 50)
    text = T("""
        api {
            web_server: https://app.clear.ml
            api_server: https://api.clear.ml
            files_server: https://files.clear.ml
            credentials {
                "access_key" = "@@ak@@"
                "secret_key" = "@@sk@@"
            }
        }
        sdk {
            aws {
                s3 {
                    region: "@@region@@"
                    use_credentials_chain: true
                }
            }
            development {
                default_output_uri: "s3://@@bucket@@/clearml"
            }
        }
        """, ak=ak, sk=sk, region=g.region(), bucket=g.bucket())
    return g.c(["clearml.conf", "docker/clearml.conf"]), text, sk


@pos("mlflow", "basic-auth-password", "dotenv")
def p_mlflow(g):
    pw = g.hpw()
    text = T("""
        MLFLOW_TRACKING_URI=https://mlflow.@@co@@.internal
        MLFLOW_TRACKING_USERNAME=@@user@@
        MLFLOW_TRACKING_PASSWORD=@@pw@@
        MLFLOW_S3_ENDPOINT_URL=https://s3.@@region@@.amazonaws.com
        MLFLOW_EXPERIMENT_NAME=/@@proj@@
        """, co=g.co(), user=g.person(), pw=pw, region=g.region(), proj=g.c(["churn", "pricing", "recs"]))
    return g.c([".env", "ml/.env", "training/.env.local"]), text, pw


@pos("aws", "secret-access-key", "sagemaker-python")
def p_sagemaker(g):
    akid, sec = g.aws_id(), g.aws_secret()
    text = T("""
        import boto3
        import sagemaker
        from sagemaker.xgboost import XGBoost

        session = boto3.Session(
            aws_access_key_id="@@akid@@",
            aws_secret_access_key="@@sec@@",
            region_name="@@region@@",
        )
        sm = sagemaker.Session(boto_session=session)
        role = "arn:aws:iam::@@acct@@:role/SageMakerExecutionRole"

        est = XGBoost(entry_point="train.py", framework_version="1.7-1", role=role,
                      instance_count=1, instance_type="ml.m5.2xlarge", sagemaker_session=sm,
                      output_path="s3://@@bucket@@/models/")
        est.fit({"train": "s3://@@bucket@@/features/train/", "validation": "s3://@@bucket@@/features/val/"})
        """, akid=akid, sec=sec, region=g.region(), acct=g.digits(12), bucket=g.bucket())
    return g.c(["sagemaker/launch_training.py", "ml/launch.py"]), text, sec


@pos("aws", "session-credentials", "aws-credentials-ini")
def p_aws_creds(g):
    akid, sec, st = g.aws_id("ASIA"), g.aws_secret(), g.aws_session()
    text = T("""
        [default]
        region = @@region@@

        [@@prof@@]
        aws_access_key_id = @@akid@@
        aws_secret_access_key = @@sec@@
        aws_session_token = @@st@@
        """, region=g.region(), prof=g.c(["data-prod", "analytics", "sagemaker"]), akid=akid, sec=sec, st=st)
    return g.c(["aws/credentials", ".aws/credentials", "docker/aws_credentials"]), text, sec


@pos("huggingface", "access-token", "vertex-python")
def p_vertex_hf(g):
    tok = g.hf()
    name = g.vn(["HF_TOKEN", "HUGGINGFACE_TOKEN"], ["TOKEN", "MODEL_HUB_KEY"])
    text = T("""
        from google.cloud import aiplatform

        PROJECT = "@@proj@@"
        REGION = "@@region@@"
        @@name@@ = "@@tok@@"

        aiplatform.init(project=PROJECT, location=REGION, staging_bucket="gs://@@proj@@-staging")

        job = aiplatform.CustomContainerTrainingJob(
            display_name="finetune-@@model@@",
            container_uri="@@region@@-docker.pkg.dev/@@proj@@/trainers/hf-finetune:latest",
        )
        job.run(
            replica_count=1,
            machine_type="a2-highgpu-1g",
            accelerator_type="NVIDIA_TESLA_A100",
            accelerator_count=1,
            environment_variables={"HF_TOKEN": @@name@@, "BASE_MODEL": "@@base@@"},
        )
        """, proj=g.gcp_project(), region=g.c(GCP_REGIONS), name=name, tok=tok, model=g.c(["intent", "ner", "summarizer"]),
        base=g.c(["meta-llama/Llama-3.1-8B", "mistralai/Mistral-7B-v0.1", "google/gemma-2-9b"]))
    return g.c(["vertex/launch_finetune.py", "ml/vertex_job.py"]), text, tok


@pos("openai", "api-key", "python")
def p_openai(g):
    key = g.openai()
    name = g.vn(["OPENAI_API_KEY"], ["LLM_KEY", "LLM_API_KEY", "API_KEY"], 0.5)
    text = T("""
        \"\"\"Enrich support tickets with an LLM-generated category before loading to the warehouse.\"\"\"
        import json
        import pandas as pd
        from openai import OpenAI

        @@name@@ = "@@key@@"
        client = OpenAI(api_key=@@name@@)

        PROMPT = "Classify the ticket into one of: billing, bug, feature_request, account. Answer with one word."


        def classify(text: str) -> str:
            resp = client.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": text[:4000]}],
                temperature=0,
            )
            return resp.choices[0].message.content.strip().lower()


        tickets = pd.read_parquet("data/@@tbl@@.parquet")
        tickets["category"] = tickets["body"].map(classify)
        tickets.to_parquet("data/@@tbl@@_enriched.parquet")
        """, name=name, key=key, tbl=g.c(["tickets", "zendesk_tickets", "support_emails"]))
    return g.c(["enrichment/classify_tickets.py", "pipelines/llm_enrich.py"]), text, key


@pos("anthropic", "api-key", "dotenv")
def p_anthropic(g):
    key = g.anthropic()
    name = g.vn(["ANTHROPIC_API_KEY"], ["LLM_KEY", "LLM_API_KEY"], 0.5)
    text = T("""
        # dbt python models / enrichment jobs
        DBT_TARGET=dev
        LLM_PROVIDER=anthropic
        LLM_MODEL=claude-3-5-sonnet-latest
        @@name@@=@@key@@
        LLM_MAX_TOKENS=512
        """, name=name, key=key)
    return g.c([".env", "enrichment/.env", ".env.local"]), text, key


@pos("huggingface", "access-token", "shell")
def p_hf_sh(g):
    tok = g.hf()
    text = T("""
        #!/usr/bin/env bash
        set -euo pipefail
        # pull base weights onto the training node
        pip install -q "huggingface_hub[cli]"
        huggingface-cli login --token @@tok@@
        huggingface-cli download @@repo@@ --local-dir /mnt/models/base --exclude "*.bin"
        python -m training.finetune --config configs/@@cfg@@.yaml
        """, tok=tok, repo=g.c(["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-Instruct-v0.3", "BAAI/bge-large-en-v1.5"]), cfg=g.c(["lora", "sft", "embed"]))
    return g.c(["scripts/bootstrap_node.sh", "training/setup.sh"]), text, tok


# ===========================================================================
# POSITIVES — R / Julia / MATLAB / SAS
# ===========================================================================
@pos("snowflake", "password", "renviron")
def p_renviron(g):
    v = g.i(0, 2)
    if v == 0:
        val = g.hpw(); name = g.vn(["SNOWFLAKE_PWD", "SNOWFLAKE_PASSWORD"], ["DB_PWD", "WAREHOUSE_PASS"]); over = {}
    elif v == 1:
        val = g.aws_secret(); name = "AWS_SECRET_ACCESS_KEY"; over = {"provider": "aws", "kind": "secret-access-key"}
    else:
        val = g.rs(LALNUM, 40); name = g.vn(["CONNECT_API_KEY"], ["RSC_KEY", "API_KEY"]); over = {"provider": "posit-connect", "kind": "api-key"}
    text = T("""
        R_LIBS_USER=~/R/library
        SNOWFLAKE_ACCOUNT=@@acct@@
        SNOWFLAKE_USER=@@user@@
        @@extra@@
        @@name@@=@@val@@
        CONNECT_SERVER=https://connect.@@co@@.com
        """, acct=g.sf_account(), user=g.person().upper(), name=name, val=val, co=g.co(),
        extra=("AWS_ACCESS_KEY_ID=" + g.aws_id()) if v == 1 else "TZ=Europe/London")
    return g.c([".Renviron", "analysis/.Renviron", "shiny/.Renviron"]), text, val, over


@pos("postgres", "password", "rprofile")
def p_rprofile(g):
    pw = g.hpw()
    text = T("""
        options(repos = c(CRAN = "https://packagemanager.posit.co/cran/latest"))
        options(scipen = 999, digits = 4)

        local({
          Sys.setenv(
            PGHOST = "@@host@@",
            PGUSER = "@@user@@",
            PGPASSWORD = "@@pw@@",
            PGDATABASE = "analytics"
          )
        })

        if (interactive()) {
          suppressMessages(library(dplyr))
          message("Loaded .Rprofile for ", Sys.getenv("PGDATABASE"))
        }
        """, host=g.rds_host(), user=g.person(), pw=pw)
    return g.c([".Rprofile", "analysis/.Rprofile"]), text, pw


@pos("postgres", "password", "rmarkdown")
def p_rmd(g):
    pw = g.hpw()
    text = T("""
        ---
        title: "Weekly retention"
        author: "@@who@@"
        output: html_document
        ---

        ```{r setup, include=FALSE}
        library(DBI)
        library(dplyr)
        library(ggplot2)
        con <- dbConnect(RPostgres::Postgres(),
                         host = "@@host@@",
                         dbname = "analytics",
                         user = "@@user@@",
                         password = "@@pw@@")
        ```

        ## Cohorts

        ```{r cohorts}
        cohorts <- tbl(con, dbplyr::in_schema("@@schema@@", "retention_weekly")) %>% collect()
        ggplot(cohorts, aes(week, retained, colour = cohort)) + geom_line()
        ```
        """, who=g.c(FIRST) + " " + g.c(LAST).title(), host=g.rds_host(), user=g.person(), pw=pw, schema=g.c(SCHEMAS))
    return g.c(["reports/weekly_retention.Rmd", "analysis/retention.Rmd"]), text, pw


@pos("postgres", "password", "julia")
def p_julia(g):
    pw = g.pw()
    text = T("""
        using LibPQ, DataFrames, Statistics

        conn = LibPQ.Connection("host=@@host@@ port=5432 dbname=analytics user=@@user@@ password=@@pw@@ sslmode=require")

        df = DataFrame(execute(conn, "SELECT region, revenue FROM @@schema@@.daily_revenue WHERE day >= now() - interval '90 days'"))
        summary = combine(groupby(df, :region), :revenue => mean => :avg_rev)
        println(summary)
        close(conn)
        """, host=g.rds_host(), user=g.c(SVC_USERS), pw=pw, schema=g.c(SCHEMAS))
    return g.c(["analysis/revenue.jl", "src/revenue_summary.jl"]), text, pw


@pos("oracle", "password", "matlab")
def p_matlab(g):
    pw = g.hpw()
    text = T("""
        % Pull sensor aggregates for the quality dashboard
        datasource = '@@dsn@@';
        username = '@@user@@';
        conn = database(datasource, username, '@@pw@@');

        sqlquery = ['SELECT line_id, AVG(temp_c) AS avg_temp, MAX(vibration) AS max_vib ' ...
                    'FROM telemetry.sensor_readings WHERE ts > SYSDATE - 7 GROUP BY line_id'];
        results = fetch(conn, sqlquery);
        close(conn);

        bar(categorical(results.LINE_ID), results.AVG_TEMP);
        title('Average temperature per line (7 days)');
        """, dsn=g.c(["MES_PROD", "PlantDW", "OracleDW"]), user=g.person(), pw=pw)
    return g.c(["matlab/pull_sensor_data.m", "analysis/sensor_report.m"]), text, pw


@pos("oracle", "password", "sas")
def p_sas(g):
    pw = g.hpw()
    db = g.c(["oracle", "postgres", "teradata"])
    user = g.person()
    schema = g.c(SCHEMAS).upper()
    if db == "oracle":
        lib = 'libname dwh oracle user="%s" password="%s"\n        path="%s" schema="%s" readbuff=5000;' % (user, pw, g.c(["DWPROD", "RISKDB"]), schema)
    elif db == "postgres":
        lib = 'libname dwh postgres server="%s" port=5432\n        database=analytics user="%s" password="%s" schema="%s";' % (g.rds_host(), user, pw, schema.lower())
    else:
        lib = 'libname dwh teradata server="tdprod.%s.internal" user="%s" password="%s"\n        database=%s mode=teradata;' % (g.co(), user, pw, schema)
    text = T("""
        /* autoexec.sas - shared library definitions for the risk team */
        options validvarname=any compress=yes;

        libname staging "/sasdata/staging";
        @@lib@@

        %let run_date = %sysfunc(today(), yymmddn8.);
        %put NOTE: autoexec loaded for &sysuserid on &run_date;
        """, lib=lib)
    return g.c(["sas/autoexec.sas", "autoexec.sas", "config/autoexec.sas"]), text, pw, {"provider": db}


# ===========================================================================
# POSITIVES — SQL scripts
# ===========================================================================
@pos("postgres", "password", "sql")
def p_sql_create_user(g):
    pw = g.pw()
    user = g.c(SVC_USERS)
    text = T("""
        -- provision read-only role for the BI tool
        BEGIN;

        CREATE ROLE @@user@@ WITH LOGIN PASSWORD '@@pw@@' VALID UNTIL '2026-12-31';
        GRANT CONNECT ON DATABASE analytics TO @@user@@;
        GRANT USAGE ON SCHEMA @@schema@@ TO @@user@@;
        GRANT SELECT ON ALL TABLES IN SCHEMA @@schema@@ TO @@user@@;
        ALTER DEFAULT PRIVILEGES IN SCHEMA @@schema@@ GRANT SELECT ON TABLES TO @@user@@;

        COMMIT;
        """, user=user, pw=pw, schema=g.c(SCHEMAS))
    return g.c(["sql/roles/%s.sql" % user, "migrations/V7__bi_role.sql", "db/init/02_roles.sql"]), text, pw


@pos("snowflake", "password", "sql")
def p_sql_sf_user(g):
    pw = g.hpw()
    user = g.c(["LOOKER_SVC", "FIVETRAN_USER", "TABLEAU_SVC", "HEX_SVC"])
    text = T("""
        USE ROLE SECURITYADMIN;

        CREATE USER IF NOT EXISTS @@user@@
          PASSWORD = '@@pw@@'
          DEFAULT_ROLE = REPORTER
          DEFAULT_WAREHOUSE = REPORTING_WH
          MUST_CHANGE_PASSWORD = FALSE
          COMMENT = 'service user for BI';

        GRANT ROLE REPORTER TO USER @@user@@;
        """, user=user, pw=pw)
    return g.c(["snowflake/users/%s.sql" % user.lower(), "sql/admin/create_service_users.sql"]), text, pw


@pos("postgres", "password", "sql")
def p_sql_alter_role(g):
    pw = g.hpw()
    user = g.person()
    text = T("""
        -- rotate credentials after offboarding (ticket DATA-@@tkt@@)
        ALTER ROLE @@user@@ WITH PASSWORD '@@pw@@';
        ALTER ROLE @@user@@ SET search_path = @@schema@@, public;
        REVOKE ALL ON SCHEMA finance FROM @@user@@;
        GRANT USAGE ON SCHEMA @@schema@@ TO @@user@@;
        SELECT rolname, rolvaliduntil FROM pg_roles WHERE rolname = '@@user@@';
        """, tkt=g.i(100, 4999), user=user, pw=pw, schema=g.c(SCHEMAS))
    return g.c(["sql/maintenance/rotate_%s.sql" % user, "ops/sql/rotate_user.sql"]), text, pw


@pos("postgres", "password", "sql")
def p_sql_fdw(g):
    pw = g.pw()
    text = T("""
        CREATE EXTENSION IF NOT EXISTS postgres_fdw;

        CREATE SERVER app_replica
          FOREIGN DATA WRAPPER postgres_fdw
          OPTIONS (host '@@host@@', port '5432', dbname '@@db@@', sslmode 'require');

        CREATE USER MAPPING FOR etl
          SERVER app_replica
          OPTIONS (user '@@ruser@@', password '@@pw@@');

        CREATE SCHEMA IF NOT EXISTS app_remote;
        IMPORT FOREIGN SCHEMA public LIMIT TO (@@t1@@, @@t2@@)
          FROM SERVER app_replica INTO app_remote;
        """, host=g.rds_host(), db=g.c(["app", "shop", "billing"]), ruser=g.c(SVC_USERS), pw=pw, t1=g.c(TABLES), t2=g.c(TABLES))
    return g.c(["sql/fdw/app_replica.sql", "migrations/V21__fdw_app_replica.sql"]), text, pw


@pos("mysql", "password", "sql")
def p_sql_mysql(g):
    pw = g.pw()
    text = T("""
        -- replication user for the CDC connector
        CREATE USER 'debezium'@'%' IDENTIFIED BY '@@pw@@';
        GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'debezium'@'%';
        FLUSH PRIVILEGES;
        SHOW GRANTS FOR 'debezium'@'%';
        """, pw=pw)
    return g.c(["sql/mysql/cdc_user.sql", "db/mysql/init/10-debezium.sql"]), text, pw


# ===========================================================================
# POSITIVES — notebooks, Makefiles, compose, terraform
# ===========================================================================
def ipynb(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    n = 1
    for kind, src, outs in cells:
        lines = src.split("\n")
        srcl = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        if kind == "md":
            nb["cells"].append({"cell_type": "markdown", "metadata": {}, "source": srcl})
        else:
            c = {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [], "source": srcl}
            if outs:
                ol = outs.split("\n")
                c["outputs"].append({"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in ol[:-1]] + [ol[-1]]})
            nb["cells"].append(c)
            n += 1
    return json.dumps(nb, indent=1) + "\n"


@pos("huggingface", "access-token", "jupyter-notebook")
def p_ipynb(g):
    v = g.i(0, 3)
    if v == 0:
        sec = g.hf(); prov, kind = "huggingface", "access-token"
        setup = 'from huggingface_hub import login\nlogin(token="%s")' % sec
    elif v == 1:
        sec = g.openai(); prov, kind = "openai", "api-key"
        setup = 'import os\nos.environ["%s"] = "%s"' % (g.vn(["OPENAI_API_KEY"], ["LLM_KEY"]), sec)
    elif v == 2:
        sec = g.wandb(); prov, kind = "wandb", "api-key"
        setup = 'import wandb\nwandb.login(key="%s")' % sec
    else:
        sec = g.hpw(); prov, kind = "snowflake", "password"
        setup = ('import snowflake.connector\nconn = snowflake.connector.connect(account="%s", user="%s",\n'
                 '                                   password="%s", warehouse="ADHOC_WH")') % (g.sf_account(), g.person().upper(), sec)
    text = ipynb([
        ("md", "# Exploratory analysis: %s\nOwner: %s" % (g.c(["churn drivers", "embedding drift", "pricing test"]), g.person()), None),
        ("code", setup, None),
        ("code", "import pandas as pd\ndf = pd.read_parquet('s3://%s/features/latest.parquet')\ndf.shape" % g.bucket(),
         "(%d, %d)" % (g.i(10000, 900000), g.i(12, 80))),
        ("code", "df.describe().T.head()", None),
    ])
    return g.c(["notebooks/exploration.ipynb", "notebooks/%s_eda.ipynb" % g.person(), "research/analysis.ipynb"]), text, sec, {"provider": prov, "kind": kind}


@pos("dbt-cloud", "service-token", "makefile")
def p_makefile(g):
    v = g.i(0, 1)
    if v == 0:
        sec = g.dbt_cloud(); name = g.vn(["DBT_CLOUD_API_TOKEN"], ["TOKEN", "API_TOKEN"]); over = {}
    else:
        sec = g.dapi(); name = g.vn(["DATABRICKS_TOKEN"], ["TOKEN", "AUTH_TOKEN"]); over = {"provider": "databricks", "kind": "pat"}
    text = T("""
        .PHONY: deps build test docs trigger

        DBT_TARGET ?= dev
        ACCOUNT_ID := @@acct@@
        JOB_ID := @@job@@
        @@name@@ := @@sec@@

        deps:
        	dbt deps

        build: deps
        	dbt build --target $(DBT_TARGET)

        docs:
        	dbt docs generate

        trigger:
        	curl -sf -X POST -H "Authorization: Token $(@@name@@)" \\
        	  https://cloud.getdbt.com/api/v2/accounts/$(ACCOUNT_ID)/jobs/$(JOB_ID)/run/ \\
        	  -d '{"cause": "make trigger"}'
        """, acct=g.digits(5), job=g.digits(6), name=name, sec=sec)
    return g.c(["Makefile", "transform/Makefile"]), text, sec, over


@pos("minio", "root-password", "docker-compose")
def p_compose_stack(g):
    v = g.i(0, 2)
    if v == 0:
        sec = g.pw(); over = {}; line = "MINIO_ROOT_PASSWORD: %s" % sec
        pg = "POSTGRES_PASSWORD_FILE: /run/secrets/pg"
    elif v == 1:
        sec = g.pw(); over = {"provider": "postgres", "kind": "password"}; line = "MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio"
        pg = "POSTGRES_PASSWORD: %s" % sec
    else:
        sec = g.pw(); over = {"provider": "clickhouse", "kind": "password"}; line = "MINIO_ROOT_PASSWORD_FILE: /run/secrets/minio"
        pg = "POSTGRES_PASSWORD_FILE: /run/secrets/pg"
    ch = ("CLICKHOUSE_PASSWORD: %s" % sec) if v == 2 else "CLICKHOUSE_PASSWORD_FILE: /run/secrets/ch"
    text = T("""
        # local modern-data-stack playground
        services:
          minio:
            image: minio/minio:RELEASE.2024-05-10T01-41-38Z
            command: server /data --console-address ":9001"
            environment:
              MINIO_ROOT_USER: lakeadmin
              @@line@@
            ports: ["9000:9000", "9001:9001"]
          postgres:
            image: postgres:16
            environment:
              POSTGRES_USER: warehouse
              @@pg@@
              POSTGRES_DB: warehouse
          clickhouse:
            image: clickhouse/clickhouse-server:24.3
            environment:
              CLICKHOUSE_USER: analytics
              @@ch@@
            ulimits:
              nofile: {soft: 262144, hard: 262144}
        """, line=line, pg=pg, ch=ch)
    return g.c(["docker-compose.yml", "compose.yaml", "stack/docker-compose.yml"]), text, sec, over


@pos("snowflake", "password", "terraform")
def p_tf_sf(g):
    pw = g.hpw()
    text = T("""
        provider "snowflake" {
          organization_name = "@@org@@"
          account_name      = "@@acct@@"
          user              = "TERRAFORM_SVC"
          password          = "@@pw@@"
          role              = "ACCOUNTADMIN"
        }

        resource "snowflake_warehouse" "transforming" {
          name           = "TRANSFORMING"
          warehouse_size = "XSMALL"
          auto_suspend   = 60
          auto_resume    = true
        }

        resource "snowflake_database" "analytics" {
          name = "ANALYTICS"
        }
        """, org=g.rs(UP, 8), acct=g.c(["ANALYTICS", "PROD", "DWH"]), pw=pw)
    return g.c(["terraform/snowflake/main.tf", "infra/snowflake/providers.tf"]), text, pw


@pos("confluent", "cloud-api-secret", "terraform")
def p_tf_confluent(g):
    key, sec = g.confluent_key(), g.confluent_secret()
    text = T("""
        provider "confluent" {
          cloud_api_key    = "@@key@@"
          cloud_api_secret = "@@sec@@"
        }

        resource "confluent_environment" "prod" {
          display_name = "prod"
        }

        resource "confluent_kafka_cluster" "events" {
          display_name = "events"
          availability = "MULTI_ZONE"
          cloud        = "AWS"
          region       = "@@region@@"
          standard {}
          environment {
            id = confluent_environment.prod.id
          }
        }
        """, key=key, sec=sec, region=g.region())
    return g.c(["terraform/confluent/main.tf", "infra/kafka.tf"]), text, sec


@pos("mongodb-atlas", "api-private-key", "terraform")
def p_tf_atlas(g):
    pub, priv = g.rs(LO, 8), g.uuid()
    text = T("""
        provider "mongodbatlas" {
          public_key  = "@@pub@@"
          private_key = "@@priv@@"
        }

        resource "mongodbatlas_cluster" "events" {
          project_id                  = "@@pid@@"
          name                        = "events-archive"
          provider_name               = "AWS"
          provider_region_name        = "@@region@@"
          provider_instance_size_name = "M30"
          cloud_backup                = true
        }
        """, pub=pub, priv=priv, pid=g.hexs(24), region=g.c(["EU_WEST_1", "US_EAST_1", "EU_CENTRAL_1"]))
    return g.c(["terraform/atlas/main.tf", "infra/mongodb.tf"]), text, priv


# ===========================================================================
# POSITIVES — misc analytics SaaS
# ===========================================================================
@pos("motherduck", "access-token", "python")
def p_motherduck(g):
    email = g.email()
    tok = g.motherduck(email)
    v = g.i(0, 1)
    line = ('con = duckdb.connect("md:%s?motherduck_token=%s")' % (g.c(["analytics", "my_db", "events"]), tok)) if v == 0 else \
        ('os.environ["motherduck_token"] = "%s"\ncon = duckdb.connect("md:analytics")' % tok)
    text = T("""
        import os
        import duckdb

        @@line@@

        con.sql(\"\"\"
            CREATE OR REPLACE TABLE daily_signups AS
            SELECT date_trunc('day', created_at) AS day, count(*) AS n
            FROM read_parquet('s3://@@bucket@@/signups/*.parquet')
            GROUP BY 1
        \"\"\")
        print(con.sql("SELECT * FROM daily_signups ORDER BY day DESC LIMIT 7"))
        """, line=line, bucket=g.bucket())
    return g.c(["scripts/load_motherduck.py", "duck/daily_signups.py"]), text, tok


@pos("clickhouse", "cloud-api-secret", "shell")
def p_clickhouse(g):
    kid, sec = g.clickhouse()
    text = T("""
        #!/usr/bin/env bash
        # scale the analytics service before month-end close
        KEY_ID=@@kid@@
        KEY_SECRET=@@sec@@
        ORG=@@org@@
        SERVICE=@@svc@@

        curl -s --user "$KEY_ID:$KEY_SECRET" -X PATCH \\
          -H "Content-Type: application/json" \\
          "https://api.clickhouse.cloud/v1/organizations/$ORG/services/$SERVICE/replicaScaling" \\
          -d '{"minReplicaMemoryGb": 48, "maxReplicaMemoryGb": 120}'
        """, kid=kid, sec=sec, org=g.uuid(), svc=g.uuid())
    return g.c(["ops/scale_clickhouse.sh", "scripts/ch_scale.sh"]), text, sec


@pos("clickhouse", "password", "python")
def p_clickhouse_pw(g):
    pw = g.c([g.hpw(), g.rs(ALNUM + "~._", 16)])
    text = T("""
        import clickhouse_connect

        client = clickhouse_connect.get_client(
            host="@@h@@.@@region@@.aws.clickhouse.cloud",
            port=8443,
            username="default",
            password="@@pw@@",
            secure=True,
        )
        res = client.query("SELECT toStartOfHour(ts) h, count() FROM events.@@tbl@@ GROUP BY h ORDER BY h DESC LIMIT 24")
        for row in res.result_rows:
            print(row)
        """, h=g.rs(LALNUM, 10), region=g.region(), pw=pw, tbl=g.c(TABLES))
    return g.c(["scripts/ch_hourly.py", "analysis/clickhouse_hourly.py"]), text, pw


@pos("elastic", "api-key", "logstash-conf")
def p_elastic(g):
    key = g.elastic_api()
    text = T("""
        input {
          jdbc {
            jdbc_driver_class => "org.postgresql.Driver"
            jdbc_connection_string => "jdbc:postgresql://@@host@@:5432/app"
            jdbc_user => "logstash"
            jdbc_password_filepath => "/usr/share/logstash/secrets/pg"
            schedule => "*/5 * * * *"
            statement => "SELECT * FROM @@tbl@@ WHERE updated_at > :sql_last_value"
          }
        }
        output {
          elasticsearch {
            cloud_id => "@@cloud@@"
            api_key => "@@key@@"
            index => "@@tbl@@-%{+YYYY.MM}"
          }
        }
        """, host=g.rds_host(), tbl=g.c(TABLES), cloud="%s:%s" % (g.c(["prod-search", "analytics"]), g.b64b(60)), key=key)
    return g.c(["logstash/pipeline/sync.conf", "pipelines/logstash.conf"]), text, key


@pos("mongodb-atlas", "password", "dotenv")
def p_atlas_uri(g):
    pw = g.pw(uri=True)
    name = g.vn(["MONGODB_URI", "ATLAS_URI"], ["SOURCE_URI", "DB_URL"])
    text = T("""
        # extraction job for product catalog
        @@name@@=mongodb+srv://@@user@@:@@pw@@@cluster0.@@c@@.mongodb.net/catalog?retryWrites=true&w=majority
        TARGET_BUCKET=s3://@@bucket@@/mongo/catalog
        BATCH_SIZE=5000
        LOG_LEVEL=INFO
        SCHEDULE=hourly
        """, name=name, user=g.c(["etl", "readonly", "analytics"]), pw=pw, c=g.rs(LALNUM, 5), bucket=g.bucket())
    return g.c([".env", "extract/mongo/.env"]), text, pw


@pos("algolia", "admin-api-key", "python")
def p_algolia(g):
    app, key = g.rs(UALNUM, 10), g.hexs(32)
    name = g.vn(["ALGOLIA_ADMIN_KEY", "ALGOLIA_API_KEY"], ["ADMIN_KEY", "WRITE_KEY"])
    text = T("""
        \"\"\"Push the product catalog from the warehouse to the search index.\"\"\"
        from algoliasearch.search_client import SearchClient
        import pandas as pd

        APP_ID = "@@app@@"
        @@name@@ = "@@key@@"

        client = SearchClient.create(APP_ID, @@name@@)
        index = client.init_index("products_@@env@@")

        df = pd.read_parquet("exports/products.parquet")
        records = df.rename(columns={"sku": "objectID"}).to_dict("records")
        index.save_objects(records, {"autoGenerateObjectIDIfNotExist": False})
        """, app=app, name=name, key=key, env=g.c(["prod", "staging"]))
    return g.c(["reverse_etl/push_algolia.py", "jobs/sync_search_index.py"]), text, key


@pos("azure", "storage-connection-string", "python")
def p_azure_conn(g):
    acct = g.az_account()
    key = g.az_key()
    name = g.vn(["AZURE_STORAGE_CONNECTION_STRING"], ["CONN_STR", "BLOB_CONN"])
    text = T("""
        from azure.storage.blob import BlobServiceClient

        @@name@@ = "DefaultEndpointsProtocol=https;AccountName=@@acct@@;AccountKey=@@key@@;EndpointSuffix=core.windows.net"

        svc = BlobServiceClient.from_connection_string(@@name@@)
        container = svc.get_container_client("exports")
        for path in ["daily_kpis.csv", "cohorts.csv"]:
            with open(f"out/{path}", "rb") as fh:
                container.upload_blob(name=f"kpis/{path}", data=fh, overwrite=True)
        """, name=name, acct=acct, key=key)
    return g.c(["export/upload_kpis.py", "scripts/push_to_blob.py"]), text, key


@pos("azure", "sas-token", "dotenv")
def p_azure_sas_env(g):
    acct = g.az_account()
    sas = g.az_sas(g.c(["b", "bf"]))
    sig = sas.split("sig=")[1]
    text = T("""
        AZURE_STORAGE_ACCOUNT=@@acct@@
        AZURE_CONTAINER=landing
        AZURE_SAS_URL=https://@@acct@@.blob.core.windows.net/landing?@@sas@@
        COPY_PARALLELISM=8
        OVERWRITE=false
        """, acct=acct, sas=sas)
    return g.c([".env", "ingest/azcopy.env"]), text, sig


@pos("datadog", "api-key", "airflow-cfg")
def p_datadog(g):
    key = g.hexs(32)
    text = T("""
        [metrics]
        statsd_on = True
        statsd_host = localhost
        statsd_port = 8125
        statsd_prefix = airflow

        [datadog]
        # used by the custom DatadogHook callbacks
        api_key = @@key@@
        site = datadoghq.eu
        tags = env:prod,team:data
        """, key=key)
    return g.c(["config/airflow_metrics.cfg", "airflow/datadog.cfg"]), text, key


@pos("github", "pat", "yaml")
def p_gh_ci(g):
    tok = g.gh_token(g.c(["ghp_", "ghp_", "gho_", "ghs_"]))
    name = g.vn(["GITHUB_TOKEN", "GH_TOKEN"], ["GIT_TOKEN", "TOKEN"])
    text = T("""
        # dbt Cloud / CI job environment
        image: python:3.11
        variables:
          DBT_PROFILES_DIR: ./ci
          @@name@@: @@tok@@
        before_script:
          - git config --global url."https://x-access-token:${@@name@@}@github.com/".insteadOf "https://github.com/"
          - pip install -r requirements.txt
        dbt_build:
          script:
            - dbt deps
            - dbt build --target ci
        """, name=name, tok=tok)
    return g.c([".gitlab-ci.yml", "ci/dbt-ci.yml"]), text, tok, {"kind": "pat" if tok.startswith("ghp_") else "oauth-token"}


# ===========================================================================
# NEGATIVES
# ===========================================================================
def rsa_pub_b64(g):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + \
        bytes([g.i(0xc0, 0xff)]) + g.rbytes(255) + bytes.fromhex("0203010001")
    return base64.b64encode(der).decode()


@neg("snowflake", "env-reference", "dbt-profiles-yaml")
def n_dbt_env(g):
    text = T("""
        @@proj@@:
          target: "{{ env_var('DBT_TARGET', 'dev') }}"
          outputs:
            dev:
              type: snowflake
              account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"
              user: "{{ env_var('SNOWFLAKE_USER') }}"
              password: "{{ env_var('DBT_ENV_SECRET_SNOWFLAKE_PASSWORD') }}"
              role: TRANSFORMER
              database: ANALYTICS
              warehouse: @@wh@@
              schema: "dbt_{{ env_var('USER') }}"
              threads: 8
            prod:
              type: snowflake
              account: @@acct@@
              user: DBT_PROD_SVC
              password: "{{ env_var('DBT_PROD_PASSWORD') }}"
              role: TRANSFORMER_PROD
              database: ANALYTICS
              warehouse: @@wh@@
              schema: analytics
              threads: 16
        """, proj=g.c(["jaffle_shop", "analytics", "dwh"]), wh=g.c(["TRANSFORMING", "DBT_WH"]), acct=g.sf_account())
    return g.c(["profiles.yml", "dbt/profiles.yml", "ci/profiles.yml"]), text


@neg("snowflake", "env-reference", "dbt-profiles-yaml")
def n_dbt_keypair(g):
    text = T("""
        snowflake_keypair:
          target: prod
          outputs:
            prod:
              type: snowflake
              account: @@acct@@
              user: DBT_SVC
              role: TRANSFORMER
              private_key_path: "{{ env_var('SNOWFLAKE_PRIVATE_KEY_PATH', '/opt/dbt/keys/rsa_key.p8') }}"
              private_key_passphrase: "{{ env_var('DBT_ENV_SECRET_PRIVATE_KEY_PASSPHRASE') }}"
              database: ANALYTICS
              warehouse: TRANSFORMING
              schema: PROD
              threads: 8
        """, acct=g.sf_account())
    return g.c(["profiles.yml", "deploy/profiles.yml"]), text


@neg("gcp", "no-secret-auth", "dbt-profiles-yaml")
def n_dbt_bq(g):
    proj = g.gcp_project()
    text = T("""
        bigquery:
          target: dev
          outputs:
            dev:
              type: bigquery
              method: oauth
              project: @@proj@@
              dataset: dbt_@@who@@
              threads: 4
              location: EU
            prod:
              type: bigquery
              method: service-account
              keyfile: /secrets/dbt-runner.json
              project: @@proj@@
              dataset: analytics
              threads: 8
              impersonate_service_account: dbt-runner@@@proj@@.iam.gserviceaccount.com
        """, proj=proj, who=g.person())
    return g.c(["profiles.yml", "dbt/profiles.yml"]), text


@neg("dbt", "template-reference", "dbt-project-yaml")
def n_dbt_project(g):
    text = T("""
        name: 'product_analytics'
        version: '2.3.0'
        config-version: 2
        profile: 'product_analytics'

        vars:
          start_date: '2021-01-01'
          gcp_project: @@proj@@
          events_dataset: analytics_@@ga@@
          mixpanel_project_id: @@mp@@
          segment_source_id: @@seg@@
          api_secret: "{{ env_var('DBT_ENV_SECRET_EXPORT_API') }}"

        models:
          product_analytics:
            +persist_docs: {relation: true, columns: true}
            staging:
              +materialized: view
              +schema: "{{ var('staging_schema', 'staging') }}"
        on-run-end:
          - "{{ grant_select(schema=var('reporting_schema', 'reporting')) }}"
        """, proj=g.gcp_project(), ga=g.digits(9), mp=g.digits(7), seg=g.rs(ALNUM, 10))
    return "dbt_project.yml", text


@neg("github", "commit-sha", "dbt-packages-yaml")
def n_dbt_packages(g):
    text = T("""
        packages:
          - package: dbt-labs/dbt_utils
            version: 1.1.1
          - git: "https://{{ env_var('DBT_ENV_SECRET_GIT_CREDENTIAL') }}@github.com/@@co@@/dbt-shared-macros.git"
            revision: @@sha@@
          - git: "https://github.com/@@co@@/dbt-finance-models.git"
            revision: @@sha2@@
            subdirectory: models
        """, co=g.co(), sha=g.hexs(40), sha2=g.hexs(40))
    return g.c(["packages.yml", "dbt/packages.yml"]), text


@neg("dbt", "checksum", "json")
def n_dbt_manifest(g):
    nodes = {}
    for _ in range(g.i(3, 5)):
        t = g.c(TABLES) + "_" + g.rs(LO, 3)
        nodes["model.analytics.%s" % t] = {"resource_type": "model", "schema": g.c(SCHEMAS), "name": t,
                                           "checksum": {"name": "sha256", "checksum": hashlib.sha256(g.rbytes(16)).hexdigest()},
                                           "config": {"materialized": g.c(["table", "view", "incremental"])}}
    m = {"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v11.json", "dbt_version": "1.7.9",
                      "generated_at": "2024-0%d-%02dT06:12:44.512Z" % (g.i(1, 9), g.i(1, 28)), "invocation_id": g.uuid(),
                      "project_id": hashlib.md5(g.rbytes(8)).hexdigest(), "user_id": g.uuid(), "send_anonymous_usage_stats": False,
                      "adapter_type": "snowflake"}, "nodes": nodes}
    return g.c(["target/manifest.json", "artifacts/manifest.json"]), json.dumps(m, indent=2) + "\n"


@neg("airflow", "secrets-backend-reference", "airflow-cfg")
def n_airflow_cfg(g):
    text = T("""
        [core]
        dags_folder = /opt/airflow/dags
        executor = KubernetesExecutor
        load_examples = False
        fernet_key_cmd = cat /run/secrets/fernet_key

        [database]
        sql_alchemy_conn_secret = sql_alchemy_conn

        [secrets]
        backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
        backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "region_name": "@@region@@"}

        [webserver]
        base_url = https://airflow.@@co@@.internal
        secret_key_cmd = cat /run/secrets/webserver_secret_key

        [smtp]
        smtp_host = smtp.sendgrid.net
        smtp_user = apikey
        smtp_password_secret = smtp_password
        smtp_port = 587
        """, region=g.region(), co=g.co())
    return g.c(["airflow.cfg", "airflow/airflow.cfg"]), text


@neg("postgres", "env-reference", "shell")
def n_airflow_conn_env(g):
    text = T("""
        #!/usr/bin/env bash
        set -euo pipefail
        : "${PG_PASSWORD:?PG_PASSWORD must be set (see 1Password: data-platform/warehouse)}"

        export AIRFLOW_CONN_WAREHOUSE_PG="postgres://etl_loader:${PG_PASSWORD}@@@host@@:5432/analytics?sslmode=require"
        export AIRFLOW_CONN_SNOWFLAKE_DEFAULT="snowflake://${SNOWFLAKE_USER}:${SNOWFLAKE_PASSWORD}@/RAW/PUBLIC?account=@@acct@@&warehouse=LOADING"
        export AIRFLOW_CONN_AWS_DEFAULT='aws://?region_name=@@region@@&role_arn=arn%3Aaws%3Aiam%3A%3A@@aid@@%3Arole%2Fairflow-worker'

        airflow connections list -o table
        """, host=g.rds_host(), acct=g.sf_account().split(".")[0], region=g.region(), aid=g.digits(12))
    return g.c(["scripts/airflow_env.sh", "bin/dev-setup.sh"]), text


@neg("airflow", "template-reference", "airflow-dag-python")
def n_airflow_dag(g):
    text = T("""
        from datetime import datetime

        from airflow import DAG
        from airflow.hooks.base import BaseHook
        from airflow.models import Variable
        from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
        from airflow.providers.http.operators.http import HttpOperator

        FIVETRAN_CONNECTOR = Variable.get("fivetran_connector_id")

        with DAG("refresh_marts", start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False) as dag:
            unload = SQLExecuteQueryOperator(
                task_id="unload",
                conn_id="redshift_dwh",
                sql=\"\"\"
                    UNLOAD ('select * from marts.@@tbl@@')
                    TO 's3://@@bucket@@/unload/@@tbl@@_'
                    CREDENTIALS 'aws_access_key_id={{ conn.aws_default.login }};aws_secret_access_key={{ conn.aws_default.password }}'
                    FORMAT PARQUET
                \"\"\",
            )
            notify = HttpOperator(
                task_id="notify",
                http_conn_id="internal_api",
                endpoint="/hooks/refresh",
                headers={"Authorization": "Bearer {{ var.value.internal_api_token }}"},
                data='{"table": "@@tbl@@"}',
            )
            unload >> notify


        def _debug_conn():
            conn = BaseHook.get_connection("redshift_dwh")
            print(conn.host, conn.login)  # password intentionally not printed
        """, tbl=g.c(TABLES), bucket=g.bucket())
    return g.c(["dags/refresh_marts.py", "airflow/dags/unload.py"]), text


@neg("airflow", "identifier", "airflow-variables-json")
def n_airflow_vars(g):
    d = {"environment": "prod", "s3_landing_bucket": g.bucket(), "dbt_cloud_account_id": g.digits(5),
         "dbt_cloud_job_id": g.digits(6), "dbt_cloud_api_token": "{{ conn.dbt_cloud_default.password }}",
         "fivetran_connector_id": "_".join(g.c(WORDS) for _ in range(2)), "bq_project": g.gcp_project(),
         "slack_channel": "#data-alerts", "snowflake_account": g.sf_account()}
    return g.c(["variables.json", "airflow/variables.json"]), json.dumps(d, indent=4) + "\n"


@neg("snowflake", "env-reference", "astro-airflow-settings-yaml")
def n_airflow_settings(g):
    text = T("""
        airflow:
          connections:
            - conn_id: snowflake_default
              conn_type: snowflake
              conn_schema: STAGING
              conn_login: $SNOWFLAKE_USER
              conn_password: $SNOWFLAKE_PASSWORD
              conn_extra:
                account: @@acct@@
                warehouse: LOADING
                role: LOADER
            - conn_id: google_cloud_default
              conn_type: google_cloud_platform
              conn_extra:
                key_path: /usr/local/airflow/include/gcp/sa.json
                project: @@proj@@
          variables:
            - variable_name: environment
              variable_value: dev
        """, acct=g.sf_account(), proj=g.gcp_project())
    return "airflow_settings.yaml", text


@neg("astronomer", "ci-secret-reference", "github-actions-yaml")
def n_astro_ci(g):
    text = T("""
        name: Deploy to Astro
        on:
          push:
            branches: [main]
        env:
          ASTRO_API_TOKEN: ${{ secrets.ASTRO_API_TOKEN }}
        jobs:
          deploy:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: astronomer/deploy-action@v0.4
                with:
                  deployment-id: cl@@dep@@
        """, dep=g.rs(LALNUM, 23))
    return ".github/workflows/deploy-astro.yml", text


@neg("dagster", "env-reference", "dagster-yaml")
def n_dagster_yaml(g):
    text = T("""
        instance_class:
          module: dagster_cloud.instance
          class: DagsterCloudAgentInstance

        dagster_cloud_api:
          agent_token:
            env: DAGSTER_CLOUD_AGENT_TOKEN
          deployment: prod

        user_code_launcher:
          module: dagster_cloud.workspace.ecs
          class: EcsUserCodeLauncher
          config:
            cluster: @@co@@-dagster
            subnets: [subnet-@@s1@@, subnet-@@s2@@]
        """, co=g.co(), s1=g.hexs(17), s2=g.hexs(17))
    return g.c(["dagster.yaml", "agent/dagster.yaml"]), text


@neg("snowflake", "env-reference", "dagster-python")
def n_dagster_defs(g):
    text = T("""
        from dagster import Definitions, EnvVar
        from dagster_snowflake import SnowflakeResource
        from dagster_dbt import DbtCliResource

        snowflake = SnowflakeResource(
            account=EnvVar("SNOWFLAKE_ACCOUNT"),
            user=EnvVar("SNOWFLAKE_USER"),
            password=EnvVar("SNOWFLAKE_PASSWORD"),
            warehouse="TRANSFORMING",
            database="ANALYTICS",
        )

        defs = Definitions(
            resources={"snowflake": snowflake, "dbt": DbtCliResource(project_dir="transform")},
        )
        """)
    return g.c(["orchestration/definitions.py", "src/pipelines/definitions.py"]), text


@neg("prefect", "secret-block-reference", "prefect-python")
def n_prefect(g):
    text = T("""
        from prefect import flow, task
        from prefect.blocks.system import Secret
        from prefect_aws import AwsCredentials, S3Bucket


        @task(retries=2)
        def extract(day: str):
            token = Secret.load("hubspot-private-app-token").get()
            return {"day": day, "token_len": len(token)}


        @flow(log_prints=True)
        def ingest(day: str = "2024-01-01"):
            creds = AwsCredentials.load("prod-aws")
            bucket = S3Bucket(bucket_name="@@bucket@@", credentials=creds)
            meta = extract(day)
            bucket.write_path(f"hubspot/{day}.json", str(meta).encode())
        """, bucket=g.bucket())
    return g.c(["flows/ingest.py", "prefect/flows/hubspot.py"]), text


@neg("prefect", "placeholder", "toml")
def n_prefect_profiles(g):
    text = T("""
        active = "cloud"

        [profiles.default]
        PREFECT_API_URL = "http://127.0.0.1:4200/api"

        [profiles.cloud]
        PREFECT_API_URL = "https://api.prefect.cloud/api/accounts/@@acc@@/workspaces/@@ws@@"
        # PREFECT_API_KEY = "pnu_..."  <- run `prefect cloud login`, never commit the key
        PREFECT_LOGGING_LEVEL = "INFO"
        """, acc=g.uuid(), ws=g.uuid())
    return g.c(["profiles.toml", "deploy/prefect_profiles.toml"]), text


@neg("aws", "no-secret-auth", "spark-defaults-conf")
def n_spark_defaults(g):
    text = T("""
        spark.master                                   k8s://https://kubernetes.default.svc
        spark.kubernetes.namespace                     spark-jobs
        spark.kubernetes.authenticate.driver.serviceAccountName spark
        spark.hadoop.fs.s3a.impl                       org.apache.hadoop.fs.s3a.S3AFileSystem
        spark.hadoop.fs.s3a.aws.credentials.provider   com.amazonaws.auth.WebIdentityTokenCredentialsProvider
        spark.hadoop.fs.s3a.endpoint                   s3.@@region@@.amazonaws.com
        spark.hadoop.fs.s3a.bucket.@@bucket@@.server-side-encryption-algorithm SSE-KMS
        spark.hadoop.fs.s3a.bucket.@@bucket@@.server-side-encryption.key arn:aws:kms:@@region@@:@@aid@@:key/@@kid@@
        spark.sql.shuffle.partitions                   200
        spark.eventLog.dir                             s3a://@@bucket@@/spark-events
        """, region=g.region(), bucket=g.bucket(), aid=g.digits(12), kid=g.uuid())
    return g.c(["conf/spark-defaults.conf", "spark/spark-defaults.conf"]), text


@neg("databricks", "secret-scope-reference", "databricks-notebook")
def n_dbx_secrets(g):
    acct = g.az_account()
    text = T("""
        # Databricks notebook source
        storage_account = "@@acct@@"
        client_id = dbutils.secrets.get(scope="adls-sp", key="client-id")
        client_secret = dbutils.secrets.get(scope="adls-sp", key="client-secret")
        tenant_id = "@@tenant@@"

        # COMMAND ----------

        spark.conf.set(f"fs.azure.account.auth.type.{storage_account}.dfs.core.windows.net", "OAuth")
        spark.conf.set(f"fs.azure.account.oauth2.client.id.{storage_account}.dfs.core.windows.net", client_id)
        spark.conf.set(f"fs.azure.account.oauth2.client.secret.{storage_account}.dfs.core.windows.net", client_secret)
        spark.conf.set(f"fs.azure.account.oauth2.client.endpoint.{storage_account}.dfs.core.windows.net",
                       f"https://login.microsoftonline.com/{tenant_id}/oauth2/token")

        # COMMAND ----------

        print(client_secret)  # prints [REDACTED] in notebook output
        jdbc_pw = dbutils.secrets.get("warehouse", "jdbc-password")
        """, acct=acct, tenant=g.uuid())
    return g.c(["notebooks/mount_adls.py", "databricks/setup/adls_auth.py"]), text


@neg("aws", "documentation-example-key", "hadoop-core-site-xml")
def n_core_site(g):
    text = T("""
        <?xml version="1.0"?>
        <configuration>
          <!-- Credentials come from the Hadoop credential provider; the values below are the
               AWS documentation examples used by the integration tests against LocalStack. -->
          <property>
            <name>hadoop.security.credential.provider.path</name>
            <value>jceks://hdfs@namenode:8020/user/etl/s3a.jceks</value>
          </property>
          <property>
            <name>fs.s3a.test.access.key</name>
            <value>AKIAIOSFODNN7EXAMPLE</value>
          </property>
          <property>
            <name>fs.s3a.test.secret.key</name>
            <value>wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY</value>
          </property>
          <property>
            <name>fs.s3a.endpoint</name>
            <value>http://localstack:4566</value>
          </property>
        </configuration>
        """)
    return g.c(["src/test/resources/core-site.xml", "hadoop/test/core-site.xml"]), text


@neg("postgres", "env-reference", "trino-catalog-properties")
def n_trino(g):
    text = T("""
        connector.name=postgresql
        connection-url=jdbc:postgresql://@@host@@:5432/app
        connection-user=${ENV:TRINO_PG_USER}
        connection-password=${ENV:TRINO_PG_PASSWORD}
        case-insensitive-name-matching=true
        """, host=g.rds_host())
    return g.c(["etc/catalog/app.properties", "trino/catalog/postgresql.properties"]), text


@neg("aws", "no-secret-auth", "hive-catalog-properties")
def n_hive(g):
    text = T("""
        connector.name=hive
        hive.metastore=glue
        hive.metastore.glue.region=@@region@@
        hive.metastore.glue.iam-role=arn:aws:iam::@@aid@@:role/trino-glue
        hive.s3.iam-role=arn:aws:iam::@@aid@@:role/trino-s3-read
        hive.s3.sse.enabled=true
        hive.storage-format=PARQUET
        """, region=g.region(), aid=g.digits(12))
    return g.c(["etc/catalog/hive.properties", "trino/etc/catalog/lake.properties"]), text


@neg("kafka", "config-provider-reference", "kafka-client-properties")
def n_kafka_provider(g):
    text = T("""
        config.providers=file,env
        config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider
        config.providers.env.class=org.apache.kafka.common.config.provider.EnvVarConfigProvider
        bootstrap.servers=@@bs@@
        security.protocol=SASL_SSL
        sasl.mechanism=PLAIN
        sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${file:/opt/secrets/ccloud.properties:api.key}" password="${file:/opt/secrets/ccloud.properties:api.secret}";
        ssl.truststore.password=${env:KAFKA_TRUSTSTORE_PASSWORD}
        acks=all
        """, bs=g.kafka_bootstrap())
    return g.c(["client.properties", "connect/worker.properties"]), text


@neg("confluent", "api-key-id-only", "kafka-client-properties")
def n_ccloud_keyid(g):
    text = T("""
        # Confluent Cloud — cluster @@lkc@@ in environment @@env@@
        # API key @@key@@ (owner: sa-@@sa@@); the secret lives in Vault at kv/kafka/ccloud
        bootstrap.servers=@@bs@@
        security.protocol=SASL_SSL
        sasl.mechanism=PLAIN
        sasl.username=@@key@@
        sasl.password=${CONFLUENT_API_SECRET}
        schema.registry.url=https://psrc-@@sr@@.@@region@@.aws.confluent.cloud
        """, lkc="lkc-" + g.rs(LALNUM, 5), env="env-" + g.rs(LALNUM, 5), key=g.confluent_key(), sa=g.rs(LALNUM, 6),
        bs=g.kafka_bootstrap(), sr=g.rs(LALNUM, 5), region=g.region())
    return g.c(["config/ccloud.properties", "kafka/client.properties"]), text


@neg("confluent", "env-reference", "kafka-client-properties")
def n_schema_registry(g):
    text = T("""
        schema.registry.url=https://psrc-@@sr@@.@@region@@.aws.confluent.cloud
        basic.auth.credentials.source=USER_INFO
        basic.auth.user.info=${SCHEMA_REGISTRY_API_KEY}:${SCHEMA_REGISTRY_API_SECRET}
        value.converter=io.confluent.connect.avro.AvroConverter
        auto.register.schemas=false
        """, sr=g.rs(LALNUM, 5), region=g.region())
    return g.c(["config/schema-registry.properties", "connect/sr.properties"]), text


@neg("kafka", "config-provider-reference", "kafka-jaas-conf")
def n_jaas(g):
    text = T("""
        KafkaClient {
          org.apache.kafka.common.security.scram.ScramLoginModule required
          username="@@user@@"
          password="${file:/etc/kafka/secrets/client.properties:password}";
        };
        """, user=g.c(["etl-producer", "cdc-consumer", "analytics-reader"]))
    return g.c(["kafka_client_jaas.conf", "config/jaas.conf"]), text


@neg("mysql", "secret-manager-reference", "debezium-connector-json")
def n_debezium(g):
    cfg = {"name": "orders-cdc", "config": {
        "connector.class": "io.debezium.connector.mysql.MySqlConnector",
        "config.providers": "secretsmanager",
        "config.providers.secretsmanager.class": "com.amazonaws.kafka.config.providers.SecretsManagerConfigProvider",
        "config.providers.secretsmanager.param.region": g.region(),
        "database.hostname": g.rds_host(), "database.port": "3306",
        "database.user": "${secretsmanager:prod/debezium/mysql:username}",
        "database.password": "${secretsmanager:prod/debezium/mysql:password}",
        "database.server.id": g.digits(6), "topic.prefix": "shop",
        "table.include.list": "shop.%s" % g.c(TABLES)}}
    return g.c(["connectors/mysql-source.json", "debezium/register-mysql.json"]), json.dumps(cfg, indent=2) + "\n"


@neg("snowflake", "identifier", "snowflake-connections-toml")
def n_sf_toml(g):
    text = T("""
        default_connection_name = "sso"

        [sso]
        account = "@@acct@@"
        user = "@@user@@@@@co@@.com"
        authenticator = "externalbrowser"
        warehouse = "ADHOC_WH"
        role = "ANALYST"

        [keypair]
        account = "@@org@@-@@acctname@@"
        user = "DBT_SVC"
        authenticator = "SNOWFLAKE_JWT"
        private_key_file = "~/.snowflake/keys/rsa_key.p8"
        """, acct=g.sf_account(), user=g.person(), co=g.co(), org=g.rs(UP, 7), acctname=g.c(["ANALYTICS", "PROD"]))
    return g.c([".snowflake/connections.toml", "connections.toml"]), text


@neg("snowflake", "placeholder", "snowsql-config")
def n_snowsql(g):
    text = T("""
        [connections.prod]
        accountname = @@acct@@
        username = @@user@@
        # password: do not store here, export SNOWSQL_PWD or use authenticator below
        authenticator = externalbrowser
        dbname = ANALYTICS
        warehousename = ADHOC_WH

        [options]
        log_level = INFO
        output_format = psql
        """, acct=g.sf_account(), user=g.person())
    return g.c([".snowsql/config", "tools/snowsql.cnf"]), text


@neg("snowflake", "public-key", "snowflake-sql")
def n_sf_pubkey(g):
    pk = rsa_pub_b64(g)
    text = T("""
        -- register key-pair auth for the dbt service user (public half only)
        USE ROLE SECURITYADMIN;
        ALTER USER DBT_SVC SET RSA_PUBLIC_KEY='@@pk@@';
        DESC USER DBT_SVC;
        -- fingerprint check: RSA_PUBLIC_KEY_FP should equal SHA256:@@fp@@
        """, pk=pk, fp=base64.b64encode(hashlib.sha256(pk.encode()).digest()).decode())
    return g.c(["snowflake/users/dbt_svc_keypair.sql", "sql/admin/keypair.sql"]), text


@neg("snowflake", "public-key", "pem")
def n_sf_pub_pem(g):
    b = rsa_pub_b64(g)
    lines = ["-----BEGIN PUBLIC KEY-----"] + [b[k:k + 64] for k in range(0, len(b), 64)] + ["-----END PUBLIC KEY-----"]
    return g.c(["keys/rsa_key.pub", "snowflake/dbt_svc.pub"]), "\n".join(lines) + "\n"


@neg("snowflake", "identifier", "snowflake-sql")
def n_sf_integration(g):
    text = T("""
        USE ROLE ACCOUNTADMIN;

        CREATE STORAGE INTEGRATION IF NOT EXISTS adls_landing_int
          TYPE = EXTERNAL_STAGE
          STORAGE_PROVIDER = 'AZURE'
          ENABLED = TRUE
          AZURE_TENANT_ID = '@@tenant@@'
          STORAGE_ALLOWED_LOCATIONS = ('azure://@@acct@@.blob.core.windows.net/landing/');

        DESC STORAGE INTEGRATION adls_landing_int;

        CREATE OR REPLACE STAGE raw.adls_landing
          URL = 'azure://@@acct@@.blob.core.windows.net/landing/'
          STORAGE_INTEGRATION = adls_landing_int;
        """, tenant=g.uuid(), acct=g.az_account())
    return g.c(["sql/setup/storage_integration.sql", "snowflake/integrations.sql"]), text


@neg("snowflake", "env-reference", "python")
def n_sf_python(g):
    text = T("""
        import os
        import snowflake.connector

        conn = snowflake.connector.connect(
            account=os.environ.get("SNOWFLAKE_ACCOUNT", "@@acct@@"),
            user=os.environ["SNOWFLAKE_USER"],
            password=os.environ["SNOWFLAKE_PASSWORD"],
            warehouse="ADHOC_WH",
            database="ANALYTICS",
        )
        print(conn.cursor().execute("select current_version()").fetchone())
        """, acct=g.sf_account())
    return g.c(["scripts/check_connection.py", "analysis/sf_smoke.py"]), text


@neg("databricks", "no-secret-auth", "databrickscfg")
def n_databrickscfg(g):
    text = T("""
        [DEFAULT]
        host      = https://@@h1@@
        auth_type = databricks-cli
        cluster_id = @@cl@@

        [prod]
        host      = https://@@h2@@
        auth_type = azure-cli
        warehouse_id = @@wh@@
        """, h1=g.dbx_host(), cl="%s-%s-%s" % (g.digits(4), g.digits(6), g.rs(LALNUM, 8)), h2=g.dbx_host(), wh=g.hexs(16))
    return g.c([".databrickscfg", "config/.databrickscfg"]), text


@neg("databricks", "identifier", "json")
def n_dbx_job(g):
    job = {"job_id": int(g.digits(15)), "settings": {"name": "nightly_%s" % g.c(TABLES), "tasks": [
        {"task_key": "ingest", "existing_cluster_id": "%s-%s-%s" % (g.digits(4), g.digits(6), g.rs(LALNUM, 8)),
         "notebook_task": {"notebook_path": "/Repos/%s/pipelines/ingest" % g.email()}},
        {"task_key": "transform", "depends_on": [{"task_key": "ingest"}],
         "sql_task": {"warehouse_id": g.hexs(16), "file": {"path": "sql/transform.sql"}}}],
        "schedule": {"quartz_cron_expression": "0 0 3 * * ?", "timezone_id": "UTC"}},
        "workspace_id": int(g.digits(16)), "creator_user_name": g.email()}
    return g.c(["jobs/nightly.json", "databricks/jobs/nightly.json"]), json.dumps(job, indent=2) + "\n"


@neg("gcp", "workload-identity-config", "gcp-service-account-json")
def n_gcp_wif(g):
    pn = g.digits(12)
    d = {"type": "external_account",
         "audience": "//iam.googleapis.com/projects/%s/locations/global/workloadIdentityPools/github/providers/github-actions" % pn,
         "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
         "token_url": "https://sts.googleapis.com/v1/token",
         "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/dbt-runner@%s.iam.gserviceaccount.com:generateAccessToken" % g.gcp_project(),
         "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
    return g.c(["credentials/wif-config.json", "config/gcp-wif.json"]), json.dumps(d, indent=2) + "\n"


@neg("gcp", "redacted", "gcp-service-account-json")
def n_gcp_redacted(g):
    proj = g.gcp_project()
    d = {"type": "service_account", "project_id": proj, "private_key_id": "<REDACTED>",
         "private_key": "<REDACTED - download from Secret Manager: projects/%s/secrets/bq-loader-key>" % proj,
         "client_email": "bq-loader@%s.iam.gserviceaccount.com" % proj, "client_id": g.digits(21),
         "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token"}
    return g.c(["credentials/service-account.example.json", "docs/sa-key-template.json"]), json.dumps(d, indent=2) + "\n"


@neg("redshift", "no-secret-auth", "jdbc-properties")
def n_redshift_iam(g):
    text = T("""
        spring.datasource.url=jdbc:redshift:iam://@@host@@:5439/analytics?DbUser=reporting_svc&AutoCreate=false&Profile=reporting
        spring.datasource.driver-class-name=com.amazon.redshift.jdbc42.Driver
        spring.datasource.hikari.maximum-pool-size=5
        reporting.schema=@@schema@@
        reporting.export.bucket=s3://@@bucket@@/reports
        """, host=g.rs_host(), schema=g.c(SCHEMAS), bucket=g.bucket())
    return g.c(["src/main/resources/application.properties", "reporting/application.properties"]), text


@neg("aws", "no-secret-auth", "jdbc-url")
def n_athena(g):
    text = T("""
        # DBeaver / SQL Workbench connection for Athena — uses the named AWS profile
        driver=com.simba.athena.jdbc.Driver
        url=jdbc:awsathena://AwsRegion=@@region@@;S3OutputLocation=s3://@@bucket@@/athena-results/;Workgroup=analysts;AwsCredentialsProviderClass=com.simba.athena.amazonaws.auth.profile.ProfileCredentialsProvider;AwsCredentialsProviderArguments=analytics
        catalog=AwsDataCatalog
        schema=@@schema@@
        """, region=g.region(), bucket=g.bucket(), schema=g.c(SCHEMAS))
    return g.c(["tools/athena.jdbc.properties", "sql-workbench/athena.properties"]), text


@neg("postgres", "env-reference", "python")
def n_sqlalchemy(g):
    text = T("""
        import os
        from sqlalchemy import create_engine
        from sqlalchemy.engine import URL

        url = URL.create(
            "postgresql+psycopg2",
            username=os.getenv("PGUSER", "analytics_ro"),
            password=os.environ["PGPASSWORD"],
            host="@@host@@",
            database="analytics",
        )
        engine = create_engine(url, pool_pre_ping=True)
        print(repr(engine.url))  # postgresql+psycopg2://analytics_ro:***@@@host@@/analytics
        """, host=g.rds_host())
    return g.c(["analysis/db.py", "etl/connections.py"]), text


@neg("looker", "placeholder", "looker-ini")
def n_looker(g):
    text = T("""
        [Looker]
        base_url=https://@@co@@.cloud.looker.com
        # API 4 client id and secret: create under Admin > Users > Edit Keys
        client_id=your_API4_client_id
        client_secret=your_API4_client_secret
        verify_ssl=True
        """, co=g.co())
    return g.c(["looker.ini.sample", "looker.ini", "tools/looker/looker.ini"]), text


@neg("tableau", "env-reference", "python")
def n_tableau(g):
    text = T("""
        import os
        import tableauserverclient as TSC

        auth = TSC.PersonalAccessTokenAuth(
            token_name="@@tname@@",
            personal_access_token=os.environ["TABLEAU_PAT_SECRET"],
            site_id="@@site@@",
        )
        server = TSC.Server("https://@@pod@@.online.tableau.com", use_server_version=True)
        with server.auth.sign_in(auth):
            print([p.name for p in TSC.Pager(server.projects)])
        """, tname=g.c(["ci-refresh", "airflow"]), site=g.co(), pod=g.c(["prod-uk-a", "10ax"]))
    return g.c(["scripts/refresh_extracts.py", "tableau/projects.py"]), text


@neg("superset", "placeholder", "superset-config-python")
def n_superset(g):
    text = T("""
        import os

        # Generate a strong key with `openssl rand -base64 42` and set SUPERSET_SECRET_KEY.
        SECRET_KEY = os.environ.get("SUPERSET_SECRET_KEY", "YOUR_OWN_RANDOM_GENERATED_SECRET_KEY")
        SQLALCHEMY_DATABASE_URI = (
            f"postgresql+psycopg2://{os.environ['DATABASE_USER']}:{os.environ['DATABASE_PASSWORD']}"
            f"@{os.environ['DATABASE_HOST']}:5432/superset"
        )
        FEATURE_FLAGS = {"ALERT_REPORTS": True}
        ROW_LIMIT = 50000
        """)
    return g.c(["superset_config.py", "docker/pythonpath_dev/superset_config.py"]), text


@neg("metabase", "secret-file-reference", "docker-compose")
def n_metabase(g):
    text = T("""
        services:
          metabase:
            image: metabase/metabase:v0.49.6
            environment:
              MB_DB_TYPE: postgres
              MB_DB_DBNAME: metabase
              MB_DB_USER: metabase
              MB_DB_PASS_FILE: /run/secrets/mb_db_pass
              MB_DB_HOST: metabase-db
              MB_ENCRYPTION_SECRET_KEY: ${MB_ENCRYPTION_SECRET_KEY:?set in .env}
            secrets:
              - mb_db_pass
        secrets:
          mb_db_pass:
            file: ./secrets/mb_db_pass.txt
        """)
    return g.c(["docker-compose.yml", "bi/docker-compose.yml"]), text


@neg("redash", "placeholder", "dotenv")
def n_redash(g):
    text = T("""
        # copy to /opt/redash/env and fill in
        PYTHONUNBUFFERED=0
        REDASH_LOG_LEVEL=INFO
        REDASH_REDIS_URL=redis://redis:6379/0
        REDASH_COOKIE_SECRET=changeme
        REDASH_SECRET_KEY=changeme
        REDASH_DATABASE_URL=postgresql://redash:<db-password>@postgres/redash
        """)
    return g.c(["redash/env.example", "redash.env.example"]), text


@neg("postgres", "env-reference", "great-expectations-yaml")
def n_gx(g):
    text = T("""
        warehouse_creds:
          drivername: postgresql
          host: @@host@@
          port: '5432'
          username: ${GX_DB_USER}
          password: ${GX_DB_PASSWORD}
          database: analytics
        slack_webhook: ${GX_SLACK_WEBHOOK}
        """, host=g.rds_host())
    return g.c(["great_expectations/uncommitted/config_variables.yml", "gx/config_variables.yml"]), text


@neg("soda", "env-reference", "soda-yaml")
def n_soda(g):
    text = T("""
        data_source snowflake_dw:
          type: snowflake
          username: ${SNOWFLAKE_USER}
          password: ${SNOWFLAKE_PASSWORD}
          account: @@acct@@
          database: ANALYTICS
          warehouse: QA_WH

        soda_cloud:
          host: cloud.soda.io
          api_key_id: ${SODA_API_KEY_ID}
          api_key_secret: ${SODA_API_KEY_SECRET}
        """, acct=g.sf_account())
    return g.c(["soda/configuration.yml", "checks/configuration.yml"]), text


@neg("fivetran", "variable-reference", "terraform")
def n_fivetran_tf(g):
    text = T("""
        variable "fivetran_api_key" {
          type      = string
          sensitive = true
        }

        variable "fivetran_api_secret" {
          type      = string
          sensitive = true
        }

        provider "fivetran" {
          api_key    = var.fivetran_api_key
          api_secret = var.fivetran_api_secret
        }

        resource "fivetran_connector_schedule" "salesforce" {
          connector_id   = "@@conn@@"
          sync_frequency = "360"
        }
        """, conn="_".join(g.c(WORDS) for _ in range(2)))
    return g.c(["terraform/fivetran/main.tf", "infra/fivetran.tf"]), text


@neg("airbyte", "masked", "airbyte-config-json")
def n_airbyte(g):
    cfg = {"sourceId": g.uuid(), "name": "App Postgres", "workspaceId": g.uuid(),
           "connectionConfiguration": {"host": g.rds_host(), "port": 5432, "database": "app", "username": "airbyte",
                                       "password": "**********", "ssl_mode": {"mode": "require"},
                                       "tunnel_method": {"tunnel_method": "SSH_KEY_AUTH", "tunnel_host": "bastion.internal",
                                                         "tunnel_user": "airbyte", "ssh_key": "**********"}}}
    return g.c(["airbyte/sources/postgres.json", "exports/airbyte_source.json"]), json.dumps(cfg, indent=2) + "\n"


@neg("segment", "publishable-key", "html")
def n_segment_js(g):
    wk = g.rs(ALNUM, 32)
    text = T("""
        <!doctype html>
        <html>
          <head>
            <meta charset="utf-8">
            <title>@@co@@ — pricing</title>
            <script>
              !function(){var i="analytics",analytics=window[i]=window[i]||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error("Segment snippet included twice.");else{analytics.invoked=!0;analytics.methods=["track","identify","page"];analytics.load=function(key,n){var t=document.createElement("script");t.type="text/javascript";t.async=!0;t.src="https://cdn.segment.com/analytics.js/v1/"+key+"/analytics.min.js";var r=document.getElementsByTagName("script")[0];r.parentNode.insertBefore(t,r);analytics._loadOptions=n};
              analytics._writeKey="@@wk@@";analytics.SNIPPET_VERSION="5.2.0";
              analytics.load("@@wk@@");
              analytics.page();
              }}();
            </script>
          </head>
          <body><div id="app"></div></body>
        </html>
        """, co=g.co().title(), wk=wk)
    return g.c(["web/public/index.html", "site/pricing.html"]), text


@neg("amplitude", "publishable-key", "javascript")
def n_amplitude_js(g):
    text = T("""
        import * as amplitude from '@amplitude/analytics-browser';

        // Browser SDK API key — public by design, identifies the project only.
        const AMPLITUDE_API_KEY = '@@key@@';

        amplitude.init(AMPLITUDE_API_KEY, undefined, {
          serverZone: 'EU',
          defaultTracking: { sessions: true, pageViews: true },
        });

        export const track = (event, props) => amplitude.track(event, props);
        """, key=g.hexs(32))
    return g.c(["src/analytics/amplitude.js", "web/src/tracking.js"]), text


@neg("mixpanel", "publishable-key", "javascript")
def n_mixpanel_js(g):
    text = T("""
        import mixpanel from 'mixpanel-browser';

        // Project token (not the API secret) — safe to ship to the browser.
        mixpanel.init('@@tok@@', {
          api_host: 'https://api-eu.mixpanel.com',
          track_pageview: true,
          persistence: 'localStorage',
        });

        export default mixpanel;
        """, tok=g.hexs(32))
    return g.c(["src/lib/mixpanel.js", "frontend/src/mixpanel.ts"]), text


@neg("algolia", "publishable-key", "javascript")
def n_algolia(g):
    text = T("""
        // InstantSearch config — search-only API key, safe for the frontend
        export const searchConfig = {
          appId: '@@app@@',
          searchOnlyApiKey: '@@key@@',
          indexName: 'products_prod',
          hitsPerPage: 24,
        };
        """, app=g.rs(UALNUM, 10), key=g.hexs(32))
    return g.c(["src/search/config.js", "web/src/algolia.config.js"]), text


@neg("wandb", "identifier", "yaml")
def n_wandb_meta(g):
    text = T("""
        # summary of the best sweep run (exported from the W&B UI)
        entity: @@ent@@
        project: churn-model
        sweep_id: @@sweep@@
        best_run:
          id: @@run@@
          name: @@n1@@-@@n2@@-@@num@@
          url: https://wandb.ai/@@ent@@/churn-model/runs/@@run@@
          metrics:
            val_auc: 0.8@@auc@@
        artifact:
          name: model-@@run@@:v@@ver@@
          digest: @@dig@@
          commit: @@sha@@
        """, ent=g.co(), sweep=g.rs(LALNUM, 8), run=g.rs(LALNUM, 8), n1=g.c(WORDS), n2=g.c(WORDS), num=g.i(1, 300),
        auc=g.i(100, 999), ver=g.i(1, 30), dig=g.hexs(32), sha=g.hexs(40))
    return g.c(["experiments/best_run.yaml", "models/churn/registry.yaml"]), text


@neg("mlflow", "identifier", "yaml")
def n_mlflow(g):
    rid = g.hexs(32)
    text = T("""
        artifact_path: model
        flavors:
          python_function:
            env:
              conda: conda.yaml
              virtualenv: python_env.yaml
            loader_module: mlflow.sklearn
            model_path: model.pkl
            python_version: 3.11.6
          sklearn:
            pickled_model: model.pkl
            serialization_format: cloudpickle
            sklearn_version: 1.4.2
        mlflow_version: 2.12.1
        model_size_bytes: @@size@@
        model_uuid: @@muuid@@
        run_id: @@rid@@
        utc_time_created: '2024-0@@m@@-1@@d@@ 09:41:07.224812'
        """, size=g.i(100000, 9000000), muuid=g.hexs(32), rid=rid, m=g.i(1, 9), d=g.i(0, 9))
    return g.c(["mlruns/%d/%s/artifacts/model/MLmodel" % (g.i(1, 40), rid), "models/churn/MLmodel"]), text


@neg("clearml", "env-reference", "clearml-conf")
def n_clearml(g):
    text = T("""
        api {
            web_server: https://app.clear.ml
            api_server: https://api.clear.ml
            files_server: https://files.clear.ml
            credentials {
                "access_key" = ${?CLEARML_API_ACCESS_KEY}
                "secret_key" = ${?CLEARML_API_SECRET_KEY}
            }
        }
        sdk.development.default_output_uri: "s3://@@bucket@@/clearml"
        """, bucket=g.bucket())
    return g.c(["clearml.conf", "docker/clearml.conf"]), text


@neg("wandb", "placeholder", "netrc")
def n_netrc(g):
    text = T("""
        # copy to ~/.netrc and chmod 600
        # get your key from https://wandb.ai/authorize
        machine api.wandb.ai
          login user
          password <your-wandb-api-key>
        """)
    return g.c([".netrc.example", "docs/netrc.example"]), text


@neg("snowflake", "placeholder", "renviron")
def n_renviron(g):
    text = T("""
        # template — copy to ~/.Renviron, never commit the real one
        SNOWFLAKE_ACCOUNT=@@acct@@
        SNOWFLAKE_USER=YOUR_USERNAME
        SNOWFLAKE_PWD=changeme
        AWS_SECRET_ACCESS_KEY=
        CONNECT_API_KEY=<paste from Posit Connect>
        """, acct=g.sf_account())
    return g.c([".Renviron.example", "analysis/Renviron.template"]), text


@neg("postgres", "env-reference", "rmarkdown")
def n_rmd(g):
    text = T("""
        ---
        title: "Weekly retention"
        output: html_document
        ---

        ```{r setup, include=FALSE}
        library(DBI)
        con <- dbConnect(RPostgres::Postgres(),
                         host = "@@host@@",
                         dbname = "analytics",
                         user = Sys.getenv("PGUSER"),
                         password = keyring::key_get("warehouse", Sys.getenv("PGUSER")))
        ```

        ```{r}
        dbGetQuery(con, "select count(*) from @@schema@@.retention_weekly")
        ```
        """, host=g.rds_host(), schema=g.c(SCHEMAS))
    return g.c(["reports/weekly_retention.Rmd", "analysis/retention.Rmd"]), text


@neg("postgres", "env-reference", "julia")
def n_julia(g):
    text = T("""
        using LibPQ, DataFrames

        conn = LibPQ.Connection("host=@@host@@ dbname=analytics user=$(ENV["PGUSER"]) password=$(ENV["PGPASSWORD"])")
        df = DataFrame(execute(conn, "SELECT * FROM @@schema@@.daily_revenue LIMIT 100"))
        println(first(df, 5))
        close(conn)
        """, host=g.rds_host(), schema=g.c(SCHEMAS))
    return g.c(["analysis/revenue.jl", "src/revenue_summary.jl"]), text


@neg("oracle", "env-reference", "matlab")
def n_matlab(g):
    text = T("""
        % credentials come from the environment (set by the lab launcher)
        username = getenv('MES_DB_USER');
        password = getenv('MES_DB_PASSWORD');
        conn = database('MES_PROD', username, password);
        results = fetch(conn, 'SELECT line_id, AVG(temp_c) FROM telemetry.sensor_readings GROUP BY line_id');
        close(conn);
        """)
    return g.c(["matlab/pull_sensor_data.m", "analysis/sensor_report.m"]), text


@neg("oracle", "macro-reference", "sas")
def n_sas(g):
    text = T("""
        /* autoexec.sas — credentials resolved via SAS metadata auth domain */
        options validvarname=any compress=yes;
        libname staging "/sasdata/staging";
        libname dwh oracle authdomain="OracleAuth" path="DWPROD" schema="@@schema@@";
        libname mart postgres server="@@host@@" database=analytics user="&pguser." password="&pgpass.";
        %put NOTE: autoexec loaded for &sysuserid;
        """, schema=g.c(SCHEMAS).upper(), host=g.rds_host())
    return g.c(["sas/autoexec.sas", "autoexec.sas"]), text


@neg("postgres", "password-hash", "sql")
def n_sql_hashes(g):
    rows = []
    for _ in range(g.i(4, 7)):
        salt = g.b64b(16).replace("+", ".")[:22]
        h = "$2b$12$" + salt + g.b64b(24).replace("+", ".").replace("/", ".")[:31]
        rows.append("  (%d, '%s', '%s', now())" % (g.i(1000, 9999), g.email(), h))
    text = "-- seed fixture for the auth service integration tests\n" \
           "INSERT INTO app.users (id, email, password_hash, created_at) VALUES\n" + ",\n".join(rows) + ";\n" \
           "\n-- pbkdf2 example row\nINSERT INTO app.legacy_users (id, pw) VALUES (1, 'pbkdf2_sha256$600000$%s$%s');\n" % (
               g.rs(ALNUM, 22), g.b64b(32))
    return g.c(["tests/fixtures/users.sql", "db/seeds/001_users.sql"]), text


@neg("postgres", "hashed-pii", "sql")
def n_sql_pii(g):
    rows = []
    for _ in range(g.i(5, 8)):
        rows.append("  ('%s', '%s', '%s', %d)" % (g.uuid(), hashlib.sha256(g.email().encode()).hexdigest(), g.c(["DE", "FR", "US", "PL", "BR", "JP"]), g.i(1, 40)))
    text = "-- pseudonymised sample for the attribution model tests (email_sha256 = sha256(lower(email)))\n" \
           "INSERT INTO marts.customer_sample (customer_id, email_sha256, country, orders) VALUES\n" + ",\n".join(rows) + ";\n"
    return g.c(["seeds/customer_sample.sql", "tests/data/customer_sample.sql"]), text


@neg("postgres", "password-hash", "sql")
def n_sql_scram(g):
    salt = g.b64b(16)
    text = T("""
        -- output of pg_dumpall --roles-only (verifiers are SCRAM hashes, not passwords)
        CREATE ROLE @@user@@;
        ALTER ROLE @@user@@ WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD 'SCRAM-SHA-256$4096:@@salt@@$@@st@@:@@sv@@';
        CREATE ROLE reporting_ro;
        ALTER ROLE reporting_ro WITH NOLOGIN;
        GRANT reporting_ro TO @@user@@;
        """, user=g.c(SVC_USERS), salt=salt, st=g.b64b(32), sv=g.b64b(32))
    return g.c(["db/roles.sql", "ops/pg_roles_dump.sql"]), text


@neg("postgres", "psql-variable", "sql")
def n_sql_psqlvar(g):
    text = T("""
        -- usage: psql -v app_password="$APP_DB_PASSWORD" -f 02_roles.sql
        \\set ON_ERROR_STOP on
        CREATE ROLE @@user@@ WITH LOGIN PASSWORD :'app_password';
        GRANT CONNECT ON DATABASE analytics TO @@user@@;
        GRANT USAGE ON SCHEMA @@schema@@ TO @@user@@;
        GRANT SELECT ON ALL TABLES IN SCHEMA @@schema@@ TO @@user@@;
        """, user=g.c(SVC_USERS), schema=g.c(SCHEMAS))
    return g.c(["db/init/02_roles.sql", "sql/roles/bi.sql"]), text


@neg("snowflake", "masked-output", "jupyter-notebook")
def n_ipynb(g):
    text = ipynb([
        ("md", "# Warehouse smoke test", None),
        ("code", "from getpass import getpass\nimport snowflake.connector\npwd = getpass('Snowflake password: ')",
         "Snowflake password: ········"),
        ("code", "conn = snowflake.connector.connect(account='%s', user='%s', password=pwd)\nprint(conn)" % (g.sf_account(), g.person().upper()),
         "<snowflake.connector.connection.SnowflakeConnection object at 0x7f%s>" % g.hexs(10)),
        ("code", "print({k: ('******' if 'pass' in k else v) for k, v in cfg.items()})",
         "{'account': '%s', 'user': '%s', 'password': '******', 'token': 'dapi************************%s'}" % (g.sf_account(), g.person(), g.hexs(4))),
    ])
    return g.c(["notebooks/smoke_test.ipynb", "notebooks/%s_scratch.ipynb" % g.person()]), text


@neg("huggingface", "env-reference", "jupyter-notebook")
def n_ipynb_hf(g):
    text = ipynb([
        ("code", "import os\nfrom huggingface_hub import hf_hub_download\ntoken = os.environ.get('HF_TOKEN')  # set in JupyterHub profile", None),
        ("code", "path = hf_hub_download('%s', 'config.json', revision='%s', token=token)\npath" % (
            g.c(["BAAI/bge-large-en-v1.5", "sentence-transformers/all-MiniLM-L6-v2"]), g.hexs(40)),
         "'/home/jovyan/.cache/huggingface/hub/models--x/snapshots/%s/config.json'" % g.hexs(40)),
        ("code", "import hashlib\nhashlib.sha256(open(path,'rb').read()).hexdigest()", "'%s'" % g.hexs(64)),
    ])
    return g.c(["notebooks/embeddings.ipynb", "research/model_pull.ipynb"]), text


@neg("dbt-cloud", "env-reference", "makefile")
def n_makefile(g):
    text = T("""
        .PHONY: build trigger check-env

        DBT_TARGET ?= dev
        ACCOUNT_ID := @@acct@@
        JOB_ID := @@job@@
        DBT_CLOUD_API_TOKEN ?= $(shell op read "op://data/dbt-cloud/token")

        check-env:
        	@test -n "$(DBT_CLOUD_API_TOKEN)" || (echo "DBT_CLOUD_API_TOKEN not set" && exit 1)

        trigger: check-env
        	curl -sf -X POST -H "Authorization: Token $(DBT_CLOUD_API_TOKEN)" \\
        	  https://cloud.getdbt.com/api/v2/accounts/$(ACCOUNT_ID)/jobs/$(JOB_ID)/run/
        """, acct=g.digits(5), job=g.digits(6))
    return g.c(["Makefile", "transform/Makefile"]), text


@neg("postgres", "env-reference", "docker-compose")
def n_compose(g):
    text = T("""
        services:
          postgres:
            image: postgres:16
            environment:
              POSTGRES_USER: warehouse
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
              POSTGRES_DB: warehouse
          minio:
            image: minio/minio:latest
            environment:
              MINIO_ROOT_USER: ${MINIO_ROOT_USER}
              MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD}
          airflow:
            image: apache/airflow:2.9.1
            environment:
              AIRFLOW__CORE__FERNET_KEY: ${AIRFLOW_FERNET_KEY}
              AIRFLOW_CONN_WAREHOUSE: postgres://warehouse:${POSTGRES_PASSWORD}@postgres:5432/warehouse
        """)
    return g.c(["docker-compose.yml", "compose.yaml"]), text


@neg("snowflake", "variable-reference", "terraform")
def n_tf(g):
    text = T("""
        variable "snowflake_password" {
          type      = string
          sensitive = true
        }

        data "aws_secretsmanager_secret_version" "confluent" {
          secret_id = "arn:aws:secretsmanager:@@region@@:@@aid@@:secret:confluent/cloud-api-@@sfx@@"
        }

        locals {
          confluent = jsondecode(data.aws_secretsmanager_secret_version.confluent.secret_string)
        }

        provider "snowflake" {
          organization_name = "@@org@@"
          account_name      = "ANALYTICS"
          user              = "TERRAFORM_SVC"
          password          = var.snowflake_password
        }

        provider "confluent" {
          cloud_api_key    = local.confluent["key"]
          cloud_api_secret = local.confluent["secret"]
        }
        """, region=g.region(), aid=g.digits(12), sfx=g.rs(ALNUM, 6), org=g.rs(UP, 8))
    return g.c(["terraform/providers.tf", "infra/main.tf"]), text


@neg("sops", "ciphertext", "yaml")
def n_sops(g):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (g.b64b(n), g.b64b(32), g.b64b(16))
    text = T("""
        snowflake:
            user: ENC[AES256_GCM,data:@@u@@,iv:@@iv@@,tag:@@tag@@,type:str]
            password: @@p@@
        confluent:
            api_key: @@k@@
            api_secret: @@s@@
        sops:
            kms:
                - arn: arn:aws:kms:@@region@@:@@aid@@:key/@@kid@@
                  created_at: "2024-0@@m@@-0@@d@@T10:11:12Z"
                  enc: @@kmsenc@@
                  aws_profile: ""
            lastmodified: "2024-0@@m@@-0@@d@@T10:11:12Z"
            mac: @@mac@@
            unencrypted_suffix: _unencrypted
            version: 3.8.1
        """, u=g.b64b(9), iv=g.b64b(32), tag=g.b64b(16), p=enc(18), k=enc(16), s=enc(64), region=g.region(), aid=g.digits(12),
        kid=g.uuid(), m=g.i(1, 9), d=g.i(1, 9), kmsenc="AQICAH" + g.b64b(150), mac=enc(32))
    return g.c(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), text


@neg("kubernetes", "ciphertext", "yaml")
def n_sealed(g):
    text = T("""
        apiVersion: bitnami.com/v1alpha1
        kind: SealedSecret
        metadata:
          name: airflow-connections
          namespace: data-platform
        spec:
          encryptedData:
            AIRFLOW_CONN_WAREHOUSE: AgB@@a@@
            AIRFLOW__CORE__FERNET_KEY: AgC@@b@@
          template:
            metadata:
              name: airflow-connections
              namespace: data-platform
        """, a=g.b64b(300), b=g.b64b(250))
    return g.c(["k8s/airflow/sealed-connections.yaml", "deploy/sealedsecret.yaml"]), text


@neg("aws", "ciphertext", "yaml")
def n_kms(g):
    text = T("""
        # Encrypted with `aws kms encrypt --key-id alias/data-platform`; decrypted at startup.
        warehouse:
          host: @@host@@
          user: etl_loader
          password_ciphertext: AQICAHh@@blob@@
        kms_key_alias: alias/data-platform
        region: @@region@@
        """, host=g.rds_host(), blob=g.b64b(180), region=g.region())
    return g.c(["config/prod.yaml", "etl/config/encrypted.yaml"]), text


@neg("data", "checksum", "text")
def n_checksums(g):
    lines = []
    for _ in range(g.i(5, 9)):
        lines.append("%s  data/%s/part-%05d-%s-c000.snappy.parquet" % (g.hexs(64), g.c(TABLES), g.i(0, 199), g.uuid()))
    return g.c(["SHA256SUMS", "data/CHECKSUMS.sha256"]), "\n".join(lines) + "\n"


@neg("dvc", "checksum", "yaml")
def n_dvc(g):
    text = T("""
        outs:
        - md5: @@md5@@.dir
          size: @@size@@
          nfiles: @@n@@
          hash: md5
          path: @@tbl@@
        """, md5=g.hexs(32), size=g.i(10**6, 10**10), n=g.i(2, 400), tbl=g.c(TABLES))
    return g.c(["data/%s.dvc" % g.c(TABLES), "datasets/raw.dvc"]), text


@neg("delta", "identifier", "json")
def n_delta(g):
    lines = [json.dumps({"commitInfo": {"timestamp": g.i(1700000000000, 1730000000000), "operation": "WRITE",
                                        "operationParameters": {"mode": "Append", "partitionBy": "[\"event_date\"]"},
                                        "isolationLevel": "Serializable", "isBlindAppend": True, "txnId": g.uuid()}})]
    for _ in range(g.i(4, 8)):
        lines.append(json.dumps({"add": {"path": "event_date=2024-0%d-%02d/part-%05d-%s.c000.snappy.parquet" % (g.i(1, 9), g.i(1, 28), g.i(0, 99), g.uuid()),
                                         "size": g.i(10000, 90000000), "modificationTime": g.i(1700000000000, 1730000000000), "dataChange": True}}))
    return "tables/%s/_delta_log/%020d.json" % (g.c(TABLES), g.i(0, 400)), "\n".join(lines) + "\n"


@neg("airflow", "masked", "log")
def n_masked_log(g):
    ts = "2024-0%d-%02d" % (g.i(1, 9), g.i(10, 28))
    text = T("""
        [@@ts@@, 03:00:04 UTC] {taskinstance.py:1157} INFO - Dependencies all met for <TaskInstance: refresh_marts.unload scheduled__@@ts@@T02:00:00+00:00 [queued]>
        [@@ts@@, 03:00:04 UTC] {taskinstance.py:1359} INFO - Starting attempt 1 of 3
        [@@ts@@, 03:00:05 UTC] {base.py:73} INFO - Using connection ID 'redshift_dwh' for task execution.
        [@@ts@@, 03:00:05 UTC] {sql.py:418} INFO - Running statement: UNLOAD ('select * from marts.orders') TO 's3://@@bucket@@/unload/orders_' CREDENTIALS 'aws_access_key_id=***;aws_secret_access_key=***' FORMAT PARQUET
        [@@ts@@, 03:00:05 UTC] {logging_mixin.py:188} INFO - conn params: host=@@host@@ user=etl_loader password=****** sslmode=require
        [@@ts@@, 03:00:06 UTC] {http.py:172} INFO - Calling HTTP method with Authorization: Bearer sk-proj-****@@tail@@
        [@@ts@@, 03:00:09 UTC] {taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=refresh_marts, task_id=unload
        """, ts=ts, bucket=g.bucket(), host=g.rs_host(), tail=g.rs(ALNUM, 4))
    return g.c(["logs/dag_id=refresh_marts/run_id=scheduled/task_id=unload/attempt=1.log", "debug/airflow_task.log"]), text


@neg("confluent", "identifier", "yaml")
def n_kafka_ids(g):
    text = T("""
        # Kafka topology (source of truth for the topic-provisioner)
        environment: env-@@env@@
        cluster:
          id: lkc-@@lkc@@
          bootstrap: @@bs@@
          rest_endpoint: https://pkc-@@pkc@@.@@region@@.aws.confluent.cloud:443
        schema_registry:
          id: lsrc-@@lsrc@@
        service_accounts:
          cdc-producer: sa-@@sa1@@
          analytics-reader: sa-@@sa2@@
        api_keys:
          cdc-producer: @@key@@   # secret in Vault kv/kafka/cdc-producer
        topics:
          - name: orders.cdc.v1
            partitions: 12
            retention_ms: 604800000
        """, env=g.rs(LALNUM, 5), lkc=g.rs(LALNUM, 5), bs=g.kafka_bootstrap(), pkc=g.rs(LALNUM, 5), region=g.region(),
        lsrc=g.rs(LALNUM, 5), sa1=g.rs(LALNUM, 6), sa2=g.rs(LALNUM, 6), key=g.confluent_key())
    return g.c(["kafka/topology.yaml", "infra/kafka/cluster.yaml"]), text


@neg("gcp", "identifier", "python")
def n_bq(g):
    proj = g.gcp_project()
    text = T("""
        import google.auth
        from google.cloud import bigquery

        credentials, _ = google.auth.default(scopes=["https://www.googleapis.com/auth/bigquery"])
        client = bigquery.Client(project="@@proj@@", credentials=credentials)

        TABLE_ID = "@@proj@@.analytics_@@ga@@.events_*"
        job = client.query(f"SELECT event_name, COUNT(*) n FROM `{TABLE_ID}` WHERE _TABLE_SUFFIX = '20240301' GROUP BY 1")
        print(job.job_id)  # e.g. job_@@jid@@
        for row in job.result():
            print(row.event_name, row.n)
        """, proj=proj, ga=g.digits(9), jid=g.rs(URLS, 28))
    return g.c(["analysis/ga4_counts.py", "scripts/bq_events.py"]), text


@neg("aws", "test-vector", "python")
def n_sigv4_test(g):
    text = T("""
        \"\"\"Unit tests for our SigV4 signer, using the vectors from the AWS documentation.\"\"\"
        from etl.aws.sigv4 import sign

        ACCESS_KEY = "AKIDEXAMPLE"
        SECRET_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"


        def test_get_vanilla():
            sig = sign("GET", "https://example.amazonaws.com/", region="us-east-1", service="service",
                       amz_date="20150830T123600Z", access_key=ACCESS_KEY, secret_key=SECRET_KEY)
            assert sig == "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        """)
    return g.c(["tests/test_sigv4.py", "etl/tests/test_signer.py"]), text


@neg("vault", "secret-manager-reference", "yaml")
def n_vault_refs(g):
    text = T("""
        # connections resolved at runtime by the loader (see etl/secrets.py)
        connections:
          warehouse:
            type: snowflake
            account: @@acct@@
            user: LOADER_SVC
            password: vault:secret/data/data-platform/snowflake#password
          crm_source:
            type: postgres
            host: @@host@@
            password: secretsmanager:arn:aws:secretsmanager:@@region@@:@@aid@@:secret:crm/readonly-@@sfx@@
          confluent:
            api_key: vault:secret/data/kafka/ccloud#key
            api_secret: vault:secret/data/kafka/ccloud#secret
          wandb:
            api_key: gcpsm://projects/@@proj@@/secrets/wandb-api-key/versions/latest
        """, acct=g.sf_account(), host=g.rds_host(), region=g.region(), aid=g.digits(12), sfx=g.rs(ALNUM, 6), proj=g.gcp_project())
    return g.c(["config/connections.yaml", "etl/connections.yml"]), text


@neg("generic", "placeholder", "dotenv")
def n_env_example(g):
    text = T("""
        # Copy to .env and fill in. Never commit .env
        SNOWFLAKE_ACCOUNT=@@acct@@
        SNOWFLAKE_USER=
        SNOWFLAKE_PASSWORD=<your-password>
        DATABRICKS_HOST=https://@@host@@
        DATABRICKS_TOKEN=dapi...
        OPENAI_API_KEY=sk-...
        LLM_KEY=YOUR_API_KEY
        WANDB_API_KEY=<your-key>
        HF_TOKEN=hf_xxx
        CONFLUENT_API_SECRET=changeme
        AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX
        AWS_SECRET_ACCESS_KEY=
        """, acct=g.sf_account(), host=g.dbx_host())
    return g.c([".env.example", ".env.sample", "config/env.template"]), text


@neg("azure", "documentation-example-key", "docker-compose")
def n_azurite(g):
    text = T("""
        # local blob storage for integration tests (Azurite's published development account)
        services:
          azurite:
            image: mcr.microsoft.com/azure-storage/azurite
            ports: ["10000:10000"]
          tests:
            build: .
            environment:
              AZURE_STORAGE_CONNECTION_STRING: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;"
            depends_on: [azurite]
        """)
    return g.c(["docker-compose.test.yml", "tests/docker-compose.yml"]), text


@neg("mongodb-atlas", "api-key-id-only", "terraform")
def n_atlas(g):
    text = T("""
        provider "mongodbatlas" {
          # public key @@pub@@ belongs to the terraform-ci programmatic key;
          # the private key is injected as MONGODB_ATLAS_PRIVATE_KEY by CI
          public_key = "@@pub@@"
        }

        resource "mongodbatlas_project_ip_access_list" "etl" {
          project_id = "@@pid@@"
          cidr_block = "10.@@a@@.0.0/16"
          comment    = "ETL workers"
        }
        """, pub=g.rs(LO, 8), pid=g.hexs(24), a=g.i(0, 200))
    return g.c(["terraform/atlas/main.tf", "infra/mongodb.tf"]), text


@neg("clickhouse", "env-reference", "shell")
def n_clickhouse(g):
    text = T("""
        #!/usr/bin/env bash
        # usage: KEY_ID=... KEY_SECRET=... ./scale_clickhouse.sh
        : "${KEY_ID:?}" "${KEY_SECRET:?}"
        ORG=@@org@@
        SERVICE=@@svc@@
        curl -s --user "$KEY_ID:$KEY_SECRET" \\
          "https://api.clickhouse.cloud/v1/organizations/$ORG/services/$SERVICE" | jq .result.state
        """, org=g.uuid(), svc=g.uuid())
    return g.c(["ops/scale_clickhouse.sh", "scripts/ch_status.sh"]), text


@neg("openai", "masked", "markdown")
def n_openai_masked(g):
    text = T("""
        # LLM enrichment — runbook

        The job reads its key from `LLM_KEY` (AWS Secrets Manager `data/llm/openai`).
        If you see `401 Incorrect API key provided: sk-proj-****************************@@tail@@`
        the key was rotated; re-run `make sync-secrets`.

        | env | key id (last 4) | owner |
        |-----|-----------------|-------|
        | prod | `...@@t2@@` | data-platform |
        | dev  | `...@@t3@@` | @@who@@ |

        Hugging Face tokens look like `hf_…` — never paste them into notebooks.
        """, tail=g.rs(ALNUM, 4), t2=g.rs(ALNUM, 4), t3=g.rs(ALNUM, 4), who=g.person())
    return g.c(["docs/runbooks/llm_enrichment.md", "README.md"]), text


@neg("github", "ci-secret-reference", "yaml")
def n_gitlab_ci(g):
    text = T("""
        image: python:3.11
        variables:
          DBT_PROFILES_DIR: ./ci
        before_script:
          - git config --global url."https://x-access-token:${GITHUB_TOKEN}@github.com/".insteadOf "https://github.com/"
          - pip install -r requirements.txt
        dbt_build:
          script:
            - dbt deps
            - dbt build --target ci
          # GITHUB_TOKEN is a masked, protected CI/CD variable
        """)
    return g.c([".gitlab-ci.yml", "ci/dbt-ci.yml"]), text


@neg("elastic", "env-reference", "logstash-conf")
def n_elastic(g):
    text = T("""
        output {
          elasticsearch {
            cloud_id => "${ES_CLOUD_ID}"
            api_key => "${ES_API_KEY}"
            index => "@@tbl@@-%{+YYYY.MM}"
            ssl_enabled => true
          }
        }
        """, tbl=g.c(TABLES))
    return g.c(["logstash/pipeline/sync.conf", "pipelines/logstash.conf"]), text


@neg("motherduck", "env-reference", "python")
def n_motherduck(g):
    text = T("""
        import os
        import duckdb

        # motherduck_token is read from the environment by the extension
        assert "motherduck_token" in os.environ, "run `export motherduck_token=...` first"
        con = duckdb.connect("md:@@db@@")
        print(con.sql("SELECT count(*) FROM daily_signups"))
        """, db=g.c(["analytics", "events"]))
    return g.c(["scripts/load_motherduck.py", "duck/daily_signups.py"]), text


@neg("aws", "no-secret-auth", "aws-credentials-ini")
def n_aws_sso(g):
    text = T("""
        [profile data-prod]
        sso_session = @@co@@
        sso_account_id = @@aid@@
        sso_role_name = DataEngineer
        region = @@region@@

        [sso-session @@co@@]
        sso_start_url = https://@@co@@.awsapps.com/start
        sso_region = @@region@@
        sso_registration_scopes = sso:account:access
        """, co=g.co(), aid=g.digits(12), region=g.region())
    return g.c(["aws/config", "docs/aws-config.example"]), text


@neg("aws", "no-secret-auth", "sagemaker-python")
def n_sagemaker(g):
    text = T("""
        import sagemaker
        from sagemaker.xgboost import XGBoost

        sm = sagemaker.Session()
        role = "arn:aws:iam::@@aid@@:role/SageMakerExecutionRole"
        est = XGBoost(entry_point="train.py", framework_version="1.7-1", role=role,
                      instance_count=1, instance_type="ml.m5.2xlarge",
                      output_path="s3://@@bucket@@/models/")
        est.fit({"train": "s3://@@bucket@@/features/train/"})
        print(est.latest_training_job.name)  # xgboost-2024-03-01-10-22-31-@@jid@@
        """, aid=g.digits(12), bucket=g.bucket(), jid=g.digits(3))
    return g.c(["sagemaker/launch_training.py", "ml/launch.py"]), text


@neg("datadog", "env-reference", "airflow-cfg")
def n_datadog(g):
    text = T("""
        [metrics]
        statsd_on = True
        statsd_host = datadog-agent.monitoring.svc
        statsd_port = 8125
        statsd_prefix = airflow
        # DD_API_KEY is injected into the agent DaemonSet from the datadog-secret, not here
        statsd_datadog_enabled = True
        statsd_datadog_tags = env:prod,team:data
        """)
    return g.c(["config/airflow_metrics.cfg", "airflow/datadog.cfg"]), text


@neg("kafka", "env-reference", "flink-sql")
def n_flink(g):
    text = T("""
        -- rendered by envsubst in the deploy job; no literal credentials here
        CREATE TABLE clicks (
          user_id STRING,
          url STRING,
          ts TIMESTAMP(3)
        ) WITH (
          'connector' = 'kafka',
          'topic' = 'clickstream.v1',
          'properties.bootstrap.servers' = '${KAFKA_BOOTSTRAP}',
          'properties.security.protocol' = 'SASL_SSL',
          'properties.sasl.mechanism' = 'PLAIN',
          'properties.sasl.jaas.config' = 'org.apache.kafka.common.security.plain.PlainLoginModule required username="${KAFKA_API_KEY}" password="${KAFKA_API_SECRET}";',
          'format' = 'json'
        );
        """)
    return g.c(["flink/sessionize.sql", "sql/flink/clicks.sql"]), text


@neg("wandb", "env-reference", "python")
def n_wandb_py(g):
    text = T("""
        import os
        import wandb

        # WANDB_API_KEY comes from the job's secret env; fail fast if missing
        if not os.environ.get("WANDB_API_KEY"):
            raise SystemExit("WANDB_API_KEY is not set")

        run = wandb.init(project="@@proj@@", entity="@@ent@@", resume="allow", id="@@rid@@")
        run.log({"epoch": 0, "train/loss": 0.71})
        run.finish()
        """, proj=g.c(["churn-model", "demand-forecast"]), ent=g.co(), rid=g.rs(LALNUM, 8))
    return g.c(["train.py", "src/train.py"]), text


@neg("snowflake", "identifier", "python")
def n_sf_ids(g):
    text = T("""
        # Snowflake account identifiers for each environment (no credentials — SSO only)
        ACCOUNTS = {
            "prod": {"org_account": "@@org@@-ANALYTICS", "locator": "@@loc1@@", "region": "AWS_EU_CENTRAL_1"},
            "dev": {"org_account": "@@org@@-SANDBOX", "locator": "@@loc2@@", "region": "AWS_EU_CENTRAL_1"},
        }
        QUERY_TAG_PREFIX = "looker:"
        STAGE_URL = "s3://@@bucket@@/snowpipe/"
        PIPE_ARN = "arn:aws:sqs:@@region@@:@@aid@@:sf-snowpipe-@@sfx@@"
        """, org=g.rs(UP, 7), loc1=g.rs(UP, 2) + g.digits(5), loc2=g.rs(UP, 2) + g.digits(5), bucket=g.bucket(),
        region=g.region(), aid=g.digits(12), sfx=g.rs(UALNUM, 20))
    return g.c(["config/snowflake_accounts.py", "etl/settings.py"]), text


# ===========================================================================
# Driver
# ===========================================================================
N_POS = 500
N_NEG = 500


def schedule(g, n_items, n):
    order = []
    while len(order) < n:
        idx = list(range(n_items))
        g.r.shuffle(idx)
        order += idx
    return order[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE CONVENTIONS")[0])
        sys.exit("usage: gen_l.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    g = Gen(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []

    for k, ti in enumerate(schedule(g, len(POS), N_POS)):
        provider, kind, ftype, fn = POS[ti]
        for _attempt in range(20):
            g.cur = g.c(COMPANIES)
            res = fn(g)
            path, text, needle = res[0], res[1], res[2]
            if text.count(needle) == 1:
                break
        else:
            raise RuntimeError("needle not unique in %s" % fn.__name__)
        over = res[3] if len(res) > 3 else {}
        rel = "pos/p%04d/%s" % (k, path)
        line = text[:text.index(needle)].count("\n") + 1
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "positive", "provider": over.get("provider", provider),
                         "kind": over.get("kind", kind), "filetype": over.get("filetype", ftype)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    for k, ti in enumerate(schedule(g, len(NEG), N_NEG)):
        provider, kind, ftype, fn = NEG[ti]
        g.cur = g.c(COMPANIES)
        res = fn(g)
        path, text = res[0], res[1]
        over = res[2] if len(res) > 2 else {}
        rel = "neg/n%04d/%s" % (k, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "negative", "provider": over.get("provider", provider),
                         "kind": over.get("kind", kind), "filetype": over.get("filetype", ftype)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for row in manifest:
            fh.write(json.dumps(row) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")

    self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    errors = []
    needles = []
    for row in secrets:
        with open(os.path.join(outdir, row["file"]), encoding="utf-8") as fh:
            text = fh.read()
        lines = text.split("\n")
        n = row["needle"]
        if n not in text:
            errors.append("needle missing: %s" % row["file"])
            continue
        start = text[:text.index(n)].count("\n") + 1
        first = n.split("\n")[0]
        if start != row["line"] or first not in lines[row["line"] - 1]:
            errors.append("needle not on stated line: %s" % row["file"])
        if text.count(n) != 1:
            errors.append("needle occurs %d times: %s" % (text.count(n), row["file"]))
        needles.append(n)
    for row in manifest:
        with open(os.path.join(outdir, row["file"]), encoding="utf-8") as fh:
            text = fh.read()
        nl = text.count("\n") + (0 if text.endswith("\n") else 1)
        if not (5 <= nl <= 80):
            errors.append("line count %d outside 5..80: %s" % (nl, row["file"]))
        if row["label"] == "negative":
            for n in needles:
                if n in text:
                    errors.append("negative %s contains positive needle %r" % (row["file"], n[:20]))
    pos = [r for r in manifest if r["label"] == "positive"]
    neg_ = [r for r in manifest if r["label"] == "negative"]
    print("positives: %d  negatives: %d" % (len(pos), len(neg_)))
    print("positive provider/kind pairs: %d" % len(set((r["provider"], r["kind"]) for r in pos)))
    for title, rows, key in [("POS providers", pos, "provider"), ("POS kinds", pos, "kind"),
                             ("POS filetypes", pos, "filetype"), ("NEG providers", neg_, "provider"),
                             ("NEG kinds", neg_, "kind"), ("NEG filetypes", neg_, "filetype")]:
        c = Counter(r[key] for r in rows)
        print("%s (%d): %s" % (title, len(c), ", ".join("%s=%d" % kv for kv in sorted(c.items(), key=lambda x: (-x[1], x[0])))))
    print("all filetypes: %d" % len(set(r["filetype"] for r in manifest)))
    if errors:
        print("SELF-CHECK FAILED (%d problems)" % len(errors))
        for e in errors[:50]:
            print("  " + e)
        sys.exit(1)
    print("self-check OK")


if __name__ == "__main__":
    main()
