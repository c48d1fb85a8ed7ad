#!/usr/bin/env python3
"""Blind evaluation-set generator "nd": credentials inside serialized / encoded object formats.

EMPHASIS
    Secrets committed inside serialized and encoded object dumps that end up in repositories as
    fixtures, caches, golden files, test data and debug dumps:
    PHP serialize() (a:/O:/s:LEN:"..."), PHP session files (key|s:..;), var_export/print_r/
    var_dump output, Python pickle protocol 0 (dict and copy_reg object form), PyYAML
    !!python/object and !!python/object/apply, Ruby YAML !ruby/object / !ruby/hash, Ruby
    Marshal dumps shown as escaped Ruby strings, Java .properties XML, Java serialization
    streams (Python bytes literals and `xxd -c N` dumps), XStream / java.beans.XMLEncoder XML,
    Jackson polymorphic JSON, Lombok / record toString(), .NET DataContractSerializer,
    XmlSerializer, SoapFormatter SOAP, Newtonsoft $type JSON, System.Text.Json nested JSON with
    \\u0022 escapes, C# record ToString, JSON-LD, MongoDB Extended JSON (mongoexport) and mongosh
    output, MessagePack as Python bytes, CBOR diagnostic notation, Protobuf text format
    (.textproto / .pbtxt), proto3 JSON mapping, proto debug strings in logs, Avro JSON records,
    Thrift TJSONProtocol / TSimpleJSONProtocol, plist XML and `plutil -p`, Go %#v / %+v, Rust
    {:?} / {:#?}, Elixir structs / keyword lists, Erlang maps / proplists, Kotlin data classes,
    Scala case classes, Swift print, Haskell show, Node util.inspect, Perl Data::Dumper,
    Clojure EDN, Python repr of dicts / dataclasses, pandas to_json (escaped \\/), Nuxt-style
    hydration state with \\u002F escapes, JS bootstrap state with \\x22 / \\x2f escapes, Redis DUMP (redis-cli escaped), rdbtools JSON, HGETALL
    transcripts, Django fixtures (JSON / YAML), Rails fixtures, decoded Flask sessions.
    Providers: AWS, GitHub (classic PAT with CRC32 checksum, OAuth, fine-grained), GitLab,
    Slack (bot/user tokens, webhooks), Discord webhooks, Stripe, OpenAI, Anthropic, Google API
    keys, Twilio, SendGrid, Mailgun, Mailchimp, npm, PyPI, Shopify, DigitalOcean, Hugging Face,
    Telegram, Square, Datadog, Cloudflare, Linear, HashiCorp Vault, Azure Storage, Supabase
    service_role JWT, PEM private keys (PKCS#8, PKCS#1, SEC1 EC), database / broker / cache
    passwords and DSNs, Django / Flask / Rails application secrets, LDAP/SMTP passwords.

USAGE
    python3 -B gen_nd.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED.

NEEDLE CONVENTIONS
    The needle is the secret exactly as it is written in the file: prefixed tokens keep their
    prefix; for DSNs / URLs with credentials the password only; webhook URLs whole; for PEM
    keys the first base64 line of the body (escaped "\\n" around it when the key sits in a JSON
    or repr string); for passwords the password. Serializers that would escape characters of the
    secret (e.g. \\u002F, \\u002B, \\/) are retried with another secret so that the needle
    always appears literally (length-prefixed and escaped surroundings are kept). Hex dumps put
    the secret in the ASCII column of `xxd -c N` with N chosen so it is on one row.

NEGATIVES
    Half: the positive templates with the secret slot holding placeholders (<your-api-key>,
    YOUR_API_KEY, xxxx, changeme, votre_mot_de_passe, ihr-passwort, ...), empty strings, nulls
    in the format's own notation (N;, None, nil, i:nil="true", (*string)(nil)), masked values
    (****, [REDACTED], Secret([REDACTED])), env / secret-manager references (${DB_PASSWORD},
    %env(...)%, vault:, arn:aws:secretsmanager), AWS documented example keys, publishable
    Stripe keys, DSNs without a password. Half: look-alike records in the same formats: bcrypt
    / argon2 / pbkdf2 hashes, sha256/md5/crc32 digests, Docker digests, SRI integrity,
    ObjectIds, UUIDs, serialVersionUID, git SHAs, trace ids, Stripe object ids, ssh-rsa public
    keys, PEM public keys and certificates, SOPS/KMS ciphertext, timestamps, class names.

FORMATS CHECKED
    No web search was used; from knowledge of the serializers (PHP serialize / session handler, pickle protocol 0 as
    produced by CPython's pickle module (dict form is produced by pickle.dumps itself),
    PyYAML, Psych, Marshal 4.8, Java Object Serialization Stream Protocol (TC_OBJECT,
    TC_CLASSDESC, handles 0x7e0000...), plistlib (used directly), TJSONProtocol type tags, Avro
    JSON union encoding, proto3 JSON mapping, CBOR RFC 8949 diagnostic notation, MessagePack
    spec, RDB string DUMP layout). Key formats from provider docs / SDK knowledge: AWS AKIA +
    16 base32 / 40-char secret; GitHub ghp_ + 30 + base62(CRC32) 6; github_pat_ 22_59; glpat-
    20; xoxb-/xoxp-; Stripe sk_live_/rk_live_; sk-...T3BlbkFJ...; sk-ant-api03-...AA; AIza +
    35; SG.22.43; key-32hex; npm_36; pypi-AgEIcHlwaS5vcmc...; shpat_32hex; dop_v1_64hex;
    hf_34; Telegram id:35; EAAA + 60; hvs.; Azure 88-char base64 account keys.

DOUBTS
    GitHub checksum computed as CRC32 of the 30 random chars (base62, zero padded). Lengths of
    sk-proj-, hvs., pypi- and Square tokens are approximate; Cloudflare / Datadog / Twilio
    values are context-only (40 b62 / 32 hex) and are kept out of the field-name-less
    templates (Thrift TJSONProtocol, Scala positional toString). PEM bodies are random base64 behind a correct
    DER prefix (not parseable keys). Java serialization SUIDs / handles are plausible, not
    produced by a JVM; Ruby Marshal and Redis DUMP CRC bytes are random.
"""
import base64
import hashlib
import json
import os
import pickle
import plistlib
import random
import re
import string
import struct
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEX = "0123456789abcdef"
B62 = DG + UP + LO
B64 = UP + LO + DG + "+/"
B64U = UP + LO + DG + "-_"


def rs(r, alph, n):
    return "".join(r.choice(alph) for _ in range(n))


def b62enc(n):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s or "0"


# ----------------------------------------------------------------------------------------
# secret generators: return dict(provider, kind, value, needle, ptype, words)
# ptype decides the record the secret lives in.
# ----------------------------------------------------------------------------------------

def gen_password(r, url_safe=True):
    style = r.randrange(5)
    sym = "!*-_.~^=+" if url_safe else "!*-_.~^=+#%"
    if style == 0:
        w = r.choice(["Falke", "Maple", "Orion", "Kestrel", "Tundra", "Zephyr", "Quokka",
                      "Gravel", "Sparrow", "Nimbus", "Lantern", "Koala", "Basalt", "Cobalt"])
        pw = w + rs(r, DG, r.randint(2, 4)) + r.choice(sym) + rs(r, B62, r.randint(4, 7))
    elif style == 1:
        pw = rs(r, B62, r.randint(18, 28))
    elif style == 2:
        pw = "".join(r.choice(B62 + sym) for _ in range(r.randint(14, 22)))
    elif style == 3:
        pw = rs(r, B62, 6) + r.choice("-_.") + rs(r, B62, 6) + r.choice("-_.") + rs(r, B62, 6)
    else:
        pw = r.choice(UP) + rs(r, LO, r.randint(4, 6)) + r.choice(sym) + rs(r, DG, 3) + rs(r, B62, r.randint(5, 9))
    if not (any(c.isdigit() for c in pw) and any(c.isupper() for c in pw) and any(c.islower() for c in pw)):
        pw = pw + r.choice(UP) + r.choice(DG) + r.choice(LO)
    return pw


def ghtoken(r, prefix):
    body = rs(r, B62, 30)
    c = b62enc(zlib.crc32(body.encode()) & 0xFFFFFFFF).rjust(6, "0")
    return prefix + body + c


def gen_pem(r):
    t = r.randrange(3)
    if t == 0:
        label = "PRIVATE KEY"
        head = "MIIEv" + r.choice("QgA") + "IBADANBgkqhkiG9w0BAQEFAASCBK" + r.choice("cgkY") + "wggSjAgEAAoIBAQ"
        total = r.choice([1620, 1624, 1628])
    elif t == 1:
        label = "RSA PRIVATE KEY"
        head = "MIIEo" + r.choice("wgQ") + "IBAAKCAQEA"
        total = r.choice([1588, 1592, 1596])
    else:
        label = "EC PRIVATE KEY"
        head = "MHcCAQEEI" + r.choice("ABCDEFGHIJKLMNOP")
        total = 164
    body = head + rs(r, B64, total - len(head) - 1)
    body += "=" if t != 2 else rs(r, B64, 1)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    if t == 2:
        lines[-1] = lines[-1][:-4] + "oAoGCCqGSM49AwEHoUQDQgAE"[:0] + lines[-1][-4:]
    pem = "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)
    return pem, lines[0]


def jwt_supabase(r):
    ref = rs(r, LO, 20)
    iat = r.randint(1650000000, 1720000000)
    payload = json.dumps({"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat,
                          "exp": iat + 315360000}, separators=(",", ":"))
    p = base64.urlsafe_b64encode(payload.encode()).decode().rstrip("=")
    return "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + p + "." + rs(r, B64U, 43), ref


def azure_key(r):
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()


def mk_secret(r):
    k = r.randrange(46)
    if k >= 40:
        k = r.choice([34, 35, 36])
    S = dict
    if k < 3:
        return S(provider="aws", kind="aws_secret_access_key", value=rs(r, B62 + "/+", 40), ptype="aws",
                 companion="AKIA" + rs(r, UP + "234567", 16))
    if k < 5:
        v = ghtoken(r, r.choice(["ghp_", "ghp_", "gho_", "ghu_"]))
        return S(provider="github", kind="github_token", value=v, ptype=r.choice(["api", "oauth"]))
    if k == 5:
        v = "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, B62, 59)
        return S(provider="github", kind="github_fine_grained_pat", value=v, ptype="api")
    if k == 6:
        return S(provider="gitlab", kind="gitlab_pat", value="glpat-" + rs(r, B62 + "-_", 20), ptype="api")
    if k == 7:
        if r.random() < 0.5:
            v = "xoxb-%s-%s-%s" % (rs(r, DG, r.randint(10, 13)), rs(r, DG, r.randint(11, 13)), rs(r, B62, 24))
        else:
            v = "xoxp-%s-%s-%s-%s" % (rs(r, DG, 11), rs(r, DG, 11), rs(r, DG, 13), rs(r, HEX, 32))
        return S(provider="slack", kind="slack_token", value=v, ptype=r.choice(["api", "oauth"]))
    if k == 8:
        v = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DG, r.randint(8, 10)), rs(r, UP + DG, r.randint(8, 10)), rs(r, B62, 24))
        return S(provider="slack", kind="slack_webhook", value=v, ptype="webhook")
    if k == 9:
        v = "https://discord.com/api/webhooks/%s/%s" % (rs(r, DG, 19), rs(r, B64U, 68))
        return S(provider="discord", kind="discord_webhook", value=v, ptype="webhook")
    if k in (10, 11):
        v = r.choice(["sk_live_", "sk_live_", "rk_live_"]) + "51" + rs(r, B62, r.choice([97, 97, 22]))
        return S(provider="stripe", kind="stripe_secret_key", value=v, ptype="api")
    if k == 12:
        if r.random() < 0.6:
            v = "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)
        else:
            v = "sk-" + rs(r, B62, 20) + "T3BlbkFJ" + rs(r, B62, 20)
        return S(provider="openai", kind="openai_api_key", value=v, ptype="api")
    if k == 13:
        return S(provider="anthropic", kind="anthropic_api_key", value="sk-ant-api03-" + rs(r, B64U, 93) + "AA", ptype="api")
    if k == 14:
        return S(provider="google", kind="google_api_key", value="AIzaSy" + rs(r, B64U, 33), ptype="api")
    if k == 15:
        return S(provider="twilio", kind="twilio_auth_token", value=rs(r, HEX, 32), ptype="api",
                 companion="AC" + rs(r, HEX, 32))
    if k == 16:
        v = "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)
        return S(provider="sendgrid", kind="sendgrid_api_key", value=v, ptype=r.choice(["smtp", "api"]))
    if k == 17:
        return S(provider="mailgun", kind="mailgun_api_key", value="key-" + rs(r, HEX, 32), ptype=r.choice(["smtp", "api"]))
    if k == 18:
        return S(provider="npm", kind="npm_token", value="npm_" + rs(r, B62, 36), ptype="api")
    if k == 19:
        return S(provider="pypi", kind="pypi_token", value="pypi-AgEIcHlwaS5vcmc" + rs(r, B64U, r.randint(140, 170)), ptype="api")
    if k == 20:
        return S(provider="shopify", kind="shopify_access_token", value=r.choice(["shpat_", "shpss_"]) + rs(r, HEX, 32), ptype="api")
    if k == 21:
        return S(provider="digitalocean", kind="digitalocean_token", value="dop_v1_" + rs(r, HEX, 64), ptype="api")
    if k == 22:
        return S(provider="huggingface", kind="hf_token", value="hf_" + rs(r, UP + LO, 34), ptype="api")
    if k == 23:
        v = "%d:AA%s" % (r.randint(100000000, 7999999999), rs(r, B64U, 33))
        return S(provider="telegram", kind="telegram_bot_token", value=v, ptype="api")
    if k == 24:
        return S(provider="square", kind="square_access_token", value="EAAA" + rs(r, B64U, 60), ptype="api")
    if k == 25:
        return S(provider="datadog", kind="datadog_api_key", value=rs(r, HEX, 32), ptype="api")
    if k == 26:
        return S(provider="mailchimp", kind="mailchimp_api_key", value=rs(r, HEX, 32) + "-us" + str(r.randint(1, 21)), ptype="api")
    if k == 27:
        return S(provider="linear", kind="linear_api_key", value="lin_api_" + rs(r, B62, 40), ptype="api")
    if k == 28:
        return S(provider="hashicorp", kind="vault_token", value="hvs.CAESI" + rs(r, B64U, 86), ptype="api")
    if k == 29:
        return S(provider="cloudflare", kind="cloudflare_api_token", value=rs(r, B62 + "_-", 40), ptype="api")
    if k == 30:
        v = azure_key(r)
        return S(provider="azure", kind="azure_storage_key", value=v, ptype="azconn")
    if k == 31:
        v, ref = jwt_supabase(r)
        return S(provider="supabase", kind="supabase_service_role_jwt", value=v, ptype="api", companion=ref)
    if k in (32, 33):
        pem, first = gen_pem(r)
        return S(provider="generic", kind="private_key", value=pem, needle=first, ptype="pem")
    if k in (34, 35):
        pw = gen_password(r)
        return S(provider=r.choice(["postgres", "mysql", "mongodb", "redis", "rabbitmq", "mssql"]),
                 kind="db_password", value=pw, ptype=r.choice(["dburl", "dbpw", "dbpw"]))
    if k == 36:
        return S(provider="generic", kind="password", value=gen_password(r), ptype=r.choice(["ldap", "smtppw"]))
    if k == 37:
        v = rs(r, LO + DG + "!@#%^*(-_=+)", 50)
        return S(provider="django", kind="django_secret_key", value=v, ptype="appsecret")
    if k == 38:
        return S(provider="rails", kind="rails_secret_key_base", value=rs(r, HEX, 128), ptype="appsecret")
    return S(provider="flask", kind="flask_secret_key", value=rs(r, HEX, 64) if r.random() < 0.5 else rs(r, B64U, 43), ptype="appsecret")


# ----------------------------------------------------------------------------------------
# records
# ----------------------------------------------------------------------------------------

HOSTS = ["db.internal", "pg-primary.prod.svc.cluster.local", "10.12.4.21", "mysql-01.eu-west-1.rds.amazonaws.com",
         "cluster0.x7k2p.mongodb.net", "redis-master.cache.svc", "rabbitmq.ops.local", "sql-prod-weu.database.windows.net",
         "db-staging.acme.io", "postgres.dev.local"]
USERS = ["app_rw", "svc_billing", "deploy", "reporting", "admin", "webapp", "etl_loader", "kunden_app", "usuario_app", "api"]
DBN = ["orders", "billing", "crm_prod", "analytics", "app_production", "inventory", "kundendaten", "ventas"]
REGIONS = ["us-east-1", "eu-central-1", "eu-west-1", "ap-southeast-2", "us-west-2", "sa-east-1"]
PW_WORDS = [["password"], ["password"], ["password"], ["passwd"], ["pwd"], ["db", "password"], ["passwort"],
            ["mot", "de", "passe"], ["contrasena"], ["senha"], ["wachtwoord"], ["kennwort"], ["haslo"], ["salasana"], ["pass"]]

API_CLASS = {"aws": "AwsCredentials", "github": "GithubClientConfig", "gitlab": "GitlabSettings", "slack": "SlackConfig",
             "discord": "DiscordNotifier", "stripe": "StripeGateway", "openai": "OpenAIClientConfig",
             "anthropic": "AnthropicSettings", "google": "GoogleMapsConfig", "twilio": "TwilioSettings",
             "sendgrid": "MailerSettings", "mailgun": "MailgunConfig", "npm": "RegistryAuth", "pypi": "PublishConfig",
             "shopify": "ShopifyApp", "digitalocean": "DoClientConfig", "huggingface": "HubConfig",
             "telegram": "TelegramBotConfig", "square": "SquareClient", "datadog": "DatadogConfig",
             "mailchimp": "NewsletterConfig", "linear": "LinearIntegration", "hashicorp": "VaultAuth",
             "cloudflare": "CloudflareConfig", "supabase": "SupabaseSettings"}
BASE_URL = {"github": "https://api.github.com", "gitlab": "https://gitlab.com/api/v4", "slack": "https://slack.com/api",
            "stripe": "https://api.stripe.com", "openai": "https://api.openai.com/v1", "anthropic": "https://api.anthropic.com",
            "google": "https://maps.googleapis.com/maps/api", "twilio": "https://api.twilio.com/2010-04-01",
            "sendgrid": "https://api.sendgrid.com/v3", "mailgun": "https://api.eu.mailgun.net/v3",
            "npm": "https://registry.npmjs.org/", "pypi": "https://upload.pypi.org/legacy/",
            "shopify": "https://acme-store.myshopify.com/admin/api/2024-01", "digitalocean": "https://api.digitalocean.com/v2",
            "huggingface": "https://huggingface.co", "telegram": "https://api.telegram.org", "square": "https://connect.squareup.com/v2",
            "datadog": "https://api.datadoghq.eu", "mailchimp": "https://us6.api.mailchimp.com/3.0",
            "linear": "https://api.linear.app/graphql", "hashicorp": "https://vault.acme.internal:8200",
            "cloudflare": "https://api.cloudflare.com/client/v4"}
KEY_WORDS = {"github": [["token"], ["access", "token"], ["github", "token"], ["auth", "token"]],
             "gitlab": [["private", "token"], ["token"], ["api", "token"]],
             "slack": [["bot", "token"], ["token"], ["oauth", "token"]],
             "stripe": [["secret", "key"], ["api", "key"], ["stripe", "secret"]],
             "openai": [["api", "key"], ["openai", "api", "key"]],
             "anthropic": [["api", "key"], ["x", "api", "key"]],
             "google": [["api", "key"], ["maps", "key"], ["key"]],
             "twilio": [["auth", "token"]], "sendgrid": [["api", "key"]], "mailgun": [["api", "key"]],
             "npm": [["auth", "token"], ["token"]], "pypi": [["password"], ["token"]],
             "shopify": [["access", "token"], ["admin", "api", "token"]], "digitalocean": [["token"], ["api", "token"]],
             "huggingface": [["hf", "token"], ["token"]], "telegram": [["bot", "token"], ["token"]],
             "square": [["access", "token"]], "datadog": [["api", "key"], ["dd", "api", "key"]],
             "mailchimp": [["api", "key"]], "linear": [["api", "key"]], "hashicorp": [["token"], ["vault", "token"]],
             "cloudflare": [["api", "token"]], "supabase": [["service", "role", "key"], ["service", "key"]]}


def make_record(r, s):
    """Return dict(cls, fields=[(words, value)], slot=index of secret field)."""
    p, pt, val = s["provider"], s["ptype"], s["value"]
    F = []
    if pt == "aws":
        cls = r.choice(["AwsCredentials", "S3StorageConfig", "BackupTarget", "AwsSettings"])
        F = [(["access", "key", "id"], s["companion"]), (["secret", "access", "key"], val),
             (["region"], r.choice(REGIONS)), (["bucket"], r.choice(["acme-backups", "prod-assets-eu", "invoices-archive", "ml-datasets"]))]
        slot = 1
    elif pt == "oauth":
        cls = r.choice(["OAuthToken", "Credential", "AccessGrant", "UserIntegration"])
        F = [(["user", "id"], r.randint(10, 99999)), (["provider"], p), (["access", "token"], val),
             (["token", "type"], r.choice(["bearer", "Bearer", "bot"])), (["scope"], r.choice(["repo,read:org", "chat:write,channels:read", "read_api", "user:email"])),
             (["expires", "at"], r.randint(1700000000, 1790000000))]
        slot = 2
    elif pt == "webhook":
        cls = r.choice(["SlackNotifier", "AlertChannel", "WebhookTarget", "Notification"])
        F = [(["name"], r.choice(["deploys", "alerts-prod", "ci-failures", "billing-ops"])),
             (["webhook", "url"] if r.random() < 0.7 else ["url"], val),
             (["username"], r.choice(["deploy-bot", "Alertmanager", "ci"])), (["enabled"], True)]
        slot = 1
    elif pt == "pem":
        cls = r.choice(["ServiceAccount", "SigningKey", "GcpCredentials", "TlsIdentity"])
        proj = r.choice(["acme-prod-371212", "data-platform-dev", "billing-eu-4411", "kartenservice-prod"])
        F = [(["type"], "service_account"), (["project", "id"], proj), (["private", "key", "id"], rs(r, HEX, 40)),
             (["private", "key"], val), (["client", "email"], "%s@%s.iam.gserviceaccount.com" % (r.choice(["deployer", "bq-reader", "ci-runner"]), proj))]
        slot = 3
    elif pt == "dburl":
        cls = r.choice(["DatabaseConfig", "DataSource", "RepoConfig", "ConnectionSettings"])
        host, user, db = r.choice([h for h in HOSTS if p[:5] in h] or HOSTS[:3] + HOSTS[8:]), r.choice(USERS), r.choice(DBN)
        scheme = {"postgres": "postgresql", "mysql": "mysql", "mongodb": "mongodb+srv", "redis": "redis",
                  "rabbitmq": "amqps", "mssql": "sqlserver"}[p]
        if p == "redis":
            url = "redis://%s:%s@%s:6379/0" % (r.choice(["default", ""]), val, host)
        elif p == "mongodb":
            url = "mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % (user, val, host, db)
        else:
            port = {"postgresql": 5432, "mysql": 3306, "amqps": 5671, "sqlserver": 1433}[scheme]
            url = "%s://%s:%s@%s:%d/%s" % (scheme, user, val, host, port, db)
        F = [(["name"], r.choice(["default", "primary", "replica", "reporting"])),
             (r.choice([["url"], ["dsn"], ["database", "url"], ["connection", "string"]]), url),
             (["pool", "size"], r.choice([5, 10, 20])), (["ssl"], r.choice([True, False]))]
        slot = 1
    elif pt in ("dbpw", "ldap", "smtppw", "smtp"):
        if pt == "dbpw":
            cls = r.choice(["DbSettings", "DatabaseConfig", "Datenbank", "ConexionBD", "PgConfig"])
            port = {"postgres": 5432, "mysql": 3306, "mongodb": 27017, "redis": 6379, "rabbitmq": 5672, "mssql": 1433}.get(p, 5432)
            host = r.choice([h for h in HOSTS if p[:5] in h] or HOSTS[:3] + HOSTS[8:])
            F = [(["host"], host), (["port"], port),
                 (r.choice([["user"], ["username"], ["db", "user"]]), r.choice(USERS)), (r.choice(PW_WORDS), val),
                 (["database"], r.choice(DBN))]
            slot = 3
        elif pt == "ldap":
            cls = r.choice(["LdapConfig", "DirectorySettings"])
            F = [(["url"], "ldaps://ldap.corp.acme.de:636"), (["bind", "dn"], "cn=svc-%s,ou=service,dc=acme,dc=de" % r.choice(["jira", "gitlab", "vpn"])),
                 (r.choice([["bind", "password"], ["bind", "credential"], ["password"]]), val), (["base", "dn"], "dc=acme,dc=de")]
            slot = 2
        else:
            cls = r.choice(["MailerConfig", "SmtpSettings", "EmailBackend"])
            host = {"sendgrid": "smtp.sendgrid.net", "mailgun": "smtp.eu.mailgun.org"}.get(p, r.choice(["smtp.office365.com", "mail.acme.de", "email-smtp.eu-west-1.amazonaws.com"]))
            user = {"sendgrid": "apikey", "mailgun": "postmaster@mg.acme.io"}.get(p, r.choice(["noreply@acme.de", "alerts@acme.io"]))
            F = [(["host"], host), (["port"], 587), (["username"], user), (["password"], val), (["use", "tls"], True)]
            slot = 3
    elif pt == "azconn":
        cls = r.choice(["BlobStorageOptions", "AzureStorageConfig"])
        acct = r.choice(["acmeprodstore", "stinvoiceweu01", "mediastorage"])
        conn = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, val)
        F = [(["container"], r.choice(["uploads", "exports", "backups"])), (["connection", "string"], conn), (["timeout", "seconds"], 30)]
        slot = 1
    elif pt == "appsecret":
        cls = r.choice(["AppConfig", "Settings", "ProductionConfig", "WebConfig"])
        kw = {"django": ["secret", "key"], "rails": ["secret", "key", "base"], "flask": r.choice([["secret", "key"], ["session", "secret"]])}[p]
        F = [(["debug"], False), (["allowed", "hosts"], r.choice(["acme.io", "*.acme.de", "shop.example.org"])),
             (kw, val), (["time", "zone"], r.choice(["UTC", "Europe/Berlin", "America/Sao_Paulo"]))]
        slot = 2
    else:  # api
        cls = API_CLASS.get(p, "ApiClientConfig")
        F = [(["base", "url"], BASE_URL.get(p, "https://api.example.com")),
             (r.choice(KEY_WORDS.get(p, [["api", "key"]])), val),
             (["timeout"], r.choice([10, 30, 60])), (["max", "retries"], r.choice([2, 3, 5]))]
        slot = 1
        if p == "twilio":
            F.insert(1, (["account", "sid"], s["companion"]))
            slot = 2
        if p == "supabase":
            F[0] = (["url"], "https://%s.supabase.co" % s["companion"])
    # vary position of secret by rotating optional non-secret fields
    if r.random() < 0.35 and len(F) > 2:
        sec = F.pop(slot)
        pos = r.randrange(len(F) + 1)
        F.insert(pos, sec)
        slot = pos
    if r.random() < 0.3:
        F.append(([r.choice(["created", "updated"]), "at"], "2024-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))))
    return dict(cls=cls, fields=F, slot=slot)


# ----------------------------------------------------------------------------------------
# negative values for the secret slot
# ----------------------------------------------------------------------------------------

def neg_value(r, s, words):
    key = "_".join(words).upper()
    p, pt = s["provider"], s["ptype"]
    generic = [None, None, "", "", "<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxx", "********", "[REDACTED]",
               "REDACTED", "${%s}" % key, "{{ %s }}" % "_".join(words), "%%env(%s)%%" % key, "<%%= ENV['%s'] %%>" % key,
               "changeme", "TODO", "vault:secret/data/prod/app#%s" % "_".join(words), "***",
               "arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/%s-AbCdEf" % "-".join(words),
               "votre_cle_api", "ihr-api-schluessel", "tu_clave_aqui", "sua-chave-aqui", "replace-me", "<redacted>",
               "os.environ['%s']" % key, "${{ secrets.%s }}" % key]
    if pt in ("dbpw", "ldap", "smtppw") or s["kind"] in ("db_password", "password"):
        generic += ["changeme", "<password>", "passwort_hier_eintragen", "mot_de_passe", "tu_contrasena", "${DB_PASSWORD}", "****", "secret"]
    if pt == "aws":
        generic += ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"] * 4
    if p == "stripe":
        generic += ["pk_live_51" + rs(r, B62, 97), "sk_live_...", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"] * 2
    if p == "github":
        generic += ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<GITHUB_TOKEN>"]
    if pt == "pem":
        generic = [None, "", "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n", "${GCP_PRIVATE_KEY}", "[REDACTED]", "********"]
    v = r.choice(generic)
    return v


def neg_slot_value(r, s, rec):
    words, orig = rec["fields"][rec["slot"]]
    pt = s["ptype"]
    if pt in ("dburl", "azconn", "webhook") and orig:
        ph = r.choice(["${DB_PASSWORD}", "****", "<password>", "[REDACTED]", "changeme", "%2A%2A%2A%2A", "PASSWORD"])
        if pt == "dburl":
            if r.random() < 0.25:
                return re.sub(r"://[^@]*@", "://", orig)
            return orig.replace(s["value"], ph)
        if pt == "azconn":
            if r.random() < 0.3:
                return "UseDevelopmentStorage=true"
            return orig.replace(s["value"], r.choice(["<account-key>", "${AZURE_STORAGE_KEY}", "****", "REPLACE_ME"]))
        if pt == "webhook":
            return r.choice([None, "", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                             "${SLACK_WEBHOOK_URL}", "https://discord.com/api/webhooks/<id>/<token>", "[REDACTED]"])
    return neg_value(r, s, words)


# ----------------------------------------------------------------------------------------
# look-alike records (negatives of the second half)
# ----------------------------------------------------------------------------------------

def bcrypt_hash(r):
    return "$2%s$%02d$%s" % (r.choice("aby"), r.choice([10, 11, 12]), rs(r, "./" + B62, 53))


def argon2_hash(r):
    salt = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode().rstrip("=")
    h = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("=")
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (salt, h)


def pbkdf2_hash(r):
    h = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    return "pbkdf2_sha256$%d$%s$%s" % (r.choice([600000, 720000, 870000]), rs(r, B62, 22), h)


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ssh_pub(r):
    body = "AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + rs(r, B64, 514) + "="
    return "ssh-rsa %s %s@%s" % (body, r.choice(["jenkins", "deploy", "mkoch", "lucia"]), r.choice(["build01", "laptop", "bastion"]))


def ed_pub(r):
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rs(r, B64, 43) + " " + r.choice(["ci@acme", "anna@thinkpad", "ops"])


def pub_pem(r):
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rs(r, B64, 348) + "IDAQAB"
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(lines) + "\n-----END PUBLIC KEY-----\n"


def cert_pem(r):
    body = "MIID" + rs(r, "QRSTUVWXYZ", 1) + "TCCAr2gAwIBAgIU" + rs(r, B64, 1100) + "=="
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


def sops_enc(r):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (
        base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(16, 40)))).decode(),
        base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(),
        base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode())


def ts(r):
    return "20%02d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999))


def make_lookalike(r):
    k = r.randrange(9)
    if k == 0:
        cls = r.choice(["User", "Account", "Benutzer", "Usuario", "Member"])
        h = r.choice([bcrypt_hash, argon2_hash, pbkdf2_hash])(r)
        F = [(["id"], r.randint(1, 90000)), (["email"], r.choice(["anna.schmidt", "j.silva", "mkowalski", "lea.martin"]) + "@" + r.choice(["acme.de", "example.com", "firma.com.br"])),
             (r.choice([["password", "hash"], ["password", "digest"], ["encrypted", "password"], ["hashed", "password"]]), h),
             (["last", "login"], ts(r)), (["is", "active"], True)]
        kind = "password_hash"
    elif k == 1:
        cls = r.choice(["Artifact", "ReleaseAsset", "Layer", "Package"])
        F = [(["name"], r.choice(["api-server", "worker", "frontend", "libcrypto-shim"]) + "-%d.%d.%d" % (r.randint(0, 4), r.randint(0, 20), r.randint(0, 9))),
             (["sha256"], rs(r, HEX, 64)), (["size"], r.randint(10000, 90000000)),
             (["digest"], "sha256:" + rs(r, HEX, 64)), (["etag"], rs(r, HEX, 32))]
        kind = "checksum"
    elif k == 2:
        cls = r.choice(["ApiKeyRecord", "TokenMetadata", "KeyInfo"])
        F = [(["key", "id"], uuid4(r)), (["name"], r.choice(["ci-deploy", "zapier", "mobile-app", "grafana"])),
             (["key", "sha256"], rs(r, HEX, 64)), (["last4"], rs(r, B62, 4)), (["created", "at"], ts(r)),
             (["revoked"], r.choice([True, False]))]
        kind = "key_digest"
    elif k == 3:
        cls = r.choice(["DeployKey", "SshIdentity", "AuthorizedKey"])
        F = [(["id"], r.randint(1000, 999999)), (["title"], r.choice(["build-server", "laptop", "backup host"])),
             (["public", "key"], r.choice([ssh_pub, ed_pub])(r)), (["fingerprint"], "SHA256:" + rs(r, B64, 43)),
             (["read", "only"], True)]
        kind = "ssh_public_key"
    elif k == 4:
        cls = r.choice(["JwksEntry", "Certificate", "TrustAnchor"])
        F = [(["kid"], rs(r, B64U, 43)), (["alg"], "RS256"), (r.choice([["public", "key"], ["certificate"]]), r.choice([pub_pem, cert_pem])(r)),
             (["not", "after"], ts(r))]
        kind = "public_key"
    elif k == 5:
        cls = r.choice(["EncryptedSecret", "SealedValue", "CipherEnvelope"])
        F = [(["kms", "key", "id"], "arn:aws:kms:%s:%d:key/%s" % (r.choice(REGIONS), r.randint(10**11, 10**12 - 1), uuid4(r))),
             (["ciphertext"], r.choice([sops_enc(r), base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(48, 120)))).decode()])),
             (["iv"], rs(r, HEX, 24)), (["algorithm"], "AES-256-GCM")]
        kind = "ciphertext"
    elif k == 6:
        cls = r.choice(["Order", "Payment", "Invoice"])
        F = [(["id"], r.choice(["pi_", "ch_", "cus_", "in_"]) + rs(r, B62, 24)), (["customer"], "cus_" + rs(r, B62, 14)),
             (["amount"], r.randint(100, 99999)), (["currency"], r.choice(["eur", "usd", "brl"])),
             (["idempotency", "key"], uuid4(r)), (["created"], r.randint(1600000000, 1730000000))]
        kind = "object_ids"
    elif k == 7:
        cls = r.choice(["BuildInfo", "VersionInfo", "Deployment"])
        F = [(["version"], "%d.%d.%d" % (r.randint(0, 9), r.randint(0, 30), r.randint(0, 99))), (["git", "sha"], rs(r, HEX, 40)),
             (["build", "id"], uuid4(r)), (["image"], "registry.acme.io/api@sha256:" + rs(r, HEX, 64)),
             (["built", "at"], ts(r)), (["serial", "version", "uid"], r.randint(-2**63, 2**63 - 1))]
        kind = "build_metadata"
    else:
        cls = r.choice(["RequestLog", "TraceContext", "AuditEvent"])
        F = [(["trace", "id"], rs(r, HEX, 32)), (["span", "id"], rs(r, HEX, 16)), (["request", "id"], uuid4(r)),
             (["integrity"], "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()),
             (["checksum", "crc32"], "%08x" % r.getrandbits(32)), (["timestamp"], ts(r))]
        kind = "trace_ids"
    return dict(cls=cls, fields=F, slot=None), kind


# ----------------------------------------------------------------------------------------
# naming helpers
# ----------------------------------------------------------------------------------------

INITIALISMS = {"id": "ID", "url": "URL", "dsn": "DSN", "api": "API", "ssl": "SSL", "tls": "TLS", "uid": "UID", "dn": "DN",
               "iv": "IV", "dd": "DD", "hf": "HF", "sha256": "SHA256", "kms": "KMS"}


def nm(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "upper":
        return "_".join(words).upper()
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "go":
        return "".join(INITIALISMS.get(w, w.capitalize()) for w in words)
    return "".join(w.capitalize() for w in words)  # pascal


def pkg_of(cls, lang, r):
    base = r.choice(["acme", "shop", "billing", "platform", "kunden"])
    mod = r.choice(["config", "settings", "integrations", "infra", "core"])
    if lang == "java":
        return "com.%s.%s.%s" % (base, mod, cls)
    if lang == "php":
        return "App\\%s\\%s" % (mod.capitalize(), cls)
    if lang == "py":
        return "%s.%s" % (base, mod), cls
    if lang == "ruby":
        return "%s::%s" % (mod.capitalize(), cls)
    if lang == "dotnet":
        return "%s.%s" % (base.capitalize(), mod.capitalize()), cls
    if lang == "elixir":
        return "%s.%s.%s" % (base.capitalize(), mod.capitalize(), cls)
    return cls


def is_multi(v):
    return isinstance(v, str) and "\n" in v


def dq(v):
    """C-like double-quoted escape (Go, Rust, Elixir, textproto, Swift, Haskell)."""
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def sq_py(v):
    return repr(v)


def tsz(r):
    return "%d-%02d-%02d %02d:%02d:%02d" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


SERS = []


NAMELESS = {"thrift_tjsonprotocol", "scala_case_class_tostring"}
CONTEXT_KINDS = {"twilio_auth_token", "datadog_api_key", "cloudflare_api_token", "password", "django_secret_key",
                 "rails_secret_key_base", "flask_secret_key"}


def ser(name, ftype, paths):
    def deco(fn):
        SERS.append(dict(name=name, fn=fn, ftype=ftype, paths=paths))
        return fn
    return deco


def snake_of(cls):
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", cls).lower()


# ----------------------------------------------------------------------------------------
# PHP
# ----------------------------------------------------------------------------------------

def php_ser_val(v):
    if v is None:
        return "N;"
    if isinstance(v, bool):
        return "b:%d;" % int(v)
    if isinstance(v, int):
        return "i:%d;" % v
    if isinstance(v, float):
        return "d:%s;" % repr(v)
    b = v.encode()
    return 's:%d:"%s";' % (len(b), v)


def php_ser_arr(fields, style):
    out = "a:%d:{" % len(fields)
    for w, v in fields:
        out += php_ser_val(nm(w, style)) + php_ser_val(v)
    return out + "}"


@ser("php_serialize_laravel_cache", "php-serialized", ["storage/framework/cache/data/{h2}/{h2b}/{h40}",
                                                         "storage/framework/cache/data/{h2}/{h2b}/{h40}"])
def s_php_cache(r, rec):
    exp = r.randint(1700000000, 1800000000)
    if r.random() < 0.5:
        return str(exp) + php_ser_arr(rec["fields"], r.choice(["snake", "snake", "camel"]))
    cls = pkg_of(rec["cls"], "php", r)
    body = "".join(php_ser_val(nm(w, "camel")) + php_ser_val(v) for w, v in rec["fields"])
    return str(exp) + 'O:%d:"%s":%d:{%s}' % (len(cls), cls, len(rec["fields"]), body)


@ser("php_serialize_fixture", "php-serialized", ["tests/Fixtures/serialized/{snake}.txt", "tests/fixtures/{snake}.ser",
                                                  "tests/Unit/__fixtures__/{snake}_payload.txt"])
def s_php_fixture(r, rec):
    cls = pkg_of(rec["cls"], "php", r)
    body = "".join(php_ser_val(nm(w, "camel")) + php_ser_val(v) for w, v in rec["fields"])
    return 'O:%d:"%s":%d:{%s}\n' % (len(cls), cls, len(rec["fields"]), body)


@ser("php_serialize_in_test", "php", ["tests/Unit/{cls}UnserializeTest.php", "tests/Feature/{cls}CacheTest.php"])
def s_php_test(r, rec):
    cls = pkg_of(rec["cls"], "php", r)
    body = "".join(php_ser_val(nm(w, "camel")) + php_ser_val(v) for w, v in rec["fields"])
    payload = 'O:%d:"%s":%d:{%s}' % (len(cls), cls, len(rec["fields"]), body)
    payload = payload.replace("\\", "\\\\").replace("'", "\\'")
    short = rec["cls"]
    return ("<?php\n\ndeclare(strict_types=1);\n\nnamespace Tests\\Unit;\n\nuse PHPUnit\\Framework\\TestCase;\n"
            "use %s;\n\nfinal class %sUnserializeTest extends TestCase\n{\n"
            "    // captured from the prod cache on %s, do not regenerate\n"
            "    private const PAYLOAD = '%s';\n\n"
            "    public function testUnserializesLegacyPayload(): void\n    {\n"
            "        $obj = unserialize(self::PAYLOAD, ['allowed_classes' => [%s::class]]);\n"
            "        $this->assertInstanceOf(%s::class, $obj);\n    }\n}\n") % (cls.replace("\\\\", "\\"), short, tsz(r)[:10], payload, short, short)


@ser("php_session_file", "php-session", ["var/lib/php/sessions/sess_{sess}", "storage/sessions/sess_{sess}",
                                          "tests/fixtures/sessions/sess_{sess}"])
def s_php_session(r, rec):
    parts = ["user_id|i:%d;" % r.randint(1, 99999), 'locale|s:2:"%s";' % r.choice(["de", "en", "fr", "pt"])]
    key = r.choice(["integration", "oauth", "settings", "connector", "creds"])
    parts.append("%s|%s" % (key, php_ser_arr(rec["fields"], r.choice(["snake", "camel"]))))
    if r.random() < 0.5:
        parts.append("last_activity|i:%d;" % r.randint(1700000000, 1790000000))
    return "".join(parts)


def php_export(v, ind):
    if v is None:
        return "NULL"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'"


@ser("php_var_export", "php", ["config/cache/{snake}.php", "bootstrap/cache/config.php", "var/cache/prod/{snake}.php"])
def s_php_var_export(r, rec):
    st = r.choice(["snake", "camel", "dot"])
    lines = ["  '%s' => %s," % (nm(w, st), php_export(v, 1)) for w, v in rec["fields"]]
    if r.random() < 0.5:
        inner = "\n".join("  " + l for l in lines)
        return "<?php return array (\n  '%s' => \n  array (\n%s\n  ),\n);\n" % (r.choice(["database", "services", "integrations", "mail"]), inner)
    cls = pkg_of(rec["cls"], "php", r)
    return "<?php\n\nreturn \\%s::__set_state(array(\n%s\n));\n" % (cls, "\n".join(" " + l for l in lines))


@ser("php_print_r", "text", ["storage/logs/debug-{date}.log", "docs/debug/{snake}_dump.txt", "tests/_output/{snake}.txt"])
def s_php_print_r(r, rec):
    cls = pkg_of(rec["cls"], "php", r)
    head = "[%s] local.DEBUG: config dump\n" % tsz(r) if r.random() < 0.6 else ""
    body = "%s Object\n(\n" % cls
    for w, v in rec["fields"]:
        vv = "" if v is None else ("1" if v is True else "" if v is False else str(v))
        body += "    [%s:protected] => %s\n" % (nm(w, "camel"), vv) if r.random() < 0.3 else "    [%s] => %s\n" % (nm(w, "camel"), vv)
    return head + body + ")\n"


@ser("php_var_dump", "text", ["tests/_output/{snake}_var_dump.txt", "docs/troubleshooting/{snake}.md"])
def s_php_var_dump(r, rec):
    out = "array(%d) {\n" % len(rec["fields"])
    for w, v in rec["fields"]:
        out += '  ["%s"]=>\n' % nm(w, "snake")
        if v is None:
            out += "  NULL\n"
        elif isinstance(v, bool):
            out += "  bool(%s)\n" % ("true" if v else "false")
        elif isinstance(v, int):
            out += "  int(%d)\n" % v
        else:
            out += '  string(%d) "%s"\n' % (len(v.encode()), v)
    out += "}\n"
    if r.random() < 0.5:
        out = "```\n$ php artisan tinker --execute='var_dump(config(\"%s\"));'\n%s```\n" % (r.choice(["database.connections.pgsql", "services.stripe", "mail.mailers.smtp"]), out)
    return out


# ----------------------------------------------------------------------------------------
# Python
# ----------------------------------------------------------------------------------------

@ser("pickle_protocol0_dict", "pickle", ["tests/data/{snake}.pkl", "cache/{snake}.p", "fixtures/{snake}_v0.pickle"])
def s_pickle_dict(r, rec):
    d = {nm(w, "snake"): v for w, v in rec["fields"]}
    return pickle.dumps(d, protocol=0).decode("latin-1")


def pk0(v, memo):
    i = memo[0]
    memo[0] += 1
    if v is None:
        memo[0] -= 1
        return "N"
    if isinstance(v, bool):
        memo[0] -= 1
        return "I0%d\n" % int(v)
    if isinstance(v, int):
        memo[0] -= 1
        return "L%dL\n" % v if abs(v) > 2**31 else "I%d\n" % v
    enc = v.replace("\\", "\\u005c").replace("\n", "\\u000a")
    return "V%s\np%d\n" % (enc, i)


@ser("pickle_protocol0_object", "pickle", ["tests/fixtures/{snake}.pkl", "data/cache/{snake}.pickle"])
def s_pickle_obj(r, rec):
    mod, cls = pkg_of(rec["cls"], "py", r)
    out = "ccopy_reg\n_reconstructor\np0\n(c%s\n%s\np1\nc__builtin__\nobject\np2\nNtp3\nRp4\n(dp5\n" % (mod, cls)
    memo = [6]
    for w, v in rec["fields"]:
        out += pk0(nm(w, "snake"), memo) + pk0(v, memo) + "s"
    return out + "b."


def yscalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    if v == "" or re.search(r"^[\s\-?:,\[\]{}#&*!|>'\"%@`~]|: | #|\s$", v) or re.fullmatch(r"(?i)(true|false|yes|no|null|on|off|~|[-+]?[\d.e_]+)", v):
        return "'" + v.replace("'", "''") + "'"
    return v


def yfield(k, v, ind):
    if is_multi(v):
        body = "".join(ind + "  " + l + "\n" for l in v.rstrip("\n").split("\n"))
        return "%s%s: |\n%s" % (ind, k, body)
    return "%s%s: %s\n" % (ind, k, yscalar(v))


@ser("pyyaml_python_object", "yaml", ["tests/fixtures/{snake}.yaml", "snapshots/{snake}.yml", "state/{snake}.yaml"])
def s_pyyaml_obj(r, rec):
    mod, cls = pkg_of(rec["cls"], "py", r)
    tag = r.choice(["!!python/object:", "!!python/object:", "!!python/object/new:"])
    if tag.endswith("new:"):
        out = "%s%s.%s\nstate:\n" % (tag, mod, cls)
        return out + "".join(yfield(nm(w, "snake"), v, "  ") for w, v in rec["fields"])
    return "%s%s.%s\n" % (tag, mod, cls) + "".join(yfield(nm(w, "snake"), v, "") for w, v in sorted(rec["fields"], key=lambda x: nm(x[0], "snake")))


@ser("pyyaml_ordereddict_apply", "yaml", ["tests/data/{snake}_ordered.yaml", "cache/{snake}.yml"])
def s_pyyaml_od(r, rec):
    out = "!!python/object/apply:collections.OrderedDict\n- "
    items = []
    for w, v in rec["fields"]:
        if is_multi(v):
            vv = '"' + v.replace("\n", "\\n") + '"'
        else:
            vv = yscalar(v)
        items.append("- - %s\n    - %s\n" % (nm(w, "snake"), vv))
    return out + "  ".join(items)


@ser("python_dict_repr", "text", ["tests/snapshots/{snake}.txt", "logs/{snake}-debug.log", "notebooks/output/{snake}_cell.txt"])
def s_py_dict(r, rec):
    d = {nm(w, r.choice(["snake"])): v for w, v in rec["fields"]}
    s = repr(d)
    if r.random() < 0.5:
        return "%s,%03d DEBUG [%s] loaded settings: %s\n" % (tsz(r), r.randint(0, 999), r.choice(["app.config", "worker.boot", "celery.setup"]), s)
    return s + "\n"


@ser("python_dataclass_repr", "python", ["tests/test_{snake}.py", "tests/snapshots/snap_{snake}.py"])
def s_py_dc(r, rec):
    _, cls = pkg_of(rec["cls"], "py", r)
    inner = ", ".join("%s=%s" % (nm(w, "snake"), repr(v)) for w, v in rec["fields"])
    if r.random() < 0.5:
        return ("# -*- coding: utf-8 -*-\n# snapshottest: v1 - https://goo.gl/zC4yUc\nfrom __future__ import unicode_literals\n\n"
                "from snapshottest import Snapshot\n\n\nsnapshots = Snapshot()\n\nsnapshots['test_load_%s 1'] = '%s(%s)'\n") % (snake_of(cls), cls, inner.replace("\\", "\\\\").replace("'", "\\'"))
    return ("from app.settings import %s\n\n\ndef test_repr_roundtrip():\n    expected = \"%s(%s)\"\n"
            "    cfg = eval(expected)\n    assert repr(cfg) == expected\n") % (cls, cls, inner.replace("\\", "\\\\").replace('"', '\\"'))


@ser("flask_session_decoded", "text", ["docs/notes/session-debug.md", "tests/fixtures/decoded_session.txt"])
def s_flask(r, rec):
    inner = {nm(w, "snake"): v for w, v in rec["fields"]}
    sess = {"_fresh": True, "_id": rs(r, HEX, 128), "_user_id": str(r.randint(1, 9999)), r.choice(["integration", "oauth_state", "connector"]): inner}
    return ("## Decoded staging session\n\nCookie taken from the browser while debugging the login loop:\n\n```\n$ flask-unsign --decode --cookie \"$(pbpaste)\"\n%s\n```\n\n"
            "The nested dict should not be stored in the session at all.\n") % (repr(sess),)


@ser("pandas_to_json", "json", ["data/exports/{snake}.json", "notebooks/data/{snake}_records.json"])
def s_pandas(r, rec):
    cols = [nm(w, "snake") for w, v in rec["fields"]]
    vals = [v for w, v in rec["fields"]]
    orient = r.choice(["records", "split", "columns"])
    if orient == "records":
        obj = [dict(zip(cols, vals))]
    elif orient == "split":
        obj = {"columns": cols, "index": [0], "data": [vals]}
    else:
        obj = {c: {"0": v} for c, v in zip(cols, vals)}
    return json.dumps(obj, separators=(",", ":")).replace("/", "\\/")


# ----------------------------------------------------------------------------------------
# Ruby
# ----------------------------------------------------------------------------------------

@ser("ruby_yaml_object", "yaml", ["spec/fixtures/{snake}.yml", "tmp/cache/{snake}.yml", "test/fixtures/files/{snake}.yml"])
def s_ruby_obj(r, rec):
    cls = pkg_of(rec["cls"], "ruby", r)
    tag = r.choice(["!ruby/object:", "!ruby/object:", "!ruby/struct:"])
    return "--- %s%s\n" % (tag, cls) + "".join(yfield(nm(w, "snake"), v, "") for w, v in rec["fields"])


@ser("ruby_yaml_hwia", "yaml", ["spec/fixtures/files/{snake}_settings.yml", "db/seeds/{snake}.yml"])
def s_ruby_hwia(r, rec):
    return "--- !ruby/hash:ActiveSupport::HashWithIndifferentAccess\n" + "".join(yfield(nm(w, "snake"), v, "") for w, v in rec["fields"])


@ser("rails_fixture", "yaml", ["test/fixtures/{snake}s.yml", "spec/fixtures/{snake}s.yml"])
def s_rails_fix(r, rec):
    label = r.choice(["production", "acme", "default", "main_account", "legacy"])
    out = "# Read about fixtures at https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html\n\n"
    out += "%s:\n" % label + "".join(yfield(nm(w, "snake"), v, "  ") for w, v in rec["fields"])
    if r.random() < 0.5:
        out += "\nsecond:\n  %s: %s\n" % (nm(rec["fields"][0][0], "snake"), "<%= 2.days.ago.to_fs(:db) %>")
    return out


def rb_long(n):
    if n == 0:
        return b"\x00"
    if 0 < n < 123:
        return bytes([n + 5])
    if n < 0 and n > -124:
        return bytes([(n - 5) & 0xFF])
    bs = []
    m = n
    while m and len(bs) < 4:
        bs.append(m & 0xFF)
        m >>= 8
    return bytes([len(bs)]) + bytes(bs)


def rb_marshal(cls, fields):
    syms = []
    out = bytearray(b"\x04\x08o")

    def sym(s):
        if s in syms:
            return b";" + rb_long(syms.index(s))
        syms.append(s)
        return b":" + rb_long(len(s)) + s.encode()

    out += sym(cls) + rb_long(len(fields))
    for k, v in fields:
        out += sym("@" + k)
        if v is None:
            out += b"0"
        elif v is True:
            out += b"T"
        elif v is False:
            out += b"F"
        elif isinstance(v, int) and abs(v) < 2**30:
            out += b"i" + rb_long(v)
        else:
            b = str(v).encode()
            out += b'I"' + rb_long(len(b)) + b + rb_long(1) + sym("E") + b"T"
    return bytes(out)


RB_ESC = {7: "\\a", 8: "\\b", 9: "\\t", 10: "\\n", 11: "\\v", 12: "\\f", 13: "\\r", 27: "\\e", 34: '\\"', 92: "\\\\"}


def rb_inspect(b):
    out = []
    for i, c in enumerate(b):
        if c in RB_ESC:
            out.append(RB_ESC[c])
        elif c == 35 and i + 1 < len(b) and b[i + 1] in b"{$@":
            out.append("\\#")
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\x%02X" % c)
    return '"' + "".join(out) + '"'


@ser("ruby_marshal_inspect", "ruby", ["spec/fixtures/marshal_{snake}.rb", "spec/lib/{snake}_marshal_spec.rb"])
def s_rb_marshal(r, rec):
    cls = rec["cls"]
    fields = [(nm(w, "snake"), v) for w, v in rec["fields"]]
    raw = rb_inspect(rb_marshal(cls, fields))
    return ("# frozen_string_literal: true\n\nrequire \"rails_helper\"\n\n# Marshal.dump of a %s taken from the Rails.cache (memcached) before the 7.1 upgrade\n"
            "LEGACY_%s = %s.b\n\nRSpec.describe %s do\n  it \"loads legacy cache entries\" do\n"
            "    obj = Marshal.load(LEGACY_%s)\n    expect(obj).to be_a(described_class)\n  end\nend\n") % (cls, snake_of(cls).upper(), raw, cls, snake_of(cls).upper())


# ----------------------------------------------------------------------------------------
# Java
# ----------------------------------------------------------------------------------------

def xml_esc(v):
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@ser("java_properties_xml", "xml", ["src/main/resources/{snake}.xml", "conf/{snake}-properties.xml", "src/test/resources/{snake}.props.xml"])
def s_props_xml(r, rec):
    pre = r.choice(["db", "app", "integration", "mail", "spring.datasource"])
    out = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE properties SYSTEM "http://java.sun.com/dtd/properties.dtd">\n<properties>\n'
    out += "<comment>%s</comment>\n" % r.choice(["Generated by ConfigExporter", "exported from prod node 2", "Einstellungen"])
    for w, v in rec["fields"]:
        out += '<entry key="%s.%s">%s</entry>\n' % (pre, nm(w, r.choice(["camel", "kebab", "dot"])), xml_esc("" if v is None else str(v).lower() if isinstance(v, bool) else str(v)))
    return out + "</properties>\n"


def java_ser(cls, fields, suid):
    out = bytearray(b"\xac\xed\x00\x05sr")
    out += struct.pack(">H", len(cls)) + cls.encode() + struct.pack(">q", suid) + b"\x02"
    prims = sorted([f for f in fields if isinstance(f[1], (bool, int)) and f[1] is not None], key=lambda x: x[0])
    objs = sorted([f for f in fields if not (isinstance(f[1], (bool, int)) and f[1] is not None)], key=lambda x: x[0])
    out += struct.pack(">H", len(prims) + len(objs))
    for k, v in prims:
        out += (b"Z" if isinstance(v, bool) else b"I") + struct.pack(">H", len(k)) + k.encode()
    first = True
    for k, v in objs:
        out += b"L" + struct.pack(">H", len(k)) + k.encode()
        if first:
            out += b"t\x00\x12Ljava/lang/String;"
            first = False
        else:
            out += b"q\x00~\x00\x01"
    out += b"xp"
    for k, v in prims:
        out += (bytes([int(v)]) if isinstance(v, bool) else struct.pack(">i", max(-2**31, min(2**31 - 1, v))))
    for k, v in objs:
        if v is None:
            out += b"p"
        else:
            b = str(v).encode()
            out += b"t" + struct.pack(">H", len(b)) + b
    return bytes(out)


@ser("java_serialized_pybytes", "python", ["tests/test_{snake}_deser.py", "tools/tests/test_java_{snake}.py"])
def s_java_pybytes(r, rec):
    cls = pkg_of(rec["cls"], "java", r)
    blob = java_ser(cls, [(nm(w, "camel"), v) for w, v in rec["fields"]], r.getrandbits(63) - 2**62)
    lit = repr(blob)
    return ("import javaobj.v2 as javaobj\n\n# ObjectOutputStream dump of %s copied from the session table\nBLOB = %s\n\n\n"
            "def test_parse_legacy_session():\n    obj = javaobj.loads(BLOB)\n    assert obj.get_class().name == %r\n") % (cls, lit, cls)


def xxd(b, cols):
    out = []
    for off in range(0, len(b), cols):
        chunk = b[off:off + cols]
        hx = ""
        for i in range(0, len(chunk), 2):
            hx += chunk[i:i + 2].hex() + " "
        width = (cols // 2) * 5
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        out.append("%08x: %s %s" % (off, hx.ljust(width), asc))
    return "\n".join(out) + "\n"


@ser("java_serialized_xxd", "hexdump", ["docs/incidents/{snake}-session-dump.txt", "tests/resources/{snake}.ser.hex", "notes/{snake}_xxd.txt"])
def s_java_xxd(r, rec):
    cls = pkg_of(rec["cls"], "java", r)
    blob = java_ser(cls, [(nm(w, "camel"), v) for w, v in rec["fields"]], r.getrandbits(63) - 2**62)
    needle = rec.get("needle")
    cols = 16
    if needle:
        i = blob.find(needle.encode())
        for c in (16, 24, 32, 48, 64, 96, 128, 192, 256):
            if i >= 0 and i // c == (i + len(needle) - 1) // c:
                cols = c
                break
        else:
            cols = 16
    fn = snake_of(rec["cls"]) + ".ser"
    cmd = "$ xxd -c %d %s\n" % (cols, fn) if cols != 16 else "$ xxd %s\n" % fn
    return cmd + xxd(blob, cols)


@ser("java_xstream_xml", "xml", ["src/test/resources/xstream/{snake}.xml", "data/export/{snake}.xml"])
def s_xstream(r, rec):
    cls = pkg_of(rec["cls"], "java", r)
    out = "<%s>\n" % cls
    for w, v in rec["fields"]:
        k = nm(w, "camel")
        if v is None:
            continue
        out += "  <%s>%s</%s>\n" % (k, xml_esc(str(v).lower() if isinstance(v, bool) else str(v)), k)
    return out + "</%s>\n" % cls


@ser("java_beans_xmlencoder", "xml", ["conf/{snake}.beans.xml", "src/test/resources/{snake}-encoded.xml"])
def s_xmlenc(r, rec):
    cls = pkg_of(rec["cls"], "java", r)
    out = '<?xml version="1.0" encoding="UTF-8"?>\n<java version="%s" class="java.beans.XMLDecoder">\n <object class="%s">\n' % (r.choice(["1.8.0_392", "17.0.9", "11.0.21"]), cls)
    for w, v in rec["fields"]:
        if v is None:
            continue
        t = "boolean" if isinstance(v, bool) else "int" if isinstance(v, int) else "string"
        vv = str(v).lower() if isinstance(v, bool) else xml_esc(str(v))
        out += '  <void property="%s">\n   <%s>%s</%s>\n  </void>\n' % (nm(w, "camel"), t, vv, t)
    return out + " </object>\n</java>\n"


@ser("java_jackson_typed_json", "json", ["src/test/resources/json/{snake}.json", "fixtures/cache/{snake}.json"])
def s_jackson(r, rec):
    cls = pkg_of(rec["cls"], "java", r)
    d = {nm(w, "camel"): v for w, v in rec["fields"]}
    if r.random() < 0.5:
        d = dict([("@class", cls)] + list(d.items()))
        return json.dumps(d, indent=2) + "\n"
    return json.dumps([cls, d], indent=r.choice([None, 2])) + "\n"


def jv(v):
    return "null" if v is None else str(v).lower() if isinstance(v, bool) else str(v)


@ser("java_lombok_tostring", "log", ["logs/{snake}-{date}.log", "build/test-results/{snake}.txt"])
def s_lombok(r, rec):
    short = rec["cls"]
    body = ", ".join("%s=%s" % (nm(w, "camel"), jv(v)) for w, v in rec["fields"])
    rec_style = r.random() < 0.4
    s = ("%s[%s]" if rec_style else "%s(%s)") % (short, body)
    lines = []
    for _ in range(r.randint(1, 3)):
        lines.append("%s  INFO %d --- [           main] o.s.b.StartupInfoLogger : Started Application in %.3f seconds" % (tsz(r), r.randint(1000, 9999), r.random() * 9))
    lines.insert(r.randint(0, len(lines)), "%s DEBUG %d --- [           main] c.a.c.%s : Bound configuration: %s" % (tsz(r), r.randint(1000, 9999), short, s))
    return "\n".join(lines) + "\n"


@ser("kotlin_data_class_tostring", "kotlin", ["src/test/kotlin/{cls}Test.kt", "app/src/test/java/com/acme/{cls}Test.kt"])
def s_kotlin(r, rec):
    short = rec["cls"]
    body = ", ".join("%s=%s" % (nm(w, "camel"), jv(v).replace("\n", "\\n")) for w, v in rec["fields"])
    return ("package com.acme.config\n\nimport org.junit.jupiter.api.Assertions.assertEquals\nimport org.junit.jupiter.api.Test\n\n"
            "class %sTest {\n    @Test\n    fun `toString matches golden`() {\n        val cfg = load%s()\n"
            "        assertEquals(\n            \"\"\"%s(%s)\"\"\",\n            cfg.toString()\n        )\n    }\n}\n") % (short, short, short, body.replace("$", "${'$'}"))


@ser("scala_case_class_tostring", "log", ["logs/{snake}.log", "target/test-reports/{snake}.txt"])
def s_scala(r, rec):
    short = rec["cls"]
    body = ",".join(jv(v).replace("\n", "\\n") for w, v in rec["fields"])
    return "[info] %s %s - loaded %s(%s)\n[info] Done loading configuration\n" % (tsz(r), r.choice(["c.a.ConfigLoader", "akka.actor.ActorSystem"]), short, body)


# ----------------------------------------------------------------------------------------
# .NET
# ----------------------------------------------------------------------------------------

@ser("dotnet_datacontract_xml", "xml", ["App_Data/{cls}.xml", "tests/Fixtures/{cls}.datacontract.xml"])
def s_datacontract(r, rec):
    ns, cls = pkg_of(rec["cls"], "dotnet", r)
    out = '<%s xmlns="http://schemas.datacontract.org/2004/07/%s" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">' % (cls, ns)
    for w, v in sorted(rec["fields"], key=lambda x: nm(x[0], "pascal")):
        k = nm(w, "pascal")
        if v is None:
            out += '<%s i:nil="true"/>' % k
        else:
            out += "<%s>%s</%s>" % (k, xml_esc(jv(v)), k)
    return out + "</%s>" % cls


@ser("dotnet_xmlserializer", "xml", ["Settings/{cls}.xml", "src/App/Config/{cls}.config.xml"])
def s_xmlser(r, rec):
    ns, cls = pkg_of(rec["cls"], "dotnet", r)
    out = '<?xml version="1.0" encoding="utf-8"?>\n<%s xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n' % cls
    for w, v in rec["fields"]:
        k = nm(w, "pascal")
        if v is None:
            out += '  <%s xsi:nil="true" />\n' % k
        else:
            out += "  <%s>%s</%s>\n" % (k, xml_esc(jv(v)), k)
    return out + "</%s>\n" % cls


@ser("dotnet_soapformatter", "xml", ["tests/Fixtures/{cls}.soap", "Data/{cls}.soap.xml"])
def s_soap(r, rec):
    ns, cls = pkg_of(rec["cls"], "dotnet", r)
    asm = ns.split(".")[0] + ".Core"
    out = ('<SOAP-ENV:Envelope xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
           'xmlns:SOAP-ENC="http://schemas.xmlsoap.org/soap/encoding/" xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/" '
           'xmlns:clr="http://schemas.microsoft.com/soap/encoding/clr/1.0" SOAP-ENV:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">\n<SOAP-ENV:Body>\n')
    out += '<a1:%s id="ref-1" xmlns:a1="http://schemas.microsoft.com/clr/nsassem/%s/%s%%2C%%20Version%%3D1.0.0.0%%2C%%20Culture%%3Dneutral%%2C%%20PublicKeyToken%%3Dnull">\n' % (cls, ns, asm)
    ref = 3
    for w, v in rec["fields"]:
        k = "_" + nm(w, "camel")
        if v is None:
            out += '<%s xsi:null="1"/>\n' % k
        elif isinstance(v, (bool, int)):
            out += "<%s>%s</%s>\n" % (k, jv(v), k)
        else:
            out += '<%s id="ref-%d">%s</%s>\n' % (k, ref, xml_esc(v), k)
            ref += 1
    return out + "</a1:%s>\n</SOAP-ENV:Body>\n</SOAP-ENV:Envelope>\n" % cls


@ser("dotnet_newtonsoft_type_json", "json", ["src/Api/App_Data/{cls}.json", "tests/Api.Tests/Fixtures/{cls}.json"])
def s_newtonsoft(r, rec):
    ns, cls = pkg_of(rec["cls"], "dotnet", r)
    d = {"$type": "%s.%s, %s" % (ns, cls, ns.split(".")[0])}
    for w, v in rec["fields"]:
        d[nm(w, "pascal")] = v
    return json.dumps(d, indent=2) + "\n"


def stj_escape(s):
    out = []
    for ch in s:
        if ch in "\"'+<>&`":
            out.append("\\u%04X" % ord(ch))
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return "".join(out)


@ser("dotnet_stj_nested_u0022", "json", ["tests/Fixtures/outbox/{snake}.json", "seed/outbox_messages.json"])
def s_stj(r, rec):
    ns, cls = pkg_of(rec["cls"], "dotnet", r)
    inner = "{" + ",".join("\"%s\":%s" % (nm(w, "pascal"), json.dumps(v)) for w, v in rec["fields"]) + "}"
    esc = stj_escape(inner)
    return ('[\n  {\n    "Id": "%s",\n    "Type": "%s.%sUpdated",\n    "OccurredOnUtc": "%s",\n    "Content": "%s",\n    "ProcessedOnUtc": null\n  }\n]\n'
            % (uuid4(r), ns, cls, ts(r), esc))


@ser("csharp_record_tostring", "log", ["logs/app-{date}.log", "src/Worker/logs/{snake}.txt"])
def s_csrec(r, rec):
    short = rec["cls"]
    body = ", ".join("%s = %s" % (nm(w, "pascal"), "" if v is None else (str(v) if not isinstance(v, bool) else str(v))) for w, v in rec["fields"])
    return "%s [DBG] Options bound: %s { %s }\n%s [INF] Now listening on: http://[::]:8080\n" % (tsz(r), short, body.replace("\n", "\\n"), tsz(r))


# ----------------------------------------------------------------------------------------
# JSON family / databases
# ----------------------------------------------------------------------------------------

@ser("json_ld", "json-ld", ["public/.well-known/{snake}.jsonld", "data/{snake}.jsonld", "tests/fixtures/{snake}.jsonld"])
def s_jsonld(r, rec):
    d = {"@context": {"@vocab": "https://schema.acme.io/config#", "xsd": "http://www.w3.org/2001/XMLSchema#"},
         "@id": "urn:acme:%s:%s" % (snake_of(rec["cls"]), uuid4(r)), "@type": rec["cls"]}
    for w, v in rec["fields"]:
        d[nm(w, "camel")] = v
    return json.dumps(d, indent=2) + "\n"


def oid(r):
    return "%08x" % r.randint(1600000000, 1730000000) + rs(r, HEX, 16)


@ser("mongo_extended_json", "jsonl", ["db/dump/{snake}s.json", "mongo/seed/{snake}.json", "test/fixtures/{snake}s.jsonl"])
def s_mongo(r, rec):
    lines = []
    canonical = r.random() < 0.5
    for i in range(r.randint(1, 3)):
        d = {"_id": {"$oid": oid(r)}}
        if i == 0:
            for w, v in rec["fields"]:
                if isinstance(v, int) and not isinstance(v, bool) and canonical:
                    v = {"$numberInt": str(v)}
                d[nm(w, "camel")] = v
        else:
            d["name"] = r.choice(["sandbox", "archived", "legacy"])
            d["enabled"] = False
        d["createdAt"] = {"$date": {"$numberLong": str(r.randint(1600000000000, 1730000000000))}} if canonical else {"$date": ts(r)}
        d["checksum"] = {"$binary": {"base64": base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode(), "subType": "05"}}
        lines.append(json.dumps(d, separators=(",", ":")))
    r.shuffle(lines)
    return "\n".join(lines) + "\n"


def js_obj(fields, style, q="'", ind=None, key_quote=False):
    parts = []
    for w, v in fields:
        k = nm(w, style)
        if key_quote:
            k = q + k + q
        if v is None:
            vv = "null"
        elif isinstance(v, bool):
            vv = "true" if v else "false"
        elif isinstance(v, (int, float)):
            vv = str(v)
        else:
            vv = q + v.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n") + q
        parts.append("%s: %s" % (k, vv))
    return parts


@ser("mongosh_output", "text", ["docs/runbooks/{snake}-migration.md", "scripts/mongo/{snake}_check.txt"])
def s_mongosh(r, rec):
    parts = ["_id: ObjectId('%s')" % oid(r)] + js_obj(rec["fields"], "camel") + ["createdAt: ISODate('%s')" % ts(r)]
    coll = snake_of(rec["cls"]).rstrip("s") + "s"
    return ("Checked the collection before the migration:\n\n```\nrs0 [primary] app> db.%s.findOne({})\n{\n  %s\n}\n```\n") % (coll, ",\n  ".join(parts))


@ser("node_util_inspect", "log", ["logs/server-{date}.log", "tmp/{snake}-inspect.txt"])
def s_node(r, rec):
    parts = js_obj(rec["fields"], "camel")
    if r.random() < 0.5:
        return "%s %s {\n  %s\n}\n" % (r.choice(["[config]", "DEBUG app:config", "info:"]), rec["cls"], ",\n  ".join(parts))
    return "%s {\n  %s\n}\n" % (rec["cls"], ",\n  ".join(parts))


@ser("nuxt_state_u002f", "html", ["tests/e2e/__snapshots__/{snake}.html", "dist/{snake}/index.html"])
def s_nuxt(r, rec):
    parts = []
    for w, v in rec["fields"]:
        k = nm(w, "camel")
        if v is None:
            vv = "null"
        elif isinstance(v, bool):
            vv = "true" if v else "false"
        elif isinstance(v, int):
            vv = str(v)
        else:
            vv = '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("/", "\\u002F").replace("<", "\\u003C") + '"'
        parts.append("%s:%s" % (k, vv))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Shop</title></head><body><div id="__nuxt"></div>'
            '<script>window.__NUXT__=(function(a,b){return {layout:"default",data:[{}],state:{config:{%s}},serverRendered:true,routePath:"\\u002F"}}(null,false));</script>'
            '<script src="/_nuxt/%s.js" defer></script></body></html>\n') % (",".join(parts), rs(r, HEX, 8))


def hex_js_escape(v):
    out = []
    for ch in v:
        if ch in "\"'/<>&+":
            out.append("\\x%02x" % ord(ch))
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return "".join(out)


@ser("js_hex_escaped_state", "html", ["templates/__snapshots__/{snake}.html", "tests/golden/{snake}_page.html"])
def s_hexjs(r, rec):
    inner = "{" + ",".join('"%s":%s' % (nm(w, "camel"), json.dumps(v)) for w, v in rec["fields"]) + "}"
    return ('<!doctype html>\n<html lang="de">\n<head>\n  <meta charset="utf-8">\n  <title>Admin</title>\n</head>\n<body>\n'
            '  <div id="root"></div>\n  <script>\n    window.__BOOTSTRAP__ = JSON.parse("%s");\n  </script>\n'
            '  <script src="/static/js/main.%s.js"></script>\n</body>\n</html>\n') % (hex_js_escape(inner), rs(r, HEX, 8))


@ser("django_fixture_json", "json", ["{app}/fixtures/{snake}.json", "fixtures/initial_{snake}.json"])
def s_dj_json(r, rec):
    app = r.choice(["integrations", "billing", "core", "accounts"])
    objs = [{"model": "%s.%s" % (app, rec["cls"].lower()), "pk": r.randint(1, 40), "fields": {nm(w, "snake"): v for w, v in rec["fields"]}}]
    if r.random() < 0.5:
        objs.insert(0, {"model": "%s.tenant" % app, "pk": 1, "fields": {"name": r.choice(["Acme GmbH", "Loja Azul", "Contoso"]), "slug": "acme"}})
    return json.dumps(objs, indent=r.choice([2, 4])) + "\n"


@ser("django_fixture_yaml", "yaml", ["{app}/fixtures/{snake}.yaml"])
def s_dj_yaml(r, rec):
    app = r.choice(["integrations", "billing", "core", "accounts"])
    out = "- model: %s.%s\n  pk: %d\n  fields:\n" % (app, rec["cls"].lower(), r.randint(1, 40))
    return out + "".join(yfield(nm(w, "snake"), v, "    ") for w, v in rec["fields"])


@ser("redis_cli_dump", "text", ["docs/debugging/redis-{snake}.md", "notes/redis_dump_{snake}.txt"])
def s_redis_dump(r, rec):
    payload = json.dumps({nm(w, "camel"): v for w, v in rec["fields"]}, separators=(",", ":")).encode()
    n = len(payload)
    if n < 64:
        ln = bytes([n])
    elif n < 16384:
        ln = bytes([0x40 | (n >> 8), n & 0xFF])
    else:
        ln = b"\x80" + struct.pack(">I", n)
    blob = b"\x00" + ln + payload + b"\x0b\x00" + bytes(r.getrandbits(8) for _ in range(8))
    esc = ""
    for c in blob:
        if c == 34:
            esc += '\\"'
        elif c == 92:
            esc += "\\\\"
        elif 32 <= c < 127:
            esc += chr(c)
        else:
            esc += "\\x%02x" % c
    key = "%s:%s" % (r.choice(["cache:config", "tenant:cfg", "integration"]), r.randint(1, 999))
    return "```\n127.0.0.1:6379> TYPE %s\nstring\n127.0.0.1:6379> DUMP %s\n\"%s\"\n```\n" % (key, key, esc)


@ser("redis_rdbtools_json", "json", ["backups/redis/{snake}-dump.json", "tmp/rdb-export.json"])
def s_rdb_json(r, rec):
    out = {}
    for i in range(r.randint(1, 3)):
        out["rq:job:%s" % uuid4(r)] = json.dumps({"status": r.choice(["finished", "failed", "queued"]), "enqueued_at": ts(r)})
    out["%s:%d" % (snake_of(rec["cls"]), r.randint(1, 99))] = json.dumps({nm(w, "snake"): v for w, v in rec["fields"]})
    items = list(out.items())
    r.shuffle(items)
    return "[{\n" + ",\n".join("%s:%s" % (json.dumps(k), json.dumps(v)) for k, v in items) + "}]\n"


@ser("redis_hgetall", "text", ["docs/ops/redis-{snake}.md", "scripts/redis/{snake}.txt"])
def s_hgetall(r, rec):
    key = "%s:%d" % (snake_of(rec["cls"]), r.randint(1, 99))
    out = "$ redis-cli -h %s HGETALL %s\n" % (r.choice(["cache.internal", "10.0.3.7", "redis"]), key)
    i = 1
    for w, v in rec["fields"]:
        vv = "" if v is None else jv(v).replace("\n", "\\n")
        out += ' %d) "%s"\n %d) "%s"\n' % (i, nm(w, "snake"), i + 1, vv)
        i += 2
    return out.replace(" %d)" % 10, "%d)" % 10)


# ----------------------------------------------------------------------------------------
# binary encodings shown as text
# ----------------------------------------------------------------------------------------

def mp_enc(v):
    if v is None:
        return b"\xc0"
    if v is True:
        return b"\xc3"
    if v is False:
        return b"\xc2"
    if isinstance(v, int):
        if 0 <= v < 128:
            return bytes([v])
        if 0 <= v < 65536:
            return b"\xcd" + struct.pack(">H", v)
        if 0 <= v < 2**32:
            return b"\xce" + struct.pack(">I", v)
        return b"\xd3" + struct.pack(">q", v)
    b = v.encode()
    if len(b) < 32:
        return bytes([0xa0 | len(b)]) + b
    if len(b) < 256:
        return b"\xd9" + bytes([len(b)]) + b
    return b"\xda" + struct.pack(">H", len(b)) + b


@ser("msgpack_pybytes", "python", ["tests/test_{snake}_msgpack.py", "tests/unit/test_codec_{snake}.py"])
def s_msgpack(r, rec):
    blob = bytes([0x80 | len(rec["fields"])]) + b"".join(mp_enc(nm(w, "snake")) + mp_enc(v) for w, v in rec["fields"])
    return ("import msgpack\n\n# payload recorded from the worker queue (%s)\nRAW = %s\n\n\ndef test_decode_%s():\n"
            "    cfg = msgpack.unpackb(RAW, raw=False)\n    assert sorted(cfg) == %r\n") % (tsz(r)[:10], repr(blob), snake_of(rec["cls"]), sorted(nm(w, "snake") for w, v in rec["fields"]))


def cbor_enc(v):
    def head(mt, n):
        if n < 24:
            return bytes([mt << 5 | n])
        if n < 256:
            return bytes([mt << 5 | 24, n])
        if n < 65536:
            return bytes([mt << 5 | 25]) + struct.pack(">H", n)
        if n < 2**32:
            return bytes([mt << 5 | 26]) + struct.pack(">I", n)
        return bytes([mt << 5 | 27]) + struct.pack(">Q", n)
    if v is None:
        return b"\xf6"
    if v is True:
        return b"\xf5"
    if v is False:
        return b"\xf4"
    if isinstance(v, int):
        return head(0, v) if v >= 0 else head(1, -1 - v)
    b = v.encode()
    return head(3, len(b)) + b


@ser("cbor_diagnostic", "text", ["test/vectors/{snake}.diag", "spec/cbor/{snake}_vector.txt"])
def s_cbor(r, rec):
    blob = bytes([0xa0 | len(rec["fields"])]) + b"".join(cbor_enc(nm(w, "snake")) + cbor_enc(v) for w, v in rec["fields"])
    diag = "{" + ", ".join('"%s": %s' % (nm(w, "snake"), "null" if v is None else json.dumps(v)) for w, v in rec["fields"]) + "}"
    return "; %s as stored in the device config partition\n; hex:\n; %s\n%s\n" % (rec["cls"], blob.hex(), diag)


def tp_val(v):
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return dq(v)


@ser("protobuf_textproto", "textproto", ["config/{snake}.textproto", "testdata/{snake}.textproto", "deploy/{snake}.pbtxt"])
def s_textproto(r, rec):
    msg = rec["cls"]
    out = "# proto-file: proto/acme/config/v1/%s.proto\n# proto-message: acme.config.v1.%s\n\n" % (snake_of(msg), msg)
    inner = "".join("  %s: %s\n" % (nm(w, "snake"), tp_val(v)) for w, v in rec["fields"] if v is not None)
    if r.random() < 0.5:
        return out + "%s {\n%s}\n" % (snake_of(msg), inner)
    return out + inner.replace("\n  ", "\n").lstrip(" ")


@ser("protobuf_json_mapping", "json", ["testdata/{snake}.pb.json", "config/{snake}.json"])
def s_pbjson(r, rec):
    d = {}
    for w, v in rec["fields"]:
        if v is None:
            continue
        if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 2**31:
            v = str(v)
        d[nm(w, "camel")] = v
    return json.dumps({"@type": "type.googleapis.com/acme.config.v1.%s" % rec["cls"], **d} if r.random() < 0.4 else d, indent=2) + "\n"


@ser("protobuf_debug_string_log", "log", ["logs/grpc-{date}.log", "testdata/golden/{snake}.golden"])
def s_pbdebug(r, rec):
    body = " ".join("%s:%s" % (nm(w, "snake"), tp_val(v)) for w, v in rec["fields"] if v is not None)
    return '%s\tINFO\tconfig/loader.go:%d\tapplied config\t{"msg": "%s"}\n%s\tINFO\tserver/grpc.go:%d\tserving on :9090\n' % (
        ts(r), r.randint(40, 300), body.replace('"', '\\"'), ts(r), r.randint(40, 300))


@ser("avro_json_record", "json", ["schemas/examples/{snake}.avro.json", "src/test/resources/avro/{snake}.json"])
def s_avro(r, rec):
    d = {}
    for w, v in rec["fields"]:
        k = nm(w, "snake")
        if v is None:
            d[k] = None
        elif isinstance(v, bool):
            d[k] = v
        elif isinstance(v, int):
            d[k] = v
        else:
            d[k] = {"string": v} if r.random() < 0.6 else v
    return json.dumps(d) + "\n"


def thrift_type(v):
    if isinstance(v, bool):
        return "tf", int(v)
    if isinstance(v, int):
        return ("i64" if abs(v) > 2**31 else "i32"), v
    return "str", v


@ser("thrift_tjsonprotocol", "json", ["test/thrift/{snake}.tjson", "fixtures/thrift/{snake}.json"])
def s_thrift(r, rec):
    st = {}
    for i, (w, v) in enumerate(rec["fields"], 1):
        if v is None:
            continue
        t, vv = thrift_type(v)
        st[str(i)] = {t: vv}
    if r.random() < 0.5:
        return json.dumps(st, separators=(",", ":")) + "\n"
    return json.dumps([1, "update%s" % rec["cls"], 1, r.randint(1, 99), {"1": {"rec": st}}], separators=(",", ":")) + "\n"


@ser("thrift_simplejson", "json", ["test/thrift/{snake}.simple.json"])
def s_thrift_simple(r, rec):
    return json.dumps({nm(w, "camel"): v for w, v in rec["fields"] if v is not None}) + "\n"


@ser("plist_xml", "plist", ["ios/App/{cls}.plist", "Resources/{cls}.plist", "macos/Config/{cls}.plist"])
def s_plist(r, rec):
    d = {}
    st = r.choice(["pascal", "camel"])
    for w, v in rec["fields"]:
        d[nm(w, st)] = "" if v is None else v
    return plistlib.dumps(d, sort_keys=r.random() < 0.5).decode()


@ser("plutil_p_output", "text", ["docs/ios/{snake}-plist.md", "notes/plutil_{snake}.txt"])
def s_plutil(r, rec):
    out = "$ plutil -p %s.plist\n{\n" % rec["cls"]
    for w, v in rec["fields"]:
        k = nm(w, "pascal")
        if v is None:
            continue
        vv = ("1" if v else "0") if isinstance(v, bool) else str(v) if isinstance(v, int) else '"%s"' % v.replace("\n", "\\n")
        out += '  "%s" => %s\n' % (k, vv)
    return out + "}\n"


# ----------------------------------------------------------------------------------------
# language debug prints
# ----------------------------------------------------------------------------------------

@ser("go_sharp_v", "go", ["internal/config/testdata/{snake}.golden", "pkg/{snake}/testdata/dump.txt"])
def s_go_sharp(r, rec):
    parts = []
    for w, v in rec["fields"]:
        k = nm(w, "go")
        if v is None:
            parts.append("%s:(*string)(nil)" % k)
        elif isinstance(v, bool):
            parts.append("%s:%s" % (k, "true" if v else "false"))
        elif isinstance(v, int):
            parts.append("%s:%d" % (k, v))
        else:
            parts.append("%s:%s" % (k, dq(v)))
    return "config.%s{%s}\n" % (rec["cls"], ", ".join(parts))


@ser("go_plus_v_log", "log", ["logs/{snake}-{date}.log", "tmp/debug-{snake}.log"])
def s_go_plus(r, rec):
    parts = []
    for w, v in rec["fields"]:
        k = nm(w, "go")
        vv = "<nil>" if v is None else jv(v).replace("\n", "\\n")
        parts.append("%s:%s" % (k, vv))
    return "%s [DEBUG] loaded config: &{%s}\n%s [INFO] starting http server addr=:8080\n" % (tsz(r).replace("-", "/"), " ".join(parts), tsz(r).replace("-", "/"))


def rs_val(v):
    if v is None:
        return "None"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return dq(v)


@ser("rust_debug", "log", ["logs/{snake}.log", "target/debug-{snake}.txt"])
def s_rust(r, rec):
    body = ", ".join("%s: %s" % (nm(w, "snake"), rs_val(v)) for w, v in rec["fields"])
    return "%s DEBUG app::config: effective settings: %s { %s }\n" % (ts(r), rec["cls"], body)


@ser("rust_debug_pretty_snapshot", "snap", ["tests/snapshots/config__{snake}.snap", "src/snapshots/app__config__tests__{snake}.snap"])
def s_rust_pretty(r, rec):
    body = "".join("    %s: %s,\n" % (nm(w, "snake"), rs_val(v)) for w, v in rec["fields"])
    return "---\nsource: src/config.rs\nexpression: cfg\n---\n%s {\n%s}\n" % (rec["cls"], body)


def ex_val(v):
    if v is None:
        return "nil"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return dq(v)


@ser("elixir_struct_inspect", "elixir", ["test/support/fixtures/{snake}_fixture.exs", "logs/{snake}.log"])
def s_elixir(r, rec):
    mod = pkg_of(rec["cls"], "elixir", r)
    body = ", ".join("%s: %s" % (nm(w, "snake"), ex_val(v)) for w, v in rec["fields"])
    if r.random() < 0.5:
        return "iex(1)> %s.load!()\n%%%s{%s}\n" % (mod.rsplit(".", 1)[0], mod, body)
    return "defmodule %sFixture do\n  def settings do\n    %%%s{%s}\n  end\nend\n" % (mod, mod, body)


@ser("elixir_keyword_list", "elixir", ["config/{snake}.exs", "test/fixtures/{snake}_opts.exs"])
def s_ex_kw(r, rec):
    app = r.choice([":acme", ":billing", ":shop"])
    body = ",\n  ".join("%s: %s" % (nm(w, "snake"), ex_val(v)) for w, v in rec["fields"])
    return "import Config\n\nconfig %s, %s,\n  %s\n" % (app, pkg_of(rec["cls"], "elixir", r), body)


def erl_val(v, binary):
    if v is None:
        return "undefined"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    return ("<<%s>>" if binary else "%s") % dq(v)


@ser("erlang_map_term", "erlang", ["test/{snake}_SUITE_data/{snake}.term", "priv/{snake}.eterm"])
def s_erl_map(r, rec):
    body = ",\n  ".join("<<\"%s\">> => %s" % (nm(w, "snake"), erl_val(v, True)) for w, v in rec["fields"])
    return "%%%% dumped with io:format(\"~p~n\", [Cfg])\n#{%s}.\n" % body.replace("#{", "#{", 1) if False else "%% dumped with io:format(\"~p~n\", [Cfg])\n#{" + body + "}.\n"


@ser("erlang_proplist", "erlang", ["config/sys.config", "rel/{snake}.config"])
def s_erl_pl(r, rec):
    body = ",\n    ".join("{%s, %s}" % (nm(w, "snake"), erl_val(v, False)) for w, v in rec["fields"])
    return "[\n  {%s, [\n    %s\n  ]}\n].\n" % (snake_of(rec["cls"]), body)


@ser("swift_print", "text", ["Tests/{cls}Tests/__Snapshots__/{cls}Tests/testDump.1.txt", "docs/debug/{snake}.txt"])
def s_swift(r, rec):
    parts = []
    for w, v in rec["fields"]:
        k = nm(w, "camel")
        if v is None:
            parts.append("%s: nil" % k)
        elif isinstance(v, bool) or isinstance(v, int):
            parts.append("%s: %s" % (k, ex_val(v)))
        else:
            parts.append("%s: %s" % (k, ("Optional(%s)" if r.random() < 0.3 else "%s") % dq(v)))
    return "%s(%s)\n" % (rec["cls"], ", ".join(parts))


@ser("haskell_show", "text", ["test/golden/{snake}.golden", "test/data/{snake}.show"])
def s_haskell(r, rec):
    parts = []
    for w, v in rec["fields"]:
        k = nm(w, "camel")
        if v is None:
            vv = "Nothing"
        elif isinstance(v, bool):
            vv = "True" if v else "False"
        elif isinstance(v, int):
            vv = str(v)
        else:
            vv = dq(v)
        parts.append("%s = %s" % (k, vv))
    return "%s {%s}\n" % (rec["cls"], ", ".join(parts))


@ser("perl_data_dumper", "perl", ["t/data/{snake}.dump", "logs/{snake}_dumper.txt"])
def s_perl(r, rec):
    out = "$VAR1 = bless( {\n"
    items = []
    for w, v in rec["fields"]:
        vv = "undef" if v is None else ("1" if v is True else "''" if v is False else str(v) if isinstance(v, int) else "'" + v.replace("\\", "\\\\").replace("'", "\\'") + "'")
        items.append("                 '%s' => %s" % (nm(w, "snake"), vv))
    return out + ",\n".join(items) + "\n               }, '%s' );\n" % ("Acme::" + rec["cls"])


@ser("clojure_edn", "edn", ["resources/{snake}.edn", "test/resources/{snake}.edn", "config/{snake}.edn"])
def s_edn(r, rec):
    ns = r.choice(["db", "app", "integration", "service"])
    items = []
    for w, v in rec["fields"]:
        vv = "nil" if v is None else ("true" if v is True else "false") if isinstance(v, bool) else str(v) if isinstance(v, int) else dq(v)
        items.append(":%s/%s %s" % (ns, nm(w, "kebab"), vv))
    return ";; dumped with (pr-str cfg)\n{" + "\n ".join(items) + "}\n"


# ----------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------

def fill_path(r, tpl, rec):
    cls = rec["cls"]
    rep = {"{h2}": rs(r, HEX, 2), "{h2b}": rs(r, HEX, 2), "{h40}": rs(r, HEX, 40), "{snake}": snake_of(cls), "{cls}": cls,
           "{sess}": rs(r, LO + DG, 26), "{date}": "%d-%02d-%02d" % (r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28)),
           "{app}": r.choice(["integrations", "billing", "core", "accounts"])}
    for k, v in rep.items():
        tpl = tpl.replace(k, v)
    return tpl


def line_of(text, needle):
    i = text.find(needle)
    assert i >= 0
    return text.count("\n", 0, i) + 1


def cycle_templates(r, n):
    out = []
    while len(out) < n:
        lst = list(SERS)
        r.shuffle(lst)
        out.extend(lst)
    return out[:n]


def main():
    if len(sys.argv) != 3:
        sys.stderr.write("usage: gen_nd.py OUTDIR SEED\n")
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets, files = [], [], []
    used = set()

    # positives
    for i, sd in enumerate(cycle_templates(r, 500)):
        for attempt in range(200):
            s = mk_secret(r)
            needle = s.get("needle", s["value"])
            if needle in used:
                continue
            if sd["name"] in NAMELESS and (s["kind"] in CONTEXT_KINDS or s["ptype"] == "dbpw"):
                continue
            rec = make_record(r, s)
            rec["needle"] = needle
            text = sd["fn"](r, rec)
            if needle not in text:
                continue
            if sd["name"] == "java_serialized_xxd" and not any(needle in ln for ln in text.split("\n")):
                continue
            break
        else:
            raise RuntimeError("could not place a secret in %s" % sd["name"])
        used.add(needle)
        rel = fill_path(r, r.choice(sd["paths"]), rec)
        fp = "pos/p%04d/%s" % (i, rel)
        files.append((fp, text))
        manifest.append({"file": fp, "label": "pos", "provider": s["provider"], "kind": s["kind"], "filetype": sd["ftype"], "template": sd["name"]})
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        secrets.append({"file": fp, "needle": needle, "line": ln})

    # negatives
    neg_t = cycle_templates(r, 250) + cycle_templates(r, 250)
    for i, sd in enumerate(neg_t):
        if i < 250:
            s = mk_secret(r)
            rec = make_record(r, s)
            w, _ = rec["fields"][rec["slot"]]
            rec["fields"][rec["slot"]] = (w, neg_slot_value(r, s, rec))
            if s["ptype"] == "aws":
                rec["fields"] = [(ww, "AKIAIOSFODNN7EXAMPLE" if ww == ["access", "key", "id"] else vv) for ww, vv in rec["fields"]]
            rec["needle"] = None
            provider, kind, tname = s["provider"], s["kind"] + "_placeholder", sd["name"]
        else:
            rec, kind = make_lookalike(r)
            rec["needle"] = None
            provider, tname = "none", sd["name"] + "/lookalike"
        text = sd["fn"](r, rec)
        rel = fill_path(r, r.choice(sd["paths"]), rec)
        fp = "neg/n%04d/%s" % (i, rel)
        files.append((fp, text))
        manifest.append({"file": fp, "label": "neg", "provider": provider, "kind": kind, "filetype": sd["ftype"], "template": tname})

    negtext = "\n".join(t for f, t in files if f.startswith("neg/"))
    for n in used:
        assert n not in negtext, n
    for f, t in files:
        base = os.path.basename(f)
        assert not re.fullmatch(r"\.env(\.[a-z]+)?", base) or f.startswith("pos/")
        p = os.path.join(outdir, f)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="") as fh:
            fh.write(t)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


if __name__ == "__main__":
    main()
