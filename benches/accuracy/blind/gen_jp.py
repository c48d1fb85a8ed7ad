#!/usr/bin/env python3
"""Blind evaluation-set generator `gen_jp`: data catalogs, lineage, governance and
data-quality tooling.

EMPHASIS
    Domain: metadata catalogs, lineage, governance and data-quality tools as they
    appear in real repositories: DataHub (ingestion recipes, sink tokens,
    ~/.datahubenv, personal access tokens), OpenMetadata (workflow configs, bot
    JWTs, server config), Amundsen (databuilder jobs, frontend/metadata config),
    Atlan (pyatlan API tokens), Collibra, Alation (refresh tokens), Marquez /
    OpenLineage (transport api_key, Spark listener conf), Databricks / Unity
    Catalog PATs, Great Expectations (great_expectations.yml,
    config_variables.yml, datasources), Soda (configuration.yml with
    soda_cloud api_key_id / api_key_secret), Monte Carlo (~/.mcd profiles,
    x-mcd-id / x-mcd-token), Elementary (profiles, Slack webhooks), Metaplane,
    Bigeye, Anomalo, Apache Atlas, Egeria, Informatica IDMC, Microsoft Purview
    service principals, dbt profiles (Snowflake passwords, key-pair passphrases,
    BigQuery keyfile JSON), Snowflake PKCS#8 private keys.
    File types: YAML, JSON, INI/CFG profiles, Python, Markdown, shell, Dockerfile,
    Helm values, SQL, CSV exports, properties, Spark conf, Terraform, logs, .env.

USAGE
    python3 -B gen_jp.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    (one line per file) and OUTDIR/secrets.jsonl (one line per positive).
    All randomness comes from one random.Random(SEED); output is byte-identical
    for a given SEED.

NEEDLE CONVENTIONS
    * Tokens / API keys / passwords in key=value settings: the value only,
      without quotes.
    * Headers (Authorization: Bearer X, x-mcd-token: X): the token only, not the
      header name nor the "Bearer " scheme.
    * Connection strings / URLs with user:password@host: the password only.
    * Webhook URLs whose path is the secret (Slack incoming webhooks): the whole
      URL from "https://" to the end of the secret path segment.
    * Key pairs (Soda api_key_id + api_key_secret, Monte Carlo mcd_id +
      mcd_token, Purview client_id + client_secret): the secret half only; the
      id half is public and appears in the same file.
    * Multi-line PEM private keys: the "-----BEGIN ... PRIVATE KEY-----" line.
    * Private keys inside JSON (service-account keyfile): the JSON string value
      of "private_key" exactly as written, i.e. with literal backslash-n escapes,
      starting at "-----BEGIN PRIVATE KEY-----" and ending after the last "\\n".
    * JWT tokens: the three dot-separated segments.
    "line" is the 1-based line of the needle's first occurrence; the generator
    asserts that the needle is on that line.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot
    holding a non-secret: placeholders (<your-token>, YOUR_API_KEY_HERE,
    changeme, xxxx...), empty values, masked values (********, [REDACTED]),
    environment references (${DATAHUB_GMS_TOKEN}, os.environ[...],
    process.env.X, {{ env_var('...') }}, ${{ secrets.X }}), secret-manager
    references (vault paths, op:// URIs, AWS Secrets Manager ARNs, Key Vault
    references), Helm/Jinja template expressions, and documented examples
    (jwt.io sample token, the Databricks CLI docs token, the Soda docs
    sample key, the Slack docs sample webhook, DataHub's quickstart default
    password).  Files named .env are never used for negatives (.env.example
    instead).  The other half are domain look-alikes: dataset URNs, lineage run
    ids, OpenLineage events, column hashes and checksums, data profiles with
    sample values, dbt manifest/catalog checksums, Soda api_key_id alone,
    Monte Carlo mcd_id alone, public keys and certificates, SOPS/sealed
    encrypted blobs, lock-file integrity hashes, image digests, etc.

FORMATS CHECKED
    * DataHub docs (token-management, personal access tokens): PATs are created
      via createAccessToken (type PERSONAL, actorUrn) and are JWTs; generated
      here as HS256 JWTs with actorType/actorId/type/version/jti/sub/exp/iss
      ("datahub-metadata-service") claims.
    * OpenMetadata docs (cli-ingestion-with-basic-auth, enable-jwt-tokens):
      workflowConfig.openMetadataServerConfig.securityConfig.jwtToken with
      authProvider: openmetadata; the docs show the token as 'eyJraWQiO...'
      (RS256 JWT with a kid header) -> generated RS256 bot JWTs with
      iss open-metadata.org, sub ingestion-bot, isBot, tokenType BOT.
    * Soda docs (generate-api-keys, rest-api): soda_cloud block with api_key_id
      and api_key_secret; documented sample id is a UUID and the sample secret
      is 55 chars of [A-Za-z0-9_-] (used here as a negative).
    * Monte Carlo docs (api-authentication, montecarlodata PyPI readme): keys
      have a Key ID and a Secret sent as x-mcd-id / x-mcd-token; "generated
      from 42 cryptographically secure random bytes and base64 encoded,
      generating a 56 characters long string"; CLI config lives in ~/.mcd/,
      env MCD_DEFAULT_API_ID / MCD_DEFAULT_API_TOKEN.
    * Atlan docs (set-up-sdk): ATLAN_BASE_URL + ATLAN_API_KEY, AtlanClient(
      base_url=..., api_key=...); API tokens are separate service principals.
    * Databricks docs (legacy tokens CLI): token_value "dapi" + 32 hex digits
      (the docs sample dapi1234...9012 is used as a negative).
    * Bigeye SDK readme: basic-auth credentials JSON {base_url, user, password}.

DOUBTS
    * Exact Monte Carlo Key ID format not shown in the docs read; generated as
      32 lowercase hex.  Whether the token uses the standard or URL-safe base64
      alphabet is not stated; standard alphabet used.
    * DataHub PAT claim set and OpenMetadata/Atlan JWT payloads are plausible
      reconstructions, not copied from a real token; Atlan API tokens are
      assumed to be Keycloak-style RS256 JWTs.
    * Alation refresh tokens, Anomalo / Metaplane / Elementary / Bigeye API keys:
      no public format found; generated as long random [A-Za-z0-9_-] / hex
      strings of plausible length.
    * Azure AD (Purview SP) client secrets: generated in the current
      3 chars + digit + "Q~" + 34 chars shape from general knowledge; not
      re-checked against Microsoft docs in this session.
    * Slack incoming webhook shape (T.../B.../24 chars) from general knowledge.
    * PEM bodies are random bytes behind a realistic DER prefix; they will not
      parse as keys.
"""

import base64
import hashlib
import json
import os
import random
import string
import sys
import uuid

R = random.Random(0)

# --------------------------------------------------------------------------
# vocabulary
# --------------------------------------------------------------------------
ORGS = ["acme", "northwind", "globex", "initech", "contoso", "fabrikam", "hooli",
        "umbrella", "wayne", "tyrell", "soylent", "stark", "vandelay", "dunder"]
DBS = ["analytics", "warehouse", "dwh", "raw", "marts", "finance", "product", "growth"]
SCHEMAS = ["public", "staging", "marts", "core", "raw_events", "finance", "sales", "ops"]
TABLES = ["orders", "customers", "payments", "sessions", "events", "invoices",
          "subscriptions", "products", "shipments", "refunds", "accounts", "leads"]
COLS = ["order_id", "customer_id", "amount", "currency", "created_at", "status",
        "email", "country", "updated_at", "sku", "quantity", "region"]
DBUSERS = ["datahub_reader", "svc_catalog", "om_ingest", "ge_runner", "soda_scan",
           "mc_collector", "svc_lineage", "catalog_ro", "amundsen_etl", "dq_bot"]
PEOPLE = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi",
          "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor", "wendy"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2"]
PLATFORMS = ["snowflake", "postgres", "bigquery", "redshift", "mysql", "databricks", "hive"]


def ch(seq):
    return seq[R.randrange(len(seq))]


def rint(a, b):
    return R.randint(a, b)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(ch(alphabet) for _ in range(n))


def b64u(nbytes):
    return base64.urlsafe_b64encode(rbytes(nbytes)).decode().rstrip("=")


def b64u_s(s):
    return base64.urlsafe_b64encode(s.encode()).decode().rstrip("=")


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def org():
    return ch(ORGS)


def host():
    return ch(["pg-analytics.internal", "warehouse-db.prod.svc.cluster.local",
               "dwh.%s.corp" % org(), "10.%d.%d.%d" % (rint(0, 40), rint(0, 255), rint(2, 250)),
               "mysql-catalog.%s.rds.amazonaws.com" % ch(REGIONS),
               "redshift-%s.%s.redshift.amazonaws.com" % (hexs(6), ch(REGIONS))])


def sf_account():
    return ch(["%s-%s" % (org(), ch(["prod", "analytics", "dw"])),
               "%s%05d.%s" % (ch("abcdefghijklmnopqrstuvwxyz").upper() * 2, rint(10000, 99999), ch(["us-east-1", "eu-west-1"])),
               "%s.%s.aws" % (alnum(7, string.ascii_lowercase + string.digits), ch(["us-east-2", "eu-central-1"]))])


def epoch():
    return rint(1672531200, 1767225600)


def dt():
    e = epoch()
    # simple deterministic pseudo-date (no time module)
    y = 2023 + (e - 1672531200) // 31536000
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, rint(1, 12), rint(1, 28), rint(0, 23), rint(0, 59), rint(0, 59))


def day():
    return "%04d-%02d-%02d" % (rint(2023, 2025), rint(1, 12), rint(1, 28))


def urn_ds(platform=None, name=None, env="PROD"):
    platform = platform or ch(PLATFORMS)
    name = name or "%s.%s.%s" % (ch(DBS), ch(SCHEMAS), ch(TABLES))
    return "urn:li:dataset:(urn:li:dataPlatform:%s,%s,%s)" % (platform, name, env)


# --------------------------------------------------------------------------
# secret generators
# --------------------------------------------------------------------------
PW_ALPHA = string.ascii_letters + string.digits + "!#%*-_+=^"
URLPW_ALPHA = string.ascii_letters + string.digits + "-_."


def password(urlsafe=False):
    alpha = URLPW_ALPHA if urlsafe else PW_ALPHA
    while True:
        n = rint(14, 24)
        s = "".join(ch(alpha) for _ in range(n))
        if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                and any(c.islower() for c in s) and s[0].isalnum()):
            return s


def jwt(header, payload, sig_bytes):
    h = b64u_s(json.dumps(header, separators=(",", ":")))
    p = b64u_s(json.dumps(payload, separators=(",", ":")))
    return "%s.%s.%s" % (h, p, b64u(sig_bytes))


def datahub_pat():
    who = ch(PEOPLE + ["datahub", "ingestion", "svc_datahub"])
    e = epoch()
    pl = {"actorType": "USER", "actorId": who, "type": "PERSONAL", "version": "2",
          "jti": uid(), "sub": who, "exp": e + rint(30, 365) * 86400,
          "iss": "datahub-metadata-service"}
    return jwt({"alg": "HS256"}, pl, 32)


def om_jwt():
    bot = ch(["ingestion-bot", "lineage-bot", "profiler-bot", "%s-bot" % ch(PEOPLE)])
    pl = {"iss": "open-metadata.org", "sub": bot, "roles": [ch(["IngestionBotRole", "DataConsumer", "DataSteward"])],
          "email": "%s@open-metadata.org" % bot, "isBot": True, "tokenType": "BOT",
          "iat": epoch(), "exp": None}
    return jwt({"kid": uid(), "alg": "RS256", "typ": "JWT"}, pl, 256)


def atlan_key():
    o = org()
    cid = "apikey-" + uid()
    e = epoch()
    pl = {"exp": e + 86400 * 365 * 5, "iat": e, "jti": uid(),
          "iss": "https://%s.atlan.com/auth/realms/default" % o, "aud": ["account"],
          "sub": uid(), "typ": "Bearer", "azp": cid, "scope": "email profile",
          "clientId": cid, "username": "service-account-" + cid}
    return jwt({"alg": "RS256", "typ": "JWT", "kid": b64u(32)}, pl, 256)


def dbx_pat():
    s = "dapi" + hexs(32)
    if R.random() < 0.3:
        s += "-%d" % rint(2, 3)
    return s


def soda_secret():
    return alnum(55, string.ascii_letters + string.digits + "_-")


def mcd_token():
    return base64.b64encode(rbytes(42)).decode()


def azure_secret():
    return alnum(3) + ch(string.digits) + "Q~" + alnum(34, string.ascii_letters + string.digits + "_.~-")


def long_token(n=None):
    return alnum(n or rint(64, 96), string.ascii_letters + string.digits + "_-")


def hex_key(n=40):
    return hexs(n)


def slack_webhook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        alnum(rint(8, 10), string.ascii_uppercase + string.digits),
        alnum(rint(9, 11), string.ascii_uppercase + string.digits), alnum(24))


PK8_ENC_PREFIX = bytes.fromhex("3082050c304e06092a864886f70d01050d3041302906092a864886f70d01050c301c0408")
PK8_PREFIX = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a302010002820101")


def pem_lines(encrypted):
    if encrypted:
        body = PK8_ENC_PREFIX + rbytes(1296 - len(PK8_ENC_PREFIX))
        label = "ENCRYPTED PRIVATE KEY"
    else:
        body = PK8_PREFIX + rbytes(1217 - len(PK8_PREFIX))
        label = "PRIVATE KEY"
    b = base64.b64encode(body).decode()
    lines = ["-----BEGIN %s-----" % label] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END %s-----" % label]
    return lines


def pem_json_escaped():
    return "\\n".join(pem_lines(False)) + "\\n"


# kind -> (generator, documented example or None)
JWT_IO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0"
          "IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")
KINDS = {
    "datahub_pat": (datahub_pat, [JWT_IO]),
    "om_jwt": (om_jwt, ["eyJraWQiO...", JWT_IO]),
    "atlan_key": (atlan_key, [JWT_IO]),
    "dbx_pat": (dbx_pat, ["dapi12345678901234567890123456789012"]),
    "soda_secret": (soda_secret, ["CcC3cCC3C_CCCc33cCC3cCcCC333c_C3Cc3C333CC33cCCC--33cCcC"]),
    "mcd_token": (mcd_token, None),
    "password": (password, ["datahub", "admin", "password"]),
    "urlpw": (lambda: password(True), ["datahub", "admin", "password"]),
    "azure_secret": (azure_secret, None),
    "long_token": (long_token, None),
    "hex_key": (hex_key, None),
    "slack_webhook": (slack_webhook, ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"]),
    "pem_enc": (None, None),
    "pem": (None, None),
    "sa_key": (pem_json_escaped, None),
    "passphrase": (lambda: password(False), None),
}

PLACEHOLDERS = {
    "password": ["changeme", "<password>", "CHANGE_ME", "<your-password>", "REPLACE_WITH_PASSWORD", "TODO"],
    "token": ["<your-token>", "YOUR_API_KEY_HERE", "<token>", "REPLACE_ME", "your-api-token",
              "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<paste-token-here>", "TODO: add token"],
    "url": ["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<slack-webhook-url>", "YOUR_WEBHOOK_URL"],
}
MASKED = ["********", "[REDACTED]", "**********", "<redacted>", "***", "xxxx-redacted-xxxx"]
NEG_KINDS = ["placeholder", "empty", "masked", "envref", "envref", "secretmgr", "template", "docexample"]


class Val(object):
    """A secret slot.  Positive: holds a generated secret.  Negative: holds a
    non-secret of type nk."""

    def __init__(self, kind, pos, nk=None):
        self.kind = kind
        self.pos = pos
        self.nk = nk
        self.secret = None
        self.pem = None
        if pos:
            if kind in ("pem", "pem_enc"):
                self.pem = pem_lines(kind == "pem_enc")
                self.secret = self.pem[0]
            else:
                self.secret = KINDS[kind][0]()
        else:
            cat = "password" if kind in ("password", "urlpw", "passphrase") else (
                "url" if kind == "slack_webhook" else "token")
            self.cat = cat
            if nk == "docexample" and not KINDS[kind][1]:
                self.nk = nk = "placeholder"
            if nk == "placeholder":
                self.fill = ch(PLACEHOLDERS[cat])
            elif nk == "masked":
                self.fill = ch(MASKED)
            elif nk == "docexample":
                self.fill = ch(KINDS[kind][1])
            elif nk == "empty":
                self.fill = ""
            else:
                self.fill = None

    @property
    def needle(self):
        return self.secret

    def f(self, style="yaml", env="SECRET_VALUE", path=None):
        """Render the slot for a given syntax style.  For code styles the
        result includes its own quotes."""
        code = style in ("py", "js", "java", "go", "scala")
        if self.pos:
            return '"%s"' % self.secret if code else self.secret
        nk = self.nk
        if self.fill is not None:
            return '"%s"' % self.fill if code else self.fill
        low = env.lower().replace("_", "-")
        if nk == "envref":
            if style == "py":
                return ch(['os.environ["%s"]' % env, 'os.getenv("%s")' % env, 'os.environ.get("%s", "")' % env])
            if style == "js":
                return "process.env.%s" % env
            if style == "java":
                return 'System.getenv("%s")' % env
            if style == "go":
                return 'os.Getenv("%s")' % env
            if style == "scala":
                return 'sys.env("%s")' % env
            if style == "dbt":
                return "{{ env_var('%s') }}" % env
            if style == "gha":
                return "${{ secrets.%s }}" % env
            if style == "sh":
                return ch(["$%s" % env, "${%s}" % env, "${%s:?missing}" % env])
            if style == "tf":
                return "var.%s" % env.lower()
            if style == "spark":
                return "${env:%s}" % env
            if style == "helm":
                return ch(["${%s}" % env, "{{ .Values.secrets.%s }}" % env.lower()])
            return "${%s}" % env
        if nk == "secretmgr":
            opts = ["vault:secret/data/catalog/%s#value" % low,
                    "op://Data Platform/%s/credential" % low,
                    "arn:aws:secretsmanager:%s:%d:secret:catalog/%s-%s" % (ch(REGIONS), rint(10 ** 11, 10 ** 12 - 1), low, alnum(6)),
                    "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (org(), low),
                    "gcp-secret-manager://projects/%s-data/secrets/%s/versions/latest" % (org(), low)]
            if style == "py":
                return ch(['get_secret("%s")' % low, 'vault_client.secrets.kv.read_secret_version(path="catalog/%s")["data"]["data"]["value"]' % low,
                           'dbutils.secrets.get(scope="catalog", key="%s")' % low])
            if style in ("js", "java", "go", "scala"):
                return '"%s"' % ch(opts)
            if style == "sh":
                return ch(['"$(vault kv get -field=value secret/catalog/%s)"' % low,
                           '"$(op read \'op://Data Platform/%s/credential\')"' % low,
                           '"$(aws secretsmanager get-secret-value --secret-id catalog/%s --query SecretString --output text)"' % low])
            return ch(opts)
        if nk == "template":
            if style in ("py", "js", "java", "go", "scala"):
                return self.__class__.f(self._as("envref"), style, env)
            if style == "dbt":
                return "{{ var('%s') }}" % env.lower()
            if style == "gha":
                return "${{ vars.%s }}" % env
            if style == "sh":
                return "{{ %s }}" % env.lower()
            return ch(["{{ .Values.%s }}" % env.lower().replace("_", ""),
                       "{{ %s }}" % env.lower(), "%%(%s)s" % env.lower(), "$(%s)" % env])
        return ""

    def y(self, style="yaml", env="SECRET_VALUE"):
        """Like f() but quoted when a bare YAML scalar would not parse."""
        s = self.f(style, env)
        if s and (s[0] in "*&!%@`{[|>'\"#,?:" or ": " in s or " #" in s or s.startswith("- ")):
            return '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')
        return s

    def _as(self, nk):
        v = Val.__new__(Val)
        v.__dict__.update(self.__dict__)
        v.nk = nk
        return v

    def pem_block(self, indent="", neg_style="yaml", env="PRIVATE_KEY"):
        """Multi-line PEM for positives; a one-line non-secret for negatives."""
        if self.pos:
            return "\n".join(indent + l for l in self.pem)
        if self.nk == "masked":
            lab = "ENCRYPTED PRIVATE KEY" if self.kind == "pem_enc" else "PRIVATE KEY"
            return "\n".join(indent + l for l in ["-----BEGIN %s-----" % lab, ch(MASKED), "-----END %s-----" % lab])
        return indent + self.f(neg_style, env)


# --------------------------------------------------------------------------
# positive templates (also re-used for half of the negatives)
# --------------------------------------------------------------------------
POS = []


def P(provider, kind):
    def deco(fn):
        POS.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


def L(*lines):
    return "\n".join(lines) + "\n"


def envfile(neg, name=".env"):
    return (name + ".example") if neg else name


@P("datahub", "password")
def dh_recipe_pg(v, neg):
    db = ch(DBS)
    return ch(["recipes/postgres_%s.dhub.yaml" % db, "ingestion/recipes/%s-postgres.yml" % db]), L(
        "# DataHub ingestion recipe - %s warehouse" % db,
        "# run: datahub ingest -c %s" % "this-file.yml",
        "source:",
        "  type: postgres",
        "  config:",
        "    host_port: \"%s:5432\"" % host(),
        "    database: %s" % db,
        "    username: %s" % ch(DBUSERS),
        "    password: \"%s\"" % v.f("yaml", "POSTGRES_PASSWORD"),
        "    include_views: true",
        "    schema_pattern:",
        "      allow:",
        "        - \"%s\"" % ch(SCHEMAS),
        "        - \"%s\"" % ch(SCHEMAS),
        "    profiling:",
        "      enabled: %s" % ch(["true", "false"]),
        "      profile_table_level_only: true",
        "    stateful_ingestion:",
        "      enabled: true",
        "",
        "sink:",
        "  type: datahub-rest",
        "  config:",
        "    server: \"http://datahub-gms.%s.svc:8080\"" % ch(["datahub", "catalog", "data-platform"]),
        "    token: \"${DATAHUB_GMS_TOKEN}\"",
    )


@P("datahub", "datahub_pat")
def dh_recipe_sink_token(v, neg):
    return "metadata-ingestion/recipes/%s_to_datahub.yml" % ch(["snowflake", "bigquery", "dbt", "looker"]), L(
        "source:",
        "  type: dbt",
        "  config:",
        "    manifest_path: \"./target/manifest.json\"",
        "    catalog_path: \"./target/catalog.json\"",
        "    sources_path: \"./target/sources.json\"",
        "    target_platform: %s" % ch(["snowflake", "bigquery", "redshift"]),
        "    entities_enabled:",
        "      test_results: \"YES\"",
        "",
        "sink:",
        "  type: \"datahub-rest\"",
        "  config:",
        "    server: \"https://%s.acryl.io/gms\"" % org(),
        "    token: %s" % v.y("yaml", "DATAHUB_GMS_TOKEN"),
        "    timeout_sec: 60",
    )


@P("datahub", "datahub_pat")
def dh_datahubenv(v, neg):
    return ch([".datahubenv", "tools/datahub/.datahubenv", "ci/datahubenv.yml"]), L(
        "gms:",
        "  server: http://%s:8080" % ch(["localhost", "datahub-gms", "gms.%s.internal" % org()]),
        "  token: %s" % v.y("yaml", "DATAHUB_GMS_TOKEN"),
    )


@P("datahub", "datahub_pat")
def dh_python_emitter(v, neg):
    u = urn_ds("snowflake")
    return ch(["scripts/emit_lineage.py", "catalog/push_ownership.py", "jobs/datahub_tags.py"]), L(
        '"""Push ownership and tags for curated marts to DataHub."""',
        "import os",
        "",
        "from datahub.emitter.mcp import MetadataChangeProposalWrapper",
        "from datahub.emitter.rest_emitter import DatahubRestEmitter",
        "from datahub.metadata.schema_classes import GlobalTagsClass, TagAssociationClass",
        "",
        'GMS = os.environ.get("DATAHUB_GMS_URL", "http://localhost:8080")',
        "",
        "emitter = DatahubRestEmitter(",
        "    gms_server=GMS,",
        "    token=%s," % v.f("py", "DATAHUB_GMS_TOKEN"),
        "    retry_max_times=3,",
        ")",
        "",
        'dataset_urn = "%s"' % u,
        "mcp = MetadataChangeProposalWrapper(",
        "    entityUrn=dataset_urn,",
        '    aspect=GlobalTagsClass(tags=[TagAssociationClass(tag="urn:li:tag:%s")]),' % ch(["pii", "gold", "finance", "certified"]),
        ")",
        "emitter.emit(mcp)",
        'print("emitted", dataset_urn)',
    )


@P("datahub", "datahub_pat")
def dh_helm_values(v, neg):
    return ch(["deploy/datahub/values.yaml", "charts/datahub-ingestion/values-prod.yaml"]), L(
        "datahub-ingestion-cron:",
        "  enabled: true",
        "  image:",
        "    repository: acryldata/datahub-ingestion",
        "    tag: \"v0.%d.%d\"" % (rint(10, 14), rint(0, 5)),
        "  crons:",
        "    snowflake:",
        "      schedule: \"0 %d * * *\"" % rint(0, 23),
        "      recipe:",
        "        configmapName: recipe-snowflake",
        "        fileName: snowflake_recipe.yml",
        "  extraEnvs:",
        "    - name: DATAHUB_GMS_URL",
        "      value: http://datahub-datahub-gms:8080",
        "    - name: %s" % ch(["DATAHUB_GMS_TOKEN", "GMS_AUTH", "INGEST_TOKEN"]),
        "      value: \"%s\"" % v.f("helm", "DATAHUB_GMS_TOKEN"),
        "  resources:",
        "    limits:",
        "      memory: 2Gi",
    )


@P("datahub", "datahub_pat")
def dh_curl_graphql(v, neg):
    return ch(["scripts/list_datasets.sh", "tools/datahub-search.sh"]), L(
        "#!/usr/bin/env bash",
        "set -euo pipefail",
        "GMS=${GMS:-https://datahub.%s.io}" % org(),
        "QUERY='{ search(input: {type: DATASET, query: \"%s\", start: 0, count: 50}) { total } }'" % ch(TABLES),
        "",
        "curl -sS --fail -X POST \"$GMS/api/graphql\" \\",
        "  --header \"Authorization: Bearer %s\" \\" % v.f("sh", "DATAHUB_GMS_TOKEN"),
        "  --header 'Content-Type: application/json' \\",
        "  --data-raw \"{\\\"query\\\": \\\"$QUERY\\\"}\" | jq .",
    )


@P("datahub", "datahub_pat")
def dh_gha(v, neg):
    return ".github/workflows/datahub-ingest.yml", L(
        "name: datahub-ingest",
        "on:",
        "  schedule:",
        "    - cron: \"%d 3 * * *\"" % rint(0, 59),
        "  workflow_dispatch: {}",
        "jobs:",
        "  ingest:",
        "    runs-on: ubuntu-latest",
        "    env:",
        "      DATAHUB_GMS_URL: https://%s.acryl.io/gms" % org(),
        "      DATAHUB_GMS_TOKEN: %s" % v.y("gha", "DATAHUB_GMS_TOKEN"),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: actions/setup-python@v5",
        "        with:",
        "          python-version: \"3.11\"",
        "      - run: pip install 'acryl-datahub[dbt]'",
        "      - run: datahub ingest -c recipes/dbt.yml",
    )


@P("datahub", "password")
def dh_recipe_mysql_json(v, neg):
    return "ingestion/mysql_recipe.json", json.dumps({
        "source": {"type": "mysql", "config": {
            "host_port": "%s:3306" % host(), "database": ch(DBS),
            "username": ch(DBUSERS), "password": v.f("json", "MYSQL_PASSWORD"),
            "include_tables": True, "include_views": False}},
        "sink": {"type": "datahub-rest", "config": {"server": "http://datahub-gms:8080"}}}, indent=2) + "\n"


@P("datahub", "urlpw")
def dh_sqlalchemy_uri(v, neg):
    u = ch(DBUSERS)
    return ch(["recipes/redshift.dhub.yml", "ingest/sqlalchemy.yml"]), L(
        "source:",
        "  type: sqlalchemy",
        "  config:",
        "    platform: %s" % ch(["redshift", "postgres", "mssql"]),
        "    connect_uri: \"postgresql+psycopg2://%s:%s@%s:5439/%s\"" % (u, v.f("url", "DB_PASSWORD"), host(), ch(DBS)),
        "    env: PROD",
        "    table_pattern:",
        "      deny:",
        "        - \".*_tmp\"",
        "sink:",
        "  type: file",
        "  config:",
        "    filename: ./mces.json",
    )


@P("datahub", "datahub_pat")
def dh_dockerfile(v, neg):
    return ch(["docker/ingestion/Dockerfile", "Dockerfile.datahub"]), L(
        "FROM acryldata/datahub-ingestion:v0.%d.%d" % (rint(11, 14), rint(0, 4)),
        "",
        "USER root",
        "COPY recipes/ /recipes/",
        "RUN pip install --no-cache-dir 'acryl-datahub[snowflake,dbt]'",
        "USER datahub",
        "",
        "ENV DATAHUB_GMS_URL=http://datahub-gms:8080",
        "ENV DATAHUB_GMS_TOKEN=%s" % v.f("docker", "DATAHUB_GMS_TOKEN"),
        "",
        "ENTRYPOINT [\"datahub\", \"ingest\", \"-c\", \"/recipes/snowflake.yml\"]",
    )


@P("datahub", "datahub_pat")
def dh_markdown(v, neg):
    return ch(["docs/catalog/datahub-setup.md", "README.datahub.md"]), L(
        "# Connecting to our DataHub instance",
        "",
        "1. Install the CLI: `pip install acryl-datahub`",
        "2. Run `datahub init` and enter the server URL `https://datahub.%s.internal/gms`." % org(),
        "3. Use the shared ingestion token below (rotated quarterly by the platform team):",
        "",
        "```",
        "export DATAHUB_GMS_TOKEN=%s" % v.f("md", "DATAHUB_GMS_TOKEN"),
        "```",
        "",
        "Then verify with `datahub check server-config`.",
    )


@P("openmetadata", "om_jwt")
def om_workflow(v, neg):
    svc = "%s_%s" % (ch(PLATFORMS), ch(["prod", "analytics", "dw"]))
    return ch(["ingestion/%s.yaml" % svc, "openmetadata/workflows/%s_metadata.yml" % svc]), L(
        "source:",
        "  type: %s" % ch(["snowflake", "postgres", "bigquery"]),
        "  serviceName: %s" % svc,
        "  sourceConfig:",
        "    config:",
        "      type: DatabaseMetadata",
        "      markDeletedTables: true",
        "      includeViews: true",
        "sink:",
        "  type: metadata-rest",
        "  config: {}",
        "workflowConfig:",
        "  loggerLevel: INFO",
        "  openMetadataServerConfig:",
        "    hostPort: \"http://openmetadata-server:8585/api\"",
        "    authProvider: openmetadata",
        "    securityConfig:",
        "      jwtToken: \"%s\"" % v.f("yaml", "OM_JWT_TOKEN"),
    )


@P("openmetadata", "om_jwt")
def om_python_client(v, neg):
    return ch(["scripts/om_tag_tables.py", "governance/openmetadata_client.py"]), L(
        "from metadata.generated.schema.entity.services.connections.metadata.openMetadataConnection import (",
        "    OpenMetadataConnection, AuthProvider,",
        ")",
        "from metadata.generated.schema.security.client.openMetadataJWTClientConfig import (",
        "    OpenMetadataJWTClientConfig,",
        ")",
        "from metadata.ingestion.ometa.ometa_api import OpenMetadata",
        "",
        "server_config = OpenMetadataConnection(",
        '    hostPort="https://openmetadata.%s.com/api",' % org(),
        "    authProvider=AuthProvider.openmetadata,",
        "    securityConfig=OpenMetadataJWTClientConfig(jwtToken=%s)," % v.f("py", "OPENMETADATA_JWT"),
        ")",
        "metadata = OpenMetadata(server_config)",
        "assert metadata.health_check()",
    )


@P("openmetadata", "password")
def om_server_yaml(v, neg):
    return ch(["conf/openmetadata.yaml", "openmetadata/openmetadata.yaml"]), L(
        "clusterName: ${OPENMETADATA_CLUSTER_NAME:-openmetadata}",
        "server:",
        "  applicationConnectors:",
        "    - type: http",
        "      port: 8585",
        "database:",
        "  driverClass: org.postgresql.Driver",
        "  user: openmetadata_user",
        "  password: %s" % v.y("yaml", "DB_USER_PASSWORD"),
        "  url: jdbc:postgresql://%s:5432/openmetadata_db" % host(),
        "elasticsearch:",
        "  host: elasticsearch",
        "  port: 9200",
        "  scheme: http",
        "authenticationConfiguration:",
        "  provider: basic",
        "  publicKeys:",
        "    - http://localhost:8585/api/v1/system/config/jwks",
    )


@P("openmetadata", "om_jwt")
def om_airflow_cfg(v, neg):
    return ch(["airflow/airflow.cfg", "config/airflow_lineage.cfg"]), L(
        "[core]",
        "dags_folder = /opt/airflow/dags",
        "load_examples = False",
        "",
        "[lineage]",
        "backend = airflow_provider_openmetadata.lineage.backend.OpenMetadataLineageBackend",
        "airflow_service_name = airflow_%s" % ch(["prod", "etl", "batch"]),
        "openmetadata_api_endpoint = http://openmetadata:8585/api",
        "auth_provider_type = openmetadata",
        "jwt_token = %s" % v.f("ini", "OM_JWT_TOKEN"),
    )


@P("openmetadata", "om_jwt")
def om_k8s_env(v, neg):
    return "k8s/openmetadata-ingestion/deployment.yaml", L(
        "apiVersion: apps/v1",
        "kind: Deployment",
        "metadata:",
        "  name: om-ingestion",
        "spec:",
        "  replicas: 1",
        "  template:",
        "    spec:",
        "      containers:",
        "        - name: ingestion",
        "          image: docker.getcollate.io/openmetadata/ingestion:1.%d.%d" % (rint(3, 6), rint(0, 9)),
        "          env:",
        "            - name: OM_HOST_PORT",
        "              value: http://openmetadata:8585/api",
        "            - name: %s" % ch(["OM_BOT_TOKEN", "JWT", "OPENMETADATA_JWT_TOKEN"]),
        "              value: \"%s\"" % v.f("yaml", "OM_BOT_TOKEN"),
    )


@P("amundsen", "password")
def amundsen_config(v, neg):
    return ch(["amundsen/metadata_service/config.py", "services/metadata/config.py"]), L(
        "import os",
        "",
        "from amundsen_metadata.config import LocalConfig",
        "",
        "",
        "class ProdConfig(LocalConfig):",
        "    PROXY_HOST = 'bolt://neo4j.%s.internal'" % org(),
        "    PROXY_PORT = 7687",
        "    PROXY_USER = 'neo4j'",
        "    PROXY_PASSWORD = %s" % v.f("py", "NEO4J_PASSWORD").replace('"', "'"),
        "    PROXY_ENCRYPTED = True",
        "    PROXY_VALIDATE_SSL = False",
        "    IS_STATSD_ON = os.environ.get('IS_STATSD_ON', 'false') == 'true'",
    )


@P("amundsen", "urlpw")
def amundsen_databuilder(v, neg):
    db = ch(DBS)
    return ch(["databuilder/jobs/postgres_sample_job.py", "etl/amundsen_pg_loader.py"]), L(
        "from pyhocon import ConfigFactory",
        "from databuilder.extractor.postgres_metadata_extractor import PostgresMetadataExtractor",
        "from databuilder.extractor.sql_alchemy_extractor import SQLAlchemyExtractor",
        "",
        "CONN = 'postgresql://%s:%s@%s:5432/%s'" % (ch(DBUSERS), v.f("url", "PG_PASSWORD"), host(), db),
        "",
        "job_config = ConfigFactory.from_dict({",
        "    f'extractor.postgres_metadata.{PostgresMetadataExtractor.WHERE_CLAUSE_SUFFIX_KEY}': \"where table_schema = '%s'\"," % ch(SCHEMAS),
        "    f'extractor.postgres_metadata.{PostgresMetadataExtractor.USE_CATALOG_AS_CLUSTER_NAME}': True,",
        "    f'extractor.postgres_metadata.extractor.sqlalchemy.{SQLAlchemyExtractor.CONN_STRING}': CONN,",
        "})",
    )


@P("atlan", "atlan_key")
def atlan_client_py(v, neg):
    return ch(["atlan/sync_glossary.py", "scripts/atlan_owner_sync.py"]), L(
        "from pyatlan.client.atlan import AtlanClient",
        "from pyatlan.model.assets import Table",
        "",
        "client = AtlanClient(",
        '    base_url="https://%s.atlan.com",' % org(),
        "    api_key=%s," % v.f("py", "ATLAN_API_KEY"),
        ")",
        "",
        "",
        "def certify(qualified_name: str) -> None:",
        "    t = Table.updater(qualified_name=qualified_name, name=qualified_name.split('/')[-1])",
        "    t.certificate_status = 'VERIFIED'",
        "    client.asset.save(t)",
    )


@P("atlan", "atlan_key")
def atlan_env(v, neg):
    return envfile(neg), L(
        "# local dev settings",
        "ATLAN_BASE_URL=https://%s.atlan.com" % org(),
        "ATLAN_API_KEY=%s" % v.f("env", "ATLAN_API_KEY"),
        "LOG_LEVEL=info",
    )


@P("atlan", "atlan_key")
def atlan_shell(v, neg):
    return "bin/atlan-export.sh", L(
        "#!/bin/sh",
        "# Export glossary terms from Atlan into a CSV for the stewards' review",
        "BASE=https://%s.atlan.com" % org(),
        "TOKEN=%s" % v.f("sh", "ATLAN_API_KEY"),
        "curl -s \"$BASE/api/meta/search/indexsearch\" \\",
        "  -H \"Authorization: Bearer $TOKEN\" \\",
        "  -H 'Content-Type: application/json' \\",
        "  -d @queries/glossary_terms.json > out/terms.json",
    )


@P("collibra", "password")
def collibra_py(v, neg):
    return ch(["governance/collibra_import.py", "collibra/push_assets.py"]), L(
        "import requests",
        "",
        'COLLIBRA_URL = "https://%s.collibra.com/rest/2.0"' % org(),
        "session = requests.Session()",
        'session.auth = ("%s", %s)' % (ch(["svc_collibra", "governance.bot", "catalog-sync"]), v.f("py", "COLLIBRA_PASSWORD")),
        "",
        "",
        "def find_domain(name):",
        '    r = session.get(f"{COLLIBRA_URL}/domains", params={"name": name, "nameMatchMode": "EXACT"})',
        "    r.raise_for_status()",
        '    return r.json()["results"][0]["id"]',
    )


@P("collibra", "password")
def collibra_properties(v, neg):
    return ch(["src/main/resources/collibra.properties", "config/collibra-connector.properties"]), L(
        "# Collibra Edge / catalog connector",
        "collibra.url=https://%s.collibra.com" % org(),
        "collibra.username=%s" % ch(["edge_service", "catalog_sync"]),
        "collibra.password=%s" % v.f("properties", "COLLIBRA_PASSWORD"),
        "collibra.community.id=%s" % uid(),
        "collibra.batch.size=%d" % ch([100, 250, 500]),
    )


@P("alation", "long_token")
def alation_py(v, neg):
    return ch(["alation/refresh_catalog.py", "scripts/alation_api.py"]), L(
        "import requests",
        "",
        'ALATION = "https://%s.alationcloud.com"' % org(),
        "USER_ID = %d" % rint(2, 400),
        "REFRESH_TOKEN = %s" % v.f("py", "ALATION_REFRESH_TOKEN"),
        "",
        "",
        "def access_token():",
        '    r = requests.post(f"{ALATION}/integration/v1/createAPIAccessToken/",',
        '                      json={"refresh_token": REFRESH_TOKEN, "user_id": USER_ID})',
        "    r.raise_for_status()",
        '    return r.json()["api_access_token"]',
    )


@P("alation", "long_token")
def alation_ini(v, neg):
    return ch(["conf/alation.ini", "alation.cfg"]), L(
        "[alation]",
        "base_url = https://%s.alationcloud.com" % org(),
        "user_id = %d" % rint(2, 400),
        "token = %s" % v.f("ini", "ALATION_REFRESH_TOKEN"),
        "",
        "[sync]",
        "data_source_ids = %d,%d" % (rint(1, 60), rint(61, 120)),
        "dry_run = false",
    )


@P("openlineage", "long_token")
def ol_yml(v, neg):
    return ch(["openlineage.yml", "config/openlineage.yml"]), L(
        "transport:",
        "  type: http",
        "  url: https://%s" % ch(["marquez.%s.internal:5000" % org(), "lineage.%s.io" % org()]),
        "  endpoint: api/v1/lineage",
        "  auth:",
        "    type: api_key",
        "    apiKey: %s" % v.y("yaml", "OPENLINEAGE_API_KEY"),
        "  timeoutInMillis: 5000",
    )


@P("openlineage", "long_token")
def ol_spark(v, neg):
    return ch(["conf/spark-defaults.conf", "spark/spark-defaults.conf"]), L(
        "spark.master                                   yarn",
        "spark.sql.shuffle.partitions                   %d" % ch([200, 400, 800]),
        "spark.extraListeners                           io.openlineage.spark.agent.OpenLineageSparkListener",
        "spark.jars.packages                            io.openlineage:openlineage-spark_2.12:1.%d.0" % rint(8, 20),
        "spark.openlineage.transport.type               http",
        "spark.openlineage.transport.url                http://marquez-api:5000",
        "spark.openlineage.transport.auth.type          api_key",
        "spark.openlineage.transport.auth.apiKey        %s" % v.f("spark", "OPENLINEAGE_API_KEY"),
        "spark.openlineage.namespace                    %s_spark" % org(),
    )


@P("openlineage", "long_token")
def ol_airflow_env(v, neg):
    return ch(["docker-compose.airflow.yml", "deploy/airflow/compose.yaml"]), L(
        "services:",
        "  airflow-scheduler:",
        "    image: apache/airflow:2.%d.%d" % (rint(6, 10), rint(0, 3)),
        "    environment:",
        "      AIRFLOW__CORE__EXECUTOR: LocalExecutor",
        "      OPENLINEAGE_URL: http://marquez:5000",
        "      OPENLINEAGE_NAMESPACE: airflow_%s" % ch(["prod", "etl"]),
        "      OPENLINEAGE_API_KEY: \"%s\"" % v.f("yaml", "OPENLINEAGE_API_KEY"),
        "    volumes:",
        "      - ./dags:/opt/airflow/dags",
    )


def dbx_host():
    return ch(["https://adb-%d.%d.azuredatabricks.net" % (rint(10 ** 15, 10 ** 16 - 1), rint(1, 19)),
               "https://dbc-%s-%s.cloud.databricks.com" % (hexs(8), hexs(4)),
               "https://%s-analytics.cloud.databricks.com" % org()])


@P("databricks", "dbx_pat")
def dbx_cfg(v, neg):
    return ch([".databrickscfg", "ci/databrickscfg"]), L(
        "[DEFAULT]",
        "host  = %s" % dbx_host(),
        "token = %s" % v.f("ini", "DATABRICKS_TOKEN"),
        "",
        "[staging]",
        "host = %s" % dbx_host(),
        "auth_type = databricks-cli",
    )


@P("databricks", "dbx_pat")
def dbx_dbt_profile(v, neg):
    return ch(["profiles.yml", "dbt/profiles.yml"]), L(
        "%s_lakehouse:" % org(),
        "  target: prod",
        "  outputs:",
        "    prod:",
        "      type: databricks",
        "      catalog: %s" % ch(["main", "prod", "analytics"]),
        "      schema: %s" % ch(SCHEMAS),
        "      host: %s" % dbx_host().replace("https://", ""),
        "      http_path: /sql/1.0/warehouses/%s" % hexs(16),
        "      token: \"%s\"" % v.f("dbt", "DBT_DATABRICKS_TOKEN"),
        "      threads: %d" % rint(4, 16),
    )


@P("databricks", "dbx_pat")
def dbx_uc_recipe(v, neg):
    return "recipes/unity_catalog.dhub.yml", L(
        "source:",
        "  type: unity-catalog",
        "  config:",
        "    workspace_url: %s" % dbx_host(),
        "    include_table_lineage: true",
        "    include_column_lineage: true",
        "    catalog_pattern:",
        "      allow:",
        "        - \"^%s$\"" % ch(["main", "prod", "gold"]),
        "    token: \"%s\"" % v.f("yaml", "DATABRICKS_TOKEN"),
        "sink:",
        "  type: datahub-rest",
        "  config:",
        "    server: ${DATAHUB_GMS_URL}",
        "    token: ${DATAHUB_GMS_TOKEN}",
    )


@P("databricks", "dbx_pat")
def dbx_terraform(v, neg):
    return ch(["infra/unity_catalog/provider.tf", "terraform/databricks/main.tf"]), L(
        "terraform {",
        "  required_providers {",
        "    databricks = {",
        "      source  = \"databricks/databricks\"",
        "      version = \"~> 1.%d\"" % rint(30, 60),
        "    }",
        "  }",
        "}",
        "",
        "provider \"databricks\" {",
        "  host  = \"%s\"" % dbx_host(),
        "  token = %s" % ('"%s"' % v.f("tf", "databricks_token") if not (not v.pos and v.nk == "envref") else v.f("tf", "DATABRICKS_TOKEN")),
        "}",
        "",
        "resource \"databricks_catalog\" \"gold\" {",
        "  name    = \"gold\"",
        "  comment = \"curated marts, managed by terraform\"",
        "}",
    )


@P("databricks", "dbx_pat")
def dbx_om_conn(v, neg):
    return "openmetadata/workflows/databricks_uc.yaml", L(
        "source:",
        "  type: unitycatalog",
        "  serviceName: uc_%s" % org(),
        "  serviceConnection:",
        "    config:",
        "      type: UnityCatalog",
        "      catalog: %s" % ch(["main", "hive_metastore", "prod"]),
        "      hostPort: %s:443" % dbx_host().replace("https://", ""),
        "      token: %s" % v.y("yaml", "DATABRICKS_TOKEN"),
        "      httpPath: /sql/1.0/warehouses/%s" % hexs(16),
        "  sourceConfig:",
        "    config:",
        "      type: DatabaseMetadata",
        "sink:",
        "  type: metadata-rest",
        "  config: {}",
        "workflowConfig:",
        "  openMetadataServerConfig:",
        "    hostPort: http://localhost:8585/api",
        "    authProvider: openmetadata",
        "    securityConfig:",
        "      jwtToken: ${OM_JWT_TOKEN}",
    )


@P("databricks", "dbx_pat")
def dbx_python_sdk(v, neg):
    return ch(["notebooks/uc_audit.py", "tools/uc_grants_report.py"]), L(
        "from databricks.sdk import WorkspaceClient",
        "",
        "w = WorkspaceClient(",
        '    host="%s",' % dbx_host(),
        "    token=%s," % v.f("py", "DATABRICKS_TOKEN"),
        ")",
        "",
        'for t in w.tables.list(catalog_name="%s", schema_name="%s"):' % (ch(["main", "gold"]), ch(SCHEMAS)),
        "    print(t.full_name, t.table_type, t.owner)",
    )


@P("great_expectations", "urlpw")
def gx_yml(v, neg):
    return ch(["great_expectations/great_expectations.yml", "gx/great_expectations.yml"]), L(
        "config_version: 3.0",
        "datasources:",
        "  %s_warehouse:" % ch(DBS),
        "    class_name: Datasource",
        "    execution_engine:",
        "      class_name: SqlAlchemyExecutionEngine",
        "      connection_string: postgresql+psycopg2://%s:%s@%s:5432/%s" % (ch(DBUSERS), v.f("url", "GX_DB_PASSWORD"), host(), ch(DBS)),
        "    data_connectors:",
        "      default_inferred_data_connector_name:",
        "        class_name: InferredAssetSqlDataConnector",
        "        include_schema_name: true",
        "config_variables_file_path: uncommitted/config_variables.yml",
        "plugins_directory: plugins/",
        "stores:",
        "  expectations_store:",
        "    class_name: ExpectationsStore",
        "    store_backend:",
        "      class_name: TupleFilesystemStoreBackend",
        "      base_directory: expectations/",
    )


@P("great_expectations", "password")
def gx_config_vars(v, neg):
    return ch(["great_expectations/uncommitted/config_variables.yml", "gx/uncommitted/config_variables.yml"]), L(
        "# This config file supports variable substitution",
        "my_postgres_db_yaml_creds:",
        "  drivername: postgresql",
        "  host: %s" % host(),
        "  port: '5432'",
        "  username: %s" % ch(DBUSERS),
        "  password: %s" % v.y("yaml", "GX_PG_PASSWORD"),
        "  database: %s" % ch(DBS),
    )


@P("great_expectations", "password")
def gx_python(v, neg):
    return ch(["dq/checkpoints/run_orders_suite.py", "quality/gx_context.py"]), L(
        "import great_expectations as gx",
        "",
        "context = gx.get_context()",
        "datasource = context.sources.add_or_update_snowflake(",
        '    name="%s_sf",' % org(),
        "    connection_string=(",
        '        "snowflake://%s:{pw}@%s/%s/%s?warehouse=%s&role=%s"' % (ch(DBUSERS).upper(), sf_account(), ch(DBS).upper(), ch(SCHEMAS).upper(), ch(["COMPUTE_WH", "DQ_WH"]), ch(["GX_ROLE", "ANALYST"])),
        "    ).format(pw=%s)," % v.f("py", "SNOWFLAKE_PASSWORD"),
        ")",
        'asset = datasource.add_table_asset(name="%s", table_name="%s")' % (ch(TABLES), ch(TABLES).upper()),
        "batch_request = asset.build_batch_request()",
    )


@P("great_expectations", "passphrase")
def gx_snowflake_keypair(v, neg):
    return "great_expectations/uncommitted/snowflake_keypair.yml", L(
        "snowflake_creds:",
        "  account: %s" % sf_account(),
        "  user: %s" % ch(DBUSERS).upper(),
        "  private_key_path: /secrets/rsa_key.p8",
        "  private_key_passphrase: %s" % v.y("yaml", "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE"),
        "  warehouse: DQ_WH",
        "  role: GX_RUNNER",
    )


@P("soda", "soda_secret")
def soda_config(v, neg):
    return ch(["soda/configuration.yml", "configuration.yml", "dq/soda/configuration.yml"]), L(
        "data_source %s:" % ch(DBS),
        "  type: postgres",
        "  host: %s" % host(),
        "  port: \"5432\"",
        "  username: %s" % ch(DBUSERS),
        "  password: ${POSTGRES_PASSWORD}",
        "  database: %s" % ch(DBS),
        "  schema: %s" % ch(SCHEMAS),
        "",
        "soda_cloud:",
        "  host: %s" % ch(["cloud.soda.io", "cloud.us.soda.io"]),
        "  api_key_id: %s" % uid(),
        "  api_key_secret: %s" % v.y("yaml", "SODA_CLOUD_API_KEY_SECRET"),
    )


@P("soda", "password")
def soda_ds_password(v, neg):
    return ch(["soda/datasources/snowflake.yml", "checks/configuration_snowflake.yml"]), L(
        "data_source %s_sf:" % org(),
        "  type: snowflake",
        "  username: %s" % ch(DBUSERS).upper(),
        "  password: %s" % v.y("yaml", "SNOWFLAKE_PASSWORD"),
        "  account: %s" % sf_account(),
        "  database: %s" % ch(DBS).upper(),
        "  warehouse: SODA_WH",
        "  connection_timeout: 240",
        "  role: %s" % ch(["SODA_ROLE", "DQ_READER"]),
        "  schema: %s" % ch(SCHEMAS).upper(),
    )


@P("soda", "soda_secret")
def soda_docker(v, neg):
    kid = uid()
    return ch(["scripts/run_soda_scan.sh", "ci/soda-scan.sh"]), L(
        "#!/usr/bin/env bash",
        "# nightly scan against the %s marts" % ch(DBS),
        "docker run --rm -v \"$PWD/soda:/sodacl\" \\",
        "  -e SODA_API_KEY_ID=%s \\" % kid,
        "  -e SODA_API_KEY_SECRET=%s \\" % v.f("sh", "SODA_API_KEY_SECRET"),
        "  sodadata/soda-library:v1.%d.%d \\" % (rint(3, 9), rint(0, 20)),
        "  scan -d %s -c /sodacl/configuration.yml /sodacl/checks.yml" % ch(DBS),
    )


@P("soda", "soda_secret")
def soda_agent_helm(v, neg):
    return ch(["deploy/soda-agent/values.yaml", "helm/soda-agent-values.yml"]), L(
        "soda:",
        "  apikey:",
        "    id: \"%s\"" % uid(),
        "    secret: \"%s\"" % v.f("helm", "SODA_AGENT_API_KEY_SECRET"),
        "  agent:",
        "    name: \"%s-agent-%s\"" % (org(), ch(["prod", "eu", "us"])),
        "  cloud:",
        "    endpoint: \"https://cloud.soda.io\"",
        "  scanlauncher:",
        "    existingSecrets: []",
    )


@P("soda", "soda_secret")
def soda_python(v, neg):
    return ch(["dq/soda_report.py", "tools/soda_cloud_datasets.py"]), L(
        "import base64",
        "import requests",
        "",
        'API_KEY_ID = "%s"' % uid(),
        "API_KEY_SECRET = %s" % v.f("py", "SODA_API_KEY_SECRET"),
        "",
        'creds = base64.b64encode(f"{API_KEY_ID}:{API_KEY_SECRET}".encode()).decode()',
        'headers = {"Authorization": f"Basic {creds}", "Content-Type": "application/json"}',
        'resp = requests.get("https://cloud.soda.io/api/v1/datasets", headers=headers, timeout=30)',
        "resp.raise_for_status()",
        'for ds in resp.json()["content"]:',
        '    print(ds["name"], ds["healthStatus"])',
    )


@P("montecarlo", "mcd_token")
def mc_profiles(v, neg):
    return ch([".mcd/profiles.ini", "ops/mcd/profiles.ini"]), L(
        "[default]",
        "mcd_id = %s" % hexs(32),
        "mcd_token = %s" % v.f("ini", "MCD_DEFAULT_API_TOKEN"),
        "",
        "[%s]" % ch(["staging", "sandbox"]),
        "mcd_id = %s" % hexs(32),
        "mcd_token = ${MCD_STAGING_TOKEN}",
    )


@P("montecarlo", "mcd_token")
def mc_curl(v, neg):
    return ch(["scripts/mc_get_user.sh", "tools/montecarlo/query.sh"]), L(
        "#!/usr/bin/env bash",
        "curl --location --request POST 'https://api.getmontecarlo.com/graphql' \\",
        "  --header 'x-mcd-id: %s' \\" % hexs(32),
        "  --header 'x-mcd-token: %s' \\" % v.f("sh", "MCD_TOKEN"),
        "  --header 'Content-Type: application/json' \\",
        "  --data-raw '{\"query\":\"query {getUser {email firstName lastName}}\",\"variables\":{}}'",
    )


@P("montecarlo", "mcd_token")
def mc_pycarlo(v, neg):
    return ch(["observability/mc_incidents.py", "scripts/montecarlo_monitors.py"]), L(
        "from pycarlo.core import Client, Query, Session",
        "",
        "session = Session(",
        '    mcd_id="%s",' % hexs(32),
        "    mcd_token=%s," % v.f("py", "MCD_DEFAULT_API_TOKEN"),
        ")",
        "client = Client(session=session)",
        "query = Query()",
        "query.get_user().__fields__('email')",
        "print(client(query).get_user.email)",
    )


@P("montecarlo", "mcd_token")
def mc_gha(v, neg):
    return ".github/workflows/montecarlo-monitors.yml", L(
        "name: apply-monte-carlo-monitors",
        "on:",
        "  push:",
        "    branches: [main]",
        "    paths: [\"monitors/**\"]",
        "jobs:",
        "  apply:",
        "    runs-on: ubuntu-latest",
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: pip install montecarlodata",
        "      - run: montecarlo monitors apply --namespace %s --auto-yes" % ch(["marts", "finance", "growth"]),
        "        env:",
        "          MCD_DEFAULT_API_ID: %s" % hexs(32),
        "          MCD_DEFAULT_API_TOKEN: %s" % v.y("gha", "MCD_DEFAULT_API_TOKEN"),
    )


@P("montecarlo", "mcd_token")
def mc_terraform(v, neg):
    return "terraform/montecarlo/providers.tf", L(
        "provider \"montecarlo\" {",
        "  account_service_key = {",
        "    id    = \"%s\"" % hexs(32),
        "    token = %s" % (v.f("tf", "MCD_TOKEN") if (not v.pos and v.nk == "envref") else '"%s"' % v.f("tf", "MCD_TOKEN")),
        "  }",
        "}",
    )


@P("elementary", "password")
def elementary_profile(v, neg):
    return ch(["profiles.yml", "elementary/profiles.yml"]), L(
        "elementary:",
        "  outputs:",
        "    default:",
        "      type: snowflake",
        "      account: %s" % sf_account(),
        "      user: %s" % ch(DBUSERS).upper(),
        "      password: \"%s\"" % v.f("dbt", "ELEMENTARY_SNOWFLAKE_PASSWORD"),
        "      role: ELEMENTARY_ROLE",
        "      warehouse: %s" % ch(["TRANSFORMING", "COMPUTE_WH"]),
        "      database: ANALYTICS",
        "      schema: %s_ELEMENTARY" % ch(SCHEMAS).upper(),
        "      threads: 4",
    )


@P("elementary", "slack_webhook")
def elementary_slack(v, neg):
    return ch(["scripts/edr_report.sh", "ci/elementary-monitor.sh"]), L(
        "#!/usr/bin/env bash",
        "set -e",
        "dbt run --select elementary",
        "edr monitor \\",
        "  --slack-webhook %s \\" % v.f("sh", "SLACK_WEBHOOK_URL"),
        "  --group-by table \\",
        "  --suppression-interval %d" % rint(1, 24),
    )


@P("elementary", "slack_webhook")
def elementary_config(v, neg):
    return ch([".edr/config.yml", "elementary/config.yml"]), L(
        "slack:",
        "  notification_webhook: %s" % v.y("yaml", "SLACK_WEBHOOK"),
        "  workflows: false",
        "aws:",
        "  profile_name: %s-data" % org(),
        "  s3_bucket_name: %s-elementary-reports" % org(),
    )


@P("metaplane", "long_token")
def metaplane_py(v, neg):
    return ch(["observability/metaplane_monitors.py", "scripts/metaplane_sync.py"]), L(
        "import requests",
        "",
        'METAPLANE_API = "https://dev.api.metaplane.dev/v1"',
        "TOKEN = %s" % v.f("py", "METAPLANE_API_KEY"),
        "",
        "def list_connections():",
        '    r = requests.get(f"{METAPLANE_API}/connections",',
        '                     headers={"Authorization": f"Bearer {TOKEN}"}, timeout=20)',
        "    r.raise_for_status()",
        "    return r.json()",
    )


@P("bigeye", "password")
def bigeye_json(v, neg):
    return ch(["bigeye/credentials.json", "config/bigeye_basic_auth.json"]), json.dumps({
        "base_url": "https://app.bigeye.com", "user": "%s@%s.com" % (ch(PEOPLE), org()),
        "password": v.f("json", "BIGEYE_PASSWORD")}, indent=4) + "\n"


@P("bigeye", "long_token")
def bigeye_ini(v, neg):
    return ch(["bigeye/bigeye.ini", ".bigeye/credentials"]), L(
        "[DEFAULT]",
        "base_url = https://app.bigeye.com",
        "workspace_id = %d" % rint(100, 9999),
        "api_key = %s" % v.f("ini", "BIGEYE_API_KEY"),
    )


@P("anomalo", "hex_key")
def anomalo_py(v, neg):
    return ch(["dq/anomalo_checks.py", "scripts/anomalo_run.py"]), L(
        "import anomalo",
        "",
        "api_client = anomalo.Client(",
        '    host="https://%s.anomalo.com",' % org(),
        "    api_token=%s," % v.f("py", "ANOMALO_API_SECRET_TOKEN"),
        ")",
        'table = api_client.get_table_information(table_name="%s.%s")' % (ch(SCHEMAS), ch(TABLES)),
        'job = api_client.run_checks(table_id=table["id"])',
        'print(job["run_checks_job_id"])',
    )


@P("apache_atlas", "password")
def atlas_curl(v, neg):
    return ch(["scripts/atlas_typedefs.sh", "atlas/load_types.sh"]), L(
        "#!/bin/bash",
        "ATLAS=http://%s:21000" % ch(["atlas.%s.internal" % org(), "localhost", "atlas-server"]),
        "curl -s -u %s:%s \\" % (ch(["admin", "atlas_svc", "steward"]), v.f("sh", "ATLAS_PASSWORD")),
        "  -H 'Content-Type: application/json' \\",
        "  -X POST \"$ATLAS/api/atlas/v2/types/typedefs\" \\",
        "  -d @typedefs/%s_types.json" % ch(["pii", "lineage", "glossary"]),
    )


@P("apache_atlas", "password")
def atlas_java(v, neg):
    return "src/main/java/com/%s/catalog/AtlasSync.java" % org(), L(
        "package com.%s.catalog;" % org(),
        "",
        "import org.apache.atlas.AtlasClientV2;",
        "",
        "public class AtlasSync {",
        "    private static final String[] URLS = {\"http://atlas:21000\"};",
        "",
        "    public static AtlasClientV2 client() {",
        "        return new AtlasClientV2(URLS, new String[]{\"%s\", %s});" % (ch(["admin", "atlas_svc"]), v.f("java", "ATLAS_PASSWORD")),
        "    }",
        "}",
    )


@P("egeria", "password")
def egeria_py(v, neg):
    return ch(["egeria/catalog_assets.py", "scripts/egeria_glossary.py"]), L(
        "from pyegeria import EgeriaTech",
        "",
        'view_server = "view-server"',
        'platform_url = "https://egeria.%s.internal:9443"' % org(),
        'user_id = "%s"' % ch(["erinoverview", "garygeeke", "peterprofile", "svc_egeria"]),
        "",
        "client = EgeriaTech(view_server, platform_url, user_id)",
        "token = client.create_egeria_bearer_token(user_id, %s)" % v.f("py", "EGERIA_USER_PASSWORD"),
        'print(client.find_glossaries("*"))',
    )


@P("informatica", "password")
def idmc_login(v, neg):
    return ch(["idmc/login.json", "informatica/cdgc_login.json"]), json.dumps({
        "username": "%s.%s@%s.com" % (ch(PEOPLE), ch(["svc", "cdgc"]), org()),
        "password": v.f("json", "IDMC_PASSWORD")}, indent=2) + "\n"


@P("informatica", "password")
def idmc_py(v, neg):
    return ch(["informatica/cdgc_export.py", "governance/idmc_scanner.py"]), L(
        "import requests",
        "",
        'LOGIN_URL = "https://dm-%s.informaticacloud.com/saas/public/core/v3/login"' % ch(["us", "em", "ap"]),
        "",
        "payload = {",
        '    "username": "%s_cdgc@%s.com",' % (ch(PEOPLE), org()),
        '    "password": %s,' % v.f("py", "IDMC_PASSWORD"),
        "}",
        "r = requests.post(LOGIN_URL, json=payload, timeout=30)",
        "r.raise_for_status()",
        'session_id = r.json()["userInfo"]["sessionId"]',
    )


@P("purview", "azure_secret")
def purview_py(v, neg):
    return ch(["purview/scan_sources.py", "governance/purview_client.py"]), L(
        "from azure.identity import ClientSecretCredential",
        "from azure.purview.catalog import PurviewCatalogClient",
        "",
        "credential = ClientSecretCredential(",
        '    tenant_id="%s",' % uid(),
        '    client_id="%s",' % uid(),
        "    client_secret=%s," % v.f("py", "AZURE_CLIENT_SECRET"),
        ")",
        'client = PurviewCatalogClient(endpoint="https://%s-purview.purview.azure.com", credential=credential)' % org(),
        'print(client.discovery.query({"keywords": "%s"}))' % ch(TABLES),
    )


@P("purview", "azure_secret")
def purview_json(v, neg):
    return ch(["purview/sp.json", "config/purview-service-principal.json"]), json.dumps({
        "tenantId": uid(), "clientId": uid(),
        "clientSecret": v.f("json", "PURVIEW_CLIENT_SECRET"),
        "accountName": "%s-purview" % org(), "collection": ch(["finance", "sales", "root"])}, indent=2) + "\n"


@P("purview", "azure_secret")
def purview_tf(v, neg):
    return "infra/purview/terraform.tfvars", L(
        "purview_account_name = \"%s-purview\"" % org(),
        "resource_group       = \"rg-data-governance\"",
        "location             = \"%s\"" % ch(["westeurope", "eastus2", "uksouth"]),
        "sp_client_id         = \"%s\"" % uid(),
        "sp_client_secret     = \"%s\"" % v.f("tfvars", "SP_CLIENT_SECRET"),
        "tenant_id            = \"%s\"" % uid(),
    )


@P("dbt", "password")
def dbt_sf_password(v, neg):
    return ch(["profiles.yml", "transform/profiles.yml", "ci/dbt/profiles.yml"]), L(
        "%s_analytics:" % org(),
        "  target: dev",
        "  outputs:",
        "    dev:",
        "      type: snowflake",
        "      account: %s" % sf_account(),
        "      user: %s" % ch(PEOPLE).upper(),
        "      password: %s" % v.y("dbt", "DBT_SNOWFLAKE_PASSWORD"),
        "      role: TRANSFORMER",
        "      database: ANALYTICS_DEV",
        "      warehouse: TRANSFORMING",
        "      schema: dbt_%s" % ch(PEOPLE),
        "      threads: 8",
        "      client_session_keep_alive: false",
    )


@P("dbt", "passphrase")
def dbt_keypair(v, neg):
    return ch(["profiles.yml", "dbt_project/profiles.yml"]), L(
        "warehouse:",
        "  target: prod",
        "  outputs:",
        "    prod:",
        "      type: snowflake",
        "      account: %s" % sf_account(),
        "      user: DBT_PROD",
        "      private_key_path: /run/secrets/snowflake_rsa_key.p8",
        "      private_key_passphrase: \"%s\"" % v.f("dbt", "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE"),
        "      role: TRANSFORMER",
        "      database: ANALYTICS",
        "      warehouse: TRANSFORMING",
        "      schema: marts",
    )


@P("snowflake", "pem_enc")
def sf_p8(v, neg):
    rel = ch(["keys/snowflake_rsa_key.p8", "secrets/rsa_key.p8", "deploy/ingest/sf_key.p8"])
    if v.pos or v.nk == "masked":
        return rel, v.pem_block() + "\n"
    ref = v.f("pemfile", "SNOWFLAKE_PRIVATE_KEY") or "(empty - generate with openssl genrsa 2048 | openssl pkcs8 -topk8 -v2 des3)"
    return rel, L("-----BEGIN ENCRYPTED PRIVATE KEY-----",
                  "# placeholder, the real key is injected at deploy time from: %s" % ref,
                  "-----END ENCRYPTED PRIVATE KEY-----")


@P("snowflake", "pem_enc")
def sf_recipe_inline_key(v, neg):
    return "recipes/snowflake_keypair.dhub.yml", L(
        "source:",
        "  type: snowflake",
        "  config:",
        "    account_id: %s" % sf_account(),
        "    warehouse: DATAHUB_WH",
        "    username: DATAHUB_SVC",
        "    authentication_type: KEY_PAIR_AUTHENTICATOR",
        "    private_key_password: ${SNOWFLAKE_KEY_PASSWORD}",
        "    private_key: |" if v.pos or v.nk == "masked" else "    private_key: \"%s\"" % v.f("yaml", "SNOWFLAKE_PRIVATE_KEY"),
    ) + (v.pem_block(indent="      ") + "\n" if (v.pos or v.nk == "masked") else "") + L(
        "    role: datahub_role",
        "    include_table_lineage: true",
        "sink:",
        "  type: datahub-rest",
        "  config:",
        "    server: ${DATAHUB_GMS_URL}",
    )


@P("snowflake", "pem")
def sf_helm_secret_values(v, neg):
    return "deploy/om-ingestion/values-snowflake.yaml", L(
        "ingestion:",
        "  snowflake:",
        "    account: %s" % sf_account(),
        "    username: OM_INGEST",
        "    privateKey: |" if v.pos or v.nk == "masked" else "    privateKey: \"%s\"" % v.f("helm", "SNOWFLAKE_PRIVATE_KEY"),
    ) + (v.pem_block(indent="      ") + "\n" if (v.pos or v.nk == "masked") else "") + L(
        "    warehouse: OM_WH",
        "    database: ANALYTICS",
    )


def sa_json(v):
    proj = "%s-%s-%d" % (org(), ch(["data", "analytics", "lake"]), rint(100, 999))
    sa = ch(["datahub-ingest", "dbt-runner", "gx-validator", "soda-scan", "om-bigquery"])
    cid = str(rint(10 ** 20, 10 ** 21 - 1))
    return {
        "type": "service_account", "project_id": proj, "private_key_id": hexs(40),
        "private_key": v.f("json", "GCP_PRIVATE_KEY"),
        "client_email": "%s@%s.iam.gserviceaccount.com" % (sa, proj), "client_id": cid,
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com" % (sa, proj),
        "universe_domain": "googleapis.com"}


def json_raw(d, indent=2):
    # json.dumps would double-escape the literal "\n" sequences of the key, so
    # render string values verbatim.
    parts = []
    for k, val in d.items():
        parts.append('%s"%s": "%s"' % (" " * indent, k, val))
    return "{\n" + ",\n".join(parts) + "\n}\n"


@P("bigquery", "sa_key")
def bq_keyfile(v, neg):
    return ch(["keys/bigquery-sa.json", "dbt/keyfile.json", "credentials/gcp-datahub.json"]), json_raw(sa_json(v))


@P("bigquery", "sa_key")
def bq_dbt_keyfile_json(v, neg):
    d = sa_json(v)
    lines = ["%s_bq:" % org(), "  target: prod", "  outputs:", "    prod:",
             "      type: bigquery", "      method: service-account-json",
             "      project: %s" % d["project_id"], "      dataset: %s" % ch(SCHEMAS),
             "      threads: 8", "      keyfile_json:"]
    for k in ("type", "project_id", "private_key_id", "private_key", "client_email", "client_id",
              "auth_uri", "token_uri", "auth_provider_x509_cert_url", "client_x509_cert_url"):
        lines.append('        %s: "%s"' % (k, d[k]))
    return "profiles.yml", L(*lines)


@P("bigquery", "sa_key")
def bq_datahub_recipe(v, neg):
    d = sa_json(v)
    return "recipes/bigquery.dhub.yml", L(
        "source:",
        "  type: bigquery",
        "  config:",
        "    project_ids:",
        "      - %s" % d["project_id"],
        "    include_usage_statistics: true",
        "    credential:",
        "      project_id: %s" % d["project_id"],
        "      private_key_id: \"%s\"" % d["private_key_id"],
        "      private_key: \"%s\"" % d["private_key"],
        "      client_email: %s" % d["client_email"],
        "      client_id: \"%s\"" % d["client_id"],
        "sink:",
        "  type: datahub-rest",
        "  config:",
        "    server: ${DATAHUB_GMS_URL}",
        "    token: ${DATAHUB_GMS_TOKEN}",
    )


@P("snowflake", "password")
def sql_create_user(v, neg):
    u = ch(DBUSERS).upper()
    return ch(["sql/setup/catalog_service_user.sql", "migrations/V%03d__datahub_reader.sql" % rint(1, 200)]), L(
        "-- Service user for catalog / lineage ingestion (read-only)",
        "USE ROLE SECURITYADMIN;",
        "CREATE ROLE IF NOT EXISTS %s_ROLE;" % u,
        "CREATE USER IF NOT EXISTS %s" % u,
        "  PASSWORD = '%s'" % v.f("sql", "CATALOG_USER_PASSWORD"),
        "  DEFAULT_ROLE = %s_ROLE" % u,
        "  DEFAULT_WAREHOUSE = CATALOG_WH",
        "  MUST_CHANGE_PASSWORD = FALSE;",
        "GRANT ROLE %s_ROLE TO USER %s;" % (u, u),
        "GRANT USAGE ON WAREHOUSE CATALOG_WH TO ROLE %s_ROLE;" % u,
        "GRANT IMPORTED PRIVILEGES ON DATABASE SNOWFLAKE TO ROLE %s_ROLE;" % u,
    )


@P("postgres", "password")
def sql_pg_alter(v, neg):
    return "db/grants/catalog_reader.sql", L(
        "-- read-only login used by OpenMetadata and Soda",
        "CREATE ROLE catalog_reader WITH LOGIN PASSWORD '%s';" % v.f("sql", "CATALOG_READER_PASSWORD"),
        "GRANT CONNECT ON DATABASE %s TO catalog_reader;" % ch(DBS),
        "GRANT USAGE ON SCHEMA %s TO catalog_reader;" % ch(SCHEMAS),
        "GRANT SELECT ON ALL TABLES IN SCHEMA %s TO catalog_reader;" % ch(SCHEMAS),
        "ALTER DEFAULT PRIVILEGES IN SCHEMA %s GRANT SELECT ON TABLES TO catalog_reader;" % ch(SCHEMAS),
    )


@P("catalog_export", "password")
def csv_connections(v, neg):
    rows = ["connection_name,platform,host,port,database,username,password,owner,last_scanned"]
    target = rint(1, 4)
    for i in range(6):
        plat = ch(["postgres", "mysql", "redshift", "mssql"])
        pw = v.f("csv", "PASSWORD") if i == target else ""
        rows.append("%s_%s,%s,%s,%d,%s,%s,%s,%s,%s" % (
            plat, ch(DBS), plat, host(), ch([5432, 3306, 5439, 1433]), ch(DBS), ch(DBUSERS), pw,
            ch(PEOPLE) + "@" + org() + ".com", day()))
    return ch(["exports/catalog_connections.csv", "docs/inventory/data_sources.csv"]), L(*rows)


@P("datahub", "urlpw")
def ingest_log(v, neg):
    h = host()
    lines = []
    for i in range(rint(3, 6)):
        lines.append("[%s INFO  datahub.ingestion.run.pipeline] Processing %s" % (dt(), urn_ds()))
    lines.insert(1, "[%s DEBUG sqlalchemy.engine] Creating engine postgresql://%s:%s@%s:5432/%s" % (dt(), ch(DBUSERS), v.f("url", "PG_PASSWORD"), h, ch(DBS)))
    lines.append("[%s INFO  datahub.cli.ingest_cli] Finished metadata ingestion" % dt())
    return ch(["logs/ingest-%s.log" % day(), "debug/datahub_ingest.log"]), L(*lines)


@P("datahub", "datahub_pat")
def dh_js_client(v, neg):
    return ch(["web/src/catalog/datahubClient.ts", "services/catalog/datahub.js"]), L(
        "import axios from 'axios';",
        "",
        "const client = axios.create({",
        "  baseURL: 'https://datahub.%s.io/api/graphql'," % org(),
        "  headers: {",
        "    Authorization: `Bearer ${%s}`," % (v.f("js", "DATAHUB_TOKEN")),
        "    'Content-Type': 'application/json',",
        "  },",
        "});",
        "",
        "export async function searchDatasets(q) {",
        "  const { data } = await client.post('', { query: `{ search(input:{type:DATASET, query:\"${q}\"}) { total } }` });",
        "  return data.data.search.total;",
        "}",
    )


@P("openmetadata", "om_jwt")
def om_curl_md(v, neg):
    return ch(["docs/runbooks/openmetadata-api.md", "wiki/om_lineage_api.md"]), L(
        "## Adding lineage edges by hand",
        "",
        "When the Airflow lineage backend misses a task, post the edge directly:",
        "",
        "```bash",
        "curl -X PUT https://openmetadata.%s.com/api/v1/lineage \\" % org(),
        "  -H 'Authorization: Bearer %s' \\" % v.f("md", "OM_JWT_TOKEN"),
        "  -H 'Content-Type: application/json' \\",
        "  -d @edge.json",
        "```",
        "",
        "The edge body uses the table ids from `/api/v1/tables/name/<fqn>`.",
    )


@P("great_expectations", "urlpw")
def gx_checkpoint_py_conn(v, neg):
    return "dq/gx/datasources.py", L(
        "import great_expectations as gx",
        "",
        "ctx = gx.get_context(mode=\"file\")",
        "ds = ctx.data_sources.add_postgres(",
        '    name="orders_pg",',
        '    connection_string="postgresql+psycopg2://%s:%s@%s:5432/%s",' % (ch(DBUSERS), v.f("url", "PG_PASSWORD"), host(), ch(DBS)),
        ")",
        'ds.add_table_asset(name="%s", table_name="%s", schema_name="%s")' % (ch(TABLES), ch(TABLES), ch(SCHEMAS)),
    )


@P("montecarlo", "mcd_token")
def mc_env(v, neg):
    return envfile(neg, ".env.local") if not neg else ".env.sample", L(
        "MCD_DEFAULT_API_ID=%s" % hexs(32),
        "MCD_DEFAULT_API_TOKEN=%s" % v.f("env", "MCD_DEFAULT_API_TOKEN"),
        "MCD_API_ENDPOINT=https://api.getmontecarlo.com/graphql",
    )


# --------------------------------------------------------------------------
# look-alike negative templates (no credential at all)
# --------------------------------------------------------------------------
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append((fn.__name__, provider, kind, fn))
        return fn
    return deco


def sha256_hex():
    return hashlib.sha256(rbytes(32)).hexdigest()


def md5_hex():
    return hashlib.md5(rbytes(16)).hexdigest()


@N("datahub", "urn")
def n_urn_list(neg=True):
    lines = ["# datasets certified for the quarterly finance close", "certified_datasets:"]
    for _ in range(rint(5, 10)):
        lines.append("  - \"%s\"" % urn_ds(ch(["snowflake", "bigquery", "dbt"])))
    lines += ["owners:", "  - urn:li:corpuser:%s" % ch(PEOPLE), "  - urn:li:corpGroup:%s-data" % ch(["finance", "growth"])]
    return "catalog/certified.yml", L(*lines)


@N("openlineage", "run_id")
def n_ol_event(neg=True):
    ev = {"eventType": "COMPLETE", "eventTime": dt(),
          "run": {"runId": uid(), "facets": {"parent": {"job": {"namespace": "airflow", "name": "dag_%s" % ch(TABLES)},
                                                       "run": {"runId": uid()}}}},
          "job": {"namespace": "%s_spark" % org(), "name": "load_%s" % ch(TABLES)},
          "inputs": [{"namespace": "postgres://%s:5432" % host(), "name": "%s.%s.%s" % (ch(DBS), ch(SCHEMAS), ch(TABLES))}],
          "outputs": [{"namespace": "s3://%s-lake" % org(), "name": "/gold/%s" % ch(TABLES),
                       "facets": {"schema": {"fields": [{"name": c, "type": "string"} for c in COLS[:4]]}}}],
          "producer": "https://github.com/OpenLineage/OpenLineage/tree/1.%d.0/integration/spark" % rint(8, 20),
          "schemaURL": "https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"}
    return ch(["tests/fixtures/ol_complete_event.json", "lineage/samples/run_event.json"]), json.dumps(ev, indent=2) + "\n"


@N("great_expectations", "checksum")
def n_column_hashes(neg=True):
    rows = ["table,column,dtype,null_pct,distinct,md5_sample,sha256_schema"]
    for c in COLS[:rint(6, 12)]:
        rows.append("%s,%s,%s,%.2f,%d,%s,%s" % (ch(TABLES), c, ch(["varchar", "int", "timestamp", "numeric"]),
                                             R.random() * 5, rint(1, 900000), md5_hex(), sha256_hex()))
    return "profiles/column_fingerprints.csv", L(*rows)


@N("great_expectations", "profile")
def n_data_profile(neg=True):
    cols = {}
    for c in COLS[:6]:
        cols[c] = {"null_count": rint(0, 500), "unique_count": rint(10, 90000),
                   "min": rint(0, 10), "max": rint(1000, 99999), "mean": round(R.random() * 1000, 3),
                   "sample_values": [alnum(10, string.ascii_uppercase + string.digits) for _ in range(3)]}
    return "great_expectations/uncommitted/profiles/%s_profile.json" % ch(TABLES), json.dumps(
        {"table": ch(TABLES), "row_count": rint(1000, 10 ** 7), "columns": cols}, indent=2) + "\n"


@N("soda", "api_key_id_only")
def n_soda_id_only(neg=True):
    return ch(["soda/configuration.yml", "configuration.yml"]), L(
        "data_source %s:" % ch(DBS),
        "  type: postgres",
        "  host: %s" % host(),
        "  username: ${POSTGRES_USER}",
        "  password: ${POSTGRES_PASSWORD}",
        "  database: %s" % ch(DBS),
        "soda_cloud:",
        "  host: cloud.soda.io",
        "  api_key_id: %s" % uid(),
        "  api_key_secret: ${SODA_API_KEY_SECRET}",
    )


@N("montecarlo", "mcd_id_only")
def n_mcd_id_only(neg=True):
    return "docs/observability/montecarlo.md", L(
        "# Monte Carlo access",
        "",
        "Our account-level key id is `%s` (the secret lives in 1Password," % hexs(32),
        "vault *Data Platform*, item *Monte Carlo API*).",
        "",
        "```bash",
        "export MCD_DEFAULT_API_ID=%s" % hexs(32),
        "export MCD_DEFAULT_API_TOKEN=\"$(op read 'op://Data Platform/Monte Carlo API/credential')\"",
        "montecarlo validate",
        "```",
    )


@N("datahub", "envref")
def n_dh_env_token(neg=True):
    return "recipes/looker.dhub.yml", L(
        "source:",
        "  type: looker",
        "  config:",
        "    base_url: https://%s.cloud.looker.com" % org(),
        "    client_id: ${LOOKER_CLIENT_ID}",
        "    client_secret: ${LOOKER_CLIENT_SECRET}",
        "sink:",
        "  type: datahub-rest",
        "  config:",
        "    server: ${DATAHUB_GMS_URL}",
        "    token: ${DATAHUB_GMS_TOKEN}",
    )


@N("dbt", "env_var")
def n_dbt_env_var(neg=True):
    return "profiles.yml", L(
        "analytics:",
        "  target: \"{{ env_var('DBT_TARGET', 'dev') }}\"",
        "  outputs:",
        "    dev:",
        "      type: snowflake",
        "      account: \"{{ env_var('SNOWFLAKE_ACCOUNT') }}\"",
        "      user: \"{{ env_var('SNOWFLAKE_USER') }}\"",
        "      password: \"{{ env_var('DBT_ENV_SECRET_SNOWFLAKE_PASSWORD') }}\"",
        "      role: TRANSFORMER",
        "      warehouse: TRANSFORMING",
        "      database: ANALYTICS",
        "      schema: \"dbt_{{ env_var('USER') }}\"",
    )


@N("great_expectations", "substitution")
def n_gx_subst(neg=True):
    return "great_expectations/great_expectations.yml", L(
        "config_version: 3.0",
        "datasources:",
        "  warehouse:",
        "    class_name: Datasource",
        "    execution_engine:",
        "      class_name: SqlAlchemyExecutionEngine",
        "      credentials:",
        "        drivername: postgresql",
        "        host: ${HOST}",
        "        port: ${PORT}",
        "        username: ${USERNAME}",
        "        password: ${PASSWORD}",
        "        database: ${DATABASE}",
        "config_variables_file_path: uncommitted/config_variables.yml",
    )


@N("dbt", "checksum")
def n_dbt_manifest(neg=True):
    nodes = {}
    for t in TABLES[:rint(3, 6)]:
        k = "model.%s.%s" % (org(), t)
        nodes[k] = {"resource_type": "model", "name": t, "schema": ch(SCHEMAS),
                    "checksum": {"name": "sha256", "checksum": sha256_hex()},
                    "unique_id": k, "fqn": [org(), "marts", t], "original_file_path": "models/marts/%s.sql" % t}
    return "target/manifest.json", json.dumps({"metadata": {"dbt_schema_version": "https://schemas.getdbt.com/dbt/manifest/v12.json",
                                                           "dbt_version": "1.%d.%d" % (rint(6, 9), rint(0, 8)),
                                                           "invocation_id": uid(), "project_id": md5_hex()},
                                              "nodes": nodes}, indent=2) + "\n"


@N("dbt", "run_results")
def n_dbt_run_results(neg=True):
    res = [{"status": "success", "unique_id": "test.%s.not_null_%s_%s.%s" % (org(), t, ch(COLS), hexs(10)),
            "execution_time": round(R.random() * 4, 3), "thread_id": "Thread-%d" % rint(1, 8),
            "adapter_response": {"query_id": "01b%s-%s-%s-%s" % (hexs(5), hexs(4), hexs(4), hexs(12))}}
           for t in TABLES[:5]]
    return "target/run_results.json", json.dumps({"metadata": {"invocation_id": uid()}, "results": res}, indent=2) + "\n"


@N("snowflake", "public_key")
def n_sf_public_key(neg=True):
    body = base64.b64encode(bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + rbytes(258)).decode()
    return "sql/setup/rotate_key.sql", L(
        "-- public half only; the private key stays in the secrets manager",
        "ALTER USER DATAHUB_SVC SET RSA_PUBLIC_KEY_2='%s';" % body,
        "DESC USER DATAHUB_SVC;",
    )


@N("openmetadata", "jwks")
def n_om_jwks(neg=True):
    n = b64u(256)
    return "conf/jwks.json", json.dumps({"keys": [{"kty": "RSA", "kid": uid(), "alg": "RS256", "use": "sig",
                                                  "n": n, "e": "AQAB"}]}, indent=2) + "\n"


@N("purview", "guid")
def n_purview_ids(neg=True):
    return "purview/collections.yml", L(
        "tenant_id: %s" % uid(),
        "client_id: %s" % uid(),
        "client_secret: \"@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/purview-sp/)\"" % org(),
        "collections:",
        "  - name: %s" % ch(["finance", "sales", "hr"]),
        "    id: %s" % alnum(6, string.ascii_lowercase),
        "    parent: %s-purview" % org(),
        "scan_ruleset_id: %s" % uid(),
    )


@N("bigquery", "external_account")
def n_gcp_wif(neg=True):
    pn = rint(10 ** 11, 10 ** 12 - 1)
    return "credentials/gcp-wif.json", json.dumps({
        "type": "external_account",
        "audience": "//iam.googleapis.com/projects/%d/locations/global/workloadIdentityPools/github/providers/%s" % (pn, org()),
        "subject_token_type": "urn:ietf:params:oauth:token-type:jwt",
        "token_url": "https://sts.googleapis.com/v1/token",
        "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/dbt@%s-data.iam.gserviceaccount.com:generateAccessToken" % org(),
        "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token"}}, indent=2) + "\n"


@N("databricks", "ids")
def n_dbx_ids(neg=True):
    return "databricks/jobs/uc_lineage_job.json", json.dumps({
        "job_id": rint(10 ** 14, 10 ** 15), "name": "uc-lineage-export",
        "existing_cluster_id": "%04d-%06d-%s" % (rint(0, 9999), rint(0, 999999), alnum(8, string.ascii_lowercase + string.digits)),
        "warehouse_id": hexs(16), "workspace_id": rint(10 ** 15, 10 ** 16),
        "notebook_task": {"notebook_path": "/Repos/data/catalog/export_lineage"},
        "run_as": {"service_principal_name": uid()}}, indent=2) + "\n"


@N("databricks", "secret_scope")
def n_dbx_secret_get(neg=True):
    return "notebooks/ingest_to_datahub.py", L(
        "# Databricks notebook source",
        "token = dbutils.secrets.get(scope=\"catalog\", key=\"datahub-gms-token\")",
        "pg_password = dbutils.secrets.get(scope=\"catalog\", key=\"pg-reader\")",
        "",
        "# COMMAND ----------",
        "from datahub.emitter.rest_emitter import DatahubRestEmitter",
        "emitter = DatahubRestEmitter(\"https://datahub.%s.io/gms\", token=token)" % org(),
    )


@N("atlan", "guid")
def n_atlan_qn(neg=True):
    rows = ["guid,typeName,qualifiedName,certificateStatus,ownerUsers"]
    for _ in range(rint(5, 9)):
        rows.append("%s,Table,default/%s/%d/%s/%s/%s,%s,%s" % (
            uid(), ch(["snowflake", "bigquery"]), rint(1600000000, 1760000000), ch(DBS).upper(), ch(SCHEMAS).upper(),
            ch(TABLES).upper(), ch(["VERIFIED", "DRAFT", "DEPRECATED"]), ch(PEOPLE)))
    return "exports/atlan_assets.csv", L(*rows)


@N("collibra", "uuid")
def n_collibra_assets(neg=True):
    return "collibra/asset_import.json", json.dumps([{
        "resourceType": "Asset", "identifier": {"name": "%s.%s" % (ch(SCHEMAS), t), "domain": {"id": uid()}},
        "type": {"id": "00000000-0000-0000-0000-0000000310%02d" % rint(0, 99)},
        "attributes": {"Description": [{"value": "curated %s table" % t}]}} for t in TABLES[:4]], indent=2) + "\n"


@N("sops", "encrypted")
def n_sops(neg=True):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
            base64.b64encode(rbytes(n)).decode(), base64.b64encode(rbytes(32)).decode(), base64.b64encode(rbytes(16)).decode())
    return "deploy/secrets/catalog.enc.yaml", L(
        "datahub:",
        "    gms_token: %s" % enc(60),
        "soda:",
        "    api_key_secret: %s" % enc(41),
        "sops:",
        "    kms:",
        "        - arn: arn:aws:kms:%s:%d:key/%s" % (ch(REGIONS), rint(10 ** 11, 10 ** 12 - 1), uid()),
        "          created_at: \"%s\"" % dt(),
        "          enc: %s" % base64.b64encode(rbytes(120)).decode(),
        "          aws_profile: \"\"",
        "    lastmodified: \"%s\"" % dt(),
        "    mac: %s" % enc(32),
        "    version: 3.%d.%d" % (rint(7, 9), rint(0, 3)),
    )


@N("kubernetes", "sealed")
def n_sealed(neg=True):
    return "k8s/sealed/om-bot-token.yaml", L(
        "apiVersion: bitnami.com/v1alpha1",
        "kind: SealedSecret",
        "metadata:",
        "  name: om-bot-token",
        "  namespace: openmetadata",
        "spec:",
        "  encryptedData:",
        "    jwtToken: Ag%s" % base64.b64encode(rbytes(rint(300, 420))).decode(),
        "  template:",
        "    metadata:",
        "      name: om-bot-token",
    )


@N("python", "lockfile")
def n_requirements_hashes(neg=True):
    pk = [("acryl-datahub", "0.14.%d" % rint(0, 3)), ("soda-core-postgres", "3.%d.%d" % (rint(0, 4), rint(0, 9))),
          ("great-expectations", "1.%d.%d" % (rint(0, 4), rint(0, 9))), ("pycarlo", "0.%d.%d" % (rint(8, 10), rint(0, 60)))]
    lines = ["# generated by pip-compile --generate-hashes"]
    for n, ver in pk:
        lines += ["%s==%s \\" % (n, ver), "    --hash=sha256:%s \\" % sha256_hex(), "    --hash=sha256:%s" % sha256_hex()]
    return "requirements.lock.txt", L(*lines)


@N("npm", "integrity")
def n_package_lock(neg=True):
    pk = {}
    for n in ["axios", "graphql-request", "@openlineage/client", "dotenv"]:
        pk["node_modules/" + n] = {"version": "1.%d.%d" % (rint(0, 9), rint(0, 20)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n.split("/")[-1]),
                                   "integrity": "sha512-" + base64.b64encode(rbytes(64)).decode()}
    return "web/package-lock.json", json.dumps({"name": "catalog-ui", "lockfileVersion": 3, "packages": pk}, indent=2) + "\n"


@N("helm", "digest")
def n_image_digests(neg=True):
    return "deploy/datahub/values-images.yaml", L(
        "datahub-gms:",
        "  image:",
        "    repository: acryldata/datahub-gms",
        "    digest: sha256:%s" % sha256_hex(),
        "datahub-frontend:",
        "  image:",
        "    repository: acryldata/datahub-frontend-react",
        "    digest: sha256:%s" % sha256_hex(),
        "global:",
        "  datahub:",
        "    metadata_service_authentication:",
        "      enabled: true",
        "      systemClientSecret:",
        "        secretRef: datahub-auth-secrets",
        "        secretKey: system_client_secret",
    )


@N("tls", "certificate")
def n_certificate(neg=True):
    b = base64.b64encode(bytes.fromhex("308203") + rbytes(rint(700, 900))).decode()
    lines = ["-----BEGIN CERTIFICATE-----"] + [b[i:i + 64] for i in range(0, len(b), 64)] + ["-----END CERTIFICATE-----"]
    return "deploy/openmetadata/truststore/ca.crt", L(*lines)


@N("ssh", "public_key")
def n_ssh_pub(neg=True):
    return "infra/bastion/authorized_keys", L(*[
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (base64.b64encode(rbytes(24)).decode()[:43], ch(PEOPLE), org())
        for _ in range(rint(2, 4))])


@N("git", "commit_sha")
def n_changelog(neg=True):
    lines = ["# Changelog", ""]
    for _ in range(rint(5, 9)):
        lines.append("- %s %s (%s)" % (hexs(40), ch(["fix soda check thresholds", "add lineage for %s" % ch(TABLES),
                                                     "bump datahub to 0.14", "tag PII columns"]), ch(PEOPLE)))
    return "CHANGELOG.md", L(*lines)


@N("logs", "trace_ids")
def n_trace_log(neg=True):
    lines = []
    for _ in range(rint(6, 10)):
        lines.append("%s level=info msg=\"lineage edge stored\" trace_id=%s span_id=%s request_id=%s upstream=%s" % (
            dt(), hexs(32), hexs(16), uid(), urn_ds()))
    return "logs/lineage-api.log", L(*lines)


@N("soda", "scan_results")
def n_soda_results(neg=True):
    checks = [{"identity": hexs(8) + "-" + md5_hex()[:8], "name": "row_count > 0", "table": ch(TABLES),
               "outcome": ch(["pass", "fail", "warn"]), "diagnostics": {"value": rint(0, 10 ** 6)}} for _ in range(4)]
    return "soda/results/scan_%s.json" % day(), json.dumps({"scanId": uid(), "definitionName": "%s_nightly" % ch(DBS),
                                                            "dataTimestamp": dt(), "checks": checks}, indent=2) + "\n"


@N("montecarlo", "monitor_ids")
def n_mc_monitors(neg=True):
    return "monitors/montecarlo.yml", L(
        "namespace: %s" % ch(["marts", "finance"]),
        "montecarlo:",
        "  field_health:",
        "    - table: %s:%s.%s" % (ch(["prod-snowflake", "bq-prod"]), ch(SCHEMAS), ch(TABLES)),
        "      timestamp_field: updated_at",
        "      lookback_days: 7",
        "  custom_sql:",
        "    - name: %s_no_negative_amounts" % ch(TABLES),
        "      warehouse: %s" % uid(),
        "      sql: select count(*) from %s.%s where amount < 0" % (ch(SCHEMAS), ch(TABLES)),
        "      comparisons:",
        "        - type: threshold",
        "          operator: GT",
        "          threshold_value: 0",
        "      resource_id: %s" % uid(),
    )


@N("great_expectations", "validation_result")
def n_gx_validation(neg=True):
    return "great_expectations/uncommitted/validations/%s/%s.json" % (ch(TABLES), hexs(32)), json.dumps({
        "success": True, "meta": {"run_id": {"run_name": "%s-%s" % (day(), hexs(8)), "run_time": dt()},
                                  "batch_spec": {"batch_identifiers": {"batch_id": md5_hex()}},
                                  "active_batch_definition": {"data_asset_name": ch(TABLES)}},
        "statistics": {"evaluated_expectations": rint(5, 40), "successful_expectations": rint(5, 40)},
        "checkpoint_id": uid(), "validation_id": sha256_hex()[:40]}, indent=2) + "\n"


@N("openmetadata", "entity")
def n_om_entity(neg=True):
    t = ch(TABLES)
    return "openmetadata/exports/table_%s.json" % t, json.dumps({
        "id": uid(), "name": t, "fullyQualifiedName": "%s_prod.%s.%s.%s" % (ch(PLATFORMS), ch(DBS), ch(SCHEMAS), t),
        "version": round(0.1 * rint(1, 30), 1), "updatedAt": epoch() * 1000, "updatedBy": "ingestion-bot",
        "href": "http://openmetadata:8585/api/v1/tables/%s" % uid(),
        "changeDescription": {"fieldsAdded": [], "previousVersion": 0.1},
        "columns": [{"name": c, "dataType": "VARCHAR", "fullyQualifiedName": "%s.%s" % (t, c)} for c in COLS[:4]]}, indent=2) + "\n"


@N("sql", "hash_functions")
def n_sql_hashes(neg=True):
    return "models/staging/stg_%s.sql" % ch(TABLES), L(
        "with source as (",
        "    select * from {{ source('%s', '%s') }}" % (ch(DBS), ch(TABLES)),
        ")",
        "select",
        "    md5(cast(email as varchar)) as email_hash,",
        "    sha2(customer_id || '%s', 256) as customer_key," % ch(["|", "::", "#"]),
        "    {{ dbt_utils.generate_surrogate_key(['order_id', 'line_no']) }} as order_line_sk,",
        "    '%s' as load_batch," % hexs(32),
        "    created_at",
        "from source",
    )


@N("csv", "hashed_pii")
def n_hashed_emails(neg=True):
    rows = ["customer_id,email_sha256,country,first_order,lifetime_value"]
    for _ in range(rint(8, 14)):
        rows.append("%d,%s,%s,%s,%.2f" % (rint(10 ** 6, 10 ** 7), sha256_hex(), ch(["US", "DE", "FR", "GB", "JP"]), day(), R.random() * 5000))
    return "seeds/customers_hashed.csv", L(*rows)


@N("lineage", "edges")
def n_lineage_edges(neg=True):
    rows = ["upstream_urn,downstream_urn,job_run_id,observed_at"]
    for _ in range(rint(5, 9)):
        rows.append("\"%s\",\"%s\",%s,%s" % (urn_ds(), urn_ds(), uid(), dt()))
    return "exports/lineage_edges.csv", L(*rows)


@N("avro", "fingerprint")
def n_avro(neg=True):
    return "schemas/mce_%s.avsc.meta.json" % ch(TABLES), json.dumps({
        "subject": "MetadataChangeEvent_v4-value", "version": rint(1, 20), "id": rint(1, 5000),
        "fingerprint_rabin": "%016x" % R.getrandbits(64), "fingerprint_md5": md5_hex(),
        "schema_b64": base64.b64encode(json.dumps({"type": "record", "name": "MCE", "fields": [{"name": "urn", "type": "string"}]}).encode()).decode()}, indent=2) + "\n"


@N("datahub", "placeholder_doc")
def n_dh_doc_placeholder(neg=True):
    return "docs/datahub-cli.md", L(
        "## Authenticating the CLI",
        "",
        "Generate a personal access token in *Settings > Access Tokens*, then:",
        "",
        "```yaml",
        "# ~/.datahubenv",
        "gms:",
        "  server: https://<your-instance>.acryl.io/gms",
        "  token: <your-personal-access-token>",
        "```",
        "",
        "Tokens look like `eyJhbGciOiJIUzI1NiJ9.<payload>.<signature>`; never commit one.",
    )


@N("openmetadata", "masked")
def n_om_masked(neg=True):
    return "openmetadata/workflows/exported_pipeline.yaml", L(
        "# exported from the UI - secrets are masked by the server",
        "source:",
        "  type: postgres",
        "  serviceName: pg_%s" % ch(DBS),
        "  serviceConnection:",
        "    config:",
        "      type: Postgres",
        "      username: %s" % ch(DBUSERS),
        "      authType:",
        "        password: \"*********\"",
        "      hostPort: %s:5432" % host(),
        "workflowConfig:",
        "  openMetadataServerConfig:",
        "    hostPort: http://openmetadata:8585/api",
        "    authProvider: openmetadata",
        "    securityConfig:",
        "      jwtToken: \"*********\"",
    )


@N("alation", "ids")
def n_alation_ids(neg=True):
    return "alation/datasource_map.json", json.dumps({
        "datasources": [{"ds_id": rint(1, 300), "title": "%s %s" % (org(), ch(PLATFORMS)),
                         "dbname": ch(DBS), "otype": "data", "uri": "%s://%s" % (ch(PLATFORMS), host()),
                         "etag": hexs(32)} for _ in range(3)]}, indent=2) + "\n"


@N("bigeye", "ids")
def n_bigeye_ids(neg=True):
    return "bigeye/bigconfig.yml", L(
        "type: BIGCONFIG_FILE",
        "table_deployments:",
        "  - collection:",
        "      name: %s SLA" % ch(["Finance", "Growth"]),
        "      notification_channels:",
        "        - slack: '#data-alerts'",
        "    deployments:",
        "      - fq_table_name: %s_prod.%s.%s.%s" % (ch(PLATFORMS), ch(DBS), ch(SCHEMAS), ch(TABLES)),
        "        table_metrics:",
        "          - metric_type:",
        "              predefined_metric: FRESHNESS",
        "        saved_metric_id: %s" % hexs(24),
    )


@N("informatica", "ids")
def n_idmc_ids(neg=True):
    return "informatica/catalog_source.json", json.dumps({
        "id": alnum(22), "orgId": alnum(22), "name": "CDGC_%s" % ch(DBS).upper(),
        "type": "SNOWFLAKE", "runtimeEnvironmentId": "%s%s" % (alnum(6), "0000000000025"),
        "connectionId": alnum(22), "createdBy": "%s@%s.com" % (ch(PEOPLE), org()),
        "frsGuid": uid()}, indent=2) + "\n"


@N("egeria", "guid")
def n_egeria(neg=True):
    return "egeria/glossary_export.csv", L("Term Name,Qualified Name,GUID,Status",
                                            *["%s,GlossaryTerm::%s,%s,ACTIVE" % (c, c, uid()) for c in COLS[:rint(4, 8)]])


@N("atlas", "typedef")
def n_atlas_typedef(neg=True):
    return "atlas/typedefs/pii_types.json", json.dumps({"classificationDefs": [{
        "name": "PII_%s" % ch(["EMAIL", "PHONE", "SSN"]), "guid": uid(), "createTime": epoch() * 1000,
        "version": rint(1, 9), "attributeDefs": [{"name": "hash_algorithm", "typeName": "string",
                                                   "defaultValue": ch(["sha256", "md5"])}]}]}, indent=2) + "\n"


@N("pgp", "signature")
def n_pgp_sig(neg=True):
    b = base64.b64encode(rbytes(rint(280, 330))).decode()
    return "release/datahub-ingestion-bundle.tar.gz.asc", L(
        "-----BEGIN PGP SIGNATURE-----", "", *[b[i:i + 64] for i in range(0, len(b), 64)],
        "=%s" % base64.b64encode(rbytes(3)).decode(), "-----END PGP SIGNATURE-----")


@N("datahub", "public_config")
def n_dh_frontend_env_example(neg=True):
    return ".env.example", L(
        "# copy to .env and fill in",
        "DATAHUB_GMS_HOST=datahub-gms",
        "DATAHUB_GMS_PORT=8080",
        "DATAHUB_SECRET=",
        "DATAHUB_APP_VERSION=1.0",
        "AUTH_OIDC_CLIENT_ID=%s" % uid(),
        "AUTH_OIDC_CLIENT_SECRET=<from-your-idp>",
        "AUTH_OIDC_DISCOVERY_URI=https://login.microsoftonline.com/%s/v2.0/.well-known/openid-configuration" % uid(),
    )


@N("snowflake", "query_ids")
def n_sf_query_history(neg=True):
    rows = ["QUERY_ID,USER_NAME,WAREHOUSE_NAME,START_TIME,ROWS_PRODUCED,QUERY_HASH"]
    for _ in range(rint(6, 10)):
        rows.append("01b%s-0000-%s-0000-%s,%s,%s,%s,%d,%s" % (hexs(5), hexs(4), hexs(12), ch(DBUSERS).upper(),
                                                         ch(["CATALOG_WH", "DQ_WH"]), dt(), rint(0, 100000), hexs(32)))
    return "exports/query_history_sample.csv", L(*rows)


@N("base64", "encoded_data")
def n_b64_config(neg=True):
    blob = base64.b64encode(json.dumps({"datasets": [urn_ds() for _ in range(3)], "mode": "incremental"}).encode()).decode()
    return "k8s/configmaps/lineage-job.yaml", L(
        "apiVersion: v1",
        "kind: ConfigMap",
        "metadata:",
        "  name: lineage-job-config",
        "binaryData:",
        "  job.json: %s" % blob,
        "data:",
        "  LOG_LEVEL: info",
        "  GMS_URL: http://datahub-gms:8080",
    )


@N("openlineage", "facet_hash")
def n_ol_sql_facet(neg=True):
    return "lineage/samples/sql_job_facet.json", json.dumps({
        "job": {"facets": {"sql": {"query": "INSERT INTO %s SELECT * FROM stg_%s" % (ch(TABLES), ch(TABLES))},
                           "sourceCode": {"language": "python", "sourceCodeHash": sha256_hex()},
                           "documentation": {"description": "daily rollup"}}},
        "run": {"runId": uid(), "facets": {"nominalTime": {"nominalStartTime": dt()},
                                           "processing_engine": {"version": "3.5.%d" % rint(0, 3), "name": "spark"}}}}, indent=2) + "\n"


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
def filetype(relpath):
    base = relpath.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.startswith("Dockerfile."):
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base in (".datahubenv", ".databrickscfg", "databrickscfg", "authorized_keys", "credentials"):
        return {".datahubenv": "yaml", "authorized_keys": "text"}.get(base, "ini")
    if base.endswith(".tar.gz.asc"):
        return "asc"
    ext = base.rsplit(".", 1)[-1].lower() if "." in base else "text"
    return {"yml": "yaml", "cfg": "ini", "tfvars": "tf", "txt": "text", "avsc": "json"}.get(ext, ext)


def is_dotenv(relpath):
    base = relpath.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template", ".env.dist"))


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    d = os.path.dirname(p)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(p, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_jp.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) + len(POS) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []

    # positives: every template used, order shuffled per seed
    order = list(range(len(POS)))
    n_env = 0
    for i in range(500):
        if i % len(POS) == 0:
            R.shuffle(order)
        name, prov, kind, fn = POS[order[i % len(POS)]]
        for _attempt in range(20):
            v = Val(kind, True)
            rel, text = fn(v, False)
            if is_dotenv(rel) and n_env >= 20:
                # swap to another template to respect the .env quota
                name, prov, kind, fn = POS[R.randrange(len(POS))]
                continue
            break
        if is_dotenv(rel):
            n_env += 1
        needle = v.needle
        idx = text.find(needle)
        assert idx >= 0, (name, needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (name, line)
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})

    # negatives: 250 re-used positive templates with a non-secret slot,
    # 250 domain look-alikes
    order = list(range(len(POS)))
    norder = list(range(len(NEG)))
    for i in range(500):
        if i % 2 == 0:
            j = i // 2
            if j % len(POS) == 0:
                R.shuffle(order)
            name, prov, kind, fn = POS[order[j % len(POS)]]
            nk = NEG_KINDS[R.randrange(len(NEG_KINDS))]
            v = Val(kind, False, nk)
            rel, text = fn(v, True)
            mkind = "%s:%s" % (v.nk, kind)
        else:
            j = i // 2
            if j % len(NEG) == 0:
                R.shuffle(norder)
            name, prov, kind, fn = NEG[norder[j % len(NEG)]]
            rel, text = fn(True)
            mkind = "lookalike:%s" % kind
        assert not is_dotenv(rel), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": mkind, "filetype": filetype(rel)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
