#!/usr/bin/env python3
"""gen_bx.py -- blind evaluation-set generator for keyhook (set "bx").

EMPHASIS
    Credentials that live *inside connection strings and URLs*, across many
    protocols, drivers and file types:
      * JDBC URLs with user/password parameters (PostgreSQL, MySQL, SQL Server,
        Oracle thin "user/pass@", DB2 ":user=..;password=..;", Snowflake,
        Redshift, ClickHouse), ODBC DSNs / odbc.ini / pyodbc / R DBI strings,
        ADO.NET connection strings (appsettings.json, Web.config, C#,
        PowerShell), Azure Storage / Service Bus connection strings;
      * ORM URLs: SQLAlchemy, Django, Prisma/.env, ActiveRecord database.yml,
        Sequelize, Go DSNs (incl. go-sql-driver "user:pass@tcp(host)/db"),
        PHP PDO, Rust sqlx;
      * MongoDB (mongodb:// and mongodb+srv://), Redis / rediss /
        redis+sentinel, AMQP(S), MQTT(S), LDAP/LDAPS bind credentials, SMB/CIFS
        (fstab, autofs maps, credential files, smb:// URLs), FTP/FTPS/SFTP
        (.netrc, lftp, curl, FileZilla base64 <Pass>, VS Code sftp.json, CI
        deploy actions), RTSP camera streams (Hikvision, Dahua, Axis, Reolink,
        Amcrest; go2rtc, Frigate, Home Assistant, ffmpeg/VLC, OpenCV, systemd),
        SIP (baresip accounts, pjsip.conf, JsSIP), WebDAV/CalDAV (vdirsyncer,
        davfs2 secrets, curl), Git remotes with tokens (GitHub ghp_/ghs_/
        github_pat_, GitLab glpat-, Hugging Face hf_, Azure DevOps PAT),
        Docker registry auth (config.json base64 "auth", docker login, k8s
        dockerconfigjson), proxy URLs (http_proxy, apt, Maven, Gradle, npm,
        pip), Elasticsearch/OpenSearch, InfluxDB (v1 URL creds and v2 tokens),
        Cassandra, Neo4j (bolt/neo4j+s, NEO4J_AUTH), S3-compatible endpoints
        (Loki s3:// URLs, mc alias, rclone, DuckDB secrets; AWS, MinIO, R2,
        Wasabi, B2), IMAP/POP3/SMTP URLs and mail client rc files;
      * carriers: application configs in Java/Kotlin/Scala/Python/JS/TS/Go/
        Rust/C#/PHP/Ruby/R/PowerShell, YAML/TOML/INI/XML/JSON/HOCON/HCL,
        odbc.ini, fstab, autofs maps, docker-compose, Kubernetes manifests,
        Helm values, Ansible vars, systemd units, shell scripts and
        history-like command notes, Markdown runbooks, logs that echo
        connection strings, Dockerfiles, CI workflows, requirements.txt,
        package.json, .gitmodules.

USAGE
    python3 gen_bx.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED:
    every random choice comes from random.Random(SEED); no clock, no
    os.urandom, no iteration over hash-ordered sets.

NEEDLE CONVENTIONS
    * The needle is the secret exactly as it is written in the file.  When a
      password sits in a URL userinfo or query parameter and contains reserved
      characters, it is percent-encoded in the file and the needle is the
      ENCODED form (e.g. "Maple%23Quartz%4019").
    * For user/password pairs the needle is the password; for key-id/secret
      pairs (S3, MinIO, R2, B2, Azure) it is the secret half; the public id
      may sit next to it.  For tokens used as URL passwords (ghp_, glpat-,
      hf_ ...) the needle is the token.
    * Docker config.json "auth" and FileZilla <Pass encoding="base64">:
      the needle is the base64 blob as written (it decodes to user:password /
      the password).
    * NEO4J_AUTH=neo4j/<pw>: the needle is <pw>.
    * "line" is the 1-based line of the needle's first occurrence.

NEGATIVES
    About half re-use the positive templates with the secret slot replaced by:
    environment interpolation in the carrier's own syntax (${VAR}, $(VAR) in
    k8s, {{ .Values.x }} in Helm, {{ vault_x }} in Ansible, ${{ secrets.X }}
    in GitHub Actions, {FRIGATE_X} in Frigate, ${env.X} in Maven,
    ${var.x} in Terraform, #{X}# token-replacement, %(X)s in ini), code
    that reads the secret from os.environ / System.getenv / process.env /
    secret managers, placeholders (<password>, YOUR_PASSWORD,
    __DB_PASSWORD__, %3Cdb_password%3E ...), masked (****, xxxxxxxx) or
    redacted values, and empty values.  The other half are domain
    look-alikes: URLs without passwords or user-only URLs, scp-style and
    ssh:// git remotes, URLs whose "password" position holds a port or a path
    (host:8443/...@...), integrated security / managed identity / Kerberos /
    x509 / IAM connection strings, tnsnames.ora and odbcinst.ini without
    secrets, fstab/autofs NFS maps and CIFS lines that reference a
    credentials= file, credsStore-only docker configs, masked connection
    strings echoed in logs, Markdown docs that use the provider's own
    placeholders, documented local-dev defaults clearly labelled as such
    (postgres:postgres in an official-image tutorial compose, guest:guest
    RabbitMQ, minioadmin, Azurite's published devstoreaccount1 key, AWS's
    AKIAIOSFODNN7EXAMPLE doc key), public demo RTSP streams, RFC 3986/3261
    example URIs, CloudFront-style signed asset URLs and webhook signature
    headers, image digests, lock-file integrity hashes, UUID ids, InfluxDB
    org/bucket ids, i18n strings about passwords.

DOUBTS
    Formats written from memory (not confirmed in the provider's own docs
    during this session):
    * GitHub ghp_/ghs_ tokens: 30 random base62 chars + 6-char CRC32 of that
      random part, base62-encoded (alphabet order 0-9A-Za-z assumed) - the
      checksum layout is recalled from GitHub's 2021 token-format blog post
      and may not validate exactly like GitHub's.  github_pat_ as
      22 chars + "_" + 59 chars is from memory.
    * GitLab glpat- + 20 chars [A-Za-z0-9_-] (newer GitLab releases issue
      longer tokens with extra parts; not modelled).
    * Hugging Face hf_ + 34 letters; Azure DevOps classic PAT as 52 chars of
      [a-z2-7] (the newer 84-char format is not modelled); Docker Hub
      dckr_pat_ + 27 chars; InfluxDB v2 token as URL-safe base64 of 64 bytes
      (88 chars ending "=="); Neo4j Aura generated password 43 chars;
      Elastic Cloud "elastic" password 24 alnum; Nextcloud app password as
      five dash-separated groups of 5; Gmail app password 16 lowercase
      letters; Heroku Postgres 64-hex password and 14-char user; CloudAMQP
      user==vhost (8 lowercase) + 32-char password; PlanetScale
      pscale_pw_ + 43 chars; Neon 12-char alnum password (the newer npg_
      prefix is not modelled); Backblaze B2 keyID 005+22 hex and
      applicationKey K005+27 chars; Cloudflare R2 32-hex id / 64-hex
      secret; MinIO/Wasabi 20/40-char keys; AWS secret key 40 chars of the
      base64 alphabet; Azure Storage account key 88-char base64 and
      Service Bus / Event Hubs SAS key 44-char base64.
    * redis+sentinel:// is a client-library convention (redis-sentinel-url,
      prefect, redisvl), not part of Redis itself.  sip:user:password@host
      userinfo passwords are deprecated by RFC 3261 but still accepted by
      some stacks.  MySQL Connector/J "jdbc:mysql://user:pass@host" form is
      recalled from the Connector/J URL syntax.
    Labels a reviewer might dispute:
    * Negatives that show documented local-dev defaults, clearly labelled:
      postgres:postgres (official image tutorial compose), guest:guest
      (RabbitMQ), minioadmin:minioadmin (MinIO), Azurite's published
      devstoreaccount1 key, AWS's AKIAIOSFODNN7EXAMPLE /
      wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY doc pair, Loki's
      s3://access_key:secret_access_key@custom_endpoint placeholder.
    * Negatives with URL-redaction unit tests using user:password / :pass /
      guest:guest on localhost.
    * Negatives that re-use positive templates keep public identifiers next
      to the masked/placeholder secret (AWS AKIA... access key ids, MinIO /
      R2 / B2 key ids, usernames, Atlas/RDS host names).  An id alone is not
      a credential, but some reviewers would flag AKIA ids.
    * CloudFront-style signed URLs with an Expires in the past and webhook
      X-Hub-Signature-256 headers are labelled negative.
    * Positives include short-lived GitHub App installation tokens (ghs_)
      in x-access-token remotes and secrets in k8s Secret stringData: both
      labelled positive because they are live credentials in the repo.
    * Empty passwords (user:@host, Password=;) count as negative.

SEARCHES
    docs: Snowflake JDBC connection string user/password parameters
      (docs.snowflake.com jdbc-configure; Progress DataDirect pages).
    pages: Hikvision RTSP URL format (securitycamcenter.com, zwplayer.com,
      avycon support pages) - Streaming/Channels/<ch>0<stream>.
    docs: go2rtc streams / Dahua cam/realmonitor (go2rtc README and RTSP
      module README, Viseron docs, a cnblogs post on Hikvision/Dahua URLs).
    docs: ClickHouse JDBC URL (clickhouse.com jdbc docs).
    docs: GitHub token format (github.blog 2021-03-31 changelog on
      ghp_/gho_/ghu_/ghs_/ghr_ prefixes; r-lib/gh issues).
    docs: Loki s3:// storage URL (grafana.com Loki configuration examples,
      Red Hat Loki object-storage docs).
    docs: DB2 JDBC URL ":user=..;password=..;" (IBM Knowledge Center,
      Red Hat Quarkus data-source docs, Progress DataDirect).
    docs: Redis Sentinel URL (PyPI Redis-Sentinel-Url, Prefect docs,
      juicefs PR, symfony-docs issue).
    docs: GitLab glpat- prefix (gitlab.com issues 342327 / 335991).
    docs: Azurite well-known account key (learn.microsoft.com /
      docs.azure.cn storage-connect-azurite).
    Scanner-related material that searches showed (ignored, nothing taken
    from it): a gist of GitHub-token regexes (magnetikonline); Microsoft
    Purview "GitHub personal access token" sensitive-information-type
    definition; pkg.go.dev promptzero/internal/githubtoken (token validator);
    ripsecrets issue #62 containing a glpat regex; GitLab
    security-products/analyzers/secrets MR "Add GitLab PAT regex".
"""
import base64
import json
import os
import random
import re
import string
import sys
import zlib
from urllib.parse import quote

# ---------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
BASE62 = DIGITS + UPPER + LOWER


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rb(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64_of(r, nbytes, urlsafe=False, strip=False):
    raw = rb(r, nbytes)
    s = base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)
    s = s.decode()
    return s.rstrip("=") if strip else s


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


WORDS = """falcon harbor maple quartz otter cobalt juniper meadow saturn velvet
copper willow nimbus granite pepper orchid raven sierra tundra lantern bishop
cactus delta ember fjord glacier hazel indigo jasper kestrel lotus mango nebula
oyster piper quill rustic saffron tango umber viking walnut yukon zephyr badger
canyon dolphin echo ferris gopher hickory island jaguar koala lagoon marble
nutmeg olive panda quasar rocket salmon thistle ultra vortex wombat yarrow
basil cedar dune fennel garnet heron iris jade kiwi lemon mocha nectar onyx
pearl ruby sable topaz sunset winter autumn spring summer""".split()

SURNAMES = "smith jones garcia miller davis martin lee walker hall young king wright lopez hill green adams baker nelson carter mitchell".split()
FIRST = "alice bob carol dave erin frank grace heidi ivan judy mallory nina oscar peggy rupert sybil trent victor wendy".split()
APPS = "orders billing catalog inventory payments ledger reports checkout shipping analytics crm portal auth search notify booking invoicing warehouse loyalty pricing".split()
TEAMS = "platform data infra core web mobile ops growth fin sre".split()
ORGS = "acme globex initech umbrella hooli vandelay stark wayne tyrell soylent cyberdyne wonka oscorp pied-piper".split()
TLDS = ["internal", "corp.local", "lan", "prod.internal", "svc.cluster.local", "home.arpa", "intra"]


def word(r):
    return r.choice(WORDS)


def app(r):
    return r.choice(APPS)


def org(r):
    return r.choice(ORGS)


def ip_private(r):
    k = r.random()
    if k < 0.5:
        return "192.168.%d.%d" % (r.choice([0, 1, 1, 10, 20, 50, 88]), r.randint(2, 250))
    if k < 0.8:
        return "10.%d.%d.%d" % (r.randint(0, 40), r.randint(0, 255), r.randint(2, 250))
    return "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 250))


def host(r, role="db"):
    k = r.random()
    o = org(r).replace("-", "")
    if k < 0.35:
        return "%s-%s-%02d.%s" % (role, app(r), r.randint(1, 12), r.choice(TLDS))
    if k < 0.55:
        return "%s.%s.%s" % (role, o, r.choice(["com", "io", "net", "de", "co.uk"]))
    if k < 0.75:
        return ip_private(r)
    return "%s%d.%s" % (role, r.randint(1, 4), r.choice(TLDS))


def dbuser(r):
    k = r.random()
    if k < 0.3:
        return "%s_%s" % (app(r), r.choice(["app", "rw", "svc", "user", "writer", "etl"]))
    if k < 0.5:
        return "svc_%s" % app(r)
    if k < 0.7:
        return "%s.%s" % (r.choice(FIRST), r.choice(SURNAMES))
    return r.choice(["app", "appuser", "admin", "dbadmin", "etl", "reporting", "deploy", "webapp", "api", "backend"])


def dbname(r):
    return r.choice([app(r), app(r) + "_db", app(r) + "_prod", "app", "main", app(r) + "db"])


# ---------------------------------------------------------------------------
# secret generators
# ---------------------------------------------------------------------------
SPEC_URL = "!#^*-_.+?~@"        # percent-encoded where needed
SPEC_SAFE = "!*-_.~^"            # safe raw in URLs, DSNs, ini, yaml, xml, fstab


def cap(w):
    return w[0].upper() + w[1:]


def pw_human(r, safe=False):
    spec = SPEC_SAFE if safe else SPEC_URL
    k = r.randrange(6)
    if k == 0:
        return cap(word(r)) + cap(word(r)) + str(r.randint(10, 9999)) + r.choice(spec)
    if k == 1:
        return cap(word(r)) + r.choice(spec) + str(r.randint(1979, 2025))
    if k == 2:
        return "-".join([word(r), word(r), cap(word(r)), str(r.randint(10, 99))])
    if k == 3:
        w = cap(word(r)) + cap(word(r))
        w = w.translate(str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1"}))
        return w + r.choice(spec) + str(r.randint(1, 99))
    if k == 4:
        return org(r).replace("-", "").capitalize() + r.choice(spec) + str(r.randint(2015, 2025)) + r.choice(spec) + cap(word(r))
    return r.choice(FIRST).capitalize() + str(r.randint(100, 999)) + r.choice(spec) + word(r) + word(r).upper()[:3]


def pw_random(r, safe=False, n=None):
    n = n or r.randint(14, 28)
    spec = SPEC_SAFE if safe else SPEC_URL
    alpha = ALNUM * 3 + spec
    s = r.choice(ALNUM) + rs(r, n - 1, alpha)
    return s


def pw_any(r, safe=False):
    k = r.random()
    if k < 0.45:
        return pw_human(r, safe)
    if k < 0.8:
        return pw_random(r, safe)
    if k < 0.9:
        return rs(r, r.choice([16, 20, 24, 32]), ALNUM)
    if safe:
        return b64_of(r, r.choice([18, 24]), urlsafe=True, strip=True)
    return b64_of(r, r.choice([16, 18, 24, 32]))   # openssl rand -base64 N


def pw_safe(r):
    return pw_any(r, safe=True)


def pw_alnum(r, n=None):
    return rs(r, n or r.randint(16, 32), ALNUM)


def urlenc(s):
    return quote(s, safe="!*-_.~$")


def crc_b62(payload):
    c = zlib.crc32(payload.encode()) & 0xFFFFFFFF
    out = ""
    while c:
        c, m = divmod(c, 62)
        out = BASE62[m] + out
    return out.rjust(6, "0")


def tok_github(r, prefix="ghp_"):
    body = rs(r, 30, ALNUM)
    return prefix + body + crc_b62(body)


def tok_github_fg(r):
    return "github_pat_" + rs(r, 22, ALNUM) + "_" + rs(r, 59, ALNUM)


def tok_gitlab(r):
    return "glpat-" + rs(r, 20, ALNUM + "-_")


def tok_hf(r):
    return "hf_" + rs(r, 34, UPPER + LOWER)


def tok_azdo(r):
    return rs(r, 52, LOWER + "234567")


def tok_dockerhub(r):
    return "dckr_pat_" + rs(r, 27, ALNUM + "-_")


def tok_influx(r):
    return b64_of(r, 64, urlsafe=True)


def aws_key_id(r):
    return "AKIA" + rs(r, 16, UPPER + "234567")


def aws_secret(r):
    return rs(r, 40, B64)


def minio_id(r):
    return rs(r, 20, UPPER + DIGITS)


def minio_secret(r):
    return rs(r, 40, ALNUM)


def r2_id(r):
    return rs(r, 32, HEX)


def r2_secret(r):
    return rs(r, 64, HEX)


def b2_id(r):
    return "005" + rs(r, 22, HEX)


def b2_secret(r):
    return "K005" + rs(r, 27, ALNUM + "+/")


def azure_account_key(r):
    return b64_of(r, 64)


def azure_sas_key(r):
    return b64_of(r, 32)


def nextcloud_app_pw(r):
    return "-".join(rs(r, 5, ALNUM) for _ in range(5))


def gmail_app_pw(r):
    return rs(r, 16, LOWER)


def heroku_pw(r):
    return rs(r, 64, HEX)


def cloudamqp_pw(r):
    return rs(r, 32, ALNUM + "-_")


def neo4j_aura_pw(r):
    return rs(r, 43, ALNUM + "-_")


def elastic_pw(r):
    return rs(r, 24, ALNUM)


def pscale_pw(r):
    return "pscale_pw_" + rs(r, 43, ALNUM + "-_")


# ---------------------------------------------------------------------------
# secret slot: in positive mode returns a fresh secret (and records the
# needle); in negative mode returns a look-alike appropriate to the carrier.
# ---------------------------------------------------------------------------
GENERIC_PH = ["<password>", "<PASSWORD>", "<db_password>", "YOUR_PASSWORD", "your-password-here",
              "__DB_PASSWORD__", "<CHANGE_ME>", "{password}", "PASSWORD", "[PASSWORD]",
              "<your-password>", "REPLACE_ME", "<pass>", "${PASSWORD}", "xxxxxxxx"]
MASKED = ["****", "********", "***", "xxxxxxxx", "[REDACTED]", "REDACTED", "<redacted>", "*****", "•••••••"]


def _envref(fl, name):
    low = name.lower()
    table = {
        "shell": ["${%s}" % name, "$%s" % name],
        "compose": ["${%s}" % name, "${%s:?set %s}" % (name, name)],
        "env": ["${%s}" % name],
        "props": ["${%s}" % name, "${%s:}" % name],
        "yaml": ["${%s}" % name],
        "systemd": ["${%s}" % name],
        "toml": ["${%s}" % name],
        "k8s": ["$(%s)" % name],
        "helm": ["{{ .Values.%s }}" % low.replace("_", "."), "{{ required \"set %s\" .Values.%s }}" % (low, low)],
        "ansible": ["{{ vault_%s }}" % low, "{{ lookup('env', '%s') }}" % name],
        "gha": ["${{ secrets.%s }}" % name],
        "gitlabci": ["$%s" % name, "${%s}" % name],
        "xml": ["${env.%s}" % name],
        "netconfig": ["#{%s}#" % name, "__%s__" % name],
        "json": ["#{%s}#" % name],
        "hcl": ["${var.%s}" % low],
        "ini": ["%%(%s)s" % name, "${%s}" % name],
        "frigate": ["{FRIGATE_%s}" % name],
        "hocon": ["${?%s}" % name],
    }
    opts = table.get(fl)
    return opts


class Slot:
    def __init__(self, r, pos):
        self.r = r
        self.pos = pos
        self.flavor = "plain"
        self.needle = None
        self.cache = {}
        self.negkind = None

    def s(self, gen, enc=None, name="DB_PASSWORD", ph=None, empty_ok=True, key="main", fl=None):
        if key in self.cache:
            return self.cache[key]
        r = self.r
        if self.pos:
            raw = gen(r) if callable(gen) else gen
            val = enc(raw) if enc else raw
            if self.needle is None:
                self.needle = val
        else:
            fl = fl or self.flavor
            env = _envref(fl, name)
            k = r.random()
            if fl == "log":
                val = r.choice(MASKED)
                self.negkind = "masked"
            elif env and k < 0.5:
                val = r.choice(env)
                self.negkind = "env_ref"
            elif k < 0.66:
                val = r.choice(MASKED)
                self.negkind = "masked"
            elif k < 0.72 and empty_ok:
                val = ""
                self.negkind = "empty"
            else:
                cands = list(ph or []) + GENERIC_PH
                if fl in ("xml", "netconfig"):
                    cands = [c for c in cands if "<" not in c and ">" not in c]
                val = r.choice(cands)
                self.negkind = "placeholder"
                if enc is urlenc and r.random() < 0.5:
                    val = quote(val, safe="")
            if fl in ("xml", "netconfig") and ("<" in val or ">" in val or "&" in val):
                val = "********"
        self.cache[key] = val
        return val

    def pick(self, lit, alt, p=0.55):
        """Whole-expression swap: literal in positives, env/secret-manager
        lookup in (some) negatives."""
        if self.pos:
            return lit
        if self.r.random() < p:
            self.negkind = "env_ref"
            return alt
        return lit


# ---------------------------------------------------------------------------
# URL / connection-string builders.  Each returns a dict with the URL and
# metadata; the secret goes through sec.s() exactly once.
# ---------------------------------------------------------------------------
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ca-central-1"]


def rds_host(r, engine="postgres"):
    return "%s-%s.%s.%s.rds.amazonaws.com" % (app(r), r.choice(["prod", "primary", "db", "cluster"]),
                                             rs(r, 12, LOWER + DIGITS), r.choice(REGIONS))


def atlas_host(r):
    return "%s.%s.mongodb.net" % (r.choice(["cluster0", "cluster0", "prod-cluster", app(r) + "-cluster"]), rs(r, 5, LOWER + DIGITS))


def U(r, proto, sec):
    """Build a credential-bearing URL for protocol `proto`."""
    d = {"proto": proto}
    u = dbuser(r)
    if proto == "postgres":
        k = r.random()
        if k < 0.18:  # Heroku style
            u = rs(r, 14, LOWER)
            pw = sec.s(heroku_pw, name="DB_PASSWORD")
            h = "ec2-%d-%d-%d-%d.compute-1.amazonaws.com" % (r.randint(3, 54), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
            url = "postgres://%s:%s@%s:5432/%s" % (u, pw, h, "d" + rs(r, 13, LOWER + DIGITS))
            d.update(provider="heroku-postgres")
        elif k < 0.3:  # Supabase pooler
            ref = rs(r, 20, LOWER)
            pw = sec.s(pw_any, enc=urlenc, name="SUPABASE_DB_PASSWORD")
            url = "postgresql://postgres.%s:%s@aws-0-%s.pooler.supabase.com:%s/postgres" % (ref, pw, r.choice(REGIONS), r.choice(["6543", "5432"]))
            d.update(provider="supabase")
        elif k < 0.4:  # Neon
            pw = sec.s(lambda q: rs(q, 12, ALNUM), name="PGPASSWORD")
            url = "postgresql://%s:%s@ep-%s-%s-%d.%s.aws.neon.tech/%s?sslmode=require" % (
                r.choice(["neondb_owner", u]), pw, word(r), word(r), r.randint(100000, 999999), r.choice(REGIONS), r.choice(["neondb", dbname(r)]))
            d.update(provider="neon")
        else:
            scheme = r.choice(["postgres", "postgresql", "postgresql", "postgresql+psycopg2", "postgresql+asyncpg", "postgresql+psycopg"])
            pw = sec.s(pw_any, enc=urlenc, name="DB_PASSWORD")
            h = rds_host(r) if r.random() < 0.3 else host(r, "pg")
            q = r.choice(["", "", "?sslmode=require", "?sslmode=verify-full&application_name=%s" % app(r), "?connect_timeout=10"])
            url = "%s://%s:%s@%s:%d/%s%s" % (scheme, u, pw, h, r.choice([5432, 5432, 6432, 5433]), dbname(r), q)
            d.update(provider="postgresql")
        d.update(kind="db_url", var=r.choice(["DATABASE_URL", "DATABASE_URL", "POSTGRES_URL", "PG_DSN", "DB_URL", "SQLALCHEMY_DATABASE_URI"]))
    elif proto == "mysql":
        if r.random() < 0.2:
            pw = sec.s(pscale_pw, name="DATABASE_PASSWORD")
            url = "mysql://%s:%s@aws.connect.psdb.cloud/%s?sslaccept=strict" % (rs(r, 12, LOWER + DIGITS), pw, dbname(r))
            d.update(provider="planetscale")
        else:
            scheme = r.choice(["mysql", "mysql", "mysql+pymysql", "mysql2", "mariadb", "mysql+aiomysql"])
            pw = sec.s(pw_any, enc=urlenc, name="MYSQL_PASSWORD")
            h = rds_host(r, "mysql") if r.random() < 0.3 else host(r, "mysql")
            url = "%s://%s:%s@%s:3306/%s%s" % (scheme, u, pw, h, dbname(r), r.choice(["", "?charset=utf8mb4", "?ssl-mode=REQUIRED"]))
            d.update(provider="mysql")
        d.update(kind="db_url", var=r.choice(["DATABASE_URL", "MYSQL_URL", "DB_DSN"]))
    elif proto == "mssql":
        pw = sec.s(pw_any, enc=urlenc, name="MSSQL_PASSWORD")
        url = "mssql+pyodbc://%s:%s@%s:1433/%s?driver=ODBC+Driver+18+for+SQL+Server&Encrypt=yes" % (
            u, pw, r.choice([host(r, "sql"), "%s-sql.database.windows.net" % app(r)]), dbname(r))
        d.update(kind="sqlalchemy_url", provider="sqlserver", var="SQLALCHEMY_DATABASE_URI")
    elif proto == "oracle":
        pw = sec.s(pw_any, enc=urlenc, name="ORACLE_PASSWORD")
        url = "oracle+oracledb://%s:%s@%s:1521/?service_name=%s" % (u.upper() if r.random() < 0.4 else u, pw, host(r, "ora"), r.choice(["ORCLPDB1", "FREEPDB1", "PRODPDB", app(r).upper()]))
        d.update(kind="sqlalchemy_url", provider="oracle", var="ORACLE_DSN")
    elif proto == "snowflake":
        pw = sec.s(pw_any, enc=urlenc, name="SNOWFLAKE_PASSWORD")
        url = "snowflake://%s:%s@%s-%s/%s/PUBLIC?warehouse=%s_WH&role=%s" % (
            u.upper(), pw, rs(r, 7, UPPER), rs(r, 7, UPPER + DIGITS), dbname(r).upper(), app(r).upper(), r.choice(["TRANSFORMER", "LOADER", "ANALYST", "SYSADMIN"]))
        d.update(kind="sqlalchemy_url", provider="snowflake", var="SNOWFLAKE_URL")
    elif proto == "clickhouse":
        pw = sec.s(pw_any, enc=urlenc, name="CLICKHOUSE_PASSWORD")
        url = "clickhouse://%s:%s@%s:9440/%s?secure=true" % (r.choice(["default", u]), pw,
                                                             r.choice([host(r, "ch"), "%s.%s.aws.clickhouse.cloud" % (rs(r, 10, LOWER + DIGITS), r.choice(REGIONS))]), dbname(r))
        d.update(kind="db_url", provider="clickhouse", var="CLICKHOUSE_URL")
    elif proto == "mongodb":
        pw = sec.s(pw_any, enc=urlenc, name="MONGO_PASSWORD")
        if r.random() < 0.55:
            url = "mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority&appName=%s" % (
                u, pw, atlas_host(r), r.choice(["", dbname(r)]), r.choice(["Cluster0", app(r)]))
            d.update(provider="mongodb-atlas")
        else:
            hs = ",".join("mongo-%d.%s:27017" % (i, r.choice(TLDS)) for i in range(r.choice([1, 3])))
            url = "mongodb://%s:%s@%s/%s?authSource=admin%s" % (u, pw, hs, dbname(r), r.choice(["", "&replicaSet=rs0", "&tls=true"]))
            d.update(provider="mongodb")
        d.update(kind="mongodb_uri", var=r.choice(["MONGODB_URI", "MONGO_URL", "MONGO_URI", "DB_URI"]))
    elif proto == "redis":
        k = r.random()
        pw = sec.s(pw_alnum if k < 0.5 else pw_any, enc=urlenc, name="REDIS_PASSWORD")
        if k < 0.25:
            url = "rediss://default:%s@%s-%s-%d.upstash.io:6379" % (pw, word(r), word(r), r.randint(10000, 99999))
            d.update(provider="upstash")
        elif k < 0.6:
            url = "redis://:%s@%s:6379/%d" % (pw, host(r, "redis"), r.randint(0, 5))
            d.update(provider="redis")
        else:
            url = "%s://%s:%s@%s:%d/0" % (r.choice(["redis", "rediss"]), r.choice(["default", app(r)]), pw, host(r, "cache"), r.choice([6379, 6380]))
            d.update(provider="redis")
        d.update(kind="redis_url", var=r.choice(["REDIS_URL", "CACHE_URL", "CELERY_RESULT_BACKEND", "REDIS_DSN"]))
    elif proto == "sentinel":
        pw = sec.s(pw_any, enc=urlenc, name="REDIS_PASSWORD")
        n = ",".join("sentinel-%d.%s:26379" % (i, r.choice(TLDS)) for i in range(3))
        url = "redis+sentinel://:%s@%s/%s/0" % (pw, n, r.choice(["mymaster", app(r) + "-primary"]))
        d.update(kind="redis_url", provider="redis-sentinel", var="REDIS_SENTINEL_URL")
    elif proto == "amqp":
        if r.random() < 0.35:
            vh = rs(r, 8, LOWER)
            pw = sec.s(cloudamqp_pw, name="CLOUDAMQP_PASSWORD")
            url = "amqps://%s:%s@%s.rmq%s.cloudamqp.com/%s" % (vh, pw, r.choice(["goose", "moose", "rattlesnake", "hawk", "jackal"]), r.choice(["", "2", "3"]), vh)
            d.update(provider="cloudamqp")
        else:
            pw = sec.s(pw_any, enc=urlenc, name="RABBITMQ_PASSWORD")
            url = "%s://%s:%s@%s:%d/%s" % (r.choice(["amqp", "amqps"]), u, pw, host(r, "rabbit"), r.choice([5672, 5671]), r.choice(["", "%2F", app(r)]))
            d.update(provider="rabbitmq")
        d.update(kind="amqp_url", var=r.choice(["AMQP_URL", "BROKER_URL", "RABBITMQ_URL", "CELERY_BROKER_URL"]))
    elif proto == "mqtt":
        pw = sec.s(pw_any, enc=urlenc, name="MQTT_PASSWORD")
        url = "%s://%s:%s@%s:%d" % (r.choice(["mqtt", "mqtts", "tcp", "ssl"]), r.choice(["homeassistant", "mqtt_user", "sensor-gw", u]), pw, host(r, "mqtt"), r.choice([1883, 8883]))
        d.update(kind="mqtt_url", provider=r.choice(["mosquitto", "emqx", "hivemq"]), var="MQTT_URL")
    elif proto == "smtp":
        k = r.random()
        if k < 0.4:
            mail = "%s@%s.com" % (r.choice(["noreply", "alerts", "notifications", r.choice(FIRST)]), org(r).replace("-", ""))
            pw = sec.s(gmail_app_pw, name="SMTP_PASSWORD")
            url = "smtps://%s:%s@smtp.gmail.com:465" % (quote(mail, safe=""), pw)
            d.update(provider="gmail")
        else:
            pw = sec.s(pw_any, enc=urlenc, name="SMTP_PASSWORD")
            url = "%s://%s:%s@%s:%d" % (r.choice(["smtp", "smtp", "smtps"]), r.choice(["postmaster", "apikey", u, "mailer"]), pw,
                                        r.choice(["smtp.%s.com" % org(r).replace("-", ""), "mail.%s" % r.choice(TLDS), "smtp.office365.com", "email-smtp.%s.amazonaws.com" % r.choice(REGIONS)]),
                                        r.choice([25, 465, 587, 2525]))
            d.update(provider="smtp")
        d.update(kind="smtp_url", var=r.choice(["MAILER_DSN", "EMAIL_URL", "SMTP_URL", "MAIL_URL"]))
    elif proto == "imap":
        mail = "%s@%s.org" % (r.choice(FIRST), org(r).replace("-", ""))
        pw = sec.s(pw_any, enc=urlenc, name="IMAP_PASSWORD")
        sch = r.choice(["imaps", "imap", "pop3s", "pop3"])
        port = {"imaps": 993, "imap": 143, "pop3s": 995, "pop3": 110}[sch]
        url = "%s://%s:%s@%s.%s.org:%d/%s" % (sch, quote(mail, safe=""), pw, "imap" if "imap" in sch else "pop", org(r).replace("-", ""), port, "INBOX" if "imap" in sch else "")
        d.update(kind="imap_url", provider=sch.rstrip("s") if sch != "imaps" else "imap", var="MAILBOX_URL")
    elif proto == "ftp":
        sch = r.choice(["ftp", "ftp", "ftps", "sftp"])
        pw = sec.s(pw_any, enc=urlenc, name="FTP_PASSWORD")
        url = "%s://%s:%s@%s%s/%s" % (sch, r.choice(["deploy", "upload", "www-data", u, "ftpuser"]), pw, host(r, "ftp"),
                                      r.choice(["", ":21", ":2121"]) if sch != "sftp" else r.choice(["", ":22", ":2222"]), r.choice(["public_html", "incoming", "exports/%s" % app(r), "var/www/html"]))
        d.update(kind="ftp_url", provider=sch, var="FTP_URL")
    elif proto == "rtsp":
        url, prov = rtsp_url(r, sec)
        d.update(kind="rtsp_url", provider=prov, var="CAMERA_URL")
    elif proto == "sip":
        ext = str(r.randint(100, 9999))
        pw = sec.s(pw_any, enc=urlenc, name="SIP_PASSWORD")
        url = "sip:%s:%s@%s;transport=%s" % (ext, pw, host(r, "pbx"), r.choice(["udp", "tcp", "tls"]))
        d.update(kind="sip_uri", provider=r.choice(["asterisk", "freeswitch", "3cx"]), var="SIP_URI")
    elif proto == "webdav":
        uname = r.choice(FIRST)
        pw = sec.s(nextcloud_app_pw, name="DAV_PASSWORD")
        h = "cloud.%s.%s" % (org(r).replace("-", ""), r.choice(["de", "org", "net"]))
        url = r.choice(["https://%s:%s@%s/remote.php/dav/files/%s/" % (uname, pw, h, uname),
                        "https://%s:%s@%s/remote.php/dav/calendars/%s/personal/" % (uname, pw, h, uname),
                        "davs://%s:%s@%s/remote.php/webdav/" % (uname, pw, h)])
        d.update(kind="webdav_url", provider="nextcloud", var="WEBDAV_URL")
    elif proto == "git":
        url, prov = git_url(r, sec)
        d.update(kind="git_remote", provider=prov, var="REPO_URL")
    elif proto == "proxy":
        pw = sec.s(pw_any, enc=urlenc, name="PROXY_PASSWORD")
        url = "http://%s:%s@%s:%d" % (r.choice(["proxyuser", u, "svc-proxy", "%s\\%s" % ("CORP", r.choice(FIRST))]).replace("\\", "%5C"), pw,
                                      r.choice(["proxy.%s" % r.choice(TLDS), "squid.%s" % r.choice(TLDS), ip_private(r)]), r.choice([3128, 8080, 8888, 80]))
        d.update(kind="proxy_url", provider=r.choice(["squid", "http-proxy"]), var=r.choice(["https_proxy", "HTTPS_PROXY", "http_proxy"]))
    elif proto == "elastic":
        if r.random() < 0.5:
            pw = sec.s(elastic_pw, name="ELASTIC_PASSWORD")
            url = "https://elastic:%s@%s.%s.aws.found.io:9243" % (pw, rs(r, 32, HEX), r.choice(REGIONS))
            d.update(provider="elastic-cloud")
        else:
            pw = sec.s(pw_any, enc=urlenc, name="OPENSEARCH_PASSWORD")
            url = "https://%s:%s@%s:9200" % (r.choice(["admin", "logstash_writer", "os_" + app(r)]), pw, r.choice([host(r, "search"), "search-%s-%s.%s.es.amazonaws.com" % (app(r), rs(r, 26, LOWER + DIGITS), r.choice(REGIONS))]))
            d.update(provider="opensearch")
        d.update(kind="elasticsearch_url", var=r.choice(["ELASTICSEARCH_URL", "ES_URL", "OPENSEARCH_URL"]))
    elif proto == "influx1":
        pw = sec.s(pw_any, enc=urlenc, name="INFLUX_PASSWORD")
        url = "http://%s:%s@%s:8086/%s" % (r.choice(["telegraf", "k6", "grafana", u]), pw, host(r, "influx"), r.choice(["telegraf", "k6", "metrics"]))
        d.update(kind="influxdb_url", provider="influxdb", var="INFLUXDB_URL")
    elif proto == "neo4j":
        if r.random() < 0.5:
            pw = sec.s(neo4j_aura_pw, name="NEO4J_PASSWORD")
            url = "neo4j+s://neo4j:%s@%s.databases.neo4j.io" % (pw, rs(r, 8, LOWER + DIGITS))
            d.update(provider="neo4j-aura")
        else:
            pw = sec.s(pw_any, enc=urlenc, name="NEO4J_PASSWORD")
            url = "bolt://neo4j:%s@%s:7687" % (pw, host(r, "graph"))
            d.update(provider="neo4j")
        d.update(kind="neo4j_uri", var="NEO4J_URI")
    elif proto == "s3":
        url, prov = s3_url(r, sec)
        d.update(kind="s3_url", provider=prov, var="S3_URL")
    elif proto == "smb":
        pw = sec.s(pw_any, enc=urlenc, name="SMB_PASSWORD")
        url = "smb://%s:%s@%s/%s/" % (r.choice(["media", "kodi", "backup", r.choice(FIRST)]), pw, r.choice(["nas", "diskstation", "truenas.lan", ip_private(r)]), r.choice(["Movies", "media", "backup", "TV"]))
        d.update(kind="smb_url", provider=r.choice(["synology", "samba", "truenas"]), var="SMB_URL")
    d["url"] = url
    return d


def rtsp_url(r, sec):
    ip = ip_private(r)
    pw = sec.s(pw_any, enc=urlenc, name="CAMERA_PASSWORD")
    user = r.choice(["admin", "admin", "viewer", "frigate", "nvr", "root"])
    port = r.choice(["", ":554", ":554"])
    k = r.randrange(5)
    if k == 0:
        return "rtsp://%s:%s@%s%s/Streaming/Channels/%d0%d" % (user, pw, ip, port, r.randint(1, 8), r.choice([1, 2])), "hikvision"
    if k == 1:
        return "rtsp://%s:%s@%s%s/cam/realmonitor?channel=%d&subtype=%d" % (user, pw, ip, port, r.randint(1, 4), r.choice([0, 1])), "dahua"
    if k == 2:
        return "rtsp://%s:%s@%s%s/axis-media/media.amp?videocodec=h264&resolution=%s" % (user if user != "admin" else "root", pw, ip, port, r.choice(["1920x1080", "1280x720"])), "axis"
    if k == 3:
        return "rtsp://%s:%s@%s%s/h264Preview_01_%s" % (user, pw, ip, port, r.choice(["main", "sub"])), "reolink"
    return "rtsp://%s:%s@%s%s/cam/realmonitor?channel=1&subtype=0&unicast=true&proto=Onvif" % (user, pw, ip, port), "amcrest"


def git_url(r, sec):
    k = r.randrange(6)
    o = org(r)
    repo = r.choice([app(r) + "-service", "infra", "deploy-config", "shared-lib", app(r), "helm-charts", "terraform-modules"])
    if k == 0:
        t = sec.s(tok_github, name="GITHUB_TOKEN")
        return "https://%s:%s@github.com/%s/%s.git" % (r.choice(["git", "ci-bot", r.choice(FIRST)]), t, o, repo), "github"
    if k == 1:
        t = sec.s(lambda q: tok_github(q, "ghs_"), name="GITHUB_TOKEN")
        return "https://x-access-token:%s@github.com/%s/%s.git" % (t, o, repo), "github"
    if k == 2:
        t = sec.s(tok_github_fg, name="GITHUB_TOKEN")
        return "https://%s@github.com/%s/%s.git" % (t, o, repo), "github"
    if k == 3:
        t = sec.s(tok_gitlab, name="GITLAB_TOKEN")
        return "https://%s:%s@gitlab.com/%s/%s.git" % (r.choice(["oauth2", "gitlab-ci-token", "deploy"]), t, o, repo), "gitlab"
    if k == 4:
        t = sec.s(tok_hf, name="HF_TOKEN")
        return "https://%s:%s@huggingface.co/%s/%s" % (r.choice(FIRST), t, o, r.choice(["llama-ft", "bert-ner", "whisper-small-de", "sentiment-v2"])), "huggingface"
    t = sec.s(tok_azdo, name="AZDO_PAT")
    return "https://%s:%s@dev.azure.com/%s/%s/_git/%s" % (o, t, o, r.choice(TEAMS), repo), "azure-devops"


def s3_url(r, sec):
    k = r.randrange(4)
    if k == 0:
        kid = aws_key_id(r)
        s = sec.s(aws_secret, enc=urlenc, name="AWS_SECRET_ACCESS_KEY")
        return "s3://%s:%s@%s/%s" % (kid, s, r.choice(REGIONS), r.choice(["loki-chunks", "%s-logs" % app(r), "backups"])), "aws-s3"
    if k == 1:
        kid = minio_id(r)
        s = sec.s(minio_secret, name="MINIO_SECRET_KEY")
        return "s3://%s:%s@minio.%s:9000/%s" % (kid, s, r.choice(TLDS), r.choice(["loki", "thanos", "artifacts"])), "minio"
    if k == 2:
        kid = r2_id(r)
        s = sec.s(r2_secret, name="R2_SECRET_ACCESS_KEY")
        return "s3://%s:%s@%s.r2.cloudflarestorage.com/%s" % (kid, s, rs(r, 32, HEX), r.choice(["assets", "logs", "dumps"])), "cloudflare-r2"
    kid = minio_id(r)
    s = sec.s(minio_secret, name="WASABI_SECRET_KEY")
    return "s3://%s:%s@s3.%s.wasabisys.com/%s" % (kid, s, r.choice(["us-east-1", "eu-central-1"]), r.choice(["archive", "media"])), "wasabi"


def J(r, sec, vendor=None, inline=True):
    """JDBC URL.  inline=False -> no credentials in the URL (password goes to
    a separate key chosen by the template)."""
    vendor = vendor or r.choice(["postgresql", "mysql", "sqlserver", "oracle", "db2", "snowflake", "redshift", "clickhouse"])
    u = dbuser(r)
    db = dbname(r)
    pw = None
    if vendor == "postgresql":
        h = rds_host(r) if r.random() < 0.3 else host(r, "pg")
        base = "jdbc:postgresql://%s:5432/%s" % (h, db)
        if inline:
            pw = sec.s(pw_any, enc=urlenc, name="DB_PASSWORD")
            url = base + "?user=%s&password=%s%s" % (u, pw, r.choice(["", "&sslmode=require", "&ssl=true&sslfactory=org.postgresql.ssl.NonValidatingFactory"]))
        else:
            url = base + r.choice(["", "?sslmode=require", "?currentSchema=%s" % app(r)])
    elif vendor == "mysql":
        h = host(r, "mysql")
        if inline and r.random() < 0.35:
            pw = sec.s(pw_any, enc=urlenc, name="DB_PASSWORD")
            url = "jdbc:mysql://%s:%s@%s:3306/%s?useSSL=true" % (u, pw, h, db)
        elif inline:
            pw = sec.s(pw_any, enc=urlenc, name="DB_PASSWORD")
            url = "jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true&serverTimezone=UTC" % (h, db, u, pw)
        else:
            url = "jdbc:mysql://%s:3306/%s?useSSL=true&serverTimezone=UTC&allowPublicKeyRetrieval=false" % (h, db)
    elif vendor == "sqlserver":
        h = r.choice([host(r, "sql"), "%s-sql.database.windows.net" % app(r)])
        base = "jdbc:sqlserver://%s:1433;databaseName=%s" % (h, db)
        if inline:
            pw = sec.s(pw_safe, name="DB_PASSWORD")
            url = base + ";user=%s;password=%s;encrypt=true;trustServerCertificate=false;loginTimeout=30;" % (u, pw)
        else:
            url = base + ";encrypt=true;trustServerCertificate=false;loginTimeout=30;"
    elif vendor == "oracle":
        h = host(r, "ora")
        svc = r.choice(["ORCLPDB1", "PRODPDB", app(r).upper(), "FREEPDB1"])
        if inline:
            pw = sec.s(lambda q: pw_any(q, True).replace("~", "").replace("^", ""), name="ORACLE_PASSWORD")
            url = r.choice(["jdbc:oracle:thin:%s/%s@//%s:1521/%s", "jdbc:oracle:thin:%s/%s@%s:1521:%s"]) % (u.upper(), pw, h, svc)
        else:
            url = "jdbc:oracle:thin:@//%s:1521/%s" % (h, svc)
    elif vendor == "db2":
        h = host(r, "db2")
        base = "jdbc:db2://%s:50000/%s" % (h, db.upper()[:8])
        if inline:
            pw = sec.s(pw_safe, name="DB2_PASSWORD")
            url = base + ":user=%s;password=%s;sslConnection=true;" % (u, pw)
        else:
            url = base + ":sslConnection=true;"
    elif vendor == "snowflake":
        acct = "%s-%s" % (rs(r, 7, UPPER), rs(r, 7, UPPER + DIGITS))
        base = "jdbc:snowflake://%s.snowflakecomputing.com/?warehouse=%s_WH&db=%s&schema=PUBLIC" % (acct.lower(), app(r).upper(), db.upper())
        if inline:
            pw = sec.s(pw_any, enc=urlenc, name="SNOWFLAKE_PASSWORD")
            url = base + "&user=%s&password=%s&role=%s" % (u.upper(), pw, r.choice(["LOADER", "TRANSFORMER", "REPORTER"]))
        else:
            url = base
    elif vendor == "redshift":
        h = "%s.%s.%s.redshift.amazonaws.com" % (r.choice(["analytics", "dwh", "redshift-cluster-1"]), rs(r, 12, LOWER + DIGITS), r.choice(REGIONS))
        base = "jdbc:redshift://%s:5439/%s" % (h, r.choice(["dev", "analytics", db]))
        if inline:
            pw = sec.s(pw_any, enc=urlenc, name="REDSHIFT_PASSWORD")
            url = base + "?user=%s&password=%s&ssl=true" % (u, pw)
        else:
            url = base + "?ssl=true"
    else:  # clickhouse
        h = r.choice([host(r, "ch"), "%s.%s.aws.clickhouse.cloud" % (rs(r, 10, LOWER + DIGITS), r.choice(REGIONS))])
        base = "jdbc:clickhouse://%s:8443/%s" % (h, r.choice(["default", db]))
        if inline:
            pw = sec.s(pw_any, enc=urlenc, name="CLICKHOUSE_PASSWORD")
            url = base + "?user=%s&password=%s&ssl=true" % (r.choice(["default", u]), pw)
        else:
            url = base + "?ssl=true"
    drv = {"postgresql": "org.postgresql.Driver", "mysql": "com.mysql.cj.jdbc.Driver",
           "sqlserver": "com.microsoft.sqlserver.jdbc.SQLServerDriver", "oracle": "oracle.jdbc.OracleDriver",
           "db2": "com.ibm.db2.jcc.DB2Driver", "snowflake": "net.snowflake.client.jdbc.SnowflakeDriver",
           "redshift": "com.amazon.redshift.jdbc42.Driver", "clickhouse": "com.clickhouse.jdbc.ClickHouseDriver"}[vendor]
    return {"url": url, "provider": vendor, "user": u, "driver": drv, "kind": "jdbc_url"}


ALL_PROTOS = ["postgres", "postgres", "mysql", "mssql", "oracle", "snowflake", "clickhouse", "mongodb", "mongodb",
              "redis", "sentinel", "amqp", "mqtt", "smtp", "imap", "ftp", "rtsp", "sip", "webdav", "git", "proxy",
              "elastic", "influx1", "neo4j", "s3", "smb"]
APP_PROTOS = ["postgres", "postgres", "mysql", "mongodb", "mongodb", "redis", "redis", "sentinel", "amqp", "smtp",
              "elastic", "neo4j", "clickhouse", "mssql", "snowflake", "s3", "influx1", "mqtt", "imap"]


# ---------------------------------------------------------------------------
# naming / filler helpers
# ---------------------------------------------------------------------------
NEUTRAL = ["dsn", "target", "endpoint", "upstream", "source", "conn", "uri", "primary", "backend", "remote", "addr", "link", "url", "origin", "sink"]


def words_of(name):
    return [w for w in name.replace("-", "_").lower().split("_") if w]


def styl(name, how):
    ws = words_of(name)
    if how == "snake":
        return "_".join(ws)
    if how == "SCREAM":
        return "_".join(ws).upper()
    if how == "kebab":
        return "-".join(ws)
    if how == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if how == "Pascal":
        return "".join(w.capitalize() for w in ws)
    return name


def vname(r, d, how="SCREAM"):
    if r.random() < 0.5:
        return styl(d.get("var", "DATABASE_URL"), how)
    return styl(r.choice(NEUTRAL) + r.choice(["", "_" + d.get("proto", "db"), "_main", "_primary", ""]), how)


def ts(r):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def semver(r):
    return "%d.%d.%d" % (r.randint(0, 5), r.randint(0, 30), r.randint(0, 20))


def image(r):
    return r.choice(["ghcr.io/%s/%s:%s" % (org(r), app(r), semver(r)), "%s/%s:%s" % (org(r), app(r), semver(r)),
                     "registry.%s/%s/%s:v%s" % (r.choice(TLDS), r.choice(TEAMS), app(r), semver(r))])


def sha_hex(r, n=40):
    return rs(r, n, HEX)


POS_TEMPLATES = []


def tpl(fn):
    POS_TEMPLATES.append(fn)
    return fn


def out(path, ft, provider, kind, text):
    if not text.endswith("\n"):
        text += "\n"
    return {"path": path, "ft": ft, "provider": provider, "kind": kind, "text": text}


# ---------------------------------------------------------------------------
# generic carriers of a credential-bearing URL
# ---------------------------------------------------------------------------
@tpl
def t_dotenv(r, sec):
    sec.flavor = "env"
    d = U(r, r.choice(ALL_PROTOS), sec)
    q = r.choice(['"', "", "'"])
    a = app(r)
    lines = ["# %s service configuration" % a.capitalize(), "NODE_ENV=production", "PORT=%d" % r.choice([3000, 8000, 8080, 5000]),
             "LOG_LEVEL=%s" % r.choice(["info", "warn", "debug"]), "APP_URL=https://%s.%s.com" % (a, org(r).replace("-", ""))]
    extra = ["TZ=UTC", "SENTRY_ENVIRONMENT=production", "FEATURE_NEW_CHECKOUT=true", "RATE_LIMIT_PER_MIN=%d" % r.choice([60, 120, 600]),
             "PUBLIC_ASSET_HOST=https://cdn.%s.com" % org(r).replace("-", ""), "WORKER_CONCURRENCY=%d" % r.randint(2, 16),
             "SESSION_TTL_SECONDS=%d" % r.choice([3600, 86400]), "# keep in sync with k8s/configmap.yaml", ""]
    r.shuffle(extra)
    lines += extra[: r.randint(2, 7)]
    lines.insert(r.randint(2, len(lines)), "%s=%s%s%s" % (vname(r, d), q, d["url"], q))
    path = r.choice([".env", ".env.production", "deploy/.env.prod", "backend/.env", ".env.staging", "services/%s/.env" % a])
    return out(path, "dotenv", d["provider"], d["kind"], "\n".join(lines))


@tpl
def t_compose(r, sec):
    sec.flavor = "compose"
    d = U(r, r.choice(APP_PROTOS + ["rtsp", "ftp", "proxy"]), sec)
    a = app(r)
    v = vname(r, d)
    mapstyle = r.random() < 0.5
    env = [("NODE_ENV" if r.random() < 0.5 else "APP_ENV", "production"), ("LOG_FORMAT", "json"), (v, d["url"]), ("PORT", str(r.choice([8080, 3000])))]
    r.shuffle(env)
    L = ["services:", "  %s:" % a, "    image: %s" % image(r), "    restart: unless-stopped", "    ports:", '      - "%d:8080"' % r.choice([8080, 8081, 9000]), "    environment:"]
    for k, val in env:
        L.append("      %s: %s" % (k, '"%s"' % val if r.random() < 0.6 else val) if mapstyle else "      - %s=%s" % (k, val))
    L += ["    depends_on:", "      - %s" % r.choice(["migrate", "otel-collector"]), "", "  %s:" % r.choice(["migrate", "otel-collector"]),
          "    image: %s" % image(r), "    command: [\"--config\", \"/etc/%s.yaml\"]" % a]
    if r.random() < 0.5:
        L.insert(0, 'version: "3.%d"' % r.randint(3, 9))
    return out(r.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "docker-compose", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_k8s_deploy(r, sec):
    sec.flavor = "k8s"
    d = U(r, r.choice(APP_PROTOS), sec)
    a = app(r)
    v = vname(r, d)
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % a, "  namespace: %s" % r.choice(["prod", a, "default", "apps"]),
         "  labels:", "    app.kubernetes.io/name: %s" % a, "spec:", "  replicas: %d" % r.randint(1, 6), "  selector:", "    matchLabels:",
         "      app.kubernetes.io/name: %s" % a, "  template:", "    metadata:", "      labels:", "        app.kubernetes.io/name: %s" % a,
         "    spec:", "      containers:", "        - name: %s" % a, "          image: %s" % image(r), "          ports:",
         "            - containerPort: 8080", "          env:", "            - name: LOG_LEVEL", "              value: info",
         "            - name: %s" % v, "              value: \"%s\"" % d["url"], "            - name: OTEL_EXPORTER_OTLP_ENDPOINT",
         "              value: http://otel-collector.observability:4317", "          resources:", "            limits:",
         "              memory: %dMi" % r.choice([256, 512, 1024]), "              cpu: \"%s\"" % r.choice(["250m", "500m", "1"])]
    return out(r.choice(["k8s/deployment.yaml", "deploy/k8s/%s-deployment.yaml" % a, "manifests/%s.yaml" % a]), "kubernetes", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_k8s_configmap(r, sec):
    sec.flavor = "yaml"
    d = U(r, r.choice(APP_PROTOS), sec)
    a = app(r)
    L = ["apiVersion: v1", "kind: %s" % r.choice(["ConfigMap", "ConfigMap", "Secret"]), "metadata:", "  name: %s-config" % a, "  namespace: %s" % r.choice(["prod", "staging", a])]
    if "Secret" in L[1]:
        L += ["type: Opaque", "stringData:"]
    else:
        L += ["data:"]
    items = [("LOG_LEVEL", "info"), ("HTTP_PORT", '"8080"'), (vname(r, d), '"%s"' % d["url"]), ("CACHE_TTL", '"300"'), ("REGION", r.choice(REGIONS))]
    r.shuffle(items)
    L += ["  %s: %s" % kv for kv in items]
    return out(r.choice(["k8s/configmap.yaml", "k8s/%s-secret.yaml" % a, "overlays/prod/config.yaml"]), "kubernetes", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_helm_values(r, sec):
    sec.flavor = "helm"
    d = U(r, r.choice(APP_PROTOS), sec)
    a = app(r)
    key = styl(vname(r, d), "camel")
    L = ["# Default values for %s." % a, "replicaCount: %d" % r.randint(1, 4), "", "image:", "  repository: %s" % image(r).rsplit(":", 1)[0],
         "  tag: \"%s\"" % semver(r), "  pullPolicy: IfNotPresent", "", "service:", "  type: ClusterIP", "  port: 80", "", "config:",
         "  logLevel: info", "  %s: \"%s\"" % (key, d["url"]), "  metricsEnabled: true", "", "ingress:", "  enabled: %s" % r.choice(["true", "false"]),
         "  className: nginx", "  hosts:", "    - host: %s.%s.com" % (a, org(r).replace("-", "")), "      paths:", "        - path: /", "          pathType: Prefix"]
    return out(r.choice(["charts/%s/values.yaml" % a, "helm/values-prod.yaml", "deploy/helm/%s/values-production.yaml" % a]), "helm-values", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_py_settings(r, sec):
    sec.flavor = "py"
    d = U(r, r.choice(APP_PROTOS), sec)
    v = vname(r, d)
    lit = '"%s"' % d["url"]
    expr = sec.pick('os.getenv("%s", %s)' % (d["var"], lit) if r.random() < 0.5 else lit, 'os.environ["%s"]' % d["var"])
    L = ['"""Runtime settings for the %s service."""' % app(r), "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
         "DEBUG = os.getenv(\"DEBUG\", \"0\") == \"1\"", "ALLOWED_HOSTS = [\"%s.%s.com\", \"localhost\"]" % (app(r), org(r).replace("-", "")), "",
         "# connections", "%s = %s" % (v, expr), "POOL_SIZE = int(os.getenv(\"POOL_SIZE\", \"%d\"))" % r.choice([5, 10, 20]), "REQUEST_TIMEOUT = %d" % r.choice([5, 10, 30]), "",
         "LOGGING = {", '    "version": 1,', '    "handlers": {"console": {"class": "logging.StreamHandler"}},', '    "root": {"handlers": ["console"], "level": "INFO"},', "}"]
    return out(r.choice(["config/settings.py", "app/config.py", "%s/settings/production.py" % app(r), "src/settings.py"]), "python", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_js_config(r, sec):
    sec.flavor = "js"
    d = U(r, r.choice(APP_PROTOS), sec)
    key = styl(vname(r, d), "camel")
    lit = "'%s'" % d["url"] if r.random() < 0.5 else '"%s"' % d["url"]
    expr = sec.pick(r.choice(["process.env.%s || %s" % (d["var"], lit), lit]), "process.env.%s" % d["var"])
    ts_ = r.random() < 0.5
    L = (["import type { AppConfig } from './types';", "", "const config: AppConfig = {"] if ts_ else ["'use strict';", "", "module.exports = {"])
    L += ["  env: process.env.NODE_ENV ?? 'production'," if ts_ else "  env: process.env.NODE_ENV || 'production',", "  port: Number(process.env.PORT) || %d," % r.choice([3000, 8080]),
          "  %s: %s," % (key, expr), "  pool: { min: 2, max: %d }," % r.choice([10, 20]), "  cors: ['https://%s.%s.com']," % (app(r), org(r).replace("-", "")), "};"]
    if ts_:
        L += ["", "export default config;"]
    return out(r.choice(["src/config.ts", "config/production.ts"]) if ts_ else r.choice(["config/default.js", "src/config/index.js", "config/production.js"]),
               "typescript" if ts_ else "javascript", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_app_log(r, sec):
    sec.flavor = "log"
    d = U(r, r.choice(ALL_PROTOS), sec)
    a = app(r)
    L = []
    t0 = r.randint(0, 50)
    day = r.randint(1, 28)
    msgs = ["starting %s v%s (pid %d)" % (a, semver(r), r.randint(100, 65000)), "loaded config from /etc/%s/config.yaml" % a,
            "http server listening on :%d" % r.choice([8080, 3000]), "health check ok", "migrations up to date (version %d)" % r.randint(10, 300),
            "worker pool started size=%d" % r.randint(2, 16), "GET /healthz 200 %dms" % r.randint(1, 20), "cache warmup finished in %dms" % r.randint(50, 900)]
    lvl = ["INFO", "INFO", "DEBUG", "INFO"]
    fmt = r.randrange(3)
    echo = r.choice(["connecting to %s", "using connection string %s", "dial %s: connection refused, retrying in 5s", "%s reachable", "config: upstream=%s", "Connecting to %s ..."])
    n = r.randint(6, 20)
    k = r.randint(1, n - 1)
    for i in range(n):
        m = echo % d["url"] if i == k else r.choice(msgs)
        lv = "WARN" if (i == k and "refused" in echo) else r.choice(lvl)
        t = "2024-05-%02d %02d:%02d:%02d,%03d" % (day, 10 + (t0 + i) // 60, (t0 + i) % 60, r.randint(0, 59), r.randint(0, 999))
        if fmt == 0:
            L.append("%s %-5s [%s] %s" % (t, lv, a, m))
        elif fmt == 1:
            L.append(json.dumps({"ts": t, "level": lv.lower(), "svc": a, "msg": m}))
        else:
            L.append("%s %s %s[%d]: %s" % ("May %2d %02d:%02d:%02d" % (day, 10 + (t0 + i) // 60, (t0 + i) % 60, r.randint(0, 59)), "ip-10-0-%d-%d" % (r.randint(0, 9), r.randint(1, 250)), a, r.randint(100, 9000), m))
    return out(r.choice(["logs/%s.log" % a, "logs/app.log", "var/log/%s/service.log" % a, "debug/startup.log"]), "log", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_runbook_md(r, sec):
    sec.flavor = "md"
    proto = r.choice(["postgres", "mysql", "mongodb", "redis", "amqp", "ftp", "elastic", "neo4j", "rtsp", "smb"])
    d = U(r, proto, sec)
    a = app(r)
    cli = {"postgres": 'psql "%s"', "mysql": 'mysqlsh --uri "%s"', "mongodb": 'mongosh "%s"', "redis": 'redis-cli -u "%s" ping', "amqp": 'rabbitmqadmin --uri "%s" list queues',
           "ftp": 'curl -sS --list-only "%s"', "elastic": 'curl -s "%s/_cluster/health?pretty"', "neo4j": 'cypher-shell -a "%s"', "rtsp": 'ffprobe -rtsp_transport tcp "%s"',
           "smb": 'gio mount "%s"'}[proto] % d["url"]
    L = ["# %s runbook" % a.capitalize(), "", "Owner: team-%s  ·  On-call: #%s-oncall" % (r.choice(TEAMS), a), "", "## Symptoms", "",
         "- p95 latency above %dms on the %s dashboard" % (r.choice([300, 500, 800]), a), "- error budget burn alert from SLO `%s-availability`" % a, "",
         "## Check connectivity", "", "From a bastion host:", "", "```bash", cli, "```", "",
         "If this hangs, check the security group `sg-%s` and the VPN." % rs(r, 17, HEX), "", "## Escalation", "",
         "Page the %s team if the issue persists for more than %d minutes." % (r.choice(TEAMS), r.choice([15, 30]))]
    return out(r.choice(["docs/runbook.md", "notes/runbook.md", "docs/oncall/%s.md" % a, "RUNBOOK.md"]), "markdown", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_shell_notes(r, sec):
    sec.flavor = "shell"
    proto = r.choice(["postgres", "mysql", "mongodb", "redis", "ftp", "rtsp", "proxy", "git", "elastic", "amqp"])
    d = U(r, proto, sec)
    cmd = {"postgres": 'psql "%s" -c "\\dt"', "mysql": "mysql --ssl-mode=REQUIRED \"%s\"", "mongodb": "mongosh '%s' --eval 'db.stats()'",
           "redis": "redis-cli -u %s --scan --pattern 'session:*' | head", "ftp": "curl -T dump.sql.gz %s", "rtsp": "ffmpeg -rtsp_transport tcp -i '%s' -frames:v 1 snap.jpg",
           "proxy": "curl -x %s -I https://pypi.org/simple/", "git": "git clone %s", "elastic": "curl -s '%s/_cat/indices?v'",
           "amqp": "celery -A tasks inspect ping -b %s"}[proto] % d["url"]
    other = ["cd ~/src/%s" % app(r), "git pull --rebase", "kubectl -n %s get pods" % app(r), "kubectl logs deploy/%s --tail=200" % app(r), "ls -la", "df -h",
             "docker ps --format '{{.Names}}'", "make test", "aws sts get-caller-identity", "htop", "sudo systemctl status nginx", "terraform plan -out plan.out",
             "grep -R \"timeout\" config/", "ssh bastion.%s" % r.choice(TLDS), "history | tail"]
    r.shuffle(other)
    L = other[: r.randint(4, 12)]
    L.insert(r.randint(0, len(L)), cmd)
    if r.random() < 0.5:
        L = ["#!/usr/bin/env bash", "# scratch commands from the %s incident, %s" % (app(r), ts(r)[:10]), "set -euo pipefail", ""] + L
    return out(r.choice(["ops/notes/commands.sh", "scratch/history.txt", "notes/debug-session.sh", "tools/oneoffs.sh"]), "shell", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_systemd(r, sec):
    sec.flavor = "systemd"
    proto = r.choice(["postgres", "redis", "amqp", "mqtt", "rtsp", "rtsp", "proxy", "influx1", "mongodb"])
    d = U(r, proto, sec)
    a = app(r)
    L = ["[Unit]", "Description=%s %s" % (a.capitalize(), r.choice(["worker", "exporter", "recorder", "bridge"])), "After=network-online.target", "Wants=network-online.target", "",
         "[Service]", "Type=simple", "User=%s" % a, "WorkingDirectory=/opt/%s" % a]
    if proto == "rtsp":
        L.append("ExecStart=/usr/bin/ffmpeg -hide_banner -rtsp_transport tcp -i %s -c copy -f segment -segment_time 300 -strftime 1 /srv/nvr/%s/%%Y%%m%%d-%%H%%M%%S.mp4" % (d["url"], a))
    else:
        L.append('Environment="%s=%s"' % (vname(r, d), d["url"]))
        L.append("ExecStart=/opt/%s/bin/%s --config /etc/%s/config.yaml" % (a, a, a))
    L += ["Restart=on-failure", "RestartSec=5", "LimitNOFILE=65536", "", "[Install]", "WantedBy=multi-user.target"]
    return out(r.choice(["etc/systemd/system/%s.service" % a, "deploy/systemd/%s.service" % a, "packaging/%s.service" % a]), "systemd", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_ansible_vars(r, sec):
    sec.flavor = "ansible"
    d = U(r, r.choice(APP_PROTOS + ["proxy", "smb"]), sec)
    a = app(r)
    key = styl(vname(r, d), "snake")
    L = ["---", "# group_vars for %s hosts" % a, "%s_version: \"%s\"" % (a, semver(r)), "%s_user: %s" % (a, a), "%s_port: %d" % (a, r.choice([8080, 9000])),
         "%s_%s: \"%s\"" % (a, key, d["url"]), "ntp_servers:", "  - 0.pool.ntp.org", "  - 1.pool.ntp.org", "firewall_allowed_tcp_ports: [22, 80, 443]"]
    return out(r.choice(["inventory/group_vars/%s.yml" % a, "group_vars/all.yml", "ansible/host_vars/%s-01.yml" % a]), "ansible", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_terraform(r, sec):
    sec.flavor = "hcl"
    d = U(r, r.choice(APP_PROTOS), sec)
    a = app(r)
    k = r.randrange(2)
    if k == 0:
        body = ['resource "aws_ssm_parameter" "%s" {' % styl(vname(r, d), "snake"), '  name  = "/%s/%s/%s"' % (r.choice(["prod", "staging"]), a, d["var"].lower()),
                '  type  = "%s"' % r.choice(["String", "SecureString"]), '  value = "%s"' % d["url"], "", "  tags = local.tags", "}"]
    else:
        body = ['resource "kubernetes_secret" "%s" {' % a, "  metadata {", '    name      = "%s-env"' % a, '    namespace = "%s"' % a, "  }", "", "  data = {",
                '    %s = "%s"' % (d["var"], d["url"]), "  }", "}"]
    L = ["locals {", "  tags = {", '    service = "%s"' % a, '    owner   = "%s"' % r.choice(TEAMS), "  }", "}", ""] + body
    return out(r.choice(["terraform/%s.tf" % a, "infra/main.tf", "modules/%s/main.tf" % a]), "terraform", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_gha(r, sec):
    sec.flavor = "gha"
    d = U(r, r.choice(["postgres", "mysql", "mongodb", "redis", "ftp", "git", "s3", "elastic"]), sec)
    v = vname(r, d)
    L = ["name: %s" % r.choice(["integration", "deploy", "nightly-export", "e2e"]), "", "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "",
         "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:", "      %s: %s" % (v, d["url"]), "      PYTHON_VERSION: \"3.%d\"" % r.randint(9, 12),
         "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:", "          python-version: ${{ env.PYTHON_VERSION }}",
         "      - run: pip install -r requirements.txt", "      - run: python -m %s.%s" % (app(r), r.choice(["migrate", "export", "smoke"]))]
    return out(".github/workflows/%s.yml" % r.choice(["deploy", "integration", "nightly", "e2e"]), "github-actions", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_gitlab_ci(r, sec):
    sec.flavor = "gitlabci"
    d = U(r, r.choice(["postgres", "mysql", "redis", "git", "ftp", "s3", "proxy"]), sec)
    L = ["stages: [test, deploy]", "", "variables:", "  %s: \"%s\"" % (vname(r, d), d["url"]), "  GIT_DEPTH: \"10\"", "", "test:", "  stage: test",
         "  image: python:3.%d" % r.randint(9, 12), "  script:", "    - pip install -r requirements.txt", "    - pytest -q", "", "deploy:", "  stage: deploy",
         "  script:", "    - ./scripts/deploy.sh", "  only: [main]"]
    return out(".gitlab-ci.yml", "gitlab-ci", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_go_config(r, sec):
    sec.flavor = "go"
    d = U(r, r.choice(APP_PROTOS), sec)
    name = styl(vname(r, d), "camel")
    lit = '"%s"' % d["url"]
    dflt = sec.pick(lit, '""')
    L = ["package config", "", "import (", '\t"os"', '\t"time"', ")", "", "const (", "\tdefaultTimeout = %d * time.Second" % r.choice([5, 10, 30]),
         "\t%s = %s" % (name if name[0].islower() else "default" + name, dflt), ")", "", "type Config struct {", "\tDSN     string", "\tTimeout time.Duration", "}", "",
         "func Load() Config {", '\tdsn := os.Getenv("%s")' % d["var"], '\tif dsn == "" {', "\t\tdsn = %s" % (name if name[0].islower() else "default" + name), "\t}",
         "\treturn Config{DSN: dsn, Timeout: defaultTimeout}", "}"]
    return out(r.choice(["internal/config/config.go", "pkg/config/defaults.go", "cmd/%s/config.go" % app(r)]), "go", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_toml(r, sec):
    sec.flavor = "toml"
    d = U(r, r.choice(APP_PROTOS), sec)
    a = app(r)
    L = ["# %s.toml" % a, "[server]", 'bind = "0.0.0.0:%d"' % r.choice([8080, 3000]), "workers = %d" % r.randint(2, 8), "", "[%s]" % r.choice(["database", "storage", "broker", "upstream"]),
         '%s = "%s"' % (r.choice(["url", "dsn", "uri", "connection"]), d["url"]), "max_connections = %d" % r.choice([10, 20, 50]), "", "[telemetry]", 'service_name = "%s"' % a, "sample_ratio = 0.1"]
    return out(r.choice(["config/%s.toml" % a, "Settings.toml", "config/production.toml"]), "toml", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_json_config(r, sec):
    sec.flavor = "json"
    d = U(r, r.choice(APP_PROTOS), sec)
    a = app(r)
    cfg = {"service": a, "port": r.choice([8080, 3000]), "logging": {"level": "info", "json": True}}
    sect = r.choice(["database", "cache", "broker", "storage", "search"])
    cfg[sect] = {r.choice(["url", "uri", "connectionString", "dsn"]): d["url"], "poolSize": r.choice([5, 10])}
    cfg["features"] = {"betaCheckout": r.random() < 0.5}
    return out(r.choice(["config/production.json", "config/%s.json" % a, "settings.json"]), "json", d["provider"], d["kind"], json.dumps(cfg, indent=r.choice([2, 4])))


@tpl
def t_dockerfile(r, sec):
    sec.flavor = "shell"
    proto = r.choice(["git", "git", "proxy", "proxy", "postgres", "ftp"])
    d = U(r, proto, sec)
    base = r.choice(["python:3.12-slim", "node:20-alpine", "golang:1.22", "eclipse-temurin:21-jre", "ubuntu:22.04"])
    L = ["FROM %s" % base, "WORKDIR /app"]
    if proto == "git":
        L += ["RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*" if "alpine" not in base else "RUN apk add --no-cache git",
              "RUN git clone --depth 1 %s /app/vendor/%s" % (d["url"], app(r))]
    elif proto == "proxy":
        L.insert(1, "ENV %s=%s" % (r.choice(["http_proxy", "HTTPS_PROXY", "https_proxy"]), d["url"]))
        L += ["ENV no_proxy=localhost,127.0.0.1,.%s" % r.choice(TLDS)]
    elif proto == "ftp":
        L += ["RUN curl -fsSL -o /tmp/model.tar.gz %s/models/latest.tar.gz && tar -xzf /tmp/model.tar.gz -C /app" % d["url"].rstrip("/")]
    else:
        L += ["ENV %s=%s" % (vname(r, d), d["url"])]
    L += ["COPY . .", r.choice(["RUN pip install --no-cache-dir -r requirements.txt", "RUN npm ci --omit=dev", "RUN go build -o /bin/app ./cmd/app"]),
          "EXPOSE 8080", 'CMD ["%s"]' % r.choice(["/bin/app", "python", "node"])]
    return out(r.choice(["Dockerfile", "docker/Dockerfile", "build/%s.Dockerfile" % app(r)]), "dockerfile", d["provider"], d["kind"], "\n".join(L))


# ---------------------------------------------------------------------------
# JDBC family
# ---------------------------------------------------------------------------
def jdbc_with_pw(r, sec, fl, vendor=None):
    """Either the password is inline in the JDBC URL (subtle) or it is a
    separate obvious key.  Returns (jdbc dict, password-or-None)."""
    sec.flavor = fl
    inline = r.random() < 0.5
    j = J(r, sec, vendor, inline=inline)
    pw = None
    if not inline:
        pw = sec.s(pw_safe, name="DB_PASSWORD")
    return j, pw


@tpl
def t_spring_props(r, sec):
    j, pw = jdbc_with_pw(r, sec, "props")
    a = app(r)
    L = ["spring.application.name=%s" % a, "server.port=%d" % r.choice([8080, 8081, 9090]), "", "# DataSource", "spring.datasource.url=%s" % j["url"]]
    if pw is not None:
        L += ["spring.datasource.username=%s" % j["user"], "spring.datasource.password=%s" % pw]
    L += ["spring.datasource.driver-class-name=%s" % j["driver"], "spring.datasource.hikari.maximum-pool-size=%d" % r.choice([10, 20]),
          "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.open-in-view=false", "", "management.endpoints.web.exposure.include=health,info,prometheus",
          "logging.level.org.hibernate.SQL=%s" % r.choice(["WARN", "INFO"])]
    return out(r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties", "%s-service/src/main/resources/application.properties" % a]),
               "properties", j["provider"], j["kind"], "\n".join(L))


@tpl
def t_spring_yaml(r, sec):
    j, pw = jdbc_with_pw(r, sec, "yaml")
    a = app(r)
    L = ["spring:", "  application:", "    name: %s" % a, "  datasource:", "    url: %s" % (j["url"] if r.random() < 0.5 else '"%s"' % j["url"])]
    if pw is not None:
        L += ["    username: %s" % j["user"], "    password: %s" % (pw if r.random() < 0.5 else "'%s'" % pw)]
    L += ["    driver-class-name: %s" % j["driver"], "    hikari:", "      maximum-pool-size: %d" % r.choice([10, 15]), "  jpa:", "    open-in-view: false", "",
          "server:", "  port: 8080", "  shutdown: graceful", "", "management:", "  endpoints:", "    web:", "      exposure:", "        include: health,prometheus"]
    return out(r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yml", "config/application.yaml"]), "yaml", j["provider"], j["kind"], "\n".join(L))


@tpl
def t_java_dm(r, sec):
    sec.flavor = "java"
    inline = r.random() < 0.5
    j = J(r, sec, inline=inline)
    pkg = "com.%s.%s.db" % (org(r).replace("-", ""), app(r))
    if inline:
        call = "DriverManager.getConnection(%s)" % ("URL" if r.random() < 0.5 else '"%s"' % j["url"])
        consts = ['    private static final String URL = "%s";' % j["url"]] if call.endswith("(URL)") else []
    else:
        pw = sec.s(pw_safe, name="DB_PASSWORD")
        lit = '"%s"' % pw
        pwexpr = sec.pick(lit, 'System.getenv("DB_PASSWORD")')
        consts = ['    private static final String URL = "%s";' % j["url"], '    private static final String USER = "%s";' % j["user"]]
        call = "DriverManager.getConnection(URL, USER, %s)" % pwexpr
    L = ["package %s;" % pkg, "", "import java.sql.Connection;", "import java.sql.DriverManager;", "import java.sql.SQLException;", "",
         "/** Small helper used by the nightly %s job. */" % app(r), "public final class ConnectionFactory {", ""] + consts + [
         "", "    private ConnectionFactory() {}", "", "    public static Connection open() throws SQLException {", "        Connection c = %s;" % call,
         "        c.setAutoCommit(false);", "        return c;", "    }", "}"]
    return out("src/main/java/%s/ConnectionFactory.java" % pkg.replace(".", "/"), "java", j["provider"], j["kind"], "\n".join(L))


@tpl
def t_hibernate_xml(r, sec):
    sec.flavor = "xml"
    inline = r.random() < 0.5
    j = J(r, sec, r.choice(["postgresql", "mysql", "oracle", "db2", "sqlserver"]), inline=inline)
    url = j["url"].replace("&", "&amp;")
    L = ['<?xml version="1.0" encoding="utf-8"?>', '<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"',
         '  "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">', "<hibernate-configuration>", "  <session-factory>",
         '    <property name="hibernate.connection.driver_class">%s</property>' % j["driver"], '    <property name="hibernate.connection.url">%s</property>' % url]
    if not inline:
        pw = sec.s(pw_safe, name="DB_PASSWORD")
        L += ['    <property name="hibernate.connection.username">%s</property>' % j["user"], '    <property name="hibernate.connection.password">%s</property>' % pw]
    L += ['    <property name="hibernate.hbm2ddl.auto">validate</property>', '    <property name="hibernate.show_sql">false</property>',
          '    <mapping class="com.%s.model.%s"/>' % (org(r).replace("-", ""), app(r).capitalize()), "  </session-factory>", "</hibernate-configuration>"]
    return out(r.choice(["src/main/resources/hibernate.cfg.xml", "conf/hibernate.cfg.xml"]), "xml", j["provider"], j["kind"], "\n".join(L))


@tpl
def t_tomcat_context(r, sec):
    sec.flavor = "xml"
    inline = r.random() < 0.4
    j = J(r, sec, r.choice(["postgresql", "mysql", "oracle", "sqlserver"]), inline=inline)
    attrs = ['name="jdbc/%sDS"' % app(r).capitalize(), 'auth="Container"', 'type="javax.sql.DataSource"', 'driverClassName="%s"' % j["driver"],
             'url="%s"' % j["url"].replace("&", "&amp;")]
    if not inline:
        pw = sec.s(pw_safe, name="DB_PASSWORD")
        attrs += ['username="%s"' % j["user"], 'password="%s"' % pw]
    attrs += ['maxTotal="%d"' % r.choice([20, 50]), 'maxIdle="10"', 'validationQuery="SELECT 1"']
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<Context>", "  <WatchedResource>WEB-INF/web.xml</WatchedResource>", "  <Resource " + ("\n            ".join(attrs)) + "/>", "</Context>"]
    return out(r.choice(["src/main/webapp/META-INF/context.xml", "conf/context.xml"]), "xml", j["provider"], j["kind"], "\n".join(L))


@tpl
def t_flyway_liquibase(r, sec):
    j, pw = jdbc_with_pw(r, sec, "props")
    if r.random() < 0.5:
        L = ["# Flyway configuration", "flyway.url=%s" % j["url"]]
        if pw is not None:
            L += ["flyway.user=%s" % j["user"], "flyway.password=%s" % pw]
        L += ["flyway.schemas=%s" % r.choice(["public", app(r)]), "flyway.locations=filesystem:sql/migrations", "flyway.baselineOnMigrate=true", "flyway.validateMigrationNaming=true"]
        path = r.choice(["conf/flyway.conf", "db/flyway.conf", "flyway.conf"])
    else:
        L = ["changeLogFile: db/changelog/db.changelog-master.yaml", "url: %s" % j["url"]]
        if pw is not None:
            L += ["username: %s" % j["user"], "password: %s" % pw]
        L += ["driver: %s" % j["driver"], "liquibase.hub.mode=off", "logLevel: info"]
        path = r.choice(["liquibase.properties", "src/main/resources/liquibase.properties"])
    return out(path, "properties", j["provider"], j["kind"], "\n".join(L))


@tpl
def t_kotlin_exposed(r, sec):
    sec.flavor = "kotlin"
    inline = r.random() < 0.5
    j = J(r, sec, r.choice(["postgresql", "mysql", "clickhouse", "sqlserver"]), inline=inline)
    args = ['    url = "%s"' % j["url"], '    driver = "%s"' % j["driver"]]
    if not inline:
        pw = sec.s(pw_safe, name="DB_PASSWORD")
        args += ['    user = "%s"' % j["user"], "    password = %s" % sec.pick('"%s"' % pw, 'System.getenv("DB_PASSWORD") ?: error("DB_PASSWORD not set")')]
    L = ["package com.%s.%s" % (org(r).replace("-", ""), app(r)), "", "import org.jetbrains.exposed.sql.Database", "import org.jetbrains.exposed.sql.transactions.transaction", "",
         "object Db {", "    fun connect(): Database = Database.connect(", ",\n".join("    " + a for a in args), "    )", "", "    fun <T> tx(block: () -> T): T = transaction { block() }", "}"]
    return out("src/main/kotlin/com/%s/%s/Db.kt" % (org(r).replace("-", ""), app(r)), "kotlin", j["provider"], j["kind"], "\n".join(L))


@tpl
def t_hocon(r, sec):
    sec.flavor = "hocon"
    inline = r.random() < 0.5
    j = J(r, sec, r.choice(["postgresql", "mysql", "clickhouse", "redshift"]), inline=inline)
    L = ["%s {" % app(r), "  http.port = %d" % r.choice([9000, 8080]), "}", "", "slick.dbs.default {", '  profile = "slick.jdbc.%sProfile$"' % r.choice(["Postgres", "MySQL"]), "  db {",
         '    driver = "%s"' % j["driver"], '    url = "%s"' % j["url"]]
    if not inline:
        pw = sec.s(pw_safe, name="DB_PASSWORD")
        L += ['    user = "%s"' % j["user"], '    password = "%s"' % pw]
    L += ["    numThreads = %d" % r.choice([4, 8]), "    connectionTimeout = 5s", "  }", "}"]
    return out(r.choice(["src/main/resources/application.conf", "conf/application.conf"]), "hocon", j["provider"], j["kind"], "\n".join(L))


@tpl
def t_spark_job(r, sec):
    sec.flavor = "py"
    vendor = r.choice(["redshift", "snowflake", "postgresql", "sqlserver", "clickhouse"])
    inline = r.random() < 0.5
    j = J(r, sec, vendor, inline=inline)
    L = ["from pyspark.sql import SparkSession", "", 'spark = SparkSession.builder.appName("%s-export").getOrCreate()' % app(r), "",
         'JDBC_URL = "%s"' % j["url"], "", "df = (", "    spark.read.format(\"jdbc\")", '    .option("url", JDBC_URL)',
         '    .option("dbtable", "%s.%s")' % (r.choice(["public", "analytics"]), r.choice(["orders", "events", "customers"])), '    .option("driver", "%s")' % j["driver"]]
    if not inline:
        pw = sec.s(pw_safe, name="DB_PASSWORD")
        L += ['    .option("user", "%s")' % j["user"], '    .option("password", %s)' % sec.pick('"%s"' % pw, 'dbutils.secrets.get("%s", "jdbc-password")' % app(r))]
    L += ['    .option("fetchsize", %d)' % r.choice([1000, 10000]), "    .load()", ")", "", 'df.write.mode("overwrite").parquet("s3a://%s-lake/raw/%s/")' % (org(r), app(r))]
    return out(r.choice(["jobs/export_%s.py" % app(r), "etl/%s_extract.py" % app(r), "notebooks/load_%s.py" % app(r)]), "python", j["provider"], j["kind"], "\n".join(L))


# ---------------------------------------------------------------------------
# ODBC
# ---------------------------------------------------------------------------
ODBC_DRIVERS = {"sqlserver": "ODBC Driver 18 for SQL Server", "postgresql": "PostgreSQL Unicode", "mysql": "MySQL ODBC 8.0 Unicode Driver",
                "snowflake": "SnowflakeDSIIDriver", "clickhouse": "ClickHouse ODBC Driver (Unicode)", "db2": "IBM DB2 ODBC DRIVER", "oracle": "Oracle 19 ODBC driver"}


@tpl
def t_odbc_ini(r, sec):
    sec.flavor = "ini"
    vendor = r.choice(list(ODBC_DRIVERS))
    L = ["[ODBC Data Sources]"]
    dsn = r.choice(["%s_prod" % app(r), "%sDW" % app(r).capitalize(), "REPORTING", "%s-ro" % app(r)])
    L += ["%s = %s" % (dsn, ODBC_DRIVERS[vendor]), "", "[%s]" % dsn, "Driver = %s" % r.choice([ODBC_DRIVERS[vendor], {"sqlserver": "/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1",
                                    "postgresql": "/usr/lib/x86_64-linux-gnu/odbc/psqlodbcw.so", "mysql": "/usr/lib/x86_64-linux-gnu/odbc/libmyodbc8w.so",
                                    "snowflake": "/usr/lib64/snowflake/odbc/lib/libSnowflake.so", "clickhouse": "/usr/local/lib64/libclickhouseodbcw.so",
                                    "db2": "/opt/ibm/db2/clidriver/lib/libdb2o.so", "oracle": "/opt/oracle/instantclient_19_22/libsqora.so.19.1"}[vendor]])]
    h = host(r, "db")
    if vendor == "snowflake":
        L += ["Server = %s.snowflakecomputing.com" % rs(r, 7, LOWER + DIGITS), "Warehouse = %s_WH" % app(r).upper(), "Database = %s" % dbname(r).upper()]
    else:
        L += ["Server = %s" % h, "Port = %d" % {"sqlserver": 1433, "postgresql": 5432, "mysql": 3306, "clickhouse": 8443, "db2": 50000, "oracle": 1521}[vendor], "Database = %s" % dbname(r)]
    ukey, pkey = r.choice([("UID", "PWD"), ("Username", "Password"), ("User", "Password"), ("UID", "PWD")])
    pw = sec.s(pw_safe, name="ODBC_PWD")
    L += ["%s = %s" % (ukey, dbuser(r)), "%s = %s" % (pkey, pw), r.choice(["Encrypt = yes", "SSLMode = require", "TrustServerCertificate = no", "Description = nightly reporting"])]
    return out(r.choice(["odbc.ini", "etc/odbc.ini", "docker/odbc/odbc.ini", ".odbc.ini"]), "odbc.ini", vendor, "odbc_dsn", "\n".join(L))


@tpl
def t_pyodbc(r, sec):
    sec.flavor = "py"
    vendor = r.choice(["sqlserver", "sqlserver", "postgresql", "snowflake", "mysql"])
    pw = sec.s(pw_safe, name="DB_PASSWORD")
    parts = ["DRIVER={%s}" % ODBC_DRIVERS[vendor], "SERVER=%s" % (("%s-sql.database.windows.net,1433" % app(r)) if vendor == "sqlserver" and r.random() < 0.5 else host(r, "db")),
             "DATABASE=%s" % dbname(r), "UID=%s" % dbuser(r), "PWD=%s" % pw]
    if vendor == "sqlserver":
        parts.append("Encrypt=yes;TrustServerCertificate=no")
    cs = ";".join(parts)
    if r.random() < 0.5:
        body = ['CONN_STR = (', '    "%s"' % cs, ")", "", "def get_conn():", "    return pyodbc.connect(CONN_STR, timeout=%d)" % r.choice([10, 30])]
    else:
        body = ["def get_conn():", '    return pyodbc.connect("%s", autocommit=True)' % cs]
    L = ["import pyodbc", "import pandas as pd", "", ] + body + ["", "", "def load_%s():" % app(r), "    with get_conn() as cn:",
         '        return pd.read_sql("SELECT TOP 1000 * FROM dbo.%s", cn)' % app(r).capitalize()]
    return out(r.choice(["etl/connect.py", "scripts/pull_%s.py" % app(r), "reporting/db.py"]), "python", vendor, "odbc_connstr", "\n".join(L))


@tpl
def t_r_dbi(r, sec):
    sec.flavor = "r"
    vendor = r.choice(["sqlserver", "postgresql", "snowflake"])
    pw = sec.s(pw_safe, name="DB_PASSWORD")
    L = ["library(DBI)", "library(dplyr)", "", "con <- dbConnect(", "  odbc::odbc(),", '  Driver   = "%s",' % ODBC_DRIVERS[vendor], '  Server   = "%s",' % host(r, "db"),
         '  Database = "%s",' % dbname(r), '  UID      = "%s",' % dbuser(r), "  PWD      = %s," % sec.pick('"%s"' % pw, 'Sys.getenv("DB_PASSWORD")'), "  Port     = %d" % {"sqlserver": 1433, "postgresql": 5432, "snowflake": 443}[vendor], ")", "",
         'orders <- tbl(con, "%s") %%>%% filter(created_at >= "2024-01-01") %%>%% collect()' % r.choice(["orders", "invoices", "sessions"]), "summary(orders)", "dbDisconnect(con)"]
    return out(r.choice(["analysis/load_data.R", "R/db.R", "reports/%s.R" % app(r)]), "r", vendor, "odbc_connstr", "\n".join(L))


# ---------------------------------------------------------------------------
# ADO.NET and Azure connection strings
# ---------------------------------------------------------------------------
def adonet(r, sec, vendor=None):
    vendor = vendor or r.choice(["sqlserver", "sqlserver", "azure-sql", "postgresql", "mysql", "oracle"])
    pw = sec.s(pw_safe, name="DB_PASSWORD")
    u = dbuser(r)
    if vendor == "sqlserver":
        cs = "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True;" % (r.choice([host(r, "sql"), "%s\\SQLEXPRESS" % host(r, "sql")]), dbname(r), u, pw)
    elif vendor == "azure-sql":
        cs = ("Server=tcp:%s.database.windows.net,1433;Initial Catalog=%s;Persist Security Info=False;User ID=%s;Password=%s;"
              "MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;") % (app(r) + "-sql", dbname(r), u, pw)
    elif vendor == "postgresql":
        cs = "Host=%s;Port=5432;Database=%s;Username=%s;Password=%s;SSL Mode=Require;Trust Server Certificate=true" % (host(r, "pg"), dbname(r), u, pw)
    elif vendor == "mysql":
        cs = "Server=%s;Port=3306;Database=%s;Uid=%s;Pwd=%s;SslMode=Required;" % (host(r, "mysql"), dbname(r), u, pw)
    else:
        cs = "Data Source=%s:1521/%s;User Id=%s;Password=%s;" % (host(r, "ora"), r.choice(["ORCLPDB1", "PRODPDB"]), u.upper(), pw)
    return cs, vendor


def azure_connstr(r, sec):
    k = r.randrange(3)
    if k == 0:
        key = sec.s(azure_account_key, name="STORAGE_KEY")
        acct = (app(r) + rs(r, 6, LOWER + DIGITS))[:24]
        return "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key), "azure-storage"
    if k == 1:
        key = sec.s(azure_sas_key, name="SERVICEBUS_KEY")
        return "Endpoint=sb://%s-bus.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s" % (app(r), r.choice(["RootManageSharedAccessKey", "sender", "listen-send"]), key), "azure-servicebus"
    key = sec.s(azure_sas_key, name="EVENTHUB_KEY")
    return "Endpoint=sb://%s-ehns.servicebus.windows.net/;SharedAccessKeyName=%s;SharedAccessKey=%s;EntityPath=%s" % (app(r), r.choice(["producer", "RootManageSharedAccessKey"]), key, r.choice(["telemetry", "events"])), "azure-eventhubs"


@tpl
def t_appsettings(r, sec):
    sec.flavor = "json"
    if r.random() < 0.75:
        cs, vendor = adonet(r, sec)
        kind = "adonet_connstr"
        name = r.choice(["DefaultConnection", "%sDb" % app(r).capitalize(), "Main", "Reporting"])
        cfg = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*",
               "ConnectionStrings": {name: cs}, "Features": {"UseNewPricing": r.random() < 0.5}}
    else:
        cs, vendor = azure_connstr(r, sec)
        kind = "azure_connstr"
        cfg = {"Logging": {"LogLevel": {"Default": "Information"}}, r.choice(["Storage", "Messaging", "Azure"]): {r.choice(["ConnectionString", "Connection"]): cs, "Container": app(r)}}
    txt = json.dumps(cfg, indent=2)
    return out(r.choice(["appsettings.json", "appsettings.Production.json", "src/%s.Api/appsettings.json" % app(r).capitalize()]), "json", vendor, kind, txt)


@tpl
def t_webconfig(r, sec):
    sec.flavor = "netconfig"
    cs, vendor = adonet(r, sec, r.choice(["sqlserver", "azure-sql", "oracle", "mysql"]))
    prov = {"sqlserver": "System.Data.SqlClient", "azure-sql": "System.Data.SqlClient", "oracle": "Oracle.ManagedDataAccess.Client", "mysql": "MySql.Data.MySqlClient"}[vendor]
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>", '    <add key="webpages:Version" value="3.0.0.0" />',
         '    <add key="ClientValidationEnabled" value="true" />', "  </appSettings>", "  <connectionStrings>",
         '    <add name="%s" connectionString="%s" providerName="%s" />' % (r.choice(["DefaultConnection", "%sEntities" % app(r).capitalize()]), cs, prov), "  </connectionStrings>",
         "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', '    <httpRuntime targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return out(r.choice(["Web.config", "src/%s.Web/Web.config" % app(r).capitalize(), "App.config"]), "xml", vendor, "adonet_connstr", "\n".join(L))


@tpl
def t_csharp(r, sec):
    sec.flavor = "cs"
    if r.random() < 0.7:
        cs, vendor = adonet(r, sec)
        kind = "adonet_connstr"
        use = {"sqlserver": "UseSqlServer", "azure-sql": "UseSqlServer", "postgresql": "UseNpgsql", "mysql": "UseMySql", "oracle": "UseOracle"}[vendor]
        lit = '@"%s"' % cs if ("\\" in cs or r.random() < 0.4) else '"%s"' % cs
        L = ["using Microsoft.EntityFrameworkCore;", "using Microsoft.EntityFrameworkCore.Design;", "", "namespace %s.Infrastructure;" % app(r).capitalize(), "",
             "public class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>", "{",
             "    // used by `dotnet ef migrations add`", "    private const string ConnectionString = %s;" % lit, "",
             "    public AppDbContext CreateDbContext(string[] args)", "    {", "        var options = new DbContextOptionsBuilder<AppDbContext>()",
             "            .%s(%s)" % (use, sec.pick("ConnectionString", 'Environment.GetEnvironmentVariable("ConnectionStrings__Default")!')), "            .Options;",
             "        return new AppDbContext(options);", "    }", "}"]
    else:
        cs, vendor = azure_connstr(r, sec)
        kind = "azure_connstr"
        cls = "BlobServiceClient" if vendor == "azure-storage" else "ServiceBusClient"
        L = ["using Azure.Storage.Blobs;" if cls == "BlobServiceClient" else "using Azure.Messaging.ServiceBus;", "", "namespace %s.Workers;" % app(r).capitalize(), "",
             "public static class Clients", "{", "    public static %s Create() =>" % cls, '        new %s("%s");' % (cls, cs), "}"]
    return out(r.choice(["src/Infrastructure/DesignTimeDbContextFactory.cs", "src/%s/Clients.cs" % app(r).capitalize(), "Data/DbFactory.cs"]), "csharp", vendor, kind, "\n".join(L))


@tpl
def t_azure_funcs(r, sec):
    sec.flavor = "json"
    cs, vendor = azure_connstr(r, sec)
    cfg = {"IsEncrypted": False, "Values": {"AzureWebJobsStorage": cs if vendor == "azure-storage" else "UseDevelopmentStorage=true",
                                            "FUNCTIONS_WORKER_RUNTIME": r.choice(["dotnet-isolated", "python", "node"])}}
    if vendor != "azure-storage":
        cfg["Values"][r.choice(["ServiceBusConnection", "EventHubConnection", "QueueConnection"])] = cs
    cfg["Values"]["APPINSIGHTS_SAMPLING"] = "20"
    return out(r.choice(["local.settings.json", "src/%sFunctions/local.settings.json" % app(r).capitalize()]), "json", vendor, "azure_connstr", json.dumps(cfg, indent=2))


@tpl
def t_powershell(r, sec):
    sec.flavor = "ps1"
    cs, vendor = adonet(r, sec, r.choice(["sqlserver", "azure-sql"]))
    L = ["#Requires -Modules SqlServer", "param(", "    [string]$Environment = '%s'" % r.choice(["prod", "staging"]), ")", "", "$ErrorActionPreference = 'Stop'",
         '$connStr = "%s"' % cs, "", "Write-Host \"Running migrations against $Environment\"", "Get-ChildItem .\\migrations\\*.sql | Sort-Object Name | ForEach-Object {",
         "    Write-Host \"  -> $($_.Name)\"", "    Invoke-Sqlcmd -ConnectionString $connStr -InputFile $_.FullName -QueryTimeout 600", "}"]
    return out(r.choice(["deploy/Invoke-Migration.ps1", "scripts/migrate.ps1", "tools/Restore-Db.ps1"]), "powershell", vendor, "adonet_connstr", "\n".join(L))


# ---------------------------------------------------------------------------
# ORMs and framework database settings
# ---------------------------------------------------------------------------
@tpl
def t_flask_sqlalchemy(r, sec):
    sec.flavor = "py"
    d = U(r, r.choice(["postgres", "postgres", "mysql", "mssql", "oracle", "snowflake"]), sec)
    lit = '"%s"' % d["url"]
    L = ["import os", "", "", "class Config:", "    SECRET_KEY_FALLBACKS = []", "    SQLALCHEMY_TRACK_MODIFICATIONS = False", "    JSON_SORT_KEYS = False", "",
         "", "class ProductionConfig(Config):", "    DEBUG = False", "    SQLALCHEMY_DATABASE_URI = %s" % sec.pick(lit, 'os.environ["DATABASE_URL"]'),
         "    SQLALCHEMY_ENGINE_OPTIONS = {\"pool_pre_ping\": True, \"pool_size\": %d}" % r.choice([5, 10]), "", "", "class TestConfig(Config):", "    TESTING = True",
         '    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"']
    return out(r.choice(["config.py", "app/config.py", "%s/config.py" % app(r)]), "python", d["provider"], "sqlalchemy_url", "\n".join(L))


def _ini_pct(u):
    """configparser interpolation: escape %XX percent-encodings as %%XX."""
    return re.sub(r"%(?=[0-9A-Fa-f]{2})", "%%", u)


@tpl
def t_alembic_ini(r, sec):
    sec.flavor = "ini"
    d = U(r, r.choice(["postgres", "mysql", "mssql"]), sec)
    L = ["[alembic]", "script_location = migrations", "prepend_sys_path = .", "version_path_separator = os", "sqlalchemy.url = %s" % _ini_pct(d["url"]), "",
         "[loggers]", "keys = root,sqlalchemy,alembic", "", "[logger_alembic]", "level = INFO", "handlers =", "qualname = alembic"]
    txt = "\n".join(L)
    if sec.pos and sec.needle and "%" in sec.needle:
        sec.needle = _ini_pct(sec.needle)
    return out(r.choice(["alembic.ini", "db/alembic.ini"]), "ini", d["provider"], "sqlalchemy_url", txt)


@tpl
def t_django(r, sec):
    sec.flavor = "py"
    obvious = r.random() < 0.5
    a = app(r)
    if obvious:
        pw = sec.s(pw_any, name="DB_PASSWORD")
        db = ["DATABASES = {", '    "default": {', '        "ENGINE": "django.db.backends.%s",' % r.choice(["postgresql", "mysql"]), '        "NAME": "%s",' % dbname(r),
              '        "USER": "%s",' % dbuser(r), '        "PASSWORD": %s,' % sec.pick('"%s"' % pw, 'os.environ["DB_PASSWORD"]'), '        "HOST": "%s",' % host(r, "db"),
              '        "PORT": "%d",' % r.choice([5432, 3306]), '        "CONN_MAX_AGE": 60,', "    }", "}"]
        prov = "django"
    else:
        d = U(r, r.choice(["postgres", "mysql"]), sec)
        db = ["DATABASES = {", '    "default": dj_database_url.config(', '        default=%s,' % sec.pick('"%s"' % d["url"], 'os.environ["DATABASE_URL"]'), "        conn_max_age=600,", "    )", "}"]
        prov = d["provider"]
    L = ["import os", "from pathlib import Path", ""] + (["import dj_database_url", ""] if not obvious else []) + [
         "BASE_DIR = Path(__file__).resolve().parent.parent", "DEBUG = False", 'ALLOWED_HOSTS = ["%s.%s.com"]' % (a, org(r).replace("-", "")), "",
         "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",', '    "django.contrib.contenttypes",', '    "%s",' % a, "]", ""] + db + [
         "", 'STATIC_URL = "/static/"', 'TIME_ZONE = "UTC"', "USE_TZ = True"]
    return out(r.choice(["%s/settings.py" % a, "config/settings/production.py", "%s/settings/prod.py" % a]), "python", prov, "django_db", "\n".join(L))


@tpl
def t_rails_dbyml(r, sec):
    sec.flavor = "yaml"
    a = app(r)
    L = ["default: &default", "  adapter: %s" % r.choice(["postgresql", "mysql2", "trilogy"]), "  encoding: %s" % r.choice(["unicode", "utf8mb4"]),
         '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', "", "development:", "  <<: *default", "  database: %s_development" % a, "", "test:", "  <<: *default",
         "  database: %s_test" % a, "", "production:", "  <<: *default"]
    if r.random() < 0.5:
        d = U(r, r.choice(["postgres", "mysql"]), sec)
        L[1] = "  adapter: %s" % ("postgresql" if d["proto"] == "postgres" else "mysql2")
        L[2] = "  encoding: %s" % ("unicode" if d["proto"] == "postgres" else "utf8mb4")
        L += ["  url: %s" % d["url"]]
        prov = d["provider"]
    else:
        pw = sec.s(pw_any, name="DATABASE_PASSWORD")
        L += ["  database: %s_production" % a, "  username: %s" % a, "  password: %s" % (pw if pw[:1].isalnum() else "'%s'" % pw) if sec.pos or r.random() < 0.5 else
              '  password: <%%= ENV["%s_DATABASE_PASSWORD"] %%>' % a.upper(), "  host: %s" % host(r, "db")]
        prov = "activerecord"
    return out("config/database.yml", "yaml", prov, "activerecord_db", "\n".join(L))


@tpl
def t_sequelize(r, sec):
    sec.flavor = "json"
    a = app(r)
    pw = sec.s(pw_any, name="DB_PASSWORD")
    cfg = {"development": {"username": "postgres", "password": None, "database": "%s_dev" % a, "host": "127.0.0.1", "dialect": "postgres"},
           "test": {"username": "postgres", "password": None, "database": "%s_test" % a, "host": "127.0.0.1", "dialect": "postgres"},
           "production": {"username": dbuser(r), "password": pw, "database": dbname(r), "host": host(r, "db"), "dialect": r.choice(["postgres", "mysql", "mariadb"]),
                          "dialectOptions": {"ssl": {"require": True}}}}
    return out(r.choice(["config/config.json", "db/config/config.json", "server/config/config.json"]), "json", "sequelize", "orm_config", json.dumps(cfg, indent=2))


@tpl
def t_knex_prisma(r, sec):
    sec.flavor = "js"
    d = U(r, r.choice(["postgres", "mysql", "mongodb"]), sec)
    if d["proto"] == "mongodb" or r.random() < 0.4:
        L = ["import { PrismaClient } from '@prisma/client';", "", "// one client per process", "export const prisma = new PrismaClient({",
             "  datasources: {", "    db: {", "      url: %s," % sec.pick("'%s'" % d["url"], "process.env.DATABASE_URL"), "    },", "  },",
             "  log: ['warn', 'error'],", "});"]
        path = r.choice(["src/lib/prisma.ts", "lib/db.ts", "src/db/client.ts"])
        ft = "typescript"
        kind = "prisma_url"
    else:
        L = ["// Update with your config settings.", "", "/** @type { Object.<string, import('knex').Knex.Config> } */", "module.exports = {",
             "  development: {", "    client: 'better-sqlite3',", "    connection: { filename: './dev.sqlite3' },", "    useNullAsDefault: true,", "  },", "",
             "  production: {", "    client: '%s'," % ("pg" if d["proto"] == "postgres" else "mysql2"), "    connection: %s," % sec.pick("'%s'" % d["url"], "process.env.DATABASE_URL"),
             "    pool: { min: 2, max: 10 },", "    migrations: { tableName: 'knex_migrations' },", "  },", "};"]
        path = "knexfile.js"
        ft = "javascript"
        kind = "knex_url"
    return out(path, ft, d["provider"], kind, "\n".join(L))


@tpl
def t_go_sql(r, sec):
    sec.flavor = "go"
    if r.random() < 0.5:
        pw = sec.s(pw_safe, name="MYSQL_PASSWORD")
        dsn = "%s:%s@tcp(%s:3306)/%s?parseTime=true&loc=UTC&tls=%s" % (dbuser(r), pw, host(r, "mysql"), dbname(r), r.choice(["true", "skip-verify"]))
        drv, prov = "mysql", "mysql"
        imp = '\t_ "github.com/go-sql-driver/mysql"'
    else:
        d = U(r, "postgres", sec)
        dsn = d["url"]
        drv, prov = r.choice(["postgres", "pgx"]), d["provider"]
        imp = '\t_ "github.com/lib/pq"' if drv == "postgres" else '\t_ "github.com/jackc/pgx/v5/stdlib"'
    L = ["package store", "", "import (", '\t"database/sql"', '\t"time"', "", imp, ")", "", "func Open() (*sql.DB, error) {",
         '\tdb, err := sql.Open("%s", "%s")' % (drv, dsn), "\tif err != nil {", "\t\treturn nil, err", "\t}", "\tdb.SetMaxOpenConns(%d)" % r.choice([10, 25]),
         "\tdb.SetConnMaxLifetime(%d * time.Minute)" % r.choice([5, 30]), "\treturn db, db.Ping()", "}"]
    return out(r.choice(["internal/store/db.go", "pkg/db/open.go", "store/sql.go"]), "go", prov, "go_dsn", "\n".join(L))


@tpl
def t_php_pdo(r, sec):
    sec.flavor = "php"
    pw = sec.s(pw_safe, name="DB_PASSWORD")
    vendor = r.choice(["mysql", "pgsql"])
    h = host(r, "db")
    if r.random() < 0.5:
        L = ["<?php", "declare(strict_types=1);", "", "namespace App\\Db;", "", "use PDO;", "", "final class Connection", "{", "    public static function make(): PDO", "    {",
             "        $dsn = '%s:host=%s;port=%d;dbname=%s;charset=utf8mb4';" % (vendor, h, 3306 if vendor == "mysql" else 5432, dbname(r)),
             "        return new PDO($dsn, '%s', %s, [" % (dbuser(r), sec.pick("'%s'" % pw, "getenv('DB_PASSWORD')")), "            PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,",
             "            PDO::ATTR_DEFAULT_FETCH_MODE => PDO::FETCH_ASSOC,", "        ]);", "    }", "}"]
        path = r.choice(["src/Db/Connection.php", "lib/Connection.php"])
    else:
        L = ["<?php", "", "return [", "    'default' => 'mysql',", "    'connections' => [", "        'mysql' => [", "            'driver' => 'mysql',",
             "            'host' => '%s'," % h, "            'port' => '3306',", "            'database' => '%s'," % dbname(r), "            'username' => '%s'," % dbuser(r),
             "            'password' => %s," % sec.pick("'%s'" % pw, "env('DB_PASSWORD')"), "            'charset' => 'utf8mb4',", "        ],", "    ],", "];"]
        path = "config/database.php"
    return out(path, "php", "mysql" if vendor == "mysql" else "postgresql", "pdo_dsn", "\n".join(L))


@tpl
def t_rust_sqlx(r, sec):
    sec.flavor = "rust"
    d = U(r, r.choice(["postgres", "mysql", "redis"]), sec)
    if d["proto"] == "redis":
        body = ['    let client = redis::Client::open("%s")?;' % d["url"], "    let mut con = client.get_multiplexed_async_connection().await?;",
                '    let _: () = redis::cmd("PING").query_async(&mut con).await?;']
    else:
        body = ["    let pool = %sPoolOptions::new()" % ("Pg" if d["proto"] == "postgres" else "MySql"), "        .max_connections(%d)" % r.choice([5, 10]),
                '        .connect("%s")' % d["url"], "        .await?;", '    sqlx::migrate!("./migrations").run(&pool).await?;']
    L = ["use anyhow::Result;", "use sqlx::%s::%sPoolOptions;" % (("postgres", "Pg") if d["proto"] != "mysql" else ("mysql", "MySql")), "", "#[tokio::main]",
         "async fn main() -> Result<()> {", "    tracing_subscriber::fmt::init();"] + body + ['    tracing::info!("ready");', "    Ok(())", "}"]
    return out(r.choice(["src/main.rs", "src/bin/migrate.rs"]), "rust", d["provider"], d["kind"], "\n".join(L))


# ---------------------------------------------------------------------------
# MongoDB / Redis / brokers
# ---------------------------------------------------------------------------
@tpl
def t_mongo_node(r, sec):
    sec.flavor = "js"
    d = U(r, "mongodb", sec)
    q = r.choice(["'", '"', "`"])
    L = ["const mongoose = require('mongoose');", "const logger = require('./logger');", "", "const uri = %s;" % sec.pick(q + d["url"] + q, "process.env.MONGODB_URI"), "",
         "async function connect() {", "  await mongoose.connect(uri, { serverSelectionTimeoutMS: %d });" % r.choice([5000, 10000]), "  logger.info('mongo connected');", "}", "",
         "module.exports = { connect };"]
    return out(r.choice(["src/config/db.js", "server/db.js", "lib/mongo.js"]), "javascript", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_mongo_py(r, sec):
    sec.flavor = "py"
    obvious = r.random() < 0.5
    if obvious:
        pw = sec.s(pw_any, name="MONGO_PASSWORD")
        call = 'MongoClient("%s", username="%s", password=%s, authSource="admin", tls=True)' % ("mongodb://%s:27017" % host(r, "mongo"), dbuser(r), sec.pick('"%s"' % pw, 'os.environ["MONGO_PASSWORD"]'))
        prov = "mongodb"
    else:
        d = U(r, "mongodb", sec)
        call = 'MongoClient(%s, serverSelectionTimeoutMS=5000)' % sec.pick('"%s"' % d["url"], 'os.environ["MONGODB_URI"]')
        prov = d["provider"]
    L = ["import os", "from pymongo import MongoClient", "", "client = %s" % call, 'db = client["%s"]' % dbname(r), "", "",
         "def recent_%s(limit=50):" % app(r), '    return list(db.%s.find().sort("created_at", -1).limit(limit))' % app(r)]
    return out(r.choice(["app/db.py", "%s/mongo.py" % app(r), "scripts/mongo_report.py"]), "python", prov, "mongodb_uri", "\n".join(L))


@tpl
def t_celery(r, sec):
    sec.flavor = "py"
    d = U(r, r.choice(["redis", "amqp", "amqp", "sentinel"]), sec)
    L = ["# celeryconfig.py", "broker_url = %s" % sec.pick('"%s"' % d["url"], 'os.environ["CELERY_BROKER_URL"]'), 'result_backend = "rpc://"', "task_serializer = \"json\"",
         "accept_content = [\"json\"]", "timezone = \"UTC\"", "worker_prefetch_multiplier = 1", "task_acks_late = True", "", "beat_schedule = {",
         '    "cleanup-%s": {"task": "%s.tasks.cleanup", "schedule": 3600.0},' % (app(r), app(r)), "}"]
    if "os.environ" in L[1]:
        L.insert(0, "import os")
    return out(r.choice(["celeryconfig.py", "%s/celeryconfig.py" % app(r)]), "python", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_sidekiq(r, sec):
    sec.flavor = "rb"
    d = U(r, "redis", sec)
    L = ["# frozen_string_literal: true", "", "redis_config = { url: %s, network_timeout: 5 }" % sec.pick('"%s"' % d["url"], 'ENV.fetch("REDIS_URL")'), "",
         "Sidekiq.configure_server do |config|", "  config.redis = redis_config", "  config.logger.level = Logger::INFO", "end", "", "Sidekiq.configure_client do |config|",
         "  config.redis = redis_config", "end"]
    return out("config/initializers/sidekiq.rb", "ruby", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_spring_broker(r, sec):
    sec.flavor = "props"
    obvious = r.random() < 0.5
    if obvious:
        pw = sec.s(pw_safe, name=r.choice(["RABBITMQ_PASSWORD", "REDIS_PASSWORD"]))
        kind = r.choice(["rabbitmq", "redis"])
        if kind == "rabbitmq":
            L = ["spring.rabbitmq.host=%s" % host(r, "rabbit"), "spring.rabbitmq.port=5671", "spring.rabbitmq.username=%s" % dbuser(r), "spring.rabbitmq.password=%s" % pw,
                 "spring.rabbitmq.ssl.enabled=true", "spring.rabbitmq.virtual-host=%s" % app(r)]
            prov, k = "rabbitmq", "amqp_url"
        else:
            L = ["spring.data.redis.host=%s" % host(r, "redis"), "spring.data.redis.port=6379", "spring.data.redis.password=%s" % pw, "spring.data.redis.ssl.enabled=true"]
            prov, k = "redis", "redis_url"
    else:
        d = U(r, r.choice(["amqp", "redis", "mongodb"]), sec)
        key = {"amqp": "spring.rabbitmq.addresses", "redis": "spring.data.redis.url", "mongodb": "spring.data.mongodb.uri"}[d["proto"]]
        L = ["%s=%s" % (key, d["url"])]
        prov, k = d["provider"], d["kind"]
    L = ["spring.application.name=%s" % app(r), "server.port=8080"] + L + ["spring.cache.type=%s" % r.choice(["redis", "caffeine"]), "logging.level.root=INFO"]
    return out(r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), "properties", prov, k, "\n".join(L))


@tpl
def t_zigbee2mqtt(r, sec):
    sec.flavor = "yaml"
    pw = sec.s(pw_any, name="MQTT_PASSWORD")
    pq = pw if (pw[:1].isalnum() and "#" not in pw) else "'%s'" % pw
    L = ["homeassistant: true", "permit_join: false", "mqtt:", "  base_topic: zigbee2mqtt", "  server: mqtt://%s:1883" % r.choice(["core-mosquitto", ip_private(r), "mqtt.lan"]),
         "  user: %s" % r.choice(["zigbee2mqtt", "z2m", "mqtt"]), "  password: %s" % pq, "serial:", "  port: %s" % r.choice(["/dev/ttyUSB0", "/dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus-if00-port0"]),
         "frontend:", "  port: 8080", "advanced:", "  log_level: info", "  channel: %d" % r.choice([11, 15, 20, 25]), "devices:",
         "  '0x%s':" % rs(r, 16, HEX), "    friendly_name: %s" % r.choice(["living_room_motion", "kitchen_plug", "hall_door"])]
    return out(r.choice(["zigbee2mqtt/configuration.yaml", "data/configuration.yaml"]), "yaml", "mosquitto", "mqtt_credentials", "\n".join(L))


@tpl
def t_esphome(r, sec):
    sec.flavor = "yaml"
    pw = sec.s(pw_any, name="MQTT_PASSWORD")
    pq = '"%s"' % pw
    name = r.choice(["garage-door", "greenhouse", "boiler-room", "porch-light"])
    L = ["esphome:", "  name: %s" % name, "", "esp32:", "  board: esp32dev", "", "wifi:", "  ssid: !secret wifi_ssid", "  password: !secret wifi_password", "",
         "logger:", "", "mqtt:", "  broker: %s" % r.choice([ip_private(r), "mqtt.home.arpa"]), "  username: %s" % name.replace("-", "_"), "  password: %s" % pq, "",
         "sensor:", "  - platform: dht", "    pin: GPIO%d" % r.choice([4, 5, 14]), "    temperature:", "      name: \"%s Temperature\"" % name.title(), "    update_interval: 60s"]
    return out("esphome/%s.yaml" % name, "yaml", "esphome", "mqtt_credentials", "\n".join(L))


@tpl
def t_mosquitto(r, sec):
    sec.flavor = "plain"
    pw = sec.s(pw_safe, name="BRIDGE_PASSWORD")
    L = ["# Bridge local broker to the cloud broker", "connection %s-bridge" % r.choice(["cloud", "hq", "site2"]), "address %s:8883" % r.choice(["mqtt.%s.io" % org(r).replace("-", ""), host(r, "mqtt")]),
         "bridge_protocol_version mqttv311", "bridge_cafile /etc/mosquitto/certs/ca.crt", "remote_clientid %s-%d" % (r.choice(["gw", "site"]), r.randint(1, 99)),
         "remote_username %s" % r.choice(["bridge", "gw-" + str(r.randint(1, 99))]), "remote_password %s" % pw, "topic sensors/# out 1", "topic cmd/# in 1", "cleansession false"]
    return out(r.choice(["mosquitto/conf.d/bridge.conf", "etc/mosquitto/conf.d/cloud-bridge.conf"]), "mosquitto-conf", "mosquitto", "mqtt_credentials", "\n".join(L))


@tpl
def t_paho(r, sec):
    sec.flavor = "py"
    pw = sec.s(pw_any, name="MQTT_PASSWORD")
    user = r.choice(["sensor-gw", "pi", "telemetry"])
    L = ["import json", "import time", "", "import paho.mqtt.client as mqtt", "", 'BROKER = "%s"' % host(r, "mqtt"), "PORT = %d" % r.choice([1883, 8883]), "",
         "client = mqtt.Client(client_id=\"%s-%d\")" % (user, r.randint(1, 99)), "client.username_pw_set(\"%s\", %s)" % (user, sec.pick('"%s"' % pw, 'os.environ["MQTT_PASSWORD"]')),
         "client.connect(BROKER, PORT, keepalive=60)", "client.loop_start()", "", "while True:", '    payload = {"t": time.time(), "temp": read_temp()}',
         '    client.publish("sensors/%s/temp", json.dumps(payload), qos=1)' % r.choice(["attic", "garage", "lab"]), "    time.sleep(30)"]
    if "os.environ" in L[9]:
        L.insert(0, "import os")
    return out(r.choice(["sensors/publisher.py", "pi/mqtt_pub.py"]), "python", "mosquitto", "mqtt_credentials", "\n".join(L))


# ---------------------------------------------------------------------------
# LDAP
# ---------------------------------------------------------------------------
def base_dn(r):
    o = org(r).replace("-", "")
    return r.choice(["dc=%s,dc=com" % o, "dc=%s,dc=local" % o, "dc=corp,dc=%s,dc=net" % o, "o=%s" % o])


@tpl
def t_ldap_grafana(r, sec):
    sec.flavor = "toml"
    pw = sec.s(pw_safe, name="LDAP_BIND_PASSWORD")
    bd = base_dn(r)
    L = ["[[servers]]", 'host = "%s"' % r.choice(["ldap.%s" % r.choice(TLDS), "dc01.%s" % r.choice(TLDS), ip_private(r)]), "port = %d" % r.choice([389, 636]),
         "use_ssl = %s" % r.choice(["true", "false"]), "start_tls = false", "ssl_skip_verify = false", 'bind_dn = "cn=%s,ou=service,%s"' % (r.choice(["grafana", "svc_grafana", "readonly"]), bd),
         'bind_password = "%s"' % pw, 'search_filter = "(sAMAccountName=%s)"', 'search_base_dns = ["%s"]' % bd, "", "[servers.attributes]", 'name = "givenName"', 'surname = "sn"',
         'username = "sAMAccountName"', 'member_of = "memberOf"', 'email = "mail"', "", "[[servers.group_mappings]]", 'group_dn = "cn=grafana-admins,ou=groups,%s"' % bd, 'org_role = "Admin"']
    return out(r.choice(["grafana/ldap.toml", "etc/grafana/ldap.toml", "monitoring/grafana/ldap.toml"]), "toml", "ldap", "ldap_bind", "\n".join(L))


@tpl
def t_sssd(r, sec):
    sec.flavor = "plain"
    pw = sec.s(pw_safe, name="LDAP_AUTHTOK")
    bd = base_dn(r)
    dom = r.choice(["corp", "example", org(r).replace("-", "")])
    L = ["[sssd]", "services = nss, pam, ssh", "config_file_version = 2", "domains = %s" % dom, "", "[domain/%s]" % dom, "id_provider = ldap", "auth_provider = ldap",
         "ldap_uri = ldaps://%s" % r.choice(["ldap.%s" % r.choice(TLDS), "idm.%s" % r.choice(TLDS)]), "ldap_search_base = %s" % bd,
         "ldap_default_bind_dn = uid=%s,cn=sysaccounts,%s" % (r.choice(["sssd", "binduser"]), bd), "ldap_default_authtok_type = password", "ldap_default_authtok = %s" % pw,
         "ldap_tls_reqcert = demand", "cache_credentials = true", "enumerate = false"]
    return out(r.choice(["etc/sssd/sssd.conf", "roles/sssd/files/sssd.conf"]), "ini", "ldap", "ldap_bind", "\n".join(L))


@tpl
def t_ldap_py(r, sec):
    sec.flavor = "py"
    pw = sec.s(pw_any, name="LDAP_PASSWORD")
    bd = base_dn(r)
    dn = "cn=%s,ou=%s,%s" % (r.choice(["svc-sync", "ldapsync", "hr-import"]), r.choice(["service", "apps", "Service Accounts"]), bd)
    L = ["from ldap3 import ALL, SUBTREE, Connection, Server", "", 'server = Server("ldaps://%s:636", get_info=ALL)' % r.choice(["dc01." + r.choice(TLDS), "ldap." + r.choice(TLDS)]),
         'conn = Connection(server, "%s", %s, auto_bind=True)' % (dn, sec.pick('"%s"' % pw, 'os.environ["LDAP_BIND_PW"]')), "", "",
         "def active_users():", '    conn.search("%s", "(&(objectClass=person)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))",' % bd,
         '                search_scope=SUBTREE, attributes=["mail", "sAMAccountName"])', "    return [e.mail.value for e in conn.entries]"]
    if "os.environ" in L[3]:
        L.insert(0, "import os")
    return out(r.choice(["scripts/sync_users.py", "tools/ldap_export.py"]), "python", "ldap", "ldap_bind", "\n".join(L))


@tpl
def t_gitlab_rb(r, sec):
    sec.flavor = "rb"
    pw = sec.s(pw_safe, name="LDAP_PASSWORD")
    bd = base_dn(r)
    L = ["external_url 'https://gitlab.%s.com'" % org(r).replace("-", ""), "gitlab_rails['time_zone'] = 'UTC'", "gitlab_rails['ldap_enabled'] = true",
         "gitlab_rails['ldap_servers'] = {", "  'main' => {", "    'label' => 'Corporate LDAP',", "    'host' => '%s'," % ("ldap." + r.choice(TLDS)), "    'port' => 636,",
         "    'uid' => 'sAMAccountName',", "    'encryption' => 'simple_tls',", "    'bind_dn' => 'CN=svc-gitlab,OU=Service Accounts,%s'," % bd.upper().replace("DC=", "DC="),
         "    'password' => '%s'," % pw, "    'active_directory' => true,", "    'base' => '%s'" % bd, "  }", "}"]
    return out(r.choice(["gitlab.rb", "etc/gitlab/gitlab.rb", "omnibus/gitlab.rb"]), "ruby", "ldap", "ldap_bind", "\n".join(L))


# ---------------------------------------------------------------------------
# SMB / CIFS
# ---------------------------------------------------------------------------
@tpl
def t_fstab(r, sec):
    sec.flavor = "fstab"
    pw = sec.s(lambda q: pw_any(q, True), name="SMB_PASSWORD")
    nas = r.choice(["nas", "fileserver", "diskstation", ip_private(r), "truenas.lan"])
    L = ["# /etc/fstab: static file system information.", "#", "# <file system> <mount point>   <type>  <options>       <dump>  <pass>",
         "UUID=%s /               ext4    errors=remount-ro 0       1" % uuid4(r), "UUID=%s-%s  /boot/efi       vfat    umask=0077      0       1" % (rs(r, 4, UPPER + DIGITS), rs(r, 4, UPPER + DIGITS)),
         "/swapfile                                 none            swap    sw              0       0",
         "%s:/volume1/backup /mnt/backup nfs4 rw,hard,noatime,_netdev 0 0" % nas if r.random() < 0.6 else "",
         "//%s/%s /mnt/%s cifs %s,uid=1000,gid=1000,iocharset=utf8,vers=3.0,_netdev 0 0" % (nas, r.choice(["media", "share", "scans", "Public"]), r.choice(["media", "share", "scans"]),
                                                                                               r.choice(["username=%s,password=%s", "user=%s,pass=%s"]) % (r.choice(["media", r.choice(FIRST), "svc_backup"]), pw))]
    return out(r.choice(["etc/fstab", "host/etc/fstab", "roles/nas/files/fstab"]), "fstab", "cifs", "smb_credentials", "\n".join(x for x in L if x))


@tpl
def t_autofs(r, sec):
    sec.flavor = "fstab"
    pw = sec.s(lambda q: pw_any(q, True), name="SMB_PASSWORD")
    nas = r.choice(["nas", "fs01." + r.choice(TLDS), ip_private(r)])
    L = ["# autofs map for %s shares, referenced from /etc/auto.master" % nas, "# key   options   location",
         "%s  -fstype=cifs,rw,username=%s,password=%s,uid=1000,file_mode=0644,dir_mode=0755  ://%s/%s" % (r.choice(["media", "scans", "projects"]), r.choice(["svc_automount", r.choice(FIRST)]), pw, nas, r.choice(["media", "scans", "projects"])),
         "home  -fstype=nfs4,rw,soft  %s:/export/home" % nas, "%s  -fstype=nfs,ro  %s:/export/isos" % (r.choice(["isos", "images"]), nas)]
    return out(r.choice(["etc/auto.nas", "etc/auto.smb.shares", "autofs/auto.cifs"]), "autofs-map", "cifs", "smb_credentials", "\n".join(L))


@tpl
def t_smbcreds(r, sec):
    sec.flavor = "plain"
    pw = sec.s(lambda q: pw_any(q, True), name="SMB_PASSWORD")
    if r.random() < 0.5:
        L = ["username=%s" % r.choice(["backup", "svc_scan", r.choice(FIRST)]), "password=%s" % pw, "domain=%s" % r.choice(["WORKGROUP", "CORP", org(r).upper().replace("-", "")])]
        return out(r.choice([".smbcredentials", "etc/samba/creds/backup.cred", "deploy/cifs-credentials"]), "credentials-file", "cifs", "smb_credentials", "\n".join(L))
    L = ["#!/bin/sh", "# nightly copy of scanner output", "set -e", "DEST=/srv/archive/scans/$(date +%Y/%m)", "mkdir -p \"$DEST\"",
         "smbclient //%s/%s -U '%s%%%s' -c 'prompt OFF; recurse ON; lcd %s; mget *'" % (r.choice(["scanner01", "mfp-2f", ip_private(r)]), r.choice(["scans", "SCAN"]), r.choice(["scanuser", "CORP\\svc_scan"]), pw, "$DEST"),
         "find \"$DEST\" -type f -mtime +365 -delete"]
    return out(r.choice(["scripts/pull_scans.sh", "cron/scan-archive.sh"]), "shell", "samba", "smb_credentials", "\n".join(L))


@tpl
def t_kodi_sources(r, sec):
    sec.flavor = "xml"
    d = U(r, "smb", sec)
    L = ["<sources>", "    <programs>", "        <default pathversion=\"1\"></default>", "    </programs>", "    <video>", '        <default pathversion="1"></default>', "        <source>",
         "            <name>%s</name>" % r.choice(["Movies", "TV Shows", "Home Videos"]), '            <path pathversion="1">%s</path>' % d["url"], "            <allowsharing>true</allowsharing>",
         "        </source>", "    </video>", "    <music>", '        <default pathversion="1"></default>', "    </music>", "</sources>"]
    return out(r.choice(["kodi/userdata/sources.xml", ".kodi/userdata/sources.xml"]), "xml", d["provider"], d["kind"], "\n".join(L))


# ---------------------------------------------------------------------------
# FTP / SFTP
# ---------------------------------------------------------------------------
@tpl
def t_netrc(r, sec):
    sec.flavor = "plain"
    pw = sec.s(pw_safe, name="FTP_PASSWORD")
    one = ["machine %s" % r.choice(["ftp.%s.com" % org(r).replace("-", ""), host(r, "ftp"), "upload.%s" % r.choice(TLDS)]), "  login %s" % r.choice(["deploy", "upload", r.choice(FIRST)]), "  password %s" % pw]
    if r.random() < 0.5:
        one = [" ".join(x.strip() for x in one)]
    L = (["# used by curl --netrc and ftp(1) in the release job"] + one) if r.random() < 0.4 else one
    return out(r.choice([".netrc", "ci/netrc", "deploy/.netrc"]), "netrc", "ftp", "ftp_credentials", "\n".join(L))


@tpl
def t_lftp(r, sec):
    sec.flavor = "shell"
    k = r.random()
    h = host(r, "ftp")
    if k < 0.5:
        pw = sec.s(pw_safe, name="FTP_PASSWORD")
        cmd = "lftp -u %s,%s %s://%s -e \"mirror -R --delete --verbose ./dist %s; quit\"" % (r.choice(["deploy", "web"]), pw, r.choice(["sftp", "ftp", "ftps"]), h, r.choice(["/var/www/html", "/public_html"]))
        prov = "lftp"
    else:
        d = U(r, "ftp", sec)
        cmd = "curl --ftp-create-dirs -T \"$ARCHIVE\" \"%s\"" % d["url"]
        prov = d["provider"]
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "", "npm run build", "ARCHIVE=release-$(git rev-parse --short HEAD).tar.gz", "tar -czf \"$ARCHIVE\" dist/", cmd, "echo \"uploaded $ARCHIVE\""]
    return out(r.choice(["deploy/upload.sh", "scripts/publish.sh", "bin/deploy"]), "shell", prov, "ftp_credentials", "\n".join(L))


@tpl
def t_sftp_json(r, sec):
    sec.flavor = "json"
    pw = sec.s(pw_any, name="SFTP_PASSWORD")
    proto = r.choice(["sftp", "sftp", "ftp"])
    cfg = {"name": "%s-prod" % app(r), "host": host(r, "web"), "protocol": proto, "port": r.choice([22, 2222]) if proto == "sftp" else 21, "username": r.choice(["deploy", "www-data", "ubuntu"]),
           "password": pw, "remotePath": "/var/www/%s" % app(r), "uploadOnSave": r.random() < 0.5, "ignore": [".vscode", ".git", "node_modules"]}
    if r.random() < 0.5:
        return out(".vscode/sftp.json", "json", "sftp", "ftp_credentials", json.dumps(cfg, indent=4))
    cfg2 = {"type": cfg["protocol"], "host": cfg["host"], "user": cfg["username"], "password": pw, "port": str(cfg["port"]), "remote_path": cfg["remotePath"], "upload_on_save": True}
    return out("sftp-config.json", "json", "sftp", "ftp_credentials", json.dumps(cfg2, indent=4))


@tpl
def t_filezilla(r, sec):
    sec.flavor = "xml"
    enc = lambda s: base64.b64encode(s.encode()).decode()
    pw = sec.s(pw_any, enc=enc, name="FTP_PASSWORD")
    if not sec.pos:
        pw = r.choice(["", "", "********"])
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<FileZilla3 version="3.%d.%d" platform="windows">' % (r.randint(60, 67), r.randint(0, 3)), "  <Servers>", "    <Server>",
         "      <Host>%s</Host>" % host(r, "ftp"), "      <Port>%d</Port>" % r.choice([21, 22]), "      <Protocol>%d</Protocol>" % r.choice([0, 1]), "      <Type>0</Type>",
         "      <User>%s</User>" % r.choice(["deploy", "web", r.choice(FIRST)]), ('      <Pass encoding="base64">%s</Pass>' % pw) if pw else "", "      <Logontype>%d</Logontype>" % (1 if pw else 2),
         "      <PasvMode>MODE_DEFAULT</PasvMode>", "      <Name>%s production</Name>" % app(r), "      <RemoteDir>1 0 3 var 3 www 4 html</RemoteDir>", "    </Server>", "  </Servers>", "</FileZilla3>"]
    L = [x for x in L if x]
    return out(r.choice(["tools/filezilla/sitemanager.xml", "docs/sitemanager.xml"]), "xml", "filezilla", "ftp_credentials", "\n".join(L))


@tpl
def t_gha_ftp(r, sec):
    sec.flavor = "gha"
    pw = sec.s(pw_any, name="FTP_PASSWORD")
    pq = '"%s"' % pw if pw and not pw.startswith("${{") else pw
    L = ["name: Deploy website", "on:", "  push:", "    branches: [ main ]", "jobs:", "  web-deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
         "      - run: npm ci && npm run build", "      - name: Sync files", "        uses: SamKirkland/FTP-Deploy-Action@v4.3.5", "        with:",
         "          server: %s" % ("ftp.%s.com" % org(r).replace("-", "")), "          username: %s" % r.choice(["deploy@%s.com" % org(r).replace("-", ""), "webdeploy"]),
         "          password: %s" % (pq if pq else '""'), "          local-dir: ./dist/", "          server-dir: %s" % r.choice(["/public_html/", "/htdocs/"])]
    return out(".github/workflows/deploy.yml", "github-actions", "ftp", "ftp_credentials", "\n".join(L))


# ---------------------------------------------------------------------------
# RTSP cameras
# ---------------------------------------------------------------------------
CAMS = ["front_door", "driveway", "backyard", "garage", "porch", "side_gate", "doorbell", "parking", "lobby", "loading_dock"]


@tpl
def t_go2rtc(r, sec):
    sec.flavor = "yaml"
    url, prov = rtsp_url(r, sec)
    cam = r.choice(CAMS)
    others = [c for c in CAMS if c != cam][:r.randint(0, 2)]
    L = ["api:", '  listen: ":1984"', "rtsp:", '  listen: ":8554"', "", "streams:"]
    L.append("  %s:" % cam)
    L.append("    - %s" % (url if r.random() < 0.6 else "ffmpeg:%s#video=copy#audio=opus" % url))
    for o in others:
        L.append("  %s: rtsp://%s:8554/%s" % (o, "127.0.0.1", o))
    L += ["", "webrtc:", "  candidates:", "    - %s:8555" % ip_private(r), "    - stun:8555"]
    return out(r.choice(["go2rtc.yaml", "config/go2rtc.yaml", "homeassistant/go2rtc.yaml"]), "yaml", prov, "rtsp_url", "\n".join(L))


@tpl
def t_frigate(r, sec):
    sec.flavor = "frigate"
    url, prov = rtsp_url(r, sec)
    cam = r.choice(CAMS)
    L = ["mqtt:", "  enabled: %s" % r.choice(["true", "false"]), "  host: %s" % r.choice(["core-mosquitto", "mqtt.lan"]), "  user: '{FRIGATE_MQTT_USER}'", "  password: '{FRIGATE_MQTT_PASSWORD}'", "",
         "detectors:", "  coral:", "    type: edgetpu", "    device: usb", "", "cameras:", "  %s:" % cam, "    ffmpeg:", "      inputs:", "        - path: %s" % url,
         "          roles:", "            - detect", "            - record", "    detect:", "      width: 1280", "      height: 720", "      fps: 5",
         "    objects:", "      track: [person, car%s]" % r.choice(["", ", dog"]), "record:", "  enabled: true", "  retain:", "    days: %d" % r.choice([3, 7, 14])]
    return out(r.choice(["frigate/config.yml", "config/frigate.yml", "frigate.yaml"]), "yaml", prov, "rtsp_url", "\n".join(L))


@tpl
def t_hass_camera(r, sec):
    sec.flavor = "yaml"
    url, prov = rtsp_url(r, sec)
    cam = r.choice(CAMS)
    L = ["homeassistant:", "  name: Home", "  unit_system: metric", "  time_zone: %s" % r.choice(["Europe/Berlin", "America/Chicago", "Europe/London"]), "",
         "default_config:", "", "http:", "  use_x_forwarded_for: true", "  trusted_proxies:", "    - 172.30.33.0/24", "", "camera:", "  - platform: generic",
         "    name: %s" % cam.replace("_", " ").title(), "    stream_source: %s" % url, "    still_image_url: http://%s/ISAPI/Streaming/channels/101/picture" % ip_private(r),
         "    verify_ssl: false", "", "automation: !include automations.yaml", "script: !include scripts.yaml"]
    return out(r.choice(["homeassistant/configuration.yaml", "config/configuration.yaml"]), "yaml", prov, "rtsp_url", "\n".join(L))


@tpl
def t_ffmpeg_vlc(r, sec):
    sec.flavor = "shell"
    url, prov = rtsp_url(r, sec)
    cam = r.choice(CAMS)
    if r.random() < 0.6:
        cmd = ["ffmpeg -hide_banner -loglevel warning \\", "  -rtsp_transport tcp -i \"%s\" \\" % url, "  -c:v copy -an -f segment -segment_time 600 -reset_timestamps 1 \\",
               "  -strftime 1 \"/srv/recordings/%s/%%Y-%%m-%%d_%%H-%%M-%%S.mkv\"" % cam]
    else:
        cmd = ["cvlc \"%s\" --sout '#transcode{vcodec=mjpg,vb=2500,scale=0.5}:std{access=http,mux=mpjpeg,dst=:8081/%s.mjpg}' --loop" % (url, cam)]
    L = ["#!/bin/bash", "# continuous recorder for the %s camera" % cam.replace("_", " "), "mkdir -p /srv/recordings/%s" % cam, "while true; do"] + ["  " + c for c in cmd] + ["  sleep 5", "done"]
    return out(r.choice(["scripts/record_%s.sh" % cam, "nvr/record.sh", "bin/cam-%s.sh" % cam.replace("_", "-")]), "shell", prov, "rtsp_url", "\n".join(L))


@tpl
def t_opencv(r, sec):
    sec.flavor = "py"
    url, prov = rtsp_url(r, sec)
    L = ["import cv2", "", "from detector import PersonDetector", "", "STREAM = %s" % sec.pick('"%s"' % url, 'os.environ["CAMERA_URL"]'), "", "",
         "def main():", "    cap = cv2.VideoCapture(STREAM, cv2.CAP_FFMPEG)", "    det = PersonDetector(threshold=%.2f)" % r.uniform(0.4, 0.8), "    while cap.isOpened():",
         "        ok, frame = cap.read()", "        if not ok:", "            break", "        for box in det(frame):", "            cv2.rectangle(frame, box[:2], box[2:], (0, 255, 0), 2)",
         "    cap.release()", "", "", 'if __name__ == "__main__":', "    main()"]
    if "os.environ" in L[4]:
        L.insert(0, "import os")
    return out(r.choice(["vision/capture.py", "src/watch_%s.py" % r.choice(CAMS)]), "python", prov, "rtsp_url", "\n".join(L))


# ---------------------------------------------------------------------------
# SIP, WebDAV/CalDAV
# ---------------------------------------------------------------------------
@tpl
def t_baresip(r, sec):
    sec.flavor = "plain"
    pw = sec.s(pw_safe, name="SIP_PASSWORD")
    ext = r.randint(100, 999)
    h = r.choice(["pbx." + r.choice(TLDS), "sip.%s.de" % org(r).replace("-", ""), ip_private(r)])
    L = ["#", "# SIP accounts - one account per line", "#", "# Displayname <sip:user@domain;uri-params>;addr-params", "#",
         "<sip:%d@%s;transport=%s>;auth_pass=%s;answermode=manual;regint=%d" % (ext, h, r.choice(["udp", "tcp", "tls"]), pw, r.choice([300, 600, 3600])),
         "#<sip:%d@%s>;regint=0" % (ext + 1, h)]
    return out(r.choice([".baresip/accounts", "config/baresip/accounts"]), "baresip-accounts", "sip", "sip_credentials", "\n".join(L))


@tpl
def t_pjsip(r, sec):
    sec.flavor = "plain"
    pw = sec.s(pw_safe, name="TRUNK_PASSWORD")
    prov = r.choice(["sipgate", "voipms", "twilio-sip", "telnyx"])
    L = ["; trunk to %s" % prov, "[%s-reg]" % prov, "type=registration", "outbound_auth=%s-auth" % prov, "server_uri=sip:%s" % r.choice(["sipconnect.sipgate.de", "chicago.voip.ms", "sip.telnyx.com"]),
         "client_uri=sip:%d@%s" % (r.randint(1000000, 9999999), r.choice(["sipconnect.sipgate.de", "chicago.voip.ms", "sip.telnyx.com"])), "retry_interval=60", "",
         "[%s-auth]" % prov, "type=auth", "auth_type=userpass", "username=%d" % r.randint(1000000, 9999999), "password=%s" % pw, "", "[%s-endpoint]" % prov, "type=endpoint",
         "context=from-trunk", "disallow=all", "allow=alaw,ulaw", "outbound_auth=%s-auth" % prov, "aors=%s-aor" % prov]
    return out(r.choice(["asterisk/pjsip.conf", "etc/asterisk/pjsip_trunks.conf"]), "asterisk-conf", prov, "sip_credentials", "\n".join(L))


@tpl
def t_jssip(r, sec):
    sec.flavor = "js"
    if r.random() < 0.5:
        d = U(r, "sip", sec)
        L = ["// softphone bootstrap", "import JsSIP from 'jssip';", "", "const socket = new JsSIP.WebSocketInterface('wss://%s:8089/ws');" % host(r, "pbx"),
             "const ua = new JsSIP.UA({", "  sockets: [socket],", "  uri: '%s'," % d["url"], "  register: true,", "});", "ua.start();"]
        prov = d["provider"]
        kind = "sip_uri"
    else:
        pw = sec.s(pw_any, name="SIP_PASSWORD")
        ext = r.randint(100, 999)
        h = host(r, "pbx")
        L = ["import JsSIP from 'jssip';", "", "const socket = new JsSIP.WebSocketInterface('wss://%s:8089/ws');" % h, "", "export const ua = new JsSIP.UA({", "  sockets: [socket],",
             "  uri: 'sip:%d@%s'," % (ext, h), "  password: %s," % sec.pick("'%s'" % pw, "import.meta.env.VITE_SIP_PASSWORD"), "  display_name: 'Reception',", "  session_timers: false,", "});"]
        prov = "asterisk"
        kind = "sip_credentials"
    return out(r.choice(["src/phone/sip.js", "src/softphone.ts"]), "javascript", prov, kind, "\n".join(L))


@tpl
def t_vdirsyncer(r, sec):
    sec.flavor = "plain"
    pw = sec.s(nextcloud_app_pw if r.random() < 0.6 else pw_any, name="DAV_PASSWORD")
    u = r.choice(FIRST)
    h = "cloud.%s.%s" % (org(r).replace("-", ""), r.choice(["de", "org", "net"]))
    L = ["[general]", 'status_path = "~/.vdirsyncer/status/"', "", "[pair calendars]", 'a = "cal_local"', 'b = "cal_remote"', 'collections = ["from a", "from b"]', "",
         "[storage cal_local]", 'type = "filesystem"', 'path = "~/.calendars/"', 'fileext = ".ics"', "", "[storage cal_remote]", 'type = "caldav"',
         'url = "https://%s/remote.php/dav/"' % h, 'username = "%s"' % u, 'password = "%s"' % pw]
    return out(r.choice([".config/vdirsyncer/config", "dotfiles/vdirsyncer/config"]), "vdirsyncer-ini", "nextcloud", "caldav_credentials", "\n".join(L))


@tpl
def t_davfs(r, sec):
    sec.flavor = "plain"
    pw = sec.s(nextcloud_app_pw if r.random() < 0.5 else pw_safe, name="DAV_PASSWORD")
    u = r.choice(FIRST)
    h = "cloud.%s.%s" % (org(r).replace("-", ""), r.choice(["de", "org"]))
    L = ["# davfs2 secrets file - chmod 600", "# mountpoint or url          username     password", "",
         "https://%s/remote.php/dav/files/%s/   %s   %s" % (h, u, u, pw)]
    if r.random() < 0.5:
        L[3] = "/mnt/%s   %s   %s" % (r.choice(["nextcloud", "webdav", "cloud"]), u, pw)
    return out(r.choice(["etc/davfs2/secrets", ".davfs2/secrets"]), "davfs2-secrets", "nextcloud", "webdav_credentials", "\n".join(L))


@tpl
def t_webdav_curl(r, sec):
    sec.flavor = "shell"
    d = U(r, "webdav", sec)
    L = ["#!/bin/sh", "# push the nightly export to the shared drive", "set -eu", "F=/var/backups/%s-$(date +%%F).tar.zst" % app(r), "tar --zstd -cf \"$F\" /srv/%s" % app(r),
         "curl -fsS -T \"$F\" \"%s\"" % d["url"].replace("davs://", "https://"), "rm -f \"$F\""]
    return out(r.choice(["backup/push_to_cloud.sh", "cron/webdav-upload.sh"]), "shell", d["provider"], d["kind"], "\n".join(L))


# ---------------------------------------------------------------------------
# Git remotes with tokens
# ---------------------------------------------------------------------------
@tpl
def t_gitmodules(r, sec):
    sec.flavor = "plain"
    url, prov = git_url(r, sec)
    L = ['[submodule "vendor/%s"]' % app(r), "\tpath = vendor/%s" % app(r), "\turl = %s" % url]
    if r.random() < 0.6:
        L += ['[submodule "docs/theme"]', "\tpath = docs/theme", "\turl = https://github.com/%s/docs-theme.git" % org(r)]
    return out(".gitmodules", "gitmodules", prov, "git_remote", "\n".join(L))


@tpl
def t_requirements(r, sec):
    sec.flavor = "plain"
    k = r.random()
    o = org(r)
    if k < 0.5:
        t = sec.s(tok_github, name="GITHUB_TOKEN")
        line = "%s @ git+https://%s@github.com/%s/%s.git@v%s" % (app(r) + "-client", t, o, app(r) + "-client", semver(r))
        prov = "github"
    else:
        t = sec.s(tok_gitlab, name="GITLAB_TOKEN")
        line = "git+https://oauth2:%s@gitlab.com/%s/%s.git@%s#egg=%s" % (t, o, app(r) + "-sdk", r.choice(["main", "v" + semver(r)]), app(r) + "_sdk")
        prov = "gitlab"
    pk = ["requests==2.31.0", "pydantic==2.%d.%d" % (r.randint(0, 7), r.randint(0, 4)), "SQLAlchemy==2.0.%d" % r.randint(10, 30), "boto3==1.34.%d" % r.randint(0, 90),
          "uvicorn[standard]==0.%d.0" % r.randint(23, 29), "fastapi==0.1%02d.0" % r.randint(0, 11), "tenacity==8.2.3", "structlog==24.1.0"]
    r.shuffle(pk)
    pk = pk[: r.randint(3, 8)]
    pk.insert(r.randint(0, len(pk)), line)
    return out(r.choice(["requirements.txt", "requirements/prod.txt"]), "requirements", prov, "git_remote", "\n".join(pk))


@tpl
def t_package_json(r, sec):
    sec.flavor = "json"
    url, prov = git_url(r, sec)
    deps = {"express": "^4.19.2", "pino": "^8.%d.0" % r.randint(10, 19), "zod": "^3.22.4"}
    deps["@%s/%s" % (org(r), app(r))] = "git+%s#v%s" % (url, semver(r))
    pkg = {"name": app(r) + "-api", "version": semver(r), "private": True, "scripts": {"start": "node dist/index.js", "build": "tsc -p .", "test": "vitest run"},
           "dependencies": dict(sorted(deps.items())), "devDependencies": {"typescript": "^5.4.5", "vitest": "^1.6.0"}}
    return out("package.json", "json", prov, "git_remote", json.dumps(pkg, indent=2))


@tpl
def t_git_ci_push(r, sec):
    sec.flavor = "shell"
    url, prov = git_url(r, sec)
    L = ["#!/usr/bin/env bash", "# bump chart version and push back to the config repo", "set -euo pipefail", "git config user.name \"release-bot\"",
         "git config user.email \"release-bot@users.noreply.github.com\"", "yq -i '.version = \"%s\"' charts/%s/Chart.yaml" % (semver(r), app(r)),
         "git commit -am \"chore: release %s\"" % semver(r), "git push %s HEAD:main" % url]
    if r.random() < 0.5:
        L[-1:] = ["git remote set-url origin %s" % url, "git push origin HEAD:main"]
    return out(r.choice(["scripts/release.sh", "ci/push-config.sh", ".ci/bump.sh"]), "shell", prov, "git_remote", "\n".join(L))


# ---------------------------------------------------------------------------
# Docker registries
# ---------------------------------------------------------------------------
REGISTRIES = ["https://index.docker.io/v1/", "ghcr.io", "registry.gitlab.com", "harbor.%s", "nexus.%s:8443", "%s.azurecr.io", "quay.io"]


def registry(r):
    x = r.choice(REGISTRIES)
    if "%s" in x:
        x = x % (r.choice(TLDS) if not x.endswith("azurecr.io") else app(r) + "acr")
    return x


@tpl
def t_docker_config(r, sec):
    sec.flavor = "json"
    reg = registry(r)
    user = r.choice(["ci-bot", "deploy", r.choice(FIRST), "robot$%s+ci" % app(r)])
    if reg == "https://index.docker.io/v1/" and r.random() < 0.6:
        pwgen = tok_dockerhub
    elif reg == "ghcr.io":
        pwgen = tok_github
    elif reg == "registry.gitlab.com":
        pwgen = tok_gitlab
    else:
        pwgen = pw_any
    enc = lambda p: base64.b64encode(("%s:%s" % (user, p)).encode()).decode()
    a = sec.s(pwgen, enc=enc, name="REGISTRY_AUTH")
    if not sec.pos:
        cfg = {"auths": {reg: ({"auth": a} if a else {})}}
    else:
        cfg = {"auths": {reg: {"auth": a}}}
    if r.random() < 0.5:
        cfg["HttpHeaders"] = {"User-Agent": "Docker-Client/24.0.7 (linux)"}
    return out(r.choice([".docker/config.json", "ci/docker/config.json", "deploy/docker-config.json"]), "json", "docker-registry", "docker_auth", json.dumps(cfg, indent=r.choice([1, 2, 4])))


@tpl
def t_docker_login(r, sec):
    sec.flavor = "shell"
    reg = registry(r).replace("https://index.docker.io/v1/", "docker.io")
    pwgen = tok_dockerhub if reg == "docker.io" else (tok_github if reg == "ghcr.io" else (tok_gitlab if reg == "registry.gitlab.com" else pw_safe))
    pw = sec.s(pwgen, name="REGISTRY_PASSWORD")
    user = r.choice(["ci-bot", "deploy", r.choice(FIRST)])
    login = r.choice(["docker login -u %s -p %s %s" % (user, pw, reg), "echo \"%s\" | docker login %s --username %s --password-stdin" % (pw, reg, user),
                      "docker login %s --username=%s --password=%s" % (reg, user, pw)])
    img = "%s/%s/%s" % (reg, org(r), app(r))
    L = ["#!/usr/bin/env bash", "set -euo pipefail", "TAG=$(git rev-parse --short HEAD)", login, "docker build -t %s:$TAG ." % img, "docker push %s:$TAG" % img, "docker logout %s" % reg]
    return out(r.choice(["scripts/ci/push.sh", "build/publish-image.sh", "Makefile.d/push.sh"]), "shell", "docker-registry", "docker_auth", "\n".join(L))


@tpl
def t_k8s_pullsecret(r, sec):
    sec.flavor = "yaml"
    reg = registry(r).replace("https://index.docker.io/v1/", "https://index.docker.io/v1/")
    pw = sec.s(pw_any, name="REGISTRY_PASSWORD")
    user = r.choice(["robot-pull", "k8s-puller", "deploy"])
    inner = '{"auths":{"%s":{"username":"%s","password":"%s"}}}' % (reg, user, pw)
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: regcred", "  namespace: %s" % app(r), "type: kubernetes.io/dockerconfigjson", "stringData:",
         "  .dockerconfigjson: '%s'" % inner]
    return out(r.choice(["k8s/regcred.yaml", "manifests/pull-secret.yaml"]), "kubernetes", "docker-registry", "docker_auth", "\n".join(L))


# ---------------------------------------------------------------------------
# Proxies
# ---------------------------------------------------------------------------
@tpl
def t_proxy_env(r, sec):
    sec.flavor = "shell"
    d = U(r, "proxy", sec)
    ex = r.random() < 0.6
    p = "export " if ex else ""
    L = ["# corporate proxy", "%shttp_proxy=%s" % (p, d["url"]), "%shttps_proxy=$http_proxy" % p, "%sno_proxy=localhost,127.0.0.1,.%s,169.254.169.254" % (p, r.choice(TLDS)),
         "%sHTTP_PROXY=$http_proxy" % p, "%sHTTPS_PROXY=$https_proxy" % p]
    return out(r.choice(["etc/environment", "etc/profile.d/proxy.sh", "dotfiles/.proxyrc", "provision/proxy.sh"]), "shell", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_apt_proxy(r, sec):
    sec.flavor = "plain"
    d = U(r, "proxy", sec)
    L = ['Acquire::http::Proxy "%s/";' % d["url"], 'Acquire::https::Proxy "%s/";' % d["url"], 'Acquire::http::Proxy::deb.%s "DIRECT";' % r.choice(TLDS)]
    return out(r.choice(["etc/apt/apt.conf.d/95proxy", "provision/files/apt-proxy.conf"]), "apt-conf", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_maven_settings(r, sec):
    sec.flavor = "xml"
    pw = sec.s(pw_safe, name="PROXY_PASSWORD")
    if r.random() < 0.5:
        block = ["  <proxies>", "    <proxy>", "      <id>corp</id>", "      <active>true</active>", "      <protocol>http</protocol>", "      <host>proxy.%s</host>" % r.choice(TLDS),
                 "      <port>%d</port>" % r.choice([3128, 8080]), "      <username>%s</username>" % r.choice(["svc-build", r.choice(FIRST)]), "      <password>%s</password>" % pw,
                 "      <nonProxyHosts>localhost|*.%s</nonProxyHosts>" % r.choice(TLDS), "    </proxy>", "  </proxies>"]
        prov, kind = "maven-proxy", "proxy_credentials"
    else:
        block = ["  <servers>", "    <server>", "      <id>%s-releases</id>" % org(r), "      <username>deployment</username>", "      <password>%s</password>" % pw, "    </server>", "  </servers>"]
        prov, kind = "nexus", "repository_credentials"
    L = ['<?xml version="1.0" encoding="UTF-8"?>', '<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0"', '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
         "  <localRepository>${user.home}/.m2/repository</localRepository>"] + block + ["  <mirrors>", "    <mirror>", "      <id>central-mirror</id>",
         "      <url>https://nexus.%s/repository/maven-public/</url>" % r.choice(TLDS), "      <mirrorOf>central</mirrorOf>", "    </mirror>", "  </mirrors>", "</settings>"]
    return out(r.choice([".m2/settings.xml", "ci/maven-settings.xml", "settings.xml"]), "xml", prov, kind, "\n".join(L))


@tpl
def t_gradle_props(r, sec):
    sec.flavor = "props"
    pw = sec.s(pw_safe, name="PROXY_PASSWORD")
    h = "proxy." + r.choice(TLDS)
    L = ["org.gradle.jvmargs=-Xmx2g -Dfile.encoding=UTF-8", "org.gradle.parallel=true", "org.gradle.caching=true", "", "systemProp.https.proxyHost=%s" % h,
         "systemProp.https.proxyPort=%d" % r.choice([3128, 8080]), "systemProp.https.proxyUser=%s" % r.choice(["svc-build", r.choice(FIRST)]), "systemProp.https.proxyPassword=%s" % pw,
         "systemProp.https.nonProxyHosts=localhost|*.%s" % r.choice(TLDS), "", "kotlin.code.style=official"]
    return out("gradle.properties", "properties", "gradle-proxy", "proxy_credentials", "\n".join(L))


@tpl
def t_npmrc_pip(r, sec):
    sec.flavor = "ini"
    if r.random() < 0.5:
        d = U(r, "proxy", sec)
        L = ["registry=https://registry.npmjs.org/", "proxy=%s/" % d["url"], "https-proxy=%s/" % d["url"], "strict-ssl=true", "fund=false"]
        return out(r.choice([".npmrc", "frontend/.npmrc"]), "npmrc", d["provider"], d["kind"], "\n".join(L))
    pw = sec.s(pw_any, enc=urlenc, name="NEXUS_PASSWORD")
    L = ["[global]", "index-url = https://%s:%s@nexus.%s/repository/pypi-group/simple" % (r.choice(["ci", "pypi-reader", r.choice(FIRST)]), pw, r.choice(TLDS)), "timeout = 60",
         "trusted-host = nexus.%s" % r.choice(TLDS), "", "[install]", "no-cache-dir = false"]
    return out(r.choice(["pip.conf", "etc/pip.conf", ".config/pip/pip.conf"]), "pip-conf", "nexus", "repository_url", "\n".join(L))


# ---------------------------------------------------------------------------
# Elasticsearch / OpenSearch, InfluxDB, Cassandra, Neo4j
# ---------------------------------------------------------------------------
@tpl
def t_kibana(r, sec):
    sec.flavor = "yaml"
    pw = sec.s(elastic_pw if r.random() < 0.5 else pw_safe, name="KIBANA_PASSWORD")
    L = ['server.host: "0.0.0.0"', "server.publicBaseUrl: https://kibana.%s.com" % org(r).replace("-", ""), 'elasticsearch.hosts: ["https://%s:9200"]' % host(r, "es"),
         "elasticsearch.username: %s" % r.choice(["kibana_system", "kibana"]), 'elasticsearch.password: "%s"' % pw, "elasticsearch.ssl.certificateAuthorities: [ /etc/kibana/certs/ca.crt ]",
         "logging.root.level: info", "xpack.reporting.roles.enabled: false"]
    return out(r.choice(["kibana/config/kibana.yml", "config/kibana.yml"]), "yaml", "elasticsearch", "elasticsearch_credentials", "\n".join(L))


@tpl
def t_logstash(r, sec):
    sec.flavor = "plain"
    obvious = r.random() < 0.5
    if obvious:
        pw = sec.s(pw_safe, name="LOGSTASH_PW")
        es = ['    hosts => ["https://%s:9200"]' % host(r, "es"), '    user => "%s"' % r.choice(["logstash_writer", "logstash_internal"]), '    password => "%s"' % pw]
        prov = "elasticsearch"
    else:
        d = U(r, "elastic", sec)
        es = ['    hosts => ["%s"]' % d["url"]]
        prov = d["provider"]
    L = ["input {", "  beats {", "    port => 5044", "  }", "}", "", "filter {", "  if [fields][app] == \"%s\" {" % app(r), "    json { source => \"message\" }", "  }", "}", "",
         "output {", "  elasticsearch {"] + es + ['    index => "%s-%%{+YYYY.MM.dd}"' % app(r), "    ssl_certificate_verification => true", "  }", "}"]
    return out(r.choice(["logstash/pipeline/logstash.conf", "pipeline/output.conf"]), "logstash-conf", prov, "elasticsearch_credentials", "\n".join(L))


@tpl
def t_filebeat(r, sec):
    sec.flavor = "yaml"
    d = U(r, "elastic", sec)
    L = ["filebeat.inputs:", "  - type: filestream", "    id: %s-logs" % app(r), "    paths:", "      - /var/log/%s/*.log" % app(r), "", "processors:", "  - add_host_metadata: ~", "",
         "output.elasticsearch:", '  hosts: ["%s"]' % d["url"], '  index: "%s-%%{+yyyy.MM.dd}"' % app(r), "", 'setup.template.name: "%s"' % app(r), 'setup.template.pattern: "%s-*"' % app(r)]
    return out(r.choice(["filebeat.yml", "deploy/filebeat/filebeat.yml"]), "yaml", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_es_client(r, sec):
    sec.flavor = "py"
    if r.random() < 0.5:
        pw = sec.s(elastic_pw, name="ELASTIC_PASSWORD")
        call = 'Elasticsearch("https://%s:9200", basic_auth=("elastic", %s), ca_certs="certs/ca.crt")' % (host(r, "es"), sec.pick('"%s"' % pw, 'os.environ["ELASTIC_PASSWORD"]'))
        prov = "elasticsearch"
    else:
        d = U(r, "elastic", sec)
        call = 'Elasticsearch(%s, request_timeout=30)' % sec.pick('"%s"' % d["url"], 'os.environ["ES_URL"]')
        prov = d["provider"]
    L = ["import os", "", "from elasticsearch import Elasticsearch, helpers", "", "es = %s" % call, 'INDEX = "%s-v%d"' % (app(r), r.randint(1, 5)), "", "",
         "def reindex(docs):", "    actions = ({\"_index\": INDEX, \"_id\": d[\"id\"], \"_source\": d} for d in docs)", "    return helpers.bulk(es, actions, chunk_size=500)"]
    return out(r.choice(["search/client.py", "%s/search.py" % app(r)]), "python", prov, "elasticsearch_credentials", "\n".join(L))


@tpl
def t_telegraf(r, sec):
    sec.flavor = "toml"
    if r.random() < 0.6:
        tok = sec.s(tok_influx, name="INFLUX_TOKEN")
        out_ = ["[[outputs.influxdb_v2]]", '  urls = ["%s"]' % r.choice(["http://%s:8086" % host(r, "influx"), "https://%s.aws.cloud2.influxdata.com" % r.choice(REGIONS)]),
                '  token = "%s"' % tok, '  organization = "%s"' % org(r), '  bucket = "%s"' % r.choice(["telegraf", "metrics", "iot"])]
        prov, kind = "influxdb", "influxdb_token"
    else:
        d = U(r, "influx1", sec)
        out_ = ["[[outputs.influxdb]]", '  urls = ["%s"]' % d["url"].rsplit("/", 1)[0], '  database = "telegraf"', '  retention_policy = ""']
        prov, kind = d["provider"], d["kind"]
    L = ["[agent]", '  interval = "10s"', "  round_interval = true", '  flush_interval = "10s"', '  hostname = ""', ""] + out_ + ["", "[[inputs.cpu]]", "  percpu = true",
         "  totalcpu = true", "[[inputs.mem]]", "[[inputs.disk]]", '  ignore_fs = ["tmpfs", "devtmpfs", "overlay"]']
    return out(r.choice(["telegraf/telegraf.conf", "etc/telegraf/telegraf.conf"]), "telegraf-toml", prov, kind, "\n".join(L))


@tpl
def t_grafana_ds(r, sec):
    sec.flavor = "yaml"
    kindsel = r.random()
    if kindsel < 0.5:
        tok = sec.s(tok_influx, name="INFLUX_TOKEN")
        ds = ["  - name: InfluxDB", "    type: influxdb", "    access: proxy", "    url: http://%s:8086" % host(r, "influx"), "    jsonData:", "      version: Flux",
              "      organization: %s" % org(r), "      defaultBucket: %s" % r.choice(["metrics", "telegraf"]), "    secureJsonData:", "      token: %s" % tok]
        prov, kind = "influxdb", "influxdb_token"
    else:
        pw = sec.s(pw_safe, name="GRAFANA_DS_PASSWORD")
        typ = r.choice(["postgres", "mysql", "influxdb"])
        ds = ["  - name: %s" % typ.capitalize(), "    type: %s" % ("grafana-postgresql-datasource" if typ == "postgres" else typ), "    url: %s:%d" % (host(r, "db"), {"postgres": 5432, "mysql": 3306, "influxdb": 8086}[typ]),
              "    user: %s" % r.choice(["grafana_ro", "grafana"]), "    database: %s" % dbname(r), "    secureJsonData:", "      password: \"%s\"" % pw]
        prov, kind = typ, "datasource_credentials"
    L = ["apiVersion: 1", "", "datasources:"] + ds + ["    editable: false"]
    return out(r.choice(["grafana/provisioning/datasources/datasources.yaml", "provisioning/datasources/%s.yml" % app(r)]), "yaml", prov, kind, "\n".join(L))


@tpl
def t_cassandra(r, sec):
    k = r.random()
    if k < 0.4:
        sec.flavor = "hocon"
        pw = sec.s(pw_safe, name="CASSANDRA_PASSWORD")
        L = ["datastax-java-driver {", "  basic.contact-points = [%s]" % ", ".join('"%s:9042"' % host(r, "cass") for _ in range(r.randint(1, 3))), "  basic.load-balancing-policy.local-datacenter = %s" % r.choice(["dc1", "datacenter1", "eu-west"]),
             "  basic.session-keyspace = %s" % app(r), "  advanced.auth-provider {", "    class = PlainTextAuthProvider", "    username = %s" % r.choice(["cassandra_app", app(r)]), '    password = "%s"' % pw,
             "  }", "  advanced.ssl-engine-factory { class = DefaultSslEngineFactory }", "}"]
        return out(r.choice(["src/main/resources/application.conf", "conf/cassandra-driver.conf"]), "hocon", "cassandra", "cassandra_credentials", "\n".join(L))
    if k < 0.7:
        sec.flavor = "plain"
        pw = sec.s(pw_safe, name="CQLSH_PASSWORD")
        L = ["[authentication]", "username = %s" % r.choice(["ops", "cassandra_admin"]), "password = %s" % pw, "", "[connection]", "hostname = %s" % host(r, "cass"), "port = 9042",
             "factory = cqlshlib.ssl.ssl_transport_factory", "", "[ssl]", "certfile = ~/.cassandra/ca.pem", "validate = true"]
        return out(r.choice([".cassandra/cqlshrc", "ops/cqlshrc"]), "cqlshrc", "cassandra", "cassandra_credentials", "\n".join(L))
    sec.flavor = "shell"
    pw = sec.s(pw_safe, name="CASSANDRA_PASSWORD")
    L = ["#!/usr/bin/env bash", "set -e", "for f in schema/*.cql; do", "  echo \"applying $f\"",
         "  cqlsh %s 9042 -u %s -p '%s' --ssl -f \"$f\"" % (host(r, "cass"), r.choice(["cassandra_admin", "migrator"]), pw), "done"]
    return out(r.choice(["scripts/cql_migrate.sh", "db/apply-schema.sh"]), "shell", "cassandra", "cassandra_credentials", "\n".join(L))


@tpl
def t_neo4j(r, sec):
    k = r.random()
    if k < 0.4:
        sec.flavor = "compose"
        pw = sec.s(pw_safe, name="NEO4J_PASSWORD")
        auth = "neo4j/%s" % pw
        L = ["services:", "  neo4j:", "    image: neo4j:5.%d" % r.randint(12, 20), "    ports:", '      - "7474:7474"', '      - "7687:7687"', "    environment:",
             "      - NEO4J_AUTH=%s" % auth, "      - NEO4J_PLUGINS=[\"apoc\"]", "      - NEO4J_server_memory_heap_max__size=2G", "    volumes:", "      - neo4j-data:/data", "", "volumes:", "  neo4j-data:"]
        return out(r.choice(["docker-compose.yml", "graph/docker-compose.yml"]), "docker-compose", "neo4j", "neo4j_credentials", "\n".join(L))
    sec.flavor = "py"
    if k < 0.7:
        d = U(r, "neo4j", sec)
        uri = d["url"]
        call = 'GraphDatabase.driver(%s)' % sec.pick('"%s"' % uri, 'os.environ["NEO4J_URI"]')
        prov, kind = d["provider"], d["kind"]
    else:
        pw = sec.s(neo4j_aura_pw, name="NEO4J_PASSWORD")
        call = 'GraphDatabase.driver("neo4j+s://%s.databases.neo4j.io", auth=("neo4j", %s))' % (rs(r, 8, LOWER + DIGITS), sec.pick('"%s"' % pw, 'os.environ["NEO4J_PASSWORD"]'))
        prov, kind = "neo4j-aura", "neo4j_credentials"
    L = ["import os", "", "from neo4j import GraphDatabase", "", "driver = %s" % call, "", "", "def related_products(sku: str, limit: int = 10):", "    q = (",
         '        "MATCH (p:Product {sku: $sku})<-[:BOUGHT]-(:Customer)-[:BOUGHT]->(o:Product) "', '        "RETURN o.sku AS sku, count(*) AS n ORDER BY n DESC LIMIT $limit"', "    )",
         "    records, _, _ = driver.execute_query(q, sku=sku, limit=limit)", "    return [r.data() for r in records]"]
    return out(r.choice(["graph/db.py", "recs/neo4j_client.py"]), "python", prov, kind, "\n".join(L))


# ---------------------------------------------------------------------------
# S3-compatible object storage
# ---------------------------------------------------------------------------
@tpl
def t_loki(r, sec):
    sec.flavor = "yaml"
    url, prov = s3_url(r, sec)
    L = ["auth_enabled: false", "", "server:", "  http_listen_port: 3100", "", "common:", "  path_prefix: /loki", "  replication_factor: 1", "  ring:", "    kvstore:",
         "      store: inmemory", "", "schema_config:", "  configs:", "    - from: 2024-01-01", "      store: tsdb", "      object_store: s3", "      schema: v13", "      index:",
         "        prefix: index_", "        period: 24h", "", "storage_config:", "  aws:", "    s3: %s" % url, "    s3forcepathstyle: true"]
    return out(r.choice(["loki/loki-config.yaml", "monitoring/loki.yaml", "config/loki.yml"]), "yaml", prov, "s3_url", "\n".join(L))


@tpl
def t_mc_alias(r, sec):
    sec.flavor = "shell"
    k = r.random()
    if k < 0.5:
        kid, s, ep, prov = minio_id(r), sec.s(minio_secret, name="MINIO_SECRET_KEY"), "http://minio.%s:9000" % r.choice(TLDS), "minio"
    elif k < 0.75:
        kid, s, ep, prov = r2_id(r), sec.s(r2_secret, name="R2_SECRET"), "https://%s.r2.cloudflarestorage.com" % rs(r, 32, HEX), "cloudflare-r2"
    else:
        kid, s, ep, prov = b2_id(r), sec.s(b2_secret, name="B2_APPLICATION_KEY"), "https://s3.%s.backblazeb2.com" % r.choice(["us-west-004", "eu-central-003"]), "backblaze-b2"
    L = ["#!/bin/sh", "set -e", "mc alias set %s %s %s %s" % (r.choice(["backup", "store", "r2", "local"]), ep, kid, s), "mc mb --ignore-existing %s/%s" % (r.choice(["backup", "store"]), app(r)),
         "mc mirror --overwrite --remove /srv/%s backup/%s" % (app(r), app(r))]
    return out(r.choice(["scripts/setup_minio.sh", "backup/mirror.sh"]), "shell", prov, "s3_credentials", "\n".join(L))


@tpl
def t_rclone(r, sec):
    sec.flavor = "plain"
    k = r.random()
    if k < 0.35:
        kid, s, extra, prov = aws_key_id(r), sec.s(aws_secret, name="AWS_SECRET"), ["provider = AWS", "region = %s" % r.choice(REGIONS)], "aws-s3"
    elif k < 0.7:
        kid, s, extra, prov = r2_id(r), sec.s(r2_secret, name="R2_SECRET"), ["provider = Cloudflare", "endpoint = https://%s.r2.cloudflarestorage.com" % rs(r, 32, HEX)], "cloudflare-r2"
    else:
        kid, s, extra, prov = minio_id(r), sec.s(minio_secret, name="WASABI_SECRET"), ["provider = Wasabi", "endpoint = s3.wasabisys.com"], "wasabi"
    name = r.choice(["offsite", "r2", "archive", "s3"])
    L = ["[%s]" % name, "type = s3"] + extra + ["access_key_id = %s" % kid, "secret_access_key = %s" % s, "acl = private", "", "[crypt]", "type = crypt", "remote = %s:%s-backup" % (name, app(r)),
         "filename_encryption = standard"]
    return out(r.choice([".config/rclone/rclone.conf", "backup/rclone.conf"]), "rclone-conf", prov, "s3_credentials", "\n".join(L))


@tpl
def t_duckdb(r, sec):
    sec.flavor = "sql"
    k = r.random()
    if k < 0.5:
        kid, s, ep, prov = aws_key_id(r), sec.s(aws_secret, name="AWS_SECRET"), None, "aws-s3"
    else:
        kid, s, ep, prov = minio_id(r), sec.s(minio_secret, name="MINIO_SECRET"), "minio.%s:9000" % r.choice(TLDS), "minio"
    parts = ["    TYPE S3", "    KEY_ID '%s'" % kid, "    SECRET '%s'" % s, "    REGION '%s'" % r.choice(REGIONS)]
    if ep:
        parts += ["    ENDPOINT '%s'" % ep, "    URL_STYLE 'path'"]
    L = ["-- load raw events into the local warehouse", "INSTALL httpfs;", "LOAD httpfs;", "", "CREATE OR REPLACE SECRET %s (" % r.choice(["lake", "raw_bucket"]), ",\n".join(parts), ");", "",
         "CREATE OR REPLACE TABLE events AS", "SELECT * FROM read_parquet('s3://%s-lake/events/2024/*/*.parquet');" % org(r)]
    return out(r.choice(["analytics/load.sql", "sql/bootstrap_duckdb.sql"]), "sql", prov, "s3_credentials", "\n".join(L))


# ---------------------------------------------------------------------------
# Mail: SMTP / IMAP / POP3
# ---------------------------------------------------------------------------
@tpl
def t_mailer_dsn(r, sec):
    sec.flavor = "env"
    d = U(r, r.choice(["smtp", "smtp", "imap"]), sec)
    a = app(r)
    L = ["###> symfony/framework-bundle ###", "APP_ENV=prod", "APP_DEBUG=0", "###< symfony/framework-bundle ###", "", "###> symfony/mailer ###",
         "%s=%s" % ("MAILER_DSN" if d["proto"] == "smtp" else "MAILBOX_DSN", d["url"]), "###< symfony/mailer ###", "", "MAIL_FROM=noreply@%s.com" % org(r).replace("-", "")]
    return out(r.choice([".env.prod", ".env", ".env.production.local"]), "dotenv", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_msmtprc(r, sec):
    sec.flavor = "plain"
    gm = r.random() < 0.5
    pw = sec.s(gmail_app_pw if gm else pw_safe, name="SMTP_PASSWORD")
    mail = "%s@%s" % (r.choice(FIRST), "gmail.com" if gm else org(r).replace("-", "") + ".com")
    L = ["defaults", "auth           on", "tls            on", "tls_trust_file /etc/ssl/certs/ca-certificates.crt", "logfile        ~/.msmtp.log", "",
         "account        %s" % ("gmail" if gm else "work"), "host           %s" % ("smtp.gmail.com" if gm else "smtp.office365.com"), "port           587", "from           %s" % mail,
         "user           %s" % mail, "password       %s" % pw, "", "account default : %s" % ("gmail" if gm else "work")]
    return out(r.choice([".msmtprc", "dotfiles/msmtprc", "etc/msmtprc"]), "msmtprc", "gmail" if gm else "office365", "smtp_credentials", "\n".join(L))


@tpl
def t_fetchmail_mutt(r, sec):
    sec.flavor = "plain"
    if r.random() < 0.5:
        pw = sec.s(pw_safe, name="IMAP_PASSWORD")
        L = ["set daemon 300", "set logfile ~/.fetchmail.log", "", "poll imap.%s.org protocol IMAP port 993" % org(r).replace("-", ""),
             "  user '%s@%s.org' there with password '%s' is '%s' here" % (r.choice(FIRST), org(r).replace("-", ""), pw, r.choice(FIRST)), "  ssl sslcertck", "  keep", "  mda \"/usr/bin/procmail -d %T\""]
        return out(r.choice([".fetchmailrc", "dotfiles/fetchmailrc"]), "fetchmailrc", "imap", "imap_credentials", "\n".join(L))
    d = U(r, r.choice(["smtp", "imap"]), sec)
    key = "smtp_url" if d["proto"] == "smtp" else "folder"
    L = ['set realname = "%s %s"' % (r.choice(FIRST).capitalize(), r.choice(SURNAMES).capitalize()), 'set from = "%s@%s.org"' % (r.choice(FIRST), org(r).replace("-", "")),
         'set %s = "%s"' % (key, d["url"]), "set ssl_force_tls = yes", 'set header_cache = "~/.cache/mutt"', "set sort = threads", "bind index g noop", "macro index gi \"<change-folder>=INBOX<enter>\""]
    return out(r.choice([".muttrc", ".config/mutt/muttrc"]), "muttrc", d["provider"], d["kind"], "\n".join(L))


@tpl
def t_mail_code(r, sec):
    k = r.random()
    if k < 0.35:
        sec.flavor = "php"
        pw = sec.s(pw_safe, name="SMTP_PASSWORD")
        L = ["<?php", "use PHPMailer\\PHPMailer\\PHPMailer;", "", "require __DIR__ . '/../vendor/autoload.php';", "", "$mail = new PHPMailer(true);", "$mail->isSMTP();",
             "$mail->Host       = 'smtp.%s.com';" % org(r).replace("-", ""), "$mail->SMTPAuth   = true;", "$mail->Username   = 'noreply@%s.com';" % org(r).replace("-", ""),
             "$mail->Password   = %s;" % sec.pick("'%s'" % pw, "getenv('SMTP_PASSWORD')"), "$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;", "$mail->Port       = 587;"]
        return out(r.choice(["includes/mailer.php", "src/Mail/Mailer.php"]), "php", "smtp", "smtp_credentials", "\n".join(L))
    if k < 0.7:
        sec.flavor = "js"
        d = U(r, "smtp", sec)
        L = ["const nodemailer = require('nodemailer');", "", "const transporter = nodemailer.createTransport(%s);" % sec.pick("'%s'" % d["url"], "process.env.SMTP_URL"), "",
             "async function sendReset(to, link) {", "  await transporter.sendMail({", "    from: '\"%s\" <noreply@%s.com>'," % (app(r).capitalize(), org(r).replace("-", "")), "    to,",
             "    subject: 'Reset your password',", "    text: `Use this link to reset your password: ${link}`,", "  });", "}", "", "module.exports = { sendReset };"]
        return out(r.choice(["src/mail.js", "lib/mailer.js"]), "javascript", d["provider"], d["kind"], "\n".join(L))
    sec.flavor = "py"
    gm = r.random() < 0.5
    pw = sec.s(gmail_app_pw if gm else pw_any, name="EMAIL_HOST_PASSWORD")
    L = ["# email", 'EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"', 'EMAIL_HOST = "%s"' % ("smtp.gmail.com" if gm else "smtp.%s.com" % org(r).replace("-", "")),
         "EMAIL_PORT = 587", "EMAIL_USE_TLS = True", 'EMAIL_HOST_USER = "%s@%s"' % (r.choice(["alerts", "noreply"]), "gmail.com" if gm else org(r).replace("-", "") + ".com"),
         "EMAIL_HOST_PASSWORD = %s" % sec.pick('"%s"' % pw, 'os.environ.get("EMAIL_HOST_PASSWORD", "")'), 'DEFAULT_FROM_EMAIL = EMAIL_HOST_USER', 'SERVER_EMAIL = EMAIL_HOST_USER']
    if "os.environ" in L[6]:
        L.insert(0, "import os")
    return out(r.choice(["%s/settings/email.py" % app(r), "config/email_settings.py"]), "python", "gmail" if gm else "smtp", "smtp_credentials", "\n".join(L))


# ---------------------------------------------------------------------------
# negative-only domain look-alikes (no secret at all)
# ---------------------------------------------------------------------------
NEG_TEMPLATES = []


def ntpl(fn):
    NEG_TEMPLATES.append(fn)
    return fn


@ntpl
def n_tnsnames(r):
    L = ["# tnsnames.ora Network Configuration File", "# Generated by Oracle configuration tools.", ""]
    for alias in r.sample(["ORCLPDB1", "PRODPDB", "REPORTING", app(r).upper(), "DWH", "HRPROD"], r.randint(2, 4)):
        L += ["%s =" % alias, "  (DESCRIPTION =", "    (ADDRESS = (PROTOCOL = TCP)(HOST = %s)(PORT = 1521))" % host(r, "ora"), "    (CONNECT_DATA =", "      (SERVER = DEDICATED)",
              "      (SERVICE_NAME = %s.%s)" % (alias.lower(), r.choice(TLDS)), "    )", "  )", ""]
    L += ["# sqlnet.ora: wallet-based auth, no passwords in files", "# WALLET_LOCATION = (SOURCE = (METHOD = FILE)(METHOD_DATA = (DIRECTORY = /opt/oracle/wallet)))", "# SQLNET.WALLET_OVERRIDE = TRUE"]
    return out(r.choice(["network/admin/tnsnames.ora", "oracle/tnsnames.ora", "tnsnames.ora"]), "tnsnames.ora", "oracle", "tns_descriptor", "\n".join(L))


@ntpl
def n_odbcinst(r):
    L = ["[ODBC Driver 18 for SQL Server]", "Description=Microsoft ODBC Driver 18 for SQL Server", "Driver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1", "UsageCount=1", "",
         "[PostgreSQL Unicode]", "Description=PostgreSQL ODBC driver (Unicode version)", "Driver=psqlodbcw.so", "Setup=libodbcpsqlS.so", "", "; DSNs live in odbc.ini and use Kerberos:",
         "; [%s]" % app(r).upper(), "; Driver=ODBC Driver 18 for SQL Server", "; Server=%s" % host(r, "sql"), "; Trusted_Connection=Yes", "; Authentication=ActiveDirectoryIntegrated"]
    if r.random() < 0.5:
        L = ["[%s_ro]" % app(r), "Driver = ODBC Driver 18 for SQL Server", "Server = %s" % host(r, "sql"), "Database = %s" % dbname(r), "Trusted_Connection = Yes",
             "Encrypt = yes", "", "[%s_pg]" % app(r), "Driver = PostgreSQL Unicode", "Servername = %s" % host(r, "pg"), "Port = 5432", "Database = %s" % dbname(r),
             "UserName = %s" % dbuser(r), "; password comes from ~/.pgpass (chmod 600), never from this file", "SSLmode = verify-full"]
        return out(r.choice(["odbc.ini", "etc/odbc.ini"]), "odbc.ini", "odbc", "odbc_dsn_no_password", "\n".join(L))
    return out(r.choice(["odbcinst.ini", "etc/odbcinst.ini", "docker/odbcinst.ini"]), "odbc.ini", "odbc", "odbc_driver_registry", "\n".join(L))


@ntpl
def n_integrated_security(r):
    name = r.choice(["DefaultConnection", "%sDb" % app(r).capitalize()])
    cs = r.choice(["Server=%s;Database=%s;Trusted_Connection=True;TrustServerCertificate=True;" % (host(r, "sql"), dbname(r)),
                   "Data Source=%s;Initial Catalog=%s;Integrated Security=SSPI;" % (host(r, "sql"), dbname(r)),
                   "Server=tcp:%s-sql.database.windows.net,1433;Database=%s;Authentication=Active Directory Managed Identity;Encrypt=True;" % (app(r), dbname(r)),
                   "Server=tcp:%s-sql.database.windows.net,1433;Database=%s;Authentication=Active Directory Default;User Id=%s;" % (app(r), dbname(r), uuid4(r)),
                   "Host=%s;Database=%s;Username=%s;Integrated Security=true;Include Realm=true" % (host(r, "pg"), dbname(r), dbuser(r))])
    if r.random() < 0.5:
        cfg = {"ConnectionStrings": {name: cs}, "Storage": {"AccountUri": "https://%sstore.blob.core.windows.net" % app(r), "UseManagedIdentity": True, "ClientId": uuid4(r)},
               "Logging": {"LogLevel": {"Default": "Information"}}}
        prov = "postgresql" if cs.startswith("Host=") else ("azure-sql" if "database.windows.net" in cs else "sqlserver")
        return out(r.choice(["appsettings.json", "appsettings.Production.json"]), "json", prov, "adonet_integrated_security", json.dumps(cfg, indent=2))
    L = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <connectionStrings>", '    <add name="%s" connectionString="%s" providerName="System.Data.SqlClient" />' % (name, cs),
         "  </connectionStrings>", "</configuration>"]
    return out("Web.config", "xml", "sqlserver", "adonet_integrated_security", "\n".join(L))


@ntpl
def n_iam_auth_jdbc(r):
    k = r.randrange(4)
    if k == 0:
        url = "jdbc:redshift:iam://%s.%s.%s.redshift.amazonaws.com:5439/dev?DbUser=%s&AutoCreate=true&ClusterID=%s" % ("analytics", rs(r, 12, LOWER + DIGITS), r.choice(REGIONS), dbuser(r), "analytics")
        prov = "redshift"
    elif k == 1:
        url = "jdbc:snowflake://%s.snowflakecomputing.com/?user=%s&authenticator=externalbrowser&warehouse=%s_WH" % (rs(r, 7, LOWER) + "-" + rs(r, 7, LOWER + DIGITS), dbuser(r).upper(), app(r).upper())
        prov = "snowflake"
    elif k == 2:
        url = "jdbc:snowflake://%s.snowflakecomputing.com/?user=%s&private_key_file=/run/secrets/rsa_key.p8&db=%s" % (rs(r, 7, LOWER) + "-" + rs(r, 7, LOWER + DIGITS), dbuser(r).upper(), dbname(r).upper())
        prov = "snowflake"
    else:
        url = "jdbc:sqlserver://%s-sql.database.windows.net:1433;databaseName=%s;authentication=ActiveDirectoryMSI;msiClientId=%s;encrypt=true;" % (app(r), dbname(r), uuid4(r))
        prov = "sqlserver"
    L = ["spring.application.name=%s" % app(r), "spring.datasource.url=%s" % url, "spring.datasource.hikari.maximum-pool-size=5",
         "# credentials are short-lived tokens obtained at runtime (IAM / SSO / key-pair)", "spring.jpa.open-in-view=false"]
    return out("src/main/resources/application.properties", "properties", prov, "jdbc_url_no_password", "\n".join(L))


@ntpl
def n_mongo_x509(r):
    k = r.randrange(3)
    if k == 0:
        uri = "mongodb+srv://%s/?authSource=%%24external&authMechanism=MONGODB-X509&retryWrites=true&w=majority&tlsCertificateKeyFile=/etc/ssl/mongo/client.pem" % atlas_host(r)
    elif k == 1:
        uri = "mongodb+srv://%s/?authSource=%%24external&authMechanism=MONGODB-AWS&retryWrites=true&w=majority" % atlas_host(r)
    else:
        uri = "mongodb://%s%%40%s@mongo-1.%s:27017/?authMechanism=GSSAPI&authSource=%%24external&gssapiServiceName=mongodb" % (dbuser(r), org(r).upper().replace("-", "") + ".LOCAL", r.choice(TLDS))
    L = ["import os", "from pymongo import MongoClient", "", "# passwordless: x509 / IAM role / Kerberos", 'MONGO_URI = "%s"' % uri, "client = MongoClient(MONGO_URI)", 'db = client["%s"]' % dbname(r)]
    return out(r.choice(["app/db.py", "%s/mongo.py" % app(r)]), "python", "mongodb", "mongodb_uri_no_password", "\n".join(L))


@ntpl
def n_port_path_mistaken(r):
    o = org(r)
    items = ["ssh://git@gitlab.%s:2222/%s/%s.git" % (r.choice(TLDS), r.choice(TEAMS), app(r)), "git@github.com:%s/%s.git" % (o, app(r)),
             "https://grafana.%s:3000/d/%s/%s?orgId=1&var-user=%s@%s.com" % (r.choice(TLDS), rs(r, 9, ALNUM), app(r), r.choice(FIRST), o.replace("-", "")),
             "http://jenkins.%s:8080/job/%s/lastBuild/console@%d" % (r.choice(TLDS), app(r), r.randint(100, 999)),
             "https://%s.%s.com:8443/api/v2/users/@me" % (app(r), o.replace("-", "")), "ftp://ftp.%s.org:21/pub/@latest/README" % o.replace("-", ""),
             "https://registry.npmjs.org:443/@%s%%2f%s" % (o, app(r)), "http://localhost:9090/graph?g0.expr=up@1700000000",
             "redis://cache.%s:6379/0?client_name=%s@%s" % (r.choice(TLDS), app(r), r.choice(FIRST))]
    r.shuffle(items)
    items = items[: r.randint(4, 8)]
    if r.random() < 0.5:
        L = ["# Useful links", ""] + ["- <%s>" % i for i in items]
        return out(r.choice(["docs/links.md", "README.links.md", "notes/bookmarks.md"]), "markdown", "generic", "url_port_or_path_not_password", "\n".join(L))
    L = ["links:"] + ["  - %s" % i for i in items]
    return out(r.choice(["config/links.yaml", "ops/bookmarks.yml"]), "yaml", "generic", "url_port_or_path_not_password", "\n".join(L))


@ntpl
def n_user_only_urls(r):
    L = ["# connection targets (passwords come from ~/.pgpass, the keyring or IAM)"]
    pool = ["postgresql://%s@%s:5432/%s?sslmode=verify-full" % (dbuser(r), host(r, "pg"), dbname(r)), "mysql://%s@%s:3306/%s" % (dbuser(r), host(r, "mysql"), dbname(r)),
            "ftp://anonymous@ftp.%s.org/pub/" % org(r).replace("-", ""), "sftp://deploy@%s/var/www" % host(r, "web"), "ssh://%s@bastion.%s:22" % (r.choice(FIRST), r.choice(TLDS)),
            "amqp://%s@%s:5672/%s" % (app(r), host(r, "rabbit"), app(r)), "imaps://%s%%40%s.org@imap.%s.org:993" % (r.choice(FIRST), org(r).replace("-", ""), org(r).replace("-", "")),
            "ldap://ldap.%s:389/ou=people,%s??sub?(objectClass=person)" % (r.choice(TLDS), base_dn(r)), "smb://%s@nas/%s" % (r.choice(FIRST), r.choice(["media", "home"])),
            "rtsp://%s:554/Streaming/Channels/101" % ip_private(r), "redis://%s:6379/2" % host(r, "redis"), "https://oauth2@gitlab.com/%s/%s.git" % (org(r), app(r))]
    r.shuffle(pool)
    k = r.randrange(3)
    ent = pool[: r.randint(4, 9)]
    if k == 0:
        L += ["%s=%s" % (styl("target_%d" % i, "SCREAM"), u) for i, u in enumerate(ent)]
        return out(r.choice([".env.example", "config/targets.env"]), "dotenv", "generic", "url_without_password", "\n".join(L))
    if k == 1:
        L = ["targets:"] + ["  - name: t%d" % i + "\n    url: %s" % u for i, u in enumerate(ent)]
        return out(r.choice(["config/targets.yaml", "monitoring/blackbox-targets.yml"]), "yaml", "generic", "url_without_password", "\n".join(L))
    L = ["TARGETS = ["] + ['    "%s",' % u for u in ent] + ["]"]
    return out(r.choice(["scripts/targets.py", "healthcheck/targets.py"]), "python", "generic", "url_without_password", "\n".join(L))


@ntpl
def n_tutorial_compose(r):
    k = r.randrange(4)
    if k == 0:
        svc = ["  db:", "    image: postgres:16", "    environment:", "      POSTGRES_USER: postgres", "      POSTGRES_PASSWORD: postgres   # default from the official image docs; local only",
               "      POSTGRES_DB: %s_dev" % app(r), "    ports:", '      - "127.0.0.1:5432:5432"']
        app_env = "DATABASE_URL: postgresql://postgres:postgres@db:5432/%s_dev" % app(r)
        prov = "postgresql"
    elif k == 1:
        svc = ["  rabbitmq:", "    image: rabbitmq:3-management", "    # guest/guest is RabbitMQ's built-in default and only works from localhost", "    ports:", '      - "127.0.0.1:15672:15672"']
        app_env = "BROKER_URL: amqp://guest:guest@rabbitmq:5672//"
        prov = "rabbitmq"
    elif k == 2:
        svc = ["  minio:", "    image: minio/minio", "    command: server /data --console-address :9001", "    # minioadmin:minioadmin is MinIO's documented default root login (dev only)",
               "    ports:", '      - "127.0.0.1:9000:9000"']
        app_env = "S3_ENDPOINT: http://minioadmin:minioadmin@minio:9000"
        prov = "minio"
    else:
        svc = ["  azurite:", "    image: mcr.microsoft.com/azure-storage/azurite", "    # Azurite's well-known development account (published in the Azure docs)", "    ports:", '      - "10000:10000"']
        app_env = ('AzureWebJobsStorage: "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;'
                   'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://azurite:10000/devstoreaccount1;"')
        prov = "azurite"
    L = ["# Local development stack -- see docs/getting-started.md", "# DO NOT use these defaults anywhere but your laptop.", "services:"] + svc + ["", "  app:", "    build: .",
         "    environment:", "      %s" % app_env, "    depends_on: [%s]" % svc[0].strip().rstrip(":")]
    return out(r.choice(["docker-compose.dev.yml", "examples/docker-compose.yml", "docker-compose.local.yml"]), "docker-compose", prov, "documented_dev_default", "\n".join(L))


@ntpl
def n_docs_placeholders(r):
    k = r.randrange(4)
    if k == 0:
        body = ["Copy the connection string from the Atlas UI (**Connect → Drivers**) and replace `<db_password>`:", "", "```",
                "mongodb+srv://%s:<db_password>@cluster0.xxxxx.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0" % dbuser(r), "```", "",
                "If your username is an e-mail address, percent-encode it, e.g. `jane%40example.com`."]
        prov = "mongodb-atlas"
    elif k == 1:
        body = ["Set `DATABASE_URL` in `.env` (never commit the real one):", "", "```env", "DATABASE_URL=\"postgresql://USER:PASSWORD@HOST:5432/DATABASE?schema=public\"", "```"]
        prov = "prisma"
    elif k == 2:
        body = ["RTSP URLs follow the vendor format:", "", "| Vendor | URL |", "|---|---|", "| Hikvision | `rtsp://<user>:<password>@<ip>:554/Streaming/Channels/101` |",
                "| Dahua | `rtsp://<user>:<password>@<ip>:554/cam/realmonitor?channel=1&subtype=0` |", "| Axis | `rtsp://<user>:<password>@<ip>/axis-media/media.amp` |", "",
                "Put the real password in `.env` as `CAMERA_PASSWORD` and reference it as `${CAMERA_PASSWORD}` in go2rtc.yaml."]
        prov = "rtsp"
    else:
        body = ["```bash", "export https_proxy=http://USERNAME:PASSWORD@proxy.%s:3128" % r.choice(TLDS), "git clone https://<your-token>@github.com/%s/%s.git" % (org(r), app(r)),
                "docker login -u <user> -p <token> registry.%s" % r.choice(TLDS), "```", "", "Replace the placeholders; use `git credential-manager` instead of tokens in URLs."]
        prov = "generic"
    L = ["# Getting started", "", "## Prerequisites", "", "- Docker 24+", "- Python 3.11 or Node 20", "", "## Configuration", ""] + body + ["", "## Running", "", "```", "make dev", "```"]
    return out(r.choice(["docs/getting-started.md", "README.md", "docs/setup.md", "CONTRIBUTING.md"]), "markdown", prov, "doc_placeholder", "\n".join(L))


@ntpl
def n_masked_logs(r):
    a = app(r)
    masks = ["postgresql://%s:****@%s:5432/%s" % (dbuser(r), host(r, "pg"), dbname(r)), "redis://:*****@%s:6379/0" % host(r, "redis"),
             "amqp://%s:[REDACTED]@%s:5672/%s" % (a, host(r, "rabbit"), a), "mongodb+srv://%s:<redacted>@%s/%s" % (dbuser(r), atlas_host(r), dbname(r)),
             "jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=******;" % (host(r, "sql"), dbname(r), dbuser(r)),
             "rtsp://admin:xxxxxx@%s:554/Streaming/Channels/101" % ip_private(r), "https://elastic:%%2A%%2A%%2A%%2A@%s:9200" % host(r, "es")]
    r.shuffle(masks)
    L = []
    day, hh = r.randint(1, 28), r.randint(0, 22)
    for i in range(r.randint(6, 16)):
        t = "2024-06-%02d %02d:%02d:%02d" % (day, hh, min(59, i * 3 + r.randint(0, 2)), r.randint(0, 59))
        if i % 3 == 1 and masks:
            L.append("%s INFO  [%s] connecting to %s" % (t, a, masks.pop()))
        else:
            L.append("%s %s [%s] %s" % (t, r.choice(["INFO ", "DEBUG"]), a, r.choice(["request id=%s took %dms" % (uuid4(r), r.randint(2, 300)), "pool stats active=%d idle=%d" % (r.randint(0, 9), r.randint(0, 9)),
                                                                               "retrying in %ds (attempt %d)" % (r.randint(1, 9), r.randint(1, 5)), "cache hit ratio %.2f" % r.random()])))
    return out(r.choice(["logs/%s.log" % a, "logs/startup.log"]), "log", "generic", "masked_connection_string", "\n".join(L))


@ntpl
def n_k8s_secretref(r):
    a = app(r)
    L = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % a, "spec:", "  template:", "    spec:", "      containers:", "        - name: %s" % a, "          image: %s" % image(r),
         "          env:", "            - name: DB_PASSWORD", "              valueFrom:", "                secretKeyRef:", "                  name: %s-db" % a, "                  key: password",
         "            - name: DATABASE_URL", '              value: "postgresql://%s:$(DB_PASSWORD)@%s:5432/%s"' % (a, host(r, "pg"), dbname(r)),
         "            - name: REDIS_URL", "              valueFrom:", "                secretKeyRef: {name: %s-redis, key: url}" % a, "          envFrom:", "            - configMapRef:",
         "                name: %s-config" % a]
    return out(r.choice(["k8s/deployment.yaml", "deploy/%s.yaml" % a]), "kubernetes", "kubernetes", "secret_reference", "\n".join(L))


@ntpl
def n_secret_manager_refs(r):
    k = r.randrange(4)
    a = app(r)
    if k == 0:
        L = ["spring.datasource.url=jdbc:postgresql://%s:5432/%s" % (host(r, "pg"), dbname(r)), "spring.datasource.username=${DB_USER}", "spring.datasource.password=${DB_PASSWORD}",
             "spring.config.import=optional:vault://", "spring.cloud.vault.kv.backend=secret", "spring.rabbitmq.password=${vault.rabbitmq.password:}"]
        return out("src/main/resources/application.properties", "properties", "vault", "secret_reference", "\n".join(L))
    if k == 1:
        cfg = {"ConnectionStrings": {"Default": "@Microsoft.KeyVault(SecretUri=https://%s-kv.vault.azure.net/secrets/sql-conn/)" % a},
               "ServiceBus": {"Namespace": "%s-bus.servicebus.windows.net" % a, "Credential": "managedidentity"}}
        return out("appsettings.Production.json", "json", "azure-keyvault", "secret_reference", json.dumps(cfg, indent=2))
    if k == 2:
        L = ["# 1Password references resolved by `op run --env-file=.env.tpl -- npm start`", "DATABASE_URL=op://%s/%s-postgres/connection-string" % (r.choice(["Production", "Infra"]), a),
             "REDIS_PASSWORD=op://Production/%s-redis/password" % a, "SMTP_PASSWORD=op://Production/mailgun/password", "LOG_LEVEL=info"]
        return out(r.choice([".env.tpl", "env/.env.1password"]), "dotenv", "1password", "secret_reference", "\n".join(L))
    L = ["db_host: %s" % host(r, "pg"), "db_user: %s" % dbuser(r), "db_password: \"{{ lookup('amazon.aws.aws_secret', '%s/db', region='%s') }}\"" % (a, r.choice(REGIONS)),
         "mqtt_password: \"{{ vault_mqtt_password }}\"", "camera_url: \"rtsp://admin:{{ vault_camera_password }}@%s:554/Streaming/Channels/101\"" % ip_private(r)]
    return out("group_vars/all/main.yml", "ansible", "aws-secrets-manager", "secret_reference", "\n".join(L))


@ntpl
def n_aws_doc_keys(r):
    L = ["# Configuring the S3 client", "", "The AWS documentation uses the following **example** credentials; they do not work:", "", "```ini", "[default]",
         "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "region = us-west-2", "```", "",
         "For Loki, the equivalent placeholder form is:", "", "```yaml", "storage_config:", "  aws:", "    s3: s3://access_key:secret_access_key@custom_endpoint/bucket_name",
         "    s3forcepathstyle: true", "```", "", "In production we use IRSA (`eks.amazonaws.com/role-arn`) and no static keys."]
    return out(r.choice(["docs/storage.md", "docs/s3-setup.md"]), "markdown", "aws-s3", "documented_example_key", "\n".join(L))


@ntpl
def n_camera_env_refs(r):
    k = r.randrange(3)
    cam = r.choice(CAMS)
    if k == 0:
        L = ["streams:", "  %s:" % cam, "    - rtsp://admin:${CAMERA_PASSWORD}@%s:554/Streaming/Channels/101" % ip_private(r), "  %s_sub:" % cam,
             "    - rtsp://admin:${CAMERA_PASSWORD}@%s:554/Streaming/Channels/102" % ip_private(r), "  demo: rtsp://localhost:8554/%s" % cam]
        return out("go2rtc.yaml", "yaml", "hikvision", "rtsp_env_reference", "\n".join(L))
    if k == 1:
        L = ["cameras:", "  %s:" % cam, "    ffmpeg:", "      inputs:", "        - path: rtsp://{FRIGATE_RTSP_USER}:{FRIGATE_RTSP_PASSWORD}@%s:554/cam/realmonitor?channel=1&subtype=0" % ip_private(r),
             "          roles: [detect, record]", "    detect:", "      enabled: true"]
        return out("frigate/config.yml", "yaml", "dahua", "rtsp_env_reference", "\n".join(L))
    L = ["camera:", "  - platform: generic", "    name: %s" % cam.replace("_", " ").title(), "    stream_source: !secret %s_stream_url" % cam, "    still_image_url: !secret %s_snapshot_url" % cam]
    return out("homeassistant/configuration.yaml", "yaml", "home-assistant", "rtsp_env_reference", "\n".join(L))


@ntpl
def n_public_streams(r):
    L = ["#!/bin/sh", "# smoke-test the transcoder against public/local demo streams (no auth)",
         "ffprobe -v error -rtsp_transport tcp rtsp://localhost:8554/%s" % r.choice(["mystream", "test", "cam1"]),
         "ffmpeg -re -stream_loop -1 -i samples/bbb_1080p.mp4 -c copy -f rtsp rtsp://localhost:8554/loop",
         "vlc rtsp://127.0.0.1:8554/loop --network-caching=300", "curl -s http://localhost:9997/v3/paths/list | jq '.items[].name'",
         "ffplay -rtsp_transport tcp rtsp://%s:554/Streaming/Channels/102  # camera has anonymous viewer enabled on VLAN 40" % ip_private(r)]
    return out(r.choice(["scripts/smoke_streams.sh", "test/stream-smoke.sh"]), "shell", "mediamtx", "rtsp_no_credentials", "\n".join(L))


@ntpl
def n_rfc_examples(r):
    L = ["import pytest", "from urllib.parse import urlsplit", "", "# RFC 3986 section 1.1.2 and RFC 3261 example URIs", "EXAMPLES = [",
         '    "ftp://ftp.is.co.za/rfc/rfc1808.txt",', '    "http://www.ietf.org/rfc/rfc2396.txt",', '    "ldap://[2001:db8::7]/c=GB?objectClass?one",', '    "mailto:John.Doe@example.com",',
         '    "news:comp.infosystems.www.servers.unix",', '    "tel:+1-816-555-1212",', '    "telnet://192.0.2.16:80/",', '    "urn:oasis:names:specification:docbook:dtd:xml:4.1.2",',
         '    "sip:alice@atlanta.com;transport=tcp",', '    "sips:bob@biloxi.example.com",', "]", "", "", '@pytest.mark.parametrize("uri", EXAMPLES)', "def test_parses(uri):",
         "    parts = urlsplit(uri)", "    assert parts.scheme", "    assert parts.password is None"]
    return out(r.choice(["tests/test_uri_examples.py", "tests/unit/test_urls.py"]), "python", "rfc", "test_vector", "\n".join(L))


@ntpl
def n_url_parser_test(r):
    L = ["package urlutil", "", 'import "testing"', "", "func TestRedact(t *testing.T) {", "\tcases := []struct{ in, want string }{",
         '\t\t{"postgres://user:password@localhost:5432/db", "postgres://user:xxxxx@localhost:5432/db"},', '\t\t{"redis://:pass@localhost:6379/0", "redis://:xxxxx@localhost:6379/0"},',
         '\t\t{"amqp://guest:guest@localhost:5672/", "amqp://guest:xxxxx@localhost:5672/"},', '\t\t{"https://example.com/path?q=1", "https://example.com/path?q=1"},', "\t}",
         "\tfor _, c := range cases {", "\t\tif got := Redact(c.in); got != c.want {", '\t\t\tt.Errorf("Redact(%q) = %q, want %q", c.in, got, c.want)', "\t\t}", "\t}", "}"]
    return out(r.choice(["internal/urlutil/redact_test.go", "pkg/urlutil/redact_test.go"]), "go", "generic", "test_vector", "\n".join(L))


@ntpl
def n_signed_urls(r):
    exp = r.randint(1600000000, 1690000000)
    L = ["{", '  "assets": [']
    items = []
    for i in range(r.randint(2, 4)):
        items.append('    {"id": "%s", "url": "https://%s.cloudfront.net/%s/%s.jpg?Expires=%d&Signature=%s&Key-Pair-Id=K%s"}' % (
            uuid4(r), rs(r, 14, LOWER + DIGITS), app(r), rs(r, 10, LOWER), exp, rs(r, 60, ALNUM + "~-_"), rs(r, 13, UPPER + DIGITS)))
    L += [",\n".join(items), "  ],", '  "etag": "\\"%s\\"",' % sha_hex(r, 32), '  "commit": "%s"' % sha_hex(r, 40), "}"]
    return out(r.choice(["fixtures/asset_manifest.json", "public/manifest.json"]), "json", "cloudfront", "signed_url_expired", "\n".join(L))


@ntpl
def n_webhook_log(r):
    L = []
    for i in range(r.randint(3, 6)):
        L += ["POST /hooks/github HTTP/1.1", "Host: ci.%s" % r.choice(TLDS), "X-GitHub-Delivery: %s" % uuid4(r), "X-GitHub-Event: push",
              "X-Hub-Signature-256: sha256=%s" % sha_hex(r, 64), "User-Agent: GitHub-Hookshot/%s" % rs(r, 7, HEX), "-> 202 Accepted (%dms)" % r.randint(3, 90), ""]
    return out(r.choice(["logs/webhooks.log", "debug/hook-deliveries.txt"]), "log", "github", "signature_header", "\n".join(L))


@ntpl
def n_digests_lock(r):
    if r.random() < 0.5:
        L = ["# pinned images", "images:"]
        for _ in range(r.randint(3, 6)):
            L.append("  - %s@sha256:%s" % (r.choice(["postgres:16", "redis:7-alpine", "rabbitmq:3.13-management", "eclipse-mosquitto:2", "neo4j:5", "minio/minio:latest"]), sha_hex(r, 64)))
        return out(r.choice(["deploy/images.lock.yaml", "images.yaml"]), "yaml", "oci", "image_digest", "\n".join(L))
    L = ["{", '  "name": "%s",' % app(r), '  "lockfileVersion": 3,', '  "packages": {']
    ent = []
    for p in r.sample(["pg", "mysql2", "ioredis", "amqplib", "mqtt", "mongodb", "ldapjs", "basic-ftp", "nodemailer"], r.randint(3, 6)):
        v = semver(r)
        ent.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n      "integrity": "sha512-%s"\n    }' % (
            p, v, p, p, v, b64_of(r, 64)))
    L += [",\n".join(ent), "  }", "}"]
    return out("package-lock.json", "json", "npm", "integrity_hash", "\n".join(L))


@ntpl
def n_i18n(r):
    d = {"login": {"password": "Password", "passwordPlaceholder": "Enter your password", "forgot": "Forgot your password?", "connectionString": "Connection string",
                   "connectionHint": "Format: postgresql://user:password@host:5432/db", "token": "Access token", "tokenHelp": "Paste a personal access token (starts with ghp_)"},
         "settings": {"smtpPassword": "SMTP password", "proxyAuth": "Proxy requires authentication", "cameraUrl": "Camera stream URL (rtsp://user:pass@ip/...)"}}
    lang = r.choice(["en", "en-GB", "de", "fr"])
    if lang == "de":
        d["login"]["password"] = "Passwort"
        d["login"]["passwordPlaceholder"] = "Passwort eingeben"
    return out("locales/%s.json" % lang if r.random() < 0.5 else "src/i18n/%s/common.json" % lang, "json", "i18n", "i18n_string", json.dumps(d, indent=2, ensure_ascii=False))


@ntpl
def n_influx_ids(r):
    L = ["[[outputs.influxdb_v2]]", '  urls = ["http://%s:8086"]' % host(r, "influx"), '  token = "${INFLUX_TOKEN}"', '  organization = "%s"' % org(r), '  bucket = "telegraf"', "",
         "# org id %s, bucket id %s (ids are not secrets)" % (rs(r, 16, HEX), rs(r, 16, HEX)), "", "[[inputs.mqtt_consumer]]", '  servers = ["tcp://%s:1883"]' % host(r, "mqtt"),
         '  topics = ["sensors/#"]', '  username = "telegraf"', '  password = "$MQTT_PASSWORD"', '  data_format = "json"']
    return out(r.choice(["telegraf/telegraf.conf", "telegraf.d/outputs.conf"]), "telegraf-toml", "influxdb", "env_reference", "\n".join(L))


@ntpl
def n_fstab_credfile(r):
    nas = r.choice(["nas", "fs01." + r.choice(TLDS), ip_private(r)])
    L = ["# <file system> <mount point> <type> <options> <dump> <pass>", "UUID=%s / ext4 defaults 0 1" % uuid4(r),
         "//%s/media /mnt/media cifs credentials=/root/.smbcredentials,uid=1000,gid=1000,vers=3.1.1,_netdev,nofail 0 0" % nas,
         "//%s/scans /mnt/scans cifs sec=krb5,multiuser,cruid=1000,_netdev 0 0" % nas, "%s:/export/home /home nfs4 rw,hard,timeo=600,retrans=2,_netdev 0 0" % nas,
         "%s:/volume1/backup /mnt/backup nfs defaults,noatime 0 0" % nas]
    return out("etc/fstab", "fstab", "cifs", "smb_credentials_file_reference", "\n".join(L))


@ntpl
def n_docker_credstore(r):
    cfg = {"auths": {"https://index.docker.io/v1/": {}, "ghcr.io": {}, "%s.dkr.ecr.%s.amazonaws.com" % (r.randint(100000000000, 999999999999), r.choice(REGIONS)): {}},
           "credsStore": r.choice(["desktop", "osxkeychain", "pass"]), "credHelpers": {"%s.dkr.ecr.%s.amazonaws.com" % (r.randint(100000000000, 999999999999), r.choice(REGIONS)): "ecr-login",
                                                                                     "gcr.io": "gcloud"}}
    return out(r.choice([".docker/config.json", "ci/docker-config.json"]), "json", "docker-registry", "credential_helper", json.dumps(cfg, indent=2))


@ntpl
def n_git_remotes_clean(r):
    o = org(r)
    L = ['[core]', '\trepositoryformatversion = 0', '\tbare = false', '[remote "origin"]', "\turl = git@github.com:%s/%s.git" % (o, app(r)), "\tfetch = +refs/heads/*:refs/remotes/origin/*",
         '[remote "upstream"]', "\turl = https://github.com/%s/%s.git" % (r.choice(ORGS), app(r)), '[credential "https://gitlab.%s"]' % r.choice(TLDS), "\thelper = manager", "\tusername = %s" % r.choice(FIRST),
         '[url "ssh://git@gitlab.%s:2222/"]' % r.choice(TLDS), "\tinsteadOf = https://gitlab.%s/" % r.choice(TLDS)]
    if r.random() < 0.5:
        L = ['[submodule "vendor/%s"]' % app(r), "\tpath = vendor/%s" % app(r), "\turl = ../%s.git" % app(r), '[submodule "docs/theme"]', "\tpath = docs/theme",
             "\turl = https://github.com/%s/docs-theme.git" % o, '[submodule "infra"]', "\tpath = infra", "\turl = git@gitlab.com:%s/infra.git" % o]
        return out(".gitmodules", "gitmodules", "github", "git_remote_no_token", "\n".join(L))
    return out(r.choice(["docs/example.gitconfig", "dotfiles/gitconfig"]), "gitconfig", "github", "git_remote_no_token", "\n".join(L))


@ntpl
def n_proxy_noauth(r):
    L = ["# proxy without authentication (IP allow-listed)", "export http_proxy=http://proxy.%s:3128" % r.choice(TLDS), "export https_proxy=$http_proxy",
         "export no_proxy=localhost,127.0.0.1,.%s,.svc,.cluster.local" % r.choice(TLDS), "# Kerberos/NTLM via cntlm on localhost:", "# export http_proxy=http://127.0.0.1:3128",
         "git config --global http.proxy http://%s@proxy.%s:8080  # password prompted by git" % (r.choice(FIRST), r.choice(TLDS))]
    return out(r.choice(["etc/profile.d/proxy.sh", "provision/proxy.sh"]), "shell", "squid", "proxy_no_password", "\n".join(L))


@ntpl
def n_sip_noauth(r):
    L = ["; pjsip endpoints authenticated by IP (no secrets)", "[trunk-identify]", "type=identify", "endpoint=carrier", "match=%s" % ip_private(r), "", "[carrier]", "type=endpoint",
         "context=from-carrier", "disallow=all", "allow=ulaw", "aors=carrier", "", "[carrier]", "type=aor", "contact=sip:%s:5060" % ip_private(r), "",
         "; softphones use TLS client certificates", "[%d]" % r.randint(100, 999), "type=endpoint", "auth=", "transport=transport-tls", "media_encryption=sdes"]
    return out(r.choice(["asterisk/pjsip_carrier.conf", "etc/asterisk/pjsip.d/carrier.conf"]), "asterisk-conf", "asterisk", "sip_no_password", "\n".join(L))


@ntpl
def n_ldap_anon(r):
    bd = base_dn(r)
    L = ["[[servers]]", 'host = "ldap.%s"' % r.choice(TLDS), "port = 636", "use_ssl = true", "# anonymous bind is allowed for search on this directory", 'bind_dn = ""', 'bind_password = ""',
         'search_filter = "(uid=%s)"', 'search_base_dns = ["ou=people,%s"]' % bd, "", "[servers.attributes]", 'email = "mail"', 'member_of = "memberOf"']
    return out(r.choice(["grafana/ldap.toml", "etc/grafana/ldap.toml"]), "toml", "ldap", "ldap_anonymous_bind", "\n".join(L))


@ntpl
def n_mail_relay(r):
    L = ["# Local mail catcher for development (no auth)", "EMAIL_URL=smtp://mailhog:1025", "MAILER_DSN=smtp://localhost:1025?verify_peer=0", "",
         "# production relay authenticates by source IP", "SMTP_HOST=smtp-relay.%s" % r.choice(TLDS), "SMTP_PORT=25", "SMTP_USERNAME=", "SMTP_PASSWORD=",
         "IMAP_URL=imaps://imap.%s.org:993/INBOX" % org(r).replace("-", "")]
    return out(r.choice([".env.example", ".env.development", "config/mail.env"]), "dotenv", "smtp", "smtp_no_password", "\n".join(L))


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


class Deck:
    """Cycle through templates in shuffled order so every template is used
    about equally often."""

    def __init__(self, r, items):
        self.r = r
        self.items = list(items)
        self.cur = []

    def draw(self):
        if not self.cur:
            self.cur = list(self.items)
            self.r.shuffle(self.cur)
        return self.cur.pop()


def line_of(text, needle):
    i = text.find(needle)
    return text.count("\n", 0, i) + 1


def ok_size(text):
    n = text.count("\n")
    return 5 <= n <= 80


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_bx.py OUTDIR SEED\n")
        return 2
    outdir = argv[1]
    seed = int(argv[2]) if argv[2].lstrip("-").isdigit() else argv[2]
    r = random.Random(seed)
    manifest, secrets, needles = [], [], []
    pos_deck = Deck(r, POS_TEMPLATES)
    neg_reuse_deck = Deck(r, POS_TEMPLATES)
    neg_domain_deck = Deck(r, NEG_TEMPLATES)

    for i in range(N_POS):
        for _attempt in range(200):
            fn = pos_deck.draw()
            sec = Slot(r, True)
            res = fn(r, sec)
            nd = sec.needle
            if nd and len(nd) >= 8 and nd in res["text"] and ok_size(res["text"]):
                break
        else:
            raise RuntimeError("could not build positive %d" % i)
        rel = "pos/p%04d/%s" % (i, res["path"])
        write(outdir, rel, res["text"])
        manifest.append({"file": rel, "label": "pos", "provider": res["provider"], "kind": res["kind"], "filetype": res["ft"]})
        secrets.append({"file": rel, "needle": nd, "line": line_of(res["text"], nd)})
        needles.append(nd)

    neg_texts = []
    for i in range(N_NEG):
        for _attempt in range(200):
            if i % 2 == 0:
                fn = neg_reuse_deck.draw()
                sec = Slot(r, False)
                res = fn(r, sec)
                res["kind"] = "%s/%s" % (res["kind"], sec.negkind or "placeholder")
            else:
                fn = neg_domain_deck.draw()
                res = fn(r)
            if ok_size(res["text"]):
                break
        else:
            raise RuntimeError("could not build negative %d" % i)
        rel = "neg/n%04d/%s" % (i, res["path"])
        write(outdir, rel, res["text"])
        manifest.append({"file": rel, "label": "neg", "provider": res["provider"], "kind": res["kind"], "filetype": res["ft"]})
        neg_texts.append((rel, res["text"]))

    # safety net: no generated secret may leak into a negative
    for rel, text in neg_texts:
        for nd in needles:
            if nd in text:
                raise RuntimeError("needle %r leaked into %s" % (nd, rel))

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
