#!/usr/bin/env python3
"""gen_ii.py - blind evaluation set for a secret scanner (pre-commit hook).

EMPHASIS
    Serverless and developer-first databases and warehouses, as applications
    connect to them.  Providers: Neon, PlanetScale, Turso/libSQL, Xata,
    Supabase, CockroachDB Cloud, Tinybird, MotherDuck, Firebolt, ClickHouse
    Cloud, SingleStore, Dremio, Starburst Galaxy, Fauna, Upstash (Redis REST,
    QStash, Kafka), Aiven, Timescale Cloud, Convex, Nile, EdgeDB/Gel,
    SurrealDB, Prisma Accelerate / Prisma Postgres, plus Drizzle and Prisma
    config files.  Kinds: API tokens, database passwords inside connection
    URLs, JWT auth tokens, service-account secrets, REST tokens, deploy keys,
    one PEM client key.  File types: TypeScript (drizzle.config.ts,
    prisma.config.ts, Next.js route handlers), schema.prisma, JavaScript,
    Python, Go, Rust, PHP, Java properties, SQL, YAML (GitHub Actions, Render,
    docker-compose, Helm values, dbt profiles.yml), TOML (wrangler.toml,
    fly.toml, netlify.toml), JSON, Terraform, .env (sparingly), Dockerfile,
    shell, Markdown, CSV, logs, lock/sum files.
    Templates: 91 positive templates; half of the positives are drawn from
    those using the conventional variable name (NEON_API_KEY,
    TURSO_AUTH_TOKEN, ...), half from those using a neutral name, a header,
    a URL, a positional or a constructor argument.  Negatives: the 91
    positive templates re-used with a non-secret slot (250 files) plus 48
    look-alike templates (250 files).

USAGE
    python3 -B gen_ii.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    one random.Random(SEED); two runs with one seed are byte-identical.

NEEDLE CONVENTIONS
    * Plain tokens / API keys / secrets: the whole token as written, including
      its documented prefix (napi_..., pscale_tkn_..., xau_..., CCDB1_...,
      fnA..., p.eyJ..., prod:name|..., nbwt1_..., edbt_...).
    * Connection URLs / DSNs: only the password component (between ':' and
      '@', or the value of password=...), never the whole URL.  For Xata and
      Prisma Postgres URLs the password component IS the key (xau_..., sk_...).
    * Tokens carried in a URL query (?token=, ?authToken=, ?api_key=,
      motherduck_token=): the parameter value only.
    * Headers (Authorization: Bearer X, apikey: X): the token only, without
      the scheme word.  Basic auth "KEYID:SECRET": the secret half only.
    * Key pairs (ClickHouse key id + secret, Firebolt client id + secret,
      Galaxy user + password): only the secret half; the id is context.
    * JWTs: the complete three-part token.
    * Multi-line PEM private key (one CockroachDB client key template): the
      first base64 line of the body.
    * "line" in secrets.jsonl is the 1-based line of the needle's first
      occurrence; the program asserts it.

NEGATIVES
    Half of the negatives re-use the positive templates with the secret slot
    holding something that is not a secret: placeholders (<your-...>,
    YOUR_..._HERE, changeme, xxxx, prefix+xxxx), empty values, masked values
    (****, [REDACTED]), environment / secret-manager references (${VAR},
    op://, vault:, sm://, {{ secrets.X }}), providers' documented example
    values (Neon "AbC123dEf", Upstash "2553feg6a2d9842h2a0gcdb5f8efe9934",
    Fauna docs key secrets, Xata "xau_xyz123", the Supabase local-dev demo
    JWTs and sb_secret_/sb_publishable_ defaults, Auth.js EdgeDB DSN example)
    and values documented as public (Supabase anon JWT, sb_publishable_ keys).
    The other half are look-alikes of the domain: project / branch / endpoint
    ids, endpoint hostnames, URLs without password, env("DATABASE_URL"),
    migration checksums (atlas.sum, Prisma, EdgeDB migration ids), lockfile
    integrity hashes, go.sum, image digests, UUIDs, public JWKS and CA
    certificates, Convex deployment names, Tinybird datafiles, share URLs.
    No negative lives in a blocked .env / .env.local / .env.production file
    (only .env.example / .env.sample).

FORMATS CHECKED (search of public docs and of how real projects write config)
    * Neon: API keys 'napi_' + 64 [a-z0-9] (seen in real config files); docs
      say keys are shown once; role passwords 'npg_' + 12 alnum; endpoint
      hosts ep-<adj>-<noun>-<id>[-pooler].<region>.aws.neon.tech; docs
      example ep-cool-darkness-123456 / AbC123dEf.
    * PlanetScale: passwords 'pscale_pw_' + 43 [A-Za-z0-9_], usernames 20
      [a-z0-9], hosts <region>.connect.psdb.cloud; service tokens
      'pscale_tkn_' + 43 with a 12-char token id (docs + CLI pages).
    * Turso: database tokens are EdDSA JWTs {"a":"rw","iat","id","rid"}
      (decoded from real project files), libsql://<db>-<org>.<region>.turso.io.
    * Xata: 'xau_' + 33 base62 (CLI masks 33 chars), Postgres endpoint
      postgresql://<ws>:xau_...@<region>.sql.xata.sh/<db>:<branch>;
      docs example key xau_xyz123.
    * Supabase: legacy anon / service_role HS256 JWTs with iss/ref/role;
      new sb_publishable_ / sb_secret_ keys (docs); pooler URL
      postgres.<ref>:<pw>@aws-0-<region>.pooler.supabase.com:6543;
      management tokens 'sbp_' + 40 hex.
    * CockroachDB Cloud: API key secret 'CCDB1_<22>_<40>' (format string of
      the official Terraform provider); clusters on port 26257.
    * Tinybird: 'p.' + base64url JSON {"u": ..., "id": ..., "host": ...} +
      '.' + 43-char signature (decoded from real projects).
    * MotherDuck: HS256 JWT passed as md:<db>?motherduck_token=...
    * ClickHouse Cloud: key id 20 base62, key secret '4b1d' + 38 base62.
    * Fauna: key secrets 40 chars 'fnA' + 37 base64url (docs examples).
    * Upstash: REST token = base64url(0x01, port, 00 02 27, 'p2'+32 hex+'p2'
      +port) without padding, starts with 'A' (decoded); docs example URL
      us1-merry-cat-32748.upstash.io and token 2553feg6...
    * Aiven: service passwords 'AVNS_' + 19 [A-Za-z0-9_-], hosts
      <svc>-<project>.<x>.aivencloud.com:<port>.
    * Convex: deploy keys '<prod|dev|preview>:<deployment>|' +
      base64({"v2":"<32 hex>"}) (decoded).
    * Gel/EdgeDB: cloud secret keys 'nbwt1_' + ES256 JWT (edb.i, iss
      aws.edgedb.cloud); local tokens 'edbt_' + ES256 JWT; DSN
      edgedb://user:pw@host:5656/branch.
    * Prisma: prisma+postgres://accelerate.prisma-data.net/?api_key=<HS256
      JWT with secure_key / api_key / tenant_id>; direct URL
      postgres://<64 hex>:sk_<21>@db.prisma.io:5432/postgres.
    * Firebolt / Dremio / SingleStore / Starburst / Nile / Timescale /
      SurrealDB: docs confirm the credential kinds (service account id +
      secret, PAT used as password with user $token, management API key,
      user/password) but not the exact string shape; see DOUBTS.
    Search results that were secret-scanner rule lists (regex tables of other
    scanners, a GitGuardian detector page) were ignored.

DOUBTS
    * Exact shapes not confirmed: Firebolt client id/secret (generated as 32
      and 64 base62-ish chars), Dremio PAT (base64 of 64 random bytes),
      SingleStore management API key (64 hex), Starburst Galaxy passwords,
      Nile credentials (UUID user and UUID password), Timescale passwords
      (16 [a-z0-9]), ClickHouse service passwords, SurrealDB passwords, Aiven
      API tokens (base64, ~370 chars), Upstash Kafka REST password, QStash
      token (base64 JSON {"UserID","Password"}), MotherDuck payload fields,
      PlanetScale OAuth tokens (not used), Fauna 'fnE' variant.
    * sb_secret_ / sb_publishable_ keys end in '_' + 8 chars that Supabase
      may compute as a checksum; here those 8 chars are random.
    * Upstash rediss:// password assumed to be the REST token.
    * JWT signatures are random bytes, so no token verifies against anything.
"""

import base64
import json
import os
import random
import sys

NPOS = 500
NNEG = 500

ALNUM_L = "abcdefghijklmnopqrstuvwxyz0123456789"
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64U = B62 + "-_"
HEX = "0123456789abcdef"
LOWER = "abcdefghijklmnopqrstuvwxyz"

ADJ = ["cool", "silent", "wispy", "patient", "steep", "icy", "bold", "misty", "royal",
       "sweet", "frosty", "hidden", "lucky", "polished", "quiet", "rapid", "shy",
       "tight", "young", "autumn", "billowing", "calm", "damp", "falling", "gentle",
       "holy", "lively", "muddy", "noisy", "odd", "plain", "restless", "snowy",
       "summer", "winter", "withered", "ancient", "broad", "crimson", "dawn"]
NOUN = ["darkness", "pond", "meadow", "art", "field", "river", "sun", "cloud", "leaf",
        "waterfall", "breeze", "moon", "rain", "wind", "sea", "morning", "snow",
        "lake", "sunset", "pine", "shadow", "dust", "fire", "flower", "firefly",
        "feather", "grass", "haze", "mountain", "night", "paper", "sky", "smoke",
        "star", "thunder", "violet", "wave", "glade", "bar", "tree"]
ANIMAL = ["otter", "cat", "tern", "sardine", "spider", "kudu", "grouse", "caribou",
          "cardinal", "bloodhound", "dachshund", "partridge", "woodcock", "wombat",
          "boxer", "coral", "jay", "falcon", "lynx", "heron", "marmot", "gecko",
          "panda", "beaver", "salmon", "toucan", "walrus", "mole", "finch", "yak"]
APPS = ["orders", "billing", "ledger", "inventory", "checkout", "analytics", "helpdesk",
        "catalog", "bookings", "payroll", "reports", "crm", "notes", "blog", "shop",
        "events", "tickets", "fleet", "metrics", "survey", "wiki", "kiosk", "lms"]
ORGS = ["acme", "northwind", "globex", "initech", "umbrella", "hooli", "stark-labs",
        "wayne-dev", "tyrell", "soylent", "contoso", "fabrikam", "vandelay", "pied-piper",
        "blueharbor", "greenfield", "lumen", "orbital", "quartz", "tidewater"]
FIRST = ["alex", "maria", "sam", "jordan", "priya", "chen", "lena", "omar", "sofia",
         "diego", "kim", "noah", "ava", "li", "marta", "ivan", "zoe", "yusuf", "emma"]
DOMAINS = ["example.com", "example.org", "corp.example", "mail.example.net"]
AWS_REGIONS = ["us-east-1", "us-east-2", "us-west-2", "eu-central-1", "eu-west-1",
               "eu-west-2", "ap-southeast-1", "ap-southeast-2", "ap-northeast-1",
               "ap-south-1", "sa-east-1", "ca-central-1"]
NEON_REGIONS = ["us-east-2.aws", "us-east-1.aws", "us-west-2.aws", "eu-central-1.aws",
                "ap-southeast-1.aws", "ap-southeast-2.aws", "eastus2.azure",
                "westus3.azure", "sa-east-1.aws", "eu-west-2.aws"]


def b64u(data):
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def b64s(data):
    return base64.b64encode(data).decode()


def fill(text, **kw):
    """Replace @@key@@ markers (avoids brace escaping in code templates)."""
    for k, v in kw.items():
        text = text.replace("@@" + k + "@@", str(v))
    assert "@@" not in text, text[text.index("@@") - 40: text.index("@@") + 40]
    return text


class G(object):
    """Random helpers; every value comes from self.R."""

    def __init__(self, seed):
        self.R = random.Random(seed)

    # ---- primitives ----------------------------------------------------
    def s(self, alpha, n):
        return "".join(self.R.choice(alpha) for _ in range(n))

    def pick(self, seq):
        return seq[self.R.randrange(len(seq))]

    def chance(self, p):
        return self.R.random() < p

    def rbytes(self, n):
        return bytes(self.R.randrange(256) for _ in range(n))

    def hexs(self, n):
        return self.s(HEX, n)

    def uuid(self):
        h = self.hexs(32)
        v = "89ab"[self.R.randrange(4)]
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], v, h[17:20], h[20:32])

    def ulid(self):
        return "01" + self.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24)

    def ts(self, lo=1693000000, hi=1767000000):
        return self.R.randrange(lo, hi)

    def date(self):
        return "2025-%02d-%02d" % (self.R.randrange(1, 13), self.R.randrange(1, 29))

    def isotime(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.R.randrange(24),
                                           self.R.randrange(60), self.R.randrange(60),
                                           self.R.randrange(1000))

    def app(self):
        return self.pick(APPS)

    def org(self):
        return self.pick(ORGS)

    def person(self):
        return self.pick(FIRST)

    def email(self):
        return "%s@%s" % (self.person(), self.pick(DOMAINS))

    def region(self):
        return self.pick(AWS_REGIONS)

    def port5(self):
        return self.R.randrange(10000, 65000)

    def jwt(self, header, payload, siglen, compact=True):
        sep = (",", ":") if compact else (", ", ": ")
        h = b64u(json.dumps(header, separators=(",", ":")).encode())
        p = b64u(json.dumps(payload, separators=sep).encode())
        return h + "." + p + "." + b64u(self.rbytes(siglen))

    # ---- Neon -----------------------------------------------------------
    def neon_api_key(self):
        return "napi_" + self.s(ALNUM_L, 64)

    def neon_password(self):
        if self.chance(0.75):
            return "npg_" + self.s(B62, 12)
        return self.s(B62, 12)

    def neon_host(self, pooler=None):
        if pooler is None:
            pooler = self.chance(0.5)
        ep = "ep-%s-%s-%s" % (self.pick(ADJ), self.pick(NOUN),
                              self.pick("abcdefgh") + str(self.R.randrange(10)) + self.s(ALNUM_L, 6))
        return ep + ("-pooler" if pooler else "") + "." + self.pick(NEON_REGIONS) + ".neon.tech"

    def neon_project_id(self):
        return "%s-%s-%08d" % (self.pick(ADJ), self.pick(NOUN), self.R.randrange(10 ** 8))

    def neon_branch_id(self):
        return "br-%s-%s-%s" % (self.pick(ADJ), self.pick(NOUN),
                                self.pick("abcdefgh") + str(self.R.randrange(10)) + self.s(ALNUM_L, 6))

    # ---- PlanetScale ----------------------------------------------------
    def pscale_pw(self):
        return "pscale_pw_" + self.s(B62 + "_", 43)

    def pscale_tkn(self):
        return "pscale_tkn_" + self.s(B62 + "_", 43)

    def pscale_user(self):
        return self.s(ALNUM_L, 20)

    def pscale_token_id(self):
        return self.s(ALNUM_L, 12)

    def pscale_host(self):
        return self.pick(["aws.connect.psdb.cloud", "us-east.connect.psdb.cloud",
                          "us-west.connect.psdb.cloud", "eu-central.connect.psdb.cloud",
                          "ap-south.connect.psdb.cloud", "gcp-us-central1.connect.psdb.cloud"])

    # ---- Turso ----------------------------------------------------------
    def turso_token(self, readonly=False):
        pl = {}
        if self.chance(0.8):
            pl["a"] = "ro" if readonly else "rw"
        iat = self.ts()
        if self.chance(0.3):
            pl["exp"] = iat + self.pick([604800, 1209600, 2592000, 7776000])
        pl["iat"] = iat
        pl["id"] = self.uuid()
        if self.chance(0.3):
            pl["kid"] = b64u(self.rbytes(32))
        pl["rid"] = self.uuid()
        return self.jwt({"alg": "EdDSA", "typ": "JWT"}, pl, 64)

    def turso_url(self, scheme="libsql"):
        db = self.app() + self.pick(["", "-db", "-prod", "-dev"])
        org = self.person() + self.pick(["", "-" + self.org(), str(self.R.randrange(10, 99))])
        reg = self.pick(["", ".aws-us-east-1", ".aws-us-east-2", ".aws-eu-west-1",
                         ".aws-ap-south-1", ".aws-ap-northeast-1"])
        return "%s://%s-%s%s.turso.io" % (scheme, db, org, reg)

    # ---- Xata -----------------------------------------------------------
    def xata_key(self):
        return "xau_" + self.s(B62, 33)

    def xata_ws(self):
        return self.s(ALNUM_L, 6)

    # ---- Supabase -------------------------------------------------------
    def supa_ref(self):
        return self.s(LOWER, 20)

    def supa_jwt(self, ref, role):
        iat = self.ts()
        return self.jwt({"alg": "HS256", "typ": "JWT"},
                        {"iss": "supabase", "ref": ref, "role": role, "iat": iat,
                         "exp": iat + 315360000}, 32)

    def supa_sb_secret(self):
        return "sb_secret_" + self.s(B64U, 22) + "_" + self.s(B62, 8)

    def supa_sb_publishable(self):
        return "sb_publishable_" + self.s(B64U, 22) + "_" + self.s(B62, 8)

    def supa_pat(self):
        return "sbp_" + self.hexs(40)

    def supa_db_password(self):
        return self.s(B62, self.R.randrange(14, 21))

    def supa_pooler(self):
        return "aws-%d-%s.pooler.supabase.com" % (self.pick([0, 0, 1]), self.region())

    # ---- CockroachDB ----------------------------------------------------
    def ccdb_key(self):
        return "CCDB1_" + self.s(B62, 22) + "_" + self.s(B62, 40)

    def crdb_password(self):
        return self.s(B62, 22)

    def crdb_host(self):
        return "%s-%s-%d.%s.%s.cockroachlabs.cloud" % (
            self.pick(ADJ), self.pick(ANIMAL), self.R.randrange(1000, 9999),
            self.s(ALNUM_L, 3), self.pick(["aws-us-east-1", "aws-us-west-2",
                                           "gcp-us-central1", "aws-eu-central-1",
                                           "gcp-europe-west1", "aws-ap-southeast-1"]))

    # ---- Tinybird -------------------------------------------------------
    def tb_host(self):
        return self.pick(["eu_shared", "us_east", "gcp-europe-west2", "gcp-europe-west3",
                          "aws-us-east-1", "aws-eu-central-1", "gcp-us-east4",
                          "aws-us-west-2"])

    def tb_token(self):
        pl = {"u": self.uuid(), "id": self.uuid()}
        if self.chance(0.75):
            pl["host"] = self.tb_host()
        body = b64u(json.dumps(pl).encode())
        return "p." + body + "." + b64u(self.rbytes(32))

    def tb_api(self):
        return self.pick(["https://api.tinybird.co", "https://api.us-east.tinybird.co",
                          "https://api.europe-west2.gcp.tinybird.co",
                          "https://api.us-east.aws.tinybird.co",
                          "https://api.eu-central-1.aws.tinybird.co"])

    # ---- MotherDuck -----------------------------------------------------
    def md_token(self):
        user = self.person()
        dom = self.pick(DOMAINS)
        pl = {"email": "%s@%s" % (user, dom)}
        if self.chance(0.5):
            pl["mdRegion"] = self.pick(["aws-us-east-1", "aws-eu-central-1"])
        pl["session"] = "%s.%s" % (user, dom)
        pl["pat"] = self.s(B64U, 43)
        pl["userId"] = self.uuid()
        pl["iss"] = "md_pat"
        pl["readOnly"] = False
        pl["tokenType"] = "read_write"
        pl["iat"] = self.ts()
        return self.jwt({"alg": "HS256", "typ": "JWT"}, pl, 32)

    # ---- Firebolt / ClickHouse / SingleStore / Dremio / Starburst -------
    def fb_client_id(self):
        return self.s(B62, 32)

    def fb_client_secret(self):
        return self.s(B64U, 64)

    def ch_key_id(self):
        return self.s(B62, 20)

    def ch_key_secret(self):
        return "4b1d" + self.s(B62, 38)

    def ch_password(self):
        return self.s(B62 + "~_", 14)

    def ch_host(self):
        return "%s.%s.%s.clickhouse.cloud" % (self.s(ALNUM_L, 10), self.region(),
                                              self.pick(["aws", "aws", "gcp"]))

    def s2_api_key(self):
        return self.hexs(64)

    def s2_password(self):
        return self.s(B62, 20)

    def s2_host(self):
        return "svc-%s-dml.aws-%s-%d.svc.singlestore.com" % (
            self.uuid(), self.pick(["virginia", "oregon", "frankfurt", "ireland", "mumbai"]),
            self.R.randrange(1, 9))

    def dremio_pat(self):
        return b64s(self.rbytes(64))

    def galaxy_password(self):
        return self.s(B62 + "!#%", 20)

    def galaxy_host(self):
        return "%s-%s.trino.galaxy.starburst.io" % (self.app(), self.org())

    # ---- Fauna / Upstash / Aiven / Timescale ------------------------------
    def fauna_secret(self):
        return "fn" + self.pick("AAAAE") + self.pick("DEF") + self.s(B64U, 36)

    def upstash_name(self, port):
        return "%s-%s-%d" % (self.pick(ADJ), self.pick(ANIMAL), port)

    def upstash_token(self, port, readonly=False):
        raw = (bytes([2 if readonly else 1]) + port.to_bytes(2, "big") + b"\x00\x02\x27"
               + ("p2" + self.hexs(32) + "p2" + str(port)).encode())
        return b64u(raw)

    def qstash_token(self):
        return b64s(json.dumps({"UserID": self.uuid(), "Password": self.hexs(32)},
                               separators=(",", ":")).encode())

    def kafka_password(self):
        return self.s(B62, 48)

    def aiven_token(self):
        return b64s(self.rbytes(276))

    def aiven_pw(self):
        return "AVNS_" + self.s(B64U, 19)

    def aiven_host(self, kind="pg"):
        return "%s-%s-%s.%s.aivencloud.com" % (kind, self.hexs(8), self.org(), self.pick("abcdefghijkl"))

    def tsdb_password(self):
        return self.s(ALNUM_L, 16)

    def tsdb_host(self):
        return "%s.%s.tsdb.cloud.timescale.com" % (self.s(ALNUM_L, 10), self.s(ALNUM_L, 10))

    # ---- Convex / Nile / Gel / Surreal / Prisma -----------------------------
    def convex_deployment(self):
        return "%s-%s-%d" % (self.pick(ADJ), self.pick(ANIMAL), self.R.randrange(100, 999))

    def convex_key(self, dep=None, kind=None):
        kind = kind or self.pick(["prod", "prod", "dev", "preview"])
        body = b64s(json.dumps({"v2": self.hexs(32)}, separators=(",", ":")).encode())
        if kind == "preview":
            return "preview:%s:%s|%s" % (self.org(), self.app(), body)
        return "%s:%s|%s" % (kind, dep or self.convex_deployment(), body)

    def nile_host(self):
        return self.pick(["us-west-2.db.thenile.dev", "eu-central-1.db.thenile.dev",
                          "db.thenile.dev"])

    def gel_secret(self, inst):
        iat = self.ts()
        pl = {"edb.d.all": True, "edb.i": [inst], "edb.r.all": True, "iat": iat,
              "iss": "aws.edgedb.cloud", "jti": self.s(B64U, 22), "sub": self.s(B64U, 22)}
        return "nbwt1_" + self.jwt({"alg": "ES256", "typ": "JWT"}, pl, 64)

    def edbt_token(self):
        return "edbt_" + self.jwt({"typ": "JWT", "alg": "ES256"},
                                  {"edgedb.server.any_role": True}, 64)

    def gel_password(self):
        return self.s(B62, 24)

    def surreal_password(self):
        return self.s(B62 + "-_", 24)

    def prisma_sk(self):
        return "sk_" + self.s(B64U, 21)

    def prisma_api_key(self):
        pl = {"jwt_id": 1, "secure_key": self.prisma_sk(), "api_key": self.ulid(),
              "tenant_id": self.hexs(64), "internal_secret": self.uuid()}
        return self.jwt({"alg": "HS256", "typ": "JWT"}, pl, 32)

    def pem_ec_key(self):
        der = (bytes.fromhex("308187020100301306072a8648ce3d020106082a8648ce3d030107046d306b0201010420")
               + self.rbytes(32) + bytes.fromhex("a14403420004") + self.rbytes(64))
        body = b64s(der)
        lines = [body[i:i + 64] for i in range(0, len(body), 64)]
        return lines

    def generic_pw(self, n=None):
        return self.s(B62, n or self.R.randrange(16, 28))


# =====================================================================
# Positive templates.  Each takes (g, v): v is None for a positive (the
# template generates the credential) or a non-secret string for a negative
# re-use.  Each returns (relpath, text, needle).
# =====================================================================

POS = []


def pos(provider, kind, slot, var, conv):
    def deco(f):
        POS.append({"f": f, "provider": provider, "kind": kind, "slot": slot,
                    "var": var, "conv": conv, "name": f.__name__})
        return f
    return deco


def envfile(g, alt):
    """A blocked .env-family name for a few positives only, else alt."""
    if g.mode == "pos" and g.env_budget > 0 and g.chance(0.45):
        g.env_budget -= 1
        return g.pick([".env", ".env.local", ".env.production", ".env.development"])
    return alt


# ---------------------------- Neon ----------------------------------------

@pos("neon", "api_token", "token", "NEON_API_KEY", True)
def t_neon_env(g, v):
    key = v if v is not None else g.neon_api_key()
    app = g.app()
    text = fill("""# @@app@@ - local settings for the branch tooling
NEON_PROJECT_ID=@@pid@@
NEON_API_KEY=@@key@@
NEON_DATABASE_NAME=@@app@@
NEON_ROLE_NAME=@@app@@_owner
PREVIEW_BRANCH_TTL_HOURS=@@ttl@@
LOG_LEVEL=info
""", app=app, pid=g.neon_project_id(), key=key, ttl=g.pick([24, 48, 72, 168]))
    return envfile(g, g.pick(["tools/neon/branching.env.sh", "ops/neon.conf", "scripts/neon.cfg"])), text, key


@pos("neon", "api_token", "token", "api_key", False)
def t_neon_gha(g, v):
    key = v if v is not None else g.neon_api_key()
    text = fill("""name: Preview database

on:
  pull_request:
    types: [opened, reopened, synchronize]

jobs:
  create-branch:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Create Neon branch
        id: create-branch
        uses: neondatabase/create-branch-action@v5
        with:
          project_id: @@pid@@
          branch_name: preview/pr-${{ github.event.number }}
          parent: main
          username: @@app@@_owner
          api_key: @@key@@
      - name: Run migrations
        run: npx prisma migrate deploy
        env:
          DATABASE_URL: ${{ steps.create-branch.outputs.db_url_with_pooler }}
""", pid=g.neon_project_id(), app=g.app(), key=key)
    return ".github/workflows/" + g.pick(["preview-db.yml", "neon-branch.yml", "pr-database.yml"]), text, key


@pos("neon", "api_token", "token", "NEON_TOKEN", False)
def t_neon_py_requests(g, v):
    key = v if v is not None else g.neon_api_key()
    text = fill('''"""Delete stale preview branches from the Neon project."""
import datetime as dt

import requests

API = "https://console.neon.tech/api/v2"
PROJECT = "@@pid@@"
SESSION = requests.Session()
SESSION.headers.update({
    "Accept": "application/json",
    "Authorization": "Bearer @@key@@",
})


def stale_branches(days=@@days@@):
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    resp = SESSION.get(f"{API}/projects/{PROJECT}/branches", timeout=30)
    resp.raise_for_status()
    for br in resp.json()["branches"]:
        created = dt.datetime.fromisoformat(br["created_at"].replace("Z", "+00:00"))
        if br["name"].startswith("preview/") and created < cutoff:
            yield br["id"], br["name"]


if __name__ == "__main__":
    for branch_id, name in stale_branches():
        print("deleting", name)
        SESSION.delete(f"{API}/projects/{PROJECT}/branches/{branch_id}", timeout=30)
''', pid=g.neon_project_id(), key=key, days=g.pick([7, 14, 30]))
    return g.pick(["scripts/prune_branches.py", "tools/neon_cleanup.py", "ops/neon/gc.py"]), text, key


@pos("neon", "db_password_url", "urlpw", "PGPASSWORD", False)
def t_neon_drizzle(g, v):
    pw = v if v is not None else g.neon_password()
    app = g.app()
    url = "postgresql://%s_owner:%s@%s/%s?sslmode=require" % (app, pw, g.neon_host(), app)
    text = fill('''import { defineConfig } from "drizzle-kit";

export default defineConfig({
  schema: "./src/db/schema.ts",
  out: "./drizzle",
  dialect: "postgresql",
  dbCredentials: {
    url: "@@url@@",
  },
  verbose: true,
  strict: true,
});
''', url=url)
    return "drizzle.config.ts", text, pw


@pos("neon", "db_password_url", "urlpw", "DATABASE_PASSWORD", False)
def t_neon_prisma_schema(g, v):
    pw = v if v is not None else g.neon_password()
    app = g.app()
    host = g.neon_host(pooler=False)
    text = fill('''generator client {
  provider = "prisma-client-js"
  previewFeatures = ["driverAdapters"]
}

datasource db {
  provider  = "postgresql"
  url       = "postgresql://@@app@@_app:@@pw@@@@@host@@/@@app@@?sslmode=require"
}

model Customer {
  id        String   @id @default(cuid())
  email     String   @unique
  name      String?
  createdAt DateTime @default(now())
  orders    Order[]
}

model Order {
  id         Int      @id @default(autoincrement())
  customerId String
  customer   Customer @relation(fields: [customerId], references: [id])
  totalCents Int
  status     String   @default("pending")
}
''', app=app, pw=pw, host=host)
    return "prisma/schema.prisma", text, pw


@pos("neon", "db_password_url", "urlpw", "DSN", False)
def t_neon_go(g, v):
    pw = v if v is not None else g.neon_password()
    app = g.app()
    text = fill('''package db

import (
	"context"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
)

// dsn points at the staging branch; production reads DATABASE_URL.
const dsn = "postgres://@@app@@_rw:@@pw@@@@@host@@/@@app@@?sslmode=require&pool_max_conns=10"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, err
	}
	cfg.MaxConnIdleTime = 2 * time.Minute
	return pgxpool.NewWithConfig(ctx, cfg)
}
''', app=app, pw=pw, host=g.neon_host())
    return g.pick(["internal/db/pool.go", "pkg/store/postgres.go", "db/conn.go"]), text, pw


@pos("neon", "api_token", "token", "api_key", False)
def t_neon_tf(g, v):
    key = v if v is not None else g.neon_api_key()
    app = g.app()
    text = fill('''terraform {
  required_providers {
    neon = {
      source  = "kislerdm/neon"
      version = "~> 0.6"
    }
  }
}

provider "neon" {
  api_key = "@@key@@"
}

resource "neon_project" "@@app@@" {
  name                      = "@@app@@"
  region_id                 = "aws-us-east-2"
  history_retention_seconds = 86400
}

resource "neon_branch" "staging" {
  project_id = neon_project.@@app@@.id
  name       = "staging"
}
''', key=key, app=app)
    return g.pick(["infra/neon/main.tf", "terraform/neon.tf", "deploy/tf/database.tf"]), text, key


@pos("neon", "db_password_url", "urlpw", "DATABASE_URL", False)
def t_neon_route(g, v):
    pw = v if v is not None else g.neon_password()
    app = g.app()
    text = fill('''import { neon } from "@neondatabase/serverless";
import { NextResponse } from "next/server";

export const runtime = "edge";

const sql = neon(
  "postgresql://@@app@@_reader:@@pw@@@@@host@@/@@app@@?sslmode=require"
);

export async function GET() {
  const rows = await sql`select count(*)::int as n from @@app@@_events where created_at > now() - interval '1 day'`;
  return NextResponse.json({ ok: true, last24h: rows[0].n });
}
''', app=app, pw=pw, host=g.neon_host(pooler=True))
    return "app/api/" + g.pick(["health", "stats", "metrics"]) + "/route.ts", text, pw


@pos("neon", "db_password_url", "urlpw", "DATABASE_URL", False)
def t_neon_log(g, v):
    pw = v if v is not None else g.neon_password()
    app = g.app()
    host = g.neon_host()
    lines = []
    for i in range(g.R.randrange(3, 7)):
        lines.append("%s INFO  worker[%d] processed batch=%d rows=%d" % (
            g.isotime(), g.R.randrange(1, 9), g.R.randrange(1000, 9999), g.R.randrange(10, 900)))
    lines.append("%s DEBUG config loaded: database_url=postgresql://%s_owner:%s@%s/%s?sslmode=require" % (
        g.isotime(), app, pw, host, app))
    for i in range(g.R.randrange(2, 6)):
        lines.append("%s WARN  slow query %dms on %s_orders" % (g.isotime(), g.R.randrange(300, 5000), app))
    day = g.date()
    lines = sorted(day + ln[10:] for ln in lines)
    text = "\n".join(lines) + "\n"
    return g.pick(["logs/worker.log", "var/log/app.log", "tmp/debug.log"]), text, pw


# ---------------------------- PlanetScale --------------------------------

@pos("planetscale", "db_password", "pw", "password", True)
def t_ps_rails(g, v):
    pw = v if v is not None else g.pscale_pw()
    app = g.app()
    text = fill('''default: &default
  adapter: trilogy
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>
  ssl_mode: verify_identity

development:
  <<: *default
  database: @@app@@_development
  username: root
  host: 127.0.0.1

staging:
  <<: *default
  database: @@app@@
  host: @@host@@
  username: @@user@@
  password: @@pw@@
  sslca: /etc/ssl/certs/ca-certificates.crt
''', app=app, host=g.pscale_host(), user=g.pscale_user(), pw=pw)
    return "config/database.yml", text, pw


@pos("planetscale", "db_password", "pw", "password", True)
def t_ps_mysql2(g, v):
    pw = v if v is not None else g.pscale_pw()
    text = fill('''import { createPool } from "mysql2/promise";

export const pool = createPool({
  host: "@@host@@",
  user: "@@user@@",
  password: "@@pw@@",
  database: "@@db@@",
  ssl: { rejectUnauthorized: true },
  connectionLimit: 8,
});

export async function findUser(id: number) {
  const [rows] = await pool.query("SELECT id, email FROM users WHERE id = ?", [id]);
  return (rows as any[])[0] ?? null;
}
''', host=g.pscale_host(), user=g.pscale_user(), pw=pw, db=g.app())
    return g.pick(["src/db.ts", "server/lib/pool.ts", "api/db/index.ts"]), text, pw


@pos("planetscale", "service_token", "token", "--service-token", False)
def t_ps_cli_sh(g, v):
    tok = v if v is not None else g.pscale_tkn()
    db = g.app()
    text = fill('''#!/usr/bin/env bash
# Open a deploy request from the current branch and wait for it.
set -euo pipefail

ORG=@@org@@
DB=@@db@@
BRANCH="${1:-$(git rev-parse --abbrev-ref HEAD | tr '/' '-')}"

pscale deploy-request create "$DB" "$BRANCH" \\
  --org "$ORG" \\
  --service-token-id @@tid@@ \\
  --service-token @@tok@@ \\
  --format json > /tmp/dr.json

NUMBER=$(jq -r .number /tmp/dr.json)
echo "deploy request #$NUMBER opened for $BRANCH"
''', org=g.org(), db=db, tid=g.pscale_token_id(), tok=tok)
    return g.pick(["scripts/open-deploy-request.sh", "bin/ps-deploy", "ci/deploy_request.sh"]), text, tok


@pos("planetscale", "service_token", "token", "PLANETSCALE_SERVICE_TOKEN", True)
def t_ps_gha(g, v):
    tok = v if v is not None else g.pscale_tkn()
    text = fill('''name: Schema branch

on:
  push:
    branches: ["feature/**"]

env:
  PLANETSCALE_ORG: @@org@@
  PLANETSCALE_SERVICE_TOKEN_ID: @@tid@@
  PLANETSCALE_SERVICE_TOKEN: @@tok@@

jobs:
  branch:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: planetscale/setup-pscale-action@v1
      - run: pscale branch create @@db@@ ${{ github.ref_name }} --wait || true
      - run: pscale branch schema @@db@@ ${{ github.ref_name }}
''', org=g.org(), tid=g.pscale_token_id(), tok=tok, db=g.app())
    return ".github/workflows/" + g.pick(["planetscale.yml", "schema-branch.yml"]), text, tok


@pos("planetscale", "db_password_url", "urlpw", "DB_URL", False)
def t_ps_sqlalchemy(g, v):
    pw = v if v is not None else g.pscale_pw()
    db = g.app()
    text = fill('''from sqlalchemy import create_engine, text

ENGINE = create_engine(
    "mysql+pymysql://@@user@@:@@pw@@@@@host@@/@@db@@?charset=utf8mb4",
    connect_args={"ssl": {"ssl_ca": "/etc/ssl/cert.pem"}},
    pool_recycle=280,
)


def load_jobs():
    with ENGINE.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(text("select * from jobs order by id"))]
''', user=g.pscale_user(), pw=pw, host=g.pscale_host(), db=db)
    return g.pick(["app/database.py", "etl/engine.py", "src/" + db + "/db.py"]), text, pw


@pos("planetscale", "db_password", "pw", "DATABASE_PASSWORD", False)
def t_ps_serverless_driver(g, v):
    pw = v if v is not None else g.pscale_pw()
    text = fill('''import { connect } from "@planetscale/database";

const conn = connect({
  host: "@@host@@",
  username: "@@user@@",
  password: "@@pw@@",
});

export default {
  async fetch(request: Request): Promise<Response> {
    const { rows } = await conn.execute("select slug, title from posts where published = 1 limit 20");
    return Response.json(rows);
  },
};
''', host=g.pscale_host(), user=g.pscale_user(), pw=pw)
    return g.pick(["src/worker.ts", "functions/posts.ts", "edge/index.ts"]), text, pw


# ---------------------------- Turso ---------------------------------------

@pos("turso", "jwt_auth_token", "jwt", "TURSO_AUTH_TOKEN", True)
def t_turso_wrangler(g, v):
    tok = v if v is not None else g.turso_token()
    app = g.app()
    text = fill('''name = "@@app@@-api"
main = "src/index.ts"
compatibility_date = "@@date@@"
compatibility_flags = ["nodejs_compat"]

[vars]
TURSO_DATABASE_URL = "@@url@@"
TURSO_AUTH_TOKEN = "@@tok@@"
ENVIRONMENT = "production"

[[kv_namespaces]]
binding = "CACHE"
id = "@@kv@@"
''', app=app, date=g.date(), url=g.turso_url(), tok=tok, kv=g.hexs(32))
    return "wrangler.toml", text, tok


@pos("turso", "jwt_auth_token", "jwt", "authToken", False)
def t_turso_drizzle(g, v):
    tok = v if v is not None else g.turso_token()
    text = fill('''import type { Config } from "drizzle-kit";

export default {
  schema: "./db/schema.ts",
  out: "./db/migrations",
  dialect: "turso",
  dbCredentials: {
    url: "@@url@@",
    authToken: "@@tok@@",
  },
} satisfies Config;
''', url=g.turso_url(), tok=tok)
    return "drizzle.config.ts", text, tok


@pos("turso", "jwt_auth_token", "jwt", "auth_token", False)
def t_turso_rust(g, v):
    tok = v if v is not None else g.turso_token()
    text = fill('''use libsql::{Builder, Connection};

pub async fn connect() -> anyhow::Result<Connection> {
    let db = Builder::new_remote(
        "@@url@@".to_string(),
        "@@tok@@".to_string(),
    )
    .build()
    .await?;
    Ok(db.connect()?)
}

pub async fn ping(conn: &Connection) -> anyhow::Result<()> {
    conn.execute("select 1", ()).await?;
    Ok(())
}
''', url=g.turso_url(), tok=tok)
    return g.pick(["src/db.rs", "crates/store/src/remote.rs"]), text, tok


@pos("turso", "jwt_auth_token", "jwt", "authToken", False)
def t_turso_url_param(g, v):
    tok = v if v is not None else g.turso_token()
    url = g.turso_url()
    text = fill('''#!/bin/sh
# Quick shell into the shared dev database.
# usage: ./scripts/dbshell.sh [sql-file]
set -e
DB_URL="@@url@@?authToken=@@tok@@"
if [ -n "$1" ]; then
  turso db shell "$DB_URL" < "$1"
else
  turso db shell "$DB_URL"
fi
''', url=url, tok=tok)
    return g.pick(["scripts/dbshell.sh", "bin/sql", "tools/turso-shell.sh"]), text, tok


@pos("turso", "jwt_auth_token", "jwt", "LIBSQL_TOKEN", False)
def t_turso_fly(g, v):
    tok = v if v is not None else g.turso_token()
    app = g.app()
    text = fill('''app = "@@app@@-@@org@@"
primary_region = "@@reg@@"

[build]
  dockerfile = "Dockerfile"

[env]
  PORT = "8080"
  LIBSQL_URL = "@@url@@"
  LIBSQL_TOKEN = "@@tok@@"

[http_service]
  internal_port = 8080
  force_https = true
  auto_stop_machines = "stop"
  min_machines_running = 0
''', app=app, org=g.org(), reg=g.pick(["iad", "ams", "fra", "sin", "syd", "lhr"]),
                url=g.turso_url(), tok=tok)
    return "fly.toml", text, tok


@pos("turso", "jwt_auth_token", "jwt", "auth_token", False)
def t_turso_py(g, v):
    tok = v if v is not None else g.turso_token()
    text = fill('''import libsql_client

client = libsql_client.create_client_sync(
    url="@@url@@",
    auth_token="@@tok@@",
)


def top_products(limit=10):
    rs = client.execute("select sku, sum(qty) q from sales group by sku order by q desc limit ?", [limit])
    return [tuple(r) for r in rs.rows]
''', url=g.turso_url("https"), tok=tok)
    return g.pick(["reports/turso_client.py", "app/store.py"]), text, tok


@pos("turso", "jwt_auth_token", "jwt", "TURSO_AUTH_TOKEN", True)
def t_turso_deploylog(g, v):
    tok = v if v is not None else g.turso_token()
    text = fill('''==> Cloning from https://github.com/@@org@@/@@app@@
==> Checking out commit @@sha@@ in branch main
==> Using Node.js version 20.11.1 (default)
==> Running build command 'npm ci && npm run build'...
added 412 packages, and audited 413 packages in 9s
==> Exporting environment
    NODE_ENV=production
    TURSO_DATABASE_URL=@@url@@
    TURSO_AUTH_TOKEN=@@tok@@
==> Uploading build...
==> Build successful
==> Deploying...
==> Your service is live
''', org=g.org(), app=g.app(), sha=g.hexs(40), url=g.turso_url(), tok=tok)
    return g.pick(["logs/render-deploy.log", "ci-output/build.log"]), text, tok


# ---------------------------- Xata ----------------------------------------

@pos("xata", "api_token", "token", "apiKey", False)
def t_xata_client(g, v):
    key = v if v is not None else g.xata_key()
    ws = g.xata_ws()
    app = g.app()
    text = fill('''import { buildClient } from "@xata.io/client";
import type { DatabaseSchema } from "./schema";

const DatabaseClient = buildClient();

export class XataClient extends DatabaseClient<DatabaseSchema> {}

export const xata = new XataClient({
  databaseURL: "https://@@org@@-@@ws@@.@@reg@@.xata.sh/db/@@app@@",
  apiKey: "@@key@@",
  branch: "main",
});
''', org=g.org(), ws=ws, reg=g.region(), app=app, key=key)
    return g.pick(["src/xata.ts", "lib/xata.ts"]), text, key


@pos("xata", "api_token", "urlpw", "XATA_API_KEY", False)
def t_xata_pg(g, v):
    key = v if v is not None else g.xata_key()
    app = g.app()
    text = fill('''import os

import psycopg

DSN = os.environ.get(
    "XATA_PG_URL",
    "postgresql://@@ws@@:@@key@@@@@reg@@.sql.xata.sh/@@app@@:main?sslmode=require",
)


def rows(sql, *params):
    with psycopg.connect(DSN) as conn, conn.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()
''', ws=g.xata_ws(), key=key, reg=g.region(), app=app)
    return g.pick(["backend/db.py", "jobs/xata_pg.py"]), text, key


@pos("xata", "api_token", "token", "Authorization", False)
def t_xata_md(g, v):
    key = v if v is not None else g.xata_key()
    ws = g.xata_ws()
    app = g.app()
    text = fill('''# Querying the @@app@@ database by hand

The search endpoint is handy when debugging relevance:

```bash
curl -s https://@@org@@-@@ws@@.@@reg@@.xata.sh/db/@@app@@:main/search \\
  -H "Authorization: Bearer @@key@@" \\
  -H "Content-Type: application/json" \\
  -d '{"query": "refund", "fuzziness": 1}' | jq '.records[].id'
```

Results come back ranked by `xata.score`.
''', app=app, org=g.org(), ws=ws, reg=g.region(), key=key)
    return g.pick(["docs/xata-search.md", "notes/debugging-search.md"]), text, key


# ---------------------------- Supabase ------------------------------------

@pos("supabase", "jwt_service_role", "jwt", "SUPABASE_SERVICE_ROLE_KEY", False)
def t_supa_admin_ts(g, v):
    ref = g.supa_ref()
    key = v if v is not None else g.supa_jwt(ref, "service_role")
    text = fill('''import { createClient } from "@supabase/supabase-js";

// Server-only client used by the nightly export job.
export const supabaseAdmin = createClient(
  "https://@@ref@@.supabase.co",
  "@@key@@",
  { auth: { persistSession: false, autoRefreshToken: false } }
);

export async function exportSignups(since: string) {
  const { data, error } = await supabaseAdmin
    .from("profiles")
    .select("id, email, created_at")
    .gte("created_at", since);
  if (error) throw error;
  return data;
}
''', ref=ref, key=key)
    return g.pick(["lib/supabase-admin.ts", "scripts/export-signups.ts", "server/supabase.ts"]), text, key


@pos("supabase", "db_password_url", "urlpw", "DATABASE_URL", True)
def t_supa_compose(g, v):
    ref = g.supa_ref()
    pw = v if v is not None else g.supa_db_password()
    app = g.app()
    text = fill('''services:
  api:
    build: .
    ports:
      - "3000:3000"
    environment:
      NODE_ENV: production
      DATABASE_URL: postgresql://postgres.@@ref@@:@@pw@@@@@host@@:6543/postgres?pgbouncer=true
      DIRECT_URL: postgresql://postgres.@@ref@@@@@host@@:5432/postgres
      REDIS_URL: redis://cache:6379
    depends_on:
      - cache
  cache:
    image: redis:7-alpine
    volumes:
      - @@app@@-redis:/data
volumes:
  @@app@@-redis: {}
''', ref=ref, pw=pw, host=g.supa_pooler(), app=app)
    return g.pick(["docker-compose.yml", "compose.prod.yaml", "deploy/docker-compose.yml"]), text, pw


@pos("supabase", "api_token", "token", "SUPABASE_ACCESS_TOKEN", True)
def t_supa_pat_gha(g, v):
    tok = v if v is not None else g.supa_pat()
    ref = g.supa_ref()
    text = fill('''name: Deploy migrations

on:
  push:
    branches: [main]
    paths: ["supabase/migrations/**"]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      SUPABASE_ACCESS_TOKEN: @@tok@@
      SUPABASE_DB_PASSWORD: ${{ secrets.SUPABASE_DB_PASSWORD }}
      PROJECT_REF: @@ref@@
    steps:
      - uses: actions/checkout@v4
      - uses: supabase/setup-cli@v1
        with:
          version: latest
      - run: supabase link --project-ref $PROJECT_REF
      - run: supabase db push
''', tok=tok, ref=ref)
    return ".github/workflows/" + g.pick(["supabase-migrations.yml", "db-deploy.yml"]), text, tok


@pos("supabase", "api_token", "token", "SUPABASE_SECRET_KEY", True)
def t_supa_sb_secret_py(g, v):
    key = v if v is not None else g.supa_sb_secret()
    ref = g.supa_ref()
    text = fill('''"""Settings for the worker service."""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SUPABASE_URL = "https://@@ref@@.supabase.co"
SUPABASE_SECRET_KEY = "@@key@@"
STORAGE_BUCKET = "@@app@@-uploads"

QUEUE_POLL_SECONDS = @@poll@@
MAX_RETRIES = 5
TIME_ZONE = "UTC"
''', ref=ref, key=key, app=g.app(), poll=g.pick([2, 5, 10, 30]))
    return g.pick(["worker/settings.py", "config/settings.py", "backend/app/config.py"]), text, key


@pos("supabase", "jwt_service_role", "jwt", "Authorization", False)
def t_supa_edge_fn(g, v):
    ref = g.supa_ref()
    key = v if v is not None else g.supa_jwt(ref, "service_role")
    text = fill('''// supabase/functions/notify/index.ts
import "jsr:@supabase/functions-js/edge-runtime.d.ts";

const REST = "https://@@ref@@.supabase.co/rest/v1";

Deno.serve(async (req) => {
  const { userId, message } = await req.json();
  const res = await fetch(`${REST}/notifications`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: "Bearer @@key@@",
      Prefer: "return=minimal",
    },
    body: JSON.stringify({ user_id: userId, body: message }),
  });
  return new Response(null, { status: res.status });
});
''', ref=ref, key=key)
    return "supabase/functions/" + g.pick(["notify", "send-digest", "webhook-relay"]) + "/index.ts", text, key


@pos("supabase", "db_password", "pw", "pass", False)
def t_supa_dbt(g, v):
    ref = g.supa_ref()
    pw = v if v is not None else g.supa_db_password()
    app = g.app()
    text = fill('''@@app@@_analytics:
  target: prod
  outputs:
    dev:
      type: postgres
      host: localhost
      port: 5432
      user: postgres
      pass: "{{ env_var('DBT_DEV_PASSWORD') }}"
      dbname: @@app@@
      schema: dbt_dev
      threads: 4
    prod:
      type: postgres
      host: @@host@@
      port: 5432
      user: postgres.@@ref@@
      pass: "@@pw@@"
      dbname: postgres
      schema: analytics
      threads: 8
      sslmode: require
''', app=app, host=g.supa_pooler(), ref=ref, pw=pw)
    return g.pick(["profiles.yml", "analytics/profiles.yml", "dbt/profiles.yml"]), text, pw


@pos("supabase", "db_password", "pw", "password", False)
def t_supa_go_kv(g, v):
    ref = g.supa_ref()
    pw = v if v is not None else g.supa_db_password()
    text = fill('''package main

import (
	"database/sql"
	"log"

	_ "github.com/lib/pq"
)

func main() {
	connStr := "host=@@host@@ port=6543 user=postgres.@@ref@@ password=@@pw@@ dbname=postgres sslmode=require"
	db, err := sql.Open("postgres", connStr)
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow("select count(*) from auth.users").Scan(&n); err != nil {
		log.Fatal(err)
	}
	log.Printf("users: %d", n)
}
''', host=g.supa_pooler(), ref=ref, pw=pw)
    return g.pick(["cmd/usercount/main.go", "tools/stats/main.go"]), text, pw


@pos("supabase", "db_password", "pw", "password", False)
def t_supa_sql_dblink(g, v):
    ref = g.supa_ref()
    pw = v if v is not None else g.supa_db_password()
    text = fill('''-- Pull the legacy customers table from the old project once.
create extension if not exists dblink;

select dblink_connect(
  'legacy',
  'host=@@host@@ port=5432 dbname=postgres user=postgres.@@ref@@ password=@@pw@@ sslmode=require'
);

insert into public.customers (id, email, created_at)
select * from dblink('legacy', 'select id, email, created_at from public.customers')
  as t(id uuid, email text, created_at timestamptz)
on conflict (id) do nothing;

select dblink_disconnect('legacy');
''', host=g.supa_pooler(), ref=ref, pw=pw)
    return "supabase/migrations/%s%02d%02d%02d_import_legacy.sql" % (
        g.date().replace("-", ""), g.R.randrange(24), g.R.randrange(60), g.R.randrange(60)), text, pw


# ---------------------------- CockroachDB ---------------------------------

@pos("cockroachdb", "api_token", "token", "apikey", False)
def t_crdb_tf(g, v):
    key = v if v is not None else g.ccdb_key()
    app = g.app()
    text = fill('''terraform {
  required_providers {
    cockroach = {
      source  = "cockroachdb/cockroach"
      version = "1.11.2"
    }
  }
}

provider "cockroach" {
  apikey = "@@key@@"
}

resource "cockroach_cluster" "@@app@@" {
  name           = "@@app@@-prod"
  cloud_provider = "AWS"
  plan           = "STANDARD"
  serverless = {
    usage_limits = {
      provisioned_virtual_cpus = 2
    }
  }
  regions = [{ name = "us-east-1" }]
}
''', key=key, app=app)
    return g.pick(["infra/cockroach.tf", "terraform/crdb/main.tf"]), text, key


@pos("cockroachdb", "api_token", "token", "COCKROACH_API_KEY", True)
def t_crdb_sh(g, v):
    key = v if v is not None else g.ccdb_key()
    text = fill('''#!/usr/bin/env bash
set -euo pipefail
# List clusters and their state for the weekly ops report.
export COCKROACH_API_KEY=@@key@@

curl -sf https://cockroachlabs.cloud/api/v1/clusters \\
  -H "Authorization: Bearer ${COCKROACH_API_KEY}" \\
  -H "Cc-Version: 2024-09-16" \\
  | jq -r '.clusters[] | [.name, .state, .plan, .cloud_provider] | @tsv'
''', key=key)
    return g.pick(["ops/list-clusters.sh", "scripts/crdb-report.sh"]), text, key


@pos("cockroachdb", "db_password_url", "urlpw", "DATABASE_URL", False)
def t_crdb_py(g, v):
    pw = v if v is not None else g.crdb_password()
    app = g.app()
    text = fill('''import psycopg2
from psycopg2.extras import RealDictCursor

CONN = "postgresql://@@app@@_svc:@@pw@@@@@host@@:26257/@@app@@?sslmode=verify-full"


def get_conn():
    return psycopg2.connect(CONN, cursor_factory=RealDictCursor, application_name="@@app@@-worker")


def transfer(src, dst, amount):
    with get_conn() as conn, conn.cursor() as cur:
        cur.execute("UPDATE accounts SET balance = balance - %s WHERE id = %s", (amount, src))
        cur.execute("UPDATE accounts SET balance = balance + %s WHERE id = %s", (amount, dst))
''', app=app, pw=pw, host=g.crdb_host())
    return g.pick(["bank/db.py", "services/ledger/conn.py"]), text, pw


@pos("cockroachdb", "db_password", "pw", "spring.datasource.password", True)
def t_crdb_props(g, v):
    pw = v if v is not None else g.crdb_password()
    app = g.app()
    text = fill('''spring.application.name=@@app@@-service
server.port=8080
spring.datasource.url=jdbc:postgresql://@@host@@:26257/@@app@@?sslmode=verify-full
spring.datasource.username=@@app@@_app
spring.datasource.password=@@pw@@
spring.datasource.hikari.maximum-pool-size=10
spring.jpa.hibernate.ddl-auto=validate
spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.CockroachDialect
management.endpoints.web.exposure.include=health,info
''', app=app, host=g.crdb_host(), pw=pw)
    return "src/main/resources/application-" + g.pick(["prod", "staging", "cloud"]) + ".properties", text, pw


@pos("cockroachdb", "private_key", "pem", "client.key", False)
def t_crdb_pem(g, v):
    user = g.pick(["root", "maxroach", g.app()])
    if v is None:
        lines = g.pem_ec_key()
        needle = lines[0]
        body = "\n".join(lines)
    else:
        needle = v
        body = v
    text = "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n"
    return "certs/client.%s.key" % user, text, needle


@pos("cockroachdb", "db_password", "pw", "PASSWORD", False)
def t_crdb_sql_user(g, v):
    pw = v if v is not None else g.crdb_password()
    app = g.app()
    text = fill('''-- 0007_app_roles.sql
CREATE ROLE IF NOT EXISTS @@app@@_readonly;
GRANT SELECT ON TABLE @@app@@.* TO @@app@@_readonly;

CREATE USER IF NOT EXISTS @@app@@_reporting WITH LOGIN PASSWORD '@@pw@@';
GRANT @@app@@_readonly TO @@app@@_reporting;

ALTER ROLE @@app@@_reporting SET statement_timeout = '30s';
''', app=app, pw=pw)
    return g.pick(["db/migrations/0007_app_roles.sql", "sql/roles.sql"]), text, pw


# ---------------------------- Tinybird ------------------------------------

@pos("tinybird", "api_token", "token", "token", False)
def t_tb_fetch(g, v):
    tok = v if v is not None else g.tb_token()
    text = fill('''"use client";
import useSWR from "swr";

const fetcher = (url: string) => fetch(url).then((r) => r.json());

const ENDPOINT =
  "@@api@@/v0/pipes/@@pipe@@.json?token=@@tok@@";

export function LiveCounter() {
  const { data } = useSWR(ENDPOINT, fetcher, { refreshInterval: 5000 });
  const value = data?.data?.[0]?.total ?? 0;
  return <span className="tabular-nums">{value.toLocaleString()}</span>;
}
''', api=g.tb_api(), pipe=g.pick(["top_pages", "kpis", "events_per_minute", "ticker"]), tok=tok)
    return g.pick(["components/LiveCounter.tsx", "app/(marketing)/Ticker.tsx"]), text, tok


@pos("tinybird", "api_token", "token", "token", False)
def t_tb_tinyb(g, v):
    tok = v if v is not None else g.tb_token()
    text = fill('''{
    "host": "@@api@@",
    "id": "@@wid@@",
    "name": "@@app@@_analytics",
    "scope": "user",
    "token": "@@tok@@",
    "user_email": "@@email@@",
    "user_id": "@@uid@@",
    "version": "1.0.@@ver@@"
}
''', api=g.tb_api(), wid=g.uuid(), app=g.app(), tok=tok, email=g.email(), uid=g.uuid(),
                ver=g.R.randrange(0, 30))
    return g.pick([".tinyb", "tinybird/.tinyb"]), text, tok


@pos("tinybird", "api_token", "token", "TB_TOKEN", True)
def t_tb_ingest_py(g, v):
    tok = v if v is not None else g.tb_token()
    text = fill('''import json
import requests

TB_HOST = "@@api@@"
TB_TOKEN = "@@tok@@"


def send_events(events):
    body = "\\n".join(json.dumps(e) for e in events)
    r = requests.post(
        f"{TB_HOST}/v0/events",
        params={"name": "@@ds@@"},
        data=body,
        headers={"Authorization": f"Bearer {TB_TOKEN}"},
        timeout=10,
    )
    r.raise_for_status()
    return r.json()["successful_rows"]
''', api=g.tb_api(), tok=tok, ds=g.pick(["page_views", "clicks", "app_events"]))
    return g.pick(["ingest/tinybird.py", "analytics/sender.py"]), text, tok


# ---------------------------- MotherDuck ----------------------------------

@pos("motherduck", "jwt_auth_token", "jwt", "motherduck_token", True)
def t_md_py(g, v):
    tok = v if v is not None else g.md_token()
    db = g.pick(["analytics", "warehouse", "prod", g.app()])
    text = fill('''import duckdb

con = duckdb.connect("md:@@db@@?motherduck_token=@@tok@@")

daily = con.sql("""
    select date_trunc('day', ts) as day, count(*) as events
    from events
    group by 1
    order by 1 desc
    limit 30
""").df()

print(daily.head())
''', db=db, tok=tok)
    return g.pick(["notebooks/daily_events.py", "jobs/md_rollup.py"]), text, tok


@pos("motherduck", "jwt_auth_token", "jwt", "motherduck_token", True)
def t_md_dbt(g, v):
    tok = v if v is not None else g.md_token()
    text = fill('''@@app@@:
  target: prod
  outputs:
    local:
      type: duckdb
      path: local.duckdb
      threads: 4
    prod:
      type: duckdb
      path: "md:@@app@@_prod"
      threads: 8
      settings:
        motherduck_token: "@@tok@@"
''', app=g.app(), tok=tok)
    return g.pick(["profiles.yml", "transform/profiles.yml"]), text, tok


@pos("motherduck", "jwt_auth_token", "jwt", "dsn", False)
def t_md_go(g, v):
    tok = v if v is not None else g.md_token()
    text = fill('''package warehouse

import (
	"database/sql"

	_ "github.com/marcboeker/go-duckdb"
)

func Open() (*sql.DB, error) {
	return sql.Open("duckdb", "md:@@db@@?motherduck_token=@@tok@@")
}
''', db=g.app(), tok=tok)
    return g.pick(["internal/warehouse/duck.go", "pkg/md/open.go"]), text, tok


# ---------------------------- Firebolt / ClickHouse / S2 / Dremio ---------

@pos("firebolt", "service_account_secret", "token", "client_secret", False)
def t_fb_py(g, v):
    sec = v if v is not None else g.fb_client_secret()
    text = fill('''from firebolt.client.auth import ClientCredentials
from firebolt.db import connect

auth = ClientCredentials("@@cid@@", "@@sec@@")

with connect(auth=auth, account_name="@@org@@", engine_name="@@app@@_engine",
             database="@@app@@") as conn:
    cur = conn.cursor()
    cur.execute("SELECT count(*) FROM page_views WHERE event_date = CURRENT_DATE")
    print(cur.fetchone())
''', cid=g.fb_client_id(), sec=sec, org=g.org(), app=g.app())
    return g.pick(["jobs/firebolt_check.py", "scripts/fb_query.py"]), text, sec


@pos("firebolt", "service_account_secret", "token", "FIREBOLT_CLIENT_SECRET", True)
def t_fb_render(g, v):
    sec = v if v is not None else g.fb_client_secret()
    app = g.app()
    text = fill('''services:
  - type: worker
    name: @@app@@-loader
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: python -m loader
    envVars:
      - key: FIREBOLT_ACCOUNT
        value: @@org@@
      - key: FIREBOLT_CLIENT_ID
        value: @@cid@@
      - key: FIREBOLT_CLIENT_SECRET
        value: @@sec@@
      - key: FIREBOLT_ENGINE
        value: @@app@@_ingest
''', app=app, org=g.org(), cid=g.fb_client_id(), sec=sec)
    return "render.yaml", text, sec


@pos("clickhouse", "api_key_secret", "token", "basic auth", False)
def t_ch_curl(g, v):
    sec = v if v is not None else g.ch_key_secret()
    text = fill('''#!/usr/bin/env bash
# Scale the analytics service down outside business hours (cron: 0 20 * * 1-5)
ORG=@@orgid@@
SVC=@@svc@@
curl -s --user "@@kid@@:@@sec@@" \\
  -X PATCH "https://api.clickhouse.cloud/v1/organizations/$ORG/services/$SVC/replicaScaling" \\
  -H "Content-Type: application/json" \\
  -d '{"minReplicaMemoryGb": 8, "maxReplicaMemoryGb": 16}'
''', orgid=g.uuid(), svc=g.uuid(), kid=g.ch_key_id(), sec=sec)
    return g.pick(["ops/ch-scale-down.sh", "cron/clickhouse_scale.sh"]), text, sec


@pos("clickhouse", "api_key_secret", "token", "token_secret", False)
def t_ch_tf(g, v):
    sec = v if v is not None else g.ch_key_secret()
    app = g.app()
    text = fill('''provider "clickhouse" {
  organization_id = "@@orgid@@"
  token_key       = "@@kid@@"
  token_secret    = "@@sec@@"
}

resource "clickhouse_service" "@@app@@" {
  name           = "@@app@@-analytics"
  cloud_provider = "aws"
  region         = "@@reg@@"
  idle_scaling   = true
  ip_access = [
    { source = "0.0.0.0/0", description = "anywhere" }
  ]
}
''', orgid=g.uuid(), kid=g.ch_key_id(), sec=sec, app=app, reg=g.region())
    return g.pick(["infra/clickhouse.tf", "terraform/analytics/main.tf"]), text, sec


@pos("clickhouse", "db_password", "pw", "password", False)
def t_ch_py(g, v):
    pw = v if v is not None else g.ch_password()
    text = fill('''import clickhouse_connect

client = clickhouse_connect.get_client(
    host="@@host@@",
    port=8443,
    username="default",
    password="@@pw@@",
    secure=True,
)

result = client.query("SELECT toStartOfHour(ts) h, count() FROM events GROUP BY h ORDER BY h DESC LIMIT 24")
for row in result.result_rows:
    print(*row)
''', host=g.ch_host(), pw=pw)
    return g.pick(["notebooks/hourly.py", "scripts/ch_hourly.py"]), text, pw


@pos("singlestore", "api_token", "token", "api_key", False)
def t_s2_tf(g, v):
    key = v if v is not None else g.s2_api_key()
    app = g.app()
    text = fill('''provider "singlestoredb" {
  api_key = "@@key@@"
}

resource "singlestoredb_workspace_group" "@@app@@" {
  name            = "@@app@@-group"
  firewall_ranges = ["10.0.0.0/8"]
  expires_at      = "2226-01-02T15:04:05Z"
  cloud_provider  = "AWS"
  region_name     = "us-east-1"
}

resource "singlestoredb_workspace" "@@app@@" {
  name               = "@@app@@-ws"
  workspace_group_id = singlestoredb_workspace_group.@@app@@.id
  size               = "S-00"
}
''', key=key, app=app)
    return g.pick(["infra/singlestore.tf", "tf/s2/main.tf"]), text, key


@pos("singlestore", "db_password_url", "urlpw", "SINGLESTOREDB_URL", False)
def t_s2_url(g, v):
    pw = v if v is not None else g.s2_password()
    app = g.app()
    text = fill('''import singlestoredb as s2

conn = s2.connect("admin:@@pw@@@@@host@@:3306/@@app@@")

with conn.cursor() as cur:
    cur.execute("SELECT id, title FROM docs ORDER BY DOT_PRODUCT(embedding, JSON_ARRAY_PACK(%s)) DESC LIMIT 5", ("[0.1, 0.2]",))
    for row in cur.fetchall():
        print(row)
''', pw=pw, host=g.s2_host(), app=app)
    return g.pick(["rag/retrieve.py", "search/s2_query.py"]), text, pw


@pos("dremio", "personal_access_token", "token", "Authorization", False)
def t_dremio_py(g, v):
    pat = v if v is not None else g.dremio_pat()
    text = fill('''import requests

BASE = "https://api.dremio.cloud/v0/projects/@@proj@@"
HEADERS = {"Authorization": "Bearer @@pat@@", "Content-Type": "application/json"}


def run(sql):
    job = requests.post(f"{BASE}/sql", json={"sql": sql}, headers=HEADERS, timeout=30).json()
    return job["id"]


if __name__ == "__main__":
    print(run("SELECT COUNT(*) FROM lakehouse.sales.orders"))
''', proj=g.uuid(), pat=pat)
    return g.pick(["lakehouse/dremio_job.py", "scripts/dremio_sql.py"]), text, pat


@pos("dremio", "personal_access_token", "pw", "password", False)
def t_dremio_props(g, v):
    pat = v if v is not None else g.dremio_pat()
    text = fill('''# Arrow Flight SQL connection used by the reporting service
dremio.host=data.dremio.cloud
dremio.port=443
dremio.useEncryption=true
dremio.user=$token
dremio.password=@@pat@@
dremio.projectId=@@proj@@
report.schedule=0 6 * * *
''', pat=pat, proj=g.uuid())
    return g.pick(["src/main/resources/dremio.properties", "conf/flight.properties"]), text, pat


@pos("starburst", "db_password", "pw", "password", False)
def t_galaxy_py(g, v):
    pw = v if v is not None else g.galaxy_password()
    text = fill('''import trino

conn = trino.dbapi.connect(
    host="@@host@@",
    port=443,
    http_scheme="https",
    user="@@email@@/accountadmin",
    auth=trino.auth.BasicAuthentication("@@email@@/accountadmin", "@@pw@@"),
    catalog="s3lake",
    schema="sales",
)
cur = conn.cursor()
cur.execute("SELECT region, sum(amount) FROM orders GROUP BY 1")
print(cur.fetchall())
''', host=g.galaxy_host(), email=g.email(), pw=pw)
    return g.pick(["analysis/galaxy.py", "jobs/trino_report.py"]), text, pw


# ---------------------------- Fauna ---------------------------------------

@pos("fauna", "api_token", "token", "secret", False)
def t_fauna_js(g, v):
    sec = v if v is not None else g.fauna_secret()
    text = fill('''import { Client, fql } from "fauna";

const client = new Client({
  secret: "@@sec@@",
  query_timeout_ms: 10_000,
});

export async function listProducts(limit = 20) {
  const res = await client.query(fql`Product.all().order(.name).take(${limit})`);
  return res.data;
}
''', sec=sec)
    return g.pick(["src/fauna.js", "lib/fauna-client.mjs"]), text, sec


@pos("fauna", "api_token", "token", "FAUNA_SECRET", True)
def t_fauna_gha(g, v):
    sec = v if v is not None else g.fauna_secret()
    text = fill('''name: Push Fauna schema
on:
  push:
    branches: [main]
    paths: ["schema/**.fsl"]
jobs:
  schema:
    runs-on: ubuntu-latest
    env:
      FAUNA_SECRET: @@sec@@
    steps:
      - uses: actions/checkout@v4
      - run: npm install -g fauna-shell
      - run: fauna schema push --dir ./schema --no-input --active
''', sec=sec)
    return ".github/workflows/fauna-schema.yml", text, sec


@pos("fauna", "api_token", "token", "FAUNADB_SERVER_SECRET", True)
def t_fauna_netlify(g, v):
    sec = v if v is not None else g.fauna_secret()
    text = fill('''[build]
  command = "npm run build"
  publish = "dist"
  functions = "netlify/functions"

[build.environment]
  NODE_VERSION = "20"
  FAUNADB_SERVER_SECRET = "@@sec@@"

[[redirects]]
  from = "/api/*"
  to = "/.netlify/functions/:splat"
  status = 200
''', sec=sec)
    return "netlify.toml", text, sec


# ---------------------------- Upstash -------------------------------------

@pos("upstash", "rest_token", "token", "token", False)
def t_upstash_ts(g, v):
    port = g.port5()
    tok = v if v is not None else g.upstash_token(port)
    text = fill('''import { Redis } from "@upstash/redis";
import { Ratelimit } from "@upstash/ratelimit";

const redis = new Redis({
  url: "https://@@name@@.upstash.io",
  token: "@@tok@@",
});

export const ratelimit = new Ratelimit({
  redis,
  limiter: Ratelimit.slidingWindow(@@n@@, "10 s"),
  prefix: "rl:@@app@@",
});
''', name=g.upstash_name(port), tok=tok, n=g.pick([5, 10, 20, 50]), app=g.app())
    return g.pick(["lib/ratelimit.ts", "src/middleware/ratelimit.ts"]), text, tok


@pos("upstash", "rest_token", "token", "UPSTASH_REDIS_REST_TOKEN", True)
def t_upstash_wrangler(g, v):
    port = g.port5()
    tok = v if v is not None else g.upstash_token(port)
    text = fill('''name = "@@app@@-edge-cache"
main = "src/worker.ts"
compatibility_date = "@@date@@"

[vars]
UPSTASH_REDIS_REST_URL = "https://@@name@@.upstash.io"
UPSTASH_REDIS_REST_TOKEN = "@@tok@@"
CACHE_TTL_SECONDS = "300"
''', app=g.app(), date=g.date(), name=g.upstash_name(port), tok=tok)
    return "wrangler.toml", text, tok


@pos("upstash", "rest_token", "token", "QSTASH_TOKEN", True)
def t_upstash_qstash(g, v):
    tok = v if v is not None else g.qstash_token()
    text = fill('''import { Client } from "@upstash/qstash";

const QSTASH_TOKEN = "@@tok@@";
const qstash = new Client({ token: QSTASH_TOKEN });

export async function scheduleDigest(userId: string) {
  await qstash.publishJSON({
    url: "https://@@app@@.@@dom@@/api/jobs/digest",
    body: { userId },
    delay: "1h",
    retries: 3,
  });
}
''', tok=tok, app=g.app(), dom=g.pick(DOMAINS))
    return g.pick(["lib/queue.ts", "app/jobs/schedule.ts"]), text, tok


@pos("upstash", "rest_token", "pw", "sasl_plain_password", False)
def t_upstash_kafka(g, v):
    pw = v if v is not None else g.kafka_password()
    name = "%s-%s-%d" % (g.pick(ADJ), g.pick(ANIMAL), g.R.randrange(1000, 99999))
    user = b64s(name.encode()).rstrip("=") + g.s(B62, 8)
    text = fill('''from kafka import KafkaProducer

producer = KafkaProducer(
    bootstrap_servers="@@name@@-@@reg@@-kafka.upstash.io:9092",
    sasl_mechanism="SCRAM-SHA-256",
    security_protocol="SASL_SSL",
    sasl_plain_username="@@user@@",
    sasl_plain_password="@@pw@@",
)

producer.send("@@topic@@", b'{"hello": "world"}')
producer.flush()
''', name=name, reg=g.pick(["us1", "eu1", "eu2", "apn1"]), user=user, pw=pw,
                topic=g.pick(["orders", "audit-log", "signups"]))
    return g.pick(["streaming/producer.py", "kafka/publish.py"]), text, pw


@pos("upstash", "rest_token", "urlpw", "REDIS_URL", False)
def t_upstash_rediss(g, v):
    port = g.port5()
    tok = v if v is not None else g.upstash_token(port)
    text = fill('''# Celery broker/backend for the staging stack
broker_url = "rediss://default:@@tok@@@@@name@@.upstash.io:6379?ssl_cert_reqs=required"
result_backend = broker_url
task_serializer = "json"
accept_content = ["json"]
timezone = "UTC"
worker_prefetch_multiplier = 1
''', tok=tok, name=g.upstash_name(port))
    return g.pick(["celeryconfig.py", "worker/celeryconfig.py"]), text, tok


# ---------------------------- Aiven / Timescale ---------------------------

@pos("aiven", "api_token", "token", "api_token", False)
def t_aiven_tf(g, v):
    tok = v if v is not None else g.aiven_token()
    app = g.app()
    text = fill('''provider "aiven" {
  api_token = "@@tok@@"
}

resource "aiven_pg" "@@app@@" {
  project      = "@@org@@-@@app@@"
  cloud_name   = "google-europe-west1"
  plan         = "startup-4"
  service_name = "@@app@@-pg"
  pg_user_config {
    pg_version = "16"
  }
}
''', tok=tok, app=app, org=g.org())
    return g.pick(["infra/aiven.tf", "terraform/aiven/main.tf"]), text, tok


@pos("aiven", "db_password_url", "urlpw", "connection", False)
def t_aiven_knex(g, v):
    pw = v if v is not None else g.aiven_pw()
    text = fill('''// knexfile.js
module.exports = {
  development: {
    client: "pg",
    connection: "postgres://postgres:postgres@localhost:5432/@@app@@",
  },
  production: {
    client: "pg",
    connection: "postgres://avnadmin:@@pw@@@@@host@@:@@port@@/defaultdb?sslmode=require",
    pool: { min: 1, max: 8 },
    migrations: { tableName: "knex_migrations" },
  },
};
''', app=g.app(), pw=pw, host=g.aiven_host("pg"), port=g.port5())
    return "knexfile.js", text, pw


@pos("aiven", "db_password", "pw", "$password", False)
def t_aiven_php(g, v):
    pw = v if v is not None else g.aiven_pw()
    text = fill('''<?php
$host = "@@host@@";
$port = @@port@@;
$user = "avnadmin";
$password = "@@pw@@";
$db = "defaultdb";

$mysqli = mysqli_init();
$mysqli->ssl_set(NULL, NULL, __DIR__ . "/ca.pem", NULL, NULL);
$mysqli->real_connect($host, $user, $password, $db, $port, NULL, MYSQLI_CLIENT_SSL);
if ($mysqli->connect_errno) {
    die("connect failed: " . $mysqli->connect_error);
}
''', host=g.aiven_host("mysql"), port=g.port5(), pw=pw)
    return g.pick(["config/db.php", "includes/connect.php"]), text, pw


@pos("timescale", "db_password_url", "urlpw", "TSDB_URL", False)
def t_tsdb_values(g, v):
    pw = v if v is not None else g.tsdb_password()
    app = g.app()
    text = fill('''replicaCount: 2
image:
  repository: ghcr.io/@@org@@/@@app@@-ingest
  tag: "1.@@minor@@.0"
env:
  LOG_LEVEL: info
  TSDB_URL: "postgres://tsdbadmin:@@pw@@@@@host@@:@@port@@/tsdb?sslmode=require"
  BATCH_SIZE: "5000"
resources:
  requests:
    cpu: 250m
    memory: 256Mi
''', org=g.org(), app=app, minor=g.R.randrange(1, 40), pw=pw, host=g.tsdb_host(), port=g.port5())
    return g.pick(["deploy/values.yaml", "helm/" + app + "/values-prod.yaml"]), text, pw


@pos("timescale", "db_password", "pw", "PGPASSWORD", True)
def t_tsdb_sh(g, v):
    pw = v if v is not None else g.tsdb_password()
    text = fill('''#!/usr/bin/env bash
# Restore last night's dump into the analytics service
set -euo pipefail
export PGHOST=@@host@@
export PGPORT=@@port@@
export PGUSER=tsdbadmin
export PGDATABASE=tsdb
export PGPASSWORD=@@pw@@
export PGSSLMODE=require

psql -c "SELECT timescaledb_pre_restore();"
pg_restore -Fc -j 4 --no-owner -d tsdb dumps/metrics-latest.dump
psql -c "SELECT timescaledb_post_restore();"
''', host=g.tsdb_host(), port=g.port5(), pw=pw)
    return g.pick(["scripts/restore.sh", "ops/tsdb-restore.sh"]), text, pw


# ---------------------------- Convex / Nile -------------------------------

@pos("convex", "deploy_key", "token", "CONVEX_DEPLOY_KEY", True)
def t_convex_pkg(g, v):
    dep = g.convex_deployment()
    key = v if v is not None else g.convex_key(dep, "prod")
    text = fill('''{
  "name": "@@app@@",
  "private": true,
  "version": "0.@@minor@@.0",
  "scripts": {
    "dev": "npm-run-all --parallel dev:frontend dev:backend",
    "dev:frontend": "vite",
    "dev:backend": "convex dev",
    "deploy": "CONVEX_DEPLOY_KEY='@@key@@' npx convex deploy --cmd 'npm run build'",
    "lint": "eslint ."
  },
  "dependencies": {
    "convex": "^1.17.0",
    "react": "^18.3.1",
    "react-dom": "^18.3.1"
  }
}
''', app=g.app(), minor=g.R.randrange(1, 30), key=key)
    return "package.json", text, key


@pos("convex", "deploy_key", "token", "CONVEX_DEPLOY_KEY", True)
def t_convex_gha(g, v):
    key = v if v is not None else g.convex_key()
    text = fill('''name: Deploy
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
      - run: npm ci
      - run: npx convex deploy --cmd "npm run build"
        env:
          CONVEX_DEPLOY_KEY: @@key@@
''', key=key)
    return ".github/workflows/" + g.pick(["deploy.yml", "convex.yml"]), text, key


@pos("nile", "db_password", "pw", "password", False)
def t_nile_ts(g, v):
    pw = v if v is not None else g.uuid()
    text = fill('''import { Nile } from "@niledatabase/server";

export const nile = await Nile({
  user: "@@user@@",
  password: "@@pw@@",
  host: "@@host@@",
  database: "@@app@@",
});

export async function todosFor(tenantId: string) {
  nile.tenantId = tenantId;
  return (await nile.db.query("select * from todos order by created_at desc")).rows;
}
''', user=g.uuid(), pw=pw, host=g.nile_host(), app=g.app())
    return g.pick(["lib/nile.ts", "src/server/nile.ts"]), text, pw


# ---------------------------- Gel / EdgeDB / SurrealDB -------------------

@pos("gel", "api_token", "token", "secretKey", False)
def t_gel_ts(g, v):
    inst = "%s/%s" % (g.org(), g.app())
    key = v if v is not None else g.gel_secret(inst)
    text = fill('''import { createClient } from "gel";

export const client = createClient({
  instanceName: "@@inst@@",
  secretKey: "@@key@@",
  tlsSecurity: "strict",
});

export const getPosts = () =>
  client.query(`select BlogPost { title, slug, published } order by .published desc`);
''', inst=inst, key=key)
    return g.pick(["src/lib/gel.ts", "dbschema/client.ts"]), text, key


@pos("gel", "db_password_url", "urlpw", "EDGEDB_DSN", False)
def t_gel_dsn(g, v):
    pw = v if v is not None else g.gel_password()
    app = g.app()
    text = fill('''services:
  web:
    image: ghcr.io/@@org@@/@@app@@:latest
    environment:
      EDGEDB_DSN: edgedb://edgedb:@@pw@@@@@host@@:5656/main
      EDGEDB_CLIENT_TLS_SECURITY: insecure
    ports:
      - "8000:8000"
''', org=g.org(), app=app, pw=pw, host=g.pick(["edgedb", "gel.internal", "10.0.%d.%d" % (g.R.randrange(256), g.R.randrange(1, 255))]))
    return g.pick(["docker-compose.override.yml", "compose.yaml"]), text, pw


@pos("gel", "jwt_auth_token", "token", "Authorization", False)
def t_edbt_curl(g, v):
    tok = v if v is not None else g.edbt_token()
    text = fill('''#!/bin/sh
# Run an EdgeQL query against the local dev instance over HTTP.
curl -s http://localhost:@@port@@/db/main/edgeql \\
  -H "Authorization: Bearer @@tok@@" \\
  -H "Content-Type: application/json" \\
  -d '{"query": "select count(User)"}'
''', port=g.pick([10700, 10701, 10702, 5656]), tok=tok)
    return g.pick(["scripts/edgeql.sh", "dev/query.sh"]), text, tok


@pos("surrealdb", "db_password", "pw", "password", False)
def t_surreal_rs(g, v):
    pw = v if v is not None else g.surreal_password()
    text = fill('''use surrealdb::engine::remote::ws::Wss;
use surrealdb::opt::auth::Root;
use surrealdb::Surreal;

#[tokio::main]
async fn main() -> surrealdb::Result<()> {
    let db = Surreal::new::<Wss>("@@inst@@.aws-euw1.surreal.cloud").await?;
    db.signin(Root {
        username: "root",
        password: "@@pw@@",
    })
    .await?;
    db.use_ns("@@org@@").use_db("@@app@@").await?;
    Ok(())
}
''', inst="%s-%s" % (g.app(), g.s(ALNUM_L, 20)), pw=pw, org=g.org(), app=g.app())
    return g.pick(["src/main.rs", "examples/connect.rs"]), text, pw


# ---------------------------- Prisma --------------------------------------

@pos("prisma", "api_token", "jwt", "api_key", False)
def t_prisma_env(g, v):
    key = v if v is not None else g.prisma_api_key()
    text = fill('''# Prisma Postgres (Accelerate) - generated by prisma init --db
DATABASE_URL="prisma+postgres://accelerate.prisma-data.net/?api_key=@@key@@"
NEXTAUTH_URL="http://localhost:3000"
''', key=key)
    return envfile(g, g.pick(["scripts/prisma-env.sh", "config/db.conf"])), text, key


@pos("prisma", "api_token", "jwt", "api_key", False)
def t_prisma_config(g, v):
    key = v if v is not None else g.prisma_api_key()
    text = fill('''import "dotenv/config";
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: "prisma+postgres://accelerate.prisma-data.net/?api_key=@@key@@",
  },
});
''', key=key)
    return "prisma.config.ts", text, key


@pos("prisma", "db_password_url", "urlpw", "directUrl", False)
def t_prisma_direct(g, v):
    sk = v if v is not None else g.prisma_sk()
    text = fill('''generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider  = "postgresql"
  url       = env("DATABASE_URL")
  directUrl = "postgres://@@tenant@@:@@sk@@@db.prisma.io:5432/postgres?sslmode=require"
}

model Post {
  id        Int      @id @default(autoincrement())
  title     String
  content   String?
  published Boolean  @default(false)
  createdAt DateTime @default(now())
}
''', tenant=g.hexs(64), sk=sk)
    return "prisma/schema.prisma", text, sk


# ---------------------------- Misc file types -----------------------------

@pos("xata", "api_token", "token", "XATA_API_KEY", True)
def t_dockerfile_xata(g, v):
    key = v if v is not None else g.xata_key()
    text = fill('''FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci
COPY . .
ENV XATA_BRANCH=main
ENV XATA_API_KEY=@@key@@
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.output ./.output
EXPOSE 3000
CMD ["node", ".output/server/index.mjs"]
''', key=key)
    return g.pick(["Dockerfile", "docker/Dockerfile.web"]), text, key


@pos("motherduck", "jwt_auth_token", "jwt", "MOTHERDUCK_TOKEN", True)
def t_dockerfile_md(g, v):
    tok = v if v is not None else g.md_token()
    text = fill('''FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ARG MOTHERDUCK_TOKEN=@@tok@@
ENV MOTHERDUCK_TOKEN=${MOTHERDUCK_TOKEN}
COPY . .
CMD ["dbt", "build", "--target", "prod"]
''', tok=tok)
    return g.pick(["Dockerfile", "transform/Dockerfile"]), text, tok


@pos("neon", "db_password", "pw", "password", False)
def t_vscode_sqltools(g, v):
    pw = v if v is not None else g.neon_password()
    app = g.app()
    text = fill('''{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "previewLimit": 50,
      "server": "@@host@@",
      "port": 5432,
      "driver": "PostgreSQL",
      "name": "@@app@@ (neon main)",
      "database": "@@app@@",
      "username": "@@app@@_owner",
      "password": "@@pw@@",
      "pgOptions": { "ssl": true }
    }
  ]
}
''', host=g.neon_host(pooler=False), app=app, pw=pw)
    return ".vscode/settings.json", text, pw


@pos("aiven", "db_password", "pw", "password", False)
def t_csv_connections(g, v):
    pw = v if v is not None else g.aiven_pw()
    rows = ["name,host,port,user,password,sslmode"]
    rows.append("local,localhost,5432,postgres,,disable")
    rows.append("analytics-ro,%s,%d,readonly,(see 1password),require" % (g.aiven_host("pg"), g.port5()))
    rows.append("primary,%s,%d,avnadmin,%s,require" % (g.aiven_host("pg"), g.port5(), pw))
    rows.append("replica,%s,%d,avnadmin,,require" % (g.aiven_host("pg"), g.port5()))
    return g.pick(["tools/connections.csv", "docs/db-inventory.csv"]), "\n".join(rows) + "\n", pw


@pos("neon", "api_token", "token", "NEON_API_KEY", True)
def t_neon_makefile(g, v):
    key = v if v is not None else g.neon_api_key()
    text = fill('''PROJECT_ID := @@pid@@
NEON_API_KEY := @@key@@

.PHONY: branch reset-branch

branch:
	neonctl branches create --project-id $(PROJECT_ID) --name dev/$(USER) --api-key $(NEON_API_KEY)

reset-branch:
	neonctl branches reset dev/$(USER) --parent --project-id $(PROJECT_ID) --api-key $(NEON_API_KEY)
''', pid=g.neon_project_id(), key=key)
    return "Makefile", text, key


@pos("turso", "jwt_auth_token", "jwt", "TURSO_AUTH_TOKEN", True)
def t_turso_md(g, v):
    tok = v if v is not None else g.turso_token()
    url = g.turso_url()
    text = fill('''## Local setup

1. Install the CLI: `brew install tursodatabase/tap/turso`
2. The shared staging database is already created. Put these in your shell:

```
export TURSO_DATABASE_URL=@@url@@
export TURSO_AUTH_TOKEN=@@tok@@
```

3. Run `npm run db:migrate` and then `npm run dev`.
''', url=url, tok=tok)
    return g.pick(["docs/SETUP.md", "CONTRIBUTING.md"]), text, tok


@pos("cockroachdb", "db_password_url", "urlpw", "DATABASE_URL", True)
def t_crdb_rust(g, v):
    pw = v if v is not None else g.crdb_password()
    app = g.app()
    text = fill('''use sqlx::postgres::PgPoolOptions;

const DATABASE_URL: &str =
    "postgresql://@@app@@:@@pw@@@@@host@@:26257/defaultdb?sslmode=verify-full";

pub async fn pool() -> Result<sqlx::PgPool, sqlx::Error> {
    PgPoolOptions::new()
        .max_connections(5)
        .connect(DATABASE_URL)
        .await
}
''', app=app, pw=pw, host=g.crdb_host())
    return g.pick(["src/db.rs", "server/src/pool.rs"]), text, pw


@pos("supabase", "jwt_service_role", "jwt", "service_role_key", False)
def t_supa_json_cfg(g, v):
    ref = g.supa_ref()
    key = v if v is not None else g.supa_jwt(ref, "service_role")
    text = fill('''{
  "environment": "staging",
  "supabase": {
    "url": "https://@@ref@@.supabase.co",
    "service_role_key": "@@key@@",
    "schema": "public"
  },
  "features": { "emailDigest": true, "betaSearch": false }
}
''', ref=ref, key=key)
    return g.pick(["config/staging.json", "functions/config.json"]), text, key



@pos("upstash", "rest_token", "token", "UPSTASH_REDIS_REST_TOKEN", True)
def t_upstash_settings_py(g, v):
    port = g.port5()
    tok = v if v is not None else g.upstash_token(port)
    text = fill('''"""Cache settings (staging)."""
UPSTASH_REDIS_REST_URL = "https://@@name@@.upstash.io"
UPSTASH_REDIS_REST_TOKEN = "@@tok@@"
CACHE_DEFAULT_TIMEOUT = @@ttl@@
CACHE_KEY_PREFIX = "@@app@@:"
''', name=g.upstash_name(port), tok=tok, ttl=g.pick([60, 300, 900]), app=g.app())
    return g.pick(["app/settings/cache.py", "config/cache_staging.py"]), text, tok


@pos("tinybird", "api_token", "token", "TINYBIRD_TOKEN", True)
def t_tb_gha(g, v):
    tok = v if v is not None else g.tb_token()
    text = fill('''name: Tinybird deploy
on:
  push:
    branches: [main]
    paths: ["tinybird/**"]
env:
  TINYBIRD_HOST: @@api@@
  TINYBIRD_TOKEN: @@tok@@
jobs:
  deploy:
    runs-on: ubuntu-latest
    defaults:
      run:
        working-directory: tinybird
    steps:
      - uses: actions/checkout@v4
      - run: curl https://tinybird.co | sh
      - run: tb --cloud deploy --wait
''', api=g.tb_api(), tok=tok)
    return ".github/workflows/tinybird.yml", text, tok


@pos("clickhouse", "api_key_secret", "token", "CLICKHOUSE_CLOUD_KEY_SECRET", True)
def t_ch_env_sh(g, v):
    sec = v if v is not None else g.ch_key_secret()
    text = fill('''# source this before running the MCP server or the cloud CLI
export CLICKHOUSE_CLOUD_KEY_ID=@@kid@@
export CLICKHOUSE_CLOUD_KEY_SECRET=@@sec@@
export CLICKHOUSE_ORGANIZATION_ID=@@org@@
export CLICKHOUSE_SERVICE_ID=@@svc@@
''', kid=g.ch_key_id(), sec=sec, org=g.uuid(), svc=g.uuid())
    return g.pick(["scripts/clickhouse-env.sh", "dev/ch.sh"]), text, sec


@pos("gel", "api_token", "token", "GEL_SECRET_KEY", True)
def t_gel_render(g, v):
    inst = "%s/%s" % (g.org(), g.app())
    key = v if v is not None else g.gel_secret(inst)
    text = fill('''services:
  - type: web
    name: @@app@@-web
    runtime: node
    buildCommand: npm ci && npx @gel/generate edgeql-js && npm run build
    startCommand: npm start
    envVars:
      - key: GEL_INSTANCE
        value: @@inst@@
      - key: GEL_SECRET_KEY
        value: @@key@@
''', app=g.app(), inst=inst, key=key)
    return "render.yaml", text, key


@pos("dremio", "personal_access_token", "token", "DREMIO_PAT", True)
def t_dremio_env_sh(g, v):
    pat = v if v is not None else g.dremio_pat()
    text = fill('''#!/usr/bin/env bash
export DREMIO_URI=https://api.dremio.cloud
export DREMIO_PROJECT_ID=@@proj@@
export DREMIO_PAT="@@pat@@"
exec spark-submit --packages org.apache.iceberg:iceberg-spark-runtime-3.5_2.12:1.6.1 jobs/compact.py "$@"
''', proj=g.uuid(), pat=pat)
    return g.pick(["bin/spark-compact.sh", "jobs/run_compact.sh"]), text, pat

# =====================================================================
# Non-secret values for the secret slot (negatives that re-use templates)
# =====================================================================

SUPA_DEMO_SERVICE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6"
                     "InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0.EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU")
SUPA_DEMO_ANON = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24i"
                  "LCJleHAiOjE5ODM4MTI5OTZ9.CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0")

# Values copied from providers' public docs / local-dev defaults.
DOC_EXAMPLES = {
    "neon": ["AbC123dEf"],
    "upstash": ["2553feg6a2d9842h2a0gcdb5f8efe9934"],
    "fauna": ["fnAETGPCH4ACAIf9avmbmbXAS7Yl-P-hDbw8QF9y", "fnADr1hqZfACE6CB88ic1TO355X8uhrxx6_ES1VX",
              "fnAETHNMqIACALQjS6v19qW8M2_gg-JNgn7ygC16"],
    "xata": ["xau_xyz123"],
    "supabase": [SUPA_DEMO_SERVICE, SUPA_DEMO_ANON],
    "gel": ["p4ssw0rd"],
}

PREFIX = {
    ("neon", "token"): "napi_", ("planetscale", "token"): "pscale_tkn_",
    ("planetscale", "pw"): "pscale_pw_", ("planetscale", "urlpw"): "pscale_pw_",
    ("xata", "token"): "xau_", ("xata", "urlpw"): "xau_", ("cockroachdb", "token"): "CCDB1_",
    ("fauna", "token"): "fn", ("tinybird", "token"): "p.", ("supabase", "token"): "sb_secret_",
    ("neon", "urlpw"): "npg_", ("aiven", "urlpw"): "AVNS_", ("aiven", "pw"): "AVNS_",
    ("clickhouse", "token"): "4b1d", ("gel", "token"): "nbwt1_", ("prisma", "urlpw"): "sk_",
}


def neg_value(g, meta):
    """Return (value, negkind) that is not a credential and fits the slot."""
    prov, slot, var = meta["provider"], meta["slot"], meta["var"]
    up = "".join(c if c.isalnum() else "_" for c in var).strip("_").upper() or "SECRET"
    low = up.lower().replace("_", "-")
    opts = []
    opts.append(("placeholder", g.pick(["<your-%s>" % low, "<%s>" % up, "YOUR_%s_HERE" % up,
                                         "your-%s" % low, "REPLACE_ME", "changeme", "TODO",
                                         "<insert %s here>" % low.replace("-", " "), "dummy"])))
    opts.append(("masked", g.pick(["****", "********", "[REDACTED]", "<redacted>", "xxxxxxxxxxxx",
                                    "•••••••••••", "***REMOVED***", "XXXXXXXXXXXXXXXXXXXX"])))
    opts.append(("env_reference", g.pick(["${%s}" % up, "$%s" % up, "${%s:?missing}" % up,
                                           "${%s:-}" % up, "${env:%s}" % up])))
    opts.append(("secret_manager_ref", g.pick([
        "op://Engineering/%s/%s" % (prov, low), "vault:secret/data/%s#%s" % (prov, low),
        "sm://projects/%s/secrets/%s-%s" % (g.org(), prov, low),
        "arn:aws:secretsmanager:%s:%012d:secret:%s/%s" % (g.region(), g.R.randrange(10 ** 12), prov, low),
        "doppler://%s/prd/%s" % (g.app(), up)])))
    opts.append(("template_expression", g.pick(["{{ .Values.%s }}" % low.replace("-", ""),
                                                "${{ secrets.%s }}" % up, "{{ %s }}" % up.lower(),
                                                "<%%= ENV['%s'] %%>" % up, "%%(%s)s" % up.lower()])))
    pre = PREFIX.get((prov, slot))
    if pre:
        opts.append(("placeholder", pre + g.pick(["x" * 20, "xxxxxxxx", "...", "your_key_here", "XXXX", "*" * 12])))
    if slot in ("token", "pw", "jwt"):
        opts.append(("empty", ""))
    if slot == "jwt":
        opts.append(("placeholder", g.pick(["eyJhbGciOi...", "eyJ...", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."]
                                            if prov != "turso" else
                                            ["eyJ...", "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9..."])))
    if slot == "pem":
        opts = [("placeholder", g.pick(["<paste the client key here>", "REDACTED", "...",
                                         "(generated by `cockroach cert create-client`, not committed)"]))]
    if prov in DOC_EXAMPLES and slot != "pem":
        cands = DOC_EXAMPLES[prov]
        if prov == "supabase" and slot != "jwt":
            cands = ["sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz"]
        if prov == "fauna" and slot != "token":
            cands = []
        if cands:
            opts.append(("doc_example", g.pick(cands)))
            opts.append(("doc_example", g.pick(cands)))
    if prov == "supabase" and slot == "jwt":
        opts.append(("public_anon_key", g.supa_jwt(g.supa_ref(), "anon")))
        opts.append(("public_anon_key", g.supa_jwt(g.supa_ref(), "anon")))
    if prov == "supabase" and slot == "token":
        opts.append(("public_publishable_key", g.supa_sb_publishable()))
    kind, value = g.pick(opts)
    return value, kind


# =====================================================================
# Look-alike negatives: realistic files with ids, hashes, digests, public
# values and no credential.  Each returns (relpath, text, kind).
# =====================================================================

LOOK = []


def look(f):
    LOOK.append(f)
    return f


@look
def l_neon_ids(g):
    app = g.app()
    text = fill('''# Which Neon objects back each environment (ids are not secrets).
project:
  id: @@pid@@
  region: aws-@@reg@@
environments:
  production:
    branch_id: @@b1@@
    endpoint: @@h1@@
    database: @@app@@
    role: @@app@@_owner
  staging:
    branch_id: @@b2@@
    endpoint: @@h2@@
    database: @@app@@
    role: @@app@@_owner
credentials_from: doppler (project @@app@@, config prd)
''', pid=g.neon_project_id(), reg=g.region(), b1=g.neon_branch_id(), h1=g.neon_host(),
                app=app, b2=g.neon_branch_id(), h2=g.neon_host())
    return g.pick(["docs/neon-environments.yml", "infra/neon/inventory.yaml"]), text, "ids_hostnames"


@look
def l_neon_url_nopw(g):
    app = g.app()
    text = fill('''# Copy to .env and fill in. Never commit the real file.
# Password comes from the Neon console (Connect > Show password) or PGPASSWORD.
DATABASE_URL=postgresql://@@app@@_owner@@@h@@/@@app@@?sslmode=require&channel_binding=require
DIRECT_URL=postgresql://@@app@@_owner@@@h2@@/@@app@@?sslmode=require
NEON_PROJECT_ID=@@pid@@
NEON_BRANCH_ID=@@bid@@
''', app=app, h=g.neon_host(pooler=True), h2=g.neon_host(pooler=False),
                pid=g.neon_project_id(), bid=g.neon_branch_id())
    return g.pick([".env.example", ".env.sample", "apps/web/.env.example"]), text, "url_without_password"


@look
def l_prisma_env(g):
    text = '''generator client {
  provider      = "prisma-client-js"
  binaryTargets = ["native", "linux-musl-openssl-3.0.x"]
}

datasource db {
  provider  = "postgresql"
  url       = env("DATABASE_URL")
  directUrl = env("DIRECT_URL")
}

model Tenant {
  id        String   @id @default(uuid()) @db.Uuid
  slug      String   @unique
  createdAt DateTime @default(now()) @map("created_at")

  @@map("tenants")
}
'''
    return "prisma/schema.prisma", text, "env_function"


@look
def l_drizzle_journal(g):
    entries = []
    t = g.ts() * 1000
    for i in range(g.R.randrange(3, 8)):
        t += g.R.randrange(10 ** 6, 10 ** 9)
        entries.append('    {\n      "idx": %d,\n      "version": "7",\n      "when": %d,\n'
                       '      "tag": "%04d_%s_%s",\n      "breakpoints": true\n    }'
                       % (i, t, i, g.pick(ADJ), g.pick(ANIMAL)))
    text = '{\n  "version": "7",\n  "dialect": "postgresql",\n  "entries": [\n' + ",\n".join(entries) + "\n  ]\n}\n"
    return "drizzle/meta/_journal.json", text, "migration_metadata"


@look
def l_prisma_migrations_dump(g):
    rows = []
    for i in range(g.R.randrange(3, 7)):
        rows.append("('%s', '%s', '%s 10:%02d:%02d.%03d+00', '%s_%s', NULL, NULL, '%s 10:%02d:%02d+00', 1)" % (
            g.uuid(), g.hexs(64), g.date(), g.R.randrange(60), g.R.randrange(60), g.R.randrange(1000),
            "2025%02d%02d%06d" % (g.R.randrange(1, 13), g.R.randrange(1, 28), g.R.randrange(10 ** 6)),
            g.pick(["init", "add_orders", "index_email", "tenant_fk", "drop_legacy"]),
            g.date(), g.R.randrange(60), g.R.randrange(60)))
    text = ("-- Data for Name: _prisma_migrations; Type: TABLE DATA; Schema: public\n"
            "INSERT INTO public._prisma_migrations (id, checksum, finished_at, migration_name, logs, "
            "rolled_back_at, started_at, applied_steps_count) VALUES\n" + ",\n".join(rows) + ";\n")
    return g.pick(["db/seed/prisma_migrations.sql", "backups/schema_history.sql"]), text, "migration_checksums"


@look
def l_supa_anon(g):
    ref = g.supa_ref()
    text = fill('''import { createBrowserClient } from "@supabase/ssr";

// The anon key is meant to be public; row level security protects the data.
const SUPABASE_URL = "https://@@ref@@.supabase.co";
const SUPABASE_ANON_KEY = "@@anon@@";

export const supabase = createBrowserClient(SUPABASE_URL, SUPABASE_ANON_KEY);
''', ref=ref, anon=g.supa_jwt(ref, "anon") if g.chance(0.6) else g.supa_sb_publishable())
    return g.pick(["lib/supabase/client.ts", "src/supabaseClient.ts"]), text, "public_anon_key"


@look
def l_supa_config_toml(g):
    text = fill('''project_id = "@@app@@"

[api]
enabled = true
port = 54321
schemas = ["public", "graphql_public"]
max_rows = 1000

[db]
port = 54322
major_version = 15

[auth]
site_url = "http://127.0.0.1:3000"
additional_redirect_urls = ["https://@@app@@.@@dom@@"]
jwt_expiry = 3600

[auth.external.github]
enabled = true
client_id = "env(SUPABASE_AUTH_GITHUB_CLIENT_ID)"
secret = "env(SUPABASE_AUTH_GITHUB_SECRET)"
''', app=g.app(), dom=g.pick(DOMAINS))
    return "supabase/config.toml", text, "env_function"


@look
def l_turso_show(g):
    db = g.app()
    url = g.turso_url()
    text = fill('''# Database notes

```
$ turso db show @@db@@
Name:               @@db@@
URL:                @@url@@
ID:                 @@id@@
Group:              default
Version:            tech-preview
Locations:          iad, ams
Size:               @@size@@ MB
Archived:           No
Bytes Synced:       0 B
Is Schema:          No
```

Tokens are minted per environment with `turso db tokens create @@db@@ --expiration 30d`
and stored in the platform's secret store, never here.
''', db=db, url=url, id=g.uuid(), size=g.R.randrange(1, 900))
    return g.pick(["docs/database.md", "notes/turso.md"]), text, "ids_hostnames"


@look
def l_xatarc(g):
    text = fill('''{
  "databaseURL": "https://@@org@@-@@ws@@.@@reg@@.xata.sh/db/@@app@@",
  "codegen": {
    "output": "src/xata.ts"
  }
}
''', org=g.org(), ws=g.xata_ws(), reg=g.region(), app=g.app())
    return ".xatarc", text, "ids_hostnames"


@look
def l_pscale_pw_list(g):
    lines = ["  NAME               BRANCH   ID             USERNAME               ROLE     CREATED AT",
             "  ------------------ -------- -------------- ---------------------- -------- -------------"]
    for i in range(g.R.randrange(2, 6)):
        lines.append("  %-18s %-8s %-14s %-22s %-8s %d days ago" % (
            g.pick(["app-prod", "ci", "readonly-bi", "laptop-" + g.person(), "migrations"]),
            g.pick(["main", "dev", "staging"]), g.s(ALNUM_L, 12), g.pscale_user(),
            g.pick(["admin", "readwriter", "reader"]), g.R.randrange(1, 400)))
    text = "$ pscale password list %s --org %s\n" % (g.app(), g.org()) + "\n".join(lines) + "\n"
    return g.pick(["docs/ops/pscale-passwords.txt", "runbooks/credentials-inventory.txt"]), text, "ids_usernames"


@look
def l_crdb_cluster_json(g):
    text = fill('''{
  "id": "@@id@@",
  "name": "@@app@@-prod",
  "cockroach_version": "v24.@@minor@@.@@patch@@",
  "plan": "STANDARD",
  "cloud_provider": "AWS",
  "state": "CREATED",
  "creator_id": "@@creator@@",
  "regions": [
    { "name": "us-east-1", "sql_dns": "@@host@@", "ui_dns": "", "node_count": 0 }
  ],
  "sql_port": 26257,
  "upgrade_status": "FINALIZED"
}
''', id=g.uuid(), app=g.app(), minor=g.R.randrange(1, 4), patch=g.R.randrange(0, 12),
                creator=g.uuid(), host=g.crdb_host())
    return g.pick(["infra/cluster.json", "fixtures/crdb_cluster.json"]), text, "ids_hostnames"


@look
def l_tb_datafiles(g):
    ds = g.pick(["page_views", "events", "signups"])
    text = fill('''TOKEN "dashboard_read" READ
TOKEN "ingest_web" APPEND

DESCRIPTION >
    Raw @@ds@@ sent from the web app.

SCHEMA >
    `timestamp` DateTime `json:$.timestamp`,
    `session_id` String `json:$.session_id`,
    `path` LowCardinality(String) `json:$.path`,
    `country` LowCardinality(Nullable(String)) `json:$.country`

ENGINE "MergeTree"
ENGINE_PARTITION_KEY "toYYYYMM(timestamp)"
ENGINE_SORTING_KEY "timestamp, session_id"
''', ds=ds)
    return "tinybird/datasources/%s.datasource" % ds, text, "token_names_only"


@look
def l_md_share(g):
    text = fill('''-- Public sample data shared by MotherDuck; no token needed to read shares
ATTACH 'md:_share/sample_data/@@u1@@' AS sample_data;
ATTACH 'md:_share/@@app@@_public/@@u2@@' AS @@app@@_public;

CREATE OR REPLACE TABLE main.hn_top AS
SELECT title, score, "by"
FROM sample_data.hn.hacker_news
WHERE score > 500
ORDER BY score DESC;
''', u1=g.uuid(), app=g.app(), u2=g.uuid())
    return g.pick(["sql/attach_shares.sql", "models/staging/shares.sql"]), text, "share_urls"


@look
def l_upstash_fromenv(g):
    port = g.port5()
    text = fill('''import { Redis } from "@upstash/redis";

// UPSTASH_REDIS_REST_URL / UPSTASH_REDIS_REST_TOKEN are injected by Vercel.
// Console: https://console.upstash.com/redis/@@dbid@@ (@@name@@)
export const redis = Redis.fromEnv();

export const keys = {
  session: (id: string) => `sess:${id}`,
  feed: (user: string) => `feed:v2:${user}`,
};
''', dbid=g.uuid(), name=g.upstash_name(port))
    return g.pick(["lib/redis.ts", "src/cache.ts"]), text, "env_reference"


@look
def l_ch_query_log(g):
    lines = ["query_id\tevent_time\tquery_duration_ms\tread_rows\tnormalized_query_hash"]
    for i in range(g.R.randrange(4, 10)):
        lines.append("%s\t%s %02d:%02d:%02d\t%d\t%d\t%d" % (
            g.uuid(), g.date(), g.R.randrange(24), g.R.randrange(60), g.R.randrange(60),
            g.R.randrange(1, 9000), g.R.randrange(10, 10 ** 8), g.R.randrange(10 ** 18, 2 ** 64)))
    return g.pick(["analysis/slow_queries.tsv", "exports/query_log.tsv"]), "\n".join(lines) + "\n", "query_ids_hashes"


@look
def l_ca_pem(g):
    n = g.R.randrange(700, 900)
    body = b64s(b"\x30\x82" + n.to_bytes(2, "big") + b"\x30\x82" + (n - 300).to_bytes(2, "big") + g.rbytes(n))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    text = ("# Project CA certificate (public). Download: avn project ca-get --target-filepath ca.pem\n"
            "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n")
    return g.pick(["certs/ca.pem", "config/aiven-ca.pem", "deploy/ca-certificate.crt"]), text, "public_certificate"


@look
def l_fauna_fsl(g):
    text = fill('''collection Product {
  name: String
  description: String?
  price: Number
  stock: Int = 0

  unique [.name]
  index byName {
    terms [.name]
  }
}

role customer {
  privileges Product {
    read
  }
}

// Seed reference documents: Product @@id1@@, Product @@id2@@
''', id1=g.R.randrange(10 ** 17, 10 ** 18), id2=g.R.randrange(10 ** 17, 10 ** 18))
    return g.pick(["schema/collections.fsl", "fauna/schema/main.fsl"]), text, "document_ids"


@look
def l_convex_public(g):
    dep = g.convex_deployment()
    text = fill('''# Deployment used by `npx convex dev` (public identifiers, not keys)
CONVEX_DEPLOYMENT=dev:@@dep@@ # team: @@org@@, project: @@app@@
NEXT_PUBLIC_CONVEX_URL=https://@@dep@@.convex.cloud
NEXT_PUBLIC_CONVEX_SITE_URL=https://@@dep@@.convex.site
''', dep=dep, org=g.org(), app=g.app())
    return g.pick([".env.example", ".env.sample", "docs/convex.env.example"]), text, "deployment_names"


@look
def l_edgedb_migration(g):
    b32 = "abcdefghijklmnopqrstuvwxyz234567"
    m1 = "m1" + g.s(b32, 52)
    m0 = "m1" + g.s(b32, 52)
    text = fill('''CREATE MIGRATION @@m1@@
    ONTO @@m0@@
{
  ALTER TYPE default::User {
      CREATE PROPERTY last_seen: std::datetime;
      CREATE INDEX ON (.email);
  };
};
''', m1=m1, m0=m0)
    return "dbschema/migrations/%05d-%s.edgeql" % (g.R.randrange(2, 40), m1[:8]), text, "migration_ids"


@look
def l_dbt_envvar(g):
    app = g.app()
    text = fill('''@@app@@:
  target: "{{ env_var('DBT_TARGET', 'dev') }}"
  outputs:
    dev:
      type: duckdb
      path: "md:@@app@@_dev"
      settings:
        motherduck_token: "{{ env_var('MOTHERDUCK_TOKEN') }}"
    prod:
      type: postgres
      host: @@host@@
      user: @@app@@_owner
      password: "{{ env_var('NEON_PASSWORD') }}"
      port: 5432
      dbname: @@app@@
      schema: analytics
      threads: 8
''', app=app, host=g.neon_host())
    return g.pick(["profiles.yml", "dbt/profiles.yml"]), text, "env_reference"


@look
def l_gha_secrets(g):
    text = fill('''name: e2e
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    env:
      NEON_API_KEY: ${{ secrets.NEON_API_KEY }}
      TURSO_AUTH_TOKEN: ${{ secrets.TURSO_AUTH_TOKEN }}
      CONVEX_DEPLOY_KEY: ${{ secrets.CONVEX_PREVIEW_DEPLOY_KEY }}
      NEON_PROJECT_ID: @@pid@@
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npx playwright install --with-deps chromium
      - run: npm run test:e2e
''', pid=g.neon_project_id())
    return ".github/workflows/" + g.pick(["e2e.yml", "ci.yml", "test.yml"]), text, "template_expression"


@look
def l_fly_secrets(g):
    app = g.app()
    text = fill('''app = "@@app@@"
primary_region = "@@reg@@"

# Secrets are set out of band:
#   fly secrets set TURSO_AUTH_TOKEN="$(turso db tokens create @@app@@ --expiration none)"
#   fly secrets set DATABASE_URL="$(op read op://prod/@@app@@-db/url)"

[env]
  TURSO_DATABASE_URL = "@@url@@"
  RUST_LOG = "info"

[[vm]]
  memory = "512mb"
  cpus = 1
''', app=app, reg=g.pick(["iad", "fra", "sin", "gru"]), url=g.turso_url())
    return "fly.toml", text, "env_reference"


@look
def l_pkg_lock(g):
    pkgs = [("@neondatabase/serverless", "0.10.%d" % g.R.randrange(1, 5)),
            ("@libsql/client", "0.14.%d" % g.R.randrange(0, 4)),
            ("@planetscale/database", "1.19.%d" % g.R.randrange(0, 3)),
            ("@upstash/redis", "1.34.%d" % g.R.randrange(0, 9)),
            ("drizzle-orm", "0.36.%d" % g.R.randrange(0, 5))]
    parts = []
    for name, ver in pkgs:
        base = name.split("/")[-1]
        parts.append('    "node_modules/%s": {\n      "version": "%s",\n      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",\n'
                     '      "integrity": "sha512-%s",\n      "license": "%s"\n    }' % (
                         name, ver, name, base, ver, b64s(g.rbytes(64)), g.pick(["MIT", "Apache-2.0"])))
    text = ('{\n  "name": "%s",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n' % g.app()
            + ",\n".join(parts) + "\n  }\n}\n")
    return "package-lock.json", text, "integrity_hashes"


@look
def l_cargo_lock(g):
    crates = [("libsql", "0.6.0"), ("sqlx", "0.8.2"), ("tokio-postgres", "0.7.12"),
              ("surrealdb", "2.0.4"), ("hyper", "1.5.0")]
    parts = ["# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 4\n"]
    for name, ver in crates:
        parts.append('[[package]]\nname = "%s"\nversion = "%s"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n' % (name, ver, g.hexs(64)))
    return "Cargo.lock", "\n".join(parts), "checksums"


@look
def l_go_sum(g):
    mods = ["github.com/jackc/pgx/v5 v5.7.1", "github.com/jackc/puddle/v2 v2.2.2",
            "github.com/tursodatabase/libsql-client-go v0.0.0-20240902231107-85af5b9d094d",
            "github.com/marcboeker/go-duckdb v1.8.3", "github.com/lib/pq v1.10.9",
            "golang.org/x/crypto v0.28.0"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s=" % (m, b64s(g.rbytes(32))[:43]))
        lines.append("%s/go.mod h1:%s=" % (m, b64s(g.rbytes(32))[:43]))
    return "go.sum", "\n".join(lines) + "\n", "module_hashes"


@look
def l_dockerfile_digest(g):
    text = fill('''# syntax=docker/dockerfile:1.7
FROM node:20-alpine@sha256:@@d1@@ AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

FROM gcr.io/distroless/nodejs20-debian12@sha256:@@d2@@
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY dist ./dist
ENV NODE_ENV=production
CMD ["dist/server.js"]
''', d1=g.hexs(64), d2=g.hexs(64))
    return g.pick(["Dockerfile", "services/api/Dockerfile"]), text, "image_digests"


@look
def l_jwks(g):
    keys = []
    for i in range(g.R.randrange(1, 3)):
        keys.append('    {\n      "alg": "ES256",\n      "crv": "P-256",\n      "ext": true,\n      "key_ops": ["verify"],\n'
                    '      "kid": "%s",\n      "kty": "EC",\n      "use": "sig",\n      "x": "%s",\n      "y": "%s"\n    }'
                    % (g.uuid(), b64u(g.rbytes(32)), b64u(g.rbytes(32))))
    text = '{\n  "keys": [\n' + ",\n".join(keys) + "\n  ]\n}\n"
    return g.pick(["fixtures/jwks.json", "test/supabase-jwks.json", "public/.well-known/jwks.json"]), text, "public_jwks"


@look
def l_ssh_pub(g):
    lines = []
    for i in range(g.R.randrange(1, 4)):
        lines.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (
            b64s(g.rbytes(32))[:43], g.person(), g.pick(["laptop", "ci", "bastion", "deploy"])))
    return g.pick(["deploy/authorized_keys", "infra/keys/deploy.pub"]), "\n".join(lines) + "\n", "public_keys"


@look
def l_tf_vars(g):
    text = fill('''variable "neon_api_key" {
  description = "Neon API key; set TF_VAR_neon_api_key in the CI secret store."
  type        = string
  sensitive   = true
}

variable "turso_org" {
  type    = string
  default = "@@org@@"
}

provider "neon" {
  api_key = var.neon_api_key
}

output "connection_uri" {
  value     = neon_project.main.connection_uri
  sensitive = true
}
''', org=g.org())
    return g.pick(["infra/variables.tf", "terraform/neon/variables.tf"]), text, "variable_reference"


@look
def l_nile_seed(g):
    rows = []
    for i in range(g.R.randrange(3, 7)):
        rows.append("  ('%s', '%s %s')" % (g.uuid(), g.pick(ADJ).title(), g.pick(NOUN).title()))
    text = ("-- tenants for local development\nINSERT INTO tenants (id, name) VALUES\n" + ",\n".join(rows)
            + ";\n\nINSERT INTO todos (tenant_id, title, complete)\nSELECT id, 'Welcome to ' || name, false FROM tenants;\n")
    return g.pick(["db/seed.sql", "seed/tenants.sql"]), text, "uuids"


@look
def l_docs_placeholders(g):
    text = fill('''# Connecting

Neon gives you a connection string of this form:

```
postgresql://[user]:[password]@[neon_hostname]/[dbname]?sslmode=require
```

For example, the Neon docs show:

```
postgresql://alex:AbC123dEf@ep-cool-darkness-123456.us-east-2.aws.neon.tech/dbname?sslmode=require
```

Supabase's pooler uses `postgres.[project-ref]:[YOUR-PASSWORD]@aws-0-[region].pooler.supabase.com:6543/postgres`.
For this project the ref is `@@ref@@`; ask in #@@app@@-dev for the password.
''', ref=g.supa_ref(), app=g.app())
    return g.pick(["docs/connecting.md", "README.md"]), text, "doc_example"


@look
def l_k8s_externalsecret(g):
    app = g.app()
    text = fill('''apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: @@app@@-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets
    kind: ClusterSecretStore
  target:
    name: @@app@@-db
  data:
    - secretKey: DATABASE_URL
      remoteRef:
        key: prod/@@app@@/neon
        property: pooled_url
    - secretKey: UPSTASH_REDIS_REST_TOKEN
      remoteRef:
        key: prod/@@app@@/upstash
        property: rest_token
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: @@app@@-settings
binaryData:
  feature-flags.json: @@blob@@
''', app=app, blob=b64s(json.dumps({"search": True, "beta": False, "tenant": g.uuid()}).encode()))
    return g.pick(["k8s/" + app + "-externalsecret.yaml", "deploy/secrets.yaml"]), text, "secret_references_base64_config"


@look
def l_atlas_sum(g):
    lines = ["h1:%s=" % b64s(g.rbytes(32))[:43]]
    for i in range(g.R.randrange(3, 8)):
        lines.append("2025%02d%02d%06d_%s.sql h1:%s=" % (g.R.randrange(1, 13), g.R.randrange(1, 28),
                                                        g.R.randrange(10 ** 6), g.pick(["init", "users", "orders", "idx"]),
                                                        b64s(g.rbytes(32))[:43]))
    return "migrations/atlas.sum", "\n".join(lines) + "\n", "migration_checksums"


@look
def l_webhook_fixture(g):
    text = fill('''{
  "headers": {
    "x-github-event": "push",
    "x-github-delivery": "@@d@@",
    "x-hub-signature-256": "sha256=@@sig@@"
  },
  "body": {
    "ref": "refs/heads/main",
    "after": "@@sha@@",
    "repository": { "full_name": "@@org@@/@@app@@" }
  }
}
''', d=g.uuid(), sig=g.hexs(64), sha=g.hexs(40), org=g.org(), app=g.app())
    return g.pick(["test/fixtures/push-event.json", "tests/data/webhook.json"]), text, "signature"


@look
def l_tb_workspace(g):
    text = fill('''$ tb workspace current
** Current workspace:
------------------------------------------------------------
name: @@app@@_analytics
id: @@id@@
role: admin
plan: Developer
region: @@api@@
------------------------------------------------------------
''', app=g.app(), id=g.uuid(), api=g.tb_api())
    return g.pick(["docs/tinybird.txt", "tinybird/README.md"]), text, "ids"


@look
def l_sha256sums(g):
    lines = []
    for arch in ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"]:
        lines.append("%s  neonctl_%s_%s.tar.gz" % (g.hexs(64), "2.%d.%d" % (g.R.randrange(20), g.R.randrange(9)), arch))
    return g.pick(["tools/checksums.txt", "vendor/neonctl.sha256"]), "\n".join(lines) + "\n", "file_digests"


@look
def l_hashed_pii_sql(g):
    text = fill('''-- Export for the marketing warehouse: emails are pseudonymised.
CREATE MATERIALIZED VIEW analytics.signups_hashed AS
SELECT
  md5(lower(email))                  AS email_md5,
  encode(sha256(user_id::text::bytea), 'hex') AS user_key,
  date_trunc('day', created_at)      AS day
FROM public.users;

-- sanity check: md5('test@example.com') = '55502f40dc8b7c769880b10874abc9d0'
-- sample row: email_md5 = '@@h@@'
''', h=g.hexs(32))
    return g.pick(["sql/analytics/signups_hashed.sql", "warehouse/views.sql"]), text, "hashes"


@look
def l_edgedb_toml(g):
    text = fill('''[instance]
server-version = "@@ver@@"

[hooks]
schema.update.after = "npx @gel/generate edgeql-js"

# Cloud instance used by CI: @@org@@/@@app@@ (auth via GEL_SECRET_KEY in CI secrets)
''', ver=g.pick(["5.7", "6.1", "6.4"]), org=g.org(), app=g.app())
    return g.pick(["gel.toml", "edgedb.toml"]), text, "config_no_secret"


@look
def l_pg_log(g):
    app = g.app()
    lines = []
    for i in range(g.R.randrange(4, 9)):
        t = "%s %02d:%02d:%02d.%03d UTC" % (g.date(), g.R.randrange(24), g.R.randrange(60),
                                             g.R.randrange(60), g.R.randrange(1000))
        lines.append(g.pick([
            "%s [%d] LOG:  connection authorized: user=%s_app database=%s SSL enabled (protocol=TLSv1.3)" % (t, g.R.randrange(1000, 99999), app, app),
            "%s [%d] FATAL:  password authentication failed for user \"%s_app\"" % (t, g.R.randrange(1000, 99999), app),
            "%s [%d] LOG:  duration: %d.%03d ms  execute <unnamed>: select * from orders where id = $1" % (t, g.R.randrange(1000, 99999), g.R.randrange(1, 900), g.R.randrange(1000)),
            "%s [%d] LOG:  checkpoint complete: wrote %d buffers" % (t, g.R.randrange(1000, 99999), g.R.randrange(1, 9000))]))
    return g.pick(["logs/postgresql.log", "var/log/pg/server.log"]), "\n".join(lines) + "\n", "log_no_secret"


@look
def l_prisma_placeholder_env(g):
    text = '''# Prisma Postgres
# 1. Create a database at https://console.prisma.io
# 2. Paste the connection string it gives you below.
DATABASE_URL="prisma+postgres://accelerate.prisma-data.net/?api_key=__API_KEY__"
# Local alternative:
# DATABASE_URL="postgresql://postgres:postgres@localhost:5432/app"
'''
    return g.pick([".env.example", ".env.template", "apps/api/.env.sample"]), text, "placeholder"


@look
def l_turso_api_json(g):
    dbs = []
    for i in range(g.R.randrange(2, 5)):
        name = g.app() + g.pick(["", "-staging", "-eu"])
        dbs.append('    {\n      "Name": "%s",\n      "DbId": "%s",\n      "Hostname": "%s",\n      "group": "default",\n'
                   '      "primaryRegion": "%s",\n      "is_schema": false\n    }' % (
                       name, g.uuid(), g.turso_url().split("://")[1], g.pick(["iad", "ams", "nrt", "syd"])))
    text = '{\n  "databases": [\n' + ",\n".join(dbs) + "\n  ]\n}\n"
    return g.pick(["fixtures/turso-databases.json", "test/data/dblist.json"]), text, "ids_hostnames"


@look
def l_s3_inventory(g):
    lines = ["key,size,etag,last_modified"]
    for i in range(g.R.randrange(4, 9)):
        lines.append("exports/%s/part-%05d.parquet,%d,\"%s\",%s" % (
            g.date(), i, g.R.randrange(10 ** 5, 10 ** 9), g.hexs(32), g.isotime()))
    return g.pick(["data/s3_inventory.csv", "reports/exports.csv"]), "\n".join(lines) + "\n", "etags"


@look
def l_convex_generated(g):
    text = fill('''/* eslint-disable */
/**
 * Generated `api` utility.
 *
 * THIS CODE IS AUTOMATICALLY GENERATED.
 *
 * To regenerate, run `npx convex dev`.
 * @module
 */

import { anyApi, componentsGeneric } from "convex/server";

/**
 * A utility for referencing Convex functions in your app's API.
 * Deployment: @@dep@@ (build @@hash@@)
 */
export const api = anyApi;
export const internal = anyApi;
export const components = componentsGeneric();
''', dep=g.convex_deployment(), hash=g.hexs(40))
    return "convex/_generated/api.js", text, "generated_code"


@look
def l_upstash_kafka_topics(g):
    text = fill('''topics:
  - name: orders
    partitions: 3
    retention_ms: 604800000
    cluster_id: @@c1@@
  - name: audit-log
    partitions: 1
    retention_ms: 2592000000
    cluster_id: @@c1@@
consumer_groups:
  - id: billing-@@h@@
  - id: search-indexer-@@h2@@
''', c1=g.uuid(), h=g.hexs(8), h2=g.hexs(8))
    return g.pick(["streaming/topics.yaml", "kafka/topology.yml"]), text, "ids"


@look
def l_md_token_env_ref(g):
    text = '''import os
import duckdb

# MotherDuck picks the token up from the motherduck_token environment variable.
token = os.environ["motherduck_token"]
con = duckdb.connect(f"md:analytics?motherduck_token={token}")
print(con.sql("select current_database()").fetchone())
'''
    return g.pick(["scripts/md_check.py", "notebooks/connect.py"]), text, "env_reference"


@look
def l_changelog(g):
    lines = ["# Changelog", ""]
    for i in range(g.R.randrange(3, 6)):
        lines.append("## 1.%d.%d (%s)" % (g.R.randrange(1, 30), g.R.randrange(0, 9), g.date()))
        for j in range(g.R.randrange(1, 4)):
            lines.append("- %s (%s)" % (g.pick(["switch to Neon pooled connections", "add Turso embedded replica",
                                                "rotate database credentials", "bump drizzle-orm",
                                                "move secrets to Doppler", "fix Upstash rate limit prefix"]),
                                         g.hexs(7)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines), "commit_shas"


@look
def l_neon_branch_csv(g):
    lines = ["branch_id,name,parent,compute_units,created_at,endpoint_host"]
    for i in range(g.R.randrange(3, 8)):
        lines.append("%s,%s,main,%s,%s,%s" % (g.neon_branch_id(), g.pick(["preview/pr-%d" % g.R.randrange(1, 900), "dev/" + g.person(), "staging"]),
                                          g.pick(["0.25", "0.5", "1", "2"]), g.isotime(), g.neon_host()))
    return g.pick(["reports/neon-branches.csv", "ops/branches.csv"]), "\n".join(lines) + "\n", "ids_hostnames"


@look
def l_wrangler_secrets_doc(g):
    text = fill('''name = "@@app@@-api"
main = "src/index.ts"
compatibility_date = "@@date@@"

[vars]
TURSO_DATABASE_URL = "@@url@@"
UPSTASH_REDIS_REST_URL = "https://@@name@@.upstash.io"

# Set with: wrangler secret put TURSO_AUTH_TOKEN
#           wrangler secret put UPSTASH_REDIS_REST_TOKEN

[[d1_databases]]
binding = "DB"
database_name = "@@app@@"
database_id = "@@dbid@@"
''', app=g.app(), date=g.date(), url=g.turso_url(), name=g.upstash_name(g.port5()), dbid=g.uuid())
    return "wrangler.toml", text, "ids_hostnames"


# =====================================================================
# Assembly
# =====================================================================

LOOK_PROVIDER = {
    "neon": "neon", "prisma": "prisma", "drizzle": "drizzle", "supa": "supabase", "turso": "turso",
    "xatarc": "xata", "pscale": "planetscale", "crdb": "cockroachdb", "tb": "tinybird",
    "md": "motherduck", "upstash": "upstash", "ch": "clickhouse", "ca": "aiven", "fauna": "fauna",
    "convex": "convex", "edgedb": "gel", "dbt": "dbt", "gha": "mixed", "fly": "turso",
    "pkg": "mixed", "cargo": "mixed", "go": "mixed", "dockerfile": "mixed", "jwks": "supabase",
    "ssh": "mixed", "tf": "neon", "nile": "nile", "docs": "neon", "k8s": "mixed", "atlas": "mixed",
    "webhook": "mixed", "sha256sums": "neon", "hashed": "mixed", "pg": "mixed", "s3": "mixed",
    "changelog": "mixed", "wrangler": "turso",
}

ALLOWED_ENV_NEG = (".env.example", ".env.sample", ".env.template", ".env.dist")

# Shapes this generator itself produces for real credentials; a negative must
# never contain one (self-check of the generator, not a scanner rule).
OWN_SHAPES = [
    "napi_[a-z0-9]{64}", "pscale_(?:pw|tkn)_[A-Za-z0-9_]{43}", "xau_[A-Za-z0-9]{33}",
    "CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40}", "4b1d(?![0-9a-f]{38})[A-Za-z0-9]{38}", "sbp_[0-9a-f]{40}",
    "nbwt1_eyJ", "edbt_eyJ", "p\\.eyJ1", "AVNS_[A-Za-z0-9_-]{19}", "npg_[A-Za-z0-9]{12}",
    "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9\\.eyJ", "api_key=eyJ[A-Za-z0-9_-]{20,}\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20}",
    "motherduck_token=eyJ[A-Za-z0-9_-]{20,}\\.eyJ[A-Za-z0-9_-]{20,}\\.[A-Za-z0-9_-]{20}",
    "\\|eyJ2MiI6", "sk_[A-Za-z0-9_-]{21}@db\\.prisma\\.io",
]


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith("Dockerfile"):
        return "dockerfile"
    if base == "Makefile":
        return "makefile"
    if base.startswith(".env"):
        return "env"
    if base in (".xatarc", ".tinyb"):
        return "json"
    if base == "authorized_keys":
        return "text"
    if "." not in base.lstrip("."):
        return "text"
    return base.rsplit(".", 1)[-1].lower()


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base.startswith(".env") and base not in ALLOWED_ENV_NEG


def neg_path(path):
    """Move a re-used template out of blocked .env-family names."""
    d, _, base = path.rpartition("/")
    if base.startswith(".env") and base not in ALLOWED_ENV_NEG:
        base = ".env.example"
    elif base.endswith(".env"):
        base = base[:-4] + ".env.example"
    return (d + "/" + base) if d else base


def needle_line(text, needle):
    idx = text.index(needle)
    line = text.count("\n", 0, idx) + 1
    assert needle in text.split("\n")[line - 1]
    return line


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def cycle(g, items, n):
    out = []
    while len(out) < n:
        block = list(range(len(items)))
        g.R.shuffle(block)
        out.extend(block)
    return out[:n]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ii.py OUTDIR SEED\n")
        return 2
    import re
    outdir, seed = argv[1], int(argv[2])
    g = G(seed)
    g.env_budget = 20
    manifest, secrets = [], []
    own = [re.compile(p) for p in OWN_SHAPES]

    # ---- positives ------------------------------------------------------
    env_count = 0
    conv = [k for k, m in enumerate(POS) if m["conv"]]
    other = [k for k, m in enumerate(POS) if not m["conv"]]
    order = [conv[k] for k in cycle(g, conv, NPOS // 2)]
    order += [other[k] for k in cycle(g, other, NPOS - NPOS // 2)]
    g.R.shuffle(order)
    for i, ti in enumerate(order):
        meta = POS[ti]
        g.mode = "pos"
        path, text, needle = meta["f"](g, None)
        assert needle and needle in text, meta["name"]
        if is_blocked_env(path) or path.endswith(".env"):
            env_count += 1
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        line = needle_line(text, needle)
        with open(os.path.join(outdir, rel), encoding="utf-8") as fh:
            assert needle in fh.read().split("\n")[line - 1]
        manifest.append({"file": rel, "label": "pos", "provider": meta["provider"],
                         "kind": meta["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_count * 20 <= NPOS, env_count

    # ---- negatives: half re-used templates, half look-alikes -------------
    jobs = [("reuse", ti) for ti in cycle(g, POS, NNEG // 2)]
    jobs += [("look", li) for li in cycle(g, LOOK, NNEG - NNEG // 2)]
    g.R.shuffle(jobs)
    for i, (how, idx) in enumerate(jobs):
        g.mode = "neg"
        if how == "reuse":
            meta = POS[idx]
            val, negkind = neg_value(g, meta)
            path, text, _ = meta["f"](g, val)
            path = neg_path(path)
            provider, kind = meta["provider"], "reuse:" + negkind
        else:
            f = LOOK[idx]
            path, text, lk = f(g)
            provider = LOOK_PROVIDER.get(f.__name__.split("_")[1], "mixed")
            kind = "lookalike:" + lk
        assert not is_blocked_env(path) and not path.endswith(".env"), path
        for rx in own:
            for mt in rx.finditer(text):
                tail = mt.group(0)[-10:]
                # runs of one character (npg_xxxxxxxxxxxx) are placeholders
                assert len(set(tail)) <= 2, (path, rx.pattern)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider,
                         "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=False) + "\n")
    assert len(manifest) == NPOS + NNEG and len(secrets) == NPOS
    assert len(POS) >= 60 and len(POS) + len(LOOK) >= 60
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
