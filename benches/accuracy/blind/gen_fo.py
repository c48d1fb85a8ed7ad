#!/usr/bin/env python3
"""gen_fo.py - blind evaluation-set generator for secret scanners (market data / quant research).

EMPHASIS
    Domain: market data and quantitative research repositories (research notebooks, data
    ingestion jobs, backtest configs, tick-data pipelines).
    Providers: Alpha Vantage, Polygon.io (Massive), Finnhub, Tiingo, Twelve Data, IEX Cloud
    (pk_/sk_ tokens), Nasdaq Data Link (Quandl), FRED, EOD Historical Data, Financial Modeling
    Prep, Databento (db-...), Intrinio, Refinitiv/LSEG (Eikon / RD app keys), Bloomberg
    BLPAPI / B-PIPE (TLS client-credential passwords; application names are public),
    QuantConnect (user id + API token), Alpaca market data (key id + secret key), Benzinga,
    Morningstar and S&P Capital IQ (user/password logins), Kaggle (kaggle.json),
    Weights & Biases, cloud storage for tick-data buckets (AWS S3 secret keys, GCS HMAC
    secrets, GCP service-account JSON keys, Azure storage account keys), tick-database
    passwords in connection strings, Slack incoming webhooks used for backtest alerts.
    Kinds: api_key, url_token (key in a query string), login_password, json_keyfile,
    bearer_token (Authorization / vendor headers), key_pair_secret, private_key,
    connection_string, webhook_url.
    File types: ipynb, py, R, .Rprofile, .Renviron, jl, m (MATLAB), csv (Excel exports),
    yaml/yml, toml, json, sh, md, sql, log, ini/cfg, Dockerfile, tf, xml, properties,
    netrc, js/mjs, .env (positives only, < 1 in 20).

USAGE
    python3 gen_fo.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
    OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl (one line
    per file) and OUTDIR/secrets.jsonl (one line per positive: file, needle, line).
    Deterministic per SEED: all randomness comes from one random.Random(SEED).

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as written, without surrounding quotes.
    * Key pairs (Alpaca key id + secret, AWS access key id + secret, GCS HMAC access id +
      secret, QuantConnect user id + token, Kaggle username + key): the needle is the
      secret half only; the id half is treated as a public identifier.
    * Tokens in URLs / query strings: the needle is the token value only (not the URL).
    * Headers (Authorization: Token X / Bearer X, APCA-API-SECRET-KEY: X,
      X-Finnhub-Token: X): the needle is the token value only, without the scheme word.
    * Connection strings (postgresql://user:PASS@host, Azure AccountKey=...): the needle is
      the password / account key only.
    * Webhook URLs (hooks.slack.com/services/T../B../...): the needle is the whole URL,
      because the whole URL is the credential.
    * Multi-line private keys (GCP service-account JSON, where the PEM sits on one JSON
      line with \\n escapes): the needle is the first 64-character base64 body line of the
      PEM, which is on the same line as the BEGIN marker.
    * Passwords: the needle is the password value.
    line = 1-based line of the needle's first occurrence; the program asserts it.

NEGATIVES
    Half (250) re-use the positive templates with the secret slot (and any companion id)
    holding a non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx...),
    empty values, masked values (****, [REDACTED], prefix + XXXX fill), environment
    references (os.environ[...], Sys.getenv(), ENV[...], getenv(), process.env.X, ${VAR}),
    secret-manager references (vault:, op://, AWS/GCP secret ids), template expressions
    ({{ ... }}, ${{ secrets.X }}), providers' documented example keys ("demo" for Alpha
    Vantage / FMP / EODHD / Twelve Data, FRED's abcdefghijklmnopqrstuvwxyz123456, AWS's
    ...EXAMPLEKEY, Benzinga's sample key, Refinitiv's masked sample app key), and values
    documented as public (IEX Cloud publishable pk_ tokens). No negative is written to a
    .env / .env.* file.
    The other half (250) are look-alikes: ISIN/CUSIP/SEDOL/FIGI/LEI identifiers with valid
    check digits, OCC option symbols, ticker universes, dataset codes, request ids, trace
    ids, UUIDs, SHA-256/MD5 digests of data files, DVC/renv/Manifest.toml/lock-file
    hashes, S3 ETags, W&B run ids and artifact digests, QuantConnect backtest ids,
    notebook execution counts / cell ids / base64 PNG outputs / widget model ids, public
    X.509 certificates, SSH public keys, PGP signatures, pagination cursors, docker image
    digests.

FORMATS CHECKED (provider documentation seen via search)
    * Databento: "Each API key is a 32-character string starting with db-"; env var
      DATABENTO_API_KEY; docs example "$YOUR_API_KEY" -> db- + 29 alphanumerics.
    * FRED: key is a "32 character lower-cased alpha-numeric" string; documented example
      abcdefghijklmnopqrstuvwxyz123456 (used only as a negative). Generated as 32 lower hex.
    * IEX Cloud: publishable (public) and secret tokens passed as ?token=; pk_ public,
      sk_ secret (sunset 2024-08-31, configs still common).
    * Alpaca: APCA-API-KEY-ID / APCA-API-SECRET-KEY headers, paper-api / data domains;
      key ids seen as PK + 18 upper alphanumerics, secrets 40 alphanumerics.
    * Refinitiv/Eikon: ek.set_app_key('8e9bxxxx...1b035d') -> 40 hex app key.
    * QuantConnect: user id (integer) + API token, SHA-256(token:timestamp) auth; lean
      login stores both in ~/.lean/credentials.
    * Kaggle: kaggle.json {"username":..,"key":..}, KAGGLE_USERNAME / KAGGLE_KEY.
    * W&B: legacy keys are exactly 40 characters; newer keys ~86 characters; .netrc
      machine api.wandb.ai; WANDB_API_KEY.
    * Tiingo: token via RIINGO_TOKEN / Authorization: Token header.
    * Benzinga: token as URL query parameter "token"; sample key in its Python client docs.
    * EODHD: api_token= query parameter, "demo" key documented.
    * FMP / Twelve Data / Alpha Vantage: apikey= query parameter, "demo" documented.
    * GCS HMAC: access ids start with GOOG (docs example GOOG56JBMFZX6PMPTQ62VD2, used
      only as a negative); secret shown once at creation.
    * Bloomberg BLPAPI: AuthOptions for application mode (application name, not secret);
      TLS client credentials (pk12 + password) for B-PIPE over the internet.
    * Polygon.io: now "Massive"; existing keys remain valid; apiKey= query parameter or
      Authorization: Bearer.

DOUBTS
    * Exact alphabets/lengths NOT confirmed by provider docs and chosen from how keys
      appear in public projects: Alpha Vantage (16 upper alnum), Polygon (32 alnum, some
      with '_'), Finnhub (20 lower alnum), Tiingo (40 hex), Twelve Data (32 hex), Nasdaq
      Data Link (20 chars [A-Za-z0-9_-]), FMP (32 alnum), Benzinga (32 hex), Intrinio v2
      (44-char base64 of ":"+32 hex, so it starts "Oj"/"Om"), QuantConnect token (64 hex), Kaggle key
      (32 hex; newer KGAT_-style access tokens not modelled), W&B (only the legacy
      40-hex form; the new ~86-char layout is undocumented in what I found), EODHD (both a
      32-alnum form and a 14-hex "." 8-digit form), GCS HMAC access id (GOOG1E + 55 upper
      alnum) and secret (40 base64), Alpaca (newer 26-char key ids / 44-char secrets also
      exist; modelled the 20/40 form).
    * Morningstar and S&P Capital IQ: no public key format found; modelled as
      username/password logins (Capital IQ API basic auth), which is how projects use them.
    * Bloomberg: B-PIPE has no API key; the secret modelled is the TLS client-credentials
      (pk12) password, and B-PIPE user passwords in configs.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
HEXL = "0123456789abcdef"
ALNUM = UP + LO + DG
B64 = UP + LO + DG + "+/"
PWCH = UP + LO + DG + "!*-_.~^"

TICKERS = ["AAPL", "MSFT", "NVDA", "AMZN", "GOOGL", "META", "TSLA", "JPM", "XOM", "BRK.B",
           "SPY", "QQQ", "IWM", "TLT", "GLD", "V", "MA", "UNH", "HD", "KO", "PEP", "AMD",
           "INTC", "NFLX", "CSCO", "ORCL", "BAC", "WFC", "CVX", "LLY", "AVGO", "COST"]
FUT = ["ES", "NQ", "CL", "GC", "ZN", "ZB", "6E", "RTY", "YM", "SI", "NG", "HG"]
FRED_SERIES = ["DGS10", "DGS2", "T10Y2Y", "CPIAUCSL", "UNRATE", "FEDFUNDS", "GDP", "M2SL",
               "VIXCLS", "DTWEXBGS", "BAMLH0A0HYM2", "T5YIE", "PAYEMS", "INDPRO"]
FRED_TITLES = {"DGS10": "Market Yield on U.S. Treasury Securities at 10-Year Constant Maturity",
               "DGS2": "Market Yield on U.S. Treasury Securities at 2-Year Constant Maturity",
               "T10Y2Y": "10-Year Treasury Minus 2-Year Treasury", "UNRATE": "Unemployment Rate",
               "CPIAUCSL": "Consumer Price Index for All Urban Consumers", "FEDFUNDS": "Federal Funds Effective Rate",
               "GDP": "Gross Domestic Product", "VIXCLS": "CBOE Volatility Index: VIX", "M2SL": "M2",
               "PAYEMS": "All Employees Total Nonfarm", "INDPRO": "Industrial Production: Total Index"}
DB_DATASETS = ["GLBX.MDP3", "XNAS.ITCH", "OPRA.PILLAR", "DBEQ.BASIC", "XNYS.PILLAR",
               "IFEU.IMPACT", "NDEX.IMPACT", "XEEE.EOBI"]
DB_SCHEMAS = ["mbo", "mbp-1", "mbp-10", "trades", "tbbo", "ohlcv-1m", "ohlcv-1d",
              "definition", "statistics"]
NDL_CODES = ["WIKI/PRICES", "ZACKS/FC", "SHARADAR/SEP", "SHARADAR/SF1", "QDL/BITFINEX",
             "ETFG/FUND", "QOR/STOCKVOL", "MER/F1"]
USERS = ["jchen", "mpatel", "a.novak", "rkowalski", "s.ito", "lgarcia", "quant-ci",
         "research-bot", "dmitri.v", "hbaker", "oyelaran", "tnguyen"]
FIRMS = ["northfield", "kestrel-cap", "aurora-quant", "meridian", "halyard", "bluecrest-rs",
         "tidewater", "ironwood"]
HOSTS = ["tsdb01.research.internal", "ticks-pg.prod.internal", "10.20.4.17",
         "clickhouse.quant.local", "kdb-gw01", "pg-timescale.data.svc.cluster.local"]
BUCKETS = ["tickdata-raw", "qr-market-data", "alpha-research-archive", "l2-book-snapshots",
           "backtest-artifacts", "vendor-drops-eu"]
STRATS = ["mean_reversion", "pairs_stat_arb", "momentum_xs", "carry_fx", "vol_targeting",
          "earnings_drift", "overnight_gap", "trend_cta", "basis_arb", "market_making"]


def rs(r, n, alpha):
    return "".join(r.choice(alpha) for _ in range(n))


def hexs(r, n):
    return rs(r, n, HEXL)


def uuid4(r):
    h = hexs(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64s(r, nbytes):
    return base64.b64encode(rbytes(r, nbytes)).decode()


def date(r, y0=2019, y1=2024):
    return "%04d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def ts(r):
    return "%sT%02d:%02d:%02d.%03dZ" % (date(r, 2023, 2024), r.randint(0, 23), r.randint(0, 59),
                                        r.randint(0, 59), r.randint(0, 999))


def px(r, lo=10, hi=500):
    return "%.2f" % r.uniform(lo, hi)


def password(r):
    n = r.randint(14, 22)
    while True:
        p = rs(r, n, PWCH)
        if (any(c in UP for c in p) and any(c in LO for c in p) and any(c in DG for c in p)
                and any(c in "!*-_.~^" for c in p) and p[0] not in "-~^"):
            return p


# ---------------------------------------------------------------- secret generators
def g_alphavantage(r):
    return rs(r, 16, UP + DG)


def g_polygon(r):
    s = rs(r, 32, ALNUM)
    if r.random() < 0.3:
        i = r.randint(3, 28)
        s = s[:i] + "_" + s[i + 1:]
    return s


def g_finnhub(r):
    return rs(r, 20, LO + DG)


def g_eodhd(r):
    if r.random() < 0.5:
        return hexs(r, 13) + r.choice(DG) + "." + rs(r, 8, DG)
    return rs(r, 32, ALNUM)


def g_intrinio(r):
    return base64.b64encode((":" + hexs(r, 32)).encode()).decode()


def g_ndl(r):
    return rs(r, 1, ALNUM) + rs(r, 18, ALNUM + "-_") + rs(r, 1, ALNUM)


def g_alpaca(r):
    return rs(r, 40, ALNUM)


def g_aws(r):
    return rs(r, 40, B64)


def g_gcs(r):
    return rs(r, 40, B64)


def g_azure(r):
    return b64s(r, 64)


def g_slack(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, r.choice([8, 10]), UP + DG), rs(r, r.choice([8, 10]), UP + DG), rs(r, 24, ALNUM))


def pem_key(r):
    third = r.choice([0xbd, 0xbe, 0xbf])
    der = bytes([0x30, 0x82, 0x04, third, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a,
                 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82,
                 0x04, third - 0x16, 0x30, 0x82, 0x04, third - 0x1a, 0x02, 0x01, 0x00,
                 0x02, 0x82, 0x01, 0x01, 0x00]) + rbytes(r, 1152)
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    pem = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
    return pem, lines[0]


# provider table: gen, conventional env name, neutral names, documented examples, public values
PROV = {
    "alphavantage": dict(gen=g_alphavantage, env="ALPHAVANTAGE_API_KEY", name="Alpha Vantage",
                         alts=["AV_KEY", "av_key", "VANTAGE", "key_av"], doc=["demo"]),
    "polygon": dict(gen=g_polygon, env="POLYGON_API_KEY", name="Polygon.io",
                    alts=["POLY_KEY", "poly", "MASSIVE_KEY", "pg_key"], doc=[]),
    "finnhub": dict(gen=g_finnhub, env="FINNHUB_API_KEY", name="Finnhub",
                    alts=["FH_TOKEN", "fh_token", "FINN", "quote_token"], doc=[]),
    "tiingo": dict(gen=lambda r: hexs(r, 40), env="TIINGO_API_KEY", name="Tiingo",
                   alts=["RIINGO_TOKEN", "tiingo_tok", "TI_TOKEN", "eod_token"], doc=[]),
    "twelvedata": dict(gen=lambda r: hexs(r, 32), env="TWELVE_DATA_API_KEY", name="Twelve Data",
                       alts=["TD_APIKEY", "td_key", "TWELVE", "ts_key"], doc=["demo"]),
    "iex": dict(gen=lambda r: "sk_" + hexs(r, 32), env="IEX_CLOUD_SECRET_TOKEN", name="IEX Cloud",
                alts=["IEX_TOKEN", "iex_sk", "IEX_API_TOKEN", "cloud_tok"], doc=[],
                public=lambda r: "pk_" + hexs(r, 32)),
    "ndl": dict(gen=g_ndl, env="NASDAQ_DATA_LINK_API_KEY", name="Nasdaq Data Link",
                alts=["QUANDL_API_KEY", "quandl_key", "NDL_KEY", "QUANDL_AUTH"], doc=["tEsTkEy123456789"]),
    "fred": dict(gen=lambda r: hexs(r, 32), env="FRED_API_KEY", name="FRED",
                 alts=["FRED_KEY", "fred", "STLOUISFED_KEY", "macro_key"],
                 doc=["abcdefghijklmnopqrstuvwxyz123456"]),
    "eodhd": dict(gen=g_eodhd, env="EODHD_API_TOKEN", name="EOD Historical Data",
                  alts=["EOD_TOKEN", "eod_key", "API_EOD", "eodhd"], doc=["demo"]),
    "fmp": dict(gen=lambda r: rs(r, 32, ALNUM), env="FMP_API_KEY", name="Financial Modeling Prep",
                alts=["FMP_KEY", "fmp", "apikey", "fundamentals_key"], doc=["demo"]),
    "databento": dict(gen=lambda r: "db-" + rs(r, 29, ALNUM), env="DATABENTO_API_KEY", name="Databento",
                      alts=["DB_KEY", "dbn_key", "DATABENTO_KEY", "feed_key"], doc=["$YOUR_API_KEY"]),
    "intrinio": dict(gen=g_intrinio, env="INTRINIO_API_KEY", name="Intrinio",
                     alts=["INTRINIO_KEY", "intr_key", "INTRINIO_PRODUCTION_KEY", "fin_key"],
                     doc=["a543b029ec335ddfw66dd95bfa1ea3ac"]),
    "refinitiv": dict(gen=lambda r: hexs(r, 40), env="REFINITIV_APP_KEY", name="Refinitiv/LSEG",
                      alts=["EIKON_APP_KEY", "APP_KEY", "rdp_app_key", "lseg_key"],
                      doc=["8e9bxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx1b035d"]),
    "bloomberg": dict(gen=password, env="BPIPE_TLS_PASSWORD", name="Bloomberg B-PIPE",
                      alts=["BLP_TLS_PASS", "pk12_pass", "BPIPE_PASSWORD", "tls_pw"], doc=[]),
    "quantconnect": dict(gen=lambda r: hexs(r, 64), env="QC_API_TOKEN", name="QuantConnect",
                         alts=["QUANTCONNECT_TOKEN", "qc_token", "LEAN_API_TOKEN", "api_token"], doc=[]),
    "alpaca": dict(gen=g_alpaca, env="APCA_API_SECRET_KEY", name="Alpaca",
                   alts=["ALPACA_SECRET_KEY", "alpaca_secret", "APCA_SECRET", "secret_key"], doc=[]),
    "benzinga": dict(gen=lambda r: hexs(r, 32), env="BENZINGA_API_KEY", name="Benzinga",
                     alts=["BZ_TOKEN", "bz_key", "BENZINGA_TOKEN", "news_token"],
                     doc=["testkey892834789s9s8abshtuy"]),
    "morningstar": dict(gen=password, env="MORNINGSTAR_PASSWORD", name="Morningstar",
                        alts=["MSTAR_PW", "ms_pass", "MORNINGSTAR_PASS", "pw"], doc=[]),
    "capiq": dict(gen=password, env="CAPIQ_PASSWORD", name="S&P Capital IQ",
                  alts=["CIQ_PASS", "ciq_pw", "SPGMI_PASSWORD", "pwd"], doc=[]),
    "kaggle": dict(gen=lambda r: hexs(r, 32), env="KAGGLE_KEY", name="Kaggle",
                   alts=["KAGGLE_API_KEY", "kg_key", "KAGGLE_TOKEN", "k_key"], doc=["xxxxxxxxxxxxxx"]),
    "wandb": dict(gen=lambda r: hexs(r, 40), env="WANDB_API_KEY", name="Weights & Biases",
                  alts=["WB_KEY", "wandb_key", "WANDB_KEY", "tracking_key"], doc=[]),
    "aws_s3": dict(gen=g_aws, env="AWS_SECRET_ACCESS_KEY", name="AWS S3",
                   alts=["S3_SECRET", "aws_secret", "TICK_S3_SECRET", "secret"],
                   doc=["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]),
    "gcs_hmac": dict(gen=g_gcs, env="GCS_HMAC_SECRET", name="Google Cloud Storage HMAC",
                     alts=["GCS_SECRET", "gcs_secret", "HMAC_SECRET", "gs_secret_access_key"], doc=[]),
    "gcp_sa": dict(gen=None, env="GOOGLE_APPLICATION_CREDENTIALS", name="GCP service account",
                   alts=[], doc=[]),
    "azure_blob": dict(gen=g_azure, env="AZURE_STORAGE_KEY", name="Azure Blob Storage",
                       alts=["AZ_KEY", "az_account_key", "AZURE_STORAGE_ACCOUNT_KEY", "blob_key"], doc=[]),
    "tickdb": dict(gen=password, env="PGPASSWORD", name="Tick database (PostgreSQL/Timescale)",
                   alts=["TSDB_PASSWORD", "db_pass", "TICKDB_PW", "pg_pw"], doc=[]),
    "slack_webhook": dict(gen=g_slack, env="SLACK_WEBHOOK_URL", name="Slack incoming webhook",
                          alts=["ALERT_WEBHOOK", "hook_url", "BACKTEST_ALERT_URL", "notify_url"], doc=[]),
}

API_PROVS = ["alphavantage", "polygon", "finnhub", "tiingo", "twelvedata", "iex", "ndl", "fred",
             "eodhd", "fmp", "databento", "intrinio", "refinitiv", "benzinga", "quantconnect",
             "kaggle", "wandb"]
LOGIN_PROVS = ["morningstar", "capiq", "bloomberg", "tickdb"]

PLACEHOLDERS = ["<your-key>", "YOUR_API_KEY_HERE", "changeme", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                "<YOUR_API_KEY>", "your_api_key", "INSERT_KEY_HERE", "REPLACE_ME", "TODO",
                "your-token-goes-here", "<token>", "XXXXXXXXXXXXXXXX", "<paste key>",
                "put-your-token-here", "dummy", "test", "...", "<redacted>", "NOT_SET"]
MASKS = ["****", "********************", "[REDACTED]", "<hidden>", "***REMOVED***", "•••••••••",
         "[MASKED]", "xxxx-xxxx-xxxx", "#######"]
SECRET_REFS = ["vault:secret/data/marketdata/{p}#api_key", "op://Research/{P}/credential",
               "arn:aws:secretsmanager:us-east-1:123456789012:secret:research/{p}-a1B2c3",
               "projects/quant-research/secrets/{p}-api-key/versions/latest",
               "azurekeyvault://qr-kv/secrets/{p}-key", "sops:ENC[AES256_GCM,data:...]",
               "ssm:/research/{p}/api_key", "secretsmanager:{p}/prod"]
TEMPLATE_EXPRS = ["{{{{ {v} }}}}", "${{{{ secrets.{E} }}}}", "{{{{ .Values.marketData.{v} }}}}",
                  "%({v})s", "<%= ENV['{E}'] %>", "{{{{ lookup('env', '{E}') }}}}", "@{E}@",
                  "$({E})", "#{{{E}}}"]

GENERIC_NAMES = ["API_KEY", "TOKEN", "KEY", "VENDOR_KEY", "DATA_TOKEN", "AUTH", "CRED", "MD_KEY",
                 "FEED_TOKEN", "ACCESS_TOKEN", "K", "SECRET"]
PW_PLACEHOLDERS = ["changeme", "<password>", "CHANGE_ME", "password", "********", "",
                   "<your-password>", "xxxxxxxx", "REPLACE_WITH_PASSWORD"]
ENVX = {
    "py": ['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")'],
    "r": ['Sys.getenv("%s")'],
    "jl": ['ENV["%s"]', 'get(ENV, "%s", "")'],
    "m": ["getenv('%s')"],
    "js": ["process.env.%s"],
    "sh": ['"${%s}"', '"$%s"'],
}
NEG_MODES = [("placeholder", 26), ("empty", 7), ("masked", 14), ("envref", 20), ("secretref", 10),
             ("template", 8), ("doc", 10), ("public", 5)]


def wchoice(r, pairs):
    tot = sum(w for _, w in pairs)
    x = r.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


class Ctx:
    def __init__(self, r, prov, neg):
        self.r, self.prov, self.neg = r, prov, neg
        self.P = PROV[prov]
        self.conv = r.random() < 0.5
        self.E = self.P["env"]
        if not neg:
            self.mode = "secret"
            if prov == "gcp_sa":
                self.secret, self.needle = pem_key(r)
            else:
                self.secret = self.P["gen"](r)
                self.needle = self.secret
            return
        self.secret = self.needle = None
        mode = wchoice(r, NEG_MODES)
        if "public" in self.P and r.random() < 0.45:
            mode = "public"
        if mode == "doc" and not self.P["doc"] and prov != "slack_webhook":
            mode = "placeholder"
        if mode == "public" and "public" not in self.P:
            mode = "placeholder"
        self.mode = mode
        login = prov in LOGIN_PROVS
        if mode == "placeholder":
            if prov == "slack_webhook":
                s = r.choice(["https://hooks.slack.com/services/XXX/YYY/ZZZ", "<slack-webhook-url>",
                              "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXX"])
            elif prov == "gcp_sa":
                s = "-----BEGIN PRIVATE KEY-----\n<redacted>\n-----END PRIVATE KEY-----\n"
            elif login:
                s = r.choice([p for p in PW_PLACEHOLDERS if p])
            else:
                s = r.choice(PLACEHOLDERS)
                if r.random() < 0.3:
                    s = r.choice(["your_%s_key" % prov, "<%s>" % self.E, "%s_HERE" % self.E,
                                  "your-%s-api-key" % prov])
        elif mode == "empty":
            s = ""
        elif mode == "masked":
            s = r.choice(MASKS)
            if r.random() < 0.4 and prov in ("iex", "databento"):
                pre = "sk_" if prov == "iex" else "db-"
                s = pre + r.choice("xX*") * r.choice([6, 12, 29])
            elif r.random() < 0.3 and prov == "slack_webhook":
                s = "https://hooks.slack.com/services/T********/B********/************************"
        elif mode == "envref":
            s = r.choice(["${%s}" % self.E, "$%s" % self.E, "%%%s%%" % self.E, "env:%s" % self.E,
                          "${env:%s}" % self.E])
        elif mode == "secretref":
            s = r.choice(SECRET_REFS).format(p=prov.replace("_", "-"),
                                              P=self.P["name"].split()[0].replace("/", "-"))
        elif mode == "template":
            s = r.choice(TEMPLATE_EXPRS).format(v=self.E.lower(), E=self.E)
        elif mode == "doc":
            if prov == "slack_webhook":
                s = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
            else:
                s = r.choice(self.P["doc"])
        else:  # public
            s = self.P["public"](r)
        self.sub = s
        self.envexpr = {k: r.choice(v) % (self.E.lower() if k == "tf" else self.E)
                        for k, v in sorted(ENVX.items())}

    def val(self):
        return self.sub if self.neg else self.secret

    def expr(self, lang, q='"'):
        if not self.neg:
            return q + self.secret + q
        if self.mode == "envref" and lang in self.envexpr:
            return self.envexpr[lang]
        return q + self.sub + q

    def vname(self, style="UP"):
        n = self.E if self.conv else self.r.choice(self.P["alts"] + GENERIC_NAMES)
        return n.upper() if style == "UP" else n.lower()

    # companions: public halves of key pairs (placeholders in negatives)
    def kid(self, kind):
        r = self.r
        if self.neg:
            return {"alpaca": r.choice(["<APCA_API_KEY_ID>", "YOUR_KEY_ID", "PKXXXXXXXXXXXXXXXXXX"]),
                    "aws": r.choice(["AKIAIOSFODNN7EXAMPLE", "<access-key-id>"]),
                    "gcs": r.choice(["GOOG56JBMFZX6PMPTQ62VD2", "<hmac-access-id>"])}[kind]
        if kind == "alpaca":
            return r.choice(["PK", "AK"]) + rs(r, 18, UP + DG)
        if kind == "aws":
            return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, UP + "234567")
        return "GOOG1E" + rs(r, 55, UP + DG)


def pyimports(r, extra=()):
    base = ["import os", "import logging", "from datetime import date, datetime, timedelta",
            "from pathlib import Path", "import numpy as np", "import pandas as pd"]
    r.shuffle(base)
    k = r.randint(2, len(base))
    return "\n".join(sorted(base[:k]) + list(extra)) + "\n"


def syms(r, k=None):
    k = k or r.randint(3, 8)
    return r.sample(TICKERS, k)


def df_text(r, tick=None, n=5):
    tick = tick or r.choice(TICKERS)
    rows = ["            open    high     low   close     volume"]
    y, m, d = r.randint(2021, 2024), r.randint(1, 12), r.randint(1, 20)
    p = r.uniform(40, 400)
    rows[0] = "timestamp" + rows[0][9:]
    for i in range(n):
        o = p * r.uniform(0.98, 1.02)
        h, l, cl = o * r.uniform(1.0, 1.03), o * r.uniform(0.97, 1.0), o * r.uniform(0.98, 1.02)
        rows.append("%04d-%02d-%02d  %6.2f  %6.2f  %6.2f  %6.2f  %9d" % (y, m, d + i, o, h, l, cl, r.randint(10 ** 5, 9 * 10 ** 7)))
        p = cl
    return "\n".join(rows)


def png_b64(r):
    return base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rbytes(r, r.randint(300, 900))).decode()


def o_stream(text):
    return {"name": "stdout", "output_type": "stream", "text": text.splitlines(True)}


def o_exec(n, text):
    return {"data": {"text/plain": text.splitlines(True)}, "execution_count": n, "metadata": {},
            "output_type": "execute_result"}


def o_png(r):
    return {"data": {"image/png": png_b64(r) + "\n",
                     "text/plain": ["<Figure size %dx%d with 1 Axes>" % (r.choice([800, 1000, 1200]), r.choice([400, 500, 600]))]},
            "metadata": {}, "output_type": "display_data"}


def nb(r, cells, kernel="python3"):
    out, n = [], 1
    for c in cells:
        if c[0] == "md":
            out.append({"cell_type": "markdown", "id": hexs(r, 8), "metadata": {},
                        "source": c[1].splitlines(True)})
        else:
            outs = c[2](n) if len(c) > 2 and callable(c[2]) else (c[2] if len(c) > 2 else [])
            out.append({"cell_type": "code", "execution_count": n, "id": hexs(r, 8), "metadata": {},
                        "outputs": outs, "source": c[1].splitlines(True)})
            n += 1
    if kernel == "python3":
        meta = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                "language_info": {"codemirror_mode": {"name": "ipython", "version": 3}, "file_extension": ".py",
                                  "mimetype": "text/x-python", "name": "python", "nbconvert_exporter": "python",
                                  "pygments_lexer": "ipython3", "version": "3.%d.%d" % (r.randint(9, 12), r.randint(1, 14))}}
    else:
        meta = {"kernelspec": {"display_name": "R", "language": "R", "name": "ir"},
                "language_info": {"codemirror_mode": "r", "file_extension": ".r", "mimetype": "text/x-r-source",
                                  "name": "R", "pygments_lexer": "r", "version": "4.3.%d" % r.randint(0, 3)}}
    return json.dumps({"cells": out, "metadata": meta, "nbformat": 4, "nbformat_minor": 5},
                      indent=1, ensure_ascii=False) + "\n"


TPL = []


def tpl(kind, provs, env_file=False):
    def deco(f):
        TPL.append(dict(fn=f, kind=kind, provs=provs, name=f.__name__, env_file=env_file))
        return f
    return deco


def pick(r, *opts):
    return r.choice(opts)


# ================================================================ positive templates: Python
@tpl("api_key", ["polygon"])
def py_polygon_client(r, c):
    v = c.vname("UP")
    s = syms(r, 4)
    txt = pyimports(r, ["from polygon import RESTClient"]) + '''
%s = %s

client = RESTClient(api_key=%s)


def daily_bars(ticker: str, start: str, end: str) -> pd.DataFrame:
    aggs = client.get_aggs(ticker, 1, "day", start, end, adjusted=True, limit=50000)
    df = pd.DataFrame([a.__dict__ for a in aggs])
    df["timestamp"] = pd.to_datetime(df["timestamp"], unit="ms")
    return df.set_index("timestamp")


if __name__ == "__main__":
    for t in %r:
        print(t, daily_bars(t, "%s", "%s").tail(3))
''' % (v, c.expr("py"), v, s, date(r, 2020, 2021), date(r, 2022, 2023))
    return pick(r, "research/data/polygon_loader.py", "src/ingest/polygon_daily.py", "qr/feeds/polygon.py"), txt


@tpl("key_pair_secret", ["alpaca"])
def py_alpaca_hist(r, c):
    kid = c.kid("alpaca")
    txt = '''"""Pull minute bars from Alpaca market data for the intraday study."""
from alpaca.data.historical import StockHistoricalDataClient
from alpaca.data.requests import StockBarsRequest
from alpaca.data.timeframe import TimeFrame
from datetime import datetime

client = StockHistoricalDataClient("%s", %s)

req = StockBarsRequest(
    symbol_or_symbols=%r,
    timeframe=TimeFrame.Minute,
    start=datetime(%d, %d, %d),
    end=datetime(%d, %d, %d),
    feed="%s",
)
bars = client.get_stock_bars(req).df
bars.to_parquet("data/raw/alpaca_minute_%s.parquet")
print(bars.groupby(level=0).size())
''' % (kid, c.expr("py"), syms(r, 3), r.randint(2021, 2022), r.randint(1, 12), r.randint(1, 28),
       r.randint(2023, 2024), r.randint(1, 12), r.randint(1, 28), pick(r, "iex", "sip"), date(r))
    return pick(r, "intraday/fetch_alpaca.py", "scripts/alpaca_minute_bars.py"), txt


@tpl("api_key", ["databento"])
def py_databento_hist(r, c):
    ds, sc = r.choice(DB_DATASETS), r.choice(DB_SCHEMAS)
    kw = pick(r, "", "key=")
    txt = '''import databento as db

# %s %s for the %s study
client = db.Historical(%s%s)

cost = client.metadata.get_cost(
    dataset="%s",
    symbols=["%s.FUT"],
    stype_in="parent",
    schema="%s",
    start="%s",
    end="%s",
)
print(f"estimated cost: ${cost:.2f}")

data = client.timeseries.get_range(
    dataset="%s", symbols=["%s.FUT"], stype_in="parent", schema="%s",
    start="%s", end="%s",
)
data.to_file("data/dbn/%s_%s.dbn.zst")
''' % (ds, sc, r.choice(STRATS), kw, c.expr("py"), ds, r.choice(FUT), sc, date(r, 2023, 2023),
       date(r, 2024, 2024), ds, r.choice(FUT), sc, date(r, 2023, 2023), date(r, 2024, 2024),
       ds.lower().replace(".", "_"), sc)
    return pick(r, "pipelines/databento_pull.py", "research/futures/get_dbn.py", "etl/dbn_download.py"), txt


@tpl("api_key", ["fred"])
def py_fredapi(r, c):
    s = r.sample(FRED_SERIES, 4)
    txt = pyimports(r, ["from fredapi import Fred"]) + '''
fred = Fred(api_key=%s)

SERIES = %r


def load_macro(start="2000-01-01"):
    frames = {sid: fred.get_series(sid, observation_start=start) for sid in SERIES}
    return pd.DataFrame(frames).ffill()


macro = load_macro()
macro.to_csv("data/macro/fred_panel.csv")
''' % (c.expr("py"), s)
    return pick(r, "macro/fred_panel.py", "research/macro/load_fred.py"), txt


@tpl("api_key", ["ndl"])
def py_ndl(r, c):
    code = r.choice(NDL_CODES)
    txt = '''import nasdaqdatalink
import pandas as pd

nasdaqdatalink.ApiConfig.api_key = %s
nasdaqdatalink.ApiConfig.verify_ssl = True

prices = nasdaqdatalink.get_table("%s", ticker=%r, paginate=True)
prices["date"] = pd.to_datetime(prices["date"])
prices.to_parquet("data/ndl/%s.parquet")
''' % (c.expr("py"), code, syms(r, 5), code.replace("/", "_").lower())
    return pick(r, "data/ndl_download.py", "vendors/quandl_pull.py"), txt


@tpl("url_token", ["alphavantage"])
def py_av_params(r, c):
    v = c.vname("UP")
    txt = pyimports(r, ["import requests"]) + '''
BASE = "https://www.alphavantage.co/query"
%s = %s


def fx_daily(from_sym, to_sym):
    params = {
        "function": "FX_DAILY",
        "from_symbol": from_sym,
        "to_symbol": to_sym,
        "outputsize": "full",
        "apikey": %s,
    }
    r = requests.get(BASE, params=params, timeout=30)
    r.raise_for_status()
    return pd.DataFrame(r.json()["Time Series FX (Daily)"]).T.astype(float)


eurusd = fx_daily("EUR", "USD")
''' % (v, c.expr("py"), v)
    return pick(r, "fx/alphavantage_fx.py", "research/carry/fetch_fx.py"), txt


@tpl("api_key", ["finnhub"])
def py_finnhub(r, c):
    t = r.choice(TICKERS)
    txt = '''import finnhub
import time

finnhub_client = finnhub.Client(api_key=%s)

def earnings_surprises(symbol, limit=8):
    out = finnhub_client.company_earnings(symbol, limit=limit)
    time.sleep(1.1)  # 60 calls/minute on the free tier
    return out

print(earnings_surprises("%s"))
''' % (c.expr("py"), t)
    return pick(r, "events/earnings_finnhub.py", "research/pead/finnhub_surprises.py"), txt


@tpl("bearer_token", ["tiingo"])
def py_tiingo_header(r, c):
    t = r.choice(TICKERS)
    tok = c.val() if not (c.neg and c.mode == "envref") else "${TIINGO_API_KEY}"
    txt = '''import requests
import pandas as pd

headers = {
    "Content-Type": "application/json",
    "Authorization": "Token %s",
}
url = "https://api.tiingo.com/tiingo/daily/%s/prices?startDate=%s&resampleFreq=weekly"
resp = requests.get(url, headers=headers, timeout=20)
weekly = pd.DataFrame(resp.json())
print(weekly[["date", "adjClose"]].tail())
''' % (tok, t.lower(), date(r))
    return pick(r, "notebooks/helpers/tiingo_weekly.py", "research/tiingo_prices.py"), txt


@tpl("api_key", ["refinitiv"])
def py_eikon(r, c):
    txt = '''import eikon as ek
import pandas as pd

ek.set_app_key(%s)

rics = %r
df, err = ek.get_data(rics, ["TR.PriceClose", "TR.CompanyMarketCap", "TR.PE"])
if err:
    print(err)
ts = ek.get_timeseries(rics[0], start_date="%s", interval="daily")
''' % (c.expr("py", "'"), [t.split(".")[0] + pick(r, ".O", ".N") for t in syms(r, 4)], date(r))
    return pick(r, "refinitiv/snapshot.py", "research/eikon_pull.py"), txt


@tpl("api_key", ["refinitiv"])
def py_rd_session(r, c):
    txt = '''import refinitiv.data as rd
from refinitiv.data.session import platform

session = platform.Definition(
    app_key=%s,
    grant=platform.GrantPassword(username="%s@%s.com", password=rd_password()),
    signon_control=True,
).get_session()
rd.session.set_default(session)
session.open()
hist = rd.get_history(universe=%r, fields=["BID", "ASK"], interval="1min")
''' % (c.expr("py"), r.choice(USERS), r.choice(FIRMS), [t + ".O" for t in syms(r, 3)])
    return pick(r, "lseg/rdp_session.py", "src/vendors/lseg_history.py"), txt


@tpl("api_key", ["quantconnect"])
def py_qc_api(r, c):
    uid = r.randint(100000, 999999)
    txt = '''from base64 import b64encode
from hashlib import sha256
from time import time
import requests

USER_ID = %d
API_TOKEN = %s
BASE_URL = "https://www.quantconnect.com/api/v2/"


def get_headers():
    timestamp = f"{int(time())}"
    time_stamped_token = f"{API_TOKEN}:{timestamp}".encode("utf-8")
    hashed_token = sha256(time_stamped_token).hexdigest()
    authentication = f"{USER_ID}:{hashed_token}".encode("utf-8")
    return {"Authorization": f"Basic {b64encode(authentication).decode('ascii')}", "Timestamp": timestamp}


resp = requests.post(f"{BASE_URL}/backtests/list", headers=get_headers(), json={"projectId": %d})
print(resp.json())
''' % (uid, c.expr("py"), r.randint(10 ** 7, 3 * 10 ** 7))
    return pick(r, "tools/qc_backtests.py", "lean/list_backtests.py"), txt


@tpl("api_key", ["iex"])
def py_pyex(r, c):
    txt = '''import pyEX

c = pyEX.Client(api_token=%s, version="stable")
quotes = {s: c.quote(s) for s in %r}
fundamentals = c.advancedStats("%s")
''' % (c.expr("py"), syms(r, 4), r.choice(TICKERS))
    return pick(r, "legacy/iex_quotes.py", "archive/iexcloud_stats.py"), txt


@tpl("key_pair_secret", ["aws_s3"])
def py_boto3(r, c):
    b = r.choice(BUCKETS)
    txt = '''import boto3
import pyarrow.parquet as pq
import io

s3 = boto3.client(
    "s3",
    region_name="%s",
    aws_access_key_id="%s",
    aws_secret_access_key=%s,
)

def read_day(day: str):
    obj = s3.get_object(Bucket="%s", Key=f"trades/{day}/part-0000.parquet")
    return pq.read_table(io.BytesIO(obj["Body"].read())).to_pandas()
''' % (pick(r, "us-east-1", "eu-west-2", "us-east-2"), c.kid("aws"), c.expr("py"), b)
    return pick(r, "storage/s3_ticks.py", "research/io/s3_reader.py"), txt


@tpl("key_pair_secret", ["gcs_hmac"])
def py_gcs_hmac(r, c):
    txt = '''import s3fs
import pandas as pd

fs = s3fs.S3FileSystem(
    key="%s",
    secret=%s,
    client_kwargs={"endpoint_url": "https://storage.googleapis.com"},
)
files = fs.glob("%s/quotes/%s/*.parquet")
df = pd.concat(pd.read_parquet(f, filesystem=fs) for f in files[:10])
''' % (c.kid("gcs"), c.expr("py"), r.choice(BUCKETS), r.randint(2019, 2024))
    return pick(r, "storage/gcs_interop.py", "io/gcs_s3fs.py"), txt


@tpl("connection_string", ["azure_blob"])
def py_azure(r, c):
    acct = r.choice(["tickstore", "qrdatalake", "mktdataeu", "alphaarchive"]) + str(r.randint(1, 99))
    key = c.val()
    txt = '''from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=%s;"
    "AccountKey=%s;EndpointSuffix=core.windows.net"
)
svc = BlobServiceClient.from_connection_string(CONN)
container = svc.get_container_client("l2-snapshots")
for blob in container.list_blobs(name_starts_with="%s/"):
    print(blob.name, blob.size)
''' % (acct, key, date(r)[:7])
    return pick(r, "storage/azure_blobs.py", "etl/azure_list.py"), txt


@tpl("connection_string", ["tickdb"])
def py_sqlalchemy(r, c):
    u, h = r.choice(USERS).replace(".", "_"), r.choice(HOSTS)
    txt = pyimports(r, ["from sqlalchemy import create_engine, text"]) + '''
ENGINE = create_engine("postgresql+psycopg2://%s:%s@%s:5432/ticks", pool_pre_ping=True)

QUERY = text("""
    SELECT time_bucket('1 minute', ts) AS bucket, symbol, last(price, ts) AS close
    FROM trades WHERE symbol = :sym AND ts >= :start GROUP BY 1, 2 ORDER BY 1
""")

with ENGINE.connect() as conn:
    bars = pd.read_sql(QUERY, conn, params={"sym": "%s", "start": "%s"})
''' % (u, c.val(), h, r.choice(TICKERS), date(r))
    return pick(r, "db/timescale_bars.py", "research/io/tickdb.py"), txt


@tpl("api_key", ["wandb"])
def py_wandb(r, c):
    txt = '''import wandb

wandb.login(key=%s)
run = wandb.init(project="%s", entity="%s", config={"lookback": %d, "lr": %s, "universe": "sp500"})
for epoch in range(%d):
    run.log({"epoch": epoch, "val_ic": 0.0})
run.finish()
''' % (c.expr("py"), r.choice(STRATS).replace("_", "-"), r.choice(FIRMS), r.choice([20, 60, 120, 252]),
       pick(r, "1e-3", "3e-4"), r.randint(5, 50))
    return pick(r, "ml/train_alpha_model.py", "models/tft/train.py"), txt


@tpl("api_key", ["kaggle"])
def py_kaggle_env(r, c):
    txt = '''import os

os.environ["KAGGLE_USERNAME"] = "%s"
os.environ["KAGGLE_KEY"] = %s

from kaggle.api.kaggle_api_extended import KaggleApi

api = KaggleApi()
api.authenticate()
api.competition_download_files("%s", path="data/kaggle")
''' % (r.choice(USERS).replace(".", ""), c.expr("py"),
       pick(r, "jane-street-real-time-market-data-forecasting", "optiver-trading-at-the-close", "g-research-crypto-forecasting"))
    return pick(r, "kaggle/download.py", "competitions/get_data.py"), txt


@tpl("url_token", ["fmp"])
def py_fmp_fstring(r, c):
    txt = '''import requests

def income_statements(symbol, period="annual"):
    url = f"https://financialmodelingprep.com/api/v3/income-statement/{symbol}?period={period}&apikey=%s"
    return requests.get(url, timeout=15).json()


stmts = {s: income_statements(s) for s in %r}
''' % (c.val(), syms(r, 4))
    return pick(r, "fundamentals/fmp_statements.py", "research/value/fmp.py"), txt


@tpl("api_key", ["benzinga"])
def py_benzinga(r, c):
    v = c.vname("UP")
    txt = '''from benzinga import financial_data, news_data

%s = %s
fin = financial_data.Benzinga(%s)
paper = news_data.News(%s)
ratings = fin.ratings(company_tickers="%s")
stories = paper.news(display_output="full", company_tickers="%s")
''' % (v, c.expr("py"), v, v, r.choice(TICKERS), r.choice(TICKERS))
    return pick(r, "news/benzinga_ratings.py", "alt_data/bz_news.py"), txt


@tpl("api_key", ["intrinio"])
def py_intrinio(r, c):
    txt = '''import intrinio_sdk as intrinio

intrinio.ApiClient().set_api_key(%s)
intrinio.ApiClient().allow_retries(True)

security_api = intrinio.SecurityApi()
prices = security_api.get_security_stock_prices("%s", start_date="%s", frequency="daily", page_size=100)
''' % (c.expr("py"), r.choice(TICKERS), date(r))
    return pick(r, "vendors/intrinio_prices.py", "data/intrinio.py"), txt


@tpl("api_key", ["twelvedata"])
def py_twelvedata(r, c):
    txt = '''from twelvedata import TDClient

td = TDClient(apikey=%s)
ts = td.time_series(symbol="%s", interval="%s", outputsize=%d, timezone="America/New_York")
df = ts.with_bbands().with_rsi().as_pandas()
''' % (c.expr("py"), r.choice(TICKERS), pick(r, "1min", "5min", "1h", "1day"), r.choice([500, 1000, 5000]))
    return pick(r, "signals/td_indicators.py", "research/ta/twelvedata.py"), txt


@tpl("api_key", ["eodhd"])
def py_eodhd(r, c):
    txt = '''from eodhd import APIClient

api = APIClient(%s)
hist = api.get_historical_data("%s.US", "d", results=%d)
fund = api.get_fundamentals_data("%s.US")
''' % (c.expr("py"), r.choice(TICKERS), r.choice([250, 500, 1000]), r.choice(TICKERS))
    return pick(r, "eod/eodhd_pull.py", "research/intl/eodhd.py"), txt


@tpl("login_password", ["bloomberg"])
def py_blpapi_tls(r, c):
    txt = '''import blpapi

opts = blpapi.SessionOptions()
opts.setServerAddress("%s", 8194, 0)
tls = blpapi.TlsOptions.createFromFiles("certs/client.p12", %s, "certs/rootCertificate.pk7")
opts.setTlsOptions(tls)
opts.setSessionIdentityOptions(blpapi.AuthOptions.createWithApp("%s:%s"))
session = blpapi.Session(opts)
session.start()
''' % (pick(r, "bpipe-nyc.%s.com" % r.choice(FIRMS), "cloudpoint.bloomberg.com"), c.expr("py"),
       r.choice(FIRMS).upper(), pick(r, "RESEARCH", "QR_FEED", "ALPHA"))
    return pick(r, "bbg/bpipe_session.py", "feeds/bloomberg_tls.py"), txt


@tpl("login_password", ["capiq", "morningstar"])
def py_basic_auth(r, c):
    u = "%s@%s.com" % (r.choice(USERS), r.choice(FIRMS))
    if c.prov == "capiq":
        url, body = "https://api-ciq.marketintelligence.spglobal.com/gdsapi/rest/v3/clientservice.json", '{"inputRequests": []}'
    else:
        url, body = "https://www.us-api.morningstar.com/token/oauth", "{}"
    v = c.vname("low")
    txt = '''import requests

USERNAME = "%s"
%s = %s

session = requests.Session()
session.auth = (USERNAME, %s)
resp = session.post("%s", data=%s, timeout=60)
resp.raise_for_status()
''' % (u, v, c.expr("py"), v, url, body)
    return pick(r, "vendors/%s_client.py" % c.prov, "research/fundamentals/%s.py" % c.prov), txt


# ================================================================ R / Julia / MATLAB / JS
@tpl("api_key", ["fred"])
def r_fredr(r, c):
    s = r.sample(FRED_SERIES, 3)
    txt = '''library(fredr)
library(dplyr)
library(ggplot2)

fredr_set_key(%s)

macro <- purrr::map_dfr(c(%s), function(id) {
  fredr(series_id = id, observation_start = as.Date("%s"), frequency = "m")
})

macro %%>%% ggplot(aes(date, value, colour = series_id)) + geom_line()
''' % (c.expr("r"), ", ".join('"%s"' % x for x in s), date(r, 1990, 2005))
    return pick(r, "R/macro_dashboard.R", "analysis/fred_regimes.R"), txt


@tpl("api_key", ["alphavantage"])
def r_quantmod_av(r, c):
    t = r.choice(TICKERS)
    txt = '''suppressPackageStartupMessages({
  library(quantmod)
  library(PerformanceAnalytics)
})

setDefaults(getSymbols.av, api.key = %s)
getSymbols("%s", src = "av", output.size = "full", adjusted = TRUE)
rets <- dailyReturn(Ad(%s))
charts.PerformanceSummary(rets, main = "%s daily")
''' % (c.expr("r"), t, t.replace(".", ""), t)
    return pick(r, "R/av_returns.R", "scripts/perf_summary.R"), txt


@tpl("api_key", ["tiingo"])
def r_riingo(r, c):
    txt = '''library(riingo)
library(tidyquant)

riingo_set_token(%s)
px <- riingo_prices(c(%s), start_date = "%s", resample_frequency = "daily")
px %%>%% group_by(ticker) %%>%% tq_transmute(adjClose, mutate_fun = periodReturn, period = "monthly")
''' % (c.expr("r"), ", ".join('"%s"' % x for x in syms(r, 4)), date(r))
    return pick(r, "R/tiingo_monthly.R", "analysis/momentum_riingo.R"), txt


@tpl("api_key", ["ndl", "fred", "tiingo", "polygon", "databento", "finnhub"])
def r_rprofile(r, c):
    txt = '''## ~/.Rprofile for the research box
options(
  repos = c(CRAN = "https://packagemanager.posit.co/cran/latest"),
  scipen = 999,
  digits.secs = 3,
  datatable.print.nrows = 50
)

Sys.setenv(TZ = "America/New_York")
Sys.setenv(%s = %s)

if (interactive()) {
  suppressMessages(require(data.table))
  message("Loaded research profile on ", Sys.info()[["nodename"]])
}
''' % (c.E, c.expr("r"))
    return pick(r, ".Rprofile", "config/R/.Rprofile", "rstudio/.Rprofile"), txt


@tpl("api_key", ["fred", "tiingo", "ndl", "eodhd", "fmp", "alphavantage", "benzinga"])
def r_renviron(r, c):
    lines = ["R_LIBS_USER=~/R/library/4.3", "TZ=America/New_York", "R_MAX_VSIZE=32Gb",
             "RETICULATE_PYTHON=/opt/conda/envs/research/bin/python"]
    r.shuffle(lines)
    k = r.randint(1, len(lines))
    body = lines[:k] + ["%s=%s" % (c.E if c.conv else c.vname("UP"), c.val())]
    r.shuffle(body)
    return pick(r, ".Renviron", "project/.Renviron"), "\n".join(body) + "\n"


@tpl("connection_string", ["tickdb"])
def r_dbi(r, c):
    txt = '''library(DBI)
library(data.table)

con <- dbConnect(
  RPostgres::Postgres(),
  host = "%s",
  port = 5432,
  dbname = "ticks",
  user = "%s",
  password = %s
)
trades <- as.data.table(dbGetQuery(con, "SELECT ts, price, size FROM trades WHERE symbol = 'AAPL' LIMIT 100000"))
dbDisconnect(con)
''' % (r.choice(HOSTS), r.choice(USERS).replace(".", "_"), c.expr("r"))
    return pick(r, "R/tickdb_connect.R", "analysis/microstructure/load_trades.R"), txt


@tpl("url_token", ["polygon"])
def r_httr_polygon(r, c):
    t = r.choice(TICKERS)
    txt = '''library(httr)
library(jsonlite)

res <- GET(
  "https://api.polygon.io/v2/aggs/ticker/%s/range/1/minute/%s/%s",
  query = list(adjusted = "true", sort = "asc", limit = 50000, apiKey = %s)
)
bars <- fromJSON(content(res, "text"))$results
''' % (t, date(r, 2023, 2023), date(r, 2024, 2024), c.expr("r"))
    return pick(r, "R/polygon_minute.R", "scripts/intraday_polygon.R"), txt


@tpl("key_pair_secret", ["alpaca"])
def jl_startup(r, c):
    txt = '''# ~/.julia/config/startup.jl
using Pkg
atreplinit() do repl
    try
        @eval using Revise
    catch e
        @warn "Revise not available" e
    end
end

ENV["JULIA_NUM_THREADS"] = "%d"
ENV["APCA-API-KEY-ID"] = "%s"
ENV["APCA-API-SECRET-KEY"] = %s
''' % (r.choice([8, 16, 32]), c.kid("alpaca"), c.expr("jl"))
    return pick(r, "julia/config/startup.jl", "dotfiles/julia/startup.jl"), txt


@tpl("url_token", ["finnhub"])
def jl_http_finnhub(r, c):
    t = r.choice(TICKERS)
    txt = '''using HTTP, JSON3, DataFrames

function candles(sym::String, from::Int, to::Int)
    url = "https://finnhub.io/api/v1/stock/candle?symbol=$(sym)&resolution=D&from=$(from)&to=$(to)&token=%s"
    r = HTTP.get(url)
    j = JSON3.read(r.body)
    return DataFrame(t = j.t, o = j.o, h = j.h, l = j.l, c = j.c, v = j.v)
end

df = candles("%s", %d, %d)
''' % (c.val(), t, r.randint(1577836800, 1609459200), r.randint(1672531200, 1704067200))
    return pick(r, "julia/src/finnhub.jl", "Research.jl/src/feeds/finnhub.jl"), txt


@tpl("api_key", ["fred"])
def jl_fred(r, c):
    txt = '''using FredData
using DataFrames, Dates

f = Fred(%s)
gdp = get_data(f, "%s"; observation_start = "%s", frequency = "q")
df = gdp.data
println(last(df, 4))
''' % (c.expr("jl"), r.choice(FRED_SERIES), date(r, 1990, 2000))
    return pick(r, "julia/macro/fred.jl", "scripts/fred_pull.jl"), txt


@tpl("url_token", ["twelvedata", "alphavantage", "fmp"])
def m_webread(r, c):
    t = r.choice(TICKERS)
    key = c.vname("low") if not c.conv else "apikey"
    if c.prov == "twelvedata":
        url, extra = "https://api.twelvedata.com/time_series", "'symbol', '%s', 'interval', '1day', 'outputsize', 500" % t
    elif c.prov == "alphavantage":
        url, extra = "https://www.alphavantage.co/query", "'function', 'TIME_SERIES_DAILY', 'symbol', '%s'" % t
    else:
        url, extra = "https://financialmodelingprep.com/api/v3/historical-price-full/%s" % t, "'serietype', 'line'"
    txt = '''%% pull daily prices for the factor backtest
%s = %s;
opts = weboptions('Timeout', 30, 'ContentType', 'json');
data = webread('%s', %s, 'apikey', %s, opts);
save(fullfile('data', 'prices_%s.mat'), 'data');
''' % (key, c.expr("m", "'"), url, extra, key, t.lower())
    return pick(r, "matlab/fetch_prices.m", "matlab/+data/loadDaily.m"), txt


@tpl("login_password", ["tickdb"])
def m_database(r, c):
    txt = '''%% connect to the tick store and load one day of quotes
conn = database('ticks', '%s', %s, ...
    'Vendor', 'PostgreSQL', 'Server', '%s', 'PortNumber', 5432);
q = fetch(conn, "SELECT ts, bid, ask FROM quotes WHERE sym = '%s' AND ts::date = '%s'");
close(conn);
spread = q.ask - q.bid;
histogram(spread, 100);
''' % (r.choice(USERS).replace(".", "_"), c.expr("m", "'"), r.choice(HOSTS), r.choice(TICKERS), date(r))
    return pick(r, "matlab/loadQuotes.m", "matlab/microstructure/spreadStudy.m"), txt


@tpl("bearer_token", ["finnhub"])
def js_finnhub_header(r, c):
    t = r.choice(TICKERS)
    tok = c.expr("js", "'")
    txt = '''// dashboard/server/quotes.mjs
import fetch from 'node-fetch';

const FINNHUB_TOKEN = %s;

export async function quote(symbol = '%s') {
  const res = await fetch(`https://finnhub.io/api/v1/quote?symbol=${symbol}`, {
    headers: { 'X-Finnhub-Token': FINNHUB_TOKEN },
  });
  if (!res.ok) throw new Error(`finnhub ${res.status}`);
  return res.json();
}
''' % (tok, t)
    return pick(r, "dashboard/server/quotes.mjs", "web/api/finnhub.js"), txt


# ================================================================ notebooks
@tpl("api_key", ["polygon", "databento", "tiingo", "twelvedata", "eodhd", "fmp", "finnhub"])
def nb_config_cell(r, c):
    v = c.vname("UP")
    t = r.choice(TICKERS)
    cells = [
        ("md", "# %s - %s\n\nExploratory look at %s using %s data." % (r.choice(STRATS).replace("_", " ").title(), date(r), t, c.P["name"])),
        ("code", "import pandas as pd\nimport numpy as np\nimport matplotlib.pyplot as plt\n%matplotlib inline"),
        ("code", "%s = %s\nSTART, END = \"%s\", \"%s\"" % (v, c.expr("py"), date(r, 2018, 2020), date(r, 2023, 2024))),
        ("code", "px = load_prices(\"%s\", START, END, key=%s)\npx.head()" % (t, v), lambda n: [o_exec(n, df_text(r, t))]),
        ("code", "ax = px[\"close\"].pct_change().rolling(21).std().mul(np.sqrt(252)).plot(figsize=(10, 4))\nax.set_title(\"21d realised vol\")",
         lambda n: [o_png(r)]),
    ]
    return pick(r, "notebooks/%s_eda.ipynb" % t.lower(), "research/%s/01_explore.ipynb" % r.choice(STRATS)), nb(r, cells)


@tpl("json_keyfile", ["kaggle"])
def nb_kaggle_json(r, c):
    user = r.choice(USERS).replace(".", "")
    comp = pick(r, "optiver-trading-at-the-close", "jane-street-real-time-market-data-forecasting", "ubiquant-market-prediction")
    cells = [
        ("code", "!pip install -q kaggle"),
        ("code", "import json, os\nos.makedirs(os.path.expanduser(\"~/.kaggle\"), exist_ok=True)\n"
                 "with open(os.path.expanduser(\"~/.kaggle/kaggle.json\"), \"w\") as f:\n"
                 "    json.dump({\"username\": \"%s\", \"key\": %s}, f)\n"
                 "os.chmod(os.path.expanduser(\"~/.kaggle/kaggle.json\"), 0o600)" % (user, c.expr("py"))),
        ("code", "!kaggle competitions download -c %s -p data/" % comp,
         lambda n: [o_stream("Downloading %s.zip to data\n100%%|##########| %d.%dM/%d.%dM [00:%02d<00:00, %.1fMB/s]\n" % (comp, 400, 1, 400, 1, r.randint(5, 40), r.uniform(20, 90)))]),
        ("md", "## Unzip and inspect"),
        ("code", "df = pd.read_csv(\"data/train.csv\")\ndf.shape", lambda n: [o_exec(n, "(%d, %d)" % (r.randint(10 ** 5, 6 * 10 ** 6), r.randint(10, 90)))]),
    ]
    return pick(r, "kaggle/%s/00_setup.ipynb" % comp.split("-")[0], "notebooks/kaggle_setup.ipynb"), nb(r, cells)


@tpl("api_key", ["wandb"])
def nb_wandb_env(r, c):
    cells = [
        ("md", "### Experiment tracking"),
        ("code", "%%env WANDB_API_KEY=%s\n%%env WANDB_PROJECT=%s" % (c.val(), r.choice(STRATS).replace("_", "-")),
         []),
        ("code", "import wandb\nrun = wandb.init(config=dict(horizon=%d, features=%d))" % (r.choice([1, 5, 10]), r.randint(20, 300)),
         lambda n: [o_stream("wandb: Tracking run with wandb version 0.16.%d\nwandb: Run data is saved locally in ./wandb/run-%s-%s\n" % (r.randint(0, 6), date(r).replace("-", ""), rs(r, 8, LO + DG)))]),
        ("code", "train(model, loaders, run=run)"),
    ]
    return pick(r, "notebooks/train_gbm.ipynb", "ml/experiments/02_wandb.ipynb"), nb(r, cells)


@tpl("url_token", ["alphavantage", "eodhd", "fmp", "benzinga"])
def nb_url_csv(r, c):
    t = r.choice(TICKERS)
    if c.prov == "alphavantage":
        url = "https://www.alphavantage.co/query?function=TIME_SERIES_DAILY_ADJUSTED&symbol=%s&outputsize=full&datatype=csv&apikey=%s" % (t, c.val())
    elif c.prov == "eodhd":
        url = "https://eodhd.com/api/eod/%s.US?api_token=%s&fmt=csv&from=%s" % (t, c.val(), date(r))
    elif c.prov == "fmp":
        url = "https://financialmodelingprep.com/api/v3/historical-price-full/%s?apikey=%s&datatype=csv" % (t, c.val())
    else:
        url = "https://api.benzinga.com/api/v2.1/calendar/earnings?token=%s&parameters[tickers]=%s" % (c.val(), t)
    cells = [
        ("code", "import pandas as pd"),
        ("code", "url = \"%s\"\nraw = pd.read_csv(url)\nraw.head()" % url, lambda n: [o_exec(n, df_text(r, t))]),
        ("code", "raw.describe()"),
    ]
    return pick(r, "notebooks/quick_%s.ipynb" % t.lower().replace(".", ""), "scratch/%s.ipynb" % c.prov), nb(r, cells)


@tpl("bearer_token", ["polygon", "tiingo"])
def nb_header_cell(r, c):
    t = r.choice(TICKERS)
    scheme = "Bearer" if c.prov == "polygon" else "Token"
    url = ("https://api.polygon.io/v3/reference/tickers/%s" % t) if c.prov == "polygon" else ("https://api.tiingo.com/tiingo/daily/%s" % t.lower())
    cells = [
        ("code", "import requests"),
        ("code", "hdr = {\"Authorization\": \"%s %s\"}\nmeta = requests.get(\"%s\", headers=hdr).json()\nmeta" % (scheme, c.val(), url),
         lambda n: [o_exec(n, "{'ticker': '%s', 'name': '...', 'exchangeCode': 'NASDAQ', 'startDate': '%s'}" % (t, date(r, 1990, 2005)))]),
    ]
    return pick(r, "notebooks/ref_%s.ipynb" % c.prov, "research/meta/lookup.ipynb"), nb(r, cells)


@tpl("api_key", ["fred", "tiingo", "alphavantage"])
def nb_r_kernel(r, c):
    cells = [
        ("code", "library(tidyquant)\nlibrary(dplyr)"),
        ("code", "%s <- %s" % (c.vname("low"), c.expr("r"))),
        ("code", "x <- tq_get(\"%s\", get = \"%s\")\nhead(x)" % (r.choice(FRED_SERIES) if c.prov == "fred" else r.choice(TICKERS),
                                                              {"fred": "economic.data", "tiingo": "tiingo", "alphavantage": "alphavantager"}[c.prov])),
    ]
    return pick(r, "notebooks/R/macro_overview.ipynb", "r-notebooks/tq_%s.ipynb" % c.prov), nb(r, cells, kernel="ir")


# ================================================================ config files
def ykey(c, default):
    return default if c.conv else c.vname("low")


@tpl("api_key", API_PROVS)
def yaml_research(r, c):
    others = [p for p in ["polygon", "fred", "databento", "tiingo", "ndl"] if p != c.prov]
    txt = '''# research pipeline configuration
project: %s
universe:
  name: %s
  min_price: %d
  min_adv_usd: %de6
calendar: XNYS
data_sources:
  %s:
    enabled: true
    %s: %s
    rate_limit_per_min: %d
    cache_dir: /data/cache/%s
  %s:
    enabled: %s
    cache_dir: /data/cache/%s
backtest:
  start: %s
  end: %s
  costs_bps: %.1f
  rebalance: %s
''' % (r.choice(STRATS), pick(r, "sp500", "russell1000", "us_top3000", "stoxx600"), r.choice([1, 3, 5]),
       r.choice([1, 5, 10]), c.prov, ykey(c, "api_key"), c.expr("yaml"), r.choice([5, 60, 300, 1000]), c.prov,
       others[0], pick(r, "true", "false"), others[0], date(r, 2010, 2015), date(r, 2023, 2024),
       r.uniform(0.5, 5), pick(r, "daily", "weekly", "monthly"))
    return pick(r, "config/research.yaml", "conf/pipeline.yml", "configs/%s.yaml" % r.choice(STRATS)), txt


@tpl("api_key", ["polygon", "databento", "fred", "wandb", "finnhub", "tiingo", "eodhd"])
def yaml_gha(r, c):
    txt = '''name: nightly-backtest

on:
  schedule:
    - cron: "%d %d * * 1-5"
  workflow_dispatch:

jobs:
  backtest:
    runs-on: ubuntu-latest
    env:
      PYTHONUNBUFFERED: "1"
      %s: %s
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: pip install -r requirements.txt
      - run: python -m research.backtest --strategy %s --since %s
''' % (r.randint(0, 59), r.randint(0, 23), c.E, c.expr("yaml"), r.choice(STRATS), date(r))
    return ".github/workflows/%s.yml" % pick(r, "nightly-backtest", "backtest", "refresh-data"), txt


@tpl("api_key", ["databento", "polygon", "alpaca", "refinitiv", "benzinga", "intrinio"])
def yaml_k8s_secret(r, c):
    txt = '''apiVersion: v1
kind: Secret
metadata:
  name: %s-credentials
  namespace: %s
  labels:
    app.kubernetes.io/part-of: market-data
type: Opaque
stringData:
  %s: %s
''' % (c.prov, pick(r, "research", "marketdata", "ingest"), c.E.lower().replace("_", "-") if c.conv else "token", c.expr("yaml"))
    return pick(r, "deploy/k8s/%s-secret.yaml" % c.prov, "k8s/base/secrets/%s.yaml" % c.prov), txt


@tpl("api_key", ["databento", "polygon", "tiingo", "fred", "finnhub", "twelvedata", "ndl"])
def yaml_compose(r, c):
    txt = '''services:
  ingest:
    build: ./ingest
    restart: unless-stopped
    environment:
      - LOG_LEVEL=info
      - %s=%s
      - PGHOST=timescale
    depends_on:
      - timescale
  timescale:
    image: timescale/timescaledb:2.13.%d-pg15
    volumes:
      - tsdata:/var/lib/postgresql/data
volumes:
  tsdata: {}
''' % (c.E, c.val(), r.randint(0, 1))
    return pick(r, "docker-compose.yml", "deploy/docker-compose.ingest.yml"), txt


@tpl("login_password", ["tickdb"])
def yaml_airflow_conn(r, c):
    txt = '''# airflow connections (imported with `airflow connections import`)
tick_store:
  conn_type: postgres
  host: %s
  schema: ticks
  login: %s
  password: %s
  port: 5432
vendor_sftp:
  conn_type: sftp
  host: sftp.vendor-drops.example
  login: %s
  extra:
    key_file: /opt/airflow/keys/id_ed25519
''' % (r.choice(HOSTS), r.choice(USERS).replace(".", "_"), c.expr("yaml"), r.choice(FIRMS))
    return pick(r, "airflow/connections.yaml", "orchestration/conns.yml"), txt


@tpl("key_pair_secret", ["alpaca"])
def yaml_helm_values(r, c):
    txt = '''replicaCount: 1
image:
  repository: ghcr.io/%s/md-recorder
  tag: "%d.%d.%d"
marketData:
  provider: alpaca
  feed: %s
  symbols: [%s]
  alpaca:
    keyId: %s
    secretKey: %s
resources:
  limits:
    memory: 2Gi
''' % (r.choice(FIRMS), r.randint(0, 3), r.randint(0, 20), r.randint(0, 9), pick(r, "iex", "sip"),
       ", ".join(syms(r, 4)), c.kid("alpaca"), c.expr("yaml"))
    return pick(r, "deploy/helm/md-recorder/values.yaml", "charts/recorder/values-prod.yaml"), txt


@tpl("webhook_url", ["slack_webhook"])
def yaml_alerts(r, c):
    txt = '''alerts:
  drawdown_pct: %d
  sharpe_floor: %.1f
  notify:
    slack:
      channel: "#%s"
      webhook_url: %s
    email:
      to: [%s@%s.com]
''' % (r.randint(5, 20), r.uniform(0.3, 1.2), pick(r, "backtests", "risk-alerts", "qr-monitoring"), c.expr("yaml"),
       r.choice(USERS), r.choice(FIRMS))
    return pick(r, "config/alerts.yaml", "monitoring/alerting.yml"), txt


@tpl("api_key", API_PROVS)
def toml_research(r, c):
    txt = '''[project]
name = "%s"
owner = "%s"

[data]
root = "/mnt/research/data"
calendar = "XNYS"
timezone = "America/New_York"

[providers.%s]
%s = %s
timeout_s = %d
retries = %d

[backtest]
start = "%s"
end = "%s"
capital = %d
''' % (r.choice(STRATS), r.choice(USERS), c.prov, ykey(c, "api_key"), c.expr("toml"), r.choice([10, 30, 60]),
       r.randint(1, 5), date(r, 2012, 2016), date(r, 2023, 2024), r.choice([10 ** 6, 5 * 10 ** 6, 10 ** 7]))
    return pick(r, "research.toml", "config/settings.toml", "conf/%s.toml" % r.choice(STRATS)), txt


@tpl("api_key", ["finnhub", "polygon", "alphavantage", "fmp", "tiingo"])
def toml_streamlit(r, c):
    txt = '''# Streamlit secrets for the internal dashboard
[%s]
%s = %s

[app]
default_ticker = "%s"
lookback_days = %d
''' % (c.prov, ykey(c, "api_key"), c.expr("toml"), r.choice(TICKERS), r.choice([90, 180, 365]))
    return ".streamlit/secrets.toml", txt


@tpl("json_keyfile", ["kaggle"])
def json_kaggle(r, c):
    txt = json.dumps({"username": r.choice(USERS).replace(".", ""), "key": c.val()}) + ("\n" if r.random() < 0.5 else "")
    return pick(r, "kaggle.json", ".kaggle/kaggle.json", "secrets/kaggle.json"), txt


@tpl("json_keyfile", ["quantconnect"])
def json_lean(r, c):
    d = {"user-id": str(r.randint(100000, 999999)), "api-token": c.val()}
    if r.random() < 0.5:
        d = {"data-folder": "data", "job-user-id": d["user-id"], "api-access-token": c.val(),
             "job-organization-id": hexs(r, 32), "environment": "backtesting"}
    return pick(r, "lean.json", ".lean/credentials", "quantconnect/lean.json"), json.dumps(d, indent=4) + "\n"


@tpl("json_keyfile", ["refinitiv"])
def json_rd_config(r, c):
    d = {"logs": {"level": "info", "transports": {"console": {"enabled": False}, "file": {"enabled": True, "name": "refinitiv-data-lib.log"}}},
         "sessions": {"default": "platform.rdp",
                      "platform": {"rdp": {"app-key": c.val(), "username": "%s@%s.com" % (r.choice(USERS), r.choice(FIRMS)),
                                           "password": "${RDP_PASSWORD}", "signon_control": True}},
                      "desktop": {"workspace": {"app-key": "${RDP_DESKTOP_APP_KEY}"}}}}
    return pick(r, "refinitiv-data.config.json", "config/lseg/refinitiv-data.config.json"), json.dumps(d, indent=4) + "\n"


@tpl("private_key", ["gcp_sa"])
def json_gcp_sa(r, c):
    proj = pick(r, "quant-research", "tick-archive", "alpha-lab") + "-%d" % r.randint(100000, 999999)
    sa = pick(r, "tick-reader", "bq-loader", "research-etl")
    d = {"type": "service_account", "project_id": proj, "private_key_id": hexs(r, 40),
         "private_key": c.val(), "client_email": "%s@%s.iam.gserviceaccount.com" % (sa, proj),
         "client_id": "1" + rs(r, 20, DG), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
         "token_uri": "https://oauth2.googleapis.com/token",
         "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
         "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/%s%%40%s.iam.gserviceaccount.com" % (sa, proj),
         "universe_domain": "googleapis.com"}
    return pick(r, "keys/%s.json" % sa, "credentials/gcs-%s.json" % sa, "infra/sa-key.json"), json.dumps(d, indent=2) + "\n"


@tpl("api_key", ["fmp", "polygon", "finnhub", "databento", "tiingo"])
def json_vscode(r, c):
    d = {"version": "0.2.0", "configurations": [{"name": "Python: backtest", "type": "debugpy", "request": "launch",
                                                 "module": "research.backtest", "args": ["--strategy", r.choice(STRATS)],
                                                 "env": {"PYTHONPATH": "${workspaceFolder}/src", c.E: c.val()},
                                                 "justMyCode": False}]}
    return ".vscode/launch.json", json.dumps(d, indent=4) + "\n"


# ================================================================ shell / docs / data
@tpl("url_token", ["fred"])
def sh_fred(r, c):
    v = c.vname("UP")
    txt = '''#!/usr/bin/env bash
set -euo pipefail

%s=%s
OUT=data/macro/raw
mkdir -p "$OUT"

for sid in %s; do
  curl -sf "https://api.stlouisfed.org/fred/series/observations?series_id=${sid}&api_key=${%s}&file_type=json" \\
    -o "$OUT/${sid}.json"
  sleep 0.5
done
''' % (v, c.expr("sh"), " ".join(r.sample(FRED_SERIES, 5)), v)
    return pick(r, "scripts/fetch_fred.sh", "bin/update_macro.sh"), txt


@tpl("bearer_token", ["alpaca"])
def sh_curl_alpaca(r, c):
    t = r.choice(TICKERS)
    txt = '''#!/bin/sh
# quick sanity check of the market data subscription
curl -s -G "https://data.alpaca.markets/v2/stocks/%s/bars" \\
  -H "APCA-API-KEY-ID: %s" \\
  -H "APCA-API-SECRET-KEY: %s" \\
  --data-urlencode "timeframe=1Day" \\
  --data-urlencode "start=%s" | jq '.bars | length'
''' % (t, c.kid("alpaca"), c.val(), date(r))
    return pick(r, "scripts/check_alpaca.sh", "tools/alpaca_smoke.sh"), txt


@tpl("key_pair_secret", ["aws_s3"])
def sh_aws_cli(r, c):
    b = r.choice(BUCKETS)
    txt = '''#!/usr/bin/env bash
# one-off: configure the tickdata profile on a fresh research box
aws configure set aws_access_key_id %s --profile tickdata
aws configure set aws_secret_access_key %s --profile tickdata
aws configure set region us-east-1 --profile tickdata

aws s3 sync "s3://%s/trades/%s/" /data/trades/ --profile tickdata --exclude "*" --include "*.parquet"
''' % (c.kid("aws"), c.val(), b, date(r)[:7])
    return pick(r, "setup/aws_tickdata.sh", "infra/bootstrap_research_box.sh"), txt


@tpl("key_pair_secret", ["gcs_hmac"])
def ini_boto(r, c):
    txt = '''[Credentials]
gs_access_key_id = %s
gs_secret_access_key = %s

[Boto]
https_validate_certificates = True

[GSUtil]
default_project_id = %s
parallel_composite_upload_threshold = 150M
''' % (c.kid("gcs"), c.val(), pick(r, "quant-research", "tick-archive") + "-%d" % r.randint(100000, 999999))
    return pick(r, ".boto", "config/gsutil/.boto"), txt


@tpl("api_key", ["wandb"])
def netrc_wandb(r, c):
    txt = '''machine api.wandb.ai
  login user
  password %s
''' % c.val()
    if r.random() < 0.5:
        txt = "machine github.com\n  login %s\n  password ${GITHUB_TOKEN}\n" % r.choice(USERS) + txt
    return pick(r, ".netrc", "docker/research/.netrc"), txt


@tpl("api_key", ["polygon", "databento", "tiingo", "fred", "ndl"])
def md_note(r, c):
    txt = '''# Vendor notes - %s

Trial account set up on %s for the %s project.

* dashboard: see the vendor portal
* rate limit: %d req/min
* key (shared, rotate after trial):

```bash
export %s=%s
python -m research.ingest --vendor %s --since %s
```

Coverage looked fine for %s; gaps around %s need a second source.
''' % (c.P["name"], date(r), r.choice(STRATS), r.choice([5, 60, 100, 1000]), c.E, c.expr("sh"), c.prov, date(r),
       ", ".join(syms(r, 3)), date(r))
    return pick(r, "docs/vendors/%s.md" % c.prov, "notes/%s-trial.md" % c.prov), txt


@tpl("url_token", ["benzinga", "eodhd", "twelvedata", "finnhub", "iex"])
def md_setup(r, c):
    t = r.choice(TICKERS)
    url = {"benzinga": "https://api.benzinga.com/api/v2/news?token=%s&tickers=%s",
           "eodhd": "https://eodhd.com/api/real-time/%s.US?api_token=%s&fmt=json",
           "twelvedata": "https://api.twelvedata.com/quote?symbol=%s&apikey=%s",
           "finnhub": "https://finnhub.io/api/v1/quote?symbol=%s&token=%s",
           "iex": "https://cloud.iexapis.com/stable/stock/%s/quote?token=%s"}[c.prov]
    url = url % ((c.val(), t) if c.prov == "benzinga" else (t.lower() if c.prov == "iex" else t, c.val()))
    txt = '''## Setup

1. `pip install -r requirements.txt`
2. Check the feed responds:

```
curl "%s"
```

3. Run `make ingest DATE=%s`.
''' % (url, date(r))
    return pick(r, "docs/setup.md", "README.dev.md", "docs/feeds/%s.md" % c.prov), txt


@tpl("login_password", ["tickdb", "capiq"])
def sql_fdw(r, c):
    txt = '''-- foreign tables for the vendor reference database
CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER IF NOT EXISTS refdata_srv
  FOREIGN DATA WRAPPER postgres_fdw
  OPTIONS (host '%s', port '5432', dbname 'refdata');

CREATE USER MAPPING IF NOT EXISTS FOR research
  SERVER refdata_srv
  OPTIONS (user '%s', password '%s');

IMPORT FOREIGN SCHEMA public LIMIT TO (security_master, corporate_actions)
  FROM SERVER refdata_srv INTO ref;
''' % (r.choice(HOSTS), r.choice(USERS).replace(".", "_"), c.val())
    return pick(r, "sql/migrations/0%d_refdata_fdw.sql" % r.randint(10, 99), "db/fdw.sql"), txt


@tpl("url_token", ["fred", "alphavantage"])
def sql_http(r, c):
    if c.prov == "fred":
        url = "https://api.stlouisfed.org/fred/series/observations?series_id=%s&api_key=%s&file_type=json" % (r.choice(FRED_SERIES), c.val())
    else:
        url = "https://www.alphavantage.co/query?function=TREASURY_YIELD&interval=daily&maturity=10year&apikey=%s" % c.val()
    txt = '''-- load the daily macro series straight from the API (pgsql-http)
CREATE TABLE IF NOT EXISTS macro_raw (fetched_at timestamptz DEFAULT now(), payload jsonb);

INSERT INTO macro_raw (payload)
SELECT content::jsonb
FROM http_get('%s');
''' % url
    return pick(r, "sql/load_macro.sql", "db/jobs/macro_refresh.sql"), txt


@tpl("url_token", ["polygon", "eodhd", "fmp", "finnhub", "twelvedata", "alphavantage"])
def log_debug(r, c):
    t = r.choice(TICKERS)
    host, path, par = {"polygon": ("api.polygon.io", "/v2/aggs/ticker/%s/range/1/day/2023-01-01/2023-12-31" % t, "apiKey"),
                       "eodhd": ("eodhd.com", "/api/eod/%s.US" % t, "api_token"),
                       "fmp": ("financialmodelingprep.com", "/api/v3/quote/%s" % t, "apikey"),
                       "finnhub": ("finnhub.io", "/api/v1/stock/metric", "token"),
                       "twelvedata": ("api.twelvedata.com", "/time_series", "apikey"),
                       "alphavantage": ("www.alphavantage.co", "/query", "apikey")}[c.prov]
    lines = []
    stamp = date(r, 2024, 2024)
    hh = r.randint(0, 20)
    for i in range(r.randint(3, 6)):
        lines.append("%s %02d:%02d:%02d,%03d INFO ingest.%s - fetched %s rows=%d" % (stamp, hh, i, r.randint(0, 59), r.randint(0, 999), c.prov, r.choice(TICKERS), r.randint(200, 5000)))
    k = r.randint(1, len(lines) - 1)
    lines.insert(k, '%s %02d:%02d:%02d,%03d DEBUG urllib3.connectionpool - https://%s:443 "GET %s?%s=%s&symbol=%s HTTP/1.1" 200 %d'
                 % (stamp, hh, k, r.randint(0, 59), r.randint(0, 999), host, path, par, c.val(), t, r.randint(1000, 90000)))
    lines.append("%s %02d:59:59,999 INFO ingest - done in %.1fs" % (stamp, hh, r.uniform(3, 300)))
    return pick(r, "logs/ingest-%s.log" % stamp, "var/log/feeds/%s.log" % c.prov), "\n".join(lines) + "\n"


@tpl("bearer_token", ["polygon", "databento"])
def log_http_headers(r, c):
    stamp = ts(r)
    txt = '''[%s] DEBUG http.client send: b'GET /v3/trades/%s?limit=50000 HTTP/1.1\\r\\nHost: api.polygon.io\\r\\n'
[%s] DEBUG request headers: {'User-Agent': 'qr-ingest/%d.%d', 'Accept': 'application/json', 'Authorization': 'Bearer %s'}
[%s] DEBUG response: 200 OK (%d bytes, request_id=%s)
[%s] INFO  wrote %d trades to /data/trades/%s
''' % (stamp, r.choice(TICKERS), stamp, r.randint(0, 3), r.randint(0, 20), c.val(), stamp, r.randint(10 ** 4, 10 ** 6),
       hexs(r, 32), stamp, r.randint(10 ** 3, 10 ** 6), date(r))
    return pick(r, "logs/trades_backfill.log", "debug/http_trace.log"), txt


@tpl("login_password", ["morningstar", "capiq", "bloomberg", "tickdb"])
def csv_vendor_export(r, c):
    rows = ["vendor,account,username,password,owner,renewal"]
    names = {"morningstar": "Morningstar Direct", "capiq": "S&P Capital IQ", "bloomberg": "Bloomberg B-PIPE", "tickdb": "Tick DB"}
    others = [("FactSet", "Workstation"), ("PitchBook", "Seat"), ("Refinitiv", "Workspace"), ("Ravenpack", "Feed")]
    r.shuffle(others)
    mine = '%s,%s,%s@%s.com,%s,%s,%s' % (names[c.prov], pick(r, "Seat", "API", "Enterprise"), r.choice(USERS), r.choice(FIRMS), c.val(), r.choice(USERS), date(r, 2025, 2026))
    body = ['%s,%s,%s@%s.com,(SSO),%s,%s' % (a, b, r.choice(USERS), r.choice(FIRMS), r.choice(USERS), date(r, 2025, 2026)) for a, b in others[:r.randint(2, 4)]]
    body.insert(r.randint(0, len(body)), mine)
    return pick(r, "admin/exports/vendor_accounts.csv", "ops/vendor_seats_export.csv"), "\r\n".join(rows + body) + "\r\n"


@tpl("url_token", ["iex", "benzinga", "fmp", "eodhd"])
def csv_usage_export(r, c):
    rows = ["date,endpoint,calls,credits,sample_request"]
    for i in range(r.randint(3, 7)):
        rows.append("%s,%s,%d,%d," % (date(r, 2024, 2024), pick(r, "quote", "chart", "news", "fundamentals"), r.randint(10, 9999), r.randint(10, 99999)))
    host = {"iex": "https://cloud.iexapis.com/stable/stock/aapl/quote?token=", "benzinga": "https://api.benzinga.com/api/v2/news?token=",
            "fmp": "https://financialmodelingprep.com/api/v3/profile/AAPL?apikey=", "eodhd": "https://eodhd.com/api/eod/AAPL.US?api_token="}[c.prov]
    k = r.randint(1, len(rows) - 1)
    rows[k] = rows[k] + host + c.val()
    return pick(r, "exports/api_usage_%s.csv" % date(r, 2024, 2024)[:7], "reports/vendor_usage.csv"), "\n".join(rows) + "\n"


@tpl("api_key", ["tiingo", "polygon", "databento", "fred", "finnhub"])
def dockerfile_env(r, c):
    txt = '''FROM python:3.%d-slim

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY src/ src/

ENV PYTHONUNBUFFERED=1 \\
    %s=%s \\
    DATA_DIR=/data

CMD ["python", "-m", "src.ingest", "--vendor", "%s"]
''' % (r.randint(10, 12), c.E, c.val(), c.prov)
    return pick(r, "Dockerfile", "ingest/Dockerfile", "docker/ingest.Dockerfile"), txt


@tpl("api_key", ["databento", "polygon", "refinitiv", "intrinio"])
def tf_secret(r, c):
    txt = '''resource "aws_secretsmanager_secret" "%s" {
  name = "research/%s"
}

resource "aws_secretsmanager_secret_version" "%s" {
  secret_id     = aws_secretsmanager_secret.%s.id
  secret_string = jsonencode({
    api_key = "%s"
    owner   = "%s"
  })
}
''' % (c.prov, c.prov, c.prov, c.prov, c.val(), r.choice(USERS))
    return pick(r, "infra/secrets.tf", "terraform/research/%s.tf" % c.prov), txt


@tpl("api_key", ["intrinio", "fmp", "eodhd", "benzinga", "twelvedata", "ndl"])
def ini_vendors(r, c):
    txt = '''[general]
cache = /data/vendor_cache
log_level = INFO

[%s]
base_url = %s
%s = %s
page_size = %d
''' % (c.prov, {"intrinio": "https://api-v2.intrinio.com", "fmp": "https://financialmodelingprep.com/api/v3",
                "eodhd": "https://eodhd.com/api", "benzinga": "https://api.benzinga.com/api/v2",
                "twelvedata": "https://api.twelvedata.com", "ndl": "https://data.nasdaq.com/api/v3"}[c.prov],
       ykey(c, "api_key"), c.val(), r.choice([100, 500, 1000]))
    return pick(r, "config/vendors.ini", "setup.cfg.d/vendors.cfg", "conf/feeds.ini"), txt


@tpl("login_password", ["bloomberg", "refinitiv"])
def xml_feed(r, c):
    if c.prov == "bloomberg":
        body = '''  <bpipe host="%s" port="8194">
    <application name="%s:%s"/>
    <tls clientCredentials="certs/client.p12" clientCredentialsPassword="%s" trustMaterial="certs/root.pk7"/>
  </bpipe>''' % (pick(r, "bpipe-ldn.internal", "cloudpoint.bloomberg.com"), r.choice(FIRMS).upper(), pick(r, "RESEARCH", "FEED"), c.val())
    else:
        body = '''  <rdp endpoint="https://api.refinitiv.com">
    <appKey>%s</appKey>
    <username>%s@%s.com</username>
  </rdp>''' % (c.val(), r.choice(USERS), r.choice(FIRMS))
    txt = '''<?xml version="1.0" encoding="UTF-8"?>
<marketdata>
%s
  <subscriptions>
    <topic>%s</topic>
  </subscriptions>
</marketdata>
''' % (body, pick(r, "//blp/mktdata", "//blp/refdata", "EUR=", "AAPL.O"))
    return pick(r, "conf/marketdata.xml", "src/main/resources/feed-config.xml"), txt


@tpl("api_key", ["finnhub", "polygon", "twelvedata", "intrinio"])
def props_spring(r, c):
    txt = '''spring.application.name=quote-service
server.port=%d
marketdata.provider=%s
marketdata.%s.base-url=%s
marketdata.%s.%s=%s
marketdata.cache.ttl-seconds=%d
''' % (r.choice([8080, 8081, 9090]), c.prov, c.prov, {"finnhub": "https://finnhub.io/api/v1", "polygon": "https://api.polygon.io",
                                                      "twelvedata": "https://api.twelvedata.com", "intrinio": "https://api-v2.intrinio.com"}[c.prov],
       c.prov, "api-key" if c.conv else pick(r, "token", "secret", "auth"), c.val(), r.choice([5, 15, 60]))
    return "quote-service/src/main/resources/application.properties", txt


@tpl("api_key", ["polygon", "databento", "fred", "tiingo", "finnhub", "alphavantage"], env_file=True)
def env_file(r, c):
    lines = ["DATA_DIR=/data", "LOG_LEVEL=info", "TZ=America/New_York", "%s=%s" % (c.E, c.val())]
    r.shuffle(lines)
    return pick(r, ".env", ".env.local", "services/ingest/.env"), "\n".join(lines) + "\n"


# ================================================================ look-alike negatives
LOOK = []


def look(f):
    LOOK.append(f)
    return f


def _cv(ch):
    return int(ch) if ch.isdigit() else ord(ch) - 55


def cusip(r):
    base = rs(r, 6, UP + DG) + rs(r, 2, DG)
    tot = 0
    for i, ch in enumerate(base):
        v = _cv(ch) * (2 if i % 2 else 1)
        tot += v // 10 + v % 10
    return base + str((10 - tot % 10) % 10)


def isin(r, cc=None, nsin=None):
    cc = cc or r.choice(["US", "US", "US", "GB", "DE", "FR", "JP", "CA", "IE", "LU"])
    body = cc + (nsin or rs(r, 9, UP + DG))
    digits = "".join(str(_cv(ch)) for ch in body)
    tot = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        tot += v // 10 + v % 10
    return body + str((10 - tot % 10) % 10)


def figi(r):
    cons = "BCDFGHJKLMNPQRSTVWXYZ" + DG
    base = "BBG" + rs(r, 8, cons)
    tot = 0
    for i, ch in enumerate(base):
        v = _cv(ch) * (2 if i % 2 else 1)
        tot += sum(int(x) for x in str(v))
    return base + str((10 - tot % 10) % 10)


def sedol(r):
    base = rs(r, 6, "BCDFGHJKLMNPQRSTVWXYZ" + DG)
    w = [1, 3, 1, 7, 3, 9]
    tot = sum(_cv(ch) * w[i] for i, ch in enumerate(base))
    return base + str((10 - tot % 10) % 10)


def lei(r):
    base = rs(r, 4, DG) + "00" + rs(r, 12, UP + DG)
    num = int("".join(str(_cv(ch)) for ch in base + "00"))
    return base + "%02d" % (98 - num % 97)


def occ(r):
    t = r.choice(["AAPL", "SPY", "QQQ", "TSLA", "NVDA", "MSFT", "IWM"])
    return "%-6s%02d%02d%02d%s%08d" % (t, r.randint(24, 26), r.randint(1, 12), r.randint(1, 28), r.choice("CP"),
                                        r.randint(50, 900) * 1000)


def sha256h(r):
    return hashlib.sha256(rbytes(r, 16)).hexdigest()


def md5h(r):
    return hashlib.md5(rbytes(r, 16)).hexdigest()


def sha1h(r):
    return hashlib.sha1(rbytes(r, 16)).hexdigest()


@look
def l_security_master(r):
    rows = ["ticker,name,isin,cusip,figi,sedol,exchange,currency"]
    for t in syms(r, r.randint(6, 15)):
        cu = cusip(r)
        rows.append("%s,%s Inc,%s,%s,%s,%s,%s,USD" % (t, t.title(), isin(r, "US", cu), cu, figi(r), sedol(r), pick(r, "XNAS", "XNYS", "ARCX")))
    return pick(r, "data/reference/security_master.csv", "ref/securities_export.csv"), "\r\n".join(rows) + "\r\n"


@look
def l_lei_counterparties(r):
    rows = ["counterparty,lei,country,isda_date,csa"]
    for _ in range(r.randint(4, 10)):
        rows.append("%s %s,%s,%s,%s,%s" % (r.choice(["Alpha", "Beta", "Summit", "Harbor", "Crown", "Atlas"]), pick(r, "Securities LLC", "Bank plc", "Capital AG"), lei(r), pick(r, "US", "GB", "DE"), date(r, 2015, 2023), pick(r, "Y", "N")))
    return pick(r, "ops/counterparties.csv", "risk/cpty_leis.csv"), "\n".join(rows) + "\n"


@look
def l_openfigi_response(r):
    data = [{"data": [{"figi": figi(r), "name": t.title() + " INC", "ticker": t, "exchCode": "US", "compositeFIGI": figi(r),
                       "securityType": "Common Stock", "marketSector": "Equity", "shareClassFIGI": figi(r)}]} for t in syms(r, 3)]
    return pick(r, "tests/fixtures/openfigi_mapping.json", "data/reference/figi_map.json"), json.dumps(data, indent=2) + "\n"


@look
def l_nb_plot(r):
    t = r.choice(TICKERS)
    cells = [("md", "## %s drawdown analysis" % t), ("code", "import pandas as pd\nimport matplotlib.pyplot as plt"),
             ("code", "px = pd.read_parquet(\"data/prices/%s.parquet\")\npx.tail()" % t.lower(), lambda n: [o_exec(n, df_text(r, t))]),
             ("code", "dd = px.close / px.close.cummax() - 1\ndd.plot(figsize=(12, 4))", lambda n: [o_png(r)]),
             ("code", "dd.min()", lambda n: [o_exec(n, "-%.6f" % r.uniform(0.1, 0.6))])]
    return pick(r, "notebooks/%s_drawdown.ipynb" % t.lower(), "research/risk/drawdowns.ipynb"), nb(r, cells)


@look
def l_nb_widgets(r):
    mids = [hexs(r, 32) for _ in range(3)]
    cells = [("code", "import ipywidgets as w\nsel = w.Dropdown(options=%r)\nsel" % syms(r, 4),
              lambda n: [{"data": {"application/vnd.jupyter.widget-view+json": {"model_id": mids[0], "version_major": 2, "version_minor": 0},
                                   "text/plain": ["Dropdown(options=(...))"]}, "metadata": {}, "output_type": "display_data"}])]
    txt = nb(r, cells)
    d = json.loads(txt)
    d["metadata"]["widgets"] = {"application/vnd.jupyter.widget-state+json": {"state": {m: {"model_module": "@jupyter-widgets/controls", "model_module_version": "2.0.0", "model_name": "DropdownModel", "state": {}} for m in mids}, "version_major": 2, "version_minor": 0}}
    return pick(r, "notebooks/explorer.ipynb", "dash/notebook_ui.ipynb"), json.dumps(d, indent=1) + "\n"


@look
def l_nb_papermill(r):
    cells = [("code", "# Parameters\nstrategy = \"%s\"\nstart = \"%s\"\nrun_id = \"%s\"" % (r.choice(STRATS), date(r), uuid4(r))),
             ("code", "res = run_backtest(strategy, start)\nres.summary()", lambda n: [o_stream("sharpe=%.2f turnover=%.1f%% hit=%.3f\n" % (r.uniform(-0.5, 2.5), r.uniform(5, 90), r.uniform(0.45, 0.58)))])]
    d = json.loads(nb(r, cells))
    d["metadata"]["papermill"] = {"duration": round(r.uniform(10, 900), 6), "end_time": ts(r), "environment_variables": {},
                                  "exception": None, "input_path": "templates/backtest.ipynb", "output_path": "runs/%s.ipynb" % hexs(r, 12),
                                  "parameters": {"strategy": "x"}, "start_time": ts(r), "version": "2.5.0"}
    for cl in d["cells"]:
        cl["metadata"]["papermill"] = {"duration": round(r.uniform(0, 60), 6), "exception": False, "status": "completed"}
    return "runs/%s-%s.ipynb" % (r.choice(STRATS), date(r).replace("-", "")), json.dumps(d, indent=1) + "\n"


@look
def l_sha256sums(r):
    lines = ["%s  %s" % (sha256h(r), "trades/%s/part-%04d.parquet" % (date(r, 2024, 2024), i)) for i in range(r.randint(4, 12))]
    return pick(r, "data/SHA256SUMS", "manifests/trades.sha256"), "\n".join(lines) + "\n"


@look
def l_dvc(r):
    txt = "outs:\n- md5: %s.dir\n  size: %d\n  nfiles: %d\n  hash: md5\n  path: %s\n" % (md5h(r), r.randint(10 ** 8, 10 ** 11), r.randint(10, 5000), pick(r, "ticks", "l2_book", "bars_1m"))
    return pick(r, "data/ticks.dvc", "data/l2_book.dvc"), txt


@look
def l_requirements_hashes(r):
    pk = [("pandas", "2.1.4"), ("numpy", "1.26.3"), ("pyarrow", "15.0.0"), ("polars", "0.20.5"), ("statsmodels", "0.14.1"), ("scipy", "1.12.0")]
    out = ["# generated by pip-compile --generate-hashes"]
    for n, v in r.sample(pk, r.randint(3, 6)):
        out.append("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (n, v, sha256h(r), sha256h(r)))
    return pick(r, "requirements.lock", "requirements/research.txt"), "\n".join(out) + "\n"


@look
def l_renv_lock(r):
    pk = {n: {"Package": n, "Version": v, "Source": "Repository", "Repository": "CRAN", "Hash": md5h(r)}
          for n, v in [("xts", "0.13.2"), ("quantmod", "0.4.26"), ("data.table", "1.15.0"), ("fredr", "2.1.0"), ("zoo", "1.8-12")]}
    d = {"R": {"Version": "4.3.2", "Repositories": [{"Name": "CRAN", "URL": "https://cloud.r-project.org"}]}, "Packages": pk}
    return "renv.lock", json.dumps(d, indent=2) + "\n"


@look
def l_julia_manifest(r):
    out = ["# This file is machine-generated - editing it directly is not advised", "", 'julia_version = "1.10.%d"' % r.randint(0, 4),
           'manifest_format = "2.0"', 'project_hash = "%s"' % sha1h(r), ""]
    for n in ["DataFrames", "TimeSeries", "HTTP", "JSON3", "MarketData"]:
        out += ["[[deps.%s]]" % n, 'git-tree-sha1 = "%s"' % sha1h(r), 'uuid = "%s"' % uuid4(r), 'version = "%d.%d.%d"' % (r.randint(0, 2), r.randint(0, 12), r.randint(0, 9)), ""]
    return "julia/Manifest.toml", "\n".join(out)


@look
def l_log_request_ids(r):
    lines = []
    for i in range(r.randint(6, 12)):
        lines.append("%s INFO md.client request_id=%s trace_id=%s span=%s status=200 latency_ms=%d symbol=%s" % (
            ts(r), hexs(r, 32), hexs(r, 32), hexs(r, 16), r.randint(5, 900), r.choice(TICKERS)))
    return pick(r, "logs/md-client.log", "var/log/quotes/requests.log"), "\n".join(lines) + "\n"


@look
def l_sql_audit(r):
    rows = ",\n".join("  ('%s', '%s', '%s', %d, '%s')" % (uuid4(r), "s3://%s/%s/part-%04d.parquet" % (r.choice(BUCKETS), date(r), i), sha1h(r), r.randint(10 ** 5, 10 ** 9), ts(r))
                      for i in range(r.randint(3, 7)))
    txt = "CREATE TABLE IF NOT EXISTS ingest_audit (\n  batch_id uuid PRIMARY KEY,\n  object_key text NOT NULL,\n  sha1 char(40) NOT NULL,\n  bytes bigint,\n  loaded_at timestamptz\n);\n\nINSERT INTO ingest_audit VALUES\n%s;\n" % rows
    return pick(r, "sql/seed_audit.sql", "db/fixtures/ingest_audit.sql"), txt


@look
def l_yaml_datasets(r):
    txt = "datasets:\n"
    for ds in r.sample(DB_DATASETS, 3):
        txt += "  - vendor: databento\n    dataset: %s\n    schema: %s\n    stype_in: %s\n" % (ds, r.choice(DB_SCHEMAS), pick(r, "raw_symbol", "parent", "instrument_id"))
    for code in r.sample(NDL_CODES, 2):
        txt += "  - vendor: nasdaq_data_link\n    table: %s\n" % code
    txt += "  - vendor: fred\n    series: [%s]\n" % ", ".join(r.sample(FRED_SERIES, 4))
    return pick(r, "config/datasets.yaml", "catalog/sources.yml"), txt


@look
def l_md_research(r):
    t = r.choice(TICKERS)
    txt = '''# Weekly research note %s

Universe rebuilt from the security master (%s / FIGI %s / ISIN %s).
Backtest run `%s` (W&B run id `%s`) reproduced last week's numbers; dataset snapshot
`%s` (sha256 `%s`).

| strategy | sharpe | turnover |
|---|---|---|
| %s | %.2f | %.0f%% |
| %s | %.2f | %.0f%% |
''' % (date(r), t, figi(r), isin(r), uuid4(r), rs(r, 8, LO + DG), "ticks-%s" % date(r), sha256h(r), r.choice(STRATS),
       r.uniform(0, 2.5), r.uniform(5, 200), r.choice(STRATS), r.uniform(0, 2.5), r.uniform(5, 200))
    return pick(r, "notes/weekly-%s.md" % date(r), "docs/research/log.md"), txt


@look
def l_wandb_summary(r):
    d = {"_runtime": round(r.uniform(100, 20000), 3), "_step": r.randint(10, 5000), "_timestamp": r.uniform(1.69e9, 1.72e9),
         "val_ic": round(r.uniform(-0.02, 0.08), 5), "_wandb": {"runtime": r.randint(100, 20000)},
         "predictions": {"_type": "table-file", "artifact_path": "wandb-client-artifact://%s/predictions.table.json" % rs(r, 30, LO + DG),
                         "sha256": sha256h(r), "path": "media/table/predictions_%d_%s.table.json" % (r.randint(1, 999), hexs(r, 20))}}
    return "wandb/run-%s-%s/files/wandb-summary.json" % (date(r).replace("-", ""), rs(r, 8, LO + DG)), json.dumps(d) + "\n"


@look
def l_mlflow_meta(r):
    rid = hexs(r, 32)
    txt = "artifact_uri: s3://%s/mlflow/%d/%s/artifacts\nend_time: %d\nentry_point_name: ''\nexperiment_id: '%d'\nlifecycle_stage: active\nrun_id: %s\nrun_name: %s\nrun_uuid: %s\nsource_type: 4\nstart_time: %d\nstatus: 3\nuser_id: %s\n" % (
        r.choice(BUCKETS), r.randint(1, 40), rid, r.randint(1.69e12, 1.72e12), r.randint(1, 40), rid, r.choice(STRATS), rid, r.randint(1.69e12, 1.72e12), r.choice(USERS))
    return "mlruns/%d/%s/meta.yaml" % (r.randint(1, 40), rid), txt


@look
def l_trades_export(r):
    rows = ["trade_id,order_id,symbol,side,qty,price,venue,exec_time"]
    for _ in range(r.randint(5, 12)):
        rows.append("%s,%s,%s,%s,%d,%s,%s,%s" % (hexs(r, 16).upper(), uuid4(r), r.choice(TICKERS), pick(r, "B", "S"), r.randint(1, 50) * 100, px(r), pick(r, "XNAS", "ARCX", "BATS", "IEXG"), ts(r)))
    return pick(r, "exports/fills_%s.csv" % date(r), "reports/blotter.csv"), "\r\n".join(rows) + "\r\n"


@look
def l_options_chain(r):
    rows = ["occ_symbol,bid,ask,iv,delta,open_interest"]
    for _ in range(r.randint(5, 12)):
        rows.append("%s,%s,%s,%.4f,%.3f,%d" % (occ(r), px(r, 0.1, 20), px(r, 0.1, 21), r.uniform(0.1, 0.9), r.uniform(-1, 1), r.randint(0, 90000)))
    return pick(r, "data/options/chain_snapshot.csv", "vol/surface_input.csv"), "\n".join(rows) + "\n"


@look
def l_s3_inventory(r):
    rows = ["bucket,key,size,last_modified,etag,storage_class"]
    for i in range(r.randint(4, 10)):
        etag = md5h(r) + ("-%d" % r.randint(2, 90) if r.random() < 0.4 else "")
        rows.append("%s,%s,%d,%s,%s,%s" % (r.choice(BUCKETS), "quotes/%s/part-%05d.parquet" % (date(r), i), r.randint(10 ** 6, 10 ** 10), ts(r), etag, pick(r, "STANDARD", "INTELLIGENT_TIERING", "GLACIER_IR")))
    return pick(r, "inventory/s3_inventory.csv", "ops/bucket_listing.csv"), "\n".join(rows) + "\n"


@look
def l_ssh_pub(r):
    lines = ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s %s@%s" % (b64s(r, 32)[:43], r.choice(USERS), pick(r, "research-01", "laptop", "ci"))
             for _ in range(r.randint(2, 5))]
    return pick(r, "deploy/authorized_keys", "infra/ssh/research_users.pub"), "\n".join(lines) + "\n"


@look
def l_pgp_sig(r):
    body = base64.b64encode(b"\x89\x02\x33\x04\x00\x01\x0a\x00\x1d\x16\x21\x04" + rbytes(r, 540)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = "-----BEGIN PGP SIGNATURE-----\n\n" + "\n".join(lines) + "\n=%s\n-----END PGP SIGNATURE-----\n" % b64s(r, 3)
    return pick(r, "releases/ticks-%s.tar.zst.asc" % date(r), "data/release/SHA256SUMS.asc"), txt


@look
def l_x509_cert(r):
    body = base64.b64encode(b"\x30\x82\x03\x8d\x30\x82\x02\x75\xa0\x03\x02\x01\x02\x02\x14" + rbytes(r, 880)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    txt = "# B-PIPE root certificate (public trust material)\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"
    return pick(r, "certs/bpipe-root.pem", "conf/tls/ca-bundle.pem"), txt


@look
def l_compose_digests(r):
    txt = "services:\n"
    for n, img in [("recorder", "ghcr.io/%s/md-recorder" % r.choice(FIRMS)), ("db", "timescale/timescaledb"), ("grafana", "grafana/grafana")]:
        txt += "  %s:\n    image: %s@sha256:%s\n    restart: unless-stopped\n" % (n, img, sha256h(r))
    return pick(r, "deploy/compose.pinned.yml", "docker-compose.prod.yml"), txt


@look
def l_package_lock(r):
    deps = {}
    for n in ["lightweight-charts", "date-fns", "d3-scale", "axios"]:
        deps["node_modules/" + n] = {"version": "%d.%d.%d" % (r.randint(1, 5), r.randint(0, 20), r.randint(0, 9)),
                                     "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n),
                                     "integrity": "sha512-" + b64s(r, 64)}
    d = {"name": "qr-dashboard", "version": "0.4.0", "lockfileVersion": 3, "requires": True, "packages": deps}
    return "dashboard/package-lock.json", json.dumps(d, indent=2) + "\n"


@look
def l_conda_lock(r):
    txt = "version: 1\nmetadata:\n  content_hash:\n    linux-64: %s\npackage:\n" % sha256h(r)
    for n in ["pandas", "numpy", "arrow-cpp", "ta-lib"]:
        txt += "- name: %s\n  version: %d.%d.%d\n  manager: conda\n  platform: linux-64\n  hash:\n    md5: %s\n    sha256: %s\n" % (n, r.randint(1, 15), r.randint(0, 20), r.randint(0, 9), md5h(r), sha256h(r))
    return "conda-lock.yml", txt


@look
def l_r_digest(r):
    txt = '''library(digest)
library(data.table)

px <- fread("data/prices/us_daily.csv")
stopifnot(digest(px, algo = "md5") == "%s")
snapshot_id <- "%s"
message("snapshot ", snapshot_id, " sha1 ", "%s")
''' % (md5h(r), uuid4(r), sha1h(r))
    return pick(r, "R/check_snapshot.R", "analysis/verify_inputs.R"), txt


@look
def l_matlab_ids(r):
    txt = '''%% reproducible backtest setup
rng(%d, 'twister');
runId = '%s';
universeFigi = {%s};
dataHash = '%s';  %% md5 of prices.mat
fprintf('run %%s on %%d names\\n', runId, numel(universeFigi));
''' % (r.randint(1, 99999), uuid4(r), ", ".join("'%s'" % figi(r) for _ in range(4)), md5h(r))
    return pick(r, "matlab/setupBacktest.m", "matlab/+bt/init.m"), txt


@look
def l_julia_hash_test(r):
    txt = '''using Test, SHA

@testset "snapshot integrity" begin
    bytes = read("test/data/bars_%s.arrow")
    @test bytes2hex(sha256(bytes)) == "%s"
    @test length(bytes) == %d
end
''' % (date(r), sha256h(r), r.randint(10 ** 4, 10 ** 7))
    return pick(r, "julia/test/runtests.jl", "Research.jl/test/snapshots.jl"), txt


@look
def l_py_fixtures(r):
    txt = '''import hashlib
import pytest

EXPECTED = {
%s}


@pytest.mark.parametrize("name,digest", sorted(EXPECTED.items()))
def test_fixture_digest(name, digest, fixtures_dir):
    assert hashlib.sha256((fixtures_dir / name).read_bytes()).hexdigest() == digest
''' % "".join('    "%s.parquet": "%s",\n' % (t.lower(), sha256h(r)) for t in syms(r, 4))
    return pick(r, "tests/test_fixture_digests.py", "tests/data/test_checksums.py"), txt


@look
def l_qc_backtest_log(r):
    lines = []
    pid = r.randint(10 ** 7, 3 * 10 ** 7)
    for _ in range(r.randint(5, 9)):
        lines.append("%s project=%d backtestId=%s orderId=%d %s %s %d @ %s" % (ts(r), pid, hexs(r, 32), r.randint(1, 9999), pick(r, "BUY", "SELL"), r.choice(TICKERS), r.randint(1, 500), px(r)))
    return pick(r, "lean/backtests/%s/log.txt" % date(r).replace("-", ""), "logs/qc_backtest.log"), "\n".join(lines) + "\n"


@look
def l_polygon_response(r):
    t = r.choice(TICKERS)
    cursor = base64.urlsafe_b64encode(json.dumps({"ticker": t, "cursor": r.randint(10 ** 9, 10 ** 10)}).encode()).decode().rstrip("=")
    d = {"ticker": t, "queryCount": 2, "resultsCount": 2, "adjusted": True, "status": "OK", "request_id": hexs(r, 32),
         "results": [{"v": r.randint(10 ** 6, 10 ** 8), "vw": float(px(r)), "o": float(px(r)), "c": float(px(r)), "h": float(px(r)), "l": float(px(r)), "t": r.randint(1.6e12, 1.72e12), "n": r.randint(10 ** 4, 10 ** 6)} for _ in range(2)],
         "next_url": "https://api.polygon.io/v2/aggs/ticker/%s/range/1/day/%s/%s?cursor=%s" % (t, date(r), date(r), cursor)}
    return pick(r, "tests/fixtures/polygon_aggs.json", "data/samples/polygon_response.json"), json.dumps(d, indent=2) + "\n"


@look
def l_alpaca_order(r):
    d = {"id": uuid4(r), "client_order_id": uuid4(r), "created_at": ts(r), "asset_id": uuid4(r), "symbol": r.choice(TICKERS),
         "asset_class": "us_equity", "qty": str(r.randint(1, 500)), "filled_qty": "0", "type": "limit", "side": pick(r, "buy", "sell"),
         "time_in_force": "day", "limit_price": px(r), "status": "accepted", "extended_hours": False}
    return pick(r, "tests/fixtures/alpaca_order.json", "paper/orders/last_order.json"), json.dumps(d, indent=2) + "\n"


@look
def l_fred_meta(r):
    rows = ["series_id,title,frequency,units,last_updated"]
    for s in r.sample(FRED_SERIES, r.randint(4, 8)):
        rows.append("%s,%s,%s,%s,%s 07:%02d:00-05" % (s, FRED_TITLES.get(s, s), pick(r, "Daily", "Monthly", "Quarterly"), pick(r, "Percent", "Index", "Billions of Dollars"), date(r, 2024, 2024), r.randint(0, 59)))
    return pick(r, "data/macro/fred_series.csv", "catalog/fred.csv"), "\n".join(rows) + "\n"


@look
def l_databento_job(r):
    ds = r.choice(DB_DATASETS)
    d = {"id": "%s-%s-%s" % (ds.split(".")[0], date(r).replace("-", ""), rs(r, 10, UP + DG)), "user_id": rs(r, 8, UP + DG), "dataset": ds,
         "schema": r.choice(DB_SCHEMAS), "state": "done", "cost_usd": round(r.uniform(0, 400), 4),
         "files": [{"filename": "%s.dbn.zst" % date(r).replace("-", ""), "size": r.randint(10 ** 6, 10 ** 9), "hash": "sha256:" + sha256h(r)} for _ in range(2)]}
    return pick(r, "data/dbn/job_manifest.json", "downloads/databento/condition.json"), json.dumps(d, indent=2) + "\n"


@look
def l_kaggle_meta(r):
    slug = pick(r, "us-equity-minute-bars", "crypto-l2-snapshots", "fx-daily-panel")
    d = {"title": slug.replace("-", " ").title(), "id": "%s/%s" % (r.choice(USERS).replace(".", ""), slug), "licenses": [{"name": "CC0-1.0"}],
         "resources": [{"path": "bars_%d.parquet" % y, "description": "year %d" % y} for y in range(2020, 2023)]}
    return "kaggle/dataset-metadata.json", json.dumps(d, indent=2) + "\n"


@look
def l_bpipe_public(r):
    txt = '''# B-PIPE session settings (authorization is done by the TLS credentials in the vault)
[bpipe]
hosts = %s:8194, %s:8194
application_name = %s:%s
auth_mode = APPLICATION_ONLY
service = //blp/mktdata
uuid = %d
''' % (pick(r, "bpipe-nyc1.internal", "10.0.3.21"), pick(r, "bpipe-nyc2.internal", "10.0.3.22"), r.choice(FIRMS).upper(), pick(r, "RESEARCH", "QR"), r.randint(10 ** 6, 3 * 10 ** 7))
    return pick(r, "conf/bpipe.ini", "feeds/bloomberg/session.cfg"), txt


@look
def l_fpml(r):
    txt = '''<?xml version="1.0" encoding="UTF-8"?>
<dataDocument xmlns="http://www.fpml.org/FpML-5/confirmation">
  <trade>
    <tradeHeader>
      <partyTradeIdentifier><tradeId tradeIdScheme="http://www.%s.com/trade-id">%s</tradeId></partyTradeIdentifier>
      <tradeDate>%s</tradeDate>
    </tradeHeader>
    <party id="p1"><partyId partyIdScheme="http://www.fpml.org/coding-scheme/external/iso17442">%s</partyId></party>
    <party id="p2"><partyId partyIdScheme="http://www.fpml.org/coding-scheme/external/iso17442">%s</partyId></party>
    <uti>%s</uti>
  </trade>
</dataDocument>
''' % (r.choice(FIRMS), hexs(r, 20).upper(), date(r), lei(r), lei(r), lei(r)[:20] + rs(r, 20, UP + DG))
    return pick(r, "samples/fpml/irs_confirmation.xml", "tests/data/trade.xml"), txt


@look
def l_sql_ddl(r):
    txt = '''CREATE TABLE bars_1m (
    instrument_id bigint NOT NULL,
    figi char(12) NOT NULL CHECK (figi ~ '^BBG[0-9A-Z]{9}$'),
    ts timestamptz NOT NULL,
    o numeric, h numeric, l numeric, c numeric, v bigint,
    src_file_md5 char(32),
    PRIMARY KEY (instrument_id, ts)
);
-- example row
INSERT INTO bars_1m VALUES (%d, '%s', '%s', %s, %s, %s, %s, %d, '%s');
''' % (r.randint(1000, 99999), figi(r), ts(r), px(r), px(r), px(r), px(r), r.randint(100, 10 ** 6), md5h(r))
    return pick(r, "sql/schema/bars.sql", "db/ddl/001_bars.sql"), txt


@look
def l_arrow_schema(r):
    d = {"schema_b64": b64s(r, r.randint(180, 400)), "columns": ["ts", "sym", "bid", "ask", "bid_sz", "ask_sz"],
         "row_groups": r.randint(1, 40), "created_by": "parquet-cpp-arrow version 15.0.0", "footer_crc32": hexs(r, 8)}
    return pick(r, "data/quotes/_metadata.json", "catalog/quotes_schema.json"), json.dumps(d, indent=2) + "\n"


@look
def l_gha_secrets_ref(r):
    txt = '''name: refresh-data
on:
  schedule:
    - cron: "30 22 * * 1-5"
jobs:
  refresh:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@%s
      - run: python -m research.ingest --date ${{ github.event.schedule }}
        env:
          POLYGON_API_KEY: ${{ secrets.POLYGON_API_KEY }}
          DATABENTO_API_KEY: ${{ secrets.DATABENTO_API_KEY }}
''' % sha1h(r)
    return ".github/workflows/refresh-data.yml", txt


@look
def l_iex_publishable(r):
    txt = '''<!-- public quote widget; publishable tokens are meant for client-side use -->
<script>
  const IEX_PUBLISHABLE_TOKEN = "pk_%s";
  fetch(`https://cloud.iexapis.com/stable/stock/%s/quote?token=${IEX_PUBLISHABLE_TOKEN}`)
    .then(r => r.json()).then(q => document.getElementById("px").textContent = q.latestPrice);
</script>
''' % (hexs(r, 32), r.choice(TICKERS).lower())
    return pick(r, "site/widgets/quote.html", "docs/_includes/quote_widget.html"), txt


# ================================================================ assembly
def filetype(path):
    base = path.rsplit("/", 1)[-1]
    if base == "Dockerfile" or base.endswith(".Dockerfile"):
        return "dockerfile"
    if base == ".env" or base.startswith(".env."):
        return "env"
    if base in (".Rprofile", ".Renviron", ".netrc", ".boto"):
        return base[1:].lower()
    if base in ("authorized_keys", "SHA256SUMS"):
        return "text"
    if "." not in base.lstrip("."):
        return "text"
    return base.rsplit(".", 1)[-1].lower()


def is_env_name(path):
    base = path.rsplit("/", 1)[-1]
    return base == ".env" or base.startswith(".env.")


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_fo.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(TPL) >= 60 and len(LOOK) >= 30
    manifest, secrets = [], []

    # ---- positives: every template used about equally often
    sched = []
    while len(sched) < 500:
        block = list(TPL)
        r.shuffle(block)
        sched.extend(block)
    sched = sched[:500]
    n_env = 0
    for i, t in enumerate(sched):
        prov = r.choice(t["provs"])
        c = Ctx(r, prov, False)
        path, text = t["fn"](r, c)
        if is_env_name(path):
            n_env += 1
        needle = c.needle
        idx = text.find(needle)
        assert idx >= 0, (t["name"], needle)
        line = text.count("\n", 0, idx) + 1
        assert needle in text.split("\n")[line - 1], (t["name"], line)
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov, "kind": t["kind"], "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert n_env <= 25, n_env

    # ---- negatives: 250 re-used positive templates with non-secret slots, 250 look-alikes
    neg_t = [t for t in TPL if not t["env_file"]]
    sched = []
    while len(sched) < 250:
        block = list(neg_t)
        r.shuffle(block)
        sched.extend(block)
    sched = sched[:250]
    looks = []
    while len(looks) < 250:
        block = list(LOOK)
        r.shuffle(block)
        looks.extend(block)
    looks = looks[:250]
    order = [("tpl", t) for t in sched] + [("look", f) for f in looks]
    r.shuffle(order)
    for i, (what, obj) in enumerate(order):
        if what == "tpl":
            prov = r.choice(obj["provs"])
            c = Ctx(r, prov, True)
            path, text = obj["fn"](r, c)
            kind = "%s/%s" % (obj["kind"], c.mode)
        else:
            path, text = obj(r)
            prov, kind = "lookalike", obj.__name__[2:]
        assert not is_env_name(path), path
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": prov, "kind": kind, "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # ---- re-read and verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8", newline="") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s["file"]
        assert all(s["needle"] not in ln for ln in lines[:s["line"] - 1]), s["file"]
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
