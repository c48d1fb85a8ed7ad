#!/usr/bin/env python3
"""Blind evaluation-set generator "nk": split, encoded and lightly obfuscated secrets.

EMPHASIS
    Secrets that developers split, encode or lightly obfuscate in source code to "hide"
    them: string concatenation across lines, arrays of parts joined, reversed strings,
    base64 decoded at run time (atob, Buffer.from, base64.b64decode, Base64.getDecoder,
    Convert.FromBase64String, Data(base64Encoded:), base64_decode, Base64.decode64),
    hex strings and byte arrays (bytes.fromhex, hex.DecodeString, new byte[]{...},
    []byte{...}, [UInt8]), \\x.. and \\u00.. escapes, char-code arrays
    (String.fromCharCode, chr() lists, String.fromCharCodes), ROT13, XOR with a fixed key,
    format strings / interpolation (f-strings, Sprintf, $"..", Kotlin/Swift/Dart
    interpolation), environment defaults split in two, C preprocessor literal
    concatenation, Rust concat!, obfuscated (minified) JS bundles, Kubernetes Secret data,
    PEM private keys assembled line by line or base64-wrapped.
    Languages / file types: Python, JavaScript, TypeScript, Java, Kotlin, Swift, Dart, C#,
    Go, C/C++ headers, Objective-C, Ruby, PHP, Rust, shell, PowerShell, YAML, JSON, .env.
    Providers: AWS, GitHub, GitLab, Slack, Stripe, OpenAI, Anthropic, Google, Twilio,
    SendGrid, npm, PyPI, Mailgun, Shopify, DigitalOcean, Hugging Face, Telegram, Discord,
    Azure Storage, Mapbox, Square, Postman, Linear, HashiCorp Vault, Firebase FCM,
    Datadog, generic API keys / JWT signing secrets, passwords, RSA/EC private keys.

USAGE
    python3 -B gen_nk.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    random.Random(SEED); output is byte-identical for a given seed.

NEEDLE CONVENTIONS
    Every positive file holds exactly one secret.  The recorded needle is a string that
    literally appears in the file, on the recorded 1-based line (first occurrence):
    * split idioms (concatenation, joined arrays, interpolation, format strings, env
      defaults, preprocessor/concat!): the longest literal piece of the real secret; it
      is always >= 16 characters and overlaps the random part of the key (a provider
      prefix is kept when it sits in the same piece).
    * encoded idioms: the whole encoded form exactly as written in the file: the base64
      string, the hex string, the reversed string, the ROT13 text, the XOR-ed hex/base64
      text, the \\x / \\u escape sequence text, or the comma-separated char-code / byte
      list exactly as written on its line.
    * PEM private keys written line by line: the first base64 line of the body;
      PEM base64-wrapped as a whole: the base64 string.
    * passwords: the password piece itself (or its encoded form as above).

NEGATIVES
    250 re-use the positive templates with the secret slot holding a non-secret:
    placeholders (also Spanish/German/French/Portuguese/Italian ones), empty values,
    masked values, environment / secret-manager / template references, providers'
    documented example values (AWS EXAMPLE keys, Stripe's documented sk_test key, Slack's
    T00000000 webhook), public values (Stripe publishable keys, Mapbox pk. tokens,
    Twilio account SIDs, Google OAuth client ids), public keys / certificates instead of
    private keys.  Encoded idioms then encode that non-secret.
    250 are look-alikes with the same idioms: sha256/sha1 digests via bytes.fromhex, UUIDs
    split in parts, base64 of JSON config / small images, char-code arrays of UI messages,
    crypto test vectors (FIPS-197, RFC 4231, RFC 4648, NIST SHA), public key PEMs and
    ssh public keys, certificates, Sealed Secrets / ansible-vault ciphertext, ROT13
    spoilers, XOR-obfuscated log strings, SRI integrity hashes, git SHAs, version strings,
    PNG/GIF magic byte arrays, obfuscated JS bundles holding only messages.
    No negative is written to a .env / .env.<stage> file.

FORMATS CHECKED (from providers' public docs / SDKs and well known public facts)
    GitHub classic tokens ghp_/gho_/ghs_ + 36 base62 chars whose last 6 are the base62
    CRC32 of the first 30 (GitHub engineering blog on token formats); fine-grained
    github_pat_<22>_<59>.  GitLab glpat- + 20 chars (GitLab PAT docs).  Slack xoxb-/xoxp-
    tokens and hooks.slack.com/services/T../B../<24> webhooks (Slack API docs).  Stripe
    sk_live_/rk_live_ keys, pk_ publishable keys, documented test key (Stripe docs).
    AWS AKIA + 16 base32 chars key ids and 40-char secret keys, AWS docs EXAMPLE pair.
    OpenAI sk-proj- keys and legacy sk-<20>T3BlbkFJ<20>; Anthropic sk-ant-api03-..AA;
    Google AIza + 35; Twilio AC/SK + 32 hex and 32-hex auth tokens; SendGrid SG.<22>.<43>;
    npm_ + 36; pypi-AgEIcHlwaS5vcmc macaroons; Mailgun key- + 32 hex; Shopify shpat_ +
    32 hex; DigitalOcean dop_v1_ + 64 hex; Hugging Face hf_ + 34 letters; Telegram
    <bot id>:<35>; Discord base64(id).<6>.<27+>; Azure storage 88-char base64 keys;
    Mapbox sk./pk.eyJ1Ijoi...; Square EAAA + 60; Postman PMAK-<24 hex>-<34 hex>;
    Linear lin_api_ + 40; Vault hvs. tokens; FCM AAAA...:APA91b... server keys.
    PKCS#1 / PKCS#8 RSA-2048 and SEC1 P-256 DER headers (MIIEpAIBAAKCAQEA, MIIEvQIBADAN..,
    MHcCAQEEI..) are built from real DER structure with random key material.

DOUBTS
    Exact lengths of OpenAI sk-proj keys (~164), Anthropic keys (108 after prefix),
    PyPI macaroon bodies, Vault hvs. tokens (~95), Discord third segment (27-38), FCM
    server keys (152 chars) and Square/Linear/Postman bodies are from memory of public
    examples, not verified against a spec.  Hugging Face token alphabet assumed letters
    only.  npm token checksum not modelled (random 36 base62).
"""
import base64
import binascii
import codecs
import hashlib
import json
import os
import random
import string
import sys
import uuid

N_POS = 500
N_NEG = 500

LOW = string.ascii_lowercase
UP = string.ascii_uppercase
DIG = string.digits
ALNUM = UP + LOW + DIG
B62 = DIG + UP + LOW
HEX = "0123456789abcdef"
B64 = UP + LOW + DIG + "+/"
B64URL = UP + LOW + DIG + "-_"
B32 = UP + "234567"
PWSYM = "!#*+-.:=?@^_~&%"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def T(txt, **kw):
    for k, v in kw.items():
        txt = txt.replace("\u00ab" + k + "\u00bb", v)
    assert "\u00ab" not in txt, txt[txt.index("\u00ab"):][:40]
    return txt


def b62(n, width):
    out = ""
    while n:
        n, m = divmod(n, 62)
        out = B62[m] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- names
def words_to(ws, style):
    if style == "snake":
        return "_".join(ws)
    if style == "upper":
        return "_".join(ws).upper()
    if style == "camel":
        return ws[0] + "".join(w[:1].upper() + w[1:] for w in ws[1:])
    if style == "pascal":
        return "".join(w[:1].upper() + w[1:] for w in ws)
    if style == "kebab":
        return "-".join(ws)
    raise ValueError(style)


class Slot:
    """What goes into a template: the value (secret or not) plus naming context."""

    def __init__(self, value, provider, kind, words, env, desc, cat, core=0,
                 comp=None, pem=False, neg=False):
        self.value = value
        self.provider = provider
        self.kind = kind
        self.words = words
        self.env = env
        self.desc = desc
        self.cat = cat
        self.core = core
        self.comp = comp or []
        self.pem = pem
        self.neg = neg
        self.pn = provider if provider != "generic" else {"password": "db", "private_key": "auth"}.get(kind, "api")

    def n(self, style):
        return words_to(self.words, style)


# ---------------------------------------------------------------- passwords
PW_WORDS = ["Falcon", "river", "Tango", "maple", "Quartz", "orbit", "Sierra", "Nimbus",
            "cobalt", "Lupin", "Zebra", "harbor", "Pixel", "Mango", "vortex", "Kestrel",
            "granit", "Sonne", "luna", "Tejado", "Birke", "saphir", "Pampa", "Ostra"]


def gen_password(r, minlen=18):
    style = r.random()
    if style < 0.35:
        s = rs(r, ALNUM + PWSYM, r.randint(max(minlen, 18), 28))
    elif style < 0.6:
        w1, w2 = r.sample(PW_WORDS, 2)
        s = w1 + r.choice(PWSYM) + w2 + str(r.randint(10, 9999)) + r.choice(PWSYM) + rs(r, ALNUM, r.randint(4, 8))
    elif style < 0.8:
        s = rs(r, ALNUM, r.randint(max(minlen, 20), 32))
    else:
        s = "-".join(rs(r, LOW + DIG, r.randint(5, 6)) for _ in range(r.randint(3, 4)))
        s = s[:3] + r.choice(UP) + s[3:] + str(r.randint(1, 99))
    while len(s) < minlen:
        s += r.choice(ALNUM + PWSYM)
    if not any(c.isdigit() for c in s):
        s += str(r.randint(2, 9))
    if not any(c.isupper() for c in s):
        s = r.choice(UP) + s
    return s


# ---------------------------------------------------------------- PEM
def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def der_int(raw):
    if raw[0] & 0x80:
        raw = b"\x00" + raw
    return b"\x02" + der_len(len(raw)) + raw


def rsa_der(r):
    rb = lambda n: bytes(r.getrandbits(8) for _ in range(n))
    mod = bytes([0x80 | r.getrandbits(7)]) + rb(255)
    body = der_int(b"\x00") + der_int(mod) + der_int(b"\x01\x00\x01")
    body += der_int(bytes([0x40 | r.getrandbits(6)]) + rb(255))
    for _ in range(5):
        body += der_int(bytes([0x80 | r.getrandbits(7)]) + rb(127))
    return b"\x30" + der_len(len(body)) + body


def pem_private(r):
    t = r.random()
    if t < 0.45:
        der = rsa_der(r)
        label = "RSA PRIVATE KEY"
    elif t < 0.8:
        inner = rsa_der(r)
        alg = bytes.fromhex("300d06092a864886f70d0101010500")
        body = der_int(b"\x00") + alg + b"\x04" + der_len(len(inner)) + inner
        der = b"\x30" + der_len(len(body)) + body
        label = "PRIVATE KEY"
    else:
        rb = lambda n: bytes(r.getrandbits(8) for _ in range(n))
        der = (bytes.fromhex("30770201010420") + rb(32) +
               bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(64))
        label = "EC PRIVATE KEY"
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return label, lines


def pem_public(r):
    rb = lambda n: bytes(r.getrandbits(8) for _ in range(n))
    if r.random() < 0.6:
        mod = bytes([0x80 | r.getrandbits(7)]) + rb(255)
        rsa = der_int(mod) + der_int(b"\x01\x00\x01")
        rsa = b"\x30" + der_len(len(rsa)) + rsa
        bits = b"\x03" + der_len(len(rsa) + 1) + b"\x00" + rsa
        body = bytes.fromhex("300d06092a864886f70d0101010500") + bits
    else:
        body = (bytes.fromhex("301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rb(64))
    der = b"\x30" + der_len(len(body)) + body
    b = base64.b64encode(der).decode()
    return "PUBLIC KEY", [b[i:i + 64] for i in range(0, len(b), 64)]


def pem_cert(r):
    rb = lambda n: bytes(r.getrandbits(8) for _ in range(n))
    der = bytes.fromhex("308203") + rb(1) + bytes.fromhex("308202") + rb(1) + bytes.fromhex("a0030201020210") + rb(16) + bytes.fromhex("300d06092a864886f70d01010b0500") + rb(680)
    b = base64.b64encode(der).decode()
    return "CERTIFICATE", [b[i:i + 64] for i in range(0, len(b), 64)]


def pem_text(label, lines):
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


# ---------------------------------------------------------------- secret kinds
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "sa-east-1"]
HOSTS = ["db-prod-01.internal", "pg-main.c9akciq32.eu-west-1.rds.amazonaws.com", "10.20.4.17",
         "mysql.billing.svc.cluster.local", "orders-db.prod.corp", "172.31.8.44",
         "mongo-rs0-1.data.internal", "redis-cache-02.lan"]
USERS = ["svc_billing", "app_user", "deploy", "orders_rw", "reporting", "api", "etl_loader", "webapp"]


def pick_words(r, options):
    return list(r.choice(options))


def k_github(r):
    pre = r.choice(["ghp_", "ghp_", "ghp_", "gho_", "ghs_"])
    body = rs(r, B62, 30)
    v = pre + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)
    ws = pick_words(r, [["github", "token"], ["gh", "token"], ["github", "pat"], ["gh", "pat"],
                        ["git", "hub", "access", "token"], ["token", "github"], ["ghtoken"]])
    return Slot(v, "github", "github_pat", ws, "GITHUB_TOKEN", "GitHub token", "bearer", 4,
                [(["github", "owner"], r.choice(["acme-corp", "datapipe", "kolibri-labs", "nordwind"]))])


def k_github_fg(r):
    v = "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59)
    return Slot(v, "github", "github_fine_grained_pat", pick_words(r, [["github", "pat"], ["gh", "fine", "grained", "token"], ["repo", "token"]]),
                "GH_PAT", "GitHub fine-grained token", "bearer", 11)


def k_gitlab(r):
    v = "glpat-" + rs(r, ALNUM + "-_", 20)
    return Slot(v, "gitlab", "gitlab_pat", pick_words(r, [["gitlab", "token"], ["gl", "token"], ["gitlab", "private", "token"], ["ci", "token"]]),
                "GITLAB_TOKEN", "GitLab personal access token", "bearer", 6,
                [(["gitlab", "url"], "https://gitlab." + r.choice(["acme.io", "intra.corp", "example-labs.de"]))])


def k_slack(r):
    pre = r.choice(["xoxb-", "xoxb-", "xoxp-"])
    v = pre + rs(r, DIG, r.randint(11, 13)) + "-" + rs(r, DIG, r.randint(12, 13)) + "-" + rs(r, ALNUM, 24)
    if pre == "xoxp-":
        v = pre + rs(r, DIG, 12) + "-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, HEX, 32)
    return Slot(v, "slack", "slack_token", pick_words(r, [["slack", "bot", "token"], ["slack", "token"], ["bot", "token"], ["slack", "api", "token"]]),
                "SLACK_BOT_TOKEN", "Slack token", "bearer", v.rindex("-") + 1,
                [(["slack", "channel"], r.choice(["#alerts", "#deploys", "#ops-notify", "C04" + rs(r, UP + DIG, 8)]))])


def k_slack_hook(r):
    v = "https://hooks.slack.com/services/T" + rs(r, UP + DIG, 8) + "/B" + rs(r, UP + DIG, r.choice([8, 10])) + "/" + rs(r, ALNUM, 24)
    return Slot(v, "slack", "slack_webhook", pick_words(r, [["slack", "webhook", "url"], ["webhook", "url"], ["slack", "hook"], ["alert", "webhook"]]),
                "SLACK_WEBHOOK_URL", "Slack incoming webhook", "webhook", len(v) - 24)


def k_stripe(r):
    pre = r.choice(["sk_live_", "sk_live_", "rk_live_"])
    body = rs(r, ALNUM, 24) if r.random() < 0.4 else "51" + rs(r, ALNUM, 97)
    return Slot(pre + body, "stripe", "stripe_secret_key", pick_words(r, [["stripe", "secret", "key"], ["stripe", "sk"], ["stripe", "api", "key"], ["payment", "key"], ["stripe", "key"], ["clave", "stripe"]]),
                "STRIPE_SECRET_KEY", "Stripe secret key", "bearer", 8)


def k_openai(r):
    if r.random() < 0.6:
        v = "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)
        core = 8
    else:
        v = "sk-" + rs(r, ALNUM, 20) + "T3BlbkFJ" + rs(r, ALNUM, 20)
        core = 3
    return Slot(v, "openai", "openai_api_key", pick_words(r, [["openai", "api", "key"], ["openai", "key"], ["oai", "key"], ["gpt", "key"], ["llm", "api", "key"]]),
                "OPENAI_API_KEY", "OpenAI API key", "bearer", core)


def k_anthropic(r):
    v = "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"
    return Slot(v, "anthropic", "anthropic_api_key", pick_words(r, [["anthropic", "api", "key"], ["claude", "key"], ["anthropic", "key"]]),
                "ANTHROPIC_API_KEY", "Anthropic API key", "bearer", 13)


def k_google(r):
    v = "AIza" + rs(r, B64URL, 35)
    return Slot(v, "google", "google_api_key", pick_words(r, [["google", "api", "key"], ["maps", "api", "key"], ["gcp", "key"], ["places", "key"], ["youtube", "api", "key"]]),
                "GOOGLE_API_KEY", "Google API key", "query", 4)


def k_aws(r):
    v = rs(r, ALNUM + "/+", 40)
    kid = r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, B32, 16)
    return Slot(v, "aws", "aws_secret_access_key", pick_words(r, [["aws", "secret", "access", "key"], ["aws", "secret", "key"], ["s3", "secret"], ["aws", "secret"], ["secret", "access", "key"]]),
                "AWS_SECRET_ACCESS_KEY", "AWS secret access key", "aws", 0,
                [(["aws", "access", "key", "id"], kid), (["aws", "region"], r.choice(REGIONS))])


def k_twilio(r):
    v = rs(r, HEX, 32)
    return Slot(v, "twilio", "twilio_auth_token", pick_words(r, [["twilio", "auth", "token"], ["twilio", "token"], ["sms", "auth", "token"]]),
                "TWILIO_AUTH_TOKEN", "Twilio auth token", "basic", 0,
                [(["twilio", "account", "sid"], "AC" + rs(r, HEX, 32))])


def k_twilio_sk(r):
    v = rs(r, ALNUM, 32)
    return Slot(v, "twilio", "twilio_api_secret", pick_words(r, [["twilio", "api", "secret"], ["twilio", "secret"]]),
                "TWILIO_API_SECRET", "Twilio API key secret", "basic", 0,
                [(["twilio", "api", "key", "sid"], "SK" + rs(r, HEX, 32))])


def k_sendgrid(r):
    v = "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)
    return Slot(v, "sendgrid", "sendgrid_api_key", pick_words(r, [["sendgrid", "api", "key"], ["sendgrid", "key"], ["mail", "api", "key"], ["sg", "key"]]),
                "SENDGRID_API_KEY", "SendGrid API key", "bearer", 3)


def k_npm(r):
    body = rs(r, ALNUM, 30)
    v = "npm_" + body + b62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)
    return Slot(v, "npm", "npm_token", pick_words(r, [["npm", "token"], ["npm", "auth", "token"], ["registry", "token"]]),
                "NPM_TOKEN", "npm access token", "bearer", 4)


def k_pypi(r):
    v = "pypi-AgEIcHlwaS5vcmcCJD" + rs(r, B64URL, r.randint(150, 170))
    return Slot(v, "pypi", "pypi_token", pick_words(r, [["pypi", "token"], ["twine", "password"], ["pypi", "api", "token"]]),
                "PYPI_TOKEN", "PyPI API token", "bearer", 23)


def k_mailgun(r):
    v = "key-" + rs(r, HEX, 32)
    return Slot(v, "mailgun", "mailgun_api_key", pick_words(r, [["mailgun", "api", "key"], ["mailgun", "key"], ["mg", "api", "key"]]),
                "MAILGUN_API_KEY", "Mailgun API key", "basic", 4,
                [(["mailgun", "domain"], r.choice(["mg.acme.io", "mail.kolibri.app", "sandbox-mail.shopwave.eu"]))])


def k_shopify(r):
    pre = r.choice(["shpat_", "shpat_", "shpss_", "shpca_"])
    return Slot(pre + rs(r, HEX, 32), "shopify", "shopify_token", pick_words(r, [["shopify", "access", "token"], ["shopify", "token"], ["shop", "api", "token"]]),
                "SHOPIFY_ACCESS_TOKEN", "Shopify access token", "bearer", 6,
                [(["shop", "domain"], r.choice(["acme-store", "kaffeebar", "tienda-sol", "nordic-wool"]) + ".myshopify.com")])


def k_do(r):
    return Slot("dop_v1_" + rs(r, HEX, 64), "digitalocean", "digitalocean_token", pick_words(r, [["do", "token"], ["digitalocean", "token"], ["do", "api", "token"]]),
                "DIGITALOCEAN_TOKEN", "DigitalOcean token", "bearer", 7)


def k_hf(r):
    return Slot("hf_" + rs(r, UP + LOW, 34), "huggingface", "huggingface_token", pick_words(r, [["hf", "token"], ["huggingface", "token"], ["hf", "api", "key"]]),
                "HF_TOKEN", "Hugging Face token", "bearer", 3)


def k_telegram(r):
    v = str(r.randint(100000000, 7999999999)) + ":AA" + rs(r, B64URL, 33)
    return Slot(v, "telegram", "telegram_bot_token", pick_words(r, [["telegram", "bot", "token"], ["tg", "token"], ["bot", "token"], ["telegram", "token"]]),
                "TELEGRAM_BOT_TOKEN", "Telegram bot token", "url", v.index(":"))


def k_discord(r):
    uid = str(r.randint(10 ** 17, 10 ** 19 - 1)).encode()
    v = base64.b64encode(uid).decode().rstrip("=") + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, r.choice([27, 38]))
    return Slot(v, "discord", "discord_bot_token", pick_words(r, [["discord", "token"], ["discord", "bot", "token"], ["bot", "token"]]),
                "DISCORD_TOKEN", "Discord bot token", "bearer", v.index("."))


def k_azure(r):
    v = base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
    acct = r.choice(["acmeprodstore", "stlogsweu01", "kolibriassets", "datalakeraw"])
    return Slot(v, "azure", "azure_storage_key", pick_words(r, [["azure", "storage", "key"], ["storage", "account", "key"], ["account", "key"], ["blob", "key"]]),
                "AZURE_STORAGE_KEY", "Azure Storage account key", "azure", 0,
                [(["storage", "account"], acct)])


def k_mapbox(r):
    payload = base64.urlsafe_b64encode(json.dumps({"u": r.choice(["acme", "geo-team", "kolibri"]), "a": rs(r, LOW + DIG, 25)}, separators=(",", ":")).encode()).decode().rstrip("=")
    v = "sk." + payload + "." + rs(r, B64URL, 22)
    return Slot(v, "mapbox", "mapbox_secret_token", pick_words(r, [["mapbox", "secret", "token"], ["mapbox", "downloads", "token"], ["mapbox", "sk"]]),
                "MAPBOX_DOWNLOADS_TOKEN", "Mapbox secret token", "bearer", 3)


def k_square(r):
    return Slot("EAAA" + rs(r, B64URL, 60), "square", "square_access_token", pick_words(r, [["square", "access", "token"], ["square", "token"]]),
                "SQUARE_ACCESS_TOKEN", "Square access token", "bearer", 4)


def k_postman(r):
    return Slot("PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34), "postman", "postman_api_key", pick_words(r, [["postman", "api", "key"], ["pm", "api", "key"]]),
                "POSTMAN_API_KEY", "Postman API key", "header", 5)


def k_linear(r):
    return Slot("lin_api_" + rs(r, ALNUM, 40), "linear", "linear_api_key", pick_words(r, [["linear", "api", "key"], ["linear", "token"]]),
                "LINEAR_API_KEY", "Linear API key", "bearer", 8)


def k_vault(r):
    return Slot("hvs.CAESI" + rs(r, B64URL, 86), "hashicorp", "vault_token", pick_words(r, [["vault", "token"], ["vault", "root", "token"], ["hcv", "token"]]),
                "VAULT_TOKEN", "Vault token", "header", 4,
                [(["vault", "addr"], "https://vault." + r.choice(["corp.internal:8200", "prod.acme.io", "infra.lan:8200"]))])


def k_fcm(r):
    v = "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134)
    return Slot(v, "google", "fcm_server_key", pick_words(r, [["fcm", "server", "key"], ["firebase", "server", "key"], ["push", "key"]]),
                "FCM_SERVER_KEY", "Firebase Cloud Messaging server key", "fcm", 12)


def k_datadog(r):
    v = rs(r, HEX, 32)
    return Slot(v, "datadog", "datadog_api_key", pick_words(r, [["datadog", "api", "key"], ["dd", "api", "key"], ["datadog", "key"]]),
                "DD_API_KEY", "Datadog API key", "header", 0, [(["dd", "site"], r.choice(["datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"]))])


def k_generic(r):
    t = r.random()
    if t < 0.4:
        v = rs(r, ALNUM, r.choice([32, 40, 48, 64]))
    elif t < 0.7:
        v = base64.urlsafe_b64encode(bytes(r.getrandbits(8) for _ in range(r.choice([32, 48])))).decode().rstrip("=")
    else:
        v = rs(r, HEX, r.choice([32, 48, 64]))
    ws = pick_words(r, [["jwt", "secret"], ["api", "secret"], ["signing", "key"], ["hmac", "secret"], ["session", "secret"],
                        ["client", "secret"], ["app", "secret"], ["secret", "key"], ["webhook", "secret"], ["clave", "secreta"],
                        ["geheimer", "schluessel"], ["cle", "secrete"], ["chave", "secreta"], ["api", "key"], ["access", "token"]])
    return Slot(v, "generic", "generic_secret", ws, "_".join(ws).upper(), "application secret", "hmac", 0)


def k_password(r):
    v = gen_password(r, 18)
    ws = pick_words(r, [["db", "password"], ["database", "password"], ["db", "pass"], ["pg", "password"], ["mysql", "pwd"],
                        ["smtp", "password"], ["admin", "password"], ["redis", "password"], ["passwort"], ["contrasena"],
                        ["senha", "banco"], ["mot", "de", "passe"], ["wachtwoord"], ["haslo", "db"], ["ldap", "bind", "password"],
                        ["service", "password"], ["mima"], ["pwd"]])
    return Slot(v, "generic", "password", ws, "DB_PASSWORD", "password", "db", 0,
                [(["db", "host"], r.choice(HOSTS)), (["db", "user"], r.choice(USERS))])


def k_pem(r):
    label, lines = pem_private(r)
    s = Slot(pem_text(label, lines), "generic", "private_key",
             pick_words(r, [["private", "key"], ["signing", "key"], ["rsa", "private", "key"], ["priv", "key"], ["jwt", "private", "key"], ["service", "account", "key"]]),
             "PRIVATE_KEY", label.lower(), "pem", 0, pem=True)
    s.pem_label = label
    s.pem_lines = lines
    return s


KINDS = [(k_github, 5), (k_github_fg, 2), (k_gitlab, 3), (k_slack, 4), (k_slack_hook, 3), (k_stripe, 5),
         (k_openai, 5), (k_anthropic, 3), (k_google, 4), (k_aws, 5), (k_twilio, 3), (k_twilio_sk, 1),
         (k_sendgrid, 3), (k_npm, 2), (k_pypi, 1), (k_mailgun, 2), (k_shopify, 2), (k_do, 2), (k_hf, 2),
         (k_telegram, 3), (k_discord, 2), (k_azure, 2), (k_mapbox, 1), (k_square, 1), (k_postman, 1),
         (k_linear, 1), (k_vault, 1), (k_fcm, 1), (k_datadog, 2), (k_generic, 7), (k_password, 9)]
STR_KINDS = [k for k, w in KINDS for _ in range(w)]


# ---------------------------------------------------------------- idiom helpers
def split_secret(r, s, core=0, maxparts=4):
    """Split s into literal pieces; return (parts, needle) where needle is a piece >= 16."""
    n = len(s)
    if n < 20:
        if n < 2:
            return [s], None
        k = r.randint(1, n - 1)
        return [s[:k], s[k:]], None
    if n - core >= 18 and core > 0 and r.random() < 0.5:
        a = core
        L = r.randint(16, max(16, min(n - a - 2, 48))) if n - a >= 18 else n - a
    else:
        L = r.randint(16, max(16, min(n - 3, (n * 2) // 3 if n > 30 else n - 3)))
        cands = [a for a in range(0, n - L + 1) if (a + L) - max(a, core) >= 12]
        if not cands:
            cands = [n - L]
        a = r.choice(cands)
    b = a + L
    seg = s[a:b]
    left, right = s[:a], s[b:]
    parts = []

    def chop(x, k):
        if not x:
            return []
        if len(x) >= 8 and k > 1 and r.random() < 0.5:
            c = r.randint(3, len(x) - 3)
            return [x[:c], x[c:]]
        return [x]
    budget = max(2, maxparts - 1)
    parts += chop(left, budget // 2)
    parts.append(seg)
    parts += chop(right, budget - budget // 2)
    if len(parts) == 1:
        parts = [seg[:len(seg) // 2], seg[len(seg) // 2:]]
        return parts, None
    assert "".join(parts) == s
    return parts, seg


def split2(r, s, core=0):
    """Exactly two pieces; returns (a, b, needle) with needle >= 16 when possible."""
    n = len(s)
    if n < 20:
        k = r.randint(1, max(1, n - 1)) if n > 1 else 0
        return s[:k], s[k:], None
    opts = []
    if n - core >= 16 and core > 0:
        opts.append(core)
    opts += [c for c in range(2, n - 1) if (n - c >= 16 and n - max(c, core) >= 12) or (c >= 16 and c - core >= 12)]
    c = r.choice(opts) if opts else n // 2
    a, b = s[:c], s[c:]
    nd = b if (len(b) >= 16 and len(b) - max(0, core - c) >= 12) else (a if len(a) >= 16 else None)
    if nd is None and len(b) >= 16:
        nd = b
    return a, b, nd


def pieces_for(r, S, maxparts=4):
    parts, needle = split_secret(r, S.value, S.core, maxparts)
    return parts, needle


def b64(s):
    return base64.b64encode(s.encode()).decode()


def hexs(s):
    return s.encode().hex()


def rot13(s):
    return codecs.encode(s, "rot_13")


def xor_bytes(s, key):
    kb = key.encode() if isinstance(key, str) else key
    return bytes(c ^ kb[i % len(kb)] for i, c in enumerate(s.encode()))


def codes(s, fmt="dec", sep=", "):
    if fmt == "hex":
        return sep.join("0x%02x" % ord(c) for c in s)
    if fmt == "HEX":
        return sep.join("0x%02X" % ord(c) for c in s)
    return sep.join(str(ord(c)) for c in s)


def xesc(s):
    return "".join("\\x%02x" % ord(c) for c in s)


def uesc(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def comp_decl(lang, S, r):
    out = []
    for ws, v in S.comp:
        if lang == "py":
            out.append('%s = "%s"' % (words_to(ws, "upper"), v))
        elif lang in ("js", "ts"):
            out.append('const %s = "%s";' % (words_to(ws, "camel"), v))
        elif lang == "java":
            out.append('    private static final String %s = "%s";' % (words_to(ws, "upper"), v))
        elif lang == "kt":
            out.append('    private const val %s = "%s"' % (words_to(ws, "upper"), v))
        elif lang == "swift":
            out.append('    static let %s = "%s"' % (words_to(ws, "camel"), v))
        elif lang == "dart":
            out.append("  static const %s = '%s';" % (words_to(ws, "camel"), v))
        elif lang == "cs":
            out.append('        private const string %s = "%s";' % (words_to(ws, "pascal"), v))
        elif lang == "go":
            out.append('\t%s = "%s"' % (words_to(ws, "camel"), v))
        elif lang == "c":
            out.append('#define %s "%s"' % (words_to(ws, "upper"), v))
        elif lang == "rb":
            out.append('  %s = "%s"' % (words_to(ws, "upper"), v))
        elif lang == "php":
            out.append("define('%s', '%s');" % (words_to(ws, "upper"), v))
        elif lang == "rs":
            out.append('const %s: &str = "%s";' % (words_to(ws, "upper"), v))
        elif lang == "sh":
            out.append('%s="%s"' % (words_to(ws, "upper"), v))
        elif lang == "ps1":
            out.append('$%s = "%s"' % (words_to(ws, "pascal"), v))
    return out


def use_lines(lang, S, var):
    c = S.cat
    if lang == "py":
        if c == "db":
            return ['conn = psycopg2.connect(host=DB_HOST, user=DB_USER, password=%s, dbname="app")' % var] if S.comp else ['conn = pymysql.connect(host="127.0.0.1", user="app", password=%s)' % var]
        if c == "aws":
            return ['s3 = boto3.client("s3", aws_access_key_id=AWS_ACCESS_KEY_ID,', '                  aws_secret_access_key=%s, region_name=AWS_REGION)' % var]
        if c == "webhook":
            return ['requests.post(%s, json={"text": msg}, timeout=5)' % var]
        if c == "pem":
            return ['signer = serialization.load_pem_private_key(%s.encode(), password=None)' % var]
        if c == "basic":
            return ['auth = (%s, %s)' % (words_to(S.comp[0][0], "upper") if S.comp else '"api"', var)]
        if c == "hmac":
            return ['def sign(payload: bytes) -> str:', '    return hmac.new(%s.encode(), payload, hashlib.sha256).hexdigest()' % var]
        return ['session.headers["Authorization"] = "Bearer " + %s' % var]
    if lang in ("js", "ts"):
        if c == "db":
            return ['const pool = new Pool({ host: "%s", user: "%s", password: %s });' % (S.comp[0][1] if S.comp else "localhost", S.comp[1][1] if S.comp else "app", var)]
        if c == "aws":
            return ['const s3 = new S3Client({ region: awsRegion, credentials: { accessKeyId: awsAccessKeyId, secretAccessKey: %s } });' % var]
        if c == "webhook":
            return ['await fetch(%s, { method: "POST", body: JSON.stringify({ text }) });' % var]
        if c == "pem":
            return ['const token = jwt.sign(payload, %s, { algorithm: "RS256" });' % var]
        if c == "hmac":
            return ['const sig = crypto.createHmac("sha256", %s).update(body).digest("hex");' % var]
        return ['const headers = { Authorization: `Bearer ${%s}` };' % var]
    if lang == "java":
        if c == "db":
            return ['        return DriverManager.getConnection("jdbc:postgresql://%s:5432/app", "%s", %s);' % (S.comp[0][1] if S.comp else "localhost", S.comp[1][1] if S.comp else "app", var)]
        if c == "aws":
            return ['        return AwsBasicCredentials.create(AWS_ACCESS_KEY_ID, %s);' % var]
        return ['        return "Bearer " + %s;' % var]
    if lang == "go":
        if c == "db":
            return ['\tdsn := fmt.Sprintf("postgres://%s:%%s@%s/app", %s)' % (S.comp[1][1] if S.comp else "app", S.comp[0][1] if S.comp else "localhost", var)]
        return ['\treq.Header.Set("Authorization", "Bearer "+%s)' % var]
    return []


# ---------------------------------------------------------------- templates
TEMPLATES = []


def tpl(name, accepts="str", enc=False, weight=1.0):
    def deco(f):
        TEMPLATES.append(dict(name=name, accepts=accepts, enc=enc, weight=weight, f=f))
        return f
    return deco


def pick(r, xs):
    return r.choice(xs)


def cmt(r, S, lang="#"):
    notes = ["don't commit the plain key, scanners flag it", "split so it is not greppable",
             "obfuscated - TODO move to secret manager", "temporary until we have Vault",
             "do not log this", "FIXME: hardcoded for the demo", "keep the key out of plain text",
             "ofuscado para que no aparezca en el repo", "nicht im Klartext ablegen",
             "légère obfuscation, à remplacer par le coffre", "TODO(ops): rotate after release",
             "%s, assembled at runtime" % S.desc]
    return lang + " " + r.choice(notes)


# ================================================================ Python
PY_PATHS = ["config/settings.py", "app/config.py", "src/{p}_client.py", "scripts/sync_{p}.py", "utils/secrets.py",
            "bot/main.py", "services/{p}/client.py", "tools/deploy_helper.py", "backend/integrations/{p}.py", "main.py",
            "src/app/constants.py", "jobs/nightly_export.py"]


def ppath(r, S, paths):
    return r.choice(paths).replace("{p}", S.pn)


PY_IMPORTS = ["import os", "import json", "import logging", "import requests", "import hmac\nimport hashlib", "import boto3", "import psycopg2"]


def py_head(r, S, extra=()):
    lines = []
    if r.random() < 0.4:
        lines.append('"""%s."""' % r.choice(["Configuration for the %s integration" % S.pn, "Runtime settings",
                                             "Helper to talk to the %s API" % S.pn, "Konfiguration", "Shared constants"]))
    imps = set(extra)
    imps.update(r.sample(PY_IMPORTS, 2))
    if S.cat == "db":
        imps.add("import psycopg2")
    if S.cat == "aws":
        imps.add("import boto3")
    if S.cat == "hmac":
        imps.add("import hmac\nimport hashlib")
    if S.cat == "webhook" or S.cat not in ("db", "aws", "hmac", "pem"):
        imps.add("import requests")
    lines += sorted(imps)
    if S.cat == "pem":
        lines.append("from cryptography.hazmat.primitives import serialization")
    lines.append("")
    if S.cat not in ("db", "aws", "hmac", "pem", "webhook"):
        lines.append("session = requests.Session()")
    lines += comp_decl("py", S, r)
    return lines


def py_tail(r, S, var):
    lines = [""]
    if S.cat == "webhook":
        lines += ["", "def notify(msg):"] + ["    " + x for x in use_lines("py", S, var)]
    elif S.cat == "hmac":
        lines += use_lines("py", S, var)
    elif S.cat == "db":
        lines += ["", "def get_conn():"] + ["    " + x.replace("conn = ", "return ") for x in use_lines("py", S, var)]
    else:
        lines += use_lines("py", S, var)
    if r.random() < 0.5:
        lines += ["", "log = logging.getLogger(__name__)", 'log.info("%s configured")' % S.pn]
    return lines


@tpl("py_implicit_concat")
def t_py_implicit(r, S):
    parts, nd = pieces_for(r, S)
    var = r.choice([S.n("upper"), S.n("snake")])
    body = ['%s = (' % var] + ['    "%s"' % p for p in parts] + [')']
    lines = py_head(r, S) + [cmt(r, S)] + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", nd


@tpl("py_plus_concat")
def t_py_plus(r, S):
    parts, nd = pieces_for(r, S)
    var = S.n("upper")
    if r.random() < 0.5:
        names = ["_%s_%d" % (S.words[0][:2], i) for i in range(len(parts))]
        body = ['%s = "%s"' % (nm, p) for nm, p in zip(names, parts)] + ["%s = %s" % (var, " + ".join(names))]
    else:
        body = ['%s = "%s" \\' % (var, parts[0])] + ['    + "%s" \\' % p for p in parts[1:-1]] + ['    + "%s"' % parts[-1]]
    lines = py_head(r, S) + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", nd


@tpl("py_join_list")
def t_py_join(r, S):
    parts, nd = pieces_for(r, S)
    var = r.choice([S.n("upper"), "_" + S.n("snake")])
    sep = r.choice(["", ""])
    if r.random() < 0.5:
        body = ['%s = "".join([%s])' % (var, ", ".join('"%s"' % p for p in parts))]
    else:
        body = ["_parts = ["] + ['    "%s",' % p for p in parts] + ["]", '%s = "%s".join(_parts)' % (var, sep)]
    lines = py_head(r, S) + [cmt(r, S)] + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", nd


@tpl("py_reversed", enc=True)
def t_py_rev(r, S):
    e = S.value[::-1]
    var = S.n("upper")
    if r.random() < 0.5:
        body = ['%s = "%s"[::-1]' % (var, e)]
    else:
        body = ['_%s = "%s"' % (S.n("snake"), e), '%s = "".join(reversed(_%s))' % (var, S.n("snake"))]
    lines = py_head(r, S) + [cmt(r, S)] + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_b64decode", accepts="any", enc=True)
def t_py_b64(r, S):
    e = b64(S.value)
    var = S.n("upper")
    fn = r.choice(["base64.b64decode(%s).decode()", "base64.b64decode(%s).decode(\"utf-8\")", "b64decode(%s).decode()"])
    imp = "from base64 import b64decode" if fn.startswith("b64") else "import base64"
    if r.random() < 0.5:
        body = ['%s = %s' % (var, fn % ('"%s"' % e))]
    else:
        body = ['_ENC = "%s"' % e, '%s = %s' % (var, fn % "_ENC")]
    lines = py_head(r, S, [imp]) + [cmt(r, S)] + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_env_default_b64", enc=True)
def t_py_env_b64(r, S):
    e = b64(S.value)
    var = S.n("upper")
    body = ['%s = base64.b64decode(os.environ.get("%s_B64", "%s")).decode()' % (var, S.env, e)]
    lines = py_head(r, S, ["import base64", "import os"]) + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_fromhex", enc=True)
def t_py_hex(r, S):
    e = hexs(S.value)
    var = S.n("upper")
    body = ['%s = bytes.fromhex("%s").decode()' % (var, e)] if r.random() < 0.6 else \
        ['%s = binascii.unhexlify("%s").decode("ascii")' % (var, e)]
    lines = py_head(r, S, ["import binascii"]) + [cmt(r, S)] + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_xescape", enc=True)
def t_py_xesc(r, S):
    e = xesc(S.value)
    var = S.n("upper")
    body = ['%s = b"%s".decode()' % (var, e)] if r.random() < 0.5 else ['%s = "%s"' % (var, e)]
    lines = py_head(r, S) + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_chr_list", enc=True)
def t_py_chr(r, S):
    fmt = r.choice(["dec", "dec", "hex"])
    e = codes(S.value, fmt)
    var = S.n("upper")
    if r.random() < 0.5:
        body = ['%s = "".join(chr(c) for c in [%s])' % (var, e)]
    else:
        body = ['_K = [%s]' % e, '%s = "".join(map(chr, _K))' % var]
    lines = py_head(r, S) + [cmt(r, S)] + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_rot13", enc=True)
def t_py_rot13(r, S):
    e = rot13(S.value)
    var = S.n("upper")
    body = ['%s = codecs.decode("%s", "rot_13")' % (var, e)]
    lines = py_head(r, S, ["import codecs"]) + [cmt(r, S)] + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_xor_hex", enc=True)
def t_py_xor(r, S):
    k = r.randint(1, 127)
    e = xor_bytes(S.value, bytes([k])).hex()
    var = S.n("upper")
    body = ["_XK = 0x%02x" % k, '_BLOB = "%s"' % e, "",
            "def _unmask(blob):", "    return bytes(b ^ _XK for b in bytes.fromhex(blob)).decode()", "",
            "%s = _unmask(_BLOB)" % var]
    lines = py_head(r, S) + [cmt(r, S)] + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_xor_key_b64", enc=True)
def t_py_xor_b64(r, S):
    key = r.choice(["s3cr3t", "acme", "k3y", "obf", "Xy9!", "pepper"])
    e = base64.b64encode(xor_bytes(S.value, key)).decode()
    var = S.n("snake")
    body = ['_KEY = b"%s"' % key, "", "def _x(data: bytes) -> str:",
            "    return bytes(c ^ _KEY[i % len(_KEY)] for i, c in enumerate(data)).decode()", "",
            '%s = _x(base64.b64decode("%s"))' % (var, e)]
    lines = py_head(r, S, ["import base64"]) + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", e


@tpl("py_fstring")
def t_py_fstr(r, S):
    parts, nd = pieces_for(r, S, 3)
    var = S.n("upper")
    names = [r.choice(["_p", "_a", "_part", "_seg"]) + str(i) for i in range(len(parts))]
    body = ['%s = "%s"' % (nm, p) for nm, p in zip(names, parts)]
    if r.random() < 0.5:
        body.append('%s = f"%s"' % (var, "".join("{%s}" % nm for nm in names)))
    else:
        body.append('%s = "%s".format(%s)' % (var, "{}" * len(names), ", ".join(names)))
    lines = py_head(r, S) + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", nd


@tpl("py_env_default_split")
def t_py_env_split(r, S):
    a, b, nd = split2(r, S.value, S.core)
    var = S.n("upper")
    body = ["%s = (" % var, '    os.getenv("%s_1", "%s")' % (S.env, a), '    + os.getenv("%s_2", "%s")' % (S.env, b), ")"]
    lines = py_head(r, S, ["import os"]) + body + py_tail(r, S, var)
    return ppath(r, S, PY_PATHS), "\n".join(lines) + "\n", nd


@tpl("py_django_settings_b64", enc=True)
def t_py_django(r, S):
    e = b64(S.value)
    host = S.comp[0][1] if S.cat == "db" and S.comp else "db"
    user = S.comp[1][1] if S.cat == "db" and S.comp else "app"
    if S.cat == "db":
        setting = '"PASSWORD": base64.b64decode("%s").decode(),' % e
        txt = T('''import base64
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = os.environ.get("DJANGO_DEBUG", "0") == "1"
ALLOWED_HOSTS = ["«h»", "localhost"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "«db»",
        "USER": "«u»",
        «set»
        "HOST": "«host»",
        "PORT": "5432",
    }
}

TIME_ZONE = "«tz»"
USE_TZ = True
''', h=r.choice(["api.acme.io", "portal.kolibri.app", "intranet.local"]), db=r.choice(["orders", "crm", "app"]), u=user,
                set=setting, host=host, tz=r.choice(["Europe/Berlin", "UTC", "America/Sao_Paulo", "Europe/Madrid"]))
    else:
        txt = T('''import base64
import os

DEBUG = False
INSTALLED_APPS += ["anymail"]

# «c»
«V» = base64.b64decode("«e»").decode()
«EXTRA»
LOGGING = {"version": 1, "disable_existing_loggers": False}
''', c=S.desc, V=S.n("upper"), e=e, EXTRA="\n".join(comp_decl("py", S, r)))
    return r.choice(["myproject/settings/production.py", "config/settings/prod.py", "app/settings.py"]), txt, e


# ================================================================ JavaScript / TypeScript
JS_PATHS = ["src/config.js", "src/api/{p}.js", "lib/{p}Client.js", "server/index.js", "scripts/deploy.js",
            "src/services/{p}.js", "app.js", "bot.js", "functions/index.js", "src/utils/keys.js"]
TS_PATHS = ["src/config.ts", "src/lib/{p}.ts", "src/services/{p}.service.ts", "src/environments/environment.prod.ts",
            "apps/api/src/config.ts", "src/integrations/{p}/client.ts"]


def js_head(r, S, ts=False):
    lines = []
    if r.random() < 0.5:
        lines.append("'use strict';" if not ts else "// eslint-disable-next-line @typescript-eslint/no-unused-vars")
    if S.cat == "aws":
        lines.append('const { S3Client } = require("@aws-sdk/client-s3");' if not ts else 'import { S3Client } from "@aws-sdk/client-s3";')
    elif S.cat == "db":
        lines.append('const { Pool } = require("pg");' if not ts else 'import { Pool } from "pg";')
    elif S.cat == "pem":
        lines.append('const jwt = require("jsonwebtoken");' if not ts else 'import jwt from "jsonwebtoken";')
    elif S.cat == "hmac":
        lines.append('const crypto = require("crypto");' if not ts else 'import crypto from "crypto";')
    lines += comp_decl("ts" if ts else "js", S, r)
    lines.append("")
    return lines


def js_tail(r, S, var, ts=False):
    out = [""]
    ul = use_lines("js", S, var)
    if S.cat in ("webhook",):
        out += ["async function notify(text) {"] + ["  " + x for x in ul] + ["}"]
    elif S.cat == "hmac":
        out += ["function sign(body) {"] + ["  " + x for x in ul] + ["  return sig;", "}"]
    elif S.cat == "pem":
        out += ["function issue(payload) {"] + ["  " + x for x in ul] + ["  return token;", "}"]
    else:
        out += ul
    if ts:
        out.append("export { %s };" % var)
    else:
        out.append("module.exports = { %s };" % var)
    return out


def jsvar(r, S):
    return r.choice([S.n("camel"), S.n("upper"), "_" + S.n("camel")])


@tpl("js_plus_concat")
def t_js_concat(r, S):
    parts, nd = pieces_for(r, S)
    v = jsvar(r, S)
    q = r.choice(['"', "'"])
    body = ["const %s = %s%s%s +" % (v, q, parts[0], q)] + ["  %s%s%s +" % (q, p, q) for p in parts[1:-1]] + ["  %s%s%s;" % (q, parts[-1], q)]
    lines = js_head(r, S) + [cmt(r, S, "//")] + body + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", nd


@tpl("js_array_join")
def t_js_join(r, S):
    parts, nd = pieces_for(r, S)
    v = jsvar(r, S)
    if r.random() < 0.5:
        body = ["const %s = [%s].join('');" % (v, ", ".join("'%s'" % p for p in parts))]
    else:
        body = ["const _k = ["] + ['  "%s",' % p for p in parts] + ["];", 'const %s = _k.join("");' % v]
    lines = js_head(r, S) + body + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", nd


@tpl("js_reverse", enc=True)
def t_js_rev(r, S):
    e = S.value[::-1]
    v = jsvar(r, S)
    body = ["const %s = '%s'.split('').reverse().join('');" % (v, e)] if r.random() < 0.6 else \
        ['const %s = [...%s].reverse().join("");' % (v, '"%s"' % e)]
    lines = js_head(r, S) + [cmt(r, S, "//")] + body + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", e


@tpl("js_atob", accepts="any", enc=True)
def t_js_atob(r, S):
    e = b64(S.value)
    v = jsvar(r, S)
    body = ['const %s = atob("%s");' % (v, e)] if r.random() < 0.5 else ["const _enc = '%s';" % e, "export const %s = window.atob(_enc);" % v]
    lines = js_head(r, S, True) + [cmt(r, S, "//")] + body
    if "export const" not in body[-1]:
        lines += js_tail(r, S, v, True)
    return ppath(r, S, TS_PATHS + ["src/main.js", "public/js/app.js"]), "\n".join(lines) + "\n", e


@tpl("node_buffer_b64", accepts="any", enc=True)
def t_node_buf(r, S):
    e = b64(S.value)
    v = jsvar(r, S)
    body = ['const %s = Buffer.from("%s", "base64").toString("utf8");' % (v, e)]
    if r.random() < 0.4:
        body = ['const %s = process.env.%s || Buffer.from("%s", "base64").toString();' % (v, S.env, e)]
    lines = js_head(r, S) + body + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", e


@tpl("node_buffer_hex", enc=True)
def t_node_hex(r, S):
    e = hexs(S.value)
    v = jsvar(r, S)
    body = ["const %s = Buffer.from('%s', 'hex').toString();" % (v, e)]
    lines = js_head(r, S) + [cmt(r, S, "//")] + body + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", e


@tpl("js_fromcharcode", enc=True)
def t_js_fcc(r, S):
    e = codes(S.value, r.choice(["dec", "dec", "hex"]))
    v = jsvar(r, S)
    body = ["const %s = String.fromCharCode(%s);" % (v, e)] if r.random() < 0.6 else \
        ["const _c = [%s];" % e, "const %s = String.fromCharCode(..._c);" % v]
    lines = js_head(r, S) + [cmt(r, S, "//")] + body + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", e


@tpl("js_unicode_escape", enc=True)
def t_js_uesc(r, S):
    e = uesc(S.value)
    v = jsvar(r, S)
    lines = js_head(r, S) + ['const %s = "%s";' % (v, e)] + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", e


@tpl("js_hex_escape", enc=True)
def t_js_xesc(r, S):
    e = xesc(S.value)
    v = jsvar(r, S)
    lines = js_head(r, S, True) + [cmt(r, S, "//")] + ["export const %s: string = '%s';" % (v, e)]
    return ppath(r, S, TS_PATHS), "\n".join(lines) + "\n", e


@tpl("ts_template_literal")
def t_ts_tl(r, S):
    parts, nd = pieces_for(r, S, 3)
    names = [r.choice(["head", "mid", "tail", "p", "seg"]) + str(i) for i in range(len(parts))]
    v = S.n("camel")
    body = ["const %s = '%s';" % (nm, p) for nm, p in zip(names, parts)]
    body.append("export const %s = `%s`;" % (v, "".join("${%s}" % nm for nm in names)))
    lines = js_head(r, S, True) + body
    return ppath(r, S, TS_PATHS), "\n".join(lines) + "\n", nd


@tpl("ts_environment_parts")
def t_ts_env(r, S):
    parts, nd = pieces_for(r, S)
    txt = T('''// This file can be replaced during build by using the `fileReplacements` array.
const «v»Parts = [«parts»];

export const environment = {
  production: true,
  apiUrl: '«url»',
  «v»: «v»Parts.join(''),
  sentryEnv: 'prod',
};
''', v=S.n("camel"), parts=", ".join("'%s'" % p for p in parts), url=r.choice(["https://api.acme.io/v2", "https://backend.kolibri.app", "/api"]))
    return "src/environments/environment.prod.ts", txt, nd


@tpl("js_env_fallback_split")
def t_js_envfb(r, S):
    parts, nd = pieces_for(r, S, 3)
    v = jsvar(r, S)
    body = ["const %s =" % v, "  process.env.%s ||" % S.env, "  [" + ", ".join('"%s"' % p for p in parts) + '].join("");']
    lines = js_head(r, S) + body + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", nd


@tpl("js_rot13", enc=True)
def t_js_rot13(r, S):
    e = rot13(S.value)
    v = jsvar(r, S)
    body = ["const rot13 = (s) =>", "  s.replace(/[a-z]/gi, (c) =>",
            "    String.fromCharCode((c <= 'Z' ? 90 : 122) >= (c = c.charCodeAt(0) + 13) ? c : c - 26));", "",
            "const %s = rot13('%s');" % (v, e)]
    lines = js_head(r, S) + body + js_tail(r, S, v)
    return ppath(r, S, JS_PATHS), "\n".join(lines) + "\n", e


@tpl("js_obfuscated_bundle")
def t_js_bundle(r, S):
    parts, nd = pieces_for(r, S, 3)
    fn = "_0x" + rs(r, "0123456789abcdef", 4)
    arr = [p for p in parts]
    fillers = ["log", "Authorization", "application/json", "POST", "then", "catch", "headers", "Bearer\x20", "error", "length", "push", "shift", "https://api." + S.pn + ".com/v1/"]
    items = ["then", fillers[-1]] + r.sample(fillers[:-1], 5) + arr
    items = list(dict.fromkeys(items))
    r.shuffle(items)
    idx = {p: items.index(p) for p in arr}
    enc_items = ",".join("'%s'" % x.replace("\x20", "\\x20") for x in items)
    join = "+".join("%s(0x%x)" % (fn, idx[p]) for p in arr)
    txt = ("/*! For license information please see main.%s.js.LICENSE.txt */\n" % rs(r, HEX, 8) +
           "(function(){var %s=[%s];function %s(i){return %s[i];}" % (fn + "a", enc_items, fn, fn + "a") +
           "var _0xk=%s;window['__cfg']={'k':_0xk,'v':'%d.%d.%d'};" % (join, r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)) +
           "fetch(%s(0x%x)+'me',{'headers':{'Authorization':'Bearer\\x20'+_0xk}})[%s(0x%x)](function(r){return r.json();});})();\n"
           % (fn, items.index(fillers[-1]) if fillers[-1] in items else 0, fn, items.index("then") if "then" in items else 0))
    return r.choice(["dist/main.%s.js" % rs(r, HEX, 8), "public/static/js/main.%s.chunk.js" % rs(r, HEX, 8), "build/bundle.min.js", "www/js/app.min.js"]), txt, nd


# ================================================================ JVM: Java / Kotlin
JAVA_PKG = ["com.acme.billing", "io.kolibri.core", "de.nordwind.app", "com.example.shop", "br.com.lojasol.api", "es.tienda.pagos"]


def java_file(r, S, cls, fields, methods, imports=()):
    pkg = r.choice(JAVA_PKG)
    path = "src/main/java/%s/%s.java" % (pkg.replace(".", "/"), cls)
    imp = sorted(set(imports))
    txt = "package %s;\n\n" % pkg + "".join("import %s;\n" % i for i in imp) + ("\n" if imp else "")
    txt += "public final class %s {\n\n" % cls + "\n".join(comp_decl("java", S, r) + fields) + "\n\n"
    txt += "    private %s() {\n    }\n\n" % cls + "\n".join(methods) + "\n}\n"
    return path, txt


def java_cls(r, S):
    return r.choice(["%sConfig" % S.n("pascal").replace("_", ""), "Secrets", "ApiKeys", "Constants", "%sClient" % S.pn.capitalize(), "Credentials"])


def java_getter(S, var):
    m = ["    public static String %s() {" % ("get" + S.n("pascal"))]
    m += use_lines("java", S, var) if S.cat in ("db",) else ["        return %s;" % var]
    m += ["    }"]
    if S.cat == "db":
        m[0] = "    public static Connection open() throws SQLException {"
    return m


@tpl("java_concat")
def t_java_concat(r, S):
    parts, nd = pieces_for(r, S)
    var = S.n("upper")
    f = ["    // " + cmt(r, S, "")[1:].strip(), '    private static final String %s = "%s"' % (var, parts[0])]
    f += ['            + "%s"' % p for p in parts[1:]]
    f[-1] += ";"
    imps = ["java.sql.Connection", "java.sql.DriverManager", "java.sql.SQLException"] if S.cat == "db" else []
    p, t = java_file(r, S, java_cls(r, S), f, java_getter(S, var), imps)
    return p, t, nd


@tpl("java_stringbuilder")
def t_java_sb(r, S):
    parts, nd = pieces_for(r, S)
    m = ["    static String %s() {" % S.n("camel"), "        StringBuilder sb = new StringBuilder();"]
    m += ['        sb.append("%s");' % p for p in parts]
    m += ["        return sb.toString();", "    }"]
    p, t = java_file(r, S, java_cls(r, S), [], m)
    return p, t, nd


@tpl("java_base64", accepts="any", enc=True)
def t_java_b64(r, S):
    e = b64(S.value)
    var = S.n("upper")
    f = ['    private static final String %s =' % var,
         '            new String(Base64.getDecoder().decode("%s"), StandardCharsets.UTF_8);' % e]
    imps = ["java.util.Base64", "java.nio.charset.StandardCharsets"]
    p, t = java_file(r, S, java_cls(r, S), f, ["    public static String %s() {" % ("get" + S.n("pascal")), "        return %s;" % var, "    }"], imps)
    return p, t, e


@tpl("java_byte_array", enc=True)
def t_java_bytes(r, S):
    e = codes(S.value, r.choice(["dec", "hex"]))
    f = ["    private static final byte[] K = {%s};" % e]
    m = ["    public static String %s() {" % ("get" + S.n("pascal")), "        return new String(K, StandardCharsets.US_ASCII);", "    }"]
    p, t = java_file(r, S, java_cls(r, S), f, m, ["java.nio.charset.StandardCharsets"])
    return p, t, e


@tpl("java_xor", enc=True)
def t_java_xor(r, S):
    k = r.randint(16, 120)
    e = codes("".join(chr(ord(c) ^ k) for c in S.value), "dec")
    f = ["    private static final int[] DATA = {%s};" % e, "    private static final int MASK = %d;" % k]
    m = ["    public static String %s() {" % S.n("camel"), "        char[] out = new char[DATA.length];",
         "        for (int i = 0; i < DATA.length; i++) {", "            out[i] = (char) (DATA[i] ^ MASK);", "        }",
         "        return new String(out);", "    }"]
    p, t = java_file(r, S, java_cls(r, S), f, m)
    return p, t, e


KT_PKG = ["com.acme.android", "io.kolibri.app", "de.nordwind.mobile", "com.tienda.app"]


@tpl("kt_interpolation")
def t_kt_interp(r, S):
    parts, nd = pieces_for(r, S, 3)
    names = ["p%d" % i for i in range(len(parts))]
    decl = ['    private const val %s = "%s"' % (n, p) for n, p in zip(names, parts)]
    expr = "".join("${%s}" % n for n in names) if r.random() < 0.5 else "$" + names[0] + "".join("${%s}" % n for n in names[1:])
    pkg = r.choice(KT_PKG)
    txt = "package %s\n\nobject %s {\n" % (pkg, r.choice(["ApiKeys", "Secrets", "BuildKeys", "Config"]))
    txt += "\n".join(comp_decl("kt", S, r) + decl) + "\n\n"
    txt += '    val %s: String\n        get() = "%s"\n}\n' % (S.n("camel"), expr)
    return "app/src/main/java/%s/%s.kt" % (pkg.replace(".", "/"), r.choice(["ApiKeys", "Secrets", "Config"])), txt, nd


@tpl("kt_base64_android", accepts="any", enc=True)
def t_kt_b64(r, S):
    e = b64(S.value)
    pkg = r.choice(KT_PKG)
    txt = T('''package «pkg»

import android.util.Base64

internal object «O» {
«comp»
    // «c»
    private const val ENC = "«e»"

    val «v»: String by lazy {
        String(Base64.decode(ENC, Base64.DEFAULT), Charsets.UTF_8)
    }
}
''', pkg=pkg, O=r.choice(["KeyStore", "Obf", "SecretHolder"]), comp="\n".join(comp_decl("kt", S, r)), c=S.desc, e=e, v=S.n("camel"))
    return "app/src/main/java/%s/%s.kt" % (pkg.replace(".", "/"), r.choice(["KeyStore", "Obf", "SecretHolder"])), txt, e


@tpl("kt_join_reversed")
def t_kt_join(r, S):
    parts, nd = pieces_for(r, S)
    pkg = r.choice(KT_PKG)
    txt = "package %s\n\nclass %sProvider {\n" % (pkg, S.pn.capitalize())
    txt += "    private val chunks = listOf(%s)\n\n" % ", ".join('"%s"' % p for p in parts)
    txt += '    fun %s(): String = chunks.joinToString(separator = "")\n}\n' % S.n("camel")
    return "src/main/kotlin/%s/%sProvider.kt" % (pkg.replace(".", "/"), S.pn.capitalize()), txt, nd


@tpl("kt_reversed", enc=True)
def t_kt_rev(r, S):
    e = S.value[::-1]
    pkg = r.choice(KT_PKG)
    txt = 'package %s\n\nobject Keys {\n    // %s\n    val %s = "%s".reversed()\n}\n' % (pkg, S.desc, S.n("camel"), e)
    return "shared/src/commonMain/kotlin/%s/Keys.kt" % pkg.replace(".", "/"), txt, e


# ================================================================ Swift / ObjC
@tpl("swift_interpolation")
def t_swift_interp(r, S):
    parts, nd = pieces_for(r, S, 3)
    names = ["part%d" % i for i in range(len(parts))]
    txt = "import Foundation\n\nenum %s {\n" % r.choice(["Secrets", "APIKeys", "Env", "Config"])
    txt += "\n".join(comp_decl("swift", S, r)) + "\n"
    txt += "\n".join('    private static let %s = "%s"' % (n, p) for n, p in zip(names, parts)) + "\n"
    txt += '    static let %s = "%s"\n}\n' % (S.n("camel"), "".join("\\(%s)" % n for n in names))
    return r.choice(["App/Config/Secrets.swift", "Sources/App/APIKeys.swift", "%s/Support/Env.swift" % r.choice(["Shopwave", "Kolibri", "Runner"])]), txt, nd


@tpl("swift_base64", accepts="any", enc=True)
def t_swift_b64(r, S):
    e = b64(S.value)
    txt = T('''import Foundation

struct «S» {
«comp»
    // «c»
    static var «v»: String {
        let data = Data(base64Encoded: "«e»")!
        return String(data: data, encoding: .utf8)!
    }
}
''', S=r.choice(["Keys", "Credentials", "ServiceConfig"]), comp="\n".join(comp_decl("swift", S, r)), c=S.desc, v=S.n("camel"), e=e)
    return r.choice(["App/Sources/Keys.swift", "ios/Runner/Credentials.swift", "Sources/Core/ServiceConfig.swift"]), txt, e


@tpl("swift_bytes", enc=True)
def t_swift_bytes(r, S):
    e = codes(S.value, "hex")
    txt = T('''import Foundation

enum Obfuscated {
    // «c»
    private static let raw: [UInt8] = [«e»]

    static var «v»: String { String(bytes: raw, encoding: .utf8) ?? "" }
}
''', c=cmt(r, S, "")[1:].strip(), e=e, v=S.n("camel"))
    return r.choice(["App/Obfuscated.swift", "Sources/Networking/Obfuscated.swift"]), txt, e


@tpl("swift_joined")
def t_swift_join(r, S):
    parts, nd = pieces_for(r, S)
    txt = "import Foundation\n\nfinal class %sService {\n" % S.pn.capitalize()
    txt += "    private let %s = [%s].joined()\n\n" % (S.n("camel"), ", ".join('"%s"' % p for p in parts))
    txt += '    func authorize(_ request: inout URLRequest) {\n        request.setValue("Bearer \\(%s)", forHTTPHeaderField: "Authorization")\n    }\n}\n' % S.n("camel")
    return "Sources/Services/%sService.swift" % S.pn.capitalize(), txt, nd


@tpl("objc_define_concat")
def t_objc(r, S):
    parts, nd = pieces_for(r, S, 3)
    txt = "#import <Foundation/Foundation.h>\n\n"
    txt += "static NSString * const k%s = @\"%s\"\n" % (S.n("pascal"), parts[0])
    txt += "".join("    @\"%s\"\n" % p for p in parts[1:-1]) + "    @\"%s\";\n" % parts[-1]
    txt += "\n@implementation %sClient\n\n- (NSString *)token {\n    return k%s;\n}\n\n@end\n" % (S.pn.capitalize(), S.n("pascal"))
    return "ios/%s/%sClient.m" % (r.choice(["Classes", "App", "Shared"]), S.pn.capitalize()), txt, nd


# ================================================================ Dart
@tpl("dart_interpolation")
def t_dart_interp(r, S):
    parts, nd = pieces_for(r, S, 3)
    names = ["_k%d" % i for i in range(len(parts))]
    txt = "class %s {\n" % r.choice(["Env", "ApiKeys", "AppSecrets"])
    txt += "\n".join(comp_decl("dart", S, r)) + "\n"
    txt += "\n".join("  static const %s = '%s';" % (n, p) for n, p in zip(names, parts)) + "\n"
    txt += "  static const %s = '%s';\n}\n" % (S.n("camel"), "".join("${%s}" % n if i else "$" + n for i, n in enumerate(names)).replace("$" + names[0] + "${", "${" + names[0] + "}${", 1) if False else "".join("${%s}" % n for n in names))
    return r.choice(["lib/env.dart", "lib/config/api_keys.dart", "lib/src/secrets.dart"]), txt, nd


@tpl("dart_base64", accepts="any", enc=True)
def t_dart_b64(r, S):
    e = b64(S.value)
    txt = T('''import 'dart:convert';

// «c»
final String «v» = utf8.decode(base64.decode('«e»'));

Map<String, String> authHeaders() => {'Authorization': 'Bearer $«v»'};
''', c=S.desc, v=S.n("camel"), e=e)
    return r.choice(["lib/core/keys.dart", "lib/services/auth_service.dart", "lib/constants.dart"]), txt, e


@tpl("dart_charcodes", enc=True)
def t_dart_cc(r, S):
    e = codes(S.value)
    txt = "// %s\nfinal %s = String.fromCharCodes(const [%s]);\n" % (cmt(r, S, "")[1:].strip(), S.n("camel"), e)
    return r.choice(["lib/obf.dart", "lib/src/keys.g.dart", "lib/config/keys.dart"]), txt, e


# ================================================================ C#
CS_NS = ["Acme.Billing", "Kolibri.Api", "Nordwind.Services", "Contoso.Web", "LojaSol.Integracao"]


def cs_wrap(r, S, members, usings=("System",)):
    ns = r.choice(CS_NS)
    cls = r.choice(["AppSecrets", "ApiSettings", "%sOptions" % S.pn.capitalize(), "Constants"])
    txt = "".join("using %s;\n" % u for u in usings) + "\nnamespace %s\n{\n    internal static class %s\n    {\n" % (ns, cls)
    txt += "\n".join(comp_decl("cs", S, r) + members) + "\n    }\n}\n"
    return "src/%s/%s.cs" % (ns, cls), txt


@tpl("cs_base64", accepts="any", enc=True)
def t_cs_b64(r, S):
    e = b64(S.value)
    m = ["        // " + S.desc, "        public static readonly string %s =" % S.n("pascal"),
         '            Encoding.UTF8.GetString(Convert.FromBase64String("%s"));' % e]
    p, t = cs_wrap(r, S, m, ("System", "System.Text"))
    return p, t, e


@tpl("cs_concat")
def t_cs_concat(r, S):
    parts, nd = pieces_for(r, S)
    m = ['        public const string %s = "%s"' % (S.n("pascal"), parts[0])] + ['            + "%s"' % p for p in parts[1:]]
    m[-1] += ";"
    p, t = cs_wrap(r, S, m)
    return p, t, nd


@tpl("cs_bytes", enc=True)
def t_cs_bytes(r, S):
    e = codes(S.value, "HEX")
    m = ["        private static readonly byte[] _k = new byte[] { %s };" % e, "",
         "        public static string %s => Encoding.ASCII.GetString(_k);" % S.n("pascal")]
    p, t = cs_wrap(r, S, m, ("System", "System.Text"))
    return p, t, e


@tpl("cs_interpolated")
def t_cs_interp(r, S):
    parts, nd = pieces_for(r, S, 3)
    names = ["_p%d" % i for i in range(len(parts))]
    m = ['        private const string %s = "%s";' % (n, p) for n, p in zip(names, parts)]
    m.append('        public static string %s => $"%s";' % (S.n("pascal"), "".join("{%s}" % n for n in names)))
    p, t = cs_wrap(r, S, m)
    return p, t, nd


# ================================================================ Go
def go_file(r, S, consts, body_funcs, imports):
    pkg = r.choice(["config", "client", "internal", "main", "notify"])
    txt = "package %s\n\n" % pkg
    if imports:
        txt += "import (\n" + "".join('\t"%s"\n' % i for i in sorted(imports)) + ")\n\n"
    decl = comp_decl("go", S, r) + consts
    if decl:
        txt += "const (\n" + "\n".join(decl) + "\n)\n\n"
    txt += "\n".join(body_funcs) + "\n"
    path = r.choice(["internal/config/%s.go" % S.pn, "pkg/%s/client.go" % S.pn, "cmd/server/secrets.go", "config/keys.go"])
    return path, txt


@tpl("go_const_concat")
def t_go_concat(r, S):
    parts, nd = pieces_for(r, S)
    consts = ["\t// " + cmt(r, S, "")[1:].strip(), '\t%s = "%s" +' % (S.n("camel"), parts[0])] + ['\t\t"%s" +' % p for p in parts[1:-1]] + ['\t\t"%s"' % parts[-1]]
    if S.cat == "db":
        funcs = ["func DSN() string {"] + use_lines("go", S, S.n("camel")) + ["\treturn dsn", "}"]
        imps = ["fmt"]
    else:
        funcs = ["func authHeader(req *http.Request) {", '\treq.Header.Set("Authorization", "Bearer "+%s)' % S.n("camel"), "}"]
        imps = ["net/http"]
    p, t = go_file(r, S, consts, funcs, imps)
    return p, t, nd


@tpl("go_base64", accepts="any", enc=True)
def t_go_b64(r, S):
    e = b64(S.value)
    funcs = ["func %s() string {" % S.n("camel"), '\tb, err := base64.StdEncoding.DecodeString("%s")' % e,
             "\tif err != nil {", '\t\tpanic(err)', "\t}", "\treturn string(b)", "}"]
    p, t = go_file(r, S, [], funcs, ["encoding/base64"])
    return p, t, e


@tpl("go_hex", enc=True)
def t_go_hex(r, S):
    e = hexs(S.value)
    funcs = ["var %s = mustHex(\"%s\")" % (S.n("camel"), e), "", "func mustHex(s string) string {",
             "\tb, err := hex.DecodeString(s)", "\tif err != nil {", "\t\tpanic(err)", "\t}", "\treturn string(b)", "}"]
    p, t = go_file(r, S, [], funcs, ["encoding/hex"])
    return p, t, e


@tpl("go_byte_slice", enc=True)
def t_go_bytes(r, S):
    e = codes(S.value, "hex")
    funcs = ["// %s" % cmt(r, S, "")[1:].strip(), "var %sBytes = []byte{%s}" % (S.n("camel"), e), "",
             "func %s() string { return string(%sBytes) }" % (S.n("pascal"), S.n("camel"))]
    p, t = go_file(r, S, [], funcs, [])
    return p, t, e


@tpl("go_sprintf")
def t_go_sprintf(r, S):
    parts, nd = pieces_for(r, S, 3)
    funcs = ["func %s() string {" % S.n("pascal")]
    funcs += ['\t%s := "%s"' % ("p%d" % i, p) for i, p in enumerate(parts)]
    funcs += ['\treturn fmt.Sprintf("%s", %s)' % ("%s" * len(parts), ", ".join("p%d" % i for i in range(len(parts)))), "}"]
    p, t = go_file(r, S, [], funcs, ["fmt"])
    return p, t, nd


# ================================================================ C / C++
@tpl("c_preprocessor_concat")
def t_c_pp(r, S):
    parts, nd = pieces_for(r, S, 3)
    g = "%s_KEYS_H" % S.pn.upper()
    names = ["%s_PART%d" % (S.pn.upper()[:6], i) for i in range(len(parts))]
    txt = "#ifndef %s\n#define %s\n\n/* %s */\n" % (g, g, cmt(r, S, "")[1:].strip())
    txt += "\n".join(comp_decl("c", S, r)) + ("\n" if S.comp else "")
    txt += "".join('#define %s "%s"\n' % (n, p) for n, p in zip(names, parts))
    txt += "#define %s %s\n\n#endif /* %s */\n" % (S.n("upper"), " ".join(names), g)
    return r.choice(["include/%s_keys.h" % S.pn, "src/config.h", "firmware/secrets.h", "main/credentials.h"]), txt, nd


@tpl("c_hex_escape_array", enc=True)
def t_c_xesc(r, S):
    e = xesc(S.value)
    txt = "#include <stdio.h>\n#include <string.h>\n\n/* %s */\nstatic const char %s[] = \"%s\";\n\nconst char *get_%s(void) {\n    return %s;\n}\n" % (
        S.desc, S.n("snake"), e, S.n("snake"), S.n("snake"))
    return r.choice(["src/secrets.c", "main/app_config.c", "lib/auth.c"]), txt, e


@tpl("c_xor_array", enc=True)
def t_c_xor(r, S):
    k = r.randint(0x20, 0x7e)
    enc = "".join(chr(ord(c) ^ k) for c in S.value)
    e = codes(enc, "hex")
    txt = T('''#include <stddef.h>

#define XOR_KEY 0x«k»

/* «c» */
static const unsigned char k_enc[] = {«e»};

void decode_«v»(char *out, size_t n) {
    size_t i;
    for (i = 0; i < sizeof(k_enc) && i + 1 < n; i++) {
        out[i] = (char)(k_enc[i] ^ XOR_KEY);
    }
    out[i] = '\\0';
}
''', k="%02x" % k, c=cmt(r, S, "")[1:].strip(), e=e, v=S.n("snake"))
    return r.choice(["src/obf.c", "firmware/net/keys.c", "native/src/keystore.cpp"]), txt, e


@tpl("cpp_string_concat")
def t_cpp(r, S):
    parts, nd = pieces_for(r, S)
    txt = "#include <string>\n\nnamespace %s {\n\n" % r.choice(["cfg", "acme", "net"])
    txt += "// " + cmt(r, S, "")[1:].strip() + "\n"
    txt += "const std::string k%s = std::string(\"%s\")" % (S.n("pascal"), parts[0]) + "".join('\n    + "%s"' % p for p in parts[1:]) + ";\n\n}\n"
    return r.choice(["src/config.cpp", "native/secrets.cpp", "app/src/main/cpp/keys.cpp"]), txt, nd


# ================================================================ Ruby
@tpl("rb_base64", accepts="any", enc=True)
def t_rb_b64(r, S):
    e = b64(S.value)
    txt = "require 'base64'\n\nmodule %s\n" % r.choice(["Integrations", "AppConfig", "Billing"])
    txt += "\n".join(comp_decl("rb", S, r)) + ("\n" if S.comp else "")
    txt += "  # %s\n  %s = Base64.decode64('%s').freeze\nend\n" % (S.desc, S.n("upper"), e)
    return r.choice(["config/initializers/%s.rb" % S.pn, "lib/%s_client.rb" % S.pn, "app/services/notifier.rb"]), txt, e


@tpl("rb_join")
def t_rb_join(r, S):
    parts, nd = pieces_for(r, S)
    txt = "# frozen_string_literal: true\n\n"
    txt += "%s = [%s].join\n" % (S.n("upper"), ", ".join("'%s'" % p for p in parts))
    txt += "\n%s.configure do |c|\n  c.api_key = %s\nend\n" % (S.pn.capitalize(), S.n("upper"))
    return r.choice(["config/initializers/%s.rb" % S.pn, "lib/tasks/sync.rake"]), txt, nd


@tpl("rb_pack_hex", enc=True)
def t_rb_pack(r, S):
    e = hexs(S.value)
    txt = "class %sClient\n  # %s\n  TOKEN = ['%s'].pack('H*')\n\n  def headers\n    { 'Authorization' => \"Bearer #{TOKEN}\" }\n  end\nend\n" % (S.pn.capitalize(), S.desc, e)
    return "lib/%s_client.rb" % S.pn, txt, e


# ================================================================ PHP
@tpl("php_base64", accepts="any", enc=True)
def t_php_b64(r, S):
    e = b64(S.value)
    txt = "<?php\n\n" + "\n".join(comp_decl("php", S, r)) + ("\n" if S.comp else "")
    txt += "// %s\ndefine('%s', base64_decode('%s'));\n" % (cmt(r, S, "")[1:].strip(), S.n("upper"), e)
    return r.choice(["config/%s.php" % S.pn, "includes/config.php", "wp-content/plugins/acme-sync/settings.php"]), txt, e


@tpl("php_concat")
def t_php_concat(r, S):
    parts, nd = pieces_for(r, S)
    txt = "<?php\n\nreturn [\n    '%s' => [\n        'driver' => '%s',\n        '%s' => '%s'" % (S.pn, S.pn, r.choice(["secret", "key", "token", "password"]), parts[0])
    txt += "".join("\n            . '%s'" % p for p in parts[1:]) + ",\n    ],\n];\n"
    return r.choice(["config/services.php", "app/config/%s.php" % S.pn]), txt, nd


@tpl("php_strrev", enc=True)
def t_php_rev(r, S):
    e = S.value[::-1]
    txt = "<?php\n\nclass %sGateway\n{\n    private $%s;\n\n    public function __construct()\n    {\n        $this->%s = strrev('%s');\n    }\n}\n" % (
        S.pn.capitalize(), S.n("camel"), S.n("camel"), e)
    return "src/Gateway/%sGateway.php" % S.pn.capitalize(), txt, e


@tpl("php_rot13", enc=True)
def t_php_rot(r, S):
    e = rot13(S.value)
    txt = "<?php\n// %s\n$%s = str_rot13('%s');\n" % (cmt(r, S, "")[1:].strip(), S.n("snake"), e)
    return r.choice(["inc/keys.php", "lib/bootstrap.php"]), txt, e


# ================================================================ Rust
@tpl("rs_concat_macro")
def t_rs_concat(r, S):
    parts, nd = pieces_for(r, S)
    txt = "\n".join(comp_decl("rs", S, r)) + ("\n" if S.comp else "")
    txt += "// %s\npub const %s: &str = concat!(\n%s\n);\n" % (cmt(r, S, "")[1:].strip(), S.n("upper"), ",\n".join('    "%s"' % p for p in parts))
    return r.choice(["src/config.rs", "src/secrets.rs", "crates/api/src/keys.rs"]), txt, nd


@tpl("rs_bytes", enc=True)
def t_rs_bytes(r, S):
    e = codes(S.value, "hex")
    txt = "const RAW: [u8; %d] = [%s];\n\npub fn %s() -> String {\n    String::from_utf8(RAW.to_vec()).expect(\"utf8\")\n}\n" % (len(S.value), e, S.n("snake"))
    return r.choice(["src/obf.rs", "src/auth/token.rs"]), txt, e


# ================================================================ shell / PowerShell
@tpl("sh_base64_decode", accepts="any", enc=True)
def t_sh_b64(r, S):
    e = b64(S.value)
    txt = "#!/usr/bin/env bash\nset -euo pipefail\n\n" + "\n".join(comp_decl("sh", S, r)) + ("\n" if S.comp else "")
    txt += "# %s\nexport %s=\"$(echo '%s' | base64 --decode)\"\n\n" % (cmt(r, S, "")[1:].strip(), S.env, e)
    txt += "exec ./bin/%s \"$@\"\n" % r.choice(["server", "worker", "migrate", "sync"])
    return r.choice(["scripts/run.sh", "deploy/start.sh", "bin/entrypoint.sh", "docker/entrypoint.sh"]), txt, e


@tpl("sh_split_vars")
def t_sh_split(r, S):
    parts, nd = pieces_for(r, S, 3)
    names = ["_%s%d" % (r.choice(["P", "K", "T"]), i) for i in range(len(parts))]
    txt = "#!/bin/sh\n\n" + "\n".join(comp_decl("sh", S, r)) + ("\n" if S.comp else "")
    txt += "".join("%s='%s'\n" % (n, p) for n, p in zip(names, parts))
    txt += "%s=\"%s\"\nexport %s\n\n" % (S.env, "".join("${%s}" % n for n in names), S.env)
    txt += "curl -fsS -H \"Authorization: Bearer ${%s}\" https://api.%s.com/ >/dev/null\n" % (S.env, S.pn)
    return r.choice(["scripts/smoke_test.sh", "ci/publish.sh", "tools/check.sh"]), txt, nd


@tpl("sh_env_default_split")
def t_sh_envdef(r, S):
    a, b, nd = split2(r, S.value, S.core)
    txt = "#!/usr/bin/env bash\n# %s\n%s=\"${%s_A:-%s}${%s_B:-%s}\"\nexport %s\n" % (S.desc, S.env, S.env, a, S.env, b, S.env)
    return r.choice(["scripts/env.sh", "deploy/defaults.sh"]), txt, nd


@tpl("ps1_base64", accepts="any", enc=True)
def t_ps1(r, S):
    e = b64(S.value)
    txt = "\n".join(comp_decl("ps1", S, r)) + ("\n" if S.comp else "")
    txt += "# %s\n$%s = [System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String('%s'))\n" % (S.desc, S.n("pascal"), e)
    txt += "$env:%s = $%s\n& .\\Deploy-App.ps1 -Environment prod\n" % (S.env, S.n("pascal"))
    return r.choice(["scripts/Deploy.ps1", "build/Set-Secrets.ps1", "tools/bootstrap.ps1"]), txt, e


# ================================================================ YAML / JSON / env
@tpl("k8s_secret_data", accepts="any", enc=True)
def t_k8s(r, S):
    e = b64(S.value)
    key = r.choice([S.n("kebab"), S.n("snake"), S.env])
    others = []
    if S.cat == "db" and S.comp:
        others.append("  username: %s" % b64(S.comp[1][1]))
    txt = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: Opaque\ndata:\n" % (
        r.choice(["app-secrets", "%s-credentials" % S.pn, "backend-env"]), r.choice(["default", "prod", "payments", "web"]))
    lines = others + ["  %s: %s" % (key, e)]
    r.shuffle(lines)
    txt += "\n".join(lines) + "\n"
    return r.choice(["k8s/secret.yaml", "deploy/base/secrets.yaml", "manifests/%s-secret.yml" % S.pn, "helm/templates/secret.yaml"]), txt, e


@tpl("json_config_b64", enc=True)
def t_json(r, S):
    e = b64(S.value)
    d = {"service": r.choice(["orders-api", "notifier", "sync-worker"]), "logLevel": r.choice(["info", "warn"]),
         S.pn: {S.n("camel") + "B64": e, "timeoutMs": r.choice([3000, 5000, 10000])}}
    for ws, v in S.comp:
        d[S.pn][words_to(ws, "camel")] = v
    return r.choice(["config/production.json", "appsettings.Production.json", "config/default.json"]), json.dumps(d, indent=2) + "\n", e


@tpl("compose_env_b64", enc=True)
def t_compose(r, S):
    e = b64(S.value)
    svc = r.choice(["api", "worker", "web"])
    txt = "services:\n  %s:\n    image: ghcr.io/%s/%s:%s\n    environment:\n      NODE_ENV: production\n      %s_B64: \"%s\"\n    ports:\n      - \"8080:8080\"\n" % (
        svc, r.choice(["acme", "kolibri"]), svc, r.choice(["1.4.2", "latest", "2024.06"]), S.env, e)
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/compose.yaml"]), txt, e


@tpl("dotenv_b64_split", enc=True, weight=0.4)
def t_dotenv(r, S):
    e = b64(S.value)
    txt = "NODE_ENV=production\nPORT=3000\n# base64 so the shell does not mangle it\n%s_B64=%s\n" % (S.env, e)
    path = r.choice([".env", ".env.production", ".env.local"]) if not S.neg else r.choice([".env.example", ".env.sample"])
    return path, txt, e


# ================================================================ PEM specific
@tpl("py_pem_concat", accepts="pem")
def t_py_pem(r, S):
    lines = S.pem_lines
    body = ['%s = (' % S.n("upper"), '    "-----BEGIN %s-----\\n"' % S.pem_label] + ['    "%s\\n"' % l for l in lines] + ['    "-----END %s-----\\n"' % S.pem_label, ")"]
    txt = "\n".join(py_head(r, S) + body + py_tail(r, S, S.n("upper"))) + "\n"
    return ppath(r, S, PY_PATHS), txt, lines[0]


@tpl("js_pem_join", accepts="pem")
def t_js_pem(r, S):
    lines = S.pem_lines
    v = S.n("camel")
    body = ["const %s = [" % v, "  '-----BEGIN %s-----'," % S.pem_label] + ["  '%s'," % l for l in lines] + ["  '-----END %s-----',"% S.pem_label, "].join('\\n');"]
    txt = "\n".join(js_head(r, S) + body + js_tail(r, S, v)) + "\n"
    return ppath(r, S, JS_PATHS), txt, lines[0]


@tpl("java_pem_concat", accepts="pem")
def t_java_pem(r, S):
    lines = S.pem_lines
    f = ['    private static final String %s =' % S.n("upper"), '            "-----BEGIN %s-----\\n"' % S.pem_label] + \
        ['            + "%s\\n"' % l for l in lines] + ['            + "-----END %s-----";' % S.pem_label]
    p, t = java_file(r, S, java_cls(r, S), f, ["    public static String %s() {" % ("get" + S.n("pascal")), "        return %s;" % S.n("upper"), "    }"])
    return p, t, lines[0]


@tpl("json_escaped_pem_in_code", accepts="pem")
def t_pem_inline(r, S):
    lines = S.pem_lines
    one = "-----BEGIN %s-----\\n%s\\n-----END %s-----\\n" % (S.pem_label, "\\n".join(lines), S.pem_label)
    proj = r.choice(["acme-prod-3812", "kolibri-data", "nordwind-analytics"])
    txt = T('''const { GoogleAuth } = require("google-auth-library");

const credentials = {
  type: "service_account",
  project_id: "«p»",
  private_key_id: "«kid»",
  private_key: "«k»",
  client_email: "«svc»@«p».iam.gserviceaccount.com",
  client_id: "«cid»",
};

module.exports = new GoogleAuth({ credentials, scopes: ["https://www.googleapis.com/auth/cloud-platform"] });
''', p=proj, kid=rs(r, HEX, 40), k=one, svc=r.choice(["exporter", "ci-deployer", "sheets-sync"]), cid=rs(r, DIG, 21))
    return r.choice(["src/gcp/auth.js", "lib/googleClient.js"]), txt, lines[0]


@tpl("go_pem_concat", accepts="pem")
def t_go_pem(r, S):
    lines = S.pem_lines
    funcs = ["var %sPEM = \"-----BEGIN %s-----\\n\" +" % (S.n("camel"), S.pem_label)] + ['\t"%s\\n" +' % l for l in lines] + ['\t"-----END %s-----\\n"' % S.pem_label]
    p, t = go_file(r, S, [], funcs, [])
    return p, t, lines[0]


# ================================================================ negatives: slot replacements
GEN_PH = ["YOUR_API_KEY", "<your-api-key>", "your-api-key-here", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "REPLACE_ME",
          "changeme", "CHANGE_ME_IN_PROD", "TODO_SET_ME", "********", "[REDACTED]", "<redacted>", "TU_CLAVE_API_AQUI",
          "DEIN_API_SCHLUESSEL", "VOTRE_CLE_API_ICI", "SUA_CHAVE_AQUI", "INSERISCI_QUI_LA_CHIAVE", "dummy-key-for-tests",
          "placeholder", "insert-token-here", "XXXX-XXXX-XXXX-XXXX", "<TOKEN>", "not-a-real-key"]
PW_PH = ["changeme", "<password>", "CHANGE_ME", "your_password", "tu_contrasena", "dein_passwort", "votre_mot_de_passe",
         "sua_senha_aqui", "********", "[REDACTED]", "<db-password>", "password-goes-here"]
REF_PH = ["${%s}", "{{ .Values.secrets.%s }}", "{{ secrets.%s }}", "%%%s%%",
          "vault:secret/data/app#%s", "op://Production/%s/credential", "arn:aws:secretsmanager:eu-west-1:%s:secret:prod/%s-Ab12Cd",
          "projects/acme-prod/secrets/%s/versions/latest"]
DOC_EX = {
    "aws_secret_access_key": ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"],
    "stripe_secret_key": ["sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"],
    "slack_webhook": ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"],
    "slack_token": ["xoxb-your-bot-token", "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX"],
    "github_pat": ["ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ghp_YOUR_TOKEN_HERE"],
    "openai_api_key": ["sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "sk-proj-...", "sk-your-key"],
    "sendgrid_api_key": ["SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
    "twilio_auth_token": ["your_auth_token", "[AuthToken]"],
    "gitlab_pat": ["glpat-xxxxxxxxxxxxxxxxxxxx"],
    "npm_token": ["npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "telegram_bot_token": ["123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghi", "<BOT_TOKEN>"],
}


def public_value(r, base):
    p = base.provider
    if p == "stripe":
        return Slot("pk_live_" + rs(r, ALNUM, r.choice([24, 99])), p, "stripe_publishable_key", ["stripe", "publishable", "key"], "STRIPE_PUBLISHABLE_KEY", "Stripe publishable key", "bearer", 8)
    if p == "mapbox" or r.random() < 0.15:
        payload = base64.urlsafe_b64encode(json.dumps({"u": "acme-maps", "a": rs(r, LOW + DIG, 25)}, separators=(",", ":")).encode()).decode().rstrip("=")
        return Slot("pk." + payload + "." + rs(r, B64URL, 22), "mapbox", "mapbox_public_token", ["mapbox", "access", "token"], "MAPBOX_ACCESS_TOKEN", "Mapbox public token", "query", 3)
    if p == "twilio":
        return Slot("AC" + rs(r, HEX, 32), p, "twilio_account_sid", ["twilio", "account", "sid"], "TWILIO_ACCOUNT_SID", "Twilio account SID", "id", 2)
    if p == "google" or r.random() < 0.3:
        v = "%d-%s.apps.googleusercontent.com" % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LOW + DIG, 32))
        return Slot(v, "google", "google_oauth_client_id", ["google", "client", "id"], "GOOGLE_CLIENT_ID", "Google OAuth client id", "id", 0)
    if p == "github":
        return Slot("Iv1." + rs(r, HEX, 16), p, "github_app_client_id", ["github", "client", "id"], "GITHUB_CLIENT_ID", "GitHub App client id", "id", 0)
    if p == "aws":
        return Slot(rs(r, DIG, 12), p, "aws_account_id", ["aws", "account", "id"], "AWS_ACCOUNT_ID", "AWS account id", "id", 0)
    if r.random() < 0.5:
        return Slot(str(uuid.UUID(int=r.getrandbits(128))), p, "oauth_client_id", ["client", "id"], "OAUTH_CLIENT_ID", "OAuth client id", "id", 0)
    return Slot("pub_" + rs(r, HEX, 32), p, "public_key_id", ["public", "key", "id"], "PUBLIC_KEY_ID", "public key id", "id", 0)


def neg_slot(r, t):
    if t["accepts"] == "pem" or (t["accepts"] == "any" and r.random() < 0.15):
        base = k_pem(r)
        x = r.random()
        if x < 0.6:
            label, lines = pem_public(r)
            words = ["public", "key"] if r.random() < 0.5 else ["jwt", "public", "key"]
        elif x < 0.85:
            label, lines = pem_cert(r)
            words = ["ca", "cert"] if r.random() < 0.5 else ["server", "certificate"]
        else:
            label, lines = "PRIVATE KEY", [r.choice(["<paste your private key here>", "...", "YOUR_PRIVATE_KEY_CONTENTS", "REPLACE_WITH_KEY_FROM_VAULT"])]
            words = base.words
        s = Slot(pem_text(label, lines), "generic", "public_key" if "PRIVATE" not in label else "placeholder_private_key",
                 words, "_".join(words).upper(), label.lower(), "pem", 0, pem=True, neg=True)
        s.pem_label, s.pem_lines = label, lines
        if t["accepts"] == "any" and r.random() < 0.5 and "PRIVATE" not in label:
            pass
        return s, ("public_key" if "PRIVATE" not in label else "placeholder")
    base = r.choice(STR_KINDS)(r)
    base.neg = True
    x = r.random()
    if x < 0.22:
        s = public_value(r, base)
        s.neg = True
        s.comp = [c for c in base.comp if c[0][-1] in ("region", "owner", "domain", "url", "site", "account", "addr")]
        return s, "public_value"
    if x < 0.38 and base.kind in DOC_EX:
        base.value = r.choice(DOC_EX[base.kind])
        return base, "doc_example"
    if x < 0.55 and not t["enc"]:
        ph = r.choice(REF_PH)
        base.value = ph.replace("%s", base.env, 1).replace("%s", base.env.lower().replace("_", "-")) if ph.count("%s") == 1 else ph % ("123456789012", base.env.lower().replace("_", "-"))
        base.value = base.value.replace("%%", "%")
        return base, "reference"
    if x < 0.62 and not t["enc"]:
        base.value = ""
        return base, "empty"
    if base.kind == "password":
        base.value = r.choice(PW_PH)
    else:
        base.value = r.choice(GEN_PH)
        if r.random() < 0.3:
            base.value = "YOUR_%s" % base.env
    return base, "placeholder"


# ================================================================ negatives: look-alikes
LOOK = []


def look(name, kind, ft=None):
    def deco(f):
        LOOK.append(dict(name=name, kind=kind, f=f))
        return f
    return deco


def rhex(r, n):
    return rs(r, HEX, n)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


MESSAGES = ["Hello, World!", "Loading, please wait...", "Session expired", "Bienvenido de nuevo", "Willkommen zurueck",
            "Invalid input", "Copyright 2024 Acme Corp", "Press START to continue", "Connexion perdue", "Obrigado pela compra",
            "Upload complete", "Are you sure you want to delete this item?", "Konami code unlocked!"]


@look("py_sha256_fromhex", "sha256_digest")
def l_py_sha(r):
    name = r.choice(["terraform_1.8.5_linux_amd64.zip", "node-v20.14.0-linux-x64.tar.xz", "model.onnx", "firmware-3.2.1.bin"])
    d = hashlib.sha256(rbytes(r, 32)).hexdigest()
    txt = T('''import hashlib
import urllib.request

URL = "https://releases.example.org/«n»"
# sha256 published next to the release
EXPECTED_SHA256 = bytes.fromhex("«d»")


def verify(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    if h.digest() != EXPECTED_SHA256:
        raise SystemExit("checksum mismatch for «n»")
''', n=name, d=d)
    return r.choice(["scripts/fetch_release.py", "tools/download.py", "setup_helpers.py"]), txt


@look("py_crypto_test_vectors", "test_vector")
def l_py_tv(r):
    txt = '''import hashlib
import hmac
import unittest

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


class KnownAnswerTests(unittest.TestCase):
    # FIPS-197 appendix C.1
    AES_KEY = bytes.fromhex("000102030405060708090a0b0c0d0e0f")
    AES_PT = bytes.fromhex("00112233445566778899aabbccddeeff")
    AES_CT = bytes.fromhex("69c4e0d86a7b0430d8cdb78070b4c55a")

    def test_aes128(self):
        enc = Cipher(algorithms.AES(self.AES_KEY), modes.ECB()).encryptor()
        self.assertEqual(enc.update(self.AES_PT) + enc.finalize(), self.AES_CT)

    def test_hmac_rfc4231_case1(self):
        key = bytes.fromhex("0b" * 20)
        mac = hmac.new(key, b"Hi There", hashlib.sha256).hexdigest()
        self.assertEqual(mac, "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")

    def test_sha256_abc(self):
        self.assertEqual(hashlib.sha256(b"abc").hexdigest(),
                         "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
'''
    if r.random() < 0.5:
        txt += '''
    def test_base64_rfc4648(self):
        import base64
        for raw, enc in [(b"f", "Zg=="), (b"fo", "Zm8="), (b"foo", "Zm9v"), (b"foobar", "Zm9vYmFy")]:
            self.assertEqual(base64.b64encode(raw).decode(), enc)
'''
    txt += '\n\nif __name__ == "__main__":\n    unittest.main()\n'
    return r.choice(["tests/test_crypto_vectors.py", "tests/unit/test_kat.py"]), txt


@look("js_atob_json_config", "base64_json")
def l_js_json(r):
    cfg = {"theme": r.choice(["dark", "light"]), "locale": r.choice(["en-US", "de-DE", "pt-BR", "es-ES"]),
           "features": {"newCheckout": r.random() < 0.5, "betaSearch": r.random() < 0.5}, "apiBase": "/api/v%d" % r.randint(1, 3),
           "build": rhex(r, 7)}
    e = b64(json.dumps(cfg, separators=(",", ":")))
    txt = "// runtime config injected at build time (base64 so the CDN does not rewrite it)\nconst RAW_CONFIG = '%s';\nexport const config = JSON.parse(atob(RAW_CONFIG));\n" % e
    return r.choice(["src/runtimeConfig.js", "src/config/runtime.ts", "public/js/config.js"]), txt


@look("js_fromcharcode_message", "charcode_message")
def l_js_fcc(r):
    m = r.choice(MESSAGES)
    txt = "// keep the string out of the translation extractor\nconst %s = String.fromCharCode(%s);\n\nexport function show() {\n  console.log(%s);\n}\n" % (
        r.choice(["banner", "msg", "greeting", "easterEgg"]), codes(m), "banner")
    txt = txt.replace("console.log(banner)", "console.log(%s)" % txt.split("const ")[1].split(" ")[0])
    return r.choice(["src/easter.js", "src/ui/banner.js", "lib/msg.js"]), txt


@look("py_chr_list_banner", "charcode_message")
def l_py_chr(r):
    m = r.choice(MESSAGES)
    txt = "def banner():\n    # ascii codes so grep for the message does not hit the test fixtures\n    return \"\".join(chr(c) for c in [%s])\n" % codes(m)
    return r.choice(["cli/banner.py", "game/credits.py"]), txt


@look("java_uuid_concat", "uuid")
def l_java_uuid(r):
    u = str(uuid.UUID(int=r.getrandbits(128)))
    a, b = u[:18], u[18:]
    txt = T('''package com.acme.tenancy;

public final class TenantIds {
    // default tenant, split to keep line length under 100
    public static final String DEFAULT_TENANT_ID = "«a»"
            + "«b»";
    public static final String SYSTEM_USER_ID = "«u2»";

    private TenantIds() {
    }
}
''', a=a, b=b, u2=str(uuid.UUID(int=r.getrandbits(128))))
    return "src/main/java/com/acme/tenancy/TenantIds.java", txt


@look("public_key_pem_concat", "public_key")
def l_pub(r):
    label, lines = pem_public(r)
    lang = r.choice(["py", "java", "go", "js"])
    if lang == "py":
        body = ['JWT_PUBLIC_KEY = (', '    "-----BEGIN %s-----\\n"' % label] + ['    "%s\\n"' % l for l in lines] + ['    "-----END %s-----\\n"' % label, ")"]
        return r.choice(["auth/keys.py", "app/jwt_verify.py"]), "# public key used to verify tokens issued by the auth service\n" + "\n".join(body) + "\n"
    if lang == "java":
        body = ['    static final String VERIFY_KEY =', '        "-----BEGIN %s-----\\n"' % label] + ['        + "%s\\n"' % l for l in lines] + ['        + "-----END %s-----";' % label]
        return "src/main/java/com/acme/auth/VerifyKey.java", "package com.acme.auth;\n\nfinal class VerifyKey {\n" + "\n".join(body) + "\n}\n"
    if lang == "go":
        body = ['var verifyKeyPEM = "-----BEGIN %s-----\\n" +' % label] + ['\t"%s\\n" +' % l for l in lines] + ['\t"-----END %s-----\\n"' % label]
        return "internal/auth/pubkey.go", "package auth\n\n// Public key of the license server.\n" + "\n".join(body) + "\n"
    body = ["const LICENSE_PUBLIC_KEY = [", "  '-----BEGIN %s-----'," % label] + ["  '%s'," % l for l in lines] + ["  '-----END %s-----',"% label, "].join('\\n');"]
    return "src/license/publicKey.js", "\n".join(body) + "\nmodule.exports = { LICENSE_PUBLIC_KEY };\n"


@look("cert_pem_in_code", "certificate")
def l_cert(r):
    label, lines = pem_cert(r)
    body = ['static const char *root_ca =', '"-----BEGIN %s-----\\n"' % label] + ['"%s\\n"' % l for l in lines] + ['"-----END %s-----\\n";' % label]
    return r.choice(["main/root_ca.h", "firmware/certs.h", "src/tls/ca_cert.c"]), "/* ISRG Root / server CA pinned for OTA updates */\n" + "\n".join(body) + "\n"


@look("ssh_public_key_const", "ssh_public_key")
def l_ssh(r):
    if r.random() < 0.5:
        blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
        key = "ssh-ed25519 " + base64.b64encode(blob).decode()
    else:
        blob = b"\x00\x00\x00\x07ssh-rsa\x00\x00\x00\x03\x01\x00\x01\x00\x00\x01\x01\x00" + rbytes(r, 256)
        key = "ssh-rsa " + base64.b64encode(blob).decode()
    who = r.choice(["deploy@ci", "maria@laptop", "jenkins@build-01", "ops@bastion"])
    txt = "# authorized keys baked into the image\nAUTHORIZED_KEYS = [\n    \"%s %s\",\n]\n" % (key, who)
    return r.choice(["provision/keys.py", "image/build_users.py"]), txt


@look("c_version_concat", "version_string")
def l_c_ver(r):
    sha = rhex(r, 40)
    txt = T('''#ifndef VERSION_H
#define VERSION_H

#define VER_MAJOR "«a»"
#define VER_MINOR "«b»"
#define VER_PATCH "«c»"
#define VERSION_STRING VER_MAJOR "." VER_MINOR "." VER_PATCH
#define GIT_COMMIT "«sha»"
#define BUILD_ID "«bid»"

#endif
''', a=str(r.randint(1, 5)), b=str(r.randint(0, 30)), c=str(r.randint(0, 99)), sha=sha, bid=rs(r, UP + DIG, 12))
    return r.choice(["include/version.h", "src/version.h"]), txt


@look("go_png_magic", "byte_array")
def l_go_png(r):
    arr = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
    txt = "package imgutil\n\nvar pngMagic = []byte{%s}\nvar gifMagic = []byte(\"GIF89a\")\nvar zipMagic = []byte{0x50, 0x4b, 0x03, 0x04}\n\n// crc table seed\nconst crcPoly = 0x%s\n" % (
        ", ".join("0x%02x" % b for b in arr), r.choice(["edb88320", "82f63b78"]))
    return "internal/imgutil/magic.go", txt


@look("swift_base64_icon", "base64_image")
def l_swift_icon(r):
    png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) + b"\x00\x00\x00\x0dIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + rbytes(r, r.randint(60, 200))
    txt = "import UIKit\n\nenum PlaceholderIcon {\n    // 16x16 placeholder avatar\n    static let data = Data(base64Encoded: \"%s\")!\n    static var image: UIImage? { UIImage(data: data) }\n}\n" % base64.b64encode(png).decode()
    return "App/Resources/PlaceholderIcon.swift", txt


@look("dart_charcodes_message", "charcode_message")
def l_dart(r):
    m = r.choice(MESSAGES)
    return "lib/widgets/splash.dart", "final splashText = String.fromCharCodes(const [%s]);\n" % codes(m)


@look("cs_base64_public_cert", "certificate")
def l_cs_cert(r):
    label, lines = pem_cert(r)
    txt = "using System;\nusing System.Security.Cryptography.X509Certificates;\n\nnamespace Acme.Security\n{\n    internal static class PinnedCerts\n    {\n        // DER of the issuing CA, pinned\n        public static readonly X509Certificate2 Issuer =\n            new X509Certificate2(Convert.FromBase64String(\"%s\"));\n    }\n}\n" % "".join(lines)
    return "src/Acme.Security/PinnedCerts.cs", txt


@look("k8s_configmap_binarydata", "base64_config")
def l_cm(r):
    conf = "server {\n  listen 8080;\n  location / { proxy_pass http://app:3000; }\n}\n" if r.random() < 0.5 else "log_level = \"info\"\nworkers = %d\n" % r.randint(2, 16)
    txt = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s\nbinaryData:\n  %s: %s\ndata:\n  TZ: Europe/Berlin\n" % (
        r.choice(["nginx-conf", "app-config"]), r.choice(["default.conf", "app.toml"]), b64(conf))
    return r.choice(["k8s/configmap.yaml", "deploy/base/configmap.yml"]), txt


@look("sealed_secret", "ciphertext")
def l_sealed(r):
    def ct():
        return "AgB" + base64.b64encode(rbytes(r, r.randint(300, 420))).decode()
    txt = "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s\n  namespace: prod\nspec:\n  encryptedData:\n    %s: %s\n    %s: %s\n  template:\n    type: Opaque\n" % (
        r.choice(["db-credentials", "api-keys"]), r.choice(["password", "DB_PASSWORD"]), ct(), r.choice(["api-key", "STRIPE_KEY"]), ct())
    return r.choice(["k8s/sealed-secret.yaml", "clusters/prod/sealed-secrets.yaml"]), txt


@look("ansible_vault", "ciphertext")
def l_vault(r):
    h = rhex(r, r.choice([480, 640, 800]))
    lines = [h[i:i + 80] for i in range(0, len(h), 80)]
    return r.choice(["group_vars/prod/vault.yml", "inventories/prod/host_vars/db01/vault.yml"]), "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


@look("py_rot13_spoiler", "rot13_text")
def l_rot(r):
    m = r.choice(["The butler did it", "You found the secret level!", "Answer: the cake is in the fridge", "Congratulations, you solved the puzzle"])
    txt = "import codecs\n\n# rot13 so players reading the source are not spoiled\nHINT = codecs.decode(\"%s\", \"rot_13\")\n" % rot13(m)
    return r.choice(["game/hints.py", "puzzles/level3.py"]), txt


@look("c_xor_log_strings", "xor_text")
def l_cxor(r):
    k = r.randint(0x20, 0x7e)
    msgs = r.sample(["license check failed", "debugger detected", "update available", "invalid signature"], 2)
    body = "".join("static const unsigned char s%d[] = {%s};\n" % (i, codes("".join(chr(ord(c) ^ k) for c in m), "hex")) for i, m in enumerate(msgs))
    return "src/strings_obf.c", "/* log strings xor-ed against strings(1) */\n#define SK 0x%02x\n%s" % (k, body)


@look("html_sri_integrity", "sri_hash")
def l_sri(r):
    h = base64.b64encode(rbytes(r, 48)).decode()
    txt = "const script = document.createElement('script');\nscript.src = 'https://cdn.jsdelivr.net/npm/%s';\nscript.integrity = 'sha384-%s';\nscript.crossOrigin = 'anonymous';\ndocument.head.appendChild(script);\n" % (
        r.choice(["chart.js@4.4.1/dist/chart.umd.min.js", "alpinejs@3.14.0/dist/cdn.min.js"]), h)
    return "src/loadVendor.js", txt


@look("js_bundle_messages", "minified_js")
def l_bundle(r):
    fn = "_0x" + rhex(r, 4)
    items = r.sample(["log", "Saved", "click", "addEventListener", "#submit", "querySelector", "Network\x20error", "then", "json", "/api/items"], 7) + [rhex(r, 8), str(uuid.UUID(int=r.getrandbits(128)))]
    txt = "(function(){var %s=[%s];function %sb(i){return %s[i];}document[%sb(0x0)];})();\n" % (fn, ",".join("'%s'" % x.replace("\x20", "\\x20") for x in items), fn, fn, fn)
    return "dist/app.%s.js" % rhex(r, 8), txt


@look("php_gif_pixel", "base64_image")
def l_php_gif(r):
    return r.choice(["public/pixel.php", "track/open.php", "web/t.php"]), "<?php\n// 1x1 transparent tracking pixel\nheader('Content-Type: image/gif');\nheader('Cache-Control: no-store');\necho base64_decode('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==');\n"


@look("rs_digest_consts", "sha256_digest")
def l_rs(r):
    d = hashlib.sha256(rbytes(r, 16)).digest()
    txt = "/// SHA-256 of the empty string.\npub const EMPTY_SHA256: &str = \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\";\n\n/// Expected digest of the bundled schema.\npub const SCHEMA_DIGEST: [u8; 32] = [%s];\n" % ", ".join("0x%02x" % b for b in d)
    return "src/digests.rs", txt


@look("go_hex_ciphertext_test", "test_vector")
def l_go_tv(r):
    txt = T('''package crypto_test

import (
	"encoding/hex"
	"testing"
)

func TestChaChaVector(t *testing.T) {
	nonce, _ := hex.DecodeString("«n»")
	ct, _ := hex.DecodeString("«c»")
	if len(nonce) != 12 || len(ct) == 0 {
		t.Fatal("bad vector")
	}
}
''', n=rhex(r, 24), c=rhex(r, 96))
    return "pkg/crypto/chacha_test.go", txt


@look("kt_reversed_path", "ordinary_string")
def l_kt(r):
    u = "https://" + r.choice(["api.acme.io", "cdn.kolibri.app"]) + "/v2/" + r.choice(["orders", "items"])
    return "app/src/main/java/com/acme/net/Endpoints.kt", "package com.acme.net\n\nobject Endpoints {\n    val base = \"%s\".reversed()\n    val parts = listOf(\"%s\", \"%s\").joinToString(\"/\")\n}\n" % (u[::-1], rs(r, LOW, 6), rhex(r, 12))


@look("py_join_object_key", "uuid")
def l_py_key(r):
    u = str(uuid.UUID(int=r.getrandbits(128)))
    return "workers/upload.py", "def object_key(user_id):\n    # bucket/prefix/uuid\n    return \"/\".join([\"uploads\", \"%s\", user_id, \"%s\"])\n" % (rhex(r, 8), u)


@look("json_jwks_public", "public_key")
def l_jwks(r):
    n = base64.urlsafe_b64encode(rbytes(r, 256)).decode().rstrip("=")
    d = {"keys": [{"kty": "RSA", "use": "sig", "kid": rhex(r, 16), "alg": "RS256", "n": n, "e": "AQAB"}]}
    return r.choice(["public/.well-known/jwks.json", "config/jwks.json"]), json.dumps(d, indent=2) + "\n"


@look("sh_checksum_verify", "sha256_digest")
def l_sh(r):
    d = hashlib.sha256(rbytes(r, 8)).hexdigest()
    txt = "#!/usr/bin/env bash\nset -euo pipefail\nVERSION=%d.%d.%d\nSHA256=%s\ncurl -fsSLo tool.tgz \"https://github.com/acme/tool/releases/download/v${VERSION}/tool-linux-amd64.tgz\"\necho \"${SHA256}  tool.tgz\" | sha256sum -c -\n" % (
        r.randint(0, 3), r.randint(0, 20), r.randint(0, 9), d)
    return "ci/install_tool.sh", txt


@look("java_bytes_magic", "byte_array")
def l_java_magic(r):
    txt = "package com.acme.io;\n\nfinal class Magic {\n    static final byte[] PDF = {0x25, 0x50, 0x44, 0x46, 0x2d};\n    static final byte[] ZIP = {0x50, 0x4b, 0x03, 0x04};\n    static final String FORMAT_ID = \"%s\";\n}\n" % str(uuid.UUID(int=r.getrandbits(128)))
    return "src/main/java/com/acme/io/Magic.java", txt


@look("swift_joined_identifier", "ordinary_string")
def l_swift_id(r):
    txt = "enum Bundle {\n    static let identifier = [\"com\", \"acme\", \"%s\"].joined(separator: \".\")\n    static let appGroup = \"group.\" + identifier\n    static let teamID = \"%s\"\n}\n" % (
        r.choice(["shop", "notes", "fit"]), rs(r, UP + DIG, 10))
    return "App/Support/Bundle.swift", txt


@look("stripe_publishable_split", "publishable_key")
def l_pk(r):
    k = "pk_live_" + rs(r, ALNUM, 99)
    a, b = k[:40], k[40:]
    return "src/checkout/stripe.js", "// publishable key is public, it ships to browsers\nconst STRIPE_PK = '%s' +\n  '%s';\nexport const stripePromise = loadStripe(STRIPE_PK);\n" % (a, b)


@look("cs_hash_bytes", "sha256_digest")
def l_cs_hash(r):
    d = hashlib.sha1(rbytes(r, 8)).digest()
    return "src/Updater/Thumbprints.cs", "namespace Updater\n{\n    internal static class Thumbprints\n    {\n        // SHA-1 thumbprint of the code-signing cert\n        public static readonly byte[] Signer = new byte[] { %s };\n    }\n}\n" % ", ".join("0x%02X" % b for b in d)


@look("py_b64_json_defaults", "base64_json")
def l_py_json(r):
    cfg = {"retries": r.randint(2, 6), "backoff": r.choice([0.5, 1.0, 2.0]), "regions": r.sample(REGIONS, 2),
           "endpoint": r.choice(["https://api.acme.io", "https://intake.kolibri.app"]), "schema": "v%d" % r.randint(1, 4)}
    e = b64(json.dumps(cfg))
    txt = "import base64\nimport json\n\n# defaults shipped with the wheel; base64 keeps the build tool from reformatting it\nDEFAULTS = json.loads(base64.b64decode(\"%s\"))\n" % e
    return r.choice(["acme_sdk/defaults.py", "src/worker/defaults.py"]), txt


@look("kt_certificate_pinner", "cert_pin")
def l_kt_pin(r):
    host = r.choice(["api.acme.io", "payments.kolibri.app", "*.nordwind.de"])
    pins = ["sha256/" + base64.b64encode(rbytes(r, 32)).decode() for _ in range(2)]
    txt = "package com.acme.net\n\nimport okhttp3.CertificatePinner\n\nval pinner = CertificatePinner.Builder()\n    .add(\"%s\", \"%s\")\n    .add(\"%s\", \"%s\") // backup pin\n    .build()\n" % (host, pins[0], host, pins[1])
    return "app/src/main/java/com/acme/net/Pinning.kt", txt


@look("ts_build_info", "git_sha")
def l_ts_build(r):
    sha = rhex(r, 40)
    txt = "export const buildInfo = {\n  commit: '%s',\n  shortCommit: '%s',\n  builtAt: '2024-%02d-%02dT%02d:%02d:00Z',\n  pipelineId: %d,\n  version: ['%d', '%d', '%d'].join('.'),\n};\n" % (
        sha, sha[:7], r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(100000, 999999), r.randint(1, 9), r.randint(0, 30), r.randint(0, 99))
    return r.choice(["src/buildInfo.ts", "apps/web/src/build-info.ts"]), txt


# ================================================================ main
EXT_TYPES = {".py": "python", ".js": "javascript", ".ts": "typescript", ".java": "java", ".kt": "kotlin", ".swift": "swift",
             ".m": "objective-c", ".dart": "dart", ".cs": "csharp", ".go": "go", ".h": "c", ".c": "c", ".cpp": "cpp",
             ".rb": "ruby", ".rake": "ruby", ".php": "php", ".rs": "rust", ".sh": "shell", ".ps1": "powershell",
             ".yaml": "yaml", ".yml": "yaml", ".json": "json"}


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env"):
        return "dotenv"
    for ext, ft in EXT_TYPES.items():
        if base.endswith(ext):
            return ft
    return "text"


def is_env_path(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample", ".env.template"))


def weighted(r, items):
    tot = sum(t["weight"] for t in items)
    x = r.random() * tot
    for t in items:
        x -= t["weight"]
        if x <= 0:
            return t
    return items[-1]


def make_positive(r, seen):
    for _ in range(200):
        t = weighted(r, TEMPLATES)
        if t["accepts"] == "pem":
            S = k_pem(r)
        elif t["accepts"] == "any" and r.random() < 0.2:
            S = k_pem(r)
        else:
            S = r.choice(STR_KINDS)(r)
        if S.value in seen:
            continue
        path, text, nd = t["f"](r, S)
        if not nd or len(nd) < 16 or "\n" in nd or nd not in text or nd in seen:
            continue
        seen.add(S.value)
        seen.add(nd)
        return t, S, path, text, nd
    raise RuntimeError("could not build positive")


def write(outdir, rel, text):
    p = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_nk.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    seen = set()
    needles = []
    env_count = 0
    pos_files = []
    for i in range(N_POS):
        while True:
            t, S, path, text, nd = make_positive(r, seen)
            if is_env_path(path):
                if env_count >= N_POS // 25:
                    continue
                env_count += 1
            break
        rel = "pos/p%04d/%s" % (i, path)
        line = text[:text.index(nd)].count("\n") + 1
        assert nd in text.split("\n")[line - 1]
        pos_files.append((rel, text))
        needles.append(nd)
        manifest.append({"file": rel, "label": "pos", "provider": S.provider, "kind": S.kind,
                         "filetype": filetype(path), "template": t["name"]})
        secrets.append({"file": rel, "needle": nd, "line": line})
    neg_files = []
    neg_meta = []
    i = 0
    while i < N_NEG:
        if i % 2 == 0:
            t = weighted(r, TEMPLATES)
            S, why = neg_slot(r, t)
            path, text, _ = t["f"](r, S)
            if is_env_path(path):
                continue
            meta = {"provider": S.provider, "kind": "%s:%s" % (why, S.kind), "template": "neg_" + t["name"]}
        else:
            lt = r.choice(LOOK)
            path, text = lt["f"](r)
            meta = {"provider": "none", "kind": lt["kind"], "template": "look_" + lt["name"]}
        if is_env_path(path) or any(nd in text for nd in needles):
            continue
        rel = "neg/n%04d/%s" % (i, path)
        neg_files.append((rel, text))
        meta.update({"file": rel, "label": "neg", "filetype": filetype(path)})
        neg_meta.append(meta)
        i += 1
    for rel, text in pos_files + neg_files:
        write(outdir, rel, text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=False) + "\n")
        for m in neg_meta:
            f.write(json.dumps({"file": m["file"], "label": "neg", "provider": m["provider"], "kind": m["kind"],
                                "filetype": m["filetype"], "template": m["template"]}) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s) + "\n")
    assert len(pos_files) == N_POS and len(neg_files) == N_NEG
    assert len(set(needles)) == N_POS
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
