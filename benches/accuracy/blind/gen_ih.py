#!/usr/bin/env python3
"""gen_ih.py - blind evaluation set: institutional crypto custody, on/off-ramps, Lightning.

EMPHASIS
    Domain: institutional custody back ends, fiat on/off-ramp integrations and
    Lightning / Bitcoin node operations.  Providers: Fireblocks (API key UUID +
    RSA-4096 `fireblocks_secret.key`), BitGo (long-lived access tokens `v2x`+64 hex,
    wallet passphrases), Coinbase Developer Platform (key name
    `organizations/<uuid>/apiKeys/<uuid>` + EC P-256 PEM, or Ed25519 base64 secret),
    Coinbase Exchange legacy key/secret/passphrase, Coinbase Prime, Circle (API keys
    `TEST_API_KEY:<hex>:<hex>` / `LIVE_API_KEY:...`, 32-byte hex entity secrets),
    Anchorage, Copper, Paxos, Zero Hash, MoonPay (`sk_live_`/`sk_test_` secret,
    `pk_live_` publishable), Ramp Network, Transak (API secret, partner JWT), Bridge.xyz
    (`sk-live-`/`sk-test-`), Lightspark (API token client id/secret), Strike, OpenNode,
    BTCPay Server Greenfield, LNbits (admin key), LND (admin.macaroon hex,
    lndconnect URIs, Voltage-hosted nodes), Core Lightning runes, Alby / Nostr Wallet
    Connect (`nostr+walletconnect://...&secret=`), Nostr private keys (`nsec1...`, hex)
    and bitcoind RPC passwords (bitcoin.conf, lnd.conf, CLN config, URLs).
    File types: TypeScript, JavaScript, Python, Go, Rust, Java, YAML (Kubernetes,
    docker-compose, Helm values, GitHub Actions), TOML, INI/conf (bitcoin.conf,
    lnd.conf, CLN config), JSON, properties, shell, Dockerfile, Terraform, Markdown,
    SQL, CSV, logs, PEM key files, dotenv files.

USAGE
    python3 -B gen_ih.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl (one line per file) and OUTDIR/secrets.jsonl (one line
    per positive).  Deterministic for a given SEED: all randomness comes from one
    random.Random(SEED); no clock, no os.urandom, no set iteration, no hash().

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file, without the
      surrounding quotes, header name, "Bearer "/"token "/"Api-Key " scheme words.
    * Composite keys that are issued as one string keep their prefix:
      Circle `LIVE_API_KEY:<id>:<secret>` is the needle as a whole; BitGo `v2x...`,
      MoonPay `sk_live_...`, Bridge `sk-live-...` and `nsec1...` likewise.
    * URLs: for Nostr Wallet Connect URIs the needle is the value of the `secret=`
      parameter; for lndconnect URIs the value of `macaroon=`; for URLs with
      userinfo (http://user:pass@host) the password; for BTCPay/LND connection
      strings (`...;macaroon=<hex>;...`) the macaroon hex.
    * Key pairs (key id + secret, client id + client secret, API key + passphrase):
      the needle is the secret half only; the public half is not a needle.
    * PEM private keys (multi-line, or one line with \\n escapes in JSON/env): the
      needle is the opening marker `-----BEGIN <TYPE> PRIVATE KEY-----`, and the line
      is where that marker (the key) starts.
    * bitcoind/LND/CLN RPC passwords: the password value; the rpcuser is not a needle.

NEGATIVES
    500 negatives, none in a `.env`, `.env.local`, `.env.production`... file.
    Half re-use the positive templates with the secret slot holding a non-secret:
    placeholders (`<your-api-key>`, `YOUR_API_KEY_HERE`, `changeme`, provider
    shaped `sk_live_xxxx...`), empty values, masked values (`****`, `[REDACTED]`),
    environment references (`${VAR}`, `os.environ[...]`, `process.env.X`,
    `os.Getenv`, `System.getenv`, `std::env::var`), secret-manager references
    (vault paths, `op://`, AWS/GCP secret ids), template expressions (Helm, Jinja,
    GitHub Actions), providers' documented example values, and public values
    (publishable keys, public keys / certificates, npub, node ids).  The other half
    are domain look-alikes: bech32/bech32m and 0x addresses, txids, block hashes,
    BOLT11 invoices, LNURLs, node public keys, npub / hex pubkeys in NIP-05 files,
    signed Nostr events, xpub/tpub descriptors, PSBTs, raw transactions, payment
    hashes, rpcauth hashes, checksums, image digests, SRI hashes, UUIDs, vault
    account ids, BTCPay store ids, SOPS/SealedSecret ciphertexts, public keys and
    certificates, webhook signatures, HMAC digests and `printmacaroon` output.

FORMATS CHECKED (documentation read through the search tool)
    * Fireblocks: `openssl req -new -newkey rsa:4096 -nodes -keyout
      fireblocks_secret.key -out fireblocks.csr`; API key copied from the console
      (UUID). -> RSA-4096 PKCS#8 "BEGIN PRIVATE KEY".
    * BitGo changelog: v3 tokens are "prefixed with v2x"; SDK tests build
      `v2x${'0'.repeat(64)}` -> `v2x` + 64 hex.
    * Circle: headers `Bearer TEST_API_KEY:<32 hex>:<32 hex>` / `LIVE_API_KEY:...`;
      entity secret is "32-byte" "hex-encoded"; client keys are for frontends.
    * Coinbase CDP: key name `organizations/{org_id}/apiKeys/{key_id}`,
      privateKey "-----BEGIN EC PRIVATE KEY-----" (ECDSA) or Ed25519 base64
      (64 bytes); cdp_api_key.json with "name"/"privateKey".  Coinbase Exchange:
      key, base64 secret (HMAC key, b64-decoded), passphrase; CB-ACCESS-* headers.
    * MoonPay: `sk_test_`/`sk_live_` secret keys ("Authorization: Api-Key sk_..."),
      `pk_live_` in widget URLs (public); HMAC-SHA256 URL signing with the secret.
    * Bridge: "Sandbox keys should be prefixed with sk-test", header `Api-Key`.
    * Transak: API key + API secret, header `api-secret`; refresh-token returns a
      JWT access token valid 7 days whose payload carries the (UUID) API key.
    * Lightspark: API token client ID + client secret
      (LIGHTSPARK_API_TOKEN_CLIENT_ID/_SECRET, ~/.lightsparkapienv).
    * Strike: "Authorization: Bearer <API_KEY>", a unique alphanumeric string.
    * OpenNode: key sent raw in the Authorization header; invoice/read/withdrawal
      permission levels.
    * BTCPay Greenfield: "Authorization: token YOUR_API_KEY".
    * LNbits: admin key / invoice key, header X-Api-Key (32 hex in examples).
    * LND: admin.macaroon, hex sent as `macaroon` gRPC metadata or
      Grpc-Metadata-macaroon header; macaroon v2 binary layout (location "lnd").
    * Core Lightning: rune is "Base64 encoded" (URL-safe, padded, e.g. docs'
      `OSqc7ixY6F-gjcigBfxtzKUI54uzgFSA6YfBQoWGDV89MA==`).
    * NIP-47: `nostr+walletconnect://<pubkey>?relay=<url>&secret=<32-byte hex>`.
    * Zero Hash: X-SCX-API-KEY (22 chars in docs), base64 32-byte private key for
      HMAC, X-SCX-PASSPHRASE.  Copper: `Authorization: ApiKey ...` + X-Signature
      HMAC-SHA256.  Paxos: OAuth client_credentials client_id/client_secret at
      oauth.paxos.com.  Anchorage: hex Ed25519 signing key (gist linked from
      Anchorage dashboard instructions).
    * bitcoind: rpcuser/rpcpassword in bitcoin.conf, -rpcpassword flag, rpcauth.

DOUBTS
    * Exact length/alphabet NOT confirmed for: MoonPay sk_ keys (24-32 alnum used),
      Bridge sk-live- (32 hex used), Strike (64 upper hex used), OpenNode (UUID
      used), BTCPay API key (40 hex used), BTCPay webhook secret (base58 used),
      Lightspark client id/secret, Transak API secret, Copper key/secret, Paxos
      client id/secret, Anchorage access key, Coinbase Prime signing key, Voltage.
    * Circle client-key format (`TEST_CLIENT_KEY:...`) assumed from API key format.
    * Bech32 invoices/LNURLs have valid checksums but random payloads; 0x addresses
      are all-lowercase (no EIP-55 checksum: no keccak in the stdlib); xpubs have a
      valid Base58Check checksum but the key bytes are not a curve point.
    * PEM bodies are DER-shaped (right headers/lengths) but filled with random bytes.
    * LNbits invoice/read keys are credentials of lower privilege; they are not
      used as needles and not used as negatives either.
    * Ramp Network appears only among negatives (public hostApiKey); Alby appears
      only through NWC URIs (no Alby OAuth secrets); Voltage only as the host of
      LND nodes whose admin macaroon is the secret.
    * One search result was a secret scanner's test-contract file (keyhog); it was
      not used.
"""
import base64
import hashlib
import json
import os
import random
import sys

R = random.Random(0)  # replaced in main()

HEX = "0123456789abcdef"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
LOWALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


# ---------------------------------------------------------------- primitives
def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def alnum(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def pick(seq):
    return seq[R.randrange(len(seq))]


def uuid4():
    h = list(hexs(32))
    h[12] = "4"
    h[16] = pick("89ab")
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64url(n, pad=False):
    s = base64.urlsafe_b64encode(rbytes(n)).decode()
    return s if pad else s.rstrip("=")


def ulid_like():
    return alnum(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


# ---------------------------------------------------------------- bech32
_CS = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk


def _hrp_expand(hrp):
    return [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]


def bech32_encode(hrp, data5, m=False):
    const = 0x2BC830A3 if m else 1
    pm = _polymod(_hrp_expand(hrp) + data5 + [0] * 6) ^ const
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CS[d] for d in data5 + chk)


def to5(data):
    acc = bits = 0
    out = []
    for b in data:
        acc = (acc << 8) | b
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def nsec():
    return bech32_encode("nsec", to5(rbytes(32)))


def npub():
    return bech32_encode("npub", to5(rbytes(32)))


def bc1q(hrp="bc"):
    return bech32_encode(hrp, [0] + to5(rbytes(20)))


def bc1p(hrp="bc"):
    return bech32_encode(hrp, [1] + to5(rbytes(32)), m=True)


def lninvoice(hrp=None):
    if hrp is None:
        hrp = "lnbc" + pick(["", "10u", "2500u", "20m", "1500n", "100u", "50u", "1m"])
    n = R.randrange(200, 290)
    data = [R.randrange(32) for _ in range(n)]
    return bech32_encode(hrp, data)


def lnurl():
    url = "https://%s/.well-known/lnurlp/%s" % (
        pick(["pay.custody-desk.io", "ln.treasury-ops.net", "getalby.com", "btcpay.acme-otc.com"]),
        pick(["treasury", "payouts", "alice", "ops", "desk"]))
    return bech32_encode("lnurl", to5(url.encode())).upper()


# ---------------------------------------------------------------- base58
def b58encode(b):
    n = int.from_bytes(b, "big")
    out = ""
    while n:
        n, r = divmod(n, 58)
        out = B58[r] + out
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + out


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58encode(payload + chk)


def xpub(version="0488b21e"):
    p = bytes.fromhex(version) + bytes([3]) + rbytes(4) + bytes.fromhex("80000000") \
        + rbytes(32) + bytes([pick([2, 3])]) + rbytes(32)
    return b58check(p)


def tpub():
    return xpub("043587cf")


def node_pubkey():
    return pick(["02", "03"]) + hexs(64)


def block_hash():
    return "0" * 19 + hexs(45)


def evm_addr():
    return "0x" + hexs(40)


# ---------------------------------------------------------------- PEM / DER
def wrap64(s):
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))


def _der_len(n):
    if n < 128:
        return bytes([n])
    b = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(b)]) + b


def _tlv(tag, body):
    return bytes([tag]) + _der_len(len(body)) + body


def _int(nbytes):
    v = bytearray(rbytes(nbytes))
    v[0] |= 0x80
    return _tlv(0x02, b"\x00" + bytes(v))


def rsa_pkcs8_pem(bits=4096):
    nb = bits // 8
    rsa = _tlv(0x30, b"\x02\x01\x00" + _int(nb) + b"\x02\x03\x01\x00\x01" + _int(nb)
               + _int(nb // 2) + _int(nb // 2) + _int(nb // 2) + _int(nb // 2) + _int(nb // 2))
    alg = bytes.fromhex("300d06092a864886f70d0101010500")
    der = _tlv(0x30, b"\x02\x01\x00" + alg + _tlv(0x04, rsa))
    return "-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----" % wrap64(
        base64.b64encode(der).decode())


def ec_sec1_pem():
    der = (bytes.fromhex("30770201010420") + rbytes(32)
           + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rbytes(64))
    return "-----BEGIN EC PRIVATE KEY-----\n%s\n-----END EC PRIVATE KEY-----" % wrap64(
        base64.b64encode(der).decode())


def ec_pub_pem():
    der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rbytes(64)
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % wrap64(
        base64.b64encode(der).decode())


def rsa_pub_pem(bits=4096):
    nb = bits // 8
    rsa = _tlv(0x30, _int(nb) + b"\x02\x03\x01\x00\x01")
    der = _tlv(0x30, bytes.fromhex("300d06092a864886f70d0101010500") + _tlv(0x03, b"\x00" + rsa))
    return "-----BEGIN PUBLIC KEY-----\n%s\n-----END PUBLIC KEY-----" % wrap64(
        base64.b64encode(der).decode())


def cert_pem(nbytes=None):
    body = bytes.fromhex("308202") + rbytes(nbytes or R.randrange(520, 700))
    return "-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----" % wrap64(
        base64.b64encode(body).decode())


PEM_MARK = {"rsa": "-----BEGIN PRIVATE KEY-----", "ec": "-----BEGIN EC PRIVATE KEY-----"}


# ---------------------------------------------------------------- LND / CLN
def _pb(field, data):
    return bytes([(field << 3) | 2]) + _der_len_pb(len(data)) + data


def _der_len_pb(n):
    out = b""
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out += bytes([b | 0x80])
        else:
            return out + bytes([b])


ADMIN_OPS = [("address", ["read", "write"]), ("info", ["read", "write"]),
             ("invoices", ["read", "write"]), ("macaroon", ["generate", "read", "write"]),
             ("message", ["read", "write"]), ("offchain", ["read", "write"]),
             ("onchain", ["read", "write"]), ("peers", ["read", "write"]),
             ("signer", ["generate", "read"])]


def macaroon_bytes(ops=ADMIN_OPS):
    proto = _pb(1, rbytes(16)) + _pb(2, b"0")
    for ent, acts in ops:
        proto += _pb(3, _pb(1, ent.encode()) + b"".join(_pb(2, a.encode()) for a in acts))
    ident = b"\x03" + proto
    return (b"\x02" + b"\x01" + _der_len_pb(3) + b"lnd" + b"\x02" + _der_len_pb(len(ident))
            + ident + b"\x00" + b"\x00" + b"\x06\x20" + rbytes(32))


def macaroon_hex():
    return macaroon_bytes().hex()


def macaroon_b64url():
    return base64.urlsafe_b64encode(macaroon_bytes()).decode().rstrip("=")


def rune():
    uid = str(R.randrange(0, 40))
    restr = pick(["", "", "&method^list|method^get|method=summary&method/listdatastore",
                  "&method=invoice", "&method=pay&pnameamount_msat<1000000000",
                  "&id=" + node_pubkey(), "&method^list|method^get"])
    return base64.urlsafe_b64encode(rbytes(32) + ("=" + uid + restr).encode()).decode()


def jwt(payload):
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + b64url(32)


# ---------------------------------------------------------------- passphrases
WORDS = ("amber anchor aspen basalt beacon birch bramble cobalt comet copper coral crater "
         "delta ember falcon fjord garnet glacier granite harbor hazel heron indigo iris "
         "juniper kelp lagoon lantern larch lumen maple meadow meteor nickel north obsidian "
         "onyx orchid osprey pebble pine quartz quill raven ridge saffron sable sierra "
         "slate sorrel spruce tundra umber vale violet walnut willow zephyr").split()


def passphrase():
    style = R.randrange(4)
    if style == 0:
        return "-".join(pick(WORDS).capitalize() for _ in range(4)) + str(R.randrange(10, 99))
    if style == 1:
        return alnum(R.randrange(20, 30), ALNUM + "!#%*+-=?@^_")
    if style == 2:
        return " ".join(pick(WORDS) for _ in range(5)) + " " + str(R.randrange(100, 999))
    return pick(WORDS).capitalize() + pick("!@#$%&*") + alnum(6) + pick(WORDS) + str(R.randrange(1000, 9999))


def rpcpass():
    style = R.randrange(3)
    if style == 0:
        return alnum(R.randrange(24, 40))
    if style == 1:
        return base64.urlsafe_b64encode(rbytes(24)).decode().rstrip("=")
    return hexs(32)


# ---------------------------------------------------------------- slot values
class V:
    """Value placed in a template's secret slot (a secret, or a non-secret filler)."""

    def __init__(self, raw, env=None):
        self.raw = raw
        self.env = env

    @property
    def multi(self):
        return "\n" in self.raw

    def lit(self, lang, q='"'):
        if self.env:
            return ENVX[lang](self.env)
        return q + self.raw + q

    def sh(self):
        return "${%s}" % self.env if self.env else self.raw


ENVX = {
    "py": lambda n: 'os.environ["%s"]' % n,
    "pyget": lambda n: 'os.getenv("%s")' % n,
    "js": lambda n: "process.env.%s" % n,
    "ts": lambda n: "process.env.%s!" % n,
    "go": lambda n: 'os.Getenv("%s")' % n,
    "rs": lambda n: 'std::env::var("%s").expect("%s must be set")' % (n, n),
    "java": lambda n: 'System.getenv("%s")' % n,
}


def jesc(s):
    return json.dumps(s)[1:-1]


def indent(s, pre):
    return "\n".join(pre + line for line in s.split("\n"))


# ---------------------------------------------------------------- secret kinds
def _mp(env):
    return ("sk_live_" if env == "live" else "sk_test_") + alnum(R.choice([24, 32]))


GENS = {
    "fb_pem": dict(make=lambda: rsa_pkcs8_pem(4096), needle=lambda v: PEM_MARK["rsa"],
                   shaped=lambda: "-----BEGIN PRIVATE KEY-----\n<contents of fireblocks_secret.key>\n-----END PRIVATE KEY-----",
                   public=[lambda: rsa_pub_pem(4096)]),
    "rsa2048": dict(make=lambda: rsa_pkcs8_pem(2048), needle=lambda v: PEM_MARK["rsa"],
                    shaped=lambda: "<PASTE RSA PRIVATE KEY>", public=[lambda: rsa_pub_pem(2048)]),
    "ec_pem": dict(make=ec_sec1_pem, needle=lambda v: PEM_MARK["ec"],
                   shaped=lambda: "-----BEGIN EC PRIVATE KEY-----\nYOUR_PRIVATE_KEY\n-----END EC PRIVATE KEY-----",
                   public=[ec_pub_pem]),
    "cdp_ed": dict(make=lambda: b64(64), shaped=lambda: "<BASE64_ED25519_PRIVATE_KEY>",
                   public=[lambda: b64(32)]),
    "bitgo": dict(make=lambda: "v2x" + hexs(64), shaped=lambda: "v2x" + "x" * 64,
                  doc=["v2x" + "0" * 64], masked=lambda: "v2x" + "*" * 12),
    "passphrase": dict(make=passphrase, shaped=lambda: "<wallet passphrase>"),
    "cb_secret": dict(make=lambda: b64(64), shaped=lambda: "xxx"),
    "prime_sign": dict(make=lambda: alnum(64), shaped=lambda: "SIGNING_KEY"),
    "circle_api": dict(make=lambda: pick(["LIVE_API_KEY", "LIVE_API_KEY", "TEST_API_KEY"]) + ":" + hexs(32) + ":" + hexs(32),
                       shaped=lambda: "TEST_API_KEY:" + "x" * 32 + ":" + "x" * 32,
                       doc=["TEST_API_KEY:ebb3ad72232624921abc4b162148bb84:019ef3358ef9cd6d08fc32csfe89a68d",
                            "LIVE_API_KEY:ebb3ad72232624921abc4b162148bb84:019ef3358ef9cd6d08fc32csfe89a68d"],
                       public=[lambda: pick(["TEST_CLIENT_KEY", "LIVE_CLIENT_KEY"]) + ":" + hexs(32) + ":" + hexs(32)],
                       masked=lambda: "LIVE_API_KEY:" + "*" * 8 + ":" + "*" * 8),
    "entity": dict(make=lambda: hexs(64), shaped=lambda: "<32-byte hex entity secret>",
                   public=[lambda: rsa_pub_pem(4096)]),
    "hex64": dict(make=lambda: hexs(64), shaped=lambda: "0" * 64),
    "anch_access": dict(make=lambda: alnum(64), shaped=lambda: "<api-access-key>"),
    "copper": dict(make=lambda: hexs(64), shaped=lambda: "COPPER_API_SECRET"),
    "paxos": dict(make=lambda: alnum(R.choice([32, 40])), shaped=lambda: "<client-secret>"),
    "zh_secret": dict(make=lambda: b64(32), shaped=lambda: "<private key>",
                      doc=["2mC4ZvVd4goRkuJm+rjr9byUiaUW1b6tVN4xy9QXNSE="]),
    "moonpay": dict(make=lambda: _mp(pick(["live", "live", "test"])), shaped=lambda: "sk_live_" + "x" * 24,
                    doc=["sk_test_123", "sk_test_key"], public=[lambda: "pk_live_" + alnum(32)],
                    masked=lambda: "sk_live_" + "*" * 16),
    "transak": dict(make=lambda: alnum(R.choice([24, 32]), ALNUM + "+/"), shaped=lambda: "YOUR_API_SECRET",
                    public=[uuid4]),
    "transak_jwt": dict(make=lambda: jwt({"API_KEY": uuid4(), "iat": 1767000000 + R.randrange(10 ** 7),
                                          "exp": 1768000000 + R.randrange(10 ** 7)}),
                        shaped=lambda: "<partner-access-token>",
                        doc=["eyJhbI1NiIsInR5cCI6IkpXVCJ9.eyJBUElfZIjoiMDRiOGJmZDItNTQ1YS00YjU1LWFkNzQtMjY0OTQ5NmFlMTI3IiwiaWF0IjoxNzcwMzczMTM0LCJleHAiOjE3NzA5Nzc5MzR9.95zFcIfGY-YLwbah37-YyNqLL62KURoz_jUcCLfhP74"]),
    "bridge": dict(make=lambda: pick(["sk-live-", "sk-live-", "sk-test-"]) + hexs(32), shaped=lambda: "sk-test-" + "x" * 32,
                   masked=lambda: "sk-live-" + "*" * 10),
    "lightspark": dict(make=lambda: b64url(32), shaped=lambda: "<your api token secret>"),
    "strike": dict(make=lambda: hexs(64).upper(), shaped=lambda: "<API_KEY>"),
    "opennode": dict(make=uuid4, shaped=lambda: "MY-API-KEY"),
    "btcpay": dict(make=lambda: hexs(40), shaped=lambda: "your-api-key"),
    "btcpay_wh": dict(make=lambda: alnum(R.choice([22, 30]), B58), shaped=lambda: "<webhook secret>"),
    "lnbits": dict(make=lambda: hexs(32), shaped=lambda: "your-admin-api-key",
                   doc=["d00265e7de5f44f59b2408d9f0564181"]),
    "mac_hex": dict(make=macaroon_hex, shaped=lambda: "<hex-encoded admin.macaroon>",
                    masked=lambda: "0201036c6e64" + "*" * 12),
    "mac_b64": dict(make=macaroon_b64url, shaped=lambda: "MACAROON_BASE64URL"),
    "rune": dict(make=rune, shaped=lambda: "<rune>", doc=["OSqc7ixY6F-gjcigBfxtzKUI54uzgFSA6YfBQoWGDV89MA=="]),
    "nwc": dict(make=lambda: hexs(64), shaped=lambda: "<random_secret>",
                doc=["71a8c14c1407c113601079c4302dab36460f0ccd0ad506f1f2dc73b5100e4f3c"]),
    "nsec": dict(make=nsec, shaped=lambda: "nsec1...", public=[npub], masked=lambda: "nsec1" + "*" * 10),
    "nostr_hex": dict(make=lambda: hexs(64), shaped=lambda: "<hex private key>"),
    "rpcpass": dict(make=rpcpass, shaped=lambda: "yourpassword", doc=["yourpassword", "123"]),
}

GENERIC_PH = ["changeme", "REPLACE_ME", "TODO", "xxxxxxxxxxxxxxxxxxxxxxxx", "<secret>",
              "insert-secret-here", "..."]
KEYISH = ("api_key", "access_token", "api_secret", "secret_key", "client_secret", "admin_key")
MASKS = ["****", "********", "[REDACTED]", "<redacted>", "***REDACTED***", "••••••••"]
FILLER_KINDS = ["placeholder", "envref", "masked", "secretmgr", "template", "empty",
                "doc", "public", "shaped", "envref"]


def kind_of(gen):
    for t in POS:
        if t["gen"] == gen:
            return t["kind"]
    return ""


def filler(gen, env, kind):
    g = GENS[gen]
    slug = env.lower().replace("_", "-")
    if kind == "doc" and g.get("doc"):
        return V(pick(g["doc"])), "doc-example"
    if kind == "public" and g.get("public"):
        return V(pick(g["public"])()), "public-value"
    if kind == "shaped":
        return V(g["shaped"]()), "placeholder"
    if kind == "masked":
        if g.get("masked") and R.random() < 0.5:
            return V(g["masked"]()), "masked"
        return V(pick(MASKS)), "masked"
    if kind == "envref":
        return V("${%s}" % env, env=env), "env-reference"
    if kind == "secretmgr":
        return V(pick([
            "vault:secret/data/custody/%s#value" % slug,
            "op://Treasury-Ops/%s/credential" % slug,
            "arn:aws:secretsmanager:us-east-1:%d:secret:prod/custody/%s-%s" % (R.randrange(10 ** 11, 10 ** 12), slug, alnum(6)),
            "projects/custody-prod/secrets/%s/versions/latest" % slug,
            "azurekeyvault://custody-kv/%s" % slug,
            "sm://%s" % slug,
        ])), "secret-manager-ref"
    if kind == "template":
        camel = "".join(w.capitalize() if i else w for i, w in enumerate(env.lower().split("_")))
        return V(pick(["{{ .Values.secrets.%s }}" % camel, "{{ %s }}" % env.lower(),
                       "${{ secrets.%s }}" % env, "#{%s}#" % camel, "{{ env \"%s\" }}" % env])), "template-expr"
    if kind == "empty":
        return V(""), "empty"
    extra = ["<your-api-key>", "YOUR_API_KEY_HERE"] if kind_of(gen) in KEYISH else []
    ph = pick(GENERIC_PH + extra + ["<%s>" % env, "your-%s" % slug, "YOUR_%s_HERE" % env.upper()])
    return V(ph), "placeholder"


# ---------------------------------------------------------------- context
ORGS = ["acme-otc", "northwind-custody", "bluefin-treasury", "helios-pay", "kestrel-markets",
        "orbit-ramp", "tidewater-capital", "lumen-settlement", "granite-prime", "polar-desk"]
HOSTS = ["10.0.4.17", "10.12.0.8", "bitcoind", "127.0.0.1", "btc-node-0.internal", "core.svc.cluster.local"]


class Ctx:
    def __init__(self, neg):
        self.neg = neg
        self.org = pick(ORGS)

    def envfile(self, pos_choices=(".env",)):
        if self.neg:
            return pick([".env.example", ".env.sample", ".env.template"])
        return pick(list(pos_choices))

    def ts(self):
        return "2025-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randrange(1, 13), R.randrange(1, 29), R.randrange(24),
                                                    R.randrange(60), R.randrange(60), R.randrange(1000))

    def date(self):
        return "2025-%02d-%02d" % (R.randrange(1, 13), R.randrange(1, 29))

    def amount(self):
        return "%d.%02d" % (R.randrange(1, 250000), R.randrange(100))

    def sats(self):
        return R.randrange(1000, 5000000)


POS = []
NEG = []


def pos(provider, kind, gen, env):
    def deco(fn):
        POS.append(dict(name=fn.__name__, provider=provider, kind=kind, gen=gen, env=env, fn=fn))
        return fn
    return deco


def neg(provider, kind):
    def deco(fn):
        NEG.append(dict(name=fn.__name__, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


# ================================================================ POSITIVE TEMPLATES
# ---- Fireblocks -------------------------------------------------------------
@pos("fireblocks", "private_key", "fb_pem", "FIREBLOCKS_SECRET_KEY")
def fb_keyfile(v, c):
    path = pick(["secrets/fireblocks_secret.key", "config/fireblocks/fireblocks_secret.key",
                 "deploy/keys/fireblocks_secret.key", "fireblocks_secret.key"])
    if c.neg:
        path += pick([".example", ".sample", ".template"])
    if v.multi:
        return path, v.raw + "\n"
    return path, "# Fireblocks API user signing key (RSA 4096)\n# generated with: openssl req -new -newkey rsa:4096 -nodes -keyout fireblocks_secret.key -out fireblocks.csr\n%s\n" % v.raw


@pos("fireblocks", "private_key", "fb_pem", "FIREBLOCKS_API_SECRET")
def fb_ts_sdk(v, c):
    api_key = uuid4()
    if v.env:
        sec = "const apiSecret = process.env.FIREBLOCKS_API_SECRET!;"
    else:
        sec = "const apiSecret = `%s`;" % v.raw
    txt = """import { Fireblocks, BasePath, TransferPeerPathType } from "@fireblocks/ts-sdk";
import { logger } from "../lib/logger";

// API user "%s-treasury-bot" (Editor role, co-signer: communal test)
const apiKey = "%s";
%s

export const fireblocks = new Fireblocks({
  apiKey,
  secretKey: apiSecret,
  basePath: BasePath.%s,
});

export async function sweepToColdVault(sourceVaultId: string, amount: string) {
  const res = await fireblocks.transactions.createTransaction({
    transactionRequest: {
      assetId: "%s",
      amount,
      source: { type: TransferPeerPathType.VaultAccount, id: sourceVaultId },
      destination: { type: TransferPeerPathType.VaultAccount, id: "%d" },
      note: "scheduled sweep",
    },
  });
  logger.info({ txId: res.data.id, status: res.data.status }, "sweep submitted");
  return res.data;
}
""" % (c.org, api_key, sec, pick(["US", "Sandbox", "EU"]), pick(["BTC", "BTC_TEST", "ETH", "USDC"]), R.randrange(0, 40))
    return pick(["src/custody/fireblocks.ts", "services/treasury/src/fireblocksClient.ts", "packages/custody/src/client.ts"]), txt


@pos("fireblocks", "private_key", "fb_pem", "FIREBLOCKS_SECRET")
def fb_py_sdk(v, c):
    if v.env:
        sec = 'PRIVATE_KEY = os.environ["FIREBLOCKS_SECRET"]'
    else:
        sec = 'PRIVATE_KEY = """%s\n"""' % v.raw
    txt = """import os
import logging

from fireblocks_sdk import FireblocksSDK, TransferPeerPath, VAULT_ACCOUNT

log = logging.getLogger(__name__)

API_KEY = "%s"
%s

sdk = FireblocksSDK(PRIVATE_KEY, API_KEY, api_base_url="https://api.fireblocks.io")


def vault_balances(vault_id: str = "%d"):
    acct = sdk.get_vault_account_by_id(vault_id)
    for asset in acct.get("assets", []):
        log.info("%%s %%s available=%%s", vault_id, asset["id"], asset["available"])
    return acct


def withdraw(asset_id: str, amount: str, dest_vault: str):
    return sdk.create_transaction(
        asset_id=asset_id,
        amount=amount,
        source=TransferPeerPath(VAULT_ACCOUNT, "0"),
        destination=TransferPeerPath(VAULT_ACCOUNT, dest_vault),
        note="ops withdrawal",
    )
""" % (uuid4(), sec, R.randrange(0, 30))
    return pick(["custody/fireblocks_client.py", "app/integrations/fireblocks.py", "scripts/fb_balances.py"]), txt


@pos("fireblocks", "private_key", "fb_pem", "FIREBLOCKS_SECRET_KEY")
def fb_k8s_secret(v, c):
    body = indent(v.raw, "    ") if v.multi else "    " + v.sh()
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: fireblocks-api-user
  namespace: %s
  labels:
    app.kubernetes.io/name: custody-signer
    app.kubernetes.io/part-of: treasury
type: Opaque
stringData:
  FIREBLOCKS_API_KEY: "%s"
  FIREBLOCKS_BASE_URL: "https://api.fireblocks.io"
  fireblocks_secret.key: |
%s
""" % (pick(["custody", "treasury-prod", "payments"]), uuid4(), body)
    return pick(["deploy/k8s/fireblocks-secret.yaml", "k8s/custody/secret.yml", "infra/manifests/fireblocks.yaml"]), txt


@pos("fireblocks", "private_key", "fb_pem", "FIREBLOCKS_PRIVATE_KEY")
def fb_json_cfg(v, c):
    txt = """{
  "fireblocks": {
    "apiKey": "%s",
    "privateKey": "%s",
    "baseUrl": "https://api.fireblocks.io/v1",
    "vaults": { "hot": "%d", "warm": "%d", "gasStation": "%d" },
    "webhookPath": "/hooks/fireblocks"
  },
  "logLevel": "info"
}
""" % (uuid4(), jesc(v.raw + "\n") if v.multi else jesc(v.raw), R.randrange(0, 9), R.randrange(10, 30), R.randrange(30, 60))
    return pick(["config/custody.json", "config/production.json", "settings/fireblocks.json"]), txt


# ---- BitGo --------------------------------------------------------------------
@pos("bitgo", "access_token", "bitgo", "BITGO_ACCESS_TOKEN")
def bitgo_ts(v, c):
    txt = """import { BitGoAPI } from "@bitgo/sdk-api";
import { Btc } from "@bitgo/sdk-coin-btc";

const bitgo = new BitGoAPI({
  env: "%s",
  accessToken: %s,
});
bitgo.register("btc", Btc.createInstance);

export async function listWallets() {
  const coin = bitgo.coin("btc");
  const { wallets } = await coin.wallets().list({ limit: 25 });
  return wallets.map((w) => ({ id: w.id(), label: w.label(), balance: w.balanceString() }));
}
""" % (pick(["prod", "test"]), v.lit("ts", pick(['"', "'"])))
    return pick(["src/bitgo/client.ts", "services/wallets/bitgo.ts", "lib/custody/bitgo.ts"]), txt


@pos("bitgo", "access_token", "bitgo", "BITGO_TOKEN")
def bitgo_py_requests(v, c):
    wallet = hexs(32)
    txt = """import requests

BITGO_EXPRESS = "http://localhost:3080/api/v2"
WALLET_ID = "%s"
token = %s


def wallet_balance(coin="btc"):
    r = requests.get(
        f"{BITGO_EXPRESS}/{coin}/wallet/{WALLET_ID}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=15,
    )
    r.raise_for_status()
    data = r.json()
    return int(data["balanceString"]), int(data["spendableBalanceString"])


if __name__ == "__main__":
    print(wallet_balance())
""" % (wallet, v.lit("py", "'"))
    if v.env:
        txt = "import os\n" + txt
    return pick(["scripts/bitgo_balance.py", "tools/check_wallet.py", "ops/bitgo/balance.py"]), txt


@pos("bitgo", "access_token", "bitgo", "BITGO_ACCESS_TOKEN")
def bitgo_shell(v, c):
    txt = """#!/usr/bin/env bash
# Rotate the hot wallet receive address and print it for the ops channel.
set -euo pipefail

export BITGO_ACCESS_TOKEN="%s"
EXPRESS_URL="${EXPRESS_URL:-http://127.0.0.1:3080}"
COIN="${1:-tbtc}"
WALLET_ID="%s"

curl -sS -X POST "$EXPRESS_URL/api/v2/$COIN/wallet/$WALLET_ID/address" \\
  -H "Authorization: Bearer $BITGO_ACCESS_TOKEN" \\
  -H "Content-Type: application/json" \\
  -d '{"chain": 20, "label": "rotation-'"$(date +%%Y%%m%%d)"'"}' | jq -r '.address'
""" % (v.sh(), hexs(32))
    return pick(["scripts/rotate-address.sh", "ops/bitgo/new_address.sh", "bin/bitgo-address"]), txt


@pos("bitgo", "access_token", "bitgo", "BITGO_ACCESS_TOKEN")
def bitgo_k8s_env(v, c):
    val = v.raw if not v.env else v.sh()
    txt = """apiVersion: apps/v1
kind: Deployment
metadata:
  name: bitgo-express
  namespace: custody
spec:
  replicas: 1
  selector:
    matchLabels: { app: bitgo-express }
  template:
    metadata:
      labels: { app: bitgo-express }
    spec:
      containers:
        - name: express
          image: bitgo/express:%s
          args: ["--port", "3080", "--env", "prod", "--bind", "0.0.0.0"]
          ports:
            - containerPort: 3080
          env:
            - name: BITGO_ENV
              value: prod
            - name: BITGO_ACCESS_TOKEN
              value: "%s"
            - name: BITGO_ENTERPRISE_ID
              value: "%s"
""" % (pick(["14.2.1", "13.8.0", "latest"]), val, hexs(32))
    return pick(["deploy/bitgo-express/deployment.yaml", "k8s/bitgo-express.yml"]), txt


@pos("bitgo", "wallet_passphrase", "passphrase", "BITGO_WALLET_PASSPHRASE")
def bitgo_send_ts(v, c):
    txt = """import { wallet } from "./bitgoWallet";
import type { Payout } from "../types";

export async function sendPayouts(batch: Payout[]) {
  const recipients = batch.map((p) => ({ address: p.address, amount: String(p.amountSats) }));
  const tx = await wallet.sendMany({
    recipients,
    walletPassphrase: %s,
    feeRate: %d,
    comment: "payout batch " + batch[0]?.batchId,
  });
  return tx.txid;
}
""" % (v.lit("ts", "'"), R.randrange(5, 60) * 1000)
    return pick(["src/payouts/send.ts", "services/payouts/bitgoSend.ts"]), txt


@pos("bitgo", "wallet_passphrase", "passphrase", "WALLET_PASSPHRASE")
def bitgo_toml(v, c):
    txt = """# treasury-agent configuration
[server]
listen = "0.0.0.0:8088"
metrics = true

[bitgo]
env = "prod"
express_url = "http://bitgo-express:3080"
coin = "btc"
wallet_id = "%s"
unlock_phrase = "%s"
max_fee_rate = %d

[limits]
daily_btc = 12.5
single_tx_btc = 2.0
""" % (hexs(32), v.sh(), R.randrange(20, 200))
    return pick(["config/treasury-agent.toml", "treasury.toml", "deploy/agent/config.toml"]), txt


# ---- Coinbase -----------------------------------------------------------------
@pos("coinbase-cdp", "private_key", "ec_pem", "CDP_API_KEY_PRIVATE_KEY")
def cdp_json(v, c):
    name = "organizations/%s/apiKeys/%s" % (uuid4(), uuid4())
    pk = jesc(v.raw + "\n") if v.multi else jesc(v.raw)
    txt = '{\n   "name": "%s",\n   "privateKey": "%s"\n}\n' % (name, pk)
    return pick(["cdp_api_key.json", "config/cdp_api_key.json", "secrets/coinbase/cdp_api_key.json"]), txt


@pos("coinbase-cdp", "private_key", "ec_pem", "CDP_API_KEY_PRIVATE_KEY")
def cdp_py(v, c):
    name = "organizations/%s/apiKeys/%s" % (uuid4(), uuid4())
    if v.env:
        pk = 'api_key_private_key = os.environ["CDP_API_KEY_PRIVATE_KEY"]'
    else:
        pk = 'api_key_private_key = """%s\n"""' % v.raw
    txt = """import os
from cdp import Cdp, Wallet

api_key_name = "%s"
%s

Cdp.configure(api_key_name, api_key_private_key)
print("CDP SDK configured, network:", os.getenv("NETWORK_ID", "base-sepolia"))


def fund_ops_wallet():
    wallet = Wallet.create(network_id=os.getenv("NETWORK_ID", "base-sepolia"))
    faucet_tx = wallet.faucet()
    faucet_tx.wait()
    return wallet.default_address.address_id
""" % (name, pk)
    return pick(["agents/cdp_setup.py", "onramp/cdp_client.py", "app/cdp.py"]), txt


@pos("coinbase-cdp", "api_secret", "cdp_ed", "CDP_API_KEY_SECRET")
def cdp_ts_ed(v, c):
    txt = """import { CdpClient } from "@coinbase/cdp-sdk";

// Secret API key "%s-onramp" (Ed25519), created in the CDP portal
export const cdp = new CdpClient({
  apiKeyId: "%s",
  apiKeySecret: %s,
  walletSecret: process.env.CDP_WALLET_SECRET,
});

export async function ensureTreasuryAccount() {
  return cdp.evm.getOrCreateAccount({ name: "treasury-ops" });
}
""" % (c.org, uuid4(), v.lit("ts", '"'))
    return pick(["src/lib/cdp.ts", "apps/onramp/src/cdp.ts", "server/cdp-client.ts"]), txt


@pos("coinbase-cdp", "private_key", "ec_pem", "COINBASE_API_PRIVATE_KEY")
def cdp_go(v, c):
    name = "organizations/%s/apiKeys/%s" % (uuid4(), uuid4())
    if v.env:
        pk = 'var keySecret = os.Getenv("COINBASE_API_PRIVATE_KEY")'
    else:
        pk = "const keySecret = `%s\n`" % v.raw
    txt = """package coinbase

import (
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"os"
)

const keyName = "%s"

%s

var _ = os.Getenv

func signingKey() (*ecdsa.PrivateKey, error) {
	block, _ := pem.Decode([]byte(keySecret))
	if block == nil {
		return nil, fmt.Errorf("jwt: could not decode private key")
	}
	return x509.ParseECPrivateKey(block.Bytes)
}
""" % (name, pk)
    return pick(["internal/coinbase/auth.go", "pkg/exchange/coinbase/jwt.go"]), txt


@pos("coinbase-exchange", "api_secret", "cb_secret", "COINBASE_API_SECRET")
def cbx_py(v, c):
    txt = """import base64
import hashlib
import hmac
import time

import requests
from requests.auth import AuthBase

API_URL = "https://api.exchange.coinbase.com"
API_KEY = "%s"
API_SECRET = %s
API_PASSPHRASE = os.environ["COINBASE_PASSPHRASE"]


class CoinbaseExchangeAuth(AuthBase):
    def __call__(self, request):
        timestamp = str(time.time())
        message = timestamp + request.method + request.path_url + (request.body or "")
        key = base64.b64decode(API_SECRET)
        sig = base64.b64encode(hmac.new(key, message.encode(), hashlib.sha256).digest())
        request.headers.update({
            "CB-ACCESS-SIGN": sig.decode(),
            "CB-ACCESS-TIMESTAMP": timestamp,
            "CB-ACCESS-KEY": API_KEY,
            "CB-ACCESS-PASSPHRASE": API_PASSPHRASE,
        })
        return request


def accounts():
    return requests.get(API_URL + "/accounts", auth=CoinbaseExchangeAuth(), timeout=10).json()
""" % (hexs(32), v.lit("py", '"'))
    txt = "import os\n" + txt
    return pick(["exchange/coinbase_auth.py", "trading/cbx.py", "desk/coinbase_exchange.py"]), txt


@pos("coinbase-exchange", "api_secret", "cb_secret", "CB_SECRET")
def cbx_yaml(v, c):
    txt = """# market-maker bot config
exchange:
  name: coinbase
  sandbox: %s
  key: %s
  secret: "%s"
  password: ${CB_PASSPHRASE}
pairs:
  - BTC-USD
  - ETH-USD
  - USDC-EUR
strategy:
  spread_bps: %d
  order_size: 0.05
  refresh_seconds: 15
""" % (pick(["false", "true"]), hexs(32), v.sh(), R.randrange(5, 40))
    return pick(["config/mm.yml", "bots/coinbase/config.yaml", "config.yml"]), txt


@pos("coinbase-prime", "signing_key", "prime_sign", "PRIME_SIGNING_KEY")
def prime_java(v, c):
    txt = """package com.%s.prime;

import com.coinbase.prime.client.CoinbasePrimeClient;
import com.coinbase.prime.credentials.CoinbasePrimeCredentials;

public final class PrimeClientFactory {

    private static final String ACCESS_KEY = "%s";
    private static final String SIGNING_KEY = %s;
    private static final String PORTFOLIO_ID = "%s";

    private PrimeClientFactory() {}

    public static CoinbasePrimeClient create() {
        String passphrase = System.getenv("PRIME_PASSPHRASE");
        CoinbasePrimeCredentials creds = new CoinbasePrimeCredentials(ACCESS_KEY, passphrase, SIGNING_KEY);
        return new CoinbasePrimeClient(creds);
    }

    public static String portfolio() {
        return PORTFOLIO_ID;
    }
}
""" % (c.org.replace("-", ""), uuid4(), v.lit("java"), uuid4())
    return pick(["src/main/java/com/desk/prime/PrimeClientFactory.java", "prime-service/src/main/java/PrimeClientFactory.java"]), txt


# ---- Circle -------------------------------------------------------------------
@pos("circle", "api_key", "circle_api", "CIRCLE_API_KEY")
def circle_ts(v, c):
    txt = """import { initiateDeveloperControlledWalletsClient } from "@circle-fin/developer-controlled-wallets";

const client = initiateDeveloperControlledWalletsClient({
  apiKey: %s,
  entitySecret: process.env.CIRCLE_ENTITY_SECRET!,
});

export async function createUserWallets(walletSetId: string, count = 1) {
  const res = await client.createWallets({
    walletSetId,
    blockchains: ["%s"],
    count,
    accountType: "SCA",
  });
  return res.data?.wallets ?? [];
}
""" % (v.lit("ts", "'"), pick(["ETH-SEPOLIA", "MATIC-AMOY", "BASE", "SOL"]))
    return pick(["src/circle/wallets.ts", "services/wallets/circle.ts", "lib/circle.ts"]), txt


@pos("circle", "entity_secret", "entity", "CIRCLE_ENTITY_SECRET")
def circle_py_entity(v, c):
    txt = """import os

from circle.web3 import developer_controlled_wallets, utils

client = utils.init_developer_controlled_wallets_client(
    api_key=os.environ["CIRCLE_API_KEY"],
    entity_secret=%s,
)
wallet_sets_api = developer_controlled_wallets.WalletSetsApi(client)


def ensure_wallet_set(name="%s-settlement"):
    req = developer_controlled_wallets.CreateWalletSetRequest.from_dict({"name": name})
    return wallet_sets_api.create_wallet_set(req)
""" % (v.lit("py", '"'), c.org)
    return pick(["settlement/circle_wallets.py", "app/circle_client.py", "scripts/bootstrap_wallet_set.py"]), txt


@pos("circle", "api_key", "circle_api", "CIRCLE_API_KEY")
def circle_md(v, c):
    txt = """# Circle API smoke test

Run this after each deploy of `settlement-svc` to make sure the key still works.

```bash
curl --request GET \\
     --url https://api.circle.com/v1/w3s/wallets \\
     --header 'accept: application/json' \\
     --header 'authorization: Bearer %s'
```

Expected: HTTP 200 with a `data.wallets` array.  If you get
`Malformed authorization`, check that the key was copied with both colons.

Wallet set used by staging: `%s`
""" % (v.sh(), uuid4())
    return pick(["docs/runbooks/circle-smoke-test.md", "docs/circle.md", "README.circle.md"]), txt


@pos("circle", "api_key", "circle_api", "CIRCLE_API_KEY")
def circle_go(v, c):
    txt = """package settlement

import (
	"net/http"
	"os"
	"time"
)

var _ = os.Getenv

type CircleClient struct {
	base   string
	apiKey string
	http   *http.Client
}

func NewCircleClient() *CircleClient {
	return &CircleClient{
		base:   "https://api.circle.com/v1",
		apiKey: %s,
		http:   &http.Client{Timeout: 20 * time.Second},
	}
}

func (c *CircleClient) auth(req *http.Request) {
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	req.Header.Set("Accept", "application/json")
}
""" % v.lit("go")
    return pick(["internal/settlement/circle.go", "pkg/circle/client.go"]), txt


@pos("circle", "entity_secret", "entity", "CIRCLE_ENTITY_SECRET")
def circle_helm(v, c):
    txt = """# values-prod.yaml for payouts chart
image:
  repository: ghcr.io/%s/payouts
  tag: "%s"
replicaCount: 2
circle:
  baseUrl: https://api.circle.com
  walletSetId: %s
  entitySecret: "%s"
  blockchain: %s
resources:
  limits: { cpu: 500m, memory: 512Mi }
""" % (c.org, "v%d.%d.%d" % (R.randrange(1, 4), R.randrange(20), R.randrange(20)), uuid4(), v.sh(), pick(["ETH", "BASE", "ARB"]))
    return pick(["deploy/payouts/values-prod.yaml", "charts/payouts/values.yaml"]), txt


@pos("circle", "entity_secret", "entity", "CIRCLE_ENTITY_SECRET")
def circle_props(v, c):
    txt = """# settlement-service
server.port=8085
spring.application.name=settlement-service
circle.base-url=https://api.circle.com
circle.wallet-set-id=%s
circle.entity-secret=%s
circle.default-blockchain=%s
management.endpoints.web.exposure.include=health,info,prometheus
""" % (uuid4(), v.sh(), pick(["ETH", "MATIC", "AVAX"]))
    return pick(["src/main/resources/application.properties", "settlement/src/main/resources/application-prod.properties"]), txt


# ---- Anchorage / Copper / Paxos / Zero Hash -----------------------------------
@pos("anchorage", "signing_key", "hex64", "ANCHORAGE_SIGNING_KEY")
def anchorage_py(v, c):
    txt = """import os
import time

import nacl.signing
import requests

BASE = "https://api.anchorage.com/v2"
ACCESS_KEY = os.environ["ANCHORAGE_API_KEY"]

# hex-encoded Ed25519 signing key registered with the API key in the web dashboard
signing_key = nacl.signing.SigningKey(bytes.fromhex(%s))


def signed_get(path):
    ts = str(int(time.time()))
    sig = signing_key.sign((ts + "GET" + path).encode()).signature.hex()
    return requests.get(BASE + path, headers={
        "Api-Access-Key": ACCESS_KEY,
        "Api-Signature": sig,
        "Api-Timestamp": ts,
    }, timeout=10)
""" % v.lit("py", '"')
    return pick(["custody/anchorage.py", "integrations/anchorage_client.py"]), txt


@pos("anchorage", "api_key", "anch_access", "ANCHORAGE_API_ACCESS_KEY")
def anchorage_yaml(v, c):
    txt = """custodians:
  anchorage:
    enabled: true
    base_url: https://api.anchorage.com/v2
    api_access_key: %s
    signing_key_file: /var/run/secrets/anchorage/signing.key
    vault_ids:
      - %s
      - %s
  bitgo:
    enabled: false
""" % (v.sh(), hexs(32), hexs(32))
    return pick(["config/custodians.yaml", "deploy/custody/custodians.yml"]), txt


@pos("copper", "api_secret", "copper", "COPPER_API_SECRET")
def copper_ts(v, c):
    txt = """import crypto from "node:crypto";
import axios from "axios";

const COPPER_API = "https://api.copper.co";
const apiKey = process.env.COPPER_API_KEY!;
const apiSecret = %s;

export async function copperGet<T>(path: string): Promise<T> {
  const ts = Date.now().toString();
  const signature = crypto.createHmac("sha256", apiSecret).update(ts + "GET" + path).digest("hex");
  const { data } = await axios.get(COPPER_API + path, {
    headers: { Authorization: `ApiKey ${apiKey}`, "X-Signature": signature, "X-Timestamp": ts },
  });
  return data as T;
}
""" % v.lit("ts", '"')
    return pick(["src/custody/copper.ts", "services/copper/client.ts"]), txt


@pos("paxos", "client_secret", "paxos", "PAXOS_CLIENT_SECRET")
def paxos_py(v, c):
    txt = """import requests

TOKEN_URL = "https://oauth.paxos.com/oauth2/token"
CLIENT_ID = "%s"
CLIENT_SECRET = %s
SCOPES = "funding:read_profile funding:write_profile transfer:read_transfer"


def access_token():
    res = requests.post(TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "scope": SCOPES,
    }, timeout=10)
    res.raise_for_status()
    return res.json()["access_token"]
""" % (uuid4(), v.lit("py", '"'))
    if v.env:
        txt = "import os\n" + txt
    return pick(["stablecoin/paxos_auth.py", "integrations/paxos.py"]), txt


@pos("paxos", "client_secret", "paxos", "paxos_client_secret")
def paxos_tfvars(v, c):
    txt = """environment          = "prod"
region               = "us-east-1"
paxos_client_id      = "%s"
paxos_client_secret  = "%s"
paxos_profile_id     = "%s"
alarm_email          = "treasury-alerts@%s.com"
""" % (uuid4(), v.sh(), uuid4(), c.org)
    return pick(["infra/prod.tfvars", "terraform/environments/prod/terraform.tfvars"]), txt


@pos("zerohash", "api_secret", "zh_secret", "ZEROHASH_API_SECRET")
def zh_js(v, c):
    txt = """const crypto = require("crypto");
const fetch = require("node-fetch");

const ZH_HOST = "https://api.cert.zerohash.com";
const apiKey = "%s";
const apiSecret = %s;
const passphrase = process.env.ZEROHASH_PASSPHRASE;

function sign(ts, method, route, body) {
  const payload = ts + method + route + JSON.stringify(body || {});
  const key = Buffer.from(apiSecret, "base64");
  return crypto.createHmac("sha256", key).update(payload).digest("base64");
}

async function zhGet(route) {
  const ts = Math.round(Date.now() / 1000).toString();
  const res = await fetch(ZH_HOST + route, {
    headers: {
      "X-SCX-API-KEY": apiKey,
      "X-SCX-SIGNED": sign(ts, "GET", route, {}),
      "X-SCX-TIMESTAMP": ts,
      "X-SCX-PASSPHRASE": passphrase,
    },
  });
  return res.json();
}

module.exports = { zhGet };
""" % (alnum(22), v.lit("js", "'"))
    return pick(["lib/zerohash.js", "src/zerohash/client.js"]), txt


@pos("zerohash", "api_secret", "zh_secret", "ZEROHASH_API_SECRET")
def zh_rs(v, c):
    txt = """use hmac::{Hmac, Mac};
use sha2::Sha256;

pub struct ZeroHashCreds {
    pub api_key: String,
    pub api_secret: String,
    pub passphrase: String,
}

impl ZeroHashCreds {
    pub fn from_config() -> Self {
        ZeroHashCreds {
            api_key: "%s".to_string(),
            api_secret: %s,
            passphrase: std::env::var("ZEROHASH_PASSPHRASE").unwrap_or_default(),
        }
    }

    pub fn sign(&self, payload: &str) -> String {
        let key = base64::decode(&self.api_secret).expect("secret is base64");
        let mut mac = Hmac::<Sha256>::new_from_slice(&key).unwrap();
        mac.update(payload.as_bytes());
        base64::encode(mac.finalize().into_bytes())
    }
}
""" % (alnum(22), v.lit("rs") if v.env else '"%s".to_string()' % v.raw)
    return pick(["src/zerohash.rs", "crates/settlement/src/zerohash.rs"]), txt


# ---- On/off-ramps ------------------------------------------------------------
@pos("moonpay", "secret_key", "moonpay", "MOONPAY_SECRET_KEY")
def moonpay_sign_ts(v, c):
    txt = """import crypto from "crypto";

const MOONPAY_BASE = "https://buy.moonpay.com";
const publishableKey = "pk_live_%s";
const secret = %s;

export function signedWidgetUrl(walletAddress: string, currencyCode = "btc"): string {
  const url = new URL(MOONPAY_BASE);
  url.searchParams.set("apiKey", publishableKey);
  url.searchParams.set("currencyCode", currencyCode);
  url.searchParams.set("walletAddress", walletAddress);
  const signature = crypto.createHmac("sha256", secret).update(url.search).digest("base64");
  url.searchParams.set("signature", signature);
  return url.toString();
}
""" % (alnum(32), v.lit("ts", "'"))
    return pick(["src/server/moonpay/sign.ts", "api/moonpay-url.ts", "apps/web/server/moonpay.ts"]), txt


@pos("moonpay", "secret_key", "moonpay", "MOONPAY_SECRET_KEY")
def moonpay_django(v, c):
    txt = """# ramp/settings/production.py
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["ramp.%s.com"]

MOONPAY_PUBLISHABLE_KEY = "pk_live_%s"
MOONPAY_SECRET_KEY = %s
MOONPAY_WEBHOOK_PATH = "/webhooks/moonpay/"

CELERY_BROKER_URL = "redis://redis:6379/2"
""" % (c.org, alnum(32), v.lit("py", '"'))
    if v.env:
        txt = txt.replace("from .base import *  # noqa", "import os\n\nfrom .base import *  # noqa")
    return pick(["ramp/settings/production.py", "config/settings/prod.py"]), txt


@pos("moonpay", "secret_key", "moonpay", "MOONPAY_SECRET_KEY")
def moonpay_log(v, c):
    lines = []
    for _ in range(R.randrange(2, 5)):
        lines.append("%s INFO  [ramp-api] GET /healthz 200 %dms" % (c.ts(), R.randrange(1, 9)))
    lines.append("%s DEBUG [http-client] --> POST https://api.moonpay.com/platform/v1/sessions" % c.ts())
    lines.append("%s DEBUG [http-client] headers: {\"Content-Type\":\"application/json\",\"Authorization\":\"Api-Key %s\"}" % (c.ts(), v.sh()))
    lines.append("%s DEBUG [http-client] <-- 201 Created (%dms)" % (c.ts(), R.randrange(80, 400)))
    for _ in range(R.randrange(1, 4)):
        lines.append("%s INFO  [ramp-api] session created externalCustomerId=%s" % (c.ts(), uuid4()))
    return pick(["logs/ramp-api.log", "var/log/ramp/debug.log", "tmp/http-debug.log"]), "\n".join(lines) + "\n"


@pos("transak", "api_secret", "transak", "TRANSAK_API_SECRET")
def transak_py(v, c):
    txt = """import requests

TRANSAK_API = "https://api.transak.com/partners/api/v2"
API_KEY = "%s"


def refresh_access_token():
    res = requests.post(
        f"{TRANSAK_API}/refresh-token",
        headers={
            "accept": "application/json",
            "api-secret": %s,
            "content-type": "application/json",
        },
        json={"apiKey": API_KEY},
        timeout=10,
    )
    res.raise_for_status()
    return res.json()["data"]["accessToken"]
""" % (uuid4(), v.lit("py", '"'))
    if v.env:
        txt = "import os\n" + txt
    return pick(["ramp/transak_token.py", "jobs/refresh_transak.py"]), txt


@pos("transak", "access_token", "transak_jwt", "TRANSAK_ACCESS_TOKEN")
def transak_cache_json(v, c):
    txt = """{
  "provider": "transak",
  "environment": "%s",
  "accessToken": "%s",
  "expiresAt": %d,
  "refreshedBy": "cron/refresh-transak",
  "refreshedAt": "%s"
}
""" % (pick(["PRODUCTION", "STAGING"]), v.sh(), 1768000000 + R.randrange(10 ** 7), c.ts())
    return pick(["var/cache/transak-token.json", "data/transak_token.json"]), txt


@pos("bridge", "api_key", "bridge", "BRIDGE_API_KEY")
def bridge_sh(v, c):
    txt = """#!/bin/sh
# create a sandbox customer and print the KYC link
curl --location --request POST 'https://api.sandbox.bridge.xyz/v0/kyc_links' \\
  --header 'Content-Type: application/json' \\
  --header 'Api-Key: %s' \\
  --header "Idempotency-Key: $(uuidgen)" \\
  --data-raw '{
    "full_name": "Ops Test",
    "email": "ops+%d@%s.com",
    "type": "business"
  }'
""" % (v.sh(), R.randrange(100, 999), c.org)
    return pick(["scripts/bridge_kyc_link.sh", "tools/bridge/kyc.sh"]), txt


@pos("bridge", "api_key", "bridge", "BRIDGE_API_KEY")
def bridge_go(v, c):
    txt = """package bridge

import (
	"bytes"
	"net/http"
	"os"

	"github.com/google/uuid"
)

var _ = os.Getenv

const baseURL = "https://api.bridge.xyz/v0"

func newRequest(method, path string, body []byte) (*http.Request, error) {
	req, err := http.NewRequest(method, baseURL+path, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Api-Key", %s)
	req.Header.Set("Idempotency-Key", uuid.NewString())
	return req, nil
}
""" % v.lit("go")
    return pick(["internal/bridge/request.go", "pkg/offramp/bridge/http.go"]), txt


# ---- Lightning service providers ---------------------------------------------
@pos("lightspark", "client_secret", "lightspark", "LIGHTSPARK_API_TOKEN_CLIENT_SECRET")
def lightspark_ts(v, c):
    txt = """import { AccountTokenAuthProvider, LightsparkClient } from "@lightsparkdev/lightspark-sdk";

const TOKEN_ID = "%s";
const TOKEN_SECRET = %s;

export const lightspark = new LightsparkClient(new AccountTokenAuthProvider(TOKEN_ID, TOKEN_SECRET));

export async function nodeBalances() {
  const account = await lightspark.getCurrentAccount();
  return account?.getLocalBalance(lightspark);
}
""" % (hexs(32), v.lit("ts", '"'))
    return pick(["src/lightning/lightspark.ts", "server/lightspark.ts"]), txt


@pos("lightspark", "client_secret", "lightspark", "LIGHTSPARK_API_TOKEN_CLIENT_SECRET")
def lightspark_env(v, c):
    txt = """# written by `lightspark init-env`; source this from ~/.zshrc
export LIGHTSPARK_API_TOKEN_CLIENT_ID="%s"
export LIGHTSPARK_API_TOKEN_CLIENT_SECRET="%s"
export LIGHTSPARK_ENV="%s"
""" % (hexs(32), v.sh(), pick(["PROD", "DEV"]))
    return pick([".lightsparkapienv", "ops/lightsparkapienv.sh"]), txt


@pos("strike", "api_key", "strike", "STRIKE_API_KEY")
def strike_py(v, c):
    txt = """import uuid

import httpx

STRIKE_KEY = %s
client = httpx.Client(base_url="https://api.strike.me/v1", timeout=10.0)


def create_invoice(amount_usd: str, description: str):
    r = client.post(
        "/invoices",
        headers={"Authorization": f"Bearer {STRIKE_KEY}"},
        json={
            "correlationId": str(uuid.uuid4()),
            "description": description,
            "amount": {"currency": "USD", "amount": amount_usd},
        },
    )
    r.raise_for_status()
    return r.json()["invoiceId"]
""" % v.lit("py", '"')
    if v.env:
        txt = "import os\n" + txt
    return pick(["payments/strike.py", "billing/strike_invoices.py"]), txt


@pos("strike", "api_key", "strike", "STRIKE_API_KEY")
def strike_rs(v, c):
    lit = v.lit("rs") if v.env else '"%s".to_string()' % v.raw
    txt = """use reqwest::Client;
use serde_json::json;

pub struct Strike {
    http: Client,
    key: String,
}

impl Strike {
    pub fn new() -> Self {
        Strike { http: Client::new(), key: %s }
    }

    pub async fn quote(&self, invoice_id: &str) -> reqwest::Result<serde_json::Value> {
        self.http
            .post(format!("https://api.strike.me/v1/invoices/{}/quote", invoice_id))
            .bearer_auth(&self.key)
            .json(&json!({}))
            .send()
            .await?
            .json()
            .await
    }
}
""" % lit
    return pick(["src/strike.rs", "crates/payments/src/strike.rs"]), txt


@pos("opennode", "api_key", "opennode", "OPENNODE_API_KEY")
def opennode_js(v, c):
    txt = """const opennode = require("opennode");

opennode.setCredentials(%s, "%s");

async function createCharge(orderId, amountSats) {
  return opennode.createCharge({
    amount: amountSats,
    currency: "BTC",
    order_id: orderId,
    callback_url: "https://shop.%s.com/hooks/opennode",
    auto_settle: false,
  });
}

module.exports = { createCharge };
""" % (v.lit("js", "'"), pick(["live", "dev"]), c.org)
    return pick(["lib/opennode.js", "server/payments/opennode.js"]), txt


@pos("opennode", "api_key", "opennode", "OPENNODE_API_KEY")
def opennode_k8s(v, c):
    txt = """apiVersion: v1
kind: Secret
metadata:
  name: checkout-payments
  namespace: shop
type: Opaque
stringData:
  OPENNODE_ENV: live
  OPENNODE_API_KEY: "%s"
  OPENNODE_CALLBACK_URL: https://shop.%s.com/hooks/opennode
""" % (v.sh(), c.org)
    return pick(["k8s/shop/payments-secret.yaml", "deploy/checkout/secret.yml"]), txt


@pos("btcpay", "api_key", "btcpay", "BTCPAY_API_KEY")
def btcpay_py(v, c):
    store = alnum(44, B58)
    txt = """import requests

BTCPAY_URL = "https://btcpay.%s.com"
STORE_ID = "%s"
session = requests.Session()
session.headers["Authorization"] = "token " + %s


def create_invoice(amount, currency="USD", order_id=None):
    r = session.post(f"{BTCPAY_URL}/api/v1/stores/{STORE_ID}/invoices", json={
        "amount": str(amount),
        "currency": currency,
        "metadata": {"orderId": order_id},
    }, timeout=15)
    r.raise_for_status()
    return r.json()["checkoutLink"]
""" % (c.org, store, v.lit("py", '"'))
    if v.env:
        txt = "import os\n" + txt
    return pick(["shop/btcpay.py", "integrations/btcpay_client.py"]), txt


@pos("btcpay", "api_key", "btcpay", "BTCPAY_API_KEY")
def btcpay_compose(v, c):
    txt = """services:
  invoicer:
    image: ghcr.io/%s/invoicer:%s
    restart: unless-stopped
    environment:
      BTCPAY_URL: https://btcpay.%s.com
      BTCPAY_STORE_ID: %s
      BTCPAY_API_KEY: %s
      DATABASE_URL: postgres://invoicer@db:5432/invoicer
    depends_on: [db]
  db:
    image: postgres:16-alpine
    volumes: [pgdata:/var/lib/postgresql/data]
volumes:
  pgdata: {}
""" % (c.org, pick(["1.4.2", "2.0.0", "main"]), c.org, alnum(44, B58), v.sh())
    return pick(["docker-compose.yml", "deploy/compose/invoicer.yml"]), txt


@pos("btcpay", "webhook_secret", "btcpay_wh", "BTCPAY_WEBHOOK_SECRET")
def btcpay_webhook_ts(v, c):
    txt = """import crypto from "node:crypto";
import type { Request, Response } from "express";

const WEBHOOK_SECRET = %s;

export function btcpayWebhook(req: Request, res: Response) {
  const sig = req.header("BTCPay-Sig") ?? "";
  const expected = "sha256=" + crypto.createHmac("sha256", WEBHOOK_SECRET).update(req.body).digest("hex");
  if (sig.length !== expected.length || !crypto.timingSafeEqual(Buffer.from(sig), Buffer.from(expected))) {
    return res.status(401).end();
  }
  const event = JSON.parse(req.body.toString("utf8"));
  if (event.type === "InvoiceSettled") {
    // mark order paid
  }
  res.status(200).end();
}
""" % v.lit("ts", '"')
    return pick(["src/webhooks/btcpay.ts", "server/routes/btcpayWebhook.ts"]), txt


@pos("lnbits", "admin_key", "lnbits", "LNBITS_ADMIN_KEY")
def lnbits_ts(v, c):
    txt = """import LNBits from "lnbits";

const { wallet } = LNBits({
  adminKey: %s,
  invoiceReadKey: process.env.LNBITS_INVOICE_KEY!,
  endpoint: "https://%s",
});

export async function payInvoice(bolt11: string) {
  return wallet.payInvoice({ bolt11, out: true });
}
""" % (v.lit("ts", "'"), pick(["legend.lnbits.com", "lnbits.%s.com" % c.org, "bank.%s.io" % c.org]))
    return pick(["src/lightning/lnbits.ts", "bot/lnbits.ts"]), txt


@pos("lnbits", "admin_key", "lnbits", "CDK_MINTD_LNBITS_ADMIN_API_KEY")
def lnbits_toml(v, c):
    txt = """[info]
url = "https://mint.%s.com"
listen_host = "0.0.0.0"
listen_port = 8085

[ln]
ln_backend = "lnbits"

[lnbits]
admin_api_key = "%s"
# invoice key comes from CDK_MINTD_LNBITS_INVOICE_API_KEY
lnbits_api = "https://lnbits.%s.com/api/v1"
fee_percent = 0.02
reserve_fee_min = 2
""" % (c.org, v.sh(), c.org)
    return pick(["mintd/config.toml", "deploy/cdk-mintd.toml"]), txt


@pos("lnbits", "admin_key", "lnbits", "LNBITS_ADMIN_KEY")
def lnbits_curl(v, c):
    txt = """#!/usr/bin/env bash
# pay a bolt11 from the faucet wallet
set -e
LNBITS=https://lnbits.%s.com
ADMIN_KEY=%s
curl -s -X POST "$LNBITS/api/v1/payments" \\
  -H "X-Api-Key: $ADMIN_KEY" \\
  -H "Content-type: application/json" \\
  -d "{\\"out\\": true, \\"bolt11\\": \\"$1\\"}"
""" % (c.org, v.sh())
    return pick(["scripts/faucet-pay.sh", "bin/lnbits-pay"]), txt


# ---- LND / Voltage ------------------------------------------------------------
@pos("lnd", "macaroon", "mac_b64", "LNDCONNECT_URI")
def lnd_lndconnect_md(v, c):
    host = pick(["%s.m.voltageapp.io" % pick(["treasury", "payouts", c.org.split("-")[0]]), "lnd.%s.com" % c.org, "203.0.113.%d" % R.randrange(2, 250)])
    cert = base64.urlsafe_b64encode(rbytes(R.randrange(380, 460))).decode().rstrip("=")
    txt = """# Connecting Zeus to the ops node

1. Open Zeus -> Settings -> Connect a node -> Scan lndconnect QR.
2. If scanning fails, paste this URI:

```
lndconnect://%s:10009?cert=%s&macaroon=%s
```

3. Check that the node alias shows up as `%s-ops`.
""" % (host, cert, v.sh(), c.org)
    return pick(["docs/zeus-setup.md", "docs/node/mobile-wallet.md"]), txt


@pos("lnd", "macaroon", "mac_hex", "LND_MACAROON")
def lnd_grpc_js(v, c):
    txt = """const fs = require("fs");
const grpc = require("@grpc/grpc-js");
const protoLoader = require("@grpc/proto-loader");

process.env.GRPC_SSL_CIPHER_SUITES = "HIGH+ECDSA";
const GRPC_HOST = "%s:10009";
const macaroon = %s;

const packageDefinition = protoLoader.loadSync("lightning.proto", { keepCase: true, longs: String, enums: String, defaults: true, oneofs: true });
const lnrpc = grpc.loadPackageDefinition(packageDefinition).lnrpc;
const sslCreds = grpc.credentials.createSsl(fs.readFileSync("tls.cert"));
const macaroonCreds = grpc.credentials.createFromMetadataGenerator((args, callback) => {
  const metadata = new grpc.Metadata();
  metadata.add("macaroon", macaroon);
  callback(null, metadata);
});

module.exports = new lnrpc.Lightning(GRPC_HOST, grpc.credentials.combineChannelCredentials(sslCreds, macaroonCreds));
""" % (pick(["localhost", "lnd", "10.0.2.15", "%s.m.voltageapp.io" % c.org.split("-")[0]]), v.lit("js", "'"))
    return pick(["lib/lnd.js", "src/lightning/lndClient.js"]), txt


@pos("lnd", "macaroon", "mac_hex", "LND_MACAROON_HEX")
def lnd_rest_py(v, c):
    txt = """import requests

LND_REST = "https://%s:8080"
TLS_CERT = "/home/lnd/.lnd/tls.cert"
headers = {"Grpc-Metadata-macaroon": %s}


def channel_balance():
    r = requests.get(f"{LND_REST}/v1/balance/channels", headers=headers, verify=TLS_CERT)
    r.raise_for_status()
    return r.json()


def add_invoice(sats, memo):
    r = requests.post(f"{LND_REST}/v1/invoices", headers=headers, verify=TLS_CERT,
                      json={"value": str(sats), "memo": memo})
    return r.json()["payment_request"]
""" % (pick(["127.0.0.1", "lnd.internal", "umbrel.local"]), v.lit("py", "'"))
    if v.env:
        txt = "import os\n" + txt
    return pick(["node/lnd_rest.py", "tools/lnd_balance.py", "lightning/rest.py"]), txt


@pos("lnd", "macaroon", "mac_hex", "BTCPAY_BTCLIGHTNING")
def lnd_btcpay_compose(v, c):
    txt = """version: "3"
services:
  btcpayserver:
    image: btcpayserver/btcpayserver:%s
    restart: unless-stopped
    environment:
      BTCPAY_NETWORK: mainnet
      BTCPAY_ROOTPATH: /
      BTCPAY_BTCEXPLORERURL: http://nbxplorer:32838/
      BTCPAY_BTCLIGHTNING: "type=lnd-rest;server=https://lnd:8080/;macaroon=%s;allowinsecure=true"
      BTCPAY_POSTGRES: User ID=postgres;Host=postgres;Port=5432;Database=btcpayservermainnet
    ports:
      - "23000:49392"
  nbxplorer:
    image: nicolasdorier/nbxplorer:2.5.%d
""" % (pick(["1.13.5", "2.0.4", "1.12.0"]), v.sh(), R.randrange(0, 9))
    return pick(["docker-compose.btcpay.yml", "deploy/btcpay/docker-compose.yml"]), txt


@pos("voltage", "macaroon", "mac_hex", "VOLTAGE_MACAROON")
def voltage_go(v, c):
    node = "%s.m.voltageapp.io" % pick(["treasury", "ops-node", "payouts", "desk"])
    txt = """package lightning

import (
	"context"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

var _ = os.Getenv

// Voltage standard node
const nodeAddr = "%s:10009"

var adminMacaroon = %s

func withMacaroon(ctx context.Context) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "macaroon", adminMacaroon)
}

func Dial() (*grpc.ClientConn, error) {
	creds := credentials.NewClientTLSFromCert(nil, "")
	return grpc.Dial(nodeAddr, grpc.WithTransportCredentials(creds))
}
""" % (node, v.lit("go"))
    return pick(["internal/lightning/voltage.go", "pkg/ln/client.go"]), txt


# ---- Core Lightning -----------------------------------------------------------
@pos("core-lightning", "rune", "rune", "CLN_RUNE")
def cln_json(v, c):
    txt = """{
  "node": {
    "id": "%s",
    "host": "%s",
    "port": 9735
  },
  "commando": {
    "rune": "%s",
    "timeoutMs": 30000
  },
  "alias": "%s-cln"
}
""" % (node_pubkey(), pick(["cln.%s.com" % c.org, "10.0.8.4", "node.onion.local"]), v.sh(), c.org)
    return pick(["config/cln.json", "wallet/commando.json"]), txt


@pos("core-lightning", "rune", "rune", "CLN_RUNE")
def cln_py(v, c):
    txt = """import requests

CLNREST = "https://%s:3010"
RUNE = %s


def listfunds():
    r = requests.post(f"{CLNREST}/v1/listfunds", headers={"Rune": RUNE}, verify=False, timeout=20)
    r.raise_for_status()
    outputs = r.json()["outputs"]
    return sum(o["amount_msat"] for o in outputs if o["status"] == "confirmed") // 1000
""" % (pick(["127.0.0.1", "cln", "lightningd.internal"]), v.lit("py", '"'))
    if v.env:
        txt = "import os\n" + txt
    return pick(["node/cln_funds.py", "scripts/cln_listfunds.py"]), txt


@pos("core-lightning", "rune", "rune", "CLN_COMMANDO_RUNE")
def cln_shell(v, c):
    txt = """#!/usr/bin/env bash
# remote getinfo via commando (no ssh needed)
export CLN_COMMANDO_CONNECT=%s@%s:9735
export CLN_COMMANDO_RUNE='%s'
cln-commando --pretty getinfo
cln-commando --pretty listpeerchannels | jq '.channels[] | {peer_id, state, to_us_msat}'
""" % (node_pubkey(), pick(["cln.%s.com" % c.org, "198.51.100.%d" % R.randrange(2, 250)]), v.sh())
    return pick(["scripts/cln-remote.sh", "ops/cln_status.sh"]), txt


# ---- Alby / NWC / Nostr -------------------------------------------------------
def _nwc(secret):
    return "nostr+walletconnect://%s?relay=%s&secret=%s%s" % (
        hexs(64), pick(["wss%3A%2F%2Frelay.getalby.com%2Fv1", "wss://relay.getalby.com/v1", "wss%3A%2F%2Frelay.damus.io",
                        "wss://nostr.%s.com" % pick(ORGS)]), secret,
        pick(["", "", "&lud16=%s@getalby.com" % pick(["treasury", "ops", "zaps"])]))


@pos("alby-nwc", "nwc_secret", "nwc", "NWC_URL")
def nwc_ts(v, c):
    txt = """import { nwc } from "@getalby/sdk";

const client = new nwc.NWCClient({
  nostrWalletConnectUrl: "%s",
});

export async function zap(invoice: string) {
  const { preimage } = await client.payInvoice({ invoice });
  return preimage;
}
""" % _nwc(v.sh())
    return pick(["src/zaps/nwc.ts", "bot/src/wallet.ts"]), txt


@pos("alby-nwc", "nwc_secret", "nwc", "NWC_CONNECTION")
def nwc_yaml(v, c):
    txt = """# tip-bot settings
bot:
  name: %s-tips
  relays:
    - wss://relay.damus.io
    - wss://nos.lol
wallet:
  kind: nwc
  connection: "%s"
  max_tip_sats: %d
""" % (c.org, _nwc(v.sh()), R.randrange(100, 5000))
    return pick(["config/tipbot.yaml", "bot.yml"]), txt


@pos("nostr", "private_key", "nsec", "NOSTR_NSEC")
def nostr_json(v, c):
    txt = """{
  "name": "%s-status",
  "about": "automated status updates for the ops desk",
  "nsec": "%s",
  "relays": ["wss://relay.damus.io", "wss://nos.lol", "wss://relay.nostr.band"],
  "postIntervalMinutes": %d
}
""" % (c.org, v.sh(), pick([15, 30, 60]))
    return pick(["bot/config.json", "status-bot/settings.json"]), txt


@pos("nostr", "private_key", "nsec", "NOSTR_PRIVATE_KEY")
def nostr_py(v, c):
    txt = """from nostr_sdk import Client, Keys, NostrSigner, EventBuilder

keys = Keys.parse(%s)
signer = NostrSigner.keys(keys)
client = Client(signer)


async def announce(text: str):
    await client.add_relay("wss://relay.damus.io")
    await client.connect()
    await client.send_event_builder(EventBuilder.text_note(text))
""" % v.lit("py", '"')
    if v.env:
        txt = "import os\n" + txt
    return pick(["announcer/nostr_post.py", "scripts/post_note.py"]), txt


@pos("nostr", "private_key", "nostr_hex", "NOSTR_SK_HEX")
def nostr_go(v, c):
    txt = """package main

import (
	"context"
	"fmt"
	"os"

	"github.com/nbd-wtf/go-nostr"
)

var _ = os.Getenv

func main() {
	sk := %s
	pub, _ := nostr.GetPublicKey(sk)
	ev := nostr.Event{PubKey: pub, CreatedAt: nostr.Now(), Kind: nostr.KindTextNote, Content: "node maintenance window starts in 30m"}
	ev.Sign(sk)
	relay, err := nostr.RelayConnect(context.Background(), "wss://nos.lol")
	if err != nil {
		panic(err)
	}
	fmt.Println(relay.Publish(context.Background(), ev))
}
""" % v.lit("go")
    return pick(["cmd/announce/main.go", "tools/nostr-announce/main.go"]), txt


# ---- bitcoind RPC -------------------------------------------------------------
@pos("bitcoin-core", "rpc_password", "rpcpass", "BITCOIN_RPC_PASSWORD")
def btc_conf(v, c):
    net = pick(["", "testnet=1\n", "signet=1\n"])
    txt = """# bitcoin.conf - %s archival node
%sserver=1
txindex=1
daemon=0
dbcache=%d
maxconnections=40
rpcuser=%s
rpcpassword=%s
rpcbind=0.0.0.0
rpcallowip=10.0.0.0/8
zmqpubrawblock=tcp://0.0.0.0:28332
zmqpubrawtx=tcp://0.0.0.0:28333
""" % (c.org, net, pick([2048, 4096, 8192]), pick(["bitcoinrpc", "btcrpc", "lnd", "custody"]), v.sh())
    return pick(["bitcoin.conf", "node/bitcoin.conf", "deploy/bitcoind/bitcoin.conf"]), txt


@pos("bitcoin-core", "rpc_password", "rpcpass", "BITCOIND_RPCPASS")
def btc_lnd_conf(v, c):
    txt = """[Application Options]
alias=%s-lnd
color=#3399ff
listen=0.0.0.0:9735
rpclisten=0.0.0.0:10009
restlisten=0.0.0.0:8080
maxpendingchannels=5

[Bitcoin]
bitcoin.mainnet=true
bitcoin.node=bitcoind

[Bitcoind]
bitcoind.rpchost=%s:8332
bitcoind.rpcuser=lnd
bitcoind.rpcpass=%s
bitcoind.zmqpubrawblock=tcp://%s:28332
bitcoind.zmqpubrawtx=tcp://%s:28333
""" % ((c.org,) + (pick(HOSTS),) + (v.sh(),) + (pick(HOSTS),) * 2)
    return pick(["lnd.conf", "deploy/lnd/lnd.conf", "node/lnd/lnd.conf"]), txt


@pos("bitcoin-core", "rpc_password", "rpcpass", "BITCOIN_RPCPASSWORD")
def btc_cln_config(v, c):
    txt = """# lightningd config
network=bitcoin
alias=%s-cln
rgb=ff9900
log-level=info
log-file=/data/lightning/lightningd.log
bind-addr=0.0.0.0:9735
bitcoin-rpcconnect=%s
bitcoin-rpcport=8332
bitcoin-rpcuser=cln
bitcoin-rpcpassword=%s
experimental-offers
""" % (c.org, pick(HOSTS), v.sh())
    return pick(["lightning/config", "deploy/cln/config", ".lightning/config"]), txt


@pos("bitcoin-core", "rpc_password", "rpcpass", "BITCOIN_RPC_PASSWORD")
def btc_compose_cmd(v, c):
    txt = """services:
  bitcoind:
    image: lncm/bitcoind:v%s
    restart: unless-stopped
    volumes:
      - ./data/bitcoin:/data/.bitcoin
    command:
      - -server=1
      - -prune=%d
      - -rpcuser=%s
      - -rpcpassword=%s
      - -rpcallowip=172.16.0.0/12
      - -rpcbind=0.0.0.0
    ports:
      - "8333:8333"
""" % (pick(["27.0", "26.1", "28.0"]), pick([550, 10000, 50000]), pick(["bitcoin", "rpc", "node"]), v.sh())
    return pick(["docker-compose.node.yml", "deploy/bitcoind/docker-compose.yml"]), txt


@pos("bitcoin-core", "rpc_password", "rpcpass", "BTC_RPC_PASSWORD")
def btc_py_url(v, c):
    pw = v.sh()
    txt = """from bitcoinrpc.authproxy import AuthServiceProxy

rpc = AuthServiceProxy("http://%s:%s@%s:8332", timeout=120)


def mempool_summary():
    info = rpc.getmempoolinfo()
    return {"size": info["size"], "bytes": info["bytes"], "minfee": float(info["mempoolminfee"])}


if __name__ == "__main__":
    print(rpc.getblockcount(), mempool_summary())
""" % (pick(["rpcuser", "monitor", "explorer"]), pw, pick(HOSTS))
    return pick(["monitor/mempool.py", "scripts/node_status.py"]), txt


@pos("bitcoin-core", "rpc_password", "rpcpass", "BITCOIN_RPC_PASS")
def btc_rust(v, c):
    lit = v.lit("rs") if v.env else '"%s".to_string()' % v.raw
    txt = """use bitcoincore_rpc::{Auth, Client, RpcApi};

fn main() -> anyhow::Result<()> {
    let rpc = Client::new(
        "http://%s:8332",
        Auth::UserPass("indexer".to_string(), %s),
    )?;
    let tip = rpc.get_best_block_hash()?;
    println!("tip = {}", tip);
    Ok(())
}
""" % (pick(HOSTS), lit)
    return pick(["src/bin/tip.rs", "indexer/src/main.rs"]), txt


@pos("bitcoin-core", "rpc_password", "rpcpass", "BITCOIN_RPC_PASSWORD")
def btc_java(v, c):
    txt = """package com.desk.chain;

import wf.bitcoin.javabitcoindrpcclient.BitcoinJSONRPCClient;

import java.net.URL;

public class NodeClient {
    private static final String RPC_USER = "%s";
    private static final String RPC_PASSWORD = %s;

    public static BitcoinJSONRPCClient connect() throws Exception {
        URL url = new URL("http://" + RPC_USER + ":" + RPC_PASSWORD + "@%s:8332/");
        return new BitcoinJSONRPCClient(url);
    }
}
""" % (pick(["watcher", "rpc", "custody"]), v.lit("java"), pick(HOSTS))
    return pick(["src/main/java/com/desk/chain/NodeClient.java", "chain-watcher/src/main/java/NodeClient.java"]), txt


@pos("bitcoin-core", "rpc_password", "rpcpass", "BITCOIN_RPC_PASSWORD")
def btc_dockerfile(v, c):
    txt = """FROM debian:bookworm-slim

ARG BITCOIN_VERSION=%s
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl gnupg \\
 && rm -rf /var/lib/apt/lists/*
RUN curl -fsSLO https://bitcoincore.org/bin/bitcoin-core-${BITCOIN_VERSION}/bitcoin-${BITCOIN_VERSION}-x86_64-linux-gnu.tar.gz \\
 && tar -xzf bitcoin-${BITCOIN_VERSION}-x86_64-linux-gnu.tar.gz -C /opt \\
 && ln -s /opt/bitcoin-${BITCOIN_VERSION}/bin/* /usr/local/bin/

ENV BITCOIN_RPC_USER=explorer
ENV BITCOIN_RPC_PASSWORD=%s
EXPOSE 8332 8333
CMD bitcoind -server -rpcuser=$BITCOIN_RPC_USER -rpcpassword=$BITCOIN_RPC_PASSWORD -rpcbind=0.0.0.0 -rpcallowip=0.0.0.0/0
""" % (pick(["27.1", "26.2", "28.0"]), v.sh())
    return pick(["Dockerfile", "docker/bitcoind/Dockerfile", "node/Dockerfile"]), txt


@pos("bitcoin-core", "rpc_password", "rpcpass", "BITCOIN_RPC_PASSWORD")
def btc_dotenv(v, c):
    txt = """# electrs / mempool stack
NETWORK=mainnet
CORE_RPC_HOST=%s
CORE_RPC_PORT=8332
CORE_RPC_USERNAME=mempool
CORE_RPC_PASSWORD=%s
MEMPOOL_BACKEND=electrum
ELECTRUM_HOST=electrs
ELECTRUM_PORT=50001
""" % (pick(HOSTS), v.sh())
    return c.envfile((".env", "mempool/.env")), txt


@pos("bitgo", "access_token", "bitgo", "BITGO_ACCESS_TOKEN")
def bitgo_log(v, c):
    lines = ["%s info: BitGo Express listening on port 3080" % c.ts()]
    for _ in range(R.randrange(1, 3)):
        lines.append("%s info: GET /api/v2/ping 200 %dms" % (c.ts(), R.randrange(1, 6)))
    lines.append("%s debug: proxying request POST /api/v2/btc/wallet/%s/sendcoins" % (c.ts(), hexs(32)))
    lines.append("%s debug: outgoing headers {\"user-agent\":\"BitGoExpress/%s\",\"authorization\":\"Bearer %s\"}" % (
        c.ts(), pick(["14.2.1", "13.8.0"]), v.sh()))
    lines.append("%s warn: sendcoins failed: needs unlock (status 401)" % c.ts())
    return pick(["logs/bitgo-express.log", "var/log/express/express.log"]), "\n".join(lines) + "\n"


@pos("circle", "api_key", "circle_api", "CIRCLE_API_KEY")
def circle_gha(v, c):
    txt = """name: payouts-e2e
on:
  workflow_dispatch:
  schedule:
    - cron: "17 6 * * 1-5"
jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      CIRCLE_BASE_URL: https://api.circle.com
      CIRCLE_API_KEY: %s
      NODE_ENV: test
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: { node-version: 20 }
      - run: npm ci
      - run: npm run test:e2e -- --grep payouts
""" % v.sh()
    return pick([".github/workflows/payouts-e2e.yml", ".github/workflows/e2e.yaml"]), txt


# ================================================================ LOOK-ALIKE NEGATIVES
@neg("bitcoin-core", "rpcauth")
def n_rpcauth(c):
    user = pick(["lnd", "electrs", "btcpay", "mempool"])
    txt = """# bitcoin.conf - credentials are salted hashes produced by share/rpcauth/rpcauth.py
server=1
txindex=1
rpcauth=%s:%s$%s
rpcauth=%s:%s$%s
rpcbind=127.0.0.1
rpcallowip=127.0.0.1
# cookie auth for local tools
rpccookiefile=/data/bitcoin/.cookie
""" % (user, hexs(32), hexs(64), pick(["monitor", "explorer", "fulcrum"]), hexs(32), hexs(64))
    return pick(["bitcoin.conf", "node/bitcoin.conf"]), txt


@neg("bitcoin", "addresses")
def n_addresses_md(c):
    rows = "\n".join("| %s | `%s` | %s |" % (pick(["BTC", "BTC", "BTC (taproot)"]), a, pick(["cold", "warm", "hot", "fee"]))
                     for a in [bc1q(), bc1q(), bc1p(), bc1q()])
    txt = """# Treasury deposit addresses

Only send funds to addresses listed here **and** confirmed on the signed
attestation in the compliance drive.

| Asset | Address | Tier |
|-------|---------|------|
%s
| USDC (ERC-20) | `%s` | warm |

Last rotated: %s
""" % (rows, evm_addr(), c.date())
    return pick(["docs/treasury/addresses.md", "ADDRESSES.md"]), txt


@neg("bitcoin", "txids")
def n_tx_fixture(c):
    txs = []
    for _ in range(R.randrange(2, 5)):
        txs.append({"txid": hexs(64), "vout": R.randrange(0, 4), "blockhash": block_hash(),
                    "confirmations": R.randrange(1, 900), "address": bc1q(), "amount_sats": c.sats()})
    return pick(["test/fixtures/deposits.json", "fixtures/onchain/txs.json"]), json.dumps({"deposits": txs}, indent=2) + "\n"


@neg("lightning", "bolt11")
def n_invoice_test(c):
    inv = lninvoice()
    txt = """import { describe, expect, it } from "vitest";
import { decodeInvoice } from "../src/lightning/decode";

const INVOICE = "%s";

describe("decodeInvoice", () => {
  it("parses amount and payment hash", () => {
    const d = decodeInvoice(INVOICE);
    expect(d.paymentHash).toHaveLength(64);
    expect(d.network).toBe("bitcoin");
  });

  it("rejects testnet invoices", () => {
    expect(() => decodeInvoice("%s")).toThrow(/network/);
  });
});
""" % (inv, lninvoice("lntb" + pick(["10u", "1m", "500n"])))
    return pick(["test/decode.spec.ts", "src/lightning/__tests__/decode.test.ts"]), txt


@neg("lightning", "node_pubkeys")
def n_peers_yaml(c):
    peers = "\n".join("  - alias: %s\n    pubkey: %s\n    host: %s:9735\n    min_channel_sats: %d" % (
        pick(["ACINQ", "WalletOfSatoshi", "River", "Kraken", "Boltz", "LNBig", "Voltage"]), node_pubkey(),
        pick(["3.33.236.230", "170.75.163.209", "node.example.net", "34.65.85.39"]), pick([1000000, 2000000, 5000000]))
        for _ in range(R.randrange(3, 6)))
    txt = "# channel autopilot: preferred peers (public node ids)\npeers:\n%s\n" % peers
    return pick(["config/peers.yaml", "autopilot/peers.yml"]), txt


@neg("nostr", "nip05")
def n_nip05(c):
    names = {}
    for n in pick([["_", "ops", "treasury"], ["alice", "bob"], ["_", "support", "status"]]):
        names[n] = hexs(64)
    doc = {"names": names, "relays": {list(names.values())[0]: ["wss://relay.damus.io", "wss://nos.lol"]}}
    return ".well-known/nostr.json", json.dumps(doc, indent=2) + "\n"


@neg("nostr", "npub")
def n_npub_readme(c):
    txt = """# %s status bot

Posts node maintenance windows and incident updates to nostr.

Follow: `%s`

Our team:

- ops: %s
- security: %s

Relays: wss://relay.damus.io, wss://nos.lol
""" % (c.org, npub(), npub(), npub())
    return pick(["README.md", "status-bot/README.md"]), txt


@neg("bitcoin", "xpub_descriptor")
def n_descriptor(c):
    fp = hexs(8)
    txt = """{
  "wallet_name": "cold-watchonly",
  "descriptors": [
    {"desc": "wpkh([%s/84h/0h/0h]%s/0/*)#%s", "active": true, "internal": false, "timestamp": "now"},
    {"desc": "wpkh([%s/84h/0h/0h]%s/1/*)#%s", "active": true, "internal": true, "timestamp": "now"}
  ],
  "note": "watch-only, keys live on the HSM"
}
""" % (fp, xpub(), alnum(8, LOWALNUM), fp, xpub(), alnum(8, LOWALNUM))
    return pick(["wallets/cold-watchonly.json", "config/descriptors.json"]), txt


@neg("moonpay", "publishable_key")
def n_moonpay_pk(c):
    txt = """import { loadMoonPay } from "@moonpay/moonpay-js";

export async function openBuyWidget(walletAddress: string) {
  const moonPay = await loadMoonPay();
  const widget = moonPay?.({
    flow: "buy",
    environment: "production",
    variant: "overlay",
    params: {
      apiKey: "pk_live_%s",
      theme: "dark",
      baseCurrencyCode: "usd",
      defaultCurrencyCode: "btc",
      walletAddress,
    },
  });
  widget?.show();
}
""" % alnum(R.choice([24, 32]))
    return pick(["src/components/buy/moonpay.ts", "apps/web/src/moonpayWidget.ts"]), txt


@neg("transak", "public_api_key")
def n_transak_widget(c):
    txt = """<script>
  // Transak widget: the apiKey is the public partner key from the dashboard
  const params = new URLSearchParams({
    apiKey: "%s",
    environment: "PRODUCTION",
    cryptoCurrencyCode: "USDC",
    network: "base",
    walletAddress: "%s",
    disableWalletAddressForm: "true",
  });
  document.getElementById("buy").href = "https://global.transak.com/?" + params.toString();
</script>
""" % (uuid4(), evm_addr())
    return pick(["web/partials/transak.html", "public/buy.html"]), txt


@neg("ramp", "host_api_key")
def n_ramp(c):
    txt = """import { RampInstantSDK } from "@ramp-network/ramp-instant-sdk";

export function openRamp(userAddress: string) {
  new RampInstantSDK({
    hostAppName: "%s wallet",
    hostLogoUrl: "https://%s.com/logo.svg",
    hostApiKey: "%s",
    swapAsset: "BTC_BTC",
    userAddress,
    url: "https://app.ramp.network",
  }).show();
}
""" % (c.org, c.org, alnum(40, LOWALNUM))
    return pick(["src/onramp/ramp.ts", "app/ramp.tsx"]), txt


@neg("fireblocks", "ids_and_path")
def n_fireblocks_path(c):
    txt = """import { readFileSync } from "node:fs";
import { FireblocksSDK } from "fireblocks-sdk";

// secret key is mounted by the CSI driver, never committed
const apiSecret = readFileSync(process.env.FIREBLOCKS_SECRET_PATH ?? "/var/run/secrets/fireblocks/fireblocks_secret.key", "utf8");
const apiKey = process.env.FIREBLOCKS_API_KEY!;

export const fireblocks = new FireblocksSDK(apiSecret, apiKey);

export const VAULTS = { hot: "%d", warm: "%d", treasury: "%d" } as const;
export const LAST_SWEEP_TX = "%s";
""" % (R.randrange(0, 5), R.randrange(5, 20), R.randrange(20, 40), uuid4())
    return pick(["src/fireblocks.ts", "packages/custody/src/fb.ts"]), txt


@neg("fireblocks", "webhook_public_key")
def n_fb_webhook_pub(c):
    txt = """import crypto from "node:crypto";

// Fireblocks webhook signing public key (published in the developer docs)
const FIREBLOCKS_WEBHOOK_PUBLIC_KEY = `%s`;

export function verifyFireblocksWebhook(rawBody: Buffer, signatureB64: string): boolean {
  const verifier = crypto.createVerify("RSA-SHA512");
  verifier.update(rawBody);
  return verifier.verify(FIREBLOCKS_WEBHOOK_PUBLIC_KEY, signatureB64, "base64");
}
""" % rsa_pub_pem(4096)
    return pick(["src/webhooks/fireblocksVerify.ts", "server/hooks/fireblocks.ts"]), txt


@neg("lnd", "tls_cert")
def n_tls_cert(c):
    return pick(["certs/lnd/tls.cert", "deploy/lnd/tls.cert"]), cert_pem() + "\n"


@neg("bitcoin-core", "debug_log")
def n_debug_log(c):
    lines = []
    height = R.randrange(870000, 910000)
    for i in range(R.randrange(4, 8)):
        lines.append("%s UpdateTip: new best=%s height=%d version=0x%s log2_work=%.6f tx=%d date='%s' progress=1.000000 cache=%.1fMiB(%dtxo)" % (
            c.ts()[:19] + "Z", block_hash(), height + i, pick(["20000000", "2a000000", "3fff0000"]), 95.1 + i * 0.000001,
            1100000000 + R.randrange(10 ** 7), c.ts()[:19] + "Z", R.uniform(50, 400), R.randrange(10 ** 5, 10 ** 6)))
    return pick(["logs/debug.log", "node/logs/bitcoind-debug.log"]), "\n".join(lines) + "\n"


@neg("core-lightning", "listpeerchannels")
def n_cln_channels(c):
    chans = []
    for _ in range(R.randrange(2, 4)):
        chans.append({"peer_id": node_pubkey(), "peer_connected": True, "state": "CHANNELD_NORMAL",
                      "short_channel_id": "%dx%dx%d" % (R.randrange(800000, 900000), R.randrange(3000), R.randrange(4)),
                      "channel_id": hexs(64), "funding_txid": hexs(64), "funding_outnum": R.randrange(3),
                      "to_us_msat": c.sats() * 1000, "total_msat": c.sats() * 2000})
    return pick(["test/fixtures/listpeerchannels.json", "docs/examples/channels.json"]), json.dumps({"channels": chans}, indent=2) + "\n"


@neg("bitgo", "wallet_ids")
def n_bitgo_ids(c):
    txt = """bitgo:
  env: prod
  express_url: http://bitgo-express:3080
  access_token_secret_ref: custody/bitgo-express-token   # resolved at runtime from the secret store
  enterprise_id: %s
  wallets:
    btc_hot: %s
    btc_cold: %s
    eth_hot: %s
  whitelist:
    - %s
    - %s
""" % (hexs(32), hexs(32), hexs(32), hexs(32), bc1q(), evm_addr())
    return pick(["config/bitgo.yaml", "deploy/custody/bitgo-wallets.yml"]), txt


@neg("coinbase-cdp", "key_name_only")
def n_cdp_name(c):
    txt = """import os

from coinbase.rest import RESTClient

# key name is not sensitive; the private key comes from the secret store
API_KEY_NAME = "organizations/%s/apiKeys/%s"
client = RESTClient(api_key=API_KEY_NAME, api_secret=os.environ["COINBASE_API_PRIVATE_KEY"])

PORTFOLIO_ID = "%s"


def best_bid_ask(product="BTC-USD"):
    return client.get_best_bid_ask(product_ids=[product])
""" % (uuid4(), uuid4(), uuid4())
    return pick(["trading/coinbase_rest.py", "desk/cb_client.py"]), txt


@neg("circle", "response_fixture")
def n_circle_fixture(c):
    data = {"data": {"wallets": [{"id": uuid4(), "state": "LIVE", "walletSetId": uuid4(), "custodyType": "DEVELOPER",
                                  "address": evm_addr(), "blockchain": pick(["ETH-SEPOLIA", "BASE"]),
                                  "accountType": "SCA", "updateDate": c.ts(), "createDate": c.ts()} for _ in range(2)]}}
    return pick(["test/fixtures/circle/wallets.json", "mocks/circle-wallets.json"]), json.dumps(data, indent=2) + "\n"


@neg("ethereum", "evm_addresses")
def n_evm_cfg(c):
    txt = """# token registry (public contract addresses)
[tokens.usdc]
chain = "base"
address = "%s"
decimals = 6

[tokens.usdt]
chain = "ethereum"
address = "%s"
decimals = 6

[treasury]
safe = "%s"
last_rebalance_tx = "0x%s"
""" % (evm_addr(), evm_addr(), evm_addr(), hexs(64))
    return pick(["config/tokens.toml", "registry.toml"]), txt


@neg("bitcoin-core", "sha256sums")
def n_sha256sums(c):
    v = pick(["27.1", "28.0", "26.2"])
    lines = ["%s  bitcoin-%s-%s" % (hexs(64), v, f) for f in
             ["aarch64-linux-gnu.tar.gz", "x86_64-linux-gnu.tar.gz", "arm64-apple-darwin.tar.gz", "win64-setup.exe", "x86_64-apple-darwin.tar.gz"]]
    return pick(["docker/bitcoind/SHA256SUMS", "vendor/bitcoin/SHA256SUMS"]), "\n".join(lines) + "\n"


@neg("npm", "sri_hashes")
def n_lockfile(c):
    pk = {}
    for name, ver in [("@noble/secp256k1", "2.1.0"), ("bolt11", "1.4.1"), ("bech32", "2.0.0"), ("@scure/bip32", "1.4.0")]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name.split("/")[-1], ver),
                                      "integrity": "sha512-" + b64(64)}
    doc = {"name": c.org + "-wallet", "lockfileVersion": 3, "requires": True, "packages": pk}
    return "package-lock.json", json.dumps(doc, indent=2) + "\n"


@neg("bitcoin", "psbt")
def n_psbt(c):
    psbt = "cHNidP8BA" + base64.b64encode(rbytes(R.randrange(180, 260))).decode()
    txt = """import unittest

from treasury.psbt import summarize

UNSIGNED_PSBT = (
    "%s"
)


class SummarizeTest(unittest.TestCase):
    def test_outputs(self):
        s = summarize(UNSIGNED_PSBT)
        self.assertEqual(len(s.outputs), 2)
        self.assertFalse(s.is_signed)
""" % psbt
    return pick(["tests/test_psbt.py", "treasury/tests/test_summarize.py"]), txt


@neg("bitcoin", "raw_tx")
def n_rawtx(c):
    raw = "02000000000101" + hexs(64) + "00000000" + "00" + "fdffffff02" + hexs(R.randrange(120, 200)) + "0247" + hexs(142) + "0121" + node_pubkey() + "00000000"
    txt = """package chain

import "testing"

const sampleTx = "%s"

func TestDecodeRawTx(t *testing.T) {
	tx, err := DecodeRaw(sampleTx)
	if err != nil {
		t.Fatal(err)
	}
	if len(tx.TxIn) != 1 {
		t.Fatalf("want 1 input, got %%d", len(tx.TxIn))
	}
}
""" % raw
    return pick(["internal/chain/decode_test.go", "pkg/chain/rawtx_test.go"]), txt


@neg("nostr", "signed_event")
def n_nostr_event(c):
    ev = {"id": hexs(64), "pubkey": hexs(64), "created_at": 1760000000 + R.randrange(10 ** 7), "kind": 1,
          "tags": [["t", "maintenance"]], "content": "Node maintenance tonight 02:00-02:30 UTC.", "sig": hexs(128)}
    return pick(["test/fixtures/note.json", "fixtures/nostr/event.json"]), json.dumps(ev, indent=2) + "\n"


@neg("moonpay", "webhook_signature_log")
def n_webhook_sig_log(c):
    lines = []
    for _ in range(R.randrange(3, 6)):
        lines.append('%s INFO webhook provider=moonpay event=transaction_updated id=%s header.Moonpay-Signature-V2="t=%d,s=%s" verified=true' % (
            c.ts(), uuid4(), 1760000000 + R.randrange(10 ** 7), hexs(64)))
    return pick(["logs/webhooks.log", "var/log/ramp/webhooks.log"]), "\n".join(lines) + "\n"


@neg("lightning", "payment_hashes")
def n_payment_sql(c):
    rows = ",\n".join("  ('%s', '%s', %d, '%s')" % (uuid4(), hexs(64), c.sats(), pick(["settled", "pending", "expired"])) for _ in range(R.randrange(3, 6)))
    txt = """-- backfill lightning payments imported from the old node
CREATE TABLE IF NOT EXISTS ln_payments (
  id uuid PRIMARY KEY,
  payment_hash char(64) NOT NULL UNIQUE,
  amount_sats bigint NOT NULL,
  status text NOT NULL
);

INSERT INTO ln_payments (id, payment_hash, amount_sats, status) VALUES
%s;
""" % rows
    return pick(["migrations/0042_backfill_ln_payments.sql", "db/seed/ln_payments.sql"]), txt


@neg("lightning", "lnurl")
def n_lnurl_md(c):
    txt = """## Tip jar

Scan or paste into any LNURL-compatible wallet:

```
%s
```

Lightning address: `tips@%s.com`
""" % (lnurl(), c.org)
    return pick(["docs/donate.md", "FUNDING.md"]), txt


@neg("lnd", "printmacaroon")
def n_printmacaroon(c):
    doc = {"version": 2, "location": "lnd", "root_key_id": "0",
           "permissions": ["%s:%s" % (e, a) for e, acts in ADMIN_OPS[:R.randrange(3, 9)] for a in acts if a == "read"],
           "caveats": None}
    txt = "$ lncli printmacaroon --macaroon_file ~/.lnd/data/chain/bitcoin/mainnet/readonly.macaroon\n" + json.dumps(doc, indent=4) + "\n"
    return pick(["docs/node/macaroons.md", "notes/readonly-macaroon.txt"]), txt


@neg("docker", "image_digests")
def n_digests(c):
    txt = """services:
  bitcoind:
    image: lncm/bitcoind@sha256:%s
  lnd:
    image: lightninglabs/lnd@sha256:%s
  rtl:
    image: shahanafarooqui/rtl@sha256:%s
    environment:
      RTL_CONFIG_PATH: /data/rtl
      LND_SERVER_URL: https://lnd:8080
      MACAROON_PATH: /lnd/data/chain/bitcoin/mainnet
""" % (hexs(64), hexs(64), hexs(64))
    return pick(["docker-compose.pinned.yml", "deploy/node/compose.yml"]), txt


@neg("git", "commit_shas")
def n_changelog(c):
    entries = "\n".join("- %s %s (%s)" % (pick(["fix:", "feat:", "chore:"]), pick(["retry Circle payouts on 429", "rotate hot wallet addresses daily",
                                                                               "bump lnd to 0.18", "add Strike quote expiry", "sweep dust to cold vault"]), hexs(40))
                        for _ in range(R.randrange(3, 7)))
    return "CHANGELOG.md", "# Changelog\n\n## %s\n\n%s\n" % (c.date(), entries)


@neg("circle", "entity_public_key")
def n_circle_pubkey(c):
    txt = """import forge from "node-forge";

// RSA public key returned by GET /v1/w3s/config/entity/publicKey (safe to cache)
const CIRCLE_ENTITY_PUBLIC_KEY = `%s`;

export function encryptEntitySecret(entitySecretHex: string): string {
  const pub = forge.pki.publicKeyFromPem(CIRCLE_ENTITY_PUBLIC_KEY);
  const bytes = forge.util.hexToBytes(entitySecretHex);
  return forge.util.encode64(pub.encrypt(bytes, "RSA-OAEP", { md: forge.md.sha256.create() }));
}
""" % rsa_pub_pem(4096)
    return pick(["src/circle/entityCipher.ts", "lib/circle/encrypt.ts"]), txt


@neg("coinbase", "jwks")
def n_jwks(c):
    keys = [{"kty": "EC", "crv": "P-256", "kid": uuid4(), "use": "sig", "x": b64url(32), "y": b64url(32)} for _ in range(2)]
    return pick(["test/fixtures/jwks.json", "config/webhook-jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


@neg("bitcoin", "regtest_addresses")
def n_regtest(c):
    txt = """#!/usr/bin/env bash
# fund the integration-test wallets on regtest (cookie auth, no passwords)
set -euo pipefail
CLI="bitcoin-cli -regtest -rpccookiefile=$HOME/.bitcoin/regtest/.cookie"
$CLI generatetoaddress 101 %s >/dev/null
for addr in %s %s %s; do
  $CLI sendtoaddress "$addr" 1.5
done
$CLI generatetoaddress 1 %s
echo "signet faucet fallback: %s"
""" % (bc1q("bcrt"), bc1q("bcrt"), bc1q("bcrt"), bc1p("bcrt"), bc1q("bcrt"), bc1q("tb"))
    return pick(["scripts/regtest-fund.sh", "test/e2e/fund.sh"]), txt


@neg("bitcoin", "csv_export")
def n_csv(c):
    lines = ["date,txid,direction,address,amount_btc,fee_sats,confirmations"]
    for _ in range(R.randrange(5, 10)):
        lines.append("%s,%s,%s,%s,%s,%d,%d" % (c.date(), hexs(64), pick(["in", "out"]), pick([bc1q(), bc1p()]),
                                               "%.8f" % R.uniform(0.0001, 3), R.randrange(150, 9000), R.randrange(1, 5000)))
    return pick(["reports/onchain-2025-q3.csv", "exports/wallet_history.csv"]), "\n".join(lines) + "\n"


@neg("observability", "request_ids")
def n_reqid_log(c):
    lines = []
    for _ in range(R.randrange(4, 8)):
        lines.append('{"ts":"%s","level":"info","msg":"request completed","route":"%s","status":%d,"request_id":"%s","trace_id":"%s","span_id":"%s"}' % (
            c.ts(), pick(["/v1/payouts", "/v1/quotes", "/v1/deposits"]), pick([200, 200, 201, 409]), uuid4(), hexs(32), hexs(16)))
    return pick(["logs/payouts-api.jsonl", "var/log/api/access.log"]), "\n".join(lines) + "\n"


@neg("webhooks", "hmac_from_env")
def n_hmac_env(c):
    txt = """import crypto from "node:crypto";

const secret = process.env.OPENNODE_API_KEY ?? "";

// OpenNode signs charge callbacks as HMAC-SHA256(api_key, charge_id) in hashed_order
export function isValidCallback(chargeId: string, hashedOrder: string): boolean {
  const calculated = crypto.createHmac("sha256", secret).update(chargeId).digest("hex");
  return crypto.timingSafeEqual(Buffer.from(calculated), Buffer.from(hashedOrder));
}

// example payload seen in staging:
// { "id": "%s", "status": "paid", "hashed_order": "%s" }
""" % (uuid4(), hexs(64))
    return pick(["src/webhooks/opennode.ts", "server/opennodeCallback.ts"]), txt


@neg("strike", "invoice_response")
def n_strike_resp(c):
    doc = {"quoteId": uuid4(), "description": "Invoice for order %d" % R.randrange(100, 999), "lnInvoice": lninvoice(),
           "onchainAddress": bc1q(), "expiration": c.ts(), "expirationInSec": 42,
           "targetAmount": {"amount": c.amount(), "currency": "USD"}, "conversionRate": {"amount": "%d.%02d" % (R.randrange(60000, 110000), R.randrange(100)), "sourceCurrency": "BTC", "targetCurrency": "USD"}}
    return pick(["test/fixtures/strike_quote.json", "mocks/strike/quote.json"]), json.dumps(doc, indent=2) + "\n"


@neg("btcpay", "store_ids")
def n_btcpay_store(c):
    txt = """# BTCPay stores (ids are visible in the store URL)
[stores.retail]
id = "%s"
default_currency = "USD"

[stores.wholesale]
id = "%s"
default_currency = "EUR"

[auth]
api_key_env = "BTCPAY_API_KEY"
""" % (alnum(44, B58), alnum(44, B58))
    return pick(["config/btcpay_stores.toml", "btcpay.toml"]), txt


@neg("lnbits", "wallet_ids")
def n_lnbits_ids(c):
    txt = """lnbits:
  url: https://lnbits.%s.com
  wallet_id: %s
  user_id: %s
  lnurlp_link: %s
  admin_key: ${LNBITS_ADMIN_KEY}
""" % (c.org, hexs(32), hexs(32), lnurl())
    return pick(["config/lnbits.yaml", "deploy/lnbits-wallet.yml"]), txt


@neg("k8s", "sealed_secret")
def n_sealed(c):
    txt = """apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: custody-credentials
  namespace: custody
spec:
  encryptedData:
    BITGO_ACCESS_TOKEN: AgB%s
    CIRCLE_API_KEY: AgC%s
  template:
    metadata:
      name: custody-credentials
""" % (b64(R.randrange(300, 400)).replace("\n", ""), b64(R.randrange(300, 400)))
    return pick(["deploy/sealed/custody-credentials.yaml", "k8s/custody/sealedsecret.yml"]), txt


@neg("sops", "encrypted_values")
def n_sops(c):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(n), b64(32), b64(16))
    txt = """custody:
    bitgo_access_token: %s
    moonpay_secret_key: %s
    rpc_password: %s
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:%d:key/%s
          created_at: "%s"
    lastmodified: "%s"
    mac: %s
    version: 3.9.1
""" % (enc(67), enc(32), enc(24), R.randrange(10 ** 11, 10 ** 12), uuid4(), c.ts(), c.ts(), enc(32))
    return pick(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), txt


@neg("terraform", "secret_refs")
def n_tf(c):
    txt = """data "aws_secretsmanager_secret_version" "bitgo" {
  secret_id = "prod/custody/bitgo-access-token"
}

data "vault_kv_secret_v2" "circle" {
  mount = "custody"
  name  = "circle"
}

resource "kubernetes_secret" "custody" {
  metadata {
    name      = "custody-credentials"
    namespace = "custody"
  }
  data = {
    BITGO_ACCESS_TOKEN = data.aws_secretsmanager_secret_version.bitgo.secret_string
    CIRCLE_API_KEY     = data.vault_kv_secret_v2.circle.data["api_key"]
    CIRCLE_ENTITY_ID   = "%s"
  }
}
""" % uuid4()
    return pick(["infra/custody/secrets.tf", "terraform/k8s_secrets.tf"]), txt


@neg("bitcoin", "tpub_regtest")
def n_tpub(c):
    txt = """# signet test wallet for CI (public keys only)
[wallet]
network = "signet"
fingerprint = "%s"
account_xpub = "%s"
derivation = "m/84'/1'/0'"
gap_limit = 50

[electrum]
url = "ssl://mempool.space:60602"
""" % (hexs(8), tpub())
    return pick(["ci/signet-wallet.toml", "test/signet.toml"]), txt


@neg("ethereum", "tx_hashes_log")
def n_evm_log(c):
    lines = []
    for _ in range(R.randrange(3, 7)):
        lines.append("%s INFO settlement: usdc transfer submitted chain=%s from=%s to=%s amount=%s tx=0x%s nonce=%d" % (
            c.ts(), pick(["base", "ethereum", "arbitrum"]), evm_addr(), evm_addr(), c.amount(), hexs(64), R.randrange(10, 900)))
    return pick(["logs/settlement.log", "var/log/settlement/worker.log"]), "\n".join(lines) + "\n"


@neg("coinbase", "hmac_signatures_test")
def n_sig_test(c):
    txt = """import base64

from exchange.coinbase_auth import sign

# expected values computed with a throwaway key generated inside the test
def test_signature_is_base64():
    key = base64.b64encode(bytes(range(64))).decode()
    sig = sign(key, "1714445421", "GET", "/accounts", "")
    assert len(base64.b64decode(sig)) == 32


KNOWN_GOOD_SIGNATURE = "%s"
KNOWN_GOOD_TIMESTAMP = "%d"
""" % (b64(32), 1714000000 + R.randrange(10 ** 6))
    return pick(["tests/test_coinbase_sign.py", "exchange/tests/test_auth.py"]), txt


@neg("lightning", "channel_backup_meta")
def n_chan_points(c):
    lines = ["# channel points (funding outpoints) for the audit"]
    for _ in range(R.randrange(3, 7)):
        lines.append("%s:%d  capacity=%d  remote=%s" % (hexs(64), R.randrange(3), pick([1000000, 2000000, 5000000]), node_pubkey()))
    return pick(["audit/channel_points.txt", "docs/audit/channels.txt"]), "\n".join(lines) + "\n"


@neg("fireblocks", "csr")
def n_csr(c):
    body = base64.b64encode(bytes.fromhex("308204") + rbytes(R.randrange(600, 800))).decode()
    return pick(["certs/fireblocks.csr", "deploy/fireblocks/api_user.csr"]), "-----BEGIN CERTIFICATE REQUEST-----\n%s\n-----END CERTIFICATE REQUEST-----\n" % wrap64(body)


@neg("paxos", "profile_ids")
def n_paxos_ids(c):
    txt = """{
  "paxos": {
    "baseUrl": "https://api.paxos.com/v2",
    "profileId": "%s",
    "identityId": "%s",
    "accountId": "%s",
    "clientIdEnv": "PAXOS_CLIENT_ID",
    "clientSecretEnv": "PAXOS_CLIENT_SECRET",
    "scopes": ["funding:read_profile", "transfer:read_transfer"]
  }
}
""" % (uuid4(), uuid4(), uuid4())
    return pick(["config/paxos.json", "settings/stablecoin.json"]), txt


@neg("bitcoin", "block_headers_test")
def n_headers(c):
    txt = """const GENESIS_LIKE = [
%s
];

module.exports = { HEADERS: GENESIS_LIKE };
""" % ",\n".join('  { height: %d, hash: "%s", merkleroot: "%s", bits: "%s", nonce: %d }' % (
        R.randrange(800000, 900000), block_hash(), hexs(64), pick(["17034219", "1703255b", "17030ecd"]), R.randrange(2 ** 32))
        for _ in range(R.randrange(3, 6)))
    return pick(["test/fixtures/headers.js", "fixtures/headers.cjs"]), txt


# ================================================================ driver
ALLOWED_ENV_NAMES = (".env.example", ".env.sample", ".env.template")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or (base.startswith(".env.") and base not in ALLOWED_ENV_NAMES)


def ftype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile":
        return "dockerfile"
    if base.startswith(".env"):
        return "env"
    if base == "config":
        return "conf"
    if base == ".lightsparkapienv" or path.startswith("bin/"):
        return "sh"
    if base == "SHA256SUMS":
        return "txt"
    if "." not in base[1:]:
        return "txt"
    return base.rsplit(".", 1)[-1].lower()


def line_of(text, needle):
    for i, line in enumerate(text.split("\n"), 1):
        if needle in line:
            return i
    return 0


def cycle_order(n, total):
    out = []
    while len(out) < total:
        idx = list(range(n))
        R.shuffle(idx)
        out.extend(idx)
    return out[:total]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    global R
    if len(argv) != 3:
        sys.stderr.write("usage: gen_ih.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], argv[2]
    R = random.Random(int(seed) if seed.lstrip("-").isdigit() else seed)
    manifest, secrets = [], []
    env_pos = 0

    # ---- positives
    for i, ti in enumerate(cycle_order(len(POS), 500)):
        t = POS[ti]
        g = GENS[t["gen"]]
        for _attempt in range(5):
            secret = g["make"]()
            needle = g["needle"](secret) if "needle" in g else secret
            c = Ctx(False)
            relpath, text = t["fn"](V(secret), c)
            if is_blocked_env(relpath) and env_pos >= 24:
                continue
            break
        if is_blocked_env(relpath) or relpath.rsplit("/", 1)[-1].startswith(".env"):
            env_pos += 1
        ln = line_of(text, needle)
        assert ln > 0, (t["name"], needle)
        assert needle in text.split("\n")[ln - 1]
        if "needle" not in g:
            assert secret in text, t["name"]
        rel = "pos/p%04d/%s" % (i, relpath)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": ftype(relpath)})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    # ---- negatives: half re-used positive templates with non-secret slot values
    k = 0
    order_a = cycle_order(len(POS), 250)
    for j, ti in enumerate(order_a):
        t = POS[ti]
        kind = FILLER_KINDS[(j + k) % len(FILLER_KINDS)]
        v, label = filler(t["gen"], t["env"], kind)
        c = Ctx(True)
        relpath, text = t["fn"](v, c)
        assert not is_blocked_env(relpath), relpath
        rel = "neg/n%04d/%s" % (j, relpath)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": label, "filetype": ftype(relpath)})
        if j % len(POS) == len(POS) - 1:
            k += 3

    # ---- negatives: domain look-alikes
    for j, ti in enumerate(cycle_order(len(NEG), 250)):
        t = NEG[ti]
        c = Ctx(True)
        relpath, text = t["fn"](c)
        assert not is_blocked_env(relpath), relpath
        rel = "neg/n%04d/%s" % (250 + j, relpath)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t["provider"], "kind": t["kind"], "filetype": ftype(relpath)})

    assert env_pos <= 25, env_pos
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")

    # ---- verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
    sys.stdout.write("wrote %d positives, %d negatives (%d positive templates, %d look-alike templates) to %s\n" % (
        sum(1 for m in manifest if m["label"] == "pos"), sum(1 for m in manifest if m["label"] == "neg"),
        len(POS), len(NEG), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
