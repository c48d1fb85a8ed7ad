#!/usr/bin/env python3
"""Blind evaluation-set generator "bq" for the keyhook pre-commit secret scanner.

EMPHASIS
    Algorithmic-trading bots, brokerage and market-data APIs.  Positives are single
    credentials as they end up in trading-bot repositories:
      * crypto-exchange key/secret pairs (Binance, Coinbase CDP Ed25519 + ECDSA PEM,
        legacy Coinbase Exchange with passphrase, Kraken, Bybit, OKX + passphrase,
        KuCoin + passphrase, Bitget + passphrase, Gate, Deribit, 3Commas) inside
        freqtrade config.json, hummingbot-style yml, ccxt Python/JS scripts, Jesse
        .env, OctoBot config, py3cw scripts, Go/Rust bots ...
      * brokerage APIs: Alpaca live keys, IBKR Client Portal / IBeam login password,
        OANDA v20 token, Tradier token, Tastytrade login password, Schwab app secret,
        Zerodha Kite api_secret, Upstox access token (JWT), Angel One SmartAPI TOTP seed;
      * market-data APIs: Polygon, Alpha Vantage, IEX Cloud (sk_), Finnhub, Twelve Data,
        Tiingo, Nasdaq Data Link, EOD Historical Data, Financial Modeling Prep;
      * Telegram notifier bot tokens, TradingView webhook passphrases.
    File types: JSON, YAML, docker-compose, Dockerfile, .env, INI, TOML, properties,
    Python, Jupyter notebooks, JS, TS, Go, Rust, Java, R, PHP, shell, Pine Script,
    Markdown, systemd units, crontab, Makefile, terraform tfvars, CSV, logs, SQL, PEM.
    46 positive templates (every one used for positives and re-used for negatives) plus
    33 negative-only domain look-alike templates; 32 provider/credential profiles.

USAGE
    python3 gen_bq.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    random.Random(SEED); output is byte-identical for the same SEED.

NEEDLE CONVENTIONS
    * needle = the secret half exactly as written in the file (the API secret / private
      key / token / password / passphrase), never the public id that may sit next to it.
    * For pair-style credentials (key id + secret [+ passphrase]) the whole set counts
      as ONE credential; the needle is the secret.  OKX/KuCoin/Bitget/Coinbase-Exchange
      passphrases sit next to the secret but are not the needle.
    * Coinbase CDP ECDSA keys are written as a single-line, JSON-escaped PEM
      ("-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEE...\\n-----END EC PRIVATE KEY-----\\n");
      the needle is that escaped string exactly as it appears between the quotes.
    * Telegram: the whole "<bot id>:<token>" string.  Upstox: the whole JWT.
    * line = 1-based line of the needle's first occurrence.
    * Each positive file holds exactly one credential; every other value in it
      (chat ids, account numbers, order ids, symbols, URLs) is innocent.

NEGATIVES
    About half re-use the positive templates with the secret (and id) slots filled by:
    empty strings, placeholders (your_exchange_secret, <API_SECRET>, xxxx, CHANGEME),
    environment look-ups (os.environ / process.env / os.Getenv / ${VAR}), secret-manager
    references (Vault, AWS Secrets Manager ARNs, GCP Secret Manager, 1Password op://,
    GitHub ${{ secrets.X }}), masked/redacted values, published demo keys ('demo' for
    Alpha Vantage / Twelve Data / EODHD / FMP), the Telegram documentation example token.
    The other half are domain look-alikes: dry-run freqtrade configs, backtest results
    with strategy hashes, exchange order ids / trade ids / client order UUIDs, Kraken
    txids, signed-request debug logs with HMAC signatures and nonces (API key masked),
    ISIN / CUSIP / FIGI universes, wallet addresses and tx hashes, hummingbot encrypted
    keystore blobs, SOPS and SealedSecret ciphertext, pip --hash digests, RFC 4231
    HMAC test vectors, i18n strings for API-key forms, Polygon request_ids, RSA public
    keys registered with Bybit, IEX publishable (pk_) tokens, provider documentation
    signing examples (Binance, Kraken).

DOUBTS (formats written from memory / labels a reviewer might dispute)
    * Lengths/alphabets from memory, not confirmed in provider docs: Bybit key 18 / secret
      36 alnum; OKX secret 32 upper-hex; KuCoin key 24 hex + secret UUID; Bitget key
      "bg_"+32 hex, secret 64 hex; Gate key 32 hex / secret 64 hex; Deribit client_id
      8 chars / client_secret 43 base64url; 3Commas key 64 hex / secret 256 hex;
      Kraken public key 56 base64 chars; Tradier token 28 alnum; Schwab app secret
      16 alnum; Zerodha api_secret 32 lower-alnum; Upstox JWT claim set; Angel One TOTP
      seed as 26/32-char base32; Polygon 32 chars [A-Za-z0-9_]; Finnhub 20 lower-alnum;
      Nasdaq Data Link 20 chars [A-Za-z0-9_-]; EODHD "13 hex . 8 digits" (some accounts
      have other shapes); FMP 32 alnum; Alpaca live key "AK"+18 and secret 40 alnum.
    * Label disputes: hummingbot encrypted keystore blobs, SOPS values and SealedSecret
      data are ciphertext -> negative.  IEX "pk_" publishable tokens -> negative (IEX
      documented them as safe for client-side use).  The Binance / Kraken documentation
      example keys (published in their API docs to illustrate signing) -> negative.
      Ethereum tx hashes (0x + 64 hex) in ledgers -> negative.  'demo' keys -> negative.
      Positives include OKX/KuCoin/Bitget passphrases only next to their secret.
    * Positive Alpaca keys are live ("AK") keys; paper ("PK") keys are not used at all.
    * TradingView alert-message templates contain bare {{strategy.*}} placeholders, so those
      .json files are (realistically) not valid JSON until TradingView substitutes them.
    * The hummingbot positive template is a plaintext connector yml (older / hand-migrated
      style); current hummingbot encrypts these values (that form is a negative here).
    * debug_log positives are bot logs that printed the credential in a DEBUG line.
    * The Binance and Kraken documentation examples were checked by recomputing the
      documented signatures (HMAC-SHA256 c8db5682..., HMAC-SHA512 4/dpxb3i...), so they are
      the published examples, not invented keys.  FMP's 'demo' key is from memory.
    * A few files are shorter than 5 lines of context where the real artefact is that small
      (Coinbase cdp_api_key.json downloads are 4 lines).

SEARCHES
    search(docs): Alpaca APCA-API-KEY-ID headers (docs.alpaca.markets; paper vs live
    domains); EODHD api_token demo; Coinbase CDP API key name / private key (a GitGuardian
    detector page "coinbase_keys" was among the results - ignored, not used); freqtrade
    config.json exchange/telegram layout; OKX OK-ACCESS-* headers + passphrase FAQ;
    Kraken API-Key / API-Sign (docs.kraken.com); Telegram bot token form; Bybit
    X-BAPI-* headers; Zerodha Kite generate_session.  search(pages): Schwab trader API
    app key / secret / callback (client_id seen as 32 alnum chars).
    A pastebin page with a leaked Alpaca paper key pair also appeared in one result; it was
    not used.  No scanner rule code or regexes were read or used.
"""
import base64
import hashlib
import hmac
import json
import os
import random
import string
import sys

UP = string.ascii_uppercase + string.digits
LOW = string.ascii_lowercase + string.digits
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
URLSAFE = ALNUM + "-_"


def rs(r, n, alpha=ALNUM):
    return "".join(r.choice(alpha) for _ in range(n))


def rb(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(r, n):
    return base64.b64encode(rb(r, n)).decode()


def b64u(r, n):
    return base64.urlsafe_b64encode(rb(r, n)).decode().rstrip("=")


def uuid4(r):
    h = rs(r, 32, HEX)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def mixed(r, n, alpha=ALNUM):
    """random string guaranteed to mix letters and digits (so it looks generated)."""
    while True:
        s = rs(r, n, alpha)
        if any(ch.isdigit() for ch in s) and any(ch.isalpha() for ch in s):
            return s


WORDS = ["falcon", "kestrel", "mango", "sunset", "harbor", "copper", "glacier", "orchid",
         "bison", "rocket", "pivot", "candle", "momentum", "lambo", "whale", "atlas",
         "marble", "tundra", "saffron", "nimbus", "velvet", "juniper", "raptor", "ember",
         "quartz", "willow", "cobalt", "summit", "thunder", "delta", "otter", "maple"]
SYMS = "!@%&*?-_."


def human_password(r):
    w1, w2 = r.choice(WORDS), r.choice(WORDS)
    style = r.randrange(6)
    if style == 0:
        return w1.capitalize() + r.choice(SYMS) + w2.capitalize() + str(r.randrange(10, 99))
    if style == 1:
        return w1 + "-" + w2 + "-" + str(r.randrange(1990, 2026)) + r.choice("!?@%")
    if style == 2:
        return rs(r, r.randrange(14, 21), ALNUM + "!@%&*?")
    if style == 3:
        return w1.capitalize() + str(r.randrange(100, 9999)) + r.choice(SYMS) + w2[:3].upper()
    if style == 4:
        return r.choice(["Tr4d1ng", "B1nanc3", "Sh0rtSqu33ze", "D1amondH4nds", "Str4ddle"]) + r.choice(SYMS) + str(r.randrange(10, 999))
    return rs(r, 4, string.ascii_uppercase) + r.choice(SYMS) + rs(r, 6, string.ascii_lowercase) + str(r.randrange(10, 99)) + r.choice(SYMS)


def human_passphrase(r):
    k = r.randrange(3)
    if k == 0:
        return r.choice(WORDS) + r.choice(["-", "_", "."]) + r.choice(WORDS) + str(r.randrange(10, 999))
    if k == 1:
        return r.choice(WORDS).capitalize() + r.choice(SYMS) + str(r.randrange(1000, 99999))
    return mixed(r, r.randrange(10, 17), ALNUM)


def jwt_like(r, payload):
    hdr = {"typ": "JWT", "kid": rs(r, 6, UP), "alg": "HS256"}
    enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(hdr) + "." + enc(payload) + "." + b64u(r, 32)


def ec_pem_escaped(r):
    der = (bytes.fromhex("30770201010420") + rb(r, 32) +
           bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + rb(r, 64))
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN EC PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END EC PRIVATE KEY-----\\n"


# --------------------------------------------------------------------------- providers
class P(object):
    def __init__(self, pid, provider, kind, cat, prefix, kw, sw, gen, ccxt=None, url="",
                 envk=None, envs=None, pw=None, http=None, shape="line", demo=False):
        self.pid, self.provider, self.kind, self.cat = pid, provider, kind, cat
        self.prefix, self.kw, self.sw, self.gen, self.ccxt = prefix, kw, sw, gen, ccxt
        self.url = url
        self.envk = envk if envk is not None else (prefix + "_" + "_".join(kw).upper() if kw else None)
        self.envs = envs or (prefix + "_" + "_".join(sw).upper())
        self.pw = pw  # passphrase words, if the credential has one
        self.envp = (prefix + "_" + "_".join(pw).upper()) if pw else None
        self.http = http  # ("query", param) | ("header", name) | ("bearer",) | ("token",)
        self.shape = shape
        self.demo = demo


class Cred(object):
    def __init__(self, key=None, secret=None, pp=None, user=None, acct=None):
        self.key, self.secret, self.pp, self.user, self.acct = key, secret, pp, user, acct


def g_binance(r):
    return Cred(mixed(r, 64), mixed(r, 64))


def g_cdp(r):
    return Cred(uuid4(r), b64(r, 64))


def g_cdp_ec(r):
    return Cred("organizations/%s/apiKeys/%s" % (uuid4(r), uuid4(r)), ec_pem_escaped(r))


def g_cbx(r):
    return Cred(rs(r, 32, HEX), b64(r, 64), pp=rs(r, r.randrange(10, 13), LOW))


def g_kraken(r):
    return Cred(b64(r, 42), b64(r, 64))


def g_bybit(r):
    return Cred(mixed(r, 18), mixed(r, 36))


def g_okx(r):
    return Cred(uuid4(r), rs(r, 32, "0123456789ABCDEF"), pp=human_passphrase(r))


def g_kucoin(r):
    return Cred(rs(r, 24, HEX), uuid4(r), pp=human_passphrase(r))


def g_bitget(r):
    return Cred("bg_" + rs(r, 32, HEX), rs(r, 64, HEX), pp=human_passphrase(r))


def g_gate(r):
    return Cred(rs(r, 32, HEX), rs(r, 64, HEX))


def g_deribit(r):
    return Cred(mixed(r, 8, ALNUM + "_-"), mixed(r, 43, URLSAFE))


def g_3c(r):
    return Cred(rs(r, 64, HEX), rs(r, 256, HEX))


def g_alpaca(r):
    return Cred("AK" + mixed(r, 18, UP), mixed(r, 40))


def g_ibkr(r):
    return Cred(r.choice(WORDS) + rs(r, 3, string.digits) + rs(r, 1, string.ascii_lowercase), human_password(r),
                acct="U" + rs(r, 7, string.digits))


def g_oanda(r):
    return Cred(None, rs(r, 32, HEX) + "-" + rs(r, 32, HEX),
                acct="%03d-%03d-%07d-%03d" % (r.choice([1, 101]), r.randrange(1, 12), r.randrange(10 ** 6, 10 ** 7), r.randrange(1, 5)))


def g_tradier(r):
    return Cred(None, mixed(r, 28), acct="VA" + rs(r, 8, string.digits))


def g_tasty(r):
    return Cred(r.choice(WORDS) + "." + r.choice(WORDS) + "@" + r.choice(["gmail.com", "proton.me", "outlook.com", "fastmail.com"]),
                human_password(r), acct="5WT" + rs(r, 5, string.digits))


def g_schwab(r):
    return Cred(mixed(r, 32), mixed(r, 16))


def g_kite(r):
    return Cred(mixed(r, 16, LOW), mixed(r, 32, LOW), user=rs(r, 2, string.ascii_uppercase) + rs(r, 4, string.digits))


def g_upstox(r):
    iat = r.randrange(1700000000, 1760000000)
    payload = {"sub": rs(r, 6, UP), "jti": rs(r, 24, HEX), "isMultiClient": False, "isPlusPlan": r.random() < 0.5,
               "iat": iat, "iss": "udapi", "exp": iat + 86400}
    return Cred(uuid4(r), jwt_like(r, payload))


def g_angel(r):
    return Cred(mixed(r, 8), rs(r, r.choice([26, 32]), B32), user=r.choice("ABCDEFGHJKMNPRS") + rs(r, r.choice([5, 6, 7]), string.digits))


def g_polygon(r):
    s = mixed(r, 32)
    if r.random() < 0.3:
        i = r.randrange(1, 31)
        s = s[:i] + "_" + s[i + 1:]
    return Cred(None, s)


def g_av(r):
    return Cred(None, mixed(r, 16, UP))


def g_iex(r):
    return Cred(None, "sk_" + rs(r, 32, HEX))


def g_finnhub(r):
    return Cred(None, r.choice("bcdf") + mixed(r, 19, LOW))


def g_td(r):
    return Cred(None, rs(r, 32, HEX))


def g_tiingo(r):
    return Cred(None, rs(r, 40, HEX))


def g_nasdaq(r):
    return Cred(None, mixed(r, 20, ALNUM + "_-"))


def g_eod(r):
    return Cred(None, rs(r, 13, HEX) + "." + rs(r, 8, string.digits))


def g_fmp(r):
    return Cred(None, mixed(r, 32))


def g_tg(r):
    return Cred(None, str(r.randrange(10 ** 9, 8 * 10 ** 9)) + ":AA" + mixed(r, 33, URLSAFE),
                user=str(r.choice([-1, 1]) * r.randrange(10 ** 8, 10 ** 10)))


def g_tv(r):
    if r.random() < 0.5:
        return Cred(None, human_passphrase(r) + r.choice(SYMS) + rs(r, 4, ALNUM))
    return Cred(None, mixed(r, r.choice([24, 32])))


PROVIDERS = [
    P("binance", "Binance", "exchange_api_secret", "exchange", "BINANCE", ["api", "key"], ["api", "secret"], g_binance, "binance", "https://api.binance.com"),
    P("coinbase_cdp", "Coinbase Advanced (CDP Ed25519)", "exchange_private_key", "exchange", "COINBASE", ["api", "key", "id"], ["api", "key", "secret"], g_cdp, "coinbase", "https://api.coinbase.com/api/v3/brokerage"),
    P("coinbase_cdp_ec", "Coinbase Advanced (CDP ECDSA)", "exchange_private_key_pem", "exchange", "COINBASE", ["api", "key", "name"], ["api", "private", "key"], g_cdp_ec, "coinbase", "https://api.coinbase.com/api/v3/brokerage", shape="pem"),
    P("coinbase_exchange", "Coinbase Exchange (legacy Pro)", "exchange_api_secret", "exchange", "CBX", ["api", "key"], ["api", "secret"], g_cbx, "coinbaseexchange", "https://api.exchange.coinbase.com", pw=["passphrase"]),
    P("kraken", "Kraken", "exchange_private_key", "exchange", "KRAKEN", ["api", "key"], ["private", "key"], g_kraken, "kraken", "https://api.kraken.com"),
    P("bybit", "Bybit", "exchange_api_secret", "exchange", "BYBIT", ["api", "key"], ["api", "secret"], g_bybit, "bybit", "https://api.bybit.com"),
    P("okx", "OKX", "exchange_api_secret", "exchange", "OKX", ["api", "key"], ["secret", "key"], g_okx, "okx", "https://www.okx.com", pw=["passphrase"]),
    P("kucoin", "KuCoin", "exchange_api_secret", "exchange", "KUCOIN", ["api", "key"], ["api", "secret"], g_kucoin, "kucoin", "https://api.kucoin.com", pw=["api", "passphrase"]),
    P("bitget", "Bitget", "exchange_api_secret", "exchange", "BITGET", ["api", "key"], ["secret", "key"], g_bitget, "bitget", "https://api.bitget.com", pw=["passphrase"]),
    P("gate", "Gate", "exchange_api_secret", "exchange", "GATE", ["api", "key"], ["api", "secret"], g_gate, "gate", "https://api.gateio.ws/api/v4"),
    P("deribit", "Deribit", "oauth_client_secret", "exchange", "DERIBIT", ["client", "id"], ["client", "secret"], g_deribit, "deribit", "https://www.deribit.com/api/v2"),
    P("3commas", "3Commas", "api_secret", "exchange", "THREECOMMAS", ["api", "key"], ["api", "secret"], g_3c, None, "https://api.3commas.io/public/api"),
    P("alpaca", "Alpaca", "broker_api_secret", "broker", "ALPACA", ["api", "key", "id"], ["api", "secret", "key"], g_alpaca, "alpaca", "https://api.alpaca.markets",
      envk="APCA_API_KEY_ID", envs="APCA_API_SECRET_KEY", http=("alpaca",)),
    P("ibkr", "Interactive Brokers Client Portal", "password", "broker", "IBEAM", ["account"], ["password"], g_ibkr, None, "https://localhost:5000/v1/api"),
    P("oanda", "OANDA", "api_token", "broker", "OANDA", None, ["api", "token"], g_oanda, None, "https://api-fxtrade.oanda.com/v3", http=("bearer",)),
    P("tradier", "Tradier", "access_token", "broker", "TRADIER", None, ["access", "token"], g_tradier, None, "https://api.tradier.com/v1", http=("bearer",)),
    P("tastytrade", "Tastytrade", "password", "broker", "TT", ["username"], ["password"], g_tasty, None, "https://api.tastyworks.com"),
    P("schwab", "Charles Schwab Trader API", "oauth_client_secret", "broker", "SCHWAB", ["app", "key"], ["app", "secret"], g_schwab, None, "https://api.schwabapi.com/trader/v1"),
    P("zerodha", "Zerodha Kite Connect", "api_secret", "broker", "KITE", ["api", "key"], ["api", "secret"], g_kite, None, "https://api.kite.trade"),
    P("upstox", "Upstox", "access_token", "broker", "UPSTOX", ["api", "key"], ["access", "token"], g_upstox, None, "https://api.upstox.com/v2", http=("bearer",)),
    P("angelone", "Angel One SmartAPI", "totp_seed", "broker", "ANGEL", ["api", "key"], ["totp", "secret"], g_angel, None, "https://apiconnect.angelone.in"),
    P("polygon", "Polygon.io", "api_key", "data", "POLYGON", None, ["api", "key"], g_polygon, None, "https://api.polygon.io", http=("query", "apiKey")),
    P("alphavantage", "Alpha Vantage", "api_key", "data", "ALPHAVANTAGE", None, ["api", "key"], g_av, None, "https://www.alphavantage.co/query", http=("query", "apikey"), demo=True),
    P("iexcloud", "IEX Cloud", "secret_token", "data", "IEX", None, ["secret", "token"], g_iex, None, "https://cloud.iexapis.com/stable", http=("query", "token")),
    P("finnhub", "Finnhub", "api_key", "data", "FINNHUB", None, ["api", "key"], g_finnhub, None, "https://finnhub.io/api/v1", http=("header", "X-Finnhub-Token")),
    P("twelvedata", "Twelve Data", "api_key", "data", "TWELVEDATA", None, ["api", "key"], g_td, None, "https://api.twelvedata.com", http=("query", "apikey"), demo=True),
    P("tiingo", "Tiingo", "api_token", "data", "TIINGO", None, ["api", "key"], g_tiingo, None, "https://api.tiingo.com", http=("token",)),
    P("nasdaq", "Nasdaq Data Link (Quandl)", "api_key", "data", "NASDAQ_DATA_LINK", None, ["api", "key"], g_nasdaq, None, "https://data.nasdaq.com/api/v3", http=("query", "api_key")),
    P("eodhd", "EOD Historical Data", "api_token", "data", "EODHD", None, ["api", "token"], g_eod, None, "https://eodhd.com/api", http=("query", "api_token"), demo=True),
    P("fmp", "Financial Modeling Prep", "api_key", "data", "FMP", None, ["api", "key"], g_fmp, None, "https://financialmodelingprep.com/api/v3", http=("query", "apikey"), demo=True),
    P("telegram", "Telegram Bot API", "bot_token", "notify", "TELEGRAM", None, ["bot", "token"], g_tg, None, "https://api.telegram.org"),
    P("tradingview", "TradingView webhook", "webhook_passphrase", "webhook", "WEBHOOK", None, ["passphrase"], g_tv, None, ""),
]
PBYID = dict((p.pid, p) for p in PROVIDERS)


# --------------------------------------------------------------------------- value helpers
class Env(str):
    """An environment / secret-store lookup used instead of a literal (negatives only)."""
    def __new__(cls, var):
        o = str.__new__(cls, "${%s}" % var)
        o.var = var
        return o


def q(v, lang, qc='"'):
    """Render value v as a right-hand-side expression in language lang."""
    if isinstance(v, Env):
        return {
            "py": 'os.getenv("%s")' % v.var, "js": "process.env.%s" % v.var, "ts": "process.env.%s ?? \"\"" % v.var,
            "go": 'os.Getenv("%s")' % v.var, "rs": 'env::var("%s").unwrap_or_default()' % v.var,
            "java": 'System.getenv("%s")' % v.var, "r": 'Sys.getenv("%s")' % v.var, "php": "getenv('%s')" % v.var,
        }.get(lang, qc + "${%s}" % v.var + qc)
    if v is None:
        return {"py": "None", "js": "null", "ts": "null", "go": '""', "rs": '""', "java": "null", "r": "NULL", "php": "null"}.get(lang, '""')
    if lang == "rs":
        return '"%s"' % v
    return qc + v + qc


def raw(v):
    if v is None:
        return ""
    return str(v)


def words_style(words, style):
    if style == "snake":
        return "_".join(words).lower()
    if style == "screaming":
        return "_".join(words).upper()
    if style == "kebab":
        return "-".join(words).lower()
    if style == "camel":
        return words[0].lower() + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    return "_".join(words)


NEUTRAL = [["k2"], ["b"], ["cfg", "b"], ["auth", "blob"], ["part", "two"], ["material"], ["v2"], ["tk"],
           ["cred", "b"], ["aux"], ["seed", "b"], ["p2"], ["acct", "b"], ["conn", "b"], ["opt", "value"],
           ["x2"], ["h"], ["feed", "b"], ["param", "b"], ["slot", "two"], ["bundle", "b"], ["link", "b"]]


def sname(r, p, style, ob, prefix=False):
    if ob:
        w = ([p.prefix.lower()] if prefix else []) + p.sw
    else:
        w = r.choice(NEUTRAL)
        if prefix and style == "screaming":
            w = [r.choice(["bot", "app", "svc", "run"])] + w
    return words_style(w, style)


def kname(p, style, prefix=False):
    w = ([p.prefix.lower()] if prefix else []) + (p.kw or ["id"])
    return words_style(w, style)


def info_fields(p, c):
    """non-secret companions: (words, value)"""
    out = []
    if c.acct:
        out.append((["account", "id"], c.acct))
    if c.user:
        out.append(({"telegram": ["chat", "id"], "zerodha": ["user", "id"], "angelone": ["client", "code"]}.get(p.pid, ["user"]), c.user))
    return out


def fields(r, p, c, ob, style, prefix=True):
    """list of (name, value, role) for key/value style files."""
    out = []
    env = style == "screaming"
    if p.kw and c.key is not None:
        out.append((p.envk if (env and prefix) else kname(p, style, prefix), c.key, "key"))
    if env and prefix and ob:
        out.append((p.envs, c.secret, "secret"))
    else:
        out.append((sname(r, p, style, ob, prefix), c.secret, "secret"))
    if p.pw and c.pp is not None:
        out.append((p.envp if (env and prefix) else words_style(([p.prefix.lower()] if prefix else []) + p.pw, style), c.pp, "pp"))
    for w, v in info_fields(p, c):
        out.append((words_style(([p.prefix.lower()] if prefix else []) + w, style), v, "info"))
    return out


PAIRS = ["BTC/USDT", "ETH/USDT", "SOL/USDT", "XRP/USDT", "ADA/USDT", "DOGE/USDT", "AVAX/USDT", "LINK/USDT",
         "MATIC/USDT", "DOT/USDT", "LTC/USDT", "BNB/USDT", "ARB/USDT", "OP/USDT", "ATOM/USDT", "NEAR/USDT"]
TICKERS = ["AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "SPY", "QQQ", "IWM", "AMD", "NFLX", "JPM",
           "XOM", "KO", "BRK.B", "V", "COST", "PLTR", "SMCI", "TLT", "GLD"]
NSE = ["RELIANCE", "TCS", "INFY", "HDFCBANK", "ICICIBANK", "SBIN", "ITC", "LT", "BAJFINANCE", "NIFTY 50"]
FX = ["EUR_USD", "GBP_USD", "USD_JPY", "AUD_USD", "USD_CAD", "XAU_USD", "EUR_JPY"]
STRATS = ["SampleStrategy", "EMACrossV2", "RsiMeanRevert", "BBandSqueeze", "SupertrendFollow", "MacdDivergence",
          "GridTraderLite", "IchimokuCloud", "VWAPReclaim", "DonchianBreakout", "HeikinAshiTrend"]
TFS = ["1m", "5m", "15m", "1h", "4h", "1d"]
HOSTS = ["bot.tradedesk.internal", "signals.mytrades.dev", "hooks.quantlab.io", "algo.example.net", "vps-fra-02.trader.lan"]


def pick(r, seq, k):
    return r.sample(seq, k)


def symbols_for(r, p, k=4):
    if p.cat == "exchange" or p.pid in ("telegram", "tradingview"):
        return pick(r, PAIRS, k)
    if p.pid == "oanda":
        return pick(r, FX, min(k, len(FX)))
    if p.pid in ("zerodha", "upstox", "angelone"):
        return pick(r, NSE, k)
    return pick(r, TICKERS, k)


def hdr_comment(r, cmt):
    lines = r.choice([
        ["%s trading bot configuration" % cmt, "%s keep this file out of screenshots" % cmt],
        ["%s generated by setup.sh on first run" % cmt],
        ["%s ---- live account ----" % cmt],
        ["%s edit values below, then restart the container" % cmt, "%s see docs/deploy.md" % cmt],
        ["%s TODO: move to vault before going live" % cmt],
        [],
    ])
    return lines


# --------------------------------------------------------------------------- template registry
TEMPLATES = []


def tpl(name, ft, ok=None, pem=False):
    def deco(fn):
        TEMPLATES.append(dict(name=name, ft=ft, fn=fn, ok=ok or (lambda p: True), pem=pem))
        return fn
    return deco


def J(v):
    return '"%s"' % raw(v) if v is not None else "null"


# ---- generic key/value style templates ---------------------------------------------------
@tpl("dotenv", "env")
def t_dotenv(r, p, c, ob):
    path = r.choice([".env", ".env.production", "config/.env", "deploy/bot.env", ".env.local", "docker/.env"])
    qs = r.choice(["", "", '"', "'"])
    lines = hdr_comment(r, "#")
    lines += ["APP_ENV=%s" % r.choice(["production", "live", "prod"]), "LOG_LEVEL=%s" % r.choice(["INFO", "DEBUG", "WARNING"]),
              "TZ=%s" % r.choice(["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]), ""]
    lines.append("# %s" % p.provider)
    for n, v, role in fields(r, p, c, ob, "screaming"):
        lines.append("%s=%s%s%s" % (n, qs, raw(v), qs))
    lines += ["", "SYMBOLS=%s" % ",".join(s.replace("/", "") for s in symbols_for(r, p)),
              "MAX_POSITION_USD=%d" % r.choice([250, 500, 1000, 2500]), "DB_URL=sqlite:///data/trades.sqlite"]
    if r.random() < 0.5:
        lines += ["REDIS_HOST=redis", "REDIS_PORT=6379"]
    return path, "\n".join(lines) + "\n"


@tpl("compose", "docker-compose")
def t_compose(r, p, c, ob):
    svc = r.choice(["bot", "trader", "freqtrade", "signal-worker", "md-collector"])
    flds = fields(r, p, c, ob, "screaming")
    listform = r.random() < 0.5
    lines = ["version: \"3.8\"" if r.random() < 0.4 else "", "services:", "  %s:" % svc,
             "    image: %s" % r.choice(["ghcr.io/acme/tradebot:1.4.2", "freqtradeorg/freqtrade:stable", "python:3.11-slim", "registry.gitlab.com/quant/bot:latest"]),
             "    restart: unless-stopped", "    volumes:", "      - ./user_data:/app/user_data", "    environment:"]
    for n, v, role in flds + [("TZ", "UTC", "info"), ("LOG_LEVEL", "info", "info")]:
        if listform:
            lines.append("      - %s=%s" % (n, raw(v)))
        else:
            lines.append("      %s: \"%s\"" % (n, raw(v)))
    lines += ["    depends_on:", "      - redis", "  redis:", "    image: redis:7-alpine", "    ports:", "      - \"127.0.0.1:6379:6379\""]
    lines = [l for l in lines if l != ""]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yml", "compose.yaml"]), "\n".join(lines) + "\n"


@tpl("dockerfile", "dockerfile")
def t_dockerfile(r, p, c, ob):
    lines = ["FROM python:%s-slim" % r.choice(["3.10", "3.11", "3.12"]), "", "WORKDIR /app",
             "RUN apt-get update && apt-get install -y --no-install-recommends build-essential && rm -rf /var/lib/apt/lists/*",
             "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", ""]
    fl = fields(r, p, c, ob, "screaming")
    if r.random() < 0.5:
        for n, v, role in fl:
            lines.append("ENV %s=%s" % (n, raw(v)))
    else:
        lines.append("ENV " + " \\\n    ".join("%s=\"%s\"" % (n, raw(v)) for n, v, role in fl))
    lines += ["ENV PYTHONUNBUFFERED=1", "", "CMD [\"python\", \"-m\", \"%s\"]" % r.choice(["bot", "trader.main", "app.run"])]
    return r.choice(["Dockerfile", "docker/Dockerfile", "Dockerfile.bot"]), "\n".join(lines) + "\n"


@tpl("gh_workflow", "yaml")
def t_workflow(r, p, c, ob):
    name = r.choice(["nightly-backtest", "deploy", "paper-trade-smoke", "fetch-market-data"])
    lines = ["name: %s" % name, "", "on:", "  schedule:", "    - cron: \"%d %d * * 1-5\"" % (r.randrange(60), r.randrange(24)),
             "  workflow_dispatch:", "", "jobs:", "  run:", "    runs-on: ubuntu-latest", "    env:"]
    for n, v, role in fields(r, p, c, ob, "screaming"):
        lines.append("      %s: %s" % (n, raw(v) if role != "secret" or r.random() < 0.5 else "\"%s\"" % raw(v)))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5", "        with:",
              "          python-version: \"3.11\"", "      - run: pip install -r requirements.txt",
              "      - run: python scripts/%s.py --days %d" % (name.replace("-", "_"), r.choice([30, 90, 365]))]
    return ".github/workflows/%s.yml" % name, "\n".join(lines) + "\n"


@tpl("k8s_secret", "yaml")
def t_k8s(r, p, c, ob):
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % p.pid.replace("_", "-"),
             "  namespace: %s" % r.choice(["trading", "bots", "default", "algo"]), "  labels:", "    app: tradebot", "type: Opaque", "stringData:"]
    for n, v, role in fields(r, p, c, ob, "screaming"):
        lines.append("  %s: \"%s\"" % (n, raw(v)))
    return r.choice(["k8s/secret.yaml", "deploy/k8s/bot-secret.yaml", "helm/tradebot/templates/secret.yaml"]), "\n".join(lines) + "\n"


@tpl("toml_cfg", "toml", pem=True)
def t_toml(r, p, c, ob):
    sec = r.choice(["exchange", "broker", "credentials", p.pid.replace("_", "-")])
    lines = ["# bot settings", "[general]", "name = \"%s\"" % r.choice(STRATS), "dry_run = false",
             "timeframe = \"%s\"" % r.choice(TFS), "", "[%s]" % sec]
    if p.url:
        lines.append("base_url = \"%s\"" % p.url)
    for n, v, role in fields(r, p, c, ob, "snake", prefix=False):
        lines.append("%s = \"%s\"" % (n, raw(v)))
    lines += ["", "[risk]", "max_drawdown_pct = %d" % r.choice([5, 8, 10, 15]), "position_size = %s" % r.choice(["0.01", "0.05", "0.1"]),
              "", "[symbols]", "list = [%s]" % ", ".join('"%s"' % s for s in symbols_for(r, p))]
    return r.choice(["config.toml", "config/bot.toml", "Settings.toml", "conf/live.toml"]), "\n".join(lines) + "\n"


@tpl("ini_cfg", "ini")
def t_ini(r, p, c, ob):
    lines = ["; trading bot config", "[DEFAULT]", "log_level = INFO", "data_dir = ./data", "", "[%s]" % p.pid.upper()]
    for n, v, role in fields(r, p, c, ob, "snake", prefix=False):
        lines.append("%s = %s" % (n, raw(v)))
    if p.url:
        lines.append("endpoint = %s" % p.url)
    lines += ["", "[strategy]", "name = %s" % r.choice(STRATS), "symbols = %s" % ",".join(symbols_for(r, p)),
              "timeframe = %s" % r.choice(TFS)]
    return r.choice(["config.ini", "settings.ini", "conf/credentials.ini", "bot.cfg"]), "\n".join(lines) + "\n"


@tpl("java_properties", "properties")
def t_props(r, p, c, ob):
    lines = ["# Spring Boot trading service", "server.port=%d" % r.choice([8080, 8081, 9000]),
             "spring.application.name=%s" % r.choice(["order-router", "quote-service", "tradebot"]),
             "spring.datasource.url=jdbc:postgresql://db:5432/trading", "spring.datasource.username=trader", ""]
    for n, v, role in fields(r, p, c, ob, "kebab", prefix=False):
        lines.append("%s.%s=%s" % (p.pid.replace("_", "-"), n, raw(v)))
    if p.url:
        lines.append("%s.base-url=%s" % (p.pid.replace("_", "-"), p.url))
    lines += ["", "management.endpoints.web.exposure.include=health,info"]
    return "src/main/resources/application.properties", "\n".join(lines) + "\n"


@tpl("spring_yml", "yaml")
def t_spring(r, p, c, ob):
    lines = ["spring:", "  application:", "    name: %s" % r.choice(["order-router", "md-gateway"]), "", "%s:" % p.pid.replace("_", "-")]
    if p.url:
        lines.append("  base-url: %s" % p.url)
    for n, v, role in fields(r, p, c, ob, "kebab", prefix=False):
        lines.append("  %s: %s" % (n, raw(v) if r.random() < 0.5 else "'%s'" % raw(v)))
    lines += ["  timeout-ms: %d" % r.choice([2000, 5000, 10000]), "", "logging:", "  level:", "    root: INFO"]
    return r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yml"]), "\n".join(lines) + "\n"


@tpl("appsettings", "json", pem=True)
def t_appsettings(r, p, c, ob):
    sec = p.pid.capitalize()
    items = ["    \"%s\": %s" % (n, J(v)) for n, v, role in fields(r, p, c, ob, "pascal", prefix=False)]
    if p.url:
        items.insert(0, "    \"BaseUrl\": \"%s\"" % p.url)
    text = "{\n  \"Logging\": {\n    \"LogLevel\": {\n      \"Default\": \"Information\"\n    }\n  },\n  \"%s\": {\n%s\n  },\n  \"AllowedHosts\": \"*\"\n}\n" % (sec, ",\n".join(items))
    return r.choice(["appsettings.json", "src/TradeBot/appsettings.Production.json"]), text


@tpl("systemd", "systemd")
def t_systemd(r, p, c, ob):
    lines = ["[Unit]", "Description=%s trading bot" % p.provider, "After=network-online.target", "", "[Service]",
             "User=trader", "WorkingDirectory=/opt/tradebot"]
    for n, v, role in fields(r, p, c, ob, "screaming"):
        lines.append("Environment=%s=%s" % (n, raw(v)) if r.random() < 0.5 else "Environment=\"%s=%s\"" % (n, raw(v)))
    lines += ["ExecStart=/opt/tradebot/.venv/bin/python -m bot --live", "Restart=on-failure", "RestartSec=10", "", "[Install]", "WantedBy=multi-user.target"]
    return r.choice(["deploy/tradebot.service", "systemd/bot.service", "ops/%s-bot.service" % p.pid]), "\n".join(lines) + "\n"


@tpl("crontab", "crontab")
def t_crontab(r, p, c, ob):
    fl = fields(r, p, c, ob, "screaming")
    env = " ".join("%s=%s" % (n, raw(v)) for n, v, role in fl)
    lines = ["# m h dom mon dow command", "SHELL=/bin/bash", "MAILTO=\"\"", "",
             "*/%d * * * 1-5 %s /usr/bin/python3 /opt/bot/fetch_quotes.py >> /var/log/bot/quotes.log 2>&1" % (r.choice([1, 5, 15]), env),
             "0 22 * * 1-5 /opt/bot/scripts/eod_report.sh", "30 3 * * 0 find /var/log/bot -mtime +14 -delete"]
    return r.choice(["deploy/crontab", "ops/crontab.txt", "cron/bot.cron"]), "\n".join(lines) + "\n"


@tpl("tfvars", "hcl")
def t_tfvars(r, p, c, ob):
    lines = ["region        = \"%s\"" % r.choice(["eu-central-1", "us-east-1", "ap-south-1"]), "instance_type = \"t3.small\"",
             "bot_image     = \"ghcr.io/acme/tradebot:%s\"" % r.choice(["1.2.0", "2.0.1", "latest"]),
             "vpc_cidr      = \"10.%d.0.0/16\"" % r.randrange(0, 250), "ssh_allowed   = [\"%d.%d.%d.%d/32\"]" % (r.randrange(11, 220), r.randrange(256), r.randrange(256), r.randrange(1, 255)),
             "tags = {", "  project = \"tradebot\"", "  owner   = \"%s\"" % r.choice(["quant-team", "jdoe", "ops"]), "}", ""]
    for n, v, role in fields(r, p, c, ob, "snake"):
        lines.append("%s = \"%s\"" % (n, raw(v)))
    return r.choice(["infra/terraform.tfvars", "terraform/prod.auto.tfvars"]), "\n".join(lines) + "\n"


@tpl("yaml_botcfg", "yaml")
def t_yamlcfg(r, p, c, ob):
    style = r.choice(["snake", "camel"])
    lines = ["# %s bot" % r.choice(["gridbot", "momentum", "arb", "dca"]), "mode: live", "strategy:", "  name: %s" % r.choice(STRATS),
             "  timeframe: %s" % r.choice(TFS), "  symbols:"]
    lines += ["    - %s" % s for s in symbols_for(r, p, 3)]
    lines += ["%s:" % r.choice(["exchange", "broker", "provider", p.pid])]
    lines.append("  name: %s" % p.pid)
    for n, v, role in fields(r, p, c, ob, style, prefix=False):
        qv = r.choice(["%s", "\"%s\"", "'%s'"]) % raw(v) if not isinstance(v, Env) else "\"%s\"" % raw(v)
        lines.append("  %s: %s" % (n, qv))
    lines += ["risk:", "  max_open_positions: %d" % r.choice([1, 3, 5]), "  stop_loss_pct: %s" % r.choice(["1.5", "2.0", "3.5"])]
    return r.choice(["config.yaml", "config/live.yaml", "configs/bot.yml", "deploy/values.yaml"]), "\n".join(lines) + "\n"


@tpl("makefile", "makefile")
def t_make(r, p, c, ob):
    fl = fields(r, p, c, ob, "screaming")
    lines = [".PHONY: install run backtest", "", "PY ?= python3"]
    for n, v, role in fl:
        lines.append("export %s ?= %s" % (n, raw(v)))
    lines += ["", "install:", "\t$(PY) -m pip install -r requirements.txt", "", "run:", "\t$(PY) -m bot --live",
              "", "backtest:", "\t$(PY) -m bot.backtest --from 2023-01-01 --to 2023-12-31"]
    return "Makefile", "\n".join(lines) + "\n"


@tpl("shell_exports", "shell")
def t_shexp(r, p, c, ob):
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "", "cd \"$(dirname \"$0\")/..\""]
    for n, v, role in fields(r, p, c, ob, "screaming"):
        lines.append("export %s='%s'" % (n, raw(v)) if not isinstance(v, Env) else "export %s=\"%s\"" % (n, raw(v)))
    lines += ["", "source .venv/bin/activate", "exec python -m bot --config config/live.yaml \"$@\""]
    return r.choice(["scripts/run_live.sh", "run.sh", "bin/start-bot.sh"]), "\n".join(lines) + "\n"


@tpl("docker_run", "shell")
def t_dockerrun(r, p, c, ob):
    fl = fields(r, p, c, ob, "screaming")
    lines = ["#!/bin/sh", "# restart the bot container with fresh image", "docker pull ghcr.io/acme/tradebot:latest",
             "docker rm -f tradebot 2>/dev/null || true", "docker run -d --name tradebot \\", "  --restart unless-stopped \\"]
    for n, v, role in fl:
        lines.append("  -e %s=%s \\" % (n, raw(v)) if not isinstance(v, Env) else "  -e %s \\" % n)
    lines += ["  -v \"$PWD/user_data:/app/user_data\" \\", "  ghcr.io/acme/tradebot:latest"]
    return r.choice(["scripts/deploy.sh", "redeploy.sh", "ops/run-container.sh"]), "\n".join(lines) + "\n"


# ---- code templates ------------------------------------------------------------------------
def code_fields(r, p, c, ob, style, prefix=False):
    return fields(r, p, c, ob, style, prefix)


@tpl("settings_py", "python", pem=True)
def t_settings(r, p, c, ob):
    lines = ['"""Runtime settings for the %s bot."""' % r.choice(["momentum", "grid", "mean-reversion", "pairs"]), "import os", "", "DEBUG = False",
             "TIMEFRAME = \"%s\"" % r.choice(TFS), "SYMBOLS = [%s]" % ", ".join('"%s"' % s for s in symbols_for(r, p)), ""]
    lines.append("# --- %s ---" % p.provider)
    for n, v, role in fields(r, p, c, ob, "screaming", prefix=True):
        lines.append("%s = %s" % (n, q(v, "py", r.choice(['"', "'"]))))
    if p.url:
        lines.append("%s_BASE_URL = \"%s\"" % (p.prefix, p.url))
    lines += ["", "DB_PATH = os.path.join(os.path.dirname(__file__), \"..\", \"data\", \"bot.sqlite\")",
              "MAX_OPEN_TRADES = %d" % r.choice([2, 3, 5, 8]), "STAKE_AMOUNT = %s" % r.choice(["50", "100.0", "\"unlimited\""])]
    return r.choice(["config/settings.py", "bot/settings.py", "settings.py", "src/config.py"]), "\n".join(lines) + "\n"


@tpl("ccxt_py", "python", ok=lambda p: p.ccxt is not None, pem=True)
def t_ccxt_py(r, p, c, ob):
    kn = "key" if ob else r.choice(["k1", "a", "pub"])
    sn = sname(r, p, "snake", ob)
    lines = ["import os", "import time", "", "import ccxt", "", "%s = %s" % (kn, q(c.key, "py")), "%s = %s" % (sn, q(c.secret, "py"))]
    if p.pw:
        lines.append("%s = %s" % ("passphrase" if ob else "pp", q(c.pp, "py")))
    cfg = ["    \"apiKey\": %s," % kn, "    \"secret\": %s," % sn]
    if p.pw:
        cfg.append("    \"password\": %s," % ("passphrase" if ob else "pp"))
    cfg.append("    \"enableRateLimit\": True,")
    lines += ["", "exchange = ccxt.%s({" % p.ccxt] + cfg + ["})", ""]
    sym = r.choice(PAIRS)
    lines += ["def main():", "    markets = exchange.load_markets()",
              "    print(len(markets), \"markets loaded\")",
              "    bal = exchange.fetch_balance()", "    print(bal[\"total\"].get(\"USDT\"))",
              "    ohlcv = exchange.fetch_ohlcv(\"%s\", timeframe=\"%s\", limit=100)" % (sym, r.choice(TFS)),
              "    last = ohlcv[-1][4]", "    print(\"%s last close\", last)" % sym, "", "", "if __name__ == \"__main__\":",
              "    while True:", "        main()", "        time.sleep(%d)" % r.choice([30, 60, 300])]
    return r.choice(["scripts/check_balance.py", "bot.py", "ccxt_test.py", "tools/fetch_ohlcv.py"]), "\n".join(lines) + "\n"


@tpl("notebook", "ipynb")
def t_notebook(r, p, c, ob):
    fl = fields(r, p, c, ob, "snake", prefix=False)
    setup = ["import os\n", "import pandas as pd\n", "import requests\n", "\n"]
    for n, v, role in fl:
        setup.append("%s = %s\n" % (n, q(v, "py")))
    setup[-1] = setup[-1].rstrip("\n")
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s exploration\n" % r.choice(["Backtest", "Signal", "Market data"]), "\n", "Pulling %s data for %s." % (p.provider, ", ".join(symbols_for(r, p, 2)))]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": setup},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
         "source": ["df = pd.read_csv(\"data/%s.csv\", parse_dates=[\"ts\"])\n" % r.choice(["ohlcv", "fills", "quotes"]), "df[\"ret\"] = df[\"close\"].pct_change()\n", "df.describe()"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["sharpe = df[\"ret\"].mean() / df[\"ret\"].std() * (252 ** 0.5)\n", "print(f\"Sharpe: {sharpe:.2f}\")"]},
    ]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.4"}}, "nbformat": 4, "nbformat_minor": 5}
    return r.choice(["notebooks/research.ipynb", "notebooks/%s_explore.ipynb" % p.pid, "analysis/backtest.ipynb"]), json.dumps(nb, indent=1) + "\n"


@tpl("ccxt_js", "javascript", ok=lambda p: p.ccxt is not None, pem=True)
def t_ccxt_js(r, p, c, ob):
    kn = "apiKey" if ob else r.choice(["k", "idA"])
    sn = sname(r, p, "camel", ob)
    lines = ["'use strict';", "const ccxt = require('ccxt');", "", "const %s = %s;" % (kn, q(c.key, "js", r.choice(['"', "'"]))),
             "const %s = %s;" % (sn, q(c.secret, "js", '"'))]
    if p.pw:
        lines.append("const pass = %s;" % q(c.pp, "js", "'"))
    lines += ["", "const exchange = new ccxt.%s({" % p.ccxt, "  apiKey: %s," % kn, "  secret: %s," % sn]
    if p.pw:
        lines.append("  password: pass,")
    sym = r.choice(PAIRS)
    lines += ["  enableRateLimit: true,", "});", "", "async function tick() {", "  const ticker = await exchange.fetchTicker('%s');" % sym,
              "  const balance = await exchange.fetchBalance();", "  console.log(ticker.last, balance.free.USDT);", "}", "",
              "setInterval(() => tick().catch(console.error), %d);" % r.choice([10000, 30000, 60000])]
    return r.choice(["bot.js", "src/index.js", "scripts/ticker.js"]), "\n".join(lines) + "\n"


@tpl("ts_config", "typescript", pem=True)
def t_ts(r, p, c, ob):
    lines = ["// central config for the bot", "export interface %sConfig {" % p.prefix.capitalize().replace("_", "")]
    fl = fields(r, p, c, ob, "camel", prefix=False)
    for n, v, role in fl:
        lines.append("  %s: string;" % n)
    lines += ["  baseUrl: string;", "}", "", "export const %s: %sConfig = {" % (p.pid.replace("_", "") + "Config", p.prefix.capitalize().replace("_", ""))]
    for n, v, role in fl:
        lines.append("  %s: %s," % (n, q(v, "ts", r.choice(['"', "'"]))))
    lines += ["  baseUrl: \"%s\"," % (p.url or "https://%s" % r.choice(HOSTS)), "};", "",
              "export const symbols = [%s];" % ", ".join("'%s'" % s for s in symbols_for(r, p)),
              "export const pollMs = %d;" % r.choice([1000, 5000, 15000])]
    return r.choice(["src/config.ts", "src/config/%s.ts" % p.pid, "lib/settings.ts"]), "\n".join(lines) + "\n"


@tpl("go_bot", "go", pem=True)
def t_go(r, p, c, ob):
    fl = fields(r, p, c, ob, "camel", prefix=False)
    lines = ["package main", "", "import (", "\t\"fmt\"", "\t\"log\"", "\t\"os\"", "\t\"time\"", ")", "", "var ("]
    for n, v, role in fl:
        lines.append("\t%s = %s" % (n, q(v, "go")))
    lines += ["\tbaseURL = \"%s\"" % (p.url or "https://%s" % r.choice(HOSTS)), ")", "",
              "func main() {", "\tlog.SetFlags(log.LstdFlags | log.Lshortfile)",
              "\tclient := NewClient(baseURL, %s)" % ", ".join(n for n, v, role in fl if role in ("key", "secret", "pp")),
              "\tfor {", "\t\tif err := client.Poll(); err != nil {", "\t\t\tfmt.Fprintln(os.Stderr, \"poll:\", err)", "\t\t}",
              "\t\ttime.Sleep(%d * time.Second)" % r.choice([5, 15, 60]), "\t}", "}"]
    return r.choice(["main.go", "cmd/bot/main.go", "cmd/trader/main.go"]), "\n".join(lines) + "\n"


@tpl("rust_bot", "rust", pem=True)
def t_rust(r, p, c, ob):
    fl = fields(r, p, c, ob, "snake", prefix=False)
    lines = ["use std::env;", "use std::time::Duration;", "", "mod client;", "use client::Client;", "",
             "#[tokio::main]", "async fn main() -> anyhow::Result<()> {", "    env_logger::init();"]
    for n, v, role in fl:
        lines.append("    let %s = %s;" % (n, q(v, "rs")))
    args = ", ".join("&%s" % n if isinstance(v, Env) else n for n, v, role in fl if role in ("key", "secret", "pp"))
    lines += ["    let client = Client::new(\"%s\", %s);" % (p.url or "https://%s" % r.choice(HOSTS), args),
              "    loop {", "        match client.poll().await {", "            Ok(n) => log::info!(\"processed {} updates\", n),",
              "            Err(e) => log::warn!(\"poll failed: {e}\"),", "        }",
              "        tokio::time::sleep(Duration::from_secs(%d)).await;" % r.choice([5, 10, 30]), "    }", "}"]
    return r.choice(["src/main.rs", "bot/src/main.rs"]), "\n".join(lines) + "\n"


@tpl("java_class", "java", pem=True)
def t_java(r, p, c, ob):
    cls = p.prefix.capitalize().replace("_", "") + "Credentials"
    lines = ["package com.acme.trading.config;", "", "public final class %s {" % cls, "    private %s() {}" % cls, ""]
    for n, v, role in fields(r, p, c, ob, "screaming", prefix=False):
        lines.append("    public static final String %s = %s;" % (n, q(v, "java")))
    lines += ["    public static final String BASE_URL = \"%s\";" % (p.url or "https://%s" % r.choice(HOSTS)),
              "    public static final int TIMEOUT_MS = %d;" % r.choice([3000, 5000]), "}"]
    return "src/main/java/com/acme/trading/config/%s.java" % cls, "\n".join(lines) + "\n"


@tpl("php_config", "php")
def t_php(r, p, c, ob):
    lines = ["<?php", "// dashboard config", "return ["]
    lines.append("    'db' => ['host' => '127.0.0.1', 'name' => 'trading', 'user' => 'dash'],")
    lines.append("    '%s' => [" % p.pid)
    for n, v, role in fields(r, p, c, ob, "snake", prefix=False):
        lines.append("        '%s' => %s," % (n, q(v, "php", "'")))
    lines += ["    ],", "    'symbols' => [%s]," % ", ".join("'%s'" % s for s in symbols_for(r, p, 3)), "];"]
    return r.choice(["config/app.php", "dashboard/config.php"]), "\n".join(lines) + "\n"


@tpl("r_script", "r")
def t_r(r, p, c, ob):
    lines = ["library(httr)", "library(jsonlite)", "library(quantmod)", ""]
    for n, v, role in fields(r, p, c, ob, "snake", prefix=False):
        lines.append("%s <- %s" % (n, q(v, "r")))
    syms = symbols_for(r, p, 3)
    lines += ["", "symbols <- c(%s)" % ", ".join('"%s"' % s for s in syms), "",
              "for (s in symbols) {", "  message(\"fetching \", s)", "  Sys.sleep(%d)" % r.choice([1, 12, 15]), "}",
              "prices <- do.call(merge, lapply(symbols, function(s) Cl(get(s))))", "chart.CumReturns(ROC(prices), legend.loc = \"topleft\")"]
    return r.choice(["R/fetch_prices.R", "analysis/returns.R", "scripts/pull.R"]), "\n".join(lines) + "\n"


def http_call(p, v, lang):
    """(url, headers dict) for a single-token http provider, using value expression v."""
    path = {"polygon": "/v2/aggs/ticker/AAPL/range/1/day/2024-01-02/2024-03-28", "alphavantage": "?function=TIME_SERIES_DAILY&symbol=IBM",
            "iexcloud": "/stock/aapl/quote", "finnhub": "/quote?symbol=AAPL", "twelvedata": "/time_series?symbol=AAPL&interval=1day",
            "tiingo": "/tiingo/daily/aapl/prices", "nasdaq": "/datatables/SHARADAR/SEP.json?ticker=AAPL", "eodhd": "/eod/AAPL.US?fmt=json",
            "fmp": "/quote/AAPL", "oanda": "/accounts", "tradier": "/markets/quotes?symbols=SPY", "upstox": "/user/profile",
            "alpaca": "/v2/account"}.get(p.pid, "/")
    return p.url + path


@tpl("py_requests", "python", ok=lambda p: p.http is not None)
def t_pyreq(r, p, c, ob):
    sn = sname(r, p, "screaming", ob, prefix=True)
    lines = ["import os", "", "import pandas as pd", "import requests", ""]
    if p.pid == "alpaca":
        lines += ["KEY_ID = %s" % q(c.key, "py"), "%s = %s" % (sn, q(c.secret, "py")), "",
                  "HEADERS = {\"APCA-API-KEY-ID\": KEY_ID, \"APCA-API-SECRET-KEY\": %s}" % sn]
        call = "requests.get(URL, headers=HEADERS, timeout=10)"
    else:
        lines.append("%s = %s" % (sn, q(c.secret, "py")))
        kind = p.http[0]
        if kind == "query":
            call = "requests.get(URL, params={\"%s\": %s}, timeout=10)" % (p.http[1], sn)
        elif kind == "header":
            call = "requests.get(URL, headers={\"%s\": %s}, timeout=10)" % (p.http[1], sn)
        elif kind == "token":
            call = "requests.get(URL, headers={\"Authorization\": f\"Token {%s}\"}, timeout=10)" % sn
        else:
            call = "requests.get(URL, headers={\"Authorization\": f\"Bearer {%s}\", \"Accept\": \"application/json\"}, timeout=10)" % sn
    lines += ["URL = \"%s\"" % http_call(p, None, "py"), "", "", "def fetch():", "    resp = %s" % call, "    resp.raise_for_status()",
              "    return resp.json()", "", "", "if __name__ == \"__main__\":", "    data = fetch()",
              "    print(pd.json_normalize(data).head())"]
    return r.choice(["scripts/fetch_%s.py" % p.pid, "data/loader.py", "marketdata/%s_client.py" % p.pid]), "\n".join(lines) + "\n"


@tpl("py_default_arg", "python", pem=True)
def t_pydefault(r, p, c, ob):
    cls = p.prefix.capitalize().replace("_", "") + "Client"
    fl = [(n, v, role) for n, v, role in fields(r, p, c, ob, "snake", prefix=False) if role != "info"]
    sig = ", ".join("%s=%s" % (n, q(v, "py")) for n, v, role in fl)
    lines = ["import hashlib", "import hmac", "import os", "import time", "", "import requests", "", "",
             "class %s:" % cls, "    \"\"\"Thin REST wrapper used by the strategy runner.\"\"\"", "",
             "    def __init__(self, %s, base_url=\"%s\"):" % (sig, p.url or "https://%s" % r.choice(HOSTS))]
    for n, v, role in fl:
        lines.append("        self.%s = %s" % (n, n))
    lines += ["        self.base_url = base_url", "        self.s = requests.Session()", "",
              "    def _ts(self):", "        return str(int(time.time() * 1000))", "",
              "    def get(self, path, **params):", "        r = self.s.get(self.base_url + path, params=params, timeout=10)",
              "        r.raise_for_status()", "        return r.json()"]
    return r.choice(["bot/client.py", "src/%s_client.py" % p.pid, "lib/api.py"]), "\n".join(lines) + "\n"


POSITIONAL = {
    "alpaca": ["from alpaca.trading.client import TradingClient", "from alpaca.trading.requests import MarketOrderRequest", "",
               "client = TradingClient({K}, {S}, paper=False)", "acct = client.get_account()", "print(acct.buying_power)"],
    "zerodha": ["from kiteconnect import KiteConnect", "", "kite = KiteConnect(api_key={K})", "print(kite.login_url())",
                "request_token = input(\"request_token: \")", "data = kite.generate_session(request_token, {S})",
                "kite.set_access_token(data[\"access_token\"])", "print(kite.margins(\"equity\"))"],
    "schwab": ["from schwab.auth import easy_client", "", "c = easy_client({K}, {S}, \"https://127.0.0.1:8182\", \"token.json\")",
               "resp = c.get_quote(\"SPY\")", "print(resp.json())"],
    "polygon": ["from polygon import RESTClient", "", "client = RESTClient({S})",
                "aggs = client.get_aggs(\"AAPL\", 1, \"day\", \"2024-01-01\", \"2024-06-30\")", "print(len(aggs))"],
    "finnhub": ["import finnhub", "", "fc = finnhub.Client({S})", "print(fc.quote(\"AAPL\"))"],
    "tiingo": ["from tiingo import TiingoClient", "", "client = TiingoClient({{\"session\": True, \"api_key\": {S}}})",
               "prices = client.get_ticker_price(\"GOOGL\", startDate=\"2023-01-01\", frequency=\"daily\")"],
    "nasdaq": ["import nasdaqdatalink", "", "nasdaqdatalink.ApiConfig.api_key = {S}", "df = nasdaqdatalink.get(\"FRED/GDP\")", "print(df.tail())"],
    "oanda": ["import oandapyV20", "import oandapyV20.endpoints.accounts as accounts", "",
              "api = oandapyV20.API({S}, environment=\"live\")", "r = accounts.AccountSummary({A})", "print(api.request(r))"],
    "telegram": ["from telegram import Bot", "import asyncio", "", "bot = Bot({S})",
                 "asyncio.run(bot.send_message(chat_id={U}, text=\"bot online\"))"],
    "angelone": ["import os", "import pyotp", "from SmartApi import SmartConnect", "", "obj = SmartConnect({K})",
                 "totp = pyotp.TOTP({S}).now()", "session = obj.generateSession({U}, os.environ[\"ANGEL_MPIN\"], totp)"],
    "tastytrade": ["from tastytrade import Session, Account", "", "session = Session({K}, {S})",
                   "accounts = Account.get_accounts(session)", "print([a.account_number for a in accounts])"],
    "3commas": ["from py3cw.request import Py3CW", "", "p3cw = Py3CW({K}, {S})",
                "error, bots = p3cw.request(entity=\"bots\", action=\"\")", "print(error or len(bots))"],
    "twelvedata": ["from twelvedata import TDClient", "", "td = TDClient({S})", "ts = td.time_series(symbol=\"AAPL\", interval=\"1day\", outputsize=500)", "print(ts.as_pandas().tail())"],
    "alphavantage": ["from alpha_vantage.timeseries import TimeSeries", "", "ts = TimeSeries({S}, output_format=\"pandas\")",
                     "data, meta = ts.get_daily(\"MSFT\")", "print(data.head())"],
    "fmp": ["import fmpsdk", "", "print(fmpsdk.company_profile({S}, symbol=\"AAPL\"))"],
    "eodhd": ["from eodhd import APIClient", "", "api = APIClient({S})", "print(api.get_eod_historical_stock_market_data(symbol=\"AAPL.US\"))"],
    "upstox": ["import upstox_client", "", "cfg = upstox_client.Configuration()", "cfg.access_token = {S}",
               "api = upstox_client.UserApi(upstox_client.ApiClient(cfg))", "print(api.get_profile(\"2.0\"))"],
}


@tpl("py_positional", "python", ok=lambda p: p.pid in POSITIONAL or p.ccxt is not None, pem=True)
def t_pypos(r, p, c, ob):
    if p.pid in POSITIONAL:
        body = [l.replace("{K}", q(c.key, "py")).replace("{S}", q(c.secret, "py")).replace("{A}", '"%s"' % (c.acct or ""))
                .replace("{U}", '"%s"' % (c.user or "")).replace("{{", "{").replace("}}", "}") for l in POSITIONAL[p.pid]]
    else:
        args = [q(c.key, "py"), q(c.secret, "py")] + ([q(c.pp, "py")] if p.pw else [])
        body = ["import ccxt", "", "def make(name, *creds):", "    keys = [\"apiKey\", \"secret\", \"password\"]",
                "    return getattr(ccxt, name)(dict(zip(keys, creds)))", "", "ex = make(\"%s\", %s)" % (p.ccxt, ", ".join(args)),
                "print(ex.fetch_open_orders(\"%s\"))" % r.choice(PAIRS)]
    lines = ["#!/usr/bin/env python3", "# quick sanity check - %s" % r.choice(["run before market open", "do not run on CI", "used by cron", "ad-hoc"]), "import os", ""] + [l for l in body if l != "import os"]
    return r.choice(["scratch/check.py", "tools/smoke_%s.py" % p.pid, "login.py", "quick_test.py"]), "\n".join(lines) + "\n"


@tpl("url_const", "python", ok=lambda p: (p.http is not None and p.http[0] == "query") or p.pid == "telegram")
def t_urlconst(r, p, c, ob):
    s = raw(c.secret)
    if p.pid == "telegram":
        url = "https://api.telegram.org/bot%s/sendMessage" % s
    else:
        base = http_call(p, None, "py")
        url = base + ("&" if "?" in base else "?") + "%s=%s" % (p.http[1], s)
    lang = r.choice(["py", "js", "yaml"])
    if lang == "py":
        lines = ["import urllib.request, json", "", "ENDPOINT = \"%s\"" % url, "", "def pull():",
                 "    with urllib.request.urlopen(ENDPOINT, timeout=10) as resp:", "        return json.load(resp)", "", "print(pull())"]
        return r.choice(["scripts/pull.py", "feeds/endpoint.py"]), "python", "\n".join(lines) + "\n"
    if lang == "js":
        lines = ["// fetch wrapper", "const ENDPOINT = '%s';" % url, "", "export async function pull() {",
                 "  const res = await fetch(ENDPOINT);", "  if (!res.ok) throw new Error(`HTTP ${res.status}`);", "  return res.json();", "}"]
        return r.choice(["src/feed.js", "web/src/api/feed.js"]), "javascript", "\n".join(lines) + "\n"
    lines = ["feeds:", "  - name: %s" % p.pid, "    url: \"%s\"" % url, "    interval: %s" % r.choice(["60s", "5m", "1h"]), "    format: json",
             "  - name: fred_gdp", "    url: \"https://fred.stlouisfed.org/graph/fredgraph.csv?id=GDP\"", "    interval: 24h"]
    return r.choice(["feeds.yml", "config/feeds.yaml"]), "yaml", "\n".join(lines) + "\n"


@tpl("js_fetch_header", "javascript", ok=lambda p: p.http is not None)
def t_jsfetch(r, p, c, ob):
    sn = sname(r, p, "camel", ob)
    lines = ["import fetch from 'node-fetch';", ""]
    if p.pid == "alpaca":
        lines += ["const keyId = %s;" % q(c.key, "js", "'"), "const %s = %s;" % (sn, q(c.secret, "js", "'")), "",
                  "const headers = { 'APCA-API-KEY-ID': keyId, 'APCA-API-SECRET-KEY': %s };" % sn]
    else:
        lines.append("const %s = %s;" % (sn, q(c.secret, "js", "'")))
        k = p.http[0]
        if k == "query":
            lines.append("const headers = {};  // key goes in the query string")
        elif k == "header":
            lines.append("const headers = { '%s': %s };" % (p.http[1], sn))
        elif k == "token":
            lines.append("const headers = { Authorization: `Token ${%s}` };" % sn)
        else:
            lines.append("const headers = { Authorization: `Bearer ${%s}` };" % sn)
    url = http_call(p, None, "js")
    if p.http and p.http[0] == "query":
        url_expr = "`%s%s%s=${%s}`" % (url, "&" if "?" in url else "?", p.http[1], sn)
    else:
        url_expr = "'%s'" % url
    lines += ["", "export async function load() {", "  const res = await fetch(%s, { headers });" % url_expr,
              "  if (res.status === 429) { await new Promise(r => setTimeout(r, 1500)); return load(); }", "  return res.json();", "}"]
    return r.choice(["src/marketData.js", "services/quotes.js", "lib/%s.js" % p.pid]), "\n".join(lines) + "\n"


@tpl("go_http", "go", ok=lambda p: p.http is not None)
def t_gohttp(r, p, c, ob):
    sn = sname(r, p, "camel", ob)
    url = http_call(p, None, "go")
    imports = ["\t\"encoding/json\"", "\t\"net/http\""] + (["\t\"os\""] if isinstance(c.secret, Env) else [])
    lines = ["package feed", "", "// market data fetcher used by the signal engine", "import ("] + imports + [")", "", "var %s = %s" % (sn, q(c.secret, "go"))]
    if p.pid == "alpaca":
        lines += ["var keyID = %s" % q(c.key, "go")]
    lines += ["", "func Fetch(out interface{}) error {", "\treq, err := http.NewRequest(\"GET\", \"%s\", nil)" % url,
              "\tif err != nil {", "\t\treturn err", "\t}"]
    if p.pid == "alpaca":
        lines += ["\treq.Header.Set(\"APCA-API-KEY-ID\", keyID)", "\treq.Header.Set(\"APCA-API-SECRET-KEY\", %s)" % sn]
    elif p.http[0] == "query":
        lines += ["\tqs := req.URL.Query()", "\tqs.Set(\"%s\", %s)" % (p.http[1], sn), "\treq.URL.RawQuery = qs.Encode()"]
    elif p.http[0] == "header":
        lines += ["\treq.Header.Set(\"%s\", %s)" % (p.http[1], sn)]
    elif p.http[0] == "token":
        lines += ["\treq.Header.Set(\"Authorization\", \"Token \"+%s)" % sn]
    else:
        lines += ["\treq.Header.Set(\"Authorization\", \"Bearer \"+%s)" % sn]
    lines += ["\tresp, err := http.DefaultClient.Do(req)", "\tif err != nil {", "\t\treturn err", "\t}", "\tdefer resp.Body.Close()",
              "\treturn json.NewDecoder(resp.Body).Decode(out)", "}"]
    return r.choice(["internal/feed/feed.go", "pkg/marketdata/client.go"]), "\n".join(lines) + "\n"


@tpl("curl_script", "shell", ok=lambda p: p.http is not None)
def t_curl(r, p, c, ob):
    url = http_call(p, None, "sh")
    s = raw(c.secret)
    lines = ["#!/usr/bin/env bash", "# quick manual check of the %s endpoint" % p.provider, "set -e", ""]
    if p.pid == "alpaca":
        lines += ["curl -s \"%s\" \\" % url, "  -H \"APCA-API-KEY-ID: %s\" \\" % raw(c.key), "  -H \"APCA-API-SECRET-KEY: %s\" | jq ." % s]
    elif p.http[0] == "query":
        lines += ["curl -s \"%s%s%s=%s\" | jq '.'" % (url, "&" if "?" in url else "?", p.http[1], s)]
    elif p.http[0] == "header":
        lines += ["curl -s -H \"%s: %s\" \"%s\" | jq ." % (p.http[1], s, url)]
    elif p.http[0] == "token":
        lines += ["curl -s -H \"Content-Type: application/json\" -H \"Authorization: Token %s\" \\" % s, "  \"%s\"" % url]
    else:
        lines += ["curl -s -H \"Authorization: Bearer %s\" \\" % s, "  -H \"Accept: application/json\" \\", "  \"%s\"" % url]
    lines += ["", "echo \"done $(date -u +%FT%TZ)\""]
    return r.choice(["scripts/curl_check.sh", "test_api.sh", "tools/ping_%s.sh" % p.pid]), "\n".join(lines) + "\n"


@tpl("debug_log", "log")
def t_log(r, p, c, ob):
    ts = "2024-%02d-%02d" % (r.randrange(1, 13), r.randrange(1, 28))
    h = r.randrange(0, 20)
    lines = []
    sec = r.randrange(0, 50)
    def stamp(i):
        return "%s %02d:%02d:%02d,%03d" % (ts, h, (sec + i) % 60, (i * 7) % 60, r.randrange(1000))
    lines.append("%s INFO  bot.main: starting %s v%d.%d.%d" % (stamp(0), r.choice(STRATS), r.randrange(3), r.randrange(10), r.randrange(10)))
    lines.append("%s INFO  bot.config: loaded config/live.yaml" % stamp(1))
    kv = " ".join("%s=%s" % (n, raw(v)) for n, v, role in fields(r, p, c, ob, "snake", prefix=False))
    lines.append("%s DEBUG bot.config: %s settings {%s}" % (stamp(2), p.pid, kv))
    for i, s in enumerate(symbols_for(r, p, 3)):
        lines.append("%s INFO  bot.feed: subscribed %s %s" % (stamp(3 + i), s, r.choice(TFS)))
    lines.append("%s WARNING bot.risk: daily loss limit at %d%%" % (stamp(7), r.randrange(20, 80)))
    return r.choice(["logs/bot.log", "user_data/logs/freqtrade.log", "debug.log"]), "\n".join(lines) + "\n"


# ---- trading-domain templates --------------------------------------------------------------
FT_EX = ("binance", "kraken", "bybit", "okx", "kucoin", "bitget", "gate", "coinbase_cdp", "coinbase_exchange", "deribit")


def freqtrade_json(r, key, secret, pp, exname, tg_token, tg_chat, dry):
    pairs = pick(r, PAIRS, r.randrange(3, 7))
    ex = ["        \"name\": \"%s\"," % exname, "        \"key\": %s," % J(key), "        \"secret\": %s," % J(secret)]
    if pp is not None:
        ex.append("        \"password\": %s," % J(pp))
    ex += ["        \"ccxt_config\": {},", "        \"ccxt_async_config\": {},", "        \"pair_whitelist\": ["]
    ex += ["            \"%s\"%s" % (s, "," if i < len(pairs) - 1 else "") for i, s in enumerate(pairs)]
    ex += ["        ],", "        \"pair_blacklist\": [\"BNB/.*\"]"]
    lines = ["{", "    \"$schema\": \"https://schema.freqtrade.io/schema.json\",", "    \"max_open_trades\": %d," % r.choice([3, 4, 5, 8]),
             "    \"stake_currency\": \"USDT\",", "    \"stake_amount\": %s," % r.choice(["\"unlimited\"", "100", "250"]),
             "    \"tradable_balance_ratio\": 0.99,", "    \"fiat_display_currency\": \"USD\",", "    \"timeframe\": \"%s\"," % r.choice(TFS),
             "    \"dry_run\": %s," % ("true" if dry else "false"), "    \"dry_run_wallet\": 1000,", "    \"cancel_open_orders_on_exit\": false,",
             "    \"unfilledtimeout\": {", "        \"entry\": 10,", "        \"exit\": 10,", "        \"unit\": \"minutes\"", "    },",
             "    \"entry_pricing\": {", "        \"price_side\": \"same\",", "        \"use_order_book\": true,", "        \"order_book_top\": 1", "    },",
             "    \"exchange\": {"] + ex + ["    },", "    \"pairlists\": [", "        {\"method\": \"StaticPairList\"}", "    ],",
             "    \"telegram\": {", "        \"enabled\": %s," % ("true" if tg_token else "false"), "        \"token\": %s," % J(tg_token or ""),
             "        \"chat_id\": \"%s\"" % (tg_chat or ""), "    },", "    \"api_server\": {", "        \"enabled\": false,",
             "        \"listen_ip_address\": \"127.0.0.1\",", "        \"listen_port\": 8080", "    },",
             "    \"bot_name\": \"%s\"," % r.choice(["freqtrade", "ft-live-1", "moonbot"]), "    \"initial_state\": \"running\",",
             "    \"strategy\": \"%s\"," % r.choice(STRATS), "    \"internals\": {", "        \"process_throttle_secs\": 5", "    }", "}"]
    return "\n".join(lines) + "\n"


@tpl("freqtrade_config", "json", ok=lambda p: p.pid in FT_EX or p.pid == "telegram")
def t_freqtrade(r, p, c, ob):
    path = r.choice(["config.json", "user_data/config.json", "user_data/config-live.json", "ft_userdata/user_data/config.json"])
    if p.pid == "telegram":
        return path, freqtrade_json(r, "", "", None, r.choice(["binance", "kraken", "okx"]), c.secret, c.user, True)
    exname = {"coinbase_cdp": "coinbaseadvanced", "coinbase_exchange": "coinbasepro", "gate": "gate"}.get(p.pid, p.pid)
    return path, freqtrade_json(r, c.key, c.secret, c.pp if p.pw else None, exname, "", "", False)


HB = {"binance": "binance", "kucoin": "kucoin", "okx": "okx", "gate": "gate_io", "bybit": "bybit", "kraken": "kraken",
      "bitget": "bitget", "coinbase_cdp": "coinbase_advanced_trade"}


@tpl("hummingbot_yml", "yaml", ok=lambda p: p.pid in HB)
def t_hummingbot(r, p, c, ob):
    cn = HB[p.pid]
    lines = ["########################################################", "###   %s connector (plain, migrated from v0.45)   ###" % cn,
             "########################################################", "", "connector: %s" % cn, "",
             "%s_api_key: %s" % (cn, raw(c.key)), "", "%s_api_secret: %s" % (cn, raw(c.secret))]
    if p.pw:
        lines += ["", "%s_passphrase: %s" % (cn, raw(c.pp))]
    lines += ["", "# strategy", "strategy: %s" % r.choice(["pure_market_making", "cross_exchange_market_making", "avellaneda_market_making"]),
              "market: %s" % r.choice(PAIRS).replace("/", "-"), "bid_spread: %s" % r.choice(["0.1", "0.25", "0.5"]),
              "ask_spread: %s" % r.choice(["0.1", "0.25", "0.5"]), "order_amount: %s" % r.choice(["0.01", "5", "100"]),
              "order_refresh_time: %d" % r.choice([15, 30, 60]), "inventory_skew_enabled: true"]
    return r.choice(["conf/connectors/%s.yml" % cn, "hummingbot_files/conf/conf_%s.yml" % cn, "conf/conf_global.yml"]), "\n".join(lines) + "\n"


JESSE = {"binance": "BINANCE_PERPETUAL_FUTURES", "bybit": "BYBIT_USDT_PERPETUAL", "gate": "GATE_USDT_PERPETUAL", "coinbase_exchange": "COINBASE_SPOT"}


@tpl("jesse_env", "env", ok=lambda p: p.pid in JESSE)
def t_jesse(r, p, c, ob):
    ex = JESSE[p.pid]
    lines = ["PASSWORD=", "APP_PORT=9000", "", "# PostgreSQL", "POSTGRES_HOST=127.0.0.1", "POSTGRES_NAME=jesse_db", "POSTGRES_PORT=5432",
             "POSTGRES_USERNAME=jesse_user", "", "REDIS_HOST=localhost", "REDIS_PORT=6379", "", "# Live trade", "LICENSE_API_TOKEN=",
             "%s_API_KEY=%s" % (ex, raw(c.key)), "%s_API_SECRET=%s" % (ex, raw(c.secret))]
    if p.pw:
        lines.append("%s_API_PASSPHRASE=%s" % (ex, raw(c.pp)))
    lines += ["", "# Notifications", "GENERAL_TELEGRAM_BOT_TOKEN=", "GENERAL_TELEGRAM_BOT_CHAT_ID="]
    return r.choice(["jesse-bot/.env", ".env"]), "\n".join(lines) + "\n"


OCTO = {"binance": "binance", "kucoin": "kucoin", "okx": "okx", "bybit": "bybit", "gate": "gateio", "kraken": "kraken",
        "bitget": "bitget", "coinbase_cdp": "coinbase"}


@tpl("octobot_config", "json", ok=lambda p: p.pid in OCTO)
def t_octobot(r, p, c, ob):
    exn = OCTO[p.pid]
    text = """{
  "exchanges": {
    "%s": {
      "api-key": %s,
      "api-secret": %s,
      "api-password": %s,
      "enabled": true,
      "exchange-type": "%s"
    }
  },
  "notification": {
    "global-info": true,
    "price-alerts": false,
    "trades": true
  },
  "trader": {
    "enabled": true,
    "load-trade-history": true
  },
  "trader-simulator": {
    "enabled": false,
    "starting-portfolio": {
      "BTC": 0.1,
      "USDT": 1000
    }
  },
  "trading": {
    "reference-market": "USDT",
    "risk": %s
  }
}
""" % (exn, J(c.key), J(c.secret), J(c.pp if p.pw else ""), r.choice(["spot", "future"]), r.choice(["0.5", "0.8", "1"]))
    return r.choice(["user/config.json", "octobot/user/config.json"]), text


@tpl("cdp_key_json", "json", ok=lambda p: p.pid in ("coinbase_cdp", "coinbase_cdp_ec"), pem=True)
def t_cdpjson(r, p, c, ob):
    if p.pid == "coinbase_cdp_ec":
        if r.random() < 0.5:
            text = "{\n   \"name\": %s,\n   \"privateKey\": %s\n}\n" % (J(c.key), J(c.secret))
        else:
            pub = base64.b64encode(bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + rb(r, 64)).decode()
            pub = "-----BEGIN EC PUBLIC KEY-----\\n" + pub[:64] + "\\n" + pub[64:] + "\\n-----END EC PUBLIC KEY-----\\n"
            text = ("{\n  \"name\": %s,\n  \"principal\": \"%s\",\n  \"principalType\": \"USER\",\n  \"publicKey\": \"%s\",\n"
                    "  \"privateKey\": %s,\n  \"createTime\": \"2024-%02d-%02dT%02d:%02d:%02d.%06dZ\",\n  \"projectId\": \"%s\",\n"
                    "  \"nickname\": \"%s\",\n  \"scopes\": [\"rat#view\", \"rat#trade\"],\n  \"allowedIps\": [],\n  \"keyType\": \"TRADING_KEY\",\n  \"enabled\": true\n}\n") % (
                J(c.key), uuid4(r), pub, J(c.secret), r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(10 ** 6),
                uuid4(r), r.choice(["trading-bot", "ft-live", "rebalancer"]))
    else:
        text = "{\n  \"id\": %s,\n  \"privateKey\": %s\n}\n" % (J(c.key), J(c.secret))
    return r.choice(["cdp_api_key.json", "secrets/cdp_api_key.json", "keys/coinbase_cloud_api_key.json"]), text


@tpl("telegram_notifier", "python", ok=lambda p: p.pid == "telegram")
def t_tgnotify(r, p, c, ob):
    tn = "BOT_TOKEN" if ob else r.choice(["NOTIFY_B", "TG", "CHANNEL_KEY2"])
    lines = ["import logging", "import os", "", "import requests", "", "log = logging.getLogger(__name__)", "",
             "%s = %s" % (tn, q(c.secret, "py")), "CHAT_ID = %s" % (c.user or "0"), "", "",
             "def notify(text: str, silent: bool = False) -> None:",
             "    url = f\"https://api.telegram.org/bot{%s}/sendMessage\"" % tn,
             "    payload = {\"chat_id\": CHAT_ID, \"text\": text, \"parse_mode\": \"HTML\", \"disable_notification\": silent}",
             "    try:", "        requests.post(url, json=payload, timeout=5)", "    except requests.RequestException as exc:",
             "        log.warning(\"telegram notify failed: %s\", exc)", "", "",
             "def on_fill(order):", "    notify(f\"<b>{order['side'].upper()}</b> {order['symbol']} @ {order['price']}\")"]
    return r.choice(["bot/notify.py", "notifications/telegram.py", "utils/tg.py"]), "\n".join(lines) + "\n"


@tpl("tv_alert_json", "json", ok=lambda p: p.pid == "tradingview")
def t_tvalert(r, p, c, ob):
    key = "passphrase" if ob else r.choice(["auth", "k", "token"])
    text = """{
  "%s": %s,
  "time": "{{timenow}}",
  "exchange": "{{exchange}}",
  "ticker": "{{ticker}}",
  "strategy": {
    "position_size": {{strategy.position_size}},
    "order_action": "{{strategy.order.action}}",
    "order_contracts": {{strategy.order.contracts}},
    "order_price": {{strategy.order.price}},
    "order_id": "{{strategy.order.id}}",
    "market_position": "{{strategy.market_position}}"
  }
}
""" % (key, J(c.secret))
    return r.choice(["alerts/long_entry.json", "tradingview/alert_message.json", "docs/alert-template.json"]), text


@tpl("flask_webhook", "python", ok=lambda p: p.pid == "tradingview")
def t_flask(r, p, c, ob):
    vn = "WEBHOOK_PASSPHRASE" if ob else r.choice(["EXPECTED", "GATE_VALUE", "TV_CHECK"])
    lines = ["import os", "", "from flask import Flask, request, abort, jsonify", "", "from broker import place_order", "", "app = Flask(__name__)",
             "%s = %s" % (vn, q(c.secret, "py")), "", "",
             "@app.post(\"/webhook\")", "def webhook():", "    data = request.get_json(force=True)",
             "    if data.get(\"passphrase\") != %s:" % vn, "        abort(403)",
             "    side = data[\"strategy\"][\"order_action\"]", "    qty = float(data[\"strategy\"][\"order_contracts\"])",
             "    res = place_order(data[\"ticker\"], side, qty)", "    return jsonify(ok=True, order=res)", "", "",
             "if __name__ == \"__main__\":", "    app.run(host=\"0.0.0.0\", port=%d)" % r.choice([80, 5000, 8000])]
    return r.choice(["webhook/app.py", "app.py", "server/tv_webhook.py"]), "\n".join(lines) + "\n"


@tpl("pine_script", "pine", ok=lambda p: p.pid == "tradingview")
def t_pine(r, p, c, ob):
    fast, slow = r.choice([(9, 21), (12, 26), (20, 50), (50, 200)])
    host = r.choice(HOSTS)
    lines = ["//@version=5", "// Webhook: https://%s/webhook" % host, "// Alert message body uses the passphrase below, keep in sync with server",
             "strategy(\"EMA cross %d/%d\", overlay=true, initial_capital=10000, default_qty_type=strategy.percent_of_equity, default_qty_value=10)" % (fast, slow),
             "", "fastLen = input.int(%d, \"Fast EMA\")" % fast, "slowLen = input.int(%d, \"Slow EMA\")" % slow,
             "fast = ta.ema(close, fastLen)", "slow = ta.ema(close, slowLen)", "plot(fast, color=color.teal)", "plot(slow, color=color.orange)", "",
             "secret = \"%s\"" % raw(c.secret),
             "msgLong = '{\"passphrase\": \"' + secret + '\", \"ticker\": \"' + syminfo.ticker + '\", \"action\": \"buy\"}'",
             "msgShort = '{\"passphrase\": \"' + secret + '\", \"ticker\": \"' + syminfo.ticker + '\", \"action\": \"sell\"}'", "",
             "if ta.crossover(fast, slow)", "    strategy.entry(\"L\", strategy.long, alert_message=msgLong)",
             "if ta.crossunder(fast, slow)", "    strategy.close(\"L\", alert_message=msgShort)"]
    return r.choice(["pine/ema_cross.pine", "tradingview/strategy.pine", "scripts/ema_cross_webhook.pine"]), "\n".join(lines) + "\n"


@tpl("readme_snippet", "markdown", pem=True)
def t_readme(r, p, c, ob):
    name = r.choice(["moon-bot", "quant-runner", "algo-desk", "tiny-trader", "signal-relay"])
    fl = fields(r, p, c, ob, "screaming")
    lines = ["# %s" % name, "", "Small %s bot for %s." % (r.choice(["momentum", "DCA", "grid", "breakout"]), p.provider), "",
             "## Setup", "", "```bash", "git clone https://github.com/%s/%s.git" % (r.choice(["jdoe", "qbits", "ktrader"]), name), "cd %s" % name,
             "python -m venv .venv && . .venv/bin/activate", "pip install -r requirements.txt", "```", "",
             "## Configuration", "", "Create `.env` (this is what I run with on the VPS):", "", "```ini"]
    for n, v, role in fl:
        lines.append("%s=%s" % (n, raw(v)))
    lines += ["```", "", "## Running", "", "```bash", "python -m bot --live", "```", "", "## Disclaimer", "", "Not financial advice. Use at your own risk."]
    return "README.md", "\n".join(lines) + "\n"


@tpl("runbook_md", "markdown", pem=True)
def t_runbook(r, p, c, ob):
    fl = fields(r, p, c, ob, "snake", prefix=False)
    lines = ["# Runbook: %s" % p.provider, "", "_Last updated: 2024-%02d-%02d_" % (r.randrange(1, 13), r.randrange(1, 28)), "",
             "## Restart procedure", "", "1. `ssh trader@%s`" % r.choice(HOSTS), "2. `sudo systemctl restart tradebot`",
             "3. check `journalctl -u tradebot -f` for `connected`", "", "## Credentials (%s)" % r.choice(["prod", "live account", "main"]), ""]
    for n, v, role in fl:
        lines.append("- %s: `%s`" % (n.replace("_", " "), raw(v)))
    lines += ["", "## Limits", "", "| item | value |", "|---|---|", "| max position | $%d |" % r.choice([500, 2000, 10000]),
              "| daily loss stop | %d%% |" % r.choice([2, 3, 5]), "", "If the bot halts on `insufficient margin`, flatten manually first."]
    return r.choice(["notes/runbook.md", "docs/ops.md", "RUNBOOK.md"]), "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- negative fillers
TG_DOC_EXAMPLE = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"  # example token in Telegram's Bot API docs
PH_KEY = ["your_api_key", "<API_KEY>", "YOUR_KEY_HERE", "xxxxxxxxxxxxxxxx", "api-key-goes-here", "your_exchange_key", "<key-id>", "CHANGEME"]
PH_SEC = ["your_api_secret", "<API_SECRET>", "REPLACE_ME", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxx", "insert-secret-here", "TODO",
          "your_exchange_secret", "<paste secret here>", "YOUR_SECRET_KEY", "...", "<redacted>", "placeholder", "sandbox-secret-placeholder"]
PH_PP = ["<passphrase>", "your_passphrase", "CHANGE_ME", ""]


def filler(r, p, kind):
    """Return (Cred, kind) whose key/secret/pp are harmless look-alikes."""
    acct_user = p.gen(r)
    c = Cred(user=acct_user.user, acct=acct_user.acct)
    if kind == "demo" and not (p.demo or p.pid == "telegram"):
        kind = "placeholder"
    if kind == "empty":
        c.key, c.secret, c.pp = "", "", ""
    elif kind == "placeholder":
        c.key, c.secret, c.pp = r.choice(PH_KEY), r.choice(PH_SEC), r.choice(PH_PP)
        if p.kind == "password":
            c.secret = r.choice(["<password>", "your_password", "CHANGEME", "********"])
            c.key = r.choice(["your_username", "<username>", "demo_user"])
        if p.pid == "telegram":
            c.secret = r.choice(["<BOT_TOKEN>", "your_telegram_token", "123456:REPLACE_ME"])
    elif kind == "env":
        c.key = Env(p.envk) if p.envk else None
        c.secret = Env(p.envs)
        c.pp = Env(p.envp) if p.envp else None
    elif kind == "secret_ref":
        name = p.pid.replace("_", "-")
        refs = ["vault:secret/data/trading/%s#%s" % (name, "_".join(p.sw)),
                "arn:aws:secretsmanager:%s:%012d:secret:prod/%s-%s" % (r.choice(["us-east-1", "eu-west-1"]), r.randrange(10 ** 11, 10 ** 12), name, rs(r, 6, string.ascii_letters)),
                "op://Trading/%s/credential" % p.provider.split()[0],
                "projects/quant-prod/secrets/%s-%s/versions/latest" % (name, "-".join(p.sw)),
                "${{ secrets.%s }}" % p.envs, "{{ vault_%s_%s }}" % (p.pid, "_".join(p.sw)),
                "sm://%s/%s" % (name, "_".join(p.sw))]
        c.secret = r.choice(refs)
        c.key = ("${{ secrets.%s }}" % p.envk) if p.envk else None
        c.pp = ("${{ secrets.%s }}" % p.envp) if p.envp else None
    elif kind == "masked":
        c.secret = r.choice(["*" * r.choice([8, 16, 24]), "****" + rs(r, 4, HEX), "•" * 12, "[REDACTED]", "***masked***", "<hidden>",
                             "x" * 6 + "..." + "x" * 4])
        c.key = r.choice(["****", "[REDACTED]", "<hidden>"]) if p.kw else None
        c.pp = "****" if p.pw else None
    elif kind == "demo":
        if p.pid == "telegram":
            c.secret = TG_DOC_EXAMPLE
        else:
            c.secret = "demo"
        c.key = None
    return c, kind


FILLER_KINDS = ["empty", "placeholder", "env", "secret_ref", "masked", "demo"]


# --------------------------------------------------------------------------- domain look-alike negatives
NEGS = []


def ntpl(name, ft, provider, kind):
    def deco(fn):
        NEGS.append(dict(name=name, ft=ft, provider=provider, kind=kind, fn=fn))
        return fn
    return deco


def luhn_isin(body):
    digits = "".join(str(int(ch, 36)) for ch in body)
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def cusip_check(body):
    total = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        if i % 2 == 1:
            v *= 2
        total += v // 10 + v % 10
    return str((10 - total % 10) % 10)


def make_cusip(r):
    b = rs(r, 6, string.digits + "ABCDEFGHJKLMNPQRSTUVWXYZ") + rs(r, 2, UP)
    return b + cusip_check(b)


def make_isin(r, cc=None):
    cc = cc or r.choice(["US", "GB", "DE", "IN", "JP", "NL", "CA"])
    nsin = make_cusip(r) if cc == "US" else rs(r, 9, UP)
    body = cc + nsin
    return body + luhn_isin(body)


def make_figi(r):
    b = "BBG" + rs(r, 8, "BCDFGHJKLMNPQRSTVWXYZ0123456789")
    return b + cusip_check(b)


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def ts_ms(r):
    return r.randrange(1690000000000, 1735000000000)


@ntpl("freqtrade_dryrun", "json", "freqtrade (dry-run)", "empty")
def n_ft_dry(r):
    return r.choice(["config.json", "user_data/config.json", "config-dry.json"]), freqtrade_json(r, "", "", None, r.choice(["binance", "kraken", "okx", "bybit"]), "", "", True)


@ntpl("backtest_result", "json", "freqtrade", "hash")
def n_backtest(r):
    strat = r.choice(STRATS)
    trades = []
    for i in range(r.randrange(3, 6)):
        pr = r.choice(PAIRS)
        op = round(r.uniform(0.1, 60000), 4)
        trades.append("      {\"pair\": \"%s\", \"open_rate\": %s, \"close_rate\": %s, \"profit_ratio\": %s, \"exit_reason\": \"%s\", \"trade_duration\": %d}"
                      % (pr, op, round(op * r.uniform(0.95, 1.06), 4), round(r.uniform(-0.05, 0.06), 5), r.choice(["roi", "stop_loss", "exit_signal", "trailing_stop_loss"]), r.randrange(5, 900)))
    text = """{
  "metadata": {
    "%s": {
      "run_id": "%s",
      "backtest_start_time": %d,
      "timeframe": "%s",
      "strategy_hash": "%s",
      "config_hash": "%s"
    }
  },
  "strategy": {
    "%s": {
      "total_trades": %d,
      "trades": [
%s
      ]
    }
  }
}
""" % (strat, hashlib.md5(rb(r, 16)).hexdigest(), ts_ms(r) // 1000, r.choice(TFS), hashlib.sha256(rb(r, 16)).hexdigest(),
       hashlib.md5(rb(r, 8)).hexdigest(), strat, len(trades), ",\n".join(trades))
    return "user_data/backtest_results/backtest-result-2024-%02d-%02d_%02d-%02d-%02d.json" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60)), text


@ntpl("order_log", "log", "multi-exchange", "order_ids")
def n_orderlog(r):
    lines = []
    t = ts_ms(r)
    for i in range(r.randrange(8, 16)):
        t += r.randrange(500, 90000)
        ex = r.choice(["binance", "okx", "kraken", "coinbase", "bybit", "kucoin"])
        pr = r.choice(PAIRS)
        if ex == "binance":
            oid = str(r.randrange(10 ** 9, 4 * 10 ** 10)); extra = "clientOrderId=x-%s" % rs(r, 22, ALNUM)
        elif ex == "okx":
            oid = str(r.randrange(6 * 10 ** 17, 7 * 10 ** 17)); extra = "clOrdId=ft%s" % rs(r, 10, LOW)
        elif ex == "kraken":
            oid = "%s-%s-%s" % (rs(r, 6, UP), rs(r, 5, UP), rs(r, 6, UP)); extra = "userref=%d" % r.randrange(10 ** 6)
        elif ex == "kucoin":
            oid = rs(r, 24, HEX); extra = "clientOid=%s" % uuid4(r)
        else:
            oid = uuid4(r); extra = "client_order_id=%s" % uuid4(r)
        lines.append("%d %s %-8s %s %s %s orderId=%s %s qty=%s px=%s" % (t, r.choice(["INFO", "INFO", "DEBUG"]), ex, r.choice(["NEW", "FILLED", "CANCELED", "PARTIALLY_FILLED"]),
                                                                         pr, r.choice(["BUY", "SELL"]), oid, extra, round(r.uniform(0.001, 50), 4), round(r.uniform(0.05, 65000), 2)))
    return r.choice(["logs/orders.log", "user_data/logs/orders.log", "var/log/execution.log"]), "\n".join(lines) + "\n"


@ntpl("signed_request_log", "log", "Binance/OKX", "hmac_signature")
def n_signed(r):
    lines = []
    for i in range(r.randrange(3, 6)):
        t = ts_ms(r)
        if r.random() < 0.5:
            qs = "symbol=%s&side=%s&type=LIMIT&timeInForce=GTC&quantity=%s&price=%s&recvWindow=5000&timestamp=%d" % (
                r.choice(PAIRS).replace("/", ""), r.choice(["BUY", "SELL"]), round(r.uniform(0.01, 5), 3), round(r.uniform(1, 60000), 2), t)
            lines += ["DEBUG urllib3 > POST https://api.binance.com/api/v3/order?%s&signature=%s" % (qs, rs(r, 64, HEX)),
                      "DEBUG urllib3 > X-MBX-APIKEY: %s" % r.choice(["****", "<masked>", "[filtered]"]),
                      "DEBUG urllib3 < 200 {\"orderId\":%d,\"status\":\"NEW\"}" % r.randrange(10 ** 9, 4 * 10 ** 10)]
        else:
            lines += ["DEBUG okx.rest > GET /api/v5/account/balance?ccy=USDT",
                      "DEBUG okx.rest > OK-ACCESS-KEY: %s" % r.choice(["****", "<masked>"]),
                      "DEBUG okx.rest > OK-ACCESS-SIGN: %s" % b64(r, 32),
                      "DEBUG okx.rest > OK-ACCESS-TIMESTAMP: 2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60), r.randrange(1000)),
                      "DEBUG okx.rest > OK-ACCESS-PASSPHRASE: ****",
                      "DEBUG okx.rest < 200 {\"code\":\"0\",\"msg\":\"\"}"]
        lines.append("DEBUG nonce=%d" % (t * 1000 + r.randrange(1000)))
    return r.choice(["logs/http-debug.log", "debug/requests.log"]), "\n".join(lines) + "\n"


@ntpl("trades_csv", "csv", "broker export", "trade_ids")
def n_trades_csv(r):
    lines = ["trade_id,order_id,symbol,isin,side,qty,price,commission,executed_at"]
    for i in range(r.randrange(8, 20)):
        lines.append("%d,%s,%s,%s,%s,%d,%.2f,%.2f,2024-%02d-%02dT%02d:%02d:%02dZ" % (
            r.randrange(10 ** 8, 10 ** 9), uuid4(r) if r.random() < 0.5 else str(r.randrange(10 ** 9, 10 ** 10)), r.choice(TICKERS), make_isin(r, "US"),
            r.choice(["BUY", "SELL"]), r.randrange(1, 500), r.uniform(5, 900), r.uniform(0, 2), r.randrange(1, 13), r.randrange(1, 28), r.randrange(13, 21), r.randrange(60), r.randrange(60)))
    return r.choice(["data/trades_2024.csv", "exports/fills.csv", "reports/ib_trades.csv"]), "\n".join(lines) + "\n"


@ntpl("universe_ids", "yaml", "reference data", "isin_cusip")
def n_universe(r):
    lines = ["# tradable universe - reference ids only", "universe:"]
    for t in pick(r, TICKERS, r.randrange(5, 10)):
        lines += ["  - ticker: %s" % t, "    cusip: %s" % make_cusip(r), "    isin: %s" % make_isin(r, "US"), "    figi: %s" % make_figi(r),
                  "    conid: %d" % r.randrange(10 ** 6, 10 ** 9)]
    return r.choice(["config/universe.yaml", "data/instruments.yml"]), "\n".join(lines) + "\n"


@ntpl("wallet_whitelist", "yaml", "withdrawal whitelist", "wallet_address")
def n_wallets(r):
    lines = ["# withdrawal address whitelist (public addresses)", "withdraw_whitelist:"]
    lines += ["  BTC:", "    - bc1q%s" % rs(r, 38, BECH), "    - bc1q%s" % rs(r, 38, BECH)]
    lines += ["  ETH:", "    - \"0x%s\"" % rs(r, 40, HEX), "  USDT-TRC20:", "    - T%s" % rs(r, 33, B58), "  SOL:", "    - %s" % rs(r, 44, B58)]
    lines += ["min_withdraw_usd: %d" % r.choice([50, 100, 500]), "require_2fa: true"]
    return r.choice(["config/wallets.yml", "treasury/whitelist.yaml"]), "\n".join(lines) + "\n"


@ntpl("ledger_txhash", "csv", "on-chain ledger", "tx_hash")
def n_ledger(r):
    lines = ["date,asset,amount,direction,tx_hash,block"]
    for i in range(r.randrange(5, 12)):
        lines.append("2024-%02d-%02d,%s,%.6f,%s,0x%s,%d" % (r.randrange(1, 13), r.randrange(1, 28), r.choice(["ETH", "USDC", "USDT", "ARB"]), r.uniform(0.01, 5000),
                                                          r.choice(["deposit", "withdrawal"]), rs(r, 64, HEX), r.randrange(17000000, 21000000)))
    return r.choice(["accounting/onchain_ledger.csv", "data/transfers.csv"]), "\n".join(lines) + "\n"


@ntpl("demo_keys_readme", "markdown", "market-data demo keys", "demo_key")
def n_demo(r):
    lines = ["# Market data sources", "", "All of these work with the providers' public **demo** key for quick testing; real keys come from the environment.", ""]
    opts = [("Alpha Vantage", "https://www.alphavantage.co/query?function=TIME_SERIES_INTRADAY&symbol=IBM&interval=5min&apikey=demo"),
            ("Twelve Data", "https://api.twelvedata.com/time_series?symbol=AAPL&interval=1min&apikey=demo"),
            ("EOD Historical Data", "https://eodhd.com/api/eod/MCD.US?api_token=demo&fmt=json"),
            ("Financial Modeling Prep", "https://financialmodelingprep.com/api/v3/quote/AAPL?apikey=demo")]
    for name, url in pick(r, opts, r.randrange(2, 5)):
        lines += ["## %s" % name, "", "```bash", "curl \"%s\"" % url, "```", ""]
    lines += ["Set `ALPHAVANTAGE_API_KEY`, `TWELVEDATA_API_KEY`, `EODHD_API_TOKEN` in `.env` for production."]
    return r.choice(["docs/data-sources.md", "README.md", "notes/market-data.md"]), "\n".join(lines) + "\n"


@ntpl("binance_docs_example", "markdown", "Binance", "docs_example")
def n_binance_doc(r):
    lines = ["# How request signing works", "", "Worked example copied from the Binance Spot API docs (SIGNED endpoint examples).", "",
             "| Key | Value |", "|---|---|", "| apiKey | vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A |",
             "| secretKey | NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j |", "",
             "```console", "$ echo -n \"symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559\" | \\",
             "    openssl dgst -sha256 -hmac \"NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j\"",
             "(stdin)= c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71", "```", "",
             "Our signer (`bot/signing.py`) is unit-tested against this vector. Real keys are read from `BINANCE_API_KEY` / `BINANCE_API_SECRET`."]
    return r.choice(["docs/signing.md", "docs/binance-auth.md"]), "\n".join(lines) + "\n"


@ntpl("kraken_sign_test", "python", "Kraken", "docs_example")
def n_kraken_doc(r):
    lines = ["\"\"\"Check our signer against the worked example in Kraken's REST authentication guide.\"\"\"", "import base64", "",
             "from bot.kraken import sign", "", "",
             "def test_doc_example():", "    # values from the Kraken API documentation (not a real account)",
             "    secret = \"kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==\"",
             "    nonce = \"1616492376594\"", "    data = \"nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25\"",
             "    expected = \"4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==\"",
             "    assert sign(\"/0/private/AddOrder\", nonce, data, secret) == expected"]
    return r.choice(["tests/test_kraken_sign.py", "tests/unit/test_signing_kraken.py"]), "\n".join(lines) + "\n"


@ntpl("hmac_test_vectors", "python", "generic HMAC", "test_vector")
def n_rfc4231(r):
    d1 = hmac.new(b"\x0b" * 20, b"Hi There", hashlib.sha256).hexdigest()
    d2 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
    d3 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha512).hexdigest()
    lines = ["import hashlib", "import hmac", "", "import pytest", "", "# RFC 4231 test cases 1 and 2",
             "VECTORS = [", "    (bytes.fromhex(\"%s\"), b\"Hi There\", hashlib.sha256, \"%s\")," % ("0b" * 20, d1),
             "    (b\"Jefe\", b\"what do ya want for nothing?\", hashlib.sha256, \"%s\")," % d2,
             "    (b\"Jefe\", b\"what do ya want for nothing?\", hashlib.sha512, \"%s\")," % d3, "]", "", "",
             "@pytest.mark.parametrize(\"key,msg,algo,expected\", VECTORS)", "def test_hmac(key, msg, algo, expected):",
             "    assert hmac.new(key, msg, algo).hexdigest() == expected"]
    return r.choice(["tests/test_hmac_vectors.py", "tests/crypto/test_rfc4231.py"]), "\n".join(lines) + "\n"


@ntpl("hummingbot_encrypted", "yaml", "Hummingbot", "ciphertext")
def n_hb_enc(r):
    cn = r.choice(list(HB.values()))
    def blob():
        ks = {"crypto": {"cipher": "aes-128-ctr", "cipherparams": {"iv": rs(r, 32, HEX)}, "ciphertext": rs(r, 128, HEX),
                         "kdf": "pbkdf2", "kdfparams": {"c": 1000000, "dklen": 32, "prf": "hmac-sha256", "salt": rs(r, 64, HEX)},
                         "mac": rs(r, 64, HEX)}, "version": 3, "alias": ""}
        return json.dumps(ks, separators=(",", ":")).encode().hex()
    lines = ["###############################", "###   %s config   ###" % cn, "###############################", "",
             "connector: %s" % cn, "", "%s_api_key: %s" % (cn, blob()), "", "%s_api_secret: %s" % (cn, blob())]
    return "conf/connectors/%s.yml" % cn, "\n".join(lines) + "\n"


@ntpl("sops_yaml", "yaml", "SOPS", "ciphertext")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (b64(r, n), b64(r, 32), b64(r, 16))
    lines = ["binance:", "    api_key: %s" % enc(64), "    api_secret: %s" % enc(64), "telegram:", "    token: %s" % enc(46), "sops:",
             "    kms: []", "    age:", "        - recipient: age1%s" % rs(r, 58, BECH), "          enc: |",
             "            -----BEGIN AGE ENCRYPTED FILE-----", "            %s" % b64(r, 45), "            %s" % b64(r, 30),
             "            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-%02d-%02dT10:%02d:11Z\"" % (r.randrange(1, 13), r.randrange(1, 28), r.randrange(60)),
             "    mac: %s" % enc(32), "    unencrypted_suffix: _unencrypted", "    version: 3.8.1"]
    return r.choice(["secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"]), "\n".join(lines) + "\n"


@ntpl("sealed_secret", "yaml", "Bitnami SealedSecret", "ciphertext")
def n_sealed(r):
    lines = ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: exchange-credentials", "  namespace: trading", "spec:",
             "  encryptedData:", "    BINANCE_API_KEY: Ag%s" % b64(r, 380)[:-4], "    BINANCE_API_SECRET: Ag%s" % b64(r, 380)[:-4],
             "  template:", "    metadata:", "      name: exchange-credentials", "      namespace: trading", "    type: Opaque"]
    return r.choice(["k8s/sealed-secret.yaml", "deploy/k8s/exchange-sealedsecret.yaml"]), "\n".join(lines) + "\n"


@ntpl("pip_hashes", "requirements", "PyPI", "hash")
def n_pip(r):
    pkgs = [("ccxt", "4.2.%d" % r.randrange(1, 90)), ("pandas", "2.1.4"), ("numpy", "1.26.2"), ("requests", "2.31.0"), ("python-telegram-bot", "20.7"),
            ("ta-lib", "0.4.28"), ("alpaca-py", "0.13.%d" % r.randrange(4)), ("websockets", "12.0")]
    lines = ["# generated by pip-compile --generate-hashes"]
    for n, v in pick(r, pkgs, r.randrange(4, 8)):
        lines += ["%s==%s \\" % (n, v), "    --hash=sha256:%s \\" % rs(r, 64, HEX), "    --hash=sha256:%s" % rs(r, 64, HEX)]
    return "requirements.txt", "\n".join(lines) + "\n"


@ntpl("i18n_strings", "json", "UI strings", "i18n")
def n_i18n(r):
    lang = r.choice(["en", "de", "es"])
    s = {"en": ["API key", "API secret", "Passphrase", "Paste the secret shown once when you created the key", "Your secret key is stored encrypted and never leaves this device", "Invalid API key or secret", "Enable trading permission, never withdrawals"],
         "de": ["API-Schlüssel", "API-Secret", "Passphrase", "Füge das Secret ein, das beim Erstellen einmal angezeigt wurde", "Dein Secret wird verschlüsselt gespeichert", "Ungültiger API-Schlüssel oder Secret", "Nur Handelsrechte aktivieren, keine Auszahlungen"],
         "es": ["Clave API", "Secreto API", "Frase de contraseña", "Pega el secreto que se mostró una sola vez", "Tu clave secreta se guarda cifrada", "Clave API o secreto no válidos", "Activa solo permisos de trading"]}[lang]
    keys = ["apiKeyLabel", "apiSecretLabel", "passphraseLabel", "apiSecretHint", "secretStorageNote", "errors.invalidCredentials", "permissionsHint"]
    body = ",\n".join("  \"%s\": \"%s\"" % (k, v) for k, v in zip(keys, s))
    return "web/src/locales/%s.json" % lang, "{\n%s,\n  \"apiSecretPlaceholder\": \"••••••••••••••••\"\n}\n" % body


@ntpl("polygon_fixture", "json", "Polygon.io", "ids")
def n_polyfix(r):
    res = ",\n".join("    {\"v\": %d, \"vw\": %.4f, \"o\": %.2f, \"c\": %.2f, \"h\": %.2f, \"l\": %.2f, \"t\": %d, \"n\": %d}" % (
        r.randrange(10 ** 6, 10 ** 8), r.uniform(100, 200), r.uniform(100, 200), r.uniform(100, 200), r.uniform(100, 200), r.uniform(100, 200), ts_ms(r), r.randrange(10 ** 4, 10 ** 6))
        for _ in range(r.randrange(3, 6)))
    text = "{\n  \"ticker\": \"%s\",\n  \"queryCount\": 3,\n  \"resultsCount\": 3,\n  \"adjusted\": true,\n  \"results\": [\n%s\n  ],\n  \"status\": \"OK\",\n  \"request_id\": \"%s\",\n  \"count\": 3\n}\n" % (
        r.choice(TICKERS), res, rs(r, 32, HEX))
    return r.choice(["tests/fixtures/polygon_aggs.json", "fixtures/aggs_response.json"]), text


@ntpl("rsa_public_key", "pem", "Bybit (self-generated RSA key)", "public_key")
def n_rsapub(r):
    der = bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100") + b"\xc1" + rb(r, 255) + bytes.fromhex("0203010001")
    body = base64.b64encode(der).decode()
    lines = ["-----BEGIN PUBLIC KEY-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END PUBLIC KEY-----"]
    return r.choice(["keys/bybit_rsa_public.pem", "config/api_public_key.pem"]), "\n".join(lines) + "\n"


@ntpl("iex_publishable", "javascript", "IEX Cloud", "publishable_key")
def n_iexpk(r):
    lines = ["// browser widget - publishable token only (pk_), safe for client-side use per IEX docs",
             "const IEX_PUBLISHABLE = '%s';" % ("pk_" + rs(r, 32, HEX) if r.random() < 0.5 else "Tpk_" + rs(r, 32, HEX)),
             "", "export async function quote(symbol) {",
             "  const url = `https://%s.iexapis.com/stable/stock/${symbol}/quote?token=${IEX_PUBLISHABLE}`;" % r.choice(["cloud", "sandbox"]),
             "  const res = await fetch(url);", "  return res.json();", "}"]
    return r.choice(["web/src/widgets/quote.js", "public/js/ticker.js"]), "\n".join(lines) + "\n"


@ntpl("alpaca_order_fixture", "json", "Alpaca", "uuid_ids")
def n_alpaca_order(r):
    text = """{
  "id": "%s",
  "client_order_id": "%s",
  "created_at": "2024-%02d-%02dT14:%02d:%02d.%06dZ",
  "asset_id": "%s",
  "symbol": "%s",
  "asset_class": "us_equity",
  "qty": "%d",
  "filled_qty": "0",
  "order_type": "limit",
  "side": "%s",
  "time_in_force": "day",
  "limit_price": "%.2f",
  "status": "accepted",
  "extended_hours": false
}
""" % (uuid4(r), uuid4(r), r.randrange(1, 13), r.randrange(1, 28), r.randrange(60), r.randrange(60), r.randrange(10 ** 6), uuid4(r),
       r.choice(TICKERS), r.randrange(1, 100), r.choice(["buy", "sell"]), r.uniform(10, 800))
    return r.choice(["tests/fixtures/alpaca_order.json", "fixtures/order_accepted.json"]), text


@ntpl("oanda_transactions", "json", "OANDA", "ids")
def n_oanda(r):
    acct = "%03d-%03d-%07d-%03d" % (101, r.randrange(1, 12), r.randrange(10 ** 6, 10 ** 7), 1)
    tid = r.randrange(1000, 90000)
    text = """{
  "orderCreateTransaction": {
    "type": "MARKET_ORDER",
    "instrument": "%s",
    "units": "%d",
    "id": "%d",
    "accountID": "%s",
    "batchID": "%d",
    "requestID": "%d",
    "time": "2024-%02d-%02dT09:%02d:%02d.%09dZ"
  },
  "lastTransactionID": "%d",
  "relatedTransactionIDs": ["%d", "%d"]
}
""" % (r.choice(FX), r.choice([-1, 1]) * r.randrange(100, 100000), tid, acct, tid, r.randrange(10 ** 16, 10 ** 17),
       r.randrange(1, 13), r.randrange(1, 28), r.randrange(60), r.randrange(60), r.randrange(10 ** 9), tid + 1, tid, tid + 1)
    return r.choice(["tests/fixtures/oanda_market_order.json", "fixtures/oanda/order_fill.json"]), text


@ntpl("nonce_signer", "python", "Kraken/Binance", "nonce")
def n_signer(r):
    lines = ["import base64", "import hashlib", "import hmac", "import os", "import time", "import urllib.parse", "",
             "API_KEY = os.environ[\"KRAKEN_API_KEY\"]", "API_SECRET = os.environ[\"KRAKEN_PRIVATE_KEY\"]", "", "",
             "def nonce() -> str:", "    # e.g. %d - must strictly increase per key" % (ts_ms(r) * 1000), "    return str(time.time_ns() // 1000)", "", "",
             "def sign(path: str, data: dict) -> str:", "    post = urllib.parse.urlencode(data)",
             "    msg = path.encode() + hashlib.sha256((data[\"nonce\"] + post).encode()).digest()",
             "    mac = hmac.new(base64.b64decode(API_SECRET), msg, hashlib.sha512)", "    return base64.b64encode(mac.digest()).decode()"]
    return r.choice(["bot/signing.py", "exchanges/kraken/auth.py"]), "\n".join(lines) + "\n"


@ntpl("actions_secrets", "yaml", "GitHub Actions", "secret_manager_reference")
def n_actions(r):
    p = r.choice(PROVIDERS[:12])
    lines = ["name: live-deploy", "on:", "  push:", "    branches: [main]", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    environment: production",
             "    steps:", "      - uses: actions/checkout@v4", "      - name: write env", "        run: |",
             "          echo \"%s=${{ secrets.%s }}\" >> .env" % (p.envk or "ID", p.envk or "ID"), "          echo \"%s=${{ secrets.%s }}\" >> .env" % (p.envs, p.envs),
             "      - name: deploy", "        run: ./scripts/deploy.sh", "        env:", "          SSH_HOST: ${{ vars.SSH_HOST }}"]
    return ".github/workflows/deploy.yml", "\n".join(lines) + "\n"


@ntpl("sql_keys_schema", "sql", "app schema", "hash")
def n_sql(r):
    lines = ["-- stores only a SHA-256 of each user's exchange key plus the last 4 chars for display",
             "CREATE TABLE IF NOT EXISTS exchange_keys (", "    id          BIGSERIAL PRIMARY KEY,", "    user_id     UUID NOT NULL,",
             "    exchange    TEXT NOT NULL,", "    key_sha256  CHAR(64) NOT NULL,", "    key_last4   CHAR(4) NOT NULL,",
             "    secret_ref  TEXT NOT NULL, -- pointer into the KMS-backed vault", "    created_at  TIMESTAMPTZ DEFAULT now()", ");", "",
             "INSERT INTO exchange_keys (user_id, exchange, key_sha256, key_last4, secret_ref) VALUES"]
    rows = []
    for i in range(r.randrange(2, 5)):
        rows.append("    ('%s', '%s', '%s', '%s', 'vault:kv/users/%d/exchange')" % (uuid4(r), r.choice(["binance", "kraken", "okx"]), rs(r, 64, HEX), rs(r, 4, ALNUM), r.randrange(1000, 9999)))
    lines.append(",\n".join(rows) + ";")
    return r.choice(["migrations/003_exchange_keys.sql", "db/seed_dev.sql"]), "\n".join(lines) + "\n"


@ntpl("go_test_fakes", "go", "test doubles", "placeholder")
def n_gotest(r):
    lines = ["package exchange", "", "import (", "\t\"net/http\"", "\t\"net/http/httptest\"", "\t\"testing\"", ")", "",
             "func TestSignedRequest(t *testing.T) {", "\tsrv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {",
             "\t\tif r.Header.Get(\"X-MBX-APIKEY\") != \"test-key\" {", "\t\t\tt.Fatalf(\"missing key header\")", "\t\t}",
             "\t\tw.Write([]byte(`{\"orderId\": %d}`))" % r.randrange(10 ** 9, 10 ** 10), "\t}))", "\tdefer srv.Close()", "",
             "\tc := NewClient(srv.URL, \"test-key\", \"test-secret\")", "\tif _, err := c.PlaceOrder(\"BTCUSDT\", \"BUY\", 0.001); err != nil {",
             "\t\tt.Fatal(err)", "\t}", "}"]
    return r.choice(["internal/exchange/client_test.go", "exchange/binance_test.go"]), "\n".join(lines) + "\n"


@ntpl("pine_placeholders", "pine", "TradingView", "template_var")
def n_pine(r):
    lines = ["//@version=5", "indicator(\"RSI alerts\", overlay=false)", "len = input.int(14, \"RSI length\")", "r = ta.rsi(close, len)",
             "plot(r)", "hline(70)", "hline(30)", "", "// The webhook passphrase is NOT stored here: paste it into the alert dialog.",
             "msg = '{\"passphrase\": \"{{passphrase}}\", \"ticker\": \"{{ticker}}\", \"close\": {{close}}, \"time\": \"{{timenow}}\"}'",
             "alertcondition(ta.crossover(r, 30), \"RSI up\", msg)", "alertcondition(ta.crossunder(r, 70), \"RSI down\", msg)"]
    return r.choice(["pine/rsi_alerts.pine", "tradingview/rsi.pine"]), "\n".join(lines) + "\n"


@ntpl("telegram_env_config", "yaml", "Telegram Bot API", "env_reference")
def n_tgcfg(r):
    lines = ["notifications:", "  telegram:", "    enabled: true", "    token: ${TELEGRAM_BOT_TOKEN}", "    chat_id: %d" % (-1 * r.randrange(10 ** 12, 2 * 10 ** 12)),
             "    bot_username: %s_alerts_bot" % r.choice(WORDS), "    parse_mode: HTML", "    notify_on: [entry, exit, stop_loss, error]",
             "  discord:", "    enabled: false", "    webhook_url: \"\""]
    return r.choice(["config/notify.yaml", "notifications.yml"]), "\n".join(lines) + "\n"


@ntpl("cdp_docs", "markdown", "Coinbase CDP", "placeholder")
def n_cdpdoc(r):
    lines = ["# Coinbase Advanced Trade auth", "", "Create a CDP API key (ECDSA for the v3 brokerage endpoints). You get two values:", "",
             "- **key name**: `organizations/{org_id}/apiKeys/{key_id}`",
             "- **private key**: `-----BEGIN EC PRIVATE KEY-----\\n...\\n-----END EC PRIVATE KEY-----\\n`", "",
             "Put them in `.env` as `COINBASE_API_KEY_NAME` and `COINBASE_API_PRIVATE_KEY`, never in this repo.", "",
             "The JWT we build looks like:", "", "```json", "{", "  \"sub\": \"organizations/{org_id}/apiKeys/{key_id}\",", "  \"iss\": \"cdp\",",
             "  \"nbf\": 1706986630,", "  \"exp\": 1706986750,", "  \"uri\": \"GET api.coinbase.com/api/v3/brokerage/accounts\"", "}", "```"]
    return r.choice(["docs/coinbase.md", "notes/cdp-auth.md"]), "\n".join(lines) + "\n"


@ntpl("changelog_shas", "markdown", "git history", "hash")
def n_changelog(r):
    lines = ["# Changelog", ""]
    for v in range(r.randrange(3, 6)):
        lines += ["## v1.%d.%d" % (9 - v, r.randrange(10)), ""]
        for i in range(r.randrange(2, 4)):
            lines.append("- %s (%s)" % (r.choice(["fix stop-loss rounding on Kraken", "add Bybit unified account support", "rotate logs daily",
                                                   "retry on 429 from Polygon", "bump ccxt", "handle OKX passphrase from env"]), rs(r, 40, HEX) if r.random() < 0.3 else rs(r, 7, HEX)))
        lines.append("")
    return "CHANGELOG.md", "\n".join(lines)


@ntpl("threecommas_deals", "csv", "3Commas", "ids")
def n_3cdeals(r):
    lines = ["deal_id,bot_id,account_id,pair,status,bought_volume,final_profit,created_at"]
    for i in range(r.randrange(5, 12)):
        lines.append("%d,%d,%d,%s,%s,%.2f,%.4f,2024-%02d-%02d %02d:%02d" % (r.randrange(10 ** 9, 3 * 10 ** 9), r.randrange(10 ** 6, 2 * 10 ** 7), r.randrange(10 ** 7, 4 * 10 ** 7),
                                                                        r.choice(PAIRS).replace("/", "_"), r.choice(["completed", "bought", "cancelled"]), r.uniform(10, 900), r.uniform(-5, 20),
                                                                        r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60)))
    return r.choice(["exports/3commas_deals.csv", "data/deals.csv"]), "\n".join(lines) + "\n"


@ntpl("kite_instruments", "csv", "Zerodha Kite Connect", "ids")
def n_kite_inst(r):
    lines = ["instrument_token,exchange_token,tradingsymbol,name,last_price,expiry,strike,tick_size,lot_size,instrument_type,segment,exchange"]
    for s in pick(r, NSE[:-1], r.randrange(5, 9)):
        it = r.randrange(10 ** 5, 5 * 10 ** 6)
        lines.append("%d,%d,%s,%s,0,,0,0.05,1,EQ,NSE,NSE" % (it, it // 256, s, s.title()))
    return r.choice(["data/instruments_nse.csv", "cache/instruments.csv"]), "\n".join(lines) + "\n"


@ntpl("webhook_payload_log", "log", "TradingView webhook", "masked")
def n_tvlog(r):
    lines = []
    for i in range(r.randrange(5, 10)):
        lines.append("2024-%02d-%02d %02d:%02d:%02d INFO webhook: received {\"passphrase\": \"%s\", \"ticker\": \"%s\", \"action\": \"%s\", \"id\": \"%s\"}" % (
            r.randrange(1, 13), r.randrange(1, 28), r.randrange(24), r.randrange(60), r.randrange(60), r.choice(["***", "[filtered]", "<redacted>"]),
            r.choice(TICKERS), r.choice(["buy", "sell"]), uuid4(r)))
    return r.choice(["logs/webhook.log", "var/log/tv-webhook.log"]), "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- driver
N_POS = 500
N_NEG = 500


def compatible(p):
    return [t for t in TEMPLATES if t["ok"](p) and (t["pem"] or p.shape != "pem")]


def render(t, r, p, c, ob):
    out = t["fn"](r, p, c, ob)
    if len(out) == 3:
        return out
    return out[0], t["ft"], out[1]


def least_used(r, cands, usage):
    m = min(usage.get(t["name"], 0) for t in cands)
    best = [t for t in cands if usage.get(t["name"], 0) == m]
    return r.choice(best)


def provider_cycle(r, n):
    seq = []
    while len(seq) < n:
        block = list(PROVIDERS)
        r.shuffle(block)
        seq.extend(block)
    return seq[:n]


def write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_bq.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    usage = {}
    pos_needles = []

    for i, p in enumerate(provider_cycle(r, N_POS)):
        t = least_used(r, compatible(p), usage)
        usage[t["name"]] = usage.get(t["name"], 0) + 1
        c = p.gen(r)
        ob = r.random() < 0.5
        rel, ft, text = render(t, r, p, c, ob)
        idx = text.find(c.secret)
        if idx < 0:
            raise RuntimeError("needle missing: %s %s" % (t["name"], p.pid))
        line = text.count("\n", 0, idx) + 1
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": p.provider, "kind": p.kind, "filetype": ft})
        secrets.append({"file": f, "needle": c.secret, "line": line})
        pos_needles.append(c.secret)

    neg_items = []
    n_reuse = N_NEG // 2
    nusage = {}
    for j, p in enumerate(provider_cycle(r, n_reuse)):
        t = least_used(r, compatible(p), nusage)
        nusage[t["name"]] = nusage.get(t["name"], 0) + 1
        kind = FILLER_KINDS[j % len(FILLER_KINDS)]
        c, kind = filler(r, p, kind)
        ob = r.random() < 0.5
        rel, ft, text = render(t, r, p, c, ob)
        neg_items.append((rel, ft, text, p.provider, {"env": "env_reference", "secret_ref": "secret_manager_reference", "demo": "demo_key" if p.pid != "telegram" else "docs_example"}.get(kind, kind)))
    dom = []
    while len(dom) < N_NEG - n_reuse:
        block = list(NEGS)
        r.shuffle(block)
        dom.extend(block)
    for nt in dom[:N_NEG - n_reuse]:
        rel, text = nt["fn"](r)
        neg_items.append((rel, nt["ft"], text, nt["provider"], nt["kind"]))
    r.shuffle(neg_items)
    for j, (rel, ft, text, prov, kind) in enumerate(neg_items):
        f = "neg/n%04d/%s" % (j, rel)
        for nd in pos_needles:
            if nd in text:
                raise RuntimeError("positive needle leaked into negative %s" % f)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ft})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
