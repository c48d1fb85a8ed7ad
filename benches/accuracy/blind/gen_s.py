#!/usr/bin/env python3
"""Blind evaluation-set generator "s": awkward encodings and layouts.

EMPHASIS
    The same everyday credentials (AWS / GCP / Azure keys, GitHub / GitLab / npm /
    Docker Hub tokens, OpenAI / Anthropic / Gemini / Hugging Face keys, Stripe,
    Twilio, SendGrid, Slack, Datadog, database passwords and connection URLs,
    private keys, JWT / framework signing secrets, generic random API keys under
    secret-ish names) written the way real files mangle them: JSON-escaped inside
    JSON strings, stringified JSON in env vars and YAML, one-line minified bundles,
    source maps, YAML block / folded / flow scalars, TOML multi-line and literal
    strings, INI continuations, heredocs (bash, PHP nowdoc, Ruby <<~, Terraform),
    shell / PowerShell / batch line continuations, split string literals, CRLF,
    tabs and trailing blanks, 10 000+ character lines, URL-encoded query strings
    and form bodies, base64 wrappers (Docker auths, Kubernetes Secret data, HTTP
    Basic), HTML entities, XML CDATA / attributes, quoted CSV, Markdown tables and
    fences, unified diffs, merge-conflict markers, Jupyter notebooks, UTF-8 BOM,
    non-ASCII surroundings, .bat escapes (^ and %%), Makefiles ($$), Dockerfile
    ARG/ENV continuations, Helm templates, SQL doubled quotes, C string escapes,
    Go raw strings, Rust raw strings, PHP-style "\\/" JSON, Java .properties
    escapes, systemd units, .npmrc, .netrc, plist, JSON-lines logs.
    Negatives reuse the very same layouts (and mostly the same variable names)
    but hold look-alikes: env references written in each layout's own syntax
    (also inside escaped JSON / URL-encoded), placeholders, masked / truncated
    values, publishable / public keys, client / org / project ids, certificates
    and public keys, password hashes, SOPS / KMS / Jasypt / Ansible-Vault
    ciphertext, documented test vectors, UUIDs, digests, CSP nonces, cache-busting
    hashes; and every file of both labels carries its layout's own random-looking
    noise (VLQ mappings, SRI hashes, data: URIs, bundle hashes, git SHAs, ...).

USAGE
    python3 gen_s.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<path>, OUTDIR/neg/nNNNN/<path> (500 + 500),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype","layout"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} (positives only).
    Deterministic per SEED (random.Random(SEED) only, standard library only).
    The extra manifest field "layout" names the awkward layout used.

NEEDLE CONVENTIONS
    * needle = the secret substring exactly as it is written in the file, i.e.
      after the layout's escaping: JSON-escaped (\\" , \\/ , \\\\n), doubled
      quotes (SQL, CSV), HTML / XML entities, percent-encoding, %% (batch),
      $$ (Make), %% (configparser), \\: (properties) ... are part of the needle.
    * Connection URLs / DSNs / connection strings: the needle is the password
      (as written, percent-encoded if the URL encodes it); Slack webhooks: the
      whole https://hooks.slack.com/services/... URL; Azure storage connection
      strings: the AccountKey value.
    * AWS "secret_access_key" files also contain the (non-needle) AKIA key id
      of the same pair; kind "access_key_id" files contain only the key id.
    * Twilio files also contain the (non-secret) Account SID; GCP service
      account files also contain client_email / project_id / private_key_id.
    * Base64 wrappers (Docker "auth", Kubernetes Secret data, Authorization:
      Basic, .dockerconfigjson): the needle is the whole base64 blob as written.
    * Private keys: when the PEM is written on one line (JSON "\\n" escapes etc.)
      the needle is the whole escaped PEM from -----BEGIN to the END marker;
      when it spans lines, the needle is the "-----BEGIN ... PRIVATE KEY-----"
      header line (line = that line).
    * Split literals ("sk-proj-ab" + "cd...", Python implicit concatenation):
      one positive; the needle is the FIRST fragment only (it carries the
      provider prefix), the manifest row has "split": true.
    * line = 1-based line number of the first occurrence of the needle, lines
      split on "\\n" (CRLF files: the "\\r" stays at the end of the line; the BOM
      belongs to line 1).

DOUBTS
    * OpenAI project / service-account keys: modelled as sk-proj-/sk-svcacct- +
      74 base64url + "T3BlbkFJ" + 74 base64url (164 chars); legacy sk- + 20 +
      T3BlbkFJ + 20. The inner lengths are from memory, not from OpenAI docs.
    * Anthropic: sk-ant-api03- + 93 base64url + "AA" (108 chars) from memory and
      third-party pages ("about 108 characters"); no documented checksum.
    * GitHub fine-grained PATs (github_pat_ + 22 + "_" + 59): the checksum, if
      any, is undocumented, so the tail is plain random. ghp_/gho_/ghu_/ghs_/ghr_
      and npm_ use CRC32 of the 30-char random part, base62 (0-9A-Za-z), 6 chars.
    * GitLab: classic glpat-/gldt-/glrt- + 20 base64url. "Routable" tokens are
      modelled as glpat- + 27..34 base64url + ".01." + 9 [a-z0-9]; the exact
      payload layout/CRC of routable tokens is not reproduced.
    * Stripe live keys: sk_live_/rk_live_ + "51" + 97 alnum (107 chars); older
      24-char keys exist too. whsec_ + 32 alnum.
    * Azure Entra client secrets: 3 chars + [78] + "Q~" + 34 chars (40) - from
      memory of observed secrets, not documented.
    * Slack xoxb/xoxp/xapp digit-group lengths vary in the wild; chosen
      10-13 digits. Slack signing secrets are 32 hex (no prefix).
    * Hugging Face hf_ + 34 letters; Docker Hub dckr_pat_ + 27 base64url.
    * Firebase / Google Maps browser keys (AIza..., in firebaseConfig or
      GoogleService-Info.plist) are used as NEGATIVES because Google documents
      Firebase API keys as not secret; a strict scanner will disagree. Only a
      handful per seed. Gemini keys under GEMINI_/GOOGLE_API_KEY are positives.
    * Stripe's own documentation key sk_test_4eC39HqLyjWDarjtT1zdp7dc, the AWS
      documentation pair (AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/...EXAMPLEKEY),
      the Azurite dev-storage key and the jwt.io HS256 example token are used as
      NEGATIVE test vectors.
    * Sealed-secrets / KMS / SOPS ciphertexts and Jasypt ENC(...) values are
      random-looking but encrypted; they are negatives.
    * Split secrets: counted as positives (the key is in the file, just not
      contiguous); a scanner that cannot join literals will miss them.
    * Identifiers kept next to look-alikes in negatives (Twilio AC/SK SIDs, GCP
      private_key_id, Azure tenant/client UUIDs, GitLab 64-hex OAuth application
      ids, OpenAI org-/proj_ ids, Datadog RUM "pub..." client tokens, Algolia
      search-only keys) are random-looking but not secrets; strict generic
      entropy rules may flag them.
    * Negatives never contain an AKIA key id other than the AWS documentation
      example (key ids are positives here).
    * Private keys are real (RSA 2048 via Miller-Rabin, P-256, Ed25519 OpenSSH);
      certificates in negatives are real self-signed X.509 (RSA/SHA-256).
"""
import base64
import gzip
import hashlib
import html
import json
import os
import random
import re
import string
import sys
import zlib
from urllib.parse import quote, quote_plus

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"
B32AWS = UPPER + "234567"
B62 = DIG + UPPER + LOWER

BAD_WORDS = ("password", "secret", "example", "sample", "dummy", "token", "test",
             "demo", "fake", "qwer", "asdf", "xxxx", "null", "admin", "pass")


def bad_random(s):
    low = s.lower()
    for w in BAD_WORDS:
        if w in low:
            return True
    for i in range(len(s) - 3):
        a = s[i:i + 4]
        if a[0] == a[1] == a[2] == a[3]:
            return True
        o = [ord(ch) for ch in a]
        d = [o[j + 1] - o[j] for j in range(3)]
        if d == [1, 1, 1] or d == [-1, -1, -1]:
            return True
    return False


# ----------------------------------------------------------------------------
# randomness helpers
# ----------------------------------------------------------------------------
class G:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.cheap = False

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def ri(self, a, b):
        return self.r.randint(a, b)

    def shuffle(self, x):
        self.r.shuffle(x)
        return x

    def sample(self, seq, k):
        return self.r.sample(seq, k)

    def rs(self, n, alpha=ALNUM, check=True):
        while True:
            s = "".join(self.r.choice(alpha) for _ in range(n))
            if not check or not bad_random(s):
                return s

    def rb(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes, urlsafe=False, pad=True):
        while True:
            b = self.rb(nbytes)
            s = (base64.urlsafe_b64encode(b) if urlsafe else base64.b64encode(b)).decode()
            if not pad:
                s = s.rstrip("=")
            if not bad_random(s):
                return s

    def hexs(self, n):
        return self.rs(n, HEX)

    def uuid(self):
        h = "%032x" % self.r.getrandbits(128)
        h = h[:12] + "4" + h[13:16] + self.ch("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def digits(self, n):
        return str(self.ri(1, 9)) + self.rs(n - 1, DIG, check=False)

    def date(self):
        return "20%02d-%02d-%02d" % (self.ri(22, 25), self.ri(1, 12), self.ri(1, 28))

    def ts(self):
        return "%sT%02d:%02d:%02d.%03dZ" % (self.date(), self.ri(0, 23), self.ri(0, 59),
                                             self.ri(0, 59), self.ri(0, 999))


# ----------------------------------------------------------------------------
# crypto (real keys, stdlib only)
# ----------------------------------------------------------------------------
SMALL_PRIMES = [p for p in range(3, 2000) if all(p % q for q in range(2, int(p ** 0.5) + 1))]


def is_prime(n, r):
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(12):
        a = r.randrange(2, n - 2)
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


def gen_prime(bits, r):
    while True:
        c = r.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % 65537 and is_prime(c, r):
            return c


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(x):
    return der(0x02, x.to_bytes((x.bit_length() + 8) // 8, "big"))


def der_seq(*parts):
    return der(0x30, b"".join(parts))


OID_RSA = bytes.fromhex("06092a864886f70d010101")
OID_SHA256RSA = bytes.fromhex("06092a864886f70d01010b")
OID_ECPUB = bytes.fromhex("06072a8648ce3d0201")
OID_P256 = bytes.fromhex("06082a8648ce3d030107")
NULL = b"\x05\x00"


def pem(label, blob, width=64):
    b = base64.b64encode(blob).decode()
    lines = [b[i:i + width] for i in range(0, len(b), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


class RSAKey:
    def __init__(self, r, bits=2048):
        e = 65537
        while True:
            p = gen_prime(bits // 2, r)
            q = gen_prime(bits // 2, r)
            if p != q:
                break
        if p < q:
            p, q = q, p
        self.n, self.e, self.p, self.q = p * q, e, p, q
        self.d = pow(e, -1, (p - 1) * (q - 1))

    def pkcs1(self):
        p, q, d = self.p, self.q, self.d
        return der_seq(der_int(0), der_int(self.n), der_int(self.e), der_int(d), der_int(p),
                       der_int(q), der_int(d % (p - 1)), der_int(d % (q - 1)), der_int(pow(q, -1, p)))

    def pkcs8(self):
        return der_seq(der_int(0), der_seq(OID_RSA, NULL), der(0x04, self.pkcs1()))

    def spki(self):
        return der_seq(der_seq(OID_RSA, NULL),
                       der(0x03, b"\x00" + der_seq(der_int(self.n), der_int(self.e))))

    def sign(self, msg):
        k = (self.n.bit_length() + 7) // 8
        di = bytes.fromhex("3031300d060960864801650304020105000420") + hashlib.sha256(msg).digest()
        em = b"\x00\x01" + b"\xff" * (k - len(di) - 3) + b"\x00" + di
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")

    def ssh_pub(self, comment):
        def mpint(x):
            b = x.to_bytes((x.bit_length() + 8) // 8, "big")
            return len(b).to_bytes(4, "big") + b
        blob = sshstr(b"ssh-rsa") + mpint(self.e) + mpint(self.n)
        return "ssh-rsa %s %s" % (base64.b64encode(blob).decode(), comment)


# P-256
EC_P = 2 ** 256 - 2 ** 224 + 2 ** 192 + 2 ** 96 - 1
EC_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
EC_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
        0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def ec_add(P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % EC_P == 0:
            return None
        lam = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, EC_P) % EC_P
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, EC_P) % EC_P
    x = (lam * lam - P[0] - Q[0]) % EC_P
    return (x, (lam * (P[0] - x) - P[1]) % EC_P)


def ec_mul(k, P):
    R = None
    while k:
        if k & 1:
            R = ec_add(R, P)
        P = ec_add(P, P)
        k >>= 1
    return R


class ECKey:
    def __init__(self, r):
        self.d = r.randrange(1, EC_N)
        X, Y = ec_mul(self.d, EC_G)
        self.pub = b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")

    def sec1(self, params=True):
        parts = [der_int(1), der(0x04, self.d.to_bytes(32, "big"))]
        if params:
            parts.append(der(0xa0, OID_P256))
        parts.append(der(0xa1, der(0x03, b"\x00" + self.pub)))
        return der_seq(*parts)

    def pkcs8(self):
        return der_seq(der_int(0), der_seq(OID_ECPUB, OID_P256), der(0x04, self.sec1(params=False)))

    def spki(self):
        return der_seq(der_seq(OID_ECPUB, OID_P256), der(0x03, b"\x00" + self.pub))


# Ed25519 (reference arithmetic)
ED_Q = 2 ** 255 - 19
ED_D = -121665 * pow(121666, -1, ED_Q) % ED_Q
ED_I = pow(2, (ED_Q - 1) // 4, ED_Q)


def ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_Q)
    x = pow(xx, (ED_Q + 3) // 8, ED_Q)
    if (x * x - xx) % ED_Q:
        x = x * ED_I % ED_Q
    if x % 2:
        x = ED_Q - x
    return x


ED_BY = 4 * pow(5, -1, ED_Q) % ED_Q
ED_B = (ed_xrecover(ED_BY), ED_BY)


def ed_add(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = ED_D * x1 * x2 * y1 * y2
    x3 = (x1 * y2 + x2 * y1) * pow(1 + t, -1, ED_Q)
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, -1, ED_Q)
    return (x3 % ED_Q, y3 % ED_Q)


def ed_mul(k, P):
    R = (0, 1)
    while k:
        if k & 1:
            R = ed_add(R, P)
        P = ed_add(P, P)
        k >>= 1
    return R


def sshstr(b):
    return len(b).to_bytes(4, "big") + b


class EdKey:
    def __init__(self, r):
        self.seed = bytes(r.getrandbits(8) for _ in range(32))
        h = hashlib.sha512(self.seed).digest()
        a = 2 ** 254 + sum(2 ** i * ((h[i // 8] >> (i % 8)) & 1) for i in range(3, 254))
        x, y = ed_mul(a, ED_B)
        self.pk = (y | ((x & 1) << 255)).to_bytes(32, "little")
        self.check = bytes(r.getrandbits(8) for _ in range(4))

    def pubblob(self):
        return sshstr(b"ssh-ed25519") + sshstr(self.pk)

    def openssh(self, comment):
        priv = (self.check + self.check + sshstr(b"ssh-ed25519") + sshstr(self.pk)
                + sshstr(self.seed + self.pk) + sshstr(comment.encode()))
        i = 1
        while len(priv) % 8:
            priv += bytes([i])
            i += 1
        blob = (b"openssh-key-v1\x00" + sshstr(b"none") + sshstr(b"none") + sshstr(b"")
                + (1).to_bytes(4, "big") + sshstr(self.pubblob()) + sshstr(priv))
        return pem("OPENSSH PRIVATE KEY", blob, 70)

    def ssh_pub(self, comment):
        return "ssh-ed25519 %s %s" % (base64.b64encode(self.pubblob()).decode(), comment)


def x509_name(cn, org):
    def rdn(oid, val):
        return der(0x31, der_seq(der(0x06, oid), der(0x0c, val.encode())))
    return der_seq(rdn(bytes.fromhex("550406"), "US"), rdn(bytes.fromhex("55040a"), org),
                   rdn(bytes.fromhex("550403"), cn))


def self_signed_cert(g, key, cn, org):
    y = g.ri(22, 25)
    nb = "%02d%02d%02d000000Z" % (y, g.ri(1, 12), g.ri(1, 28))
    na = "%02d%s" % (y + g.ch([1, 2, 10]), nb[2:])
    name = x509_name(cn, org)
    tbs = der_seq(der(0xa0, der_int(2)), der_int(g.r.getrandbits(127) | 1 << 126),
                  der_seq(OID_SHA256RSA, NULL), name,
                  der_seq(der(0x17, nb.encode()), der(0x17, na.encode())), name, key.spki())
    sig = key.sign(tbs)
    return pem("CERTIFICATE", der_seq(tbs, der_seq(OID_SHA256RSA, NULL), der(0x03, b"\x00" + sig)))


def b62(n, width=6):
    s = ""
    while n:
        n, rem = divmod(n, 62)
        s = B62[rem] + s
    return s.rjust(width, "0")


def crc_token(g, prefix):
    body = g.rs(30)
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xffffffff)


# ----------------------------------------------------------------------------
# filler vocabulary
# ----------------------------------------------------------------------------
DOMAINS = ["northwind.io", "kestrel-labs.com", "fabrikam.net", "globex.dev", "initech.cloud",
           "brightwave.co", "tallyho.app", "ordana.de", "mirafleet.com", "quillstack.io",
           "pelican-data.net", "hollowcrest.org", "vantapay.com", "sundial.so"]
SERVICES = ["billing-api", "orders", "ledger", "notifier", "atlas", "harbor", "quartz-worker",
            "payments-gateway", "insights", "relay", "checkout", "catalog", "auth-proxy",
            "reporting", "search-indexer", "mailer", "webhooks", "scheduler", "inventory"]
PEOPLE = ["marek", "kasia", "jonas", "aylin", "diego", "priya", "tomasz", "elif", "sven",
          "mateo", "olga", "chen.wei", "haruto", "lucia", "nadia", "oskar", "farah", "ines"]
REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2", "ca-central-1"]
WORDS = ["winter", "falcon", "maple", "harbor", "tiger", "orchid", "rocket", "marble", "coffee",
         "violet", "thunder", "copper", "lemon", "sunset", "panda", "river", "summit", "mango"]
NAMES = ["Marek", "Kasia", "Jonas", "Aylin", "Diego", "Priya", "Tomasz", "Elif", "Sven", "Mateo",
         "Olga", "Haruto", "Lucia", "Nadia", "Oskar", "Farah", "Bartek", "Ingrid"]
CITIES = ["Gdansk", "Porto", "Lyon", "Bergen", "Izmir", "Cusco", "Malmo", "Brno", "Tartu", "Cork"]
LOREM = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
         "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
         "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.").split()
I18N = ["Zahlung fehlgeschlagen", "Paiement refusé", "支付失败，请重试", "Платёж отклонён",
        "فشل الدفع", "Pago rechazado", "決済に失敗しました", "Ödeme başarısız", "Opslaan mislukt",
        "Сохранить изменения", "保存更改", "حفظ التغييرات", "Neues Passwort festlegen"]


def human_password(g):
    n, w, c = g.ch(NAMES), g.ch(WORDS), g.ch(CITIES)
    y = str(g.ri(1961, 2012))
    leet = str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1", "s": "$"})
    pats = [
        lambda: n + g.ch(".-_") + y + w,
        lambda: w.capitalize().translate(leet) + g.ch("&!#%") + str(g.ri(1, 99)),
        lambda: c + "!" + y,
        lambda: w + "-" + g.ch(WORDS).capitalize() + "#" + str(g.ri(10, 99)),
        lambda: n + y[2:] + g.ch("$!*?"),
        lambda: g.ch(WORDS).capitalize() + w.capitalize() + y + g.ch("!?."),
        lambda: n.lower() + "@" + c + y[2:],
        lambda: w.capitalize() + "'s" + g.ch("._") + y,
    ]
    return g.ch(pats)()


def random_password(g, n=None, specials="!#$%&*+-=?@^_~"):
    n = n or g.ri(16, 28)
    while True:
        s = g.rs(n, ALNUM + specials * 2)
        if any(ch in specials for ch in s) and any(ch.isdigit() for ch in s):
            return s


def nm(words, style):
    words = [w for w in words if w]
    if style == "UPPER":
        return "_".join(w.upper() for w in words)
    if style == "snake":
        return "_".join(w.lower() for w in words)
    if style == "kebab":
        return "-".join(w.lower() for w in words)
    if style == "dot":
        return ".".join(w.lower() for w in words)
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    raise ValueError(style)


# ----------------------------------------------------------------------------
# credentials
# ----------------------------------------------------------------------------
class Cred:
    def __init__(self, provider, kind, sec, prefix, fields, si, needle_raw=None):
        self.provider, self.kind = provider, kind
        self.sec, self.prefix = sec, prefix
        self.fields = fields          # list of [words, value, is_expr]
        self.si = si
        self.needle_raw = needle_raw if needle_raw is not None else fields[si][1]
        self.neg_kind = None
        self.label = "pos"
        self.ctx = {}

    @property
    def secret(self):
        return self.fields[self.si][1]

    def flat(self, i, style="UPPER"):
        return nm(self.prefix + self.fields[i][0], style)

    def key(self, i, style="snake"):
        return nm(self.fields[i][0], style)

    def secname(self, style="snake"):
        return nm(self.sec, style)

    def ml(self):
        return "\n" in self.secret

    def scalar_fields(self):
        return range(len(self.fields))


def mk(g, provider, kind, secret, sec, pwords, gwords, gsecs, before=(), after=(),
       needle_raw=None, prefix=None, generic=None):
    if generic is None:
        generic = g.p(0.34)
    if generic:
        words = list(g.ch(gwords))
        secw = list(sec) if g.p(0.5) else list(g.ch(gsecs))
        pre = [] if g.p(0.6) else list(g.ch(gsecs))
    else:
        words = list(pwords) if isinstance(pwords[0], str) else list(g.ch(pwords))
        secw = list(sec)
        pre = list(prefix if prefix is not None else sec)
    fields = [[list(w), v, False] for w, v in before]
    si = len(fields)
    fields.append([words, secret, False])
    fields += [[list(w), v, False] for w, v in after]
    c = Cred(provider, kind, secw, pre, fields, si, needle_raw)
    c.generic = generic
    return c


def c_aws_id(g):
    kid = "AKIA" + g.rs(16, B32AWS)
    return mk(g, "aws", "access_key_id", kid, ["aws"], ["access", "key", "id"],
              [["access", "key"], ["key", "id"], ["s3", "access", "key"], ["access", "id"]],
              [["s3"], ["storage"], ["backup"], ["uploads"]],
              after=[(["region"], g.ch(REGIONS))])


def c_aws_secret(g):
    kid = "AKIA" + g.rs(16, B32AWS)
    sk = g.rs(40, ALNUM + "/+")
    c = mk(g, "aws", "secret_access_key", sk, ["aws"], ["secret", "access", "key"],
           [["secret", "key"], ["secret"], ["s3", "secret"], ["key", "secret"]],
           [["s3"], ["storage"], ["backup"], ["uploads"]],
           before=[(["access", "key", "id"], kid)], after=[(["region"], g.ch(REGIONS))])
    return c


KEYCACHE = {}


class CheapKey:
    def __init__(self, g):
        self.b = g.rb(600)

    def pkcs1(self):
        return self.b

    def pkcs8(self):
        return self.b


def rsa_key(g, bits=2048):
    if getattr(g, "cheap", False):
        return CheapKey(g)
    return RSAKey(g.r, bits)


def c_gcp(g):
    k = rsa_key(g)
    pk = pem("PRIVATE KEY", k.pkcs8())
    proj = g.ch(["orders", "ml", "data", "infra", "web"]) + "-" + g.ch(["prod", "stg", "dev"]) + "-" + g.digits(6)
    email = "%s@%s.iam.gserviceaccount.com" % (g.ch(["deployer", "firebase-adminsdk-" + g.rs(5, LOWER + DIG), "bq-loader", "ci-runner"]), proj)
    return mk(g, "gcp", "service_account_private_key", pk, ["gcp"], ["private", "key"],
              [["private", "key"], ["key"], ["sa", "key"]], [["service", "account"], ["firebase"], ["google"]],
              before=[(["project", "id"], proj), (["client", "email"], email)],
              after=[(["private", "key", "id"], g.hexs(40))] if g.p(0.4) else [],
              prefix=g.ch([["gcp"], ["firebase"], ["google"]]))


def c_azure_storage(g):
    key = g.b64(64)
    acct = g.ch(["st", "sa", ""]) + g.ch(SERVICES).replace("-", "")[:10] + g.ch(["prod", "data", "logs"]) + g.rs(3, LOWER + DIG)
    if g.p(0.6):
        cs = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
        return mk(g, "azure", "storage_account_key", cs, ["azure", "storage"], ["connection", "string"],
                  [["connection", "string"], ["conn", "str"], ["blob", "connection"]], [["storage"], ["blob"]],
                  needle_raw=key)
    return mk(g, "azure", "storage_account_key", key, ["azure", "storage"], ["account", "key"],
              [["account", "key"], ["access", "key"], ["key"]], [["storage"], ["blob"]],
              before=[(["account", "name"], acct)])


def c_azure_sp(g):
    sec = g.rs(3, ALNUM) + g.ch("78") + "Q~" + g.rs(34, ALNUM + "_~.-")
    return mk(g, "azure", "client_secret", sec, ["azure"], ["client", "secret"],
              [["client", "secret"], ["secret"], ["app", "secret"]], [["entra"], ["aad"], ["sso"], ["graph"]],
              before=[(["tenant", "id"], g.uuid()), (["client", "id"], g.uuid())])


def c_github(g):
    v = g.ch(["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
    if v == "github_pat_":
        tok = "github_pat_" + g.rs(22) + "_" + g.rs(59)
        kind = "fine_grained_pat"
    else:
        tok = crc_token(g, v)
        kind = {"ghp_": "pat", "gho_": "oauth_token", "ghu_": "user_to_server", "ghs_": "server_to_server",
                "ghr_": "refresh_token"}[v]
    return mk(g, "github", kind, tok, ["github"], [["token"], ["pat"], ["access", "token"]],
              [["token"], ["git", "token"], ["ci", "token"], ["auth", "token"], ["bot", "token"]],
              [["git"], ["ci"], ["scm"], ["vcs"], ["release"]],
              after=[(["owner"], g.ch(PEOPLE).split(".")[0] + "-" + g.ch(["org", "labs", "eng"]))] if g.p(0.5) else [])


def c_gitlab(g):
    v = g.ch(["glpat-", "glpat-", "glpat-r", "gldt-", "glrt-"])
    if v == "glpat-r":
        tok = "glpat-" + g.rs(g.ri(27, 34), B64URL) + ".01." + g.rs(9, LOWER + DIG)
        kind, v = "pat", "glpat-"
    else:
        tok = v + g.rs(20, B64URL)
        kind = {"glpat-": "pat", "gldt-": "deploy_token", "glrt-": "runner_token"}[v]
    return mk(g, "gitlab", kind, tok, ["gitlab"], [["token"], ["private", "token"], ["access", "token"]],
              [["token"], ["api", "token"], ["ci", "token"], ["registry", "password"]],
              [["git"], ["ci"], ["scm"], ["registry"]],
              before=[(["url"], "https://gitlab.%s" % g.ch(DOMAINS))] if g.p(0.5) else [])


def c_openai(g):
    v = g.ch(["sk-proj-", "sk-proj-", "sk-proj-", "sk-svcacct-", "sk-"])
    if v == "sk-":
        tok = "sk-" + g.rs(20) + "T3BlbkFJ" + g.rs(20)
    else:
        tok = v + g.rs(74, B64URL) + "T3BlbkFJ" + g.rs(74, B64URL)
    return mk(g, "openai", "api_key", tok, ["openai"], [["api", "key"], ["key"], ["token"]],
              [["llm", "key"], ["api", "key"], ["ai", "key"], ["key"], ["auth"]],
              [["llm"], ["ai"], ["assistant"], ["completion"]],
              after=[(["model"], g.ch(["gpt-4o", "gpt-4o-mini", "gpt-4.1", "o3-mini", "text-embedding-3-small"]))])


def c_anthropic(g):
    tok = "sk-ant-api03-" + g.rs(93, B64URL) + "AA"
    return mk(g, "anthropic", "api_key", tok, ["anthropic"], [["api", "key"], ["key"]],
              [["llm", "key"], ["api", "key"], ["ai", "key"], ["key"], ["auth"]],
              [["llm"], ["ai"], ["assistant"], ["claude"]],
              after=[(["model"], g.ch(["claude-3-5-sonnet-20241022", "claude-3-5-haiku-latest", "claude-sonnet-4-20250514"]))])


def c_gemini(g):
    tok = "AIza" + g.rs(35, B64URL)
    return mk(g, "google", "gemini_api_key", tok, ["gemini"], [["api", "key"], ["key"]],
              [["llm", "key"], ["api", "key"], ["ai", "key"], ["key"]], [["llm"], ["ai"], ["genai"]],
              after=[(["model"], g.ch(["gemini-1.5-pro", "gemini-2.0-flash", "text-embedding-004"]))],
              prefix=g.ch([["gemini"], ["google"]]))


def c_hf(g):
    tok = "hf_" + g.rs(34, string.ascii_letters)
    return mk(g, "huggingface", "access_token", tok, ["huggingface"], [["token"], ["hub", "token"], ["api", "token"]],
              [["token"], ["hub", "token"], ["model", "token"]], [["models"], ["hub"], ["ml"]],
              prefix=g.ch([["hf"], ["huggingface"], ["huggingfacehub"]]))


def c_stripe(g):
    v = g.ch(["sk_live_", "sk_live_", "sk_live_", "rk_live_", "whsec_"])
    if v == "whsec_":
        tok, kind, w = "whsec_" + g.rs(32), "webhook_secret", [["webhook", "secret"], ["signing", "secret"]]
    else:
        tok = v + ("51" + g.rs(97) if g.p(0.8) else g.rs(24))
        kind = "secret_key" if v == "sk_live_" else "restricted_key"
        w = [["secret", "key"], ["api", "key"], ["secret"]]
    return mk(g, "stripe", kind, tok, ["stripe"], w,
              [["secret", "key"], ["api", "key"], ["secret"], ["key"], ["webhook", "secret"]],
              [["payments"], ["billing"], ["psp"], ["checkout"]])


def c_twilio(g):
    sid = "AC" + g.hexs(32)
    if g.p(0.7):
        return mk(g, "twilio", "auth_token", g.hexs(32), ["twilio"], ["auth", "token"],
                  [["auth", "token"], ["token"], ["secret"]], [["sms"], ["voice"], ["messaging"]],
                  before=[(["account", "sid"], sid)])
    return mk(g, "twilio", "api_key_secret", g.rs(32), ["twilio"], ["api", "secret"],
              [["api", "secret"], ["secret"], ["key", "secret"]], [["sms"], ["voice"], ["messaging"]],
              before=[(["account", "sid"], sid), (["api", "key", "sid"], "SK" + g.hexs(32))])


def c_sendgrid(g):
    tok = "SG." + g.rs(22, B64URL) + "." + g.rs(43, B64URL)
    return mk(g, "sendgrid", "api_key", tok, ["sendgrid"], [["api", "key"], ["key"]],
              [["api", "key"], ["smtp", "password"], ["mail", "key"], ["key"]], [["mail"], ["email"], ["smtp"]],
              after=[(["from", "email"], "no-reply@" + g.ch(DOMAINS))])


def slack_id(g, c):
    return c + g.rs(g.ri(8, 10), UPPER + DIG)


def c_slack(g):
    v = g.ch(["xoxb", "xoxb", "xoxp", "hook", "hook", "xapp", "sign"])
    if v == "xoxb":
        tok = "xoxb-%s-%s-%s" % (g.digits(g.ri(10, 13)), g.digits(g.ri(10, 13)), g.rs(24))
        return mk(g, "slack", "bot_token", tok, ["slack"], [["bot", "token"], ["token"]],
                  [["token"], ["bot", "token"], ["chat", "token"]], [["chat"], ["alerts"], ["chatops"]],
                  after=[(["channel"], "#" + g.ch(["alerts", "deploys", "ops-notify", "billing-events"]))])
    if v == "xoxp":
        tok = "xoxp-%s-%s-%s-%s" % (g.digits(g.ri(10, 13)), g.digits(g.ri(10, 13)), g.digits(g.ri(10, 13)), g.hexs(32))
        return mk(g, "slack", "user_token", tok, ["slack"], [["user", "token"], ["token"]],
                  [["token"], ["user", "token"]], [["chat"], ["chatops"]])
    if v == "xapp":
        tok = "xapp-1-%s-%s-%s" % (slack_id(g, "A"), g.digits(13), g.hexs(64))
        return mk(g, "slack", "app_token", tok, ["slack"], [["app", "token"]],
                  [["app", "token"], ["socket", "token"]], [["chat"], ["bot"]])
    if v == "sign":
        return mk(g, "slack", "signing_secret", g.hexs(32), ["slack"], [["signing", "secret"]],
                  [["signing", "secret"], ["secret"]], [["chat"], ["bot"], ["events"]])
    url = "https://hooks.slack.com/services/%s/%s/%s" % (slack_id(g, "T"), slack_id(g, "B"), g.rs(24))
    return mk(g, "slack", "webhook_url", url, ["slack"], [["webhook", "url"], ["webhook"]],
              [["webhook", "url"], ["webhook"], ["notify", "url"], ["alert", "url"]], [["alerts"], ["notify"], ["chat"]])


def c_npm(g):
    tok = crc_token(g, "npm_")
    return mk(g, "npm", "access_token", tok, ["npm"], [["token"], ["auth", "token"]],
              [["auth", "token"], ["token"], ["registry", "token"]], [["node"], ["registry"]],
              prefix=g.ch([["npm"], ["npm"]]))


def c_docker(g):
    tok = "dckr_pat_" + g.rs(27, B64URL)
    return mk(g, "dockerhub", "pat", tok, ["dockerhub"], [["token"], ["password"]],
              [["registry", "password"], ["password"], ["token"]], [["registry"], ["docker"]],
              before=[(["username"], g.ch(PEOPLE).replace(".", "") + g.ch(["", "ci", "bot"]))],
              prefix=g.ch([["dockerhub"], ["docker"]]))


def c_datadog(g):
    return mk(g, "datadog", "api_key", g.hexs(32), ["datadog"], [["api", "key"]],
              [["api", "key"], ["key"], ["metrics", "key"]], [["metrics"], ["apm"], ["observability"]],
              prefix=g.ch([["dd"], ["datadog"]]), after=[(["site"], g.ch(["datadoghq.com", "datadoghq.eu", "us5.datadoghq.com"]))])


def db_pw(g):
    return human_password(g) if g.p(0.45) else random_password(g)


URL_SAFE_PW = "!$&'()*+,;=~-._"


def c_dburl(g):
    pw = db_pw(g)
    user = g.ch(["app", "svc_billing", "orders_rw", "reporting", "deploy", "api", "etl", "backend"])
    svc = g.ch(SERVICES)
    kind = g.ch(["postgres", "postgres", "mysql", "mongodb", "redis", "amqp", "mssql"])
    epw = quote(pw, safe=URL_SAFE_PW)
    if kind == "postgres":
        host = "%s.cluster-%s.%s.rds.amazonaws.com" % (svc, g.rs(12, LOWER + DIG), g.ch(REGIONS))
        url = "postgres%s://%s:%s@%s:5432/%s%s" % (g.ch(["", "ql"]), user, epw, host, svc.replace("-", "_"),
                                                  g.ch(["", "?sslmode=require", "?sslmode=verify-full&application_name=" + svc]))
        words, gw = ["url"], [["dsn"], ["url"], ["uri"]]
        pre = g.ch([["database"], ["postgres"], ["pg"], ["sqlalchemy", "database"]])
    elif kind == "mysql":
        host = "%s-db.%s" % (svc, g.ch(DOMAINS))
        url = "mysql://%s:%s@%s:3306/%s" % (user, epw, host, svc.replace("-", "_"))
        words, gw = ["url"], [["dsn"], ["url"]]
        pre = g.ch([["database"], ["mysql"]])
    elif kind == "mongodb":
        host = "cluster0.%s.mongodb.net" % g.rs(5, LOWER + DIG)
        url = "mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % (user, epw, host, svc.replace("-", ""))
        words, gw = ["uri"], [["uri"], ["url"], ["connection", "string"]]
        pre = g.ch([["mongo"], ["mongodb"]])
    elif kind == "redis":
        host = "%s-cache.%s.cache.amazonaws.com" % (svc, g.rs(6, LOWER + DIG))
        url = "redis%s://%s:%s@%s:6379/%d" % (g.ch(["", "s"]), g.ch(["", "default"]), epw, host, g.ri(0, 3))
        words, gw = ["url"], [["url"], ["broker", "url"], ["cache", "url"]]
        pre = g.ch([["redis"], ["cache"]])
    elif kind == "amqp":
        host = "rabbitmq.%s" % g.ch(DOMAINS)
        url = "amqps://%s:%s@%s:5671/%s" % (user, epw, host, g.ch(["%2F", "prod", svc]))
        words, gw = ["url"], [["broker", "url"], ["url"]]
        pre = g.ch([["amqp"], ["rabbitmq"], ["celery", "broker"]])
    else:
        pw = pw.replace(";", "").replace("'", "").replace('"', "")
        epw = pw
        host = "tcp:%s-sql.database.windows.net,1433" % svc
        url = "Server=%s;Initial Catalog=%s;Persist Security Info=False;User ID=%s;Password=%s;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;" % (
            host, svc.replace("-", ""), user, pw)
        words, gw = ["connection", "string"], [["connection", "string"], ["conn", "str"], ["dsn"]]
        pre = g.ch([["sql"], ["mssql"], ["default"]])
    w = words if isinstance(words[0], str) else words
    c = mk(g, kind, "connection_url", url, pre, [w], gw, [["primary"], ["main"], ["app"], ["store"]],
           needle_raw=epw, prefix=pre)
    c.ctx["user"], c.ctx["pw"] = user, pw
    return c


def c_dbpw(g):
    pw = db_pw(g)
    kind = g.ch(["postgres", "mysql", "mongodb", "redis", "mssql"])
    svc = g.ch(SERVICES)
    host = "%s-%s.%s" % (svc, g.ch(["db", "pg", "sql", "primary"]), g.ch(DOMAINS))
    port = {"postgres": "5432", "mysql": "3306", "mongodb": "27017", "redis": "6379", "mssql": "1433"}[kind]
    user = g.ch(["app", "svc_" + svc.split("-")[0], "reporting", "deploy", "admin_rw"])
    c = mk(g, kind, "password", pw, ["database"], [["password"], ["pass"]],
           [["password"], ["pass"], ["pwd"], ["secret"], ["auth"]], [["primary"], ["replica"], ["store"], ["app"]],
           before=[(["host"], host), (["port"], port), (["user"], user)],
           after=[(["name"], svc.replace("-", "_"))],
           prefix=g.ch([["db"], ["database"], [kind if kind != "mongodb" else "mongo"]]))
    return c


def c_privkey(g):
    v = g.ch(["rsa1", "rsa1", "rsa8", "ec", "ec8", "ossh", "ossh"])
    comment = "%s@%s" % (g.ch(PEOPLE), g.ch(["build-01", "laptop", "bastion", "ci"]))
    if v == "rsa1":
        k = rsa_key(g)
        val, kind = pem("RSA PRIVATE KEY", k.pkcs1()), "rsa_pkcs1"
    elif v == "rsa8":
        k = rsa_key(g)
        val, kind = pem("PRIVATE KEY", k.pkcs8()), "rsa_pkcs8"
    elif v == "ec":
        val, kind = pem("EC PRIVATE KEY", ECKey(g.r).sec1()), "ec_sec1"
    elif v == "ec8":
        val, kind = pem("PRIVATE KEY", ECKey(g.r).pkcs8()), "ec_pkcs8"
    else:
        val, kind = EdKey(g.r).openssh(comment), "openssh_ed25519"
    pre = g.ch([["ssh"], ["deploy"], ["tls"], ["jwt"], ["github", "app"], ["signing"], ["sftp"]])
    c = mk(g, "private_key", kind, val, pre, [["private", "key"], ["key"]],
           [["key"], ["pem"], ["private", "key"], ["signing", "key"]], [["auth"], ["keys"], ["identity"]],
           prefix=pre,
           before=[(["app", "id"], g.digits(6))] if pre == ["github", "app"] else [])
    return c


def c_jwt(g):
    v = g.ch(["jwt", "jwt", "django", "rails", "laravel", "nextauth", "flask"])
    if v == "jwt":
        s = g.ch([lambda: g.hexs(64), lambda: g.b64(48), lambda: g.b64(32, urlsafe=True, pad=False), lambda: g.hexs(128)])()
        return mk(g, "jwt", "signing_secret", s, ["jwt"], [["secret"], ["signing", "key"], ["secret", "key"]],
                  [["signing", "key"], ["secret"], ["hmac", "key"], ["token", "secret"]], [["auth"], ["session"], ["security"]],
                  after=[(["expires", "in"], g.ch(["15m", "1h", "7d", "3600"]))])
    if v == "django":
        s = g.rs(50, LOWER + DIG + "!@#$%^&*(-_=+)")
        return mk(g, "django", "secret_key", s, ["django"], [["secret", "key"]], [["secret", "key"], ["signing", "key"]],
                  [["app"], ["web"]], prefix=[])
    if v == "rails":
        return mk(g, "rails", "secret_key_base", g.hexs(128), ["rails"], [["secret", "key", "base"]],
                  [["secret", "key", "base"], ["session", "secret"]], [["app"], ["web"]], prefix=[])
    if v == "laravel":
        return mk(g, "laravel", "app_key", "base64:" + g.b64(32), ["app"], [["key"]], [["key"], ["encryption", "key"]],
                  [["app"]], prefix=["app"])
    if v == "flask":
        return mk(g, "flask", "secret_key", g.hexs(g.ch([32, 48, 64])), ["flask"], [["secret", "key"]],
                  [["secret", "key"], ["session", "key"]], [["app"], ["web"]], prefix=[])
    return mk(g, "nextauth", "secret", g.b64(32), ["nextauth"], [["secret"]], [["auth", "secret"], ["secret"]],
              [["auth"]], prefix=["nextauth"])


def c_generic(g):
    s = g.ch([lambda: g.rs(32), lambda: g.rs(40), lambda: g.hexs(40), lambda: g.rs(48, B64URL),
              lambda: g.b64(32)])()
    sec = g.ch([["partner"], ["upstream"], ["internal"], ["vendor"], ["geo"], ["shipping"], ["search"], ["crm"]])
    return mk(g, "generic", "api_key", s, sec,
              [["api", "key"], ["api", "secret"], ["token"], ["client", "secret"], ["access", "key"]],
              [["api", "key"], ["x", "api", "key"], ["service", "token"], ["secret"], ["auth"], ["key"]],
              [["integration"], ["service"], ["remote"]], generic=False,
              before=[(["base", "url"], "https://api.%s/v%d" % (g.ch(DOMAINS), g.ri(1, 3)))] if g.p(0.5) else [])


BUILDERS = [
    (c_aws_id, 2), (c_aws_secret, 5), (c_gcp, 3), (c_azure_storage, 3), (c_azure_sp, 2),
    (c_github, 7), (c_gitlab, 4), (c_openai, 6), (c_anthropic, 4), (c_gemini, 2), (c_hf, 2),
    (c_stripe, 5), (c_twilio, 3), (c_sendgrid, 3), (c_slack, 5), (c_npm, 2), (c_docker, 2),
    (c_datadog, 2), (c_dburl, 8), (c_dbpw, 6), (c_privkey, 6), (c_jwt, 5), (c_generic, 6),
]


# ----------------------------------------------------------------------------
# quoting helpers (all take (value, ref=False))
# ----------------------------------------------------------------------------
PLAIN_RE = re.compile(r"^[A-Za-z0-9_./][A-Za-z0-9_./+=@:~-]*$")


def q_json(v, ref=False):
    return json.dumps(v, ensure_ascii=False)


def jesc(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def yq(v, ref=False):
    if v == "":
        return '""'
    if "\n" in v:
        return json.dumps(v)
    if PLAIN_RE.match(v) and v.lower() not in ("yes", "no", "true", "false", "on", "off", "null", "~") \
            and not re.fullmatch(r"[0-9.e+-]+", v) and ": " not in v and not v.endswith(":"):
        return v
    return "'" + v.replace("'", "''") + "'"


def yq2(v, ref=False):
    """always quoted (double) YAML"""
    return json.dumps(v, ensure_ascii=False)


def shq(v, ref=False):
    if ref or ("$" in v and ("${" in v or "$(" in v) and "'" not in v):
        return '"' + v.replace('"', '\\"') + '"' if ('"' in v and "$(" not in v) else '"' + v + '"'
    if re.fullmatch(r"[A-Za-z0-9_./:@%+=,-]+", v):
        return v
    if "'" not in v:
        return "'" + v + "'"
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`") + '"'


def envq(v, ref=False):
    if "\n" in v:
        return '"' + v.replace("\n", "\\n") + '"'
    if ref:
        return v if " " not in v else '"' + v + '"'
    if re.fullmatch(r"[A-Za-z0-9_./:@%+=,~-]*", v):
        return v
    if "'" not in v:
        return "'" + v + "'"
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def cq(v, ref=False):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def sqq(v, ref=False):   # single-quoted with backslash escapes (PHP, Ruby, Python, JS)
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def jsq(v, ref=False):
    return sqq(v) if "'" not in v or '"' in v else cq(v)


def sqlq(v, ref=False):
    return "'" + v.replace("'", "''") + "'"


def psq(v, ref=False):
    if ref:
        return v
    return "'" + v.replace("'", "''") + "'"


def batq(v, ref=False):
    return v if ref else v.replace("%", "%%")


def makeq(v, ref=False):
    return v if ref else v.replace("$", "$$").replace("#", "\\#")


def propq(v, ref=False):
    out = v.replace("\\", "\\\\").replace("\n", "\\n")
    if not ref:
        out = out.replace(":", "\\:").replace("=", "\\=").replace("#", "\\#").replace("!", "\\!")
    return out


def iniq(v, ref=False):
    return v if ref else v.replace("%", "%%")


def tomlq(v, ref=False):
    return json.dumps(v, ensure_ascii=False)


def xmlq(v, ref=False):
    return html.escape(v, quote=True)


def mdq(v, ref=False):
    return v.replace("|", "\\|")


def csvq(v, ref=False):
    return '"' + v.replace('"', '""') + '"'


def V(c, i, qf=None):
    w, v, flag = c.fields[i]
    if flag == "expr":
        return v
    if qf is None:
        return v
    return qf(v, ref=(flag == "ref"))


def is_expr(c, i):
    return c.fields[i][2] == "expr"


# ----------------------------------------------------------------------------
# noise helpers
# ----------------------------------------------------------------------------
def sri(g):
    alg, n = g.ch([("sha384-", 48), ("sha384-", 48), ("sha512-", 64), ("sha256-", 32)])
    return alg + g.b64(n)


def vlq(g, n):
    segs = []
    for _ in range(n):
        seg = g.ch(["AAAA", "AACA", "SAAS", "IAAI", "CAAC", "GAAG", "YAAY", "KACA", "OAAO", "MAAM", "EAAE", "gBAAgB"]) if g.p(0.5) \
            else g.rs(g.ch([4, 4, 5, 6]), "ABCDEFGIKMOQSUWYacegikmoqsuwy" + "ghijklmnopqrstuv01234", check=False)
        segs.append(seg + g.ch([",", ",", ",", ";", ";;"]))
    return "".join(segs)[:-1]


def png_b64(g, n=None):
    n = n or g.ri(60, 400)
    return base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + g.rb(n)).decode()


def woff2_b64(g, n=None):
    return base64.b64encode(b"wOF2\x00\x01\x00\x00" + g.rb(n or g.ri(200, 900))).decode()


def gz_b64(g, text):
    return base64.b64encode(gzip.compress(text.encode(), mtime=0)).decode()


def svg_uri(g):
    col = "%06x" % g.r.getrandbits(24)
    return "data:image/svg+xml;base64," + base64.b64encode(
        ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path fill="#%s" d="M%d %dh%dv%dH%dz"/></svg>'
         % (col, g.ri(1, 9), g.ri(1, 9), g.ri(2, 12), g.ri(2, 12), g.ri(1, 9))).encode()).decode()


def hexcol(g):
    return "#%06x" % g.r.getrandbits(24)


def lorem(g, n):
    i = g.ri(0, len(LOREM) - 1)
    return " ".join(LOREM[(i + k) % len(LOREM)] for k in range(n))


# ----------------------------------------------------------------------------
# negatives: look-alikes in the secret slot
# ----------------------------------------------------------------------------
AWS_DOC_ID, AWS_DOC_SECRET = "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AZURITE_KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
STRIPE_DOC_SK = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
JWTIO = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
         ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c")

PREFIX_RE = re.compile(r"^(sk-proj-|sk-svcacct-|sk-ant-api03-|sk_live_|rk_live_|whsec_|ghp_|gho_|ghu_|ghs_|ghr_|"
                       r"github_pat_|glpat-|gldt-|glrt-|xoxb-|xoxp-|xapp-|SG\.|AIza|hf_|npm_|dckr_pat_|AKIA|"
                       r"https://hooks\.slack\.com/services/|base64:|sk-)")

CODE_LANGS = {"js", "py", "rb", "php", "go", "java", "cs", "rust", "c", "tf", "sqlx", "kt"}


def ref_for(g, lang, c):
    N = c.flat(c.si, "UPPER") or "API_KEY"
    n = N.lower()
    sec = c.secname("snake") or "app"
    k = c.key(c.si, "snake")
    kc = c.key(c.si, "camel")
    svc = g.ch(SERVICES)
    item = g.ch(["Stripe", "OpenAI", "Prod DB", "Deploy", "CI", "Payments", "Backend"])
    vault = g.ch(["Engineering", "Prod", "Platform", "Shared"])
    R = {
        "env": ["${%s}" % N, "${%s_PROD}" % N, "${%s:?missing}" % N, "op://%s/%s/credential" % (vault, item)],
        "sh": ["${%s}" % N, "${%s:?%s is not set}" % (N, N), "$(cat /run/secrets/%s)" % n,
               "$(op read op://%s/%s/credential)" % (vault, item.replace(" ", "-")),
               "$(aws secretsmanager get-secret-value --secret-id prod/%s/%s --query SecretString --output text)" % (svc, n),
               "$(vault kv get -field=%s secret/%s)" % (k, svc)],
        "yaml": ["${%s}" % N, "${%s:?err}" % N, "op://%s/%s/credential" % (vault, item), "{{ %s }}" % ("vault_" + n)],
        "gha": ["${{ secrets.%s }}" % N],
        "gitlab": ["$%s" % N, "${%s}" % N],
        "helm": ["{{ .Values.%s.%s }}" % (c.secname("camel") or "app", kc),
                 "{{ required \"%s is required\" .Values.%s.%s }}" % (kc, c.secname("camel") or "app", kc)],
        "k8s": ["$(%s)" % N],
        "jinja": ["{{ vault_%s }}" % n, "{{ lookup('env', '%s') }}" % N],
        "js": ["process.env.%s" % N, "process.env[\"%s\"]" % N, "import.meta.env.VITE_%s" % N],
        "py": ["os.environ[\"%s\"]" % N, "os.getenv(\"%s\")" % N, "os.environ.get(\"%s\", \"\")" % N,
               "config(\"%s\")" % N, "settings.%s" % N],
        "rb": ["ENV[\"%s\"]" % N, "ENV.fetch(\"%s\")" % N, "Rails.application.credentials.dig(:%s, :%s)" % (sec, k)],
        "php": ["getenv('%s')" % N, "env('%s')" % N, "$_ENV['%s']" % N],
        "go": ["os.Getenv(\"%s\")" % N],
        "java": ["System.getenv(\"%s\")" % N],
        "kt": ["System.getenv(\"%s\")" % N],
        "cs": ["Environment.GetEnvironmentVariable(\"%s\")" % N, "builder.Configuration[\"%s:%s\"]" % (c.secname("pascal") or "App", c.key(c.si, "pascal"))],
        "rust": ["std::env::var(\"%s\").expect(\"%s must be set\")" % (N, N), "env!(\"%s\")" % N],
        "c": ["getenv(\"%s\")" % N],
        "tf": ["var.%s" % n, "data.aws_ssm_parameter.%s.value" % n, "random_password.%s.result" % sec],
        "tfstr": ["${var.%s}" % n, "${data.aws_ssm_parameter.%s.value}" % n],
        "bat": ["%%%s%%" % N, "!%s!" % N],
        "ps": ["$env:%s" % N, "(Get-Secret -Name %s -AsPlainText)" % N],
        "make": ["$(%s)" % N, "$${%s}" % N],
        "docker": ["${%s}" % N, "$%s" % N],
        "props": ["${%s}" % N, "${%s:}" % N, "${vcap.services.%s.credentials.%s}" % (sec, k)],
        "xml": ["#{%s}#" % N, "$(%s)" % N, "__%s__" % N, "${env.%s}" % N],
        "toml": ["${%s}" % N, "@format {env[%s]}" % N, "env:%s" % N],
        "ini": ["${%s}" % N, "%%(%s)s" % n, "${ENV:%s}" % N],
        "sqlx": [":'%s'" % n, "current_setting('app.%s')" % n],
        "sql": ["{{ var('%s') }}" % n, "${%s}" % N],
        "html": ["%%VITE_%s%%" % N, "{{ config.%s }}" % N, "<%%= ENV['%s'] %%>" % N, "${%s}" % N],
        "md": ["$%s" % N, "${%s}" % N],
        "url": ["${%s}" % N, "{{%s}}" % n, "$%s" % N],
        "http": ["{{%s}}" % kc, "{{$dotenv %s}}" % N, "{{$processEnv %s}}" % N],
        "csv": ["${%s}" % N, "env:%s" % N, "secretsmanager:prod/%s/%s" % (svc, n)],
        "log": ["[FILTERED]", "***", "<redacted>", "[REDACTED]", "********"],
        "tmpl": ["{{ .%s }}" % c.key(c.si, "pascal"), "{{ env \"%s\" }}" % N],
        "json": ["${%s}" % N, "{{%s}}" % N, "env:%s" % N, "#{%s}#" % N],
        "netrc": ["REPLACE_ME"],
    }
    cands = R.get(lang) or R["json"]
    v = g.ch(cands)
    return v, ("expr" if lang in CODE_LANGS else "ref")


def token_prefix(s):
    m = PREFIX_RE.match(s)
    return m.group(1) if m else ""


def placeholder_for(g, c):
    pre = token_prefix(c.secret) if c.needle_raw == c.secret else ""
    kc = c.key(c.si, "kebab")
    gen = ["<your-%s>" % kc, "YOUR_%s" % c.key(c.si, "UPPER"), "your-%s-here" % kc, "changeme", "CHANGE_ME",
           "REPLACE_ME", "TODO", "<redacted>", "********", "[REDACTED]", "", "<insert %s here>" % kc.replace("-", " "),
           "xxx", "placeholder", "not-a-real-key", "set-me-in-vault"]
    if pre and not pre.startswith("https"):
        spec = [pre + "...", pre + "x" * g.ch([8, 20, 24, 32]), pre + "<token>", pre + "YOUR_TOKEN_HERE",
                pre + "REPLACE_ME", pre + "****************"]
        if pre == "sk-proj-":
            spec.append("sk-...")
        if pre == "AKIA":
            spec.append("AKIAXXXXXXXXXXXXXXXX")
        return g.ch(spec + gen[:4])
    if pre.startswith("https"):
        return g.ch(["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
                     "https://hooks.slack.com/services/<team>/<channel>/<token>", "<slack-webhook-url>"])
    if c.kind in ("password",):
        return g.ch(["changeme", "CHANGE_ME", "<db-password>", "postgres", "secret", "", "********", "${DB_PASSWORD}", "xxxxxxxx"])
    return g.ch(gen)


def masked_for(g, c):
    fresh = c.ctx.get("fresh") or c.secret
    pre = token_prefix(fresh)
    tail = g.rs(4, ALNUM)
    if c.ml():
        return None
    if c.needle_raw != c.secret:
        return None
    s = g.ch([pre + "*" * g.ri(8, 24) + tail, pre + "…" + tail, pre + "..." + tail,
              "*" * g.ri(8, 20) + tail, pre + "************", (pre or "") + tail[:2] + "…" + tail[2:]])
    return s


def pubkey_pem(g, kind):
    if kind == "ec":
        return pem("PUBLIC KEY", ECKey(g.r).spki())
    if kind == "cert":
        k = rsa_key(g)
        return self_signed_cert(g, k, "%s.%s" % (g.ch(SERVICES), g.ch(DOMAINS)), g.ch(["Northwind Ltd", "Globex Inc", "Kestrel Labs"]))
    if kind == "ssh":
        return EdKey(g.r).ssh_pub("%s@%s" % (g.ch(PEOPLE), g.ch(["laptop", "ci", "build-02"])))
    return pem("PUBLIC KEY", rsa_key(g).spki())


def supabase_anon(g):
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    exp = g.ri(1990000000, 2100000000)
    p = base64.urlsafe_b64encode(json.dumps({"iss": "supabase", "ref": g.rs(20, LOWER), "role": "anon",
                                             "iat": exp - 315360000, "exp": exp}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "%s.%s.%s" % (h, p, g.b64(32, urlsafe=True, pad=False))


def mapbox_pk(g):
    p = base64.b64encode(json.dumps({"u": g.ch(PEOPLE).replace(".", ""), "a": g.rs(25, LOWER + DIG)}, separators=(",", ":")).encode()).decode().rstrip("=")
    return "pk." + p + "." + g.rs(22, B64URL)


def public_for(g, c):
    """returns (words, value, provider, kind) for a documented-public value or identifier"""
    p = c.provider
    if p == "stripe":
        return ["publishable", "key"], "pk_live_51" + g.rs(97), "stripe", "publishable_key"
    if p == "aws":
        return g.ch([(["account", "id"], g.digits(12), "aws", "account_id"),
                     (["role", "arn"], "arn:aws:iam::%s:role/%s-deployer" % (g.digits(12), g.ch(SERVICES)), "aws", "role_arn"),
                     (["kms", "key", "id"], g.uuid(), "aws", "kms_key_id")])
    if p == "gcp":
        return g.ch([(["client", "id"], g.digits(21), "gcp", "client_id"),
                     (["oauth", "client", "id"], "%s-%s.apps.googleusercontent.com" % (g.digits(12), g.rs(32, LOWER + DIG)), "gcp", "oauth_client_id")])
    if p == "azure":
        return g.ch([(["client", "id"], g.uuid(), "azure", "client_id"), (["tenant", "id"], g.uuid(), "azure", "tenant_id"),
                     (["account", "name"], "st" + g.rs(10, LOWER + DIG), "azure", "account_name")])
    if p == "github":
        return g.ch([(["client", "id"], "Ov23li" + g.rs(14), "github", "oauth_client_id"),
                     (["client", "id"], "Iv1." + g.hexs(16), "github", "app_client_id"),
                     (["app", "id"], g.digits(6), "github", "app_id")])
    if p == "gitlab":
        return g.ch([(["project", "id"], g.digits(8), "gitlab", "project_id"),
                     (["application", "id"], g.hexs(64), "gitlab", "oauth_application_id")])
    if p == "openai":
        return g.ch([(["organization"], "org-" + g.rs(24), "openai", "organization_id"),
                     (["project", "id"], "proj_" + g.rs(24), "openai", "project_id"),
                     (["assistant", "id"], "asst_" + g.rs(24), "openai", "assistant_id")])
    if p == "anthropic":
        return (["message", "id"], "msg_01" + g.rs(22), "anthropic", "message_id")
    if p == "google":
        if g.p(0.35):
            return ["api", "key"], "AIza" + g.rs(35, B64URL), "firebase", "firebase_web_api_key"
        return g.ch([(["site", "key"], "6L" + g.rs(38, B64URL), "google", "recaptcha_site_key"),
                     (["client", "id"], "%s-%s.apps.googleusercontent.com" % (g.digits(12), g.rs(32, LOWER + DIG)), "google", "oauth_client_id")])
    if p == "twilio":
        return g.ch([(["account", "sid"], "AC" + g.hexs(32), "twilio", "account_sid"),
                     (["messaging", "service", "sid"], "MG" + g.hexs(32), "twilio", "messaging_service_sid")])
    if p == "sendgrid":
        return (["template", "id"], "d-" + g.hexs(32), "sendgrid", "template_id")
    if p == "slack":
        return g.ch([(["client", "id"], "%s.%s" % (g.digits(12), g.digits(13)), "slack", "client_id"),
                     (["app", "id"], slack_id(g, "A"), "slack", "app_id"), (["channel", "id"], slack_id(g, "C"), "slack", "channel_id")])
    if p == "datadog":
        return (["client", "token"], "pub" + g.hexs(32), "datadog", "rum_client_token")
    if p in ("npm",):
        return (["integrity"], "sha512-" + g.b64(64), "npm", "integrity")
    if p == "dockerhub":
        return (["image", "digest"], "sha256:" + g.hexs(64), "dockerhub", "image_digest")
    if p == "huggingface":
        return (["model", "id"], g.ch(["meta-llama/Llama-3.1-8B-Instruct", "sentence-transformers/all-MiniLM-L6-v2",
                                       "mistralai/Mistral-7B-Instruct-v0.3", "BAAI/bge-small-en-v1.5"]), "huggingface", "model_id")
    if p in ("postgres", "mysql", "mongodb", "redis", "mssql", "amqp"):
        return (["password", "hash"], pw_hash(g), p, "password_hash")
    if p == "private_key":
        kind = g.ch(["rsa", "ec", "cert", "ssh", "cert"])
        return (["public", "key"] if kind != "cert" else ["certificate"]), pubkey_pem(g, kind), "private_key", {"rsa": "public_key", "ec": "public_key", "cert": "certificate", "ssh": "ssh_public_key"}[kind]
    if p in ("jwt", "django", "rails", "laravel", "nextauth", "flask"):
        return g.ch([(["public", "key"], pubkey_pem(g, "ec"), p, "public_key"),
                     (["jwks", "uri"], "https://auth.%s/.well-known/jwks.json" % g.ch(DOMAINS), p, "jwks_uri"),
                     (["issuer"], "https://auth.%s/" % g.ch(DOMAINS), p, "issuer")])
    extra = g.ch([(["anon", "key"], supabase_anon(g), "supabase", "anon_key"),
                  (["public", "token"], mapbox_pk(g), "mapbox", "public_token"),
                  (["project", "api", "key"], "phc_" + g.rs(43), "posthog", "project_api_key"),
                  (["dsn"], "https://%s@o%s.ingest.sentry.io/%s" % (g.hexs(32), g.digits(6), g.digits(7)), "sentry", "dsn"),
                  (["search", "only", "key"], g.hexs(32), "algolia", "search_only_api_key"),
                  (["client", "id"], g.uuid(), p, "client_id")])
    return extra


def pw_hash(g):
    return g.ch([
        lambda: "$2b$12$" + g.rs(53, "./" + ALNUM),
        lambda: "$argon2id$v=19$m=65536,t=3,p=4$" + g.b64(16, pad=False) + "$" + g.b64(32, pad=False),
        lambda: "pbkdf2_sha256$600000$" + g.rs(22) + "$" + g.b64(32),
        lambda: "SCRAM-SHA-256$4096:" + g.b64(16) + "$" + g.b64(32) + ":" + g.b64(32),
        lambda: "md5" + g.hexs(32),
    ])()


def cipher_for(g, c):
    return g.ch([
        lambda: ("sops", "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (g.b64(g.ri(16, 90)), g.b64(32), g.b64(16)), None),
        lambda: ("kms", "AQICAHh" + g.b64(g.ri(150, 200))[7:], ["encrypted"] + c.fields[c.si][0]),
        lambda: ("jasypt", "ENC(%s)" % g.b64(g.ch([32, 48])), None),
        lambda: ("vault_transit", "vault:v1:" + g.b64(g.ri(40, 90)), None),
        lambda: ("sealed", "AgB" + g.b64(g.ri(300, 500))[3:], ["encrypted"] + c.fields[c.si][0]),
    ])()


def ident_for(g):
    return g.ch([
        lambda: (["request", "id"], g.uuid(), "uuid"),
        lambda: (["idempotency", "key"], g.uuid(), "uuid"),
        lambda: (["commit", "sha"], g.hexs(40), "git_sha"),
        lambda: (["checksum"], g.hexs(64), "sha256"),
        lambda: (["csp", "nonce"], g.b64(16), "csp_nonce"),
        lambda: (["asset", "version"], g.hexs(g.ch([8, 12, 20])), "cache_bust"),
        lambda: (["trace", "id"], g.hexs(32), "trace_id"),
        lambda: (["flags", "snapshot"], gz_b64(g, json.dumps({"beta_checkout": g.p(.5), "rollout": g.ri(1, 100),
                                                              "regions": g.sample(REGIONS, 2)})), "gzip_b64"),
        lambda: (["hmac", "test", "key"], "0b" * 20, "test_vector"),
    ])()


def make_negative(g, lang, builder, allowed=None):
    g.cheap = True
    c = builder(g)
    g.cheap = False
    c.label = "neg"
    fresh_b = builder
    ml_ok = True
    cats = [("ref", 28), ("placeholder", 18), ("masked", 10), ("public", 16), ("test_vector", 5),
            ("cipher", 9), ("ident", 8), ("hash", 6)]
    if c.ml():
        cats = [("ref", 25), ("placeholder", 15), ("public", 45), ("cipher", 5)]
    if c.provider not in DBS and c.provider != "generic":
        cats = [x for x in cats if x[0] != "hash"]
    if allowed:
        cats = [x for x in cats if x[0] in allowed] or [("ref", 1)]
    while True:
        cat = g.ch([x for x, w in cats for _ in range(w)])
        w, v, _ = c.fields[c.si]
        if cat == "ref":
            r, flag = ref_for(g, lang, c)
            if c.needle_raw != c.secret and c.needle_raw in c.secret:
                pwc = Cred(c.provider, c.kind, c.sec, c.prefix[:1] or ["db"], [[["password"], "", False]], 0)
                r, flag = ref_for(g, lang if lang not in CODE_LANGS else "sh", pwc)
            if c.needle_raw != c.secret and c.needle_raw in c.secret and flag == "ref":
                c.fields[c.si][1] = c.secret.replace(c.needle_raw, r, 1)
                c.fields[c.si][2] = "ref"
            else:
                c.fields[c.si][1], c.fields[c.si][2] = r, flag
            c.neg_kind = "env_ref"
        elif cat == "placeholder":
            ph = placeholder_for(g, c)
            if c.needle_raw != c.secret and c.needle_raw in c.secret:
                ph = g.ch(["<password>", "PASSWORD", "changeme", "****", "password", "${DB_PASSWORD}", "CHANGE_ME"]) \
                    if c.provider != "azure" else g.ch(["<account-key>", "YOUR_ACCOUNT_KEY", "********"])
                c.fields[c.si][1] = c.secret.replace(c.needle_raw, ph, 1)
                c.fields[c.si][2] = "ref" if "$" in ph else False
            elif c.ml():
                lab = re.search(r"BEGIN ([A-Z ]+)-----", c.secret).group(1)
                c.fields[c.si][1] = g.ch(["<paste %s here>" % lab.lower(), "REPLACE_WITH_PEM_CONTENTS",
                                          "/run/secrets/%s.pem" % c.key(c.si, "snake"), "<path-to-private-key>", "file://./keys/%s.pem" % c.key(c.si, "kebab")])
            else:
                c.fields[c.si][1] = ph
            c.neg_kind = "placeholder"
        elif cat == "masked":
            g.cheap = True
            fresh = fresh_b(g)
            g.cheap = False
            if fresh.provider == c.provider and fresh.needle_raw == fresh.secret and not fresh.ml():
                c.ctx["fresh"] = fresh.secret
            m = masked_for(g, c)
            if m is None:
                if c.needle_raw != c.secret and c.needle_raw in c.secret:
                    c.fields[c.si][1] = c.secret.replace(c.needle_raw, g.ch(["****", "*****", "xxxxx", "[REDACTED]", "%2A%2A%2A%2A"]), 1)
                    c.neg_kind = "masked"
                    break
                continue
            c.fields[c.si][1] = m
            c.neg_kind = "masked"
        elif cat == "public":
            words, val, prov, kind = public_for(g, c)
            c.fields[c.si] = [words, val, False]
            c.needle_raw = val
            c.provider = prov
            c.neg_kind = kind
        elif cat == "test_vector":
            if c.provider == "aws":
                for f in c.fields:
                    if f[1].startswith("AKIA"):
                        f[1] = AWS_DOC_ID
                if c.kind == "secret_access_key":
                    c.fields[c.si][1] = AWS_DOC_SECRET
            elif c.provider == "stripe" and c.kind == "secret_key":
                c.fields[c.si][0] = ["test", "secret", "key"]
                c.fields[c.si][1] = STRIPE_DOC_SK
            elif c.provider == "azure" and c.kind == "storage_account_key":
                if c.needle_raw != c.secret:
                    c.fields[c.si][1] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;" % AZURITE_KEY
                else:
                    c.fields[c.si][1] = AZURITE_KEY
                    for f in c.fields:
                        if f[0] == ["account", "name"]:
                            f[1] = "devstoreaccount1"
            elif c.provider == "jwt":
                c.fields[c.si][0] = ["example", "token"]
                c.fields[c.si][1] = JWTIO
            else:
                continue
            c.neg_kind = "test_vector"
        elif cat == "cipher":
            kind, val, words = cipher_for(g, c)
            c.fields[c.si][1] = val
            if words:
                c.fields[c.si][0] = words
            c.neg_kind = "ciphertext_" + kind
        elif cat == "ident":
            words, val, kind = ident_for(g)
            c.fields[c.si] = [words, val, False]
            c.neg_kind = kind
        elif cat == "hash":
            c.fields[c.si] = [["password", "hash"] if g.p(0.7) else c.fields[c.si][0][:-1] + ["digest"], pw_hash(g), False]
            c.neg_kind = "password_hash"
        break
    for j, f in enumerate(c.fields):
        if j != c.si and isinstance(f[1], str) and f[1].startswith("AKIA") and f[1] != AWS_DOC_ID:
            tmp = Cred(c.provider, c.kind, c.sec, c.prefix, c.fields, j)
            f[1], f[2] = ref_for(g, lang, tmp)
    c.needle_raw = None
    return c


# ----------------------------------------------------------------------------
# shared renderers
# ----------------------------------------------------------------------------
DBS = ("postgres", "mysql", "mongodb", "redis", "mssql", "amqp")


def sh_dq(v, ref=False):
    if ref:
        return '"' + v + '"' if "$(" not in v or '"' not in v else "'" + v + "'"
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`") + '"'


def ps_dq(v, ref=False):
    if ref:
        return v if v.startswith("$") or v.startswith("(") else '"' + v + '"'
    return "'" + v.replace("'", "''") + "'"


def bat_dq(v, ref=False):
    return '"' + (v if ref else v.replace("%", "%%")) + '"'


def field_val(c, words):
    for w, v, _ in c.fields:
        if w == words:
            return v
    return None


API = {
    "openai": ("https://api.openai.com/v1/chat/completions", "Authorization", "Bearer {}"),
    "anthropic": ("https://api.anthropic.com/v1/messages", "x-api-key", "{}"),
    "google": ("https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent", "x-goog-api-key", "{}"),
    "huggingface": ("https://api-inference.huggingface.co/models/BAAI/bge-small-en-v1.5", "Authorization", "Bearer {}"),
    "github": ("https://api.github.com/repos/%s/%s/dispatches", "Authorization", "token {}"),
    "gitlab": ("https://gitlab.com/api/v4/projects/%s/pipeline", "PRIVATE-TOKEN", "{}"),
    "stripe": ("https://api.stripe.com/v1/refunds", "Authorization", "Bearer {}"),
    "sendgrid": ("https://api.sendgrid.com/v3/mail/send", "Authorization", "Bearer {}"),
    "slack": ("https://slack.com/api/chat.postMessage", "Authorization", "Bearer {}"),
    "datadog": ("https://api.datadoghq.com/api/v2/series", "DD-API-KEY", "{}"),
    "npm": ("https://registry.npmjs.org/-/whoami", "Authorization", "Bearer {}"),
    "dockerhub": ("https://hub.docker.com/v2/repositories/%s/", "Authorization", "Bearer {}"),
    "generic": ("https://api.%s/v2/orders/export", "X-Api-Key", "{}"),
    "jwt": ("https://auth.%s/internal/token", "X-Signing-Key", "{}"),
}


def cli_parts(g, c, dq):
    """list of argument chunks of a plausible command using the credential"""
    i = c.si
    v, flag = c.fields[i][1], c.fields[i][2]
    ref = flag in ("ref", "expr")
    p = c.provider
    user = c.ctx.get("user") or field_val(c, ["user"]) or field_val(c, ["username"]) or "deploy"
    if p in DBS:
        if c.kind == "connection_url":
            tool = {"postgres": "psql", "mysql": "mysql", "mongodb": "mongosh", "redis": "redis-cli -u",
                    "amqp": "rabbitmqadmin --uri", "mssql": "sqlcmd -S"}[p]
            return [tool, dq(v, ref), '-c "SELECT 1"' if p == "postgres" else "--eval 'db.runCommand({ping:1})'" if p == "mongodb" else "ping"]
        host = field_val(c, ["host"]) or "db"
        if p == "postgres":
            return ["PGPASSWORD=" + dq(v, ref), "pg_dump", "-h " + host, "-U " + user, "-Fc", "-f /backup/%s.dump" % (field_val(c, ["name"]) or "app")]
        if p == "mysql":
            return ["mysqldump", "-h " + host, "-u " + user, "--password=" + dq(v, ref), "--single-transaction", field_val(c, ["name"]) or "app"]
        if p == "redis":
            return ["redis-cli", "-h " + host, "-p 6379", "--tls", "-a " + dq(v, ref), "PING"]
        return ["mongosh", "--host " + host, "--username " + user, "--password " + dq(v, ref), "--authenticationDatabase admin"]
    if c.kind == "webhook_url":
        return ["curl", "-sS -X POST", "-H 'Content-type: application/json'", "--data '{\"text\":\"Deploy of %s finished\"}'" % g.ch(SERVICES), dq(v, ref)]
    if p == "aws":
        return ["aws configure set", "aws_secret_access_key" if c.kind == "secret_access_key" else "aws_access_key_id", dq(v, ref), "--profile " + g.ch(["prod", "ci", "backup"])]
    if p == "azure":
        if c.kind == "client_secret":
            return ["az login --service-principal", "-u " + (field_val(c, ["client", "id"]) or g.uuid()), "-p " + dq(v, ref), "--tenant " + (field_val(c, ["tenant", "id"]) or g.uuid())]
        if c.needle_raw != c.secret or "AccountName" in v:
            return ["az storage blob upload-batch", "-d backups", "-s ./out", "--connection-string " + dq(v, ref)]
        return ["az storage blob upload-batch", "-d backups", "-s ./out", "--account-name " + (field_val(c, ["account", "name"]) or "stbackups"), "--account-key " + dq(v, ref)]
    if p == "twilio":
        sid = field_val(c, ["account", "sid"]) or "AC" + g.hexs(32)
        return ["curl", "-X POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json" % sid,
                "--data-urlencode 'Body=Your code is %d'" % g.ri(100000, 999999), "-u " + dq("%s:%s" % (sid, v) if not ref else v, ref)]
    if p == "private_key" or p == "gcp":
        return ["ssh-add", "-"]
    if p in ("django", "rails", "laravel", "nextauth", "flask"):
        return ["heroku config:set", "--app " + g.ch(SERVICES), dq(c.flat(i, "UPPER") + "=" + v, ref)]
    url, hdr, tmpl = API.get(p, API["generic"])
    if "%s" in url:
        n = url.count("%s")
        if p == "gitlab":
            url = url % g.digits(8)
        else:
            url = url % tuple([g.ch(PEOPLE).split(".")[0], g.ch(SERVICES)][:n] if p != "generic" and p != "jwt" else [g.ch(DOMAINS)])
    if p == "stripe" and g.p(0.5):
        return ["curl", url, "-u " + dq(v + ":", ref), "-d charge=ch_" + g.rs(24), "-d amount=%d" % g.ri(100, 9999)]
    return ["curl", "-sS --fail", "-X POST", url, "-H " + dq(hdr + ": " + tmpl.format(v), ref), "-H 'Content-Type: application/json'"]


def js_obj_lines(c, indent="  ", q=jsq, style="camel", decl="export const"):
    lines = ["%s %s = {" % (decl, c.secname("camel") or "config")]
    for i in range(len(c.fields)):
        lines.append("%s%s: %s," % (indent, c.key(i, style), V(c, i, q)))
    lines.append("};")
    return lines


def doc_of(c, style="camel", nest=None):
    if c.provider == "gcp" and c.kind.startswith("service_account") and c.label == "pos" or \
            (c.provider == "gcp" and field_val(c, ["client", "email"])):
        d = {"type": "service_account", "project_id": field_val(c, ["project", "id"]),
             "private_key_id": field_val(c, ["private", "key", "id"]) or hashlib.sha1(c.secret.encode()).hexdigest()}
        d[c.key(c.si, "snake")] = c.secret
        d["client_email"] = field_val(c, ["client", "email"])
        d["client_id"] = str(int(hashlib.sha256((d["client_email"] or "x").encode()).hexdigest()[:16], 16))[:21]
        d["auth_uri"] = "https://accounts.google.com/o/oauth2/auth"
        d["token_uri"] = "https://oauth2.googleapis.com/token"
        d["universe_domain"] = "googleapis.com"
        return d
    d = {c.key(i, style): c.fields[i][1] for i in range(len(c.fields))}
    if nest is None:
        nest = bool(c.sec)
    if nest:
        return {c.secname(style): d}
    return d


def env_lines(g, c, q=envq, export=False):
    out = []
    for i in range(len(c.fields)):
        out.append("%s%s=%s" % ("export " if export else "", c.flat(i), V(c, i, q)))
    return out


def env_filler(g, n=None):
    pool = ["NODE_ENV=production", "PORT=%d" % g.ch([3000, 8080, 8000, 5000]), "LOG_LEVEL=%s" % g.ch(["info", "debug", "warn"]),
            "TZ=UTC", "APP_NAME=%s" % g.ch(SERVICES), "FEATURE_NEW_CHECKOUT=%s" % g.ch(["true", "false"]),
            "SENTRY_ENVIRONMENT=%s" % g.ch(["production", "staging"]), "WEB_CONCURRENCY=%d" % g.ri(2, 8),
            "PUBLIC_URL=https://%s" % g.ch(DOMAINS), "CACHE_TTL=%d" % g.ch([60, 300, 3600]),
            "BUILD_SHA=%s" % g.hexs(40), "RELEASE=%s@%s" % (g.ch(SERVICES), g.hexs(7)), "MAX_UPLOAD_MB=%d" % g.ri(5, 50),
            "CORS_ORIGINS=https://app.%s,https://admin.%s" % (g.ch(DOMAINS), g.ch(DOMAINS)), "OTEL_SERVICE_NAME=%s" % g.ch(SERVICES)]
    return g.sample(pool, n or g.ri(2, 6))


def py_lines(c, q=None):
    q = q or (lambda v, ref=False: json.dumps(v) if "\n" not in v else '"""' + v + '"""')
    return ["%s = %s" % (c.flat(i), V(c, i, q)) for i in range(len(c.fields))]


# ----------------------------------------------------------------------------
# layouts
# ----------------------------------------------------------------------------
LAYOUTS = []


def layout(name, lang, ml=True):
    def deco(f):
        LAYOUTS.append({"name": name, "lang": lang, "ml": ml, "f": f})
        return f
    return deco


def R(path, ft, lines, **kw):
    text = lines if isinstance(lines, str) else "\n".join(lines) + "\n"
    d = {"path": path, "ft": ft, "text": text}
    d.update(kw)
    return d


@layout("json_escaped_in_json", "json")
def L_json_in_json(g, c):
    style = g.ch(["camel", "snake"])
    inner = doc_of(c, style, nest=g.p(0.4))
    s = json.dumps(inner, separators=(",", ":")) if g.p(0.6) else json.dumps(inner)
    svc = g.ch(SERVICES)
    acct, reg = g.digits(12), g.ch(REGIONS)
    v = g.ch(["ecs", "sm", "tfstate"])
    if v == "ecs":
        doc = {"family": svc, "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "1024",
               "executionRoleArn": "arn:aws:iam::%s:role/%s-exec" % (acct, svc),
               "containerDefinitions": [{
                   "name": svc, "image": "%s.dkr.ecr.%s.amazonaws.com/%s@sha256:%s" % (acct, reg, svc, g.hexs(64)),
                   "essential": True, "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
                   "environment": [{"name": "NODE_ENV", "value": "production"},
                                   {"name": g.ch(["APP_CONFIG", "SERVICE_CONFIG", "CONFIG_JSON", "RUNTIME_SETTINGS"]), "value": s},
                                   {"name": "OTEL_SERVICE_NAME", "value": svc}],
                   "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/" + svc, "awslogs-region": reg, "awslogs-stream-prefix": "app"}}}]}
        path = g.ch(["deploy/ecs/%s-task-def.json" % svc, "infra/taskdef.json", ".aws/task-definition.json"])
    elif v == "sm":
        doc = {"ARN": "arn:aws:secretsmanager:%s:%s:secret:prod/%s/config-%s" % (reg, acct, svc, g.rs(6)),
               "Name": "prod/%s/config" % svc, "VersionId": g.uuid(), "SecretString": s,
               "VersionStages": ["AWSCURRENT"], "CreatedDate": g.ts()}
        path = g.ch(["scripts/out/secret-%s.json" % svc, "tmp/get-secret-value.json", "debug/%s-secret.json" % svc])
    else:
        doc = {"version": 4, "terraform_version": "1.%d.%d" % (g.ri(5, 9), g.ri(0, 6)), "serial": g.ri(3, 400), "lineage": g.uuid(),
               "outputs": {}, "resources": [{"mode": "managed", "type": "aws_secretsmanager_secret_version", "name": svc.replace("-", "_"),
                                             "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                                             "instances": [{"schema_version": 0, "attributes": {
                                                 "arn": "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (reg, acct, svc, g.rs(6)),
                                                 "id": "arn:aws:secretsmanager:%s:%s:secret:%s|%s" % (reg, acct, svc, g.uuid()),
                                                 "secret_binary": "", "secret_id": "arn:aws:secretsmanager:%s:%s:secret:%s" % (reg, acct, svc),
                                                 "secret_string": s, "version_id": g.uuid(), "version_stages": ["AWSCURRENT"]},
                                                 "sensitive_attributes": [[{"type": "get_attr", "value": "secret_string"}]]}]}],
               "check_results": None}
        path = g.ch(["terraform.tfstate", "envs/prod/terraform.tfstate.backup", "infra/%s/terraform.tfstate" % svc])
    return R(path, "json", json.dumps(doc, indent=g.ch([2, 4]), ensure_ascii=False))


@layout("stringified_json_in_env", "env")
def L_env_json(g, c):
    style = g.ch(["camel", "snake"])
    if c.provider == "gcp":
        name, d = g.ch(["GOOGLE_CREDENTIALS", "GCP_SA_KEY", "FIREBASE_SERVICE_ACCOUNT"]), doc_of(c)
    elif g.p(0.3):
        name = "SPRING_APPLICATION_JSON"
        d = {c.flat(i, "dot"): c.fields[i][1] for i in range(len(c.fields))}
    else:
        name, d = g.ch(["APP_CONFIG", "SERVICE_CONFIG", "CONFIG_JSON", "SECRETS_JSON"]), doc_of(c, style)
    s = json.dumps(d, separators=(",", ":") if g.p(0.7) else (", ", ": "))
    q = "'" + s + "'" if "'" not in s else '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    lines = ["# %s runtime configuration" % g.ch(SERVICES), "# generated by scripts/render-env.sh on %s" % g.date()]
    lines += env_filler(g, 3) + [name + "=" + q] + env_filler(g, 2)
    return R(g.ch([".env", ".env.production", "deploy/%s.env" % g.ch(SERVICES), "config/.env.staging"]), "env", lines)


@layout("stringified_json_in_yaml", "yaml")
def L_yaml_json(g, c):
    d = doc_of(c, g.ch(["camel", "snake"]))
    s = json.dumps(d, separators=(",", ":"))
    svc = g.ch(SERVICES)
    name = g.ch(["APP_CONFIG", "SERVICE_CONFIG", "GOOGLE_CREDENTIALS" if c.provider == "gcp" else "CONFIG_JSON"])
    sq = "'" + s.replace("'", "''") + "'"
    if g.p(0.5):
        lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: " + svc, "  namespace: " + g.ch(["prod", "payments", "default"]),
                 "  labels:", "    app.kubernetes.io/name: " + svc, "spec:", "  replicas: %d" % g.ri(2, 6), "  selector:", "    matchLabels:",
                 "      app.kubernetes.io/name: " + svc, "  template:", "    metadata:", "      labels:", "        app.kubernetes.io/name: " + svc,
                 "      annotations:", "        checksum/config: " + g.hexs(64), "    spec:", "      containers:", "        - name: " + svc,
                 "          image: ghcr.io/%s/%s@sha256:%s" % (g.ch(DOMAINS).split(".")[0], svc, g.hexs(64)),
                 "          ports:", "            - containerPort: 8080", "          env:", "            - name: LOG_LEVEL", "              value: info",
                 "            - name: " + name, "              value: " + sq, "            - name: POD_IP", "              valueFrom:",
                 "                fieldRef:", "                  fieldPath: status.podIP"]
        path = "k8s/%s/deployment.yaml" % svc
    else:
        lines = ["services:", "  %s:" % svc, "    image: %s:%s" % (svc, g.ch(["latest", "1.%d.%d" % (g.ri(0, 9), g.ri(0, 20))])),
                 "    restart: unless-stopped", "    ports:", "      - \"%d:8080\"" % g.ri(8000, 9000), "    environment:",
                 "      NODE_ENV: production", "      %s: %s" % (name, sq), "    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine"]
        path = g.ch(["docker-compose.yml", "compose.prod.yaml"])
    return R(path, "yaml", lines)


def js_ident(g):
    return g.ch(LOWER + UPPER) + (g.ch(ALNUM + "_$") if g.p(0.6) else "")


def minjs_stmt(g):
    a, b, cc, d, e = (js_ident(g) for _ in range(5))
    t = g.ri(0, 13)
    if t == 0:
        return "function %s(%s,%s){return %s&&%s.%s?%s.%s(%s):null}" % (a, b, cc, b, b, g.ch(["get", "has", "call", "then"]), b, g.ch(["get", "call"]), cc)
    if t == 1:
        return "var %s=%s(%d),%s=%s.n(%s);" % (a, d, g.ri(100, 99999), b, d, a)
    if t == 2:
        return 'const %s="css-%s",%s="css-%s";' % (a, g.rs(6, LOWER + DIG, check=False), b, g.rs(6, LOWER + DIG, check=False))
    if t == 3:
        return "%s[%d]=function(%s,%s,%s){\"use strict\";%s.r(%s),%s.d(%s,{default:()=>%s});var %s=%s(%d)};" % (
            d, g.ri(100, 99999), a, b, cc, cc, b, cc, b, e, e, cc, g.ri(100, 99999))
    if t == 4:
        return '%s("%s");' % (a, g.ch(I18N))
    if t == 5:
        return '%s.src="%s";' % (a, svg_uri(g))
    if t == 6:
        return '%s.p+"static/js/"+({%s})[%s]+".chunk.js";' % (d, ",".join('%d:"%s"' % (g.ri(10, 999), g.hexs(8)) for _ in range(g.ri(3, 9))), e)
    if t == 7:
        return 'const %s={color:"%s",background:"%s",border:"1px solid %s"};' % (a, hexcol(g), hexcol(g), hexcol(g))
    if t == 8:
        return 'if(!%s.%s)throw new Error("%s");' % (a, g.ch(["ok", "length", "current"]), g.ch(["Invalid hook call", "Request failed", "Missing locale", "Unexpected token"]))
    if t == 9:
        return "let %s=[%s];" % (a, ",".join(str(g.ri(0, 65535)) for _ in range(g.ri(4, 16))))
    if t == 10:
        return '%s.exports={%s:function(){return %s},%s:!0};' % (a, b, cc, d)
    if t == 11:
        return 'new URL("/assets/%s-%s.woff2",import.meta.url);' % (g.ch(["inter", "roboto", "icons", "mono"]), g.hexs(8))
    if t == 12:
        return 'const %s=%s=>%s.replace(/\\s+/g," ").trim();' % (a, b, b)
    return '%s.prototype.%s=function(%s){this.%s=%s,this.%s=!1};' % (a, b, cc, d, cc, e)


def bundle_line(g, insert, target):
    parts = []
    size = 0
    pos = g.ri(int(target * 0.25), int(target * 0.75))
    placed = False
    while size < target:
        if not placed and size >= pos:
            parts.append(insert)
            placed = True
        s = minjs_stmt(g)
        parts.append(s)
        size += len(s)
    if not placed:
        parts.insert(len(parts) // 2, insert)
    return "".join(parts)


@layout("minified_js_bundle", "js")
def L_minjs(g, c):
    a = js_ident(g)
    if c.sec and g.p(0.7):
        body = ",".join("%s:%s" % (c.key(i, "camel"), V(c, i, cq)) for i in range(len(c.fields)))
        ins = "const %s={%s};" % (a, body)
    else:
        ins = "".join("var %s=%s;" % (js_ident(g), V(c, i, cq)) for i in range(len(c.fields)))
    if c.provider == "openai" and g.p(0.5):
        ins = ins[:-2] + ',dangerouslyAllowBrowser:!0});' if False else ins
    h = g.hexs(8)
    name = g.ch(["index", "main", "app", "vendor", "chunk-" + g.hexs(4)])
    line = bundle_line(g, ins, g.ri(5000, 20000))
    head = ["/*!", " * %s v%d.%d.%d" % (g.ch(["@acme/ui-kit", "chart-core", "react-dom.production.min.js"]), g.ri(1, 18), g.ri(0, 9), g.ri(0, 20)),
            " *", " * Copyright (c) %s" % g.ch(["Meta Platforms, Inc. and affiliates.", "the contributors", "2024 Northwind"]),
            " * Licensed under the MIT license.", " */"]
    text = "\n".join(head) + "\n" + '"use strict";' + line + "\n//# sourceMappingURL=%s-%s.js.map\n" % (name, h)
    return R(g.ch(["dist/assets/%s-%s.js" % (name, h), "public/build/%s.%s.js" % (name, h), "static/js/%s.%s.chunk.js" % (name, h)]), "js", text)


def ts_source_with(g, c):
    if c.provider == "openai" and g.p(0.6):
        return ['import OpenAI from "openai";', "", "const client = new OpenAI({", "  apiKey: %s," % V(c, c.si, cq),
                "  dangerouslyAllowBrowser: true,", "});", "", "export async function summarize(text: string) {",
                "  const res = await client.chat.completions.create({", '    model: "gpt-4o-mini",',
                '    messages: [{ role: "user", content: `Summarize: ${text}` }],', "  });",
                "  return res.choices[0]?.message?.content ?? \"\";", "}"]
    lines = ["// %s" % g.ch(["central config for the SPA", "TODO: move to server", "api client settings"]), ""]
    lines += js_obj_lines(c, q=cq)
    lines += ["", "export function headers(): Record<string, string> {", "  return { \"Content-Type\": \"application/json\" };", "}"]
    return lines


@layout("source_map", "js")
def L_sourcemap(g, c):
    src = "\n".join(ts_source_with(g, c)) + "\n"
    others = ["import { useState } from \"react\";\n\nexport default function Button({ label }: { label: string }) {\n  const [busy, setBusy] = useState(false);\n  return <button className=\"btn-%s\" disabled={busy} onClick={() => setBusy(true)}>{label}</button>;\n}\n" % g.hexs(5),
              "export const colors = { primary: \"%s\", accent: \"%s\", muted: \"%s\" };\n" % (hexcol(g), hexcol(g), hexcol(g)),
              "export const formatPrice = (n: number, c = \"EUR\") =>\n  new Intl.NumberFormat(undefined, { style: \"currency\", currency: c }).format(n);\n"]
    names = ["../../src/lib/%s.ts" % g.ch(["config", "api", "client", "settings"]), "../../src/components/Button.tsx", "../../src/theme.ts", "../../src/utils/format.ts"]
    contents = [src] + others
    order = list(range(4))
    g.shuffle(order)
    h = g.hexs(8)
    lines = ["{", '"version":3,', '"file":"index-%s.js",' % h, '"sources":%s,' % json.dumps([names[i] for i in order]),
             '"sourcesContent":%s,' % json.dumps([contents[i] for i in order], ensure_ascii=False),
             '"names":%s,' % json.dumps(g.sample(["useState", "busy", "setBusy", "label", "client", "summarize", "res", "colors", "formatPrice", "headers", "n", "c"], 8)),
             '"mappings":"%s"' % vlq(g, g.ri(300, 1200)), "}"]
    return R("dist/assets/index-%s.js.map" % h, "map", lines)


@layout("yaml_block_literal", "yaml")
def L_yaml_literal(g, c):
    svc = g.ch(SERVICES)
    ind = "    "
    if c.ml():
        inner = [c.fields[i] for i in range(len(c.fields))]
        body = []
        for i, (w, v, f) in enumerate(c.fields):
            k = c.key(i, "kebab") + (".pem" if "\n" in v else "")
            if "\n" in v:
                body.append("  %s: |" % k)
                body += [ind + ln if ln else "" for ln in v.rstrip("\n").split("\n")]
            else:
                body.append("  %s: %s" % (k, yq(v)))
    else:
        blk = g.ch(["app.env", "application.properties", "config.ini"])
        if blk == "app.env":
            inner = env_lines(g, c) + env_filler(g, 2)
        elif blk == "application.properties":
            inner = ["%s=%s" % (c.flat(i, "dot"), V(c, i, propq)) for i in range(len(c.fields))] + ["server.port=8080", "management.endpoints.web.exposure.include=health,info"]
        else:
            inner = ["[%s]" % (c.secname("snake") or "default")] + ["%s = %s" % (c.key(i), V(c, i, iniq)) for i in range(len(c.fields))]
        body = ["  %s: |" % blk] + [ind + ln for ln in inner]
    if g.p(0.6):
        head = ["apiVersion: v1", "kind: %s" % g.ch(["Secret", "ConfigMap"]), "metadata:", "  name: %s-config" % svc,
                "  namespace: %s" % g.ch(["prod", "staging", "apps"]), "  labels:", "    app: " + svc,
                "  annotations:", "    reloader.stakater.com/match: \"true\""]
        head += ["type: Opaque", "stringData:"] if head[1].endswith("Secret") else ["data:"]
        return R("k8s/%s/%s.yaml" % (svc, g.ch(["secret", "config", "configmap"])), "yaml", head + body)
    head = ["- name: Render %s configuration" % svc, "  hosts: %s" % g.ch(["app_servers", "workers", "all"]), "  become: true", "  tasks:",
            "    - name: write config file", "      ansible.builtin.copy:", "        dest: /etc/%s/config" % svc, "        owner: root",
            "        mode: \"0600\"", "        content: |"]
    if c.ml():
        inner = []
        for i, (w, v, f) in enumerate(c.fields):
            if "\n" in v:
                inner += v.rstrip("\n").split("\n")
    body2 = ["          " + ln for ln in inner]
    return R("ansible/roles/%s/tasks/main.yml" % svc, "yaml", head + body2 + ["      notify: restart %s" % svc])


@layout("yaml_block_folded", "gitlab", ml=False)
def L_yaml_folded(g, c):
    parts = cli_parts(g, c, sh_dq)
    job = g.ch(["notify", "deploy", "backup", "smoke-test", "release"])
    lines = ["stages:", "  - build", "  - %s" % job, "", "variables:", "  GIT_DEPTH: \"10\"", "  DOCKER_DRIVER: overlay2", "",
             "%s:" % job, "  stage: %s" % job, "  image: %s" % g.ch(["curlimages/curl:8.5.0", "alpine:3.19", "postgres:16-alpine", "amazon/aws-cli:2.15.0"]),
             "  rules:", "    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", "  script:", "    - >"]
    lines += ["      " + p for p in parts]
    lines += ["    - echo \"done ${CI_JOB_ID}\""]
    return R(".gitlab-ci.yml", "yaml", lines)


@layout("yaml_block_strip", "gha")
def L_yaml_strip(g, c):
    svc = g.ch(SERVICES)
    lines = ["name: deploy-%s" % svc, "on:", "  push:", "    branches: [main]", "  workflow_dispatch: {}", "", "permissions:",
             "  contents: read", "  id-token: write", "", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: actions/checkout@%s" % g.hexs(40), "      - name: write runtime config", "        run: |-"]
    if c.ml():
        lines += ["          mkdir -p ~/.ssh", "          cat > ~/.ssh/id_deploy <<'KEY'"]
        lines += ["          " + ln for ln in c.secret.rstrip("\n").split("\n")] if c.fields[c.si][2] is False else ["          %s" % c.secret]
        lines += ["          KEY", "          chmod 600 ~/.ssh/id_deploy"]
    else:
        lines += ["          cat > .env <<EOF"] + ["          " + ln for ln in env_lines(g, c)] + ["          EOF"]
    lines += ["      - name: deploy", "        run: ./scripts/deploy.sh %s" % svc, "        env:", "          SHA: ${{ github.sha }}"]
    return R(".github/workflows/deploy-%s.yml" % svc, "yaml", lines)


@layout("yaml_flow_mapping", "yaml", ml=False)
def L_yaml_flow(g, c):
    svc = g.ch(SERVICES)
    st, qf = g.ch(["snake", "camel"]), g.ch([yq, yq2])
    items = ", ".join("%s: %s" % (c.key(i, st), V(c, i, qf)) for i in range(len(c.fields)))
    sec = c.secname("snake") or "integration"
    lines = ["# %s settings (flow style keeps diffs small)" % svc, "server: {host: 0.0.0.0, port: %d, workers: %d}" % (g.ri(3000, 9000), g.ri(2, 8)),
             "logging: {level: %s, json: true}" % g.ch(["info", "debug"]), "%s: {%s}" % (sec, items),
             "features: [%s]" % ", ".join(g.sample(["search", "exports", "webhooks", "sso", "audit-log", "beta-ui"], 3)),
             "cache: {ttl: %d, backend: redis}" % g.ch([60, 300, 900])]
    return R(g.ch(["config/%s.yaml" % svc, "settings.yml", "conf/app.%s.yaml" % g.ch(["prod", "staging"])]), "yaml", lines)


@layout("toml_multiline_string", "toml")
def L_toml_ml(g, c):
    svc = g.ch(SERVICES)
    lines = ["# %s — dynaconf settings" % svc, "[default]", "name = \"%s\"" % svc, "debug = false", "", "[production]"]
    sec = c.secname("snake") or "auth"
    lines += ["[production.%s]" % sec]
    for i, (w, v, f) in enumerate(c.fields):
        if i == c.si and f is False:
            if "\n" in v:
                lines.append("%s = \"\"\"" % c.key(i))
                lines += v.rstrip("\n").split("\n")
                lines.append("\"\"\"")
            else:
                form = g.ch(["hdr", "ml"])
                if form == "hdr" and c.provider not in DBS:
                    lines.append("extra_headers = \"\"\"")
                    lines.append("Authorization: Bearer %s" % v.replace("\\", "\\\\").replace('"', '\\"'))
                    lines.append("X-Client: %s/%d.%d\"\"\"" % (svc, g.ri(1, 4), g.ri(0, 20)))
                else:
                    lines.append("%s = \"\"\"\\" % c.key(i))
                    lines.append("    %s\\" % v.replace("\\", "\\\\").replace('"', '\\"'))
                    lines.append("    \"\"\"")
        else:
            lines.append("%s = %s" % (c.key(i), V(c, i, tomlq)))
    lines += ["", "[production.db_pool]", "min = %d" % g.ri(1, 4), "max = %d" % g.ri(10, 40)]
    return R(g.ch(["settings.toml", "config/settings.toml"]), "toml", lines)


def toml_lit(v, ref=False):
    if "'" in v or "\n" in v:
        return json.dumps(v)
    return "'" + v + "'"


@layout("toml_literal_string", "toml")
def L_toml_lit(g, c):
    lines = ["# .streamlit/secrets.toml", "", "[general]", "app_title = '%s dashboard'" % g.ch(SERVICES).replace("-", " ").title(), ""]
    sec = c.secname("snake") or "api"
    lines.append("[connections.%s]" % sec if c.provider in DBS else "[%s]" % sec)
    for i, (w, v, f) in enumerate(c.fields):
        if "\n" in v and f is False:
            lines.append("%s = '''" % c.key(i))
            lines += v.rstrip("\n").split("\n")
            lines.append("'''")
        else:
            lines.append("%s = %s" % (c.key(i), V(c, i, toml_lit)))
    lines += ["", "[server]", "headless = true", "enableXsrfProtection = true"]
    return R(g.ch([".streamlit/secrets.toml", "dashboards/.streamlit/secrets.toml"]), "toml", lines)


@layout("ini_continuation", "ini")
def L_ini(g, c):
    svc = g.ch(SERVICES)
    lines = ["###", "# app configuration", "# https://docs.pylonsproject.org/projects/pyramid/en/latest/narr/environment.html", "###", "",
             "[app:main]", "use = egg:%s" % svc.replace("-", "_"), "pyramid.reload_templates = false",
             "pyramid.includes =", "    pyramid_tm", "    pyramid_retry", ""]
    for i, (w, v, f) in enumerate(c.fields):
        key = c.flat(i, "dot") if c.prefix else "%s.%s" % (c.secname("snake") or "app", c.key(i))
        if "\n" in v and f is False:
            lines.append(key + " =")
            lines += ["    " + ln for ln in v.rstrip("\n").split("\n")]
        elif i == c.si and g.p(0.5):
            lines.append(key + " =")
            lines.append("    " + V(c, i, iniq))
        else:
            lines.append("%s = %s" % (key, V(c, i, iniq)))
    lines += ["", "[server:main]", "use = egg:waitress#main", "listen = *:%d" % g.ri(6000, 6999), "", "[loggers]", "keys = root, %s" % svc.replace("-", "_")]
    return R(g.ch(["production.ini", "development.ini", "deploy/%s.ini" % svc]), "ini", lines)


@layout("bash_heredoc", "sh")
def L_bash_heredoc(g, c):
    svc = g.ch(SERVICES)
    lines = ["#!/usr/bin/env bash", "# bootstrap %s on a fresh VM (run as root)" % svc, "set -euo pipefail", "",
             "APP_DIR=/opt/%s" % svc, "install -d -m 0750 -o %s \"$APP_DIR\"" % svc.split("-")[0], ""]
    if c.ml():
        dest = "/etc/ssl/private/%s.key" % svc if g.p(0.5) else "/home/deploy/.ssh/id_%s" % g.ch(["ed25519", "rsa", "deploy"])
        lines += ["cat > %s <<'EOF'" % dest] + c.secret.rstrip("\n").split("\n") + ["EOF", "chmod 600 %s" % dest]
        for i in range(len(c.fields)):
            if i != c.si:
                lines.append("echo %s=%s >> \"$APP_DIR/.env\"" % (c.flat(i), shq(c.fields[i][1])))
    else:
        quoted = any(ch in c.secret for ch in "$`\\") or g.p(0.3)
        tabbed = g.p(0.3)
        op = "<<-" if tabbed else "<<"
        lines += ["cat > \"$APP_DIR/.env\" %s%s" % (op, "'EOF'" if quoted else "EOF")]
        body = env_lines(g, c, q=lambda v, ref=False: v) + env_filler(g, 2)
        lines += [("\t" if tabbed else "") + ln for ln in body]
        lines += [("\t" if tabbed else "") + "EOF" if tabbed else "EOF"]
    lines += ["", "chown -R %s: \"$APP_DIR\"" % svc.split("-")[0], "systemctl daemon-reload", "systemctl enable --now %s.service" % svc]
    return R(g.ch(["scripts/bootstrap.sh", "provision/%s.sh" % svc, "cloud-init/user-data.sh"]), "sh", lines)


@layout("php_nowdoc", "json")
def L_php_nowdoc(g, c):
    svc = g.ch(SERVICES)
    lines = ["<?php", "", "declare(strict_types=1);", "", "// %s — loaded from bootstrap/app.php" % svc, ""]
    if c.ml() and g.p(0.7):
        lines += ["$privateKey = <<<'PEM'"] + c.secret.rstrip("\n").split("\n") + ["PEM;", ""]
        for i in range(len(c.fields)):
            if i != c.si:
                lines.append("$%s = %s;" % (c.key(i, "camel"), sqq(c.fields[i][1])))
        lines += ["", "return ['signing_key' => openssl_pkey_get_private($privateKey)];"]
    else:
        js = json.dumps(doc_of(c, "snake"), indent=4, ensure_ascii=False)
        tag = g.ch(["JSON", "CONFIG", "EOT"])
        lines += ["$raw = <<<'%s'" % tag] + js.split("\n") + ["%s;" % tag, "",
                  "return json_decode($raw, true, 512, JSON_THROW_ON_ERROR);"]
    return R(g.ch(["config/services.local.php", "app/config/%s.php" % svc.replace("-", "_"), "wp-content/mu-plugins/%s-config.php" % svc]), "php", lines)


@layout("ruby_squiggly_heredoc", "rb")
def L_ruby_heredoc(g, c):
    svc = g.ch(SERVICES)
    lines = ["# frozen_string_literal: true", "", "# Loaded by config/application.rb", ""]
    if c.ml():
        const = c.flat(c.si) if not is_expr(c, c.si) else "SIGNING_KEY"
        if is_expr(c, c.si):
            lines += ["%s = OpenSSL::PKey.read(%s)" % (const, c.secret)]
        else:
            lines += ["%s = OpenSSL::PKey.read(<<~PEM)" % const] + ["  " + ln for ln in c.secret.rstrip("\n").split("\n")] + ["PEM"]
    else:
        lines += ["Rails.application.configure do", "  config.x.%s = YAML.safe_load(<<~YAML, symbolize_names: true)" % (c.secname("snake") or "integration")]
        for i, (w, v, f) in enumerate(c.fields):
            val = "\"#{%s}\"" % v if f == "expr" else yq(v)
            lines.append("    %s: %s" % (c.key(i), val))
        lines += ["    timeout: %d" % g.ri(2, 30), "  YAML", "end"]
    return R(g.ch(["config/initializers/%s.rb" % (c.secname("snake") or "integrations"), "lib/%s/settings.rb" % svc.replace("-", "_")]), "rb", lines)


@layout("shell_line_continuation", "sh", ml=False)
def L_shell_cont(g, c):
    parts = cli_parts(g, c, sh_dq)
    svc = g.ch(SERVICES)
    lines = ["#!/bin/sh", "# %s" % g.ch(["smoke test after deploy", "nightly export", "manual rotation helper", "backfill job"]),
             "set -eu", "", "echo \"running against %s\"" % svc, ""]
    if g.p(0.3) and c.provider not in DBS:
        lines += ["docker run --rm \\", "  --name %s-job \\" % svc]
        for i in range(len(c.fields)):
            lines.append("  -e %s=%s \\" % (c.flat(i), V(c, i, shq)))
        lines += ["  -e LOG_LEVEL=info \\", "  ghcr.io/%s/%s:%s \\" % (g.ch(DOMAINS).split(".")[0], svc, g.hexs(7)), "  %s" % g.ch(["migrate", "sync --full", "export --since 24h"])]
    else:
        lines += [parts[0] + " \\"] + ["  %s \\" % p for p in parts[1:-1]] + ["  %s" % parts[-1]]
    lines += ["", "echo ok"]
    return R(g.ch(["scripts/%s.sh" % g.ch(["smoke", "export", "rotate", "backfill"]), "bin/run-%s" % svc, "ops/%s.sh" % svc]), "sh", lines)


@layout("powershell_backtick", "ps", ml=False)
def L_ps(g, c):
    svc = g.ch(SERVICES)
    v = V(c, c.si, ps_dq)
    lines = ["#Requires -Version 7", "param(", "    [string]$Environment = 'prod'", ")", "$ErrorActionPreference = 'Stop'", ""]
    p = c.provider
    if p == "azure" and c.kind == "storage_account_key" and "AccountName" not in c.secret:
        lines += ["$ctx = New-AzStorageContext `", "    -StorageAccountName '%s' `" % (field_val(c, ["account", "name"]) or "stbackups"),
                  "    -StorageAccountKey %s" % v, "Set-AzStorageBlobContent -Container backups -File .\\out.zip -Context $ctx -Force"]
    elif p == "aws":
        kid = field_val(c, ["access", "key", "id"])
        if c.kind == "secret_access_key":
            lines += ["Set-AWSCredential `", "    -AccessKey %s `" % kid, "    -SecretKey %s `" % v, "    -StoreAs %s" % g.ch(["prod", "ci"])]
        else:
            lines += ["Set-AWSCredential `", "    -AccessKey %s `" % v, "    -SecretKey (Read-Host -AsSecureString 'secret') `", "    -StoreAs ci"]
    elif p in DBS:
        if c.kind == "connection_url":
            lines += ["Invoke-Sqlcmd `", "    -ConnectionString %s `" % v, "    -Query 'SELECT 1'"]
        else:
            lines += ["Invoke-Sqlcmd `", "    -ServerInstance '%s' `" % field_val(c, ["host"]), "    -Username '%s' `" % field_val(c, ["user"]),
                      "    -Password %s `" % v, "    -InputFile .\\migrations\\%03d_init.sql" % g.ri(1, 40)]
    elif c.kind == "webhook_url":
        lines += ["Invoke-RestMethod -Method Post `", "    -Uri %s `" % v, "    -ContentType 'application/json' `",
                  "    -Body (@{ text = \"Deployed $Environment\" } | ConvertTo-Json)"]
    else:
        url, hdr, tmpl = API.get(p, API["generic"])
        url = url.replace("%s", g.ch(DOMAINS) if p == "generic" else g.ch(SERVICES))
        hv = tmpl.replace("{}", "") if tmpl != "{}" else ""
        val = ("'%s' + %s" % (hv, v)) if hv else v
        lines += ["$headers = @{", "    '%s' = %s" % (hdr, val), "    'Accept' = 'application/json'", "}",
                  "Invoke-RestMethod -Method Get `", "    -Uri '%s' `" % url, "    -Headers $headers `", "    -TimeoutSec 30"]
    lines += ["Write-Host \"done: $Environment\""]
    return R(g.ch(["deploy.ps1", "scripts/%s.ps1" % svc, "tools/Invoke-%s.ps1" % svc.title().replace("-", "")]), "ps1", lines)


def split_points(g, s):
    pre = len(token_prefix(s))
    lo = max(pre + 4, 6)
    if len(s) - lo < 8:
        return None
    k = g.ch([2, 2, 3]) if len(s) > 40 else 2
    cuts = sorted(g.sample(range(lo, len(s) - 3), k - 1))
    out, last = [], 0
    for ct in cuts:
        out.append(s[last:ct])
        last = ct
    out.append(s[last:])
    return out


@layout("python_implicit_concat", "py")
def L_py_concat(g, c):
    svc = g.ch(SERVICES)
    lines = ['"""Settings for the %s client."""' % svc, "import os", "", "TIMEOUT = %d" % g.ri(5, 60), ""]
    needle, split = None, False
    for i, (w, v, f) in enumerate(c.fields):
        name = c.flat(i)
        if f == "expr":
            lines.append("%s = %s" % (name, v))
        elif "\n" in v:
            lines.append("%s = (" % name)
            lines += ["    %s" % json.dumps(ln + "\n") for ln in v.rstrip("\n").split("\n")]
            lines.append(")")
        elif i == c.si and c.label == "pos" and c.needle_raw == c.secret and g.p(0.5) and split_points(g, v):
            parts = split_points(g, v)
            lines.append("%s = (" % name)
            lines += ["    %s" % json.dumps(p) for p in parts]
            lines.append(")")
            needle, split = json.dumps(parts[0])[1:-1], True
        elif i == c.si and c.needle_raw != c.secret and c.needle_raw and c.needle_raw in v:
            a, b = v.split(c.needle_raw, 1)
            lines.append("%s = (" % name)
            lines += ["    %s" % json.dumps(x) for x in (a, c.needle_raw, b) if x]
            lines.append(")")
        else:
            lines.append("%s = %s" % (name, json.dumps(v, ensure_ascii=False)))
    lines += ["", "", "def headers() -> dict[str, str]:", '    return {"User-Agent": "%s/1.0"}' % svc]
    return R(g.ch(["%s/settings.py" % svc.replace("-", "_"), "app/config.py", "src/%s/conf.py" % svc.replace("-", "_")]), "py", lines,
             needle=needle, split=split)


@layout("java_string_concat", "java")
def L_java_concat(g, c):
    svc = g.ch(SERVICES)
    org = g.ch(DOMAINS).split(".")[0].replace("-", "")
    cls = (c.secname("pascal") or "Service") + "Config"
    lines = ["package com.%s.%s.config;" % (org, svc.replace("-", "")), "", "import java.time.Duration;", "",
             "public final class %s {" % cls, "", "    private %s() {}" % cls, "",
             "    public static final Duration TIMEOUT = Duration.ofSeconds(%d);" % g.ri(5, 60)]
    needle, split = None, False
    for i, (w, v, f) in enumerate(c.fields):
        name = c.flat(i) if c.flat(i) else "VALUE"
        if f == "expr":
            lines.append("    public static final String %s = %s;" % (name, v))
        elif "\n" in v:
            ls = v.rstrip("\n").split("\n")
            lines.append("    public static final String %s =" % name)
            lines += ["            %s%s" % (cq(ln + "\n"), " +" if j < len(ls) - 1 else ";") for j, ln in enumerate(ls)]
        elif i == c.si and c.label == "pos" and c.needle_raw == c.secret and g.p(0.5) and split_points(g, v):
            parts = split_points(g, v)
            lines.append("    public static final String %s = %s +" % (name, cq(parts[0])))
            lines += ["            %s%s" % (cq(p), " +" if j < len(parts) - 2 else ";") for j, p in enumerate(parts[1:])]
            needle, split = cq(parts[0])[1:-1], True
        elif i == c.si and g.p(0.5) and c.provider not in DBS and c.needle_raw == c.secret:
            lines.append("    public static final String %s_HEADER = \"Bearer \" + %s;" % (name, cq(v)))
        else:
            lines.append("    public static final String %s = %s;" % (name, cq(v)))
    lines += ["}"]
    return R("src/main/java/com/%s/%s/config/%s.java" % (org, svc.replace("-", ""), cls), "java", lines, needle=needle, split=split)


@layout("js_concat_template", "js")
def L_js_concat(g, c):
    svc = g.ch(SERVICES)
    lines = ["'use strict';", "", "const axios = require('axios');", ""]
    needle, split = None, False
    for i, (w, v, f) in enumerate(c.fields):
        name = c.flat(i, "camel") if g.p(0.5) else c.flat(i)
        if f == "expr":
            lines.append("const %s = %s;" % (name, v))
        elif "\n" in v:
            ls = v.rstrip("\n").split("\n")
            lines.append("const %s = `%s" % (name, ls[0]))
            lines += ls[1:]
            lines.append("`;")
        elif i == c.si and c.label == "pos" and c.needle_raw == c.secret and g.p(0.4) and split_points(g, v):
            parts = split_points(g, v)
            lines.append("const %s = %s;" % (name, " + ".join(jsq(p) for p in parts)))
            needle, split = jsq(parts[0])[1:-1], True
        elif i == c.si and c.needle_raw == c.secret:
            lines.append("const %s = `%s`;" % (name, v.replace("\\", "\\\\").replace("`", "\\`").replace("${", "\\${")))
        else:
            lines.append("const %s = %s;" % (name, jsq(v)))
    lines += ["", "module.exports = axios.create({", "  baseURL: 'https://api.%s'," % g.ch(DOMAINS), "  timeout: %d," % (g.ri(2, 30) * 1000),
              "  headers: { 'User-Agent': '%s' }," % svc, "});"]
    return R(g.ch(["src/lib/%s.js" % (c.secname("kebab") or "client"), "server/config/%s.js" % svc, "lib/clients/%s.cjs" % svc]), "js", lines,
             needle=needle, split=split)


@layout("crlf_line_endings", "env")
def L_crlf(g, c):
    v = g.ch(["env", "ini", "cfg"])
    if v == "env" or c.ml():
        lines = ["# %s - local overrides (Windows dev box)" % g.ch(SERVICES)] + env_filler(g, 2) + env_lines(g, c) + env_filler(g, 2)
        path = g.ch([".env.local", "config\\.env".replace("\\", "/"), "deploy/windows/app.env"])
        ft = "env"
    else:
        lines = ["; generated by installer %d.%d" % (g.ri(1, 9), g.ri(0, 9)), "[General]", "InstallDir=C:\\Program Files\\%s" % g.ch(SERVICES).title(),
                 "LogDir=C:\\ProgramData\\%s\\logs" % g.ch(SERVICES), "", "[%s]" % (c.secname("pascal") or "Service")]
        lines += ["%s=%s" % (c.key(i, "pascal"), V(c, i)) for i in range(len(c.fields))]
        lines += ["", "[Updates]", "Channel=stable", "CheckIntervalHours=%d" % g.ri(6, 48)]
        path, ft = g.ch([("Config/settings.ini", "ini"), ("app.cfg", "ini"), ("conf/service.ini", "ini")])
    text = "\r\n".join(lines) + "\r\n"
    return R(path, ft, text)


@layout("tabs_trailing_whitespace", "env")
def L_tabs(g, c):
    if g.p(0.5) and not c.ml():
        svc = g.ch(SERVICES)
        rows = ["env\tservice\tkey\tvalue\tupdated_at\tupdated_by"]
        for _ in range(g.ri(4, 7)):
            rows.append("%s\t%s\t%s\t%s\t%s\t%s" % (g.ch(["prod", "staging"]), g.ch(SERVICES), g.ch(["LOG_LEVEL", "TIMEOUT_MS", "REGION", "FEATURE_X"]),
                                                  g.ch(["info", "3000", g.ch(REGIONS), "true"]), g.date(), g.ch(PEOPLE) + "@" + g.ch(DOMAINS)))
        for i in range(len(c.fields)):
            rows.insert(g.ri(1, len(rows)), "%s\t%s\t%s\t%s\t%s\t%s" % ("prod", svc, c.flat(i), V(c, i), g.date(), g.ch(PEOPLE) + "@" + g.ch(DOMAINS)))
        return R(g.ch(["exports/config-%s.tsv" % g.date(), "ops/settings.tsv"]), "tsv", [r + g.ch(["", "", " ", "\t", "  "]) for r in rows])
    lines = ["#\tvariable\t\tvalue   "]
    for ln in env_filler(g, 2) + env_lines(g, c) + env_filler(g, 2):
        k, _, v = ln.partition("=")
        lines.append("%s\t=\t%s%s" % (k, v, g.ch(["", "   ", "\t", " \t ", "    "])) if "\n" not in v else ln)
    return R(g.ch(["config/app.conf", "etc/%s.conf" % g.ch(SERVICES)]), "conf", lines)


@layout("very_long_line", "json")
def L_long(g, c):
    rows = []
    n = 0
    while len(json.dumps(rows)) < g.ri(10500, 16000):
        n += 1
        rows.append({"id": g.ri(1000, 99999), "key": g.ch(["feature", "limits", "ui", "billing", "search"]) + "." + g.ch(["enabled", "max_items", "theme", "currency", "boost"]),
                     "value": g.ch([str(g.ri(1, 500)), "true", "false", "EUR", hexcol(g), lorem(g, g.ri(3, 9))]),
                     "updated_by": g.ch(PEOPLE) + "@" + g.ch(DOMAINS), "updated_at": g.ts(), "etag": "W/\"%s\"" % g.hexs(16)})
    mid = len(rows) // 2 + g.ri(-3, 3)
    for i in range(len(c.fields)):
        rows.insert(mid + i, {"id": g.ri(1000, 99999), "key": c.flat(i, "dot") or c.key(i, "dot"), "value": c.fields[i][1],
                              "updated_by": g.ch(PEOPLE) + "@" + g.ch(DOMAINS), "updated_at": g.ts(), "etag": "W/\"%s\"" % g.hexs(16)})
    lines = ["{", '  "model": "settings.%s",' % g.ch(["entry", "kv", "override"]), '  "exported_at": "%s",' % g.ts(),
             '  "count": %d,' % len(rows), '  "source": "%s",' % g.ch(SERVICES), '  "rows": %s' % json.dumps(rows, ensure_ascii=False, separators=(",", ":")), "}"]
    return R(g.ch(["fixtures/settings.json", "data/export-%s.json" % g.date(), "seed/settings_dump.json"]), "json", lines)


def access_line(g, path, status=200, ua=None, clock=None):
    ip = "%d.%d.%d.%d" % (g.ch([10, 172, 192]), g.ri(0, 255), g.ri(0, 255), g.ri(1, 254))
    if clock is None:
        clock = [g.ri(1, 28), g.ch(["Jan", "Mar", "May", "Aug", "Oct"]), g.ri(23, 25), g.ri(0, 80000)]
    clock[3] = min(clock[3] + g.ri(0, 40), 86399)
    sec = clock[3]
    return '%s - - [%02d/%s/20%02d:%02d:%02d:%02d +0000] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (
        ip, clock[0], clock[1], clock[2], sec // 3600, sec // 60 % 60, sec % 60, path, status,
        g.ri(200, 90000), ua or g.ch(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36", "python-requests/2.31.0", "curl/8.4.0", "Go-http-client/2.0"]),
        g.r.random())


@layout("url_encoded_query", "url", ml=False)
def L_url_query(g, c):
    lines = []
    clock = [g.ri(1, 28), g.ch(["Jan", "Mar", "May", "Aug", "Oct"]), g.ri(23, 25), g.ri(0, 80000)]
    for _ in range(g.ri(4, 8)):
        lines.append(access_line(g, clock=clock, path=g.ch(["/static/css/main.%s.css" % g.hexs(8), "/assets/index-%s.js?v=%s" % (g.hexs(8), g.hexs(10)),
                                           "/api/health?_=%d" % g.ri(1700000000000, 1760000000000), "/favicon.ico",
                                           "/fonts/inter-var.woff2?v=%s" % g.hexs(12), "/api/v1/items?page=%d&per_page=50" % g.ri(1, 40)])))
    params = [("format", g.ch(["csv", "json"])), ("since", g.date())]
    for i in range(len(c.fields)):
        params.insert(1, (c.key(i, "snake"), c.fields[i][1]))
    q = "&".join("%s=%s" % (k, quote(v, safe="")) for k, v in params)
    pth = g.ch(["/v1/export", "/internal/sync", "/api/reports/download", "/maps/api/geocode/json"])
    k = g.ri(1, len(lines))
    cl = [clock[0], clock[1], clock[2], int(lines[k - 1].split("[")[1][12:14]) * 3600 + int(lines[k - 1].split("[")[1][15:17]) * 60 + int(lines[k - 1].split("[")[1][18:20])]
    lines.insert(k, access_line(g, pth + "?" + q, ua="python-requests/2.31.0", clock=cl))
    return R(g.ch(["logs/access.log", "var/log/nginx/access.log.1", "debug/alb-access.log"]), "log", lines)


@layout("form_urlencoded_log", "log", ml=False)
def L_form_log(g, c):
    svc = g.ch(SERVICES)
    body = [("grant_type", "client_credentials")]
    for i in range(len(c.fields)):
        body.append((c.key(i, "snake"), c.fields[i][1]))
    body.append(("scope", g.ch(["https://graph.microsoft.com/.default", "read:orders write:refunds", "api"])))
    b = "&".join("%s=%s" % (k, quote_plus(v)) for k, v in body)
    t = g.ts()
    rid = g.uuid()
    lines = ["%s INFO  [%s] starting token refresh worker pid=%d" % (t, svc, g.ri(1000, 65000)),
             "%s DEBUG [%s] request_id=%s POST https://login.%s/oauth2/v2.0/token" % (t, svc, rid, g.ch(DOMAINS)),
             "%s DEBUG [%s] request_id=%s headers={'Content-Type': 'application/x-www-form-urlencoded', 'Content-Length': '%d'}" % (t, svc, rid, len(b)),
             "%s DEBUG [%s] request_id=%s body=%s" % (t, svc, rid, b),
             "%s DEBUG [%s] request_id=%s response status=200 elapsed_ms=%d trace_id=%s" % (t, svc, rid, g.ri(20, 900), g.hexs(32)),
             "%s INFO  [%s] token cached ttl=3599s" % (t, svc)]
    return R(g.ch(["logs/%s-debug.log" % svc, "tmp/http-trace.log", "debug.log"]), "log", lines)


def registry_for(g, c):
    return {"gitlab": "registry.gitlab.com", "github": "ghcr.io", "dockerhub": "https://index.docker.io/v1/"}.get(
        c.provider, "registry.%s" % g.ch(DOMAINS))


def basic_user(g, c):
    p = c.provider
    if p == "twilio":
        return field_val(c, ["account", "sid"]) or "AC" + g.hexs(32)
    if p == "sendgrid":
        return "apikey"
    if p == "gitlab":
        return g.ch(["gitlab-ci-token", "oauth2", "deploy-token-%d" % g.ri(10, 999)])
    return c.ctx.get("user") or field_val(c, ["username"]) or field_val(c, ["user"]) or g.ch(PEOPLE).replace(".", "") + g.ch(["", "-ci", "bot"])


def basic_secret(c):
    return c.ctx.get("pw") if c.provider in DBS and c.kind == "connection_url" else c.secret


@layout("docker_config_auths", "json", ml=False)
def L_docker_auths(g, c):
    reg = registry_for(g, c)
    d = {"auths": {}}
    needle = None
    nk = None
    if c.label == "pos":
        blob = base64.b64encode(("%s:%s" % (basic_user(g, c), basic_secret(c))).encode()).decode()
        d["auths"][reg] = {"auth": blob}
        needle = blob
    else:
        v = c.secret
        nk = None
        if g.p(0.35):
            d["auths"][reg] = {}
            d["credHelpers"] = {"%s.dkr.ecr.%s.amazonaws.com" % (g.digits(12), g.ch(REGIONS)): "ecr-login", "gcr.io": "gcloud"}
            d["credsStore"] = g.ch(["desktop", "osxkeychain", "pass"])
            nk = "docker_creds_store"
        else:
            d["auths"][reg] = {"auth": v}
    if g.p(0.5):
        d["auths"]["https://index.docker.io/v1/" if reg != "https://index.docker.io/v1/" else "quay.io"] = {}
    d["HttpHeaders"] = {"User-Agent": "Docker-Client/%d.0.%d (linux)" % (g.ri(20, 27), g.ri(0, 9))}
    if g.p(0.4):
        d["currentContext"] = g.ch(["default", "desktop-linux", "colima"])
    out = R(g.ch([".docker/config.json", "ci/docker/config.json", "deploy/dockercfg.json"]), "json", json.dumps(d, indent=g.ch([1, 2, 4, "\t"])), needle=needle)
    if c.label == "neg" and nk:
        out["neg_kind"] = nk
    return out


@layout("k8s_secret_base64", "helm")
def L_k8s_secret(g, c):
    svc = g.ch(SERVICES)
    head = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-%s" % (svc, g.ch(["credentials", "secrets", "env"])),
            "  namespace: %s" % g.ch(["prod", "payments", "apps"]), "  labels:", "    app.kubernetes.io/part-of: %s" % svc]
    needle = None
    b64 = lambda s: base64.b64encode(s.encode()).decode()
    if c.label == "pos" and not c.ml() and g.p(0.4) and c.provider in ("github", "gitlab", "dockerhub", "generic", "npm"):
        reg = registry_for(g, c)
        u = basic_user(g, c)
        inner = json.dumps({"auths": {reg: {"username": u, "password": basic_secret(c), "auth": b64("%s:%s" % (u, basic_secret(c)))}}}, separators=(",", ":"))
        needle = b64(inner)
        lines = head + ["type: kubernetes.io/dockerconfigjson", "data:", "  .dockerconfigjson: " + needle]
        return R("k8s/%s/regcred.yaml" % svc, "yaml", lines, needle=needle)
    if c.label == "neg" and c.neg_kind and c.neg_kind.startswith("ciphertext"):
        lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-credentials" % svc,
                 "  namespace: prod", "spec:", "  encryptedData:"]
        for i in range(len(c.fields)):
            lines.append("    %s: %s" % (c.flat(i), "AgB" + g.b64(g.ri(200, 380))[3:]))
        lines += ["  template:", "    metadata:", "      name: %s-credentials" % svc, "    type: Opaque"]
        return R("k8s/%s/sealed-secret.yaml" % svc, "yaml", lines)
    lines = head + ["type: Opaque", "data:"]
    for i, (w, v, f) in enumerate(c.fields):
        if f in ("ref", "expr"):
            lines.append("  %s: {{ %s | b64enc | quote }}" % (c.flat(i), ".Values.%s.%s" % (c.secname("camel") or "app", c.key(i, "camel"))))
        else:
            lines.append("  %s: %s" % (c.flat(i) if g.p(0.7) else c.key(i, "kebab"), b64(v)))
            if i == c.si:
                needle = b64(v)
    return R(g.ch(["k8s/%s/secret.yaml" % svc, "charts/%s/templates/secret.yaml" % svc, "manifests/%s-secret.yml" % svc]), "yaml", lines,
             needle=needle if c.label == "pos" else None)


@layout("http_basic_auth", "http", ml=False)
def L_http_basic(g, c):
    host = "api.%s" % g.ch(DOMAINS)
    if c.provider == "twilio":
        host = "api.twilio.com"
    elif c.provider == "stripe":
        host = "api.stripe.com"
    needle = None
    if c.label == "pos":
        blob = base64.b64encode(("%s:%s" % (basic_user(g, c), basic_secret(c))).encode()).decode()
        auth = "Basic " + blob
        needle = blob
    else:
        v = c.secret
        auth = g.ch(["Basic {{basicAuth}}", "Basic %s %s" % (basic_user(g, c), v), "Bearer %s" % v])
    lines = ["@host = https://%s" % host, "@contentType = application/json", "", "### List recent %s" % g.ch(["orders", "messages", "refunds", "events"]),
             "GET {{host}}/v1/%s?limit=%d&created[gte]=%d" % (g.ch(["orders", "messages", "events"]), g.ri(10, 100), g.ri(1700000000, 1750000000)),
             "Authorization: %s" % auth, "Accept: {{contentType}}", "", "### Create export",
             "POST {{host}}/v1/exports", "Authorization: %s" % auth, "Content-Type: {{contentType}}", "Idempotency-Key: %s" % g.uuid(), "",
             "{", '  "format": "csv",', '  "since": "%s"' % g.date(), "}"]
    return R(g.ch(["api.http", "requests/%s.http" % g.ch(SERVICES), "docs/rest/%s.rest" % g.ch(SERVICES)]), "http", lines, needle=needle)


def html_page(g, title, body_lines, head_extra=()):
    nonce = g.b64(16)
    v = g.hexs(10)
    lines = ["<!doctype html>", '<html lang="%s">' % g.ch(["en", "de", "fr"]), "<head>", '  <meta charset="utf-8">',
             '  <meta name="viewport" content="width=device-width, initial-scale=1">',
             '  <meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'nonce-%s\'; img-src \'self\' data:">' % nonce,
             "  <title>%s</title>" % html.escape(title), '  <link rel="icon" type="image/png" href="data:image/png;base64,%s">' % png_b64(g, g.ri(40, 120)),
             '  <link rel="stylesheet" href="/assets/app.%s.css?v=%s" integrity="%s" crossorigin="anonymous">' % (g.hexs(8), v, sri(g)),
             '  <script src="https://cdn.jsdelivr.net/npm/%s@%d.%d.%d/dist/%s.min.js" integrity="%s" crossorigin="anonymous"></script>' % (
                 g.ch(["alpinejs", "htmx.org", "chart.js"]), g.ri(1, 4), g.ri(0, 12), g.ri(0, 9), g.ch(["cdn", "index", "bundle"]), sri(g)),
             "  <style>:root{--brand:%s;--accent:%s}@font-face{font-family:Inter;src:url(data:font/woff2;base64,%s) format('woff2')}</style>" % (hexcol(g), hexcol(g), woff2_b64(g, g.ri(60, 200))),
             ] + list(head_extra) + ["</head>", "<body>"]
    lines += body_lines
    lines += ['  <script nonce="%s" src="/assets/index-%s.js" type="module"></script>' % (nonce, g.hexs(8)), "</body>", "</html>"]
    return lines


@layout("html_attribute_entities", "html", ml=False)
def L_html(g, c):
    svc = g.ch(SERVICES)
    v = g.ch(["data", "meta", "input"])
    if v == "data":
        cfg = doc_of(c, "camel", nest=False)
        cfg["locale"] = g.ch(["en-US", "de-DE", "fr-FR"])
        body = ['  <div id="root" data-env="production" data-config="%s"></div>' % html.escape(json.dumps(cfg, ensure_ascii=False), quote=True)]
    elif v == "meta":
        head = ["  <!-- injected by server at render time -->"] + ['  <meta name="%s" content="%s">' % (c.flat(i, "kebab"), V(c, i, xmlq)) for i in range(len(c.fields))]
        return R(g.ch(["public/index.html", "templates/%s.html" % svc, "dist/index.html"]), "html", html_page(g, svc.title(), ['  <div id="app"></div>'], head))
    else:
        body = ['  <form method="post" action="/%s/connect" class="settings-form">' % svc]
        body += ['    <input type="hidden" name="%s" value="%s">' % (c.key(i, "snake"), V(c, i, xmlq)) for i in range(len(c.fields))]
        body += ['    <button type="submit">%s</button>' % html.escape(g.ch(I18N)), "  </form>"]
    return R(g.ch(["public/index.html", "templates/%s.html" % svc, "dist/index.html"]), "html", html_page(g, svc.title(), body))


@layout("xml_cdata", "xml")
def L_xml_cdata(g, c):
    svc = g.ch(SERVICES)
    if c.ml():
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<beans xmlns="http://www.springframework.org/schema/beans"',
                 '       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
                 '       xsi:schemaLocation="http://www.springframework.org/schema/beans https://www.springframework.org/schema/beans/spring-beans.xsd">',
                 "", '  <bean id="%sSigner" class="com.%s.security.PemSigner">' % (svc.replace("-", ""), g.ch(DOMAINS).split(".")[0].replace("-", "")),
                 '    <property name="algorithm" value="%s"/>' % g.ch(["RS256", "ES256", "EdDSA"]), '    <property name="privateKey">',
                 "      <value><![CDATA[" + c.secret.rstrip("\n").split("\n")[0]]
        lines += c.secret.rstrip("\n").split("\n")[1:]
        lines[-1] += "]]></value>"
        lines += ["    </property>", "  </bean>", "</beans>"]
        return R("src/main/resources/%s-context.xml" % svc, "xml", lines)
    cref = Cred(c.provider, c.kind, c.sec, c.prefix, [list(f) for f in c.fields], c.si)
    cref.ctx = dict(c.ctx)
    cref.fields[c.si] = [list(c.fields[c.si][0]), "${%s}" % c.flat(c.si), "ref"]
    cmd = ["#!/bin/bash", "set -euo pipefail"] + env_lines(g, c, q=shq, export=True) + [" ".join(cli_parts(g, cref, sh_dq)) + " >/dev/null"]
    lines = ["<?xml version='1.1' encoding='UTF-8'?>", "<project>", "  <description>%s export (nightly)</description>" % svc,
             "  <keepDependencies>false</keepDependencies>", "  <properties/>",
             '  <scm class="hudson.plugins.git.GitSCM" plugin="git@5.%d.%d">' % (g.ri(0, 4), g.ri(0, 9)), "    <configVersion>2</configVersion>",
             "    <branches><hudson.plugins.git.BranchSpec><name>*/main</name></hudson.plugins.git.BranchSpec></branches>", "  </scm>",
             "  <triggers><hudson.triggers.TimerTrigger><spec>H %d * * *</spec></hudson.triggers.TimerTrigger></triggers>" % g.ri(0, 6),
             "  <builders>", "    <hudson.tasks.Shell>", "      <command><![CDATA[" + cmd[0]] + cmd[1:-1] + [cmd[-1] + "]]></command>",
             "    </hudson.tasks.Shell>", "  </builders>", "  <publishers/>", "</project>"]
    return R("jenkins/jobs/%s/config.xml" % svc, "xml", lines)


@layout("xml_attribute", "xml", ml=False)
def L_xml_attr(g, c):
    if c.provider in ("github", "gitlab", "npm") and g.p(0.7):
        src = {"github": "github", "gitlab": "gitlab", "npm": "internal"}[c.provider]
        lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <packageSources>", "    <clear />",
                 '    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />',
                 '    <add key="%s" value="https://%s/index.json" />' % (src, "nuget.pkg.github.com/" + g.ch(PEOPLE).split(".")[0] if src == "github" else "gitlab.%s/api/v4/projects/%s/packages/nuget" % (g.ch(DOMAINS), g.digits(5))),
                 "  </packageSources>", "  <packageSourceCredentials>", "    <%s>" % src,
                 '      <add key="Username" value="%s" />' % basic_user(g, c), '      <add key="ClearTextPassword" value="%s" />' % V(c, c.si, xmlq),
                 "    </%s>" % src, "  </packageSourceCredentials>", "</configuration>"]
        return R("NuGet.config", "xml", lines)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>",
             '    <add key="Environment" value="Production" />', '    <add key="CacheMinutes" value="%d" />' % g.ri(5, 120)]
    conn = None
    for i in range(len(c.fields)):
        if c.provider in ("mssql",) and i == c.si:
            conn = '    <add name="DefaultConnection" connectionString="%s" providerName="System.Data.SqlClient" />' % V(c, i, xmlq)
        else:
            lines.append('    <add key="%s" value="%s" />' % (c.flat(i, "pascal") or c.key(i, "pascal"), V(c, i, xmlq)))
    lines.append("  </appSettings>")
    if conn:
        lines += ["  <connectionStrings>", conn, "  </connectionStrings>"]
    lines += ["  <system.web>", '    <compilation debug="false" targetFramework="4.8" />', '    <httpRuntime targetFramework="4.8" maxRequestLength="%d" />' % (g.ri(4, 50) * 1024),
              "  </system.web>", "</configuration>"]
    return R(g.ch(["Web.config", "src/%s/App.config" % g.ch(SERVICES).title().replace("-", ""), "Web.Release.config"]), "xml", lines)


@layout("csv_quoted_fields", "csv")
def L_csv(g, c):
    rows = ["id,name,environment,config,created_at,owner"]
    def row(name, cfg):
        return "%d,%s,%s,%s,%s,%s" % (g.ri(1, 999), csvq(name), g.ch(["production", "staging"]), csvq(json.dumps(cfg, ensure_ascii=False)),
                                      g.ts(), csvq("%s, %s" % (g.ch(["Kowalski", "Nguyen", "Schmidt", "Okafor", "Silva"]), g.ch(NAMES))))
    others = [row("Webhooks, retries", {"max_attempts": g.ri(3, 10), "backoff": "exponential"}),
              row("Theme", {"primary": hexcol(g), "secondary": hexcol(g)}),
              row("Search, EU", {"index": "products_eu", "replicas": g.ri(1, 3), "etag": g.hexs(32)})]
    mine = row("%s, %s" % ((c.secname("snake") or "integration").replace("_", " ").title(), g.ch(["live", "prod", "primary"])), doc_of(c, "snake", nest=False))
    others.insert(g.ri(0, len(others)), mine)
    return R(g.ch(["exports/integrations.csv", "data/seed/integrations.csv", "backups/settings-%s.csv" % g.date()]), "csv", rows + others)


@layout("markdown_table", "md", ml=False)
def L_md_table(g, c):
    svc = g.ch(SERVICES)
    lines = ["# %s — environment variables" % svc, "", "Values for **production** live in the table below; staging uses the same keys.", "",
             "| Variable | Value | Notes |", "|----------|-------|-------|",
             "| `APP_ENV` | `production` | |", "| `API_BASE_URL` | `https://api.%s` | public |" % g.ch(DOMAINS)]
    for i in range(len(c.fields)):
        lines.append("| `%s` | `%s` | %s |" % (c.flat(i), V(c, i, mdq), g.ch(["", "rotated %s" % g.date(), "ask #platform", "see runbook"])))
    lines += ["| `LOG_LEVEL` | `info` | |", "", "> Ping @%s before changing anything here." % g.ch(PEOPLE).split(".")[0]]
    return R(g.ch(["docs/environments.md", "ops/%s.md" % svc, "wiki/Config.md"]), "md", lines)


@layout("markdown_code_fence", "md")
def L_md_fence(g, c):
    svc = g.ch(SERVICES)
    lines = ["# %s" % svc, "", lorem(g, 14).capitalize() + ".", "", "## Local setup", "", "1. Install dependencies with `make deps`.",
             "2. Export the credentials:", ""]
    v = g.ch(["bash", "py", "yaml"])
    if c.ml():
        lines += ["```bash", "cat > ~/.ssh/%s_deploy <<'EOF'" % svc.replace("-", "_")] + c.secret.rstrip("\n").split("\n") + ["EOF", "```"]
    elif v == "bash":
        lines += ["```bash"] + env_lines(g, c, q=shq, export=True) + ["```"]
    elif v == "py":
        lines += ["```python"] + ['%s = "%s"' % (c.key(i), c.fields[i][1].replace("\\", "\\\\").replace('"', '\\"')) for i in range(len(c.fields))] + ["```"]
    else:
        lines += ["```yaml", "%s:" % (c.secname("snake") or "app")] + ["  %s: %s" % (c.key(i), V(c, i, yq)) for i in range(len(c.fields))] + ["```"]
    lines += ["", "3. Run `make dev` and open http://localhost:%d" % g.ri(3000, 9000), "", "## Troubleshooting", "", "- " + lorem(g, 10)]
    return R(g.ch(["README.md", "docs/setup.md", "CONTRIBUTING.md"]), "md", lines)


def inner_cfg_lines(g, c, fmt):
    if fmt == "env":
        return env_lines(g, c)
    if fmt == "yaml":
        out = ["%s:" % (c.secname("snake") or "app")]
        for i, (w, v, f) in enumerate(c.fields):
            if "\n" in v:
                out.append("  %s: |" % c.key(i))
                out += ["    " + ln for ln in v.rstrip("\n").split("\n")]
            else:
                out.append("  %s: %s" % (c.key(i), V(c, i, yq)))
        return out
    d = doc_of(c, "camel")
    return json.dumps(d, indent=2).split("\n")


def older_lookalike(g, c, fmt):
    cc = Cred(c.provider, c.kind, c.sec, c.prefix, [list(x) for x in c.fields], c.si)
    r, fl = ref_for(g, "env" if fmt == "env" else "yaml", c)
    cc.fields[c.si] = [list(c.fields[c.si][0]), r, "ref"]
    return cc


@layout("unified_diff", "env")
def L_diff(g, c):
    fmt = "yaml" if c.ml() else g.ch(["env", "yaml", "json"])
    path = {"env": ".env.production", "yaml": "config/settings.yml", "json": "config/production.json"}[fmt]
    new = inner_cfg_lines(g, c, fmt)
    old = inner_cfg_lines(g, older_lookalike(g, c, fmt), fmt)
    ctx_before = {"env": ["# managed by ops", "NODE_ENV=production", "PORT=8080"], "yaml": ["logging:", "  level: info", ""], "json": []}[fmt]
    ctx_after = {"env": ["LOG_LEVEL=info"], "yaml": ["cache:", "  ttl: %d" % g.ri(30, 900)], "json": []}[fmt]
    body = [" " + ln for ln in ctx_before]
    if fmt == "json":
        body += ["-" + ln for ln in old] + ["+" + ln for ln in new]
    else:
        j = 0
        while j < len(new) and j < len(old) and new[j] == old[j]:
            body.append(" " + new[j])
            j += 1
        body += ["-" + ln for ln in old[j:]] + ["+" + ln for ln in new[j:]]
    body += [" " + ln for ln in ctx_after]
    adds = sum(1 for b in body if b.startswith("+"))
    dels = sum(1 for b in body if b.startswith("-"))
    a, b = g.hexs(7), g.hexs(7)
    hs = 1 if fmt != "yaml" else g.ri(1, 30)
    who = g.ch(NAMES)
    head = ["From %s Mon Sep 17 00:00:00 2001" % g.hexs(40), "From: %s %s <%s@%s>" % (who, g.ch(["Nowak", "Berg", "Yilmaz", "Costa", "Lindqvist"]), who.lower(), g.ch(DOMAINS)),
            "Date: %s" % g.ch(["Tue, 12 Mar 2024 10:14:03 +0100", "Fri, 4 Oct 2024 17:40:51 +0200", "Mon, 13 Jan 2025 09:02:11 +0000"]),
            "Subject: [PATCH] %s" % g.ch(["wire up production credentials", "switch to new key", "fix config for prod", "rotate credentials"]),
            "", "---", " %s | %d %s" % (path, adds + dels, "+" * adds + "-" * dels), " 1 file changed, %d insertions(+), %d deletions(-)" % (adds, dels), "",
            "diff --git a/%s b/%s" % (path, path), "index %s..%s 100644" % (a, b), "--- a/%s" % path, "+++ b/%s" % path,
            "@@ -%d,%d +%d,%d @@%s" % (hs, len(body) - adds, hs, len(body) - dels, "" if fmt != "yaml" else " " + g.ch(["logging:", "server:", ""]))]
    return R(g.ch(["patches/0001-%s.patch" % g.ch(["prod-config", "rotate-keys", "wire-credentials"]), "changes.diff", "tmp/review.patch"]),
             "diff", head + body + ["-- ", "2.%d.%d" % (g.ri(39, 47), g.ri(0, 3))])


@layout("merge_conflict_markers", "env")
def L_conflict(g, c):
    fmt = "yaml" if c.ml() else g.ch(["env", "yaml", "json"])
    ours = inner_cfg_lines(g, c, fmt)
    theirs = inner_cfg_lines(g, older_lookalike(g, c, fmt), fmt)
    if g.p(0.5):
        ours, theirs = theirs, ours
    br = g.ch(["feature/payments-refactor", "hotfix/rotate-key", "main", "release/2024.%d" % g.ri(1, 12)])
    pre = {"env": ["NODE_ENV=production", "PORT=8080"], "yaml": ["server:", "  port: 8080"], "json": []}[fmt]
    lines = pre + ["<<<<<<< HEAD"] + ours + ["======="] + theirs + [">>>>>>> %s" % br]
    lines += {"env": ["LOG_LEVEL=info"], "yaml": ["logging:", "  level: info"], "json": []}[fmt]
    path = {"env": ".env.example" if g.p(0.2) else ".env.production", "yaml": "config/settings.yml", "json": "config/default.json"}[fmt]
    return R(path, {"env": "env", "yaml": "yaml", "json": "json"}[fmt], lines)


@layout("jupyter_notebook", "py")
def L_ipynb(g, c):
    src = ["import os\n"]
    if c.provider == "openai":
        src += ["from openai import OpenAI\n", "\n"]
    for i, (w, v, f) in enumerate(c.fields):
        if f == "expr":
            src.append("%s = %s\n" % (c.flat(i), v))
        elif "\n" in v:
            ls = v.rstrip("\n").split("\n")
            src.append('%s = """%s\n' % (c.flat(i), ls[0]))
            src += [ln + "\n" for ln in ls[1:-1]]
            src.append(ls[-1] + '\n"""\n')
        else:
            src.append("%s = %s\n" % (c.flat(i), json.dumps(v)))
    if c.provider == "openai":
        src += ["client = OpenAI(api_key=%s)\n" % c.flat(c.si)]
    src[-1] = src[-1].rstrip("\n")
    cells = [{"cell_type": "markdown", "id": g.hexs(8), "metadata": {}, "source": ["# %s exploration\n" % g.ch(["Churn", "Embedding", "Pricing", "Fraud"]), "\n", lorem(g, 10)]},
             {"cell_type": "code", "execution_count": g.ri(1, 9), "id": g.hexs(8), "metadata": {}, "outputs": [], "source": src},
             {"cell_type": "code", "execution_count": g.ri(10, 40), "id": g.hexs(8), "metadata": {},
              "outputs": [{"data": {"image/png": png_b64(g, g.ri(300, 900)), "text/plain": ["<Figure size 640x480 with 1 Axes>"]},
                           "metadata": {}, "output_type": "display_data"}],
              "source": ["import matplotlib.pyplot as plt\n", "df.plot(x=\"day\", y=\"revenue\")\n", "plt.show()"]}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.%d" % g.ri(0, 9)}}, "nbformat": 4, "nbformat_minor": 5}
    return R(g.ch(["notebooks/%s.ipynb" % g.ch(["exploration", "eval", "scratch", "prototype"]), "analysis/Untitled.ipynb"]), "ipynb", json.dumps(nb, indent=1, ensure_ascii=False))


@layout("utf8_bom", "json")
def L_bom(g, c):
    if g.p(0.4) and not c.ml():
        lines = env_lines(g, c) + env_filler(g, 4) + ["# %s" % g.ch(["local only", "copied from 1Password", "do not share"])]
        lines[0] = "\ufeff" + lines[0]
        return R(g.ch([".env", "config/.env.local"]), "env", lines)
    d = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*"}
    if c.provider == "mssql":
        d["ConnectionStrings"] = {"DefaultConnection": c.secret}
        rest = {c.key(i, "pascal"): c.fields[i][1] for i in range(len(c.fields)) if i != c.si}
        if rest:
            d["Database"] = rest
    else:
        d[c.secname("pascal") or "Integration"] = {c.key(i, "pascal"): c.fields[i][1] for i in range(len(c.fields))}
    d["Kestrel"] = {"Endpoints": {"Http": {"Url": "http://0.0.0.0:%d" % g.ri(5000, 8080)}}}
    return R(g.ch(["appsettings.Production.json", "src/%s.Api/appsettings.json" % g.ch(SERVICES).title().replace("-", "")]), "json",
             "\ufeff" + json.dumps(d, indent=2, ensure_ascii=False) + "\n")


NONASCII = {
    "zh": {"comment": ["# 支付服务配置，请勿提交到仓库", "# 数据库连接信息", "# 以下为生产环境参数"], "keys": {"password": "密码", "secret": "密钥", "key": "密钥", "token": "令牌", "host": "主机", "user": "用户"}},
    "ru": {"comment": ["# Настройки платёжного шлюза — не коммитить!", "# Ключ API для интеграции", "# Параметры подключения к базе"], "keys": {"password": "пароль", "token": "токен", "key": "ключ", "host": "хост", "user": "пользователь"}},
    "ar": {"comment": ["# إعدادات بوابة الدفع", "# مفتاح الواجهة البرمجية — لا تشاركه", "# معلومات الاتصال بقاعدة البيانات"], "keys": {"password": "كلمة_المرور", "key": "المفتاح", "token": "الرمز", "host": "المضيف"}},
}


@layout("non_ascii_surroundings", "yaml")
def L_nonascii(g, c):
    lang = g.ch(list(NONASCII))
    L = NONASCII[lang]
    svc = g.ch(SERVICES)
    fmt = "env" if (g.p(0.35) and not c.ml()) else "yaml"
    lines = [g.ch(L["comment"]), "# %s" % g.ch(I18N)]
    if fmt == "env":
        lines += env_filler(g, 2)
        for i in range(len(c.fields)):
            lines.append("# " + g.ch(L["comment"])[2:])
            lines.append("%s=%s" % (c.flat(i), V(c, i, envq)))
        return R(g.ch([".env", "config/%s.env" % svc]), "env", lines)
    lines += ["服务名称: %s" % svc if lang == "zh" else "название_сервиса: %s" % svc if lang == "ru" else "اسم_الخدمة: %s" % svc,
              "%s:" % (c.secname("snake") or "app")]
    for i, (w, v, f) in enumerate(c.fields):
        k = L["keys"].get(w[-1], c.key(i)) if g.p(0.6) else c.key(i)
        if "\n" in v:
            lines.append("  %s: |" % k)
            lines += ["    " + ln for ln in v.rstrip("\n").split("\n")]
        else:
            lines.append("  %s: %s   # %s" % (k, V(c, i, yq), g.ch(L["comment"])[2:]) if g.p(0.3) else "  %s: %s" % (k, V(c, i, yq)))
    lines += ["提示: \"%s\"" % g.ch(I18N) if lang == "zh" else "сообщение: \"%s\"" % g.ch(I18N)]
    return R(g.ch(["config/%s.yml" % svc, "配置/settings.yaml" if lang == "zh" else "config/settings.yaml"]), "yaml", lines)


def bat_unq(v, ref=False):
    if ref:
        return v
    out = v.replace("%", "%%")
    for ch in "^&|<>":
        out = out.replace(ch, "^" + ch) if ch != "^" else out.replace("^", "^^")
    return out


@layout("windows_batch", "bat", ml=False)
def L_bat(g, c):
    svc = g.ch(SERVICES)
    lines = ["@echo off", "setlocal EnableExtensions", "rem ---- %s deploy helper ----" % svc, 'set "APP_ENV=production"',
             'set "ROOT=%~dp0.."']
    quoted = g.p(0.6)
    for i in range(len(c.fields)):
        if quoted:
            lines.append('set "%s=%s"' % (c.flat(i), V(c, i, batq)))
        else:
            lines.append("set %s=%s" % (c.flat(i), V(c, i, bat_unq)))
    N = c.flat(c.si)
    p = c.provider
    if p in DBS:
        if c.kind == "connection_url":
            tool = {"postgres": "psql.exe", "mysql": "mysql.exe", "mongodb": "mongosh.exe", "redis": "redis-cli.exe -u", "amqp": "rabbitmqadmin.exe --uri", "mssql": "sqlcmd.exe -S"}[p]
            lines += ["%s ^" % tool, '  "%%%s%%" ^' % N, "  -f migrations\\seed.sql"]
        elif p == "postgres":
            lines += ["set PGPASSWORD=%%%s%%" % N, '"C:\\Program Files\\PostgreSQL\\16\\bin\\psql.exe" ^', '  -h %s ^' % (field_val(c, ["host"]) or "localhost"),
                      "  -U %s ^" % (field_val(c, ["user"]) or "app"), "  -f migrations\\seed.sql"]
        else:
            tool = {"mysql": "mysql.exe", "mongodb": "mongosh.exe", "redis": "redis-cli.exe", "mssql": "sqlcmd.exe"}[p]
            lines += ["%s ^" % tool, "  -h %s ^" % (field_val(c, ["host"]) or "localhost"), "  -u %s ^" % (field_val(c, ["user"]) or "app"),
                      '  -p "%%%s%%" ^' % N, "  < migrations\\seed.sql"]
    else:
        url, hdr, tmpl = API.get(p, API["generic"])
        url = url.replace("%s", svc)
        lines += ["curl.exe -sS --fail ^", "  -X POST %s ^" % url.replace("%", "%%"), '  -H "%s: %s" ^' % (hdr, tmpl.format("%" + N + "%")), '  -H "Content-Type: application/json" ^',
                  '  -d @"%ROOT%\\payload.json"']
    lines += ["if errorlevel 1 (", "  echo deploy failed 1>&2", "  exit /b 1", ")", "endlocal"]
    return R(g.ch(["deploy.bat", "scripts\\publish.cmd".replace("\\", "/"), "tools/%s.bat" % svc]), "bat", "\r\n".join(lines) + "\r\n")


@layout("makefile_dollars", "make", ml=False)
def L_make(g, c):
    svc = g.ch(SERVICES)
    lines = ["# %s Makefile" % svc, "SHELL := /bin/bash", "APP := %s" % svc, "GIT_SHA := $(shell git rev-parse --short HEAD)", ""]
    op = g.ch([":=", "?=", "="])
    for i in range(len(c.fields)):
        lines.append("%s%s %s %s" % ("export " if g.p(0.3) else "", c.flat(i), op, V(c, i, makeq)))
    lines += ["", ".PHONY: build deploy smoke", "", "build:", "\tdocker build -t $(APP):$(GIT_SHA) .", "", "deploy: build",
              "\t@echo \"deploying $(APP)@$(GIT_SHA)\"", "\t@for f in k8s/*.yaml; do kubectl apply -f $$f; done",
              "\t@curl -sS -X POST -H \"Authorization: Bearer $(%s)\" https://api.%s/hooks/deploy -d sha=$(GIT_SHA)" % (c.flat(c.si), g.ch(DOMAINS)), "",
              "smoke:", "\t@./scripts/smoke.sh $(APP)"]
    return R(g.ch(["Makefile", "deploy/Makefile", "%s.mk" % svc]), "makefile", lines)


def dockq(v, ref=False):
    if ref:
        return v
    if re.fullmatch(r"[A-Za-z0-9_./:@%+=,~-]+", v):
        return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$") + '"'


@layout("dockerfile_arg_env", "docker", ml=False)
def L_docker(g, c):
    svc = g.ch(SERVICES)
    base = g.ch(["node:20-alpine", "python:3.12-slim", "eclipse-temurin:21-jre", "golang:1.22-bookworm"])
    lines = ["# syntax=docker/dockerfile:1.7", "FROM %s AS build" % base]
    if g.p(0.4):
        lines += ["ARG %s=%s" % (c.flat(c.si), V(c, c.si, dockq))]
        rest = [i for i in range(len(c.fields)) if i != c.si]
    else:
        rest = list(range(len(c.fields)))
    lines += ["WORKDIR /app", "COPY . .", "RUN make build", "", "FROM %s" % base, "LABEL org.opencontainers.image.revision=\"%s\"" % g.hexs(40)]
    envs = ["NODE_ENV=production", "PORT=8080"] + ["%s=%s" % (c.flat(i), V(c, i, dockq)) for i in rest] + ["LOG_LEVEL=info"]
    lines.append("ENV " + envs[0] + " \\")
    lines += ["    %s \\" % e for e in envs[1:-1]] + ["    %s" % envs[-1]]
    lines += ["COPY --from=build /app/dist /app", "USER 10001", "EXPOSE 8080", 'CMD ["/app/server"]']
    return R(g.ch(["Dockerfile", "docker/%s.Dockerfile" % svc, "services/%s/Dockerfile" % svc]), "dockerfile", lines)


@layout("helm_template_literal", "helm")
def L_helm(g, c):
    svc = g.ch(SERVICES)
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", '  name: {{ include "%s.fullname" . }}' % svc, "  labels:",
             '    {{- include "%s.labels" . | nindent 4 }}' % svc, "type: Opaque", "data:"]
    for i, (w, v, f) in enumerate(c.fields):
        if f in ("ref", "expr"):
            lines.append("  %s: %s" % (c.flat(i), v if v.startswith("{{") else "{{ %s | b64enc | quote }}" % json.dumps(v)))
        elif g.p(0.5):
            lines.append("  %s: {{ %s | b64enc | quote }}" % (c.flat(i), cq(v)))
        else:
            lines.append("  %s: {{ default %s .Values.%s.%s | b64enc | quote }}" % (c.flat(i), cq(v), c.secname("camel") or "app", c.key(i, "camel")))
    lines += ["  LOG_LEVEL: {{ .Values.logLevel | default \"info\" | b64enc | quote }}"]
    return R("charts/%s/templates/secret.yaml" % svc, "yaml", lines)


@layout("terraform_heredoc", "tfstr")
def L_tf(g, c):
    svc = g.ch(SERVICES).replace("-", "_")
    lines = ['terraform {', '  required_providers {', '    aws = { source = "hashicorp/aws", version = "~> 5.%d" }' % g.ri(0, 60), '  }', '}', "",
             'resource "aws_secretsmanager_secret" "%s" {' % svc, '  name = "prod/%s/config"' % svc, "}", ""]
    if c.ml():
        lines += ['resource "aws_secretsmanager_secret_version" "%s_key" {' % svc, "  secret_id     = aws_secretsmanager_secret.%s.id" % svc,
                  "  secret_string = <<-EOT"] + ["    " + ln for ln in c.secret.rstrip("\n").split("\n")] + ["  EOT", "}"]
    elif g.p(0.5):
        body = json.dumps(doc_of(c, "snake", nest=False), indent=2).split("\n")
        lines += ['resource "aws_secretsmanager_secret_version" "%s" {' % svc, "  secret_id     = aws_secretsmanager_secret.%s.id" % svc,
                  "  secret_string = <<EOF"] + body + ["EOF", "}"]
    else:
        lines += ['resource "aws_instance" "%s" {' % svc, '  ami           = "ami-%s"' % g.hexs(17), '  instance_type = "t3.%s"' % g.ch(["small", "medium", "large"]),
                  "  user_data = <<-EOT", "    #!/bin/bash", "    cat >> /etc/environment <<'ENV'"]
        lines += ["    %s=%s" % (c.flat(i), c.fields[i][1]) for i in range(len(c.fields))]
        lines += ["    ENV", "    systemctl restart %s" % svc.replace("_", "-"), "  EOT", "  tags = { Name = \"%s\" }" % svc, "}"]
    return R(g.ch(["infra/main.tf", "terraform/%s.tf" % svc, "modules/%s/main.tf" % svc]), "tf", lines)


@layout("sql_string_literal", "sqlx")
def L_sql(g, c):
    svc = g.ch(SERVICES)
    lines = ["-- %s: seed integration settings" % g.date(), "-- applied by flyway (V%d__seed_%s.sql)" % (g.ri(2, 80), svc.replace("-", "_")), "BEGIN;", ""]
    v = c.fields[c.si]
    if c.provider in DBS and c.kind == "password" and not is_expr(c, c.si) or (is_expr(c, c.si) and g.p(0.5)):
        user = field_val(c, ["user"]) or "app_rw"
        val = V(c, c.si, sqlq)
        lines += [g.ch(["ALTER ROLE %s WITH LOGIN PASSWORD %s;" % (user, val), "CREATE USER '%s'@'%%' IDENTIFIED BY %s;" % (user, val)]),
                  "GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO %s;" % user]
    elif is_expr(c, c.si):
        lines += ["UPDATE settings SET value = %s, updated_at = now() WHERE key = %s;" % (c.secret, sqlq(c.flat(c.si)))]
    else:
        cfg = json.dumps(doc_of(c, "snake", nest=False), ensure_ascii=False)
        lines += ["INSERT INTO integrations (id, provider, config, created_at)", "VALUES (%s, %s, %s::jsonb, now())" % (sqlq(g.uuid()), sqlq(c.secname("snake") or "vendor"), sqlq(cfg)),
                  "ON CONFLICT (provider) DO UPDATE SET config = EXCLUDED.config;"]
    lines += ["", "INSERT INTO feature_flags (name, enabled) VALUES ('new_checkout', %s), ('o''reilly_import', false);" % g.ch(["true", "false"]), "", "COMMIT;"]
    return R(g.ch(["db/migrations/V%d__seed_settings.sql" % g.ri(2, 80), "sql/seed.sql", "migrations/%s_integrations.sql" % g.date().replace("-", "")]), "sql", lines)


@layout("c_string_escapes", "c")
def L_c(g, c):
    svc = g.ch(SERVICES).replace("-", "_")
    G_ = svc.upper() + "_CONFIG_H"
    lines = ["/* config.h - generated by ./configure, do not edit */", "#ifndef %s" % G_, "#define %s" % G_, "",
             '#define APP_NAME "%s"' % svc, "#define APP_VERSION_MAJOR %d" % g.ri(0, 5), ""]
    for i, (w, v, f) in enumerate(c.fields):
        nm_ = c.flat(i)
        if f == "expr":
            lines.append("#define %s %s" % (nm_, v))
        elif "\n" in v:
            ls = v.rstrip("\n").split("\n")
            lines.append("static const char k%s[] =" % c.flat(i, "pascal"))
            lines += ["    %s%s" % (cq(ln + "\n"), ";" if j == len(ls) - 1 else "") for j, ln in enumerate(ls)]
        elif g.p(0.5):
            lines.append("#define %s %s" % (nm_, cq(v)))
        else:
            lines.append("static const char *const k%s = %s;" % (c.flat(i, "pascal"), cq(v)))
    lines += ["", "#endif /* %s */" % G_]
    return R(g.ch(["src/config.h", "include/%s/config.h" % svc, "firmware/%s_secrets.h" % svc]), "c", lines)


@layout("go_raw_string", "json")
def L_go(g, c):
    svc = g.ch(SERVICES).replace("-", "")
    lines = ["package config", "", "import (", '\t"encoding/json"', '\t"os"', ")", ""]
    if c.ml():
        lines += ["// signingKey is only used when SIGNING_KEY_FILE is unset.", "const signingKey = `" + c.secret.rstrip("\n").split("\n")[0]]
        lines += c.secret.rstrip("\n").split("\n")[1:]
        lines[-1] += "`"
    elif c.provider in DBS and c.kind == "connection_url" and g.p(0.6):
        lines += ["// DefaultDSN is used for local runs against the shared staging cluster.", "var DefaultDSN = `%s`" % c.secret]
    else:
        body = json.dumps(doc_of(c, "snake"), indent=2).split("\n")
        lines += ["// defaultConfig is used when CONFIG_PATH is not set.", "const defaultConfig = `"] + body + ["`"]
    lines += ["", "func Load() (map[string]any, error) {", '\tif p := os.Getenv("CONFIG_PATH"); p != "" {', "\t\tb, err := os.ReadFile(p)",
              "\t\tif err != nil {", "\t\t\treturn nil, err", "\t\t}", "\t\tvar m map[string]any", "\t\treturn m, json.Unmarshal(b, &m)", "\t}", "\treturn nil, nil", "}"]
    return R(g.ch(["internal/config/defaults.go", "pkg/%s/config.go" % svc, "cmd/%s/config.go" % svc]), "go", lines)


@layout("rust_raw_string", "toml")
def L_rust(g, c):
    lines = ["//! Built-in defaults, overridden by `config.toml` at runtime.", "", "pub const DEFAULT_CONFIG: &str = r#\"", "[%s]" % (c.secname("snake") or "service")]
    for i, (w, v, f) in enumerate(c.fields):
        if "\n" in v:
            lines.append("%s = '''" % c.key(i))
            lines += v.rstrip("\n").split("\n")
            lines.append("'''")
        else:
            lines.append("%s = %s" % (c.key(i), V(c, i, tomlq)))
    lines += ["timeout_secs = %d" % g.ri(5, 60), "\"#;", "", "pub fn load() -> toml::Table {", "    DEFAULT_CONFIG.parse().expect(\"valid default config\")", "}"]
    return R(g.ch(["src/config.rs", "crates/%s/src/defaults.rs" % g.ch(SERVICES)]), "rs", lines)


@layout("json_escaped_slashes", "json")
def L_php_json(g, c):
    d = {"version": g.ri(1, 9), "updated_at": g.ts(), "site_url": "https://www.%s/" % g.ch(DOMAINS)}
    d.update(doc_of(c, "snake"))
    d["upload_path"] = "/var/www/html/wp-content/uploads/%d/%02d" % (g.ri(2019, 2025), g.ri(1, 12))
    s = json.dumps(d, indent=4, ensure_ascii=g.p(0.5)).replace("/", "\\/")
    return R(g.ch(["storage/app/settings.json", "wp-content/uploads/%s-export.json" % g.ch(SERVICES), "var/cache/config.json"]), "json", s)


def go_json_escape(s):
    return json.dumps(s, ensure_ascii=False).replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


@layout("json_go_html_escaped", "json")
def L_go_json(g, c):
    d = doc_of(c, "snake", nest=False)
    items = ['  "%s": %s' % (k, go_json_escape(v)) for k, v in d.items()]
    items.append('  "redirect": %s' % go_json_escape("https://app.%s/cb?state=%s&next=<home>" % (g.ch(DOMAINS), g.hexs(16))))
    items.append('  "kv_index": %d' % g.ri(1000, 99999))
    return R(g.ch(["consul/kv/%s.json" % g.ch(SERVICES), "exports/vault-kv-%s.json" % g.ch(SERVICES)]), "json", ["{", ",\n".join(items), "}"])


@layout("java_properties_escapes", "props")
def L_props(g, c):
    svc = g.ch(SERVICES)
    lines = ["# Spring Boot - %s" % svc, "spring.application.name=%s" % svc, "server.port=8080",
             "spring.datasource.url=jdbc\\:postgresql\\://%s-db\\:5432/%s" % (svc, svc.replace("-", "_")),
             "management.endpoints.web.exposure.include=health,info,prometheus"]
    for i, (w, v, f) in enumerate(c.fields):
        key = "app.%s.%s" % (c.secname("kebab") or "client", c.key(i, "kebab"))
        if "\n" in v and f is False:
            ls = v.rstrip("\n").split("\n")
            lines.append(key + "=" + ls[0] + "\\n\\")
            lines += ["    " + ln + ("\\n\\" if j < len(ls) - 2 else "\\n") for j, ln in enumerate(ls[1:])]
        elif i == c.si and g.p(0.4):
            lines.append(key + "=\\")
            lines.append("    " + V(c, i, propq))
        else:
            lines.append("%s=%s" % (key, V(c, i, propq)))
    lines += ["logging.level.root=INFO"]
    return R(g.ch(["src/main/resources/application.properties", "src/main/resources/application-prod.properties", "config/%s.properties" % svc]), "properties", lines)


def sysq(v, ref=False):
    return v.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%") if not ref else v


@layout("systemd_unit", "systemd", ml=False)
def L_systemd(g, c):
    svc = g.ch(SERVICES)
    envs = " ".join('"%s=%s"' % (c.flat(i), V(c, i, sysq)) for i in range(len(c.fields)))
    lines = ["[Unit]", "Description=%s worker" % svc, "After=network-online.target", "Wants=network-online.target", "", "[Service]",
             "Type=simple", "User=%s" % svc.split("-")[0], "WorkingDirectory=/opt/%s" % svc, 'Environment="NODE_ENV=production" "PORT=%d"' % g.ri(3000, 9000),
             "Environment=%s" % envs, "ExecStart=/usr/bin/node /opt/%s/dist/server.js" % svc, "Restart=on-failure", "RestartSec=5",
             "NoNewPrivileges=true", "", "[Install]", "WantedBy=multi-user.target"]
    return R(g.ch(["deploy/%s.service" % svc, "etc/systemd/system/%s.service" % svc]), "systemd", lines)


@layout("npmrc_auth_token", "npmrc", ml=False)
def L_npmrc(g, c):
    reg = {"github": "npm.pkg.github.com", "gitlab": "gitlab.com/api/v4/projects/%s/packages/npm" % g.digits(8)}.get(c.provider, "registry.npmjs.org" if c.provider == "npm" else "npm.%s" % g.ch(DOMAINS))
    scope = "@" + g.ch(DOMAINS).split(".")[0]
    lines = ["registry=https://registry.npmjs.org/", "%s:registry=https://%s/" % (scope, reg), "//%s/:_authToken=%s" % (reg, V(c, c.si)),
             "always-auth=true", "engine-strict=true", "save-exact=true"]
    return R(g.ch([".npmrc", "frontend/.npmrc", "packages/%s/.npmrc" % g.ch(SERVICES)]), "npmrc", lines)


@layout("netrc", "netrc", ml=False)
def L_netrc(g, c):
    host = {"github": "api.github.com", "gitlab": "gitlab.com", "dockerhub": "hub.docker.com", "huggingface": "huggingface.co"}.get(c.provider, "api.%s" % g.ch(DOMAINS))
    if c.provider in DBS:
        host = field_val(c, ["host"]) or "db.%s" % g.ch(DOMAINS)
    lines = ["machine %s" % host, "  login %s" % basic_user(g, c), "  password %s" % (c.ctx.get("pw") if c.kind == "connection_url" and c.label == "pos" else c.secret), "",
             "machine uploads.%s" % g.ch(DOMAINS), "  login anonymous", "  password %s@%s" % (g.ch(PEOPLE), g.ch(DOMAINS)), "", "default login anonymous password guest"]
    nd = c.ctx.get("pw") if c.kind == "connection_url" and c.label == "pos" else None
    return R(g.ch([".netrc", "ci/netrc", "docker/build/.netrc"]), "netrc", lines, needle=nd)


@layout("jsonl_log", "log", ml=False)
def L_jsonl(g, c):
    svc = g.ch(SERVICES)
    recs = []
    for _ in range(g.ri(4, 9)):
        recs.append({"level": g.ch(["info", "debug"]), "ts": g.ts(), "svc": svc, "msg": g.ch(["request completed", "cache hit", "job scheduled"]),
                     "trace_id": g.hexs(32), "span_id": g.hexs(16), "duration_ms": g.ri(1, 900), "path": "/api/v1/%s/%s" % (g.ch(["orders", "users"]), g.uuid())})
    v = c.secret
    p = c.provider
    if p in DBS:
        rec = {"level": "debug", "ts": g.ts(), "svc": svc, "msg": "opening pool", "dsn" if c.kind == "connection_url" else "password": v, "pool_size": g.ri(5, 40)}
    else:
        url, hdr, tmpl = API.get(p, API["generic"])
        rec = {"level": "debug", "ts": g.ts(), "svc": svc, "msg": "outgoing request", "method": "POST", "url": url.replace("%s", svc),
               "headers": {hdr.lower(): tmpl.format(v), "content-type": "application/json", "x-request-id": g.uuid()}, "trace_id": g.hexs(32)}
    recs.insert(g.ri(1, len(recs)), rec)
    return R(g.ch(["logs/%s.jsonl" % svc, "var/log/%s/app.log" % svc, "debug/requests.ndjson"]), "jsonl",
             [json.dumps(r, ensure_ascii=False, separators=(",", ":")) for r in recs])


@layout("plist_xml", "xml", ml=False)
def L_plist(g, c):
    app = g.ch(SERVICES).replace("-", "")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">', '<plist version="1.0">', "<dict>",
             "\t<key>CFBundleIdentifier</key>", "\t<string>com.%s.%s</string>" % (g.ch(DOMAINS).split(".")[0].replace("-", ""), app),
             "\t<key>BuildNumber</key>", "\t<string>%d</string>" % g.ri(100, 9999)]
    for i in range(len(c.fields)):
        lines += ["\t<key>%s</key>" % (c.flat(i) if g.p(0.5) else c.flat(i, "pascal")), "\t<string>%s</string>" % V(c, i, xmlq)]
    lines += ["</dict>", "</plist>"]
    return R(g.ch(["ios/%s/Secrets.plist" % app.title(), "App/Config/Keys.plist"]), "plist", lines)


@layout("yaml_anchor_merge", "yaml")
def L_anchor(g, c):
    svc = g.ch(SERVICES)
    lines = ["x-common-env: &common-env", "  TZ: UTC", "  LOG_FORMAT: json"]
    for i, (w, v, f) in enumerate(c.fields):
        if "\n" in v:
            lines.append("  %s: |" % c.flat(i))
            lines += ["    " + ln for ln in v.rstrip("\n").split("\n")]
        else:
            lines.append("  %s: %s" % (c.flat(i), V(c, i, yq)))
    lines += ["", "services:", "  api:", "    image: %s/api:%s" % (svc, g.hexs(7)), "    environment:", "      <<: *common-env", "      PORT: \"8080\"",
              "  worker:", "    image: %s/worker:%s" % (svc, g.hexs(7)), "    environment:", "      <<: *common-env", "      QUEUES: default,mail"]
    return R(g.ch(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.prod.yml"]), "yaml", lines)


def dq_export(v, ref=False):
    if ref:
        return '"' + v + '"'
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`") + '"'


@layout("envrc_export_escapes", "sh")
def L_envrc(g, c):
    lines = ["# direnv - https://direnv.net", "dotenv_if_exists .env.local", "layout python3", "PATH_add bin", ""]
    for i, (w, v, f) in enumerate(c.fields):
        if "\n" in v and f is False:
            lines.append('export %s="$(cat <<\'PEM\'' % c.flat(i))
            lines += v.rstrip("\n").split("\n")
            lines += ['PEM', ')"']
        else:
            lines.append("export %s=%s" % (c.flat(i), V(c, i, dq_export)))
    lines += ["export AWS_PROFILE=%s" % g.ch(["dev", "sandbox"]), "watch_file .tool-versions"]
    return R(g.ch([".envrc", "services/%s/.envrc" % g.ch(SERVICES)]), "envrc", lines)


@layout("gha_env_block", "gha")
def L_gha(g, c):
    svc = g.ch(SERVICES)
    lines = ["name: nightly-%s" % svc, "on:", "  schedule:", "    - cron: '%d %d * * *'" % (g.ri(0, 59), g.ri(0, 23)), "", "jobs:", "  run:",
             "    runs-on: ubuntu-22.04", "    env:"]
    for i, (w, v, f) in enumerate(c.fields):
        if "\n" in v:
            lines.append("      %s: |" % c.flat(i))
            lines += ["        " + ln for ln in v.rstrip("\n").split("\n")]
        else:
            lines.append("      %s: %s" % (c.flat(i), V(c, i, yq)))
    lines += ["    steps:", "      - uses: actions/checkout@%s # v4" % g.hexs(40), "      - uses: actions/setup-python@%s # v5" % g.hexs(40),
              "        with:", "          python-version: '3.12'", "      - run: python -m %s.nightly" % svc.replace("-", "_")]
    return R(".github/workflows/nightly-%s.yml" % svc, "yaml", lines)


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
ML_BUILDERS = {c_gcp, c_privkey}
TOKENISH = {"github", "gitlab", "npm", "dockerhub", "generic", "huggingface", "datadog"}
ACCEPT = {
    "npmrc_auth_token": lambda c: c.provider in ("npm", "github", "gitlab", "generic"),
    "netrc": lambda c: c.provider in TOKENISH | set(DBS) - {"mssql"} and " " not in c.secret,
    "docker_config_auths": lambda c: c.provider in TOKENISH | {"postgres", "mysql", "sendgrid"} or c.kind == "password",
    "http_basic_auth": lambda c: c.provider in TOKENISH | {"twilio", "stripe", "sendgrid"} | set(DBS),
    "url_encoded_query": lambda c: c.kind != "storage_account_key",
    "form_urlencoded_log": lambda c: c.provider in ("azure", "generic", "github", "gitlab", "slack", "stripe", "twilio", "jwt") or c.kind == "client_secret",
    "xml_attribute": lambda c: True,
    "powershell_backtick": lambda c: True,
}

CMDLIKE = ("ref", "placeholder", "masked", "public", "test_vector")
NEG_ALLOWED = {
    "http_basic_auth": ("ref", "placeholder", "masked"),
    "docker_config_auths": ("ref", "placeholder", "masked"),
    "yaml_block_folded": CMDLIKE, "shell_line_continuation": CMDLIKE, "powershell_backtick": CMDLIKE,
    "windows_batch": CMDLIKE, "makefile_dollars": CMDLIKE + ("cipher",), "url_encoded_query": CMDLIKE + ("ident",),
    "form_urlencoded_log": CMDLIKE + ("ident",), "jsonl_log": ("ref", "placeholder", "masked", "public", "ident"),
    "npmrc_auth_token": ("ref", "placeholder", "masked"), "netrc": ("placeholder", "masked", "test_vector"),
}

ENCODERS = [
    lambda s: s,
    jesc,
    lambda s: jesc(s).replace("/", "\\/"),
    lambda s: go_json_escape(s)[1:-1],
    lambda s: html.escape(s, quote=True),
    lambda s: html.escape(s, quote=False),
    lambda s: quote(s, safe=""),
    quote_plus,
    lambda s: s.replace("'", "''"),
    lambda s: s.replace('"', '""'),
    lambda s: cq(s)[1:-1],
    lambda s: sqq(s)[1:-1],
    lambda s: s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$").replace("`", "\\`"),
    lambda s: s.replace("\\", "\\\\").replace('"', '\\"'),
    lambda s: s.replace("%", "%%"),
    bat_unq,
    makeq,
    propq,
    mdq,
    sysq,
    lambda s: s.replace("\\", "\\\\").replace('"', '\\"').replace("$", "\\$"),
    lambda s: s.replace("\n", "\\n"),
]


def find_encoded(text, raw, depth=3):
    seen = {raw}
    frontier = [raw]
    for d in range(depth + 1):
        for cand in frontier:
            if cand and "\n" not in cand and cand in text:
                return cand
        if d == depth:
            break
        nxt = []
        for cand in frontier:
            for e in ENCODERS[1:]:
                try:
                    x = e(cand)
                except Exception:
                    continue
                if x not in seen:
                    seen.add(x)
                    nxt.append(x)
        frontier = nxt
    return None


def find_needle(text, c):
    raw = c.needle_raw
    n = find_encoded(text, raw)
    if n:
        return n
    if "-----BEGIN" in raw:
        hdr = raw.split("\n", 1)[0]
        n = find_encoded(text, hdr, depth=1)
        if n:
            return n
    return None


def pick_builder(g, allow_ml):
    pool = [b for b, w in BUILDERS for _ in range(w) if allow_ml or b not in ML_BUILDERS]
    return g.ch(pool)


def layout_schedule(g, n):
    seq = []
    while len(seq) < n:
        block = list(LAYOUTS)
        g.shuffle(block)
        seq += block
    return seq[:n]


def write_file(root, rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main():
    if len(sys.argv) != 3:
        print(__doc__.split("NEEDLE CONVENTIONS")[0])
        print("usage: gen_s.py OUTDIR SEED", file=sys.stderr)
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    g = G(seed)
    os.makedirs(outdir, exist_ok=True)
    manifest, secrets = [], []
    pos_files = []
    for n, lay in enumerate(layout_schedule(g, 500)):
        acc = ACCEPT.get(lay["name"], lambda c: True)
        for _ in range(200):
            b = pick_builder(g, lay["ml"])
            if b in ML_BUILDERS and not lay["ml"]:
                continue
            c = b(g)
            if (c.ml() and not lay["ml"]) or not acc(c):
                continue
            break
        out = lay["f"](g, c)
        needle = out.get("needle") or find_needle(out["text"], c)
        if not needle or needle not in out["text"]:
            raise SystemExit("needle not found: layout=%s provider=%s kind=%s raw=%r" % (lay["name"], c.provider, c.kind, c.needle_raw[:80]))
        rel = "pos/p%04d/%s" % (n, out["path"])
        text = out["text"]
        line = text[:text.index(needle)].count("\n") + 1
        write_file(outdir, rel, text)
        row = {"file": rel, "label": "pos", "provider": c.provider, "kind": c.kind, "filetype": out["ft"], "layout": lay["name"]}
        if out.get("split"):
            row["split"] = True
        manifest.append(row)
        secrets.append({"file": rel, "needle": needle, "line": line})
        pos_files.append((rel, text))
    neg_texts = []
    for n, lay in enumerate(layout_schedule(g, 500)):
        acc = ACCEPT.get(lay["name"], lambda c: True)
        for _ in range(200):
            b = pick_builder(g, lay["ml"])
            c = make_negative(g, lay["lang"], b, NEG_ALLOWED.get(lay["name"]))
            if (c.ml() and not lay["ml"]) or not acc(c):
                continue
            break
        out = lay["f"](g, c)
        rel = "neg/n%04d/%s" % (n, out["path"])
        write_file(outdir, rel, out["text"])
        manifest.append({"file": rel, "label": "neg", "provider": c.provider, "kind": out.get("neg_kind") or c.neg_kind,
                         "filetype": out["ft"], "layout": lay["name"]})
        neg_texts.append((rel, out["text"]))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for r in manifest:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for r in secrets:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    from collections import Counter
    errors = 0
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            print("SELF-CHECK FAIL: needle not on stated line:", s["file"], s["line"])
            errors += 1
    needles = [s["needle"] for s in secrets]
    for r in manifest:
        if r["label"] != "neg":
            continue
        with open(os.path.join(outdir, r["file"]), encoding="utf-8", newline="") as fh:
            t = fh.read()
        for nd in needles:
            if nd in t:
                print("SELF-CHECK FAIL: negative contains a positive needle:", r["file"], nd[:40])
                errors += 1
    nlines = Counter()
    for r in manifest:
        with open(os.path.join(outdir, r["file"]), encoding="utf-8", newline="") as fh:
            k = fh.read().count("\n")
        nlines["<5" if k < 5 else ">80" if k > 80 else "5-80"] += 1
    pos = [r for r in manifest if r["label"] == "pos"]
    neg = [r for r in manifest if r["label"] == "neg"]
    print("positives: %d  negatives: %d  split positives: %d" % (len(pos), len(neg), sum(1 for r in pos if r.get("split"))))
    for title, key, rows in (("providers (pos)", "provider", pos), ("kinds (pos)", "kind", pos), ("filetypes (pos)", "filetype", pos),
                             ("layouts (pos)", "layout", pos), ("providers (neg)", "provider", neg), ("kinds (neg)", "kind", neg),
                             ("filetypes (neg)", "filetype", neg)):
        cnt = Counter(r[key] for r in rows)
        print("%s [%d distinct]: %s" % (title, len(cnt), ", ".join("%s=%d" % kv for kv in cnt.most_common())))
    print("file line counts:", dict(nlines))
    if errors:
        print("SELF-CHECK: %d errors" % errors)
        sys.exit(1)
    print("SELF-CHECK OK")


if __name__ == "__main__":
    main()
