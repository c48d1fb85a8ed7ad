#!/usr/bin/env python3
"""Blind evaluation-set generator: CTF platforms, security training and judge systems.

EMPHASIS
    Domain: capture-the-flag platforms, security-training ranges and programming
    judges, and the glue around them.  Providers / products: CTFd (config.ini,
    ctfcli .ctf/config, API tokens `ctfd_...`), rCTF (rctf.d/*.yaml tokenKey,
    database and Redis passwords), kCTF (challenge.yaml, xss-bot admin cookies,
    k8s Secrets), DOMjudge (etc/restapi.secret, initial_admin_password.secret,
    dbpasswords.secret, Symfony APP_SECRET), Judge0 (judge0.conf REDIS_PASSWORD,
    POSTGRES_PASSWORD, AUTHN_TOKEN, SECRET_KEY_BASE), picoCTF-style Flask/Django
    platforms, Moodle + CodeRunner/Jobe, Hack The Box app tokens (JWT) in
    scripts, Discord / Slack / Telegram bots and webhooks of CTF teams, GitHub
    PATs used to sync challenge repos, DigitalOcean tokens and SSH private keys
    of challenge hosts, SendGrid/S3 credentials of a CTFd deployment.
    File types: INI, YAML (docker-compose, k8s, GitHub Actions, challenge.yml),
    JSON, Python, JavaScript/TypeScript, PHP, Go, shell, Dockerfile, Terraform,
    Markdown writeups, `.secret` files, TOML, SQL, CSV, logs, C, XML, text.

USAGE
    python3 -B gen_kt.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
    and OUTDIR/secrets.jsonl.  Standard library only; all randomness comes from
    one random.Random(SEED); output is byte-identical for a given SEED.

NEEDLE CONVENTIONS
    * Plain tokens / keys / passwords: the value only, without surrounding
      quotes, without the variable name.
    * HTTP headers: only the credential (`Bearer `/`Token `/`Bot ` prefixes and
      header names are not part of the needle).
    * Connection strings (postgres://, mysql+pymysql://, redis://): only the
      password component between `user:` and `@`.
    * Webhook URLs (Discord, Slack): the whole URL, because the URL itself is
      the secret.  Tokens embedded in other URLs (Telegram
      https://api.telegram.org/bot<token>/..., GitHub PAT in
      https://oauth2:<token>@github.com/...): the token only.
    * Key pairs (AWS access key id + secret): the secret half only.
    * Multi-line private keys: the whole block from `-----BEGIN` to the end of
      the `-----END ...-----` line, exactly as written (including the
      indentation of continuation lines when the block sits inside YAML);
      `line` is the line of the BEGIN marker.
    * `line` is the 1-based line of the first occurrence of the needle; the
      generator asserts it.

NEGATIVES
    250 re-use the positive templates with the secret slot holding a
    non-secret: placeholders (<your-bot-token>, YOUR_..._HERE, changeme,
    xxxx...), empty values, masked values (****, [REDACTED]), environment and
    secret-manager references (${VAR}, os.environ[...], process.env.X,
    getenv(), $(pass show ...), op://, vault: paths, {{ secrets.X }}, Helm
    values), and providers' documented example values (ctfcli README token
    d41d8cd98f00b204e9800998ecf8427e, discord.py docs token, Telegram Bot API
    docs token, Slack T00000000/B00000000 webhook, AWS EXAMPLE keys).
    250 are domain look-alikes: flags (flag{..}, picoCTF{..}, HTB{..}, CTF{..}),
    challenge.yml with deliberately weak in-story passwords, hashes to crack
    (MD5, NTLM, bcrypt, sha512crypt), base64/base32/hex puzzles, XOR keys of
    crackmes, RSA challenge n/e/c numbers and public keys, alg=none JWTs,
    Discord snowflake ids and application public keys, reCAPTCHA site keys,
    image digests, sha256sums, UUIDs, git SHAs, SRI hashes, authorized_keys,
    certificates, pwntools addresses, Judge0 submission tokens, scoreboards,
    logs.  No negative is written to a `.env` / `.env.<stage>` file.

FORMATS CHECKED
    * CTFd user API tokens: "ctfd_" + hexencode(os.urandom(32)) (64 hex), seen
      in code quoting CTFd's generate_user_token; clients send
      `Authorization: Token <token>`.  ctfcli README: `.ctf/config` holds url
      and access_token; its example token is the MD5 of the empty string.
    * DOMjudge etc/genrestapicredentials: restapi.secret lines
      "default<TAB><api url><TAB>judgehost<TAB><password>", password = 32 chars
      of base64 of 24 random bytes; gendbpasswords: "dummy:localhost:domjudge:
      domjudge:<16 chars>"; gensymfonysecret: 20 chars; admin password in
      etc/initial_admin_password.secret (DOMjudge manual).
    * Judge0 judge0.conf is KEY=VALUE sourced by scripts/load-config; keys
      REDIS_PASSWORD, POSTGRES_PASSWORD, AUTHN_HEADER (X-Auth-Token),
      AUTHN_TOKEN, AUTHZ_TOKEN, SECRET_KEY_BASE (128 chars by default).
    * rCTF: docker-compose passes RCTF_DATABASE_PASSWORD / RCTF_REDIS_PASSWORD;
      secrets such as tokenKey live in rctf.d yaml files.
    * Discord bot token (discord.py docs, nostrum docs): base64(user id) "."
      base64(timestamp) "." HMAC; newer tokens have a 6-char middle part
      starting with "G" and a 38-char last part (base64url alphabet).
    * Slack token types page: xoxb- bot, xoxp- user, xapp- app-level tokens.
    * Hack The Box v4 API: `Authorization: Bearer <app token>`, tokens are JWTs
      created under Profile Settings -> App Tokens.
    * Searches never surfaced a scanner's rule file; none was read.

DOUBTS
    * HTB app-token claims (aud, jti of 80 hex, scopes) follow the Laravel
      Passport shape from memory; only "it is a JWT" was confirmed.
    * Slack xoxb digit-group lengths, Telegram "AA"-led 35-char secret, Discord
      webhook token length (68), GitHub ghp_ CRC32/base62 checksum,
      DigitalOcean dop_v1_ + 64 hex, SendGrid SG.<22>.<43> are written from
      general knowledge, not confirmed by the searches here.
    * OpenSSH ed25519 private keys are built with the real container layout
      but random key material (public half does not match the seed); RSA PEM
      bodies are random DER-shaped bytes, not a valid RSA key.
    * Jobe API keys and kCTF xss-bot admin cookies have no documented format;
      random alphanumeric/hex strings are used.
"""
import base64
import binascii
import json
import os
import random
import string
import struct
import sys

HEX = "0123456789abcdef"
UHEX = "0123456789ABCDEF"
DIG = string.digits
LOW = string.ascii_lowercase
UP = string.ascii_uppercase
AN = string.ascii_letters + string.digits
B64 = AN + "+/"
B64U = AN + "-_"
PWSYM = AN + "!#%&*+-.=?@^_~"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def wrap(s, n=64):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ---------------------------------------------------------------- secret gens
def snowflake(r):
    ms = r.randint(1546300800000, 1717200000000) - 1420070400000
    return str((ms << 22) | r.getrandbits(22))


def g_ctfd_token(r):
    return "ctfd_" + rs(r, HEX, 64)


def g_flask_secret(r):
    k = r.randint(0, 2)
    if k == 0:
        return rs(r, HEX, 64)
    if k == 1:
        return rs(r, AN, 1) + rs(r, B64U, 42)
    return rs(r, LOW + DIG, 1) + rs(r, LOW + DIG + "!@#%^&*(-_=+)", 49)


def g_django_secret(r):
    return rs(r, LOW, 1) + rs(r, LOW + DIG + "!@#%^&*(-_=+)", 49)


def g_rails_skb(r):
    return rs(r, HEX, 128)


def g_sym_secret(r):
    return rs(r, HEX, 32)


def g_dj_appsecret(r):
    return rs(r, AN, 20)


def g_b64key(r):
    return base64.b64encode(rbytes(r, 32)).decode()


def g_dbpass(r):
    k = r.randint(0, 3)
    if k == 0:
        return rs(r, AN, r.randint(20, 32))
    if k == 1:
        return rs(r, HEX, 32)
    if k == 2:
        return rs(r, AN, 16)
    return rs(r, UP, 1) + rs(r, AN, r.randint(15, 23))


def g_redispass(r):
    return rs(r, AN, r.choice([32, 40, 48])) if r.random() < .6 else rs(r, HEX, 48)


def g_adminpass(r):
    while True:
        s = rs(r, AN, 1) + rs(r, PWSYM, r.randint(15, 23))
        if any(c in DIG for c in s) and any(c in "!#%&*+-.=?@^_~" for c in s):
            return s


def g_restapi(r):
    return rs(r, B64, 32)


def g_authn(r):
    return rs(r, AN, r.choice([32, 48, 64]))


def g_discord_bot(r):
    uid = base64.b64encode(snowflake(r).encode()).decode().rstrip("=")
    if r.random() < .75:
        return uid + ".G" + rs(r, B64U, 5) + "." + rs(r, B64U, 38)
    return uid + "." + rs(r, B64U, 6) + "." + rs(r, B64U, 27)


def g_discord_webhook(r):
    host = r.choice(["discord.com", "discord.com", "discordapp.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, snowflake(r), rs(r, B64U, 68))


def g_slack_bot(r):
    return "xoxb-%s-%s-%s" % (rs(r, "123456789", 1) + rs(r, DIG, r.randint(9, 11)),
                             rs(r, "123456789", 1) + rs(r, DIG, 12), rs(r, AN, 24))


def g_slack_webhook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UP + DIG, r.choice([8, 10])), rs(r, UP + DIG, r.choice([8, 10])), rs(r, AN, 24))


def g_telegram(r):
    return "%s:AA%s" % (rs(r, "123456789", 1) + rs(r, DIG, r.randint(8, 9)), rs(r, B64U, 33))


def g_htb(r):
    hdr = b64u(json.dumps({"typ": "JWT", "alg": "RS256"}, separators=(",", ":")).encode())
    iat = r.randint(1672531200, 1718000000)
    pl = {"aud": str(r.randint(1, 9)), "jti": rs(r, HEX, 80), "iat": iat, "nbf": iat,
          "exp": iat + 31536000, "sub": str(r.randint(100000, 1900000)), "scopes": []}
    return hdr + "." + b64u(json.dumps(pl, separators=(",", ":")).encode()) + "." + b64u(rbytes(r, 256))


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def g_ghp(r):
    body = rs(r, AN, 30)
    c = binascii.crc32(body.encode()) & 0xffffffff
    cs = ""
    while c:
        c, m = divmod(c, 62)
        cs = B62[m] + cs
    return "ghp_" + body + cs.rjust(6, "0")


def g_dop(r):
    return "dop_v1_" + rs(r, HEX, 64)


def g_sendgrid(r):
    return "SG." + rs(r, B64U, 22) + "." + rs(r, B64U, 43)


def g_aws_secret(r):
    return rs(r, B64, 40)


def g_cookie(r):
    return rs(r, HEX, 64) if r.random() < .5 else rs(r, AN, 1) + rs(r, B64U, 42)


def g_jobe(r):
    return rs(r, AN, 32)


def _sshstr(b):
    return struct.pack(">I", len(b)) + b


def g_ssh_ed25519(r):
    pub = rbytes(r, 32)
    blob = _sshstr(b"ssh-ed25519") + _sshstr(pub)
    ci = rbytes(r, 4)
    comment = r.choice([b"ctf@chal-host", b"deploy@ctf-infra", b"root@pwn-box", b"admin@judge01", b"ops@ctf"])
    priv = ci + ci + _sshstr(b"ssh-ed25519") + _sshstr(pub) + _sshstr(rbytes(r, 32) + pub) + _sshstr(comment)
    pad = 1
    while len(priv) % 8:
        priv += bytes([pad])
        pad += 1
    data = (b"openssh-key-v1\x00" + _sshstr(b"none") + _sshstr(b"none") + _sshstr(b"")
            + struct.pack(">I", 1) + _sshstr(blob) + _sshstr(priv))
    body = wrap(base64.b64encode(data).decode(), 70)
    return "\n".join(["-----BEGIN OPENSSH PRIVATE KEY-----"] + body + ["-----END OPENSSH PRIVATE KEY-----"])


def g_rsa_pem(r):
    der = bytes.fromhex("308204a40201000282010100") + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) \
        + bytes.fromhex("0203010001028201") + rbytes(r, 1190)
    body = wrap(base64.b64encode(der).decode(), 64)
    return "\n".join(["-----BEGIN RSA PRIVATE KEY-----"] + body + ["-----END RSA PRIVATE KEY-----"])


GEN = {
    "ctfd_token": g_ctfd_token, "flask_secret": g_flask_secret, "django_secret": g_django_secret,
    "rails_skb": g_rails_skb, "symfony_secret": g_sym_secret, "dj_appsecret": g_dj_appsecret,
    "b64key": g_b64key, "db_password": g_dbpass, "redis_password": g_redispass,
    "admin_password": g_adminpass, "restapi_password": g_restapi, "authn_token": g_authn,
    "discord_bot": g_discord_bot, "discord_webhook": g_discord_webhook, "slack_bot": g_slack_bot,
    "slack_webhook": g_slack_webhook, "telegram_bot": g_telegram, "htb_token": g_htb,
    "github_pat": g_ghp, "do_token": g_dop, "sendgrid": g_sendgrid, "aws_secret": g_aws_secret,
    "admin_cookie": g_cookie, "jobe_key": g_jobe, "ssh_key": g_ssh_ed25519, "rsa_key": g_rsa_pem,
}

# documented example values (negatives only)
DOCEX = {
    "ctfd_token": ["d41d8cd98f00b204e9800998ecf8427e", "ctfd_abc123", "ctfd_..."],
    "discord_bot": ["MjQ1NTU5MDg3NTI0MjE2ODMy.DulyxA.brcD2xRAqjACTuMcGPwy4TWVQdg"],
    "telegram_bot": ["110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"],
    "slack_bot": ["xoxb-your-token"],
    "slack_webhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "discord_webhook": ["https://discord.com/api/webhooks/<webhook_id>/<webhook_token>"],
    "aws_secret": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
    "db_password": ["judge0", "ctfd", "domjudge"],
    "redis_password": ["YourRedisPassword123_ChangeThis"],
}


# ---------------------------------------------------------------- the slot
class Slot:
    """Fills the one secret slot of a template.

    mode 'pos': a freshly generated credential (recorded as the needle).
    mode 'neg': something that is not a secret, shaped for the context.
    ctx: 'raw' (bare value), 'yaml' (bare, quoted when needed), 'py', 'js',
    'php', 'go', 'sh' (right-hand side of VAR=), 'url' (password inside a
    URL), 'pem' (multi-line block), 'json' (value inside double quotes).
    """

    def __init__(self, r, mode):
        self.r = r
        self.mode = mode
        self.needle = None
        self.negkind = None

    def _ph(self, kind, var):
        r = self.r
        slug = var.lower().replace("_", "-")
        opts = ["<your-%s>" % slug, "YOUR_%s_HERE" % var.upper(), "changeme", "CHANGE_ME",
                "x" * r.randint(8, 40), "<%s>" % var.upper(), "REPLACE_ME", "TODO", "your-%s-here" % slug,
                "placeholder", "dummy", "<insert %s>" % slug.replace("-", " ")]
        return r.choice(opts)

    def v(self, kind, var="SECRET", ctx="raw", q='"', indent=""):
        r = self.r
        if self.mode == "pos":
            s = GEN[kind](r)
            if ctx == "pem" and indent:
                s = s.replace("\n", "\n" + indent)
            assert self.needle is None, "one secret per file"
            self.needle = s
            if ctx in ("py", "js", "php", "go"):
                return q + s + q
            if ctx == "sh" and r.random() < .5:
                return '"' + s + '"'
            return s
        # ---- negative
        cat = r.choice(["placeholder", "placeholder", "empty", "masked", "envref", "envref",
                        "secretref", "template", "docex"])
        if cat == "docex" and kind not in DOCEX:
            cat = "placeholder"
        if cat == "empty" and ctx in ("url", "pem"):
            cat = "masked"
        self.negkind = cat
        if ctx == "pem":
            if cat in ("envref", "secretref", "template"):
                inner = r.choice(["# key is provisioned from Vault: secret/ctf/infra/ssh#private_key",
                                  "${SSH_PRIVATE_KEY}", "{{ ssh_private_key }}",
                                  "# op read op://ctf-infra/chal-host/private-key > id_ed25519"])
                self.negkind = "secretref"
                return inner
            lab = "OPENSSH" if kind == "ssh_key" else "RSA"
            mid = r.choice(["...", "<paste the private key here>", "[REDACTED]", "****************",
                            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"])
            self.negkind = "masked"
            return ("-----BEGIN %s PRIVATE KEY-----\n%s%s\n%s-----END %s PRIVATE KEY-----"
                    % (lab, indent, mid, indent, lab))
        if cat == "placeholder":
            val = self._ph(kind, var)
        elif cat == "empty":
            val = ""
        elif cat == "masked":
            val = r.choice(["****", "********", "[REDACTED]", "<redacted>", "REDACTED", "***hidden***",
                            "•••••••••"])
        elif cat == "docex":
            val = r.choice(DOCEX[kind])
        elif cat == "envref":
            if ctx == "py":
                return r.choice(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")',
                                 'config("%s")']) % var
            if ctx == "js":
                return r.choice(["process.env.%s", "process.env['%s']", "process.env.%s ?? ''"]) % var
            if ctx == "php":
                return "getenv('%s')" % var
            if ctx == "go":
                return 'os.Getenv("%s")' % var
            if ctx == "sh":
                return r.choice(['"${%s:?%s is not set}"', '"${%s}"', '"$%s"']).replace("%s", var)
            val = r.choice(["${%s}", "${%s}", "$%s", "${%s:-}"]) % var
        elif cat == "secretref":
            if ctx == "py":
                return r.choice(['get_secret("ctf/%s")', 'vault.read("secret/data/ctf")["%s"]',
                                 'keyring.get_password("ctf", "%s")']) % var.lower()
            if ctx == "js":
                return "await getSecret('%s')" % var.lower()
            if ctx == "sh":
                return r.choice(['"$(pass show ctf/%s)"', '"$(vault kv get -field=value secret/ctf/%s)"',
                                 '"$(op read op://ctf-infra/%s/credential)"']) % var.lower()
            val = r.choice(["op://ctf-infra/%s/credential", "vault:secret/data/ctf/infra#%s",
                            "arn:aws:secretsmanager:eu-west-1:123456789012:secret:ctf/%s",
                            "sm://ctf-prod/%s"]) % var.lower()
        else:  # template
            camel = var.lower().split("_")[0] + "".join(w.title() for w in var.lower().split("_")[1:])
            val = r.choice(["{{ .Values.%s }}" % camel,
                            "{{ %s }}" % var.lower(), "{{ secrets.%s }}" % var,
                            "%%%s%%" % var, "@%s@" % var, "{{ lookup('env', '%s') }}" % var])
        if ctx in ("py", "js", "php", "go"):
            if q == "'" or ctx in ("py", "js", "php"):
                return q + val.replace(q, "") + q
            return '"' + val + '"'
        if ctx == "sh":
            return '"' + val + '"'
        if ctx == "yaml" and (val == "" or val[0] in "*{[%@&!|>'\"`,?:-<" or ": " in val or " #" in val):
            return '"' + val + '"'
        if ctx == "json":
            return val.replace('"', "")
        return val


# ---------------------------------------------------------------- scenery
EVENTS = ["hackmidwest", "cyberlions", "bluehens", "rooted", "osuctf", "byu-cyber", "nullcon-quals",
          "shellphish-lite", "ictf-lab", "campus-ctf", "wargames", "redteam-academy", "ctf101",
          "spring-quals", "winter-ctf", "secfest", "hack-the-hill", "pwnschool", "bsides-ctf"]
CATS = ["web", "pwn", "crypto", "rev", "misc", "forensics", "osint", "blockchain"]
CHALS = ["notes-app", "heap-heaven", "baby-rsa", "xor-cafe", "lost-in-pcap", "jail-escape",
         "format-king", "pickle-rick", "ssrf-me", "tiny-vm", "ret2win", "secure-notes",
         "matrix-rev", "stego-cat", "log4fun", "graphql-garden", "admin-panel", "kernel-101",
         "ecdsa-nonce", "sqli-shop", "proto-pollution", "zip-slip", "race-bank", "yaml-deser"]
HOSTS = ["chal.%s.org", "ctf.%s.io", "play.%s.net", "%s.ctf.dev", "scoreboard.%s.org"]
USERS = ["alice", "bob", "r3v3rs3r", "n0pslide", "h4ck3rm4n", "ctfadmin", "organizer", "m1ss1ngn0", "qwerty"]


def event(r):
    return r.choice(EVENTS)


def host(r, ev=None):
    return r.choice(HOSTS) % (ev or event(r))


def chal(r):
    return r.choice(CHALS)


def ip(r):
    return "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 250))


def pubip(r):
    return "%d.%d.%d.%d" % (r.choice([34, 35, 45, 104, 139, 142, 159, 165, 167, 178]),
                            r.randint(1, 254), r.randint(1, 254), r.randint(2, 250))


def uuid4(r):
    h = rs(r, HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])


def flag(r, fmt=None):
    fmt = fmt or r.choice(["flag", "picoCTF", "HTB", "CTF", "FLAG", "bctf", "uiuctf"])
    words = ["n0t", "th3", "k3y", "y0u", "f0und", "1t", "h34p", "r0p", "x0r", "s1mpl3", "b4by",
             "rsa", "is", "fun", "g00d", "j0b", "l34k", "c4ch3", "r4c3", "w1n"]
    body = "_".join(r.choice(words) for _ in range(r.randint(3, 5)))
    if r.random() < .4:
        body += "_" + rs(r, HEX, 8)
    return "%s{%s}" % (fmt, body)


def hdr_comment(r, style="#"):
    lines = r.choice([
        ["Managed by the infra team. Do not edit on the box, edit in the repo."],
        ["%s - challenge infrastructure" % event(r).upper()],
        ["Generated %s, see docs/deploy.md" % r.choice(["2023-09-14", "2024-02-03", "2024-05-21", "2023-11-30"])],
        ["Local deployment settings", "Ask in #infra before changing ports."],
    ])
    return [style + " " + x for x in lines]


# ---------------------------------------------------------------- positive templates
POS = []


def pos(provider, kind):
    def deco(fn):
        POS.append((fn.__name__[2:], provider, kind, fn))
        return fn
    return deco


def J(lines):
    return "\n".join(lines) + "\n"


@pos("ctfd", "framework_secret_key")
def t_ctfd_ini_secret(r, S):
    return "CTFd/config.ini", J([
        "[server]", "# The secret value used to creation sessions and sign strings. This should be set to a random string.",
        "# If left empty it is read from .ctfd_secret_key", "SECRET_KEY = " + S.v("flask_secret", "SECRET_KEY"), "",
        "# The URI that specifies the username, password, hostname, port, and database of the server",
        "DATABASE_URL =", "", "REDIS_URL =", "", "[security]", "SESSION_COOKIE_HTTPONLY = true",
        "SESSION_COOKIE_SAMESITE = Lax", "PERMANENT_SESSION_LIFETIME = 604800", "", "[email]", "MAILFROM_ADDR = noreply@" + host(r),
        "MAIL_SERVER =", "", "[uploads]", "UPLOAD_PROVIDER = filesystem", "UPLOAD_FOLDER = /var/uploads", "",
        "[logs]", "LOG_FOLDER = /var/log/CTFd", "", "[optional]", "REVERSE_PROXY = true",
        "THEME_FALLBACK = true", "SERVER_SENT_EVENTS = true"])


@pos("ctfd", "db_password")
def t_ctfd_ini_db(r, S):
    h = r.choice(["db", "mariadb", ip(r)])
    return "CTFd/config.ini", J([
        "[server]", "SECRET_KEY =", "",
        "# mysql+pymysql://user:password@host:port/database",
        "DATABASE_URL = mysql+pymysql://ctfd:%s@%s:3306/ctfd" % (S.v("db_password", "MYSQL_PASSWORD", "url"), h),
        "SQLALCHEMY_MAX_OVERFLOW = 20", "SQLALCHEMY_POOL_PRE_PING = true", "", "REDIS_URL = redis://cache:6379",
        "", "[security]", "TRUSTED_PROXIES =", "", "[optional]", "REVERSE_PROXY = true", "TEMPLATES_AUTO_RELOAD = false"])


@pos("ctfd", "redis_password")
def t_ctfd_ini_redis(r, S):
    return "deploy/ctfd/config.ini", J(hdr_comment(r) + [
        "[server]", "SECRET_KEY =", "DATABASE_URL = mysql+pymysql://ctfd@db/ctfd?unix_socket=/run/mysqld/mysqld.sock",
        "REDIS_URL = redis://:%s@%s:6379/0" % (S.v("redis_password", "REDIS_PASSWORD", "url"), r.choice(["cache", "redis", ip(r)])),
        "REDIS_HOST =", "REDIS_PROTOCOL = redis", "", "[management]", "UPDATE_CHECK = false",
        "APPLICATION_ROOT = /", "", "[optional]", "SWAGGER_UI = false"])


@pos("sendgrid", "smtp_password")
def t_ctfd_ini_mail(r, S):
    ev = event(r)
    return "CTFd/config.ini", J([
        "[server]", "SECRET_KEY =", "", "[email]", "MAILFROM_ADDR = noreply@%s.org" % ev,
        "MAIL_SERVER = smtp.sendgrid.net", "MAIL_PORT = 587", "MAIL_USEAUTH = true", "MAIL_USERNAME = apikey",
        "MAIL_PASSWORD = " + S.v("sendgrid", "MAIL_PASSWORD"), "MAIL_TLS = true", "MAIL_SSL = false",
        "MAILSENDER_ADDR =", "MAILGUN_API_KEY =", "MAILGUN_BASE_URL =", "", "[optional]",
        "REVERSE_PROXY = 2,1,0,0,0"])


@pos("aws", "cloud_secret_key")
def t_ctfd_ini_s3(r, S):
    kid = ("AKIA" + rs(r, UP + "234567", 16)) if S.mode == "pos" else "AKIAIOSFODNN7EXAMPLE"
    return "CTFd/config.ini", J([
        "[server]", "SECRET_KEY =", "", "[uploads]", "UPLOAD_PROVIDER = s3",
        "AWS_ACCESS_KEY_ID = " + kid, "AWS_SECRET_ACCESS_KEY = " + S.v("aws_secret", "AWS_SECRET_ACCESS_KEY"),
        "AWS_S3_BUCKET = %s-ctfd-uploads" % event(r), "AWS_S3_ENDPOINT_URL =", "AWS_S3_REGION = eu-central-1",
        "", "[logs]", "LOG_FOLDER = /var/log/CTFd"])


@pos("ctfd", "db_password")
def t_ctfd_compose(r, S):
    return "docker-compose.yml", J([
        "services:", "  ctfd:", "    image: ctfd/ctfd:3.%d.%d" % (r.randint(5, 7), r.randint(0, 3)),
        "    user: root", "    restart: always", "    ports:", '      - "8000:8000"', "    environment:",
        "      - UPLOAD_FOLDER=/var/uploads", "      - DATABASE_URL=mysql+pymysql://ctfd:${MYSQL_PASSWORD}@db/ctfd",
        "      - REDIS_URL=redis://cache:6379", "      - WORKERS=4", "      - LOG_FOLDER=/var/log/CTFd",
        "      - ACCESS_LOG=-", "      - ERROR_LOG=-", "      - REVERSE_PROXY=true", "    volumes:",
        "      - .data/CTFd/logs:/var/log/CTFd", "      - .data/CTFd/uploads:/var/uploads", "    depends_on:",
        "      - db", "", "  db:", "    image: mariadb:10.11", "    restart: always", "    environment:",
        "      - MARIADB_ROOT_PASSWORD=" + S.v("db_password", "MARIADB_ROOT_PASSWORD"),
        "      - MARIADB_USER=ctfd", "      - MARIADB_PASSWORD=${MYSQL_PASSWORD}", "      - MARIADB_DATABASE=ctfd",
        "      - MARIADB_AUTO_UPGRADE=1", "    volumes:", "      - .data/mysql:/var/lib/mysql",
        "    command: [mysqld, --character-set-server=utf8mb4, --collation-server=utf8mb4_unicode_ci, --wait_timeout=28800]",
        "", "  cache:", "    image: redis:4", "    restart: always", "    volumes:", "      - .data/redis:/data"])


@pos("ctfd", "api_token")
def t_ctfcli_config(r, S):
    ev = event(r)
    chs = [chal(r) for _ in range(r.randint(2, 5))]
    return ".ctf/config", J([
        "[config]", "url = https://%s" % host(r, ev), "access_token = " + S.v("ctfd_token", "access_token"), "",
        "[challenges]"] + ["%s = %s/%s" % (c, r.choice(CATS), c) for c in sorted(set(chs))])


@pos("ctfd", "api_token")
def t_ctfd_upload_py(r, S):
    var = r.choice(["CTFD_TOKEN", "CTFD_API_TOKEN", "ADMIN_TOKEN", "API_KEY", "TOKEN", "auth"])
    return "scripts/upload_challenges.py", J([
        "#!/usr/bin/env python3", '"""Push every challenge.yml under challenges/ to the CTFd instance."""',
        "import pathlib", "import sys", "", "import requests", "import yaml", "",
        'CTFD_URL = "https://%s"' % host(r), "%s = %s" % (var, S.v("ctfd_token", "CTFD_TOKEN", "py")), "",
        "s = requests.Session()", 's.headers.update({"Authorization": f"Token {%s}", "Content-Type": "application/json"})' % var,
        "", "", "def push(path):", "    spec = yaml.safe_load(path.read_text())",
        '    body = {k: spec[k] for k in ("name", "category", "description", "value", "type")}',
        '    body["state"] = spec.get("state", "hidden")',
        '    r = s.post(f"{CTFD_URL}/api/v1/challenges", json=body, timeout=20)', "    r.raise_for_status()",
        '    cid = r.json()["data"]["id"]', '    for fl in spec.get("flags", []):',
        '        s.post(f"{CTFD_URL}/api/v1/flags", json={"challenge": cid, "content": fl, "type": "static"})',
        '    print(f"[+] {spec[\'name\']} -> #{cid}")', "", "",
        'if __name__ == "__main__":', '    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "challenges")',
        '    for p in sorted(root.glob("*/*/challenge.yml")):', "        push(p)"])


@pos("ctfd", "api_token")
def t_ctfd_curl_sh(r, S):
    h = host(r)
    return "scripts/scoreboard_freeze.sh", J([
        "#!/usr/bin/env bash", "# Freeze the scoreboard 1h before the end and export standings.", "set -euo pipefail", "",
        'URL="https://%s"' % h, "", 'curl -fsS -X PATCH "$URL/api/v1/configs" \\',
        '  -H "Authorization: Token %s" \\' % S.v("ctfd_token", "CTFD_TOKEN", "raw"),
        '  -H "Content-Type: application/json" \\', "  -d '{\"freeze\": \"%d\"}'" % r.randint(1700000000, 1720000000), "",
        'curl -fsS "$URL/api/v1/scoreboard" | jq -r \'.data[] | [.pos, .name, .score] | @csv\' > standings.csv',
        'echo "frozen, $(wc -l < standings.csv) teams exported"'])


@pos("ctfd", "api_token")
def t_ctfd_gha(r, S):
    return ".github/workflows/sync-challenges.yml", J([
        "name: sync challenges", "on:", "  push:", "    branches: [main]", "    paths: ['challenges/**']",
        "  workflow_dispatch: {}", "", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:",
        "      CTFD_URL: https://%s" % host(r), "      CTFD_TOKEN: " + S.v("ctfd_token", "CTFD_TOKEN", "yaml"),
        "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
        "        with:", "          python-version: '3.11'", "      - run: pip install ctfcli==0.1.%d" % r.randint(1, 3),
        "      - name: install challenges", "        run: |",
        "          for d in challenges/*/*/; do ctf challenge install \"$d\" || ctf challenge sync \"$d\"; done"])


@pos("rctf", "token_key")
def t_rctf_secrets(r, S):
    return "rctf.d/06-secrets.yaml", J([
        "# secret rCTF values; the token key signs all auth tokens, rotating it logs everyone out",
        "tokenKey: " + S.v("b64key", "RCTF_TOKEN_KEY", "yaml"), "", "ctftime:",
        "  clientId: %d" % r.randint(100, 999), "  clientSecret: ''"])


@pos("rctf", "db_password")
def t_rctf_db(r, S):
    return "rctf.d/03-db.yaml", J([
        "database:", "  sql:", "    host: postgres", "    port: 5432", "    user: rctf",
        "    password: " + S.v("db_password", "RCTF_DATABASE_PASSWORD", "yaml"), "    database: rctf",
        "  redis:", "    host: redis", "    port: 6379", "  migrate: before"])


@pos("rctf", "db_password")
def t_rctf_env(r, S):
    return r.choice(["rctf/.env", ".env"]), J([
        "RCTF_DATABASE_PASSWORD=" + S.v("db_password", "RCTF_DATABASE_PASSWORD", "raw"),
        "RCTF_REDIS_PASSWORD=${RCTF_DATABASE_PASSWORD}", "RCTF_GIT_REF=master"])


@pos("rctf", "redis_password")
def t_rctf_compose_redis(r, S):
    return "rctf/docker-compose.yml", J([
        "services:", "  rctf:", "    image: redpwn/rctf:${RCTF_GIT_REF}", "    restart: always", "    ports:",
        "      - '127.0.0.1:8080:80'", "    networks: [rctf]", "    env_file: [.env]", "    volumes:",
        "      - ./rctf.d:/app/rctf.d", "      - ./data/uploads:/app/uploads", "    depends_on: [redis, postgres]",
        "  redis:", "    image: redis:6.0.6", "    restart: always",
        "    command: ['redis-server', '--requirepass', '%s']" % S.v("redis_password", "RCTF_REDIS_PASSWORD", "raw"),
        "    networks: [rctf]", "    volumes:", "      - ./data/redis:/data", "  postgres:", "    image: postgres:12.3",
        "    restart: always", "    environment:", "      - POSTGRES_PASSWORD=${RCTF_DATABASE_PASSWORD}",
        "      - POSTGRES_USER=rctf", "      - POSTGRES_DB=rctf", "    networks: [rctf]", "networks:", "  rctf: {}"])


@pos("kctf", "admin_cookie")
def t_kctf_xssbot_js(r, S):
    h = host(r)
    return "challenges/%s/challenge/bot.js" % r.choice(["web-notes", "xss-board", "pastebin-plus"]), J([
        "const puppeteer = require('puppeteer');", "const net = require('net');", "",
        "const BOT_HOST = '%s';" % h, "", "async function visit(url) {",
        "  const browser = await puppeteer.launch({ args: ['--no-sandbox', '--js-flags=--noexpose_wasm,--jitless'] });",
        "  const page = await browser.newPage();", "  await page.setCookie({", "    name: 'session',",
        "    value: %s," % S.v("admin_cookie", "ADMIN_COOKIE", "js", "'"), "    domain: BOT_HOST,", "    httpOnly: true,",
        "    sameSite: 'Lax',", "  });", "  await page.goto(url, { timeout: 5000 });",
        "  await new Promise((r) => setTimeout(r, 3000));", "  await browser.close();", "}", "",
        "net.createServer((sock) => {", "  sock.once('data', async (d) => {", "    const url = d.toString().trim();",
        "    if (!/^https?:\\/\\//.test(url)) return sock.end('bad url\\n');", "    await visit(url).catch(() => {});",
        "    sock.end('visited\\n');", "  });", "}).listen(1337);"])


@pos("kctf", "admin_password")
def t_kctf_secret_yaml(r, S):
    c = chal(r)
    return "challenges/%s/secrets/admin.yaml" % c, J([
        "apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-admin" % c, "  namespace: default",
        "  labels:", "    app: %s" % c, "type: Opaque", "stringData:",
        "  username: admin", "  password: " + S.v("admin_password", "ADMIN_PASSWORD", "yaml")])


@pos("kctf", "admin_password")
def t_kctf_healthcheck_py(r, S):
    c = chal(r)
    var = r.choice(["PASSWORD", "ADMIN_PW", "pw", "ADMIN_PASSWORD"])
    return "challenges/%s/healthcheck/healthcheck.py" % c, J([
        "#!/usr/bin/env python3", "# kCTF healthcheck: log in as admin and check the flag page renders.",
        "import pwnlib.tubes", "import requests", "", "BASE = 'http://127.0.0.1:1337'",
        "%s = %s" % (var, S.v("admin_password", "ADMIN_PASSWORD", "py", "'")), "",
        "def main():", "    s = requests.Session()",
        "    r = s.post(BASE + '/login', data={'username': 'admin', 'password': %s}, timeout=5)" % var,
        "    assert r.status_code == 200, r.status_code", "    r = s.get(BASE + '/admin', timeout=5)",
        "    assert 'CTF{' in r.text", "", "if __name__ == '__main__':", "    main()", "    exit(0)"])


@pos("domjudge", "api_password")
def t_dj_restapi(r, S):
    h = r.choice(["http://localhost/domjudge/api", "https://%s/api" % host(r), "http://domserver/api"])
    return r.choice(["etc/restapi.secret", "domjudge/etc/restapi.secret", "judgehost/etc/restapi.secret"]), J([
        "# Randomly generated on host %s, %s" % (r.choice(["domserver", "judge01", "dj-main"]),
                                                 r.choice(["Tue Feb 13 10:21:44 UTC 2024", "Sat Oct  7 18:02:11 CEST 2023"])),
        "# Format: '<ID> <API url> <user> <password>'",
        "default\t%s\tjudgehost\t%s" % (h, S.v("restapi_password", "JUDGEDAEMON_PASSWORD", "raw"))])


@pos("domjudge", "admin_password")
def t_dj_adminpw(r, S):
    return r.choice(["etc/initial_admin_password.secret", "domjudge/etc/initial_admin_password.secret"]), \
        S.v("restapi_password" if r.random() < .5 else "db_password", "ADMIN_PASSWORD", "raw") + "\n"


@pos("domjudge", "db_password")
def t_dj_dbpw(r, S):
    return "etc/dbpasswords.secret", J([
        "# Format: 'dummy:<db_host>:<db_name>:<user>:<password>'",
        "dummy:%s:domjudge:domjudge:%s" % (r.choice(["localhost", "mariadb", "127.0.0.1"]), S.v("db_password", "DB_PASSWORD", "raw"))])


@pos("domjudge", "db_password")
def t_dj_compose(r, S):
    return "domjudge/docker-compose.yml", J([
        "version: '3'", "services:", "  mariadb:", "    image: mariadb:10", "    restart: unless-stopped",
        "    environment:", "      - MYSQL_ROOT_PASSWORD=${DB_ROOT_PASSWORD}", "      - MYSQL_USER=domjudge",
        "      - MYSQL_PASSWORD=" + S.v("db_password", "DB_DOMJUDGE_PASSWORD", "raw"), "      - MYSQL_DATABASE=domjudge",
        "    command: --max-connections=1000 --max-allowed-packet=512M", "    volumes:", "      - ./mariadb:/var/lib/mysql",
        "  domserver:", "    image: domjudge/domserver:%d.%d.%d" % (8, r.randint(1, 3), r.randint(0, 3)), "    restart: unless-stopped",
        "    depends_on: [mariadb]", "    ports:", "      - 12345:80", "    environment:", "      - CONTAINER_TIMEZONE=Europe/Amsterdam",
        "      - MYSQL_HOST=mariadb", "      - MYSQL_USER=domjudge", "      - MYSQL_DATABASE=domjudge",
        "      - MYSQL_PASSWORD_FILE=/run/secrets/db_password"])


@pos("domjudge", "api_password")
def t_dj_judgehost_compose(r, S):
    n = r.randint(0, 3)
    return "judgehosts/compose.yaml", J([
        "services:", "  judgehost-%d:" % n, "    image: domjudge/judgehost:8.%d.%d" % (r.randint(1, 3), r.randint(0, 2)),
        "    privileged: true", "    hostname: judgedaemon-%d" % n, "    restart: unless-stopped", "    environment:",
        "      DAEMON_ID: %d" % n, "      DOMSERVER_BASEURL: https://%s/" % host(r),
        "      JUDGEDAEMON_USERNAME: judgehost",
        "      JUDGEDAEMON_PASSWORD: " + S.v("restapi_password", "JUDGEDAEMON_PASSWORD", "yaml"),
        "    volumes:", "      - /sys/fs/cgroup:/sys/fs/cgroup"])


@pos("domjudge", "framework_secret_key")
def t_dj_env_local_php(r, S):
    return "webapp/.env.local.php", J([
        "<?php", "", "// This file was generated by DOMjudge's gensymfonyenv, do not edit by hand.", "return array (",
        "  'APP_ENV' => 'prod',", "  'APP_SECRET' => %s," % S.v(r.choice(["symfony_secret", "dj_appsecret"]), "APP_SECRET", "php", "'"),
        "  'DATABASE_URL' => 'mysql://domjudge@localhost:3306/domjudge?serverVersion=10.11.0-MariaDB',",
        "  'MAILER_DSN' => 'null://null',", ");"])


def judge0_conf(r, S, which, kind):
    vals = {"REDIS_PASSWORD": "", "POSTGRES_PASSWORD": "", "AUTHN_TOKEN": "", "SECRET_KEY_BASE": "", "AUTHZ_TOKEN": ""}
    vals[which] = S.v(kind, which, "raw")
    L = ["#" * 80, "# Judge0 Configuration File", "#" * 80, "", "#" * 80, "# Judge0 Server Configuration", "#" * 80,
         "JUDGE0_TELEMETRY_ENABLE=false", "", "# Automatically restart Judge0 server if it fails to start.",
         "# Default: 10", "RESTART_MAX_TRIES=", "", "MAINTENANCE_MODE=", "MAINTENANCE_MESSAGE=", "",
         "# Secret key base for production, if not set it will be randomly generated", "# Default: randomly generated",
         "SECRET_KEY_BASE=" + vals["SECRET_KEY_BASE"], "", "# Allow only specified origins.", "ALLOW_ORIGIN=",
         "DISALLOW_ORIGIN=", "ALLOW_IP=", "DISALLOW_IP=", "", "#" * 80, "# Judge0 Authentication Configuration",
         "#" * 80, "# Specify custom authentication header. Default: X-Auth-Token", "AUTHN_HEADER=",
         "# Specify valid authentication tokens.", "AUTHN_TOKEN=" + vals["AUTHN_TOKEN"], "", "#" * 80,
         "# Judge0 Authorization Configuration", "#" * 80, "AUTHZ_HEADER=", "AUTHZ_TOKEN=" + vals["AUTHZ_TOKEN"], "",
         "#" * 80, "# Judge0 Workers Configuration", "#" * 80, "INTERVAL=", "COUNT=%d" % r.choice([2, 4, 8]),
         "MAX_QUEUE_SIZE=%d" % r.choice([100, 250, 500]), "", "#" * 80, "# Redis Configuration", "#" * 80,
         "REDIS_HOST=redis", "REDIS_PORT=", "# Password for Redis. If not set Redis is not protected with password.",
         "REDIS_PASSWORD=" + vals["REDIS_PASSWORD"], "", "#" * 80, "# PostgreSQL Configuration", "#" * 80,
         "POSTGRES_HOST=db", "POSTGRES_PORT=", "POSTGRES_DB=judge0", "POSTGRES_USER=judge0",
         "POSTGRES_PASSWORD=" + vals["POSTGRES_PASSWORD"], "", "#" * 80, "# Submission Configuration", "#" * 80,
         "CPU_TIME_LIMIT=%d" % r.choice([2, 5]), "MAX_CPU_TIME_LIMIT=15", "WALL_TIME_LIMIT=10",
         "MEMORY_LIMIT=128000", "MAX_MEMORY_LIMIT=512000", "ENABLE_NETWORK=false", "ENABLE_BATCHED_SUBMISSIONS=true",
         "MAX_SUBMISSION_BATCH_SIZE=20", "ENABLE_CALLBACKS=true", "CALLBACKS_MAX_TRIES=3"]
    return r.choice(["judge0.conf", "judge0/judge0.conf", "infra/judge0/judge0.conf"]), J(L)


@pos("judge0", "redis_password")
def t_judge0_redis(r, S):
    return judge0_conf(r, S, "REDIS_PASSWORD", "redis_password")


@pos("judge0", "db_password")
def t_judge0_pg(r, S):
    return judge0_conf(r, S, "POSTGRES_PASSWORD", "db_password")


@pos("judge0", "api_token")
def t_judge0_authn(r, S):
    return judge0_conf(r, S, "AUTHN_TOKEN", "authn_token")


@pos("judge0", "framework_secret_key")
def t_judge0_skb(r, S):
    return judge0_conf(r, S, "SECRET_KEY_BASE", "rails_skb")


@pos("judge0", "api_token")
def t_judge0_client_js(r, S):
    return r.choice(["src/lib/judge0.js", "frontend/src/api/runner.js"]), J([
        "// Thin wrapper around our self-hosted Judge0 instance used by the practice arena.",
        "const BASE = 'https://judge.%s.org';" % event(r), "", "export async function runCode(source, languageId, stdin = '') {",
        "  const res = await fetch(`${BASE}/submissions?base64_encoded=false&wait=true`, {", "    method: 'POST',",
        "    headers: {", "      'Content-Type': 'application/json',",
        "      'X-Auth-Token': %s," % S.v("authn_token", "JUDGE0_AUTH_TOKEN", "js", "'"), "    },",
        "    body: JSON.stringify({ source_code: source, language_id: languageId, stdin }),", "  });",
        "  if (!res.ok) throw new Error(`judge0: ${res.status}`);", "  const data = await res.json();",
        "  return { status: data.status.description, stdout: data.stdout, time: data.time, memory: data.memory };", "}"])


@pos("judge0", "api_token")
def t_judge0_client_py(r, S):
    return "grader/run_tests.py", J([
        "import sys", "import time", "", "from judge0client import Judge0", "", "",
        "client = Judge0(\"http://%s:2358\", %s)" % (ip(r), S.v("authn_token", "JUDGE0_TOKEN", "py")), "", "",
        "def grade(path, lang=71):", "    src = open(path).read()", "    sub = client.submit(src, language_id=lang, stdin=open('tests/1.in').read())",
        "    while sub.status in ('In Queue', 'Processing'):", "        time.sleep(0.5)", "        sub.refresh()",
        "    return sub.status == 'Accepted'", "", "", "if __name__ == '__main__':",
        "    ok = all(grade(p) for p in sys.argv[1:])", "    sys.exit(0 if ok else 1)"])


@pos("discord", "bot_token")
def t_discord_run_py(r, S):
    return r.choice(["bot/main.py", "ctfbot/bot.py", "discord-bot/run.py"]), J([
        "import discord", "from discord.ext import commands", "", "intents = discord.Intents.default()",
        "intents.message_content = True", "bot = commands.Bot(command_prefix='!', intents=intents)", "", "",
        "@bot.event", "async def on_ready():", "    print(f'logged in as {bot.user} ({bot.user.id})')", "", "",
        "@bot.command()", "async def solves(ctx, challenge: str):", "    \"\"\"!solves <challenge> - who solved it\"\"\"",
        "    rows = await ctx.bot.db.fetch('SELECT team FROM solves WHERE chal = $1', challenge)",
        "    await ctx.send(', '.join(r['team'] for r in rows) or 'no solves yet')", "", "",
        "bot.run(%s)" % S.v("discord_bot", "DISCORD_TOKEN", "py", r.choice(["'", '"']))])


@pos("discord", "bot_token")
def t_discord_const_py(r, S):
    gid = snowflake(r)
    return "ctf_helper/settings.py", J([
        '"""Settings for the team CTF helper bot."""', "", "DISCORD_TOKEN = " + S.v("discord_bot", "DISCORD_TOKEN", "py"),
        "GUILD_ID = %s" % gid, "CTF_CATEGORY_NAME = 'Active CTFs'", "ARCHIVE_CATEGORY_NAME = 'Archive'",
        "CTFTIME_API = 'https://ctftime.org/api/v1/events/'", "REMINDER_MINUTES = [60, 10]"])


@pos("discord", "bot_token")
def t_discord_login_js(r, S):
    return "index.js", J([
        "const { Client, GatewayIntentBits, Events } = require('discord.js');", "const fs = require('node:fs');", "",
        "const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] });", "",
        "client.once(Events.ClientReady, (c) => {", "  console.log(`Ready! Logged in as ${c.user.tag}`);", "});", "",
        "client.on(Events.InteractionCreate, async (interaction) => {", "  if (!interaction.isChatInputCommand()) return;",
        "  if (interaction.commandName === 'flag') {",
        "    await interaction.reply({ content: 'Submit flags on the scoreboard, not here :)', ephemeral: true });", "  }",
        "});", "", "client.login(%s);" % S.v("discord_bot", "DISCORD_TOKEN", "js", "'")])


@pos("discord", "bot_token")
def t_discord_config_json(r, S):
    d = {"token": "@@SLOT@@", "prefix": r.choice(["!", "?", "$"]), "guildId": snowflake(r), "clientId": snowflake(r),
         "ctfCategory": "CTF " + r.choice(["2023", "2024"]), "adminRole": snowflake(r)}
    txt = json.dumps(d, indent=2).replace("@@SLOT@@", S.v("discord_bot", "DISCORD_TOKEN", "json"))
    return r.choice(["config.json", "bot/config.json"]), txt + "\n"


@pos("discord", "bot_token")
def t_discord_ts(r, S):
    var = r.choice(["BOT_TOKEN", "token", "SECRET", "discordToken"])
    return "src/bot.ts", J([
        "import { Client, GatewayIntentBits, REST, Routes } from 'discord.js';", "import { commands } from './commands';", "",
        "const %s = %s;" % (var, S.v("discord_bot", "BOT_TOKEN", "js", "'")),
        "const APP_ID = '%s';" % snowflake(r), "", "const rest = new REST({ version: '10' }).setToken(%s);" % var,
        "await rest.put(Routes.applicationCommands(APP_ID), { body: commands.map((c) => c.data.toJSON()) });", "",
        "const client = new Client({ intents: [GatewayIntentBits.Guilds] });", "client.login(%s);" % var])


@pos("discord", "bot_token")
def t_discord_toml(r, S):
    return "config.toml", J([
        "[bot]", 'token = "%s"' % S.v("discord_bot", "DISCORD_TOKEN", "json"), 'prefix = ">"', "",
        "[ctfd]", 'url = "https://%s"' % host(r), "poll_seconds = 30", 'announce_channel = %s' % snowflake(r), "",
        "[firstblood]", "enabled = true", 'emoji = ":drop_of_blood:"'])


@pos("discord", "webhook_url")
def t_discord_webhook_py(r, S):
    var = r.choice(["WEBHOOK_URL", "DISCORD_WEBHOOK", "HOOK", "url"])
    return "CTFd/plugins/firstblood/__init__.py", J([
        "import requests", "from CTFd.models import Solves", "from CTFd.utils.modes import get_model", "",
        "%s = %s" % (var, S.v("discord_webhook", "DISCORD_WEBHOOK_URL", "py")), "", "",
        "def load(app):", "    from CTFd.api.v1.challenges import ChallengeAttempt", "", "    @app.after_request",
        "    def announce(resp):", "        return resp", "", "",
        "def first_blood(team, challenge):", "    if Solves.query.filter_by(challenge_id=challenge.id).count() != 1:",
        "        return", "    msg = f':drop_of_blood: First blood on **{challenge.name}** by **{team.name}**'",
        "    requests.post(%s, json={'content': msg}, timeout=5)" % var])


@pos("discord", "webhook_url")
def t_discord_webhook_sh(r, S):
    return "scripts/notify.sh", J([
        "#!/bin/sh", "# usage: notify.sh <message>", "msg=\"$1\"", "",
        "curl -s -H 'Content-Type: application/json' \\", "     -d \"{\\\"content\\\": \\\"$msg\\\"}\" \\",
        "     '%s'" % S.v("discord_webhook", "DISCORD_WEBHOOK_URL", "raw")])


@pos("discord", "webhook_url")
def t_discord_webhook_yaml(r, S):
    return "monitoring/alertmanager.yml", J([
        "route:", "  receiver: ctf-infra", "  group_wait: 30s", "  repeat_interval: 2h", "", "receivers:",
        "  - name: ctf-infra", "    discord_configs:", "      - webhook_url: " + S.v("discord_webhook", "DISCORD_WEBHOOK_URL", "yaml"),
        "        title: '{{ .CommonLabels.alertname }} on {{ .CommonLabels.instance }}'", "        send_resolved: true"])


@pos("slack", "bot_token")
def t_slack_py(r, S):
    return "tools/slack_announce.py", J([
        "from slack_sdk import WebClient", "from slack_sdk.errors import SlackApiError", "",
        "client = WebClient(token=%s)" % S.v("slack_bot", "SLACK_BOT_TOKEN", "py"), "CHANNEL = '#ctf-announcements'", "", "",
        "def announce(text):", "    try:", "        client.chat_postMessage(channel=CHANNEL, text=text)",
        "    except SlackApiError as e:", "        print('slack error:', e.response['error'])", "", "",
        "if __name__ == '__main__':", "    import sys", "    announce(' '.join(sys.argv[1:]))"])


@pos("slack", "webhook_url")
def t_slack_gha(r, S):
    return ".github/workflows/deploy-challenges.yml", J([
        "name: deploy", "on:", "  push:", "    tags: ['v*']", "jobs:", "  deploy:", "    runs-on: ubuntu-latest",
        "    steps:", "      - uses: actions/checkout@v4", "      - name: build images", "        run: make -C challenges images",
        "      - name: push", "        run: make -C challenges push REGISTRY=ghcr.io/${{ github.repository_owner }}",
        "      - name: notify", "        if: always()", "        run: |",
        "          curl -X POST -H 'Content-type: application/json' \\",
        "            --data \"{\\\"text\\\":\\\"challenge deploy ${{ job.status }} (${{ github.ref_name }})\\\"}\" \\",
        "            %s" % S.v("slack_webhook", "SLACK_WEBHOOK_URL", "raw")])


@pos("slack", "bot_token")
def t_slack_yaml(r, S):
    return "notifier/config.yaml", J([
        "ctfd:", "  url: https://%s" % host(r), "  poll_interval: 20s", "slack:",
        "  bot_token: " + S.v("slack_bot", "SLACK_BOT_TOKEN", "yaml"), "  channel: C0%s" % rs(r, UP + DIG, 9),
        "  first_blood_only: %s" % r.choice(["true", "false"]), "log_level: info"])


@pos("telegram", "bot_token")
def t_telegram_py(r, S):
    var = r.choice(["TELEGRAM_BOT_TOKEN", "TG_TOKEN", "BOT", "key"])
    return "alerts/telegram.py", J([
        "import requests", "", "%s = %s" % (var, S.v("telegram_bot", "TELEGRAM_BOT_TOKEN", "py")),
        "CHAT_ID = -100%d" % r.randint(1000000000, 1999999999), "", "",
        "def send(text):", "    requests.post(", "        f'https://api.telegram.org/bot{%s}/sendMessage'," % var,
        "        data={'chat_id': CHAT_ID, 'text': text, 'parse_mode': 'Markdown'},", "        timeout=10,", "    )"])


@pos("telegram", "bot_token")
def t_telegram_sh(r, S):
    return "scripts/tg_notify.sh", J([
        "#!/usr/bin/env bash", "# Send a message to the organisers' Telegram group when a service goes down.",
        "CHAT=-100%d" % r.randint(1000000000, 1999999999), 'TEXT="${1:-ping}"', "",
        'curl -s "https://api.telegram.org/bot%s/sendMessage" \\' % S.v("telegram_bot", "TG_BOT_TOKEN", "raw"),
        '  --data-urlencode "chat_id=$CHAT" --data-urlencode "text=$TEXT" >/dev/null'])


@pos("hackthebox", "api_token")
def t_htb_py(r, S):
    var = r.choice(["HTB_TOKEN", "APP_TOKEN", "appkey", "JWT"])
    return r.choice(["htb/spawn.py", "tools/htb_cli.py"]), J([
        "#!/usr/bin/env python3", "import argparse", "import requests", "",
        "API = 'https://labs.hackthebox.com/api/v4'", "%s = %s" % (var, S.v("htb_token", "HTB_TOKEN", "py", "'")),
        "HEADERS = {'Authorization': f'Bearer {%s}', 'User-Agent': 'htb-cli/0.3'}" % var, "", "",
        "def machine(name):", "    r = requests.get(f'{API}/machine/profile/{name}', headers=HEADERS, timeout=15)",
        "    r.raise_for_status()", "    return r.json()['info']", "", "",
        "def spawn(mid):", "    return requests.post(f'{API}/vm/spawn', json={'machine_id': mid}, headers=HEADERS).json()", "", "",
        "if __name__ == '__main__':", "    ap = argparse.ArgumentParser()", "    ap.add_argument('machine')",
        "    m = machine(ap.parse_args().machine)", "    print(m['name'], m['ip'] or '-', m['difficultyText'])",
        "    print(spawn(m['id']))"])


@pos("hackthebox", "api_token")
def t_htb_sh(r, S):
    return r.choice(["dotfiles/htb.sh", "scripts/htb-env.sh"]), J([
        "# sourced from ~/.bashrc", "export HTB_TOKEN=" + S.v("htb_token", "HTB_TOKEN", "sh"),
        "alias htbvpn='sudo openvpn --config ~/htb/lab_%s.ovpn'" % r.choice(USERS),
        "htbip() { curl -s -H \"Authorization: Bearer $HTB_TOKEN\" https://labs.hackthebox.com/api/v4/machine/active | jq -r .info.ip; }"])


@pos("hackthebox", "api_token")
def t_htb_yaml(r, S):
    return "config/htb-bot.yml", J([
        "discord:", "  guild: %s" % snowflake(r), "  channel: %s" % snowflake(r), "htb:",
        "  team_id: %d" % r.randint(1000, 9999), "  api_token: " + S.v("htb_token", "HTB_APP_TOKEN", "yaml"),
        "  poll_minutes: 15", "  announce: [user_own, system_own, challenge_own]"])


@pos("github", "personal_access_token")
def t_ghp_clone_sh(r, S):
    ev = event(r)
    return "infra/bootstrap.sh", J([
        "#!/bin/bash", "set -e", "apt-get update -qq && apt-get install -y -qq docker.io git jq",
        "mkdir -p /opt/%s && cd /opt/%s" % (ev, ev),
        "git clone --depth 1 https://oauth2:%s@github.com/%s/challenges.git" % (S.v("github_pat", "GITHUB_TOKEN", "url"), ev),
        "cd challenges && ./build_all.sh", "systemctl enable --now docker"])


@pos("github", "personal_access_token")
def t_ghp_py(r, S):
    return "scripts/mirror_writeups.py", J([
        "from github import Github", "", "gh = Github(%s)" % S.v("github_pat", "GITHUB_TOKEN", "py"),
        "repo = gh.get_repo('%s/writeups')" % event(r), "", "for issue in repo.get_issues(state='open', labels=['writeup']):",
        "    print(issue.number, issue.title)"])


@pos("digitalocean", "cloud_api_token")
def t_do_tf(r, S):
    n = r.randint(2, 8)
    return "terraform/main.tf", J([
        "terraform {", "  required_providers {", "    digitalocean = {", '      source  = "digitalocean/digitalocean"',
        '      version = "~> 2.34"', "    }", "  }", "}", "", 'provider "digitalocean" {',
        '  token = "%s"' % S.v("do_token", "DIGITALOCEAN_TOKEN", "json"), "}", "",
        'resource "digitalocean_droplet" "chal" {', "  count    = %d" % n, '  name     = "chal-${count.index}"',
        '  region   = "%s"' % r.choice(["fra1", "ams3", "nyc3", "sgp1"]), '  size     = "s-2vcpu-4gb"',
        '  image    = "docker-20-04"', "  ssh_keys = [var.ssh_fingerprint]", '  tags     = ["ctf", "challenge"]', "}"])


@pos("digitalocean", "cloud_api_token")
def t_do_tfvars(r, S):
    return r.choice(["terraform/terraform.tfvars", "infra/prod.tfvars"]), J([
        'do_token        = "%s"' % S.v("do_token", "do_token", "json"),
        'ssh_fingerprint = "%s"' % ":".join(rs(r, HEX, 2) for _ in range(16)),
        'region          = "%s"' % r.choice(["fra1", "ams3", "lon1"]), "chal_count      = %d" % r.randint(3, 12),
        'domain          = "%s"' % host(r)])


@pos("ssh", "private_key")
def t_ssh_keyfile(r, S):
    return r.choice(["infra/keys/chal-host", "ansible/files/deploy_ed25519", "keys/id_ed25519"]), \
        S.v("ssh_key", "SSH_PRIVATE_KEY", "pem") + "\n"


@pos("ssh", "private_key")
def t_ssh_ansible(r, S):
    return "ansible/group_vars/challenge_hosts.yml", J([
        "ansible_user: ctfops", "ansible_python_interpreter: /usr/bin/python3", "docker_compose_version: v2.24.5",
        "challenge_ports: [1337, 1338, 31337]", "deploy_key: |",
        "  " + S.v(r.choice(["ssh_key", "rsa_key"]), "DEPLOY_KEY", "pem", indent="  "),
        "fail2ban_enabled: true"])


@pos("ssh", "private_key")
def t_ssh_md(r, S):
    h = pubip(r)
    return "docs/infra-handover.md", J([
        "# Infra handover", "", "Challenge box: `%s` (Ubuntu 22.04), user `ctfops`." % h, "",
        "Save this as `~/.ssh/ctf_chal` and `chmod 600` it:", "", "```",
        S.v("ssh_key", "SSH_PRIVATE_KEY", "pem"), "```", "", "Then `ssh -i ~/.ssh/ctf_chal ctfops@%s`." % h, "",
        "Restart a challenge with `docker compose -f /opt/chals/<name>/docker-compose.yml restart`."])


@pos("discord", "bot_token")
def t_writeup_discord_md(r, S):
    c = chal(r)
    return "writeups/%s/README.md" % c, J([
        "# %s (%s, %d pts)" % (c, r.choice(CATS), r.choice([100, 250, 300, 450, 500])), "",
        "Solved by %s during %s." % (r.choice(USERS), event(r)), "", "## TL;DR", "",
        "Prototype pollution in the settings endpoint lets us flip `isAdmin`.", "",
        "## Notes", "", "Our solve-tracker bot crashed mid-CTF, I restarted it with:", "", "```bash",
        "DISCORD_TOKEN=%s python3 tracker.py --ctf %s" % (S.v("discord_bot", "DISCORD_TOKEN", "raw"), event(r)), "```", "",
        "## Exploit", "", "```python", "import requests", "s = requests.Session()",
        "s.post(URL + '/api/settings', json={'__proto__': {'isAdmin': True}})", "print(s.get(URL + '/admin').text)", "```"])


@pos("hackthebox", "api_token")
def t_writeup_htb_md(r, S):
    m = r.choice(["Lame", "Blue", "Legacy", "Optimum", "Bashed", "Nibbles", "Shocker", "Devel"])
    return "htb/%s/notes.md" % m.lower(), J([
        "# %s" % m, "", "IP: 10.10.10.%d" % r.randint(3, 250), "", "## Spawn via API", "", "```",
        "curl -s -X POST https://labs.hackthebox.com/api/v4/vm/spawn \\",
        "  -H 'Authorization: Bearer %s' \\" % S.v("htb_token", "HTB_TOKEN", "raw"),
        "  -d '{\"machine_id\": %d}'" % r.randint(1, 600), "```", "", "## Enumeration", "",
        "nmap shows 21, 22, 139, 445."])


@pos("ctf-infra", "db_password")
def t_infra_md(r, S):
    return "docs/operations.md", J([
        "# Operations cheat sheet", "", "## Database", "",
        "| what | value |", "|---|---|", "| host | `%s` |" % ip(r), "| user | `ctfd` |",
        "| password | `%s` |" % S.v("db_password", "DB_PASSWORD", "raw"), "", "## Restart", "",
        "`docker compose restart ctfd` - takes ~20s, users keep their sessions."])


@pos("moodle", "db_password")
def t_moodle_config(r, S):
    return "moodle/config.php", J([
        "<?php  // Moodle configuration file", "", "unset($CFG);", "global $CFG;", "$CFG = new stdClass();", "",
        "$CFG->dbtype    = 'pgsql';", "$CFG->dblibrary = 'native';", "$CFG->dbhost    = '%s';" % r.choice(["localhost", "db", ip(r)]),
        "$CFG->dbname    = 'moodle';", "$CFG->dbuser    = 'moodleuser';", "$CFG->dbpass    = %s;" % S.v("db_password", "MOODLE_DB_PASSWORD", "php", "'"),
        "$CFG->prefix    = 'mdl_';", "$CFG->dboptions = array('dbpersist' => 0, 'dbport' => '', 'dbsocket' => '');", "",
        "$CFG->wwwroot   = 'https://learn.%s.org';" % event(r), "$CFG->dataroot  = '/var/moodledata';",
        "$CFG->admin     = 'admin';", "$CFG->directorypermissions = 0777;", "",
        "require_once(__DIR__ . '/lib/setup.php');"])


@pos("coderunner", "api_key")
def t_coderunner_cli(r, S):
    return "provision/moodle_coderunner.sh", J([
        "#!/bin/bash", "# configure CodeRunner to use our Jobe server", "cd /var/www/moodle",
        "sudo -u www-data php admin/cli/cfg.php --component=qtype_coderunner --name=jobe_host --set=jobe.%s.org" % event(r),
        "sudo -u www-data php admin/cli/cfg.php --component=qtype_coderunner --name=jobe_apikey --set=%s" % S.v("jobe_key", "JOBE_API_KEY", "raw"),
        "sudo -u www-data php admin/cli/purge_caches.php"])


@pos("picoctf", "framework_secret_key")
def t_flask_config(r, S):
    return r.choice(["api/config.py", "picoCTF-web/api/config.py", "platform/config.py"]), J([
        '"""Flask configuration for the competition API."""', "import datetime", "", "DEBUG = False",
        "SECRET_KEY = " + S.v("flask_secret", "SECRET_KEY", "py"), "SESSION_COOKIE_NAME = 'ctf_session'",
        "SESSION_COOKIE_SECURE = True", "PERMANENT_SESSION_LIFETIME = datetime.timedelta(days=7)",
        "MONGO_HOST = 'mongo'", "MONGO_PORT = 27017", "MONGO_DB_NAME = 'pico'",
        "RATE_LIMIT_BYPASS_KEY = None", "COMPETITION_NAME = '%s'" % event(r)])


@pos("django", "framework_secret_key")
def t_django_settings(r, S):
    return r.choice(["ctfplatform/settings.py", "backend/core/settings.py"]), J([
        "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
        "# SECURITY WARNING: keep the secret key used in production secret!",
        "SECRET_KEY = " + S.v("django_secret", "DJANGO_SECRET_KEY", "py", "'"), "", "DEBUG = False",
        "ALLOWED_HOSTS = ['%s']" % host(r), "", "INSTALLED_APPS = [", "    'django.contrib.admin',",
        "    'django.contrib.auth',", "    'django.contrib.contenttypes',", "    'rest_framework',",
        "    'challenges',", "    'teams',", "    'scoreboard',", "]", "",
        "DATABASES = {'default': {'ENGINE': 'django.db.backends.sqlite3', 'NAME': BASE_DIR / 'db.sqlite3'}}"])


@pos("picoctf", "db_password")
def t_mongo_url(r, S):
    return "api/db.py", J([
        "from pymongo import MongoClient", "", "_client = None", "", "",
        "def get_conn():", "    global _client", "    if _client is None:", "        _client = MongoClient(",
        "            'mongodb://picoadmin:%s@mongo:27017/pico?authSource=admin'," % S.v("db_password", "MONGO_PASSWORD", "url"),
        "            serverSelectionTimeoutMS=3000,", "        )", "    return _client['pico']"])


@pos("ctf-infra", "admin_password")
def t_dockerfile_env(r, S):
    c = chal(r)
    return "challenges/%s/Dockerfile" % c, J([
        "FROM python:3.11-slim", "", "RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*",
        "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
        "ENV PORT=1337 \\", "    BOT_TIMEOUT=5 \\", "    ADMIN_PASSWORD=" + S.v("admin_password", "ADMIN_PASSWORD", "raw"), "",
        "RUN useradd -m ctf && chown -R ctf /app", "USER ctf", "EXPOSE 1337",
        'CMD ["gunicorn", "-b", "0.0.0.0:1337", "-w", "2", "app:app"]'])


@pos("ctf-infra", "admin_password")
def t_dockerfile_chpasswd(r, S):
    c = chal(r)
    return "challenges/%s/Dockerfile" % c, J([
        "FROM ubuntu:22.04", "RUN apt-get update && apt-get install -y openssh-server sudo gcc && rm -rf /var/lib/apt/lists/*",
        "RUN mkdir /run/sshd", "# players log in as ctf:ctf, root must stay unreachable",
        "RUN useradd -m -s /bin/bash ctf && echo 'ctf:ctf' | chpasswd",
        "RUN echo 'root:%s' | chpasswd" % S.v("admin_password", "ROOT_PASSWORD", "raw"),
        "COPY vuln.c /home/ctf/", "RUN gcc -fno-stack-protector -no-pie -o /home/ctf/vuln /home/ctf/vuln.c && chmod 4755 /home/ctf/vuln",
        "COPY flag.txt /root/flag.txt", 'CMD ["/usr/sbin/sshd", "-D"]'])


@pos("ctfd", "api_token")
def t_go_exporter(r, S):
    return "exporter/main.go", J([
        "package main", "", "import (", '\t"encoding/json"', '\t"log"', '\t"net/http"', '\t"time"', ")", "",
        "const (", '\tbaseURL  = "https://%s"' % host(r), "\tapiToken = %s" % S.v("ctfd_token", "CTFD_TOKEN", "go"), ")", "",
        "type scoreboard struct {", "\tData []struct {", '\t\tPos   int    `json:"pos"`', '\t\tName  string `json:"name"`',
        '\t\tScore int    `json:"score"`', '\t} `json:"data"`', "}", "",
        "func fetch() (*scoreboard, error) {", '\treq, _ := http.NewRequest("GET", baseURL+"/api/v1/scoreboard", nil)',
        '\treq.Header.Set("Authorization", "Token "+apiToken)', "\tresp, err := http.DefaultClient.Do(req)",
        "\tif err != nil {", "\t\treturn nil, err", "\t}", "\tdefer resp.Body.Close()", "\tvar sb scoreboard",
        "\treturn &sb, json.NewDecoder(resp.Body).Decode(&sb)", "}", "", "func main() {",
        "\tfor range time.Tick(30 * time.Second) {", "\t\tsb, err := fetch()", "\t\tif err != nil {", "\t\t\tlog.Println(err)",
        "\t\t\tcontinue", "\t\t}", '\t\tlog.Printf("%d teams", len(sb.Data))', "\t}", "}"])


@pos("ctfd", "framework_secret_key")
def t_helm_values(r, S):
    return "charts/ctfd/values.prod.yaml", J([
        "replicaCount: %d" % r.randint(2, 6), "image:", "  repository: ctfd/ctfd", "  tag: 3.7.%d" % r.randint(0, 4), "",
        "ctfd:", "  secretKey: " + S.v("flask_secret", "SECRET_KEY", "yaml"), "  workers: 4", "  reverseProxy: true", "",
        "ingress:", "  enabled: true", "  className: nginx", "  hosts:", "    - host: %s" % host(r), "      paths: ['/']", "",
        "mariadb:", "  enabled: true", "  auth:", "    existingSecret: ctfd-mariadb", "redis:", "  enabled: true",
        "  auth:", "    enabled: false"])


@pos("discord", "bot_token")
def t_bot_log(r, S):
    L = []
    t = r.randint(0, 50)
    for i, m in enumerate(["INFO  discord.client logging in using static token",
                           "DEBUG config loaded: prefix='!' token='%s' guild=%s" % (S.v("discord_bot", "DISCORD_TOKEN", "raw"), snowflake(r)),
                           "INFO  discord.gateway Shard ID None has connected to Gateway",
                           "INFO  ctfbot loaded 14 commands", "WARN  ctfbot CTFtime API slow (2.3s)",
                           "INFO  ctfbot created channel #%s" % chal(r)]):
        L.append("2024-0%d-%02d 1%d:%02d:%02d %s" % (r.randint(1, 9), r.randint(1, 28), r.randint(0, 9), t, i * 7, m))
    return "logs/bot-%d.log" % r.randint(1, 30), J(L)


@pos("ctfd", "api_token")
def t_ctfd_sql(r, S):
    return "db/seed_tokens.sql", J([
        "-- recreate the CI token after restoring the dump", "DELETE FROM tokens WHERE description = 'ci';",
        "INSERT INTO tokens (type, user_id, created, expiration, description, value)",
        "VALUES ('user', 1, NOW(), DATE_ADD(NOW(), INTERVAL 30 DAY), 'ci', '%s');" % S.v("ctfd_token", "CTFD_TOKEN", "raw"),
        "SELECT id, user_id, expiration FROM tokens;"])


@pos("ctf-infra", "db_password")
def t_services_csv(r, S):
    return "docs/services.csv", J([
        "service,host,port,user,password,notes", "ctfd,%s,8000,admin,(see vault),scoreboard" % ip(r),
        "mariadb,%s,3306,ctfd,%s,primary" % (ip(r), S.v("db_password", "DB_PASSWORD", "raw")),
        "grafana,%s,3000,admin,(sso),dashboards" % ip(r), "registry,%s,5000,-,-,read-only for players" % ip(r)])


@pos("domjudge", "api_password")
def t_supervisor_ini(r, S):
    n = r.randint(0, 7)
    return "/etc/supervisor/conf.d/judgedaemon.conf".lstrip("/"), J([
        "[program:judgedaemon-%d]" % n, "command=/opt/domjudge/judgehost/bin/judgedaemon -n %d" % n,
        "user=domjudge", "autostart=true", "autorestart=true",
        "environment=JUDGEDAEMON_USERNAME=\"judgehost\",JUDGEDAEMON_PASSWORD=\"%s\"" % S.v("restapi_password", "JUDGEDAEMON_PASSWORD", "json"),
        "stdout_logfile=/var/log/judgedaemon-%d.log" % n, "stderr_logfile=/var/log/judgedaemon-%d.err" % n])


@pos("ctfd", "framework_secret_key")
def t_ctfd_secret_file(r, S):
    return r.choice(["CTFd/.ctfd_secret_key", ".ctfd_secret_key"]), S.v("flask_secret", "SECRET_KEY", "raw") + "\n"


@pos("ctf-infra", "admin_password")
def t_ctfd_setup_yaml(r, S):
    ev = event(r)
    return "setup/ctfd-setup.yml", J([
        "# consumed by our bootstrap job on first start", "ctf_name: %s" % ev.upper(),
        "ctf_description: Annual student CTF", "user_mode: teams", "team_size: 4",
        "start: 2024-10-%02dT16:00:00Z" % r.randint(1, 20), "end: 2024-10-%02dT16:00:00Z" % r.randint(21, 28),
        "admin:", "  name: admin", "  email: admin@%s.org" % ev, "  password: " + S.v("admin_password", "CTFD_ADMIN_PASSWORD", "yaml"),
        "theme: core-beta", "registration_code: ''"])


@pos("ctf-infra", "db_password")
def t_tf_db(r, S):
    return "terraform/db.tf", J([
        'resource "google_sql_database_instance" "ctfd" {', '  name             = "ctfd-%s"' % rs(r, LOW + DIG, 4),
        '  database_version = "MYSQL_8_0"', '  region           = "europe-west1"', "  settings {",
        '    tier = "db-custom-2-7680"', "  }", "}", "", 'resource "google_sql_user" "ctfd" {', '  name     = "ctfd"',
        "  instance = google_sql_database_instance.ctfd.name",
        '  password = "%s"' % S.v("db_password", "db_password", "json"), "}"])


@pos("ctf-infra", "redis_password")
def t_k8s_redis_args(r, S):
    return "k8s/redis.yaml", J([
        "apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: redis", "spec:", "  replicas: 1",
        "  selector:", "    matchLabels: {app: redis}", "  template:", "    metadata:", "      labels: {app: redis}",
        "    spec:", "      containers:", "        - name: redis", "          image: redis:7-alpine",
        '          args: ["--requirepass", "%s", "--maxmemory", "256mb"]' % S.v("redis_password", "REDIS_PASSWORD", "json"),
        "          ports:", "            - containerPort: 6379"])


@pos("ctf-infra", "bot_token")
def t_gha_env_bot(r, S):
    return ".github/workflows/ctf-reminder.yml", J([
        "name: ctftime reminder", "on:", "  schedule:", "    - cron: '0 8 * * 1'", "jobs:", "  remind:",
        "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4", "      - run: pip install -r bot/requirements.txt",
        "      - run: python bot/remind.py --days 7", "        env:",
        "          DISCORD_TOKEN: " + S.v("discord_bot", "DISCORD_TOKEN", "yaml"), "          CHANNEL_ID: '%s'" % snowflake(r)])


@pos("ctf-infra", "api_token")
def t_ctfd_js_header(r, S):
    return "dashboard/src/api.js", J([
        "import axios from 'axios';", "", "export const ctfd = axios.create({",
        "  baseURL: 'https://%s/api/v1'," % host(r), "  timeout: 10000,",
        "  headers: { Authorization: 'Token ' + %s }," % S.v("ctfd_token", "CTFD_TOKEN", "js", "'"), "});", "",
        "export const getChallenges = () => ctfd.get('/challenges').then((r) => r.data.data);",
        "export const getSolves = (id) => ctfd.get(`/challenges/${id}/solves`).then((r) => r.data.data);"])


# ---------------------------------------------------------------- negative look-alikes
NEG = []


def neg(provider, kind):
    def deco(fn):
        NEG.append((fn.__name__[2:], provider, kind, fn))
        return fn
    return deco


def md5hex(r):
    return rs(r, HEX, 32)


def bcrypt(r):
    return "$2b$%02d$%s" % (r.choice([10, 12]), rs(r, "./" + AN, 53))


def sha512crypt(r):
    return "$6$%s$%s" % (rs(r, "./" + AN, 16), rs(r, "./" + AN, 86))


@neg("ctfd", "flag")
def n_challenge_yml(r):
    c = chal(r)
    cat = r.choice(CATS)
    fl = [flag(r) for _ in range(r.randint(1, 3))]
    L = ["name: \"%s\"" % c, "author: %s" % r.choice(USERS), "category: %s" % cat,
         "description: |-", "  Can you find the secret? Connect with `nc %s %d`." % (host(r), r.randint(1024, 40000)),
         "value: %d" % r.choice([100, 200, 300, 500]), "type: %s" % r.choice(["standard", "dynamic"]), "",
         "extra:", "  initial: 500", "  decay: 50", "  minimum: 100", "", "flags:"]
    for f in fl:
        L += ["  - {type: \"static\", content: \"%s\", data: \"case_insensitive\"}" % f if r.random() < .4 else "  - %s" % f]
    L += ["", "tags:", "  - %s" % cat, "  - beginner" if r.random() < .5 else "  - hard", "", "files:",
          "  - dist/%s.tar.gz" % c, "", "hints:", "  - {content: \"Look at the headers\", cost: 10}", "",
          "state: hidden", "version: \"0.1\""]
    return "challenges/%s/%s/challenge.yml" % (cat, c), J(L)


@neg("ctfd", "weak_story_password")
def n_challenge_weak_pw(r):
    pw = r.choice(["hunter2", "letmein", "P@ssw0rd", "summer2019", "admin123", "iloveyou", "dragon", "trustno1"])
    c = chal(r)
    return "challenges/web/%s/challenge.yml" % c, J([
        "name: \"%s\"" % c, "category: web", "value: 100", "description: |",
        "  The intern set up the admin panel and told everyone the password is `%s`." % pw,
        "  Surely nobody would guess that... right? The flag is on /admin.", "flags:", "  - %s" % flag(r),
        "connection_info: http://%s:%d" % (host(r), r.randint(30000, 32000)), "state: visible"])


@neg("picoctf", "flag")
def n_writeup_pico(r):
    c = chal(r)
    return "writeups/picoctf-%d/%s.md" % (r.choice([2022, 2023, 2024]), c), J([
        "# %s" % c, "", "**Category:** %s  " % r.choice(CATS), "**Points:** %d" % r.choice([50, 100, 200, 300]), "",
        "## Solution", "", "The binary compares our input against a string built at runtime. Breaking on `strcmp`:",
        "", "```", "gef> b *main+%d" % r.randint(40, 200), "gef> r", "gef> x/s $rsi",
        "0x%x:\t\"%s\"" % (r.randint(0x402000, 0x40ffff), flag(r, "picoCTF")), "```", "", "Flag: `%s`" % flag(r, "picoCTF")])


@neg("hackthebox", "flag")
def n_writeup_htb(r):
    return "writeups/htb-cyber-apocalypse/%s.md" % chal(r), J([
        "# %s" % chal(r), "", "Heap overflow into the tcache `next` pointer, then overwrite `__free_hook`.", "",
        "```python", "from pwn import *", "io = remote('%s', %d)" % (pubip(r), r.randint(30000, 60000)),
        "libc = ELF('./libc.so.6')", "io.sendlineafter(b'> ', b'1')", "io.interactive()", "```", "",
        "```", "$ cat flag.txt", flag(r, "HTB"), "```"])


@neg("kctf", "flag")
def n_kctf_challenge_yaml(r):
    c = chal(r)
    return "challenges/%s/challenge.yaml" % c, J([
        "apiVersion: kctf.dev/v1", "kind: Challenge", "metadata:", "  name: %s" % c, "spec:", "  deployed: true",
        "  powDifficultySeconds: %d" % r.choice([0, 0, 5, 10]), "  network:", "    public: %s" % r.choice(["true", "false"]),
        "  healthcheck:", "    enabled: true", "  image: eu.gcr.io/%s-ctf/%s@sha256:%s" % (event(r), c, rs(r, HEX, 64))])


@neg("kctf", "flag")
def n_kctf_flag_file(r):
    return "challenges/%s/challenge/flag" % chal(r), flag(r, "CTF") + "\n"


@neg("ctf-infra", "flag")
def n_compose_flag_env(r):
    c = chal(r)
    return "challenges/%s/docker-compose.yml" % c, J([
        "services:", "  %s:" % c, "    build: .", "    ports:", "      - \"%d:1337\"" % r.randint(30000, 32000),
        "    environment:", "      - FLAG=%s" % flag(r), "      - TIMEOUT=60", "    read_only: true",
        "    cap_drop: [ALL]", "    restart: unless-stopped"])


@neg("ctf-crypto", "hash_to_crack")
def n_md5_list(r):
    L = ["# crack these; each plaintext is a word from rockyou, wrap the 3 words in flag{} with underscores"]
    for u in r.sample(USERS, 4):
        L.append("%s:%s" % (u, md5hex(r)))
    return "challenges/crypto/%s/hashes.txt" % chal(r), J(L)


@neg("ctf-forensics", "hash_to_crack")
def n_ntlm_dump(r):
    L = []
    for i, u in enumerate(["Administrator", "Guest", "krbtgt", "svc_backup", "j.smith", "DefaultAccount"]):
        L.append("%s:%d:aad3b435b51404eeaad3b435b51404ee:%s:::" % (u, [500, 501, 502, 1104, 1105, 503][i], md5hex(r)))
    return "challenges/forensics/%s/dist/secretsdump.txt" % chal(r), J(
        ["# output of secretsdump.py against the seized NTDS.dit (challenge artefact)"] + L)


@neg("ctf-web", "hash_to_crack")
def n_bcrypt_seed(r):
    L = ["-- seed data for the vulnerable shop; players must crack admin's hash", "CREATE TABLE users (id INT PRIMARY KEY, username TEXT, pw_hash TEXT, role TEXT);"]
    for i, u in enumerate(["admin", "alice", "bob", "carol"]):
        L.append("INSERT INTO users VALUES (%d, '%s', '%s', '%s');" % (i + 1, u, bcrypt(r), "admin" if i == 0 else "user"))
    return "challenges/web/%s/db/init.sql" % chal(r), J(L)


@neg("ctf-forensics", "hash_to_crack")
def n_shadow(r):
    L = ["root:%s:19%03d:0:99999:7:::" % (sha512crypt(r), r.randint(100, 700)), "daemon:*:19000:0:99999:7:::",
         "bin:*:19000:0:99999:7:::", "www-data:*:19000:0:99999:7:::",
         "%s:%s:19%03d:0:99999:7:::" % (r.choice(USERS), sha512crypt(r), r.randint(100, 700))]
    return "challenges/forensics/%s/dist/etc/shadow" % chal(r), J(L)


@neg("ctf-misc", "encoded_data")
def n_b64_puzzle(r):
    f = flag(r).encode()
    layers = base64.b64encode(base64.b32encode(f)).decode()
    return "challenges/misc/%s/README.md" % chal(r), J([
        "# Onion", "", "We intercepted this. Peel it.", "", "```", layers, "```", "", "_Hint: not everything ends with `==`._"])


@neg("ctf-rev", "xor_key")
def n_xor_crackme(r):
    key = [r.randint(1, 255) for _ in range(r.choice([8, 16]))]
    enc = [r.randint(0, 255) for _ in range(r.randint(24, 40))]
    return "challenges/rev/%s/src/crackme.c" % chal(r), J([
        "#include <stdio.h>", "#include <string.h>", "", "static const unsigned char key[] = {%s};" % ", ".join("0x%02x" % k for k in key),
        "static const unsigned char enc[] = {%s};" % ", ".join("0x%02x" % e for e in enc), "",
        "int main(void) {", "    char buf[64];", "    printf(\"password: \");", "    if (!fgets(buf, sizeof buf, stdin)) return 1;",
        "    buf[strcspn(buf, \"\\n\")] = 0;", "    if (strlen(buf) != sizeof enc) goto bad;",
        "    for (size_t i = 0; i < sizeof enc; i++)", "        if ((buf[i] ^ key[i % sizeof key]) != enc[i]) goto bad;",
        "    puts(\"correct! that's the flag\");", "    return 0;", "bad:", "    puts(\"nope\");", "    return 1;", "}"])


def bigint(r, bits):
    return str(r.getrandbits(bits) | (1 << (bits - 1)) | 1)


@neg("ctf-crypto", "rsa_public_params")
def n_rsa_output(r):
    return "challenges/crypto/%s/output.txt" % chal(r), J([
        "n = " + bigint(r, 2048), "e = %d" % r.choice([3, 65537, 65537]), "c = " + bigint(r, 2040)])


@neg("ctf-crypto", "rsa_public_params")
def n_rsa_chall_py(r):
    return "challenges/crypto/%s/chall.py" % chal(r), J([
        "from Crypto.Util.number import getPrime, bytes_to_long", "", "flag = open('flag.txt', 'rb').read()",
        "p, q = getPrime(512), getPrime(512)", "n = p * q", "e = 3", "print(f'{n = }')", "print(f'c = {pow(bytes_to_long(flag), e, n)}')",
        "", "# n = " + bigint(r, 1024), "# c = " + bigint(r, 900)])


@neg("ctf-crypto", "public_key")
def n_rsa_pubkey_pem(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + bytes([0xc0 | r.getrandbits(6)]) + rbytes(r, 255) + bytes.fromhex("0203010001")
    body = wrap(base64.b64encode(der).decode(), 64)
    return "challenges/crypto/%s/dist/pub.pem" % chal(r), J(["-----BEGIN PUBLIC KEY-----"] + body + ["-----END PUBLIC KEY-----"])


def jwt_none(r):
    h = b64u(b'{"alg":"none","typ":"JWT"}')
    p = b64u(json.dumps({"user": r.choice(USERS + ["admin"]), "role": "admin", "iat": r.randint(1700000000, 1720000000)}, separators=(",", ":")).encode())
    return h + "." + p + "."


@neg("ctf-web", "jwt_none")
def n_jwt_none_md(r):
    return "writeups/%s/jwt.md" % chal(r), J([
        "# %s - JWT" % chal(r), "", "The server accepts `alg: none`, so we drop the signature:", "", "```",
        jwt_none(r), "```", "", "Sending it as the `token` cookie gives us the admin dashboard and the flag."])


@neg("ctf-web", "jwt_none")
def n_jwt_none_py(r):
    return "solve/forge.py", J([
        "import base64, json, requests", "", "def b64(d):", "    return base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b'=').decode()", "",
        "tok = b64({'alg': 'none', 'typ': 'JWT'}) + '.' + b64({'user': 'admin'}) + '.'",
        "# expected: %s" % jwt_none(r), "print(requests.get('http://%s:%d/admin', cookies={'token': tok}).text)" % (host(r), r.randint(30000, 32000))])


@neg("discord", "public_id")
def n_discord_ids(r):
    return r.choice(["bot/ids.py", "ctfbot/constants.py"]), J([
        "# Discord snowflakes (public ids, visible in developer mode)", "GUILD_ID = %s" % snowflake(r),
        "ANNOUNCE_CHANNEL_ID = %s" % snowflake(r), "ORGANISER_ROLE_ID = %s" % snowflake(r),
        "PLAYER_ROLE_ID = %s" % snowflake(r), "APPLICATION_ID = %s" % snowflake(r)])


@neg("discord", "public_key")
def n_discord_pubkey(r):
    return "interactions/wrangler.toml", J([
        'name = "ctf-interactions"', 'main = "src/index.ts"', 'compatibility_date = "2024-03-01"', "", "[vars]",
        'DISCORD_APPLICATION_ID = "%s"' % snowflake(r), "# public key from the developer portal, used to verify interaction signatures",
        'DISCORD_PUBLIC_KEY = "%s"' % rs(r, HEX, 64)])


@neg("discord", "invite_url")
def n_discord_invite(r):
    cid = snowflake(r)
    return "README.md", J([
        "# ctf-helper", "", "Creates a channel per challenge and tracks who is working on what.", "",
        "## Invite", "", "[Add to your server](https://discord.com/oauth2/authorize?client_id=%s&permissions=%d&scope=bot%%20applications.commands)" % (cid, r.choice([268504080, 8, 397284550656])),
        "", "## Run your own", "", "```", "cp config.example.json config.json  # put your bot token there", "python -m ctfhelper", "```"])


@neg("google", "public_site_key")
def n_recaptcha(r):
    return "CTFd/themes/custom/templates/register.html", J([
        "{% extends \"base.html\" %}", "{% block content %}", "<form method=\"post\" action=\"{{ url_for('auth.register') }}\">",
        "  <input name=\"name\" class=\"form-control\" placeholder=\"team name\">",
        "  <div class=\"g-recaptcha\" data-sitekey=\"6L%s\"></div>" % rs(r, B64U, 38),
        "  <input type=\"hidden\" name=\"nonce\" value=\"{{ Session.nonce }}\">", "  <button class=\"btn btn-primary\">Register</button>",
        "</form>", "<script src=\"https://www.google.com/recaptcha/api.js\" async defer></script>", "{% endblock %}"])


@neg("docker", "image_digest")
def n_compose_digests(r):
    L = ["services:"]
    for c in r.sample(CHALS, 3):
        L += ["  %s:" % c, "    image: ghcr.io/%s/%s@sha256:%s" % (event(r), c, rs(r, HEX, 64)), "    ports: [\"%d:1337\"]" % r.randint(30000, 32000),
              "    restart: always"]
    return "deploy/compose.pinned.yml", J(L)


@neg("ctf-infra", "checksum")
def n_sha256sums(r):
    c = chal(r)
    L = ["%s  %s" % (rs(r, HEX, 64), f) for f in ["%s.tar.gz" % c, "libc.so.6", "ld-linux-x86-64.so.2", "chall", "Dockerfile"]]
    return "challenges/pwn/%s/dist/SHA256SUMS" % c, J(L)


@neg("ctf-infra", "git_sha")
def n_changelog(r):
    L = ["# Changelog", ""]
    for v in range(r.randint(3, 6), 0, -1):
        L += ["## v0.%d.0" % v, "", "- %s (%s)" % (r.choice(["fix healthcheck", "bump CTFd to 3.7", "add pwn challenges", "tune rate limits", "rotate tls certs"]), rs(r, HEX, 40)), ""]
    return "CHANGELOG.md", J(L)


@neg("ctfd", "uuid")
def n_ctfd_export_json(r):
    rows = [{"id": i + 1, "name": chal(r), "category": r.choice(CATS), "value": r.choice([100, 200, 500]),
             "uuid": uuid4(r), "state": "visible"} for i in range(r.randint(3, 6))]
    return "export/db/challenges.json", json.dumps({"count": len(rows), "results": rows, "meta": {}}, indent=2) + "\n"


@neg("judge0", "submission_token")
def n_judge0_response(r):
    return "tests/fixtures/judge0_submission.json", json.dumps({
        "token": uuid4(r), "stdout": "42\n", "time": "0.0%d" % r.randint(1, 9), "memory": r.randint(3000, 9000),
        "stderr": None, "compile_output": None, "message": None, "status": {"id": 3, "description": "Accepted"}}, indent=2) + "\n"


@neg("judge0", "submission_token")
def n_judge0_batch_log(r):
    L = []
    for i in range(6):
        L.append("I, [2024-03-%02dT12:%02d:%02d.%06d #%d]  INFO -- : [%s] Processing SubmissionsController#show as JSON (token=%s)"
                 % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999999), r.randint(10, 99), uuid4(r), uuid4(r)))
    return "logs/judge0-api.log", J(L)


@neg("domjudge", "problem_metadata")
def n_dj_problem_yaml(r):
    return "problems/%s/problem.yaml" % chal(r), J([
        "name: %s" % chal(r).replace("-", " ").title(), "uuid: %s" % uuid4(r), "license: cc by-sa", "rights_owner: %s" % event(r),
        "limits:", "  time_multiplier: 2", "  memory: 1024", "validation: default"])


@neg("domjudge", "checksum")
def n_dj_judgehost_log(r):
    L = []
    for i in range(5):
        L.append("[Mar %02d 14:%02d:%02d.%03d] judgedaemon[%d]: Judging submission s%d (endpoint default) (t%d/j%d), testcase %d md5 %s"
                 % (r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), r.randint(0, 999), r.randint(1000, 9999),
                    r.randint(100, 999), r.randint(1, 9), r.randint(1000, 5000), i + 1, md5hex(r)))
    return "logs/judgedaemon-0.log", J(L)


@neg("coderunner", "question_export")
def n_coderunner_xml(r):
    return "moodle/questions/%s.xml" % chal(r), J([
        '<?xml version="1.0" encoding="UTF-8"?>', "<quiz>", '  <question type="coderunner">',
        "    <name><text>%s</text></name>" % chal(r), "    <coderunnertype>python3</coderunnertype>",
        "    <answer><![CDATA[def solve(xs):\n    return sum(xs)]]></answer>", "    <testcases>",
        '      <testcase testtype="0" useasexample="1" hiderestiffail="0" mark="1.0000000">',
        "        <testcode><text>print(solve([1, 2, 3]))</text></testcode>", "        <expected><text>6</text></expected>",
        "      </testcase>", "    </testcases>", "    <idnumber>%s</idnumber>" % rs(r, HEX, 12), "  </question>", "</quiz>"])


@neg("ctf-pwn", "addresses")
def n_pwntools(r):
    base = r.randint(0x7f0000000000, 0x7fffffffffff) & ~0xfff
    return "solve/exploit.py", J([
        "from pwn import *", "", "context.binary = elf = ELF('./chall')", "libc = ELF('./libc.so.6')", "",
        "io = remote('%s', %d)" % (host(r), r.randint(1024, 40000)),
        "pop_rdi = 0x%x" % r.randint(0x401000, 0x401fff), "ret = 0x%x" % r.randint(0x401000, 0x401fff),
        "leak = 0x%x  # puts@libc from the first run" % (base + r.randint(0x80000, 0x90000)),
        "libc.address = leak - libc.sym.puts", "payload = flat(b'A' * %d, pop_rdi, next(libc.search(b'/bin/sh')), ret, libc.sym.system)" % r.choice([40, 72, 136]),
        "io.sendlineafter(b'> ', payload)", "io.interactive()"])


@neg("ctf-forensics", "hexdump")
def n_xxd(r):
    L = []
    off = 0
    for _ in range(8):
        b = rbytes(r, 16)
        hx = " ".join(b[i:i + 2].hex() for i in range(0, 16, 2))
        L.append("%08x: %s  %s" % (off, hx, "".join(chr(c) if 32 <= c < 127 else "." for c in b)))
        off += 16
    return "challenges/forensics/%s/notes/header.xxd" % chal(r), J(L)


@neg("ssh", "public_key")
def n_authorized_keys(r):
    L = []
    for u in r.sample(USERS, 3):
        if r.random() < .6:
            L.append("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@laptop" % (rs(r, B64, 43), u))
        else:
            L.append("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%s %s@ctf" % (rs(r, B64, 370), u))
    return "ansible/files/authorized_keys", J(L)


@neg("ssh", "known_hosts")
def n_known_hosts(r):
    L = ["|1|%s=|%s= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s" % (rs(r, B64, 27), rs(r, B64, 27), rs(r, B64, 43)) for _ in range(3)]
    return "ci/known_hosts", J(L)


@neg("tls", "certificate")
def n_certificate(r):
    der = bytes.fromhex("308205") + rbytes(r, 900)
    body = wrap(base64.b64encode(der).decode(), 64)
    return "deploy/nginx/certs/%s.crt" % event(r), J(["-----BEGIN CERTIFICATE-----"] + body + ["-----END CERTIFICATE-----"])


@neg("ctftime", "public_ids")
def n_ctftime_json(r):
    return "data/ctftime_events.json", json.dumps([{
        "id": r.randint(1000, 2500), "ctf_id": r.randint(100, 900), "title": "%s %d" % (event(r).upper(), r.choice([2023, 2024])),
        "format": "Jeopardy", "url": "https://%s" % host(r), "weight": round(r.uniform(10, 60), 2),
        "logo": "https://ctftime.org/media/events/%s.png" % rs(r, HEX, 32)} for _ in range(r.randint(2, 4))], indent=2) + "\n"


@neg("ctf-crypto", "ciphertext")
def n_aes_output(r):
    return "challenges/crypto/%s/dist/output.json" % chal(r), json.dumps({
        "iv": rs(r, HEX, 32), "ciphertext": rs(r, HEX, 96), "tag": rs(r, HEX, 32),
        "note": "key = sha256(str(seed)) where seed < 2**24"}, indent=2) + "\n"


@neg("ctf-web", "sri_hash")
def n_sri(r):
    return "CTFd/themes/custom/templates/base.html", J([
        "<!DOCTYPE html>", "<html>", "<head>", "  <title>{{ Configs.ctf_name }}</title>",
        "  <link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.%d/dist/css/bootstrap.min.css\" integrity=\"sha384-%s\" crossorigin=\"anonymous\">" % (r.randint(0, 3), rs(r, B64, 64)),
        "  <script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.13.%d/dist/cdn.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\" defer></script>" % (r.randint(0, 9), rs(r, B64, 64)),
        "</head>", "<body>{% block content %}{% endblock %}</body>", "</html>"])


@neg("python", "hash_pins")
def n_req_hashes(r):
    L = []
    for p, v in [("requests", "2.31.0"), ("pwntools", "4.12.0"), ("pycryptodome", "3.20.0")]:
        L += ["%s==%s \\" % (p, v), "    --hash=sha256:%s \\" % rs(r, HEX, 64), "    --hash=sha256:%s" % rs(r, HEX, 64)]
    return "solve/requirements.txt", J(L)


@neg("ctf-misc", "wordlist")
def n_wordlist(r):
    words = ["123456", "password", "12345678", "qwerty", "abc123", "monkey", "letmein", "dragon", "111111", "baseball",
             "iloveyou", "trustno1", "sunshine", "master", "welcome", "shadow", "ashley", "football", "jesus", "michael"]
    r.shuffle(words)
    return "challenges/misc/%s/wordlist_small.txt" % chal(r), J(words[:r.randint(10, 20)])


@neg("ctf-misc", "hashcat_cmd")
def n_hashcat(r):
    return "writeups/%s/crack.md" % chal(r), J([
        "# cracking the zip", "", "```", "zip2john secret.zip > zip.hash",
        "hashcat -m 17200 zip.hash /usr/share/wordlists/rockyou.txt --force", "```", "",
        "Cracked in 4 minutes; the password was a rockyou word, and the flag is inside `flag.txt`:", "", "`%s`" % flag(r)])


@neg("ctf-rev", "constants")
def n_z3(r):
    return "solve/solve_z3.py", J([
        "from z3 import *", "", "s = Solver()", "x = [BitVec(f'x{i}', 8) for i in range(16)]",
        "targets = [%s]" % ", ".join("0x%08x" % r.getrandbits(32) for _ in range(4)),
        "for i in range(4):", "    s.add(Concat(*x[i*4:i*4+4]) ^ 0x%08x == targets[i])" % r.getrandbits(32),
        "assert s.check() == sat", "m = s.model()", "print(bytes(m[c].as_long() for c in x))"])


@neg("ctf-crypto", "public_key")
def n_ed25519_pub(r):
    return "challenges/crypto/%s/params.py" % chal(r), J([
        "# public parameters shown to players", "PUBKEY_HEX = '%s'" % rs(r, HEX, 64), "SIGNATURE_HEX = '%s'" % rs(r, HEX, 128),
        "MESSAGE = b'give me the flag please'"])


@neg("ctf-crypto", "signature")
def n_ecdsa_sigs(r):
    L = ["msg,r,s"]
    for i in range(4):
        L.append("%s,%d,%d" % (rs(r, HEX, 16), r.getrandbits(255), r.getrandbits(255)))
    return "challenges/crypto/ecdsa-nonce/dist/signatures.csv", J(L)


@neg("ctf-blockchain", "address")
def n_blockchain(r):
    return "challenges/blockchain/%s/deploy.json" % chal(r), json.dumps({
        "rpc": "http://%s:8545" % host(r), "chainId": 31337, "setup": "0x" + rs(r, HEX, 40), "target": "0x" + rs(r, HEX, 40),
        "deployTx": "0x" + rs(r, HEX, 64), "player": "0x" + rs(r, HEX, 40)}, indent=2) + "\n"


@neg("ctf-infra", "ansible_inventory")
def n_inventory(r):
    L = ["[challenge_hosts]"] + ["chal-%d ansible_host=%s" % (i, pubip(r)) for i in range(r.randint(2, 5))] + [
        "", "[challenge_hosts:vars]", "ansible_user=ctfops", "ansible_ssh_private_key_file=~/.ssh/ctf_deploy", "ansible_become=true"]
    return "ansible/inventory.ini", J(L)


@neg("ctf-infra", "nginx")
def n_nginx(r):
    return "deploy/nginx/ctfd.conf", J([
        "limit_req_zone $binary_remote_addr zone=flags:10m rate=10r/m;", "server {", "    listen 443 ssl http2;",
        "    server_name %s;" % host(r), "    ssl_certificate /etc/nginx/certs/fullchain.pem;",
        "    ssl_certificate_key /etc/nginx/certs/privkey.pem;", "    location /api/v1/challenges/attempt {",
        "        limit_req zone=flags burst=5;", "        proxy_pass http://ctfd:8000;", "    }",
        "    location / {", "        proxy_pass http://ctfd:8000;", "        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;", "    }", "}"])


@neg("ctfd", "scoreboard")
def n_scoreboard_csv(r):
    L = ["place,team,score,last_solve,member_hash"]
    for i in range(r.randint(5, 9)):
        L.append("%d,%s,%d,2024-10-%02dT%02d:%02d:00Z,%s" % (i + 1, r.choice(["0xBEEF", "Shellphish Jr", "n00bz", "RootRunners", "bit_flippers", "NaN", "segfault"]) + str(i),
                                                           5000 - i * r.randint(100, 400), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), rs(r, HEX, 40)))
    return "results/final_scoreboard.csv", J(L)


@neg("ctfd", "access_log")
def n_ctfd_log(r):
    L = []
    for _ in range(7):
        L.append('%s - - [12/Oct/2024:%02d:%02d:%02d +0000] "POST /api/v1/challenges/attempt HTTP/1.1" 200 %d "-" "python-requests/2.31.0" sub=%s'
                 % (pubip(r), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(60, 90), md5hex(r)))
    return "logs/ctfd_access.log", J(L)


@neg("ctfd", "submissions_log")
def n_ctfd_submissions(r):
    L = []
    for _ in range(6):
        L.append("[10/13/2024 %02d:%02d:%02d] %s - %s submitted %s on %d [%s]" % (
            r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), pubip(r), r.choice(USERS), flag(r), r.randint(1, 40),
            r.choice(["WRONG", "CORRECT", "WRONG", "ALREADY SOLVED"])))
    return "CTFd/logs/submissions.log", J(L)


@neg("ctf-forensics", "pcap_notes")
def n_pcap(r):
    return "writeups/%s/pcap.md" % chal(r), J([
        "# TCP stream 7", "", "```", "$ tshark -r capture.pcapng -qz follow,tcp,hex,7 | head", "00000000  %s" % " ".join(rs(r, HEX, 2) for _ in range(16)),
        "00000010  %s" % " ".join(rs(r, HEX, 2) for _ in range(16)), "```", "", "The DNS queries spell base32:",
        "`%s.exfil.%s`" % (base64.b32encode(rbytes(r, 15)).decode().rstrip("=").lower(), host(r))])


@neg("ctf-misc", "encoded_data")
def n_hex_flag(r):
    f = flag(r).encode()
    return "challenges/misc/%s/message.txt" % chal(r), J([
        "From the mission log:", "", f.hex(), "", "(the console only prints in hex, sorry)"])


@neg("kctf", "pow")
def n_kctf_pow(r):
    return "docs/connecting.md", J([
        "# Connecting to challenges", "", "Most challenges require a proof of work:", "", "```",
        "$ nc %s 1337" % host(r), "== proof-of-work: enabled ==", "please solve a pow first", "You can run the solver with:",
        "    python3 <(curl -sSL https://goo.gle/kctf-pow) solve s.AAAAAw==.%s==" % rs(r, B64, 22), "===================", "```"])


@neg("ctf-web", "session_secret_placeholder")
def n_example_env(r):
    return r.choice([".env.example", "ctfd/.env.sample"]), J([
        "# copy to .env and fill in", "SECRET_KEY=", "DATABASE_URL=mysql+pymysql://ctfd:<password>@db/ctfd",
        "REDIS_URL=redis://cache:6379", "DISCORD_TOKEN=<your bot token>", "MAIL_PASSWORD=", "REVERSE_PROXY=true"])


@neg("ctf-web", "csrf_nonce")
def n_html_nonce(r):
    return "tests/fixtures/ctfd_login.html", J([
        "<form method=\"post\">", "  <input id=\"nonce\" name=\"nonce\" type=\"hidden\" value=\"%s\">" % rs(r, HEX, 64),
        "  <input name=\"name\" value=\"\">", "  <input name=\"password\" type=\"password\" value=\"\">", "</form>",
        "<script>var init = {'urlRoot': \"\", 'csrfNonce': \"%s\", 'userMode': \"teams\"}</script>" % rs(r, HEX, 64)])


@neg("ctf-infra", "terraform_public")
def n_tf_public(r):
    return "terraform/network.tf", J([
        'resource "digitalocean_ssh_key" "ops" {', '  name       = "ops"',
        '  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s ops@ctf"' % rs(r, B64, 43), "}", "",
        'resource "digitalocean_firewall" "chal" {', '  name        = "chal-fw"', "  droplet_ids = digitalocean_droplet.chal[*].id",
        "  inbound_rule {", '    protocol         = "tcp"', '    port_range       = "30000-32000"', '    source_addresses = ["0.0.0.0/0"]', "  }", "}",
        "", 'variable "do_token" {', "  type      = string", "  sensitive = true", "}"])


@neg("github", "workflow_secret_ref")
def n_gha_refs(r):
    return ".github/workflows/ctfd-sync.yml", J([
        "name: sync", "on: [push]", "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    steps:",
        "      - uses: actions/checkout@v4", "      - run: pip install ctfcli", "      - run: ctf challenge sync", "        env:",
        "          CTFD_URL: ${{ vars.CTFD_URL }}", "          CTFD_TOKEN: ${{ secrets.CTFD_TOKEN }}",
        "      - uses: sarisia/actions-status-discord@v1", "        with:", "          webhook: ${{ secrets.DISCORD_WEBHOOK }}"])


@neg("discord", "env_reference")
def n_bot_env_py(r):
    return "bot/config.py", J([
        "import os", "", "TOKEN = os.environ['DISCORD_TOKEN']", "GUILD = int(os.environ.get('GUILD_ID', '%s'))" % snowflake(r),
        "CTFD_URL = os.getenv('CTFD_URL', 'https://%s')" % host(r), "CTFD_TOKEN = os.getenv('CTFD_TOKEN')",
        "if not TOKEN:", "    raise SystemExit('DISCORD_TOKEN missing')"])


@neg("judge0", "default_config")
def n_judge0_conf_empty(r):
    return "judge0.conf.example", J([
        "# Judge0 configuration - copy to judge0.conf", "REDIS_HOST=redis", "REDIS_PASSWORD=",
        "POSTGRES_HOST=db", "POSTGRES_DB=judge0", "POSTGRES_USER=judge0", "POSTGRES_PASSWORD=",
        "AUTHN_HEADER=X-Auth-Token", "AUTHN_TOKEN=", "ENABLE_NETWORK=false", "CPU_TIME_LIMIT=%d" % r.choice([2, 5])])


@neg("domjudge", "secret_template")
def n_dj_secret_template(r):
    return "docs/judgehost-setup.md", J([
        "# Adding a judgehost", "", "Create `etc/restapi.secret` on the judgehost:", "", "```",
        "# Format: '<ID> <API url> <user> <password>'", "default\thttps://%s/api\tjudgehost\t<password from the domserver>" % host(r),
        "```", "", "The password is in `etc/restapi.secret` on the domserver; never commit it."])


@neg("ctf-misc", "uuid")
def n_team_invites(r):
    L = ["team_id,team_name,country,team_uuid"]
    for i in range(r.randint(4, 8)):
        L.append("%d,%s,%s,%s" % (i + 1, r.choice(["kernel_panic", "0day_kitchen", "pwnies", "sudo_rm", "bytebandits"]) + str(i),
                                  r.choice(["NL", "DE", "US", "IN", "PL", "FR"]), uuid4(r)))
    return "data/teams.csv", J(L)


@neg("ctf-infra", "k8s_configmap")
def n_k8s_configmap(r):
    c = chal(r)
    return "k8s/%s-config.yaml" % c, J([
        "apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s" % c, "data:", "  FLAG_FILE: /flag.txt",
        "  RATE_LIMIT: \"20\"", "  BUILD_SHA: %s" % rs(r, HEX, 40), "  SESSION_BACKEND: redis"])


@neg("ctf-crypto", "known_plaintext")
def n_vigenere(r):
    return "challenges/crypto/%s/README.md" % chal(r), J([
        "# Classic", "", "Key length is between 5 and 9. Ciphertext:", "", "```",
        rs(r, UP, 60), rs(r, UP, 60), "```", "", "Wrap the plaintext's last word in `flag{}`."])


@neg("ctf-web", "cookie_fixture")
def n_flask_unsign(r):
    return "writeups/%s/session.md" % chal(r), J([
        "# Session forgery", "", "The app's secret is the default `%s`, so:" % r.choice(["changeme", "secret", "dev", "super-secret-key"]), "",
        "```", "flask-unsign --sign --cookie \"{'logged_in': True, 'user': 'admin'}\" --secret '<the guessed secret>'", "```",
        "", "and the dashboard prints `%s`." % flag(r)])


# ---------------------------------------------------------------- driver
NOEXT = {"config": "ini", "flag": "txt", "chal-host": "pem", "deploy_ed25519": "pem", "id_ed25519": "pem",
         "authorized_keys": "ssh", "known_hosts": "ssh", "SHA256SUMS": "txt", "shadow": "txt",
         ".ctfd_secret_key": "txt", "Dockerfile": "dockerfile"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base in NOEXT:
        return NOEXT[base]
    if base.startswith(".env"):
        return "env"
    stem = base.lstrip(".")
    if "." in stem:
        return stem.rsplit(".", 1)[1].lower()
    return "txt"


def is_dotenv(path):
    base = path.rsplit("/", 1)[-1]
    if base == ".env":
        return True
    if base.startswith(".env."):
        return not any(p in ("example", "sample", "template", "dist", "defaults", "schema")
                       for p in base.split(".")[2:])
    return False


def line_of(text, needle):
    idx = text.index(needle)
    ln = text.count("\n", 0, idx) + 1
    first = needle.split("\n")[0]
    assert first in text.split("\n")[ln - 1], (first, ln)
    return ln


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_kt.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(POS) >= 60 and len(NEG) >= 60, (len(POS), len(NEG))
    manifest, secrets = [], []

    # ---- positives
    order = []
    n_env = 0
    i = 0
    while i < 500:
        if not order:
            order = list(range(len(POS)))
            r.shuffle(order)
        name, prov, kind, fn = POS[order.pop()]
        S = Slot(r, "pos")
        path, text = fn(r, S)
        if is_dotenv(path):
            if n_env >= 20:
                continue
            n_env += 1
        assert S.needle, name
        assert text.count(S.needle) >= 1
        ln = line_of(text, S.needle)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": kind, "filetype": filetype(path),
                         "template": name})
        secrets.append({"file": rel, "needle": S.needle, "line": ln})
        i += 1

    # ---- negatives
    plan = ["reuse"] * 250 + ["look"] * 250
    r.shuffle(plan)
    po, no = [], []
    for i, how in enumerate(plan):
        if how == "reuse":
            if not po:
                po = list(range(len(POS)))
                r.shuffle(po)
            name, prov, kind, fn = POS[po.pop()]
            S = Slot(r, "neg")
            path, text = fn(r, S)
            assert S.needle is None
            k = "%s:%s" % (S.negkind, kind)
        else:
            if not no:
                no = list(range(len(NEG)))
                r.shuffle(no)
            name, prov, kind, fn = NEG[no.pop()]
            path, text = fn(r)
            k = kind
        if is_dotenv(path):
            path = path + ".example"
        assert not is_dotenv(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": k, "filetype": filetype(path),
                         "template": name})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- self-check: re-read every positive and verify the needle line
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            text = fh.read()
        assert line_of(text, s["needle"]) == s["line"], s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
