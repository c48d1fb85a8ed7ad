#!/usr/bin/env python3
"""gen_n.py -- blind evaluation-set generator "n" for a git pre-commit secret scanner.

EMPHASIS
    Fintech, payments, e-commerce and web3/crypto repositories: places where
    transaction hashes, contract addresses, public keys, payment-object ids and
    publishable keys sit right next to real secrets.  Positives are payment
    provider secrets (Stripe, PayPal/Braintree, Adyen, Square, Checkout.com,
    Mollie, Razorpay, Paystack, Flutterwave, Plaid, Wise, GoCardless, Klarna,
    Dwolla, Marqeta, Lithic, Twilio), exchange API secrets (Coinbase CDP,
    Binance, Kraken, Bybit, OKX), node/RPC keys (Alchemy, Infura, QuickNode,
    Helius, Etherscan, Moralis), wallet material (EVM private keys, Solana
    keypairs, Bitcoin WIF, BIP-32 xprv, BIP-39 mnemonics), e-commerce tokens
    (Shopify, WooCommerce, BigCommerce, Magento, Avalara, TaxJar, EasyPost,
    Shippo) and the human-chosen database passwords of such apps.
    Negatives are the hard look-alikes these projects legitimately commit.

USAGE
    python3 gen_n.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relative path>, OUTDIR/neg/nNNNN/<relative path>
    (500 + 500, one file per directory), OUTDIR/manifest.jsonl
    ({"file","label","provider","kind","filetype"}) and OUTDIR/secrets.jsonl
    ({"file","needle","line"}) for positives.  Deterministic per SEED: the only
    randomness is random.Random(SEED).  Standard library only.  A self-check
    runs at the end (needle on the stated line, no positive needle inside any
    negative) and prints counts of providers, kinds and file types.

NEEDLE CONVENTIONS
    * needle = the minimal secret substring exactly as written in the file.
    * Pair credentials (key id + secret: Razorpay, WooCommerce ck_/cs_, Binance,
      Kraken, Bybit, OKX, Twilio SK+secret, Plaid client_id+secret, Braintree
      merchant/public/private, Dwolla) count as ONE credential; the needle is
      the secret half.  The id half is present as ordinary context.
    * URLs carrying a key in the path/query (Alchemy, Infura, QuickNode, Helius
      RPC URLs) and database URLs: needle = the key / the password only.
    * PEM private keys (Coinbase CDP EC keys): needle = the first base64 body
      line (64 chars), which is identical whether the PEM is written with real
      newlines or with "\\n" escapes inside a JSON/env string.
    * Solana id.json keypairs: needle = the whole "[n,n,...]" array text (one line).
    * BIP-39 mnemonics: needle = the whole phrase (words separated by one space).
    * line = 1-based line number of the first occurrence of the needle.

DOUBTS (formats I am not sure about)
    * Stripe: modern keys are written as sk_live_51<account-tail><random> with
      99 chars after the prefix; the exact split between the embedded account
      tail and the random part is my reconstruction.  Legacy 24-char keys are
      also produced.  whsec_ = 32 alnum (dashboard) or 64 hex (Stripe CLI).
    * Adyen API keys: "AQE" + base64 + "=-" + base64 + "=-" + a short tail with
      punctuation.  Reconstructed from memory of published examples; the exact
      internal structure is undocumented.
    * Checkout.com: NAS keys sk_[sbox_]<26 base32 lowercase><1 char>, ABC keys
      sk_test_/sk_ + UUID; from memory of SDK validation, not from docs.
    * Klarna: klarna_<live|test>_api_<random> is documented; the random part's
      alphabet/length (base64-ish, ~80 chars) is a guess from the truncated
      example in Klarna's docs.
    * EasyPost (EZAK/EZTK + 32 hex + 22 alnum), BigCommerce (31 [a-z0-9]),
      Magento integration tokens (32 [a-z0-9]), Dwolla (50 alnum key/secret),
      Marqeta and Lithic (UUID-shaped tokens), Bybit (18/36 alnum), Kraken
      (56-char key, 88-char base64 secret of 64 bytes), QuickNode (40 hex path
      token), Moralis (JWT API key) are from memory of public examples.
    * Wise, Lithic, Marqeta and Helius secrets are plain UUIDs: a scanner can
      only catch them from context; the same shape is used for innocent ids in
      negatives (idempotency keys, request ids) on purpose.
    * Solana keypairs: the last 32 bytes are the real Ed25519 public key of the
      first 32 (computed here).  Bitcoin WIF / xprv use real base58check.
      EVM addresses in negatives are EIP-55 checksummed with a built-in
      Keccak-256.  BIP-39 mnemonics use the full embedded English wordlist and
      a correct checksum word.
    * Hardhat/Anvil default accounts (derived here from the published mnemonic
      "test test test test test test test test test test test junk" along
      m/44'/60'/0'/0/i) are NEGATIVES (kind published_test_key): they are
      public test vectors that every Hardhat user has; the same for the BIP-32
      test vector 1 xprv, the "abandon ... about" BIP-39 vector and the WIF
      example of the Bitcoin wiki (recomputed here from its private key).
      A scanner that reports them is not wrong in spirit, so these are the
      most debatable negatives.
    * Ethereum keystore v3 JSON (scrypt + aes-128-ctr ciphertext) is treated as
      a NEGATIVE ("ciphertext"): it is useless without the password, though
      some teams treat keystores as sensitive.
    * Publishable/public values (pk_live_, rzp_live_ key id alone, Adyen client
      key, PayPal client id, WalletConnect project id, Square application id,
      Paystack pk_, Flutterwave FLWPUBK, Klarna client id, Checkout pk_,
      Shopify API key / client id) are negatives per provider docs.
    * Mollie and GoCardless both use "live_"; Stripe Checkout Session ids
      (cs_live_...) collide with the WooCommerce cs_ prefix on purpose.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import sys
import zlib
from collections import Counter

# ---------------------------------------------------------------------------
# BIP-39 English wordlist (2048 words, official order)
# ---------------------------------------------------------------------------
BIP39_WORDS = """@@WORDLIST@@""".split()

# ---------------------------------------------------------------------------
# crypto helpers (pure python)
# ---------------------------------------------------------------------------
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
HEX = "0123456789abcdef"
URLSAFE = ALNUM + "-_"
B64C = ALNUM + "+/"
B32L = "abcdefghijklmnopqrstuvwxyz234567"


def sha256(b):
    return hashlib.sha256(b).digest()


def b58enc(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, r = divmod(n, 58)
        s = B58[r] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def b58check(payload):
    return b58enc(payload + sha256(sha256(payload))[:4])


def b62enc(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = B62[r] + s
    return s.rjust(width, "0")


# Keccak-256 (Ethereum flavour, original padding 0x01)
_RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
       0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
       0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
       0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
       0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
       0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
_ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61],
        [28, 55, 25, 21, 56], [27, 20, 39, 8, 14]]
_M64 = (1 << 64) - 1


def _rol(v, n):
    return ((v << n) | (v >> (64 - n))) & _M64 if n else v


def _keccak_f(A):
    for rc in _RC:
        C = [A[x][0] ^ A[x][1] ^ A[x][2] ^ A[x][3] ^ A[x][4] for x in range(5)]
        D = [C[(x - 1) % 5] ^ _rol(C[(x + 1) % 5], 1) for x in range(5)]
        A = [[A[x][y] ^ D[x] for y in range(5)] for x in range(5)]
        B = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                B[y][(2 * x + 3 * y) % 5] = _rol(A[x][y], _ROT[x][y])
        A = [[B[x][y] ^ ((~B[(x + 1) % 5][y]) & B[(x + 2) % 5][y]) for y in range(5)]
             for x in range(5)]
        A[0][0] ^= rc
    return A


def keccak256(data):
    rate = 136
    p = bytearray(data)
    p.append(0x01)
    while len(p) % rate:
        p.append(0)
    p[-1] |= 0x80
    A = [[0] * 5 for _ in range(5)]
    for off in range(0, len(p), rate):
        blk = p[off:off + rate]
        for i in range(rate // 8):
            A[i % 5][i // 5] ^= int.from_bytes(blk[8 * i:8 * i + 8], "little")
        A = _keccak_f(A)
    return b"".join(A[i % 5][i // 5].to_bytes(8, "little") for i in range(4))


def eip55(addr20):
    h = addr20.hex()
    d = keccak256(h.encode()).hex()
    return "0x" + "".join(c.upper() if int(d[i], 16) >= 8 else c for i, c in enumerate(h))


# short Weierstrass curves
class Curve:
    def __init__(self, p, a, b, gx, gy, n):
        self.p, self.a, self.b, self.G, self.n = p, a, b, (gx, gy), n

    def add(self, P, Q):
        if P is None:
            return Q
        if Q is None:
            return P
        p = self.p
        if P[0] == Q[0]:
            if (P[1] + Q[1]) % p == 0:
                return None
            lam = (3 * P[0] * P[0] + self.a) * pow(2 * P[1], -1, p) % p
        else:
            lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
        x = (lam * lam - P[0] - Q[0]) % p
        return (x, (lam * (P[0] - x) - P[1]) % p)

    def mul(self, k, P=None):
        P = P or self.G
        R = None
        while k:
            if k & 1:
                R = self.add(R, P)
            P = self.add(P, P)
            k >>= 1
        return R


SECP256K1 = Curve(2 ** 256 - 2 ** 32 - 977, 0, 7,
                  0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
                  0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8,
                  0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141)
P256 = Curve(0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF,
             -3, 0x5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B,
             0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
             0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5,
             0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551)


def pub_compressed(curve, k):
    X, Y = curve.mul(k)
    return bytes([2 + (Y & 1)]) + X.to_bytes(32, "big")


def pub_uncompressed(curve, k):
    X, Y = curve.mul(k)
    return b"\x04" + X.to_bytes(32, "big") + Y.to_bytes(32, "big")


def eth_address_from_key(k):
    return eip55(keccak256(pub_uncompressed(SECP256K1, k)[1:])[-20:])


# Ed25519 public key derivation (RFC 8032)
_Q = 2 ** 255 - 19
_D = -121665 * pow(121666, -1, _Q) % _Q
_I = pow(2, (_Q - 1) // 4, _Q)


def _xrecover(y):
    xx = (y * y - 1) * pow(_D * y * y + 1, -1, _Q)
    x = pow(xx, (_Q + 3) // 8, _Q)
    if (x * x - xx) % _Q:
        x = x * _I % _Q
    if x % 2:
        x = _Q - x
    return x


_BY = 4 * pow(5, -1, _Q) % _Q
_BPT = (_xrecover(_BY), _BY)


def _edadd(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = _D * x1 * x2 * y1 * y2
    return ((x1 * y2 + x2 * y1) * pow(1 + t, -1, _Q) % _Q,
            (y1 * y2 + x1 * x2) * pow(1 - t, -1, _Q) % _Q)


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    R, P = (0, 1), _BPT
    while a:
        if a & 1:
            R = _edadd(R, P)
        P = _edadd(P, P)
        a >>= 1
    x, y = R
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


# bech32 (BIP-173) for bc1q addresses
_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def bech32_segwit(hrp, witver, prog):
    acc, bits, data = 0, 0, [witver]
    for b in prog:
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
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


# BIP-32 / BIP-39
def bip32_serialize(version, depth, fpr, child, chain, keydata):
    return b58check(version + bytes([depth]) + fpr + child.to_bytes(4, "big") + chain + keydata)


def bip32_master(seed):
    I = hmac.new(b"Bitcoin seed", seed, hashlib.sha512).digest()
    return int.from_bytes(I[:32], "big"), I[32:]


def bip32_ckd(k, c, i):
    if i >= 0x80000000:
        data = b"\0" + k.to_bytes(32, "big") + i.to_bytes(4, "big")
    else:
        data = pub_compressed(SECP256K1, k) + i.to_bytes(4, "big")
    I = hmac.new(c, data, hashlib.sha512).digest()
    return (int.from_bytes(I[:32], "big") + k) % SECP256K1.n, I[32:]


def bip39_from_entropy(ent):
    bits = bin(int.from_bytes(ent, "big"))[2:].zfill(len(ent) * 8)
    cs = len(ent) * 8 // 32
    bits += bin(sha256(ent)[0])[2:].zfill(8)[:cs]
    return " ".join(BIP39_WORDS[int(bits[i:i + 11], 2)] for i in range(0, len(bits), 11))


def bip39_seed(mn, passphrase=""):
    return hashlib.pbkdf2_hmac("sha512", mn.encode(), ("mnemonic" + passphrase).encode(), 2048)


def hardhat_default_keys(n=5):
    seed = bip39_seed("test test test test test test test test test test test junk")
    k, c = bip32_master(seed)
    for i in (44 | 0x80000000, 60 | 0x80000000, 0x80000000, 0):
        k, c = bip32_ckd(k, c, i)
    out = []
    for i in range(n):
        ki, _ = bip32_ckd(k, c, i)
        out.append(ki)
    return out


def der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def der(tag, body):
    return bytes([tag]) + der_len(len(body)) + body


OID_P256 = bytes.fromhex("06082a8648ce3d030107")
OID_ECPUB = bytes.fromhex("06072a8648ce3d0201")


def p256_sec1_pem(k):
    pub = pub_uncompressed(P256, k)
    body = der(0x30, der(0x02, b"\x01") + der(0x04, k.to_bytes(32, "big")) +
               der(0xa0, OID_P256) + der(0xa1, der(0x03, b"\x00" + pub)))
    b64 = base64.b64encode(body).decode()
    lines = [b64[i:i + 64] for i in range(0, len(b64), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END EC PRIVATE KEY-----\n", lines[0]


def p256_spki_pem(k):
    pub = pub_uncompressed(P256, k)
    body = der(0x30, der(0x30, OID_ECPUB + OID_P256) + der(0x03, b"\x00" + pub))
    b64 = base64.b64encode(body).decode()
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64)) + "\n-----END PUBLIC KEY-----\n"


# ---------------------------------------------------------------------------
# random helpers
# ---------------------------------------------------------------------------
class Rng:
    def __init__(self, seed):
        self.r = random.Random(seed)

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def bytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def c(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def i(self, a, b):
        return self.r.randint(a, b)

    def shuffle(self, x):
        self.r.shuffle(x)
        return x

    def sample(self, seq, k):
        return self.r.sample(seq, min(k, len(seq)))

    def uuid(self):
        v = bytearray(self.bytes(16))
        v[6] = (v[6] & 0x0F) | 0x40
        v[8] = (v[8] & 0x3F) | 0x80
        h = v.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def b64(self, nbytes, pad=True):
        s = base64.b64encode(self.bytes(nbytes)).decode()
        return s if pad else s.rstrip("=")

    def b64url(self, nbytes):
        return base64.urlsafe_b64encode(self.bytes(nbytes)).decode().rstrip("=")

    def privkey(self, curve=SECP256K1):
        while True:
            k = int.from_bytes(self.bytes(32), "big")
            if 0 < k < curve.n:
                return k

    def ts(self):
        return f"2024-{self.i(1, 12):02d}-{self.i(1, 28):02d}T{self.i(0, 23):02d}:{self.i(0, 59):02d}:{self.i(0, 59):02d}Z"

    def date(self):
        return f"20{self.i(22, 25)}-{self.i(1, 12):02d}-{self.i(1, 28):02d}"


FIRST = ["Marek", "Kasia", "Olivia", "Tomas", "Priya", "Diego", "Lena", "Hugo", "Aiko", "Sven",
         "Rafael", "Noor", "Ingrid", "Mateo", "Chloe", "Bartek", "Yusuf", "Freya", "Dario", "Mila"]
WORDS = ["winter", "harbor", "falcon", "mango", "river", "sunset", "copper", "violet", "thunder",
         "maple", "pepper", "orbit", "cobalt", "summit", "willow", "ember", "lagoon", "saffron",
         "granite", "meadow", "tango", "pixel", "nomad", "biscuit", "marble", "crimson"]
CITIES = ["Gdansk", "Porto", "Lyon", "Austin", "Leeds", "Turku", "Cusco", "Bergen", "Osaka", "Split"]
SYMS = "!#$%&*.-_@?"


def human_password(g):
    w = g.c(WORDS)
    pat = g.i(0, 6)
    if pat == 0:
        return f"{g.c(FIRST)}{g.c('.-_')}{g.i(1968, 2004)}{w}"
    if pat == 1:
        leet = w.replace("o", "0").replace("a", "4").replace("e", "3")
        return f"{leet.capitalize()}{g.c('&#%')}{g.i(2, 9)}"
    if pat == 2:
        return f"{w.capitalize()}{g.c(WORDS).capitalize()}{g.i(10, 99)}{g.c(SYMS)}"
    if pat == 3:
        return f"{g.c(FIRST)}{g.c('#@')}{g.c(CITIES)}{g.i(70, 99)}"
    if pat == 4:
        return f"{g.c(WORDS)}-{g.c(WORDS)}-{g.c(WORDS)}-{g.i(2, 9)}"
    if pat == 5:
        return f"{g.c(CITIES)}{g.i(1990, 2023)}{g.c(SYMS)}{g.c(WORDS)}"
    return f"{w[:1].upper()}{w[1:]}{g.c(SYMS)}{g.c(FIRST).lower()}{g.i(1, 31):02d}"


def strong_passphrase(g):
    # e.g. Chainlink keystore passwords: >=16 chars, 3 upper, 3 digits, 3 symbols
    return (f"{g.c(WORDS).capitalize()}{g.c(SYMS)}{g.c(WORDS).capitalize()}{g.c(SYMS)}"
            f"{g.i(1000, 9999)}{g.c(SYMS)}{g.c(CITIES)}")


# ---------------------------------------------------------------------------
# value model
# ---------------------------------------------------------------------------
class Ref:
    """A reference to a value kept outside the repo (env var / secret store)."""

    def __init__(self, env):
        self.env = env


class Spec:
    def __init__(self, provider, kind, value, name, group, comps=(), needle=None,
                 role=None, fmt="str", title=None, fts=None):
        self.provider = provider
        self.kind = kind
        self.value = value            # str or Ref
        self.name = name              # canonical UPPER_SNAKE
        self.group = group            # lowercase group / section name
        self.comps = list(comps)      # [(NAME, value)] non-secret companions
        self.needle = needle if needle is not None else (value if isinstance(value, str) else None)
        self.role = role              # web3 slot: pk, rpc, explorer, mnemonic, addr, tx
        self.fmt = fmt                # str | pem | solarr
        self.title = title or group.capitalize()
        self.fts = fts                # restricted filetypes (None = generic kv set)
        self.sec_env = name           # env var name used by references


GENERIC_NAMES = ["KEY", "TOKEN", "SECRET", "API_KEY", "API_SECRET", "AUTH_TOKEN", "PRIVATE_KEY",
                 "ACCESS_TOKEN", "CREDENTIAL", "PK", "SK", "LIVE_KEY", "PROD_KEY"]


def pick_name(g, names, generic=None):
    if g.p(0.34):
        return g.c(generic or GENERIC_NAMES), True
    return g.c(names), False


def eth_addr(g):
    return eip55(g.bytes(20))


def stripe_tail(g):
    return "1" + g.s(ALNUM, 15)


def stripe_id(g, prefix, tail=None, n=24):
    if tail and n >= 20:
        return prefix + g.c("123") + tail[1:9] + g.s(ALNUM, n - 9)
    return prefix + g.s(ALNUM, n)


# ---------------------------------------------------------------------------
# POSITIVE credential generators
# ---------------------------------------------------------------------------
def pos_stripe(g, kind):
    tail = stripe_tail(g)
    live = kind != "secret_key_test"
    mode = "live" if live else "test"
    if kind == "webhook_secret":
        v = "whsec_" + (g.s(ALNUM, 32) if g.p(0.7) else g.hex(64))
        nm, gen = pick_name(g, ["STRIPE_WEBHOOK_SECRET", "STRIPE_SIGNING_SECRET", "STRIPE_ENDPOINT_SECRET"],
                            ["WEBHOOK_SECRET", "SIGNING_SECRET", "SECRET", "ENDPOINT_SECRET"])
        comps = [("STRIPE_WEBHOOK_ID", stripe_id(g, "we_", tail))]
        return Spec("stripe", kind, v, nm, "stripe", comps)
    pre = {"secret_key_live": "sk_live_", "secret_key_test": "sk_test_", "restricted_key": "rk_live_"}[kind]
    v = pre + ("5" + tail + g.s(ALNUM, 82) if g.p(0.7) else g.s(ALNUM, 24 if pre != "rk_live_" else 99))
    names = {"rk_live_": ["STRIPE_RESTRICTED_KEY", "STRIPE_RK", "STRIPE_REPORTING_KEY"]}.get(
        pre, ["STRIPE_SECRET_KEY", "STRIPE_API_KEY", "STRIPE_SK", f"STRIPE_{mode.upper()}_SECRET_KEY"])
    nm, _ = pick_name(g, names)
    comps = [("STRIPE_PUBLISHABLE_KEY", f"pk_{mode}_5{tail}{g.s(ALNUM, 82)}")] if g.p(0.6) else []
    if g.p(0.4):
        comps.append(("STRIPE_ACCOUNT_ID", "acct_" + tail))
    return Spec("stripe", kind, v, nm, "stripe", comps)


def pos_paypal(g, kind):
    cid = "A" + g.s(URLSAFE, 79)
    if kind == "client_secret":
        v = "E" + g.s(URLSAFE, 79)
        nm, _ = pick_name(g, ["PAYPAL_CLIENT_SECRET", "PAYPAL_SECRET"], ["CLIENT_SECRET", "SECRET"])
        return Spec("paypal", kind, v, nm, "paypal", [("PAYPAL_CLIENT_ID", cid), ("PAYPAL_MODE", "live")], title="PayPal")
    v = "A21AA" + g.s(URLSAFE, 92)
    nm, _ = pick_name(g, ["PAYPAL_ACCESS_TOKEN", "PAYPAL_BEARER"], ["ACCESS_TOKEN", "BEARER_TOKEN"])
    return Spec("paypal", kind, v, nm, "paypal", [("PAYPAL_CLIENT_ID", cid)], title="PayPal")


def pos_braintree(g, kind):
    mid = g.s("abcdefghijklmnopqrstuvwxyz0123456789", 16)
    if kind == "access_token":
        v = f"access_token$production${mid}${g.hex(32)}"
        nm, _ = pick_name(g, ["BRAINTREE_ACCESS_TOKEN", "BT_ACCESS_TOKEN"])
        return Spec("braintree", kind, v, nm, "braintree", [], title="Braintree")
    v = g.hex(32)
    nm, _ = pick_name(g, ["BRAINTREE_PRIVATE_KEY", "BT_PRIVATE_KEY"], ["PRIVATE_KEY", "SECRET"])
    return Spec("braintree", kind, v, nm, "braintree",
                [("BRAINTREE_MERCHANT_ID", mid), ("BRAINTREE_PUBLIC_KEY", g.s(LOALNUM, 16)),
                 ("BRAINTREE_ENVIRONMENT", "production")], title="Braintree")


def pos_adyen(g, kind):
    if kind == "api_key":
        v = ("AQE" + g.s(B64C, 5) + g.b64(72).rstrip("=") + "=-" + g.b64(32) + "-" +
             g.s(ALNUM + "<>()#$@:", 16))
        nm, _ = pick_name(g, ["ADYEN_API_KEY", "ADYEN_X_API_KEY"])
        comps = [("ADYEN_MERCHANT_ACCOUNT", g.c(["Northwind", "AcmeShop", "Lumen", "Kestrel"]) + g.c(["ECOM", "POS", "Online"])),
                 ("ADYEN_ENVIRONMENT", "LIVE")]
        return Spec("adyen", kind, v, nm, "adyen", comps)
    v = g.s("0123456789ABCDEF", 64)
    nm, _ = pick_name(g, ["ADYEN_HMAC_KEY", "ADYEN_NOTIFICATION_HMAC"], ["HMAC_KEY", "HMAC_SECRET"])
    return Spec("adyen", kind, v, nm, "adyen", [("ADYEN_WEBHOOK_USERNAME", "adyen-webhook")])


def pos_square(g, kind):
    appid = "sq0idp-" + g.s(URLSAFE, 22)
    if kind == "access_token":
        v = "EAAA" + g.s(URLSAFE, 60)
        nm, _ = pick_name(g, ["SQUARE_ACCESS_TOKEN", "SQUARE_TOKEN"])
    else:
        v = "sq0csp-" + g.s(URLSAFE, 43)
        nm, _ = pick_name(g, ["SQUARE_APPLICATION_SECRET", "SQUARE_OAUTH_SECRET"], ["APP_SECRET", "CLIENT_SECRET"])
    return Spec("square", kind, v, nm, "square", [("SQUARE_APPLICATION_ID", appid), ("SQUARE_LOCATION_ID", "L" + g.s(UPALNUM, 12))])


def pos_checkout(g, kind):
    if g.p(0.7):
        sbox = g.p(0.4)
        v = "sk_" + ("sbox_" if sbox else "") + g.s(B32L, 26) + g.c(B32L + "*#$=")
        pk = "pk_" + ("sbox_" if sbox else "") + g.s(B32L, 26) + g.c(B32L)
    else:
        v = "sk_" + g.c(["test_", ""]) + g.uuid()
        pk = "pk_" + g.uuid()
    nm, _ = pick_name(g, ["CKO_SECRET_KEY", "CHECKOUT_SECRET_KEY", "CHECKOUTCOM_SECRET_KEY"])
    return Spec("checkout", kind, v, nm, "checkout", [("CKO_PUBLIC_KEY", pk)], title="Checkout.com")


def pos_mollie(g, kind):
    v = g.c(["live_", "live_", "test_"]) + g.s(ALNUM, 30)
    nm, _ = pick_name(g, ["MOLLIE_API_KEY", "MOLLIE_KEY"])
    return Spec("mollie", kind, v, nm, "mollie", [("MOLLIE_PROFILE_ID", "pfl_" + g.s(ALNUM, 10))])


def pos_razorpay(g, kind):
    v = g.s(ALNUM, 24)
    nm, _ = pick_name(g, ["RAZORPAY_KEY_SECRET", "RAZORPAY_SECRET"], ["KEY_SECRET", "SECRET"])
    return Spec("razorpay", kind, v, nm, "razorpay", [("RAZORPAY_KEY_ID", "rzp_live_" + g.s(ALNUM, 14))])


def pos_paystack(g, kind):
    v = "sk_live_" + g.hex(40)
    nm, _ = pick_name(g, ["PAYSTACK_SECRET_KEY", "PAYSTACK_SK"])
    return Spec("paystack", kind, v, nm, "paystack", [("PAYSTACK_PUBLIC_KEY", "pk_live_" + g.hex(40))])


def pos_flutterwave(g, kind):
    t = g.c(["FLWSECK-", "FLWSECK-", "FLWSECK_TEST-"])
    v = t + g.hex(32) + "-X"
    nm, _ = pick_name(g, ["FLW_SECRET_KEY", "FLUTTERWAVE_SECRET_KEY", "RAVE_SECRET_KEY"])
    return Spec("flutterwave", kind, v, nm, "flutterwave",
                [("FLW_PUBLIC_KEY", t.replace("SECK", "PUBK") + g.hex(32) + "-X")])


def pos_plaid(g, kind):
    if kind == "secret":
        v = g.hex(30)
        nm, _ = pick_name(g, ["PLAID_SECRET", "PLAID_PRODUCTION_SECRET"], ["SECRET", "CLIENT_SECRET"])
        return Spec("plaid", kind, v, nm, "plaid", [("PLAID_CLIENT_ID", g.hex(24)), ("PLAID_ENV", "production")])
    v = "access-production-" + g.uuid()
    nm, _ = pick_name(g, ["PLAID_ACCESS_TOKEN"], ["ACCESS_TOKEN", "TOKEN"])
    return Spec("plaid", kind, v, nm, "plaid", [("PLAID_ITEM_ID", g.s(ALNUM, 37))])


def pos_wise(g, kind):
    v = g.uuid()
    nm, _ = pick_name(g, ["WISE_API_TOKEN", "TRANSFERWISE_API_KEY", "WISE_TOKEN"], ["API_TOKEN", "TOKEN"])
    return Spec("wise", kind, v, nm, "wise", [("WISE_PROFILE_ID", str(g.i(10000000, 99999999))),
                                              ("WISE_API_URL", "https://api.transferwise.com")])


def pos_gocardless(g, kind):
    v = g.c(["live_", "live_", "sandbox_"]) + g.s(URLSAFE, 40)
    nm, _ = pick_name(g, ["GOCARDLESS_ACCESS_TOKEN", "GC_ACCESS_TOKEN"])
    return Spec("gocardless", kind, v, nm, "gocardless", [("GOCARDLESS_CREDITOR_ID", "CR" + g.s(UPALNUM, 12))], title="GoCardless")


def pos_klarna(g, kind):
    v = f"klarna_{g.c(['live', 'live', 'test'])}_api_" + g.s(ALNUM, g.i(72, 88))
    nm, _ = pick_name(g, ["KLARNA_API_KEY", "KLARNA_API_PASSWORD"])
    return Spec("klarna", kind, v, nm, "klarna", [("KLARNA_USERNAME", g.uuid()), ("KLARNA_REGION", g.c(["eu", "na", "oc"]))])


def pos_coinbase(g, kind):
    org, kid = g.uuid(), g.uuid()
    keyname = f"organizations/{org}/apiKeys/{kid}"
    if kind == "cdp_ec_private_key":
        pem, first = p256_sec1_pem(g.privkey(P256))
        return Spec("coinbase", kind, pem, "CDP_API_KEY_PRIVATE_KEY", "coinbase",
                    [("CDP_API_KEY_NAME", keyname)], needle=first, fmt="pem",
                    fts=["cdp_key_json", "pem_py", "pem_ts", "pem_env", "pem_yaml"], title="Coinbase")
    seed = g.bytes(32)
    v = base64.b64encode(seed + ed25519_pub(seed)).decode()
    nm, _ = pick_name(g, ["CDP_API_KEY_SECRET", "COINBASE_API_SECRET"], ["API_SECRET", "SECRET"])
    return Spec("coinbase", kind, v, nm, "coinbase", [("CDP_API_KEY_ID", g.uuid())], title="Coinbase")


def pos_exchange(g, prov, kind):
    if prov == "binance":
        v = g.s(ALNUM, 64)
        comps = [("BINANCE_API_KEY", g.s(ALNUM, 64))]
        names = ["BINANCE_API_SECRET", "BINANCE_SECRET_KEY"]
    elif prov == "kraken":
        v = g.b64(64)
        comps = [("KRAKEN_API_KEY", g.b64(42))]
        names = ["KRAKEN_PRIVATE_KEY", "KRAKEN_API_SECRET"]
    elif prov == "bybit":
        v = g.s(ALNUM, 36)
        comps = [("BYBIT_API_KEY", g.s(ALNUM, 18))]
        names = ["BYBIT_API_SECRET", "BYBIT_SECRET"]
    else:
        v = g.s("0123456789ABCDEF", 32)
        comps = [("OKX_API_KEY", g.uuid()), ("OKX_SIMULATED_TRADING", "0")]
        names = ["OKX_SECRET_KEY", "OKX_API_SECRET"]
    nm, _ = pick_name(g, names, ["API_SECRET", "SECRET", "SECRET_KEY", "PRIVATE_KEY"])
    return Spec(prov, kind, v, nm, prov, comps, title={"okx": "OKX"}.get(prov))


NETS = ["eth-mainnet", "eth-sepolia", "polygon-mainnet", "arb-mainnet", "opt-mainnet", "base-mainnet", "base-sepolia"]


def pos_rpc(g, prov, kind):
    if prov == "alchemy":
        key = g.s(URLSAFE, 32)
        if kind == "api_key":
            nm, _ = pick_name(g, ["ALCHEMY_API_KEY", "ALCHEMY_KEY", "NEXT_ALCHEMY_KEY"])
            return Spec("alchemy", kind, key, nm, "alchemy", [("ALCHEMY_NETWORK", g.c(NETS))])
        url = f"https://{g.c(NETS)}.g.alchemy.com/v2/{key}"
    elif prov == "infura":
        key = g.hex(32)
        net = g.c(["mainnet", "sepolia", "polygon-mainnet", "arbitrum-mainnet", "linea-mainnet"])
        url = f"https://{net}.infura.io/v3/{key}"
    elif prov == "quicknode":
        key = g.hex(40)
        url = (f"https://{g.c(WORDS)}-{g.c(WORDS)}-{g.c(WORDS)}."
               f"{g.c(['quiknode.pro', 'base-mainnet.quiknode.pro', 'matic.quiknode.pro', 'solana-mainnet.quiknode.pro', 'arbitrum-mainnet.quiknode.pro'])}/{key}/")
    else:  # helius
        key = g.uuid()
        url = f"https://{g.c(['mainnet', 'devnet'])}.helius-rpc.com/?api-key={key}"
    nm, _ = pick_name(g, ["MAINNET_RPC_URL", "RPC_URL", "ETH_RPC_URL", f"{prov.upper()}_URL", "PROVIDER_URL",
                          "SEPOLIA_RPC_URL", "POLYGON_RPC_URL"], ["URL", "RPC", "ENDPOINT", "NODE_URL"])
    if prov == "helius":
        nm = g.c(["SOLANA_RPC_URL", "HELIUS_RPC_URL", "RPC_ENDPOINT", "ANCHOR_PROVIDER_URL"])
    return Spec(prov, "rpc_url", url, nm, "rpc", [("CHAIN_ID", g.c(["1", "11155111", "137", "42161", "8453"]))],
                needle=key, role="rpc", title="RPC")


def pos_etherscan(g, kind):
    v = g.s(UPALNUM, 34)
    nm, _ = pick_name(g, ["ETHERSCAN_API_KEY", "POLYGONSCAN_API_KEY", "BASESCAN_API_KEY", "ARBISCAN_API_KEY"],
                      ["API_KEY", "KEY", "VERIFY_KEY"])
    return Spec("etherscan", kind, v, nm, "etherscan", [], role="explorer")


def jwt_part(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")


def pos_moralis(g, kind):
    iat = g.i(1680000000, 1720000000)
    payload = {"nonce": g.uuid(), "orgId": str(g.i(100000, 999999)), "userId": g.uuid(),
               "typeId": g.uuid(), "type": "PROJECT", "iat": iat, "exp": 4800000000 + g.i(0, 99999999)}
    v = jwt_part({"alg": "HS256", "typ": "JWT"}) + "." + jwt_part(payload) + "." + g.b64url(32)
    nm, _ = pick_name(g, ["MORALIS_API_KEY", "NEXT_PUBLIC_MORALIS_KEY"])
    return Spec("moralis", kind, v, nm, "moralis", [])


def pos_chainlink(g, kind):
    v = strong_passphrase(g)
    nm, _ = pick_name(g, ["CL_PASSWORD_KEYSTORE", "CHAINLINK_KEYSTORE_PASSWORD"], ["KEYSTORE_PASSWORD", "PASSWORD"])
    return Spec("chainlink", kind, v, nm, "chainlink", [("CL_DATABASE_HOST", "postgres.internal"), ("ETH_CHAIN_ID", "1")])


def pos_eth(g, kind):
    k = g.privkey().to_bytes(32, "big").hex()
    v = ("0x" + k) if kind == "private_key_0x" else k
    nm, _ = pick_name(g, ["PRIVATE_KEY", "DEPLOYER_PRIVATE_KEY", "DEPLOYER_KEY", "WALLET_PRIVATE_KEY",
                          "ETH_PRIVATE_KEY", "OWNER_PRIVATE_KEY", "RELAYER_KEY"], ["KEY", "PK", "SIGNER", "ACCOUNT", "DEPLOYER"])
    return Spec("ethereum", kind, v, nm, "wallet", [("DEPLOYER_ADDRESS", eth_addr(g))] if g.p(0.3) else [],
                role="pk", title="Wallet")


def pos_solana(g, kind):
    seed = g.bytes(32)
    kp = seed + ed25519_pub(seed)
    pubb58 = b58enc(kp[32:])
    if kind == "keypair_json":
        v = "[" + ",".join(str(b) for b in kp) + "]"
        return Spec("solana", kind, v, "SOLANA_KEYPAIR", "solana", [("SOLANA_PUBKEY", pubb58)], fmt="solarr",
                    fts=["solana_id_json", "solana_id_json", "solarr_rs", "solarr_ts", "solarr_env", "solarr_py"])
    v = b58enc(kp)
    nm, _ = pick_name(g, ["SOLANA_PRIVATE_KEY", "WALLET_SECRET_KEY", "PAYER_SECRET_KEY", "SOL_PRIVATE_KEY"],
                      ["SECRET_KEY", "PK", "KEY"])
    return Spec("solana", kind, v, nm, "solana", [("WALLET_ADDRESS", pubb58)] if g.p(0.5) else [])


def pos_bitcoin(g, kind):
    k = g.privkey().to_bytes(32, "big")
    if kind == "wif":
        testnet = g.p(0.2)
        compressed = g.p(0.7)
        v = b58check((b"\xef" if testnet else b"\x80") + k + (b"\x01" if compressed else b""))
        nm, _ = pick_name(g, ["BTC_PRIVATE_KEY_WIF", "BITCOIN_WIF", "HOT_WALLET_WIF", "BTC_SIGNING_KEY"], ["WIF", "KEY", "PK"])
        return Spec("bitcoin", kind, v, nm, "bitcoin", [("BTC_NETWORK", "testnet" if testnet else "mainnet")])
    depth = g.c([0, 3, 3, 4])
    fpr = b"\0\0\0\0" if depth == 0 else g.bytes(4)
    child = 0 if depth == 0 else (0x80000000 | g.c([0, 0, 1])) if depth == 3 else g.c([0, 1])
    tprv = g.p(0.2)
    v = bip32_serialize(bytes.fromhex("04358394" if tprv else "0488ADE4"), depth, fpr, child, g.bytes(32),
                        b"\0" + k)
    nm, _ = pick_name(g, ["BTC_XPRV", "HD_WALLET_XPRV", "MASTER_XPRV", "TREASURY_XPRV"], ["XPRV", "ROOT_KEY", "EXTENDED_KEY"])
    return Spec("bitcoin", kind, v, nm, "bitcoin", [("DERIVATION_PATH", "m/84'/0'/0'")])


def pos_mnemonic(g, kind):
    n = 16 if kind == "mnemonic_12" else 32
    v = bip39_from_entropy(g.bytes(n))
    nm, _ = pick_name(g, ["MNEMONIC", "SEED_PHRASE", "DEPLOYER_MNEMONIC", "WALLET_MNEMONIC", "HD_MNEMONIC"],
                      ["PHRASE", "WORDS", "SEED", "SECRET"])
    return Spec("bip39", kind, v, nm, "wallet", [], role="mnemonic", title="Wallet")


def pos_shopify(g, kind):
    pre = {"admin_api_token": "shpat_", "shared_secret": "shpss_", "custom_app_token": "shpca_"}[kind]
    v = pre + g.hex(32)
    names = {"shpat_": ["SHOPIFY_ADMIN_API_ACCESS_TOKEN", "SHOPIFY_ACCESS_TOKEN", "SHOPIFY_ADMIN_TOKEN"],
             "shpss_": ["SHOPIFY_API_SECRET", "SHOPIFY_API_SECRET_KEY", "SHOPIFY_CLIENT_SECRET"],
             "shpca_": ["SHOPIFY_CUSTOM_APP_TOKEN", "SHOPIFY_TOKEN"]}[pre]
    nm, _ = pick_name(g, names)
    store = g.c(["northwind-coffee", "lumen-goods", "kestrel-outdoor", "mapleleaf-tea", "orbit-bikes"])
    return Spec("shopify", kind, v, nm, "shopify", [("SHOPIFY_STORE_DOMAIN", f"{store}.myshopify.com"),
                                                    ("SHOPIFY_API_KEY", g.hex(32))])


def pos_woo(g, kind):
    v = "cs_" + g.hex(40)
    nm, _ = pick_name(g, ["WOOCOMMERCE_CONSUMER_SECRET", "WC_CONSUMER_SECRET"], ["CONSUMER_SECRET", "SECRET"])
    return Spec("woocommerce", kind, v, nm, "woocommerce", [("WC_CONSUMER_KEY", "ck_" + g.hex(40)),
                                                            ("WC_STORE_URL", f"https://shop.{g.c(WORDS)}{g.c(['.com', '.de', '.co.uk'])}")],
                title="WooCommerce")


def pos_ecom_misc(g, prov, kind):
    if prov == "bigcommerce":
        v = g.s(LOALNUM, 31)
        names = ["BIGCOMMERCE_ACCESS_TOKEN", "BC_ACCESS_TOKEN"]
        comps = [("BIGCOMMERCE_STORE_HASH", g.s(LOALNUM, 10)), ("BIGCOMMERCE_CLIENT_ID", g.s(LOALNUM, 31))]
    elif prov == "magento":
        v = g.s(LOALNUM, 32)
        names = ["MAGENTO_ACCESS_TOKEN", "MAGENTO_INTEGRATION_TOKEN"]
        comps = [("MAGENTO_BASE_URL", "https://store.example-shop.com/rest/V1")]
    elif prov == "avalara":
        v = g.s("0123456789ABCDEF", 16)
        names = ["AVALARA_LICENSE_KEY", "AVATAX_LICENSE_KEY"]
        comps = [("AVALARA_ACCOUNT_ID", str(g.i(1100000000, 2099999999))), ("AVATAX_COMPANY_CODE", "DEFAULT")]
    elif prov == "taxjar":
        v = g.hex(32)
        names = ["TAXJAR_API_KEY", "TAXJAR_API_TOKEN"]
        comps = [("TAXJAR_API_URL", "https://api.taxjar.com")]
    elif prov == "easypost":
        v = g.c(["EZAK", "EZAK", "EZTK"]) + g.hex(32) + g.s(ALNUM, 22)
        names = ["EASYPOST_API_KEY", "EASYPOST_PROD_KEY"]
        comps = []
    else:  # shippo
        v = g.c(["shippo_live_", "shippo_live_", "shippo_test_"]) + g.hex(40)
        names = ["SHIPPO_API_TOKEN", "SHIPPO_API_KEY"]
        comps = []
    nm, _ = pick_name(g, names)
    return Spec(prov, kind, v, nm, prov, comps)


def pos_fin_misc(g, prov, kind):
    if prov == "twilio":
        sid = "AC" + g.hex(32)
        if kind == "auth_token":
            v = g.hex(32)
            nm, _ = pick_name(g, ["TWILIO_AUTH_TOKEN"], ["AUTH_TOKEN", "TOKEN"])
            return Spec(prov, kind, v, nm, prov, [("TWILIO_ACCOUNT_SID", sid)])
        v = g.s(ALNUM, 32)
        nm, _ = pick_name(g, ["TWILIO_API_SECRET", "TWILIO_API_KEY_SECRET"], ["API_SECRET", "SECRET"])
        return Spec(prov, kind, v, nm, prov, [("TWILIO_API_KEY", "SK" + g.hex(32)), ("TWILIO_ACCOUNT_SID", sid)])
    if prov == "dwolla":
        v = g.s(ALNUM, 50)
        nm, _ = pick_name(g, ["DWOLLA_APP_SECRET", "DWOLLA_SECRET"], ["APP_SECRET", "SECRET"])
        return Spec(prov, kind, v, nm, prov, [("DWOLLA_APP_KEY", g.s(ALNUM, 50)), ("DWOLLA_ENVIRONMENT", "production")])
    if prov == "marqeta":
        v = g.uuid()
        nm, _ = pick_name(g, ["MARQETA_ADMIN_ACCESS_TOKEN", "MARQETA_ACCESS_TOKEN"], ["ACCESS_TOKEN", "PASSWORD"])
        return Spec(prov, kind, v, nm, prov, [("MARQETA_APPLICATION_TOKEN", g.uuid()),
                                              ("MARQETA_BASE_URL", "https://sandbox-api.marqeta.com/v3")])
    # lithic
    v = g.uuid()
    nm, _ = pick_name(g, ["LITHIC_API_KEY"], ["API_KEY", "KEY"])
    return Spec(prov, kind, v, nm, prov, [("LITHIC_ENVIRONMENT", "production")])


def pos_github(g, kind):
    body = g.s(ALNUM, 30)
    v = "ghp_" + body + b62enc(zlib.crc32(body.encode()), 6)
    nm, _ = pick_name(g, ["GH_TOKEN", "GITHUB_TOKEN", "GH_PAT", "RELEASE_TOKEN"], ["TOKEN"])
    return Spec("github", kind, v, nm, "github", [], title="GitHub")


def pos_db(g, kind):
    pw = human_password(g)
    user = g.c(["payments_app", "shop", "ledger", "checkout", "wallet_svc", "postgres", "app"])
    host = g.c(["db.internal", "postgres", "10.0.3.17", "ledger-db.prod.svc", "mysql", "127.0.0.1"])
    db = g.c(["payments", "shop_prod", "ledger", "orders", "wallet"])
    if kind == "postgres_url":
        v = f"postgresql://{user}:{pw}@{host}:5432/{db}"
        return Spec("postgres", kind, v, g.c(["DATABASE_URL", "POSTGRES_URL", "DB_DSN"]), "database", [], needle=pw, title="Database")
    if kind == "mongodb_url":
        v = f"mongodb+srv://{user}:{pw}@cluster0.{g.s(LOALNUM, 5)}.mongodb.net/{db}?retryWrites=true&w=majority"
        return Spec("mongodb", kind, v, g.c(["MONGODB_URI", "MONGO_URL"]), "database", [], needle=pw, title="Database")
    nm, _ = pick_name(g, ["DB_PASSWORD", "DATABASE_PASSWORD", "MYSQL_PASSWORD", "POSTGRES_PASSWORD"], ["PASSWORD", "PASS", "PWD"])
    return Spec(g.c(["mysql", "postgres"]), kind, pw, nm, "database",
                [("DB_HOST", host), ("DB_USER", user), ("DB_NAME", db)], title="Database")


POS_KINDS = [
    ("stripe", "secret_key_live", lambda g: pos_stripe(g, "secret_key_live"), 3),
    ("stripe", "secret_key_test", lambda g: pos_stripe(g, "secret_key_test"), 2),
    ("stripe", "restricted_key", lambda g: pos_stripe(g, "restricted_key"), 2),
    ("stripe", "webhook_secret", lambda g: pos_stripe(g, "webhook_secret"), 2),
    ("paypal", "client_secret", lambda g: pos_paypal(g, "client_secret"), 2),
    ("paypal", "access_token", lambda g: pos_paypal(g, "access_token"), 1),
    ("braintree", "access_token", lambda g: pos_braintree(g, "access_token"), 1),
    ("braintree", "private_key", lambda g: pos_braintree(g, "private_key"), 1),
    ("adyen", "api_key", lambda g: pos_adyen(g, "api_key"), 2),
    ("adyen", "hmac_key", lambda g: pos_adyen(g, "hmac_key"), 1),
    ("square", "access_token", lambda g: pos_square(g, "access_token"), 2),
    ("square", "application_secret", lambda g: pos_square(g, "application_secret"), 1),
    ("checkout", "secret_key", lambda g: pos_checkout(g, "secret_key"), 2),
    ("mollie", "api_key", lambda g: pos_mollie(g, "api_key"), 1),
    ("razorpay", "key_secret", lambda g: pos_razorpay(g, "key_secret"), 2),
    ("paystack", "secret_key", lambda g: pos_paystack(g, "secret_key"), 1),
    ("flutterwave", "secret_key", lambda g: pos_flutterwave(g, "secret_key"), 1),
    ("plaid", "secret", lambda g: pos_plaid(g, "secret"), 2),
    ("plaid", "access_token", lambda g: pos_plaid(g, "access_token"), 1),
    ("wise", "api_token", lambda g: pos_wise(g, "api_token"), 1),
    ("gocardless", "access_token", lambda g: pos_gocardless(g, "access_token"), 1),
    ("klarna", "api_key", lambda g: pos_klarna(g, "api_key"), 1),
    ("coinbase", "cdp_ec_private_key", lambda g: pos_coinbase(g, "cdp_ec_private_key"), 3),
    ("coinbase", "cdp_ed25519_secret", lambda g: pos_coinbase(g, "cdp_ed25519_secret"), 1),
    ("binance", "api_secret", lambda g: pos_exchange(g, "binance", "api_secret"), 2),
    ("kraken", "private_key", lambda g: pos_exchange(g, "kraken", "private_key"), 1),
    ("bybit", "api_secret", lambda g: pos_exchange(g, "bybit", "api_secret"), 1),
    ("okx", "secret_key", lambda g: pos_exchange(g, "okx", "secret_key"), 1),
    ("alchemy", "api_key", lambda g: pos_rpc(g, "alchemy", "api_key"), 2),
    ("alchemy", "rpc_url", lambda g: pos_rpc(g, "alchemy", "rpc_url"), 3),
    ("infura", "rpc_url", lambda g: pos_rpc(g, "infura", "rpc_url"), 3),
    ("quicknode", "rpc_url", lambda g: pos_rpc(g, "quicknode", "rpc_url"), 2),
    ("helius", "rpc_url", lambda g: pos_rpc(g, "helius", "rpc_url"), 1),
    ("etherscan", "api_key", lambda g: pos_etherscan(g, "api_key"), 3),
    ("moralis", "api_key", lambda g: pos_moralis(g, "api_key"), 1),
    ("chainlink", "keystore_password", lambda g: pos_chainlink(g, "keystore_password"), 1),
    ("ethereum", "private_key_0x", lambda g: pos_eth(g, "private_key_0x"), 7),
    ("ethereum", "private_key_raw", lambda g: pos_eth(g, "private_key_raw"), 4),
    ("solana", "keypair_json", lambda g: pos_solana(g, "keypair_json"), 3),
    ("solana", "secret_key_base58", lambda g: pos_solana(g, "secret_key_base58"), 2),
    ("bitcoin", "wif", lambda g: pos_bitcoin(g, "wif"), 2),
    ("bitcoin", "xprv", lambda g: pos_bitcoin(g, "xprv"), 2),
    ("bip39", "mnemonic_12", lambda g: pos_mnemonic(g, "mnemonic_12"), 3),
    ("bip39", "mnemonic_24", lambda g: pos_mnemonic(g, "mnemonic_24"), 2),
    ("shopify", "admin_api_token", lambda g: pos_shopify(g, "admin_api_token"), 2),
    ("shopify", "shared_secret", lambda g: pos_shopify(g, "shared_secret"), 1),
    ("shopify", "custom_app_token", lambda g: pos_shopify(g, "custom_app_token"), 1),
    ("woocommerce", "consumer_secret", lambda g: pos_woo(g, "consumer_secret"), 2),
    ("bigcommerce", "access_token", lambda g: pos_ecom_misc(g, "bigcommerce", "access_token"), 1),
    ("magento", "integration_token", lambda g: pos_ecom_misc(g, "magento", "integration_token"), 1),
    ("avalara", "license_key", lambda g: pos_ecom_misc(g, "avalara", "license_key"), 1),
    ("taxjar", "api_token", lambda g: pos_ecom_misc(g, "taxjar", "api_token"), 1),
    ("easypost", "api_key", lambda g: pos_ecom_misc(g, "easypost", "api_key"), 1),
    ("shippo", "api_token", lambda g: pos_ecom_misc(g, "shippo", "api_token"), 1),
    ("twilio", "auth_token", lambda g: pos_fin_misc(g, "twilio", "auth_token"), 1),
    ("twilio", "api_key_secret", lambda g: pos_fin_misc(g, "twilio", "api_key_secret"), 1),
    ("dwolla", "app_secret", lambda g: pos_fin_misc(g, "dwolla", "app_secret"), 1),
    ("marqeta", "access_token", lambda g: pos_fin_misc(g, "marqeta", "access_token"), 1),
    ("lithic", "api_key", lambda g: pos_fin_misc(g, "lithic", "api_key"), 1),
    ("github", "pat_classic", lambda g: pos_github(g, "pat_classic"), 1),
    ("postgres", "postgres_url", lambda g: pos_db(g, "postgres_url"), 2),
    ("mongodb", "mongodb_url", lambda g: pos_db(g, "mongodb_url"), 1),
    ("database", "db_password", lambda g: pos_db(g, "db_password"), 2),
]


# ---------------------------------------------------------------------------
# NEGATIVE look-alike generators
# ---------------------------------------------------------------------------
KNOWN_PREFIXES = ["access_token$production$", "klarna_live_api_", "klarna_test_api_", "shippo_live_", "shippo_test_",
                  "FLWSECK_TEST-", "FLWSECK-", "sk_live_", "sk_test_", "rk_live_", "sk_sbox_", "whsec_", "sq0csp-",
                  "shpat_", "shpss_", "shpca_", "access-production-", "live_", "test_", "sandbox_", "cs_", "EAAA",
                  "A21AA", "EZAK", "EZTK", "ghp_", "AQE", "sk_", "0x"]


def prefix_of(v):
    for p in KNOWN_PREFIXES:
        if v.startswith(p):
            return p
    return ""


def str_pos_spec(g, filt=None):
    while True:
        _, _, fn, _ = g.c(POS_KINDS)
        sp = fn(g)
        if sp.fmt == "str" and (filt is None or filt(sp)):
            return sp


def neg_env_ref(g):
    sp = str_pos_spec(g)
    sp.value, sp.needle, sp.kind = Ref(sp.name), None, "env_reference"
    return sp


def neg_placeholder(g):
    sp = str_pos_spec(g)
    v = sp.value
    pre = prefix_of(v)
    if sp.role == "pk":
        opts = ["0xYOUR_PRIVATE_KEY", "0x" + "0" * 64, "<DEPLOYER_PRIVATE_KEY>", "your-private-key-here",
                "0x<your-private-key>", "PASTE_YOUR_PRIVATE_KEY_HERE"]
    elif sp.role == "mnemonic":
        opts = ["word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12",
                "<your twelve word seed phrase>", "your mnemonic goes here", "REPLACE_WITH_MNEMONIC"]
    elif sp.role == "rpc":
        host = v.split("/")[2]
        tail = v[len(v) - len(sp.needle) - 1:] if sp.needle else ""
        opts = [v.replace(sp.needle, "<YOUR_API_KEY>"), v.replace(sp.needle, "YOUR-PROJECT-ID"),
                v.replace(sp.needle, "your-key-here"), f"https://{host}/"]
        del tail
    elif sp.needle and sp.needle != v:  # db urls
        opts = [v.replace(sp.needle, "password"), v.replace(sp.needle, "<password>"), v.replace(sp.needle, "CHANGE_ME")]
    elif pre:
        opts = [pre + "...", pre + "YOUR_KEY_HERE", pre + "x" * 24, pre + "<secret>", f"{pre}REPLACE_ME", pre]
    else:
        opts = ["<your-api-key>", "YOUR_API_KEY_HERE", "changeme", "REPLACE_ME", "TODO-set-me",
                "<redacted>", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your-secret-here", ""]
    sp.value, sp.needle, sp.kind = g.c(opts), None, "placeholder"
    return sp


def neg_masked(g):
    sp = str_pos_spec(g, lambda s: s.role not in ("rpc", "mnemonic") and s.needle == s.value)
    v = sp.value
    pre = prefix_of(v)
    last4 = v[-4:]
    opts = [pre + "*" * g.i(8, 24) + last4, pre + "\u2026" + last4, pre + "\u2022" * 12 + last4,
            "****************" + last4, "[REDACTED]", "<redacted>", "********", pre + v[len(pre):len(pre) + 4] + "..." + "(truncated)"]
    if pre == "sk_live_" or pre == "sk_test_":
        opts.append(pre + "\u2026" + "4242")
    sp.value, sp.needle, sp.kind = g.c(opts), None, "masked"
    return sp


def neg_public(g):
    which = g.i(0, 14)
    tail = stripe_tail(g)
    if which == 0:
        mode = g.c(["live", "test"])
        v = f"pk_{mode}_5{tail}{g.s(ALNUM, 82)}" if g.p(0.7) else f"pk_{mode}_" + g.s(ALNUM, 24)
        return Spec("stripe", "publishable_key", v, g.c(["STRIPE_PUBLISHABLE_KEY", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY",
                                                            "VITE_STRIPE_PK", "STRIPE_PK", "REACT_APP_STRIPE_KEY"]), "stripe",
                    [("STRIPE_SECRET_KEY", Ref("STRIPE_SECRET_KEY"))] if g.p(0.4) else [])
    if which == 1:
        return Spec("razorpay", "key_id", "rzp_live_" + g.s(ALNUM, 14), g.c(["RAZORPAY_KEY_ID", "NEXT_PUBLIC_RAZORPAY_KEY"]), "razorpay",
                    [("RAZORPAY_KEY_SECRET", Ref("RAZORPAY_KEY_SECRET"))])
    if which == 2:
        return Spec("adyen", "client_key", g.c(["live_", "test_"]) + g.s(UPALNUM, 32), g.c(["ADYEN_CLIENT_KEY", "NEXT_PUBLIC_ADYEN_CLIENT_KEY"]), "adyen",
                    [("ADYEN_ENVIRONMENT", "live")])
    if which == 3:
        return Spec("paypal", "client_id", "A" + g.s(URLSAFE, 79), g.c(["PAYPAL_CLIENT_ID", "NEXT_PUBLIC_PAYPAL_CLIENT_ID"]), "paypal",
                    [("PAYPAL_CLIENT_SECRET", Ref("PAYPAL_CLIENT_SECRET"))], title="PayPal")
    if which == 4:
        return Spec("walletconnect", "project_id", g.hex(32), g.c(["NEXT_PUBLIC_WALLETCONNECT_PROJECT_ID", "WALLETCONNECT_PROJECT_ID",
                                                                   "VITE_WC_PROJECT_ID", "PROJECT_ID"]), "walletconnect", [], title="WalletConnect")
    if which == 5:
        return Spec("square", "application_id", "sq0idp-" + g.s(URLSAFE, 22), "SQUARE_APPLICATION_ID", "square",
                    [("SQUARE_LOCATION_ID", "L" + g.s(UPALNUM, 12))])
    if which == 6:
        return Spec("paystack", "public_key", "pk_live_" + g.hex(40), "PAYSTACK_PUBLIC_KEY", "paystack", [])
    if which == 7:
        return Spec("flutterwave", "public_key", "FLWPUBK-" + g.hex(32) + "-X", "FLW_PUBLIC_KEY", "flutterwave", [])
    if which == 8:
        return Spec("klarna", "client_id", f"klarna_live_client_" + g.s(ALNUM, 60), "KLARNA_CLIENT_ID", "klarna", [])
    if which == 9:
        sbox = g.p(0.5)
        return Spec("checkout", "public_key", "pk_" + ("sbox_" if sbox else "") + g.s(B32L, 26) + g.c(B32L),
                    "CKO_PUBLIC_KEY", "checkout", [], title="Checkout.com")
    if which == 10:
        return Spec("shopify", "api_key_client_id", g.hex(32), g.c(["SHOPIFY_API_KEY", "SHOPIFY_CLIENT_ID"]), "shopify",
                    [("SHOPIFY_API_SECRET", Ref("SHOPIFY_API_SECRET"))])
    if which == 11:
        return Spec("plaid", "client_id", g.hex(24), "PLAID_CLIENT_ID", "plaid", [("PLAID_ENV", "sandbox")])
    if which == 12:
        return Spec("twilio", "account_sid", "AC" + g.hex(32), "TWILIO_ACCOUNT_SID", "twilio",
                    [("TWILIO_AUTH_TOKEN", Ref("TWILIO_AUTH_TOKEN"))])
    if which == 13:
        return Spec("coinbase", "cdp_key_name", f"organizations/{g.uuid()}/apiKeys/{g.uuid()}", "CDP_API_KEY_NAME", "coinbase",
                    [("CDP_API_KEY_PRIVATE_KEY", Ref("CDP_API_KEY_PRIVATE_KEY"))], title="Coinbase")
    return Spec("braintree", "merchant_id", g.s(LOALNUM, 16), "BRAINTREE_MERCHANT_ID", "braintree",
                [("BRAINTREE_PUBLIC_KEY", g.s(LOALNUM, 16)), ("BRAINTREE_PRIVATE_KEY", Ref("BRAINTREE_PRIVATE_KEY"))], title="Braintree")


def neg_ids(g):
    tail = stripe_tail(g)
    which = g.i(0, 11)
    tbl = [("pi_", "PAYMENT_INTENT_ID", 24), ("ch_", "CHARGE_ID", 24), ("cus_", "CUSTOMER_ID", 14),
           ("price_", "STRIPE_PRICE_ID", 24), ("prod_", "STRIPE_PRODUCT_ID", 14), ("we_", "STRIPE_WEBHOOK_ENDPOINT_ID", 24),
           ("evt_", "LAST_EVENT_ID", 24), ("cs_live_", "CHECKOUT_SESSION_ID", 58)]
    if which < len(tbl):
        pre, nm, n = tbl[which]
        v = pre + (g.c("123") + tail[1:9] + g.s(ALNUM, n - 9) if n == 24 else g.s(ALNUM, n))
        return Spec("stripe", "object_id", v, nm, "stripe", [])
    if which == 8:
        return Spec("generic", "idempotency_key", g.uuid(), g.c(["IDEMPOTENCY_KEY", "REQUEST_ID", "X_IDEMPOTENCY_KEY"]), "payments", [])
    if which == 9:
        return Spec("paypal", "order_id", g.s(UPALNUM, 17), g.c(["PAYPAL_ORDER_ID", "CAPTURE_ID"]), "paypal", [], title="PayPal")
    if which == 10:
        return Spec("mollie", "profile_id", "pfl_" + g.s(ALNUM, 10), "MOLLIE_PROFILE_ID", "mollie", [("MOLLIE_API_KEY", Ref("MOLLIE_API_KEY"))])
    return Spec("gocardless", "creditor_id", "CR" + g.s(UPALNUM, 12), "GOCARDLESS_CREDITOR_ID", "gocardless", [], title="GoCardless")


def neg_chain(g):
    which = g.i(0, 11)
    if which == 0:
        return Spec("ethereum", "tx_hash", "0x" + g.hex(64), g.c(["DEPLOY_TX_HASH", "MINT_TX", "TX_HASH", "LAST_TX"]), "wallet", [], role="tx")
    if which == 1:
        return Spec("ethereum", "block_hash", "0x" + g.hex(64), g.c(["FORK_BLOCK_HASH", "START_BLOCK_HASH"]), "wallet",
                    [("FORK_BLOCK_NUMBER", str(g.i(17000000, 21000000)))], role="tx")
    if which in (2, 3):
        return Spec("ethereum", "contract_address", eth_addr(g), g.c(["TOKEN_ADDRESS", "VAULT_ADDRESS", "TREASURY_ADDRESS", "USDC_ADDRESS",
                                                                     "ROUTER_ADDRESS", "DEPLOYER_ADDRESS", "MULTISIG"]), "wallet", [], role="addr")
    if which == 4:
        ev = g.c(["Transfer(address,address,uint256)", "Approval(address,address,uint256)", "Deposit(address,uint256)",
                  "Withdrawal(address,uint256)", "OwnershipTransferred(address,address)", "Swap(address,uint256,uint256,uint256,uint256,address)"])
        return Spec("ethereum", "event_topic", "0x" + keccak256(ev.encode()).hex(), g.c(["TRANSFER_TOPIC", "EVENT_TOPIC0", "TOPIC"]), "wallet",
                    [("EVENT_SIGNATURE", ev)], role="tx")
    if which == 5:
        return Spec("ethereum", "compressed_pubkey", pub_compressed(SECP256K1, g.privkey()).hex(), g.c(["SIGNER_PUBKEY", "ORACLE_PUBLIC_KEY", "PUBKEY"]),
                    "wallet", [])
    if which == 6:
        k, c = g.privkey(), g.bytes(32)
        v = bip32_serialize(bytes.fromhex("0488B21E"), 3, g.bytes(4), 0x80000000, c, pub_compressed(SECP256K1, k))
        return Spec("bitcoin", "xpub", v, g.c(["BTC_XPUB", "WATCH_ONLY_XPUB", "ACCOUNT_XPUB", "XPUB"]), "bitcoin", [("DERIVATION_PATH", "m/84'/0'/0'")])
    if which == 7:
        v = bech32_segwit(g.c(["bc", "bc", "tb"]), 0, g.bytes(20))
        return Spec("bitcoin", "address", v, g.c(["BTC_DEPOSIT_ADDRESS", "COLD_WALLET", "PAYOUT_ADDRESS"]), "bitcoin", [])
    if which == 8:
        return Spec("solana", "public_key", b58enc(ed25519_pub(g.bytes(32))), g.c(["PROGRAM_ID", "MINT_ADDRESS", "TREASURY_PUBKEY", "WALLET_ADDRESS"]),
                    "solana", [], role="solpub")
    if which == 9:
        sig = g.c(["transfer(address,uint256)", "approve(address,uint256)", "balanceOf(address)", "deposit()", "withdraw(uint256)"])
        return Spec("ethereum", "function_selector", "0x" + keccak256(sig.encode()).hex()[:8], "SELECTOR", "wallet", [("FUNCTION", sig)], role="tx")
    if which == 10:
        return Spec("etherscan", "explorer_link", f"https://{g.c(['etherscan.io', 'sepolia.etherscan.io', 'basescan.org', 'polygonscan.com'])}/tx/0x{g.hex(64)}",
                    g.c(["DEPLOY_TX_URL", "EXPLORER_LINK"]), "wallet", [], role="tx")
    return Spec("ipfs", "cid", "Qm" + b58enc(b"\x12\x20" + g.bytes(32))[2:], g.c(["METADATA_CID", "BASE_URI_CID"]), "nft", [])


def neg_published(g):
    which = g.i(0, 5)
    if which <= 1:
        k = HARDHAT_KEYS[g.i(0, len(HARDHAT_KEYS) - 1)]
        return Spec("ethereum", "published_test_key", "0x" + k.to_bytes(32, "big").hex(),
                    g.c(["PRIVATE_KEY", "LOCAL_PRIVATE_KEY", "ANVIL_PRIVATE_KEY", "HARDHAT_ACCOUNT_0"]), "wallet",
                    [("LOCAL_RPC_URL", "http://127.0.0.1:8545")], role="pk")
    if which == 2:
        return Spec("bip39", "published_test_mnemonic", g.c(["test test test test test test test test test test test junk",
                                                             ABANDON_ABOUT]), "MNEMONIC", "wallet",
                    [("LOCAL_RPC_URL", "http://127.0.0.1:8545")], role="mnemonic")
    if which == 3:
        return Spec("bitcoin", "published_test_vector", BIP32_TV1, "TEST_VECTOR_XPRV", "bitcoin", [("TEST_VECTOR_SEED", "000102030405060708090a0b0c0d0e0f")])
    if which == 4:
        return Spec("bitcoin", "published_test_vector", WIKI_WIF, "EXAMPLE_WIF", "bitcoin", [])
    card = g.c(["4242424242424242", "4242 4242 4242 4242", "4000056655665556", "5555555555554444", "4000002500003155",
                "378282246310005", "4000000000009995"])
    return Spec("stripe", "test_card_number", card, g.c(["TEST_CARD", "CARD_NUMBER", "TEST_CARD_NUMBER"]), "stripe",
                [("TEST_CARD_CVC", "123"), ("TEST_CARD_EXP", "12/34")])


def neg_digest(g):
    which = g.i(0, 4)
    if which == 0:
        return Spec("generic", "sha256_digest", g.hex(64), g.c(["ARTIFACT_SHA256", "CHECKSUM", "BUNDLE_SHA256"]), "build", [])
    if which == 1:
        return Spec("generic", "git_sha", g.hex(40), g.c(["GIT_COMMIT", "BUILD_SHA", "RELEASE_SHA"]), "build", [])
    if which == 2:
        return Spec("generic", "image_digest", "sha256:" + g.hex(64), g.c(["IMAGE_DIGEST", "BASE_IMAGE_DIGEST"]), "build", [])
    if which == 3:
        return Spec("generic", "sri_hash", "sha384-" + g.b64(48), g.c(["STRIPE_JS_INTEGRITY", "SCRIPT_INTEGRITY"]), "build", [])
    return Spec("generic", "bytecode_hash", "0x" + g.hex(64), g.c(["INIT_CODE_HASH", "BYTECODE_HASH", "CODEHASH"]), "wallet", [], role="tx")


def neg_cipher(g):
    which = g.i(0, 2)
    if which == 0:
        v = f"ENC[AES256_GCM,data:{g.b64(g.i(30, 70))},iv:{g.b64(32)},tag:{g.b64(16)},type:str]"
        sp = str_pos_spec(g)
        return Spec("sops", "ciphertext", v, sp.name, sp.group, [], title=sp.title)
    if which == 1:
        sp = str_pos_spec(g)
        return Spec("sealed-secrets", "ciphertext", "AgB" + g.b64(g.i(300, 420)).rstrip("="), sp.name, sp.group, [], title=sp.title)
    return Spec("ethereum", "keystore_ciphertext", "keystore", "KEYSTORE", "wallet", [], fts=["keystore_json"])


def neg_pubpem(g):
    return Spec(g.c(["coinbase", "paypal", "generic"]), "public_key_pem", p256_spki_pem(g.privkey(P256)),
                g.c(["WEBHOOK_PUBLIC_KEY", "VERIFICATION_KEY", "SIGNING_PUBLIC_KEY"]), "webhooks", [], fmt="pem",
                fts=["pem_py", "pem_ts", "pem_yaml", "pubkey_pem"])


NEG_KINDS = [(neg_env_ref, 14), (neg_placeholder, 10), (neg_masked, 6), (neg_public, 14), (neg_ids, 8),
             (neg_chain, 16), (neg_published, 6), (neg_digest, 4), (neg_cipher, 4), (neg_pubpem, 2)]
NEG_SPECIAL_FILES = [("hardhat_deploy_json", 5), ("foundry_broadcast_json", 4), ("stripe_event_fixture", 4),
                     ("tx_csv", 4), ("chain_log", 5), ("addresses_readme", 3), ("abi_json", 2)]
HARDHAT_KEYS = []
ABANDON_ABOUT = ""
BIP32_TV1 = ""
WIKI_WIF = ""


def init_constants():
    global HARDHAT_KEYS, ABANDON_ABOUT, BIP32_TV1, WIKI_WIF
    HARDHAT_KEYS = hardhat_default_keys(5)
    ABANDON_ABOUT = bip39_from_entropy(bytes(16))
    k, c = bip32_master(bytes(range(16)))
    BIP32_TV1 = bip32_serialize(bytes.fromhex("0488ADE4"), 0, b"\0\0\0\0", 0, c, b"\0" + k.to_bytes(32, "big"))
    WIKI_WIF = b58check(b"\x80" + bytes.fromhex("0C28FCA386C7A227600B2FE50B7CAE11EC86D3BF1FBE471BE89827E19D72AA1D"))
    assert keccak256(b"").hex() == "c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"
    assert eth_address_from_key(HARDHAT_KEYS[0]) == "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
    assert HARDHAT_KEYS[0].to_bytes(32, "big").hex() == "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
    assert ABANDON_ABOUT.endswith("abandon about")
    assert BIP32_TV1.startswith("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi")
    assert WIKI_WIF == "5HueCGU8rMjxEXxiPuD5BDku4MkFqeZyd4dZ1jvhTVqvbTLvyTJ"
    assert ed25519_pub(bytes.fromhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")).hex() == \
        "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
    assert bech32_segwit("bc", 0, bytes.fromhex("751e76e8199196d454941c45d1b3a323f1433bd6")) == "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"
