#!/usr/bin/env python3
"""Blind evaluation-set generator "cj" for the keyhook pre-commit secret scanner.

EMPHASIS
    ELT, reverse-ETL and data-integration connector configuration: the files a data
    platform team commits next to Airbyte, Meltano/Singer, dlt, Fivetran, Hightouch,
    Census, Segment, RudderStack, Kafka Connect / Debezium, Airflow and dbt.
    Positives hold exactly one source or destination credential: database passwords and
    connection URLs (Postgres, MySQL, SQL Server, MongoDB, Redshift, Snowflake), Snowflake
    key-pair private keys (PKCS#8, plain or encrypted), BigQuery / GCP service-account JSON,
    SaaS source tokens (Stripe secret/restricted keys, HubSpot private-app tokens, Salesforce
    refresh tokens, Shopify Admin API tokens, Zendesk API tokens, GitHub PATs), platform API
    keys (Fivetran key secret, Airbyte client secret, Hightouch, Census, Segment Public API,
    RudderStack workspace token), Kafka / Confluent SASL secrets, S3 staging secret access
    keys and SFTP passwords.  About half sit under an obvious name (password, api_secret,
    token...), half under a neutral name, inside a URL, a header, a DSN or a positional
    argument.

USAGE
    python3 gen_cj.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED (only
    random.Random(SEED) is used).  manifest lines carry file, label, provider, kind,
    filetype, plus template (positives and negatives) and naming ("obvious" / "subtle",
    positives only) for analysis.  64 positive templates; negatives use those 64 (half) plus
    32 look-alike templates (half).  File types: yaml, json, toml, dotenv, python,
    javascript, typescript, shell, makefile, properties, terraform, sql, markdown, xml, ini,
    go, java, dockerfile, ipynb, pgpass, and for negatives also html, csv, pem.

NEEDLE CONVENTIONS
    * needle = the secret exactly as it appears in the file; "line" = 1-based line of its
      first occurrence.
    * Connection URLs / DSNs / JDBC strings: the needle is only the password part.
    * id/secret pairs (AWS key id + secret, Fivetran key + secret, Confluent key + secret,
      Airbyte client_id + client_secret, Salesforce consumer key + refresh token): the needle
      is the secret half.  When Fivetran credentials are written as a ready-made
      "Authorization: Basic ..." value the needle is that base64 string.
    * PEM private keys (Snowflake key pair, service-account JSON): the needle is the FIRST
      base64 body line of the key (64 chars), written either on its own line or inside a
      "\\n"-escaped JSON/TOML string; "line" is the line holding that body text (for a
      multi-line PEM that is the line after -----BEGIN ...-----).
    * Census tokens include their "secret-token:" prefix in the needle.

NEGATIVES
    Half re-use the positive templates with the secret slot filled by: environment
    references (${VAR}, $VAR, {{ env_var('X') }}, ${{ secrets.X }}, os.environ), secret
    manager / config-provider references (Vault paths, AWS Secrets Manager ARNs, GCP Secret
    Manager names, 1Password op:// refs, Kafka ${file:...} providers), masked values
    (Airbyte "**********", "********", <redacted>), placeholders (<YOUR_API_KEY>), empty
    values, SOPS ciphertext, AWS's documented example key pair and the Fivetran
    documentation's example key/secret.  For PEM slots: public keys or "paste here" stubs.
    The other half are domain look-alikes: Singer catalogs and state bookmarks, Debezium
    offsets / replication slots / LSNs, Airbyte connection & workspace UUID listings,
    Fivetran connector-id listings with masked config, Segment and RudderStack browser
    snippets with write keys (public by design), Stripe publishable keys, Snowflake
    ALTER USER ... RSA_PUBLIC_KEY, dbt sources / manifest hashes, lockfile integrity hashes,
    docker image digests, git SHAs, Kafka Connect status payloads, i18n strings for
    "API key"/"Password" labels, GitHub workflows using ${{ secrets.* }}, Terraform with
    variables only, runbooks that reference env vars.

DOUBTS (formats written from memory / labels a reviewer might dispute)
    * Stripe long secret keys ("sk_live_51" + ~97 chars) lengths are from memory; the short
      24-char body form is the classic documented shape.
    * GitHub classic PAT checksum: last 6 chars = base62(CRC32(random part)) zero-padded,
      from GitHub's blog description; exact alphabet order/padding is from memory.
      Fine-grained "github_pat_" layout 22 + "_" + 59 is from memory.
    * Salesforce refresh tokens: "5Aep861" prefix and ~80-char tail from memory.
    * Airbyte Cloud client_secret (32 alnum), Hightouch API key (UUID-shaped), Census
      workspace key ("secret-token:" + 24-32 alnum), Segment Public API token ("sgp_" + 64
      alnum), RudderStack workspace token (27-char KSUID-like) are all from memory and
      uncertain.  Hightouch keys being UUID-shaped means a positive can look like an id.
    * Confluent Cloud API key (16 upper alnum) / secret (64 base64-ish) from memory.
    * Zendesk API token = 40 alnum from memory.
    * PEM bodies are random bytes behind a correct-looking PKCS#8 DER prefix; they are not
      mathematically valid keys.
    * Negative slot fillers are drawn from one shared pool, so an env reference's syntax does
      not always match the file type (e.g. "{{ env_var('X') }}" inside docker-compose); they
      are still clearly not secrets.
    * "naming" in the manifest is the generator's own judgement; the split is about 57%
      obvious / 43% subtle (schema-fixed connector fields such as Airbyte "password" or
      Debezium "database.password" are always obvious).  In dbt profiles the subtle variant
      hides the literal as the env_var() fallback default.
    * Label disputes: Segment/RudderStack write keys in browser snippets are labelled
      negative (documented as public); a reviewer might object to server-side copies, so
      none are generated.  Stripe publishable keys (pk_live_) are negative.  AWS's
      AKIAIOSFODNN7EXAMPLE pair and Fivetran's documented d9c4511349dd4b86 example key are
      negative.  SOPS ciphertext is negative.  Hightouch UUID-shaped keys are positive.

SEARCHES
    docs/pages corpora: Fivetran REST API authentication (key:secret base64 Basic header,
    documented example key d9c4511349dd4b86 / secret 1f6f2d161365888a1943160ccdb8d968);
    Census Management API auth (Bearer workspace API key / personal access token); Segment
    Public API tokens (Bearer, created under Access Management); HubSpot private-app tokens
    ("pat-" / "pat-na1-" shape); Shopify admin custom-app tokens ("shpat_"); Snowflake
    key-pair auth (openssl pkcs8 rsa_key.p8, private_key_file_pwd).  No scanner rule code
    or regexes were shown by these searches.
"""

import base64
import json
import os
import random
import string
import sys
import zlib

N_POS = 500
N_NEG = 500

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
UPPER_ALNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def uuid4(r):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def date(r, year_lo=2021, year_hi=2025):
    return "%04d-%02d-%02d" % (r.randint(year_lo, year_hi), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02dZ" % (date(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def sha_hex(r, n=40):
    return rs(r, HEX, n)


COMPANIES = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "vandelay",
             "wayne", "stark", "tyrell", "cyberdyne", "soylent", "wonka", "gringotts",
             "pied-piper", "contoso", "fabrikam", "tailspin", "adatum", "litware"]
TEAMS = ["data-platform", "analytics-eng", "growth-data", "revops", "bi", "data-infra"]
SCHEMAS = ["raw", "staging", "analytics", "landing", "ingest", "marts", "public", "src"]
DBNAMES = ["analytics", "warehouse", "app_prod", "orders", "crm", "billing", "core",
           "events", "product", "reporting", "ecommerce", "ledger"]
USERS = ["airbyte", "fivetran_user", "meltano", "etl_loader", "svc_elt", "debezium",
         "replicator", "dlt_loader", "hightouch_ro", "census_reader", "loader", "ingest",
         "dbt_runner", "sync_bot", "kafka_connect", "airflow"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
STREAMS = ["customers", "orders", "invoices", "charges", "subscriptions", "contacts",
           "companies", "deals", "tickets", "users", "products", "line_items",
           "refunds", "balance_transactions", "opportunities", "accounts", "events",
           "issues", "pull_requests", "commits", "organizations", "payouts"]
WORDS = ["harbor", "falcon", "maple", "quartz", "nimbus", "cobalt", "juniper", "saffron",
         "tundra", "ember", "glacier", "meadow", "orbit", "pepper", "raven", "sierra",
         "willow", "zephyr", "copper", "lantern", "canyon", "breeze", "atlas", "mosaic",
         "velvet", "thistle", "comet", "ginger", "harvest", "marble"]


def company(r):
    return pick(r, COMPANIES)


def host(r, kind="pg"):
    c = company(r)
    if kind == "pg":
        return pick(r, ["%s-prod.cluster-c%s.%s.rds.amazonaws.com" % (c, rs(r, LOWER_ALNUM, 10), pick(r, REGIONS)),
                        "pg-%s.internal.%s.io" % (pick(r, ["replica", "primary", "ro"]), c),
                        "db%d.%s.net" % (r.randint(1, 9), c),
                        "%s-db.postgres.database.azure.com" % c,
                        "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))])
    if kind == "mysql":
        return pick(r, ["mysql-%s.%s.internal" % (pick(r, ["primary", "replica"]), c),
                        "%s-mysql.c%s.%s.rds.amazonaws.com" % (c, rs(r, LOWER_ALNUM, 10), pick(r, REGIONS)),
                        "mariadb.%s.lan" % c])
    if kind == "mssql":
        return pick(r, ["%s-sql.database.windows.net" % c, "sqlsrv01.%s.local" % c])
    if kind == "redshift":
        return "%s-dw.c%s.%s.redshift.amazonaws.com" % (c, rs(r, LOWER_ALNUM, 10), pick(r, REGIONS))
    if kind == "mongo":
        return "cluster0.%s.mongodb.net" % rs(r, LOWER_ALNUM, 5)
    if kind == "sftp":
        return pick(r, ["sftp.%s.com" % c, "files.%s-partner.net" % c, "sftp-drop.%s.io" % c])
    return "%s.example.internal" % c


def sf_account(r):
    return pick(r, ["%s%s-%s" % (rs(r, string.ascii_lowercase, 3), rs(r, string.digits, 5), company(r)),
                    "%s%s.%s" % (rs(r, string.ascii_lowercase, 2), rs(r, string.digits, 5), pick(r, ["us-east-1", "eu-west-1", "us-east-2.aws", "east-us-2.azure"])),
                    "%s-%s" % (rs(r, string.ascii_uppercase, 7), rs(r, string.ascii_uppercase + string.digits, 7))])


# ---------------------------------------------------------------------------
# credential generators (positives)
# ---------------------------------------------------------------------------

PW_SYMBOLS = "!%*-_.+^~"
URL_SYMBOLS = "-_.~"


def gen_password(r, urlsafe=False):
    sym = URL_SYMBOLS if urlsafe else PW_SYMBOLS
    style = r.randrange(5)
    if style == 0:   # password-manager style
        n = r.randint(16, 28)
        body = rs(r, ALNUM + sym, n - 1)
        pw = r.choice(string.ascii_letters) + body
    elif style == 1:  # words + digits + symbol
        w1, w2 = r.sample(WORDS, 2)
        pw = "%s%s%s%d%s" % (w1.capitalize(), r.choice(sym), w2.capitalize(), r.randint(10, 9999), r.choice(sym))
    elif style == 2:  # leet human password
        w = pick(r, WORDS).capitalize()
        w = w.replace("a", "4").replace("e", "3").replace("o", "0")
        pw = "%s%s%d%s%s" % (w, r.choice(sym), r.randint(1970, 2025), r.choice(sym), rs(r, string.ascii_uppercase, 2))
    elif style == 3:  # random alnum generated by a DBA script
        pw = r.choice(string.ascii_letters) + rs(r, ALNUM, r.randint(19, 31))
    else:  # passphrase style
        ws = r.sample(WORDS, 3)
        pw = r.choice(sym).join(ws) + str(r.randint(2, 99))
        pw = pw[0].upper() + pw[1:]
    # guarantee at least one digit and one letter for realism
    if not any(ch.isdigit() for ch in pw):
        pw += str(r.randint(0, 9))
    return pw


def gen_stripe(r):
    pre = pick(r, ["sk_live_", "sk_live_", "rk_live_"])
    if r.random() < 0.5:
        return pre + rs(r, ALNUM, 24)
    return pre + "51" + rs(r, ALNUM, 12) + rs(r, ALNUM, 85)


def gen_hubspot(r):
    return "pat-%s-%s" % (pick(r, ["na1", "na1", "eu1", "na2"]), uuid4(r))


def gen_salesforce_refresh(r):
    return "5Aep861" + rs(r, ALNUM + "._", r.randint(76, 84)).strip("._") + rs(r, ALNUM, 3)


def gen_shopify(r):
    return "shpat_" + rs(r, HEX, 32)


def gen_zendesk(r):
    return rs(r, ALNUM, 40)


def b62(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = BASE62[d] + out
    return out.rjust(width, "0")


def gen_github(r):
    if r.random() < 0.6:
        body = rs(r, ALNUM, 30)
        return "ghp_" + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)
    return "github_pat_" + rs(r, UPPER_ALNUM, 2) + rs(r, ALNUM, 20) + "_" + rs(r, ALNUM, 59)


def gen_fivetran_key(r):
    return rs(r, ALNUM, 16)


def gen_fivetran_secret(r):
    return rs(r, ALNUM, 32)


def gen_airbyte_secret(r):
    return rs(r, ALNUM, 32)


def gen_hightouch(r):
    return uuid4(r)


def gen_census(r):
    return "secret-token:" + rs(r, ALNUM, r.choice([24, 32]))


def gen_segment_token(r):
    return "sgp_" + rs(r, ALNUM, 64)


def gen_rudder_token(r):
    return "2" + rs(r, ALNUM, 26)


def gen_aws_key_id(r):
    return "AKIA" + rs(r, string.ascii_uppercase + "234567", 16)


def gen_aws_secret(r):
    return rs(r, ALNUM + "+/", 40)


def gen_confluent_key(r):
    return rs(r, UPPER_ALNUM, 16)


def gen_confluent_secret(r):
    return rs(r, ALNUM + "+/", 64)


def gen_sf_consumer_key(r):
    return "3MVG9" + rs(r, ALNUM + "._", 80)


def _der_len(n):
    return bytes([0x82, (n >> 8) & 0xFF, n & 0xFF])


def pem_lines(kind, raw):
    b = base64.b64encode(raw).decode()
    body = [b[i:i + 64] for i in range(0, len(b), 64)]
    return ["-----BEGIN %s-----" % kind] + body + ["-----END %s-----" % kind]


def gen_private_key(r, encrypted=False):
    rnd = lambda n: bytes(r.getrandbits(8) for _ in range(n))
    if not encrypted:
        # PKCS#8 RSA-2048 PrivateKeyInfo prefix, then random "key material"
        inner_len = 1213 + r.randint(-2, 2)
        head = (b"\x30" + _der_len(inner_len) + b"\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7"
                b"\x0d\x01\x01\x01\x05\x00\x04" + _der_len(inner_len - 22) + b"\x30" +
                _der_len(inner_len - 26) + b"\x02\x01\x00\x02\x82\x01\x01\x00" + bytes([0x80 | r.getrandbits(7)]))
        raw = head + rnd(inner_len + 4 - len(head))
        return pem_lines("PRIVATE KEY", raw)
    inner_len = 1308 + r.randint(-8, 8)
    head = (b"\x30" + _der_len(inner_len) + b"\x30\x4e\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d\x30\x41"
            b"\x30\x29\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0c\x30\x1c\x04\x08" + rnd(8) +
            b"\x02\x02\x08\x00\x30\x0c\x06\x08\x2a\x86\x48\x86\xf7\x0d\x02\x09\x05\x00\x30\x14\x06\x08"
            b"\x2a\x86\x48\x86\xf7\x0d\x03\x07\x04\x08" + rnd(8) + b"\x04" + _der_len(inner_len - 84))
    raw = head + rnd(inner_len + 4 - len(head))
    return pem_lines("ENCRYPTED PRIVATE KEY", raw)


def gen_public_key(r):
    rnd = bytes(r.getrandbits(8) for _ in range(255))
    raw = (b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f"
           b"\x00\x30\x82\x01\x0a\x02\x82\x01\x01\x00" + bytes([0x80 | r.getrandbits(7)]) + rnd +
           b"\x02\x03\x01\x00\x01")
    return pem_lines("PUBLIC KEY", raw)


# (provider, kind) -> generator of the secret value.  PEM kinds return a list of lines.
GEN = {
    ("postgres", "db_password"): lambda r: gen_password(r),
    ("mysql", "db_password"): lambda r: gen_password(r),
    ("sqlserver", "db_password"): lambda r: gen_password(r),
    ("mongodb", "db_password"): lambda r: gen_password(r),
    ("redshift", "db_password"): lambda r: gen_password(r),
    ("snowflake", "password"): lambda r: gen_password(r),
    ("sftp", "password"): lambda r: gen_password(r),
    ("kafka", "sasl_password"): lambda r: gen_password(r),
    ("postgres", "connection_url"): lambda r: gen_password(r, urlsafe=True),
    ("mysql", "connection_url"): lambda r: gen_password(r, urlsafe=True),
    ("redshift", "connection_url"): lambda r: gen_password(r, urlsafe=True),
    ("mongodb", "connection_url"): lambda r: gen_password(r, urlsafe=True),
    ("snowflake", "connection_url"): lambda r: gen_password(r, urlsafe=True),
    ("sqlserver", "connection_url"): lambda r: gen_password(r, urlsafe=True),
    ("snowflake", "private_key"): lambda r: gen_private_key(r, encrypted=r.random() < 0.35),
    ("bigquery", "service_account_json"): lambda r: gen_private_key(r),
    ("stripe", "api_secret_key"): gen_stripe,
    ("hubspot", "private_app_token"): gen_hubspot,
    ("salesforce", "refresh_token"): gen_salesforce_refresh,
    ("shopify", "admin_api_token"): gen_shopify,
    ("zendesk", "api_token"): gen_zendesk,
    ("github", "personal_access_token"): gen_github,
    ("fivetran", "api_secret"): gen_fivetran_secret,
    ("airbyte", "client_secret"): gen_airbyte_secret,
    ("hightouch", "api_key"): gen_hightouch,
    ("census", "api_key"): gen_census,
    ("segment", "public_api_token"): gen_segment_token,
    ("rudderstack", "workspace_token"): gen_rudder_token,
    ("aws", "secret_access_key"): gen_aws_secret,
    ("confluent", "api_secret"): gen_confluent_secret,
}

ENVNAME = {
    "postgres": "PG_PASSWORD", "mysql": "MYSQL_PASSWORD", "sqlserver": "MSSQL_PASSWORD",
    "mongodb": "MONGO_PASSWORD", "redshift": "REDSHIFT_PASSWORD", "snowflake": "SNOWFLAKE_PASSWORD",
    "sftp": "SFTP_PASSWORD", "kafka": "KAFKA_SASL_PASSWORD", "bigquery": "GCP_SA_KEY",
    "stripe": "STRIPE_API_KEY", "hubspot": "HUBSPOT_ACCESS_TOKEN", "salesforce": "SF_REFRESH_TOKEN",
    "shopify": "SHOPIFY_ADMIN_TOKEN", "zendesk": "ZENDESK_API_TOKEN", "github": "GITHUB_TOKEN",
    "fivetran": "FIVETRAN_API_SECRET", "airbyte": "AIRBYTE_CLIENT_SECRET", "hightouch": "HIGHTOUCH_API_KEY",
    "census": "CENSUS_API_KEY", "segment": "SEGMENT_API_TOKEN", "rudderstack": "RUDDER_WORKSPACE_TOKEN",
    "aws": "AWS_SECRET_ACCESS_KEY", "confluent": "CONFLUENT_API_SECRET",
}

AWS_DOC_KEY_ID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
FIVETRAN_DOC_KEY = "d9c4511349dd4b86"
FIVETRAN_DOC_SECRET = "1f6f2d161365888a1943160ccdb8d968"


def gen_fake(r, provider, kind, urlsafe=False):
    """A non-secret value for a secret slot.  Returns (category, value)."""
    env = ENVNAME.get(provider, "SECRET_VALUE")
    if provider == "aws" and r.random() < 0.25:
        return "documentation_example", AWS_DOC_SECRET
    if provider == "fivetran" and r.random() < 0.25:
        return "documentation_example", FIVETRAN_DOC_SECRET
    if urlsafe:
        cat = pick(r, ["env_reference", "env_reference", "masked_value", "placeholder"])
        if cat == "env_reference":
            return cat, pick(r, ["${%s}" % env, "$%s" % env, "%%(%s)s" % env.lower()])
        if cat == "masked_value":
            return cat, pick(r, ["****", "********", "xxxxxxxx", "REDACTED"])
        return cat, pick(r, ["<password>", "PASSWORD", "<%s>" % env.lower()])
    cat = pick(r, ["env_reference", "env_reference", "secret_manager_ref", "masked_value",
                   "placeholder", "empty_value", "ciphertext", "masked_value", "secret_manager_ref"])
    if cat == "env_reference":
        v = pick(r, ["${%s}" % env, "$%s" % env, "{{ env_var('%s') }}" % env,
                     "${{ secrets.%s }}" % env, "${env:%s}" % env, "{{ var.value.%s }}" % env.lower(),
                     "{{ .Env.%s }}" % env, "%%ENV_%s%%" % env])
    elif cat == "secret_manager_ref":
        v = pick(r, ["vault:secret/data/%s/%s#%s" % (pick(r, TEAMS), provider, pick(r, ["password", "token", "api_key"])),
                     "arn:aws:secretsmanager:%s:%d:secret:elt/%s-%s" % (pick(r, REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), provider, rs(r, ALNUM, 6)),
                     "projects/%s-data/secrets/%s-%s/versions/latest" % (company(r), provider, pick(r, ["password", "token", "key"])),
                     "op://Data Platform/%s %s/credential" % (provider.capitalize(), pick(r, ["loader", "source", "prod"])),
                     "${file:/opt/kafka/secrets/%s.properties:%s}" % (provider, pick(r, ["password", "secret"])),
                     "${secretsmanager:elt/%s:%s}" % (provider, pick(r, ["password", "token"])),
                     "sm://%s/%s" % (company(r), env.lower().replace("_", "-"))])
    elif cat == "masked_value":
        v = pick(r, ["**********", "**********", "********", "<redacted>", "REDACTED", "••••••••", "[hidden]"])
    elif cat == "placeholder":
        v = pick(r, ["<YOUR_%s>" % env, "YOUR_%s_HERE" % env, "<paste-%s-here>" % provider,
                     "<%s>" % env.lower(), "{{ %s }}" % env.lower(), "TODO-set-in-vault"])
    elif cat == "empty_value":
        v = ""
    else:
        v = "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(14, 40)))).decode(),
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode())
    return cat, v


def gen_fake_pem(r):
    """Non-secret stand-ins for a PEM slot: list of lines, category."""
    c = r.randrange(3)
    if c == 0:
        return "public_key", gen_public_key(r)
    if c == 1:
        return "placeholder", ["-----BEGIN PRIVATE KEY-----", "<paste the rsa_key.p8 contents here>", "-----END PRIVATE KEY-----"]
    return "placeholder", ["-----BEGIN PRIVATE KEY-----", "...", "-----END PRIVATE KEY-----"]


# ---------------------------------------------------------------------------
# slot: what a template needs to fill in its secret position
# ---------------------------------------------------------------------------

class _Wrapped(object):
    """View of a Slot whose .v renders differently (the needle stays the raw secret)."""

    def __init__(self, slot, rendered):
        self.__dict__["_slot"] = slot
        self.__dict__["_rendered"] = rendered

    @property
    def v(self):
        return self._rendered

    def __getattr__(self, name):
        return getattr(self._slot, name)

    def __setattr__(self, name, value):
        setattr(self._slot, name, value)


class Slot(object):
    def __init__(self, r, neg, provider, kind, value, category, obvious):
        self.r = r
        self.neg = neg
        self.provider = provider
        self.kind = kind
        self.value = value          # str, or list of PEM lines
        self.category = category    # for negatives: what the filler is
        self.obvious = obvious
        self.needle = None          # set by templates that derive the needle

    @property
    def v(self):
        return self.value

    def pem_escaped(self):
        """PEM as a JSON/TOML "\\n"-escaped string body."""
        return "\\n".join(self.value) + "\\n"

    def pem_block(self, indent):
        return "\n".join(indent + ln for ln in self.value)

    def pem_body_oneline(self):
        if len(self.value) > 2 and self.value[0].startswith("-----BEGIN") and "<" not in self.value[1] and self.value[1] != "...":
            return "".join(self.value[1:-1])
        return pick(self.r, ["${SNOWFLAKE_PRIVATE_KEY}", "<base64 body of rsa_key.p8, no header>", ""])

    def name(self, obvious, subtle):
        return pick(self.r, obvious if self.obvious else subtle)

    def companion(self):
        """Public half of an id/secret pair."""
        r = self.r
        p = self.provider
        if p == "aws":
            if self.neg:
                if self.value == AWS_DOC_SECRET:
                    return AWS_DOC_KEY_ID
                return pick(r, ["${AWS_ACCESS_KEY_ID}", "<access-key-id>", ""])
            return gen_aws_key_id(r)
        if p == "fivetran":
            if self.neg and self.value == FIVETRAN_DOC_SECRET:
                return FIVETRAN_DOC_KEY
            return gen_fivetran_key(r)
        if p == "confluent":
            return gen_confluent_key(r)
        if p == "airbyte":
            return uuid4(r)
        if p == "salesforce":
            return gen_sf_consumer_key(r)
        return ""


def ctx_user(r):
    return pick(r, USERS)


def db_host_for(r, provider):
    return host(r, {"postgres": "pg", "mysql": "mysql", "sqlserver": "mssql", "redshift": "redshift",
                    "mongodb": "mongo", "sftp": "sftp"}.get(provider, "pg"))


def db_port(provider):
    return {"postgres": 5432, "mysql": 3306, "sqlserver": 1433, "redshift": 5439,
            "mongodb": 27017, "snowflake": 443}.get(provider, 5432)


def url_scheme(provider):
    return {"postgres": "postgresql", "mysql": "mysql+pymysql", "redshift": "redshift+psycopg2",
            "mongodb": "mongodb+srv", "snowflake": "snowflake", "sqlserver": "mssql+pyodbc"}[provider]


def make_url(r, s, user=None, db=None):
    """Connection URL with the slot value as password."""
    p = s.provider
    user = user or ctx_user(r)
    db = db or pick(r, DBNAMES)
    pw = s.v
    auth = "%s:%s@" % (user, pw) if pw != "" else "%s@" % user
    if p == "snowflake":
        return "snowflake://%s%s/%s/%s?warehouse=%s_WH&role=%s" % (
            auth, sf_account(r), db.upper(), pick(r, SCHEMAS).upper(), pick(r, ["LOADING", "TRANSFORM", "ELT"]), pick(r, ["LOADER", "TRANSFORMER", "AIRBYTE_ROLE"]))
    if p == "mongodb":
        return "mongodb+srv://%s%s/%s?retryWrites=true&w=majority" % (auth, host(r, "mongo"), db)
    if p == "sqlserver":
        return "mssql+pyodbc://%s%s:1433/%s?driver=ODBC+Driver+18+for+SQL+Server" % (auth, host(r, "mssql"), db)
    return "%s://%s%s:%d/%s" % (url_scheme(p), auth, db_host_for(r, p), db_port(p), db)


DB_KINDS = [("postgres", "db_password"), ("mysql", "db_password"), ("sqlserver", "db_password"),
            ("redshift", "db_password"), ("snowflake", "password")]
SQL_DB_KINDS = [("postgres", "db_password"), ("mysql", "db_password"), ("sqlserver", "db_password")]
URL_KINDS = [("postgres", "connection_url"), ("mysql", "connection_url"), ("redshift", "connection_url"),
             ("mongodb", "connection_url"), ("snowflake", "connection_url"), ("sqlserver", "connection_url")]
SAAS_KINDS = [("stripe", "api_secret_key"), ("hubspot", "private_app_token"), ("salesforce", "refresh_token"),
              ("shopify", "admin_api_token"), ("zendesk", "api_token"), ("github", "personal_access_token")]
PLATFORM_KINDS = [("fivetran", "api_secret"), ("airbyte", "client_secret"), ("hightouch", "api_key"),
                  ("census", "api_key"), ("segment", "public_api_token"), ("rudderstack", "workspace_token")]


def airbyte_def_id(r):
    return uuid4(r)


# ---------------------------------------------------------------------------
# templates.  Each: fn(r, s) -> (relpath, text, filetype)
# ---------------------------------------------------------------------------

def t_airbyte_source_db_json(r, s):
    p = s.provider
    name = "%s-%s" % (p, pick(r, ["prod", "replica", "orders", "billing", "core"]))
    pwkey = s.name(["password"], ["password"])
    if p == "postgres":
        repl = ('    "replication_method": {\n      "method": "CDC",\n      "replication_slot": "airbyte_slot",\n'
                '      "publication": "airbyte_publication",\n      "initial_waiting_seconds": 300\n    },\n')
    elif p == "mysql":
        repl = '    "replication_method": {\n      "method": "CDC",\n      "server_time_zone": "UTC"\n    },\n'
    else:
        repl = '    "replication_method": {\n      "method": "STANDARD"\n    },\n'
    text = ('{\n  "name": "%s",\n  "sourceDefinitionId": "%s",\n  "workspaceId": "%s",\n'
            '  "connectionConfiguration": {\n    "host": "%s",\n    "port": %d,\n    "database": "%s",\n'
            '    "schemas": ["%s"],\n    "username": "%s",\n    "%s": "%s",\n    "ssl_mode": {\n      "mode": "%s"\n    },\n'
            '%s    "tunnel_method": {\n      "tunnel_method": "NO_TUNNEL"\n    }\n  }\n}\n') % (
        name, airbyte_def_id(r), uuid4(r), db_host_for(r, p), db_port(p), pick(r, DBNAMES), pick(r, SCHEMAS),
        ctx_user(r), pwkey, s.v, pick(r, ["require", "verify-full", "prefer"]), repl)
    path = pick(r, ["airbyte/sources/%s/configuration.json" % name, "infra/airbyte/%s-source.json" % name,
                    "connectors/airbyte/source_%s.json" % name.replace("-", "_")])
    return path, text, "json"


def t_octavia_dest_snowflake_yaml(r, s):
    dest = pick(r, ["snowflake_prod", "snowflake_analytics", "snowflake_raw"])
    text = ("# Configuration for airbyte/destination-snowflake\n"
            "# Documentation about this connector can be found at https://docs.airbyte.com/integrations/destinations/snowflake\n"
            "resource_name: \"%s\"\n"
            "definition_type: destination\n"
            "definition_id: %s\n"
            "definition_image: airbyte/destination-snowflake\n"
            "definition_version: %d.%d.%d\n\n"
            "configuration:\n"
            "  host: \"%s.snowflakecomputing.com\"\n"
            "  role: \"AIRBYTE_ROLE\"\n"
            "  warehouse: \"AIRBYTE_WAREHOUSE\"\n"
            "  database: \"%s\"\n"
            "  schema: \"%s\"\n"
            "  username: \"%s\"\n"
            "  credentials:\n"
            "    auth_type: \"Username and Password\"\n"
            "    password: \"%s\"\n"
            "  loading_method:\n"
            "    method: \"Internal Staging\"\n"
            "  use_1s1t_format: true\n") % (
        dest, uuid4(r), r.randint(0, 3), r.randint(0, 40), r.randint(0, 9), sf_account(r),
        pick(r, ["RAW", "AIRBYTE_DATABASE", "LANDING"]), pick(r, ["AIRBYTE_SCHEMA", "PUBLIC", "STRIPE"]),
        pick(r, ["AIRBYTE_USER", "LOADER", "SVC_AIRBYTE"]), s.v)
    return "octavia/destinations/%s/configuration.yaml" % dest, text, "yaml"


def t_octavia_snowflake_keypair(r, s):
    dest = pick(r, ["snowflake_keypair", "snowflake_prod", "warehouse"])
    text = ("# Configuration for airbyte/destination-snowflake (key pair auth)\n"
            "resource_name: \"%s\"\n"
            "definition_type: destination\n"
            "definition_id: %s\n"
            "definition_image: airbyte/destination-snowflake\n"
            "definition_version: 3.%d.%d\n\n"
            "configuration:\n"
            "  host: \"%s.snowflakecomputing.com\"\n"
            "  role: \"AIRBYTE_ROLE\"\n"
            "  warehouse: \"AIRBYTE_WAREHOUSE\"\n"
            "  database: \"RAW\"\n"
            "  schema: \"%s\"\n"
            "  username: \"AIRBYTE_USER\"\n"
            "  credentials:\n"
            "    auth_type: \"Key Pair Authentication\"\n"
            "    private_key: |\n%s\n%s"
            "  raw_data_schema: \"airbyte_internal\"\n"
            "  disable_type_dedupe: false\n") % (
        dest, uuid4(r), r.randint(0, 15), r.randint(0, 9), sf_account(r), pick(r, ["PUBLIC", "HUBSPOT", "ERP"]),
        s.pem_block("      "), "    private_key_password: ${SNOWFLAKE_KEY_PASSPHRASE}\n" if "ENCRYPTED" in s.value[0] else "")
    return "octavia/destinations/%s/configuration.yaml" % dest, text, "yaml"


def t_airbyte_source_saas_json(r, s):
    p = s.provider
    wid = uuid4(r)
    start = ts(r)
    if p == "stripe":
        conf = '    "account_id": "acct_%s",\n    "client_secret": "%s",\n    "start_date": "%s",\n    "lookback_window_days": 0,\n    "slice_range": 365' % (rs(r, ALNUM, 16), s.v, start)
    elif p == "hubspot":
        conf = '    "credentials": {\n      "credentials_title": "Private App Credentials",\n      "access_token": "%s"\n    },\n    "start_date": "%s"' % (s.v, start)
    elif p == "shopify":
        conf = '    "shop": "%s-store",\n    "credentials": {\n      "auth_method": "api_password",\n      "api_password": "%s"\n    },\n    "start_date": "%s"' % (company(r), s.v, start[:10])
    elif p == "zendesk":
        conf = '    "subdomain": "%s",\n    "start_date": "%s",\n    "credentials": {\n      "credentials": "api_token",\n      "email": "ops@%s.com",\n      "api_token": "%s"\n    }' % (company(r), start, company(r), s.v)
    elif p == "github":
        conf = '    "repositories": ["%s/%s", "%s/%s"],\n    "credentials": {\n      "option_title": "PAT Credentials",\n      "personal_access_token": "%s"\n    },\n    "start_date": "%s"' % (company(r), pick(r, ["api", "web", "infra"]), company(r), pick(r, ["mobile", "data", "docs"]), s.v, start)
    else:  # salesforce
        conf = '    "is_sandbox": false,\n    "auth_type": "Client",\n    "client_id": "%s",\n    "client_secret": "**********",\n    "refresh_token": "%s",\n    "start_date": "%s"' % (s.companion(), s.v, start)
    text = '{\n  "sourceType": "%s",\n  "name": "%s %s",\n  "workspaceId": "%s",\n  "configuration": {\n%s\n  }\n}\n' % (
        p, p.capitalize(), pick(r, ["Production", "Prod", "Main"]), wid, conf)
    path = pick(r, ["airbyte/sources/source-%s.json" % p, "terraform/airbyte/payloads/%s_source.json" % p,
                    "platform/airbyte/sources/%s.json" % p])
    return path, text, "json"


def t_octavia_source_saas_yaml(r, s):
    p = s.provider
    keyname = {"stripe": "client_secret", "hubspot": "access_token", "shopify": "api_password",
               "zendesk": "api_token", "github": "personal_access_token", "salesforce": "refresh_token"}[p]
    extra = {"stripe": "  account_id: acct_%s\n" % rs(r, ALNUM, 16),
             "hubspot": "  credentials_title: Private App Credentials\n",
             "shopify": "  shop: %s\n" % company(r),
             "zendesk": "  subdomain: %s\n  email: data@%s.com\n" % (company(r), company(r)),
             "github": "  repository: %s/*\n" % company(r),
             "salesforce": "  client_id: %s\n  client_secret: ${SALESFORCE_CLIENT_SECRET}\n  is_sandbox: false\n" % s.companion()}[p]
    text = ("# Configuration for airbyte/source-%s\n"
            "# Documentation about this connector can be found at https://docs.airbyte.com/integrations/sources/%s\n"
            "resource_name: \"%s_prod\"\n"
            "definition_type: source\n"
            "definition_id: %s\n"
            "definition_image: airbyte/source-%s\n"
            "definition_version: %d.%d.%d\n\n"
            "# EDIT THE CONFIGURATION BELOW!\n"
            "configuration:\n%s"
            "  %s: %s\n"
            "  start_date: \"%s\"\n") % (p, p, p, uuid4(r), p, r.randint(0, 5), r.randint(0, 30), r.randint(0, 9),
                                         extra, keyname, s.v, ts(r))
    return "octavia/sources/%s_prod/configuration.yaml" % p, text, "yaml"


MELTANO_TAPS = {
    "postgres": ("tap-postgres", "meltanolabs", "password", "host: %s\n        port: 5432\n        user: %s\n        database: %s"),
    "mysql": ("tap-mysql", "transferwise", "password", "host: %s\n        port: 3306\n        user: %s\n        database: %s"),
    "stripe": ("tap-stripe", "prratek", "api_key", "start_date: '%s'"),
    "github": ("tap-github", "meltanolabs", "auth_token", "repositories:\n          - %s"),
    "zendesk": ("tap-zendesk", "twilio-labs", "api_token", "subdomain: %s"),
    "hubspot": ("tap-hubspot", "meltanolabs", "access_token", "start_date: '%s'"),
    "shopify": ("tap-shopify", "hotgluexyz", "access_token", "shop: %s"),
}


def t_meltano_yml(r, s):
    p = s.provider
    tap, variant, keyname, rest = MELTANO_TAPS[p]
    if p in ("postgres", "mysql"):
        rest = rest % (db_host_for(r, p), ctx_user(r), pick(r, DBNAMES))
    elif p in ("stripe", "hubspot"):
        rest = rest % date(r)
    elif p == "github":
        rest = rest % ("%s/%s" % (company(r), pick(r, ["api", "web", "sdk"])))
    else:
        rest = rest % company(r)
    if not s.obvious:
        keyname = {"password": "password", "api_key": "api_key"}.get(keyname, keyname)
    text = ("version: 1\n"
            "default_environment: dev\n"
            "project_id: %s\n"
            "environments:\n- name: dev\n- name: staging\n- name: prod\n"
            "plugins:\n"
            "  extractors:\n"
            "  - name: %s\n"
            "    variant: %s\n"
            "    pip_url: git+https://github.com/%s/%s.git\n"
            "    config:\n"
            "        %s\n"
            "        %s: %s\n"
            "    select:\n    - '%s.*'\n    - '%s.*'\n"
            "  loaders:\n"
            "  - name: target-snowflake\n"
            "    variant: meltanolabs\n"
            "    pip_url: meltanolabs-target-snowflake\n"
            "    config:\n"
            "      account: %s\n"
            "      database: RAW\n"
            "      user: MELTANO\n"
            "      default_target_schema: %s\n"
            "  utilities:\n  - name: dbt-snowflake\n    variant: dbt-labs\n") % (
        uuid4(r), tap, variant, variant, tap, rest, keyname, s.v, pick(r, STREAMS), pick(r, STREAMS),
        sf_account(r), tap.replace("tap-", "").upper())
    return pick(r, ["meltano.yml", "elt/meltano.yml", "meltano/meltano.yml"]), text, "yaml"


def t_meltano_env(r, s):
    p = s.provider
    tap = {"postgres": "TAP_POSTGRES", "mysql": "TAP_MYSQL", "snowflake": "TARGET_SNOWFLAKE",
           "stripe": "TAP_STRIPE", "github": "TAP_GITHUB", "zendesk": "TAP_ZENDESK",
           "hubspot": "TAP_HUBSPOT", "shopify": "TAP_SHOPIFY", "redshift": "TARGET_REDSHIFT"}[p]
    if s.obvious:
        key = {"postgres": "PASSWORD", "mysql": "PASSWORD", "snowflake": "PASSWORD", "redshift": "PASSWORD",
               "stripe": "API_KEY", "github": "AUTH_TOKEN", "zendesk": "API_TOKEN", "hubspot": "ACCESS_TOKEN",
               "shopify": "ACCESS_TOKEN"}[p]
    else:
        key = pick(r, ["CREDENTIAL", "AUTH", "PW", "KEY_VALUE", "LOGIN_VALUE"])
    lines = ["# meltano environment for local runs (%s)" % pick(r, ["dev", "staging", "backfill"]),
             "MELTANO_ENVIRONMENT=%s" % pick(r, ["dev", "staging", "prod"]),
             "MELTANO_SEND_ANONYMOUS_USAGE_STATS=false",
             "MELTANO_DATABASE_URI=sqlite:///.meltano/meltano.db",
             ""]
    if p in ("postgres", "mysql", "redshift", "snowflake"):
        lines += ["%s_HOST=%s" % (tap, db_host_for(r, p) if p != "snowflake" else sf_account(r)),
                  "%s_USER=%s" % (tap, ctx_user(r))]
    else:
        lines += ["%s_START_DATE=%s" % (tap, ts(r))]
    lines += ["%s_%s=%s" % (tap, key, s.v),
              "",
              "TARGET_SNOWFLAKE_ACCOUNT=%s" % sf_account(r) if p != "snowflake" else "TARGET_SNOWFLAKE_DATABASE=RAW",
              "TARGET_SNOWFLAKE_DEFAULT_TARGET_SCHEMA=%s" % pick(r, SCHEMAS).upper(),
              "DBT_TARGET=%s" % pick(r, ["dev", "ci"])]
    return pick(r, [".env", "elt/.env", ".env.local", "meltano/.env"]), "\n".join(lines) + "\n", "dotenv"


SINGER_FIELDS = {
    "stripe": ["client_secret", "secret_key"],
    "github": ["access_token", "token"],
    "zendesk": ["api_token", "token"],
    "hubspot": ["access_token", "private_app_token"],
    "shopify": ["api_key", "access_token"],
    "salesforce": ["refresh_token"],
}


def t_singer_config_json(r, s):
    p = s.provider
    key = pick(r, SINGER_FIELDS[p]) if s.obvious else pick(r, ["auth", "credential", "value"])
    fields = []
    if p == "stripe":
        fields = [("account_id", "acct_%s" % rs(r, ALNUM, 16)), (key, s.v), ("start_date", ts(r))]
    elif p == "github":
        fields = [(key, s.v), ("repository", "%s/%s %s/%s" % (company(r), pick(r, ["api", "web"]), company(r), pick(r, ["etl", "infra"]))), ("start_date", ts(r))]
    elif p == "zendesk":
        fields = [("email", "data-eng@%s.com" % company(r)), (key, s.v), ("subdomain", company(r)), ("start_date", ts(r))]
    elif p == "hubspot":
        fields = [(key, s.v), ("start_date", ts(r)), ("disable_collection", "true")]
    elif p == "shopify":
        fields = [("shop", "%s-shop" % company(r)), (key, s.v), ("start_date", date(r)), ("results_per_page", "250")]
    else:
        fields = [("client_id", s.companion()), ("client_secret", "${TAP_SALESFORCE_CLIENT_SECRET}"),
                  (key, s.v), ("api_type", "BULK"), ("select_fields_by_default", "true"), ("start_date", ts(r))]
    ind = pick(r, ["  ", "    "])
    body = ",\n".join('%s"%s": "%s"' % (ind, k, v) for k, v in fields)
    text = "{\n%s\n}\n" % body
    path = pick(r, ["tap-%s/config.json" % p, "singer/tap_%s/config.json" % p, "taps/%s.config.json" % p,
                    "config/tap-%s.json" % p])
    return path, text, "json"


def t_dlt_secrets_toml(r, s):
    p = s.provider
    if p in ("postgres", "mysql", "sqlserver", "redshift"):
        s.obvious = True
        drv = {"postgres": "postgresql", "mysql": "mysql+pymysql", "sqlserver": "mssql+pyodbc", "redshift": "redshift+psycopg2"}[p]
        sec = ("[sources.sql_database.credentials]\n"
               "drivername = \"%s\"\n"
               "database = \"%s\"\n"
               "username = \"%s\"\n"
               "password = \"%s\"\n"
               "host = \"%s\"\n"
               "port = %d\n") % (drv, pick(r, DBNAMES), ctx_user(r), s.v, db_host_for(r, p), db_port(p))
    elif p == "snowflake":
        s.obvious = True
        sec = ("[destination.snowflake.credentials]\n"
               "database = \"DLT_DATA\"\n"
               "password = \"%s\"\n"
               "username = \"LOADER\"\n"
               "host = \"%s\"\n"
               "warehouse = \"COMPUTE_WH\"\n"
               "role = \"DLT_LOADER_ROLE\"\n") % (s.v, sf_account(r))
    else:
        key = {"stripe": "stripe_secret_key", "github": "access_token", "hubspot": "api_key",
               "zendesk": "token", "shopify": "private_app_password", "salesforce": "refresh_token"}[p]
        if not s.obvious:
            key = pick(r, ["credentials", "auth", "value"])
        sec = "[sources.%s]\n%s = \"%s\"\n" % ({"stripe": "stripe_analytics", "github": "github", "hubspot": "hubspot",
                                                "zendesk": "zendesk.credentials", "shopify": "shopify_dlt",
                                                "salesforce": "salesforce"}[p], key, s.v)
        if p == "zendesk":
            sec = "[sources.zendesk.credentials]\nsubdomain = \"%s\"\nemail = \"ops@%s.com\"\n%s = \"%s\"\n" % (company(r), company(r), key, s.v)
    text = ("# put your secret values and credentials here. do not share this file and do not push it to github\n\n"
            "%s\n"
            "[runtime]\n"
            "log_level = \"%s\"\n") % (sec, pick(r, ["WARNING", "INFO"]))
    return ".dlt/secrets.toml", text, "toml"


def t_dlt_bigquery_toml(r, s):
    proj = "%s-%s" % (company(r), pick(r, ["analytics", "data", "dwh"]))
    sa = "dlt-loader@%s.iam.gserviceaccount.com" % proj
    text = ("[destination.bigquery]\n"
            "location = \"%s\"\n\n"
            "[destination.bigquery.credentials]\n"
            "project_id = \"%s\"\n"
            "private_key = \"%s\"\n"
            "client_email = \"%s\"\n\n"
            "[sources.%s]\n"
            "start_date = \"%s\"\n") % (pick(r, ["US", "EU", "europe-west3"]), proj, s.pem_escaped(), sa,
                                        pick(r, ["chess", "pipedrive", "notion", "jira"]), date(r))
    return ".dlt/secrets.toml", text, "toml"


def t_dlt_config_url(r, s):
    p = s.provider
    url = make_url(r, s)
    dest = {"postgres": "postgres", "mysql": "sqlalchemy", "redshift": "redshift", "mongodb": "mongodb",
            "snowflake": "snowflake", "sqlserver": "mssql"}[p]
    keyname = "credentials" if s.obvious else pick(r, ["dsn", "target", "url"])
    text = ("[runtime]\n"
            "log_level = \"WARNING\"\n"
            "dlthub_telemetry = false\n\n"
            "[normalize]\n"
            "loader_file_format = \"%s\"\n\n"
            "[destination.%s]\n"
            "%s = \"%s\"\n\n"
            "[extract]\n"
            "workers = %d\n") % (pick(r, ["parquet", "jsonl"]), dest, keyname, url, r.randint(2, 8))
    return pick(r, [".dlt/config.toml", "pipelines/.dlt/config.toml"]), text, "toml"


def t_fivetran_tf_provider(r, s):
    key = s.companion()
    secret_attr = "api_secret"
    text = ("terraform {\n"
            "  required_providers {\n"
            "    fivetran = {\n"
            "      source  = \"fivetran/fivetran\"\n"
            "      version = \">= %d.%d.0\"\n"
            "    }\n"
            "  }\n"
            "  backend \"s3\" {\n"
            "    bucket = \"%s-tf-state\"\n"
            "    key    = \"fivetran/terraform.tfstate\"\n"
            "    region = \"%s\"\n"
            "  }\n"
            "}\n\n"
            "provider \"fivetran\" {\n"
            "  api_key    = \"%s\"\n"
            "  %s = \"%s\"\n"
            "}\n\n"
            "resource \"fivetran_group\" \"%s\" {\n"
            "  name = \"%s\"\n"
            "}\n") % (r.randint(0, 1), r.randint(0, 9), company(r), pick(r, REGIONS), key, secret_attr, s.v,
                      pick(r, ["warehouse", "analytics", "prod"]), pick(r, ["Warehouse", "Analytics_Prod", "Marketing"]))
    return pick(r, ["terraform/fivetran/main.tf", "infra/fivetran/providers.tf", "fivetran.tf"]), text, "terraform"


def t_fivetran_tf_connector(r, s):
    p = s.provider
    if p in ("postgres", "mysql", "sqlserver"):
        svc = {"postgres": "postgres_rds", "mysql": "mysql_rds", "sqlserver": "sql_server"}[p]
        cfg = ("    host     = \"%s\"\n"
               "    port     = %d\n"
               "    database = \"%s\"\n"
               "    user     = \"%s\"\n"
               "    password = \"%s\"\n"
               "    update_method = \"%s\"\n") % (db_host_for(r, p), db_port(p), pick(r, DBNAMES), ctx_user(r), s.v,
                                                 pick(r, ["WAL", "TELEPORT", "QUERY_BASED"]) if p == "postgres" else "BINLOG")
    elif p == "sftp":
        svc = "sftp"
        cfg = ("    host     = \"%s\"\n"
               "    port     = 22\n"
               "    user     = \"%s\"\n"
               "    password = \"%s\"\n"
               "    folder_path = \"/outbound/%s\"\n"
               "    file_type = \"csv\"\n") % (host(r, "sftp"), pick(r, ["fivetran", "partner_feed", "ftp_user"]), s.v,
                                               pick(r, ["daily", "exports", "inventory"]))
    else:  # stripe / zendesk via api key style config
        svc = p
        keyname = {"stripe": "secret_key", "zendesk": "api_token", "shopify": "api_access_token",
                   "github": "pat", "hubspot": "api_key"}.get(p, "api_key")
        cfg = "    %s = \"%s\"\n" % (keyname, s.v)
        if p == "zendesk":
            cfg = "    domain = \"%s\"\n    email = \"bi@%s.com\"\n" % (company(r), company(r)) + cfg
    text = ("resource \"fivetran_connector\" \"%s\" {\n"
            "  group_id = fivetran_group.%s.id\n"
            "  service  = \"%s\"\n\n"
            "  destination_schema {\n"
            "    prefix = \"%s\"\n"
            "  }\n\n"
            "  config {\n%s"
            "  }\n\n"
            "  run_setup_tests = true\n"
            "}\n\n"
            "resource \"fivetran_connector_schedule\" \"%s\" {\n"
            "  connector_id      = fivetran_connector.%s.id\n"
            "  sync_frequency    = \"%d\"\n"
            "  paused            = false\n"
            "  schedule_type     = \"auto\"\n"
            "}\n") % (svc, pick(r, ["warehouse", "prod"]), svc, pick(r, ["src_", "raw_"]) + p, cfg, svc, svc,
                      pick(r, [60, 360, 1440, 15]))
    return pick(r, ["terraform/fivetran/connectors.tf", "infra/fivetran/%s.tf" % p, "modules/elt/fivetran_%s.tf" % p]), text, "terraform"


def t_fivetran_curl(r, s):
    key = s.companion()
    if s.neg:
        if s.value == FIVETRAN_DOC_SECRET:
            b = base64.b64encode(("%s:%s" % (FIVETRAN_DOC_KEY, FIVETRAN_DOC_SECRET)).encode()).decode()
        else:
            b = pick(r, ["${FIVETRAN_BASIC_AUTH}", "$(echo -n \"$FIVETRAN_KEY:$FIVETRAN_SECRET\" | base64)", "<base64 key:secret>"])
    else:
        b = base64.b64encode(("%s:%s" % (key, s.v)).encode()).decode()
        s.needle = b
    cid = "%s_%s" % (pick(r, WORDS), pick(r, WORDS))
    text = ("#!/usr/bin/env bash\n"
            "# Force a re-sync of the %s connector after the schema migration.\n"
            "set -euo pipefail\n\n"
            "CONNECTOR_ID=\"%s\"\n\n"
            "curl -sS -X POST \"https://api.fivetran.com/v1/connectors/${CONNECTOR_ID}/resync\" \\\n"
            "  -H \"Accept: application/json;version=2\" \\\n"
            "  -H \"Authorization: Basic %s\" \\\n"
            "  -H \"Content-Type: application/json\" \\\n"
            "  -d '{\"scope\": {\"%s\": [\"%s\"]}}' | jq .\n") % (
        pick(r, ["postgres", "salesforce", "hubspot"]), cid, b, pick(r, SCHEMAS), pick(r, STREAMS))
    return pick(r, ["scripts/fivetran_resync.sh", "bin/resync-connector.sh", "ops/fivetran/resync.sh"]), text, "shell"


def t_fivetran_python(r, s):
    key = s.companion()
    var = s.name(["API_SECRET", "FIVETRAN_API_SECRET", "api_secret"], ["FT_PAIR_B", "_b", "part2", "creds_b"])
    text = ("\"\"\"Pause every Fivetran connector in a group before the warehouse maintenance window.\"\"\"\n"
            "import sys\n\n"
            "import requests\n\n"
            "BASE = \"https://api.fivetran.com/v1\"\n"
            "API_KEY = \"%s\"\n"
            "%s = \"%s\"\n"
            "GROUP_ID = \"%s_%s\"\n\n\n"
            "def connectors(session, group_id):\n"
            "    resp = session.get(f\"{BASE}/groups/{group_id}/connectors\", params={\"limit\": 100})\n"
            "    resp.raise_for_status()\n"
            "    return resp.json()[\"data\"][\"items\"]\n\n\n"
            "def main(paused=True):\n"
            "    s = requests.Session()\n"
            "    s.auth = (API_KEY, %s)\n"
            "    s.headers[\"Accept\"] = \"application/json;version=2\"\n"
            "    for c in connectors(s, GROUP_ID):\n"
            "        s.patch(f\"{BASE}/connectors/{c['id']}\", json={\"paused\": paused}).raise_for_status()\n"
            "        print(c[\"id\"], c[\"service\"], \"paused\" if paused else \"resumed\")\n\n\n"
            "if __name__ == \"__main__\":\n"
            "    main(paused=(sys.argv[1:] != [\"resume\"]))\n") % (key, var, s.v, pick(r, WORDS), pick(r, WORDS), var)
    return pick(r, ["scripts/fivetran_pause.py", "ops/pause_connectors.py", "tools/fivetran/maintenance.py"]), text, "python"


def t_reverse_etl_python(r, s):
    p = s.provider
    if p == "hightouch":
        url = "https://api.hightouch.com/api/v1/syncs/%d/trigger" % r.randint(10000, 999999)
        body = "{\"fullResync\": False}"
    elif p == "census":
        url = "https://app.getcensus.com/api/v1/syncs/%d/trigger" % r.randint(1000, 99999)
        body = "{\"force_full_sync\": False}"
    else:  # segment public api
        url = "https://api.segmentapis.com/sources/%s" % rs(r, ALNUM, 22)
        body = "None"
    var = s.name(["API_KEY", "%s_API_KEY" % p.upper(), "TOKEN"], ["AUTH", "DEFAULT_CTX", "SYNC_REF", "K"])
    if s.obvious or r.random() < 0.6:
        hdr = "{\"Authorization\": f\"Bearer {%s}\"}" % var
        decl = "%s = \"%s\"\n" % (var, s.v)
    else:
        decl = ""
        hdr = "{\"Authorization\": \"Bearer %s\"}" % s.v
        s.obvious = False
    text = ("import logging\n"
            "import time\n\n"
            "import requests\n\n"
            "log = logging.getLogger(\"reverse_etl\")\n"
            "%s"
            "TRIGGER_URL = \"%s\"\n\n\n"
            "def trigger(retries=3):\n"
            "    for attempt in range(retries):\n"
            "        resp = requests.post(TRIGGER_URL, headers=%s, json=%s, timeout=30)\n"
            "        if resp.status_code == 429:\n"
            "            time.sleep(2 ** attempt)\n"
            "            continue\n"
            "        resp.raise_for_status()\n"
            "        log.info(\"triggered run %%s\", resp.json())\n"
            "        return resp.json()\n"
            "    raise RuntimeError(\"rate limited\")\n") % (decl, url, hdr, body)
    return pick(r, ["dags/reverse_etl/trigger_%s.py" % p, "scripts/%s_trigger.py" % p, "orchestration/%s_sync.py" % p]), text, "python"


def t_census_shell(r, s):
    p = s.provider
    if p == "census":
        call = "https://app.getcensus.com/api/v1/syncs/${SYNC_ID}/trigger"
    elif p == "hightouch":
        call = "https://api.hightouch.com/api/v1/syncs/${SYNC_ID}/trigger"
    else:
        call = "https://api.segmentapis.com/destinations/${SYNC_ID}"
    style = r.randrange(2)
    s.obvious = (style == 1)
    if style == 0:
        auth = "-H \"Authorization: Bearer %s\"" % s.v
    else:
        auth = "-H \"Authorization: Bearer ${TOKEN}\""
    text = ("#!/bin/sh\n"
            "# Kick the %s sync once dbt has finished building the marts.\n"
            "# usage: ./trigger_sync.sh <sync-id>\n"
            "SYNC_ID=\"${1:-%d}\"\n"
            "%s"
            "\n"
            "curl --fail -X POST \\\n"
            "  %s \\\n"
            "  -H \"Content-Type: application/json\" \\\n"
            "  \"%s\"\n"
            "echo \"triggered $SYNC_ID\"\n") % (p, r.randint(1000, 99999),
                                                 "TOKEN=\"%s\"\n" % s.v if style == 1 else "", auth, call)
    return pick(r, ["scripts/trigger_sync.sh", "ci/after_dbt.sh", "bin/%s-trigger" % p]), text, "shell"


def t_node_platform(r, s):
    p = s.provider
    var = s.name(["apiKey", "%sApiKey" % p, "token", "accessToken"], ["opts", "bearer", "cfgValue", "ctx"])
    base = {"hightouch": "https://api.hightouch.com/api/v1", "census": "https://app.getcensus.com/api/v1",
            "segment": "https://api.segmentapis.com", "rudderstack": "https://api.rudderstack.com/v2"}[p]
    text = ("// Sync status poller used by the ops dashboard\n"
            "const axios = require('axios');\n\n"
            "const %s = '%s';\n\n"
            "const client = axios.create({\n"
            "  baseURL: '%s',\n"
            "  timeout: 15000,\n"
            "  headers: { Authorization: `Bearer ${%s}` },\n"
            "});\n\n"
            "async function listSyncs() {\n"
            "  const { data } = await client.get('/%s');\n"
            "  return data.data || data;\n"
            "}\n\n"
            "module.exports = { listSyncs };\n") % (var, s.v, base, var,
                                                   pick(r, ["syncs", "sources", "destinations"]))
    return pick(r, ["src/integrations/%s.js" % p, "ops-dashboard/lib/%sClient.js" % p, "services/sync-status/%s.js" % p]), text, "javascript"


def t_segment_ts(r, s):
    var = s.name(["SEGMENT_TOKEN", "publicApiToken", "token"], ["cfg", "workspaceCtx", "seed"])
    text = ("import { configureApis, unwrap } from '@segment/public-api-sdk-typescript';\n\n"
            "const %s = '%s';\n\n"
            "const api = configureApis(%s);\n\n"
            "export async function listWarehouses(): Promise<string[]> {\n"
            "  const result = await unwrap(api.warehouses.listWarehouses({ count: 100 }));\n"
            "  return result.warehouses.map((w) => `${w.id}:${w.metadata.slug}`);\n"
            "}\n\n"
            "export async function disableSource(id: string): Promise<void> {\n"
            "  await unwrap(api.sources.updateSource(id, { enabled: false }));\n"
            "}\n") % (var, s.v, var)
    return pick(r, ["tools/segment/admin.ts", "src/segment/workspace.ts", "scripts/segment-admin.ts"]), text, "typescript"


def t_rudder_compose(r, s):
    name = s.name(["WORKSPACE_TOKEN"], ["WORKSPACE_TOKEN"])
    text = ("version: \"3.8\"\n"
            "services:\n"
            "  db:\n"
            "    image: postgres:15-alpine\n"
            "    environment:\n"
            "      POSTGRES_DB: jobsdb\n"
            "      POSTGRES_USER: rudder\n"
            "      POSTGRES_PASSWORD: ${JOBS_DB_PASSWORD}\n"
            "    volumes:\n"
            "      - jobsdb:/var/lib/postgresql/data\n"
            "  backend:\n"
            "    image: rudderlabs/rudder-server:%d.%d.%d\n"
            "    depends_on:\n"
            "      - db\n"
            "    ports:\n"
            "      - \"8080:8080\"\n"
            "    environment:\n"
            "      - JOBS_DB_HOST=db\n"
            "      - JOBS_DB_USER=rudder\n"
            "      - JOBS_DB_PASSWORD=${JOBS_DB_PASSWORD}\n"
            "      - JOBS_DB_DB_NAME=jobsdb\n"
            "      - %s=%s\n"
            "      - DEST_TRANSFORM_URL=http://transformer:9090\n"
            "  transformer:\n"
            "    image: rudderstack/rudder-transformer:latest\n"
            "volumes:\n"
            "  jobsdb:\n") % (r.randint(1, 1), r.randint(10, 40), r.randint(0, 5), name, s.v)
    return pick(r, ["docker-compose.yml", "rudderstack/docker-compose.yml", "deploy/rudder/docker-compose.yaml"]), text, "yaml"


def t_kafka_snowflake_sink(r, s):
    name = "snowflake-sink-%s" % pick(r, STREAMS)
    text = ('{\n  "name": "%s",\n  "config": {\n'
            '    "connector.class": "com.snowflake.kafka.connector.SnowflakeSinkConnector",\n'
            '    "tasks.max": "%d",\n'
            '    "topics": "%s.%s,%s.%s",\n'
            '    "snowflake.topic2table.map": "%s.%s:%s",\n'
            '    "buffer.count.records": "10000",\n'
            '    "buffer.flush.time": "60",\n'
            '    "snowflake.url.name": "%s.snowflakecomputing.com:443",\n'
            '    "snowflake.user.name": "KAFKA_CONNECTOR",\n'
            '    "snowflake.private.key": "%s",\n%s'
            '    "snowflake.database.name": "RAW",\n'
            '    "snowflake.schema.name": "KAFKA",\n'
            '    "key.converter": "org.apache.kafka.connect.storage.StringConverter",\n'
            '    "value.converter": "com.snowflake.kafka.connector.records.SnowflakeJsonConverter"\n'
            '  }\n}\n') % (name, r.randint(1, 8), pick(r, ["cdc", "app", "prod"]), pick(r, STREAMS),
                           pick(r, ["cdc", "app"]), pick(r, STREAMS), "cdc", pick(r, STREAMS), pick(r, STREAMS).upper(),
                           sf_account(r), s.pem_body_oneline(),
                           '    "snowflake.private.key.passphrase": "${file:/opt/secrets/snowflake.properties:passphrase}",\n'
                           if "ENCRYPTED" in s.value[0] else "")
    return pick(r, ["connect/connectors/%s.json" % name, "kafka-connect/%s.json" % name]), text, "json"


def t_debezium_json(r, s):
    p = s.provider
    cls = {"postgres": "io.debezium.connector.postgresql.PostgresConnector",
           "mysql": "io.debezium.connector.mysql.MySqlConnector",
           "sqlserver": "io.debezium.connector.sqlserver.SqlServerConnector"}[p]
    extra = {"postgres": '    "plugin.name": "pgoutput",\n    "slot.name": "debezium_%s",\n    "publication.name": "dbz_publication",\n' % pick(r, DBNAMES),
             "mysql": '    "database.server.id": "%d",\n    "include.schema.changes": "true",\n' % r.randint(10000, 999999),
             "sqlserver": '    "database.encrypt": "true",\n    "database.trustServerCertificate": "false",\n'}[p]
    db = pick(r, DBNAMES)
    text = ('{\n  "name": "%s-%s-cdc",\n  "config": {\n'
            '    "connector.class": "%s",\n'
            '    "tasks.max": "1",\n'
            '    "database.hostname": "%s",\n'
            '    "database.port": "%d",\n'
            '    "database.user": "%s",\n'
            '    "database.password": "%s",\n'
            '    "database.dbname": "%s",\n'
            '    "topic.prefix": "%s",\n'
            '%s'
            '    "table.include.list": "%s.%s,%s.%s",\n'
            '    "schema.history.internal.kafka.bootstrap.servers": "kafka-0.kafka:9092",\n'
            '    "schema.history.internal.kafka.topic": "schema-changes.%s",\n'
            '    "snapshot.mode": "%s"\n'
            '  }\n}\n') % (p, db, cls, db_host_for(r, p), db_port(p), pick(r, ["debezium", "cdc_user", "replicator"]),
                           s.v, db, pick(r, ["cdc", db]), extra, pick(r, SCHEMAS), pick(r, STREAMS), pick(r, SCHEMAS),
                           pick(r, STREAMS), db, pick(r, ["initial", "when_needed", "never"]))
    return pick(r, ["debezium/%s-connector.json" % db, "connect/register-%s.json" % p, "cdc/connectors/%s_%s.json" % (p, db)]), text, "json"


def t_debezium_properties(r, s):
    p = s.provider
    cls = {"postgres": "io.debezium.connector.postgresql.PostgresConnector",
           "mysql": "io.debezium.connector.mysql.MySqlConnector",
           "sqlserver": "io.debezium.connector.sqlserver.SqlServerConnector"}[p]
    db = pick(r, DBNAMES)
    text = ("# Debezium %s source - standalone worker\n"
            "name=%s-cdc-source\n"
            "connector.class=%s\n"
            "tasks.max=1\n"
            "database.hostname=%s\n"
            "database.port=%d\n"
            "database.user=%s\n"
            "database.password=%s\n"
            "database.dbname=%s\n"
            "topic.prefix=%s\n"
            "table.include.list=%s.%s\n"
            "offset.storage.file.filename=/var/lib/kafka-connect/offsets.dat\n"
            "offset.flush.interval.ms=10000\n"
            "heartbeat.interval.ms=%d\n") % (p, db, cls, db_host_for(r, p), db_port(p), pick(r, ["debezium", "cdc"]),
                                             s.v, db, db, pick(r, SCHEMAS), pick(r, STREAMS), pick(r, [5000, 10000, 30000]))
    return pick(r, ["debezium/%s.properties" % db, "config/connect-%s-source.properties" % p]), text, "properties"


def t_kafka_worker_sasl(r, s):
    p = s.provider
    user = s.companion() if p == "confluent" else pick(r, ["connect-worker", "svc-kafka-connect", "elt-connect"])
    mech = "PLAIN" if p == "confluent" else pick(r, ["SCRAM-SHA-512", "PLAIN"])
    module = "org.apache.kafka.common.security.plain.PlainLoginModule" if mech == "PLAIN" else "org.apache.kafka.common.security.scram.ScramLoginModule"
    bs = "pkc-%s.%s.aws.confluent.cloud:9092" % (rs(r, LOWER_ALNUM, 5), pick(r, REGIONS)) if p == "confluent" else "b-1.%s-msk.%s.kafka.%s.amazonaws.com:9096" % (company(r), rs(r, LOWER_ALNUM, 6), pick(r, REGIONS))
    text = ("bootstrap.servers=%s\n"
            "group.id=connect-cluster-%s\n"
            "key.converter=org.apache.kafka.connect.json.JsonConverter\n"
            "value.converter=org.apache.kafka.connect.json.JsonConverter\n"
            "offset.storage.topic=_connect-offsets\n"
            "config.storage.topic=_connect-configs\n"
            "status.storage.topic=_connect-status\n"
            "plugin.path=/usr/share/java,/usr/share/confluent-hub-components\n\n"
            "security.protocol=SASL_SSL\n"
            "sasl.mechanism=%s\n"
            "sasl.jaas.config=%s required username=\"%s\" password=\"%s\";\n"
            "ssl.endpoint.identification.algorithm=https\n") % (bs, pick(r, ["elt", "cdc", "prod"]), mech, module, user, s.v)
    return pick(r, ["connect/connect-distributed.properties", "kafka-connect/worker.properties", "config/connect-worker.properties"]), text, "properties"


def t_s3_sink_json(r, s):
    kid = s.companion()
    name = "s3-sink-%s" % pick(r, STREAMS)
    text = ('{\n  "name": "%s",\n  "config": {\n'
            '    "connector.class": "io.confluent.connect.s3.S3SinkConnector",\n'
            '    "tasks.max": "%d",\n'
            '    "topics.regex": "cdc\\\\.%s\\\\..*",\n'
            '    "s3.bucket.name": "%s-elt-staging",\n'
            '    "s3.region": "%s",\n'
            '    "aws.access.key.id": "%s",\n'
            '    "aws.secret.access.key": "%s",\n'
            '    "storage.class": "io.confluent.connect.s3.storage.S3Storage",\n'
            '    "format.class": "io.confluent.connect.s3.format.parquet.ParquetFormat",\n'
            '    "flush.size": "%d",\n'
            '    "rotate.schedule.interval.ms": "600000",\n'
            '    "partitioner.class": "io.confluent.connect.storage.partitioner.TimeBasedPartitioner",\n'
            '    "path.format": "\'year\'=YYYY/\'month\'=MM/\'day\'=dd",\n'
            '    "locale": "en-US",\n'
            '    "timezone": "UTC"\n'
            '  }\n}\n') % (name, r.randint(1, 6), pick(r, DBNAMES), company(r), pick(r, REGIONS), kid, s.v,
                           pick(r, [1000, 5000, 10000]))
    return pick(r, ["connect/connectors/%s.json" % name, "kafka-connect/sinks/%s.json" % name]), text, "json"


def t_airflow_connections_json(r, s):
    p = s.provider
    ctype = {"postgres": "postgres", "mysql": "mysql", "sqlserver": "mssql", "redshift": "redshift",
             "snowflake": "snowflake", "sftp": "sftp"}[p]
    cid = "%s_%s" % (ctype, pick(r, ["warehouse", "source", "prod", "partner", "default"]))
    extra = {"snowflake": '"{\\"account\\": \\"%s\\", \\"warehouse\\": \\"TRANSFORMING\\", \\"role\\": \\"AIRFLOW\\"}"' % sf_account(r),
             "sftp": '"{\\"no_host_key_check\\": \\"true\\"}"'}.get(p, '"{\\"sslmode\\": \\"require\\"}"')
    hostv = sf_account(r) + ".snowflakecomputing.com" if p == "snowflake" else db_host_for(r, p)
    text = ('{\n  "aws_default": {\n    "conn_type": "aws",\n    "description": "",\n    "login": null,\n'
            '    "password": null,\n    "extra": "{\\"region_name\\": \\"%s\\"}"\n  },\n'
            '  "%s": {\n    "conn_type": "%s",\n    "description": "%s",\n    "host": "%s",\n'
            '    "login": "%s",\n    "password": "%s",\n    "schema": "%s",\n    "port": %d,\n    "extra": %s\n  }\n}\n') % (
        pick(r, REGIONS), cid, ctype, pick(r, ["loader", "exported from prod", "ELT source"]), hostv, ctx_user(r), s.v,
        pick(r, DBNAMES), 22 if p == "sftp" else db_port(p), extra)
    return pick(r, ["airflow/connections.json", "deploy/airflow/connections_export.json", "config/airflow-connections.json"]), text, "json"


def t_airflow_conn_env(r, s):
    p = s.provider
    url = make_url(r, s)
    url = url.replace("postgresql://", "postgres://").replace("mysql+pymysql://", "mysql://").replace("redshift+psycopg2://", "redshift://").replace("mssql+pyodbc://", "mssql://")
    cid = pick(r, ["WAREHOUSE", "SOURCE_DB", "ELT_TARGET", "REPLICA"])
    text = ("x-airflow-common: &airflow-common\n"
            "  image: apache/airflow:2.%d.%d-python3.11\n"
            "  environment:\n"
            "    AIRFLOW__CORE__EXECUTOR: LocalExecutor\n"
            "    AIRFLOW__CORE__LOAD_EXAMPLES: 'false'\n"
            "    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: ${AIRFLOW_METADB_URI}\n"
            "    AIRFLOW_CONN_%s: '%s'\n"
            "  volumes:\n"
            "    - ./dags:/opt/airflow/dags\n\n"
            "services:\n"
            "  scheduler:\n"
            "    <<: *airflow-common\n"
            "    command: scheduler\n"
            "  webserver:\n"
            "    <<: *airflow-common\n"
            "    command: webserver\n"
            "    ports:\n"
            "      - \"8080:8080\"\n") % (r.randint(5, 9), r.randint(0, 3), cid, url)
    return pick(r, ["docker-compose.yaml", "airflow/docker-compose.yml"]), text, "yaml"


def t_sftp_paramiko(r, s):
    h = host(r, "sftp")
    user = pick(r, ["partner_feed", "acme_drop", "elt", "inbound"])
    if s.obvious:
        decl = "SFTP_PASSWORD = \"%s\"\n" % s.v
        arg = "password=SFTP_PASSWORD"
    else:
        decl = ""
        arg = "\"%s\"" % s.v
    text = ("\"\"\"Pull the nightly partner export from SFTP into the S3 landing bucket.\"\"\"\n"
            "import os\n"
            "import stat\n\n"
            "import boto3\n"
            "import paramiko\n\n"
            "SFTP_HOST = \"%s\"\n"
            "SFTP_USER = \"%s\"\n"
            "%s"
            "REMOTE_DIR = \"/outbound/%s\"\n"
            "BUCKET = \"%s-landing\"\n\n\n"
            "def _connect():\n"
            "    transport = paramiko.Transport((SFTP_HOST, 22))\n"
            "    transport.connect(None, SFTP_USER, %s)\n"
            "    return paramiko.SFTPClient.from_transport(transport)\n\n\n"
            "def sync():\n"
            "    s3 = boto3.client(\"s3\")\n"
            "    sftp = _connect()\n"
            "    for entry in sftp.listdir_attr(REMOTE_DIR):\n"
            "        if stat.S_ISREG(entry.st_mode) and entry.filename.endswith(\".csv\"):\n"
            "            with sftp.open(f\"{REMOTE_DIR}/{entry.filename}\") as fh:\n"
            "                s3.upload_fileobj(fh, BUCKET, f\"partner/{entry.filename}\")\n"
            "    sftp.close()\n\n\n"
            "if __name__ == \"__main__\":\n"
            "    sync()\n") % (h, user, decl, pick(r, ["daily", "exports", "inventory"]), company(r),
                              arg.replace("password=", "") if not s.obvious else "password=SFTP_PASSWORD".replace("password=", ""))
    if s.obvious:
        text = text.replace("transport.connect(None, SFTP_USER, SFTP_PASSWORD)", "transport.connect(username=SFTP_USER, password=SFTP_PASSWORD)")
    return pick(r, ["dags/partner_sftp/pull.py", "ingest/sftp_to_s3.py", "jobs/partner_feed.py"]), text, "python"


def t_dbt_profiles(r, s):
    p = s.provider
    if not s.obvious and not s.neg:
        # literal hidden as the env_var() fallback: "works on my machine" pattern
        s.value = s.v
        wrapped = "{{ env_var('DBT_%s_PW', '%s') }}" % (p.upper(), s.v)
        s.needle = s.v
        s = _Wrapped(s, wrapped)
    prof = pick(r, ["analytics", "warehouse", "jaffle_shop", "%s_dbt" % company(r).replace("-", "_")])
    if p == "snowflake":
        out = ("      type: snowflake\n"
               "      account: %s\n"
               "      user: DBT_%s\n"
               "      password: \"%s\"\n"
               "      role: TRANSFORMER\n"
               "      database: ANALYTICS\n"
               "      warehouse: TRANSFORMING\n"
               "      schema: dbt_%s\n"
               "      threads: %d\n") % (sf_account(r), pick(r, ["CI", "PROD", "CLOUD"]), s.v, pick(r, ["prod", "ci"]), r.randint(4, 16))
    elif p == "redshift":
        out = ("      type: redshift\n"
               "      host: %s\n"
               "      user: dbt_runner\n"
               "      password: \"%s\"\n"
               "      port: 5439\n"
               "      dbname: analytics\n"
               "      schema: dbt_prod\n"
               "      threads: %d\n"
               "      sslmode: require\n") % (host(r, "redshift"), s.v, r.randint(4, 8))
    else:
        out = ("      type: %s\n"
               "      host: %s\n"
               "      user: dbt\n"
               "      %s: \"%s\"\n"
               "      port: %d\n"
               "      dbname: %s\n"
               "      schema: analytics\n"
               "      threads: 4\n") % ("postgres" if p == "postgres" else "sqlserver", db_host_for(r, p),
                                        "pass" if p == "postgres" else "password", s.v, db_port(p), pick(r, DBNAMES))
    text = ("%s:\n"
            "  target: %s\n"
            "  outputs:\n"
            "    dev:\n"
            "      type: duckdb\n"
            "      path: target/dev.duckdb\n"
            "    %s:\n%s") % (prof, pick(r, ["prod", "dev", "ci"]), pick(r, ["prod", "ci"]), out)
    return pick(r, ["profiles.yml", "dbt/profiles.yml", "transform/profiles.yml", ".dbt/profiles.yml"]), text, "yaml"


def t_dbt_profiles_keypair(r, s):
    text = ("%s:\n"
            "  target: prod\n"
            "  outputs:\n"
            "    prod:\n"
            "      type: snowflake\n"
            "      account: %s\n"
            "      user: DBT_SERVICE\n"
            "      role: TRANSFORMER\n"
            "      private_key: |\n%s\n"
            "      private_key_passphrase: \"{{ env_var('DBT_KEY_PASSPHRASE', '') }}\"\n"
            "      database: ANALYTICS\n"
            "      warehouse: TRANSFORMING\n"
            "      schema: marts\n"
            "      threads: %d\n"
            "      client_session_keep_alive: false\n") % (
        pick(r, ["analytics", "warehouse", "dbt_snowflake"]), sf_account(r), s.pem_block("        "), r.randint(4, 16))
    return pick(r, ["profiles.yml", "dbt/profiles.yml", "ci/profiles.yml"]), text, "yaml"


def t_python_sqlalchemy(r, s):
    url = make_url(r, s)
    var = s.name(["DATABASE_URL", "WAREHOUSE_URI", "DB_URL"], ["TARGET", "ENGINE_ARGS", "SRC"])
    text = ("\"\"\"Incremental copy of %s from the app database into the warehouse.\"\"\"\n"
            "import datetime as dt\n\n"
            "import pandas as pd\n"
            "from sqlalchemy import create_engine, text\n\n"
            "%s = \"%s\"\n"
            "BATCH = %d\n\n"
            "engine = create_engine(%s, pool_pre_ping=True)\n\n\n"
            "def load_since(cursor: dt.datetime) -> pd.DataFrame:\n"
            "    q = text(\"SELECT * FROM %s WHERE updated_at > :c ORDER BY updated_at LIMIT :n\")\n"
            "    with engine.connect() as conn:\n"
            "        return pd.read_sql(q, conn, params={\"c\": cursor, \"n\": BATCH})\n") % (
        pick(r, STREAMS), var, url, pick(r, [5000, 10000, 50000]), var, pick(r, STREAMS))
    return pick(r, ["sync/incremental_copy.py", "etl/extract_%s.py" % pick(r, STREAMS), "pipelines/copy_job.py"]), text, "python"


def t_node_pg(r, s):
    p = s.provider
    if s.kind == "db_password":
        s.obvious = True
        text = ("const { Pool } = require('pg');\n\n"
                "const pool = new Pool({\n"
                "  host: '%s',\n"
                "  port: %d,\n"
                "  database: '%s',\n"
                "  user: '%s',\n"
                "  password: '%s',\n"
                "  ssl: { rejectUnauthorized: false },\n"
                "  max: 5,\n"
                "});\n\n"
                "async function latestCursor(stream) {\n"
                "  const { rows } = await pool.query('SELECT max(synced_at) AS c FROM sync_state WHERE stream = $1', [stream]);\n"
                "  return rows[0].c;\n"
                "}\n\n"
                "module.exports = { pool, latestCursor };\n") % (db_host_for(r, p), db_port(p), pick(r, DBNAMES), ctx_user(r), s.v)
    else:
        s.obvious = False
        url = make_url(r, s).replace("postgresql://", "postgres://").replace("mysql+pymysql://", "mysql://").replace("redshift+psycopg2://", "postgres://")
        text = ("// warehouse connection used by the export worker\n"
                "const knex = require('knex');\n\n"
                "module.exports = knex({\n"
                "  client: '%s',\n"
                "  connection: '%s',\n"
                "  pool: { min: 0, max: 4 },\n"
                "  acquireConnectionTimeout: 20000,\n"
                "});\n") % ({"mysql": "mysql2", "mongodb": "pg", "snowflake": "pg", "sqlserver": "mssql"}.get(p, "pg"), url)
    return pick(r, ["src/db.js", "worker/lib/warehouse.js", "export-worker/db/index.js"]), text, "javascript"


def t_compose_meltano(r, s):
    p = s.provider
    var = {"postgres": "TAP_POSTGRES_PASSWORD", "mysql": "TAP_MYSQL_PASSWORD", "snowflake": "TARGET_SNOWFLAKE_PASSWORD",
           "redshift": "TARGET_REDSHIFT_PASSWORD", "sqlserver": "TAP_MSSQL_PASSWORD"}[p]
    text = ("services:\n"
            "  meltano:\n"
            "    image: meltano/meltano:v3.%d-python3.11\n"
            "    working_dir: /project\n"
            "    command: run tap-%s target-%s\n"
            "    volumes:\n"
            "      - ./:/project\n"
            "    environment:\n"
            "      MELTANO_ENVIRONMENT: prod\n"
            "      %s: \"%s\"\n"
            "      TARGET_SNOWFLAKE_ACCOUNT: %s\n"
            "    restart: \"no\"\n") % (r.randint(0, 5), "postgres" if p != "mysql" else "mysql",
                                       "snowflake", var, s.v, sf_account(r))
    return pick(r, ["docker-compose.yml", "compose.yaml", "elt/docker-compose.yml"]), text, "yaml"


def t_runbook_md(r, s):
    p = s.provider
    if p in ("postgres", "redshift"):
        block = ("```bash\n"
                 "export PGPASSWORD='%s'\n"
                 "psql -h %s -U %s -d %s -c \"SELECT pg_drop_replication_slot('airbyte_slot');\"\n"
                 "```\n") % (s.v, db_host_for(r, p), ctx_user(r), pick(r, DBNAMES))
        topic = "Recreating the CDC replication slot"
        s.obvious = True
    elif p == "stripe":
        block = ("The restricted key the Fivetran Stripe connector uses (read-only on charges, refunds, payouts):\n\n"
                 "    %s\n\n"
                 "Rotate it in the Stripe dashboard and update the connector in Fivetran.\n") % s.v
        topic = "Stripe connector key"
        s.obvious = False
    elif p == "sftp":
        block = ("Partner SFTP (%s), user `partner_feed`, pw: `%s`\n\n"
                 "Files land in `/outbound/daily` around 02:00 UTC.\n") % (host(r, "sftp"), s.v)
        topic = "Partner file drop"
        s.obvious = True
    else:  # github
        block = ("```bash\n"
                 "curl -H \"Authorization: token %s\" \\\n"
                 "  https://api.github.com/repos/%s/%s/actions/runs?per_page=5\n"
                 "```\n") % (s.v, company(r), pick(r, ["etl", "dbt", "infra"]))
        topic = "Checking the GitHub source rate limit"
        s.obvious = False
    text = ("# Runbook: %s\n\n"
            "Owner: #%s  \n"
            "Last reviewed: %s\n\n"
            "## When\n\n"
            "- the sync has been failing for more than two runs\n"
            "- the connector status page shows `broken`\n\n"
            "## Steps\n\n"
            "1. Pause the connection in the UI.\n"
            "2. Run:\n\n"
            "%s\n"
            "3. Resume and trigger a sync, then watch the job logs.\n\n"
            "## Rollback\n\n"
            "Re-enable the previous schedule; no data loss expected.\n") % (topic, pick(r, TEAMS), date(r), block)
    return pick(r, ["docs/runbooks/%s.md" % p, "notes/runbook.md", "runbooks/elt-%s.md" % p]), text, "markdown"


def t_snowflake_stage_sql(r, s):
    kid = s.companion()
    text = ("-- External stage used by the nightly COPY INTO jobs\n"
            "USE ROLE SYSADMIN;\n"
            "USE DATABASE RAW;\n\n"
            "CREATE OR REPLACE FILE FORMAT raw.parquet_ff TYPE = PARQUET;\n\n"
            "CREATE OR REPLACE STAGE raw.%s_stage\n"
            "  URL = 's3://%s-elt-staging/%s/'\n"
            "  CREDENTIALS = (AWS_KEY_ID = '%s' AWS_SECRET_KEY = '%s')\n"
            "  FILE_FORMAT = raw.parquet_ff;\n\n"
            "COPY INTO raw.%s\n"
            "  FROM @raw.%s_stage\n"
            "  MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE\n"
            "  ON_ERROR = 'ABORT_STATEMENT';\n") % (pick(r, STREAMS), company(r), pick(r, STREAMS), kid, s.v,
                                                    pick(r, STREAMS), pick(r, STREAMS))
    return pick(r, ["sql/stages/create_stage.sql", "snowflake/setup/s3_stage.sql", "migrations/V%d__stage.sql" % r.randint(2, 40)]), text, "sql"


def t_create_user_sql(r, s):
    p = s.provider
    user = ctx_user(r)
    if p == "snowflake":
        text = ("-- service user for the ELT loader\n"
                "USE ROLE SECURITYADMIN;\n"
                "CREATE USER IF NOT EXISTS %s\n"
                "  PASSWORD = '%s'\n"
                "  DEFAULT_ROLE = LOADER\n"
                "  DEFAULT_WAREHOUSE = LOADING_WH\n"
                "  MUST_CHANGE_PASSWORD = FALSE;\n"
                "GRANT ROLE LOADER TO USER %s;\n") % (user.upper(), s.v, user.upper())
    elif p == "mysql":
        text = ("-- replication user for Debezium / Airbyte CDC\n"
                "CREATE USER '%s'@'%%' IDENTIFIED BY '%s';\n"
                "GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO '%s'@'%%';\n"
                "FLUSH PRIVILEGES;\n") % (user, s.v, user)
    else:
        text = ("-- logical replication role for the CDC connector\n"
                "CREATE ROLE %s WITH LOGIN REPLICATION PASSWORD '%s';\n"
                "GRANT USAGE ON SCHEMA public TO %s;\n"
                "GRANT SELECT ON ALL TABLES IN SCHEMA public TO %s;\n"
                "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO %s;\n"
                "CREATE PUBLICATION airbyte_publication FOR ALL TABLES;\n") % (user, s.v, user, user, user)
    return pick(r, ["sql/setup/create_%s_user.sql" % p, "migrations/%03d_elt_user.sql" % r.randint(1, 120), "db/grants.sql"]), text, "sql"


def t_github_workflow(r, s):
    p = s.provider
    var = {"snowflake": "DBT_SNOWFLAKE_PASSWORD", "postgres": "DBT_PG_PASSWORD", "redshift": "DBT_REDSHIFT_PASSWORD",
           "github": "TAP_GITHUB_AUTH_TOKEN", "hubspot": "TAP_HUBSPOT_ACCESS_TOKEN", "stripe": "TAP_STRIPE_API_KEY"}[p]
    if not s.obvious:
        var = pick(r, ["DBT_ENV_CUSTOM_ENV_X", "RUN_CTX", "TARGET_ARG"])
    text = ("name: elt-nightly\n\n"
            "on:\n"
            "  schedule:\n"
            "    - cron: \"%d %d * * *\"\n"
            "  workflow_dispatch:\n\n"
            "jobs:\n"
            "  run:\n"
            "    runs-on: ubuntu-latest\n"
            "    env:\n"
            "      MELTANO_ENVIRONMENT: prod\n"
            "      %s: %s\n"
            "    steps:\n"
            "      - uses: actions/checkout@v4\n"
            "      - uses: actions/setup-python@v5\n"
            "        with:\n"
            "          python-version: \"3.11\"\n"
            "      - run: pip install meltano dbt-core\n"
            "      - run: meltano install\n"
            "      - run: meltano run tap-%s target-snowflake dbt-snowflake:build\n") % (
        r.randint(0, 59), r.randint(0, 23), var, s.v, pick(r, ["github", "hubspot", "stripe", "postgres"]))
    return pick(r, [".github/workflows/elt.yml", ".github/workflows/nightly.yaml", ".github/workflows/meltano-run.yml"]), text, "yaml"


def sa_json_text(r, s, proj, indent="  "):
    email = "%s@%s.iam.gserviceaccount.com" % (pick(r, ["airbyte-bq", "fivetran-loader", "dlt", "census-reader", "hightouch"]), proj)
    pk = s.pem_escaped()
    pkid = sha_hex(r) if not s.neg else pick(r, [sha_hex(r), ""])
    fields = [("type", "service_account"), ("project_id", proj), ("private_key_id", pkid),
              ("private_key", pk), ("client_email", email), ("client_id", str(r.randint(10 ** 20, 10 ** 21 - 1))),
              ("auth_uri", "https://accounts.google.com/o/oauth2/auth"),
              ("token_uri", "https://oauth2.googleapis.com/token"),
              ("auth_provider_x509_cert_url", "https://www.googleapis.com/oauth2/v1/certs"),
              ("client_x509_cert_url", "https://www.googleapis.com/robot/v1/metadata/x509/%s" % email.replace("@", "%40")),
              ("universe_domain", "googleapis.com")]
    return fields


def t_sa_keyfile(r, s):
    proj = "%s-%s-%d" % (company(r), pick(r, ["analytics", "dwh", "data"]), r.randint(100, 999))
    fields = sa_json_text(r, s, proj)
    text = "{\n" + ",\n".join('  "%s": "%s"' % (k, v) for k, v in fields) + "\n}\n"
    return pick(r, ["credentials/bigquery-loader.json", "keys/%s.json" % proj, "secrets/gcp-sa.json",
                    "config/service_account.json"]), text, "json"


def t_airbyte_bq_dest(r, s):
    proj = "%s-%s" % (company(r), pick(r, ["analytics", "dwh", "data"]))
    fields = sa_json_text(r, s, proj)
    inner = "{" + ", ".join('\\"%s\\": \\"%s\\"' % (k, v.replace("\\n", "\\\\n")) for k, v in fields) + "}"
    text = ('{\n  "name": "BigQuery %s",\n  "destinationDefinitionId": "%s",\n  "workspaceId": "%s",\n'
            '  "connectionConfiguration": {\n    "project_id": "%s",\n    "dataset_location": "%s",\n'
            '    "dataset_id": "%s",\n    "loading_method": {\n      "method": "Standard"\n    },\n'
            '    "credentials_json": "%s",\n    "transformation_priority": "interactive",\n'
            '    "big_query_client_buffer_size_mb": 15\n  }\n}\n') % (
        pick(r, ["prod", "raw"]), uuid4(r), uuid4(r), proj, pick(r, ["US", "EU"]), pick(r, ["airbyte_raw", "raw", "landing"]), inner)
    return pick(r, ["airbyte/destinations/bigquery.json", "infra/airbyte/destination-bigquery.json"]), text, "json"


def t_hightouch_source_yaml(r, s):
    p = s.provider
    if p == "snowflake":
        conf = ("  account: %s\n  warehouse: HIGHTOUCH_WH\n  database: ANALYTICS\n  user: HIGHTOUCH_USER\n"
                "  authMethod: password\n  password: \"%s\"\n") % (sf_account(r), s.v)
    else:
        conf = ("  host: %s\n  port: %d\n  database: %s\n  user: %s\n  password: '%s'\n  ssl: true\n") % (
            db_host_for(r, p), db_port(p), pick(r, DBNAMES), pick(r, ["hightouch_ro", "census_reader", "reverse_etl"]), s.v)
    tool = pick(r, ["hightouch", "census"])
    text = ("# %s source definition (managed in git)\n"
            "name: %s-warehouse\n"
            "type: %s\n"
            "slug: %s-%s\n"
            "configuration:\n%s"
            "syncSchedule:\n  type: interval\n  interval: %d\n"
            "models:\n  - name: active_customers\n    query: select * from marts.dim_customers where is_active\n") % (
        tool, tool, p, p, pick(r, ["prod", "main"]), conf, pick(r, [15, 30, 60]))
    return pick(r, ["%s/sources/%s.yaml" % (tool, p), "reverse-etl/%s/source.yml" % tool]), text, "yaml"


def t_rudder_workspace_json(r, s):
    p = s.provider
    if p == "aws":
        cfg = ('        "bucketName": "%s-rudder-events",\n        "prefix": "rudder",\n'
               '        "accessKeyID": "%s",\n        "accessKey": "%s",\n        "enableSSE": false\n') % (company(r), s.companion(), s.v)
        dtype, dname = "S3", "S3 event archive"
    elif p == "snowflake":
        cfg = ('        "account": "%s",\n        "database": "RUDDER",\n        "warehouse": "RUDDER_WH",\n'
               '        "user": "RUDDER_LOADER",\n        "password": "%s",\n        "namespace": "EVENTS"\n') % (sf_account(r), s.v)
        dtype, dname = "SNOWFLAKE", "Snowflake warehouse"
    else:
        cfg = ('        "host": "%s",\n        "port": "5439",\n        "database": "events",\n'
               '        "user": "rudder",\n        "password": "%s",\n        "namespace": "rudder_events"\n') % (host(r, "redshift"), s.v)
        dtype, dname = "RS", "Redshift"
    text = ('{\n  "workspaceId": "%s",\n  "sources": [\n    {\n      "id": "%s",\n      "name": "web-prod",\n'
            '      "enabled": true,\n      "destinations": [\n        {\n          "id": "%s",\n'
            '          "name": "%s",\n          "enabled": true,\n          "destinationDefinition": {"name": "%s"},\n'
            '          "config": {\n%s          }\n        }\n      ]\n    }\n  ]\n}\n') % (
        rs(r, ALNUM, 27), rs(r, ALNUM, 27), rs(r, ALNUM, 27), dname, dtype, cfg.replace("        ", "            ", ))
    return pick(r, ["rudderstack/workspaceConfig.json", "config/workspaceConfig.json"]), text, "json"


def t_spring_properties(r, s):
    p = s.provider
    jdbc = {"postgres": "jdbc:postgresql://%s:5432/%s", "mysql": "jdbc:mysql://%s:3306/%s",
            "sqlserver": "jdbc:sqlserver://%s:1433;databaseName=%s", "redshift": "jdbc:redshift://%s:5439/%s"}[p] % (
        db_host_for(r, p), pick(r, DBNAMES))
    key = "spring.datasource.password" if s.obvious else pick(r, ["app.source.secret-ref", "etl.source.auth", "batch.src.p"])
    text = ("# Spring Batch ETL job - source database\n"
            "spring.application.name=%s-etl\n"
            "spring.batch.job.enabled=true\n"
            "spring.datasource.url=%s\n"
            "spring.datasource.username=%s\n"
            "%s=%s\n"
            "spring.datasource.hikari.maximum-pool-size=%d\n"
            "spring.jpa.open-in-view=false\n"
            "etl.chunk-size=%d\n"
            "etl.target.bucket=s3://%s-landing/%s\n"
            "logging.level.org.springframework.batch=INFO\n") % (
        pick(r, STREAMS), jdbc, ctx_user(r), key, s.v, r.randint(2, 10), pick(r, [500, 1000, 5000]), company(r), pick(r, STREAMS))
    return pick(r, ["src/main/resources/application.properties", "etl-job/src/main/resources/application-prod.properties"]), text, "properties"


def t_go_dsn(r, s):
    p = s.provider
    h = db_host_for(r, p)
    if p == "mysql":
        dsn = "%s:%s@tcp(%s:3306)/%s?parseTime=true" % (ctx_user(r), s.v, h, pick(r, DBNAMES))
        drv = "mysql"
        imp = "_ \"github.com/go-sql-driver/mysql\""
    else:
        dsn = "host=%s port=%d user=%s password=%s dbname=%s sslmode=require" % (h, db_port(p), ctx_user(r), s.v, pick(r, DBNAMES))
        drv = "pgx"
        imp = "_ \"github.com/jackc/pgx/v5/stdlib\""
    text = ("package source\n\n"
            "import (\n"
            "\t\"context\"\n"
            "\t\"database/sql\"\n"
            "\t\"time\"\n\n"
            "\t%s\n"
            ")\n\n"
            "const defaultDSN = \"%s\"\n\n"
            "// Open returns a pooled handle to the replication source.\n"
            "func Open(ctx context.Context) (*sql.DB, error) {\n"
            "\tdb, err := sql.Open(\"%s\", defaultDSN)\n"
            "\tif err != nil {\n"
            "\t\treturn nil, err\n"
            "\t}\n"
            "\tdb.SetMaxOpenConns(%d)\n"
            "\tdb.SetConnMaxIdleTime(5 * time.Minute)\n"
            "\treturn db, db.PingContext(ctx)\n"
            "}\n") % (imp, dsn, drv, r.randint(2, 16))
    return pick(r, ["internal/source/db.go", "pkg/extract/source.go", "cmd/syncer/source.go"]), text, "go"


def t_pgpass(r, s):
    lines = ["# ~/.pgpass for the %s loader box (chmod 0600)" % pick(r, ["airbyte", "meltano", "airflow", "dlt"]),
             "# managed by hand until the Vault agent template lands (%s)" % pick(r, ["DATA-%d" % r.randint(100, 999), "see runbook", "Q3"]),
             "# hostname:port:database:username:password"]
    lines.append("%s:%d:%s:%s:%s" % (db_host_for(r, s.provider), db_port(s.provider), pick(r, DBNAMES), ctx_user(r), s.v))
    lines.append("# local dev database uses trust auth, no entry needed")
    return pick(r, [".pgpass", "ops/pgpass", "deploy/airbyte/.pgpass"]), "\n".join(lines) + "\n", "pgpass"


def t_ipynb(r, s):
    p = s.provider
    setup = {"stripe": ["import stripe\\n", "stripe.api_key = \\\"%s\\\"\\n" % s.v],
             "hubspot": ["from hubspot import HubSpot\\n", "api_client = HubSpot(access_token=\\\"%s\\\")\\n" % s.v],
             "shopify": ["import shopify\\n", "session = shopify.Session(\\\"%s.myshopify.com\\\", \\\"2024-01\\\", \\\"%s\\\")\\n" % (company(r), s.v)],
             "github": ["from github import Github\\n", "gh = Github(\\\"%s\\\")\\n" % s.v],
             "zendesk": ["from zenpy import Zenpy\\n", "zd = Zenpy(subdomain=\\\"%s\\\", email=\\\"ops@%s.com\\\", token=\\\"%s\\\")\\n" % (company(r), company(r), s.v)]}[p]
    s.obvious = p in ("stripe", "hubspot", "zendesk")
    cells = [
        '  {\n   "cell_type": "markdown",\n   "metadata": {},\n   "source": [\n    "# Backfill check: %s vs warehouse row counts"\n   ]\n  }' % p,
        '  {\n   "cell_type": "code",\n   "execution_count": 1,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "import pandas as pd\\n",\n    %s\n   ]\n  }' % ",\n    ".join('"%s"' % x for x in setup),
        '  {\n   "cell_type": "code",\n   "execution_count": 2,\n   "metadata": {},\n   "outputs": [],\n   "source": [\n    "wh = pd.read_parquet(\\\"s3://%s-landing/%s/\\\")\\n",\n    "len(wh)"\n   ]\n  }' % (company(r), pick(r, STREAMS)),
    ]
    text = ('{\n "cells": [\n%s\n ],\n "metadata": {\n  "kernelspec": {\n   "display_name": "Python 3",\n'
            '   "language": "python",\n   "name": "python3"\n  }\n },\n "nbformat": 4,\n "nbformat_minor": 5\n}\n') % ",\n".join(cells)
    return pick(r, ["notebooks/%s_backfill_check.ipynb" % p, "analysis/reconcile_%s.ipynb" % p]), text, "ipynb"


def t_k8s_secret(r, s):
    p = s.provider
    key = s.name([ENVNAME.get(p, "PASSWORD"), "password", "api-key"], ["value", "conn", "data"])
    text = ("apiVersion: v1\n"
            "kind: Secret\n"
            "metadata:\n"
            "  name: %s-%s-credentials\n"
            "  namespace: %s\n"
            "  labels:\n"
            "    app.kubernetes.io/part-of: elt\n"
            "type: Opaque\n"
            "stringData:\n"
            "  %s: \"%s\"\n") % (pick(r, ["airbyte", "meltano", "kafka-connect", "dlt"]), p,
                                 pick(r, ["airbyte", "data-platform", "elt", "kafka"]), key, s.v)
    return pick(r, ["k8s/elt/%s-secret.yaml" % p, "deploy/manifests/secret-%s.yaml" % p, "charts/elt/templates/%s-secret.yaml" % p]), text, "yaml"


def t_odbc_ini(r, s):
    p = s.provider
    if p == "sqlserver":
        sect = ("[%s]\n"
                "Driver=ODBC Driver 18 for SQL Server\n"
                "Server=tcp:%s,1433\n"
                "Database=%s\n"
                "UID=%s\n"
                "PWD=%s\n"
                "Encrypt=yes\n"
                "TrustServerCertificate=no\n") % (pick(r, ["erp_source", "MSSQL_PROD"]), host(r, "mssql"), pick(r, DBNAMES), ctx_user(r), s.v)
    else:
        sect = ("[%s]\n"
                "Driver=%s\n"
                "Server=%s\n"
                "Port=%d\n"
                "Database=%s\n"
                "Username=%s\n"
                "Password=%s\n"
                "SSLMode=require\n") % (pick(r, ["pg_source", "REDSHIFT_DW", "warehouse"]),
                                        "Amazon Redshift (x64)" if p == "redshift" else "PostgreSQL Unicode",
                                        db_host_for(r, p), db_port(p), pick(r, DBNAMES), ctx_user(r), s.v)
    text = "[ODBC Data Sources]\nsource = ELT source\n\n" + sect
    return pick(r, ["odbc.ini", "config/odbc.ini", "docker/etl/odbc.ini"]), text, "ini"


def t_xml_datasource(r, s):
    p = s.provider
    url = {"postgres": "jdbc:postgresql://%s:5432/%s", "mysql": "jdbc:mysql://%s:3306/%s",
           "sqlserver": "jdbc:sqlserver://%s:1433;databaseName=%s", "redshift": "jdbc:redshift://%s:5439/%s"}[p] % (
        db_host_for(r, p), pick(r, DBNAMES))
    pwline = "    <password>%s</password>\n" % s.v
    if not s.obvious:
        sep = ";" if p == "sqlserver" else ("&amp;" if "?" in url else "?")
        url = url + ("%spassword=%s" % (sep, s.v) if p == "sqlserver" else "%suser=%s%spassword=%s" % (
            sep, ctx_user(r), "&amp;", s.v))
        pwline = ""
    text = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!-- ETL connection repository -->\n"
            "<connections>\n"
            "  <connection>\n"
            "    <name>%s_source</name>\n"
            "    <type>%s</type>\n"
            "    <url>%s</url>\n"
            "    <username>%s</username>\n"
            "%s"
            "    <attributes>\n"
            "      <attribute><code>FORCE_IDENTIFIERS_TO_LOWERCASE</code><value>Y</value></attribute>\n"
            "      <attribute><code>FETCH_SIZE</code><value>%d</value></attribute>\n"
            "    </attributes>\n"
            "  </connection>\n"
            "</connections>\n") % (pick(r, DBNAMES), p.upper(), url, ctx_user(r), pwline, pick(r, [500, 1000, 10000]))
    return pick(r, ["etl/shared.xml", "kettle/connections.xml", "config/datasources.xml"]), text, "xml"


def t_sshpass_shell(r, s):
    h = host(r, "sftp")
    if s.obvious:
        pre = "SFTP_PASS='%s'\n" % s.v
        cmd = "sshpass -p \"$SFTP_PASS\""
    else:
        pre = ""
        cmd = "sshpass -p '%s'" % s.v
    text = ("#!/usr/bin/env bash\n"
            "# nightly pull of partner files into the staging bucket\n"
            "set -euo pipefail\n"
            "DAY=$(date -u +%%Y-%%m-%%d)\n"
            "%s"
            "mkdir -p /tmp/partner/$DAY\n"
            "%s sftp -oBatchMode=no -oStrictHostKeyChecking=accept-new -b - %s@%s <<EOF\n"
            "lcd /tmp/partner/$DAY\n"
            "get /outbound/%s/*.csv\n"
            "EOF\n"
            "aws s3 sync /tmp/partner/$DAY s3://%s-landing/partner/$DAY/\n") % (
        pre, cmd, pick(r, ["partner_feed", "inbound", "elt"]), h, pick(r, ["daily", "exports"]), company(r))
    return pick(r, ["scripts/pull_partner_files.sh", "jobs/sftp_pull.sh", "bin/fetch-partner.sh"]), text, "shell"


def t_saas_python(r, s):
    p = s.provider
    if p == "shopify":
        s.obvious = r.random() < 0.5
        v = "SHOPIFY_TOKEN" if s.obvious else "TOKEN_REF"
        call = ("SHOP = \"%s.myshopify.com\"\n%s = \"%s\"\n\n\n"
                "def fetch(path, params=None):\n"
                "    url = f\"https://{SHOP}/admin/api/2024-04/{path}.json\"\n"
                "    resp = requests.get(url, headers={\"X-Shopify-Access-Token\": %s}, params=params, timeout=30)\n") % (company(r), v, s.v, v)
    elif p == "zendesk":
        s.obvious = False
        call = ("SUBDOMAIN = \"%s\"\n\n\n"
                "def fetch(path, params=None):\n"
                "    url = f\"https://{SUBDOMAIN}.zendesk.com/api/v2/{path}.json\"\n"
                "    resp = requests.get(url, auth=(\"support-bi@%s.com/token\", \"%s\"), params=params, timeout=30)\n") % (company(r), company(r), s.v)
    elif p == "hubspot":
        s.obvious = r.random() < 0.5
        v = "HUBSPOT_TOKEN" if s.obvious else "BEARER"
        call = ("%s = \"%s\"\n\n\n"
                "def fetch(path, params=None):\n"
                "    url = f\"https://api.hubapi.com/crm/v3/objects/{path}\"\n"
                "    resp = requests.get(url, headers={\"Authorization\": f\"Bearer {%s}\"}, params=params, timeout=30)\n") % (v, s.v, v)
    elif p == "stripe":
        s.obvious = False
        call = ("\n\ndef fetch(path, params=None):\n"
                "    url = f\"https://api.stripe.com/v1/{path}\"\n"
                "    resp = requests.get(url, auth=(\"%s\", \"\"), params=params, timeout=30)\n") % s.v
    else:  # github
        s.obvious = False
        call = ("\n\ndef fetch(path, params=None):\n"
                "    url = f\"https://api.github.com/{path}\"\n"
                "    resp = requests.get(url, headers={\"Authorization\": \"Bearer %s\", \"X-GitHub-Api-Version\": \"2022-11-28\"}, params=params, timeout=30)\n") % s.v
    text = ("\"\"\"Tiny extractor used before we moved %s to the managed connector.\"\"\"\n"
            "import json\n"
            "import sys\n\n"
            "import requests\n\n"
            "%s"
            "    resp.raise_for_status()\n"
            "    return resp.json()\n\n\n"
            "if __name__ == \"__main__\":\n"
            "    json.dump(fetch(sys.argv[1]), sys.stdout, indent=2)\n") % (p, call)
    return pick(r, ["scripts/extract_%s.py" % p, "legacy/%s_extract.py" % p, "tools/%s_pull.py" % p]), text, "python"


def t_dockerfile_git(r, s):
    org = company(r)
    text = ("FROM python:3.11-slim\n\n"
            "RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*\n"
            "WORKDIR /app\n\n"
            "# private tap fork\n"
            "RUN pip install --no-cache-dir \"git+https://x-access-token:%s@github.com/%s/tap-%s.git@v%d.%d.%d\"\n\n"
            "COPY meltano.yml ./\n"
            "RUN meltano install\n\n"
            "ENTRYPOINT [\"meltano\"]\n"
            "CMD [\"run\", \"tap-%s\", \"target-snowflake\"]\n") % (
        s.v, org, pick(r, ["netsuite", "quickbooks", "internal-api"]), r.randint(0, 3), r.randint(0, 20), r.randint(0, 9),
        pick(r, ["netsuite", "quickbooks"]))
    return pick(r, ["Dockerfile", "docker/meltano/Dockerfile", "elt/Dockerfile"]), text, "dockerfile"


def t_helm_values(r, s):
    p = s.provider
    text = ("# values for the %s chart (prod)\n"
            "replicaCount: %d\n"
            "image:\n"
            "  repository: %s\n"
            "  tag: \"%d.%d.%d\"\n"
            "resources:\n"
            "  limits:\n"
            "    memory: 2Gi\n"
            "global:\n"
            "  database:\n"
            "    type: external\n"
            "    host: %s\n"
            "    port: %d\n"
            "    database: %s\n"
            "    user: %s\n"
            "    password: %s\n"
            "  storage:\n"
            "    type: S3\n"
            "    bucket:\n"
            "      log: %s-airbyte-logs\n"
            "      state: %s-airbyte-state\n") % (
        pick(r, ["airbyte", "kafka-connect"]), r.randint(1, 3), pick(r, ["airbyte/server", "confluentinc/cp-kafka-connect"]),
        r.randint(0, 1), r.randint(40, 64), r.randint(0, 9), db_host_for(r, p), db_port(p), pick(r, ["airbyte", "db-airbyte", "connect_meta"]),
        ctx_user(r), s.v, company(r), company(r))
    return pick(r, ["helm/airbyte/values-prod.yaml", "deploy/values.yaml", "charts/values.prod.yaml"]), text, "yaml"


def t_zendesk_curl_md(r, s):
    sub = company(r)
    text = ("## Zendesk source: quick sanity check\n\n"
            "Before opening a ticket with the connector vendor, check the token still works:\n\n"
            "```sh\n"
            "curl -s https://%s.zendesk.com/api/v2/users/me.json \\\n"
            "  -u support-bi@%s.com/token:%s | jq '.user.role'\n"
            "```\n\n"
            "Expected output: `\"admin\"`.  Incremental exports use the `start_time` cursor; see the\n"
            "state file in `state/zendesk.json` for the last value.\n") % (sub, sub, s.v)
    return pick(r, ["docs/connectors/zendesk.md", "README.zendesk.md", "notes/zendesk-debug.md"]), text, "markdown"


def t_jdbc_sink_url(r, s):
    p = s.provider
    db = pick(r, DBNAMES)
    user = ctx_user(r)
    pw = s.v
    if p == "postgres":
        url = "jdbc:postgresql://%s:5432/%s?user=%s&password=%s&sslmode=require" % (db_host_for(r, p), db, user, pw)
    elif p == "mysql":
        url = "jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true" % (db_host_for(r, p), db, user, pw)
    else:
        url = "jdbc:redshift://%s:5439/%s?user=%s&password=%s&ssl=true" % (host(r, "redshift"), db, user, pw)
    name = "jdbc-sink-%s" % pick(r, STREAMS)
    text = ('{\n  "name": "%s",\n  "config": {\n'
            '    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",\n'
            '    "tasks.max": "%d",\n'
            '    "topics": "cdc.%s.%s",\n'
            '    "connection.url": "%s",\n'
            '    "insert.mode": "upsert",\n'
            '    "pk.mode": "record_key",\n'
            '    "pk.fields": "id",\n'
            '    "auto.create": "true",\n'
            '    "auto.evolve": "true",\n'
            '    "transforms": "unwrap",\n'
            '    "transforms.unwrap.type": "io.debezium.transforms.ExtractNewRecordState",\n'
            '    "transforms.unwrap.drop.tombstones": "false"\n'
            '  }\n}\n') % (name, r.randint(1, 4), pick(r, SCHEMAS), pick(r, STREAMS), url)
    return pick(r, ["connect/connectors/%s.json" % name, "kafka-connect/sinks/%s.json" % name]), text, "json"


def t_psql_makefile(r, s):
    url = make_url(r, s)
    if s.provider in ("postgres", "redshift"):
        url = url.replace("redshift+psycopg2://", "postgresql://")
        cli = "psql \"$(WAREHOUSE)\" -v ON_ERROR_STOP=1 -f"
    else:
        url = url.replace("mysql+pymysql://", "mysql://")
        cli = "mysqlsh --uri \"$(WAREHOUSE)\" --sql -f"
    text = (".PHONY: seed backfill slots dbt\n\n"
            "WAREHOUSE ?= %s\n"
            "DBT_TARGET ?= dev\n\n"
            "seed:\n"
            "\t%s sql/seed_reference_data.sql\n\n"
            "backfill:\n"
            "\tpython -m sync.backfill --since $(SINCE)\n\n"
            "slots:\n"
            "\t%s sql/show_replication_slots.sql\n\n"
            "dbt:\n"
            "\tdbt build --target $(DBT_TARGET)\n") % (url, cli, cli)
    return pick(r, ["Makefile", "elt/Makefile", "warehouse/Makefile"]), text, "makefile"


def t_curl_header(r, s):
    p = s.provider
    if p == "shopify":
        line = "curl -s -H 'X-Shopify-Access-Token: %s' \\\n  \"https://%s.myshopify.com/admin/api/2024-04/orders/count.json?status=any\"" % (s.v, company(r))
    elif p == "hubspot":
        line = "curl -s -H 'Authorization: Bearer %s' \\\n  'https://api.hubapi.com/crm/v3/objects/contacts?limit=1&archived=false'" % s.v
    elif p == "stripe":
        line = "curl -s https://api.stripe.com/v1/balance_transactions?limit=3 \\\n  -u %s:" % s.v
    elif p == "github":
        line = "curl -s -H \"Authorization: Bearer %s\" \\\n  https://api.github.com/rate_limit" % s.v
    else:  # salesforce: token exchange with refresh token on the command line
        line = ("curl -s https://login.salesforce.com/services/oauth2/token \\\n"
                "  -d grant_type=refresh_token \\\n  -d client_id=%s \\\n  -d client_secret=\"$SF_CLIENT_SECRET\" \\\n"
                "  -d refresh_token=%s") % (s.companion(), s.v)
    text = ("#!/usr/bin/env bash\n"
            "# Compare source counts with what landed in the warehouse (%s).\n"
            "set -eu\n\n"
            "echo \"source:\"\n"
            "%s | jq .\n\n"
            "echo \"warehouse:\"\n"
            "snowsql -c loader -q \"select count(*) from raw.%s.%s\" -o output_format=plain\n") % (
        p, line, p, pick(r, STREAMS))
    return pick(r, ["scripts/check_%s_counts.sh" % p, "bin/compare-%s" % p, "ops/reconcile_%s.sh" % p]), text, "shell"


def t_python_positional(r, s):
    p = s.provider
    h = db_host_for(r, p)
    db = pick(r, DBNAMES)
    user = ctx_user(r)
    if p == "mysql":
        imp, call = "import pymysql", "pymysql.connect(host=\"%s\", user=\"%s\", password=\"%s\", database=\"%s\")" % (h, user, s.v, db) if s.obvious else \
            "pymysql.connect(\"%s\", \"%s\", \"%s\", \"%s\")" % (h, user, s.v, db)
    elif p == "sqlserver":
        imp, call = "import pymssql", "pymssql.connect(\"%s\", \"%s\", \"%s\", \"%s\")" % (h, user, s.v, db)
        s.obvious = False
    else:
        imp = "import psycopg2"
        call = "psycopg2.connect(host=\"%s\", dbname=\"%s\", user=\"%s\", password=\"%s\")" % (h, db, user, s.v) if s.obvious else \
            "psycopg2.connect(\"host=%s dbname=%s user=%s password=%s\")" % (h, db, user, s.v)
    text = ("\"\"\"One-off: compare primary-key coverage between the source and the warehouse copy.\"\"\"\n"
            "import csv\n"
            "import sys\n\n"
            "%s\n\n\n"
            "def source_ids(table):\n"
            "    conn = %s\n"
            "    try:\n"
            "        cur = conn.cursor()\n"
            "        cur.execute(f\"SELECT id FROM {table}\")\n"
            "        return {row[0] for row in cur.fetchall()}\n"
            "    finally:\n"
            "        conn.close()\n\n\n"
            "if __name__ == \"__main__\":\n"
            "    ids = source_ids(sys.argv[1])\n"
            "    csv.writer(sys.stdout).writerows([[i] for i in sorted(ids)])\n") % (imp, call)
    return pick(r, ["scripts/source_ids.py", "adhoc/compare_keys.py", "tools/pk_coverage.py"]), text, "python"


def t_java_jdbc(r, s):
    p = s.provider
    url = {"postgres": "jdbc:postgresql://%s:5432/%s", "mysql": "jdbc:mysql://%s:3306/%s",
           "sqlserver": "jdbc:sqlserver://%s:1433;databaseName=%s", "redshift": "jdbc:redshift://%s:5439/%s"}[p] % (
        db_host_for(r, p), pick(r, DBNAMES))
    pkg = "com.%s.etl.source" % company(r).replace("-", "")
    text = ("package %s;\n\n"
            "import java.sql.Connection;\n"
            "import java.sql.DriverManager;\n"
            "import java.sql.SQLException;\n\n"
            "/** Opens connections to the legacy source for the nightly extract. */\n"
            "public final class SourceConnections {\n"
            "    private static final String URL = \"%s\";\n\n"
            "    private SourceConnections() {}\n\n"
            "    public static Connection open() throws SQLException {\n"
            "        Connection c = DriverManager.getConnection(URL, \"%s\", \"%s\");\n"
            "        c.setReadOnly(true);\n"
            "        c.setAutoCommit(false);\n"
            "        return c;\n"
            "    }\n"
            "}\n") % (pkg, url, ctx_user(r), s.v)
    return "src/main/java/%s/SourceConnections.java" % pkg.replace(".", "/"), text, "java"


def t_airflow_dag_uri(r, s):
    url = make_url(r, s)
    url = url.replace("postgresql://", "postgres://").replace("mysql+pymysql://", "mysql://").replace("redshift+psycopg2://", "redshift://").replace("mssql+pyodbc://", "mssql://")
    dag = "%s_snapshot" % pick(r, STREAMS)
    text = ("from datetime import datetime, timedelta\n\n"
            "from airflow import DAG\n"
            "from airflow.models.connection import Connection\n"
            "from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator\n\n"
            "# TODO move to the secrets backend\n"
            "SRC = Connection(conn_id=\"legacy_src\", uri=\"%s\")\n\n"
            "with DAG(\n"
            "    dag_id=\"%s\",\n"
            "    start_date=datetime(%d, %d, 1),\n"
            "    schedule=\"@daily\",\n"
            "    catchup=False,\n"
            "    default_args={\"retries\": 2, \"retry_delay\": timedelta(minutes=10)},\n"
            ") as dag:\n"
            "    snapshot = SQLExecuteQueryOperator(\n"
            "        task_id=\"snapshot\",\n"
            "        conn_id=SRC.conn_id,\n"
            "        sql=\"sql/%s.sql\",\n"
            "    )\n") % (url, dag, r.randint(2022, 2025), r.randint(1, 12), dag)
    return "dags/%s.py" % dag, text, "python"


def t_boto3_session(r, s):
    kid = s.companion()
    text = ("\"\"\"Upload extracted files to the staging bucket that Snowpipe watches.\"\"\"\n"
            "import pathlib\n\n"
            "import boto3\n\n"
            "BUCKET = \"%s-elt-staging\"\n"
            "session = boto3.Session(\"%s\", \"%s\", region_name=\"%s\")\n"
            "s3 = session.client(\"s3\")\n\n\n"
            "def upload(folder: str, prefix: str = \"%s/\") -> int:\n"
            "    n = 0\n"
            "    for f in pathlib.Path(folder).glob(\"*.parquet\"):\n"
            "        s3.upload_file(str(f), BUCKET, prefix + f.name)\n"
            "        n += 1\n"
            "    return n\n") % (company(r), kid, s.v, pick(r, REGIONS), pick(r, STREAMS))
    return pick(r, ["loaders/s3_stage.py", "sync/upload.py", "jobs/stage_files.py"]), text, "python"


def t_cli_flags_shell(r, s):
    p = s.provider
    h = db_host_for(r, p)
    db = pick(r, DBNAMES)
    user = ctx_user(r)
    if p == "mysql":
        cmd = "mysqldump -h %s -u %s -p'%s' --single-transaction --set-gtid-purged=OFF %s %s > \"$OUT/%s.sql\"" % (h, user, s.v, db, pick(r, STREAMS), db)
    elif p == "sqlserver":
        cmd = "sqlcmd -S %s -d %s -U %s -P '%s' -Q \"SELECT * FROM dbo.%s\" -s ',' -W > \"$OUT/%s.csv\"" % (h, db, user, s.v, pick(r, STREAMS), db)
    else:
        cmd = "PGPASSWORD='%s' pg_dump -h %s -U %s -d %s -t %s -Fc -f \"$OUT/%s.dump\"" % (s.v, h, user, db, pick(r, STREAMS), db)
    text = ("#!/usr/bin/env bash\n"
            "# Snapshot a source table before re-running the initial sync.\n"
            "set -euo pipefail\n"
            "OUT=${OUT:-/tmp/snapshots/$(date -u +%%Y%%m%%d)}\n"
            "mkdir -p \"$OUT\"\n\n"
            "%s\n\n"
            "aws s3 cp --recursive \"$OUT\" \"s3://%s-backups/snapshots/\"\n") % (cmd, company(r))
    return pick(r, ["scripts/snapshot_source.sh", "ops/pre_resync_backup.sh", "bin/snapshot"]), text, "shell"


def t_appsettings_json(r, s):
    p = s.provider
    h = db_host_for(r, p)
    db = pick(r, DBNAMES)
    if p == "sqlserver":
        cs = "Server=tcp:%s,1433;Initial Catalog=%s;User ID=%s;Password=%s;Encrypt=True;" % (h, db, ctx_user(r), s.v)
    elif p == "postgres":
        cs = "Host=%s;Port=5432;Database=%s;Username=%s;Password=%s;SSL Mode=Require" % (h, db, ctx_user(r), s.v)
    else:
        cs = "Server=%s;Port=3306;Database=%s;Uid=%s;Pwd=%s;SslMode=Required" % (h, db, ctx_user(r), s.v)
    text = ('{\n  "Logging": {\n    "LogLevel": {\n      "Default": "Information",\n      "Microsoft.Hosting.Lifetime": "Warning"\n    }\n  },\n'
            '  "ConnectionStrings": {\n    "Source": "%s"\n  },\n'
            '  "Export": {\n    "BatchSize": %d,\n    "TargetBucket": "s3://%s-landing/%s",\n    "Schedule": "0 */4 * * *"\n  }\n}\n') % (
        cs, pick(r, [1000, 5000]), company(r), pick(r, STREAMS))
    return pick(r, ["src/ExportWorker/appsettings.Production.json", "appsettings.json", "ExportService/appsettings.json"]), text, "json"


def t_dotenv_url(r, s):
    url = make_url(r, s)
    var = s.name(["DATABASE_URL"], ["DATABASE_URL", "SOURCE_URI", "DESTINATION__POSTGRES__CREDENTIALS", "TARGET_DSN"])
    text = ("# worker settings\n"
            "LOG_LEVEL=info\n"
            "SYNC_INTERVAL_MINUTES=%d\n"
            "%s=%s\n"
            "S3_STAGING_BUCKET=%s-elt-staging\n"
            "SENTRY_DSN=\n") % (pick(r, [15, 30, 60]), var, url, company(r))
    return pick(r, [".env", "worker/.env", "sync/.env.production"]), text, "dotenv"


def t_airbyte_client(r, s):
    cid = s.companion()
    var = s.name(["AIRBYTE_CLIENT_SECRET", "client_secret"], ["AB_B", "creds_part", "CS"])
    text = ("\"\"\"Trigger Airbyte Cloud syncs from the orchestrator.\"\"\"\n"
            "import requests\n\n"
            "API = \"https://api.airbyte.com/v1\"\n"
            "CLIENT_ID = \"%s\"\n"
            "%s = \"%s\"\n\n\n"
            "def _token():\n"
            "    resp = requests.post(f\"{API}/applications/token\", json={\"client_id\": CLIENT_ID, \"client_secret\": %s}, timeout=30)\n"
            "    resp.raise_for_status()\n"
            "    return resp.json()[\"access_token\"]\n\n\n"
            "def run_sync(connection_id: str) -> str:\n"
            "    headers = {\"Authorization\": f\"Bearer {_token()}\"}\n"
            "    body = {\"connectionId\": connection_id, \"jobType\": \"sync\"}\n"
            "    resp = requests.post(f\"{API}/jobs\", json=body, headers=headers, timeout=30)\n"
            "    resp.raise_for_status()\n"
            "    return resp.json()[\"jobId\"]\n\n\n"
            "DEFAULT_CONNECTION = \"%s\"\n") % (cid, var, s.v, var, uuid4(r))
    return pick(r, ["orchestration/airbyte_cloud.py", "dags/lib/airbyte_client.py", "scripts/airbyte_trigger.py"]), text, "python"


# ---------------------------------------------------------------------------
# negative-only domain look-alikes.  Each: fn(r) -> (relpath, text, filetype, provider, kind)
# ---------------------------------------------------------------------------

def n_singer_catalog(r):
    streams = r.sample(STREAMS, r.randint(2, 3))
    out = []
    for st in streams:
        out.append('    {\n      "tap_stream_id": "%s",\n      "stream": "%s",\n      "key_properties": ["id"],\n'
                   '      "replication_key": "updated",\n      "schema": {\n        "type": ["null", "object"],\n'
                   '        "properties": {\n          "id": {"type": ["null", "string"]},\n'
                   '          "updated": {"type": ["null", "string"], "format": "date-time"},\n'
                   '          "api_key_last4": {"type": ["null", "string"]},\n'
                   '          "secret_hash": {"type": ["null", "string"]}\n        }\n      },\n'
                   '      "metadata": [\n        {"breadcrumb": [], "metadata": {"selected": %s, "replication-method": "INCREMENTAL"}}\n      ]\n    }' % (
                       st, st, pick(r, ["true", "false"])))
    text = '{\n  "streams": [\n%s\n  ]\n}\n' % ",\n".join(out)
    return pick(r, ["catalog.json", "tap-stripe/catalog.json", "singer/catalogs/%s.json" % pick(r, ["stripe", "hubspot", "zendesk"])]), text, "json", "singer", "catalog_schema"


def n_singer_state(r):
    bm = {}
    lines = []
    for st in r.sample(STREAMS, r.randint(2, 4)):
        lines.append('      "%s": {\n        "replication_key": "updated_at",\n        "replication_key_value": "%s",\n        "last_id": "%s_%s"\n      }' % (
            st, ts(r), pick(r, ["ch", "cus", "in", "sub", "txn"]), rs(r, ALNUM, 24)))
    text = '{\n  "currently_syncing": null,\n  "bookmarks": {\n%s\n  }\n}\n' % ",\n".join(lines)
    return pick(r, ["state.json", "state/%s.json" % pick(r, ["stripe", "hubspot", "zendesk"]), ".meltano/run/state.json"]), text, "json", "singer", "state_bookmark"


def n_debezium_offsets(r):
    lsn = r.randint(10 ** 7, 10 ** 10)
    text = ("# CDC slot health - %s\n\n"
            "```\n"
            "  slot_name    |  plugin  | slot_type | active | restart_lsn | confirmed_flush_lsn\n"
            "---------------+----------+-----------+--------+-------------+---------------------\n"
            " airbyte_slot  | pgoutput | logical   | t      | %X/%08X  | %X/%08X\n"
            " debezium_%s | pgoutput | logical   | f      | %X/%08X  | %X/%08X\n"
            "```\n\n"
            "Last committed Debezium offset (from `connect-offsets`):\n\n"
            "```json\n"
            "{\"transaction_id\": null, \"lsn_proc\": %d, \"lsn_commit\": %d, \"lsn\": %d, \"txId\": %d, \"ts_usec\": %d}\n"
            "```\n\n"
            "If `active = f` for more than an hour the slot is holding WAL; drop it per the runbook.\n") % (
        date(r), r.randint(0, 40), r.getrandbits(32), r.randint(0, 40), r.getrandbits(32), pick(r, DBNAMES),
        r.randint(0, 40), r.getrandbits(32), r.randint(0, 40), r.getrandbits(32), lsn, lsn, lsn, r.randint(10 ** 5, 10 ** 8),
        r.randint(1600000000000000, 1750000000000000))
    return pick(r, ["docs/cdc/slot-health.md", "notes/replication-slots.md"]), text, "markdown", "debezium", "replication_lsn"


def n_airbyte_connections(r):
    items = []
    for _ in range(r.randint(2, 4)):
        items.append('    {\n      "connectionId": "%s",\n      "name": "%s → %s",\n      "sourceId": "%s",\n'
                     '      "destinationId": "%s",\n      "workspaceId": "%s",\n      "status": "%s",\n'
                     '      "schedule": {"scheduleType": "cron", "cronExpression": "0 %d * * * ?"},\n'
                     '      "namespaceDefinition": "destination",\n      "prefix": "%s_"\n    }' % (
                         uuid4(r), pick(r, ["Postgres", "Stripe", "HubSpot", "Zendesk"]), pick(r, ["Snowflake", "BigQuery"]),
                         uuid4(r), uuid4(r), uuid4(r), pick(r, ["active", "inactive"]), r.randint(0, 23), pick(r, STREAMS)))
    text = '{\n  "data": [\n%s\n  ],\n  "next": null\n}\n' % ",\n".join(items)
    return pick(r, ["airbyte/exports/connections.json", "ops/airbyte_connections.json"]), text, "json", "airbyte", "connection_ids"


def n_airbyte_masked_source(r):
    p = pick(r, ["postgres", "mysql", "stripe", "hubspot"])
    if p in ("postgres", "mysql"):
        conf = '"host": "%s", "port": %d, "database": "%s", "username": "%s", "password": "**********", "ssl_mode": {"mode": "require"}' % (
            db_host_for(r, p), db_port(p), pick(r, DBNAMES), ctx_user(r))
    elif p == "stripe":
        conf = '"account_id": "acct_%s", "client_secret": "**********", "start_date": "%s"' % (rs(r, ALNUM, 16), ts(r))
    else:
        conf = '"credentials": {"credentials_title": "Private App Credentials", "access_token": "**********"}, "start_date": "%s"' % ts(r)
    text = ('{\n  "sourceId": "%s",\n  "name": "%s",\n  "sourceType": "%s",\n  "workspaceId": "%s",\n'
            '  "configuration": {%s},\n  "createdAt": %d\n}\n') % (
        uuid4(r), p, p, uuid4(r), conf, r.randint(1600000000, 1750000000))
    return pick(r, ["airbyte/exports/source-%s.json" % p, "backups/airbyte/%s_source.json" % p]), text, "json", "airbyte", "masked_value"


def n_fivetran_list(r):
    items = []
    for _ in range(r.randint(2, 3)):
        svc = pick(r, ["postgres_rds", "salesforce", "hubspot", "stripe", "zendesk"])
        items.append('      {\n        "id": "%s_%s",\n        "group_id": "%s_%s",\n        "service": "%s",\n'
                     '        "schema": "%s",\n        "sync_frequency": %d,\n        "status": {"setup_state": "connected", "sync_state": "scheduled"},\n'
                     '        "config": {"password": "******", "user": "%s", "api_key": "******"}\n      }' % (
                         pick(r, WORDS), pick(r, WORDS), pick(r, WORDS), pick(r, WORDS), svc, svc, pick(r, [60, 360, 1440]), ctx_user(r)))
    text = '{\n  "code": "Success",\n  "data": {\n    "items": [\n%s\n    ],\n    "next_cursor": "%s"\n  }\n}\n' % (
        ",\n".join(items), base64.b64encode(("eyJza2lwIjo%d" % r.randint(1, 99)).encode()).decode())
    return pick(r, ["fivetran/connectors_snapshot.json", "ops/fivetran/list.json"]), text, "json", "fivetran", "connector_ids"


def n_segment_snippet(r):
    wk = rs(r, ALNUM, 32)
    text = ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  <title>%s</title>\n"
            "  <script>\n"
            "    !function(){var i=\"analytics\",analytics=window[i]=window[i]||[];if(!analytics.initialize)if(analytics.invoked)window.console&&console.error&&console.error(\"Segment snippet included twice.\");else{analytics.invoked=!0;analytics.methods=[\"track\",\"identify\",\"page\",\"reset\"];analytics.factory=function(e){return function(){var t=Array.prototype.slice.call(arguments);t.unshift(e);analytics.push(t);return analytics}};for(var n=0;n<analytics.methods.length;n++){var key=analytics.methods[n];analytics[key]=analytics.factory(key)}analytics.load=function(key,n){var t=document.createElement(\"script\");t.type=\"text/javascript\";t.async=!0;t.src=\"https://cdn.segment.com/analytics.js/v1/\" + key + \"/analytics.min.js\";var r=document.getElementsByTagName(\"script\")[0];r.parentNode.insertBefore(t,r);analytics._loadOptions=n};analytics._writeKey=\"%s\";analytics.SNIPPET_VERSION=\"5.2.0\";\n"
            "    analytics.load(\"%s\");\n"
            "    analytics.page();\n"
            "    }}();\n"
            "  </script>\n"
            "</head>\n<body>\n  <div id=\"root\"></div>\n</body>\n</html>\n") % (company(r).capitalize(), wk, wk)
    return pick(r, ["public/index.html", "web/templates/base.html", "site/index.html"]), text, "html", "segment", "public_write_key"


def n_rudder_snippet(r):
    wk = "2" + rs(r, ALNUM, 26)
    dp = "https://%s%s.dataplane.rudderstack.com" % (company(r), rs(r, string.ascii_lowercase, 5))
    text = ("import { RudderAnalytics } from '@rudderstack/analytics-js';\n\n"
            "// Browser write key + data plane URL are public by design (they ship in the bundle).\n"
            "const WRITE_KEY = '%s';\n"
            "const DATA_PLANE_URL = '%s';\n\n"
            "export const analytics = new RudderAnalytics();\n"
            "analytics.load(WRITE_KEY, DATA_PLANE_URL, { integrations: { All: true } });\n\n"
            "export function trackSignup(plan: string) {\n"
            "  analytics.track('Signed Up', { plan });\n"
            "}\n") % (wk, dp)
    return pick(r, ["src/analytics/rudder.ts", "web/src/lib/analytics.ts"]), text, "typescript", "rudderstack", "public_write_key"


def n_stripe_publishable(r):
    pk = "pk_live_" + rs(r, ALNUM, 24 if r.random() < 0.5 else 99)
    text = ("# Public build-time config for the checkout frontend (safe to commit)\n"
            "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=%s\n"
            "NEXT_PUBLIC_SEGMENT_WRITE_KEY=%s\n"
            "NEXT_PUBLIC_API_BASE=https://api.%s.com\n"
            "NEXT_PUBLIC_SENTRY_ENV=production\n"
            "# server-only values come from the deploy platform\n"
            "STRIPE_SECRET_KEY=\n") % (pk, rs(r, ALNUM, 32), company(r))
    return pick(r, [".env.production", "web/.env.production", "apps/checkout/.env.production"]), text, "dotenv", "stripe", "publishable_key"


def n_snowflake_public_key(r):
    lines = gen_public_key(r)
    body = "".join(lines[1:-1])
    user = pick(r, ["AIRBYTE_USER", "FIVETRAN", "KAFKA_CONNECTOR", "DBT_SERVICE"])
    text = ("-- Key-pair auth: register the PUBLIC key only. The private key lives in Vault.\n"
            "USE ROLE SECURITYADMIN;\n"
            "ALTER USER %s SET RSA_PUBLIC_KEY='%s';\n"
            "DESC USER %s;\n"
            "-- RSA_PUBLIC_KEY_FP should read SHA256:%s\n") % (
        user, body, user, base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode())
    return pick(r, ["snowflake/users/%s.sql" % user.lower(), "sql/keypair_rotation.sql"]), text, "sql", "snowflake", "public_key"


def n_public_key_pem(r):
    lines = gen_public_key(r)
    return pick(r, ["keys/snowflake_rsa_key.pub", "secrets/rsa_key.pub", "config/keys/airbyte.pub"]), "\n".join(lines) + "\n", "pem", "snowflake", "public_key"


def n_dbt_sources(r):
    src = pick(r, ["stripe", "hubspot", "zendesk", "postgres_app"])
    tables = "\n".join("      - name: %s\n        loaded_at_field: _fivetran_synced\n        columns:\n          - name: id\n            tests: [unique, not_null]" % t
                       for t in r.sample(STREAMS, 3))
    text = ("version: 2\n\n"
            "sources:\n"
            "  - name: %s\n"
            "    database: RAW\n"
            "    schema: %s\n"
            "    freshness:\n"
            "      warn_after: {count: 12, period: hour}\n"
            "      error_after: {count: 24, period: hour}\n"
            "    tables:\n%s\n") % (src, src, tables)
    return "models/staging/%s/_%s__sources.yml" % (src, src), text, "yaml", "dbt", "catalog_schema"


def n_dbt_manifest(r):
    nodes = []
    for t in r.sample(STREAMS, 3):
        nodes.append('    "model.analytics.stg_%s": {\n      "resource_type": "model",\n      "checksum": {"name": "sha256", "checksum": "%s"},\n'
                     '      "config": {"materialized": "view"},\n      "unique_id": "model.analytics.stg_%s"\n    }' % (t, sha_hex(r, 64), t))
    text = '{\n  "metadata": {"dbt_version": "1.%d.%d", "invocation_id": "%s", "project_id": "%s"},\n  "nodes": {\n%s\n  }\n}\n' % (
        r.randint(5, 8), r.randint(0, 9), uuid4(r), sha_hex(r, 32), ",\n".join(nodes))
    return "target/manifest.json", text, "json", "dbt", "hash"


def n_lockfile(r):
    pkgs = ["@segment/analytics-node", "@rudderstack/rudder-sdk-node", "pg", "axios", "knex", "mysql2", "stripe"]
    out = []
    for pk in r.sample(pkgs, 4):
        ver = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 20))
        out.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s=="\n    }' % (
            pk, ver, pk, pk.split("/")[-1], ver, base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()[:86]))
    text = '{\n  "name": "sync-worker",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n%s\n  }\n}\n' % ",\n".join(out)
    return pick(r, ["package-lock.json", "worker/package-lock.json"]), text, "json", "npm", "hash"


def n_compose_digests(r):
    text = ("services:\n"
            "  connect:\n"
            "    image: confluentinc/cp-kafka-connect@sha256:%s\n"
            "    environment:\n"
            "      CONNECT_BOOTSTRAP_SERVERS: ${KAFKA_BOOTSTRAP}\n"
            "      CONNECT_SASL_JAAS_CONFIG: ${CONNECT_SASL_JAAS_CONFIG}\n"
            "      CONNECT_CONFIG_PROVIDERS: file\n"
            "      CONNECT_CONFIG_PROVIDERS_FILE_CLASS: org.apache.kafka.common.config.provider.FileConfigProvider\n"
            "    volumes:\n"
            "      - ./secrets:/opt/secrets:ro\n"
            "  airbyte-worker:\n"
            "    image: airbyte/worker@sha256:%s\n"
            "    env_file: .env\n"
            "    environment:\n"
            "      DATABASE_PASSWORD: ${DATABASE_PASSWORD:?set in .env}\n") % (sha_hex(r, 64), sha_hex(r, 64))
    return pick(r, ["docker-compose.yml", "compose.override.yaml"]), text, "yaml", "docker", "digest"


def n_gh_workflow_secrets(r):
    text = ("name: dbt-build\n"
            "on:\n  push:\n    branches: [main]\n"
            "jobs:\n"
            "  build:\n"
            "    runs-on: ubuntu-latest\n"
            "    env:\n"
            "      DBT_SNOWFLAKE_ACCOUNT: ${{ vars.SNOWFLAKE_ACCOUNT }}\n"
            "      DBT_SNOWFLAKE_PASSWORD: ${{ secrets.DBT_SNOWFLAKE_PASSWORD }}\n"
            "      FIVETRAN_API_KEY: ${{ secrets.FIVETRAN_API_KEY }}\n"
            "      FIVETRAN_API_SECRET: ${{ secrets.FIVETRAN_API_SECRET }}\n"
            "    steps:\n"
            "      - uses: actions/checkout@%s\n"
            "      - run: pip install dbt-snowflake==1.%d.*\n"
            "      - run: dbt build --target prod\n"
            "      - run: python scripts/fivetran_resync.py --group %s_%s\n") % (
        sha_hex(r, 40), r.randint(5, 8), pick(r, WORDS), pick(r, WORDS))
    return ".github/workflows/dbt.yml", text, "yaml", "github_actions", "env_reference"


def n_terraform_vars(r):
    text = ("variable \"fivetran_api_key\" {\n  type = string\n}\n\n"
            "variable \"fivetran_api_secret\" {\n  type      = string\n  sensitive = true\n}\n\n"
            "variable \"pg_password\" {\n  description = \"Password for the replication user, injected by CI from Vault\"\n"
            "  type      = string\n  sensitive = true\n}\n\n"
            "provider \"fivetran\" {\n  api_key    = var.fivetran_api_key\n  api_secret = var.fivetran_api_secret\n}\n\n"
            "resource \"fivetran_connector\" \"pg\" {\n  group_id = \"%s_%s\"\n  service  = \"postgres_rds\"\n"
            "  config {\n    host     = \"%s\"\n    user     = \"fivetran\"\n    password = var.pg_password\n  }\n}\n") % (
        pick(r, WORDS), pick(r, WORDS), host(r, "pg"))
    return pick(r, ["terraform/fivetran/main.tf", "infra/elt/fivetran.tf"]), text, "terraform", "fivetran", "env_reference"


def n_i18n(r):
    text = ('{\n  "connectors": {\n    "apiKey": "API key",\n    "apiSecret": "API secret",\n'
            '    "password": "Password",\n    "passwordHelp": "The password for the replication user. Stored encrypted.",\n'
            '    "privateKey": "Private key (PEM)",\n    "privateKeyHelp": "Paste the contents of rsa_key.p8, including the BEGIN/END lines.",\n'
            '    "token": "Access token",\n    "tokenPlaceholder": "pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",\n'
            '    "secretMasked": "••••••••",\n    "testConnection": "Test connection",\n    "saved": "Saved %s"\n  }\n}\n') % pick(r, ["", "successfully"])
    lang = pick(r, ["en", "en-US", "en-GB"])
    return pick(r, ["src/locales/%s.json" % lang, "web/i18n/%s/connectors.json" % lang]), text, "json", "i18n", "i18n_string"


def n_runbook_refs(r):
    text = ("# Rotating the warehouse loader credentials\n\n"
            "1. Generate the new password in Vault:\n\n"
            "   ```bash\n"
            "   vault kv put secret/elt/snowflake/loader password=\"$(openssl rand -base64 24)\"\n"
            "   ```\n\n"
            "2. Update Snowflake: `ALTER USER LOADER SET PASSWORD = '<from vault>';`\n"
            "3. Update Airbyte destination `%s` via the API (the UI shows `**********` for the old value).\n"
            "4. Re-run `meltano config target-snowflake set password $TARGET_SNOWFLAKE_PASSWORD`.\n"
            "5. Verify: `snowsql -a %s -u LOADER -q 'select current_user()'`.\n\n"
            "Never paste the password into Slack or tickets.\n") % (uuid4(r), sf_account(r))
    return pick(r, ["docs/runbooks/rotate-loader.md", "notes/credential-rotation.md"]), text, "markdown", "snowflake", "env_reference"


def n_connect_status(r):
    name = pick(r, ["pg-cdc-source", "s3-sink-orders", "snowflake-sink-events"])
    text = ('{\n  "name": "%s",\n  "connector": {"state": "RUNNING", "worker_id": "10.%d.%d.%d:8083"},\n'
            '  "tasks": [\n    {"id": 0, "state": "FAILED", "worker_id": "10.%d.%d.%d:8083",\n'
            '     "trace": "org.apache.kafka.connect.errors.ConnectException: password authentication failed for user \\"debezium\\"\\n\\tat io.debezium.jdbc.JdbcConnection.connect(JdbcConnection.java:%d)"}\n'
            '  ],\n  "type": "source"\n}\n') % (name, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254),
                                            r.randint(0, 255), r.randint(0, 255), r.randint(1, 254), r.randint(100, 999))
    return pick(r, ["debug/connect-status.json", "incidents/%s/status.json" % date(r)]), text, "json", "kafka_connect", "status_payload"


def n_airflow_masked(r):
    text = ("# airflow connections list -o yaml (passwords are not exported)\n"
            "- conn_id: postgres_source\n  conn_type: postgres\n  host: %s\n  login: airflow\n  password: '***'\n  port: 5432\n  schema: %s\n"
            "- conn_id: snowflake_default\n  conn_type: snowflake\n  login: AIRFLOW\n  password: ''\n"
            "  extra_dejson:\n    account: %s\n    private_key_file: /opt/airflow/keys/rsa_key.p8\n") % (
        host(r, "pg"), pick(r, DBNAMES), sf_account(r))
    return pick(r, ["airflow/connections.yaml", "ops/airflow-connections.yml"]), text, "yaml", "airflow", "masked_value"


def n_meltano_refs(r):
    text = ("version: 1\n"
            "plugins:\n"
            "  extractors:\n"
            "  - name: tap-postgres\n"
            "    variant: meltanolabs\n"
            "    settings:\n"
            "    - name: password\n"
            "      kind: password\n"
            "      sensitive: true\n"
            "    config:\n"
            "      host: %s\n"
            "      user: meltano\n"
            "      password: $TAP_POSTGRES_PASSWORD\n"
            "  loaders:\n"
            "  - name: target-snowflake\n"
            "    variant: meltanolabs\n"
            "    config:\n"
            "      account: %s\n"
            "      private_key_path: ${MELTANO_PROJECT_ROOT}/.secrets/rsa_key.p8\n"
            "      private_key_passphrase: ${TARGET_SNOWFLAKE_KEY_PASSPHRASE}\n") % (host(r, "pg"), sf_account(r))
    return pick(r, ["meltano.yml", "elt/meltano.yml"]), text, "yaml", "meltano", "env_reference"


def n_airbyte_spec(r):
    text = ('{\n  "documentationUrl": "https://docs.airbyte.com/integrations/sources/%s",\n  "connectionSpecification": {\n'
            '    "type": "object",\n    "required": ["api_key", "start_date"],\n    "properties": {\n'
            '      "api_key": {"type": "string", "title": "API Key", "airbyte_secret": true, "description": "Your API key, see the docs."},\n'
            '      "password": {"type": "string", "airbyte_secret": true, "order": 4},\n'
            '      "start_date": {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$", "examples": ["%s"]}\n'
            '    }\n  }\n}\n') % (pick(r, ["internal-crm", "billing-api"]), ts(r))
    return pick(r, ["source_internal_crm/spec.json", "connectors/source-billing/spec.json"]), text, "json", "airbyte", "secret_spec"


def n_env_example(r):
    text = ("# Copy to .env and fill in. Never commit the real .env.\n"
            "TAP_POSTGRES_HOST=localhost\n"
            "TAP_POSTGRES_PASSWORD=\n"
            "TAP_STRIPE_API_KEY=<sk_live_or_rk_live_key>\n"
            "TAP_HUBSPOT_ACCESS_TOKEN=<hubspot private app token>\n"
            "TARGET_SNOWFLAKE_ACCOUNT=%s\n"
            "TARGET_SNOWFLAKE_PASSWORD=<snowflake loader password>\n"
            "AWS_ACCESS_KEY_ID=\n"
            "AWS_SECRET_ACCESS_KEY=\n") % sf_account(r)
    return pick(r, [".env.example", "elt/.env.sample", ".env.template"]), text, "dotenv", "meltano", "placeholder"


def n_python_secretsmanager(r):
    text = ("import json\n\n"
            "import boto3\n"
            "from sqlalchemy import create_engine\n\n\n"
            "def warehouse_engine(secret_id=\"elt/%s/warehouse\"):\n"
            "    sm = boto3.client(\"secretsmanager\", region_name=\"%s\")\n"
            "    creds = json.loads(sm.get_secret_value(SecretId=secret_id)[\"SecretString\"])\n"
            "    url = \"postgresql://{username}:{password}@{host}:{port}/{dbname}\".format(**creds)\n"
            "    return create_engine(url, pool_pre_ping=True)\n") % (pick(r, ["prod", "staging"]), pick(r, REGIONS))
    return pick(r, ["elt/warehouse.py", "sync/db.py"]), text, "python", "aws", "secret_manager_ref"


def n_census_sync_yaml(r):
    text = ("# census sync definition\n"
            "sync:\n"
            "  id: %d\n"
            "  label: %s to %s\n"
            "  source:\n    connection_id: %d\n    object: {type: model, id: %d}\n"
            "  destination:\n    connection_id: %d\n    object: %s\n"
            "  operation: upsert\n"
            "  mappings:\n"
            "    - from: {type: column, data: email}\n      to: email\n"
            "    - from: {type: column, data: lifetime_value}\n      to: ltv__c\n"
            "  schedule: {frequency: daily, hour: %d}\n") % (
        r.randint(1000, 99999), pick(r, ["dim_customers", "active_users"]), pick(r, ["Salesforce", "HubSpot", "Zendesk"]),
        r.randint(100, 9999), r.randint(100, 9999), r.randint(100, 9999), pick(r, ["Contact", "contacts", "users"]), r.randint(0, 23))
    return pick(r, ["census/syncs/%d.yaml" % r.randint(1, 99), "reverse-etl/census_sync.yml"]), text, "yaml", "census", "connector_ids"


def n_debezium_file_provider(r):
    text = ('{\n  "name": "pg-cdc",\n  "config": {\n    "connector.class": "io.debezium.connector.postgresql.PostgresConnector",\n'
            '    "database.hostname": "%s",\n    "database.user": "${file:/opt/secrets/pg.properties:user}",\n'
            '    "database.password": "${file:/opt/secrets/pg.properties:password}",\n'
            '    "database.dbname": "%s",\n    "topic.prefix": "cdc",\n    "slot.name": "debezium_%s",\n'
            '    "plugin.name": "pgoutput"\n  }\n}\n') % (host(r, "pg"), pick(r, DBNAMES), pick(r, DBNAMES))
    return pick(r, ["connect/pg-cdc.json", "debezium/register.json"]), text, "json", "debezium", "secret_manager_ref"


def n_query_history_csv(r):
    rows = ["QUERY_ID,USER_NAME,WAREHOUSE_NAME,QUERY_HASH,START_TIME,ROWS_PRODUCED"]
    for _ in range(r.randint(4, 9)):
        rows.append("01%s-%04d-%s-0000-%s,%s,%s,%s,%s,%d" % (
            rs(r, HEX, 6), r.randint(0, 9999), rs(r, HEX, 4), rs(r, HEX, 12), pick(r, ["AIRBYTE_USER", "FIVETRAN", "DBT_CI"]),
            pick(r, ["LOADING_WH", "TRANSFORMING"]), sha_hex(r, 32), ts(r), r.randint(0, 10 ** 6)))
    return pick(r, ["analysis/query_history.csv", "data/snowflake_queries.csv"]), "\n".join(rows) + "\n", "csv", "snowflake", "hash"


def n_sops_file(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode(),
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
            base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode())
    text = ("snowflake:\n"
            "    account: %s\n"
            "    password: %s\n"
            "stripe:\n"
            "    api_key: %s\n"
            "sops:\n"
            "    kms:\n"
            "        - arn: arn:aws:kms:%s:%d:key/%s\n"
            "          created_at: \"%s\"\n"
            "          enc: %s\n"
            "          aws_profile: \"\"\n"
            "    lastmodified: \"%s\"\n"
            "    mac: %s\n"
            "    version: 3.8.1\n") % (
        sf_account(r), enc(18), enc(32), pick(r, REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), uuid4(r), ts(r),
        base64.b64encode(bytes(r.getrandbits(8) for _ in range(150))).decode(), ts(r), enc(32))
    return pick(r, ["secrets/elt.enc.yaml", "deploy/secrets.sops.yaml"]), text, "yaml", "sops", "ciphertext"


def n_changelog(r):
    out = ["# Changelog\n"]
    for _ in range(r.randint(3, 5)):
        out.append("## %d.%d.%d - %s\n" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9), date(r)))
        for _ in range(r.randint(1, 3)):
            out.append("- %s (%s)" % (pick(r, ["fix cursor handling for incremental streams", "mask airbyte_secret fields in logs",
                                                  "bump pg driver", "support key-pair auth for Snowflake", "retry on 429"]), sha_hex(r, 7)))
        out.append("")
    return pick(r, ["CHANGELOG.md", "connectors/source-internal/CHANGELOG.md"]), "\n".join(out) + "\n", "markdown", "git", "hash"


def n_gcp_sa_terraform(r):
    proj = "%s-%s" % (company(r), pick(r, ["analytics", "dwh"]))
    text = ("resource \"google_service_account\" \"loader\" {\n"
            "  account_id   = \"%s\"\n"
            "  display_name = \"ELT loader\"\n"
            "  project      = \"%s\"\n"
            "}\n\n"
            "resource \"google_project_iam_member\" \"loader_bq\" {\n"
            "  project = \"%s\"\n"
            "  role    = \"roles/bigquery.dataEditor\"\n"
            "  member  = \"serviceAccount:${google_service_account.loader.email}\"\n"
            "}\n\n"
            "# Workload identity: no JSON key is created for this account.\n"
            "resource \"google_service_account_iam_member\" \"wi\" {\n"
            "  service_account_id = google_service_account.loader.name\n"
            "  role               = \"roles/iam.workloadIdentityUser\"\n"
            "  member             = \"serviceAccount:%s.svc.id.goog[elt/airbyte-worker]\"\n"
            "}\n") % (pick(r, ["airbyte-loader", "dlt-loader", "fivetran-bq"]), proj, proj, proj)
    return pick(r, ["terraform/gcp/iam.tf", "infra/bigquery/service_accounts.tf"]), text, "terraform", "bigquery", "service_account_id"


def n_webhook_verify(r):
    text = ("import hashlib\nimport hmac\nimport os\n\n"
            "# The signing secret is read from the environment; never hard-code it.\n"
            "SIGNING_SECRET = os.environ[\"CENSUS_WEBHOOK_SECRET\"].encode()\n\n\n"
            "def verify(body: bytes, signature: str) -> bool:\n"
            "    expected = hmac.new(SIGNING_SECRET, body, hashlib.sha256).hexdigest()\n"
            "    return hmac.compare_digest(expected, signature)\n\n\n"
            "# recorded delivery for the unit test fixture (signature of the fixture body only)\n"
            "FIXTURE_SIGNATURE = \"%s\"\n") % sha_hex(r, 64)
    return pick(r, ["webhooks/census.py", "api/hooks/verify.py"]), text, "python", "census", "signature"


NEG_TEMPLATES = [n_singer_catalog, n_singer_state, n_debezium_offsets, n_airbyte_connections, n_airbyte_masked_source,
                 n_fivetran_list, n_segment_snippet, n_rudder_snippet, n_stripe_publishable, n_snowflake_public_key,
                 n_public_key_pem, n_dbt_sources, n_dbt_manifest, n_lockfile, n_compose_digests, n_gh_workflow_secrets,
                 n_terraform_vars, n_i18n, n_runbook_refs, n_connect_status, n_airflow_masked, n_meltano_refs,
                 n_airbyte_spec, n_env_example, n_python_secretsmanager, n_census_sync_yaml, n_debezium_file_provider,
                 n_query_history_csv, n_sops_file, n_changelog, n_gcp_sa_terraform, n_webhook_verify]


# ---------------------------------------------------------------------------
# registry of positive templates (also re-used for half of the negatives)
# ---------------------------------------------------------------------------

SQL3 = SQL_DB_KINDS
PG_RS = [("postgres", "db_password"), ("redshift", "db_password")]
POS_TEMPLATES = [
    # name, fn, kinds, naming
    ("airbyte_source_db_json", t_airbyte_source_db_json, SQL3, "obvious"),
    ("octavia_dest_snowflake", t_octavia_dest_snowflake_yaml, [("snowflake", "password")], "obvious"),
    ("octavia_snowflake_keypair", t_octavia_snowflake_keypair, [("snowflake", "private_key")], "obvious"),
    ("airbyte_source_saas_json", t_airbyte_source_saas_json, SAAS_KINDS, "obvious"),
    ("octavia_source_saas_yaml", t_octavia_source_saas_yaml, SAAS_KINDS, "obvious"),
    ("meltano_yml", t_meltano_yml, [("postgres", "db_password"), ("mysql", "db_password"), ("stripe", "api_secret_key"),
                                    ("github", "personal_access_token"), ("zendesk", "api_token"),
                                    ("hubspot", "private_app_token"), ("shopify", "admin_api_token")], "obvious"),
    ("meltano_env", t_meltano_env, [("postgres", "db_password"), ("mysql", "db_password"), ("snowflake", "password"),
                                    ("redshift", "db_password"), ("stripe", "api_secret_key"), ("github", "personal_access_token"),
                                    ("zendesk", "api_token"), ("hubspot", "private_app_token"), ("shopify", "admin_api_token")], "either"),
    ("singer_config_json", t_singer_config_json, SAAS_KINDS, "either"),
    ("dlt_secrets_toml", t_dlt_secrets_toml, [("postgres", "db_password"), ("mysql", "db_password"), ("sqlserver", "db_password"),
                                              ("snowflake", "password")] + SAAS_KINDS, "either"),
    ("dlt_bigquery_toml", t_dlt_bigquery_toml, [("bigquery", "service_account_json")], "obvious"),
    ("dlt_config_url", t_dlt_config_url, URL_KINDS, "subtle"),
    ("fivetran_tf_provider", t_fivetran_tf_provider, [("fivetran", "api_secret")], "obvious"),
    ("fivetran_tf_connector", t_fivetran_tf_connector, SQL3 + [("sftp", "password"), ("stripe", "api_secret_key"),
                                                               ("zendesk", "api_token"), ("shopify", "admin_api_token")], "obvious"),
    ("fivetran_curl", t_fivetran_curl, [("fivetran", "api_secret")], "subtle"),
    ("fivetran_python", t_fivetran_python, [("fivetran", "api_secret")], "either"),
    ("reverse_etl_python", t_reverse_etl_python, [("hightouch", "api_key"), ("census", "api_key"), ("segment", "public_api_token")], "either"),
    ("census_shell", t_census_shell, [("census", "api_key"), ("hightouch", "api_key"), ("segment", "public_api_token")], "self"),
    ("node_platform", t_node_platform, [("hightouch", "api_key"), ("census", "api_key"), ("segment", "public_api_token"),
                                        ("rudderstack", "workspace_token")], "either"),
    ("segment_ts", t_segment_ts, [("segment", "public_api_token")], "either"),
    ("rudder_compose", t_rudder_compose, [("rudderstack", "workspace_token")], "obvious"),
    ("kafka_snowflake_sink", t_kafka_snowflake_sink, [("snowflake", "private_key")], "obvious"),
    ("debezium_json", t_debezium_json, SQL3, "obvious"),
    ("debezium_properties", t_debezium_properties, SQL3, "obvious"),
    ("kafka_worker_sasl", t_kafka_worker_sasl, [("confluent", "api_secret"), ("kafka", "sasl_password")], "obvious"),
    ("s3_sink_json", t_s3_sink_json, [("aws", "secret_access_key")], "obvious"),
    ("airflow_connections_json", t_airflow_connections_json, DB_KINDS + [("sftp", "password")], "obvious"),
    ("airflow_conn_env", t_airflow_conn_env, URL_KINDS, "subtle"),
    ("sftp_paramiko", t_sftp_paramiko, [("sftp", "password")], "either"),
    ("dbt_profiles", t_dbt_profiles, [("snowflake", "password"), ("redshift", "db_password"), ("postgres", "db_password"),
                                      ("sqlserver", "db_password")], "either"),
    ("dbt_profiles_keypair", t_dbt_profiles_keypair, [("snowflake", "private_key")], "obvious"),
    ("python_sqlalchemy", t_python_sqlalchemy, URL_KINDS, "subtle"),
    ("node_pg", t_node_pg, [("postgres", "db_password"), ("redshift", "db_password"), ("postgres", "connection_url"),
                            ("mysql", "connection_url"), ("redshift", "connection_url")], "self"),
    ("compose_meltano", t_compose_meltano, [("postgres", "db_password"), ("mysql", "db_password"), ("snowflake", "password"),
                                            ("redshift", "db_password"), ("sqlserver", "db_password")], "obvious"),
    ("runbook_md", t_runbook_md, PG_RS + [("stripe", "api_secret_key"), ("sftp", "password"), ("github", "personal_access_token")], "self"),
    ("snowflake_stage_sql", t_snowflake_stage_sql, [("aws", "secret_access_key")], "obvious"),
    ("create_user_sql", t_create_user_sql, [("snowflake", "password"), ("mysql", "db_password"), ("postgres", "db_password")], "obvious"),
    ("github_workflow", t_github_workflow, [("snowflake", "password"), ("postgres", "db_password"), ("redshift", "db_password"),
                                            ("github", "personal_access_token"), ("hubspot", "private_app_token"),
                                            ("stripe", "api_secret_key")], "either"),
    ("sa_keyfile", t_sa_keyfile, [("bigquery", "service_account_json")], "obvious"),
    ("airbyte_bq_dest", t_airbyte_bq_dest, [("bigquery", "service_account_json")], "obvious"),
    ("hightouch_source_yaml", t_hightouch_source_yaml, [("snowflake", "password"), ("postgres", "db_password"),
                                                        ("redshift", "db_password")], "obvious"),
    ("rudder_workspace_json", t_rudder_workspace_json, [("aws", "secret_access_key"), ("snowflake", "password"),
                                                        ("redshift", "db_password")], "obvious"),
    ("spring_properties", t_spring_properties, SQL3 + [("redshift", "db_password")], "either"),
    ("go_dsn", t_go_dsn, [("postgres", "db_password"), ("mysql", "db_password"), ("redshift", "db_password")], "subtle"),
    ("pgpass", t_pgpass, PG_RS, "subtle"),
    ("ipynb", t_ipynb, [("stripe", "api_secret_key"), ("hubspot", "private_app_token"), ("shopify", "admin_api_token"),
                        ("github", "personal_access_token"), ("zendesk", "api_token")], "self"),
    ("k8s_secret", t_k8s_secret, SAAS_KINDS + PLATFORM_KINDS + [("postgres", "db_password"), ("kafka", "sasl_password"),
                                                                ("confluent", "api_secret")], "either"),
    ("odbc_ini", t_odbc_ini, [("sqlserver", "db_password"), ("postgres", "db_password"), ("redshift", "db_password")], "obvious"),
    ("xml_datasource", t_xml_datasource, SQL3 + [("redshift", "db_password")], "either"),
    ("sshpass_shell", t_sshpass_shell, [("sftp", "password")], "either"),
    ("saas_python", t_saas_python, [("shopify", "admin_api_token"), ("zendesk", "api_token"), ("hubspot", "private_app_token"),
                                    ("stripe", "api_secret_key"), ("github", "personal_access_token")], "self"),
    ("dockerfile_git", t_dockerfile_git, [("github", "personal_access_token")], "subtle"),
    ("helm_values", t_helm_values, [("postgres", "db_password")], "obvious"),
    ("zendesk_curl_md", t_zendesk_curl_md, [("zendesk", "api_token")], "subtle"),
    ("jdbc_sink_url", t_jdbc_sink_url, [("postgres", "connection_url"), ("mysql", "connection_url"),
                                        ("redshift", "connection_url")], "subtle"),
    ("psql_makefile", t_psql_makefile, [("postgres", "connection_url"), ("redshift", "connection_url"),
                                        ("mysql", "connection_url")], "subtle"),
    ("curl_header", t_curl_header, [("shopify", "admin_api_token"), ("hubspot", "private_app_token"),
                                    ("stripe", "api_secret_key"), ("github", "personal_access_token"),
                                    ("salesforce", "refresh_token")], "subtle"),
    ("python_positional", t_python_positional, SQL3, "either"),
    ("java_jdbc", t_java_jdbc, SQL3 + [("redshift", "db_password")], "subtle"),
    ("airflow_dag_uri", t_airflow_dag_uri, URL_KINDS, "subtle"),
    ("boto3_session", t_boto3_session, [("aws", "secret_access_key")], "subtle"),
    ("cli_flags_shell", t_cli_flags_shell, SQL3, "subtle"),
    ("appsettings_json", t_appsettings_json, SQL3, "subtle"),
    ("dotenv_url", t_dotenv_url, URL_KINDS, "either"),
    ("airbyte_client", t_airbyte_client, [("airbyte", "client_secret")], "either"),
]

PEM_KINDS = ("private_key", "service_account_json")


def line_of(text, needle):
    idx = text.find(needle)
    if idx < 0:
        return -1
    return text.count("\n", 0, idx) + 1


def run_template(r, entry, neg):
    name, fn, kinds, naming = entry
    provider, kind = pick(r, kinds)
    if naming == "obvious":
        obvious = True
    elif naming == "subtle":
        obvious = False
    else:
        obvious = r.random() < 0.5
    if not neg:
        value = GEN[(provider, kind)](r)
        category = kind
    elif kind in PEM_KINDS:
        category, value = gen_fake_pem(r)
        if provider == "bigquery" and category == "public_key":
            category, value = "placeholder", ["-----BEGIN PRIVATE KEY-----", "<redacted>", "-----END PRIVATE KEY-----"]
    else:
        category, value = gen_fake(r, provider, kind, urlsafe=(kind == "connection_url"))
    s = Slot(r, neg, provider, kind, value, category, obvious)
    relpath, text, ftype = fn(r, s)
    needle = s.needle
    if needle is None:
        needle = value[1] if isinstance(value, list) else value
    return relpath, text, ftype, s, needle


def write_file(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cj.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2])
    r = random.Random(seed)
    manifest = []
    secrets = []

    # ---- positives
    order = []
    while len(order) < N_POS:
        block = list(range(len(POS_TEMPLATES)))
        r.shuffle(block)
        order.extend(block)
    order = order[:N_POS]
    for i, ti in enumerate(order):
        entry = POS_TEMPLATES[ti]
        for _attempt in range(20):
            relpath, text, ftype, s, needle = run_template(r, entry, neg=False)
            if needle and text.count(needle) == 1:
                break
        else:
            raise RuntimeError("could not place needle for %s" % entry[0])
        rel = "pos/p%04d/%s" % (i, relpath)
        write_file(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": s.provider, "kind": s.kind, "filetype": ftype,
                         "template": entry[0], "naming": "obvious" if s.obvious else "subtle"})
        secrets.append({"file": rel, "needle": needle, "line": line_of(text, needle)})

    # ---- negatives: half re-used templates, half domain look-alikes
    jobs = []
    n_reuse = N_NEG // 2
    reuse = []
    while len(reuse) < n_reuse:
        block = list(range(len(POS_TEMPLATES)))
        r.shuffle(block)
        reuse.extend(block)
    jobs.extend(("reuse", ti) for ti in reuse[:n_reuse])
    look = []
    while len(look) < N_NEG - n_reuse:
        block = list(range(len(NEG_TEMPLATES)))
        r.shuffle(block)
        look.extend(block)
    jobs.extend(("look", ti) for ti in look[:N_NEG - n_reuse])
    r.shuffle(jobs)
    for i, (mode, ti) in enumerate(jobs):
        if mode == "reuse":
            entry = POS_TEMPLATES[ti]
            relpath, text, ftype, s, _needle = run_template(r, entry, neg=True)
            prov, kind, tname = s.provider, s.category, entry[0]
        else:
            fn = NEG_TEMPLATES[ti]
            relpath, text, ftype, prov, kind = fn(r)
            tname = fn.__name__
        rel = "neg/n%04d/%s" % (i, relpath)
        write_file(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype,
                         "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in secrets:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
