#!/usr/bin/env python3
"""gen_mz.py - blind evaluation set for secret scanners (NAME = mz).

EMPHASIS
  The credential kinds that leak most often in public repositories, in rough
  leak-report proportions: AWS access key + secret, generic passwords in
  config, database URLs (Postgres, MySQL, MongoDB Atlas, Redis), GitHub
  tokens (classic ghp_/gho_/ghs_ and fine-grained github_pat_), Google API
  keys and service-account JSON, OpenAI and Anthropic keys, Slack bot/user
  tokens and incoming webhooks, Stripe secret/restricted keys, Twilio,
  SendGrid, Mailgun, Telegram bot tokens, Discord bot tokens and webhooks,
  JWT signing secrets (incl. Django SECRET_KEY), private keys (RSA PKCS#1,
  PKCS#8, EC, OpenSSH), Azure storage connection strings, Firebase
  (admin-SDK JSON, FCM legacy server key), npm and PyPI tokens, Docker Hub
  PATs, Hugging Face tokens.
  File types: config.py/settings.py/config.js/config.ts, application
  .properties/.yml, appsettings.json, docker-compose.yml, notebooks with
  outputs, shell/PowerShell scripts, Terraform, GitHub Actions and GitLab CI,
  README snippets, pytest/jest tests, Postman exports, Kubernetes/Helm
  manifests, Web.config, PHP, Ruby, Go, Java, ini, toml, Dockerfile,
  .npmrc/.pypirc/.aws/credentials, PEM files; at most 1 in 20 positives is a
  .env file, no negative is.

USAGE
  python3 -B gen_mz.py OUTDIR SEED
  -> OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
     OUTDIR/manifest.jsonl, OUTDIR/secrets.jsonl.  Deterministic per SEED.

NEEDLE CONVENTIONS
  The secret value without quotes; prefixed keys keep their prefix; header
  tokens: only the token; credentialed URLs (postgres://u:PASS@h, git
  https://x-access-token:TOKEN@github.com): the password/token only; Slack and
  Discord webhook URLs: the whole URL (the URL *is* the secret); Azure
  connection strings: the AccountKey value; PEM private keys (also inside
  service-account JSON, where the newlines are escaped): the first base64 line
  of the body.  For OpenSSH keys that first line is a fixed header shared by
  all keys of one type, so OpenSSH needles are exempt from the uniqueness
  check (all other needles are unique per seed).

NEGATIVES
  250 re-use the positive templates with the slot holding a placeholder
  (English and local-language), empty value, masked value, env/secret-manager
  reference or template expression (os.environ, process.env, ${VAR},
  ${{ secrets.X }}, var.x, {{var}}, @Microsoft.KeyVault(...), secretKeyRef),
  a provider-documented example value (AWS AKIAIOSFODNN7EXAMPLE/wJalr...,
  Stripe docs sk_test key, Azurite devstoreaccount1 key, Slack T000/B000
  webhook, Telegram docs token) or a public value (Stripe pk_live_, Twilio
  Account SID, OAuth client ids, org ids, public keys).
  250 are domain look-alikes: lockfile integrity / checksums (npm, yarn,
  go.sum, Cargo.lock, poetry, .terraform.lock.hcl, gradle verification),
  image digests, pinned action SHAs, SRI hashes, base64 images in notebooks
  and HTML, SSH/PEM public keys and certificates, SealedSecrets, SOPS,
  Ansible Vault, bcrypt hashes in fixtures, UUID-heavy Azure AD config, ARNs
  and KMS ids, obviously fake test fixtures, env lookups everywhere.

FORMATS CHECKED (from memory of provider docs/SDKs, plus the search tool)
  GitHub ghp_/gho_/ghs_/ghu_ + 30 base62 + 6-char base62 CRC32 (alphabet
  0-9A-Za-z, zero padded) - confirmed via GitHub blog summaries (search:
  pages).  Azurite well-known key - confirmed on learn.microsoft.com.
  Telegram token <bot id>:<35 chars> - docs examples.  AWS AKIA + 16 base32
  upper / 40-char secret; Google AIza + 35; Slack xoxb-/xoxp-/hooks URL;
  Stripe sk_live_/rk_live_; Twilio AC+32 hex / 32 hex token; SendGrid
  SG.22.43; Mailgun key-32hex; Discord base64(id).6.38 and webhook URL;
  Azure AccountKey 88 base64; npm npm_36; HF hf_34 letters; Docker dckr_pat_;
  PyPI pypi-AgEIcHlwaS5vcmc macaroon; PEM DER headers built byte-exact.

DOUBTS
  OpenAI sk-proj- body length (74+T3BlbkFJ+74 assumed), Anthropic body
  (93 chars + "AA"), Docker PAT length (27), npm checksum (assumed like
  GitHub's), Discord third segment (38), fine-grained PAT segments 22/59,
  Mailgun new-style key layout, FCM server key length (~152).
"""
import base64
import hashlib
import json
import os
import random
import string
import struct
import sys
import zlib

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
B62 = DG + UP + LO
HEX = "0123456789abcdef"
B64 = UP + LO + DG + "+/"
URLB64 = UP + LO + DG + "-_"
B32 = UP + "234567"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def b62(n, pad=6):
    s = ""
    while n:
        n, m = divmod(n, 62)
        s = B62[m] + s
    return s.rjust(pad, "0")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


# ---------------------------------------------------------------- vocab
FIRST = ["anna", "jonas", "lukas", "maria", "sofia", "mehmet", "yuki", "pierre", "lucia", "ivan", "olga",
         "tom", "emma", "raj", "priya", "chen", "wei", "carlos", "ana", "fatima", "omar", "nils", "sven",
         "kenji", "amelie", "joao", "pablo", "giulia", "marco", "dmitri", "zoe", "liam", "noah", "mia"]
PROJ = ["shopfront", "invoicer", "acme-api", "tracker", "fleetops", "greenhouse", "ticketing", "bookly",
        "payroll", "kanban", "weatherbot", "crm-core", "orderflow", "medisync", "edu-portal", "geofence",
        "lakehouse", "pricing-svc", "notifier", "backoffice", "mailer", "catalog", "inventory", "ledger"]
WORDS = ["Sunflower", "Kestrel", "Marmalade", "Zeppelin", "Tornado", "Falcon", "Harbor", "Nebula", "Quartz",
         "Maple", "Jaguar", "Cobalt", "Sommer", "Fenster", "Schatz", "Gato", "Estrela", "Mariposa", "Soleil",
         "Papillon", "Tigre", "Koala", "Bamboo", "Sakura", "Yuki", "Dragon", "Pirata", "Viento", "Orzel",
         "Kotek", "Lumi", "Vinter", "Berg", "Kaffee", "Luna", "Fuego", "Raposa", "Lynx", "Otter", "Pixel"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-1", "ap-northeast-1", "sa-east-1"]
TLDS = ["io", "com", "de", "dev", "app", "net", "co", "fr", "es"]
SAFE_SYM = "!*-_.^~"


def proj(r):
    return r.choice(PROJ)


def domain(r):
    return r.choice(PROJ).replace("-", "") + "." + r.choice(TLDS)


def host(r):
    return r.choice(["db", "pg", "mysql", "prod-db", "rds", "primary", "sql01", "data"]) + "." + \
        r.choice(["internal", "prod.local", domain(r), "c9x%s.%s.rds.amazonaws.com" % (rs(r, LO + DG, 8), r.choice(REGIONS))])


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def password(r):
    st = r.randrange(6)
    if st == 0:
        n = r.randint(14, 24)
        body = [r.choice(AN) for _ in range(n)]
        for _ in range(r.randint(1, 3)):
            body[r.randrange(1, n)] = r.choice(SAFE_SYM)
        body[0] = r.choice(AN)
        s = "".join(body)
    elif st == 1:
        s = r.choice(WORDS) + str(r.randint(10, 9999)) + r.choice(SAFE_SYM) + r.choice(WORDS)
    elif st == 2:
        s = r.choice(WORDS).lower() + r.choice(SAFE_SYM) + r.choice(WORDS) + str(r.randint(1, 99))
    elif st == 3:
        s = rs(r, AN, r.randint(16, 20))
    elif st == 4:
        w = r.choice(WORDS)
        w = w.replace("a", "4").replace("e", "3").replace("o", "0")
        s = w + r.choice(SAFE_SYM) + str(r.randint(1970, 2025)) + rs(r, UP, 2)
    else:
        s = "-".join(rs(r, LO + DG, 5) for _ in range(3)) + rs(r, UP, 1) + str(r.randint(0, 9))
    if not any(c.isdigit() for c in s):
        s += str(r.randint(0, 9))
    if not any(c.isupper() for c in s):
        s = s[0].upper() + s[1:] if s[0].isalpha() else s + r.choice(UP)
    if not any(c.islower() for c in s):
        s += r.choice(LO)
    return s


# ---------------------------------------------------------------- PEM builders
def wrap(s, n):
    return "\n".join(s[i:i + n] for i in range(0, len(s), n))


def pem(label, der, width=64):
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, wrap(base64.b64encode(der).decode(), width), label)


def der_rsa_pkcs1(r):
    hdr = bytes.fromhex("308204a40201000282010100")
    return hdr + b"\xc1" + rbytes(r, 1192 - len(hdr) - 1)


def der_rsa_pkcs8(r):
    hdr = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    return hdr + b"\xb7" + rbytes(r, 1217 - len(hdr) - 1)


def der_ec(r):
    return bytes.fromhex("30770201010420") + rbytes(r, 32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(r, 64)


def sshstr(b):
    return struct.pack(">I", len(b)) + b


def openssh_ed25519(r, comment):
    pub = rbytes(r, 32)
    priv = rbytes(r, 32) + pub
    pubblob = sshstr(b"ssh-ed25519") + sshstr(pub)
    chk = rbytes(r, 4)
    sec = chk + chk + sshstr(b"ssh-ed25519") + sshstr(pub) + sshstr(priv) + sshstr(comment.encode())
    i = 1
    while len(sec) % 8:
        sec += bytes([i]); i += 1
    blob = b"openssh-key-v1\0" + sshstr(b"none") + sshstr(b"none") + sshstr(b"") + struct.pack(">I", 1) + sshstr(pubblob) + sshstr(sec)
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n%s\n-----END OPENSSH PRIVATE KEY-----\n" % wrap(base64.b64encode(blob).decode(), 70)


def gen_private_key(r):
    t = r.choice(["rsa1", "rsa1", "rsa8", "rsa8", "ec", "ossh"])
    if t == "rsa1":
        return pem("RSA PRIVATE KEY", der_rsa_pkcs1(r)), "rsa"
    if t == "rsa8":
        return pem("PRIVATE KEY", der_rsa_pkcs8(r)), "rsa-pkcs8"
    if t == "ec":
        return pem("EC PRIVATE KEY", der_ec(r)), "ec"
    return openssh_ed25519(r, "%s@%s" % (r.choice(FIRST), r.choice(["laptop", "build01", "MacBook-Pro.local", "deploy"]))), "openssh"


def pem_needle(p):
    return p.split("\n")[1]


def public_key_pem(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + b"\xc3" + rbytes(r, 255) + bytes.fromhex("0203010001")
    return pem("PUBLIC KEY", der)


def ssh_pub(r, comment):
    if r.random() < 0.5:
        blob = sshstr(b"ssh-ed25519") + sshstr(rbytes(r, 32))
        return "ssh-ed25519 " + base64.b64encode(blob).decode() + " " + comment
    blob = sshstr(b"ssh-rsa") + sshstr(b"\x01\x00\x01") + sshstr(b"\x00\xc5" + rbytes(r, 255))
    return "ssh-rsa " + base64.b64encode(blob).decode() + " " + comment


def cert_pem(r):
    n = r.randint(780, 1100)
    tbs = n - 300
    der = b"\x30\x82" + struct.pack(">H", n - 4) + b"\x30\x82" + struct.pack(">H", tbs) + bytes.fromhex("a003020102") + b"\x02\x10" + rbytes(r, n - 17)
    return pem("CERTIFICATE", der[:n])


# ---------------------------------------------------------------- secret generators
def g_aws(r):
    return rs(r, B64, 40)


def akia(r):
    return "AKIA" + rs(r, B32, 16)


def gh_token(r, pre):
    ent = rs(r, AN, 30)
    return pre + ent + b62(zlib.crc32(ent.encode()) & 0xffffffff)


def g_github(r):
    x = r.random()
    if x < 0.55:
        return gh_token(r, "ghp_")
    if x < 0.8:
        return "github_pat_11" + rs(r, UP + DG, 20) + "_" + rs(r, AN, 59)
    return gh_token(r, r.choice(["gho_", "ghs_", "ghu_"]))


def g_google(r):
    return "AIzaSy" + rs(r, AN + "-_", 33)


def g_openai(r):
    x = r.random()
    if x < 0.6:
        return "sk-proj-" + rs(r, URLB64, 74) + "T3BlbkFJ" + rs(r, URLB64, 74)
    if x < 0.85:
        return "sk-" + rs(r, AN, 20) + "T3BlbkFJ" + rs(r, AN, 20)
    return "sk-svcacct-" + rs(r, URLB64, 74) + "T3BlbkFJ" + rs(r, URLB64, 74)


def g_anthropic(r):
    return "sk-ant-api03-" + rs(r, URLB64, 93) + "AA"


def g_slack_bot(r):
    if r.random() < 0.7:
        return "xoxb-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13 - 1), rs(r, AN, 24))
    return "xoxp-%d-%d-%d-%s" % (r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 10, 10 ** 12), r.randint(10 ** 12, 10 ** 13 - 1), rs(r, HEX, 32))


def g_slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UP + DG, r.choice([8, 10])), rs(r, UP + DG, r.choice([8, 10, 11])), rs(r, AN, 24))


def g_stripe(r):
    p = r.choice(["sk_live_", "sk_live_", "sk_live_", "rk_live_"])
    if r.random() < 0.5:
        return p + rs(r, AN, 24)
    return p + "51" + rs(r, AN, 97)


def g_twilio(r):
    return rs(r, HEX, 32)


def g_sendgrid(r):
    return "SG." + rs(r, URLB64, 22) + "." + rs(r, URLB64, 43)


def g_mailgun(r):
    if r.random() < 0.6:
        return "key-" + rs(r, HEX, 32)
    return rs(r, HEX, 32) + "-" + rs(r, HEX, 8) + "-" + rs(r, HEX, 8)


def g_telegram(r):
    return "%d:AA%s" % (r.randint(10 ** 8, 8 * 10 ** 9), rs(r, URLB64, 33))


def snowflake(r):
    return str(r.randint(7 * 10 ** 17, 14 * 10 ** 17))


def g_discord_bot(r):
    a = base64.b64encode(snowflake(r).encode()).decode().rstrip("=")
    return a + "." + rs(r, URLB64, 6) + "." + rs(r, URLB64, 38)


def g_discord_hook(r):
    return "https://%s/api/webhooks/%s/%s" % (r.choice(["discord.com", "discord.com", "discordapp.com"]), snowflake(r), rs(r, URLB64, 68))


def g_jwt(r):
    x = r.random()
    if x < 0.35:
        return rs(r, HEX, 64)
    if x < 0.6:
        return base64.b64encode(rbytes(r, 32)).decode()
    if x < 0.8:
        return rs(r, AN, r.randint(32, 48))
    return password(r) + rs(r, AN, 12)


def g_django(r):
    return rs(r, LO + DG + "!@%^&*(-_=+)", 50)


def g_azure(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def g_fcm(r):
    return "AAAA" + rs(r, URLB64, 7) + ":APA91b" + rs(r, URLB64, 134)


def g_npm(r):
    ent = rs(r, AN, 30)
    return "npm_" + ent + b62(zlib.crc32(ent.encode()) & 0xffffffff)


def g_pypi(r):
    u = uuid4(r)
    body = b"\x02\x01\x08pypi.org\x02\x24" + u.encode() + b"\x00\x02\x2b" + \
        b'{"version": 1, "permissions": "user"}' + b"\x00\x00\x06\x20" + rbytes(r, 32)
    return "pypi-" + base64.urlsafe_b64encode(body).decode().rstrip("=")


def g_docker(r):
    return "dckr_pat_" + rs(r, URLB64, 27)


def g_hf(r):
    return "hf_" + rs(r, UP + LO, 34)


# ---------------------------------------------------------------- values
class Val:
    """Slot value: pre + core + post; exprs = language -> bare expression (refs)."""

    def __init__(self, core, pre="", post="", exprs=None, name=None):
        self.core, self.pre, self.post = core, pre, post
        self.exprs = exprs or {}
        self.name = name

    @property
    def v(self):
        return self.pre + self.core + self.post

    def q(self, lang, qc='"'):
        if lang in self.exprs and not self.pre and not self.post:
            return self.exprs[lang]
        return qc + self.v + qc

    def wrapped(self, pre, post):
        return Val(self.core, pre + self.pre, self.post + post, self.exprs, self.name)


def ref_val(r, lang, env):
    lower = env.lower()
    exprs = {
        "py": r.choice(['os.environ["%s"]' % env, 'os.getenv("%s")' % env, "os.environ.get('%s')" % env]),
        "js": "process.env.%s" % env, "ts": "process.env.%s" % env,
        "rb": r.choice(['ENV["%s"]' % env, "ENV.fetch('%s')" % env]),
        "php": r.choice(["getenv('%s')" % env, "$_ENV['%s']" % env]),
        "go": 'os.Getenv("%s")' % env, "java": 'System.getenv("%s")' % env,
        "tf": "var.%s" % lower, "ps1": "$env:%s" % env,
    }
    inner = {
        "gha": "${{ secrets.%s }}" % env, "gitlab": "$%s" % env, "tf": "${var.%s}" % lower,
        "postman": "{{%s}}" % (lower if r.random() < 0.5 else env), "md": "$%s" % env,
        "json": r.choice(["#{%s}#" % env, "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/%s/)" % (proj(r), lower.replace("_", "-"))]),
        "xml": "#{%s}#" % env, "sh": "${%s}" % env, "ps1": "$env:%s" % env,
        "ansible": "{{ vault_%s }}" % lower, "helm": "{{ .Values.%s }}" % "".join(w.capitalize() if i else w for i, w in enumerate(lower.split("_"))),
    }
    return Val(inner.get(lang, "${%s}" % env), exprs={k: v for k, v in exprs.items() if k == lang})


GENERIC_PH = ["<your-api-key>", "YOUR_API_KEY", "xxxxxxxxxxxxxxxxxxxxxxxx", "changeme", "REPLACE_ME", "<REPLACE_ME>",
              "TODO", "your-secret-here", "dein-schluessel-hier", "tu_clave_aqui", "votre_cle_ici", "sua-chave-aqui",
              "INSERT_KEY_HERE", "<token>", "put-your-token-here", "CHANGE_ME_IN_PROD", "...", "<secret>", "secret-goes-here",
              "ключ_сюда", "ここにキーを入力"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "***REMOVED***", "••••••••", "xxxx-xxxx-xxxx"]
PW_PH = ["changeme", "<password>", "YOUR_PASSWORD", "password_here", "CHANGE_ME", "<db-password>", "passwort_hier",
         "contraseña", "motdepasse", "****", "[REDACTED]", "secret", "<PASSWORD>"]


# ---------------------------------------------------------------- kinds
def comp_pairs(r, kind):
    """public companion (NAME, value) pairs"""
    p = []
    if kind == "aws":
        p = [("AWS_ACCESS_KEY_ID", akia(r)), ("AWS_DEFAULT_REGION", r.choice(REGIONS))]
        if r.random() < 0.5:
            p.append(("S3_BUCKET", proj(r) + "-" + r.choice(["uploads", "assets", "backups", "prod"])))
    elif kind == "twilio":
        p = [("TWILIO_ACCOUNT_SID", "AC" + rs(r, HEX, 32)), ("TWILIO_FROM_NUMBER", "+1%d" % r.randint(2002000000, 9899999999))]
    elif kind == "mailgun":
        p = [("MAILGUN_DOMAIN", "mg." + domain(r))]
    elif kind == "telegram":
        p = [("TELEGRAM_CHAT_ID", "-100%d" % r.randint(10 ** 9, 10 ** 10))]
    elif kind == "discord_bot":
        p = [("DISCORD_CLIENT_ID", snowflake(r)), ("DISCORD_GUILD_ID", snowflake(r))]
    elif kind == "stripe":
        p = [("STRIPE_PUBLISHABLE_KEY", "pk_live_" + rs(r, AN, 24))] if r.random() < 0.5 else [("STRIPE_WEBHOOK_PATH", "/webhooks/stripe")]
    elif kind == "slack_bot":
        p = [("SLACK_CHANNEL", r.choice(["#alerts", "#deploys", "C0%s" % rs(r, UP + DG, 9)]))]
    elif kind == "openai":
        p = [("OPENAI_MODEL", r.choice(["gpt-4o-mini", "gpt-4o", "gpt-3.5-turbo", "gpt-4.1"]))]
    elif kind == "anthropic":
        p = [("ANTHROPIC_MODEL", r.choice(["claude-3-5-sonnet-20241022", "claude-3-haiku-20240307", "claude-sonnet-4-20250514"]))]
    elif kind == "sendgrid":
        p = [("SENDGRID_FROM_EMAIL", "no-reply@" + domain(r))]
    elif kind == "github":
        p = [("GITHUB_OWNER", r.choice(FIRST) + r.choice(["", "-dev", "corp"])), ("GITHUB_REPO", proj(r))]
    elif kind == "hf":
        p = [("HF_MODEL_ID", r.choice(["meta-llama/Llama-3.1-8B-Instruct", "mistralai/Mistral-7B-v0.1", "bert-base-uncased"]))]
    elif kind == "docker":
        p = [("DOCKERHUB_USERNAME", r.choice(FIRST) + str(r.randint(1, 99)))]
    elif kind == "jwt":
        p = [("JWT_EXPIRES_IN", r.choice(["1h", "7d", "3600", "15m"])), ("JWT_ALGORITHM", "HS256")]
    elif kind == "google":
        p = [("GOOGLE_CLOUD_PROJECT", proj(r) + "-" + str(r.randint(100000, 999999)))]
    elif kind == "npm":
        p = [("NPM_REGISTRY", "https://registry.npmjs.org/")]
    elif kind == "password":
        p = [("DB_USER", r.choice(["app", "admin", "postgres", "root", "svc_" + proj(r).replace("-", "_")])), ("DB_HOST", host(r))]
    elif kind == "firebase_fcm":
        p = [("FIREBASE_PROJECT_ID", proj(r) + "-" + rs(r, LO + DG, 5))]
    r.shuffle(p)
    return p[:r.randint(0, len(p))] if kind not in ("aws",) else p


def db_wrap(r, kind, core):
    user = r.choice(["app", "admin", "postgres", "root", "django", "api_user", r.choice(FIRST)])
    dbn = proj(r).replace("-", "_")
    if kind == "pg":
        return core.wrapped("%s://%s:" % (r.choice(["postgres", "postgresql"]), user), "@%s:5432/%s" % (host(r), dbn))
    if kind == "mysql":
        return core.wrapped("%s://%s:" % (r.choice(["mysql", "mysql+pymysql", "mysql2"]), user), "@%s:3306/%s" % (host(r), dbn))
    if kind == "mongo":
        return core.wrapped("mongodb+srv://%s:" % user, "@cluster0.%s.mongodb.net/%s?retryWrites=true&w=majority" % (rs(r, LO + DG, 5), dbn))
    # redis
    if r.random() < 0.5:
        return core.wrapped("redis://:", "@%s:6379/0" % host(r))
    return core.wrapped("rediss://default:", "@%s-%d.upstash.io:6379" % (r.choice(WORDS).lower(), r.randint(10000, 99999)))


#        kind: provider, weight, gen, env names, section
KINDS = {
    "aws": ("aws", 58, g_aws, ["AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "AWS_SECRET"], "Aws"),
    "password": ("generic", 56, password, ["DB_PASSWORD", "DATABASE_PASSWORD", "MYSQL_PASSWORD", "SMTP_PASSWORD", "ADMIN_PASSWORD",
                                          "REDIS_PASSWORD", "RABBITMQ_PASSWORD", "ELASTIC_PASSWORD", "MAIL_PASSWORD", "LDAP_BIND_PASSWORD"], "Database"),
    "pg": ("postgres", 22, password, ["DATABASE_URL", "POSTGRES_URL", "DB_URL"], "Database"),
    "mysql": ("mysql", 12, password, ["DATABASE_URL", "MYSQL_URL", "DB_CONNECTION"], "Database"),
    "mongo": ("mongodb", 16, password, ["MONGODB_URI", "MONGO_URL", "MONGO_URI"], "Mongo"),
    "redis": ("redis", 8, password, ["REDIS_URL", "CACHE_URL", "CELERY_BROKER_URL"], "Redis"),
    "github": ("github", 40, g_github, ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_ACCESS_TOKEN"], "GitHub"),
    "google": ("google", 22, g_google, ["GOOGLE_API_KEY", "GOOGLE_MAPS_API_KEY", "YOUTUBE_API_KEY", "GEMINI_API_KEY"], "Google"),
    "gcp_sa": ("google", 12, None, [], "Google"),
    "openai": ("openai", 30, g_openai, ["OPENAI_API_KEY", "OPENAI_KEY", "OPENAI_TOKEN"], "OpenAI"),
    "anthropic": ("anthropic", 12, g_anthropic, ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"], "Anthropic"),
    "slack_bot": ("slack", 14, g_slack_bot, ["SLACK_BOT_TOKEN", "SLACK_TOKEN", "SLACK_API_TOKEN"], "Slack"),
    "slack_hook": ("slack", 12, g_slack_hook, ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK", "SLACK_HOOK"], "Slack"),
    "stripe": ("stripe", 20, g_stripe, ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_SK"], "Stripe"),
    "twilio": ("twilio", 11, g_twilio, ["TWILIO_AUTH_TOKEN", "TWILIO_TOKEN"], "Twilio"),
    "sendgrid": ("sendgrid", 11, g_sendgrid, ["SENDGRID_API_KEY", "SG_API_KEY", "SENDGRID_KEY"], "SendGrid"),
    "mailgun": ("mailgun", 7, g_mailgun, ["MAILGUN_API_KEY", "MAILGUN_KEY"], "Mailgun"),
    "telegram": ("telegram", 14, g_telegram, ["TELEGRAM_BOT_TOKEN", "BOT_TOKEN", "TG_TOKEN", "TELEGRAM_TOKEN"], "Telegram"),
    "discord_bot": ("discord", 10, g_discord_bot, ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN", "BOT_TOKEN"], "Discord"),
    "discord_hook": ("discord", 8, g_discord_hook, ["DISCORD_WEBHOOK_URL", "DISCORD_WEBHOOK"], "Discord"),
    "jwt": ("generic", 22, g_jwt, ["JWT_SECRET", "JWT_SECRET_KEY", "TOKEN_SECRET", "SESSION_SECRET", "JWT_SIGNING_KEY"], "Jwt"),
    "privkey": ("private-key", 24, None, [], "Ssh"),
    "azure": ("azure", 12, g_azure, ["AZURE_STORAGE_CONNECTION_STRING", "STORAGE_CONNECTION_STRING", "AzureWebJobsStorage"], "Storage"),
    "firebase_sa": ("firebase", 4, None, [], "Firebase"),
    "firebase_fcm": ("firebase", 4, g_fcm, ["FCM_SERVER_KEY", "FIREBASE_SERVER_KEY"], "Firebase"),
    "npm": ("npm", 8, g_npm, ["NPM_TOKEN", "NODE_AUTH_TOKEN"], "Npm"),
    "pypi": ("pypi", 6, g_pypi, ["PYPI_TOKEN", "PYPI_API_TOKEN", "TWINE_PASSWORD"], "PyPI"),
    "docker": ("docker", 6, g_docker, ["DOCKERHUB_TOKEN", "DOCKER_PASSWORD", "DOCKER_HUB_TOKEN"], "Docker"),
    "hf": ("huggingface", 10, g_hf, ["HF_TOKEN", "HUGGINGFACE_TOKEN", "HUGGING_FACE_HUB_TOKEN"], "HuggingFace"),
}
DBK = ("pg", "mysql", "mongo", "redis")
# kinds that generic key/value templates can carry (single-line values)
GENERIC_KINDS = [k for k in KINDS if k not in ("gcp_sa", "privkey", "firebase_sa")]

DOC_EXAMPLES = {
    "aws": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_test_..."],
    "azure": ["Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="],
    "slack_hook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "https://hooks.slack.com/services/XXX/YYY/ZZZ"],
    "telegram": ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11", "1234567890:XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "slack_bot": ["xoxb-your-bot-token", "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"],
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "github_pat_XXXXXXXX", "ghp_..."],
    "openai": ["sk-...", "sk-proj-xxxxxxxxxxxxxxxxxxxx", "sk-your-key-here"],
    "anthropic": ["sk-ant-...", "sk-ant-api03-xxxxxxxx"],
    "sendgrid": ["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "SG.your_api_key"],
    "discord_hook": ["https://discord.com/api/webhooks/<id>/<token>", "https://discord.com/api/webhooks/123456789012345678/XXXXXXXX"],
    "hf": ["hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "hf_..."],
    "npm": ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "google": ["AIza...", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "mailgun": ["key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "key-..."],
    "twilio": ["your_auth_token", "[AuthToken]"],
    "docker": ["dckr_pat_XXXXXXXXXXXX"],
    "pypi": ["pypi-AgEIcHlwaS5vcmc...", "pypi-<your-token>"],
}


def public_value(r, kind):
    """(name, value) of a public look-alike that can sit in the slot."""
    if kind == "stripe":
        return "STRIPE_PUBLISHABLE_KEY", "pk_live_" + rs(r, AN, 24)
    if kind == "twilio":
        return "TWILIO_ACCOUNT_SID", "AC" + rs(r, HEX, 32)
    if kind == "google":
        return "GOOGLE_CLIENT_ID", "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, LO + DG, 32))
    if kind == "openai":
        return "OPENAI_ORG_ID", "org-" + rs(r, AN, 24)
    if kind == "github":
        return "GITHUB_CLIENT_ID", "Iv1." + rs(r, HEX, 16)
    if kind == "discord_bot":
        return "DISCORD_PUBLIC_KEY", rs(r, HEX, 64)
    if kind == "slack_bot":
        return "SLACK_APP_ID", "A0" + rs(r, UP + DG, 9)
    if kind == "aws":
        return "AWS_ACCOUNT_ID", str(r.randint(10 ** 11, 10 ** 12 - 1))
    if kind == "telegram":
        return "TELEGRAM_CHAT_ID", "-100" + str(r.randint(10 ** 9, 10 ** 10))
    if kind == "sendgrid":
        return "SENDGRID_TEMPLATE_ID", "d-" + rs(r, HEX, 32)
    if kind == "hf":
        return "HF_MODEL_ID", "sentence-transformers/all-MiniLM-L6-v2"
    if kind == "mailgun":
        return "MAILGUN_DOMAIN", "mg." + domain(r)
    return None


# ---------------------------------------------------------------- name styles
def camel(n):
    p = n.lower().split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(n):
    return "".join(x.capitalize() for x in n.lower().split("_"))


def dotted(n):
    return n.lower().replace("_", ".")


def kebab(n):
    return n.lower().replace("_", "-")


FILLER = [("APP_ENV", "production"), ("PORT", "8080"), ("LOG_LEVEL", "info"), ("DEBUG", "false"), ("TZ", "Europe/Berlin"),
          ("CACHE_TTL", "3600"), ("MAX_UPLOAD_MB", "25"), ("FEATURE_NEW_CHECKOUT", "true"), ("WORKERS", "4"),
          ("REQUEST_TIMEOUT", "30"), ("LOCALE", "de_DE"), ("RATE_LIMIT_PER_MIN", "120"), ("RETRY_COUNT", "3"),
          ("ENABLE_METRICS", "true"), ("SENTRY_ENVIRONMENT", "prod"), ("PAGE_SIZE", "50")]


def filler(r, n):
    f = r.sample(FILLER, n)
    extra = [("APP_NAME", proj(r)), ("BASE_URL", "https://" + domain(r)), ("S3_REGION", r.choice(REGIONS))]
    return f + r.sample(extra, r.randint(0, 2))


def entries(r, ctx, nfill=None):
    """list of (NAME, value-or-Val); secret at a random position"""
    fl = filler(r, r.randint(1, 6) if nfill is None else nfill)
    comp = list(ctx["pairs"])
    body = fl + comp
    r.shuffle(body)
    body.insert(r.randint(0, len(body)), (ctx["name"], ctx["S"]))
    return body


def yv(v):
    """YAML plain scalar unless it would not parse as a string"""
    s = pv(v)
    if not s or s[0] in "*[]{}!&%@`|>'\"#,?:-<" or ": " in s or " #" in s:
        return '"%s"' % s.replace('"', '\\"')
    return s


def xe(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def qv(v, lang, qc='"'):
    return v.q(lang, qc) if isinstance(v, Val) else qc + v + qc


def pv(v):
    return v.v if isinstance(v, Val) else v


def header_comment(r, c="#"):
    return r.choice(["", "%s config for %s\n" % (c, proj(r)), "%s TODO: move to vault before release\n" % c,
                     "%s local settings - do not edit on server\n" % c, "%s Konfiguration\n" % c, "%s generated %d-%02d-%02d\n" % (c, r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)),
                     "%s %s: quick fix for staging\n" % (c, r.choice(FIRST))])


# ---------------------------------------------------------------- generic templates
def t_py_config(r, c):
    qc = r.choice(['"', "'"])
    lines = ["import os", ""] if r.random() < 0.6 else []
    for n, v in entries(r, c):
        if isinstance(v, Val) or not v.isdigit():
            lines.append("%s = %s" % (n, qv(v, "py", qc)))
        else:
            lines.append("%s = %s" % (n, v))
    return r.choice(["config.py", "app/config.py", "src/config.py", "settings/prod.py", "bot/config.py"]), header_comment(r) + "\n".join(lines) + "\n"


def t_django_settings(r, c):
    qc = r.choice(['"', "'"])
    pre = ['"""Django settings for %s project."""' % proj(r).replace("-", "_"), "from pathlib import Path", "import os", "",
           "BASE_DIR = Path(__file__).resolve().parent.parent", "",
           "SECRET_KEY = os.environ.get('DJANGO_SECRET_KEY')", "", "DEBUG = False", "ALLOWED_HOSTS = ['%s']" % domain(r), ""]
    body = ["INSTALLED_APPS = [", "    'django.contrib.admin',", "    'django.contrib.auth',", "    'rest_framework',", "]", ""]
    mid = ["%s = %s" % (n, qv(v, "py", qc)) for n, v in entries(r, c, r.randint(0, 2))]
    tail = ["", "STATIC_URL = '/static/'", "LANGUAGE_CODE = '%s'" % r.choice(["en-us", "de-de", "pt-br", "fr-fr"]), "USE_TZ = True"]
    if r.random() < 0.5:
        txt = pre + mid + [""] + body + tail
    else:
        txt = pre + body + ["# third-party"] + mid + tail
    return r.choice(["settings.py", "%s/settings.py" % proj(r).replace("-", "_"), "config/settings/production.py"]), "\n".join(txt) + "\n"


def t_js_config(r, c):
    qc = r.choice(['"', "'"])
    es = r.random() < 0.4
    lines = ["export default {" if es else "module.exports = {"]
    for n, v in entries(r, c):
        lines.append("  %s: %s," % (camel(n), qv(v, "js", qc)))
    lines.append("};")
    return r.choice(["config.js", "src/config.js", "config/default.js", "server/config.js"]), header_comment(r, "//") + "\n".join(lines) + "\n"


def t_ts_config(r, c):
    lines = ["export const config = {"]
    for n, v in entries(r, c):
        lines.append("  %s: %s," % (camel(n), qv(v, "ts", "'")))
    lines += ["} as const;", "", "export type Config = typeof config;"]
    return r.choice(["src/config/index.ts", "src/env.ts", "lib/config.ts"]), "\n".join(lines) + "\n"


def t_spring_props(r, c):
    pre = ["spring.application.name=%s" % proj(r), "server.port=%d" % r.choice([8080, 8081, 9000])]
    sec = kebab(c["section"]) if r.random() < 0.6 else "app"
    lines = list(pre)
    for n, v in entries(r, c, r.randint(0, 3)):
        lines.append("%s.%s=%s" % (sec, dotted(n), pv(v)))
    lines += ["management.endpoints.web.exposure.include=health,info", "logging.level.root=%s" % r.choice(["INFO", "WARN"])]
    return r.choice(["src/main/resources/application.properties", "src/main/resources/application-prod.properties"]), "\n".join(lines) + "\n"


def t_spring_yaml(r, c):
    lines = ["server:", "  port: %d" % r.choice([8080, 8443]), "spring:", "  application:", "    name: %s" % proj(r), "%s:" % kebab(c["section"]).replace("-", "")]
    for n, v in entries(r, c, r.randint(0, 3)):
        val = yv(v)
        if r.random() < 0.4 and not val.startswith('"'):
            val = '"%s"' % val
        lines.append("  %s: %s" % (kebab(n), val))
    if r.random() < 0.5:
        lines += ["logging:", "  level:", "    root: INFO"]
    return r.choice(["src/main/resources/application.yml", "config/application.yaml", "config.yaml"]), "\n".join(lines) + "\n"


def t_appsettings(r, c):
    sec = {}
    for n, v in entries(r, c, r.randint(0, 2)):
        sec[pascal(n)] = qv(v, "json")
    lines = ["{", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information",', '      "Microsoft.AspNetCore": "Warning"', "    }", "  },",
             '  "AllowedHosts": "*",', '  "%s": {' % c["section"]]
    items = list(sec.items())
    for i, (k, v) in enumerate(items):
        lines.append('    "%s": %s%s' % (k, v, "," if i < len(items) - 1 else ""))
    lines += ["  }", "}"]
    return r.choice(["appsettings.json", "appsettings.Production.json", "src/Api/appsettings.Development.json"]), "\n".join(lines) + "\n"


def t_compose(r, c):
    svc = r.choice(["api", "web", "worker", "bot", "backend"])
    lines = ["version: \"3.8\"", "services:", "  %s:" % svc, "    build: .", "    ports:", '      - "%d:8080"' % r.choice([80, 8080, 3000]), "    environment:"]
    list_style = r.random() < 0.5
    for n, v in entries(r, c, r.randint(0, 3)):
        lines.append("      - %s=%s" % (n, pv(v)) if list_style else "      %s: %s" % (n, yv(v) if r.random() < 0.6 else '"%s"' % pv(v)))
    lines += ["    restart: unless-stopped"]
    if r.random() < 0.5:
        lines += ["  redis:", "    image: redis:7-alpine"]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "compose.yaml", "deploy/docker-compose.yml"]), "\n".join(lines) + "\n"


def t_sh_export(r, c):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", ""]
    for n, v in entries(r, c):
        lines.append('export %s="%s"' % (n, pv(v)))
    lines += ["", r.choice(["python manage.py migrate", "node dist/server.js", "./gradlew bootRun", "docker compose up -d", "npm run start:prod"])]
    return r.choice(["deploy.sh", "scripts/deploy.sh", "run_local.sh", "bin/start.sh", "scripts/setup_env.sh"]), "\n".join(lines) + "\n"


def t_tfvars(r, c):
    lines = ['project     = "%s"' % proj(r), 'environment = "%s"' % r.choice(["prod", "staging"]), 'region      = "%s"' % r.choice(REGIONS)]
    for n, v in entries(r, c, 0):
        lines.append('%s = %s' % (n.lower(), qv(v, "tf")))
    return r.choice(["terraform.tfvars", "infra/prod.tfvars", "terraform/envs/prod/terraform.tfvars"]), "\n".join(lines) + "\n"


def t_tf_locals(r, c):
    lines = ['terraform {', '  required_version = ">= 1.5"', '}', '', 'locals {', '  app_name = "%s"' % proj(r)]
    for n, v in entries(r, c, 0):
        lines.append('  %s = %s' % (n.lower(), qv(v, "tf")))
    lines += ['}', '', 'resource "aws_lambda_function" "app" {', '  function_name = local.app_name', '  runtime       = "python3.12"',
              '  handler       = "app.handler"', '  environment {', '    variables = {', '      %s = local.%s' % (c["name"], c["name"].lower()), '    }', '  }', '}']
    return r.choice(["main.tf", "infra/lambda.tf", "terraform/main.tf"]), "\n".join(lines) + "\n"


def t_gha(r, c):
    lines = ["name: %s" % r.choice(["CI", "Deploy", "Release", "Nightly"]), "", "on:", "  push:", "    branches: [ main ]", "", "env:"]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append("  %s: %s" % (n, yv(v)))
    lines += ["", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
              "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20", "      - run: npm ci && npm test"]
    return ".github/workflows/%s.yml" % r.choice(["ci", "deploy", "release", "main", "build"]), "\n".join(lines) + "\n"


def t_gitlab(r, c):
    lines = ["stages:", "  - test", "  - deploy", "", "variables:"]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append('  %s: "%s"' % (n, pv(v)))
    lines += ["", "deploy:", "  stage: deploy", "  image: alpine:3.19", "  script:", "    - ./scripts/deploy.sh", "  only:", "    - main"]
    return ".gitlab-ci.yml", "\n".join(lines) + "\n"


def t_k8s_secret(r, c):
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-secrets" % proj(r), "  namespace: %s" % r.choice(["default", "prod", "apps"]), "type: Opaque", "stringData:"]
    for n, v in entries(r, c, 0):
        lines.append("  %s: %s" % (n, '"%s"' % pv(v) if r.random() < 0.6 else yv(v)))
    return r.choice(["k8s/secret.yaml", "deploy/k8s/secrets.yaml", "manifests/app-secret.yml"]), "\n".join(lines) + "\n"


def t_k8s_deploy(r, c):
    app = proj(r)
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "spec:", "  replicas: %d" % r.randint(1, 4),
             "  selector:", "    matchLabels:", "      app: %s" % app, "  template:", "    metadata:", "      labels:", "        app: %s" % app,
             "    spec:", "      containers:", "        - name: %s" % app, "          image: ghcr.io/%s/%s:%s" % (r.choice(FIRST), app, r.choice(["latest", "1.4.2", "main"])), "          env:"]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines += ["            - name: %s" % n, '              value: "%s"' % pv(v)]
    return r.choice(["k8s/deployment.yaml", "deploy/deployment.yml", "kubernetes/app.yaml"]), "\n".join(lines) + "\n"


def t_configmap(r, c):
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-config" % proj(r), "data:"]
    for n, v in entries(r, c):
        lines.append('  %s: "%s"' % (n, pv(v)))
    return r.choice(["k8s/configmap.yaml", "deploy/base/configmap.yml"]), "\n".join(lines) + "\n"


def t_helm_values(r, c):
    lines = ["replicaCount: 2", "image:", "  repository: %s/%s" % (r.choice(FIRST), proj(r)), "  tag: \"%d.%d.%d\"" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
             "service:", "  type: ClusterIP", "  port: 80", "env:"]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append("  %s: %s" % (n, '"%s"' % pv(v)))
    return r.choice(["helm/values.yaml", "charts/%s/values-prod.yaml" % proj(r), "deploy/values.yaml"]), "\n".join(lines) + "\n"


def t_readme(r, c):
    n = c["name"]
    v = pv(c["S"])
    pre = ["# %s" % proj(r), "", r.choice(["Small service for internal use.", "Prototype - work in progress.", "Hackathon project."]), "", "## Setup", "",
           "```bash", "git clone https://github.com/%s/%s.git" % (r.choice(FIRST), proj(r)), "npm install", "```", ""]
    if r.random() < 0.5:
        mid = ["## Configuration", "", "Set the following before running:", "", "```", "%s=%s" % (n, v)] + ["%s=%s" % p for p in c["pairs"]] + ["```", ""]
    else:
        mid = ["## Quick test", "", "```bash", "export %s=%s" % (n, v)] + ["export %s=%s" % p for p in c["pairs"]] + ["./run.sh", "```", ""]
    post = ["## License", "", "MIT"]
    return r.choice(["README.md", "docs/SETUP.md", "README.md"]), "\n".join(pre + mid + post) + "\n"


def t_pytest(r, c):
    qc = r.choice(['"', "'"])
    mod = proj(r).replace("-", "_")
    lines = ["import pytest", "from %s.client import Client" % mod, "", ""]
    for n, v in c["pairs"]:
        lines.append("%s = %s" % (n, qv(v, "py", qc)))
    lines.append("%s = %s  # %s" % (c["name"], qv(c["S"], "py", qc), r.choice(["TODO remove", "works for now", "prod key, careful", "from dashboard"])))
    lines += ["", "", "@pytest.fixture", "def client():", "    return Client(%s)" % c["name"], "", "", "def test_ping(client):", "    assert client.ping() is True", ""]
    return r.choice(["tests/test_client.py", "tests/integration/test_api.py", "test_integration.py"]), "\n".join(lines)


def t_jest(r, c):
    lines = ["const { createClient } = require('../src/client');", "", "const %s = %s;" % (camel(c["name"]), qv(c["S"], "js", "'")), "",
             "describe('client', () => {", "  it('connects', async () => {", "    const client = createClient({ key: %s });" % camel(c["name"]),
             "    await expect(client.ping()).resolves.toBe(true);", "  });", "});"]
    return r.choice(["__tests__/client.test.js", "test/api.spec.js", "src/__tests__/integration.test.js"]), "\n".join(lines) + "\n"


def t_postman_env(r, c):
    vals = [{"key": "baseUrl", "value": "https://api.%s" % domain(r), "type": "default", "enabled": True}]
    for n, v in entries(r, c, 0):
        vals.append({"key": camel(n), "value": pv(v), "type": "secret" if v is c["S"] else "default", "enabled": True})
    d = {"id": uuid4(r), "name": "%s %s" % (proj(r), r.choice(["prod", "staging", "dev"])), "values": vals,
         "_postman_variable_scope": "environment", "_postman_exported_at": "2024-%02d-%02dT10:%02d:11.123Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
         "_postman_exported_using": "Postman/10.%d.%d" % (r.randint(0, 24), r.randint(0, 9))}
    return "postman/%s.postman_environment.json" % proj(r), json.dumps(d, indent="\t") + "\n"


def t_postman_coll(r, c):
    v = pv(c["S"])
    hdr = r.choice(["Authorization", "X-API-Key", "api-key"])
    hv = ("Bearer " + v) if hdr == "Authorization" else v
    d = {"info": {"_postman_id": uuid4(r), "name": "%s API" % proj(r), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": r.choice(["List orders", "Get user", "Create invoice", "Send message"]),
                   "request": {"method": r.choice(["GET", "POST"]), "header": [{"key": hdr, "value": hv, "type": "text"}, {"key": "Content-Type", "value": "application/json"}],
                               "url": {"raw": "https://api.%s/v1/%s" % (domain(r), r.choice(["orders", "users", "messages"])), "protocol": "https"}}}]}
    return "%s.postman_collection.json" % proj(r).replace("-", "_"), json.dumps(d, indent="\t") + "\n"


def nb(cells):
    out = []
    for kind, src, outputs in cells:
        lines = src.split("\n")
        s = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        if kind == "code":
            out.append({"cell_type": "code", "execution_count": None if outputs is None else 1, "metadata": {}, "outputs": outputs or [], "source": s})
        else:
            out.append({"cell_type": "markdown", "metadata": {}, "source": s})
    ec = 1
    for c in out:
        if c["cell_type"] == "code" and c["execution_count"] is not None:
            c["execution_count"] = ec; ec += 1
    d = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.5"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(d, indent=1, ensure_ascii=False) + "\n"


def stream(text):
    return [{"name": "stdout", "output_type": "stream", "text": [l + "\n" for l in text.split("\n")]}]


def t_notebook(r, c):
    v = c["S"]
    style = r.random()
    if style < 0.5:
        setup = "import os\nos.environ[%s] = %s" % ('"%s"' % c["name"], qv(v, "py"))
    else:
        setup = "%s = %s" % (c["name"].lower(), qv(v, "py"))
    cells = [("markdown", "# %s exploration\nQuick analysis, %s" % (proj(r), r.choice(["draft", "v2", "do not share"])), None),
             ("code", "import pandas as pd\nimport numpy as np", []),
             ("code", setup, []),
             ("code", "df = pd.read_csv('data/%s.csv')\ndf.shape" % r.choice(["orders", "events", "users"]),
              [{"data": {"text/plain": ["(%d, %d)" % (r.randint(100, 90000), r.randint(3, 40))]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}]),
             ("code", "df.describe()", None)]
    if r.random() < 0.5:
        cells.insert(1, ("code", "!pip install -q %s" % r.choice(["openai", "requests", "boto3", "slack_sdk", "stripe"]), stream("Successfully installed")))
    return r.choice(["notebooks/exploration.ipynb", "analysis.ipynb", "notebooks/%s_eda.ipynb" % proj(r).replace("-", "_"), "Untitled.ipynb"]), nb(cells)


def t_dotenv(r, c):
    lines = []
    for n, v in entries(r, c):
        lines.append("%s=%s" % (n, pv(v)))
    return r.choice([".env", ".env.local", ".env.production"]), header_comment(r) + "\n".join(lines) + "\n"


def t_streamlit(r, c):
    lines = ["# .streamlit/secrets.toml"] if r.random() < 0.3 else []
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append('%s = "%s"' % (n, pv(v)) if not pv(v).isdigit() else "%s = %s" % (n, pv(v)))
    return ".streamlit/secrets.toml", "\n".join(lines) + "\n"


def t_webconfig(r, c):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
    for n, v in entries(r, c):
        lines.append('    <add key="%s" value="%s" />' % (pascal(n), xe(pv(v))))
    lines += ["  </appSettings>", "  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', "  </system.web>", "</configuration>"]
    return r.choice(["Web.config", "src/App/Web.config", "App.config"]), "\n".join(lines) + "\n"


def t_php(r, c):
    lines = ["<?php", ""]
    for n, v in entries(r, c):
        lines.append("define('%s', %s);" % (n, qv(v, "php", "'")))
    return r.choice(["config/config.php", "includes/config.php", "app/config.php"]), "\n".join(lines) + "\n"


def t_rails(r, c):
    k = c["name"].lower()
    lines = ["# frozen_string_literal: true", "", "Rails.application.configure do"]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append("  config.x.%s.%s = %s" % (c["section"].lower(), n.lower(), qv(v, "rb", "'")))
    lines.append("end")
    return "config/initializers/%s.rb" % c["section"].lower(), "\n".join(lines) + "\n"


def t_go(r, c):
    lines = ["package main", "", "import (", '\t"log"', '\t"net/http"', ")", "", "const ("]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append("\t%s = %s" % (camel(n), qv(v, "go")))
    lines += [")", "", "func main() {", '\tlog.Println("starting on :8080")', "\tlog.Fatal(http.ListenAndServe(\":8080\", nil))", "}"]
    if any(isinstance(v, Val) and "go" in v.exprs for v in [c["S"]]):
        lines[7] = "var ("
        lines.insert(4, '\t"os"')
    return r.choice(["main.go", "cmd/server/main.go", "internal/config/config.go"]), "\n".join(lines) + "\n"


def t_java(r, c):
    lines = ["package com.%s.config;" % proj(r).replace("-", ""), "", "public final class AppConfig {", "    private AppConfig() {}", ""]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append("    public static final String %s = %s;" % (n, qv(v, "java")))
    lines.append("}")
    return "src/main/java/com/%s/config/AppConfig.java" % proj(r).replace("-", ""), "\n".join(lines) + "\n"


def t_ini(r, c):
    lines = ["[app]", "name = %s" % proj(r), "debug = false", "", "[%s]" % c["section"].lower()]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append("%s = %s" % (n.lower(), pv(v)))
    return r.choice(["config.ini", "settings.ini", "conf/app.cfg"]), "\n".join(lines) + "\n"


def t_config_json(r, c):
    d = {"name": proj(r), "port": r.choice([3000, 8080])}
    sec = {}
    for n, v in entries(r, c, r.randint(0, 2)):
        sec[camel(n)] = pv(v)
    d[c["section"][0].lower() + c["section"][1:]] = sec
    return r.choice(["config/default.json", "config/production.json", "config.json"]), json.dumps(d, indent=2) + "\n"


def t_dockerfile(r, c):
    lines = ["FROM %s" % r.choice(["node:20-alpine", "python:3.12-slim", "eclipse-temurin:21-jre"]), "WORKDIR /app", "COPY . ."]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append('ENV %s="%s"' % (n, pv(v)) if r.random() < 0.5 else "ENV %s=%s" % (n, pv(v)))
    lines += ["EXPOSE 8080", 'CMD ["./start.sh"]']
    return r.choice(["Dockerfile", "docker/Dockerfile", "Dockerfile.prod"]), "\n".join(lines) + "\n"


def t_ansible(r, c):
    lines = ["---", "app_user: deploy", "app_dir: /opt/%s" % proj(r)]
    for n, v in entries(r, c, 0):
        lines.append('%s: "%s"' % (n.lower(), pv(v)))
    return r.choice(["group_vars/all.yml", "inventories/prod/group_vars/web.yml", "roles/app/defaults/main.yml"]), "\n".join(lines) + "\n"


def t_serverless(r, c):
    lines = ["service: %s" % proj(r), "frameworkVersion: '3'", "provider:", "  name: aws", "  runtime: nodejs18.x", "  region: %s" % r.choice(REGIONS), "  environment:"]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append("    %s: %s" % (n, yv(v)))
    lines += ["functions:", "  api:", "    handler: handler.main", "    events:", "      - httpApi: '*'"]
    return "serverless.yml", "\n".join(lines) + "\n"


def t_local_settings(r, c):
    vals = {"FUNCTIONS_WORKER_RUNTIME": r.choice(["python", "node", "dotnet-isolated"])}
    for n, v in entries(r, c, 0):
        vals[n] = pv(v)
    d = {"IsEncrypted": False, "Values": vals}
    return "local.settings.json", json.dumps(d, indent=2) + "\n"


def t_launch_json(r, c):
    env = {}
    for n, v in entries(r, c, r.randint(0, 2)):
        env[n] = pv(v)
    d = {"version": "0.2.0", "configurations": [{"type": r.choice(["node", "debugpy"]), "request": "launch", "name": "Launch %s" % proj(r), "program": "${workspaceFolder}/%s" % r.choice(["src/index.js", "app.py"]), "env": env}]}
    return ".vscode/launch.json", json.dumps(d, indent=4) + "\n"


def t_ps1(r, c):
    lines = ["# deploy helper", "$ErrorActionPreference = 'Stop'"]
    for n, v in entries(r, c):
        lines.append("$env:%s = %s" % (n, qv(v, "ps1")))
    lines.append("dotnet run --project src/Api")
    return r.choice(["scripts/run-local.ps1", "deploy.ps1"]), "\n".join(lines) + "\n"


def t_makefile(r, c):
    lines = ["# Makefile"]
    for n, v in entries(r, c, r.randint(0, 2)):
        lines.append("export %s ?= %s" % (n, pv(v)))
    lines += ["", ".PHONY: run", "run:", "\tgo run ./cmd/server", "", "deploy:", "\t./scripts/deploy.sh"]
    return "Makefile", "\n".join(lines) + "\n"


# ---------------------------------------------------------------- kind-specific templates
def t_aws_credentials(r, c):
    ak = dict(c["pairs"])["AWS_ACCESS_KEY_ID"]
    prof = r.choice(["default", "default", "prod", proj(r)])
    lines = ["[%s]" % prof, "aws_access_key_id = %s" % ak, "aws_secret_access_key = %s" % c["S"].v]
    if r.random() < 0.5:
        lines.append("region = %s" % dict(c["pairs"])["AWS_DEFAULT_REGION"])
    return r.choice([".aws/credentials", "aws/credentials", "deploy/aws_credentials", "credentials"]), "\n".join(lines) + "\n"


def t_boto3(r, c):
    p = dict(c["pairs"])
    lines = ["import boto3", "", "", "def get_client():", "    return boto3.client(", "        '%s'," % r.choice(["s3", "sqs", "ses", "dynamodb"]),
             "        aws_access_key_id='%s'," % p["AWS_ACCESS_KEY_ID"], "        aws_secret_access_key=%s," % c["S"].q("py", "'"),
             "        region_name='%s'," % p["AWS_DEFAULT_REGION"], "    )", ""]
    return r.choice(["utils/aws.py", "app/storage.py", "upload_to_s3.py", "scripts/backup.py"]), "\n".join(lines)


def t_aws_js(r, c):
    p = dict(c["pairs"])
    lines = ["import { S3Client } from '@aws-sdk/client-s3';", "", "export const s3 = new S3Client({", "  region: '%s'," % p["AWS_DEFAULT_REGION"],
             "  credentials: {", "    accessKeyId: '%s'," % p["AWS_ACCESS_KEY_ID"], "    secretAccessKey: %s," % c["S"].q("js", "'"), "  },", "});"]
    return r.choice(["src/lib/s3.js", "lib/aws.ts", "server/storage.js"]), "\n".join(lines) + "\n"


def t_tf_aws_provider(r, c):
    p = dict(c["pairs"])
    lines = ['provider "aws" {', '  region     = "%s"' % p["AWS_DEFAULT_REGION"], '  access_key = "%s"' % p["AWS_ACCESS_KEY_ID"], '  secret_key = %s' % c["S"].q("tf"), '}', '',
             'resource "aws_s3_bucket" "assets" {', '  bucket = "%s-assets"' % proj(r), '}']
    return r.choice(["provider.tf", "infra/main.tf", "terraform/providers.tf"]), "\n".join(lines) + "\n"


def t_django_db(r, c):
    p = dict(c["pairs"])
    eng = r.choice(["postgresql", "mysql"])
    lines = ["DATABASES = {", "    'default': {", "        'ENGINE': 'django.db.backends.%s'," % eng, "        'NAME': '%s'," % proj(r).replace("-", "_"),
             "        'USER': '%s'," % p.get("DB_USER", "app"), "        'PASSWORD': %s," % c["S"].q("py", "'"), "        'HOST': '%s'," % p.get("DB_HOST", "localhost"),
             "        'PORT': '%s'," % ("5432" if eng == "postgresql" else "3306"), "    }", "}"]
    pre = ["from .base import *  # noqa", "", "DEBUG = False", ""]
    return r.choice(["config/settings/production.py", "%s/settings_prod.py" % proj(r).replace("-", "_")]), "\n".join(pre + lines) + "\n"


def t_sqlalchemy(r, c):
    lines = ["from sqlalchemy import create_engine", "from sqlalchemy.orm import sessionmaker", "", 'SQLALCHEMY_DATABASE_URL = "%s"' % c["U"].v, "",
             "engine = create_engine(SQLALCHEMY_DATABASE_URL, pool_pre_ping=True)", "SessionLocal = sessionmaker(bind=engine)"]
    return r.choice(["app/db.py", "database.py", "src/db/session.py"]), "\n".join(lines) + "\n"


def t_mongoose(r, c):
    lines = ["const mongoose = require('mongoose');", "", "mongoose", "  .connect('%s')" % c["U"].v, "  .then(() => console.log('MongoDB connected'))", "  .catch((err) => console.error(err));"]
    return r.choice(["db.js", "src/db/connect.js", "server/db.js"]), "\n".join(lines) + "\n"


def t_redis_py(r, c):
    p = dict(c["pairs"])
    lines = ["import redis", "", "r = redis.Redis(", "    host='%s'," % p.get("DB_HOST", "localhost").replace("db.", "redis.", 1), "    port=6379,", "    password=%s," % c["S"].q("py", "'"), "    decode_responses=True,", ")"]
    return r.choice(["cache.py", "app/cache.py"]), "\n".join(lines) + "\n"


def t_spring_datasource(r, c):
    p = dict(c["pairs"])
    lines = ["spring.datasource.url=jdbc:%s://%s/%s" % (r.choice(["postgresql", "mysql"]), p.get("DB_HOST", "localhost"), proj(r).replace("-", "_")),
             "spring.datasource.username=%s" % p.get("DB_USER", "app"), "spring.datasource.password=%s" % c["S"].v,
             "spring.jpa.hibernate.ddl-auto=validate", "spring.jpa.show-sql=false"]
    return "src/main/resources/application.properties", "\n".join(lines) + "\n"


def t_appsettings_conn(r, c):
    p = dict(c["pairs"])
    cs = "Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True;" % (
        r.choice(["tcp:%s.database.windows.net,1433" % proj(r), p.get("DB_HOST", "localhost")]), pascal(proj(r).replace("-", "_")), p.get("DB_USER", "sa"), c["S"].v)
    lines = ["{", '  "ConnectionStrings": {', '    "DefaultConnection": "%s"' % cs, "  },", '  "Logging": {', '    "LogLevel": {', '      "Default": "Information"', "    }", "  }", "}"]
    return r.choice(["appsettings.json", "src/WebApi/appsettings.Production.json"]), "\n".join(lines) + "\n"


def t_compose_db(r, c):
    img = r.choice(["postgres:16", "mysql:8.0", "mariadb:11"])
    var = {"postgres:16": "POSTGRES_PASSWORD", "mysql:8.0": "MYSQL_ROOT_PASSWORD", "mariadb:11": "MARIADB_ROOT_PASSWORD"}[img]
    lines = ["services:", "  db:", "    image: %s" % img, "    environment:", "      %s: %s" % (var, yv(c["S"])), "    volumes:", "      - dbdata:/var/lib/data", "volumes:", "  dbdata:"]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml"]), "\n".join(lines) + "\n"


def t_wp_config(r, c):
    lines = ["<?php", "define( 'DB_NAME', 'wp_%s' );" % proj(r).replace("-", ""), "define( 'DB_USER', '%s' );" % r.choice(["wpuser", "wordpress", "admin"]),
             "define( 'DB_PASSWORD', %s );" % c["S"].q("php", "'"), "define( 'DB_HOST', 'localhost' );", "define( 'DB_CHARSET', 'utf8mb4' );", "$table_prefix = 'wp_';"]
    return "wp-config.php", "\n".join(lines) + "\n"


def t_nodemailer(r, c):
    lines = ["const nodemailer = require('nodemailer');", "", "const transporter = nodemailer.createTransport({", "  host: 'smtp.%s'," % r.choice(["gmail.com", "office365.com", domain(r)]),
             "  port: 587,", "  auth: {", "    user: '%s@%s'," % (r.choice(FIRST), domain(r)), "    pass: %s," % c["S"].q("js", "'"), "  },", "});", "", "module.exports = transporter;"]
    return r.choice(["mailer.js", "src/utils/mail.js"]), "\n".join(lines) + "\n"


def t_pgpass(r, c):
    p = dict(c["pairs"])
    return ".pgpass", "%s:5432:%s:%s:%s\n" % (p.get("DB_HOST", "localhost"), proj(r).replace("-", "_"), p.get("DB_USER", "postgres"), c["S"].v)


def t_azure_py(r, c):
    lines = ["from azure.storage.blob import BlobServiceClient", "", 'CONN_STR = "%s"' % c["U"].v, "", "client = BlobServiceClient.from_connection_string(CONN_STR)",
             "container = client.get_container_client('%s')" % r.choice(["uploads", "images", "exports"])]
    return r.choice(["storage.py", "app/blob.py"]), "\n".join(lines) + "\n"


def t_azure_appsettings(r, c):
    lines = ["{", '  "AzureStorage": {', '    "ConnectionString": "%s",' % c["U"].v, '    "Container": "%s"' % r.choice(["uploads", "media"]), "  }", "}"]
    return "appsettings.json", "\n".join(lines) + "\n"


def sa_json(r, c, firebase=False):
    p = proj(r) + "-" + str(r.randint(100000, 999999))
    em = ("firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(r, LO + DG, 5), p)) if firebase else ("%s@%s.iam.gserviceaccount.com" % (r.choice(["deployer", "bq-reader", "ci", "storage-sa"]), p))
    return {"type": "service_account", "project_id": p, "private_key_id": rs(r, HEX, 40), "private_key": c["S"].v, "client_email": em,
            "client_id": str(r.randint(10 ** 20, 10 ** 21 - 1)), "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + em.replace("@", "%40"), "universe_domain": "googleapis.com"}


def t_sa_file(r, c):
    fb = c["kind"] == "firebase_sa"
    d = sa_json(r, c, fb)
    path = r.choice(["serviceAccountKey.json", "config/firebase-adminsdk.json", "functions/service-account.json"]) if fb else \
        r.choice(["credentials.json", "gcp-key.json", "keys/%s.json" % d["project_id"], "service-account.json"])
    return path, json.dumps(d, indent=2) + "\n"


def t_sa_k8s(r, c):
    d = sa_json(r, c, c["kind"] == "firebase_sa")
    js = json.dumps(d, indent=2).split("\n")
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: gcp-credentials", "type: Opaque", "stringData:", "  key.json: |"] + ["    " + l for l in js]
    return r.choice(["k8s/gcp-secret.yaml", "deploy/gcp-sa.yaml"]), "\n".join(lines) + "\n"


def t_sa_py(r, c):
    d = sa_json(r, c, c["kind"] == "firebase_sa")
    js = json.dumps(d, indent=4).split("\n")
    lines = ["from google.oauth2 import service_account", "", "SERVICE_ACCOUNT_INFO = " + js[0]] + js[1:] + ["", "creds = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)"]
    return r.choice(["gcp_auth.py", "scripts/bq_export.py"]), "\n".join(lines) + "\n"


def t_pem_file(r, c):
    t = c.get("pktype", "rsa")
    if t == "openssh":
        path = r.choice(["id_ed25519", ".ssh/id_ed25519", "deploy/deploy_key", "keys/github_deploy"])
    elif t == "ec":
        path = r.choice(["certs/server.key", "keys/ec-private.pem", "jwt/private.pem"])
    else:
        path = r.choice(["id_rsa", ".ssh/id_rsa", "certs/server.key", "keys/private.pem", "config/jwt/private.pem", "ssl/privkey.pem"])
    return path, c["S"].v


def t_pem_k8s_tls(r, c):
    crt = cert_pem(r)
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % proj(r), "type: kubernetes.io/tls", "stringData:", "  tls.crt: |"] + \
        ["    " + l for l in crt.strip().split("\n")] + ["  tls.key: |"] + ["    " + l for l in c["S"].v.strip().split("\n")]
    return r.choice(["k8s/tls-secret.yaml", "deploy/ingress-tls.yaml"]), "\n".join(lines) + "\n"


def t_pem_py(r, c):
    lines = ["import jwt", "", 'PRIVATE_KEY = """' + c["S"].v.rstrip("\n") + '"""', "", "", "def sign(payload):", "    return jwt.encode(payload, PRIVATE_KEY, algorithm='%s')" % ("ES256" if "BEGIN EC" in c["S"].v else "RS256")]
    return r.choice(["auth/keys.py", "app/jwt_utils.py"]), "\n".join(lines) + "\n"


def t_pem_gha(r, c):
    lines = ["name: deploy", "on: workflow_dispatch", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - name: ssh key", "        run: |", "          mkdir -p ~/.ssh", "          cat > ~/.ssh/id_deploy <<'EOF'"] + \
        ["          " + l for l in c["S"].v.strip().split("\n")] + ["          EOF", "          chmod 600 ~/.ssh/id_deploy", "      - run: ssh -i ~/.ssh/id_deploy deploy@%s './update.sh'" % domain(r)]
    return ".github/workflows/deploy.yml", "\n".join(lines) + "\n"


def t_slack_webclient(r, c):
    lines = ["from slack_sdk import WebClient", "", "client = WebClient(token=%s)" % c["S"].q("py", r.choice(['"', "'"])), "",
             "def notify(text):", "    client.chat_postMessage(channel='%s', text=text)" % r.choice(["#alerts", "#general", "#ops"])]
    return r.choice(["slack_notify.py", "bot/slack.py", "alerts.py"]), "\n".join(lines) + "\n"


def t_webhook_sh(r, c):
    lines = ["#!/bin/sh", "# notify channel after deploy", 'MSG="Deployed $(git rev-parse --short HEAD) to %s"' % r.choice(["prod", "staging"])]
    if c["kind"] == "slack_hook":
        lines.append("curl -s -X POST -H 'Content-type: application/json' --data \"{\\\"text\\\": \\\"$MSG\\\"}\" %s" % c["S"].v)
    else:
        lines.append("curl -s -H 'Content-Type: application/json' -d \"{\\\"content\\\": \\\"$MSG\\\"}\" %s" % c["S"].v)
    return r.choice(["scripts/notify.sh", "notify.sh", "ci/post_deploy.sh"]), "\n".join(lines) + "\n"


def t_alertmanager(r, c):
    lines = ["global:", "  resolve_timeout: 5m", "route:", "  receiver: slack-notifications", "receivers:", "  - name: slack-notifications", "    slack_configs:",
             "      - api_url: %s" % yv(c["S"]), "        channel: '#%s'" % r.choice(["alerts", "oncall", "monitoring"]), "        send_resolved: true"]
    return r.choice(["alertmanager.yml", "monitoring/alertmanager/config.yml"]), "\n".join(lines) + "\n"


def t_telegram_bot(r, c):
    p = dict(c["pairs"])
    lines = ["import requests", "", "TOKEN = %s" % c["S"].q("py", "'"), "CHAT_ID = '%s'" % p.get("TELEGRAM_CHAT_ID", "-100" + str(r.randint(10 ** 9, 10 ** 10))), "",
             "def send(text):", "    url = f'https://api.telegram.org/bot{TOKEN}/sendMessage'", "    requests.post(url, data={'chat_id': CHAT_ID, 'text': text})"]
    if r.random() < 0.4:
        lines = ["import os", "from telegram.ext import ApplicationBuilder, CommandHandler", "", "async def start(update, context):", "    await update.message.reply_text('Привет!')", "",
                 "app = ApplicationBuilder().token(%s).build()" % c["S"].q("py", '"'), "app.add_handler(CommandHandler('start', start))", "app.run_polling()"]
    return r.choice(["bot.py", "telegram_bot/main.py", "notify_tg.py"]), "\n".join(lines) + "\n"


def t_telegram_url(r, c):
    lines = ["#!/bin/bash", "# send backup status to telegram", "STATUS=$?", 'curl -s "https://api.telegram.org/bot%s/sendMessage" -d chat_id=%s -d text="backup exit $STATUS"' % (c["S"].v, "-100" + str(r.randint(10 ** 9, 10 ** 10)))]
    return r.choice(["backup.sh", "scripts/tg_notify.sh"]), "\n".join(lines) + "\n"


def t_discord_bot(r, c):
    if r.random() < 0.5:
        lines = ["const { Client, GatewayIntentBits } = require('discord.js');", "const client = new Client({ intents: [GatewayIntentBits.Guilds] });", "",
                 "client.once('ready', () => console.log(`Logged in as ${client.user.tag}`));", "", "client.login(%s);" % c["S"].q("js", "'")]
        return r.choice(["index.js", "bot.js", "src/bot.js"]), "\n".join(lines) + "\n"
    lines = ["import discord", "", "intents = discord.Intents.default()", "client = discord.Client(intents=intents)", "", "@client.event", "async def on_ready():",
             "    print(f'ready: {client.user}')", "", "client.run(%s)" % c["S"].q("py", "'")]
    return r.choice(["bot.py", "main.py"]), "\n".join(lines) + "\n"


def t_openai_client(r, c):
    lines = ["from openai import OpenAI", "", "client = OpenAI(api_key=%s)" % c["S"].q("py", '"'), "", "resp = client.chat.completions.create(",
             "    model='%s'," % r.choice(["gpt-4o-mini", "gpt-4o"]), "    messages=[{'role': 'user', 'content': 'Summarize: ' + text}],", ")", "print(resp.choices[0].message.content)"]
    return r.choice(["app.py", "summarize.py", "llm/client.py", "chatbot.py"]), "\n".join(lines) + "\n"


def t_openai_nb(r, c):
    cells = [("code", "from openai import OpenAI\nclient = OpenAI(api_key=%s)" % c["S"].q("py", '"'), []),
             ("code", "r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role':'user','content':'hi'}])\nprint(r.choices[0].message.content)",
              stream("Hello! How can I help you today?"))]
    return r.choice(["notebooks/llm_test.ipynb", "openai_demo.ipynb"]), nb(cells)


def t_anthropic_client(r, c):
    lines = ["import anthropic", "", "client = anthropic.Anthropic(", "    api_key=%s," % c["S"].q("py", '"'), ")", "", "message = client.messages.create(",
             "    model='claude-3-5-sonnet-20241022',", "    max_tokens=1024,", "    messages=[{'role': 'user', 'content': prompt}],", ")"]
    return r.choice(["agent.py", "llm.py", "src/claude_client.py"]), "\n".join(lines) + "\n"


def t_stripe_node(r, c):
    lines = ["const express = require('express');", "const stripe = require('stripe')(%s);" % c["S"].q("js", "'"), "", "const app = express();", "",
             "app.post('/create-checkout-session', async (req, res) => {", "  const session = await stripe.checkout.sessions.create({ mode: 'payment', line_items: req.body.items });",
             "  res.json({ id: session.id });", "});"]
    return r.choice(["server.js", "routes/payments.js", "api/checkout.js"]), "\n".join(lines) + "\n"


def t_stripe_py(r, c):
    lines = ["import stripe", "", "stripe.api_key = %s" % c["S"].q("py", '"'), "", "def charge(amount, customer):",
             "    return stripe.PaymentIntent.create(amount=amount, currency='eur', customer=customer)"]
    return r.choice(["payments.py", "billing/stripe_client.py"]), "\n".join(lines) + "\n"


def t_twilio(r, c):
    p = dict(c["pairs"])
    sid = p.get("TWILIO_ACCOUNT_SID", "AC" + rs(r, HEX, 32))
    lines = ["from twilio.rest import Client", "", "account_sid = '%s'" % sid, "auth_token = %s" % c["S"].q("py", "'"), "client = Client(account_sid, auth_token)", "",
             "message = client.messages.create(body='Your code is 4821', from_='%s', to=phone)" % p.get("TWILIO_FROM_NUMBER", "+15005550006")]
    return r.choice(["sms.py", "notifications/sms.py", "send_otp.py"]), "\n".join(lines) + "\n"


def t_sendgrid(r, c):
    lines = ["const sgMail = require('@sendgrid/mail');", "sgMail.setApiKey(%s);" % c["S"].q("js", "'"), "", "module.exports = (to, subject, html) =>",
             "  sgMail.send({ to, from: 'no-reply@%s', subject, html });" % domain(r)]
    return r.choice(["mailer.js", "lib/email.js", "utils/sendEmail.js"]), "\n".join(lines) + "\n"


def t_mailgun(r, c):
    p = dict(c["pairs"])
    dom = p.get("MAILGUN_DOMAIN", "mg." + domain(r))
    lines = ["import requests", "", "def send_mail(to, subject, text):", "    return requests.post(", "        'https://api.mailgun.net/v3/%s/messages'," % dom,
             "        auth=('api', %s)," % c["S"].q("py", "'"), "        data={'from': 'Team <mail@%s>', 'to': [to], 'subject': subject, 'text': text}," % dom, "    )"]
    return r.choice(["mail.py", "app/email.py"]), "\n".join(lines) + "\n"


def t_npmrc(r, c):
    lines = ["registry=https://registry.npmjs.org/", "//registry.npmjs.org/:_authToken=%s" % c["S"].v]
    if r.random() < 0.5:
        lines.insert(0, "@%s:registry=https://registry.npmjs.org/" % r.choice(FIRST))
    lines.append("save-exact=true")
    return r.choice([".npmrc", "packages/core/.npmrc"]), "\n".join(lines) + "\n"


def t_pypirc(r, c):
    lines = ["[distutils]", "index-servers =", "    pypi", "", "[pypi]", "username = __token__", "password = %s" % c["S"].v]
    return ".pypirc", "\n".join(lines) + "\n"


def t_docker_login(r, c):
    u = dict(c["pairs"]).get("DOCKERHUB_USERNAME", r.choice(FIRST))
    lines = ["#!/usr/bin/env bash", "set -e", "echo \"%s\" | docker login -u %s --password-stdin" % (c["S"].v, u) if r.random() < 0.5 else "docker login -u %s -p %s" % (u, c["S"].v),
             "docker build -t %s/%s:latest ." % (u, proj(r)), "docker push %s/%s:latest" % (u, proj(r))]
    return r.choice(["build_and_push.sh", "scripts/release.sh"]), "\n".join(lines) + "\n"


def t_hf_nb(r, c):
    cells = [("code", "!pip install -q transformers huggingface_hub", stream("Successfully installed huggingface_hub-0.23.4")),
             ("code", "from huggingface_hub import login\nlogin(token=%s)" % c["S"].q("py", '"'), stream("Login successful")),
             ("code", "from transformers import pipeline\npipe = pipeline('text-generation', model='%s')" % r.choice(["meta-llama/Llama-3.2-1B", "gpt2"]), [])]
    return r.choice(["finetune.ipynb", "notebooks/hf_inference.ipynb", "colab_train.ipynb"]), nb(cells)


def t_git_remote(r, c):
    o = dict(c["pairs"]).get("GITHUB_OWNER", r.choice(FIRST))
    lines = ["#!/bin/bash", "# mirror to github", "git remote set-url origin https://%s:%s@github.com/%s/%s.git" % (r.choice(["x-access-token", o, "oauth2"]), c["S"].v, o, proj(r)), "git push origin main --tags"]
    return r.choice(["scripts/mirror.sh", "push.sh"]), "\n".join(lines) + "\n"


def t_github_api(r, c):
    lines = ["import requests", "", "HEADERS = {", "    'Authorization': 'token %s'," % c["S"].v if r.random() < 0.5 else "    'Authorization': 'Bearer %s'," % c["S"].v,
             "    'Accept': 'application/vnd.github+json',", "}", "", "def list_issues(repo):", "    return requests.get(f'https://api.github.com/repos/{repo}/issues', headers=HEADERS).json()"]
    return r.choice(["gh_sync.py", "tools/issues.py"]), "\n".join(lines) + "\n"


def t_jwt_node(r, c):
    lines = ["const jwt = require('jsonwebtoken');", "", "const JWT_SECRET = %s;" % c["S"].q("js", "'"), "",
             "function sign(user) {", "  return jwt.sign({ sub: user.id, role: user.role }, JWT_SECRET, { expiresIn: '%s' });" % r.choice(["1h", "7d"]), "}", "",
             "module.exports = { sign };"]
    return r.choice(["auth.js", "src/middleware/auth.js", "utils/token.js"]), "\n".join(lines) + "\n"


def t_django_secret(r, c):
    lines = ["from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "", "# SECURITY WARNING: keep the secret key used in production secret!",
             "SECRET_KEY = %s" % c["S"].q("py", "'"), "", "DEBUG = %s" % r.choice(["True", "False"]), "ALLOWED_HOSTS = ['*']"]
    return r.choice(["settings.py", "%s/settings.py" % proj(r).replace("-", "_")]), "\n".join(lines) + "\n"


def t_fcm(r, c):
    lines = ["import requests", "", "FCM_URL = 'https://fcm.googleapis.com/fcm/send'", "HEADERS = {", "    'Authorization': 'key=%s'," % c["S"].v, "    'Content-Type': 'application/json',", "}", "",
             "def push(token, title):", "    requests.post(FCM_URL, headers=HEADERS, json={'to': token, 'notification': {'title': title}})"]
    return r.choice(["push.py", "notifications/fcm.py"]), "\n".join(lines) + "\n"


def t_google_py(r, c):
    lines = ["import googlemaps", "", "gmaps = googlemaps.Client(key=%s)" % c["S"].q("py", "'"), "", "def geocode(addr):", "    return gmaps.geocode(addr)"]
    if r.random() < 0.5:
        lines = ["import requests", "", "API_KEY = %s" % c["S"].q("py", "'"), "", "def search(q):",
                 "    return requests.get('https://www.googleapis.com/youtube/v3/search', params={'q': q, 'key': API_KEY, 'part': 'snippet'}).json()"]
    return r.choice(["geo.py", "youtube_search.py", "utils/google.py"]), "\n".join(lines) + "\n"


def t_db_readme(r, c):
    lines = ["# Database", "", "Connect to the staging database:", "", "```", "psql \"%s\"" % c["U"].v if c["kind"] in ("pg",) else "mongosh \"%s\"" % c["U"].v if c["kind"] == "mongo" else c["U"].v, "```", "",
             "Migrations run automatically on deploy."]
    return r.choice(["docs/database.md", "README.md"]), "\n".join(lines) + "\n"


# ---------------------------------------------------------------- registry
G = GENERIC_KINDS
TEMPLATES = [
    # name, fn, lang, kinds, env_file, neg_reuse
    ("py_config", t_py_config, "py", G, False, True),
    ("django_settings", t_django_settings, "py", G, False, True),
    ("js_config", t_js_config, "js", G, False, True),
    ("ts_config", t_ts_config, "ts", G, False, True),
    ("spring_props", t_spring_props, "props", G, False, True),
    ("spring_yaml", t_spring_yaml, "yaml", G, False, True),
    ("appsettings", t_appsettings, "json", G, False, True),
    ("compose_env", t_compose, "yaml", G, False, True),
    ("sh_export", t_sh_export, "sh", G, False, True),
    ("tfvars", t_tfvars, "tf", G, False, True),
    ("tf_locals", t_tf_locals, "tf", G, False, True),
    ("gha_env", t_gha, "gha", G, False, True),
    ("gitlab_ci", t_gitlab, "gitlab", G, False, True),
    ("k8s_secret", t_k8s_secret, "yaml", G, False, True),
    ("k8s_deploy", t_k8s_deploy, "yaml", G, False, True),
    ("k8s_configmap", t_configmap, "yaml", G, False, True),
    ("helm_values", t_helm_values, "helm", G, False, True),
    ("readme", t_readme, "md", G, False, True),
    ("pytest", t_pytest, "py", G, False, True),
    ("jest", t_jest, "js", G, False, True),
    ("postman_env", t_postman_env, "postman", G, False, True),
    ("postman_coll", t_postman_coll, "postman", [k for k in G if k not in DBK and k not in ("slack_hook", "discord_hook", "azure", "password")], False, True),
    ("notebook", t_notebook, "py", G, False, True),
    ("dotenv", t_dotenv, "env", G, True, False),
    ("streamlit", t_streamlit, "toml", G, False, True),
    ("webconfig", t_webconfig, "xml", G, False, True),
    ("php_config", t_php, "php", G, False, True),
    ("rails_init", t_rails, "rb", G, False, True),
    ("go_const", t_go, "go", G, False, True),
    ("java_const", t_java, "java", G, False, True),
    ("ini", t_ini, "ini", G, False, True),
    ("config_json", t_config_json, "json", G, False, True),
    ("dockerfile", t_dockerfile, "sh", G, False, True),
    ("ansible_vars", t_ansible, "ansible", G, False, True),
    ("serverless", t_serverless, "yaml", G, False, True),
    ("func_local_settings", t_local_settings, "json", G, False, True),
    ("vscode_launch", t_launch_json, "json", G, False, True),
    ("powershell", t_ps1, "ps1", G, False, True),
    ("makefile", t_makefile, "sh", G, False, True),
    ("aws_credentials", t_aws_credentials, "ini", ["aws"], False, True),
    ("boto3", t_boto3, "py", ["aws"], False, True),
    ("aws_sdk_js", t_aws_js, "js", ["aws"], False, True),
    ("tf_aws_provider", t_tf_aws_provider, "tf", ["aws"], False, True),
    ("django_databases", t_django_db, "py", ["password"], False, True),
    ("sqlalchemy_url", t_sqlalchemy, "py", ["pg", "mysql"], False, True),
    ("mongoose", t_mongoose, "js", ["mongo"], False, True),
    ("redis_py", t_redis_py, "py", ["password"], False, True),
    ("spring_datasource", t_spring_datasource, "props", ["password"], False, True),
    ("appsettings_connstr", t_appsettings_conn, "json", ["password"], False, True),
    ("compose_db", t_compose_db, "yaml", ["password"], False, True),
    ("wp_config", t_wp_config, "php", ["password"], False, True),
    ("nodemailer", t_nodemailer, "js", ["password"], False, True),
    ("pgpass", t_pgpass, "ini", ["password"], False, False),
    ("azure_blob_py", t_azure_py, "py", ["azure"], False, True),
    ("azure_appsettings", t_azure_appsettings, "json", ["azure"], False, True),
    ("sa_json", t_sa_file, "json", ["gcp_sa", "firebase_sa"], False, False),
    ("sa_k8s", t_sa_k8s, "yaml", ["gcp_sa", "firebase_sa"], False, False),
    ("sa_py", t_sa_py, "py", ["gcp_sa", "firebase_sa"], False, False),
    ("pem_file", t_pem_file, "pem", ["privkey"], False, False),
    ("pem_k8s_tls", t_pem_k8s_tls, "yaml", ["privkey"], False, False),
    ("pem_py", t_pem_py, "py", ["privkey"], False, False),
    ("pem_gha", t_pem_gha, "gha", ["privkey"], False, False),
    ("slack_webclient", t_slack_webclient, "py", ["slack_bot"], False, True),
    ("webhook_curl", t_webhook_sh, "sh", ["slack_hook", "discord_hook"], False, True),
    ("alertmanager", t_alertmanager, "yaml", ["slack_hook"], False, True),
    ("telegram_bot", t_telegram_bot, "py", ["telegram"], False, True),
    ("telegram_curl", t_telegram_url, "sh", ["telegram"], False, True),
    ("discord_bot", t_discord_bot, "js", ["discord_bot"], False, True),
    ("openai_client", t_openai_client, "py", ["openai"], False, True),
    ("openai_notebook", t_openai_nb, "py", ["openai"], False, True),
    ("anthropic_client", t_anthropic_client, "py", ["anthropic"], False, True),
    ("stripe_node", t_stripe_node, "js", ["stripe"], False, True),
    ("stripe_py", t_stripe_py, "py", ["stripe"], False, True),
    ("twilio_client", t_twilio, "py", ["twilio"], False, True),
    ("sendgrid_node", t_sendgrid, "js", ["sendgrid"], False, True),
    ("mailgun_requests", t_mailgun, "py", ["mailgun"], False, True),
    ("npmrc", t_npmrc, "ini", ["npm"], False, True),
    ("pypirc", t_pypirc, "ini", ["pypi"], False, True),
    ("docker_login", t_docker_login, "sh", ["docker"], False, True),
    ("hf_notebook", t_hf_nb, "py", ["hf"], False, True),
    ("git_remote_token", t_git_remote, "sh", ["github"], False, True),
    ("github_api_py", t_github_api, "py", ["github"], False, True),
    ("jwt_node", t_jwt_node, "js", ["jwt"], False, True),
    ("django_secret_key", t_django_secret, "py", ["jwt"], False, True),
    ("fcm_push", t_fcm, "py", ["firebase_fcm"], False, True),
    ("google_py", t_google_py, "py", ["google"], False, True),
    ("db_readme", t_db_readme, "md", ["pg", "mongo"], False, True),
]
# templates where the discord bot one is not python-only: lang is used only for refs; both fine.


def pick_name(r, kind):
    names = KINDS[kind][3]
    return r.choice(names) if names else "KEY"


def build_ctx(r, kind, S, tname, neg=False):
    prov, w, gen, names, section = KINDS[kind]
    c = {"kind": kind, "S": S, "section": section, "name": S.name or pick_name(r, kind), "pairs": comp_pairs(r, kind)}
    if neg and kind == "aws":  # no live-looking key id next to a non-secret
        kid = r.choice(["AKIAIOSFODNN7EXAMPLE", "AKIAXXXXXXXXXXXXXXXX", "<access-key-id>", "your-access-key-id"])
        c["pairs"] = [(n, kid if n == "AWS_ACCESS_KEY_ID" else v) for n, v in c["pairs"]]
    if kind == "password" and tname in ("redis_py",):
        c["pairs"] = [p for p in c["pairs"] if p[0] != "DB_USER"]
    if kind in DBK:
        U = db_wrap(r, kind, S)
        c["U"] = U
        c["S"] = U
    elif kind == "azure":
        acct = proj(r).replace("-", "")[:14] + rs(r, LO + DG, 4)
        U = S.wrapped("DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=" % acct, ";EndpointSuffix=core.windows.net")
        c["U"] = U
        c["S"] = U
    if S.name:  # public value replaced the slot: drop duplicate companion
        c["pairs"] = [p for p in c["pairs"] if p[0] != S.name]
    return c


def fix_kind_template(r, tname, kind):
    if tname == "django_secret_key":
        return "django"
    return None


# ---------------------------------------------------------------- look-alike negatives
def sha512_b64(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def la_package_lock(r):
    pk = {"name": proj(r), "version": "1.%d.0" % r.randint(0, 9), "lockfileVersion": 3, "requires": True, "packages": {"": {"name": proj(r), "dependencies": {}}}}
    for name in r.sample(["express", "lodash", "axios", "debug", "ms", "chalk", "semver", "uuid", "dotenv", "jsonwebtoken", "stripe", "pg", "mongoose"], r.randint(3, 7)):
        ver = "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 12))
        pk["packages"]["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver), "integrity": "sha512-" + sha512_b64(r), "license": "MIT"}
    return "package-lock.json", json.dumps(pk, indent=2) + "\n", "npm", "integrity-hash"


def la_yarn_lock(r):
    lines = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for name in r.sample(["react", "react-dom", "scheduler", "loose-envify", "js-tokens", "classnames", "tslib", "zod"], r.randint(3, 6)):
        ver = "%d.%d.%d" % (r.randint(1, 18), r.randint(0, 20), r.randint(0, 12))
        lines += ['%s@^%s:' % (name, ver), '  version "%s"' % ver, '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (name, name, ver, rs(r, HEX, 40)),
                  '  integrity sha512-%s' % sha512_b64(r), ""]
    return "yarn.lock", "\n".join(lines), "yarn", "integrity-hash"


def la_go_sum(r):
    lines = []
    for m in r.sample(["github.com/gin-gonic/gin", "github.com/stretchr/testify", "golang.org/x/crypto", "github.com/google/uuid", "go.uber.org/zap", "github.com/jackc/pgx/v5"], 4):
        v = "v%d.%d.%d" % (r.randint(0, 2), r.randint(0, 12), r.randint(0, 9))
        lines.append("%s %s h1:%s" % (m, v, base64.b64encode(rbytes(r, 32)).decode()))
        lines.append("%s %s/go.mod h1:%s" % (m, v, base64.b64encode(rbytes(r, 32)).decode()))
    return "go.sum", "\n".join(lines) + "\n", "go", "checksum"


def la_cargo_lock(r):
    lines = ["# This file is automatically @generated by Cargo.", "version = 3", ""]
    for n in r.sample(["serde", "tokio", "anyhow", "rand", "regex", "hyper", "bytes"], 4):
        lines += ["[[package]]", 'name = "%s"' % n, 'version = "%d.%d.%d"' % (r.randint(0, 2), r.randint(0, 40), r.randint(0, 9)),
                  'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % rs(r, HEX, 64), ""]
    return "Cargo.lock", "\n".join(lines), "cargo", "checksum"


def la_poetry_lock(r):
    lines = []
    for n in r.sample(["requests", "urllib3", "certifi", "idna", "pydantic", "fastapi"], 3):
        v = "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 30), r.randint(0, 9))
        lines += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % v, 'optional = false', 'python-versions = ">=3.8"', 'files = [',
                  '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},' % (n, v, rs(r, HEX, 64)), '    {file = "%s-%s.tar.gz", hash = "sha256:%s"},' % (n, v, rs(r, HEX, 64)), ']', ""]
    lines += ["[metadata]", 'lock-version = "2.0"', 'python-versions = "^3.11"', 'content-hash = "%s"' % rs(r, HEX, 64)]
    return "poetry.lock", "\n".join(lines) + "\n", "python", "checksum"


def la_tf_lock(r):
    lines = ["# This file is maintained automatically by \"terraform init\".", ""]
    for p in r.sample(["hashicorp/aws", "hashicorp/random", "hashicorp/google", "hashicorp/azurerm"], 2):
        lines += ['provider "registry.terraform.io/%s" {' % p, '  version     = "%d.%d.%d"' % (r.randint(3, 5), r.randint(0, 80), r.randint(0, 9)), '  constraints = "~> 5.0"', '  hashes = [']
        lines += ['    "h1:%s",' % base64.b64encode(rbytes(r, 32)).decode()]
        lines += ['    "zh:%s",' % rs(r, HEX, 64) for _ in range(r.randint(3, 6))]
        lines += ['  ]', '}', '']
    return ".terraform.lock.hcl", "\n".join(lines), "terraform", "checksum"


def la_gradle_verif(r):
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">', '   <components>']
    for g, a in r.sample([("com.google.guava", "guava"), ("org.slf4j", "slf4j-api"), ("com.fasterxml.jackson.core", "jackson-databind"), ("org.apache.commons", "commons-lang3")], 2):
        v = "%d.%d.%d" % (r.randint(1, 33), r.randint(0, 17), r.randint(0, 9))
        lines += ['      <component group="%s" name="%s" version="%s">' % (g, a, v), '         <artifact name="%s-%s.jar">' % (a, v),
                  '            <sha256 value="%s" origin="Generated by Gradle"/>' % rs(r, HEX, 64), '         </artifact>', '      </component>']
    lines += ['   </components>', '</verification-metadata>']
    return "gradle/verification-metadata.xml", "\n".join(lines) + "\n", "gradle", "checksum"


def la_image_digest(r):
    app = proj(r)
    lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app, "spec:", "  template:", "    spec:", "      containers:", "        - name: %s" % app,
             "          image: ghcr.io/%s/%s@sha256:%s" % (r.choice(FIRST), app, rs(r, HEX, 64)), "          env:", "            - name: API_KEY", "              valueFrom:",
             "                secretKeyRef:", "                  name: %s-secrets" % app, "                  key: api-key", "            - name: DB_PASSWORD", "              valueFrom:",
             "                secretKeyRef:", "                  name: %s-db" % app, "                  key: password"]
    return r.choice(["k8s/deployment.yaml", "deploy/app.yaml"]), "\n".join(lines) + "\n", "kubernetes", "digest+secretKeyRef"


def la_gha_pinned(r):
    lines = ["name: CI", "on: [push, pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@%s # v4.1.1" % rs(r, HEX, 40), "      - uses: actions/setup-python@%s # v5" % rs(r, HEX, 40),
             "      - run: pip install -r requirements.txt", "      - run: pytest", "        env:", "          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}",
             "          DATABASE_URL: postgres://postgres:${{ secrets.PG_PASSWORD }}@localhost:5432/test", "          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}"]
    return ".github/workflows/ci.yml", "\n".join(lines) + "\n", "github-actions", "pinned-sha+secrets-ref"


def png_b64(r, n=None):
    n = n or r.randint(300, 1500)
    return base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(r, n)).decode()


def la_notebook_img(r):
    cells = [("code", "import matplotlib.pyplot as plt\nimport pandas as pd\ndf = pd.read_csv('sales.csv')", []),
             ("code", "df.plot(x='month', y='revenue')\nplt.show()", [{"data": {"image/png": png_b64(r), "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}]),
             ("code", "import os\napi_key = os.environ['OPENAI_API_KEY']\nrun_id = '%s'" % uuid4(r), [])]
    return r.choice(["notebooks/sales_report.ipynb", "analysis/plots.ipynb"]), nb(cells), "jupyter", "base64-image"


def la_html_datauri(r):
    lines = ["<!doctype html>", "<html>", "<head>", '  <link rel="icon" href="data:image/png;base64,%s">' % png_b64(r, 200),
             '  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % base64.b64encode(rbytes(r, 48)).decode(),
             "</head>", "<body><h1>%s</h1></body>" % proj(r), "</html>"]
    return r.choice(["public/index.html", "templates/base.html"]), "\n".join(lines) + "\n", "html", "data-uri+sri"


def la_ssh_pub(r):
    if r.random() < 0.5:
        lines = ['resource "aws_key_pair" "deployer" {', '  key_name   = "deployer-key"', '  public_key = "%s"' % ssh_pub(r, "%s@%s" % (r.choice(FIRST), "laptop")), '}']
        return "infra/keypair.tf", "\n".join(lines) + "\n", "ssh", "public-key"
    return r.choice(["keys/authorized_keys", "ansible/files/authorized_keys", "id_ed25519.pub"]), "\n".join(ssh_pub(r, "%s@%s" % (r.choice(FIRST), domain(r))) for _ in range(r.randint(1, 3))) + "\n", "ssh", "public-key"


def la_pubkey_pem(r):
    if r.random() < 0.5:
        return r.choice(["config/jwt/public.pem", "keys/public.pem"]), public_key_pem(r), "pem", "public-key"
    lines = ["jwt:", "  algorithm: RS256", "  issuer: https://auth.%s" % domain(r), "  publicKey: |"] + ["    " + l for l in public_key_pem(r).strip().split("\n")] + ["  privateKeyPath: ${JWT_PRIVATE_KEY_PATH}"]
    return "config/auth.yaml", "\n".join(lines) + "\n", "pem", "public-key"


def la_cert(r):
    if r.random() < 0.5:
        return r.choice(["certs/ca.crt", "ssl/fullchain.pem", "config/ca-bundle.pem"]), cert_pem(r) + (cert_pem(r) if r.random() < 0.5 else ""), "pem", "certificate"
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: ca-bundle", "data:", "  ca.crt: |"] + ["    " + l for l in cert_pem(r).strip().split("\n")]
    return "k8s/ca-configmap.yaml", "\n".join(lines) + "\n", "pem", "certificate"


def la_sealed(r):
    app = proj(r)
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-secrets" % app, "  namespace: prod", "spec:", "  encryptedData:"]
    for k in r.sample(["DB_PASSWORD", "STRIPE_SECRET_KEY", "JWT_SECRET", "OPENAI_API_KEY", "SLACK_BOT_TOKEN"], 3):
        lines.append("    %s: Ag%s" % (k, base64.b64encode(rbytes(r, r.randint(300, 420))).decode()))
    lines += ["  template:", "    metadata:", "      name: %s-secrets" % app]
    return r.choice(["k8s/sealed-secret.yaml", "deploy/sealedsecrets/app.yaml"]), "\n".join(lines) + "\n", "sealed-secrets", "ciphertext"


def la_sops(r):
    lines = []
    for k in r.sample(["db_password", "api_key", "jwt_secret", "aws_secret_access_key", "slack_token"], 3):
        blob = base64.b64encode(rbytes(r, r.randint(16, 60))).decode()
        lines.append("%s: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (k, blob, base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode()))
    lines += ["sops:", "    kms:", "        - arn: arn:aws:kms:%s:%d:key/%s" % (r.choice(REGIONS), r.randint(10 ** 11, 10 ** 12 - 1), uuid4(r)),
              "          created_at: \"2024-0%d-1%dT09:12:44Z\"" % (r.randint(1, 9), r.randint(0, 9)), "          enc: %s" % base64.b64encode(rbytes(r, 150)).decode(),
              "    lastmodified: \"2024-05-02T10:00:00Z\"", "    mac: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, 64)).decode(), base64.b64encode(rbytes(r, 32)).decode(), base64.b64encode(rbytes(r, 16)).decode()),
              "    version: 3.8.1"]
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), "\n".join(lines) + "\n", "sops", "ciphertext"


def la_ansible_vault(r):
    h = rs(r, HEX, 80 * r.randint(6, 12))
    return r.choice(["group_vars/prod/vault.yml", "inventories/prod/vault.yml"]), "$ANSIBLE_VAULT;1.1;AES256\n" + wrap(h, 80) + "\n", "ansible", "ciphertext"


def la_bcrypt_fixture(r):
    rows = []
    for _ in range(r.randint(2, 4)):
        salt_hash = rs(r, UP + LO + DG + "./", 53)
        rows.append({"model": "accounts.user", "pk": r.randint(1, 99), "fields": {"username": r.choice(FIRST), "email": "%s@example.com" % r.choice(FIRST),
                                                                               "password": "bcrypt_sha256$$2b$12$" + salt_hash if r.random() < 0.5 else "$2b$12$" + salt_hash, "is_staff": False}})
    return r.choice(["fixtures/users.json", "app/fixtures/initial_users.json"]), json.dumps(rows, indent=2) + "\n", "django", "password-hash"


def la_azure_ad(r):
    d = {"AzureAd": {"Instance": "https://login.microsoftonline.com/", "Domain": domain(r), "TenantId": uuid4(r), "ClientId": uuid4(r), "CallbackPath": "/signin-oidc",
                     "ClientSecret": r.choice(["", "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/aad-secret/)" % proj(r)])},
         "ApplicationInsights": {"ConnectionString": "InstrumentationKey=%s;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/" % uuid4(r)},
         "AllowedHosts": "*"}
    return "appsettings.json", json.dumps(d, indent=2) + "\n", "azure", "uuid-ids"


def la_tf_arns(r):
    acct = r.randint(10 ** 11, 10 ** 12 - 1)
    lines = ['data "aws_secretsmanager_secret_version" "db" {', '  secret_id = "arn:aws:secretsmanager:%s:%d:secret:%s/db-%s"' % (r.choice(REGIONS), acct, proj(r), rs(r, AN, 6)), '}', '',
             'resource "aws_db_instance" "main" {', '  identifier        = "%s"' % proj(r), '  engine            = "postgres"', '  username          = "app"',
             '  password          = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]', '  kms_key_id        = "arn:aws:kms:eu-west-1:%d:key/%s"' % (acct, uuid4(r)),
             '  storage_encrypted = true', '}', '', 'variable "stripe_secret_key" {', '  type      = string', '  sensitive = true', '}']
    return r.choice(["infra/rds.tf", "terraform/database.tf"]), "\n".join(lines) + "\n", "terraform", "arn+refs"


def la_fake_fixture(r):
    lines = ["import pytest", "", "# fake values for unit tests - not real credentials", "FAKE_AWS_KEY_ID = 'AKIAIOSFODNN7EXAMPLE'",
             "FAKE_AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'", "FAKE_GITHUB_TOKEN = 'ghp_%s'" % ("x" * 36), "FAKE_STRIPE_KEY = 'sk_test_%s'" % ("0" * 24),
             "FAKE_SLACK = 'xoxb-000000000000-000000000000-%s'" % ("a" * 24), "", "", "def test_redacts_keys(redactor):",
             "    assert redactor.clean(FAKE_AWS_SECRET) == '[REDACTED]'"]
    return r.choice(["tests/test_redaction.py", "tests/unit/test_scrubber.py"]), "\n".join(lines) + "\n", "test", "fake-fixture"


def la_env_example(r):
    keys = r.sample(["DATABASE_URL", "OPENAI_API_KEY", "STRIPE_SECRET_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "JWT_SECRET", "SENDGRID_API_KEY", "GITHUB_TOKEN", "REDIS_URL"], 6)
    ph = {"DATABASE_URL": "postgres://user:password@localhost:5432/app", "REDIS_URL": "redis://localhost:6379", "AWS_ACCESS_KEY_ID": "", "OPENAI_API_KEY": "sk-...", "STRIPE_SECRET_KEY": "sk_test_...",
          "SLACK_BOT_TOKEN": "xoxb-your-token", "JWT_SECRET": "change-me", "SENDGRID_API_KEY": "SG.your-key", "GITHUB_TOKEN": "", "AWS_SECRET_ACCESS_KEY": ""}
    lines = ["# Copy to .env and fill in"] + ["%s=%s" % (k, ph[k]) for k in keys] + ["PORT=3000", "NODE_ENV=development"]
    return r.choice([".env.example", ".env.sample", "env.template"]), "\n".join(lines) + "\n", "dotenv", "placeholders"


def la_env_lookup_py(r):
    lines = ["import os", "", "class Config:", "    SECRET_KEY = os.environ['SECRET_KEY']", "    SQLALCHEMY_DATABASE_URI = os.getenv('DATABASE_URL', 'sqlite:///dev.db')",
             "    STRIPE_SECRET_KEY = os.environ.get('STRIPE_SECRET_KEY')", "    AWS_SECRET_ACCESS_KEY = os.environ.get('AWS_SECRET_ACCESS_KEY')",
             "    OPENAI_API_KEY = os.getenv('OPENAI_API_KEY', '')", "    BUILD_SHA = '%s'" % rs(r, HEX, 40), "    CACHE_BUSTER = '%s'" % rs(r, HEX, 8)]
    return r.choice(["config.py", "app/config.py"]), "\n".join(lines) + "\n", "python", "env-lookups"


def la_env_lookup_js(r):
    lines = ["require('dotenv').config();", "", "module.exports = {", "  port: process.env.PORT || 3000,", "  mongoUri: process.env.MONGODB_URI,", "  jwtSecret: process.env.JWT_SECRET,",
             "  stripeKey: process.env.STRIPE_SECRET_KEY,", "  stripePublishableKey: 'pk_live_%s'," % rs(r, AN, 24), "  sentryRelease: '%s'," % rs(r, HEX, 40), "};"]
    return "config/index.js", "\n".join(lines) + "\n", "node", "env-lookups+publishable"


def la_compose_refs(r):
    lines = ["services:", "  db:", "    image: postgres:16@sha256:%s" % rs(r, HEX, 64), "    environment:", "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?required}", "      POSTGRES_USER: app",
             "  api:", "    build: .", "    environment:", "      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app", "      OPENAI_API_KEY: ${OPENAI_API_KEY}", "    secrets:", "      - stripe_key",
             "secrets:", "  stripe_key:", "    file: ./secrets/stripe_key.txt"]
    return "docker-compose.yml", "\n".join(lines) + "\n", "docker", "env-refs"


def la_props_refs(r):
    lines = ["spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/%s" % proj(r).replace("-", "_"), "spring.datasource.username=${DB_USER}", "spring.datasource.password=${DB_PASSWORD}",
             "app.jwt.secret=${JWT_SECRET}", "app.aws.secret-key=${AWS_SECRET_ACCESS_KEY:}", "app.build.commit=%s" % rs(r, HEX, 40), "app.instance-id=%s" % uuid4(r)]
    return "src/main/resources/application.properties", "\n".join(lines) + "\n", "spring", "env-refs"


def la_postman_vars(r):
    d = {"info": {"_postman_id": uuid4(r), "name": "%s" % proj(r), "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
         "item": [{"name": "Health", "request": {"method": "GET", "header": [{"key": "X-Request-Id", "value": uuid4(r)}], "url": {"raw": "{{baseUrl}}/health"}}}],
         "variable": [{"key": "baseUrl", "value": "https://api.%s" % domain(r)}, {"key": "accessToken", "value": ""}]}
    return "%s.postman_collection.json" % proj(r).replace("-", "_"), json.dumps(d, indent="\t") + "\n", "postman", "variables"


def la_shasums(r):
    ver = "%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9))
    lines = ["%s  %s_%s_%s.tar.gz" % (rs(r, HEX, 64), proj(r), ver, plat) for plat in ["linux_amd64", "linux_arm64", "darwin_arm64", "windows_amd64"]]
    return r.choice(["dist/SHA256SUMS", "checksums.txt"]), "\n".join(lines) + "\n", "release", "checksum"


def la_changelog(r):
    lines = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        lines += ["## [%d.%d.%d] - 2024-%02d-%02d" % (1, 9 - i, r.randint(0, 5), r.randint(1, 12), r.randint(1, 28)),
                  "- %s (%s)" % (r.choice(["Fix token refresh", "Rotate signing keys", "Bump deps", "Add Stripe webhooks", "Remove hardcoded API key"]), rs(r, HEX, 7)),
                  "- Merge commit %s" % rs(r, HEX, 40), ""]
    return "CHANGELOG.md", "\n".join(lines), "git", "commit-sha"


def la_gpg_pub(r):
    body = base64.b64encode(b"\x99\x01\x8d\x04" + rbytes(r, 380)).decode()
    txt = "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n" % (wrap(body, 64), rs(r, AN, 4))
    return r.choice(["KEYS.asc", "docs/signing-key.asc"]), txt, "pgp", "public-key"


def la_discord_public(r):
    lines = ["# Discord interactions endpoint config", "DISCORD_APPLICATION_ID = '%s'" % snowflake(r), "DISCORD_PUBLIC_KEY = '%s'" % rs(r, HEX, 64),
             "DISCORD_BOT_TOKEN = os.environ['DISCORD_BOT_TOKEN']", "GUILD_IDS = [%s, %s]" % (snowflake(r), snowflake(r))]
    return "bot/settings.py", "import os\n\n" + "\n".join(lines) + "\n", "discord", "public-key+ids"


def la_firebase_public(r):
    lines = ["// Firebase Cloud Messaging: VAPID *public* key + ids (no server credentials here)", "export const messagingConfig = {",
             "  vapidKey: 'B%s'," % rs(r, URLB64, 86), "  projectId: '%s-%s'," % (proj(r), rs(r, LO + DG, 5)), "  messagingSenderId: '%d'," % r.randint(10 ** 11, 10 ** 12),
             "  appId: '1:%d:web:%s'," % (r.randint(10 ** 11, 10 ** 12), rs(r, HEX, 22)), "};"]
    return "src/firebase-messaging.js", "\n".join(lines) + "\n", "firebase", "public-ids"


def la_oauth_client(r):
    lines = ["auth:", "  google:", "    clientId: %d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12), rs(r, LO + DG, 32)), "    clientSecret: ${GOOGLE_CLIENT_SECRET}",
             "  github:", "    clientId: Iv1.%s" % rs(r, HEX, 16), "    clientSecret: ${GITHUB_CLIENT_SECRET}", "  recaptchaSiteKey: 6L%s" % rs(r, URLB64, 38)]
    return r.choice(["config/auth.yml", "config/oauth.yaml"]), "\n".join(lines) + "\n", "oauth", "public-client-ids"


def la_stripe_front(r):
    lines = ["import { loadStripe } from '@stripe/stripe-js';", "", "// publishable key is safe to expose in the browser", "export const stripePromise = loadStripe('pk_live_%s');" % rs(r, AN, r.choice([24, 99]))]
    if r.random() < 0.5:
        lines.append("export const MAPBOX_TOKEN = 'pk.%s.%s';" % (base64.b64encode(('{"u":"%s","a":"%s"}' % (r.choice(FIRST), rs(r, LO + DG, 25))).encode()).decode().rstrip("="), rs(r, URLB64, 22)))
    return r.choice(["src/lib/stripe.js", "frontend/src/payments.ts"]), "\n".join(lines) + "\n", "stripe", "publishable-key"


def la_uuid_seed(r):
    rows = ["INSERT INTO tenants (id, name, api_client_id, created_at) VALUES"]
    vals = ["  ('%s', '%s', '%s', NOW())" % (uuid4(r), proj(r), uuid4(r)) for _ in range(r.randint(3, 6))]
    return r.choice(["db/seeds/tenants.sql", "migrations/0003_seed.sql"]), rows[0] + "\n" + ",\n".join(vals) + ";\n", "sql", "uuids"


def la_hmac_test(r):
    body = '{"id":"evt_%s","type":"payment_intent.succeeded"}' % rs(r, AN, 24)
    lines = ["const crypto = require('crypto');", "", "// signature computed from the test secret injected by CI", "const secret = process.env.WEBHOOK_TEST_SECRET;",
             "const payload = '%s';" % body, "const expected = 'sha256=%s';" % rs(r, HEX, 64), "", "test('verifies signature', () => {",
             "  const sig = 'sha256=' + crypto.createHmac('sha256', secret).update(payload).digest('hex');", "  expect(typeof sig).toBe('string');", "});"]
    return "test/webhook.test.js", "\n".join(lines) + "\n", "test", "hmac-digest"


def la_helm_existing(r):
    lines = ["postgresql:", "  auth:", "    existingSecret: %s-db" % proj(r), "    secretKeys:", "      adminPasswordKey: postgres-password", "redis:", "  auth:",
             "    existingSecret: %s-redis" % proj(r), "image:", "  digest: sha256:%s" % rs(r, HEX, 64), "podAnnotations:", "  checksum/config: %s" % rs(r, HEX, 64)]
    return "helm/values-prod.yaml", "\n".join(lines) + "\n", "helm", "existing-secret-refs"


def la_readme_curl(r):
    lines = ["# API usage", "", "```bash", 'curl -H "Authorization: Bearer $API_TOKEN" https://api.%s/v1/items' % domain(r),
             "curl -u \"$STRIPE_SECRET_KEY:\" https://api.stripe.com/v1/charges", "```", "", "Request ids look like `req_%s`." % rs(r, AN, 14),
             "Example AWS key used in the docs: `AKIAIOSFODNN7EXAMPLE` (not a real key)."]
    return "docs/API.md", "\n".join(lines) + "\n", "docs", "env-refs+doc-example"


def la_vault_script(r):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", 'export DB_PASSWORD="$(vault kv get -field=password secret/%s/db)"' % proj(r),
             'export STRIPE_SECRET_KEY="$(aws ssm get-parameter --name /%s/stripe --with-decryption --query Parameter.Value --output text)"' % proj(r),
             'export GITHUB_TOKEN="$(gh auth token)"', 'echo "release %s"' % rs(r, HEX, 40)]
    return "scripts/load_secrets.sh", "\n".join(lines) + "\n", "shell", "secret-manager-refs"


LOOKALIKES = [la_package_lock, la_yarn_lock, la_go_sum, la_cargo_lock, la_poetry_lock, la_tf_lock, la_gradle_verif, la_image_digest, la_gha_pinned,
              la_notebook_img, la_html_datauri, la_ssh_pub, la_pubkey_pem, la_cert, la_sealed, la_sops, la_ansible_vault, la_bcrypt_fixture, la_azure_ad,
              la_tf_arns, la_fake_fixture, la_env_example, la_env_lookup_py, la_env_lookup_js, la_compose_refs, la_props_refs, la_postman_vars, la_shasums,
              la_changelog, la_gpg_pub, la_discord_public, la_firebase_public, la_oauth_client, la_stripe_front, la_uuid_seed, la_hmac_test, la_helm_existing,
              la_readme_curl, la_vault_script]


# ---------------------------------------------------------------- negative slot values
def neg_slot(r, kind, lang, tname):
    env = pick_name(r, kind) if KINDS[kind][3] else "PRIVATE_KEY"
    opts = ["ph", "ph", "ref", "ref", "ref", "mask", "empty"]
    if kind in DOC_EXAMPLES:
        opts += ["doc", "doc"]
    if public_value(r, kind) and tname in GENERIC_NAMES:
        opts += ["pub", "pub", "pub"]
    if kind == "privkey" or kind in ("gcp_sa", "firebase_sa"):
        opts = ["ph", "ref", "empty"]
    if kind in DBK or kind == "azure":
        opts = [o for o in opts if o != "empty"]
    if lang in ("ini", "pem") and "ref" in opts and tname not in GENERIC_NAMES:
        opts = [o for o in opts if o != "ref"]
    o = r.choice(opts)
    if o == "ref":
        return ref_val(r, lang, env), "ref"
    if o == "mask":
        return Val(r.choice(MASKED)), "masked"
    if o == "empty":
        return Val(""), "empty"
    if o == "doc":
        return Val(r.choice(DOC_EXAMPLES[kind])), "doc-example"
    if o == "pub":
        n, v = public_value(r, kind)
        return Val(v, name=n), "public-value"
    if kind in ("password",) + DBK:
        return Val(r.choice(PW_PH)), "placeholder"
    return Val(r.choice(GENERIC_PH)), "placeholder"


GENERIC_NAMES = set(t[0] for t in TEMPLATES if t[3] is G) | {"postman_coll"}
# relative frequency of the generic templates (what gets committed most)
TW = {"py_config": 5, "django_settings": 4, "js_config": 5, "ts_config": 3, "spring_props": 4, "spring_yaml": 3, "appsettings": 4,
      "compose_env": 5, "sh_export": 4, "tfvars": 3, "tf_locals": 2, "gha_env": 5, "gitlab_ci": 2, "k8s_secret": 3, "k8s_deploy": 3,
      "k8s_configmap": 2, "helm_values": 3, "readme": 4, "pytest": 3, "jest": 2, "postman_env": 2, "postman_coll": 2, "notebook": 5,
      "dotenv": 3, "streamlit": 2, "webconfig": 2, "php_config": 2, "config_json": 2, "dockerfile": 2, "ansible_vars": 2}


def needle_line(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def filetype(path):
    b = path.rsplit("/", 1)[-1]
    if b.startswith(".env"):
        return ".env"
    if "." in b.lstrip("."):
        return b.rsplit(".", 1)[-1]
    return b


def main():
    if len(sys.argv) != 3:
        print("usage: gen_mz.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    kinds = list(KINDS)
    weights = [KINDS[k][1] for k in kinds]
    by_kind = {k: [t for t in TEMPLATES if k in t[3]] for k in kinds}
    manifest, secrets, pos_texts, neg_texts = [], [], [], []
    seen = set()
    n_env = 0
    pos_files = []
    for i in range(500):
        kind = r.choices(kinds, weights)[0]
        while True:
            spec = [x for x in by_kind[kind] if x[0] not in GENERIC_NAMES]
            if spec and (r.random() < 0.45 or len(spec) == len(by_kind[kind])):
                t = r.choice(spec)
            else:
                gen = [x for x in by_kind[kind] if x[0] in GENERIC_NAMES]
                t = r.choices(gen, [TW.get(x[0], 1) for x in gen])[0]
            if t[4] and n_env >= 24:
                continue
            break
        if t[4]:
            n_env += 1
        tname, fn, lang = t[0], t[1], t[2]
        ekind = fix_kind_template(r, tname, kind) or kind
        while True:
            if kind in ("privkey", "gcp_sa", "firebase_sa"):
                core, pkt = gen_private_key(r) if kind == "privkey" else (pem("PRIVATE KEY", der_rsa_pkcs8(r)), "rsa-pkcs8")
                needle = pem_needle(core)
                if pkt == "openssh" or needle not in seen:
                    break
            else:
                pkt = None
                core = g_django(r) if ekind == "django" else KINDS[kind][2](r)
                needle = core
                if needle not in seen:
                    break
        if pkt != "openssh":
            seen.add(needle)
        S = Val(core)
        c = build_ctx(r, kind, S, tname)
        if pkt:
            c["pktype"] = pkt
        path, text = fn(r, c)
        assert needle in text, (tname, kind)
        ln = needle_line(text, needle)
        assert needle in text.split("\n")[ln - 1]
        rel = "pos/p%04d/%s" % (i, path)
        pos_files.append((rel, text))
        manifest.append({"file": rel, "label": "pos", "provider": KINDS[kind][0], "kind": kind + ("/" + pkt if pkt else ""), "filetype": filetype(path), "template": tname})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    neg_files = []
    reuse = [t for t in TEMPLATES if t[5]]
    for i in range(500):
        if i % 2 == 0:
            t = r.choice(reuse)
            tname, fn, lang = t[0], t[1], t[2]
            kind = r.choice(t[3])
            S, sub = neg_slot(r, kind, lang, tname)
            c = build_ctx(r, kind, S, tname, neg=True)
            if kind == "privkey":
                c["pktype"] = "rsa"
            path, text = fn(r, c)
            prov, k = KINDS[kind][0], kind + "/" + sub
        else:
            fn = r.choice(LOOKALIKES)
            path, text, prov, k = fn(r)
            tname = fn.__name__
        assert not os.path.basename(path).startswith(".env") or path.endswith((".example", ".sample")), path
        rel = "neg/n%04d/%s" % (i, path)
        neg_files.append((rel, text))
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": k, "filetype": filetype(path), "template": tname})
    # safety: no positive needle may appear in a negative
    needles = set(s["needle"] for s in secrets)
    for rel, text in neg_files:
        for nd in needles:
            assert nd not in text, (rel, nd)
    for rel, text in pos_files + neg_files:
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for m in manifest:
            f.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8") as f:
        for s in secrets:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
