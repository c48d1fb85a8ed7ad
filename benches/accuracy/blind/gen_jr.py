#!/usr/bin/env python3
"""gen_jr.py -- blind evaluation set: cryptographic keys embedded in code vs. published vectors.

EMPHASIS
    Raw and encoded cryptographic key material written straight into application and
    library code and config: AES-128/256 and ChaCha20/XChaCha20 keys, HMAC secrets,
    Ed25519 seeds, X25519 / WireGuard private keys, secp256k1 private keys (hex, WIF,
    BIP-32 xprv), libsodium/NaCl crypto_box / secretbox keys, Fernet keys, age
    identities, Tink cleartext keysets, JWK private members ("d", "k"), PEM private
    keys (PKCS#1 RSA, SEC1 EC, PKCS#8 Ed25519).  Encodings: hex strings, base64,
    base64url, byte arrays (Go []byte{..}, Rust [u8; 32], C uint8_t[], C# byte[],
    Kotlin byteArrayOf), bytes.fromhex, SecretKeySpec, Convert.FromBase64String,
    crypto.createCipheriv, PEM text blocks.
    "Providers" are the primitives/libraries: aes, chacha20, hmac, ed25519, x25519,
    wireguard, secp256k1, bitcoin, libsodium, fernet, age, tink, jwk, rsa, ec-p256.
    File types: py, go, rs, java, kt, cs, js, ts, mjs, c, h, cpp, swift, json, yml/yaml,
    pem/key/crt, md, toml, properties, XML (.config), conf, sh, Dockerfile, .env (positives
    only, <= 1 in 20), .env.example, rsp, csv, sql, log, tf, asc, go.sum, Cargo.lock.

USAGE
    python3 -B gen_jr.py OUTDIR SEED
    writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line per
    positive: file, needle, 1-based line of the needle's first occurrence; asserted).
    All randomness comes from one random.Random(SEED); output is byte-identical per SEED.

NEEDLE CONVENTIONS
    * Scalar keys (hex, base64, base64url, bech32, WIF, xprv, 0x-hex): the needle is the
      encoded string exactly as written, without quotes, without a "0x" only when the
      file writes none.  secp256k1 keys written "0x..." keep the "0x".
    * HMAC secrets given as text: the text between the quotes.
    * Byte arrays spanning several lines: the needle is the first row of elements as
      written on its line, stripped of indentation and of the trailing comma
      (e.g. "0x3f, 0xa2, ... 0x9c").  Single-row arrays: the whole element list.
    * PEM blocks (in .pem/.key files, YAML block scalars, code text blocks, JSON strings
      with \\n escapes): the needle is the first base64 line of the body (the 64-char
      line right after "-----BEGIN ... PRIVATE KEY-----"; for short Ed25519 PKCS#8 keys
      the whole body line).  The BEGIN line is not the needle.
    * JWK: the value of the "d" (or, for kty "oct", "k") member.
    * Tink cleartext keyset: the "value" of the primary key's keyData (base64 of the
      serialized key proto); in the Java template it sits inside an escaped JSON string.
    * age identity: the whole AGE-SECRET-KEY-1... string.
    * openssl -K argument: the hex key (the -iv value is not secret).
    * Connection-string style is not used in this domain.

NEGATIVES
    Half (250) re-use the positive templates with the key slot holding: placeholders
    (<your-32-byte-key>, YOUR_KEY_HERE, changeme, xxxx..., TODO), empty values,
    masked values (****, [REDACTED]), env/secret-manager references (${VAR},
    {{ .Values.x }}, ${{ secrets.X }}, vault:/op:// paths, env:VAR), all-zero and
    sequential keys (000102..1f), and published example/test keys: RFC 8032 Ed25519
    TEST 1-3 secret keys, RFC 7748 X25519 Alice/Bob keys (= libsodium test keys),
    FIPS-197 / SP 800-38A AES keys, McGrew-Viega GCM test key, RFC 8439 ChaCha20 and
    Poly1305 keys, RFC 7515 A.1 HMAC "k", RFC 7515 A.3 EC "d", RFC 8037 (= RFC 8032
    TEST 1) OKP "d", the wg(8) man-page example private key, the Hardhat/Anvil default
    account #0 key, the BIP-32 test vector 1 master xprv, the Bitcoin wiki WIF example,
    "your-256-bit-secret" (jwt.io default), "Jefe" (RFC 4231 case 2); for PEM slots a
    PUBLIC KEY PEM, an empty value or an env reference.
    The other half (250) are domain look-alikes with no secret: test files under
    test*/ quoting RFC 4231/8439/8032/7748/5869/6070 vectors, NIST CAVP .rsp files and
    SP 800-38A vectors (ciphertexts computed by a built-in AES), Wycheproof-format JSON
    carrying RFC 7748/8032 values, libsodium-style test keys, BIP-32 test vector 1,
    curve constants (secp256k1 p/n/G, Ed25519 base point), AES S-box / SHA-256 K
    tables, public keys (X25519/Ed25519 raw, WireGuard peers, age recipients in
    .sops.yaml, RSA/EC PUBLIC KEY PEM, JWKS without "d", Tink public keysets,
    ssh-ed25519 authorized_keys, xpub), Tink encrypted keysets, SOPS ENC[...] values,
    ansible-vault blobs, key ids / KMS ARNs, nonces/IVs/salts, digests (SHA256SUMS,
    go.sum h1:, npm integrity sha512-, Cargo.lock checksums, image digests), signatures,
    certificates, tx hashes/addresses, UUID/trace-id logs, key-generation code
    (os.urandom, secrets.token_bytes, crypto.randomBytes, rand.Read, Fernet.generate_key,
    wg genkey) and key derivation from env vars (PBKDF2/HKDF/scrypt with env input).
    No negative is written to a .env / .env.* file (only .env.example / .env.sample).

FORMATS CHECKED (search tool, docs/pages/code corpora)
    * Fernet: 32 bytes, URL-safe base64 with padding (44 chars) -- cryptography/pub.dev/
      docs.rs/rubydoc fernet pages ("Fernet key must be 32 url-safe base64-encoded bytes").
    * age: identity = Bech32, HRP "age-secret-key-", upper-cased -> "AGE-SECRET-KEY-1...";
      recipient HRP "age" -> "age1..." (age crate x25519.rs, age-encryption npm docs).
    * WireGuard: PrivateKey/PublicKey/PresharedKey are base64 of 32 bytes (wg(8) text);
      wg(8) example keys yAnz5TF+...= / xTIBA5rb...= confirmed in many repos' tests.
    * Tink: cleartext JSON keyset {"primaryKeyId", "key":[{"keyData":{"typeUrl",
      "value","keyMaterialType"},"status":"ENABLED","keyId","outputPrefixType":"TINK"}]}
      (Tink docs "generate plaintext keyset", tink.proto).  Key protos serialized by hand:
      AesGcmKey{version=1,key_value=3}, HmacKey{version=1,params=2,key_value=3},
      XChaCha20Poly1305Key{version=1,key_value=3}, Ed25519PrivateKey{version=1,
      key_value=2,public_key=3}.
    * RFC 8032 TEST 2/3 keys and signature, RFC 7748 5.2 / 6.1 X25519 values: quoted by
      pages found.  RFC 7515 A.3 "d" = jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI (my
      memory had it wrong; corrected from code search) and A.1 "k" AyM1Sys...CAow.
    * RFC 4231 / RFC 2202 case 1 key 0x0b*20 "Hi There" (pages); digests computed with
      hmac here, never typed in.  Ed25519/X25519 public keys, BIP-32 xprv/xpub, WIF and
      AES ciphertexts are computed by the built-in reference code (RFC 8032 sec. 6 style,
      RFC 7748 ladder, secp256k1 affine arithmetic, FIPS-197 AES) and self-checked
      against the published vectors at start-up.
    * Hardhat/Anvil account #0 key 0xac0974be... confirmed as the public dev key.
    * Search results that were other scanners' rules: none were opened or used.

DOUBTS
    * Context decides the label: a key in src/, config/, deploy/ of a service is a
      positive; the same encoding in test*/, testdata/, docs quoting an RFC is a
      negative.  Negatives re-using positive templates keep the service path; the value
      (placeholder, public example key) is what makes them innocent.  A scanner that
      flags an RFC test key in src/config is arguably not wrong about the code smell.
    * Wycheproof-format files carry RFC 7748/8032 values, not verbatim Wycheproof
      content; NIST .rsp files are VarKey/GFSbox-shaped with values computed here.
    * Generated RSA / EC PEM keys are structurally valid DER (right lengths, OIDs,
      INTEGER layout) but not mathematically consistent keys (no primes); EC public
      points in SEC1 are random bytes, not on-curve.  Ed25519/X25519 keys are genuine.
    * HMAC secrets written as plain text (Go/Java/C#/Swift) are random 32-48 char
      strings: format-free by nature, so detection relies on context.
    * Tink keyId values are random uint32; the serialized protos were written from
      tink.proto field numbers, not checked against a Tinkey output byte by byte.
    * Certificates in the look-alikes are random DER-shaped base64, not parseable X.509.
"""
import base64
import hashlib
import hmac as _hmac
import json
import os
import random
import re
import sys

# ---------------------------------------------------------------- rng helpers
R = None  # random.Random, set in main


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def hx(b):
    return b.hex()


def b64(b):
    return base64.b64encode(b).decode()


def b64u(b, pad=False):
    s = base64.urlsafe_b64encode(b).decode()
    return s if pad else s.rstrip("=")


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rstr(n, alpha=ALNUM):
    return "".join(alpha[R.randrange(len(alpha))] for _ in range(n))


def rhex(n):
    return hx(rb(n))


def ruuid():
    h = rhex(16)
    h = h[:12] + "4" + h[13:16] + "89ab"[R.randrange(4)] + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rows(bs, fmt, per=8):
    out = []
    for i in range(0, len(bs), per):
        out.append(", ".join(fmt(x) for x in bs[i:i + per]))
    return out


def fx(x):
    return "0x%02x" % x


def fX(x):
    return "0x%02X" % x


# ---------------------------------------------------------------- reference crypto
def _rotl8(x, s):
    return ((x << s) | (x >> (8 - s))) & 0xff


def _mk_sbox():
    sbox = [0] * 256
    p = q = 1
    while True:
        p = p ^ ((p << 1) & 0xff) ^ (0x1b if p & 0x80 else 0)
        q ^= q << 1
        q ^= q << 2
        q ^= q << 4
        q &= 0xff
        if q & 0x80:
            q ^= 0x09
        x = q ^ _rotl8(q, 1) ^ _rotl8(q, 2) ^ _rotl8(q, 3) ^ _rotl8(q, 4)
        sbox[p] = x ^ 0x63
        if p == 1:
            break
    sbox[0] = 0x63
    return sbox


SBOX = _mk_sbox()


def _xt(a):
    return ((a << 1) ^ 0x1b) & 0xff if a & 0x80 else a << 1


def aes_encrypt_block(key, block):
    nk = len(key) // 4
    nr = nk + 6
    w = [list(key[4 * i:4 * i + 4]) for i in range(nk)]
    rcon = 1
    for i in range(nk, 4 * (nr + 1)):
        t = list(w[i - 1])
        if i % nk == 0:
            t = t[1:] + t[:1]
            t = [SBOX[v] for v in t]
            t[0] ^= rcon
            rcon = _xt(rcon)
        elif nk > 6 and i % nk == 4:
            t = [SBOX[v] for v in t]
        w.append([w[i - nk][j] ^ t[j] for j in range(4)])
    s = list(block)

    def ark(r):
        for c in range(4):
            for j in range(4):
                s[4 * c + j] ^= w[4 * r + c][j]
    ark(0)
    for r in range(1, nr + 1):
        s = [SBOX[v] for v in s]
        s = [s[(4 * (c + j) + j) % 16] for c in range(4) for j in range(4)]
        if r != nr:
            ns = []
            for c in range(4):
                a = s[4 * c:4 * c + 4]
                tt = a[0] ^ a[1] ^ a[2] ^ a[3]
                ns += [a[j] ^ tt ^ _xt(a[j] ^ a[(j + 1) % 4]) for j in range(4)]
            s = ns
        ark(r)
    return bytes(s)


# Ed25519 (RFC 8032 section 6 style) and X25519 (RFC 7748)
_P = 2 ** 255 - 19
_Q = 2 ** 252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_I = pow(2, (_P - 1) // 4, _P)


def _recover_x(y, sign):
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P)
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P:
        x = x * _I % _P
    if (x & 1) != sign:
        x = _P - x
    return x


_GY = 4 * pow(5, _P - 2, _P) % _P
_GX = _recover_x(_GY, 0)
_G = (_GX, _GY, 1, _GX * _GY % _P)


def _padd(P, Q):
    A = (P[1] - P[0]) * (Q[1] - Q[0]) % _P
    B = (P[1] + P[0]) * (Q[1] + Q[0]) % _P
    C = 2 * P[3] * Q[3] * _D % _P
    D = 2 * P[2] * Q[2] % _P
    E, F, G, H = B - A, D - C, D + C, B + A
    return (E * F % _P, G * H % _P, F * G % _P, E * H % _P)


def _pmul(s, P):
    Q = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            Q = _padd(Q, P)
        P = _padd(P, P)
        s >>= 1
    return Q


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    X, Y, Z, _ = _pmul(a, _G)
    zi = pow(Z, _P - 2, _P)
    x, y = X * zi % _P, Y * zi % _P
    return int.to_bytes(y | ((x & 1) << 255), 32, "little")


def x25519(k, u=9):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    k = int.from_bytes(bytes(k), "little")
    x1, x2, z2, x3, z3, sw = u, 1, 0, u, 1, 0
    a24 = 121665
    for t in range(254, -1, -1):
        kt = (k >> t) & 1
        sw ^= kt
        if sw:
            x2, x3, z2, z3 = x3, x2, z3, z2
        sw = kt
        A = x2 + z2
        AA = A * A
        B = x2 - z2
        BB = B * B
        E = AA - BB
        C = x3 + z3
        D = x3 - z3
        DA = D * A
        CB = C * B
        x3 = (DA + CB) ** 2 % _P
        z3 = x1 * (DA - CB) ** 2 % _P
        x2 = AA * BB % _P
        z2 = E * (AA + a24 * E) % _P
    if sw:
        x2, z2 = x3, z3
    return int.to_bytes(x2 * pow(z2, _P - 2, _P) % _P, 32, "little")


def x25519_pub_from_bytes(k):
    return x25519(k, 9)


def wg_clamp(k):
    k = bytearray(k)
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    return bytes(k)


# secp256k1
_SP = 2 ** 256 - 2 ** 32 - 977
_SN = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141
_SGX = 0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798
_SGY = 0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8


def _sadd(A, B):
    if A is None:
        return B
    if B is None:
        return A
    if A[0] == B[0]:
        if (A[1] + B[1]) % _SP == 0:
            return None
        l = 3 * A[0] * A[0] * pow(2 * A[1], _SP - 2, _SP) % _SP
    else:
        l = (B[1] - A[1]) * pow(B[0] - A[0], _SP - 2, _SP) % _SP
    x = (l * l - A[0] - B[0]) % _SP
    return (x, (l * (A[0] - x) - A[1]) % _SP)


def secp_pub(k):
    Q, P, s = None, (_SGX, _SGY), int.from_bytes(k, "big")
    while s:
        if s & 1:
            Q = _sadd(Q, P)
        P = _sadd(P, P)
        s >>= 1
    return bytes([2 + (Q[1] & 1)]) + Q[0].to_bytes(32, "big")


def secp_key():
    while True:
        k = rb(32)
        if 0 < int.from_bytes(k, "big") < _SN:
            return k


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58check(payload):
    data = payload + hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    n = int.from_bytes(data, "big")
    s = ""
    while n:
        n, m = divmod(n, 58)
        s = B58[m] + s
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + s


def hash160(b):
    try:
        return hashlib.new("ripemd160", hashlib.sha256(b).digest()).digest()
    except ValueError:  # ripemd160 missing from some OpenSSL builds
        return hashlib.sha256(hashlib.sha256(b).digest()).digest()[:20]


def wif(k, compressed=True):
    return b58check(b"\x80" + k + (b"\x01" if compressed else b""))


def xkey(version, depth, fpr, child, chain, keydata):
    return b58check(version + bytes([depth]) + fpr + child.to_bytes(4, "big") + chain + keydata)


XPRV = bytes.fromhex("0488ade4")
XPUB = bytes.fromhex("0488b21e")


def bip32_master(seed):
    I = _hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    k, c = I[:32], I[32:]
    return (xkey(XPRV, 0, b"\0" * 4, 0, c, b"\0" + k), xkey(XPUB, 0, b"\0" * 4, 0, c, secp_pub(k)))


# bech32 (BIP-173), used by age
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
    d5 = []
    for v in data8:
        acc = (acc << 8) | v
        bits += 8
        while bits >= 5:
            bits -= 5
            d5.append((acc >> bits) & 31)
    if bits:
        d5.append((acc << (5 - bits)) & 31)
    hv = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(hv + d5 + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(BECH[d] for d in d5 + chk)


def age_identity(k):
    return bech32_encode("age-secret-key-", k).upper()


def age_recipient(k):
    return bech32_encode("age", x25519_pub_from_bytes(k))


# ---------------------------------------------------------------- ASN.1 / PEM
def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


def der_int(b):
    b = b.lstrip(b"\0") or b"\0"
    if b[0] & 0x80:
        b = b"\0" + b
    return der(0x02, b)


def seq(*parts):
    return der(0x30, b"".join(parts))


def pem(label, d, width=64):
    s = b64(d)
    lines = [s[i:i + width] for i in range(0, len(s), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)


def top(nbytes):
    b = bytearray(rb(nbytes))
    b[0] |= 0x80
    return bytes(b)


def rsa_private_pem(bits=2048):
    n = bytes(top(bits // 8))
    half = bits // 16
    parts = [der_int(b"\0"), der_int(n), der_int(b"\x01\x00\x01"), der_int(top(bits // 8 - 1)),
             der_int(top(half)), der_int(top(half)), der_int(top(half - 1)), der_int(top(half - 1)),
             der_int(top(half - 1))]
    return pem("RSA PRIVATE KEY", seq(*parts))


OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_EC = bytes.fromhex("06072a8648ce3d0201")
OID_ED = bytes.fromhex("06032b6570")
OID_X = bytes.fromhex("06032b656e")
OID_RSA = bytes.fromhex("06092a864886f70d0101010500")


def ec_private_pem():
    k = secp_key()
    pub = b"\x04" + rb(64)
    body = der_int(b"\x01") + der(0x04, k) + der(0xa0, OID_P256) + der(0xa1, der(0x03, b"\0" + pub))
    return pem("EC PRIVATE KEY", der(0x30, body))


def ed25519_private_pem(seed=None):
    seed = seed or rb(32)
    return pem("PRIVATE KEY", seq(der_int(b"\0"), seq(OID_ED), der(0x04, der(0x04, seed))))


def x25519_private_pem():
    return pem("PRIVATE KEY", seq(der_int(b"\0"), seq(OID_X), der(0x04, der(0x04, rb(32)))))


def rsa_public_pem(bits=2048):
    rsapub = seq(der_int(top(bits // 8)), der_int(b"\x01\x00\x01"))
    return pem("PUBLIC KEY", seq(der(0x30, OID_RSA), der(0x03, b"\0" + rsapub)))


def ec_public_pem():
    return pem("PUBLIC KEY", seq(seq(OID_EC, OID_P256), der(0x03, b"\0\x04" + rb(64))))


def ed25519_public_pem():
    return pem("PUBLIC KEY", seq(seq(OID_ED), der(0x03, b"\0" + ed25519_pub(rb(32)))))


def cert_pem():
    return pem("CERTIFICATE", seq(seq(der(0xa0, der_int(b"\x02")), der_int(rb(16)), rb(R.randrange(380, 700)))))


def pem_needle(p):
    return p.split("\n")[1]


# ---------------------------------------------------------------- Tink key protos
def pb_bytes(field, b):
    return bytes([(field << 3) | 2]) + der_len_varint(len(b)) + b


def der_len_varint(n):
    out = b""
    while True:
        x = n & 0x7f
        n >>= 7
        if n:
            out += bytes([x | 0x80])
        else:
            return out + bytes([x])


def tink_aes_gcm(size=32):
    return "type.googleapis.com/google.crypto.tink.AesGcmKey", "SYMMETRIC", b64(pb_bytes(3, rb(size)))


def tink_hmac():
    params = bytes([0x08, 0x03, 0x10, 0x20])  # hash=SHA256, tag_size=32
    return "type.googleapis.com/google.crypto.tink.HmacKey", "SYMMETRIC", b64(pb_bytes(2, params) + pb_bytes(3, rb(32)))


def tink_xchacha():
    return "type.googleapis.com/google.crypto.tink.XChaCha20Poly1305Key", "SYMMETRIC", b64(pb_bytes(3, rb(32)))


def tink_ed25519():
    seed = rb(32)
    pubmsg = pb_bytes(2, ed25519_pub(seed))
    return ("type.googleapis.com/google.crypto.tink.Ed25519PrivateKey", "ASYMMETRIC_PRIVATE",
            b64(pb_bytes(2, seed) + pb_bytes(3, pubmsg)))


def tink_keyset_json(type_url, kmt, value, indent=2):
    kid = R.randrange(10 ** 8, 2 ** 32)
    ks = {"primaryKeyId": kid, "key": [{"keyData": {"typeUrl": type_url, "value": value,
                                                    "keyMaterialType": kmt},
                                        "status": "ENABLED", "keyId": kid, "outputPrefixType": "TINK"}]}
    return json.dumps(ks, indent=indent)


# ---------------------------------------------------------------- published vectors (negatives)
RFC8032_T1 = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
RFC8032_T1_PUB = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
RFC8032_T2 = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"
RFC8032_T2_PUB = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"
RFC8032_T2_SIG = ("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                  "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00")
RFC8032_T3 = "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"
RFC8032_T3_PUB = "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"
RFC7748_ALICE = "77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a"
RFC7748_ALICE_PUB = "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a"
RFC7748_BOB = "5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb"
RFC7748_BOB_PUB = "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f"
RFC7748_SHARED = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"
RFC7748_V1_K = "a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"
RFC7748_V1_U = "e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c"
RFC7748_V1_OUT = "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552"
AES_38A_128 = "2b7e151628aed2a6abf7158809cf4f3c"
AES_38A_256 = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"
AES_38A_PT = "6bc1bee22e409f96e93d7e117393172a"
FIPS197_K = "000102030405060708090a0b0c0d0e0f"
FIPS197_PT = "00112233445566778899aabbccddeeff"
GCM_TC_KEY = "feffe9928665731c6d6a8f9467308308"
GCM_TC_IV = "cafebabefacedbaddecaf888"
SEQ32 = bytes(range(32)).hex()
RFC8439_AEAD_KEY = bytes(range(0x80, 0xa0)).hex()
RFC8439_POLY_KEY = "85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b"
RFC7515_A1_K = "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow"
RFC7515_A3 = {"x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
              "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0",
              "d": "jpsQnnGQmL-YBIffH1136cspYG6-0iY7X1fCE9-E9LI"}
RFC7517_A128KW = "GawgguFyGrWKav7AX4VKUg"
WG_DOC_PRIV = "yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk="
WG_DOC_PUB = "xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg="
WG_DOC_PEER2 = "TrMvSoP4jYQlY6RIzBgbssQqY3vxI2Pi+y71lOWWXX0="
ANVIL_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
ANVIL_0_ADDR = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
BTC_WIKI_KEY = "0c28fca386c7a227600b2fe50b7cae11ec86d3bf1fbe471be89827e19d72aa1d"
BIP32_TV1_SEED = "000102030405060708090a0b0c0d0e0f"


def selfcheck():
    assert aes_encrypt_block(bytes.fromhex(FIPS197_K), bytes.fromhex(FIPS197_PT)).hex() == "69c4e0d86a7b0430d8cdb78070b4c55a"
    assert aes_encrypt_block(bytes.fromhex(AES_38A_128), bytes.fromhex(AES_38A_PT)).hex() == "3ad77bb40d7a3660a89ecaf32466ef97"
    assert ed25519_pub(bytes.fromhex(RFC8032_T1)).hex() == RFC8032_T1_PUB
    assert ed25519_pub(bytes.fromhex(RFC8032_T2)).hex() == RFC8032_T2_PUB
    assert x25519(bytes.fromhex(RFC7748_V1_K), int.from_bytes(bytes.fromhex(RFC7748_V1_U), "little")).hex() == RFC7748_V1_OUT
    assert x25519_pub_from_bytes(bytes.fromhex(RFC7748_ALICE)).hex() == RFC7748_ALICE_PUB
    assert wif(bytes.fromhex(BTC_WIKI_KEY), False) == "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
    xp, xq = bip32_master(bytes.fromhex(BIP32_TV1_SEED))
    assert xp.startswith("xprv9s21ZrQH143K") and xq.startswith("xpub661MyMwAqRbc"), (xp, xq)


# ---------------------------------------------------------------- small realism pools
SVC = ["billing", "ledger", "notify", "orders", "identity", "payments", "telemetry", "gateway",
       "sync", "inventory", "audit", "search", "media", "checkout", "reports", "session"]
ORG = ["acme", "northwind", "contoso", "globex", "initech", "hooli", "vandelay", "tyrell", "wonka", "stark"]
HOSTS = ["db.internal", "10.20.0.15", "cache.svc.cluster.local", "api.example.com", "queue.internal"]


def fill(s, **kw):
    for k, v in kw.items():
        s = s.replace("@" + k + "@", str(v))
    return s


def svc():
    return pick(SVC)


def org():
    return pick(ORG)


def ver():
    return "%d.%d.%d" % (R.randrange(0, 5), R.randrange(0, 20), R.randrange(0, 30))


def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.startswith("Dockerfile."):
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if "." not in base:
        return "text"
    return base.rsplit(".", 1)[-1].lower()


# ---------------------------------------------------------------- positive slot generators
def _d(v, n=None, **kw):
    d = {"v": v, "n": v if n is None else n}
    d.update(kw)
    return d


def g_ed_seed():
    s = rb(32)
    return _d(hx(s), pub=hx(ed25519_pub(s)), raw=s)


def g_ed_jwk():
    s = rb(32)
    return _d(b64u(s), x=b64u(ed25519_pub(s)))


def g_ec_jwk():
    return _d(b64u(secp_key()), x=b64u(rb(32)), y=b64u(rb(32)))


def g_wg():
    k = wg_clamp(rb(32))
    return _d(b64(k), pub=b64(x25519_pub_from_bytes(k)))


def g_x25519_b64():
    k = rb(32)
    return _d(b64(k), pub=b64(x25519_pub_from_bytes(k)))


def g_age():
    k = rb(32)
    return _d(age_identity(k), pub=age_recipient(k))


def g_xprv():
    k = secp_key()
    return _d(xkey(XPRV, 3, rb(4), 0x80000000 + R.randrange(0, 5), rb(32), b"\0" + k))


def g_pem(fn):
    def g():
        p = fn()
        return _d(p, pem_needle(p))
    return g


def g_tink(fn):
    def g():
        t, k, v = fn()
        return _d(v, type_url=t, kmt=k)
    return g


SLOT_GEN = {
    "hex16": lambda: _d(rhex(16)),
    "hex32": lambda: _d(rhex(32)),
    "hex64": lambda: _d(rhex(64)),
    "b64_16": lambda: _d(b64(rb(16))),
    "b64_32": lambda: _d(b64(rb(32))),
    "b64_64": lambda: _d(b64(rb(64))),
    "b64u_32": lambda: _d(b64u(rb(32))),
    "fernet": lambda: _d(b64u(rb(32), pad=True)),
    "ed_seed": g_ed_seed,
    "ed_jwk": g_ed_jwk,
    "ec_jwk": g_ec_jwk,
    "jwk_k": lambda: _d(b64u(rb(R.choice([32, 48, 64])))),
    "wg": g_wg,
    "x25519": g_x25519_b64,
    "age": g_age,
    "eth": lambda: _d("0x" + hx(secp_key())),
    "sechex": lambda: _d(hx(secp_key())),
    "wif": lambda: _d(wif(secp_key())),
    "xprv": g_xprv,
    "ascii": lambda: _d(rstr(R.choice([32, 40, 48, 64]))),
    "arr32": lambda: _d(rb(32)),
    "arr16": lambda: _d(rb(16)),
    "pem_rsa": g_pem(rsa_private_pem),
    "pem_ec": g_pem(ec_private_pem),
    "pem_ed": g_pem(ed25519_private_pem),
    "pem_any": g_pem(lambda: pick([rsa_private_pem, ec_private_pem, ed25519_private_pem])()),
    "tink_aes": g_tink(lambda: tink_aes_gcm(pick([16, 32]))),
    "tink_hmac": g_tink(tink_hmac),
    "tink_xchacha": g_tink(tink_xchacha),
    "tink_ed": g_tink(tink_ed25519),
}

# ---------------------------------------------------------------- negative slot values
PH_COMMON = ["<your-key>", "YOUR_KEY_HERE", "changeme", "CHANGE_ME", "", "****", "********",
             "[REDACTED]", "<redacted>", "${APP_ENCRYPTION_KEY}", "${SIGNING_KEY}",
             "{{ .Values.crypto.key }}", "${{ secrets.DATA_KEY }}", "vault:secret/data/crypto#key",
             "op://Production/app-crypto/key", "env:MASTER_KEY", "TODO", "REPLACE_WITH_GENERATED_KEY",
             "<generate with: openssl rand -base64 32>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
             "{{DATA_KEY}}", "%DATA_KEY%", "#{crypto.key}", "<set-in-secret-manager>"]


def _neg_pool(slot):
    z = lambda n: bytes(n)
    if slot == "hex16":
        return ["00" * 16, FIPS197_K, AES_38A_128, GCM_TC_KEY, "<32-hex-chars>", "x" * 32]
    if slot == "hex32":
        return ["00" * 32, SEQ32, RFC8032_T1, RFC8032_T2, RFC8032_T3, RFC7748_ALICE, RFC7748_BOB,
                AES_38A_256, RFC8439_AEAD_KEY, RFC8439_POLY_KEY, "<64-hex-chars>", "0" * 64]
    if slot == "hex64":
        return ["0b" * 20, "aa" * 131, bytes(range(64)).hex(), "00" * 64, "<128-hex-chars>"]
    if slot == "b64_16":
        return [b64(z(16)), b64(bytes.fromhex(FIPS197_K)), b64(bytes.fromhex(AES_38A_128)), "<base64-16-bytes>"]
    if slot in ("b64_32", "x25519"):
        return [b64(z(32)), b64(bytes(range(32))), b64(bytes.fromhex(RFC7748_ALICE)),
                b64(bytes.fromhex(RFC7748_BOB)), b64(bytes.fromhex(AES_38A_256)), "<base64-32-bytes>"]
    if slot == "b64_64":
        return [b64(z(64)), b64(bytes(range(64))), "<base64-64-bytes>"]
    if slot in ("b64u_32", "jwk_k"):
        return [RFC7515_A1_K, RFC7517_A128KW, b64u(z(32)), "<base64url-key>"]
    if slot == "fernet":
        return [b64u(z(32), True), b64u(bytes(range(32)), True), "<output of Fernet.generate_key()>"]
    if slot == "ed_seed":
        return [_d(RFC8032_T1, pub=RFC8032_T1_PUB), _d(RFC8032_T2, pub=RFC8032_T2_PUB),
                _d(RFC8032_T3, pub=RFC8032_T3_PUB), _d("00" * 32, pub=hx(ed25519_pub(z(32)))),
                _d(SEQ32, pub=hx(ed25519_pub(bytes(range(32))))), "<ed25519-seed-hex>"]
    if slot == "ed_jwk":
        return [_d(b64u(bytes.fromhex(RFC8032_T1)), x=b64u(bytes.fromhex(RFC8032_T1_PUB))), "<private-d>"]
    if slot == "ec_jwk":
        return [_d(RFC7515_A3["d"], x=RFC7515_A3["x"], y=RFC7515_A3["y"]), "<private-d>"]
    if slot == "wg":
        return [_d(WG_DOC_PRIV, pub=WG_DOC_PUB), "<server-private-key>", "(hidden)", "<output of wg genkey>"]
    if slot == "age":
        return ["AGE-SECRET-KEY-1...", "AGE-SECRET-KEY-1" + "X" * 58, "${SOPS_AGE_KEY}", "<age-identity>"]
    if slot == "eth":
        return [ANVIL_0, "0x" + "0" * 64, "0xYOUR_PRIVATE_KEY", "${DEPLOYER_PRIVATE_KEY}", "0x" + "0" * 63 + "1"]
    if slot == "sechex":
        return [ANVIL_0[2:], BTC_WIKI_KEY, "0" * 63 + "1", "<hex-private-key>"]
    if slot == "wif":
        return [wif(bytes.fromhex(BTC_WIKI_KEY), False), wif(bytes.fromhex(BTC_WIKI_KEY)), "<WIF>"]
    if slot == "xprv":
        return [bip32_master(bytes.fromhex(BIP32_TV1_SEED))[0], "xprv...", "<extended-private-key>"]
    if slot == "ascii":
        return ["your-256-bit-secret", "Jefe", "secret", "changeme", "dev-only-not-secret", "key", "${HMAC_SECRET}"]
    if slot == "arr32":
        return [z(32), bytes(range(32)), bytes.fromhex(RFC7748_ALICE), bytes.fromhex(RFC8032_T1),
                bytes.fromhex(RFC8439_AEAD_KEY), bytes([0x42] * 32)]
    if slot == "arr16":
        return [z(16), bytes(range(16)), bytes.fromhex(FIPS197_K), bytes.fromhex(AES_38A_128), bytes.fromhex(GCM_TC_KEY)]
    if slot.startswith("pem"):
        pub = {"pem_rsa": rsa_public_pem, "pem_ec": ec_public_pem, "pem_ed": ed25519_public_pem}.get(slot, rsa_public_pem)
        return [pub(), "", "${SIGNING_KEY_PEM}", "<paste the PEM-encoded private key here>", "[REDACTED]"]
    if slot.startswith("tink"):
        out = ["", "<base64-serialized-key>", "[REDACTED]"]
        if slot == "tink_ed":
            out.append(_d(b64(pb_bytes(2, ed25519_pub(rb(32)))),
                          type_url="type.googleapis.com/google.crypto.tink.Ed25519PublicKey", kmt="ASYMMETRIC_PUBLIC"))
        return out
    return []


def neg_value(slot):
    pool = _neg_pool(slot)
    arr = slot.startswith("arr")
    if not arr and not slot.startswith("pem") and chance(0.45):
        v = pick(PH_COMMON)
    else:
        v = pick(pool)
    if isinstance(v, dict):
        return v
    d = _d(v)
    # keep extras present so templates never need a secret to render
    if slot == "ed_seed":
        d["pub"] = rhex(32)
    if slot in ("ed_jwk", "ec_jwk"):
        d["x"], d["y"] = b64u(rb(32)), b64u(rb(32))
    if slot in ("wg", "x25519", "age"):
        d["pub"] = b64(rb(32)) if slot != "age" else bech32_encode("age", rb(32))
    if slot.startswith("tink"):
        g = SLOT_GEN[slot]()
        d["type_url"], d["kmt"] = g["type_url"], g["kmt"]
    return d


# ---------------------------------------------------------------- positive templates
POS = []


def pos(provider, kind, slot, w=1.0):
    def deco(f):
        POS.append({"f": f, "provider": provider, "kind": kind, "slot": slot, "w": w, "name": f.__name__})
        return f
    return deco


def indent(text, n):
    pad = " " * n
    return "\n".join(pad + l if l else l for l in text.split("\n"))


@pos("aes", "symmetric_key", "hex32")
def p_py_aesgcm(v):
    s = svc()
    t = fill('''"""Field-level encryption for the @S@ service."""
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

# AES-256-GCM data key used for the customer PII columns
AES_KEY = bytes.fromhex("@K@")
NONCE_SIZE = 12


def encrypt_field(plaintext: str, aad: bytes = b"@S@") -> bytes:
    nonce = os.urandom(NONCE_SIZE)
    return nonce + AESGCM(AES_KEY).encrypt(nonce, plaintext.encode(), aad)


def decrypt_field(blob: bytes, aad: bytes = b"@S@") -> str:
    nonce, ct = blob[:NONCE_SIZE], blob[NONCE_SIZE:]
    return AESGCM(AES_KEY).decrypt(nonce, ct, aad).decode()
''', S=s, K=v["v"])
    return "src/%s/crypto.py" % s, t, None


@pos("fernet", "symmetric_key", "fernet")
def p_py_fernet_settings(v):
    s = svc()
    t = fill('''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["@S@.@O@.io", "localhost"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "rest_framework",
    "@S@",
]

# symmetric key for django-fernet-fields (encrypted model fields)
FERNET_KEYS = [
    "@K@",
]

TIME_ZONE = "UTC"
USE_TZ = True
''', S=s, O=org(), K=v["v"])
    return "services/%s/%s/settings.py" % (s, s), t, None


@pos("hmac", "hmac_secret", "ascii")
def p_py_hmac_positional(v):
    t = fill('''import hashlib
import hmac
import time


def sign_callback(body: bytes, ts: int | None = None) -> str:
    ts = ts or int(time.time())
    msg = b"%d." % ts + body
    mac = hmac.new(b"@K@", msg, hashlib.sha256)
    return "t=%d,v1=%s" % (ts, mac.hexdigest())


def verify_callback(header: str, body: bytes) -> bool:
    parts = dict(p.split("=", 1) for p in header.split(","))
    expected = sign_callback(body, int(parts["t"]))
    return hmac.compare_digest(expected, header)
''', K=v["v"])
    return "app/webhooks/signing.py", t, None


@pos("ed25519", "private_key_raw", "ed_seed")
def p_py_ed25519(v):
    t = fill('''from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# release signing key (public half published as @PUB@)
_SIGNER = Ed25519PrivateKey.from_private_bytes(
    bytes.fromhex("@K@")
)


def sign_manifest(data: bytes) -> bytes:
    return _SIGNER.sign(data)
''', K=v["v"], PUB=v["pub"])
    return "tools/release/signer.py", t, None


@pos("secp256k1", "private_key_raw", "eth")
def p_py_eth(v):
    t = fill('''from eth_account import Account
from web3 import Web3

RPC_URL = "https://eth.llamarpc.com"
CHAIN_ID = 1
PRIVATE_KEY = "@K@"

w3 = Web3(Web3.HTTPProvider(RPC_URL))
acct = Account.from_key(PRIVATE_KEY)


def send_payout(to: str, wei: int) -> str:
    tx = {"to": to, "value": wei, "nonce": w3.eth.get_transaction_count(acct.address),
          "gas": 21000, "maxFeePerGas": w3.to_wei(40, "gwei"),
          "maxPriorityFeePerGas": w3.to_wei(2, "gwei"), "chainId": CHAIN_ID}
    signed = acct.sign_transaction(tx)
    return w3.eth.send_raw_transaction(signed.raw_transaction).hex()
''', K=v["v"], PID=rhex(16))
    return "src/treasury/payouts.py", t, None


@pos("libsodium", "symmetric_key", "b64_32")
def p_py_secretbox(v):
    t = fill('''import base64

import nacl.secret
import nacl.utils

_box = nacl.secret.SecretBox(base64.b64decode("@K@"))


def seal(data: bytes) -> bytes:
    return _box.encrypt(data)


def unseal(blob: bytes) -> bytes:
    return _box.decrypt(blob)
''', K=v["v"])
    return "app/config/prod_crypto.py", t, None


@pos("jwk", "jwk_private", "ec_jwk")
def p_py_jwk_dict(v):
    t = fill('''from jwcrypto import jwk, jwt

SIGNING_JWK = {
    "kty": "EC",
    "crv": "P-256",
    "kid": "@KID@",
    "use": "sig",
    "x": "@X@",
    "y": "@Y@",
    "d": "@K@",
}

_key = jwk.JWK(**SIGNING_JWK)


def issue(claims: dict) -> str:
    tok = jwt.JWT(header={"alg": "ES256", "kid": SIGNING_JWK["kid"]}, claims=claims)
    tok.make_signed_token(_key)
    return tok.serialize()
''', K=v["v"], X=v["x"], Y=v["y"], KID=rhex(8))
    return "backend/auth/jwt_keys.py", t, None


@pos("x25519", "private_key_raw", "x25519")
def p_py_x25519(v):
    t = fill('''import base64

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives import hashes

_k = X25519PrivateKey.from_private_bytes(base64.b64decode("@K@"))


def session_key(peer_pub_b64: str) -> bytes:
    peer = X25519PublicKey.from_public_bytes(base64.b64decode(peer_pub_b64))
    shared = _k.exchange(peer)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"handshake").derive(shared)
''', K=v["v"])
    return "src/transport/x25519.py", t, None


@pos("rsa", "private_key_pem", "pem_rsa")
def p_py_pem_settings(v):
    t = fill('''import datetime

JWT_ALGORITHM = "RS256"
JWT_EXPIRY = datetime.timedelta(minutes=15)
JWT_ISSUER = "https://auth.@O@.io"

JWT_PRIVATE_KEY = """@K@
"""
''', O=org(), K=v["v"])
    return "app/settings/base.py", t, None


@pos("chacha20", "symmetric_key", "hex32")
def p_py_chacha_neutral(v):
    t = fill('''import os
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

cfg_blob = "@K@"
_aead = ChaCha20Poly1305(bytes.fromhex(cfg_blob))


def wrap(b: bytes) -> bytes:
    n = os.urandom(12)
    return n + _aead.encrypt(n, b, None)
''', K=v["v"])
    return "src/cachewrap/aead.py", t, None


# -- Go
@pos("aes", "symmetric_key", "arr32")
def p_go_bytes(v):
    rs = rows(v["v"], fx, 8)
    body = "\n".join("\t" + r + "," for r in rs)
    t = fill('''package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"io"
)

// aesKey protects session blobs written to Redis.
var aesKey = []byte{
@B@
}

func Seal(plain []byte) ([]byte, error) {
	block, err := aes.NewCipher(aesKey)
	if err != nil {
		return nil, err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return nil, err
	}
	return gcm.Seal(nonce, nonce, plain, nil), nil
}
''', B=body)
    return "internal/crypto/keys.go", t, rs[0]


@pos("hmac", "hmac_secret", "ascii")
def p_go_hmac(v):
    t = fill('''package auth

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
)

func VerifySignature(r *http.Request, body []byte) bool {
	mac := hmac.New(sha256.New, []byte("@K@"))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	return hmac.Equal([]byte(want), []byte(r.Header.Get("X-Signature")))
}
''', K=v["v"])
    return "internal/auth/hmac.go", t, None


@pos("ed25519", "private_key_raw", "ed_seed")
def p_go_ed25519(v):
    t = fill('''package sign

import (
	"crypto/ed25519"
	"encoding/hex"
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

var signer = ed25519.NewKeyFromSeed(mustHex("@K@"))

// Sign signs an update manifest.
func Sign(m []byte) []byte { return ed25519.Sign(signer, m) }
''', K=v["v"])
    return "pkg/sign/ed25519.go", t, None


@pos("chacha20", "symmetric_key", "hex32")
def p_go_xchacha(v):
    s = svc()
    t = fill('''package main

import (
	"encoding/hex"
	"log"
	"net/http"

	"golang.org/x/crypto/chacha20poly1305"
)

func main() {
	key, _ := hex.DecodeString("@K@")
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		log.Fatal(err)
	}
	srv := newServer(aead, "@S@")
	log.Fatal(http.ListenAndServe(":8080", srv))
}
''', K=v["v"], S=s)
    return "cmd/%s/main.go" % s, t, None


@pos("wireguard", "private_key_raw", "wg")
def p_go_wgtypes(v):
    t = fill('''package wg

import (
	"net"

	"golang.zx2c4.com/wireguard/wgctrl/wgtypes"
)

func DeviceConfig() (wgtypes.Config, error) {
	priv, err := wgtypes.ParseKey("@K@")
	if err != nil {
		return wgtypes.Config{}, err
	}
	port := 51820
	_, allowed, _ := net.ParseCIDR("10.66.0.0/16")
	peer, _ := wgtypes.ParseKey("@PUB@")
	return wgtypes.Config{
		PrivateKey: &priv,
		ListenPort: &port,
		Peers:      []wgtypes.PeerConfig{{PublicKey: peer, AllowedIPs: []net.IPNet{*allowed}}},
	}, nil
}
''', K=v["v"], PUB=b64(x25519_pub_from_bytes(rb(32))))
    return "internal/wg/config.go", t, None


@pos("ec-p256", "private_key_pem", "pem_ec")
def p_go_pem_const(v):
    t = fill('''package keys

import (
	"crypto/x509"
	"encoding/pem"
)

const privPEM = `@K@
`

func Signer() (any, error) {
	blk, _ := pem.Decode([]byte(privPEM))
	return x509.ParseECPrivateKey(blk.Bytes)
}
''', K=v["v"])
    return "internal/keys/signer.go", t, None


# -- Rust
@pos("aes", "symmetric_key", "arr32")
def p_rs_const(v):
    rs = rows(v["v"], fx, 8)
    body = "\n".join("    " + r + "," for r in rs)
    t = fill('''use aes_gcm::{aead::Aead, Aes256Gcm, KeyInit, Nonce};

/// Key for the on-disk cache encryption.
const MASTER_KEY: [u8; 32] = [
@B@
];

pub fn open(blob: &[u8]) -> Option<Vec<u8>> {
    let cipher = Aes256Gcm::new_from_slice(&MASTER_KEY).ok()?;
    let (nonce, ct) = blob.split_at(12);
    cipher.decrypt(Nonce::from_slice(nonce), ct).ok()
}
''', B=body)
    return "src/crypto.rs", t, rs[0]


@pos("aes", "symmetric_key", "hex32")
def p_rs_hex_macro(v):
    t = fill('''use aes_gcm::{Aes256Gcm, Key, KeyInit};
use hex_literal::hex;

pub struct Config {
    pub listen: String,
    pub cipher: Aes256Gcm,
}

impl Config {
    pub fn load() -> Self {
        let key = Key::<Aes256Gcm>::from_slice(&hex!("@K@"));
        Config { listen: "0.0.0.0:7000".into(), cipher: Aes256Gcm::new(key) }
    }
}
''', K=v["v"])
    return "src/config.rs", t, None


@pos("ed25519", "private_key_raw", "arr32")
def p_rs_dalek(v):
    rs = rows(v["v"], fx, 16)
    body = "\n".join("        " + r + "," for r in rs)
    t = fill('''use ed25519_dalek::{Signer, SigningKey};

pub fn node_identity() -> SigningKey {
    SigningKey::from_bytes(&[
@B@
    ])
}

pub fn sign_heartbeat(msg: &[u8]) -> [u8; 64] {
    node_identity().sign(msg).to_bytes()
}
''', B=body)
    return "src/signer.rs", t, rs[0]


@pos("age", "private_key_raw", "age")
def p_rs_age(v):
    t = fill('''use std::io::Read;

pub fn decrypt_backup(ciphertext: &[u8]) -> anyhow::Result<Vec<u8>> {
    let identity: age::x25519::Identity = "@K@"
        .parse()
        .map_err(|e: &str| anyhow::anyhow!(e))?;
    let decryptor = age::Decryptor::new(ciphertext)?;
    let mut reader = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity))?;
    let mut out = Vec::new();
    reader.read_to_end(&mut out)?;
    Ok(out)
}
''', K=v["v"])
    return "src/backup/age_ident.rs", t, None


@pos("secp256k1", "private_key_raw", "sechex")
def p_rs_secp(v):
    t = fill('''use secp256k1::{Message, Secp256k1, SecretKey};

pub fn oracle_sign(digest: [u8; 32]) -> secp256k1::ecdsa::Signature {
    let secp = Secp256k1::new();
    let sk = SecretKey::from_slice(&hex::decode("@K@").unwrap()).unwrap();
    secp.sign_ecdsa(&Message::from_digest(digest), &sk)
}
''', K=v["v"])
    return "src/oracle/eth.rs", t, None


# -- Java / Kotlin
def jpkg():
    return "com.%s.%s" % (org(), svc())


@pos("aes", "symmetric_key", "b64_32")
def p_java_secretkeyspec(v):
    p = jpkg()
    t = fill('''package @P@.crypto;

import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

public final class AesConfig {
    private static final SecretKey KEY =
        new SecretKeySpec(Base64.getDecoder().decode("@K@"), "AES");

    private AesConfig() {}

    public static Cipher decryptor(byte[] iv) throws Exception {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.DECRYPT_MODE, KEY, new GCMParameterSpec(128, iv));
        return c;
    }
}
''', P=p, K=v["v"])
    return "src/main/java/%s/crypto/AesConfig.java" % p.replace(".", "/"), t, None


@pos("hmac", "hmac_secret", "ascii")
def p_java_hmac_const(v):
    p = jpkg()
    t = fill('''package @P@.security;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class HmacSigner {
    private static final String HMAC_SECRET = "@K@";

    public String sign(String payload) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HMAC_SECRET.getBytes(UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(UTF_8)));
    }
}
''', P=p, K=v["v"])
    return "src/main/java/%s/security/HmacSigner.java" % p.replace(".", "/"), t, None


@pos("rsa", "private_key_pem", "pem_any")
def p_java_textblock(v):
    p = jpkg()
    t = fill('''package @P@.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class JwtConfig {
    static final String SIGNING_KEY = """
@K@
        """;

    @Bean
    public JwtSigner jwtSigner() {
        return JwtSigner.fromPem(SIGNING_KEY, "@KID@");
    }
}
''', P=p, K=indent(v["v"], 8), KID=ruuid())
    return "src/main/java/%s/config/JwtConfig.java" % p.replace(".", "/"), t, None


@pos("tink", "tink_keyset", "tink_aes")
def p_java_tink_string(v):
    p = jpkg()
    kid = R.randrange(10 ** 8, 2 ** 32)
    js = ('{\\"primaryKeyId\\":%d,\\"key\\":[{\\"keyData\\":{\\"typeUrl\\":\\"%s\\",\\"value\\":\\"%s\\",'
          '\\"keyMaterialType\\":\\"%s\\"},\\"status\\":\\"ENABLED\\",\\"keyId\\":%d,\\"outputPrefixType\\":\\"TINK\\"}]}'
          % (kid, v["type_url"], v["v"], v["kmt"], kid))
    t = fill('''package @P@.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;

public final class TinkKeys {
    private static final String KEYSET = "@J@";

    public static Aead aead() throws Exception {
        AeadConfig.register();
        KeysetHandle h = TinkJsonProtoKeysetFormat.parseKeyset(KEYSET, InsecureSecretKeyAccess.get());
        return h.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }
}
''', P=p, J=js)
    return "src/main/java/%s/crypto/TinkKeys.java" % p.replace(".", "/"), t, None


@pos("aes", "symmetric_key", "b64_32")
def p_spring_yaml(v):
    s = svc()
    t = fill('''spring:
  application:
    name: @S@-service
  datasource:
    url: jdbc:postgresql://@H@:5432/@S@
    username: @S@_app
    hikari:
      maximum-pool-size: 10
server:
  port: 8080
app:
  crypto:
    algorithm: AES/GCM/NoPadding
    aes-key: @K@
    key-version: 3
management:
  endpoints:
    web:
      exposure:
        include: health,info
''', S=s, H=pick(HOSTS), K=v["v"])
    return "src/main/resources/application.yml", t, None


@pos("aes", "symmetric_key", "hex32")
def p_kt_hex(v):
    p = jpkg()
    t = fill('''package @P@.di

import javax.crypto.spec.SecretKeySpec

@OptIn(ExperimentalStdlibApi::class)
object CryptoModule {
    private val KEY_BYTES = "@K@".hexToByteArray()

    val dbKey = SecretKeySpec(KEY_BYTES, "AES")
}
''', P=p, K=v["v"])
    return "app/src/main/java/%s/di/CryptoModule.kt" % p.replace(".", "/"), t, None


@pos("aes", "symmetric_key", "b64_16")
def p_kt_android(v):
    p = jpkg()
    t = fill('''package @P@.storage

import android.util.Base64
import javax.crypto.Cipher
import javax.crypto.spec.IvParameterSpec
import javax.crypto.spec.SecretKeySpec

class SessionCipher {
    private val key = SecretKeySpec(Base64.decode("@K@", Base64.DEFAULT), "AES")

    fun decrypt(iv: ByteArray, data: ByteArray): ByteArray {
        val c = Cipher.getInstance("AES/CBC/PKCS5Padding")
        c.init(Cipher.DECRYPT_MODE, key, IvParameterSpec(iv))
        return c.doFinal(data)
    }
}
''', P=p, K=v["v"])
    return "app/src/main/java/%s/storage/SessionCipher.kt" % p.replace(".", "/"), t, None


@pos("secp256k1", "private_key_raw", "sechex")
def p_kt_web3j(v):
    p = jpkg()
    t = fill('''package @P@.chain

import java.math.BigInteger
import org.web3j.crypto.Credentials
import org.web3j.crypto.ECKeyPair

object HotWallet {
    val credentials: Credentials = Credentials.create(
        ECKeyPair.create(BigInteger("@K@", 16))
    )
}
''', P=p, K=v["v"])
    return "src/main/kotlin/%s/chain/HotWallet.kt" % p.replace(".", "/"), t, None


# -- C#
@pos("aes", "symmetric_key", "b64_32")
def p_cs_frombase64(v):
    o = org().capitalize()
    t = fill('''using System;
using System.Security.Cryptography;

namespace @O@.Api.Services
{
    public sealed class TokenCipher
    {
        private static readonly byte[] Key = Convert.FromBase64String("@K@");

        public byte[] Protect(byte[] data)
        {
            using var aes = new AesGcm(Key, 16);
            var nonce = RandomNumberGenerator.GetBytes(12);
            var ct = new byte[data.Length];
            var tag = new byte[16];
            aes.Encrypt(nonce, data, ct, tag);
            return Combine(nonce, ct, tag);
        }

        private static byte[] Combine(params byte[][] parts) => parts.SelectMany(p => p).ToArray();
    }
}
''', O=o, K=v["v"])
    return "src/%s.Api/Services/TokenCipher.cs" % o, t, None


@pos("hmac", "hmac_secret", "ascii")
def p_cs_hmac(v):
    o = org().capitalize()
    t = fill('''using System.Security.Cryptography;
using System.Text;

namespace @O@.Api.Security;

public static class WebhookValidator
{
    public static bool IsValid(string body, string signature)
    {
        using var h = new HMACSHA256(Encoding.UTF8.GetBytes("@K@"));
        var mac = Convert.ToHexString(h.ComputeHash(Encoding.UTF8.GetBytes(body)));
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(mac), Encoding.ASCII.GetBytes(signature.ToUpperInvariant()));
    }
}
''', O=o, K=v["v"])
    return "src/%s.Api/Security/WebhookValidator.cs" % o, t, None


@pos("aes", "symmetric_key", "b64_32")
def p_cs_appsettings(v):
    t = json.dumps({
        "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
        "AllowedHosts": "*",
        "ConnectionStrings": {"Default": "Server=%s;Database=%s;Trusted_Connection=True;" % (pick(HOSTS), svc())},
        "Encryption": {"Algorithm": "AES-256-GCM", "Key": v["v"], "KeyVersion": R.randrange(1, 9)},
    }, indent=2) + "\n"
    return "src/%s.Api/appsettings.Production.json" % org().capitalize(), t, None


@pos("aes", "symmetric_key", "arr16")
def p_cs_bytearray(v):
    rs = rows(v["v"], fX, 8)
    body = "\n".join("            " + r + "," for r in rs)
    t = fill('''namespace Worker.Licensing
{
    internal static class Keys
    {
        internal static readonly byte[] LicenseKey =
        {
@B@
        };
    }
}
''', B=body)
    return "src/Worker/Licensing/Keys.cs", t, rs[0]


# -- JavaScript / TypeScript
@pos("aes", "symmetric_key", "hex32")
def p_js_createcipheriv(v):
    t = fill('''const crypto = require('crypto');

const ALGO = 'aes-256-gcm';

function encrypt(text) {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv(ALGO, Buffer.from('@K@', 'hex'), iv);
  const enc = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), enc]).toString('base64');
}

module.exports = { encrypt };
''', K=v["v"])
    return "src/lib/crypto.js", t, None


@pos("aes", "symmetric_key", "b64_32")
def p_ts_session(v):
    t = fill('''import { createDecipheriv } from "node:crypto";

export const SESSION_KEY = Buffer.from("@K@", "base64");

export function readSession(cookie: string): Record<string, unknown> {
  const raw = Buffer.from(cookie, "base64url");
  const iv = raw.subarray(0, 12);
  const tag = raw.subarray(12, 28);
  const d = createDecipheriv("aes-256-gcm", SESSION_KEY, iv);
  d.setAuthTag(tag);
  return JSON.parse(Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString());
}
''', K=v["v"])
    return "src/server/session.ts", t, None


@pos("libsodium", "private_key_raw", "b64_32")
def p_ts_nacl(v):
    t = fill('''import nacl from "tweetnacl";
import { decodeBase64, encodeBase64 } from "tweetnacl-util";

const serverKeys = nacl.box.keyPair.fromSecretKey(decodeBase64("@K@"));

export const SERVER_PUBLIC_KEY = encodeBase64(serverKeys.publicKey);

export function openFromClient(msg: Uint8Array, nonce: Uint8Array, clientPk: Uint8Array) {
  return nacl.box.open(msg, nonce, clientPk, serverKeys.secretKey);
}
''', K=v["v"])
    return "src/lib/nacl.ts", t, None


@pos("jwk", "jwk_private", "ed_jwk")
def p_ts_jwk(v):
    t = fill('''import { importJWK, SignJWT } from "jose";

const privateJwk = {
  kty: "OKP",
  crv: "Ed25519",
  kid: "@KID@",
  x: "@X@",
  d: "@K@",
};

export async function mintToken(sub: string) {
  const key = await importJWK(privateJwk, "EdDSA");
  return new SignJWT({ sub }).setProtectedHeader({ alg: "EdDSA", kid: privateJwk.kid }).setExpirationTime("10m").sign(key);
}
''', K=v["v"], X=v["x"], KID=rhex(6))
    return "src/auth/jwks.ts", t, None


@pos("secp256k1", "private_key_raw", "eth")
def p_js_ethers(v):
    t = fill('''const { ethers } = require("ethers");

async function main() {
  const provider = new ethers.JsonRpcProvider("https://rpc.sepolia.org");
  const wallet = new ethers.Wallet("@K@", provider);
  const factory = await ethers.getContractFactory("Vault", wallet);
  const vault = await factory.deploy();
  console.log("Vault deployed to", await vault.getAddress());
}

main().catch((e) => { console.error(e); process.exit(1); });
''', K=v["v"], PID=rhex(16))
    return "scripts/deploy-vault.js", t, None


@pos("hmac", "hmac_secret", "hex64")
def p_mjs_export(v):
    t = fill('''// Shared constants for the edge functions
export const REGION = "eu-west-1";
export const CACHE_TTL = 300;
export const HMAC_KEY = "@K@";
export const ALLOWED_ORIGINS = ["https://@O@.io", "https://www.@O@.io"];
''', K=v["v"], O=org())
    return "src/config/keys.mjs", t, None


# -- C / C++
@pos("aes", "symmetric_key", "arr32")
def p_c_array(v):
    rs = rows(v["v"], fx, 8)
    body = "\n".join("    " + r + "," for r in rs)
    t = fill('''#include <stdint.h>
#include <string.h>
#include "aes.h"

/* per-device firmware image key */
static const uint8_t device_key[32] = {
@B@
};

int decrypt_image(uint8_t *buf, size_t len, const uint8_t iv[16])
{
    struct AES_ctx ctx;
    AES_init_ctx_iv(&ctx, device_key, iv);
    AES_CBC_decrypt_buffer(&ctx, buf, len);
    return 0;
}
''', B=body)
    return "src/crypto/keys.c", t, rs[0]


@pos("ed25519", "private_key_raw", "arr32")
def p_h_array(v):
    rs = rows(v["v"], fX, 8)
    body = "\n".join("    " + r + "," for r in rs)
    t = fill('''#ifndef SECURE_BOOT_KEYS_H
#define SECURE_BOOT_KEYS_H

#define SIGN_KEY_LEN 32

static const unsigned char sign_priv[SIGN_KEY_LEN] = {
@B@
};

#endif /* SECURE_BOOT_KEYS_H */
''', B=body)
    return "firmware/include/secure_boot_keys.h", t, rs[0]


@pos("libsodium", "private_key_raw", "arr32")
def p_cpp_sodium(v):
    rs = rows(v["v"], fx, 8)
    body = "\n".join("    " + r + "," for r in rs)
    t = fill('''#include <sodium.h>
#include <vector>

static const unsigned char server_sk[crypto_box_SECRETKEYBYTES] = {
@B@
};

std::vector<unsigned char> open_box(const std::vector<unsigned char>& c,
                                    const unsigned char* nonce,
                                    const unsigned char* client_pk) {
    std::vector<unsigned char> m(c.size() - crypto_box_MACBYTES);
    if (crypto_box_open_easy(m.data(), c.data(), c.size(), nonce, client_pk, server_sk) != 0) {
        m.clear();
    }
    return m;
}
''', B=body)
    return "src/net/sodium_box.cpp", t, rs[0]


@pos("hmac", "hmac_secret", "ascii")
def p_cpp_hmac(v):
    t = fill('''#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <string>

std::string sign_request(const std::string& canonical) {
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    HMAC(EVP_sha256(), "@K@", @N@,
         reinterpret_cast<const unsigned char*>(canonical.data()), canonical.size(), out, &len);
    return std::string(reinterpret_cast<char*>(out), len);
}
''', K=v["v"], N=len(v["v"]))
    return "src/client/hmac_ctx.cpp", t, None


# -- Swift
@pos("aes", "symmetric_key", "b64_32")
def p_swift_symkey(v):
    t = fill('''import CryptoKit
import Foundation

enum Keys {
    static let vault = SymmetricKey(data: Data(base64Encoded: "@K@")!)
}

func seal(_ d: Data) throws -> Data {
    try AES.GCM.seal(d, using: Keys.vault).combined!
}
''', K=v["v"])
    return "Sources/App/Crypto/Keys.swift", t, None


@pos("ed25519", "private_key_raw", "b64_32")
def p_swift_curve(v):
    t = fill('''import CryptoKit
import Foundation

struct ReceiptSigner {
    private let key = try! Curve25519.Signing.PrivateKey(
        rawRepresentation: Data(base64Encoded: "@K@")!
    )

    func sign(_ receipt: Data) throws -> Data {
        try key.signature(for: receipt)
    }
}
''', K=v["v"])
    return "Sources/App/Signing/ReceiptSigner.swift", t, None


@pos("hmac", "hmac_secret", "ascii")
def p_swift_hmac(v):
    t = fill('''import CryptoKit

let apiSigningKey = SymmetricKey(data: Array("@K@".utf8))

func signature(for body: Data) -> String {
    let mac = HMAC<SHA256>.authenticationCode(for: body, using: apiSigningKey)
    return Data(mac).map { String(format: "%02x", $0) }.joined()
}
''', K=v["v"])
    return "Sources/App/Networking/RequestSigner.swift", t, None


# -- JSON
@pos("tink", "tink_keyset", "tink_aes")
def p_json_tink_aead(v):
    return "config/keyset.json", tink_keyset_json(v["type_url"], v["kmt"], v["v"]) + "\n", None


@pos("tink", "tink_keyset", "tink_hmac")
def p_json_tink_hmac(v):
    return "secrets/tink/hmac_keyset.json", tink_keyset_json(v["type_url"], v["kmt"], v["v"]) + "\n", None


@pos("tink", "tink_keyset", "tink_ed")
def p_json_tink_sig(v):
    return "deploy/keys/signing_keyset.json", tink_keyset_json(v["type_url"], v["kmt"], v["v"], indent=None) + "\n", None


@pos("tink", "tink_keyset", "tink_xchacha")
def p_json_tink_xchacha(v):
    return "%s/keysets/xchacha.json" % svc(), tink_keyset_json(v["type_url"], v["kmt"], v["v"]) + "\n", None


@pos("jwk", "jwk_private", "ec_jwk")
def p_json_jwks(v):
    keys = {"keys": [{"kty": "EC", "crv": "P-256", "use": "sig", "alg": "ES256", "kid": ruuid(),
                      "x": v["x"], "y": v["y"], "d": v["v"]}]}
    return "config/jwks.json", json.dumps(keys, indent=2) + "\n", None


@pos("jwk", "jwk_private", "jwk_k")
def p_json_oct(v):
    d = {"kty": "oct", "kid": "hs-%s" % rhex(4), "alg": pick(["HS256", "HS512", "A256KW"]), "k": v["v"]}
    return "deploy/signing-key.json", json.dumps(d, indent=2) + "\n", None


@pos("aes", "symmetric_key", "hex32")
def p_json_prod(v):
    d = {"port": 3000, "logLevel": "info", "db": {"host": pick(HOSTS), "name": svc(), "pool": 10},
         "crypto": {"cipher": "aes-256-gcm", "masterKey": v["v"]}, "features": {"newCheckout": True}}
    return "config/production.json", json.dumps(d, indent=2) + "\n", None


# -- YAML
@pos("aes", "symmetric_key", "b64_32")
def p_helm_values(v):
    s = svc()
    t = fill('''replicaCount: 3
image:
  repository: ghcr.io/@O@/@S@
  tag: "@V@"
service:
  type: ClusterIP
  port: 8080
config:
  logLevel: info
  encryptionKey: "@K@"
resources:
  limits:
    cpu: 500m
    memory: 512Mi
''', O=org(), S=s, V=ver(), K=v["v"])
    return "deploy/%s/values.yaml" % s, t, None


@pos("age", "private_key_raw", "age")
def p_gha_age(v):
    t = fill('''name: release
on:
  push:
    tags: ["v*"]
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      SOPS_AGE_KEY: @K@
    steps:
      - uses: actions/checkout@v4
      - name: Decrypt secrets
        run: sops -d deploy/secrets.enc.yaml > deploy/secrets.yaml
      - run: make release
''', K=v["v"])
    return ".github/workflows/release.yml", t, None


@pos("wireguard", "private_key_raw", "wg")
def p_k8s_secret_wg(v):
    t = fill('''apiVersion: v1
kind: Secret
metadata:
  name: wg-gateway
  namespace: vpn
type: Opaque
stringData:
  wg0.conf: |
    [Interface]
    Address = 10.8.0.1/24
    ListenPort = 51820
    PrivateKey = @K@

    [Peer]
    PublicKey = @P@
    AllowedIPs = 10.8.0.2/32
''', K=v["v"], P=b64(x25519_pub_from_bytes(rb(32))))
    return "k8s/vpn/secret.yaml", t, None


@pos("rsa", "private_key_pem", "pem_any")
def p_yaml_block_pem(v):
    t = fill('''server:
  port: 8443
jwt:
  issuer: https://id.@O@.io
  audience: api
  ttl: 900
  private_key: |
@K@
logging:
  level: info
''', O=org(), K=indent(v["v"], 4))
    return "config/app.yml", t, None


@pos("fernet", "symmetric_key", "fernet")
def p_compose_fernet(v):
    t = fill('''services:
  airflow-webserver:
    image: apache/airflow:2.9.1
    environment:
      - AIRFLOW__CORE__EXECUTOR=LocalExecutor
      - AIRFLOW__CORE__FERNET_KEY=@K@
      - AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=postgresql+psycopg2://airflow@postgres/airflow
    ports:
      - "8080:8080"
  postgres:
    image: postgres:16
''', K=v["v"])
    return "docker-compose.yml", t, None


@pos("bitcoin", "private_key_raw", "xprv")
def p_yaml_xprv(v):
    t = fill('''network: mainnet
wallet:
  name: hot-withdrawals
  derivation: "m/84'/0'/0'"
  extended_key: @K@
  gap_limit: 20
electrum:
  host: electrum.@O@.io
  port: 50002
''', K=v["v"], O=org())
    return "config/wallet.yaml", t, None


# -- PEM files
@pos("rsa", "private_key_pem", "pem_rsa")
def p_pem_server_key(v):
    return "config/certs/server.key", v["v"] + "\n", None


@pos("ed25519", "private_key_pem", "pem_ed")
def p_pem_ed(v):
    return "keys/signing_ed25519.pem", v["v"] + "\n", None


@pos("ec-p256", "private_key_pem", "pem_ec")
def p_pem_ec(v):
    return "deploy/tls/ec-p256.key", v["v"] + "\n", None


# -- Markdown
@pos("wireguard", "private_key_raw", "wg")
def p_md_runbook(v):
    t = fill('''# VPN gateway runbook

The site-to-site tunnel to the @O@ office runs on `gw-1`.

## Current config

```ini
[Interface]
Address = 10.40.0.1/24
ListenPort = 51820
PrivateKey = @K@

[Peer]
PublicKey = @P@
Endpoint = 203.0.113.@N@:51820
AllowedIPs = 10.40.1.0/24
```

Restart with `systemctl restart wg-quick@wg0`.
''', O=org(), K=v["v"], P=b64(x25519_pub_from_bytes(rb(32))), N=R.randrange(2, 250))
    return "docs/ops/vpn-runbook.md", t, None


@pos("fernet", "symmetric_key", "fernet")
def p_md_notes(v):
    t = fill('''## Deploy notes (@D@)

- migrated `@S@` to the new cluster
- rotated the token encryption key; the new one is `@K@`
- old key kept in `FERNET_KEYS[1]` until the backfill finishes
''', D="2024-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29)), S=svc(), K=v["v"])
    return "docs/deploy-notes.md", t, None


# -- other config / scripts
@pos("wireguard", "private_key_raw", "wg")
def p_wg_conf(v):
    t = fill('''[Interface]
Address = 10.13.13.@N@/32
PrivateKey = @K@
DNS = 10.13.13.1

[Peer]
PublicKey = @P@
Endpoint = vpn.@O@.io:51820
AllowedIPs = 0.0.0.0/0, ::/0
PersistentKeepalive = 25
''', N=R.randrange(2, 250), K=v["v"], P=b64(x25519_pub_from_bytes(rb(32))), O=org())
    return "infra/wireguard/wg0.conf", t, None


@pos("aes", "symmetric_key", "b64_32", w=0.6)
def p_dotenv(v):
    t = fill('''NODE_ENV=production
PORT=8080
LOG_LEVEL=info
APP_ENCRYPTION_KEY=@K@
REDIS_URL=redis://cache:6379/0
''', K=v["v"])
    return pick([".env", ".env.production"]), t, None


@pos("aes", "symmetric_key", "hex32")
def p_toml(v):
    t = fill('''[server]
bind = "0.0.0.0:7070"
workers = 4

[storage]
path = "/var/lib/@S@"

[crypto]
cipher = "xchacha20poly1305"
key = "@K@"
''', S=svc(), K=v["v"])
    return "config/app.toml", t, None


@pos("aes", "symmetric_key", "hex32")
def p_dockerfile(v):
    t = fill('''FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/@S@ ./cmd/@S@

FROM gcr.io/distroless/static
COPY --from=build /out/@S@ /@S@
ENV DATA_KEY=@K@
EXPOSE 8080
ENTRYPOINT ["/@S@"]
''', S=svc(), K=v["v"])
    return "Dockerfile", t, None


@pos("aes", "symmetric_key", "hex32")
def p_sh_openssl(v):
    t = fill('''#!/usr/bin/env bash
set -euo pipefail

# restore the nightly dump
in="${1:-backup.sql.enc}"
openssl enc -d -aes-256-cbc -K @K@ -iv @IV@ -in "$in" -out backup.sql
psql "$DATABASE_URL" < backup.sql
rm -f backup.sql
''', K=v["v"], IV=rhex(16))
    return "scripts/restore-backup.sh", t, None


@pos("aes", "symmetric_key", "b64_16")
def p_properties(v):
    t = fill('''server.port=8080
spring.datasource.url=jdbc:mysql://@H@:3306/@S@
spring.jpa.hibernate.ddl-auto=validate
crypto.aes.mode=CBC
crypto.aes.key=@K@
logging.level.root=INFO
''', H=pick(HOSTS), S=svc(), K=v["v"])
    return "src/main/resources/application.properties", t, None


@pos("aes", "symmetric_key", "b64_32")
def p_xml_appconfig(v):
    t = fill('''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Environment" value="Production" />
    <add key="EncryptionKey" value="@K@" />
    <add key="CacheMinutes" value="30" />
  </appSettings>
</configuration>
''', K=v["v"])
    return "src/Legacy.Web/Web.config", t, None


@pos("bitcoin", "private_key_raw", "wif")
def p_js_wif(v):
    t = fill('''const bitcoin = require('bitcoinjs-lib');
const { ECPairFactory } = require('ecpair');
const ecc = require('tiny-secp256k1');

const ECPair = ECPairFactory(ecc);
const keyPair = ECPair.fromWIF('@K@');
const { address } = bitcoin.payments.p2wpkh({ pubkey: keyPair.publicKey });

module.exports = { keyPair, address };
''', K=v["v"])
    return "src/wallet/hot.js", t, None


@pos("hmac", "hmac_secret", "b64_64")
def p_tf_local(v):
    t = fill('''resource "aws_lambda_function" "signer" {
  function_name = "@S@-signer"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/signer.zip"
  role          = aws_iam_role.signer.arn

  environment {
    variables = {
      SIGNING_SECRET = "@K@"
      STAGE          = "prod"
    }
  }
}
''', S=svc(), K=v["v"])
    return "infra/lambda.tf", t, None


@pos("secp256k1", "private_key_raw", "eth")
def p_ini_foundry(v):
    t = fill('''[profile.default]
src = "src"
out = "out"
libs = ["lib"]

[rpc_endpoints]
mainnet = "https://eth.llamarpc.com"

# deployer used by `forge script --broadcast`
[profile.deploy]
sender_private_key = "@K@"
''', K=v["v"])
    return "foundry.toml", t, None


@pos("x25519", "private_key_raw", "x25519")
def p_json_noise(v):
    d = {"listen": "0.0.0.0:9000", "noise": {"pattern": "Noise_IK_25519_ChaChaPoly_BLAKE2s",
                                            "static_private": v["v"], "static_public": v["pub"]},
         "peers": [{"name": "edge-%d" % i, "public": b64(rb(32))} for i in range(2)]}
    return "config/noise.json", json.dumps(d, indent=2) + "\n", None


@pos("libsodium", "symmetric_key", "hex32")
def p_c_sodium_hex(v):
    t = fill('''#include <sodium.h>

static const char *SECRETBOX_KEY_HEX = "@K@";

int load_key(unsigned char key[crypto_secretbox_KEYBYTES])
{
    return sodium_hex2bin(key, crypto_secretbox_KEYBYTES, SECRETBOX_KEY_HEX,
                          strlen(SECRETBOX_KEY_HEX), NULL, NULL, NULL);
}
''', K=v["v"])
    return "src/storage/box_key.c", t, None


@pos("aes", "symmetric_key", "arr16")
def p_kt_bytearrayof(v):
    rs = rows(v["v"], lambda x: "0x%02X.toByte()" % x, 4)
    body = "\n".join("        " + r + "," for r in rs)
    p = jpkg()
    t = fill('''package @P@.license

object LicenseKey {
    val bytes = byteArrayOf(
@B@
    )
}
''', P=p, B=body)
    return "src/main/kotlin/%s/license/LicenseKey.kt" % p.replace(".", "/"), t, rs[0]


# ---------------------------------------------------------------- look-alike negatives
NEG = []


def neg(provider, kind, w=1.0):
    def deco(f):
        NEG.append({"f": f, "provider": provider, "kind": kind, "w": w, "name": f.__name__})
        return f
    return deco


def hm(key, msg, algo=hashlib.sha256):
    return _hmac.new(key, msg, algo).hexdigest()


@neg("hmac", "test_vector")
def n_py_rfc4231(v=None):
    c1 = hm(b"\x0b" * 20, b"Hi There")
    c2 = hm(b"Jefe", b"what do ya want for nothing?")
    c3 = hm(b"\xaa" * 20, b"\xdd" * 50)
    t = fill('''import hmac
import hashlib

import pytest

# RFC 4231 section 4, HMAC-SHA-256 test cases
CASES = [
    (bytes.fromhex("@K1@"), b"Hi There", "@C1@"),
    (b"Jefe", b"what do ya want for nothing?", "@C2@"),
    (bytes.fromhex("@K3@"), bytes.fromhex("@M3@"), "@C3@"),
]


@pytest.mark.parametrize("key,msg,expected", CASES)
def test_hmac_sha256_rfc4231(key, msg, expected):
    assert hmac.new(key, msg, hashlib.sha256).hexdigest() == expected
''', K1="0b" * 20, C1=c1, C2=c2, K3="aa" * 20, M3="dd" * 50, C3=c3)
    return "tests/crypto/test_hmac_vectors.py", t


@neg("chacha20", "test_vector")
def n_go_rfc8439(v=None):
    t = fill('''package chacha_test

import (
	"encoding/hex"
	"testing"
)

// RFC 8439 section 2.3.2 block function test vector.
var (
	tvKey   = mustHex("@K@")
	tvNonce = mustHex("000000090000004a00000000")
)

// RFC 8439 section 2.8.2 AEAD test vector.
var (
	aeadKey   = mustHex("@AK@")
	aeadNonce = mustHex("070000004041424344454647")
	aeadAAD   = mustHex("50515253c0c1c2c3c4c5c6c7")
)

// RFC 8439 section 2.5.2 Poly1305 one-time key.
var polyKey = mustHex("@PK@")

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func TestBlock(t *testing.T) {
	out := block(tvKey, tvNonce, 1)
	if len(out) != 64 {
		t.Fatalf("got %d bytes", len(out))
	}
}
''', K=SEQ32, AK=RFC8439_AEAD_KEY, PK=RFC8439_POLY_KEY)
    return "internal/chacha/chacha_test.go", t


@neg("ed25519", "test_vector")
def n_rs_rfc8032(v=None):
    t = fill('''#[cfg(test)]
mod rfc8032 {
    use ed25519_dalek::{SigningKey, Signer};
    use hex_literal::hex;

    // RFC 8032 section 7.1, TEST 1 (empty message)
    const SK1: [u8; 32] = hex!("@S1@");
    const PK1: [u8; 32] = hex!("@P1@");
    // TEST 2 (one-octet message 0x72)
    const SK2: [u8; 32] = hex!("@S2@");
    const PK2: [u8; 32] = hex!("@P2@");
    const SIG2: [u8; 64] = hex!("@G2@");

    #[test]
    fn test1_public_key() {
        assert_eq!(SigningKey::from_bytes(&SK1).verifying_key().to_bytes(), PK1);
    }

    #[test]
    fn test2_signature() {
        let sk = SigningKey::from_bytes(&SK2);
        assert_eq!(sk.verifying_key().to_bytes(), PK2);
        assert_eq!(sk.sign(&[0x72]).to_bytes(), SIG2);
    }
}
''', S1=RFC8032_T1, P1=RFC8032_T1_PUB, S2=RFC8032_T2, P2=RFC8032_T2_PUB, G2=RFC8032_T2_SIG)
    return "tests/ed25519_vectors.rs", t


@neg("x25519", "test_vector")
def n_json_wycheproof_x25519(v=None):
    tests = [{"tcId": 1, "comment": "RFC 7748 section 6.1 (Alice)", "public": RFC7748_BOB_PUB,
              "private": RFC7748_ALICE, "shared": RFC7748_SHARED, "result": "valid", "flags": []},
             {"tcId": 2, "comment": "RFC 7748 section 6.1 (Bob)", "public": RFC7748_ALICE_PUB,
              "private": RFC7748_BOB, "shared": RFC7748_SHARED, "result": "valid", "flags": []},
             {"tcId": 3, "comment": "RFC 7748 section 5.2 vector 1", "public": RFC7748_V1_U,
              "private": RFC7748_V1_K, "shared": RFC7748_V1_OUT, "result": "valid", "flags": []}]
    d = {"algorithm": "XDH", "generatorVersion": "0.8r12", "numberOfTests": len(tests),
         "header": ["Test vectors of type XdhComp are intended for tests that verify the",
                    "computation of an Xdh key exchange."],
         "notes": {}, "schema": "xdh_comp_schema.json",
         "testGroups": [{"curve": "curve25519", "type": "XdhComp", "tests": tests}]}
    return "testdata/wycheproof/x25519_test.json", json.dumps(d, indent=2) + "\n"


@neg("ed25519", "test_vector")
def n_json_wycheproof_ed(v=None):
    d = {"algorithm": "EDDSA", "generatorVersion": "0.8r12", "numberOfTests": 2,
         "schema": "eddsa_verify_schema.json",
         "testGroups": [{"jwk": {"crv": "Ed25519", "kty": "OKP",
                                 "x": b64u(bytes.fromhex(RFC8032_T2_PUB)),
                                 "d": b64u(bytes.fromhex(RFC8032_T2)), "kid": "none"},
                         "key": {"curve": "edwards25519", "keySize": 255, "pk": RFC8032_T2_PUB,
                                 "sk": RFC8032_T2, "type": "EDDSAKeyPair"},
                         "type": "EddsaVerify",
                         "tests": [{"tcId": 1, "comment": "RFC 8032 TEST 2", "msg": "72",
                                    "sig": RFC8032_T2_SIG, "result": "valid", "flags": []},
                                   {"tcId": 2, "comment": "modified signature", "msg": "72",
                                    "sig": RFC8032_T2_SIG[:-2] + "01", "result": "invalid", "flags": []}]}]}
    return "test/vectors/wycheproof/eddsa_test.json", json.dumps(d, indent=2) + "\n"


@neg("aes", "test_vector")
def n_rsp_varkey(v=None):
    lines = ["# CAVS 11.1", "# Config info for aes_values", "# AESVS VarKey test data for ECB",
             "# State : Encrypt and Decrypt", "# Key Length : 128", "", "[ENCRYPT]", ""]
    for i in range(R.randrange(6, 14)):
        k = int("1" * (i + 1) + "0" * (127 - i), 2).to_bytes(16, "big")
        lines += ["COUNT = %d" % i, "KEY = %s" % k.hex(), "PLAINTEXT = %s" % ("00" * 16),
                  "CIPHERTEXT = %s" % aes_encrypt_block(k, bytes(16)).hex(), ""]
    return "testdata/nist/ECBVarKey128.rsp", "\n".join(lines) + "\n"


@neg("aes", "test_vector")
def n_rsp_gfsbox(v=None):
    lines = ["# CAVS 11.1", "# AESVS GFSbox test data for CBC", "# Key Length : 256", "", "[ENCRYPT]", ""]
    for i in range(R.randrange(4, 8)):
        pt = rb(16)
        lines += ["COUNT = %d" % i, "KEY = %s" % ("00" * 32), "IV = %s" % ("00" * 16),
                  "PLAINTEXT = %s" % pt.hex(), "CIPHERTEXT = %s" % aes_encrypt_block(bytes(32), pt).hex(), ""]
    return "tests/kat/CBCGFSbox256.rsp", "\n".join(lines) + "\n"


@neg("aes", "test_vector")
def n_java_sp80038a(v=None):
    ct = aes_encrypt_block(bytes.fromhex(AES_38A_128), bytes.fromhex(AES_38A_PT)).hex()
    t = fill('''package com.example.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesEcbVectorsTest {
    // NIST SP 800-38A, F.1.1 ECB-AES128.Encrypt, block #1
    private static final String KEY = "@K@";
    private static final String PLAINTEXT = "@PT@";
    private static final String CIPHERTEXT = "@CT@";

    @Test
    void ecbBlock1() throws Exception {
        HexFormat h = HexFormat.of();
        Cipher c = Cipher.getInstance("AES/ECB/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(h.parseHex(KEY), "AES"));
        assertEquals(CIPHERTEXT, h.formatHex(c.doFinal(h.parseHex(PLAINTEXT))));
    }
}
''', K=AES_38A_128, PT=AES_38A_PT, CT=ct)
    return "src/test/java/com/example/crypto/AesEcbVectorsTest.java", t


@neg("aes", "test_vector")
def n_c_fips197(v=None):
    ct = aes_encrypt_block(bytes.fromhex(FIPS197_K), bytes.fromhex(FIPS197_PT))
    f = lambda b: ", ".join(fx(x) for x in b)
    t = fill('''#include <assert.h>
#include <string.h>
#include "aes.h"

/* FIPS-197 Appendix C.1 (AES-128) */
static const uint8_t key[16] = { @K@ };
static const uint8_t pt[16]  = { @P@ };
static const uint8_t ct[16]  = { @C@ };

int main(void)
{
    uint8_t out[16];
    aes128_encrypt_block(key, pt, out);
    assert(memcmp(out, ct, 16) == 0);
    return 0;
}
''', K=f(bytes.fromhex(FIPS197_K)), P=f(bytes.fromhex(FIPS197_PT)), C=f(ct))
    return "tests/test_aes_fips197.c", t


@neg("libsodium", "test_vector")
def n_c_sodium_test(v=None):
    def arr(h):
        b = bytes.fromhex(h)
        return "\n".join("    " + r + "," for r in rows(b, fx, 8))
    t = fill('''#define TEST_NAME "box_keys"
#include "cmptest.h"

/* Keys from RFC 7748 section 6.1, also used by the libsodium box tests. */
static const unsigned char alicesk[32] = {
@A@
};
static const unsigned char bobsk[32] = {
@B@
};

int main(void)
{
    unsigned char pk[32];
    crypto_scalarmult_base(pk, alicesk);
    printf("%s\\n", sodium_bin2hex(hex, sizeof hex, pk, 32));
    crypto_scalarmult_base(pk, bobsk);
    printf("%s\\n", sodium_bin2hex(hex, sizeof hex, pk, 32));
    return 0;
}
''', A=arr(RFC7748_ALICE), B=arr(RFC7748_BOB))
    return "test/default/box_keys.c", t


@neg("bitcoin", "test_vector")
def n_json_bip32(v=None):
    xprv, xpub = bip32_master(bytes.fromhex(BIP32_TV1_SEED))
    d = {"description": "BIP-32 test vector 1", "seed": BIP32_TV1_SEED,
         "chains": [{"path": "m", "ext_pub": xpub, "ext_prv": xprv}]}
    return "test/fixtures/bip32_vectors.json", json.dumps(d, indent=2) + "\n"


@neg("secp256k1", "constant")
def n_py_curve_consts(v=None):
    t = fill('''"""secp256k1 domain parameters (SEC 2, section 2.4.1)."""

P = 0x@P@
N = 0x@N@
GX = 0x@GX@
GY = 0x@GY@
A = 0
B = 7


def on_curve(x: int, y: int) -> bool:
    return (y * y - x * x * x - B) % P == 0
''', P="%064x" % _SP, N="%064x" % _SN, GX="%064x" % _SGX, GY="%064x" % _SGY)
    return "lib/ecc/secp256k1_params.py", t


@neg("ed25519", "constant")
def n_go_ed_consts(v=None):
    gy = _GY.to_bytes(32, "little")
    body = "\n".join("\t" + r + "," for r in rows(gy, fx, 8))
    t = fill('''package edwards25519

// basepointBytes is the compressed encoding of the Ed25519 base point B
// (y = 4/5 mod p, x positive), RFC 8032 section 5.1.
var basepointBytes = [32]byte{
@B@
}

// d = -121665/121666 mod p
const dHex = "@D@"
''', B=body, D="%064x" % _D)
    return "internal/edwards25519/consts.go", t


@neg("aes", "constant")
def n_c_sbox(v=None):
    body = "\n".join("    " + r + "," for r in rows(bytes(SBOX), fx, 16))
    t = fill('''/* AES forward S-box (FIPS-197 figure 7) */
static const unsigned char sbox[256] = {
@B@
};
''', B=body)
    return "src/aes/sbox.c", t


@neg("sha256", "constant")
def n_rs_sha_k(v=None):
    import math
    def frac_cuberoot(p):
        lo, hi = 0, 1 << 40
        target = p << 96
        while lo < hi:
            m = (lo + hi + 1) // 2
            if m ** 3 <= target:
                lo = m
            else:
                hi = m - 1
        return lo & 0xffffffff
    primes = [p for p in range(2, 320) if all(p % q for q in range(2, int(math.isqrt(p)) + 1))][:64]
    ks = ["0x%08x" % frac_cuberoot(p) for p in primes]
    body = "\n".join("    " + ", ".join(ks[i:i + 4]) + "," for i in range(0, 64, 4))
    t = "/// SHA-256 round constants (FIPS 180-4, 4.2.2)\npub const K: [u32; 64] = [\n%s\n];\n" % body
    return "src/sha256/consts.rs", t


@neg("x25519", "public_key")
def n_json_pubkeys(v=None):
    peers = [{"node": "%s-%d" % (svc(), i), "x25519_public": hx(x25519_pub_from_bytes(rb(32))),
              "ed25519_public": hx(ed25519_pub(rb(32))), "added": "2024-%02d-01" % R.randrange(1, 13)}
             for i in range(R.randrange(3, 7))]
    return "config/trusted_peers.json", json.dumps({"peers": peers}, indent=2) + "\n"


@neg("wireguard", "public_key")
def n_wg_peers(v=None):
    lines = ["# Peers managed by ansible; private keys live on each host in /etc/wireguard/private.key", "peers:"]
    for i in range(R.randrange(3, 7)):
        lines += ["  - name: %s-%02d" % (pick(["laptop", "edge", "office", "ci"]), i),
                  "    public_key: %s" % b64(x25519_pub_from_bytes(rb(32))),
                  "    allowed_ips: 10.66.%d.%d/32" % (R.randrange(0, 4), R.randrange(2, 250))]
    return "ansible/group_vars/vpn/peers.yml", "\n".join(lines) + "\n"


@neg("wireguard", "key_reference")
def n_wg_postup(v=None):
    t = fill('''[Interface]
Address = 10.9.0.1/24
ListenPort = 51820
PostUp = wg set %i private-key /etc/wireguard/%i.key
PostUp = iptables -A FORWARD -i %i -j ACCEPT

[Peer]
PublicKey = @P1@
AllowedIPs = 10.9.0.2/32

[Peer]
PublicKey = @P2@
AllowedIPs = 10.9.0.3/32
''', P1=b64(x25519_pub_from_bytes(rb(32))), P2=b64(x25519_pub_from_bytes(rb(32))))
    return "infra/wireguard/wg-hub.conf", t


@neg("wireguard", "doc_example")
def n_md_wg_doc(v=None):
    t = fill('''# WireGuard quick start

Generate a key pair with `wg genkey | tee privatekey | wg pubkey > publickey`.
The configuration from the wg(8) manual page looks like this:

```ini
[Interface]
PrivateKey = @K@
ListenPort = 51820

[Peer]
PublicKey = @P@
AllowedIPs = 10.192.122.3/32, 10.192.124.1/24

[Peer]
PublicKey = @P2@
AllowedIPs = 10.192.122.4/32, 192.168.0.0/16
```

Never commit your own `privatekey` file.
''', K=WG_DOC_PRIV, P=WG_DOC_PUB, P2=WG_DOC_PEER2)
    return "docs/networking/wireguard.md", t


@neg("age", "public_key")
def n_sops_yaml(v=None):
    rec = [bech32_encode("age", x25519_pub_from_bytes(rb(32))) for _ in range(R.randrange(2, 4))]
    t = "creation_rules:\n  - path_regex: deploy/.*\\.enc\\.yaml$\n    age: >-\n      %s\n  - path_regex: .*\\.enc\\.json$\n    age: %s\n" % (
        ",\n      ".join(rec), rec[0])
    return ".sops.yaml", t


@neg("sops", "ciphertext")
def n_sops_encrypted(v=None):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(rb(n)), b64(rb(32)), b64(rb(16)))
    rec = bech32_encode("age", rb(32))
    t = fill('''database:
  password: @E1@
  user: @E2@
jwt_secret: @E3@
sops:
  age:
    - recipient: @R@
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        @A1@
        @A2@
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2024-05-02T10:11:12Z"
  mac: @M@
  version: 3.8.1
''', E1=enc(24), E2=enc(8), E3=enc(48), R=rec, A1=b64(rb(48)), A2=b64(rb(40)), M=enc(32).replace("type:str", "type:str"))
    return "deploy/secrets.enc.yaml", t


@neg("ansible", "ciphertext")
def n_ansible_vault(v=None):
    blob = rb(R.randrange(120, 260)).hex()
    hexed = blob.encode().hex()
    lines = [hexed[i:i + 80] for i in range(0, len(hexed), 80)]
    return "ansible/group_vars/prod/vault.yml", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(lines) + "\n"


@neg("rsa", "public_key")
def n_pem_public(v=None):
    p = pick([rsa_public_pem, ec_public_pem, ed25519_public_pem])()
    return pick(["config/keys/jwt_public.pem", "keys/release-signing.pub.pem", "deploy/verify_key.pem"]), p + "\n"


@neg("rsa", "public_key")
def n_yaml_public_pem(v=None):
    t = "oidc:\n  issuer: https://id.%s.io\n  verification_key: |\n%s\n  audience: api\n" % (org(), indent(rsa_public_pem(), 4))
    return "config/oidc.yml", t


@neg("x509", "certificate")
def n_cert_bundle(v=None):
    certs = [cert_pem() for _ in range(R.randrange(1, 3))]
    return pick(["certs/ca-bundle.crt", "deploy/tls/chain.pem"]), "\n".join(certs) + "\n"


@neg("jwk", "public_key")
def n_jwks_public(v=None):
    keys = [{"kty": "EC", "crv": "P-256", "kid": ruuid(), "use": "sig", "alg": "ES256",
             "x": b64u(rb(32)), "y": b64u(rb(32))} for _ in range(2)]
    keys.append({"kty": "RSA", "kid": rhex(8), "use": "sig", "alg": "RS256", "e": "AQAB", "n": b64u(top(256))})
    return "public/.well-known/jwks.json", json.dumps({"keys": keys}, indent=2) + "\n"


@neg("jwk", "doc_example")
def n_md_rfc7515(v=None):
    t = fill('''# JWS signing

We follow RFC 7515. The HMAC example key from Appendix A.1:

```json
{"kty":"oct",
 "k":"@K@"}
```

and the ECDSA P-256 key from Appendix A.3:

```json
{"kty":"EC",
 "crv":"P-256",
 "x":"@X@",
 "y":"@Y@",
 "d":"@D@"}
```

Production keys are fetched from KMS at start-up; see `docs/keys.md`.
''', K=RFC7515_A1_K, X=RFC7515_A3["x"], Y=RFC7515_A3["y"], D=RFC7515_A3["d"])
    return "docs/spec/jws.md", t


@neg("jwk", "test_vector")
def n_ts_rfc8037_test(v=None):
    t = fill('''import { describe, expect, it } from "vitest";
import { importJWK, exportJWK } from "jose";

// RFC 8037 Appendix A.1 (Ed25519 key = RFC 8032 TEST 1)
const rfcKey = {
  kty: "OKP",
  crv: "Ed25519",
  d: "@D@",
  x: "@X@",
};

describe("okp import", () => {
  it("round-trips the RFC 8037 key", async () => {
    const k = await importJWK(rfcKey, "EdDSA");
    expect((await exportJWK(k)).x).toBe(rfcKey.x);
  });
});
''', D=b64u(bytes.fromhex(RFC8032_T1)), X=b64u(bytes.fromhex(RFC8032_T1_PUB)))
    return "test/jwk.okp.test.ts", t


@neg("tink", "ciphertext")
def n_tink_encrypted(v=None):
    d = {"encryptedKeyset": b64(rb(R.randrange(120, 200))),
         "keysetInfo": {"primaryKeyId": R.randrange(10 ** 8, 2 ** 32),
                        "keyInfo": [{"typeUrl": "type.googleapis.com/google.crypto.tink.AesGcmKey",
                                     "status": "ENABLED", "keyId": R.randrange(10 ** 8, 2 ** 32),
                                     "outputPrefixType": "TINK"}]}}
    return "config/keyset.encrypted.json", json.dumps(d, indent=2) + "\n"


@neg("tink", "public_key")
def n_tink_public(v=None):
    pubv = b64(pb_bytes(2, ed25519_pub(rb(32))))
    return "config/verify_keyset.json", tink_keyset_json(
        "type.googleapis.com/google.crypto.tink.Ed25519PublicKey", "ASYMMETRIC_PUBLIC", pubv) + "\n"


@neg("ssh", "public_key")
def n_authorized_keys(v=None):
    lines = []
    for i in range(R.randrange(2, 6)):
        blob = b"\0\0\0\x0bssh-ed25519\0\0\0\x20" + ed25519_pub(rb(32))
        lines.append("ssh-ed25519 %s %s@%s" % (b64(blob), pick(["deploy", "ci", "alice", "bob", "ops"]), svc()))
    return "deploy/ssh/authorized_keys", "\n".join(lines) + "\n"


@neg("kms", "key_id")
def n_tf_kms(v=None):
    t = fill('''resource "aws_kms_key" "data" {
  description             = "@S@ data key"
  deletion_window_in_days = 30
  enable_key_rotation     = true
}

data "aws_kms_key" "shared" {
  key_id = "arn:aws:kms:eu-west-1:@A@:key/@U@"
}

resource "google_kms_crypto_key" "sign" {
  name     = "release-signing"
  key_ring = "projects/@O@-prod/locations/global/keyRings/release"
  purpose  = "ASYMMETRIC_SIGN"
}
''', S=svc(), A="%012d" % R.randrange(10 ** 11, 10 ** 12), U=ruuid(), O=org())
    return "infra/kms.tf", t


@neg("aes", "nonce_iv")
def n_json_fixture_iv(v=None):
    recs = [{"id": ruuid(), "kid": "dek-%d" % R.randrange(1, 9), "iv": rhex(12), "tag": rhex(16),
             "ciphertext": b64(rb(R.randrange(24, 64)))} for _ in range(R.randrange(2, 5))]
    return "test/fixtures/encrypted_rows.json", json.dumps(recs, indent=2) + "\n"


@neg("hash", "digest")
def n_sha256sums(v=None):
    names = ["%s-%s-linux-amd64.tar.gz", "%s-%s-darwin-arm64.tar.gz", "%s-%s-windows-amd64.zip", "%s-%s.sbom.json"]
    s, vv = svc(), ver()
    return "dist/SHA256SUMS", "".join("%s  %s\n" % (rhex(32), n % (s, vv)) for n in names)


@neg("hash", "digest")
def n_go_sum(v=None):
    mods = ["golang.org/x/crypto", "github.com/google/uuid", "github.com/stretchr/testify", "golang.org/x/sys",
            "github.com/spf13/cobra", "filippo.io/age"]
    out = []
    for m in mods:
        vv = "v" + ver()
        out.append("%s %s h1:%s" % (m, vv, b64(rb(32))))
        out.append("%s %s/go.mod h1:%s" % (m, vv, b64(rb(32))))
    return "go.sum", "\n".join(out) + "\n"


@neg("hash", "digest")
def n_cargo_lock(v=None):
    out = ["# This file is automatically @generated by Cargo.", "version = 3", ""]
    for n in ["aes-gcm", "chacha20poly1305", "ed25519-dalek", "x25519-dalek", "hex-literal"]:
        out += ["[[package]]", 'name = "%s"' % n, 'version = "%s"' % ver(),
                'source = "registry+https://github.com/rust-lang/crates.io-index"',
                'checksum = "%s"' % rhex(32), ""]
    return "Cargo.lock", "\n".join(out)


@neg("hash", "digest")
def n_package_lock(v=None):
    pk = {}
    for n in ["tweetnacl", "jose", "ethers", "@noble/curves", "age-encryption"]:
        vv = ver()
        pk["node_modules/" + n] = {"version": vv, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (n, n.split("/")[-1], vv),
                                   "integrity": "sha512-" + b64(rb(64))}
    d = {"name": svc(), "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@neg("container", "digest")
def n_k8s_digest(v=None):
    t = fill('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: @S@
spec:
  template:
    spec:
      containers:
        - name: @S@
          image: ghcr.io/@O@/@S@@sha256:@D@
          env:
            - name: DATA_KEY
              valueFrom:
                secretKeyRef:
                  name: @S@-crypto
                  key: data-key
''', S=svc(), O=org(), D=rhex(32))
    return "k8s/deployment.yaml", t


@neg("ed25519", "signature")
def n_release_manifest(v=None):
    d = {"version": ver(), "artifacts": [{"name": "agent-linux-amd64", "sha256": rhex(32),
                                          "ed25519_sig": rhex(64)} for _ in range(3)],
         "signing_key_id": rhex(8), "signing_public_key": hx(ed25519_pub(rb(32)))}
    return "release/manifest.json", json.dumps(d, indent=2) + "\n"


@neg("pgp", "signature")
def n_asc(v=None):
    body = b64(rb(R.randrange(300, 560)))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    t = "-----BEGIN PGP SIGNATURE-----\n\n%s\n=%s\n-----END PGP SIGNATURE-----\n" % ("\n".join(lines), b64(rb(3)))
    return "dist/%s-%s.tar.gz.asc" % (svc(), ver()), t


@neg("secp256k1", "tx_hash")
def n_eth_fixture(v=None):
    rows_ = ["block,tx_hash,from,to,value_wei"]
    for i in range(R.randrange(4, 9)):
        rows_.append("%d,0x%s,0x%s,0x%s,%d" % (19000000 + R.randrange(10 ** 6), rhex(32), rhex(20), rhex(20), R.randrange(10 ** 15, 10 ** 19)))
    return "test/fixtures/transfers.csv", "\n".join(rows_) + "\n"


@neg("bitcoin", "public_key")
def n_xpub_watch(v=None):
    k = secp_key()
    xp = xkey(XPUB, 3, rb(4), 0x80000000, rb(32), secp_pub(k))
    t = "# watch-only wallet: public key only, cannot spend\nwallet:\n  name: cold-watch\n  xpub: %s\n  gap_limit: 50\n" % xp
    return "config/watch_wallet.yml", t


@neg("uuid", "identifier")
def n_log(v=None):
    out = []
    for i in range(R.randrange(6, 14)):
        out.append("2024-06-%02dT%02d:%02d:%02d.%03dZ INFO %s request_id=%s trace_id=%s span_id=%s kid=%s latency_ms=%d" % (
            R.randrange(1, 29), R.randrange(24), R.randrange(60), R.randrange(60), R.randrange(1000),
            svc(), ruuid(), rhex(16), rhex(8), "key-" + rhex(4), R.randrange(1, 900)))
    return "logs/%s.log" % svc(), "\n".join(out) + "\n"


@neg("aes", "keygen_code")
def n_py_keygen(v=None):
    t = '''import base64
import os
import secrets

from cryptography.fernet import Fernet


def new_data_key() -> bytes:
    """Fresh AES-256 key; wrapped with KMS before it is stored."""
    return os.urandom(32)


def new_hmac_secret() -> str:
    return secrets.token_hex(32)


def new_fernet_key() -> str:
    return Fernet.generate_key().decode()


def new_nonce() -> bytes:
    return secrets.token_bytes(12)


if __name__ == "__main__":
    print(base64.b64encode(new_data_key()).decode())
'''
    return "scripts/gen_keys.py", t


@neg("aes", "keygen_code")
def n_go_keygen(v=None):
    t = '''package keys

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
)

// NewDataKey returns 32 random bytes for AES-256-GCM.
func NewDataKey() ([]byte, error) {
	k := make([]byte, 32)
	_, err := rand.Read(k)
	return k, err
}

// NewSigner creates a fresh Ed25519 key pair.
func NewSigner() (ed25519.PublicKey, ed25519.PrivateKey, error) {
	return ed25519.GenerateKey(rand.Reader)
}

func Fingerprint(pub ed25519.PublicKey) string { return hex.EncodeToString(pub[:8]) }
'''
    return "internal/keys/generate.go", t


@neg("aes", "keygen_code")
def n_js_keygen(v=None):
    t = '''const crypto = require("crypto");

// Run once: node scripts/keygen.js >> .env.local  (never commit the output)
const key = crypto.randomBytes(32).toString("base64");
const { publicKey, privateKey } = crypto.generateKeyPairSync("ed25519");
console.log(`APP_ENCRYPTION_KEY=${key}`);
console.log(privateKey.export({ type: "pkcs8", format: "pem" }));
console.error(publicKey.export({ type: "spki", format: "pem" }));
'''
    return "scripts/keygen.js", t


@neg("aes", "key_derivation")
def n_py_kdf_env(v=None):
    t = fill('''import hashlib
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

# salt is public; the input key material comes from the environment
SALT = bytes.fromhex("@SALT@")
ITERATIONS = 600_000


def master_key() -> bytes:
    pw = os.environ["APP_PASSPHRASE"].encode()
    return hashlib.pbkdf2_hmac("sha256", pw, SALT, ITERATIONS, dklen=32)


def subkey(purpose: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=SALT, info=purpose.encode()).derive(master_key())
''', SALT=rhex(16))
    return "src/%s/kdf.py" % svc(), t


@neg("aes", "key_derivation")
def n_ts_env_key(v=None):
    t = '''import { createCipheriv, randomBytes } from "node:crypto";

const key = Buffer.from(process.env.APP_ENCRYPTION_KEY ?? "", "base64");
if (key.length !== 32) {
  throw new Error("APP_ENCRYPTION_KEY must be 32 bytes, base64");
}

export function encrypt(data: Buffer): Buffer {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key, iv);
  return Buffer.concat([iv, c.update(data), c.final(), c.getAuthTag()]);
}
'''
    return "src/lib/encrypt.ts", t


@neg("hkdf", "test_vector")
def n_py_rfc5869(v=None):
    ikm, salt, info = b"\x0b" * 22, bytes(range(13)), bytes(range(0xf0, 0xfa))
    prk = _hmac.new(salt, ikm, hashlib.sha256).digest()
    okm, t_ = b"", b""
    for i in range(1, 3):
        t_ = _hmac.new(prk, t_ + info + bytes([i]), hashlib.sha256).digest()
        okm += t_
    t = fill('''# RFC 5869 Appendix A.1 -- basic test case with SHA-256
IKM = bytes.fromhex("@I@")
SALT = bytes.fromhex("@S@")
INFO = bytes.fromhex("@F@")
L = 42
PRK = "@P@"
OKM = "@O@"


def test_hkdf_sha256(hkdf):
    assert hkdf(IKM, SALT, INFO, L).hex() == OKM
''', I=ikm.hex(), S=salt.hex(), F=info.hex(), P=prk.hex(), O=okm[:42].hex())
    return "tests/test_hkdf_rfc5869.py", t


@neg("pbkdf2", "test_vector")
def n_cs_rfc6070(v=None):
    d1 = hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 1, 20).hex()
    d2 = hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex()
    t = fill('''using System.Security.Cryptography;
using System.Text;
using Xunit;

public class Pbkdf2Rfc6070Tests
{
    [Theory]
    [InlineData("password", "salt", 1, "@D1@")]
    [InlineData("password", "salt", 2, "@D2@")]
    public void MatchesRfc6070(string pw, string salt, int c, string expected)
    {
        var dk = Rfc2898DeriveBytes.Pbkdf2(Encoding.ASCII.GetBytes(pw), Encoding.ASCII.GetBytes(salt), c, HashAlgorithmName.SHA1, 20);
        Assert.Equal(expected, Convert.ToHexString(dk).ToLowerInvariant());
    }
}
''', D1=d1, D2=d2)
    return "tests/Crypto.Tests/Pbkdf2Rfc6070Tests.cs", t


@neg("hmac", "test_vector")
def n_cs_rfc4231(v=None):
    t = fill('''using System.Security.Cryptography;
using System.Text;
using Xunit;

public class HmacVectorTests
{
    // RFC 4231 test case 2
    [Fact]
    public void Case2()
    {
        using var h = new HMACSHA256(Encoding.ASCII.GetBytes("Jefe"));
        var mac = h.ComputeHash(Encoding.ASCII.GetBytes("what do ya want for nothing?"));
        Assert.Equal("@C@", Convert.ToHexString(mac).ToLowerInvariant());
    }
}
''', C=hm(b"Jefe", b"what do ya want for nothing?"))
    return "tests/Api.Tests/HmacVectorTests.cs", t


@neg("aes", "test_vector")
def n_kt_gcm_vector(v=None):
    t = fill('''package com.example.crypto

import org.junit.Assert.assertEquals
import org.junit.Test

class GcmSpecVectorTest {
    // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 3
    private val key = "@K@".decodeHex()
    private val iv = "@IV@".decodeHex()

    @Test
    fun keyAndIvSizes() {
        assertEquals(16, key.size)
        assertEquals(12, iv.size)
    }

    private fun String.decodeHex() = chunked(2).map { it.toInt(16).toByte() }.toByteArray()
}
''', K=GCM_TC_KEY, IV=GCM_TC_IV)
    return "src/test/kotlin/com/example/crypto/GcmSpecVectorTest.kt", t


@neg("ed25519", "test_vector")
def n_swift_test(v=None):
    t = fill('''import CryptoKit
import XCTest

final class Ed25519VectorTests: XCTestCase {
    // RFC 8032 section 7.1, TEST 3
    let seed = Data(hexString: "@S@")!
    let expectedPublic = "@P@"

    func testPublicKeyDerivation() throws {
        let key = try Curve25519.Signing.PrivateKey(rawRepresentation: seed)
        XCTAssertEqual(key.publicKey.rawRepresentation.hexString, expectedPublic)
    }
}
''', S=RFC8032_T3, P=RFC8032_T3_PUB)
    return "Tests/AppTests/Ed25519VectorTests.swift", t


@neg("secp256k1", "doc_example")
def n_md_anvil(v=None):
    t = fill('''# Local development

Start a local chain with `anvil` and deploy with the first default account:

```bash
forge script script/Deploy.s.sol --rpc-url http://127.0.0.1:8545 \\
  --private-key @K@ --broadcast
```

Account `@A@` is one of the well-known test accounts printed by anvil;
it holds no real funds. For Sepolia set `DEPLOYER_PRIVATE_KEY` in your shell instead.
''', K=ANVIL_0, A=ANVIL_0_ADDR)
    return "docs/local-dev.md", t


@neg("keys", "inventory")
def n_csv_inventory(v=None):
    out = ["key_id,algorithm,purpose,created,public_fingerprint_sha256,status"]
    for i in range(R.randrange(4, 9)):
        out.append("%s,%s,%s,2024-%02d-%02d,%s,%s" % (
            ruuid(), pick(["AES-256-GCM", "Ed25519", "ECDSA-P256", "RSA-3072", "HMAC-SHA256"]),
            pick(["pii", "jwt", "webhook", "backup", "release"]), R.randrange(1, 13), R.randrange(1, 29),
            rhex(32), pick(["active", "retired", "pending"])))
    return "docs/keys/inventory.csv", "\n".join(out) + "\n"


@neg("keys", "metadata")
def n_sql_migration(v=None):
    out = ["CREATE TABLE IF NOT EXISTS signing_keys (", "    kid TEXT PRIMARY KEY,", "    alg TEXT NOT NULL,",
           "    public_key BYTEA NOT NULL,", "    created_at TIMESTAMPTZ NOT NULL DEFAULT now()", ");", ""]
    for i in range(R.randrange(2, 5)):
        out.append("INSERT INTO signing_keys (kid, alg, public_key) VALUES ('%s', 'EdDSA', decode('%s', 'hex'));" % (
            rhex(8), hx(ed25519_pub(rb(32)))))
    return "db/migrations/%04d_signing_keys.sql" % R.randrange(1, 200), "\n".join(out) + "\n"


@neg("aes", "placeholder_doc")
def n_env_example(v=None):
    t = '''# Copy to .env and fill in. Generate keys with:
#   openssl rand -base64 32
APP_ENCRYPTION_KEY=
HMAC_SECRET=<64-hex-chars>
SIGNING_KEY_PEM_PATH=/run/secrets/signing.pem
SOPS_AGE_KEY_FILE=~/.config/sops/age/keys.txt
WG_PRIVATE_KEY=
'''
    return pick([".env.example", ".env.sample"]), t


@neg("age", "placeholder_doc")
def n_md_age_doc(v=None):
    t = fill('''# Secrets

Secrets are encrypted with [age](https://age-encryption.org). Recipients:

- ops: `@R1@`
- ci:  `@R2@`

Your identity file looks like

```
# created: 2024-01-01T00:00:00Z
# public key: age1...
AGE-SECRET-KEY-1...
```

Keep it in `~/.config/sops/age/keys.txt`, never in the repository.
''', R1=bech32_encode("age", x25519_pub_from_bytes(rb(32))), R2=bech32_encode("age", x25519_pub_from_bytes(rb(32))))
    return "docs/secrets.md", t


@neg("hmac", "signature")
def n_webhook_test_fixture(v=None):
    body = json.dumps({"id": "evt_" + rstr(14), "type": "order.paid", "amount": R.randrange(100, 99999)})
    t = fill('''{
  "headers": {
    "X-Signature-256": "sha256=@S@",
    "X-Request-Id": "@U@",
    "X-Timestamp": "@T@"
  },
  "body": @B@
}
''', S=rhex(32), U=ruuid(), T=1700000000 + R.randrange(10 ** 7), B=json.dumps(body))
    return "test/fixtures/webhook_signed.json", t


@neg("aes", "ciphertext")
def n_go_test_ct(v=None):
    t = fill('''package vault_test

import "testing"

// Golden output produced with the key from testKey() (derived from the test passphrase).
const goldenNonce = "@N@"
const goldenCiphertext = "@C@"

func TestGolden(t *testing.T) {
	got := seal(testKey(t), mustHex(goldenNonce), []byte("hello"))
	if hex(got) != goldenCiphertext {
		t.Fatalf("mismatch: %x", got)
	}
}
''', N=rhex(12), C=rhex(21))
    return "internal/vault/vault_test.go", t


# ---------------------------------------------------------------- driver
KNOWN_EXAMPLES = None


def classify_neg(v, slot):
    s = v["v"]
    if isinstance(s, (bytes, bytearray)):
        if s == bytes(len(s)) or s == bytes(range(len(s))) or len(set(s)) == 1:
            return "trivial_key"
        return "published_test_key"
    if s == "":
        return "empty"
    if s in ("****", "********", "[REDACTED]", "<redacted>", "(hidden)"):
        return "masked"
    if s.startswith(("${", "{{", "vault:", "op://", "env:", "%", "#{")):
        return "reference"
    if "PUBLIC KEY" in s or v.get("kmt") == "ASYMMETRIC_PUBLIC":
        return "public_key"
    if s in KNOWN_EXAMPLES:
        return "published_example"
    if re.fullmatch(r"(0x)?0+1?", s) or s in (SEQ32, "0b" * 20, "aa" * 131, bytes(range(64)).hex()) \
            or (len(set(s.rstrip("="))) <= 2):
        return "trivial_key"
    return "placeholder"


def weighted_cycle(items, n, base_each):
    seqv = []
    for it in items:
        k = max(1, int(round(base_each * it["w"])))
        seqv += [it] * k
    while len(seqv) < n:
        tot = sum(i["w"] for i in items)
        x = R.random() * tot
        for it in items:
            x -= it["w"]
            if x <= 0:
                seqv.append(it)
                break
    R.shuffle(seqv)
    return seqv[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main():
    global R, KNOWN_EXAMPLES
    if len(sys.argv) != 3:
        sys.exit("usage: gen_jr.py OUTDIR SEED")
    outdir, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    selfcheck()
    KNOWN_EXAMPLES = {RFC8032_T1, RFC8032_T2, RFC8032_T3, RFC7748_ALICE, RFC7748_BOB, AES_38A_128, AES_38A_256,
                      FIPS197_K, GCM_TC_KEY, RFC8439_AEAD_KEY, RFC8439_POLY_KEY, RFC7515_A1_K, RFC7517_A128KW,
                      RFC7515_A3["d"], WG_DOC_PRIV, ANVIL_0, ANVIL_0[2:], BTC_WIKI_KEY, "your-256-bit-secret", "Jefe",
                      b64u(bytes.fromhex(RFC8032_T1)), wif(bytes.fromhex(BTC_WIKI_KEY), False),
                      wif(bytes.fromhex(BTC_WIKI_KEY)), bip32_master(bytes.fromhex(BIP32_TV1_SEED))[0],
                      b64(bytes.fromhex(RFC7748_ALICE)), b64(bytes.fromhex(RFC7748_BOB)),
                      b64(bytes.fromhex(AES_38A_256)), b64(bytes.fromhex(FIPS197_K)), b64(bytes.fromhex(AES_38A_128))}
    manifest, secrets = [], []
    n_env = 0
    # positives
    plan = weighted_cycle(POS, 500, 6)
    for i, tp in enumerate(plan):
        for _attempt in range(20):
            v = SLOT_GEN[tp["slot"]]()
            rel, text, needle = tp["f"](v)
            if ftype(rel) == "env" and n_env >= 25:
                tp = pick([t for t in POS if t["name"] != "p_dotenv"])
                continue
            break
        if ftype(rel) == "env":
            n_env += 1
        needle = needle if needle is not None else v["n"]
        assert isinstance(needle, str) and len(needle) >= 8 and "\n" not in needle, (tp["name"], needle)
        idx = text.find(needle)
        assert idx >= 0, (tp["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1]
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": tp["provider"], "kind": tp["kind"], "filetype": ftype(rel)})
        secrets.append({"file": f, "needle": needle, "line": line})
    # negatives: 250 re-used positive templates, 250 look-alikes
    reuse = [t for t in POS if t["name"] != "p_dotenv"]
    plan_a = weighted_cycle([dict(t, w=1.0) for t in reuse], 250, 3)
    plan_b = weighted_cycle(NEG, 250, 4)
    items = [("a", t) for t in plan_a] + [("b", t) for t in plan_b]
    R.shuffle(items)
    for i, (src, tp) in enumerate(items):
        if src == "a":
            v = neg_value(tp["slot"])
            if tp["name"].startswith("p_pem_"):
                # a bare key file: the innocent variant is the matching public key
                v = _d(_neg_pool(tp["slot"])[0])
            rel, text, _ = tp["f"](v)
            if tp["name"].startswith("p_pem_"):
                rel = rel.rsplit(".", 1)[0] + ".pub.pem"
            kind = classify_neg(v, tp["slot"])
        else:
            rel, text = tp["f"]()
            kind = tp["kind"]
        base = rel.rsplit("/", 1)[-1]
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample"))), rel
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": tp["provider"], "kind": kind, "filetype": ftype(rel)})
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    # re-read and check the needles from disk
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    assert len(manifest) == 1000 and len(secrets) == 500


if __name__ == "__main__":
    main()
