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
    * Laravel `.env.encrypted`: modelled as base64 of the Encrypter JSON
      ({"iv","value","mac","tag"}, slashes escaped as PHP does) - from memory.
    * Ansible Vault 1.1 body: hexlify(salt_hex \n hmac_hex \n ciphertext_hex)
      wrapped at 80 columns - from memory of the format, not from a spec.
    * WordPress positives: a wp-config.php normally holds all eight salts;
      to keep exactly ONE credential per file the other seven are read with
      getenv_docker(..., 'put your unique phrase here') as in the official
      Docker image's wp-config-docker.php.  Slightly artificial.
    * Generic env hosts (.env, compose, k8s, Helm, Ansible, Dockerfile,
      systemd, Procfile, app.json, README, CI files, fly.toml, supervisord)
      carry ~40% of positives; names there are sometimes deliberately vague
      (KEY, SECRET, VALUE, K1 ...), which is the "unnamed" third.
    * No search result I consulted showed secret-scanner rule code; formats
      come from my own knowledge of provider documentation.
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
        return r.choice(['', '', '', '${%s_FROM_VAULT}' % env, "''"])
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


# ---------------------------------------------------------------------------
# tree dumpers (YAML / JSON / properties) with verbatim leaves
# ---------------------------------------------------------------------------
class Raw(str):
    """already-rendered value, inserted verbatim"""


def yscalar(v):
    if isinstance(v, Raw):
        return str(v)
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        return str(v)
    if v is None:
        return 'null'
    s = str(v)
    if _PLAIN_YAML.match(s) and not _yamlish_reserved(s) and not s.startswith('*'):
        return s
    return '"' + s.replace('"', '\\"') + '"'


def ydump(tree, ind=0):
    out = []
    pad = '  ' * ind
    for k, v in tree.items():
        if k.startswith('#'):
            out.append(pad + '# ' + v)
            continue
        if k.startswith('~blank'):
            out.append('')
            continue
        if isinstance(v, dict):
            out.append('%s%s:' % (pad, k))
            out += ydump(v, ind + 1)
        elif isinstance(v, list):
            out.append('%s%s:' % (pad, k))
            for x in v:
                if isinstance(x, dict):
                    sub = ydump(x, ind + 2)
                    sub[0] = pad + '  - ' + sub[0].lstrip()
                    out += sub
                else:
                    out.append('%s  - %s' % (pad, yscalar(x)))
        elif isinstance(v, Raw) and v.startswith('|\n'):
            out.append('%s%s: |' % (pad, k))
            for ln in v[2:].split('\n'):
                out.append(pad + '  ' + ln)
        else:
            out.append('%s%s: %s' % (pad, k, yscalar(v)))
    return out


def jdump(tree, ind=0, step=2):
    pad = ' ' * (ind + step)
    items = [(k, v) for k, v in tree.items() if not k.startswith('#') and not k.startswith('~')]
    if not items:
        return '{}'
    parts = []
    for k, v in items:
        if isinstance(v, dict):
            val = jdump(v, ind + step, step)
        elif isinstance(v, Raw):
            val = str(v)
        elif isinstance(v, list):
            val = '[' + ', '.join(str(x) if isinstance(x, Raw) else json.dumps(x) for x in v) + ']'
        else:
            val = json.dumps(v)
        parts.append('%s"%s": %s' % (pad, k, val))
    return '{\n' + ',\n'.join(parts) + '\n' + ' ' * ind + '}'


def pflat(tree, prefix=''):
    out = []
    for k, v in tree.items():
        if k.startswith('#'):
            out.append('# ' + v)
            continue
        if k.startswith('~'):
            out.append('')
            continue
        key = prefix + k
        if isinstance(v, dict):
            out += pflat(v, key + '.')
        else:
            out.append('%s=%s' % (key, str(v) if isinstance(v, Raw) else yscalar(v) if not isinstance(v, str) else v))
    return out


# ---------------------------------------------------------------------------
# items and env-style filler
# ---------------------------------------------------------------------------
class Item:
    def __init__(self, kind, prov, v, name, slot, env, vague=False, wrap=None):
        self.kind, self.prov, self.v, self.name, self.slot = kind, prov, v, name, slot
        self.env, self.vague, self.wrap = env, vague, wrap


def env_val(c, it, syn):
    """value of an env-style assignment (wrapping passwords in URLs when needed)."""
    if it.wrap and it.v.mode == 'lit':
        return quote(c.r, syn, it.wrap(c, quote(c.r, 'url', it.v.s)))
    return c.R(syn, it.v)


ENV_FILL = {
    'django': [('DJANGO_SETTINGS_MODULE', '{app_}.settings.production'), ('DJANGO_DEBUG', 'False'),
               ('DJANGO_ALLOWED_HOSTS', '{domain},www.{domain}'), ('DATABASE_HOST', '{dbhost}'), ('DATABASE_PORT', '5432'),
               ('DATABASE_NAME', '{app_}'), ('DATABASE_USER', '{app_}'), ('REDIS_URL', 'redis://redis:6379/1'),
               ('GUNICORN_WORKERS', '4'), ('LOG_LEVEL', 'info'), ('CSRF_TRUSTED_ORIGINS', 'https://{domain}'),
               ('TIME_ZONE', 'Europe/Warsaw'), ('CELERY_BROKER_URL', 'redis://redis:6379/2')],
    'rails': [('RAILS_ENV', 'production'), ('RACK_ENV', 'production'), ('RAILS_LOG_TO_STDOUT', '1'),
              ('RAILS_SERVE_STATIC_FILES', 'true'), ('RAILS_MAX_THREADS', '5'), ('WEB_CONCURRENCY', '2'),
              ('DATABASE_HOST', '{dbhost}'), ('REDIS_URL', 'redis://redis:6379/0'), ('APP_HOST', '{domain}'),
              ('BUNDLE_WITHOUT', 'development:test'), ('SIDEKIQ_CONCURRENCY', '10')],
    'laravel': [('APP_NAME', '{App}'), ('APP_ENV', 'production'), ('APP_DEBUG', 'false'), ('APP_URL', 'https://{domain}'),
                ('LOG_CHANNEL', 'stack'), ('DB_CONNECTION', 'mysql'), ('DB_HOST', '{dbhost}'), ('DB_PORT', '3306'),
                ('DB_DATABASE', '{app_}'), ('DB_USERNAME', '{app_}'), ('CACHE_DRIVER', 'redis'), ('QUEUE_CONNECTION', 'redis'),
                ('SESSION_DRIVER', 'redis'), ('SESSION_LIFETIME', '120'), ('MAIL_MAILER', 'smtp'),
                ('MAIL_HOST', 'smtp.mailgun.org'), ('MAIL_PORT', '587'), ('BROADCAST_DRIVER', 'reverb')],
    'phoenix': [('PHX_HOST', '{domain}'), ('PORT', '4000'), ('MIX_ENV', 'prod'), ('POOL_SIZE', '10'),
                ('PHX_SERVER', 'true'), ('ECTO_IPV6', 'false'), ('DNS_CLUSTER_QUERY', '{app}.internal')],
    'flask': [('FLASK_APP', '{app_}.app:create_app'), ('FLASK_ENV', 'production'), ('FLASK_DEBUG', '0'),
              ('SQLALCHEMY_TRACK_MODIFICATIONS', 'False'), ('SESSION_COOKIE_SECURE', 'True'),
              ('PREFERRED_URL_SCHEME', 'https'), ('GUNICORN_CMD_ARGS', '--workers=3 --bind=0.0.0.0:8000')],
    'node': [('NODE_ENV', 'production'), ('PORT', '3000'), ('HOST', '0.0.0.0'), ('LOG_LEVEL', 'info'),
             ('CORS_ORIGIN', 'https://{domain}'), ('TRUST_PROXY', '1'), ('SESSION_TTL', '86400'),
             ('PUBLIC_URL', 'https://{domain}')],
    'next': [('NEXTAUTH_URL', 'https://{domain}'), ('NEXT_PUBLIC_APP_URL', 'https://{domain}'), ('NODE_ENV', 'production'),
             ('NEXT_TELEMETRY_DISABLED', '1'), ('AUTH_TRUST_HOST', 'true'), ('NEXT_PUBLIC_SITE_NAME', '{App}')],
    'spring': [('SPRING_PROFILES_ACTIVE', 'prod'), ('SERVER_PORT', '8080'), ('JAVA_OPTS', '-Xms256m -Xmx1024m'),
               ('SPRING_DATASOURCE_URL', 'jdbc:postgresql://{dbhost}:5432/{app_}'), ('SPRING_DATASOURCE_USERNAME', '{app_}'),
               ('MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE', 'health,info')],
    'dotnet': [('ASPNETCORE_ENVIRONMENT', 'Production'), ('ASPNETCORE_URLS', 'http://+:8080'),
               ('DOTNET_RUNNING_IN_CONTAINER', 'true'), ('Logging__LogLevel__Default', 'Information'),
               ('AllowedHosts', '{domain}')],
    'symfony': [('APP_ENV', 'prod'), ('APP_DEBUG', '0'), ('MESSENGER_TRANSPORT_DSN', 'doctrine://default?auto_setup=0'),
                ('MAILER_DSN', 'null://null'), ('CORS_ALLOW_ORIGIN', "'^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?$'"),
                ('DEFAULT_URI', 'https://{domain}')],
    'wordpress': [('WORDPRESS_DB_HOST', '{dbhost}:3306'), ('WORDPRESS_DB_USER', 'wordpress'), ('WORDPRESS_DB_NAME', 'wordpress'),
                  ('WORDPRESS_TABLE_PREFIX', 'wp_'), ('WORDPRESS_DEBUG', '0'), ('WP_ENV', 'production'),
                  ('WP_HOME', 'https://{domain}'), ('WP_SITEURL', 'https://{domain}/wp')],
    'drupal': [('DRUPAL_DATABASE_HOST', '{dbhost}'), ('DRUPAL_DATABASE_NAME', 'drupal'), ('DRUPAL_DATABASE_USERNAME', 'drupal'),
               ('DRUPAL_DATABASE_PORT', '3306'), ('DRUPAL_TRUSTED_HOST', '^{app}\\.com$')],
    'strapi': [('HOST', '0.0.0.0'), ('PORT', '1337'), ('DATABASE_CLIENT', 'postgres'), ('DATABASE_HOST', '{dbhost}'),
               ('DATABASE_PORT', '5432'), ('DATABASE_NAME', 'strapi'), ('DATABASE_USERNAME', 'strapi'),
               ('DATABASE_SSL', 'false'), ('NODE_ENV', 'production')],
    'ghost': [('url', 'https://{domain}'), ('database__client', 'mysql'), ('database__connection__host', '{dbhost}'),
              ('database__connection__user', 'ghost'), ('database__connection__database', 'ghost'), ('NODE_ENV', 'production'),
              ('mail__transport', 'SMTP')],
    'python': [('APP_ENV', 'production'), ('LOG_LEVEL', 'INFO'), ('WORKERS', '4'), ('PYTHONUNBUFFERED', '1'),
               ('SENTRY_ENVIRONMENT', 'production'), ('ALLOWED_ORIGINS', 'https://{domain}')],
    'ops': [('VAULT_ADDR', 'http://127.0.0.1:8200'), ('LOG_LEVEL', 'info'), ('TZ', 'UTC'), ('APP_ENV', 'production')],
    'oauth2proxy': [('OAUTH2_PROXY_PROVIDER', 'oidc'), ('OAUTH2_PROXY_EMAIL_DOMAINS', '*'), ('OAUTH2_PROXY_HTTP_ADDRESS', '0.0.0.0:4180'),
                    ('OAUTH2_PROXY_UPSTREAMS', 'http://app:8080'), ('OAUTH2_PROXY_COOKIE_SECURE', 'true'),
                    ('OAUTH2_PROXY_REDIRECT_URL', 'https://{domain}/oauth2/callback')],
    'airflow': [('AIRFLOW__CORE__EXECUTOR', 'CeleryExecutor'), ('AIRFLOW__CORE__LOAD_EXAMPLES', 'False'),
                ('AIRFLOW__DATABASE__SQL_ALCHEMY_CONN', 'postgresql+psycopg2://airflow@postgres/airflow'),
                ('AIRFLOW__CELERY__BROKER_URL', 'redis://:@redis:6379/0'), ('AIRFLOW_UID', '50000')],
}


def fill_env(c, group):
    out = []
    for k, v in ENV_FILL.get(group, ENV_FILL['python']):
        out.append((k, v.format(app=c.app, app_=c.app_, App=c.App, domain=c.domain, dbhost=c.dbhost)))
    return out


def env_image(c, it):
    return {'django': 'python:3.12-slim', 'flask': 'python:3.11-slim', 'python': 'python:3.12-slim',
            'rails': 'ruby:3.3-slim', 'laravel': 'php:8.3-fpm', 'symfony': 'php:8.3-fpm-alpine',
            'phoenix': 'elixir:1.16-alpine', 'node': 'node:20-alpine', 'next': 'node:20-alpine',
            'strapi': 'node:18-alpine', 'ghost': 'ghost:5-alpine', 'spring': 'eclipse-temurin:21-jre',
            'dotnet': 'mcr.microsoft.com/dotnet/aspnet:8.0', 'wordpress': 'wordpress:6.5-php8.2-apache',
            'drupal': 'drupal:10-apache', 'oauth2proxy': 'quay.io/oauth2-proxy/oauth2-proxy:v7.6.0',
            'airflow': 'apache/airflow:2.9.1', 'ops': 'hashicorp/vault:1.16'}.get(it.fill, 'python:3.12-slim')


def cmd_for(c, it):
    return {'django': 'gunicorn %s.wsgi:application --bind 0.0.0.0:8000' % c.app_,
            'flask': 'gunicorn "%s:create_app()" --bind 0.0.0.0:8000' % c.app_,
            'python': 'uvicorn %s.main:app --host 0.0.0.0 --port 8000' % c.app_,
            'rails': 'bundle exec puma -C config/puma.rb', 'laravel': 'php-fpm', 'symfony': 'php-fpm',
            'phoenix': '/app/bin/server', 'node': 'node dist/server.js', 'next': 'npm run start',
            'strapi': 'npm run start', 'ghost': 'node current/index.js', 'spring': 'java -jar /app/app.jar',
            'dotnet': 'dotnet %s.dll' % c.App, 'wordpress': 'apache2-foreground', 'drupal': 'apache2-foreground',
            'oauth2proxy': '/bin/oauth2-proxy', 'airflow': 'airflow webserver',
            'ops': 'vault server -dev'}.get(it.fill, 'python -m %s' % c.app_)


def test_cmd(it):
    return {'django': 'python manage.py test', 'flask': 'pytest -q', 'python': 'pytest -q', 'rails': 'bin/rails test',
            'laravel': 'php artisan test', 'symfony': 'php bin/phpunit', 'phoenix': 'mix test', 'spring': './mvnw test',
            'dotnet': 'dotnet test'}.get(it.fill, 'npm test')


# ---------------------------------------------------------------------------
# generic env-carrying hosts
# ---------------------------------------------------------------------------
def h_dotenv(c, it):
    r = c.r
    paths = {'next': ['.env.local', '.env.production', '.env'], 'symfony': ['.env', '.env.prod', '.env.local'],
             'laravel': ['.env', '.env.production', '.env.staging'], 'rails': ['.env.production', '.env', 'config/.env.production'],
             'django': ['.env', '.env.production', 'config/.env.production', 'deploy/.env.prod'],
             'wordpress': ['.env', '.env.production'], 'phoenix': ['.env.prod', '.env']}
    path = r.choice(paths.get(it.fill, ['.env', '.env.production', '.env.staging', 'config/.env.production']))
    val = env_val(c, it, 'env')
    entries = shuffle_insert(r, ['%s=%s' % kv for kv in fill_env(c, it.fill)], '%s=%s' % (it.name, val), 4, 10)
    head = r.choice([['# %s environment' % c.App, ''], ['# Generated for %s deploy' % r.choice(['staging', 'production']), ''],
                     [], ['#' * 40, '# %s' % c.domain, '#' * 40]])
    if it.fill == 'symfony':
        head = ['# In all environments, the following files are loaded if they exist,',
                '# the latter taking precedence over the former:', '#',
                '#  * .env                contains default values for the environment variables needed by the app',
                '#  * .env.local          uncommitted file with local overrides', '', '###> symfony/framework-bundle ###']
        entries = ['APP_ENV=prod'] + ([e for e in entries if not e.startswith('APP_ENV')]) + ['###< symfony/framework-bundle ###']
    return path, '\n'.join(head + entries) + '\n', 'dotenv'


def h_compose(c, it):
    r = c.r
    val = env_val(c, it, 'compose')
    fill = fill_env(c, it.fill)
    r.shuffle(fill)
    fill = fill[:r.randint(2, 6)]
    listform = r.random() < 0.4
    env_lines = []
    entries = [(k, v) for k, v in fill]
    pos = r.randint(0, len(entries))
    entries.insert(pos, (it.name, None))
    for k, v in entries:
        if v is None:
            if listform:
                if val.startswith("'") or val.startswith('"'):
                    raise Incompat('quoted list form')
                env_lines.append('      - %s=%s' % (k, val))
            else:
                env_lines.append('      %s: %s' % (k, val))
        else:
            vv = v if _PLAIN_YAML.match(v) else '"%s"' % v.replace('"', '')
            env_lines.append('      - %s=%s' % (k, v) if listform else '      %s: %s' % (k, vv))
    db = r.choice(['postgres:16-alpine', 'mysql:8.0', 'postgres:15'])
    lines = ['services:', '  web:', '    image: %s/%s:%s' % (c.company, c.app, r.choice(['latest', '1.4.2', 'main'])),
             '    build: .', '    command: %s' % cmd_for(c, it), '    ports:', '      - "%d:%d"' % ((8000,) * 2),
             '    depends_on:', '      - db', '    environment:'] + env_lines + [
             '    restart: unless-stopped', '', '  db:', '    image: %s' % db, '    volumes:',
             '      - dbdata:/var/lib/%s' % ('mysql' if 'mysql' in db else 'postgresql/data'),
             '    environment:', '      %s_PASSWORD: ${DB_PASSWORD:?set DB_PASSWORD}' % ('MYSQL_ROOT' if 'mysql' in db else 'POSTGRES'),
             '', 'volumes:', '  dbdata:']
    if r.random() < 0.4:
        lines = ['version: "3.9"', ''] + lines
    return r.choice(['docker-compose.yml', 'docker-compose.prod.yml', 'compose.yaml', 'deploy/docker-compose.yml']), '\n'.join(lines) + '\n', 'docker-compose'


def h_k8s_secret(c, it):
    r = c.r
    val = env_val(c, it, 'yaml')
    tree = {'apiVersion': 'v1', 'kind': 'Secret',
            'metadata': {'name': '%s-%s' % (c.app, r.choice(['secrets', 'env', 'app-secrets', 'config'])),
                         'namespace': r.choice([c.app, 'production', 'default', 'apps']),
                         'labels': {'app.kubernetes.io/name': c.app, 'app.kubernetes.io/part-of': c.company}},
            'type': 'Opaque', 'stringData': {it.name: Raw(val)}}
    return r.choice(['k8s/secret.yaml', 'deploy/k8s/%s-secret.yaml' % c.app, 'manifests/secrets.yaml']), '\n'.join(ydump(tree)) + '\n', 'k8s-secret'


def h_k8s_deploy(c, it):
    r = c.r
    if it.v.mode == 'lit':
        sec = ['            - name: %s' % it.name, '              value: %s' % env_val(c, it, 'yaml')]
    else:
        sec = ['            - name: %s' % it.name, '              valueFrom:', '                secretKeyRef:',
               '                  name: %s-secrets' % c.app, '                  key: %s' % it.name.lower().replace('_', '-')]
    envs = []
    for k, v in fill_env(c, it.fill)[:r.randint(2, 5)]:
        envs += ['            - name: %s' % k, '              value: "%s"' % v.replace('"', '')]
    pos = 2 * r.randint(0, len(envs) // 2)
    envs[pos:pos] = sec
    lines = ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: %s-web' % c.app, '  labels:',
             '    app: %s' % c.app, 'spec:', '  replicas: %d' % r.randint(2, 4), '  selector:', '    matchLabels:',
             '      app: %s' % c.app, '  template:', '    metadata:', '      labels:', '        app: %s' % c.app, '    spec:',
             '      containers:', '        - name: web', '          image: ghcr.io/%s/%s:%s' % (c.company, c.app, rhex(c.r, 7)),
             '          ports:', '            - containerPort: 8080', '          env:'] + envs + [
             '          resources:', '            limits:', '              memory: 512Mi']
    return r.choice(['k8s/deployment.yaml', 'deploy/%s/deployment.yaml' % c.app, 'manifests/web.yaml']), '\n'.join(lines) + '\n', 'k8s-deployment'


def h_helm(c, it):
    r = c.r
    key = camel(it.name) if it.name.isupper() or '_' in it.name else it.name
    if it.v.mode == 'lit':
        val = Raw(env_val(c, it, 'yaml'))
    else:
        val = Raw('""')
    block = r.choice(['secrets', 'env', 'config', 'app'])
    tree = {'replicaCount': r.randint(1, 3),
            'image': {'repository': 'ghcr.io/%s/%s' % (c.company, c.app), 'tag': r.choice(['"1.8.0"', 'main']), 'pullPolicy': 'IfNotPresent'},
            'service': {'type': 'ClusterIP', 'port': 80},
            'ingress': {'enabled': True, 'className': 'nginx', 'hosts': [{'host': c.domain, 'paths': [{'path': '/', 'pathType': 'Prefix'}]}]},
            '~blank1': '',
            block: {}}
    if it.v.mode != 'lit':
        tree[block]['#c'] = 'set at install time: helm upgrade --set %s.%s=...' % (block, key)
    tree[block][key] = val
    tree['~blank2'] = ''
    tree['resources'] = {'limits': {'cpu': '500m', 'memory': '512Mi'}}
    txt = '\n'.join(ydump(tree)).replace(": '\"1.8.0\"'", ': "1.8.0"').replace('tag: \'"1.8.0"\'', 'tag: "1.8.0"')
    return r.choice(['charts/%s/values.yaml' % c.app, 'helm/values-production.yaml', 'deploy/helm/values.yaml']), txt + '\n', 'helm-values'


def h_ansible(c, it):
    r = c.r
    key = '%s_%s' % (c.app_, it.name.lower()) if it.name.isupper() else it.name
    val = env_val(c, it, 'ansible' if it.v.mode == 'ref' else 'yaml')
    lines = ['---', '%s_user: %s' % (c.app_, c.app_), '%s_home: /srv/%s' % (c.app_, c.app), '%s_repo: git@github.com:%s/%s.git' % (c.app_, c.company, c.app),
             '%s_version: %s' % (c.app_, r.choice(['main', 'v2.3.1', 'release'])), '%s_port: %d' % (c.app_, r.choice([3000, 8000, 8080])), '',
             '%s: %s' % (key, val), '', 'nginx_server_name: %s' % c.domain, 'certbot_email: ops@%s' % c.domain]
    return r.choice(['group_vars/production/vars.yml', 'inventories/prod/group_vars/app.yml', 'roles/%s/defaults/main.yml' % c.app_,
                     'host_vars/web1.yml']), '\n'.join(lines) + '\n', 'ansible-vars'


def h_dockerfile(c, it):
    r = c.r
    if it.v.mode == 'lit':
        val = env_val(c, it, 'docker')
        sec = r.choice(['ENV %s=%s', 'ARG %s=%s']) % (it.name, val)
    else:
        sec = 'ARG %s\nENV %s=${%s}' % (it.name, it.name, it.name)
    img = env_image(c, it)
    lines = ['# syntax=docker/dockerfile:1', 'FROM %s' % img, '', 'WORKDIR /app', 'COPY . .',
             'RUN %s' % r.choice(['pip install --no-cache-dir -r requirements.txt', 'bundle install --without development test',
                                  'npm ci --omit=dev', 'composer install --no-dev --optimize-autoloader', 'mix release']), '']
    for k, v in fill_env(c, it.fill)[:r.randint(1, 3)]:
        lines.append('ENV %s="%s"' % (k, v.replace('"', '')))
    lines.insert(len(lines) - r.randint(0, 1), sec)
    lines += ['', 'EXPOSE 8080', 'CMD [%s]' % ', '.join('"%s"' % x for x in cmd_for(c, it).split()[:4])]
    return r.choice(['Dockerfile', 'docker/Dockerfile', 'Dockerfile.prod']), '\n'.join(lines) + '\n', 'dockerfile'


def h_systemd(c, it):
    r = c.r
    val = env_val(c, it, 'systemd')
    fill = fill_env(c, it.fill)[:r.randint(1, 4)]
    envs = ['Environment=%s=%s' % (k, v) if ' ' not in v else 'Environment="%s=%s"' % (k, v) for k, v in fill]
    envs.insert(r.randint(0, len(envs)), r.choice(['Environment=%s=%s', 'Environment="%s=%s"']) % (it.name, val))
    lines = ['[Unit]', 'Description=%s web application' % c.App, 'After=network.target postgresql.service', '',
             '[Service]', 'Type=simple', 'User=%s' % c.app_, 'WorkingDirectory=/srv/%s/current' % c.app] + envs + [
             'ExecStart=%s' % (('/srv/%s/venv/bin/' % c.app if it.fill in ('django', 'flask', 'python', 'airflow') else '/usr/bin/env ') + cmd_for(c, it)), 'Restart=on-failure', 'RestartSec=5', '',
             '[Install]', 'WantedBy=multi-user.target']
    return r.choice(['deploy/%s.service' % c.app, 'etc/systemd/system/%s.service' % c.app, 'ops/systemd/%s-web.service' % c.app]), '\n'.join(lines) + '\n', 'systemd-unit'


def h_procfile(c, it):
    r = c.r
    val = env_val(c, it, 'shell')
    cmd = cmd_for(c, it)
    lines = ['# Procfile for %s (Heroku / Dokku / foreman)' % c.App, 'web: %s=%s %s' % (it.name, val, cmd),
             'worker: %s' % r.choice(['bundle exec sidekiq -C config/sidekiq.yml', 'celery -A %s worker -l info' % c.app_, 'node dist/worker.js']),
             'release: %s' % r.choice(['bin/rails db:migrate', 'python manage.py migrate --noinput', 'npm run migrate']),
             'clock: %s' % r.choice(['bundle exec clockwork clock.rb', 'celery -A %s beat -l info' % c.app_, 'node dist/cron.js'])]
    if r.random() < 0.5:
        lines[1], lines[2] = lines[2], lines[1]
    return 'Procfile', '\n'.join(lines) + '\n', 'procfile'


def h_app_json(c, it):
    r = c.r
    env = {}
    for k, v in fill_env(c, it.fill)[:r.randint(2, 4)]:
        env[k] = Raw(json.dumps({'value': v}))
    if it.v.mode == 'lit':
        ent = Raw('{\n      "description": "%s",\n      "value": %s\n    }' % (r.choice(['Secret used by the app', 'Do not share', 'Signing key']), env_val(c, it, 'json')))
    else:
        ent = Raw('{\n      "description": "A secret key for verifying the integrity of signed cookies.",\n      "generator": "secret"\n    }')
    keys = list(env.items())
    keys.insert(r.randint(0, len(keys)), (it.name, ent))
    tree = {'name': c.App, 'description': '%s on Heroku' % c.App, 'repository': 'https://github.com/%s/%s' % (c.company, c.app),
            'keywords': Raw('["%s"]' % it.fill), 'env': dict(keys),
            'addons': Raw('["heroku-postgresql:essential-0", "heroku-redis:mini"]'),
            'buildpacks': Raw('[{ "url": "%s" }]' % {'rails': 'heroku/ruby', 'django': 'heroku/python', 'flask': 'heroku/python', 'python': 'heroku/python',
                                                      'phoenix': 'https://github.com/HashNuke/heroku-buildpack-elixir', 'laravel': 'heroku/php',
                                                      'symfony': 'heroku/php', 'wordpress': 'heroku/php', 'drupal': 'heroku/php',
                                                      'spring': 'heroku/java', 'dotnet': 'heroku/dotnet'}.get(it.fill, 'heroku/nodejs'))}
    return 'app.json', jdump(tree) + '\n', 'heroku-app.json'


def h_readme(c, it):
    r = c.r
    if it.v.mode == 'lit':
        val = env_val(c, it, 'md')
    else:
        val = c.R('md', it.v)
    lines = ['# %s' % c.App, '', '%s is the %s for %s.' % (c.App, r.choice(['billing service', 'customer portal', 'internal admin', 'public API']), c.company.capitalize()),
             '', '## Local setup', '', '1. Install dependencies', '2. Create the database', '3. Export the environment and start the server:', '',
             '```bash']
    for k, v in fill_env(c, it.fill)[:r.randint(1, 3)]:
        lines.append('export %s=%s' % (k, v if ' ' not in v else '"%s"' % v))
    lines.insert(len(lines) - r.randint(0, 1), 'export %s=%s' % (it.name, val))
    lines += [cmd_for(c, it), '```', '', '## Tests', '', '```bash', test_cmd(it), '```', '',
              '## Deployment', '', 'Pushes to `main` are deployed by CI.']
    return r.choice(['README.md', 'docs/SETUP.md', 'docs/development.md']), '\n'.join(lines) + '\n', 'readme'


def h_gha(c, it):
    r = c.r
    if it.v.mode == 'lit':
        val = env_val(c, it, 'yaml')
    elif it.v.mode == 'ref':
        val = '${{ secrets.%s }}' % it.name.upper()
    else:
        raise Incompat('gha rt')
    lines = ['name: %s' % r.choice(['CI', 'Deploy', 'test']), '', 'on:', '  push:', '    branches: [main]', '  pull_request:', '', 'jobs:',
             '  test:', '    runs-on: ubuntu-latest', '    env:']
    envs = ['      %s: %s' % (k, v if _PLAIN_YAML.match(v) else '"%s"' % v.replace('"', '')) for k, v in fill_env(c, it.fill)[:r.randint(1, 3)]]
    envs.insert(r.randint(0, len(envs)), '      %s: %s' % (it.name, val))
    lines += envs + ['    steps:', '      - uses: actions/checkout@v4', '      - name: Run tests',
                     '        run: %s' % test_cmd(it)]
    return r.choice(['.github/workflows/ci.yml', '.github/workflows/deploy.yml', '.github/workflows/test.yml']), '\n'.join(lines) + '\n', 'github-actions'


def h_gitlab(c, it):
    r = c.r
    if it.v.mode != 'lit':
        raise Incompat('gitlab')
    val = env_val(c, it, 'yaml')
    lines = ['stages:', '  - test', '  - deploy', '', 'variables:', '  %s: %s' % (it.name, val)]
    for k, v in fill_env(c, it.fill)[:r.randint(1, 3)]:
        lines.append('  %s: "%s"' % (k, v.replace('"', '')))
    lines += ['', 'test:', '  stage: test', '  image: %s' % env_image(c, it), '  script:', '    - %s' % test_cmd(it)]
    return '.gitlab-ci.yml', '\n'.join(lines) + '\n', 'gitlab-ci'


def h_fly(c, it):
    r = c.r
    if it.v.mode != 'lit':
        raise Incompat('fly')
    val = env_val(c, it, 'toml')
    lines = ['app = "%s"' % c.app, 'primary_region = "%s"' % r.choice(['ams', 'fra', 'iad', 'cdg', 'waw']), '', '[build]', '', '[env]']
    for k, v in fill_env(c, it.fill)[:r.randint(1, 3)]:
        lines.append('  %s = "%s"' % (k, v.replace('"', '')))
    lines.insert(len(lines) - r.randint(0, 1), '  %s = %s' % (it.name, val))
    lines += ['', '[http_service]', '  internal_port = 8080', '  force_https = true', '  auto_stop_machines = true']
    return 'fly.toml', '\n'.join(lines) + '\n', 'fly.toml'


def h_shell(c, it):
    r = c.r
    val = env_val(c, it, 'shell') if it.v.mode == 'lit' else c.R('shell', it.v)
    lines = ['#!/usr/bin/env bash', 'set -euo pipefail', '', '# %s' % r.choice(['Start the app locally with production-like settings', 'Bootstrap a staging box', 'Run the test-suite against docker services']), '']
    for k, v in fill_env(c, it.fill)[:r.randint(2, 4)]:
        lines.append('export %s=%s' % (k, v if re.match(r'^[\w./:,@=-]*$', v) else '"%s"' % v))
    lines.insert(len(lines) - r.randint(0, 2), 'export %s=%s' % (it.name, val))
    lines += ['', 'cd "$(dirname "$0")/.."', cmd_for(c, it)]
    return r.choice(['bin/run-prod-local', 'scripts/dev-env.sh', 'bin/setup-staging.sh']), '\n'.join(lines) + '\n', 'shell-script'


def h_supervisord(c, it):
    r = c.r
    if it.v.mode == 'lit':
        val = env_val(c, it, 'toml')
    elif it.v.mode == 'ref':
        val = '"%%(ENV_%s)s"' % it.name
    else:
        raise Incompat('sv')
    envs = ['%s="%s"' % (k, v.replace('"', '')) for k, v in fill_env(c, it.fill)[:r.randint(1, 3)] if '%' not in v]
    envs.insert(r.randint(0, len(envs)), '%s=%s' % (it.name, val))
    lines = ['[program:%s]' % c.app, 'command=%s' % cmd_for(c, it), 'directory=/srv/%s' % c.app, 'user=%s' % c.app_,
             'autostart=true', 'autorestart=true', 'environment=%s' % ','.join(envs), 'stdout_logfile=/var/log/%s/web.log' % c.app,
             'redirect_stderr=true']
    return r.choice(['deploy/supervisord.conf', 'etc/supervisor/conf.d/%s.conf' % c.app]), '\n'.join(lines) + '\n', 'supervisord'


ENV_HOSTS = {'dotenv': h_dotenv, 'compose': h_compose, 'k8s_secret': h_k8s_secret, 'k8s_deploy': h_k8s_deploy,
             'helm': h_helm, 'ansible': h_ansible, 'dockerfile': h_dockerfile, 'systemd': h_systemd,
             'procfile': h_procfile, 'app_json': h_app_json, 'readme': h_readme, 'gha': h_gha, 'gitlab': h_gitlab,
             'fly': h_fly, 'shell': h_shell, 'supervisord': h_supervisord}
ENV_HOST_W = {'dotenv': 6, 'compose': 4, 'k8s_secret': 3, 'k8s_deploy': 2, 'helm': 2, 'ansible': 2, 'dockerfile': 2,
              'systemd': 1.5, 'procfile': 0.7, 'app_json': 1, 'readme': 1.5, 'gha': 1.5, 'gitlab': 1, 'fly': 1, 'shell': 1.5,
              'supervisord': 0.8}


# ---------------------------------------------------------------------------
# Python hosts
# ---------------------------------------------------------------------------
def dj_databases(c, pw_code=None, url_code=None):
    if url_code:
        return ['DATABASES = {', '    "default": dj_database_url.config(', '        default=%s,' % url_code,
                '        conn_max_age=600,', '    )', '}']
    pw = pw_code or c.r.choice(['os.environ.get("DATABASE_PASSWORD", "")', 'env("DATABASE_PASSWORD")', 'os.environ["POSTGRES_PASSWORD"]'])
    return ['DATABASES = {', '    "default": {', '        "ENGINE": "django.db.backends.postgresql",',
            '        "NAME": "%s",' % c.app_, '        "USER": "%s",' % c.user, '        "PASSWORD": %s,' % pw,
            '        "HOST": "%s",' % c.dbhost, '        "PORT": "5432",', '    }', '}']


def h_settings_py(c, it, test=False):
    r = c.r
    if test:
        path = r.choice(['%s/settings/test.py' % c.app_, 'tests/settings.py', 'config/settings/test.py'])
    else:
        path = r.choice(['%s/settings.py' % c.app_, 'config/settings/production.py', '%s/settings/prod.py' % c.app_,
                         'config/settings.py', 'src/%s/settings/base.py' % c.app_])
    imports = ['import os', 'from datetime import timedelta', 'from pathlib import Path', '']
    if it.slot == 'DBURL':
        imports.insert(0, 'import dj_database_url')
    head = ['"""', 'Django settings for %s project.' % c.app_, '',
            "Generated by 'django-admin startproject' using Django %s." % r.choice(['4.2.11', '5.0.4', '5.1.2', '3.2.18']),
            '"""', ''] + imports + ['BASE_DIR = Path(__file__).resolve().parent.parent', '']
    if test:
        head = ['from .base import *  # noqa', '']
    sec = []
    db_block = None
    if it.slot == 'SECRET_KEY':
        sec = ['# SECURITY WARNING: keep the secret key used in production secret!', 'SECRET_KEY = %s' % c.R('py', it.v)]
    elif it.slot == 'assign':
        sec = ['%s = %s' % (it.name, c.R('py', it.v))]
    elif it.slot == 'SIMPLE_JWT':
        sec = ['SIMPLE_JWT = {', '    "ACCESS_TOKEN_LIFETIME": timedelta(minutes=15),', '    "REFRESH_TOKEN_LIFETIME": timedelta(days=7),',
               '    "ALGORITHM": "HS256",', '    "%s": %s,' % (it.name, c.R('py', it.v)), '    "AUTH_HEADER_TYPES": ("Bearer",),', '}']
    elif it.slot == 'DB':
        db_block = dj_databases(c, pw_code=c.R('py', it.v))
    elif it.slot == 'DBURL':
        if it.v.mode == 'lit':
            url = 'postgres://%s:%s@%s:5432/%s' % (c.user, c.plain('url', it.v), c.dbhost, c.app_)
            db_block = dj_databases(c, url_code='"%s"' % url)
        else:
            db_block = dj_databases(c, url_code=c.R('py', it.v))
    elif it.slot == 'CACHES':
        if it.v.mode == 'lit':
            loc = '"redis://:%s@%s:6379/1"' % (c.plain('url', it.v), r.choice(['redis', 'cache.internal', '127.0.0.1']))
        else:
            loc = c.R('py', it.v)
        sec = ['CACHES = {', '    "default": {', '        "BACKEND": "django.core.cache.backends.redis.RedisCache",',
               '        "LOCATION": %s,' % loc, '    }', '}']
    elif it.slot == 'EMAIL':
        sec = ['EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"', 'EMAIL_HOST = "%s"' % r.choice(['smtp.sendgrid.net', 'smtp.office365.com', 'mail.%s' % c.domain]),
               'EMAIL_PORT = 587', 'EMAIL_USE_TLS = True', 'EMAIL_HOST_USER = "%s"' % r.choice(['apikey', 'noreply@%s' % c.domain]),
               '%s = %s' % (it.name, c.R('py', it.v)), 'DEFAULT_FROM_EMAIL = "%s <noreply@%s>"' % (c.App, c.domain)]
    else:
        raise Incompat('settings slot ' + it.slot)
    body = ['DEBUG = %s' % ('True' if test else r.choice(['False', 'os.environ.get("DJANGO_DEBUG") == "1"'])),
            'ALLOWED_HOSTS = ["%s", "www.%s"]' % (c.domain, c.domain), '',
            'INSTALLED_APPS = [', '    "django.contrib.admin",', '    "django.contrib.auth",', '    "django.contrib.contenttypes",',
            '    "django.contrib.sessions",', '    "django.contrib.messages",', '    "django.contrib.staticfiles",',
            '    "rest_framework",', '    "%s.core",' % c.app_, ']', '',
            'MIDDLEWARE = [', '    "django.middleware.security.SecurityMiddleware",', '    "django.contrib.sessions.middleware.SessionMiddleware",',
            '    "django.middleware.csrf.CsrfViewMiddleware",', '    "django.contrib.auth.middleware.AuthenticationMiddleware",', ']', '',
            'ROOT_URLCONF = "%s.urls"' % c.app_, 'WSGI_APPLICATION = "%s.wsgi.application"' % c.app_, '']
    if test:
        body = ['DEBUG = False', 'PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]',
                'EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"', '']
    dbs = db_block or (dj_databases(c) if not test else ['DATABASES["default"]["NAME"] = "test_%s"' % c.app_])
    tail = ['', 'LANGUAGE_CODE = "en-us"', 'TIME_ZONE = "UTC"', 'USE_TZ = True', '', 'STATIC_URL = "static/"',
            'STATIC_ROOT = BASE_DIR / "staticfiles"', 'DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"']
    if test:
        tail = ['', 'CELERY_TASK_ALWAYS_EAGER = True']
    if sec:
        sec = sec + ['']
    if it.slot == 'SECRET_KEY' or r.random() < 0.5:
        lines = head + sec + body + dbs + tail
    else:
        lines = head + body + dbs + [''] + sec + tail
    return path, '\n'.join(lines) + '\n', 'test-settings.py' if test else 'settings.py'


def h_test_settings(c, it):
    return h_settings_py(c, it, test=True)


def h_flask_config(c, it):
    r = c.r
    if it.slot == 'URI':
        if it.v.mode == 'lit':
            val = '"postgresql+psycopg2://%s:%s@%s:5432/%s"' % (c.user, c.plain('url', it.v), c.dbhost, c.app_)
        else:
            val = c.R('py', it.v)
        sec = '    SQLALCHEMY_DATABASE_URI = %s' % val
    else:
        sec = '    %s = %s' % (it.name, c.R('py', it.v))
    lines = ['import os', 'import secrets', '', '', 'class Config:', '    SECRET_KEY = os.environ.get("SECRET_KEY")' if it.name != 'SECRET_KEY' or it.slot == 'URI' else '    TESTING = False',
             '    SQLALCHEMY_TRACK_MODIFICATIONS = False', '    SESSION_COOKIE_HTTPONLY = True', '    REMEMBER_COOKIE_DURATION = 1209600', '', '',
             'class DevelopmentConfig(Config):', '    DEBUG = True', '    SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"', '', '',
             'class ProductionConfig(Config):', '    DEBUG = False', '    SESSION_COOKIE_SECURE = True', sec,
             '    PREFERRED_URL_SCHEME = "https"', '', '',
             'config = {', '    "development": DevelopmentConfig,', '    "production": ProductionConfig,', '    "default": DevelopmentConfig,', '}']
    if it.slot == 'URI' or it.name == 'SQLALCHEMY_DATABASE_URI':
        lines = [l for l in lines if 'sqlite' not in l]
    return r.choice(['config.py', '%s/config.py' % c.app_, 'instance/config.py']), '\n'.join(lines) + '\n', 'flask-config.py'


def h_flask_app(c, it):
    r = c.r
    if it.slot == 'attr':
        sec = 'app.secret_key = %s' % c.R('py', it.v)
    else:
        sec = 'app.config["%s"] = %s' % (it.name, c.R('py', it.v))
    lines = ['from flask import Flask, render_template, session, redirect, url_for', 'from flask_login import LoginManager', '',
             'app = Flask(__name__)', sec, 'app.config["SESSION_COOKIE_SAMESITE"] = "Lax"', '', 'login_manager = LoginManager(app)',
             'login_manager.login_view = "auth.login"', '', '', '@app.route("/")', 'def index():',
             '    return render_template("index.html", user=session.get("user"))', '', '',
             '@app.route("/logout")', 'def logout():', '    session.clear()', '    return redirect(url_for("index"))', '', '',
             'if __name__ == "__main__":', '    app.run(host="0.0.0.0", port=5000)']
    return r.choice(['app.py', '%s/__init__.py' % c.app_, 'wsgi.py']), '\n'.join(lines) + '\n', 'flask-app.py'


def h_superset(c, it):
    r = c.r
    lines = ['# Superset specific config', 'ROW_LIMIT = 5000', '', 'SUPERSET_WEBSERVER_PORT = 8088', '',
             "# Generate a strong key with `openssl rand -base64 42`", 'SECRET_KEY = %s' % c.R('py', it.v), '',
             "SQLALCHEMY_DATABASE_URI = os.environ.get('SUPERSET_DB_URI', 'sqlite:////var/lib/superset/superset.db')", '',
             'WTF_CSRF_ENABLED = True', 'WTF_CSRF_EXEMPT_LIST = []', 'WTF_CSRF_TIME_LIMIT = 60 * 60 * 24 * 365', '',
             'FEATURE_FLAGS = {', '    "ENABLE_TEMPLATE_PROCESSING": True,', '}']
    lines.insert(0, 'import os')
    return r.choice(['superset_config.py', 'docker/pythonpath_dev/superset_config.py']), '\n'.join(lines) + '\n', 'superset_config.py'


def h_seed_py(c, it):
    r = c.r
    pw = c.R('py', it.v)
    email = '%s@%s' % (r.choice(['admin', 'ops', 'root', 'superuser']), c.domain)
    if r.random() < 0.5:
        lines = ['from django.contrib.auth import get_user_model', 'from django.core.management.base import BaseCommand', '', '',
                 'class Command(BaseCommand):', '    help = "Create the initial admin account"', '',
                 '    def handle(self, *args, **options):', '        User = get_user_model()',
                 '        if User.objects.filter(username="admin").exists():', '            self.stdout.write("admin already exists")',
                 '            return', '        User.objects.create_superuser(', '            username="admin",',
                 '            email="%s",' % email, '            password=%s,' % pw, '        )',
                 '        self.stdout.write(self.style.SUCCESS("created admin"))']
        path = '%s/core/management/commands/bootstrap_admin.py' % c.app_
    else:
        lines = ['"""Seed the database with an initial admin user."""', 'from %s import create_app, db' % c.app_,
                 'from %s.models import Role, User' % c.app_, '', 'app = create_app()', '', 'with app.app_context():',
                 '    admin_role = Role.query.filter_by(name="admin").first() or Role(name="admin")',
                 '    user = User(email="%s", active=True, roles=[admin_role])' % email, '    user.set_password(%s)' % pw,
                 '    db.session.add(user)', '    db.session.commit()', '    print("seeded", user.email)']
        path = r.choice(['scripts/seed.py', 'seed.py', 'manage_seed.py'])
    return path, '\n'.join(lines) + '\n', 'seed.py'


def h_py_module(c, it):
    r = c.r
    s = it.slot
    if s == 'fernet':
        code = ['import json', '', 'from cryptography.fernet import Fernet', '', '_fernet = Fernet(%s)' % c.R('py', it.v), '', '',
                'def encrypt_payload(data: dict) -> bytes:', '    return _fernet.encrypt(json.dumps(data).encode())', '', '',
                'def decrypt_payload(token: bytes) -> dict:', '    return json.loads(_fernet.decrypt(token, ttl=3600))']
        path = '%s/crypto.py' % c.app_
    elif s == 'aesgcm':
        code = ['import os', '', 'from cryptography.hazmat.primitives.ciphers.aead import AESGCM', '',
                'KEY = bytes.fromhex(%s)' % c.R('py', it.v), '', '', 'def seal(plaintext: bytes, aad: bytes = b"") -> bytes:',
                '    nonce = os.urandom(12)', '    return nonce + AESGCM(KEY).encrypt(nonce, plaintext, aad)', '', '',
                'def open_(blob: bytes, aad: bytes = b"") -> bytes:', '    return AESGCM(KEY).decrypt(blob[:12], blob[12:], aad)']
        path = '%s/fields/encryption.py' % c.app_
    elif s == 'chacha':
        code = ['import base64', 'import os', '', 'from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305', '',
                '_box = ChaCha20Poly1305(base64.b64decode(%s))' % c.R('py', it.v), '', '', 'def encrypt_token(raw: str) -> str:',
                '    nonce = os.urandom(12)', '    return base64.urlsafe_b64encode(nonce + _box.encrypt(nonce, raw.encode(), None)).decode()']
        path = '%s/tokens.py' % c.app_
    elif s == 'hmac':
        code = ['import hashlib', 'import hmac', 'import time', '', '', 'def sign_url(path: str, expires_in: int = 300) -> str:',
                '    expires = int(time.time()) + expires_in', '    msg = f"{path}:{expires}".encode()',
                '    sig = hmac.new(%s, msg, hashlib.sha256).hexdigest()' % c.R('py', it.v),
                '    return f"{path}?expires={expires}&sig={sig}"']
        path = '%s/signing.py' % c.app_
    elif s == 'slack':
        code = ['import os', '', 'from slack_bolt import App', '', 'app = App(', '    token=os.environ["SLACK_BOT_TOKEN"],',
                '    %s=%s,' % (it.name, c.R('py', it.v)), ')', '', '', '@app.command("/deploy")', 'def deploy(ack, respond, command):',
                '    ack()', '    respond(f"Deploying {command[\'text\']}...")']
        path = '%s/slack_app.py' % c.app_
    elif s == 'assign':
        code = ['import hashlib', 'import hmac', '', 'from fastapi import APIRouter, Header, HTTPException, Request', '',
                'router = APIRouter()', '', '%s = %s' % (it.name, c.R('py', it.v)), '', '',
                '@router.post("/webhooks/incoming")', 'async def incoming(request: Request, x_signature: str = Header(...)):',
                '    body = await request.body()', '    expected = hmac.new(%s.encode(), body, hashlib.sha256).hexdigest()' % it.name,
                '    if not hmac.compare_digest(expected, x_signature.removeprefix("sha256=")):',
                '        raise HTTPException(status_code=401)', '    return {"ok": True}']
        path = '%s/api/webhooks.py' % c.app_
    elif s == 'stripe':
        code = ['import stripe', 'from django.http import HttpResponse', 'from django.views.decorators.csrf import csrf_exempt', '',
                '%s = %s' % (it.name, c.R('py', it.v)), '', '', '@csrf_exempt', 'def stripe_webhook(request):',
                '    payload = request.body', '    sig_header = request.META.get("HTTP_STRIPE_SIGNATURE")', '    try:',
                '        event = stripe.Webhook.construct_event(payload, sig_header, %s)' % it.name,
                '    except (ValueError, stripe.error.SignatureVerificationError):', '        return HttpResponse(status=400)',
                '    handle_event(event)', '    return HttpResponse(status=200)']
        path = '%s/billing/webhooks.py' % c.app_
    else:
        raise Incompat('py_module ' + s)
    return path, '\n'.join(code) + '\n', 'python'


def h_py_test(c, it):
    r = c.r
    lines = ['import hashlib', 'import hmac', 'import json', 'import time', '', 'import pytest', '',
             '%s = %s' % (it.name, c.R('py', it.v)), '', '',
             'def _sign(payload: bytes, ts: int) -> str:', '    mac = hmac.new(%s.encode(), f"{ts}.".encode() + payload, hashlib.sha256)' % it.name,
             '    return f"t={ts},v1={mac.hexdigest()}"', '', '', '@pytest.fixture', 'def settings_override(settings):',
             '    settings.%s = %s' % (it.name, it.name), '    return settings', '', '',
             'def test_webhook_accepts_valid_signature(client, settings_override):',
             '    payload = json.dumps({"type": "invoice.paid", "id": "evt_test"}).encode()', '    ts = int(time.time())',
             '    resp = client.post("/webhooks/", data=payload, content_type="application/json", HTTP_X_SIGNATURE=_sign(payload, ts))',
             '    assert resp.status_code == 200']
    return r.choice(['tests/test_webhooks.py', '%s/tests/test_signature.py' % c.app_]), '\n'.join(lines) + '\n', 'test.py'


def h_ini(c, it):
    r = c.r
    if it.v.mode != 'lit':
        raise Incompat('ini')
    val = c.R('ini', it.v)
    if it.slot in ('fernet_key', 'secret_key'):
        core = ['[core]', 'dags_folder = /opt/airflow/dags', 'executor = CeleryExecutor', 'load_examples = False']
        web = ['[webserver]', 'base_url = https://airflow.%s' % c.domain, 'web_server_port = 8080', 'expose_config = False']
        (core if it.slot == 'fernet_key' else web).append('%s = %s' % (it.name, val))
        lines = core + [''] + ['[database]', 'sql_alchemy_conn = postgresql+psycopg2://airflow@postgres/airflow', ''] + web + ['', '[logging]', 'logging_level = INFO']
        return r.choice(['airflow.cfg', 'config/airflow.cfg']), '\n'.join(lines) + '\n', 'airflow.cfg'
    lines = ['APP_NAME = %s: Git with a cup of tea' % c.App, 'RUN_MODE = prod', 'RUN_USER = git', '', '[server]',
             'DOMAIN = git.%s' % c.domain, 'ROOT_URL = https://git.%s/' % c.domain, 'HTTP_PORT = 3000', '', '[database]', 'DB_TYPE = postgres',
             'HOST = %s:5432' % c.dbhost, 'NAME = gitea', 'USER = gitea', '', '[security]', 'INSTALL_LOCK = true',
             '%s = %s' % (it.name, val), 'PASSWORD_HASH_ALGO = pbkdf2', '', '[service]', 'DISABLE_REGISTRATION = true']
    return r.choice(['custom/conf/app.ini', 'gitea/app.ini']), '\n'.join(lines) + '\n', 'gitea-app.ini'


def h_oauth2_proxy_cfg(c, it):
    r = c.r
    val = c.R('toml', it.v) if it.v.mode == 'lit' else None
    if val is None:
        raise Incompat('o2p')
    lines = ['## OAuth2 Proxy Config File', 'http_address = "0.0.0.0:4180"', 'upstreams = [', '    "http://127.0.0.1:8080/"', ']',
             'email_domains = [', '    "%s"' % c.domain, ']', 'provider = "oidc"', 'oidc_issuer_url = "https://sso.%s/realms/%s"' % (c.domain, c.company),
             'client_id = "%s-proxy"' % c.app, 'redirect_url = "https://%s/oauth2/callback"' % c.domain,
             'cookie_name = "_oauth2_proxy"', 'cookie_secure = true', '%s = %s' % (it.name, val), 'cookie_expire = "168h"']
    return r.choice(['oauth2-proxy.cfg', 'deploy/oauth2-proxy/oauth2_proxy.cfg']), '\n'.join(lines) + '\n', 'oauth2-proxy.cfg'


# ---------------------------------------------------------------------------
# Ruby / Rails hosts
# ---------------------------------------------------------------------------
def erb_or_yaml(c, v, env):
    if v.mode == 'lit':
        return c.R('yaml', v)
    if v.mode == 'ref':
        return ref_expr(c.r, 'erb', env)
    return '<%= SecureRandom.hex(64) %>'


def h_secrets_yml(c, it):
    r = c.r
    envs = ['development', 'test', 'production']
    target = it.slot if it.slot in envs else 'production'
    lines = ['# Be sure to restart your server when you modify this file.', '#',
             '# Your secret key is used for verifying the integrity of signed cookies.',
             '# If you change this key, all old signed cookies will become invalid!', '#',
             '# Make sure the secret is at least 30 characters and all random,', '# no regular words or you\'ll be exposed to dictionary attacks.',
             '# You can use `rails secret` to generate a secure secret key.', '', 'shared:',
             '  api_host: https://api.%s' % c.domain, '']
    for e in envs:
        lines.append('%s:' % e)
        if e == target:
            lines.append('  %s: %s' % (it.name, erb_or_yaml(c, it.v, it.env)))
        else:
            lines.append('  secret_key_base: <%%= ENV["SECRET_KEY_BASE"] %%>' if e == 'production' else
                         '  secret_key_base: <%%= ENV.fetch("SECRET_KEY_BASE") { "%s" } %%>' % r.choice(['dev', 'x' * 8, 'test']) if r.random() < 0.3 else
                         '  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>')
        lines.append('')
    return 'config/secrets.yml', '\n'.join(lines).rstrip() + '\n', 'secrets.yml'


def h_credentials_yml(c, it):
    r = c.r
    if it.v.mode != 'lit':
        raise Incompat('credentials.yml is not ERB-evaluated')
    val = Raw(c.R('yaml', it.v))
    tree = {}
    blocks = {'smtp': ('smtp', {'user_name': 'postmaster@mg.%s' % c.domain, 'address': 'smtp.mailgun.org'}),
              'db': ('database', {'username': c.user, 'host': c.dbhost}),
              'are': ('active_record_encryption', {}),
              'devise': ('devise', {}),
              'oauth': ('google_oauth2', {'client_id': '%d-%s.apps.googleusercontent.com' % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LOWALNUM, 32))}),
              'stripe': ('stripe', {'publishable_key_env': 'STRIPE_PUBLISHABLE_KEY'}),
              'webhook': ('webhooks', {'endpoint': '/webhooks/incoming'})}
    tree['# a1'] = 'aws:'
    tree['# a2'] = '  access_key_id: 123'
    tree['# a3'] = '  secret_access_key: 345'
    tree['~blank0'] = ''
    if it.slot == 'root':
        tree['# c1'] = 'Used as the base secret for all MessageVerifiers in Rails, including the one protecting cookies.'
        tree[it.name] = val
    else:
        bname, extra = blocks[it.slot]
        inner = dict(extra)
        inner[it.name] = val
        tree[bname] = inner
    tree['~blank1'] = ''
    tree['sentry'] = {'environment': 'production'}
    tree['app_host'] = c.domain
    path = r.choice(['config/credentials.yml', 'config/credentials/production.yml', 'tmp/credentials.yml'])
    return path, '\n'.join(ydump(tree)) + '\n', 'credentials.yml'


def h_database_yml(c, it):
    r = c.r
    adapter = r.choice(['postgresql', 'mysql2', 'trilogy'])
    pw = erb_or_yaml(c, it.v, it.env)
    lines = ['# PostgreSQL. Versions 9.3 and up are supported.' if adapter == 'postgresql' else '# MySQL. Versions 5.5.8 and up are supported.', '#',
             'default: &default', '  adapter: %s' % adapter, '  encoding: %s' % ('unicode' if adapter == 'postgresql' else 'utf8mb4'),
             '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', '', 'development:', '  <<: *default',
             '  database: %s_development' % c.app_, '', 'test:', '  <<: *default', '  database: %s_test' % c.app_, '',
             'production:', '  <<: *default', '  database: %s_production' % c.app_, '  username: %s' % c.user,
             '  %s: %s' % (it.name, pw), '  host: %s' % c.dbhost]
    if it.slot == 'staging':
        lines += ['', 'staging:', '  <<: *default', '  database: %s_staging' % c.app_, '  username: %s' % c.user,
                  '  password: <%= ENV["STAGING_DATABASE_PASSWORD"] %>']
        lines[lines.index('  %s: %s' % (it.name, pw))] = '  password: <%= ENV["DATABASE_PASSWORD"] %>'
        lines[-1] = '  %s: %s' % (it.name, pw)
    return 'config/database.yml', '\n'.join(lines) + '\n', 'database.yml'


def h_env_rb(c, it):
    r = c.r
    val = c.R('rb', it.v)
    if it.slot == 'smtp':
        sec = ['  config.action_mailer.delivery_method = :smtp', '  config.action_mailer.smtp_settings = {',
               '    address: "%s",' % r.choice(['smtp.postmarkapp.com', 'email-smtp.eu-west-1.amazonaws.com', 'smtp.mailgun.org']),
               '    port: 587,', '    user_name: "%s",' % r.choice(['apikey', 'postmaster@mg.%s' % c.domain]),
               '    %s: %s,' % (it.name, val), '    authentication: :plain,', '    enable_starttls_auto: true', '  }']
    elif it.slot == 'are':
        sec = ['  config.active_record.encryption.%s = %s' % (it.name, val)]
    else:
        sec = ['  config.%s = %s' % (it.name, val)]
    pre = ['require "active_support/core_ext/integer/time"', '', 'Rails.application.configure do',
           '  # Settings specified here will take precedence over those in config/application.rb.', '',
           '  config.enable_reloading = false', '  config.eager_load = true', '  config.consider_all_requests_local = false',
           '  config.action_controller.perform_caching = true', '  config.force_ssl = true', '',
           '  config.log_level = ENV.fetch("RAILS_LOG_LEVEL", "info")', '  config.log_tags = [:request_id]', '',
           '  config.action_mailer.default_url_options = { host: "%s" }' % c.domain]
    post = ['', '  config.i18n.fallbacks = true', '  config.active_support.report_deprecations = false',
            '  config.active_record.dump_schema_after_migration = false', 'end']
    env = r.choice(['production', 'production', 'staging'])
    return 'config/environments/%s.rb' % env, '\n'.join(pre + [''] + sec + post) + '\n', 'rails-environment.rb'


def h_initializer_rb(c, it):
    r = c.r
    val = c.R('rb', it.v)
    s = it.slot
    if s == 'devise':
        name = 'devise.rb'
        lines = ['# frozen_string_literal: true', '', 'Devise.setup do |config|',
                 "  # The secret key used by Devise. Devise uses this key to generate", '  # random tokens.',
                 '  config.%s = %s' % (it.name, val), '',
                 "  config.mailer_sender = 'no-reply@%s'" % c.domain, "  require 'devise/orm/active_record'",
                 '  config.case_insensitive_keys = [:email]', '  config.strip_whitespace_keys = [:email]',
                 '  config.skip_session_storage = [:http_auth]', '  config.stretches = Rails.env.test? ? 1 : 12',
                 '  config.reconfirmable = true', '  config.expire_all_remember_me_on_sign_out = true',
                 '  config.password_length = 12..128', '  config.reset_password_within = 6.hours', '  config.sign_out_via = :delete', 'end']
    elif s == 'secret_token':
        name = 'secret_token.rb'
        lines = ['# Be sure to restart your server when you modify this file.', '',
                 '# Your secret key for verifying the integrity of signed cookies.',
                 '# If you change this key, all old signed cookies will become invalid!',
                 '# Make sure the secret is at least 30 characters and all random,',
                 '# no regular words or you\'ll be exposed to dictionary attacks.',
                 '%s::Application.config.%s = %s' % (c.App, it.name, val)]
    elif s == 'omniauth':
        name = 'omniauth.rb'
        lines = ['Rails.application.config.middleware.use OmniAuth::Builder do',
                 "  provider :google_oauth2, ENV['GOOGLE_CLIENT_ID'], %s," % val,
                 "           scope: 'email,profile', prompt: 'select_account'",
                 "  provider :developer if Rails.env.development?", 'end', '', 'OmniAuth.config.allowed_request_methods = [:post]',
                 'OmniAuth.config.logger = Rails.logger']
    elif s == 'stripe':
        name = 'stripe.rb'
        lines = ['Rails.configuration.stripe = {', "  publishable_key: ENV['STRIPE_PUBLISHABLE_KEY'],",
                 "  secret_key: ENV['STRIPE_SECRET_KEY'],", '  %s: %s' % (it.name, val), '}', '',
                 'Stripe.api_key = Rails.configuration.stripe[:secret_key]', 'Stripe.api_version = "2024-06-20"']
    elif s == 'lockbox':
        name = 'lockbox.rb'
        lines = ['# Lockbox encrypts attributes and files', '', 'Lockbox.%s = %s' % (it.name, val), '',
                 'Lockbox.default_options[:algorithm] = "xsalsa20"' if r.random() < 0.3 else 'Lockbox.default_options[:padding] = true']
    elif s == 'are':
        name = 'active_record_encryption.rb'
        lines = ['Rails.application.configure do', '  config.active_record.encryption.%s = %s' % (it.name, val),
                 '  config.active_record.encryption.support_unencrypted_data = true',
                 '  config.active_record.encryption.extend_queries = true', 'end']
    elif s == 'generic':
        name = r.choice(['app_config.rb', 'signing.rb', 'webhooks.rb'])
        lines = ['# frozen_string_literal: true', '', 'Rails.application.config.x.signing = ActiveSupport::OrderedOptions.new',
                 'Rails.application.config.x.signing.%s = %s' % (it.name, val),
                 'Rails.application.config.x.signing.digest = "SHA256"', 'Rails.application.config.x.signing.expires_in = 10.minutes']
    else:
        raise Incompat('init ' + s)
    return 'config/initializers/' + name, '\n'.join(lines) + '\n', 'rails-initializer.rb'


def h_seeds_rb(c, it):
    r = c.r
    val = c.R('rb', it.v)
    email = '%s@%s' % (r.choice(['admin', 'ops', 'owner', 'support']), c.domain)
    lines = ['# This file should ensure the existence of records required to run the application in every environment.',
             '# The code here should be idempotent so that it can be executed at any point in every environment.', '',
             'puts "Seeding plans..."', '%w[free pro team].each_with_index do |name, i|',
             '  Plan.find_or_create_by!(name: name) { |p| p.price_cents = i * 1200 }', 'end', '',
             'admin = User.find_or_initialize_by(email: "%s")' % email, 'admin.name = "%s"' % r.choice(FIRST),
             'admin.%s = %s' % (it.name, val), 'admin.role = :admin', 'admin.confirmed_at ||= Time.current', 'admin.save!', '',
             'puts "Admin: #{admin.email}"']
    return 'db/seeds.rb', '\n'.join(lines) + '\n', 'seeds.rb'


def h_keyfile(c, it):
    if it.v.mode != 'lit':
        raise Incompat('keyfile')
    path = 'config/master.key' if it.slot == 'master' else 'config/credentials/%s.key' % c.r.choice(['production', 'staging'])
    return path, it.v.s + ('\n' if c.r.random() < 0.5 else ''), 'rails-key-file'


def h_rb_spec(c, it):
    r = c.r
    val = c.R('rb', it.v)
    lines = ['require "rails_helper"', '', 'RSpec.describe "Webhooks", type: :request do', '  let(:secret) { %s }' % val,
             '  let(:payload) { { type: "order.created", id: SecureRandom.uuid }.to_json }',
             '  let(:signature) { OpenSSL::HMAC.hexdigest("SHA256", secret, payload) }', '',
             '  before { allow(Rails.configuration).to receive(:webhook_secret).and_return(secret) }', '',
             '  it "accepts a signed request" do',
             '    post "/webhooks", params: payload, headers: { "X-Signature" => "sha256=#{signature}", "CONTENT_TYPE" => "application/json" }',
             '    expect(response).to have_http_status(:ok)', '  end', '', '  it "rejects a bad signature" do',
             '    post "/webhooks", params: payload, headers: { "X-Signature" => "sha256=deadbeef" }',
             '    expect(response).to have_http_status(:unauthorized)', '  end', 'end']
    return 'spec/requests/webhooks_spec.rb', '\n'.join(lines) + '\n', 'rspec.rb'


# ---------------------------------------------------------------------------
# Elixir / Phoenix hosts
# ---------------------------------------------------------------------------
def h_exs(c, it):
    r = c.r
    val = c.R('ex', it.v)
    App = c.App
    if it.slot == 'endpoint':
        sec = ['config :%s, %sWeb.Endpoint,' % (c.app_, App), '  url: [host: "%s", port: 443, scheme: "https"],' % c.domain,
               '  http: [ip: {0, 0, 0, 0, 0, 0, 0, 0}, port: String.to_integer(System.get_env("PORT") || "4000")],',
               '  %s: %s' % (it.name, val)]
    elif it.slot == 'guardian':
        sec = ['config :%s, %s.Guardian,' % (c.app_, App), '  issuer: "%s",' % c.app_, '  %s: %s' % (it.name, val)]
    elif it.slot == 'repo':
        sec = ['config :%s, %s.Repo,' % (c.app_, App), '  username: "%s",' % c.user, '  %s: %s,' % (it.name, val),
               '  hostname: "%s",' % c.dbhost, '  database: "%s_prod",' % c.app_, '  pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")']
    else:
        raise Incompat('exs')
    kind = r.choice(['runtime', 'prod.secret', 'dev'])
    if kind == 'runtime':
        lines = ['import Config', '', '# config/runtime.exs is executed for all environments, including',
                 '# during releases. It is executed after compilation and before the', '# system starts.', '',
                 'if System.get_env("PHX_SERVER") do', '  config :%s, %sWeb.Endpoint, server: true' % (c.app_, App), 'end', '',
                 'if config_env() == :prod do'] + ['  ' + l for l in sec] + ['', '  config :%s, :dns_cluster_query, System.get_env("DNS_CLUSTER_QUERY")' % c.app_, 'end']
        path, ft = 'config/runtime.exs', 'runtime.exs'
    elif kind == 'prod.secret':
        lines = ['# In this file, we load production configuration and secrets', '# from environment variables.', 'use Mix.Config', ''] + sec + [
                 '', '# ## Using releases (Elixir v1.9+)', '#', '# If you are doing OTP releases, you need to instruct Phoenix', '# to start each relevant endpoint:',
                 '#', '#     config :%s, %sWeb.Endpoint, server: true' % (c.app_, App)]
        path, ft = 'config/prod.secret.exs', 'prod.secret.exs'
    else:
        lines = ['import Config', '', '# Configure your database'] + sec + ['', 'config :%s, %sWeb.Endpoint,' % (c.app_, App),
                 '  http: [ip: {127, 0, 0, 1}, port: 4000],', '  check_origin: false,', '  code_reloader: true,', '  debug_errors: true', '',
                 'config :logger, :console, format: "[$level] $message\\n"', 'config :phoenix, :stacktrace_depth, 20']
        path, ft = 'config/dev.exs', 'dev.exs'
    return path, '\n'.join(lines) + '\n', ft


# ---------------------------------------------------------------------------
# PHP hosts
# ---------------------------------------------------------------------------
WP_SALTS = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']


def h_wp_config(c, it):
    r = c.r
    docker = r.random() < 0.5

    def other(name, env):
        if docker:
            return "getenv_docker('WORDPRESS_%s', '%s')" % (env, 'put your unique phrase here' if name in WP_SALTS else {'DB_NAME': 'wordpress', 'DB_USER': 'example username', 'DB_PASSWORD': 'example password', 'DB_HOST': 'mysql'}.get(name, ''))
        return "getenv('%s')" % env if name in WP_SALTS or name == 'DB_PASSWORD' else "'%s'" % {'DB_NAME': c.app_, 'DB_USER': c.app_, 'DB_HOST': c.dbhost}[name]

    def val(name, env):
        return c.R('php', it.v) if name == it.slot else other(name, env)

    lines = ['<?php', '/**', ' * The base configuration for WordPress', ' *', ' * @package WordPress', ' */', '',
             '// ** Database settings - You can get this info from your web host ** //']
    for n in ['DB_NAME', 'DB_USER', 'DB_PASSWORD', 'DB_HOST']:
        lines.append("define( '%s', %s );" % (n, val(n, n)))
    lines += ["define( 'DB_CHARSET', 'utf8mb4' );", "define( 'DB_COLLATE', '' );", '', '/**#@+', ' * Authentication unique keys and salts.', ' *',
              ' * Change these to different unique phrases! You can generate these using',
              ' * the {@link https://api.wordpress.org/secret-key/1.1/salt/ WordPress.org secret-key service}.', ' */']
    for n in WP_SALTS:
        lines.append("define( '%s',%s%s );" % (n, ' ' * (17 - len(n)), val(n, n)))
    lines += ['/**#@-*/', '', "$table_prefix = 'wp_';", '', "define( 'WP_DEBUG', false );", '',
              "if ( ! defined( 'ABSPATH' ) ) {", "\tdefine( 'ABSPATH', __DIR__ . '/' );", '}', '',
              "require_once ABSPATH . 'wp-settings.php';"]
    return r.choice(['wp-config.php', 'public/wp-config.php', 'web/wp-config.php']), '\n'.join(lines) + '\n', 'wp-config.php'


def h_drupal_settings(c, it):
    r = c.r
    val = c.R('php', it.v)
    if it.slot == 'hash_salt':
        hs = "$settings['hash_salt'] = %s;" % val
        pw = "getenv('DRUPAL_DATABASE_PASSWORD')"
    else:
        hs = "$settings['hash_salt'] = file_get_contents('/var/www/private/salt.txt');"
        pw = val
    lines = ['<?php', '', '// phpcs:ignoreFile', '', '$databases[\'default\'][\'default\'] = [', "  'database' => 'drupal',",
             "  'username' => 'drupal',", "  'password' => %s," % pw, "  'prefix' => '',", "  'host' => '%s'," % c.dbhost,
             "  'port' => '3306',", "  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',", "  'driver' => 'mysql',", '];', '',
             '/**', ' * Salt for one-time login links, cancel links, form tokens, etc.', ' */', hs, '',
             "$settings['update_free_access'] = FALSE;", "$settings['file_private_path'] = '../private';",
             "$settings['trusted_host_patterns'] = ['^%s$', '^www\\.%s$'];" % (re.escape(c.domain), re.escape(c.domain)),
             "$settings['config_sync_directory'] = '../config/sync';"]
    return r.choice(['web/sites/default/settings.php', 'docroot/sites/default/settings.php', 'sites/default/settings.local.php']), '\n'.join(lines) + '\n', 'drupal-settings.php'


def h_laravel_config(c, it):
    r = c.r
    v = c.R('php', it.v)
    s = it.slot
    if it.v.mode == 'lit' and r.random() < 0.5 and s != 'google':
        v = "env('%s', %s)" % (it.env, v)
    if s == 'app_key':
        name = 'app.php'
        lines = ['<?php', '', 'return [', "    'name' => env('APP_NAME', '%s')," % c.App, "    'env' => env('APP_ENV', 'production'),",
                 "    'debug' => (bool) env('APP_DEBUG', false),", "    'url' => env('APP_URL', 'http://localhost'),",
                 "    'timezone' => 'UTC',", "    'locale' => 'en',", '', '    /*', '    | Encryption Key', '    */', '',
                 "    'cipher' => 'AES-256-CBC',", '', "    'key' => %s," % v, '',
                 "    'previous_keys' => [", "        ...array_filter(", "            explode(',', env('APP_PREVIOUS_KEYS', ''))", '        ),', '    ],',
                 "", "    'maintenance' => [", "        'driver' => env('APP_MAINTENANCE_DRIVER', 'file'),", '    ],', '];']
    elif s in ('db', 'redis'):
        name = 'database.php'
        dbpw = v if s == 'db' else "env('DB_PASSWORD', '')"
        rpw = v if s == 'redis' else "env('REDIS_PASSWORD')"
        lines = ['<?php', '', 'use Illuminate\\Support\\Str;', '', 'return [', "    'default' => env('DB_CONNECTION', 'mysql'),", '',
                 "    'connections' => [", "        'mysql' => [", "            'driver' => 'mysql',", "            'host' => env('DB_HOST', '%s')," % c.dbhost,
                 "            'port' => env('DB_PORT', '3306'),", "            'database' => env('DB_DATABASE', '%s')," % c.app_,
                 "            'username' => env('DB_USERNAME', '%s')," % c.user, "            'password' => %s," % dbpw,
                 "            'charset' => 'utf8mb4',", "            'collation' => 'utf8mb4_unicode_ci',", '        ],', '    ],', '',
                 "    'redis' => [", "        'client' => env('REDIS_CLIENT', 'phpredis'),", "        'default' => [",
                 "            'host' => env('REDIS_HOST', '127.0.0.1'),", "            'password' => %s," % rpw,
                 "            'port' => env('REDIS_PORT', '6379'),", "            'database' => env('REDIS_DB', '0'),", '        ],', '    ],', '];']
    elif s == 'mail':
        name = 'mail.php'
        lines = ['<?php', '', 'return [', "    'default' => env('MAIL_MAILER', 'smtp'),", '', "    'mailers' => [", "        'smtp' => [",
                 "            'transport' => 'smtp',", "            'host' => env('MAIL_HOST', 'smtp.mailgun.org'),", "            'port' => env('MAIL_PORT', 587),",
                 "            'encryption' => env('MAIL_ENCRYPTION', 'tls'),", "            'username' => env('MAIL_USERNAME', 'postmaster@mg.%s')," % c.domain,
                 "            'password' => %s," % v, "            'timeout' => null,", '        ],', '    ],', '',
                 "    'from' => [", "        'address' => env('MAIL_FROM_ADDRESS', 'hello@%s')," % c.domain, "        'name' => env('MAIL_FROM_NAME', '%s')," % c.App, '    ],', '];']
    elif s == 'jwt':
        name = 'jwt.php'
        lines = ['<?php', '', 'return [', '    /*', '    | JWT Authentication Secret', '    | Don\'t forget to set this in your .env file, as it will be used to sign', '    | your tokens. A helper command is provided for this:', '    | `php artisan jwt:secret`', '    */', '',
                 "    'secret' => %s," % v, '', "    'keys' => [", "        'public' => env('JWT_PUBLIC_KEY'),", "        'private' => env('JWT_PRIVATE_KEY'),",
                 "        'passphrase' => env('JWT_PASSPHRASE'),", '    ],', '', "    'ttl' => env('JWT_TTL', 60),", "    'algo' => env('JWT_ALGO', 'HS256'),", '];']
    elif s == 'reverb':
        name = 'reverb.php'
        lines = ['<?php', '', 'return [', "    'default' => env('REVERB_SERVER', 'reverb'),", '', "    'apps' => [", "        'provider' => 'config',",
                 "        'apps' => [", '            [', "                'key' => env('REVERB_APP_KEY'),", "                'secret' => %s," % v,
                 "                'app_id' => env('REVERB_APP_ID'),", "                'options' => [", "                    'host' => env('REVERB_HOST'),",
                 "                    'port' => env('REVERB_PORT', 443),", "                    'scheme' => env('REVERB_SCHEME', 'https'),",
                 '                ],', "                'allowed_origins' => ['*'],", '            ],', '        ],', '    ],', '];']
    elif s in ('google', 'passport'):
        name = 'services.php' if s == 'google' else 'passport.php'
        if s == 'google':
            lines = ['<?php', '', 'return [', "    'postmark' => [", "        'token' => env('POSTMARK_TOKEN'),", '    ],', '',
                     "    'google' => [", "        'client_id' => env('GOOGLE_CLIENT_ID'),", "        'client_secret' => %s," % v,
                     "        'redirect' => env('APP_URL').'/auth/google/callback',", '    ],', '];']
        else:
            lines = ['<?php', '', 'return [', "    'guard' => 'web',", "    'private_key' => env('PASSPORT_PRIVATE_KEY'),", "    'public_key' => env('PASSPORT_PUBLIC_KEY'),",
                     "    'personal_access_client' => [", "        'id' => env('PASSPORT_PERSONAL_ACCESS_CLIENT_ID'),", "        'secret' => %s," % v, '    ],', '];']
    else:
        raise Incompat('laravel ' + s)
    return 'config/' + name, '\n'.join(lines) + '\n', 'laravel-config.php'


def h_symfony_yaml(c, it):
    r = c.r
    if it.v.mode == 'lit':
        val = c.R('yaml', it.v)
    else:
        val = "'%%env(%s)%%'" % it.env
    if it.slot == 'framework':
        lines = ['# see https://symfony.com/doc/current/reference/configuration/framework.html', 'framework:', '    secret: %s' % val,
                 '    http_method_override: false', '    handle_all_throwables: true', '', '    session:', '        handler_id: null',
                 '        cookie_secure: auto', '        cookie_samesite: lax', '', '    php_errors:', '        log: true']
        return 'config/packages/framework.yaml', '\n'.join(lines) + '\n', 'symfony-config.yaml'
    lines = ['lexik_jwt_authentication:', "    secret_key: '%kernel.project_dir%/config/jwt/private.pem'",
             "    public_key: '%kernel.project_dir%/config/jwt/public.pem'", '    pass_phrase: %s' % val, '    token_ttl: 3600']
    lines += ['', 'when@test:', '    lexik_jwt_authentication:', '        token_ttl: 60']
    return 'config/packages/lexik_jwt_authentication.yaml', '\n'.join(lines) + '\n', 'symfony-config.yaml'


# ---------------------------------------------------------------------------
# JavaScript / TypeScript hosts
# ---------------------------------------------------------------------------
def h_express(c, it):
    r = c.r
    v = c.R('js', it.v)
    s = it.slot
    ts = r.random() < 0.4
    imp = ["import express from 'express';", "import helmet from 'helmet';"] if ts else ["const express = require('express');", "const helmet = require('helmet');"]
    app = ['', 'const app = express();', "app.set('trust proxy', 1);", 'app.use(helmet());', 'app.use(express.json());']
    mid = []
    extra_imp = []
    if s == 'session':
        extra_imp = ["const session = require('express-session');", "const RedisStore = require('connect-redis').default;"]
        mid = ['', 'app.use(', '  session({', '    store: new RedisStore({ client: redisClient }),', '    %s: %s,' % (it.name, v),
               '    resave: false,', '    saveUninitialized: false,', "    cookie: { secure: true, httpOnly: true, sameSite: 'lax', maxAge: 1000 * 60 * 60 * 8 },", '  })', ');']
    elif s == 'cookieparser':
        extra_imp = ["const cookieParser = require('cookie-parser');"]
        mid = ['app.use(cookieParser(%s));' % v]
    elif s == 'jwt_const':
        extra_imp = ["const jwt = require('jsonwebtoken');"]
        mid = ['', 'const %s = %s;' % (it.name, v), '', 'function issueToken(user) {',
               "  return jwt.sign({ sub: user.id, role: user.role }, %s, { expiresIn: '15m', algorithm: 'HS256' });" % it.name, '}', '',
               'function requireAuth(req, res, next) {', "  const token = (req.headers.authorization || '').replace(/^Bearer /, '');",
               '  try {', '    req.user = jwt.verify(token, %s);' % it.name, '    next();', '  } catch (err) {', '    res.status(401).end();', '  }', '}']
    elif s == 'jwt_sign':
        extra_imp = ["const jwt = require('jsonwebtoken');"]
        mid = ['', "app.post('/api/login', async (req, res) => {", '  const user = await users.authenticate(req.body.email, req.body.password);',
               '  if (!user) return res.status(401).json({ error: "invalid credentials" });',
               "  const token = jwt.sign({ sub: user.id }, %s, { expiresIn: '1h' });" % v, '  res.json({ token });', '});']
    elif s == 'cipher':
        extra_imp = ["const crypto = require('crypto');"]
        mid = ['', "const KEY = Buffer.from(%s, 'hex');" % v, '', 'function encrypt(text) {', '  const iv = crypto.randomBytes(12);',
               "  const cipher = crypto.createCipheriv('aes-256-gcm', KEY, iv);",
               "  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);",
               "  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');", '}']
    elif s == 'hmac':
        extra_imp = ["const crypto = require('crypto');"]
        mid = ['', 'function signDownload(path, expires) {', "  return crypto.createHmac('sha256', %s).update(`${path}:${expires}`).digest('hex');" % v, '}']
    elif s == 'csrf':
        extra_imp = ["const { doubleCsrf } = require('csrf-csrf');"]
        mid = ['', 'const { doubleCsrfProtection, generateToken } = doubleCsrf({', '  getSecret: () => %s,' % v,
               "  cookieName: '__Host-psifi.x-csrf-token',", "  cookieOptions: { sameSite: 'strict', secure: true },", '});', 'app.use(doubleCsrfProtection);']
    elif s == 'vapid':
        extra_imp = ["const webpush = require('web-push');"]
        pub = b64u(ec_point(ec_key(r)))
        mid = ['', 'webpush.setVapidDetails(', "  'mailto:ops@%s'," % c.domain, "  '%s'," % pub, '  %s' % v, ');']
    elif s == 'stripe':
        extra_imp = ["const Stripe = require('stripe');", "const stripe = Stripe(process.env.STRIPE_SECRET_KEY);"]
        mid = ['', "app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {", '  let event;', '  try {',
               "    event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], %s);" % v,
               '  } catch (err) {', '    return res.status(400).send(`Webhook Error: ${err.message}`);', '  }', '  queue.add(event.type, event);',
               '  res.json({ received: true });', '});']
    elif s == 'ghwebhook':
        extra_imp = ["const { Webhooks, createNodeMiddleware } = require('@octokit/webhooks');"]
        mid = ['', 'const webhooks = new Webhooks({ %s: %s });' % (it.name, v), "webhooks.on('push', ({ payload }) => deploy(payload.ref));",
               "app.use(createNodeMiddleware(webhooks, { path: '/api/github/webhooks' }));"]
    elif s == 'slackbolt':
        imp = ["const { App } = require('@slack/bolt');"]
        app = []
        mid = ['', 'const app = new App({', '  token: process.env.SLACK_BOT_TOKEN,', '  %s: %s,' % (it.name, v), '});', '',
               "app.command('/standup', async ({ ack, respond }) => {", '  await ack();', "  await respond('Standup started');", '});']
    elif s == 'svix':
        extra_imp = ["const { Webhook } = require('svix');"]
        mid = ['', "app.post('/api/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {",
               '  const wh = new Webhook(%s);' % v, '  let evt;', '  try {',
               '    evt = wh.verify(req.body, {', "      'svix-id': req.headers['svix-id'],", "      'svix-timestamp': req.headers['svix-timestamp'],",
               "      'svix-signature': req.headers['svix-signature'],", '    });', '  } catch (err) {', '    return res.status(400).end();', '  }',
               '  await syncUser(evt.data);', '  res.status(204).end();', '});']
    elif s == 'shopify':
        extra_imp = ["const { shopifyApi, LATEST_API_VERSION } = require('@shopify/shopify-api');"]
        mid = ['', 'const shopify = shopifyApi({', '  apiKey: process.env.SHOPIFY_API_KEY,', '  %s: %s,' % (it.name, v),
               "  scopes: ['read_products', 'write_orders'],", "  hostName: '%s'," % c.domain, '  apiVersion: LATEST_API_VERSION,', '  isEmbeddedApp: true,', '});']
    elif s == 'auth0':
        extra_imp = ["const { auth } = require('express-openid-connect');"]
        mid = ['', 'app.use(', '  auth({', '    authRequired: false,', '    auth0Logout: true,', "    baseURL: 'https://%s'," % c.domain,
               "    clientID: '%s'," % rs(r, B62, 32), "    issuerBaseURL: 'https://%s.eu.auth0.com'," % c.company, '    %s: %s,' % (it.name, v),
               "    secret: process.env.SESSION_SECRET,", "    authorizationParams: { response_type: 'code', scope: 'openid profile email' },", '  })', ');']
    elif s == 'mailer':
        extra_imp = ["const nodemailer = require('nodemailer');"]
        mid = ['', 'const transporter = nodemailer.createTransport({', "  host: '%s'," % r.choice(['smtp.sendgrid.net', 'smtp.postmarkapp.com', 'smtp.office365.com']),
               '  port: 587,', '  secure: false,', '  auth: {', "    user: '%s'," % r.choice(['apikey', 'noreply@%s' % c.domain]),
               '    %s: %s,' % (it.name, v), '  },', '});']
    else:
        raise Incompat('express ' + s)
    if ts:
        extra_imp = [l.replace("const ", "import ").replace(" = require(", " from ").replace(").default;", ";").replace(");", ";") if 'require' in l else l for l in extra_imp]
    tail = ['', "app.get('/healthz', (req, res) => res.send('ok'));", '', 'const port = process.env.PORT || 3000;',
            'app.listen(port, () => console.log(`listening on ${port}`));'] if app else ['', '(async () => {', '  await app.start(process.env.PORT || 3000);', '})();']
    lines = imp + extra_imp + app + mid + tail
    path = r.choice(['server.js', 'src/app.js', 'src/server.%s' % ('ts' if ts else 'js'), 'index.js'])
    if ts and path.endswith('.js'):
        path = path[:-3] + '.ts'
    return path, '\n'.join(lines) + '\n', 'server.js/ts'


def h_koa(c, it):
    r = c.r
    v = c.R('js', it.v)
    lines = ["import Koa from 'koa';", "import session from 'koa-session';", "import bodyParser from 'koa-bodyparser';",
             "import { router } from './routes';", '', 'const app = new Koa();', '', '// signed cookie keys, newest first',
             'app.keys = [%s];' % v, 'app.proxy = true;', '', 'app.use(session({ key: "%s.sess", maxAge: 86400000, httpOnly: true, signed: true }, app));' % c.app_,
             'app.use(bodyParser());', 'app.use(router.routes()).use(router.allowedMethods());', '', 'app.listen(Number(process.env.PORT ?? 3000));']
    return r.choice(['src/app.ts', 'app.ts', 'src/server.ts']), '\n'.join(lines) + '\n', 'koa-app.ts'


def h_nextauth(c, it):
    r = c.r
    v = c.R('js', it.v)
    s = it.slot
    if s in ('secret', 'google', 'azure', 'keycloak', 'auth0'):
        prov = {'google': ('Google', 'next-auth/providers/google', "clientId: process.env.GOOGLE_CLIENT_ID!,"),
                'azure': ('AzureAD', 'next-auth/providers/azure-ad', "clientId: '%s',\ntenantId: '%s'," % (ruuid(r), ruuid(r))),
                'keycloak': ('Keycloak', 'next-auth/providers/keycloak', "clientId: '%s-web',\nissuer: 'https://sso.%s/realms/%s'," % (c.app, c.domain, c.company)),
                'auth0': ('Auth0', 'next-auth/providers/auth0', "clientId: '%s',\nissuer: 'https://%s.us.auth0.com'," % (rs(r, B62, 32), c.company))}
        pk = s if s != 'secret' else r.choice(['google', 'keycloak', 'auth0'])
        pname, pmod, pid = prov[pk]
        csec = '%s: %s,' % (it.name, v) if s != 'secret' else 'clientSecret: process.env.%s_CLIENT_SECRET!,' % pname.upper()
        lines = ["import NextAuth from 'next-auth';", "import %s from '%s';" % (pname, pmod), "import { PrismaAdapter } from '@auth/prisma-adapter';",
                 "import { prisma } from '@/lib/prisma';", '', 'export const { handlers, auth, signIn, signOut } = NextAuth({',
                 '  adapter: PrismaAdapter(prisma),', '  providers: [', '    %s({' % pname] + ['      ' + l for l in pid.split('\n')] + [
                 '      ' + csec, '    }),', '  ],', "  session: { strategy: 'jwt' },"]
        if s == 'secret':
            lines.append('  %s: %s,' % (it.name, v))
        lines += ['  callbacks: {', '    async session({ session, token }) {', '      session.user.id = token.sub!;', '      return session;', '    },', '  },', '});']
        path = r.choice(['auth.ts', 'src/auth.ts', 'app/api/auth/[...nextauth]/route.ts', 'pages/api/auth/[...nextauth].ts'])
        return path, '\n'.join(lines) + '\n', 'auth.ts'
    if s == 'iron':
        lines = ["import { getIronSession, SessionOptions } from 'iron-session';", "import { cookies } from 'next/headers';", '',
                 'export interface SessionData {', '  userId?: string;', '  isLoggedIn: boolean;', '}', '',
                 'export const sessionOptions: SessionOptions = {', '  %s: %s,' % (it.name, v), "  cookieName: '%s_session'," % c.app_,
                 '  cookieOptions: {', "    secure: process.env.NODE_ENV === 'production',", '  },', '};', '',
                 'export async function getSession() {', '  return getIronSession<SessionData>(cookies(), sessionOptions);', '}']
        return r.choice(['lib/session.ts', 'src/lib/session.ts']), '\n'.join(lines) + '\n', 'session.ts'
    if s == 'betterauth':
        lines = ["import { betterAuth } from 'better-auth';", "import { Pool } from 'pg';", '', 'export const auth = betterAuth({',
                 '  database: new Pool({ connectionString: process.env.DATABASE_URL }),', '  %s: %s,' % (it.name, v),
                 "  baseURL: 'https://%s'," % c.domain, '  emailAndPassword: { enabled: true },', '  socialProviders: {',
                 '    github: {', '      clientId: process.env.GITHUB_CLIENT_ID as string,', '      clientSecret: process.env.GITHUB_CLIENT_SECRET as string,',
                 '    },', '  },', '});']
        return r.choice(['lib/auth.ts', 'src/lib/auth.ts']), '\n'.join(lines) + '\n', 'auth.ts'
    if s == 'payload':
        lines = ["import { buildConfig } from 'payload';", "import { postgresAdapter } from '@payloadcms/db-postgres';",
                 "import { lexicalEditor } from '@payloadcms/richtext-lexical';", "import { Users } from './collections/Users';", '',
                 'export default buildConfig({', '  admin: { user: Users.slug },', '  collections: [Users],', '  editor: lexicalEditor(),',
                 '  %s: %s,' % (it.name, v), "  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URI || '' } }),",
                 "  typescript: { outputFile: 'src/payload-types.ts' },", '});']
        return r.choice(['payload.config.ts', 'src/payload.config.ts']), '\n'.join(lines) + '\n', 'payload.config.ts'
    raise Incompat('nextauth ' + s)


def h_next_config(c, it):
    r = c.r
    v = c.R('js', it.v)
    lines = ["/** @type {import('next').NextConfig} */", 'const nextConfig = {', '  reactStrictMode: true,', "  output: 'standalone',",
             '  images: {', "    remotePatterns: [{ protocol: 'https', hostname: 'cdn.%s' }]," % c.domain, '  },', '  env: {',
             "    NEXT_PUBLIC_APP_NAME: '%s'," % c.App, '    %s: %s,' % (it.name, v), '  },', '};', '', 'module.exports = nextConfig;']
    return 'next.config.js', '\n'.join(lines) + '\n', 'next.config.js'


def h_nuxt_config(c, it):
    r = c.r
    v = c.R('js', it.v)
    key = camel(it.name.replace('NUXT_', '')) if it.name.isupper() else it.name
    lines = ['// https://nuxt.com/docs/api/configuration/nuxt-config', 'export default defineNuxtConfig({', "  compatibilityDate: '2024-07-01',",
             '  devtools: { enabled: false },', "  modules: ['nuxt-auth-utils', '@pinia/nuxt'],", '  runtimeConfig: {']
    if it.slot == 'session':
        lines += ['    session: {', '      name: "%s-session",' % c.app, '      %s: %s,' % ('password', v), '      maxAge: 60 * 60 * 24 * 7,', '    },']
    else:
        lines += ['    %s: %s,' % (key, v)]
    lines += ['    public: {', "      apiBase: 'https://api.%s'," % c.domain, '    },', '  },', '});']
    return 'nuxt.config.ts', '\n'.join(lines) + '\n', 'nuxt.config.ts'


def h_strapi(c, it):
    r = c.r
    if it.v.mode == 'lit':
        if it.slot == 'keys':
            v = '[%s]' % ', '.join("'%s'" % k for k in it.v.s.split(','))
            if r.random() < 0.5:
                v = "env.array('APP_KEYS', %s)" % v
        else:
            v = c.R('js', it.v)
            if r.random() < 0.4:
                v = "env('%s', %s)" % (it.env, v)
    else:
        v = "env.array('APP_KEYS')" if it.slot == 'keys' else "env('%s')" % it.env
    s = it.slot
    if s == 'keys':
        lines = ['module.exports = ({ env }) => ({', "  host: env('HOST', '0.0.0.0'),", "  port: env.int('PORT', 1337),", '  app: {',
                 '    keys: %s,' % v, '  },', '  webhooks: {', "    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),", '  },', '});']
        return 'config/server.js', '\n'.join(lines) + '\n', 'strapi-config.js'
    if s in ('apiTokenSalt', 'adminjwt', 'transfer'):
        a = {'apiTokenSalt': "env('API_TOKEN_SALT')", 'adminjwt': "env('ADMIN_JWT_SECRET')", 'transfer': "env('TRANSFER_TOKEN_SALT')"}
        a[s] = v
        lines = ['module.exports = ({ env }) => ({', '  auth: {', '    secret: %s,' % a['adminjwt'], '  },', '  apiToken: {',
                 '    salt: %s,' % a['apiTokenSalt'], '  },', '  transfer: {', '    token: {', '      salt: %s,' % a['transfer'], '    },', '  },',
                 '  flags: {', "    nps: env.bool('FLAG_NPS', true),", "    promoteEE: env.bool('FLAG_PROMOTE_EE', true),", '  },', '});']
        return 'config/admin.js', '\n'.join(lines) + '\n', 'strapi-config.js'
    if s == 'jwt':
        lines = ['module.exports = ({ env }) => ({', "  'users-permissions': {", '    config: {', '      jwtSecret: %s,' % v,
                 "      jwt: { expiresIn: '7d' },", '    },', '  },', '  upload: {', '    config: {', "      sizeLimit: 250 * 1024 * 1024,", '    },', '  },', '});']
        return 'config/plugins.js', '\n'.join(lines) + '\n', 'strapi-config.js'
    raise Incompat('strapi')


def h_ghost_config(c, it):
    r = c.r
    val = Raw(c.R('json', it.v))
    db = {'client': 'mysql', 'connection': {'host': c.dbhost, 'port': 3306, 'user': 'ghost', 'password': Raw('""'), 'database': 'ghost_prod'}}
    mail = {'transport': 'SMTP', 'options': {'service': 'Mailgun', 'host': 'smtp.eu.mailgun.org', 'port': 465, 'secure': True,
                                             'auth': {'user': 'postmaster@mg.%s' % c.domain, 'pass': Raw('""')}}}
    if it.slot == 'db':
        db['connection']['password'] = val
    else:
        mail['options']['auth']['pass'] = val
    tree = {'url': 'https://%s' % c.domain, 'server': {'port': 2368, 'host': '127.0.0.1'}, 'database': db, 'mail': mail,
            'logging': {'transports': Raw('["file", "stdout"]')}, 'process': 'systemd', 'paths': {'contentPath': '/var/www/ghost/content'}}
    return 'config.production.json', jdump(tree) + '\n', 'ghost-config.json'


def h_js_script(c, it):
    r = c.r
    v = c.R('js', it.v)
    if it.slot == 'ghost':
        lines = ["const GhostAdminAPI = require('@tryghost/admin-api');", "const fs = require('fs');", '', 'const api = new GhostAdminAPI({',
                 "  url: 'https://%s'," % c.domain, '  %s: %s,' % (it.name, v), "  version: 'v5.0',", '});', '', 'async function main() {',
                 "  const html = fs.readFileSync(process.argv[2], 'utf8');", "  const post = await api.posts.add({ title: process.argv[3], html }, { source: 'html' });",
                 "  console.log('published', post.url);", '}', '', 'main().catch((err) => {', '  console.error(err);', '  process.exit(1);', '});']
        return r.choice(['scripts/publish.js', 'tools/ghost-import.js']), '\n'.join(lines) + '\n', 'node-script.js'
    lines = ["import { describe, it, expect } from 'vitest';", "import crypto from 'node:crypto';", "import request from 'supertest';",
             "import { app } from '../src/app';", '', 'const %s = %s;' % (it.name, v), '', 'function sign(body: string) {',
             "  return 'sha256=' + crypto.createHmac('sha256', %s).update(body).digest('hex');" % it.name, '}', '',
             "describe('POST /webhooks', () => {", "  it('accepts a valid signature', async () => {",
             "    const body = JSON.stringify({ action: 'opened', number: 42 });",
             "    const res = await request(app).post('/webhooks').set('x-hub-signature-256', sign(body)).send(body);",
             '    expect(res.status).toBe(202);', '  });', '});']
    return r.choice(['test/webhooks.test.ts', 'src/__tests__/webhook.spec.ts']), '\n'.join(lines) + '\n', 'test.ts'


# ---------------------------------------------------------------------------
# JVM / .NET hosts
# ---------------------------------------------------------------------------
def h_spring(c, it):
    r = c.r
    yml = r.random() < 0.55
    syn = 'spyml' if yml else 'props'
    val = Raw(c.R(syn, it.v))
    tree = {'server': {'port': 8080, 'forward-headers-strategy': 'framework'},
            'spring': {'application': {'name': c.app},
                       'datasource': {'url': 'jdbc:postgresql://%s:5432/%s' % (c.dbhost, c.app_), 'username': c.user,
                                      'password': Raw('${DB_PASSWORD}')},
                       'jpa': {'hibernate': {'ddl-auto': 'validate'}, 'open-in-view': False}},
            'management': {'endpoints': {'web': {'exposure': {'include': 'health,info,prometheus'}}}}}
    s = it.slot
    if s == 'datasource':
        tree['spring']['datasource']['password'] = val
    elif s == 'mail':
        tree['spring']['mail'] = {'host': 'smtp.office365.com', 'port': 587, 'username': 'noreply@%s' % c.domain, 'password': val,
                                  'properties': {'mail': {'smtp': {'auth': True, 'starttls': {'enable': True}}}}}
    elif s == 'redis':
        tree['spring']['data'] = {'redis': {'host': 'redis', 'port': 6379, 'password': val}}
    elif s == 'oauth2':
        tree['spring']['security'] = {'oauth2': {'client': {'registration': {'keycloak': {
            'client-id': '%s-backend' % c.app, it.name: val, 'authorization-grant-type': 'authorization_code', 'scope': 'openid,profile'}},
            'provider': {'keycloak': {'issuer-uri': 'https://sso.%s/realms/%s' % (c.domain, c.company)}}}}}
    elif s == 'okta':
        tree['okta'] = {'oauth2': {'issuer': 'https://%s.okta.com/oauth2/default' % c.company, 'client-id': '0oa' + rs(r, B62, 17), it.name: val}}
    elif s == 'jwt':
        tree[r.choice(['jwt', 'security'])] = {it.name: val, 'expiration': r.choice([3600000, 86400000]), 'issuer': c.domain}
    elif s == 'crypto':
        tree['app'] = {'crypto': {it.name: val, 'algorithm': 'AES/GCM/NoPadding'}}
    else:
        raise Incompat('spring ' + s)
    if yml:
        if not _PLAIN_YAML.match(str(val)) and not str(val).startswith(("'", '"', '${')):
            raise Incompat('yml')
        return r.choice(['src/main/resources/application.yml', 'src/main/resources/application-prod.yml']), '\n'.join(ydump(tree)) + '\n', 'application.yml'
    return r.choice(['src/main/resources/application.properties', 'src/main/resources/application-prod.properties']), '\n'.join(pflat(tree)) + '\n', 'application.properties'


def h_appsettings(c, it):
    r = c.r
    jv = Raw(c.R('json', it.v))
    tree = {'Logging': {'LogLevel': {'Default': 'Information', 'Microsoft.AspNetCore': 'Warning'}}, 'AllowedHosts': '*'}
    s = it.slot
    if s == 'connstr':
        if it.v.mode == 'lit':
            cs = 'Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True' % (
                r.choice(['tcp:%s-sql.database.windows.net,1433' % c.app, c.dbhost, 'localhost\\SQLEXPRESS']), c.App, c.user, c.plain('raw', it.v))
            if ';' in it.v.s or '"' in it.v.s or '\\' in it.v.s:
                raise Incompat('cs')
            tree['ConnectionStrings'] = {'DefaultConnection': cs}
        else:
            tree['ConnectionStrings'] = {'DefaultConnection': jv}
    elif s == 'jwt':
        tree['Jwt'] = {'Issuer': 'https://%s' % c.domain, 'Audience': c.app, it.name: jv, 'ExpiryMinutes': 60}
    elif s == 'azuread':
        tree['AzureAd'] = {'Instance': 'https://login.microsoftonline.com/', 'Domain': '%s.onmicrosoft.com' % c.company,
                           'TenantId': ruuid(r), 'ClientId': ruuid(r), it.name: jv, 'CallbackPath': '/signin-oidc'}
    elif s in ('auth0', 'okta', 'google'):
        blk = {'auth0': 'Auth0', 'okta': 'Okta', 'google': 'Google'}[s]
        tree['Authentication'] = {blk: {'ClientId': rs(r, B62, 32) if s == 'auth0' else ('0oa' + rs(r, B62, 17) if s == 'okta' else '%d-%s.apps.googleusercontent.com' % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LOWALNUM, 32))),
                                        it.name: jv}}
    elif s == 'dataprotection':
        tree['DataProtection'] = {'ApplicationName': c.App, it.name: jv}
    else:
        raise Incompat('appsettings ' + s)
    tree['Serilog'] = {'MinimumLevel': 'Information'}
    return r.choice(['appsettings.json', 'appsettings.Production.json', 'src/%s.Api/appsettings.json' % c.App]), jdump(tree) + '\n', 'appsettings.json'


def h_web_config(c, it):
    r = c.r
    s = it.slot
    mk = '    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" decryption="AES" />'
    cs = '    <add name="DefaultConnection" connectionString="Data Source=%s;Initial Catalog=%s;Integrated Security=True" providerName="System.Data.SqlClient" />' % (c.dbhost, c.App)
    app_settings = ['    <add key="webpages:Version" value="3.0.0.0" />', '    <add key="ClientValidationEnabled" value="true" />']
    if s in ('validationKey', 'decryptionKey'):
        vk = c.R('xml', it.v)
        other = '"AutoGenerate,IsolateApps"'
        if s == 'validationKey':
            mk = '    <machineKey validationKey=%s decryptionKey=%s validation="HMACSHA256" decryption="AES" />' % (vk, other)
        else:
            mk = '    <machineKey validationKey=%s decryptionKey=%s validation="HMACSHA256" decryption="AES" />' % (other, vk)
    elif s == 'connstr':
        if it.v.mode != 'lit':
            raise Incompat('wc')
        pw = c.plain('raw', it.v)
        if any(ch in pw for ch in '&<>";'):
            raise Incompat('xml')
        cs = '    <add name="DefaultConnection" connectionString="Server=%s;Database=%s;User ID=%s;Password=%s;" providerName="System.Data.SqlClient" />' % (c.dbhost, c.App, c.user, pw)
    elif s == 'appsetting':
        app_settings.append('    <add key="%s" value=%s />' % (it.name, c.R('xml', it.v)))
    else:
        raise Incompat('webconfig')
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<configuration>', '  <connectionStrings>', cs, '  </connectionStrings>',
             '  <appSettings>'] + app_settings + ['  </appSettings>', '  <system.web>', '    <compilation debug="false" targetFramework="4.8" />',
             '    <httpRuntime targetFramework="4.8" enableVersionHeader="false" />', mk,
             '    <authentication mode="Forms">', '      <forms loginUrl="~/Account/Login" timeout="2880" requireSSL="true" />', '    </authentication>',
             '  </system.web>', '</configuration>']
    return r.choice(['Web.config', 'src/%s.Web/Web.config' % c.App]), '\n'.join(lines) + '\n', 'web.config'


def h_keycloak_json(c, it):
    r = c.r
    v = Raw(c.R('json', it.v))
    tree = {'realm': c.company, 'auth-server-url': 'https://sso.%s/' % c.domain, 'ssl-required': 'external', 'resource': '%s-backend' % c.app,
            'verify-token-audience': True, 'credentials': {it.name: v}, 'confidential-port': 0, 'policy-enforcer': {}}
    return r.choice(['keycloak.json', 'src/main/resources/keycloak.json', 'config/keycloak.json']), jdump(tree) + '\n', 'keycloak.json'


def h_pem_file(c, it):
    r = c.r
    if it.v.mode != 'lit':
        raise Incompat('pem')
    path = r.choice(['config/saml/sp-key.pem', 'certs/saml_signing.key', 'config/keys/oidc_signing.pem', 'keys/jwt-private.pem',
                     'deploy/secrets/idp-signing.key', 'config/jwt/private.pem'])
    return path, it.v.s + '\n', 'pem-private-key'


FW_HOSTS = {'settings_py': h_settings_py, 'test_settings': h_test_settings, 'flask_config': h_flask_config, 'flask_app': h_flask_app,
            'superset': h_superset, 'seed_py': h_seed_py, 'py_module': h_py_module, 'py_test': h_py_test, 'ini': h_ini,
            'oauth2_proxy_cfg': h_oauth2_proxy_cfg, 'secrets_yml': h_secrets_yml, 'credentials_yml': h_credentials_yml,
            'database_yml': h_database_yml, 'env_rb': h_env_rb, 'initializer_rb': h_initializer_rb, 'seeds_rb': h_seeds_rb,
            'keyfile': h_keyfile, 'rb_spec': h_rb_spec, 'exs': h_exs, 'wp_config': h_wp_config, 'drupal_settings': h_drupal_settings,
            'laravel_config': h_laravel_config, 'symfony_yaml': h_symfony_yaml, 'express': h_express, 'koa': h_koa,
            'nextauth': h_nextauth, 'next_config': h_next_config, 'nuxt_config': h_nuxt_config, 'strapi': h_strapi,
            'ghost_config': h_ghost_config, 'js_script': h_js_script, 'spring': h_spring, 'appsettings': h_appsettings,
            'web_config': h_web_config, 'keycloak_json': h_keycloak_json, 'pem_file': h_pem_file}


# ---------------------------------------------------------------------------
# credential kinds
# ---------------------------------------------------------------------------
def P(host, slot=None, name=None, vague=False, w=1.0):
    return dict(host=host, slot=slot, name=name, vague=vague, w=w)


def g_flask(r):
    k = r.randrange(3)
    if k == 0:
        return rhex(r, 64)
    if k == 1:
        return rb64(r, 32, url=True, pad=False)
    return rs(r, B62, 40)


def g_flask_bytes(r):
    while True:
        s = repr(r.randbytes(r.choice([16, 24])))
        if s.startswith("b'"):
            return s[2:-1]


def g_b62_or_uuid(r):
    return rs(r, B62, 32) if r.random() < 0.7 else ruuid(r)


def g_azure(r):
    return rs(r, B62, 3) + r.choice(string.digits) + 'Q~' + rs(r, AZT, 34)


def g_stripe(r):
    return 'whsec_' + (rs(r, B62, 32) if r.random() < 0.6 else rhex(r, 64))


def g_vault(r):
    return ('hvs.' if r.random() < 0.8 else 's.') + rs(r, B62, 24)


def g_webhook_generic(r):
    k = r.randrange(3)
    return rhex(r, 40) if k == 0 else rb64(r, 24, url=True, pad=False) if k == 1 else rs(r, B62, 32)


def g_hmac(r):
    return rhex(r, 64) if r.random() < 0.6 else rb64(r, 32)


def g_fernet(r):
    return rb64(r, 32, url=True, pad=True)


_RSA_CACHE = {}


def g_rsa_pem(r):
    k = rsa_key(r, 2048)
    return rsa_private_pem(k, pkcs8=r.random() < 0.5)


def g_ec_pem(r):
    return ec_private_pem(ec_key(r), pkcs8=r.random() < 0.4)


def w_pg(c, pw):
    return 'postgres://%s:%s@%s:5432/%s' % (c.user, pw, c.dbhost, c.app_)


def w_mysql(c, pw):
    return 'mysql://%s:%s@%s:3306/%s' % (c.user, pw, c.dbhost, c.app_)


def w_redis(c, pw):
    return 'redis://:%s@%s:6379/0' % (pw, c.r.choice(['redis', 'cache.internal', '10.0.3.12']))


def w_ecto(c, pw):
    return 'ecto://%s:%s@%s/%s_prod' % (c.user, pw, c.dbhost, c.app_)


def w_smtp(c, pw):
    return 'smtp://%s:%s@%s:587' % (c.r.choice(['apikey', 'postmaster%%40mg.%s' % c.domain]), pw, c.r.choice(['smtp.mailgun.org', 'smtp.sendgrid.net']))


def K(kind, prov, gen, fill, env, places=(), vague_env=(), wrap=None, envhosts=True, w=1.0):
    return dict(kind=kind, prov=prov, gen=gen, fill=fill, env=list(env), places=list(places), vague_env=list(vague_env),
                wrap=wrap, envhosts=envhosts, w=w)


def _wp(name):
    return K('wp_' + name.lower(), 'wordpress', lambda r: rs(r, WPA, 64), 'wordpress', ['WORDPRESS_' + name, name],
             [P('wp_config', name, name, w=3)], w=0.45)


VAGUE_ENV = ['KEY', 'SECRET', 'VALUE', 'CURRENT_KEY', 'K1', 'PRIMARY', 'SIGNING', 'S1']

KINDS = [
    # Django / Python
    K('django_secret_key', 'django', lambda r: rs(r, DJ, 50), 'django', ['DJANGO_SECRET_KEY', 'SECRET_KEY'],
      [P('settings_py', 'SECRET_KEY', 'SECRET_KEY', w=3), P('test_settings', 'SECRET_KEY', 'SECRET_KEY')], w=1.6),
    K('django_insecure_secret_key', 'django', lambda r: 'django-insecure-' + rs(r, DJ, 50), 'django', ['DJANGO_SECRET_KEY', 'SECRET_KEY'],
      [P('settings_py', 'SECRET_KEY', 'SECRET_KEY', w=4), P('test_settings', 'SECRET_KEY', 'SECRET_KEY')], w=1.0),
    K('django_db_password', 'django', db_pw, 'django', ['DATABASE_PASSWORD', 'POSTGRES_PASSWORD', 'DB_PASSWORD'],
      [P('settings_py', 'DB', 'PASSWORD', w=2), P('settings_py', 'DBURL', 'default', vague=True)], wrap=('DATABASE_URL', w_pg)),
    K('django_email_host_password', 'django', db_pw, 'django', ['EMAIL_HOST_PASSWORD', 'SMTP_PASSWORD'],
      [P('settings_py', 'EMAIL', 'EMAIL_HOST_PASSWORD', w=2)], wrap=('EMAIL_URL', w_smtp)),
    K('django_superuser_password', 'django', human_pw, 'django', ['DJANGO_SUPERUSER_PASSWORD', 'ADMIN_PASSWORD'],
      [P('seed_py', None, 'password', w=2)]),
    K('simplejwt_signing_key', 'djangorestframework-simplejwt', g_hmac, 'django', ['JWT_SIGNING_KEY'],
      [P('settings_py', 'SIMPLE_JWT', 'SIGNING_KEY', w=2)]),
    K('django_field_encryption_key', 'django-encrypted-fields', g_fernet, 'django', ['FIELD_ENCRYPTION_KEY'],
      [P('settings_py', 'assign', 'FIELD_ENCRYPTION_KEY', w=2), P('settings_py', 'assign', 'FERNET_KEYS_0')]),
    K('flask_secret_key', 'flask', g_flask, 'flask', ['FLASK_SECRET_KEY', 'SECRET_KEY'],
      [P('flask_config', 'assign', 'SECRET_KEY', w=2), P('flask_app', 'config', 'SECRET_KEY'), P('flask_app', 'attr', 'secret_key')]),
    K('flask_secret_key_bytes', 'flask', g_flask_bytes, 'flask', ['SECRET_KEY'],
      [P('flask_app', 'attr', 'secret_key'), P('flask_app', 'config', 'SECRET_KEY'), P('flask_config', 'assign', 'SECRET_KEY')], envhosts=False, w=0.6),
    K('flask_sqlalchemy_password', 'flask-sqlalchemy', db_pw, 'flask', ['DATABASE_PASSWORD', 'POSTGRES_PASSWORD'],
      [P('flask_config', 'URI', 'SQLALCHEMY_DATABASE_URI', w=2)], wrap=('DATABASE_URL', w_pg)),
    K('flask_wtf_csrf_secret_key', 'flask-wtf', lambda r: rhex(r, 64), 'flask', ['WTF_CSRF_SECRET_KEY'],
      [P('flask_config', 'assign', 'WTF_CSRF_SECRET_KEY', w=2)], w=0.7),
    K('flask_security_password_salt', 'flask-security', lambda r: str(r.getrandbits(128) | (1 << 126)), 'flask', ['SECURITY_PASSWORD_SALT'],
      [P('flask_config', 'assign', 'SECURITY_PASSWORD_SALT', w=2)], w=0.7),
    K('superset_secret_key', 'apache-superset', lambda r: rb64(r, 42), 'python', ['SUPERSET_SECRET_KEY'],
      [P('superset', None, 'SECRET_KEY', w=2)], w=0.8),
    K('airflow_fernet_key', 'apache-airflow', g_fernet, 'airflow', ['AIRFLOW__CORE__FERNET_KEY'],
      [P('ini', 'fernet_key', 'fernet_key', w=2)], w=0.8),
    K('airflow_webserver_secret_key', 'apache-airflow', lambda r: rb64(r, 16), 'airflow', ['AIRFLOW__WEBSERVER__SECRET_KEY'],
      [P('ini', 'secret_key', 'secret_key', w=2)], w=0.6),
    K('fernet_key', 'python-cryptography', g_fernet, 'python', ['FERNET_KEY', 'ENCRYPTION_KEY'],
      [P('py_module', 'fernet', None, vague=True, w=2), P('settings_py', 'assign', 'FERNET_KEY')]),
    K('gitea_secret_key', 'gitea', lambda r: rs(r, B62, 64), 'ops', ['GITEA__security__SECRET_KEY'],
      [P('ini', 'gitea', 'SECRET_KEY', w=2)], w=0.5),
    # Rails
    K('rails_secret_key_base', 'rails', lambda r: rhex(r, 128), 'rails', ['SECRET_KEY_BASE'],
      [P('secrets_yml', 'production', 'secret_key_base', w=1.5), P('secrets_yml', 'development', 'secret_key_base'),
       P('secrets_yml', 'test', 'secret_key_base', w=0.5), P('credentials_yml', 'root', 'secret_key_base', w=1.5),
       P('env_rb', None, 'secret_key_base')], w=1.6),
    K('rails_secret_token', 'rails', lambda r: rhex(r, 128), 'rails', ['SECRET_TOKEN'],
      [P('initializer_rb', 'secret_token', 'secret_token', w=2), P('initializer_rb', 'secret_token', 'secret_key_base')], w=0.6),
    K('rails_master_key', 'rails', lambda r: rhex(r, 32), 'rails', ['RAILS_MASTER_KEY'],
      [P('keyfile', 'master', None, vague=True, w=0.6)], vague_env=['MASTER_KEY'], w=1.1),
    K('rails_credentials_key', 'rails', lambda r: rhex(r, 32), 'rails', ['RAILS_MASTER_KEY', 'RAILS_PRODUCTION_KEY'],
      [P('keyfile', 'production', None, vague=True, w=0.6)], w=0.7),
    K('devise_secret_key', 'devise', lambda r: rhex(r, 128), 'rails', ['DEVISE_SECRET_KEY'],
      [P('initializer_rb', 'devise', 'secret_key', w=3), P('credentials_yml', 'devise', 'secret_key', vague=True)]),
    K('devise_pepper', 'devise', lambda r: rhex(r, 128), 'rails', ['DEVISE_PEPPER', 'PASSWORD_PEPPER'],
      [P('initializer_rb', 'devise', 'pepper', w=3), P('credentials_yml', 'devise', 'pepper', vague=True)], w=0.8),
    K('rails_db_password', 'rails', db_pw, 'rails', ['DATABASE_PASSWORD', '%s_DATABASE_PASSWORD'],
      [P('database_yml', 'production', 'password', w=3), P('database_yml', 'staging', 'password'),
       P('credentials_yml', 'db', 'password', vague=True)], wrap=('DATABASE_URL', w_pg), w=1.3),
    K('rails_smtp_password', 'rails', db_pw, 'rails', ['SMTP_PASSWORD'],
      [P('env_rb', 'smtp', 'password', vague=True, w=2), P('credentials_yml', 'smtp', 'password', vague=True)]),
    K('ar_encryption_primary_key', 'rails', lambda r: rs(r, B62, 32), 'rails', ['ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY'],
      [P('credentials_yml', 'are', 'primary_key', vague=True, w=2), P('initializer_rb', 'are', 'primary_key'), P('env_rb', 'are', 'primary_key')], w=0.7),
    K('ar_encryption_deterministic_key', 'rails', lambda r: rs(r, B62, 32), 'rails', ['ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY'],
      [P('credentials_yml', 'are', 'deterministic_key', vague=True, w=2), P('initializer_rb', 'are', 'deterministic_key')], w=0.5),
    K('ar_encryption_key_derivation_salt', 'rails', lambda r: rs(r, B62, 32), 'rails', ['ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT'],
      [P('credentials_yml', 'are', 'key_derivation_salt', w=2), P('initializer_rb', 'are', 'key_derivation_salt')], w=0.5),
    K('rails_admin_seed_password', 'rails', human_pw, 'rails', ['ADMIN_PASSWORD', 'SEED_ADMIN_PASSWORD'],
      [P('seeds_rb', None, 'password', w=3)]),
    K('lockbox_master_key', 'lockbox', lambda r: rhex(r, 64), 'rails', ['LOCKBOX_MASTER_KEY'],
      [P('initializer_rb', 'lockbox', 'master_key', w=2)], w=0.6),
    K('rails_signing_secret', 'rails', g_hmac, 'rails', ['URL_SIGNING_SECRET'],
      [P('initializer_rb', 'generic', 'secret', vague=True, w=2), P('rb_spec', None, 'secret', vague=True)], w=0.7),
    # Phoenix / Elixir
    K('phoenix_secret_key_base', 'phoenix', lambda r: rs(r, B62 + '+/', 64), 'phoenix', ['SECRET_KEY_BASE'],
      [P('exs', 'endpoint', 'secret_key_base', w=4)], w=1.5),
    K('guardian_secret_key', 'guardian', lambda r: rs(r, B62 + '+/', 64), 'phoenix', ['GUARDIAN_SECRET_KEY'],
      [P('exs', 'guardian', 'secret_key', w=3)], w=0.7),
    K('ecto_db_password', 'phoenix', db_pw, 'phoenix', ['DATABASE_PASSWORD'],
      [P('exs', 'repo', 'password', w=3)], wrap=('DATABASE_URL', w_ecto)),
    # Laravel / Symfony / WordPress / Drupal
    K('laravel_app_key', 'laravel', lambda r: 'base64:' + rb64(r, 32), 'laravel', ['APP_KEY'],
      [P('laravel_config', 'app_key', 'key')], w=1.6),
    K('laravel_db_password', 'laravel', db_pw, 'laravel', ['DB_PASSWORD'], [P('laravel_config', 'db', 'password', vague=True)]),
    K('laravel_mail_password', 'laravel', db_pw, 'laravel', ['MAIL_PASSWORD'], [P('laravel_config', 'mail', 'password', vague=True)], w=0.8),
    K('laravel_jwt_secret', 'tymon/jwt-auth', lambda r: rs(r, B62, 64), 'laravel', ['JWT_SECRET'], [P('laravel_config', 'jwt', 'secret', vague=True)], w=0.8),
    K('laravel_reverb_app_secret', 'laravel-reverb', lambda r: rs(r, LOWALNUM, 20), 'laravel', ['REVERB_APP_SECRET'],
      [P('laravel_config', 'reverb', 'secret', vague=True)], w=0.6),
    K('laravel_passport_client_secret', 'laravel-passport', lambda r: rs(r, B62, 40), 'laravel', ['PASSPORT_PERSONAL_ACCESS_CLIENT_SECRET'],
      [P('laravel_config', 'passport', 'secret', vague=True)], w=0.5),
    K('symfony_app_secret', 'symfony', lambda r: rhex(r, 32), 'symfony', ['APP_SECRET'],
      [P('symfony_yaml', 'framework', 'secret', vague=True)], w=1.3),
    K('lexik_jwt_passphrase', 'lexik-jwt', lambda r: rhex(r, 32) if r.random() < 0.5 else rhex(r, 64), 'symfony', ['JWT_PASSPHRASE'],
      [P('symfony_yaml', 'lexik', 'pass_phrase')], w=0.6),
] + [_wp(n) for n in WP_SALTS] + [
    K('wp_db_password', 'wordpress', db_pw, 'wordpress', ['WORDPRESS_DB_PASSWORD', 'DB_PASSWORD'], [P('wp_config', 'DB_PASSWORD', 'DB_PASSWORD', w=3)]),
    K('drupal_hash_salt', 'drupal', lambda r: b64u(r.randbytes(55)), 'drupal', ['DRUPAL_HASH_SALT'], [P('drupal_settings', 'hash_salt', 'hash_salt', w=3)]),
    K('drupal_db_password', 'drupal', db_pw, 'drupal', ['DRUPAL_DATABASE_PASSWORD'], [P('drupal_settings', 'db', 'password', vague=True, w=3)], w=0.7),
    # Node / JS
    K('express_session_secret', 'express-session', lambda r: r.choice([rhex(r, 64), rs(r, B62, 32), rb64(r, 32)]), 'node', ['SESSION_SECRET'],
      [P('express', 'session', 'secret', vague=True, w=3)], w=1.3),
    K('cookie_parser_secret', 'cookie-parser', lambda r: rs(r, B62, 32), 'node', ['COOKIE_SECRET'], [P('express', 'cookieparser', None, vague=True, w=2)], w=0.7),
    K('koa_app_key', 'koa', lambda r: rs(r, B62, 32) if r.random() < 0.5 else rhex(r, 48), 'node', ['KOA_KEYS', 'APP_KEYS'], [P('koa', None, None, vague=True, w=3)], w=0.6),
    K('jwt_secret_hex', 'jsonwebtoken', lambda r: rhex(r, r.choice([64, 128])), 'node', ['JWT_SECRET', 'ACCESS_TOKEN_SECRET', 'JWT_SIGNING_KEY'],
      [P('express', 'jwt_const', 'JWT_SECRET', w=2), P('express', 'jwt_const', 'SECRET', vague=True)], w=1.2),
    K('jwt_secret_base64', 'jwt', lambda r: rb64(r, r.choice([32, 64])), 'spring', ['JWT_SECRET', 'JWT_KEY'],
      [P('spring', 'jwt', 'secret', vague=True, w=2), P('appsettings', 'jwt', 'Key', vague=True, w=2)], w=1.2),
    K('jwt_secret_string', 'jsonwebtoken', lambda r: rs(r, B62 + '-_', r.choice([40, 48, 64])), 'node', ['JWT_SECRET', 'TOKEN_SECRET'],
      [P('express', 'jwt_sign', None, vague=True, w=2), P('js_script', 'test', 'SECRET', vague=True)], w=1.0),
    K('nextauth_secret', 'next-auth', lambda r: rb64(r, 32), 'next', ['NEXTAUTH_SECRET'], [P('nextauth', 'secret', 'secret', vague=True, w=1.5), P('next_config', None, 'NEXTAUTH_SECRET')], w=1.3),
    K('authjs_secret', 'auth.js', lambda r: rb64(r, 32), 'next', ['AUTH_SECRET'], [P('nextauth', 'secret', 'secret', vague=True)], w=1.0),
    K('better_auth_secret', 'better-auth', lambda r: rb64(r, 32) if r.random() < 0.5 else rs(r, B62, 32), 'next', ['BETTER_AUTH_SECRET'],
      [P('nextauth', 'betterauth', 'secret', vague=True)], w=0.6),
    K('iron_session_password', 'iron-session', lambda r: rs(r, B62, r.choice([32, 40, 48])), 'next', ['SECRET_COOKIE_PASSWORD', 'IRON_SESSION_PASSWORD'],
      [P('nextauth', 'iron', 'password', vague=True, w=2)], w=0.6),
    K('nuxt_session_password', 'nuxt-auth-utils', lambda r: rs(r, B62, 32), 'node', ['NUXT_SESSION_PASSWORD'], [P('nuxt_config', 'session', 'password', vague=True, w=2)], w=0.6),
    K('payload_secret', 'payload-cms', lambda r: rhex(r, 48), 'next', ['PAYLOAD_SECRET'], [P('nextauth', 'payload', 'secret', vague=True, w=2)], w=0.5),
    K('strapi_app_keys', 'strapi', lambda r: ','.join(rb64(r, 16) for _ in range(4)), 'strapi', ['APP_KEYS'], [P('strapi', 'keys', 'keys', w=2)], w=0.9),
    K('strapi_api_token_salt', 'strapi', lambda r: rb64(r, 16), 'strapi', ['API_TOKEN_SALT'], [P('strapi', 'apiTokenSalt', 'salt', vague=True, w=2)], w=0.7),
    K('strapi_admin_jwt_secret', 'strapi', lambda r: rb64(r, 16), 'strapi', ['ADMIN_JWT_SECRET'], [P('strapi', 'adminjwt', 'secret', vague=True, w=2)], w=0.7),
    K('strapi_jwt_secret', 'strapi', lambda r: rb64(r, 16), 'strapi', ['JWT_SECRET'], [P('strapi', 'jwt', 'jwtSecret', w=2)], w=0.6),
    K('strapi_transfer_token_salt', 'strapi', lambda r: rb64(r, 16), 'strapi', ['TRANSFER_TOKEN_SALT'], [P('strapi', 'transfer', 'salt', vague=True, w=2)], w=0.5),
    K('ghost_admin_api_key', 'ghost', lambda r: rhex(r, 24) + ':' + rhex(r, 64), 'ghost', ['GHOST_ADMIN_API_KEY'], [P('js_script', 'ghost', 'key', vague=True, w=2)], w=0.7),
    K('ghost_db_password', 'ghost', db_pw, 'ghost', ['database__connection__password'], [P('ghost_config', 'db', 'password', vague=True, w=2)], w=0.6),
    K('ghost_mail_password', 'ghost', db_pw, 'ghost', ['mail__options__auth__pass'], [P('ghost_config', 'mail', 'pass', vague=True, w=2)], w=0.4),
    K('nodemailer_smtp_password', 'nodemailer', db_pw, 'node', ['SMTP_PASS', 'SMTP_PASSWORD'], [P('express', 'mailer', 'pass', vague=True, w=2)], w=0.7),
    # JVM / .NET
    K('spring_datasource_password', 'spring-boot', db_pw, 'spring', ['SPRING_DATASOURCE_PASSWORD', 'DB_PASSWORD'], [P('spring', 'datasource', 'password', vague=True, w=3)], w=1.2),
    K('spring_mail_password', 'spring-boot', db_pw, 'spring', ['SPRING_MAIL_PASSWORD'], [P('spring', 'mail', 'password', vague=True, w=3)], w=0.7),
    K('aspnet_machinekey_validationkey', 'asp.net', lambda r: rhex(r, 128, upper=True), 'dotnet', ['MACHINEKEY_VALIDATIONKEY'],
      [P('web_config', 'validationKey', 'validationKey', w=5)], w=0.9),
    K('aspnet_machinekey_decryptionkey', 'asp.net', lambda r: rhex(r, 64, upper=True), 'dotnet', ['MACHINEKEY_DECRYPTIONKEY'],
      [P('web_config', 'decryptionKey', 'decryptionKey', w=5)], w=0.7),
    K('aspnet_connection_string_password', 'asp.net', db_pw, 'dotnet', ['ConnectionStrings__DefaultConnection'],
      [P('appsettings', 'connstr', None, vague=True, w=2), P('web_config', 'connstr', None, vague=True, w=2)], envhosts=False),
    K('aspnet_data_protection_key', 'asp.net', lambda r: rb64(r, 32), 'dotnet', ['DataProtection__Key'],
      [P('appsettings', 'dataprotection', 'Key', vague=True, w=2), P('web_config', 'appsetting', 'DataProtectionKey')], w=0.5),
    # crypto keys in config
    K('aes256_key_hex', 'app-crypto', lambda r: rhex(r, 64), 'python', ['ENCRYPTION_KEY', 'DATA_ENCRYPTION_KEY', 'AES_KEY'],
      [P('py_module', 'aesgcm', None, vague=True), P('express', 'cipher', None, vague=True), P('settings_py', 'assign', 'ENCRYPTION_KEY')], w=1.0),
    K('aes_key_base64', 'app-crypto', lambda r: rb64(r, 32), 'spring', ['ENCRYPTION_KEY', 'FIELD_ENCRYPTION_KEY'],
      [P('spring', 'crypto', 'key', vague=True, w=2)], w=0.7),
    K('chacha20_key', 'app-crypto', lambda r: rb64(r, 32), 'python', ['CHACHA_KEY', 'TOKEN_ENCRYPTION_KEY', 'SODIUM_SECRET_KEY'],
      [P('py_module', 'chacha', None, vague=True, w=2)], w=0.6),
    K('hmac_signing_key', 'app-crypto', g_hmac, 'python', ['HMAC_SECRET', 'URL_SIGNING_KEY'],
      [P('py_module', 'hmac', None, vague=True), P('express', 'hmac', None, vague=True)], w=0.9),
    K('csrf_secret', 'csrf-csrf', lambda r: rs(r, B62, 32), 'node', ['CSRF_SECRET'], [P('express', 'csrf', None, vague=True, w=2)], w=0.5),
    K('bcrypt_pepper', 'app-crypto', lambda r: rhex(r, 64), 'django', ['PASSWORD_PEPPER', 'BCRYPT_PEPPER'], [P('settings_py', 'assign', 'PASSWORD_PEPPER')], w=0.5),
    K('vapid_private_key', 'web-push', lambda r: b64u(r.randbytes(32)), 'node', ['VAPID_PRIVATE_KEY'], [P('express', 'vapid', None, vague=True, w=2)], w=0.6),
    # webhook signing
    K('stripe_webhook_secret', 'stripe', g_stripe, 'django', ['STRIPE_WEBHOOK_SECRET', 'STRIPE_ENDPOINT_SECRET'],
      [P('express', 'stripe', None, vague=True), P('py_module', 'stripe', 'STRIPE_WEBHOOK_SECRET'), P('initializer_rb', 'stripe', 'signing_secret'),
       P('py_test', None, 'WEBHOOK_SECRET')], w=1.3),
    K('github_webhook_secret', 'github', g_webhook_generic, 'node', ['GITHUB_WEBHOOK_SECRET', 'WEBHOOK_SECRET'],
      [P('express', 'ghwebhook', 'secret', vague=True), P('py_module', 'assign', 'GITHUB_WEBHOOK_SECRET'), P('js_script', 'test', 'WEBHOOK_SECRET')], w=1.0),
    K('slack_signing_secret', 'slack', lambda r: rhex(r, 32), 'node', ['SLACK_SIGNING_SECRET'],
      [P('express', 'slackbolt', 'signingSecret'), P('py_module', 'slack', 'signing_secret')], w=1.0),
    K('svix_webhook_secret', 'svix', lambda r: 'whsec_' + rb64(r, 24), 'next', ['SVIX_WEBHOOK_SECRET', 'CLERK_WEBHOOK_SECRET'],
      [P('express', 'svix', None, vague=True, w=2)], w=0.8),
    K('shopify_api_secret', 'shopify', lambda r: 'shpss_' + rhex(r, 32), 'node', ['SHOPIFY_API_SECRET'], [P('express', 'shopify', 'apiSecretKey', w=2)], w=0.7),
    # OAuth / OIDC client secrets of the app's IdP
    K('keycloak_client_secret', 'keycloak', g_b62_or_uuid, 'spring', ['KEYCLOAK_CLIENT_SECRET', 'OIDC_CLIENT_SECRET'],
      [P('spring', 'oauth2', 'client-secret'), P('keycloak_json', None, 'secret', vague=True), P('nextauth', 'keycloak', 'clientSecret')], w=1.0),
    K('auth0_client_secret', 'auth0', lambda r: rs(r, B64URL, 64), 'next', ['AUTH0_CLIENT_SECRET'],
      [P('nextauth', 'auth0', 'clientSecret'), P('express', 'auth0', 'clientSecret'), P('appsettings', 'auth0', 'ClientSecret')], w=1.0),
    K('okta_client_secret', 'okta', lambda r: rs(r, B64URL, r.choice([40, 64])), 'spring', ['OKTA_OAUTH2_CLIENT_SECRET', 'OKTA_CLIENT_SECRET'],
      [P('spring', 'okta', 'client-secret'), P('appsettings', 'okta', 'ClientSecret')], w=0.8),
    K('google_oauth_client_secret', 'google', lambda r: 'GOCSPX-' + rs(r, B64URL, 28), 'next', ['GOOGLE_CLIENT_SECRET', 'AUTH_GOOGLE_SECRET'],
      [P('nextauth', 'google', 'clientSecret'), P('initializer_rb', 'omniauth', None, vague=True), P('laravel_config', 'google', 'client_secret'),
       P('appsettings', 'google', 'ClientSecret'), P('settings_py', 'assign', 'SOCIAL_AUTH_GOOGLE_OAUTH2_SECRET')], w=1.2),
    K('azure_ad_client_secret', 'azure-ad', g_azure, 'dotnet', ['AZURE_AD_CLIENT_SECRET', 'AZURE_CLIENT_SECRET', 'AzureAd__ClientSecret'],
      [P('appsettings', 'azuread', 'ClientSecret', w=2), P('nextauth', 'azure', 'clientSecret')], w=1.1),
    K('oauth2_proxy_cookie_secret', 'oauth2-proxy', lambda r: rb64(r, 32, url=True, pad=True), 'oauth2proxy', ['OAUTH2_PROXY_COOKIE_SECRET'],
      [P('oauth2_proxy_cfg', None, 'cookie_secret', w=2)], w=0.8),
    K('saml_sp_private_key', 'saml', g_rsa_pem, 'python', ['SAML_SP_PRIVATE_KEY', 'SAML_PRIVATE_KEY'],
      [P('pem_file', None, None, vague=True, w=3)], w=0.6),
    K('oidc_signing_private_key', 'oidc', g_ec_pem, 'node', ['OIDC_SIGNING_KEY', 'JWT_PRIVATE_KEY'],
      [P('pem_file', None, None, vague=True, w=2)], w=0.6),
    # infra the app owns
    K('redis_password', 'redis', db_pw, 'rails', ['REDIS_PASSWORD'],
      [P('settings_py', 'CACHES', None, vague=True), P('spring', 'redis', 'password', vague=True), P('laravel_config', 'redis', 'password', vague=True)],
      wrap=('REDIS_URL', w_redis), w=1.0),
    K('vault_dev_root_token', 'hashicorp-vault', g_vault, 'ops', ['VAULT_DEV_ROOT_TOKEN_ID', 'VAULT_TOKEN'], [], w=0.8),
]

KIND_BY = {k['kind']: k for k in KINDS}


# ---------------------------------------------------------------------------
# special negative files (look-alikes that are not secrets)
# ---------------------------------------------------------------------------
def wrap_lines(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def n_rails_enc(c):
    r = c.r
    s = b64(r.randbytes(r.randint(180, 900))) + '--' + b64(r.randbytes(12)) + '--' + b64(r.randbytes(16))
    return r.choice(['config/credentials.yml.enc', 'config/credentials/production.yml.enc']), s, 'rails-credentials.yml.enc', 'rails', 'rails_encrypted_credentials'


def ansible_vault_blob(r, indent=''):
    inner = r.randbytes(32).hex() + '\n' + r.randbytes(32).hex() + '\n' + r.randbytes(16 * r.randint(2, 12)).hex()
    hx = inner.encode().hex()
    return [indent + '$ANSIBLE_VAULT;1.1;AES256'] + [indent + l for l in wrap_lines(hx, 80)]


def n_ansible_vault_file(c):
    r = c.r
    return r.choice(['group_vars/production/vault.yml', 'inventories/prod/group_vars/all/vault.yml', 'host_vars/web1/vault.yml']), \
        '\n'.join(ansible_vault_blob(r)) + '\n', 'ansible-vault', 'ansible', 'ansible_vault_file'


def n_ansible_inline(c):
    r = c.r
    names = r.sample(['vault_secret_key_base', 'vault_django_secret_key', 'vault_db_password', 'vault_smtp_password', 'vault_app_key'], 2)
    lines = ['---', '%s_user: %s' % (c.app_, c.app_), '%s_domain: %s' % (c.app_, c.domain), '']
    for n in names:
        lines.append('%s: !vault |' % n)
        lines += ansible_vault_blob(r, '  ')
    lines += ['', 'secret_key_base: "{{ %s }}"' % names[0]]
    return 'group_vars/production/vars.yml', '\n'.join(lines) + '\n', 'ansible-vars', 'ansible', 'ansible_vault_inline'


def sops_enc(r, n, typ='str'):
    return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]' % (b64(r.randbytes(n)), b64(r.randbytes(32)), b64(r.randbytes(16)), typ)


def age_recipient(r):
    return bech32('age', r.randbytes(32))


def sops_meta_yaml(r):
    armor = b64(r.randbytes(200))
    return ['sops:', '    kms: []', '    gcp_kms: []', '    azure_kv: []', '    hc_vault: []', '    age:',
            '        - recipient: %s' % age_recipient(r), '          enc: |', '            -----BEGIN AGE ENCRYPTED FILE-----'] + \
        ['            ' + l for l in wrap_lines(armor, 64)] + ['            -----END AGE ENCRYPTED FILE-----',
                                                             '    lastmodified: "2024-%02d-%02dT%02d:%02d:%02dZ"' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                                                             '    mac: %s' % sops_enc(r, 32), '    pgp: []', '    unencrypted_suffix: _unencrypted', '    version: 3.%d.%d' % (r.randint(7, 9), r.randint(0, 3))]


def n_sops_yaml(c):
    r = c.r
    keys = r.sample(['secret_key_base', 'database_password', 'smtp_password', 'stripe_webhook_secret', 'jwt_secret', 'app_key', 'session_secret'], 3)
    if r.random() < 0.5:
        lines = ['apiVersion: v1', 'kind: Secret', 'metadata:', '    name: %s-secrets' % c.app, '    namespace: %s' % c.app, 'type: Opaque', 'stringData:']
        lines += ['    %s: %s' % (k.upper(), sops_enc(r, r.choice([32, 64, 24, 128]))) for k in keys]
    else:
        lines = ['%s:' % c.app_] + ['    %s: %s' % (k, sops_enc(r, r.choice([32, 64, 24, 128]))) for k in keys]
        lines += ['    port_unencrypted: 8080']
    lines += sops_meta_yaml(r)
    return r.choice(['secrets/production.enc.yaml', 'deploy/secrets.sops.yaml', 'k8s/overlays/prod/secrets.enc.yaml']), '\n'.join(lines) + '\n', 'sops-yaml', 'sops', 'sops_encrypted'


def n_sops_env(c):
    r = c.r
    keys = r.sample(['SECRET_KEY_BASE', 'DJANGO_SECRET_KEY', 'DATABASE_PASSWORD', 'APP_KEY', 'NEXTAUTH_SECRET', 'JWT_SECRET', 'SESSION_SECRET'], 3)
    lines = ['%s=%s' % (k, sops_enc(r, r.choice([32, 44, 64, 128]))) for k in keys]
    lines += ['sops_age__list_0__map_recipient=%s' % age_recipient(r),
              'sops_lastmodified=2024-%02d-%02dT10:%02d:11Z' % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
              'sops_mac=%s' % sops_enc(r, 32), 'sops_unencrypted_suffix=_unencrypted', 'sops_version=3.8.1']
    return r.choice(['.env.production.enc', 'config/.env.prod.sops']), '\n'.join(lines) + '\n', 'sops-dotenv', 'sops', 'sops_encrypted'


def sealed_blob(r, n):
    head = b'\x02\x00' + bytes([r.randint(0x40, 0x7f)]) + r.randbytes(511)
    return b64(head + r.randbytes(n + 28))


def n_sealed(c):
    r = c.r
    keys = r.sample(['SECRET_KEY_BASE', 'DJANGO_SECRET_KEY', 'DATABASE_URL', 'APP_KEY', 'JWT_SECRET', 'SESSION_SECRET'], r.randint(1, 3))
    lines = ['apiVersion: bitnami.com/v1alpha1', 'kind: SealedSecret', 'metadata:', '  name: %s-secrets' % c.app, '  namespace: %s' % c.app,
             'spec:', '  encryptedData:']
    lines += ['    %s: %s' % (k, sealed_blob(r, r.choice([32, 50, 64, 128]))) for k in keys]
    lines += ['  template:', '    metadata:', '      name: %s-secrets' % c.app, '      namespace: %s' % c.app, '    type: Opaque']
    return r.choice(['k8s/sealed-secrets.yaml', 'deploy/%s-sealedsecret.yaml' % c.app]), '\n'.join(lines) + '\n', 'sealed-secret', 'sealed-secrets', 'sealed_secret_ciphertext'


def laravel_payload(r, n):
    d = {'iv': b64(r.randbytes(16)), 'value': b64(r.randbytes(n)), 'mac': r.randbytes(32).hex(), 'tag': ''}
    return b64(json.dumps(d, separators=(',', ':')).replace('/', '\\/').encode())


def n_laravel_enc(c):
    r = c.r
    return r.choice(['.env.production.encrypted', '.env.staging.encrypted']), laravel_payload(r, 16 * r.randint(40, 90)), 'laravel-env-encrypted', 'laravel', 'laravel_encrypted_env'


def n_kms(c):
    r = c.r
    blob = b64(b'\x01\x02\x02\x00\x78' + r.randbytes(r.randint(150, 220)))
    lines = ['import base64', 'import os', '', 'import boto3', '', '_kms = boto3.client("kms", region_name="eu-west-1")', '', '',
             'def _decrypt(blob: str) -> str:', '    return _kms.decrypt(CiphertextBlob=base64.b64decode(blob))["Plaintext"].decode()', '', '',
             '# Encrypted with alias/%s-prod; safe to commit.' % c.app, 'SECRET_KEY = _decrypt(', '    "%s"' % blob, ')', '',
             'DEBUG = False', 'ALLOWED_HOSTS = ["%s"]' % c.domain]
    return '%s/settings/production.py' % c.app_, '\n'.join(lines) + '\n', 'settings.py', 'aws-kms', 'kms_ciphertext'


def n_vault_transit(c):
    r = c.r
    rows = []
    for i in range(r.randint(2, 4)):
        rows += ['%s_%d:' % (r.choice(['patient', 'customer', 'member']), i + 1), '  id: %d' % (i + 1),
                 '  email: %s.%s@example.com' % (r.choice(FIRST).lower(), r.choice(WORDS)),
                 '  ssn_ciphertext: "vault:v1:%s"' % b64(r.randbytes(r.randint(28, 48))), '']
    return r.choice(['test/fixtures/patients.yml', 'spec/fixtures/customers.yml']), '\n'.join(rows) + '\n', 'rails-fixture.yml', 'hashicorp-vault', 'vault_transit_ciphertext'


def n_django_fixture(c):
    r = c.r
    objs = []
    for i in range(r.randint(2, 4)):
        h = pbkdf2_hash(r) if r.random() < 0.7 else 'argon2' + argon2_hash(r)
        objs.append({'model': 'auth.user', 'pk': i + 1, 'fields': {'password': h, 'last_login': None, 'is_superuser': i == 0,
                                                                   'username': r.choice(FIRST).lower() + str(i), 'email': 'user%d@example.com' % (i + 1),
                                                                   'is_staff': i == 0, 'is_active': True, 'date_joined': '2024-01-0%dT09:00:00Z' % (i + 1)}})
    return r.choice(['%s/fixtures/users.json' % c.app_, 'fixtures/initial_users.json']), json.dumps(objs, indent=2) + '\n', 'django-fixture.json', 'django', 'password_hash'


def n_seeds_hash(c):
    r = c.r
    lines = ['# Seed users with pre-hashed passwords (plaintext lives in 1Password "%s seed users")' % c.App, '']
    for i in range(r.randint(2, 3)):
        lines += ['User.find_or_create_by!(email: "%s@%s") do |u|' % (r.choice(['admin', 'editor', 'viewer', 'qa']), c.domain),
                  '  u.encrypted_password = "%s"' % bcrypt_hash(r, '$2a$', r.choice([11, 12])), '  u.confirmed_at = Time.current', 'end', '']
    return 'db/seeds.rb', '\n'.join(lines) + '\n', 'seeds.rb', 'devise', 'password_hash'


def n_laravel_seeder(c):
    r = c.r
    lines = ['<?php', '', 'namespace Database\\Seeders;', '', 'use App\\Models\\User;', 'use Illuminate\\Database\\Seeder;', '',
             'class AdminSeeder extends Seeder', '{', '    public function run(): void', '    {', '        User::updateOrCreate(',
             "            ['email' => 'admin@%s']," % c.domain, '            [', "                'name' => 'Administrator',",
             "                'password' => '%s'," % bcrypt_hash(r, '$2y$', r.choice([10, 12])), "                'email_verified_at' => now(),",
             '            ]', '        );', '    }', '}']
    return 'database/seeders/AdminSeeder.php', '\n'.join(lines) + '\n', 'laravel-seeder.php', 'laravel', 'password_hash'


def n_wp_sql(c):
    r = c.r
    lines = ['-- WordPress users export (%s staging)' % c.App, 'LOCK TABLES `wp_users` WRITE;', 'INSERT INTO `wp_users` VALUES']
    rows = []
    for i in range(r.randint(2, 4)):
        h = phpass_hash(r) if r.random() < 0.6 else '$wp' + bcrypt_hash(r, '$2y$', 10)
        nm = r.choice(FIRST).lower()
        rows.append("(%d,'%s','%s','%s','%s@example.org','','2023-0%d-11 10:22:01','',0,'%s')" % (i + 1, nm, h, nm, nm, r.randint(1, 9), nm.capitalize()))
    lines.append(',\n'.join(rows) + ';')
    lines += ['UNLOCK TABLES;']
    return r.choice(['db/wp_users.sql', 'backup/users-staging.sql']), '\n'.join(lines) + '\n', 'sql-dump', 'wordpress', 'password_hash'


def n_phx_seeds(c):
    r = c.r
    lines = ['# Script for populating the database. You can run it as:', '#', '#     mix run priv/repo/seeds.exs', '',
             'alias %s.Repo' % c.App, 'alias %s.Accounts.User' % c.App, '',
             'Repo.insert!(%User{', '  email: "admin@%s",' % c.domain, '  hashed_password: "%s",' % (argon2_hash(r) if r.random() < 0.5 else bcrypt_hash(r)),
             '  confirmed_at: ~U[2024-01-01 00:00:00Z]', '})']
    return 'priv/repo/seeds.exs', '\n'.join(lines) + '\n', 'seeds.exs', 'phoenix', 'password_hash'


def n_public_pem(c):
    r = c.r
    if r.random() < 0.5:
        p = rsa_public_pem(rsa_key(r, 2048))
    else:
        p = ec_public_pem(ec_key(r))
    return r.choice(['config/jwt/public.pem', 'keys/oidc-public.pem', 'config/saml/idp-public.pem']), p + '\n', 'pem-public-key', 'jwt', 'public_key'


def n_jwks(c):
    r = c.r
    keys = []
    if r.random() < 0.6:
        k = rsa_key(r, 2048)
        keys.append({'kty': 'RSA', 'use': 'sig', 'alg': 'RS256', 'kid': rs(r, B64URL, 22), 'n': b64u(k['n'].to_bytes(256, 'big')), 'e': 'AQAB'})
    k = ec_key(r)
    keys.append({'kty': 'EC', 'use': 'sig', 'alg': 'ES256', 'kid': rhex(r, 16), 'crv': 'P-256',
                 'x': b64u(k['x'].to_bytes(32, 'big')), 'y': b64u(k['y'].to_bytes(32, 'big'))})
    return r.choice(['public/.well-known/jwks.json', 'static/jwks.json', 'test/fixtures/jwks.json']), json.dumps({'keys': keys}, indent=2) + '\n', 'jwks.json', 'oidc', 'public_jwk'


def n_csrf_html(c):
    r = c.r
    if r.random() < 0.5:
        tok, name = rs(r, B62, 64), 'csrfmiddlewaretoken'
        path = r.choice(['tests/fixtures/login_page.html', '%s/tests/snapshots/signup_form.html' % c.app_])
    else:
        tok, name = rb64(r, 64, url=True, pad=False), 'authenticity_token'
        path = r.choice(['spec/fixtures/files/sign_in.html', 'test/fixtures/files/new_session.html'])
    lines = ['<!DOCTYPE html>', '<html lang="en">', '<head>', '  <meta charset="utf-8">', '  <title>Sign in | %s</title>' % c.App]
    if name == 'authenticity_token':
        lines += ['  <meta name="csrf-param" content="authenticity_token" />', '  <meta name="csrf-token" content="%s" />' % rb64(r, 64, url=True, pad=False)]
    lines += ['</head>', '<body>', '  <form action="/%s" method="post">' % ('users/sign_in' if name == 'authenticity_token' else 'accounts/login/'),
              '    <input type="hidden" name="%s" value="%s">' % (name, tok), '    <label for="email">Email</label>',
              '    <input type="email" name="email" id="email" autocomplete="username">', '    <label for="password">Password</label>',
              '    <input type="password" name="password" id="password" autocomplete="current-password">',
              '    <button type="submit">Sign in</button>', '  </form>', '</body>', '</html>']
    return path, '\n'.join(lines) + '\n', 'html-fixture', 'django' if name == 'csrfmiddlewaretoken' else 'rails', 'csrf_token_fixture'


def n_session_log(c):
    r = c.r
    lines = []
    for i in range(r.randint(3, 5)):
        ip = '127.0.0.1'
        lines += ['Started POST "/users/sign_in" for %s at 2024-03-%02d 10:%02d:%02d +0000' % (ip, r.randint(1, 28), r.randint(0, 59), r.randint(0, 59)),
                  'Processing by Users::SessionsController#create as HTML',
                  '  Parameters: {"authenticity_token"=>"[FILTERED]", "user"=>{"email"=>"qa%d@example.com", "password"=>"[FILTERED]"}, "commit"=>"Log in"}' % i,
                  '  Set-Cookie: _%s_session=%s--%s; path=/; httponly; samesite=lax' % (c.app_, rb64(r, 96), rb64(r, 16).rstrip('=')),
                  'Redirected to http://www.example.com/dashboard', 'Completed 303 See Other in %dms (ActiveRecord: 1.%dms)' % (r.randint(5, 90), r.randint(0, 9)), '']
    return r.choice(['log/test.log.sample', 'spec/fixtures/files/request.log', 'docs/debug/session-trace.log']), '\n'.join(lines) + '\n', 'log', 'rails', 'session_id_in_log'


def n_asset_manifest(c):
    r = c.r
    k = r.randrange(4)
    if k == 0:
        files = {}
        assets = {}
        for n in ['application', 'admin', 'charts']:
            d = r.randbytes(32).hex()
            fn = '%s-%s.js' % (n, d)
            files[fn] = {'logical_path': n + '.js', 'mtime': '2024-03-11T09:45:12+00:00', 'size': r.randint(2000, 90000), 'digest': d,
                         'integrity': 'sha256-' + b64(r.randbytes(32))}
            assets[n + '.js'] = fn
        return 'public/assets/.sprockets-manifest-%s.json' % r.randbytes(16).hex(), json.dumps({'files': files, 'assets': assets}, indent=1) + '\n', 'asset-manifest', 'rails', 'asset_digest'
    if k == 1:
        paths = {p: p.replace('.', '.%s.' % r.randbytes(6).hex(), 1) for p in ['css/app.css', 'js/app.js', 'img/logo.svg', 'admin/css/base.css']}
        return 'staticfiles/staticfiles.json', json.dumps({'paths': paths, 'version': '1.1', 'hash': r.randbytes(6).hex()}, indent=2) + '\n', 'asset-manifest', 'django', 'asset_digest'
    if k == 2:
        m = {'/js/app.js': '/js/app.js?id=%s' % r.randbytes(16).hex(), '/css/app.css': '/css/app.css?id=%s' % r.randbytes(16).hex()}
        return 'public/mix-manifest.json', json.dumps(m, indent=4) + '\n', 'asset-manifest', 'laravel', 'asset_digest'
    m = {'src/main.ts': {'file': 'assets/main-%s.js' % rs(r, B64URL, 8), 'src': 'src/main.ts', 'isEntry': True,
                         'css': ['assets/main-%s.css' % rs(r, B64URL, 8)]}}
    return 'public/build/.vite/manifest.json', json.dumps(m, indent=2) + '\n', 'asset-manifest', 'vite', 'asset_digest'


def n_alembic(c):
    r = c.r
    rev, down = r.randbytes(6).hex(), r.randbytes(6).hex()
    lines = ['"""add api_tokens table', '', 'Revision ID: %s' % rev, 'Revises: %s' % down, 'Create Date: 2024-0%d-1%d 09:12:44.%06d' % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 999999)), '', '"""',
             'from alembic import op', 'import sqlalchemy as sa', '', '# revision identifiers, used by Alembic.', "revision = '%s'" % rev,
             "down_revision = '%s'" % down, 'branch_labels = None', 'depends_on = None', '', '', 'def upgrade():',
             "    op.create_table('api_tokens',", "        sa.Column('id', sa.Integer(), nullable=False),",
             "        sa.Column('token_digest', sa.String(length=64), nullable=False),", "        sa.PrimaryKeyConstraint('id'))", '', '',
             'def downgrade():', "    op.drop_table('api_tokens')"]
    return 'migrations/versions/%s_add_api_tokens_table.py' % rev, '\n'.join(lines) + '\n', 'alembic-migration', 'alembic', 'migration_hash'


def n_lockfile(c):
    r = c.r
    pk = {}
    for n, v in [('express-session', '1.18.0'), ('jsonwebtoken', '9.0.2'), ('cookie-signature', '1.0.7'), ('bcryptjs', '2.4.3')]:
        pk['node_modules/' + n] = {'version': v, 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (n, n, v),
                                   'integrity': 'sha512-' + b64(r.randbytes(64)), 'license': 'MIT'}
    tree = {'name': c.app, 'version': '1.0.0', 'lockfileVersion': 3, 'requires': True, 'packages': pk}
    return 'package-lock.json', json.dumps(tree, indent=2) + '\n', 'package-lock.json', 'npm', 'integrity_hash'


def n_client_ids(c):
    r = c.r
    k = r.randrange(3)
    if k == 0:
        tree = {'AzureAd': {'Instance': 'https://login.microsoftonline.com/', 'TenantId': ruuid(r), 'ClientId': ruuid(r),
                            'ClientCertificates': [{'SourceType': 'KeyVault', 'KeyVaultUrl': 'https://%s-kv.vault.azure.net' % c.app, 'KeyVaultCertificateName': '%s-auth' % c.app}],
                            'CallbackPath': '/signin-oidc'}, 'AllowedHosts': '*'}
        return 'appsettings.json', json.dumps(tree, indent=2) + '\n', 'appsettings.json', 'azure-ad', 'client_id'
    if k == 1:
        lines = ['# OAuth app registration (public identifiers only; secrets come from the vault)',
                 'GOOGLE_CLIENT_ID=%d-%s.apps.googleusercontent.com' % (r.randint(10 ** 11, 10 ** 12 - 1), rs(r, LOWALNUM, 32)),
                 'AUTH0_CLIENT_ID=%s' % rs(r, B62, 32), 'AUTH0_DOMAIN=%s.eu.auth0.com' % c.company,
                 'OKTA_CLIENT_ID=0oa%s' % rs(r, B62, 17), 'KEYCLOAK_CLIENT_ID=%s-web' % c.app, 'NEXTAUTH_URL=https://%s' % c.domain]
        return '.env.example', '\n'.join(lines) + '\n', 'dotenv', 'oauth', 'client_id'
    lines = ['VAPID_SUBJECT=mailto:ops@%s' % c.domain, 'VAPID_PUBLIC_KEY=%s' % b64u(ec_point(ec_key(r))), '# private key is injected by the platform',
             'PUSH_TTL=86400', 'NODE_ENV=production']
    return '.env.production', '\n'.join(lines) + '\n', 'dotenv', 'web-push', 'public_key'


def n_phoenix_salt(c):
    r = c.r
    lines = ['# This file is responsible for configuring your application', '# and its dependencies with the aid of the Config module.', 'import Config', '',
             'config :%s,' % c.app_, '  ecto_repos: [%s.Repo],' % c.App, '  generators: [timestamp_type: :utc_datetime]', '',
             '# Configures the endpoint', 'config :%s, %sWeb.Endpoint,' % (c.app_, c.App), '  url: [host: "localhost"],',
             '  adapter: Bandit.PhoenixAdapter,', '  render_errors: [', '    formats: [html: %sWeb.ErrorHTML, json: %sWeb.ErrorJSON],' % (c.App, c.App),
             '    layout: false', '  ],', '  pubsub_server: %s.PubSub,' % c.App, '  live_view: [signing_salt: "%s"]' % rs(r, B62, 8), '',
             'config :%s, %sWeb.Endpoint, session: [store: :cookie, key: "_%s_key", signing_salt: "%s", same_site: "Lax"]' % (c.app_, c.App, c.app_, rs(r, B62, 8)), '',
             'config :logger, :console,', '  format: "$time $metadata[$level] $message\\n",', '  metadata: [:request_id]', '',
             'import_config "#{config_env()}.exs"']
    return 'config/config.exs', '\n'.join(lines) + '\n', 'config.exs', 'phoenix', 'signing_salt'


def n_test_vectors(c):
    r = c.r
    key = bytes([0x0b] * 20)
    mac = hmac.new(key, b'Hi There', hashlib.sha256).hexdigest()
    key2 = b'Jefe'
    mac2 = hmac.new(key2, b'what do ya want for nothing?', hashlib.sha256).hexdigest()
    lines = ['"""Known-answer tests for our signing helpers (RFC 4231 test cases)."""', 'import pytest', '',
             'from %s.signing import hmac_sha256' % c.app_, '', 'VECTORS = [', '    # RFC 4231 test case 1',
             '    ("%s", b"Hi There", "%s"),' % (key.hex(), mac), '    # RFC 4231 test case 2', '    (b"Jefe".hex(), b"what do ya want for nothing?", "%s"),' % mac2, ']', '', '',
             '@pytest.mark.parametrize("key_hex,msg,expected", VECTORS)', 'def test_rfc4231(key_hex, msg, expected):',
             '    assert hmac_sha256(bytes.fromhex(key_hex), msg).hex() == expected']
    return 'tests/test_signing_vectors.py', '\n'.join(lines) + '\n', 'test.py', 'app-crypto', 'test_vector'


def n_keycloak_export(c):
    r = c.r
    clients = []
    for n in ['%s-web' % c.app, '%s-backend' % c.app]:
        clients.append({'id': ruuid(r), 'clientId': n, 'enabled': True, 'clientAuthenticatorType': 'client-secret', 'secret': '**********',
                        'redirectUris': ['https://%s/*' % c.domain], 'publicClient': n.endswith('-web'), 'protocol': 'openid-connect'})
    tree = {'id': ruuid(r), 'realm': c.company, 'enabled': True, 'sslRequired': 'external', 'clients': clients}
    return r.choice(['keycloak/realm-export.json', 'docker/keycloak/import/realm.json']), json.dumps(tree, indent=2) + '\n', 'keycloak-realm.json', 'keycloak', 'masked_secret'


def n_image_digests(c):
    r = c.r
    lines = ['services:', '  web:', '    image: ghcr.io/%s/%s@sha256:%s' % (c.company, c.app, r.randbytes(32).hex()),
             '    environment:', '      GIT_SHA: %s' % r.randbytes(20).hex(), '      RELEASE: "%s"' % r.randbytes(4).hex()[:7],
             '  db:', '    image: postgres@sha256:%s' % r.randbytes(32).hex(), '  cache:', '    image: redis:7-alpine@sha256:%s' % r.randbytes(32).hex()]
    return 'docker-compose.pinned.yml', '\n'.join(lines) + '\n', 'docker-compose', 'docker', 'image_digest'


def n_webhook_fixture(c):
    r = c.r
    body = {'ref': 'refs/heads/main', 'after': r.randbytes(20).hex(), 'before': r.randbytes(20).hex(),
            'repository': {'full_name': '%s/%s' % (c.company, c.app)}}
    tree = {'headers': {'X-GitHub-Event': 'push', 'X-GitHub-Delivery': ruuid(r), 'X-Hub-Signature-256': 'sha256=' + r.randbytes(32).hex()},
            'body': body}
    return r.choice(['test/fixtures/github_push.json', 'spec/fixtures/webhooks/push.json']), json.dumps(tree, indent=2) + '\n', 'webhook-fixture.json', 'github', 'signature_digest'


def n_ar_encrypted(c):
    r = c.r
    lines = []
    for i in range(r.randint(2, 3)):
        payload = json.dumps({'p': b64(r.randbytes(r.randint(12, 40))), 'h': {'iv': b64(r.randbytes(12)), 'at': b64(r.randbytes(16))}}, separators=(',', ':'))
        lines += ['user_%d:' % (i + 1), '  email: user%d@example.com' % (i + 1), "  otp_secret: '%s'" % payload, '']
    return 'test/fixtures/users.yml', '\n'.join(lines) + '\n', 'rails-fixture.yml', 'rails', 'ar_encrypted_attribute'


def n_cache_keys(c):
    r = c.r
    lines = []
    for i in range(r.randint(4, 7)):
        lines.append('Read fragment views/products/%d-%s/%s (0.%dms)' % (r.randint(1, 900), '2024031%d09%04d000000' % (r.randint(0, 9), r.randint(0, 9999)), r.randbytes(16).hex(), r.randint(1, 9)))
        lines.append('Cache read: %s/etag/%s' % (c.app_, r.randbytes(20).hex()))
    return 'docs/perf/cache-trace.txt', '\n'.join(lines) + '\n', 'log', 'rails', 'cache_key'


SPECIAL_NEG = [(n_rails_enc, 2), (n_ansible_vault_file, 1.5), (n_ansible_inline, 1.5), (n_sops_yaml, 2), (n_sops_env, 1), (n_sealed, 2),
               (n_laravel_enc, 1), (n_kms, 1), (n_vault_transit, 0.8), (n_django_fixture, 1.5), (n_seeds_hash, 1.2), (n_laravel_seeder, 1),
               (n_wp_sql, 0.8), (n_phx_seeds, 0.8), (n_public_pem, 1.5), (n_jwks, 1.2), (n_csrf_html, 1.5), (n_session_log, 1),
               (n_asset_manifest, 1.2), (n_alembic, 1), (n_lockfile, 0.8), (n_client_ids, 1.5), (n_phoenix_salt, 1.5), (n_test_vectors, 1),
               (n_keycloak_export, 1), (n_image_digests, 0.8), (n_webhook_fixture, 1), (n_ar_encrypted, 0.8), (n_cache_keys, 0.6)]


# ---------------------------------------------------------------------------
# assembling samples
# ---------------------------------------------------------------------------
def wchoice(r, items, weights):
    return r.choices(items, weights=weights, k=1)[0]


def pick_env_host(r):
    names = list(ENV_HOSTS)
    return wchoice(r, names, [ENV_HOST_W[n] for n in names])


def make_item(r, c, ks, v, want_vague=None):
    """choose a placement for kind ks; returns (hostfn, item, hostname)."""
    use_env = ks['envhosts'] and (not ks['places'] or r.random() < 0.4)
    if use_env:
        host = pick_env_host(r)
        vague = r.random() < (0.3 if want_vague is None else (0.9 if want_vague else 0.0))
        name = r.choice(VAGUE_ENV + ks['vague_env']) if vague else r.choice(ks['env'])
        if '%s' in name:
            name = name % c.app_.upper()
        wrap = None
        if ks['wrap'] and r.random() < 0.45:
            name, wrap = ks['wrap']
            vague = False
        it = Item(ks['kind'], ks['prov'], v, name, None, name, vague, wrap)
        fn = ENV_HOSTS[host]
    else:
        pls = ks['places']
        pl = wchoice(r, pls, [p['w'] for p in pls])
        host = pl['host']
        env = ks['env'][0] % c.app_.upper() if '%s' in ks['env'][0] else ks['env'][0]
        it = Item(ks['kind'], ks['prov'], v, pl['name'] or '', pl['slot'], env, pl['vague'])
        fn = FW_HOSTS[host]
    it.fill = ks['fill']
    return fn, it, host


def locate(text, secret):
    if secret.startswith('-----BEGIN'):
        if text.count('-----BEGIN') != 1:
            return None
        s = text.index('-----BEGIN')
        e = text.index('-----END', s)
        e2 = text.index('-----', e + 8) + 5
        return text[s:e2]
    if text.count(secret) != 1:
        return None
    return secret


def build_positive(r, ks):
    for _ in range(200):
        c = Ctx(r)
        secret = ks['gen'](r)
        v = Val('lit', secret, pyprefix='b' if ks['kind'] == 'flask_secret_key_bytes' else '')
        fn, it, host = make_item(r, c, ks, v)
        try:
            path, text, ft = fn(c, it)
        except Incompat:
            continue
        needle = locate(text, secret)
        if needle is None:
            continue
        line = text[:text.index(needle)].count('\n') + 1
        return dict(path=path, text=text, filetype=ft, provider=ks['prov'], kind=ks['kind'], needle=needle, line=line,
                    vague=it.vague, host=host)
    raise RuntimeError('could not place ' + ks['kind'])


NEG_SLOT_MODES = [('env_reference', 0.42), ('placeholder', 0.25), ('masked', 0.13), ('runtime_generated', 0.20)]


def build_negative(r):
    if r.random() < 0.46:
        for _ in range(300):
            ks = wchoice(r, KINDS, [k['w'] for k in KINDS])
            mode = wchoice(r, [m for m, _ in NEG_SLOT_MODES], [w for _, w in NEG_SLOT_MODES])
            c = Ctx(r)
            if mode == 'env_reference':
                v = Val('ref', env=None)
            elif mode == 'placeholder':
                v = Val('lit', placeholder_for(r, ks['kind']))
            elif mode == 'masked':
                v = Val('lit', masked_for(r, ks['kind']))
            else:
                v = Val('rt', env=ks['kind'])
            fn, it, host = make_item(r, c, ks, v)
            if v.mode == 'ref':
                v.env = it.env if it.env and it.env[0].isalpha() else ks['env'][0]
                if it.slot is None and host in ENV_HOSTS:
                    v.env = it.name
            if host in ('keyfile', 'pem_file'):
                continue
            try:
                path, text, ft = fn(c, it)
            except Incompat:
                continue
            return dict(path=path, text=text, filetype=ft, provider=ks['prov'], kind='neg_' + mode)
        raise RuntimeError('negative slot failed')
    fn = wchoice(r, [f for f, _ in SPECIAL_NEG], [w for _, w in SPECIAL_NEG])
    c = Ctx(r)
    path, text, ft, prov, kind = fn(c)
    return dict(path=path, text=text, filetype=ft, provider=prov, kind='neg_' + kind)


def safe_rel(path):
    assert not path.startswith('/') and '..' not in path.split('/')
    return path


def main():
    if len(sys.argv) != 3:
        print(__doc__.split('NEEDLE')[0])
        print('usage: gen_m.py OUTDIR SEED', file=sys.stderr)
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    r = random.Random(seed)
    NPOS = NNEG = 500
    # balanced schedule of kinds: each kind gets a share by weight, order shuffled
    tot = sum(k['w'] for k in KINDS)
    sched = []
    for k in KINDS:
        sched += [k] * max(2, int(round(NPOS * k['w'] / tot)))
    r.shuffle(sched)
    while len(sched) < NPOS:
        sched.append(wchoice(r, KINDS, [k['w'] for k in KINDS]))
    sched = sched[:NPOS]
    # make sure every kind is present at least once
    present = {k['kind'] for k in sched}
    missing = [k for k in KINDS if k['kind'] not in present]
    for i, k in enumerate(missing):
        sched[i * 3] = k

    pos = [build_positive(r, ks) for ks in sched]
    neg = [build_negative(r) for _ in range(NNEG)]

    manifest, secrets = [], []
    for i, p in enumerate(pos):
        rel = 'pos/p%04d/%s' % (i + 1, safe_rel(p['path']))
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w', encoding='utf-8', newline='') as f:
            f.write(p['text'])
        manifest.append({'file': rel, 'label': 'positive', 'provider': p['provider'], 'kind': p['kind'], 'filetype': p['filetype']})
        secrets.append({'file': rel, 'needle': p['needle'], 'line': p['line']})
        p['rel'] = rel
    for i, n in enumerate(neg):
        rel = 'neg/n%04d/%s' % (i + 1, safe_rel(n['path']))
        full = os.path.join(out, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w', encoding='utf-8', newline='') as f:
            f.write(n['text'])
        manifest.append({'file': rel, 'label': 'negative', 'provider': n['provider'], 'kind': n['kind'], 'filetype': n['filetype']})
        n['rel'] = rel
    with open(os.path.join(out, 'manifest.jsonl'), 'w', encoding='utf-8') as f:
        for m in manifest:
            f.write(json.dumps(m) + '\n')
    with open(os.path.join(out, 'secrets.jsonl'), 'w', encoding='utf-8') as f:
        for s in secrets:
            f.write(json.dumps(s) + '\n')

    # ---------------- self-check ----------------
    errors = 0
    for s in secrets:
        with open(os.path.join(out, s['file']), encoding='utf-8', newline='') as f:
            text = f.read()
        idx = text.find(s['needle'])
        if idx < 0 or text[:idx].count('\n') + 1 != s['line']:
            print('SELF-CHECK FAIL needle/line:', s['file'], file=sys.stderr)
            errors += 1
        lines = text.split('\n')
        if not s['needle'].split('\n')[0] in lines[s['line'] - 1]:
            print('SELF-CHECK FAIL line content:', s['file'], file=sys.stderr)
            errors += 1
    needles = [s['needle'] for s in secrets]
    for n in neg:
        for nd in needles:
            if nd in n['text']:
                print('SELF-CHECK FAIL needle in negative:', n['rel'], file=sys.stderr)
                errors += 1
    short = [p['rel'] for p in pos if not (5 <= p['text'].count('\n') + (0 if p['text'].endswith('\n') else 1) <= 80)]

    def counts(rows, key):
        d = {}
        for x in rows:
            d[x[key]] = d.get(x[key], 0) + 1
        return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))

    pm = [m for m in manifest if m['label'] == 'positive']
    nm = [m for m in manifest if m['label'] == 'negative']
    print('seed %d: %d positives, %d negatives -> %s' % (seed, len(pm), len(nm), out))
    for lab, rows in (('positive', pm), ('negative', nm)):
        for key in ('provider', 'kind', 'filetype'):
            cs = counts(rows, key)
            print('\n[%s %s] %d distinct' % (lab, key, len(cs)))
            print('  ' + ', '.join('%s=%d' % kv for kv in cs))
    vague = sum(1 for p in pos if p['vague'])
    print('\npositives under non-descriptive names / positional args: %d (%.0f%%)' % (vague, 100.0 * vague / len(pos)))
    print('positives outside 5-80 lines (bare key files etc.): %d' % len(short))
    if errors:
        print('SELF-CHECK: %d errors' % errors, file=sys.stderr)
        sys.exit(1)
    print('SELF-CHECK: OK (every needle on its stated line; no needle in any negative)')


if __name__ == '__main__':
    main()
