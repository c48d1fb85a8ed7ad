#!/usr/bin/env python3
"""Blind evaluation-set generator "gp": database GUI / client connection files.

EMPHASIS
    The files people commit by accident from database GUIs and clients, and the
    connection settings that sit next to them:
    * DBeaver  .dbeaver/data-sources.json (auth-properties, ssh_tunnel handler);
      credentials-config.json is AES-encrypted binary -> only ever a negative.
    * JetBrains DataGrip / IntelliJ .idea/dataSources.xml, dataSources.local.xml
    * pgAdmin servers.json + pgpass, ~/.pgpass, pg_service.conf
    * SQL Developer connections.json / connections.xml (encrypted -> negatives)
    * Azure Data Studio settings.json, SSMS .regsrvr (DPAPI -> negative)
    * MySQL Workbench connections.xml, ~/.my.cnf, HeidiSQL portable_settings.txt
      (obfuscated -> negative), Navicat .ncx (encrypted hex -> negative),
      Sequel Ace .spf, Redis Insight export, MongoDB Compass export
    * tnsnames.ora / sqlnet.ora / mkstore wallets, sqlplus, odbc.ini, .dsn,
      JDBC / ODBC / ADO.NET connection strings, Tomcat / Hibernate / Spring /
      Flyway / Liquibase / Rails / Helm / docker-compose database settings.
    Providers / kinds: generic PostgreSQL / MySQL / SQL Server / Oracle / Redis /
    MongoDB passwords (plain, in URLs, in properties), PlanetScale (pscale_pw_,
    pscale_tkn_), Neon (npg_ role passwords, napi_ API keys), Turso / libSQL
    auth tokens (EdDSA JWT), Supabase (sb_secret_, service_role JWT, sbp_
    access token, pooler passwords), MongoDB Atlas (programmatic API private
    key, service-account secret mdb_sa_sk_, database-user passwords), SSH
    tunnel passwords and private keys (OpenSSH ed25519, PKCS#1 RSA).
    File types: JSON, XML, INI/cnf/conf, YAML, properties, TOML, plain text,
    shell, SQL, Markdown, CSV, log, ora, plist, plus a few code files (Python,
    JavaScript, Java, Go, PHP, Ruby, C#/JSON appsettings, HCL tfvars).

USAGE
    python3 -B gen_gp.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one
    line per positive).  All randomness comes from one random.Random(SEED);
    the same SEED gives byte-identical output.

NEEDLE CONVENTIONS
    * Passwords / tokens / keys: the value exactly as written, without quotes.
    * URLs and connection strings (postgresql://u:PW@h, Server=..;Password=PW;
      jdbc:...?password=PW, user/PW@tns): only the password part PW.
    * HTTP headers (Authorization: Bearer T): only the token T.
    * Key pairs (Atlas public key + private key; Atlas service-account id +
      secret; PlanetScale username + password): only the secret half.
    * Multi-line private keys (PEM / OpenSSH, also when JSON-escaped on one
      line): the BEGIN marker text, e.g. "-----BEGIN OPENSSH PRIVATE KEY-----";
      the line is the line where that marker appears.
    * line = 1-based line of the needle's first occurrence (asserted).

NEGATIVES
    250 re-use the positive templates with the secret slot holding something
    that is not a secret: placeholders (<your-password>, YOUR_PASSWORD_HERE,
    changeme, xxxx...), empty values, masked values (********, [REDACTED]),
    environment / secret-manager references (${VAR}, os.environ[...],
    process.env.X, System.getenv, op://, vault: paths, ${{ secrets.X }}),
    template expressions ({{ .Values.x }}, {{ var }}), providers' documented
    example values (Oracle scott/tiger, Neon's AbC123dEf, the Vault docs'
    Atlas pair, Supabase CLI local demo keys, DBeaver docs' "secret"), and
    values documented as public (Supabase anon JWT, sb_publishable_ keys, SSH
    public keys, Atlas public key alone).
    250 are look-alikes of this domain: encrypted or obfuscated values as the
    tools store them (Navicat hex, HeidiSQL hex, SQL Developer / DBeaver /
    SSMS DPAPI / Compass encrypted blobs, Jasypt ENC(), {cipher}, SOPS,
    ansible-vault, SealedSecrets, KMS ciphertext), savePassword=false entries,
    host names, ports, driver classes, connection UUIDs, ObjectIds, SSL
    certificate paths and public certificates, SSH public keys and
    fingerprints, checksums, digests, SCRAM/bcrypt hashes, query ids.
    No negative is written to a file named .env / .env.<something> (only
    .env.example / .env.sample are used).

FORMATS CHECKED (search tool: provider docs and public project files)
    * PlanetScale: docs describe generated username/password pairs and
      *.connect.psdb.cloud hosts with sslaccept=strict / sslMode=VERIFY_IDENTITY;
      public project files show pscale_pw_ + 43 [A-Za-z0-9] and 20-char
      lowercase alphanumeric usernames.  pscale_tkn_ service tokens are named
      in CLI docs (--service-token); their body length is assumed like pw.
    * Neon: docs show postgresql://role:password@ep-<adj>-<noun>-<8>(-pooler)
      .<region>.aws.neon.tech/db?sslmode=require&channel_binding=require and the
      documented example password AbC123dEf; projects show npg_ + 12 alnum
      passwords and napi_ + 64 lowercase-alnum API keys.
    * Turso: docs say database tokens are JWTs passed as authToken with
      libsql://<db>-<org>.turso.io URLs; project files show header
      {"alg":"EdDSA","typ":"JWT"}, payload {"a":"rw","iat","id","rid"} and a
      64-byte (86 char base64url) signature.
    * Supabase: docs list sb_publishable_... (public) and sb_secret_... (secret)
      keys and legacy anon / service_role JWTs (role, iat, exp ~10 years);
      the CLI's local keys show sb_secret_ + 22 chars + "_" + 8 chars.
    * MongoDB Atlas: Vault docs show public key = 8 lowercase letters and
      private key = UUID; Atlas CLI docs show service accounts mdb_sa_id_ +
      24 hex; projects show mdb_sa_sk_ + 40 chars.
    * DBeaver docs: data-sources.json auth-model "native" with auth-properties
      userName / userPassword stays plain text until first connect; ssh_tunnel
      handler properties host/port/authType/user/password/keyPath/keyValue;
      credentials-config.json is AES-128-CBC encrypted.
    * DataGrip dataSources.xml / .local.xml element names (data-source uuid,
      driver-ref, jdbc-driver, jdbc-url, secret-storage master_key, user-name)
      from public project files; pgAdmin servers.json fields (Name, Group,
      Host, Port, MaintenanceDB, Username, SSLMode, PassFile) from pgAdmin docs
      and project files.
    * Compass docs: --exportConnections with optional --passphrase encryption.

DOUBTS
    * Supabase sb_secret_ tail: the last 8 characters look like a checksum
      whose algorithm I could not find; they are random here.
    * pscale_tkn_ body length/alphabet and sbp_ (40 hex) not confirmed in docs.
    * OpenSSH / RSA keys are structurally valid containers but the key
      material is random (public half not derived from the private half).
    * Exact field names of Compass encrypted exports ("connectionSecrets"),
      Redis Insight exports, MySQL Workbench "password" parameter, Sequel Ace
      .spf keys, HeidiSQL's encoding and Navicat .ncx attributes are from
      memory of public files, not confirmed in vendor docs.  RazorSQL and
      TablePlus formats could not be confirmed and are not used.
    * Search results included a GitGuardian detector page and one repository
      table of token shapes (secret-scanner material); they were not used.
"""
import base64
import json
import os
import random
import string
import struct
import sys

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LOWALNUM = LOWER + DIG
HEXL = "0123456789abcdef"
B64URL = ALNUM + "-_"

WORDS = ("cobalt marlin quasar harbor plinth juniper basalt falcon ember kestrel "
         "larch mosaic nimbus orchid pylon quill raven saffron tundra umber "
         "vortex walnut yarrow zephyr anvil bramble cinder dune fjord glacier "
         "heron indigo jasper kelp lagoon mesa nectar onyx prism quartz ridge "
         "sierra thistle urchin velvet willow xenon yodel zinc acorn beacon "
         "canyon delta ferret gannet hollow ibis jetty krill lumen meadow").split()
ADJ = ("cool shiny ancient misty little silent polished odd tiny falling young "
       "bold proud calm wild quiet lively crimson frosty sparkling").split()
NOUN = ("darkness night voice shape water band hill tree dust leaf morning "
        "river field sun cloud rain snow forest moon star").split()
FIRST = "alice bob carol dmitri erin farah gustavo hana ivan jun kofi lena mateo nora omar priya".split()
APPS = "orders billing inventory analytics crm ledger payments catalog shipping reporting auth hr".split()
ENVS = "prod staging dev qa uat preprod".split()


class Env(str):
    """A reference to an environment variable (negatives). str() is ${NAME}."""

    def __new__(cls, name):
        o = str.__new__(cls, "${" + name + "}")
        o.name = name
        return o


class Ctx:
    def __init__(self, r):
        self.r = r
        self.neg = False
        self.env_files = 0

    # ---- random helpers -------------------------------------------------
    def ch(self, seq):
        return self.r.choice(seq)

    def rs(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def rb(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def uuid(self):
        h = self.rs(HEXL, 32)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def app(self):
        return self.ch(APPS)

    def env(self):
        return self.ch(ENVS)

    def user(self):
        return self.ch(["app", "svc_", "rw_", "ro_", "etl_", ""]) + self.ch(APPS + FIRST) + self.ch(["", "_user", "_rw", "_app", "_admin", ""])

    def dbname(self):
        return self.ch(APPS) + self.ch(["", "_db", "db", "_prod", "_main", ""])

    def ip(self):
        return "10.%d.%d.%d" % (self.r.randint(0, 254), self.r.randint(0, 254), self.r.randint(2, 250))

    def host(self, engine="pg"):
        a, e = self.app(), self.env()
        opts = [
            "%s-db-%s-%02d.internal.%s.io" % (a, e, self.r.randint(1, 9), self.ch(["acme", "globex", "initech", "umbrella", "hooli"])),
            "%s-%s.cluster-%s.%s.rds.amazonaws.com" % (a, e, self.rs(LOWALNUM, 12), self.ch(["eu-west-1", "us-east-1", "ap-southeast-2", "eu-central-1"])),
            "%s.%s.db.corp.local" % (a, e),
            self.ip(),
            "%s-%s.postgres.database.azure.com" % (a, e) if engine == "pg" else "%s-%s.mysql.database.azure.com" % (a, e),
            "pg-%s-%s.%s.aivencloud.com" % (a, self.rs(LOWALNUM, 6), self.ch(["acme", "team"])),
        ]
        return self.ch(opts)

    def port(self, engine):
        return {"pg": 5432, "mysql": 3306, "mssql": 1433, "oracle": 1521, "redis": 6379, "mongo": 27017}[engine]

    def lit(self, v, lang):
        """A string literal in code; Env values become the language's env lookup."""
        if isinstance(v, Env):
            n = v.name
            return {"py": 'os.environ["%s"]' % n, "js": "process.env.%s" % n, "java": 'System.getenv("%s")' % n,
                    "go": 'os.Getenv("%s")' % n, "php": "getenv('%s')" % n, "rb": 'ENV.fetch("%s")' % n,
                    "sh": '"$%s"' % n}[lang]
        q = "'" if lang in ("php", "sh") else '"'
        return q + v + q

    def yq(self, v):
        """YAML scalar: quote values a plain scalar cannot hold (masked, refs, empty)."""
        if v == "" or v[0] in "[]{}*&!%@`'\"|>#?-:,<" or ": " in v or " #" in v or "{{" in v:
            return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return v

    def bastion(self):
        return self.ch(["bastion", "jump", "jump01", "ssh-gw"]) + "." + self.ch(ENVS) + "." + self.ch(["acme.io", "globex.net", "hooli.internal", "initech.cloud"])

    def envpath(self, normal):
        """Occasionally a .env file for positives (max 20 of 500)."""
        if not self.neg and self.env_files < 20 and self.r.random() < 0.35:
            self.env_files += 1
            return self.ch([".env", ".env.local", ".env.production", "services/api/.env"])
        if self.neg and self.r.random() < 0.3:
            return self.ch([".env.example", ".env.sample", "config/.env.example"])
        return normal


def xesc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def b64u_json(o):
    return b64u(json.dumps(o, separators=(",", ":")).encode())


def wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ---- secret generators ---------------------------------------------------
PW_SYM = "-_.!*~^+"


def gen_pw(c, url_safe=False):
    r = c.r
    style = r.randint(0, 3)
    sym = "-_.~" if url_safe else PW_SYM
    if style == 0:
        n = r.randint(16, 28)
        body = [r.choice(ALNUM + sym) for _ in range(n - 4)] + [r.choice(UPPER), r.choice(LOWER), r.choice(DIG), r.choice(sym)]
        r.shuffle(body)
        s = r.choice(ALNUM) + "".join(body)
    elif style == 1:
        s = c.rs(B64URL, r.randint(24, 40))
        s = r.choice(ALNUM) + s
    elif style == 2:
        s = c.rs(HEXL, r.choice([24, 32, 40]))
    else:
        ws = [r.choice(WORDS).capitalize() if r.random() < 0.7 else r.choice(WORDS) for _ in range(r.randint(3, 4))]
        s = r.choice(["-", ".", "_", "~"]).join(ws) + str(r.randint(10, 9999)) + r.choice(sym)
    return s


def gen_pscale_pw(c):
    return "pscale_pw_" + c.rs(ALNUM, 43)


def gen_pscale_tkn(c):
    return "pscale_tkn_" + c.rs(ALNUM, 43)


def gen_npg(c):
    return "npg_" + c.rs(ALNUM, 12)


def gen_napi(c):
    return "napi_" + c.rs(LOWALNUM, 64)


def gen_turso(c):
    hdr = b64u_json({"alg": "EdDSA", "typ": "JWT"})
    iat = c.r.randint(1690000000, 1760000000)
    p = {}
    if c.r.random() < 0.6:
        p["a"] = c.ch(["rw", "rw", "ro"])
    p["iat"] = iat
    if c.r.random() < 0.3:
        p["exp"] = iat + c.ch([604800, 2592000, 7776000])
    p["id"] = c.uuid()
    p["rid"] = c.uuid()
    return hdr + "." + b64u_json(p) + "." + b64u(c.rb(64))


def sb_ref(c):
    return c.rs(LOWER, 20)


def gen_sb_jwt(c, role="service_role", ref=None):
    iat = c.r.randint(1640000000, 1740000000)
    p = {"iss": "supabase", "ref": ref or sb_ref(c), "role": role, "iat": iat, "exp": iat + 315532800}
    return b64u_json({"alg": "HS256", "typ": "JWT"}) + "." + b64u_json(p) + "." + b64u(c.rb(32))


def gen_sb_secret(c):
    return "sb_secret_" + c.rs(B64URL, 22) + "_" + c.rs(ALNUM, 8)


def gen_sbp(c):
    return "sbp_" + c.rs(HEXL, 40)


def gen_atlas_priv(c):
    return c.uuid()


def atlas_pub(c):
    return c.rs(LOWER, 8)


def gen_mdb_sa_sk(c):
    return "mdb_sa_sk_" + c.rs(ALNUM + "_", 40)


def sshstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(c, comment):
    pk, sk, chk = c.rb(32), c.rb(32), c.rb(4)
    pub = sshstr(b"ssh-ed25519") + sshstr(pk)
    priv = chk + chk + sshstr(b"ssh-ed25519") + sshstr(pk) + sshstr(sk + pk) + sshstr(comment.encode())
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    blob = b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") + struct.pack(">I", 1) + sshstr(pub) + sshstr(priv)
    body = wrap(base64.b64encode(blob).decode(), 70)
    return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + body + ["-----END OPENSSH PRIVATE KEY-----"])


def ssh_pub(c, comment):
    pub = sshstr(b"ssh-ed25519") + sshstr(c.rb(32))
    return "ssh-ed25519 " + base64.b64encode(pub).decode() + " " + comment


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der_int(b):
    b = b.lstrip(b"\x00") or b"\x00"
    if b[0] & 0x80:
        b = b"\x00" + b
    return b"\x02" + der_len(len(b)) + b


def rsa_pem(c):
    def big(n):
        b = bytearray(c.rb(n))
        b[0] |= 0x80
        b[-1] |= 1
        return bytes(b)
    parts = [b"\x00", big(256), (65537).to_bytes(3, "big"), big(256), big(128), big(128), big(128), big(128), big(128)]
    body = b"".join(der_int(p) for p in parts)
    der = b"\x30" + der_len(len(body)) + body
    lines = wrap(base64.b64encode(der).decode(), 64)
    return "\n".join(["-----BEGIN RSA PRIVATE KEY-----"] + lines + ["-----END RSA PRIVATE KEY-----"])


def pem_cert(c):
    n = c.r.randint(880, 1300)
    der = b"\x30\x82" + n.to_bytes(2, "big") + b"\x30\x82" + (n - 160).to_bytes(2, "big") + b"\xa0\x03\x02\x01\x02\x02\x14" + c.rb(n - 11)
    lines = wrap(base64.b64encode(der).decode(), 64)
    return "\n".join(["-----BEGIN CERTIFICATE-----"] + lines + ["-----END CERTIFICATE-----"])


def gen_key(c):
    if c.r.random() < 0.6:
        return openssh_ed25519(c, c.ch(["deploy", "tunnel", "dbeaver", "bastion"]) + "@" + c.ch(["ci", "jump", "laptop", "ops"]))
    return rsa_pem(c)


# slot -> secret generator
GEN = {
    "pw": lambda c: gen_pw(c),
    "urlpw": lambda c: gen_pw(c, url_safe=True),
    "pscale": gen_pscale_pw,
    "pscale_tkn": gen_pscale_tkn,
    "npg": gen_npg,
    "napi": gen_napi,
    "turso": gen_turso,
    "sbjwt": lambda c: gen_sb_jwt(c),
    "sbsecret": gen_sb_secret,
    "sbp": gen_sbp,
    "atlas_priv": gen_atlas_priv,
    "mdbsa": gen_mdb_sa_sk,
    "key": gen_key,
}

SB_DEMO_ANON = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6ImFub24iLCJleHAiOjE5ODM4MTI5OTZ9."
                "CRXP1A7WOeoJeXxjNni43kdQwgnWNReilDMblYTn_I0")
SB_DEMO_SERVICE = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZS1kZW1vIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImV4cCI6MTk4MzgxMjk5Nn0."
                   "EGIM96RAZx35lJzdJsyH-qQwv8Hdp7fsn3W0YpN81IU")
SB_LOCAL_SECRET = "sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz"


def neg_fill(c, slot, code=False):
    """A non-secret value for a secret slot. Returns (value, negkind)."""
    r = c.r
    envn = c.ch({
        "pw": ["DB_PASSWORD", "PGPASSWORD", "MYSQL_PWD", "DATABASE_PASSWORD", "APP_DB_PASS"],
        "urlpw": ["DB_PASSWORD", "PGPASSWORD", "DATABASE_PASSWORD"],
        "pscale": ["PLANETSCALE_DB_PASSWORD", "DATABASE_PASSWORD"],
        "pscale_tkn": ["PLANETSCALE_SERVICE_TOKEN"],
        "npg": ["NEON_PASSWORD", "PGPASSWORD"],
        "napi": ["NEON_API_KEY"],
        "turso": ["TURSO_AUTH_TOKEN", "LIBSQL_AUTH_TOKEN"],
        "sbjwt": ["SUPABASE_SERVICE_ROLE_KEY"],
        "sbsecret": ["SUPABASE_SECRET_KEY"],
        "sbp": ["SUPABASE_ACCESS_TOKEN"],
        "atlas_priv": ["MONGODB_ATLAS_PRIVATE_KEY", "ATLAS_PRIVATE_KEY"],
        "mdbsa": ["MDB_MCP_API_CLIENT_SECRET", "ATLAS_CLIENT_SECRET"],
        "key": ["SSH_PRIVATE_KEY"],
    }[slot])
    roll = r.random()
    if code and roll < 0.3:
        return Env(envn), "env-ref"
    if slot == "key":
        opts = [(ssh_pub(c, "tunnel@" + c.app()), "public-key"), ("", "empty"),
                ("<paste private key here>", "placeholder"), ("${file(\"~/.ssh/id_ed25519\")}", "template-expr"),
                (Env(envn), "env-ref")]
        return c.ch(opts)
    generic = [
        (Env(envn), "env-ref"),
        ("${%s}" % envn, "env-ref"),
        ("<your-password>" if slot in ("pw", "urlpw", "npg") else "<%s>" % envn.lower().replace("_", "-"), "placeholder"),
        ("YOUR_%s_HERE" % envn.split("_")[-1] if slot not in ("pw", "urlpw") else "YOUR_PASSWORD_HERE", "placeholder"),
        ("changeme", "placeholder"),
        ("", "empty"),
        ("********", "masked"),
        ("[REDACTED]", "masked"),
        ("{{ %s }}" % envn.lower(), "template-expr"),
        ("{{ .Values.%s }}" % c.ch(["postgresql.auth.password", "db.password", "secrets.dbPassword"]), "template-expr"),
        ("op://%s/%s-db/password" % (c.ch(["Engineering", "Infra", "Platform"]), c.app()), "secret-manager-ref"),
        ("vault:secret/data/%s/%s#password" % (c.app(), c.env()), "secret-manager-ref"),
        ("${{ secrets.%s }}" % envn, "template-expr"),
    ]
    special = {
        "pw": [("tiger", "doc-example"), ("mypassword", "doc-example"), ("secret", "doc-example"), ("xxxxxxxxxxxx", "placeholder")],
        "urlpw": [("AbC123dEf", "doc-example"), ("mypassword", "doc-example"), ("PASSWORD", "placeholder")],
        "pscale": [("pscale_pw_" + "x" * 43, "placeholder"), ("pscale_pw_...", "placeholder"), ("pscale_pw_<password>", "placeholder")],
        "pscale_tkn": [("pscale_tkn_" + "X" * 43, "placeholder"), ("pscale_tkn_...", "placeholder")],
        "npg": [("AbC123dEf", "doc-example"), ("npg_xxxxxxxxxxxx", "placeholder"), ("npg_...", "placeholder")],
        "napi": [("napi_your_neon_api_key", "placeholder"), ("napi_" + "x" * 64, "placeholder"), ("napi_...", "placeholder")],
        "turso": [("eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9...", "placeholder"), ("your-auth-token", "placeholder")],
        "sbjwt": [(gen_sb_jwt(c, role="anon"), "public-value"), (SB_DEMO_ANON, "public-value"), (SB_DEMO_SERVICE, "doc-example")],
        "sbsecret": [("sb_publishable_" + c.rs(B64URL, 22) + "_" + c.rs(ALNUM, 8), "public-value"), (SB_LOCAL_SECRET, "doc-example"), ("sb_secret_...", "placeholder")],
        "sbp": [("sbp_" + "0" * 40, "placeholder"), ("sbp_...", "placeholder")],
        "atlas_priv": [("2c130c23-e6b6-4da8-a93f-a8bf33218830", "doc-example"), ("00000000-0000-0000-0000-000000000000", "placeholder")],
        "mdbsa": [("mdb_sa_sk_...", "placeholder"), ("mdb_sa_sk_" + "x" * 40, "placeholder")],
    }[slot]
    pool = generic + special * 2
    v, k = c.ch(pool)
    if not code and isinstance(v, Env):
        v = str(v)
    return v, k


# ==========================================================================
# Positive templates.  Each fn(c, v) -> (relpath, text); v is the slot value.
# ==========================================================================
POS = []


def P(slot, provider, kind, code=False):
    def deco(fn):
        POS.append({"fn": fn, "slot": slot, "provider": provider, "kind": kind, "code": code, "name": fn.__name__})
        return fn
    return deco


def dbeaver_conn(c, name, provider, driver, host, port, db, url, extra_cfg=None, handlers=None, save=True):
    cid = "%s-%s-%s" % (driver, c.rs(HEXL, 11), c.rs(HEXL, 16))
    cfg = {"host": host, "port": str(port), "database": db, "url": url,
           "configurationType": "MANUAL", "home": c.ch(["/usr/lib/postgresql/16", "mysql_client", ""]) if c.r.random() < 0.2 else None,
           "type": c.ch(["dev", "test", "prod"]), "closeIdleConnection": True}
    cfg = {k: v for k, v in cfg.items() if v is not None}
    if extra_cfg:
        cfg.update(extra_cfg)
    cfg["handlers"] = handlers or {}
    ent = {"provider": provider, "driver": driver, "name": name, "save-password": save,
           "show-system-objects": c.r.random() < 0.5, "read-only": False, "configuration": cfg}
    if c.r.random() < 0.5:
        ent["folder"] = c.ch(["Production", "Staging", "Local", "Reporting"])
    return cid, ent


def dbeaver_doc(c, conns):
    doc = {"folders": {}, "connections": dict(conns)}
    if c.r.random() < 0.5:
        doc["connection-types"] = {"dev": {"name": "Development", "color": "255,255,255", "description": "Regular development database",
                                           "auto-commit": True, "confirm-execute": False, "confirm-data-change": False, "auto-close-transactions": False}}
    return json.dumps(doc, indent=c.ch([1, 2, "\t"])) + "\n"


def dbeaver_path(c):
    return c.ch([".dbeaver/data-sources.json", "tools/dbeaver/.dbeaver/data-sources.json", "General/.dbeaver/data-sources.json", ".dbeaver/data-sources-2.json"])


@P("pw", "dbeaver", "database-password")
def p_dbeaver_authprops(c, v):
    eng = c.ch(["pg", "mysql"])
    host, db, u = c.host(eng), c.dbname(), c.user()
    prov, drv = ("postgresql", "postgres-jdbc") if eng == "pg" else ("mysql", "mysql8")
    url = "jdbc:%s://%s:%d/%s" % ("postgresql" if eng == "pg" else "mysql", host, c.port(eng), db)
    conns = [dbeaver_conn(c, "%s (%s)" % (db, c.env()), prov, drv, host, c.port(eng), db, url,
                          {"auth-model": "native", "auth-properties": {"userName": u, "userPassword": v}})]
    if c.r.random() < 0.5:
        h2 = "localhost"
        conns.append(dbeaver_conn(c, "local " + c.dbname(), prov, drv, h2, c.port(eng), "postgres", "jdbc:postgresql://localhost:5432/postgres",
                                  {"auth-model": "native"}, save=False))
        c.r.shuffle(conns)
    return dbeaver_path(c), dbeaver_doc(c, conns)


@P("pscale", "planetscale", "database-password")
def p_dbeaver_pscale(c, v):
    region = c.ch(["aws", "us-east", "eu-central", "us-west", "ap-south", "gcp-us-central1"])
    host = "%s.connect.psdb.cloud" % region
    db = c.dbname()
    conns = [dbeaver_conn(c, "PlanetScale %s/main" % db, "mysql", "mysql8", host, 3306, db,
                          "jdbc:mysql://%s:3306/%s?sslMode=VERIFY_IDENTITY" % (host, db),
                          {"auth-model": "native", "auth-properties": {"userName": c.rs(LOWALNUM, 20), "userPassword": v},
                           "provider-properties": {"@dbeaver-default-resultset-read-only": "false"}})]
    return dbeaver_path(c), dbeaver_doc(c, conns)


@P("pw", "dbeaver", "ssh-tunnel-password")
def p_dbeaver_sshpw(c, v):
    host, db = c.host("pg"), c.dbname()
    hs = {"ssh_tunnel": {"type": "TUNNEL", "enabled": True, "save-password": True,
                         "properties": {"host": c.bastion(), "port": 22,
                                        "authType": "PASSWORD", "user": c.ch(["ec2-user", "ubuntu", "tunnel", "ops"]), "password": v,
                                        "implementation": c.ch(["jsch", "sshj"]), "aliveInterval": "0", "sshConnectTimeout": "10000"}}}
    conns = [dbeaver_conn(c, db + " via bastion", "postgresql", "postgres-jdbc", host, 5432, db,
                          "jdbc:postgresql://%s:5432/%s" % (host, db), {"auth-model": "native"}, handlers=hs)]
    return dbeaver_path(c), dbeaver_doc(c, conns)


@P("key", "ssh", "ssh-private-key")
def p_dbeaver_sshkey(c, v):
    host, db = c.host("mysql"), c.dbname()
    hs = {"ssh_tunnel": {"type": "TUNNEL", "enabled": True, "save-password": True,
                         "properties": {"host": c.ip(), "port": 22, "authType": "PUBLIC_KEY", "user": "tunnel",
                                        "keyValue": v, "implementation": "sshj", "bypassHostVerification": False}}}
    conns = [dbeaver_conn(c, "%s-%s" % (db, c.env()), "mysql", "mysql8", host, 3306, db,
                          "jdbc:mysql://%s:3306/%s" % (host, db), {"auth-model": "native"}, handlers=hs)]
    return dbeaver_path(c), dbeaver_doc(c, conns)


@P("urlpw", "dbeaver", "database-password")
def p_dbeaver_url(c, v):
    host, db, u = c.host("pg"), c.dbname(), c.user()
    url = "jdbc:postgresql://%s:5432/%s?user=%s&password=%s&sslmode=%s" % (host, db, u, v, c.ch(["require", "verify-full"]))
    conns = [dbeaver_conn(c, db, "postgresql", "postgres-jdbc", host, 5432, db, url, {"configurationType": "URL"})]
    conns[0][1]["configuration"]["configurationType"] = "URL"
    return dbeaver_path(c), dbeaver_doc(c, conns)


def datagrip_ds(c, name, driver_ref, drv_cls, url, inner=""):
    return ('    <data-source source="LOCAL" name="%s" uuid="%s">\n      <driver-ref>%s</driver-ref>\n      <synchronize>true</synchronize>\n'
            '      <jdbc-driver>%s</jdbc-driver>\n      <jdbc-url>%s</jdbc-url>\n%s      <working-dir>$ProjectFileDir$</working-dir>\n    </data-source>\n'
            % (xesc(name), c.uuid(), driver_ref, drv_cls, xesc(url), inner))


def datagrip_file(body, comp="DataSourceManagerImpl"):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="%s" format="xml" multifile-model="true">\n%s'
            '  </component>\n</project>\n' % (comp, body))


@P("urlpw", "datagrip", "database-password")
def p_datagrip_mysql_url(c, v):
    host, db, u = c.host("mysql"), c.dbname(), c.user()
    body = datagrip_ds(c, "%s@%s" % (db, host.split(".")[0]), "mysql.8", "com.mysql.cj.jdbc.Driver",
                       "jdbc:mysql://%s:3306/%s?user=%s&password=%s&useSSL=true" % (host, db, u, v))
    if c.r.random() < 0.5:
        body = datagrip_ds(c, "local", "postgresql", "org.postgresql.Driver", "jdbc:postgresql://localhost:5432/postgres") + body
    return ".idea/dataSources.xml", datagrip_file(body)


@P("pw", "datagrip", "database-password")
def p_datagrip_prop(c, v):
    host, db = c.host("pg"), c.dbname()
    inner = ('      <driver-properties>\n        <property name="ssl" value="true" />\n        <property name="user" value="%s" />\n'
             '        <property name="password" value="%s" />\n        <property name="ApplicationName" value="DataGrip" />\n      </driver-properties>\n'
             % (c.user(), xesc(v)))
    body = datagrip_ds(c, "%s [%s]" % (db, c.env()), "postgresql", "org.postgresql.Driver", "jdbc:postgresql://%s:5432/%s" % (host, db), inner)
    return c.ch([".idea/dataSources.xml", "backend/.idea/dataSources.xml"]), datagrip_file(body)


@P("pw", "datagrip", "database-password")
def p_datagrip_mssql(c, v):
    host, db = c.host("mssql"), c.dbname()
    url = "jdbc:sqlserver://%s:1433;databaseName=%s;user=%s;password=%s;encrypt=true;trustServerCertificate=false" % (host, db, c.ch(["sa", "reporting", c.user()]), v)
    body = datagrip_ds(c, db + "@mssql", "sqlserver.ms", "com.microsoft.sqlserver.jdbc.SQLServerDriver", url)
    return ".idea/dataSources.xml", datagrip_file(body)


@P("pw", "datagrip", "ssh-tunnel-password")
def p_datagrip_local_ssh(c, v):
    u = c.user()
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="dataSourceStorageLocal" created-in="DB-%d.%d.%d">\n'
         '    <data-source name="%s" uuid="%s">\n      <database-info product="PostgreSQL" version="%d.%d" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.7.3" dbms="POSTGRES" exact-version="%d.%d" exact-driver-version="42.7">\n'
         '        <identifier-quote-string>&quot;</identifier-quote-string>\n      </database-info>\n      <case-sensitivity plain-identifiers="lower" quoted-identifiers="exact" />\n'
         '      <secret-storage>master_key</secret-storage>\n      <user-name>%s</user-name>\n      <ssh-properties>\n        <enabled>true</enabled>\n'
         '        <proxy-host>%s</proxy-host>\n        <proxy-port>22</proxy-port>\n        <user>%s</user>\n        <auth-type>PASSWORD</auth-type>\n'
         '        <password>%s</password>\n      </ssh-properties>\n      <schema-mapping />\n    </data-source>\n  </component>\n</project>\n'
         % ((c.r.randint(231, 243), c.r.randint(1, 9), c.r.randint(10, 99), c.dbname(), c.uuid()) + (c.r.randint(13, 17), c.r.randint(1, 9)) * 2
            + (u, c.bastion(), c.ch(["ubuntu", "ops", "tunnel"]), xesc(v))))
    return ".idea/dataSources.local.xml", t


@P("pw", "pgadmin", "database-password")
def p_pgadmin_pgpass(c, v):
    lines = []
    n = c.r.randint(1, 3)
    idx = c.r.randrange(n)
    for i in range(n):
        h = c.host("pg")
        lines.append("%s:5432:%s:%s:%s" % (h, c.ch(["*", c.dbname()]), c.user(), v if i == idx else None))
    # only one line carries a password; the others use peer/cert auth and were commented
    out = []
    for ln in lines:
        if ln.endswith(":None"):
            out.append("# " + ln[:-5] + ":  (cert auth, no password)")
        else:
            out.append(ln)
    head = "# pgAdmin PassFile mounted at /pgpass (see servers.json)\n" if c.r.random() < 0.5 else ""
    return c.ch(["pgadmin/pgpass", "docker/pgadmin/pgpass", "infra/pgadmin/pgpassfile"]), head + "\n".join(out) + "\n"


@P("pw", "postgresql", "database-password")
def p_pgpass_home(c, v):
    h = c.host("pg")
    t = "%s:%d:%s:%s:%s\n" % (h, c.ch([5432, 6432]), c.ch(["*", c.dbname()]), c.user(), v)
    if c.r.random() < 0.5:
        t = "# hostname:port:database:username:password\n" + t
    return c.ch([".pgpass", "home/deploy/.pgpass", "ops/dotfiles/.pgpass"]), t


@P("pw", "postgresql", "database-password")
def p_pg_service(c, v):
    a = c.app()
    t = ("# libpq connection service file\n[%s_ro]\nhost=%s\nport=5432\ndbname=%s\nuser=%s_ro\nsslmode=verify-full\nsslrootcert=/etc/ssl/certs/rds-ca-2019-root.pem\n\n"
         "[%s_rw]\nhost=%s\nport=5432\ndbname=%s\nuser=%s\npassword=%s\nsslmode=require\n" % (a, c.host("pg"), c.dbname(), a, a, c.host("pg"), c.dbname(), c.user(), v))
    return c.ch(["pg_service.conf", "config/pg_service.conf", ".pg_service.conf"]), t


@P("pw", "mysql", "database-password")
def p_mycnf(c, v):
    t = ("[client]\nhost=%s\nport=3306\nuser=%s\npassword=%s\ndefault-character-set=utf8mb4\n\n[mysqldump]\nsingle-transaction\nquick\nmax_allowed_packet=512M\n"
         % (c.host("mysql"), c.user(), v))
    if c.r.random() < 0.5:
        t = "# used by backup.sh (mysqldump --defaults-extra-file)\n" + t
    return c.ch([".my.cnf", "ops/backup/.my.cnf", "deploy/mysql/client.cnf"]), t


@P("pw", "odbc", "database-password")
def p_odbcini(c, v):
    drv = c.ch([("PostgreSQL Unicode", "Servername", "Username", "Password", 5432, "pg"),
                ("MySQL ODBC 8.0 Unicode Driver", "SERVER", "USER", "PASSWORD", 3306, "mysql")])
    dsn = c.app().upper() + "_" + c.ch(["DSN", "RPT", "DW"])
    t = ("[ODBC Data Sources]\n%s = %s\n\n[%s]\nDriver      = %s\nDescription = %s reporting DSN\n%s = %s\nPort        = %d\nDatabase    = %s\n%s = %s\n%s = %s\n"
         % (dsn, drv[0], dsn, drv[0], c.app(), drv[1].ljust(11), c.host(drv[5]), drv[4], c.dbname(),
            drv[2].ljust(11), c.user(), drv[3].ljust(11), v))
    return c.ch(["odbc.ini", "etc/odbc.ini", "docker/odbc/odbc.ini"]), t


@P("pw", "sqlserver", "database-password")
def p_dsn_file(c, v):
    t = ("[ODBC]\nDRIVER=ODBC Driver 18 for SQL Server\nSERVER=%s,1433\nDATABASE=%s\nUID=%s\nPWD=%s\nEncrypt=yes\nTrustServerCertificate=no\nAPP=Excel refresh\nWSID=%s\n"
         % (c.host("mssql"), c.dbname(), c.ch(["report_reader", "sa", c.user()]), v, "WS-" + c.rs(UPPER + DIG, 6)))
    return c.ch(["reports/%s.dsn" % c.app(), "excel/datasource.dsn", "bi/connections/%s_prod.dsn" % c.app()]), t


@P("pw", "oracle", "database-password")
def p_sqlplus_sh(c, v):
    alias = c.ch(["ORCLPDB1", "FINPROD", "HRDEV", "XEPDB1"])
    u = c.ch(["app_owner", "hr", "fin_batch", c.user()])
    t = ("#!/usr/bin/env bash\nset -euo pipefail\nexport TNS_ADMIN=\"$(dirname \"$0\")/network/admin\"\n\n# nightly refresh of materialized views\n"
         "sqlplus -s %s/%s@%s <<'SQL'\nWHENEVER SQLERROR EXIT SQL.SQLCODE\nSET SERVEROUTPUT ON\nEXEC dbms_mview.refresh('MV_%s_DAILY');\nEXIT\nSQL\n"
         % (u, v, alias, c.app().upper()))
    return c.ch(["scripts/refresh_mviews.sh", "db/oracle/nightly.sh", "ops/refresh.sh"]), t


@P("pw", "oracle", "database-password")
def p_mkstore(c, v):
    alias = c.ch(["fin_prod", "hr_dev", "orcl_batch"])
    t = ("#!/bin/sh\n# Create the auto-login wallet used by the batch jobs (sqlnet.ora points at ./wallet)\nWALLET=./wallet\n"
         "orapki wallet create -wallet \"$WALLET\" -auto_login_local\nmkstore -wrl \"$WALLET\" -createCredential %s %s '%s'\nmkstore -wrl \"$WALLET\" -listCredential\n"
         % (alias, c.user(), v))
    return c.ch(["oracle/wallet/create_wallet.sh", "db/wallet-setup.sh"]), t


@P("pw", "oracle", "database-password")
def p_oracle_jdbc_props(c, v):
    h = c.host("oracle")
    svc = c.ch(["ORCLPDB1", "FINPROD", "freepdb1"])
    u = c.ch(["scott", "app_owner", c.user()])
    t = ("# Oracle datasource\ndb.driver=oracle.jdbc.OracleDriver\ndb.url=jdbc:oracle:thin:%s/%s@//%s:1521/%s\ndb.pool.min=2\ndb.pool.max=20\ndb.validationQuery=SELECT 1 FROM DUAL\n"
         % (u, v, h, svc))
    return c.ch(["src/main/resources/db.properties", "conf/oracle.properties"]), t


@P("pw", "azure-data-studio", "database-password")
def p_ads_settings(c, v):
    gid = c.uuid()
    conn = {"options": {"server": c.host("mssql") + ",1433", "database": c.dbname(), "authenticationType": "SqlLogin",
                        "user": c.ch(["sa", "reporting", c.user()]), "password": v, "applicationName": "azdata",
                        "databaseDisplayName": c.dbname(), "encrypt": "Mandatory", "trustServerCertificate": False, "connectionName": ""},
            "groupId": gid, "providerName": "MSSQL", "savePassword": True, "id": c.uuid()}
    doc = {"workbench.colorTheme": c.ch(["Default Dark Azure Data Studio", "Default Light Azure Data Studio"]),
           "datasource.connectionGroups": [{"name": "ROOT", "id": "C777F06B-202E-4480-B475-FA416154D458"},
                                           {"name": c.env().upper(), "id": gid, "parentId": "C777F06B-202E-4480-B475-FA416154D458", "color": "#0078D4"}],
           "datasource.connections": [conn]}
    return c.ch(["azuredatastudio/settings.json", ".azuredatastudio/User/settings.json"]), json.dumps(doc, indent=4) + "\n"


@P("pw", "sqlserver", "database-password")
def p_appsettings(c, v):
    cs = "Server=tcp:%s,1433;Initial Catalog=%s;User ID=%s;Password=%s;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" % (
        c.host("mssql"), c.dbname(), c.ch(["sqladmin", c.user()]), v)
    doc = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
           "ConnectionStrings": {c.ch(["DefaultConnection", "Reporting", "Warehouse"]): cs}, "AllowedHosts": "*"}
    return c.ch(["src/Api/appsettings.Production.json", "appsettings.json", "Reporting/appsettings.Development.json"]), json.dumps(doc, indent=2) + "\n"


@P("pw", "mysql-workbench", "database-password")
def p_workbench(c, v):
    host, u = c.host("mysql"), c.user()
    ptr = lambda: "0x%012x" % c.r.getrandbits(44)
    t = ('<?xml version="1.0"?>\n<data grt_format="2.0">\n  <value _ptr_="%s" type="list" content-type="object" content-struct-name="db.mgmt.Connection">\n'
         '    <value type="object" struct-name="db.mgmt.Connection" id="%s" struct-checksum="0x96ba47d8">\n'
         '      <link type="object" struct-name="db.mgmt.Driver" key="driver">com.mysql.rdbms.mysql.driver.native</link>\n'
         '      <value type="string" key="hostIdentifier">Mysql@%s:3306</value>\n      <value type="int" key="isDefault">0</value>\n'
         '      <value _ptr_="%s" type="dict" key="modules"/>\n      <value _ptr_="%s" type="dict" key="parameterValues">\n'
         '        <value type="string" key="SQL_MODE"></value>\n        <value type="string" key="hostName">%s</value>\n'
         '        <value type="string" key="password">%s</value>\n        <value type="int" key="port">3306</value>\n'
         '        <value type="string" key="schema">%s</value>\n        <value type="string" key="serverVersion">8.0.%d</value>\n'
         '        <value type="int" key="useSSL">1</value>\n        <value type="string" key="userName">%s</value>\n      </value>\n'
         '      <value type="string" key="name">%s %s</value>\n    </value>\n  </value>\n</data>\n'
         % (ptr(), c.uuid().upper(), host, ptr(), ptr(), host, xesc(v), c.dbname(), c.r.randint(28, 40), u, c.app(), c.env()))
    return c.ch(["tools/workbench/connections.xml", "mysql-workbench/connections.xml"]), t


@P("pw", "redis-insight", "database-password")
def p_redisinsight(c, v):
    dbs = []
    for i in range(c.r.randint(1, 3)):
        dbs.append({"host": c.ch(["redis-%s.%s.cache.amazonaws.com" % (c.app(), c.rs(LOWALNUM, 6)), c.ip(), "localhost"]), "port": 6379,
                    "name": "%s-%s" % (c.app(), c.env()), "db": 0, "username": "default", "password": None, "tls": c.r.random() < 0.5,
                    "connectionType": "STANDALONE", "modules": []})
    dbs[c.r.randrange(len(dbs))]["password"] = v
    return c.ch(["tools/redisinsight-export.json", "docs/redis/RedisInsight_connections.json"]), json.dumps(dbs, indent=2) + "\n"


@P("urlpw", "mongodb", "database-password")
def p_compass_export(c, v):
    cl = "cluster%d.%s.mongodb.net" % (c.r.randint(0, 3), c.rs(LOWALNUM, 5))
    conn = {"id": c.uuid(), "connectionOptions": {"connectionString": "mongodb+srv://%s:%s@%s/?retryWrites=true&w=majority&appName=%s" % (c.user(), v, cl, c.app().capitalize())},
            "favorite": {"name": "%s %s" % (c.app(), c.env()), "color": c.ch(["color1", "color3", "color7"])}, "savedConnectionType": "favorite"}
    doc = {"type": "Compass Connections", "version": {"$numberInt": "1"}, "connections": [conn]}
    return c.ch(["tools/compass-connections.json", "docs/mongo/compass_export.json"]), json.dumps(doc, indent=2) + "\n"


@P("pw", "mongodb", "database-password")
def p_mongosh_md(c, v):
    cl = "%s.%s.mongodb.net" % (c.ch(["cluster0", "prod-shard", "analytics"]), c.rs(LOWALNUM, 5))
    t = ("# Connecting to the %s cluster\n\nUse mongosh or Studio 3T (Connection Manager > New > URI).\n\n```sh\nmongosh \"mongodb+srv://%s/%s\" \\\n"
         "  --apiVersion 1 --username %s --password '%s'\n```\n\nRead-only analysts should use the `analytics` node tag.\n" % (c.app(), cl, c.dbname(), c.user(), v))
    return c.ch(["docs/mongo.md", "README-db.md", "docs/runbooks/mongo-access.md"]), t


@P("pw", "sequel-ace", "database-password")
def p_sequelace_spf(c, v):
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
         '<plist version="1.0">\n<dict>\n\t<key>ContentFilters</key>\n\t<dict/>\n\t<key>auto_connect</key>\n\t<true/>\n\t<key>data</key>\n\t<dict>\n'
         '\t\t<key>connection</key>\n\t\t<dict>\n\t\t\t<key>database</key>\n\t\t\t<string>%s</string>\n\t\t\t<key>host</key>\n\t\t\t<string>%s</string>\n'
         '\t\t\t<key>kcid</key>\n\t\t\t<string>%d</string>\n\t\t\t<key>name</key>\n\t\t\t<string>%s</string>\n\t\t\t<key>password</key>\n\t\t\t<string>%s</string>\n'
         '\t\t\t<key>port</key>\n\t\t\t<integer>3306</integer>\n\t\t\t<key>rdbms_type</key>\n\t\t\t<string>mysql</string>\n\t\t\t<key>type</key>\n'
         '\t\t\t<string>SPTCPIPConnection</string>\n\t\t\t<key>user</key>\n\t\t\t<string>%s</string>\n\t\t</dict>\n\t</dict>\n\t<key>format</key>\n'
         '\t<string>connection</string>\n\t<key>version</key>\n\t<integer>1</integer>\n</dict>\n</plist>\n'
         % (c.dbname(), c.host("mysql"), c.r.getrandbits(62), c.app(), xesc(v), c.user()))
    return c.ch(["tools/%s.spf" % c.app(), "db/sequel-ace/%s-%s.spf" % (c.app(), c.env())]), t


def pscale_host(c):
    return "%s.connect.psdb.cloud" % c.ch(["aws", "us-east", "eu-central", "us-west", "ap-south", "eu-west"])


def neon_host(c, pooler=None):
    ep = "ep-%s-%s-%s" % (c.ch(ADJ), c.ch(NOUN), c.rs(LOWALNUM, 8))
    if pooler is None:
        pooler = c.r.random() < 0.6
    reg = c.ch(["us-east-2.aws", "us-east-1.aws", "eu-central-1.aws", "ap-southeast-1.aws", "c-2.us-east-2.aws", "c-3.eu-central-1.aws"])
    return "%s%s.%s.neon.tech" % (ep, "-pooler" if pooler else "", reg)


@P("pscale", "planetscale", "database-password")
def p_pscale_rails(c, v):
    db = c.dbname()
    t = ("default: &default\n  adapter: trilogy\n  encoding: utf8mb4\n  pool: <%%= ENV.fetch(\"RAILS_MAX_THREADS\") { 5 } %%>\n\ndevelopment:\n  <<: *default\n  database: %s_development\n\n"
         "production:\n  <<: *default\n  database: %s\n  username: %s\n  host: %s\n  password: %s\n  ssl_mode: verify_identity\n  sslca: \"/etc/ssl/certs/ca-certificates.crt\"\n"
         % (db, db, c.rs(LOWALNUM, 20), pscale_host(c), c.yq(v)))
    return "config/database.yml", t


@P("pscale", "planetscale", "database-password")
def p_pscale_url_py(c, v):
    u, db = c.rs(LOWALNUM, 20), c.dbname()
    t = ("from sqlalchemy import create_engine, text\n\n# PlanetScale branch: main\nDB_URL = \"mysql+pymysql://%s:%s@%s/%s?charset=utf8mb4\"\n\n"
         "engine = create_engine(\n    DB_URL,\n    connect_args={\"ssl\": {\"ca\": \"/etc/ssl/cert.pem\"}},\n    pool_recycle=300,\n)\n\n\n"
         "def load_rows():\n    with engine.connect() as conn:\n        return conn.execute(text(\"select id, name from %s\")).all()\n" % (u, v, pscale_host(c), db, c.ch(APPS)))
    return c.ch(["app/db.py", "scripts/etl/source.py", "backend/database.py"]), t


@P("pscale", "planetscale", "database-password")
def p_pscale_node(c, v):
    t = ("import { connect } from '@planetscale/database'\n\nconst config = {\n  host: '%s',\n  username: '%s',\n  password: %s,\n}\n\n"
         "export const conn = connect(config)\n\nexport async function countUsers() {\n  const r = await conn.execute('select count(*) as n from users')\n  return r.rows[0]\n}\n"
         % (pscale_host(c), c.rs(LOWALNUM, 20), c.lit(v, "js").replace('"', "'")))
    return c.ch(["src/lib/db.ts", "lib/planetscale.js", "api/db.mjs"]), t


@P("pscale_tkn", "planetscale", "service-token")
def p_pscale_tkn_gha(c, v):
    t = ("name: deploy-request\non:\n  pull_request:\n    paths: ['db/migrations/**']\n\njobs:\n  branch:\n    runs-on: ubuntu-latest\n    env:\n"
         "      PLANETSCALE_ORG: %s\n      PLANETSCALE_SERVICE_TOKEN_ID: %s\n      PLANETSCALE_SERVICE_TOKEN: %s\n    steps:\n      - uses: actions/checkout@v4\n"
         "      - uses: planetscale/setup-pscale-action@v1\n      - run: pscale deploy-request create %s ${{ github.head_ref }}\n"
         % (c.ch(["acme", "globex-inc", "hooli"]), c.rs(LOWALNUM, 12), c.yq(v), c.dbname()))
    return ".github/workflows/%s.yml" % c.ch(["planetscale", "db-deploy", "deploy-request"]), t


@P("pscale_tkn", "planetscale", "service-token")
def p_pscale_tkn_sh(c, v):
    t = ("#!/usr/bin/env bash\n# open a local proxy to the %s branch for DBeaver / TablePlus (127.0.0.1:3309)\nset -e\n"
         "pscale connect %s %s --port 3309 \\\n  --org %s \\\n  --service-token-id %s \\\n  --service-token %s\n"
         % (c.ch(["main", "dev"]), c.dbname(), c.ch(["main", "dev", "staging"]), c.ch(["acme", "hooli"]), c.rs(LOWALNUM, 12), v))
    return c.ch(["bin/db-proxy.sh", "scripts/pscale-connect.sh"]), t


@P("npg", "neon", "database-password")
def p_neon_django(c, v):
    h = neon_host(c)
    t = ("import dj_database_url\n\nDEBUG = False\nALLOWED_HOSTS = [\"%s.example.com\"]\n\nDATABASES = {\n    \"default\": dj_database_url.parse(\n"
         "        \"postgresql://neondb_owner:%s@%s/neondb?sslmode=require\",\n        conn_max_age=600,\n    )\n}\n\nTIME_ZONE = \"UTC\"\nUSE_TZ = True\n"
         % (c.app(), v, h))
    return c.ch(["config/settings/production.py", "mysite/settings.py", "project/settings_prod.py"]), t


@P("npg", "neon", "database-password")
def p_neon_md(c, v):
    h = neon_host(c)
    t = ("## Database\n\nWe use Neon (branch `%s`). Connect with psql or the Neon VS Code extension:\n\n```\npsql 'postgresql://%s:%s@%s/%s?sslmode=require&channel_binding=require'\n```\n\n"
         "Migrations: `npm run db:migrate`.\n" % (c.ch(["main", "dev", "preview"]), c.ch(["neondb_owner", "app_user", c.user()]), v, h, c.ch(["neondb", c.dbname()])))
    return c.ch(["docs/database.md", "CONTRIBUTING.md", "notes/neon.md"]), t


@P("npg", "neon", "database-password")
def p_neon_pgpass(c, v):
    t = "%s:5432:neondb:neondb_owner:%s\n" % (neon_host(c, pooler=False), v)
    return c.ch(["pgadmin/pgpass", ".pgpass", "tools/pgpass"]), t


@P("napi", "neon", "api-key")
def p_neon_api_sh(c, v):
    t = ("#!/usr/bin/env bash\n# create a preview branch for the PR\nPROJECT_ID=%s\n\ncurl -sS -X POST \\\n  \"https://console.neon.tech/api/v2/projects/${PROJECT_ID}/branches\" \\\n"
         "  -H \"Accept: application/json\" \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer %s\" \\\n  -d '{\"branch\": {\"name\": \"preview/pr-'\"$1\"'\"}, \"endpoints\": [{\"type\": \"read_write\"}]}'\n"
         % ("%s-%s-%08d" % (c.ch(ADJ), c.ch(NOUN), c.r.randint(10000000, 99999999)), v))
    return c.ch(["scripts/neon-branch.sh", "ci/preview-db.sh"]), t


@P("napi", "neon", "api-key")
def p_neon_api_yaml(c, v):
    t = ("# Terraform / neonctl settings for the platform team\nneon:\n  org_id: org-%s-%s-%08d\n  project: %s\n  api_key: %s\n  default_branch: main\n  region: aws-us-east-2\n"
         % (c.ch(ADJ), c.ch(NOUN), c.r.randint(10000000, 99999999), c.app(), c.yq(v)))
    return c.ch(["infra/neon.yaml", "config/neon.yml"]), t


@P("turso", "turso", "auth-token")
def p_turso_wrangler(c, v):
    t = ("name = \"%s-api\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2024-%02d-%02d\"\n\n[vars]\nTURSO_DATABASE_URL = \"libsql://%s-%s.turso.io\"\nTURSO_AUTH_TOKEN = \"%s\"\n"
         % (c.app(), c.r.randint(1, 12), c.r.randint(1, 28), c.dbname().replace("_", "-"), c.ch(["acme", "hooli", c.rs(LOWER, 7)]), v))
    return "wrangler.toml", t


@P("turso", "turso", "auth-token", code=True)
def p_turso_client(c, v):
    t = ("import { createClient } from \"@libsql/client\";\n\nexport const turso = createClient({\n  url: \"libsql://%s-%s.turso.io\",\n  authToken: %s,\n});\n"
         % (c.dbname().replace("_", "-"), c.ch(["acme", "hooli", c.rs(LOWER, 8)]), c.lit(v, "js")))
    return c.ch(["src/db/client.ts", "lib/turso.js", "db/index.ts"]), t


@P("turso", "turso", "auth-token")
def p_turso_url_param(c, v):
    t = ("spring:\n  datasource:\n    url: jdbc:libsql://%s-%s.turso.io?authToken=%s\n    driver-class-name: com.dbeaver.jdbc.driver.libsql.LibSqlDriver\n  jpa:\n    open-in-view: false\n"
         % (c.dbname().replace("_", "-"), c.ch(["acme", "hooli"]), v))
    return c.ch(["src/main/resources/application.yml", "config/application-turso.yml"]), t


@P("sbjwt", "supabase", "service-role-key", code=True)
def p_sb_service_js(c, v):
    ref = sb_ref(c)
    t = ("import { createClient } from '@supabase/supabase-js'\n\n// server-side admin client (cron jobs)\nconst supabaseAdmin = createClient(\n  'https://%s.supabase.co',\n  %s,\n"
         "  { auth: { persistSession: false } }\n)\n\nexport default supabaseAdmin\n" % (ref, c.lit(v, "js").replace('"', "'")))
    return c.ch(["scripts/admin.js", "supabase/functions/_shared/admin.ts", "lib/supabaseAdmin.ts"]), t


@P("sbsecret", "supabase", "secret-key")
def p_sb_secret_yaml(c, v):
    ref = sb_ref(c)
    t = ("supabase:\n  url: https://%s.supabase.co\n  publishable_key: sb_publishable_%s_%s\n  secret_key: %s\n  schema: public\nworker:\n  concurrency: 4\n"
         % (ref, c.rs(B64URL, 22), c.rs(ALNUM, 8), c.yq(v)))
    return c.ch(["config/worker.yaml", "deploy/values-supabase.yaml"]), t


@P("urlpw", "supabase", "database-password")
def p_sb_pooler(c, v):
    ref = sb_ref(c)
    t = ("#!/bin/sh\n# dump the production schema (session pooler)\npg_dump \"postgresql://postgres.%s:%s@aws-0-%s.pooler.supabase.com:5432/postgres\" \\\n"
         "  --schema-only --no-owner -f schema.sql\n" % (ref, v, c.ch(["us-east-1", "eu-central-1", "ap-southeast-1", "us-west-1"])))
    return c.ch(["scripts/dump-schema.sh", "supabase/dump.sh"]), t


@P("sbp", "supabase", "access-token")
def p_sbp_ci(c, v):
    t = ("stages: [deploy]\n\ndeploy-functions:\n  stage: deploy\n  image: node:20\n  variables:\n    SUPABASE_ACCESS_TOKEN: \"%s\"\n    SUPABASE_PROJECT_ID: %s\n"
         "  script:\n    - npx supabase link --project-ref $SUPABASE_PROJECT_ID\n    - npx supabase functions deploy\n" % (v, sb_ref(c)))
    return ".gitlab-ci.yml", t


@P("atlas_priv", "mongodb-atlas", "api-private-key")
def p_atlas_curl(c, v):
    t = ("#!/usr/bin/env bash\n# list clusters in the project\nGROUP_ID=%s\ncurl --user \"%s:%s\" --digest \\\n  --header \"Accept: application/vnd.atlas.2024-08-05+json\" \\\n"
         "  -X GET \"https://cloud.mongodb.com/api/atlas/v2/groups/${GROUP_ID}/clusters?pretty=true\"\n" % (c.rs(HEXL, 24), atlas_pub(c), v))
    return c.ch(["scripts/atlas-clusters.sh", "ops/atlas/list.sh"]), t


@P("atlas_priv", "mongodb-atlas", "api-private-key")
def p_atlas_tfvars(c, v):
    t = ("atlas_org_id      = \"%s\"\natlas_project     = \"%s-%s\"\natlas_public_key  = \"%s\"\natlas_private_key = \"%s\"\ncluster_tier      = \"M%d\"\nregion            = \"EU_WEST_1\"\n"
         % (c.rs(HEXL, 24), c.app(), c.env(), atlas_pub(c), v, c.ch([10, 20, 30])))
    return c.ch(["terraform/atlas/terraform.tfvars", "infra/mongo/prod.auto.tfvars"]), t


@P("mdbsa", "mongodb-atlas", "service-account-secret")
def p_atlas_sa(c, v):
    t = ("mongodb-mcp:\n  command: npx\n  args: [\"-y\", \"mongodb-mcp-server\", \"--readOnly\"]\n  env:\n    MDB_MCP_API_CLIENT_ID: mdb_sa_id_%s\n    MDB_MCP_API_CLIENT_SECRET: %s\n"
         % (c.rs(HEXL, 24), c.yq(v)))
    return c.ch(["tools/mcp.yaml", ".config/mcp/mongodb.yml"]), t


@P("urlpw", "mongodb-atlas", "database-password")
def p_spring_mongo(c, v):
    t = ("spring.application.name=%s-service\nserver.port=8080\nspring.data.mongodb.uri=mongodb+srv://%s:%s@%s.%s.mongodb.net/%s?retryWrites=true&w=majority\nmanagement.endpoints.web.exposure.include=health,info\n"
         % (c.app(), c.user(), v, c.ch(["cluster0", "prod"]), c.rs(LOWALNUM, 5), c.dbname()))
    return "src/main/resources/application.properties", t


@P("pw", "postgresql", "database-password")
def p_spring_ds(c, v):
    t = ("spring:\n  datasource:\n    url: jdbc:postgresql://%s:5432/%s\n    username: %s\n    password: %s\n    hikari:\n      maximum-pool-size: 10\n  flyway:\n    enabled: true\n"
         % (c.host("pg"), c.dbname(), c.user(), c.yq(v)))
    return c.ch(["src/main/resources/application-prod.yml", "service/src/main/resources/application.yml"]), t


@P("pw", "hibernate", "database-password")
def p_persistence_xml(c, v):
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<persistence xmlns="https://jakarta.ee/xml/ns/persistence" version="3.0">\n  <persistence-unit name="%sPU" transaction-type="RESOURCE_LOCAL">\n'
         '    <properties>\n      <property name="jakarta.persistence.jdbc.driver" value="com.mysql.cj.jdbc.Driver"/>\n      <property name="jakarta.persistence.jdbc.url" value="jdbc:mysql://%s:3306/%s"/>\n'
         '      <property name="jakarta.persistence.jdbc.user" value="%s"/>\n      <property name="jakarta.persistence.jdbc.password" value="%s"/>\n'
         '      <property name="hibernate.hbm2ddl.auto" value="validate"/>\n    </properties>\n  </persistence-unit>\n</persistence>\n'
         % (c.app(), c.host("mysql"), c.dbname(), c.user(), xesc(v)))
    return "src/main/resources/META-INF/persistence.xml", t


@P("pw", "tomcat", "database-password")
def p_tomcat_ctx(c, v):
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<Context>\n  <Resource name="jdbc/%sDS" auth="Container" type="javax.sql.DataSource"\n            maxTotal="50" maxIdle="10" maxWaitMillis="10000"\n'
         '            username="%s" password="%s"\n            driverClassName="org.postgresql.Driver"\n            url="jdbc:postgresql://%s:5432/%s"/>\n</Context>\n'
         % (c.app(), c.user(), xesc(v), c.host("pg"), c.dbname()))
    return c.ch(["src/main/webapp/META-INF/context.xml", "conf/context.xml"]), t


@P("pw", "flyway", "database-password")
def p_flyway(c, v):
    t = ("flyway.url=jdbc:postgresql://%s:5432/%s\nflyway.user=%s\nflyway.password=%s\nflyway.schemas=public\nflyway.locations=filesystem:db/migration\nflyway.baselineOnMigrate=true\n"
         % (c.host("pg"), c.dbname(), c.user(), v))
    return c.ch(["flyway.conf", "db/flyway.conf"]), t


@P("pw", "liquibase", "database-password")
def p_liquibase(c, v):
    t = ("changeLogFile: db/changelog/db.changelog-master.yaml\nurl: jdbc:mysql://%s:3306/%s\nusername: %s\npassword: %s\ndriver: com.mysql.cj.jdbc.Driver\nliquibase.hub.mode: off\n"
         % (c.host("mysql"), c.dbname(), c.user(), c.yq(v)))
    return c.ch(["liquibase.properties", "db/liquibase.properties"]), t


@P("pw", "docker", "database-password")
def p_compose(c, v):
    eng = c.ch(["pg", "mysql"])
    if eng == "pg":
        svc = "  db:\n    image: postgres:16\n    environment:\n      POSTGRES_DB: %s\n      POSTGRES_USER: %s\n      POSTGRES_PASSWORD: \"%s\"\n    ports:\n      - \"5432:5432\"\n" % (c.dbname(), c.user(), v)
    else:
        svc = "  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_DATABASE: %s\n      MYSQL_USER: %s\n      MYSQL_PASSWORD: \"%s\"\n      MYSQL_RANDOM_ROOT_PASSWORD: \"yes\"\n" % (c.dbname(), c.user(), v)
    t = "services:\n" + svc + "    volumes:\n      - dbdata:/var/lib/data\n  pgadmin:\n    image: dpage/pgadmin4\n    volumes:\n      - ./pgadmin/servers.json:/pgadmin4/servers.json\nvolumes:\n  dbdata: {}\n"
    return c.ch(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), t


@P("pw", "kubernetes", "database-password")
def p_k8s_secret(c, v):
    t = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-db\n  namespace: %s\ntype: Opaque\nstringData:\n  DB_HOST: %s\n  DB_USER: %s\n  DB_PASSWORD: \"%s\"\n"
         % (c.app(), c.env(), c.host("pg"), c.user(), v))
    return c.ch(["k8s/%s/db-secret.yaml" % c.env(), "deploy/manifests/secret.yaml"]), t


@P("pw", "helm", "database-password")
def p_helm_values(c, v):
    t = ("replicaCount: 2\nimage:\n  repository: ghcr.io/acme/%s\n  tag: \"1.%d.%d\"\npostgresql:\n  enabled: true\n  auth:\n    username: %s\n    database: %s\n    password: \"%s\"\n"
         "  primary:\n    persistence:\n      size: 20Gi\n" % (c.app(), c.r.randint(0, 9), c.r.randint(0, 30), c.user(), c.dbname(), v))
    return c.ch(["deploy/values.yaml", "charts/%s/values-prod.yaml" % c.app()]), t


@P("pw", "grafana", "database-password")
def p_grafana_ds(c, v):
    t = ("apiVersion: 1\ndatasources:\n  - name: %s-postgres\n    type: grafana-postgresql-datasource\n    url: %s:5432\n    user: grafana_reader\n"
         "    secureJsonData:\n      password: '%s'\n    jsonData:\n      database: %s\n      sslmode: require\n      postgresVersion: 1500\n" % (c.app(), c.host("pg"), v, c.dbname()))
    return "grafana/provisioning/datasources/postgres.yaml", t


@P("pw", "postgresql", "database-password")
def p_sql_create_role(c, v):
    u = c.user()
    t = ("-- 0007_create_app_roles.sql\nBEGIN;\nCREATE ROLE %s WITH LOGIN PASSWORD '%s';\nGRANT CONNECT ON DATABASE %s TO %s;\nGRANT USAGE ON SCHEMA public TO %s;\n"
         "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %s;\nCOMMIT;\n" % (u, v, c.dbname(), u, u, u))
    return c.ch(["db/migrations/0007_create_app_roles.sql", "sql/roles.sql"]), t


@P("pw", "sqlserver", "database-password")
def p_sql_mssql_login(c, v):
    u = c.ch(["reporting_svc", "etl_loader", c.user()])
    t = ("USE [master];\nGO\nCREATE LOGIN [%s] WITH PASSWORD = N'%s', CHECK_POLICY = ON;\nGO\nUSE [%s];\nGO\nCREATE USER [%s] FOR LOGIN [%s];\n"
         "ALTER ROLE db_datareader ADD MEMBER [%s];\nGO\n" % (u, v, c.dbname(), u, u, u))
    return c.ch(["sql/security/create_logins.sql", "db/mssql/001_logins.sql"]), t


@P("pw", "mysql", "database-password")
def p_sql_mysql_user(c, v):
    u = c.user()
    t = ("-- provision read replica user\nCREATE USER IF NOT EXISTS '%s'@'10.%%' IDENTIFIED BY '%s';\nGRANT SELECT ON %s.* TO '%s'@'10.%%';\nFLUSH PRIVILEGES;\n"
         % (u, v, c.dbname(), u))
    return c.ch(["db/init/02-users.sql", "docker/mysql/init.sql"]), t


@P("pw", "oracle", "database-password")
def p_sql_dblink(c, v):
    t = ("-- database link used by the nightly reconciliation\nCREATE DATABASE LINK fin_link\n  CONNECT TO %s IDENTIFIED BY \"%s\"\n  USING 'FINPROD';\n\nSELECT COUNT(*) FROM gl_balances@fin_link;\n"
         % (c.ch(["fin_reader", "recon"]), v))
    return c.ch(["db/oracle/create_dblink.sql", "sql/links.sql"]), t


@P("pw", "postgresql", "database-password")
def p_pgdump_sh(c, v):
    t = ("#!/usr/bin/env bash\nset -euo pipefail\nSTAMP=$(date +%%Y%%m%%d)\nPGPASSWORD='%s' pg_dump -h %s -U %s -d %s -Fc -f \"/backups/%s-${STAMP}.dump\"\n"
         "find /backups -name '*.dump' -mtime +14 -delete\n" % (v, c.host("pg"), c.user(), c.dbname(), c.app()))
    return c.ch(["ops/backup.sh", "scripts/nightly_dump.sh", "cron/pg_backup.sh"]), t


@P("pw", "mysql", "database-password")
def p_mysqldump_sh(c, v):
    t = ("#!/bin/sh\n# weekly export for the analytics team\nmysqldump -h %s -u %s -p'%s' --single-transaction --routines %s | gzip > /tmp/%s.sql.gz\n"
         "aws s3 cp /tmp/%s.sql.gz s3://acme-db-exports/%s/\n" % (c.host("mysql"), c.user(), v, c.dbname(), c.app(), c.app(), c.env()))
    return c.ch(["scripts/export.sh", "bin/mysql-export.sh"]), t


@P("pw", "ssh", "ssh-tunnel-password")
def p_sshpass_tunnel(c, v):
    t = ("#!/usr/bin/env bash\n# forward the prod replica to localhost:15432 so DBeaver can use it\nsshpass -p '%s' ssh -o StrictHostKeyChecking=accept-new -N \\\n"
         "  -L 15432:%s:5432 %s@%s\n" % (v, c.host("pg"), c.ch(["ubuntu", "ops", "tunnel"]), "bastion." + c.ch(["acme", "globex"]) + ".io"))
    return c.ch(["scripts/tunnel.sh", "bin/db-tunnel", "tools/open-tunnel.sh"]), t


@P("key", "ssh", "ssh-private-key")
def p_key_file(c, v):
    return c.ch(["deploy/keys/bastion_tunnel", "ops/ssh/db_tunnel_ed25519", ".ssh/id_tunnel", "tools/dbeaver/tunnel.pem", "config/keys/jump.pem"]), v + "\n"


@P("key", "ssh", "ssh-private-key")
def p_key_yaml(c, v):
    ind = "\n".join("    " + ln for ln in v.split("\n"))
    t = ("tunnel:\n  host: bastion.%s.internal\n  port: 22\n  user: %s\n  private_key: |\n%s\n  local_port: 15432\n  remote_host: %s\n  remote_port: 5432\n"
         % (c.env(), c.ch(["ubuntu", "tunnel"]), ind, c.host("pg")))
    return c.ch(["config/tunnel.yml", "tools/db-tunnel.yaml"]), t


@P("pw", "ssh", "ssh-tunnel-password", code=True)
def p_sshtunnel_py(c, v):
    t = ("import os\n\nimport psycopg2\nfrom sshtunnel import SSHTunnelForwarder\n\nserver = SSHTunnelForwarder(\n    (\"%s\", 22),\n    ssh_username=\"%s\",\n    ssh_password=%s,\n"
         "    remote_bind_address=(\"%s\", 5432),\n)\nserver.start()\nconn = psycopg2.connect(host=\"127.0.0.1\", port=server.local_bind_port, dbname=\"%s\", user=\"%s\")\n"
         % ("bastion.%s.io" % c.ch(["acme", "globex"]), c.ch(["ubuntu", "ops"]), c.lit(v, "py"), c.host("pg"), c.dbname(), c.user()))
    return c.ch(["notebooks/tunnel.py", "scripts/report_via_tunnel.py"]), t


@P("pw", "postgresql", "database-password", code=True)
def p_psycopg(c, v):
    t = ("import os\nimport psycopg2\n\n\ndef get_conn():\n    return psycopg2.connect(\n        host=\"%s\",\n        port=5432,\n        dbname=\"%s\",\n        user=\"%s\",\n"
         "        password=%s,\n        sslmode=\"require\",\n    )\n" % (c.host("pg"), c.dbname(), c.user(), c.lit(v, "py")))
    return c.ch(["etl/db.py", "app/database.py", "jobs/common/conn.py"]), t


@P("pw", "postgresql", "database-password")
def p_go_dsn(c, v):
    t = ("package store\n\nimport (\n\t\"database/sql\"\n\n\t_ \"github.com/lib/pq\"\n)\n\nconst dsn = \"host=%s port=5432 user=%s password=%s dbname=%s sslmode=require\"\n\n"
         "func Open() (*sql.DB, error) {\n\treturn sql.Open(\"postgres\", dsn)\n}\n" % (c.host("pg"), c.user(), v, c.dbname()))
    return c.ch(["internal/store/db.go", "pkg/db/open.go"]), t


@P("pw", "mysql", "database-password", code=True)
def p_node_mysql(c, v):
    t = ("const mysql = require('mysql2/promise');\n\nconst pool = mysql.createPool({\n  host: '%s',\n  user: '%s',\n  password: %s,\n  database: '%s',\n  waitForConnections: true,\n"
         "  connectionLimit: 10,\n});\n\nmodule.exports = pool;\n" % (c.host("mysql"), c.user(), c.lit(v, "js").replace('"', "'"), c.dbname()))
    return c.ch(["src/db.js", "server/pool.js"]), t


@P("pw", "oracle", "database-password", code=True)
def p_java_dm(c, v):
    t = ("package com.acme.%s;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;\nimport java.sql.SQLException;\n\npublic final class Db {\n"
         "    private static final String URL = \"jdbc:oracle:thin:@//%s:1521/%s\";\n\n    public static Connection open() throws SQLException {\n"
         "        return DriverManager.getConnection(URL, \"%s\", %s);\n    }\n}\n" % (c.app(), c.host("oracle"), c.ch(["ORCLPDB1", "FINPROD"]), c.ch(["app_owner", "hr"]), c.lit(v, "java")))
    return "src/main/java/com/acme/%s/Db.java" % c.app(), t


@P("pw", "mysql", "database-password", code=True)
def p_php_pdo(c, v):
    t = ("<?php\n$dsn = 'mysql:host=%s;port=3306;dbname=%s;charset=utf8mb4';\n$pdo = new PDO($dsn, '%s', %s, [\n    PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION,\n]);\n"
         % (c.host("mysql"), c.dbname(), c.user(), c.lit(v, "php")))
    return c.ch(["includes/db.php", "config/db.php"]), t


@P("pw", "redis", "database-password")
def p_redis_conf(c, v):
    t = ("bind 0.0.0.0\nport 6379\nprotected-mode yes\nappendonly yes\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru\nrequirepass %s\n" % v)
    return c.ch(["redis/redis.conf", "docker/redis.conf"]), t


@P("urlpw", "redis", "database-password")
def p_redis_cli(c, v):
    t = ("# Redis cheatsheet\n\n* staging: `redis-cli -u rediss://default:%s@%s:6380/0 --tls`\n* local: `redis-cli -p 6379`\n\nKeys are prefixed with `%s:`.\n"
         % (v, "redis-%s.%s.cache.amazonaws.com" % (c.app(), c.rs(LOWALNUM, 6)), c.app()))
    return c.ch(["docs/redis.md", "notes/redis-cheatsheet.md"]), t


@P("pw", "pgbouncer", "database-password")
def p_pgbouncer_userlist(c, v):
    t = "\"%s\" \"%s\"\n" % (c.user(), v)
    if c.r.random() < 0.5:
        t = ";; plain-text entries, auth_type = plain on the staging box\n" + t
    return c.ch(["pgbouncer/userlist.txt", "deploy/pgbouncer/userlist.txt"]), t


@P("urlpw", "superset", "database-password")
def p_superset(c, v):
    t = ("databases:\n- database_name: %s warehouse\n  sqlalchemy_uri: postgresql+psycopg2://%s:%s@%s:5432/%s\n  expose_in_sqllab: true\n  allow_ctas: false\n"
         % (c.app(), c.user(), v, c.host("pg"), c.dbname()))
    return c.ch(["superset/databases.yaml", "bi/import/databases.yaml"]), t


@P("pw", "pgadmin", "web-login-password")
def p_pgadmin_compose(c, v):
    t = ("services:\n  pgadmin:\n    image: dpage/pgadmin4:8\n    environment:\n      PGADMIN_DEFAULT_EMAIL: %s@%s.com\n      PGADMIN_DEFAULT_PASSWORD: \"%s\"\n"
         "      PGADMIN_CONFIG_SERVER_MODE: \"False\"\n    ports:\n      - \"5050:80\"\n    volumes:\n      - ./servers.json:/pgadmin4/servers.json\n"
         % (c.ch(FIRST), c.ch(["acme", "globex"]), v))
    return c.ch(["pgadmin/docker-compose.yml", "tools/pgadmin/compose.yaml"]), t


@P("urlpw", "postgresql", "database-password")
def p_envfile(c, v):
    name = c.ch(["DATABASE_URL", "DATABASE_URL", "PG_CONN", "PRIMARY", "SOURCE_DSN"])
    t = ("NODE_ENV=production\nPORT=3000\n%s=postgres://%s:%s@%s:5432/%s\nLOG_LEVEL=info\n" % (name, c.user(), v, c.host("pg"), c.dbname()))
    return c.envpath(c.ch(["deploy/app.env", "config/runtime.env"])), t


@P("pscale", "planetscale", "database-password")
def p_pscale_env(c, v):
    t = ("# PlanetScale (%s branch)\nDATABASE_HOST=%s\nDATABASE_USERNAME=%s\nDATABASE_PASSWORD=%s\n" % (c.ch(["main", "dev"]), pscale_host(c), c.rs(LOWALNUM, 20), v))
    return c.envpath(c.ch(["config/planetscale.env", "deploy/worker.env"])), t


@P("pw", "generic-db", "database-password")
def p_md_table(c, v):
    t = ("# Environments\n\n| env | host | db | user | password |\n|-----|------|----|------|----------|\n| dev | localhost | %s | dev | (docker default) |\n"
         "| %s | %s | %s | %s | `%s` |\n\nAsk #%s-oncall before running migrations against prod.\n" % (c.dbname(), c.env(), c.host("pg"), c.dbname(), c.user(), v, c.app()))
    return c.ch(["docs/environments.md", "wiki/db-access.md"]), t


@P("pw", "generic-db", "database-password")
def p_csv_inventory(c, v):
    rows = ["name,engine,host,port,database,username,password,owner"]
    n = c.r.randint(3, 6)
    k = c.r.randrange(n)
    for i in range(n):
        eng = c.ch(["postgres", "mysql"])
        rows.append("%s-%s,%s,%s,%d,%s,%s,%s,%s" % (c.app(), c.env(), eng, c.host("pg"), 5432 if eng == "postgres" else 3306, c.dbname(), c.user(),
                                                  v if i == k else "(vault)", c.ch(FIRST)))
    return c.ch(["inventory/databases.csv", "docs/db_inventory.csv"]), "\n".join(rows) + "\n"


@P("urlpw", "generic-db", "database-password")
def p_log_leak(c, v):
    ts = "2024-%02d-%02dT%02d:%02d:%02d" % (c.r.randint(1, 12), c.r.randint(1, 28), c.r.randint(0, 23), c.r.randint(0, 59), c.r.randint(0, 59))
    t = ("%s.112Z INFO  [main] boot: starting %s-worker v1.%d\n%s.387Z DEBUG [main] db: connecting to postgresql://%s:%s@%s:5432/%s?sslmode=require\n"
         "%s.912Z INFO  [main] db: pool ready (size=10)\n%s.001Z INFO  [main] http: listening on :8080\n"
         % (ts, c.app(), c.r.randint(0, 20), ts, c.user(), v, c.host("pg"), c.dbname(), ts, ts))
    return c.ch(["logs/worker.log", "debug/startup.log"]), t


@P("pw", "mysql", "database-password")
def p_heidisql_cmd(c, v):
    t = ("@echo off\nrem open the staging DB in HeidiSQL\n\"C:\\Program Files\\HeidiSQL\\heidisql.exe\" -h=%s -P=3306 -u=%s -p=%s -d=%s_staging\n"
         % (c.host("mysql"), c.user(), v, c.app()))
    return c.ch(["tools/open-heidisql.bat", "scripts/win/heidi.cmd"]), t


# ==========================================================================
# Look-alike negatives: fn(c) -> (relpath, text).  No credential inside.
# ==========================================================================
NEG = []


def N(provider, kind):
    def deco(fn):
        NEG.append({"fn": fn, "provider": provider, "kind": kind, "name": fn.__name__})
        return fn
    return deco


def b64(c, n):
    return base64.b64encode(c.rb(n)).decode()


@N("navicat", "encrypted-value")
def n_navicat_ncx(c):
    rows = []
    for _ in range(c.r.randint(1, 3)):
        rows.append('  <Connection ConnectionName="%s-%s" ProjectUUID="" ConnType="%s" OraConnType="" ServiceProvider="Default" Host="%s" Port="%d" Database="%s" '
                    'UserName="%s" Password="%s" SavePassword="true" SessionLimit="0" Encoding="65001" Keepalive="false" KeepaliveInterval="240" '
                    'SSH="%s" SSH_Host="%s" SSH_Port="22" SSH_UserName="tunnel" SSH_AuthenMethod="PASSWORD" SSH_Password="%s" SSH_SavePassword="true" '
                    'SSL="false" HTTP="false"/>'
                    % (c.app(), c.env(), c.ch(["MYSQL", "POSTGRESQL", "MARIADB"]), c.host("mysql"), c.ch([3306, 5432]), c.dbname(), c.user(),
                       c.rs("0123456789ABCDEF", c.ch([32, 64])), c.ch(["true", "false"]), c.ip(), c.rs("0123456789ABCDEF", 32) if c.r.random() < 0.5 else ""))
    t = '<?xml version="1.0" encoding="UTF-8"?>\n<Connections Ver="1.5">\n' + "\n".join(rows) + "\n</Connections>\n"
    return c.ch(["tools/navicat/connections.ncx", "docs/navicat_%s.ncx" % c.env()]), t


@N("heidisql", "obfuscated-value")
def n_heidisql(c):
    name = "%s %s" % (c.app(), c.env())
    enc = c.rs("0123456789ABCDEF", 2 * c.r.randint(12, 20)) + str(c.r.randint(1, 9))
    lines = [
        "Servers\\%s\\Host<|||>1<|||>%s" % (name, c.host("mysql")),
        "Servers\\%s\\User<|||>1<|||>%s" % (name, c.user()),
        "Servers\\%s\\Password<|||>1<|||>%s" % (name, enc),
        "Servers\\%s\\Port<|||>1<|||>3306" % name,
        "Servers\\%s\\NetType<|||>3<|||>0" % name,
        "Servers\\%s\\Compressed<|||>3<|||>0" % name,
        "Servers\\%s\\SSHtunnelHost<|||>1<|||>" % name,
        "Servers\\%s\\SessionCreated<|||>1<|||>2024-%02d-%02d %02d:%02d:11" % (name, c.r.randint(1, 12), c.r.randint(1, 28), c.r.randint(0, 23), c.r.randint(0, 59)),
        "Servers\\%s\\LastConnect<|||>1<|||>2025-%02d-%02d 09:14:55" % (name, c.r.randint(1, 12), c.r.randint(1, 28)),
    ]
    return c.ch(["tools/heidisql/portable_settings.txt", "portable_settings.txt"]), "\n".join(lines) + "\n"


@N("sql-developer", "encrypted-value")
def n_sqldev_json(c):
    conns = []
    for _ in range(c.r.randint(1, 3)):
        h, svc = c.host("oracle"), c.ch(["ORCLPDB1", "FINPROD", "XEPDB1"])
        conns.append({"info": {"role": "", "SavePassword": "true", "OracleConnectionType": "BASIC", "RaptorConnectionType": "Oracle", "serviceName": svc,
                               "customUrl": "jdbc:oracle:thin:@//%s:1521/%s" % (h, svc), "oraDriverType": "thin", "NoPasswordConnection": "TRUE",
                               "password": b64(c, c.ch([16, 32, 48])), "hostname": h, "driver": "oracle.jdbc.OracleDriver", "port": "1521",
                               "subtype": "oraJDBC", "OS_AUTHENTICATION": "false", "ConnName": "%s_%s" % (c.app(), c.env()), "KERBEROS_AUTHENTICATION": "false",
                               "user": c.ch(["hr", "app_owner", c.user()])}, "name": "%s_%s" % (c.app(), c.env()), "type": "jdbc"})
    return c.ch(["tools/sqldeveloper/connections.json", "oracle/sqldev-connections.json"]), json.dumps({"connections": conns}, indent=2) + "\n"


@N("sql-developer", "encrypted-value")
def n_sqldev_xml(c):
    name = "%s_%s" % (c.app().upper(), c.env().upper())
    def ref(k, v):
        return '         <StringRefAddr addrType="%s">\n            <Contents>%s</Contents>\n         </StringRefAddr>\n' % (k, v)
    t = ('<?xml version = \'1.0\' encoding = \'UTF-8\'?>\n<References xmlns="http://xmlns.oracle.com/adf/jndi">\n'
         '   <Reference name="%s" className="oracle.jdeveloper.db.adapter.DatabaseProvider" xmlns="">\n'
         '      <Factory className="oracle.jdevimpl.db.adapter.DatabaseProviderFactory1212"/>\n      <RefAddresses>\n' % name
         + ref("password", b64(c, 24)) + ref("hostname", c.host("oracle")) + ref("port", "1521") + ref("sid", c.ch(["ORCL", "XE"]))
         + ref("user", c.ch(["hr", "scott", c.user()])) + ref("SavePassword", "true") + ref("driver", "oracle.jdbc.OracleDriver")
         + '      </RefAddresses>\n   </Reference>\n</References>\n')
    return c.ch(["tools/sqldeveloper/connections.xml", "docs/oracle/connections.xml"]), t


@N("ssms", "encrypted-value")
def n_regsrvr(c):
    h = c.host("mssql")
    blob = "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + b64(c, c.r.randint(180, 260))
    t = ('<?xml version="1.0"?>\n<model xmlns="http://schemas.serviceml.org/smlif/2007/02">\n  <identity>\n    <name>urn:uuid:%s</name>\n'
         '    <baseURI>http://documentcollection/</baseURI>\n  </identity>\n  <xs:bufferSchema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
         '    <RegisteredServers:RegisteredServer xmlns:RegisteredServers="http://schemas.microsoft.com/sqlserver/RegisteredServers/2007/08">\n'
         '      <RegisteredServers:ServerName type="string">%s</RegisteredServers:ServerName>\n'
         '      <RegisteredServers:ConnectionStringWithEncryptedPassword type="string">server=%s;uid=%s;password=%s;pooling=false;packet size=4096;multipleactiveresultsets=false;TrustServerCertificate=False</RegisteredServers:ConnectionStringWithEncryptedPassword>\n'
         '      <RegisteredServers:CredentialPersistenceType type="CredentialPersistenceType">PersistLoginNameAndPassword</RegisteredServers:CredentialPersistenceType>\n'
         '    </RegisteredServers:RegisteredServer>\n  </xs:bufferSchema>\n</model>\n' % (c.uuid(), h, h, c.ch(["sa", "dba", c.user()]), blob))
    return c.ch(["ssms/%s.regsrvr" % c.env(), "tools/RegisteredServers.regsrvr"]), t


@N("dbeaver", "no-password")
def n_dbeaver_nopw(c):
    conns = []
    for _ in range(c.r.randint(1, 3)):
        eng = c.ch(["pg", "mysql"])
        h, db = c.host(eng), c.dbname()
        prov, drv, sch = ("postgresql", "postgres-jdbc", "postgresql") if eng == "pg" else ("mysql", "mysql8", "mysql")
        conns.append(dbeaver_conn(c, "%s-%s" % (db, c.env()), prov, drv, h, c.port(eng), db, "jdbc:%s://%s:%d/%s" % (sch, h, c.port(eng), db),
                                  {"auth-model": "native", "bootstrap": {"autocommit": True}}, save=c.ch([True, False])))
    return dbeaver_path(c), dbeaver_doc(c, conns)


@N("dbeaver", "encrypted-value")
def n_dbeaver_creds_md(c):
    t = ("# Restoring the DBeaver workspace\n\n`credentials-config.json` is AES-128-CBC encrypted by DBeaver and is **not** in git.\n"
         "Copy it from the team vault to `~/.local/share/DBeaverData/workspace6/General/.dbeaver/`.\n\nChecksums of the last export:\n\n```\n"
         "sha256  %s  data-sources.json\nsha256  %s  credentials-config.json (encrypted, %d bytes)\n```\n\nFirst 32 bytes (IV + ciphertext) for sanity checking:\n\n"
         "```\n%s\n```\n" % (c.rs(HEXL, 64), c.rs(HEXL, 64), 16 * c.r.randint(20, 90), " ".join(c.rs(HEXL, 2) for _ in range(32))))
    return c.ch(["docs/dbeaver.md", "tools/dbeaver/README.md"]), t


@N("datagrip", "no-password")
def n_datagrip_xml(c):
    body = ""
    for _ in range(c.r.randint(1, 3)):
        eng = c.ch([("postgresql", "org.postgresql.Driver", "postgresql", 5432), ("mysql.8", "com.mysql.cj.jdbc.Driver", "mysql", 3306),
                    ("sqlserver.ms", "com.microsoft.sqlserver.jdbc.SQLServerDriver", "sqlserver", 1433)])
        h = c.host("pg")
        url = "jdbc:%s://%s:%d/%s" % (eng[2], h, eng[3], c.dbname()) if eng[2] != "sqlserver" else "jdbc:sqlserver://%s:1433;databaseName=%s;encrypt=true" % (h, c.dbname())
        body += datagrip_ds(c, "%s@%s" % (c.dbname(), h.split(".")[0]), eng[0], eng[1], url)
    return ".idea/dataSources.xml", datagrip_file(body)


@N("datagrip", "no-password")
def n_datagrip_local(c):
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<project version="4">\n  <component name="dataSourceStorageLocal" created-in="DB-%d.%d.%d">\n'
         '    <data-source name="%s" uuid="%s">\n      <database-info product="MySQL" version="8.0.%d" jdbc-version="4.2" driver-name="MySQL Connector/J" driver-version="mysql-connector-j-8.2.0" dbms="MYSQL" exact-version="8.0.%d" exact-driver-version="8.2" />\n'
         '      <case-sensitivity plain-identifiers="exact" quoted-identifiers="exact" />\n      <secret-storage>master_key</secret-storage>\n'
         '      <user-name>%s</user-name>\n      <schema-mapping>\n        <introspection-scope>\n          <node kind="schema" qname="@" />\n'
         '        </introspection-scope>\n      </schema-mapping>\n    </data-source>\n  </component>\n</project>\n'
         % (c.r.randint(231, 243), c.r.randint(1, 9), c.r.randint(10, 99), c.dbname(), c.uuid(), c.r.randint(28, 40), c.r.randint(28, 40), c.user()))
    return ".idea/dataSources.local.xml", t


@N("pgadmin", "no-password")
def n_pgadmin_servers(c):
    servers = {}
    for i in range(1, c.r.randint(2, 4)):
        s = {"Name": "%s %s" % (c.app(), c.env()), "Group": c.ch(["Servers", "Production", "Staging"]), "Host": c.host("pg"), "Port": 5432,
             "MaintenanceDB": "postgres", "Username": c.user(), "SSLMode": c.ch(["prefer", "require", "verify-full"]), "PassFile": c.ch(["/pgpass", "/var/lib/pgadmin/storage/pgpass"])}
        if c.r.random() < 0.5:
            s.update({"SSLCert": "<STORAGE_DIR>/.postgresql/postgresql.crt", "SSLKey": "<STORAGE_DIR>/.postgresql/postgresql.key",
                      "SSLRootCert": "<STORAGE_DIR>/.postgresql/root.crt"})
        servers[str(i)] = s
    return c.ch(["pgadmin/servers.json", "docker/pgadmin/servers.json"]), json.dumps({"Servers": servers}, indent=4) + "\n"


@N("azure-data-studio", "no-password")
def n_ads(c):
    conns = []
    for _ in range(c.r.randint(1, 3)):
        conns.append({"options": {"server": c.host("mssql"), "database": c.dbname(), "authenticationType": c.ch(["SqlLogin", "AzureMFA", "Integrated"]),
                                  "user": c.user(), "password": "", "applicationName": "azdata", "encrypt": "Mandatory"},
                      "groupId": "C777F06B-202E-4480-B475-FA416154D458", "providerName": "MSSQL", "savePassword": False, "id": c.uuid()})
    return c.ch([".azuredatastudio/User/settings.json", "azuredatastudio/settings.json"]), json.dumps({"datasource.connections": conns}, indent=4) + "\n"


@N("mysql-workbench", "no-password")
def n_workbench(c):
    host = c.host("mysql")
    t = ('<?xml version="1.0"?>\n<data grt_format="2.0">\n  <value _ptr_="0x%012x" type="list" content-type="object" content-struct-name="db.mgmt.Connection">\n'
         '    <value type="object" struct-name="db.mgmt.Connection" id="%s" struct-checksum="0x96ba47d8">\n'
         '      <link type="object" struct-name="db.mgmt.Driver" key="driver">com.mysql.rdbms.mysql.driver.native_sshtun</link>\n'
         '      <value _ptr_="0x%012x" type="dict" key="parameterValues">\n        <value type="string" key="hostName">%s</value>\n'
         '        <value type="int" key="port">3306</value>\n        <value type="string" key="sshHost">%s:22</value>\n        <value type="string" key="sshKeyFile">~/.ssh/id_ed25519</value>\n'
         '        <value type="string" key="sshPassword"></value>\n        <value type="string" key="sshUserName">ubuntu</value>\n        <value type="string" key="userName">%s</value>\n'
         '      </value>\n      <value type="string" key="name">%s</value>\n    </value>\n  </value>\n</data>\n'
         % (c.r.getrandbits(44), c.uuid().upper(), c.r.getrandbits(44), host, c.ip(), c.user(), c.app()))
    return c.ch(["tools/workbench/connections.xml", "mysql-workbench/connections.xml"]), t


@N("mongodb", "encrypted-value")
def n_compass_enc(c):
    cl = "cluster0.%s.mongodb.net" % c.rs(LOWALNUM, 5)
    conn = {"id": c.uuid(), "connectionOptions": {"connectionString": "mongodb+srv://%s@%s/?retryWrites=true&w=majority" % (c.user(), cl)},
            "favorite": {"name": "%s %s" % (c.app(), c.env())}, "connectionSecrets": b64(c, c.r.randint(60, 120))}
    doc = {"type": "Compass Connections", "version": {"$numberInt": "1"}, "connections": [conn]}
    return c.ch(["tools/compass-connections.json", "docs/mongo/compass_export.json"]), json.dumps(doc, indent=2) + "\n"


@N("redis-insight", "no-password")
def n_redisinsight(c):
    dbs = [{"host": c.ip(), "port": 6379, "name": "%s-%s" % (c.app(), c.env()), "db": 0, "username": "default", "password": None, "tls": False,
            "connectionType": "STANDALONE", "id": c.uuid()} for _ in range(c.r.randint(1, 3))]
    return c.ch(["tools/redisinsight-export.json", "docs/redis/connections.json"]), json.dumps(dbs, indent=2) + "\n"


@N("oracle", "no-password")
def n_tnsnames(c):
    out = ["# tnsnames.ora generated %s" % c.ch(["by netca", "from CMDB", "manually"])]
    for _ in range(c.r.randint(2, 4)):
        a = c.ch(["FINPROD", "HRDEV", "ORCLPDB1", "DWH", "CRMUAT", "XEPDB1"])
        out.append("%s =\n  (DESCRIPTION =\n    (ADDRESS = (PROTOCOL = TCPS)(HOST = %s)(PORT = %d))\n    (CONNECT_DATA =\n      (SERVER = DEDICATED)\n      (SERVICE_NAME = %s.%s)\n    )\n    (SECURITY = (SSL_SERVER_DN_MATCH = yes))\n  )"
                   % (a, c.host("oracle"), c.ch([1521, 2484]), a.lower(), c.ch(["acme.local", "world"])))
    return c.ch(["network/admin/tnsnames.ora", "oracle/tnsnames.ora"]), "\n\n".join(out) + "\n"


@N("oracle", "no-password")
def n_sqlnet(c):
    t = ("WALLET_LOCATION =\n  (SOURCE =\n    (METHOD = FILE)\n    (METHOD_DATA = (DIRECTORY = /opt/oracle/wallet))\n  )\nSQLNET.WALLET_OVERRIDE = TRUE\n"
         "SSL_CLIENT_AUTHENTICATION = FALSE\nSSL_VERSION = 1.2\nSQLNET.ENCRYPTION_CLIENT = required\nSQLNET.CRYPTO_CHECKSUM_TYPES_CLIENT = (SHA256)\n")
    return c.ch(["network/admin/sqlnet.ora", "oracle/sqlnet.ora"]), t


@N("oracle", "certificate-listing")
def n_orapki(c):
    t = ("$ orapki wallet display -wallet ./wallet\nOracle PKI Tool Release 19.0.0.0.0 - Production\n\nRequested Certificates:\nUser Certificates:\nSubject:        CN=%s.acme.local,OU=DB,O=Acme\n"
         "Trusted Certificates:\nSubject:        CN=Acme Internal Root CA %d,O=Acme\nSerial Number:  %s\nSHA-1 Fingerprint: %s\n"
         % (c.app(), c.r.randint(1, 3), ":".join(c.rs("0123456789ABCDEF", 2) for _ in range(16)), ":".join(c.rs("0123456789ABCDEF", 2) for _ in range(20))))
    return c.ch(["docs/oracle-wallet.txt", "oracle/wallet/README.txt"]), t


@N("odbc", "no-password")
def n_odbcini(c):
    t = ("[%s_DW]\nDriver          = ODBC Driver 18 for SQL Server\nServer          = %s,1433\nDatabase        = %s\nTrusted_Connection = yes\nAuthentication  = ActiveDirectoryIntegrated\nEncrypt         = yes\n"
         "\n[%s_PG]\nDriver     = PostgreSQL Unicode\nServername = %s\nPort       = 5432\nDatabase   = %s\nSSLmode    = verify-full\n"
         % (c.app().upper(), c.host("mssql"), c.dbname(), c.app().upper(), c.host("pg"), c.dbname()))
    return c.ch(["odbc.ini", "etc/odbc.ini"]), t


@N("mysql", "no-password")
def n_mycnf_server(c):
    t = ("[mysqld]\nserver-id = %d\nlog_bin = /var/log/mysql/mysql-bin.log\nbinlog_format = ROW\ngtid_mode = ON\nenforce_gtid_consistency = ON\n"
         "ssl_ca = /etc/mysql/certs/ca.pem\nssl_cert = /etc/mysql/certs/server-cert.pem\nssl_key = /etc/mysql/certs/server-key.pem\ninnodb_buffer_pool_size = %dG\n\n"
         "[client]\n# credentials come from ~/.mylogin.cnf (mysql_config_editor, obfuscated)\nlogin-path = %s\n" % (c.r.randint(1, 4000), c.r.randint(2, 64), c.env()))
    return c.ch(["deploy/mysql/my.cnf", "docker/mysql/conf.d/server.cnf"]), t


@N("postgresql", "config-no-secret")
def n_pg_hba(c):
    rows = ["# TYPE  DATABASE  USER  ADDRESS  METHOD", "local   all   postgres   peer"]
    for _ in range(c.r.randint(3, 6)):
        rows.append("hostssl %s %s %s/%d %s" % (c.dbname(), c.user(), c.ip(), c.ch([32, 24, 16]), c.ch(["scram-sha-256", "cert", "md5"])))
    return c.ch(["deploy/postgres/pg_hba.conf", "pg_hba.conf"]), "\n".join(rows) + "\n"


@N("postgresql", "config-no-secret")
def n_postgresql_conf(c):
    t = ("listen_addresses = '*'\nmax_connections = %d\nshared_buffers = %dGB\npassword_encryption = scram-sha-256\nssl = on\nssl_cert_file = '/etc/postgresql/tls/server.crt'\n"
         "ssl_key_file = '/etc/postgresql/tls/server.key'\nssl_ca_file = '/etc/postgresql/tls/ca.crt'\nshared_preload_libraries = 'pg_stat_statements'\n" % (c.r.randint(100, 500), c.r.randint(1, 32)))
    return c.ch(["deploy/postgres/postgresql.conf", "docker/postgres/postgresql.conf"]), t


@N("postgresql", "hash")
def n_scram_verifier(c):
    u = c.user()
    ver = "SCRAM-SHA-256$4096:%s$%s:%s" % (b64(c, 16), b64(c, 32), b64(c, 32))
    t = ("-- roles exported with pg_dumpall --roles-only (verifiers only, no cleartext)\nCREATE ROLE %s;\nALTER ROLE %s WITH NOSUPERUSER INHERIT NOCREATEROLE NOCREATEDB LOGIN NOREPLICATION NOBYPASSRLS PASSWORD '%s';\n"
         % (u, u, ver))
    return c.ch(["db/roles.sql", "backup/globals.sql"]), t


@N("generic-db", "hash")
def n_bcrypt_seed(c):
    rows = ["id,email,password_digest,created_at"]
    for i in range(c.r.randint(3, 6)):
        salt = c.rs("./" + ALNUM, 53)
        rows.append("%d,%s%d@example.com,$2b$12$%s,2024-%02d-%02d" % (i + 1, c.ch(FIRST), i, salt, c.r.randint(1, 12), c.r.randint(1, 28)))
    return c.ch(["db/seeds/users.csv", "fixtures/users.csv"]), "\n".join(rows) + "\n"


@N("generic-db", "uuid-inventory")
def n_conn_inventory(c):
    rows = ["connection_id,name,driver,host,port,database,ssl"]
    for _ in range(c.r.randint(4, 8)):
        eng = c.ch([("org.postgresql.Driver", 5432), ("com.mysql.cj.jdbc.Driver", 3306), ("oracle.jdbc.OracleDriver", 1521)])
        rows.append("%s,%s-%s,%s,%s,%d,%s,%s" % (c.uuid(), c.app(), c.env(), eng[0], c.host("pg"), eng[1], c.dbname(), c.ch(["true", "false"])))
    return c.ch(["inventory/connections.csv", "docs/connections.csv"]), "\n".join(rows) + "\n"


@N("generic-db", "masked-log")
def n_masked_log(c):
    ts = "2025-%02d-%02d %02d:%02d" % (c.r.randint(1, 12), c.r.randint(1, 28), c.r.randint(0, 23), c.r.randint(0, 59))
    t = ("%s:01.204 INFO  HikariPool-1 - Starting...\n%s:01.377 INFO  DataSource url=jdbc:postgresql://%s:5432/%s user=%s password=****\n"
         "%s:01.512 INFO  HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@%s\n%s:02.003 INFO  session id=%s trace=%s\n"
         % (ts, ts, c.host("pg"), c.dbname(), c.user(), ts, c.rs(HEXL, 8), ts, c.uuid(), c.rs(HEXL, 32)))
    return c.ch(["logs/app.log", "logs/startup-%s.log" % c.env()]), t


@N("docker", "secret-file-ref")
def n_compose_secret_file(c):
    t = ("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: %s\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n    secrets:\n      - pg_password\n"
         "secrets:\n  pg_password:\n    file: ./secrets/pg_password.txt\n" % c.user())
    return c.ch(["docker-compose.yml", "compose.prod.yaml"]), t


@N("kubernetes", "secret-manager-ref")
def n_k8s_secretref(c):
    t = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: %s\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/%s:1.%d.0\n"
         "          env:\n            - name: DB_HOST\n              value: %s\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: %s-db\n                  key: password\n"
         % (c.app(), c.app(), c.r.randint(0, 30), c.host("pg"), c.app()))
    return c.ch(["k8s/deployment.yaml", "deploy/%s/deployment.yaml" % c.env()]), t


@N("external-secrets", "secret-manager-ref")
def n_externalsecret(c):
    t = ("apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: %s-db\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n"
         "  target:\n    name: %s-db\n  data:\n    - secretKey: password\n      remoteRef:\n        key: %s/%s/db\n        property: password\n" % (c.app(), c.app(), c.env(), c.app()))
    return c.ch(["k8s/externalsecret.yaml", "deploy/external-secret.yaml"]), t


@N("sops", "encrypted-value")
def n_sops(c):
    t = ("db:\n    host: %s\n    user: %s\n    password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    age:\n        - recipient: age1%s\n"
         "    lastmodified: \"2025-%02d-%02dT10:%02d:00Z\"\n    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\n    version: 3.8.1\n"
         % (c.host("pg"), c.user(), b64(c, c.r.randint(12, 30)), b64(c, 32), b64(c, 16), c.rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
            c.r.randint(1, 12), c.r.randint(1, 28), c.r.randint(0, 59), b64(c, 64), b64(c, 32), b64(c, 16)))
    return c.ch(["secrets/%s.enc.yaml" % c.env(), "deploy/secrets.sops.yaml"]), t


@N("ansible", "encrypted-value")
def n_ansible_vault(c):
    hexs = "".join(c.rs(HEXL, 80) + "\n" for _ in range(c.r.randint(5, 9)))
    t = "$ANSIBLE_VAULT;1.1;AES256\n" + hexs
    return c.ch(["group_vars/dbservers/vault.yml", "inventory/%s/group_vars/all/vault.yml" % c.env()]), t


@N("bitnami-sealed-secrets", "encrypted-value")
def n_sealed(c):
    a = c.app()
    t = ("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s-db\n  namespace: %s\nspec:\n  encryptedData:\n    password: Ag%s\n  template:\n    metadata:\n      name: %s-db\n"
         % (a, c.env(), b64(c, c.r.randint(400, 520)), a))
    return c.ch(["k8s/sealed-db.yaml", "deploy/sealedsecret.yaml"]), t


@N("jasypt", "encrypted-value")
def n_jasypt(c):
    t = ("spring.datasource.url=jdbc:mysql://%s:3306/%s\nspring.datasource.username=%s\nspring.datasource.password=ENC(%s)\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256\n"
         "jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}\n" % (c.host("mysql"), c.dbname(), c.user(), b64(c, 48)))
    return c.ch(["src/main/resources/application.properties", "config/application-prod.properties"]), t


@N("spring-cloud-config", "encrypted-value")
def n_cipher(c):
    t = ("spring:\n  datasource:\n    url: jdbc:postgresql://%s:5432/%s\n    username: %s\n    password: '{cipher}%s'\n" % (c.host("pg"), c.dbname(), c.user(), c.rs(HEXL, 2 * c.r.randint(48, 80))))
    return c.ch(["config-repo/%s-prod.yml" % c.app(), "config/%s.yml" % c.app()]), t


@N("aws-kms", "encrypted-value")
def n_kms(c):
    t = ("# ciphertext produced by `aws kms encrypt --key-id alias/%s-db`; decrypted at boot\ndatabase:\n  host: %s\n  username: %s\n  password_ciphertext: AQICAH%s\n"
         % (c.app(), c.host("pg"), c.user(), b64(c, c.r.randint(150, 200))))
    return c.ch(["config/db.kms.yaml", "deploy/kms-db.yml"]), t


@N("mongodb-atlas", "public-id")
def n_atlas_public(c):
    t = ("# Atlas programmatic access. The private key lives in 1Password (op://Infra/atlas-api/private_key)\nexport MONGODB_ATLAS_PUBLIC_KEY=%s\nexport MONGODB_ATLAS_ORG_ID=%s\n"
         "export MONGODB_ATLAS_PROJECT_ID=%s\nexport MONGODB_ATLAS_PRIVATE_KEY=\"$(op read op://Infra/atlas-api/private_key)\"\n" % (atlas_pub(c), c.rs(HEXL, 24), c.rs(HEXL, 24)))
    return c.ch(["scripts/atlas-env.sh", "ops/atlas.sh"]), t


@N("mongodb", "object-ids")
def n_mongo_export(c):
    docs = []
    for _ in range(c.r.randint(3, 6)):
        docs.append(json.dumps({"_id": {"$oid": c.rs(HEXL, 24)}, "sku": c.rs(UPPER + DIG, 10), "owner": {"$oid": c.rs(HEXL, 24)},
                                "updatedAt": {"$date": "2025-%02d-%02dT08:00:00Z" % (c.r.randint(1, 12), c.r.randint(1, 28))}, "etag": c.rs(HEXL, 32)}))
    return c.ch(["fixtures/products.json", "data/studio3t-export.json"]), "\n".join(docs) + "\n"


@N("supabase", "public-value")
def n_supabase_public(c):
    ref = sb_ref(c)
    t = ("// browser client: publishable values only (RLS protects the data)\nimport { createClient } from '@supabase/supabase-js'\n\n"
         "export const supabase = createClient(\n  'https://%s.supabase.co',\n  '%s'\n)\n" % (ref, c.ch([gen_sb_jwt(c, role="anon", ref=ref), "sb_publishable_" + c.rs(B64URL, 22) + "_" + c.rs(ALNUM, 8)])))
    return c.ch(["src/lib/supabaseClient.ts", "web/supabase.js"]), t


@N("supabase", "env-ref")
def n_supabase_config_toml(c):
    t = ("project_id = \"%s\"\n\n[api]\nenabled = true\nport = 54321\nschemas = [\"public\", \"graphql_public\"]\n\n[db]\nport = 54322\nmajor_version = 15\n\n"
         "[auth]\nsite_url = \"http://127.0.0.1:3000\"\njwt_expiry = 3600\n\n[auth.external.github]\nenabled = true\nclient_id = \"env(GITHUB_CLIENT_ID)\"\nsecret = \"env(GITHUB_SECRET)\"\n" % c.app())
    return "supabase/config.toml", t


@N("neon", "public-id")
def n_neon_ids(c):
    t = ("# Neon resources (ids are not secrets)\nproject_id: %s-%s-%08d\ndefault_branch: br-%s-%s-%s\nendpoint: %s\nrole: neondb_owner\n# password: injected by the Neon Vercel integration (DATABASE_URL)\n"
         % (c.ch(ADJ), c.ch(NOUN), c.r.randint(10000000, 99999999), c.ch(ADJ), c.ch(NOUN), c.rs(LOWALNUM, 8), neon_host(c)))
    return c.ch(["infra/neon-ids.yaml", "docs/neon.yml"]), t


@N("planetscale", "public-id")
def n_pscale_ids(c):
    t = ("#!/usr/bin/env bash\n# credentials come from `pscale auth login`; nothing secret here\nORG=%s\nDB=%s\nBRANCH=%s\npscale branch create \"$DB\" \"$BRANCH\" --org \"$ORG\" --from main\n"
         "pscale password create \"$DB\" \"$BRANCH\" ci-%s --role writer --format json | jq -r '.id'\n" % (c.ch(["acme", "hooli"]), c.dbname(), "feature-" + c.rs(LOWER, 6), c.rs(LOWALNUM, 6)))
    return c.ch(["scripts/pscale-branch.sh", "bin/new-branch.sh"]), t


@N("turso", "env-ref")
def n_turso_md(c):
    t = ("## Turso\n\n```sh\nturso db create %s\nturso db show %s --url      # -> TURSO_DATABASE_URL\nturso db tokens create %s   # -> TURSO_AUTH_TOKEN (store in Vercel, never commit)\n```\n\n"
         "Database URL: `libsql://%s-%s.turso.io` (public)\n" % ((c.dbname(),) * 3 + (c.dbname().replace("_", "-"), c.ch(["acme", "hooli"]))))
    return c.ch(["docs/turso.md", "README.md"]), t


@N("ssh", "public-key")
def n_authorized_keys(c):
    rows = [ssh_pub(c, "%s@%s" % (c.ch(FIRST), c.ch(["laptop", "ci", "jump"]))) for _ in range(c.r.randint(2, 4))]
    return c.ch(["deploy/bastion/authorized_keys", "ansible/files/authorized_keys"]), "\n".join(rows) + "\n"


@N("ssh", "public-key")
def n_known_hosts(c):
    rows = []
    for _ in range(c.r.randint(2, 4)):
        rows.append("%s %s" % (c.ch(["bastion.acme.io", c.ip(), "jump.%s.internal" % c.env()]), ssh_pub(c, "").strip()))
    return c.ch(["deploy/known_hosts", "ci/known_hosts"]), "\n".join(rows) + "\n"


@N("ssh", "fingerprint")
def n_fingerprints(c):
    t = "# Bastion host keys (verify before first connect)\n\n"
    for alg in ("ED25519", "ECDSA", "RSA"):
        t += "* %s: `SHA256:%s`\n" % (alg, base64.b64encode(c.rb(32)).decode().rstrip("="))
    return c.ch(["docs/bastion.md", "docs/ssh-fingerprints.md"]), t


@N("tls", "public-certificate")
def n_ca_cert(c):
    t = "# Amazon RDS / internal CA bundle used by DBeaver and psql (sslrootcert)\n" + pem_cert(c) + "\n"
    return c.ch(["certs/rds-ca.pem", "config/ssl/root.crt", "tools/dbeaver/ca.pem"]), t


@N("ssh", "config-no-secret")
def n_ssh_config(c):
    t = ("Host bastion\n  HostName %s\n  User ubuntu\n  IdentityFile ~/.ssh/id_ed25519\n  IdentitiesOnly yes\n\nHost %s-db\n  HostName %s\n  ProxyJump bastion\n  LocalForward 15432 %s:5432\n"
         % (c.ip(), c.app(), c.ip(), c.host("pg")))
    return c.ch(["docs/ssh_config", "tools/ssh/config"]), t


@N("flyway", "checksum")
def n_flyway_history(c):
    rows = ["installed_rank|version|description|type|script|checksum|installed_by|success"]
    for i in range(1, c.r.randint(4, 8)):
        rows.append("%d|%d|%s|SQL|V%d__%s.sql|%d|%s|t" % (i, i, c.ch(["create tables", "add index", "seed lookup", "alter column"]), i, c.app(),
                                                       c.r.randint(-2 ** 31, 2 ** 31 - 1), c.user()))
    return c.ch(["docs/flyway_schema_history.txt", "db/history.psv"]), "\n".join(rows) + "\n"


@N("liquibase", "checksum")
def n_liquibase_md5(c):
    rows = ["ID,AUTHOR,FILENAME,DATEEXECUTED,ORDEREXECUTED,EXECTYPE,MD5SUM,DEPLOYMENT_ID"]
    dep = str(c.r.randint(10 ** 9, 10 ** 10 - 1))
    for i in range(1, c.r.randint(4, 7)):
        rows.append("%d,%s,db/changelog/%03d.yaml,2025-%02d-%02d 10:00:00,%d,EXECUTED,9:%s,%s" % (i, c.ch(FIRST), i, c.r.randint(1, 12), c.r.randint(1, 28), i, c.rs(HEXL, 32), dep))
    return c.ch(["db/databasechangelog.csv", "docs/changelog-export.csv"]), "\n".join(rows) + "\n"


@N("postgresql", "query-ids")
def n_pg_stat(c):
    rows = ["queryid,calls,total_exec_time,query"]
    for _ in range(c.r.randint(3, 6)):
        rows.append("%d,%d,%.2f,\"SELECT * FROM %s WHERE id = $1\"" % (c.r.randint(-2 ** 63, 2 ** 63 - 1), c.r.randint(1, 10 ** 6), c.r.random() * 1e5, c.app()))
    return c.ch(["reports/pg_stat_statements.csv", "perf/top_queries.csv"]), "\n".join(rows) + "\n"


@N("generic-db", "env-ref")
def n_gha_secrets(c):
    t = ("name: migrate\non: [workflow_dispatch]\njobs:\n  migrate:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"
         "      - run: psql \"postgresql://${{ vars.DB_USER }}:${{ secrets.DB_PASSWORD }}@${{ vars.DB_HOST }}:5432/%s?sslmode=require\" -f db/migrate.sql\n" % c.dbname())
    return ".github/workflows/migrate.yml", t


@N("generic-db", "env-ref")
def n_psql_var(c):
    t = ("-- run with: psql -v app_pw=\"$APP_DB_PASSWORD\" -f rotate.sql\n\\set ON_ERROR_STOP on\nALTER ROLE %s WITH PASSWORD :'app_pw';\nSELECT rolname, rolvaliduntil FROM pg_roles WHERE rolname = '%s';\n"
         % ((c.user(),) * 2))
    return c.ch(["db/rotate.sql", "ops/rotate_password.sql"]), t


@N("generic-db", "env-ref")
def n_read_prompt(c):
    t = ("#!/usr/bin/env bash\nread -r -s -p \"Password for %s: \" PGPASSWORD\nexport PGPASSWORD\npsql -h %s -U %s -d %s -c '\\dt'\nunset PGPASSWORD\n" % (c.user(), c.host("pg"), c.user(), c.dbname()))
    return c.ch(["scripts/psql-login.sh", "bin/dbshell"]), t


@N("generic-db", "env-ref")
def n_spring_env(c):
    t = ("spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/%s\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\n"
         "spring.datasource.driver-class-name=org.postgresql.Driver\nspring.datasource.hikari.maximum-pool-size=12\n" % c.dbname())
    return c.ch(["src/main/resources/application.properties", "src/main/resources/application-docker.properties"]), t


@N("generic-db", "placeholder")
def n_env_example(c):
    t = ("# copy to .env and fill in\nDATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/DBNAME\nPLANETSCALE_DB_PASSWORD=\nNEON_API_KEY=napi_...\nTURSO_AUTH_TOKEN=\nSUPABASE_SECRET_KEY=sb_secret_...\n"
         "MONGODB_ATLAS_PRIVATE_KEY=<your-private-key>\n")
    return c.ch([".env.example", ".env.sample", "config/.env.example"]), t


@N("generic-db", "doc-example")
def n_docs_examples(c):
    t = ("# Connecting\n\nThe classic sample schema: `sqlplus scott/tiger@ORCLPDB1`.\n\nA Neon string looks like\n`postgresql://alex:AbC123dEf@ep-cool-darkness-a1b2c3d4.us-east-2.aws.neon.tech/dbname?sslmode=require`.\n\n"
         "Prisma's format: `mysql://USER:PASSWORD@HOST:PORT/DATABASE`.\n")
    return c.ch(["docs/connecting.md", "docs/db-urls.md"]), t


@N("generic-db", "driver-classes")
def n_drivers(c):
    t = ("# JDBC drivers shipped in /opt/drivers\npostgresql.driver=org.postgresql.Driver\npostgresql.sha256=%s\nmysql.driver=com.mysql.cj.jdbc.Driver\nmysql.sha256=%s\n"
         "oracle.driver=oracle.jdbc.OracleDriver\noracle.sha256=%s\nmssql.driver=com.microsoft.sqlserver.jdbc.SQLServerDriver\n" % (c.rs(HEXL, 64), c.rs(HEXL, 64), c.rs(HEXL, 64)))
    return c.ch(["drivers/drivers.properties", "conf/jdbc-drivers.properties"]), t


@N("sequel-ace", "no-password")
def n_sequelace_fav(c):
    items = ""
    for _ in range(c.r.randint(1, 3)):
        items += ("\t\t<dict>\n\t\t\t<key>host</key>\n\t\t\t<string>%s</string>\n\t\t\t<key>id</key>\n\t\t\t<integer>%d</integer>\n\t\t\t<key>name</key>\n\t\t\t<string>%s</string>\n"
                  "\t\t\t<key>port</key>\n\t\t\t<string>3306</string>\n\t\t\t<key>sshHost</key>\n\t\t\t<string>%s</string>\n\t\t\t<key>sshKeyLocation</key>\n\t\t\t<string>~/.ssh/id_ed25519</string>\n"
                  "\t\t\t<key>type</key>\n\t\t\t<integer>2</integer>\n\t\t\t<key>user</key>\n\t\t\t<string>%s</string>\n\t\t</dict>\n"
                  % (c.host("mysql"), c.r.getrandbits(62), c.app(), c.ip(), c.user()))
    t = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
         '<plist version="1.0">\n<dict>\n\t<key>Favorites Root</key>\n\t<array>\n' + items + "\t</array>\n</dict>\n</plist>\n")
    return c.ch(["tools/sequel-ace/Favorites.plist", "docs/SequelAceFavorites.plist"]), t


@N("generic-db", "hash")
def n_dump_header(c):
    t = ("--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 16.%d\n-- Dumped by pg_dump version 16.%d\n\nSET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n"
         "SELECT pg_catalog.set_config('search_path', '', false);\n\nCOPY public.files (id, sha256, etag) FROM stdin;\n" % (c.r.randint(1, 6), c.r.randint(1, 6)))
    for i in range(c.r.randint(3, 6)):
        t += "%s\t%s\t\"%s\"\n" % (c.uuid(), c.rs(HEXL, 64), c.rs(HEXL, 32))
    t += "\\.\n"
    return c.ch(["db/dumps/files_sample.sql", "fixtures/files.sql"]), t


@N("pgbouncer", "config-no-secret")
def n_pgbouncer_ini(c):
    t = ("[databases]\n%s = host=%s port=5432 dbname=%s\n\n[pgbouncer]\nlisten_addr = 0.0.0.0\nlisten_port = 6432\nauth_type = scram-sha-256\nauth_file = /etc/pgbouncer/userlist.txt\n"
         "auth_query = SELECT usename, passwd FROM pgbouncer.get_auth($1)\npool_mode = transaction\nserver_tls_sslmode = verify-full\nserver_tls_ca_file = /etc/ssl/certs/ca.pem\n"
         % (c.dbname(), c.host("pg"), c.dbname()))
    return c.ch(["pgbouncer/pgbouncer.ini", "deploy/pgbouncer.ini"]), t


@N("generic-db", "connection-strings-no-secret")
def n_urls_nopw(c):
    t = ("# read replicas (IAM / cert auth, no passwords)\nREPLICA_1=postgresql://%s@%s:5432/%s?sslmode=verify-full&sslcert=/certs/client.crt&sslkey=/certs/client.key\n"
         "REPLICA_2=jdbc:mysql://%s:3306/%s?useSSL=true&authenticationPlugins=com.mysql.cj.protocol.a.authentication.AuthenticationLdapSaslClientPlugin\n"
         "MONGO=mongodb+srv://%s/?authMechanism=MONGODB-X509&authSource=%%24external&tlsCertificateKeyFile=/certs/mongo.pem\n"
         % (c.user(), c.host("pg"), c.dbname(), c.host("mysql"), c.dbname(), "cluster0.%s.mongodb.net" % c.rs(LOWALNUM, 5)))
    return c.ch(["config/replicas.conf", "deploy/replicas.properties"]), t


# ==========================================================================
# Driver
# ==========================================================================
NAME_TYPES = {".pgpass": "pgpass", "pgpass": "pgpass", "pgpassfile": "pgpass", ".my.cnf": "cnf", "authorized_keys": "ssh-keys",
              "known_hosts": "ssh-keys", "ssh_config": "ssh-config", "config": "ssh-config", "Dockerfile": "dockerfile"}


def filetype(path, text):
    b = os.path.basename(path)
    if b.startswith(".env"):
        return "env"
    if b in NAME_TYPES:
        return NAME_TYPES[b]
    if text.startswith("-----BEGIN"):
        return "pem"
    if "." not in b.lstrip("."):
        return "sh" if text.startswith("#!") else "txt"
    e = b.rsplit(".", 1)[1].lower()
    return {"yaml": "yml", "mjs": "js", "cmd": "bat"}.get(e, e)


def blocked_env_name(path):
    b = os.path.basename(path)
    return b == ".env" or (b.startswith(".env.") and b not in (".env.example", ".env.sample"))


def cycle(r, items, n):
    out = []
    while len(out) < n:
        batch = list(items)
        r.shuffle(batch)
        out.extend(batch)
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_gp.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    c = Ctx(r)
    manifest, secrets = [], []
    npos = nneg = 500

    # ---- positives ------------------------------------------------------
    for i, tpl in enumerate(cycle(r, POS, npos)):
        c.neg = False
        v = GEN[tpl["slot"]](c)
        path, text = tpl["fn"](c, v)
        if not text.endswith("\n"):
            text += "\n"
        needle = v.split("\n", 1)[0] if tpl["slot"] == "key" else v
        idx = text.find(needle)
        assert needle and idx >= 0, (tpl["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (tpl["name"], line)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": tpl["provider"], "kind": tpl["kind"], "filetype": filetype(path, text)})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # ---- negatives ------------------------------------------------------
    reuse = [("reuse", t) for t in cycle(r, POS, nneg // 2)]
    alike = [("alike", t) for t in cycle(r, NEG, nneg - nneg // 2)]
    plan = reuse + alike
    r.shuffle(plan)
    for i, (how, tpl) in enumerate(plan):
        c.neg = True
        if how == "reuse":
            v, nk = neg_fill(c, tpl["slot"], code=tpl["code"])
            path, text = tpl["fn"](c, v)
            kind = nk
        else:
            path, text = tpl["fn"](c)
            kind = tpl["kind"]
        if not text.endswith("\n"):
            text += "\n"
        assert not blocked_env_name(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": tpl["provider"], "kind": kind, "filetype": filetype(path, text)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
