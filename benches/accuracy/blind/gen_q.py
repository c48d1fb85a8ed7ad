#!/usr/bin/env python3
"""Blind evaluation-set generator "q" for a git pre-commit secret scanner.

EMPHASIS: identity, access and cryptographic material -- the credentials that unlock everything
else: IdP client secrets / API tokens / refresh tokens (Keycloak, Okta, Auth0, Entra ID, Google,
Cognito, Ory, Zitadel, authentik, Dex, oauth2-proxy, NextAuth), cloud credential files (AWS
AKIA/ASIA + session tokens, gcloud ADC, GCP service-account JSON and HMAC keys, Azure service
principals, OCI API keys, DigitalOcean / Linode / Hetzner CLI configs), SSH keys (OpenSSH
ed25519/rsa/ecdsa, PEM RSA/EC/DSA, PuTTY .ppk v2/v3), OpenPGP private key blocks, TLS keys
(PKCS#1, PKCS#8 RSA/EC, SEC1, cert+key bundles, kubernetes.io/tls Secrets), private JWKs, age /
SOPS identities, WireGuard private & preshared keys, minisign / signify secret keys, Kerberos
keytabs, Vault tokens (hvs./hvb./s.), unseal keys and root tokens, LDAP bind / rootpw passwords,
RADIUS shared secrets, TOTP seeds, recovery / backup codes, SCIM bearer tokens, GitHub
gho_/ghu_/ghs_ tokens and OAuth app secrets, Consul/Nomad ACL tokens, Tailscale auth keys, Doppler,
Terraform Cloud and 1Password service-account tokens, session-signing secrets (Django, Rails,
JWT HMAC), Java keystore and haproxy userlist passwords.

All key material is real and self-consistent, computed in pure Python from random.Random(SEED):
RSA keys are real (Miller-Rabin primes, CRT parameters), P-256 / Ed25519 / X25519 public halves
are computed from the private halves, certificates and CSRs are really self-signed, OpenSSH
check-ints and padding are correct, PPK v3 (HMAC-SHA256, empty key) and v2 (HMAC-SHA1) MACs are
correct, OpenPGP keys have correct v4 fingerprints, MPI checksums and armor CRC24, age keys carry a
correct bech32 checksum (identity and recipient match), minisign secret keys have a correct
BLAKE2b checksum, signify a correct SHA-512 checksum, GitHub tokens a correct CRC32/base62
checksum. (Signatures inside OpenPGP packets are random bytes.)

USAGE
    python3 gen_q.py OUTDIR SEED
writes OUTDIR/pos/pNNNN/<relative path> (500 files, exactly one credential each) and
OUTDIR/neg/nNNNN/<relative path> (500 innocent look-alikes), OUTDIR/manifest.jsonl
({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl ({"file","needle","line"}),
then self-checks (needle on the stated line, needles unique, no negative contains any needle,
5-80 lines per file) and prints provider/kind/filetype counts. Deterministic per SEED; takes
about a minute (pure-Python RSA key generation dominates).

NEEDLE CONVENTIONS
  * single-line secrets: the value exactly as written, without surrounding quotes.
  * multi-line armored private keys (PEM, OpenSSH, OpenPGP): ONE base64 body line -- the line that
    holds the middle of the private value (RSA d, EC d, Ed25519 seed, DSA x) -- not the BEGIN line
    (BEGIN lines are identical across files). `line` is that body line, so a finding reported on
    the BEGIN line is 1-N lines above it.
  * PuTTY .ppk: the 2nd Private-Lines line (1st when there is only one).
  * PEM embedded on one line (JSON "private_key", JS strings with \n escapes): the whole escaped
    value from -----BEGIN to the trailing \n; base64-of-PEM (k8s data:) and header-less base64
    keys (SAML settings, Keycloak realm key): the whole base64 value.
  * AWS key pairs: the secret access key (the AKIA/ASIA id sits on a neighbouring line).
  * Vault init output: the root token (the unseal shares in that file are PGP-encrypted).
  * recovery / backup code sheets: the first code.
  * gcloud ADC files also carry the public, documented gcloud installed-app client id/secret
    (764086051850-...; d-FL95Q19q7MQmFpd7hHD0Ty); the needle is the refresh token.

NEGATIVES
  public halves in the same file types (.pub, authorized_keys, known_hosts, SSH certs, PUBLIC KEY
  PEMs, certificate chains, CSRs, JWKS with n/e and x/y only, age recipients, WireGuard PublicKey
  lines and `wg show` output, OpenPGP public key blocks, minisign/signify public keys and
  signatures, cosign.pub, DKIM, SAML IdP metadata, WebAuthn attestation), references
  (${VAR}, $ENV{..}, {{ jinja }}, var.x, ${{ secrets.X }}, existingSecret, secretEnv, file paths,
  ExternalSecret, Helm templates), placeholders and masked values, ciphertext (SOPS yaml/dotenv,
  age armor, SealedSecrets, AWS KMS blobs, Ansible Vault, PGP-encrypted Vault init output), hashes
  (bcrypt, sha512-crypt, {SSHA}, pbkdf2 Keycloak/Django, argon2, Vault audit hmac-sha256), ids
  (GUIDs, client ids, Cognito pool/client ids, OCIDs, kid, accessors, Tailscale nodekeys),
  fingerprints / thumbprints / digests, and published test vectors reproduced verbatim
  (RFC 8032 test 1, RFC 7748 Alice, RFC 8037 A.1 JWK, RFC 6238 seed, JBSWY3DPEHPK3PXP, the jwt.io
  HS256 example token, AWS AKIAIOSFODNN7EXAMPLE pair, age README recipient).

DOUBTS
  * Encrypted private keys (PKCS#8 ENCRYPTED, Proc-Type: 4,ENCRYPTED, passphrase-protected OpenSSH,
    default minisign "Sc" keys, cosign.key): deliberately in NEITHER label. They are offline
    brute-forceable and the passphrase often sits nearby, so "safe" is a policy call; cosign is
    therefore only present as public keys.
  * WebAuthn: decided there is no committed WebAuthn secret worth labelling; attestation /
    public-key-credential JSON is used as a negative only.
  * Vault tokens: long hvs. tokens are modelled as base64url of a protobuf-like blob
    (08 01 12 20 <32-byte hmac> 1a .. 0a 1c "hvs.<24>" ..) from memory of real tokens; the short
    "hvs.<24 base62>" form also appears in docs; hvb. batch tokens ("hvb.AAAAAQ"+base64url) and
    legacy "s.<24>" lengths are approximate.
  * Azure AD client secrets: modelled as 3 chars + digit + "Q~" + 34 chars ([A-Za-z0-9_.~-], 40
    total); older GUID-ish / 32-char secrets are not generated.
  * Okta SSWS tokens "00"+40 [A-Za-z0-9_-]; Okta client secrets 40 or 64 chars; Auth0 client
    secret 64 chars; Cognito client secret 51-52 [a-z0-9]; Keycloak secret 32 alnum (or UUID on old
    versions); Ory PAT "ory_pat_"+32; Zitadel PAT length is a guess (64/72 base64url).
  * GitHub token checksum uses base62 alphabet 0-9A-Za-z; ghr_ refresh tokens are omitted (longer
    format not known precisely).
  * Tailscale auth key "tskey-auth-k<10>CNTRL-<33>", Doppler "dp.st.<cfg>.<40>", Terraform Cloud
    "<14>.atlasv1.<67>", 1Password "ops_"+base64url(JSON) -- lengths from memory, approximate.
  * Google refresh tokens "1//0"+~100 [A-Za-z0-9_-]; ya29. access tokens length approximate; GCS
    HMAC access ids "GOOG1E"+55.
  * AWS session tokens start with the real "IQoJb3JpZ2luX2Vj" prefix; the remainder is random
    base64 of plausible length, not a valid STS blob.
  * Minisign unencrypted secret keys use kdf_alg 00 00 with a random salt and the usual limits;
    real "minisign -W" output may zero those fields.
  * Kerberos keytab is a structurally valid v0x0502 keytab (aes256 + aes128 entries) base64'd.
  * Negatives' RSA public material (certs, JWKS n, ssh-rsa pubs, DKIM) uses random odd moduli with
    random signature bytes (only public halves are shown; real keygen is reserved for positives).
  * Published test vectors are negatives by intent; a scanner flagging the RFC 8037 "d" value or
    the RFC 8032 seed is arguably reasonable -- they are the hardest negatives.
"""

import base64
import datetime
import hashlib
import hmac
import json
import math
import os
import string
import struct
import sys
import zlib
import random
from collections import Counter

R = random.Random(0)  # replaced in main() by random.Random(SEED)

# ---------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------
DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO
B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
HEX = "0123456789abcdef"
B32 = UP + "234567"


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def hexs(n):
    return rs(HEX, n)


def guid():
    b = bytearray(rbytes(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(*xs):
    return R.choice(xs)


def chance(p):
    return R.random() < p


ORGS = ["northwind", "brightlane", "kestrel", "tidepool", "quarrylabs", "lumenly", "fjordly",
        "copperleaf", "helixa", "parcelhub", "orbitpay", "greenmesa", "atlasline", "pinegrove",
        "blueharbor", "novacart", "stackforge", "meridianhq", "solvance", "vertexa", "ridgeback",
        "marlowe", "cinderpath", "oakfield", "tallyho", "brisklane", "zephyrine", "hollowtree"]
TLDS = ["io", "com", "dev", "net", "cloud", "app", "co", "tech"]
FIRST = ["marek", "kasia", "jonas", "lena", "tomasz", "ingrid", "pablo", "aiko", "dmitri", "sofia",
         "ravi", "chloe", "bjorn", "nadia", "oskar", "mila", "henrik", "yuki", "lucas", "emma",
         "amara", "felix", "priya", "mateo", "hannah", "tariq", "elise", "kenji", "zofia", "omar"]
LAST = ["novak", "berg", "silva", "kowalski", "tanaka", "moreau", "okafor", "lindqvist", "rossi",
        "fischer", "haddad", "nguyen", "petrov", "garcia", "schmidt", "oconnor", "sato", "duarte"]
APPS = ["billing", "portal", "console", "gateway", "dashboard", "reports", "inventory", "checkout",
        "crm", "helpdesk", "analytics", "scheduler", "ledger", "catalog", "onboarding", "wiki"]
ENVS = ["prod", "production", "staging", "stage", "dev", "qa", "sandbox", "preprod"]
REGIONS_AWS = ["us-east-1", "us-west-2", "eu-west-1", "eu-central-1", "ap-southeast-2", "ap-northeast-1", "ca-central-1"]
PW_WORDS = ["winter", "Falcon", "harbor", "Maple", "sunset", "Tiger", "river", "Orion", "Cobalt",
            "meadow", "Phoenix", "granite", "Velvet", "summit", "Nebula", "willow", "Copper",
            "lantern", "Aurora", "thunder", "Juniper", "Saturn", "pepper", "Breeze", "Kraken",
            "mango", "Glacier", "cactus", "Bishop", "fjord", "Lotus", "walrus", "Zeppelin", "tundra"]


CTX = {}  # per-file context so one file talks about one organisation / domain


def org():
    if "org" not in CTX or chance(0.1):
        CTX.setdefault("org", R.choice(ORGS))
        return CTX["org"] if chance(0.9) else R.choice(ORGS)
    return CTX["org"]


def domain(o=None):
    o = o or org()
    key = "tld:" + o
    if key not in CTX:
        CTX[key] = R.choice(TLDS)
    return "%s.%s" % (o, CTX[key])


def person():
    return R.choice(FIRST), R.choice(LAST)


def email(o=None):
    f, l = person()
    return "%s.%s@%s" % (f, l, domain(o))


def app():
    if "app" not in CTX:
        CTX["app"] = R.choice(APPS)
    return CTX["app"] if chance(0.85) else R.choice(APPS)


def env():
    return R.choice(ENVS)


def leet(w):
    tbl = {"a": pick("4", "@"), "e": "3", "o": "0", "i": pick("1", "!"), "s": pick("$", "5")}
    out = []
    for ch in w:
        if ch.lower() in tbl and chance(0.5):
            out.append(tbl[ch.lower()])
        else:
            out.append(ch)
    return "".join(out)


def human_pw():
    """Passwords that look human-chosen (never the obvious 'password123')."""
    w1, w2 = R.sample(PW_WORDS, 2)
    fn = R.choice(FIRST).capitalize()
    yr = str(R.randint(1962, 2006))
    sep = R.choice(".!_-#@$&*+")
    n2 = str(R.randint(10, 99))
    style = R.randrange(8)
    if style == 0:
        p = fn + sep + yr + w1.lower()
    elif style == 1:
        p = leet(w1.capitalize()) + w2.lower() + sep + n2
    elif style == 2:
        p = w1.capitalize() + sep + w2.capitalize() + sep + yr[-2:]
    elif style == 3:
        p = fn.lower() + yr + sep + w1.capitalize()
    elif style == 4:
        p = leet(w1.lower() + w2.capitalize()) + n2 + sep
    elif style == 5:
        p = fn + "_" + w1.lower() + str(R.randint(1, 9)) + sep + str(R.randint(0, 9))
    elif style == 6:
        p = w1.upper()[:1] + w1.lower()[1:] + str(R.randint(100, 999)) + sep + w2.lower()
    else:
        p = leet(fn) + sep + w2.lower() + yr[-2:] + R.choice("!?#%")
    return p


def date_between(y0=2021, y1=2025):
    base = datetime.datetime(y0, 1, 1)
    span = (datetime.datetime(y1, 12, 31) - base).total_seconds()
    return base + datetime.timedelta(seconds=R.randrange(int(span)))


def iso(dt=None):
    dt = dt or date_between()
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------
# number theory / key generation (pure python, driven by R)
# ---------------------------------------------------------------------------
def _small_primes(limit):
    sieve = bytearray([1]) * (limit + 1)
    sieve[0] = sieve[1] = 0
    for i in range(2, int(limit ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return [i for i in range(limit + 1) if sieve[i]]


SMALL_PRIMES = _small_primes(4000)
PRIMORIAL = 1
for _p in SMALL_PRIMES[1:]:
    PRIMORIAL *= _p


def is_probable_prime(n, rounds=8):
    if n < 2:
        return False
    for p in SMALL_PRIMES[:50]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        a = R.randrange(2, n - 2)
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def gen_prime(bits):
    while True:
        c = R.getrandbits(bits) | (3 << (bits - 2)) | 1
        if math.gcd(c, PRIMORIAL) != 1:
            continue
        if is_probable_prime(c):
            return c


class RSAKey:
    def __init__(self, bits=2048):
        e = 65537
        while True:
            p = gen_prime(bits // 2)
            q = gen_prime(bits // 2)
            if p == q or math.gcd(e, (p - 1) * (q - 1)) != 1:
                continue
            break
        if p < q:
            p, q = q, p
        self.n = p * q
        self.e = e
        lam = (p - 1) * (q - 1) // math.gcd(p - 1, q - 1)
        self.d = pow(e, -1, lam)
        self.p, self.q = p, q
        self.dp = self.d % (p - 1)
        self.dq = self.d % (q - 1)
        self.qi = pow(q, -1, p)
        self.bits = bits

    def sign_sha256(self, data):
        h = hashlib.sha256(data).digest()
        di = bytes.fromhex("3031300d060960864801650304020105000420") + h
        k = (self.n.bit_length() + 7) // 8
        em = b"\x00\x01" + b"\xff" * (k - len(di) - 3) + b"\x00" + di
        return pow(int.from_bytes(em, "big"), self.d, self.n).to_bytes(k, "big")


# --- P-256 -----------------------------------------------------------------
P256_P = 0xffffffff00000001000000000000000000000000ffffffffffffffffffffffff
P256_A = P256_P - 3
P256_B = 0x5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b
P256_G = (0x6b17d1f2e12c4247f8bce6e563a440f277037d812deb33a0f4a13945d898c296,
          0x4fe342e2fe1a7f9b8ee7eb4a7c0f9e162bce33576b315ececbb6406837bf51f5)
P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551


def _ec_add(P, Q):
    p = P256_P
    if P is None:
        return Q
    if Q is None:
        return P
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] + P256_A) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def ec_mul(k, P=P256_G):
    Rp = None
    while k:
        if k & 1:
            Rp = _ec_add(Rp, P)
        P = _ec_add(P, P)
        k >>= 1
    return Rp


class ECKey:
    def __init__(self):
        self.d = R.randrange(1, P256_N)
        self.Q = ec_mul(self.d)

    def point(self):
        return b"\x04" + self.Q[0].to_bytes(32, "big") + self.Q[1].to_bytes(32, "big")

    def sign_sha256(self, data):
        z = int.from_bytes(hashlib.sha256(data).digest(), "big")
        while True:
            k = R.randrange(1, P256_N)
            r = ec_mul(k)[0] % P256_N
            s = pow(k, -1, P256_N) * (z + r * self.d) % P256_N
            if r and s:
                return d_seq(d_int(r), d_int(s))


# --- Ed25519 / X25519 ------------------------------------------------------
ED_Q = 2 ** 255 - 19
ED_D = -121665 * pow(121666, -1, ED_Q) % ED_Q
ED_I = pow(2, (ED_Q - 1) // 4, ED_Q)


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_Q)
    x = pow(xx, (ED_Q + 3) // 8, ED_Q)
    if (x * x - xx) % ED_Q != 0:
        x = x * ED_I % ED_Q
    if x % 2:
        x = ED_Q - x
    return x


_BY = 4 * pow(5, -1, ED_Q) % ED_Q
_BX = _ed_xrecover(_BY)
ED_B = (_BX, _BY, 1, _BX * _BY % ED_Q)


def _ed_add(P, Q):
    q = ED_Q
    X1, Y1, Z1, T1 = P
    X2, Y2, Z2, T2 = Q
    A = (Y1 - X1) * (Y2 - X2) % q
    B = (Y1 + X1) * (Y2 + X2) % q
    C = T1 * 2 * ED_D * T2 % q
    D = Z1 * 2 * Z2 % q
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % q, G * H % q, F * G % q, E * H % q)


def _ed_mul(s, P):
    Q = (0, 1, 1, 0)
    while s:
        if s & 1:
            Q = _ed_add(Q, P)
        P = _ed_add(P, P)
        s >>= 1
    return Q


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    X, Y, Z, _ = _ed_mul(a, ED_B)
    zi = pow(Z, -1, ED_Q)
    x, y = X * zi % ED_Q, Y * zi % ED_Q
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def x25519(k, u=9):
    p = ED_Q
    kb = bytearray(k)
    kb[0] &= 248
    kb[31] &= 127
    kb[31] |= 64
    k = int.from_bytes(kb, "little")
    x1, x2, z2, x3, z3, swap = u, 1, 0, u, 1, 0
    for t in reversed(range(255)):
        kt = (k >> t) & 1
        swap ^= kt
        if swap:
            x2, x3, z2, z3 = x3, x2, z3, z2
        swap = kt
        A = x2 + z2
        AA = A * A % p
        B = x2 - z2
        BB = B * B % p
        E = AA - BB
        C = x3 + z3
        D = x3 - z3
        DA = D * A % p
        CB = C * B % p
        x3 = (DA + CB) ** 2 % p
        z3 = x1 * (DA - CB) ** 2 % p
        x2 = AA * BB % p
        z2 = E * (AA + 121665 * E) % p
    if swap:
        x2, z2 = x3, z3
    return (x2 * pow(z2, p - 2, p) % p).to_bytes(32, "little")


def wg_keypair():
    k = bytearray(rbytes(32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = bytes(k)
    return k, x25519(k)


# ---------------------------------------------------------------------------
# DER / PEM
# ---------------------------------------------------------------------------
def _dlen(n):
    if n < 0x80:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, content):
    return bytes([tag]) + _dlen(len(content)) + content


def d_int(x):
    return der(0x02, x.to_bytes(x.bit_length() // 8 + 1, "big"))


def d_seq(*items):
    return der(0x30, b"".join(items))


def d_set(*items):
    return der(0x31, b"".join(items))


def d_oid(s):
    arcs = [int(a) for a in s.split(".")]
    out = bytearray([40 * arcs[0] + arcs[1]])
    for a in arcs[2:]:
        enc = [a & 0x7F]
        a >>= 7
        while a:
            enc.append(0x80 | (a & 0x7F))
            a >>= 7
        out += bytes(reversed(enc))
    return der(0x06, bytes(out))


D_NULL = b"\x05\x00"


def d_oct(b):
    return der(0x04, b)


def d_bits(b):
    return der(0x03, b"\x00" + b)


def d_utf8(s):
    return der(0x0C, s.encode())


def d_print(s):
    return der(0x13, s.encode())


def d_ctx(n, content):
    return der(0xA0 + n, content)


OID_RSA = "1.2.840.113549.1.1.1"
OID_SHA256RSA = "1.2.840.113549.1.1.11"
OID_ECPUB = "1.2.840.10045.2.1"
OID_P256 = "1.2.840.10045.3.1.7"
OID_ECDSA256 = "1.2.840.10045.4.3.2"
OID_ED25519 = "1.3.101.112"


def rsa_pkcs1(k):
    return d_seq(*[d_int(v) for v in (0, k.n, k.e, k.d, k.p, k.q, k.dp, k.dq, k.qi)])


def rsa_pkcs8(k):
    return d_seq(d_int(0), d_seq(d_oid(OID_RSA), D_NULL), d_oct(rsa_pkcs1(k)))


def rsa_spki(k):
    return d_seq(d_seq(d_oid(OID_RSA), D_NULL), d_bits(d_seq(d_int(k.n), d_int(k.e))))


def rsa_pub_pkcs1(k):
    return d_seq(d_int(k.n), d_int(k.e))


def ec_sec1(k, params=True):
    parts = [d_int(1), d_oct(k.d.to_bytes(32, "big"))]
    if params:
        parts.append(d_ctx(0, d_oid(OID_P256)))
    parts.append(d_ctx(1, d_bits(k.point())))
    return d_seq(*parts)


def ec_pkcs8(k):
    return d_seq(d_int(0), d_seq(d_oid(OID_ECPUB), d_oid(OID_P256)), d_oct(ec_sec1(k, params=False)))


def ec_spki(k):
    return d_seq(d_seq(d_oid(OID_ECPUB), d_oid(OID_P256)), d_bits(k.point()))


def ed_pkcs8(seed):
    return d_seq(d_int(0), d_seq(d_oid(OID_ED25519)), d_oct(d_oct(seed)))


def ed_spki(pub):
    return d_seq(d_seq(d_oid(OID_ED25519)), d_bits(pub))


class PemLines(list):
    needle = None


def secret_line(body, data, secret, width):
    """The base64 body line that carries the middle of the secret bytes (e.g. RSA d, EC d, Ed25519 seed)."""
    off = data.find(secret)
    assert off >= 0
    mid = off + len(secret) // 2
    return body[min((mid * 4 // 3) // width, len(body) - 1)]


def pem_lines(label, data, width=64, secret=None):
    s = b64(data)
    body = [s[i:i + width] for i in range(0, len(s), width)]
    pl = PemLines(["-----BEGIN %s-----" % label] + body + ["-----END %s-----" % label])
    if secret is not None:
        pl.needle = secret_line(body, data, secret, width)
    return pl


def pem_needle(lines):
    """Needle convention for multi-line armored private keys: the base64 body line that holds the
    middle of the private value (RSA d / EC d / Ed25519 seed / DSA x)."""
    if getattr(lines, "needle", None):
        return lines.needle
    raise ValueError("private PEM without secret locator")


def ibytes(x):
    return x.to_bytes((x.bit_length() + 7) // 8, "big")


def pem_oneline(lines):
    """PEM as a JSON / code string with literal \\n escapes."""
    return "\\n".join(lines) + "\\n"


def dn(cn, o=None, c=None):
    rdns = []
    if c:
        rdns.append(d_set(d_seq(d_oid("2.5.4.6"), d_print(c))))
    if o:
        rdns.append(d_set(d_seq(d_oid("2.5.4.10"), d_utf8(o))))
    rdns.append(d_set(d_seq(d_oid("2.5.4.3"), d_utf8(cn))))
    return d_seq(*rdns)


def utc(dt):
    return der(0x17, dt.strftime("%y%m%d%H%M%SZ").encode())


def make_cert(key, cn, sans=(), o=None, days=None, ca=False, issuer=None, issuer_key=None):
    """Self-signed (or issuer-signed) X.509 v3 certificate, really signed."""
    signer = issuer_key or key
    if hasattr(key, "n"):
        spki = rsa_spki(key)
    else:
        spki = ec_spki(key)
    if hasattr(signer, "n"):
        alg = d_seq(d_oid(OID_SHA256RSA), D_NULL)
    else:
        alg = d_seq(d_oid(OID_ECDSA256))
    nb = date_between(2022, 2025)
    na = nb + datetime.timedelta(days=days or R.choice([90, 365, 397, 730, 3650]))
    exts = [d_seq(d_oid("2.5.29.19"), der(0x01, b"\xff"), d_oct(d_seq(der(0x01, b"\xff")) if ca else d_seq()))]
    if sans:
        names = b"".join(der(0x82, s.encode()) for s in sans)
        exts.append(d_seq(d_oid("2.5.29.17"), d_oct(d_seq(names))))
    exts.append(d_seq(d_oid("2.5.29.14"), d_oct(d_oct(hashlib.sha1(spki).digest()))))
    serial = R.getrandbits(127) | (1 << 120)
    tbs = d_seq(d_ctx(0, d_int(2)), d_int(serial), alg, issuer or dn(cn, o), d_seq(utc(nb), utc(na)),
                dn(cn, o), spki, d_ctx(3, d_seq(*exts)))
    sig = signer.sign_sha256(tbs)
    return d_seq(tbs, alg, d_bits(sig))


def make_csr(key, cn, o=None):
    spki = rsa_spki(key) if isinstance(key, RSAKey) else ec_spki(key)
    alg = d_seq(d_oid(OID_SHA256RSA), D_NULL) if isinstance(key, RSAKey) else d_seq(d_oid(OID_ECDSA256))
    info = d_seq(d_int(0), dn(cn, o, pick("US", "DE", "GB", "NL", "PL")), spki, d_ctx(0, b""))
    return d_seq(info, alg, d_bits(key.sign_sha256(info)))


# ---------------------------------------------------------------------------
# SSH formats
# ---------------------------------------------------------------------------
def sstr(b):
    if isinstance(b, str):
        b = b.encode()
    return struct.pack(">I", len(b)) + b


def mpint(x):
    if x == 0:
        return sstr(b"")
    return sstr(x.to_bytes(x.bit_length() // 8 + 1, "big"))


def ssh_pub_blob(kind, key):
    if kind == "ed25519":
        return sstr("ssh-ed25519") + sstr(key[1])
    if kind == "rsa":
        return sstr("ssh-rsa") + mpint(key.e) + mpint(key.n)
    if kind == "ecdsa":
        return sstr("ecdsa-sha2-nistp256") + sstr("nistp256") + sstr(key.point())
    raise ValueError(kind)


SSH_TYPE = {"ed25519": "ssh-ed25519", "rsa": "ssh-rsa", "ecdsa": "ecdsa-sha2-nistp256"}


def ssh_pub_line(kind, key, comment):
    return "%s %s %s" % (SSH_TYPE[kind], b64(ssh_pub_blob(kind, key)), comment)


def ssh_fingerprint(kind, key):
    return "SHA256:" + b64(hashlib.sha256(ssh_pub_blob(kind, key)).digest()).rstrip("=")


def openssh_private(kind, key, comment):
    check = R.getrandbits(32)
    priv = struct.pack(">II", check, check) + sstr(SSH_TYPE[kind])
    if kind == "ed25519":
        seed, pub = key
        priv += sstr(pub) + sstr(seed + pub)
    elif kind == "rsa":
        priv += mpint(key.n) + mpint(key.e) + mpint(key.d) + mpint(key.qi) + mpint(key.p) + mpint(key.q)
    else:
        priv += sstr("nistp256") + sstr(key.point()) + mpint(key.d)
    priv += sstr(comment)
    i = 1
    while len(priv) % 8:
        priv += bytes([i])
        i += 1
    blob = (b"openssh-key-v1\x00" + sstr("none") + sstr("none") + sstr(b"") + struct.pack(">I", 1)
            + sstr(ssh_pub_blob(kind, key)) + sstr(priv))
    if kind == "ed25519":
        sec = key[0] + key[1]
    elif kind == "rsa":
        sec = ibytes(key.d)
    else:
        sec = ibytes(key.d)
    return pem_lines("OPENSSH PRIVATE KEY", blob, 70, secret=sec)


def new_ssh_key(kind):
    if kind == "ed25519":
        seed = rbytes(32)
        return (seed, ed25519_pub(seed))
    if kind == "rsa":
        return RSAKey(pick(2048, 3072))
    return ECKey()


def ppk(kind, key, comment, version=3):
    if kind == "ed25519":
        alg = "ssh-ed25519"
        pubblob = ssh_pub_blob(kind, key)
        privblob = sstr(key[0])
    else:
        alg = "ssh-rsa"
        pubblob = ssh_pub_blob("rsa", key)
        privblob = mpint(key.d) + mpint(key.p) + mpint(key.q) + mpint(key.qi)
    macdata = sstr(alg) + sstr("none") + sstr(comment) + sstr(pubblob) + sstr(privblob)
    if version == 3:
        mac = hmac.new(b"", macdata, hashlib.sha256).hexdigest()
    else:
        mac = hmac.new(hashlib.sha1(b"putty-private-key-file-mac-key").digest(), macdata, hashlib.sha1).hexdigest()
    pb, vb = b64(pubblob), b64(privblob)
    pl = [pb[i:i + 64] for i in range(0, len(pb), 64)]
    vl = [vb[i:i + 64] for i in range(0, len(vb), 64)]
    lines = ["PuTTY-User-Key-File-%d: %s" % (version, alg), "Encryption: none", "Comment: %s" % comment,
             "Public-Lines: %d" % len(pl)] + pl + ["Private-Lines: %d" % len(vl)] + vl + ["Private-MAC: %s" % mac]
    needle = vl[1] if len(vl) >= 3 else vl[0]
    return lines, needle


def dsa_key():
    q = gen_prime(160)
    while True:
        k = R.getrandbits(1024 - 160) | (1 << (1024 - 161))
        p = k * q + 1
        if p.bit_length() == 1024 and math.gcd(p, PRIMORIAL) == 1 and is_probable_prime(p, 6):
            break
    while True:
        h = R.randrange(2, p - 1)
        g = pow(h, (p - 1) // q, p)
        if g > 1:
            break
    x = R.randrange(1, q)
    y = pow(g, x, p)
    return d_seq(*[d_int(v) for v in (0, p, q, g, y, x)]), ibytes(x)


# ---------------------------------------------------------------------------
# OpenPGP (v4, EdDSA + cv25519) with correct armor CRC24
# ---------------------------------------------------------------------------
def crc24(data):
    crc = 0xB704CE
    for b in data:
        crc ^= b << 16
        for _ in range(8):
            crc <<= 1
            if crc & 0x1000000:
                crc ^= 0x1864CFB
    return crc & 0xFFFFFF


def pgp_mpi(b):
    x = int.from_bytes(b, "big")
    return struct.pack(">H", x.bit_length()) + x.to_bytes((x.bit_length() + 7) // 8, "big")


def pgp_packet(tag, body):
    n = len(body)
    if n < 192:
        ln = bytes([n])
    elif n < 8384:
        n2 = n - 192
        ln = bytes([(n2 >> 8) + 192, n2 & 0xFF])
    else:
        ln = b"\xff" + struct.pack(">I", n)
    return bytes([0xC0 | tag]) + ln + body


def pgp_key(name, mail, secret=True):
    ts = int(date_between(2019, 2025).timestamp())
    seed = rbytes(32)
    pub = ed25519_pub(seed)
    ed_oid = bytes.fromhex("2b06010401da470f01")
    pubbody = b"\x04" + struct.pack(">I", ts) + b"\x16" + bytes([len(ed_oid)]) + ed_oid + pgp_mpi(b"\x40" + pub)
    fpr = hashlib.sha1(b"\x99" + struct.pack(">H", len(pubbody)) + pubbody).digest()
    csk, cpk = wg_keypair()
    cv_oid = bytes.fromhex("2b060104019755010501")
    subpub = (b"\x04" + struct.pack(">I", ts) + b"\x12" + bytes([len(cv_oid)]) + cv_oid
              + pgp_mpi(b"\x40" + cpk) + b"\x03\x01\x08\x07")
    subfpr = hashlib.sha1(b"\x99" + struct.pack(">H", len(subpub)) + subpub).digest()

    def sig(stype, flags):
        hashed = (b"\x05\x02" + struct.pack(">I", ts) + b"\x02\x1b" + bytes([flags])
                  + b"\x16\x21\x04" + fpr)
        unhashed = b"\x09\x10" + fpr[-8:]
        body = (b"\x04" + bytes([stype]) + b"\x16\x08" + struct.pack(">H", len(hashed)) + hashed
                + struct.pack(">H", len(unhashed)) + unhashed + rbytes(2)
                + pgp_mpi(rbytes(32)) + pgp_mpi(rbytes(32)))
        return pgp_packet(2, body)

    def seckey(pubb, secret_int_bytes):
        m = pgp_mpi(secret_int_bytes)
        return pubb + b"\x00" + m + struct.pack(">H", sum(m) & 0xFFFF)

    uid = ("%s <%s>" % (name, mail)).encode()
    if secret:
        data = (pgp_packet(5, seckey(pubbody, seed)) + pgp_packet(13, uid) + sig(0x13, 0x03)
                + pgp_packet(7, seckey(subpub, csk[::-1])) + sig(0x18, 0x0C))
        label = "PGP PRIVATE KEY BLOCK"
    else:
        data = (pgp_packet(6, pubbody) + pgp_packet(13, uid) + sig(0x13, 0x03)
                + pgp_packet(14, subpub) + sig(0x18, 0x0C))
        label = "PGP PUBLIC KEY BLOCK"
    s = b64(data)
    body = [s[i:i + 64] for i in range(0, len(s), 64)]
    crc = b64(crc24(data).to_bytes(3, "big"))
    lines = ["-----BEGIN %s-----" % label, ""] + body + ["=" + crc, "-----END %s-----" % label]
    return lines, fpr.hex().upper(), (secret_line(body, data, pgp_mpi(seed)[2:], 64) if secret else None)


def pgp_encrypted_blob():
    """An OpenPGP message (PKESK + SEIPD), e.g. vault unseal keys encrypted with -pgp-keys."""
    pk = pgp_packet(1, b"\x03" + rbytes(8) + b"\x01" + pgp_mpi(b"\x80" + rbytes(255)))
    sd = pgp_packet(18, b"\x01" + rbytes(R.randint(70, 90)))
    return b64(pk + sd)


# ---------------------------------------------------------------------------
# bech32 (age)
# ---------------------------------------------------------------------------
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_encode(hrp, data8):
    acc = bits = 0
    data = []
    for b in data8:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            data.append((acc >> bits) & 31)
    if bits:
        data.append((acc << (5 - bits)) & 31)
    hx = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    pm = _polymod(hx + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in data + chk)


def age_keypair():
    k = rbytes(32)
    pub = x25519(k)
    return bech32_encode("age-secret-key-", k).upper(), bech32_encode("age", pub)


def age_armor():
    """An age-encrypted payload (X25519 recipient stanza) in ASCII armor, as SOPS stores it."""
    hdr = ("age-encryption.org/v1\n-> X25519 %s\n%s\n--- %s\n" % (
        b64(rbytes(32)).rstrip("="), b64(rbytes(32)).rstrip("="), b64(rbytes(32)).rstrip("="))).encode()
    data = hdr + rbytes(16) + rbytes(R.randint(40, 60))
    return pem_lines("AGE ENCRYPTED FILE", data)


# ---------------------------------------------------------------------------
# token formats
# ---------------------------------------------------------------------------
def base62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


def gh_token(prefix):
    body = rs(B62, 30)
    return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def aws_key_id(prefix="AKIA"):
    return prefix + rs(B32, 16)


def aws_secret():
    return rs(UP + LO + DIG + "/+", 40)


def aws_session_token():
    raw = b"\x21\x0a\x09origin_ec" + bytes([0x10 + R.randrange(16)]) + rbytes(R.randint(560, 760))
    return b64(raw)


def vault_service_token():
    short = "hvs." + rs(B62, 24)
    inner = b"\x0a" + bytes([len(short)]) + short.encode() + b"\x10" + bytes([R.randint(0x81, 0xff)]) + bytes([R.randint(1, 0x7f)])
    blob = b"\x08\x01\x12\x20" + rbytes(32) + b"\x1a" + bytes([len(inner)]) + inner
    return "hvs." + b64u(blob)


def vault_short_token():
    return "hvs." + rs(B62, 24)


def vault_batch_token():
    return "hvb.AAAAAQ" + rs(B64URL, R.randint(130, 170))


def vault_legacy_token():
    return "s." + rs(B62, 24)


def azure_secret():
    return rs(B62 + "_-.~", 3) + R.choice(DIG) + "Q~" + rs(B62 + "_-.~", 34)


def google_refresh():
    return "1//0" + R.choice("3456cdefgh") + rs(B64URL, R.randint(96, 100))


def okta_ssws():
    return "00" + rs(B62 + "-_", 40)


def keytab_b64(principal, realm):
    parts = principal.split("/")
    out = b"\x05\x02"
    kvno = R.randint(1, 9)
    ts = int(date_between().timestamp())
    for etype, klen in ((18, 32), (17, 16)):
        e = struct.pack(">H", len(parts)) + struct.pack(">H", len(realm)) + realm.encode()
        for p in parts:
            e += struct.pack(">H", len(p)) + p.encode()
        e += struct.pack(">I", 1) + struct.pack(">I", ts) + bytes([kvno]) + struct.pack(">HH", etype, klen) + rbytes(klen)
        out += struct.pack(">i", len(e)) + e
    return b64(out)


def minisign_keys(unencrypted=True):
    seed = rbytes(32)
    pk = ed25519_pub(seed)
    keyid = rbytes(8)
    sk = seed + pk
    chk = hashlib.blake2b(b"Ed" + keyid + sk, digest_size=32).digest()
    raw = (b"Ed" + (b"\x00\x00" if unencrypted else b"Sc") + b"B2" + rbytes(32)
           + struct.pack("<Q", 33554432) + struct.pack("<Q", 1073741824) + keyid + sk + chk)
    pub = b64(b"Ed" + keyid + pk)
    return b64(raw), pub, keyid[::-1].hex().upper()


def signify_keys():
    seed = rbytes(32)
    pk = ed25519_pub(seed)
    keynum = rbytes(8)
    sk = seed + pk
    raw = b"Ed" + b"BK" + struct.pack(">I", 0) + rbytes(16) + hashlib.sha512(sk).digest()[:8] + keynum + sk
    return b64(raw), b64(b"Ed" + keynum + pk)


def jwt_like(claims, sig_bytes=256, alg="RS256", kid=None):
    hdr = {"alg": alg, "typ": "JWT"}
    if kid:
        hdr["kid"] = kid
    h = b64u(json.dumps(hdr, separators=(",", ":")).encode())
    c = b64u(json.dumps(claims, separators=(",", ":")).encode())
    return "%s.%s.%s" % (h, c, b64u(rbytes(sig_bytes)))


def b64i(x, n=None):
    n = n or (x.bit_length() + 7) // 8
    return b64u(x.to_bytes(n, "big"))


def totp_seed(n=32):
    return rs(B32, n)


def sops_enc(plain_len=None):
    n = plain_len or R.randint(20, 60)
    return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rbytes(n)), b64(rbytes(32)), b64(rbytes(16)))


def sealed_blob():
    return b64(b"\x02\x00" + rbytes(512) + rbytes(R.randint(40, 90)))


def kms_blob():
    return b64(b"\x01\x02\x02\x00\x78" + rbytes(R.randint(150, 190)))


def bcrypt_hash():
    return "$2y$%02d$%s" % (pick(10, 11, 12), rs("./" + UP + LO + DIG, 53))


def sha512crypt():
    return "$6$%s$%s" % (rs("./" + UP + LO + DIG, 16), rs("./" + UP + LO + DIG, 86))


def ssha(pw=None):
    salt = rbytes(8)
    pw = (pw or rs(B62, 16)).encode()
    return "{SSHA}" + b64(hashlib.sha1(pw + salt).digest() + salt)


def argon2_hash():
    return "$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (b64(rbytes(16)).rstrip("="), b64(rbytes(32)).rstrip("="))


class FakeRSA:
    """Public-only RSA stand-in for negatives (random odd modulus, random signature bytes):
    negatives only ever expose public halves, so real key generation is not needed there."""

    def __init__(self, bits=2048):
        self.n = R.getrandbits(bits) | (3 << (bits - 2)) | 1
        self.e = 65537
        self.bits = bits

    def sign_sha256(self, data):
        return rbytes(self.bits // 8)


def fake_rsa_spki(k):
    return d_seq(d_seq(d_oid(OID_RSA), D_NULL), d_bits(d_seq(d_int(k.n), d_int(k.e))))


# ---------------------------------------------------------------------------
# naming helpers
# ---------------------------------------------------------------------------
GEN_ENV = ["TOKEN", "AUTH", "SECRET", "AUTH_TOKEN", "API_SECRET", "APP_SECRET", "CLIENT_SECRET", "SSO_SECRET",
           "IDP_SECRET", "SIGNING_SECRET", "ACCESS_TOKEN", "SERVICE_TOKEN", "CREDENTIAL", "BEARER_TOKEN",
           "ADMIN_TOKEN", "OIDC_SECRET", "AUTH_SECRET_VALUE", "PROVIDER_SECRET", "UPSTREAM_TOKEN"]
GEN_CODE = ["token", "secret", "apiKey", "authToken", "clientSecret", "key", "creds", "bearer", "accessToken",
            "auth", "credential", "SECRET", "TOKEN"]


def nm(specific, generic=GEN_ENV, p=0.33):
    if isinstance(specific, str):
        specific = [specific]
    return R.choice(generic) if chance(p) else R.choice(specific)


def to_camel(s):
    parts = s.lower().split("_")
    return parts[0] + "".join(x.capitalize() for x in parts[1:])


POS = []
NEG = []


def pos(fn):
    POS.append(fn)
    return fn


def neg(fn):
    NEG.append(fn)
    return fn


def out(path, lines, provider, kind, ftype, needle=None):
    if isinstance(lines, str):
        lines = lines.split("\n")
    return {"path": path, "text": "\n".join(lines).rstrip("\n") + "\n", "needle": needle,
            "provider": provider, "kind": kind, "filetype": ftype}


def env_block(pairs, comment=None):
    lines = []
    if comment:
        lines.append("# " + comment)
    for k, v in pairs:
        if k is None:
            lines.append(v)
        else:
            lines.append("%s=%s" % (k, v))
    return lines


def filler_env(o, a):
    """Innocent dotenv surroundings (no secrets)."""
    return [("NODE_ENV", pick("production", "development", "staging")),
            ("PORT", str(pick(3000, 8080, 8000, 5000, 4000))),
            ("LOG_LEVEL", pick("info", "debug", "warn")),
            ("APP_URL", "https://%s.%s" % (a, domain(o))),
            ("DATABASE_URL", "postgres://%s@db.internal:5432/%s" % (a, a)),
            ("REDIS_URL", "redis://cache.internal:6379/0"),
            ("SENTRY_ENVIRONMENT", env()),
            ("FEATURE_FLAGS", pick("new-checkout,beta-search", "audit-log", "sso,scim")),
            ("TZ", pick("UTC", "Europe/Berlin", "America/New_York"))]


def sample_filler(o, a, k):
    f = filler_env(o, a)
    R.shuffle(f)
    return f[:k]


# ===========================================================================
# POSITIVES
# ===========================================================================
def keycloak_client_secret():
    return guid() if chance(0.25) else rs(B62, 32)


@pos
def p_keycloak_realm_client():
    o, a = org(), app()
    sec = keycloak_client_secret()
    realm = pick(o, o + "-" + env(), "internal", "customers")
    cid = pick(a, a + "-backend", "%s-%s" % (o, a), "grafana", "argocd", "jenkins")
    lines = ["{",
             '  "id": "%s",' % guid(),
             '  "realm": "%s",' % realm,
             '  "displayName": "%s %s",' % (o.capitalize(), pick("SSO", "Login", "Identity")),
             '  "enabled": true,',
             '  "sslRequired": "external",',
             '  "registrationAllowed": false,',
             '  "accessTokenLifespan": %d,' % pick(300, 600, 900),
             '  "clients": [',
             "    {",
             '      "id": "%s",' % guid(),
             '      "clientId": "%s",' % cid,
             '      "name": "%s",' % cid,
             '      "rootUrl": "https://%s.%s",' % (a, domain(o)),
             '      "enabled": true,',
             '      "clientAuthenticatorType": "client-secret",',
             '      "secret": "%s",' % sec,
             '      "redirectUris": ["https://%s.%s/*"],' % (a, domain(o)),
             '      "webOrigins": ["+"],',
             '      "standardFlowEnabled": true,',
             '      "directAccessGrantsEnabled": false,',
             '      "serviceAccountsEnabled": %s,' % pick("true", "false"),
             '      "publicClient": false,',
             '      "protocol": "openid-connect",',
             '      "attributes": {',
             '        "pkce.code.challenge.method": "S256",',
             '        "post.logout.redirect.uris": "+"',
             "      },",
             '      "defaultClientScopes": ["web-origins", "profile", "roles", "email"]',
             "    }",
             "  ],",
             '  "defaultSignatureAlgorithm": "RS256"',
             "}"]
    return out(pick("keycloak/realm-export.json", "realms/%s-realm.json" % realm, "infra/keycloak/import/realm.json"),
               lines, "keycloak", "client_secret", "json", sec)


@pos
def p_keycloak_env_secret():
    o, a = org(), app()
    sec = keycloak_client_secret()
    var = nm(["KEYCLOAK_CLIENT_SECRET", "KC_CLIENT_SECRET", "KEYCLOAK_SECRET", "OIDC_CLIENT_SECRET"])
    pairs = sample_filler(o, a, 4) + [("KEYCLOAK_URL", "https://sso.%s" % domain(o)),
                                       ("KEYCLOAK_REALM", pick(o, "master", "internal")),
                                       ("KEYCLOAK_CLIENT_ID", a), (var, sec)] + sample_filler(o, a, 2)
    return out(pick(".env", ".env.%s" % env(), "%s/.env" % a, "config/.env.local"), env_block(pairs, "%s service config" % a),
               "keycloak", "client_secret", "dotenv", sec)


@pos
def p_keycloak_realm_key():
    o = org()
    k = RSAKey(2048)
    cert = make_cert(k, pick(o, "master", "internal"))
    pk = b64(rsa_pkcs1(k))
    lines = ["{",
             '  "realm": "%s",' % o,
             '  "enabled": true,',
             '  "components": {',
             '    "org.keycloak.keys.KeyProvider": [',
             "      {",
             '        "id": "%s",' % guid(),
             '        "name": "rsa-generated",',
             '        "providerId": "rsa-generated",',
             '        "subComponents": {},',
             '        "config": {',
             '          "privateKey": ["%s"],' % pk,
             '          "certificate": ["%s"],' % b64(cert),
             '          "priority": ["100"]',
             "        }",
             "      },",
             "      {",
             '        "id": "%s",' % guid(),
             '        "name": "hmac-generated-hs512",',
             '        "providerId": "hmac-generated",',
             '        "subComponents": {},',
             '        "config": { "priority": ["100"], "algorithm": ["HS512"] }',
             "      }",
             "    ]",
             "  }",
             "}"]
    return out("keycloak/export/%s-realm.json" % o, lines, "keycloak", "realm_rsa_private_key", "json", pk)


@pos
def p_keycloak_compose_admin():
    o = org()
    pw = human_pw()
    ver = pick("24.0", "25.0.6", "26.0", "22.0.5")
    lines = ["services:",
             "  postgres:",
             "    image: postgres:16",
             "    environment:",
             "      POSTGRES_DB: keycloak",
             "      POSTGRES_USER: keycloak",
             "      POSTGRES_PASSWORD: ${KC_DB_PASSWORD}",
             "    volumes:",
             "      - pgdata:/var/lib/postgresql/data",
             "",
             "  keycloak:",
             "    image: quay.io/keycloak/keycloak:%s" % ver,
             "    command: start --optimized",
             "    environment:",
             "      KC_DB: postgres",
             "      KC_DB_URL: jdbc:postgresql://postgres:5432/keycloak",
             "      KC_DB_USERNAME: keycloak",
             "      KC_DB_PASSWORD: ${KC_DB_PASSWORD}",
             "      KC_HOSTNAME: sso.%s" % domain(o),
             "      %s: admin" % ("KEYCLOAK_ADMIN" if ver < "26" else "KC_BOOTSTRAP_ADMIN_USERNAME"),
             "      %s: %s" % ("KEYCLOAK_ADMIN_PASSWORD" if ver < "26" else "KC_BOOTSTRAP_ADMIN_PASSWORD", pw),
             "    ports:",
             '      - "8443:8443"',
             "    depends_on:",
             "      - postgres",
             "",
             "volumes:",
             "  pgdata: {}"]
    return out(pick("docker-compose.yml", "deploy/keycloak/docker-compose.yaml", "compose.yaml"), lines,
               "keycloak", "admin_password", "docker-compose", pw)


@pos
def p_okta_yaml():
    o = org()
    tok = okta_ssws()
    key = nm("token", ["apiToken", "token"], 0.0)
    lines = ["okta:",
             "  client:",
             '    orgUrl: "https://%s.okta.com"' % pick(o, "dev-%d" % R.randint(100000, 99999999), o + "-admin"),
             "    connectionTimeout: 30",
             "    requestTimeout: 0",
             "    rateLimit:",
             "      maxRetries: 4",
             "    cache:",
             "      enabled: true",
             "      defaultTtl: 300",
             '    %s: "%s"' % (key, tok)]
    return out(pick("okta.yaml", ".okta/okta.yaml", "config/okta.yaml"), lines, "okta", "api_token", "yaml", tok)


@pos
def p_okta_terraform():
    o = org()
    tok = okta_ssws()
    lines = ["terraform {",
             "  required_providers {",
             "    okta = {",
             '      source  = "okta/okta"',
             '      version = "~> %s"' % pick("4.8", "4.11", "3.46"),
             "    }",
             "  }",
             "}",
             "",
             'provider "okta" {',
             '  org_name  = "%s"' % o,
             '  base_url  = "okta.com"',
             '  api_token = "%s"' % tok,
             "}",
             "",
             'resource "okta_group" "%s_admins" {' % o,
             '  name        = "%s-admins"' % o,
             '  description = "Administrators for internal tooling"',
             "}"]
    return out(pick("terraform/okta/main.tf", "infra/idp/providers.tf", "okta.tf"), lines, "okta", "api_token", "terraform", tok)


@pos
def p_okta_client_secret():
    o, a = org(), app()
    sec = rs(B62 + "-_", pick(40, 64))
    cid = "0oa" + rs(B62, 17)
    kind = R.randrange(3)
    if kind == 0:
        var = nm(["OKTA_CLIENT_SECRET", "OKTA_OAUTH2_CLIENT_SECRET"])
        pairs = sample_filler(o, a, 3) + [("OKTA_OAUTH2_ISSUER", "https://%s.okta.com/oauth2/default" % o),
                                          ("OKTA_OAUTH2_CLIENT_ID", cid), (var, sec)] + sample_filler(o, a, 2)
        return out(".env", env_block(pairs), "okta", "client_secret", "dotenv", sec)
    if kind == 1:
        lines = ["spring:", "  application:", "    name: %s" % a, "okta:", "  oauth2:",
                 "    issuer: https://%s.okta.com/oauth2/default" % o,
                 "    client-id: %s" % cid, "    client-secret: %s" % sec,
                 "    scopes: openid, profile, email", "server:", "  port: 8080"]
        return out("src/main/resources/application.yml", lines, "okta", "client_secret", "yaml", sec)
    lines = ["okta.oauth2.issuer=https://%s.okta.com/oauth2/default" % o,
             "okta.oauth2.client-id=%s" % cid,
             "okta.oauth2.%s=%s" % (pick("client-secret", "clientSecret"), sec),
             "okta.oauth2.redirect-uri=/authorization-code/callback",
             "server.port=8080", "logging.level.org.springframework.security=INFO"]
    return out("src/main/resources/application.properties", lines, "okta", "client_secret", "properties", sec)


@pos
def p_okta_private_key_jwt():
    o = org()
    k = RSAKey(2048)
    if chance(0.5):
        pl = pem_lines("RSA PRIVATE KEY", rsa_pkcs1(k), secret=ibytes(k.d))
    else:
        pl = pem_lines("PRIVATE KEY", rsa_pkcs8(k), secret=ibytes(k.d))
    lines = ["okta:", "  client:", '    orgUrl: "https://%s.okta.com"' % o,
             '    authorizationMode: "PrivateKey"', '    clientId: "0oa%s"' % rs(B62, 17),
             '    scopes:', '      - "okta.users.read"', '      - "okta.groups.read"',
             "    privateKey: |"] + ["      " + l for l in pl]
    return out("okta.yaml", lines, "okta", "private_key_jwt", "yaml", pem_needle(pl))


def auth0_secret():
    return rs(B62 + "-_", 64)


@pos
def p_auth0():
    o, a = org(), app()
    sec = auth0_secret()
    cid = rs(B62, 32)
    dom = "%s.%s.auth0.com" % (o, pick("us", "eu", "au")) if chance(0.6) else "%s.auth0.com" % o
    v = R.randrange(4)
    if v == 0:
        var = nm(["AUTH0_CLIENT_SECRET"])
        pairs = [("AUTH0_DOMAIN", dom), ("AUTH0_CLIENT_ID", cid), (var, sec),
                 ("AUTH0_BASE_URL", "http://localhost:3000"), ("AUTH0_ISSUER_BASE_URL", "https://" + dom)] + sample_filler(o, a, 3)
        return out(".env.local", env_block(pairs), "auth0", "client_secret", "dotenv", sec)
    if v == 1:
        lines = ['provider "auth0" {', '  domain        = "%s"' % dom, '  client_id     = "%s"' % cid,
                 '  client_secret = "%s"' % sec, '  debug         = false', "}", "",
                 'resource "auth0_client" "%s" {' % a, '  name            = "%s"' % a,
                 '  app_type        = "regular_web"', '  callbacks       = ["https://%s.%s/callback"]' % (a, domain(o)),
                 '  oidc_conformant = true', "}"]
        return out("terraform/auth0/main.tf", lines, "auth0", "client_secret", "terraform", sec)
    if v == 2:
        name = pick("clientSecret", "client_secret", "secret")
        lines = ["const { ManagementClient } = require('auth0');", "",
                 "// management client used by the nightly user sync job",
                 "const management = new ManagementClient({",
                 "  domain: '%s'," % dom, "  clientId: '%s'," % cid, "  %s: '%s'," % (name, sec), "});", "",
                 "async function listUsers(page = 0) {",
                 "  return management.users.getAll({ per_page: 100, page });", "}", "",
                 "module.exports = { listUsers };"]
        return out("scripts/auth0-sync.js", lines, "auth0", "client_secret", "javascript", sec)
    lines = ["auth0:", "  domain: %s" % dom, "  audience: https://api.%s" % domain(o),
             "  clientId: %s" % cid, "  %s: %s" % (pick("clientSecret", "secret"), sec),
             "  scope: \"openid profile email\""]
    return out("config/%s.yaml" % env(), lines, "auth0", "client_secret", "yaml", sec)


@pos
def p_auth0_mgmt_token():
    o = org()
    dom = "%s.%s.auth0.com" % (o, pick("us", "eu"))
    now = int(date_between().timestamp())
    tok = jwt_like({"iss": "https://%s/" % dom, "sub": rs(B62, 32) + "@clients",
                    "aud": "https://%s/api/v2/" % dom, "iat": now, "exp": now + 86400,
                    "scope": "read:users update:users read:clients", "gty": "client-credentials",
                    "azp": rs(B62, 32)}, kid=rs(B62 + "-_", 22))
    var = nm(["AUTH0_MGMT_TOKEN", "AUTH0_MANAGEMENT_API_TOKEN", "AUTH0_TOKEN"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "",
             "# one-off: export users flagged for deletion",
             'export %s="%s"' % (var, tok), "",
             'curl -sS -H "Authorization: Bearer ${%s}" \\' % var,
             '  "https://%s/api/v2/users?q=app_metadata.delete_pending:true&search_engine=v3" \\' % dom,
             "  | jq -r '.[].user_id' > pending.txt", "wc -l pending.txt"]
    return out("scripts/export-pending-users.sh", lines, "auth0", "management_api_token", "shell", tok)


@pos
def p_azure_appsettings():
    o, a = org(), app()
    sec = azure_secret()
    key = "ClientSecret" if chance(0.75) else pick("Secret", "AppSecret")
    lines = ["{",
             '  "AzureAd": {',
             '    "Instance": "https://login.microsoftonline.com/",',
             '    "Domain": "%s.onmicrosoft.com",' % o,
             '    "TenantId": "%s",' % guid(),
             '    "ClientId": "%s",' % guid(),
             '    "%s": "%s",' % (key, sec),
             '    "CallbackPath": "/signin-oidc",',
             '    "SignedOutCallbackPath": "/signout-callback-oidc"',
             "  },",
             '  "DownstreamApi": {',
             '    "BaseUrl": "https://graph.microsoft.com/v1.0",',
             '    "Scopes": "User.Read"',
             "  },",
             '  "Logging": {',
             '    "LogLevel": {',
             '      "Default": "Information",',
             '      "Microsoft.AspNetCore": "Warning"',
             "    }",
             "  },",
             '  "AllowedHosts": "*"',
             "}"]
    return out(pick("appsettings.json", "appsettings.Development.json", "src/%s.Web/appsettings.json" % a.capitalize()),
               lines, "azure_ad", "client_secret", "json", sec)


@pos
def p_azure_sp_json():
    o = org()
    sec = azure_secret()
    if chance(0.5):
        lines = ["{",
                 '  "appId": "%s",' % guid(),
                 '  "displayName": "%s",' % pick("azure-cli-%s" % date_between().strftime("%Y-%m-%d-%H-%M-%S"), "sp-%s-deploy" % o, "github-actions-%s" % o),
                 '  "password": "%s",' % sec,
                 '  "tenant": "%s"' % guid(),
                 "}"]
        pre = ["$ az ad sp create-for-rbac --name sp-%s-deploy --role contributor \\" % o,
               "    --scopes /subscriptions/%s/resourceGroups/rg-%s" % (guid(), o),
               "Creating 'contributor' role assignment under scope '/subscriptions/...'",
               "The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control."]
        if chance(0.5):
            return out(pick("docs/azure-setup.md", "notes/sp.txt"), pre + lines, "azure_ad", "service_principal_secret", "text", sec)
        return out(pick("sp.json", "azure/sp-credentials.json"), lines, "azure_ad", "service_principal_secret", "json", sec)
    lines = ["{",
             '  "clientId": "%s",' % guid(),
             '  "clientSecret": "%s",' % sec,
             '  "subscriptionId": "%s",' % guid(),
             '  "tenantId": "%s",' % guid(),
             '  "activeDirectoryEndpointUrl": "https://login.microsoftonline.com",',
             '  "resourceManagerEndpointUrl": "https://management.azure.com/",',
             '  "activeDirectoryGraphResourceId": "https://graph.windows.net/",',
             '  "sqlManagementEndpointUrl": "https://management.core.windows.net:8443/",',
             '  "galleryEndpointUrl": "https://gallery.azure.com/",',
             '  "managementEndpointUrl": "https://management.core.windows.net/"',
             "}"]
    return out(pick("azure-credentials.json", ".azure/sdk-auth.json"), lines, "azure_ad", "service_principal_secret", "json", sec)


@pos
def p_azure_env_tf():
    o = org()
    sec = azure_secret()
    v = R.randrange(3)
    if v == 0:
        lines = ['provider "azurerm" {', "  features {}", "",
                 '  subscription_id = "%s"' % guid(), '  tenant_id       = "%s"' % guid(),
                 '  client_id       = "%s"' % guid(), '  client_secret   = "%s"' % sec, "}", "",
                 'resource "azurerm_resource_group" "main" {', '  name     = "rg-%s-%s"' % (o, env()),
                 '  location = "%s"' % pick("westeurope", "eastus2", "northeurope"), "}"]
        return out("infra/azure/providers.tf", lines, "azure_ad", "client_secret", "terraform", sec)
    if v == 1:
        var = nm(["AZURE_CLIENT_SECRET", "ARM_CLIENT_SECRET"])
        pairs = [("AZURE_TENANT_ID", guid()), ("AZURE_CLIENT_ID", guid()), (var, sec),
                 ("AZURE_SUBSCRIPTION_ID", guid())] + sample_filler(o, app(), 3)
        return out(pick(".env", "deploy/azure.env"), env_block(pairs), "azure_ad", "client_secret", "dotenv", sec)
    lines = ["from azure.identity import ClientSecretCredential",
             "from azure.keyvault.secrets import SecretClient", "",
             'TENANT_ID = "%s"' % guid(), 'CLIENT_ID = "%s"' % guid(),
             '%s = "%s"' % (nm(["CLIENT_SECRET", "AZURE_CLIENT_SECRET"], ["SECRET", "APP_KEY", "AUTH"]), sec), "",
             "",
             "def vault_client(name: str) -> SecretClient:",
             "    cred = ClientSecretCredential(TENANT_ID, CLIENT_ID, %s)" % "CLIENT_SECRET",
             '    return SecretClient(vault_url=f"https://{name}.vault.azure.net", credential=cred)']
    # keep the variable passed in sync
    var = lines[5].split(" = ")[0]
    lines[9] = "    cred = ClientSecretCredential(TENANT_ID, CLIENT_ID, %s)" % var
    return out("tools/kv_sync.py", lines, "azure_ad", "client_secret", "python", sec)


@pos
def p_google_client_secret_json():
    o = org()
    sec = "GOCSPX-" + rs(B62 + "-_", 28)
    num = str(R.randint(10 ** 11, 10 ** 12 - 1))
    cid = "%s-%s.apps.googleusercontent.com" % (num, rs(DIG + LO, 32))
    t = pick("web", "installed")
    lines = ["{",
             '  "%s": {' % t,
             '    "client_id": "%s",' % cid,
             '    "project_id": "%s-%s",' % (o, pick("prod", "auth", "internal", str(R.randint(100000, 999999)))),
             '    "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
             '    "token_uri": "https://oauth2.googleapis.com/token",',
             '    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
             '    "client_secret": "%s",' % sec,
             '    "redirect_uris": ["%s"]' % ("http://localhost" if t == "installed" else "https://app.%s/oauth2/callback" % domain(o)),
             "  }",
             "}"]
    if chance(0.4):
        lines = ["{" + "".join(l.strip() for l in lines[1:-1]) + "}"] + [""] * 0
        lines = ['{"%s":{"client_id":"%s","project_id":"%s","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","auth_provider_x509_cert_url":"https://www.googleapis.com/oauth2/v1/certs","client_secret":"%s","redirect_uris":["http://localhost"]}}' % (t, cid, o + "-auth", sec)]
        pre = ["# Downloaded from Cloud Console > APIs & Services > Credentials", "# used by scripts/gmail_export.py",
               "# TODO move out of repo", "#"]
        return out("scripts/client_secret.json.txt", pre + lines + ["#"], "google_oauth", "client_secret", "json", sec)
    return out(pick("client_secret.json", "credentials/client_secret_%s.json" % num, "oauth/client_secret.json"),
               lines, "google_oauth", "client_secret", "json", sec)


@pos
def p_google_env_secret():
    o, a = org(), app()
    sec = "GOCSPX-" + rs(B62 + "-_", 28)
    cid = "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12 - 1), rs(DIG + LO, 32))
    var = nm(["GOOGLE_CLIENT_SECRET", "AUTH_GOOGLE_SECRET", "GOOGLE_OAUTH_CLIENT_SECRET"])
    pairs = sample_filler(o, a, 3) + [("GOOGLE_CLIENT_ID", cid), (var, sec)] + sample_filler(o, a, 2)
    return out(pick(".env", ".env.production", "web/.env.local"), env_block(pairs), "google_oauth", "client_secret", "dotenv", sec)


@pos
def p_gcloud_adc():
    o = org()
    tok = google_refresh()
    lines = ["{",
             '  "account": "",',
             '  "client_id": "764086051850-6qr4p6gpi6hn506pt8ejuq83di341hur.apps.googleusercontent.com",',
             '  "client_secret": "d-FL95Q19q7MQmFpd7hHD0Ty",',
             '  "quota_project_id": "%s-%s",' % (o, env()),
             '  "refresh_token": "%s",' % tok,
             '  "type": "authorized_user",',
             '  "universe_domain": "googleapis.com"',
             "}"]
    return out(pick(".config/gcloud/application_default_credentials.json", "application_default_credentials.json",
                    "ci/gcp-adc.json"), lines, "google_oauth", "refresh_token", "json", tok)


@pos
def p_google_refresh_code():
    o = org()
    tok = google_refresh()
    var = nm(["GOOGLE_REFRESH_TOKEN", "GMAIL_REFRESH_TOKEN", "REFRESH_TOKEN"], ["TOKEN", "AUTH", "CREDENTIAL"])
    lines = ["import os", "from google.oauth2.credentials import Credentials", "from googleapiclient.discovery import build", "",
             '%s = "%s"' % (var, tok), "", "",
             "def sheets():",
             "    creds = Credentials(",
             "        token=None,",
             "        refresh_token=%s," % var,
             '        client_id=os.environ["GOOGLE_CLIENT_ID"],',
             '        client_secret=os.environ["GOOGLE_CLIENT_SECRET"],',
             '        token_uri="https://oauth2.googleapis.com/token",',
             "    )",
             '    return build("sheets", "v4", credentials=creds)']
    return out(pick("reports/sheets_client.py", "scripts/export_to_sheets.py"), lines, "google_oauth", "refresh_token", "python", tok)


@pos
def p_google_access_token():
    tok = "ya29.a0" + rs(B64URL, R.randint(150, 200))
    lines = ["# debugging the Drive upload 403", "$ gcloud auth print-access-token",
             tok, "", '$ curl -s -H "Authorization: Bearer $(gcloud auth print-access-token)" \\',
             '    "https://www.googleapis.com/drive/v3/files?pageSize=5" | jq .files[].name',
             '"Q3 board deck"', '"org chart"']
    return out(pick("notes/drive-403.md", "debug.log"), lines, "google_oauth", "access_token", "text", tok)


@pos
def p_gcp_service_account():
    o = org()
    k = RSAKey(2048)
    pl = pem_lines("PRIVATE KEY", rsa_pkcs8(k), secret=ibytes(k.d))
    pk = pem_oneline(pl)
    proj = "%s-%s" % (o, pick("prod", "data", "ci", str(R.randint(100000, 999999))))
    sa = pick("terraform", "ci-deployer", "bq-loader", "github-actions", "backup")
    lines = ["{",
             '  "type": "service_account",',
             '  "project_id": "%s",' % proj,
             '  "private_key_id": "%s",' % hexs(40),
             '  "private_key": "%s",' % pk,
             '  "client_email": "%s@%s.iam.gserviceaccount.com",' % (sa, proj),
             '  "client_id": "%d",' % R.randint(10 ** 20, 10 ** 21 - 1),
             '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
             '  "token_uri": "https://oauth2.googleapis.com/token",',
             '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
             '  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com",' % (sa, proj),
             '  "universe_domain": "googleapis.com"',
             "}"]
    return out(pick("%s-%s.json" % (proj, hexs(12)), "keys/sa.json", "gcp-key.json", "terraform/credentials.json"),
               lines, "gcp", "service_account_private_key", "json", pk)


@pos
def p_gcp_hmac():
    o = org()
    aid = "GOOG1E" + rs(UP + DIG, 55)
    sec = rs(UP + LO + DIG + "/+", 40)
    lines = ["[Credentials]", "gs_access_key_id = %s" % aid, "gs_secret_access_key = %s" % sec, "",
             "[Boto]", "https_validate_certificates = True", "", "[GSUtil]",
             "default_project_id = %s-%s" % (o, env()), "parallel_composite_upload_threshold = 150M"]
    return out(pick(".boto", "ci/boto.cfg"), lines, "gcp", "hmac_key", "ini", sec)


@pos
def p_aws_credentials():
    o = org()
    kid, sec = aws_key_id(), aws_secret()
    prof = pick("default", o, "%s-%s" % (o, env()), "terraform", "deploy")
    lines = ["[%s]" % prof, "aws_access_key_id = %s" % kid, "aws_secret_access_key = %s" % sec]
    if chance(0.5):
        lines.append("region = %s" % R.choice(REGIONS_AWS))
    extra = ["", "[profile-sso]".replace("profile-sso", "%s-readonly" % o),
             "sso_session = %s" % o, "sso_account_id = %012d" % R.randint(10 ** 11, 10 ** 12 - 1),
             "sso_role_name = ReadOnlyAccess", "region = %s" % R.choice(REGIONS_AWS)]
    lines = lines + extra if chance(0.6) else extra[1:] + [""] + lines
    return out(pick(".aws/credentials", "credentials", "ci/aws/credentials"), lines, "aws", "access_key", "ini", sec)


@pos
def p_aws_session():
    o = org()
    kid, sec, st = aws_key_id("ASIA"), aws_secret(), aws_session_token()
    if chance(0.5):
        lines = ["[%s]" % pick("default", "mfa", o + "-admin"), "aws_access_key_id = %s" % kid,
                 "aws_secret_access_key = %s" % sec, "aws_session_token = %s" % st,
                 "# expires %s" % iso(), "region = %s" % R.choice(REGIONS_AWS)]
        return out(".aws/credentials", lines, "aws", "session_credentials", "ini", sec)
    exp = iso()
    lines = ["$ aws sts assume-role --role-arn arn:aws:iam::%012d:role/%s --role-session-name %s" % (
        R.randint(10 ** 11, 10 ** 12 - 1), pick("OrganizationAccountAccessRole", "deploy", "admin"), R.choice(FIRST)),
             "{", '    "Credentials": {', '        "AccessKeyId": "%s",' % kid,
             '        "SecretAccessKey": "%s",' % sec, '        "SessionToken": "%s",' % st,
             '        "Expiration": "%s"' % exp.replace("Z", "+00:00"), "    },",
             '    "AssumedRoleUser": {', '        "AssumedRoleId": "AROA%s:%s",' % (rs(B32, 17), R.choice(FIRST)),
             '        "Arn": "arn:aws:sts::%012d:assumed-role/deploy/%s"' % (R.randint(10 ** 11, 10 ** 12 - 1), R.choice(FIRST)),
             "    }", "}"]
    return out(pick("docs/runbooks/assume-role.md", "notes/sts.txt"), lines, "aws", "session_credentials", "text", sec)


@pos
def p_aws_env_code():
    o, a = org(), app()
    kid, sec = aws_key_id(), aws_secret()
    v = R.randrange(3)
    if v == 0:
        pairs = sample_filler(o, a, 3) + [("AWS_ACCESS_KEY_ID", kid), (nm("AWS_SECRET_ACCESS_KEY", ["AWS_SECRET", "S3_SECRET", "SECRET_KEY"]), sec),
                                          ("AWS_DEFAULT_REGION", R.choice(REGIONS_AWS))] + sample_filler(o, a, 2)
        return out(".env", env_block(pairs), "aws", "access_key", "dotenv", sec)
    if v == 1:
        lines = ["import boto3", "", "", "def s3():",
                 "    return boto3.client(", '        "s3",',
                 '        region_name="%s",' % R.choice(REGIONS_AWS),
                 '        aws_access_key_id="%s",' % kid, '        aws_secret_access_key="%s",' % sec, "    )", "",
                 "", "def upload(path, key):", '    s3().upload_file(path, "%s-%s-artifacts", key)' % (o, env())]
        return out("scripts/upload.py", lines, "aws", "access_key", "python", sec)
    lines = ["name: deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:",
             "    runs-on: ubuntu-latest", "    env:", "      AWS_ACCESS_KEY_ID: %s" % kid,
             "      AWS_SECRET_ACCESS_KEY: %s" % sec, "      AWS_REGION: %s" % R.choice(REGIONS_AWS),
             "    steps:", "      - uses: actions/checkout@v4", "      - run: aws s3 sync ./dist s3://%s-site --delete" % o]
    return out(".github/workflows/deploy.yml", lines, "aws", "access_key", "gha-workflow", sec)


@pos
def p_cognito():
    o, a = org(), app()
    sec = rs(LO + DIG, pick(51, 52))
    cid = rs(LO + DIG, 26)
    pool = "%s_%s" % (R.choice(REGIONS_AWS), rs(B62, 9))
    v = R.randrange(3)
    if v == 0:
        var = nm(["COGNITO_CLIENT_SECRET", "AWS_COGNITO_CLIENT_SECRET"])
        pairs = [("COGNITO_USER_POOL_ID", pool), ("COGNITO_CLIENT_ID", cid), (var, sec),
                 ("COGNITO_DOMAIN", "%s-auth.auth.%s.amazoncognito.com" % (o, pool.split("_")[0]))] + sample_filler(o, a, 3)
        return out(".env", env_block(pairs), "aws_cognito", "client_secret", "dotenv", sec)
    if v == 1:
        lines = ["import base64, hashlib, hmac", "import boto3", "",
                 'USER_POOL_ID = "%s"' % pool, 'APP_CLIENT_ID = "%s"' % cid,
                 '%s = "%s"' % (nm("APP_CLIENT_SECRET", ["SECRET", "CLIENT_KEY"]), sec), "", "",
                 "def secret_hash(username: str) -> str:",
                 "    msg = (username + APP_CLIENT_ID).encode()",
                 "    dig = hmac.new(%s.encode(), msg, hashlib.sha256).digest()" % "APP_CLIENT_SECRET",
                 "    return base64.b64encode(dig).decode()"]
        var = lines[5].split(" = ")[0]
        lines[10] = "    dig = hmac.new(%s.encode(), msg, hashlib.sha256).digest()" % var
        return out("auth/cognito.py", lines, "aws_cognito", "client_secret", "python", sec)
    lines = ["export const authConfig = {", "  Auth: {", "    Cognito: {",
             "      userPoolId: '%s'," % pool, "      userPoolClientId: '%s'," % cid,
             "      userPoolClientSecret: '%s'," % sec, "      loginWith: { email: true },", "    },", "  },", "};"]
    return out("src/auth-config.ts", lines, "aws_cognito", "client_secret", "typescript", sec)


@pos
def p_ory():
    o = org()
    v = R.randrange(3)
    if v == 0:
        tok = "ory_pat_" + rs(B62, 32)
        var = nm(["ORY_API_KEY", "ORY_PAT", "ORY_PROJECT_API_KEY"])
        pairs = [("ORY_SDK_URL", "https://%s.projects.oryapis.com" % rs(LO, 6) + rs(DIG, 0))] + sample_filler(o, app(), 3) + [(var, tok)]
        return out(".env", env_block(pairs), "ory", "api_key", "dotenv", tok)
    if v == 1:
        sec = rs(B62, 32)
        lines = ["serve:", "  public:", "    base_url: https://auth.%s/" % domain(o), "  admin:", "    base_url: http://hydra:4445/",
                 "urls:", "  self:", "    issuer: https://auth.%s/" % domain(o), "  consent: https://login.%s/consent" % domain(o),
                 "  login: https://login.%s/login" % domain(o), "secrets:", "  system:", "    - %s" % sec,
                 "oidc:", "  subject_identifiers:", "    supported_types:", "      - public", "ttl:", "  access_token: 1h"]
        return out(pick("hydra.yml", "deploy/hydra/config.yaml"), lines, "ory", "hydra_system_secret", "yaml", sec)
    sec = rs(B62, 32)
    lines = ["version: v1.1.0", "dsn: postgres://kratos@pg:5432/kratos?sslmode=disable", "serve:", "  public:",
             "    base_url: https://id.%s/" % domain(o), "selfservice:", "  default_browser_return_url: https://%s/" % domain(o),
             "secrets:", "  cookie:", "    - %s" % sec, "identity:", "  default_schema_id: default", "  schemas:",
             "    - id: default", "      url: file:///etc/config/kratos/identity.schema.json"]
    return out("kratos/kratos.yml", lines, "ory", "kratos_cookie_secret", "yaml", sec)


@pos
def p_zitadel_key():
    k = RSAKey(2048)
    pl = pem_lines("RSA PRIVATE KEY", rsa_pkcs1(k), secret=ibytes(k.d))
    pk = pem_oneline(pl)
    lines = ['{"type":"serviceaccount","keyId":"%d","key":"%s","expirationDate":"9999-12-31T23:59:59Z","userId":"%d"}' % (
        R.randint(10 ** 17, 10 ** 18 - 1), pk, R.randint(10 ** 17, 10 ** 18 - 1))]
    pre = ["# Zitadel machine key for the provisioning bot", "# (downloaded from Console > Service Users > Keys)", "#", ""]
    if chance(0.5):
        return out(pick("zitadel/machinekey.json", "keys/%d.json" % R.randint(10 ** 17, 10 ** 18 - 1)),
                   ["{", '  "type": "serviceaccount",', '  "keyId": "%d",' % R.randint(10 ** 17, 10 ** 18 - 1),
                    '  "key": "%s",' % pk, '  "expirationDate": "2030-01-01T00:00:00Z",',
                    '  "userId": "%d"' % R.randint(10 ** 17, 10 ** 18 - 1), "}"],
                   "zitadel", "machine_key", "json", pk)
    return out("docs/zitadel-bot.md", pre + ["```json"] + lines + ["```"], "zitadel", "machine_key", "markdown", pk)


@pos
def p_zitadel_pat():
    o = org()
    tok = rs(B64URL, pick(64, 72))
    var = nm(["ZITADEL_PAT", "ZITADEL_TOKEN", "ZITADEL_ADMIN_PAT"])
    pairs = [("ZITADEL_DOMAIN", "%s-%s.zitadel.cloud" % (o, rs(LO + DIG, 6))), ("ZITADEL_ORG_ID", str(R.randint(10 ** 17, 10 ** 18 - 1))),
             (var, tok)] + sample_filler(o, app(), 3)
    return out(".env", env_block(pairs, "zitadel provisioning"), "zitadel", "personal_access_token", "dotenv", tok)


@pos
def p_authentik():
    o = org()
    if chance(0.6):
        sec = b64(rbytes(60))
        var = "AUTHENTIK_SECRET_KEY"
        kind = "secret_key"
    else:
        sec = rs(B62, 60)
        var = "AUTHENTIK_BOOTSTRAP_TOKEN"
        kind = "bootstrap_token"
    pairs = [("PG_USER", "authentik"), ("PG_DB", "authentik"), (None, ""), (var, sec),
             ("AUTHENTIK_ERROR_REPORTING__ENABLED", "false"), ("AUTHENTIK_EMAIL__HOST", "smtp.%s" % domain(o)),
             ("AUTHENTIK_EMAIL__PORT", "587"), ("AUTHENTIK_EMAIL__FROM", "authentik@%s" % domain(o)),
             ("COMPOSE_PORT_HTTP", "9000"), ("COMPOSE_PORT_HTTPS", "9443")]
    return out(pick(".env", "authentik/.env"), env_block(pairs, "authentik"), "authentik", kind, "dotenv", sec)


@pos
def p_dex_static_client():
    o = org()
    sec = pick(rs(B62, 32), b64(rbytes(24)), hexs(40))
    lines = ["issuer: https://dex.%s" % domain(o), "storage:", "  type: kubernetes", "  config:", "    inCluster: true",
             "web:", "  http: 0.0.0.0:5556", "oauth2:", "  skipApprovalScreen: true", "connectors:",
             "  - type: github", "    id: github", "    name: GitHub", "    config:",
             "      clientID: $GITHUB_CLIENT_ID", "      clientSecret: $GITHUB_CLIENT_SECRET",
             "      redirectURI: https://dex.%s/callback" % domain(o), "      orgs:", "        - name: %s" % o,
             "staticClients:", "  - id: %s" % pick("argo-cd", "grafana", "kubectl", "oauth2-proxy"),
             "    name: %s" % pick("Argo CD", "Grafana", "Kubernetes"),
             "    redirectURIs:", "      - https://%s.%s/auth/callback" % (pick("argocd", "grafana"), domain(o)),
             "    secret: %s" % sec]
    if chance(0.5):
        lines = ["dex:", "  config:"] + ["    " + l for l in lines]
        return out("charts/dex/values-%s.yaml" % env(), lines, "dex", "static_client_secret", "helm-values", sec)
    return out(pick("dex/config.yaml", "deploy/dex.yaml"), lines, "dex", "static_client_secret", "yaml", sec)


@pos
def p_oauth2_proxy():
    o = org()
    if chance(0.5):
        sec = pick(b64u(rbytes(32), pad=True), hexs(32), b64(rbytes(32)))
        kind = "cookie_secret"
        lines = ['provider = "oidc"', 'oidc_issuer_url = "https://sso.%s/realms/%s"' % (domain(o), o),
                 'client_id = "oauth2-proxy"', 'client_secret_file = "/etc/oauth2-proxy/client-secret"',
                 'cookie_secret = "%s"' % sec, "cookie_secure = true", 'cookie_domains = [".%s"]' % domain(o),
                 'email_domains = ["%s"]' % domain(o), 'upstreams = ["http://127.0.0.1:8080/"]',
                 'http_address = "0.0.0.0:4180"']
        if chance(0.5):
            return out(pick("oauth2-proxy.cfg", "/etc/oauth2-proxy.cfg".lstrip("/")), lines, "oauth2_proxy", kind, "toml", sec)
        lines = ["config:", "  clientID: oauth2-proxy", "  existingSecret: oauth2-proxy-client",
                 "  cookieSecret: \"%s\"" % sec, "extraArgs:", "  provider: oidc",
                 "  oidc-issuer-url: https://sso.%s/realms/%s" % (domain(o), o), "  email-domain: \"*\"",
                 "ingress:", "  enabled: true", "  hosts:", "    - auth.%s" % domain(o)]
        return out("charts/oauth2-proxy/values.yaml", lines, "oauth2_proxy", kind, "helm-values", sec)
    sec = hexs(40) if chance(0.4) else rs(B62, 32)
    lines = ["config:", "  clientID: %s" % (rs(HEX, 20) if len(sec) == 40 else "oauth2-proxy"),
             "  %s: %s" % (nm("clientSecret", ["secret", "oidcSecret"], 0.2), sec), "  # cookie secret comes from sealed secret",
             "  existingSecret: \"\"", "  cookieSecretName: oauth2-proxy-cookie",
             "extraArgs:", "  provider: %s" % ("github" if len(sec) == 40 else "oidc"), "  github-org: %s" % o,
             "  skip-provider-button: true"]
    return out("charts/oauth2-proxy/values-%s.yaml" % env(), lines,
               "github" if len(sec) == 40 else "oauth2_proxy", "oauth_client_secret", "helm-values", sec)


@pos
def p_nextauth():
    o, a = org(), app()
    sec = b64(rbytes(32)) if chance(0.7) else hexs(64)
    var = nm(["NEXTAUTH_SECRET", "AUTH_SECRET"], ["SECRET", "JWT_SECRET", "SESSION_SECRET"])
    if chance(0.7):
        pairs = [("NEXTAUTH_URL", "https://%s.%s" % (a, domain(o))), (var, sec),
                 ("AUTH_GITHUB_ID", rs(HEX, 20) if chance(0.5) else "Iv1." + hexs(16)),
                 ("AUTH_GITHUB_SECRET", "${GITHUB_OAUTH_SECRET}")] + sample_filler(o, a, 3)
        return out(pick(".env.local", ".env.production", "apps/web/.env"), env_block(pairs), "nextauth", "secret", "dotenv", sec)
    lines = ['import NextAuth from "next-auth"', 'import GitHub from "next-auth/providers/github"', "",
             "export const { handlers, auth, signIn, signOut } = NextAuth({", "  providers: [GitHub],",
             '  secret: "%s",' % sec, '  session: { strategy: "jwt" },', "  trustHost: true,", "})"]
    return out(pick("auth.ts", "src/auth.ts"), lines, "nextauth", "secret", "typescript", sec)


@pos
def p_saml_python():
    o = org()
    k = RSAKey(2048)
    cert = make_cert(k, "%s-sp" % o, o=o.capitalize())
    pk = "".join(pem_lines("PRIVATE KEY", rsa_pkcs8(k), secret=ibytes(k.d))[1:-1]) if chance(0.5) else "".join(pem_lines("RSA PRIVATE KEY", rsa_pkcs1(k), secret=ibytes(k.d))[1:-1])
    lines = ["{", '  "strict": true,', '  "debug": false,', '  "sp": {',
             '    "entityId": "https://%s/saml/metadata",' % domain(o),
             '    "assertionConsumerService": {', '      "url": "https://%s/saml/acs",' % domain(o),
             '      "binding": "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"', "    },",
             '    "NameIDFormat": "urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress",',
             '    "x509cert": "%s",' % b64(cert), '    "privateKey": "%s"' % pk, "  },", '  "idp": {',
             '    "entityId": "https://sts.windows.net/%s/",' % guid(),
             '    "singleSignOnService": { "url": "https://login.microsoftonline.com/%s/saml2" }' % guid(), "  }", "}"]
    return out(pick("saml/settings.json", "config/saml/settings.json"), lines, "saml", "sp_signing_key", "json", pk)


@pos
def p_saml_pem():
    o = org()
    k = RSAKey(2048)
    pl = pem_lines("PRIVATE KEY", rsa_pkcs8(k), secret=ibytes(k.d))
    cert = pem_lines("CERTIFICATE", make_cert(k, "saml-sp.%s" % domain(o)))
    lines = ["saml2:", "  relyingparty:", "    registration:", "      %s:" % pick("okta", "azure", "adfs", "keycloak"),
             "        entity-id: https://%s/saml2/service-provider-metadata/idp" % domain(o),
             "        signing:", "          credentials:", "            - private-key: |"] + ["                " + l for l in pl] + \
            ["              certificate: |"] + ["                " + l for l in cert]
    return out("src/main/resources/application-saml.yml", lines, "saml", "sp_signing_key", "yaml", pem_needle(pl))


@pos
def p_oci_pem():
    k = RSAKey(2048)
    pl = pem_lines("PRIVATE KEY", rsa_pkcs8(k), secret=ibytes(k.d))
    lines = pl + (["OCI_API_KEY"] if chance(0.6) else [])
    return out(pick(".oci/oci_api_key.pem", "oci/%s_api_key.pem" % R.choice(FIRST), "terraform/oci/api_key.pem"),
               lines, "oci", "api_signing_key", "pem", pem_needle(pl))


@pos
def p_oci_inline():
    o = org()
    k = RSAKey(2048)
    pl = pem_lines("PRIVATE KEY", rsa_pkcs8(k), secret=ibytes(k.d))
    fp = ":".join(hexs(2) for _ in range(16))
    lines = ['provider "oci" {', '  tenancy_ocid = "ocid1.tenancy.oc1..aaaaaaaa%s"' % rs(LO + DIG, 52),
             '  user_ocid    = "ocid1.user.oc1..aaaaaaaa%s"' % rs(LO + DIG, 52), '  fingerprint  = "%s"' % fp,
             '  region       = "%s"' % pick("eu-frankfurt-1", "us-ashburn-1", "uk-london-1"),
             "  private_key  = <<EOT"] + pl + ["EOT", "}"]
    return out("infra/oci/provider.tf", lines, "oci", "api_signing_key", "terraform", pem_needle(pl))


@pos
def p_digitalocean():
    tok = pick("dop_v1_", "dop_v1_", "doo_v1_") + hexs(64)
    if chance(0.5):
        lines = ["access-token: %s" % tok, "apps:", "  dev:", "    config:", "      app-dev-file: .do/app.yaml",
                 "auth-contexts:", "  default: true", "context: default", "output: text", "kubernetes:", "  version: \"\""]
        return out(pick(".config/doctl/config.yaml", "doctl-config.yaml"), lines, "digitalocean", "access_token", "yaml", tok)
    var = nm(["DIGITALOCEAN_TOKEN", "DO_TOKEN", "DIGITALOCEAN_ACCESS_TOKEN"])
    lines = ['terraform {', '  required_providers {', '    digitalocean = {', '      source  = "digitalocean/digitalocean"',
             '      version = "~> 2.0"', "    }", "  }", "}", "", 'provider "digitalocean" {', '  token = "%s"' % tok, "}"]
    if chance(0.5):
        return out("infra/do/main.tf", lines, "digitalocean", "access_token", "terraform", tok)
    pairs = [(var, tok), ("DO_REGION", pick("fra1", "nyc3", "ams3"))] + sample_filler(org(), app(), 3)
    return out(".env", env_block(pairs), "digitalocean", "access_token", "dotenv", tok)


@pos
def p_linode():
    tok = hexs(64)
    u = R.choice(FIRST)
    lines = ["[DEFAULT]", "default-user = %s" % u, "", "[%s]" % u, "token = %s" % tok,
             "region = %s" % pick("us-east", "eu-central", "ap-south"), "type = g6-standard-2",
             "image = linode/ubuntu22.04", "authorized_users = %s" % u]
    return out(pick(".config/linode-cli", "linode-cli"), lines, "linode", "personal_access_token", "ini", tok)


@pos
def p_hetzner():
    tok = rs(B62, 64)
    o = org()
    if chance(0.5):
        lines = ['active_context = "%s"' % o, "", "[[contexts]]", '  name = "%s"' % o, '  token = "%s"' % tok, "",
                 "[preferences]", '  default_ssh_keys = ["%s"]' % R.choice(FIRST)]
        return out(".config/hcloud/cli.toml", lines, "hetzner", "api_token", "toml", tok)
    var = nm(["HCLOUD_TOKEN", "HETZNER_TOKEN"])
    lines = ["all:", "  vars:", "    ansible_user: root", "    %s: %s" % (var.lower(), tok), "    hcloud_location: %s" % pick("fsn1", "nbg1", "hel1"),
             "  children:", "    web:", "      hosts:", "        web-1:", "        web-2:"]
    return out("inventory/group_vars/all.yml", lines, "hetzner", "api_token", "ansible-vars", tok)


def ssh_comment():
    return pick("%s@%s" % (R.choice(FIRST), pick("laptop", "mbp", "workstation", "DESKTOP-" + rs(UP + DIG, 7))),
                "deploy@%s" % org(), "%s-ci" % org(), "github-actions-deploy", "")


@pos
def p_ssh_openssh():
    kind = pick("ed25519", "ed25519", "rsa", "ecdsa")
    key = new_ssh_key(kind)
    pl = openssh_private(kind, key, ssh_comment())
    fname = {"ed25519": "id_ed25519", "rsa": "id_rsa", "ecdsa": "id_ecdsa"}[kind]
    path = pick(".ssh/" + fname, "deploy/keys/" + fname, "ansible/files/%s_deploy" % org(), fname)
    return out(path, pl, "ssh", "openssh_private_key_" + kind, "openssh-key", pem_needle(pl))


@pos
def p_ssh_pem_rsa():
    k = RSAKey(2048)
    pl = pem_lines("RSA PRIVATE KEY", rsa_pkcs1(k), secret=ibytes(k.d))
    return out(pick(".ssh/id_rsa", "keys/deploy_rsa", "bastion.pem", "%s-ec2.pem" % org()), pl, "ssh", "pem_rsa_private_key",
               "pem", pem_needle(pl))


@pos
def p_ssh_pem_ec():
    k = ECKey()
    pl = pem_lines("EC PRIVATE KEY", ec_sec1(k), secret=k.d.to_bytes(32, "big"))
    return out(pick(".ssh/id_ecdsa", "keys/ecdsa_deploy.pem", "certs/%s.key" % org()), pl, "ssh", "pem_ec_private_key",
               "pem", pem_needle(pl))


@pos
def p_ssh_pem_dsa():
    der_, x = dsa_key()
    pl = pem_lines("DSA PRIVATE KEY", der_, secret=x)
    return out(pick(".ssh/id_dsa", "legacy/keys/id_dsa", "backup/old-router/id_dsa"), pl, "ssh", "pem_dsa_private_key",
               "pem", pem_needle(pl))


@pos
def p_ssh_ppk():
    kind = pick("ed25519", "rsa")
    key = new_ssh_key(kind) if kind == "ed25519" else RSAKey(2048)
    comment = pick("%s-key-%s" % ("eddsa" if kind == "ed25519" else "rsa", date_between().strftime("%Y%m%d")),
                   "%s@%s" % (R.choice(FIRST), org()))
    lines, needle = ppk(kind, key, comment, version=pick(2, 3, 3))
    return out(pick("keys/%s.ppk" % R.choice(FIRST), "putty/%s.ppk" % org(), "%s.ppk" % org()), lines, "ssh",
               "putty_ppk_" + kind, "ppk", needle)


@pos
def p_ssh_key_in_ansible():
    kind = pick("ed25519", "rsa")
    key = new_ssh_key(kind)
    pl = openssh_private(kind, key, "deploy@%s" % org()) if chance(0.6) or kind == "ed25519" else pem_lines("RSA PRIVATE KEY", rsa_pkcs1(key), secret=ibytes(key.d))
    var = nm(["deploy_ssh_private_key", "ssh_private_key", "git_deploy_key"], ["deploy_key", "key_material", "bot_key"])
    lines = ["---", "deploy_user: deploy", "deploy_path: /srv/%s" % app(), "git_repo: git@github.com:%s/%s.git" % (org(), app()),
             "%s: |" % var] + ["  " + l for l in pl] + ["deploy_keep_releases: 5"]
    return out(pick("group_vars/all.yml", "inventories/%s/group_vars/web.yml" % env(), "roles/deploy/defaults/main.yml"),
               lines, "ssh", "private_key_in_config", "ansible-vars", pem_needle(pl))


@pos
def p_ssh_key_in_code():
    kind = pick("ed25519", "rsa")
    key = new_ssh_key(kind)
    pl = openssh_private(kind, key, "")
    lang = R.randrange(2)
    if lang == 0:
        lines = ["package sshutil", "", "import (", '\t"golang.org/x/crypto/ssh"', ")", "",
                 "// %s is the key used by the integration runner to reach the bastion." % pick("bastionKey", "deployKey"),
                 "const %s = `%s" % (pick("bastionKey", "deployKey", "privateKey", "key"), pl[0])] + pl[1:-1] + [pl[-1] + "`", "",
                 "func Signer() (ssh.Signer, error) {", "\treturn ssh.ParsePrivateKey([]byte(%s))" % "KEY", "}"]
        cname = lines[7].split()[1]
        lines[-2] = "\treturn ssh.ParsePrivateKey([]byte(%s))" % cname
        return out("internal/sshutil/key.go", lines, "ssh", "private_key_in_code", "go", pem_needle(pl))
    var = pick("PRIVATE_KEY", "KEY", "SSH_KEY", "DEPLOY_KEY")
    lines = ["import io", "import paramiko", "", '%s = """%s' % (var, pl[0])] + pl[1:-1] + [pl[-1] + '"""', "", "",
             "def connect(host):", "    pkey = paramiko.%s.from_private_key(io.StringIO(%s))" % ("Ed25519Key" if kind == "ed25519" else "RSAKey", var),
             "    c = paramiko.SSHClient()", "    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())",
             '    c.connect(host, username="deploy", pkey=pkey)', "    return c"]
    return out("tools/remote.py", lines, "ssh", "private_key_in_code", "python", pem_needle(pl))


@pos
def p_pgp_private():
    f, l = person()
    o = org()
    lines, fpr, needle = pgp_key("%s %s" % (f.capitalize(), l.capitalize()), "%s@%s" % (f, domain(o)), secret=True)
    if chance(0.5):
        return out(pick("keys/%s-secret.asc" % f, "release/signing-key.asc", "private.asc"), lines, "pgp", "private_key_block", "asc", needle)
    pre = ["# Release signing key (%s)" % fpr, "# import with: gpg --import", ""]
    lines2 = ["name: release", "on:", "  push:", "    tags: ['v*']", "jobs:", "  sign:", "    runs-on: ubuntu-latest",
              "    env:", "      GPG_PRIVATE_KEY: |"] + ["        " + x for x in lines] + \
             ["    steps:", "      - uses: actions/checkout@v4", '      - run: echo "$GPG_PRIVATE_KEY" | gpg --batch --import']
    if chance(0.5):
        return out(".github/workflows/release.yml", lines2, "pgp", "private_key_block", "gha-workflow", needle)
    return out("docs/signing.md", pre + lines, "pgp", "private_key_block", "markdown", needle)


def tls_key(kind):
    if kind == "pkcs1":
        k = RSAKey(2048)
        return k, pem_lines("RSA PRIVATE KEY", rsa_pkcs1(k), secret=ibytes(k.d))
    if kind == "pkcs8":
        k = RSAKey(2048)
        return k, pem_lines("PRIVATE KEY", rsa_pkcs8(k), secret=ibytes(k.d))
    if kind == "pkcs8ec":
        k = ECKey()
        return k, pem_lines("PRIVATE KEY", ec_pkcs8(k), secret=k.d.to_bytes(32, "big"))
    k = ECKey()
    return k, pem_lines("EC PRIVATE KEY", ec_sec1(k), secret=k.d.to_bytes(32, "big"))


@pos
def p_tls_key_file():
    kind = pick("pkcs1", "pkcs8", "pkcs8ec", "sec1")
    k, pl = tls_key(kind)
    host = pick("api", "www", "portal", "auth", "mail") + "." + domain()
    return out(pick("certs/%s.key" % host, "ssl/private/%s.key" % host, "nginx/ssl/server.key", "tls/tls.key", "server.key"),
               pl, "tls", "private_key_" + kind, "pem", pem_needle(pl))


@pos
def p_tls_bundle():
    kind = pick("pkcs1", "pkcs8", "sec1")
    k, pl = tls_key(kind)
    host = pick("api", "www", "lb", "edge") + "." + domain()
    cert = pem_lines("CERTIFICATE", make_cert(k, host, sans=[host]))
    lines = (pl + cert) if chance(0.3) else (cert + pl)
    if chance(0.4):
        lines = ["# %s - bundle for haproxy (cert + key)" % host] + lines
    return out(pick("haproxy/certs/%s.pem" % host, "certs/%s-bundle.pem" % host, "ssl/combined.pem"), lines, "tls",
               "cert_key_bundle", "pem", pem_needle(pl))


@pos
def p_k8s_tls_secret():
    kind = pick("pkcs1", "pkcs8", "sec1")
    k, pl = tls_key(kind)
    host = pick("app", "api", "grafana", "argocd") + "." + domain()
    cert = pem_lines("CERTIFICATE", make_cert(k, host, sans=[host]))
    if chance(0.6):
        kb = b64(("\n".join(pl) + "\n").encode())
        lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % host.split(".")[0],
                 "  namespace: %s" % pick("default", "ingress", "monitoring", "argocd"), "type: kubernetes.io/tls", "data:",
                 "  tls.crt: %s" % b64(("\n".join(cert) + "\n").encode()), "  tls.key: %s" % kb]
        return out("k8s/%s-tls-secret.yaml" % host.split(".")[0], lines, "kubernetes", "tls_secret_key", "k8s-manifest", kb)
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-tls" % host.split(".")[0],
             "  namespace: %s" % pick("default", "ingress"), "type: kubernetes.io/tls", "stringData:",
             "  tls.crt: |"] + ["    " + l for l in cert] + ["  tls.key: |"] + ["    " + l for l in pl]
    return out("k8s/%s-tls.yaml" % host.split(".")[0], lines, "kubernetes", "tls_secret_key", "k8s-manifest", pem_needle(pl))


@pos
def p_key_in_node():
    kind = pick("pkcs8", "pkcs8ec")
    k, pl = tls_key(kind)
    one = pem_oneline(pl)
    var = pick("privateKey", "PRIVATE_KEY", "signingKey", "key")
    lines = ["const jwt = require('jsonwebtoken');", "",
             "const %s = \"%s\";" % (var, one), "",
             "function issue(sub) {",
             "  return jwt.sign({ sub }, %s, { algorithm: '%s', expiresIn: '1h' });" % (var, "RS256" if kind == "pkcs8" else "ES256"),
             "}", "", "module.exports = { issue };"]
    return out(pick("src/lib/jwt.js", "lib/token.js"), lines, "jwt", "signing_private_key", "javascript", one)


@pos
def p_haproxy_userlist():
    pw = human_pw() if chance(0.6) else rs(B62, 20)
    o = org()
    lines = ["global", "    log /dev/log local0", "    maxconn 4096", "", "defaults", "    mode http", "    timeout connect 5s",
             "    timeout client 30s", "    timeout server 30s", "", "userlist %s" % pick("stats_users", "admins"),
             "    user %s insecure-password %s" % (pick("admin", "ops", R.choice(FIRST)), pw), "",
             "frontend fe_https", "    bind :443 ssl crt /etc/haproxy/certs/%s.pem" % domain(o), "    default_backend be_app", "",
             "listen stats", "    bind :8404", "    stats enable", "    stats uri /stats",
             "    acl auth_ok http_auth(%s)" % "stats_users", "    http-request auth unless auth_ok", "",
             "backend be_app", "    server app1 10.0.1.11:8080 check", "    server app2 10.0.1.12:8080 check"]
    ul = lines[10].split()[1]
    lines[21] = "    acl auth_ok http_auth(%s)" % ul
    return out(pick("haproxy/haproxy.cfg", "haproxy.cfg"), lines, "haproxy", "userlist_password", "haproxy-cfg", pw)


@pos
def p_nginx_oidc():
    o = org()
    sec = rs(B62, 32) if chance(0.5) else azure_secret()
    lines = ["# NGINX Plus OpenID Connect configuration", "map $host $oidc_authz_endpoint {",
             "    default \"https://sso.%s/realms/%s/protocol/openid-connect/auth\";" % (domain(o), o), "}", "",
             "map $host $oidc_token_endpoint {",
             "    default \"https://sso.%s/realms/%s/protocol/openid-connect/token\";" % (domain(o), o), "}", "",
             "map $host $oidc_client {", "    default \"%s\";" % pick("nginx-plus", app()), "}", "",
             "map $host $oidc_client_secret {", "    default \"%s\";" % sec, "}", "",
             "map $host $oidc_hmac_key {", "    default \"$server_name$request_id\";", "}"]
    return out(pick("nginx/conf.d/openid_connect_configuration.conf", "openid_connect_configuration.conf"), lines,
               "nginx", "oidc_client_secret", "nginx-conf", sec)


@pos
def p_jwk():
    v = pick("rsa", "ec", "okp")
    kid = pick(guid(), b64u(rbytes(32)), hexs(16))
    if v == "rsa":
        k = RSAKey(2048)
        d = b64i(k.d, 256)
        jwk = {"kty": "RSA", "kid": kid, "use": "sig", "alg": "RS256", "n": b64i(k.n), "e": "AQAB", "d": d,
               "p": b64i(k.p), "q": b64i(k.q), "dp": b64i(k.dp), "dq": b64i(k.dq), "qi": b64i(k.qi)}
    elif v == "ec":
        k = ECKey()
        d = b64i(k.d, 32)
        jwk = {"kty": "EC", "kid": kid, "use": "sig", "alg": "ES256", "crv": "P-256", "x": b64i(k.Q[0], 32),
               "y": b64i(k.Q[1], 32), "d": d}
    else:
        seed = rbytes(32)
        d = b64u(seed)
        jwk = {"kty": "OKP", "kid": kid, "crv": "Ed25519", "alg": "EdDSA", "x": b64u(ed25519_pub(seed)), "d": d}
    body = json.dumps({"keys": [jwk]} if chance(0.6) else jwk, indent=2)
    return out(pick("jwks.json", "keys/signing-jwk.json", "config/jwks.private.json", "secrets/jwk.json"), body.split("\n"),
               "jwk", "private_jwk_" + v, "json", d)


@pos
def p_age_keys():
    sk, pk = age_keypair()
    lines = ["# created: %s+0%d:00" % (date_between().strftime("%Y-%m-%dT%H:%M:%S"), R.randint(0, 2)), "# public key: %s" % pk, sk]
    v = R.randrange(3)
    if v == 0:
        lines = ["# %s" % pick("sops identity for the platform team", "backup decryption key", "restic/age backup identity",
                               "age key for secrets/*.enc.yaml"), "# owner: %s.%s@%s" % (R.choice(FIRST), R.choice(LAST), domain()), ""] + lines
        return out(pick("keys.txt", ".config/sops/age/keys.txt", "age/key.txt"), lines, "age", "secret_key", "text", sk)
    if v == 1:
        lines = ["name: decrypt-secrets", "on: [push]", "jobs:", "  decrypt:", "    runs-on: ubuntu-latest", "    env:",
                 "      %s: %s" % (nm("SOPS_AGE_KEY", ["AGE_KEY", "KEY", "DECRYPT_KEY"]), sk), "    steps:",
                 "      - uses: actions/checkout@v4", "      - run: sops -d secrets/%s.enc.yaml > /dev/null" % env()]
        return out(".github/workflows/sops.yml", lines, "sops", "age_key", "gha-workflow", sk)
    lines = ["# SOPS", "", "Secrets in `secrets/` are encrypted with age. Recipients are in `.sops.yaml`.", "",
             "To decrypt locally put this in `~/.config/sops/age/keys.txt`:", "", "```"] + lines + ["```", "",
             "Then run `sops -d secrets/%s.enc.yaml`." % env()]
    return out("docs/secrets.md", lines, "sops", "age_key", "markdown", sk)


@pos
def p_wireguard():
    sk, pk = wg_keypair()
    psk = b64(rbytes(32))
    peers = [b64(wg_keypair()[1]) for _ in range(R.randint(1, 3))]
    use_psk = chance(0.25)
    lines = ["[Interface]"]
    if use_psk:
        lines += ["PostUp = wg set %i private-key /etc/wireguard/%i.key"]
        needle, kind = psk, "preshared_key"
    else:
        lines += ["PrivateKey = %s" % b64(sk)]
        needle, kind = b64(sk), "private_key"
    lines += ["Address = 10.%d.0.1/24" % R.randint(0, 250), "ListenPort = 51820", "SaveConfig = false", ""]
    for i, p in enumerate(peers):
        lines += ["# %s" % R.choice(FIRST), "[Peer]", "PublicKey = %s" % p]
        if use_psk and i == 0:
            lines += ["PresharedKey = %s" % psk]
        lines += ["AllowedIPs = 10.%d.0.%d/32" % (R.randint(0, 250), i + 2), ""]
    return out(pick("wg0.conf", "wireguard/wg0.conf", "etc/wireguard/wg0.conf"), lines, "wireguard", kind, "wg-conf", needle)


@pos
def p_minisign():
    sk, pub, kid = minisign_keys(True)
    lines = ["untrusted comment: minisign secret key", sk]
    if chance(0.5):
        return out(pick("release/minisign.key.txt", "keys/minisign-unencrypted.key"),
                   ["# release signing (minisign -G -W, unencrypted)", "# public key id: %s" % kid, "# pub: %s" % pub, ""] + lines,
                   "minisign", "secret_key", "text", sk)
    lines = ["name: sign", "on:", "  release:", "    types: [published]", "jobs:", "  sign:", "    runs-on: ubuntu-latest",
             "    steps:", "      - uses: actions/checkout@v4", "      - name: write key", "        run: |",
             "          cat > minisign.key <<'EOF'", "          untrusted comment: minisign secret key", "          " + sk,
             "          EOF", "      - run: minisign -S -s minisign.key -m dist/*.tar.gz"]
    return out(".github/workflows/sign.yml", lines, "minisign", "secret_key", "gha-workflow", sk)


@pos
def p_signify():
    sk, pub = signify_keys()
    lines = ["untrusted comment: signify secret key", sk]
    pre = ["#!/bin/sh", "# sign release tarballs (key generated with signify -G -n)", "set -e",
           "cat > /tmp/release.sec <<'EOF'"] + lines + ["EOF",
           "signify -S -s /tmp/release.sec -m \"$1\" -x \"$1.sig\"", "rm -f /tmp/release.sec"]
    return out(pick("scripts/sign-release.sh", "tools/sign.sh"), pre, "signify", "secret_key", "shell", sk)


@pos
def p_keytab():
    o = org()
    realm = domain(o).upper()
    svc = pick("HTTP/%s.%s" % (app(), domain(o)), "svc_%s" % app(), "host/%s.%s" % (pick("db1", "app01", "nfs"), domain(o)))
    kt = keytab_b64(svc, realm)
    v = R.randrange(3)
    if v == 0:
        lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-keytab" % app(), "  namespace: %s" % pick("default", "airflow", "hadoop"),
                 "type: Opaque", "data:", "  %s: %s" % (pick("krb5.keytab", "service.keytab", "keytab"), kt)]
        return out("k8s/keytab-secret.yaml", lines, "kerberos", "keytab", "k8s-manifest", kt)
    if v == 1:
        lines = ["---", "krb5_realm: %s" % realm, "krb5_kdc: kdc1.%s" % domain(o), "krb5_principal: %s@%s" % (svc, realm),
                 "# base64 of the keytab exported with ktutil", "%s: %s" % (nm("krb5_keytab_b64", ["keytab_b64", "svc_credential"]), kt),
                 "krb5_keytab_path: /etc/security/keytabs/%s.keytab" % app()]
        return out("group_vars/kerberos.yml", lines, "kerberos", "keytab", "ansible-vars", kt)
    lines = ["name: integration", "on: [pull_request]", "jobs:", "  test:", "    runs-on: ubuntu-latest", "    env:",
             "      KRB5_KEYTAB_B64: %s" % kt, "      KRB5_PRINCIPAL: %s@%s" % (svc, realm), "    steps:",
             "      - uses: actions/checkout@v4", "      - run: echo \"$KRB5_KEYTAB_B64\" | base64 -d > /tmp/svc.keytab",
             "      - run: kinit -kt /tmp/svc.keytab \"$KRB5_PRINCIPAL\" && make itest"]
    return out(".github/workflows/itest.yml", lines, "kerberos", "keytab", "gha-workflow", kt)


def any_vault_token():
    r = R.random()
    if r < 0.45:
        return vault_service_token(), "service_token"
    if r < 0.7:
        return vault_short_token(), "service_token"
    if r < 0.85:
        return vault_batch_token(), "batch_token"
    return vault_legacy_token(), "legacy_token"


@pos
def p_vault_token():
    o = org()
    tok, kind = any_vault_token()
    v = R.randrange(4)
    var = nm(["VAULT_TOKEN"], ["TOKEN", "AUTH", "SECRETS_TOKEN"], 0.25)
    if v == 0:
        pairs = [("VAULT_ADDR", "https://vault.%s:8200" % domain(o)), (var, tok), ("VAULT_NAMESPACE", pick("admin", o))] + sample_filler(o, app(), 3)
        return out(".env", env_block(pairs), "vault", kind, "dotenv", tok)
    if v == 1:
        lines = ["name: deploy", "on: [push]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:",
                 "      VAULT_ADDR: https://vault.%s" % domain(o), "      %s: %s" % (var, tok), "    steps:",
                 "      - uses: actions/checkout@v4", "      - run: vault kv get -field=config secret/%s > config.json" % app()]
        return out(".github/workflows/deploy.yml", lines, "vault", kind, "gha-workflow", tok)
    if v == 2:
        lines = ['provider "vault" {', '  address = "https://vault.%s:8200"' % domain(o), '  token   = "%s"' % tok, "}", "",
                 'data "vault_kv_secret_v2" "app" {', '  mount = "secret"', '  name  = "%s"' % app(), "}"]
        return out("terraform/vault.tf", lines, "vault", kind, "terraform", tok)
    lines = ["import hvac", "", 'client = hvac.Client(url="https://vault.%s:8200", token="%s")' % (domain(o), tok), "",
             "", "def db_creds():", '    return client.secrets.database.generate_credentials(name="%s-ro")["data"]' % app()]
    return out("scripts/vault_client.py", lines, "vault", kind, "python", tok)


@pos
def p_vault_init_root():
    tok = pick(vault_short_token(), vault_service_token())
    n = pick(3, 5)
    lines = ["$ vault operator init -key-shares=%d -key-threshold=%d -pgp-keys=%s" % (n, (n + 1) // 2, ",".join("keybase:%s" % R.choice(FIRST) for _ in range(n)))]
    for i in range(n):
        lines.append("Unseal Key %d: %s" % (i + 1, pgp_encrypted_blob()))
    lines += ["", "Initial Root Token: %s" % tok, "", "Vault initialized with %d key shares and a key threshold of %d. Please" % (n, (n + 1) // 2),
              "securely distribute the key shares printed above. When the Vault is re-sealed,",
              "restarted, or stopped, you must supply at least %d of these keys to unseal it" % ((n + 1) // 2),
              "before it can start servicing requests."]
    return out(pick("ops/vault-init-%s.log" % date_between().strftime("%Y%m%d"), "docs/vault/init-output.txt"), lines,
               "vault", "root_token", "log", tok)


@pos
def p_vault_unseal():
    key = b64(rbytes(33))
    v = R.randrange(2)
    if v == 0:
        lines = ["#!/usr/bin/env bash", "# auto-unseal for the lab cluster (single key share)", "set -euo pipefail",
                 'export VAULT_ADDR="https://127.0.0.1:8200"', "export VAULT_SKIP_VERIFY=true", "",
                 "until vault status -format=json | jq -e '.initialized' >/dev/null; do sleep 2; done",
                 "vault operator unseal %s" % key]
        return out(pick("scripts/unseal.sh", "vault/unseal.sh"), lines, "vault", "unseal_key", "shell", key)
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: vault-unseal-keys", "  namespace: vault", "type: Opaque",
             "stringData:", "  %s: %s" % (pick("unseal-key", "key1", "VAULT_UNSEAL_KEY"), key)]
    return out("k8s/vault/unseal-secret.yaml", lines, "vault", "unseal_key", "k8s-manifest", key)


@pos
def p_ldap_bind():
    o = org()
    pw = human_pw() if chance(0.6) else rs(B62 + "!#%", 20)
    dc = ",".join("dc=" + p for p in domain(o).split("."))
    v = R.randrange(5)
    if v == 0:
        lines = ["[sssd]", "services = nss, pam", "domains = %s" % domain(o), "", "[domain/%s]" % domain(o), "id_provider = ldap",
                 "auth_provider = ldap", "ldap_uri = ldaps://ldap.%s" % domain(o), "ldap_search_base = %s" % dc,
                 "ldap_default_bind_dn = cn=sssd,ou=services,%s" % dc, "ldap_default_authtok_type = password",
                 "ldap_default_authtok = %s" % pw, "ldap_tls_reqcert = demand", "cache_credentials = true"]
        return out("etc/sssd/sssd.conf", lines, "ldap", "bind_password", "ini", pw)
    if v == 1:
        lines = ["connectors:", "- type: ldap", "  id: ldap", "  name: %s LDAP" % o.capitalize(), "  config:",
                 "    host: ldap.%s:636" % domain(o), "    bindDN: cn=dex,ou=services,%s" % dc,
                 "    bindPW: %s" % pw, "    userSearch:", "      baseDN: ou=people,%s" % dc, "      filter: \"(objectClass=person)\"",
                 "      username: uid", "      idAttr: uid", "      emailAttr: mail", "      nameAttr: cn"]
        return out("dex/config.yaml", lines, "ldap", "bind_password", "yaml", pw)
    if v == 2:
        lines = ["production:", "  ldap:", "    enabled: true", "    servers:", "      main:", "        label: 'LDAP'",
                 "        host: 'ldap.%s'" % domain(o), "        port: 636", "        uid: 'sAMAccountName'",
                 "        bind_dn: 'CN=gitlab,OU=Service Accounts,%s'" % dc.upper().replace("DC=", "DC="),
                 "        password: '%s'" % pw, "        encryption: 'simple_tls'", "        base: '%s'" % dc]
        return out("config/gitlab.yml", lines, "ldap", "bind_password", "yaml", pw)
    if v == 3:
        var = nm(["LDAP_BIND_PASSWORD", "LDAP_PASSWORD", "AUTH_LDAP_BIND_PASSWORD"], ["BIND_PW", "SVC_PASSWORD", "PASSWORD"], 0.3)
        lines = ["import ldap", "from django_auth_ldap.config import LDAPSearch", "",
                 'AUTH_LDAP_SERVER_URI = "ldaps://ldap.%s"' % domain(o), 'AUTH_LDAP_BIND_DN = "cn=django,ou=services,%s"' % dc,
                 '%s = "%s"' % (var, pw), 'AUTH_LDAP_USER_SEARCH = LDAPSearch("ou=people,%s", ldap.SCOPE_SUBTREE, "(uid=%%(user)s)")' % dc]
        if var != "AUTH_LDAP_BIND_PASSWORD":
            lines.append("AUTH_LDAP_BIND_PASSWORD = %s" % var)
        return out("%s/settings/ldap.py" % app(), lines, "ldap", "bind_password", "python", pw)
    lines = ["{", '  "name": "ldap",', '  "providerId": "ldap",', '  "providerType": "org.keycloak.storage.UserStorageProvider",',
             '  "config": {', '    "vendor": ["ad"],', '    "connectionUrl": ["ldaps://dc01.%s"],' % domain(o),
             '    "bindDn": ["CN=svc-keycloak,OU=Service,%s"],' % dc.upper(), '    "bindCredential": ["%s"],' % pw,
             '    "usersDn": ["OU=Users,%s"],' % dc.upper(), '    "editMode": ["READ_ONLY"]', "  }", "}"]
    return out("keycloak/ldap-provider.json", lines, "ldap", "bind_password", "json", pw)


@pos
def p_slapd_rootpw():
    o = org()
    pw = human_pw()
    dc = ",".join("dc=" + p for p in domain(o).split("."))
    lines = ["include /etc/openldap/schema/core.schema", "include /etc/openldap/schema/cosine.schema", "",
             "pidfile  /var/run/openldap/slapd.pid", "database mdb", "maxsize 1073741824", "suffix \"%s\"" % dc,
             "rootdn \"cn=Manager,%s\"" % dc, "rootpw %s" % pw, "directory /var/lib/openldap/openldap-data", "index objectClass eq"]
    return out("etc/openldap/slapd.conf", lines, "ldap", "root_password", "conf", pw)


@pos
def p_radius():
    o = org()
    sec = human_pw() if chance(0.4) else rs(B62, pick(16, 24, 32))
    v = R.randrange(4)
    if v == 0:
        lines = ["client localhost {", "\tipaddr = 127.0.0.1", "\tproto = *", "\tsecret = $ENV{RADIUS_LOCAL_SECRET}", "}", "",
                 "client %s_wlc {" % o, "\tipaddr = 10.%d.%d.0/24" % (R.randint(0, 250), R.randint(0, 250)),
                 "\tsecret = %s" % sec, "\tshortname = wlc", "\tnas_type = other", "}"]
        return out("freeradius/clients.conf", lines, "radius", "shared_secret", "conf", sec)
    if v == 1:
        lines = ["!", "aaa new-model", "aaa authentication login default group radius local", "!",
                 "radius server NPS01", " address ipv4 10.%d.1.10 auth-port 1812 acct-port 1813" % R.randint(0, 250),
                 " key %s" % sec, "!", "ip radius source-interface Vlan10", "!"]
        return out("network/switch-core01.cfg", lines, "radius", "shared_secret", "cisco-config", sec)
    if v == 2:
        lines = ["# pam_radius_auth.conf", "# server[:port]\tshared_secret\ttimeout (s)\tsource_ip", "",
                 "10.%d.0.5:1812\t%s\t3" % (R.randint(0, 250), sec), "#other-server\tother-secret\t3", ""]
        lines = [l for l in lines if l != "#other-server\tother-secret\t3"] + ["# fallback radius is configured in ansible"]
        return out("etc/pam_radius_auth.conf", lines, "radius", "shared_secret", "conf", sec)
    lines = ["interface=wlan0", "driver=nl80211", "ssid=%s-Corp" % o.capitalize(), "wpa=2", "wpa_key_mgmt=WPA-EAP",
             "ieee8021x=1", "auth_server_addr=10.%d.0.5" % R.randint(0, 250), "auth_server_port=1812",
             "auth_server_shared_secret=%s" % sec, "rsn_pairwise=CCMP"]
    return out("hostapd/hostapd.conf", lines, "radius", "shared_secret", "conf", sec)


@pos
def p_totp():
    o = org()
    sec = totp_seed(pick(16, 32, 32, 26))
    acct = pick("admin", "ops", "root", "billing") + "@" + domain(o)
    issuer = pick("AWS", "GitHub", o.capitalize(), "Cloudflare", "Okta", "Vault")
    v = R.randrange(3)
    uri = "otpauth://totp/%s:%s?secret=%s&issuer=%s&algorithm=SHA1&digits=6&period=30" % (issuer, acct, sec, issuer)
    if v == 0:
        lines = ["# Shared break-glass account", "", "- login: `%s`" % acct, "- password: in 1Password vault \"Break glass\"",
                 "- MFA (import into your authenticator):", "", "    %s" % uri, "", "Rotate after every use."]
        return out("docs/runbooks/break-glass.md", lines, "totp", "seed", "markdown", sec)
    if v == 1:
        var = nm(["TOTP_SECRET", "MFA_SEED", "OTP_SECRET"], ["SEED", "SECRET", "CODE_KEY"], 0.3)
        pairs = sample_filler(o, app(), 3) + [("E2E_LOGIN", acct), ("E2E_%s" % var, sec)] + sample_filler(o, app(), 2)
        return out(".env.e2e", env_block(pairs), "totp", "seed", "dotenv", sec)
    lines = ["import pyotp", "", "", "def current_code():", '    """MFA code for the reporting bot account."""',
             '    return pyotp.TOTP("%s").now()' % sec]
    return out("bots/mfa.py", lines, "totp", "seed", "python", sec)


@pos
def p_recovery_codes():
    v = R.randrange(2)
    if v == 0:
        codes = ["%s-%s" % (hexs(5), hexs(5)) for _ in range(16)]
        lines = codes + ["", "Put these in a safe spot.", "If you lose your device and don't have the recovery codes you will lose access to your account."]
        return out(pick("github-recovery-codes.txt", "accounts/%s-github-recovery-codes.txt" % org()), lines,
                   "github", "recovery_codes", "text", codes[0])
    codes = ["%04d %04d" % (R.randint(0, 9999), R.randint(0, 9999)) for _ in range(10)]
    lines = ["BACKUP VERIFICATION CODES", "", "%s@%s" % (R.choice(FIRST), domain()), ""] + \
            ["%d. %s" % (i + 1, c) for i, c in enumerate(codes)] + ["", "* You can only use each backup code once.",
                                                                   "* Generated %s" % date_between().strftime("%b %d, %Y")]
    return out("Backup-codes-%s.txt" % R.choice(FIRST), lines, "google", "backup_codes", "text", codes[0])


@pos
def p_scim():
    o = org()
    tok = pick(rs(B62, 40), b64u(rbytes(32)), "scim_" + rs(B62, 40))
    v = R.randrange(2)
    if v == 0:
        var = nm(["SCIM_BEARER_TOKEN", "SCIM_TOKEN"], ["PROVISIONING_TOKEN", "TOKEN"], 0.3)
        pairs = sample_filler(o, app(), 3) + [("SCIM_BASE_URL", "https://%s/scim/v2" % domain(o)), (var, tok)]
        return out(".env", env_block(pairs, "SCIM provisioning endpoint (Okta/Entra push)"), "scim", "bearer_token", "dotenv", tok)
    lines = ['resource "okta_app_saml" "%s" {' % app(), '  label = "%s"' % app(), '  preconfigured_app = "%s"' % app(), "}", "",
             "# provisioning is configured by hand in the admin console:", "#   SCIM connector base URL: https://%s/scim/v2" % domain(o),
             "#   Unique identifier field: userName", "#   Authentication mode: HTTP Header",
             "#   Bearer token: %s" % tok]
    return out("terraform/okta/apps.tf", lines, "scim", "bearer_token", "terraform", tok)


@pos
def p_github_oauth_token():
    o = org()
    v = R.randrange(3)
    if v == 0:
        tok = gh_token("gho_")
        lines = ["github.com:", "    users:", "        %s:" % R.choice(FIRST), "            oauth_token: %s" % tok,
                 "    git_protocol: https", "    oauth_token: %s" % tok, "    user: %s" % R.choice(FIRST)]
        lines = ["github.com:", "    git_protocol: https", "    user: %s" % R.choice(FIRST), "    oauth_token: %s" % tok,
                 "%s:" % "github.%s" % domain(o), "    git_protocol: ssh", "    user: %s" % R.choice(FIRST)]
        return out(".config/gh/hosts.yml", lines, "github", "oauth_token", "yaml", tok)
    if v == 1:
        tok = gh_token("ghu_")
        lines = ["{", '  "installation_id": %d,' % R.randint(10 ** 7, 10 ** 8), '  "%s": "%s",' % (pick("access_token", "token"), tok),
                 '  "expires_at": "%s",' % iso(), '  "token_type": "bearer",', '  "scope": ""', "}"]
        return out(".cache/gh-app/user-token.json", lines, "github", "user_to_server_token", "json", tok)
    tok = gh_token("ghs_")
    lines = ["##[group]Run actions/create-github-app-token@v1", "with:", "  app-id: %d" % R.randint(100000, 999999),
             "##[endgroup]", "Token: %s" % tok, "expires_at: %s" % iso(), "##[group]Run git push"]
    return out("ci-logs/job-%d.log" % R.randint(1000, 99999), lines, "github", "installation_token", "log", tok)


@pos
def p_github_oauth_app_secret():
    o = org()
    sec = hexs(40)
    cid = pick("Iv1." + hexs(16), "Ov23li" + rs(B62, 14), hexs(20))
    v = R.randrange(2)
    if v == 0:
        var = nm(["GITHUB_CLIENT_SECRET", "GITHUB_SECRET", "AUTH_GITHUB_SECRET"])
        pairs = [("GITHUB_CLIENT_ID", cid), (var, sec)] + sample_filler(o, app(), 4)
        return out(".env", env_block(pairs), "github", "oauth_app_client_secret", "dotenv", sec)
    lines = ["connectors:", "- type: github", "  id: github", "  name: GitHub", "  config:", "    clientID: %s" % cid,
             "    clientSecret: %s" % sec, "    redirectURI: https://dex.%s/callback" % domain(o), "    orgs:", "    - name: %s" % o]
    return out("dex/connectors.yaml", lines, "github", "oauth_app_client_secret", "yaml", sec)


@pos
def p_consul_nomad():
    tok = guid()
    o = org()
    if chance(0.5):
        lines = ['datacenter = "%s"' % pick("dc1", "eu-west", o), 'data_dir = "/opt/consul"', "acl {", "  enabled = true",
                 '  default_policy = "deny"', "  tokens {", '    agent = "%s"' % tok, "  }", "}",
                 'retry_join = ["provider=aws tag_key=consul tag_value=%s"]' % o]
        return out("consul.d/consul.hcl", lines, "consul", "acl_token", "hcl", tok)
    var = nm(["NOMAD_TOKEN", "CONSUL_HTTP_TOKEN"], ["TOKEN", "ACL_TOKEN"], 0.3)
    pairs = [("NOMAD_ADDR", "https://nomad.%s:4646" % domain(o)), (var, tok)] + sample_filler(o, app(), 3)
    return out("deploy/.env", env_block(pairs), "nomad" if "NOMAD" in var else "consul", "acl_token", "dotenv", tok)


@pos
def p_tailscale():
    tok = "tskey-auth-k" + rs(B62, 10) + "CNTRL-" + rs(B62, 33)
    o = org()
    if chance(0.5):
        lines = ["#cloud-config", "package_update: true", "runcmd:", "  - curl -fsSL https://tailscale.com/install.sh | sh",
                 "  - tailscale up --authkey=%s --ssh --advertise-tags=tag:%s" % (tok, pick("server", "ci", "db"))]
        return out("cloud-init/user-data.yaml", lines, "tailscale", "auth_key", "yaml", tok)
    lines = ["services:", "  tailscale:", "    image: tailscale/tailscale:latest", "    hostname: %s-%s" % (o, app()),
             "    environment:", "      - TS_AUTHKEY=%s" % tok, "      - TS_STATE_DIR=/var/lib/tailscale", "    volumes:",
             "      - ts-state:/var/lib/tailscale", "volumes:", "  ts-state: {}"]
    return out("docker-compose.yml", lines, "tailscale", "auth_key", "docker-compose", tok)


@pos
def p_doppler_tfc_1p():
    o = org()
    v = R.randrange(3)
    if v == 0:
        tok = "dp.st.%s.%s" % (pick("prd", "dev", "stg", "ci"), rs(B62, 40))
        var = nm(["DOPPLER_TOKEN"], ["TOKEN", "SECRETS_TOKEN"], 0.3)
        lines = ["FROM node:20-alpine", "WORKDIR /app", "RUN apk add --no-cache curl gnupg && \\",
                 "    curl -Ls https://cli.doppler.com/install.sh | sh", "COPY . .", "ENV %s=%s" % (var, tok),
                 'CMD ["doppler", "run", "--", "node", "server.js"]']
        return out("Dockerfile", lines, "doppler", "service_token", "dockerfile", tok)
    if v == 1:
        tok = rs(B62, 14) + ".atlasv1." + rs(B62, 67)
        lines = ["{", '  "credentials": {', '    "app.terraform.io": {', '      "token": "%s"' % tok, "    }", "  }", "}"]
        return out(".terraform.d/credentials.tfrc.json", lines, "terraform_cloud", "api_token", "json", tok)
    payload = {"signInAddress": "%s.1password.com" % pick("my", o), "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
               "iterations": 650000, "salt": b64u(rbytes(16))}, "email": "%s@1passwordserviceaccounts.com" % rs(LO + DIG, 13),
               "srpX": hexs(64), "muk": {"alg": "A256GCM", "ext": False, "k": b64u(rbytes(32)), "key_ops": ["decrypt", "encrypt"],
               "kty": "oct", "kid": "mp"}, "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (rs(UP + DIG, 6), rs(UP + DIG, 6), rs(UP + DIG, 5),
               rs(UP + DIG, 5), rs(UP + DIG, 5), rs(UP + DIG, 5)), "throttleSecret": {"seed": hexs(64), "uuid": rs(UP + DIG, 26)},
               "deviceUuid": rs(LO + DIG, 26)}
    tok = "ops_" + b64u(json.dumps(payload, separators=(",", ":")).encode())
    lines = ["name: secrets", "on: [push]", "jobs:", "  load:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: 1password/load-secrets-action@v2", "        env:", "          OP_SERVICE_ACCOUNT_TOKEN: %s" % tok,
             "          DB_URL: op://%s/db/url" % o]
    return out(".github/workflows/secrets.yml", lines, "onepassword", "service_account_token", "gha-workflow", tok)


@pos
def p_session_signing():
    o, a = org(), app()
    v = R.randrange(4)
    if v == 0:
        sec = rs(LO + DIG + "!@#$%^&*(-_=+)", 50)
        if chance(0.3):
            sec = "django-insecure-" + sec
        lines = ["from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
                 "# SECURITY WARNING: keep the secret key used in production secret!", "SECRET_KEY = '%s'" % sec, "",
                 "DEBUG = False", "ALLOWED_HOSTS = ['%s.%s']" % (a, domain(o)), "", "INSTALLED_APPS = [", "    'django.contrib.auth',",
                 "    'django.contrib.sessions',", "    'mozilla_django_oidc',", "]"]
        return out("%s/settings.py" % a, lines, "django", "secret_key", "python", sec)
    if v == 1:
        sec = hexs(128)
        lines = ["%s:" % pick("production", "staging"), "  secret_key_base: %s" % sec, "  devise_pepper: <%= ENV['DEVISE_PEPPER'] %>"]
        lines = ["# Be sure to restart your server when you modify this file.", ""] + lines + ["", "test:", "  secret_key_base: <%= ENV['SECRET_KEY_BASE'] %>"]
        return out("config/secrets.yml", lines, "rails", "secret_key_base", "yaml", sec)
    if v == 2:
        sec = pick(hexs(64), b64(rbytes(48)), rs(B62, 64))
        var = nm(["JWT_SECRET", "JWT_SIGNING_KEY", "SESSION_SECRET"], ["SECRET", "SIGNING_KEY", "HMAC_KEY"], 0.3)
        pairs = sample_filler(o, a, 3) + [(var, sec), ("JWT_EXPIRES_IN", pick("15m", "1h", "7d"))] + sample_filler(o, a, 2)
        return out(".env", env_block(pairs), "jwt", "hmac_secret", "dotenv", sec)
    sec = b64(rbytes(32))
    lines = ["package auth", "", "import \"github.com/golang-jwt/jwt/v5\"", "",
             "var %s = []byte(\"%s\")" % (pick("hmacSecret", "signingKey", "jwtKey", "secret"), sec), "",
             "func Sign(claims jwt.MapClaims) (string, error) {", "\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(%s)" % "KEY", "}"]
    vn = lines[4].split()[1]
    lines[7] = "\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(%s)" % vn
    return out("internal/auth/jwt.go", lines, "jwt", "hmac_secret", "go", sec)


@pos
def p_keystore_password():
    o = org()
    pw = human_pw()
    lines = ["server.port=8443", "server.ssl.enabled=true", "server.ssl.key-store=classpath:keystore.p12",
             "server.ssl.key-store-type=PKCS12", "server.ssl.%s=%s" % (pick("key-store-password", "key-password"), pw),
             "server.ssl.key-alias=%s" % o, "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.%s/realms/%s" % (domain(o), o)]
    return out("src/main/resources/application-%s.properties" % env(), lines, "java_keystore", "keystore_password", "properties", pw)


# ===========================================================================
# NEGATIVES (public halves, references, placeholders, masked values, ciphertext, hashes, ids, test vectors)
# ===========================================================================
PLACEHOLDERS = ["<your-client-secret>", "YOUR_CLIENT_SECRET", "changeme", "CHANGE_ME", "<redacted>", "REPLACE_ME",
                "your-secret-here", "<secret>", "xxxxxxxx", "TODO", "", "${CLIENT_SECRET}", "<insert secret>",
                "__CLIENT_SECRET__", "set-me", "dummy", "<paste value from vault>"]


def placeholder(kind="secret"):
    base = R.choice(PLACEHOLDERS)
    if kind == "token" and chance(0.5):
        base = pick("<your-api-token>", "YOUR_API_TOKEN", "<token>", "${TOKEN}", "REPLACE_WITH_TOKEN", "<PAT>")
    return base


def pub_ssh_key(kind=None):
    kind = kind or pick("ed25519", "ed25519", "rsa", "ecdsa")
    if kind == "ed25519":
        key = (None, ed25519_pub(rbytes(32)))
    elif kind == "rsa":
        key = FakeRSA(pick(2048, 3072, 4096))
    else:
        key = ECKey()
    return kind, key


@neg
def n_ssh_pub():
    kind, key = pub_ssh_key()
    line = ssh_pub_line(kind, key, ssh_comment() or "%s@%s" % (R.choice(FIRST), org()))
    if chance(0.4):
        return out(pick(".ssh/id_%s.pub" % kind, "keys/deploy_%s.pub" % kind, "%s.pub" % R.choice(FIRST)),
                   ["# public half of the deploy key (private half lives in the CI secret store)", "# fingerprint: %s" % ssh_fingerprint(kind, key),
                    "# added %s" % date_between().strftime("%Y-%m-%d"), "#", line], "ssh", "public_key", "ssh-pub")
    lines = ["# managed by ansible - do not edit", "# team: platform"]
    for _ in range(R.randint(3, 6)):
        k2, key2 = pub_ssh_key()
        opt = pick("", "", 'from="10.0.0.0/8" ', 'command="/usr/local/bin/backup-only",no-port-forwarding,no-pty ', "restrict ")
        lines.append(opt + ssh_pub_line(k2, key2, "%s@%s" % (R.choice(FIRST), pick("laptop", "mbp", org()))))
    return out(pick(".ssh/authorized_keys", "roles/users/files/authorized_keys", "authorized_keys"), lines, "ssh", "authorized_keys", "ssh-pub")


@neg
def n_known_hosts():
    lines = []
    for _ in range(R.randint(5, 9)):
        kind, key = pub_ssh_key()
        if chance(0.5):
            host = "|1|%s|%s" % (b64(rbytes(20)), b64(rbytes(20)))
        else:
            host = pick("github.com", "gitlab.com", "bitbucket.org", "10.0.%d.%d" % (R.randint(0, 250), R.randint(1, 250)),
                        "bastion.%s" % domain(), "[git.%s]:2222" % domain())
        lines.append("%s %s" % (host, ssh_pub_line(kind, key, "").strip()))
    return out(pick(".ssh/known_hosts", "ci/known_hosts"), lines, "ssh", "known_hosts", "ssh-known-hosts")


@neg
def n_ssh_config():
    o = org()
    if chance(0.5):
        lines = ["Host bastion", "    HostName bastion.%s" % domain(o), "    User %s" % R.choice(FIRST), "    IdentityFile ~/.ssh/id_ed25519",
                 "    IdentitiesOnly yes", "", "Host 10.20.*", "    ProxyJump bastion", "    User ec2-user",
                 "    IdentityFile ~/.ssh/%s-ec2.pem" % o, "", "Host github.com", "    IdentityFile ~/.ssh/id_ed25519_github",
                 "    AddKeysToAgent yes", "    UseKeychain yes"]
        return out(".ssh/config", lines, "ssh", "config_key_paths", "ssh-config")
    lines = ["Port 22", "AddressFamily inet", "HostKey /etc/ssh/ssh_host_ed25519_key", "HostKey /etc/ssh/ssh_host_rsa_key",
             "PermitRootLogin no", "PasswordAuthentication no", "PubkeyAuthentication yes",
             "AuthorizedKeysFile .ssh/authorized_keys", "TrustedUserCAKeys /etc/ssh/trusted-user-ca-keys.pem",
             "HostCertificate /etc/ssh/ssh_host_ed25519_key-cert.pub", "KbdInteractiveAuthentication no", "UsePAM yes",
             "Subsystem sftp /usr/lib/openssh/sftp-server"]
    return out("etc/ssh/sshd_config", lines, "ssh", "config_key_paths", "ssh-config")


@neg
def n_ssh_keygen_output():
    kind, key = pub_ssh_key(pick("ed25519", "rsa"))
    fp = ssh_fingerprint(kind, key)
    who = "%s@%s" % (R.choice(FIRST), pick("laptop", org()))
    art = ["+--[%s]--+" % ("ED25519 256" if kind == "ed25519" else "RSA %d" % key.bits).center(9)]
    for _ in range(9):
        art.append("|" + "".join(R.choice("   .  o+=*BOX@%&E") for _ in range(17)) + "|")
    art.append("+----[SHA256]-----+")
    lines = ["## Generating the deploy key", "", "```", "$ ssh-keygen -t %s -C %s" % (kind, who),
             "Generating public/private %s key pair." % kind, "Enter file in which to save the key (/home/%s/.ssh/id_%s): " % (R.choice(FIRST), kind),
             "Your identification has been saved in /home/deploy/.ssh/id_%s" % kind,
             "Your public key has been saved in /home/deploy/.ssh/id_%s.pub" % kind, "The key fingerprint is:", "%s %s" % (fp, who),
             "The key's randomart image is:"] + art + ["```", "", "Add the `.pub` file as a deploy key; never commit the private half."]
    return out("docs/deploy-keys.md", lines, "ssh", "fingerprint", "markdown")


@neg
def n_ssh_cert_pub():
    kind, key = pub_ssh_key("ed25519")
    blob = sstr("ssh-ed25519-cert-v01@openssh.com") + sstr(rbytes(32)) + sstr(key[1]) + struct.pack(">Q", R.getrandbits(32)) + \
        struct.pack(">I", 1) + sstr(R.choice(FIRST)) + sstr(sstr(R.choice(FIRST))) + struct.pack(">QQ", 1700000000, 1700086400) + \
        sstr(b"") + sstr(sstr("permit-pty") + sstr(b"")) + sstr(b"") + sstr(ssh_pub_blob("ed25519", (None, ed25519_pub(rbytes(32))))) + \
        sstr(sstr("ssh-ed25519") + sstr(rbytes(64)))
    line = "ssh-ed25519-cert-v01@openssh.com %s %s" % (b64(blob), R.choice(FIRST))
    ca = ssh_pub_line("ed25519", (None, ed25519_pub(rbytes(32))), "user-ca@%s" % org())
    lines = ["# trusted user CA (public)", ca, "", "# example signed user certificate (public, valid 24h)", line]
    return out(pick("ssh/ca/user_ca.pub", "etc/ssh/trusted-user-ca-keys.pem"), lines, "ssh", "ssh_certificate", "ssh-pub")


@neg
def n_public_key_pem():
    v = pick("rsa", "rsa1", "ec", "ed")
    if v == "rsa":
        pl = pem_lines("PUBLIC KEY", fake_rsa_spki(FakeRSA()))
    elif v == "rsa1":
        k = FakeRSA()
        pl = pem_lines("RSA PUBLIC KEY", d_seq(d_int(k.n), d_int(k.e)))
    elif v == "ec":
        pl = pem_lines("PUBLIC KEY", ec_spki(ECKey()))
    else:
        pl = pem_lines("PUBLIC KEY", ed_spki(ed25519_pub(rbytes(32))))
    if chance(0.4):
        var = pick("JWT_PUBLIC_KEY", "publicKey", "PUBLIC_KEY", "verificationKey")
        lines = ["// key used to VERIFY tokens issued by the auth service (public half only)",
                 "// rotate together with the JWKS at /.well-known/jwks.json",
                 "export const %s = `%s" % (var, pl[0])] + pl[1:-1] + [pl[-1] + "`;"]
        return out("src/auth/public-key.ts", lines + ["", "export const ISSUER = 'https://auth.%s/';" % domain()], "jwt", "public_key", "typescript")
    pre = ["# %s" % pick("public key used to verify access tokens", "OCI API signing key - PUBLIC half (upload to console)",
                         "verification key for webhook signatures", "public half; private key stays in KMS"),
           "# generated %s" % date_between().strftime("%Y-%m-%d"), "# sha256: %s" % hexs(64), ""] if len(pl) < 8 else []
    return out(pick("keys/public.pem", "config/jwt/public.pem", "oci_api_key_public.pem", "certs/signing.pub.pem"), pre + pl,
               pick("tls", "jwt", "oci"), "public_key", "pem")


def neg_cert(cn=None, ec=None):
    key = ECKey() if (ec if ec is not None else chance(0.5)) else FakeRSA()
    cn = cn or pick("api", "www", "auth") + "." + domain()
    return pem_lines("CERTIFICATE", make_cert(key, cn, sans=[cn]))


@neg
def n_cert_chain():
    host = pick("api", "www", "portal", "auth") + "." + domain()
    leaf = neg_cert(host)
    ca_key = ECKey()
    ca = pem_lines("CERTIFICATE", make_cert(ca_key, "%s Internal CA" % org().capitalize(), ca=True, days=3650))
    lines = ["# %s" % host] + leaf + ["# issuer"] + ca if chance(0.5) else leaf + ca
    return out(pick("certs/%s.crt" % host, "ssl/fullchain.pem", "tls/ca-bundle.crt", "nginx/ssl/%s.chain.pem" % host), lines,
               "tls", "certificate_chain", "pem")


@neg
def n_csr():
    key = ECKey() if chance(0.5) else None
    if key is None:
        k = FakeRSA()
        info = d_seq(d_int(0), dn("%s.%s" % (pick("api", "vpn"), domain()), org().capitalize(), "US"), fake_rsa_spki(k), d_ctx(0, b""))
        der_ = d_seq(info, d_seq(d_oid(OID_SHA256RSA), D_NULL), d_bits(rbytes(256)))
    else:
        der_ = make_csr(key, "%s.%s" % (pick("api", "vpn"), domain()), org().capitalize())
    pl = pem_lines("CERTIFICATE REQUEST", der_)
    return out(pick("certs/request.csr", "pki/%s.csr" % app()), pl, "tls", "csr", "pem")


@neg
def n_k8s_cert_refs():
    host = pick("app", "api", "grafana") + "." + domain()
    if chance(0.5):
        lines = ["apiVersion: cert-manager.io/v1", "kind: Certificate", "metadata:", "  name: %s" % host.split(".")[0],
                 "spec:", "  secretName: %s-tls" % host.split(".")[0], "  dnsNames:", "    - %s" % host, "  issuerRef:",
                 "    name: letsencrypt-prod", "    kind: ClusterIssuer", "  privateKey:", "    algorithm: ECDSA", "    size: 256",
                 "    rotationPolicy: Always"]
        return out("k8s/certificate.yaml", lines, "kubernetes", "cert_manager_ref", "k8s-manifest")
    cert = neg_cert("%s Root CA" % org().capitalize())
    lines = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: internal-ca", "  namespace: %s" % pick("default", "ingress"),
             "data:", "  ca.crt: |"] + ["    " + l for l in cert]
    return out("k8s/internal-ca-configmap.yaml", lines, "kubernetes", "ca_certificate", "k8s-manifest")


@neg
def n_jwks_public():
    keys = []
    for _ in range(R.randint(1, 3)):
        v = pick("rsa", "ec", "okp")
        kid = pick(guid(), b64u(rbytes(32)), hexs(16))
        if v == "rsa":
            k = FakeRSA()
            cert = make_cert(k, "login.%s" % domain())
            j = {"kty": "RSA", "use": "sig", "kid": kid, "alg": "RS256", "n": b64i(k.n), "e": "AQAB",
                 "x5t": b64u(hashlib.sha1(cert).digest()), "x5c": [b64(cert)]}
            if chance(0.5):
                del j["x5c"], j["x5t"]
        elif v == "ec":
            k = ECKey()
            j = {"kty": "EC", "use": "sig", "kid": kid, "crv": "P-256", "alg": "ES256", "x": b64i(k.Q[0], 32), "y": b64i(k.Q[1], 32)}
        else:
            j = {"kty": "OKP", "use": "sig", "kid": kid, "crv": "Ed25519", "alg": "EdDSA", "x": b64u(ed25519_pub(rbytes(32)))}
        keys.append(j)
    body = json.dumps({"keys": keys}, indent=2)
    return out(pick("jwks.json", "public/.well-known/jwks.json", "test/fixtures/jwks.json", "keys/jwks.public.json"),
               body.split("\n"), "jwk", "public_jwks", "json")


@neg
def n_oidc_discovery():
    o = org()
    iss = pick("https://sso.%s/realms/%s" % (domain(o), o), "https://%s.okta.com/oauth2/default" % o,
               "https://login.microsoftonline.com/%s/v2.0" % guid(), "https://%s.eu.auth0.com/" % o)
    d = {"issuer": iss, "authorization_endpoint": iss.rstrip("/") + "/protocol/openid-connect/auth",
         "token_endpoint": iss.rstrip("/") + "/protocol/openid-connect/token", "jwks_uri": iss.rstrip("/") + "/protocol/openid-connect/certs",
         "userinfo_endpoint": iss.rstrip("/") + "/protocol/openid-connect/userinfo",
         "response_types_supported": ["code", "id_token", "code id_token"], "subject_types_supported": ["public", "pairwise"],
         "id_token_signing_alg_values_supported": ["RS256", "ES256"], "scopes_supported": ["openid", "profile", "email", "offline_access"],
         "token_endpoint_auth_methods_supported": ["client_secret_basic", "client_secret_post", "private_key_jwt"],
         "code_challenge_methods_supported": ["S256"]}
    return out(pick("test/fixtures/openid-configuration.json", "docs/oidc/discovery.json"), json.dumps(d, indent=2).split("\n"),
               "oidc", "discovery_document", "json")


@neg
def n_age_recipients():
    recips = [age_keypair()[1] for _ in range(R.randint(1, 3))]
    if chance(0.6):
        lines = ["creation_rules:", "  - path_regex: secrets/%s/.*\\.yaml$" % env(), "    encrypted_regex: ^(data|stringData)$",
                 "    age: >-", "      " + ",\n      ".join(recips).replace("\n", "\n"), "  - path_regex: .*\\.enc\\.env$",
                 "    age: %s" % recips[0]]
        lines = "\n".join(lines).split("\n")
        return out(".sops.yaml", lines, "sops", "age_recipients", "yaml")
    lines = ["# age recipients for backups (public keys; identities are on the hardware tokens)"]
    for r in recips:
        lines += ["# %s" % R.choice(FIRST), r]
    lines += ["# offline escrow", age_keypair()[1]]
    return out(pick("backup/recipients.txt", "age/recipients.txt"), lines, "age", "recipient", "text")


@neg
def n_sops_file():
    recips = [age_keypair()[1] for _ in range(R.randint(1, 2))]
    v = R.randrange(2)
    meta = ["sops:", "    kms: []", "    gcp_kms: []", "    azure_kv: []", "    hc_vault: []", "    age:"]
    for r in recips:
        meta += ["        - recipient: %s" % r, "          enc: |"] + ["            " + l for l in age_armor()]
    meta += ["    lastmodified: \"%s\"" % iso(), "    mac: %s" % sops_enc(32), "    pgp: []",
             "    unencrypted_suffix: _unencrypted", "    version: %s" % pick("3.7.3", "3.8.1", "3.9.0")]
    if v == 0:
        lines = ["oidc:", "    client_id: %s" % app(), "    client_secret: %s" % sops_enc(), "ldap:",
                 "    bind_password: %s" % sops_enc(R.randint(12, 20))] + meta
        return out("secrets/%s.enc.yaml" % env(), lines, "sops", "encrypted_file", "yaml")
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "    name: %s-oidc" % app(), "type: Opaque", "stringData:",
             "    client-secret: %s" % sops_enc(), "    cookie-secret: %s" % sops_enc(44)] + meta
    return out("k8s/secrets/%s-oidc.sops.yaml" % app(), lines, "sops", "encrypted_file", "k8s-manifest")


@neg
def n_sops_dotenv():
    recip = age_keypair()[1]
    lines = ["AUTH0_CLIENT_SECRET=%s" % sops_enc(64), "NEXTAUTH_SECRET=%s" % sops_enc(44), "VAULT_TOKEN=%s" % sops_enc(28),
             "sops_age__list_0__map_recipient=%s" % recip,
             "sops_lastmodified=%s" % iso(), "sops_mac=%s" % sops_enc(32), "sops_unencrypted_suffix=_unencrypted", "sops_version=3.8.1"]
    return out(pick(".env.enc", "secrets/prod.enc.env"), lines, "sops", "encrypted_dotenv", "dotenv")


@neg
def n_sealed_secret():
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: %s-oidc" % app(),
             "  namespace: %s" % pick("default", "auth", "apps"), "spec:", "  encryptedData:",
             "    %s: %s" % (pick("client-secret", "CLIENT_SECRET", "clientSecret"), sealed_blob()),
             "    %s: %s" % (pick("cookie-secret", "COOKIE_SECRET"), sealed_blob()), "  template:", "    metadata:",
             "      name: %s-oidc" % app(), "    type: Opaque"]
    return out("k8s/sealed/%s-oidc.yaml" % app(), lines, "kubernetes", "sealed_secret", "k8s-manifest")


@neg
def n_kms_cipher():
    o = org()
    lines = ["# secrets are stored KMS-encrypted; decrypted at boot by the entrypoint",
             "kms_key_id: arn:aws:kms:%s:%012d:key/%s" % (R.choice(REGIONS_AWS), R.randint(10 ** 11, 10 ** 12 - 1), guid()),
             "oidc:", "  issuer: https://sso.%s/realms/%s" % (domain(o), o), "  client_id: %s" % app(),
             "  %s: %s" % (pick("client_secret_encrypted", "encrypted_client_secret", "client_secret_ciphertext"), kms_blob()),
             "session:", "  ttl: 8h"]
    return out("config/%s.yaml" % env(), lines, "aws", "kms_ciphertext", "yaml")


@neg
def n_ansible_vault():
    body = hexs(R.randint(6, 14) * 80)
    rows = [body[i:i + 80] for i in range(0, len(body), 80)]
    if chance(0.5):
        lines = ["$ANSIBLE_VAULT;1.1;AES256"] + rows
        return out(pick("group_vars/all/vault.yml", "inventories/%s/group_vars/vault.yml" % env()), lines, "ansible", "vault_ciphertext", "ansible-vars")
    lines = ["---", "ldap_bind_dn: cn=sssd,ou=services,dc=%s,dc=com" % org(), "ldap_bind_password: !vault |",
             "  $ANSIBLE_VAULT;1.1;AES256"] + ["  " + r for r in rows] + ["ldap_uri: ldaps://ldap.%s" % domain()]
    return out("group_vars/ldap.yml", lines, "ldap", "vault_ciphertext", "ansible-vars")


@neg
def n_wireguard_public():
    v = R.randrange(3)
    peers = [b64(wg_keypair()[1]) for _ in range(R.randint(1, 3))]
    if v == 0:
        lines = ["[Interface]", "PrivateKey = {{ wireguard_private_key }}", "Address = {{ wireguard_address }}", "ListenPort = 51820", ""]
        for p in peers:
            lines += ["[Peer]", "PublicKey = %s" % p, "AllowedIPs = 10.8.0.%d/32" % R.randint(2, 250), ""]
        return out("roles/wireguard/templates/wg0.conf.j2", lines, "wireguard", "template_ref", "wg-conf")
    if v == 1:
        lines = ["[Interface]", "Address = 10.9.0.%d/32" % R.randint(2, 250),
                 "PostUp = wg set %i private-key /etc/wireguard/private.key", "DNS = 10.9.0.1", ""]
        for p in peers:
            lines += ["[Peer]", "PublicKey = %s" % p, "Endpoint = vpn.%s:51820" % domain(), "AllowedIPs = 10.9.0.0/24",
                      "PersistentKeepalive = 25", ""]
        return out(pick("wg0.conf", "wireguard/client.conf"), lines, "wireguard", "public_keys_only", "wg-conf")
    sk, pk = wg_keypair()
    lines = ["$ sudo wg show", "interface: wg0", "  public key: %s" % b64(pk), "  private key: (hidden)", "  listening port: 51820", ""]
    for p in peers:
        lines += ["peer: %s" % p, "  endpoint: 203.0.113.%d:51820" % R.randint(1, 250), "  allowed ips: 10.8.0.%d/32" % R.randint(2, 250),
                  "  latest handshake: %d seconds ago" % R.randint(3, 120), "  transfer: %.2f MiB received, %.2f MiB sent" % (R.random() * 90, R.random() * 50), ""]
    return out("docs/vpn-debug.md", lines, "wireguard", "wg_show_output", "markdown")


@neg
def n_gpg_public():
    f, l = person()
    lines, fpr, _ = pgp_key("%s %s" % (f.capitalize(), l.capitalize()), "%s@%s" % (f, domain()), secret=False)
    if chance(0.3):
        lines = ["# Release signing key - verify with: gpg --verify SHA256SUMS.asc", "# Fingerprint: %s" % " ".join(fpr[i:i + 4] for i in range(0, 40, 4)), ""] + lines
        return out("KEYS", lines, "pgp", "public_key_block", "asc")
    return out(pick("keys/%s.pub.asc" % f, "release/public.asc", "KEYS.asc"), lines, "pgp", "public_key_block", "asc")


@neg
def n_gpg_listing():
    f, l = person()
    fpr = hexs(40).upper()
    sub = hexs(40).upper()
    lines = ["$ gpg --list-secret-keys --keyid-format=long", "/home/%s/.gnupg/pubring.kbx" % f, "-" * 28,
             "sec   ed25519/%s %s [SC] [expires: %s]" % (fpr[-16:], date_between(2022, 2023).strftime("%Y-%m-%d"), date_between(2026, 2027).strftime("%Y-%m-%d")),
             "      %s" % fpr, "uid                 [ultimate] %s %s <%s@%s>" % (f.capitalize(), l.capitalize(), f, domain()),
             "ssb   cv25519/%s %s [E]" % (sub[-16:], date_between(2022, 2023).strftime("%Y-%m-%d")), "",
             "$ git config --global user.signingkey %s" % fpr[-16:]]
    return out("docs/commit-signing.md", lines, "pgp", "key_listing", "markdown")


@neg
def n_minisign_signify_pub():
    v = R.randrange(3)
    if v == 0:
        _, pub, kid = minisign_keys()
        lines = ["# Verifying releases", "", "```", "minisign -Vm %s-linux-amd64.tar.gz -P %s" % (app(), pub), "```", "",
                 "Public key file `minisign.pub`:", "", "```", "untrusted comment: minisign public key %s" % kid, pub, "```"]
        return out("README.md", lines, "minisign", "public_key", "markdown")
    if v == 1:
        _, pub = signify_keys()
        lines = ["untrusted comment: %s release public key" % org(), pub]
        lines = ["# signify public key, shipped in /etc/signify/", "# verify: signify -V -p %s-release.pub -m SHA256 -x SHA256.sig" % org(), "#"] + lines + [""]
        return out("etc/signify/%s-release.pub" % org(), lines[:-1] + ["# rotated yearly"], "signify", "public_key", "text")
    kid = hexs(16).upper()
    sig = b64(b"ED" + rbytes(8) + rbytes(64))
    lines = ["untrusted comment: signature from minisign secret key", sig,
             "trusted comment: timestamp:%d\tfile:%s-%s.tar.gz\thashed" % (int(date_between().timestamp()), app(), "1.%d.%d" % (R.randint(0, 20), R.randint(0, 9))),
             b64(rbytes(64))]
    lines = ["# detached signature for the release tarball (key id %s)" % kid] + lines + ["# verify with minisign -V"]
    return out("dist/%s.tar.gz.minisig" % app(), lines, "minisign", "signature", "text")


@neg
def n_cosign_pub():
    pl = pem_lines("PUBLIC KEY", ec_spki(ECKey()))
    if chance(0.5):
        return out("cosign.pub", ["# cosign verification key (public)", "# cosign verify --key cosign.pub ghcr.io/%s/%s" % (org(), app()), ""] + pl,
                   "cosign", "public_key", "pem")
    lines = ["apiVersion: policy.sigstore.dev/v1beta1", "kind: ClusterImagePolicy", "metadata:", "  name: %s-signed" % org(), "spec:",
             "  images:", "    - glob: ghcr.io/%s/**" % org(), "  authorities:", "    - key:", "        data: |"] + ["          " + l for l in pl]
    return out("k8s/policy/image-policy.yaml", lines, "cosign", "public_key", "k8s-manifest")


@neg
def n_dkim():
    k = FakeRSA()
    p = b64(fake_rsa_spki(k))
    o = domain()
    lines = ["$ORIGIN %s." % o, "$TTL 3600", "@    IN  MX  10 mail.%s." % o, "@    IN  TXT \"v=spf1 include:_spf.google.com ~all\"",
             "google._domainkey IN TXT ( \"v=DKIM1; k=rsa; \"", "    \"p=%s\"" % p[:200], "    \"%s\" )" % p[200:],
             "_dmarc IN TXT \"v=DMARC1; p=quarantine; rua=mailto:dmarc@%s\"" % o]
    return out("dns/%s.zone" % o, lines, "dkim", "public_key", "dns-zone")


@neg
def n_saml_metadata():
    o = org()
    cert = b64(make_cert(ECKey() if chance(0.3) else FakeRSA(), "%s-idp" % o))
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://sso.%s/realms/%s">' % (domain(o), o),
             '  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">',
             '    <md:KeyDescriptor use="signing">', '      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">',
             "        <ds:KeyName>%s</ds:KeyName>" % b64u(rbytes(32)), "        <ds:X509Data>",
             "          <ds:X509Certificate>%s</ds:X509Certificate>" % cert, "        </ds:X509Data>", "      </ds:KeyInfo>",
             "    </md:KeyDescriptor>", "    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>",
             '    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://sso.%s/realms/%s/protocol/saml"/>' % (domain(o), o),
             "  </md:IDPSSODescriptor>", "</md:EntityDescriptor>"]
    return out(pick("saml/idp-metadata.xml", "config/saml/%s-metadata.xml" % o), lines, "saml", "idp_metadata", "xml")


@neg
def n_vault_config_and_audit():
    o = org()
    v = R.randrange(4)
    if v == 0:
        lines = ['storage "raft" {', '  path    = "/opt/vault/data"', '  node_id = "vault-%d"' % R.randint(1, 5), "}", "",
                 'listener "tcp" {', '  address       = "0.0.0.0:8200"', '  tls_cert_file = "/opt/vault/tls/tls.crt"',
                 '  tls_key_file  = "/opt/vault/tls/tls.key"', "}", "", 'seal "awskms" {', '  region     = "%s"' % R.choice(REGIONS_AWS),
                 '  kms_key_id = "%s"' % guid(), "}", "", 'api_addr = "https://vault.%s:8200"' % domain(o), "ui = true"]
        return out("vault/config.hcl", lines, "vault", "server_config", "hcl")
    if v == 1:
        rec = {"time": iso(), "type": "response", "auth": {"client_token": "hmac-sha256:" + hexs(64), "accessor": "hmac-sha256:" + hexs(64),
               "display_name": "oidc-%s@%s" % (R.choice(FIRST), domain(o)), "policies": ["default", "%s-read" % app()], "token_type": "service"},
               "request": {"id": guid(), "operation": "read", "client_token": "hmac-sha256:" + hexs(64),
                           "client_token_accessor": "hmac-sha256:" + hexs(64), "path": "secret/data/%s/config" % app(),
                           "remote_address": "10.0.%d.%d" % (R.randint(0, 250), R.randint(1, 250))},
               "response": {"data": {"data": {"client_secret": "hmac-sha256:" + hexs(64)}}}}
        lines = [json.dumps(rec)] + [json.dumps(dict(rec, time=iso(), request=dict(rec["request"], id=guid()))) for _ in range(4)]
        return out("logs/vault-audit.log", lines, "vault", "audit_hmac", "log")
    if v == 2:
        lines = ["$ vault token lookup -accessor %s" % rs(B62, 24), "Key                 Value", "---                 -----",
                 "accessor            %s" % rs(B62, 24), "creation_time       %d" % int(date_between().timestamp()),
                 "creation_ttl        768h", "display_name        approle", "entity_id           %s" % guid(),
                 "expire_time         %s" % iso(), "id                  n/a", "issue_time          %s" % iso(),
                 "meta                map[role_name:%s]" % app(), "num_uses            0", "orphan              true",
                 "path                auth/approle/login", "policies            [default %s]" % app(), "renewable           true",
                 "type                service"]
        return out("docs/runbooks/vault-token-lookup.md", lines, "vault", "accessor", "markdown")
    n = pick(3, 5)
    lines = ["$ vault operator init -key-shares=%d -key-threshold=%d -root-token-pgp-key=keybase:%s -pgp-keys=%s" % (
        n, (n + 1) // 2, R.choice(FIRST), ",".join("keybase:%s" % R.choice(FIRST) for _ in range(n)))]
    for i in range(n):
        lines.append("Unseal Key %d: %s" % (i + 1, pgp_encrypted_blob()))
    lines += ["", "Initial Root Token: %s" % pgp_encrypted_blob(), "",
              "Vault initialized with %d key shares and a key threshold of %d." % (n, (n + 1) // 2)]
    return out("ops/vault-init-pgp.log", lines, "vault", "pgp_encrypted_init", "log")


@neg
def n_vault_refs():
    o = org()
    v = R.randrange(3)
    if v == 0:
        lines = ["name: deploy", "on: [push]", "permissions:", "  id-token: write", "  contents: read", "jobs:", "  deploy:",
                 "    runs-on: ubuntu-latest", "    steps:", "      - uses: hashicorp/vault-action@v3", "        with:",
                 "          url: https://vault.%s" % domain(o), "          method: jwt", "          role: %s-deploy" % app(),
                 "          secrets: |", "            secret/data/%s/oidc client_secret | OIDC_CLIENT_SECRET ;" % app()]
        return out(".github/workflows/deploy.yml", lines, "vault", "oidc_auth_ref", "gha-workflow")
    if v == 1:
        pairs = [("VAULT_ADDR", "https://vault.%s:8200" % domain(o)), ("VAULT_TOKEN", pick("", "<vault token from `vault login`>", "$(cat ~/.vault-token)", "hvs.XXXXXXXXXXXXXXXXXXXXXXXX")),
                 ("VAULT_NAMESPACE", "admin")] + sample_filler(o, app(), 3)
        return out(pick(".env.example", ".env.sample"), env_block(pairs), "vault", "placeholder", "dotenv")
    lines = ['auto_auth {', '  method "kubernetes" {', '    mount_path = "auth/kubernetes"', '    config = {', '      role = "%s"' % app(),
             "    }", "  }", '  sink "file" {', '    config = {', '      path = "/home/vault/.vault-token"', "    }", "  }", "}", "",
             'template {', '  destination = "/etc/secrets/oidc.env"',
             '  contents = "{{ with secret \\"secret/data/%s\\" }}CLIENT_SECRET={{ .Data.data.client_secret }}{{ end }}"' % app(), "}"]
    return out("vault/agent.hcl", lines, "vault", "agent_template", "hcl")


@neg
def n_keycloak_masked():
    o, a = org(), app()
    val = pick("**********", "**********", "$(env:%s_CLIENT_SECRET)" % a.upper(), "${KEYCLOAK_%s_SECRET}" % a.upper())
    lines = ["{", '  "realm": "%s",' % o, '  "enabled": true,', '  "clients": [', "    {", '      "id": "%s",' % guid(),
             '      "clientId": "%s",' % a, '      "enabled": true,', '      "clientAuthenticatorType": "client-secret",',
             '      "secret": "%s",' % val, '      "redirectUris": ["https://%s.%s/*"],' % (a, domain(o)),
             '      "publicClient": false,', '      "protocol": "openid-connect"', "    },", "    {", '      "id": "%s",' % guid(),
             '      "clientId": "%s-spa",' % a, '      "publicClient": true,', '      "redirectUris": ["https://%s.%s/*"],' % (a, domain(o)),
             '      "webOrigins": ["https://%s.%s"],' % (a, domain(o)), '      "attributes": { "pkce.code.challenge.method": "S256" }', "    }",
             "  ]", "}"]
    return out(pick("keycloak/realm-export.json", "realms/%s-realm.json" % o), lines, "keycloak", "masked_or_env_secret", "json")


@neg
def n_keycloak_user_hash():
    o = org()
    salt = rbytes(16)
    pw = rs(B62, 14).encode()
    it = 27500
    h = hashlib.pbkdf2_hmac("sha256", pw, salt, it, 64)
    sd = json.dumps({"value": b64(h), "salt": b64(salt), "additionalParameters": {}}, separators=(",", ":"))
    cd = json.dumps({"hashIterations": it, "algorithm": "pbkdf2-sha256", "additionalParameters": {}}, separators=(",", ":"))
    u = R.choice(FIRST)
    lines = ["{", '  "realm": "%s",' % o, '  "users": [', "    {", '      "id": "%s",' % guid(), '      "username": "%s",' % u,
             '      "email": "%s@%s",' % (u, domain(o)), '      "enabled": true,', '      "credentials": [', "        {",
             '          "id": "%s",' % guid(), '          "type": "password",', '          "createdDate": %d,' % (int(date_between().timestamp()) * 1000),
             '          "secretData": %s,' % json.dumps(sd), '          "credentialData": %s' % json.dumps(cd), "        }", "      ],",
             '      "realmRoles": ["default-roles-%s"]' % o, "    }", "  ]", "}"]
    return out("keycloak/%s-users-0.json" % o, lines, "keycloak", "password_hash", "json")


@neg
def n_okta_neg():
    o = org()
    v = R.randrange(3)
    if v == 0:
        lines = ["okta:", "  client:", '    orgUrl: "https://{yourOktaDomain}"', '    token: "%s"' % pick("{apiToken}", "{yourApiToken}", "${OKTA_API_TOKEN}", "00REPLACE_WITH_YOUR_TOKEN"),
                 "    connectionTimeout: 30", "    cache:", "      enabled: true"]
        return out("okta.yaml.example", lines, "okta", "placeholder", "yaml")
    if v == 1:
        cid = "0oa" + rs(B62, 17)
        lines = ["export const oktaConfig = {", "  clientId: '%s'," % cid, "  issuer: 'https://%s.okta.com/oauth2/default'," % o,
                 "  redirectUri: window.location.origin + '/login/callback',", "  scopes: ['openid', 'profile', 'email'],",
                 "  pkce: true,", "};"]
        return out("src/config/okta.ts", lines, "okta", "spa_client_id", "typescript")
    lines = ['provider "okta" {', '  org_name  = var.okta_org', '  base_url  = "okta.com"', '  api_token = var.okta_api_token', "}", "",
             'variable "okta_api_token" {', '  type      = string', '  sensitive = true', "}", "",
             'resource "okta_app_oauth" "%s" {' % app(), '  label       = "%s"' % app(), '  type        = "web"',
             '  grant_types = ["authorization_code"]', '  redirect_uris = ["https://%s.%s/callback"]' % (app(), domain(o)), "}",
             "", 'output "client_id" {', "  value = okta_app_oauth.%s.client_id" % app(), "}"]
    lines[-2] = "  value = okta_app_oauth.%s.client_id" % lines[11].split('"')[3]
    return out("terraform/okta/main.tf", lines, "okta", "terraform_var_ref", "terraform")


@neg
def n_auth0_spa():
    o = org()
    cid = rs(B62, 32)
    dom = "%s.%s.auth0.com" % (o, pick("us", "eu"))
    if chance(0.5):
        lines = ["import { Auth0Provider } from '@auth0/auth0-react';", "", "export function Providers({ children }) {", "  return (",
                 "    <Auth0Provider", '      domain="%s"' % dom, '      clientId="%s"' % cid,
                 "      authorizationParams={{ redirect_uri: window.location.origin, audience: 'https://api.%s' }}" % domain(o),
                 "    >", "      {children}", "    </Auth0Provider>", "  );", "}"]
        return out("src/providers.jsx", lines, "auth0", "spa_client_id", "javascript")
    pairs = [("AUTH0_DOMAIN", dom), ("AUTH0_CLIENT_ID", cid), ("AUTH0_CLIENT_SECRET", placeholder()),
             ("AUTH0_SECRET", pick("use [openssl rand -hex 32] to generate a 32 bytes value", "<generate with openssl rand -hex 32>", "")),
             ("AUTH0_BASE_URL", "http://localhost:3000")]
    return out(".env.local.example", env_block(pairs), "auth0", "placeholder", "dotenv")


@neg
def n_azure_neg():
    o = org()
    v = R.randrange(4)
    base = ['  "AzureAd": {', '    "Instance": "https://login.microsoftonline.com/",', '    "Domain": "%s.onmicrosoft.com",' % o,
            '    "TenantId": "%s",' % guid(), '    "ClientId": "%s",' % guid()]
    if v == 0:
        lines = ["{"] + base + ['    "ClientSecret": "%s",' % pick("[Enter the Client Secret Here]", "", "<client-secret>", "Enter_the_Client_Secret_Here", "secret-from-keyvault"),
                                '    "CallbackPath": "/signin-oidc"', "  }", "}"]
        return out("appsettings.json", lines, "azure_ad", "placeholder", "json")
    if v == 1:
        lines = ["{"] + base + ['    "ClientCertificates": [', "      {", '        "SourceType": "StoreWithThumbprint",',
                                '        "CertificateStorePath": "CurrentUser/My",', '        "CertificateThumbprint": "%s"' % hexs(40).upper(),
                                "      }", "    ],", '    "CallbackPath": "/signin-oidc"', "  },", '  "KeyVault": { "Uri": "https://kv-%s.vault.azure.net/" }' % o, "}"]
        return out("appsettings.Production.json", lines, "azure_ad", "certificate_thumbprint", "json")
    if v == 2:
        lines = ["name: deploy", "on: [push]", "permissions:", "  id-token: write", "  contents: read", "jobs:", "  deploy:",
                 "    runs-on: ubuntu-latest", "    steps:", "      - uses: azure/login@v2", "        with:",
                 "          client-id: %s" % guid(), "          tenant-id: %s" % guid(), "          subscription-id: %s" % guid(),
                 "      - run: az webapp deploy --resource-group rg-%s --name %s --src-path app.zip" % (o, app())]
        return out(".github/workflows/azure.yml", lines, "azure_ad", "federated_ids", "gha-workflow")
    lines = ["$ az ad app credential list --id %s" % guid(), "[", "  {", '    "customKeyIdentifier": null,', '    "displayName": "ci",',
             '    "endDateTime": "%s",' % iso(), '    "hint": "%s",' % (rs(B62, 3)), '    "keyId": "%s",' % guid(),
             '    "secretText": null,', '    "startDateTime": "%s"' % iso(), "  }", "]"]
    return out("docs/azure-secret-rotation.md", lines, "azure_ad", "credential_metadata", "markdown")


@neg
def n_google_neg():
    o = org()
    cid = "%d-%s.apps.googleusercontent.com" % (R.randint(10 ** 11, 10 ** 12 - 1), rs(DIG + LO, 32))
    v = R.randrange(4)
    if v == 0:
        lines = ['<script src="https://accounts.google.com/gsi/client" async></script>', '<div id="g_id_onload"',
                 '     data-client_id="%s"' % cid, '     data-login_uri="https://%s/auth/google"' % domain(o), '     data-auto_prompt="false">',
                 "</div>", '<div class="g_id_signin" data-type="standard"></div>']
        return out("templates/login.html", lines, "google_oauth", "client_id", "html")
    if v == 1:
        lines = ["{", '  "web": {', '    "client_id": "%s",' % cid, '    "project_id": "%s-auth",' % o,
                 '    "auth_uri": "https://accounts.google.com/o/oauth2/auth",', '    "token_uri": "https://oauth2.googleapis.com/token",',
                 '    "client_secret": "%s",' % pick("YOUR_CLIENT_SECRET", "<client secret>", "GOCSPX-XXXXXXXXXXXXXXXXXXXXXXXXXXXX", "GOCSPX-…"),
                 '    "redirect_uris": ["http://localhost:8080/callback"]', "  }", "}"]
        return out("client_secret.example.json", lines, "google_oauth", "placeholder", "json")
    if v == 2:
        pn = R.randint(10 ** 11, 10 ** 12 - 1)
        d = {"type": "external_account", "audience": "//iam.googleapis.com/projects/%d/locations/global/workloadIdentityPools/github/providers/github" % pn,
             "subject_token_type": "urn:ietf:params:oauth:token-type:jwt", "token_url": "https://sts.googleapis.com/v1/token",
             "service_account_impersonation_url": "https://iamcredentials.googleapis.com/v1/projects/-/serviceAccounts/deployer@%s-prod.iam.gserviceaccount.com:generateAccessToken" % o,
             "credential_source": {"file": "/var/run/secrets/tokens/gcp-ksa/token", "format": {"type": "text"}}}
        return out("gcp/wif-credential-config.json", json.dumps(d, indent=2).split("\n"), "gcp", "external_account_config", "json")
    proj = "%s-prod" % o
    lines = ["{", '  "type": "service_account",', '  "project_id": "%s",' % proj, '  "private_key_id": "%s",' % pick("<key id>", "REDACTED", "…"),
             '  "private_key": "-----BEGIN PRIVATE KEY-----\\n%s\\n-----END PRIVATE KEY-----\\n",' % pick("<redacted>", "...", "REPLACE_ME"),
             '  "client_email": "deployer@%s.iam.gserviceaccount.com",' % proj, '  "client_id": "%d",' % R.randint(10 ** 20, 10 ** 21 - 1),
             '  "token_uri": "https://oauth2.googleapis.com/token"', "}"]
    return out("docs/examples/service-account.example.json", lines, "gcp", "redacted_service_account", "json")


@neg
def n_aws_neg():
    o = org()
    v = R.randrange(4)
    if v == 0:
        lines = ["[default]", "region = %s" % R.choice(REGIONS_AWS), "output = json", "", "[sso-session %s]" % o,
                 "sso_start_url = https://%s.awsapps.com/start" % o, "sso_region = %s" % R.choice(REGIONS_AWS),
                 "sso_registration_scopes = sso:account:access", "", "[profile %s-admin]" % o, "sso_session = %s" % o,
                 "sso_account_id = %012d" % R.randint(10 ** 11, 10 ** 12 - 1), "sso_role_name = AdministratorAccess", "",
                 "[profile ci]", "role_arn = arn:aws:iam::%012d:role/ci-deployer" % R.randint(10 ** 11, 10 ** 12 - 1),
                 "credential_process = /usr/local/bin/aws-vault exec ci --json"]
        return out(".aws/config", lines, "aws", "config_no_secret", "ini")
    if v == 1:
        lines = ["## Configure the CLI", "", "```", "$ aws configure", "AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE",
                 "AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "Default region name [None]: us-west-2",
                 "Default output format [None]: json", "```", "", "Use your own keys - the values above are the AWS documentation examples."]
        return out("docs/setup.md", lines, "aws", "documented_example_keys", "markdown")
    if v == 2:
        tail = rs(B32, 4)
        lines = ["$ aws configure list", "      Name                    Value             Type    Location",
                 "      ----                    -----             ----    --------", "   profile                %-10s           manual    --profile" % o,
                 "access_key     ****************%s shared-credentials-file" % tail,
                 "secret_key     ****************%s shared-credentials-file" % rs(B62, 4),
                 "    region                %s      config-file    ~/.aws/config" % R.choice(REGIONS_AWS)]
        return out("notes/aws-debug.txt", lines, "aws", "masked", "text")
    lines = ["name: deploy", "on: [push]", "permissions:", "  id-token: write", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:",
             "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
             "          role-to-assume: arn:aws:iam::%012d:role/gha-deploy" % R.randint(10 ** 11, 10 ** 12 - 1),
             "          aws-region: %s" % R.choice(REGIONS_AWS), "      - run: aws sts get-caller-identity"]
    return out(".github/workflows/aws.yml", lines, "aws", "oidc_role_ref", "gha-workflow")


@neg
def n_cognito_public():
    pool = "%s_%s" % (R.choice(REGIONS_AWS), rs(B62, 9))
    lines = ["const awsconfig = {", "  aws_project_region: '%s'," % pool.split("_")[0], "  aws_cognito_region: '%s'," % pool.split("_")[0],
             "  aws_user_pools_id: '%s'," % pool, "  aws_user_pools_web_client_id: '%s'," % rs(LO + DIG, 26),
             "  aws_cognito_identity_pool_id: '%s:%s'," % (pool.split("_")[0], guid()),
             "  oauth: { domain: '%s-auth.auth.%s.amazoncognito.com', scope: ['openid', 'email'], responseType: 'code' }," % (org(), pool.split("_")[0]), "};", "",
             "export default awsconfig;"]
    return out("src/aws-exports.js", lines, "aws_cognito", "public_client_id", "javascript")


@neg
def n_gha_secret_refs():
    lines = ["name: ci", "on: [push]", "jobs:", "  build:", "    runs-on: ubuntu-latest", "    env:",
             "      VAULT_TOKEN: ${{ secrets.VAULT_TOKEN }}", "      AZURE_CLIENT_SECRET: ${{ secrets.AZURE_CLIENT_SECRET }}",
             "      SOPS_AGE_KEY: ${{ secrets.SOPS_AGE_KEY }}", "      GPG_PRIVATE_KEY: ${{ secrets.GPG_PRIVATE_KEY }}",
             "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: webfactory/ssh-agent@v0.9.0", "        with:", "          ssh-private-key: ${{ secrets.DEPLOY_KEY }}",
             "      - run: make test"]
    sub = lines[6:10]
    R.shuffle(sub)
    lines = lines[:6] + sub[:R.randint(2, 4)] + lines[10:]
    return out(".github/workflows/ci.yml", lines, "github_actions", "secret_refs", "gha-workflow")


@neg
def n_tf_refs():
    o = org()
    v = R.randrange(3)
    if v == 0:
        lines = ['provider "auth0" {', '  domain        = var.auth0_domain', '  client_id     = var.auth0_client_id',
                 '  client_secret = var.auth0_client_secret', "}", "", 'variable "auth0_client_secret" {', "  type      = string",
                 "  sensitive = true", "}"]
        return out("terraform/auth0/providers.tf", lines, "auth0", "terraform_var_ref", "terraform")
    if v == 1:
        lines = ['resource "azuread_application" "%s" {' % app(), '  display_name = "%s-%s"' % (o, app()), "}", "",
                 'resource "azuread_application_password" "ci" {', "  application_id = azuread_application.%s.id" % app(),
                 '  display_name   = "ci"', '  end_date       = "%s"' % iso(), "}", "",
                 'resource "azurerm_key_vault_secret" "client_secret" {', '  name         = "client-secret"',
                 "  value        = azuread_application_password.ci.value", "  key_vault_id = azurerm_key_vault.main.id", "}"]
        lines[5] = "  application_id = azuread_application.%s.id" % lines[0].split('"')[3]
        return out("terraform/azuread/app.tf", lines, "azure_ad", "terraform_resource_ref", "terraform")
    lines = ['resource "random_password" "cookie_secret" {', "  length  = 32", "  special = false", "}", "",
             'resource "kubernetes_secret" "oauth2_proxy" {', "  metadata {", '    name      = "oauth2-proxy"', '    namespace = "auth"', "  }",
             "  data = {", '    "cookie-secret" = random_password.cookie_secret.result', '    "client-secret" = var.oidc_client_secret', "  }", "}"]
    return out("terraform/k8s/oauth2-proxy.tf", lines, "oauth2_proxy", "terraform_generated_ref", "terraform")


@neg
def n_helm_refs():
    o = org()
    if chance(0.5):
        lines = ["config:", "  clientID: oauth2-proxy", "  existingSecret: oauth2-proxy-credentials", "  # keys: client-id, client-secret, cookie-secret",
                 "  cookieSecret: \"\"", "  clientSecret: \"\"", "extraArgs:", "  provider: oidc",
                 "  oidc-issuer-url: https://sso.%s/realms/%s" % (domain(o), o), "  cookie-secure: \"true\""]
        return out("charts/oauth2-proxy/values.yaml", lines, "oauth2_proxy", "existing_secret_ref", "helm-values")
    lines = ["config:", "  issuer: https://dex.%s" % domain(o), "  connectors:", "    - type: oidc", "      id: google", "      name: Google",
             "      config:", "        clientID: $GOOGLE_CLIENT_ID", "        clientSecret: $GOOGLE_CLIENT_SECRET",
             "        redirectURI: https://dex.%s/callback" % domain(o), "  staticClients:", "    - id: argo-cd", "      name: Argo CD",
             "      secretEnv: ARGOCD_DEX_CLIENT_SECRET", "      redirectURIs: [https://argocd.%s/auth/callback]" % domain(o),
             "envVars:", "  - name: GOOGLE_CLIENT_SECRET", "    valueFrom:", "      secretKeyRef: { name: dex-google, key: client-secret }"]
    return out("charts/dex/values.yaml", lines, "dex", "env_ref", "helm-values")


@neg
def n_compose_refs():
    o = org()
    lines = ["services:", "  server:", "    image: ghcr.io/goauthentik/server:%s" % pick("2024.8.3", "2024.10.1", "2025.2.1"),
             "    command: server", "    environment:", "      AUTHENTIK_SECRET_KEY: ${AUTHENTIK_SECRET_KEY:?secret key required}",
             "      AUTHENTIK_POSTGRESQL__HOST: postgresql", "      AUTHENTIK_POSTGRESQL__PASSWORD: ${PG_PASS}",
             "      AUTHENTIK_REDIS__HOST: redis", "    env_file:", "      - .env", "    ports:", '      - "9000:9000"',
             "  keycloak:", "    image: quay.io/keycloak/keycloak:25.0", "    environment:", "      KEYCLOAK_ADMIN: admin",
             "      KEYCLOAK_ADMIN_PASSWORD_FILE: /run/secrets/kc_admin", "    secrets:", "      - kc_admin", "secrets:",
             "  kc_admin:", "    file: ./secrets/kc_admin.txt"]
    if chance(0.5):
        lines = lines[:13] + ["  redis:", "    image: docker.io/library/redis:alpine", "    command: --save 60 1 --loglevel warning"]
        lines[7] = "      AUTHENTIK_POSTGRESQL__PASSWORD: ${PG_PASS:?database password required}"
    elif chance(0.5):
        lines = lines[:1] + lines[13:]
    return out("docker-compose.yml", lines, "authentik", "env_ref", "docker-compose")


@neg
def n_dotenv_example():
    o, a = org(), app()
    names = R.sample(["KEYCLOAK_CLIENT_SECRET", "OKTA_CLIENT_SECRET", "AUTH0_CLIENT_SECRET", "AZURE_CLIENT_SECRET", "GOOGLE_CLIENT_SECRET",
                      "NEXTAUTH_SECRET", "AUTH_SECRET", "OAUTH2_PROXY_COOKIE_SECRET", "VAULT_TOKEN", "LDAP_BIND_PASSWORD",
                      "COGNITO_CLIENT_SECRET", "SCIM_BEARER_TOKEN", "TOTP_SECRET", "JWT_SECRET", "AUTHENTIK_SECRET_KEY",
                      "AWS_SECRET_ACCESS_KEY", "SOPS_AGE_KEY", "DIGITALOCEAN_TOKEN", "HCLOUD_TOKEN", "OKTA_API_TOKEN"], 4)
    def ph(n):
        r = R.random()
        if r < 0.3:
            return "<your-%s>" % n.lower().replace("_", "-")
        if r < 0.45:
            return "YOUR_" + n
        if r < 0.6:
            return "${%s}" % n
        return placeholder("token" if "TOKEN" in n else "secret")
    pairs = [(n, ph(n)) for n in names]
    if chance(0.3):
        pairs[0] = (pairs[0][0], pick("# generate: openssl rand -base64 32", "$(openssl rand -base64 32)"))
    pairs = sample_filler(o, a, 3) + pairs
    return out(pick(".env.example", ".env.sample", ".env.template", "env.dist"), env_block(pairs, "copy to .env and fill in"), "generic",
               "placeholder", "dotenv")


@neg
def n_code_env_refs():
    a = app()
    v = R.randrange(3)
    if v == 0:
        lines = ['import NextAuth from "next-auth"', 'import Keycloak from "next-auth/providers/keycloak"', "", "export default NextAuth({",
                 "  providers: [", "    Keycloak({", "      clientId: process.env.KEYCLOAK_ID,", "      clientSecret: process.env.KEYCLOAK_SECRET,",
                 "      issuer: process.env.KEYCLOAK_ISSUER,", "    }),", "  ],", "  secret: process.env.NEXTAUTH_SECRET,", "})"]
        return out("pages/api/auth/[...nextauth].js", lines, "nextauth", "env_ref", "javascript")
    if v == 1:
        lines = ["import os", "", 'SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]', 'OIDC_RP_CLIENT_ID = os.environ.get("OIDC_RP_CLIENT_ID", "%s")' % a,
                 'OIDC_RP_CLIENT_SECRET = os.environ["OIDC_RP_CLIENT_SECRET"]', 'OIDC_OP_JWKS_ENDPOINT = "https://sso.%s/realms/%s/protocol/openid-connect/certs"' % (domain(), org()),
                 'OIDC_RP_SIGN_ALGO = "RS256"', 'AUTH_LDAP_BIND_PASSWORD = os.getenv("LDAP_BIND_PASSWORD", "")']
        return out("%s/settings/production.py" % a, lines, "django", "env_ref", "python")
    lines = ["package config", "", "import \"os\"", "", "type OIDC struct {", "\tClientID     string", "\tClientSecret string", "}", "",
             "func Load() OIDC {", "\treturn OIDC{", "\t\tClientID:     os.Getenv(\"OIDC_CLIENT_ID\"),",
             "\t\tClientSecret: os.Getenv(\"OIDC_CLIENT_SECRET\"),", "\t}", "}"]
    return out("internal/config/oidc.go", lines, "oidc", "env_ref", "go")


@neg
def n_nginx_haproxy():
    o = org()
    v = R.randrange(3)
    if v == 0:
        host = "%s.%s" % (app(), domain(o))
        lines = ["server {", "    listen 443 ssl http2;", "    server_name %s;" % host, "",
                 "    ssl_certificate     /etc/nginx/ssl/%s.crt;" % host, "    ssl_certificate_key /etc/nginx/ssl/%s.key;" % host,
                 "    ssl_protocols TLSv1.2 TLSv1.3;", "    ssl_stapling on;", "", "    location /oauth2/ {", "        proxy_pass http://127.0.0.1:4180;",
                 "        proxy_set_header X-Auth-Request-Redirect $request_uri;", "    }", "", "    location / {", "        auth_request /oauth2/auth;",
                 "        proxy_pass http://127.0.0.1:8080;", "    }", "}"]
        return out("nginx/sites-available/%s.conf" % host, lines, "nginx", "key_path_ref", "nginx-conf")
    if v == 1:
        lines = ["# NGINX Plus OpenID Connect configuration", "map $host $oidc_client {", '    default "%s";' % app(), "}", "",
                 "map $host $oidc_client_secret {", '    default "";', "    # set via: include /etc/nginx/secrets/oidc_secret.conf", "}", "",
                 "map $host $oidc_pkce_enable {", "    default 1;", "}"]
        return out("nginx/conf.d/openid_connect_configuration.conf", lines, "nginx", "empty_secret", "nginx-conf")
    lines = ["global", "    log /dev/log local0", "", "userlist stats_users",
             "    user admin password %s" % pick(sha512crypt(), bcrypt_hash()), "    user ops password %s" % sha512crypt(), "",
             "frontend fe_https", "    bind :443 ssl crt /etc/haproxy/certs/ alpn h2,http/1.1", "    default_backend be_app", "",
             "listen stats", "    bind :8404", "    stats enable", "    acl auth_ok http_auth(stats_users)", "    http-request auth unless auth_ok"]
    return out("haproxy/haproxy.cfg", lines, "haproxy", "password_hash", "haproxy-cfg")


@neg
def n_password_hashes():
    v = R.randrange(4)
    if v == 0:
        lines = ["# generated with htpasswd -B", ] + ["%s:%s" % (R.choice(FIRST), bcrypt_hash()) for _ in range(R.randint(4, 7))]
        return out(pick(".htpasswd", "nginx/htpasswd", "auth/users.htpasswd"), lines, "htpasswd", "bcrypt_hashes", "htpasswd")
    if v == 1:
        dc = ",".join("dc=" + p for p in domain().split("."))
        lines = []
        for _ in range(R.randint(2, 3)):
            u = R.choice(FIRST)
            lines += ["dn: uid=%s,ou=people,%s" % (u, dc), "objectClass: inetOrgPerson", "uid: %s" % u, "cn: %s" % u.capitalize(),
                      "sn: %s" % R.choice(LAST).capitalize(), "userPassword: %s" % ssha(), ""]
        return out("ldap/bootstrap/users.ldif", lines, "ldap", "ssha_hash", "ldif")
    if v == 2:
        recs = []
        for i in range(R.randint(2, 4)):
            salt = rs(B62, 22)
            recs.append({"model": "auth.user", "pk": i + 1, "fields": {"username": R.choice(FIRST),
                         "password": "pbkdf2_sha256$%d$%s$%s" % (pick(600000, 720000, 870000), salt, b64(rbytes(32))),
                         "is_staff": i == 0, "email": email()}})
        return out("fixtures/users.json", json.dumps(recs, indent=2).split("\n"), "django", "password_hash", "json")
    lines = ["-- seed data for local dev", "INSERT INTO users (id, email, password_hash, created_at) VALUES"]
    rows = ["  ('%s', '%s', '%s', '%s')" % (guid(), email(), argon2_hash(), iso()) for _ in range(R.randint(3, 5))]
    lines += [r + "," for r in rows[:-1]] + [rows[-1] + ";"]
    return out("db/seed/001_users.sql", lines, "generic", "argon2_hash", "sql")


@neg
def n_kerberos():
    o = org()
    realm = domain(o).upper()
    if chance(0.5):
        lines = ["[libdefaults]", "    default_realm = %s" % realm, "    dns_lookup_kdc = true", "    rdns = false",
                 "    default_keytab_name = FILE:/etc/krb5.keytab", "    ticket_lifetime = 24h", "", "[realms]", "    %s = {" % realm,
                 "        kdc = kdc1.%s" % domain(o).lower(), "        kdc = kdc2.%s" % domain(o).lower(),
                 "        admin_server = kdc1.%s" % domain(o).lower(), "    }", "", "[domain_realm]", "    .%s = %s" % (domain(o).lower(), realm)]
        return out("etc/krb5.conf", lines, "kerberos", "config_no_secret", "conf")
    princ = "HTTP/%s.%s@%s" % (app(), domain(o).lower(), realm)
    kvno = R.randint(2, 9)
    ts = date_between().strftime("%m/%d/%y %H:%M:%S")
    lines = ["$ klist -kte /etc/security/keytabs/%s.keytab" % app(), "Keytab name: FILE:/etc/security/keytabs/%s.keytab" % app(),
             "KVNO Timestamp           Principal", "---- ------------------- ------------------------------------------------------",
             "   %d %s %s (aes256-cts-hmac-sha1-96)" % (kvno, ts, princ), "   %d %s %s (aes128-cts-hmac-sha1-96)" % (kvno, ts, princ),
             "", "The keytab itself is distributed by the `krb5_keytab` role from the vault; it is not in git."]
    return out("docs/kerberos.md", lines, "kerberos", "klist_output", "markdown")


@neg
def n_radius_ldap_refs():
    o = org()
    v = R.randrange(3)
    if v == 0:
        lines = ["client localhost {", "\tipaddr = 127.0.0.1", "\tsecret = $ENV{RADIUS_LOCALHOST_SECRET}", "}", "",
                 "client wlc {", "\tipaddr = 10.%d.0.0/16" % R.randint(0, 250), "\tsecret = $ENV{RADIUS_WLC_SECRET}", "\tshortname = wlc", "}"]
        return out("freeradius/clients.conf", lines, "radius", "env_ref", "conf")
    if v == 1:
        dc = ",".join("dc=" + p for p in domain(o).split("."))
        lines = ["[domain/%s]" % domain(o), "id_provider = ldap", "ldap_uri = ldaps://ldap.%s" % domain(o),
                 "ldap_default_bind_dn = cn=sssd,ou=services,%s" % dc, "ldap_default_authtok_type = password",
                 "ldap_default_authtok = {{ vault_sssd_bind_password }}", "ldap_search_base = %s" % dc]
        return out("roles/sssd/templates/sssd.conf.j2", lines, "ldap", "template_ref", "ini")
    lines = ["connectors:", "- type: ldap", "  id: ldap", "  config:", "    host: ldap.%s:636" % domain(o),
             "    bindDN: cn=dex,ou=services,dc=%s,dc=com" % o, "    bindPW: $LDAP_BIND_PW", "    usernamePrompt: Email",
             "    userSearch:", "      baseDN: ou=people,dc=%s,dc=com" % o, "      username: mail"]
    return out("dex/ldap.yaml", lines, "ldap", "env_ref", "yaml")


@neg
def n_totp_vectors():
    v = R.randrange(3)
    if v == 0:
        lines = ["import pyotp", "", "# RFC 6238 Appendix B test vector: ASCII '12345678901234567890'",
                 'RFC6238_SEED = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"', "", "", "def test_rfc6238_sha1():",
                 "    totp = pyotp.TOTP(RFC6238_SEED, digits=8)", '    assert totp.at(59) == "94287082"',
                 '    assert totp.at(1111111109) == "07081804"']
        return out("tests/test_totp.py", lines, "totp", "rfc_test_vector", "python")
    if v == 1:
        lines = ["## Enrolling MFA", "", "The QR code encodes a URI like:", "",
                 "    otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example", "",
                 "(`JBSWY3DPEHPK3PXP` is the documentation example; every user gets a freshly generated secret.)"]
        return out("docs/mfa.md", lines, "totp", "documented_example", "markdown")
    lines = ["E2E_LOGIN=qa-bot@%s" % domain(), "E2E_TOTP_SECRET=%s" % pick("<base32 seed from 1Password>", "${E2E_TOTP_SECRET}", "", "CHANGE_ME"),
             "E2E_BASE_URL=https://staging.%s" % domain(), "PLAYWRIGHT_WORKERS=2", "HEADLESS=true"]
    return out(".env.e2e.example", lines, "totp", "placeholder", "dotenv")


@neg
def n_crypto_test_vectors():
    v = R.randrange(4)
    if v == 0:
        lines = ["import binascii", "from nacl.signing import SigningKey", "", "# RFC 8032 section 7.1, TEST 1",
                 'SECRET = binascii.unhexlify("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")',
                 'PUBLIC = binascii.unhexlify("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")', "", "",
                 "def test_rfc8032_vector_1():", "    assert bytes(SigningKey(SECRET).verify_key) == PUBLIC"]
        return out("tests/test_ed25519_vectors.py", lines, "ed25519", "rfc_test_vector", "python")
    if v == 1:
        lines = ["package x25519", "", "import \"testing\"", "", "// RFC 7748 section 6.1 (Alice)", "var rfc7748 = struct{ priv, pub string }{",
                 '\tpriv: "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a",',
                 '\tpub:  "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a",', "}", "",
                 "func TestRFC7748(t *testing.T) {", "\tcheckVector(t, rfc7748.priv, rfc7748.pub)", "}"]
        return out("x25519/rfc7748_test.go", lines, "x25519", "rfc_test_vector", "go")
    if v == 2:
        lines = ["{", '  "description": "RFC 8037 Appendix A.1 Ed25519 key (test vector)",', '  "key": {', '    "kty": "OKP",',
                 '    "crv": "Ed25519",', '    "d": "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A",', '    "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"',
                 "  }", "}"]
        return out("testdata/rfc8037-a1.json", lines, "jwk", "rfc_test_vector", "json")
    lines = ["describe('jwt decode', () => {", "  // the example token shown on jwt.io", "  const token =",
             "    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';",
             "", "  it('reads the subject', () => {", "    expect(decode(token).sub).toBe('1234567890');", "  });", "});"]
    return out("test/jwt.test.js", lines, "jwt", "documented_example", "javascript")


@neg
def n_age_examples():
    lines = ["# age quick reference", "", "```", "$ age-keygen -o key.txt", "Public key: age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p",
             "$ tar cvz ~/data | age -r age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p > data.tar.gz.age",
             "$ age --decrypt -i key.txt data.tar.gz.age > data.tar.gz", "```", "",
             "Keep `key.txt` (the `AGE-SECRET-KEY-1...` line) out of the repository; only recipients (`age1...`) go in `.sops.yaml`."]
    return out("docs/age.md", lines, "age", "documented_example", "markdown")


@neg
def n_ids_uuids():
    o = org()
    lines = ["{", '  "tenantId": "%s",' % guid(), '  "subscriptionId": "%s",' % guid(), '  "clientId": "%s",' % guid(),
             '  "objectId": "%s",' % guid(), '  "keyId": "%s",' % guid(), '  "kid": "%s",' % b64u(rbytes(32)),
             '  "issuer": "https://login.microsoftonline.com/%s/v2.0",' % guid(), '  "jwksUri": "https://login.microsoftonline.com/common/discovery/v2.0/keys",',
             '  "audience": "api://%s",' % guid(), '  "requestId": "%s"' % guid(), "}"]
    return out(pick("config/identity.json", "deploy/%s/identity.json" % env()), lines, "azure_ad", "identifiers", "json")


@neg
def n_digests():
    v = R.randrange(3)
    if v == 0:
        lines = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % app(), "spec:", "  template:", "    spec:", "      containers:",
                 "        - name: oauth2-proxy", "          image: quay.io/oauth2-proxy/oauth2-proxy@sha256:%s" % hexs(64),
                 "        - name: app", "          image: ghcr.io/%s/%s@sha256:%s" % (org(), app(), hexs(64)),
                 "          env:", "            - name: OIDC_CLIENT_SECRET", "              valueFrom:",
                 "                secretKeyRef: { name: %s-oidc, key: client-secret }" % app()]
        return out("k8s/deployment.yaml", lines, "kubernetes", "image_digest", "k8s-manifest")
    if v == 1:
        mods = ["github.com/coreos/go-oidc/v3 v3.%d.0" % R.randint(5, 11), "golang.org/x/crypto v0.%d.0" % R.randint(20, 31),
                "golang.org/x/oauth2 v0.%d.0" % R.randint(15, 24), "github.com/golang-jwt/jwt/v5 v5.2.%d" % R.randint(0, 2),
                "github.com/go-jose/go-jose/v4 v4.0.%d" % R.randint(1, 4)]
        lines = []
        for m in mods:
            lines += ["%s h1:%s=" % (m, b64(rbytes(32))[:43]), "%s/go.mod h1:%s=" % (m, b64(rbytes(32))[:43])]
        return out("go.sum", lines, "go", "module_hashes", "go-sum")
    lines = ["# SHA256 checksums for release v%d.%d.%d" % (R.randint(0, 3), R.randint(0, 20), R.randint(0, 9))]
    for plat in ["darwin_amd64", "darwin_arm64", "linux_amd64", "linux_arm64", "windows_amd64"]:
        lines.append("%s  %s_%s.tar.gz" % (hexs(64), app(), plat))
    return out("dist/SHA256SUMS", lines, "release", "checksums", "text")


@neg
def n_masked_tokens():
    o = org()
    items = [("VAULT_TOKEN", "hvs." + "*" * R.randint(20, 24) + rs(B62, 4)),
             ("AWS_ACCESS_KEY_ID", "AKIA" + "*" * 12 + rs(B32, 4)),
             ("GITHUB_TOKEN", pick("ghp_", "gho_") + "…" + rs(B62, 3)),
             ("GOOGLE_CLIENT_SECRET", "GOCSPX-" + "•" * 8),
             ("SOPS_AGE_KEY", "AGE-SECRET-KEY-1" + "…"),
             ("AZURE_CLIENT_SECRET", rs(B62, 3) + "*" * 30),
             ("OKTA_API_TOKEN", "00" + "x" * 8 + "…" + rs(B62, 4)),
             ("AUTH0_CLIENT_SECRET", "[REDACTED]"), ("DIGITALOCEAN_TOKEN", "dop_v1_" + "*" * 8),
             ("TS_AUTHKEY", "tskey-auth-" + "X" * 8 + "…")]
    R.shuffle(items)
    sel = items[:R.randint(3, 6)]
    if chance(0.5):
        lines = ["## Incident %d - token exposure drill" % R.randint(100, 999), "", "Rotated credentials (values masked):", ""] + \
                ["- `%s` = `%s` -> rotated %s" % (k, v, date_between().strftime("%Y-%m-%d")) for k, v in sel] + ["", "All old values revoked."]
        return out("docs/incidents/drill.md", lines, "generic", "masked", "markdown")
    lines = ["%s INFO  config loaded" % iso()] + ["%s DEBUG env %s=%s" % (iso(), k, v) for k, v in sel] + ["%s INFO  listening on :8080" % iso()]
    return out("logs/app-startup.log", lines, "generic", "masked", "log")


@neg
def n_webauthn():
    cred_id = b64u(rbytes(pick(16, 32, 64)))
    k = ECKey()
    cose = b"\xa5\x01\x02\x03\x26\x20\x01\x21\x58\x20" + k.Q[0].to_bytes(32, "big") + b"\x22\x58\x20" + k.Q[1].to_bytes(32, "big")
    d = {"id": cred_id, "rawId": cred_id, "type": "public-key", "authenticatorAttachment": pick("platform", "cross-platform"),
         "response": {"clientDataJSON": b64u(json.dumps({"type": "webauthn.create", "challenge": b64u(rbytes(32)), "origin": "https://%s" % domain(),
                                                         "crossOrigin": False}, separators=(",", ":")).encode()),
                      "attestationObject": b64u(b"\xa3\x63fmt\x64none\x67attStmt\xa0\x68authData\x58\xa4" + rbytes(37) + rbytes(16) + b"\x00" + bytes([len(rbytes(0)) + 32]) + rbytes(32) + cose),
                      "publicKey": b64u(ec_spki(k)), "publicKeyAlgorithm": -7, "transports": ["internal", "hybrid"]},
         "clientExtensionResults": {"credProps": {"rk": True}}}
    return out(pick("test/fixtures/webauthn-registration.json", "fixtures/passkey_attestation.json"), json.dumps(d, indent=2).split("\n"),
               "webauthn", "public_key_credential", "json")


@neg
def n_misc_provider_refs():
    o = org()
    v = R.randrange(6)
    if v == 0:
        lines = ["github.com:", "    git_protocol: https", "    users:", "        %s:" % R.choice(FIRST), "    user: %s" % R.choice(FIRST)]
        lines = ["# token is stored in the system keyring (gh auth login --secure-storage)"] + lines
        return out(".config/gh/hosts.yml", lines, "github", "no_token", "yaml")
    if v == 1:
        peers = {}
        for _ in range(R.randint(2, 3)):
            peers["nodekey:" + hexs(64)] = {"HostName": "%s-%s" % (app(), R.randint(1, 9)), "DNSName": "%s.tail%s.ts.net." % (app(), hexs(4)),
                                           "TailscaleIPs": ["100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))], "Online": True}
        d = {"Version": "1.%d.%d" % (R.randint(60, 80), R.randint(0, 5)), "BackendState": "Running",
             "Self": {"PublicKey": "nodekey:" + hexs(64), "HostName": "build-01"}, "Peer": peers}
        return out("debug/tailscale-status.json", json.dumps(d, indent=2).split("\n"), "tailscale", "node_public_keys", "json")
    if v == 2:
        lines = ['datacenter = "dc1"', 'node_id    = "%s"' % guid(), 'data_dir   = "/opt/consul"', "acl {", "  enabled        = true",
                 '  default_policy = "deny"', "  tokens {", '    agent = "{{ consul_agent_token }}"', "  }", "}"]
        return out("roles/consul/templates/consul.hcl.j2", lines, "consul", "template_ref", "hcl")
    if v == 3:
        lines = ["setup:", "  - project: %s" % app(), "    config: %s" % pick("dev", "prd", "stg"), "    path: .",
                 "  - project: %s-worker" % app(), "    config: dev", "    path: worker/"]
        return out("doppler.yaml", lines, "doppler", "project_config", "yaml")
    if v == 4:
        lines = ["[DEFAULT]", "user=ocid1.user.oc1..aaaaaaaa%s" % rs(LO + DIG, 52), "fingerprint=%s" % ":".join(hexs(2) for _ in range(16)),
                 "tenancy=ocid1.tenancy.oc1..aaaaaaaa%s" % rs(LO + DIG, 52), "region=%s" % pick("eu-frankfurt-1", "us-ashburn-1"),
                 "key_file=~/.oci/oci_api_key.pem"]
        return out(".oci/config", lines, "oci", "config_no_secret", "ini")
    lines = ["terraform {", "  cloud {", '    organization = "%s"' % o, "    workspaces {", '      name = "%s-%s"' % (app(), env()), "    }", "  }", "}", "",
             'provider "digitalocean" {', "  # token read from DIGITALOCEAN_TOKEN", "}", "", 'provider "hcloud" {', "  token = var.hcloud_token", "}"]
    return out("infra/providers.tf", lines, "terraform_cloud", "no_token", "terraform")


@neg
def n_scim_refs():
    o = org()
    lines = ["# SCIM provisioning", "", "| Setting | Value |", "|---|---|", "| Tenant URL | `https://%s/scim/v2` |" % domain(o),
             "| Secret Token | generated in Admin > Security > SCIM; stored in Vault at `secret/scim/entra` |",
             "| Tenant ID | `%s` |" % guid(), "| Enterprise app object ID | `%s` |" % guid(), "",
             "Rotate with `curl -X POST https://%s/api/scim/tokens -H \"Authorization: Bearer $ADMIN_TOKEN\"`." % domain(o)]
    return out("docs/scim.md", lines, "scim", "documentation", "markdown")


@neg
def n_recovery_doc():
    lines = ["# Account recovery", "", "GitHub recovery codes look like `xxxxx-xxxxx` (16 of them).",
             "Download them from Settings > Password and authentication and store them in the team vault.", "",
             "Example layout of the downloaded file (values removed):", "", "```"] + ["-----" + "-" + "-----" for _ in range(4)] + \
            ["```"]
    lines = lines[:-5] + ["xxxxx-xxxxx"] * 4 + ["```"]
    return out("docs/recovery.md", lines, "github", "documentation", "markdown")


@neg
def n_private_key_ref_code():
    v = R.randrange(3)
    if v == 0:
        lines = ["import os", "from cryptography.hazmat.primitives import serialization", "", "",
                 "def load_signing_key():", '    path = os.environ.get("SIGNING_KEY_PATH", "/run/secrets/signing_key.pem")',
                 '    with open(path, "rb") as fh:', "        return serialization.load_pem_private_key(fh.read(), password=None)"]
        return out("app/crypto.py", lines, "jwt", "key_path_ref", "python")
    if v == 1:
        lines = ["# SSH CA", "", "Sign a user key:", "", "```", "ssh-keygen -s /secure/ca/user_ca -I %s -n %s -V +8h ~/.ssh/id_ed25519.pub" % (R.choice(FIRST), R.choice(FIRST)),
                 "```", "", "The CA private key lives on the offline laptop; `user_ca.pub` is published in `etc/ssh/`.",
                 "Placeholder used in examples: `-----BEGIN OPENSSH PRIVATE KEY-----\\n...\\n-----END OPENSSH PRIVATE KEY-----`."]
        return out("docs/ssh-ca.md", lines, "ssh", "placeholder", "markdown")
    lines = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: %s-tls" % app(), "spec:",
             "  secretStoreRef:", "    name: vault", "    kind: ClusterSecretStore", "  target:", "    name: %s-tls" % app(),
             "    template:", "      type: kubernetes.io/tls", "  data:", "    - secretKey: tls.key", "      remoteRef:",
             "        key: pki/%s" % app(), "        property: private_key", "    - secretKey: tls.crt", "      remoteRef:",
             "        key: pki/%s" % app(), "        property: certificate"]
    return out("k8s/external-secret.yaml", lines, "kubernetes", "external_secret_ref", "k8s-manifest")


# ===========================================================================
# driver + self-check
# ===========================================================================
N_PER_LABEL = 500


def schedule(gens, n):
    order = []
    while len(order) < n:
        g = list(gens)
        R.shuffle(g)
        order.extend(g)
    return order[:n]


def line_of(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_q.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    R = random.Random(seed)
    manifest, secrets, problems = [], [], []
    pos_texts, neg_texts = {}, {}
    for label, gens, prefix in (("positive", POS, "p"), ("negative", NEG, "n")):
        for i, gen in enumerate(schedule(gens, N_PER_LABEL)):
            CTX.clear()
            rec = gen()
            rel = rec["path"].lstrip("/")
            fdir = "%s/%s%04d" % ("pos" if label == "positive" else "neg", prefix, i + 1)
            frel = "%s/%s" % (fdir, rel)
            full = os.path.join(outdir, frel)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "w", encoding="utf-8", newline="\n") as fh:
                fh.write(rec["text"])
            manifest.append({"file": frel, "label": label, "provider": rec["provider"], "kind": rec["kind"],
                             "filetype": rec["filetype"]})
            nlines = rec["text"].count("\n")
            if not 5 <= nlines <= 80:
                problems.append("%s: %d lines (%s)" % (frel, nlines, gen.__name__))
            if label == "positive":
                ln = line_of(rec["text"], rec["needle"])
                if ln is None:
                    problems.append("%s: needle missing (%s)" % (frel, gen.__name__))
                    continue
                secrets.append({"file": frel, "needle": rec["needle"], "line": ln})
                pos_texts[frel] = rec["text"]
            else:
                neg_texts[frel] = rec["text"]
    with open(os.path.join(outdir, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- self-check (re-reads the files from disk) ----
    seen = Counter()
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if s["line"] > len(lines) or s["needle"] not in lines[s["line"] - 1]:
            problems.append("%s: needle not on stated line %d" % (s["file"], s["line"]))
        if len(s["needle"]) < 8:
            problems.append("%s: needle too short" % s["file"])
        seen[s["needle"]] += 1
    for nd, c in seen.items():
        if c > 1:
            problems.append("needle repeated across %d positives: %s" % (c, nd[:30]))
    needles = [s["needle"] for s in secrets]
    for f, t in neg_texts.items():
        for nd in needles:
            if nd in t:
                problems.append("%s: negative contains positive needle %s" % (f, nd[:30]))
    pc = Counter((m["provider"], m["kind"]) for m in manifest if m["label"] == "positive")
    nc = Counter((m["provider"], m["kind"]) for m in manifest if m["label"] == "negative")
    ft = Counter((m["label"][:3], m["filetype"]) for m in manifest)
    print("positives: %d files, %d provider/kind pairs, %d providers" % (
        sum(pc.values()), len(pc), len({p for p, _ in pc})))
    for (p, k), c in sorted(pc.items()):
        print("  pos %-18s %-34s %3d" % (p, k, c))
    print("negatives: %d files, %d provider/kind pairs" % (sum(nc.values()), len(nc)))
    for (p, k), c in sorted(nc.items()):
        print("  neg %-18s %-34s %3d" % (p, k, c))
    fts = Counter(m["filetype"] for m in manifest)
    print("file types: %d" % len(fts))
    for (lab, f), c in sorted(ft.items(), key=lambda x: (x[0][1], x[0][0])):
        print("  %-3s %-18s %3d" % (lab, f, c))
    if problems:
        print("SELF-CHECK FAILED (%d problems):" % len(problems))
        for p in problems[:50]:
            print("  " + p)
        return 1
    print("SELF-CHECK OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))



@neg
def n_more_lookalikes():
    o = org()
    v = R.randrange(6)
    if v == 0:
        lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: {{ include \"%s.fullname\" . }}-tls" % app(),
                 "type: kubernetes.io/tls", "data:", "  tls.crt: {{ .Values.tls.certificate | b64enc | quote }}",
                 "  tls.key: {{ .Values.tls.privateKey | b64enc | quote }}", "---", "apiVersion: v1", "kind: Secret",
                 "metadata:", "  name: {{ include \"%s.fullname\" . }}-oidc" % app(), "stringData:",
                 "  client-secret: {{ required \"oidc.clientSecret is required\" .Values.oidc.clientSecret | quote }}"]
        return out("charts/%s/templates/secrets.yaml" % app(), lines, "kubernetes", "helm_template_ref", "helm-template")
    if v == 1:
        lines = ["okta:", "  client:", '    orgUrl: "https://%s.okta.com"' % o, '    authorizationMode: "PrivateKey"',
                 '    clientId: "0oa%s"' % rs(B62, 17), "    scopes:", '      - "okta.users.read"',
                 '    privateKey: "%s"' % pick("/etc/okta/private_key.pem", "${OKTA_PRIVATE_KEY_PATH}", "~/.okta/privateKey.pem")]
        return out("okta.yaml", lines, "okta", "private_key_path", "yaml")
    if v == 2:
        k = ECKey()
        jwk = {"kty": "EC", "kid": guid(), "use": "sig", "crv": "P-256", "x": b64i(k.Q[0], 32), "y": b64i(k.Q[1], 32),
               "d": pick("<redacted>", "REDACTED", "***", "${JWK_D}")}
        lines = ["# signing key template - the real 'd' is injected from Vault at deploy time"] + json.dumps(jwk, indent=2).split("\n")
        return out("config/jwk.template.json", lines, "jwk", "redacted_private_jwk", "json")
    if v == 3:
        lines = ["{", '  "realm": "%s",' % o, '  "components": {', '    "org.keycloak.keys.KeyProvider": [', "      {",
                 '        "name": "rsa-generated",', '        "providerId": "rsa-generated",', '        "config": {',
                 '          "privateKey": ["**********"],', '          "certificate": ["%s"],' % b64(make_cert(FakeRSA(), o)),
                 '          "priority": ["100"]', "        }", "      }", "    ]", "  }", "}"]
        return out("keycloak/partial-export.json", lines, "keycloak", "masked_private_key", "json")
    if v == 4:
        lines = ["$ vault operator unseal", "Unseal Key (will be hidden):", "Key                Value", "---                -----",
                 "Seal Type          shamir", "Initialized        true", "Sealed             false", "Total Shares       5",
                 "Threshold          3", "Version            1.%d.%d" % (R.randint(14, 18), R.randint(0, 5)), "Cluster Name       vault-cluster-%s" % hexs(8),
                 "Cluster ID         %s" % guid(), "HA Enabled         true"]
        return out("docs/runbooks/vault-unseal.md", lines, "vault", "unseal_prompt", "markdown")
    sk, pk = wg_keypair()
    lines = ["---", "wireguard_address: 10.8.0.1/24", "wireguard_port: 51820",
             "wireguard_private_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/wg/%s:private_key') }}\"" % app(),
             "wireguard_public_key: %s" % b64(pk), "wireguard_peers:", "  - name: %s" % R.choice(FIRST),
             "    public_key: %s" % b64(wg_keypair()[1]), "    allowed_ips: 10.8.0.2/32"]
    return out("group_vars/vpn.yml", lines, "wireguard", "vault_lookup_ref", "ansible-vars")
