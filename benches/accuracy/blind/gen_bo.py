#!/usr/bin/env python3
"""Blind evaluation-set generator "bo" for a git pre-commit secret scanner.

EMPHASIS
    Credentials inside secret-management exports, migrations and inventories
    that people accidentally commit: password-manager exports (1Password 1pux
    export.data / CSV, Bitwarden unencrypted JSON / CSV, LastPass CSV, KeePass
    XML / CSV, Dashlane, Proton Pass, Chrome/Edge/Firefox passwords.csv, Apple
    Passwords CSV), HashiCorp Vault `kv get` / `read` output, AWS Secrets
    Manager `get-secret-value` and SSM `get-parameters --with-decryption`
    output, GCP Secret Manager accesses, Azure Key Vault `secret show`, Doppler
    and Infisical downloads, `op item get --format json`, `kubectl get secret -o
    yaml` (base64 data) and jq-decoded variants, `.env` backups, migration
    spreadsheets, rotation runbooks, Terraform `output -json` / state, pasted
    `ansible-vault view` output, and seed scripts (`vault kv put`, `aws
    secretsmanager create-secret`, `gh secret set -b`, `kubectl create secret
    generic --from-literal`, ...), Makefiles and .http files.

    Negatives are hard look-alikes from the same domain: encrypted exports
    (Bitwarden `2.iv|ct|mac` cipher strings, password-protected Bitwarden JSON,
    1pux attribute/metadata files, KeePass .kdbx header hex dumps, age / PGP
    armour, SOPS files, `$ANSIBLE_VAULT;1.1;AES256` blobs, SealedSecrets, KMS
    ciphertext in SSM output), exports whose password column is empty or
    masked, Vault metadata-only output, token accessors, lease ids, ARNs,
    VersionId UUIDs, `op://` references, `password=@file`, `--from-file`,
    `gh secret set NAME < file`, bcrypt/argon2 hash columns, RFC 6238 / RFC
    4226 test vectors, AWS documentation example keys, publishable keys,
    public keys/certificates, client ids, digests and truncated/masked tokens.

USAGE
    python3 gen_bo.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath>, OUTDIR/neg/nNNNN/<relpath> (500 + 500),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} for positives.
    Deterministic per SEED: everything is drawn from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the credential exactly as written in the file, always a
      single-line substring; `line` is the 1-based line of its first
      occurrence.
    * Key/value credentials: the secret value only (not the variable name, not
      the quotes).  AWS key pairs: the 40-char secret access key (the access
      key id sits next to it in the same file but is not the needle).
      Twilio: the auth token / API-key secret, not the AC/SK identifier.
    * Database / service URLs: the password component only.
    * Kubernetes `data:` and GCP `payload.data`: the base64 text as written.
    * PEM private keys: the first base64 body line after the BEGIN line (the
      second body line for OpenSSH keys, whose first line is a constant
      "openssh-key-v1/none/none" header shared by every key).  The same
      substring is used when the PEM sits inside a JSON string with escaped
      "\\n" (GCP service-account JSON, Vault PKI output, op item get), so the
      needle is always a single-line substring.  Keys are real: RSA (PKCS#1 /
      PKCS#8, 2048-bit, valid CRT params), EC P-256 (SEC1, matching public
      point) and OpenSSH ed25519 (matching public half); `openssl rsa -check`
      and `ssh-keygen -y` accept them.
    * TOTP: the base32 secret inside the otpauth:// URI (or the bare seed).
    * Recovery-code lists: the first code of the list (the list is one
      credential; all codes are fresh random).
    * Values shown in JSON-in-JSON (e.g. AWS SecretString) contain no
      characters that need escaping, so the needle is byte-identical to the
      raw secret.

DOUBTS
    * OpenAI project keys: I use sk-proj- + 74 + "T3BlbkFJ" + 74 chars of
      [A-Za-z0-9_-]; real keys vary in length (~156-164) and the marker
      position is not documented.  sk-svcacct- likewise.
    * Anthropic keys: sk-ant-api03- + 93 url-safe chars + "AA" (from observed
      keys, not from a published spec).
    * GitHub fine-grained PATs: github_pat_ + 22 + "_" + 59 chars; the inner
      structure/checksum of github_pat_ is not public, so none is computed.
      Classic ghp_/gho_/ghu_/ghs_/ghr_ and npm_ carry the CRC32/base62
      checksum in the last 6 chars.
    * GitHub checksum: CRC32 (zlib) of the 30 random chars, base62 with the
      alphabet 0-9A-Za-z, left-padded with "0" to 6 chars; I believe this is
      GitHub's alphabet order but have not verified it against a live token.
    * Vault service tokens: hvs. + 90-ish url-safe chars (they are actually
      a protobuf blob "CAES..." but the inner structure is undocumented); the
      old s.<24> format is also emitted.  Token *accessors* (24 chars, no
      prefix) are treated as negatives because Vault documents them as
      non-secret handles; a scanner flagging them is a false positive here.
    * Doppler service tokens dp.st.<env>.<40> and personal dp.pt.<43>;
      Infisical service tokens st.<id>.<hex>.<hex> are my best recollection.
    * 1Password service-account tokens ops_ + base64(JSON); the JSON field
      names inside are a guess.  1Password Secret Keys A3-XXXXXX-... follow
      the Emergency Kit layout (account id part + 26 random chars).
    * Atlassian API tokens ATATT3xFfGF0 + ~180 chars + "=" + 8 hex: prefix is
      documented-by-observation, the tail checksum is not computed.
    * Azure AD client secrets: 3 chars + "8Q~" + 34 chars; the meaning of the
      middle marker is undocumented.
    * Slack bot/user tokens: digit-group lengths vary in the wild; I use
      10-13 digit groups and 24 / 32 char tails.
    * Positives obey "one credential per file", so password-manager exports
      contain one row with a secret and other rows that are passkey/SSO
      logins with an empty password column.  Real exports usually have many
      filled rows; this is a deliberate simplification.
    * Some positives carry a non-secret identifier next to the secret (AWS
      access key id, Twilio AC/SK SID, Azure client/tenant id, Vault token
      accessor / lease id, private_key_id in GCP JSON); these are not needles.
    * "hunter2" and similar meme passwords are NOT used anywhere (ambiguous
      whether they are placeholders); documentation samples in negatives use
      explicit placeholders (<password>, changeme, ********) and the AWS
      documented example keys (AKIAIOSFODNN7EXAMPLE / ...EXAMPLEKEY).
    * Hash columns (bcrypt/argon2/SHA-crypt) are negatives: they are not
      usable credentials by themselves, though some scanners flag them.
    * Encrypted exports (Bitwarden cipher strings, SOPS ENC[...], ansible
      vault hex, SealedSecret blobs, KMS ciphertext) are negatives even though
      they are random values in secret slots: they are ciphertext.
    * age identities (AGE-SECRET-KEY-1...) and recipients (age1...) are real
      bech32 with a valid checksum over 32 random bytes.
    * Stripe publishable keys (pk_live_) and age public recipients (age1...)
      are negatives: the providers document them as safe to expose.
"""
import base64
import binascii
import hashlib
import json
import os
import random
import struct
import sys
from collections import Counter

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = B62
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

R = None  # the single random.Random(SEED), set in main()


def rs(n, alpha=ALNUM):
    """Random string that is not an obvious sequence / repetition."""
    while True:
        s = "".join(R.choice(alpha) for _ in range(n))
        if n < 6 or _looks_random(s):
            return s


def _looks_random(s):
    low = s.lower()
    for bad in ("abcd", "bcde", "1234", "2345", "3456", "4567", "5678",
                "6789", "xxxx", "0000", "1111", "aaaa", "qwer", "asdf",
                "pass", "test", "fake", "dumm", "exam", "secret", "token",
                "sample", "demo"):
        if bad in low:
            return False
    # reject runs of 4 identical chars
    for i in range(len(s) - 3):
        if s[i] == s[i + 1] == s[i + 2] == s[i + 3]:
            return False
    return True


def rhex(n):
    return rs(n, HEX)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def base62(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


def crc32_b62(s):
    return base62(binascii.crc32(s.encode()) & 0xFFFFFFFF, 6)


def crc32c(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0x82F63B78 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF


def ruuid():
    h = rhex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- vocabulary
FIRST = ["marek", "anna", "lukas", "sofia", "james", "priya", "chen", "olga",
         "diego", "fatima", "tomas", "ingrid", "kenji", "amara", "liam",
         "noor", "pavel", "elena", "ravi", "hana", "jonas", "maya", "oscar",
         "leila", "felix", "yuki", "carmen", "mateo", "zofia", "ahmed",
         "nina", "viktor", "grace", "samir", "ines", "bruno", "keiko", "omar"]
LAST = ["novak", "schmidt", "garcia", "kowalski", "patel", "nguyen", "smith",
        "okafor", "larsen", "moreau", "tanaka", "silva", "fischer", "rossi",
        "ivanova", "kim", "haddad", "brennan", "dubois", "costa", "weber",
        "lindqvist", "murphy", "sato", "horvat", "ali", "jensen", "park"]
WORDS = ["winter", "summer", "falcon", "river", "maple", "harbor", "copper",
         "lantern", "orchid", "thunder", "velvet", "meadow", "granite",
         "saffron", "tiger", "willow", "comet", "pepper", "cobalt", "island",
         "sparrow", "marble", "autumn", "canyon", "ember", "glacier",
         "juniper", "monkey", "dragon", "sunshine", "football", "princess",
         "coffee", "banana", "chelsea", "liverpool", "barcelona", "snoopy",
         "gandalf", "pirate", "rocket", "bluebird", "panther", "phoenix",
         "cherry", "mango", "hockey", "guitar", "lobster", "kitten",
         "pumpkin", "zeppelin", "nirvana", "kayak", "tundra", "biscuit"]
PETS = ["Bella", "Luna", "Max", "Charlie", "Milo", "Rocky", "Daisy", "Simba",
        "Nala", "Oreo", "Ziggy", "Pixel", "Mochi", "Bruno", "Koda", "Tofu"]
COMPANIES = ["acme", "globex", "initech", "umbrella", "hooli", "vandelay",
             "northwind", "contoso", "fabrikam", "tailspin", "wayne", "stark",
             "cyberdyne", "soylent", "wonka", "oscorp", "aperture", "pied"]
SERVICES = ["billing", "checkout", "auth", "payments", "search", "notifier",
            "ledger", "inventory", "reporting", "gateway", "scheduler",
            "webhooks", "exporter", "catalog", "orders", "profile", "mailer"]
ENVS = ["prod", "production", "staging", "stg", "dev", "qa", "uat", "prd"]
REGIONS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1",
           "ap-southeast-2", "ap-northeast-1", "ca-central-1", "eu-north-1"]
SITES = [("GitHub", "https://github.com/login"),
         ("Google", "https://accounts.google.com"),
         ("Amazon", "https://www.amazon.com/ap/signin"),
         ("Netflix", "https://www.netflix.com/login"),
         ("Dropbox", "https://www.dropbox.com/login"),
         ("Slack", "https://app.slack.com"),
         ("Atlassian", "https://id.atlassian.com/login"),
         ("AWS Console", "https://signin.aws.amazon.com/console"),
         ("Stripe Dashboard", "https://dashboard.stripe.com/login"),
         ("LinkedIn", "https://www.linkedin.com/login"),
         ("Figma", "https://www.figma.com/login"),
         ("Notion", "https://www.notion.so/login"),
         ("Zoom", "https://zoom.us/signin"),
         ("Spotify", "https://accounts.spotify.com/login"),
         ("Twitter", "https://x.com/i/flow/login"),
         ("Reddit", "https://www.reddit.com/login"),
         ("PayPal", "https://www.paypal.com/signin"),
         ("Steam", "https://store.steampowered.com/login"),
         ("Router admin", "http://192.168.1.1"),
         ("Synology NAS", "https://nas.local:5001"),
         ("Jira", "https://%s.atlassian.net" % "acme"),
         ("Grafana", "https://grafana.internal.acme.io/login"),
         ("Jenkins", "https://ci.acme.io/login"),
         ("pgAdmin", "https://pgadmin.internal.acme.io"),
         ("Namecheap", "https://www.namecheap.com/myaccount/login"),
         ("Cloudflare", "https://dash.cloudflare.com/login"),
         ("DigitalOcean", "https://cloud.digitalocean.com/login"),
         ("Bank of Ireland", "https://www.365online.com"),
         ("Wi-Fi office", ""),
         ("Docker Hub", "https://hub.docker.com/login"),
         ("npmjs", "https://www.npmjs.com/login"),
         ("Heroku", "https://id.heroku.com/login")]


def person():
    f, l = pick(FIRST), pick(LAST)
    return f, l


def email(f=None, l=None, domain=None):
    if f is None:
        f, l = person()
    domain = domain or pick(["gmail.com", "outlook.com", "proton.me",
                             "%s.com" % pick(COMPANIES), "yahoo.com",
                             "fastmail.com", "icloud.com", "%s.io" % pick(COMPANIES)])
    style = R.randint(0, 3)
    if style == 0:
        u = "%s.%s" % (f, l)
    elif style == 1:
        u = "%s%s" % (f[0], l)
    elif style == 2:
        u = "%s.%s%d" % (f, l, R.randint(1, 99))
    else:
        u = "%s_%s" % (f, l[:3])
    return "%s@%s" % (u, domain)


def company():
    return pick(COMPANIES)


def iso_ts(year=None):
    year = year or R.randint(2021, 2025)
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (
        year, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
        R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999))


def iso_ms(year=None):
    t = iso_ts(year)
    return t[:23] + "Z"


def date(year=None):
    year = year or R.randint(2021, 2025)
    return "%04d-%02d-%02d" % (year, R.randint(1, 12), R.randint(1, 28))


def epoch():
    return R.randint(1609459200, 1735603200)


def account_id():
    return "".join(R.choice(DIGITS) for _ in range(12)).replace("0", "7", 1)


def host(env=None):
    env = env or pick(ENVS)
    return pick(["%s-%s-db.%s.internal" % (pick(SERVICES), env, company()),
                 "%s.%s.rds.amazonaws.com" % (
                     "%s-%s.c%s" % (pick(SERVICES), env, rs(12, LOWER + DIGITS)),
                     pick(REGIONS)),
                 "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 254)),
                 "db-%s-%02d.%s.net" % (env, R.randint(1, 12), company())])


# ---------------------------------------------------------------- key material
def _is_probable_prime(n, rounds=24):
    if n < 2:
        return False
    for sp in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47):
        if n % sp == 0:
            return n == sp
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = R.randrange(2, n - 2)
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
    b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big")
    if b[0] & 0x80:
        b = b"\x00" + b
    return _der(0x02, b)


def _pem_lines(label, der, width=64):
    s = b64(der)
    body = [s[i:i + width] for i in range(0, len(s), width)]
    return ["-----BEGIN %s-----" % label] + body + ["-----END %s-----" % label]


def rsa_der(bits=2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2), _prime(bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if phi % e:
            break
    n = p * q
    d = pow(e, -1, phi)
    pk1 = _der(0x30, b"".join(_der_int(x) for x in (
        0, n, e, d, p, q, d % (p - 1), d % (q - 1), pow(q, -1, p))))
    return pk1


def pem_rsa_pkcs1(bits=2048):
    return _pem_lines("RSA PRIVATE KEY", rsa_der(bits))


def pem_rsa_pkcs8(bits=2048):
    pk1 = rsa_der(bits)
    alg = _der(0x30, bytes.fromhex("06092a864886f70d010101") + b"\x05\x00")
    return _pem_lines("PRIVATE KEY", _der(0x30, _der_int(0) + alg + _der(0x04, pk1)))


# P-256
_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
_A = _P - 3
_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
      0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P1, P2):
    if P1 is None:
        return P2
    if P2 is None:
        return P1
    (x1, y1), (x2, y2) = P1, P2
    if x1 == x2 and (y1 + y2) % _P == 0:
        return None
    if P1 == P2:
        lam = (3 * x1 * x1 + _A) * pow(2 * y1, -1, _P) % _P
    else:
        lam = (y2 - y1) * pow(x2 - x1, -1, _P) % _P
    x3 = (lam * lam - x1 - x2) % _P
    return (x3, (lam * (x1 - x3) - y1) % _P)


def _ec_mul(k, Pt):
    acc = None
    while k:
        if k & 1:
            acc = _ec_add(acc, Pt)
        Pt = _ec_add(Pt, Pt)
        k >>= 1
    return acc


def pem_ec_p256():
    d = R.randrange(1, _N)
    X, Y = _ec_mul(d, _G)
    pub = b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")
    body = (_der_int(1) + _der(0x04, d.to_bytes(32, "big")) +
            _der(0xa0, bytes.fromhex("06082a8648ce3d030107")) +
            _der(0xa1, _der(0x03, b"\x00" + pub)))
    return _pem_lines("EC PRIVATE KEY", _der(0x30, body))


# Ed25519 (for OpenSSH keys with a correct public half)
_EP = 2 ** 255 - 19
_ED = (-121665 * pow(121666, -1, _EP)) % _EP
_EB = (15112221349535400772501151409588531511454012693041857206046113283949847762202,
       46316835694926478169428394003475163141307993866256225615783033603165251855960)


def _ed_add(P1, P2):
    (x1, y1), (x2, y2) = P1, P2
    t = _ED * x1 * x2 * y1 * y2 % _EP
    x3 = (x1 * y2 + x2 * y1) * pow(1 + t, -1, _EP) % _EP
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, -1, _EP) % _EP
    return (x3, y3)


def _ed_mul(k, Pt):
    acc = (0, 1)
    while k:
        if k & 1:
            acc = _ed_add(acc, Pt)
        Pt = _ed_add(Pt, Pt)
        k >>= 1
    return acc


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    x, y = _ed_mul(a, _EB)
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def _sshstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def pem_openssh_ed25519(comment):
    seed = rbytes(32)
    pk = ed25519_pub(seed)
    pub_blob = _sshstr("ssh-ed25519") + _sshstr(pk)
    chk = rbytes(4)
    priv = (chk + chk + _sshstr("ssh-ed25519") + _sshstr(pk) +
            _sshstr(seed + pk) + _sshstr(comment))
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + _sshstr("none") + _sshstr("none") +
            _sshstr(b"") + struct.pack(">I", 1) + _sshstr(pub_blob) + _sshstr(priv))
    s = b64(blob)
    return (["-----BEGIN OPENSSH PRIVATE KEY-----"] +
            [s[i:i + 70] for i in range(0, len(s), 70)] +
            ["-----END OPENSSH PRIVATE KEY-----"]), "ssh-ed25519 " + b64(pub_blob) + " " + comment


def ssh_pub_ed25519(comment):
    pk = ed25519_pub(rbytes(32))
    return "ssh-ed25519 " + b64(_sshstr("ssh-ed25519") + _sshstr(pk)) + " " + comment


def fake_cert_lines():
    n = R.randint(900, 1300)
    der = b"\x30\x82" + n.to_bytes(2, "big") + b"\x30\x82" + (n - 200).to_bytes(2, "big") + \
        bytes.fromhex("a0030201020214") + rbytes(n - 11)
    return _pem_lines("CERTIFICATE", der)


def _bech32_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def bech32_encode(hrp, data8):
    acc, bits, data = 0, 0, []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _bech32_polymod(hx + data + [0] * 6) ^ 1
    data += [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH32[d] for d in data)


def age_secret_key():
    return bech32_encode("age-secret-key-", rbytes(32)).upper()


def pem_any():
    """Return (lines, provider, kind)."""
    k = R.randint(0, 3)
    if k == 0:
        return pem_rsa_pkcs8(), "generic", "rsa_private_key_pkcs8"
    if k == 1:
        return pem_rsa_pkcs1(), "generic", "rsa_private_key_pkcs1"
    if k == 2:
        return pem_ec_p256(), "generic", "ec_private_key"
    f, l = person()
    lines, _ = pem_openssh_ed25519("%s@%s" % (f, pick(["laptop", "deploy", "ci", "bastion", "mbp"])))
    return lines, "openssh", "openssh_private_key"


def pem_needle(lines):
    return lines[1]


def pem_json_escaped(lines):
    return "\\n".join(lines) + "\\n"


# ---------------------------------------------------------------- secrets
class Secret:
    """One credential.  `value` is what gets written where the secret goes,
    `needle` the substring reported in secrets.jsonl (usually == value)."""

    def __init__(self, provider, kind, value, pnames, needle=None, companions=None,
                 lines=None, human=False):
        self.provider, self.kind, self.value = provider, kind, value
        self.pnames = pnames
        self.needle = needle if needle is not None else value
        self.companions = companions or []   # [(UPPER_NAME, non-secret value)]
        self.lines = lines                   # multi-line secret (PEM, code list)
        self.human = human

    def name(self, style="env", generic_p=0.34):
        if chance(generic_p):
            n = pick(self.generic_names())
        else:
            n = pick(self.pnames)
        return style_name(n, style)

    def generic_names(self):
        if self.kind.endswith("password") or self.kind in ("passphrase",):
            return ["PASSWORD", "PASS", "PWD", "DB_PASS", "ADMIN_PASSWORD",
                    "ROOT_PASSWORD", "SERVICE_PASSWORD", "LOGIN_PASSWORD", "SECRET"]
        if self.kind == "totp_seed":
            return ["OTP_SECRET", "MFA_SEED", "TOTP", "SEED", "AUTHENTICATOR_KEY"]
        names = ["TOKEN", "API_KEY", "AUTH", "SECRET", "KEY", "CREDENTIAL",
                 "ACCESS_TOKEN", "SERVICE_TOKEN", "AUTH_TOKEN", "BEARER", "APIKEY",
                 "PRIVATE_TOKEN", "INTEGRATION_KEY", "UPSTREAM_TOKEN"]
        if self.provider in ("openai", "anthropic", "huggingface", "google"):
            names += ["LLM_KEY", "LLM_API_KEY", "MODEL_API_KEY", "AI_KEY"]
        if self.provider in ("azure", "okta", "bitwarden"):
            names += ["CLIENT_SECRET"]
        if self.provider in ("github", "gitlab", "npm", "pypi"):
            names += ["CI_TOKEN", "REGISTRY_TOKEN", "PAT"]
        return names


def style_name(n, style):
    if style == "env":
        return n.upper().replace("-", "_")
    parts = [p for p in n.lower().replace("-", "_").split("_") if p]
    if style == "snake":
        return "_".join(parts)
    if style == "kebab":
        return "-".join(parts)
    if style == "camel":
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == "title":
        return " ".join(p.capitalize() for p in parts)
    return n


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}


def human_password():
    while True:
        k = R.randint(0, 9)
        w = pick(WORDS)
        f = pick(FIRST).capitalize()
        yr = str(R.randint(1961, 2009))
        d2 = str(R.randint(10, 99))
        sym = pick("!#.*_-@?+%&")
        if k == 0:
            p = "%s.%s%s" % (f, yr, w)
        elif k == 1:
            lw = "".join(LEET.get(c, c) if chance(0.6) else c for c in w)
            p = lw.capitalize() + sym + str(R.randint(1, 9))
        elif k == 2:
            p = pick(PETS) + yr + sym
        elif k == 3:
            p = w + pick(WORDS).capitalize() + d2
        elif k == 4:
            p = pick(["Spring", "Summer", "Autumn", "Winter", "Fall"]) + str(R.randint(2019, 2025)) + sym
        elif k == 5:
            p = "%s_%s_%s" % (w, d2, pick(WORDS).capitalize())
        elif k == 6:
            p = company().capitalize() + "@" + str(R.randint(2018, 2025)) + sym
        elif k == 7:
            p = "I" + pick(["love", "Love", "<3"]) + w.capitalize() + d2 + sym
        elif k == 8:
            p = f + pick(LAST).capitalize()[:3] + d2 + sym + sym
        else:
            p = w.capitalize() + sym + f.lower() + yr[2:]
        if "123" not in p and "&" not in p and "<" not in p:
            return p


PW_SYMS = "!#%*-_.+=?@^~"


def generated_password(n=None, syms=PW_SYMS):
    n = n or R.choice([16, 20, 24, 28, 32])
    while True:
        s = rs(n, ALNUM + syms * 2)
        if any(c in syms for c in s) and any(c.isdigit() for c in s) and \
                any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def passphrase():
    ws = R.sample(WORDS, R.randint(3, 4))
    i = R.randrange(len(ws))
    ws[i] = ws[i].capitalize() + str(R.randint(1, 9))
    return pick("-.") .join(ws) if chance(0.7) else "-".join(ws)


def url_password():
    return generated_password(R.choice([16, 20, 24]), syms="-_.~")


def gh_token(prefix):
    body = rs(30)
    return prefix + body + crc32_b62(body)


def aws_key_id(prefix="AKIA"):
    return prefix + rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")


def mk_password(human=None):
    if human is None:
        human = chance(0.5)
    if human:
        return Secret("password", "human_password", human_password(),
                      ["PASSWORD", "DB_PASSWORD", "ADMIN_PASSWORD"], human=True)
    if chance(0.25):
        return Secret("password", "passphrase", passphrase(), ["PASSWORD", "MASTER_PASSWORD"])
    return Secret("password", "generated_password", generated_password(),
                  ["PASSWORD", "DB_PASSWORD", "ADMIN_PASSWORD"])


def mk_totp():
    seed = rs(R.choice([16, 32, 32, 26]), B32)
    return Secret("totp", "totp_seed", seed, ["TOTP_SECRET", "OTP_SEED", "MFA_SECRET"])


def mk_db_url():
    scheme = pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis",
                   "amqp", "mssql", "mariadb", "rediss"])
    pw = url_password() if chance(0.7) else human_password().replace("@", "#").replace("?", "!").replace("#", "_").replace("%", "_")
    user = pick(["app", "admin", "postgres", "root", "svc_%s" % pick(SERVICES),
                 pick(SERVICES), "%s_rw" % pick(SERVICES), "default"])
    db = pick(SERVICES)
    if scheme.startswith("mongodb"):
        url = "%s://%s:%s@cluster%d.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
            scheme, user, pw, R.randint(0, 9), rs(5, LOWER + DIGITS), db)
    elif scheme.startswith("redis"):
        url = "%s://%s:%s@%s:6379/%d" % (scheme, pick(["default", ""]), pw, host(), R.randint(0, 4))
    elif scheme == "amqp":
        url = "amqp://%s:%s@%s:5672/%s" % (user, pw, host(), pick(["%2F", "vhost", db]))
    else:
        port = {"postgres": 5432, "postgresql": 5432, "mysql": 3306, "mariadb": 3306, "mssql": 1433}[scheme]
        url = "%s://%s:%s@%s:%d/%s" % (scheme, user, pw, host(), port, db)
    return Secret("database", "db_url_password", url,
                  ["DATABASE_URL", "DB_URL", "%s_URL" % scheme.split("+")[0].upper(),
                   "CONNECTION_STRING"], needle=pw)


def mk_aws():
    kid = aws_key_id()
    sk = rs(40, ALNUM + "/+")
    return Secret("aws", "aws_secret_access_key", sk,
                  ["AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY", "aws_secret"],
                  companions=[("AWS_ACCESS_KEY_ID", kid)])


def _sk(prefix, n):
    return prefix + rs(n)


def mk_api():
    """API keys of many providers."""
    c = R.randint(0, 44)
    if c <= 3:
        pre = ["ghp_", "ghp_", "gho_", "ghu_", "ghs_", "ghr_"][R.randint(0, 5)]
        return Secret("github", "github_" + pre[:3], gh_token(pre),
                      ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT", "GH_PAT"])
    if c == 4:
        return Secret("github", "github_fine_grained_pat",
                      "github_pat_11" + rs(20, UPPER + DIGITS) + "_" + rs(59),
                      ["GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"])
    if c == 5:
        return Secret("npm", "npm_token", gh_token("npm_"), ["NPM_TOKEN", "NODE_AUTH_TOKEN"])
    if c in (6, 7):
        mode = pick(["sk_live_", "sk_live_", "rk_live_"])
        v = mode + ("51" + rs(12) + rs(R.choice([85, 83])) if chance(0.6) else rs(24))
        return Secret("stripe", "stripe_" + mode[:2] + "_live", v,
                      ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_KEY"])
    if c == 8:
        return Secret("stripe", "stripe_webhook_secret", "whsec_" + rs(32),
                      ["STRIPE_WEBHOOK_SECRET", "STRIPE_SIGNING_SECRET"])
    if c in (9, 10):
        return mk_aws()
    if c == 11:
        return Secret("slack", "slack_bot_token",
                      "xoxb-%s-%s-%s" % (rs(R.randint(10, 13), DIGITS), rs(R.randint(10, 13), DIGITS), rs(24)),
                      ["SLACK_BOT_TOKEN", "SLACK_TOKEN"])
    if c == 12:
        return Secret("slack", "slack_user_token",
                      "xoxp-%s-%s-%s-%s" % (rs(R.randint(10, 12), DIGITS), rs(R.randint(10, 12), DIGITS),
                                            rs(R.randint(12, 13), DIGITS), rs(32, HEX)),
                      ["SLACK_USER_TOKEN", "SLACK_TOKEN"])
    if c == 13:
        return Secret("slack", "slack_webhook",
                      "https://hooks.slack.com/services/T%s/B%s/%s" % (
                          rs(R.choice([8, 10]), UPPER + DIGITS), rs(R.choice([10, 11]), UPPER + DIGITS), rs(24)),
                      ["SLACK_WEBHOOK_URL", "SLACK_WEBHOOK"])
    if c in (14, 15):
        if chance(0.75):
            v = "sk-proj-" + rs(74, ALNUM + "-_") + "T3BlbkFJ" + rs(74, ALNUM + "-_")
            k = "openai_project_key"
        else:
            v = "sk-" + rs(20) + "T3BlbkFJ" + rs(20)
            k = "openai_legacy_key"
        return Secret("openai", k, v, ["OPENAI_API_KEY", "OPENAI_KEY"])
    if c == 16:
        return Secret("anthropic", "anthropic_api_key", "sk-ant-api03-" + rs(93, ALNUM + "-_") + "AA",
                      ["ANTHROPIC_API_KEY", "CLAUDE_API_KEY"])
    if c == 17:
        return Secret("twilio", "twilio_auth_token", rhex(32),
                      ["TWILIO_AUTH_TOKEN"], companions=[("TWILIO_ACCOUNT_SID", "AC" + rhex(32))])
    if c == 18:
        return Secret("twilio", "twilio_api_key_secret", rs(32),
                      ["TWILIO_API_SECRET", "TWILIO_API_KEY_SECRET"],
                      companions=[("TWILIO_API_KEY", "SK" + rhex(32))])
    if c == 19:
        return Secret("sendgrid", "sendgrid_api_key", "SG.%s.%s" % (rs(22, B64URL), rs(43, B64URL)),
                      ["SENDGRID_API_KEY", "SMTP_PASSWORD"])
    if c == 20:
        v = "key-" + rhex(32) if chance(0.5) else "%s-%s-%s" % (rhex(32), rhex(8), rhex(8))
        return Secret("mailgun", "mailgun_api_key", v, ["MAILGUN_API_KEY", "MAILGUN_KEY"])
    if c == 21:
        return Secret("google", "google_api_key", "AIza" + rs(35, ALNUM + "-_"),
                      ["GOOGLE_API_KEY", "GOOGLE_MAPS_KEY", "GEMINI_API_KEY"])
    if c == 22:
        key = b64(rbytes(64))
        acct = company() + pick(SERVICES) + rs(3, LOWER + DIGITS)
        conn = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)
        if chance(0.5):
            return Secret("azure", "azure_storage_connection_string", conn,
                          ["AZURE_STORAGE_CONNECTION_STRING", "AzureWebJobsStorage"], needle=key)
        return Secret("azure", "azure_storage_account_key", key, ["AZURE_STORAGE_KEY", "AZURE_STORAGE_ACCOUNT_KEY"],
                      companions=[("AZURE_STORAGE_ACCOUNT", acct)])
    if c == 23:
        return Secret("azure", "azure_ad_client_secret", rs(3, ALNUM) + "8Q~" + rs(34, ALNUM + "_~.-"),
                      ["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"],
                      companions=[("AZURE_CLIENT_ID", ruuid()), ("AZURE_TENANT_ID", ruuid())])
    if c == 24:
        return Secret("gitlab", "gitlab_pat", "glpat-" + rs(20, ALNUM + "-_"), ["GITLAB_TOKEN", "GL_TOKEN", "CI_JOB_TOKEN_OVERRIDE"])
    if c == 25:
        return Secret("huggingface", "hf_token", "hf_" + rs(34, UPPER + LOWER), ["HF_TOKEN", "HUGGINGFACE_TOKEN", "HUGGING_FACE_HUB_TOKEN"])
    if c == 26:
        return Secret("datadog", "datadog_api_key", rhex(32), ["DD_API_KEY", "DATADOG_API_KEY"])
    if c == 27:
        return Secret("shopify", "shopify_access_token", pick(["shpat_", "shpca_", "shppa_"]) + rhex(32),
                      ["SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"])
    if c == 28:
        return Secret("doppler", "doppler_service_token",
                      "dp.st.%s.%s" % (pick(["prd", "stg", "dev", "prd_eu"]), rs(40)),
                      ["DOPPLER_TOKEN", "DOPPLER_SERVICE_TOKEN"])
    if c == 29:
        if chance(0.8):
            v = "hvs." + rs(R.choice([91, 95]), ALNUM + "-_")
            k = "vault_service_token"
        else:
            v = "s." + rs(24)
            k = "vault_legacy_token"
        return Secret("vault", k, v, ["VAULT_TOKEN", "VAULT_ROOT_TOKEN"])
    if c == 30:
        return Secret("age", "age_secret_key", age_secret_key(),
                      ["SOPS_AGE_KEY", "AGE_SECRET_KEY", "AGE_KEY"])
    if c == 31:
        body = b64u(b"\x02\x01\x08pypi.org\x02$" + ruuid().encode()) + b64u(rbytes(R.randint(80, 110)))
        return Secret("pypi", "pypi_token", "pypi-" + body, ["PYPI_TOKEN", "TWINE_PASSWORD", "PYPI_API_TOKEN"])
    if c == 32:
        return Secret("digitalocean", "digitalocean_pat", "dop_v1_" + rhex(64), ["DIGITALOCEAN_TOKEN", "DO_TOKEN"])
    if c == 33:
        return Secret("linear", "linear_api_key", "lin_api_" + rs(40), ["LINEAR_API_KEY"])
    if c == 34:
        return Secret("cloudflare", "cloudflare_api_token", rs(40, ALNUM + "-_"), ["CLOUDFLARE_API_TOKEN", "CF_API_TOKEN"])
    if c == 35:
        uid = str(R.randint(10 ** 17, 9 * 10 ** 18))
        v = "%s.%s.%s" % (b64u(uid.encode()), rs(6, ALNUM + "-_"), rs(38, ALNUM + "-_"))
        return Secret("discord", "discord_bot_token", v, ["DISCORD_TOKEN", "DISCORD_BOT_TOKEN"])
    if c == 36:
        return Secret("telegram", "telegram_bot_token",
                      "%d:AA%s" % (R.randint(10 ** 8, 8 * 10 ** 9), rs(33, ALNUM + "-_")),
                      ["TELEGRAM_BOT_TOKEN", "TG_TOKEN"])
    if c == 37:
        return Secret("mailchimp", "mailchimp_api_key", "%s-us%d" % (rhex(32), R.randint(1, 21)), ["MAILCHIMP_API_KEY"])
    if c == 38:
        v = ("django-insecure-" if chance(0.2) else "") + rs(50, LOWER + DIGITS + "!@#%^*(-_=+)")
        return Secret("django", "django_secret_key", v, ["DJANGO_SECRET_KEY", "SECRET_KEY"])
    if c == 39:
        return Secret("newrelic", "newrelic_user_key", "NRAK-" + rs(27, UPPER + DIGITS), ["NEW_RELIC_API_KEY", "NEWRELIC_KEY"])
    if c == 40:
        return Secret("sentry", "sentry_user_token", "sntryu_" + rhex(64), ["SENTRY_AUTH_TOKEN"])
    if c == 41:
        return Secret("atlassian", "atlassian_api_token",
                      "ATATT3xFfGF0" + rs(171, ALNUM + "-_") + "=" + rs(8, HEX.upper()),
                      ["JIRA_API_TOKEN", "ATLASSIAN_API_TOKEN", "CONFLUENCE_TOKEN"])
    if c == 42:
        return Secret("1password", "op_service_account_token",
                      "ops_" + b64u(json.dumps({"signInAddress": "my.1password.com", "userAuth": {
                          "method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                          "salt": b64u(rbytes(16))}, "email": "%s@1passwordserviceaccounts.com" % rs(13, LOWER + DIGITS),
                          "srpX": rhex(64), "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(32)),
                                                    "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
                          "secretKey": "A3-" + rs(6, UPPER + DIGITS) + "-" + rs(6, UPPER + DIGITS) + "-" + rs(5, UPPER + DIGITS),
                          "throttleSecret": {"seed": rhex(64), "uuid": rs(26, LOWER + DIGITS)},
                          "deviceUuid": rs(26, LOWER + DIGITS)}, separators=(",", ":")).encode()),
                      ["OP_SERVICE_ACCOUNT_TOKEN"])
    if c == 43:
        return Secret("okta", "okta_api_token", "00" + rs(40, ALNUM + "-_"), ["OKTA_API_TOKEN", "OKTA_TOKEN"])
    return Secret("generic", "hmac_signing_secret", rhex(64) if chance(0.5) else b64(rbytes(48)),
                  ["JWT_SECRET", "SESSION_SECRET", "WEBHOOK_SECRET", "SIGNING_KEY"])


def mk_1p_secret_key():
    g = UPPER.replace("I", "").replace("O", "") + "23456789"
    v = "A3-%s-%s-%s-%s-%s-%s-%s" % (rs(6, g), rs(6, g), rs(5, g), rs(5, g), rs(5, g), rs(5, g), rs(5, g))
    return Secret("1password", "op_account_secret_key", v, ["OP_SECRET_KEY", "SECRET_KEY"])


def mk_vault_unseal():
    return Secret("vault", "vault_unseal_key", b64(rbytes(33)), ["VAULT_UNSEAL_KEY", "UNSEAL_KEY_1"])


def mk_vault_dyn_pw():
    return Secret("vault", "vault_dynamic_db_password", "A1a-" + rs(16, ALNUM), ["password"])


def mk_bitwarden_client_secret():
    return Secret("bitwarden", "bitwarden_api_client_secret", rs(30),
                  ["BW_CLIENTSECRET", "BITWARDEN_CLIENT_SECRET"],
                  companions=[("BW_CLIENTID", "user." + ruuid())])


def mk_recovery_codes():
    k = R.randint(0, 2)
    if k == 0:
        codes = ["%s-%s" % (rhex(5), rhex(5)) for _ in range(16)]
        prov = "github"
    elif k == 1:
        codes = ["%s %s" % (rs(4, DIGITS), rs(4, DIGITS)) for _ in range(10)]
        prov = "google"
    else:
        g = LOWER.replace("l", "").replace("o", "") + "23456789"
        codes = ["%s-%s" % (rs(5, g), rs(5, g)) for _ in range(10)]
        prov = pick(["gitlab", "aws", "microsoft", "slack"])
    return Secret(prov, "recovery_codes", codes[0], ["RECOVERY_CODES", "BACKUP_CODES"], lines=codes)


def mk_pem_secret():
    lines, prov, kind = pem_any()
    nd = lines[2] if kind == "openssh_private_key" else lines[1]
    return Secret(prov, kind, "\n".join(lines), ["PRIVATE_KEY", "SSH_PRIVATE_KEY", "TLS_KEY", "DEPLOY_KEY"],
                  needle=nd, lines=lines)


def mk_value_secret(mix="kv"):
    """A secret that fits a single-line key/value slot of a secret store."""
    x = R.random()
    if mix == "kv":
        if x < 0.30:
            return mk_password()
        if x < 0.40:
            return mk_db_url()
        if x < 0.43:
            return mk_vault_unseal() if chance(0.5) else mk_1p_secret_key()
        if x < 0.45:
            return mk_bitwarden_client_secret()
        return mk_api()
    return mk_api()


# ---------------------------------------------------------------- file helpers
import csv
import io


def csv_text(rows, quote_all=False, delim=",", bom=False, crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL,
                   delimiter=delim, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    s = buf.getvalue()
    return ("\ufeff" + s) if bom else s


def jdump(obj, indent=2):
    return json.dumps(obj, indent=indent) + "\n"


def jdump_compact_list(obj, path, indent=2):
    """Pretty JSON except that the list at obj[path...] has one compact item per line."""
    cur = obj
    for k in path[:-1]:
        cur = cur[k]
    items = cur[path[-1]]
    cur[path[-1]] = ["@@ITEM%d@@" % i for i in range(len(items))]
    text = json.dumps(obj, indent=indent)
    for i, it in enumerate(items):
        text = text.replace('"@@ITEM%d@@"' % i, json.dumps(it, separators=(",", ":")))
    cur[path[-1]] = items
    return text + "\n"


def otpauth(issuer, account, seed, extra=True):
    u = "otpauth://totp/%s:%s?secret=%s&issuer=%s" % (issuer.replace(" ", "%20"), account.replace("@", "%40"),
                                                       seed, issuer.replace(" ", "%20"))
    if extra and chance(0.4):
        u += "&algorithm=SHA1&digits=6&period=30"
    return u


def filler_logins(n):
    """Entries without any secret value: passkey / SSO / secure-note items."""
    out = []
    for _ in range(n):
        title, url = pick(SITES)
        f, l = person()
        out.append({"title": title, "url": url, "username": email(f, l),
                    "notes": pick(["", "", "uses passkey", "SSO via Google Workspace",
                                   "Sign in with Apple", "login via Okta", "passkey on YubiKey",
                                   "magic link login", "shared with family", "2FA via SMS",
                                   "account closed %s" % date()])})
    return out


def pm_secret():
    """Secret for a password-manager entry: mostly passwords, some TOTP and API keys."""
    x = R.random()
    if x < 0.55:
        return mk_password()
    if x < 0.70:
        return mk_totp()
    if x < 0.73:
        return mk_1p_secret_key()
    return mk_api()


def pm_entry_for(sec):
    """Return (title, url, username, password, totp, notes) for the secret row."""
    f, l = person()
    if sec.kind in ("human_password", "generated_password", "passphrase"):
        title, url = pick(SITES)
        return title, url, email(f, l) if chance(0.7) else f + pick(["", "_", "."]) + l, sec.value, "", ""
    if sec.kind == "totp_seed":
        title, url = pick(SITES)
        acct = email(f, l)
        return title, url, acct, "", otpauth(title.split()[0], acct, sec.value), "password in Okta, MFA seed here"
    if sec.kind == "op_account_secret_key":
        return "1Password Account", "https://my.1password.com", email(f, l), "", "", "Secret Key: " + sec.value
    title = "%s %s" % (sec.provider.capitalize(), pick(["API key", "token", "prod key", "CI token", "live key"]))
    return title, "", pick(["ci-bot", "deploy", email(f, l), ""]), sec.value, "", pick(["", "rotate quarterly", "used by %s" % pick(SERVICES)])


def build_pm_rows(sec, n_fill=None):
    n_fill = R.randint(4, 12) if n_fill is None else n_fill
    rows = [dict(t=x["title"], u=x["url"], n=x["username"], p="", o="", e=x["notes"]) for x in filler_logins(n_fill)]
    t, u, n, p, o, e = pm_entry_for(sec)
    rows.insert(R.randint(0, len(rows)), dict(t=t, u=u, n=n, p=p, o=o, e=e))
    return rows


# ---------------------------------------------------------------- positive templates
def pos_1password_csv():
    sec = pm_secret()
    rows = [["Title", "Url", "Username", "Password", "OTPAuth", "Favorite", "Archived", "Tags", "Notes"]]
    for r in build_pm_rows(sec):
        rows.append([r["t"], r["u"], r["n"], r["p"], r["o"], pick(["false", "false", "true"]), "false",
                     pick(["", "work", "personal", "infra"]), r["e"]])
    path = pick(["exports/1PasswordExport-%s.csv" % date(), "backup/1password_%s.csv" % date(),
                 "docs/migration/1password-export.csv", "1PasswordExport-%s-%s.csv" % (rs(26, LOWER + DIGITS), date())])
    return path, csv_text(rows, quote_all=True), sec, "csv"


def pos_bitwarden_csv():
    sec = pm_secret()
    rows = [["folder", "favorite", "type", "name", "notes", "fields", "reprompt", "login_uri",
             "login_username", "login_password", "login_totp"]]
    for r in build_pm_rows(sec):
        totp = r["o"]
        if totp and chance(0.5):
            totp = sec.value  # Bitwarden also accepts bare seeds
        rows.append([pick(["", "Work", "Personal", "Infra"]), pick(["", "", "1"]), "login", r["t"], r["e"], "", "0",
                     r["u"], r["n"], r["p"], totp])
    path = pick(["bitwarden_export_%s.csv" % date().replace("-", ""), "backups/bitwarden_export.csv",
                 "tmp/bw-export-%s.csv" % date()])
    return path, csv_text(rows), sec, "csv"


def pos_lastpass_csv():
    sec = pm_secret()
    rows = [["url", "username", "password", "totp", "extra", "name", "grouping", "fav"]]
    for r in build_pm_rows(sec):
        rows.append([r["u"] or "http://sn", r["n"], r["p"], r["o"].split("secret=")[1].split("&")[0] if r["o"] else "",
                     r["e"], r["t"], pick(["", "Business", "Shared-Infra", "Email"]), pick(["0", "0", "1"])])
    return pick(["lastpass_export.csv", "migration/lastpass-vault.csv", "lastpass_export_%s.csv" % date()]), \
        csv_text(rows), sec, "csv"


def pos_keepassxc_csv():
    sec = pm_secret()
    rows = [["Group", "Title", "Username", "Password", "URL", "Notes", "TOTP", "Icon", "Last Modified", "Created"]]
    for r in build_pm_rows(sec):
        rows.append(["Root/" + pick(["Internet", "Work", "Servers", "Email", "Banking"]), r["t"], r["n"], r["p"], r["u"],
                     r["e"], r["o"], str(R.randint(0, 60)), iso_ts()[:19] + "Z", iso_ts()[:19] + "Z"])
    return pick(["keepass/export.csv", "Passwords.csv", "keepassxc-export-%s.csv" % date()]), \
        csv_text(rows, quote_all=True), sec, "csv"


def pos_dashlane_csv():
    sec = pm_secret()
    rows = [["username", "username2", "username3", "title", "password", "note", "url", "category", "otpSecret"]]
    for r in build_pm_rows(sec):
        rows.append([r["n"], "", "", r["t"], r["p"], r["e"], r["u"], pick(["", "Business", "Utilities"]),
                     r["o"].split("secret=")[1].split("&")[0] if r["o"] else ""])
    return pick(["dashlane/credentials.csv", "credentials.csv", "export/dashlane-credentials.csv"]), csv_text(rows), sec, "csv"


def pos_protonpass_csv():
    sec = pm_secret()
    rows = [["name", "url", "email", "username", "password", "note", "totp", "createTime", "modifyTime", "vault"]]
    for r in build_pm_rows(sec):
        e = r["n"] if "@" in r["n"] else ""
        rows.append([r["t"], r["u"], e, "" if e else r["n"], r["p"], r["e"], r["o"], str(epoch()), str(epoch()),
                     pick(["Personal", "Work", "Shared"])])
    return pick(["Proton Pass_export_%s.csv" % date(), "proton/pass-export.csv"]), csv_text(rows), sec, "csv"


def pos_browser_csv():
    sec = mk_password()
    kind = R.randint(0, 2)
    fill = build_pm_rows(sec)
    if kind == 0:
        rows = [["name", "url", "username", "password", "note"]]
        for r in fill:
            host_ = r["u"].split("/")[2] if r["u"].count("/") >= 2 else r["t"].lower()
            rows.append([host_, r["u"] or "android://" + rs(20, ALNUM) + "@com.example.app/", r["n"], r["p"], ""])
        path = pick(["Chrome Passwords.csv", "Microsoft Edge Passwords.csv", "exports/chrome_passwords.csv",
                     "Google Passwords.csv"])
        text = csv_text(rows)
    elif kind == 1:
        rows = [["url", "username", "password", "httpRealm", "formActionOrigin", "guid", "timeCreated",
                 "timeLastUsed", "timePasswordChanged"]]
        for r in fill:
            rows.append([r["u"] or "https://" + r["t"].lower().replace(" ", "") + ".com", r["n"], r["p"], "",
                         r["u"] or "", "{%s}" % ruuid(), str(epoch() * 1000), str(epoch() * 1000), str(epoch() * 1000)])
        path = pick(["logins.csv", "firefox/logins.csv", "backup/firefox-logins.csv"])
        text = csv_text(rows, quote_all=True)
    else:
        rows = [["Title", "URL", "Username", "Password", "Notes", "OTPAuth"]]
        for r in fill:
            rows.append([r["t"] + " (" + (r["n"]) + ")", r["u"], r["n"], r["p"], r["e"], r["o"]])
        path = pick(["Passwords.csv", "Apple Passwords.csv", "icloud-keychain-export.csv"])
        text = csv_text(rows)
    return path, text, sec, "csv"


def _1pux_item(title, url, user, pw, totp, notes, concealed=None):
    login = [{"value": user, "id": "", "name": "username", "fieldType": "T", "designation": "username"}]
    if pw:
        login.append({"value": pw, "id": "", "name": "password", "fieldType": "P", "designation": "password"})
    sections = []
    if totp:
        sections.append({"title": "", "name": "Section_" + rs(26, LOWER + DIGITS), "fields": [
            {"title": "one-time password", "id": "TOTP_" + rs(26, LOWER + DIGITS), "value": {"totp": totp},
             "indexAtSource": 0, "guarded": False, "multiline": False, "dontGenerate": False,
             "inputTraits": {"keyboard": "default", "correction": "default", "capitalization": "default"}}]})
    if concealed:
        sections.append({"title": "API", "name": "Section_" + rs(26, LOWER + DIGITS), "fields": [
            {"title": concealed[0], "id": rs(26, LOWER + DIGITS), "value": {"concealed": concealed[1]},
             "indexAtSource": 0, "guarded": True, "multiline": False, "dontGenerate": True}]})
    return {"uuid": rs(26, LOWER + DIGITS), "favIndex": 0, "createdAt": epoch(), "updatedAt": epoch(),
            "state": "active", "categoryUuid": "001" if not concealed else "112",
            "details": {"loginFields": login if not concealed else [], "notesPlain": notes,
                        "sections": sections, "passwordHistory": []},
            "overview": {"subtitle": user, "urls": [{"label": "website", "url": url}] if url else [],
                         "title": title, "url": url, "tags": []}}


def pos_1pux():
    sec = pm_secret()
    items = []
    for r in build_pm_rows(sec, R.randint(1, 3)):
        if r["p"] and not sec.kind.endswith("password") and sec.kind != "passphrase" and r["p"] == sec.value:
            items.append(_1pux_item(r["t"], r["u"], r["n"], "", "", r["e"],
                                    concealed=(pick(["credential", "api key", "token", "secret"]), r["p"])))
        else:
            items.append(_1pux_item(r["t"], r["u"], r["n"], r["p"], r["o"], r["e"]))
    f, l = person()
    data = {"accounts": [{"attrs": {"accountName": company().capitalize(), "name": "%s %s" % (f.capitalize(), l.capitalize()),
                                    "avatar": "", "email": email(f, l), "uuid": rs(26, UPPER + DIGITS),
                                    "domain": "https://%s.1password.com/" % company()},
                          "vaults": [{"attrs": {"uuid": rs(26, LOWER + DIGITS), "desc": "", "avatar": "",
                                                "name": pick(["Private", "Personal", "Shared", "Infra"]), "type": "P"},
                                      "items": items}]}]}
    text = jdump_compact_list(data, ["accounts", 0, "vaults", 0, "items"], indent=None if chance(0.3) else 1)
    if text.count("\n") < 6:
        text = text.replace('"accounts":', '\n"accounts":').replace('"vaults":', '\n"vaults":').replace('"items": [', '"items": [\n').replace('}, {"uuid"', '},\n{"uuid"')
        text = text.replace('"items":[', '"items":[\n').replace('},{"uuid"', '},\n{"uuid"')
    path = pick(["1PasswordExport-%s/export.data" % rs(26, UPPER + DIGITS), "export/1pux/export.data",
                 "backups/1password/%s/export.data" % date()])
    return path, text, sec, "1pux"


def pos_bitwarden_json():
    sec = pm_secret()
    folders = [{"id": ruuid(), "name": pick(["Work", "Personal", "Infra", "Finance"])} for _ in range(R.randint(1, 2))]
    items = []
    for r in build_pm_rows(sec, R.randint(1, 2)):
        it = {"passwordHistory": None, "revisionDate": iso_ms(), "creationDate": iso_ms(), "deletedDate": None,
              "id": ruuid(), "organizationId": None, "folderId": pick(folders)["id"], "type": 1, "reprompt": 0,
              "name": r["t"], "notes": r["e"] or None, "favorite": False,
              "login": {"fido2Credentials": [], "uris": [{"match": None, "uri": r["u"]}] if r["u"] else [],
                        "username": r["n"], "password": r["p"] or None, "totp": r["o"] or None},
              "collectionIds": None}
        if r["p"] and r["p"] == sec.value and sec.kind not in ("human_password", "generated_password", "passphrase") and chance(0.6):
            it["login"]["password"] = None
            it["fields"] = [{"name": pick(["api_key", "token", "secret", "key"]), "value": r["p"], "type": 1, "linkedId": None}]
        items.append(it)
    text = jdump({"encrypted": False, "folders": folders, "items": items})
    if text.count("\n") > 78:
        text = jdump_compact_list({"encrypted": False, "folders": folders, "items": items}, ["items"])
    path = pick(["bitwarden_export_%s.json" % date().replace("-", ""), "backups/bitwarden_export.json",
                 "vault-export/bitwarden_%s.json" % date()])
    return path, text, sec, "json"


def _xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pos_keepass_xml():
    sec = pm_secret()
    out = ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', "<KeePassFile>", "\t<Meta>",
           "\t\t<Generator>%s</Generator>" % pick(["KeePass", "KeePassXC"]),
           "\t\t<DatabaseName>%s</DatabaseName>" % pick(["Passwords", "Infra", "Team vault", company() + "-ops"]),
           "\t\t<DatabaseNameChanged>%sZ</DatabaseNameChanged>" % iso_ts()[:19],
           "\t\t<MaintenanceHistoryDays>365</MaintenanceHistoryDays>", "\t</Meta>", "\t<Root>", "\t\t<Group>",
           "\t\t\t<UUID>%s</UUID>" % b64(rbytes(16)), "\t\t\t<Name>%s</Name>" % pick(["Root", "Passwords", "Infra"])]
    for r in build_pm_rows(sec, R.randint(0, 1)):
        out += ["\t\t\t<Entry>", "\t\t\t\t<UUID>%s</UUID>" % b64(rbytes(16)), "\t\t\t\t<IconID>0</IconID>",
                "\t\t\t\t<Times>", "\t\t\t\t\t<LastModificationTime>%s</LastModificationTime>" % (iso_ts()[:19] + "Z"),
                "\t\t\t\t</Times>"]
        fields = [("Notes", r["e"]), ("Password", r["p"]), ("Title", r["t"]), ("URL", r["u"]), ("UserName", r["n"])]
        if r["o"]:
            fields.append(("otp", r["o"]))
        for k, v in fields:
            prot = ' ProtectInMemory="True"' if k == "Password" else ""
            out += ["\t\t\t\t<String>", "\t\t\t\t\t<Key>%s</Key>" % k,
                    "\t\t\t\t\t<Value%s>%s</Value>" % (prot, _xml_esc(v)) if v else "\t\t\t\t\t<Value%s />" % prot,
                    "\t\t\t\t</String>"]
        out.append("\t\t\t</Entry>")
    out += ["\t\t</Group>", "\t</Root>", "</KeePassFile>"]
    return pick(["keepass-export.xml", "backup/Database.xml", "kp/%s.xml" % company()]), "\n".join(out) + "\n", sec, "xml"


def extra_fields(sec, style):
    out = [(style_name(k, style), v) for k, v in sec.companions]
    if sec.kind in ("human_password", "generated_password", "passphrase") or chance(0.3):
        pool = [("USERNAME", pick(["svc_%s" % pick(SERVICES), "admin", "app", pick(SERVICES) + "_rw", "root"])),
                ("HOST", host()), ("PORT", pick(["5432", "3306", "6379", "27017", "1433"])),
                ("ENGINE", pick(["postgres", "mysql", "redis", "mongodb"])), ("DBNAME", pick(SERVICES)),
                ("OWNER", "team-" + pick(SERVICES)), ("ROTATED_AT", date()), ("ENVIRONMENT", pick(ENVS))]
        for k, v in R.sample(pool, R.randint(1, 4)):
            out.append((style_name(k, style), v))
    return out


def kv_fields(sec, style="snake"):
    """Fields of a secret-store record: exactly one secret plus harmless metadata."""
    fields = extra_fields(sec, style)
    n = sec.name(style)
    while any(k == n for k, _ in fields):
        n = sec.name(style)
    fields.insert(R.randint(0, len(fields)), (n, sec.value))
    return fields


def secret_path():
    return pick(["%s/%s" % (pick(ENVS), pick(SERVICES)), "apps/%s/%s" % (pick(SERVICES), pick(ENVS)),
                 "%s/%s/%s" % (company(), pick(ENVS), pick(["db", "api", "smtp", "third-party", "ci"])),
                 "infra/%s" % pick(SERVICES)])


def prompt(cmd):
    p = pick(["$ ", "%s@%s:~/%s$ " % (pick(FIRST), pick(["bastion", "ops-box", "laptop", "jump01"]), pick(SERVICES)),
              "❯ ", "bash-5.2$ ", "[%s@%s ~]$ " % (pick(FIRST), pick(["ip-10-0-3-17", "admin01"]))])
    return p + cmd


def kv_secret():
    s = mk_value_secret()
    return s


def pos_vault_kv_json():
    sec = kv_secret()
    p = secret_path()
    mount = pick(["secret", "kv", "kv-v2", "apps"])
    data = {"request_id": ruuid(), "lease_id": "", "lease_duration": 0, "renewable": False,
            "data": {"data": dict(kv_fields(sec)), "metadata": {
                "created_time": iso_ts(), "custom_metadata": None, "deletion_time": "", "destroyed": False,
                "version": R.randint(1, 14)}}, "warnings": None}
    text = jdump(data)
    if chance(0.5):
        text = prompt("vault kv get -format=json %s/%s" % (mount, p)) + "\n" + text
    path = pick(["docs/vault/%s.json" % p.replace("/", "-"), "vault-dump/%s.json" % p.replace("/", "_"),
                 "tmp/%s.json" % p.split("/")[-1], "ops/secrets-backup/%s/%s.json" % (mount, p)])
    return path, text, sec, "json"


def table(rows, head=("Key", "Value")):
    w = max(len(head[0]), max(len(k) for k, _ in rows)) + 4
    out = [head[0].ljust(w) + head[1], "-" * len(head[0]) + " " * (w - len(head[0])) + "-" * len(head[1])]
    for k, v in rows:
        out.append(k.ljust(w) + str(v))
    return out


def pos_vault_kv_table():
    sec = kv_secret()
    mount = pick(["secret", "kv"])
    p = secret_path()
    out = [prompt("vault kv get %s/%s" % (mount, p)), "=" * 6 + " Secret Path " + "=" * 6, "%s/data/%s" % (mount, p), "",
           "=" * 7 + " Metadata " + "=" * 7]
    out += table([("created_time", iso_ts()), ("custom_metadata", "<nil>"), ("deletion_time", "n/a"),
                  ("destroyed", "false"), ("version", R.randint(1, 20))])
    out += ["", "=" * 6 + " Data " + "=" * 6]
    out += table(sorted(kv_fields(sec)))
    if chance(0.5):
        out = ["# %s" % pick(["pasted from vault for the migration ticket", "current values before rotation",
                              "DO NOT COMMIT - debug", "output from prod bastion"]), ""] + out
    path = pick(["notes/vault-%s.txt" % p.split("/")[-1], "tmp/vault_output.txt", "docs/ops/%s-secret.txt" % p.split("/")[-1]])
    return path, "\n".join(out) + "\n", sec, "txt"


def pos_vault_read_dynamic():
    sec = mk_vault_dyn_pw()
    role = pick(["readonly", "readwrite", "%s-app" % pick(SERVICES), "migrations"])
    lease = "database/creds/%s/%s" % (role, rs(24))
    out = [prompt("vault read database/creds/%s" % role)]
    out += table([("lease_id", lease), ("lease_duration", pick(["1h", "768h", "24h"])), ("lease_renewable", "true"),
                  ("password", sec.value),
                  ("username", "v-%s-%s-%s-%d" % (pick(["token", "approle", "oidc-" + pick(FIRST)]), role[:10], rs(20), epoch()))])
    if chance(0.5):
        out += ["", prompt("psql \"host=%s dbname=%s user=... sslmode=require\"" % (host(), pick(SERVICES)))]
    path = pick(["notes/db-access.txt", "incident/%s-dbcreds.log" % date(), "tmp/vault-read.txt"])
    return path, "\n".join(out) + "\n", sec, "txt" if path.endswith("txt") else "log"


def pos_vault_token_create():
    sec = Secret("vault", "vault_service_token", "hvs." + rs(R.choice([91, 95]), ALNUM + "-_"),
                 ["VAULT_TOKEN"])
    out = [prompt("vault token create -policy=%s -ttl=%s" % (pick(SERVICES), pick(["720h", "8760h", "24h"])))]
    out += table([("token", sec.value), ("token_accessor", rs(24)), ("token_duration", pick(["720h", "8760h", "24h"])),
                  ("token_renewable", "true"), ("token_policies", '["default" "%s"]' % pick(SERVICES)),
                  ("identity_policies", "[]"), ("policies", '["default" "%s"]' % pick(SERVICES))])
    out += ["", "# give this to the %s team via 1Password, not Slack!" % pick(SERVICES)]
    return pick(["ops/vault/tokens.txt", "notes/vault-token.txt", "handover/%s.txt" % pick(SERVICES)]), \
        "\n".join(out) + "\n", sec, "txt"


def pos_vault_pki_issue():
    lines, prov, kind = pem_any()
    if kind == "openssh_private_key":
        lines, prov, kind = pem_rsa_pkcs1(), "generic", "rsa_private_key_pkcs1"
    sec = Secret(prov, "tls_" + kind, "\n".join(lines), ["private_key"], needle=lines[1], lines=lines)
    cert = fake_cert_lines()
    ca = fake_cert_lines()
    cn = "%s.%s.internal" % (pick(SERVICES), company())
    data = {"request_id": ruuid(), "lease_id": "", "lease_duration": 0, "renewable": False,
            "data": {"certificate": "\n".join(cert), "expiration": epoch() + 86400 * 30,
                     "issuing_ca": "\n".join(ca), "private_key": "\n".join(lines),
                     "private_key_type": "ec" if "EC" in lines[0] else "rsa", "serial_number":
                         ":".join(rhex(2) for _ in range(20))}, "warnings": None}
    text = prompt("vault write -format=json pki_int/issue/%s common_name=%s ttl=720h" % (pick(SERVICES), cn)) + "\n" + jdump(data)
    return pick(["certs/%s.json" % cn, "pki/issued-%s.json" % date(), "tls/%s-bundle.json" % pick(SERVICES)]), text, sec, "json"


def pos_aws_sm():
    sec = kv_secret()
    acct = account_id()
    region = pick(REGIONS)
    name = "%s/%s" % (pick(ENVS), pick(SERVICES)) + pick(["", "/db", "/api-keys", "/credentials"])
    if chance(0.7):
        ss = json.dumps(dict(kv_fields(sec)), separators=(",", ":"))
    else:
        ss = sec.value
    data = {"ARN": "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (region, acct, name, rs(6)), "Name": name,
            "VersionId": ruuid(), "SecretString": ss, "VersionStages": ["AWSCURRENT"],
            "CreatedDate": "%d.%03d" % (epoch(), R.randint(0, 999))}
    text = jdump(data, indent=4).replace('"CreatedDate": "', '"CreatedDate": ').replace('"\n}', "\n}")
    if chance(0.5):
        text = prompt("aws secretsmanager get-secret-value --secret-id %s --region %s" % (name, region)) + "\n" + text
    return pick(["aws/secrets/%s.json" % name.replace("/", "_"), "debug/get-secret-value.json",
                 "tmp/%s.json" % name.split("/")[-1]]), text, sec, "json"


def pos_aws_ssm():
    sec = kv_secret()
    acct = account_id()
    region = pick(REGIONS)
    pname = "/%s/%s/%s" % (pick(ENVS), pick(SERVICES), style_name(sec.name("snake"), "snake"))
    params = [{"Name": pname, "Type": "SecureString", "Value": sec.value, "Version": R.randint(1, 9),
               "LastModifiedDate": "@@TS@@", "ARN": "arn:aws:ssm:%s:%s:parameter%s" % (region, acct, pname),
               "DataType": "text"}]
    for _ in range(R.randint(0, 2)):
        leaf, val = pick([("db_host", host()), ("log_level", pick(["info", "debug", "warn"])), ("db_port", "5432"),
                          ("region", region), ("enable_cache", pick(["true", "false"])),
                          ("username", "svc_" + pick(SERVICES)), ("queue_url", "https://sqs.%s.amazonaws.com/%s/%s" % (region, acct, pick(SERVICES)))])
        n2 = "/%s/%s/%s" % (pick(ENVS), pick(SERVICES), leaf)
        params.append({"Name": n2, "Type": "String", "Value": val,
                       "Version": R.randint(1, 9), "LastModifiedDate": "@@TS@@",
                       "ARN": "arn:aws:ssm:%s:%s:parameter%s" % (region, acct, n2), "DataType": "text"})
    R.shuffle(params)
    text = jdump({"Parameters": params, "InvalidParameters": []}, indent=4)
    while "\"@@TS@@\"" in text:
        text = text.replace('"@@TS@@"', "%d.%03d" % (epoch(), R.randint(0, 999)), 1)
    text = prompt("aws ssm get-parameters --names %s --with-decryption" % " ".join(p["Name"] for p in params)) + "\n" + text
    return pick(["ssm-dump.json", "ops/ssm/%s.json" % pick(ENVS), "tmp/params.json"]), text, sec, "json"


def pos_gcp_access():
    sec = kv_secret()
    proj = "%s-%s-%d" % (company(), pick(ENVS), R.randint(100, 999))
    sname = style_name(sec.name("kebab"), "kebab")
    if chance(0.5):
        raw = sec.value.encode()
        d = b64(raw)
        data = {"name": "projects/%d/secrets/%s/versions/%d" % (R.randint(10 ** 11, 10 ** 12), sname, R.randint(1, 9)),
                "payload": {"data": d, "dataCrc32c": str(crc32c(raw))}}
        text = prompt("gcloud secrets versions access latest --secret=%s --project=%s --format=json" % (sname, proj)) + "\n" + jdump(data)
        return pick(["gcp/%s.json" % sname, "tmp/secret-access.json"]), text, Secret(
            sec.provider, sec.kind, sec.value, sec.pnames, needle=d), "json"
    out = ["# GCP Secret Manager values for %s (copied %s)" % (proj, date()), ""]
    out.append(prompt("gcloud secrets list --project=%s" % proj))
    out.append("NAME" + " " * 28 + "CREATED              REPLICATION_POLICY  LOCATIONS")
    for n in [sname] + [pick(["db-host", "sentry-dsn-public", "feature-flags", "smtp-host"]) for _ in range(2)]:
        out.append(n.ljust(32) + iso_ts()[:19] + "  automatic           -")
    out += ["", prompt("gcloud secrets versions access latest --secret=%s --project=%s" % (sname, proj)), sec.value,
            prompt("")]
    return pick(["notes/gcp-secrets.txt", "docs/setup/gcloud-session.txt"]), "\n".join(out) + "\n", sec, "txt"


def pos_azure_kv():
    sec = kv_secret()
    vault = "%s-%s-kv" % (company(), pick(ENVS))
    name = style_name(sec.name("kebab"), "kebab")
    data = {"attributes": {"created": iso_ts()[:19] + "+00:00", "enabled": True, "expires": None, "notBefore": None,
                           "recoverableDays": 90, "recoveryLevel": "Recoverable+Purgeable",
                           "updated": iso_ts()[:19] + "+00:00"},
            "contentType": pick([None, "text/plain", "password"]),
            "id": "https://%s.vault.azure.net/secrets/%s/%s" % (vault, name, rhex(32)), "kid": None,
            "managed": None, "name": name, "tags": {"owner": pick(SERVICES)} if chance(0.5) else {},
            "value": sec.value}
    text = jdump(data)
    if chance(0.6):
        text = prompt("az keyvault secret show --vault-name %s --name %s" % (vault, name)) + "\n" + text
    return pick(["azure/%s.json" % name, "tmp/kv-%s.json" % name, "docs/azure-secret-show.json"]), text, sec, "json"


def env_line(k, v, quote=None):
    quote = quote if quote is not None else pick(["", '"', "'", ""])
    return "%s=%s%s%s" % (k, quote, v, quote)


def env_filler(n):
    pool = [("NODE_ENV", pick(["production", "staging"])), ("LOG_LEVEL", pick(["info", "debug", "warn"])),
            ("PORT", pick(["3000", "8080", "8000", "5000"])), ("APP_URL", "https://%s.%s.io" % (pick(SERVICES), company())),
            ("DB_HOST", host()), ("DB_PORT", pick(["5432", "3306"])), ("DB_NAME", pick(SERVICES)),
            ("DB_USER", "svc_" + pick(SERVICES)), ("REDIS_HOST", "redis.%s.internal" % company()),
            ("AWS_REGION", pick(REGIONS)), ("SENTRY_ENVIRONMENT", pick(ENVS)), ("FEATURE_NEW_CHECKOUT", pick(["true", "false"])),
            ("SMTP_HOST", "smtp.%s.com" % pick(["sendgrid", "mailgun", "postmarkapp"])), ("SMTP_PORT", "587"),
            ("TZ", pick(["UTC", "Europe/Berlin", "America/New_York"])), ("WORKERS", str(R.randint(2, 16))),
            ("S3_BUCKET", "%s-%s-%s" % (company(), pick(SERVICES), pick(ENVS))), ("CORS_ORIGINS", "https://app.%s.com" % company()),
            ("SESSION_TTL", str(R.choice([3600, 7200, 86400]))), ("RATE_LIMIT_PER_MIN", str(R.randint(30, 600)))]
    return R.sample(pool, min(n, len(pool)))


def pos_doppler():
    sec = kv_secret()
    proj, cfg = pick(SERVICES), pick(["prd", "stg", "dev", "prd_eu"])
    fields = [("DOPPLER_CONFIG", cfg), ("DOPPLER_ENVIRONMENT", cfg.split("_")[0]), ("DOPPLER_PROJECT", proj)]
    fields += env_filler(R.randint(3, 9)) + [(sec.name("env"), sec.value)] + [(k.upper(), v) for k, v in sec.companions]
    fields.sort()
    if chance(0.5):
        text = jdump(dict(fields))
        path = pick(["doppler-%s.json" % cfg, "secrets/doppler_%s_%s.json" % (proj, cfg), "tmp/doppler.json"])
        ft = "json"
        if chance(0.5):
            text = prompt("doppler secrets download --no-file --format json -p %s -c %s" % (proj, cfg)) + "\n" + text
    else:
        text = "\n".join(env_line(k, v, '"') for k, v in fields) + "\n"
        path = pick([".env.doppler", "doppler.env", "config/%s.env.bak" % cfg])
        ft = "env-backup"
    return path, text, sec, ft


def pos_infisical():
    sec = kv_secret()
    fields = env_filler(R.randint(4, 10)) + [(sec.name("env"), sec.value)] + [(k.upper(), v) for k, v in sec.companions]
    R.shuffle(fields)
    if chance(0.5):
        text = "\n".join("%s='%s'" % (k, v) for k, v in fields) + "\n"
        return pick(["infisical-export.env", ".env.infisical", "exports/infisical_%s.env" % pick(ENVS)]), text, sec, "env-backup"
    text = jdump([{"key": k, "value": v} for k, v in fields])
    if text.count("\n") > 78:
        text = jdump_compact_list({"secrets": [{"key": k, "value": v} for k, v in fields]}, ["secrets"])
    return pick(["infisical-export.json", "exports/infisical_%s.json" % pick(ENVS)]), text, sec, "json"


def pos_op_item_get():
    x = R.random()
    sec = mk_pem_secret() if x < 0.25 else (mk_password() if x < 0.6 else mk_api())
    vault = pick(["Private", "Infra", "Engineering", "Shared-Prod"])
    title = pick(["%s %s" % (pick(SERVICES), pick(["prod", "admin", "deploy key", "API"])), pick(SITES)[0]])
    iid = rs(26, LOWER + DIGITS)
    ref = "op://%s/%s" % (vault, title.replace(" ", "%20") if False else iid)
    fields = []
    if sec.lines:
        cat = "SSH_KEY"
        fields.append({"id": "private_key", "type": "SSHKEY", "label": "private key", "value": sec.value,
                       "reference": ref + "/private key"})
        fields.append({"id": "public_key", "type": "STRING", "label": "public key",
                       "value": ssh_pub_ed25519(pick(FIRST) + "@" + pick(["deploy", "ci"])), "reference": ref + "/public key"})
        fields.append({"id": "fingerprint", "type": "STRING", "label": "fingerprint",
                       "value": "SHA256:" + b64(rbytes(32)).rstrip("="), "reference": ref + "/fingerprint"})
    elif sec.kind in ("human_password", "generated_password", "passphrase"):
        cat = "LOGIN"
        fields.append({"id": "username", "type": "STRING", "purpose": "USERNAME", "label": "username",
                       "value": email(), "reference": ref + "/username"})
        fields.append({"id": "password", "type": "CONCEALED", "purpose": "PASSWORD", "label": "password",
                       "value": sec.value, "entropy": round(R.uniform(40, 130), 6), "reference": ref + "/password",
                       "password_details": {"entropy": R.randint(40, 130), "generated": sec.kind != "human_password",
                                            "strength": pick(["GOOD", "VERY_GOOD", "EXCELLENT", "FANTASTIC"])}})
    else:
        cat = "API_CREDENTIAL"
        lab = sec.name("snake")
        fields.append({"id": "credential", "type": "CONCEALED", "label": "credential" if chance(0.6) else lab,
                       "value": sec.value, "reference": ref + "/credential"})
        fields.append({"id": "type", "type": "MENU", "label": "type", "value": "bearer", "reference": ref + "/type"})
    fields.append({"id": "notesPlain", "type": "STRING", "purpose": "NOTES", "label": "notesPlain",
                   "reference": ref + "/notesPlain"})
    data = {"id": iid, "title": title, "version": R.randint(1, 12), "vault": {"id": rs(26, LOWER + DIGITS), "name": vault},
            "category": cat, "last_edited_by": rs(26, UPPER + DIGITS), "created_at": iso_ts()[:19] + "Z",
            "updated_at": iso_ts()[:19] + "Z", "additional_information": pick(["", title]), "fields": fields}
    text = jdump(data)
    if chance(0.5):
        text = prompt("op item get \"%s\" --vault %s --format json --reveal" % (title, vault)) + "\n" + text
    return pick(["op-item.json", "tmp/%s.json" % iid, "docs/1password/%s.json" % title.replace(" ", "-").lower()]), \
        text, sec, "json"


def pos_k8s_yaml():
    x = R.random()
    sec = mk_pem_secret() if x < 0.12 else kv_secret()
    name = "%s-%s" % (pick(SERVICES), pick(["secrets", "credentials", "env", "db", "api"]))
    ns = pick(["default", pick(SERVICES), "prod", "payments", "platform"])
    key = sec.name(pick(["snake", "kebab", "env"])) if not sec.lines else pick(["tls.key", "id_ed25519", "private-key", "ssh-privatekey"])
    fields = [(key, sec.value)] + [(k.lower() if chance(0.5) else k, v) for k, v in extra_fields(sec, "env")]
    fields.sort()
    enc = {k: b64(v.encode()) for k, v in fields}
    needle = enc[key]
    out = ["apiVersion: v1", "data:"]
    out += ["  %s: %s" % (k, enc[k]) for k, _ in fields]
    out += ["kind: Secret", "metadata:"]
    if chance(0.5):
        out += ["  annotations:", "    kubectl.kubernetes.io/last-applied-configuration: |",
                '      {"apiVersion":"v1","kind":"Secret","metadata":{"annotations":{},"name":"%s","namespace":"%s"},"type":"Opaque"}' % (name, ns)]
    out += ['  creationTimestamp: "%s"' % (iso_ts()[:19] + "Z"), "  name: " + name, "  namespace: " + ns,
            '  resourceVersion: "%d"' % R.randint(1000, 99999999), "  uid: " + ruuid(), "type: Opaque"]
    if chance(0.4):
        out = [prompt("kubectl get secret %s -n %s -o yaml" % (name, ns))] + out
    path = pick(["k8s/%s/%s.yaml" % (ns, name), "backup/k8s/secrets/%s.yaml" % name, "%s-secret.yaml" % name,
                 "deploy/%s/secret.yml" % pick(SERVICES)])
    return path, "\n".join(out) + "\n", Secret(sec.provider, sec.kind, sec.value, sec.pnames, needle=needle), "yaml"


def pos_k8s_decoded():
    sec = kv_secret()
    name = "%s-%s" % (pick(SERVICES), pick(["secrets", "credentials", "env"]))
    ns = pick(["default", pick(SERVICES), "prod"])
    fields = dict(sorted(kv_fields(sec, pick(["snake", "env", "kebab"]))))
    text = prompt("kubectl get secret %s -n %s -o json | jq '.data | map_values(@base64d)'" % (name, ns)) + "\n" + jdump(fields)
    if text.count("\n") < 5:
        text = "# decoded %s/%s on %s for the %s migration\n\n" % (ns, name, date(), pick(SERVICES)) + text + prompt("") + "\n"
    return pick(["notes/%s-decoded.txt" % name, "tmp/secret.json", "debug/%s.txt" % name]), text, sec, "txt"


def pos_terraform_output():
    sec = kv_secret()
    outs = {}
    nm = sec.name("snake")
    outs[nm] = {"sensitive": True, "type": "string", "value": sec.value}
    for k, v in sec.companions:
        outs[k.lower()] = {"sensitive": False, "type": "string", "value": v}
    for k, v in [("endpoint", host()), ("vpc_id", "vpc-" + rhex(17)), ("bucket_name", "%s-%s" % (company(), pick(SERVICES))),
                 ("cluster_name", "%s-%s" % (pick(ENVS), pick(SERVICES))), ("db_port", 5432),
                 ("lb_dns_name", "%s-%d.%s.elb.amazonaws.com" % (pick(SERVICES), R.randint(10 ** 8, 10 ** 9), pick(REGIONS)))][:R.randint(2, 6)]:
        outs[k] = {"sensitive": False, "type": "number" if isinstance(v, int) else "string", "value": v}
    outs = dict(sorted(outs.items()))
    if chance(0.5):
        text = jdump(outs)
        if chance(0.5):
            text = prompt("terraform output -json") + "\n" + text
        return pick(["terraform/outputs.json", "infra/%s/output.json" % pick(ENVS), "tf-output.json"]), text, sec, "json"
    st = {"version": 4, "terraform_version": pick(["1.5.7", "1.6.6", "1.7.5", "1.9.2"]), "serial": R.randint(3, 400),
          "lineage": ruuid(), "outputs": outs, "resources": [], "check_results": None}
    return pick(["terraform.tfstate", "infra/%s/terraform.tfstate.backup" % pick(ENVS), "tfstate/%s.tfstate" % pick(SERVICES)]), \
        jdump(st), sec, "tfstate"


def pos_ansible_view():
    x = R.random()
    sec = mk_pem_secret() if x < 0.1 else kv_secret()
    svc = pick(SERVICES)
    out = []
    if chance(0.5):
        out.append(prompt("ansible-vault view group_vars/%s/vault.yml" % pick(ENVS)))
        out.append("Vault password: ")
    out.append("---")
    for k, v in R.sample([("vault_%s_db_user" % svc, "svc_" + svc), ("vault_%s_db_host" % svc, host()),
                          ("vault_smtp_from", "noreply@%s.com" % company()), ("vault_%s_port" % svc, R.choice([5432, 8443]))],
                         R.randint(1, 3)):
        out.append("%s: %s" % (k, v))
    nm = "vault_" + sec.name("snake")
    if sec.lines:
        out.append("%s: |" % nm)
        out += ["  " + l for l in sec.lines]
    else:
        q = pick(["", '"', "'"]) if sec.value[0] not in "!*@%&#`|>?-{[" and ": " not in sec.value else '"'
        out.append("%s: %s%s%s" % (nm, q, sec.value, q))
    for k, v in [("vault_%s_admin_email" % svc, email())][:R.randint(0, 1)]:
        out.append("%s: %s" % (k, v))
    return pick(["group_vars/%s/vault_decrypted.yml" % pick(ENVS), "ansible/vault-view.txt", "notes/ansible-vault.yml"]), \
        "\n".join(out) + "\n", sec, "yaml"


def pos_env_backup():
    sec = kv_secret()
    fields = env_filler(R.randint(4, 14))
    pos = R.randint(0, len(fields))
    fields.insert(pos, (sec.name("env"), sec.value))
    for k, v in sec.companions:
        fields.insert(pos, (k.upper(), v))
    out = []
    if chance(0.5):
        out += ["# %s" % pick(["backup before migrating to Vault", "old values - keep until cutover", "copied from prod box",
                               "generated by scripts/dump-env.sh", "Production"]), ""]
    q = pick(["", '"', "'"])
    out += [env_line(k, v, q if any(c in v for c in " #") is False else '"') for k, v in fields]
    path = pick([".env.bak", "env.old", ".env.production.bak", "config/.env.backup", ".env~", "%s/.env.bak" % pick(SERVICES),
                 ".env.%s.old" % pick(ENVS), "backup/env-%s.txt" % date()])
    return path, "\n".join(out) + "\n", sec, "env-backup"


def pos_migration_sheet():
    sec = kv_secret() if chance(0.6) else mk_password()
    header = pick([["Service", "Environment", "Username", "Password", "Owner", "Migrated", "Notes"],
                   ["System", "Env", "Login", "Secret", "Team", "Status", "Comment"],
                   ["service", "env", "user", "password", "vault_path", "done"]])
    rows = [header]
    n = R.randint(4, 16)
    idx = R.randrange(n)
    for i in range(n):
        svc = pick(SERVICES + ["jenkins", "grafana", "sonarqube", "nexus", "pgbouncer", "rabbitmq", "smtp relay"])
        env = pick(ENVS)
        user = pick(["admin", "svc_" + svc, "root", "deploy", email()])
        if i == idx:
            pw = sec.value
            status = pick(["no", "TODO", "pending", ""])
        else:
            pw = pick(["(in vault)", "see 1Password", "SSO", "", "n/a - IAM role", "rotated, see vault", "managed identity",
                       "-", "(moved)", "op://Infra/%s/password" % svc])
            status = pick(["yes", "done", "migrated", "yes"])
        row = [svc, env, user, pw, "team-" + pick(SERVICES), status, pick(["", "", "legacy", "decom Q3", "ticket OPS-%d" % R.randint(100, 9999)])]
        if len(header) == 6:
            row = [svc, env, user, pw, "secret/%s/%s" % (env, svc), status]
        rows.append(row)
    if chance(0.35):
        return pick(["migration/credentials.tsv", "docs/secret-inventory.tsv"]), csv_text(rows, delim="\t"), sec, "tsv"
    return pick(["Credentials Migration - Sheet1.csv", "docs/migration/secret-inventory.csv", "inventory/passwords (1).csv",
                 "Vault migration tracker.xlsx - Services.csv"]), csv_text(rows, bom=chance(0.5), crlf=chance(0.5)), sec, "csv-xlsx-export"


def shq(v):
    return "'%s'" % v


def seed_command(sec, name, style="sh"):
    """A CLI command that stores the secret somewhere; returns a line."""
    svc, env = pick(SERVICES), pick(ENVS)
    c = R.randint(0, 8)
    if c == 0:
        return "vault kv put secret/%s/%s %s=%s" % (env, svc, style_name(name, "snake"), shq(sec.value))
    if c == 1:
        return "aws secretsmanager create-secret --name %s/%s --secret-string %s" % (
            env, svc, shq(json.dumps({style_name(name, "snake"): sec.value}, separators=(",", ":"))))
    if c == 2:
        return "gh secret set %s --repo %s/%s -b%s" % (style_name(name, "env"), company(), svc,
                                                     pick(['"%s"' % sec.value, " " + shq(sec.value), shq(sec.value)]))
    if c == 3:
        return "kubectl create secret generic %s-secrets -n %s --from-literal=%s=%s" % (
            svc, env, style_name(name, pick(["snake", "env"])), shq(sec.value))
    if c == 4:
        return "aws ssm put-parameter --name /%s/%s/%s --type SecureString --overwrite --value %s" % (
            env, svc, style_name(name, "snake"), shq(sec.value))
    if c == 5:
        return "az keyvault secret set --vault-name %s-%s-kv --name %s --value %s" % (
            company(), env, style_name(name, "kebab"), shq(sec.value))
    if c == 6:
        return "printf '%%s' %s | gcloud secrets versions add %s --data-file=-" % (shq(sec.value), style_name(name, "kebab"))
    if c == 7:
        return "doppler secrets set %s=%s -p %s -c %s" % (style_name(name, "env"), shq(sec.value), svc, env[:3])
    return "gh secret set %s --env %s --body %s" % (style_name(name, "env"), env, shq(sec.value))


def harmless_commands(n):
    svc, env = pick(SERVICES), pick(ENVS)
    pool = ["vault kv put secret/%s/%s db_host=%s db_port=5432" % (env, svc, host()),
            "vault kv put secret/%s/%s password=@%s" % (env, svc, pick(["db.pass", "/run/secrets/db", "./pw.txt"])),
            "kubectl create secret generic %s-tls -n %s --from-file=tls.crt=./certs/%s.crt --from-file=tls.key=./certs/%s.key" % (svc, env, svc, svc),
            "gh secret set DEPLOY_KEY < ~/.ssh/deploy_%s" % svc,
            "aws secretsmanager create-secret --name %s/%s/config --secret-string file://config.json" % (env, svc),
            "kubectl annotate secret %s-secrets -n %s rotated-at=%s --overwrite" % (svc, env, date()),
            "vault kv metadata put -max-versions=5 secret/%s/%s" % (env, svc),
            "aws ssm put-parameter --name /%s/%s/log_level --type String --value info --overwrite" % (env, svc),
            'echo "seeded %s/%s"' % (env, svc),
            "kubectl rollout restart deploy/%s -n %s" % (svc, env)]
    return R.sample(pool, min(n, len(pool)))


def pos_seed_script():
    sec = kv_secret()
    name = sec.name("env")
    lines = ["#!/usr/bin/env bash", "# %s" % pick(["Seed secrets for the new %s environment" % pick(ENVS),
                                                    "one-off: copy creds into the new secret store",
                                                    "bootstrap secrets (run once)", "TODO: remove after migration"]),
             "set -euo pipefail", ""]
    if chance(0.5):
        lines += ['export VAULT_ADDR="https://vault.%s.internal:8200"' % company(), ""]
    body = harmless_commands(R.randint(1, 4))
    for k, v in sec.companions:
        body.append("vault kv patch secret/%s/%s %s=%s" % (pick(ENVS), pick(SERVICES), k.lower(), v))
    body.insert(R.randint(0, len(body)), seed_command(sec, name))
    lines += body + ["", 'echo "done"']
    return pick(["scripts/seed-secrets.sh", "bin/bootstrap-%s.sh" % pick(ENVS), "ops/migrate_secrets.sh", "setup.sh"]), \
        "\n".join(lines) + "\n", sec, "sh"


def pos_makefile():
    sec = kv_secret()
    name = sec.name("env")
    svc, env = pick(SERVICES), pick(ENVS)
    out = [".PHONY: build deploy secrets clean", "", "SERVICE ?= %s" % svc, "ENV ?= %s" % env, "", "build:",
           "\tdocker build -t $(SERVICE):latest .", ""]
    if chance(0.5) and "#" not in sec.value and "$" not in sec.value:
        out += ["%s := %s" % (name, sec.value), "", "secrets:",
                "\tkubectl create secret generic $(SERVICE)-secrets -n $(ENV) --from-literal=%s=$(%s) --dry-run=client -o yaml | kubectl apply -f -"
                % (style_name(name, "snake"), name), ""]
    else:
        out += ["secrets:", "\t" + seed_command(sec, name), ""]
    out += ["deploy: build secrets", "\thelm upgrade --install $(SERVICE) ./chart -n $(ENV)", "", "clean:", "\trm -rf dist/"]
    return pick(["Makefile", "ops/Makefile", "%s/Makefile" % svc]), "\n".join(out) + "\n", sec, "makefile"


def pos_http():
    sec = mk_api() if chance(0.7) else Secret("vault", "vault_service_token", "hvs." + rs(91, ALNUM + "-_"), ["VAULT_TOKEN"])
    k = sec.kind
    out = ["### %s" % pick(["Secret store smoke tests", "Vault API", "rotation checks", "debug requests"]), ""]
    if sec.provider == "vault":
        out += ["@vault = https://vault.%s.internal:8200" % company(), "@%s = %s" % (sec.name("camel"), sec.value), "",
                "GET {{vault}}/v1/secret/data/%s/%s" % (pick(ENVS), pick(SERVICES)),
                "X-Vault-Token: {{%s}}" % "@@NAME@@", "", "###", "",
                "LIST {{vault}}/v1/secret/metadata/%s" % pick(ENVS), "X-Vault-Token: {{@@NAME@@}}"]
        nm = out[3].split(" = ")[0][1:]
        out = [l.replace("@@NAME@@", nm) for l in out]
    elif chance(0.5):
        out += ["GET https://api.%s.com/v1/%s" % (sec.provider, pick(["me", "account", "keys", "status"])),
                "Authorization: Bearer %s" % sec.value, "Accept: application/json", "", "###", "",
                "GET https://api.%s.com/v1/usage?from=%s" % (sec.provider, date()), "Accept: application/json"]
    else:
        nm = sec.name("camel")
        out += ["@baseUrl = https://%s.%s.internal" % (pick(SERVICES), company()), "@%s = %s" % (nm, sec.value), "",
                "POST {{baseUrl}}/admin/integrations/%s" % sec.provider, "Content-Type: application/json", "",
                '{"provider": "%s", "enabled": true, "credential": "{{%s}}"}' % (sec.provider, nm), "", "###", "",
                "GET {{baseUrl}}/health"]
    return pick(["requests/secrets.http", "api.http", "test/%s.http" % pick(SERVICES), "http/rotation.rest"]), \
        "\n".join(out) + "\n", sec, "http"


def log_ts():
    return iso_ts()[:23] + "Z"


def pos_log():
    sec = kv_secret()
    svc = pick(SERVICES)
    out = []
    for _ in range(R.randint(4, 12)):
        out.append("%s %s [%s] %s" % (log_ts(), pick(["INFO", "DEBUG", "INFO", "WARN"]), svc, pick([
            "loading configuration from vault path secret/%s/%s" % (pick(ENVS), svc),
            "connected to %s:5432" % host(), "secret lease renewed lease_id=database/creds/%s/%s" % (svc, rs(24)),
            "rotation job started", "healthcheck ok latency_ms=%d" % R.randint(2, 90),
            "fetched 7 parameters from SSM prefix /%s/%s/" % (pick(ENVS), svc), "retrying in %ds" % R.randint(1, 30)])))
    nm = sec.name(pick(["env", "snake"]))
    leak = pick(["DEBUG [%s] resolved secret %s=%s" % (svc, nm, sec.value),
                 "DEBUG [%s] env dump: %s=%s" % (svc, nm, sec.value),
                 "ERROR [%s] auth failed for credential '%s' (status=401)" % (svc, sec.value),
                 "DEBUG [%s] request headers={'Authorization': 'Bearer %s'}" % (svc, sec.value)])
    out.insert(R.randint(1, len(out)), "%s %s" % (log_ts(), leak))
    return pick(["logs/%s.log" % svc, "debug/%s-%s.log" % (svc, date()), "rotation.log", "ci/job-%d.log" % R.randint(10 ** 5, 10 ** 7)]), \
        "\n".join(out) + "\n", sec, "log"


def pos_sql():
    sec = mk_password() if chance(0.6) else mk_api()
    svc = pick(SERVICES)
    ver = "V%d__%s" % (R.randint(2, 120), pick(["seed_service_accounts", "add_integration_credentials", "bootstrap_admin"]))
    out = ["-- %s.sql" % ver, "-- %s" % pick(["seed data for %s" % svc, "TODO move to vault", "initial credentials"]), ""]
    if sec.kind.endswith("password") or sec.kind == "passphrase":
        user = "svc_" + svc
        if chance(0.5):
            out += ["CREATE ROLE %s WITH LOGIN PASSWORD '%s';" % (user, sec.value),
                    "GRANT CONNECT ON DATABASE %s TO %s;" % (svc, user),
                    "GRANT USAGE ON SCHEMA public TO %s;" % user]
        else:
            out += ["CREATE USER '%s'@'%%' IDENTIFIED BY '%s';" % (user, sec.value),
                    "GRANT SELECT, INSERT, UPDATE ON %s.* TO '%s'@'%%';" % (svc, user), "FLUSH PRIVILEGES;"]
    else:
        out += ["INSERT INTO integrations (id, provider, name, api_key, created_at) VALUES",
                "  ('%s', '%s', '%s', '%s', '%s');" % (ruuid(), sec.provider, pick(["default", "primary", svc]), sec.value, date())]
    out += ["", "INSERT INTO audit_log (event, created_at) VALUES ('%s', now());" % ver.lower()]
    return pick(["db/migrations/%s.sql" % ver, "migrations/%s.sql" % ver, "sql/%s.sql" % ver]), "\n".join(out) + "\n", sec, "sql"


def pos_ps1():
    sec = kv_secret()
    vault = "%s-%s-kv" % (company(), pick(ENVS))
    nm = sec.name("kebab")
    out = ["# Seed Key Vault secrets for %s" % pick(SERVICES), "param([string]$VaultName = '%s')" % vault, "",
           "Connect-AzAccount -Identity | Out-Null", ""]
    if chance(0.5):
        out += ["$value = ConvertTo-SecureString '%s' -AsPlainText -Force" % sec.value,
                "Set-AzKeyVaultSecret -VaultName $VaultName -Name '%s' -SecretValue $value" % nm]
    else:
        out += ["Set-AzKeyVaultSecret -VaultName $VaultName -Name '%s' -SecretValue (ConvertTo-SecureString '%s' -AsPlainText -Force)" % (nm, sec.value)]
    out += ["Set-AzKeyVaultSecret -VaultName $VaultName -Name 'db-host' -SecretValue (ConvertTo-SecureString '%s' -AsPlainText -Force)" % host(),
            "", "Write-Host 'Secrets seeded.'"]
    return pick(["scripts/Seed-KeyVault.ps1", "infra/azure/seed-secrets.ps1"]), "\n".join(out) + "\n", sec, "ps1"


def pos_gcp_sa_json():
    lines = pem_rsa_pkcs8()
    proj = "%s-%s-%d" % (company(), pick(ENVS), R.randint(100000, 999999))
    sa = "%s@%s.iam.gserviceaccount.com" % (pick(SERVICES) + "-sa", proj)
    cid = str(R.randint(10 ** 20, 10 ** 21 - 1))
    data = {"type": "service_account", "project_id": proj, "private_key_id": rhex(40), "private_key": "\n".join(lines) + "\n",
            "client_email": sa, "client_id": cid, "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": "https://oauth2.googleapis.com/token",
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/" + sa.replace("@", "%40"),
            "universe_domain": "googleapis.com"}
    sec = Secret("gcp", "gcp_service_account_key", data["private_key"], ["private_key"], needle=lines[1], lines=lines)
    return pick(["secrets/%s.json" % proj, "gcp-sa-key.json", "backup/service-account-%s.json" % pick(SERVICES)]), jdump(data), sec, "json"


def pos_pgpass():
    sec = Secret("password", "human_password", human_password(), ["password"]) if chance(0.4) else \
        Secret("password", "generated_password", generated_password(syms="!#%*-_.+=?@^~"), ["password"])
    sec.value = sec.needle = sec.value.replace(":", "").replace("\\", "")
    out = ["# hostname:port:database:username:password"]
    rows = ["%s:5432:*:%s:*" % (host(), pick(["readonly", "analytics"])) for _ in range(0)]
    n = R.randint(4, 9)
    idx = R.randrange(n)
    for i in range(n):
        h = host()
        if i == idx:
            out.append("%s:%d:%s:%s:%s" % (h, 5432, pick(SERVICES), pick(["postgres", "app", "svc_" + pick(SERVICES)]), sec.value))
        else:
            out.append("# %s:5432:%s:%s:  (moved to IAM auth)" % (h, pick(SERVICES), pick(["readonly", "analytics", "migrator"])))
    return pick(["dotfiles/.pgpass", "ops/pgpass.conf", "home/.pgpass.bak"]), "\n".join(out) + "\n", sec, "conf"


def pos_netrc():
    c = R.randint(0, 5)
    if c == 0:
        machine, sec = pick(["api.github.com", "github.com"]), Secret("github", "github_ghp", gh_token("ghp_"), ["password"])
    elif c == 1:
        machine, sec = "gitlab.%s.com" % company(), Secret("gitlab", "gitlab_pat", "glpat-" + rs(20, ALNUM + "-_"), ["password"])
    elif c == 2:
        machine, sec = "upload.pypi.org", Secret("pypi", "pypi_token", "pypi-" + b64u(b"\x02\x01\x08pypi.org\x02$" + ruuid().encode()) + b64u(rbytes(90)), ["password"])
    elif c == 3:
        machine, sec = "api.digitalocean.com", Secret("digitalocean", "digitalocean_pat", "dop_v1_" + rhex(64), ["password"])
    else:
        machine, sec = pick(["nexus.%s.internal" % company(), "artifactory.%s.io" % company(), "ftp.%s.com" % company(),
                             "files.%s.internal" % company()]), mk_password()
    out = []
    for _ in range(R.randint(1, 3)):
        out += ["machine %s" % pick(["mirror.%s.net" % company(), "downloads.%s.internal" % company()]), "  login anonymous", ""]
    out += ["machine %s" % machine, "  login %s" % pick([pick(FIRST), "ci-bot", email()]), "  password %s" % sec.value]
    out += ["", "default", "  login anonymous"]
    return pick(["dotfiles/netrc", "home/.netrc.bak", "ci/.netrc"]), "\n".join(out) + "\n", sec, "netrc"


def pos_aws_credentials():
    sec = mk_aws()
    kid = sec.companions[0][1]
    f, l = person()
    if chance(0.5):
        user = "%s.%s" % (f, l)
        rows = [["User name", "Password", "Access key ID", "Secret access key", "Console login link"],
                [user, "", kid, sec.value, "https://%s.signin.aws.amazon.com/console" % account_id()]]
        txt = csv_text(rows, crlf=True)
        txt = "# new_user_credentials.csv for %s (%s)\n# created via IAM console\n" % (user, date()) + txt + \
            "# password: set on first login\n# MFA: pending\n"
        return pick(["new_user_credentials.csv", "%s_accessKeys.csv" % user, "aws/%s_credentials.csv" % f]), txt, sec, "csv"
    out = ["[default]", "region = %s" % pick(REGIONS), "output = json", "", "[%s]" % pick(["deploy", "ci", pick(ENVS), "legacy"]),
           "aws_access_key_id = %s" % kid, "aws_secret_access_key = %s" % sec.value]
    if chance(0.5):
        out += ["", "[profile %s-sso]" % pick(ENVS), "sso_start_url = https://%s.awsapps.com/start" % company(),
                "sso_region = %s" % pick(REGIONS), "sso_account_id = %s" % account_id(), "sso_role_name = AdministratorAccess"]
    return pick(["aws/credentials.bak", "dotfiles/.aws/credentials", "backup/aws-credentials.ini"]), "\n".join(out) + "\n", sec, "ini"


def mask(v, keep=4, style=None):
    style = style if style is not None else R.randint(0, 4)
    if style == 0:
        return v[:min(4, len(v) // 3)] + "*" * 8 + v[-keep:]
    if style == 1:
        return v[:6] + "…" + v[-keep:]
    if style == 2:
        return "****" + v[-keep:]
    if style == 3:
        return v[:8] + "..." if len(v) > 12 else "********"
    return "•" * 10


def pos_runbook():
    sec = kv_secret()
    svc, env = pick(SERVICES), pick(ENVS)
    nm = sec.name("env")
    old = mask(sec.value[:len(sec.value) // 2] + rs(len(sec.value) - len(sec.value) // 2, ALNUM))
    out = ["# Secret rotation: %s (%s)" % (nm, env), "", "Ticket: OPS-%d  ·  Owner: @%s  ·  Date: %s" % (R.randint(100, 9999), pick(FIRST), date()), "",
           "## Why", "", pick(["Quarterly rotation.", "Key was pasted in a Slack thread, rotating as a precaution.",
                              "Former contractor had access.", "Provider deprecated the old key format."]), "",
           "## Steps", "", "1. Generate the new value in the provider console.",
           "2. Update the secret store:", "", "   ```sh"]
    cmd = seed_command(sec, nm)
    out += ["   " + cmd, "   ```", "",
            "3. Restart consumers: `kubectl rollout restart deploy/%s -n %s`" % (svc, env),
            "4. Revoke the old value after 24h.", "", "## Values", "",
            "| | value |", "|---|---|", "| before | `%s` (revoked) |" % old]
    if chance(0.5):
        # new value shown in the table instead of the command
        out[out.index("   " + cmd)] = "   " + seed_command(Secret(sec.provider, sec.kind, "\"$NEW_VALUE\"", sec.pnames), nm).replace("'\"$NEW_VALUE\"'", '"$NEW_VALUE"')
        out.append("| after  | `%s` |" % sec.value)
    else:
        out.append("| after  | see step 2 |")
    out += ["", "## Verification", "", "- [x] %s health checks green" % svc, "- [ ] old key revoked"]
    return pick(["docs/runbooks/rotate-%s.md" % style_name(nm, "kebab"), "runbooks/%s-rotation-%s.md" % (svc, date()),
                 "RUNBOOK-rotation.md"]), "\n".join(out) + "\n", sec, "md"


def pos_recovery_codes():
    sec = mk_recovery_codes()
    f, l = person()
    if sec.provider == "github":
        out = ["# GitHub recovery codes for %s" % pick(["@" + f + l[:3], email(f, l)]), "", "Keep your recovery codes as safe as your password.",
               "We recommend saving them with a password manager.", ""] + sec.lines + ["",
               "(These codes were generated on: %s)" % date()]
        path = pick(["github-recovery-codes.txt", "docs/2fa/github-recovery-codes.txt", "notes/recovery codes.txt"])
    elif sec.provider == "google":
        out = ["BACKUP VERIFICATION CODES", "", email(f, l, "gmail.com"), ""]
        for i, c in enumerate(sec.lines):
            out.append("%d. %s" % (i + 1, c))
        out += ["", "* You can only use each backup code once.", "* Need more? Visit g.co/2sv", "* Generated %s" % date()]
        path = pick(["Backup-codes-%s.txt" % f, "docs/accounts/google-backup-codes.txt"])
    else:
        out = ["%s recovery codes — %s account (%s)" % ({"aws": "AWS", "gitlab": "GitLab"}.get(sec.provider, sec.provider.capitalize()), pick(["admin", "root", "break-glass", "ci"]), date()), ""]
        out += ["- " + c for c in sec.lines] + ["", "Stored here until we move them into the Break-Glass vault."]
        path = pick(["docs/break-glass/%s-recovery-codes.md" % sec.provider, "%s_recovery_codes.txt" % sec.provider])
    return path, "\n".join(out) + "\n", sec, "md" if path.endswith(".md") else "txt"


def pos_totp_doc():
    sec = mk_totp()
    issuer = pick(["AWS", "GitHub", "Okta", "Google", "Cloudflare", "Stripe", "Azure", "1Password", "Atlassian", "Slack"])
    acct = pick(["root@%s.com" % company(), "break-glass@%s.com" % company(), email(), "ops-shared@%s.io" % company()])
    uri = otpauth(issuer, acct, sec.value)
    if chance(0.5):
        out = ["# Shared MFA devices", "", "Shared accounts whose MFA lives in the ops phone. Re-enroll if the phone is lost.", "",
               "| Account | Issuer | Enrolled | Notes |", "|---|---|---|---|",
               "| %s | %s | %s | seed below |" % (acct, issuer, date()), "", "```", uri, "```", "",
               "Scan with: `qrencode -t ansiutf8 '<uri>'`"]
        path = pick(["docs/ops/shared-mfa.md", "break-glass/MFA.md", "README-mfa.md"])
        return path, "\n".join(out) + "\n", sec, "md"
    out = ["%s MFA (%s)" % (issuer, acct), "enrolled %s by %s" % (date(), pick(FIRST)), "",
           pick(["secret key: " + sec.value, "otpauth: " + uri, "setup key: " + " ".join(sec.value[i:i + 4] for i in range(0, len(sec.value), 4))]), "",
           "digits: 6, period: 30s"]
    if "setup key" in out[3]:
        sec = Secret(sec.provider, sec.kind, sec.value, sec.pnames, needle=out[3].split(": ", 1)[1])
    return pick(["mfa/%s-seed.txt" % issuer.lower(), "notes/totp.txt"]), "\n".join(out) + "\n", sec, "txt"


def pos_pem_bundle():
    lines, prov, kind = pem_any()
    sec = Secret(prov, kind, "\n".join(lines), ["PRIVATE_KEY"], needle=lines[2] if kind == "openssh_private_key" else lines[1], lines=lines)
    if kind == "openssh_private_key":
        out = ["# deploy key for %s (added to %s/%s as read-only)" % (pick(SERVICES), company(), pick(SERVICES)), ""] + lines
        path = pick(["keys/deploy_ed25519", "ops/ssh/id_ed25519.bak", "backup/ssh/%s_deploy" % pick(SERVICES)])
        return path, "\n".join(out) + "\n", sec, "pem"
    cert = fake_cert_lines()
    out = (cert + lines) if chance(0.5) else (lines + cert)
    if chance(0.5):
        out = ["# %s.%s.com - exported from %s" % (pick(SERVICES), company(), pick(["Vault PKI", "Azure Key Vault", "cert-manager secret", "ACM"]))] + out
    return pick(["certs/%s.pem" % pick(SERVICES), "tls/server-bundle.pem", "ssl/%s.%s.com.pem" % (pick(SERVICES), company())]), \
        "\n".join(out) + "\n", sec, "pem"


def pos_vault_kv_json_pem():
    sec = mk_pem_secret()
    p = secret_path()
    data = {"request_id": ruuid(), "lease_id": "", "lease_duration": 0, "renewable": False,
            "data": {"data": {pick(["ssh_private_key", "private_key", "tls.key", "id_rsa", "key"]): sec.value,
                              "user": pick(["deploy", "git", "ubuntu", "ec2-user"])},
                     "metadata": {"created_time": iso_ts(), "custom_metadata": None, "deletion_time": "",
                                  "destroyed": False, "version": R.randint(1, 6)}}, "warnings": None}
    return pick(["vault-dump/%s.json" % p.replace("/", "_"), "tmp/ssh-key-secret.json"]), jdump(data), sec, "json"


POS_TEMPLATES = [
    (pos_1password_csv, 4), (pos_bitwarden_csv, 3), (pos_lastpass_csv, 3), (pos_keepassxc_csv, 3), (pos_dashlane_csv, 2),
    (pos_protonpass_csv, 2), (pos_browser_csv, 4), (pos_1pux, 4), (pos_bitwarden_json, 4), (pos_keepass_xml, 3),
    (pos_vault_kv_json, 5), (pos_vault_kv_table, 4), (pos_vault_read_dynamic, 2), (pos_vault_token_create, 2),
    (pos_vault_pki_issue, 2), (pos_aws_sm, 5), (pos_aws_ssm, 4), (pos_gcp_access, 3), (pos_azure_kv, 4),
    (pos_doppler, 3), (pos_infisical, 3), (pos_op_item_get, 4), (pos_k8s_yaml, 5), (pos_k8s_decoded, 3),
    (pos_terraform_output, 4), (pos_ansible_view, 3), (pos_env_backup, 6), (pos_migration_sheet, 5), (pos_runbook, 3),
    (pos_seed_script, 5), (pos_makefile, 2), (pos_http, 3), (pos_log, 3), (pos_sql, 2), (pos_ps1, 2),
    (pos_gcp_sa_json, 2), (pos_pgpass, 2), (pos_netrc, 2), (pos_aws_credentials, 3), (pos_recovery_codes, 3),
    (pos_totp_doc, 3), (pos_pem_bundle, 3), (pos_vault_kv_json_pem, 2),
]


# ---------------------------------------------------------------- negatives
def cipherstring(ptlen=None):
    ptlen = ptlen or R.randint(5, 40)
    return "2.%s|%s|%s" % (b64(rbytes(16)), b64(rbytes(((ptlen // 16) + 1) * 16)), b64(rbytes(32)))


def neg_bitwarden_encrypted():
    if chance(0.4):
        data = {"encrypted": True, "passwordProtected": True, "salt": b64(rbytes(16)), "kdfType": pick([0, 1]),
                "kdfIterations": pick([600000, 350000, 3]), "kdfMemory": None, "kdfParallelism": None,
                "encKeyValidation_DO_NOT_EDIT": cipherstring(36), "data": cipherstring(R.randint(400, 1400))}
        if data["kdfType"] == 1:
            data["kdfMemory"], data["kdfParallelism"] = 64, 4
        return pick(["bitwarden_encrypted_export_%s.json" % date().replace("-", ""), "backups/bw-export-protected.json"]), \
            jdump(data), "bitwarden", "password_protected_export", "json"
    folders = [{"id": ruuid(), "name": cipherstring(8)} for _ in range(R.randint(1, 2))]
    items = []
    for _ in range(R.randint(1, 2)):
        items.append({"passwordHistory": None, "revisionDate": iso_ms(), "creationDate": iso_ms(), "deletedDate": None,
                      "id": ruuid(), "organizationId": None, "folderId": pick(folders)["id"], "type": 1, "reprompt": 0,
                      "name": cipherstring(10), "notes": None, "favorite": False,
                      "login": {"fido2Credentials": [], "uris": [{"match": None, "uri": cipherstring(30)}],
                                "username": cipherstring(20), "password": cipherstring(24), "totp": None},
                      "collectionIds": None})
    data = {"encrypted": True, "encKeyValidation_DO_NOT_EDIT": cipherstring(36), "folders": folders, "items": items}
    text = jdump(data)
    if text.count("\n") > 78:
        text = jdump_compact_list(data, ["items"])
    return pick(["bitwarden_encrypted_export_%s.json" % date().replace("-", ""), "vault-export/bitwarden.json"]), text, \
        "bitwarden", "account_encrypted_export", "json"


def neg_1pux_metadata():
    if chance(0.4):
        data = {"version": 3, "description": "1Password Unencrypted Export", "createdAt": epoch()}
        return pick(["1PasswordExport-%s/export.attributes" % rs(26, UPPER + DIGITS), "export/1pux/export.attributes"]), \
            json.dumps(data, indent=2) + "\n\n", "1password", "1pux_attributes", "1pux"
    items = []
    for r in filler_logins(R.randint(2, 4)):
        items.append(_1pux_item(r["title"], r["url"], r["username"], "", "", r["notes"] or pick(["passkey only", "SSO"])))
    f, l = person()
    data = {"accounts": [{"attrs": {"accountName": company().capitalize(), "name": "%s %s" % (f.capitalize(), l.capitalize()),
                                    "avatar": "", "email": email(f, l), "uuid": rs(26, UPPER + DIGITS),
                                    "domain": "https://%s.1password.com/" % company()},
                          "vaults": [{"attrs": {"uuid": rs(26, LOWER + DIGITS), "desc": "", "avatar": "", "name": "Private", "type": "P"},
                                      "items": items}]}]}
    return pick(["1PasswordExport-%s/export.data" % rs(26, UPPER + DIGITS), "export/1pux/export.data"]), \
        jdump_compact_list(data, ["accounts", 0, "vaults", 0, "items"], indent=1), "1password", "1pux_passkey_only_items", "1pux"


def neg_kdbx_hexdump():
    hdr = bytes.fromhex("03d9a29a67fb4bb5") + pick([bytes.fromhex("00000400"), bytes.fromhex("01000300")]) + \
        bytes.fromhex("02100000") + bytes.fromhex("0031c1f2e6bf714350be5805216afc5aff") + rbytes(16 * R.randint(8, 20))
    out = [prompt("xxd %s | head -%d" % (pick(["Passwords.kdbx", "team.kdbx", "infra-%s.kdbx" % pick(ENVS)]), len(hdr) // 16))]
    for i in range(0, len(hdr) - 15, 16):
        chunk = hdr[i:i + 16]
        hexs = " ".join(chunk[j:j + 2].hex() for j in range(0, 16, 2))
        asc = "".join(chr(c) if 32 <= c < 127 else "." for c in chunk)
        out.append("%08x: %s  %s" % (i, hexs, asc))
    out += ["", "# header looks fine (KDBX 4, AES-KDF?); file itself is in the team share, NOT in git"]
    return pick(["notes/kdbx-header.txt", "debug/kdbx-hexdump.txt"]), "\n".join(out) + "\n", "keepass", "kdbx_header_hexdump", "txt"


def neg_age_pgp_armor():
    if chance(0.5):
        body = b64(b"age-encryption.org/v1\n-> X25519 " + b64(rbytes(32)).rstrip("=").encode() + b"\n" + rbytes(R.randint(300, 900)))
        label = "AGE ENCRYPTED FILE"
        prov, kind = "age", "age_armored_ciphertext"
        fname = pick(["passwords.csv.age", "secrets/%s.env.age" % pick(ENVS), "bitwarden_export.json.age"])
    else:
        body = b64(bytes.fromhex("848c03") + rbytes(R.randint(400, 1000)))
        label = "PGP MESSAGE"
        prov, kind = "pgp", "pgp_armored_ciphertext"
        fname = pick(["passwords.csv.asc", "secrets/%s.env.asc" % pick(ENVS), "1password-export.csv.gpg.asc"])
    lines = ["-----BEGIN %s-----" % label] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END %s-----" % label]
    if label == "PGP MESSAGE":
        lines.insert(1, "")
        lines.insert(-1, "=" + b64(rbytes(3)))
    return fname, "\n".join(lines) + "\n", prov, kind, "txt"


def sops_enc(v, typ="str"):
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]" % (b64(rbytes(max(1, len(v)))), b64(rbytes(32)), b64(rbytes(16)), typ)


def age_recipient():
    return bech32_encode("age", rbytes(32))


def neg_sops():
    keys = [sec_name for sec_name in R.sample(["DB_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY",
                                               "SLACK_BOT_TOKEN", "AWS_SECRET_ACCESS_KEY", "SENDGRID_API_KEY", "JWT_SECRET",
                                               "DATABASE_URL", "TWILIO_AUTH_TOKEN"], R.randint(2, 6))]
    acct, region = account_id(), pick(REGIONS)
    mode = R.randint(0, 2)
    if mode == 0:
        out = []
        for k in keys:
            out.append("%s: %s" % (k.lower(), sops_enc("x" * R.randint(16, 60))))
        out += ["sops:", "    kms:", "        - arn: arn:aws:kms:%s:%s:key/%s" % (region, acct, ruuid()),
                "          created_at: \"%s\"" % (iso_ts()[:19] + "Z"), "          enc: " + b64(rbytes(180)), "          aws_profile: \"\"",
                "    age:", "        - recipient: " + age_recipient(), "          enc: |",
                "            -----BEGIN AGE ENCRYPTED FILE-----"]
        blob = b64(rbytes(200))
        out += ["            " + blob[i:i + 64] for i in range(0, len(blob), 64)]
        out += ["            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"%s\"" % (iso_ts()[:19] + "Z"),
                "    mac: " + sops_enc("m" * 32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
        return pick(["secrets/%s.enc.yaml" % pick(ENVS), "k8s/secrets.sops.yaml", "config/secrets.yaml"]), "\n".join(out) + "\n", \
            "sops", "sops_yaml", "yaml"
    if mode == 1:
        out = ["%s=%s" % (k, sops_enc("x" * R.randint(16, 60))) for k in keys]
        out += ["sops_age__list_0__map_recipient=" + age_recipient(),
                "sops_lastmodified=%s" % (iso_ts()[:19] + "Z"), "sops_mac=" + sops_enc("m" * 32),
                "sops_unencrypted_suffix=_unencrypted", "sops_version=3.9.0"]
        return pick([".env.enc", "secrets/%s.env" % pick(ENVS), ".env.sops"]), "\n".join(out) + "\n", "sops", "sops_dotenv", "env-backup"
    data = {k: sops_enc("x" * R.randint(16, 60)) for k in keys}
    data["sops"] = {"kms": [{"arn": "arn:aws:kms:%s:%s:key/%s" % (region, acct, ruuid()), "created_at": iso_ts()[:19] + "Z",
                             "enc": b64(rbytes(180)), "aws_profile": ""}], "gcp_kms": None, "azure_kv": None, "hc_vault": None,
                    "age": None, "lastmodified": iso_ts()[:19] + "Z", "mac": sops_enc("m" * 32), "pgp": None,
                    "unencrypted_suffix": "_unencrypted", "version": "3.8.1"}
    return pick(["secrets.enc.json", "config/%s.secrets.json" % pick(ENVS)]), jdump(data), "sops", "sops_json", "json"


def ansible_vault_blob():
    payload = (rhex(64) + "\n" + rhex(64) + "\n" + rhex(R.randint(20, 60) * 32)).encode().hex()
    return ["$ANSIBLE_VAULT;1.1;AES256"] + [payload[i:i + 80] for i in range(0, len(payload), 80)]


def neg_ansible_vault():
    if chance(0.5):
        lines = ansible_vault_blob()
        return pick(["group_vars/%s/vault.yml" % pick(ENVS), "inventories/prod/group_vars/all/vault.yml",
                     "roles/%s/vars/secrets.yml" % pick(SERVICES)]), "\n".join(lines[:80]) + "\n", "ansible", "ansible_vault_file", "yaml"
    out = ["---", "%s_db_host: %s" % (pick(SERVICES), host()), "%s_db_user: svc_app" % pick(SERVICES)]
    for k in R.sample(["db_password", "smtp_password", "stripe_secret_key", "api_token", "admin_password"], R.randint(1, 2)):
        blob = ("$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(
            ((rhex(64) + "\n" + rhex(64) + "\n" + rhex(64)).encode().hex()[i:i + 80] for i in range(0, 384, 80))))
        out.append("%s: !vault |" % k)
        out += ["  " + l for l in blob.split("\n")]
    out.append("%s_port: %d" % (pick(SERVICES), pick([5432, 8443, 443])))
    return pick(["group_vars/%s/main.yml" % pick(ENVS), "host_vars/db01.yml"]), "\n".join(out) + "\n", "ansible", "ansible_inline_vault", "yaml"


PLACEHOLDERS = ["", "********", "••••••••", "<hidden>", "(hidden)", "REDACTED", "[redacted]", "***"]


def neg_pm_csv_masked():
    ph = pick(PLACEHOLDERS)
    which = R.randint(0, 5)
    rows_in = [dict(t=x["title"], u=x["url"], n=x["username"], p=ph if chance(0.8) else "", o="", e=x["notes"])
               for x in filler_logins(R.randint(4, 14))]
    if which == 0:
        rows = [["Title", "Url", "Username", "Password", "OTPAuth", "Favorite", "Archived", "Tags", "Notes"]]
        rows += [[r["t"], r["u"], r["n"], r["p"], "", "false", "false", "", r["e"]] for r in rows_in]
        return "exports/1PasswordExport-%s-redacted.csv" % date(), csv_text(rows, quote_all=True), "1password", "masked_export", "csv"
    if which == 1:
        rows = [["folder", "favorite", "type", "name", "notes", "fields", "reprompt", "login_uri", "login_username", "login_password", "login_totp"]]
        rows += [["", "", "login", r["t"], r["e"], "", "0", r["u"], r["n"], r["p"], ""] for r in rows_in]
        return "bitwarden_export_sanitized.csv", csv_text(rows), "bitwarden", "masked_export", "csv"
    if which == 2:
        rows = [["url", "username", "password", "totp", "extra", "name", "grouping", "fav"]]
        rows += [[r["u"] or "http://sn", r["n"], r["p"], "", r["e"], r["t"], "", "0"] for r in rows_in]
        return "lastpass_export_no_passwords.csv", csv_text(rows), "lastpass", "masked_export", "csv"
    if which == 3:
        rows = [["name", "url", "username", "password", "note"]]
        rows += [[r["t"].lower(), r["u"], r["n"], r["p"], ""] for r in rows_in]
        return pick(["Chrome Passwords.csv", "docs/examples/chrome-passwords-sample.csv"]), csv_text(rows), "chrome", "masked_export", "csv"
    if which == 4:
        rows = [["Group", "Title", "Username", "Password", "URL", "Notes", "TOTP", "Icon", "Last Modified", "Created"]]
        rows += [["Root", r["t"], r["n"], r["p"], r["u"], r["e"], "", "0", iso_ts()[:19] + "Z", iso_ts()[:19] + "Z"] for r in rows_in]
        return "keepass/export-structure-only.csv", csv_text(rows, quote_all=True), "keepass", "masked_export", "csv"
    rows = [["name", "url", "email", "username", "password", "note", "totp", "createTime", "modifyTime", "vault"]]
    rows += [[r["t"], r["u"], r["n"], "", r["p"], r["e"], "", str(epoch()), str(epoch()), "Personal"] for r in rows_in]
    return "Proton Pass_export_inventory.csv", csv_text(rows), "protonpass", "masked_export", "csv"


def neg_keepass_xml_refs():
    out = ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', "<KeePassFile>", "\t<Meta>",
           "\t\t<Generator>KeePass</Generator>", "\t\t<DatabaseName>%s</DatabaseName>" % pick(["Infra", "Passwords"]),
           "\t</Meta>", "\t<Root>", "\t\t<Group>", "\t\t\t<UUID>%s</UUID>" % b64(rbytes(16)), "\t\t\t<Name>Root</Name>"]
    for r in filler_logins(R.randint(1, 3)):
        ref = pick(["{REF:P@I:%s}" % rhex(32).upper(), "", "{REF:P@T:%s}" % r["title"]])
        out += ["\t\t\t<Entry>", "\t\t\t\t<UUID>%s</UUID>" % b64(rbytes(16))]
        for k, v in [("Password", ref), ("Title", r["title"]), ("URL", r["url"]), ("UserName", r["username"])]:
            prot = ' ProtectInMemory="True"' if k == "Password" else ""
            out += ["\t\t\t\t<String>", "\t\t\t\t\t<Key>%s</Key>" % k,
                    "\t\t\t\t\t<Value%s>%s</Value>" % (prot, _xml_esc(v)) if v else "\t\t\t\t\t<Value%s />" % prot, "\t\t\t\t</String>"]
        out.append("\t\t\t</Entry>")
    out += ["\t\t</Group>", "\t</Root>", "</KeePassFile>"]
    return pick(["keepass-export.xml", "kp/structure.xml"]), "\n".join(out) + "\n", "keepass", "field_reference", "xml"


def neg_vault_metadata():
    mode = R.randint(0, 3)
    mount, p = pick(["secret", "kv"]), secret_path()
    if mode == 0:
        out = [prompt("vault kv metadata get %s/%s" % (mount, p)), "=" * 6 + " Metadata Path " + "=" * 6, "%s/metadata/%s" % (mount, p), "",
               "=" * 10 + " Metadata " + "=" * 10]
        out += table([("cas_required", "false"), ("created_time", iso_ts()), ("current_version", 3), ("custom_metadata", "map[owner:%s]" % pick(SERVICES)),
                       ("delete_version_after", "0s"), ("max_versions", 0), ("oldest_version", 0), ("updated_time", iso_ts())])
        for v in (1, 2, 3):
            out += ["", "====== Version %d ======" % v]
            out += table([("created_time", iso_ts()), ("deletion_time", "n/a"), ("destroyed", "false")])
        return pick(["notes/vault-metadata.txt", "docs/vault/%s-metadata.txt" % p.split("/")[-1]]), "\n".join(out) + "\n", "vault", "kv_metadata_only", "txt"
    if mode == 1:
        out = [prompt("vault token lookup -accessor %s" % rs(24))]
        out += table([("accessor", rs(24)), ("creation_time", epoch()), ("creation_ttl", "768h"), ("display_name", "approle"),
                      ("entity_id", ruuid()), ("expire_time", iso_ts()), ("explicit_max_ttl", "0s"), ("id", "n/a"),
                      ("issue_time", iso_ts()), ("meta", "map[role_name:%s]" % pick(SERVICES)), ("num_uses", 0),
                      ("orphan", "true"), ("path", "auth/approle/login"), ("policies", "[default %s]" % pick(SERVICES)),
                      ("renewable", "true"), ("ttl", "%dh%dm" % (R.randint(1, 700), R.randint(0, 59))), ("type", "service")])
        return pick(["notes/token-lookup.txt", "incident/%s-token.txt" % date()]), "\n".join(out) + "\n", "vault", "token_accessor", "txt"
    if mode == 2:
        role = pick(["readonly", "%s-app" % pick(SERVICES)])
        out = [prompt("vault list sys/leases/lookup/database/creds/%s" % role), "Keys", "----"]
        out += [rs(24) for _ in range(R.randint(3, 12))]
        out += ["", prompt("vault lease revoke -prefix database/creds/%s" % role), "All revocation operations queued successfully!"]
        path = pick(["notes/leases.txt", "runbooks/revoke-leases.log"])
        return path, "\n".join(out) + "\n", "vault", "lease_ids", "log" if path.endswith(".log") else "txt"
    out = [prompt("vault status")]
    out += table([("Seal Type", pick(["shamir", "awskms", "gcpckms"])), ("Recovery Seal Type", "shamir"), ("Initialized", "true"),
                  ("Sealed", "false"), ("Total Recovery Shares", 5), ("Threshold", 3), ("Version", pick(["1.15.6", "1.16.3", "1.17.2"])),
                  ("Build Date", iso_ts()[:19] + "Z"), ("Storage Type", "raft"), ("Cluster Name", "vault-cluster-" + rhex(8)),
                  ("Cluster ID", ruuid()), ("HA Enabled", "true"), ("HA Cluster", "https://vault-0.vault-internal:8201"),
                  ("HA Mode", "active"), ("Active Since", iso_ts()), ("Raft Committed Index", R.randint(10 ** 5, 10 ** 7)),
                  ("Raft Applied Index", R.randint(10 ** 5, 10 ** 7))], head=("Key", "Value"))
    return pick(["docs/vault-status.txt", "notes/vault-cluster.txt"]), "\n".join(out) + "\n", "vault", "status_output", "txt"


def neg_aws_describe():
    acct, region = account_id(), pick(REGIONS)
    name = "%s/%s" % (pick(ENVS), pick(SERVICES))
    mode = R.randint(0, 2)
    if mode == 0:
        v1, v2 = ruuid(), ruuid()
        data = {"ARN": "arn:aws:secretsmanager:%s:%s:secret:%s-%s" % (region, acct, name, rs(6)), "Name": name,
                "Description": "%s credentials" % name, "KmsKeyId": "arn:aws:kms:%s:%s:key/%s" % (region, acct, ruuid()),
                "RotationEnabled": True, "RotationLambdaARN": "arn:aws:lambda:%s:%s:function:SecretsManagerRotation" % (region, acct),
                "RotationRules": {"AutomaticallyAfterDays": 30}, "LastRotatedDate": "@@TS@@", "LastChangedDate": "@@TS@@",
                "LastAccessedDate": "@@TS@@", "Tags": [{"Key": "team", "Value": pick(SERVICES)}],
                "VersionIdsToStages": {v1: ["AWSPREVIOUS"], v2: ["AWSCURRENT"]}, "CreatedDate": "@@TS@@"}
        text = prompt("aws secretsmanager describe-secret --secret-id %s" % name) + "\n" + jdump(data, indent=4)
        kind = "describe_secret_metadata"
    elif mode == 1:
        env = pick(ENVS)
        data = {"SecretList": [{"ARN": "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (region, acct, env, s, rs(6)),
                                "Name": "%s/%s" % (env, s), "LastChangedDate": "@@TS@@",
                                "SecretVersionsToStages": {ruuid(): ["AWSCURRENT"]}} for s in R.sample(SERVICES, R.randint(2, 4))]}
        text = jdump(data, indent=4)
        kind = "list_secrets"
    else:
        params = [{"Name": "/%s/%s/%s" % (pick(ENVS), pick(SERVICES), k), "Type": "SecureString",
                   "Value": "AQICAH" + b64(rbytes(R.randint(120, 220))), "Version": R.randint(1, 9), "LastModifiedDate": "@@TS@@",
                   "ARN": "arn:aws:ssm:%s:%s:parameter/x" % (region, acct), "DataType": "text"}
                  for k in R.sample(["db_password", "api_key", "stripe_secret", "jwt_secret", "smtp_password"], R.randint(1, 3))]
        for p in params:
            p["ARN"] = p["ARN"][:-2] + p["Name"]
        text = prompt("aws ssm get-parameters --names %s" % " ".join(p["Name"] for p in params)) + "\n" + \
            jdump({"Parameters": params, "InvalidParameters": []}, indent=4)
        kind = "ssm_kms_ciphertext"
    while '"@@TS@@"' in text:
        text = text.replace('"@@TS@@"', "%d.%03d" % (epoch(), R.randint(0, 999)), 1)
    return pick(["aws/%s.json" % name.replace("/", "_"), "docs/aws-secrets.json", "tmp/describe.json"]), text, "aws", kind, "json"


def neg_op_refs():
    vault = pick(["Private", "Infra", "Engineering", "Shared-Prod"])
    names = R.sample(["DB_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "SLACK_BOT_TOKEN", "SENDGRID_API_KEY",
                      "AWS_SECRET_ACCESS_KEY", "REDIS_URL", "DATABASE_URL", "JWT_SECRET"], R.randint(3, 7))
    mode = R.randint(0, 2)
    if mode == 0:
        out = ["# resolved at runtime: op run --env-file=.env.tpl -- npm start"] + ["%s=%s" % (k, v) for k, v in env_filler(R.randint(2, 6))]
        for n in names:
            out.append('%s="op://%s/%s/%s"' % (n, vault, pick(SERVICES) + "-" + pick(ENVS), pick(["password", "credential", "token", "secret key"])))
        return pick([".env.tpl", ".env.op", "config/.env.1password"]), "\n".join(out) + "\n", "1password", "op_reference", "env-backup"
    if mode == 1:
        out = ["# op inject -i config.tpl.yml -o config.yml", "database:", "  host: %s" % host(), "  user: svc_%s" % pick(SERVICES),
               "  password: {{ op://%s/%s/password }}" % (vault, pick(SERVICES)), "integrations:"]
        for n in names[:3]:
            out.append("  %s: \"{{ op://%s/%s/credential }}\"" % (n.lower(), vault, n.lower().replace("_", "-")))
        return pick(["config.tpl.yml", "deploy/config.template.yaml"]), "\n".join(out) + "\n", "1password", "op_inject_template", "yaml"
    f = {"id": rs(26, LOWER + DIGITS), "title": "%s %s" % (pick(SERVICES), pick(ENVS)), "version": R.randint(1, 9),
         "vault": {"id": rs(26, LOWER + DIGITS), "name": vault}, "category": "LOGIN", "last_edited_by": rs(26, UPPER + DIGITS),
         "created_at": iso_ts()[:19] + "Z", "updated_at": iso_ts()[:19] + "Z",
         "fields": [{"id": "username", "type": "STRING", "purpose": "USERNAME", "label": "username", "value": "svc_" + pick(SERVICES),
                     "reference": "op://%s/x/username" % vault},
                    {"id": "password", "type": "CONCEALED", "purpose": "PASSWORD", "label": "password",
                     "value": "[use 'op item get %s --reveal' to reveal]" % rs(26, LOWER + DIGITS),
                     "reference": "op://%s/x/password" % vault}]}
    f["fields"][1]["value"] = "[use 'op item get %s --reveal' to reveal]" % f["id"]
    for fld in f["fields"]:
        fld["reference"] = fld["reference"].replace("/x/", "/%s/" % f["id"])
    return pick(["op-item.json", "docs/1password/item.json"]), prompt("op item get %s --format json" % f["id"]) + "\n" + jdump(f), \
        "1password", "op_concealed_not_revealed", "json"


def neg_safe_script():
    svc, env = pick(SERVICES), pick(ENVS)
    lines = ["#!/usr/bin/env bash", "# seed secrets from local files / prompts (values never stored in this repo)", "set -euo pipefail", ""]
    pool = ["read -rsp 'DB password: ' DB_PASSWORD; echo",
            'vault kv put secret/%s/%s password="$DB_PASSWORD" username=svc_%s' % (env, svc, svc),
            "vault kv put secret/%s/%s password=@%s" % (env, svc, pick(["db.pass", "/run/secrets/db_password"])),
            "kubectl create secret generic %s-secrets -n %s --from-env-file=.env.%s --dry-run=client -o yaml | kubeseal -o yaml > sealed.yaml" % (svc, env, env),
            "kubectl create secret generic %s-tls -n %s --from-file=tls.key=./%s.key --from-file=tls.crt=./%s.crt" % (svc, env, svc, svc),
            "gh secret set NPM_TOKEN < ~/.config/npm-token",
            'gh secret set STRIPE_SECRET_KEY --body "$STRIPE_SECRET_KEY"',
            "aws secretsmanager create-secret --name %s/%s --secret-string file://secret.json" % (env, svc),
            'JWT_SECRET="$(openssl rand -base64 48)"',
            'aws secretsmanager put-secret-value --secret-id %s/%s --secret-string "{\\"jwt\\":\\"${JWT_SECRET}\\"}"' % (env, svc),
            "op read 'op://Infra/%s/password' | vault kv put secret/%s/%s password=-" % (svc, env, svc),
            'az keyvault secret set --vault-name %s-kv --name db-password --file ./db-password.txt' % company(),
            'printf "%%s" "${API_KEY:?API_KEY must be set}" | gcloud secrets versions add %s-api-key --data-file=-' % svc,
            'doppler secrets set SENTRY_DSN="$SENTRY_DSN" -p %s -c prd' % svc,
            'export DATABASE_URL="postgres://${DB_USER}:${DB_PASSWORD}@%s:5432/%s"' % (host(), svc),
            "kubectl create secret generic %s-env --from-literal=DB_PASSWORD=\"$(vault kv get -field=password secret/%s/%s)\"" % (svc, env, svc)]
    idx = sorted(R.sample(range(len(pool)), R.randint(4, 9)))
    lines += [pool[i] for i in idx] + ["", 'echo "seeded %s/%s"' % (env, svc)]
    return pick(["scripts/seed-secrets.sh", "bin/bootstrap.sh", "ops/migrate_secrets.sh"]), "\n".join(lines) + "\n", \
        "generic", "secret_from_file_or_env", "sh"


def neg_makefile_safe():
    out = [".PHONY: secrets deploy", "", "SERVICE ?= %s" % pick(SERVICES), "ENV ?= %s" % pick(ENVS),
           "DB_PASSWORD ?= $(shell op read op://Infra/$(SERVICE)-$(ENV)/password)",
           "STRIPE_SECRET_KEY ?= $(shell vault kv get -field=stripe_secret_key secret/$(ENV)/$(SERVICE))", "",
           "secrets:", "\t@test -n \"$(DB_PASSWORD)\" || (echo 'DB_PASSWORD missing' && exit 1)",
           "\tkubectl create secret generic $(SERVICE)-secrets -n $(ENV) \\",
           "\t  --from-literal=DB_PASSWORD=\"$(DB_PASSWORD)\" \\", "\t  --from-literal=STRIPE_SECRET_KEY=\"$$STRIPE_SECRET_KEY\" \\",
           "\t  --dry-run=client -o yaml | kubectl apply -f -", "", "deploy: secrets",
           "\thelm upgrade --install $(SERVICE) ./chart -n $(ENV) --set image.tag=$(shell git rev-parse --short HEAD)"]
    return pick(["Makefile", "ops/Makefile"]), "\n".join(out) + "\n", "generic", "makefile_env_reference", "makefile"


def neg_http_safe():
    out = ["### %s" % pick(["Vault API", "Secret store smoke tests"]), "", "@vault = https://vault.%s.internal:8200" % company(),
           "@token = {{$dotenv VAULT_TOKEN}}", "@apiKey = {{$processEnv OPENAI_API_KEY}}", "",
           "GET {{vault}}/v1/secret/data/%s/%s" % (pick(ENVS), pick(SERVICES)), "X-Vault-Token: {{token}}", "", "###", "",
           "GET https://api.openai.com/v1/models", "Authorization: Bearer {{apiKey}}", "", "###", "",
           "GET https://api.stripe.com/v1/balance", "Authorization: Bearer {{$dotenv STRIPE_SECRET_KEY}}"]
    return pick(["requests/secrets.http", "api.http"]), "\n".join(out) + "\n", "generic", "http_env_reference", "http"


def bcrypt_hash():
    return "$2%s$%02d$%s" % (pick(["a", "b", "y"]), pick([10, 11, 12, 12, 13]), rs(53, "./" + ALNUM))


def argon2_hash():
    return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s" % (pick([65536, 19456, 47104]), pick([2, 3]), pick([1, 4]),
                                                     b64(rbytes(16)).rstrip("="), b64(rbytes(32)).rstrip("="))


def neg_hash_columns():
    mode = R.randint(0, 2)
    hf = pick([bcrypt_hash, argon2_hash, lambda: "$6$%s$%s" % (rs(16, "./" + ALNUM), rs(86, "./" + ALNUM))])
    if mode == 0:
        rows = [["id", "email", "password_hash", "created_at", "role"]]
        for _ in range(R.randint(4, 15)):
            rows.append([str(R.randint(1, 99999)), email(), hf(), iso_ts()[:19], pick(["user", "admin", "support"])])
        return pick(["migration/users_export.csv", "data/legacy-users.csv"]), csv_text(rows), "generic", "password_hash_column", "csv"
    if mode == 1:
        ver = "V%d__seed_admin_users" % R.randint(2, 90)
        out = ["-- %s.sql" % ver, "-- password hashes only; plaintext is in the break-glass vault", "",
               "INSERT INTO users (email, password_hash, role) VALUES"]
        n = R.randint(2, 6)
        for i in range(n):
            out.append("  ('%s', '%s', '%s')%s" % (email(domain="%s.com" % company()), hf(), pick(["admin", "support"]), "," if i < n - 1 else ";"))
        return "db/migrations/%s.sql" % ver, "\n".join(out) + "\n", "generic", "password_hash_sql", "sql"
    out = ["# htpasswd for the internal docs site (bcrypt)"] + ["%s:%s" % (pick(FIRST), bcrypt_hash()) for _ in range(R.randint(4, 10))]
    return pick(["ops/nginx/.htpasswd", "docs-site/htpasswd"]), "\n".join(out) + "\n", "generic", "htpasswd_bcrypt", "conf"


RFC6238 = [("59", "1970-01-01 00:00:59", "0000000000000001", "94287082", "46119246", "90693936"),
           ("1111111109", "2005-03-18 01:58:29", "00000000023523EC", "07081804", "68084774", "25091201"),
           ("1111111111", "2005-03-18 01:58:31", "00000000023523ED", "14050471", "67062674", "99943326"),
           ("1234567890", "2009-02-13 23:31:30", "000000000273EF07", "89005924", "91819424", "93441116"),
           ("2000000000", "2033-05-18 03:33:20", "0000000003F940AA", "69279037", "90698825", "38618901"),
           ("20000000000", "2603-10-11 11:33:20", "0000000027BC86AA", "65353130", "77737706", "47863826")]


def neg_totp_vectors():
    mode = R.randint(0, 2)
    if mode == 0:
        out = ["# TOTP test vectors (RFC 6238, Appendix B)", "", "Seeds (ASCII):", "",
               "- SHA1:   `12345678901234567890` → base32 `GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ`",
               "- SHA256: `12345678901234567890123456789012` → base32 `GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQGEZA`", "",
               "| Unix time | UTC | T (hex) | SHA1 | SHA256 | SHA512 |", "|---|---|---|---|---|---|"]
        out += ["| %s | %s | %s | %s | %s | %s |" % r for r in RFC6238]
        out += ["", "Our `verify_totp()` must return the 8-digit values above with `digits=8`."]
        return pick(["docs/totp-test-vectors.md", "tests/fixtures/README.md"]), "\n".join(out) + "\n", "totp", "rfc6238_vectors", "md"
    if mode == 1:
        data = {"description": "RFC 6238 / RFC 4226 vectors", "secret_ascii": "12345678901234567890",
                "secret_base32": "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", "digits": 8, "period": 30,
                "cases": [{"time": int(r[0]), "sha1": r[3]} for r in RFC6238],
                "hotp_rfc4226": ["755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"]}
        return pick(["tests/fixtures/totp_vectors.json", "testdata/otp.json"]), jdump(data), "totp", "rfc6238_vectors", "json"
    out = ["# otpauth URI format (from the Key Uri Format docs)", "", "```",
           "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example", "```", "",
           "- `secret` is base32 (RFC 3548) without padding",
           "- `issuer` should match the prefix of the label", "- Example seed `JBSWY3DPEHPK3PXP` decodes to `Hello!\\xde\\xad\\xbe\\xef`",
           "", "Real seeds live in the ops 1Password vault under *Shared MFA*."]
    return pick(["docs/mfa.md", "docs/otpauth-format.md"]), "\n".join(out) + "\n", "totp", "doc_example_seed", "md"


def neg_aws_doc_example():
    mode = R.randint(0, 1)
    if mode == 0:
        out = ["# ~/.aws/credentials layout (values are the AWS documentation examples)", "", "[default]",
               "aws_access_key_id = AKIAIOSFODNN7EXAMPLE", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "",
               "[%s]" % pick(ENVS), "role_arn = arn:aws:iam::%s:role/%s" % (account_id(), pick(["Deploy", "ReadOnly", "Admin"])),
               "source_profile = default", "region = %s" % pick(REGIONS)]
        return pick(["docs/aws/credentials.example", "examples/aws-credentials.ini"]), "\n".join(out) + "\n", "aws", "aws_doc_example_keys", "ini"
    data = {"ARN": "arn:aws:secretsmanager:us-west-2:123456789012:secret:MyTestSecret-a1b2c3", "Name": "MyTestSecret",
            "VersionId": "a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
            "SecretString": "{\"user\":\"diegor\",\"password\":\"EXAMPLE-PASSWORD\"}", "VersionStages": ["AWSCURRENT"],
            "CreatedDate": 1523477145.713}
    out = ["## Reading a secret", "", "Example output (from the AWS CLI docs):", "", "```json", jdump(data, indent=4).rstrip(), "```", "",
           "In our apps use the SDK and never print `SecretString`."]
    return pick(["docs/secrets-manager.md", "README-secrets.md"]), "\n".join(out) + "\n", "aws", "aws_doc_example_output", "md"


def neg_k8s_safe():
    name = "%s-%s" % (pick(SERVICES), pick(["secrets", "credentials", "env"]))
    ns = pick(["default", pick(SERVICES), "prod"])
    keys = R.sample(["DB_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "REDIS_PASSWORD", "JWT_SECRET", "password", "api-key"], R.randint(2, 5))
    mode = R.randint(0, 4)
    if mode == 4:
        out = ["# local kind/minikube defaults only; prod values come from ExternalSecret", "apiVersion: v1", "kind: Secret", "metadata:",
               "  name: " + name, "  namespace: dev", "type: Opaque", "data:"]
        for k in keys:
            out.append("  %s: %s" % (k, b64(pick(["changeme", "CHANGE_ME", "REPLACE_ME", "dev-only", "local", "<set-me>"]).encode())))
        return pick(["k8s/dev/%s.yaml" % name, "deploy/local/secret.yaml"]), "\n".join(out) + "\n", "kubernetes", "base64_placeholder", "yaml"
    if mode == 0:
        out = [prompt("kubectl describe secret %s -n %s" % (name, ns)), "Name:         " + name, "Namespace:    " + ns,
               "Labels:       app.kubernetes.io/name=%s" % name.split("-")[0], "Annotations:  <none>", "", "Type:  Opaque", "", "Data", "===="]
        out += ["%s:  %d bytes" % (k, R.randint(8, 120)) for k in keys]
        return pick(["notes/describe-secret.txt", "debug/%s.txt" % name]), "\n".join(out) + "\n", "kubernetes", "describe_secret_sizes", "txt"
    if mode == 1:
        out = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: " + name, "  namespace: " + ns, "spec:", "  encryptedData:"]
        out += ["    %s: Ag%s" % (k, b64(rbytes(R.randint(300, 500)))) for k in keys]
        out += ["  template:", "    metadata:", "      name: " + name, "      namespace: " + ns, "    type: Opaque"]
        return pick(["k8s/%s/sealed-%s.yaml" % (ns, name), "deploy/sealedsecret.yaml"]), "\n".join(out) + "\n", "kubernetes", "sealed_secret", "yaml"
    if mode == 2:
        out = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: " + name, "  namespace: " + ns,
               "spec:", "  refreshInterval: 1h", "  secretStoreRef:", "    name: %s" % pick(["vault-backend", "aws-secretsmanager", "gcp-sm"]),
               "    kind: ClusterSecretStore", "  target:", "    name: " + name, "  data:"]
        for k in keys:
            out += ["    - secretKey: " + k, "      remoteRef:", "        key: %s/%s" % (pick(ENVS), name), "        property: " + k.lower()]
        return pick(["k8s/%s/externalsecret.yaml" % ns, "deploy/%s-es.yaml" % name]), "\n".join(out) + "\n", "kubernetes", "external_secret_ref", "yaml"
    out = ["# rendered by envsubst in CI; values come from the pipeline's secret store", "apiVersion: v1", "kind: Secret", "metadata:",
           "  name: " + name, "  namespace: " + ns, "type: Opaque", "stringData:"]
    out += ["  %s: \"${%s}\"" % (k, k.upper().replace("-", "_")) for k in keys]
    if chance(0.5):
        out += ["data:", "  username: %s" % b64(("svc_" + pick(SERVICES)).encode()), "  password: \"\""]
    return pick(["k8s/secret.tmpl.yaml", "deploy/%s-secret.yaml" % name]), "\n".join(out) + "\n", "kubernetes", "envsubst_template", "yaml"


def neg_terraform_sensitive():
    mode = R.randint(0, 2)
    names = R.sample(["db_password", "admin_password", "api_key", "redis_auth_token", "client_secret", "master_password"], R.randint(1, 3))
    if mode == 0:
        out = [prompt("terraform output")]
        outs = [(n, "<sensitive>") for n in names] + [("endpoint", '"%s"' % host()), ("vpc_id", '"vpc-%s"' % rhex(17)),
                                                      ("cluster_name", '"%s-%s"' % (pick(ENVS), pick(SERVICES)))]
        outs.sort()
        w = max(len(k) for k, _ in outs)
        out += ["%s = %s" % (k.ljust(w), v) for k, v in outs]
        return pick(["docs/terraform-outputs.txt", "infra/README-outputs.txt"]), "\n".join(out) + "\n", "terraform", "sensitive_output_hidden", "txt"
    if mode == 1:
        out = ["Terraform will perform the following actions:", "",
               "  # aws_db_instance.%s will be updated in-place" % pick(SERVICES),
               '  ~ resource "aws_db_instance" "%s" {' % pick(SERVICES), '        id       = "db-%s"' % rs(26, UPPER + DIGITS),
               "      ~ password = (sensitive value)", '        username = "%s"' % pick(["admin", "postgres", "root"]),
               "        # (42 unchanged attributes hidden)", "    }", "",
               '  # random_password.%s must be replaced' % names[0],
               '-/+ resource "random_password" "%s" {' % names[0], "      ~ bcrypt_hash = (sensitive value)",
               "      ~ id          = \"none\" -> (known after apply)", "      ~ result      = (sensitive value)",
               "      ~ length      = 24 -> 32 # forces replacement", "    }", "",
               "Plan: 1 to add, 1 to change, 1 to destroy.", "", "Changes to Outputs:", "  ~ %s = (sensitive value)" % names[0]]
        return pick(["plans/%s.plan.txt" % pick(ENVS), "docs/rotation-plan.txt"]), "\n".join(out) + "\n", "terraform", "plan_sensitive_value", "txt"
    st = {"version": 4, "terraform_version": "1.6.6", "serial": R.randint(3, 400), "lineage": ruuid(),
          "outputs": {"endpoint": {"value": host(), "type": "string"},
                      "secret_arn": {"value": "arn:aws:secretsmanager:%s:%s:secret:%s/%s-%s" % (pick(REGIONS), account_id(), pick(ENVS), pick(SERVICES), rs(6)), "type": "string"},
                      "kms_key_id": {"value": ruuid(), "type": "string"}},
          "resources": [{"mode": "data", "type": "aws_secretsmanager_secret", "name": "db", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
                         "instances": [{"schema_version": 0, "attributes": {"arn": "arn:aws:secretsmanager:%s:%s:secret:db-%s" % (pick(REGIONS), account_id(), rs(6)),
                                                                              "id": ruuid(), "name": "db", "rotation_enabled": True}}]}],
          "check_results": None}
    return pick(["terraform.tfstate", "infra/%s/terraform.tfstate" % pick(ENVS)]), jdump(st), "terraform", "state_without_secret_values", "tfstate"


ENV_PH = ["changeme", "CHANGE_ME", "<your-key>", "<your-api-key>", "YOUR_API_KEY", "xxx", "TODO", "", "replace-me", "<redacted>",
          "sk-...", "ghp_...", "set-in-vault", "see 1Password", "${VAULT_SECRET}", "<password>", "dummy", "placeholder"]


def neg_env_placeholders():
    names = R.sample(["DB_PASSWORD", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "OPENAI_API_KEY", "SLACK_BOT_TOKEN", "SENDGRID_API_KEY",
                      "AWS_SECRET_ACCESS_KEY", "JWT_SECRET", "TWILIO_AUTH_TOKEN", "ANTHROPIC_API_KEY", "VAULT_TOKEN", "LLM_KEY", "API_KEY"],
                     R.randint(3, 7))
    mode = R.randint(0, 2)
    out = ["# %s" % pick(["Copy to .env and fill in. Real values: 1Password > Infra > %s" % pick(SERVICES),
                          "backup of the template before the Doppler migration", "Values are injected by the deploy pipeline"]), ""]
    fields = env_filler(R.randint(2, 8))
    for n in names:
        if mode == 0:
            v = pick(ENV_PH)
        elif mode == 1:
            v = "${%s}" % n if chance(0.6) else "${%s:-}" % n
        else:
            v = pick(["sk-proj-****", "ghp_…", "xoxb-REPLACE", "sk_live_...", "AKIA…", "SG.xxxxx", "hvs.<token>", "<from vault>"])
        fields.append((n, v))
    R.shuffle(fields)
    out += [env_line(k, v, pick(["", '"'])) for k, v in fields]
    return pick([".env.example.bak", "env.old", ".env.sample", ".env.template", "config/.env.bak"]), "\n".join(out) + "\n", \
        "generic", ["env_placeholder", "env_interpolation", "env_truncated_prefix"][mode], "env-backup"


def fake_masked_token():
    c = R.randint(0, 7)
    if c == 0:
        return "github", "ghp_" + "*" * 32 + rs(4)
    if c == 1:
        return "openai", "sk-proj-" + "*" * 4 + rs(4)
    if c == 2:
        return "stripe", "sk_live_…" + rs(4)
    if c == 3:
        return "slack", "xoxb-" + rs(4, DIGITS) + "…"
    if c == 4:
        return "aws", "AKIA" + "*" * 12 + rs(4, UPPER + "234567")
    if c == 5:
        return "vault", "hvs.****" + rs(4)
    if c == 6:
        return "sendgrid", "SG.****…" + rs(4)
    return "gitlab", "glpat-" + "•" * 8 + rs(4)


def neg_masked_runbook():
    prov, a = fake_masked_token()
    _, b = fake_masked_token()
    svc, env = pick(SERVICES), pick(ENVS)
    out = ["# Secret rotation: %s %s (%s)" % (prov, pick(["token", "key"]), env), "", "Ticket: OPS-%d · Owner: @%s · %s" % (R.randint(100, 9999), pick(FIRST), date()), "",
           "## Steps", "", "1. Create the new key in the %s console (name: `%s-%s-%s`)." % (prov, svc, env, date().replace("-", "")),
           "2. Store it without echoing:", "", "   ```sh", "   vault kv put secret/%s/%s %s_key=@new-key.txt && shred -u new-key.txt" % (env, svc, prov), "   ```", "",
           "3. Roll pods: `kubectl rollout restart deploy/%s -n %s`" % (svc, env), "4. Revoke the old key.", "", "## Fingerprints", "",
           "| | value (masked) | sha256 (first 12) |", "|---|---|---|",
           "| before | `%s` | `%s` |" % (a, rhex(12)), "| after | `%s` | `%s` |" % (a[:len(a) - 4] + rs(4), rhex(12)), "",
           "Vault version before: %d, after: %d. Lease `%s` revoked." % (R.randint(1, 9), R.randint(10, 20), "auth/token/create/" + rhex(40))]
    return pick(["docs/runbooks/rotate-%s.md" % prov, "runbooks/%s-rotation.md" % svc]), "\n".join(out) + "\n", prov, "masked_token_runbook", "md"


def neg_publishable():
    mode = R.randint(0, 3)
    if mode == 0:
        pk = "pk_live_" + ("51" + rs(12) + rs(85) if chance(0.6) else rs(24))
        out = ["# Public config shipped to the browser bundle", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=" + pk,
               "NEXT_PUBLIC_STRIPE_ACCOUNT=acct_" + rs(16), "NEXT_PUBLIC_APP_URL=https://app.%s.com" % company(),
               "STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}", "NEXT_PUBLIC_SENTRY_ENV=%s" % pick(ENVS)]
        return pick([".env.production.bak", "web/.env.public"]), "\n".join(out) + "\n", "stripe", "publishable_key", "env-backup"
    if mode == 1:
        u = pick(FIRST) + company()
        tok = "pk." + b64u(json.dumps({"u": u, "a": "cl" + rs(23, LOWER + DIGITS)}, separators=(",", ":")).encode()) + "." + rs(22, ALNUM + "-_")
        data = {"map": {"provider": "mapbox", "style": "mapbox://styles/%s/cl%s" % (u, rs(23, LOWER + DIGITS)), "accessToken": tok,
                        "scope": "public, styles:tiles, fonts:read", "url_restrictions": ["https://*.%s.com" % company()]}}
        return pick(["web/public/map-config.json", "config/mapbox.json"]), jdump(data), "mapbox", "public_token", "json"
    if mode == 2:
        key = rhex(32)
        dsn = "https://%s@o%d.ingest.%ssentry.io/%d" % (key, R.randint(10 ** 5, 10 ** 7), pick(["", "us.", "de."]), R.randint(10 ** 6, 10 ** 7))
        out = ["# Sentry DSNs are public (client-side), see docs; auth tokens are NOT", "sentry:", "  dsn: %s" % dsn,
               "  environment: %s" % pick(ENVS), "  traces_sample_rate: 0.%d" % R.randint(1, 5), "  auth_token: ${SENTRY_AUTH_TOKEN}"]
        return pick(["config/sentry.yaml", "deploy/values-sentry.yaml"]), "\n".join(out) + "\n", "sentry", "public_dsn", "yaml"
    data = {"recipients": [age_recipient() for _ in range(R.randint(2, 5))], "creation_rules": "see .sops.yaml"}
    out = ["creation_rules:", "  - path_regex: secrets/%s/.*\\.yaml$" % pick(ENVS), "    key_groups:", "      - age:"]
    out += ["          - " + r for r in data["recipients"]]
    out += ["        kms:", "          - arn: arn:aws:kms:%s:%s:key/%s" % (pick(REGIONS), account_id(), ruuid())]
    return ".sops.yaml", "\n".join(out) + "\n", "age", "public_recipient", "yaml"


def neg_public_keys():
    mode = R.randint(0, 2)
    if mode == 0:
        out = ["# authorized deploy keys (public halves only) — inventory %s" % date(), ""]
        for _ in range(R.randint(3, 8)):
            out.append(ssh_pub_ed25519("%s@%s" % (pick(FIRST), pick(["laptop", "ci", "deploy", "bastion"]))))
        return pick(["ops/authorized_keys", "inventory/ssh-public-keys.txt"]), "\n".join(out) + "\n", "openssh", "public_keys", "txt"
    if mode == 1:
        out = ["# CA chain exported from Vault PKI (public)"] + fake_cert_lines() + fake_cert_lines()
        return pick(["certs/ca-chain.pem", "tls/intermediate.pem"]), "\n".join(out) + "\n", "generic", "certificate_only", "pem"
    d = R.randrange(1, _N)
    X, Y = _ec_mul(d, _G)
    spki = _der(0x30, _der(0x30, bytes.fromhex("06072a8648ce3d020106082a8648ce3d030107")) +
                _der(0x03, b"\x00\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")))
    lines = _pem_lines("PUBLIC KEY", spki)
    data = {"kid": rhex(16), "alg": "ES256", "use": "sig", "public_key_pem": "\n".join(lines) + "\n", "created": iso_ts()}
    return pick(["keys/jwt-signing.pub.json", "config/jwks-source.json"]), jdump(data), "generic", "public_key_json", "json"


def neg_client_ids():
    out = ["# OAuth / app identifiers (not secrets). Secrets live in Vault at secret/%s/oauth" % pick(ENVS), ""]
    pool = [("GOOGLE_CLIENT_ID", "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12), rs(32, LOWER + DIGITS))),
            ("GITHUB_APP_ID", str(R.randint(100000, 999999))), ("GITHUB_CLIENT_ID", pick(["Iv1." + rhex(16), "Iv23li" + rs(14), "Ov23li" + rs(14)])),
            ("AZURE_CLIENT_ID", ruuid()), ("AZURE_TENANT_ID", ruuid()), ("TWILIO_ACCOUNT_SID", "AC" + rhex(32)),
            ("SLACK_APP_ID", "A0" + rs(9, UPPER + DIGITS)), ("SLACK_TEAM_ID", "T0" + rs(9, UPPER + DIGITS)),
            ("AUTH0_CLIENT_ID", rs(32)), ("OKTA_CLIENT_ID", "0oa" + rs(17)), ("STRIPE_ACCOUNT_ID", "acct_" + rs(16)),
            ("AWS_ACCOUNT_ID", account_id()), ("COGNITO_USER_POOL_ID", "%s_%s" % (pick(REGIONS), rs(9))),
            ("COGNITO_CLIENT_ID", rs(26, LOWER + DIGITS)), ("DATADOG_SITE", "datadoghq.eu"), ("ALGOLIA_APP_ID", rs(10, UPPER + DIGITS))]
    fields = R.sample(pool, R.randint(4, 9))
    if chance(0.5):
        out += ["%s=%s" % (k, v) for k, v in fields]
        out += ["GOOGLE_CLIENT_SECRET=", "AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}"]
        return pick([".env.oauth.bak", "config/oauth.env"]), "\n".join(out) + "\n", "generic", "client_ids", "env-backup"
    data = {k.lower(): v for k, v in fields}
    data["client_secret"] = None
    return pick(["config/oauth-apps.json", "docs/identity/apps.json"]), jdump(data), "generic", "client_ids", "json"


def neg_digests():
    mode = R.randint(0, 2)
    if mode == 0:
        out = ["# checksums of the encrypted vault exports uploaded to s3://%s-backups/%s/" % (company(), date())]
        for f in R.sample(["bitwarden_encrypted_export.json", "1password.1pux.gpg", "keepass.kdbx", "vault-snapshot.snap",
                           "ssm-params.json.age", "secrets-inventory.csv.asc", "k8s-sealed-secrets.tar.gz"], R.randint(4, 7)):
            out.append("%s  %s" % (rhex(64), f))
        return pick(["backups/SHA256SUMS", "docs/backup-checksums.txt"]), "\n".join(out) + "\n", "generic", "sha256_checksums", "txt"
    if mode == 1:
        out = ["%s INFO secret-sync: version=%d sha256=%s path=secret/%s/%s etag=\"%s\"" % (
            log_ts(), R.randint(1, 30), rhex(64), pick(ENVS), pick(SERVICES), rhex(32)) for _ in range(R.randint(5, 15))]
        return pick(["logs/secret-sync.log", "rotation.log"]), "\n".join(out) + "\n", "generic", "digests_in_log", "log"
    out = ["| service | image digest | config commit |", "|---|---|---|"]
    out += ["| %s | `sha256:%s` | `%s` |" % (pick(SERVICES), rhex(64), rhex(40)) for _ in range(R.randint(3, 9))]
    return pick(["docs/release-inventory.md", "RELEASES.md"]), "# Release inventory\n\n" + "\n".join(out) + "\n", "generic", "image_digests", "md"


def neg_cloud_refs():
    mode = R.randint(0, 3)
    vault = "%s-%s-kv" % (company(), pick(ENVS))
    if mode == 0:
        data = [{"name": k, "slotSetting": False,
                 "value": "@Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/%s/%s)" % (vault, k.lower().replace("_", "-"), pick(["", rhex(32)]))}
                for k in R.sample(["DB_PASSWORD", "STRIPE_SECRET_KEY", "OPENAI_API_KEY", "SENDGRID_API_KEY", "JWT_SECRET"], R.randint(2, 4))]
        data.append({"name": "WEBSITE_RUN_FROM_PACKAGE", "slotSetting": False, "value": "1"})
        return pick(["azure/appsettings.json", "infra/app-settings.json"]), jdump(data), "azure", "keyvault_reference", "json"
    if mode == 1:
        out = [prompt("az keyvault secret list --vault-name %s -o table" % vault), "Name                    Id                                                                 ContentType    Enabled    Expires",
               "----------------------  -----------------------------------------------------------------  -------------  ---------  ---------"]
        for n in R.sample(["db-password", "stripe-secret-key", "openai-api-key", "sendgrid-api-key", "jwt-secret", "redis-password"], R.randint(3, 6)):
            out.append("%s  %s  %s  True" % (n.ljust(22), ("https://%s.vault.azure.net/secrets/%s" % (vault, n)).ljust(65), "text/plain".ljust(13)))
        return pick(["notes/keyvault-list.txt", "docs/azure-secrets.txt"]), "\n".join(out) + "\n", "azure", "secret_list_no_values", "txt"
    if mode == 2:
        proj = "%s-%s-%d" % (company(), pick(ENVS), R.randint(100, 999))
        out = [prompt("gcloud secrets versions list %s --project=%s" % (pick(["db-password", "stripe-key", "api-key"]), proj)), "NAME  STATE      CREATED              DESTROYED"]
        for v in range(R.randint(3, 7), 0, -1):
            out.append("%-5d %-10s %s  -" % (v, pick(["enabled", "disabled", "destroyed"]), iso_ts()[:19]))
        out += ["", prompt("gcloud run deploy %s --set-secrets=DB_PASSWORD=db-password:latest,STRIPE_SECRET_KEY=stripe-key:%d" % (pick(SERVICES), R.randint(1, 9)))]
        return pick(["notes/gcloud-secrets.txt", "docs/setup/gcp.txt"]), "\n".join(out) + "\n", "gcp", "secret_versions_metadata", "txt"
    out = [prompt("doppler secrets --only-names -p %s -c prd" % pick(SERVICES)), "┌─────────────────────────┐", "│ NAME                    │", "├─────────────────────────┤"]
    for n in R.sample(["DATABASE_URL", "DB_PASSWORD", "DOPPLER_CONFIG", "DOPPLER_ENVIRONMENT", "DOPPLER_PROJECT", "STRIPE_SECRET_KEY",
                       "OPENAI_API_KEY", "SENTRY_DSN", "JWT_SECRET"], R.randint(4, 9)):
        out.append("│ %s │" % n.ljust(23))
    out.append("└─────────────────────────┘")
    return pick(["notes/doppler-names.txt", "docs/doppler.txt"]), "\n".join(out) + "\n", "doppler", "secret_names_only", "txt"


def neg_ansible_refs():
    svc = pick(SERVICES)
    out = ["---", "%s_db_host: %s" % (svc, host()), "%s_db_user: svc_%s" % (svc, svc), "%s_db_password: \"{{ vault_%s_db_password }}\"" % (svc, svc),
           "%s_stripe_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/%s/%s:stripe_secret_key') }}\"" % (svc, pick(ENVS), svc),
           "%s_api_token: \"{{ lookup('amazon.aws.aws_secret', '%s/%s/api_token') }}\"" % (svc, pick(ENVS), svc),
           "%s_smtp_password: \"{{ lookup('env', 'SMTP_PASSWORD') }}\"" % svc,
           "%s_admin_password: \"{{ lookup('community.general.onepassword', '%s admin', field='password') }}\"" % (svc, svc)]
    return pick(["group_vars/%s/main.yml" % pick(ENVS), "roles/%s/defaults/main.yml" % svc]), "\n".join(out) + "\n", "ansible", "vault_variable_reference", "yaml"


def neg_log_redacted():
    svc = pick(SERVICES)
    out = []
    for _ in range(R.randint(5, 14)):
        out.append("%s %s [%s] %s" % (log_ts(), pick(["INFO", "DEBUG", "WARN"]), svc, pick([
            "resolved secret DB_PASSWORD=[REDACTED] (len=%d)" % R.randint(12, 40),
            "request headers={'Authorization': 'Bearer ***', 'X-Request-Id': '%s'}" % ruuid(),
            "vault: token renewed accessor=%s ttl=768h" % rs(24),
            "loaded STRIPE_SECRET_KEY=sk_live_****%s from secret/%s/%s" % (rs(4), pick(ENVS), svc),
            "rotation complete version=%d previous_version=%d" % (R.randint(5, 30), R.randint(1, 4)),
            "aws secretsmanager: GetSecretValue VersionId=%s stage=AWSCURRENT" % ruuid(),
            "password for user svc_%s: ********" % svc, "env dump: OPENAI_API_KEY=<masked> GITHUB_TOKEN=<masked>"])))
    return pick(["logs/%s.log" % svc, "ci/job-%d.log" % R.randint(10 ** 5, 10 ** 7)]), "\n".join(out) + "\n", "generic", "redacted_log", "log"


def neg_gh_sts():
    if chance(0.5):
        out = [prompt("gh secret list --repo %s/%s" % (company(), pick(SERVICES))), "NAME                    UPDATED"]
        for n in R.sample(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "NPM_TOKEN", "DOCKERHUB_TOKEN", "SLACK_WEBHOOK_URL",
                           "OPENAI_API_KEY", "SONAR_TOKEN", "DEPLOY_KEY", "VAULT_ROLE_ID"], R.randint(3, 8)):
            out.append("%s  %s" % (n.ljust(22), pick(["about 2 days ago", "about 1 month ago", "about 1 year ago", date()])))
        return pick(["docs/ci-secrets.txt", "notes/gh-secrets.txt"]), "\n".join(out) + "\n", "github", "secret_names_only", "txt"
    acct = account_id()
    data = {"UserId": pick(["AIDA", "AROA"]) + rs(17, UPPER + "234567") + pick(["", ":%s@%s.com" % (pick(FIRST), company())]),
            "Account": acct, "Arn": "arn:aws:%s::%s:%s" % (pick(["iam", "sts"]), acct, pick(["user/%s" % pick(FIRST), "assumed-role/Admin/%s" % pick(FIRST)]))}
    out = [prompt("aws sts get-caller-identity --profile %s" % pick(ENVS))] + jdump(data, indent=4).rstrip().split("\n") + \
        ["", prompt("aws iam list-access-keys --user-name %s" % pick(FIRST))]
    keys = {"AccessKeyMetadata": [{"UserName": pick(FIRST), "AccessKeyId": "AKIA" + "*" * 12 + rs(4, UPPER + "234567"),
                                   "Status": pick(["Active", "Inactive"]), "CreateDate": iso_ts()[:19] + "+00:00"}]}
    out += jdump(keys, indent=4).rstrip().split("\n")
    return pick(["notes/whoami.txt", "docs/aws-identity.txt"]), "\n".join(out) + "\n", "aws", "unique_id_and_masked_key", "txt"


def neg_jwt_doc():
    tok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
    out = ["# JWT signing", "", "Production signing keys are fetched from `secret/%s/jwt` at boot." % pick(ENVS), "",
           "Example token from jwt.io (secret `your-256-bit-secret`):", "", "```", tok, "```", "",
           "HMAC test vector (RFC 4231, case 1): key = `0x0b` × 20, data = `Hi There`,",
           "HMAC-SHA-256 = `b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7`"]
    return pick(["docs/jwt.md", "docs/auth/tokens.md"]), "\n".join(out) + "\n", "generic", "doc_sample_jwt_testvector", "md"


def neg_migration_sheet():
    header = pick([["Service", "Environment", "Username", "Password", "Owner", "Migrated", "Notes"],
                   ["service", "env", "user", "password", "vault_path", "done"]])
    rows = [header]
    for _ in range(R.randint(5, 18)):
        svc = pick(SERVICES + ["jenkins", "grafana", "sonarqube", "nexus", "rabbitmq"])
        env = pick(ENVS)
        pw = pick(["(in vault)", "see 1Password", "SSO", "", "n/a - IAM role", "rotated, see vault", "managed identity", "********",
                   "op://Infra/%s/password" % svc, "secret/%s/%s#password" % (env, svc), "{{op://Infra/%s-%s/password}}" % (svc, env)])
        if len(header) == 7:
            rows.append([svc, env, pick(["admin", "svc_" + svc, "root", "deploy"]), pw, "team-" + pick(SERVICES), pick(["yes", "done", "no"]), pick(["", "legacy", "OPS-%d" % R.randint(100, 9999)])])
        else:
            rows.append([svc, env, pick(["admin", "svc_" + svc]), pw, "secret/%s/%s" % (env, svc), pick(["yes", "no"])])
    if chance(0.35):
        return "migration/credentials.tsv", csv_text(rows, delim="\t"), "generic", "inventory_without_values", "tsv"
    return pick(["Credentials Migration - Sheet1.csv", "docs/migration/secret-inventory.csv"]), csv_text(rows, bom=chance(0.5), crlf=chance(0.5)), \
        "generic", "inventory_without_values", "csv-xlsx-export"


def neg_vault_kv_doc_sample():
    mount, p = "secret", "%s/%s" % (pick(ENVS), pick(SERVICES))
    data = {"request_id": ruuid(), "lease_id": "", "lease_duration": 0, "renewable": False,
            "data": {"data": {"username": "<username>", "password": "<password>", "host": "db.example.com"},
                     "metadata": {"created_time": iso_ts(), "custom_metadata": None, "deletion_time": "", "destroyed": False, "version": 1}},
            "warnings": None}
    out = ["## Reading app credentials", "", "```sh", "vault kv get -format=json %s/%s" % (mount, p), "```", "", "Output shape:", "", "```json"] + \
        jdump(data).rstrip().split("\n") + ["```", "", "Use `-field=password` in scripts; never paste real output into tickets."]
    return pick(["docs/vault.md", "README-vault.md"]), "\n".join(out) + "\n", "vault", "doc_sample_placeholders", "md"


def neg_doc_sample_export():
    mode = R.randint(0, 2)
    if mode == 0:
        rows = [["folder", "favorite", "type", "name", "notes", "fields", "reprompt", "login_uri", "login_username", "login_password", "login_totp"],
                ["Social", "1", "login", "Example", "", "", "0", "https://example.com", "me@example.com", "<password>", ""],
                ["", "", "login", "Example Bank", "", "", "0", "https://bank.example.com", "user@example.org", "<password>",
                 "otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example"],
                ["", "", "note", "Wi-Fi", "SSID and passphrase are on the router label", "", "0", "", "", "", ""]]
        out = ["# Import format for the password-manager migration", "", "Column layout we expect from Bitwarden (sample rows only):", "", "```csv"] + \
            csv_text(rows).rstrip("\n").split("\n") + ["```", "", "Never commit a real export; use `bw export --format encrypted_json`."]
        return pick(["docs/password-manager-migration.md", "docs/import-format.md"]), "\n".join(out) + "\n", "bitwarden", "doc_sample_export", "md"
    if mode == 1:
        rows = [["Title", "URL", "Username", "Password", "Notes", "OTPAuth"]]
        for t, u in [("Example", "https://example.com"), ("Example Mail", "https://mail.example.org"), ("Router", "http://192.0.2.1"),
                     ("Test Shop", "https://shop.example.net")][:R.randint(3, 4)]:
            rows.append([t, u, pick(["user@example.com", "admin", "alice@example.org"]), pick(["", "<password>", "example-password-here"]), "sample row", ""])
        return pick(["tests/fixtures/apple-passwords-sample.csv", "testdata/import/passwords_sample.csv"]), csv_text(rows), "apple", "fixture_sample_export", "csv"
    g = UPPER.replace("I", "").replace("O", "") + "23456789"
    masked = "A3-%s-••••••-•••••-•••••-•••••-•••••-%s" % (rs(6, g), rs(5, g))
    out = ["# 1Password Emergency Kit (team copy — redacted)", "", "- Sign-in address: https://%s.1password.com" % company(),
           "- Email: %s" % email(domain="%s.com" % company()), "- Secret Key: `%s`" % masked,
           "- Master password: *(written on the paper kit in the office safe)*", "", "The full kit PDF is in the safe, envelope #%d." % R.randint(1, 20)]
    return pick(["docs/break-glass/1password.md", "docs/emergency-kit.md"]), "\n".join(out) + "\n", "1password", "masked_secret_key", "md"


NEG_TEMPLATES = [
    (neg_bitwarden_encrypted, 6), (neg_1pux_metadata, 4), (neg_kdbx_hexdump, 2), (neg_age_pgp_armor, 4), (neg_sops, 6),
    (neg_ansible_vault, 5), (neg_pm_csv_masked, 8), (neg_keepass_xml_refs, 3), (neg_vault_metadata, 6), (neg_aws_describe, 6),
    (neg_op_refs, 5), (neg_safe_script, 5), (neg_makefile_safe, 2), (neg_http_safe, 2), (neg_hash_columns, 5),
    (neg_totp_vectors, 4), (neg_aws_doc_example, 3), (neg_k8s_safe, 6), (neg_terraform_sensitive, 4), (neg_env_placeholders, 7),
    (neg_masked_runbook, 3), (neg_publishable, 4), (neg_public_keys, 3), (neg_client_ids, 4), (neg_digests, 3),
    (neg_cloud_refs, 5), (neg_ansible_refs, 2), (neg_log_redacted, 3), (neg_gh_sts, 3), (neg_jwt_doc, 2),
    (neg_migration_sheet, 4), (neg_vault_kv_doc_sample, 2), (neg_doc_sample_export, 4),
]


# ---------------------------------------------------------------- driver
N_POS = 500
N_NEG = 500


def _choose(templates):
    fns = [f for f, _ in templates]
    ws = [w for _, w in templates]
    return R.choices(fns, weights=ws, k=1)[0]


def _ok_text(text):
    n = text.count("\n") + (0 if text.endswith("\n") else 1)
    return 5 <= n <= 80


def make_positive():
    for _ in range(50):
        f = _choose(POS_TEMPLATES)
        path, text, sec, ftype = f()
        nd = sec.needle
        if not nd or "\n" in nd or nd not in text or not _ok_text(text):
            continue
        line = text[:text.index(nd)].count("\n") + 1
        return path, text, dict(provider=sec.provider, kind=sec.kind, filetype=ftype), nd, line
    raise RuntimeError("could not build a positive")


def make_negative():
    for _ in range(50):
        f = _choose(NEG_TEMPLATES)
        path, text, prov, kind, ftype = f()
        if _ok_text(text):
            return path, text, dict(provider=prov, kind=kind, filetype=ftype)
    raise RuntimeError("could not build a negative")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        print("usage: gen_bo.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    for i in range(N_POS):
        path, text, meta, nd, line = make_positive()
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append(dict(file=rel, label="pos", **meta))
        secrets.append(dict(file=rel, needle=nd, line=line))
    for i in range(N_NEG):
        path, text, meta = make_negative()
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append(dict(file=rel, label="neg", **meta))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for row in manifest:
            fh.write(json.dumps({k: row[k] for k in ("file", "label", "provider", "kind", "filetype")}) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for row in secrets:
            fh.write(json.dumps(row) + "\n")
    return self_check(outdir, manifest, secrets)


def self_check(outdir, manifest, secrets):
    errors = []
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        if s["line"] < 1 or s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            errors.append("needle not on stated line: %s" % s["file"])
    needles = [s["needle"] for s in secrets]
    for row in manifest:
        if row["label"] != "neg":
            continue
        with open(os.path.join(outdir, row["file"]), encoding="utf-8", newline="") as fh:
            t = fh.read()
        for nd in needles:
            if nd in t:
                errors.append("negative %s contains a positive needle %r" % (row["file"], nd[:20]))
    for row in manifest:
        with open(os.path.join(outdir, row["file"]), encoding="utf-8", newline="") as fh:
            t = fh.read()
        n = t.count("\n") + (0 if t.endswith("\n") else 1)
        if not 5 <= n <= 80:
            errors.append("line count %d out of range: %s" % (n, row["file"]))
    pos = [r for r in manifest if r["label"] == "pos"]
    neg = [r for r in manifest if r["label"] == "neg"]
    print("positives: %d  negatives: %d" % (len(pos), len(neg)))
    for label, rows in (("pos", pos), ("neg", neg)):
        print("\n[%s] providers (%d):" % (label, len(set(r["provider"] for r in rows))))
        print("  " + ", ".join("%s=%d" % kv for kv in Counter(r["provider"] for r in rows).most_common()))
        print("[%s] kinds (%d):" % (label, len(set(r["kind"] for r in rows))))
        print("  " + ", ".join("%s=%d" % kv for kv in Counter(r["kind"] for r in rows).most_common()))
        print("[%s] file types (%d):" % (label, len(set(r["filetype"] for r in rows))))
        print("  " + ", ".join("%s=%d" % kv for kv in Counter(r["filetype"] for r in rows).most_common()))
    pairs = set((r["provider"], r["kind"]) for r in pos)
    print("\npositive provider/kind pairs: %d" % len(pairs))
    if errors:
        print("\nSELF-CHECK FAILED (%d):" % len(errors))
        for e in errors[:40]:
            print("  " + e)
        return 1
    print("\nself-check OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
