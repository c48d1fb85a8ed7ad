#!/usr/bin/env python3
"""gen_fk.py - blind evaluation-set generator for secret scanners (trading bots / exchange APIs).

EMPHASIS
  Domain: crypto and stock trading bots and exchange API integrations - freqtrade config.json,
  Hummingbot conf/connectors/*.yml and conf_client.yml, ccxt scripts (Python/JS/TS), Jesse .env,
  OctoBot user config, TradingView webhook receivers and Pine Script alert comments, Telegram and
  Discord trade alerts, IB Gateway / IBC configs.
  Providers: Binance, Binance US, Kraken, Coinbase (CDP / Advanced Trade keys: key name
  organizations/<uuid>/apiKeys/<uuid> + EC P-256 private key PEM, or Ed25519 base64 secret), Bybit,
  OKX (key + secret + passphrase), KuCoin (key + secret + passphrase), Bitget (bg_ key + secret +
  passphrase), Gate.io, Gemini (account-... keys), Bitfinex, Deribit (client id / client secret),
  Alpaca (PK.../AK... key id + secret), Interactive Brokers (IB Gateway / IBC login password),
  Tradier (bearer access token), TradingView webhook passphrases, Telegram bot tokens, Discord
  webhook URLs, freqtrade API-server JWT secret, trading-database passwords in connection strings.
  Kinds: API key + secret pairs, passphrases, EC / Ed25519 private keys, webhook secrets and URLs,
  bot tokens, passwords.
  Templates: 81 positive templates (42 with the conventional variable name, 39 with a neutral
  name, positional/constructor argument, header, URL or key file); negatives: 79 positive
  templates re-used with non-secret slot values plus 42 look-alike templates.
  File types: JSON, YAML (configs, docker-compose, k8s, Helm, GitHub workflows), TOML, INI,
  .env (at most 1 positive in 20), Python, JavaScript, TypeScript, Go, Rust, Pine Script, Jupyter
  notebooks (.ipynb), shell, Dockerfile, systemd units, Terraform, Java properties, XML, Markdown,
  CSV, logs, PEM and key files, lock files.

USAGE
  python3 gen_fk.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 positives) and OUTDIR/neg/nNNNN/<relpath> (500
  negatives), OUTDIR/manifest.jsonl (one line per file: file, label, provider, kind, filetype) and
  OUTDIR/secrets.jsonl (one line per positive: file, needle, line).  Deterministic per SEED: all
  randomness comes from one random.Random(SEED); standard library only.

NEEDLE CONVENTIONS
  * The needle is the secret exactly as written in the file, on one line; "line" is the 1-based
    line of its first occurrence, and the program re-reads each file and asserts the needle is on
    that line.
  * Key pairs (API key + secret, client id + client secret, key id + secret key): the needle is
    the SECRET half.  The companion key id / client id usually sits on a neighbouring line and is
    part of the same credential (not counted as a second one).
  * Key + secret + passphrase (OKX, KuCoin, Bitget): the needle is the secret, except in the
    "passphrase only" templates where key and secret come from the environment and the hard-coded
    passphrase is the needle.
  * Multi-line private keys (PEM, real newlines): the needle is the first base64 body line (the
    line right after -----BEGIN ... PRIVATE KEY-----).  PEM written on one line with \\n escapes
    (JSON, Python/TS strings, .env): the needle is the same 64-character first body chunk, which
    then sits on that single line.  Single-line Ed25519 PKCS#8 keys: the whole base64 body.
  * URLs: Discord webhooks - the needle is the whole URL https://<host>/api/webhooks/<id>/<token>.
    Telegram tokens inside https://api.telegram.org/bot<token>/... - the needle is the token only.
    Connection strings - the needle is the password only.
  * Headers (Authorization: Bearer X, APCA-API-SECRET-KEY: X): the needle is the header value
    (without "Bearer ").
  * Passwords and passphrases (IBKR, TradingView, OKX/KuCoin/Bitget): the value only.

NEGATIVES
  Half re-use the positive templates with every credential slot holding something that is not a
  secret: placeholders (your_exchange_key, <your-api-secret>, YOUR_API_KEY_HERE, changeme, xxxx),
  empty values, masked values (****, [REDACTED], partial masks), environment references
  (${VAR}, os.environ[...], process.env.X, os.Getenv, std::env::var), secret-manager references
  (op://, vault:, AWS/GCP secret ids, ${{ secrets.X }}, Helm/Jinja/ERB template expressions),
  providers' documented example values (Binance signed-endpoint example key/secret, Kraken
  support-article and REST-auth example keys, Deribit public/auth example, Telegram Bot API sample
  token, Coinbase CDP SDK xxxx example, Gemini docs placeholder, Binance listenKey example), and
  key identifiers alone where the provider presents them as identifiers (Coinbase key name, Deribit
  client_id) with the secret half coming from the environment.  No negative is named .env,
  .env.local, .env.production ...; such templates are renamed .env.example / .env.sample.
  The other half are look-alikes: trade-history CSVs with order ids, client order ids and trade
  ids, request logs with one-time HMAC signatures (Binance hex, Kraken API-Sign, OKX
  OK-ACCESS-SIGN) and nonces, wallet / withdrawal-whitelist addresses (bech32, base58check legacy,
  Ethereum, Solana, Tron), transaction hashes, xpubs, Ed25519 / P-256 public keys and ssh public
  keys, exchange symbol lists, lock-file hashes (pip --hash, go.sum, Cargo.lock, npm integrity),
  image digests, Git LFS pointers, SHA256SUMS, notebook image/png outputs, account ids (Alpaca
  UUIDs, IBKR U/DU numbers, Tradier account numbers), Telegram chat ids, Discord snowflakes.

FORMATS CHECKED (search tool, docs/pages/code corpora)
  * Binance: developers.binance.com "Request security" - both API key and secret key are
    sensitive; X-MBX-APIKEY header; HMAC SHA256 hex signatures; Ed25519/RSA keys supported.  The
    signed-endpoint example key/secret (vmPUZE6m... / NhqPtmdS..., 64 alphanumerics each) confirmed
    in copies of the docs; used only in negatives.
  * Kraken: docs.kraken.com spot REST auth - API-Key header holds the public key, API-Sign is
    HMAC-SHA512 with the base64-decoded private key; example private key (88 base64 chars = 64
    bytes) and support-article example public key (56 chars) / private key; used only in negatives.
  * Coinbase CDP: cdp-sdk docs - key id 'organizations/<uuid>/apiKeys/<uuid>' or a bare UUID;
    secret either '-----BEGIN EC PRIVATE KEY-----\\n...' (ES256) or 88-char base64 Ed25519 secret.
  * OKX: headers OK-ACCESS-KEY / -SIGN / -TIMESTAMP / -PASSPHRASE; passphrase chosen by the user.
  * KuCoin: KC-API-KEY / KC-API-PASSPHRASE, key version 2; Bitget: APIKey, SecretKey and a
    user-set Passphrase; Gate.io v4: KEY / SIGN / Timestamp headers, HMAC-SHA512 hex.
  * Bybit: X-BAPI-API-KEY / X-BAPI-SIGN, system-generated HMAC keys or self-generated RSA keys.
  * Gemini: docs show GEMINI_API_KEY="account-xxxxxxxxxxxxxxxx"; master- keys also exist.
  * Bitfinex: bfx-apikey / bfx-signature / bfx-nonce, HMAC-SHA384.
  * Deribit: public/auth client_credentials; docs example client_id fo7WAPRm4P, client_secret
    W0H6FJW4IRPZ1MOQ8FP6KMC5RZDUUKXS (negatives only).
  * Alpaca: APCA-API-KEY-ID / APCA-API-SECRET-KEY headers, paper-api.alpaca.markets.
  * Telegram: <bot id>:<35 chars>, https://api.telegram.org/bot<token>/METHOD; Bot API sample
    token 123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11 and the BotFather-page sample
    110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw (negatives only).
  * Discord: https://discord.com/api/webhooks/<snowflake id>/<token>, ~68-char token.
  * freqtrade: config.json exchange.key/secret/password, telegram.token/chat_id,
    api_server.jwt_secret_key / ws_token / username / password.

DOUBTS
  * Exact lengths not confirmed from provider docs: Binance 64/64 alphanumerics (from the docs
    example only), Bybit key 18 / secret 36, Bitfinex 43 / 43, Gate.io 32-hex key / 64-hex
    secret, Bitget key 'bg_' + 32 hex / 64-hex secret, KuCoin 24-hex key / UUID secret, OKX UUID
    key / 32 upper-hex secret, Gemini secret (base58, 27-28 chars assumed; the docs placeholder
    shows 32 x), Deribit client secret (43-char base64url assumed; the docs example is 32
    upper-case alphanumerics), Alpaca key id 'PK'/'AK' + 18 upper alphanumerics and 40-char secret
    (newer 26-char key ids seem to exist), Tradier access token (28 alphanumerics assumed), Kraken
    public key 56 base64 chars.
  * Hummingbot connector-file field names (binance_api_key, kucoin_passphrase ...) follow the
    connector prompts; recent Hummingbot versions store them encrypted.
  * Ethereum addresses are written lower-case (no EIP-55 checksum: no keccak in the stdlib).
  * Real Telegram tokens seem to start with "AA" after the colon (generated so); the second doc
    sample token is quoted from a book citing the BotFather page, not read on telegram.org itself.
  * EC/Ed25519 keys are mathematically valid (public halves derived); Hummingbot conf and OctoBot
    user config files are written in plain text although current releases encrypt the keys.
  * Whether a Coinbase key name or Deribit client_id alone counts as a secret is a judgement call;
    they are placed among negatives only with the secret half coming from the environment.
"""
import base64
import hashlib
import json
import os
import re
import random
import string
import sys
import textwrap

UP = string.ascii_uppercase
LOW = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LOW + DIG
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B64URL = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


# ---------------------------------------------------------------- basic random helpers
def aln(r, n, alphabet=ALNUM):
    return "".join(r.choice(alphabet) for _ in range(n))


def aln_mixed(r, n, alphabet=ALNUM):
    """Random string that holds at least one digit, one upper and one lower letter."""
    while True:
        s = aln(r, n, alphabet)
        if any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s):
            return s


def hx(r, n):
    return aln(r, n, HEXL)


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def uuid4(r):
    h = hx(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def F(tmpl, **kw):
    """Dedent a template and replace «name» markers."""
    t = textwrap.dedent(tmpl)
    if t.startswith("\n"):
        t = t[1:]
    for k, v in kw.items():
        t = t.replace("\u00ab" + k + "\u00bb", str(v))
    if "\u00ab" in t:
        raise AssertionError("unfilled marker in template: " + t[t.index("\u00ab"):][:40])
    return t


# ---------------------------------------------------------------- encodings
def b58enc(b):
    n = int.from_bytes(b, "big")
    s = ""
    while n:
        n, rem = divmod(n, 58)
        s = B58[rem] + s
    pad = len(b) - len(b.lstrip(b"\0"))
    return "1" * pad + s


def b58check(payload):
    chk = hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4]
    return b58enc(payload + chk)


_BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            if (b >> i) & 1:
                chk ^= gen[i]
    return chk


def _convertbits(data, frombits, tobits):
    acc = 0
    bits = 0
    ret = []
    maxv = (1 << tobits) - 1
    for value in data:
        acc = (acc << frombits) | value
        bits += frombits
        while bits >= tobits:
            bits -= tobits
            ret.append((acc >> bits) & maxv)
    if bits:
        ret.append((acc << (tobits - bits)) & maxv)
    return ret


def bech32_addr(hrp, prog):
    data = [0] + _convertbits(prog, 8, 5)
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_BECH[d] for d in data + chk)


# ---------------------------------------------------------------- elliptic curves (public data only)
P256 = dict(
    p=0xFFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF, a=-3,
    n=0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
    g=(0x6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296,
       0x4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5))
K256 = dict(
    p=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEFFFFFC2F, a=0,
    n=0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141,
    g=(0x79BE667EF9DCBBAC55A06295CE870B07029BFCDB2DCE28D959F2815B16F81798,
       0x483ADA7726A3C4655DA4FBFC0E1108A8FD17B448A68554199C47D08FFB10D4B8))


def _wadd(c, P, Q):
    if P is None:
        return Q
    if Q is None:
        return P
    p = c["p"]
    if P[0] == Q[0]:
        if (P[1] + Q[1]) % p == 0:
            return None
        lam = (3 * P[0] * P[0] + c["a"]) * pow(2 * P[1], -1, p) % p
    else:
        lam = (Q[1] - P[1]) * pow(Q[0] - P[0], -1, p) % p
    x = (lam * lam - P[0] - Q[0]) % p
    return (x, (lam * (P[0] - x) - P[1]) % p)


def wmul(c, k):
    R = None
    P = c["g"]
    while k:
        if k & 1:
            R = _wadd(c, R, P)
        P = _wadd(c, P, P)
        k >>= 1
    return R


ED_P = 2 ** 255 - 19
ED_D = -121665 * pow(121666, -1, ED_P) % ED_P


def _ed_xrecover(y):
    xx = (y * y - 1) * pow(ED_D * y * y + 1, -1, ED_P)
    x = pow(xx, (ED_P + 3) // 8, ED_P)
    if (x * x - xx) % ED_P:
        x = x * pow(2, (ED_P - 1) // 4, ED_P) % ED_P
    if x % 2:
        x = ED_P - x
    return x


_ED_GY = 4 * pow(5, -1, ED_P) % ED_P
ED_B = (_ed_xrecover(_ED_GY), _ED_GY)


def _ed_add(P, Q):
    x1, y1 = P
    x2, y2 = Q
    t = ED_D * x1 * x2 * y1 * y2 % ED_P
    x3 = (x1 * y2 + x2 * y1) * pow(1 + t, -1, ED_P)
    y3 = (y1 * y2 + x1 * x2) * pow(1 - t, -1, ED_P)
    return (x3 % ED_P, y3 % ED_P)


def ed25519_pub(seed):
    h = hashlib.sha512(seed).digest()
    a = int.from_bytes(h[:32], "little")
    a &= (1 << 254) - 8
    a |= 1 << 254
    R = (0, 1)
    P = ED_B
    while a:
        if a & 1:
            R = _ed_add(R, P)
        P = _ed_add(P, P)
        a >>= 1
    x, y = R
    return (y | ((x & 1) << 255)).to_bytes(32, "little")


def pem_wrap(label, der):
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


def ec_p256_private_pem(r):
    d = r.randrange(1, P256["n"])
    X, Y = wmul(P256, d)
    der = (bytes.fromhex("30770201010420") + d.to_bytes(32, "big") +
           bytes.fromhex("a00a06082a8648ce3d030107a14403420004") +
           X.to_bytes(32, "big") + Y.to_bytes(32, "big"))
    return pem_wrap("EC PRIVATE KEY", der)


def ec_p256_public_pem(r):
    d = r.randrange(1, P256["n"])
    X, Y = wmul(P256, d)
    der = (bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d03010703420004") +
           X.to_bytes(32, "big") + Y.to_bytes(32, "big"))
    return pem_wrap("PUBLIC KEY", der)


def ed25519_private_pem(r):
    seed = rbytes(r, 32)
    return pem_wrap("PRIVATE KEY", bytes.fromhex("302e020100300506032b657004220420") + seed)


def ed25519_public_pem(r):
    pub = ed25519_pub(rbytes(r, 32))
    return pem_wrap("PUBLIC KEY", bytes.fromhex("302a300506032b6570032100") + pub)


def ed25519_cdp_secret(r):
    seed = rbytes(r, 32)
    return base64.b64encode(seed + ed25519_pub(seed)).decode()


def ssh_ed25519_pub(r, comment):
    pub = ed25519_pub(rbytes(r, 32))
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + pub
    return "ssh-ed25519 %s %s" % (base64.b64encode(blob).decode(), comment)


def pem_needle(pem):
    """First base64 body line of a PEM block."""
    return pem.split("\n")[1]


# ---------------------------------------------------------------- public look-alike values
def btc_bech32(r):
    return bech32_addr("bc", list(rbytes(r, 20)))


def btc_legacy(r):
    return b58check(bytes([0]) + rbytes(r, 20))


def btc_p2sh(r):
    return b58check(bytes([5]) + rbytes(r, 20))


def eth_addr(r):
    return "0x" + hx(r, 40)


def sol_addr(r):
    return b58enc(rbytes(r, 32))


def tron_addr(r):
    return b58check(bytes([0x41]) + rbytes(r, 20))


def tx_hash(r):
    return "0x" + hx(r, 64)


def btc_txid(r):
    return hx(r, 64)


def xpub(r):
    d = r.randrange(1, K256["n"])
    X, Y = wmul(K256, d)
    key = bytes([2 + (Y & 1)]) + X.to_bytes(32, "big")
    payload = (bytes.fromhex("0488b21e") + bytes([3]) + rbytes(r, 4) +
               (0x80000000 + r.randrange(3)).to_bytes(4, "big") + rbytes(r, 32) + key)
    return b58check(payload)


def snowflake(r):
    return str(r.randint(1050000000000000000, 1390000000000000000))


# ---------------------------------------------------------------- domain filler
BASES = ["BTC", "ETH", "SOL", "BNB", "XRP", "ADA", "DOGE", "AVAX", "LINK", "DOT", "LTC", "ATOM",
         "ARB", "OP", "NEAR", "APT", "SUI", "INJ", "TIA", "FIL", "UNI", "AAVE", "TRX", "SEI"]
STOCKS = ["AAPL", "MSFT", "NVDA", "TSLA", "AMZN", "META", "GOOGL", "SPY", "QQQ", "AMD", "NFLX",
          "COIN", "PLTR", "IWM", "JPM", "XOM"]
STRATS = ["SampleStrategy", "EMACrossV2", "BBandsRSI", "SupertrendStrategy", "MeanReversionV3",
          "Ichimoku1h", "RSIDivergence", "MACDStrategyCrossed", "HeikinAshiTrend", "GridLongOnly"]
TIMEFRAMES = ["1m", "5m", "15m", "30m", "1h", "4h", "1d"]


def pairs(r, n, quote="USDT", sep="/"):
    bases = BASES[:]
    r.shuffle(bases)
    return [b + sep + quote for b in bases[:n]]


def jlist(items, indent):
    pad = " " * indent
    return (",\n" + pad).join(json.dumps(x) for x in items)


def ts_ms(r):
    return r.randint(1693526400000, 1735600000000)


def iso(r):
    ms = ts_ms(r)
    s = ms // 1000
    days = s // 86400
    # civil-from-days (Howard Hinnant), deterministic without time module
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    y = yoe + era * 400
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    if m <= 2:
        y += 1
    rem = s % 86400
    return "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (y, m, d, rem // 3600, rem % 3600 // 60, rem % 60, ms % 1000)


def price(r, base):
    ref = {"BTC": 64000, "ETH": 3200, "SOL": 150, "BNB": 560, "XRP": 0.55, "ADA": 0.45, "DOGE": 0.13,
           "AVAX": 32, "LINK": 15, "DOT": 6.5, "LTC": 80, "ATOM": 8, "ARB": 0.9, "OP": 1.9}.get(base, 4.2)
    v = ref * r.uniform(0.92, 1.08)
    return ("%.2f" % v) if v > 50 else ("%.4f" % v)


# ---------------------------------------------------------------- credentials
WORDS = ["falcon", "copper", "meadow", "orbit", "lantern", "granite", "velvet", "harbor", "cobalt",
         "juniper", "saffron", "tundra", "ember", "quartz", "willow", "zephyr", "marble", "cinder",
         "nimbus", "pelican", "thistle", "sierra", "bramble", "glacier"]


def passphrase(r):
    s = r.random()
    if s < 0.4:
        return r.choice(ALNUM) + aln_mixed(r, r.randint(13, 22), ALNUM + "!@*-_.^~")
    if s < 0.7:
        w = [r.choice(WORDS) for _ in range(r.randint(2, 3))]
        w[0] = w[0].capitalize()
        return r.choice("-._").join(w) + str(r.randint(10, 9999)) + r.choice(["!", "#", "*", "", "^"])
    return aln_mixed(r, r.randint(16, 30))


def db_password(r):
    return aln_mixed(r, r.randint(18, 28), ALNUM + "-_.~")


def tg_token(r):
    bid = r.randint(5000000000, 7999999999) if r.random() < 0.7 else r.randint(100000000, 999999999)
    return "%d:AA%s" % (bid, aln(r, 33, B64URL))


def discord_url(r):
    host = pick(r, ["discord.com", "discord.com", "discord.com", "discordapp.com", "canary.discord.com",
                    "ptb.discord.com"])
    return "https://%s/api/webhooks/%s/%s" % (host, snowflake(r), aln(r, 68, B64URL))


def gen_exchange(r, prov):
    c = {}
    if prov in ("binance", "binanceus"):
        c["key"], c["secret"] = aln(r, 64), aln(r, 64)
    elif prov == "kraken":
        c["key"], c["secret"] = b64(r, 42), b64(r, 64)
    elif prov == "bybit":
        c["key"], c["secret"] = aln(r, 18), aln(r, 36)
    elif prov == "okx":
        c["key"], c["secret"], c["pw"] = uuid4(r), aln(r, 32, HEXU), passphrase(r)
    elif prov == "kucoin":
        c["key"], c["secret"], c["pw"] = "6" + hx(r, 23), uuid4(r), passphrase(r)
    elif prov == "bitget":
        c["key"], c["secret"], c["pw"] = "bg_" + hx(r, 32), hx(r, 64), passphrase(r)
    elif prov == "gate":
        c["key"], c["secret"] = hx(r, 32), hx(r, 64)
    elif prov == "gemini":
        c["key"] = pick(r, ["account-", "account-", "master-"]) + aln(r, 20)
        c["secret"] = aln(r, r.choice([27, 28]), B58)
    elif prov == "bitfinex":
        c["key"], c["secret"] = aln(r, 43), aln(r, 43)
    elif prov == "deribit":
        c["key"], c["secret"] = aln(r, r.choice([8, 8, 10])), aln(r, 43, B64URL)
    elif prov == "alpaca":
        c["key"] = r.choice(["PK", "PK", "AK"]) + aln(r, 18, UP + DIG)
        c["secret"] = aln(r, 40)
    elif prov == "coinbase":
        c["key"] = "organizations/%s/apiKeys/%s" % (uuid4(r), uuid4(r))
        c["pem"] = ec_p256_private_pem(r)
    elif prov == "coinbase_ed":
        c["key"], c["secret"] = uuid4(r), ed25519_cdp_secret(r)
    elif prov == "binance_ed":
        c["key"], c["pem"] = aln(r, 64), ed25519_private_pem(r)
    elif prov == "tradier":
        c["token"] = aln(r, 28)
        c["acct"] = r.choice(["VA", "6YA"]) + str(r.randint(10000000, 99999999))
    elif prov == "ibkr":
        c["user"] = r.choice(WORDS) + r.choice(["", "_", "."]) + r.choice(WORDS)[:4] + str(r.randint(1, 99))
        c["password"] = db_password(r)
    elif prov == "tradingview":
        c["pw"] = passphrase(r)
    elif prov == "telegram":
        c["token"] = tg_token(r)
        c["chat"] = r.choice(["-100", ""]) + str(r.randint(100000000, 1999999999))
    elif prov == "discord":
        c["url"] = discord_url(r)
    elif prov == "freqtrade":
        c["jwt"] = hx(r, 64)
    elif prov == "postgres":
        c["user"] = r.choice(["jesse_user", "trader", "bot", "freqtrade", "quant"])
        c["password"] = db_password(r)
    else:
        raise KeyError(prov)
    c["prov"] = prov
    return c


CRED_FIELDS = ("key", "secret", "pw", "pem", "token", "url", "password", "jwt")

ENVN = {
    "binance": ("BINANCE_API_KEY", "BINANCE_API_SECRET", None),
    "binanceus": ("BINANCE_US_API_KEY", "BINANCE_US_API_SECRET", None),
    "binance_ed": ("BINANCE_API_KEY", "BINANCE_PRIVATE_KEY", None),
    "kraken": ("KRAKEN_API_KEY", "KRAKEN_PRIVATE_KEY", None),
    "bybit": ("BYBIT_API_KEY", "BYBIT_API_SECRET", None),
    "okx": ("OKX_API_KEY", "OKX_SECRET_KEY", "OKX_PASSPHRASE"),
    "kucoin": ("KUCOIN_API_KEY", "KUCOIN_API_SECRET", "KUCOIN_API_PASSPHRASE"),
    "bitget": ("BITGET_API_KEY", "BITGET_SECRET_KEY", "BITGET_PASSPHRASE"),
    "gate": ("GATE_API_KEY", "GATE_API_SECRET", None),
    "gemini": ("GEMINI_API_KEY", "GEMINI_API_SECRET", None),
    "bitfinex": ("BFX_API_KEY", "BFX_API_SECRET", None),
    "deribit": ("DERIBIT_CLIENT_ID", "DERIBIT_CLIENT_SECRET", None),
    "alpaca": ("APCA_API_KEY_ID", "APCA_API_SECRET_KEY", None),
    "coinbase": ("COINBASE_API_KEY_NAME", "COINBASE_API_PRIVATE_KEY", None),
    "coinbase_ed": ("CDP_API_KEY_ID", "CDP_API_KEY_SECRET", None),
    "tradingview": (None, None, "WEBHOOK_PASSPHRASE"),
}
ENV_OTHER = {"token": {"telegram": "TELEGRAM_BOT_TOKEN", "tradier": "TRADIER_ACCESS_TOKEN"},
             "url": {"discord": "DISCORD_WEBHOOK_URL"},
             "password": {"ibkr": "TWS_PASSWORD", "postgres": "POSTGRES_PASSWORD"},
             "jwt": {"freqtrade": "FREQTRADE__API_SERVER__JWT_SECRET_KEY"}}


def envname(prov, field):
    if field in ("key", "secret", "pw", "pem") and prov in ENVN:
        t = ENVN[prov]
        idx = {"key": 0, "secret": 1, "pem": 1, "pw": 2}[field]
        if t[idx]:
            return t[idx]
    if field in ENV_OTHER and prov in ENV_OTHER[field]:
        return ENV_OTHER[field][prov]
    return "%s_%s" % (prov.upper().replace("_ED", ""), field.upper())


# Documented example values (negatives only).
DOC_EXAMPLES = {
    "binance": [{"key": "vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
                 "secret": "NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j"}],
    "kraken": [{"key": "CJbfPw4tnbf/9en/ZmpewCTKEwmmzO18LXZcHQcu7HPLWre4l8+V9I3y",
                "secret": "FRs+gtq09rR7OFtKj9BGhyOGS3u5vtY/EdiIBO9kD8NFtRX7w7LeJDSrX6cq1D8zmQmGkWFjksuhBvKOAWJohQ=="},
               {"key": "CJbfPw4tnbf/9en/ZmpewCTKEwmmzO18LXZcHQcu7HPLWre4l8+V9I3y",
                "secret": "kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg=="}],
    "deribit": [{"key": "fo7WAPRm4P", "secret": "W0H6FJW4IRPZ1MOQ8FP6KMC5RZDUUKXS"}],
    "telegram": [{"token": "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"},
                 {"token": "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"}],
    "coinbase": [{"key": "organizations/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/apiKeys/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                  "pem": "-----BEGIN EC PRIVATE KEY-----\n...\n...\n...==\n-----END EC PRIVATE KEY-----\n"}],
    "coinbase_ed": [{"key": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
                     "secret": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx=="}],
    "gemini": [{"key": "account-xxxxxxxxxxxxxxxx", "secret": "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}],
    "alpaca": [{"key": "{YOUR_API_KEY_ID}", "secret": "{YOUR_API_SECRET_KEY}"}],
}
BINANCE_DOC_LISTENKEY = "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1"

PLACEHOLDERS = {
    "key": ["your_exchange_key", "<your-api-key>", "YOUR_API_KEY_HERE", "YOUR_API_KEY", "<API_KEY>",
            "api-key-goes-here", "REPLACE_ME", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "insert_your_key",
            "<%s>", "TODO-add-key", "your-key-id"],
    "secret": ["your_exchange_secret", "<your-api-secret>", "YOUR_SECRET_KEY_HERE", "YOUR_API_SECRET",
               "<SECRET>", "changeme", "secret-goes-here", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
               "REPLACE_WITH_SECRET", "<%s>", "your_secret_key", "PUT_SECRET_HERE"],
    "pw": ["your_passphrase", "<api-passphrase>", "YOUR_PASSPHRASE", "changeme", "passphrase-here",
           "<%s>", "your_api_password"],
    "token": ["your_telegram_token", "<BOT_TOKEN>", "YOUR_TELEGRAM_BOT_TOKEN", "<%s>",
              "123456789:your-bot-token-here", "<token-from-BotFather>"],
    "url": ["https://discord.com/api/webhooks/<webhook_id>/<webhook_token>",
            "https://discord.com/api/webhooks/YOUR_WEBHOOK_ID/YOUR_WEBHOOK_TOKEN", "<discord-webhook-url>",
            "https://discord.com/api/webhooks/XXXXXXXXXXXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    "pem": ["-----BEGIN EC PRIVATE KEY-----\nYOUR PRIVATE KEY HERE\n-----END EC PRIVATE KEY-----\n",
            "<paste-your-private-key-here>", "-----BEGIN PRIVATE KEY-----\n<your key>\n-----END PRIVATE KEY-----\n"],
    "password": ["changeme", "<password>", "YOUR_PASSWORD", "password-here", "<%s>"],
    "jwt": ["somethingrandom", "<generate-with-openssl-rand-hex-32>", "changeme", "<%s>"],
}
MASKS = ["****************", "[REDACTED]", "<redacted>", "********", "\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u2022",
         "***REDACTED***", "[hidden]"]

SENT = "@@ENV:"


def secret_ref(r, prov, field, env, form=None):
    p = prov.replace("_ed", "")
    opts = [
        "op://Trading/%s API/%s" % (p.capitalize(), {"key": "username"}.get(field, "credential" if field != "pw" else "passphrase")),
        "vault:secret/data/trading/%s#%s" % (p, field),
        "${{ secrets.%s }}" % env,
        "arn:aws:secretsmanager:%s:%d:secret:bots/%s-%s-%s" % (pick(r, ["us-east-1", "eu-west-1", "ap-northeast-1"]),
                                                              r.randint(100000000000, 999999999999), p, field, aln(r, 6)),
        "projects/%s/secrets/%s-%s/versions/latest" % (pick(r, ["quant-prod", "tradebot-471", "alpha-desk"]), p, field),
        "ref+vault://secret/trading/%s#/%s" % (p, field),
        "{{ .Values.%s.%s }}" % (p, {"key": "apiKey", "secret": "apiSecret", "pw": "passphrase"}.get(field, field)),
        "{{ vault_%s_%s }}" % (p, field),
        "<%%= ENV['%s'] %%>" % env,
        "{{ env \"%s\" }}" % env,
        "%%(ENV_%s)s" % env,
    ]
    return opts[form % len(opts)] if form is not None else pick(r, opts)


def filler(r, style, prov, field, form=None):
    env = envname(prov, field)
    if style == "placeholder":
        v = pick(r, PLACEHOLDERS.get(field, PLACEHOLDERS["secret"]))
        return v % env if "%s" in v else v
    if style == "empty":
        return ""
    if style == "masked":
        if field in ("key", "secret") and r.random() < 0.35:
            return aln(r, 4) + "*" * r.randint(16, 40) + aln(r, 4)
        if field == "url":
            return "https://discord.com/api/webhooks/%s/%s" % (snowflake(r), "*" * 20)
        if field == "token":
            return "%d:%s" % (r.randint(5000000000, 7999999999), "*" * 35)
        return pick(r, MASKS)
    if style == "envref":
        return SENT + env + "@@"
    if style == "secretref":
        return secret_ref(r, prov, field, env, form)
    raise KeyError(style)


NEG_STYLES = ["placeholder", "placeholder", "empty", "masked", "envref", "envref", "envref", "secretref",
              "secretref", "docexample", "docexample", "idonly"]


def neg_cred(r, c, style):
    """Replace every credential slot of c with a non-secret value of the given style."""
    prov = c["prov"]
    n = dict(c)
    if style == "docexample":
        exs = DOC_EXAMPLES.get(prov)
        if not exs:
            style = "placeholder"
        else:
            ex = pick(r, exs)
            for f in CRED_FIELDS:
                if f in n:
                    n[f] = ex[f] if f in ex else filler(r, "placeholder", prov, f)
            return n, "docexample"
    if style == "idonly":
        if prov in ("coinbase", "coinbase_ed", "deribit") and "key" in n:
            for f in CRED_FIELDS:
                if f in n and f != "key":
                    n[f] = filler(r, "envref", prov, f)
            return n, "idonly"
        style = "envref"
    form = r.randrange(64)
    for f in CRED_FIELDS:
        if f in n:
            n[f] = filler(r, style, prov, f, form)
    return n, style


def fix_env(text, lang):
    """Turn sentinel env references into the file type's own way of reading the environment."""
    def expr(name):
        return {
            "py": 'os.environ["%s"]' % name,
            "js": "process.env.%s" % name,
            "ts": "process.env.%s!" % name,
            "go": 'os.Getenv("%s")' % name,
            "rs": 'std::env::var("%s").unwrap()' % name,
            "tf": "var.%s" % name.lower(),
        }.get(lang)

    def q_sub(m):
        name = m.group(2)
        e = expr(name)
        if e is None:
            return m.group(1) + "${" + name + "}" + m.group(1)
        return e

    text = re.sub(r"([\"'`])@@ENV:([A-Z0-9_]+)@@\1", q_sub, text)
    text = re.sub(r"@@ENV:([A-Z0-9_]+)@@", lambda m: "${%s}" % m.group(1), text)
    if lang == "py" and "os.environ[" in text and not re.search(r"^import os$", text, re.M):
        m = re.search(r"^(import |from )", text, re.M)
        at = m.start() if m else 0
        text = text[:at] + "import os\n" + text[at:]
    if lang == "go" and "os.Getenv(" in text and '"os"' not in text:
        if "import (\n" in text:
            text = text.replace("import (\n", 'import (\n\t"os"\n', 1)
        else:
            m = re.search(r"^import (.+)$", text, re.M)
            if m:
                text = text[:m.start()] + 'import (\n\t"os"\n\t' + m.group(1) + "\n)" + text[m.end():]
            else:
                text = re.sub(r"^(package \w+\n)", '\\1\nimport "os"\n', text, count=1, flags=re.M)
    return text


def esc_nl(s):
    return s.replace("\n", "\\n")


def notebook(cells):
    out = []
    n = 1
    for kind, src in cells:
        lines = src.split("\n")
        srcl = [l + "\n" for l in lines[:-1]] + ([lines[-1]] if lines[-1] else [])
        if kind == "md":
            out.append({"cell_type": "markdown", "metadata": {}, "source": srcl})
        else:
            out.append({"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [], "source": srcl})
            n += 1
    nb = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python",
                                                    "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


TEMPLATES = []


def T(provs, needle, lang, naming="conv"):
    """Register a positive template.  needle: field of the credential that is the needle."""
    def deco(f):
        TEMPLATES.append(dict(f=f, provs=provs, needle=needle, lang=lang, name=f.__name__, naming=naming))
        return f
    return deco


EXCH = ["binance", "binanceus", "kraken", "bybit", "okx", "kucoin", "bitget", "gate", "gemini", "bitfinex", "deribit"]
EXCH_PW = ["okx", "kucoin", "bitget"]
CCXT_ID = {"binance": "binance", "binanceus": "binanceus", "kraken": "kraken", "bybit": "bybit", "okx": "okx",
           "kucoin": "kucoin", "bitget": "bitget", "gate": "gate", "gemini": "gemini", "bitfinex": "bitfinex",
           "deribit": "deribit", "alpaca": "alpaca"}
QUOTE = {"kraken": "USD", "gemini": "USD", "binanceus": "USD", "bitfinex": "USD", "deribit": "USDC"}


def quote_of(prov):
    return QUOTE.get(prov, "USDT")


def envpath(r, st, choices_other):
    """Choose an .env file name for a positive, at most 1 positive in 20 (<= 24 of 500)."""
    if st["envfiles"] < 24 and r.random() < 0.6:
        st["envfiles"] += 1
        return pick(r, [".env", ".env", ".env.local", ".env.production", "bot/.env"])
    return pick(r, choices_other)


# ---------------------------------------------------------------- literal helpers
def q(v):
    return json.dumps(v)


def sq(v):
    return "'" + v.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'"


def yv(r, v):
    if re.match(r"^[A-Za-z0-9][A-Za-z0-9._/+=-]*$", v) and not re.match(r"^(true|false|yes|no|null|on|off|[0-9.]+)$", v, re.I) and r.random() < 0.6:
        return v
    return json.dumps(v)


def pyml(v):
    return '"""' + v + '"""' if "\n" in v else q(v)


def tsml(v):
    return "`" + v + "`" if "\n" in v else q(v)


def goml(v):
    return "`" + v + "`" if "\n" in v else q(v)


def pw_of(c):
    return c.get("pw")


FT_EX = ["binance", "binanceus", "kraken", "bybit", "okx", "kucoin", "bitget", "gate"]


# ================================================================ generic exchange templates
@T(FT_EX, "secret", "json")
def t_freqtrade_config(r, c, st):
    prov = c["prov"]
    pw = ('\n        "password": %s,' % q(c["pw"])) if "pw" in c else ""
    text = F('''
        {
            "$schema": "https://schema.freqtrade.io/schema.json",
            "max_open_trades": «mot»,
            "stake_currency": "«qc»",
            "stake_amount": «stake»,
            "tradable_balance_ratio": 0.99,
            "fiat_display_currency": "USD",
            "timeframe": "«tf»",
            "dry_run": false,
            "cancel_open_orders_on_exit": false,
            "unfilledtimeout": {"entry": 10, "exit": 10, "exit_timeout_count": 0, "unit": "minutes"},
            "entry_pricing": {"price_side": "same", "use_order_book": true, "order_book_top": 1},
            "exit_pricing": {"price_side": "same", "use_order_book": true, "order_book_top": 1},
            "exchange": {
                "name": "«ex»",
                "key": «key»,
                "secret": «secret»,«pw»
                "ccxt_config": {},
                "ccxt_async_config": {},
                "pair_whitelist": [
                    «pairs»
                ],
                "pair_blacklist": ["BNB/.*"]
            },
            "pairlists": [{"method": "StaticPairList"}],
            "telegram": {"enabled": false, "token": "", "chat_id": ""},
            "bot_name": "«bot»",
            "initial_state": "running",
            "internals": {"process_throttle_secs": 5}
        }
        ''', mot=r.randint(2, 8), qc=quote_of(prov), stake=pick(r, ['"unlimited"', "100", "250", "0.05"]),
             tf=pick(r, TIMEFRAMES), ex=CCXT_ID[prov], key=q(c["key"]), secret=q(c["secret"]), pw=pw,
             pairs=jlist(pairs(r, r.randint(3, 7), quote_of(prov)), 16), bot=pick(r, ["ft-main", "freqtrade", "swing-bot", "nfi-live"]))
    path = pick(r, ["user_data/config.json", "config.json", "configs/config_live.json", "user_data/config-%s.json" % prov])
    return path, text


@T(EXCH, "secret", "py", "neutral")
def t_ccxt_python(r, c, st):
    prov = c["prov"]
    pw = ("\n    'password': %s," % sq(c["pw"])) if "pw" in c else ""
    sym = pairs(r, 1, quote_of(prov))[0]
    text = F('''
        """Rebalance the spot portfolio towards target weights."""
        import math
        import ccxt

        TARGETS = {«targets»}

        exchange = ccxt.«ex»({
            'apiKey': «key»,
            'secret': «secret»,«pw»
            'enableRateLimit': True,
            'options': {'defaultType': 'spot'},
        })


        def current_weights():
            balance = exchange.fetch_balance()
            total = balance['total']
            prices = {a: exchange.fetch_ticker(f"{a}/«qc»")['last'] for a in TARGETS if a != '«qc»'}
            values = {a: total.get(a, 0) * prices.get(a, 1) for a in TARGETS}
            nav = sum(values.values())
            return {a: v / nav for a, v in values.items()}, nav


        if __name__ == '__main__':
            weights, nav = current_weights()
            for asset, target in TARGETS.items():
                drift = weights.get(asset, 0) - target
                if abs(drift) > 0.02:
                    print(f"{asset}: drift {drift:+.2%} of {nav:,.0f}")
            print(exchange.fetch_open_orders('«sym»'))
        ''', targets=", ".join("'%s': %.2f" % (b, w) for b, w in zip(["BTC", "ETH", quote_of(prov)], [0.5, 0.3, 0.2])),
             ex=CCXT_ID[prov], key=sq(c["key"]), secret=sq(c["secret"]), pw=pw, qc=quote_of(prov), sym=sym)
    return pick(r, ["scripts/rebalance.py", "bot/rebalance.py", "tools/portfolio_rebalance.py"]), text


@T(EXCH, "secret", "js", "neutral")
def t_ccxt_js(r, c, st):
    prov = c["prov"]
    pw = ("\n  password: %s," % sq(c["pw"])) if "pw" in c else ""
    text = F('''
        'use strict';
        const ccxt = require('ccxt');

        const exchange = new ccxt.«ex»({
          apiKey: «key»,
          secret: «secret»,«pw»
          enableRateLimit: true,
        });

        const SYMBOLS = [«syms»];

        async function snapshot() {
          await exchange.loadMarkets();
          for (const symbol of SYMBOLS) {
            const book = await exchange.fetchOrderBook(symbol, 5);
            const spread = (book.asks[0][0] - book.bids[0][0]) / book.bids[0][0];
            console.log(symbol, 'spread', (spread * 100).toFixed(3), '%');
          }
          const balance = await exchange.fetchBalance();
          console.log('free «qc»', balance.free['«qc»']);
        }

        snapshot().catch((err) => {
          console.error(err);
          process.exit(1);
        });
        ''', ex=CCXT_ID[prov], key=sq(c["key"]), secret=sq(c["secret"]), pw=pw,
             syms=", ".join(sq(p) for p in pairs(r, 3, quote_of(prov))), qc=quote_of(prov))
    return pick(r, ["src/snapshot.js", "scripts/spread-monitor.js", "index.js"]), text


@T(EXCH, "secret", "ts", "neutral")
def t_ccxt_ts(r, c, st):
    prov = c["prov"]
    pw = ("\n  password: %s," % q(c["pw"])) if "pw" in c else ""
    text = F('''
        import ccxt, { Exchange } from 'ccxt';
        import { logger } from './logger';

        const credentials = {
          apiKey: «key»,
          secret: «secret»,«pw»
        };

        export function createExchange(): Exchange {
          const ex = new ccxt.pro.«ex»({ ...credentials, enableRateLimit: true });
          ex.options['adjustForTimeDifference'] = true;
          return ex;
        }

        export async function streamTrades(symbol = '«sym»'): Promise<void> {
          const ex = createExchange();
          while (true) {
            const trades = await ex.watchMyTrades(symbol);
            for (const t of trades) {
              logger.info({ id: t.id, side: t.side, price: t.price, amount: t.amount }, 'fill');
            }
          }
        }
        ''', ex=CCXT_ID[prov], key=q(c["key"]), secret=q(c["secret"]), pw=pw, sym=pairs(r, 1, quote_of(prov))[0])
    return pick(r, ["src/exchange.ts", "src/lib/exchange.ts", "packages/bot/src/exchange.ts"]), text


HB_NAME = {"binance": "binance", "binanceus": "binance_us", "kraken": "kraken", "bybit": "bybit", "okx": "okx",
           "kucoin": "kucoin", "bitget": "bitget", "gate": "gate_io", "gemini": "gemini", "bitfinex": "bitfinex"}


@T(list(HB_NAME), "secret", "yaml")
def t_hummingbot_connector(r, c, st):
    hb = HB_NAME[c["prov"]]
    lines = ["#####################################", "###   %s connector keys   ###" % hb, "#####################################", "",
             "connector: %s" % hb, "", "%s_api_key: %s" % (hb, yv(r, c["key"])),
             "%s_%s: %s" % (hb, pick(r, ["secret_key", "api_secret"]), yv(r, c["secret"]))]
    if "pw" in c:
        lines.append("%s_passphrase: %s" % (hb, yv(r, c["pw"])))
    lines += ["", "# Created by Hummingbot client", "receive_connector_configuration: true", ""]
    return "conf/connectors/%s.yml" % hb, "\n".join(lines)


@T(["binance", "kraken", "bybit", "okx", "kucoin", "bitget", "gate", "bitfinex"], "secret", "json")
def t_octobot_config(r, c, st):
    ex = CCXT_ID[c["prov"]]
    text = F('''
        {
          "profile": "«profile»",
          "exchanges": {
            "«ex»": {
              "api-key": «key»,
              "api-secret": «secret»,
              "api-password": «pw»,
              "enabled": true,
              "exchange-type": "«et»",
              "sandboxed": false
            }
          },
          "trading": {
            "reference-market": "«qc»",
            "risk": «risk»
          },
          "trader": {"enabled": true, "load-trade-history": true},
          "trader-simulator": {"enabled": false, "starting-portfolio": {"«qc»": 1000}},
          "services": {},
          "notification": {"global-info": true, "price-alerts": false, "trades": true}
        }
        ''', profile=uuid4(r), ex=ex, key=q(c["key"]), secret=q(c["secret"]), pw=q(c.get("pw", "")),
             et=pick(r, ["spot", "future"]), qc=quote_of(c["prov"]), risk=pick(r, ["0.5", "0.8", "1"]))
    return pick(r, ["user/config.json", "octobot/user/config.json"]), text


@T(["binance", "bybit", "gate", "okx", "kucoin", "bitget"], "secret", "env")
def t_jesse_env(r, c, st):
    ex = {"binance": "BINANCE_PERPETUAL_FUTURES", "bybit": "BYBIT_USDT_PERPETUAL", "gate": "GATE_USDT_PERPETUAL",
          "okx": "OKX_PERPETUAL", "kucoin": "KUCOIN_FUTURES", "bitget": "BITGET_USDT_PERPETUAL"}[c["prov"]]
    extra = ("%s_API_PASSPHRASE=%s\n" % (ex, c["pw"])) if "pw" in c else ""
    text = F('''
        # Jesse live-trade settings
        APP_PORT=9000
        POSTGRES_HOST=127.0.0.1
        POSTGRES_NAME=jesse_db
        POSTGRES_PORT=5432
        POSTGRES_USERNAME=jesse_user
        REDIS_HOST=localhost
        REDIS_PORT=6379

        # Exchange API keys (live)
        «ex»_API_KEY=«key»
        «ex»_API_SECRET=«secret»
        «extra»
        LICENSE_API_TOKEN=
        ''', ex=ex, key=c["key"], secret=c["secret"], extra=extra)
    return envpath(r, st, ["jesse.env", "config/live.env", "deploy/jesse.env"]), text


@T(FT_EX, "secret", "yaml")
def t_compose_freqtrade_env(r, c, st):
    pwl = ("\n      FREQTRADE__EXCHANGE__PASSWORD: %s" % q(c["pw"])) if "pw" in c else ""
    text = F('''
        ---
        services:
          freqtrade:
            image: freqtradeorg/freqtrade:«tag»
            restart: unless-stopped
            container_name: freqtrade
            volumes:
              - "./user_data:/freqtrade/user_data"
            ports:
              - "127.0.0.1:8080:8080"
            environment:
              FREQTRADE__EXCHANGE__NAME: «ex»
              FREQTRADE__EXCHANGE__KEY: «key»
              FREQTRADE__EXCHANGE__SECRET: «secret»«pwl»
              FREQTRADE__DRY_RUN: "false"
            command: >
              trade
              --logfile /freqtrade/user_data/logs/freqtrade.log
              --db-url sqlite:////freqtrade/user_data/tradesv3.sqlite
              --config /freqtrade/user_data/config.json
              --strategy «strat»
        ''', tag=pick(r, ["stable", "develop", "2024.9", "2024.11"]), ex=CCXT_ID[c["prov"]], key=q(c["key"]),
             secret=q(c["secret"]), pwl=pwl, strat=pick(r, STRATS))
    return pick(r, ["docker-compose.yml", "docker/docker-compose.yml", "compose.yaml"]), text


@T(EXCH, "secret", "dockerfile")
def t_dockerfile_env(r, c, st):
    e_key, e_sec, e_pw = envname(c["prov"], "key"), envname(c["prov"], "secret"), envname(c["prov"], "pw")
    pw = ("\nENV %s=%s" % (e_pw, q(c["pw"]))) if "pw" in c else ""
    text = F('''
        FROM python:«py»-slim AS runtime

        WORKDIR /app
        RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl \\
            && rm -rf /var/lib/apt/lists/*

        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt

        COPY bot/ ./bot/
        ENV PYTHONUNBUFFERED=1 \\
            BOT_EXCHANGE=«ex» \\
            BOT_SYMBOLS=«syms»
        ENV «ek»=«key»
        ENV «es»=«secret»«pw»

        USER 1000
        CMD ["python", "-m", "bot.main"]
        ''', py=pick(r, ["3.11", "3.12", "3.10"]), ex=CCXT_ID[c["prov"]],
             syms=",".join(pairs(r, 3, quote_of(c["prov"]), "")), ek=e_key, es=e_sec, key=c["key"],
             secret=c["secret"], pw=pw)
    return pick(r, ["Dockerfile", "docker/bot.Dockerfile", "Dockerfile.live"]), text


@T(EXCH, "secret", "yaml")
def t_github_workflow(r, c, st):
    e_key, e_sec, e_pw = envname(c["prov"], "key"), envname(c["prov"], "secret"), envname(c["prov"], "pw")
    pw = ("\n      %s: %s" % (e_pw, q(c["pw"]))) if "pw" in c else ""
    text = F('''
        name: nightly-paper-run

        on:
          schedule:
            - cron: "«cron»"
          workflow_dispatch:

        jobs:
          run:
            runs-on: ubuntu-latest
            env:
              EXCHANGE: «ex»
              «ek»: «key»
              «es»: «secret»«pw»
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.11"
              - run: pip install -r requirements.txt
              - run: python -m bot.report --days 1 --out report.html
              - uses: actions/upload-artifact@v4
                with:
                  name: daily-report
                  path: report.html
        ''', cron="%d %d * * *" % (r.randint(0, 59), r.randint(0, 23)), ex=CCXT_ID[c["prov"]], ek=e_key, es=e_sec,
             key=q(c["key"]), secret=q(c["secret"]), pw=pw)
    return pick(r, [".github/workflows/nightly.yml", ".github/workflows/report.yml", ".github/workflows/deploy.yml"]), text


@T(EXCH, "secret", "yaml", "neutral")
def t_k8s_secret(r, c, st):
    name = pick(r, ["exchange-credentials", "bot-keys", "%s-api" % c["prov"]])
    pw = ("\n  passphrase: %s" % q(c["pw"])) if "pw" in c else ""
    text = F('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: «name»
          namespace: «ns»
          labels:
            app.kubernetes.io/name: trading-bot
            app.kubernetes.io/component: executor
        type: Opaque
        stringData:
          exchange: «ex»
          access-key: «key»
          access-secret: «secret»«pw»
        ''', name=name, ns=pick(r, ["trading", "bots", "prod"]), ex=CCXT_ID[c["prov"]], key=q(c["key"]),
             secret=q(c["secret"]), pw=pw)
    return pick(r, ["k8s/secret.yaml", "deploy/k8s/exchange-secret.yaml", "manifests/bot-secret.yaml"]), text


@T(EXCH, "secret", "yaml")
def t_helm_values(r, c, st):
    pw = ("\n    passphrase: %s" % yv(r, c["pw"])) if "pw" in c else ""
    text = F('''
        replicaCount: 1

        image:
          repository: ghcr.io/«org»/trading-bot
          tag: "«tag»"
          pullPolicy: IfNotPresent

        bot:
          strategy: «strat»
          timeframe: «tf»
          dryRun: false
          exchange:
            name: «ex»
            apiKey: «key»
            apiSecret: «secret»«pw»
          pairs:
        «pairs»

        resources:
          limits:
            cpu: 500m
            memory: 512Mi

        nodeSelector: {}
        tolerations: []
        ''', org=pick(r, ["quantlab", "acme-trading", "deltadesk"]), tag="v%d.%d.%d" % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9)),
             strat=pick(r, STRATS), tf=pick(r, TIMEFRAMES), ex=CCXT_ID[c["prov"]], key=yv(r, c["key"]),
             secret=yv(r, c["secret"]), pw=pw, pairs="\n".join("    - " + p for p in pairs(r, 4, quote_of(c["prov"]))))
    return pick(r, ["deploy/values.yaml", "charts/trading-bot/values-prod.yaml", "helm/values.yaml"]), text


@T(EXCH, "secret", "tf", "neutral")
def t_terraform_secret(r, c, st):
    pw = ("\n    passphrase = %s" % q(c["pw"])) if "pw" in c else ""
    text = F('''
        resource "aws_secretsmanager_secret" "exchange" {
          name        = "trading/«ex»/api"
          description = "Exchange API credentials for the execution service"
          tags = {
            team = "quant"
            env  = "prod"
          }
        }

        resource "aws_secretsmanager_secret_version" "exchange" {
          secret_id = aws_secretsmanager_secret.exchange.id
          secret_string = jsonencode({
            key        = «key»
            secret     = «secret»«pw»
          })
        }

        output "exchange_secret_arn" {
          value = aws_secretsmanager_secret.exchange.arn
        }
        ''', ex=CCXT_ID[c["prov"]], key=q(c["key"]), secret=q(c["secret"]), pw=pw)
    return pick(r, ["infra/secrets.tf", "terraform/exchange.tf", "infra/modules/bot/secrets.tf"]), text


@T(EXCH, "secret", "toml")
def t_toml_config(r, c, st):
    pw = ("\npassphrase = %s" % q(c["pw"])) if "pw" in c else ""
    text = F('''
        # market-maker settings
        [general]
        log_level = "info"
        heartbeat_secs = 30
        state_dir = "./state"

        [exchange]
        name = "«ex»"
        api_key = «key»
        api_secret = «secret»«pw»
        recv_window_ms = 5000

        [strategy]
        symbol = "«sym»"
        spread_bps = «bps»
        order_levels = «lv»
        max_inventory = «inv»
        ''', ex=CCXT_ID[c["prov"]], key=q(c["key"]), secret=q(c["secret"]), pw=pw,
             sym=pairs(r, 1, quote_of(c["prov"]), "")[0], bps=r.randint(4, 40), lv=r.randint(2, 6), inv=r.randint(1, 20))
    return pick(r, ["config.toml", "config/mm.toml", "settings/live.toml"]), text


@T(EXCH, "secret", "ini")
def t_ini_config(r, c, st):
    pw = ("\npassphrase = %s" % c["pw"]) if "pw" in c else ""
    text = F('''
        ; bot.ini - grid bot settings
        [general]
        loglevel = INFO
        timezone = UTC

        [«ex»]
        key = «key»
        secret = «secret»«pw»

        [grid]
        symbol = «sym»
        lower = «lo»
        upper = «hi»
        levels = «lv»
        ''', ex=CCXT_ID[c["prov"]], key=c["key"], secret=c["secret"], pw=pw, sym=pairs(r, 1, quote_of(c["prov"]))[0],
             lo=r.randint(50000, 58000), hi=r.randint(62000, 72000), lv=r.randint(10, 60))
    return pick(r, ["bot.ini", "config/grid.ini", "settings.ini"]), text


@T(EXCH, "secret", "service")
def t_systemd_unit(r, c, st):
    e_key, e_sec, e_pw = envname(c["prov"], "key"), envname(c["prov"], "secret"), envname(c["prov"], "pw")
    pw = ('\nEnvironment="%s=%s"' % (e_pw, c["pw"])) if "pw" in c else ""
    text = F('''
        [Unit]
        Description=«desc»
        After=network-online.target
        Wants=network-online.target

        [Service]
        Type=simple
        User=trader
        WorkingDirectory=/opt/tradebot
        Environment="PYTHONUNBUFFERED=1"
        Environment="«ek»=«key»"
        Environment="«es»=«secret»"«pw»
        ExecStart=/opt/tradebot/.venv/bin/python -m tradebot --config /opt/tradebot/config.yml
        Restart=on-failure
        RestartSec=10

        [Install]
        WantedBy=multi-user.target
        ''', desc=pick(r, ["Trading bot", "DCA bot", "Funding-rate arbitrage worker"]), ek=e_key, es=e_sec,
             key=c["key"], secret=c["secret"], pw=pw)
    return pick(r, ["deploy/tradebot.service", "systemd/tradebot.service", "ops/dca-bot.service"]), text


@T(EXCH, "secret", "sh")
def t_shell_export(r, c, st):
    e_key, e_sec, e_pw = envname(c["prov"], "key"), envname(c["prov"], "secret"), envname(c["prov"], "pw")
    pw = ("\nexport %s=%s" % (e_pw, sq(c["pw"]))) if "pw" in c else ""
    text = F('''
        #!/usr/bin/env bash
        # start the live bot inside tmux
        set -euo pipefail
        cd "$(dirname "$0")/.."

        export «ek»=«key»
        export «es»=«secret»«pw»
        export BOT_MODE=live

        source .venv/bin/activate
        tmux new-session -d -s bot "python -m bot --exchange «ex» --symbols «syms» 2>&1 | tee -a logs/bot.log"
        echo "bot started"
        ''', ek=e_key, es=e_sec, key=sq(c["key"]), secret=sq(c["secret"]), pw=pw, ex=CCXT_ID[c["prov"]],
             syms=",".join(pairs(r, 2, quote_of(c["prov"]))))
    return pick(r, ["scripts/start.sh", "run_live.sh", "bin/start-bot.sh"]), text


@T(EXCH, "secret", "sh", "neutral")
def t_cli_args(r, c, st):
    pw = (" \\\n  --passphrase %s" % sq(c["pw"])) if "pw" in c else ""
    text = F('''
        #!/bin/sh
        # backfill fills for the tax report
        python tools/export_fills.py \\
          --exchange «ex» \\
          --since «since» \\
          --out data/fills.csv \\
          «key» \\
          «secret»«pw»
        ''', ex=CCXT_ID[c["prov"]], since="2024-%02d-01" % r.randint(1, 12), key=sq(c["key"]), secret=sq(c["secret"]), pw=pw)
    return pick(r, ["scripts/export_fills.sh", "tax/backfill.sh"]), text


@T(EXCH, "secret", "ipynb")
def t_notebook_ccxt(r, c, st):
    prov = c["prov"]
    pw = (", 'password': %s" % sq(c["pw"])) if "pw" in c else ""
    sym = pairs(r, 1, quote_of(prov))[0]
    src = F('''
        import ccxt
        import pandas as pd

        ex = ccxt.«ex»({'apiKey': «key», 'secret': «secret»«pw»})
        trades = ex.fetch_my_trades('«sym»', limit=500)
        df = pd.DataFrame(trades)[['datetime', 'side', 'price', 'amount', 'cost']]
        df.tail()''', ex=CCXT_ID[prov], key=sq(c["key"]), secret=sq(c["secret"]), pw=pw, sym=sym)
    src = fix_env(src, "py")
    cells = [("md", "# PnL review %s\nPulls my fills and computes realised PnL per week." % sym), ("code", src),
             ("code", "df['datetime'] = pd.to_datetime(df['datetime'])\nweekly = df.set_index('datetime').resample('W')['cost'].sum()\nweekly.plot(kind='bar', figsize=(10, 4))")]
    return pick(r, ["notebooks/pnl_review.ipynb", "research/fills.ipynb", "analysis/%s_trades.ipynb" % prov]), notebook(cells)


@T(EXCH, "secret", "md")
def t_markdown_notes(r, c, st):
    pw = ("\n    passphrase: %s" % c["pw"]) if "pw" in c else ""
    text = F('''
        # Deployment notes

        The bot runs on the small VPS (`«host»`) under the `trader` user.
        Restart with `sudo systemctl restart tradebot`.

        ## Exchange account

        Sub-account «sub» on «Ex», trade permission only, withdrawals disabled, IP allow-list set
        to the VPS address.

        ```yaml
        exchange:
          name: «ex»
          key: «key»
          secret: «secret»«pw»
        ```

        ## Checklist

        - [x] IP allow-list
        - [x] withdrawals disabled
        - [ ] move keys into the secret store
        ''', host="%d.%d.%d.%d" % (r.randint(5, 220), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
             sub=pick(r, ["grid-01", "mm-sub", "bot-main"]), Ex=c["prov"].capitalize(), ex=CCXT_ID[c["prov"]],
             key=c["key"], secret=c["secret"], pw=pw)
    return pick(r, ["docs/deploy.md", "NOTES.md", "docs/setup.md"]), text


@T(EXCH, "secret", "csv", "neutral")
def t_csv_accounts(r, c, st):
    rows = ["label,exchange,sub_account,api_key,api_secret,passphrase,enabled"]
    n = r.randint(2, 4)
    real = r.randrange(n)
    for i in range(n):
        lab = pick(r, ["grid", "dca", "mm", "arb", "hedge"]) + "-%02d" % (i + 1)
        if i == real:
            rows.append("%s,%s,%s,%s,%s,%s,true" % (lab, CCXT_ID[c["prov"]], "sub%d" % (i + 1), c["key"], c["secret"], c.get("pw", "")))
        else:
            rows.append("%s,%s,%s,vault:trading/%s,vault:trading/%s,,false" % (lab, pick(r, EXCH), "sub%d" % (i + 1), lab, lab))
    return pick(r, ["config/accounts.csv", "data/accounts.csv"]), "\n".join(rows) + "\n"


@T(EXCH, "secret", "go")
def t_go_struct(r, c, st):
    pw = ("\n\t\tPassphrase: %s," % q(c["pw"])) if "pw" in c else ""
    text = F('''
        package config

        import "time"

        type Exchange struct {
        	Name       string
        	APIKey     string
        	APISecret  string
        	Passphrase string
        	Timeout    time.Duration
        }

        // Default returns the production exchange settings.
        func Default() Exchange {
        	return Exchange{
        		Name:      "«ex»",
        		APIKey:    «key»,
        		APISecret: «secret»,«pw»
        		Timeout:   «to» * time.Second,
        	}
        }
        ''', ex=CCXT_ID[c["prov"]], key=q(c["key"]), secret=q(c["secret"]), pw=pw, to=r.randint(5, 30))
    return pick(r, ["internal/config/exchange.go", "pkg/config/default.go"]), text


@T(EXCH, "secret", "rs", "neutral")
def t_rust_new(r, c, st):
    pw = (", %s.to_string()" % q(c["pw"])) if "pw" in c else ""
    text = F('''
        use anyhow::Result;
        use tracing::info;

        mod client;
        use client::{Client, Credentials};

        #[tokio::main]
        async fn main() -> Result<()> {
            tracing_subscriber::fmt::init();
            let creds = Credentials::new(
                «key».to_string(),
                «secret».to_string()«pw»
            );
            let client = Client::new("«ex»", creds)?;
            let balances = client.balances().await?;
            for b in balances.iter().filter(|b| b.total > 0.0) {
                info!(asset = %b.asset, total = b.total, "balance");
            }
            Ok(())
        }
        ''', key=q(c["key"]), secret=q(c["secret"]), pw=pw, ex=CCXT_ID[c["prov"]])
    return pick(r, ["src/main.rs", "crates/executor/src/main.rs"]), text


@T(EXCH, "secret", "py", "neutral")
def t_py_tuple_accounts(r, c, st):
    pw = (", %s" % q(c["pw"])) if "pw" in c else ""
    text = F('''
        # accounts used by the arbitrage scanner
        from dataclasses import dataclass


        @dataclass(frozen=True)
        class Account:
            venue: str
            creds: tuple
            max_notional: float


        ACCOUNTS = [
            Account("«ex»", («key», «secret»«pw»), «mn»),
        ]

        PAIRS = «pairs»
        MIN_EDGE_BPS = «edge»
        ''', ex=CCXT_ID[c["prov"]], key=q(c["key"]), secret=q(c["secret"]), pw=pw, mn=r.choice([2500.0, 5000.0, 10000.0]),
             pairs=json.dumps(pairs(r, 4, quote_of(c["prov"]))), edge=r.randint(5, 25))
    return pick(r, ["arb/accounts.py", "scanner/settings.py"]), text


@T(EXCH, "secret", "properties")
def t_java_properties(r, c, st):
    pw = ("\nexchange.api.passphrase=%s" % c["pw"]) if "pw" in c else ""
    text = F('''
        # Spring Boot settings for the order router
        spring.application.name=order-router
        server.port=«port»
        management.endpoints.web.exposure.include=health,info,prometheus

        exchange.name=«ex»
        exchange.api.base-url=«url»
        exchange.api.key=«key»
        exchange.api.secret=«secret»«pw»
        exchange.api.recv-window=5000

        router.symbols=«syms»
        router.max-order-notional=«mn»
        ''', port=r.choice([8080, 8081, 9090]), ex=CCXT_ID[c["prov"]], url="https://api.%s.com" % CCXT_ID[c["prov"]],
             key=c["key"], secret=c["secret"], pw=pw, syms=",".join(pairs(r, 3, quote_of(c["prov"]), "")), mn=r.randint(1000, 20000))
    return pick(r, ["src/main/resources/application.properties", "config/application-prod.properties"]), text


@T(EXCH, "secret", "xml", "neutral")
def t_dotnet_appconfig(r, c, st):
    pw = ('\n    <add key="ExchangePassphrase" value=%s />' % q(c["pw"])) if "pw" in c else ""
    text = F('''
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <startup>
            <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
          </startup>
          <appSettings>
            <add key="Exchange" value="«ex»" />
            <add key="ExchangeKey" value=«key» />
            <add key="ExchangeSignKey" value=«secret» />«pw»
            <add key="Symbols" value="«syms»" />
            <add key="PollIntervalMs" value="«poll»" />
          </appSettings>
        </configuration>
        ''', ex=CCXT_ID[c["prov"]], key=q(c["key"]), secret=q(c["secret"]), pw=pw,
             syms=";".join(pairs(r, 3, quote_of(c["prov"]), "")), poll=r.choice([250, 500, 1000]))
    return pick(r, ["TradingDesk/App.config", "src/Bot/App.config"]), text


@T(EXCH, "secret", "json")
def t_node_config_json(r, c, st):
    cred = {"apiKey": c["key"], "secret": c["secret"]}
    if "pw" in c:
        cred["password"] = c["pw"]
    cfg = {"service": {"port": r.choice([3000, 3001, 8000]), "logLevel": "info"},
           "exchange": {"id": CCXT_ID[c["prov"]], "credentials": cred, "rateLimit": r.choice([50, 100, 200])},
           "strategy": {"name": pick(r, STRATS), "symbols": pairs(r, 3, quote_of(c["prov"])), "riskPerTrade": 0.01}}
    return pick(r, ["config/production.json", "config/default.json"]), json.dumps(cfg, indent=2) + "\n"


@T(EXCH, "secret", "log", "neutral")
def t_debug_log(r, c, st):
    lines = []
    t0 = ts_ms(r)
    lines.append("%s INFO  bot.main: starting bot v%d.%d.%d pid=%d" % (iso(r), r.randint(0, 3), r.randint(0, 9), r.randint(0, 9), r.randint(1000, 60000)))
    lines.append("%s INFO  bot.config: loaded config from /opt/bot/config.yml" % iso(r))
    cfg = {"exchange": CCXT_ID[c["prov"]], "apiKey": c["key"], "secret": c["secret"]}
    if "pw" in c:
        cfg["password"] = c["pw"]
    lines.append("%s DEBUG bot.exchange: init exchange with %s" % (iso(r), json.dumps(cfg)))
    for _ in range(r.randint(3, 7)):
        p = pairs(r, 1, quote_of(c["prov"]))[0]
        lines.append("%s INFO  bot.strategy: %s signal=%s rsi=%.1f" % (iso(r), p, pick(r, ["none", "long", "exit"]), r.uniform(20, 80)))
    lines.append("%s WARNING bot.exchange: rate limit hit, sleeping 1.5s" % iso(r))
    return pick(r, ["logs/bot.log", "logs/debug-%d.log" % (t0 // 86400000)]), "\n".join(lines) + "\n"


# ================================================================ provider-specific templates
@T(["binance", "binanceus"], "secret", "sh", "neutral")
def t_binance_curl(r, c, st):
    host = "api.binance.us" if c["prov"] == "binanceus" else "api.binance.com"
    sym = pairs(r, 1, quote_of(c["prov"]), "")[0]
    text = F('''
        #!/usr/bin/env bash
        # quick check of open orders without the SDK
        set -eu
        APIKEY=«key»
        TS=$(date +%s000)
        QUERY="symbol=«sym»&recvWindow=5000&timestamp=${TS}"
        SIG=$(echo -n "$QUERY" | openssl dgst -sha256 -hmac «secret» | awk '{print $2}')
        curl -s -H "X-MBX-APIKEY: ${APIKEY}" "https://«host»/api/v3/openOrders?${QUERY}&signature=${SIG}" | jq .
        ''', key=q(c["key"]), sym=sym, secret=q(c["secret"]), host=host)
    return pick(r, ["scripts/open_orders.sh", "tools/binance-open-orders.sh"]), text


@T(["binance", "binanceus"], "secret", "py")
def t_binance_connector(r, c, st):
    base = "https://api.binance.us" if c["prov"] == "binanceus" else "https://api.binance.com"
    text = F('''
        import logging

        from binance.spot import Spot
        from binance.lib.utils import config_logging

        config_logging(logging, logging.INFO)

        BINANCE_API_KEY = «key»
        BINANCE_API_SECRET = «secret»

        client = Spot(api_key=BINANCE_API_KEY, api_secret=BINANCE_API_SECRET, base_url="«base»")


        def dca_buy(symbol: str = "«sym»", quote_qty: float = «qq») -> dict:
            order = client.new_order(symbol=symbol, side="BUY", type="MARKET", quoteOrderQty=quote_qty)
            logging.info("filled %s %s", order["executedQty"], symbol)
            return order


        if __name__ == "__main__":
            dca_buy()
        ''', key=q(c["key"]), secret=q(c["secret"]), base=base, sym=pairs(r, 1, quote_of(c["prov"]), "")[0],
             qq=r.choice([10, 25, 50, 100]))
    return pick(r, ["dca/buy.py", "bot/dca.py", "weekly_dca.py"]), text


@T(["binance_ed"], "pem", "py")
def t_binance_ed25519_py(r, c, st):
    text = F('''
        """Binance WebSocket API session logon with an Ed25519 key."""
        from cryptography.hazmat.primitives.serialization import load_pem_private_key
        from binance.websocket.spot.websocket_api import SpotWebsocketAPIClient

        API_KEY = «key»
        PRIVATE_KEY = «pem»

        private_key = load_pem_private_key(PRIVATE_KEY.encode(), password=None)


        def on_message(_, message):
            print(message)


        client = SpotWebsocketAPIClient(api_key=API_KEY, private_key=private_key, on_message=on_message)
        client.account()
        ''', key=q(c["key"]), pem=pyml(c["pem"]))
    return pick(r, ["ws/session.py", "bot/ws_logon.py"]), text


@T(["binance_ed"], "pem", "pem", "neutral")
def t_binance_ed25519_pemfile(r, c, st):
    return pick(r, ["keys/binance-ed25519.pem", "secrets/trade_key.pem", "config/keys/private_key.pem"]), c["pem"]


@T(["binance", "binanceus"], "secret", "go", "neutral")
def t_binance_go(r, c, st):
    text = F('''
        package main

        import (
        	"context"
        	"fmt"
        	"log"

        	"github.com/adshao/go-binance/v2"
        )

        func main() {
        	client := binance.NewClient(«key», «secret»)
        	client.BaseURL = "«base»"
        	res, err := client.NewListOpenOrdersService().Symbol("«sym»").Do(context.Background())
        	if err != nil {
        		log.Fatal(err)
        	}
        	for _, o := range res {
        		fmt.Println(o.OrderID, o.Side, o.Price, o.OrigQuantity)
        	}
        }
        ''', key=q(c["key"]), secret=q(c["secret"]),
             base="https://api.binance.us" if c["prov"] == "binanceus" else "https://api.binance.com",
             sym=pairs(r, 1, quote_of(c["prov"]), "")[0])
    return pick(r, ["cmd/openorders/main.go", "main.go"]), text


@T(["binanceus", "binance"], "secret", "ts", "neutral")
def t_binance_ts_spot(r, c, st):
    base = "https://api.binance.us" if c["prov"] == "binanceus" else "https://api.binance.com"
    text = F('''
        import { Spot } from '@binance/connector';

        const client = new Spot(«key», «secret», { baseURL: '«base»' });

        export async function accountValue(): Promise<number> {
          const { data } = await client.account();
          const nonZero = data.balances.filter((b: any) => parseFloat(b.free) + parseFloat(b.locked) > 0);
          let total = 0;
          for (const b of nonZero) {
            if (b.asset === '«qc»') { total += parseFloat(b.free); continue; }
            const { data: px } = await client.tickerPrice(`${b.asset}«qc»`);
            total += (parseFloat(b.free) + parseFloat(b.locked)) * parseFloat(px.price);
          }
          return total;
        }
        ''', key=sq(c["key"]), secret=sq(c["secret"]), base=base, qc=quote_of(c["prov"]))
    return pick(r, ["src/account.ts", "src/services/binance.ts"]), text


@T(["kraken"], "secret", "py")
def t_kraken_krakenex(r, c, st):
    text = F('''
        import krakenex
        from pykrakenapi import KrakenAPI

        api = krakenex.API(key=«key», secret=«secret»)
        k = KrakenAPI(api, retry=0.5)

        balance = k.get_account_balance()
        print(balance)
        open_orders = k.get_open_orders()
        print(open_orders[["descr_order", "vol", "status"]])
        ''', key=q(c["key"]), secret=q(c["secret"]))
    return pick(r, ["kraken_balance.py", "scripts/kraken_orders.py"]), text


@T(["kraken"], "secret", "key", "neutral")
def t_kraken_keyfile(r, c, st):
    return pick(r, ["kraken.key", "keys/kraken.key"]), "%s\n%s\n" % (c["key"], c["secret"])


@T(["kraken"], "secret", "go", "neutral")
def t_kraken_go(r, c, st):
    text = F('''
        package kraken

        import krakenapi "github.com/beldur/kraken-go-api-client"

        var api = krakenapi.New(«key», «secret»)

        // Balance returns the spot balances for the main account.
        func Balance() (*krakenapi.BalanceResponse, error) {
        	return api.Balance()
        }
        ''', key=q(c["key"]), secret=q(c["secret"]))
    return pick(r, ["internal/kraken/client.go", "kraken/client.go"]), text


@T(["coinbase"], "pem", "json", "neutral")
def t_cdp_key_json(r, c, st):
    return pick(r, ["cdp_api_key.json", "secrets/coinbase_cloud_api_key.json", "config/cdp_api_key.json"]), \
        json.dumps({"name": c["key"], "privateKey": c["pem"]}, indent=2) + "\n"


@T(["coinbase"], "pem", "py")
def t_coinbase_restclient(r, c, st):
    text = F('''
        from coinbase.rest import RESTClient

        api_key = «key»
        api_secret = «pem»

        client = RESTClient(api_key=api_key, api_secret=api_secret)

        accounts = client.get_accounts()
        for acct in accounts["accounts"]:
            print(acct["currency"], acct["available_balance"]["value"])

        order = client.market_order_buy(client_order_id="", product_id="«prod»", quote_size="«qs»")
        print(order)
        ''', key=q(c["key"]), pem=q(c["pem"]), prod=pick(r, ["BTC-USD", "ETH-USD", "SOL-USD"]), qs=r.choice([5, 10, 20]))
    return pick(r, ["coinbase_dca.py", "bot/coinbase_client.py"]), text


@T(["coinbase"], "pem", "ts", "neutral")
def t_coinbase_ts_multiline(r, c, st):
    text = F('''
        import { sign } from 'jsonwebtoken';
        import crypto from 'crypto';

        const keyName = «key»;
        const keySecret = «pem»;

        export function buildJwt(method: string, path: string): string {
          const uri = `${method} api.coinbase.com${path}`;
          return sign(
            { iss: 'cdp', nbf: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + 120, sub: keyName, uri },
            keySecret,
            { algorithm: 'ES256', header: { kid: keyName, nonce: crypto.randomBytes(16).toString('hex') } as any },
          );
        }
        ''', key=q(c["key"]), pem=tsml(c["pem"]))
    return pick(r, ["src/coinbase/jwt.ts", "src/auth/cdp.ts"]), text


@T(["coinbase"], "pem", "env")
def t_coinbase_env(r, c, st):
    text = F('''
        # Coinbase Advanced Trade
        COINBASE_API_KEY_NAME="«key»"
        COINBASE_API_PRIVATE_KEY="«pem»"
        PRODUCT_IDS=BTC-USD,ETH-USD
        ''', key=c["key"], pem=esc_nl(c["pem"]))
    return envpath(r, st, ["coinbase.env", "config/coinbase.env"]), text


@T(["coinbase_ed"], "secret", "yaml")
def t_cdp_ed25519_yaml(r, c, st):
    text = F('''
        # agent wallet settings
        network: «net»
        cdp:
          api_key_id: «key»
          api_key_secret: «secret»
        wallet:
          export_on_exit: false
          data_file: wallet_data.json
        ''', net=pick(r, ["base-mainnet", "base-sepolia"]), key=c["key"], secret=q(c["secret"]))
    return pick(r, ["config/agent.yaml", "agent/config.yml"]), text


@T(["coinbase"], "pem", "go")
def t_coinbase_go_raw(r, c, st):
    text = F('''
        package coinbase

        const (
        	keyName   = «key»
        	keySecret = «pem»
        )

        // Credentials returns the CDP key used by the advanced-trade client.
        func Credentials() (string, string) {
        	return keyName, keySecret
        }
        ''', key=q(c["key"]), pem=goml(c["pem"]))
    return pick(r, ["internal/coinbase/creds.go", "pkg/cb/keys.go"]), text


@T(["bybit"], "secret", "py")
def t_bybit_pybit(r, c, st):
    text = F('''
        from pybit.unified_trading import HTTP

        session = HTTP(
            testnet=False,
            api_key=«key»,
            api_secret=«secret»,
        )

        positions = session.get_positions(category="linear", settleCoin="USDT")
        for p in positions["result"]["list"]:
            print(p["symbol"], p["side"], p["size"], p["unrealisedPnl"])
        ''', key=q(c["key"]), secret=q(c["secret"]))
    return pick(r, ["bybit_positions.py", "scripts/bybit/positions.py"]), text


@T(["bybit"], "secret", "js", "neutral")
def t_bybit_js(r, c, st):
    text = F('''
        const { RestClientV5 } = require('bybit-api');

        const client = new RestClientV5({
          key: «key»,
          secret: «secret»,
          testnet: false,
        });

        async function main() {
          const res = await client.getWalletBalance({ accountType: 'UNIFIED' });
          console.log(JSON.stringify(res.result.list[0].coin, null, 2));
        }

        main();
        ''', key=sq(c["key"]), secret=sq(c["secret"]))
    return pick(r, ["bybit/balance.js", "src/bybit.js"]), text


@T(["okx"], "secret", "py", "neutral")
def t_okx_positional(r, c, st):
    text = F('''
        import okx.Account as Account
        import okx.Trade as Trade

        flag = "0"  # live trading: 0, demo trading: 1

        accountAPI = Account.AccountAPI(«key», «secret», «pw», False, flag)
        tradeAPI = Trade.TradeAPI(«key», «secret», «pw», False, flag)

        print(accountAPI.get_account_balance())
        print(tradeAPI.get_order_list(instType="SWAP"))
        ''', key=q(c["key"]), secret=q(c["secret"]), pw=q(c["pw"]))
    return pick(r, ["okx_orders.py", "scripts/okx/orders.py"]), text


@T(["okx", "kucoin", "bitget"], "pw", "ts", "neutral")
def t_passphrase_only_ts(r, c, st):
    e_key, e_sec = envname(c["prov"], "key"), envname(c["prov"], "secret")
    text = F('''
        // credentials for the «ex» client; key and secret are injected by the runner
        export const «ex»Config = {
          apiKey: process.env.«ek» ?? '',
          apiSecret: process.env.«es» ?? '',
          apiPass: «pw»,
          demoTrading: false,
        };
        ''', ex=c["prov"], ek=e_key, es=e_sec, pw=sq(c["pw"]))
    return pick(r, ["src/config/%s.ts" % c["prov"], "src/exchanges/%s.config.ts" % c["prov"]]), text


@T(["kucoin"], "secret", "go", "neutral")
def t_kucoin_go(r, c, st):
    text = F('''
        package main

        import (
        	"log"

        	"github.com/Kucoin/kucoin-go-sdk"
        )

        func main() {
        	s := kucoin.NewApiService(
        		kucoin.ApiKeyOption(«key»),
        		kucoin.ApiSecretOption(«secret»),
        		kucoin.ApiPassPhraseOption(«pw»),
        		kucoin.ApiKeyVersionOption(kucoin.ApiKeyVersionV2),
        	)
        	rsp, err := s.Accounts("", "trade")
        	if err != nil {
        		log.Fatal(err)
        	}
        	log.Println(rsp.Code)
        }
        ''', key=q(c["key"]), secret=q(c["secret"]), pw=q(c["pw"]))
    return pick(r, ["cmd/kucoin/main.go", "kucoin/main.go"]), text


@T(["kucoin"], "secret", "py", "neutral")
def t_kucoin_py(r, c, st):
    text = F('''
        from kucoin.client import Client

        client = Client(«key», «secret», «pw»)
        orders = client.get_orders(symbol="«sym»", status="active")
        for o in orders["items"]:
            print(o["id"], o["side"], o["price"], o["size"])
        ''', key=q(c["key"]), secret=q(c["secret"]), pw=q(c["pw"]), sym=pairs(r, 1, "USDT", "-")[0])
    return pick(r, ["kucoin_orders.py", "bots/kucoin/list_orders.py"]), text


@T(["bitget"], "secret", "py")
def t_bitget_py(r, c, st):
    text = F('''
        import bitget.v2.mix.order_api as maxOrderApi
        from bitget.exceptions import BitgetAPIException

        apiKey = «key»
        secretKey = «secret»
        passphrase = «pw»

        if __name__ == "__main__":
            api = maxOrderApi.OrderApi(apiKey, secretKey, passphrase)
            try:
                params = {"symbol": "«sym»", "productType": "USDT-FUTURES"}
                print(api.ordersPending(params))
            except BitgetAPIException as e:
                print("error:" + e.message)
        ''', key=q(c["key"]), secret=q(c["secret"]), pw=q(c["pw"]), sym=pairs(r, 1, "USDT", "")[0])
    return pick(r, ["bitget_pending.py", "scripts/bitget_orders.py"]), text


@T(["gate"], "secret", "py")
def t_gate_py(r, c, st):
    text = F('''
        import gate_api
        from gate_api.exceptions import ApiException

        configuration = gate_api.Configuration(
            host="https://api.gateio.ws/api/v4",
            key=«key»,
            secret=«secret»,
        )
        api = gate_api.SpotApi(gate_api.ApiClient(configuration))

        try:
            for acc in api.list_spot_accounts():
                if float(acc.available) > 0:
                    print(acc.currency, acc.available)
        except ApiException as e:
            print(e)
        ''', key=q(c["key"]), secret=q(c["secret"]))
    return pick(r, ["gate_balances.py", "scripts/gate/balances.py"]), text


@T(["gemini"], "secret", "py")
def t_gemini_py(r, c, st):
    text = F('''
        import base64
        import hashlib
        import hmac
        import json
        import time

        import requests

        GEMINI_API_KEY = «key»
        GEMINI_API_SECRET = «secret».encode()


        def private(path, **params):
            payload = {"request": path, "nonce": str(int(time.time() * 1000)), **params}
            b64 = base64.b64encode(json.dumps(payload).encode())
            sig = hmac.new(GEMINI_API_SECRET, b64, hashlib.sha384).hexdigest()
            headers = {
                "Content-Type": "text/plain",
                "X-GEMINI-APIKEY": GEMINI_API_KEY,
                "X-GEMINI-PAYLOAD": b64,
                "X-GEMINI-SIGNATURE": sig,
                "Cache-Control": "no-cache",
            }
            return requests.post("https://api.gemini.com" + path, headers=headers).json()


        print(private("/v1/balances"))
        ''', key=q(c["key"]), secret=q(c["secret"]))
    return pick(r, ["gemini_client.py", "exchanges/gemini.py"]), text


@T(["bitfinex"], "secret", "js")
def t_bitfinex_js(r, c, st):
    text = F('''
        const { RESTv2 } = require('bfx-api-node-rest');

        const BFX_API_KEY = «key»;
        const BFX_API_SECRET = «secret»;

        const rest = new RESTv2({ apiKey: BFX_API_KEY, apiSecret: BFX_API_SECRET, transform: true });

        (async () => {
          const offers = await rest.fundingOffers('fUSD');
          console.log(offers.map((o) => [o.id, o.amount, o.rate, o.period]));
        })();
        ''', key=sq(c["key"]), secret=sq(c["secret"]))
    return pick(r, ["lending/offers.js", "src/bitfinex/funding.js"]), text


@T(["deribit"], "secret", "py")
def t_deribit_ws(r, c, st):
    text = F('''
        import asyncio
        import json

        import websockets

        CLIENT_ID = «key»
        CLIENT_SECRET = «secret»


        async def main():
            async with websockets.connect("wss://www.deribit.com/ws/api/v2") as ws:
                await ws.send(json.dumps({
                    "jsonrpc": "2.0", "id": 9929, "method": "public/auth",
                    "params": {"grant_type": "client_credentials", "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET},
                }))
                print(await ws.recv())
                await ws.send(json.dumps({"jsonrpc": "2.0", "id": 2, "method": "private/get_positions",
                                          "params": {"currency": "«cur»", "kind": "option"}}))
                print(await ws.recv())

        asyncio.run(main())
        ''', key=q(c["key"]), secret=q(c["secret"]), cur=pick(r, ["BTC", "ETH"]))
    return pick(r, ["deribit/positions.py", "options/deribit_ws.py"]), text


@T(["deribit"], "secret", "rs", "neutral")
def t_deribit_rs(r, c, st):
    text = F('''
        use serde_json::json;

        pub fn auth_request() -> serde_json::Value {
            json!({
                "jsonrpc": "2.0",
                "id": 1,
                "method": "public/auth",
                "params": {
                    "grant_type": "client_credentials",
                    "client_id": «key»,
                    "client_secret": «secret»
                }
            })
        }
        ''', key=q(c["key"]), secret=q(c["secret"]))
    return pick(r, ["src/deribit/auth.rs", "src/auth.rs"]), text


@T(["alpaca"], "secret", "py", "neutral")
def t_alpaca_trading_client(r, c, st):
    sym = pick(r, STOCKS)
    text = F('''
        from alpaca.trading.client import TradingClient
        from alpaca.trading.requests import MarketOrderRequest
        from alpaca.trading.enums import OrderSide, TimeInForce

        trading_client = TradingClient(«key», «secret», paper=«paper»)

        order = trading_client.submit_order(
            order_data=MarketOrderRequest(symbol="«sym»", qty=«qty», side=OrderSide.BUY, time_in_force=TimeInForce.DAY)
        )
        print(order.id, order.status)
        ''', key=sq(c["key"]), secret=sq(c["secret"]), paper="True" if c["key"].startswith("PK") else "False",
             sym=sym, qty=r.randint(1, 20))
    return pick(r, ["alpaca_buy.py", "stocks/rebalance.py", "trade.py"]), text


@T(["alpaca"], "secret", "py")
def t_alpaca_lumibot(r, c, st):
    text = F('''
        from lumibot.brokers import Alpaca
        from lumibot.traders import Trader

        from strategies.momentum import Momentum

        ALPACA_CONFIG = {
            "API_KEY": «key»,
            "API_SECRET": «secret»,
            "PAPER": «paper»,
        }

        if __name__ == "__main__":
            broker = Alpaca(ALPACA_CONFIG)
            strategy = Momentum(broker=broker, parameters={"symbols": «syms»})
            trader = Trader()
            trader.add_strategy(strategy)
            trader.run_all()
        ''', key=q(c["key"]), secret=q(c["secret"]), paper="True" if c["key"].startswith("PK") else "False",
             syms=json.dumps(r.sample(STOCKS, 3)))
    return pick(r, ["main.py", "run_momentum.py"]), text


@T(["alpaca"], "secret", "md", "neutral")
def t_alpaca_md_curl(r, c, st):
    host = "paper-api.alpaca.markets" if c["key"].startswith("PK") else "api.alpaca.markets"
    text = F('''
        # Checking the account by hand

        Quick sanity check of the paper account before a deploy:

        ```bash
        curl -s https://«host»/v2/account \\
          -H "APCA-API-KEY-ID: «key»" \\
          -H "APCA-API-SECRET-KEY: «secret»" | jq '.buying_power, .status'
        ```

        If `status` is not `ACTIVE`, check the dashboard first.
        ''', host=host, key=c["key"], secret=c["secret"])
    return pick(r, ["docs/setup.md", "docs/runbook.md", "README.md"]), text


@T(["alpaca"], "secret", "go")
def t_alpaca_go(r, c, st):
    text = F('''
        package broker

        import "github.com/alpacahq/alpaca-trade-api-go/v3/alpaca"

        func NewClient() *alpaca.Client {
        	return alpaca.NewClient(alpaca.ClientOpts{
        		APIKey:    «key»,
        		APISecret: «secret»,
        		BaseURL:   "https://«host»",
        	})
        }
        ''', key=q(c["key"]), secret=q(c["secret"]),
             host="paper-api.alpaca.markets" if c["key"].startswith("PK") else "api.alpaca.markets")
    return pick(r, ["internal/broker/alpaca.go", "broker/alpaca.go"]), text


@T(["alpaca"], "secret", "ipynb")
def t_alpaca_notebook(r, c, st):
    src = F('''
        from alpaca.data.historical import StockHistoricalDataClient
        from alpaca.data.requests import StockBarsRequest
        from alpaca.data.timeframe import TimeFrame

        client = StockHistoricalDataClient(«key», «secret»)
        bars = client.get_stock_bars(StockBarsRequest(symbol_or_symbols=«syms», timeframe=TimeFrame.Day, start="2024-01-01"))
        df = bars.df
        df.head()''', key=q(c["key"]), secret=q(c["secret"]), syms=json.dumps(r.sample(STOCKS, 3)))
    src = fix_env(src, "py")
    cells = [("md", "## Daily bars\nPull daily bars for the watch-list."), ("code", src),
             ("code", "df['ret'] = df.groupby(level=0)['close'].pct_change()\ndf['ret'].describe()")]
    return pick(r, ["notebooks/bars.ipynb", "research/alpaca_bars.ipynb"]), notebook(cells)


@T(["ibkr"], "password", "yaml")
def t_ibkr_compose(r, c, st):
    text = F('''
        services:
          ib-gateway:
            image: ghcr.io/gnzsnz/ib-gateway:«tag»
            restart: always
            environment:
              TWS_USERID: «user»
              TWS_PASSWORD: «pw»
              TRADING_MODE: «mode»
              READ_ONLY_API: "no"
              TWOFA_TIMEOUT_ACTION: restart
              TIME_ZONE: America/New_York
            ports:
              - "127.0.0.1:4001:4003"
              - "127.0.0.1:4002:4004"
              - "127.0.0.1:5900:5900"
        ''', tag=pick(r, ["stable", "latest", "10.30"]), user=c["user"], pw=q(c["password"]), mode=pick(r, ["live", "paper"]))
    return pick(r, ["docker-compose.yml", "ibgateway/docker-compose.yml"]), text


@T(["ibkr"], "password", "ini")
def t_ibc_config(r, c, st):
    text = F('''
        # IBC configuration - see IBC user guide
        FIX=no
        IbLoginId=«user»
        IbPassword=«pw»
        TradingMode=«mode»
        AcceptNonBrokerageAccountWarning=yes
        ExistingSessionDetectedAction=primary
        ReadOnlyApi=no
        AcceptIncomingConnectionAction=reject
        AutoRestartTime=11:45 PM
        ClosedownAt=
        ''', user=c["user"], pw=c["password"], mode=pick(r, ["live", "paper"]))
    return pick(r, ["ibc/config.ini", "IBC/config.ini"]), text


@T(["tradier"], "token", "py", "neutral")
def t_tradier_py(r, c, st):
    host = pick(r, ["sandbox.tradier.com", "api.tradier.com"])
    text = F('''
        import requests

        ACCOUNT_ID = "«acct»"
        HEADERS = {"Authorization": "Bearer «tok»", "Accept": "application/json"}


        def positions():
            url = f"https://«host»/v1/accounts/{ACCOUNT_ID}/positions"
            return requests.get(url, headers=HEADERS, timeout=10).json()


        def option_chain(symbol, expiration):
            url = "https://«host»/v1/markets/options/chains"
            return requests.get(url, params={"symbol": symbol, "expiration": expiration, "greeks": "true"},
                                headers=HEADERS, timeout=10).json()


        if __name__ == "__main__":
            print(positions())
            print(option_chain("«sym»", "2025-01-17"))
        ''', acct=c["acct"], tok=c["token"], host=host, sym=pick(r, STOCKS))
    return pick(r, ["tradier_client.py", "options/tradier.py"]), text


@T(["tradier"], "token", "js")
def t_tradier_js(r, c, st):
    text = F('''
        module.exports = {
          tradier: {
            endpoint: 'https://api.tradier.com/v1',
            accountId: '«acct»',
            accessToken: «tok»,
          },
          wheel: { symbols: «syms», deltaTarget: 0.3, dteMin: 21, dteMax: 45 },
        };
        ''', acct=c["acct"], tok=sq(c["token"]), syms=json.dumps(r.sample(STOCKS, 3)))
    return pick(r, ["config/tradier.js", "config.js"]), text


def tv_alert_json(r, pw):
    return json.dumps({"passphrase": pw, "ticker": "{{ticker}}", "action": "{{strategy.order.action}}",
                       "contracts": "{{strategy.order.contracts}}", "price": "{{close}}", "time": "{{timenow}}"})


@T(["tradingview"], "pw", "pine", "neutral")
def t_tv_pine(r, c, st):
    f1, f2 = r.randint(8, 21), r.randint(30, 100)
    text = F('''
        //@version=5
        strategy("EMA cross «f1»/«f2»", overlay=true, initial_capital=10000, default_qty_type=strategy.percent_of_equity, default_qty_value=10)

        // Alert message for the webhook (paste into the alert dialog):
        // «alert»

        fast = ta.ema(close, «f1»)
        slow = ta.ema(close, «f2»)
        plot(fast, color=color.teal)
        plot(slow, color=color.orange)

        if ta.crossover(fast, slow)
            strategy.entry("Long", strategy.long)
        if ta.crossunder(fast, slow)
            strategy.close("Long")
        ''', f1=f1, f2=f2, alert=tv_alert_json(r, c["pw"]))
    return pick(r, ["pine/ema_cross.pine", "tradingview/strategy.pine"]), text


@T(["tradingview"], "pw", "py")
def t_tv_flask(r, c, st):
    text = F('''
        from flask import Flask, request, abort
        import ccxt

        app = Flask(__name__)
        WEBHOOK_PASSPHRASE = «pw»
        exchange = ccxt.«ex»()


        @app.post("/webhook")
        def webhook():
            data = request.get_json(force=True)
            if data.get("passphrase") != WEBHOOK_PASSPHRASE:
                abort(403)
            side = data["action"]
            qty = float(data["contracts"])
            app.logger.info("signal %s %s %s", data["ticker"], side, qty)
            return {"ok": True}


        if __name__ == "__main__":
            app.run(host="0.0.0.0", port=«port»)
        ''', pw=q(c["pw"]), ex=pick(r, ["binance", "bybit", "okx"]), port=r.choice([80, 5000, 8000]))
    return pick(r, ["app.py", "webhook/server.py"]), text


@T(["tradingview"], "pw", "json", "neutral")
def t_tv_alert_file(r, c, st):
    return pick(r, ["alerts/long_entry.json", "tradingview/alert_message.json"]), tv_alert_json(r, c["pw"]) + "\n"


@T(["telegram"], "token", "json")
def t_tg_freqtrade(r, c, st):
    cfg = {"max_open_trades": r.randint(3, 6), "stake_currency": "USDT", "stake_amount": "unlimited", "dry_run": True,
           "timeframe": pick(r, TIMEFRAMES),
           "exchange": {"name": pick(r, FT_EX), "key": "", "secret": "", "pair_whitelist": pairs(r, 4)},
           "telegram": {"enabled": True, "token": c["token"], "chat_id": c["chat"],
                        "notification_settings": {"status": "on", "warning": "on", "entry": "silent", "exit": "on"}},
           "api_server": {"enabled": False}}
    return pick(r, ["user_data/config.json", "config_dryrun.json"]), json.dumps(cfg, indent=4) + "\n"


@T(["telegram"], "token", "py", "neutral")
def t_tg_requests(r, c, st):
    text = F('''
        import requests

        BOT = «tok»
        CHAT = «chat»


        def notify(text: str) -> None:
            requests.post(f"https://api.telegram.org/bot{BOT}/sendMessage",
                          data={"chat_id": CHAT, "text": text, "parse_mode": "HTML"}, timeout=5)


        if __name__ == "__main__":
            notify("<b>«sym»</b> filled @ «px»")
        ''', tok=q(c["token"]), chat=c["chat"], sym=pairs(r, 1)[0], px=r.randint(100, 60000))
    return pick(r, ["alerts/telegram.py", "notify.py"]), text


@T(["telegram"], "token", "sh", "neutral")
def t_tg_curl(r, c, st):
    text = F('''
        #!/usr/bin/env bash
        # cron: */5 * * * * /opt/bot/healthcheck.sh
        if ! pgrep -f "freqtrade trade" >/dev/null; then
          curl -s "https://api.telegram.org/bot«tok»/sendMessage" \\
            -d chat_id=«chat» \\
            -d text="freqtrade is down on $(hostname)"
        fi
        ''', tok=c["token"], chat=c["chat"])
    return pick(r, ["healthcheck.sh", "scripts/watchdog.sh"]), text


@T(["telegram"], "token", "go")
def t_tg_go(r, c, st):
    text = F('''
        package alerts

        import tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

        const chatID int64 = «chat»

        func Send(msg string) error {
        	bot, err := tgbotapi.NewBotAPI(«tok»)
        	if err != nil {
        		return err
        	}
        	_, err = bot.Send(tgbotapi.NewMessage(chatID, msg))
        	return err
        }
        ''', chat=c["chat"], tok=q(c["token"]))
    return pick(r, ["internal/alerts/telegram.go", "alerts/telegram.go"]), text


@T(["telegram"], "token", "rs", "neutral")
def t_tg_teloxide(r, c, st):
    text = F('''
        use teloxide::prelude::*;

        pub async fn alert(text: &str) -> ResponseResult<()> {
            let bot = Bot::new(«tok»);
            bot.send_message(ChatId(«chat»), text).await?;
            Ok(())
        }
        ''', tok=q(c["token"]), chat=c["chat"])
    return pick(r, ["src/alert.rs", "src/notify.rs"]), text


@T(["telegram"], "token", "yaml")
def t_tg_hummingbot(r, c, st):
    text = F('''
        ####################################
        ###   client prompt config       ###
        ####################################

        instance_id: «iid»
        log_level: INFO
        kill_switch_mode: {}
        paper_trade:
          paper_trade_exchanges:
          - binance
          - kucoin
        telegram_mode:
          telegram_token: «tok»
          telegram_chat_id: '«chat»'
        anonymized_metrics_mode:
          anonymized_metrics_interval_min: 15.0
        ''', iid=hx(r, 40), tok=yv(r, c["token"]), chat=c["chat"])
    return "conf/conf_client.yml", text


@T(["discord"], "url", "py")
def t_dc_py(r, c, st):
    text = F('''
        import requests

        DISCORD_WEBHOOK_URL = «url»


        def post_fill(symbol, side, qty, price):
            embed = {"title": f"{side.upper()} {symbol}", "color": 0x2ECC71 if side == "buy" else 0xE74C3C,
                     "fields": [{"name": "qty", "value": str(qty)}, {"name": "price", "value": str(price)}]}
            requests.post(DISCORD_WEBHOOK_URL, json={"username": "«name»", "embeds": [embed]}, timeout=5)
        ''', url=q(c["url"]), name=pick(r, ["tradebot", "grid-bot", "fills"]))
    return pick(r, ["alerts/discord.py", "bot/notifier.py"]), text


@T(["discord"], "url", "json", "neutral")
def t_dc_freqtrade(r, c, st):
    cfg = {"discord": {"enabled": True, "webhook_url": c["url"],
                       "exit_fill": [{"Trade ID": "{trade_id}"}, {"Exchange": "{exchange}"}, {"Pair": "{pair}"},
                                     {"Close rate": "{close_rate}"}, {"Profit": "{profit_amount} {stake_currency}"}],
                       "entry_fill": [{"Trade ID": "{trade_id}"}, {"Pair": "{pair}"}, {"Open rate": "{open_rate}"}]}}
    return pick(r, ["user_data/config-discord.json", "config.discord.json"]), json.dumps(cfg, indent=4) + "\n"


@T(["discord"], "url", "yaml", "neutral")
def t_dc_yaml(r, c, st):
    text = F('''
        alerts:
          min_level: warning
          channels:
            - type: discord
              name: trade-alerts
              url: «url»
            - type: stdout
          throttle_seconds: 30
        risk:
          max_drawdown_pct: «dd»
          kill_switch: true
        ''', url=c["url"], dd=r.randint(5, 25))
    return pick(r, ["config/alerts.yml", "alerting.yaml"]), text


@T(["discord"], "url", "js", "neutral")
def t_dc_js(r, c, st):
    text = F('''
        const hook = «url»;

        export async function sendAlert(content) {
          const res = await fetch(hook, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ content }),
          });
          if (!res.ok) throw new Error(`discord ${res.status}`);
        }
        ''', url=sq(c["url"]))
    return pick(r, ["src/alerts.js", "lib/discord.js"]), text


@T(["discord"], "url", "sh", "neutral")
def t_dc_sh(r, c, st):
    text = F('''
        #!/bin/sh
        # post the nightly backtest summary
        SUMMARY=$(tail -n 20 user_data/backtest_results/.last_result.json | tr -d '\\n')
        curl -s -H "Content-Type: application/json" \\
          -d "{\\"content\\": \\"backtest done: ${SUMMARY}\\"}" \\
          «url»
        ''', url=c["url"])
    return pick(r, ["scripts/post_backtest.sh", "ci/notify.sh"]), text


@T(["freqtrade"], "jwt", "json")
def t_ft_api_server(r, c, st):
    cfg = {"api_server": {"enabled": True, "listen_ip_address": "0.0.0.0", "listen_port": 8080, "verbosity": "error",
                          "enable_openapi": False, "jwt_secret_key": c["jwt"], "CORS_origins": [],
                          "username": "freqtrader", "password": ""},
           "bot_name": pick(r, ["freqtrade", "ft-swing"]), "initial_state": "running", "force_entry_enable": False}
    return pick(r, ["user_data/config-api.json", "config.api.json"]), json.dumps(cfg, indent=4) + "\n"


@T(["postgres"], "password", "yaml", "neutral")
def t_pg_compose_dburl(r, c, st):
    text = F('''
        services:
          bot:
            image: ghcr.io/«org»/bot:latest
            environment:
              DATABASE_URL: postgresql://«user»:«pw»@db:5432/trades
              REDIS_URL: redis://redis:6379/0
            depends_on: [db, redis]
          db:
            image: postgres:16
            volumes: ["pgdata:/var/lib/postgresql/data"]
          redis:
            image: redis:7-alpine
        volumes:
          pgdata: {}
        ''', org=pick(r, ["quantlab", "deltadesk"]), user=c["user"], pw=c["password"])
    return pick(r, ["docker-compose.prod.yml", "deploy/compose.yml"]), text


@T(["postgres"], "password", "py", "neutral")
def t_pg_sqlalchemy(r, c, st):
    text = F('''
        from sqlalchemy import create_engine, text

        engine = create_engine("postgresql+psycopg2://«user»:«pw»@«host»:5432/trades", pool_pre_ping=True)


        def daily_pnl():
            with engine.connect() as conn:
                return conn.execute(text("SELECT date_trunc('day', close_date) d, sum(close_profit_abs) "
                                         "FROM trades WHERE is_open = false GROUP BY 1 ORDER BY 1")).all()
        ''', user=c["user"], pw=c["password"], host=pick(r, ["db.internal", "10.0.3.12", "pg-trades.cluster.local"]))
    return pick(r, ["reports/pnl.py", "analytics/db.py"]), text


NO_NEG_REUSE = {"t_binance_ed25519_pemfile", "t_kraken_keyfile"}


# ================================================================ look-alike negatives
LOOK = []


def L(provider, kind):
    def deco(f):
        LOOK.append(dict(f=f, provider=provider, kind=kind, name=f.__name__))
        return f
    return deco


@L("binance", "order_ids")
def l_binance_trade_csv(r):
    rows = ["Date(UTC),Pair,Side,Price,Executed,Amount,Fee,Order ID,Trade ID,Client Order ID"]
    for _ in range(r.randint(8, 20)):
        b = pick(r, BASES[:10])
        rows.append("%s,%sUSDT,%s,%s,%.5f%s,%.2fUSDT,%.6fBNB,%d,%d,%s" % (
            iso(r)[:19].replace("T", " "), b, pick(r, ["BUY", "SELL"]), price(r, b), r.uniform(0.001, 3), b,
            r.uniform(10, 5000), r.uniform(0.00001, 0.01), r.randint(10 ** 10, 4 * 10 ** 10), r.randint(10 ** 8, 4 * 10 ** 9),
            pick(r, ["web_", "and_", "x-"]) + aln(r, 22)))
    return pick(r, ["data/binance_trade_history.csv", "exports/spot_trades_2024.csv"]), "\n".join(rows) + "\n"


@L("binance", "hmac_signature_log")
def l_binance_request_log(r):
    out = []
    for _ in range(r.randint(6, 14)):
        sym = pairs(r, 1, "USDT", "")[0]
        out.append("%s DEBUG urllib3.connectionpool: https://api.binance.com:443 \"GET /api/v3/order?symbol=%s&orderId=%d&recvWindow=5000&timestamp=%d&signature=%s HTTP/1.1\" 200 %d" % (
            iso(r), sym, r.randint(10 ** 10, 4 * 10 ** 10), ts_ms(r), hx(r, 64), r.randint(300, 900)))
    return pick(r, ["logs/requests.log", "logs/http-debug.log"]), "\n".join(out) + "\n"


@L("kraken", "hmac_signature_log")
def l_kraken_sign_log(r):
    out = []
    for _ in range(r.randint(5, 10)):
        nonce = ts_ms(r) * 1000 + r.randint(0, 999)
        out.append("%s kraken POST /0/private/%s nonce=%d API-Sign=%s status=200 txid=%s" % (
            iso(r), pick(r, ["AddOrder", "CancelOrder", "OpenOrders", "Balance"]), nonce, b64(r, 64),
            "-".join([aln(r, 6, UP + DIG), aln(r, 5, UP + DIG), aln(r, 6, UP + DIG)])))
    return pick(r, ["logs/kraken.log", "var/log/kraken-client.log"]), "\n".join(out) + "\n"


@L("okx", "hmac_signature_log")
def l_okx_sign_log(r):
    out = []
    for _ in range(r.randint(5, 10)):
        out.append(json.dumps({"ts": iso(r), "method": "GET", "path": "/api/v5/trade/orders-pending",
                               "headers": {"OK-ACCESS-KEY": "***", "OK-ACCESS-SIGN": b64(r, 32),
                                           "OK-ACCESS-TIMESTAMP": iso(r), "OK-ACCESS-PASSPHRASE": "***"},
                               "status": 200, "ordId": str(r.randint(6 * 10 ** 17, 7 * 10 ** 17))}))
    return pick(r, ["logs/okx-requests.jsonl", "logs/okx.jsonl"]), "\n".join(out) + "\n"


@L("generic", "wallet_addresses")
def l_wallets_yaml(r):
    text = F('''
        # cold-storage and deposit addresses (public)
        wallets:
          btc_cold: «b1»
          btc_legacy: «b2»
          btc_multisig: «b3»
          eth_treasury: «e1»
          usdt_trc20: «t1»
          sol_hot: «s1»
        sweep:
          threshold_usd: «th»
          schedule: "0 3 * * *"
        ''', b1=btc_bech32(r), b2=btc_legacy(r), b3=btc_p2sh(r), e1=eth_addr(r), t1=tron_addr(r), s1=sol_addr(r),
             th=r.choice([5000, 10000, 25000]))
    return pick(r, ["config/wallets.yml", "treasury/addresses.yaml"]), text


@L("generic", "withdrawal_whitelist")
def l_withdraw_whitelist(r):
    items = []
    for _ in range(r.randint(3, 6)):
        net = pick(r, ["BTC", "ETH", "TRX", "SOL", "ARBITRUM"])
        addr = {"BTC": btc_bech32, "ETH": eth_addr, "TRX": tron_addr, "SOL": sol_addr, "ARBITRUM": eth_addr}[net](r)
        items.append({"label": pick(r, ["ledger", "treasury", "ops", "cold"]) + "-" + net.lower(), "network": net,
                      "address": addr, "addedAt": iso(r)})
    return pick(r, ["ops/withdrawal_whitelist.json", "treasury/whitelist.json"]), json.dumps({"whitelist": items}, indent=2) + "\n"


@L("generic", "tx_hashes")
def l_tx_csv(r):
    rows = ["hash,block,from,to,token,amount,timestamp"]
    for _ in range(r.randint(6, 15)):
        rows.append("%s,%d,%s,%s,%s,%.4f,%s" % (tx_hash(r), r.randint(18000000, 21000000), eth_addr(r), eth_addr(r),
                                                pick(r, ["USDC", "USDT", "WETH", "ARB"]), r.uniform(1, 50000), iso(r)))
    return pick(r, ["data/onchain_transfers.csv", "exports/etherscan.csv"]), "\n".join(rows) + "\n"


@L("generic", "btc_txids")
def l_btc_deposits(r):
    out = ["# deposit confirmations"]
    for _ in range(r.randint(5, 10)):
        out.append("%s  txid=%s vout=%d conf=%d amount=%.8f" % (iso(r), btc_txid(r), r.randint(0, 3), r.randint(1, 6), r.uniform(0.001, 2)))
    return pick(r, ["logs/deposits.log", "var/deposits.log"]), "\n".join(out) + "\n"


@L("binance", "public_key")
def l_binance_ed_public(r):
    pem = ed25519_public_pem(r)
    text = F('''
        # Binance Ed25519 API key

        Generate the key pair locally and register only the **public** key on the API management
        page. The private key never leaves the box (`/etc/tradebot/keys/`, mode 600).

        Public key registered on «date»:

        ```
        «pem»```
        ''', date=iso(r)[:10], pem=pem)
    return pick(r, ["docs/binance-keys.md", "docs/ed25519.md"]), text


@L("generic", "public_key")
def l_pubkey_pem(r):
    pem = ec_p256_public_pem(r) if r.random() < 0.5 else ed25519_public_pem(r)
    return pick(r, ["keys/signals_pub.pem", "config/webhook_verify.pub.pem", "keys/public.pem"]), pem


@L("generic", "ssh_public_key")
def l_authorized_keys(r):
    lines = ["# deploy keys for the trading VPS"]
    for _ in range(r.randint(2, 4)):
        lines.append(ssh_ed25519_pub(r, pick(r, ["ci@github", "ops@laptop", "trader@desk", "backup@nas"])))
    return pick(r, ["deploy/authorized_keys", "ansible/files/authorized_keys"]), "\n".join(lines) + "\n"


@L("generic", "xpub")
def l_xpub_watch(r):
    text = F('''
        [watch_only]
        label = «lab»
        xpub = «x»
        derivation = m/84'/0'/0'
        gap_limit = 20

        [electrum]
        server = electrum.blockstream.info:50002
        ''', lab=pick(r, ["cold-storage", "treasury"]), x=xpub(r))
    return pick(r, ["watch/wallet.ini", "config/watchonly.ini"]), text


@L("binance", "symbol_list")
def l_exchange_info(r):
    syms = []
    for p in pairs(r, r.randint(4, 8)):
        b, qq = p.split("/")
        syms.append({"symbol": b + qq, "status": "TRADING", "baseAsset": b, "quoteAsset": qq, "baseAssetPrecision": 8,
                     "filters": [{"filterType": "PRICE_FILTER", "tickSize": "0.01000000"},
                                 {"filterType": "LOT_SIZE", "stepSize": "0.00001000", "minQty": "0.00001000"}]})
    return pick(r, ["tests/fixtures/exchange_info.json", "data/exchangeInfo.json"]), json.dumps({"timezone": "UTC", "symbols": syms}, indent=2) + "\n"


@L("freqtrade", "symbol_list")
def l_pairlist(r):
    cfg = {"exchange": {"pair_whitelist": pairs(r, r.randint(8, 16)), "pair_blacklist": ["BNB/.*", ".*DOWN/.*", ".*UP/.*"]},
           "pairlists": [{"method": "VolumePairList", "number_assets": 40, "sort_key": "quoteVolume", "refresh_period": 1800},
                         {"method": "AgeFilter", "min_days_listed": 10}, {"method": "SpreadFilter", "max_spread_ratio": 0.005}]}
    return pick(r, ["user_data/pairlist-volume.json", "configs/pairlist.json"]), json.dumps(cfg, indent=4) + "\n"


@L("generic", "hmac_test_vector")
def l_signature_tests(r):
    text = F('''
        import hashlib
        import hmac

        from bot.signing import sign_query

        PAYLOAD = "symbol=«sym»&side=BUY&type=LIMIT&quantity=1&price=«px»&timestamp=«ts»"
        EXPECTED = "«sig»"


        def test_signature_is_lowercase_hex():
            sig = sign_query(PAYLOAD, key=b"k" * 32)
            assert len(sig) == 64 and sig == sig.lower()


        def test_known_digest_shape():
            assert len(EXPECTED) == 64
            assert hmac.compare_digest(EXPECTED, EXPECTED)
            assert hashlib.sha256(PAYLOAD.encode()).hexdigest() != EXPECTED
        ''', sym=pairs(r, 1, "USDT", "")[0], px=r.randint(10, 70000), ts=ts_ms(r), sig=hx(r, 64))
    return pick(r, ["tests/test_signing.py", "tests/unit/test_sign.py"]), text


@L("generic", "pip_hashes")
def l_requirements_hashes(r):
    pk = [("ccxt", "4.3.%d" % r.randint(1, 99)), ("pandas", "2.2.%d" % r.randint(0, 3)), ("numpy", "1.26.4"),
          ("python-telegram-bot", "21.%d" % r.randint(0, 6)), ("requests", "2.32.3"), ("TA-Lib", "0.4.32")]
    lines = ["# generated by pip-compile --generate-hashes"]
    for name, ver in pk:
        lines.append("%s==%s \\" % (name, ver))
        n = r.randint(1, 3)
        for i in range(n):
            lines.append("    --hash=sha256:%s%s" % (hx(r, 64), " \\" if i < n - 1 else ""))
    return "requirements.txt", "\n".join(lines) + "\n"


@L("generic", "image_digest")
def l_dockerfile_digest(r):
    text = F('''
        FROM python:3.11-slim@sha256:«d1»

        ARG TALIB_SHA256=«d2»
        RUN curl -fsSLo /tmp/ta-lib.tar.gz https://github.com/TA-Lib/ta-lib/releases/download/v0.6.4/ta-lib-0.6.4-src.tar.gz \\
            && echo "${TALIB_SHA256}  /tmp/ta-lib.tar.gz" | sha256sum -c - \\
            && tar -xzf /tmp/ta-lib.tar.gz -C /tmp && cd /tmp/ta-lib-0.6.4 && ./configure --prefix=/usr && make && make install

        COPY . /app
        WORKDIR /app
        RUN pip install --no-cache-dir -r requirements.txt
        CMD ["python", "-m", "bot"]
        ''', d1=hx(r, 64), d2=hx(r, 64))
    return pick(r, ["Dockerfile", "docker/Dockerfile"]), text


@L("generic", "go_sum")
def l_go_sum(r):
    mods = ["github.com/adshao/go-binance/v2 v2.6.%d" % r.randint(0, 9), "github.com/gorilla/websocket v1.5.3",
            "github.com/shopspring/decimal v1.4.0", "github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1",
            "github.com/bitly/go-simplejson v0.5.1"]
    lines = []
    for m in mods:
        lines.append("%s h1:%s" % (m, b64(r, 32)))
        lines.append("%s/go.mod h1:%s" % (m, b64(r, 32)))
    return "go.sum", "\n".join(lines) + "\n"


@L("generic", "cargo_lock")
def l_cargo_lock(r):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for name, ver in [("hmac", "0.12.1"), ("sha2", "0.10.8"), ("tokio-tungstenite", "0.21.0"), ("rust_decimal", "1.36.0"), ("teloxide", "0.13.0")]:
        out += ["[[package]]", 'name = "%s"' % name, 'version = "%s"' % ver,
                'source = "registry+https://github.com/rust-lang/crates.io-index"', 'checksum = "%s"' % hx(r, 64), ""]
    return "Cargo.lock", "\n".join(out)


@L("generic", "npm_integrity")
def l_package_lock(r):
    pk = {}
    for name, ver in [("ccxt", "4.3.%d" % r.randint(1, 99)), ("ws", "8.18.0"), ("axios", "1.7.7"), ("bybit-api", "3.10.%d" % r.randint(0, 20))]:
        pk["node_modules/" + name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (name, name, ver),
                                      "integrity": "sha512-" + b64(r, 64)}
    lock = {"name": "signal-relay", "version": "1.0.0", "lockfileVersion": 3, "requires": True,
            "packages": dict([("", {"name": "signal-relay", "version": "1.0.0"})] + list(pk.items()))}
    return "package-lock.json", json.dumps(lock, indent=2) + "\n"


@L("generic", "notebook_png")
def l_notebook_png(r):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + rbytes(r, r.randint(300, 700))).decode()
    nb = json.loads(notebook([("md", "# Equity curve"), ("code", "ax = equity.plot(figsize=(10, 4))\nax.set_title('equity')")]))
    nb["cells"][1]["outputs"] = [{"data": {"image/png": png, "text/plain": ["<Figure size 1000x400 with 1 Axes>"]},
                                  "metadata": {}, "output_type": "display_data"}]
    return pick(r, ["notebooks/equity.ipynb", "research/backtest_plot.ipynb"]), json.dumps(nb, indent=1) + "\n"


@L("tradingview", "template_expression")
def l_pine_no_secret(r):
    text = F('''
        //@version=5
        indicator("RSI divergence alerts", overlay=false)
        len = input.int(«n», "RSI length")
        r = ta.rsi(close, len)
        plot(r)
        hline(70)
        hline(30)
        // alert message: {"ticker": "{{ticker}}", "action": "buy", "price": "{{close}}", "strategy_id": "«sid»"}
        alertcondition(ta.crossover(r, 30), "RSI up-cross", "RSI crossed 30 on {{ticker}}")
        ''', n=r.randint(7, 21), sid=uuid4(r))
    return pick(r, ["pine/rsi_div.pine", "tradingview/rsi.pine"]), text


@L("kraken", "nonce")
def l_nonce_state(r):
    state = {"kraken": {"last_nonce": ts_ms(r) * 1000 + r.randint(0, 999)},
             "bitfinex": {"last_nonce": ts_ms(r) * 1000}, "gemini": {"last_nonce": ts_ms(r)},
             "updated": iso(r)}
    return pick(r, ["state/nonces.json", "var/nonce.json"]), json.dumps(state, indent=2) + "\n"


@L("alpaca", "account_id")
def l_alpaca_account(r):
    acct = {"id": uuid4(r), "account_number": "PA3%s" % aln(r, 9, UP + DIG), "status": "ACTIVE", "currency": "USD",
            "buying_power": "%.2f" % r.uniform(1000, 400000), "cash": "%.2f" % r.uniform(100, 100000),
            "pattern_day_trader": False, "trading_blocked": False, "created_at": iso(r)}
    return pick(r, ["tests/fixtures/alpaca_account.json", "fixtures/account.json"]), json.dumps(acct, indent=2) + "\n"


@L("ibkr", "account_id")
def l_ibkr_flex(r):
    acct = pick(r, ["U", "DU"]) + str(r.randint(1000000, 9999999))
    rows = []
    for _ in range(r.randint(3, 7)):
        rows.append('      <Trade accountId="%s" symbol="%s" tradeID="%d" ibExecID="%s.%s.01.01" quantity="%d" tradePrice="%.2f" />' % (
            acct, pick(r, STOCKS), r.randint(10 ** 8, 10 ** 9), hx(r, 8), hx(r, 8), r.randint(-100, 100), r.uniform(10, 600)))
    text = '<FlexQueryResponse queryName="trades" type="AF">\n  <FlexStatements count="1">\n    <FlexStatement accountId="%s" fromDate="20240101" toDate="20241231">\n    <Trades>\n%s\n    </Trades>\n    </FlexStatement>\n  </FlexStatements>\n</FlexQueryResponse>\n' % (acct, "\n".join(rows))
    return pick(r, ["data/flex_trades.xml", "imports/ibkr_flex.xml"]), text


@L("coinbase", "order_ids")
def l_coinbase_orders(r):
    orders = []
    for _ in range(r.randint(2, 5)):
        orders.append({"order_id": uuid4(r), "client_order_id": uuid4(r), "product_id": pick(r, ["BTC-USD", "ETH-USD", "SOL-USD"]),
                       "side": pick(r, ["BUY", "SELL"]), "status": "FILLED", "retail_portfolio_id": uuid4(r),
                       "created_time": iso(r), "filled_size": "%.6f" % r.uniform(0.001, 2)})
    return pick(r, ["tests/fixtures/cb_orders.json", "fixtures/coinbase_orders.json"]), json.dumps({"orders": orders, "has_next": False}, indent=2) + "\n"


@L("deribit", "order_ids")
def l_deribit_orders(r):
    rows = ["order_id,instrument,direction,amount,price,label"]
    for _ in range(r.randint(5, 10)):
        rows.append("%s-%d,%s-%dDEC24-%d-%s,%s,%d,%.4f,%s" % (pick(r, ["ETH", "BTC"]), r.randint(10 ** 10, 5 * 10 ** 10), pick(r, ["BTC", "ETH"]),
                                                             r.randint(1, 28), r.randint(2000, 90000), pick(r, ["C", "P"]),
                                                             pick(r, ["buy", "sell"]), r.randint(1, 50), r.uniform(0.001, 0.2), "hedge-" + hx(r, 8)))
    return pick(r, ["data/deribit_orders.csv", "exports/options_orders.csv"]), "\n".join(rows) + "\n"


@L("generic", "git_shas")
def l_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(4, 8)):
        out.append("## v1.%d.%d (%s)" % (r.randint(0, 9), r.randint(0, 9), iso(r)[:10]))
        for _ in range(r.randint(1, 3)):
            out.append("- %s (%s)" % (pick(r, ["fix rounding of stepSize", "add OKX perp support", "retry on 429", "bump ccxt",
                                               "new trailing stop", "telegram: silence entry fills"]), hx(r, 40 if r.random() < 0.5 else 7)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@L("generic", "sri_hash")
def l_dashboard_html(r):
    text = F('''
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Bot dashboard</title>
          <script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js" integrity="sha384-«h1»" crossorigin="anonymous"></script>
          <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-«h2»" crossorigin="anonymous">
        </head>
        <body>
          <canvas id="equity" data-bot-id="«bid»"></canvas>
          <script src="/static/dashboard.js"></script>
        </body>
        </html>
        ''', h1=b64(r, 48), h2=b64(r, 48), bid=uuid4(r))
    return pick(r, ["web/index.html", "dashboard/index.html"]), text


@L("generic", "encoded_data")
def l_fixture_b64(r):
    msgs = [{"topic": "orderbook.50." + pairs(r, 1, "USDT", "")[0], "payload_b64": b64(r, r.randint(60, 180)),
             "seq": r.randint(10 ** 6, 10 ** 9)} for _ in range(r.randint(2, 4))]
    return pick(r, ["tests/fixtures/ws_frames.json", "fixtures/frames.json"]), json.dumps(msgs, indent=2) + "\n"


@L("bybit", "order_ids")
def l_bybit_orders(r):
    rows = ["orderId,orderLinkId,symbol,side,qty,price,createdTime"]
    for _ in range(r.randint(5, 12)):
        rows.append("%s,%s,%s,%s,%.3f,%s,%d" % (uuid4(r), pick(r, ["", "grid-" + hx(r, 12), "tp-" + aln(r, 16)]),
                                                pairs(r, 1, "USDT", "")[0], pick(r, ["Buy", "Sell"]), r.uniform(0.01, 10),
                                                price(r, "BTC"), ts_ms(r)))
    return pick(r, ["exports/bybit_orders.csv", "data/bybit_history.csv"]), "\n".join(rows) + "\n"


@L("kucoin", "order_ids")
def l_kucoin_log(r):
    out = []
    for _ in range(r.randint(5, 10)):
        out.append("%s INFO order placed orderId=%s clientOid=%s symbol=%s" % (iso(r), "6" + hx(r, 23), uuid4(r), pairs(r, 1, "USDT", "-")[0]))
    return pick(r, ["logs/kucoin.log", "logs/orders-kucoin.log"]), "\n".join(out) + "\n"


@L("telegram", "chat_id")
def l_tg_chat_ids(r):
    text = F('''
        # notification routing (bot token comes from the secret store)
        notifications:
          telegram:
            chat_id: "«c1»"
            admin_chat_id: «c2»
            thread_id: «th»
            message_thread_fills: true
          quiet_hours: ["23:00", "07:00"]
        ''', c1="-100" + str(r.randint(1000000000, 1999999999)), c2=r.randint(100000000, 999999999), th=r.randint(2, 900))
    return pick(r, ["config/notify.yml", "notify.yaml"]), text


@L("discord", "snowflake_ids")
def l_discord_ids(r):
    text = F('''
        discord:
          guild_id: «g»
          channels:
            fills: «c1»
            errors: «c2»
          roles:
            trader: «r1»
          application_id: «a»
        ''', g=snowflake(r), c1=snowflake(r), c2=snowflake(r), r1=snowflake(r), a=snowflake(r))
    return pick(r, ["config/discord.yml", "bot/discord_ids.yaml"]), text


@L("generic", "sha256sums")
def l_sha256sums(r):
    lines = ["%s  %s" % (hx(r, 64), n) for n in ["tradebot-linux-amd64.tar.gz", "tradebot-linux-arm64.tar.gz",
                                                  "tradebot-darwin-arm64.tar.gz", "tradebot-windows-amd64.zip"]]
    return pick(r, ["dist/SHA256SUMS", "release/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


@L("generic", "contract_hashes")
def l_abi_topics(r):
    text = F('''
        # ERC-20 event topics and the contracts we watch
        TRANSFER_TOPIC = "0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"
        SWAP_TOPIC = "«t2»"
        WATCHED = {
            "USDC": "«a1»",
            "WETH": "«a2»",
            "POOL": "«a3»",
        }
        START_BLOCK = «blk»
        ''', t2=tx_hash(r), a1=eth_addr(r), a2=eth_addr(r), a3=eth_addr(r), blk=r.randint(18000000, 21000000))
    return pick(r, ["onchain/constants.py", "indexer/topics.py"]), text


@L("freqtrade", "hash_results")
def l_backtest_meta(r):
    meta = {pick(r, STRATS): {"run_id": hx(r, 32), "backtest_start_time": r.randint(1700000000, 1735000000),
                              "timeframe": pick(r, TIMEFRAMES), "strategy_hash": hx(r, 32)}}
    return pick(r, ["user_data/backtest_results/backtest-result.meta.json", "results/last.meta.json"]), json.dumps(meta, indent=4) + "\n"


@L("generic", "lfs_pointer")
def l_lfs_pointer(r):
    return pick(r, ["data/ohlcv/BTC_USDT-1h.feather", "data/models/lgbm.pkl"]), \
        "version https://git-lfs.github.com/spec/v1\noid sha256:%s\nsize %d\n" % (hx(r, 64), r.randint(10 ** 5, 10 ** 8))


@L("generic", "uuid_registry")
def l_bot_registry(r):
    bots = [{"bot_id": uuid4(r), "strategy_id": uuid4(r), "name": pick(r, STRATS), "exchange": pick(r, EXCH),
             "account": pick(r, ["main", "sub-1", "sub-2"]), "created": iso(r)} for _ in range(r.randint(2, 5))]
    return pick(r, ["state/bots.json", "registry/bots.json"]), json.dumps(bots, indent=2) + "\n"


@L("tradier", "account_id")
def l_tradier_fixture(r):
    prof = {"profile": {"id": "id-%s" % aln(r, 10, LOW + DIG), "name": "Jane Trader",
                        "account": {"account_number": "VA%d" % r.randint(10000000, 99999999), "classification": "individual",
                                    "day_trader": False, "option_level": r.randint(1, 6), "status": "active", "type": "margin"}}}
    return pick(r, ["tests/fixtures/tradier_profile.json", "fixtures/profile.json"]), json.dumps(prof, indent=2) + "\n"


@L("binance", "listen_key_doc_example")
def l_listenkey_doc(r):
    text = F('''
        # user data stream

        `POST /api/v3/userDataStream` returns a listen key, e.g. (from the API docs):

        ```json
        {"listenKey": "«lk»"}
        ```

        Keep-alive every 30 minutes with `PUT`; the key expires after 60 minutes otherwise.
        ''', lk=BINANCE_DOC_LISTENKEY)
    return pick(r, ["docs/user-stream.md", "docs/streams.md"]), text


@L("hummingbot", "strategy_config")
def l_hb_strategy(r):
    text = F('''
        ########################################################
        ###       Pure market making strategy config         ###
        ########################################################

        template_version: 24
        strategy: pure_market_making
        exchange: «ex»
        market: «mkt»
        bid_spread: «bs»
        ask_spread: «as»
        order_amount: «oa»
        order_refresh_time: 30.0
        inventory_skew_enabled: true
        ''', ex=pick(r, ["binance", "kucoin", "gate_io"]), mkt=pairs(r, 1, "USDT", "-")[0], bs=r.uniform(0.05, 1.0).__round__(2),
             **{"as": r.uniform(0.05, 1.0).__round__(2)}, oa=r.randint(1, 100))
    return "conf/strategies/conf_pure_mm_%d.yml" % r.randint(1, 9), text


# ================================================================ driver
PROV_NAME = {"binance_ed": "binance", "coinbase_ed": "coinbase", "binanceus": "binance_us", "gate": "gateio"}


def kind_of(tm, prov):
    nd = tm["needle"]
    if nd == "pem":
        return "ed25519_private_key" if prov == "binance_ed" else "ec_private_key"
    if nd == "secret":
        return {"coinbase_ed": "ed25519_private_key", "deribit": "client_secret", "alpaca": "secret_key",
                "kraken": "private_key"}.get(prov, "api_secret")
    if nd == "pw":
        return "webhook_passphrase" if prov == "tradingview" else "api_passphrase"
    if nd == "token":
        return "bot_token" if prov == "telegram" else "access_token"
    return {"url": "webhook_url", "password": "password", "jwt": "jwt_secret"}[nd]


def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base.startswith(".env") or base.endswith(".env"):
        return "env"
    if base.startswith("Dockerfile") or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base in ("authorized_keys", "SHA256SUMS"):
        return base.lower()
    if "." not in base:
        return base.lower()
    ext = base.rsplit(".", 1)[-1].lower()
    return {"yaml": "yml"}.get(ext, ext)


ENV_BLOCKED = re.compile(r"^\.env(\.[A-Za-z0-9_-]+)*$")


def is_blocked_env(path):
    base = path.rsplit("/", 1)[-1]
    return bool(ENV_BLOCKED.match(base)) and not re.search(r"example|sample|template|dist", base)


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0, "needle missing"
    return text.count("\n", 0, idx) + 1


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    return full


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fk.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    st = {"envfiles": 0}

    # ---- positives
    order = []
    for i in range(500):
        if i % len(TEMPLATES) == 0:
            block = list(range(len(TEMPLATES)))
            r.shuffle(block)
            order.extend(block)
    for i in range(500):
        tm = TEMPLATES[order[i]]
        prov = pick(r, tm["provs"])
        c = gen_exchange(r, prov)
        path, text = tm["f"](r, c, st)
        text = fix_env(text, tm["lang"])
        assert "@@ENV:" not in text
        needle = pem_needle(c["pem"]) if tm["needle"] == "pem" else c[tm["needle"]]
        assert needle and len(needle) >= 8, (tm["name"], needle)
        ln = line_of(text, needle)
        rel = "pos/p%04d/%s" % (i, path)
        full = write(outdir, rel, text)
        with open(full, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert needle in lines[ln - 1], (rel, ln)
        manifest.append({"file": rel, "label": "pos", "provider": PROV_NAME.get(prov, prov),
                         "kind": kind_of(tm, prov), "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": ln})
    n_env = sum(1 for m in manifest if is_blocked_env(m["file"]))
    assert n_env <= 25, n_env

    # ---- negatives
    reuse = [t for t in TEMPLATES if t["name"] not in NO_NEG_REUSE]
    modes = ["reuse"] * 250 + ["look"] * 250
    r.shuffle(modes)
    rorder, lorder = [], []
    for i in range(500):
        if modes[i] == "reuse":
            if not rorder:
                rorder = list(range(len(reuse)))
                r.shuffle(rorder)
            tm = reuse[rorder.pop()]
            prov = pick(r, tm["provs"])
            c = gen_exchange(r, prov)
            n, style = neg_cred(r, c, pick(r, NEG_STYLES))
            path, text = tm["f"](r, n, {"envfiles": 0})
            text = fix_env(text, tm["lang"])
            assert "@@ENV:" not in text
            for f in CRED_FIELDS:
                if f in c and not (style == "idonly" and f == "key"):
                    probe = pem_needle(c[f]) if f == "pem" else c[f]
                    assert probe not in text, (tm["name"], f)
            if is_blocked_env(path):
                d = path.rsplit("/", 1)
                path = (d[0] + "/" if len(d) == 2 else "") + pick(r, [".env.example", ".env.sample", ".env.template"])
            provider, kind = PROV_NAME.get(prov, prov), style
        else:
            if not lorder:
                lorder = list(range(len(LOOK)))
                r.shuffle(lorder)
            lk = LOOK[lorder.pop()]
            path, text = lk["f"](r)
            provider, kind = lk["provider"], "lookalike:" + lk["kind"]
        assert not is_blocked_env(path)
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": provider, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
