#!/usr/bin/env python3
"""gen_e.py - blind evaluation-set generator for git pre-commit secret scanners.

Emphasis: credentials that live in WHOLE FILES or UNUSUAL FILE TYPES, plus innocent
files of the same types.

Usage:  python3 gen_e.py OUTDIR SEED        (standard library only, deterministic per SEED)

Writes
  OUTDIR/pos/pNNNN/<path>   400 positives, each holding exactly one credential
  OUTDIR/neg/nNNNN/<path>   600 negatives, look-alikes holding no credential
  OUTDIR/manifest.jsonl     {"file","label","provider","kind","filetype"} per case
  OUTDIR/secrets.jsonl      {"file","needle","line"} per positive
Needle conventions
  * text files: the exact secret string as it appears in the file, `line` is the 1-based
    line of its first occurrence.  For multi-line key blocks (PEM, OpenSSH, PPK, PGP) the
    needle is ONE base64 body line that carries private material (the scanner's report
    usually starts a few lines earlier, at the BEGIN line); for base64-wrapped blobs
    (kubeconfig client-key-data, k8s Secret data, docker "auth") it is the whole value.
  * binary files (.p12/.pfx/.jks/.jceks, UTF-16LE .reg): `line` is 0 and the needle is a
    lowercase HEX string; bytes.fromhex(needle) occurs verbatim in the file (16 bytes of
    key material, of the encrypted-key ciphertext/salt, or the UTF-16LE secret).
Deletes and rewrites OUTDIR/pos and OUTDIR/neg on every run; ends with a self-check
(needles present, lines right, counts, files exist, no negative matches any positive
pattern / marker / needle, at most one private-key block per positive case).

What is generated (positives; kinds are in the manifest)
  binary keystores : PKCS#12 with an unencrypted keyBag (valid HMAC-SHA256 MAC with a
                     random, unpublished password), PKCS#12 with a PBES2 pkcs8ShroudedKeyBag
                     (random ciphertext), JKS with a PrivateKeyEntry (key really protected
                     with Sun's JKS key protector and a valid "Mighty Aphrodite" integrity
                     digest under a random password), JCEKS PrivateKeyEntry (random 3DES ct).
  key files        : PuTTY .ppk v2/v3 (real MACs when unencrypted), OpenSSH new-format
                     (ed25519/rsa/ecdsa, plus bcrypt/aes256-ctr encrypted), PKCS#1, PKCS#8,
                     SEC1 EC, legacy Proc-Type encrypted and PKCS#8 encrypted PEM, Apple
                     AuthKey_*.p8, OpenPGP private key blocks (v4 Ed25519 + Cv25519).
                     Real RSA-2048 / P-256 / Ed25519 math (self-implemented), so the keys
                     parse with openssl / ssh-keygen / gpg.
  keys embedded    : GCP service-account JSON (also inside Android projects), JSON/YAML/
                     Helm/k8s Secret (stringData and base64 data), Terraform heredocs,
                     .env with \\n-escaped PEM, kubeconfig client-key-data, tfstate.
  dotfiles         : Rails config/master.key and config/credentials/<env>.key (next to the
                     .yml.enc), .git-credentials, .netrc/_netrc, .pgpass, .pypirc (PyPI
                     macaroon), .npmrc (_authToken / _auth), .yarnrc.yml, .docker/config.json
                     auths, kubeconfig token (SA JWT / bootstrap token), Terraform CLI
                     credentials, Maven settings.xml.
  data / artefacts : terraform.tfstate (aws_iam_access_key secret, random_password result,
                     sensitive output, tls_private_key), .tfvars, Jupyter notebooks (code cell
                     and stream outputs, JSON-escaped), MySQL dumps (one INSERT row carries
                     the key in a column named for it), CSV exports, HAR request headers,
                     application logs, minified JS bundles.
  platform config  : gradle.properties / local.properties signing passwords, Spring
                     .properties, Windows .reg (ASCII and UTF-16LE), .ps1, .bat/.cmd,
                     web.config (SQL password, Azure storage AccountKey, machineKey),
                     appsettings.json, wp-config.php, Ansible inventory / group_vars /
                     host_vars, bash/zsh history, Makefile, Procfile, TOML (cargo
                     credentials, streamlit secrets, telegraf, poetry auth), INI (.aws/
                     credentials, .my.cnf, .s3cfg, pip.conf, alembic.ini).
Negatives: public certificates (PEM, DER, chains, CA bundles with fingerprints, PKCS#7),
  CSRs, SPKI/PKCS#1 public keys, EC parameters, JWKS, SSH public keys, authorized_keys,
  known_hosts (plain + hashed + @cert-authority), PGP public keys / signatures / clearsigned
  checksums / encrypted messages, age files, PKCS#12 and JKS trust stores holding only
  certificates (structurally distinguishable: no key bags / no key entries), PNG, JPEG,
  zip/jar, .class, .pyc, protobuf, Ansible Vault (file + inline !vault), SOPS YAML/JSON
  (KMS and age recipients), git-crypt blobs, SealedSecrets, ExternalSecrets, Rails
  placeholder/template files and lone credentials.yml.enc, kubeconfigs with exec /
  token-less auth-provider, notebooks using os.environ/getpass/dotenv, logs with redacted
  keys, SQL dumps with bcrypt/argon2id/pbkdf2 hashes and sha256 key digests, CSV of ids and
  digests, HARs with analytics-only cookies, tfstate with ids/ARNs only, lockfiles
  (npm/yarn/poetry/cargo/go.sum/composer), source maps, minified JS (some with a Stripe
  pk_live_ publishable key), env-var/Key-Vault/secret-manager references in every config
  type above, .gitconfig credential helpers, netrc/pgpass templates, SHA256SUMS, .htpasswd
  with bcrypt hashes. No negative uses a .env file name.

Sources relied on (public knowledge / provider docs)
  RFC 7292 (PKCS#12, incl. Appendix B KDF), RFC 5208/5958 (PKCS#8), RFC 8018 (PBES2),
  RFC 8017 (PKCS#1), RFC 5915 (SEC1 ECPrivateKey), RFC 5280 (X.509), RFC 2986 (CSR),
  RFC 8410 (Ed25519 in PKIX), RFC 8032 (Ed25519), SEC 2 / FIPS 186 (P-256 constants),
  RFC 1421 (Proc-Type/DEK-Info), RFC 4880 (OpenPGP packets, armor, CRC-24), RFC 4251
  (ssh string/mpint), OpenSSH PROTOCOL.key, PuTTY manual Appendix C (PPK v2/v3, MAC
  rules), OpenJDK sun.security.provider.JavaKeyStore / KeyProtector (JKS layout, magic
  0xFEEDFEED, "Mighty Aphrodite" digest) and com.sun.crypto.provider.JceKeyStore
  (0xCECECECE), BIP-173 bech32 (age recipients), Ansible Vault 1.1/1.2 format, SOPS file
  format, git-crypt header, macaroon v2 binary format + PyPI token prefix, GitHub token
  format blog post (prefix + 30 chars + base62 CRC32), npm granular token format,
  GitLab PAT (glpat-), Docker Hub PAT (dckr_pat_), Stripe sk_live_/rk_live_, Slack xoxb-,
  SendGrid SG.x.y, Anthropic sk-ant-api03-...AA, OpenAI sk-proj-...T3BlbkFJ..., Hugging
  Face hf_, Google GOCSPX-, Azure storage 88-char AccountKey and Entra ID client secret
  ("8Q~"), DigitalOcean dop_v1_, Shopify shpat_, Databricks dapi, Mailgun key-, crates.io
  cio, Terraform Cloud *.atlasv1.*, Azure DevOps 52-char PAT, InfluxDB tokens, Kubernetes
  service-account JWT claims, Rails master.key (32 hex), Jupyter nbformat 4.5, HAR 1.2,
  Terraform state v4.

Doubts
  * Random ciphertext stands in for encrypted material (PKCS#12 PBES2 bags, JCEKS 3DES,
    encrypted PEM/OpenSSH/PPK); structure and lengths are right but nothing decrypts.
    PPK MACs of encrypted keys and PGP self-signatures are random (cannot be verified).
  * PPK Ed25519 private blob written as an mpint of the little-endian seed; JCEKS
    iteration count (200000) and PPK Argon2 parameters are plausible guesses.
  * Token formats for OpenAI project keys (74+T3BlbkFJ+74), Anthropic (93 chars + "AA"),
    npm checksum (same scheme as GitHub), Azure DevOps (legacy 52 chars), crates.io (cio+32),
    Terraform Cloud (14 + .atlasv1. + 67) come from public scanner rules and posts, not
    from the providers' specs; the PyPI macaroon caveat body is simplified.
  * Some positives carry a public key id next to the secret (AWS AKIA id + secret access
    key: needle = the secret access key, on its own line); web.config machineKey holds validationKey AND decryptionKey in one
    element - counted as one credential, needle = validationKey.
  * Encrypted private keys (PKCS#8 encrypted, Proc-Type, encrypted OpenSSH/PPK, shrouded
    PKCS#12, JKS/JCEKS) are labelled positive: private keys must not be committed even
    when passphrase-protected. Some teams may disagree.
  * Stripe pk_live_ publishable keys appear in some negative JS bundles (documented by
    Stripe as safe to publish); kind = minified_js_stripe_publishable_key so they can be
    excluded. Firebase/Google AIza keys and google-services.json are deliberately NOT used
    (ambiguous); the Android case is an embedded service-account JSON instead.
  * Needle/line for key blocks points at a body line, not the BEGIN line.
  * UTF-16LE .reg files (a few per seed, both labels) are treated as binary (line 0).
  * Negative RSA *public* keys (ssh, SPKI, JWKS, known_hosts) use random odd moduli of the
    right size; certificate keys and signatures are real (RSA or ECDSA P-256).
"""
import sys, os, json, random, hashlib, hmac, base64, struct, zlib, zipfile, io, re, marshal, datetime, string

# =====================================================================
# basic helpers
# =====================================================================
DIG = string.digits
UP = string.ascii_uppercase
LOW = string.ascii_lowercase
ALNUM = DIG + UP + LOW                      # base62 order used by GitHub/npm checksums
LETTERS = UP + LOW
B64CH = UP + LOW + DIG + '+/'
B64U = UP + LOW + DIG + '-_'
HEXL = '0123456789abcdef'
HEXU = '0123456789ABCDEF'
B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'


def rs(rng, alpha, n):
    return ''.join(rng.choice(alpha) for _ in range(n))


def rbytes(rng, n):
    if n <= 0:
        return b''
    return rng.getrandbits(8 * n).to_bytes(n, 'big')


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip('=')


def chunk(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


def b62(n, width=6):
    s = ''
    while n:
        n, r = divmod(n, 62)
        s = ALNUM[r] + s
    return s.rjust(width, '0')


def u32(n):
    return struct.pack('>I', n)


def sstr(b):
    if isinstance(b, str):
        b = b.encode()
    return u32(len(b)) + b


def mpint(v):
    if v == 0:
        return u32(0)
    b = v.to_bytes((v.bit_length() + 7) // 8, 'big')
    if b[0] & 0x80:
        b = b'\x00' + b
    return sstr(b)


def ibytes(v, n=None):
    if n is None:
        n = max(1, (v.bit_length() + 7) // 8)
    return v.to_bytes(n, 'big')


# =====================================================================
# DER
# =====================================================================
def der_len(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, 'big')
    return bytes([0x80 | len(b)]) + b


def tlv(tag, content):
    return bytes([tag]) + der_len(len(content)) + content


def d_int(v):
    if v == 0:
        return tlv(0x02, b'\x00')
    b = v.to_bytes((v.bit_length() + 7) // 8, 'big')
    if b[0] & 0x80:
        b = b'\x00' + b
    return tlv(0x02, b)


def d_seq(*items):
    return tlv(0x30, b''.join(items))


def d_set(*items):
    return tlv(0x31, b''.join(sorted(items)))


def d_oct(b):
    return tlv(0x04, b)


def d_bits(b, unused=0):
    return tlv(0x03, bytes([unused]) + b)


def d_null():
    return b'\x05\x00'


def d_bool(v):
    return tlv(0x01, b'\xff' if v else b'\x00')


def oid_bytes(s):
    parts = [int(x) for x in s.split('.')]
    out = bytearray([parts[0] * 40 + parts[1]])
    for p in parts[2:]:
        enc = [p & 0x7f]
        p >>= 7
        while p:
            enc.append(0x80 | (p & 0x7f))
            p >>= 7
        out += bytes(reversed(enc))
    return bytes(out)


def d_oid(s):
    return tlv(0x06, oid_bytes(s))


def d_utf8(s):
    return tlv(0x0c, s.encode())


def d_print(s):
    return tlv(0x13, s.encode())


def d_ia5(s):
    return tlv(0x16, s.encode())


def d_bmp(s):
    return tlv(0x1e, s.encode('utf-16-be'))


def d_ctx(n, content, constructed=True):
    return tlv((0xa0 if constructed else 0x80) | n, content)


OID = {
    'rsa': '1.2.840.113549.1.1.1', 'sha256rsa': '1.2.840.113549.1.1.11',
    'ecpub': '1.2.840.10045.2.1', 'p256': '1.2.840.10045.3.1.7', 'ecdsa256': '1.2.840.10045.4.3.2',
    'ed25519': '1.3.101.112',
    'CN': '2.5.4.3', 'C': '2.5.4.6', 'L': '2.5.4.7', 'ST': '2.5.4.8', 'O': '2.5.4.10', 'OU': '2.5.4.11',
    'data': '1.2.840.113549.1.7.1', 'signedData': '1.2.840.113549.1.7.2', 'encData': '1.2.840.113549.1.7.6',
    'keyBag': '1.2.840.113549.1.12.10.1.1', 'shroudedKeyBag': '1.2.840.113549.1.12.10.1.2',
    'certBag': '1.2.840.113549.1.12.10.1.3', 'x509Cert': '1.2.840.113549.1.9.22.1',
    'friendlyName': '1.2.840.113549.1.9.20', 'localKeyId': '1.2.840.113549.1.9.21',
    'pbes2': '1.2.840.113549.1.5.13', 'pbkdf2': '1.2.840.113549.1.5.12', 'hmacSHA256': '1.2.840.113549.2.9',
    'aes256cbc': '2.16.840.1.101.3.4.1.42', 'sha256': '2.16.840.1.101.3.4.2.1',
    'jksKeyProtector': '1.3.6.1.4.1.42.2.17.1.1', 'jcePBEMD5DES3': '1.3.6.1.4.1.42.2.19.1',
    'oracleTrustedKeyUsage': '2.16.840.1.113894.746875.1.1', 'anyEKU': '2.5.29.37.0',
}


# =====================================================================
# primes / RSA
# =====================================================================
def _primes(n):
    s = bytearray([1]) * (n + 1)
    s[0] = s[1] = 0
    for i in range(2, int(n ** .5) + 1):
        if s[i]:
            s[i * i::i] = bytearray(len(s[i * i::i]))
    return [i for i in range(3, n + 1) if s[i]]


_SP = _primes(60000)
_INV2 = [pow(2, -1, p) for p in _SP]


def gen_prime(bits, rng, e=65537):
    while True:
        start = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        W = 4096
        sieve = bytearray(W)
        for p, i2 in zip(_SP, _INV2):
            i = ((-(start % p)) * i2) % p
            if i < W:
                sieve[i::p] = b'\x01' * len(range(i, W, p))
        for i in range(W):
            if sieve[i]:
                continue
            c = start + 2 * i
            if pow(2, c - 1, c) != 1:
                continue
            if (c - 1) % e == 0:
                continue
            if pow(3, c - 1, c) != 1 or pow(5, c - 1, c) != 1:
                continue
            return c


DIGESTINFO_SHA256 = bytes.fromhex('3031300d060960864801650304020105000420')


class RSAKey:
    kind = 'rsa'

    def __init__(self, n, e=65537, d=None, p=None, q=None):
        self.n, self.e, self.d, self.p, self.q = n, e, d, p, q
        if p:
            self.dp, self.dq, self.qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)

    @classmethod
    def generate(cls, rng, bits=2048):
        e = 65537
        while True:
            p = gen_prime(bits // 2, rng)
            q = gen_prime(bits // 2, rng)
            if p == q:
                continue
            if p < q:
                p, q = q, p
            n = p * q
            if n.bit_length() != bits:
                continue
            lam = (p - 1) * (q - 1) // _gcd(p - 1, q - 1)
            d = pow(e, -1, lam) if rng.random() < 0.5 else pow(e, -1, (p - 1) * (q - 1))
            return cls(n, e, d, p, q)

    @classmethod
    def fake_public(cls, rng, bits=2048):
        # public-only modulus (used only for negative public material)
        n = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        return cls(n)

    @property
    def bits(self):
        return self.n.bit_length()

    def pub_der(self):
        return d_seq(d_int(self.n), d_int(self.e))

    def spki(self):
        return d_seq(d_seq(d_oid(OID['rsa']), d_null()), d_bits(self.pub_der()))

    def pkcs1(self):
        return d_seq(d_int(0), d_int(self.n), d_int(self.e), d_int(self.d), d_int(self.p), d_int(self.q),
                     d_int(self.dp), d_int(self.dq), d_int(self.qinv))

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID['rsa']), d_null()), d_oct(self.pkcs1()))

    def sigalg(self):
        return d_seq(d_oid(OID['sha256rsa']), d_null())

    def sign(self, rng, msg):
        k = (self.n.bit_length() + 7) // 8
        if self.d is None:
            return rbytes(rng, k)
        t = DIGESTINFO_SHA256 + hashlib.sha256(msg).digest()
        em = b'\x00\x01' + b'\xff' * (k - len(t) - 3) + b'\x00' + t
        m = int.from_bytes(em, 'big')
        m1 = pow(m, self.dp, self.p)
        m2 = pow(m, self.dq, self.q)
        h = (self.qinv * (m1 - m2)) % self.p
        return (m2 + h * self.q).to_bytes(k, 'big')

    def ssh_type(self):
        return 'ssh-rsa'

    def ssh_pub_blob(self):
        return sstr('ssh-rsa') + mpint(self.e) + mpint(self.n)

    def marker(self):
        b = ibytes(self.d)
        return b[8:24]

    def jwk(self, kid):
        return {'kty': 'RSA', 'use': 'sig', 'alg': 'RS256', 'kid': kid,
                'n': b64u(ibytes(self.n)), 'e': b64u(ibytes(self.e))}


def _gcd(a, b):
    while b:
        a, b = b, a % b
    return a


# =====================================================================
# P-256
# =====================================================================
EC_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
EC_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
EC_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551
EC_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
        0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)


def _jdbl(P):
    X, Y, Z = P
    if Y == 0 or Z == 0:
        return (0, 1, 0)
    p = EC_P
    delta = Z * Z % p
    gamma = Y * Y % p
    beta = X * gamma % p
    alpha = 3 * (X - delta) * (X + delta) % p
    X3 = (alpha * alpha - 8 * beta) % p
    Z3 = ((Y + Z) ** 2 - gamma - delta) % p
    Y3 = (alpha * (4 * beta - X3) - 8 * gamma * gamma) % p
    return (X3, Y3, Z3)


def _jadd(P, Q):
    if P[2] == 0:
        return Q
    if Q[2] == 0:
        return P
    p = EC_P
    X1, Y1, Z1 = P
    X2, Y2, Z2 = Q
    Z1Z1 = Z1 * Z1 % p
    Z2Z2 = Z2 * Z2 % p
    U1 = X1 * Z2Z2 % p
    U2 = X2 * Z1Z1 % p
    S1 = Y1 * Z2 * Z2Z2 % p
    S2 = Y2 * Z1 * Z1Z1 % p
    if U1 == U2:
        if S1 != S2:
            return (0, 1, 0)
        return _jdbl(P)
    H = (U2 - U1) % p
    I = (2 * H) ** 2 % p
    J = H * I % p
    r = 2 * (S2 - S1) % p
    V = U1 * I % p
    X3 = (r * r - J - 2 * V) % p
    Y3 = (r * (V - X3) - 2 * S1 * J) % p
    Z3 = ((Z1 + Z2) ** 2 - Z1Z1 - Z2Z2) * H % p
    return (X3, Y3, Z3)


def ec_mul(k, P=EC_G):
    R = (0, 1, 0)
    Q = (P[0], P[1], 1)
    for bit in bin(k)[2:]:
        R = _jdbl(R)
        if bit == '1':
            R = _jadd(R, Q)
    if R[2] == 0:
        return None
    zi = pow(R[2], -1, EC_P)
    return (R[0] * zi * zi % EC_P, R[1] * zi * zi * zi % EC_P)


class ECKey:
    kind = 'ec'

    def __init__(self, d, Q):
        self.d, self.Q = d, Q

    @classmethod
    def generate(cls, rng):
        d = rng.randrange(1, EC_N)
        return cls(d, ec_mul(d))

    def pub_point(self):
        return b'\x04' + ibytes(self.Q[0], 32) + ibytes(self.Q[1], 32)

    def spki(self):
        return d_seq(d_seq(d_oid(OID['ecpub']), d_oid(OID['p256'])), d_bits(self.pub_point()))

    def sec1(self, params=True):
        items = [d_int(1), d_oct(ibytes(self.d, 32))]
        if params:
            items.append(d_ctx(0, d_oid(OID['p256'])))
        items.append(d_ctx(1, d_bits(self.pub_point())))
        return d_seq(*items)

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID['ecpub']), d_oid(OID['p256'])), d_oct(self.sec1(params=False)))

    def sigalg(self):
        return d_seq(d_oid(OID['ecdsa256']))

    def sign(self, rng, msg):
        h = int.from_bytes(hashlib.sha256(msg).digest(), 'big')
        while True:
            k = rng.randrange(1, EC_N)
            R = ec_mul(k)
            r = R[0] % EC_N
            s = pow(k, -1, EC_N) * (h + r * self.d) % EC_N
            if r and s:
                return d_seq(d_int(r), d_int(s))

    def ssh_type(self):
        return 'ecdsa-sha2-nistp256'

    def ssh_pub_blob(self):
        return sstr('ecdsa-sha2-nistp256') + sstr('nistp256') + sstr(self.pub_point())

    def marker(self):
        return ibytes(self.d, 32)[4:20]

    def jwk(self, kid):
        return {'kty': 'EC', 'use': 'sig', 'alg': 'ES256', 'kid': kid, 'crv': 'P-256',
                'x': b64u(ibytes(self.Q[0], 32)), 'y': b64u(ibytes(self.Q[1], 32))}


# =====================================================================
# Ed25519 (public key derivation only)
# =====================================================================
ED_Q = 2 ** 255 - 19
ED_L = 2 ** 252 + 27742317777372353535851937790883648493
ED_D = -121665 * pow(121666, -1, ED_Q) % ED_Q
ED_I = pow(2, (ED_Q - 1) // 4, ED_Q)


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_Q)
    x = pow(xx, (ED_Q + 3) // 8, ED_Q)
    if (x * x - xx) % ED_Q:
        x = x * ED_I % ED_Q
    if x % 2:
        x = ED_Q - x
    return x


_ED_BY = 4 * pow(5, -1, ED_Q) % ED_Q
_ED_BX = _ed_xrecover(_ED_BY)
ED_B = (_ED_BX, _ED_BY, 1, _ED_BX * _ED_BY % ED_Q)


def _ed_add(P, Q):
    q = ED_Q
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % q
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % q
    C = P[3] * 2 * ED_D * Q[3] % q
    D = P[2] * 2 * Q[2] % q
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % q, G * H % q, F * G % q, E * H % q)


def ed_mul(k, P=ED_B):
    R = (0, 1, 1, 0)
    for bit in bin(k)[2:]:
        R = _ed_add(R, R)
        if bit == '1':
            R = _ed_add(R, P)
    return R


def ed_encode(P):
    zi = pow(P[2], -1, ED_Q)
    x = P[0] * zi % ED_Q
    y = P[1] * zi % ED_Q
    return (y | ((x & 1) << 255)).to_bytes(32, 'little')


def ed_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], 'little')
    a &= (1 << 254) - 8
    a |= 1 << 254
    return ed_encode(ed_mul(a))


class EdKey:
    kind = 'ed25519'

    def __init__(self, seed):
        self.seed = seed
        self.pk = ed_pub(seed)

    @classmethod
    def generate(cls, rng):
        return cls(rbytes(rng, 32))

    def spki(self):
        return d_seq(d_seq(d_oid(OID['ed25519'])), d_bits(self.pk))

    def pkcs8(self):
        return d_seq(d_int(0), d_seq(d_oid(OID['ed25519'])), d_oct(d_oct(self.seed)))

    def ssh_type(self):
        return 'ssh-ed25519'

    def ssh_pub_blob(self):
        return sstr('ssh-ed25519') + sstr(self.pk)

    def marker(self):
        return self.seed[:16]


def crypto_selftest():
    x, y = EC_G
    assert (y * y - (x ** 3 - 3 * x + EC_B)) % EC_P == 0
    assert ec_mul(EC_N - 1)[0] == EC_G[0]
    # RFC 8032 test 1 public key derivation (self-test only, not emitted)
    sk = bytes.fromhex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')
    assert ed_pub(sk).hex() == 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'


# =====================================================================
# PEM / X.509
# =====================================================================
def pem(label, der, width=64, headers=None):
    body = b64(der)
    out = '-----BEGIN %s-----\n' % label
    if headers:
        out += headers.rstrip('\n') + '\n\n'
    out += '\n'.join(chunk(body, width)) + '\n-----END %s-----\n' % label
    return out


def b64_line_for(der, marker, width=64):
    """the base64 body line (as produced by pem()) that holds the marker bytes"""
    off = der.find(marker)
    assert off >= 0
    lines = chunk(b64(der), width)
    idx = ((off + len(marker) // 2) * 4 // 3) // width
    idx = min(idx, len(lines) - 1)
    if len(lines[idx]) < 24 and idx > 0:
        idx -= 1
    return lines[idx]


def d_name(pairs):
    rdns = []
    for k, v in pairs:
        val = d_print(v) if k == 'C' else d_utf8(v)
        rdns.append(tlv(0x31, d_seq(d_oid(OID[k]), val)))
    return d_seq(*rdns)


def utctime(dt):
    return tlv(0x17, dt.strftime('%y%m%d%H%M%SZ').encode())


def _ext(oid, critical, value):
    items = [d_oid(oid)]
    if critical:
        items.append(d_bool(True))
    items.append(d_oct(value))
    return d_seq(*items)


def key_id(key):
    # SHA-1 over the subjectPublicKey BIT STRING contents (method 1 of RFC 5280)
    if isinstance(key, RSAKey):
        return hashlib.sha1(key.pub_der()).digest()
    if isinstance(key, ECKey):
        return hashlib.sha1(key.pub_point()).digest()
    return hashlib.sha1(key.pk).digest()


def make_cert(rng, subj_key, subj, issuer_key=None, issuer=None, ca=False, sans=(), not_before=None,
              days=365, eku=True, path_len=None):
    if issuer_key is None:
        issuer_key, issuer = subj_key, subj
    serial = rng.getrandbits(126) | (1 << 125)
    nb = not_before or datetime.datetime(2023, 1, 1)
    na = nb + datetime.timedelta(days=days)
    exts = []
    if ca:
        bc = d_seq(d_bool(True), *( [d_int(path_len)] if path_len is not None else []))
        exts.append(_ext('2.5.29.19', True, bc))
        exts.append(_ext('2.5.29.15', True, d_bits(b'\x06', 1)))
    else:
        exts.append(_ext('2.5.29.19', True, d_seq()))
        exts.append(_ext('2.5.29.15', True, d_bits(b'\xa0', 5) if isinstance(subj_key, RSAKey) else d_bits(b'\x80', 7)))
        if eku:
            exts.append(_ext('2.5.29.37', False, d_seq(d_oid('1.3.6.1.5.5.7.3.1'), d_oid('1.3.6.1.5.5.7.3.2'))))
    exts.append(_ext('2.5.29.14', False, d_oct(key_id(subj_key))))
    if issuer_key is not subj_key:
        exts.append(_ext('2.5.29.35', False, d_seq(tlv(0x80, key_id(issuer_key)))))
    if sans:
        exts.append(_ext('2.5.29.17', False, d_seq(*[tlv(0x82, s.encode()) for s in sans])))
    sigalg = issuer_key.sigalg()
    tbs = d_seq(d_ctx(0, d_int(2)), d_int(serial), sigalg, d_name(issuer),
                d_seq(utctime(nb), utctime(na)), d_name(subj), subj_key.spki(), d_ctx(3, d_seq(*exts)))
    sig = issuer_key.sign(rng, tbs)
    return d_seq(tbs, sigalg, d_bits(sig))


def make_csr(rng, key, subj, sans=()):
    attrs = b''
    if sans:
        ext_req = d_seq(d_oid('1.2.840.113549.1.9.14'),
                        d_set(d_seq(_ext('2.5.29.17', False, d_seq(*[tlv(0x82, s.encode()) for s in sans])))))
        attrs = ext_req
    info = d_seq(d_int(0), d_name(subj), key.spki(), d_ctx(0, attrs))
    return d_seq(info, key.sigalg(), d_bits(key.sign(rng, info)))


# =====================================================================
# OpenSSH / PuTTY / PGP
# =====================================================================
def ssh_pub_line(key, comment):
    return '%s %s %s' % (key.ssh_type(), b64(key.ssh_pub_blob()), comment)


def ssh_private_section(key):
    if isinstance(key, EdKey):
        return sstr('ssh-ed25519') + sstr(key.pk) + sstr(key.seed + key.pk)
    if isinstance(key, RSAKey):
        return sstr('ssh-rsa') + mpint(key.n) + mpint(key.e) + mpint(key.d) + mpint(key.qinv) + mpint(key.p) + mpint(key.q)
    return sstr('ecdsa-sha2-nistp256') + sstr('nistp256') + sstr(key.pub_point()) + mpint(key.d)


def openssh_private(rng, key, comment, encrypted=False):
    """returns (pem_text, needle_line)"""
    chk = rbytes(rng, 4)
    priv = chk + chk + ssh_private_section(key) + sstr(comment)
    blk = 16 if encrypted else 8
    i = 1
    while len(priv) % blk:
        priv += bytes([i])
        i += 1
    if encrypted:
        kdfopts = sstr(rbytes(rng, 16)) + u32(16)
        head = b'openssh-key-v1\x00' + sstr('aes256-ctr') + sstr('bcrypt') + sstr(kdfopts)
        priv_out = rbytes(rng, len(priv))
        marker = priv_out[8:24]
    else:
        head = b'openssh-key-v1\x00' + sstr('none') + sstr('none') + sstr(b'')
        priv_out = priv
        if isinstance(key, EdKey):
            marker = key.seed[:16]
        elif isinstance(key, RSAKey):
            marker = ibytes(key.d)[8:24]
        else:
            marker = ibytes(key.d, 32)[2:18]
    blob = head + u32(1) + sstr(key.ssh_pub_blob()) + sstr(priv_out)
    txt = pem('OPENSSH PRIVATE KEY', blob, width=70)
    return txt, b64_line_for(blob, marker, 70)


def ppk(rng, key, comment, version=2, encrypted=False):
    alg = key.ssh_type()
    pub = key.ssh_pub_blob()
    if isinstance(key, EdKey):
        priv = mpint(int.from_bytes(key.seed, 'little'))
    elif isinstance(key, RSAKey):
        priv = mpint(key.d) + mpint(key.p) + mpint(key.q) + mpint(key.qinv)
    else:
        priv = mpint(key.d)
    enc = 'aes256-cbc' if encrypted else 'none'
    if encrypted:
        padded = len(priv) + (16 - len(priv) % 16) % 16
        priv_out = rbytes(rng, max(16, padded))
    else:
        priv_out = priv
    macdata = sstr(alg) + sstr(enc) + sstr(comment) + sstr(pub) + sstr(priv if not encrypted else priv_out)
    lines = ['PuTTY-User-Key-File-%d: %s' % (version, alg), 'Encryption: %s' % enc, 'Comment: %s' % comment]
    pl = chunk(b64(pub), 64)
    lines.append('Public-Lines: %d' % len(pl))
    lines += pl
    if version == 3 and encrypted:
        lines += ['Key-Derivation: Argon2id', 'Argon2-Memory: 8192', 'Argon2-Passes: %d' % rng.choice([8, 13, 21, 34]),
                  'Argon2-Parallelism: 1', 'Argon2-Salt: %s' % rbytes(rng, 16).hex()]
    vl = chunk(b64(priv_out), 64)
    lines.append('Private-Lines: %d' % len(vl))
    lines += vl
    if encrypted:
        mac = rbytes(rng, 32 if version == 3 else 20).hex()
    elif version == 2:
        mk = hashlib.sha1(b'putty-private-key-file-mac-key').digest()
        mac = hmac.new(mk, macdata, hashlib.sha1).hexdigest()
    else:
        mac = hmac.new(b'', macdata, hashlib.sha256).hexdigest()
    lines.append('Private-MAC: %s' % mac)
    return '\n'.join(lines) + '\n', max(vl, key=len)


def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_armor(label, data, headers=()):
    out = '-----BEGIN PGP %s-----\n' % label
    for h in headers:
        out += h + '\n'
    out += '\n' + '\n'.join(chunk(b64(data), 64)) + '\n'
    out += '=' + b64(crc24(data).to_bytes(3, 'big')) + '\n'
    out += '-----END PGP %s-----\n' % label
    return out


def pgp_pkt(tag, body):
    n = len(body)
    if n < 192:
        ln = bytes([n])
    elif n < 8384:
        n2 = n - 192
        ln = bytes([(n2 >> 8) + 192, n2 & 0xff])
    else:
        ln = b'\xff' + struct.pack('>I', n)
    return bytes([0xC0 | tag]) + ln + body


def pgp_mpi(b):
    v = int.from_bytes(b, 'big')
    return struct.pack('>H', v.bit_length()) + ibytes(v, (v.bit_length() + 7) // 8)


ED_OID_PGP = bytes.fromhex('2b06010401da470f01')
CV_OID_PGP = bytes.fromhex('2b060104019755010501')


def _pgp_sig(rng, sigtype, fpr, ctime, flags):
    hashed = (bytes([5, 2]) + struct.pack('>I', ctime) + bytes([2, 27, flags]) +
              bytes([22, 33, 4]) + fpr)
    unhashed = bytes([9, 16]) + fpr[-8:]
    body = bytes([4, sigtype, 22, 10]) + struct.pack('>H', len(hashed)) + hashed + struct.pack('>H', len(unhashed)) + unhashed
    body += rbytes(rng, 2) + pgp_mpi(b'\x01' + rbytes(rng, 31)) + pgp_mpi(b'\x01' + rbytes(rng, 31))
    return pgp_pkt(2, body)


def pgp_key(rng, uid, ctime, secret):
    """OpenPGP v4 Ed25519 primary + Curve25519 subkey. Returns (bytes, secret_marker_bytes)."""
    key = EdKey.generate(rng)
    pub_body = bytes([4]) + struct.pack('>I', ctime) + bytes([22, len(ED_OID_PGP)]) + ED_OID_PGP + pgp_mpi(b'\x40' + key.pk)
    fpr = hashlib.sha1(b'\x99' + struct.pack('>H', len(pub_body)) + pub_body).digest()
    sub_priv = rbytes(rng, 32)
    sub_pub_body = (bytes([4]) + struct.pack('>I', ctime) + bytes([18, len(CV_OID_PGP)]) + CV_OID_PGP +
                    pgp_mpi(b'\x40' + rbytes(rng, 32)) + bytes([3, 1, 8, 7]))
    marker = None
    if secret:
        m = pgp_mpi(key.seed)
        prim = pgp_pkt(5, pub_body + b'\x00' + m + struct.pack('>H', sum(m) & 0xffff))
        m2 = pgp_mpi(sub_priv)
        sub = pgp_pkt(7, sub_pub_body + b'\x00' + m2 + struct.pack('>H', sum(m2) & 0xffff))
        marker = key.seed[4:20]
    else:
        prim = pgp_pkt(6, pub_body)
        sub = pgp_pkt(14, sub_pub_body)
    data = (prim + pgp_pkt(13, uid.encode()) + _pgp_sig(rng, 0x13, fpr, ctime, 0x03) + sub +
            _pgp_sig(rng, 0x18, fpr, ctime, 0x0c))
    return data, marker, fpr


# =====================================================================
# PKCS#12 / JKS
# =====================================================================
def p12_kdf(password, salt, idb, iters, n=32):
    u, v = 32, 64
    pw = (password + '\x00').encode('utf-16-be')

    def rep(x):
        if not x:
            return b''
        L = v * ((len(x) + v - 1) // v)
        return (x * (L // len(x) + 1))[:L]
    D = bytes([idb]) * v
    I = bytearray(rep(salt) + rep(pw))
    out = b''
    while len(out) < n:
        A = hashlib.sha256(D + bytes(I)).digest()
        for _ in range(iters - 1):
            A = hashlib.sha256(A).digest()
        out += A
        B = int.from_bytes(rep(A), 'big')
        for j in range(0, len(I), v):
            blk = (int.from_bytes(I[j:j + v], 'big') + B + 1) % (1 << (v * 8))
            I[j:j + v] = blk.to_bytes(v, 'big')
    return out[:n]


def p12_attrs(friendly=None, lkid=None):
    a = []
    if friendly:
        a.append(d_seq(d_oid(OID['friendlyName']), d_set(d_bmp(friendly))))
    if lkid:
        a.append(d_seq(d_oid(OID['localKeyId']), d_set(d_oct(lkid))))
    return d_set(*a)


def p12_safebag(oid, value, attrs=None):
    return d_seq(d_oid(oid), d_ctx(0, value), *([attrs] if attrs else []))


def p12_certbag(cert, attrs=None):
    return p12_safebag(OID['certBag'], d_seq(d_oid(OID['x509Cert']), d_ctx(0, d_oct(cert))), attrs)


def p12_ci_data(content):
    return d_seq(d_oid(OID['data']), d_ctx(0, d_oct(content)))


def pbes2_algid(rng, iters=2048):
    return d_seq(d_oid(OID['pbes2']), d_seq(
        d_seq(d_oid(OID['pbkdf2']), d_seq(d_oct(rbytes(rng, 8)), d_int(iters), d_seq(d_oid(OID['hmacSHA256']), d_null()))),
        d_seq(d_oid(OID['aes256cbc']), d_oct(rbytes(rng, 16)))))


def p12_ci_encrypted(rng, plain_len):
    ct = rbytes(rng, (plain_len // 16 + 1) * 16)
    return d_seq(d_oid(OID['encData']), d_ctx(0, d_seq(d_int(0), d_seq(d_oid(OID['data']), pbes2_algid(rng), tlv(0x80, ct))))), ct


def pfx(rng, cis, password):
    auth = d_seq(*cis)
    salt = rbytes(rng, 8)
    iters = 2048
    mk = p12_kdf(password, salt, 3, iters)
    mac = hmac.new(mk, auth, hashlib.sha256).digest()
    macdata = d_seq(d_seq(d_seq(d_oid(OID['sha256']), d_null()), d_oct(mac)), d_oct(salt), d_int(iters))
    return d_seq(d_int(3), p12_ci_data(auth), macdata)


def jutf(s):
    b = s.encode()
    return struct.pack('>H', len(b)) + b


def jks_protect(rng, pkcs8, password):
    pw = password.encode('utf-16-be')
    salt = rbytes(rng, 20)
    ks, dig = b'', salt
    while len(ks) < len(pkcs8):
        dig = hashlib.sha1(pw + dig).digest()
        ks += dig
    enc = bytes(a ^ b for a, b in zip(pkcs8, ks))
    blob = salt + enc + hashlib.sha1(pw + pkcs8).digest()
    return d_seq(d_seq(d_oid(OID['jksKeyProtector']), d_null()), d_oct(blob)), salt


def jceks_protect(rng, plain_len):
    ct = rbytes(rng, (plain_len // 8 + 1) * 8)
    return d_seq(d_seq(d_oid(OID['jcePBEMD5DES3']), d_seq(d_oct(rbytes(rng, 8)), d_int(200000))), d_oct(ct)), ct


def java_keystore(entries, password, magic=0xFEEDFEED):
    out = struct.pack('>III', magic, 2, len(entries))
    for e in entries:
        if e['type'] == 'key':
            out += u32(1) + jutf(e['alias']) + struct.pack('>Q', e['ts']) + u32(len(e['epk'])) + e['epk'] + u32(len(e['chain']))
            for c in e['chain']:
                out += jutf('X.509') + u32(len(c)) + c
        else:
            out += u32(2) + jutf(e['alias']) + struct.pack('>Q', e['ts']) + jutf('X.509') + u32(len(e['cert'])) + e['cert']
    return out + hashlib.sha1(password.encode('utf-16-be') + b'Mighty Aphrodite' + out).digest()

# =====================================================================
# fixtures: names, hosts, tokens
# =====================================================================
WORDS = ['atlas', 'nova', 'orbit', 'falcon', 'ember', 'harbor', 'quartz', 'cedar', 'pioneer', 'summit', 'beacon',
         'lumen', 'vertex', 'meridian', 'cobalt', 'aurora', 'zephyr', 'granite', 'maple', 'onyx', 'polaris',
         'sierra', 'tundra', 'willow', 'apex', 'boreal', 'cascade', 'drift', 'fjord', 'glacier', 'helix', 'juniper',
         'kestrel', 'lagoon', 'mosaic', 'nimbus', 'oasis', 'prism', 'quill', 'raven', 'saffron', 'tidal', 'vortex',
         'wren', 'zenith', 'copper', 'birch', 'lantern', 'marble', 'pebble', 'rocket', 'thistle', 'indigo', 'sable']
ORGSUF = ['labs', 'systems', 'tech', 'analytics', 'logistics', 'health', 'robotics', 'media', 'fin', 'networks',
          'works', 'data', 'cloud', 'hq', 'soft', 'bio', 'energy', 'retail']
TLDS = ['com', 'io', 'net', 'dev', 'co', 'app', 'cloud', 'de', 'co.uk', 'ai']
SERVICES = ['billing', 'payments', 'auth', 'gateway', 'inventory', 'reports', 'search', 'notifications', 'orders',
            'catalog', 'ledger', 'webhooks', 'scheduler', 'analytics', 'checkout', 'identity', 'media', 'export',
            'sync', 'admin', 'crm', 'portal', 'etl', 'mailer']
FIRST = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'oliver', 'peggy',
         'rupert', 'sybil', 'trent', 'victor', 'walter', 'yusuf', 'maria', 'chen', 'priya', 'lukas', 'sofia',
         'kenji', 'amara', 'diego', 'fatima', 'noah', 'lena', 'omar', 'ingrid', 'tomas', 'mei', 'ravi', 'hannah']
LAST = ['smith', 'garcia', 'mueller', 'nguyen', 'kowalski', 'okafor', 'tanaka', 'silva', 'johansson', 'patel',
        'rossi', 'dubois', 'novak', 'kim', 'haddad', 'oconnor', 'fischer', 'moreau', 'ivanova', 'santos']
CITIES = [('US', 'California', 'San Francisco'), ('US', 'New York', 'New York'), ('DE', 'Berlin', 'Berlin'),
          ('GB', 'England', 'London'), ('FR', 'Ile-de-France', 'Paris'), ('NL', 'Noord-Holland', 'Amsterdam'),
          ('US', 'Texas', 'Austin'), ('CA', 'Ontario', 'Toronto'), ('JP', 'Tokyo', 'Tokyo'), ('IN', 'Karnataka', 'Bengaluru'),
          ('BR', 'Sao Paulo', 'Sao Paulo'), ('AU', 'New South Wales', 'Sydney'), ('SE', 'Stockholm', 'Stockholm')]
REGIONS = ['us-east-1', 'us-east-2', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-southeast-1', 'ap-northeast-1', 'sa-east-1']
PW_SYM = '!#%*_-+=.^'
_STOPWORDS = re.compile(r'(?i)test|exampl|fake|dummy|sampl|mock|xxxx|1234|abcd|pass|secret|token')


class G:
    """per-seed generator state"""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.seed = seed
        self._rsa_pool = []
        self.rsa_count = 0

    # ---- randomness helpers
    def r(self):
        return self.rng.random()

    def ch(self, xs):
        return self.rng.choice(xs)

    def ri(self, a, b):
        return self.rng.randint(a, b)

    def s(self, alpha, n):
        # random body; avoid substrings that some scanners treat as placeholder markers
        while True:
            v = rs(self.rng, alpha, n)
            if n < 6 or not _STOPWORDS.search(v):
                return v

    def hex(self, n):
        return rs(self.rng, HEXL, n)

    def bytes(self, n):
        return rbytes(self.rng, n)

    # ---- keys
    def rsa(self, bits=2048):
        self.rsa_count += 1
        return RSAKey.generate(self.rng, bits)

    def ec(self):
        return ECKey.generate(self.rng)

    def ed(self):
        return EdKey.generate(self.rng)

    def any_key(self, p_rsa=0.5, p_ec=0.3):
        x = self.r()
        if x < p_rsa:
            return self.rsa()
        if x < p_rsa + p_ec:
            return self.ec()
        return self.ed()

    def pool_rsa(self):
        """public-side RSA keys re-used only for negative (public) certificates"""
        if len(self._rsa_pool) < 4:
            k = self.rsa()
            self._rsa_pool.append(k)
            return k
        return self.ch(self._rsa_pool)

    # ---- names
    def word(self):
        return self.ch(WORDS)

    def domain(self):
        return '%s%s.%s' % (self.word(), self.ch(ORGSUF), self.ch(TLDS))

    def org(self, dom=None):
        dom = dom or self.domain()
        base = dom.split('.')[0]
        for suf in ORGSUF:
            if base.endswith(suf) and base != suf:
                return base[:-len(suf)].capitalize() + ' ' + suf.capitalize()
        return base.capitalize()

    def host(self, dom=None, pre=None):
        dom = dom or self.domain()
        pre = pre or self.ch(['api', 'app', 'db', 'vpn', 'git', 'ci', 'portal', 'gateway', 'auth', 'mail', 'internal',
                              'sso', 'registry', 'vault', 'grafana', 'jenkins', 'build', 'edge', 'www'])
        return '%s.%s' % (pre, dom)

    def first(self):
        return self.ch(FIRST)

    def user(self):
        x = self.r()
        if x < 0.4:
            return self.first()
        if x < 0.7:
            return '%s.%s' % (self.first(), self.ch(LAST))
        return '%s%s' % (self.first()[0], self.ch(LAST))

    def fullname(self):
        return '%s %s' % (self.first().capitalize(), self.ch(LAST).capitalize())

    def email(self, dom=None):
        return '%s@%s' % (self.user(), dom or self.domain())

    def svc(self):
        return self.ch(SERVICES)

    def app(self):
        return '%s-%s' % (self.word(), self.svc())

    def ip(self):
        x = self.r()
        if x < 0.4:
            return '10.%d.%d.%d' % (self.ri(0, 255), self.ri(0, 255), self.ri(2, 254))
        if x < 0.7:
            return '172.%d.%d.%d' % (self.ri(16, 31), self.ri(0, 255), self.ri(2, 254))
        return '192.168.%d.%d' % (self.ri(0, 255), self.ri(2, 254))

    def pubip(self):
        return '%d.%d.%d.%d' % (self.ch([34, 35, 52, 54, 3, 18, 13, 104, 159, 167, 185, 198]), self.ri(0, 255),
                                self.ri(0, 255), self.ri(2, 254))

    def epoch(self, lo=1609459200, hi=1751241600):
        return self.ri(lo, hi)

    def dt(self, lo=1609459200, hi=1751241600):
        return datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=self.epoch(lo, hi))

    def iso(self, **kw):
        return self.dt(**kw).strftime('%Y-%m-%dT%H:%M:%SZ')

    def uuid(self):
        v = self.rng.getrandbits(128)
        h = '%032x' % v
        h = h[:12] + '4' + h[13:16] + '89ab'[int(h[16], 16) & 3] + h[17:]
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    def pw(self, n=None, sym=PW_SYM):
        n = n or self.ri(14, 24)
        while True:
            s = self.s(LETTERS + DIG + DIG, n - 2) + self.s(sym, 1) + self.s(DIG, 1)
            s = ''.join(self.rng.sample(s, len(s)))
            if (any(c.isupper() for c in s) and any(c.islower() for c in s) and s[0].isalnum()
                    and not re.search(r'(?i)test|example|dummy|sample|fake|pass|secret|xxx|changeme', s)):
                return s

    def subj(self, cn=None, dom=None, ou=True):
        c, st, l = self.ch(CITIES)
        dom = dom or self.domain()
        pairs = [('C', c), ('ST', st), ('L', l), ('O', self.org(dom))]
        if ou and self.r() < 0.5:
            pairs.append(('OU', self.ch(['IT', 'Engineering', 'Platform', 'DevOps', 'Security', 'Mobile'])))
        pairs.append(('CN', cn or dom))
        return pairs

    def ca(self, rsa=None):
        """(key, name, cert) of a fresh CA; RSA CAs come from the public pool"""
        dom = self.domain()
        org = self.org(dom)
        name = [('C', self.ch(CITIES)[0]), ('O', org),
                ('CN', '%s %s' % (org, self.ch(['Root CA', 'Internal CA', 'Issuing CA G2', 'Root CA 2021', 'Private CA'])))]
        use_rsa = (self.r() < 0.4) if rsa is None else rsa
        key = self.pool_rsa() if use_rsa else self.ec()
        cert = make_cert(self.rng, key, name, ca=True, not_before=self.dt(hi=1672531200), days=3650 + self.ri(0, 3650))
        return key, name, cert


# ---- provider token formats -------------------------------------------------
def gh_token(g, prefix='ghp_'):
    body = g.s(ALNUM, 30)
    return prefix + body + b62(zlib.crc32(body.encode()))


def gh_fine(g):
    return 'github_pat_11' + g.s(UP + DIG, 20) + '_' + g.s(ALNUM, 59)


def npm_token(g):
    body = g.s(ALNUM, 30)
    return 'npm_' + body + b62(zlib.crc32(body.encode()))


def glpat(g):
    return 'glpat-' + g.s(ALNUM + '_-', 20)


def aws_pair(g):
    return 'AKIA' + g.s(B32, 16), g.s(B64CH, 40)


def stripe_sk(g):
    return g.ch(['sk_live_', 'rk_live_']) + g.s(ALNUM, g.ch([24, 24, 99]))


def slack_bot(g):
    return 'xoxb-%d-%d-%s' % (g.ri(10 ** 10, 10 ** 12), g.ri(10 ** 12, 10 ** 13), g.s(ALNUM, 24))


def sendgrid(g):
    return 'SG.' + g.s(B64U, 22) + '.' + g.s(B64U, 43)


def anthropic(g):
    return 'sk-ant-api03-' + g.s(B64U, 93) + 'AA'


def openai(g):
    return 'sk-proj-' + g.s(B64U, 74) + 'T3BlbkFJ' + g.s(B64U, 74)


def hf_token(g):
    return 'hf_' + g.s(LETTERS, 34)


def gocspx(g):
    return 'GOCSPX-' + g.s(B64U, 28)


def azure_storage_key(g):
    return b64(g.bytes(64))


def azure_client_secret(g):
    return g.s(ALNUM, 3) + '8Q~' + g.s(ALNUM + '_~.-', 34)


def dop(g):
    return 'dop_v1_' + g.hex(64)


def shpat(g):
    return 'shpat_' + g.hex(32)


def dapi(g):
    return 'dapi' + g.hex(32)


def mailgun(g):
    return 'key-' + g.hex(32)


def cio(g):
    return 'cio' + g.s(ALNUM, 32)


def tfc_token(g):
    return g.s(ALNUM, 14) + '.atlasv1.' + g.s(ALNUM, 67)


def dckr(g):
    return 'dckr_pat_' + g.s(B64U, 27)


def twilio_pair(g):
    return 'AC' + g.hex(32), g.hex(32)


def azdo_pat(g):
    return g.s('abcdefghijklmnopqrstuvwxyz234567', 52)


def cf_token(g):
    return g.s(ALNUM + '_-', 40)


def influx_token(g):
    return b64u(g.bytes(64)) + '=='


def pypi_token(g):
    ident = g.uuid().encode()
    cav = json.dumps({'version': 1, 'permissions': g.ch(['user', {'projects': [g.word() + '-' + g.ch(['sdk', 'client', 'cli', 'utils'])]}])},
                     separators=(',', ':')).encode()

    def fld(t, data):
        n = len(data)
        v = b''
        while True:
            b = n & 0x7f
            n >>= 7
            v += bytes([b | (0x80 if n else 0)])
            if not n:
                break
        return bytes([t]) + v + data
    mac = b'\x02' + fld(1, b'pypi.org') + fld(2, ident) + b'\x00' + fld(2, cav) + b'\x00' + b'\x00' + fld(6, g.bytes(32))
    return 'pypi-' + b64u(mac)


def k8s_sa_jwt(g, ns, sa):
    hdr = {'alg': 'RS256', 'kid': b64u(g.bytes(32))}
    if g.r() < 0.5:
        pl = {'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': ns,
              'kubernetes.io/serviceaccount/secret.name': '%s-token-%s' % (sa, g.s(LOW + DIG, 5)),
              'kubernetes.io/serviceaccount/service-account.name': sa,
              'kubernetes.io/serviceaccount/service-account.uid': g.uuid(),
              'sub': 'system:serviceaccount:%s:%s' % (ns, sa)}
    else:
        iat = g.epoch()
        pl = {'aud': ['https://kubernetes.default.svc.cluster.local'], 'exp': iat + 31536000 * 10, 'iat': iat,
              'iss': 'https://kubernetes.default.svc.cluster.local',
              'kubernetes.io': {'namespace': ns, 'serviceaccount': {'name': sa, 'uid': g.uuid()}},
              'nbf': iat, 'sub': 'system:serviceaccount:%s:%s' % (ns, sa)}
    return '%s.%s.%s' % (b64u(json.dumps(hdr, separators=(',', ':')).encode()),
                         b64u(json.dumps(pl, separators=(',', ':')).encode()), b64u(g.bytes(256)))


def api_token_choice(g):
    """(provider, token, env-var-name) for a prefixed API token"""
    k = g.ch(['github', 'gitlab', 'stripe', 'slack', 'sendgrid', 'anthropic', 'openai', 'huggingface',
              'digitalocean', 'shopify', 'databricks', 'npm', 'mailgun'])
    if k == 'github':
        return k, gh_token(g), 'GITHUB_TOKEN'
    if k == 'gitlab':
        return k, glpat(g), 'GITLAB_TOKEN'
    if k == 'stripe':
        return k, stripe_sk(g), 'STRIPE_SECRET_KEY'
    if k == 'slack':
        return k, slack_bot(g), 'SLACK_BOT_TOKEN'
    if k == 'sendgrid':
        return k, sendgrid(g), 'SENDGRID_API_KEY'
    if k == 'anthropic':
        return k, anthropic(g), 'ANTHROPIC_API_KEY'
    if k == 'openai':
        return k, openai(g), 'OPENAI_API_KEY'
    if k == 'huggingface':
        return k, hf_token(g), 'HF_TOKEN'
    if k == 'digitalocean':
        return k, dop(g), 'DIGITALOCEAN_TOKEN'
    if k == 'shopify':
        return k, shpat(g), 'SHOPIFY_ACCESS_TOKEN'
    if k == 'databricks':
        return k, dapi(g), 'DATABRICKS_TOKEN'
    if k == 'npm':
        return k, npm_token(g), 'NPM_TOKEN'
    return k, mailgun(g), 'MAILGUN_API_KEY'


def crlf(s):
    return s.replace('\n', '\r\n')


def P(files, main, provider, kind, needle, hexn=False):
    return {'files': files, 'main': main, 'provider': provider, 'kind': kind, 'needle': needle, 'hex': hexn}


def N(files, main, provider, kind):
    return {'files': files, 'main': main, 'provider': provider, 'kind': kind}

# =====================================================================
# POSITIVE builders (each returns exactly one credential)
# =====================================================================
def key_pem(g, fmt, key=None):
    """(pem_text, needle_line, key_or_None, label)"""
    rng = g.rng
    if fmt == 'pkcs1':
        key = key or g.rsa()
        der = key.pkcs1()
        return pem('RSA PRIVATE KEY', der), b64_line_for(der, key.marker()), key, 'RSA PRIVATE KEY'
    if fmt == 'sec1':
        key = key or g.ec()
        der = key.sec1()
        txt = pem('EC PRIVATE KEY', der)
        return txt, b64_line_for(der, key.marker()), key, 'EC PRIVATE KEY'
    if fmt == 'pkcs8':
        key = key or g.any_key(0.5, 0.3)
        der = key.pkcs8()
        return pem('PRIVATE KEY', der), b64_line_for(der, key.marker()), key, 'PRIVATE KEY'
    if fmt == 'enc_legacy':
        label = g.ch(['RSA PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'])
        n = (g.ri(1190, 1194) if label.startswith('RSA') else 121)
        n = (n // 16 + 1) * 16
        iv = g.s(HEXU, 32)
        algo = g.ch(['AES-256-CBC', 'AES-128-CBC', 'DES-EDE3-CBC'])
        if algo == 'DES-EDE3-CBC':
            iv = iv[:16]
        body = g.bytes(n)
        txt = pem(label, body, headers='Proc-Type: 4,ENCRYPTED\nDEK-Info: %s,%s' % (algo, iv))
        return txt, chunk(b64(body), 64)[1], None, label
    if fmt == 'enc_pkcs8':
        n = g.ch([g.ri(1216, 1219), 138, 48])
        ct = g.bytes((n // 16 + 1) * 16)
        der = d_seq(pbes2_algid(rng, g.ch([2048, 2048, 600000, 10000])), d_oct(ct))
        return pem('ENCRYPTED PRIVATE KEY', der), b64_line_for(der, ct[16:32]), None, 'ENCRYPTED PRIVATE KEY'
    raise ValueError(fmt)


def _self_signed_for(g, key, cn, days=None, subj=None):
    signer = key if not isinstance(key, EdKey) else g.ec()
    subj = subj or g.subj(cn)
    if signer is key:
        return make_cert(g.rng, key, subj, not_before=g.dt(hi=1719792000), days=days or g.ch([365, 730, 825, 3650]))
    cak, can, _ = g.ca(rsa=False)
    return make_cert(g.rng, key, subj, cak, can, not_before=g.dt(hi=1719792000), days=days or 365)


# ---- binary keystores -------------------------------------------------------
def pos_p12_keybag(g):
    key = g.rsa() if g.r() < 0.55 else g.ec()
    dom = g.domain()
    cn = g.host(dom)
    cak, can, cacert = g.ca()
    leaf = make_cert(g.rng, key, g.subj(cn, dom), cak, can, sans=[cn], not_before=g.dt(hi=1719792000), days=g.ch([365, 397, 730]))
    lk = hashlib.sha1(leaf).digest()
    alias = g.ch([cn, g.word(), 'server', '1', 'client-%s' % g.svc()])
    certs = [p12_certbag(leaf, p12_attrs(None, lk))]
    if g.r() < 0.6:
        certs.append(p12_certbag(cacert))
    safe_cert = d_seq(*certs)
    safe_key = d_seq(p12_safebag(OID['keyBag'], key.pkcs8(), p12_attrs(alias, lk)))
    cis = [p12_ci_data(safe_cert), p12_ci_data(safe_key)]
    data = pfx(g.rng, cis, g.pw())
    ext = g.ch(['p12', 'pfx'])
    path = g.ch(['certs/%s.%s' % (cn.split('.')[0], ext), 'deploy/ssl/%s.%s' % (dom.split('.')[0], ext),
                 'src/main/resources/keystore.%s' % ext, 'infra/iis/%s.%s' % (cn.replace('.', '_'), ext),
                 'config/mtls/client.%s' % ext])
    m = key.marker()
    assert m in data
    return P({path: data}, path, 'pkcs12', 'pkcs12_unencrypted_keybag', m.hex(), True)


def pos_p12_shrouded(g):
    dom = g.domain()
    cn = g.host(dom)
    n_cert = g.ri(880, 1500)
    ci_c, _ = p12_ci_encrypted(g.rng, n_cert)
    ct = g.bytes((g.ch([g.ri(1216, 1219), 138]) // 16 + 1) * 16)
    epki = d_seq(pbes2_algid(g.rng), d_oct(ct))
    lk = g.bytes(20)
    safe_key = d_seq(p12_safebag(OID['shroudedKeyBag'], epki, p12_attrs(g.ch([None, cn, 'le-' + g.uuid()]), lk)))
    data = pfx(g.rng, [ci_c, p12_ci_data(safe_key)], g.pw())
    ext = g.ch(['pfx', 'p12'])
    path = g.ch(['certs/%s.%s' % (dom.split('.')[0], ext), 'ssl/wildcard_%s.%s' % (dom.replace('.', '_'), ext),
                 'Deploy/Certificates/%s.%s' % (g.app(), ext), 'azure/appgw/%s.%s' % (cn.split('.')[0], ext),
                 'signing/codesign.%s' % ext, 'ios/certs/distribution.p12'])
    if path.endswith('distribution.p12'):
        ext = 'p12'
    return P({path: data}, path, 'pkcs12', 'pkcs12_shrouded_keybag', ct[:16].hex(), True)


def pos_jks(g):
    key = g.rsa() if g.r() < 0.6 else g.ec()
    pwd = g.pw(g.ri(10, 18))
    name = g.fullname()
    subj = [('CN', name), ('OU', g.ch(['Mobile', 'Engineering', 'Android'])), ('O', g.org()), ('L', g.ch(CITIES)[2]), ('C', g.ch(CITIES)[0])]
    cert = make_cert(g.rng, key, subj, not_before=g.dt(hi=1719792000), days=10000, eku=False)
    epk, salt = jks_protect(g.rng, key.pkcs8(), pwd)
    alias = g.ch(['upload', 'key0', 'release', g.word() + '-release', 'server', 'tomcat', 'jetty'])
    entries = [{'type': 'key', 'alias': alias, 'ts': g.epoch() * 1000 + g.ri(0, 999), 'epk': epk, 'chain': [cert]}]
    data = java_keystore(entries, pwd)
    app = g.word()
    path = g.ch(['android/app/upload-keystore.jks', 'app/release.jks', 'keystores/%s-release.keystore' % app,
                 'src/main/resources/server.jks', 'config/ssl/keystore.jks', 'android/keystores/release.keystore',
                 'signing/%s.jks' % app])
    return P({path: data}, path, 'java-keystore', 'jks_private_key_entry', salt[:16].hex(), True)


def pos_jceks(g):
    key = g.ec() if g.r() < 0.5 else None
    dom = g.domain()
    if key is None:
        key = g.rsa()
    cert = _self_signed_for(g, key, g.host(dom))
    plain = len(key.pkcs8())
    epk, ct = jceks_protect(g.rng, plain)
    entries = [{'type': 'key', 'alias': g.ch(['server', 'mykey', g.word(), 'signing']), 'ts': g.epoch() * 1000,
                'epk': epk, 'chain': [cert]}]
    data = java_keystore(entries, g.pw(), magic=0xCECECECE)
    path = g.ch(['conf/keystore.jceks', 'src/main/resources/%s.jceks' % g.word(), 'security/signing.jceks',
                 'etc/%s/server.jceks' % g.svc()])
    return P({path: data}, path, 'java-keystore', 'jceks_private_key_entry', ct[:16].hex(), True)


# ---- text private keys ------------------------------------------------------
def pos_ppk(g, version):
    enc = g.r() < 0.25
    key = g.rsa() if g.r() < 0.45 else (g.ed() if g.r() < 0.75 else g.ec())
    kt = {'ssh-rsa': 'rsa', 'ssh-ed25519': 'ed25519', 'ecdsa-sha2-nistp256': 'ecdsa'}[key.ssh_type()]
    comment = g.ch(['%s-key-%s' % (kt, g.dt().strftime('%Y%m%d')), '%s-key-%s' % (kt, g.dt().strftime('%Y%m%d')),
                    'imported-openssh-key', '%s@%s' % (g.user(), g.word())])
    txt, nl = ppk(g.rng, key, comment, version, enc)
    if g.r() < 0.5:
        txt = crlf(txt)
    path = g.ch(['keys/%s.ppk' % g.word(), 'deploy/%s-prod.ppk' % g.svc(), 'putty/%s.ppk' % g.user(),
                 'ssh/bastion.ppk', 'tools/winscp/%s.ppk' % g.word(), 'ops/keys/%s_%s.ppk' % (g.word(), g.ch(['ec2', 'vps', 'sftp']))])
    return P({path: txt}, path, 'putty', 'ppk_v%d%s' % (version, '_encrypted' if enc else ''), nl)


def pos_ppk2(g):
    return pos_ppk(g, 2)


def pos_ppk3(g):
    return pos_ppk(g, 3)


def pos_openssh(g, which):
    enc = which == 'enc'
    if which == 'enc':
        key = g.ed() if g.r() < 0.7 else g.ec()
    elif which == 'rsa':
        key = g.rsa()
    elif which == 'ecdsa':
        key = g.ec()
    else:
        key = g.ed()
    comment = g.ch(['%s@%s' % (g.user(), g.ch(['laptop', 'MacBook-Pro.local', 'build01', 'DESKTOP-%s' % g.s(UP + DIG, 7), 'ip-%s' % g.ip().replace('.', '-')])),
                    'deploy@%s' % g.app(), 'github-actions-deploy', ''])
    txt, nl = openssh_private(g.rng, key, comment, encrypted=enc)
    base = {'ssh-ed25519': 'id_ed25519', 'ssh-rsa': 'id_rsa', 'ecdsa-sha2-nistp256': 'id_ecdsa'}[key.ssh_type()]
    files = {}
    x = g.r()
    if x < 0.3:
        path = '.ssh/%s' % base
    elif x < 0.5:
        path = 'deploy/keys/%s_deploy_key' % g.app()
    elif x < 0.65:
        path = 'ansible/files/%s' % base
    elif x < 0.8:
        path = 'keys/%s.key' % g.word()
    else:
        path = 'ci/%s' % g.ch(['deploy_key', 'ssh_key', 'github_deploy'])
    files[path] = txt
    if g.r() < 0.4:
        files[path + '.pub'] = ssh_pub_line(key, comment or 'key') + '\n'
    return P(files, path, 'openssh', 'openssh_private_%s' % which, nl)


def pos_openssh_ed(g):
    return pos_openssh(g, 'ed25519')


def pos_openssh_rsa(g):
    return pos_openssh(g, 'rsa')


def pos_openssh_ecdsa(g):
    return pos_openssh(g, 'ecdsa')


def pos_openssh_enc(g):
    return pos_openssh(g, 'enc')


def _pem_path(g, kind):
    dom = g.domain()
    if kind == 'pkcs1' and g.r() < 0.2:
        return 'keys/%s.%s.private-key.pem' % (g.word() + '-bot', g.dt().strftime('%Y-%m-%d'))
    if kind == 'pkcs8' and g.r() < 0.15:
        return 'letsencrypt/live/%s/privkey.pem' % dom
    return g.ch(['ssl/private/%s.key' % dom, 'certs/%s.key' % g.ch(['server', 'tls', 'privkey', g.word()]),
                 'deploy/keys/%s.pem' % g.ch(['jwt-signing', 'private', 'signing-key', g.svc()]),
                 'config/jwt/private.pem', 'nginx/ssl/%s.key' % g.word(), 'secrets/%s-private.pem' % g.svc(),
                 'docker/certs/key.pem', 'ops/tls/%s.key' % g.svc()])


def pos_pem_file(g, fmt):
    txt, nl, key, label = key_pem(g, fmt)
    path = _pem_path(g, fmt)
    if fmt == 'sec1' and g.r() < 0.4:
        txt = pem('EC PARAMETERS', d_oid(OID['p256'])) + txt
    if fmt in ('pkcs1', 'pkcs8') and key is not None and not isinstance(key, EdKey) and g.r() < 0.3:
        cert = _self_signed_for(g, key, g.host())
        txt = txt + pem('CERTIFICATE', cert) if g.r() < 0.5 else pem('CERTIFICATE', cert) + txt
        path = path.rsplit('.', 1)[0] + '.pem'
    if g.r() < 0.15:
        txt = crlf(txt)
    prov = 'generic-private-key'
    return P({path: txt}, path, prov, 'pem_%s' % fmt, nl)


def pos_pem_pkcs1(g):
    return pos_pem_file(g, 'pkcs1')


def pos_pem_pkcs8(g):
    return pos_pem_file(g, 'pkcs8')


def pos_pem_sec1(g):
    return pos_pem_file(g, 'sec1')


def pos_pem_enc_legacy(g):
    return pos_pem_file(g, 'enc_legacy')


def pos_pem_enc_pkcs8(g):
    return pos_pem_file(g, 'enc_pkcs8')


def pos_apple_p8(g):
    key = g.ec()
    der = key.pkcs8()
    kid = g.s(UP + DIG, 10)
    txt = pem('PRIVATE KEY', der).rstrip('\n')
    path = g.ch(['AuthKey_%s.p8' % kid, 'ios/keys/AuthKey_%s.p8' % kid, 'fastlane/AuthKey_%s.p8' % kid,
                 'certs/apns/AuthKey_%s.p8' % kid])
    return P({path: txt}, path, 'apple', 'apple_p8_auth_key', b64_line_for(der, key.marker()))


def gcp_sa_json(g, project=None):
    key = g.rsa()
    project = project or '%s-%s-%d' % (g.word(), g.ch(['prod', 'prd', 'main', 'data', 'platform']), g.ri(100000, 999999))
    sa = g.ch(['%s-sa' % g.svc(), 'terraform', 'github-actions', 'firebase-adminsdk-%s' % g.s(LOW + DIG, 5), 'bq-loader', g.svc()])
    em = '%s@%s.iam.gserviceaccount.com' % (sa, project)
    der = key.pkcs8()
    pk = pem('PRIVATE KEY', der)
    d = {'type': 'service_account', 'project_id': project, 'private_key_id': g.hex(40), 'private_key': pk,
         'client_email': em, 'client_id': str(g.ri(10 ** 20, 10 ** 21 - 1)),
         'auth_uri': 'https://accounts.google.com/o/oauth2/auth', 'token_uri': 'https://oauth2.googleapis.com/token',
         'auth_provider_x509_cert_url': 'https://www.googleapis.com/oauth2/v1/certs',
         'client_x509_cert_url': 'https://www.googleapis.com/robot/v1/metadata/x509/%s' % em.replace('@', '%40')}
    if g.r() < 0.6:
        d['universe_domain'] = 'googleapis.com'
    return json.dumps(d, indent=2) + '\n', b64_line_for(der, key.marker()), project


def pos_gcp_json(g):
    txt, nl, project = gcp_sa_json(g)
    path = g.ch(['credentials/service-account.json', 'gcp-key.json', 'terraform/account.json',
                 'config/%s-%s.json' % (project, g.hex(12)), 'keys/bigquery-loader.json', '.gcp/credentials.json',
                 'functions/serviceAccountKey.json'])
    return P({path: txt}, path, 'gcp', 'gcp_service_account_json', nl)


def pos_android_sa(g):
    txt, nl, project = gcp_sa_json(g)
    path = g.ch(['app/src/main/assets/service_account.json', 'app/src/main/res/raw/firebase_admin.json',
                 'android/app/%s-firebase-adminsdk-%s.json' % (project, g.s(LOW + DIG, 5)),
                 'fastlane/play-store-credentials.json', 'android/play-publisher.json'])
    files = {path: txt}
    if g.r() < 0.5:
        files['app/build.gradle'] = ("plugins {\n    id 'com.android.application'\n    id 'com.google.gms.google-services'\n}\n\n"
                                     "android {\n    namespace '%s.%s'\n    compileSdk 34\n}\n" % (g.ch(['com', 'io', 'app']), g.word()))
    return P(files, path, 'gcp', 'android_embedded_service_account', nl)


def pos_json_pem(g):
    app = g.app()
    x = g.r()
    if x < 0.35 or x >= 0.7:
        txt, nl, key, label = key_pem(g, g.ch(['pkcs1', 'pkcs8', 'sec1']))
    if x < 0.35:
        d = {'port': 8080, 'logLevel': 'info', 'jwt': {'algorithm': 'RS256' if isinstance(key, RSAKey) else ('ES256' if isinstance(key, ECKey) else 'EdDSA'),
                                                        'issuer': 'https://%s' % g.host(), 'expiresIn': '15m', 'privateKey': txt}}
        path = g.ch(['config/production.json', 'config/default.json', 'src/config/jwt.json'])
    elif x < 0.7:
        txt, nl, key, label = key_pem(g, 'pkcs1')
        d = {'appId': g.ri(100000, 999999), 'webhookPath': '/api/github/webhooks', 'privateKey': txt,
             'installationId': g.ri(10 ** 7, 10 ** 8)}
        path = g.ch(['github-app.json', 'config/github-app.json', '.probot/app.json'])
    else:
        d = {'name': app, 'type': 'sftp', 'host': g.host(), 'port': 22, 'username': g.ch(['deploy', 'sftp', g.user()]),
             'privateKey': txt, 'remotePath': '/var/www/%s' % app}
        path = g.ch(['.vscode/sftp.json', 'sftp-config.json', 'deploy/sftp.json'])
    return P({path: json.dumps(d, indent=2) + '\n'}, path, 'generic-private-key', 'pem_in_json', nl)


def pos_yaml_pem(g):
    x = g.r()
    if x < 0.4:
        key = g.rsa() if g.r() < 0.5 else g.ec()
        fmt = 'pkcs1' if isinstance(key, RSAKey) else 'sec1'
        ktxt, _, _, _ = key_pem(g, fmt, key)
        cn = g.host()
        cert = _self_signed_for(g, key, cn)
        keyb64 = b64(ktxt.encode())
        name = '%s-tls' % g.word()
        y = ('apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: %s\ntype: kubernetes.io/tls\ndata:\n'
             '  tls.crt: %s\n  tls.key: %s\n' % (name, g.ch(['default', 'ingress-nginx', g.svc(), 'prod']),
                                                b64(pem('CERTIFICATE', cert).encode()), keyb64))
        path = g.ch(['k8s/%s-secret.yaml' % name, 'manifests/tls-secret.yaml', 'deploy/k8s/%s.yml' % name])
        return P({path: y}, path, 'kubernetes', 'k8s_tls_secret_data', keyb64)
    fmt = g.ch(['pkcs1', 'pkcs8', 'sec1', 'pkcs8'])
    txt, nl, key, label = key_pem(g, fmt)
    ind = '    '
    block = ''.join(ind + l + '\n' for l in txt.rstrip('\n').split('\n'))
    if x < 0.7:
        name = '%s-jwt-keys' % g.svc()
        y = ('apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\ntype: Opaque\nstringData:\n  jwt-private.pem: |\n%s' %
             (name, block.replace('    ', '    ', 1)))
        path = g.ch(['k8s/%s.yaml' % name, 'helm/templates/secret-%s.yaml' % g.svc(), 'deploy/%s.yml' % name])
    else:
        app = g.app()
        y = ('replicaCount: 2\nimage:\n  repository: ghcr.io/%s/%s\n  tag: "%d.%d.%d"\n%s:\n  enabled: true\n  privateKey: |\n%s'
             'service:\n  type: ClusterIP\n  port: 80\n' % (g.word(), app, g.ri(0, 3), g.ri(0, 20), g.ri(0, 9),
                                                          g.ch(['signing', 'sso', 'saml', 'sftp']), block))
        path = g.ch(['helm/%s/values-prod.yaml' % app, 'charts/%s/values.yaml' % app, 'config/%s.yml' % app])
    return P({path: y}, path, 'generic-private-key', 'pem_in_yaml', nl)


def pos_tf_pem(g):
    x = g.r()
    if x < 0.4 or x >= 0.7:
        txt, nl, key, label = key_pem(g, g.ch(['pkcs1', 'pkcs8', 'sec1']))
        body = txt.rstrip('\n')
    if x < 0.4:
        cert = _self_signed_for(g, key, g.host()) if key and not isinstance(key, EdKey) else None
        certtxt = pem('CERTIFICATE', cert).rstrip('\n') if cert else '${file("certs/server.crt")}'
        tf = ('resource "aws_iam_server_certificate" "%s" {\n  name_prefix      = "%s-"\n  certificate_body = <<EOF\n%s\nEOF\n'
              '  private_key      = <<EOF\n%s\nEOF\n\n  lifecycle {\n    create_before_destroy = true\n  }\n}\n' %
              (g.word(), g.app(), certtxt, body))
        path = g.ch(['terraform/iam_cert.tf', 'infra/modules/lb/cert.tf', 'main.tf'])
    elif x < 0.7:
        txt, nl, key, label = key_pem(g, 'pkcs1')
        body = txt.rstrip('\n')
        tf = ('provider "github" {\n  owner = "%s"\n  app_auth {\n    id              = "%d"\n    installation_id = "%d"\n'
              '    pem_file        = <<-EOT\n%s\n    EOT\n  }\n}\n' % (g.word(), g.ri(100000, 999999), g.ri(10 ** 7, 10 ** 8),
                                                                 '\n'.join('    ' + l for l in body.split('\n'))))
        path = g.ch(['terraform/github/providers.tf', 'providers.tf', 'infra/github.tf'])
    else:
        tf = ('resource "null_resource" "bootstrap" {\n  connection {\n    type        = "ssh"\n    host        = "%s"\n'
              '    user        = "ubuntu"\n    private_key = <<-KEY\n%s\n    KEY\n  }\n\n  provisioner "remote-exec" {\n'
              '    inline = ["sudo systemctl restart %s"]\n  }\n}\n' % (g.pubip(), '\n'.join('    ' + l for l in body.split('\n')), g.svc()))
        path = g.ch(['terraform/bootstrap.tf', 'infra/provision.tf'])
    return P({path: tf}, path, 'generic-private-key', 'pem_in_terraform', nl)


def pos_env_pem(g):
    fmt = g.ch(['pkcs1', 'pkcs8', 'sec1'])
    txt, nl, key, label = key_pem(g, fmt)
    esc = txt.rstrip('\n').replace('\n', '\\n')
    var = g.ch(['JWT_PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY', 'SAML_SP_PRIVATE_KEY', 'APNS_KEY', 'SIGNING_KEY', 'PRIVATE_KEY'])
    lines = ['NODE_ENV=production', 'PORT=%d' % g.ch([3000, 8080, 5000]), 'LOG_LEVEL=info',
             'PUBLIC_URL=https://%s' % g.host(), '%s="%s"' % (var, esc), 'REDIS_URL=redis://%s:6379/0' % g.ip()]
    g.rng.shuffle(lines)
    path = g.ch(['.env', '.env.production', 'deploy/.env.prod', 'server/.env'])
    return P({path: '\n'.join(lines) + '\n'}, path, 'generic-private-key', 'pem_in_env_file', nl)


def pos_pgp_private(g):
    uid = '%s <%s>' % (g.fullname(), g.email())
    data, marker, fpr = pgp_key(g.rng, uid, g.epoch(), True)
    hdrs = g.ch([(), (), ('Comment: %s' % uid,), ('Comment: %s' % ' '.join(chunk(fpr.hex().upper(), 4)),)])
    txt = pgp_armor('PRIVATE KEY BLOCK', data, hdrs)
    lines = chunk(b64(data), 64)
    off = data.find(marker)
    idx = min(((off + 8) * 4 // 3) // 64, len(lines) - 1)
    path = g.ch(['keys/release-signing-key.asc', 'gpg/private.asc', '.gnupg/%s-secret.asc' % g.user(),
                 'ci/signing/%s.key.asc' % g.word(), 'deploy/apt-repo-signing.gpg.asc', 'secring.asc'])
    return P({path: txt}, path, 'pgp', 'pgp_private_key_block', lines[idx])


# ---- rails -------------------------------------------------------------------
def _rails_enc(g):
    n = g.ri(120, 900)
    return '%s--%s--%s' % (b64(g.bytes(n)), b64(g.bytes(12)), b64(g.bytes(16)))


def pos_rails_master(g):
    k = g.hex(32)
    files = {'config/master.key': k + ('\n' if g.r() < 0.2 else ''), 'config/credentials.yml.enc': _rails_enc(g)}
    if g.r() < 0.5:
        files['config/application.rb'] = ('require_relative "boot"\n\nrequire "rails/all"\n\nBundler.require(*Rails.groups)\n\n'
                                          'module %s\n  class Application < Rails::Application\n    config.load_defaults 7.1\n  end\nend\n'
                                          % g.word().capitalize())
    return P(files, 'config/master.key', 'rails', 'rails_master_key', k)


def pos_rails_env_key(g):
    env = g.ch(['production', 'production', 'staging'])
    k = g.hex(32)
    files = {'config/credentials/%s.key' % env: k, 'config/credentials/%s.yml.enc' % env: _rails_enc(g)}
    return P(files, 'config/credentials/%s.key' % env, 'rails', 'rails_environment_key', k)


# ---- dotfiles -----------------------------------------------------------------
def pos_git_credentials(g):
    x = g.r()
    u = g.user().replace('.', '')
    if x < 0.4:
        tok = gh_token(g) if g.r() < 0.7 else gh_fine(g)
        line = 'https://%s:%s@github.com' % (u, tok)
        prov = 'github'
    elif x < 0.7:
        tok = glpat(g)
        line = 'https://%s:%s@%s' % (g.ch(['oauth2', u]), tok, g.ch(['gitlab.com', g.host(pre='gitlab')]))
        prov = 'gitlab'
    else:
        tok = azdo_pat(g)
        line = 'https://%s:%s@dev.azure.com' % (u, tok)
        prov = 'azure-devops'
    path = g.ch(['.git-credentials', 'dotfiles/.git-credentials', 'home/%s/.git-credentials' % u])
    return P({path: line + '\n'}, path, prov, 'git_credentials_file', tok)


def pos_netrc(g):
    x = g.r()
    if x < 0.35:
        tok = gh_token(g)
        lines = ['machine api.github.com', '  login %s' % g.user(), '  password %s' % tok]
        prov = 'github'
    elif x < 0.55:
        tok = glpat(g)
        lines = ['machine gitlab.com login oauth2 password %s' % tok]
        prov = 'gitlab'
    else:
        tok = g.pw()
        h = g.ch(['urs.earthdata.nasa.gov', g.host(pre='ftp'), g.host(pre='artifactory'), g.host(pre='nexus')])
        lines = ['machine %s' % h, 'login %s' % g.user(), 'password %s' % tok]
        prov = 'generic-password'
    if g.r() < 0.4:
        lines = ['# netrc for %s' % g.ch(['CI', 'the build box', 'downloads'])] + lines
    path = g.ch(['.netrc', '_netrc', 'ci/.netrc', 'docker/netrc'])
    return P({path: '\n'.join(lines) + '\n'}, path, prov, 'netrc', tok)


def pos_pgpass(g):
    tok = g.pw(sym='!#%*_-+=.^')
    h = g.ch([g.host(pre='db'), g.ip(), '%s.%s.%s.rds.amazonaws.com' % (g.app(), g.s(LOW + DIG, 12), g.ch(REGIONS)), 'localhost'])
    line = '%s:5432:%s:%s:%s' % (h, g.ch(['*', g.svc(), 'postgres', g.word() + '_prod']), g.ch(['postgres', 'app', g.svc() + '_rw', g.user()]), tok)
    lines = [line]
    if g.r() < 0.5:
        lines = ['# hostname:port:database:username:password'] + lines
    path = g.ch(['.pgpass', 'docker/postgres/.pgpass', 'scripts/backup/.pgpass'])
    return P({path: '\n'.join(lines) + '\n'}, path, 'postgres', 'pgpass', tok)


def pos_pypirc(g):
    tok = pypi_token(g)
    txt = ('[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = %s\n' % tok)
    if g.r() < 0.4:
        txt = txt.replace('[pypi]\n', '[pypi]\nrepository = https://upload.pypi.org/legacy/\n')
    path = g.ch(['.pypirc', 'release/.pypirc', 'dotfiles/pypirc'])
    return P({path: txt}, path, 'pypi', 'pypirc', tok)


def pos_npmrc(g):
    x = g.r()
    if x < 0.45:
        tok = npm_token(g)
        txt = 'registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n' % tok
        prov = 'npm'
        needle = tok
    elif x < 0.75:
        tok = gh_token(g)
        sc = g.word()
        txt = '@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=%s\n' % (sc, tok)
        prov = 'github'
        needle = tok
    else:
        u = g.user()
        pwd = g.pw()
        needle = b64(('%s:%s' % (u, pwd)).encode())
        h = g.host(pre=g.ch(['nexus', 'artifactory', 'npm']))
        txt = 'registry=https://%s/repository/npm-group/\n_auth=%s\nemail=%s\nalways-auth=true\n' % (h, needle, g.email())
        prov = 'npm-basic-auth'
    if g.r() < 0.3:
        txt = 'save-exact=true\n' + txt
    path = g.ch(['.npmrc', 'frontend/.npmrc', 'packages/%s/.npmrc' % g.word()])
    return P({path: txt}, path, prov, 'npmrc', needle)


def pos_yarnrc(g):
    x = g.r()
    if x < 0.5:
        tok = npm_token(g)
        txt = 'nodeLinker: node-modules\n\nnpmAuthToken: %s\n\nyarnPath: .yarn/releases/yarn-%d.%d.%d.cjs\n' % (
            tok, g.ri(3, 4), g.ri(0, 8), g.ri(0, 9))
        prov = 'npm'
    else:
        tok = gh_token(g)
        sc = g.word()
        txt = ('nodeLinker: node-modules\n\nnpmScopes:\n  %s:\n    npmAlwaysAuth: true\n    npmAuthToken: %s\n'
               '    npmRegistryServer: "https://npm.pkg.github.com"\n\nyarnPath: .yarn/releases/yarn-4.%d.%d.cjs\n' % (sc, tok, g.ri(0, 5), g.ri(0, 9)))
        prov = 'github'
    return P({'.yarnrc.yml': txt}, '.yarnrc.yml', prov, 'yarnrc_yml', tok)


def pos_docker_config(g):
    x = g.r()
    u = g.user().replace('.', '')
    if x < 0.35:
        reg, sec, prov = 'https://index.docker.io/v1/', dckr(g), 'docker-hub'
    elif x < 0.6:
        reg, sec, prov = 'ghcr.io', gh_token(g), 'github'
    elif x < 0.8:
        reg, sec, prov = 'registry.gitlab.com', glpat(g), 'gitlab'
    else:
        reg, sec, prov = g.host(pre=g.ch(['registry', 'harbor', 'docker'])), g.pw(), 'docker-registry'
    auth = b64(('%s:%s' % (u, sec)).encode())
    d = {'auths': {reg: {'auth': auth}}}
    if g.r() < 0.4:
        d['HttpHeaders'] = {'User-Agent': 'Docker-Client/%d.%d.%d (linux)' % (g.ri(20, 27), g.ri(0, 10), g.ri(0, 9))}
    txt = json.dumps(d, indent='\t')
    path = g.ch(['.docker/config.json', 'ci/docker/config.json', 'dotfiles/.docker/config.json'])
    return P({path: txt}, path, prov, 'docker_config_auths', auth)


# ---- kubernetes ----------------------------------------------------------------
def _kubeconfig(g, cluster, server, causer, userblock, ca_b64):
    return ('apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: %s\n    server: %s\n  name: %s\n'
            'contexts:\n- context:\n    cluster: %s\n    user: %s\n  name: %s\ncurrent-context: %s\nkind: Config\n'
            'preferences: {}\nusers:\n- name: %s\n  user:\n%s' % (ca_b64, server, cluster, cluster, causer, cluster, cluster, causer, userblock))


def pos_kubeconfig_token(g):
    cak, can, cacert = g.ca(rsa=False)
    ca_b64 = b64(pem('CERTIFICATE', cacert).encode())
    cluster = g.ch(['prod', 'production', '%s-prod' % g.word(), 'k3s-%s' % g.word(), 'kubernetes'])
    sa = g.ch(['ci-deployer', 'github-actions', 'argocd-manager', 'jenkins', g.svc() + '-deployer'])
    ns = g.ch(['kube-system', 'default', 'ci', g.svc()])
    if g.r() < 0.8:
        tok = k8s_sa_jwt(g, ns, sa)
        kind = 'kubeconfig_serviceaccount_token'
    else:
        tok = '%s.%s' % (g.s(LOW + DIG, 6), g.s(LOW + DIG, 16))
        kind = 'kubeconfig_bootstrap_token'
    y = _kubeconfig(g, cluster, 'https://%s:6443' % g.ch([g.ip(), g.host(pre='k8s')]), sa, '    token: %s\n' % tok, ca_b64)
    path = g.ch(['kubeconfig', '.kube/config', 'ci/kubeconfig.yaml', 'deploy/%s.kubeconfig' % cluster])
    return P({path: y}, path, 'kubernetes', kind, tok)


def pos_kubeconfig_clientkey(g):
    cak, can, cacert = g.ca(rsa=False)
    ca_b64 = b64(pem('CERTIFICATE', cacert).encode())
    key = g.rsa() if g.r() < 0.5 else g.ec()
    ktxt = pem('RSA PRIVATE KEY', key.pkcs1()) if isinstance(key, RSAKey) else pem('EC PRIVATE KEY', key.sec1())
    user = g.ch(['kubernetes-admin', 'admin', 'default', 'system:admin'])
    cert = make_cert(g.rng, key, [('O', 'system:masters'), ('CN', user)], cak, can, not_before=g.dt(hi=1719792000), days=365, eku=False)
    kb = b64(ktxt.encode())
    cluster = g.ch(['kubernetes', 'default', g.word() + '-cluster'])
    ub = '    client-certificate-data: %s\n    client-key-data: %s\n' % (b64(pem('CERTIFICATE', cert).encode()), kb)
    y = _kubeconfig(g, cluster, 'https://%s:6443' % g.ip(), user, ub, ca_b64)
    path = g.ch(['admin.conf', 'kubeconfig', '.kube/config', 'k3s.yaml', 'clusters/%s/kubeconfig' % cluster])
    return P({path: y}, path, 'kubernetes', 'kubeconfig_client_key_data', kb)


# ---- terraform -----------------------------------------------------------------
def _tfstate(g, resources, outputs=None):
    d = {'version': 4, 'terraform_version': '1.%d.%d' % (g.ri(3, 9), g.ri(0, 6)), 'serial': g.ri(1, 400),
         'lineage': g.uuid(), 'outputs': outputs or {}, 'resources': resources, 'check_results': None}
    return json.dumps(d, indent=2) + '\n'


def _tf_res(mode, typ, name, provider, attrs, sensitive=None, deps=None):
    inst = {'schema_version': 0, 'attributes': attrs, 'sensitive_attributes': sensitive or []}
    if deps:
        inst['dependencies'] = deps
    return {'mode': mode, 'type': typ, 'name': name, 'provider': 'provider["registry.terraform.io/%s"]' % provider, 'instances': [inst]}


def pos_tfstate(g):
    acct = str(g.ri(10 ** 11, 10 ** 12 - 1))
    region = g.ch(REGIONS)
    x = g.r()
    bkt = '%s-artifacts-%s' % (g.word(), acct)
    res = [_tf_res('managed', 'aws_s3_bucket', 'artifacts', 'hashicorp/aws',
                   {'id': bkt, 'arn': 'arn:aws:s3:::%s' % bkt, 'bucket': bkt, 'region': region, 'tags': {'Env': 'prod'}})]
    outputs = {}
    if x < 0.35:
        kid, sec = aws_pair(g)
        u = '%s-%s' % (g.svc(), g.ch(['ci', 'uploader', 'bot']))
        res.append(_tf_res('managed', 'aws_iam_access_key', u.replace('-', '_'), 'hashicorp/aws',
                           {'create_date': g.iso(), 'encrypted_secret': None, 'id': kid, 'key_fingerprint': None,
                            'pgp_key': None, 'secret': sec, 'status': 'Active', 'user': u}, [[{'type': 'get_attr', 'value': 'secret'}]]))
        needle, prov, kind = sec, 'aws', 'tfstate_iam_access_key'
    elif x < 0.6:
        pwd = g.pw(g.ch([16, 24, 32]))
        res.append(_tf_res('managed', 'random_password', 'db', 'hashicorp/random',
                           {'bcrypt_hash': '$2a$10$' + g.s(B64CH.replace('+', '.'), 53), 'id': 'none', 'keepers': None, 'length': len(pwd),
                            'lower': True, 'min_lower': 0, 'min_numeric': 0, 'min_special': 0, 'min_upper': 0,
                            'number': True, 'numeric': True, 'override_special': PW_SYM, 'result': pwd, 'special': True, 'upper': True},
                           [[{'type': 'get_attr', 'value': 'result'}]]))
        needle, prov, kind = pwd, 'terraform-random', 'tfstate_random_password'
    elif x < 0.8:
        pwd = g.pw()
        host = '%s.%s.%s.rds.amazonaws.com' % (g.app(), g.s(LOW + DIG, 12), region)
        url = 'postgresql://%s:%s@%s:5432/%s' % (g.ch(['app', 'admin', 'postgres']), pwd, host, g.svc())
        outputs['database_url'] = {'value': url, 'type': 'string', 'sensitive': True}
        needle, prov, kind = pwd, 'postgres', 'tfstate_sensitive_output'
    else:
        key = g.rsa(2048) if g.r() < 0.5 else g.ec()
        der = key.pkcs1() if isinstance(key, RSAKey) else key.sec1()
        label = 'RSA PRIVATE KEY' if isinstance(key, RSAKey) else 'EC PRIVATE KEY'
        kp = pem(label, der)
        res.append(_tf_res('managed', 'tls_private_key', 'deploy', 'hashicorp/tls',
                           {'algorithm': 'RSA' if isinstance(key, RSAKey) else 'ECDSA', 'ecdsa_curve': 'P256' if isinstance(key, ECKey) else 'P224',
                            'id': hashlib.sha1(key.spki()).hexdigest(), 'private_key_pem': kp,
                            'public_key_fingerprint_md5': ':'.join(chunk(hashlib.md5(key.ssh_pub_blob()).hexdigest(), 2)),
                            'public_key_openssh': ssh_pub_line(key, '').strip() + '\n', 'public_key_pem': pem('PUBLIC KEY', key.spki()),
                            'rsa_bits': 2048}, [[{'type': 'get_attr', 'value': 'private_key_pem'}]]))
        needle, prov, kind = b64_line_for(der, key.marker()), 'generic-private-key', 'tfstate_tls_private_key'
    path = g.ch(['terraform.tfstate', 'infra/terraform.tfstate', 'terraform/envs/prod/terraform.tfstate', 'terraform.tfstate.backup'])
    return P({path: _tfstate(g, res, outputs)}, path, prov, kind, needle)


def pos_tfvars(g):
    x = g.r()
    lines = ['region         = "%s"' % g.ch(REGIONS), 'environment    = "%s"' % g.ch(['prod', 'production']),
             'instance_type  = "%s"' % g.ch(['t3.medium', 'm6i.large', 'c6g.xlarge']), 'vpc_cidr       = "10.%d.0.0/16"' % g.ri(0, 250)]
    if x < 0.3:
        sec = g.pw()
        lines.append('db_password    = "%s"' % sec)
        prov = 'generic-password'
    elif x < 0.5:
        sec = g.hex(32)
        lines.append('datadog_api_key = "%s"' % sec)
        prov = 'datadog'
    elif x < 0.7:
        sec = cf_token(g)
        lines.append('cloudflare_api_token = "%s"' % sec)
        prov = 'cloudflare'
    elif x < 0.85:
        sec = gh_token(g)
        lines.append('github_token   = "%s"' % sec)
        prov = 'github'
    else:
        sec = dop(g)
        lines.append('do_token       = "%s"' % sec)
        prov = 'digitalocean'
    g.rng.shuffle(lines)
    path = g.ch(['terraform.tfvars', 'prod.tfvars', 'envs/prod/terraform.tfvars', 'secrets.auto.tfvars'])
    return P({path: '\n'.join(lines) + '\n'}, path, prov, 'tfvars_secret', sec)


def pos_tfrc(g):
    tok = tfc_token(g)
    if g.r() < 0.6:
        txt = json.dumps({'credentials': {'app.terraform.io': {'token': tok}}}, indent=2) + '\n'
        path = g.ch(['.terraform.d/credentials.tfrc.json', 'ci/credentials.tfrc.json'])
    else:
        txt = 'credentials "app.terraform.io" {\n  token = "%s"\n}\n' % tok
        path = g.ch(['.terraformrc', 'terraform.rc'])
    return P({path: txt}, path, 'terraform-cloud', 'terraform_cli_credentials', tok)


# ---- notebooks -----------------------------------------------------------------
def _nb(cells):
    nb = {'cells': cells, 'metadata': {'kernelspec': {'display_name': 'Python 3 (ipykernel)', 'language': 'python', 'name': 'python3'},
                                       'language_info': {'codemirror_mode': {'name': 'ipython', 'version': 3}, 'file_extension': '.py',
                                                         'mimetype': 'text/x-python', 'name': 'python', 'nbconvert_exporter': 'python',
                                                         'pygments_lexer': 'ipython3', 'version': '3.11.5'}},
          'nbformat': 4, 'nbformat_minor': 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + '\n'


def _src(text):
    ls = text.split('\n')
    return [l + '\n' for l in ls[:-1]] + ([ls[-1]] if ls[-1] else [])


def _cell_md(g, text):
    return {'cell_type': 'markdown', 'id': g.hex(8), 'metadata': {}, 'source': _src(text)}


def _cell_code(g, n, text, outputs=None):
    return {'cell_type': 'code', 'execution_count': n, 'id': g.hex(8), 'metadata': {}, 'outputs': outputs or [], 'source': _src(text)}


def pos_ipynb_code(g):
    x = g.r()
    if x < 0.25:
        tok = openai(g)
        code = 'from openai import OpenAI\n\nclient = OpenAI(api_key="%s")' % tok
        prov = 'openai'
    elif x < 0.45:
        tok = anthropic(g)
        code = 'import anthropic\n\nclient = anthropic.Anthropic(api_key="%s")' % tok
        prov = 'anthropic'
    elif x < 0.65:
        tok = hf_token(g)
        code = 'from huggingface_hub import login\n\nlogin(token="%s")' % tok
        prov = 'huggingface'
    elif x < 0.85:
        kid, tok = aws_pair(g)
        code = ('import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="%s",\n    aws_secret_access_key="%s",\n'
                '    region_name="%s",\n)' % (kid, tok, g.ch(REGIONS)))
        prov = 'aws'
    else:
        tok = dapi(g)
        code = 'from databricks import sql\n\nconn = sql.connect(server_hostname="adb-%d.%d.azuredatabricks.net",\n                   http_path="/sql/1.0/warehouses/%s",\n                   access_token="%s")' % (
            g.ri(10 ** 15, 10 ** 16), g.ri(1, 19), g.hex(16), tok)
        prov = 'databricks'
    cells = [_cell_md(g, '# %s exploration\n\nQuick look at the %s data.' % (g.svc().capitalize(), g.word())),
             _cell_code(g, 1, 'import pandas as pd\nimport numpy as np'),
             _cell_code(g, 2, code),
             _cell_code(g, 3, 'df = pd.read_csv("data/%s.csv")\ndf.head()' % g.word())]
    path = g.ch(['notebooks/%s.ipynb' % g.word(), 'analysis/%s_%s.ipynb' % (g.svc(), g.word()), 'Untitled%d.ipynb' % g.ri(1, 9), 'explore.ipynb'])
    return P({path: _nb(cells)}, path, prov, 'notebook_code_cell', tok)


def pos_ipynb_output(g):
    x = g.r()
    if x < 0.4:
        kid, sec = aws_pair(g)
        text = '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\nregion = %s\n' % (kid, sec, g.ch(REGIONS))
        code = '!cat ~/.aws/credentials'
        prov, needle = 'aws', sec
        out = [{'name': 'stdout', 'output_type': 'stream', 'text': _src(text)}]
    elif x < 0.7:
        prov, tok, var = api_token_choice(g)
        code = 'import os\nfor k, v in sorted(os.environ.items()):\n    print(k, "=", v)'
        envs = [('HOME', '/home/jovyan'), ('HOSTNAME', 'jupyter-%s' % g.user().replace('.', '-')), ('LANG', 'C.UTF-8'),
                (var, tok), ('PATH', '/opt/conda/bin:/usr/local/bin:/usr/bin:/bin'), ('SHELL', '/bin/bash')]
        envs.sort()
        text = ''.join('%s = %s\n' % kv for kv in envs)
        needle = tok
        out = [{'name': 'stdout', 'output_type': 'stream', 'text': _src(text)}]
    else:
        sa, nl, project = gcp_sa_json(g)
        code = '!cat %s' % g.ch(['key.json', 'credentials.json', '/content/sa.json'])
        prov, needle = 'gcp', nl
        out = [{'name': 'stdout', 'output_type': 'stream', 'text': _src(sa)}]
    cells = [_cell_md(g, '## Setup'), _cell_code(g, 1, code, out),
             _cell_code(g, 2, 'import pandas as pd\ndf = pd.DataFrame({"a": [1, 2, 3]})\ndf.describe()',
                        [{'data': {'text/plain': ['         a\n', 'count  3.0\n', 'mean   2.0']}, 'execution_count': 2, 'metadata': {}, 'output_type': 'execute_result'}])]
    path = g.ch(['notebooks/setup_%s.ipynb' % g.word(), 'scratch/%s.ipynb' % g.word(), 'debug_env.ipynb'])
    return P({path: _nb(cells)}, path, prov, 'notebook_output', needle)


# ---- data exports -------------------------------------------------------------
def pos_sql_dump(g):
    prov, tok, var = api_token_choice(g)
    db = '%s_%s' % (g.word(), g.ch(['prod', 'production', 'app']))
    tbl = g.ch(['integrations', 'api_credentials', 'provider_settings', 'webhook_configs'])
    col = g.ch(['api_key', 'secret_key', 'access_token', 'api_token'])
    rows = []
    n = g.ri(3, 6)
    hit = g.ri(0, n - 1)
    provs = ['stripe', 'slack', 'github', 'sendgrid', 'openai', 'shopify', 'mailgun', 'hubspot', 'zendesk']
    for i in range(n):
        val = "'%s'" % tok if i == hit else 'NULL'
        p = prov if i == hit else g.ch(provs)
        rows.append("(%d,'%s',%s,%d,'%s')" % (i + 1, p, val, 1 if i == hit else 0, g.dt().strftime('%Y-%m-%d %H:%M:%S')))
    users = []
    for i in range(g.ri(2, 5)):
        users.append("(%d,'%s','$2b$12$%s','%s')" % (i + 1, g.email(), g.s(B64CH.replace('+', '.'), 53), g.dt().strftime('%Y-%m-%d %H:%M:%S')))
    txt = ('-- MySQL dump 10.13  Distrib 8.0.%d, for Linux (x86_64)\n--\n-- Host: %s    Database: %s\n'
           '-- ------------------------------------------------------\n-- Server version\t8.0.%d\n\n'
           '/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;\n/*!50503 SET NAMES utf8mb4 */;\n\n'
           '--\n-- Table structure for table `users`\n--\n\nDROP TABLE IF EXISTS `users`;\nCREATE TABLE `users` (\n'
           '  `id` bigint NOT NULL AUTO_INCREMENT,\n  `email` varchar(255) NOT NULL,\n  `password_hash` varchar(255) NOT NULL,\n'
           '  `created_at` datetime NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n'
           'LOCK TABLES `users` WRITE;\nINSERT INTO `users` VALUES %s;\nUNLOCK TABLES;\n\n'
           '--\n-- Table structure for table `%s`\n--\n\nDROP TABLE IF EXISTS `%s`;\nCREATE TABLE `%s` (\n'
           '  `id` int NOT NULL AUTO_INCREMENT,\n  `provider` varchar(64) NOT NULL,\n  `%s` varchar(255) DEFAULT NULL,\n'
           '  `enabled` tinyint(1) NOT NULL DEFAULT 0,\n  `updated_at` datetime NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;\n\n'
           'LOCK TABLES `%s` WRITE;\nINSERT INTO `%s` VALUES %s;\nUNLOCK TABLES;\n\n-- Dump completed on %s\n'
           % (g.ri(30, 40), g.ch(['localhost', '127.0.0.1', g.host(pre='db')]), db, g.ri(30, 40), ','.join(users), tbl, tbl, tbl, col, tbl, tbl,
              ','.join(rows), g.dt().strftime('%Y-%m-%d %H:%M:%S')))
    path = g.ch(['db/dump.sql', 'backups/%s_%s.sql' % (db, g.dt().strftime('%Y%m%d')), 'sql/seed_prod.sql', 'dump.sql'])
    return P({path: txt}, path, prov, 'sql_dump_row', tok)


def pos_csv(g):
    prov, tok, var = api_token_choice(g)
    col = g.ch(['api_key', 'token', 'secret_key', 'access_token'])
    hdr = ['id', 'name', 'provider', col, 'status', 'created_at']
    rows = [','.join(hdr)]
    n = g.ri(3, 7)
    hit = g.ri(0, n - 1)
    for i in range(n):
        rows.append(','.join([str(g.ri(1000, 9999)), '%s %s' % (g.word().capitalize(), g.ch(['integration', 'sync', 'bot'])),
                              prov if i == hit else g.ch(['zapier', 'hubspot', 'segment']), tok if i == hit else '',
                              'active' if i == hit else 'revoked', g.iso()]))
    path = g.ch(['exports/integrations_%s.csv' % g.dt().strftime('%Y-%m-%d'), 'data/api_keys.csv', 'reports/%s-export.csv' % g.svc()])
    return P({path: '\n'.join(rows) + '\n'}, path, prov, 'csv_export_column', tok)


def _har(g, entries):
    d = {'log': {'version': '1.2', 'creator': {'name': g.ch(['WebInspector', 'Firefox', 'Charles Proxy', 'Insomnia']), 'version': '%d.%d' % (g.ri(1, 130), g.ri(0, 9))},
                 'pages': [], 'entries': entries}}
    return json.dumps(d, indent=2) + '\n'


def _har_entry(g, method, url, headers, status=200, mime='application/json', body='{}', cookies=None):
    return {'startedDateTime': g.iso().replace('Z', '.%03dZ' % g.ri(0, 999)), 'time': round(g.r() * 400, 3),
            'request': {'method': method, 'url': url, 'httpVersion': 'HTTP/2', 'cookies': cookies or [],
                        'headers': headers, 'queryString': [], 'headersSize': -1, 'bodySize': 0},
            'response': {'status': status, 'statusText': 'OK' if status == 200 else '', 'httpVersion': 'HTTP/2', 'cookies': [],
                         'headers': [{'name': 'content-type', 'value': mime}], 'content': {'size': len(body), 'mimeType': mime, 'text': body},
                         'redirectURL': '', 'headersSize': -1, 'bodySize': len(body)},
            'cache': {}, 'timings': {'blocked': -1, 'dns': -1, 'connect': -1, 'ssl': -1, 'send': 0, 'wait': round(g.r() * 300, 2), 'receive': 1.2}}


def _analytics_cookies(g):
    t = g.epoch()
    return [{'name': '_ga', 'value': 'GA1.1.%d.%d' % (g.ri(10 ** 8, 10 ** 10), t)},
            {'name': '_gid', 'value': 'GA1.2.%d.%d' % (g.ri(10 ** 8, 10 ** 10), t)},
            {'name': '_fbp', 'value': 'fb.1.%d.%d' % (t * 1000 + g.ri(0, 999), g.ri(10 ** 8, 10 ** 10))}]


def pos_har(g):
    x = g.r()
    ua = {'name': 'user-agent', 'value': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.0.0 Safari/537.36' % g.ri(110, 130)}
    if x < 0.3:
        tok = gh_token(g)
        url = 'https://api.github.com/repos/%s/%s/actions/runs?per_page=20' % (g.word(), g.app())
        h = [{'name': 'authorization', 'value': 'token %s' % tok}, {'name': 'accept', 'value': 'application/vnd.github+json'}]
        prov = 'github'
    elif x < 0.55:
        tok = stripe_sk(g)
        url = 'https://api.stripe.com/v1/charges?limit=10'
        h = [{'name': 'Authorization', 'value': 'Bearer %s' % tok}]
        prov = 'stripe'
    elif x < 0.8:
        tok = anthropic(g)
        url = 'https://api.anthropic.com/v1/messages'
        h = [{'name': 'x-api-key', 'value': tok}, {'name': 'anthropic-version', 'value': '2023-06-01'}]
        prov = 'anthropic'
    else:
        tok = sendgrid(g)
        url = 'https://api.sendgrid.com/v3/mail/send'
        h = [{'name': 'Authorization', 'value': 'Bearer %s' % tok}]
        prov = 'sendgrid'
    dom = g.domain()
    es = [_har_entry(g, 'GET', 'https://%s/' % dom, [ua], mime='text/html', body='<!doctype html><html><head><title>%s</title></head></html>' % g.word(), cookies=_analytics_cookies(g)),
          _har_entry(g, 'GET', 'https://%s/static/app.%s.js' % (dom, g.hex(8)), [ua], mime='application/javascript', body=''),
          _har_entry(g, 'POST' if 'messages' in url or 'mail' in url else 'GET', url, h + [ua])]
    g.rng.shuffle(es)
    path = g.ch(['debug/%s.har' % dom, 'har/%s-session.har' % g.word(), 'issue-%d/network.har' % g.ri(100, 9999)])
    return P({path: _har(g, es)}, path, prov, 'har_request_header', tok)


def pos_log(g):
    lines = []
    t = g.dt()
    app = g.app()
    x = g.r()
    if x < 0.3:
        pwd = g.pw()
        secret_line = 'Connecting to database postgresql://%s:%s@%s:5432/%s' % (g.ch(['app', 'svc_' + g.svc()]), pwd, g.host(pre='db'), g.svc())
        needle, prov = pwd, 'postgres'
    elif x < 0.6:
        prov, tok, var = api_token_choice(g)
        secret_line = 'Loaded settings: {"env": "production", "region": "%s", "%s": "%s", "workers": %d}' % (g.ch(REGIONS), var.lower(), tok, g.ri(2, 16))
        needle = tok
    elif x < 0.8:
        kid, sec = aws_pair(g)
        secret_line = 'botocore credentials resolved: access_key=%s secret_key=%s source=explicit' % (kid, sec)
        needle, prov = sec, 'aws'
    else:
        tok = slack_bot(g)
        secret_line = 'POST https://slack.com/api/chat.postMessage headers={"Authorization": "Bearer %s", "Content-Type": "application/json"}' % tok
        needle, prov = tok, 'slack'
    n = g.ri(12, 40)
    hit = g.ri(2, n - 2)
    msgs = ['Starting %s v%d.%d.%d' % (app, g.ri(1, 4), g.ri(0, 30), g.ri(0, 9)), 'Listening on 0.0.0.0:%d' % g.ch([8080, 3000, 8000]),
            'GET /healthz 200 %dms' % g.ri(1, 9), 'Worker %d started' % g.ri(1, 8), 'Cache warmup complete (%d keys)' % g.ri(100, 9000),
            'POST /api/v1/%s 201 %dms' % (g.svc(), g.ri(10, 300)), 'Scheduled job %s finished in %.2fs' % (g.word(), g.r() * 10),
            'GET /api/v1/%s/%d 404 %dms' % (g.svc(), g.ri(1, 99999), g.ri(1, 30))]
    for i in range(n):
        t += datetime.timedelta(milliseconds=g.ri(5, 60000))
        ts = t.strftime('%Y-%m-%d %H:%M:%S') + ',%03d' % g.ri(0, 999)
        if i == hit:
            lines.append('%s DEBUG [%s] %s' % (ts, g.ch(['config', 'db', 'bootstrap', 'http']), secret_line))
        else:
            lines.append('%s %s [%s] %s' % (ts, g.ch(['INFO', 'INFO', 'INFO', 'WARN']), g.ch(['main', 'http', 'worker', 'scheduler']), g.ch(msgs)))
    path = g.ch(['logs/%s.log' % app, 'log/production.log', 'var/log/%s/app-%s.log' % (app, t.strftime('%Y-%m-%d')), 'debug.log', 'nohup.out'])
    return P({path: '\n'.join(lines) + '\n'}, path, prov, 'application_log', needle)


def pos_minjs(g):
    x = g.r()
    if x < 0.35:
        tok = stripe_sk(g)
        frag = 'const %s="%s";' % (g.s(LOW, 2), tok)
        prov = 'stripe'
    elif x < 0.6:
        kid, tok = aws_pair(g)
        frag = '%s.config.update({region:"%s",accessKeyId:"%s",secretAccessKey:"%s"});' % (g.s(LOW, 1), g.ch(REGIONS), kid, tok)
        prov = 'aws'
    elif x < 0.8:
        tok = openai(g)
        frag = 'headers:{"Content-Type":"application/json",Authorization:"Bearer %s"},' % tok
        frag = 'fetch("https://api.openai.com/v1/chat/completions",{method:"POST",%sbody:JSON.stringify(e)})' % frag
        prov = 'openai'
    else:
        tok = sendgrid(g)
        frag = 'var %s={apiKey:"%s",from:"%s"};' % (g.s(LOW, 1), tok, g.email())
        prov = 'sendgrid'
    parts = ['!function(){"use strict";var e=%d,t="%s";' % (g.ri(1, 999), g.word())]
    for i in range(g.ri(6, 14)):
        v = g.s(LOW, 1)
        parts.append('function %s(%s){return %s&&%s.%s?%s.%s(%d):null}' % (g.s(LOW, 2), v, v, v, g.word(), v, g.word(), g.ri(0, 99)))
        parts.append('var %s=["%s","%s","%s"];' % (g.s(LOW, 2), g.word(), g.svc(), g.hex(8)))
    parts.insert(g.ri(2, len(parts) - 1), frag)
    parts.append('}();\n//# sourceMappingURL=main.%s.js.map' % g.hex(8))
    path = g.ch(['dist/assets/index-%s.js' % g.s(B64U, 8), 'public/js/app.%s.min.js' % g.hex(8), 'build/static/js/main.%s.js' % g.hex(8),
                 'www/js/bundle.min.js'])
    return P({path: ''.join(parts) + '\n'}, path, prov, 'minified_js_bundle', tok)


# ---- android / jvm ------------------------------------------------------------
def pos_gradle_props(g):
    pwd = g.pw(g.ri(10, 18))
    pre = g.ch(['RELEASE', 'MYAPP_UPLOAD', 'UPLOAD', 'SIGNING'])
    lines = ['org.gradle.jvmargs=-Xmx%dm -Dfile.encoding=UTF-8' % g.ch([2048, 4096]), 'android.useAndroidX=true',
             'kotlin.code.style=official', '%s_STORE_FILE=%s' % (pre, g.ch(['upload-keystore.jks', 'release.keystore', '../keys/release.jks'])),
             '%s_KEY_ALIAS=%s' % (pre, g.ch(['upload', 'release', 'key0'])), '%s_STORE_PASSWORD=%s' % (pre, pwd)]
    if g.r() < 0.5:
        lines.insert(3, 'android.nonTransitiveRClass=true')
    path = g.ch(['gradle.properties', 'android/gradle.properties'])
    return P({path: '\n'.join(lines) + '\n'}, path, 'android-signing', 'gradle_properties_signing_password', pwd)


def pos_local_props(g):
    pwd = g.pw(g.ri(10, 18))
    u = g.user().replace('.', '')
    lines = ['## This file must *NOT* be checked into Version Control Systems,',
             '# as it contains information specific to your local configuration.', '#',
             '# Location of the SDK. This is only used by Gradle.',
             '#%s' % g.dt().strftime('%a %b %d %H:%M:%S UTC %Y'),
             'sdk.dir=/Users/%s/Library/Android/sdk' % u if g.r() < 0.6 else 'sdk.dir=C\\:\\\\Users\\\\%s\\\\AppData\\\\Local\\\\Android\\\\Sdk' % u,
             'storeFile=/Users/%s/keys/%s.jks' % (u, g.word()), 'keyAlias=upload', 'storePassword=%s' % pwd]
    path = g.ch(['local.properties', 'android/local.properties'])
    return P({path: '\n'.join(lines) + '\n'}, path, 'android-signing', 'local_properties_signing_password', pwd)


def pos_properties(g):
    x = g.r()
    app = g.app()
    base = ['spring.application.name=%s' % app, 'server.port=%d' % g.ch([8080, 8081, 9000]),
            'management.endpoints.web.exposure.include=health,info', 'logging.level.root=INFO']
    if x < 0.4:
        sec = g.pw()
        base += ['spring.datasource.url=jdbc:postgresql://%s:5432/%s' % (g.host(pre='db'), g.svc()),
                 'spring.datasource.username=%s' % g.ch(['app', g.svc()]), 'spring.datasource.password=%s' % sec]
        prov = 'generic-password'
    elif x < 0.65:
        sec = sendgrid(g)
        base += ['spring.mail.host=smtp.sendgrid.net', 'spring.mail.port=587', 'spring.mail.username=apikey', 'spring.mail.password=%s' % sec]
        prov = 'sendgrid'
    elif x < 0.85:
        kid, sec = aws_pair(g)
        base += ['cloud.aws.region.static=%s' % g.ch(REGIONS), 'cloud.aws.credentials.access-key=%s' % kid, 'cloud.aws.credentials.secret-key=%s' % sec]
        prov = 'aws'
    else:
        sec = azure_client_secret(g)
        base += ['spring.cloud.azure.active-directory.enabled=true', 'spring.cloud.azure.active-directory.credential.client-id=%s' % g.uuid(),
                 'spring.cloud.azure.active-directory.credential.client-secret=%s' % sec, 'spring.cloud.azure.active-directory.profile.tenant-id=%s' % g.uuid()]
        prov = 'azure-ad'
    path = g.ch(['src/main/resources/application.properties', 'src/main/resources/application-prod.properties', 'config/application.properties'])
    return P({path: '\n'.join(base) + '\n'}, path, prov, 'java_properties', sec)


def pos_maven_settings(g):
    x = g.r()
    if x < 0.5:
        sec, prov = g.pw(), 'generic-password'
        sid = g.ch(['nexus-releases', 'artifactory', 'internal-repo'])
    else:
        sec, prov = gh_token(g), 'github'
        sid = 'github'
    txt = ('<?xml version="1.0" encoding="UTF-8"?>\n<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"\n'
           '          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n'
           '          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">\n'
           '  <servers>\n    <server>\n      <id>%s</id>\n      <username>%s</username>\n      <password>%s</password>\n    </server>\n'
           '  </servers>\n</settings>\n' % (sid, g.user(), sec))
    path = g.ch(['.m2/settings.xml', 'ci/maven-settings.xml', 'settings.xml'])
    return P({path: txt}, path, prov, 'maven_settings_xml', sec)


# ---- windows ------------------------------------------------------------------
def pos_reg(g):
    x = g.r()
    if x < 0.4:
        sec = g.pw()
        body = ('[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]\n"AutoAdminLogon"="1"\n'
                '"DefaultUserName"="%s"\n"DefaultDomainName"="%s"\n"DefaultPassword"="%s"\n' % (g.ch(['kiosk', 'svc_display', g.user()]), g.word().upper(), sec))
        prov = 'windows-autologon'
    elif x < 0.7:
        sec = g.pw()
        sess = '%s-%s' % (g.word(), g.ch(['bastion', 'prod', 'jump']))
        body = ('[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\%s]\n"HostName"="%s"\n"PortNumber"=dword:00000016\n'
                '"ProxyMethod"=dword:00000003\n"ProxyHost"="%s"\n"ProxyPort"=dword:00000c38\n"ProxyUsername"="%s"\n"ProxyPassword"="%s"\n'
                % (sess, g.host(), g.host(pre='proxy'), g.user(), sec))
        prov = 'generic-password'
    else:
        prov, sec, var = api_token_choice(g)
        prod = g.word().capitalize()
        body = ('[HKEY_LOCAL_MACHINE\\SOFTWARE\\%s\\%s]\n"InstallDir"="C:\\\\Program Files\\\\%s"\n"Environment"="Production"\n"ApiKey"="%s"\n'
                % (g.org().replace(' ', ''), prod, prod, sec))
    utf16 = g.r() < 0.2
    path = g.ch(['setup/%s.reg' % g.ch(['autologon', 'settings', 'install']), 'windows/%s.reg' % g.word(), 'tools/putty-sessions.reg' if x >= 0.4 and x < 0.7 else 'deploy/registry.reg'])
    if utf16:
        txt = crlf('Windows Registry Editor Version 5.00\n\n' + body + '\n')
        data = b'\xff\xfe' + txt.encode('utf-16-le')
        return P({path: data}, path, prov, 'windows_reg_utf16', sec.encode('utf-16-le').hex(), True)
    hdr = g.ch(['Windows Registry Editor Version 5.00', 'REGEDIT4'])
    return P({path: crlf(hdr + '\n\n' + body + '\n')}, path, prov, 'windows_reg', sec)


def pos_ps1(g):
    x = g.r()
    if x < 0.35:
        sec = g.pw(sym='!#%*_-+=.')
        txt = ('$ErrorActionPreference = "Stop"\n\n$user = "%s\\%s"\n$securePassword = ConvertTo-SecureString "%s" -AsPlainText -Force\n'
               '$cred = New-Object System.Management.Automation.PSCredential ($user, $securePassword)\n\n'
               'Invoke-Command -ComputerName %s -Credential $cred -ScriptBlock {\n    Restart-Service -Name %s\n}\n'
               % (g.word().upper(), g.ch(['svc_deploy', 'administrator', 'svc_' + g.svc()]), sec, g.host(), g.svc().capitalize()))
        prov = 'generic-password'
    elif x < 0.65:
        sec = azure_client_secret(g)
        txt = ('$tenantId = "%s"\n$appId = "%s"\n$secret = "%s" | ConvertTo-SecureString -AsPlainText -Force\n'
               '$cred = New-Object System.Management.Automation.PSCredential($appId, $secret)\n'
               'Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenantId\nGet-AzResourceGroup | Format-Table\n'
               % (g.uuid(), g.uuid(), sec))
        prov = 'azure-ad'
    else:
        prov, sec, var = api_token_choice(g)
        txt = ('param([string]$Branch = "main")\n\n$env:%s = "%s"\n$headers = @{ "User-Agent" = "release-script" }\n'
               'Write-Host "Publishing $Branch"\n& ./scripts/publish.ps1 -Branch $Branch\n' % (var, sec))
    path = g.ch(['scripts/deploy.ps1', 'tools/%s.ps1' % g.word(), 'build/Publish-%s.ps1' % g.word().capitalize(), 'Setup.ps1'])
    return P({path: crlf(txt) if g.r() < 0.5 else txt}, path, prov, 'powershell_script', sec)


def pos_bat(g):
    x = g.r()
    ext = g.ch(['bat', 'cmd'])
    if x < 0.35:
        sec = g.pw(sym='#*_-+=.')
        txt = ('@echo off\nnet use Z: \\\\%s\\%s %s /user:%s\\%s /persistent:no\nrobocopy C:\\build\\out Z:\\releases /MIR\nnet use Z: /delete\n'
               % (g.ch(['fileserver', 'nas01', 'backup']), g.ch(['share', 'deploy', 'builds']), sec, g.word().upper(), g.ch(['svc_backup', 'svc_build'])))
        prov = 'generic-password'
    elif x < 0.6:
        sec = g.pw(sym='#*_-+=.')
        txt = ('@echo off\nset PGHOST=%s\nset PGUSER=%s\nset PGPASSWORD=%s\n"C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" -Fc %s > backup_%%date:~-4%%.dump\n'
               % (g.host(pre='db'), g.ch(['postgres', 'backup']), sec, g.svc()))
        prov = 'postgres'
    elif x < 0.8:
        kid, sec = aws_pair(g)
        txt = ('@echo off\nset AWS_ACCESS_KEY_ID=%s\nset AWS_SECRET_ACCESS_KEY=%s\nset AWS_DEFAULT_REGION=%s\naws s3 sync .\\dist s3://%s-site --delete\n'
               % (kid, sec, g.ch(REGIONS), g.word()))
        prov = 'aws'
    else:
        prov, sec, var = api_token_choice(g)
        txt = '@echo off\nsetlocal\nset %s=%s\ncall npm run release\nendlocal\n' % (var, sec)
    path = g.ch(['scripts/deploy.%s' % ext, 'backup.%s' % ext, 'tools/%s.%s' % (g.word(), ext), 'build/release.%s' % ext])
    return P({path: crlf(txt)}, path, prov, 'windows_batch', sec)


def pos_web_config(g):
    x = g.r()
    if x < 0.35:
        sec = g.pw(sym='!#%*_-+=.')
        cs = 'Server=tcp:%s.database.windows.net,1433;Initial Catalog=%s;Persist Security Info=False;User ID=%s;Password=%s;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;' % (
            g.word() + '-sql', g.svc(), g.ch(['sqladmin', 'app_user']), sec)
        inner = '  <connectionStrings>\n    <add name="DefaultConnection" connectionString="%s" providerName="System.Data.SqlClient" />\n  </connectionStrings>\n' % cs
        prov = 'mssql'
    elif x < 0.65:
        sec = azure_storage_key(g)
        cs = 'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net' % (g.word() + g.s(LOW + DIG, 6), sec)
        inner = '  <appSettings>\n    <add key="webpages:Version" value="3.0.0.0" />\n    <add key="StorageConnectionString" value="%s" />\n  </appSettings>\n' % cs
        prov = 'azure-storage'
    else:
        sec = g.s(HEXU, 128)
        dk = g.s(HEXU, 64)
        inner = ('  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n'
                 '    <machineKey validationKey="%s" decryptionKey="%s" validation="HMACSHA256" decryption="AES" />\n  </system.web>\n' % (sec, dk))
        prov = 'aspnet-machinekey'
    txt = '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n%s  <system.webServer>\n    <modules runAllManagedModulesForAllRequests="true" />\n  </system.webServer>\n</configuration>\n' % inner
    path = g.ch(['Web.config', 'src/%s.Web/Web.config' % g.word().capitalize(), 'web.config', 'Web.Release.config'])
    return P({path: crlf(txt)}, path, prov, 'web_config', sec)


def pos_appsettings(g):
    x = g.r()
    d = {'Logging': {'LogLevel': {'Default': 'Information', 'Microsoft.AspNetCore': 'Warning'}}, 'AllowedHosts': '*'}
    if x < 0.35:
        sec = g.pw(sym='!#%*_-+=.')
        d['ConnectionStrings'] = {'Default': 'Server=%s;Database=%s;User Id=%s;Password=%s;TrustServerCertificate=True' % (
            g.host(pre='sql'), g.svc(), g.ch(['app', 'sa']), sec)}
        prov = 'mssql'
    elif x < 0.65:
        sec = azure_client_secret(g)
        d['AzureAd'] = {'Instance': 'https://login.microsoftonline.com/', 'Domain': g.domain(), 'TenantId': g.uuid(), 'ClientId': g.uuid(),
                        'ClientSecret': sec, 'CallbackPath': '/signin-oidc'}
        prov = 'azure-ad'
    else:
        sec = sendgrid(g)
        d['SendGrid'] = {'ApiKey': sec, 'FromEmail': 'no-reply@%s' % g.domain()}
        prov = 'sendgrid'
    path = g.ch(['appsettings.json', 'appsettings.Production.json', 'src/%s.Api/appsettings.json' % g.word().capitalize()])
    return P({path: json.dumps(d, indent=2) + '\n'}, path, prov, 'appsettings_json', sec)


def pos_wp_config(g):
    sec = g.pw(sym='!#%*_-+=.^')
    db = '%s_wp' % g.word()
    salts = ''.join("define( '%s', getenv( 'WP_%s' ) );\n" % (k, k) for k in
                    ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'])
    txt = ("<?php\n/**\n * The base configuration for WordPress\n *\n * @package WordPress\n */\n\n"
           "// ** Database settings ** //\ndefine( 'DB_NAME', '%s' );\ndefine( 'DB_USER', '%s' );\ndefine( 'DB_PASSWORD', '%s' );\n"
           "define( 'DB_HOST', '%s' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\ndefine( 'DB_COLLATE', '' );\n\n"
           "/**#@+\n * Authentication unique keys and salts (injected by the container).\n */\n%s\n"
           "$table_prefix = 'wp_';\n\ndefine( 'WP_DEBUG', false );\n\nif ( ! defined( 'ABSPATH' ) ) {\n\tdefine( 'ABSPATH', __DIR__ . '/' );\n}\n\n"
           "require_once ABSPATH . 'wp-settings.php';\n" % (db, g.ch(['wp_user', db, 'wordpress']), sec, g.ch(['localhost', g.host(pre='mysql'), g.ip()]), salts))
    path = g.ch(['wp-config.php', 'public_html/wp-config.php', 'wordpress/wp-config.php'])
    return P({path: txt}, path, 'wordpress', 'wp_config_db_password', sec)


# ---- ops ---------------------------------------------------------------------
def pos_ansible(g):
    x = g.r()
    sec = g.pw(sym='!#%*_-+=.')
    if x < 0.4:
        hosts = ['%s%02d ansible_host=%s' % (g.ch(['web', 'app', 'db']), i + 1, g.ip()) for i in range(g.ri(2, 4))]
        txt = ('[web]\n%s\n\n[all:vars]\nansible_user=%s\nansible_password=%s\nansible_python_interpreter=/usr/bin/python3\n'
               % ('\n'.join(hosts), g.ch(['deploy', 'ansible', 'ubuntu']), sec))
        path = g.ch(['inventory/production/hosts.ini', 'inventory/hosts', 'hosts.ini'])
        kind = 'ansible_inventory_ini'
    elif x < 0.7:
        txt = ('---\nansible_user: %s\nansible_become: true\nansible_become_password: %s\nntp_servers:\n  - 0.pool.ntp.org\n  - 1.pool.ntp.org\n'
               % (g.ch(['deploy', 'admin']), sec))
        path = g.ch(['group_vars/all.yml', 'inventory/group_vars/all/main.yml', 'group_vars/webservers.yml'])
        kind = 'ansible_group_vars'
    else:
        txt = ('---\nmysql_port: 3306\nmysql_bind_address: "0.0.0.0"\nmysql_root_password: "%s"\nmysql_databases:\n  - name: %s\n'
               % (sec, g.svc()))
        path = g.ch(['host_vars/db01.yml', 'host_vars/%s.yml' % g.host(pre='db'), 'roles/mysql/vars/main.yml'])
        kind = 'ansible_host_vars'
    return P({path: txt}, path, 'generic-password', kind, sec)


def pos_history(g):
    x = g.r()
    cmds = ['ls -la', 'cd ~/src/%s' % g.app(), 'git status', 'git pull --rebase', 'docker ps', 'kubectl get pods -n %s' % g.svc(),
            'vim config.yml', 'make build', 'htop', 'tail -f /var/log/syslog', 'history | grep ssh', 'cd ..', 'npm ci', 'python -m venv .venv']
    if x < 0.3:
        prov, sec, var = api_token_choice(g)
        hot = 'export %s=%s' % (var, sec)
    elif x < 0.5:
        sec = g.pw(sym='#%*_-+=.')
        hot = "mysql -h %s -u root -p'%s' %s" % (g.host(pre='db'), sec, g.svc())
        prov = 'mysql'
    elif x < 0.7:
        sec = dckr(g)
        hot = 'docker login -u %s -p %s' % (g.user().replace('.', ''), sec)
        prov = 'docker-hub'
    elif x < 0.85:
        sec = mailgun(g)
        hot = 'curl -s --user "api:%s" https://api.mailgun.net/v3/%s/messages -F from=ops@%s -F to=%s -F subject=hi -F text=ok' % (
            sec, g.domain(), g.domain(), g.email())
        prov = 'mailgun'
    else:
        kid, sec = aws_pair(g)
        hot = 'aws configure set aws_secret_access_key %s' % sec
        prov = 'aws'
    seq = [g.ch(cmds) for _ in range(g.ri(8, 25))]
    seq.insert(g.ri(1, len(seq) - 1), hot)
    if g.r() < 0.5:
        t = g.epoch()
        out = []
        for c in seq:
            t += g.ri(3, 900)
            out.append(': %d:0;%s' % (t, c))
        path = g.ch(['.zsh_history', 'home/%s/.zsh_history' % g.first()])
    else:
        out = seq
        path = g.ch(['.bash_history', 'root/.bash_history', 'home/%s/.bash_history' % g.first()])
    return P({path: '\n'.join(out) + '\n'}, path, prov, 'shell_history', sec)


def pos_makefile(g):
    x = g.r()
    img = '%s/%s' % (g.word(), g.app())
    if x < 0.35:
        sec = dckr(g)
        txt = ('IMAGE ?= %s\nTAG ?= $(shell git rev-parse --short HEAD)\nDOCKER_USER := %s\nDOCKER_TOKEN := %s\n\n.PHONY: build push\n\n'
               'build:\n\tdocker build -t $(IMAGE):$(TAG) .\n\npush: build\n\techo $(DOCKER_TOKEN) | docker login -u $(DOCKER_USER) --password-stdin\n'
               '\tdocker push $(IMAGE):$(TAG)\n' % (img, g.user().replace('.', ''), sec))
        prov = 'docker-hub'
    elif x < 0.65:
        sec = pypi_token(g)
        txt = ('.PHONY: dist upload clean\n\ndist:\n\tpython -m build\n\nupload: dist\n\ttwine upload -u __token__ -p %s dist/*\n\n'
               'clean:\n\trm -rf dist build *.egg-info\n' % sec)
        prov = 'pypi'
    else:
        sec = dop(g)
        txt = ('DO_TOKEN = %s\nCLUSTER = %s-k8s\n\n.PHONY: kubeconfig\n\nkubeconfig:\n\tdoctl auth init -t $(DO_TOKEN)\n'
               '\tdoctl kubernetes cluster kubeconfig save $(CLUSTER)\n' % (sec, g.word()))
        prov = 'digitalocean'
    path = g.ch(['Makefile', 'deploy/Makefile', 'GNUmakefile'])
    return P({path: txt}, path, prov, 'makefile', sec)


def pos_procfile(g):
    x = g.r()
    if x < 0.5:
        sec = slack_bot(g)
        txt = 'web: gunicorn %s.wsgi --log-file -\nworker: SLACK_BOT_TOKEN=%s python bot.py\n' % (g.word(), sec)
        prov = 'slack'
    else:
        sec = g.pw(sym='_-')
        txt = ('release: DATABASE_URL=postgres://%s:%s@%s:5432/%s python manage.py migrate\nweb: gunicorn %s.wsgi\n'
               % (g.s(LOW, 14), sec, 'ec2-%s.compute-1.amazonaws.com' % g.pubip().replace('.', '-'), g.s(LOW + DIG, 14), g.word()))
        prov = 'postgres'
    return P({'Procfile': txt}, 'Procfile', prov, 'procfile', sec)


def pos_toml(g):
    x = g.r()
    if x < 0.3:
        sec = cio(g)
        txt = '[registry]\ntoken = "%s"\n' % sec
        path = g.ch(['.cargo/credentials.toml', 'ci/cargo-credentials.toml'])
        prov = 'crates.io'
    elif x < 0.55:
        prov, sec, var = api_token_choice(g)
        txt = '# Streamlit secrets\n%s = "%s"\n\n[app]\ntitle = "%s dashboard"\n' % (var.lower(), sec, g.word().capitalize())
        path = '.streamlit/secrets.toml'
    elif x < 0.8:
        sec = influx_token(g)
        txt = ('[agent]\n  interval = "10s"\n  flush_interval = "10s"\n\n[[outputs.influxdb_v2]]\n  urls = ["https://%s:8086"]\n'
               '  token = "%s"\n  organization = "%s"\n  bucket = "telegraf"\n\n[[inputs.cpu]]\n  percpu = true\n' % (g.host(pre='influx'), sec, g.word()))
        path = g.ch(['telegraf.conf', 'telegraf/telegraf.toml'])
        prov = 'influxdb'
    else:
        sec = g.pw()
        txt = '[http-basic]\n[http-basic.%s]\nusername = "%s"\npassword = "%s"\n' % (g.word(), g.user(), sec)
        path = g.ch(['auth.toml', '.config/pypoetry/auth.toml'])
        prov = 'poetry'
    return P({path: txt}, path, prov, 'toml_config', sec)


def pos_ini(g):
    x = g.r()
    if x < 0.35:
        kid, sec = aws_pair(g)
        txt = '[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n' % (kid, sec)
        if g.r() < 0.5:
            txt = '[default]\nregion = %s\noutput = json\n\n' % g.ch(REGIONS) + txt.replace('[default]', '[deploy]')
        path = g.ch(['.aws/credentials', 'deploy/aws/credentials', 'ci/aws-credentials.ini'])
        prov = 'aws'
    elif x < 0.55:
        sec = g.pw(sym='!#%*_-+=.')
        txt = '[client]\nuser = %s\npassword = %s\nhost = %s\n\n[mysqldump]\nsingle-transaction\n' % (g.ch(['root', 'backup']), sec, g.host(pre='db'))
        path = g.ch(['.my.cnf', 'docker/mysql/my.cnf', 'backup/.my.cnf'])
        prov = 'mysql'
    elif x < 0.75:
        kid, sec = aws_pair(g)
        txt = '[default]\naccess_key = %s\nsecret_key = %s\nhost_base = s3.amazonaws.com\nhost_bucket = %%(bucket)s.s3.amazonaws.com\nuse_https = True\n' % (kid, sec)
        path = g.ch(['.s3cfg', 'tools/s3cfg'])
        prov = 'aws'
    elif x < 0.9:
        sec = glpat(g)
        txt = '[global]\nindex-url = https://__token__:%s@gitlab.com/api/v4/projects/%d/packages/pypi/simple\ntimeout = 60\n' % (sec, g.ri(10 ** 6, 10 ** 8))
        path = g.ch(['pip.conf', 'pip.ini', '.config/pip/pip.conf'])
        prov = 'gitlab'
    else:
        sec = g.pw(sym='_-')
        txt = ('[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://%s:%s@%s/%s\n\n[loggers]\nkeys = root\n'
               % (g.ch(['app', 'migrator']), sec, g.host(pre='db'), g.svc()))
        path = 'alembic.ini'
        prov = 'postgres'
    return P({path: txt}, path, prov, 'ini_config', sec)


POS_PLAN = [
    (pos_p12_keybag, 9), (pos_p12_shrouded, 10), (pos_jks, 11), (pos_jceks, 6),
    (pos_ppk2, 8), (pos_ppk3, 8),
    (pos_openssh_ed, 9), (pos_openssh_rsa, 6), (pos_openssh_ecdsa, 5), (pos_openssh_enc, 5),
    (pos_pem_pkcs1, 8), (pos_pem_pkcs8, 9), (pos_pem_sec1, 6), (pos_pem_enc_legacy, 5), (pos_pem_enc_pkcs8, 5),
    (pos_apple_p8, 5), (pos_gcp_json, 7), (pos_android_sa, 4), (pos_json_pem, 8), (pos_yaml_pem, 8), (pos_tf_pem, 6),
    (pos_env_pem, 5), (pos_pgp_private, 8),
    (pos_rails_master, 8), (pos_rails_env_key, 5),
    (pos_git_credentials, 8), (pos_netrc, 8), (pos_pgpass, 7), (pos_pypirc, 7), (pos_npmrc, 8), (pos_yarnrc, 5),
    (pos_docker_config, 8),
    (pos_kubeconfig_token, 7), (pos_kubeconfig_clientkey, 7),
    (pos_tfstate, 9), (pos_tfvars, 6), (pos_tfrc, 4),
    (pos_ipynb_code, 8), (pos_ipynb_output, 6),
    (pos_sql_dump, 7), (pos_csv, 7), (pos_har, 7), (pos_log, 7), (pos_minjs, 7),
    (pos_gradle_props, 5), (pos_local_props, 4), (pos_properties, 6), (pos_maven_settings, 4),
    (pos_reg, 6), (pos_ps1, 6), (pos_bat, 6), (pos_web_config, 6), (pos_appsettings, 6), (pos_wp_config, 5),
    (pos_ansible, 8), (pos_history, 8), (pos_makefile, 5), (pos_procfile, 4), (pos_toml, 6), (pos_ini, 8),
]

# =====================================================================
# NEGATIVE builders (no credential at all)
# =====================================================================
BECH = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def _bech32_polymod(values):
    GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1ffffff) << 5) ^ v
        for i in range(5):
            chk ^= GEN[i] if ((b >> i) & 1) else 0
    return chk


def bech32(hrp, data8):
    acc, bits, data = 0, 0, []
    for v in data8:
        acc = (acc << 8) | v
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    values = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp] + data
    pm = _bech32_polymod(values + [0] * 6) ^ 1
    return hrp + '1' + ''.join(BECH[d] for d in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


def age_recipient(g):
    return bech32('age', g.bytes(32))


def _neg_cert(g, leaf=True):
    """(cert_der, key, subj) - leaf certificate signed by a fresh CA, or a CA"""
    cak, can, cacert = g.ca()
    if not leaf:
        return cacert, cak, can, None
    key = g.pool_rsa() if g.r() < 0.35 else g.ec()
    dom = g.domain()
    cn = g.ch([g.host(dom), '*.' + dom, dom])
    cert = make_cert(g.rng, key, g.subj(cn, dom, ou=False), cak, can, sans=[cn] + ([dom] if cn != dom else []),
                     not_before=g.dt(hi=1719792000), days=g.ch([90, 365, 397]))
    return cert, key, g.subj(cn, dom), cacert


def _cert_text_header(der):
    return ''


def neg_cert_pem(g):
    cert, key, subj, cacert = _neg_cert(g, leaf=g.r() < 0.7)
    txt = pem('CERTIFICATE', cert)
    if cacert and g.r() < 0.4:
        txt += pem('CERTIFICATE', cacert)
        path = g.ch(['nginx/ssl/fullchain.pem', 'certs/chain.pem', 'ssl/%s-bundle.crt' % g.word()])
    else:
        path = g.ch(['certs/server.crt', 'ssl/%s.pem' % g.word(), 'config/ca.pem', 'tls/cert.pem', 'certs/%s.cer' % g.word(),
                     'docker/certs/ca.crt', 'src/main/resources/certs/%s.crt' % g.svc()])
    if g.r() < 0.2:
        txt = crlf(txt)
    return N({path: txt}, path, 'x509', 'public_certificate_pem')


def neg_ca_bundle(g):
    out = ['##', '## Bundle of CA Root Certificates', '##', '## Generated for internal use by %s platform team' % g.org(), '##', '']
    for i in range(g.ri(3, 7)):
        cert, key, name, _ = _neg_cert(g, leaf=False)
        cn = dict(name)['CN']
        o = dict(name)['O']
        out += ['# Issuer: CN=%s O=%s' % (cn, o), '# Subject: CN=%s O=%s' % (cn, o), '# Label: "%s"' % cn,
                '# Serial: %d' % g.rng.getrandbits(80),
                '# MD5 Fingerprint: %s' % ':'.join(chunk(hashlib.md5(cert).hexdigest(), 2)),
                '# SHA1 Fingerprint: %s' % ':'.join(chunk(hashlib.sha1(cert).hexdigest(), 2)),
                '# SHA256 Fingerprint: %s' % ':'.join(chunk(hashlib.sha256(cert).hexdigest(), 2)),
                pem('CERTIFICATE', cert).rstrip('\n'), '']
    path = g.ch(['certs/ca-bundle.crt', 'cacert.pem', 'config/ssl/ca-certificates.crt', 'vendor/certs/roots.pem'])
    return N({path: '\n'.join(out)}, path, 'x509', 'ca_bundle')


def neg_cert_der(g):
    cert, key, subj, _ = _neg_cert(g, leaf=g.r() < 0.6)
    path = g.ch(['certs/%s.cer' % g.word(), 'certs/%s.der' % g.word(), 'app/src/main/res/raw/%s_ca.der' % g.word(),
                 'ios/Certificates/%s.cer' % g.word()])
    return N({path: cert}, path, 'x509', 'public_certificate_der')


def neg_p7b(g):
    certs = [_neg_cert(g, leaf=False)[0] for _ in range(g.ri(1, 3))]
    sd = d_seq(d_int(1), d_set(), d_seq(d_oid(OID['data'])), d_ctx(0, b''.join(certs)), d_set())
    der = d_seq(d_oid(OID['signedData']), d_ctx(0, sd))
    if g.r() < 0.5:
        path = g.ch(['certs/chain.p7b', 'certs/%s.p7c' % g.word()])
        return N({path: pem('PKCS7', der)}, path, 'x509', 'pkcs7_certs_only_pem')
    path = 'certs/%s.p7b' % g.word()
    return N({path: der}, path, 'x509', 'pkcs7_certs_only_der')


def neg_csr(g):
    key = g.ec()
    dom = g.domain()
    cn = g.host(dom)
    der = make_csr(g.rng, key, g.subj(cn, dom), [cn])
    path = g.ch(['certs/%s.csr' % cn, 'ssl/request.csr', 'pki/%s.req' % g.word()])
    return N({path: pem('CERTIFICATE REQUEST', der)}, path, 'x509', 'certificate_signing_request')


def neg_pubkey_pem(g):
    x = g.r()
    if x < 0.4:
        k = RSAKey.fake_public(g.rng, g.ch([2048, 2048, 4096]))
        txt = pem('PUBLIC KEY', k.spki()) if g.r() < 0.7 else pem('RSA PUBLIC KEY', k.pub_der())
    elif x < 0.8:
        txt = pem('PUBLIC KEY', g.ec().spki())
    else:
        txt = pem('PUBLIC KEY', g.ed().spki())
    path = g.ch(['config/jwt/public.pem', 'keys/public.pem', 'keys/%s.pub.pem' % g.svc(), 'src/main/resources/jwt-verify.pem',
                 'license/%s_public_key.pem' % g.word()])
    return N({path: txt}, path, 'public-key', 'public_key_pem')


def _any_pubkey(g):
    x = g.r()
    if x < 0.5:
        return g.ed()
    if x < 0.8:
        return RSAKey.fake_public(g.rng, g.ch([2048, 3072, 4096]))
    return g.ec()


def neg_ssh_pub(g):
    k = _any_pubkey(g)
    base = {'ssh-ed25519': 'id_ed25519', 'ssh-rsa': 'id_rsa', 'ecdsa-sha2-nistp256': 'id_ecdsa'}[k.ssh_type()]
    path = g.ch(['.ssh/%s.pub' % base, 'keys/%s.pub' % g.user(), 'deploy/%s_deploy_key.pub' % g.app(), 'ansible/files/authorized/%s.pub' % g.first(),
                 'ssh_host_ed25519_key.pub' if k.ssh_type() == 'ssh-ed25519' else 'keys/host.pub'])
    return N({path: ssh_pub_line(k, '%s@%s' % (g.user(), g.word())) + '\n'}, path, 'openssh', 'ssh_public_key')


def neg_authorized_keys(g):
    lines = []
    for i in range(g.ri(2, 6)):
        k = _any_pubkey(g)
        opt = g.ch(['', '', '', 'from="%s/24",no-agent-forwarding,no-X11-forwarding ' % g.ip().rsplit('.', 1)[0] + '.0',
                    'command="/usr/local/bin/backup-only",no-pty,no-port-forwarding ', 'restrict '])
        lines.append(opt + ssh_pub_line(k, g.email()))
    path = g.ch(['.ssh/authorized_keys', 'ansible/roles/users/files/authorized_keys', 'files/%s_authorized_keys' % g.first()])
    return N({path: '\n'.join(lines) + '\n'}, path, 'openssh', 'authorized_keys')


def neg_known_hosts(g):
    lines = []
    for i in range(g.ri(3, 8)):
        k = _any_pubkey(g)
        h = g.ch([g.host(), g.ip(), 'github.com', 'gitlab.com', '[%s]:2222' % g.host()])
        if g.r() < 0.4:
            salt = g.bytes(20)
            hh = hmac.new(salt, h.encode(), hashlib.sha1).digest()
            h = '|1|%s|%s' % (b64(salt), b64(hh))
        elif g.r() < 0.3:
            h = '%s,%s' % (h, g.ip())
        lines.append('%s %s %s' % (h, k.ssh_type(), b64(k.ssh_pub_blob())))
    if g.r() < 0.3:
        lines.append('@cert-authority *.%s %s' % (g.domain(), ssh_pub_line(g.ed(), 'host-ca').rsplit(' ', 1)[0]))
    path = g.ch(['.ssh/known_hosts', 'ci/known_hosts', 'ansible/files/known_hosts', 'docker/ssh_known_hosts'])
    return N({path: '\n'.join(lines) + '\n'}, path, 'openssh', 'known_hosts')


def neg_pgp_public(g):
    blocks = []
    n = 1 if g.r() < 0.7 else g.ri(2, 3)
    for i in range(n):
        uid = '%s <%s>' % (g.fullname(), g.email())
        data, _, fpr = pgp_key(g.rng, uid, g.epoch(), False)
        pre = ('pub   ed25519 %s [SC]\n      %s\nuid           %s\nsub   cv25519 [E]\n\n' % (
            g.dt().strftime('%Y-%m-%d'), fpr.hex().upper(), uid)) if n > 1 else ''
        blocks.append(pre + pgp_armor('PUBLIC KEY BLOCK', data))
    path = g.ch(['KEYS', 'keys/%s.asc' % g.first(), 'deploy/apt/%s-archive-keyring.asc' % g.word(), 'docs/pgp-key.txt', 'public.gpg.asc'])
    return N({path: '\n'.join(blocks)}, path, 'pgp', 'pgp_public_key_block')


def _pgp_sig_packet(g):
    hashed = bytes([5, 2]) + struct.pack('>I', g.epoch()) + bytes([22, 33, 4]) + g.bytes(20)
    body = bytes([4, 0x00, 22, 10]) + struct.pack('>H', len(hashed)) + hashed + b'\x00\x0a' + bytes([9, 16]) + g.bytes(8)
    body += g.bytes(2) + pgp_mpi(b'\x01' + g.bytes(31)) + pgp_mpi(b'\x01' + g.bytes(31))
    return pgp_pkt(2, body)


def neg_pgp_sig(g):
    sig = pgp_armor('SIGNATURE', _pgp_sig_packet(g))
    if g.r() < 0.5:
        lines = ['%s  %s-%d.%d.%d-%s.tar.gz' % (g.hex(64), g.app(), g.ri(0, 3), g.ri(0, 20), g.ri(0, 9), g.ch(['linux-amd64', 'darwin-arm64', 'windows-amd64']))
                 for _ in range(g.ri(2, 5))]
        txt = '-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n' + '\n'.join(lines) + '\n' + sig
        path = g.ch(['SHA256SUMS.asc', 'release/SHA256SUMS.asc', 'dist/checksums.txt.asc'])
        return N({path: txt}, path, 'pgp', 'pgp_clearsigned_checksums')
    path = g.ch(['dist/%s.tar.gz.asc' % g.app(), 'release/%s.sig' % g.word(), 'downloads/%s.zip.asc' % g.app()])
    return N({path: sig}, path, 'pgp', 'pgp_detached_signature')


def neg_pgp_message(g):
    pk = bytes([3]) + g.bytes(8) + bytes([18]) + pgp_mpi(b'\x40' + g.bytes(32)) + bytes([48]) + g.bytes(48)
    data = pgp_pkt(1, pk) + pgp_pkt(18, b'\x01' + g.bytes(g.ri(200, 1500)))
    path = g.ch(['secrets/%s.yaml.gpg.asc' % g.svc(), 'ops/handover.txt.asc', 'encrypted/%s.asc' % g.word(), 'vault/backup-codes.gpg.asc'])
    return N({path: pgp_armor('MESSAGE', data)}, path, 'pgp', 'pgp_encrypted_message')


def _age_file(g, n):
    hdr = 'age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n' % (b64(g.bytes(32)).rstrip('='), b64(g.bytes(32)).rstrip('='), b64(g.bytes(32)).rstrip('='))
    return hdr.encode() + g.bytes(n)


def neg_age(g):
    raw = _age_file(g, g.ri(100, 900))
    if g.r() < 0.6:
        txt = '-----BEGIN AGE ENCRYPTED FILE-----\n' + '\n'.join(chunk(b64(raw), 64)) + '\n-----END AGE ENCRYPTED FILE-----\n'
        path = g.ch(['secrets/%s.yaml.age' % g.svc(), 'infra/%s.tfvars.age' % g.word(), 'encrypted/%s.json.age' % g.word()])
        return N({path: txt}, path, 'age', 'age_encrypted_armored')
    path = g.ch(['secrets/%s.age' % g.word(), 'backups/%s.tar.age' % g.word()])
    return N({path: raw}, path, 'age', 'age_encrypted_binary')


# ---- binary keystores holding only public certificates -----------------------------
def neg_p12_truststore(g):
    bags = []
    for i in range(g.ri(1, 4)):
        cert, _, name, _ = _neg_cert(g, leaf=False)
        attrs = d_set(d_seq(d_oid(OID['friendlyName']), d_set(d_bmp(dict(name)['CN'].lower()))),
                      d_seq(d_oid(OID['oracleTrustedKeyUsage']), d_set(d_oid(OID['anyEKU']))))
        bags.append(p12_certbag(cert, attrs))
    data = pfx(g.rng, [p12_ci_data(d_seq(*bags))], g.ch(['changeit', g.pw()]))
    path = g.ch(['src/main/resources/truststore.p12', 'certs/truststore.p12', 'config/ssl/ca-trust.p12', 'jvm/cacerts.p12'])
    return N({path: data}, path, 'pkcs12', 'pkcs12_certificates_only')


def neg_jks_truststore(g):
    entries = []
    for i in range(g.ri(1, 5)):
        cert, _, name, _ = _neg_cert(g, leaf=False)
        entries.append({'type': 'cert', 'alias': dict(name)['CN'].lower().replace(' ', ''), 'ts': g.epoch() * 1000, 'cert': cert})
    data = java_keystore(entries, g.ch(['changeit', g.pw()]))
    path = g.ch(['src/main/resources/truststore.jks', 'certs/cacerts.jks', 'conf/trust.jks', 'docker/java/truststore.jks'])
    return N({path: data}, path, 'java-keystore', 'jks_trusted_certs_only')


# ---- random-looking binary files ----------------------------------------------
def _png_chunk(t, data):
    return struct.pack('>I', len(data)) + t + data + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)


def neg_png(g):
    w, h = g.ri(16, 96), g.ri(16, 96)
    raw = b''.join(b'\x00' + g.bytes(w * 3) for _ in range(h))
    data = b'\x89PNG\r\n\x1a\n' + _png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
    if g.r() < 0.5:
        data += _png_chunk(b'tEXt', b'Software\x00' + g.ch([b'Adobe ImageReady', b'www.inkscape.org', b'GIMP']))
    data += _png_chunk(b'IDAT', zlib.compress(raw, 9)) + _png_chunk(b'IEND', b'')
    path = g.ch(['assets/img/%s.png' % g.word(), 'docs/images/%s-diagram.png' % g.word(), 'app/src/main/res/drawable/ic_%s.png' % g.word(),
                 'public/favicon-%dx%d.png' % (w, w)])
    return N({path: data}, path, 'binary', 'png_image')


def neg_jpeg(g):
    app0 = b'JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00'
    seg = lambda m, d: b'\xff' + bytes([m]) + struct.pack('>H', len(d) + 2) + d
    dqt = b'\x00' + bytes(g.ri(2, 40) for _ in range(64))
    w, h = g.ri(32, 640), g.ri(32, 480)
    sof = b'\x08' + struct.pack('>HH', h, w) + b'\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01'
    dht = b'\x00' + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) + bytes(range(12))
    sos = b'\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00'
    ent = g.bytes(g.ri(800, 6000)).replace(b'\xff', b'\xff\x00')
    data = b'\xff\xd8' + seg(0xe0, app0) + seg(0xdb, dqt) + seg(0xc0, sof) + seg(0xc4, dht) + seg(0xda, sos) + ent + b'\xff\xd9'
    path = g.ch(['assets/photos/%s.jpg' % g.word(), 'static/img/%s.jpeg' % g.word(), 'docs/screenshots/%s.jpg' % g.svc()])
    return N({path: data}, path, 'binary', 'jpeg_image')


def _class_file(g, cls):
    cp = []

    def utf(s):
        cp.append(b'\x01' + jutf(s))
        return len(cp)

    def clsref(name):
        i = utf(name)
        cp.append(b'\x07' + struct.pack('>H', i))
        return len(cp)
    this = clsref(cls)
    sup = clsref('java/lang/Object')
    sf = utf('SourceFile')
    src = utf(cls.rsplit('/', 1)[-1] + '.java')
    for _ in range(g.ri(2, 8)):
        utf(g.ch(['get', 'set', 'is', 'on', 'handle']) + g.word().capitalize())
        utf('(Ljava/lang/String;)V')
    body = struct.pack('>HH', 0x0021, this) + struct.pack('>HHHH', sup, 0, 0, 0) + struct.pack('>HHIH', 1, sf, 2, src)
    return b'\xca\xfe\xba\xbe' + struct.pack('>HHH', 0, g.ch([52, 55, 61, 65]), len(cp) + 1) + b''.join(cp) + body


def neg_class(g):
    pkg = '%s/%s/%s' % (g.ch(['com', 'io', 'org']), g.word(), g.svc())
    cls = '%s/%s%s' % (pkg, g.word().capitalize(), g.ch(['Service', 'Controller', 'Util', 'Config']))
    path = 'build/classes/java/main/%s.class' % cls
    return N({path: _class_file(g, cls)}, path, 'binary', 'java_class_file')


def neg_jar(g):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        def add(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2024, g.ri(1, 12), g.ri(1, 28), g.ri(0, 23), g.ri(0, 59), 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        add('META-INF/MANIFEST.MF', 'Manifest-Version: 1.0\r\nCreated-By: %d (Eclipse Adoptium)\r\nImplementation-Version: %d.%d.%d\r\n\r\n' % (
            g.ch([17, 21]), g.ri(0, 5), g.ri(0, 20), g.ri(0, 9)))
        pkg = 'com/%s/%s' % (g.word(), g.svc())
        for i in range(g.ri(2, 5)):
            cls = '%s/%s%s' % (pkg, g.word().capitalize(), g.ch(['Service', 'Handler', 'Util']))
            add(cls + '.class', _class_file(g, cls))
        add('assets/blob.bin', g.bytes(g.ri(200, 2000)))
    ext = g.ch(['jar', 'zip'])
    path = g.ch(['libs/%s-%d.%d.%s' % (g.app(), g.ri(0, 4), g.ri(0, 20), ext), 'vendor/%s.%s' % (g.word(), ext), 'gradle/wrapper/%s.%s' % (g.word(), ext)])
    return N({path: buf.getvalue()}, path, 'binary', 'zip_archive')


def neg_pyc(g):
    mod = '%s_%s' % (g.word(), g.svc())
    src = ('"""%s helpers"""\nimport hashlib\n\nVERSION = "%d.%d.%d"\n\n\ndef digest(data: bytes) -> str:\n    return hashlib.sha256(data).hexdigest()\n\n\n'
           'def %s(items):\n    return sorted(items, key=lambda x: x["%s"])\n' % (mod, g.ri(0, 3), g.ri(0, 20), g.ri(0, 9), g.word(), g.word()))
    import importlib.util
    code = compile(src, '%s.py' % mod, 'exec')
    data = importlib.util.MAGIC_NUMBER + struct.pack('<III', 0, g.epoch(), len(src)) + marshal.dumps(code, 2)
    path = '%s/__pycache__/%s.cpython-311.pyc' % (g.ch(['src/%s' % g.word(), 'app', 'lib']), mod)
    return N({path: data}, path, 'binary', 'python_bytecode')


def _pb_varint(n):
    out = b''
    while True:
        b = n & 0x7f
        n >>= 7
        out += bytes([b | (0x80 if n else 0)])
        if not n:
            return out


def _pb_field(num, wt, payload):
    key = _pb_varint((num << 3) | wt)
    if wt == 0:
        return key + _pb_varint(payload)
    return key + _pb_varint(len(payload)) + payload


def neg_protobuf(g):
    recs = b''
    for i in range(g.ri(3, 20)):
        r = (_pb_field(1, 2, g.bytes(16)) + _pb_field(2, 2, ('%s-%s' % (g.word(), g.svc())).encode()) + _pb_field(3, 0, g.epoch()) +
             _pb_field(4, 2, g.bytes(32)) + _pb_field(5, 0, g.ri(0, 10 ** 6)))
        recs += _pb_field(1, 2, r)
    path = g.ch(['fixtures/%s.pb' % g.word(), 'data/%s_snapshot.bin' % g.svc(), 'model/%s.binpb' % g.word()])
    return N({path: recs}, path, 'binary', 'protobuf_binary')


# ---- encrypted config -----------------------------------------------------------
def _vault_blob(g, n, vid=None):
    inner = g.bytes(32).hex().encode() + b'\n' + g.bytes(32).hex().encode() + b'\n' + g.bytes(n).hex().encode()
    lines = chunk(inner.hex(), 80)
    hdr = '$ANSIBLE_VAULT;1.2;AES256;%s' % vid if vid else '$ANSIBLE_VAULT;1.1;AES256'
    return hdr, lines


def neg_ansible_vault(g):
    hdr, lines = _vault_blob(g, g.ri(1, 20) * 16, g.ch([None, None, 'prod', 'dev']))
    path = g.ch(['group_vars/all/vault.yml', 'group_vars/production/vault.yml', 'host_vars/%s/vault.yml' % g.host(pre='db'),
                 'roles/%s/vars/secrets.yml' % g.svc(), 'files/%s.key.vault' % g.word()])
    return N({path: hdr + '\n' + '\n'.join(lines) + '\n'}, path, 'ansible-vault', 'ansible_vault_file')


def neg_ansible_inline_vault(g):
    out = ['---', 'app_name: %s' % g.app(), 'app_port: %d' % g.ch([8080, 8000, 3000])]
    for var in g.rng.sample(['db_password', 'api_token', 'smtp_password', 'redis_password', 'jwt_secret'], g.ri(1, 3)):
        hdr, lines = _vault_blob(g, g.ri(1, 4) * 16)
        out.append('%s: !vault |' % var)
        out.append('  ' + hdr)
        out += ['  ' + l for l in lines]
    path = g.ch(['group_vars/all.yml', 'group_vars/webservers.yml', 'host_vars/%s.yml' % g.host(), 'inventory/group_vars/prod.yml'])
    return N({path: '\n'.join(out) + '\n'}, path, 'ansible-vault', 'ansible_inline_vault')


def _sops_enc(g, typ, n):
    return 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:%s]' % (b64(g.bytes(max(1, n))), b64(g.bytes(32)), b64(g.bytes(16)), typ)


def _sops_meta(g):
    acct = g.ri(10 ** 11, 10 ** 12 - 1)
    m = {}
    if g.r() < 0.5:
        m['kms'] = [{'arn': 'arn:aws:kms:%s:%d:key/%s' % (g.ch(REGIONS), acct, g.uuid()), 'created_at': g.iso(),
                     'enc': b64(b'\x01\x02\x02\x00x' + g.bytes(180)), 'aws_profile': ''}]
    else:
        raw = _age_file(g, 48)
        m['age'] = [{'recipient': age_recipient(g), 'enc': '-----BEGIN AGE ENCRYPTED FILE-----\n' + '\n'.join(chunk(b64(raw), 64)) + '\n-----END AGE ENCRYPTED FILE-----\n'}]
    m['lastmodified'] = g.iso()
    m['mac'] = _sops_enc(g, 'str', 64)
    m['unencrypted_suffix'] = '_unencrypted'
    m['version'] = g.ch(['3.7.3', '3.8.1', '3.9.0'])
    return m


def _yaml_dump(obj, ind=0):
    sp = '    ' if False else '  ' * ind
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                out.append('%s%s:' % (sp, k))
                out.append(_yaml_dump(v, ind + 1))
            elif isinstance(v, str) and '\n' in v:
                out.append('%s%s: |' % (sp, k))
                out += ['%s  %s' % (sp, l) for l in v.rstrip('\n').split('\n')]
            else:
                out.append('%s%s: %s' % (sp, k, _yscalar(v)))
    else:
        for v in obj:
            if isinstance(v, dict):
                sub = _yaml_dump(v, ind + 1).split('\n')
                first = sub[0].strip()
                out.append('%s- %s' % (sp, first))
                out += sub[1:]
            else:
                out.append('%s- %s' % (sp, _yscalar(v)))
    return '\n'.join(out)


def _yscalar(v):
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if v is None:
        return 'null'
    if isinstance(v, (int, float)):
        return str(v)
    if v == '' or re.search(r'[:#\[\]{},&*!|>\'"%@`]', v) and not v.startswith('ENC['):
        return '"%s"' % v.replace('"', '\\"')
    return v


def neg_sops_yaml(g):
    d = {}
    for k in g.rng.sample(['database_password', 'stripe_api_key', 'jwt_secret', 'smtp_password', 'github_token', 'redis_url'], g.ri(2, 4)):
        d[k] = _sops_enc(g, 'str', g.ri(16, 60))
    d['replicas_unencrypted'] = g.ri(1, 5)
    d['sops'] = _sops_meta(g)
    path = g.ch(['secrets/%s.enc.yaml' % g.ch(['prod', 'production', 'staging']), 'deploy/secrets.sops.yaml', 'k8s/%s/secrets.yaml' % g.svc()])
    return N({path: _yaml_dump(d) + '\n'}, path, 'sops', 'sops_encrypted_yaml')


def neg_sops_json(g):
    d = {}
    for k in g.rng.sample(['dbPassword', 'apiKey', 'clientSecret', 'webhookSecret', 'privateKey'], g.ri(2, 4)):
        d[k] = _sops_enc(g, 'str', g.ri(16, 60))
    d['sops'] = _sops_meta(g)
    path = g.ch(['secrets/%s.enc.json' % g.svc(), 'config/secrets.sops.json'])
    return N({path: json.dumps(d, indent=4) + '\n'}, path, 'sops', 'sops_encrypted_json')


def neg_git_crypt(g):
    data = b'\x00GITCRYPT\x00' + g.bytes(12) + g.bytes(g.ri(60, 1200))
    name = g.ch(['secrets/production.yaml', 'secrets/%s.json' % g.svc(), 'config/secure/%s.properties' % g.word(), 'deploy/keys/%s.txt' % g.word()])
    ga = '%s filter=git-crypt diff=git-crypt\n*.md -filter\n' % (name.split('/')[0] + '/**')
    return N({name: data, '.gitattributes': ga}, name, 'git-crypt', 'git_crypt_encrypted')


def neg_sealed_secret(g):
    name = '%s-secrets' % g.svc()
    keys = g.rng.sample(['DATABASE_PASSWORD', 'API_TOKEN', 'SMTP_PASSWORD', 'JWT_SECRET'], g.ri(1, 3))
    enc = ''.join('    %s: %s\n' % (k, b64(b'\x01\x00' + g.bytes(g.ri(300, 400)))) for k in keys)
    y = ('apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: %s\n  namespace: %s\nspec:\n  encryptedData:\n%s'
         '  template:\n    metadata:\n      name: %s\n    type: Opaque\n' % (name, g.svc(), enc, name))
    path = g.ch(['k8s/%s-sealed.yaml' % name, 'manifests/sealed-secret.yaml', 'deploy/%s/sealedsecret.yaml' % g.svc()])
    return N({path: y}, path, 'kubernetes', 'sealed_secret')


def neg_external_secret(g):
    name = '%s-credentials' % g.svc()
    y = ('apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: %s\nspec:\n  refreshInterval: 1h\n'
         '  secretStoreRef:\n    kind: ClusterSecretStore\n    name: %s\n  target:\n    name: %s\n  data:\n'
         '    - secretKey: password\n      remoteRef:\n        key: %s/%s/db\n        property: password\n'
         '    - secretKey: api-key\n      remoteRef:\n        key: %s/%s/api\n        property: key\n' % (
             name, g.ch(['aws-secrets-manager', 'vault-backend', 'gcp-sm']), name, g.ch(['prod', 'production']), g.svc(), 'prod', g.svc()))
    path = g.ch(['k8s/%s-externalsecret.yaml' % g.svc(), 'deploy/external-secret.yaml'])
    return N({path: y}, path, 'kubernetes', 'external_secret_reference')


def neg_rails_placeholder(g):
    x = g.r()
    if x < 0.5:
        txt = g.ch(['# Put the Rails master key here (ask #platform for the value from 1Password).\n',
                    'REPLACE_WITH_MASTER_KEY_FROM_PASSWORD_MANAGER\n',
                    '<paste config/master.key from the team vault>\n'])
        path = g.ch(['config/master.key.example', 'config/master.key.sample', 'config/credentials/production.key.example'])
        kind = 'rails_master_key_placeholder'
    else:
        txt = ('# Copy to config/credentials and edit with `bin/rails credentials:edit`.\n# Values below are placeholders.\n'
               'secret_key_base: <run `bin/rails secret`>\naws:\n  access_key_id: YOUR_ACCESS_KEY_ID\n  secret_access_key: YOUR_SECRET_ACCESS_KEY\n'
               'stripe:\n  secret_key: <stripe secret key>\n')
        path = g.ch(['config/credentials.yml.example', 'config/credentials.example.yml'])
        kind = 'rails_credentials_template'
    return N({path: txt}, path, 'rails', kind)


def neg_rails_enc(g):
    files = {'config/credentials.yml.enc': _rails_enc(g)}
    files['.gitignore'] = '/.bundle\n/log/*\n/tmp/*\n/config/master.key\n/config/credentials/*.key\n'
    return N(files, 'config/credentials.yml.enc', 'rails', 'rails_encrypted_credentials_only')


# ---- kube / notebooks / logs -----------------------------------------------------
def neg_kubeconfig_exec(g):
    cak, can, cacert = g.ca(rsa=False)
    ca_b64 = b64(pem('CERTIFICATE', cacert).encode())
    x = g.r()
    if x < 0.3:
        name = g.ch(['prod', 'eks-%s' % g.word()])
        region = g.ch(REGIONS)
        arn = 'arn:aws:eks:%s:%d:cluster/%s' % (region, g.ri(10 ** 11, 10 ** 12 - 1), name)
        ub = ('    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      args:\n      - --region\n      - %s\n'
              '      - eks\n      - get-token\n      - --cluster-name\n      - %s\n      - --output\n      - json\n      command: aws\n' % (region, name))
        server = 'https://%s.gr7.%s.eks.amazonaws.com' % (g.hex(32).upper(), region)
        cl = arn
    elif x < 0.55:
        cl = 'gke_%s-%d_%s_%s' % (g.word(), g.ri(100000, 999999), g.ch(['us-central1', 'europe-west1']), g.word())
        ub = ('    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: gke-gcloud-auth-plugin\n'
              '      installHint: Install gke-gcloud-auth-plugin for use with kubectl by following\n        https://cloud.google.com/kubernetes-engine/docs/how-to/cluster-access-for-kubectl#install_plugin\n'
              '      provideClusterInfo: true\n')
        server = 'https://%s' % g.pubip()
    elif x < 0.7:
        cl = '%s-aks' % g.word()
        ub = ('    auth-provider:\n      config:\n        apiserver-id: %s\n        client-id: %s\n        config-mode: "1"\n'
              '        environment: AzurePublicCloud\n        tenant-id: %s\n      name: azure\n' % (g.uuid(), g.uuid(), g.uuid()))
        server = 'https://%s-dns-%s.hcp.%s.azmk8s.io:443' % (cl, g.hex(8), g.ch(['westeurope', 'eastus']))
    elif x < 0.85:
        cl = '%s-aks' % g.word()
        ub = ('    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      args:\n      - get-token\n      - --login\n      - azurecli\n'
              '      - --server-id\n      - 6dae42f8-4368-4678-94ff-3960e28e3630\n      command: kubelogin\n      env: null\n      provideClusterInfo: false\n')
        server = 'https://%s-dns-%s.hcp.%s.azmk8s.io:443' % (cl, g.hex(8), g.ch(['westeurope', 'eastus']))
    else:
        cl = g.ch(['oidc-cluster', g.word()])
        ub = ('    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      args:\n      - oidc-login\n      - get-token\n'
              '      - --oidc-issuer-url=https://%s\n      - --oidc-client-id=kubernetes\n      command: kubectl\n' % g.host(pre='sso'))
        server = 'https://%s:6443' % g.host(pre='k8s')
    y = _kubeconfig(g, cl, server, cl, ub, ca_b64)
    path = g.ch(['kubeconfig', '.kube/config', 'ci/kubeconfig.yaml', 'docs/kubeconfig.%s.yaml' % g.word()])
    return N({path: y}, path, 'kubernetes', 'kubeconfig_auth_provider_no_token' if 'auth-provider' in y else 'kubeconfig_exec_plugin')


def neg_ipynb_env(g):
    var = g.ch(['OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'HF_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'DATABRICKS_TOKEN'])
    x = g.r()
    if x < 0.4:
        code = 'import os\n\napi_key = os.environ["%s"]' % var
    elif x < 0.7:
        code = 'from getpass import getpass\n\napi_key = getpass("%s: ")' % var
    else:
        code = 'from dotenv import load_dotenv\nimport os\n\nload_dotenv()\napi_key = os.getenv("%s")\nassert api_key, "set %s first"' % (var, var)
    h = hashlib.sha256(g.bytes(8)).hexdigest()
    cells = [_cell_md(g, '# %s experiment\n\nCredentials are read from the environment; never paste keys here.' % g.word().capitalize()),
             _cell_code(g, 1, code),
             _cell_code(g, 2, 'import hashlib\nhashlib.sha256(open("data/%s.parquet", "rb").read()).hexdigest()' % g.word(),
                        [{'data': {'text/plain': ["'%s'" % h]}, 'execution_count': 2, 'metadata': {}, 'output_type': 'execute_result'}]),
             _cell_code(g, 3, 'run_id = "%s"\nprint(run_id)' % g.uuid(), [{'name': 'stdout', 'output_type': 'stream', 'text': [g.uuid() + '\n']}])]
    path = g.ch(['notebooks/%s.ipynb' % g.word(), 'analysis/%s.ipynb' % g.svc(), 'experiments/%s_%s.ipynb' % (g.word(), g.svc())])
    return N({path: _nb(cells)}, path, 'jupyter', 'notebook_env_lookup')


def neg_log_redacted(g):
    lines = []
    t = g.dt()
    app = g.app()
    red = ['Stripe client initialised with key sk_live_%s%s' % ('*' * g.ri(8, 20), g.s(ALNUM, 4)),
           'Outgoing request Authorization: Bearer [REDACTED]',
           'db connect postgresql://app:********@%s:5432/%s ok' % (g.host(pre='db'), g.svc()),
           'Using AWS access key AKIA************%s from instance profile' % g.s(B32, 4),
           'github token configured: ghp_****...%s' % g.s(ALNUM, 4),
           'password=<redacted> user=%s login ok' % g.user(),
           'OPENAI_API_KEY is set (length %d, fingerprint sha256:%s)' % (g.ri(150, 170), g.hex(12))]
    n = g.ri(12, 40)
    for i in range(n):
        t += datetime.timedelta(milliseconds=g.ri(5, 60000))
        ts = t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03dZ' % g.ri(0, 999)
        if g.r() < 0.25:
            msg = g.ch(red)
        else:
            msg = g.ch(['request_id=%s GET /api/%s 200 %dms' % (g.uuid(), g.svc(), g.ri(2, 300)),
                        'trace_id=%s span_id=%s job=%s done' % (g.hex(32), g.hex(16), g.word()),
                        'cache hit ratio %.2f' % g.r(), 'Listening on :%d' % g.ch([8080, 3000]),
                        'commit=%s build=%d starting %s' % (g.hex(40), g.ri(100, 9999), app)])
        lines.append('%s %s %s: %s' % (ts, g.ch(['INFO', 'INFO', 'DEBUG', 'WARN']), app, msg))
    path = g.ch(['logs/%s.log' % app, 'log/production.log', 'var/log/%s.log' % g.svc(), 'debug.log'])
    return N({path: '\n'.join(lines) + '\n'}, path, 'logs', 'log_with_redacted_keys')


def neg_sql_hashes(g):
    rows = []
    for i in range(g.ri(3, 8)):
        x = g.r()
        if x < 0.4:
            h = '$2b$12$' + g.s(B64CH.replace('+', '.'), 53)
        elif x < 0.7:
            h = '$argon2id$v=19$m=65536,t=3,p=4$%s$%s' % (b64(g.bytes(16)).rstrip('='), b64(g.bytes(32)).rstrip('='))
        else:
            h = 'pbkdf2_sha256$%d$%s$%s' % (g.ch([600000, 720000, 870000]), g.s(ALNUM, 22), b64(g.bytes(32)))
        rows.append("(%d,'%s','%s','%s',%s)" % (i + 1, g.email(), h, g.dt().strftime('%Y-%m-%d %H:%M:%S'), g.ch(['NULL', "'%s'" % g.dt().strftime('%Y-%m-%d %H:%M:%S')])))
    keys = []
    for i in range(g.ri(1, 4)):
        keys.append("(%d,%d,'%s','%s','%s')" % (i + 1, g.ri(1, 8), g.s(ALNUM, 4), hashlib.sha256(g.bytes(32)).hexdigest(), g.dt().strftime('%Y-%m-%d %H:%M:%S')))
    txt = ('--\n-- PostgreSQL database dump\n--\n\n-- Dumped from database version 16.%d\n-- Dumped by pg_dump version 16.%d\n\n'
           "SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n\n"
           'CREATE TABLE public.users (\n    id bigint NOT NULL,\n    email character varying(255) NOT NULL,\n    password_hash character varying(255) NOT NULL,\n'
           '    created_at timestamp without time zone NOT NULL,\n    last_login_at timestamp without time zone\n);\n\n'
           'CREATE TABLE public.api_keys (\n    id bigint NOT NULL,\n    user_id bigint NOT NULL,\n    last_four character(4) NOT NULL,\n'
           '    key_sha256 character(64) NOT NULL,\n    created_at timestamp without time zone NOT NULL\n);\n\n'
           'INSERT INTO public.users VALUES %s;\n\nINSERT INTO public.api_keys VALUES %s;\n\n--\n-- PostgreSQL database dump complete\n--\n'
           % (g.ri(1, 4), g.ri(1, 4), ',\n'.join(rows), ',\n'.join(keys)))
    path = g.ch(['db/seed.sql', 'backups/users_%s.sql' % g.dt().strftime('%Y%m%d'), 'sql/dump.sql', 'fixtures/users.sql'])
    return N({path: txt}, path, 'sql', 'sql_dump_password_hashes')


def neg_csv_ids(g):
    x = g.r()
    if x < 0.5:
        rows = ['order_id,customer_id,sku,amount,currency,created_at']
        for i in range(g.ri(5, 25)):
            rows.append('%s,%s,%s-%04d,%.2f,%s,%s' % (g.uuid(), 'cus_%s' % g.s(ALNUM, 14), g.word().upper()[:4], g.ri(1, 9999),
                                                      g.r() * 500, g.ch(['USD', 'EUR', 'GBP']), g.iso()))
        path = g.ch(['exports/orders_%s.csv' % g.dt().strftime('%Y-%m'), 'data/orders.csv'])
    else:
        rows = ['file,sha256,size_bytes,uploaded_by']
        for i in range(g.ri(5, 25)):
            rows.append('%s/%s.%s,%s,%d,%s' % (g.word(), g.uuid(), g.ch(['pdf', 'png', 'csv']), hashlib.sha256(g.bytes(8)).hexdigest(), g.ri(1000, 10 ** 7), g.email()))
        path = g.ch(['reports/uploads.csv', 'exports/file_manifest.csv'])
    return N({path: '\n'.join(rows) + '\n'}, path, 'csv', 'csv_ids_and_digests')


def neg_har_analytics(g):
    dom = g.domain()
    ua = {'name': 'user-agent', 'value': 'Mozilla/5.0 (X11; Linux x86_64; rv:%d.0) Gecko/20100101 Firefox/%d.0' % (g.ri(110, 130), g.ri(110, 130))}
    es = []
    for i in range(g.ri(3, 7)):
        path = g.ch(['/', '/pricing', '/docs/%s' % g.word(), '/static/css/main.%s.css' % g.hex(8), '/static/js/%s.%s.js' % (g.word(), g.hex(8))])
        hdrs = [ua, {'name': 'accept-language', 'value': 'en-US,en;q=0.9'}, {'name': 'x-request-id', 'value': g.uuid()}]
        es.append(_har_entry(g, 'GET', 'https://%s%s' % (dom, path), hdrs, mime='text/html', body='', cookies=_analytics_cookies(g)))
    es.append(_har_entry(g, 'POST', 'https://www.google-analytics.com/g/collect?v=2&tid=G-%s&cid=%d.%d' % (g.s(UP + DIG, 10), g.ri(10 ** 8, 10 ** 10), g.epoch()),
                         [ua], status=204, mime='text/plain', body=''))
    path = g.ch(['debug/%s.har' % dom, 'har/landing-page.har', 'perf/%s.har' % g.word()])
    return N({path: _har(g, es)}, path, 'har', 'har_analytics_cookies')


def neg_tfstate_ids(g):
    acct = g.ri(10 ** 11, 10 ** 12 - 1)
    region = g.ch(REGIONS)
    name = g.app()
    res = [
        _tf_res('managed', 'aws_instance', 'web', 'hashicorp/aws', {
            'ami': 'ami-%s' % g.hex(17), 'arn': 'arn:aws:ec2:%s:%d:instance/i-%s' % (region, acct, g.hex(17)), 'id': 'i-%s' % g.hex(17),
            'instance_type': g.ch(['t3.micro', 't3.small', 'm6i.large']), 'private_ip': g.ip(), 'subnet_id': 'subnet-%s' % g.hex(17),
            'tags': {'Name': name}, 'vpc_security_group_ids': ['sg-%s' % g.hex(17)]}),
        _tf_res('managed', 'aws_iam_role', 'app', 'hashicorp/aws', {
            'arn': 'arn:aws:iam::%d:role/%s' % (acct, name), 'id': name, 'name': name, 'unique_id': 'AROA' + g.s(B32, 17),
            'assume_role_policy': json.dumps({'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', 'Principal': {'Service': 'ec2.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]}, separators=(',', ':'))}),
        _tf_res('managed', 'aws_kms_key', 'data', 'hashicorp/aws', {
            'arn': 'arn:aws:kms:%s:%d:key/%s' % (region, acct, g.uuid()), 'key_id': g.uuid(), 'enable_key_rotation': True, 'description': '%s data key' % name}),
        _tf_res('managed', 'aws_s3_bucket', 'logs', 'hashicorp/aws', {
            'arn': 'arn:aws:s3:::%s-logs-%d' % (name, acct), 'bucket': '%s-logs-%d' % (name, acct), 'id': '%s-logs-%d' % (name, acct),
            'hosted_zone_id': 'Z3AQBSTGFYJSTF', 'region': region}),
    ]
    if g.r() < 0.5:
        res.append(_tf_res('data', 'aws_secretsmanager_secret', 'db', 'hashicorp/aws', {
            'arn': 'arn:aws:secretsmanager:%s:%d:secret:%s/db-%s' % (region, acct, name, g.s(ALNUM, 6)), 'id': 'arn:aws:secretsmanager:%s:%d:secret:%s/db' % (region, acct, name),
            'name': '%s/db' % name}))
    outputs = {'instance_id': {'value': res[0]['instances'][0]['attributes']['id'], 'type': 'string'},
               'bucket_arn': {'value': res[3]['instances'][0]['attributes']['arn'], 'type': 'string'}}
    path = g.ch(['terraform.tfstate', 'infra/terraform.tfstate', 'terraform/envs/dev/terraform.tfstate'])
    return N({path: _tfstate(g, res, outputs)}, path, 'terraform', 'tfstate_ids_only')


def _sri(g):
    return 'sha512-' + b64(g.bytes(64))


def neg_lockfile(g):
    x = g.r()
    pk = [g.word() + g.ch(['', '-utils', '-core', '.js', '-parser']) for _ in range(g.ri(4, 12))]
    pk = list(dict.fromkeys(pk))
    ver = lambda: '%d.%d.%d' % (g.ri(0, 9), g.ri(0, 30), g.ri(0, 20))
    if x < 0.25:
        pkgs = {'': {'name': g.app(), 'version': '1.0.0', 'dependencies': {p: '^' + ver() for p in pk[:3]}}}
        for p in pk:
            v = ver()
            pkgs['node_modules/' + p] = {'version': v, 'resolved': 'https://registry.npmjs.org/%s/-/%s-%s.tgz' % (p, p, v), 'integrity': _sri(g), 'license': 'MIT'}
        txt = json.dumps({'name': g.app(), 'version': '1.0.0', 'lockfileVersion': 3, 'requires': True, 'packages': pkgs}, indent=2) + '\n'
        path = 'package-lock.json'
    elif x < 0.45:
        out = ['# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', '']
        for p in pk:
            v = ver()
            out += ['%s@^%s:' % (p, v), '  version "%s"' % v, '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (p, p, v, g.hex(40)),
                    '  integrity %s' % _sri(g), '']
        txt = '\n'.join(out)
        path = 'yarn.lock'
    elif x < 0.6:
        out = []
        for p in pk:
            v = ver()
            out += ['[[package]]', 'name = "%s"' % p, 'version = "%s"' % v, 'description = "%s helpers"' % p, 'optional = false',
                    'python-versions = ">=3.8"', 'files = [', '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},' % (p.replace('-', '_'), v, g.hex(64)),
                    '    {file = "%s-%s.tar.gz", hash = "sha256:%s"},' % (p, v, g.hex(64)), ']', '']
        out += ['[metadata]', 'lock-version = "2.0"', 'python-versions = "^3.11"', 'content-hash = "%s"' % g.hex(64)]
        txt = '\n'.join(out) + '\n'
        path = 'poetry.lock'
    elif x < 0.75:
        out = ['# This file is automatically @generated by Cargo.', '# It is not intended for manual editing.', 'version = 3', '']
        for p in pk:
            out += ['[[package]]', 'name = "%s"' % p.replace('.', '-'), 'version = "%s"' % ver(), 'source = "registry+https://github.com/rust-lang/crates.io-index"',
                    'checksum = "%s"' % g.hex(64), '']
        txt = '\n'.join(out)
        path = 'Cargo.lock'
    elif x < 0.9:
        out = []
        for p in pk:
            mod = 'github.com/%s/%s' % (g.word(), p.replace('.', '-'))
            v = 'v' + ver()
            out.append('%s %s h1:%s' % (mod, v, b64(g.bytes(32))))
            out.append('%s %s/go.mod h1:%s' % (mod, v, b64(g.bytes(32))))
        txt = '\n'.join(out) + '\n'
        path = 'go.sum'
    else:
        pkgs = [{'name': '%s/%s' % (g.word(), p.replace('.', '-')), 'version': 'v' + ver(),
                 'source': {'type': 'git', 'url': 'https://github.com/%s/%s.git' % (g.word(), p), 'reference': g.hex(40)},
                 'dist': {'type': 'zip', 'url': 'https://api.github.com/repos/%s/%s/zipball/%s' % (g.word(), p, g.hex(40)), 'reference': g.hex(40), 'shasum': ''}} for p in pk]
        txt = json.dumps({'_readme': ['This file locks the dependencies of your project to a known state'], 'content-hash': g.hex(32), 'packages': pkgs}, indent=4) + '\n'
        path = 'composer.lock'
    return N({path: txt}, path, 'lockfile', 'dependency_lockfile')


def _vlq_mappings(g):
    segs = []
    for line in range(g.ri(5, 40)):
        segs.append(','.join(g.s(B64CH[:62], g.ch([4, 4, 5, 6])) for _ in range(g.ri(1, 12))))
    return ';'.join(segs)


def neg_sourcemap(g):
    src = 'export function %s(a, b) {\n  return a.%s(b);\n}\n' % (g.word(), g.word())
    d = {'version': 3, 'file': 'main.%s.js' % g.hex(8), 'sources': ['webpack://%s/./src/%s.ts' % (g.app(), g.word()), 'webpack://%s/./src/index.ts' % g.app()],
         'sourcesContent': [src, 'import { %s } from "./%s";\nconsole.log("%s");\n' % (g.word(), g.word(), g.uuid())],
         'names': [g.word() for _ in range(g.ri(3, 10))], 'mappings': _vlq_mappings(g), 'sourceRoot': ''}
    path = g.ch(['dist/assets/index-%s.js.map' % g.s(B64U, 8), 'build/static/js/main.%s.js.map' % g.hex(8), 'public/js/app.js.map'])
    return N({path: json.dumps(d, separators=(',', ':')) + '\n'}, path, 'javascript', 'source_map')


def neg_minjs(g):
    parts = ['!function(){"use strict";var e="%s",t="%s";' % (g.uuid(), g.hex(40))]
    if g.r() < 0.4:
        parts.append('var s=Stripe("pk_live_%s");' % g.s(ALNUM, g.ch([24, 99])))
    for i in range(g.ri(6, 14)):
        v = g.s(LOW, 1)
        parts.append('function %s(%s){return %s&&%s.%s?%s.%s(%d):null}' % (g.s(LOW, 2), v, v, v, g.word(), v, g.word(), g.ri(0, 99)))
        parts.append('var %s={id:"%s",hash:"%s",build:%d};' % (g.s(LOW, 2), g.uuid(), b64(g.bytes(24)), g.ri(100, 9999)))
    parts.append('var k=(window.__ENV__||{}).API_BASE||"/api";}();\n')
    path = g.ch(['dist/assets/index-%s.js' % g.s(B64U, 8), 'public/js/app.%s.min.js' % g.hex(8), 'build/static/js/main.%s.js' % g.hex(8)])
    return N({path: ''.join(parts)}, path, 'javascript', 'minified_js_no_secret')


def neg_gradle(g):
    if g.r() < 0.5:
        lines = ['org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8', 'android.useAndroidX=true', 'android.nonTransitiveRClass=true',
                 'kotlin.code.style=official', '# signing values come from CI secrets via environment variables',
                 'RELEASE_STORE_FILE=upload-keystore.jks', 'RELEASE_KEY_ALIAS=upload']
        path = g.ch(['gradle.properties', 'android/gradle.properties'])
        return N({path: '\n'.join(lines) + '\n'}, path, 'android', 'gradle_properties_no_secret')
    u = g.user().replace('.', '')
    lines = ['## This file must *NOT* be checked into Version Control Systems,', '# as it contains information specific to your local configuration.',
             '#', '# Location of the SDK. This is only used by Gradle.', 'sdk.dir=/Users/%s/Library/Android/sdk' % u]
    if g.r() < 0.5:
        lines.append('flutter.sdk=/Users/%s/dev/flutter' % u)
    path = g.ch(['local.properties', 'android/local.properties'])
    return N({path: '\n'.join(lines) + '\n'}, path, 'android', 'local_properties_sdk_only')


def neg_build_gradle(g):
    txt = ("android {\n    signingConfigs {\n        release {\n            storeFile file(System.getenv('RELEASE_STORE_FILE') ?: 'upload-keystore.jks')\n"
           "            storePassword System.getenv('RELEASE_STORE_PASSWORD')\n            keyAlias System.getenv('RELEASE_KEY_ALIAS')\n"
           "            keyPassword System.getenv('RELEASE_KEY_PASSWORD')\n        }\n    }\n    buildTypes {\n        release {\n"
           "            signingConfig signingConfigs.release\n            minifyEnabled true\n        }\n    }\n}\n")
    path = g.ch(['app/build.gradle', 'android/app/build.gradle'])
    return N({path: txt}, path, 'android', 'build_gradle_env_signing')


def neg_reg(g):
    x = g.r()
    if x < 0.5:
        sess = '%s-%s' % (g.word(), g.ch(['bastion', 'prod', 'jump']))
        body = ('[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\%s]\n"HostName"="%s"\n"PortNumber"=dword:00000016\n'
                '"UserName"="%s"\n"PublicKeyFile"="C:\\\\Users\\\\%s\\\\.ssh\\\\%s.ppk"\n"Compression"=dword:00000001\n\n'
                '[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\SshHostKeys]\n"ssh-ed25519@22:%s"="0x%s,0x%s"\n'
                % (sess, g.host(), g.user(), g.first(), g.word(), g.host(), g.hex(64), g.hex(64)))
    else:
        body = ('[HKEY_LOCAL_MACHINE\\SOFTWARE\\%s\\%s]\n"InstallDir"="C:\\\\Program Files\\\\%s"\n"Version"="%d.%d.%d"\n"LogLevel"=dword:00000002\n'
                '"UpdateChannel"="stable"\n"MachineGuid"="{%s}"\n' % (g.org().replace(' ', ''), g.word().capitalize(), g.word().capitalize(),
                                                                      g.ri(1, 9), g.ri(0, 20), g.ri(0, 999), g.uuid().upper()))
    txt = crlf('Windows Registry Editor Version 5.00\n\n' + body + '\n')
    path = g.ch(['setup/%s.reg' % g.word(), 'windows/putty-sessions.reg', 'tools/settings.reg'])
    if g.r() < 0.25:
        return N({path: b'\xff\xfe' + txt.encode('utf-16-le')}, path, 'windows', 'windows_reg_utf16_no_secret')
    return N({path: txt}, path, 'windows', 'windows_reg_no_secret')


def neg_ps1(g):
    x = g.r()
    if x < 0.35:
        txt = ('$cred = Get-Credential -Message "Enter the deployment account"\nInvoke-Command -ComputerName %s -Credential $cred -ScriptBlock {\n'
               '    Restart-Service -Name %s\n}\n' % (g.host(), g.svc().capitalize()))
    elif x < 0.7:
        txt = ('$secret = Get-AzKeyVaultSecret -VaultName "%s-kv" -Name "%s" -AsPlainText\n$env:%s = $secret\n& dotnet run --project src/%s\n'
               % (g.word(), g.ch(['DbPassword', 'ApiKey', 'StorageKey']), g.ch(['DB_PASSWORD', 'API_KEY']), g.word().capitalize()))
    else:
        txt = ('param(\n    [Parameter(Mandatory)] [string] $Token\n)\n$headers = @{ Authorization = "Bearer $Token" }\n'
               'Invoke-RestMethod -Uri "https://%s/api/v1/deploy" -Headers $headers -Method Post\n' % g.host())
    path = g.ch(['scripts/deploy.ps1', 'tools/%s.ps1' % g.word(), 'build/Invoke-%s.ps1' % g.word().capitalize()])
    return N({path: crlf(txt) if g.r() < 0.5 else txt}, path, 'windows', 'powershell_no_secret')


def neg_bat(g):
    ext = g.ch(['bat', 'cmd'])
    x = g.r()
    if x < 0.5:
        txt = ('@echo off\nsetlocal\nset CONFIG=Release\nmsbuild %s.sln /p:Configuration=%%CONFIG%% /m\nif errorlevel 1 exit /b 1\n'
               'xcopy /E /Y bin\\%%CONFIG%% dist\\\nendlocal\n' % g.word().capitalize())
    else:
        txt = ('@echo off\nset /p DBPASS=Database password: \npsql -h %s -U %s -d %s -f migrate.sql\nset DBPASS=\n' % (g.host(pre='db'), g.svc(), g.svc()))
    path = g.ch(['build.%s' % ext, 'scripts/%s.%s' % (g.word(), ext), 'tools/setup.%s' % ext])
    return N({path: crlf(txt)}, path, 'windows', 'batch_no_secret')


def neg_web_config(g):
    x = g.r()
    if x < 0.4:
        inner = ('  <connectionStrings>\n    <add name="DefaultConnection" connectionString="Server=%s;Database=%s;Integrated Security=SSPI;TrustServerCertificate=True" providerName="System.Data.SqlClient" />\n'
                 '  </connectionStrings>\n' % (g.host(pre='sql'), g.svc()))
    elif x < 0.75:
        inner = ('  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">\n'
                 '    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">\n'
                 '      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />\n'
                 '      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">\n        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">\n'
                 '          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />\n'
                 '          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">\n            <KeyName>Rsa Key</KeyName>\n          </KeyInfo>\n'
                 '          <CipherData>\n            <CipherValue>%s</CipherValue>\n          </CipherData>\n        </EncryptedKey>\n      </KeyInfo>\n'
                 '      <CipherData>\n        <CipherValue>%s</CipherValue>\n      </CipherData>\n    </EncryptedData>\n  </connectionStrings>\n'
                 % (b64(g.bytes(256)), b64(g.bytes(g.ri(10, 30) * 16))))
    else:
        inner = ('  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n'
                 '    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" decryption="AES" />\n'
                 '  </system.web>\n  <appSettings>\n    <add key="ClientValidationEnabled" value="true" />\n    <add key="BuildId" value="%s" />\n  </appSettings>\n' % g.hex(40))
    txt = '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n%s</configuration>\n' % inner
    path = g.ch(['Web.config', 'src/%s.Web/Web.config' % g.word().capitalize(), 'web.config'])
    return N({path: crlf(txt)}, path, 'dotnet', 'web_config_no_secret')


def neg_appsettings(g):
    kv = g.word() + '-kv'
    d = {'Logging': {'LogLevel': {'Default': 'Information'}}, 'AllowedHosts': '*',
         'ConnectionStrings': {'Default': g.ch(['Server=tcp:%s.database.windows.net;Database=%s;Authentication=Active Directory Default;' % (g.word(), g.svc()),
                                                '@Microsoft.KeyVault(SecretUri=https://%s.vault.azure.net/secrets/DbConnection/)' % kv])},
         'Stripe': {'SecretKey': '@Microsoft.KeyVault(VaultName=%s;SecretName=StripeSecretKey)' % kv},
         'AzureAd': {'Instance': 'https://login.microsoftonline.com/', 'TenantId': g.uuid(), 'ClientId': g.uuid(), 'ClientCertificates': [
             {'SourceType': 'KeyVault', 'KeyVaultUrl': 'https://%s.vault.azure.net' % kv, 'KeyVaultCertificateName': '%s-auth' % g.svc()}]}}
    path = g.ch(['appsettings.json', 'appsettings.Production.json', 'src/%s.Api/appsettings.json' % g.word().capitalize()])
    return N({path: json.dumps(d, indent=2) + '\n'}, path, 'dotnet', 'appsettings_keyvault_refs')


def neg_wp_config(g):
    keys = ['DB_NAME', 'DB_USER', 'DB_PASSWORD', 'DB_HOST', 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT',
            'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
    defs = ''.join("define( '%s', getenv_docker( 'WORDPRESS_%s', '' ) );\n" % (k, k) for k in keys)
    txt = ("<?php\n/**\n * Docker-friendly wp-config: every value comes from the environment.\n */\n\n"
           "if ( ! function_exists( 'getenv_docker' ) ) {\n\tfunction getenv_docker( $env, $default ) {\n"
           "\t\tif ( $fileEnv = getenv( $env . '_FILE' ) ) {\n\t\t\treturn rtrim( file_get_contents( $fileEnv ), \"\\r\\n\" );\n\t\t}\n"
           "\t\treturn ( $val = getenv( $env ) ) !== false ? $val : $default;\n\t}\n}\n\n%s\n$table_prefix = 'wp_';\n"
           "define( 'WP_DEBUG', false );\n\nrequire_once ABSPATH . 'wp-settings.php';\n" % defs)
    path = g.ch(['wp-config.php', 'wordpress/wp-config.php', 'docker/wp-config-docker.php'])
    return N({path: txt}, path, 'wordpress', 'wp_config_env_only')


def neg_ansible_inv(g):
    if g.r() < 0.5:
        hosts = ['%s%02d ansible_host=%s' % (g.ch(['web', 'app', 'db']), i + 1, g.ip()) for i in range(g.ri(2, 5))]
        txt = '[web]\n%s\n\n[all:vars]\nansible_user=%s\nansible_ssh_private_key_file=~/.ssh/%s\nansible_python_interpreter=/usr/bin/python3\n' % (
            '\n'.join(hosts), g.ch(['deploy', 'ubuntu']), g.ch(['id_ed25519', 'deploy_key']))
        path = g.ch(['inventory/production/hosts.ini', 'inventory/hosts', 'hosts.ini'])
    else:
        txt = ('---\nansible_user: deploy\nansible_become: true\nansible_become_password: "{{ vault_become_password }}"\n'
               'mysql_root_password: "{{ lookup(\'env\', \'MYSQL_ROOT_PASSWORD\') }}"\n'
               'api_token: "{{ lookup(\'community.hashi_vault.hashi_vault\', \'secret=kv/data/%s:token\') }}"\n' % g.svc())
        path = g.ch(['group_vars/all.yml', 'group_vars/webservers.yml', 'inventory/group_vars/all/main.yml'])
    return N({path: txt}, path, 'ansible', 'ansible_vars_references')


def neg_history(g):
    cmds = ['ls -la', 'cd ~/src/%s' % g.app(), 'git status', 'git pull --rebase', 'docker ps', 'kubectl get pods -n %s' % g.svc(),
            'export AWS_PROFILE=%s' % g.ch(['prod', 'dev', 'sandbox']), 'aws sso login', 'gh auth login --web', 'ssh-keygen -t ed25519 -C "%s"' % g.email(),
            'gpg --list-secret-keys --keyid-format LONG', 'sha256sum dist/*.tar.gz', 'read -s DB_PASSWORD && export DB_PASSWORD',
            'vault kv get -field=password secret/%s/db' % g.svc(), 'op read "op://Private/%s/credential"' % g.word(), 'make test', 'terraform plan -out tf.plan',
            'docker login ghcr.io -u %s --password-stdin < ~/.config/ghcr-token' % g.user().replace('.', ''), 'history -c']
    seq = [g.ch(cmds) for _ in range(g.ri(10, 30))]
    if g.r() < 0.5:
        t = g.epoch()
        out = []
        for c in seq:
            t += g.ri(3, 900)
            out.append(': %d:0;%s' % (t, c))
        path = '.zsh_history'
    else:
        out = seq
        path = g.ch(['.bash_history', 'home/%s/.bash_history' % g.first()])
    return N({path: '\n'.join(out) + '\n'}, path, 'shell', 'shell_history_no_secret')


def neg_makefile(g):
    txt = ('IMAGE ?= ghcr.io/%s/%s\nTAG ?= $(shell git rev-parse --short HEAD)\nDB_PASSWORD = $(shell aws secretsmanager get-secret-value --secret-id %s/db --query SecretString --output text)\n\n'
           '.PHONY: build push migrate\n\nbuild:\n\tdocker build -t $(IMAGE):$(TAG) .\n\npush:\n\techo "$${GHCR_TOKEN}" | docker login ghcr.io -u $(GITHUB_ACTOR) --password-stdin\n'
           '\tdocker push $(IMAGE):$(TAG)\n\nmigrate:\n\tPGPASSWORD="$(DB_PASSWORD)" psql -h $(DB_HOST) -U app -f schema.sql\n' % (g.word(), g.app(), g.svc()))
    path = g.ch(['Makefile', 'deploy/Makefile'])
    return N({path: txt}, path, 'make', 'makefile_no_secret')


def neg_procfile(g):
    txt = g.ch(['web: gunicorn %s.wsgi --log-file -\nworker: celery -A %s worker -l info\n' % (g.word(), g.word()),
                'web: bundle exec puma -C config/puma.rb\nrelease: bundle exec rails db:migrate\n',
                'web: node dist/server.js\nclock: node dist/clock.js\n'])
    return N({'Procfile': txt}, 'Procfile', 'heroku', 'procfile_no_secret')


def neg_tfvars(g):
    acct = g.ri(10 ** 11, 10 ** 12 - 1)
    region = g.ch(REGIONS)
    lines = ['region                 = "%s"' % region, 'environment            = "%s"' % g.ch(['prod', 'staging', 'dev']),
             'vpc_cidr               = "10.%d.0.0/16"' % g.ri(0, 250), 'db_password_secret_arn = "arn:aws:secretsmanager:%s:%d:secret:%s/db-%s"' % (region, acct, g.svc(), g.s(ALNUM, 6)),
             'kms_key_id             = "arn:aws:kms:%s:%d:key/%s"' % (region, acct, g.uuid()),
             'ssh_public_key         = "%s"' % ssh_pub_line(g.ed(), 'deploy').strip(), 'ami_id                 = "ami-%s"' % g.hex(17)]
    path = g.ch(['terraform.tfvars', 'envs/prod/terraform.tfvars', 'prod.auto.tfvars'])
    return N({path: '\n'.join(lines) + '\n'}, path, 'terraform', 'tfvars_no_secret')


def neg_tf(g):
    txt = ('variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "tls_private_key" "deploy" {\n  algorithm = "ED25519"\n}\n\n'
           'resource "random_password" "db" {\n  length  = 32\n  special = true\n}\n\nresource "aws_secretsmanager_secret_version" "db" {\n'
           '  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = random_password.db.result\n}\n')
    path = g.ch(['terraform/secrets.tf', 'infra/main.tf', 'modules/db/main.tf'])
    return N({path: txt}, path, 'terraform', 'terraform_generated_secret_resources')


def neg_properties(g):
    lines = ['spring.application.name=%s' % g.app(), 'server.port=8080', 'spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/%s' % g.svc(),
             'spring.datasource.username=${DB_USER}', 'spring.datasource.password=${DB_PASSWORD}']
    if g.r() < 0.5:
        lines.append('app.smtp.password=ENC(%s)' % b64(g.bytes(g.ri(2, 4) * 16)))
        lines.append('jasypt.encryptor.password=${JASYPT_ENCRYPTOR_PASSWORD}')
    path = g.ch(['src/main/resources/application.properties', 'config/application-prod.properties'])
    return N({path: '\n'.join(lines) + '\n'}, path, 'java', 'properties_placeholders')


def neg_toml(g):
    x = g.r()
    if x < 0.35:
        txt = ('[project]\nname = "%s"\nversion = "%d.%d.%d"\nrequires-python = ">=3.10"\ndependencies = ["requests>=2.31", "pydantic>=2"]\n\n'
               '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n' % (g.app(), g.ri(0, 3), g.ri(0, 20), g.ri(0, 9)))
        path = 'pyproject.toml'
    elif x < 0.6:
        txt = ('[registries.%s]\nindex = "sparse+https://%s/api/v1/crates/"\ncredential-provider = ["cargo:token-from-stdout", "op", "read", "op://Dev/cargo/token"]\n\n'
               '[registry]\nglobal-credential-providers = ["cargo:token"]\n' % (g.word(), g.host(pre='crates')))
        path = '.cargo/config.toml'
    elif x < 0.8:
        txt = ('[build]\n  command = "npm run build"\n  publish = "dist"\n\n[build.environment]\n  NODE_VERSION = "20"\n\n[[redirects]]\n  from = "/api/*"\n'
               '  to = "https://%s/:splat"\n  status = 200\n' % g.host())
        path = 'netlify.toml'
    else:
        txt = ('[package]\nname = "%s"\nversion = "0.%d.%d"\nedition = "2021"\n\n[dependencies]\nserde = { version = "1", features = ["derive"] }\ntokio = "1"\n'
               % (g.word(), g.ri(1, 20), g.ri(0, 9)))
        path = 'Cargo.toml'
    return N({path: txt}, path, 'toml', 'toml_no_secret')


def neg_ini(g):
    x = g.r()
    if x < 0.35:
        txt = ('[default]\nregion = %s\noutput = json\n\n[profile prod]\nsso_session = %s\nsso_account_id = %d\nsso_role_name = AdministratorAccess\nregion = %s\n\n'
               '[sso-session %s]\nsso_start_url = https://%s.awsapps.com/start\nsso_region = us-east-1\nsso_registration_scopes = sso:account:access\n'
               % (g.ch(REGIONS), g.word(), g.ri(10 ** 11, 10 ** 12 - 1), g.ch(REGIONS), g.word(), g.word()))
        path = g.ch(['.aws/config', 'docs/aws-config.ini'])
    elif x < 0.55:
        txt = ('[metadata]\nname = %s\nversion = attr: %s.__version__\n\n[options]\npackages = find:\ninstall_requires =\n    requests\n\n[flake8]\nmax-line-length = 100\n'
               % (g.app(), g.word()))
        path = 'setup.cfg'
    elif x < 0.75:
        txt = ('[tox]\nenvlist = py311, py312, lint\n\n[testenv]\ndeps = pytest\ncommands = pytest -q\npassenv = DATABASE_URL\n')
        path = 'tox.ini'
    else:
        txt = ('[%s]\nDriver = ODBC Driver 18 for SQL Server\nServer = %s\nDatabase = %s\nTrusted_Connection = yes\nEncrypt = yes\n' % (g.word().upper(), g.host(pre='sql'), g.svc()))
        path = g.ch(['odbc.ini', 'config/odbc.ini'])
    return N({path: txt}, path, 'ini', 'ini_no_secret')


def neg_npmrc(g):
    x = g.r()
    if x < 0.5:
        txt = '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nregistry=https://registry.npmjs.org/\n'
    elif x < 0.8:
        txt = '@%s:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}\nengine-strict=true\n' % g.word()
    else:
        txt = 'save-exact=true\nfund=false\naudit-level=high\nregistry=https://registry.npmjs.org/\n'
    path = g.ch(['.npmrc', 'frontend/.npmrc'])
    return N({path: txt}, path, 'npm', 'npmrc_env_reference')


def neg_yarnrc(g):
    txt = g.ch(['nodeLinker: node-modules\n\nnpmAuthToken: "${NPM_AUTH_TOKEN:-}"\n\nyarnPath: .yarn/releases/yarn-4.1.1.cjs\n',
                'nodeLinker: pnp\n\nnpmScopes:\n  %s:\n    npmAlwaysAuth: true\n    npmAuthToken: "${GITHUB_TOKEN}"\n    npmRegistryServer: "https://npm.pkg.github.com"\n' % g.word(),
                'enableTelemetry: false\nnodeLinker: node-modules\n'])
    return N({'.yarnrc.yml': txt}, '.yarnrc.yml', 'npm', 'yarnrc_env_reference')


def neg_pypirc(g):
    txt = '[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\n# password is read from the system keyring (keyring set https://upload.pypi.org/legacy/ __token__)\n'
    return N({'.pypirc': txt}, '.pypirc', 'pypi', 'pypirc_keyring')


def neg_docker_config(g):
    x = g.r()
    if x < 0.4:
        d = {'auths': {'https://index.docker.io/v1/': {}, 'ghcr.io': {}}, 'credsStore': g.ch(['desktop', 'osxkeychain', 'wincred', 'pass'])}
    elif x < 0.75:
        d = {'credHelpers': {'%d.dkr.ecr.%s.amazonaws.com' % (g.ri(10 ** 11, 10 ** 12 - 1), g.ch(REGIONS)): 'ecr-login',
                             '%s-docker.pkg.dev' % g.ch(['us-central1', 'europe-west1']): 'gcloud'}}
    else:
        d = {'auths': {}, 'currentContext': 'desktop-linux', 'plugins': {'-x-cli-hints': {'enabled': 'true'}}}
    path = g.ch(['.docker/config.json', 'ci/docker/config.json'])
    return N({path: json.dumps(d, indent='\t')}, path, 'docker', 'docker_config_cred_helper')


def neg_gitconfig(g):
    txt = ('[user]\n\tname = %s\n\temail = %s\n\tsigningkey = %s\n[commit]\n\tgpgsign = true\n[credential]\n\thelper = %s\n'
           '[url "git@github.com:"]\n\tinsteadOf = https://github.com/\n' % (g.fullname(), g.email(), g.hex(40).upper(),
                                                                          g.ch(['osxkeychain', 'manager', 'libsecret', 'cache --timeout=3600'])))
    path = g.ch(['.gitconfig', 'dotfiles/gitconfig'])
    return N({path: txt}, path, 'git', 'gitconfig_credential_helper')


def neg_dot_samples(g):
    x = g.r()
    if x < 0.5:
        txt = 'machine api.github.com\n  login YOUR_GITHUB_USERNAME\n  password <personal-access-token>\n'
        path = g.ch(['docs/netrc.sample', 'netrc.example'])
    else:
        txt = '# hostname:port:database:username:password\n%s:5432:*:postgres:<password from vault>\n' % g.host(pre='db')
        path = g.ch(['docs/pgpass.example', 'pgpass.sample'])
    return N({path: txt}, path, 'placeholder', 'dotfile_template_placeholder')


def neg_jwks(g):
    keys = []
    for i in range(g.ri(1, 3)):
        k = g.pool_rsa() if g.r() < 0.5 else g.ec()
        keys.append(k.jwk(g.hex(16)))
    path = g.ch(['public/.well-known/jwks.json', 'config/jwks.json', 'static/jwks.json'])
    return N({path: json.dumps({'keys': keys}, indent=2) + '\n'}, path, 'jose', 'jwks_public_keys')


def neg_ecparams(g):
    txt = pem('EC PARAMETERS', d_oid(OID['p256']))
    path = g.ch(['certs/prime256v1.pem', 'ssl/ecparam.pem'])
    return N({path: txt}, path, 'x509', 'ec_parameters')


def neg_checksums(g):
    lines = ['%s  %s-%d.%d.%d-%s' % (g.hex(64), g.app(), g.ri(0, 3), g.ri(0, 20), g.ri(0, 9), g.ch(['linux-amd64.tar.gz', 'darwin-arm64.tar.gz', 'windows-amd64.zip']))
             for _ in range(g.ri(3, 8))]
    path = g.ch(['SHA256SUMS', 'dist/checksums.txt', 'release/sha256sums.txt'])
    return N({path: '\n'.join(lines) + '\n'}, path, 'checksums', 'sha256sums')


def neg_htpasswd(g):
    lines = ['%s:$2y$%02d$%s' % (g.user().replace('.', ''), g.ch([10, 12]), g.s(B64CH.replace('+', '.'), 53)) for _ in range(g.ri(1, 4))]
    path = g.ch(['.htpasswd', 'nginx/htpasswd', 'docker/registry/auth/htpasswd'])
    return N({path: '\n'.join(lines) + '\n'}, path, 'apache', 'htpasswd_bcrypt_hashes')


NEG_PLAN = [
    (neg_cert_pem, 20), (neg_ca_bundle, 10), (neg_cert_der, 10), (neg_p7b, 5), (neg_csr, 8), (neg_pubkey_pem, 10),
    (neg_ssh_pub, 12), (neg_authorized_keys, 10), (neg_known_hosts, 10),
    (neg_pgp_public, 10), (neg_pgp_sig, 10), (neg_pgp_message, 6), (neg_age, 6),
    (neg_p12_truststore, 10), (neg_jks_truststore, 12),
    (neg_png, 10), (neg_jpeg, 8), (neg_jar, 8), (neg_class, 8), (neg_pyc, 8), (neg_protobuf, 8),
    (neg_ansible_vault, 12), (neg_ansible_inline_vault, 10), (neg_sops_yaml, 10), (neg_sops_json, 8), (neg_git_crypt, 10),
    (neg_sealed_secret, 8), (neg_external_secret, 6),
    (neg_rails_placeholder, 10), (neg_rails_enc, 5),
    (neg_kubeconfig_exec, 13), (neg_ipynb_env, 13), (neg_log_redacted, 13), (neg_sql_hashes, 13), (neg_csv_ids, 11),
    (neg_har_analytics, 12), (neg_tfstate_ids, 13), (neg_lockfile, 15), (neg_sourcemap, 10), (neg_minjs, 10),
    (neg_gradle, 10), (neg_build_gradle, 5), (neg_reg, 8), (neg_ps1, 8), (neg_bat, 8), (neg_web_config, 8), (neg_appsettings, 8),
    (neg_wp_config, 8), (neg_ansible_inv, 10), (neg_history, 10), (neg_makefile, 8), (neg_procfile, 5), (neg_tfvars, 8), (neg_tf, 6),
    (neg_properties, 8), (neg_toml, 8), (neg_ini, 8), (neg_npmrc, 10), (neg_yarnrc, 6), (neg_pypirc, 5), (neg_docker_config, 10),
    (neg_gitconfig, 6), (neg_dot_samples, 6), (neg_jwks, 8), (neg_ecparams, 3), (neg_checksums, 6), (neg_htpasswd, 5),
]

# =====================================================================
# driver, manifest, self-check
# =====================================================================
# Patterns of the positive credential shapes used above; no negative file may match any of them.
POS_RX = [re.compile(p) for p in [
    r'-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY',
    r'PuTTY-User-Key-File-',
    r'openssh-key-v1',
    r'AKIA[A-Z2-7]{16}',
    r'gh[pousr]_[A-Za-z0-9]{36}', r'github_pat_[A-Za-z0-9_]{60,}',
    r'glpat-[A-Za-z0-9_-]{20}', r'npm_[A-Za-z0-9]{36}', r'pypi-AgEIcHlwaS5vcmc', r'dckr_pat_[A-Za-z0-9_-]{27}',
    r'[sr]k_live_[A-Za-z0-9]{20,}', r'xoxb-[0-9]{10,}-', r'SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}',
    r'sk-ant-api03-', r'sk-proj-[A-Za-z0-9_-]{20,}', r'hf_[A-Za-z]{34}', r'GOCSPX-',
    r'AccountKey=[A-Za-z0-9+/]{80,}', r'[A-Za-z0-9]{3}8Q~[A-Za-z0-9_~.-]{34}', r'dop_v1_[0-9a-f]{64}', r'shpat_[0-9a-f]{32}',
    r'dapi[0-9a-f]{32}', r'key-[0-9a-f]{32}', r'\bcio[A-Za-z0-9]{32}\b', r'\.atlasv1\.', r'validationKey="[0-9A-F]{64,}"',
    r'client-key-data:', r'"type": "service_account"', r'\btoken: [A-Za-z0-9._-]{20,}',
    r'(?i)\b(?:password|passwd|pwd)\s*[=:]\s*["\']?(?![$<{%*(]|ENC[\[(])[^\s"\'<>]{8,}',
    r'://[^/\s:@]+:(?![$*<{%])[^@\s/]{6,}@',
    r'(?i)_authToken=(?!\$)', r'(?i)npmAuthToken: (?!")', r'"auth": "',
]]
BIN_POS_MARKERS = [oid_bytes(OID['keyBag']), oid_bytes(OID['shroudedKeyBag']), oid_bytes(OID['jksKeyProtector']),
                   oid_bytes(OID['jcePBEMD5DES3']), b'\xce\xce\xce\xce', b'openssh-key-v1']


def filetype(path, kind):
    base = path.rsplit('/', 1)[-1]
    if kind.startswith('kubeconfig'):
        return 'kubeconfig'
    special = {'.git-credentials': 'git-credentials', '.netrc': 'netrc', '_netrc': 'netrc', 'netrc': 'netrc', '.pgpass': 'pgpass',
               '.pypirc': 'pypirc', 'pypirc': 'pypirc', '.npmrc': 'npmrc', '.yarnrc.yml': 'yarnrc.yml', 'Makefile': 'makefile',
               'GNUmakefile': 'makefile', 'Procfile': 'procfile', '.bash_history': 'shell-history', '.zsh_history': 'shell-history',
               'known_hosts': 'known_hosts', 'authorized_keys': 'authorized_keys', 'KEYS': 'asc', '.htpasswd': 'htpasswd',
               'htpasswd': 'htpasswd', 'SHA256SUMS': 'checksums', '.gitconfig': 'gitconfig', 'gitconfig': 'gitconfig', '.s3cfg': 'ini',
               's3cfg': 'ini', '.my.cnf': 'ini', 'my.cnf': 'ini', 'nohup.out': 'log', '.terraformrc': 'hcl', 'terraform.rc': 'hcl',
               'credentials': 'ini', 'config': 'ini', 'hosts': 'ini', 'telegraf.conf': 'toml', 'pip.conf': 'ini',
               'go.sum': 'go.sum', 'yarn.lock': 'lock', 'Cargo.lock': 'lock', 'poetry.lock': 'lock', 'package-lock.json': 'json',
               'composer.lock': 'json'}
    if base in special:
        return special[base]
    if base.endswith('authorized_keys'):
        return 'authorized_keys'
    if base.endswith('known_hosts'):
        return 'known_hosts'
    if base.endswith(('.example', '.sample')) or '.example.' in base:
        return 'template'
    if base.startswith('.env'):
        return 'env'
    if base.endswith('.key') and '/credentials/' in path or base == 'master.key':
        return 'rails-key'
    if base.endswith('.tfstate') or base.endswith('.tfstate.backup'):
        return 'tfstate'
    if base.startswith('id_') and '.' not in base or base.endswith('_deploy_key') or base in ('deploy_key', 'ssh_key', 'github_deploy'):
        return 'openssh-private-key'
    if '.' not in base:
        return base.lower()
    ext = base.rsplit('.', 1)[-1].lower()
    return {'yml': 'yaml', 'jpeg': 'jpg'}.get(ext, ext)


def needle_line(text, needle):
    i = text.find(needle)
    return text.count('\n', 0, i) + 1


def _as_text(data):
    if isinstance(data, bytes):
        if data[:2] == b'\xff\xfe':
            return data[2:].decode('utf-16-le', 'replace')
        return data.decode('latin-1')
    return data


def neg_violation(case, pos_needles_txt, pos_needles_bin):
    for path, data in case['files'].items():
        txt = _as_text(data)
        for rx in POS_RX:
            m = rx.search(txt)
            if m:
                return 'pattern %r matched %r in %s' % (rx.pattern, m.group(0)[:60], path)
        raw = data if isinstance(data, bytes) else data.encode()
        for mk in BIN_POS_MARKERS:
            if mk in raw:
                return 'binary marker %s in %s' % (mk.hex(), path)
        for nd in pos_needles_txt:
            if nd in txt:
                return 'positive needle in %s' % path
        for nb in pos_needles_bin:
            if nb in raw:
                return 'positive binary needle in %s' % path
    return None


def write_case(outdir, prefix, case):
    for rel, data in case['files'].items():
        p = os.path.join(outdir, prefix, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        if isinstance(data, str):
            with open(p, 'w', encoding='utf-8', newline='') as f:
                f.write(data)
        else:
            with open(p, 'wb') as f:
                f.write(data)


def generate(outdir, seed):
    import shutil
    crypto_selftest()
    g = G(seed)
    for sub in ('pos', 'neg'):
        if os.path.isdir(os.path.join(outdir, sub)):
            shutil.rmtree(os.path.join(outdir, sub))
    os.makedirs(outdir, exist_ok=True)
    pos_jobs = [f for f, n in POS_PLAN for _ in range(n)]
    neg_jobs = [f for f, n in NEG_PLAN for _ in range(n)]
    g.rng.shuffle(pos_jobs)
    g.rng.shuffle(neg_jobs)
    manifest, secrets = [], []
    pos_txt, pos_bin = [], []
    for i, fn in enumerate(pos_jobs):
        case = fn(g)
        main = case['files'][case['main']]
        if case['hex']:
            assert bytes.fromhex(case['needle']) in (main if isinstance(main, bytes) else main.encode()), (fn.__name__,)
            line = 0
            pos_bin.append(bytes.fromhex(case['needle']))
        else:
            assert isinstance(main, str) and case['needle'] in main, (fn.__name__, case['needle'][:40])
            line = needle_line(main, case['needle'])
            pos_txt.append(case['needle'])
        pre = 'pos/p%04d' % i
        write_case(outdir, pre, case)
        rel = '%s/%s' % (pre, case['main'])
        manifest.append({'file': rel, 'label': 'pos', 'provider': case['provider'], 'kind': case['kind'],
                         'filetype': filetype(case['main'], case['kind'])})
        secrets.append({'file': rel, 'needle': case['needle'], 'line': line})
    for i, fn in enumerate(neg_jobs):
        for attempt in range(8):
            case = fn(g)
            why = neg_violation(case, pos_txt, pos_bin)
            if not why:
                break
        else:
            raise AssertionError('negative %s keeps matching: %s' % (fn.__name__, why))
        kind = case['kind']
        if fn is neg_minjs and 'pk_live_' in case['files'][case['main']]:
            kind = 'minified_js_stripe_publishable_key'
        pre = 'neg/n%04d' % i
        write_case(outdir, pre, case)
        rel = '%s/%s' % (pre, case['main'])
        manifest.append({'file': rel, 'label': 'neg', 'provider': case['provider'], 'kind': kind,
                         'filetype': filetype(case['main'], case['kind'])})
    with open(os.path.join(outdir, 'manifest.jsonl'), 'w') as f:
        for m in manifest:
            f.write(json.dumps(m) + '\n')
    with open(os.path.join(outdir, 'secrets.jsonl'), 'w') as f:
        for s in secrets:
            f.write(json.dumps(s) + '\n')
    return len(pos_jobs), len(neg_jobs)


def self_check(outdir, n_pos, n_neg):
    man = [json.loads(l) for l in open(os.path.join(outdir, 'manifest.jsonl'))]
    sec = [json.loads(l) for l in open(os.path.join(outdir, 'secrets.jsonl'))]
    assert sum(m['label'] == 'pos' for m in man) == n_pos, 'pos count'
    assert sum(m['label'] == 'neg' for m in man) == n_neg, 'neg count'
    assert len(sec) == n_pos
    for m in man:
        assert os.path.isfile(os.path.join(outdir, m['file'])), m['file']
        assert set(m) == {'file', 'label', 'provider', 'kind', 'filetype'}
    posfiles = {m['file'] for m in man if m['label'] == 'pos'}
    needles_txt, needles_bin = [], []
    for s in sec:
        assert s['file'] in posfiles
        data = open(os.path.join(outdir, s['file']), 'rb').read()
        if s['line'] == 0:
            nb = bytes.fromhex(s['needle'])
            assert nb in data, s
            needles_bin.append(nb)
        else:
            txt = data.decode('utf-8')
            assert s['needle'] in txt, s['file']
            assert needle_line(txt, s['needle']) == s['line'], s['file']
            assert s['needle'] in txt.split('\n')[s['line'] - 1], s['file']
            needles_txt.append(s['needle'])
    assert len(set(needles_txt)) == len(needles_txt), 'duplicate needles'
    # every positive case folder: at most one private-key block
    for m in man:
        if m['label'] != 'pos':
            continue
        case_dir = os.path.join(outdir, *m['file'].split('/')[:2])
        blocks = 0
        for root, _, files in os.walk(case_dir):
            for fn in files:
                t = _as_text(open(os.path.join(root, fn), 'rb').read())
                blocks += len(re.findall(r'-----BEGIN [A-Z ]*PRIVATE KEY', t))
        assert blocks <= 1, m['file']
    # negatives: no positive pattern, marker or needle anywhere in the case folder
    for m in man:
        if m['label'] != 'neg':
            continue
        case_dir = os.path.join(outdir, *m['file'].split('/')[:2])
        files = {}
        for root, _, fs in os.walk(case_dir):
            for fn in fs:
                files[os.path.join(root, fn)] = open(os.path.join(root, fn), 'rb').read()
        why = neg_violation({'files': files}, needles_txt, needles_bin)
        assert not why, (m['file'], why)
    return man


def main():
    if len(sys.argv) != 3:
        sys.stderr.write('usage: %s OUTDIR SEED\n' % sys.argv[0])
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    n_pos, n_neg = generate(outdir, seed)
    man = self_check(outdir, n_pos, n_neg)
    print('seed %d: %d positives, %d negatives -> %s (self-check OK)' % (seed, n_pos, n_neg, outdir))


if __name__ == '__main__':
    main()
