#!/usr/bin/env python3
"""Blind evaluation-set generator "ah" for a git pre-commit secret scanner.

EMPHASIS
    Mail, chat and collaboration servers run in-house: the repositories of
    admins who run Postfix, Dovecot, Exim, OpenDKIM/Rspamd, Roundcube/SOGo,
    mailcow, Mail-in-a-Box, Matrix Synapse + coturn, Mattermost, Rocket.Chat,
    Jitsi (Prosody/ejabberd), ZNC / IRC clients / IRC daemons / services,
    Discourse, Zulip and Nextcloud Talk.  Relay passwords, shared secrets and
    signing keys sit beside password hashes, public keys, DNS records, ids and
    templated references - the negatives are drawn from exactly those.

USAGE
    python3 gen_ah.py OUTDIR SEED

    Deterministic per SEED (only random.Random(SEED) is used).  Writes
      OUTDIR/pos/pNNNN/<realistic relative path>   500 positives
      OUTDIR/neg/nNNNN/<realistic relative path>   500 negatives
      OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
                             label is "positive" or "negative"; file is the
                             path relative to OUTDIR (e.g. pos/p0007/etc/postfix/sasl_passwd)
      OUTDIR/secrets.jsonl   {"file","needle","line"} for every positive
    and finally runs a self-check and prints counts of providers, kinds and
    file types.

NEEDLE CONVENTIONS
    * needle is the secret substring exactly as written in the file; for
      user:password pairs only the password / token part (e.g. for SES SMTP the
      44-char SMTP password, not the AKIA user name; for Postmark, whose server
      token is both user and password, the token - its first occurrence).
    * For PEM private keys (DKIM / ARC signing keys) the needle is the whole
      block from "-----BEGIN" to the closing "-----END ... KEY-----" (multi-line)
      and line is the line of the BEGIN marker.
    * For signed JWTs (Jitsi meeting links) the needle is the whole JWT.
    * For Synapse signing keys the needle is the base64 seed only (the
      "ed25519 a_XXXX " prefix is the key id, not secret).
    * For URLs with embedded passwords (DSNs, webhook URLs) the needle is the
      password / the secret path component only.
    * line is the 1-based line on which the needle starts (its first occurrence).
    Each positive file carries exactly one credential; every other secret slot
    in a positive file holds a look-alike (reference, placeholder, path, hash).

FORMATS USED (from provider docs and general knowledge)
    AWS SES SMTP: user AKIA+16 [A-Z2-7], password base64(0x04 || 32 bytes) -> 44
    chars starting "B".  SendGrid: SG.<22 b64url>.<43 b64url>.  Mailgun: key-<32
    hex> (legacy) or <32 hex>-<8 hex>-<8 hex>.  Postmark: server token = UUIDv4.
    Mandrill: 22 chars [A-Za-z0-9_-].  Brevo: xsmtpsib-/xkeysib-<64 hex>-<16 alnum>.
    Microsoft 365 / Google app passwords: 16 lowercase letters.  Matrix Synapse:
    50-char secrets from [A-Za-z0-9.,;:^&*-_+=#~@] (generate_config style),
    signing key "ed25519 a_XXXX <43-char unpadded base64>", access tokens
    syt_<b64 localpart>_<20 letters>_<base62 CRC32, 6 chars>.  Mattermost ids /
    tokens: 26 chars of its base32 alphabet; AtRestEncryptKey/PublicLinkSalt 32.
    Rocket.Chat: user id 17 chars Meteor alphabet, PAT/authToken 43 b64url,
    incoming webhook /hooks/<17 id>/<48 alnum>.  Discourse API key: 64 hex.
    Jitsi docker passwords: 32 hex (openssl rand -hex 16).  Rspamd hashes:
    $2$<32 base32>$<52 base32>.

DOUBTS
    * Mailgun SMTP passwords: Mailgun-generated SMTP credentials are shown once
      in the UI; I assumed they share the newer API-key shape
      (<32hex>-<8hex>-<8hex>) or are user-chosen; not verified.
    * Mandrill key alphabet/length (22 chars incl. '-' and '_') is from memory.
    * Brevo key tail (16 alnum after the 64-hex part) is from memory; docs
      searched only confirm "SMTP key" vs "API key" naming.
    * ZNC: the modern <Pass password> block with Method = plain / sha256 is used;
      whether "plain" is still accepted by current ZNC releases is unverified.
    * Rspamd $2$ hash salt/hash lengths (32/52 base32 chars) are from memory.
    * Synapse access-token checksum: CRC32 over "syt_<b64>_<random>" encoded in
      base62 with alphabet 0-9a-zA-Z, min width 6 - from memory of the source.
    * The RSA keys are real (Miller-Rabin primes from random.Random); the RSA
      public keys used in NEGATIVE DNS records are structurally valid SPKI with a
      random odd modulus (not a real key pair) - a scanner cannot tell.
    * AWS SES negatives use AWS's documented example access key id
      (AKIAIOSFODNN7EXAMPLE) next to an env reference; some graders treat any
      AKIA id as sensitive.
    * Office 365 / Gmail app passwords are 16 lowercase letters - deliberately
      low-entropy-looking; a scanner cannot distinguish them without context.
    * Human-chosen passwords (Dovecot static, IRC, oper blocks) have no format;
      they are positives only because they sit in a real secret slot.
    * A bare Synapse *.signing.key is a single line, below the 5-line minimum,
      so the signing key is shown where admins paste it (Ansible host_vars, a
      k8s Secret, a restore script) rather than as the bare file.
    * coturn "user=name:0x<hex>" keys were deliberately NOT used as negatives:
      that key is password-equivalent for TURN long-term credentials.
    * Nextcloud Talk signaling: hashkey 64 hex / blockkey 32 chars follow the
      sample server.conf comments as I remember them.
    * Azure AD client secrets: 40 chars with "Q~" at positions 4-5 (e.g.
      "abc8Q~..."); Google OAuth client secrets "GOCSPX-" + 28 chars.
    * Negative "kind" values carry a suffix naming the look-alike in the secret
      slot (":reference", ":placeholder", ":masked", ":hash", ":empty",
      ":file-reference", ":alternative") when a dual builder produced them.
    * Exactly-one-credential: where real configs hold several secrets (Synapse,
      mailcow.conf, signaling server.conf, zulip-secrets.conf) the sibling slots
      hold references/placeholders/paths, which is how the file would look after
      a partial clean-up; that is slightly less natural than a real config.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import shutil
import string
import sys
import zlib

R = random.Random(0)  # re-seeded in main()


# ----------------------------------------------------------------- helpers
def ri(a, b):
    return R.randint(a, b)


def ch(seq):
    return R.choice(seq)


def coin(p=0.5):
    return R.random() < p


ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase
LOWALNUM = string.ascii_lowercase + string.digits
UPALNUM = string.ascii_uppercase + string.digits
HEXL = "0123456789abcdef"
B64U = ALNUM + "-_"
MMB32 = "ybndrfg8ejkmcpqxot1uwisza345h769"  # Mattermost / rspamd base32
METEOR = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"
B32AWS = string.ascii_uppercase + "234567"
SYN_SYM = string.ascii_letters + string.digits + ".,;:^&*-_+=#~@"
BAD_WORDS = ("xxxx", "test", "pass", "abcd", "1234", "dead", "beef", "fake",
             "demo", "temp", "0000", "aaaa", "qwer", "asdf", "admin", "secret",
             "token", "key")


def _bad(s):
    low = s.lower()
    for i in range(len(low) - 3):
        a, b, c, d = (ord(x) for x in low[i:i + 4])
        if b - a == 1 and c - b == 1 and d - c == 1:
            return True
        if a == b == c == d:
            return True
    return any(w in low for w in BAD_WORDS)


def rs(alpha, n):
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if not _bad(s):
            return s


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(data, pad=True, url=False):
    s = (base64.urlsafe_b64encode(data) if url else base64.b64encode(data)).decode()
    return s if pad else s.rstrip("=")


def rb64(n, pad=True, url=False):
    while True:
        s = b64(rbytes(n), pad, url)
        if not _bad(s):
            return s


def base62(num, alphabet=string.digits + string.ascii_letters, width=6):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = alphabet[r] + out
    return out.rjust(width, "0")


def uuid4():
    h = list(rs(HEXL, 32))
    h[12] = "4"
    h[16] = ch("89ab")
    h = "".join(h)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def hexs(n):
    return rs(HEXL, n)


# ----------------------------------------------------------------- people / places
FIRST = ["marek", "kasia", "jonas", "elif", "tomas", "ingrid", "rafael", "nadia",
         "olek", "sven", "maite", "bruno", "lotte", "dmitri", "aylin", "kofi",
         "hanna", "pieter", "zofia", "mateo", "anouk", "yusuf", "greta", "ilias"]
LAST = ["kowalski", "lindqvist", "moreau", "baptiste", "novak", "okafor", "petersen",
        "rossi", "schreiber", "tanaka", "vermeer", "wojcik", "haddad", "fischer",
        "carvalho", "dubois", "eriksen", "kaplan", "murphy", "svoboda"]
WORDS = ["winter", "harbor", "falcon", "meadow", "copper", "lantern", "orchid",
         "granite", "thunder", "saffron", "maple", "pixel", "tundra", "juniper",
         "cobalt", "willow", "ember", "sparrow", "bison", "glacier", "marmot",
         "paprika", "quill", "raven", "sequoia", "violet", "walrus", "zephyr"]
ORGS = ["brightlane", "kowalczyk-it", "fjordnet", "hollowtree", "quarrybank",
        "nordwind", "alderhaus", "tidewater", "redmoss", "lindqvist", "cabrera-it",
        "pinecrest", "oakridgelab", "mistral-coop", "vantaa-hosting", "greyfield",
        "solvik", "bergstrom", "larchmont", "kestrel-labs", "hafenwerk", "tallbirch",
        "ostrava-net", "lumenhaus", "riverside-chess", "openfab", "bluecanal"]
TLDS = [".org", ".net", ".io", ".de", ".nl", ".pl", ".se", ".fr", ".eu", ".co.uk",
        ".cz", ".fi", ".ch", ".be", ".at"]


def domain():
    return ch(ORGS) + ch(TLDS)


def person():
    return ch(FIRST), ch(LAST)


def year():
    return str(ri(1968, 2016))


LEET = str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1", "s": "5"})


def human_pw(symbols=".-_!#@*+"):
    """A human-chosen password: words, names, years, a bit of leetspeak."""
    sep = ch(symbols)
    w1, w2 = R.sample(WORDS, 2)
    f = ch(FIRST)
    pat = ri(0, 6)
    if pat == 0:
        pw = f.capitalize() + sep + year() + w1
    elif pat == 1:
        pw = w1.translate(LEET).capitalize() + sep + str(ri(2, 99))
    elif pat == 2:
        pw = w1.capitalize() + w2.capitalize() + sep + str(ri(10, 99))
    elif pat == 3:
        pw = f + year()[2:] + sep + w1.capitalize()
    elif pat == 4:
        pw = sep.join([w1, w2, ch(WORDS).capitalize(), str(ri(2, 9))])
    elif pat == 5:
        pw = w1.capitalize() + year() + sep
    else:
        pw = ch(LAST).capitalize() + sep + w2 + str(ri(2, 99)) + ch(symbols)
    return pw


def machine_pw():
    k = ri(0, 4)
    if k == 0:
        return rb64(ch([18, 24, 32]))            # openssl rand -base64 N
    if k == 1:
        return rs(ALNUM, ch([20, 24, 28, 32]))   # pwgen -s N
    if k == 2:
        return hexs(ch([32, 48, 64]))             # openssl rand -hex N
    if k == 3:
        return rs(ALNUM + "-_", ch([22, 30, 40]))
    return rs(ALNUM + ".-_+", ch([16, 20]))


def any_pw():
    return human_pw() if coin(0.45) else machine_pw()


# ----------------------------------------------------------------- provider formats
def ses_user():
    return "AKIA" + rs(B32AWS, 16)


def ses_smtp_password():
    while True:
        s = b64(b"\x04" + rbytes(32))
        if not _bad(s):
            return s


def sendgrid_key():
    return "SG." + rs(B64U, 22) + "." + rs(B64U, 43)


def mailgun_key():
    if coin(0.4):
        return "key-" + hexs(32)
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8)


def mailgun_smtp_pw():
    return hexs(32) + "-" + hexs(8) + "-" + hexs(8) if coin(0.6) else machine_pw()


def postmark_token():
    return uuid4()


def mandrill_key():
    return rs(ALNUM + "-_" if coin(0.5) else ALNUM, 22)


def brevo_smtp_key():
    return "xsmtpsib-" + hexs(64) + "-" + rs(ALNUM, 16)


def brevo_api_key():
    return "xkeysib-" + hexs(64) + "-" + rs(ALNUM, 16)


def app_password():
    return rs(LOWER, 16)


def synapse_secret():
    return rs(SYN_SYM, 50)


def synapse_access_token(localpart):
    b = b64(localpart.encode(), pad=False)
    tok = "syt_" + b + "_" + rs(string.ascii_letters, 20)
    return tok + "_" + base62(zlib.crc32(tok.encode()))


def mm_id():
    return rs(MMB32, 26)


def meteor_id():
    return rs(METEOR, 17)


def rc_token():
    return rs(B64U, 43)


def jitsi_pw():
    return hexs(32)


def rspamd_hash():
    return "$2$" + rs(MMB32, 32) + "$" + rs(MMB32, 52)


def sha512_crypt():
    alpha = "./" + string.digits + string.ascii_letters
    return "$6$" + rs(alpha, 16) + "$" + rs(alpha, 86)


def bcrypt_hash(cost=None):
    alpha = "./" + string.digits + string.ascii_letters
    cost = cost or ch(["05", "10", "12"])
    return f"$2{ch('aby')}${cost}$" + rs(alpha, 22) + rs(alpha, 31)


def argon2id_hash():
    return ("$argon2id$v=19$m=" + ch(["65536", "6144", "19456"]) + ",t=" + ch("23")
            + ",p=" + ch("124") + "$" + rb64(16, pad=False) + "$" + rb64(32, pad=False))


def ssha_hash():
    return b64(rbytes(ch([24, 28, 72])))


# ----------------------------------------------------------------- keys (DER/PEM by hand)
_SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def _is_probable_prime(n, rounds=20):
    if n % 2 == 0:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = R.randrange(2, n - 1)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits):
    while True:
        c = R.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if any(c % p == 0 for p in _SMALL_PRIMES):
            continue
        if _is_probable_prime(c):
            return c


def _der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _der(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _der_int(v):
    b = v.to_bytes(max(1, (v.bit_length() + 8) // 8), "big")
    return _der(0x02, b)


def _seq(*parts):
    return _der(0x30, b"".join(parts))


RSA_ALGID = _seq(_der(0x06, bytes.fromhex("2a864886f70d010101")), b"\x05\x00")


def rsa_private_der(bits=2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2), _prime(bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        try:
            d = pow(e, -1, phi)
        except ValueError:
            continue
        break
    n = p * q
    pkcs1 = _seq(_der_int(0), _der_int(n), _der_int(e), _der_int(d), _der_int(p),
                 _der_int(q), _der_int(d % (p - 1)), _der_int(d % (q - 1)),
                 _der_int(pow(q, -1, p)))
    return pkcs1, n, e


def pem(label, der):
    s = b64(der)
    body = "\n".join(s[i:i + 64] for i in range(0, len(s), 64))
    return f"-----BEGIN {label}-----\n{body}\n-----END {label}-----"


def rsa_private_pem(bits=2048):
    pkcs1, n, e = rsa_private_der(bits)
    if coin(0.5):
        return pem("RSA PRIVATE KEY", pkcs1), n, e
    pkcs8 = _seq(_der_int(0), RSA_ALGID, _der(0x04, pkcs1))
    return pem("PRIVATE KEY", pkcs8), n, e


def ed25519_private_pem():
    der = bytes.fromhex("302e020100300506032b657004220420") + rbytes(32)
    return pem("PRIVATE KEY", der)


def rsa_spki_b64(bits=2048, n=None, e=65537):
    if n is None:  # structurally valid look-alike public key
        n = R.getrandbits(bits) | (1 << (bits - 1)) | 1
    rsapub = _seq(_der_int(n), _der_int(e))
    return b64(_seq(RSA_ALGID, _der(0x03, b"\x00" + rsapub)))


def ed25519_pub_b64():
    return b64(rbytes(32))


def fingerprint_colon(nbytes=32):
    return ":".join(f"{b:02X}" for b in rbytes(nbytes))


# ----------------------------------------------------------------- look-alikes
RAW = "\0RAW:"  # marker: value is an expression, caller must not quote it


def is_raw(v):
    return v.startswith(RAW)


def q(v, quote='"'):
    if is_raw(v):
        return v[len(RAW):]
    return f"{quote}{v}{quote}"


def ref(syn, var):
    """A reference to a secret stored elsewhere, in the file type's own syntax."""
    low = var.lower()
    if syn == "sh":
        return ch([f"${{{var}}}", f"${var}", f"${{{var}:?{var} not set}}",
                   f"$(cat /run/secrets/{low})", f"$(pass show mail/{low.replace('_', '-')})"])
    if syn == "compose":
        return ch([f"${{{var}}}", f"${{{var}:?err}}", f"${{{var}:-}}"])
    if syn == "jinja":
        return ch([f"{{{{ {low} }}}}", f"{{{{ vault_{low} }}}}",
                   f"{{{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/mail:{low}') }}}}",
                   f"{{{{ {low} | mandatory }}}}"])
    if syn == "php":
        return RAW + ch([f"getenv('{var}')", f"$_ENV['{var}']",
                         f"trim(file_get_contents('/run/secrets/{low}'))"])
    if syn == "lua":
        return RAW + ch([f'os.getenv("{var}")', f'Lua.os.getenv("{var}")'])
    if syn == "gotmpl":
        return f"{{{{ .Env.{var} }}}}"
    if syn == "supervisor":
        return f"%(ENV_{var})s"
    if syn == "weechat":
        return f"${{sec.data.{low}}}"
    if syn == "synapse":
        return ch([f"{{{{ SYNAPSE_{var} }}}}", f"${{{var}}}"])
    return None


PLACEHOLDERS = ["changeme", "CHANGEME", "CHANGE_ME", "REPLACE_ME", "<password>",
                "<your-password>", "********", "xxxxxxxx", "TODO", "<redacted>",
                "[REDACTED]", "secret", "s3cr3t", "example", "YOUR_PASSWORD_HERE"]


def placeholder(prefix="", kind="password", name=""):
    if prefix:
        return ch([prefix + "x" * ch([8, 16, 24]), prefix + "...", prefix + "<redacted>",
                   f"<your-{name or 'api'}-key>", prefix + "XXXXXXXXXXXXXXXXXXXX",
                   "YOUR_API_KEY", f"{prefix}REPLACE_ME"])
    if kind == "token":
        return ch(["YOUR_API_KEY", "<api-key>", f"<{name or 'token'}>", "REPLACE_WITH_TOKEN",
                   "<paste token here>", "********", "TODO", "changeme"])
    return ch(PLACEHOLDERS)


def masked(real, prefix=""):
    tail = real[-4:]
    k = ri(0, 3)
    if k == 0:
        return prefix + "*" * ri(8, 20) + tail
    if k == 1:
        return prefix + "\u2026" + tail
    if k == 2:
        return prefix + "****" + tail
    return real[:len(prefix) + 2] + "..." + tail


LAST_STYLE = ["none"]


def lookalike(real, syn="none", var="SECRET", prefix="", kind="password", name="", alt=None):
    """An innocent value for a secret slot (never the real value)."""
    opts = ["ph", "mask"]
    if syn != "none" and ref(syn, var) is not None:
        opts += ["ref", "ref", "ref"]
    if alt:
        opts += ["alt", "alt"]
    o = ch(opts)
    LAST_STYLE[0] = {"ph": "placeholder", "mask": "masked", "ref": "reference", "alt": "alternative"}[o]
    if o == "ref":
        return ref(syn, var)
    if o == "alt":
        v = alt()
        if v == "":
            LAST_STYLE[0] = "empty"
        elif v.startswith(("{", "$")):
            LAST_STYLE[0] = "hash"
        elif v.startswith(("<", "/")):
            LAST_STYLE[0] = "file-reference"
        return v
    if o == "mask":
        return masked(real, prefix)
    return placeholder(prefix, kind, name)


class Ctx:
    """Tracks the single real secret of a positive file."""

    def __init__(self, pos):
        self.pos = pos
        self.needle = None
        self.style = None

    def sec(self, gen, syn="none", var="SECRET", prefix="", kind="password", name="", alt=None):
        real = gen()
        if self.pos:
            assert self.needle is None, "two secrets in one positive"
            self.needle = real
            return real
        v = lookalike(real, syn, var, prefix, kind, name, alt)
        self.style = LAST_STYLE[0]
        return v

    def fill(self, gen, syn="none", var="SECRET", prefix="", kind="password", name="", alt=None):
        """A sibling secret slot: always a look-alike, in positives too."""
        return lookalike(gen(), syn, var, prefix, kind, name, alt)

    def mark(self, needle):
        """Register a needle that was produced by a composite generator."""
        if self.pos:
            assert self.needle is None
            self.needle = needle


def pick_var(provider_names, generic_names, p_generic=0.4):
    return ch(generic_names) if coin(p_generic) else ch(provider_names)


GENERIC_PW_VARS = ["SMTP_PASSWORD", "RELAY_PASS", "MAIL_PASSWORD", "PASSWORD", "AUTH",
                   "SMTP_PASS", "MAILER_PASSWORD", "RELAY_SECRET", "EMAIL_HOST_PASSWORD",
                   "OUTBOUND_SMTP_PASSWORD"]
GENERIC_TOKEN_VARS = ["API_KEY", "TOKEN", "AUTH_TOKEN", "ACCESS_TOKEN", "SERVICE_KEY",
                      "NOTIFY_TOKEN", "BOT_AUTH", "KEY", "CREDENTIAL", "HOOK_TOKEN"]


# ----------------------------------------------------------------- relay providers
SES_REGIONS = ["eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "eu-north-1",
               "ap-southeast-2", "ca-central-1"]
ISP_RELAYS = ["smtp.ionos.de", "smtp.strato.de", "mail.gandi.net", "smtp.fastmail.com",
              "smtp.mailbox.org", "mail.infomaniak.com", "smtp.ovh.net", "smtp.migadu.com",
              "smtp.zoho.eu", "smtp.purelymail.com", "mail.your-server.de"]


def relay_choice(dom):
    k = ch(["ses", "ses", "sendgrid", "sendgrid", "mailgun", "postmark", "mandrill",
            "brevo", "brevo", "o365", "gmail", "isp", "isp"])
    f, l = person()
    if k == "ses":
        return dict(provider="aws-ses", kind="smtp-password", host=f"email-smtp.{ch(SES_REGIONS)}.amazonaws.com",
                    port=ch([587, 587, 465, 2587]), user=ses_user(), neg_user="AKIAIOSFODNN7EXAMPLE",
                    gen=ses_smtp_password, prefix="", var="SES_SMTP_PASSWORD")
    if k == "sendgrid":
        return dict(provider="sendgrid", kind="api-key", host="smtp.sendgrid.net", port=ch([587, 465, 2525]),
                    user="apikey", gen=sendgrid_key, prefix="SG.", var="SENDGRID_API_KEY")
    if k == "mailgun":
        return dict(provider="mailgun", kind="smtp-password", host=ch(["smtp.mailgun.org", "smtp.eu.mailgun.org"]),
                    port=587, user=f"postmaster@mg.{dom}", gen=mailgun_smtp_pw, prefix="", var="MAILGUN_SMTP_PASSWORD")
    if k == "postmark":
        return dict(provider="postmark", kind="server-token", host="smtp.postmarkapp.com", port=ch([587, 2525]),
                    user=None, gen=postmark_token, prefix="", var="POSTMARK_SERVER_TOKEN")
    if k == "mandrill":
        return dict(provider="mandrill", kind="api-key", host="smtp.mandrillapp.com", port=587,
                    user=ch([f"{f}@{dom}", dom.split(".")[0].title() + " Ops", f"ops@{dom}"]).replace(" ", ""),
                    gen=mandrill_key, prefix="", var="MANDRILL_API_KEY")
    if k == "brevo":
        return dict(provider="brevo", kind="smtp-key", host=ch(["smtp-relay.brevo.com", "smtp-relay.sendinblue.com"]),
                    port=587, user=ch([f"{hexs(6)}{ri(1, 9):03d}@smtp-brevo.com", f"{f}.{l}@{dom}"]),
                    gen=brevo_smtp_key, prefix="xsmtpsib-", var="BREVO_SMTP_KEY")
    if k == "o365":
        return dict(provider="microsoft-365", kind="app-password", host="smtp.office365.com", port=587,
                    user=f"{f}.{l}@{dom}", gen=app_password, prefix="", var="O365_APP_PASSWORD")
    if k == "gmail":
        return dict(provider="google-workspace", kind="app-password", host="smtp.gmail.com", port=587,
                    user=f"{f}.{l}@{dom}", gen=app_password, prefix="", var="GMAIL_APP_PASSWORD")
    host = ch(ISP_RELAYS)
    return dict(provider="smtp-relay", kind="relay-password", host=host, port=ch([587, 465, 587]),
                user=f"{ch(['relay', 'noreply', 'postmaster', f])}@{dom}", gen=any_pw, prefix="",
                var="RELAY_PASSWORD")


def relay_pair(ctx, rel, syn="none", var=None):
    """user, password strings for a relay; registers the needle."""
    var = var or rel["var"]
    kind = "token" if rel["prefix"] or rel["provider"] in ("postmark", "mandrill") else "password"
    pw = ctx.sec(rel["gen"], syn, var, rel["prefix"], kind, rel["provider"])
    if rel["user"] is None:           # postmark: token as user and password
        return pw, pw
    user = rel["user"]
    if not ctx.pos and rel.get("neg_user"):
        user = ch([rel["neg_user"], ref(syn, "SES_SMTP_USER") or rel["neg_user"]])
    return user, pw


def b_sasl_passwd(ctx):
    dom = domain()
    rel = relay_choice(dom)
    tmpl = (not ctx.pos) and coin(0.35)
    syn = "jinja" if tmpl else "none"
    user, pw = relay_pair(ctx, rel, syn)
    hp = f"[{rel['host']}]:{rel['port']}"
    lines = [f"# /etc/postfix/sasl_passwd - relay credentials for {dom}",
             "# After editing run:  postmap /etc/postfix/sasl_passwd && systemctl reload postfix",
             "# File must be 0600 root:root; the .db is what postfix actually reads."]
    if tmpl:
        lines[0] = "# {{ ansible_managed }}"
    lines.append("")
    if coin(0.4):
        lines.append(f"# old relay, disabled {ri(2019, 2024)}-{ri(1, 12):02d}")
        lines.append(f"#[{ch(ISP_RELAYS)}]:587 {ch(FIRST)}@{dom}:{placeholder()}")
    key = hp if coin(0.75) else f"@{dom}"
    lines.append(f"{key} {user}:{pw}")
    if coin(0.3):
        lines += ["", "# per-sender entries live in sender_relay / sasl_passwd_senders"]
    path = ch(["etc/postfix/sasl_passwd", "postfix/sasl/sasl_passwd", "mail/postfix/sasl_passwd"])
    if tmpl:
        path = ch(["roles/postfix/templates/sasl_passwd.j2", "ansible/roles/mail-relay/templates/sasl_passwd.j2"])
    return rel["provider"], rel["kind"], "sasl_passwd", path, lines


def main_cf_lines(dom, relay_lines, extras=()):
    L = ["# See /usr/share/postfix/main.cf.dist for a commented, more complete version",
         "", "smtpd_banner = $myhostname ESMTP $mail_name (Debian/GNU)", "biff = no",
         "append_dot_mydomain = no", "readme_directory = no",
         f"compatibility_level = {ch(['2', '3.6', '3.7'])}", "", "# TLS parameters",
         f"smtpd_tls_cert_file = /etc/letsencrypt/live/mail.{dom}/fullchain.pem",
         f"smtpd_tls_key_file = /etc/letsencrypt/live/mail.{dom}/privkey.pem",
         "smtpd_tls_security_level = may", "smtp_tls_CApath = /etc/ssl/certs",
         "smtp_tls_security_level = encrypt",
         "smtp_tls_session_cache_database = btree:${data_directory}/smtp_scache", "",
         f"myhostname = mail.{dom}", "alias_maps = hash:/etc/aliases",
         "alias_database = hash:/etc/aliases", "myorigin = /etc/mailname",
         f"mydestination = $myhostname, localhost.{dom}, localhost",
         "mynetworks = 127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128 10.20.0.0/16",
         "mailbox_size_limit = 0", "recipient_delimiter = +", "inet_interfaces = all",
         "inet_protocols = all", ""]
    if coin(0.5):
        L += ["# milters: opendkim on 8891, rspamd proxy on 11332",
              "milter_default_action = accept", "milter_protocol = 6",
              f"smtpd_milters = {ch(['inet:localhost:8891', 'inet:127.0.0.1:11332'])}",
              "non_smtpd_milters = $smtpd_milters", ""]
    L += list(extras)
    L += relay_lines
    if coin(0.5):
        L += ["", "virtual_transport = lmtp:unix:private/dovecot-lmtp",
              "virtual_mailbox_domains = mysql:/etc/postfix/mysql-virtual-mailbox-domains.cf",
              "virtual_mailbox_maps = mysql:/etc/postfix/mysql-virtual-mailbox-maps.cf",
              "virtual_alias_maps = mysql:/etc/postfix/mysql-virtual-alias-maps.cf"]
    return L


def b_main_cf(ctx):
    dom = domain()
    rel = relay_choice(dom)
    relay = [f"relayhost = [{rel['host']}]:{rel['port']}", "smtp_sasl_auth_enable = yes",
             "smtp_sasl_security_options = noanonymous", "smtp_sasl_tls_security_options = noanonymous"]
    if ctx.pos or coin(0.3):
        user, pw = relay_pair(ctx, rel)
        relay.insert(2, f"smtp_sasl_password_maps = static:{user}:{pw}")
    else:
        relay.insert(2, "smtp_sasl_password_maps = " + ch(["hash:", "lmdb:", "texthash:", "btree:"])
                     + ch(["/etc/postfix/sasl_passwd", "/etc/postfix/sasl/sasl_passwd", "${config_directory}/relay_passwd"]))
        if coin(0.5):
            relay.append("sender_dependent_relayhost_maps = hash:/etc/postfix/sender_relay")
            relay.append("smtp_sender_dependent_authentication = yes")
    relay = ["# --- outbound relay ---"] + relay
    return rel["provider"], rel["kind"], "main.cf", ch(["etc/postfix/main.cf", "postfix/main.cf"]), main_cf_lines(dom, relay)


def b_master_cf(ctx):
    dom = domain()
    rel = relay_choice(dom)
    L = ["#", "# Postfix master process configuration file.  For details on the format",
         "# of the file, see the master(5) manual page.", "#",
         "# ==========================================================================",
         "# service type  private unpriv  chroot  wakeup  maxproc command + args",
         "#               (yes)   (yes)   (no)    (never) (100)",
         "# ==========================================================================",
         "smtp      inet  n       -       y       -       -       smtpd",
         "submission inet n       -       y       -       -       smtpd",
         "  -o syslog_name=postfix/submission", "  -o smtpd_tls_security_level=encrypt",
         "  -o smtpd_sasl_auth_enable=yes", "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject",
         "pickup    unix  n       -       y       60      1       pickup",
         "cleanup   unix  n       -       y       -       0       cleanup",
         "qmgr      unix  n       -       n       300     1       qmgr",
         "tlsmgr    unix  -       -       y       1000?   1       tlsmgr",
         "rewrite   unix  -       -       y       -       -       trivial-rewrite",
         "bounce    unix  -       -       y       -       0       bounce",
         "smtp      unix  -       -       y       -       -       smtp",
         "relay     unix  -       -       y       -       -       smtp",
         "        -o syslog_name=postfix/$service_name", ""]
    tname = ch(["bulkrelay", "sesrelay", "newsletter", "smarthost", "outbound"])
    L += [f"# transport for {ch(['newsletters', 'bulk mail', 'the CRM', 'ticket system'])} -> {rel['host']}",
          f"{tname} unix  -       -       n       -       -       smtp",
          f"  -o relayhost=[{rel['host']}]:{rel['port']}", "  -o smtp_sasl_auth_enable=yes"]
    if ctx.pos or coin(0.4):
        user, pw = relay_pair(ctx, rel)
        L.append(f"  -o smtp_sasl_password_maps=static:{user}:{pw}")
    else:
        L.append(f"  -o smtp_sasl_password_maps=hash:/etc/postfix/{tname}_passwd")
    L += ["  -o smtp_sasl_security_options=noanonymous", "  -o smtp_tls_security_level=encrypt",
          "", "lmtp      unix  -       -       y       -       -       lmtp",
          "anvil     unix  -       -       y       -       1       anvil",
          "scache    unix  -       -       y       -       1       scache",
          "postlog   unix-dgram n  -       n       -       1       postlogd"]
    return rel["provider"], rel["kind"], "master.cf", ch(["etc/postfix/master.cf", "postfix/master.cf"]), L


def b_sender_relay_neg(ctx):
    """sender_relay never holds passwords (negative only)."""
    dom = domain()
    L = ["# sender_dependent_relayhost_maps", "# postmap /etc/postfix/sender_relay", ""]
    for _ in range(ri(2, 6)):
        rel = relay_choice(dom)
        L.append(f"{ch(['@', ch(FIRST) + '@', 'noreply@', 'billing@'])}{ch([dom, 'lists.' + dom, 'shop.' + dom])}"
                 f"    [{rel['host']}]:{rel['port']}")
    L += ["", "# credentials: see sasl_passwd (kept out of git, rendered from vault)"]
    return "postfix", "sender-relay-map", "sender_relay", "etc/postfix/sender_relay", L


def b_postfix_lookup_cf(ctx):
    dom = domain()
    if coin(0.5):
        name = ch(["mysql-virtual-mailbox-maps.cf", "mysql-virtual-alias-maps.cf", "mysql-virtual-mailbox-domains.cf"])
        L = [f"# {name} - postfix lookup table", "user = mailuser"]
        L.append("password = " + ctx.sec(any_pw, var="MAIL_DB_PASSWORD"))
        L += [f"hosts = {ch(['127.0.0.1', 'db.internal', 'unix:/run/mysqld/mysqld.sock'])}",
              f"dbname = {ch(['mailserver', 'vmail', 'postfix'])}"]
        L.append({"mysql-virtual-mailbox-maps.cf": "query = SELECT 1 FROM virtual_users WHERE email='%s'",
                  "mysql-virtual-alias-maps.cf": "query = SELECT destination FROM virtual_aliases WHERE source='%s'",
                  "mysql-virtual-mailbox-domains.cf": "query = SELECT 1 FROM virtual_domains WHERE name='%s'"}[name])
        return "postfix", "sql-map-password", "postfix-map.cf", f"etc/postfix/{name}", L
    base = ",".join(f"dc={p}" for p in dom.split("."))
    L = ["# ldap-users.cf - virtual_mailbox_maps via LDAP", f"server_host = ldaps://ldap.{dom}",
         "version = 3", f"search_base = ou=people,{base}",
         "query_filter = (&(objectClass=inetOrgPerson)(mail=%s))", "result_attribute = mail",
         "bind = yes", f"bind_dn = cn=postfix,ou=services,{base}"]
    L.append("bind_pw = " + ctx.sec(any_pw, var="LDAP_BIND_PW"))
    L += ["tls_require_cert = yes", "tls_ca_cert_file = /etc/ssl/certs/ca-certificates.crt"]
    return "postfix", "ldap-bind-password", "postfix-map.cf", "etc/postfix/ldap-users.cf", L


def b_msmtprc(ctx):
    dom = domain()
    rel = relay_choice(dom)
    L = ["# msmtp config for cron mails / smartd / zfs-zed notifications", "defaults", "auth           on",
         "tls            on", "tls_trust_file /etc/ssl/certs/ca-certificates.crt",
         "logfile        /var/log/msmtp.log", "", f"account        {ch(['relay', 'default', 'alerts'])}",
         f"host           {rel['host']}", f"port           {rel['port']}",
         f"from           {ch(['root', 'alerts', 'noreply'])}@{dom}"]
    if ctx.pos or coin(0.3):
        user, pw = relay_pair(ctx, rel)
        L += [f"user           {user}", f"password       {pw}"]
    else:
        L += [f"user           {rel.get('neg_user') or rel['user'] or 'POSTMARK_API_TEST'}",
              "passwordeval   " + ch(['"pass show mail/relay"', '"cat /etc/msmtp.secret"',
                                      '"gpg --quiet --for-your-eyes-only --no-tty --decrypt ~/.msmtp-password.gpg"'])]
    L += ["", "account default : " + L[7].split()[-1], "", "aliases /etc/aliases"]
    return rel["provider"], rel["kind"], "msmtprc", ch(["etc/msmtprc", "dotfiles/.msmtprc", "roles/notify/files/msmtprc"]), L


# ----------------------------------------------------------------- dovecot / exim
def dovecot_hash():
    k = ri(0, 4)
    if k == 0:
        return "{SHA512-CRYPT}" + sha512_crypt()
    if k == 1:
        return "{BLF-CRYPT}" + bcrypt_hash("05" if coin() else "10").replace("$2a$", "$2y$").replace("$2b$", "$2y$")
    if k == 2:
        return "{ARGON2ID}" + argon2id_hash()
    if k == 3:
        return "{SSHA512}" + b64(rbytes(72))
    return "{SSHA}" + b64(rbytes(24))


def b_dovecot_static(ctx):
    dom = domain()
    L = ["# conf.d/auth-static.conf.ext", "# Shared mailbox account used by the helpdesk (postmaster@%s)" % dom,
         "# and the archiver; everything else authenticates via passwd-file.", "",
         "passdb {", "  driver = static"]
    pw = ctx.sec(human_pw if coin(0.6) else machine_pw, var="DOVECOT_STATIC_PW",
                 alt=lambda: dovecot_hash())
    L.append(f"  args = {ch(['', 'user=archiver ', 'allow_nets=10.20.0.0/16 '])}password={pw}")
    L += ["}", "", "userdb {", "  driver = static",
          f"  args = uid=vmail gid=vmail home=/var/vmail/{dom}/%n", "}"]
    return "dovecot", "static-passdb-password", "dovecot-conf", "etc/dovecot/conf.d/auth-static.conf.ext", L


def b_dovecot_passwd_file(ctx):
    dom = domain()
    n = ri(3, 12)
    target = ri(0, n - 1)
    L = [f"# {dom} virtual users - managed by hand, see runbooks/mail.md",
         "# user:password:uid:gid:(gecos):home:(shell):extra_fields"]
    for i in range(n):
        f, l = person()
        addr = f"{ch([f, f + '.' + l, f[0] + l])}@{dom}"
        if i == target and ctx.pos:
            pwd = ctx.sec(human_pw)
            pwd = ch(["{PLAIN}", "{CLEAR}", "{PLAIN}"]) + pwd
        else:
            pwd = dovecot_hash()
        quota = ch(["", "userdb_quota_rule=*:storage=2G", "userdb_quota_rule=*:storage=10G"])
        L.append(f"{addr}:{pwd}:5000:5000::/var/vmail/{dom}/{addr.split('@')[0]}::{quota}")
    path = ch(["etc/dovecot/users", "etc/dovecot/passwd", f"etc/dovecot/passwd.d/{dom}"])
    return "dovecot", "passwd-file-plain", "dovecot-passwd", path, L


def b_dovecot_conf_secret(ctx):
    """doveadm_password, SQL connect password or LDAP dnpass."""
    dom = domain()
    k = ri(0, 2)
    base = ",".join(f"dc={p}" for p in dom.split("."))
    if k == 0:
        L = ["# conf.d/90-replication.conf - dsync between mx1 and mx2", "",
             "service aggregator {", "  fifo_listener replication-notify-fifo {", "    user = vmail", "  }", "}",
             "service replicator {", "  process_min_avail = 1", "}", "", "service doveadm {",
             "  inet_listener {", f"    port = {ch([12345, 4177, 12346])}", "  }", "}", "",
             f"replication_max_conns = {ri(5, 20)}"]
        L.append("doveadm_password = " + ctx.sec(machine_pw, var="DOVEADM_PASSWORD",
                                                   alt=lambda: "</etc/dovecot/private/doveadm.secret"))
        L += ["", "plugin {", f"  mail_replica = tcp:mx{ch('12')}.{dom}:12345", "}"]
        return "dovecot", "doveadm-password", "dovecot-conf", "etc/dovecot/conf.d/90-replication.conf", L
    if k == 1:
        pw = ctx.sec(any_pw, var="DOVECOT_SQL_PASSWORD")
        L = ["# dovecot-sql.conf.ext", "driver = mysql",
             f"connect = host={ch(['127.0.0.1', 'db.internal', '/run/mysqld/mysqld.sock'])} dbname=mailserver user=dovecot password={pw}",
             "default_pass_scheme = " + ch(["SHA512-CRYPT", "BLF-CRYPT", "ARGON2ID"]), "",
             "password_query = SELECT email AS user, password FROM virtual_users WHERE email = '%u'",
             "user_query = SELECT CONCAT('/var/vmail/', domain, '/', local) AS home, 5000 AS uid, 5000 AS gid FROM virtual_users WHERE email = '%u'",
             "iterate_query = SELECT email AS user FROM virtual_users"]
        return "dovecot", "sql-password", "dovecot-conf", "etc/dovecot/dovecot-sql.conf.ext", L
    L = ["# dovecot-ldap.conf.ext", f"uris = ldaps://ldap.{dom}", f"dn = cn=dovecot,ou=services,{base}"]
    L.append("dnpass = " + ctx.sec(any_pw, var="LDAP_DNPASS"))
    L += ["auth_bind = yes", "ldap_version = 3", f"base = ou=people,{base}", "scope = subtree",
          "user_attrs = mail=user,=home=/var/vmail/%d/%n", "user_filter = (&(objectClass=inetOrgPerson)(mail=%u))",
          "pass_filter = (&(objectClass=inetOrgPerson)(mail=%u))", "default_pass_scheme = SSHA"]
    return "dovecot", "ldap-dnpass", "dovecot-conf", "etc/dovecot/dovecot-ldap.conf.ext", L


EXIM_HDR = ["######################################################################",
            "#                   AUTHENTICATION CONFIGURATION                     #",
            "######################################################################", "", "begin authenticators", ""]


def b_exim_auth(ctx):
    dom = domain()
    user = ch(["relayuser", "scanner", "printer", "nas", "webapp", f"{ch(FIRST)}"])
    L = [f"# exim.conf excerpt for mx.{dom}", "primary_hostname = mx.%s" % dom,
         "domainlist local_domains = @ : localhost : " + dom,
         "hostlist relay_from_hosts = localhost : 10.20.0.0/16", "tls_advertise_hosts = *",
         f"tls_certificate = /etc/letsencrypt/live/mx.{dom}/fullchain.pem",
         f"tls_privatekey = /etc/letsencrypt/live/mx.{dom}/privkey.pem", ""] + EXIM_HDR
    exim_safe = ".-_!#@*+"
    if ctx.pos or coin(0.25):
        pw = ctx.sec(lambda: human_pw(exim_safe) if coin(0.6) else rs(ALNUM, 24))
        cond = f"${{if and {{{{eq{{$auth2}}{{{user}}}}}{{eq{{$auth3}}{{{pw}}}}}}}}}"
    else:
        cond = ch(["${if crypteq{$auth3}{${extract{1}{:}{${lookup{$auth2}lsearch{/etc/exim/passwd}{$value}{*:*}}}}}{1}{0}}",
                   "${if pam{$auth2:${sg{$auth3}{:}{::}}}}",
                   "${if saslauthd{{$auth2}{$auth3}}{1}{0}}",
                   "${if eq{$auth3}{${lookup{$auth2}lsearch{/etc/exim4/relay_users}}}}"])
    L += ["PLAIN:", "  driver                     = plaintext", "  public_name                = PLAIN",
          f"  server_condition           = {cond}", "  server_set_id              = $auth2",
          "  server_prompts             = :", "  server_advertise_condition = ${if def:tls_in_cipher}", "",
          "LOGIN:", "  driver                     = plaintext", "  public_name                = LOGIN",
          "  server_prompts             = Username:: : Password::",
          "  server_condition           = ${if crypteq{$auth2}{${lookup{$auth1}lsearch{/etc/exim/passwd}{$value}fail}}}",
          "  server_set_id              = $auth1"]
    return "exim", "server-condition-password", "exim.conf", ch(["etc/exim/exim.conf", "etc/exim4/exim4.conf.template", "exim/configure"]), L


def b_exim_passwd_client(ctx):
    dom = domain()
    rel = relay_choice(dom)
    L = ["# password file used when the local exim is authenticating to a remote",
         "# host as a client.", "#", "# see exim4_passwd_client(5) for more documentation", "#",
         "# Example:", "### target.mail.server.example:login:password", ""]
    user, pw = relay_pair(ctx, rel)
    host = ch([rel["host"], "*." + ".".join(rel["host"].split(".")[-2:])])
    L.append(f"{host}:{user}:{pw}")
    return rel["provider"], rel["kind"], "exim-passwd.client", "etc/exim4/passwd.client", L


# ----------------------------------------------------------------- DKIM / ARC
def b_dkim_private(ctx):
    """Positive only: the key file itself."""
    dom = domain()
    sel = ch(["mail", "default", "dkim", f"s{ri(2019, 2025)}", f"{ri(2019, 2025)}{ri(1, 12):02d}", "mx"])
    if coin(0.15):
        p, _, _ = rsa_private_pem(2048)
        ctx.mark(p)
        return "rspamd", "arc-private-key", "dkim-private", ch([f"var/lib/rspamd/arc/{dom}.arc.key",
                                                               f"rspamd/arc/{dom}.{sel}.key"]), p.split("\n")
    if coin(0.2):
        p = ed25519_private_pem()
        kind = "dkim-ed25519-private-key"
    else:
        p, _, _ = rsa_private_pem(ch([1024, 2048, 2048]))
        kind = "dkim-rsa-private-key"
    ctx.mark(p)
    path = ch([f"etc/opendkim/keys/{dom}/{sel}.private", f"var/lib/rspamd/dkim/{dom}.{sel}.key",
               f"etc/dkimkeys/{sel}.private", f"dkim/{dom}/{sel}.private"])
    return "opendkim" if "opendkim" in path or "dkimkeys" in path else "dkim", kind, "dkim-private", path, p.split("\n")


def b_dkim_yaml(ctx):
    """DKIM/ARC key pasted into Ansible vars; negatives: vault / path / public key."""
    dom = domain()
    sel = ch(["mail", "default", "arc", f"s{ri(2019, 2025)}"])
    arc = sel == "arc" or coin(0.3)
    L = ["---", f"# group_vars/mailservers/{'arc' if arc else 'dkim'}.yml", f"mail_domain: {dom}",
         f"rspamd_{'arc' if arc else 'dkim'}_selector: {sel}", "rspamd_dkim_sign_local: true",
         "rspamd_dkim_use_esld: true", ""]
    var = "rspamd_arc_private_key" if arc else ch(["dkim_private_key", "opendkim_private_key", "signing_key"])
    if ctx.pos:
        p, _, _ = rsa_private_pem(2048)
        ctx.mark(p)
        L.append(f"{var}: |")
        L += ["  " + x for x in p.split("\n")]
        # indentation inside YAML: needle must match exactly as written
        ctx.needle = "\n".join("  " + x if i else x for i, x in enumerate(p.split("\n")))
    else:
        k = ri(0, 2)
        if k == 0:
            L += [f"{var}: !vault |", "  $ANSIBLE_VAULT;1.1;AES256"]
            blob = hexs(ri(8, 14) * 80)
            L += ["  " + blob[i:i + 80] for i in range(0, len(blob), 80)]
        elif k == 1:
            L.append(f"{var}: \"{{{{ lookup('file', 'keys/{dom}.{sel}.key') }}}}\"")
        else:
            L.append(f"{var}: \"{{{{ vault_{var} }}}}\"")
        L += ["", f"{'arc' if arc else 'dkim'}_public_key: >-", "  " + rsa_spki_b64(2048)]
    L += ["", "rspamd_dkim_path: /var/lib/rspamd/dkim/$domain.$selector.key"]
    return "rspamd" if arc else "dkim", "arc-private-key" if arc else "dkim-rsa-private-key", "ansible-vars", \
        f"inventory/group_vars/mailservers/{'arc' if arc else 'dkim'}.yml", L


def dkim_txt_lines(dom, sel, p, width=250):
    chunks = [p[i:i + width] for i in range(0, len(p), width)]
    L = [f'{sel}._domainkey\tIN\tTXT\t( "v=DKIM1; h=sha256; k=rsa; "']
    for i, c in enumerate(chunks):
        pre = '"p=' if i == 0 else '"'
        L.append(f"\t  {pre}{c}\" " + (f") ; ----- DKIM key {sel} for {dom}" if i == len(chunks) - 1 else ""))
    return L


def b_dkim_dns_neg(ctx):
    dom = domain()
    sel = ch(["mail", "default", f"s{ri(2019, 2025)}", "mx"])
    k = ri(0, 2)
    if k == 0:   # opendkim-genkey .txt
        bits = ch([1024, 2048])
        L = [f"; opendkim-genkey -b {bits} -h rsa-sha256 -r -s {sel} -d {dom}",
             f"; publish at {sel}._domainkey.{dom}; the .private next to it stays on the server",
             f"; rotated {ri(2022, 2025)}-{ri(1, 12):02d}, old selector kept published for 30 days"]
        L += dkim_txt_lines(dom, sel, rsa_spki_b64(bits), ch([250, 96, 72]))
        return "opendkim", "dkim-public-txt", "dkim-txt", f"etc/opendkim/keys/{dom}/{sel}.txt", L
    if k == 1:   # zone file
        L = [f"$ORIGIN {dom}.", "$TTL 3600",
             f"@\tIN\tSOA\tns1.{dom}. hostmaster.{dom}. ( {ri(2023, 2025)}{ri(1, 12):02d}{ri(1, 28):02d}01 7200 3600 1209600 3600 )",
             f"@\tIN\tNS\tns1.{dom}.", f"@\tIN\tNS\tns2.{dom}.", f"@\tIN\tMX\t10 mx1.{dom}.", f"@\tIN\tMX\t20 mx2.{dom}.",
             f"mx1\tIN\tA\t{ri(80, 200)}.{ri(0, 255)}.{ri(0, 255)}.{ri(2, 250)}",
             f'@\tIN\tTXT\t"v=spf1 mx ip4:{ri(80, 200)}.{ri(0, 255)}.{ri(0, 255)}.0/28 include:amazonses.com -all"',
             f'_dmarc\tIN\tTXT\t"v=DMARC1; p=quarantine; rua=mailto:dmarc@{dom}; ruf=mailto:dmarc@{dom}; fo=1; adkim=s; aspf=s"',
             f'_mta-sts\tIN\tTXT\t"v=STSv1; id={ri(2023, 2025)}{ri(1, 12):02d}{ri(1, 28):02d}T000000"',
             f'_smtp._tls\tIN\tTXT\t"v=TLSRPTv1; rua=mailto:tlsrpt@{dom}"',
             f"_25._tcp.mx1\tIN\tTLSA\t3 1 1 {hexs(64)}",
             f'{sel}._domainkey\tIN\tTXT\t"v=DKIM1; k=ed25519; p={ed25519_pub_b64()}"']
        L += dkim_txt_lines(dom, sel + "r", rsa_spki_b64(2048))
        return "dns", "dkim-dmarc-spf-records", "zone-file", ch([f"dns/zones/db.{dom}", f"bind/{dom}.zone"]), L
    L = [f"# {dom}: rspamd dkim public key for selector {sel}", "-----BEGIN PUBLIC KEY-----"]
    s = rsa_spki_b64(2048)
    L += [s[i:i + 64] for i in range(0, len(s), 64)] + ["-----END PUBLIC KEY-----"]
    return "dkim", "dkim-public-key", "pem-public", f"var/lib/rspamd/dkim/{dom}.{sel}.pub", L


def b_opendkim_conf_neg(ctx):
    dom = domain()
    sel = ch(["mail", "default", "dkim"])
    L = ["# /etc/opendkim.conf", "Syslog\t\t\tyes", "SyslogSuccess\t\tyes", "LogWhy\t\t\tno",
         "Canonicalization\trelaxed/simple", "Mode\t\t\tsv", "SubDomains\t\tno", "OversignHeaders\t\tFrom",
         f"Domain\t\t\t{dom}", f"Selector\t\t{sel}",
         f"KeyFile\t\t\t/etc/opendkim/keys/{dom}/{sel}.private",
         "KeyTable\t\trefile:/etc/opendkim/key.table", "SigningTable\t\trefile:/etc/opendkim/signing.table",
         "ExternalIgnoreList\t/etc/opendkim/trusted.hosts", "InternalHosts\t\t/etc/opendkim/trusted.hosts",
         "UserID\t\t\topendkim", "UMask\t\t\t007", "Socket\t\t\tinet:8891@localhost",
         "PidFile\t\t\t/run/opendkim/opendkim.pid", "TrustAnchorFile\t\t/usr/share/dns/root.key"]
    return "opendkim", "opendkim-conf", "opendkim.conf", "etc/opendkim.conf", L


# ----------------------------------------------------------------- rspamd / SA / amavis
def b_rspamd_controller(ctx):
    L = ["# local.d/worker-controller.inc", "# generated with `rspamadm pw` - never put the plain password here",
         f'bind_socket = "{ch(["localhost:11334", "127.0.0.1:11334", "*:11334"])}";', "count = 1;", ""]
    target = ch(["password", "enable_password"])
    for slot in ("password", "enable_password"):
        if slot == target:
            v = ctx.sec(lambda: human_pw() if coin(0.5) else machine_pw(), alt=rspamd_hash)
        else:
            v = rspamd_hash()
        L.append(f'{slot} = "{v}";')
    L += ["", "secure_ip = \"127.0.0.1\";", "secure_ip = \"::1\";", f"secure_ip = \"10.20.{ri(0, 9)}.0/24\";",
          "static_dir = \"${WWWDIR}\";"]
    if ctx.pos:
        L[1] = ch(["# TODO: hash this with rspamadm pw", "# controller password for the web UI",
                   "# web UI behind nginx basic auth as well"])
    return "rspamd", "controller-password", "rspamd-inc", ch(["etc/rspamd/local.d/worker-controller.inc",
                                                              "rspamd/local.d/worker-controller.inc"]), L


def b_rspamd_redis(ctx):
    L = ["# local.d/redis.conf - shared by bayes, ratelimit, greylist, neural",
         f'servers = "{ch(["127.0.0.1:6379", "redis:6379", "10.20.0.12:6379"])}";',
         f'db = "{ri(0, 3)}";', 'timeout = 1s;']
    L.append(f'password = "{ctx.sec(machine_pw, var="REDIS_PASSWORD")}";')
    L += ["", "# bayes keeps its own db", "# see local.d/classifier-bayes.conf"]
    return "rspamd", "redis-password", "rspamd-inc", "etc/rspamd/local.d/redis.conf", L


def b_spamassassin(ctx):
    dom = domain()
    L = ["# /etc/spamassassin/local.cf", "rewrite_header Subject *****SPAM*****", "report_safe 0",
         "required_score 5.0", "use_bayes 1", "bayes_auto_learn 1", "",
         "# shared bayes in MariaDB", "bayes_store_module Mail::SpamAssassin::BayesStore::MySQL",
         f"bayes_sql_dsn DBI:mysql:{ch(['spamassassin', 'sa_bayes'])}:{ch(['localhost', 'db.internal'])}:3306",
         "bayes_sql_username sa_user"]
    L.append("bayes_sql_password " + ctx.sec(any_pw, kind="password"))
    L += ["bayes_sql_override_username amavis", "", "# AWL", "use_auto_whitelist 0",
          f"whitelist_from *@{dom}", "score URIBL_BLOCKED 0", "normalize_charset 1"]
    return "spamassassin", "bayes-sql-password", "spamassassin-cf", "etc/spamassassin/local.cf", L


def b_amavis(ctx):
    dom = domain()
    L = ["use strict;", "", "# /etc/amavis/conf.d/50-user", "#", "# Place your configuration directives here.",
         "# They will override those in earlier files.", "", f"$myhostname = 'mx.{dom}';",
         "@local_domains_acl = ( '.$mydomain' );", "$sa_tag_level_deflt  = -999;",
         "$sa_tag2_level_deflt = 6.2;", "$sa_kill_level_deflt = 6.9;", "$final_spam_destiny = D_PASS;", ""]
    pw = ctx.sec(any_pw, kind="password")
    if not ctx.pos and coin(0.5):
        L.append("@lookup_sql_dsn = ( ['DBI:mysql:database=mailserver;host=127.0.0.1;port=3306', 'amavis', $ENV{'AMAVIS_DB_PASSWORD'}] );")
    else:
        L.append(f"@lookup_sql_dsn = ( ['DBI:mysql:database=mailserver;host=127.0.0.1;port=3306', 'amavis', '{pw}'] );")
    L += ["$sql_select_policy = 'SELECT domain FROM domain WHERE CONCAT(\"@\",domain) IN (%k)';", "",
          "#------------ Do not modify anything below this line -------------", "1;  # ensure a defined return"]
    return "amavis", "sql-password", "amavis-perl", "etc/amavis/conf.d/50-user", L


# ----------------------------------------------------------------- webmail
def b_roundcube(ctx):
    dom = domain()
    target = ch(["des", "db", "oauth"])
    syn = "php"
    L = ["<?php", "", "/* Local configuration for Roundcube Webmail */", ""]
    dbpw = ctx.sec(any_pw, syn, "ROUNDCUBE_DB_PASSWORD") if target == "db" else None
    if dbpw is None or is_raw(dbpw):
        L.append("$config['db_dsnw'] = 'mysql://roundcube:' . " + (q(dbpw) if dbpw else ref("php", "ROUNDCUBE_DB_PASSWORD")[len(RAW):])
                 + " . '@localhost/roundcubemail';")
    else:
        L.append(f"$config['db_dsnw'] = 'mysql://roundcube:{dbpw}@localhost/roundcubemail';")
    L += [f"$config['imap_host'] = 'ssl://imap.{dom}:993';", f"$config['smtp_host'] = 'tls://smtp.{dom}:587';",
          "$config['smtp_user'] = '%u';", "$config['smtp_pass'] = '%p';", f"$config['support_url'] = 'https://{dom}/help';",
          f"$config['product_name'] = '{dom.split('.')[0].title()} Webmail';"]
    if target == "des":
        v = ctx.sec(lambda: rs(ALNUM, 24), syn, "ROUNDCUBE_DES_KEY", name="des")
    else:
        v = ctx.fill(lambda: rs(ALNUM, 24), syn, "ROUNDCUBE_DES_KEY", name="des")
    L += ["", "// this key is used to encrypt the users imap password which is stored",
          "// in the session record. For the default cipher method it must be",
          "// exactly 24 characters long.", f"$config['des_key'] = {q(v, chr(39))};", ""]
    L += ["$config['plugins'] = ['archive', 'zipdownload', 'managesieve', 'markasjunk', 'password'];",
          "$config['skin'] = 'elastic';", "$config['enable_spellcheck'] = false;"]
    if target == "oauth" or coin(0.4):
        idp = ch(["google", "azure", "keycloak"])
        if idp == "google":
            cid = f"{ri(10**11, 10**12 - 1)}-{rs(LOWALNUM, 32)}.apps.googleusercontent.com"
            gen = lambda: "GOCSPX-" + rs(B64U, 28)
            prov = "google-oauth"
            auth = "https://accounts.google.com/o/oauth2/auth"
        elif idp == "azure":
            cid = uuid4()
            gen = lambda: rs(ALNUM, 3) + ch("0123456789") + "Q~" + rs(ALNUM + "_.-", 34)
            prov = "azure-ad"
            auth = f"https://login.microsoftonline.com/{uuid4()}/oauth2/v2.0/authorize"
        else:
            cid = "roundcube"
            gen = lambda: rs(ALNUM, 32)
            prov = "keycloak"
            auth = f"https://sso.{dom}/realms/staff/protocol/openid-connect/auth"
        sec = ctx.sec(gen, syn, "OAUTH_CLIENT_SECRET", kind="token", name="client-secret") if target == "oauth" \
            else ctx.fill(gen, syn, "OAUTH_CLIENT_SECRET", kind="token", name="client-secret")
        L += ["", "// OAuth2 / OIDC login", f"$config['oauth_provider'] = 'generic';",
              f"$config['oauth_provider_name'] = '{idp.title()}';", f"$config['oauth_client_id'] = '{cid}';",
              f"$config['oauth_client_secret'] = {q(sec, chr(39))};", f"$config['oauth_auth_uri'] = '{auth}';",
              "$config['oauth_scope'] = 'email openid profile';", "$config['oauth_identity_fields'] = ['email'];"]
    else:
        prov = "roundcube"
    kinds = {"des": ("roundcube", "des-key"), "db": ("roundcube", "db-password"), "oauth": (prov, "oauth-client-secret")}
    provider, kind = kinds[target]
    return provider, kind, "roundcube-php", ch(["config/config.inc.php", "roundcube/config/config.inc.php",
                                                "var/www/roundcube/config/config.inc.php"]), L


def b_sogo(ctx):
    dom = domain()
    base = ",".join(f"dc={p}" for p in dom.split("."))
    L = ["{", "  /* /etc/sogo/sogo.conf */", "  SOGoPageTitle = \"%s Groupware\";" % dom.split(".")[0].title(),
         "  SOGoLanguage = English;", f"  SOGoMailDomain = {dom};", "  SOGoTimeZone = Europe/Berlin;",
         "  SOGoIMAPServer = \"imaps://127.0.0.1:993\";", "  SOGoSMTPServer = \"smtp://127.0.0.1:587/?tls=YES\";",
         "  SOGoSieveServer = \"sieve://127.0.0.1:4190/?tls=YES\";", ""]
    if coin(0.5):
        pw = ctx.sec(any_pw)
        for t in ("sogo_user_profile", "sogo_folder_info", "sogo_sessions_folder"):
            key = {"sogo_user_profile": "SOGoProfileURL", "sogo_folder_info": "OCSFolderInfoURL",
                   "sogo_sessions_folder": "OCSSessionsFolderURL"}[t]
            L.append(f'  {key} = "mysql://sogo:{pw}@127.0.0.1:3306/sogo/{t}";')
        kind = "db-password"
        L += ["  SOGoUserSources = (", "    {", "      type = ldap;", f"      hostname = \"ldaps://ldap.{dom}\";",
              f"      baseDN = \"ou=people,{base}\";", "      bindAsCurrentUser = YES;", "      canAuthenticate = YES;",
              "      id = directory;", "    }", "  );"]
    else:
        L += ['  SOGoProfileURL = "postgresql://sogo@%2Frun%2Fpostgresql/sogo/sogo_user_profile";',
              '  OCSFolderInfoURL = "postgresql://sogo@%2Frun%2Fpostgresql/sogo/sogo_folder_info";',
              "  SOGoUserSources = (", "    {", "      type = ldap;", "      CNFieldName = cn;",
              "      IDFieldName = uid;", "      UIDFieldName = uid;", f"      baseDN = \"ou=people,{base}\";",
              f"      bindDN = \"cn=sogo,ou=services,{base}\";",
              f"      bindPassword = \"{ctx.sec(any_pw)}\";", "      canAuthenticate = YES;",
              f"      hostname = \"ldaps://ldap.{dom}\";", "      id = public;", "      isAddressBook = YES;",
              "    }", "  );"]
        kind = "ldap-bind-password"
    L += ["  SOGoVacationEnabled = YES;", "  SOGoForwardEnabled = YES;", "  SOGoSieveScriptsEnabled = YES;", "}"]
    return "sogo", kind, "sogo.conf", "etc/sogo/sogo.conf", L


def b_mailcow(ctx):
    dom = domain()
    target = ch(["DBPASS", "DBROOT", "REDISPASS"])
    L = ["# ------------------------------", "# mailcow web ui configuration", "# ------------------------------",
         "# example.org is _not_ a valid hostname, use a fqdn here.", "# Default admin user is \"admin\"",
         "# Default password is \"moohoo\"", "", f"MAILCOW_HOSTNAME=mail.{dom}", "MAILCOW_PASS_SCHEME=BLF-CRYPT",
         "", "# ------------------------------", "# SQL database configuration", "# ------------------------------",
         "DBNAME=mailcow", "DBUSER=mailcow", "", "# Please use long, random alphanumeric strings (A-Za-z0-9)"]
    for k in ("DBPASS", "DBROOT", "REDISPASS"):
        gen = lambda: rs(ALNUM, 28)
        v = ctx.sec(gen, "compose", k) if k == target else ctx.fill(gen, "compose", k)
        L.append(f"{k}={v}")
    L += ["", "# ------------------------------", "# HTTP/S Bindings", "# ------------------------------",
          "HTTP_PORT=80", "HTTP_BIND=", "HTTPS_PORT=443", "HTTPS_BIND=", "", "SMTP_PORT=25", "SMTPS_PORT=465",
          "SUBMISSION_PORT=587", "IMAP_PORT=143", "IMAPS_PORT=993", "", f"TZ={ch(['Europe/Berlin', 'Europe/Warsaw', 'Europe/Amsterdam', 'UTC'])}",
          "COMPOSE_PROJECT_NAME=mailcowdockerized", "DOCKER_COMPOSE_VERSION=native", "ACL_ANYONE=disallow",
          "SKIP_LETS_ENCRYPT=n", "SKIP_CLAMD=n", "SKIP_SOGO=n", "ALLOW_ADMIN_EMAIL_LOGIN=n",
          f"API_ALLOW_FROM=127.0.0.1,::1", "USE_WATCHDOG=y", "WATCHDOG_NOTIFY_BAN=n",
          f"WATCHDOG_NOTIFY_EMAIL=ops@{dom}"]
    return "mailcow", target.lower(), "mailcow.conf", ch(["mailcow.conf", "opt/mailcow-dockerized/mailcow.conf"]), L


def b_miab(ctx):
    dom = domain()
    admin = f"{ch(['admin', ch(FIRST)])}@{dom}"
    pw = ctx.sec(human_pw, "sh", "MIAB_ADMIN_PASSWORD")
    auth = f"{admin}:{pw}" if not pw.startswith("$") else f"{admin}:{pw}"
    L = ["#!/usr/bin/env bash", "# Push custom DNS records to the Mail-in-a-Box control panel API.",
         "# usage: ./miab-dns.sh <qname> <type> <value>", "set -euo pipefail", "",
         f'BOX="https://box.{dom}"', f'AUTH="{auth}"', "", 'qname="$1"; rtype="${2:-TXT}"; value="$3"', "",
         'curl -sSf -X PUT --user "$AUTH" \\', '  -d "$value" \\', '  "$BOX/admin/dns/custom/$qname/$rtype"',
         "", 'curl -sSf --user "$AUTH" "$BOX/admin/dns/custom" | jq -r \'.[] | "\\(.qname) \\(.rtype) \\(.value)"\'']
    return "mail-in-a-box", "admin-password", "shell", ch(["scripts/miab-dns.sh", "bin/miab-dns", "tools/update-dns.sh"]), L


# ----------------------------------------------------------------- scripts / runbooks / ops files
def b_smtp_test_script(ctx):
    dom = domain()
    rel = relay_choice(dom)
    var = pick_var([rel["var"]], GENERIC_PW_VARS, 0.45)
    user, pw = relay_pair(ctx, rel, "sh", var)
    to = f"{ch(FIRST)}@{dom}"
    k = ri(0, 2)
    L = ["#!/bin/sh", f"# smoke test for the outbound relay ({rel['host']})", "# run from the mx after config changes", "set -eu", ""]
    if k == 0:
        L += [f'RELAY="{rel["host"]}:{rel["port"]}"', f'{var}="{pw}"', "",
              f'swaks --to "{to}" --from "noreply@{dom}" \\', '  --server "$RELAY" --tls \\',
              f'  --auth LOGIN --auth-user "{user}" \\', f'  --auth-password "${var}" \\',
              f'  --header "Subject: relay test $(hostname -f) $(date -Iseconds)" \\', '  --body "relay ok"']
    elif k == 1:
        scheme = "smtps" if rel["port"] == 465 else "smtp"
        L += [f"printf 'From: noreply@{dom}\\nTo: {to}\\nSubject: curl relay test\\n\\nok\\n' > /tmp/relaytest.eml", "",
              f'curl --ssl-reqd --url "{scheme}://{rel["host"]}:{rel["port"]}" \\',
              f'  --user "{user}:{pw}" \\', f'  --mail-from "noreply@{dom}" --mail-rcpt "{to}" \\',
              "  --upload-file /tmp/relaytest.eml", "rm -f /tmp/relaytest.eml"]
    else:
        qq = '"' if "$" in pw or "$" in user else "'"
        L += [f"swaks -s {rel['host']} -p {rel['port']} -tls -au {qq}{user}{qq} -ap {qq}{pw}{qq} \\",
              f"  -f alerts@{dom} -t {to} --h-Subject 'relay check'"]
    L += ["", 'echo "sent - check $(tail -n1 /var/log/mail.log)"']
    return rel["provider"], rel["kind"], "shell", ch(["scripts/test-relay.sh", "bin/smtp-smoke.sh", "ops/mail/relaycheck.sh"]), L


def b_runbook(ctx):
    dom = domain()
    rel = relay_choice(dom)
    L = [f"# Mail relay runbook ({dom})", "", f"Outbound mail from `mx1.{dom}` goes through **{rel['host']}** on port {rel['port']}.",
         "", "## Rotating the relay credential", "", "1. Create the new credential in the provider console.",
         "2. Update `/etc/postfix/sasl_passwd` on mx1 and mx2:", "", "```"]
    if ctx.pos:
        user, pw = relay_pair(ctx, rel)
        L.append(f"[{rel['host']}]:{rel['port']} {user}:{pw}")
    else:
        u = rel.get("neg_user") or rel["user"] or "<server-token>"
        L.append(f"[{rel['host']}]:{rel['port']} {u}:{ch(['<new-credential>', '$RELAY_PASSWORD', placeholder(rel['prefix'], 'token', rel['provider'])])}")
    L += ["```", "", "3. `postmap /etc/postfix/sasl_passwd && systemctl reload postfix`",
          "4. Send a test: `swaks --to ops@%s --server localhost`" % dom, "",
          "## Hashing mailbox passwords", "", "```", "$ doveadm pw -s SHA512-CRYPT", "Enter new password:",
          "Retype new password:", "{SHA512-CRYPT}" + sha512_crypt(), "```", "",
          "Paste the hash into `/etc/dovecot/users`, never the plain password.", "",
          "## Message tracing", "", f"Example queue id `{rs(UPALNUM, 10)}`, message-id "
          f"`<{rs(LOWALNUM, 12)}.{ri(10**9, 2 * 10**9)}@mx1.{dom}>`."]
    if ctx.pos:
        L.insert(12, f"(current credential, {ri(2023, 2025)}-{ri(1, 12):02d} - also in the password manager)")
    return rel["provider"], rel["kind"], "markdown", ch(["docs/runbooks/mail-relay.md", "README.md", "wiki/mail/relay.md"]), L


def b_ansible_vars(ctx):
    dom = domain()
    rel = relay_choice(dom)
    var = pick_var(["postfix_relay_password", "postfix_sasl_password", f"{rel['provider'].replace('-', '_')}_smtp_password"],
                   ["relay_password", "smtp_pass", "mail_secret", "outbound_auth"], 0.45)
    user, pw = relay_pair(ctx, rel, "jinja", "vault_" + var)
    L = ["---", f"# group_vars/mailservers.yml ({dom})", f"postfix_myhostname: mx1.{dom}",
         f"postfix_mydomain: {dom}", f"postfix_relayhost: \"[{rel['host']}]:{rel['port']}\"",
         "postfix_smtp_tls_security_level: encrypt", "postfix_relay_user: " + json.dumps(user)]
    if not ctx.pos and coin(0.4):
        L.append(f"{var}: !vault |")
        L.append("  $ANSIBLE_VAULT;1.1;AES256")
        blob = hexs(ri(5, 9) * 80)
        L += ["  " + blob[i:i + 80] for i in range(0, len(blob), 80)]
    else:
        L.append(f"{var}: {json.dumps(pw)}")
    L += ["", "dovecot_protocols: [imap, lmtp, sieve]", "dovecot_ssl_min_protocol: TLSv1.2",
          f"dovecot_postmaster_address: postmaster@{dom}", "", "opendkim_selector: mail",
          "opendkim_domains:", f"  - {dom}", f"  - lists.{dom}"]
    return rel["provider"], rel["kind"], "ansible-vars", ch(["inventory/group_vars/mailservers.yml",
                                                            "group_vars/mail/vars.yml", "host_vars/mx1.yml"]), L


def b_systemd(ctx):
    dom = domain()
    rel = relay_choice(dom)
    var = pick_var([rel["var"]], GENERIC_PW_VARS, 0.5)
    svc = ch(["mail-digest", "dmarc-report-fetch", "listmonk", "alertmanager-mailer", "backup-notify"])
    L = ["[Unit]", f"Description={svc} ({dom})", "After=network-online.target", "Wants=network-online.target", "",
         "[Service]", "Type=simple", f"User={svc.split('-')[0]}", f"Environment=SMTP_HOST={rel['host']}",
         f"Environment=SMTP_PORT={rel['port']}"]
    if rel["user"]:
        L.append(f"Environment=SMTP_USER={rel.get('neg_user') if not ctx.pos and rel.get('neg_user') else rel['user']}")
    if ctx.pos or coin(0.3):
        user, pw = relay_pair(ctx, rel)
        L.append(f"Environment={var}={pw}" if coin(0.6) else f'Environment="{var}={pw}"')
    else:
        L.append(ch([f"LoadCredential={var.lower()}:/etc/credstore/{svc}.{var.lower()}",
                     f"EnvironmentFile=/etc/{svc}/secrets.env",
                     f"LoadCredentialEncrypted={var.lower()}:/etc/credstore.encrypted/{var.lower()}"]))
        L.append(f"Environment={var}_FILE=%d/{var.lower()}")
    L += [f"ExecStart=/usr/local/bin/{svc} --config /etc/{svc}/config.toml", "Restart=on-failure",
          "NoNewPrivileges=true", "ProtectSystem=strict", "PrivateTmp=true", "", "[Install]", "WantedBy=multi-user.target"]
    return rel["provider"], rel["kind"], "systemd-unit", f"etc/systemd/system/{svc}.service", L


def b_dms_compose(ctx):
    """docker-mailserver compose with relay env."""
    dom = domain()
    rel = relay_choice(dom)
    pw = ctx.sec(rel["gen"], "compose", "RELAY_PASSWORD", rel["prefix"], "token", rel["provider"])
    user = rel["user"] or pw
    if not ctx.pos and rel.get("neg_user"):
        user = "${RELAY_USER}"
    L = ["services:", "  mailserver:", "    image: ghcr.io/docker-mailserver/docker-mailserver:latest",
         "    container_name: mailserver", f"    hostname: mail.{dom}", "    ports:", '      - "25:25"',
         '      - "465:465"', '      - "587:587"', '      - "993:993"', "    volumes:",
         "      - ./docker-data/dms/mail-data/:/var/mail/", "      - ./docker-data/dms/mail-state/:/var/mail-state/",
         "      - ./docker-data/dms/config/:/tmp/docker-mailserver/", "      - /etc/localtime:/etc/localtime:ro",
         "    environment:", "      - ENABLE_RSPAMD=1", "      - ENABLE_CLAMAV=0", "      - ENABLE_FAIL2BAN=1",
         "      - SSL_TYPE=letsencrypt", f"      - RELAY_HOST={rel['host']}", f"      - RELAY_PORT={rel['port']}",
         f"      - RELAY_USER={user}", f"      - RELAY_PASSWORD={pw}", "    cap_add:", "      - NET_ADMIN",
         "    restart: always"]
    return rel["provider"], rel["kind"], "docker-compose", ch(["compose.yaml", "docker-compose.yml", "mailserver/compose.yml"]), L


def b_discourse_app_yml(ctx):
    dom = domain()
    rel = relay_choice(dom)
    L = ["## this is the all-in-one, standalone Discourse Docker container template", "##",
         "## After making changes to this file, you MUST rebuild", "## /var/discourse/launcher rebuild app", "",
         "templates:", '  - "templates/postgres.template.yml"', '  - "templates/redis.template.yml"',
         '  - "templates/web.template.yml"', '  - "templates/web.ratelimited.template.yml"',
         '  - "templates/web.ssl.template.yml"', '  - "templates/web.letsencrypt.ssl.template.yml"', "",
         "expose:", '  - "80:80"   # http', '  - "443:443" # https', "", "params:", '  db_default_text_search_config: "pg_catalog.english"',
         "", "env:", "  LC_ALL: en_US.UTF-8", "  LANG: en_US.UTF-8", "  LANGUAGE: en_US.UTF-8",
         "  UNICORN_WORKERS: %d" % ri(2, 8), f"  DISCOURSE_HOSTNAME: forum.{dom}",
         f"  DISCOURSE_DEVELOPER_EMAILS: '{ch(FIRST)}@{dom}'", f"  DISCOURSE_SMTP_ADDRESS: {rel['host']}",
         f"  DISCOURSE_SMTP_PORT: {rel['port']}"]
    user = rel["user"]
    if ctx.pos:
        u, pw = relay_pair(ctx, rel)
        L += [f"  DISCOURSE_SMTP_USER_NAME: {u}", f"  DISCOURSE_SMTP_PASSWORD: \"{pw}\""]
    else:
        L += [f"  DISCOURSE_SMTP_USER_NAME: {rel.get('neg_user') or user or 'user@example.com'}",
              "  DISCOURSE_SMTP_PASSWORD: " + ch(['"pa$$word"', '"${DISCOURSE_SMTP_PASSWORD}"', '""',
                                                 '"' + placeholder(rel["prefix"], "token", rel["provider"]) + '"'])]
    L += ["  DISCOURSE_SMTP_ENABLE_START_TLS: true", f"  DISCOURSE_SMTP_DOMAIN: {dom}",
          f"  DISCOURSE_NOTIFICATION_EMAIL: noreply@{dom}", f"  LETSENCRYPT_ACCOUNT_EMAIL: ops@{dom}",
          "  DISCOURSE_MAXMIND_ACCOUNT_ID: " + (str(ri(100000, 999999)) if coin() else '""'), "",
          "volumes:", "  - volume:", "      host: /var/discourse/shared/standalone", "      guest: /shared",
          "  - volume:", "      host: /var/discourse/shared/standalone/log/var-log", "      guest: /var/log", "",
          "hooks:", "  after_code:", "    - exec:", "        cd: $home/plugins", "        cmd:",
          "          - git clone https://github.com/discourse/docker_manager.git"]
    return rel["provider"], rel["kind"], "discourse-app.yml", ch(["containers/app.yml", "var/discourse/containers/app.yml"]), L


def b_discourse_api(ctx):
    dom = domain()
    var = pick_var(["DISCOURSE_API_KEY"], ["API_KEY", "FORUM_KEY", "KEY", "AUTH"], 0.45)
    k = ctx.sec(lambda: hexs(64), "sh", var, kind="token", name="discourse-api")
    L = ["#!/usr/bin/env bash", "# nightly: post the on-call rotation to the staff category", "set -euo pipefail", "",
         f'FORUM="https://forum.{dom}"', f'{var}="{k}"', 'API_USER="system"',
         f"CATEGORY_ID={ri(3, 40)}", "", 'body=$(./render-oncall.py --week "$(date +%G-W%V)")', "",
         'curl -sS -X POST "$FORUM/posts.json" \\', f'  -H "Api-Key: ${var}" \\', '  -H "Api-Username: $API_USER" \\',
         '  -H "Content-Type: application/json" \\',
         '  -d "$(jq -n --arg raw "$body" --argjson c "$CATEGORY_ID" \'{title: "On-call this week", raw: $raw, category: $c}\')"']
    return "discourse", "api-key", "shell", ch(["scripts/post-oncall.sh", "cron/discourse-oncall.sh"]), L


def b_zulip_secrets(ctx):
    dom = domain()
    keys = ["avatar_salt", "rabbitmq_password", "shared_secret", "secret_key", "camo_key", "memcached_password",
            "redis_password", "email_password", "postgres_password"]
    target = ch(keys)
    L = ["# /etc/zulip/zulip-secrets.conf", "# rendered by ansible; secrets normally come from vault", "[secrets]"]
    tmpl = coin(0.5)
    for k in keys:
        if k == "secret_key":
            gen = lambda: rs(LOWALNUM + "!@#^&*(-_=+)", 50)
        elif k == "email_password":
            gen = lambda: rel_gen()
        else:
            gen = lambda: rs(ALNUM, ch([32, 40, 64]))
        rel = relay_choice(dom)
        rel_gen = rel["gen"]
        if k == target:
            v = ctx.sec(gen, "jinja" if tmpl else "none", "zulip_" + k)
        elif tmpl:
            v = ref("jinja", "zulip_" + k)
        else:
            continue
        L.append(f"{k} = {v}")
    L.append(f"zulip_org_id = {uuid4()}")
    if not tmpl:
        L.insert(1, "# only the values that differ from the puppet-generated defaults")
    path = "etc/zulip/zulip-secrets.conf" if not tmpl else "roles/zulip/templates/zulip-secrets.conf.j2"
    L += ["", "# settings.py reads these via get_secret(); see /etc/zulip/settings.py"]
    return "zulip", target.replace("_", "-"), "zulip-secrets.conf", path, L


# ----------------------------------------------------------------- Matrix
def b_synapse_homeserver(ctx):
    dom = domain()
    slots = ["registration_shared_secret", "macaroon_secret_key", "form_secret", "turn_shared_secret", "db_password"]
    target = ch(slots)
    tmpl = (not ctx.pos) and coin(0.3)
    syn = "synapse" if tmpl else "none"

    def slot(name, gen):
        var = name.upper()
        if name == target:
            return ctx.sec(gen, syn, var, alt=(lambda: None) if False else None)
        return None

    L = ["# Configuration file for Synapse.", "#", "# This is a YAML file: see [1] for a quick introduction. Note in particular",
         "# that *indentation is important*: all the elements of a list or dictionary",
         "# should have the same indentation.", "#", "# [1] https://docs.ansible.com/ansible/latest/reference_appendices/YAMLSyntax.html",
         "#", "# For more information on how to configure Synapse, including a complete accounting of",
         "# each option, go to docs/usage/configuration/config_documentation.md or",
         "# https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html",
         f'server_name: "{dom}"', "pid_file: /data/homeserver.pid", f"public_baseurl: https://matrix.{dom}/",
         "listeners:", "  - port: 8008", "    tls: false", "    type: http", "    x_forwarded: true",
         "    bind_addresses: ['::1', '127.0.0.1']", "    resources:", "      - names: [client, federation]",
         "        compress: false", "database:", "  name: psycopg2", "  args:", "    user: synapse_user"]
    dbpw = slot("db_password", any_pw)
    L.append(f'    password: "{dbpw}"' if dbpw is not None else
             ch(['    password: "{{ SYNAPSE_DB_PASSWORD }}"', '    passfile: /run/secrets/pgpass'] if tmpl else
                ['    passfile: /run/secrets/pgpass', '    # password via PGPASSFILE']))
    L += ["    database: synapse", f"    host: {ch(['localhost', 'postgres', '/var/run/postgresql'])}",
          "    cp_min: 5", "    cp_max: 10", f"log_config: \"/data/{dom}.log.config\"", "media_store_path: /data/media_store",
          "enable_registration: false"]
    for name in ("registration_shared_secret", "macaroon_secret_key", "form_secret"):
        v = slot(name, synapse_secret)
        if v is not None:
            L.append(f'{name}: "{v}"')
        elif coin(0.6):
            L.append(f"{name}_path: /run/secrets/{name}" if name != "form_secret" or coin() else
                     f"# {name}: set via the {name.upper()} env in the compose file")
    L += ["report_stats: false", f"signing_key_path: \"/data/{dom}.signing.key\"", "trusted_key_servers:",
          '  - server_name: "matrix.org"', "    verify_keys:",
          '      "ed25519:auto": "Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw"',
          "suppress_key_server_warning: true", "",
          f'turn_uris: ["turn:turn.{dom}:3478?transport=udp", "turn:turn.{dom}:3478?transport=tcp", "turns:turn.{dom}:5349?transport=tcp"]']
    v = slot("turn_shared_secret", lambda: hexs(64) if coin() else rs(ALNUM, 64))
    L.append(f'turn_shared_secret: "{v}"' if v is not None else "turn_shared_secret_path: /run/secrets/turn_shared_secret")
    L += ["turn_user_lifetime: 86400000", "turn_allow_guests: false", "",
          "email:", f"  smtp_host: mail.{dom}", "  smtp_port: 587", f"  notif_from: \"%(app)s <noreply@{dom}>\"",
          "  enable_tls: true", "", "# vim:ft=yaml"]
    kind = target.replace("_", "-")
    return "matrix-synapse", kind, "homeserver.yaml", ch(["homeserver.yaml", "synapse/data/homeserver.yaml",
                                                          "roles/matrix/files/homeserver.yaml"]), L


def b_synapse_signing_key(ctx):
    """Positive only.  A bare *.signing.key is one line, so it is shown where admins paste it."""
    dom = domain()
    kid = "a_" + rs(string.ascii_letters, 4)
    seed = rb64(32, pad=False)
    ctx.mark(seed)
    k = ri(0, 2)
    if k == 0:
        L = ["---", f"# host_vars/matrix.{dom}.yml", f"matrix_server_name: {dom}",
             f"matrix_synapse_signing_key: \"ed25519 {kid} {seed}\"",
             "matrix_synapse_old_signing_keys: {}", "matrix_synapse_trusted_key_servers: [matrix.org]"]
        return "matrix-synapse", "signing-key", "ansible-vars", f"inventory/host_vars/matrix.{dom}/vars.yml", L
    if k == 1:
        L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: synapse-signing-key",
             f"  namespace: {ch(['matrix', 'chat', 'synapse'])}", "type: Opaque", "stringData:",
             f"  {dom}.signing.key: |", f"    ed25519 {kid} {seed}"]
        return "matrix-synapse", "signing-key", "k8s-yaml", ch(["k8s/matrix/signing-key.yaml", "deploy/synapse/secret.yaml"]), L
    L = ["#!/bin/sh", f"# restore the federation signing key of {dom} after a rebuild", "# (must never change, or remote",
         "#  servers will reject our events until their key cache expires)", "set -eu", "",
         f"cat > /data/{dom}.signing.key <<'EOF'", f"ed25519 {kid} {seed}", "EOF",
         f"chown 991:991 /data/{dom}.signing.key", f"chmod 600 /data/{dom}.signing.key"]
    return "matrix-synapse", "signing-key", "shell", ch(["scripts/restore-signing-key.sh", "synapse/restore-key.sh"]), L


def b_synapse_keys_neg(ctx):
    """Public verify keys, old keys, server key JSON, room/event ids."""
    dom = domain()
    kid = "a_" + rs(string.ascii_letters, 4)
    k = ri(0, 2)
    if k == 0:
        L = ["# old_signing_keys: public halves of retired keys, safe to publish", "old_signing_keys:",
             f'  "ed25519:{kid}":', f"    key: \"{rb64(32, pad=False)}\"", f"    expired_ts: {ri(1600000000000, 1720000000000)}",
             "trusted_key_servers:", '  - server_name: "matrix.org"', "    verify_keys:",
             '      "ed25519:auto": "Noi6WqcDj0QmPxCNQqgezwTlBKrfqehY1u2FyWP9uYw"',
             f"  - server_name: \"{domain()}\"", "    verify_keys:",
             f'      "ed25519:{"a_" + rs(string.ascii_letters, 4)}": "{rb64(32, pad=False)}"']
        return "matrix-synapse", "verify-keys", "homeserver.yaml", "synapse/conf.d/keys.yaml", L
    if k == 1:
        obj = {"old_verify_keys": {}, "server_name": dom,
               "signatures": {dom: {f"ed25519:{kid}": rb64(64, pad=False)}},
               "valid_until_ts": ri(1700000000000, 1790000000000),
               "verify_keys": {f"ed25519:{kid}": {"key": rb64(32, pad=False)}}}
        L = json.dumps(obj, indent=2).split("\n")
        return "matrix-synapse", "server-key-response", "json", f"docs/federation/{dom}-server-key.json", L
    L = [f"# Rooms managed by the moderation bot on {dom}", "rooms:"]
    for _ in range(ri(3, 7)):
        L += [f"  - id: \"!{rs(string.ascii_letters, 18)}:{dom}\"", f"    alias: \"#{ch(WORDS)}:{dom}\"",
              f"    pinned_event: \"${rb64(32, pad=False, url=True)}\""]
    L += ["admins:", f"  - \"@{ch(FIRST)}:{dom}\"", f"  - \"@{ch(FIRST)}:{dom}\"",
          "access_token_file: /run/secrets/modbot_token"]
    return "matrix", "room-and-event-ids", "yaml", ch(["modbot/config.yaml", "bots/mjolnir/production.yaml"]), L


def b_matrix_access_token(ctx):
    dom = domain()
    bot = ch(["alertbot", "modbot", "hookshot-bot", "ci", "backup-notify", ch(FIRST)])
    var = pick_var(["MATRIX_ACCESS_TOKEN", "MATRIX_TOKEN"], ["TOKEN", "ACCESS_TOKEN", "AUTH", "BOT_AUTH"], 0.45)
    tok = ctx.sec(lambda: synapse_access_token(bot), "sh", var, "syt_", kind="token", name="matrix-token")
    room = f"!{rs(string.ascii_letters, 18)}:{dom}"
    L = ["#!/usr/bin/env bash", f"# post alertmanager/cron output into {room}", "set -euo pipefail", "",
         f'HS="https://matrix.{dom}"', f'ROOM="{room}"', f'{var}="{tok}"', "",
         'msg="${1:-$(cat)}"', 'txn="$(date +%s%N)"', "",
         'curl -sS -X PUT "$HS/_matrix/client/v3/rooms/$(jq -rn --arg r "$ROOM" \'$r|@uri\')/send/m.room.message/$txn" \\',
         f'  -H "Authorization: Bearer ${var}" \\', '  -H "Content-Type: application/json" \\',
         '  -d "$(jq -n --arg b "$msg" \'{msgtype: "m.notice", body: $b}\')"']
    return "matrix-synapse", "access-token", "shell", ch(["bin/matrix-notify", "scripts/matrix-send.sh"]), L


def b_appservice_reg(ctx):
    dom = domain()
    bridge = ch(["mautrix-telegram", "mautrix-whatsapp", "mautrix-signal", "heisenbridge", "hookshot", "irc-bridge"])
    target = ch(["as_token", "hs_token"])
    L = [f"# {bridge} appservice registration (copy to synapse: app_service_config_files)",
         f"id: {bridge.split('-')[-1]}", f"url: http://{bridge}:{ri(8000, 29400)}"]
    for t in ("as_token", "hs_token"):
        gen = lambda: rs(ALNUM, 64)
        v = ctx.sec(gen, "none", t.upper(), kind="token") if t == target else ctx.fill(gen, "none", t.upper(), kind="token")
        L.append(f"{t}: {v}" if (ctx.pos and t == target) else f"{t}: {json.dumps(v)}")
    L += [f"sender_localpart: {rs(ALNUM, 32) if coin() else bridge.split('-')[-1] + 'bot'}", "rate_limited: false",
          "namespaces:", "  users:", "    - regex: ^@" + bridge.split('-')[-1] + "_.*:" + dom.replace(".", "\\.") + "$",
          "      exclusive: true", "  aliases: []", "  rooms: []", "de.sorunome.msc2409.push_ephemeral: true",
          "receive_ephemeral: true"]
    return "matrix-synapse", "appservice-" + target.replace("_", "-"), "appservice-registration", \
        ch([f"bridges/{bridge}/registration.yaml", f"synapse/appservices/{bridge}.yaml"]), L


def b_coturn(ctx):
    dom = domain()
    L = ["# /etc/turnserver.conf - TURN for matrix / jitsi", "listening-port=3478", "tls-listening-port=5349",
         f"listening-ip={ri(80, 200)}.{ri(0, 255)}.{ri(0, 255)}.{ri(2, 250)}", "min-port=49160", "max-port=49200",
         "fingerprint"]
    if coin(0.6):
        L += ["use-auth-secret", "static-auth-secret=" + ctx.sec(lambda: hexs(64) if coin() else rs(ALNUM, ch([32, 64])),
                                                            alt=lambda: "")]
        kind = "static-auth-secret"
    else:
        L += ["lt-cred-mech"]
        u = ch(["turnuser", "jitsi", "synapse", ch(FIRST)])
        if ctx.pos:
            L.append(f"user={u}:{ctx.sec(human_pw if coin() else machine_pw)}")
        else:
            L.append("userdb=/var/lib/turn/turndb")
            L.append(f"# users: turnadmin -a -b /var/lib/turn/turndb -u {u} -r {dom} -p <password>")
        kind = "user-password"
    L += [f"realm={dom}", f"server-name=turn.{dom}", f"cert=/etc/letsencrypt/live/turn.{dom}/fullchain.pem",
          f"pkey=/etc/letsencrypt/live/turn.{dom}/privkey.pem", "cipher-list=\"ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256\"",
          "no-tlsv1", "no-tlsv1_1", "no-multicast-peers", "denied-peer-ip=10.0.0.0-10.255.255.255",
          "denied-peer-ip=192.168.0.0-192.168.255.255", "denied-peer-ip=172.16.0.0-172.31.255.255",
          "user-quota=12", "total-quota=1200", "log-file=syslog", "no-cli"]
    return "coturn", kind, "turnserver.conf", ch(["etc/turnserver.conf", "coturn/turnserver.conf"]), L


# ----------------------------------------------------------------- Mattermost
def b_mattermost_config(ctx):
    dom = domain()
    target = ch(["AtRestEncryptKey", "PublicLinkSalt", "DataSource", "BindPassword", "SMTPPassword"])
    dbpw_gen = any_pw

    def val(name, gen, var):
        if name == target:
            return ctx.sec(gen, "none", var, kind="password")
        return ch(["", ""]) if coin(0.7) else ctx.fill(gen, "none", var)

    dbpw = val("DataSource", dbpw_gen, "MM_DB_PASSWORD")
    ds = (f"postgres://mmuser:{dbpw}@{ch(['localhost', 'postgres', 'db.internal'])}:5432/mattermost?sslmode=disable&connect_timeout=10"
          if dbpw else "")
    rel = relay_choice(dom)
    smtp_pw = ctx.sec(rel["gen"], "none", "MM_SMTP_PASSWORD", rel["prefix"], "token", rel["provider"]) \
        if target == "SMTPPassword" else ""
    cfg = {
        "ServiceSettings": {"SiteURL": f"https://chat.{dom}", "ListenAddress": ":8065", "ConnectionSecurity": "",
                            "EnableIncomingWebhooks": True, "EnableBotAccountCreation": True,
                            "EnableUserAccessTokens": coin(), "AllowCorsFrom": "", "EnableLocalMode": False},
        "TeamSettings": {"SiteName": dom.split(".")[0].title() + " Chat", "MaxUsersPerTeam": ri(50, 500),
                         "EnableOpenServer": False, "RestrictCreationToDomains": dom},
        "SqlSettings": {"DriverName": "postgres", "DataSource": ds, "DataSourceReplicas": [],
                        "MaxIdleConns": 20, "MaxOpenConns": 300, "Trace": False,
                        "AtRestEncryptKey": val("AtRestEncryptKey", lambda: rs(MMB32, 32), "MM_SQLSETTINGS_ATRESTENCRYPTKEY"),
                        "QueryTimeout": 30},
        "FileSettings": {"DriverName": "local", "Directory": "./data/", "EnablePublicLink": coin(),
                         "PublicLinkSalt": val("PublicLinkSalt", lambda: rs(MMB32, 32), "MM_FILESETTINGS_PUBLICLINKSALT"),
                         "MaxFileSize": 104857600},
        "EmailSettings": {"EnableSignUpWithEmail": False, "SendEmailNotifications": True,
                          "FeedbackEmail": f"noreply@{dom}", "SMTPServer": rel["host"], "SMTPPort": str(rel["port"]),
                          "SMTPUsername": ((rel.get("neg_user") if not ctx.pos and rel.get("neg_user") else rel["user"]) or smtp_pw)
                          if target == "SMTPPassword" else "",
                          "SMTPPassword": smtp_pw, "ConnectionSecurity": "STARTTLS", "EnableSMTPAuth": target == "SMTPPassword"},
        "LdapSettings": {"Enable": target == "BindPassword", "LdapServer": f"ldap.{dom}", "LdapPort": 636,
                         "ConnectionSecurity": "TLS", "BaseDN": "ou=people," + ",".join(f"dc={p}" for p in dom.split(".")),
                         "BindUsername": "cn=mattermost,ou=services," + ",".join(f"dc={p}" for p in dom.split(".")),
                         "BindPassword": val("BindPassword", any_pw, "MM_LDAPSETTINGS_BINDPASSWORD"),
                         "UserFilter": "(memberOf=cn=chat,ou=groups," + ",".join(f"dc={p}" for p in dom.split(".")) + ")",
                         "IdAttribute": "uid", "EmailAttribute": "mail", "UsernameAttribute": "uid"},
        "PluginSettings": {"Enable": True, "EnableUploads": False,
                           "PluginStates": {"com.mattermost.calls": {"Enable": True}, "playbooks": {"Enable": True}}},
    }
    L = json.dumps(cfg, indent=4).split("\n")
    prov = rel["provider"] if target == "SMTPPassword" else "mattermost"
    kind = {"AtRestEncryptKey": "at-rest-encrypt-key", "PublicLinkSalt": "public-link-salt", "DataSource": "sql-dsn-password",
            "BindPassword": "ldap-bind-password", "SMTPPassword": rel["kind"]}[target]
    return prov, kind, "mattermost-config.json", ch(["config/config.json", "mattermost/config/config.json",
                                                      "opt/mattermost/config/config.json"]), L


def b_mattermost_env(ctx):
    """docker compose .env for mattermost: DB password or bot token."""
    dom = domain()
    if coin(0.5):
        var = "POSTGRES_PASSWORD"
        pw = ctx.sec(any_pw, "compose", var)
        L = ["# Domain of service", f"DOMAIN=chat.{dom}", "", "# Container settings", "TZ=UTC", "RESTART_POLICY=unless-stopped",
             "", "# Postgres settings", "POSTGRES_IMAGE_TAG=13-alpine", "POSTGRES_DATA_PATH=./volumes/db/var/lib/postgresql/data",
             "POSTGRES_USER=mmuser", f"{var}={pw}", "POSTGRES_DB=mattermost", "", "# Mattermost settings",
             "MATTERMOST_IMAGE=mattermost-enterprise-edition", f"MATTERMOST_IMAGE_TAG={ch(['9.11', '10.5', '9.5.3'])}",
             "MATTERMOST_CONTAINER_READONLY=false", "MM_SQLSETTINGS_DRIVERNAME=postgres",
             "MM_SQLSETTINGS_DATASOURCE=postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/${POSTGRES_DB}?sslmode=disable&connect_timeout=10",
             "MM_BLEVESETTINGS_INDEXDIR=/mattermost/bleve-indexes", f"MM_SERVICESETTINGS_SITEURL=https://chat.{dom}"]
        return "mattermost", "db-password", "dotenv", ch([".env", "mattermost/.env", "deploy/mattermost.env"]), L
    var = pick_var(["MATTERMOST_BOT_TOKEN", "MM_BOT_TOKEN", "MM_ACCESS_TOKEN"], GENERIC_TOKEN_VARS, 0.5)
    tok = ctx.sec(mm_id, "compose", var, kind="token", name="bot-token")
    L = [f"# {ch(['alert relay', 'standup bot', 'gitlab notifier', 'ticket bridge'])} -> Mattermost",
         f"MATTERMOST_URL=https://chat.{dom}", f"MATTERMOST_TEAM={ch(['ops', 'eng', 'staff'])}",
         f"MATTERMOST_CHANNEL_ID={mm_id()}", f"MATTERMOST_BOT_USER_ID={mm_id()}", f"{var}={tok}", "LOG_LEVEL=info",
         f"POLL_INTERVAL={ch(['30s', '60s', '5m'])}"]
    return "mattermost", "bot-token", "dotenv", ch([".env", "bots/standup/.env", "deploy/notifier.env"]), L


def b_mattermost_webhook(ctx):
    dom = domain()
    var = pick_var(["MATTERMOST_WEBHOOK_URL", "MM_HOOK"], ["WEBHOOK_URL", "HOOK", "NOTIFY_URL", "CHAT_URL"], 0.5)
    hid = ctx.sec(mm_id, kind="token", name="hook-id", alt=lambda: ch(["${MM_HOOK_ID}", "xxx-generatedkey-xxx"]))
    L = ["#!/bin/sh", f"# backup job -> ~ops channel on chat.{dom}", "set -e", "",
         f'{var}="https://chat.{dom}/hooks/{hid}"', "",
         "if ! restic backup /srv --tag nightly >/var/log/restic.log 2>&1; then",
         '  payload=$(printf \'{"username":"backup","icon_emoji":":floppy_disk:","text":"restic failed on %s"}\' "$(hostname)")',
         f'  curl -fsS -X POST -H "Content-Type: application/json" -d "$payload" "${var}"', "fi"]
    return "mattermost", "incoming-webhook", "shell", ch(["scripts/backup.sh", "cron/nightly-backup.sh"]), L


# ----------------------------------------------------------------- Rocket.Chat
def b_rocketchat_compose(ctx):
    dom = domain()
    target = ch(["ADMIN_PASS", "MONGO"])
    L = ["volumes:", "  mongodb_data: { driver: local }", "", "services:", "  rocketchat:",
         f"    image: registry.rocket.chat/rocketchat/rocket.chat:{ch(['6.13.0', '7.0.1', '6.10.2'])}", "    restart: always",
         "    labels:", "      traefik.enable: \"true\"", f"      traefik.http.routers.rocketchat.rule: Host(`chat.{dom}`)",
         "    environment:"]
    mpw = ctx.sec(any_pw, "compose", "MONGO_PASSWORD") if target == "MONGO" else "${MONGODB_PASSWORD}"
    L += [f"      MONGO_URL: \"mongodb://rocketchat:{mpw}@mongodb:27017/rocketchat?replicaSet=rs0&authSource=admin\"",
          f"      MONGO_OPLOG_URL: \"mongodb://rocketchat:{mpw}@mongodb:27017/local?replicaSet=rs0&authSource=admin\""
          if target != "MONGO" else "      # oplog not needed since 6.x",
          f"      ROOT_URL: https://chat.{dom}", "      PORT: 3000", "      DEPLOY_METHOD: docker", "      OVERWRITE_SETTING_Show_Setup_Wizard: completed",
          "      ADMIN_USERNAME: " + ch(["admin", "rcadmin", ch(FIRST)]), f"      ADMIN_EMAIL: ops@{dom}"]
    if target == "ADMIN_PASS":
        L.append("      ADMIN_PASS: " + q(ctx.sec(human_pw if coin() else machine_pw, "compose", "RC_ADMIN_PASS")))
    L += ["    depends_on:", "      - mongodb", "    expose:", "      - 3000", "", "  mongodb:",
          "    image: docker.io/bitnami/mongodb:6.0", "    restart: always", "    volumes:",
          "      - mongodb_data:/bitnami/mongodb", "    environment:", "      MONGODB_REPLICA_SET_MODE: primary",
          "      MONGODB_REPLICA_SET_NAME: rs0", "      MONGODB_PORT_NUMBER: 27017", "      MONGODB_INITIAL_PRIMARY_HOST: mongodb",
          "      MONGODB_ADVERTISED_HOSTNAME: mongodb", "      ALLOW_EMPTY_PASSWORD: \"no\"",
          "      MONGODB_USERNAME: rocketchat", "      MONGODB_DATABASE: rocketchat",
          "      MONGODB_PASSWORD: ${MONGODB_PASSWORD:?set in .env}", "      MONGODB_ROOT_PASSWORD_FILE: /run/secrets/mongo_root"]
    kind = "admin-password" if target == "ADMIN_PASS" else "mongo-url-password"
    return "rocketchat", kind, "docker-compose", ch(["compose.yml", "rocketchat/docker-compose.yml"]), L


def b_rocketchat_pat(ctx):
    dom = domain()
    uid = meteor_id()
    var = pick_var(["ROCKETCHAT_TOKEN", "RC_AUTH_TOKEN", "ROCKET_PAT"], GENERIC_TOKEN_VARS, 0.45)
    if coin(0.5):
        tok = ctx.sec(rc_token, "sh", var, kind="token", name="personal-access-token")
        L = ["#!/usr/bin/env bash", "# create a private group for a new customer project", "set -euo pipefail",
             "", f'RC="https://chat.{dom}"', f'{var}="{tok}"', f'RC_USER_ID="{uid}"', "",
             'name="proj-${1:?usage: $0 <slug>}"', 'curl -sS -X POST "$RC/api/v1/groups.create" \\',
             f'  -H "X-Auth-Token: ${var}" \\', '  -H "X-User-Id: $RC_USER_ID" \\',
             '  -H "Content-type: application/json" \\', '  -d "{\\"name\\": \\"$name\\", \\"members\\": [\\"support\\"]}" | jq .']
        return "rocketchat", "personal-access-token", "shell", ch(["scripts/rc-new-project.sh", "bin/rc-group"]), L
    tok = ctx.sec(rc_token, "none", var, kind="token", name="personal-access-token")
    L = ["import os", "import requests", "", f'RC_URL = "https://chat.{dom}"', "HEADERS = {",
         f'    "X-Auth-Token": ' + (f'"{tok}"' if ctx.pos or coin(0.5) else f'os.environ["{var}"]') + ",",
         f'    "X-User-Id": "{uid}",', "}", "", "", "def post(channel, text):",
         '    r = requests.post(f"{RC_URL}/api/v1/chat.postMessage", headers=HEADERS,',
         '                      json={"channel": channel, "text": text}, timeout=10)', "    r.raise_for_status()",
         '    return r.json()["message"]["_id"]', "", "", 'if __name__ == "__main__":',
         f'    post("#{ch(["alerts", "ops", "deploys"])}", "deploy finished")']
    return "rocketchat", "personal-access-token", "python", ch(["tools/rc_notify.py", "notify/rocket.py"]), L


def b_rocketchat_webhook(ctx):
    dom = domain()
    hid = meteor_id()
    tok = ctx.sec(lambda: rs(ALNUM, 48), kind="token", name="webhook-token", alt=lambda: "${RC_HOOK_TOKEN}")
    var = pick_var(["ROCKETCHAT_WEBHOOK"], ["WEBHOOK_URL", "NOTIFY_URL", "ALERT_HOOK"], 0.5)
    L = ["# alertmanager.yml", "global:", "  resolve_timeout: 5m", "route:", "  receiver: rocketchat",
         "  group_by: [alertname, instance]", "  group_wait: 30s", "  repeat_interval: 4h", "receivers:",
         "  - name: rocketchat", "    webhook_configs:", "      - send_resolved: true",
         f"        # {var}", f"        url: https://chat.{dom}/hooks/{hid}/{tok}"]
    return "rocketchat", "incoming-webhook", "alertmanager-yaml", ch(["alertmanager/alertmanager.yml", "monitoring/alertmanager.yml"]), L


def b_rocketchat_ids_neg(ctx):
    dom = domain()
    L = ["# Rocket.Chat bot config - ids only, the token comes from the env", f"server: https://chat.{dom}",
         f"bot_user_id: {meteor_id()}", "auth_token_env: RC_BOT_TOKEN", "rooms:"]
    for _ in range(ri(3, 6)):
        L += [f"  - name: {ch(WORDS)}", f"    rid: {ch([meteor_id(), meteor_id() + meteor_id()])}"]
    L += [f"last_message_id: {meteor_id()}", "x-user-id: " + meteor_id()]
    return "rocketchat", "user-and-room-ids", "yaml", "bots/rcbot/config.yml", L


# ----------------------------------------------------------------- Jitsi / XMPP
JITSI_PW_VARS = ["JICOFO_AUTH_PASSWORD", "JVB_AUTH_PASSWORD", "JIGASI_XMPP_PASSWORD", "JIBRI_RECORDER_PASSWORD",
                 "JIBRI_XMPP_PASSWORD", "JICOFO_COMPONENT_SECRET"]


def b_jitsi_env(ctx):
    dom = domain()
    target = ch(JITSI_PW_VARS[:4] + ["JWT_APP_SECRET"])
    L = ["# shellcheck disable=SC2034", "", "################################################################################",
         "# Jitsi Meet - docker deployment", "################################################################################",
         "", "CONFIG=~/.jitsi-meet-cfg", "HTTP_PORT=8000", "HTTPS_PORT=8443", f"TZ={ch(['UTC', 'Europe/Berlin', 'Europe/Paris'])}",
         f"PUBLIC_URL=https://meet.{dom}", f"JVB_ADVERTISE_IPS={ri(80, 200)}.{ri(0, 255)}.{ri(0, 255)}.{ri(2, 250)}",
         "ENABLE_LETSENCRYPT=1", f"LETSENCRYPT_DOMAIN=meet.{dom}", f"LETSENCRYPT_EMAIL=ops@{dom}", "",
         "# Security", "#", "# Set these using ./gen-passwords.sh", ""]
    for v in JITSI_PW_VARS[:5]:
        if v == target:
            L.append(f"{v}={ctx.sec(jitsi_pw, 'compose', v, alt=lambda: '')}")
        else:
            L.append(f"{v}=")
    L += ["", "# Authentication", "ENABLE_AUTH=" + ("1" if target == "JWT_APP_SECRET" else ch(["0", "1"])),
          "ENABLE_GUESTS=1", "AUTH_TYPE=" + ("jwt" if target == "JWT_APP_SECRET" else ch(["internal", "ldap"]))]
    if target == "JWT_APP_SECRET":
        L += [f"JWT_APP_ID={ch(['jitsi', 'meet', dom.split('.')[0] + '_meet'])}",
              f"JWT_APP_SECRET={ctx.sec(lambda: rs(ALNUM, ch([32, 48, 64])), 'compose', 'JWT_APP_SECRET', kind='token')}",
              f"JWT_ACCEPTED_ISSUERS=portal.{dom}", f"JWT_ACCEPTED_AUDIENCES=meet.{dom}"]
    L += ["", "ENABLE_RECORDING=0", "ENABLE_TRANSCRIPTIONS=0", "RESTART_POLICY=unless-stopped"]
    kind = target.lower().replace("_", "-")
    return "jitsi", kind, "dotenv", ch(["jitsi/.env", "docker-jitsi-meet/jitsi.env", "deploy/meet/env.prod"]), L


def make_jwt(secret, claims):
    h = b64(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode(), pad=False, url=True)
    p = b64(json.dumps(claims, separators=(",", ":")).encode(), pad=False, url=True)
    sig = hmac.new(secret.encode(), f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}.{b64(sig, pad=False, url=True)}"


def b_jitsi_jwt_link(ctx):
    dom = domain()
    room = ch(WORDS) + "-" + ch(WORDS)
    f, l = person()
    claims = {"aud": "jitsi", "iss": ch(["portal", "meet", dom.split(".")[0]]), "sub": f"meet.{dom}", "room": room,
              "exp": ri(1893456000, 2051222400), "moderator": True,
              "context": {"user": {"name": f"{f.title()} {l.title()}", "email": f"{f}@{dom}"}}}
    tok = make_jwt(rs(ALNUM, 32), claims)
    if ctx.pos:
        ctx.mark(tok)
        link = f"https://meet.{dom}/{room}?jwt={tok}"
    else:
        link = ch([f"https://meet.{dom}/{room}?jwt=<token from portal>", f"https://meet.{dom}/{room}",
                   f"https://meet.{dom}/{room}?jwt=${{JWT}}"])
        if coin(0.3):   # the jwt.io documentation example, quoted when explaining the link format
            link += ("  (format like the jwt.io sample eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6"
                     "IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c)")
    L = [f"# Board meeting - {ri(2024, 2025)}-{ri(1, 12):02d}-{ri(1, 28):02d}", "",
         f"Video: {link}", "", "## Agenda", "", "1. Budget", "2. Mail migration status (Postfix -> mailcow)",
         "3. Matrix federation", "", "## Notes", "", "- Dial-in: see calendar invite",
         "- Recording disabled (ENABLE_RECORDING=0)"]
    return "jitsi", "jwt-token", "markdown", ch(["meetings/board.md", "docs/meetings/2025-board.md"]), L


def b_jitsi_jwt_secret_py(ctx):
    dom = domain()
    var = pick_var(["JITSI_APP_SECRET", "JWT_APP_SECRET"], ["SIGNING_KEY", "JWT_KEY", "HMAC_SECRET"], 0.5)
    sec = ctx.sec(lambda: rs(ALNUM, ch([32, 48, 64])), "none", var, kind="token")
    val = f'"{sec}"' if ctx.pos or coin(0.5) else f'os.environ["{var}"]'
    L = ["import os", "import time", "", "import jwt  # PyJWT", "", f'JITSI_DOMAIN = "meet.{dom}"',
         f'APP_ID = "{ch(["portal", "meet"])}"', f"{var} = {val}", "", "",
         "def meeting_url(room: str, user: dict, moderator: bool = False) -> str:",
         "    now = int(time.time())", "    claims = {", '        "aud": "jitsi", "iss": APP_ID, "sub": JITSI_DOMAIN,',
         '        "room": room, "nbf": now - 10, "exp": now + 3 * 3600,',
         '        "moderator": moderator, "context": {"user": user},', "    }",
         f'    token = jwt.encode(claims, {var}, algorithm="HS256")',
         '    return f"https://{JITSI_DOMAIN}/{room}?jwt={token}"']
    return "jitsi", "jwt-app-secret", "python", ch(["portal/meet.py", "app/jitsi_links.py"]), L


def b_prosody(ctx):
    dom = domain()
    mode = ch(["component", "turn", "tmpl"])
    tmpl = mode == "tmpl" or ((not ctx.pos) and coin(0.3))
    syn = "gotmpl" if tmpl else "lua"
    L = ["-- Prosody configuration for Jitsi Meet", "plugin_paths = { \"/usr/share/jitsi-meet/prosody-plugins/\" }", "",
         "-- domain mapper options, must at least have domain base set to use the mapper",
         f'muc_mapper_domain_base = "meet.{dom}";', "", f'external_service_secret = '
         + ("__TURN__" if mode == "turn" else q(ctx.fill(lambda: hexs(32), syn, "TURN_CREDENTIALS_SECRET"))) + ";",
         "external_services = {", f'    {{ type = "turn", host = "turn.{dom}", port = 3478, transport = "udp", secret = true, ttl = 86400, algorithm = "turn" }},',
         "};", "", "cross_domain_bosh = false;", "consider_bosh_secure = true;", "",
         f'VirtualHost "meet.{dom}"', '    authentication = "jitsi-anonymous"', "    ssl = {",
         f'        key = "/etc/prosody/certs/meet.{dom}.key";', f'        certificate = "/etc/prosody/certs/meet.{dom}.crt";',
         "    }", "    modules_enabled = {", '        "bosh";', '        "pubsub";', '        "ping";', '        "speakerstats";',
         '        "conference_duration";', "    }", f'    main_muc = "conference.meet.{dom}"', "",
         f'Component "conference.meet.{dom}" "muc"', '    storage = "memory"', "    muc_room_locking = false", "",
         f'Component "focus.meet.{dom}" "client_proxy"', f'    target_address = "focus@auth.meet.{dom}"', ""]
    if mode == "component" or mode == "tmpl":
        comp = ch(["jvb", "jigasi", "callcontrol", "jvb"])
        L += [f'Component "{comp}.meet.{dom}"',
              "    component_secret = " + q(ctx.sec(jitsi_pw if coin() else machine_pw, syn, comp.upper() + "_COMPONENT_SECRET")) + ";" if mode == "component" else
              "    component_secret = " + q(ctx.sec(jitsi_pw, "gotmpl", comp.upper() + "_COMPONENT_SECRET")) + ";"]
        kind = "component-secret"
    else:
        s = ctx.sec(lambda: hexs(32) if coin() else rs(ALNUM, 40), syn, "TURN_CREDENTIALS_SECRET")
        L = [x.replace("__TURN__", q(s)) for x in L]
        kind = "turn-secret"
    L += ["", f'VirtualHost "auth.meet.{dom}"', '    authentication = "internal_hashed"', "    admins = { \"focus@auth.meet.%s\" }" % dom]
    path = "etc/prosody/conf.avail/meet.%s.cfg.lua" % dom
    if tmpl:
        path = ch(["jitsi/prosody/rootfs/defaults/conf.d/jitsi-meet.cfg.lua", "prosody/templates/meet.cfg.lua.tmpl"])
    return "prosody", kind, "prosody.cfg.lua", path, L


def b_ejabberd(ctx):
    dom = domain()
    target = ch(["component", "sql", "ldap"])
    tmpl = (not ctx.pos) and coin(0.35)
    syn = "jinja" if tmpl else "none"
    L = ["###", "###              ejabberd configuration file", "###", "", "hosts:", f"  - {dom}", "",
         "loglevel: info", "", "certfiles:", f"  - /etc/letsencrypt/live/{dom}/fullchain.pem",
         f"  - /etc/letsencrypt/live/{dom}/privkey.pem", "", "listen:", "  -", "    port: 5222", '    ip: "::"',
         "    module: ejabberd_c2s", "    max_stanza_size: 262144", "    shaper: c2s_shaper", "    access: c2s",
         "    starttls_required: true"]
    if target == "component":
        L += ["  -", "    port: 5275", '    ip: "127.0.0.1"', "    module: ejabberd_service", "    hosts:",
              f'      "{ch(["irc", "bridge", "focus", "pubsub"])}.{dom}":',
              f"        password: {json.dumps(ctx.sec(machine_pw, syn, 'ejabberd_component_password'))}"]
    L += ["", "auth_method: " + ("[sql]" if target == "sql" else "[ldap]" if target == "ldap" else "[internal]"),
          "auth_password_format: scram"]
    if target == "sql":
        L += ["default_db: sql", "sql_type: pgsql", "sql_server: localhost", "sql_database: ejabberd",
              "sql_username: ejabberd", f"sql_password: {json.dumps(ctx.sec(any_pw, syn, 'ejabberd_sql_password'))}"]
    if target == "ldap":
        base = ",".join(f"dc={p}" for p in dom.split("."))
        L += ["ldap_servers:", f"  - ldap.{dom}", "ldap_encrypt: tls", "ldap_port: 636",
              f'ldap_rootdn: "cn=ejabberd,ou=services,{base}"',
              f"ldap_password: {json.dumps(ctx.sec(any_pw, syn, 'ejabberd_ldap_password'))}",
              f'ldap_base: "ou=people,{base}"', "ldap_uids: {uid: \"%u\"}"]
    L += ["", "acl:", "  admin:", "    user:", f"      - \"{ch(FIRST)}@{dom}\"", "", "modules:", "  mod_adhoc: {}",
          "  mod_admin_extra: {}", "  mod_mam:", "    assume_mam_usage: true", "    default: always",
          "  mod_muc:", "    access_persistent: muc_create", "  mod_pubsub: {}", "  mod_roster:", "    versioning: true"]
    path = "etc/ejabberd/ejabberd.yml" if not tmpl else "roles/ejabberd/templates/ejabberd.yml.j2"
    return "ejabberd", {"component": "component-password", "sql": "sql-password", "ldap": "ldap-password"}[target], \
        "ejabberd.yml", path, L


# ----------------------------------------------------------------- IRC
IRC_NETS = [("libera", "irc.libera.chat", 6697), ("oftc", "irc.oftc.net", 6697), ("hackint", "irc.hackint.org", 6697),
            ("ircnet", "open.ircnet.net", 6697), ("snoonet", "irc.snoonet.org", 6697)]


def znc_sha256():
    salt = rs(ALNUM + "!?.,:;/*-+_()", 20)
    return hexs(64), salt


def b_znc(ctx):
    nick = ch(FIRST) + ch(["", "_", str(ri(1, 99))])
    net, host, port = ch(IRC_NETS)
    mode = ch(["userpass", "serverpass"])
    L = ["// WARNING", "//", "// Do NOT edit this file while ZNC is running!", "// Use webadmin or *controlpanel instead.",
         "//", "// Altering this file by hand will forfeit all support.", "//", "// But if you feel risky, you might want to read help on /znc saveconfig and /znc rehash.",
         "// Also check https://wiki.znc.in/Configuration", "", "Version = 1.8.2", "<Listener l>", "\tPort = %d" % ch([6697, 5000, 1025]),
         "\tIPv4 = true", "\tIPv6 = true", "\tSSL = true", "</Listener>", "LoadModule = webadmin", "", f"<User {nick}>",
         "\tAdmin      = true", "\tAltNick    = %s_" % nick, "\tIdent      = %s" % nick, "\tNick       = %s" % nick,
         "\tRealName   = %s" % nick.title(), "\tBuffer     = 500", "\tLoadModule = chansaver", "\tLoadModule = controlpanel", ""]
    if mode == "userpass" and (ctx.pos or coin(0.3)):
        L += ["\t<Pass password>", "\t\tMethod = plain", f"\t\tHash = {ctx.sec(human_pw)}", "\t\tSalt = ", "\t</Pass>"]
        kind = "user-password-plain"
    else:
        h, s = znc_sha256()
        if coin(0.35):
            L += [f"\tPass       = sha256#{h}#{s}#"]
        else:
            L += ["\t<Pass password>", "\t\tMethod = sha256", f"\t\tHash = {h}", f"\t\tSalt = {s}", "\t</Pass>"]
        kind = "user-password-plain"
    L += ["", f"\t<Network {net}>", "\t\tLoadModule = simple_away", "\t\tLoadModule = sasl"]
    if mode == "serverpass":
        L.append(f"\t\tServer     = {host} +{port} {ctx.sec(human_pw)}")
        kind = "server-password"
    else:
        L.append(f"\t\tServer     = {host} +{port}")
    L += ["\t\tTrustedServerFingerprint = " + ":".join(hexs(2) for _ in range(32)), "",
          f"\t\t<Chan #{ch(WORDS)}>", "\t\t</Chan>", f"\t\t<Chan ##{ch(WORDS)}-ops>", "\t\t\tKey = " + ch(["", ""]), "\t\t</Chan>",
          "\t</Network>", "</User>"]
    L = [x for x in L if x != "\t\t\tKey = "]
    return "znc", kind, "znc.conf", ch(["znc/configs/znc.conf", ".znc/configs/znc.conf", "var/lib/znc/configs/znc.conf"]), L


def b_irssi(ctx):
    nick = ch(FIRST) + ch(["", "_", "^"])
    net, host, port = ch(IRC_NETS)
    pw = ctx.sec(lambda: human_pw(".-_!#@*+"))
    mode = ch(["sasl", "nickserv"])
    L = ["servers = (", "  {", f'    address = "{host}";', f'    chatnet = "{net}";', f'    port = "{port}";',
         '    use_tls = "yes";', '    tls_verify = "yes";', '    autoconnect = "yes";', "  }", ");", "",
         "chatnets = {", f"  {net} = {{", '    type = "IRC";']
    if mode == "sasl":
        L += ['    sasl_mechanism = "PLAIN";', f'    sasl_username = "{nick}";', f'    sasl_password = "{pw}";']
    else:
        L.append(f'    autosendcmd = "/msg NickServ IDENTIFY {nick} {pw}; wait 2000";')
    L += ["    max_kicks = \"1\";", "    max_msgs = \"4\";", "  };", "};", "", "channels = (",
          f'  {{ name = "#{ch(WORDS)}"; chatnet = "{net}"; autojoin = "yes"; }},',
          f'  {{ name = "##{ch(WORDS)}"; chatnet = "{net}"; autojoin = "yes"; }}', ");", "",
          "settings = {", f'  core = {{ real_name = "{nick}"; user_name = "{nick}"; nick = "{nick}"; }};',
          '  "fe-text" = { actlist_sort = "refnum"; };', "};"]
    if not ctx.pos and mode == "sasl" and coin(0.5):
        L = [x.replace(f'sasl_password = "{pw}"', 'sasl_password = ""') for x in L]
    return "irc", "sasl-password" if mode == "sasl" else "nickserv-password", "irssi-config", \
        ch(["dotfiles/.irssi/config", "irssi/config"]), L


def b_weechat(ctx):
    nick = ch(FIRST) + ch(["", "_", "`"])
    net, host, port = ch(IRC_NETS)
    pw = ctx.sec(lambda: human_pw(".-_!#@*+"), "weechat", f"{net}_pass")
    L = ["#", "# weechat -- irc.conf", "#", "# WARNING: It is NOT recommended to edit this file by hand,",
         "# especially if WeeChat is running.", "#", "# Use commands like /set or /fset to change settings in WeeChat.",
         "#", "# For more info, see: https://weechat.org/doc/weechat/quickstart/", "#", "", "[look]",
         "buffer_switch_autojoin = on", "color_nicks_in_names = off", "smart_filter = on", "", "[server]",
         f'{net}.addresses = "{host}/{port}"', f"{net}.tls = on", f"{net}.sasl_mechanism = plain",
         f'{net}.sasl_username = "{nick}"', f'{net}.sasl_password = "{pw}"', f'{net}.autoconnect = on',
         f'{net}.nicks = "{nick},{nick}_"', f'{net}.autojoin = "#{ch(WORDS)},##{ch(WORDS)}"']
    return "irc", "sasl-password", "weechat-irc.conf", ch(["dotfiles/.config/weechat/irc.conf", ".weechat/irc.conf"]), L


def b_hexchat(ctx):
    nick = ch(FIRST)
    net, host, port = ch(IRC_NETS)
    pw = ctx.sec(lambda: human_pw(".-_!#@*+"))
    L = ["v=2.16.1", "", f"N={net.title()}", f"I={nick}", f"i={nick}_", f"U={nick}", f"R={nick.title()}",
         f"P={pw}", "L=6", "E=UTF-8 (Unicode)", "F=23", "D=0", f"S={host}/{port}", f"J=#{ch(WORDS)}", "",
         "N=Rizon", "E=UTF-8 (Unicode)", "F=19", "D=0", "S=irc.rizon.net"]
    return "irc", "nickserv-password", "hexchat-servlist", ch(["dotfiles/.config/hexchat/servlist.conf", "hexchat/servlist.conf"]), L


def b_unrealircd(ctx):
    dom = domain()
    target = ch(["oper", "link"])
    L = ["/* UnrealIRCd 6 configuration - irc.%s */" % dom, 'include "modules.default.conf";', 'include "help/help.conf";',
         'include "badwords.conf";', 'include "operclass.default.conf";', 'include "cloak-keys.conf";  /* not in git */', "",
         "me {", f'\tname "irc.{dom}";', f'\tinfo "{dom.split(".")[0].title()} IRC";', f'\tsid "{ri(0, 9)}{rs(UPALNUM, 2)}";', "}", "",
         "admin {", f'\t"{ch(FIRST).title()}";', f'\t"irc@{dom}";', "}", "",
         "class clients { pingfreq 90; maxclients 1000; sendq 200k; recvq 8000; }", "",
         "allow { mask *; class clients; maxperip 3; }", ""]
    opw = ctx.sec(lambda: human_pw(".-_!#@*+")) if target == "oper" else argon2id_hash()
    if not ctx.pos and target == "oper" and coin(0.6):
        opw = argon2id_hash()
    L += [f"oper {ch(FIRST)} {{", "\tclass opers;", "\tmask *@10.20.*;", f'\tpassword "{opw}";',
          "\toperclass netadmin-with-override;", "\tswhois \"is a Network Administrator\";", "\tvhost netadmin.%s;" % dom, "}", ""]
    if target == "link" or coin(0.5):
        if target == "link":
            pwline = f'\tpassword "{ctx.sec(machine_pw)}";'
        else:
            pwline = ch([f'\tpassword "{b64(rbytes(32))}" {{ spkifp; }};',
                         f'\tpassword "{hexs(64)}" {{ sslclientcertfp; }};'])
        L += [f"link services.{dom} {{", "\tincoming {", "\t\tmask 127.0.0.1;", "\t}", pwline,
              "\tclass servers;", "}", "", "ulines {", f"\tservices.{dom};", "}"]
    L += ["", "set {", f'\tnetwork-name "{dom.split(".")[0].title()}Net";', f'\tdefault-server "irc.{dom}";',
          f'\tservices-server "services.{dom}";', '\thelp-channel "#help";', '\tcloak-prefix "Clk";', "}"]
    return "unrealircd", "oper-password" if target == "oper" else "link-password", "unrealircd.conf", \
        ch(["ircd/unrealircd.conf", "unrealircd/conf/unrealircd.conf"]), L


def b_inspircd(ctx):
    dom = domain()
    target = ch(["oper", "link"])
    L = ["<!-- inspircd.conf for irc.%s -->" % dom, f'<server name="irc.{dom}" description="{dom} IRC" id="{ri(0, 9)}{rs(UPALNUM, 2)}" network="{dom.split(".")[0].title()}">',
         f'<admin name="{ch(FIRST).title()}" nick="{ch(FIRST)}" email="irc@{dom}">',
         '<bind address="" port="6697" type="clients" sslprofile="Clients">',
         '<bind address="127.0.0.1" port="7000" type="servers">',
         '<connect allow="*" timeout="20" pingfreq="120" sendq="262144" recvq="8192" localmax="3" globalmax="3">',
         '<module name="ssl_gnutls">', '<module name="password_hash">', '<module name="bcrypt">', "",
         '<class name="Shutdown" commands="DIE RESTART REHASH LOADMODULE UNLOADMODULE RELOADMODULE">',
         '<type name="NetAdmin" classes="Shutdown" vhost="netadmin.%s" modes="+s +cCqQ">' % dom]
    name = ch(FIRST)
    if target == "oper" and (ctx.pos or coin(0.3)):
        L.append(f'<oper name="{name}" password="{ctx.sec(lambda: human_pw(".-_!#@*+"))}" host="*@10.20.*" type="NetAdmin">')
    else:
        L.append(ch([f'<oper name="{name}" hash="bcrypt" password="{bcrypt_hash("10")}" host="*@10.20.*" type="NetAdmin">',
                     f'<oper name="{name}" fingerprint="{hexs(64)}" autologin="strict" host="*@*" type="NetAdmin">',
                     f'<oper name="{name}" hash="sha256" password="{hexs(64)}" host="*@10.20.*" type="NetAdmin">']))
    if target == "link":
        lp = ctx.sec(machine_pw)
        L.append(f'<link name="services.{dom}" ipaddr="127.0.0.1" port="7000" allowmask="127.0.0.0/8" sendpass="{lp}" recvpass="{lp}">')
        L.append(f'<uline server="services.{dom}" silent="yes">')
    L += ['<files motd="conf/motd.txt">', '<options prefixquit="Quit: " fixedquit="" syntaxhints="yes">',
          '<security hideserver="" userstats="Pu" customversion="">', '<log method="file" type="* -USERINPUT -USEROUTPUT" level="default" target="logs/ircd.log">']
    return "inspircd", "oper-password" if target == "oper" else "link-password", "inspircd.conf", \
        ch(["inspircd/conf/inspircd.conf", "etc/inspircd/inspircd.conf"]), L


def b_anope(ctx):
    dom = domain()
    pw = ctx.sec(machine_pw)
    L = ["/*", " * Anope services.conf - uplink to the local UnrealIRCd", " */", "", "define", "{",
         '\tname = "services.host"', f'\tvalue = "services.{dom}"', "}", "", "uplink", "{",
         '\thost = "127.0.0.1"', "\tipv6 = no", "\tssl = no", "\tport = 7000", f'\tpassword = "{pw}"', "}", "",
         "serverinfo", "{", '\tname = "services.host"', '\tdescription = "Services for IRC Networks"',
         '\tpid = "data/services.pid"', '\tmotd = "conf/services.motd"', "}", "", "module", "{",
         '\tname = "unreal4"', "\tuse_server_side_mlock = yes", "}", "", 'include { type = "file"; name = "nickserv.conf" }',
         'include { type = "file"; name = "chanserv.conf" }']
    return "anope", "uplink-password", "anope-services.conf", ch(["anope/conf/services.conf", "services/conf/services.conf"]), L


# ----------------------------------------------------------------- Nextcloud Talk HPB
def b_nc_signaling(ctx):
    dom = domain()
    slots = ["hashkey", "blockkey", "internalsecret", "backend_secret", "turn_secret"]
    target = ch(slots)

    def v(name, gen):
        if name == target:
            return ctx.sec(gen)
        return ch([f"<{name}>", "the-shared-secret-for-" + name.replace("_", "-"), "${" + name.upper() + "}"]) \
            if coin(0.5) else None

    L = ["[http]", "listen = 127.0.0.1:8080", "", "[app]", "debug = false", "", "[sessions]",
         "# Secret value used to generate checksums of sessions. This should be a random", "# string of 32 or 64 bytes."]
    for name, gen, key in (("hashkey", lambda: hexs(64), "hashkey"), ("blockkey", lambda: rs(ALNUM, 32), "blockkey")):
        x = v(name, gen)
        L.append(f"{key} = {x}" if x is not None else f"#{key} = the-secret-for-{key}")
    L += ["", "[clients]", "# Shared secret for connections from internal clients."]
    x = v("internalsecret", lambda: rs(ALNUM, 32))
    L.append(f"internalsecret = {x}" if x is not None else "#internalsecret = the-shared-secret-for-internal-clients")
    L += ["", "[backend]", "backends = cloud", "allowall = false", "timeout = 10", "connectionsperhost = 8", "",
          "[cloud]", f"url = https://cloud.{dom}"]
    x = v("backend_secret", lambda: rs(ALNUM, ch([32, 48])))
    L.append(f"secret = {x}" if x is not None else "secret = ${NEXTCLOUD_SIGNALING_SECRET}")
    L += ["", "[nats]", "url = nats://localhost:4222", "", "[mcu]", "type = janus", "url = ws://127.0.0.1:8188", "",
          "[turn]", "apikey = " + ch(["static-api-key-for-turn", "<apikey>"]), ]
    x = v("turn_secret", lambda: hexs(64))
    L.append(f"secret = {x}" if x is not None else "#secret = the-shared-secret-for-turn")
    L.append(f"servers = turn:turn.{dom}:3478?transport=udp,turn:turn.{dom}:3478?transport=tcp")
    return "nextcloud-talk", target.replace("_", "-"), "signaling-server.conf", \
        ch(["etc/nextcloud-spreed-signaling/server.conf", "signaling/server.conf"]), L


# ----------------------------------------------------------------- negative-only builders
def sops_enc(n):
    return f"ENC[AES256_GCM,data:{rb64(n)},iv:{rb64(32)},tag:{rb64(16)},type:str]"


def b_sops_neg(ctx):
    dom = domain()
    app = ch(["mail", "matrix", "mattermost", "jitsi", "rocketchat"])
    keys = {"mail": ["postfix_relay_password", "dovecot_sql_password", "rspamd_controller_password"],
            "matrix": ["registration_shared_secret", "macaroon_secret_key", "turn_shared_secret"],
            "mattermost": ["mm_db_password", "mm_at_rest_encrypt_key", "mm_smtp_password"],
            "jitsi": ["jicofo_auth_password", "jvb_auth_password", "jwt_app_secret"],
            "rocketchat": ["admin_pass", "mongodb_password", "rc_bot_token"]}[app]
    L = [f"# secrets/{app}.sops.yaml - edit with: sops secrets/{app}.sops.yaml", f"domain: {dom}"]
    for k in keys:
        L.append(f"{k}: {sops_enc(ri(16, 48))}")
    age = "age1" + rs("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58)
    L += ["sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:",
          f"        - recipient: {age}", "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"]
    blob = rb64(ri(160, 220))
    L += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
    L += ["            -----END AGE ENCRYPTED FILE-----", f"    lastmodified: \"{ri(2023, 2025)}-{ri(1, 12):02d}-{ri(1, 28):02d}T{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d}Z\"",
          f"    mac: {sops_enc(32).replace('type:str', 'type:str')}", "    pgp: []", "    unencrypted_suffix: _unencrypted",
          "    version: 3.8.1"]
    return "sops", "encrypted-values", "sops-yaml", f"secrets/{app}.sops.yaml", L


def b_sealed_neg(ctx):
    dom = domain()
    app = ch(["mattermost", "synapse", "rocketchat", "mailu", "jitsi"])
    keys = {"mattermost": ["MM_SQLSETTINGS_DATASOURCE", "MM_FILESETTINGS_PUBLICLINKSALT"],
            "synapse": ["registration_shared_secret", "macaroon_secret_key"], "rocketchat": ["MONGO_URL", "ADMIN_PASS"],
            "mailu": ["SECRET_KEY", "RELAYPASSWORD"], "jitsi": ["JICOFO_AUTH_PASSWORD", "JVB_AUTH_PASSWORD"]}[app]
    L = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", f"  name: {app}-secrets",
         f"  namespace: {ch(['chat', 'mail', 'collab', app])}", "spec:", "  encryptedData:"]
    for k in keys:
        L.append(f"    {k}: Ag{ch('ABCD')}{rb64(ri(280, 400))}")
    L += ["  template:", "    metadata:", f"      name: {app}-secrets", "    type: Opaque"]
    return "sealed-secrets", "ciphertext", "k8s-yaml", f"k8s/{app}/sealedsecret.yaml", L


def b_eml_neg(ctx):
    dom = domain()
    f, l = person()
    sel = ch(["mail", "s1", "default"])
    b = rb64(256)
    L = [f"Return-Path: <{f}@{dom}>", f"Received: from mx1.{dom} (mx1.{dom} [{ri(80, 200)}.{ri(0, 255)}.{ri(0, 255)}.{ri(2, 250)}])",
         f"\tby mx.{domain()} (Postfix) with ESMTPS id {rs(UPALNUM, 11)}", f"\tfor <{ch(FIRST)}@{dom}>; Tue, {ri(1, 28)} Jan 2025 10:{ri(10, 59)}:{ri(10, 59)} +0100 (CET)",
         f"ARC-Seal: i=1; a=rsa-sha256; t={ri(1700000000, 1760000000)}; cv=none; d={dom}; s=arc;",
         f"\tb={rb64(128)[:76]}", f"\t {rb64(120)[:88]}",
         f"Authentication-Results: mx.{dom}; dkim=pass header.d={dom} header.s={sel}; spf=pass smtp.mailfrom={dom}; dmarc=pass",
         f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s={sel};",
         f"\tt={ri(1700000000, 1760000000)}; bh={b64(rbytes(32))};", "\th=From:To:Subject:Date:Message-ID:MIME-Version;"]
    L += ["\tb=" + b[:70]] + ["\t " + b[i:i + 72] for i in range(70, len(b), 72)]
    L += [f"Message-ID: <{rs(LOWALNUM, 16)}.{ri(10**9, 2 * 10**9)}@{dom}>", f"From: {f.title()} {l.title()} <{f}@{dom}>",
          f"To: ops@{dom}", "Subject: Re: relay credentials rotated", "Date: Tue, 14 Jan 2025 10:12:44 +0100",
          "MIME-Version: 1.0", "Content-Type: text/plain; charset=utf-8", "",
          "Done, the new key is in the vault under mail/relay. Nothing in git.", "", "-- ", f"{f.title()}"]
    return "dkim", "dkim-signature-header", "eml", ch(["tests/fixtures/signed.eml", "testdata/mail/arc-signed.eml"]), L


def b_tls_policy_neg(ctx):
    dom = domain()
    L = ["# /etc/postfix/tls_policy - smtp_tls_policy_maps = hash:/etc/postfix/tls_policy", ""]
    for _ in range(ri(2, 5)):
        rel = relay_choice(dom)
        L.append(f"[{rel['host']}]:{rel['port']}   " + ch([
            f"fingerprint match={fingerprint_colon(32)}",
            f"secure match=.{'.'.join(rel['host'].split('.')[-2:])}",
            f"dane-only", "encrypt protocols=>=TLSv1.2"]))
    L += ["", f"[mx2.{dom}]:25 fingerprint", f"    match={fingerprint_colon(32)}", f"    match={fingerprint_colon(32)}",
          "", "# smtp_tls_fingerprint_digest = sha256"]
    return "postfix", "tls-fingerprint-policy", "postfix-map", "etc/postfix/tls_policy", L


def b_ldif_neg(ctx):
    dom = domain()
    base = ",".join(f"dc={p}" for p in dom.split("."))
    L = [f"# mail users for {dom}; hashes from slappasswd -h {{SSHA}}", ""]
    for _ in range(ri(2, 4)):
        f, l = person()
        L += [f"dn: uid={f},ou=people,{base}", "objectClass: inetOrgPerson", "objectClass: posixAccount",
              f"uid: {f}", f"cn: {f.title()} {l.title()}", f"sn: {l.title()}", f"mail: {f}@{dom}",
              f"uidNumber: {ri(10000, 20000)}", "gidNumber: 5000", f"homeDirectory: /var/vmail/{dom}/{f}",
              "userPassword: " + ch(["{SSHA}" + b64(rbytes(24)), "{CRYPT}" + sha512_crypt(), "{ARGON2}" + argon2id_hash()]), ""]
    return "openldap", "password-hashes", "ldif", ch(["ldap/users.ldif", "bootstrap/10-mail-users.ldif"]), L


def b_hash_runbook_neg(ctx):
    dom = domain()
    L = [f"# Hashing passwords for the {dom} chat & mail stack", "",
         "Never commit plain passwords; generate hashes and commit those.", "", "## Dovecot", "", "```console",
         "$ doveadm pw -s ARGON2ID", "Enter new password:", "Retype new password:", "{ARGON2ID}" + argon2id_hash(), "```", "",
         "## Rspamd web UI", "", "```console", "$ rspamadm pw", "Enter passphrase:", rspamd_hash(), "```", "",
         "## ZNC", "", "```console", "$ znc --makepass", "[ ** ] Type your new password.", "[ ?? ] Enter password:",
         "[ ?? ] Confirm password:", "[ ** ] Kill ZNC process, if it's running.", "[ ** ] Then replace password in the <User> section of your config with this:"]
    h, s = znc_sha256()
    L += ["<Pass password>", "\tMethod = sha256", f"\tHash = {h}", f"\tSalt = {s}", "</Pass>", "```", "",
          "## UnrealIRCd oper", "", "```console", "$ ./unrealircd mkpasswd", "Enter password to hash:", argon2id_hash(), "```"]
    return "mixed", "password-hash-examples", "markdown", ch(["docs/hashing.md", "runbooks/passwords.md"]), L


def b_aws_doc_neg(ctx):
    dom = domain()
    L = ["# Outbound mail via Amazon SES", "", "SES SMTP credentials are **derived** from an IAM secret access key.",
         "The AWS docs use these example values - they are not ours:", "", "```ini",
         "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "```",
         "", "Derive the SMTP password with the script from the SES docs:", "", "```console",
         "$ python3 smtp_credentials_generate.py \"$AWS_SECRET_ACCESS_KEY\" eu-west-1", "```", "",
         f"Endpoint: `email-smtp.{ch(SES_REGIONS)}.amazonaws.com:587`.",
         "The real credential lives in Vault at `secret/mail/ses-smtp`; postfix reads the rendered",
         "`/etc/postfix/sasl_passwd` (root, 0600), which is in `.gitignore`.", "", f"Configuration set: `{dom.split('.')[0]}-transactional`"]
    return "aws-ses", "documentation-example", "markdown", ch(["docs/ses.md", "mail/README.md"]), L


def b_mm_ids_neg(ctx):
    dom = domain()
    L = ["{", f'    "url": "https://chat.{dom}",', f'    "team_id": "{mm_id()}",', '    "channels": {',
         f'        "alerts": "{mm_id()}",', f'        "deploys": "{mm_id()}",', f'        "town-square": "{mm_id()}"', "    },",
         f'    "bot_user_id": "{mm_id()}",', '    "token_env": "MM_BOT_TOKEN",', f'    "last_post_id": "{mm_id()}",',
         f'    "plugin_id": "com.{dom.split(".")[0]}.standup",', f'    "diagnostic_id": "{mm_id()}"', "}"]
    return "mattermost", "team-channel-user-ids", "json", ch(["bots/standup/config.json", "notifier/mattermost.json"]), L


def b_zulip_settings_neg(ctx):
    dom = domain()
    rel = relay_choice(dom)
    L = ["# /etc/zulip/settings.py (excerpt)", "from .config import get_secret", "",
         f'EXTERNAL_HOST = "zulip.{dom}"', f'ZULIP_ADMINISTRATOR = "ops@{dom}"', "",
         "## Outgoing email (SMTP) settings", f'EMAIL_HOST = "{rel["host"]}"',
         f'EMAIL_HOST_USER = "{rel.get("neg_user") or rel["user"] or "<postmark-server-token>"}"',
         "# EMAIL_HOST_PASSWORD is read from /etc/zulip/zulip-secrets.conf [secrets] email_password",
         'EMAIL_HOST_PASSWORD = get_secret("email_password")', "EMAIL_USE_TLS = True", f"EMAIL_PORT = {rel['port']}", "",
         f'AUTH_LDAP_SERVER_URI = "ldaps://ldap.{dom}"', 'AUTH_LDAP_BIND_PASSWORD = get_secret("auth_ldap_bind_password")',
         f'SOCIAL_AUTH_GITHUB_KEY = "Iv1.{hexs(16)}"', 'SOCIAL_AUTH_GITHUB_SECRET = get_secret("social_auth_github_secret")']
    return "zulip", "settings-get-secret", "python", "etc/zulip/settings.py", L


def b_supervisor(ctx):
    dom = domain()
    rel = relay_choice(dom)
    var = pick_var([rel["var"]], GENERIC_PW_VARS, 0.5)
    user, pw = relay_pair(ctx, rel, "supervisor", var)
    prog = ch(["mailman-runner", "listmonk", "postorius", "hyperkitty-qcluster", "alert-mailer"])
    L = ["; /etc/supervisor/conf.d/%s.conf" % prog, f"[program:{prog}]",
         f"command=/opt/{prog}/bin/{prog} --config /etc/{prog}/config.toml", f"directory=/opt/{prog}",
         f"user={prog.split('-')[0]}", "autostart=true", "autorestart=true", "startsecs=5", "stopsignal=TERM",
         f"stdout_logfile=/var/log/{prog}/out.log", f"stderr_logfile=/var/log/{prog}/err.log",
         f'environment=SMTP_HOST="{rel["host"]}",SMTP_PORT="{rel["port"]}",SMTP_USER="{user}",{var}="{pw}"']
    return rel["provider"], rel["kind"], "supervisord-conf", f"etc/supervisor/conf.d/{prog}.conf", L


def b_checksums_neg(ctx):
    dom = domain()
    app, ver = ch([("znc", "1.8.2"), ("coturn", "4.6.2"), ("mattermost", "9.11.6"), ("rspamd", "3.10.2"),
                   ("prosody", "0.12.4"), ("synapse", "1.120.0")])
    L = ["---", f"# roles/{app}/tasks/install.yml", f"- name: Download {app} {ver}", "  ansible.builtin.get_url:",
         f"    url: https://downloads.{dom}/mirror/{app}-{ver}.tar.gz", f"    dest: /usr/local/src/{app}-{ver}.tar.gz",
         f"    checksum: \"sha256:{hexs(64)}\"", "    mode: \"0644\"", "",
         f"- name: Pin container image", "  ansible.builtin.set_fact:",
         f"    {app}_image: \"docker.io/library/{app}@sha256:{hexs(64)}\"", "",
         "- name: Verify release signature", "  ansible.builtin.command:",
         f"    cmd: gpg --verify /usr/local/src/{app}-{ver}.tar.gz.asc", "  changed_when: false", "",
         f"# upstream signing key fingerprint: {' '.join(hexs(4).upper() for _ in range(10))}",
         f"# release commit: {hexs(40)}"]
    return app, "digests-and-fingerprints", "ansible-tasks", f"roles/{app}/tasks/install.yml", L


# ----------------------------------------------------------------- registry
DUAL = [  # (builder, positive weight, negative weight)
    (b_sasl_passwd, 5, 3), (b_main_cf, 3, 3), (b_master_cf, 2, 2), (b_postfix_lookup_cf, 2, 1), (b_msmtprc, 2, 2),
    (b_dovecot_static, 2, 1), (b_dovecot_passwd_file, 2, 3), (b_dovecot_conf_secret, 3, 2), (b_exim_auth, 2, 2),
    (b_exim_passwd_client, 2, 1), (b_dkim_yaml, 2, 2), (b_rspamd_controller, 2, 2), (b_rspamd_redis, 1, 1),
    (b_spamassassin, 1, 1), (b_amavis, 1, 1), (b_roundcube, 3, 2), (b_sogo, 2, 1), (b_mailcow, 2, 2), (b_miab, 1, 1),
    (b_smtp_test_script, 3, 2), (b_runbook, 2, 2), (b_ansible_vars, 3, 2), (b_systemd, 2, 2), (b_dms_compose, 2, 1),
    (b_discourse_app_yml, 2, 2), (b_discourse_api, 2, 1), (b_zulip_secrets, 2, 1), (b_synapse_homeserver, 5, 3),
    (b_matrix_access_token, 2, 1), (b_appservice_reg, 2, 1), (b_coturn, 2, 2), (b_mattermost_config, 4, 2),
    (b_mattermost_env, 3, 2), (b_mattermost_webhook, 1, 1), (b_rocketchat_compose, 2, 1), (b_rocketchat_pat, 2, 1),
    (b_rocketchat_webhook, 1, 1), (b_jitsi_env, 3, 2), (b_jitsi_jwt_link, 1, 1), (b_jitsi_jwt_secret_py, 1, 1),
    (b_prosody, 2, 2), (b_ejabberd, 2, 1), (b_znc, 2, 2), (b_irssi, 1, 1), (b_weechat, 1, 1), (b_hexchat, 1, 1),
    (b_unrealircd, 2, 2), (b_inspircd, 2, 2), (b_anope, 1, 1), (b_nc_signaling, 2, 1), (b_supervisor, 2, 2),
]
POS_ONLY = [(b_dkim_private, 5), (b_synapse_signing_key, 2)]
NEG_ONLY = [(b_sender_relay_neg, 2), (b_dkim_dns_neg, 5), (b_opendkim_conf_neg, 2), (b_synapse_keys_neg, 4),
            (b_rocketchat_ids_neg, 2), (b_sops_neg, 3), (b_sealed_neg, 2), (b_eml_neg, 3), (b_tls_policy_neg, 2),
            (b_ldif_neg, 2), (b_hash_runbook_neg, 2), (b_aws_doc_neg, 1), (b_mm_ids_neg, 2), (b_zulip_settings_neg, 1),
            (b_checksums_neg, 3)]

N_PER_LABEL = 500


def schedule(weighted, n):
    pool = []
    for b, w in weighted:
        pool += [b] * w
    out = []
    while len(out) < n:
        cyc = pool[:]
        R.shuffle(cyc)
        out += cyc
    return out[:n]


def build(builder, pos):
    for _ in range(50):
        ctx = Ctx(pos)
        provider, kind, ftype, path, lines = builder(ctx)
        text = "\n".join(lines) + "\n"
        nl = text.count("\n")
        if not 5 <= nl <= 80:
            continue
        if pos:
            if ctx.needle is None or ctx.needle not in text:
                continue
        return ctx, provider, kind, ftype, path, text
    raise RuntimeError(f"builder {builder.__name__} failed repeatedly (pos={pos})")


def main():
    global R
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE")[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    for sub in ("pos", "neg"):          # our own previous output only
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    manifest, secrets = [], []
    pos_sched = schedule([(b, wp) for b, wp, _ in DUAL] + POS_ONLY, N_PER_LABEL)
    neg_sched = schedule([(b, wn) for b, _, wn in DUAL] + NEG_ONLY, N_PER_LABEL)
    files = {}
    for label, sched in (("positive", pos_sched), ("negative", neg_sched)):
        for i, builder in enumerate(sched):
            pos = label == "positive"
            ctx, provider, kind, ftype, path, text = build(builder, pos)
            rel = f"{'pos' if pos else 'neg'}/{'p' if pos else 'n'}{i:04d}/{path}"
            full = os.path.join(outdir, rel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(text)
            files[rel] = text
            if not pos and ctx.style:
                kind = f"{kind}:{ctx.style}"     # which look-alike sits in the secret slot
            manifest.append({"file": rel, "label": label, "provider": provider, "kind": kind, "filetype": ftype})
            if pos:
                line = text[:text.index(ctx.needle)].count("\n") + 1
                secrets.append({"file": rel, "needle": ctx.needle, "line": line})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for row in secrets:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    from collections import Counter
    errors = []
    for row in secrets:
        with open(os.path.join(outdir, row["file"]), encoding="utf-8") as fh:
            text = fh.read()
        idx = text.find(row["needle"])
        if idx < 0:
            errors.append(f"needle missing: {row['file']}")
            continue
        if text[:idx].count("\n") + 1 != row["line"]:
            errors.append(f"wrong line: {row['file']}")
        first_line = row["needle"].split("\n")[0]
        if first_line not in text.split("\n")[row["line"] - 1]:
            errors.append(f"needle not on stated line: {row['file']}")
    needles = [r["needle"] for r in secrets]
    if len(set(needles)) != len(needles):
        errors.append("duplicate needles across positives")
    negs = [r["file"] for r in manifest if r["label"] == "negative"]
    for nf in negs:
        with open(os.path.join(outdir, nf), encoding="utf-8") as fh:
            text = fh.read()
        for nd in needles:
            if nd in text:
                errors.append(f"negative {nf} contains a positive needle")
    for r in manifest:
        with open(os.path.join(outdir, r["file"]), encoding="utf-8") as fh:
            n = fh.read().count("\n")
        if not 5 <= n <= 80:
            errors.append(f"line count {n}: {r['file']}")
    labels = Counter(r["label"] for r in manifest)
    print(f"files: {labels['positive']} positive, {labels['negative']} negative")
    for lab in ("positive", "negative"):
        rows = [r for r in manifest if r["label"] == lab]
        pk = Counter(f"{r['provider']}/{r['kind']}" for r in rows)
        print(f"\n[{lab}] providers ({len(Counter(r['provider'] for r in rows))}):",
              dict(sorted(Counter(r["provider"] for r in rows).items())))
        print(f"[{lab}] provider/kind pairs ({len(pk)}):", dict(sorted(pk.items())))
        print(f"[{lab}] file types ({len(Counter(r['filetype'] for r in rows))}):",
              dict(sorted(Counter(r["filetype"] for r in rows).items())))
    if errors:
        print(f"\nSELF-CHECK FAILED ({len(errors)} problems):")
        for e in errors[:40]:
            print("  " + e)
        sys.exit(1)
    print("\nself-check OK: every needle on its stated line; no negative contains a positive needle")


if __name__ == "__main__":
    main()
