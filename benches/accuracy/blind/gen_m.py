#!/usr/bin/env python3
"""Blind evaluation-set generator "m" for a git pre-commit secret scanner.

EMPHASIS
    An application's OWN secrets in web-framework projects: the keys a framework
    or self-hosted service itself needs (Django SECRET_KEY, Rails
    secret_key_base / master.key, Laravel APP_KEY, Phoenix secret_key_base,
    Flask SECRET_KEY, express-session / Koa keys, NextAuth/Auth.js secrets, JWT
    HMAC keys, ASP.NET machineKey, Symfony APP_SECRET, WordPress salts, Drupal
    hash_salt, Strapi / Ghost keys, Fernet / AES / ChaCha keys, webhook signing
    secrets, OAuth client secrets of the app's identity provider, SAML/OIDC
    signing keys, cookie secrets, database / Redis / SMTP passwords in the
    framework's own config, admin bootstrap passwords, peppers, Vault dev root
    tokens ...), placed in the files those frameworks really use.

USAGE
    python3 gen_m.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relative path> (500 innocent look-alikes),
    OUTDIR/manifest.jsonl  {"file","label","provider","kind","filetype"}
    OUTDIR/secrets.jsonl   {"file","needle","line"} for positives.
    Deterministic per SEED (only random.Random(SEED) is used).

NEEDLE CONVENTIONS
    * needle = the secret exactly as written, without surrounding quotes.
    * Type prefixes that are part of the value are included: `base64:` of
      Laravel APP_KEY, `whsec_`, `shpss_`, `GOCSPX-`, `hvs.`, `django-insecure-`.
    * Passwords inside connection strings / URLs: the needle is the password
      only (not the whole URL / connection string).
    * Ghost Admin API key: the whole `id:secret` value. Strapi APP_KEYS: the
      whole comma-separated list (one setting). Koa `app.keys`: the single key.
    * Flask bytes literal SECRET_KEY (b'\\x..'): the needle is the escaped text
      between the quotes, as written.
    * PEM private keys: the needle is the substring from `-----BEGIN` to the
      closing `-----` of the END line, as written (so it may contain
      newlines plus YAML indentation, or literal `\\n` escapes in JSON/.env);
      line = line of `-----BEGIN`.
    * line is 1-based and is the line where the needle starts.

DECISIONS (labels)
    * `django-insecure-...` keys: POSITIVE.  startproject generates them fresh
      and randomly per project; they are routinely deployed; `check --deploy`
      complains about them, and anyone who has the repo can forge sessions.
    * Rails development/test secret_key_base in secrets.yml (Rails 5.1 wrote
      random ones for you): POSITIVE when present (random value in a secret
      slot).  Negative secrets.yml files therefore use ENV / ERB for every env.
    * Phoenix `signing_salt` (endpoint and live_view): NEGATIVE.  Phoenix
      documents that salts need not be secret; secret_key_base is the secret.
    * Password hashes of seeded users (bcrypt, argon2id, Django pbkdf2, phpass)
      are NEGATIVE.  Plain-text admin bootstrap passwords are POSITIVE.
    * Strapi API_TOKEN_SALT / TRANSFER_TOKEN_SALT, Flask-Security
      SECURITY_PASSWORD_SALT, Rails AR encryption key_derivation_salt,
      Drupal hash_salt and the WordPress *_SALT constants are POSITIVE: despite
      the name these frameworks treat them as secret key material.
    * Keycloak realm exports with `"secret": "**********"` (masked by
      Keycloak on export) are NEGATIVE; CSRF tokens in HTML fixtures, session
      ids in test logs, asset digests, SRI hashes, alembic revisions, UUIDs,
      client ids, public keys / JWKS, ciphertexts (Rails *.yml.enc, Ansible
      Vault, SOPS, SealedSecrets, Laravel .env.encrypted, AWS KMS blobs, Vault
      transit), published test vectors (RFC 4231, Fernet spec, jwt.io) are
      NEGATIVE.
    * Runtime generation (`get_random_secret_key()`, `SecureRandom.hex(64)`,
      `$(openssl rand -hex 32)`, Heroku `"generator": "secret"`) is NEGATIVE.
    * config/master.key and config/credentials/*.key are one-line files in
      real Rails apps; they are generated as such (rarely) although that
      is below the 5-line target for surrounding context.

DOUBTS (formats I am not fully sure of)
    * Azure AD client secrets: modelled as 40 chars, 3 chars + digit + `Q~`
      + 34 chars of [A-Za-z0-9_.~-]. Older secrets were 32/44-char base64 and
      the newer layout is only known to me from observation, not a spec.
    * Okta client secrets: 40 (older) or 64 chars of base64url - unsure.
    * Auth0 client secrets: 64 chars of base64url - from memory.
    * Keycloak client secret: 32 alphanumerics (recent versions); older
      versions used UUIDs.  Both are generated.
    * Vault dev root token: `hvs.` + 24 base62 (Vault >= 1.10); legacy `s.`
      + 24.  Real service tokens can be much longer (`hvs.CAES...`) - not modelled.
    * Stripe webhook secrets: `whsec_` + 32 base62 (dashboard) and
      `whsec_` + 64 hex (Stripe CLI `listen`).  Lengths from memory.
    * Svix: `whsec_` + base64 of 24 bytes (32 chars) - from memory.
    * Shopify: `shpss_` + 32 hex for the app shared secret - from memory.
    * Slack signing secret: 32 lowercase hex.  GitHub webhook secrets are
      free-form; generated as 40 hex or urlsafe random (what people use).
    * Drupal hash_salt: Crypt::randomBytesBase64(55) -> 74 urlsafe chars.
    * WordPress salts: 64 chars of the api.wordpress.org/secret-key alphabet
      (letters, digits, !@#$%^&*()-_ []{}<>~`+=,.;:/?| ; no quotes/backslash).
    * Laravel Reverb app secret (20 lowercase alnum) and tymon/jwt-auth
      JWT_SECRET (64 alnum): from memory of the generators.
    * Phoenix secret_key_base: mix phx.gen.secret = 64 chars of base64 text.
      Guardian secret_key: same generator.
    * ASP.NET machineKey: validationKey 128 hex (HMACSHA256/512), decryptionKey
      64 hex (AES-256), uppercase as the IIS tool emits.
    * Rails `bin/rails db:encryption:init` keys: 32 alphanumerics - from memory.
    * Sealed-secrets ciphertext: `\\x02\\x00` length prefix + RSA-4096 block +
      AES-GCM payload, base64 -> starts with `AgA`..`AgD`; byte 3 forced so
      it starts with `AgB` as usually seen.
    * AWS KMS ciphertext blobs start `AQICAH` (version bytes) - approximated.
    * Sizes of SOPS `data:` fields track the plaintext length; the MAC and the
      age recipient (valid bech32) are random.
"""
import base64
import hashlib
import hmac
import json
import math
import os
import random
import re
import string
import sys

# ---------------------------------------------------------------------------
# alphabets and basic random helpers
# ---------------------------------------------------------------------------
HEX = '0123456789abcdef'
HEXU = HEX.upper()
B62 = string.ascii_letters + string.digits
LOWALNUM = string.ascii_lowercase + string.digits
DJ = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)'
WPA = string.ascii_letters + string.digits + '!@#$%^&*()' + '-_ []{}<>~`+=,.;:/?|'
B64URL = B62 + '-_'
AZT = B62 + '_.~-'
BCRYPT_ALPH = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
STD_B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

_RUNS = ('abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '0123456789')


def bad_seq(s):
    """True if s contains 4 identical chars or a 4-long ascending/descending run."""
    for i in range(len(s) - 3):
        w = s[i:i + 4]
        if w[0] == w[1] == w[2] == w[3]:
            return True
        for run in _RUNS:
            if w in run or w in run[::-1]:
                return True
    return False


def rs(r, alph, n):
    while True:
        s = ''.join(r.choice(alph) for _ in range(n))
        if not bad_seq(s):
            return s


def rb64(r, nbytes, url=False, pad=True):
    while True:
        b = r.randbytes(nbytes)
        s = (base64.urlsafe_b64encode(b) if url else base64.b64encode(b)).decode()
        if not pad:
            s = s.rstrip('=')
        if not bad_seq(s):
            return s


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip('=')


def rhex(r, n, upper=False):
    return rs(r, HEXU if upper else HEX, n)


def ruuid(r):
    h = ''.join(r.choice(HEX) for _ in range(32))
    h = h[:12] + '4' + h[13:16] + r.choice('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------------------
# human-chosen passwords
# ---------------------------------------------------------------------------
FIRST = ['Marek', 'Ines', 'Tomasz', 'Keiko', 'Rafael', 'Olga', 'Dmitri', 'Saoirse', 'Bilal', 'Hana',
         'Jonas', 'Priya', 'Mateo', 'Yusuf', 'Greta', 'Lior', 'Anouk', 'Callum', 'Zofia', 'Emeka',
         'Ilse', 'Nuno', 'Aiko', 'Radu', 'Femke']
WORDS = ['winter', 'harbor', 'falcon', 'maple', 'copper', 'lantern', 'orchid', 'granite', 'thunder',
         'velvet', 'meadow', 'saffron', 'pebble', 'cobalt', 'juniper', 'walrus', 'kestrel', 'tundra',
         'mango', 'quartz', 'basil', 'ember', 'fjord', 'nimbus', 'otter', 'raven', 'sierra', 'tango',
         'violet', 'zephyr', 'anchor', 'biscuit', 'cactus', 'dynamo', 'glacier', 'hornet']
CITIES = ['Lisboa', 'Krakow', 'Osaka', 'Bergen', 'Quito', 'Tbilisi', 'Porto', 'Leipzig', 'Medan',
          'Cusco', 'Gdansk', 'Valencia']
LEET = {'a': '4', 'e': '3', 'o': '0', 'i': '1', 's': '5', 't': '7'}


def leet(r, w):
    out = []
    for ch in w:
        lo = ch.lower()
        if lo in LEET and r.random() < 0.5:
            out.append(LEET[lo])
        else:
            out.append(ch)
    return ''.join(out)


def human_pw(r):
    while True:
        p = r.randrange(8)
        name = r.choice(FIRST)
        w, w2 = r.sample(WORDS, 2)
        yr = str(r.randint(1962, 2011))
        sym = r.choice('!#&*.-_@+?%')
        if p == 0:
            s = name + r.choice('.-_') + yr + w
        elif p == 1:
            s = leet(r, w.capitalize()) + sym + str(r.randint(1, 99))
        elif p == 2:
            s = w.capitalize() + w2.capitalize() + str(r.randint(10, 999)) + sym
        elif p == 3:
            s = r.choice(CITIES) + yr + sym
        elif p == 4:
            s = '-'.join([w, w2.capitalize(), str(r.randint(2, 99)), r.choice(WORDS)])
        elif p == 5:
            s = name.lower() + sym + w.capitalize() + yr[-2:]
        elif p == 6:
            s = leet(r, w) + leet(r, w2.capitalize()) + sym + yr[-2:]
        else:
            s = name + sym + r.choice(CITIES).lower() + str(r.randint(2, 9)) + str(r.randint(0, 9))
        if 'password' in s.lower() or bad_seq(s):
            continue
        return s


def machine_pw(r):
    k = r.randrange(4)
    if k == 0:
        return rs(r, B62, r.choice([20, 24, 32]))
    if k == 1:
        return rb64(r, r.choice([18, 24]), url=True, pad=False)
    if k == 2:
        return rhex(r, 32)
    return rs(r, B62 + '-_.', r.choice([16, 28]))


def db_pw(r):
    return human_pw(r) if r.random() < 0.55 else machine_pw(r)


# ---------------------------------------------------------------------------
# crypto: DER / PEM, RSA, P-256, bech32, bcrypt b64
# ---------------------------------------------------------------------------
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def der_int(x):
    return der(0x02, x.to_bytes(max(1, (x.bit_length() + 8) // 8), 'big'))


def der_seq(*items):
    return der(0x30, b''.join(items))


OID_RSA = bytes.fromhex('06092a864886f70d010101')
OID_ECPUB = bytes.fromhex('06072a8648ce3d0201')
OID_P256 = bytes.fromhex('06082a8648ce3d030107')
NULL = b'\x05\x00'


def pem(label, d):
    s = b64(d)
    lines = [s[i:i + 64] for i in range(0, len(s), 64)]
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(lines), label)


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
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(r, bits):
    while True:
        n = r.getrandbits(bits) | (1 << (bits - 1)) | (1 << (bits - 2)) | 1
        if is_prime(n, r):
            return n


def rsa_key(r, bits=2048):
    e = 65537
    while True:
        p = gen_prime(r, bits // 2)
        q = gen_prime(r, bits // 2)
        if p == q:
            continue
        phi = (p - 1) * (q - 1)
        if math.gcd(e, phi) != 1:
            continue
        n = p * q
        if n.bit_length() != bits:
            continue
        if p < q:
            p, q = q, p
        d = pow(e, -1, phi)
        return dict(n=n, e=e, d=d, p=p, q=q)


def rsa_pkcs1(k):
    return der_seq(der_int(0), der_int(k['n']), der_int(k['e']), der_int(k['d']), der_int(k['p']),
                   der_int(k['q']), der_int(k['d'] % (k['p'] - 1)), der_int(k['d'] % (k['q'] - 1)),
                   der_int(pow(k['q'], -1, k['p'])))


def rsa_private_pem(k, pkcs8):
    inner = rsa_pkcs1(k)
    if pkcs8:
        return pem('PRIVATE KEY', der_seq(der_int(0), der_seq(OID_RSA, NULL), der(0x04, inner)))
    return pem('RSA PRIVATE KEY', inner)


def rsa_public_pem(k):
    pub = der_seq(der_int(k['n']), der_int(k['e']))
    return pem('PUBLIC KEY', der_seq(der_seq(OID_RSA, NULL), der(0x03, b'\x00' + pub)))


P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _ec_add(P, Q):
    p = P256_P
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0] and (P[1] + Q[1]) % p == 0:
        return None
    if P == Q:
        lam = (3 * P[0] * P[0] - 3) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P=P256_G):
    R = None
    while k:
        if k & 1:
            R = _ec_add(R, P)
        P = _ec_add(P, P)
        k >>= 1
    return R


def ec_key(r):
    d = r.randrange(1, P256_N)
    X, Y = ec_mul(d)
    return dict(d=d, x=X, y=Y)


def ec_point(k):
    return b'\x04' + k['x'].to_bytes(32, 'big') + k['y'].to_bytes(32, 'big')


def ec_private_pem(k, pkcs8):
    if pkcs8:
        sec1 = der_seq(der_int(1), der(0x04, k['d'].to_bytes(32, 'big')),
                       der(0xa1, der(0x03, b'\x00' + ec_point(k))))
        return pem('PRIVATE KEY', der_seq(der_int(0), der_seq(OID_ECPUB, OID_P256), der(0x04, sec1)))
    sec1 = der_seq(der_int(1), der(0x04, k['d'].to_bytes(32, 'big')), der(0xa0, OID_P256),
                   der(0xa1, der(0x03, b'\x00' + ec_point(k))))
    return pem('EC PRIVATE KEY', sec1)


def ec_public_pem(k):
    return pem('PUBLIC KEY', der_seq(der_seq(OID_ECPUB, OID_P256), der(0x03, b'\x00' + ec_point(k))))


_BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _bech_polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data_bytes):
    acc, bits, out = 0, 0, []
    for b in data_bytes:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _bech_polymod(hv + out + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + '1' + ''.join(_BECH[d] for d in out + chk)


def bcrypt_b64(b):
    s = base64.b64encode(b).decode().rstrip('=')
    return s.translate(str.maketrans(STD_B64, BCRYPT_ALPH))


def bcrypt_hash(r, prefix='$2b$', cost=12):
    return '%s%02d$%s%s' % (prefix, cost, bcrypt_b64(r.randbytes(16)), bcrypt_b64(r.randbytes(23)))


def argon2_hash(r):
    return '$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s' % (r.choice([65536, 19456, 47104]), r.choice([2, 3]), r.choice([1, 4]),
                                                    b64(r.randbytes(16)).rstrip('='), b64(r.randbytes(32)).rstrip('='))


def pbkdf2_hash(r):
    return 'pbkdf2_sha256$%d$%s$%s' % (r.choice([600000, 720000, 870000, 1000000]), rs(r, B62, 22), b64(r.randbytes(32)))


def phpass_hash(r):
    itoa = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
    return '$P$B' + ''.join(r.choice(itoa) for _ in range(31))


# ---------------------------------------------------------------------------
# values, quoting and references in each file type's own syntax
# ---------------------------------------------------------------------------
class Incompat(Exception):
    pass


class Val:
    """lit: literal string; ref: env-var reference; rt: runtime-generated."""

    def __init__(self, mode, s=None, env=None, pyprefix=''):
        self.mode, self.s, self.env, self.pyprefix = mode, s, env, pyprefix


_PLAIN_YAML = re.compile(r'^[A-Za-z0-9_./+=~-][A-Za-z0-9_./+=~:@,-]*$')
_PLAIN_ENV = re.compile(r'^[A-Za-z0-9_./+=:@,~-]*$')
URLSAFE = set(string.ascii_letters + string.digits + '._~!*+=-')


def _yamlish_reserved(s):
    return s.lower() in ('yes', 'no', 'true', 'false', 'on', 'off', 'null', '~', '') or re.match(r'^[0-9.+-]+$', s) is not None


def quote(r, syn, s, pyprefix=''):
    if s.startswith('-----BEGIN'):
        if syn in ('env', 'json'):
            return '"' + s.replace('\n', '\\n') + '"'
        if syn == 'py':
            return '"""' + s + '\n"""'
        if syn == 'js':
            return '`' + s + '\n`'
        if syn in ('yaml', 'spyml'):
            return '|\n' + s
        if syn == 'raw':
            return s
        raise Incompat('pem')
    if '\n' in s:
        raise Incompat('newline')
    if syn in ('py', 'rb'):
        if pyprefix:
            return pyprefix + "'" + s + "'"
        if '\\' in s or '\n' in s:
            raise Incompat(syn)
        if syn == 'rb' and '#{' in s and "'" in s:
            raise Incompat(syn)
        if "'" not in s and (r.random() < 0.5 or '"' in s or (syn == 'rb' and '#' in s)):
            return "'" + s + "'"
        if '"' in s or (syn == 'rb' and ('#' in s)):
            raise Incompat(syn)
        return '"' + s + '"'
    if syn == 'php':
        if "'" in s or '\\' in s or '\n' in s:
            raise Incompat(syn)
        return "'" + s + "'"
    if syn == 'js':
        if '\\' in s or '\n' in s:
            raise Incompat(syn)
        opts = [q for q in ("'", '"') if q not in s]
        if not opts:
            raise Incompat(syn)
        q = r.choice(opts)
        return q + s + q
    if syn == 'ex':
        if '"' in s or '\\' in s or '#{' in s or '\n' in s:
            raise Incompat(syn)
        return '"' + s + '"'
    if syn in ('yaml', 'compose', 'spyml'):
        if syn == 'compose' and '$' in s:
            raise Incompat(syn)
        if syn == 'spyml' and '${' in s:
            raise Incompat(syn)
        if _PLAIN_YAML.match(s) and not _yamlish_reserved(s) and r.random() < 0.6:
            return s
        if "'" in s or '\n' in s:
            if '"' in s or '\\' in s:
                raise Incompat(syn)
            return '"' + s + '"'
        return "'" + s + "'" if r.random() < 0.6 or '\\' in s or '"' in s else '"' + s + '"'
    if syn == 'env':
        if '\n' in s:
            raise Incompat(syn)
        if _PLAIN_ENV.match(s) and r.random() < 0.7:
            return s
        if "'" not in s:
            return "'" + s + "'"
        if any(ch in s for ch in '"\\$`'):
            raise Incompat(syn)
        return '"' + s + '"'
    if syn in ('json', 'toml'):
        if '"' in s or '\\' in s or '\n' in s:
            raise Incompat(syn)
        return '"' + s + '"'
    if syn == 'xml':
        if any(ch in s for ch in '&<>"\n'):
            raise Incompat(syn)
        return '"' + s + '"'
    if syn == 'props':
        if '\\' in s or '${' in s or s != s.strip() or '\n' in s:
            raise Incompat(syn)
        return s
    if syn == 'ini':
        if '%' in s or s != s.strip() or s[:1] in '#;' or '\n' in s or '`' in s:
            raise Incompat(syn)
        return s
    if syn in ('shell', 'md'):
        if "'" in s or '\n' in s:
            raise Incompat(syn)
        if re.match(r'^[A-Za-z0-9_./+=:@,~-]+$', s) and r.random() < 0.4:
            return s
        return "'" + s + "'"
    if syn == 'docker':
        if any(ch in s for ch in '"\\$`\n'):
            raise Incompat(syn)
        if re.match(r'^[A-Za-z0-9_./+=:@,~-]+$', s) and r.random() < 0.5:
            return s
        return '"' + s + '"'
    if syn == 'systemd':
        if any(ch in s for ch in '"\\$%\n '):
            raise Incompat(syn)
        return s
    if syn == 'url':
        if not set(s) <= URLSAFE:
            raise Incompat(syn)
        return s
    if syn == 'raw':
        if '\n' in s:
            raise Incompat(syn)
        return s
    raise Incompat('unknown syntax ' + syn)


def ref_expr(r, syn, env):
    low = env.lower()
    if syn == 'py':
        return r.choice(['os.environ["%s"]' % env, "os.environ.get('%s')" % env, 'env("%s")' % env,
                         "config('%s')" % env, 'os.getenv("%s")' % env, 'env.str("%s")' % env])
    if syn == 'rb':
        return r.choice(['ENV["%s"]' % env, 'ENV.fetch("%s")' % env, "ENV.fetch('%s') { nil }" % env,
                         'Rails.application.credentials.%s' % low])
    if syn == 'erb':
        return r.choice(['<%%= ENV["%s"] %%>' % env, '<%%= ENV.fetch("%s") %%>' % env,
                         '<%%= Rails.application.credentials.dig(:%s) %%>' % low])
    if syn == 'php':
        return r.choice(["env('%s')" % env, "getenv('%s')" % env, "$_ENV['%s']" % env, "$_SERVER['%s'] ?? ''" % env])
    if syn == 'js':
        return r.choice(['process.env.%s' % env, "process.env['%s']" % env, 'process.env.%s ?? ""' % env,
                         "env('%s')" % env])
    if syn == 'ex':
        return r.choice(['System.get_env("%s")' % env, 'System.fetch_env!("%s")' % env])
    if syn in ('yaml', 'compose'):
        return r.choice(['${%s}' % env, '"${%s}"' % env, '${%s:?%s is not set}' % (env, env)])
    if syn in ('spyml', 'props'):
        return r.choice(['${%s}' % env, '${%s:}' % env])
    if syn == 'json':
        return r.choice(['""', '"#{%s}#"' % env, '"__%s__"' % env, '"${%s}"' % env])
    if syn == 'xml':
        return r.choice(['"#{%s}#"' % env, '"__%s__"' % env, '"$(%s)"' % env])
    if syn in ('shell', 'md'):
        return r.choice(['"${%s:?}"' % env, '"$(cat /run/secrets/%s)"' % low, '"$(vault kv get -field=%s secret/app)"' % low])
    if syn == 'docker':
        return '${%s}' % env
    if syn == 'env':
        return r.choice(['', '${%s}' % env])
    if syn == 'gha':
        return '${{ secrets.%s }}' % env
    if syn == 'ansible':
        return '"{{ vault_%s }}"' % low
    if syn == 'supervisord':
        return '"%%(ENV_%s)s"' % env
    return None


def rt_expr(r, syn, kind):
    if syn == 'py':
        if 'django' in kind:
            return 'get_random_secret_key()'
        if 'fernet' in kind:
            return 'Fernet.generate_key()'
        return r.choice(['secrets.token_hex(32)', 'secrets.token_urlsafe(48)', 'os.urandom(32)'])
    if syn == 'rb':
        return r.choice(['SecureRandom.hex(64)', 'SecureRandom.base64(48)', 'SecureRandom.alphanumeric(32)'])
    if syn == 'js':
        return r.choice(["crypto.randomBytes(32).toString('hex')", "randomBytes(48).toString('base64url')"])
    if syn == 'ex':
        return ':crypto.strong_rand_bytes(64) |> Base.encode64() |> binary_part(0, 64)'
    if syn == 'php':
        return r.choice(['Str::random(32)', "'base64:'.base64_encode(random_bytes(32))"])
    if syn in ('shell', 'md'):
        return r.choice(['"$(openssl rand -hex 32)"', '"$(openssl rand -base64 32)"', '"$(head -c 32 /dev/urandom | base64)"'])
    return None


PLACEHOLDERS = ['changeme', 'change-me', 'CHANGE_ME', 'REPLACE_ME', 'your-secret-here', 'your_secret_key_here',
                '<generate with rails secret>', '<run: openssl rand -hex 32>', 'ThisTokenIsNotSoSecretChangeIt',
                'SomeRandomString', 'TODO', 'dummy-secret-for-ci', 'insecure-dev-key', 'not-a-real-secret',
                'development_only_do_not_use', 'please-change-this', '<your-client-secret>', 'set-me-in-vault',
                'CHANGEME_IN_PRODUCTION', '<secret>', 'xxxxxxxxxxxxxxxx', 'replace-with-a-long-random-string',
                'your-256-bit-secret', 'super-secret-placeholder', '<paste value from 1Password>']


def placeholder_for(r, kind):
    k = kind
    spec = []
    if 'stripe' in k:
        spec = ['whsec_REPLACE_ME', 'whsec_...', 'whsec_xxxxxxxxxxxxxxxxxxxxxxxx']
    elif 'svix' in k:
        spec = ['whsec_<your-endpoint-secret>']
    elif 'google' in k:
        spec = ['GOCSPX-your-client-secret', 'GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx']
    elif 'laravel_app_key' in k:
        spec = ['base64:', 'SomeRandomString', 'base64:<generate with php artisan key:generate>']
    elif 'wp_' in k:
        spec = ['put your unique phrase here'] * 3
    elif 'django' in k:
        spec = ['django-insecure-change-me', '<generate with get_random_secret_key()>']
    elif 'symfony' in k:
        spec = ['ThisTokenIsNotSoSecretChangeIt', '']
    elif 'vault' in k:
        spec = ['root', 'dev-only-token', 'hvs.XXXXXXXXXXXXXXXXXXXXXXXX']
    elif 'password' in k or '_pw' in k:
        spec = ['changeme', 'secret', 'postgres', '<db-password>', 'CHANGE_ME', '!ChangeMe!', 'example']
    return r.choice(spec + PLACEHOLDERS if spec and r.random() < 0.6 else PLACEHOLDERS)


def masked_for(r, kind, real_len=32):
    k = kind
    pre = ''
    for p in ('whsec_', 'GOCSPX-', 'shpss_', 'hvs.', 'base64:', 'django-insecure-'):
        if (p == 'whsec_' and ('stripe' in k or 'svix' in k)) or (p == 'GOCSPX-' and 'google' in k) or \
                (p == 'shpss_' and 'shopify' in k) or (p == 'hvs.' and 'vault' in k) or \
                (p == 'base64:' and 'laravel_app_key' in k) or (p == 'django-insecure-' and k == 'django_insecure_secret_key'):
            pre = p
    m = r.randrange(6)
    if m == 0:
        return pre + '*' * r.choice([8, 12, 16, 24])
    if m == 1:
        return '[FILTERED]'
    if m == 2:
        return r.choice(['[REDACTED]', '<redacted>', '***REDACTED***'])
    if m == 3:
        return pre + '\u2022' * 12
    if m == 4:
        return pre + rs(r, B62, 4) + '...' + '*' * 6
    return pre + 'X' * min(real_len, 24)


class Ctx:
    def __init__(self, r):
        self.r = r
        self.app = r.choice(['ledgerly', 'tallyhub', 'parcelport', 'bookwyrm', 'kilnworks', 'orchardly',
                             'ferrydesk', 'quillstack', 'harborcrm', 'linnet', 'pantryapp', 'rosterly',
                             'beaconhq', 'tidepool', 'moorland', 'cinderpay', 'sprocketly', 'gravelbox',
                             'fennec', 'atlasdesk', 'meadowlark', 'brickyard', 'nightjar', 'saltmarsh'])
        self.app_ = self.app.replace('-', '_')
        self.App = ''.join(x.capitalize() for x in self.app.split('-'))
        self.domain = self.app + '.' + r.choice(['io', 'app', 'com', 'dev', 'co', 'net'])
        self.company = r.choice(['acme', 'northwind', 'contoso', 'globex', 'initech', 'umbrella', 'hooli', 'vandelay'])
        self.user = self.app_
        self.dbhost = r.choice(['db', 'postgres', 'localhost', '127.0.0.1', 'db.internal',
                                '%s-prod.cluster-c9xk2.eu-west-1.rds.amazonaws.com' % self.app])

    def R(self, syn, v):
        r = self.r
        if v.mode == 'lit':
            return quote(r, syn, v.s, v.pyprefix)
        if v.mode == 'ref':
            e = ref_expr(r, syn, v.env)
        else:
            e = rt_expr(r, syn, v.env or '')
        if e is None:
            raise Incompat('no expression form for ' + syn)
        return e

    def plain(self, syn, v):
        """value for slots where the literal is written bare (url, raw)."""
        if v.mode != 'lit':
            raise Incompat('needs literal')
        return quote(self.r, syn, v.s)


def camel(env):
    parts = env.lower().split('_')
    return parts[0] + ''.join(p.capitalize() for p in parts[1:])


def shuffle_insert(r, filler, item, k_min=3, k_max=8):
    f = list(filler)
    r.shuffle(f)
    f = f[:r.randint(min(k_min, len(f)), min(k_max, len(f)))]
    f.insert(r.randint(0, len(f)), item)
    return f
