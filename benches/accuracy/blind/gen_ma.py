#!/usr/bin/env python3
"""Blind evaluation-set generator "ma": credentials in cleartext protocol transcripts.

EMPHASIS
    Text renderings of captured / debugged network traffic that people paste into
    repositories, issues, tests and docs: tcpdump -A, tshark -V, Wireshark "Follow TCP
    stream", ngrep, curl -v / --trace-ascii, openssl s_client and telnet/nc sessions,
    swaks transcripts, Python smtplib/imaplib/poplib/http.client debug output,
    GIT_TRACE_CURL, mitmproxy and Fiddler text exports, strace -s of network writes,
    VCR/go-vcr/Betamax/nock recordings, .http files, and unit-test fixtures (Python, Go,
    JS, Java byte strings) that replay protocol bytes.
    Protocols/kinds: SMTP AUTH PLAIN / AUTH LOGIN (base64), IMAP LOGIN / AUTHENTICATE
    PLAIN, POP3 USER/PASS, FTP USER/PASS, Redis RESP AUTH, memcached binary SASL PLAIN,
    MongoDB saslStart PLAIN, MySQL mysql_clear_password, PostgreSQL cleartext password
    message, LDAP simple bind, HTTP Basic / Bearer / API-key headers, API keys in query
    strings and JSON bodies, session cookies, RTSP Basic + rtsp:// URLs, MQTT CONNECT,
    AMQP PLAIN, IRC PASS / NickServ IDENTIFY, SNMP v2c community, XMPP SASL PLAIN.
    Providers for tokens: GitHub (ghp_/gho_/github_pat_), GitLab, Stripe, Slack,
    SendGrid, Google API key + OAuth access token, OpenAI, Anthropic, Hugging Face, npm,
    DigitalOcean, Shopify, Mailgun, Mailchimp, Datadog, Postmark, Twilio, JWT access
    tokens, framework session cookies (Django, Express, Rails, PHP, Java, Laravel, Flask,
    NextAuth).
    File types: .txt .log .pcap.txt .md .py .go .js .java .yaml .json .http .sh .xml

USAGE
    python3 -B gen_ma.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  Deterministic per SEED.

NEEDLE CONVENTIONS
    * Cleartext password on the wire (PASS, LOGIN, RESP AUTH, MQTT, tshark "Password:",
      "simple:", SNMP community, rtsp://user:PASS@ URL): the password itself.
    * SASL PLAIN / AUTH LOGIN / HTTP Basic / XMPP / Mongo PLAIN payload: the base64 string
      exactly as written (for AUTH LOGIN the password line only).  Some renderings also
      show the decoded form later (tshark "Credentials:"); the needle line is the first
      occurrence of the base64 string.
    * Headers (Authorization: Bearer/token, X-Api-Key, DD-API-KEY, ...): the value only.
    * Query strings / JSON bodies: the key value only.  Cookies: the cookie value only.

NEGATIVES
    250 re-use the positive templates with the slot holding: masks (****, XXXX,
    [REDACTED], <redacted>, swaks "PROTECTED"), empty values, placeholders (changeme,
    YOUR_API_KEY, <password>, passwort_hier, mot_de_passe, tu_clave...), environment /
    template references ($SMTP_PASS, ${{ secrets.X }}, {{ vault }}), RFC example
    credentials (RFC 4616 tim/tanstaaftanstaaf, RFC 7617 Aladdin:open sesame, RFC 4954
    test/test/1234), provider documentation example values (Stripe sk_test_4eC39...,
    jwt.io example token, AWS AKIAIOSFODNN7EXAMPLE) and public values (pk_live_ keys).
    250 are look-alikes: CRAM-MD5, SCRAM (IMAP, XMPP, MongoDB, PostgreSQL), HTTP Digest,
    NTLM, SPNEGO/Kerberos, SIP digest, APOP, MySQL native scramble, TLS s_client output
    with certificates, tcpdump -X ClientHello hex, WebSocket key/accept, ETag / request
    ids / traceparent, AWS SigV4 signatures with the documented example key id, webhook
    HMAC signatures, DNSSEC RRSIG/DNSKEY, ssh -v fingerprints, git pack negotiation,
    registry digests, MIME base64 bodies + DKIM, logged-out cookies, SNMP "public" and
    SNMPv3 HMAC parameters, anonymous FTP, pcap checksums, JWKS public keys.

FORMATS CHECKED
    GitHub classic token = prefix + 30 base62 + 6-char base62 CRC32 of the 30-char part
    (GitHub changelog 2021-03-31 "authentication token format updates"; pkg.go.dev
    githubtoken package description); fine-grained github_pat_ 22 + "_" + 59.
    SMTP AUTH LOGIN prompts VXNlcm5hbWU6/UGFzc3dvcmQ6 (RFC 4954 usage), SASL PLAIN
    message authzid NUL authcid NUL passwd (RFC 4616), RESP framing, MQTT 3.1.1 CONNECT
    layout (flags 0xC2, length-prefixed strings, varint remaining length), memcached
    binary SASL auth (magic 0x80 opcode 0x21), PostgreSQL PasswordMessage ('p', int32
    length incl. itself, NUL-terminated): from protocol knowledge / RFCs.
    Python imaplib/poplib/smtplib debug formats from CPython source knowledge.

DOUBTS
    OpenAI project key length (sk-proj- + ~156 incl. T3BlbkFJ marker) and Anthropic
    sk-ant-api03- (93 + "AA") are from memory.  Slack bot token digit-group lengths,
    Mailgun key-<32 hex>, Mailchimp <32 hex>-usNN, DigitalOcean dop_v1_<64 hex>,
    Shopify shpat_<32 hex>, Hugging Face hf_<34 letters>, npm npm_<36 base62> (npm also
    carries a CRC32, not reproduced), GitLab glpat-<20>, Google AIza<35>, ya29.<~150>.
    Wireshark dissector field labels (tshark -V) reproduced from memory.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import struct
import sys
import zlib

# ----------------------------------------------------------------------------- basics
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = B62
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = LOWER.upper()
DIG = "0123456789"
HEX = "0123456789abcdef"
B64U = B62 + "-_"
B64S = B62 + "+/"
LOWNUM = LOWER + DIG


def rs(r, n, alph=ALNUM):
    return "".join(r.choice(alph) for _ in range(n))


def b64(x):
    if isinstance(x, str):
        x = x.encode()
    return base64.b64encode(x).decode()


def b64u(x):
    if isinstance(x, str):
        x = x.encode()
    return base64.urlsafe_b64encode(x).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def base62(n):
    s = ""
    while n:
        n, d = divmod(n, 62)
        s = B62[d] + s
    return s or "0"


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def L(*lines):
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- context data
COMPANIES = ["northwind", "acme-logistics", "bluefjord", "kestrel-labs", "vintrex", "orbital-foods",
             "lindqvist", "marrow", "hanseatic-it", "quokka", "tessaract", "sierra-dental",
             "pampas-agro", "nordlicht", "cafe-barista", "fujimi-soft", "kaveh-trading", "zeltwerk"]
TLDS = ["com", "de", "io", "net", "co.uk", "fr", "es", "nl", "com.br", "jp", "se", "pl"]
USERS = ["jmueller", "svc-mailer", "noreply", "a.kowalski", "tanaka.h", "ops-alerts", "m.rossi",
         "facturacion", "notificaciones", "rechnung", "backup", "deploy", "monitoring", "s.dubois",
         "k.nakamura", "ana.silva", "build-bot", "reports", "helpdesk", "l.jansen", "erik.lund",
         "app_orders", "webshop", "p.novak", "integration"]
FIRST = ["Jan", "Sofia", "Hiro", "Lukas", "Marta", "Omar", "Chen", "Ines", "Piotr", "Aiko", "Ravi", "Elena"]
WORDS = ["Kaffee", "Berg", "Sonne", "Lluvia", "Mariposa", "Soleil", "Fjord", "Tiger", "Kirsche",
         "Otono", "Falcon", "Harbor", "Cobalt", "Ginger", "Winter", "Nebula", "Pinguin", "Zorro",
         "Sakura", "Viento", "Maple", "Orkan", "Lemon", "Bruma"]
SYMS = "!*-_.~^"


def company(r):
    return r.choice(COMPANIES)


def domain(r):
    return "%s.%s" % (company(r), r.choice(TLDS))


def user(r):
    return r.choice(USERS)


def email(r, d=None):
    return "%s@%s" % (user(r), d or domain(r))


def ip_priv(r):
    k = r.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (r.randrange(256), r.randrange(256), r.randrange(2, 254))
    if k == 1:
        return "192.168.%d.%d" % (r.randrange(256), r.randrange(2, 254))
    return "172.%d.%d.%d" % (r.randrange(16, 32), r.randrange(256), r.randrange(2, 254))


def ip_pub(r):
    return r.choice(["203.0.113.", "198.51.100.", "192.0.2."]) + str(r.randrange(2, 254))


_CLK = [0]


def hms(r):
    _CLK[0] = (_CLK[0] + r.randrange(3)) % 86400
    t = _CLK[0]
    return "%02d:%02d:%02d" % (t // 3600, t // 60 % 60, t % 60)


def hmsu(r):
    return "%s.%06d" % (hms(r), r.randrange(10 ** 6))


_DAY = [datetime.date(2024, 3, 12)]


def new_day(r):
    _DAY[0] = datetime.date(2021, 1, 1) + datetime.timedelta(days=r.randrange(1800))
    _CLK[0] = r.randrange(86400)


def date(r):
    return _DAY[0].isoformat()


def rfcdate(r):
    return "%s %s +0000" % (_DAY[0].strftime("%a, %d %b %Y"), hms(r))


def httpdate(r):
    return rfcdate(r).replace("+0000", "GMT")


def eport(r):
    return r.randrange(32768, 61000)


# ----------------------------------------------------------------------------- secrets
def gen_password(r):
    k = r.randrange(4)
    if k == 0:  # generated
        n = r.randrange(14, 25)
        while True:
            s = rs(r, n, ALNUM + SYMS + ALNUM)
            if any(c in UPPER for c in s) and any(c in LOWER for c in s) and any(c in DIG for c in s):
                return s
    if k == 1:  # chosen: Word + digits + sym + word
        return r.choice(WORDS) + str(r.randrange(10, 9999)) + r.choice(SYMS) + r.choice(WORDS).lower()[:r.randrange(3, 7)]
    if k == 2:  # leet-ish phrase
        w = r.choice(WORDS) + r.choice(WORDS)
        w = w.replace("e", "3").replace("o", "0") if r.random() < 0.6 else w
        return w + r.choice(SYMS) + str(r.randrange(1, 99))
    # pwgen-like with dashes
    return "-".join(rs(r, 6, LOWER + UPPER + DIG) for _ in range(3))


def tok_github(r, pre="ghp_"):
    body = rs(r, 30)
    return pre + body + base62(zlib.crc32(body.encode())).rjust(6, "0")


def tok_github_fg(r):
    return "github_pat_" + rs(r, 22) + "_" + rs(r, 59)


def tok_gitlab(r):
    return "glpat-" + rs(r, 20, B64U)


def tok_stripe(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
    return pre + (rs(r, 24) if r.random() < 0.4 else "51" + rs(r, 97))


def tok_slack(r):
    return "xoxb-%s-%s-%s" % (rs(r, r.randrange(10, 13), DIG), rs(r, 13, DIG), rs(r, 24))


def tok_sendgrid(r):
    return "SG." + rs(r, 22, B64U) + "." + rs(r, 43, B64U)


def tok_google(r):
    return "AIza" + rs(r, 35, B64U)


def tok_google_oauth(r):
    return "ya29." + rs(r, r.randrange(140, 170), B64U)


def tok_openai(r):
    if r.random() < 0.5:
        return "sk-" + rs(r, 20) + "T3BlbkFJ" + rs(r, 20)
    return "sk-proj-" + rs(r, 74, B64U) + "T3BlbkFJ" + rs(r, 74, B64U)


def tok_anthropic(r):
    return "sk-ant-api03-" + rs(r, 93, B64U) + "AA"


def tok_hf(r):
    return "hf_" + rs(r, 34, LOWER + UPPER)


def tok_npm(r):
    return "npm_" + rs(r, 36)


def tok_do(r):
    return "dop_v1_" + rs(r, 64, HEX)


def tok_shopify(r):
    return "shpat_" + rs(r, 32, HEX)


def tok_mailgun(r):
    return "key-" + rs(r, 32, HEX)


def tok_mailchimp(r):
    return rs(r, 32, HEX) + "-us" + str(r.randrange(1, 22))


def tok_datadog(r):
    return rs(r, 32, HEX)


def tok_postmark(r):
    return uuid4(r)


def tok_generic(r):
    return r.choice(["", "live_", "prod_", "ak_"]) + rs(r, r.choice([32, 40, 48]))


def tok_jwt(r):
    hdr = {"alg": r.choice(["HS256", "RS256"]), "typ": "JWT"}
    if hdr["alg"] == "RS256":
        hdr["kid"] = rs(r, 16, HEX)
    now = 1700000000 + r.randrange(60000000)
    pl = {"sub": str(r.randrange(10 ** 5, 10 ** 7)), "iss": "https://auth.%s" % domain(r), "aud": "api",
          "iat": now, "exp": now + r.choice([3600, 86400, 2592000]),
          "scope": r.choice(["read write", "orders:read orders:write", "admin", "api"])}
    siglen = 43 if hdr["alg"] == "HS256" else 342
    return b64u(json.dumps(hdr, separators=(",", ":"))) + "." + b64u(json.dumps(pl, separators=(",", ":"))) + "." + rs(r, siglen, B64U)


TOKENS = {
    "github": tok_github, "github_oauth": lambda r: tok_github(r, "gho_"), "github_fg": tok_github_fg,
    "gitlab": tok_gitlab, "stripe": tok_stripe, "slack": tok_slack, "sendgrid": tok_sendgrid,
    "google": tok_google, "google_oauth": tok_google_oauth, "openai": tok_openai, "anthropic": tok_anthropic,
    "huggingface": tok_hf, "npm": tok_npm, "digitalocean": tok_do, "shopify": tok_shopify, "mailgun": tok_mailgun,
    "mailchimp": tok_mailchimp, "datadog": tok_datadog, "postmark": tok_postmark, "generic": tok_generic,
    "jwt": tok_jwt,
}
BEARER_PROVIDERS = ["github", "github_oauth", "github_fg", "gitlab", "openai", "anthropic", "huggingface",
                    "digitalocean", "jwt", "jwt", "google_oauth", "generic", "sendgrid", "npm", "slack"]

# cookies
COOKIE_FW = {
    "django": ("sessionid", lambda r: rs(r, 32, LOWNUM)),
    "express": ("connect.sid", lambda r: "s%3A" + rs(r, 32, B64U) + "." + rs(r, 43, B62 + "%")),
    "rails": ("_%s_session", lambda r: rs(r, 120, B64S).replace("/", "%2F").replace("+", "%2B") + "--" + rs(r, 22, B64S).replace("/", "%2F").replace("+", "%2B") + "--" + rs(r, 22, B64S).replace("/", "%2F").replace("+", "%2B") + "%3D%3D"),
    "php": ("PHPSESSID", lambda r: rs(r, 26, LOWNUM)),
    "java": ("JSESSIONID", lambda r: rs(r, 32, "0123456789ABCDEF")),
    "laravel": ("laravel_session", lambda r: "eyJpdiI6I" + rs(r, 240, B62) + "%3D%3D"),
    "flask": ("session", lambda r: "eyJ" + rs(r, 60, B64U) + "." + rs(r, 6, B64U) + "." + rs(r, 27, B64U)),
    "nextauth": ("__Secure-next-auth.session-token", lambda r: "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.." + rs(r, 22, B64U) + "." + rs(r, 180, B64U) + "." + rs(r, 22, B64U)),
}

# ----------------------------------------------------------------------------- negative pools
MASKS = ["********", "****", "XXXXXXXX", "[REDACTED]", "<redacted>", "REDACTED", "xxxxxxxx", "***", "[FILTERED]", "<hidden>"]
PW_PH = ["changeme", "<password>", "YOUR_PASSWORD", "your-password-here", "${SMTP_PASSWORD}", "$REDIS_PASSWORD",
         "{{ smtp_password }}", "${{ secrets.MAIL_PASSWORD }}", "", "passwort_hier", "mot_de_passe", "tu_clave_aqui",
         "%PASSWORD%", "<PASSWORD>", "TODO", "password", "secret", "PUT_PASSWORD_HERE", "hasło", "パスワード",
         "{{ vault_mail_password }}", "${DB_PASSWORD}", "dummy", "test"]
PW_DOC = ["tanstaaftanstaaf", "pencil", "open sesame", "1234", "guest"]
TOK_PH = ["<token>", "$TOKEN", "${API_TOKEN}", "{{api_token}}", "YOUR_API_KEY", "REPLACE_ME", "<your-api-key>",
          "dummy-token", "test-token", "", "${{ secrets.API_TOKEN }}", "$(cat ~/.token)", "<TOKEN>", "TU_TOKEN", "DEIN_TOKEN",
          "{{ .Values.apiToken }}", "%API_KEY%"]
JWT_EXAMPLE = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
TOK_DOC = {
    "github": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "<your-github-pat>"],
    "github_oauth": ["gho_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "github_fg": ["github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "gitlab": ["glpat-xxxxxxxxxxxxxxxxxxxx", "glpat-XXXXXXXXXXXXXXXXXXXX"],
    "stripe": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", "sk_live_..."],
    "slack": ["xoxb-your-bot-token", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX"],
    "sendgrid": ["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "<SENDGRID_API_KEY>"],
    "google": ["YOUR_API_KEY", "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "API_KEY"],
    "google_oauth": ["ya29.xxxxxxxx", "<ACCESS_TOKEN>"],
    "openai": ["sk-...", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "$OPENAI_API_KEY"],
    "anthropic": ["$ANTHROPIC_API_KEY", "sk-ant-api03-xxxxxxxx", "sk-ant-..."],
    "huggingface": ["hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "$HF_TOKEN"],
    "npm": ["npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "${NPM_TOKEN}"],
    "digitalocean": ["$DIGITALOCEAN_TOKEN", "dop_v1_xxxxxxxx"],
    "shopify": ["shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "{access_token}"],
    "mailgun": ["key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "YOUR_API_KEY"],
    "mailchimp": ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us6", "<dc-api-key>"],
    "datadog": ["<DATADOG_API_KEY>", "${DD_API_KEY}", "0000000000000000000000000000000"],
    "postmark": ["POSTMARK_API_TEST", "server token"],
    "generic": ["<api-key>", "YOUR_API_KEY"],
    "jwt": [JWT_EXAMPLE, "eyJhbGciOi...", "<jwt>"],
}
COOKIE_PH = ["deleted", "", "<session-id>", "[REDACTED]", "****", "SESSION_ID", "xxxxxxxx", "<cookie>"]
B64PLAIN_DOC = ["AHRpbQB0YW5zdGFhZnRhbnN0YWFm",  # RFC 4616: \0tim\0tanstaaftanstaaf
                "dGVzdAB0ZXN0ADEyMzQ=",  # RFC 4954: test\0test\01234
                ]
BASIC_DOC = ["QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "dXNlcjpwYXNzd29yZA==", "dXNlcm5hbWU6cGFzc3dvcmQ="]


def _ok(v, ctx):
    if ctx == "bytes" and (any(ord(c) > 126 for c in v) or any(c in v for c in "\\\"'")):
        return False
    if ctx == "xml" and any(c in v for c in "<>&"):
        return False
    if ctx == "url" and any(c in v for c in "@/:#? <>{}$%"):
        return False
    if ctx in ("wire", "bytes", "xml", "url") and v.startswith(("${", "{{", "$", "%")):
        return False
    if ctx == "yaml" and v[:1] in "*&!%@`{[" and v:
        return False
    return True


class Fill:
    """Secret slot filler.  Positive mode records the needle; negative mode hands out look-alike non-secrets."""

    def __init__(self, r, pos):
        self.r, self.pos = r, pos
        self.needle = None
        self.kind = None
        self.provider = None

    def _rec(self, v, kind, prov):
        if self.pos:
            assert self.needle is None, "two secrets in one template"
            self.needle = v
        self.kind = self.kind or kind
        self.provider = self.provider or prov
        return v

    def _pick(self, pool, ctx):
        c = [v for v in pool if _ok(v, ctx)]
        return self.r.choice(c)

    def pw(self, ctx="wire", prov="generic", kind="password"):
        if self.pos:
            return self._rec(gen_password(self.r), kind, prov)
        pool = MASKS + PW_DOC if ctx in ("wire", "xml", "url", "bytes") else MASKS + PW_PH + PW_DOC
        if ctx in ("wire", "url"):
            pool = pool + ["", ""]
        return self._rec(self._pick(pool, ctx), kind, prov)

    def b64plain(self, usr, ctx="wire", prov="generic", kind="sasl_plain", authz=""):
        if self.pos:
            return self._rec(b64("%s\0%s\0%s" % (authz, usr, gen_password(self.r))), kind, prov)
        r = self.r
        k = r.randrange(4)
        if k == 0:
            v = r.choice(B64PLAIN_DOC)
        elif k == 1:
            v = b64("%s\0%s\0%s" % (authz, usr, r.choice(["PROTECTED", "changeme", "<password>", "password", "********", "xxxxxx"])))
        else:
            v = self._pick(MASKS + ["<base64 of \\0user\\0password>", "<base64>", "AGFsaWNlAHh4eHh4eA=="], ctx)
        return self._rec(v, kind, prov)

    def b64pw(self, ctx="wire", prov="generic", kind="smtp_auth_login"):
        if self.pos:
            return self._rec(b64(gen_password(self.r)), kind, prov)
        r = self.r
        if r.random() < 0.3:
            v = b64(r.choice(["PROTECTED", "changeme", "password", "xxxxxxxx"]))
        else:
            v = self._pick(MASKS + ["<base64 password>"], ctx)
        return self._rec(v, kind, prov)

    def basic(self, usr, ctx="wire", prov="generic", kind="http_basic"):
        if self.pos:
            return self._rec(b64("%s:%s" % (usr, gen_password(self.r))), kind, prov)
        r = self.r
        k = r.randrange(3)
        if k == 0:
            v = r.choice(BASIC_DOC)
        elif k == 1:
            v = b64("%s:%s" % (usr, r.choice(["changeme", "<password>", "password", "xxxxxxxx", "PASSWORD"])))
        else:
            v = self._pick(MASKS + (["${BASIC_AUTH}", "{{basic_auth}}", "$(echo -n user:pass | base64)"] if ctx == "code" else []), ctx)
        return self._rec(v, kind, prov)

    def token(self, prov, ctx="wire", kind="api_token"):
        if self.pos:
            return self._rec(TOKENS[prov](self.r), kind, prov)
        pool = TOK_DOC.get(prov, []) * 2 + MASKS + (TOK_PH if ctx not in ("wire", "bytes", "xml") else [])
        if prov == "stripe":
            pool += ["pk_live_" + rs(self.r, 24), "pk_live_51" + rs(self.r, 97)]  # publishable = public
        return self._rec(self._pick(pool, ctx), kind, prov)

    def cookie(self, fw, ctx="wire"):
        if self.pos:
            return self._rec(COOKIE_FW[fw][1](self.r), "session_cookie", fw)
        return self._rec(self._pick(COOKIE_PH, ctx), "session_cookie", fw)

    def community(self, ctx="wire"):
        if self.pos:
            return self._rec(gen_password(self.r), "snmp_community", "snmp")
        return self._rec(self._pick(["public", "public", "<community>", "********", "COMMUNITY", ""], ctx), "snmp_community", "snmp")


# ----------------------------------------------------------------------------- renderers
def pybytes(b, q='b"'):
    out = []
    for c in b:
        ch = chr(c)
        if ch == "\r":
            out.append("\\r")
        elif ch == "\n":
            out.append("\\n")
        elif ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= c < 127:
            out.append(ch)
        else:
            out.append("\\x%02x" % c)
    return q + "".join(out) + '"'


def gostr(b):
    return pybytes(b, '"')


def javastr(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == "\r":
            out.append("\\r")
        elif ch == "\n":
            out.append("\\n")
        elif ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= c < 127:
            out.append(ch)
        else:
            out.append("\\u%04x" % c)
    return '"' + "".join(out) + '"'


def cstr(b):  # strace style
    out = []
    for i, c in enumerate(b):
        ch = chr(c)
        nxt = chr(b[i + 1]) if i + 1 < len(b) else ""
        if ch == "\r":
            out.append("\\r")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch in '"\\':
            out.append("\\" + ch)
        elif 32 <= c < 127:
            out.append(ch)
        elif c == 0 and not nxt.isdigit():
            out.append("\\0")
        else:
            out.append("\\%o" % c if not nxt.isdigit() else "\\%03o" % c)
    return '"' + "".join(out) + '"'


def resp(*args):
    s = "*%d\r\n" % len(args)
    for a in args:
        s += "$%d\r\n%s\r\n" % (len(a.encode()), a)
    return s


def ngrep_line(s):
    return "".join(c if 32 <= ord(c) < 127 else "." for c in s)


def md_wrap(r, title, intro, block, lang="", outro=None):
    parts = ["## " + title if r.random() < 0.5 else "### " + title, "", intro, "", "```" + lang, block.rstrip("\n"), "```", ""]
    if outro:
        parts += [outro, ""]
    return "\n".join(parts)


def hexdump_tcpdump(data, start=0):
    lines = []
    for off in range(0, len(data), 16):
        chunk = data[off:off + 16]
        hx = " ".join(chunk[i:i + 2].hex() for i in range(0, len(chunk), 2))
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        lines.append("\t0x%04x:  %-40s  %s" % (start + off, hx, asc))
    return lines


def pem_cert(r):
    body = b64(b"\x30\x82" + struct.pack(">H", r.randrange(900, 1500)) + b"\x30\x82" + rbytes(r, r.randrange(700, 1000)))
    return ["-----BEGIN CERTIFICATE-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END CERTIFICATE-----"]


def curl_tls(r, host, ip, port=443):
    return ["*   Trying %s:%d..." % (ip, port), "* Connected to %s (%s) port %d (#0)" % (host, ip, port),
            "* ALPN: offers h2,http/1.1" if r.random() < 0.5 else "* ALPN, offering http/1.1",
            "* TLSv1.3 (OUT), TLS handshake, Client hello (1):", "* TLSv1.3 (IN), TLS handshake, Server hello (2):",
            "* TLSv1.3 (IN), TLS handshake, Certificate (11):", "* TLSv1.3 (IN), TLS handshake, Finished (20):",
            "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384", "* Server certificate:",
            "*  subject: CN=%s" % host, "*  issuer: C=US; O=Let's Encrypt; CN=R3",
            "*  SSL certificate verify ok."]


def pick_dir(r, kind):
    d = {
        "doc": ["docs/", "docs/debug/", "notes/", "doc/troubleshooting/", "wiki/", "ops/runbooks/", "support/", ""],
        "cap": ["captures/", "debug/", "tmp/", "logs/", "notes/", "docs/captures/", "support/tickets/", "investigation/"],
        "test": ["tests/fixtures/", "test/fixtures/", "testdata/", "tests/data/", "spec/fixtures/", "fixtures/"],
    }[kind]
    return r.choice(d)


# ----------------------------------------------------------------------------- positive templates
TEMPLATES = []


def T(provider, kind):
    def deco(f):
        TEMPLATES.append((f.__name__[2:], provider, kind, f))
        return f
    return deco


def smtp_caps(host, auth="PLAIN LOGIN"):
    return ["250-%s" % host, "250-PIPELINING", "250-SIZE 52428800", "250-ETRN", "250-AUTH %s" % auth,
            "250-ENHANCEDSTATUSCODES", "250-8BITMIME", "250 DSN"]


@T("smtp", "sasl_plain")
def t_smtp_swaks_plain(r, F):
    h = "smtp." + domain(r)
    u = email(r)
    me = r.choice(["build01", "web-prod-2", "laptop", "ip-10-0-1-23"])
    tok = F.b64plain(u, "wire", "smtp")
    to = email(r)
    lines = ["$ swaks --to %s --from %s --server %s:587 --tls --auth PLAIN --auth-user %s --auth-password \"$SMTP_PASS\"" % (to, u, h, u),
             "=== Trying %s:587..." % h, "=== Connected to %s." % h, "<-  220 %s ESMTP Postfix" % h, " -> EHLO %s" % me]
    lines += ["<-  " + x for x in smtp_caps(h)[:3]] + ["<-  250-STARTTLS", "<-  250 8BITMIME", " -> STARTTLS", "<-  220 2.0.0 Ready to start TLS",
              "=== TLS started with cipher TLSv1.3:TLS_AES_256_GCM_SHA384:256", "=== TLS no local certificate set",
              "=== TLS peer DN=\"/CN=%s\"" % h, " ~> EHLO %s" % me]
    lines += ["<~  " + x for x in smtp_caps(h)]
    qid = rs(r, 10, "0123456789ABCDEF")
    lines += [" ~> AUTH PLAIN " + tok, "<~  235 2.7.0 Authentication successful", " ~> MAIL FROM:<%s>" % u, "<~  250 2.1.0 Ok",
              " ~> RCPT TO:<%s>" % to, "<~  250 2.1.5 Ok", " ~> DATA", "<~  354 End data with <CR><LF>.<CR><LF>",
              " ~> Date: %s" % rfcdate(r), " ~> To: %s" % to, " ~> From: %s" % u, " ~> Subject: test %s" % rfcdate(r),
              " ~> Message-Id: <%s.%d@%s>" % (date(r).replace("-", ""), r.randrange(1000, 99999), me),
              " ~> X-Mailer: swaks v20201014.0 jetmore.org/john/code/swaks/", " ~> ", " ~> This is a test mailing", " ~> ", " ~> .",
              "<~  250 2.0.0 Ok: queued as %s" % qid, " ~> QUIT", "<~  221 2.0.0 Bye", "=== Connection closed with remote host."]
    txt = L(*lines)
    if r.random() < 0.5:
        return pick_dir(r, "doc") + r.choice(["smtp-relay-test.md", "mail-troubleshooting.md", "SMTP.md"]), md_wrap(
            r, r.choice(["Relay test from build host", "Testing the new SMTP relay", "Prueba del relay SMTP"]),
            "Ran swaks against the relay, auth works now:", txt, "", "Mails arrive, closing the ticket.")
    return pick_dir(r, "cap") + r.choice(["swaks-output.txt", "smtp_test.log", "swaks.txt"]), txt


@T("smtp", "smtp_auth_login")
def t_smtp_sclient_login(r, F):
    h = "mail." + domain(r)
    u = email(r)
    pw = F.b64pw("wire", "smtp")
    lines = ["$ openssl s_client -starttls smtp -connect %s:587 -crlf -quiet" % h,
             "depth=2 C = US, O = Internet Security Research Group, CN = ISRG Root X1", "verify return:1",
             "depth=1 C = US, O = Let's Encrypt, CN = R11", "verify return:1", "depth=0 CN = %s" % h, "verify return:1",
             "250 CHUNKING", "EHLO localhost"] + smtp_caps(h, "LOGIN PLAIN") + [
             "AUTH LOGIN", "334 VXNlcm5hbWU6", b64(u), "334 UGFzc3dvcmQ6", pw, "235 2.7.0 Authentication successful",
             "QUIT", "221 2.0.0 Bye"]
    return pick_dir(r, "cap") + r.choice(["smtp-auth-login.txt", "starttls-session.txt", "o365-smtp-test.log"]), L(*lines)


@T("smtp", "sasl_plain")
def t_smtp_telnet_issue(r, F):
    h = "smtp." + domain(r)
    u = user(r)
    tok = F.b64plain(u, "wire", "smtp")
    blk = L("$ telnet %s 25" % h, "Trying %s..." % ip_priv(r), "Connected to %s." % h, "Escape character is '^]'.",
            "220 %s ESMTP Exim 4.96 %s" % (h, rfcdate(r)), "EHLO test", *smtp_caps(h, "PLAIN"), "AUTH PLAIN " + tok,
            "535 Incorrect authentication data" if r.random() < 0.3 else "235 Authentication succeeded", "QUIT",
            "221 %s closing connection" % h, "Connection closed by foreign host.")
    body = md_wrap(r, r.choice(["SMTP auth fails from the app but works by hand", "Exim rejects AUTH from container",
                                "Mailversand schlägt fehl"]),
                   "**Steps to reproduce**\n\nFrom the app container (image `%s/api:%d.%d.%d`):" % (company(r), r.randrange(1, 4), r.randrange(20), r.randrange(20)),
                   blk, "", "**Expected**: same result as from the app. **Actual**: app logs `SMTPAuthenticationError (535)`.")
    return r.choice(["docs/issues/", "issues/", "notes/"]) + "smtp-auth-%d.md" % r.randrange(10, 999), body


@T("smtp", "sasl_plain")
def t_smtp_smtplib_debug(r, F):
    h = "smtp." + domain(r)
    u = email(r)
    tok = F.b64plain(u, "wire", "smtp")
    lines = ["send: 'ehlo [127.0.1.1]\\r\\n'", "reply: b'250-%s\\r\\n'" % h, "reply: b'250-PIPELINING\\r\\n'",
             "reply: b'250-SIZE 35882577\\r\\n'", "reply: b'250-AUTH LOGIN PLAIN XOAUTH2\\r\\n'", "reply: b'250 SMTPUTF8\\r\\n'",
             "reply: retcode (250); Msg: b'%s\\nPIPELINING\\nSIZE 35882577\\nAUTH LOGIN PLAIN XOAUTH2\\nSMTPUTF8'" % h,
             "send: 'AUTH PLAIN %s\\r\\n'" % tok, "reply: b'235 2.7.0 Accepted\\r\\n'", "reply: retcode (235); Msg: b'2.7.0 Accepted'",
             "send: 'mail FROM:<%s> size=412\\r\\n'" % u, "reply: b'250 2.1.0 OK\\r\\n'"]
    blk = L(*lines)
    intro = "With `server.set_debuglevel(1)` in `%s`:" % r.choice(["notify/mailer.py", "app/email.py", "scripts/send_report.py"])
    return "docs/" + r.choice(["smtp-debug.md", "email-debugging.md", "mailer-notes.md"]), md_wrap(
        r, r.choice(["smtplib debug output", "Debugging the mailer", "Why are reports not sent?"]), intro, blk, "text")


@T("smtp", "sasl_plain")
def t_smtp_py_fixture(r, F):
    u = email(r)
    tok = F.b64plain(u, "bytes", "smtp")
    cls = r.choice(["FakeSMTPServer", "ScriptedSMTP", "SmtpReplay"])
    body = L("import socket", "import threading", "", "import pytest", "", "from notify.mailer import Mailer", "",
             "# Recorded against the staging relay; replayed by %s." % cls,
             "CLIENT_LINES = [", '    b"EHLO worker-1\\r\\n",', '    b"AUTH PLAIN %s\\r\\n",' % tok,
             '    b"MAIL FROM:<%s>\\r\\n",' % u, '    b"RCPT TO:<ops@%s>\\r\\n",' % domain(r), '    b"DATA\\r\\n",', "]",
             "SERVER_LINES = [", '    b"220 relay ESMTP ready\\r\\n",', '    b"250-relay\\r\\n250 AUTH PLAIN LOGIN\\r\\n",',
             '    b"235 2.7.0 Authentication successful\\r\\n",', '    b"250 OK\\r\\n",', '    b"250 OK\\r\\n",',
             '    b"354 go ahead\\r\\n",', "]", "", "",
             "def test_mailer_authenticates(smtp_server):",
             "    sent = smtp_server.run(SERVER_LINES)",
             "    Mailer(host=\"127.0.0.1\", port=sent.port).send_report()", "    assert sent.received[:2] == CLIENT_LINES[:2]")
    return pick_dir(r, "test").replace("fixtures/", "") + r.choice(["test_mailer.py", "test_smtp_replay.py"]), body


@T("smtp", "smtp_auth_login")
def t_smtp_go_fixture(r, F):
    u = email(r)
    pw = F.b64pw("bytes", "smtp")
    body = L("package mailer", "", "import (", '\t"bufio"', '\t"net"', '\t"testing"', ")", "",
             "// transcript captured from the %s relay with AUTH LOGIN" % r.choice(["office", "prod", "legacy"]),
             "var loginTranscript = []string{", '\t"220 mx ESMTP\\r\\n",', '\t"EHLO client\\r\\n",', '\t"250-mx\\r\\n250 AUTH LOGIN\\r\\n",',
             '\t"AUTH LOGIN\\r\\n",', '\t"334 VXNlcm5hbWU6\\r\\n",', '\t"%s\\r\\n",' % b64(u), '\t"334 UGFzc3dvcmQ6\\r\\n",',
             '\t"%s\\r\\n",' % pw, '\t"235 2.7.0 Authentication successful\\r\\n",', "}", "",
             "func TestLoginAuth(t *testing.T) {", "\tsrv, cli := net.Pipe()", "\tgo replay(t, srv, loginTranscript)",
             "\tc := bufio.NewReader(cli)", "\tif err := loginAuth(cli, c); err != nil {", "\t\tt.Fatalf(\"auth: %v\", err)", "\t}", "}")
    return r.choice(["internal/mailer/", "pkg/mail/", "mailer/"]) + "login_auth_test.go", body


@T("smtp", "sasl_plain")
def t_smtp_curl_v(r, F):
    h = "smtp." + domain(r)
    u = email(r)
    tok = F.b64plain(u, "wire", "smtp")
    ip = ip_pub(r)
    lines = ["$ curl -v --ssl-reqd --url 'smtp://%s:587' --mail-from %s --mail-rcpt %s --upload-file mail.txt --netrc-file .netrc" % (h, u, email(r)),
             "*   Trying %s:587..." % ip, "* Connected to %s (%s) port 587 (#0)" % (h, ip), "< 220 %s ESMTP" % h, "> EHLO mail.txt",
             "< 250-%s" % h, "< 250-STARTTLS", "< 250 AUTH PLAIN LOGIN", "> STARTTLS", "< 220 2.0.0 Ready to start TLS",
             "* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384", "> EHLO mail.txt", "< 250-%s" % h, "< 250 AUTH PLAIN LOGIN",
             "> AUTH PLAIN %s" % tok, "< 235 2.7.0 Authentication successful", "> MAIL FROM:<%s>" % u, "< 250 2.1.0 Ok",
             "} [%d bytes data]" % r.randrange(200, 900), "< 250 2.0.0 Ok: queued", "* Connection #0 to host %s left intact" % h]
    return pick_dir(r, "cap") + r.choice(["curl-smtp.txt", "curl_smtp_verbose.log"]), L(*lines)


@T("smtp", "sasl_plain")
def t_smtp_strace(r, F):
    u = user(r)
    tok = F.b64plain(u, "wire", "smtp")
    pid = r.randrange(1000, 60000)
    msg = ("AUTH PLAIN %s\r\n" % tok).encode()
    lines = ["%d connect(5, {sa_family=AF_INET, sin_port=htons(587), sin_addr=inet_addr(\"%s\")}, 16) = 0" % (pid, ip_priv(r)),
             '%d read(5, "220 relay.internal ESMTP Postfix\\r\\n", 8192) = 34' % pid,
             '%d write(5, "EHLO app-7f9c\\r\\n", 15) = 15' % pid,
             '%d read(5, "250-relay.internal\\r\\n250-PIPELINING\\r\\n250-AUTH PLAIN LOGIN\\r\\n250 8BITMIME\\r\\n", 8192) = 72' % pid,
             "%d write(5, %s, %d) = %d" % (pid, cstr(msg), len(msg), len(msg)),
             '%d read(5, "235 2.7.0 Authentication successful\\r\\n", 8192) = 37' % pid,
             '%d write(5, "MAIL FROM:<%s@%s>\\r\\n", 40) = 40' % (pid, u, domain(r))]
    return pick_dir(r, "cap") + r.choice(["strace-mailer.txt", "strace.out.txt", "strace_smtp.log"]), L(
        "# strace -f -s 256 -e trace=connect,read,write -p $(pgrep -f mailer)", *lines)


@T("imap", "password")
def t_imap_sclient_login(r, F):
    h = "imap." + domain(r)
    u = email(r)
    pw = F.pw("wire", "imap")
    lines = ["$ openssl s_client -connect %s:993 -crlf -quiet" % h, "depth=0 CN = %s" % h, "verify return:1",
             "* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ AUTH=PLAIN AUTH=LOGIN] Dovecot ready.",
             'a1 LOGIN %s "%s"' % (u, pw),
             "a1 OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE SORT THREAD=REFERENCES MOVE] Logged in",
             "a2 SELECT INBOX", "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)", "* %d EXISTS" % r.randrange(1, 900),
             "a2 OK [READ-WRITE] Select completed (0.002 + 0.000 secs).", "a3 LOGOUT", "* BYE Logging out", "a3 OK Logout completed."]
    txt = L(*lines)
    if r.random() < 0.4:
        return "docs/" + r.choice(["imap-check.md", "mailbox-migration.md"]), md_wrap(r, "Manual IMAP check", "Mailbox is reachable:", txt)
    return pick_dir(r, "cap") + r.choice(["imap-session.txt", "imap_login.log"]), txt


@T("imap", "sasl_plain")
def t_imap_authenticate(r, F):
    h = "imap." + domain(r)
    u = user(r)
    tok = F.b64plain(u, "wire", "imap")
    sasl_ir = r.random() < 0.5
    lines = ["* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] %s IMAP4 service ready" % h]
    if sasl_ir:
        lines += ["A001 AUTHENTICATE PLAIN " + tok]
    else:
        lines += ["A001 AUTHENTICATE PLAIN", "+ ", tok]
    lines += ["A001 OK [CAPABILITY IMAP4rev1 IDLE NAMESPACE QUOTA] AUTHENTICATE completed.", "A002 NAMESPACE",
              '* NAMESPACE (("" "/")) NIL NIL', "A002 OK NAMESPACE completed."]
    return pick_dir(r, "cap") + r.choice(["imap-auth-plain.txt", "follow-tcp-stream-imap.txt"]), L(
        "Wireshark - Follow TCP Stream (tcp.stream eq %d) - %s" % (r.randrange(40), r.choice(["capture.pcapng", "imap.pcap"])), "", *lines)


@T("imap", "password")
def t_imap_imaplib_debug(r, F):
    u = email(r)
    pw = F.pw("wire", "imap")
    tag = rs(r, 4, UPPER)
    t = "%02d:%02d" % (r.randrange(60), r.randrange(60))
    lines = ["  %s.%02d imaplib version 2.58" % (t, r.randrange(100)), "  %s.%02d new IMAP4 connection, tag=b'%s'" % (t, r.randrange(100), tag),
             "  %s.%02d < b'* OK [CAPABILITY IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE IDLE AUTH=PLAIN] Dovecot ready.'" % (t, r.randrange(100)),
             "  %s.%02d CAPABILITIES: ('IMAP4REV1', 'LITERAL+', 'SASL-IR', 'LOGIN-REFERRALS', 'ID', 'ENABLE', 'IDLE', 'AUTH=PLAIN')" % (t, r.randrange(100)),
             "  %s.%02d > b'%s1 LOGIN %s \"%s\"'" % (t, r.randrange(100), tag, u, pw),
             "  %s.%02d < b'%s1 OK [CAPABILITY IMAP4rev1 ...] Logged in'" % (t, r.randrange(100), tag),
             "  %s.%02d > b'%s2 SELECT INBOX'" % (t, r.randrange(100), tag)]
    blk = L(*lines)
    return "docs/" + r.choice(["imap-fetcher-debug.md", "mail-ingest.md"]), md_wrap(
        r, "imaplib debug (Debug=4)", "Output of `python -m ingest.fetch --debug`:", blk, "text")


@T("imap", "password")
def t_imap_js_fixture(r, F):
    u = email(r)
    pw = F.pw("bytes", "imap")
    body = L("'use strict';", "", "const { MockImapServer } = require('../helpers/mock-imap');", "",
             "// client lines recorded from a real session (see issue #%d)" % r.randrange(100, 2000), "const transcript = [",
             "  ['S', '* OK IMAP4rev1 Service Ready\\r\\n'],", "  ['C', 'A1 CAPABILITY\\r\\n'],",
             "  ['S', '* CAPABILITY IMAP4rev1 AUTH=PLAIN IDLE\\r\\nA1 OK CAPABILITY completed\\r\\n'],",
             "  ['C', 'A2 LOGIN \"%s\" \"%s\"\\r\\n']," % (u, pw), "  ['S', 'A2 OK LOGIN completed\\r\\n'],", "];", "",
             "describe('imap client', () => {", "  it('logs in with LOGIN', async () => {",
             "    const srv = new MockImapServer(transcript);", "    await srv.listen();", "    await expect(connect(srv.port)).resolves.toBeDefined();",
             "  });", "});")
    return r.choice(["test/", "__tests__/", "src/__tests__/"]) + "imap-login.test.js", body


@T("pop3", "password")
def t_pop3_telnet(r, F):
    h = "pop." + domain(r)
    u = user(r)
    pw = F.pw("wire", "pop3")
    lines = ["$ %s" % r.choice(["telnet %s 110" % h, "nc -C %s 110" % h, "openssl s_client -connect %s:995 -quiet" % h]),
             "+OK Dovecot ready.", "USER %s" % u, "+OK", "PASS %s" % pw, "+OK Logged in.", "STAT", "+OK %d %d" % (r.randrange(1, 80), r.randrange(10 ** 4, 10 ** 7)),
             "QUIT", "+OK Logging out."]
    txt = L(*lines)
    if r.random() < 0.5:
        return "docs/" + r.choice(["pop3-check.md", "mailbox-check.md", "README-mail.md"]), md_wrap(
            r, r.choice(["Check the POP3 mailbox", "Postfach prüfen"]), "If the importer is stuck, log in by hand:", txt)
    return pick_dir(r, "cap") + "pop3-session.txt", txt


@T("pop3", "password")
def t_pop3_poplib_debug(r, F):
    u = user(r)
    pw = F.pw("wire", "pop3")
    lines = ["*cmd* 'USER %s'" % u, "*put* b'USER %s'" % u, "*get* b'+OK\\r\\n'", "*resp* b'+OK'", "*cmd* 'PASS %s'" % pw,
             "*put* b'PASS %s'" % pw, "*get* b'+OK Logged in.\\r\\n'", "*resp* b'+OK Logged in.'", "*cmd* 'STAT'",
             "*stat* [b'+OK', b'%d', b'%d']" % (r.randrange(1, 40), r.randrange(1000, 900000))]
    return pick_dir(r, "cap") + r.choice(["poplib-debug.log", "pop3_debug.txt"]), L(
        "# python3 fetch_invoices.py --debug (poplib.set_debuglevel(2))", "*welcome* b'+OK POP3 server ready'", *lines)


@T("ftp", "password")
def t_ftp_tcpdump_A(r, F):
    u = user(r)
    pw = F.pw("wire", "ftp")
    c, s = ip_priv(r), ip_priv(r)
    p = eport(r)
    out = []
    seq = 1
    for direction, payload in [("s", "220 (vsFTPd 3.0.5)"), ("c", "USER " + u), ("s", "331 Please specify the password."),
                               ("c", "PASS " + pw), ("s", "230 Login successful."), ("c", "SYST"), ("s", "215 UNIX Type: L8")]:
        src, dst = ("%s.ftp" % s, "%s.%d" % (c, p)) if direction == "s" else ("%s.%d" % (c, p), "%s.ftp" % s)
        n = len(payload) + 2
        out.append("%s IP %s > %s: Flags [P.], seq %d:%d, ack %d, win 502, options [nop,nop,TS val %d ecr %d], length %d" % (
            hmsu(r), src, dst, seq, seq + n, r.randrange(1, 200), r.randrange(10 ** 9), r.randrange(10 ** 9), n))
        out.append("E..%s..@.@.%s" % (rs(r, 2, "456789"), rs(r, 10, ".^&*`#:)(")))
        out.append(payload)
        seq += n
    return pick_dir(r, "cap") + r.choice(["ftp.pcap.txt", "tcpdump-ftp.txt", "ftp-login.pcap.txt"]), L(
        "# tcpdump -i eth0 -nn -A port 21", *out)


@T("ftp", "password")
def t_ftp_curl_v(r, F):
    h = "ftp." + domain(r)
    u = user(r)
    pw = F.pw("wire", "ftp")
    lines = ["*   Trying %s:21..." % ip_pub(r), "* Connected to %s (%s) port 21 (#0)" % (h, ip_pub(r)),
             "< 220 ProFTPD Server (%s) [%s]" % (company(r), ip_pub(r)), "> USER %s" % u, "< 331 Password required for %s" % u,
             "> PASS %s" % pw, "< 230 User %s logged in" % u, "> PWD", '< 257 "/" is the current directory',
             "* Entry path is '/'", "> EPSV", "* Connect data stream passively", "< 229 Entering Extended Passive Mode (|||%d|)" % eport(r),
             "> TYPE I", "< 200 Type set to I", "> SIZE export/%s.csv" % date(r), "< 213 %d" % r.randrange(1000, 10 ** 7)]
    intro = "Nightly export job fails with `curl: (9) Server denied you to change to the given directory`. Verbose output:"
    return "docs/" + r.choice(["ftp-export.md", "partner-ftp.md"]), md_wrap(r, "Partner FTP export", intro, L(*lines), "console")


@T("ftp", "password")
def t_ftp_follow_stream(r, F):
    u = r.choice(["scanner", "printer01", "upload", "edi_partner", "kamera"])
    pw = F.pw("wire", "ftp")
    lines = ["220 Microsoft FTP Service", "USER %s" % u, "331 Password required", "PASS %s" % pw, "230 User logged in.",
             "OPTS UTF8 ON", "200 OPTS UTF8 command successful - UTF8 encoding now ON.", "PWD", '257 "/" is current directory.',
             "TYPE I", "200 Type set to I.", "PASV", "227 Entering Passive Mode (%s,%d,%d)." % (ip_priv(r).replace(".", ","), r.randrange(150, 250), r.randrange(256)),
             "STOR scan_%s.pdf" % date(r).replace("-", ""), "125 Data connection already open; Transfer starting.", "226 Transfer complete."]
    return pick_dir(r, "cap") + r.choice(["ftp-stream.txt", "follow_tcp_stream_ftp.txt"]), L(*lines)


@T("ftp", "password")
def t_ftp_java_fixture(r, F):
    u = user(r)
    pw = F.pw("bytes", "ftp")
    cls = r.choice(["FtpUploaderTest", "SftpFallbackTest", "EdiTransferTest"])
    co = company(r).replace("-", "")
    body = L("package com.%s.transfer;" % co, "", "import static org.junit.jupiter.api.Assertions.assertEquals;", "",
             "import java.util.List;", "import org.junit.jupiter.api.Test;", "", "class %s {" % cls, "",
             "    // replayed by ScriptedFtpServer, captured from partner endpoint",
             "    private static final List<String> SCRIPT = List.of(", '        "220 FTP server ready",', '        "USER %s",' % u,
             '        "331 Password required",', '        "PASS %s",' % pw, '        "230 Logged in",', '        "TYPE I",', '        "200 OK");', "",
             "    @Test", "    void uploadsFile() throws Exception {", "        try (ScriptedFtpServer srv = new ScriptedFtpServer(SCRIPT)) {",
             "            new FtpUploader(\"127.0.0.1\", srv.port()).upload(\"orders.edi\");", "            assertEquals(0, srv.unmatched());",
             "        }", "    }", "}")
    return "src/test/java/com/%s/transfer/%s.java" % (co, cls), body


@T("redis", "password")
def t_redis_py_resp(r, F):
    pw = F.pw("bytes", "redis")
    acl = r.random() < 0.4
    args = ("AUTH", r.choice(["app", "worker", "cache-rw"]), pw) if acl else ("AUTH", pw)
    body = L("import pytest", "", "from cache.client import RedisConn", "",
             "# exact bytes the client must write on connect (captured with tcpdump on staging)",
             "EXPECTED_HANDSHAKE = %s" % pybytes(resp(*args).encode()),
             "EXPECTED_SELECT = %s" % pybytes(resp("SELECT", str(r.randrange(16))).encode()), "", "",
             "def test_handshake_bytes(fake_socket):", "    RedisConn(sock=fake_socket).connect()",
             "    assert fake_socket.sent[0] == EXPECTED_HANDSHAKE")
    return r.choice(["tests/", "tests/unit/", "cache/tests/"]) + "test_redis_handshake.py", body


@T("redis", "password")
def t_redis_ngrep(r, F):
    pw = F.pw("wire", "redis")
    c, s = ip_priv(r), ip_priv(r)
    p = eport(r)
    lines = ["$ sudo ngrep -d any -q port 6379",
             "interface: any", "filter: ( port 6379 ) and ((ip || ip6) || (vlan && (ip || ip6)))", "",
             "T %s:%d -> %s:6379 [AP] #%d" % (c, p, s, r.randrange(2, 10)), "  " + ngrep_line(resp("AUTH", pw)), "",
             "T %s:6379 -> %s:%d [AP] #%d" % (s, c, p, r.randrange(10, 20)), "  +OK..", "",
             "T %s:%d -> %s:6379 [AP] #%d" % (c, p, s, r.randrange(20, 30)), "  " + ngrep_line(resp("GET", "feature:flags:v%d" % r.randrange(9))), ""]
    return pick_dir(r, "cap") + r.choice(["ngrep-redis.txt", "redis-traffic.txt"]), L(*lines)


@T("redis", "password")
def t_redis_nc(r, F):
    h = r.choice(["redis-master", "cache-01", "10.0.4.12", "redis.internal"])
    pw = F.pw("wire", "redis")
    blk = L("$ nc %s 6379" % h, "PING", "-NOAUTH Authentication required.", "AUTH %s" % pw, "+OK", "INFO replication",
            "$%d" % r.randrange(300, 600), "# Replication", "role:master", "connected_slaves:%d" % r.randrange(3), "QUIT", "+OK")
    return "ops/runbooks/" + r.choice(["redis-failover.md", "redis.md", "cache-incident.md"]), md_wrap(
        r, r.choice(["Check replication by hand", "Redis no responde"]), "When redis-cli is not installed on the box:", blk)


@T("redis", "password")
def t_redis_strace(r, F):
    pw = F.pw("wire", "redis")
    pid = r.randrange(1000, 60000)
    m = resp("AUTH", pw).encode()
    lines = ["%d socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = 9" % pid,
             "%d connect(9, {sa_family=AF_INET, sin_port=htons(6379), sin_addr=inet_addr(\"%s\")}, 16) = -1 EINPROGRESS" % (pid, ip_priv(r)),
             "%d sendto(9, %s, %d, 0, NULL, 0) = %d" % (pid, cstr(m), len(m), len(m)),
             '%d recvfrom(9, "+OK\\r\\n", 65536, 0, NULL, NULL) = 5' % pid,
             '%d sendto(9, "*1\\r\\n$4\\r\\nPING\\r\\n", 14, 0, NULL, 0) = 14' % pid,
             '%d recvfrom(9, "+PONG\\r\\n", 65536, 0, NULL, NULL) = 7' % pid]
    return pick_dir(r, "cap") + "strace-redis.txt", L("strace -f -s 512 -e trace=network -p %d" % pid, *lines)


@T("memcached", "sasl_plain")
def t_memcached_sasl(r, F):
    u = r.choice(["appuser", "cache", "memcache_ro", "sessions"])
    pw = F.pw("bytes", "memcached")
    key, val = b"PLAIN", ("\0%s\0%s" % (u, pw)).encode()
    hdr = struct.pack(">BBHBBHIIQ", 0x80, 0x21, len(key), 0, 0, 0, len(key) + len(val), r.randrange(1, 1000), 0)
    body = L("package memcache", "", 'import "testing"', "",
             "// Binary protocol SASL AUTH request as sent by the client against the ElastiCache test cluster.",
             "var saslAuthReq = []byte(%s)" % gostr(hdr + key + val), "",
             "func TestSASLAuthRequest(t *testing.T) {", "\tgot := buildSASLAuth(%s, testPassword())" % json.dumps(u),
             "\tif string(got[24:]) != string(saslAuthReq[24:]) {", "\t\tt.Fatalf(\"unexpected body %q\", got[24:])", "\t}", "}")
    return r.choice(["memcache/", "internal/cache/", "pkg/memcache/"]) + "sasl_test.go", body


@T("mongodb", "sasl_plain")
def t_mongo_sasl_plain(r, F):
    u = r.choice(["svc-reporting", "ldap_reader", "analytics"])
    tok = F.b64plain(u, "wire", "mongodb")
    doc = {"saslStart": 1, "mechanism": "PLAIN", "payload": {"$binary": {"base64": tok, "subType": "00"}},
           "autoAuthorize": 1, "$db": "$external"}
    resp_ = {"conversationId": 1, "done": True, "payload": {"$binary": {"base64": "", "subType": "00"}}, "ok": 1.0}
    rec = [{"direction": "client", "requestId": r.randrange(1, 100), "opCode": "OP_MSG", "body": doc},
           {"direction": "server", "responseTo": 1, "opCode": "OP_MSG", "body": resp_}]
    return pick_dir(r, "test") + r.choice(["mongo_ldap_auth.json", "sasl_plain_conversation.json"]), json.dumps(rec, indent=2) + "\n"


@T("mongodb", "sasl_plain")
def t_mongo_js_fixture(r, F):
    u = r.choice(["etl", "ldap-sync", "readonly"])
    tok = F.b64plain(u, "bytes", "mongodb")
    body = L("const { expect } = require('chai');", "const { buildSaslStart } = require('../../lib/auth/plain');", "",
             "describe('PLAIN auth', function () {", "  it('matches the captured saslStart', function () {",
             "    const cmd = buildSaslStart('%s', process.env.MONGO_TEST_PW);" % u, "    expect(cmd).to.deep.equal({",
             "      saslStart: 1,", "      mechanism: 'PLAIN',", "      payload: Buffer.from('%s', 'base64')," % tok,
             "      autoAuthorize: 1", "    });", "  });", "});")
    return "test/unit/auth/plain.test.js", body


@T("mysql", "password")
def t_mysql_clear(r, F):
    u = r.choice(["app_ro", "reporting", "svc_billing"])
    pw = F.pw("wire", "mysql")
    lines = ["# tcpdump -i any -A -s0 port 3306", "%s IP %s.%d > %s.3306: Flags [P.], length %d" % (hmsu(r), ip_priv(r), eport(r), ip_priv(r), r.randrange(80, 200)),
             "E...%s@.@..." % rs(r, 3, ".#*"), "............!.......................%s.%s..caching_sha2_password." % (u, rs(r, 6, ".>*'~")),
             "%s IP > : Flags [P.], length 26" % hmsu(r), "............mysql_clear_password.",
             "%s IP %s.%d > %s.3306: Flags [P.], length %d" % (hmsu(r), ip_priv(r), eport(r), ip_priv(r), len(pw) + 5),
             "E..;..@.@.......", "....%s." % pw, "%s IP > : Flags [P.], length 11" % hmsu(r), "..........."]
    return pick_dir(r, "cap") + r.choice(["mysql-clear-password.pcap.txt", "ldap-pam-mysql.txt"]), L(*lines)


@T("postgres", "password")
def t_pg_tshark(r, F):
    pw = F.pw("wire", "postgres")
    u = r.choice(["app", "postgres", "grafana", "airflow"])
    db = r.choice(["orders", "metrics", "airflow", "app_prod"])
    lines = ["Frame %d: %d bytes on wire" % (r.randrange(3, 20), r.randrange(60, 120)), "PostgreSQL",
             "    Type: Startup message", "    Length: %d" % r.randrange(30, 80), "    Protocol major version: 3", "    Protocol minor version: 0",
             "    Parameter name: user", "    Parameter value: %s" % u, "    Parameter name: database", "    Parameter value: %s" % db, "",
             "PostgreSQL", "    Type: Authentication request", "    Length: 8", "    Authentication type: Plaintext password (3)", "",
             "PostgreSQL", "    Type: Password message", "    Length: %d" % (len(pw.encode()) + 5), "    Password: %s" % pw, "",
             "PostgreSQL", "    Type: Authentication request", "    Length: 8", "    Authentication type: Success (0)"]
    return pick_dir(r, "cap") + r.choice(["pg-auth.tshark.txt", "tshark-pgsql.txt"]), L(
        "$ tshark -r pg.pcap -Y pgsql -V -O pgsql", *lines)


@T("postgres", "password")
def t_pg_py_fixture(r, F):
    pw = F.pw("bytes", "postgres")
    m = b"p" + struct.pack(">I", len(pw.encode()) + 5) + pw.encode() + b"\x00"
    body = L("import struct", "", "import pytest", "", "from pgwire.proto import FrontendMessage", "",
             "AUTH_CLEARTEXT = b\"R\\x00\\x00\\x00\\x08\\x00\\x00\\x00\\x03\"",
             "PASSWORD_MSG = %s  # captured from psql 15" % pybytes(m), "", "",
             "def test_password_message_roundtrip():", "    msg = FrontendMessage.parse(PASSWORD_MSG)",
             "    assert msg.type == b'p'", "    assert msg.encode() == PASSWORD_MSG")
    return r.choice(["tests/", "tests/proto/"]) + "test_password_message.py", body


@T("ldap", "password")
def t_ldap_tshark(r, F):
    dc = company(r).replace("-", "")
    dn = "cn=%s,%sdc=%s,dc=%s" % (r.choice(["admin", "readonly", "svc-gitlab", "nextcloud"]), r.choice(["", "ou=services,"]), dc, r.choice(["com", "de", "local"]))
    pw = F.pw("wire", "ldap")
    lines = ["Lightweight Directory Access Protocol", '    LDAPMessage bindRequest(1) "%s" simple' % dn, "        messageID: 1",
             "        protocolOp: bindRequest (0)", "            bindRequest", "                version: 3", "                name: %s" % dn,
             "                authentication: simple (0)", "                    simple: %s" % pw, "        [Response In: %d]" % r.randrange(5, 12),
             "Lightweight Directory Access Protocol", "    LDAPMessage bindResponse(1) success", "        messageID: 1",
             "        protocolOp: bindResponse (1)", "            bindResponse", "                resultCode: success (0)"]
    return pick_dir(r, "cap") + r.choice(["ldap-bind.txt", "tshark-ldap.txt"]), L("$ tshark -r ldap389.pcap -V -Y ldap", *lines)


@T("ldap", "password")
def t_ldap_runbook(r, F):
    dc = company(r).replace("-", "")
    dn = "uid=%s,ou=people,dc=%s,dc=com" % (user(r).replace(".", ""), dc)
    pw = F.pw("code", "ldap")
    blk = L("$ ldapwhoami -x -H ldaps://ldap.%s.com -D \"%s\" -w '%s' -d 1" % (dc, dn, pw), "ldap_url_parse_ext(ldaps://ldap.%s.com)" % dc,
            "ldap_sasl_bind", "ldap_send_initial_request", "ldap_new_connection 1 1 0", "ldap_int_open_connection",
            "ldap_connect_to_host: TCP ldap.%s.com:636" % dc, "ldap_new_socket: 3", "ldap_connect_timeout: fd: 3 tm: -1 async: 0",
            "TLS: peer cert untrusted or revoked (0x42)", "ldap_sasl_bind_s: Can't contact LDAP server (-1)")
    return "docs/" + r.choice(["ldap-troubleshooting.md", "sso/ldap.md", "auth-ldap.md"]), md_wrap(
        r, "LDAPS bind fails after cert rotation", "Reproduced from the GitLab host:", blk, "console",
        "Fix: add the new intermediate to `/etc/ssl/certs` and set `TLS_CACERT`.")


def http_req_lines(r, method, host, path, auth_line, extra=()):
    return ["%s %s HTTP/1.1" % (method, path), "Host: %s" % host, "User-Agent: %s" % r.choice(
        ["curl/8.4.0", "python-requests/2.31.0", "okhttp/4.12.0", "Go-http-client/1.1", "axios/1.6.2"]),
            "Accept: %s" % r.choice(["*/*", "application/json"])] + ([auth_line] if auth_line else []) + list(extra)


API_HOSTS = {
    "github": ("api.github.com", "/user/repos?per_page=100", "Authorization: %s %%s" % "token"),
    "github_oauth": ("api.github.com", "/user", "Authorization: Bearer %s"),
    "github_fg": ("api.github.com", "/repos/%s/%s/actions/runs", "Authorization: Bearer %s"),
    "gitlab": ("gitlab.com", "/api/v4/projects?membership=true", "PRIVATE-TOKEN: %s"),
    "openai": ("api.openai.com", "/v1/chat/completions", "Authorization: Bearer %s"),
    "anthropic": ("api.anthropic.com", "/v1/messages", "x-api-key: %s"),
    "huggingface": ("huggingface.co", "/api/whoami-v2", "Authorization: Bearer %s"),
    "digitalocean": ("api.digitalocean.com", "/v2/droplets", "Authorization: Bearer %s"),
    "jwt": (None, "/api/v1/orders?status=open", "Authorization: Bearer %s"),
    "google_oauth": ("www.googleapis.com", "/drive/v3/files?pageSize=10", "Authorization: Bearer %s"),
    "generic": (None, "/v2/reports/daily", "X-Api-Key: %s"),
    "sendgrid": ("api.sendgrid.com", "/v3/mail/send", "Authorization: Bearer %s"),
    "npm": ("registry.npmjs.org", "/-/whoami", "Authorization: Bearer %s"),
    "slack": ("slack.com", "/api/conversations.list", "Authorization: Bearer %s"),
    "stripe": ("api.stripe.com", "/v1/charges?limit=3", "Authorization: Bearer %s"),
    "shopify": (None, "/admin/api/2024-01/orders.json", "X-Shopify-Access-Token: %s"),
    "datadog": ("api.datadoghq.com", "/api/v1/validate", "DD-API-KEY: %s"),
    "postmark": ("api.postmarkapp.com", "/email", "X-Postmark-Server-Token: %s"),
    "mailchimp": ("us6.api.mailchimp.com", "/3.0/lists", "Authorization: apikey %s"),
}


def api_call(r, F, provs, ctx="wire"):
    prov = r.choice(provs)
    host, path, hdr = API_HOSTS[prov]
    if host is None:
        host = r.choice(["api.", "gateway.", "orders.", ""]) + domain(r)
        if prov == "shopify":
            host = "%s.myshopify.com" % company(r)
    if "%s/%s" in path:
        path = path % (company(r), r.choice(["api", "web", "infra"]))
    hdr = hdr.replace("%%s", "%s")
    tok = F.token(prov, ctx, "bearer_token" if "Bearer" in hdr else "api_key_header")
    return prov, host, path, hdr % tok, tok


ALL_HDR_PROVS = list(API_HOSTS)


@T("http", "bearer_token")
def t_http_curl_v(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS)
    method = "POST" if prov in ("openai", "anthropic", "sendgrid", "postmark") else "GET"
    ip = ip_pub(r)
    lines = ["$ curl -v %s'https://%s%s'%s" % ("-X POST " if method == "POST" else "", host, path, " -H @headers.txt" if r.random() < 0.5 else " -H \"$AUTH_HEADER\"")]
    lines += curl_tls(r, host, ip)
    lines += ["> " + x for x in http_req_lines(r, method, host, path, ah)] + [">"]
    st = r.choice([("200 OK", "application/json"), ("401 Unauthorized", "application/json"), ("403 Forbidden", "application/json"), ("429 Too Many Requests", "application/json")])
    lines += ["< HTTP/1.1 %s" % st[0], "< Date: %s" % httpdate(r), "< Content-Type: %s; charset=utf-8" % st[1],
              "< X-Request-Id: %s" % uuid4(r), "<", "{ [%d bytes data]" % r.randrange(60, 4000), "* Connection #0 to host %s left intact" % host]
    txt = L(*lines)
    if r.random() < 0.5:
        return r.choice(["docs/", "notes/", "issues/"]) + r.choice(["api-401.md", "debug-api.md", "integration-notes.md"]), md_wrap(
            r, r.choice(["Getting %s from %s" % (st[0], host), "API call fails in CI", "Request works locally"]),
            "Full verbose output:", txt, "console")
    return pick_dir(r, "cap") + r.choice(["curl-verbose.txt", "curl_v.log", "api-call.txt"]), txt


@T("http", "bearer_token")
def t_http_trace_ascii(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS)
    req = http_req_lines(r, "GET", host, path, ah) + [""]
    out = ["== Info:   Trying %s:443..." % ip_pub(r), "== Info: Connected to %s port 443 (#0)" % host,
           "== Info: SSL connection using TLSv1.3 / TLS_AES_128_GCM_SHA256"]
    total = sum(len(x) + 2 for x in req)
    out.append("=> Send header, %d bytes (0x%x)" % (total, total))
    off = 0
    for x in req:
        out.append("%04x: %s" % (off, x))
        off += len(x) + 2
    resp_l = ["HTTP/1.1 200 OK", "Content-Type: application/json", "Content-Length: %d" % r.randrange(20, 2000)]
    off = 0
    out.append("<= Recv header, 17 bytes (0x11)")
    for x in resp_l:
        out.append("%04x: %s" % (off, x))
        off += len(x) + 2
    return pick_dir(r, "cap") + r.choice(["trace-ascii.txt", "curl.trace", "curl-trace.log"]), L(
        "# curl --trace-ascii - https://%s%s" % (host, path), *out)


@T("http", "api_key_json")
def t_http_trace_json_body(r, F):
    prov = r.choice(["sendgrid", "mailgun", "generic", "openai", "google", "datadog", "mailchimp"])
    tok = F.token(prov, "wire", "api_key_json")
    host = "api." + domain(r)
    field = r.choice(["api_key", "apiKey", "key", "token", "access_key", "apikey"])
    body = json.dumps({field: tok, "query": r.choice(["status:open", "region=eu", "last_7d"]), "limit": r.randrange(10, 500)}, separators=(",", ":"))
    req = ["POST /v1/search HTTP/1.1", "Host: %s" % host, "User-Agent: curl/7.88.1", "Accept: */*", "Content-Type: application/json",
           "Content-Length: %d" % len(body), ""]
    out = ["== Info: Connected to %s (%s) port 443 (#0)" % (host, ip_pub(r))]
    total = sum(len(x) + 2 for x in req)
    out.append("=> Send header, %d bytes (0x%x)" % (total, total))
    off = 0
    for x in req:
        out.append("%04x: %s" % (off, x))
        off += len(x) + 2
    out += ["=> Send data, %d bytes (0x%x)" % (len(body), len(body)), "0000: " + body, "== Info: We are completely uploaded and fine",
            "<= Recv header, 17 bytes (0x11)", "0000: HTTP/1.1 200 OK"]
    return pick_dir(r, "cap") + r.choice(["trace-post.txt", "search-api.trace.txt"]), L(*out)


@T("http", "bearer_token")
def t_http_dotfile(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS, "code")
    lines = ["### %s" % r.choice(["list resources", "smoke test", "Abfrage", "consulta"]), "GET https://%s%s" % (host, path), ah,
             "Accept: application/json", "", "###", "", "POST https://%s/health HTTP/1.1" % host, "Content-Type: application/json", "",
             '{"ping": true}']
    if r.random() < 0.5:
        lines = ["@host = https://%s" % host, ""] + lines
    return r.choice(["http/", "requests/", "api/", ""]) + r.choice(["api.http", "smoke.http", "requests.http", "debug.rest"]), L(*lines)


@T("http", "bearer_token")
def t_http_vcrpy(r, F):
    prov, host, path, ah, tok = api_call(r, F, ALL_HDR_PROVS, "yaml")
    hname, hval = ah.split(": ", 1)
    lines = ["interactions:", "- request:", "    body: null", "    headers:", "      Accept:", "      - '*/*'", "      Accept-Encoding:",
             "      - gzip, deflate", "      %s:" % hname, "      - %s" % hval, "      Connection:", "      - keep-alive", "      User-Agent:",
             "      - python-requests/2.31.0", "    method: GET", "    uri: https://%s%s" % (host, path), "  response:", "    body:",
             "      string: '{\"items\": [], \"next\": null}'", "    headers:", "      Content-Type:", "      - application/json",
             "      X-Request-Id:", "      - %s" % uuid4(r), "    status:", "      code: 200", "      message: OK", "version: 1"]
    return r.choice(["tests/cassettes/", "tests/fixtures/cassettes/", "tests/integration/cassettes/"]) + r.choice(
        ["test_list_items.yaml", "test_sync.yaml", "TestClient.test_fetch.yaml"]), L(*lines)


@T("http", "bearer_token")
def t_http_govcr(r, F):
    prov, host, path, ah, tok = api_call(r, F, ALL_HDR_PROVS, "yaml")
    hname, hval = ah.split(": ", 1)
    hname = "-".join(p[:1].upper() + p[1:] for p in hname.split("-"))
    lines = ["---", "version: 2", "interactions:", "    - id: 0", "      request:", "        proto: HTTP/1.1", "        proto_major: 1",
             "        proto_minor: 1", "        content_length: 0", "        host: %s" % host, "        body: \"\"",
             "        headers:", "            %s:" % hname, "                - %s" % hval, "        url: https://%s%s" % (host, path),
             "        method: GET", "      response:", "        proto: HTTP/2.0", "        content_length: -1",
             "        body: '{\"data\":[]}'", "        headers:", "            Content-Type:", "                - application/json",
             "        status: 200 OK", "        code: 200", "        duration: %dms" % r.randrange(40, 900)]
    return r.choice(["testdata/fixtures/", "internal/client/testdata/", "testdata/recordings/"]) + r.choice(["list.yaml", "sync_ok.yaml"]), L(*lines)


@T("http", "bearer_token")
def t_http_betamax(r, F):
    prov, host, path, ah, tok = api_call(r, F, ALL_HDR_PROVS)
    hname, hval = ah.split(": ", 1)
    rec = {"http_interactions": [{"request": {"body": {"encoding": "utf-8", "string": ""},
                                              "headers": {"Accept": ["application/json"], hname: [hval], "User-Agent": ["github3.py/4.0.1"]},
                                              "method": "GET", "uri": "https://%s%s" % (host, path)},
                                  "response": {"body": {"encoding": "utf-8", "string": "[]"},
                                               "headers": {"Content-Type": ["application/json"], "ETag": ['W/"%s"' % rs(r, 32, HEX)]},
                                               "status": {"code": 200, "message": "OK"}, "url": "https://%s%s" % (host, path)},
                                  "recorded_at": "%sT%sZ" % (date(r), hms(r))}], "recorded_with": "betamax/0.8.1"}
    return "tests/cassettes/" + r.choice(["repos_list.json", "whoami.json", "sync.json"]), json.dumps(rec, indent=2) + "\n"


@T("http", "api_key_query")
def t_http_nock_query(r, F):
    prov = r.choice(["google", "generic", "mailchimp", "datadog", "mailgun"])
    tok = F.token(prov, "url", "api_key_query")
    host = {"google": "maps.googleapis.com"}.get(prov, "api." + domain(r))
    path = {"google": "/maps/api/geocode/json?address=%s&key=%s" % (r.choice(["Hauptstr.+5,Berlin", "Calle+Mayor+3,Madrid", "10+Downing+St"]), tok)}.get(
        prov, "/v1/stats?%s=%s&from=%s" % (r.choice(["api_key", "apikey", "key", "access_token"]), tok, date(r)))
    rec = [{"scope": "https://%s:443" % host, "method": "GET", "path": path, "body": "", "status": 200,
            "response": {"status": "OK", "results": []}, "rawHeaders": ["Content-Type", "application/json; charset=UTF-8", "Date", httpdate(r)],
            "responseIsBinary": False}]
    return r.choice(["test/fixtures/nock/", "__fixtures__/", "test/recordings/"]) + r.choice(["geocode.json", "stats.json"]), json.dumps(rec, indent=2) + "\n"


@T("http", "api_key_query")
def t_http_tcpdump_query(r, F):
    prov = r.choice(["google", "generic", "mailchimp"])
    tok = F.token(prov, "url", "api_key_query")
    host = "maps.googleapis.com" if prov == "google" else "api." + domain(r)
    path = "/maps/api/staticmap?center=%s&zoom=13&size=600x300&key=%s" % (r.choice(["48.13,11.57", "40.41,-3.70"]), tok) if prov == "google" else \
        "/export.csv?token=%s&day=%s" % (tok, date(r))
    lines = ["# tcpdump -i eth0 -A -s0 'tcp port 80 and host %s'" % host,
             "%s IP %s.%d > %s.80: Flags [P.], seq 1:%d, ack 1, win 229, length %d" % (hmsu(r), ip_priv(r), eport(r), ip_pub(r), r.randrange(180, 400), r.randrange(180, 400)),
             "E..%s..@.@.%s" % (rs(r, 2, "!$%"), rs(r, 8, ".*&^")), "GET %s HTTP/1.1" % path, "Host: %s" % host, "User-Agent: Java/11.0.21",
             "Accept: text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2", "Connection: keep-alive", ""]
    return pick_dir(r, "cap") + r.choice(["http-plain.pcap.txt", "tcpdump-http.txt"]), L(*lines)


@T("http", "api_key_query")
def t_http_access_log(r, F):
    prov = r.choice(["generic", "google", "mailgun", "datadog"])
    tok = F.token(prov, "url", "api_key_query")
    k = r.choice(["api_key", "apikey", "key", "access_token", "token"])
    out = []
    n = r.randrange(6, 14)
    at = r.randrange(n)
    for i in range(n):
        q = "?%s=%s&page=%d" % (k, tok, r.randrange(1, 9)) if i == at else r.choice(["", "?page=%d" % r.randrange(1, 9), "?v=%s" % rs(r, 7, HEX)])
        out.append('%s - - [%s:%s +0000] "GET %s%s HTTP/1.1" %d %d "-" "%s"' % (
            ip_pub(r), _DAY[0].strftime("%d/%b/%Y"), hms(r), r.choice(["/v1/items", "/v1/export", "/health", "/static/app.js"]), q,
            r.choice([200, 200, 304, 404]), r.randrange(100, 90000), r.choice(["Mozilla/5.0", "okhttp/4.9.3", "curl/7.81.0"])))
    return r.choice(["logs/", "support/", "debug/"]) + r.choice(["access.log", "nginx-access.log", "ingress.log"]), L(*out)


@T("http", "session_cookie")
def t_http_cookie_follow(r, F):
    fw = r.choice(list(COOKIE_FW))
    name = COOKIE_FW[fw][0]
    if "%s" in name:
        name = name % company(r).replace("-", "_")
    val = F.cookie(fw)
    host = r.choice(["app.", "portal.", "admin.", "shop."]) + domain(r)
    lines = http_req_lines(r, "GET", host, r.choice(["/dashboard", "/admin/orders/", "/api/me", "/account/settings"]), None,
                           ["Cookie: %s=%s; lang=%s" % (name, val, r.choice(["en", "de", "es"])), "Connection: keep-alive", ""])
    lines += ["HTTP/1.1 200 OK", "Server: nginx", "Date: %s" % httpdate(r), "Content-Type: text/html; charset=utf-8", "Vary: Cookie", ""]
    return pick_dir(r, "cap") + r.choice(["follow-http-stream.txt", "session.txt", "wireshark-http.txt"]), L(*lines)


@T("http", "session_cookie")
def t_http_setcookie_curl(r, F):
    fw = r.choice(list(COOKIE_FW))
    name = COOKIE_FW[fw][0]
    if "%s" in name:
        name = name % company(r).replace("-", "_")
    val = F.cookie(fw)
    host = r.choice(["app.", "staging.", "portal."]) + domain(r)
    lines = ["$ curl -v -X POST -d @login.json -H 'Content-Type: application/json' https://%s/api/login" % host] + curl_tls(r, host, ip_pub(r)) + [
        "> POST /api/login HTTP/1.1", "> Host: %s" % host, "> Content-Type: application/json", "> Content-Length: %d" % r.randrange(40, 80), ">",
        "< HTTP/1.1 200 OK", "< Content-Type: application/json", "< Set-Cookie: %s=%s; Path=/; HttpOnly; Secure; SameSite=Lax" % (name, val),
        "< X-Frame-Options: DENY", "<", '{"ok":true}']
    return pick_dir(r, "cap") + r.choice(["login-curl.txt", "curl-login.log"]), L(*lines)


@T("http", "http_basic")
def t_http_basic_tshark(r, F):
    u = r.choice(["admin", "jenkins", "grafana", "metrics", "api"])
    tok = F.basic(u, "wire")
    host = r.choice(["jenkins.", "grafana.", "es.", "registry.", "prometheus."]) + domain(r)
    path = r.choice(["/api/json", "/api/health", "/_cluster/health", "/v2/_catalog", "/api/v1/query?query=up"])
    lines = ["Hypertext Transfer Protocol", "    GET %s HTTP/1.1\\r\\n" % path, "        Request Method: GET", "        Request URI: %s" % path,
             "        Request Version: HTTP/1.1", "    Host: %s\\r\\n" % host, "    Authorization: Basic %s\\r\\n" % tok]
    if F.pos:
        lines.append("        Credentials: %s" % base64.b64decode(tok).decode())
    lines += ["    User-Agent: Prometheus/2.48.0\\r\\n", "    Accept: */*\\r\\n", "    \\r\\n", "    [Full request URI: http://%s%s]" % (host, path),
              "    [HTTP request 1/1]"]
    return pick_dir(r, "cap") + r.choice(["tshark-http.txt", "basic-auth.tshark.txt"]), L("$ tshark -r scrape.pcap -Y http.request -V -O http", *lines)


@T("http", "http_basic")
def t_http_basic_curl(r, F):
    u = r.choice(["elastic", "admin", "deployer", "ci", "kibana_system"])
    tok = F.basic(u, "wire")
    host = r.choice(["es01.", "nexus.", "artifactory.", "couchdb."]) + domain(r)
    ip = ip_priv(r)
    lines = ["*   Trying %s:9200..." % ip, "* Connected to %s (%s) port 9200 (#0)" % (host, ip), "* Server auth using Basic with user '%s'" % u,
             "> GET /_cat/indices?v HTTP/1.1", "> Host: %s:9200" % host, "> Authorization: Basic %s" % tok, "> User-Agent: curl/7.81.0",
             "> Accept: */*", ">", "< HTTP/1.1 200 OK", "< X-elastic-product: Elasticsearch", "< content-type: text/plain; charset=UTF-8", "<",
             "health status index            uuid                   pri rep docs.count",
             "green  open   logs-%s %s   1   1     %d" % (date(r), rs(r, 22, B64U), r.randrange(10 ** 6))]
    return "docs/" + r.choice(["elasticsearch-ops.md", "es-cluster.md", "index-cleanup.md"]), md_wrap(
        r, "Check indices", "`curl -v -u %s https://%s:9200/_cat/indices?v`" % (u, host), L(*lines), "console")


@T("http", "http_basic")
def t_http_git_trace(r, F):
    u = r.choice(["oauth2", "git", "x-access-token", user(r)])
    tok = F.basic(u, "wire")
    host = r.choice(["git.", "gitea.", "bitbucket."]) + domain(r)
    ts = hmsu(r)
    lines = ["%s http.c:%d              == Info: Connected to %s (%s) port 443 (#0)" % (ts, r.randrange(600, 900), host, ip_pub(r)),
             "%s http.c:%d              => Send header, 0000000%d bytes (0x000000%02x)" % (ts, r.randrange(600, 900), r.randrange(1, 9), r.randrange(200)),
             "%s http.c:%d              => Send header: GET /%s/%s.git/info/refs?service=git-upload-pack HTTP/1.1" % (ts, r.randrange(600, 900), company(r), r.choice(["infra", "backend", "docs"])),
             "%s http.c:%d              => Send header: Host: %s" % (ts, r.randrange(600, 900), host),
             "%s http.c:%d              => Send header: Authorization: Basic %s" % (ts, r.randrange(600, 900), tok),
             "%s http.c:%d              => Send header: User-Agent: git/2.43.0" % (ts, r.randrange(600, 900)),
             "%s http.c:%d              <= Recv header: HTTP/1.1 200 OK" % (ts, r.randrange(600, 900))]
    return "docs/" + r.choice(["git-clone-403.md", "ci-git-auth.md"]), md_wrap(
        r, "Clone fails in CI", "`GIT_TRACE_CURL=1 GIT_TRACE_REDACT=0 git clone ...` output:", L(*lines), "text")


@T("http", "bearer_token")
def t_http_python_httpclient(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS)
    req = "GET %s HTTP/1.1\\r\\nHost: %s\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAccept-Encoding: gzip, deflate\\r\\nAccept: */*\\r\\nConnection: keep-alive\\r\\n%s\\r\\n\\r\\n" % (path, host, ah)
    lines = ["DEBUG:urllib3.connectionpool:Starting new HTTPS connection (1): %s:443" % host, "send: b'%s'" % req,
             "reply: 'HTTP/1.1 200 OK\\r\\n'", "header: Date: %s" % httpdate(r), "header: Content-Type: application/json",
             "DEBUG:urllib3.connectionpool:https://%s:443 \"GET %s HTTP/1.1\" 200 None" % (host, path)]
    return pick_dir(r, "cap") + r.choice(["requests-debug.log", "http_debug.txt"]), L(*lines)


@T("http", "bearer_token")
def t_http_mitmdump(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS)
    hn, hv = ah.split(": ", 1)
    lines = ["[%s] %s:%d: GET https://%s%s" % (hms(r), ip_priv(r), eport(r), host, path), "    Host: %s" % host,
             "    user-agent: %s" % r.choice(["MyApp/3.2.1 (iPhone; iOS 17.2)", "okhttp/4.12.0", "Dart/3.2 (dart:io)"]), "    %s: %s" % (hn.lower(), hv),
             "    accept: application/json", " << 200 OK %dk" % r.randrange(1, 90), "    content-type: application/json",
             "    x-request-id: %s" % uuid4(r), "    cache-control: no-store"]
    return pick_dir(r, "cap") + r.choice(["mitmdump.txt", "mitm-flows.txt", "app-traffic.txt"]), L(
        "$ mitmdump --flow-detail 2 -r flows.mitm", *lines)


@T("http", "bearer_token")
def t_http_fiddler_raw(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS)
    lines = ["GET https://%s%s HTTP/1.1" % (host, path), "Host: %s" % host, "Connection: keep-alive", ah, "Accept: application/json",
             "User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "Accept-Encoding: gzip, deflate, br", "Accept-Language: de-DE,de;q=0.9", "",
             "", "HTTP/1.1 200 OK", "Content-Type: application/json", "Date: %s" % httpdate(r), "Content-Length: %d" % r.randrange(10, 9000)]
    return pick_dir(r, "cap") + r.choice(["%d_Full.txt" % r.randrange(1, 300), "fiddler-session.txt", "raw_request.txt"]), L(*lines)


@T("http", "bearer_token")
def t_http_java_test(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS, "bytes")
    raw = "GET %s HTTP/1.1\r\nHost: %s\r\n%s\r\nAccept: application/json\r\n\r\n" % (path, host, ah)
    cls = r.choice(["RawRequestParserTest", "AuthFilterTest", "HeaderExtractorTest"])
    co = company(r).replace("-", "")
    body = L("package io.%s.gateway;" % co, "", "import static org.assertj.core.api.Assertions.assertThat;", "",
             "import org.junit.jupiter.api.Test;", "", "class %s {" % cls, "",
             "    private static final String CAPTURED = %s;" % javastr(raw.encode()), "", "    @Test",
             "    void parsesAuthorization() {", "        RawRequest req = RawRequestParser.parse(CAPTURED);",
             "        assertThat(req.header(\"Host\")).isEqualTo(\"%s\");" % host, "    }", "}")
    return "src/test/java/io/%s/gateway/%s.java" % (co, cls), body


@T("http", "bearer_token")
def t_http_shell_replay(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS, "bytes")
    body = L("#!/usr/bin/env bash", "# replay the captured request against the local stub (see capture/README)", "set -euo pipefail", "",
             "HOST=${1:-localhost:8080}", "",
             "printf 'GET %s HTTP/1.1\\r\\nHost: %s\\r\\n%s\\r\\nConnection: close\\r\\n\\r\\n' \\" % (path.replace("%", "%%"), host, ah),
             "  | nc ${HOST/:/ } | tee /tmp/replay.out", "", "grep -q '200 OK' /tmp/replay.out && echo 'replay ok'")
    return r.choice(["scripts/", "tools/", "capture/"]) + r.choice(["replay.sh", "replay-request.sh"]), body


@T("http", "bearer_token")
def t_http_h2_curl(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS)
    hn, hv = ah.split(": ", 1)
    lines = curl_tls(r, host, ip_pub(r)) + ["* using HTTP/2", "* [HTTP/2] [1] OPENED stream for https://%s%s" % (host, path),
                                            "* [HTTP/2] [1] [:method: GET]", "* [HTTP/2] [1] [:authority: %s]" % host,
                                            "* [HTTP/2] [1] [%s: %s]" % (hn.lower(), hv),
                                            "> GET %s HTTP/2" % path, "> Host: %s" % host, "> %s: %s" % (hn.lower(), hv), ">",
                                            "< HTTP/2 200", "< content-type: application/json", "< date: %s" % httpdate(r)]
    return pick_dir(r, "cap") + "curl-h2.txt", L(*lines)


@T("http", "bearer_token")
def t_http_ngrep(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS)
    req = "\r\n".join(http_req_lines(r, "GET", host, path, ah)) + "\r\n\r\n"
    lines = ["$ sudo ngrep -q -W byline -d eth0 '' 'tcp port 8080'", "interface: eth0 (%s/255.255.255.0)" % ip_priv(r),
             "filter: ( tcp port 8080 ) and ((ip || ip6) || (vlan && (ip || ip6)))", "",
             "T %s:%d -> %s:8080 [AP] #%d" % (ip_priv(r), eport(r), ip_priv(r), r.randrange(3, 40))]
    lines += [x + "." for x in req.split("\r\n")[:-1]]
    return pick_dir(r, "cap") + r.choice(["ngrep-sidecar.txt", "ngrep-8080.txt"]), L(*lines)


@T("rtsp", "http_basic")
def t_rtsp_basic(r, F):
    u = r.choice(["admin", "viewer", "nvr"])
    tok = F.basic(u, "wire")
    ip = ip_priv(r)
    url = "rtsp://%s:554/%s" % (ip, r.choice(["Streaming/Channels/101", "cam/realmonitor?channel=1&subtype=0", "h264Preview_01_main", "live/ch0"]))
    lines = ["DESCRIBE %s RTSP/1.0" % url, "CSeq: 2", "User-Agent: LibVLC/3.0.20 (LIVE555 Streaming Media v2016.11.28)", "Accept: application/sdp", "",
             "RTSP/1.0 401 Unauthorized", "CSeq: 2", 'WWW-Authenticate: Basic realm="%s"' % r.choice(["IP Camera", "Login to %s" % rs(r, 8, HEX)]), "",
             "DESCRIBE %s RTSP/1.0" % url, "CSeq: 3", "Authorization: Basic %s" % tok, "User-Agent: LibVLC/3.0.20 (LIVE555 Streaming Media v2016.11.28)",
             "Accept: application/sdp", "", "RTSP/1.0 200 OK", "CSeq: 3", "Content-Type: application/sdp", "Content-Length: %d" % r.randrange(300, 700)]
    return pick_dir(r, "cap") + r.choice(["rtsp-describe.txt", "camera-stream.txt"]), L(*lines)


@T("rtsp", "password")
def t_rtsp_ffmpeg_url(r, F):
    u = r.choice(["admin", "viewer", "recorder"])
    pw = F.pw("url", "rtsp")
    ip = ip_priv(r)
    url = "rtsp://%s:%s@%s:554/Streaming/Channels/%d01" % (u, pw, ip, r.randrange(1, 9))
    lines = ["$ ffmpeg -rtsp_transport tcp -i '%s' -c copy -f segment -segment_time 300 cam%%03d.mp4" % url,
             "ffmpeg version 6.0-6ubuntu1 Copyright (c) 2000-2023 the FFmpeg developers",
             "Input #0, rtsp, from '%s':" % url.replace(":" + pw + "@", ":" + pw + "@"), "  Metadata:", "    title           : Media Presentation",
             "  Duration: N/A, start: 0.000000, bitrate: N/A", "  Stream #0:0: Video: h264 (Main), yuvj420p(pc, bt709, progressive), 2560x1440, 25 fps",
             "[segment @ 0x55d0c8f0] Opening 'cam000.mp4' for writing"]
    return "docs/" + r.choice(["cameras.md", "nvr-setup.md", "recording.md"]), md_wrap(
        r, r.choice(["Recording the hall camera", "Grabación de la cámara"]), "Works with TCP transport:", L(*lines), "console")


@T("mqtt", "password")
def t_mqtt_tshark(r, F):
    cid = r.choice(["sensor-", "gw-", "esp32-", "plc-"]) + rs(r, 6, HEX)
    u = r.choice(["device", "telemetry", "iot-gw", "sensor"])
    pw = F.pw("wire", "mqtt")
    ml = 10 + 2 + len(cid) + 2 + len(u) + 2 + len(pw.encode())
    lines = ["MQ Telemetry Transport Protocol, Connect Command", "    Header Flags: 0x10, Message Type: Connect Command",
             "        0001 .... = Message Type: Connect Command (1)", "        .... 0000 = Reserved: 0", "    Msg Len: %d" % ml,
             "    Protocol Name Length: 4", "    Protocol Name: MQTT", "    Version: MQTT v3.1.1 (4)",
             "    Connect Flags: 0xc2, User Name Flag, Password Flag, QoS Level: At most once delivery (Fire and Forget), Clean Session Flag",
             "    Keep Alive: 60", "    Client ID Length: %d" % len(cid), "    Client ID: %s" % cid, "    User Name Length: %d" % len(u),
             "    User Name: %s" % u, "    Password Length: %d" % len(pw.encode()), "    Password: %s" % pw]
    return pick_dir(r, "cap") + r.choice(["mqtt-connect.txt", "tshark-mqtt.txt"]), L("$ tshark -r broker.pcap -Y mqtt.msgtype==1 -V -O mqtt", *lines)


def mqtt_connect(cid, u, pw):
    def s16(x):
        x = x.encode()
        return struct.pack(">H", len(x)) + x
    rem = b"\x00\x04MQTT\x04\xc2\x00\x3c" + s16(cid) + s16(u) + s16(pw)
    n = len(rem)
    vl = b""
    while True:
        d = n % 128
        n //= 128
        vl += bytes([d | (0x80 if n else 0)])
        if not n:
            break
    return b"\x10" + vl + rem


@T("mqtt", "password")
def t_mqtt_py_bytes(r, F):
    cid = "test-" + rs(r, 8, LOWNUM)
    u = r.choice(["device", "bridge", "homeassistant"])
    pw = F.pw("bytes", "mqtt")
    pkt = mqtt_connect(cid, u, pw)
    body = L("import unittest", "", "from broker_proxy.codec import decode_packet", "",
             "# CONNECT captured from the field gateway (firmware %d.%d)" % (r.randrange(1, 5), r.randrange(30)),
             "CONNECT = %s" % pybytes(pkt), "", "", "class ConnectDecodeTest(unittest.TestCase):", "    def test_decode(self):",
             "        pkt = decode_packet(CONNECT)", "        self.assertEqual(pkt.client_id, %r)" % cid,
             "        self.assertEqual(pkt.username, %r)" % u, "        self.assertTrue(pkt.flags.password)", "", "",
             "if __name__ == '__main__':", "    unittest.main()")
    return r.choice(["tests/", "tests/codec/"]) + "test_connect.py", body


@T("amqp", "sasl_plain")
def t_amqp_go(r, F):
    u = r.choice(["orders-svc", "celery", "billing"])
    pw = F.pw("bytes", "amqp")
    body = L("package amqpproxy", "", 'import "testing"', "",
             "// Connection.Start-Ok captured from the production client (mechanism PLAIN).",
             "var startOkResponse = \"\\x00%s\\x00%s\"" % (u, pw), "",
             "func TestParseStartOkPlain(t *testing.T) {", "\tuser, _, err := parsePlain([]byte(startOkResponse))",
             "\tif err != nil {", "\t\tt.Fatal(err)", "\t}", '\tif user != "%s" {' % u, '\t\tt.Fatalf("user = %q", user)', "\t}", "}")
    return r.choice(["internal/amqpproxy/", "amqpproxy/"]) + "startok_test.go", body


@T("amqp", "password")
def t_amqp_log_url(r, F):
    u = r.choice(["orders", "worker", "admin"])
    pw = F.pw("url", "amqp")
    h = r.choice(["rabbitmq", "mq-01", "rabbit.internal"])
    lines = ["%s %s INFO  [main] o.s.a.r.c.CachingConnectionFactory : Attempting to connect to: [%s:5672]" % (date(r), hms(r), h),
             "%s %s DEBUG [main] c.%s.mq.Config : broker url amqp://%s:%s@%s:5672/%s" % (date(r), hms(r), company(r).replace("-", ""), u, pw, h, r.choice(["%2F", "orders", "prod"])),
             "%s %s INFO  [main] o.s.a.r.c.CachingConnectionFactory : Created new connection: rabbitConnectionFactory#%s:0/SimpleConnection@%s [delegate=amqp://%s@%s:5672/, localPort=%d]" % (
                 date(r), hms(r), rs(r, 8, HEX), rs(r, 8, HEX), u, ip_priv(r), eport(r))]
    return r.choice(["logs/", "support/"]) + r.choice(["app-startup.log", "service.log"]), L(*lines)


@T("irc", "password")
def t_irc_rawlog(r, F):
    nick = r.choice(["jdoe", "builder", "k4t", "deploybot", "marta_"])
    pw = F.pw("wire", "irc")
    identify = r.random() < 0.6
    lines = [">> CAP LS 302", ">> NICK %s" % nick, ">> USER %s 0 * :%s" % (nick, r.choice(FIRST)),
             "<< :%s NOTICE * :*** Checking Ident" % r.choice(["tantalum.libera.chat", "irc.oftc.net"]), "<< :server 001 %s :Welcome" % nick]
    if identify:
        lines.append(">> PRIVMSG NickServ :IDENTIFY %s %s" % (nick, pw))
        lines.append("<< :NickServ!NickServ@services.libera.chat NOTICE %s :You are now identified for %s." % (nick, nick))
    else:
        lines.insert(1, ">> PASS %s" % pw)
    lines += [">> JOIN #%s" % r.choice(["ops", "dev", company(r)]), "<< :%s!~%s@%s JOIN #ops" % (nick, nick, ip_pub(r))]
    return r.choice(["bot/", "docs/", "logs/"]) + r.choice(["rawlog.txt", "irc-raw.log"]), L(*lines)


@T("irc", "password")
def t_irc_py_fixture(r, F):
    nick = r.choice(["ci-bot", "alertbot", "relaybot"])
    pw = F.pw("bytes", "irc")
    body = L("import asyncio", "", "import pytest", "", "from ircbot.client import Bot", "",
             "EXPECTED_REGISTRATION = [", '    b"NICK %s\\r\\n",' % nick, '    b"USER %s 0 * :CI notifications\\r\\n",' % nick,
             '    b"PRIVMSG NickServ :IDENTIFY %s\\r\\n",' % pw, '    b"JOIN #builds\\r\\n",', "]", "", "",
             "@pytest.mark.asyncio", "async def test_registration(fake_ircd):", "    bot = Bot(fake_ircd.host, fake_ircd.port)",
             "    await bot.register()", "    assert fake_ircd.lines == EXPECTED_REGISTRATION")
    return "tests/test_registration.py", body


@T("snmp", "snmp_community")
def t_snmp_tshark(r, F):
    comm = F.community("wire")
    lines = ["Simple Network Management Protocol", "    version: v2c (1)", "    community: %s" % comm, "    data: get-request (0)",
             "        get-request", "            request-id: %d" % r.randrange(10 ** 8, 2 ** 31), "            error-status: noError (0)",
             "            error-index: 0", "            variable-bindings: 2 items", "                1.3.6.1.2.1.1.5.0: Value (Null)",
             "                1.3.6.1.2.1.1.3.0: Value (Null)"]
    return pick_dir(r, "cap") + r.choice(["snmp-poll.txt", "tshark-snmp.txt"]), L("$ tshark -i eth1 -f 'udp port 161' -V -O snmp -c 1",
                                                                                   "Frame 1: %d bytes on wire" % r.randrange(80, 120), *lines)


@T("snmp", "snmp_community")
def t_snmp_runbook(r, F):
    comm = F.community("code")
    ip = ip_priv(r)
    blk = L("$ snmpwalk -v2c -c '%s' %s 1.3.6.1.2.1.2.2.1.2" % (comm, ip), "IF-MIB::ifDescr.1 = STRING: lo",
            "IF-MIB::ifDescr.2 = STRING: GigabitEthernet0/1", "IF-MIB::ifDescr.3 = STRING: GigabitEthernet0/2")
    return "docs/network/" + r.choice(["switch-monitoring.md", "snmp.md", "core-switch.md"]), md_wrap(
        r, r.choice(["Polling the core switch", "SNMP-Abfrage Core-Switch"]), "Interfaces on the core switch `%s`:" % ip, blk, "console")


@T("xmpp", "sasl_plain")
def t_xmpp_sasl(r, F):
    d = domain(r)
    u = r.choice(["alerts", "bot", "monitoring", "jenkins"])
    tok = F.b64plain(u, "xml", "xmpp")
    lines = ["%s SENT (0): <stream:stream xmlns='jabber:client' to='%s' xmlns:stream='http://etherx.jabber.org/streams' version='1.0' xml:lang='en'>" % (hms(r), d),
             "%s RECV (0): <stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism><mechanism>SCRAM-SHA-1</mechanism></mechanisms></stream:features>" % hms(r),
             "%s SENT (0): <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>" % (hms(r), tok),
             "%s RECV (0): <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>" % hms(r)]
    return pick_dir(r, "cap") + r.choice(["smack-debug.log", "xmpp-wire.log"]), L(*lines)


@T("xmpp", "sasl_plain")
def t_xmpp_fixture_xml(r, F):
    d = domain(r)
    u = r.choice(["notifier", "ci", "helpdesk"])
    tok = F.b64plain(u, "xml", "xmpp")
    lines = ["<?xml version='1.0' encoding='UTF-8'?>", "<!-- recorded c2s session, replayed by tests/test_login.py -->", "<session>",
             "  <client><![CDATA[<stream:stream to='%s' xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams' version='1.0'>]]></client>" % d,
             "  <server><![CDATA[<stream:features><mechanisms xmlns='urn:ietf:params:xml:ns:xmpp-sasl'><mechanism>PLAIN</mechanism></mechanisms></stream:features>]]></server>",
             "  <client><![CDATA[<auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='PLAIN'>%s</auth>]]></client>" % tok,
             "  <server><![CDATA[<success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'/>]]></server>", "</session>"]
    return "tests/fixtures/" + r.choice(["plain_login.xml", "c2s_session.xml"]), L(*lines)


@T("smtp", "sasl_plain")
def t_smtp_yaml_recording(r, F):
    u = email(r)
    tok = F.b64plain(u, "yaml", "smtp")
    lines = ["# smtp-sink recording, used by mailer integration tests", "server: smtp.%s:587" % domain(r), "steps:",
             "  - recv: \"220 ESMTP ready\"", "  - send: \"EHLO ci-runner\"", "  - recv: \"250-AUTH PLAIN LOGIN\"",
             "  - send: \"AUTH PLAIN %s\"" % tok, "  - recv: \"235 2.7.0 Authentication successful\"", "  - send: \"QUIT\"", "  - recv: \"221 Bye\""]
    return r.choice(["tests/recordings/", "testdata/smtp/"]) + r.choice(["auth_plain.yaml", "relay-session.yml"]), L(*lines)


@T("http", "http_basic")
def t_http_proxy_auth(r, F):
    u = r.choice(["proxyuser", "svc-build", user(r)])
    tok = F.basic(u, "wire")
    px = r.choice(["proxy.", "squid.", "gw."]) + domain(r)
    lines = ["*   Trying %s:3128..." % ip_priv(r), "* Connected to %s (%s) port 3128 (#0)" % (px, ip_priv(r)),
             "* allocate connect buffer", "* Establish HTTP proxy tunnel to pypi.org:443", "* Proxy auth using Basic with user '%s'" % u,
             "> CONNECT pypi.org:443 HTTP/1.1", "> Host: pypi.org:443", "> Proxy-Authorization: Basic %s" % tok, "> User-Agent: curl/7.81.0",
             "> Proxy-Connection: Keep-Alive", ">", "< HTTP/1.1 200 Connection established", "<", "* Proxy replied 200 to CONNECT request"]
    return "docs/" + r.choice(["proxy-setup.md", "corp-proxy.md", "build-agents.md"]), md_wrap(
        r, "Proxy works for curl but not pip", "curl through the proxy:", L(*lines), "console")


@T("http", "bearer_token")
def t_http_websocat(r, F):
    prov = r.choice(["jwt", "generic", "slack"])
    tok = F.token(prov, "url", "bearer_token")
    host = r.choice(["ws.", "realtime.", "stream."]) + domain(r)
    lines = ["GET /socket?access_token=%s HTTP/1.1" % tok, "Host: %s" % host, "Upgrade: websocket", "Connection: Upgrade",
             "Sec-WebSocket-Key: %s" % b64(rbytes(r, 16)), "Sec-WebSocket-Version: 13", "", "HTTP/1.1 101 Switching Protocols",
             "Upgrade: websocket", "Connection: Upgrade", "Sec-WebSocket-Accept: %s" % b64(rbytes(r, 20)), ""]
    return pick_dir(r, "cap") + r.choice(["ws-handshake.txt", "websocket-upgrade.txt"]), L(*lines)


@T("http", "bearer_token")
def t_http_xoauth2_imap(r, F):
    u = email(r)
    prov = "google_oauth"
    tok = F.token(prov, "wire", "oauth_access_token")
    # XOAUTH2 is base64 of user=..^Aauth=Bearer <token>^A^A ; here shown decoded by the debug hook
    lines = ["DEBUG imap_sync: >>> A1 AUTHENTICATE XOAUTH2 (decoded)", "DEBUG imap_sync: >>> user=%s\\x01auth=Bearer %s\\x01\\x01" % (u, tok),
             "DEBUG imap_sync: <<< A1 OK Thats all she wrote! %s" % rs(r, 12, LOWNUM), "DEBUG imap_sync: >>> A2 SELECT \"[Gmail]/All Mail\""]
    return pick_dir(r, "cap") + "imap-xoauth2-debug.log", L(*lines)


@T("http", "api_key_header")
def t_http_har_snippet(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS)
    hn, hv = ah.split(": ", 1)
    entry = {"startedDateTime": "%sT%s.%03dZ" % (date(r), hms(r), r.randrange(1000)), "time": round(r.uniform(20, 900), 3),
             "request": {"method": "GET", "url": "https://%s%s" % (host, path), "httpVersion": "HTTP/2",
                         "headers": [{"name": ":authority", "value": host}, {"name": "accept", "value": "application/json"},
                                     {"name": hn.lower(), "value": hv}, {"name": "user-agent", "value": "Mozilla/5.0"}],
                         "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
             "response": {"status": 200, "statusText": "", "httpVersion": "HTTP/2", "headers": [{"name": "content-type", "value": "application/json"}],
                          "content": {"size": r.randrange(100, 9000), "mimeType": "application/json"}, "redirectURL": "", "headersSize": -1, "bodySize": -1}}
    return r.choice(["docs/", "bugreport/", "support/"]) + r.choice(["network-entry.json", "har-excerpt.json"]), json.dumps({"log": {"version": "1.2", "entries": [entry]}}, indent=2) + "\n"


@T("http", "bearer_token")
def t_http_go_fixture(r, F):
    prov, host, path, ah, _ = api_call(r, F, ALL_HDR_PROVS, "bytes")
    raw = "GET %s HTTP/1.1\r\nHost: %s\r\n%s\r\n\r\n" % (path, host, ah)
    body = L("package proxy", "", "import (", '\t"bufio"', '\t"net/http"', '\t"strings"', '\t"testing"', ")", "",
             "const capturedReq = %s" % gostr(raw.encode()), "",
             "func TestForwardStripsHopHeaders(t *testing.T) {", "\treq, err := http.ReadRequest(bufio.NewReader(strings.NewReader(capturedReq)))",
             "\tif err != nil {", "\t\tt.Fatal(err)", "\t}", "\tout := forward(req)", '\tif out.Header.Get("Connection") != "" {',
             '\t\tt.Error("hop header kept")', "\t}", "}")
    return r.choice(["internal/proxy/", "proxy/"]) + "forward_test.go", body


@T("smtp", "sasl_plain")
def t_smtp_tcpdump_A(r, F):
    u = email(r)
    tok = F.b64plain(u, "wire", "smtp")
    c, s = ip_priv(r), ip_priv(r)
    p = eport(r)
    out = ["# tcpdump -nn -A -i eth0 port 25"]
    for d, pl in [("s", "220 mx.%s ESMTP Postfix (Debian/GNU)" % domain(r)), ("c", "EHLO app01"), ("s", "250-mx\n250-AUTH PLAIN LOGIN\n250 8BITMIME"),
                  ("c", "AUTH PLAIN " + tok), ("s", "235 2.7.0 Authentication successful")]:
        a, b = ("%s.25" % s, "%s.%d" % (c, p)) if d == "s" else ("%s.%d" % (c, p), "%s.25" % s)
        out.append("%s IP %s > %s: Flags [P.], seq %d:%d, ack %d, win 509, length %d" % (hmsu(r), a, b, r.randrange(1, 99), r.randrange(100, 300), r.randrange(1, 300), len(pl) + 2))
        out.append("E..%s..@.@.%s" % (rs(r, 2, "MNOP"), rs(r, 10, ".&*^#@")))
        out.extend(pl.split("\n"))
    return pick_dir(r, "cap") + r.choice(["smtp25.pcap.txt", "tcpdump-smtp.txt"]), L(*out)


@T("pop3", "password")
def t_pop3_strace(r, F):
    pw = F.pw("wire", "pop3")
    pid = r.randrange(1000, 60000)
    m = ("PASS %s\r\n" % pw).encode()
    lines = ['%d write(4, "USER %s\\r\\n", %d) = %d' % (pid, "invoices", 15, 15), '%d read(4, "+OK\\r\\n", 4096) = 5' % pid,
             "%d write(4, %s, %d) = %d" % (pid, cstr(m), len(m), len(m)), '%d read(4, "+OK Logged in.\\r\\n", 4096) = 16' % pid]
    return pick_dir(r, "cap") + "strace-fetchmail.txt", L("# strace -f -s 128 -e trace=read,write fetchmail -v", *lines)


@T("http", "bearer_token")
def t_http_kubectl_v9(r, F):
    prov = "jwt"
    tok = F.token(prov, "wire", "bearer_token")
    api = "https://%s:6443" % ip_priv(r)
    kpid = r.randrange(1000, 99999)
    md = _DAY[0].strftime("%m%d")
    lines = ["I%s %s %7d round_trippers.go:466] curl -v -XGET  -H \"Accept: application/json, */*\" -H \"User-Agent: kubectl/v1.28.4 (linux/amd64) kubernetes/bae2c62\" -H \"Authorization: Bearer %s\" '%s/api/v1/namespaces/default/pods?limit=500'" % (
        md, hmsu(r), kpid, tok, api),
             "I%s %s %7d round_trippers.go:553] GET %s/api/v1/namespaces/default/pods?limit=500 200 OK in %d milliseconds" % (md, hmsu(r), kpid, api, r.randrange(5, 90))]
    return "docs/" + r.choice(["k8s-debug.md", "cluster-access.md"]), md_wrap(
        r, "kubectl -v=9 with the old client", "Patched client (no masking) output:", L(*lines), "text")


@T("ftp", "password")
def t_ftp_python_ftplib(r, F):
    pw = F.pw("wire", "ftp")
    u = r.choice(["edi", "upload", "backup"])
    lines = ["*get* '220 Welcome to the %s FTP service.\\n'" % company(r), "*resp* '220 Welcome to the %s FTP service.'" % company(r),
             "*cmd* 'USER %s'" % u, "*put* 'USER %s\\r\\n'" % u, "*get* '331 Please specify the password.\\n'",
             "*resp* '331 Please specify the password.'", "*cmd* 'PASS %s'" % pw, "*put* 'PASS %s\\r\\n'" % pw, "*get* '230 Login successful.\\n'"]
    return pick_dir(r, "cap") + r.choice(["ftplib-debug.txt", "edi-upload.log"]), L(*lines)


# ----------------------------------------------------------------------------- look-alike negatives
NEG_TEMPLATES = []


def N(provider, kind):
    def deco(f):
        NEG_TEMPLATES.append((f.__name__[2:], provider, kind, f))
        return f
    return deco


def hmac_hex(r, n=32):
    return rs(r, n, HEX)


@N("smtp", "cram_md5")
def n_smtp_cram(r):
    h = "mail." + domain(r)
    u = user(r)
    ch = b64("<%d.%d@%s>" % (r.randrange(10 ** 8), r.randrange(10 ** 9), h))
    rsp = b64("%s %s" % (u, hmac_hex(r)))
    return pick_dir(r, "cap") + "smtp-cram-md5.txt", L("$ openssl s_client -starttls smtp -connect %s:587 -crlf -quiet" % h, "EHLO test",
                                                      *smtp_caps(h, "CRAM-MD5 DIGEST-MD5"), "AUTH CRAM-MD5", "334 " + ch, rsp,
                                                      "235 2.7.0 Authentication successful", "QUIT", "221 2.0.0 Bye")


@N("smtp", "mime_base64")
def n_smtp_mime(r):
    d = domain(r)
    att = b64(rbytes(r, r.randrange(300, 700)))
    blines = [att[i:i + 76] for i in range(0, len(att), 76)]
    lines = [" ~> MAIL FROM:<reports@%s>" % d, "<~  250 2.1.0 Ok", " ~> DATA", "<~  354 End data with <CR><LF>.<CR><LF>",
             " ~> DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=s1; t=%d;" % (d, r.randrange(1600000000, 1800000000)),
             " ~>  bh=%s;" % b64(rbytes(r, 32)), " ~>  h=From:To:Subject:Date:Message-ID;", " ~>  b=%s" % b64(rbytes(r, 128))[:70],
             " ~>  %s" % b64(rbytes(r, 128))[:102], " ~> Message-ID: <%s@%s>" % (uuid4(r), d), " ~> MIME-Version: 1.0",
             ' ~> Content-Type: multipart/mixed; boundary="=_%s"' % rs(r, 24, HEX), " ~>", " ~> --=_x", " ~> Content-Type: application/pdf; name=report.pdf",
             " ~> Content-Transfer-Encoding: base64", " ~>"] + [" ~> " + x for x in blines] + [" ~> .", "<~  250 2.0.0 Ok: queued as %s" % rs(r, 10, "0123456789ABCDEF")]
    return pick_dir(r, "cap") + "swaks-attach.txt", L(*lines)


@N("smtp", "sasl_plain_protected")
def n_smtp_swaks_protected(r):
    h = "smtp." + domain(r)
    u = email(r)
    return pick_dir(r, "cap") + "swaks-protected.txt", L(
        "$ swaks --to %s --server %s --auth PLAIN --auth-user %s --auth-hide-password" % (email(r), h, u), "=== Trying %s:25..." % h,
        "<-  220 %s ESMTP" % h, " -> EHLO localhost", "<-  250-AUTH PLAIN", "<-  250 OK",
        " -> AUTH PLAIN %s" % b64("\0%s\0PROTECTED" % u), "<-  235 2.7.0 Authentication successful", " -> QUIT", "<-  221 Bye")


@N("imap", "scram")
def n_imap_scram(r):
    u = user(r)
    cn = rs(r, 24, B64S)
    sn = cn + rs(r, 24, B64S)
    salt = b64(rbytes(r, 16))
    return pick_dir(r, "cap") + "imap-scram.txt", L(
        "* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=SCRAM-SHA-256] Dovecot ready.",
        "a AUTHENTICATE SCRAM-SHA-256 %s" % b64("n,,n=%s,r=%s" % (u, cn)), "+ %s" % b64("r=%s,s=%s,i=4096" % (sn, salt)),
        b64("c=biws,r=%s,p=%s" % (sn, b64(rbytes(r, 32)))), "+ %s" % b64("v=%s" % b64(rbytes(r, 32))), "a OK Logged in")


@N("pop3", "apop")
def n_pop3_apop(r):
    d = domain(r)
    return pick_dir(r, "cap") + "pop3-apop.txt", L("+OK POP3 server ready <%d.%d@%s>" % (r.randrange(10 ** 4), r.randrange(10 ** 9), d),
                                                   "APOP %s %s" % (user(r), hmac_hex(r)), "+OK maildrop has %d messages" % r.randrange(30), "QUIT", "+OK")


@N("http", "digest")
def n_http_digest(r):
    host = "cam." + domain(r)
    nonce = rs(r, 32, HEX)
    return pick_dir(r, "cap") + "curl-digest.txt", L(
        "> GET /ISAPI/System/deviceInfo HTTP/1.1", "> Host: %s" % host, ">", "< HTTP/1.1 401 Unauthorized",
        '< WWW-Authenticate: Digest qop="auth", realm="IP Camera(%s)", nonce="%s", stale="FALSE"' % (rs(r, 5, DIG), nonce),
        "<", "* Server auth using Digest with user 'admin'", "> GET /ISAPI/System/deviceInfo HTTP/1.1", "> Host: %s" % host,
        '> Authorization: Digest username="admin", realm="IP Camera(%s)", nonce="%s", uri="/ISAPI/System/deviceInfo", cnonce="%s", nc=00000001, qop=auth, response="%s"' % (
            rs(r, 5, DIG), nonce, rs(r, 32, HEX), hmac_hex(r)), ">", "< HTTP/1.1 200 OK")


@N("http", "ntlm")
def n_http_ntlm(r):
    host = "intranet." + domain(r)
    t1 = "TlRMTVNTUAABAAAAB4IIogAAAAAAAAAAAAAAAAAAAAAKAGFKAAAADw=="
    t2 = b64(b"NTLMSSP\x00\x02\x00\x00\x00" + rbytes(r, 150))
    t3 = b64(b"NTLMSSP\x00\x03\x00\x00\x00" + rbytes(r, 300))
    return pick_dir(r, "cap") + "curl-ntlm.txt", L(
        "* Server auth using NTLM with user 'CORP\\%s'" % user(r), "> GET /sites/hr/ HTTP/1.1", "> Host: %s" % host,
        "> Authorization: NTLM %s" % t1, ">", "< HTTP/1.1 401 Unauthorized", "< WWW-Authenticate: NTLM %s" % t2, "<",
        "> GET /sites/hr/ HTTP/1.1", "> Host: %s" % host, "> Authorization: NTLM %s" % t3, ">", "< HTTP/1.1 200 OK",
        "< Persistent-Auth: true")


@N("http", "kerberos")
def n_http_negotiate(r):
    host = "sso." + domain(r)
    tkt = b64(b"\x60\x82" + rbytes(r, 1200))
    realm = company(r).upper().replace("-", "") + ".LOCAL"
    return "docs/" + "kerberos-sso.md", md_wrap(r, "SPNEGO against the intranet", "klist and curl output:", L(
        "$ klist", "Ticket cache: KCM:1000", "Default principal: %s@%s" % (user(r), realm), "",
        "Valid starting       Expires              Service principal",
        "03/12/2024 08:01:12  03/12/2024 18:01:12  krbtgt/%s@%s" % (realm, realm),
        "$ curl -v --negotiate -u : https://%s/" % host, "> GET / HTTP/1.1", "> Host: %s" % host,
        "> Authorization: Negotiate %s" % tkt, "< HTTP/1.1 200 OK", "< WWW-Authenticate: Negotiate %s" % b64(rbytes(r, 150))), "console")


@N("sip", "digest")
def n_sip_digest(r):
    d = domain(r)
    ext = r.randrange(100, 999)
    nonce = b64(rbytes(r, 24))
    return pick_dir(r, "cap") + "sngrep-register.txt", L(
        "REGISTER sip:%s SIP/2.0" % d, "Via: SIP/2.0/UDP %s:5060;branch=z9hG4bK%s;rport" % (ip_priv(r), rs(r, 10, HEX)),
        "From: <sip:%d@%s>;tag=%s" % (ext, d, rs(r, 10, DIG)), "To: <sip:%d@%s>" % (ext, d), "Call-ID: %s" % rs(r, 22, B64U),
        "CSeq: 2 REGISTER", 'Authorization: Digest username="%d", realm="asterisk", nonce="%s", uri="sip:%s", response="%s", algorithm=MD5' % (
            ext, nonce, d, hmac_hex(r)), "Expires: 3600", "Content-Length: 0", "", "SIP/2.0 200 OK", "CSeq: 2 REGISTER")


@N("tls", "certificate")
def n_tls_sclient(r):
    h = "api." + domain(r)
    lines = ["$ openssl s_client -connect %s:443 -showcerts </dev/null" % h, "CONNECTED(00000003)",
             "depth=0 CN = %s" % h, "verify return:1", "---", "Certificate chain", " 0 s:CN = %s" % h, "   i:C = US, O = Let's Encrypt, CN = R11"]
    lines += pem_cert(r) + [" 1 s:C = US, O = Let's Encrypt, CN = R11", "   i:C = US, O = Internet Security Research Group, CN = ISRG Root X1"]
    lines += pem_cert(r) + ["---", "Server certificate", "subject=CN = %s" % h, "---", "No client certificate CA names sent",
                            "Peer signing digest: SHA256", "Peer signature type: ECDSA", "Server Temp Key: X25519, 253 bits", "---",
                            "SSL handshake has read %d bytes and written 393 bytes" % r.randrange(3000, 6000), "Verification: OK", "---",
                            "New, TLSv1.3, Cipher is TLS_AES_256_GCM_SHA384", "Verify return code: 0 (ok)"]
    return pick_dir(r, "cap") + "s_client-showcerts.txt", L(*lines)


@N("tls", "hexdump")
def n_tcpdump_X(r):
    data = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + rbytes(r, 32) + b"\x20" + rbytes(r, 32) + b"\x00\x3e\x13\x02\x13\x03" + rbytes(r, 100)
    lines = ["# tcpdump -nn -X -c 1 'tcp port 443 and tcp[((tcp[12:1] & 0xf0) >> 2):1] = 0x16'",
             "%s IP %s.%d > %s.443: Flags [P.], seq 1:518, ack 1, win 502, length 517" % (hmsu(r), ip_priv(r), eport(r), ip_pub(r))]
    lines += hexdump_tcpdump(data)
    return pick_dir(r, "cap") + "clienthello.pcap.txt", L(*lines)


@N("mongodb", "scram")
def n_mongo_scram(r):
    u = r.choice(["app", "reporting", "admin"])
    cn = rs(r, 24, B64S)
    sn = cn + rs(r, 20, B64S)
    rec = [{"saslStart": 1, "mechanism": "SCRAM-SHA-256", "payload": {"$binary": {"base64": b64("n,,n=%s,r=%s" % (u, cn)), "subType": "00"}}, "$db": "admin"},
           {"conversationId": 1, "done": False, "payload": {"$binary": {"base64": b64("r=%s,s=%s,i=15000" % (sn, b64(rbytes(r, 28)))), "subType": "00"}}, "ok": 1},
           {"saslContinue": 1, "conversationId": 1, "payload": {"$binary": {"base64": b64("c=biws,r=%s,p=%s" % (sn, b64(rbytes(r, 32)))), "subType": "00"}}, "$db": "admin"}]
    return pick_dir(r, "test") + "scram_conversation.json", json.dumps(rec, indent=2) + "\n"


@N("postgres", "md5_scram")
def n_pg_md5(r):
    if r.random() < 0.5:
        last = ["PostgreSQL", "    Type: Authentication request", "    Length: 12", "    Authentication type: MD5 password (5)",
                "    Salt value: %s" % rs(r, 8, HEX), "", "PostgreSQL", "    Type: Password message", "    Length: 40", "    Password: md5%s" % hmac_hex(r)]
    else:
        last = ["PostgreSQL", "    Type: Authentication request", "    Authentication type: SASL (10)", "    SASL authentication mechanism: SCRAM-SHA-256", "",
                "PostgreSQL", "    Type: SASLInitialResponse message", "    SASL authentication mechanism: SCRAM-SHA-256",
                "    SASL data: n,,n=,r=%s" % rs(r, 24, B64S), "", "PostgreSQL", "    Type: SASLResponse message",
                "    SASL data: c=biws,r=%s,p=%s" % (rs(r, 48, B64S), b64(rbytes(r, 32)))]
    return pick_dir(r, "cap") + "pg-auth-md5.tshark.txt", L("$ tshark -r pg.pcap -V -O pgsql", *last)


@N("mysql", "native_scramble")
def n_mysql_native(r):
    return pick_dir(r, "cap") + "mysql-login.tshark.txt", L(
        "MySQL Protocol", "    Packet Length: %d" % r.randrange(150, 220), "    Packet Number: 1", "    Login Request",
        "        Client Capabilities: 0xa685", "        MAX Packet: 16777216", "        Charset: utf8mb4 COLLATE utf8mb4_0900_ai_ci (255)",
        "        Username: %s" % r.choice(["app_ro", "root", "grafana"]), "        Password: %s" % rs(r, 40, HEX),
        "        Schema: %s" % r.choice(["shop", "metrics"]), "        Client Auth Plugin: mysql_native_password")


@N("http", "websocket_key")
def n_ws(r):
    host = "ws." + domain(r)
    return pick_dir(r, "cap") + "ws-upgrade.txt", L(
        "> GET /chat HTTP/1.1", "> Host: %s" % host, "> Upgrade: websocket", "> Connection: Upgrade",
        "> Sec-WebSocket-Key: %s" % b64(rbytes(r, 16)), "> Sec-WebSocket-Version: 13", ">", "< HTTP/1.1 101 Switching Protocols",
        "< Upgrade: websocket", "< Connection: Upgrade", "< Sec-WebSocket-Accept: %s" % b64(rbytes(r, 20)))


@N("http", "ids_etags")
def n_http_ids(r):
    host = "api." + domain(r)
    lines = ["> GET /v2/catalog/items?page=%d HTTP/1.1" % r.randrange(1, 9), "> Host: %s" % host,
             "> traceparent: 00-%s-%s-01" % (rs(r, 32, HEX), rs(r, 16, HEX)), "> If-None-Match: \"%s\"" % rs(r, 32, HEX), ">",
             "< HTTP/1.1 200 OK", "< ETag: \"%s\"" % rs(r, 40, HEX), "< X-Request-Id: %s" % uuid4(r),
             "< x-amz-request-id: %s" % rs(r, 16, "0123456789ABCDEF"), "< x-amz-id-2: %s" % b64(rbytes(r, 54)),
             "< Digest: sha-256=%s" % b64(rbytes(r, 32)), "< X-Cache: Hit from cloudfront", "< X-Amz-Cf-Id: %s==" % rs(r, 54, B64U)]
    return pick_dir(r, "cap") + "curl-cached.txt", L(*lines)


@N("http", "logged_out_cookie")
def n_http_logout(r):
    host = "app." + domain(r)
    name = r.choice(["sessionid", "PHPSESSID", "connect.sid", "JSESSIONID"])
    return pick_dir(r, "cap") + "logout-flow.txt", L(
        "POST /accounts/logout/ HTTP/1.1", "Host: %s" % host, "Content-Length: 0", "", "HTTP/1.1 302 Found", "Location: /accounts/login/",
        'Set-Cookie: %s=""; expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0; Path=/' % name,
        "Set-Cookie: csrftoken=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/", "X-Request-Id: %s" % uuid4(r))


@N("aws", "sigv4_signature")
def n_aws_sigv4(r):
    host = "%s.s3.eu-central-1.amazonaws.com" % company(r)
    d = date(r).replace("-", "")
    return pick_dir(r, "cap") + "s3-request.txt", L(
        "> GET /exports/%s.csv HTTP/1.1" % d, "> Host: %s" % host, "> x-amz-date: %sT%sZ" % (d, hms(r).replace(":", "")),
        "> x-amz-content-sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "> Authorization: AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/%s/eu-central-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=%s" % (d, rs(r, 64, HEX)),
        ">", "< HTTP/1.1 200 OK", "< ETag: \"%s\"" % rs(r, 32, HEX), "< x-amz-version-id: %s" % rs(r, 32, B64U))


@N("http", "webhook_signature")
def n_webhook_sig(r):
    body = json.dumps({"id": "evt_" + rs(r, 24), "type": r.choice(["invoice.paid", "push", "charge.refunded"])})
    hdrs = r.choice([["X-Hub-Signature-256: sha256=%s" % rs(r, 64, HEX), "X-GitHub-Delivery: %s" % uuid4(r), "X-GitHub-Event: push"],
                     ["Stripe-Signature: t=%d,v1=%s" % (r.randrange(1600000000, 1800000000), rs(r, 64, HEX))],
                     ["X-Slack-Signature: v0=%s" % rs(r, 64, HEX), "X-Slack-Request-Timestamp: %d" % r.randrange(1600000000, 1800000000)]])
    return pick_dir(r, "test") + "webhook_request.txt", L("POST /webhooks/incoming HTTP/1.1", "Host: hooks.%s" % domain(r),
                                                           "Content-Type: application/json", *hdrs, "", body)


@N("dns", "dnssec")
def n_dnssec(r):
    d = domain(r)
    return pick_dir(r, "cap") + "dig-dnssec.txt", L(
        "$ dig +dnssec +multi %s DNSKEY" % d, ";; ANSWER SECTION:", "%s. 3600 IN DNSKEY 257 3 13 (" % d,
        "\t\t\t\t%s" % b64(rbytes(r, 32)), "\t\t\t\t%s" % b64(rbytes(r, 32)), "\t\t\t\t) ; KSK; alg = ECDSAP256SHA256 ; key id = %d" % r.randrange(65535),
        "%s. 3600 IN RRSIG DNSKEY 13 2 3600 (" % d, "\t\t\t\t20240412000000 20240322000000 %d %s." % (r.randrange(65535), d),
        "\t\t\t\t%s" % b64(rbytes(r, 48)), "\t\t\t\t%s )" % b64(rbytes(r, 16)))


@N("ssh", "fingerprint")
def n_ssh_v(r):
    h = "bastion." + domain(r)
    return "docs/ssh-bastion.md", md_wrap(r, "Host key changed?", "`ssh -v` output after the rebuild:", L(
        "debug1: Connecting to %s [%s] port 22." % (h, ip_pub(r)), "debug1: kex: algorithm: curve25519-sha256",
        "debug1: kex: host key algorithm: ssh-ed25519", "debug1: Server host key: ssh-ed25519 SHA256:%s" % b64(rbytes(r, 32)).rstrip("="),
        "debug1: Host '%s' is known and matches the ED25519 host key." % h, "debug1: Offering public key: /home/%s/.ssh/id_ed25519 ED25519 SHA256:%s" % (
            user(r), b64(rbytes(r, 32)).rstrip("=")), "debug1: Authenticated to %s ([%s]:22) using \"publickey\"." % (h, ip_pub(r))), "text")


@N("git", "pack_negotiation")
def n_git_packet(r):
    lines = ["%s pkt-line.c:80           packet:        fetch> want %s multi_ack_detailed side-band-64k thin-pack ofs-delta agent=git/2.43.0" % (hmsu(r), rs(r, 40, HEX))]
    for _ in range(r.randrange(3, 8)):
        lines.append("%s pkt-line.c:80           packet:        fetch> have %s" % (hmsu(r), rs(r, 40, HEX)))
    lines.append("%s pkt-line.c:80           packet:        fetch< ACK %s common" % (hmsu(r), rs(r, 40, HEX)))
    return pick_dir(r, "cap") + "git-trace-packet.txt", L("$ GIT_TRACE_PACKET=1 git fetch origin", *lines)


@N("docker", "registry_digest")
def n_registry(r):
    host = "registry." + domain(r)
    return pick_dir(r, "cap") + "registry-manifest.txt", L(
        "> HEAD /v2/%s/api/manifests/%d.%d.%d HTTP/1.1" % (company(r), r.randrange(3), r.randrange(30), r.randrange(30)), "> Host: %s" % host,
        "> Accept: application/vnd.oci.image.index.v1+json", ">", "< HTTP/1.1 401 Unauthorized",
        '< Www-Authenticate: Bearer realm="https://%s/token",service="%s",scope="repository:%s/api:pull"' % (host, host, company(r)),
        "<", "< HTTP/1.1 200 OK", "< Docker-Content-Digest: sha256:%s" % rs(r, 64, HEX), "< Content-Length: %d" % r.randrange(400, 3000))


@N("snmp", "community_public_v3")
def n_snmp(r):
    if r.random() < 0.5:
        return pick_dir(r, "cap") + "snmp-v2c.txt", L("Simple Network Management Protocol", "    version: v2c (1)", "    community: public",
                                                     "    data: get-response (2)", "        get-response", "            request-id: %d" % r.randrange(10 ** 9),
                                                     "            variable-bindings: 1 item", "                1.3.6.1.2.1.1.1.0: 4c696e7578")
    return pick_dir(r, "cap") + "snmp-v3.txt", L("Simple Network Management Protocol", "    msgVersion: snmpv3 (3)", "    msgGlobalData",
                                                 "        msgID: %d" % r.randrange(10 ** 9), "        msgFlags: 05", "        msgSecurityModel: USM (3)",
                                                 "    msgAuthoritativeEngineID: 80001f8880%s" % rs(r, 24, HEX), "    msgAuthoritativeEngineBoots: %d" % r.randrange(99),
                                                 "    msgUserName: %s" % r.choice(["monitor", "nms"]), "    msgAuthenticationParameters: %s" % rs(r, 24, HEX),
                                                 "    msgPrivacyParameters: <MISSING>")


@N("ftp", "anonymous_masked")
def n_ftp_anon(r):
    if r.random() < 0.5:
        lines = ["Connected to ftp.%s." % domain(r), "220 Welcome", "---> USER anonymous", "331 Please specify the password.",
                 "---> PASS XXXX", "230 Login successful.", "---> SYST", "215 UNIX Type: L8"]
        return pick_dir(r, "cap") + "ftp-d.txt", L("$ ftp -d ftp.%s" % domain(r), *lines)
    lines = ['%s [pid %d] CONNECT: Client "%s"' % (rfcdate(r), r.randrange(999, 9999), ip_pub(r)),
             '%s [pid %d] FTP command: Client "%s", "USER edi"' % (rfcdate(r), r.randrange(999, 9999), ip_pub(r)),
             '%s [pid %d] FTP command: Client "%s", "PASS <password>"' % (rfcdate(r), r.randrange(999, 9999), ip_pub(r)),
             '%s [pid %d] [edi] OK LOGIN: Client "%s"' % (rfcdate(r), r.randrange(999, 9999), ip_pub(r))]
    return "logs/vsftpd.log", L(*lines)


@N("oauth", "pkce")
def n_oauth(r):
    idp = "login." + domain(r)
    url = "https://%s/oauth2/authorize?response_type=code&client_id=%s&redirect_uri=https%%3A%%2F%%2Fapp.%s%%2Fcallback&scope=openid%%20profile&state=%s&nonce=%s&code_challenge=%s&code_challenge_method=S256" % (
        idp, uuid4(r), domain(r), rs(r, 32, B64U), rs(r, 22, B64U), b64u(rbytes(r, 32)))
    return pick_dir(r, "cap") + "oidc-flow.txt", L("> GET %s HTTP/1.1" % url.split(idp, 1)[1], "> Host: %s" % idp, ">", "< HTTP/1.1 302 Found",
                                                   "< Location: https://%s/login?%s" % (idp, "ReturnUrl=" + rs(r, 10, LOWER)), "< Set-Cookie: __Host-lang=en; Path=/; Secure")


@N("rfc", "example_credentials")
def n_rfc(r):
    blk = L("C: AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm", "S: 235 2.7.0 Authentication successful", "",
            "GET /protected HTTP/1.1", "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "",
            "C: a001 AUTHENTICATE PLAIN", "S: +", "C: dGVzdAB0ZXN0ADEyMzQ=")
    return "docs/" + r.choice(["sasl-notes.md", "auth-mechanisms.md", "protocol-cheatsheet.md"]), md_wrap(
        r, "SASL PLAIN / Basic refresher", "Examples straight from RFC 4616, RFC 7617 and RFC 4954 (not our credentials):", blk, "text")


@N("xmpp", "scram")
def n_xmpp_scram(r):
    u = r.choice(["alerts", "bot"])
    cn = rs(r, 24, B64S)
    return pick_dir(r, "cap") + "xmpp-scram.log", L(
        "SENT: <auth xmlns='urn:ietf:params:xml:ns:xmpp-sasl' mechanism='SCRAM-SHA-1'>%s</auth>" % b64("n,,n=%s,r=%s" % (u, cn)),
        "RECV: <challenge xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>%s</challenge>" % b64("r=%s%s,s=%s,i=4096" % (cn, rs(r, 20, B64S), b64(rbytes(r, 16)))),
        "SENT: <response xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>%s</response>" % b64("c=biws,r=%s,p=%s" % (cn, b64(rbytes(r, 20)))),
        "RECV: <success xmlns='urn:ietf:params:xml:ns:xmpp-sasl'>%s</success>" % b64("v=" + b64(rbytes(r, 20))))


@N("mqtt", "no_credentials")
def n_mqtt_noauth(r):
    cid = "mqttjs_" + rs(r, 8, HEX)
    return pick_dir(r, "cap") + "mqtt-connect-anon.txt", L(
        "MQ Telemetry Transport Protocol, Connect Command", "    Header Flags: 0x10, Message Type: Connect Command", "    Msg Len: %d" % (12 + len(cid)),
        "    Protocol Name: MQTT", "    Version: MQTT v3.1.1 (4)", "    Connect Flags: 0x02, QoS Level: At most once delivery (Fire and Forget), Clean Session Flag",
        "    Keep Alive: 60", "    Client ID Length: %d" % len(cid), "    Client ID: %s" % cid)


@N("pcap", "checksums")
def n_checksums(r):
    lines = ["# Captures for the SMTP relay investigation", "", "| file | sha256 | packets |", "|---|---|---|"]
    for i in range(r.randrange(3, 7)):
        lines.append("| `%s-%d.pcapng` | `%s` | %d |" % (r.choice(["relay", "mx", "client"]), i, rs(r, 64, HEX), r.randrange(100, 90000)))
    lines += ["", "MD5 of the merged file: `%s`" % rs(r, 32, HEX)]
    return "captures/README.md", L(*lines)


@N("amqp", "masked_url")
def n_celery_banner(r):
    return "docs/worker-startup.md", md_wrap(r, "Worker banner", "Expected banner when the worker comes up:", L(
        " -------------- celery@worker-%s v5.3.6 (emerald-rush)" % rs(r, 5, LOWNUM), "--- ***** -----",
        "-- ******* ---- Linux-5.15.0-91-generic-x86_64-with-glibc2.35 %s" % date(r), "- *** --- * ---",
        "- ** ---------- [config]", "- ** ---------- .> app:         tasks:0x7f%s" % rs(r, 10, HEX),
        "- ** ---------- .> transport:   amqp://%s:**@rabbitmq:5672//" % r.choice(["guest", "celery", "orders"]),
        "- ** ---------- .> results:     redis://:**@redis:6379/1", "- *** --- * --- .> concurrency: 8 (prefork)"), "text")


@N("git", "trace_redacted")
def n_git_redacted(r):
    ts = hmsu(r)
    return pick_dir(r, "cap") + "git-trace-curl.txt", L(
        "%s http.c:%d              => Send header: GET /%s/infra.git/info/refs?service=git-upload-pack HTTP/1.1" % (ts, r.randrange(600, 900), company(r)),
        "%s http.c:%d              => Send header: Authorization: Basic <redacted>" % (ts, r.randrange(600, 900)),
        "%s http.c:%d              <= Recv header: HTTP/1.1 200 OK" % (ts, r.randrange(600, 900)))


@N("k8s", "masked_bearer")
def n_kubectl_masked(r):
    return pick_dir(r, "cap") + "kubectl-v8.txt", L(
        "I0312 %s   12345 round_trippers.go:466] curl -v -XGET  -H \"Authorization: Bearer <masked>\" 'https://%s:6443/api/v1/nodes'" % (hmsu(r), ip_priv(r)),
        "I0312 %s   12345 round_trippers.go:553] GET https://%s:6443/api/v1/nodes 200 OK in 12 milliseconds" % (hmsu(r), ip_priv(r)),
        "I0312 %s   12345 round_trippers.go:573]     Audit-Id: %s" % (hmsu(r), uuid4(r)))


@N("redis", "monitor_redacted")
def n_redis_monitor(r):
    lines = []
    ep = r.randrange(1600000000, 1800000000)
    for i in range(r.randrange(5, 10)):
        ep += r.randrange(3)
        if i == 1:
            lines.append('%d.%06d [0 %s:%d] "auth" "(redacted)"' % (ep, r.randrange(10 ** 6), ip_priv(r), eport(r)))
        else:
            lines.append('%d.%06d [0 %s:%d] "GET" "session:%s"' % (ep, r.randrange(10 ** 6), ip_priv(r), eport(r), uuid4(r)))
    return pick_dir(r, "cap") + "redis-monitor.txt", L("$ redis-cli --user ops --askpass MONITOR", "OK", *lines)


@N("jwks", "public_key")
def n_jwks(r):
    keys = [{"kty": "RSA", "use": "sig", "kid": rs(r, 16, HEX), "alg": "RS256", "n": b64u(rbytes(r, 256)), "e": "AQAB"} for _ in range(2)]
    return pick_dir(r, "test") + "jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@N("http", "ids_etags")
def n_http_client_ids(r):
    host = "api." + domain(r)
    return pick_dir(r, "cap") + "public-client.txt", L(
        "> GET /v1/config?client_id=%s HTTP/1.1" % uuid4(r), "> Host: %s" % host, "> X-Client-Version: %d.%d.%d+%s" % (r.randrange(5), r.randrange(40), r.randrange(40), rs(r, 7, HEX)),
        "> X-Device-Id: %s" % rs(r, 16, HEX), ">", "< HTTP/1.1 200 OK", "< Content-Security-Policy: script-src 'self' 'nonce-%s'" % b64(rbytes(r, 16)),
        "< Strict-Transport-Security: max-age=63072000", "< X-Request-Id: %s" % rs(r, 26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))


# ----------------------------------------------------------------------------- driver
def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base.endswith(".pcap.txt"):
        return "pcap.txt"
    if base.endswith(".trace"):
        return "trace"
    if "." not in base:
        return "none"
    return base.rsplit(".", 1)[-1]


def is_env(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template"))


def line_of(text, needle):
    i = text.index(needle)
    return text.count("\n", 0, i) + 1


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gen_ma.py OUTDIR SEED")
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen = set()

    def write(rel, text):
        p = os.path.join(out, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)

    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    for i in range(500):
        name, prov, kind, fn = TEMPLATES[order[i % len(order)]]
        for _ in range(50):
            new_day(r)
            F = Fill(r, True)
            path, text = fn(r, F)
            if F.needle and F.needle not in seen and not is_env(path) and F.needle in text:
                break
        else:
            raise RuntimeError("could not generate " + name)
        seen.add(F.needle)
        rel = "pos/p%04d/%s" % (i, path.lstrip("/").replace("/../", "/"))
        ln = line_of(text, F.needle)
        assert F.needle in text.split("\n")[ln - 1]
        write(rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": F.provider or prov, "kind": F.kind or kind, "filetype": ftype(path), "template": name})
        secrets.append({"file": rel, "needle": F.needle, "line": ln})

    order = list(range(len(TEMPLATES)))
    r.shuffle(order)
    norder = list(range(len(NEG_TEMPLATES)))
    r.shuffle(norder)
    for i in range(500):
        new_day(r)
        if i % 2 == 0:
            name, prov, kind, fn = TEMPLATES[order[(i // 2) % len(order)]]
            F = Fill(r, False)
            path, text = fn(r, F)
            name = name + "/neg"
            prov, kind = F.provider or prov, F.kind or kind
        else:
            name, prov, kind, fn = NEG_TEMPLATES[norder[(i // 2) % len(norder)]]
            path, text = fn(r)
            name = "lookalike/" + name
        assert not is_env(path)
        rel = "neg/n%04d/%s" % (i, path.lstrip("/").replace("/../", "/"))
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype(path), "template": name})

    with open(os.path.join(out, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
