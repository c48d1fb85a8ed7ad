#!/usr/bin/env python3
"""gen_ns.py - blind evaluation-set generator "ns": hobby / tutorial / beginner projects.

EMPHASIS
    Beginners' and hobby projects and tutorial code, where most real keys leak:
    weather apps (OpenWeatherMap appid), movie apps (TMDB v3 key, TMDB v4 read token, OMDb),
    news (NewsAPI), finance (Alpha Vantage, Finnhub, Twelve Data, CoinGecko Pro, CoinMarketCap),
    maps (Mapbox secret sk. tokens, Google Maps keys in server code), NASA api.nasa.gov, Giphy,
    Unsplash access keys, Spotify client secrets, RapidAPI X-RapidAPI-Key, OpenAI / Gemini / Groq /
    Hugging Face / Anthropic keys in chatbot scripts, Discord bot tokens and webhooks, Telegram bot
    tokens, Twilio auth tokens (SMS alarm projects), SendGrid keys (contact forms), Firebase
    service-account private keys, MongoDB Atlas URIs with passwords (MERN tutorials), Gmail app
    passwords (smtplib scripts), Reddit PRAW client secrets, YouTube Data API keys, Wi-Fi
    passwords in Arduino sketches.
    File types: single-file Python scripts, Jupyter / Colab notebooks (JSON), tkinter and pygame
    apps, Flask and Express apps, React / Vue components (fetch URLs with the key in the query
    string), plain HTML+JS, Java/Android homework, Kotlin, C# console apps, Arduino sketches (.ino,
    .h), Dart/Flutter constants, Go, PHP, shell scripts, README snippets, config.py / secrets.py /
    keys.js, JSON / YAML / TOML (streamlit secrets.toml) / .env files.

USAGE
    python3 -B gen_ns.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic for a given SEED
    (random.Random(SEED) only; no time, no hash()). Standard library only.

NEEDLE CONVENTIONS
    * The needle is the secret value exactly as it appears in the file, never including quotes.
    * MongoDB / database URIs: the needle is the password part only (percent-encoded form if the
      password needed encoding, i.e. exactly as written in the URI).
    * Gmail app passwords: the 16 letters as written (with or without the spaces Google shows).
    * Firebase service accounts: the needle is the base64 body of the first line of the PEM inside
      the JSON "private_key" string (the JSON uses literal \\n escapes, so the whole key is on one
      line; the needle is a substring of that line).
    * Discord webhooks: the needle is the webhook token (last URL path segment).
    * Twilio: the needle is the auth token (the AC... account SID next to it is an identifier).
    * Base64-encoded secrets (e.g. a token base64-encoded in a config): the needle is the encoded
      text as it appears in the file.
    * line = 1-based line of the first occurrence of the needle.

NEGATIVES
    About half reuse the positive templates with the secret replaced by: placeholders in many
    styles (YOUR_API_KEY, <api key>, xxxx..., paste-your-key-here, empty, REPLACE_ME, ...),
    environment lookups (os.getenv, os.environ, process.env, import.meta.env, System.getenv,
    Environment.GetEnvironmentVariable, BuildConfig, Colab userdata.get, ${VAR}),
    interactive input (input(), getpass), masked values (****, sk-...abcd), and documented demo
    values (Alpha Vantage "demo", NASA "DEMO_KEY", RapidAPI "SIGN-UP-FOR-KEY").
    The other half are look-alikes of the domain: TMDB movie ids and poster paths, IMDb ids,
    YouTube video ids, Spotify track/playlist ids, Spotify PKCE client ids, Discord guild/channel/
    application ids (snowflakes) and public keys, Telegram chat ids, Mapbox public pk. tokens and
    style ids, Firebase web config / google-services.json (public API keys by Firebase docs),
    Google OAuth client ids, reCAPTCHA site keys, Stripe publishable keys, commit hashes in READMEs,
    SRI integrity hashes, package-lock integrity, pip --hash lines, notebook image outputs
    (base64 PNG), notebook cell ids, Unsplash blur hashes and photo ids, Giphy gif ids, BLE
    service UUIDs and MAC addresses in Arduino sketches, Twilio account SIDs alone (token read
    from env), bcrypt hashes in seed files, UUIDs in .csproj / .sln files.

FORMATS CHECKED
    * Mapbox: docs.mapbox.com (via the search tool's docs corpus) - tokens are JWT-like,
      "pk." public / "sk." secret / "tk." temporary, payload base64url JSON; pk tokens are meant
      for client code. Payload shape {"u": user, "a": id} from my own knowledge.
    * All other formats are from my own knowledge of the providers' documentation and of the way
      keys look in dashboards: OpenWeatherMap / NewsAPI / TMDB v3 / Twelve Data / Spotify secret
      = 32 lowercase hex; OMDb = 8 hex; Alpha Vantage = 16 upper-case alnum; Finnhub = 20 lower
      alnum; CoinGecko = "CG-" + 25 alnum; CoinMarketCap = UUID; Google = "AIza" + 35
      [A-Za-z0-9_-]; NASA = 40 alnum; Giphy = 32 alnum; Unsplash = 43 base64url chars;
      OpenAI = sk-proj-/sk- with "T3BlbkFJ" marker; Groq = gsk_ + 52; HF = hf_ + 34 letters;
      Anthropic = sk-ant-api03-...AA; Discord bot token = base64(user id).6.27|38;
      Telegram = <bot id>:AA + 33; Twilio = AC/SK + 32 hex, auth token 32 hex;
      SendGrid = SG.<22>.<43>; Reddit secret 27 base64url; Gmail app password 16 lower letters.

DOUBTS
    * RapidAPI key layout (10 hex + "msh" + 15 + "p" + 6 + "jsn" + 12 = 50 chars) is from memory.
    * Finnhub alphabet/length and Reddit secret length (27 vs 30) are from memory.
    * Firebase private keys are shape-correct (PKCS#8 RSA-2048 DER prefix + random bytes) but
      are not mathematically valid RSA keys.
    * TMDB v4 token payload fields (aud, nbf, sub, scopes, version) from memory.
    * Firebase web config apiKey / google-services.json keys are labelled negative (public by
      Firebase documentation) although some scanners report them.
    * Searches done: one pages search on RapidAPI headers (results were unrelated API docs) and
      one docs search on Mapbox tokens. No scanner rules or sources were shown or read.
"""
import base64
import json
import os
import random
import sys
import urllib.parse

R = None  # random.Random, set in main()

# ----------------------------------------------------------------------------- alphabets
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
ALNUM = DIG + LOW + UPP
UALNUM = DIG + UPP
LALNUM = DIG + LOW
B64U = ALNUM + "-_"
B64 = ALNUM + "+/"
BAD_WORDS = ("test", "example", "dummy", "fake", "sample", "demo", "xxxx", "abcd", "1234")


def rs(alpha, n):
    return "".join(R.choice(alpha) for _ in range(n))


def clean(fn):
    """Re-draw until the value contains no give-away words."""
    for _ in range(50):
        s = fn()
        low = s.lower()
        if not any(w in low for w in BAD_WORDS):
            return s
    return s


def ch(seq):
    return R.choice(seq)


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


# ----------------------------------------------------------------------------- secret makers
def k_hex32():
    return clean(lambda: rs(HEXL, 32))


def k_omdb():
    return clean(lambda: rs(HEXL, 8))


def k_alpha():
    return clean(lambda: rs(UALNUM, 16))


def k_finnhub():
    return clean(lambda: ch("bcd") + rs(DIG + "abcdefghijklmnopqrstuv", 19))


def k_cg():
    return "CG-" + clean(lambda: rs(ALNUM, 25))


def k_uuid():
    h = rs(HEXL, 32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def k_google():
    return "AIza" + clean(lambda: "Sy" + rs(B64U, 33))


def k_nasa():
    return clean(lambda: rs(ALNUM, 40))


def k_giphy():
    return clean(lambda: rs(ALNUM, 32))


def k_unsplash():
    return clean(lambda: rs(B64U, 43))


def k_rapid():
    return clean(lambda: rs(HEXL, 10) + "msh" + rs(HEXL, 15) + "p" + rs(HEXL, 6) + "jsn" + rs(HEXL, 12))


def cuid():
    return "c" + ch("klmx") + rs(LALNUM, 23)


USERS = ["jdoe", "maria-dev", "kevin_codes", "alexm", "sofiag", "tomasz", "priya27", "lucasr",
         "nguyenhoa", "dev-ahmed", "emmaw", "carlosmaps", "yuki-t", "oliverb", "ananya", "mkowal",
         "hikergeo", "bikeroutes", "ferrisw", "leafletfan", "josefine", "ravi-k", "samir", "ines"]


def k_mapbox(prefix="sk"):
    payload = json.dumps({"u": ch(USERS), "a": cuid()}, separators=(",", ":")).encode()
    return prefix + "." + b64url_nopad(payload) + "." + rs(B64U, 22)


def k_openai():
    if R.random() < 0.35:
        return "sk-" + clean(lambda: rs(ALNUM, 20)) + "T3BlbkFJ" + clean(lambda: rs(ALNUM, 20))
    n = ch([74, 74, 48, 64])
    return "sk-proj-" + clean(lambda: rs(B64U, n)) + "T3BlbkFJ" + clean(lambda: rs(B64U, n))


def k_groq():
    return "gsk_" + clean(lambda: rs(ALNUM, 52))


def k_hf():
    return "hf_" + clean(lambda: rs(LOW + UPP, 34))


def k_anthropic():
    return "sk-ant-api03-" + clean(lambda: rs(B64U, 93)) + "AA"


def snowflake():
    return str(R.randint(700000000000000000, 1299999999999999999))


def k_discord():
    uid = snowflake()
    first = base64.b64encode(uid.encode()).decode().rstrip("=")
    if R.random() < 0.5:
        return first + "." + ch("G") + rs(B64U, 5) + "." + rs(B64U, 38)
    return first + "." + rs(B64U, 6) + "." + rs(B64U, 27)


def k_telegram():
    return str(R.randint(500000000, 7999999999)) + ":AA" + clean(lambda: rs(B64U, 33))


def k_sendgrid():
    return "SG." + clean(lambda: rs(B64U, 22)) + "." + clean(lambda: rs(B64U, 43))


def k_reddit():
    return clean(lambda: rs(B64U, ch([27, 27, 30])))


def k_gmail_app():
    s = clean(lambda: rs(LOW, 16))
    if R.random() < 0.5:
        return " ".join(s[i:i + 4] for i in range(0, 16, 4))
    return s


def k_tmdb4():
    hdr = "eyJhbGciOiJIUzI1NiJ9"
    payload = '{"aud":"%s","nbf":%d.%d,"sub":"%s","scopes":["api_read"],"version":1}' % (
        rs(HEXL, 32), R.randint(1600000000, 1735000000), R.randint(100, 9999), rs(HEXL, 24))
    return hdr + "." + b64url_nopad(payload.encode()) + "." + rs(B64U, 43)


def k_webhook_token():
    return clean(lambda: rs(B64U, 68))


def k_twilio_sid():
    return "AC" + rs(HEXL, 32)


WORDS = ["river", "orange", "falcon", "maple", "tiger", "copper", "winter", "galaxy", "pepper",
         "violet", "harbor", "cactus", "mango", "thunder", "pixel", "rocket", "banjo", "cobalt",
         "lantern", "meadow", "nebula", "otter", "quartz", "saffron", "tundra", "walnut", "zephyr",
         "bamboo", "crimson", "dolphin", "ember", "fjord", "glacier", "hazel", "indigo", "jasper",
         "kettle", "lemon", "marble", "nutmeg", "oasis", "puffin", "raven", "sierra", "tulip",
         "umber", "velvet", "willow", "yonder", "biscuit", "chorizo", "dynamo", "falafel"]
NAMES = ["Sarah", "Mateo", "Lena", "Omar", "Chloe", "Diego", "Hana", "Felix", "Nina", "Jonas",
         "Aisha", "Marco", "Ivy", "Rohan", "Zoe", "Kenji", "Lucia", "Ben", "Maya", "Theo"]
SYM = "!@#$%&*?.-_+"


def human_password():
    t = R.random()
    if t < 0.3:
        s = ch(WORDS).capitalize() + ch(WORDS) + str(R.randint(1, 9999)) + ch(SYM)
    elif t < 0.5:
        s = ch(NAMES) + str(R.randint(1970, 2012)) + ch(SYM) + ch(WORDS).capitalize()
    elif t < 0.75:
        s = rs(ALNUM + "!#%*-_", R.randint(16, 32))
    elif t < 0.9:
        s = ch("-._") .join(ch(WORDS) for _ in range(R.randint(3, 4)))
        if R.random() < 0.5:
            s += str(R.randint(2, 99))
    else:
        s = rs(ALNUM, R.randint(16, 24))
    if any(w in s.lower() for w in BAD_WORDS) or "pass" in s.lower():
        return human_password()
    return s


def atlas_password():
    t = R.random()
    if t < 0.4:
        return rs(ALNUM, 16)  # Atlas "autogenerate secure password" style
    return human_password()


def pem_body_lines():
    """PKCS#8 RSA-2048 private key: fixed DER prefix then random bytes (shape only)."""
    prefix = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    body = prefix + bytes([R.randint(0x80, 0xff)]) + bytes(R.getrandbits(8) for _ in range(1216 - len(prefix)))
    b = base64.b64encode(body).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


# ----------------------------------------------------------------------------- providers
# query-string providers: name -> (kind, maker, base url, param, extra query, topic, envs)
QP = {
    "openweathermap": ("api_key", k_hex32, "https://api.openweathermap.org/data/2.5/weather", "appid",
                       "q={city}&units=metric", "weather", ["OWM_API_KEY", "OPENWEATHER_API_KEY", "WEATHER_API_KEY"]),
    "openweathermap-forecast": ("api_key", k_hex32, "https://api.openweathermap.org/data/2.5/forecast", "appid",
                                "lat={lat}&lon={lon}&units=imperial", "weather", ["OPENWEATHERMAP_KEY", "OWM_KEY"]),
    "tmdb": ("api_key_v3", k_hex32, "https://api.themoviedb.org/3/movie/popular", "api_key",
             "language=en-US&page=1", "movies", ["TMDB_API_KEY", "MOVIE_DB_KEY"]),
    "tmdb-search": ("api_key_v3", k_hex32, "https://api.themoviedb.org/3/search/movie", "api_key",
                    "query={q}", "movies", ["TMDB_KEY", "REACT_APP_TMDB_KEY"]),
    "omdb": ("api_key", k_omdb, "https://www.omdbapi.com/", "apikey", "t={q}&plot=short", "movies",
             ["OMDB_API_KEY", "OMDB_KEY"]),
    "newsapi": ("api_key", k_hex32, "https://newsapi.org/v2/top-headlines", "apiKey", "country=us&category=technology",
                "news", ["NEWS_API_KEY", "NEWSAPI_KEY"]),
    "alphavantage": ("api_key", k_alpha, "https://www.alphavantage.co/query", "apikey",
                     "function=TIME_SERIES_DAILY&symbol={sym}", "stocks", ["ALPHA_VANTAGE_KEY", "AV_API_KEY"]),
    "finnhub": ("api_key", k_finnhub, "https://finnhub.io/api/v1/quote", "token", "symbol={sym}", "stocks",
                ["FINNHUB_API_KEY", "FINNHUB_TOKEN"]),
    "twelvedata": ("api_key", k_hex32, "https://api.twelvedata.com/time_series", "apikey",
                   "symbol={sym}&interval=1day&outputsize=30", "stocks", ["TWELVE_DATA_API_KEY", "TD_API_KEY"]),
    "coingecko": ("pro_api_key", k_cg, "https://pro-api.coingecko.com/api/v3/simple/price", "x_cg_pro_api_key",
                  "ids=bitcoin,ethereum&vs_currencies=usd", "crypto", ["COINGECKO_API_KEY", "CG_KEY"]),
    "nasa": ("api_key", k_nasa, "https://api.nasa.gov/planetary/apod", "api_key", "count=5", "space",
             ["NASA_API_KEY", "NASA_KEY"]),
    "giphy": ("api_key", k_giphy, "https://api.giphy.com/v1/gifs/search", "api_key", "q={q}&limit=12&rating=g",
              "gifs", ["GIPHY_API_KEY", "GIPHY_KEY"]),
    "youtube": ("data_api_key", k_google, "https://www.googleapis.com/youtube/v3/search", "key",
                "part=snippet&maxResults=10&q={q}", "videos", ["YOUTUBE_API_KEY", "YT_API_KEY"]),
    "google-maps": ("server_api_key", k_google, "https://maps.googleapis.com/maps/api/geocode/json", "key",
                    "address={city}", "maps", ["GOOGLE_MAPS_API_KEY", "GMAPS_KEY"]),
    "google-places": ("server_api_key", k_google, "https://maps.googleapis.com/maps/api/place/nearbysearch/json", "key",
                      "location={lat},{lon}&radius=1500&type=restaurant", "maps", ["PLACES_API_KEY", "GOOGLE_API_KEY"]),
    "mapbox": ("secret_token", lambda: k_mapbox("sk"), "https://api.mapbox.com/geocoding/v5/mapbox.places/{city}.json",
               "access_token", "limit=1", "maps", ["MAPBOX_SECRET_TOKEN", "MAPBOX_ACCESS_TOKEN"]),
    "unsplash": ("access_key", k_unsplash, "https://api.unsplash.com/search/photos", "client_id",
                 "query={q}&per_page=20", "photos", ["UNSPLASH_ACCESS_KEY", "UNSPLASH_KEY"]),
    "gemini": ("api_key", k_google,
               "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent", "key",
               "", "chatbot", ["GEMINI_API_KEY", "GOOGLE_API_KEY"]),
}

# header / sdk providers: name -> (kind, maker, envs)
HP = {
    "openai": ("api_key", k_openai, ["OPENAI_API_KEY"]),
    "groq": ("api_key", k_groq, ["GROQ_API_KEY"]),
    "huggingface": ("user_access_token", k_hf, ["HF_TOKEN", "HUGGINGFACE_TOKEN"]),
    "anthropic": ("api_key", k_anthropic, ["ANTHROPIC_API_KEY"]),
    "rapidapi": ("api_key", k_rapid, ["RAPIDAPI_KEY", "X_RAPIDAPI_KEY"]),
    "tmdb-v4": ("read_access_token", k_tmdb4, ["TMDB_READ_TOKEN", "TMDB_BEARER"]),
    "coinmarketcap": ("pro_api_key", k_uuid, ["CMC_PRO_API_KEY", "COINMARKETCAP_API_KEY"]),
    "sendgrid": ("api_key", k_sendgrid, ["SENDGRID_API_KEY"]),
    "discord": ("bot_token", k_discord, ["DISCORD_TOKEN", "BOT_TOKEN"]),
    "telegram": ("bot_token", k_telegram, ["TELEGRAM_BOT_TOKEN", "BOT_TOKEN", "TG_TOKEN"]),
    "twilio": ("auth_token", k_hex32, ["TWILIO_AUTH_TOKEN"]),
    "spotify": ("client_secret", k_hex32, ["SPOTIPY_CLIENT_SECRET", "SPOTIFY_CLIENT_SECRET"]),
    "reddit": ("client_secret", k_reddit, ["REDDIT_CLIENT_SECRET"]),
    "gmail": ("app_password", k_gmail_app, ["GMAIL_APP_PASSWORD", "EMAIL_PASSWORD"]),
    "mongodb-atlas": ("uri_password", atlas_password, ["MONGO_URI", "MONGODB_URI"]),
    "discord-webhook": ("webhook_token", k_webhook_token, ["DISCORD_WEBHOOK_URL"]),
    "wifi": ("wifi_password", human_password, ["WIFI_PASSWORD"]),
    "firebase": ("service_account_private_key", None, ["GOOGLE_APPLICATION_CREDENTIALS"]),
}

CITIES = ["London", "Paris", "Tokyo", "Lagos", "Mumbai", "Toronto", "Berlin", "Lima", "Seoul", "Cairo",
          "Austin", "Nairobi", "Lisbon", "Manila", "Denver", "Oslo", "Hanoi", "Bogota", "Dublin", "Pune"]
QUERIES = ["inception", "batman", "cats", "interstellar", "lofi beats", "mountains", "coffee",
           "spirited away", "dogs", "sunset", "parasite", "dune", "avatar", "python tutorial"]
SYMS = ["AAPL", "MSFT", "TSLA", "NVDA", "AMZN", "IBM", "GOOGL", "META", "NFLX", "AMD"]
APPNAMES = ["weather-app", "WeatherNow", "movie-finder", "cinema-search", "news-reader", "stock-tracker",
            "crypto-dash", "apod-viewer", "gif-search", "my-first-bot", "chatbot", "trip-planner",
            "photo-gallery", "daily-digest", "pocket-weather", "moviebuff", "skywatch", "tickerbot"]


def fill(s):
    return (s.replace("{city}", ch(CITIES)).replace("{q}", urllib.parse.quote(ch(QUERIES)))
            .replace("{sym}", ch(SYMS)).replace("{lat}", "%.4f" % R.uniform(-50, 60))
            .replace("{lon}", "%.4f" % R.uniform(-120, 140)))


# ----------------------------------------------------------------------------- value specs
class V:
    """How the credential slot is filled: literal string or an env/secret lookup or input()."""

    def __init__(self, mode, s="", env="", style=0):
        self.mode, self.s, self.env, self.style = mode, s, env, style

    @property
    def lit(self):
        return self.mode == "lit"


def placeholder(prov, real):
    opts = ["YOUR_API_KEY", "<api key>", "<YOUR_API_KEY>", "paste-your-key-here", "your-api-key-here",
            "INSERT_KEY_HERE", "REPLACE_ME", "changeme", "", "x" * max(8, len(real)), "*" * ch([8, 12, 16]),
            "API_KEY_HERE", "<your %s key>" % prov.split("-")[0], "YOUR_%s_KEY" % prov.split("-")[0].upper(),
            "put-your-own-key", "TODO", "<redacted>", "[REDACTED]", "xxxx-xxxx-xxxx-xxxx", "...",
            "ENTER_YOUR_KEY", "<token>", "your_token_here", "{{API_KEY}}"]
    doc = {"alphavantage": ["demo"], "nasa": ["DEMO_KEY"], "rapidapi": ["SIGN-UP-FOR-KEY"],
           "gmail": ["your app password"], "mongodb-atlas": ["<password>", "<db_password>"],
           "wifi": ["YOUR_WIFI_PASSWORD", "********"],
           "openai": ["sk-...", "sk-proj-****************"], "telegram": ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"]}
    if prov in doc and R.random() < 0.5:
        return ch(doc[prov])
    if R.random() < 0.15:  # masked like a dashboard shows it
        try:
            real = make_secret(prov) or real
        except Exception:
            pass
        if len(real) > 12:
            if R.random() < 0.5:
                return real[:ch([3, 4, 6])] + "*" * R.randint(8, 20)
            return real[:3] + "..." + real[-4:]
    return ch(opts)


def neg_value(prov, envs, allow_env=True, allow_input=False):
    t = R.random()
    if allow_env and t < 0.45:
        return V("env", env=ch(envs), style=R.randint(0, 9))
    if allow_input and t < 0.55:
        return V("input", style=R.randint(0, 9))
    return V("lit", s=placeholder(prov, "x" * 32))


# language renderers -------------------------------------------------------
def q():
    return ch(['"', '"', "'"])


def pyv(v, quote=None, colab=False):
    quote = quote or q()
    if v.mode == "lit":
        return quote + v.s + quote
    if v.mode == "input":
        return ch(['input("Enter your API key: ").strip()', 'getpass.getpass("API key: ")', 'input("key> ")'])
    opts = ['os.getenv("%s")', 'os.environ["%s"]', 'os.environ.get("%s")', 'os.getenv("%s", "")', 'config("%s")']
    if colab:
        opts = ["userdata.get('%s')", 'os.environ["%s"]']
    return opts[v.style % len(opts)] % v.env


def jsv(v, vite=False):
    if v.mode == "lit":
        qq = ch(['"', "'", "'"])
        return qq + v.s + qq
    if v.mode == "input":
        return 'prompt("Enter your API key")'
    if vite:
        return "import.meta.env.VITE_%s" % v.env
    return ch(["process.env.%s", "process.env.REACT_APP_%s"]) % v.env


def javav(v):
    if v.mode == "lit":
        return '"%s"' % v.s
    return ch(['System.getenv("%s")', "BuildConfig.%s"]) % v.env


def csv_(v):
    if v.mode == "lit":
        return '"%s"' % v.s
    return ch(['Environment.GetEnvironmentVariable("%s")', 'config["%s"]']) % v.env


def datav(v, style="dollar"):
    """Value for data files (yaml/toml/json/.env)."""
    if v.mode == "lit":
        return v.s
    if style == "dollar":
        return "${%s}" % v.env
    return ""


def in_url(v, lang):
    """Key spliced into a URL string."""
    if v.mode == "lit":
        return v.s
    if lang == "py":
        return "{" + ch(["os.getenv('%s')", "os.environ['%s']"]) % v.env + "}"
    if lang == "js":
        return "${process.env.%s}" % v.env
    return "${%s}" % v.env


# ----------------------------------------------------------------------------- misc fillers
def header_comment(prefix, topic):
    lines = [
        "%s %s - my little %s project" % (prefix, ch(APPNAMES), topic),
        "%s Made while following a YouTube tutorial" % prefix,
        "%s TODO: add error handling" % prefix,
        "%s Author: %s" % (prefix, ch(NAMES)),
        "%s CS50 final project" % prefix,
        "%s week %d homework" % (prefix, R.randint(2, 12)),
    ]
    R.shuffle(lines)
    return lines[:R.randint(1, 3)]


def ident(*names):
    return ch(names)


def pyname(kindish):
    neutral = ["API_KEY", "KEY", "api_key", "APPID", "TOKEN", "token", "auth", "CREDS", "k", "secret",
               "app_id", "SERVICE_ID", "access", "apikey", "MY_KEY", "cred"]
    return ch(neutral + [kindish])


# ============================================================================ TEMPLATES
# Query-string templates: fn(prov, p, v) -> (relpath, text)
def t_py_requests(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    var = pyname(param.upper())
    imports = ["import requests"]
    if v.mode == "env":
        imports.insert(0, "import os")
        if "config(" in pyv(v):
            pass
    if v.mode == "input":
        imports.insert(0, "import getpass")
    val = pyv(v)
    if "config(" in val:
        imports.append("from decouple import config")
    ex = fill(extra)
    L = ["#!/usr/bin/env python3"] if R.random() < 0.3 else []
    L += header_comment("#", topic)
    L += imports + [""]
    L += ["%s = %s" % (var, val), 'BASE_URL = "%s"' % url.replace("{city}", ch(CITIES)), ""]
    fn = ch(["get_data", "fetch", "main_request", "get_%s" % topic, "lookup"])
    L += ["", "def %s(%s):" % (fn, ch(["query", "q", "city", "symbol", "term"])),
          '    """Call the %s API and return the JSON."""' % topic,
          '    url = f"{BASE_URL}?%s&%s={%s}"' % (ex.split("&")[0] if ex else "format=json", param, var),
          "    r = requests.get(url, timeout=%d)" % ch([5, 10, 15]),
          "    if r.status_code != 200:",
          '        print("Error:", r.status_code, r.text[:200])',
          "        return None",
          "    return r.json()", "", ""]
    L += ['if __name__ == "__main__":',
          "    data = %s(%s)" % (fn, repr(ch(CITIES + SYMS))),
          "    if data:",
          "        import json",
          "        print(json.dumps(data, indent=2)[:%d])" % ch([500, 1000, 2000])]
    path = ch(["%s.py" % topic, "main.py", "app.py", "%s_app.py" % topic, "script.py", "src/%s.py" % topic,
               "%s/%s.py" % (ch(APPNAMES), topic)])
    return path, "\n".join(L) + "\n"


def t_py_params(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    ex = fill(extra)
    params = ["    %r: %r," % tuple(kv.split("=", 1)) for kv in ex.split("&") if "=" in kv]
    L = header_comment("#", topic) + ["import os" if v.mode == "env" else "import sys", "import requests", "from datetime import datetime", ""]
    L += ["URL = %r" % fill(url), "", "params = {"] + params + ["    %r: %s," % (param, pyv(v)), "}", ""]
    L += ["resp = requests.get(URL, params=params)", "resp.raise_for_status()", "data = resp.json()", "",
          'print("Fetched at", datetime.now().strftime("%H:%M:%S"))']
    if topic == "weather":
        L += ['print(f"{data[\'name\']}: {data[\'main\'][\'temp\']}°, {data[\'weather\'][0][\'description\']}")']
    elif topic == "stocks":
        L += ["for k, val in list(data.items())[:5]:", "    print(k, val)"]
    else:
        L += ["for item in data.get('results', data.get('articles', data.get('data', [])))[:10]:",
              "    print('-', item if isinstance(item, str) else item.get('title') or item.get('id'))"]
    return ch(["fetch_%s.py" % topic, "%s.py" % topic, "get_%s.py" % topic, "scripts/%s.py" % topic]), "\n".join(L) + "\n"


def t_py_tkinter(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    var = pyname("API_KEY")
    val = pyv(v)
    imp = ["import tkinter as tk", "from tkinter import messagebox", "import requests"]
    if v.mode == "env":
        imp.append("import os")
    if "config(" in val:
        imp.append("from decouple import config")
    if v.mode == "input":
        imp.append("import getpass")
    ex = fill(extra).split("&")[0] or "format=json"
    L = header_comment("#", topic) + imp + ["", "%s = %s" % (var, val), ""]
    L += ["def search():",
          "    term = entry.get().strip()",
          "    if not term:",
          '        messagebox.showwarning("Oops", "Type something first")',
          "        return",
          '    url = "%s?%s&%s=" + %s' % (url.replace("{city}", "{}"), ex, param, var),
          "    try:",
          "        res = requests.get(url.format(term)).json()",
          "    except Exception as e:",
          '        messagebox.showerror("Error", str(e))',
          "        return",
          "    result_label.config(text=str(res)[:300])",
          "", "",
          "root = tk.Tk()",
          'root.title("%s")' % ch(APPNAMES),
          'root.geometry("%dx%d")' % (ch([400, 500, 600]), ch([300, 350, 420])),
          'root.configure(bg="%s")' % ch(["#1e1e2e", "#f0f0f0", "skyblue", "#222"]),
          "",
          'entry = tk.Entry(root, font=("Arial", 14))',
          "entry.pack(pady=10)",
          'tk.Button(root, text="Search", command=search).pack()',
          'result_label = tk.Label(root, text="", wraplength=380, justify="left")',
          "result_label.pack(pady=20)",
          "", "root.mainloop()"]
    return ch(["gui.py", "%s_gui.py" % topic, "app_tk.py", "main.py"]), "\n".join(L) + "\n"


def t_py_flask(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    var = pyname("API_KEY")
    val = pyv(v)
    imp = ["from flask import Flask, render_template, request", "import requests"]
    if v.mode == "env":
        imp.insert(0, "import os")
    if "config(" in val:
        imp.append("from decouple import config")
    if v.mode == "input":
        v.mode = "env"; v.env = envs[0]; val = pyv(v); imp.insert(0, "import os")
    ex = fill(extra)
    L = imp + ["", "app = Flask(__name__)", "app.config['TEMPLATES_AUTO_RELOAD'] = True", "", "%s = %s" % (var, val), ""]
    L += ['@app.route("/", methods=["GET", "POST"])', "def index():", "    results = None",
          '    if request.method == "POST":',
          '        term = request.form.get("q", "")',
          '        params = {%s"%s": %s}' % ("".join('"%s": "%s", ' % tuple(kv.split("=", 1)) for kv in ex.split("&") if "=" in kv), param, var),
          '        params["q"] = term',
          '        results = requests.get("%s", params=params).json()' % fill(url),
          '    return render_template("index.html", results=results)', "", "",
          '@app.route("/health")', "def health():", '    return {"status": "ok"}', "", "",
          'if __name__ == "__main__":', "    app.run(debug=True, port=%d)" % ch([5000, 5000, 8000, 8080])]
    return ch(["app.py", "server.py", "flask_app/app.py", "web/app.py"]), "\n".join(L) + "\n"


def t_py_config(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    name = ch(envs + ["API_KEY"])
    val = pyv(v)
    L = ['"""Settings for %s."""' % ch(APPNAMES)]
    if v.mode == "env" or v.mode == "input":
        if v.mode == "input":
            v.mode = "env"; v.env = envs[0]; val = pyv(v)
        L += ["import os"]
        if "config(" in val:
            L += ["from decouple import config"]
    L += ["", "DEBUG = %s" % ch(["True", "False"]), 'UNITS = "%s"' % ch(["metric", "imperial"]),
          "REFRESH_SECONDS = %d" % ch([60, 300, 600, 900]), 'DEFAULT_%s = "%s"' % (ch(["CITY", "SYMBOL", "QUERY"]), ch(CITIES + SYMS)),
          "", "# %s" % ch(["api stuff", "keys", "get one at the provider dashboard", "don't share!!", "API"]),
          "%s = %s" % (name, val), 'BASE_URL = "%s"' % fill(url), "",
          "CACHE_DIR = %r" % ch([".cache", "cache", "/tmp/%s" % topic]),
          "MAX_RESULTS = %d" % ch([10, 20, 25, 50])]
    return ch(["config.py", "secrets.py", "settings.py", "keys.py", "%s/config.py" % ch(APPNAMES).replace("-", "_")]), "\n".join(L) + "\n"


def t_js_react_fetch(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    comp = ch(["Weather", "MovieList", "News", "Search", "Gallery", "Quotes", "Dashboard", "Apod"])
    ex = fill(extra)
    key = in_url(v, "js") if v.mode != "input" else in_url(V("env", env="REACT_APP_" + envs[0]), "js")
    full = "%s?%s%s%s=%s" % (fill(url), ex, "&" if ex else "", param, key)
    L = ["import React, { useEffect, useState } from 'react';", "import './%s.css';" % comp, "",
         "export default function %s() {" % comp,
         "  const [data, setData] = useState(null);",
         "  const [loading, setLoading] = useState(true);",
         "", "  useEffect(() => {",
         "    fetch(`%s`)" % full,
         "      .then((res) => res.json())",
         "      .then((json) => {",
         "        setData(json);",
         "        setLoading(false);",
         "      })",
         "      .catch((err) => console.error(err));",
         "  }, []);", "",
         "  if (loading) return <p>Loading...</p>;", "",
         "  return (",
         '    <div className="%s">' % comp.lower(),
         "      <h2>%s</h2>" % ch(["Today's weather", "Popular movies", "Top headlines", "Results", "Picture of the day"]),
         "      <pre>{JSON.stringify(data, null, 2)}</pre>",
         "    </div>",
         "  );", "}"]
    return "src/components/%s.%s" % (comp, ch(["jsx", "js"])), "\n".join(L) + "\n"


def t_js_keys_module(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    name = ch(["API_KEY", "apiKey", "KEY", envs[0], "key", "token"])
    vv = v if v.mode != "input" else V("env", env=envs[0])
    L = ["// %s" % ch(["keys.js - do not commit (oops)", "config", "API settings", "constants"]),
         "export const %s = %s;" % (name, jsv(vv)),
         "export const BASE_URL = '%s';" % fill(url),
         "export const DEFAULT_%s = '%s';" % (ch(["CITY", "QUERY", "SYMBOL"]), ch(CITIES + SYMS)),
         "export const PAGE_SIZE = %d;" % ch([10, 12, 20]), ""]
    if R.random() < 0.5:
        L = ["// config for %s" % ch(APPNAMES), "const config = {",
             "  %s: %s," % (ch(["apiKey", "key", "appid", "token"]), jsv(vv)),
             "  baseUrl: '%s'," % fill(url),
             "  units: '%s'," % ch(["metric", "imperial"]),
             "  refreshMs: %d," % ch([60000, 300000]), "};", "", "module.exports = config;"]
    return ch(["keys.js", "src/config.js", "config.js", "src/api/keys.js", "js/apikey.js"]), "\n".join(L) + "\n"


def t_vue(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode != "input" else V("env", env=envs[0])
    ex = fill(extra)
    L = ["<template>", '  <div class="app">', "    <h1>%s</h1>" % ch(APPNAMES),
         '    <input v-model="query" @keyup.enter="search" placeholder="Search..." />',
         '    <ul><li v-for="item in items" :key="item.id">{{ item.title || item.name }}</li></ul>',
         "  </div>", "</template>", "", "<script>", "import axios from 'axios';", "",
         "const API_KEY = %s;" % jsv(vv, vite=True), "", "export default {",
         "  name: 'App',", "  data() {", "    return { query: '', items: [] };", "  },",
         "  methods: {", "    async search() {",
         "      const url = `%s?%s&%s=${API_KEY}`;" % (fill(url), ex, param),
         "      const { data } = await axios.get(url);",
         "      this.items = data.results || data.data || data.articles || [];",
         "    },", "  },", "};", "</script>", "", "<style scoped>",
         ".app { max-width: %dpx; margin: 0 auto; font-family: sans-serif; }" % ch([600, 720, 960]),
         "</style>"]
    return ch(["src/App.vue", "src/components/Search.vue", "src/views/Home.vue"]), "\n".join(L) + "\n"


def t_html(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode != "input" else V("input")
    if vv.mode == "env":
        vv = V("lit", s=placeholder(prov, "x" * 32))
    ex = fill(extra)
    L = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '  <meta charset="UTF-8">',
         '  <meta name="viewport" content="width=device-width, initial-scale=1.0">',
         "  <title>%s</title>" % ch(APPNAMES), '  <link rel="stylesheet" href="style.css">', "</head>", "<body>",
         '  <div class="container">', '    <input id="search" type="text" placeholder="%s">' % ch(["City", "Movie title", "Keyword"]),
         '    <button id="go">Go</button>', '    <div id="output"></div>', "  </div>", "", "  <script>",
         "    const apiKey = %s;" % jsv(vv),
         "    document.getElementById('go').addEventListener('click', async () => {",
         "      const term = document.getElementById('search').value;",
         "      const res = await fetch(`%s?%s&%s=${apiKey}`);" % (fill(url), ex, param),
         "      const data = await res.json();",
         "      document.getElementById('output').innerText = JSON.stringify(data, null, 2);",
         "    });", "  </script>", "</body>", "</html>"]
    return ch(["index.html", "public/index.html", "%s/index.html" % ch(APPNAMES)]), "\n".join(L) + "\n"


def t_express(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode != "input" else V("env", env=envs[0])
    ex = fill(extra)
    L = ["const express = require('express');", "const axios = require('axios');",
         "const cors = require('cors');"]
    if vv.mode == "env":
        L.append("require('dotenv').config();")
    L += ["", "const app = express();", "app.use(cors());", "app.use(express.json());", "",
          "const PORT = process.env.PORT || %d;" % ch([3000, 3001, 5000, 8080]),
          "const %s = %s;" % (ch(["API_KEY", "apiKey", "KEY"]), jsv(vv)), "",
          "app.get('/api/%s', async (req, res) => {" % topic,
          "  try {",
          "    const { data } = await axios.get('%s', {" % fill(url),
          "      params: { %s%s: %s }," % ("".join("%s: '%s', " % tuple(kv.split("=", 1)) for kv in ex.split("&") if "=" in kv), param,
                                           ch(["API_KEY", "apiKey", "KEY"]) if False else "undefined"),
          "    });", "    res.json(data);", "  } catch (err) {",
          "    console.error(err.message);", "    res.status(500).json({ error: 'upstream failed' });", "  }", "});", "",
          "app.listen(PORT, () => console.log(`Server running on port ${PORT}`));"]
    # fix the param reference to the key var
    keyvar = L[[i for i, l in enumerate(L) if l.startswith("const ") and "= require" not in l and "PORT" not in l and "app" not in l][0]].split()[1]
    L = [l.replace(": undefined }", ": %s }" % keyvar) for l in L]
    return ch(["server.js", "index.js", "backend/server.js", "api/index.js"]), "\n".join(L) + "\n"


def t_java_android(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode != "input" else V("env", env=envs[0])
    pkg = "com.%s.%s" % (ch(["example" if False else "jdev", "student", "myapps", "hobby", "kt"]), ch(APPNAMES).replace("-", "").lower())
    ex = fill(extra)
    L = ["package %s;" % pkg, "", "import android.os.Bundle;", "import android.util.Log;",
         "import android.widget.TextView;", "import androidx.appcompat.app.AppCompatActivity;",
         "import com.android.volley.Request;", "import com.android.volley.RequestQueue;",
         "import com.android.volley.toolbox.StringRequest;", "import com.android.volley.toolbox.Volley;", "",
         "public class MainActivity extends AppCompatActivity {", "",
         '    private static final String TAG = "MainActivity";',
         "    private static final String %s = %s;" % (ch(["API_KEY", "KEY", "APP_ID", "apiKey"]), javav(vv)),
         '    private static final String BASE = "%s";' % fill(url), "",
         "    private TextView resultView;", "",
         "    @Override", "    protected void onCreate(Bundle savedInstanceState) {",
         "        super.onCreate(savedInstanceState);", "        setContentView(R.layout.activity_main);",
         "        resultView = findViewById(R.id.result);", "        loadData();", "    }", "",
         "    private void loadData() {", "        RequestQueue queue = Volley.newRequestQueue(this);",
         '        String url = BASE + "?%s&%s=" + %s;' % (ex, param, "KEYVAR"),
         "        StringRequest req = new StringRequest(Request.Method.GET, url,",
         "                response -> resultView.setText(response),",
         '                error -> Log.e(TAG, "request failed", error));',
         "        queue.add(req);", "    }", "}"]
    keyvar = L[14].split()[4]
    L = [l.replace("KEYVAR", keyvar) for l in L]
    return "app/src/main/java/%s/MainActivity.java" % pkg.replace(".", "/"), "\n".join(L) + "\n"


def t_kotlin(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode != "input" else V("env", env=envs[0])
    if vv.mode == "env":
        val = "BuildConfig.%s" % vv.env
    else:
        val = '"%s"' % vv.s
    pkg = "com.%s.%s" % (ch(["dev", "student", "hobby"]), ch(APPNAMES).replace("-", "").lower())
    L = ["package %s.data" % pkg, "", "import retrofit2.Retrofit", "import retrofit2.converter.gson.GsonConverterFactory",
         "import retrofit2.http.GET", "import retrofit2.http.Query", "",
         "object Constants {", "    const val BASE_URL = \"%s/\"" % "/".join(fill(url).split("/")[:3]),
         "    %s %s = %s" % ("const val" if vv.mode == "lit" else "val", ch(["API_KEY", "APP_ID", "KEY"]), val),
         "    const val PAGE_SIZE = %d" % ch([10, 20]), "}", "",
         "interface ApiService {", '    @GET("%s")' % "/".join(fill(url).split("/")[3:]),
         "    suspend fun fetch(", '        @Query("%s") key: String = Constants.%s,' % (param, "KEYREF"),
         '        @Query("q") query: String', "    ): Map<String, Any>", "}", "",
         "object RetrofitClient {", "    val api: ApiService by lazy {", "        Retrofit.Builder()",
         "            .baseUrl(Constants.BASE_URL)", "            .addConverterFactory(GsonConverterFactory.create())",
         "            .build()", "            .create(ApiService::class.java)", "    }", "}"]
    kr = L[9].split("=")[0].split()[-1]
    L = [l.replace("KEYREF", kr) for l in L]
    return "app/src/main/java/%s/data/Api.kt" % pkg.replace(".", "/"), "\n".join(L) + "\n"


def t_csharp(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode != "input" else V("env", env=envs[0])
    ns = ch(APPNAMES).replace("-", "").title()
    ex = fill(extra)
    L = ["using System;", "using System.Net.Http;", "using System.Threading.Tasks;", "", "namespace %s" % ns, "{",
         "    class Program", "    {", "        static readonly HttpClient client = new HttpClient();",
         "        const string BaseUrl = \"%s\";" % fill(url),
         "        static %s %s = %s;" % ("readonly string" if vv.mode == "env" else ch(["readonly string", "string"]),
                                       ch(["ApiKey", "Key", "AppId"]), csv_(vv)), "",
         "        static async Task Main(string[] args)", "        {",
         '            Console.Write("Enter %s: ");' % ch(["a city", "a movie", "a symbol"]),
         "            var term = Console.ReadLine();",
         '            var url = $"{BaseUrl}?%s&%s={KEYREF}";' % (ex, param),
         "            try", "            {", "                var body = await client.GetStringAsync(url);",
         "                Console.WriteLine(body);", "            }", "            catch (HttpRequestException e)",
         "            {", '                Console.WriteLine("Request failed: " + e.Message);', "            }",
         "        }", "    }", "}"]
    kr = L[10].split("=")[0].split()[-1]
    L = [l.replace("KEYREF", kr) for l in L]
    return ch(["Program.cs", "%s/Program.cs" % ns]), "\n".join(L) + "\n"


def t_arduino(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode == "lit" else V("lit", s=placeholder(prov, "x" * 32))
    host = fill(url).split("/")[2]
    pathq = "/" + "/".join(fill(url).split("/")[3:]) + "?" + fill(extra) + "&" + param + "="
    L = ["#include <WiFi.h>" if R.random() < 0.5 else "#include <ESP8266WiFi.h>", "#include <HTTPClient.h>",
         "#include <ArduinoJson.h>", '#include "arduino_secrets.h"  // SECRET_SSID / SECRET_PASS', "",
         "char ssid[] = SECRET_SSID;", "char pass[] = SECRET_PASS;", "",
         'String %s = "%s";' % (ch(["apiKey", "openWeatherMapApiKey", "appid", "key"]), vv.s),
         'String host = "%s";' % host, "", "unsigned long lastTime = 0;",
         "unsigned long timerDelay = %d;" % ch([10000, 60000, 600000]), "",
         "void setup() {", "  Serial.begin(115200);", "  WiFi.begin(ssid, pass);",
         "  while (WiFi.status() != WL_CONNECTED) {", "    delay(500);", '    Serial.print(".");', "  }",
         '  Serial.println("\\nConnected, IP: " + WiFi.localIP().toString());', "}", "",
         "void loop() {", "  if ((millis() - lastTime) > timerDelay) {", "    HTTPClient http;",
         '    String serverPath = "https://" + host + "%s" + KEYREF;' % pathq,
         "    http.begin(serverPath.c_str());", "    int code = http.GET();", "    if (code > 0) {",
         "      String payload = http.getString();", "      Serial.println(payload);", "    }",
         "    http.end();", "    lastTime = millis();", "  }", "}"]
    kr = L[8].split()[1]
    L = [l.replace("KEYREF", kr) for l in L]
    sk = ch(["WeatherStation", "esp32_weather", "TickerDisplay", "NewsTicker"])
    return ch(["%s/%s.ino" % (sk, sk), "sketch.ino", "src/main.ino"]), "\n".join(L) + "\n"


def t_arduino_secrets(prov, p, v):
    """arduino_secrets.h - the Wi-Fi password is the credential (provider wifi)."""
    vv = v if v.mode == "lit" else V("lit", s=placeholder("wifi", "x"))
    ssid = ch(["MyHomeWiFi", "NETGEAR%02d" % R.randint(10, 99), "TP-Link_%s" % rs(HEXU, 4), "Vodafone-%s" % rs(UALNUM, 6),
               "SKY%s" % rs(UALNUM, 5), "casa_%s" % ch(WORDS), "Livebox-%s" % rs(HEXU, 4)])
    L = ["// arduino_secrets.h", "// keep this file out of the repo!!", "", '#define SECRET_SSID "%s"' % ssid,
         '#define SECRET_PASS "%s"' % vv.s, "", "// MQTT broker on the raspberry pi",
         '#define MQTT_HOST "192.168.%d.%d"' % (R.randint(0, 2), R.randint(2, 250)), "#define MQTT_PORT 1883",
         '#define DEVICE_NAME "%s"' % ch(["greenhouse-1", "plant-monitor", "garage-door", "desk-clock"])]
    return ch(["arduino_secrets.h", "src/secrets.h", "include/secrets.h"]), "\n".join(L) + "\n"


def nb_cell(src_lines, code=True, outputs=None, cid=None):
    src = [l + "\n" for l in src_lines[:-1]] + [src_lines[-1]]
    c = {"cell_type": "code" if code else "markdown", "metadata": {}, "source": src}
    if cid:
        c["id"] = cid
    if code:
        c["execution_count"] = R.randint(1, 40)
        c["outputs"] = outputs or []
    return c


def notebook(cells, colab=False):
    meta = {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": ch(["3.10.12", "3.11.4", "3.9.16"])}}
    if colab:
        meta["colab"] = {"provenance": [], "name": ch(APPNAMES) + ".ipynb"}
    nb = {"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": ch([0, 4, 5])}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def t_notebook(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    colab = R.random() < 0.5
    vv = v
    if vv.mode == "env" and colab:
        imp = "from google.colab import userdata"
        val = pyv(vv, quote="'", colab=True)
    else:
        imp = "import os" if vv.mode == "env" else ("import getpass" if vv.mode == "input" else "import pandas as pd")
        val = pyv(vv, quote="'")
    if "config(" in val:
        val = 'os.getenv("%s")' % vv.env
    var = pyname("API_KEY")
    cid = (lambda: rs(ALNUM, 12)) if colab else (lambda: None)
    cells = [nb_cell(["# %s exploration" % topic.title(), "", "Pulling data from the API for my %s project." % ch(["data science", "bootcamp", "class"])], code=False, cid=cid()),
             nb_cell(["import requests", "import json", imp], cid=cid()),
             nb_cell(["%s = %s" % (var, val), "url = '%s'" % fill(url)], cid=cid()),
             nb_cell(["params = {'%s': %s}" % (param, var), "r = requests.get(url + '?%s', params=params)" % fill(extra), "r.status_code"],
                     outputs=[{"data": {"text/plain": ["200"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}], cid=cid()),
             nb_cell(["data = r.json()", "print(json.dumps(data, indent=2)[:300])"], cid=cid())]
    return ch(["notebooks/%s.ipynb" % topic, "%s_analysis.ipynb" % topic, "Untitled%d.ipynb" % R.randint(1, 9), "%s.ipynb" % ch(APPNAMES)]), notebook(cells, colab)


def t_readme(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode == "lit" else V("lit", s=placeholder(prov, "x" * 32))
    ex = fill(extra)
    L = ["# %s" % ch(APPNAMES), "", "A small %s app I built to learn %s." % (topic, ch(["APIs", "React", "Python", "fetch", "async/await"])), "",
         "## Setup", "", "```bash", "git clone https://github.com/%s/%s.git" % (ch(USERS), ch(APPNAMES)),
         "cd %s" % ch(APPNAMES), ch(["pip install -r requirements.txt", "npm install"]), "```", "",
         "## Quick test", "", "```bash", 'curl "%s?%s%s%s=%s"' % (fill(url), ex, "&" if ex else "", param, vv.s), "```", "",
         "## Features", "", "- search by %s" % ch(["city", "title", "keyword"]), "- dark mode", "- %s" % ch(["caching", "favorites", "charts"]), "",
         "## License", "", "MIT"]
    return ch(["README.md", "docs/README.md", "NOTES.md"]), "\n".join(L) + "\n"


def t_shell(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    env = ch(envs)
    if v.mode == "lit":
        line = '%s="%s"' % (env, v.s)
    elif v.mode == "input":
        line = 'read -rsp "API key: " %s; echo' % env
    else:
        line = ': "${%s:?set %s first}"' % (env, env)
    ex = fill(extra)
    L = ["#!/usr/bin/env bash", "# %s" % ch(["fetch data every morning via cron", "quick script", "get %s" % topic]),
         "set -euo pipefail", "", line, 'OUT="${HOME}/%s/$(date +%%F).json"' % topic, 'mkdir -p "$(dirname "$OUT")"', "",
         'curl -s "%s?%s%s%s=${%s}" -o "$OUT"' % (fill(url), ex, "&" if ex else "", param, env),
         'echo "saved to $OUT"', "jq '.' \"$OUT\" | head -n 20"]
    return ch(["fetch.sh", "scripts/update.sh", "cron/daily.sh", "run.sh"]), "\n".join(L) + "\n"


def t_php(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    if v.mode == "lit":
        val = "'%s'" % v.s
    else:
        val = "getenv('%s')" % (v.env or envs[0])
    ex = fill(extra)
    L = ["<?php", "// %s widget" % topic, "$%s = %s;" % (ch(["apiKey", "key", "appid"]), val),
         "$term = isset($_GET['q']) ? urlencode($_GET['q']) : '%s';" % ch(CITIES),
         "$url = \"%s?%s&%s=\" . KEYREF;" % (fill(url), ex, param),
         "$json = @file_get_contents($url);", "$data = $json ? json_decode($json, true) : null;", "?>",
         "<!doctype html>", "<html><body>", "<h1><?= htmlspecialchars($term) ?></h1>",
         "<?php if ($data): ?>", "  <pre><?= htmlspecialchars(print_r($data, true)) ?></pre>",
         "<?php else: ?>", "  <p>Could not load data.</p>", "<?php endif; ?>", "</body></html>"]
    kr = L[2].split()[0]
    L = [l.replace("KEYREF", kr) for l in L]
    return ch(["index.php", "widget.php", "public/%s.php" % topic]), "\n".join(L) + "\n"


def t_dart(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    if v.mode == "lit":
        val = "'%s'" % v.s
    else:
        val = "String.fromEnvironment('%s')" % (v.env or envs[0])
    L = ["// lib/utils/constants.dart", "", "class Constants {",
         "  static const String baseUrl = '%s';" % fill(url),
         "  static const String %s = %s;" % (ch(["apiKey", "appId", "key"]), val),
         "  static const String defaultCity = '%s';" % ch(CITIES),
         "  static const int timeoutSeconds = %d;" % ch([10, 15, 30]), "}", "",
         "const kPrimaryColor = 0xFF%s;" % rs(HEXU, 6), "const kAppName = '%s';" % ch(APPNAMES)]
    return "lib/utils/constants.dart", "\n".join(L) + "\n"


def t_go(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    if v.mode == "lit":
        decl = 'const apiKey = "%s"' % v.s
        use = "apiKey"
    else:
        decl = 'var apiKey = os.Getenv("%s")' % (v.env or envs[0])
        use = "apiKey"
    L = ["package main", "", "import (", '\t"encoding/json"', '\t"fmt"', '\t"net/http"', '\t"os"', ")", "", decl, "",
         "func main() {", '\turl := fmt.Sprintf("%s?%s&%s=%%s", %s)' % (fill(url), fill(extra), param, use),
         "\tresp, err := http.Get(url)", "\tif err != nil {", "\t\tfmt.Fprintln(os.Stderr, err)", "\t\tos.Exit(1)", "\t}",
         "\tdefer resp.Body.Close()", "\tvar out map[string]interface{}", "\tjson.NewDecoder(resp.Body).Decode(&out)",
         '\tfmt.Printf("%+v\\n", out)', "}"]
    return ch(["main.go", "cmd/%s/main.go" % topic]), "\n".join(L) + "\n"


def t_toml_streamlit(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode == "lit" else V("lit", s=placeholder(prov, "x" * 32))
    L = ["# .streamlit/secrets.toml", "", '%s = "%s"' % (ch(envs).lower() if R.random() < 0.5 else ch(envs), vv.s), "",
         "[app]", 'title = "%s"' % ch(APPNAMES), 'default_query = "%s"' % ch(CITIES + SYMS + QUERIES), "cache_ttl = %d" % ch([300, 600, 3600])]
    path = ".streamlit/secrets.toml" if v.mode == "lit" else ch([".streamlit/secrets.toml.example", "secrets.example.toml"])
    return path, "\n".join(L) + "\n"


def t_dotenv(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode == "lit" else V("lit", s=placeholder(prov, "x" * 32))
    env = ch(envs)
    if R.random() < 0.3:
        env = "REACT_APP_" + env
    L = ["# %s" % ch(["local settings", "API keys", "copy to .env and fill in"]), "PORT=%d" % ch([3000, 5000, 8000]),
         "NODE_ENV=development", "%s=%s" % (env, vv.s), "DEFAULT_CITY=%s" % ch(CITIES), "CACHE_TTL=%d" % ch([60, 600])]
    if v.mode == "lit":
        path = ch([".env", "backend/.env", ".env.local", "server/.env"])
    else:
        path = ch([".env.example", ".env.sample", "env.example", ".env.template"])
    return path, "\n".join(L) + "\n"


def t_json_config(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    vv = v if v.mode == "lit" else V("lit", s=placeholder(prov, "x" * 32))
    cfg = {"appName": ch(APPNAMES), "version": "%d.%d.%d" % (R.randint(0, 2), R.randint(0, 9), R.randint(0, 20)),
           "api": {"baseUrl": fill(url), ch(["key", "apiKey", "token", param]): vv.s, "timeoutMs": ch([5000, 8000])},
           "ui": {"theme": ch(["dark", "light"]), "units": ch(["metric", "imperial"])}}
    if R.random() < 0.5:
        cfg = {"Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*",
               ch(["WeatherApi", "MovieApi", "Api"]): {"BaseUrl": fill(url), "ApiKey": vv.s}}
        return ch(["appsettings.json", "appsettings.Development.json"]), json.dumps(cfg, indent=2) + "\n"
    return ch(["config.json", "src/config.json", "settings.json"]), json.dumps(cfg, indent=ch([2, 4])) + "\n"


def t_pygame(prov, p, v):
    kind, _, url, param, extra, topic, envs = p
    val = pyv(v) if v.mode != "input" else pyv(V("env", env=envs[0], style=0))
    L = ["import pygame", "import requests", "import threading"]
    if v.mode != "lit":
        L.append("import os")
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "WIDTH, HEIGHT = %d, %d" % (ch([640, 800]), ch([480, 600])), "FPS = 60",
          "%s = %s" % (pyname("API_KEY"), val), ""]
    var = L[-2].split(" = ")[0]
    L += ["state = {'text': 'loading...'}", "", "def refresh():",
          "    try:",
          "        r = requests.get('%s', params={'%s': %s}, timeout=5)" % (fill(url), param, var),
          "        state['text'] = str(r.json())[:60]",
          "    except Exception as e:",
          "        state['text'] = 'offline: %s' % e", "", "",
          "pygame.init()", "screen = pygame.display.set_mode((WIDTH, HEIGHT))",
          "pygame.display.set_caption('%s')" % ch(APPNAMES), "clock = pygame.time.Clock()",
          "font = pygame.font.SysFont('consolas', 18)", "threading.Thread(target=refresh, daemon=True).start()", "",
          "running = True", "while running:", "    for event in pygame.event.get():",
          "        if event.type == pygame.QUIT:", "            running = False",
          "    screen.fill((%d, %d, %d))" % (R.randint(0, 60), R.randint(0, 60), R.randint(40, 120)),
          "    screen.blit(font.render(state['text'], True, (255, 255, 255)), (20, 20))",
          "    pygame.display.flip()", "    clock.tick(FPS)", "", "pygame.quit()"]
    return ch(["game.py", "main.py", "%s_screen.py" % topic]), "\n".join(L) + "\n"


QTEMPLATES = [t_py_requests, t_py_params, t_py_tkinter, t_py_flask, t_py_config, t_js_react_fetch, t_js_keys_module,
              t_vue, t_html, t_express, t_java_android, t_kotlin, t_csharp, t_arduino, t_notebook, t_readme, t_shell,
              t_php, t_dart, t_go, t_toml_streamlit, t_dotenv, t_json_config, t_pygame]


# ---------------------------------------------------------------------------- provider-specific templates
# fn(v) -> (relpath, text); v is V for the secret slot
def h_openai_py(v):
    val = pyv(v)
    L = ["import os" if v.mode != "lit" else "import sys", "from openai import OpenAI"]
    if "config(" in val:
        L.append("from decouple import config")
    if v.mode == "input":
        L.append("import getpass")
    mdl = ch(["gpt-4o-mini", "gpt-3.5-turbo", "gpt-4o", "gpt-4.1-mini"])
    L += ["", "client = OpenAI(api_key=%s)" % val, "", "history = [{\"role\": \"system\", \"content\": \"You are a %s.\"}]" % ch(["helpful assistant", "pirate", "friendly tutor", "sarcastic robot"]), "",
          "while True:", '    user = input("You: ")', '    if user.lower() in ("quit", "exit"):', "        break",
          '    history.append({"role": "user", "content": user})',
          "    resp = client.chat.completions.create(model=\"%s\", messages=history)" % mdl,
          "    answer = resp.choices[0].message.content", '    history.append({"role": "assistant", "content": answer})',
          '    print("Bot:", answer)']
    if R.random() < 0.4:
        L = [l.replace("client = OpenAI(api_key=%s)" % val, "import openai\nopenai.api_key = %s\nclient = OpenAI(api_key=openai.api_key)" % val) for l in L]
    return ch(["chatbot.py", "bot.py", "main.py", "gpt_cli.py", "assistant/chat.py"]), "\n".join(L) + "\n"


def h_openai_nb(v):
    colab = R.random() < 0.5
    if v.mode == "env":
        imp = "from google.colab import userdata" if colab else "import os"
        val = pyv(v, quote="'", colab=colab)
        if "config(" in val:
            val = 'os.getenv("%s")' % v.env
    else:
        imp = "import getpass" if v.mode == "input" else "import textwrap"
        val = pyv(v, quote="'")
    cells = [nb_cell(["!pip install -q openai"], outputs=[]),
             nb_cell([imp, "from openai import OpenAI", "", "client = OpenAI(api_key=%s)" % val]),
             nb_cell(["def ask(q):", "    r = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role':'user','content':q}])",
                      "    return r.choices[0].message.content"]),
             nb_cell(["print(ask('Summarize the plot of %s in 3 sentences'))" % ch(QUERIES)])]
    return ch(["chatgpt_demo.ipynb", "notebooks/llm.ipynb", "Copy_of_ChatGPT_API.ipynb"]), notebook(cells, colab)


def h_gemini_py(v):
    val = pyv(v)
    L = ["import google.generativeai as genai"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "genai.configure(api_key=%s)" % val, "model = genai.GenerativeModel(%r)" % ch(["gemini-1.5-flash", "gemini-pro", "gemini-2.0-flash"]),
          "chat = model.start_chat(history=[])", "", "print('Gemini chat - type q to quit')", "while True:",
          "    msg = input('> ')", "    if msg == 'q':", "        break", "    print(chat.send_message(msg).text)"]
    return ch(["gemini_bot.py", "ai.py", "main.py"]), "\n".join(L) + "\n"


def h_groq_py(v):
    val = pyv(v)
    L = ["from groq import Groq"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "client = Groq(api_key=%s)" % val, "", "completion = client.chat.completions.create(",
          "    model=%r," % ch(["llama3-8b-8192", "llama-3.1-8b-instant", "mixtral-8x7b-32768"]),
          "    messages=[{\"role\": \"user\", \"content\": \"%s\"}]," % ch(["Tell me a joke", "Explain recursion simply", "Write a haiku about rain"]),
          "    temperature=%.1f," % R.uniform(0.2, 1.0), ")", "print(completion.choices[0].message.content)"]
    return ch(["groq_test.py" if False else "groq_chat.py", "llm.py", "app/llm.py"]), "\n".join(L) + "\n"


def h_hf_py(v):
    val = pyv(v)
    L = ["from huggingface_hub import login", "from transformers import pipeline"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "login(token=%s)" % val, "", "gen = pipeline('text-generation', model=%r)" % ch(["meta-llama/Llama-3.2-1B", "mistralai/Mistral-7B-Instruct-v0.2", "gpt2"]),
          "print(gen('Once upon a time', max_new_tokens=%d)[0]['generated_text'])" % ch([40, 80])]
    return ch(["hf_generate.py", "run_model.py", "llm/hf.py"]), "\n".join(L) + "\n"


def h_anthropic_js(v):
    L = ["import Anthropic from '@anthropic-ai/sdk';", "", "const anthropic = new Anthropic({",
         "  apiKey: %s," % jsv(v if v.mode != "input" else V("env", env="ANTHROPIC_API_KEY")), "});", "",
         "async function main() {", "  const msg = await anthropic.messages.create({",
         "    model: '%s'," % ch(["claude-3-haiku-20240307", "claude-3-5-sonnet-20240620"]), "    max_tokens: %d," % ch([256, 1024]),
         "    messages: [{ role: 'user', content: 'Give me a study plan for %s' }]," % ch(["calculus", "JavaScript", "Spanish"]),
         "  });", "  console.log(msg.content[0].text);", "}", "", "main();"]
    return ch(["index.mjs", "claude.js", "src/ai.js"]), "\n".join(L) + "\n"


def h_rapidapi_js(v):
    host = ch(["weatherapi-com.p.rapidapi.com", "imdb8.p.rapidapi.com", "api-football-v1.p.rapidapi.com",
               "spotify23.p.rapidapi.com", "youtube-mp36.p.rapidapi.com", "moviesdatabase.p.rapidapi.com",
               "exercisedb.p.rapidapi.com", "yahoo-finance15.p.rapidapi.com"])
    vv = v if v.mode != "input" else V("env", env="RAPIDAPI_KEY")
    L = ["const url = 'https://%s/%s';" % (host, ch(["current.json?q=%s" % ch(CITIES), "auto-complete?q=%s" % ch(QUERIES).replace(" ", "%20"), "v3/fixtures?live=all", "exercises/bodyPart/back"])),
         "const options = {", "  method: 'GET',", "  headers: {", "    'X-RapidAPI-Key': %s," % jsv(vv),
         "    'X-RapidAPI-Host': '%s'" % host, "  }", "};", "", "export async function getData() {", "  try {",
         "    const response = await fetch(url, options);", "    const result = await response.json();",
         "    return result;", "  } catch (error) {", "    console.error(error);", "  }", "}"]
    return ch(["src/api/rapid.js", "src/utils/fetchData.js", "fetchData.js", "src/services/api.js"]), "\n".join(L) + "\n"


def h_rapidapi_py(v):
    val = pyv(v)
    host = ch(["weatherapi-com.p.rapidapi.com", "imdb8.p.rapidapi.com", "api-nba-v1.p.rapidapi.com", "google-translate1.p.rapidapi.com"])
    L = ["import requests"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", 'url = "https://%s/%s"' % (host, ch(["current.json", "title/find", "games", "language/translate/v2"])), "",
          'querystring = {"q": "%s"}' % ch(CITIES + QUERIES), "", "headers = {",
          '    "X-RapidAPI-Key": %s,' % val, '    "X-RapidAPI-Host": "%s"' % host, "}", "",
          "response = requests.get(url, headers=headers, params=querystring)", "print(response.json())"]
    return ch(["rapid.py", "api_call.py", "utils/rapidapi.py"]), "\n".join(L) + "\n"


def h_tmdb4_js(v):
    vv = v if v.mode != "input" else V("env", env="TMDB_READ_TOKEN")
    if vv.mode == "lit":
        auth = "'Bearer %s'" % vv.s
    else:
        auth = "`Bearer ${%s}`" % jsv(vv)
    L = ["import axios from 'axios';", "", "const tmdb = axios.create({", "  baseURL: 'https://api.themoviedb.org/3',",
         "  headers: {", "    accept: 'application/json',", "    Authorization: %s," % auth, "  },", "});", "",
         "export const getTrending = () => tmdb.get('/trending/movie/%s');" % ch(["day", "week"]),
         "export const searchMovies = (q) => tmdb.get('/search/movie', { params: { query: q } });",
         "export const getMovie = (id) => tmdb.get(`/movie/${id}`);",
         "export const IMG_BASE = 'https://image.tmdb.org/t/p/w500';", "", "export default tmdb;"]
    return ch(["src/api/tmdb.js", "src/services/tmdb.js", "src/lib/tmdb.ts"]), "\n".join(L) + "\n"


def h_cmc_py(v):
    val = pyv(v)
    L = ["from requests import Session", "import json"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "url = 'https://pro-api.coinmarketcap.com/v1/cryptocurrency/listings/latest'",
          "parameters = {'start': '1', 'limit': '%d', 'convert': '%s'}" % (ch([10, 50, 100]), ch(["USD", "EUR"])),
          "headers = {", "  'Accepts': 'application/json',", "  'X-CMC_PRO_API_KEY': %s," % val, "}", "",
          "session = Session()", "session.headers.update(headers)", "", "response = session.get(url, params=parameters)",
          "data = json.loads(response.text)", "for coin in data['data']:", "    print(coin['symbol'], round(coin['quote']['%s']['price'], 2))" % "USD"]
    return ch(["crypto.py", "cmc_prices.py", "portfolio/prices.py"]), "\n".join(L) + "\n"


def h_sendgrid_js(v):
    vv = v if v.mode != "input" else V("env", env="SENDGRID_API_KEY")
    L = ["const express = require('express');", "const sgMail = require('@sendgrid/mail');", "const router = express.Router();", "",
         "sgMail.setApiKey(%s);" % jsv(vv), "", "router.post('/contact', async (req, res) => {",
         "  const { name, email, message } = req.body;", "  const msg = {",
         "    to: '%s@%s'," % (ch(NAMES).lower(), ch(["gmail.com", "outlook.com", "proton.me"])),
         "    from: 'noreply@%s.dev'," % ch(APPNAMES).replace("-", ""),
         "    subject: `New message from ${name}`,", "    text: `${message}\\n\\nReply to: ${email}`,", "  };",
         "  try {", "    await sgMail.send(msg);", "    res.json({ ok: true });", "  } catch (e) {",
         "    console.error(e.response ? e.response.body : e);", "    res.status(500).json({ ok: false });", "  }", "});", "",
         "module.exports = router;"]
    return ch(["routes/contact.js", "server/routes/mail.js", "api/contact.js"]), "\n".join(L) + "\n"


def h_sendgrid_py(v):
    val = pyv(v)
    L = ["from sendgrid import SendGridAPIClient", "from sendgrid.helpers.mail import Mail"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "SENDGRID_KEY = %s" % val, "", "def send_contact(name, email, body):",
          "    message = Mail(", "        from_email='contact@%s.com'," % ch(WORDS),
          "        to_emails='%s.%s@gmail.com'," % (ch(NAMES).lower(), ch(WORDS)),
          "        subject=f'Portfolio contact: {name}',", "        html_content=f'<p>{body}</p><p>from {email}</p>')",
          "    sg = SendGridAPIClient(SENDGRID_KEY)", "    return sg.send(message).status_code"]
    return ch(["mailer.py", "contact/email.py", "utils/mail.py"]), "\n".join(L) + "\n"


def h_discord_py(v):
    val = pyv(v)
    L = ["import discord", "from discord.ext import commands"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "intents = discord.Intents.default()", "intents.message_content = True",
          "bot = commands.Bot(command_prefix='%s', intents=intents)" % ch(["!", "?", "$", "."]), "",
          "GUILD_ID = %s" % snowflake(), "WELCOME_CHANNEL = %s" % snowflake(), "",
          "@bot.event", "async def on_ready():", "    print(f'Logged in as {bot.user} (ID: {bot.user.id})')", "",
          "@bot.command()", "async def ping(ctx):", "    await ctx.send(f'Pong! {round(bot.latency * 1000)}ms')", "",
          "@bot.command()", "async def roll(ctx, sides: int = 6):", "    import random",
          "    await ctx.send(f'🎲 {random.randint(1, sides)}')", "", "@bot.event", "async def on_member_join(member):",
          "    ch = bot.get_channel(WELCOME_CHANNEL)", "    await ch.send(f'Welcome {member.mention}!')", ""]
    if R.random() < 0.5:
        L += ["bot.run(%s)" % val]
    else:
        L.insert(3, "TOKEN = %s" % val)
        L += ["bot.run(TOKEN)"]
    return ch(["bot.py", "main.py", "discord_bot/bot.py", "cogs/../bot.py"]).replace("cogs/../", ""), "\n".join(L) + "\n"


def h_discord_js(v):
    vv = v if v.mode != "input" else V("env", env="DISCORD_TOKEN")
    L = ["const { Client, GatewayIntentBits } = require('discord.js');", "",
         "const client = new Client({", "  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],", "});", "",
         "const CLIENT_ID = '%s';" % snowflake(), "const GUILD_ID = '%s';" % snowflake(), "",
         "client.once('ready', () => {", "  console.log(`Ready! Logged in as ${client.user.tag}`);", "});", "",
         "client.on('messageCreate', (msg) => {", "  if (msg.author.bot) return;",
         "  if (msg.content === '!hello') msg.reply('hey there 👋');", "});", "", "client.login(%s);" % jsv(vv)]
    if vv.mode == "env":
        L.insert(0, "require('dotenv').config();")
    return ch(["index.js", "bot.js", "src/index.js"]), "\n".join(L) + "\n"


def h_discord_config_json(v):
    vv = v if v.mode == "lit" else V("lit", s=placeholder("discord", "x" * 70))
    cfg = {"token": vv.s, "clientId": snowflake(), "guildId": snowflake(), "prefix": ch(["!", "?"]),
           "ownerId": snowflake()}
    return ch(["config.json", "src/config.json"]), json.dumps(cfg, indent=ch([2, 4])) + "\n"


def h_discord_java(v):
    vv = v if v.mode != "input" else V("env", env="DISCORD_TOKEN")
    L = ["import net.dv8tion.jda.api.JDABuilder;", "import net.dv8tion.jda.api.events.message.MessageReceivedEvent;",
         "import net.dv8tion.jda.api.hooks.ListenerAdapter;", "import net.dv8tion.jda.api.requests.GatewayIntent;", "",
         "public class Bot extends ListenerAdapter {", "",
         "    public static void main(String[] args) throws Exception {",
         "        String token = %s;" % javav(vv), "        JDABuilder.createDefault(token)",
         "                .enableIntents(GatewayIntent.MESSAGE_CONTENT)", "                .addEventListeners(new Bot())",
         "                .build();", "    }", "", "    @Override",
         "    public void onMessageReceived(MessageReceivedEvent event) {",
         "        if (event.getAuthor().isBot()) return;",
         '        if (event.getMessage().getContentRaw().equals("!ping")) {',
         '            event.getChannel().sendMessage("pong").queue();', "        }", "    }", "}"]
    return "src/main/java/Bot.java", "\n".join(L) + "\n"


def h_telegram_py(v):
    val = pyv(v)
    lib = R.random()
    L = (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    if lib < 0.5:
        L = ["import telebot"] + L + ["", "bot = telebot.TeleBot(%s)" % val, "",
                                     "@bot.message_handler(commands=['start', 'help'])", "def send_welcome(message):",
                                     "    bot.reply_to(message, \"Hi! I'm a %s bot.\")" % ch(["weather", "reminder", "quote", "todo"]), "",
                                     "@bot.message_handler(func=lambda m: True)", "def echo_all(message):",
                                     "    bot.reply_to(message, message.text)", "", "bot.infinity_polling()"]
    else:
        L = ["from telegram import Update", "from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes"] + L + [
            "", "TOKEN = %s" % val, "ADMIN_CHAT_ID = %d" % R.randint(100000000, 999999999), "",
            "async def start(update: Update, context: ContextTypes.DEFAULT_TYPE):",
            "    await update.message.reply_text(f'Hello {update.effective_user.first_name}')", "",
            "if __name__ == '__main__':", "    app = ApplicationBuilder().token(TOKEN).build()",
            "    app.add_handler(CommandHandler('start', start))", "    app.run_polling()"]
    return ch(["telegram_bot.py", "bot.py", "tg/main.py"]), "\n".join(L) + "\n"


def h_telegram_curl(v):
    if v.mode == "lit":
        tok = v.s
        decl = 'BOT_TOKEN="%s"' % tok
    else:
        decl = ': "${BOT_TOKEN:?missing}"'
    L = ["#!/bin/sh", "# notify me when the backup finishes", decl, "CHAT_ID=%d" % R.randint(100000000, 999999999), "",
         'MSG="Backup done on $(hostname) at $(date +%H:%M)"',
         'curl -s -X POST "https://api.telegram.org/bot${BOT_TOKEN}/sendMessage" \\',
         '     -d chat_id="$CHAT_ID" -d text="$MSG" > /dev/null']
    return ch(["notify.sh", "scripts/tg_notify.sh"]), "\n".join(L) + "\n"


def h_twilio_py(v):
    val = pyv(v)
    sid = k_twilio_sid()
    L = ["from twilio.rest import Client", "import time"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "account_sid = '%s'" % sid, "auth_token = %s" % val,
          "FROM_NUMBER = '+1%d'" % R.randint(2012000000, 9899999999), "TO_NUMBER = '+%d'" % R.randint(10000000000, 99999999999), "",
          "client = Client(account_sid, auth_token)", "",
          "def alarm(reading):", "    msg = client.messages.create(",
          "        body=f'⚠️ %s alert: {reading}'," % ch(["Water level", "Temperature", "Motion", "Door"]),
          "        from_=FROM_NUMBER,", "        to=TO_NUMBER)", "    print('sent', msg.sid)", "",
          "while True:", "    value = read_sensor()  # noqa", "    if value > %d:" % R.randint(30, 90), "        alarm(value)",
          "    time.sleep(%d)" % ch([5, 30, 60])]
    return ch(["sms_alarm.py", "alert.py", "pi/alarm.py"]), "\n".join(L) + "\n"


def h_twilio_js(v):
    vv = v if v.mode != "input" else V("env", env="TWILIO_AUTH_TOKEN")
    L = ["const accountSid = '%s';" % k_twilio_sid(), "const authToken = %s;" % jsv(vv),
         "const client = require('twilio')(accountSid, authToken);", "",
         "client.messages", "  .create({", "    body: 'Your order #%d is ready for pickup!'," % R.randint(100, 9999),
         "    from: '+1%d'," % R.randint(2012000000, 9899999999), "    to: '+1%d'," % R.randint(2012000000, 9899999999),
         "  })", "  .then((message) => console.log(message.sid));"]
    return ch(["sendSms.js", "twilio.js", "utils/sms.js"]), "\n".join(L) + "\n"


def h_spotify_py(v):
    val = pyv(v)
    L = ["import spotipy", "from spotipy.oauth2 import SpotifyClientCredentials"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "CLIENT_ID = '%s'" % rs(HEXL, 32), "CLIENT_SECRET = %s" % val, "",
          "sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(client_id=CLIENT_ID, client_secret=CLIENT_SECRET))", "",
          "playlist = 'spotify:playlist:%s'" % rs(ALNUM, 22), "results = sp.playlist_items(playlist)",
          "for i, item in enumerate(results['items']):", "    t = item['track']",
          "    print(i + 1, t['artists'][0]['name'], '-', t['name'])"]
    return ch(["spotify_stats.py", "playlist.py", "music/spotify.py"]), "\n".join(L) + "\n"


def h_praw_py(v):
    val = pyv(v)
    L = ["import praw"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    L += ["", "reddit = praw.Reddit(", "    client_id=%r," % rs(B64U, ch([14, 22])), "    client_secret=%s," % val,
          "    user_agent='%s/0.%d by u/%s'," % (ch(["meme-scraper", "wsb-tracker", "subreddit-stats"]), R.randint(1, 9), ch(USERS)), ")", "",
          "for post in reddit.subreddit(%r).hot(limit=%d):" % (ch(["python", "learnprogramming", "wallstreetbets", "memes", "aww"]), ch([10, 25, 50])),
          "    print(post.score, post.title)"]
    return ch(["reddit_bot.py", "scrape_reddit.py", "praw_test2.py".replace("test", "run")]), "\n".join(L) + "\n"


def h_praw_ini(v):
    vv = v if v.mode == "lit" else V("lit", s=placeholder("reddit", "x" * 27))
    L = ["[DEFAULT]", "check_for_updates=True", "", "[bot1]", "client_id=%s" % rs(B64U, 22), "client_secret=%s" % vv.s,
         "user_agent=script:%s:v1.0 (by u/%s)" % (ch(["karma-bot", "daily-digest"]), ch(USERS))]
    return "praw.ini", "\n".join(L) + "\n"


def h_gmail_py(v):
    val = pyv(v)
    L = ["import smtplib", "import ssl", "from email.message import EmailMessage"] + (["import os"] if v.mode != "lit" else []) + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    sender = "%s.%s%d@gmail.com" % (ch(NAMES).lower(), ch(WORDS), R.randint(1, 99))
    L += ["", "SENDER = '%s'" % sender, "APP_PASSWORD = %s" % val, "RECEIVER = '%s@%s'" % (ch(NAMES).lower(), ch(["yahoo.com", "gmail.com", "hotmail.com"])), "",
          "msg = EmailMessage()", "msg['Subject'] = '%s'" % ch(["Daily report", "Price alert!", "Your reminder", "Birthday bot"]),
          "msg['From'] = SENDER", "msg['To'] = RECEIVER", "msg.set_content('Sent automatically from my python script 🐍')", "",
          "ctx = ssl.create_default_context()", "with smtplib.SMTP_SSL('smtp.gmail.com', 465, context=ctx) as smtp:",
          "    smtp.login(SENDER, APP_PASSWORD)", "    smtp.send_message(msg)", "print('email sent')"]
    return ch(["send_email.py", "mailer.py", "emailer.py", "reminder.py"]), "\n".join(L) + "\n"


def h_nodemailer(v):
    vv = v if v.mode != "input" else V("env", env="GMAIL_APP_PASSWORD")
    L = ["const nodemailer = require('nodemailer');", "", "const transporter = nodemailer.createTransport({",
         "  service: 'gmail',", "  auth: {", "    user: '%s%d@gmail.com'," % (ch(NAMES).lower(), R.randint(1, 999)),
         "    pass: %s," % jsv(vv), "  },", "});", "", "module.exports = async function sendMail(to, subject, html) {",
         "  return transporter.sendMail({ from: 'Portfolio <no-reply@gmail.com>', to, subject, html });", "};"]
    return ch(["utils/mailer.js", "mail.js", "server/mailer.js"]), "\n".join(L) + "\n"


def atlas_uri(v):
    user = ch(USERS).replace("-", "") + ch(["", "", "_admin", "db", str(R.randint(1, 99))])
    cluster = "%s.%s.mongodb.net" % (ch(["cluster0", "cluster0", "cluster1", "mern", "devcluster"]), rs(LALNUM, 5))
    db = ch(["test" if False else "mern", "blog", "todos", "shop", "social", "notesapp", "myFirstDatabase"])
    if v.mode == "lit":
        pw = urllib.parse.quote(v.s, safe="")
        v.s_enc = pw
    else:
        pw = v.s
    return user, pw, cluster, db


def h_mongo_js(v):
    if v.mode == "lit":
        user, pw, cluster, db = atlas_uri(v)
        uri = "'mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority'" % (user, pw, cluster, db)
    elif v.mode == "ph":
        user, pw, cluster, db = atlas_uri(v)
        uri = "'mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority'" % (user, v.s, cluster, db)
    else:
        uri = "process.env.%s" % ch(["MONGO_URI", "MONGODB_URI", "DATABASE_URL"])
    L = ["const mongoose = require('mongoose');", "", "const connectDB = async () => {", "  try {",
         "    const conn = await mongoose.connect(%s);" % uri, "    console.log(`MongoDB Connected: ${conn.connection.host}`);",
         "  } catch (error) {", "    console.error(`Error: ${error.message}`);", "    process.exit(1);", "  }", "};", "",
         "module.exports = connectDB;"]
    return ch(["config/db.js", "backend/config/db.js", "server/db.js", "db/connect.js"]), "\n".join(L) + "\n"


def h_mongo_py(v):
    if v.mode == "lit":
        user, pw, cluster, db = atlas_uri(v)
        decl = 'MONGO_URI = "mongodb+srv://%s:%s@%s/?retryWrites=true&w=majority&appName=%s"' % (user, pw, cluster, ch(["Cluster0", "mern"]))
    elif v.mode == "ph":
        user, pw, cluster, db = atlas_uri(v)
        decl = 'MONGO_URI = "mongodb+srv://%s:%s@%s/?retryWrites=true&w=majority"' % (user, v.s, cluster)
    else:
        decl = 'MONGO_URI = os.environ["%s"]' % ch(["MONGO_URI", "MONGODB_URI"])
    L = ["import os", "from pymongo import MongoClient", "from pymongo.server_api import ServerApi", "", decl, "",
         "client = MongoClient(MONGO_URI, server_api=ServerApi('1'))", "db = client['%s']" % ch(["library", "flaskapp", "scores"]),
         "users = db['users']", "", "try:", "    client.admin.command('ping')", "    print('Pinged your deployment. Connected!')",
         "except Exception as e:", "    print(e)"]
    return ch(["db.py", "database.py", "app/db.py"]), "\n".join(L) + "\n"


def h_mongo_env(v):
    if v.mode == "lit":
        user, pw, cluster, db = atlas_uri(v)
        line = "MONGO_URI=mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % (user, pw, cluster, db)
        path = ch([".env", "backend/.env", "server/.env"])
    else:
        user, pw, cluster, db = atlas_uri(v)
        line = "MONGO_URI=mongodb+srv://%s:%s@%s/%s?retryWrites=true&w=majority" % ("<username>" if R.random() < 0.5 else user, v.s, cluster, db)
        path = ch([".env.example", ".env.sample"])
    L = ["NODE_ENV=development", "PORT=%d" % ch([5000, 8000]), line, "JWT_EXPIRE=%s" % ch(["30d", "7d", "1h"]),
         "CLIENT_URL=http://localhost:%d" % ch([3000, 5173])]
    return path, "\n".join(L) + "\n"


def h_firebase_sa(v):
    proj = "%s-%s" % (ch(APPNAMES).lower(), rs(LALNUM, 5))
    if v.mode == "lit":
        lines = pem_body_lines()
        v.s = lines[0]
        pk = "-----BEGIN PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END PRIVATE KEY-----\n"
    else:
        pk = ch(["", "<PRIVATE_KEY>", "-----BEGIN PRIVATE KEY-----\nREPLACE_ME\n-----END PRIVATE KEY-----\n"])
    sa = {"type": "service_account", "project_id": proj, "private_key_id": rs(HEXL, 40), "private_key": pk,
          "client_email": "firebase-adminsdk-%s@%s.iam.gserviceaccount.com" % (rs(LALNUM, 5), proj),
          "client_id": str(R.randint(10 ** 20, 10 ** 21 - 1)), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
          "token_uri": "https://oauth2.googleapis.com/token",
          "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
          "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-%s%%40%s.iam.gserviceaccount.com" % (rs(LALNUM, 5), proj),
          "universe_domain": "googleapis.com"}
    path = ch(["serviceAccountKey.json", "firebase-adminsdk.json", "backend/serviceAccountKey.json", "%s-firebase-adminsdk-%s-%s.json" % (proj, rs(LALNUM, 5), rs(HEXL, 10))])
    if v.mode != "lit":
        path = ch(["serviceAccountKey.example.json", "config/serviceAccount.template.json"])
    return path, json.dumps(sa, indent=2) + "\n"


def h_webhook_py(v):
    wid = snowflake()
    if v.mode == "lit":
        url = "https://discord.com/api/webhooks/%s/%s" % (wid, v.s)
        decl = 'WEBHOOK_URL = "%s"' % url
    else:
        decl = 'WEBHOOK_URL = os.getenv("DISCORD_WEBHOOK_URL")'
    L = ["import os", "import requests", "", decl, "", "def notify(text):",
         "    r = requests.post(WEBHOOK_URL, json={'content': text, 'username': '%s'})" % ch(["PriceBot", "Uptime", "Minecraft Server"]),
         "    r.raise_for_status()", "", "if __name__ == '__main__':", "    notify('%s')" % ch(["Server is up ✅", "New drop available", "Stock alert"])]
    return ch(["notify.py", "webhook.py", "alerts/discord.py"]), "\n".join(L) + "\n"


def h_mapbox_upload(v):
    val = pyv(v)
    L = ["import os", "from mapbox import Uploader"] + (["import getpass"] if v.mode == "input" else [])
    if "config(" in val:
        L.append("from decouple import config")
    user = ch(USERS)
    L += ["", "# secret token with uploads:write scope", "TOKEN = %s" % val, "", "service = Uploader(access_token=TOKEN)",
          "with open('data/%s.geojson', 'rb') as src:" % ch(["trails", "bike_routes", "parks"]),
          "    upload_resp = service.upload(src, '%s.%s')" % (user, ch(["trails", "routes", "parks"])),
          "print(upload_resp.status_code, upload_resp.json().get('id'))"]
    return ch(["upload_tileset.py", "scripts/mapbox_upload.py"]), "\n".join(L) + "\n"


def h_base64_config(v):
    """A key stored base64-encoded in a config ("to hide it") - still a leak."""
    if v.mode == "lit":
        if R.random() < 0.5:
            raw, v.real_provider = k_openai(), "openai"
        else:
            raw, v.real_provider = k_hex32(), ch(["openweathermap", "newsapi", "tmdb"])
        v.s = base64.b64encode(raw.encode()).decode()
        val = '"%s"' % v.s
    else:
        val = 'os.environ["ENCODED_KEY"]'
    L = ["import base64", "import os", "", "# encoded so github bots don't find it :)", "_K = %s" % val, "",
         "def get_key():", "    return base64.b64decode(_K).decode()"]
    return ch(["utils/keyloader.py", "secret_helper.py"]), "\n".join(L) + "\n"


def h_arduino_secrets(v):
    return t_arduino_secrets("wifi", None, v)


# provider -> list of (template fn, provider-name used in manifest)
HTEMPLATES = {
    "openai": [h_openai_py, h_openai_nb],
    "gemini": [h_gemini_py],
    "groq": [h_groq_py],
    "huggingface": [h_hf_py],
    "anthropic": [h_anthropic_js],
    "rapidapi": [h_rapidapi_js, h_rapidapi_py],
    "tmdb-v4": [h_tmdb4_js],
    "coinmarketcap": [h_cmc_py],
    "sendgrid": [h_sendgrid_js, h_sendgrid_py],
    "discord": [h_discord_py, h_discord_js, h_discord_config_json, h_discord_java],
    "telegram": [h_telegram_py, h_telegram_curl],
    "twilio": [h_twilio_py, h_twilio_js],
    "spotify": [h_spotify_py],
    "reddit": [h_praw_py, h_praw_ini],
    "gmail": [h_gmail_py, h_nodemailer],
    "mongodb-atlas": [h_mongo_js, h_mongo_py, h_mongo_env],
    "firebase": [h_firebase_sa],
    "discord-webhook": [h_webhook_py],
    "mapbox": [h_mapbox_upload],
    "wifi": [h_arduino_secrets],
    "base64-encoded": [h_base64_config],
}

# which secret maker to use for header providers
def make_secret(prov):
    if prov in QP:
        return QP[prov][1]()
    if prov == "gemini":
        return k_google()
    if prov == "mapbox":
        return k_mapbox("sk")
    if prov in ("firebase", "base64-encoded"):
        return ""  # template generates
    return HP[prov][1]()


def kind_of(prov):
    if prov in QP:
        return QP[prov][0]
    if prov == "gemini":
        return "api_key"
    if prov == "base64-encoded":
        return "base64_api_key"
    return HP[prov][0]


def envs_of(prov):
    if prov in QP:
        return QP[prov][6]
    if prov == "gemini":
        return ["GEMINI_API_KEY"]
    if prov == "base64-encoded":
        return ["ENCODED_KEY"]
    return HP[prov][2]


# ============================================================================ LOOK-ALIKE NEGATIVES
def la_readme_commits():
    L = ["# %s" % ch(APPNAMES), "", "## Changelog", ""]
    for _ in range(R.randint(5, 12)):
        L.append("- `%s` %s" % (rs(HEXL, ch([7, 40])), ch(["fix: handle empty city", "feat: add dark mode", "chore: bump axios",
                                                            "refactor fetch logic", "docs: screenshots", "fix typo", "add loading spinner"])))
    L += ["", "Deployed from commit %s on Netlify." % rs(HEXL, 40), "",
          "![build](https://img.shields.io/github/actions/workflow/status/%s/%s/ci.yml)" % (ch(USERS), ch(APPNAMES))]
    return ch(["README.md", "CHANGELOG.md"]), "\n".join(L) + "\n", "github", "commit_sha"


def la_tmdb_movies():
    movies = []
    for _ in range(R.randint(4, 10)):
        movies.append({"id": R.randint(11, 1200000), "title": ch(QUERIES).title(), "poster_path": "/%s.jpg" % rs(ALNUM, 27),
                       "backdrop_path": "/%s.jpg" % rs(ALNUM, 27), "vote_average": round(R.uniform(4, 9), 1),
                       "release_date": "%d-%02d-%02d" % (R.randint(1980, 2024), R.randint(1, 12), R.randint(1, 28)),
                       "imdb_id": "tt%07d" % R.randint(100000, 9999999)})
    return ch(["src/data/movies.json", "mock/popular.json", "fixtures/tmdb_popular.json"]), json.dumps({"page": 1, "results": movies}, indent=2) + "\n", "tmdb", "movie_ids"


def la_youtube_ids():
    vids = [rs(B64U, 11) for _ in range(R.randint(4, 10))]
    L = ["// favourite videos for the lofi player", "export const PLAYLIST_ID = 'PL%s';" % rs(B64U, 32), "export const videos = ["]
    L += ["  { id: '%s', title: '%s' }," % (vi, ch(QUERIES).title()) for vi in vids]
    L += ["];", "", "export const embedUrl = (id) => `https://www.youtube.com/embed/${id}?autoplay=1`;"]
    return ch(["src/data/videos.js", "videos.js"]), "\n".join(L) + "\n", "youtube", "video_ids"


def la_spotify_ids():
    L = ["# my playlists", "PLAYLISTS = {"]
    for w in R.sample(WORDS, R.randint(3, 7)):
        L.append("    %r: 'spotify:playlist:%s'," % (w, rs(ALNUM, 22)))
    L += ["}", "", "TRACKS = ["] + ["    'https://open.spotify.com/track/%s'," % rs(ALNUM, 22) for _ in range(R.randint(3, 8))] + ["]"]
    return ch(["playlists.py", "data/spotify_ids.py"]), "\n".join(L) + "\n", "spotify", "track_ids"


def la_spotify_pkce():
    L = ["// Spotify Authorization Code with PKCE - no client secret needed in the browser",
         "const clientId = '%s';" % rs(HEXL, 32), "const redirectUri = 'http://localhost:%d/callback';" % ch([3000, 5173, 8888]),
         "const scope = 'user-read-private user-read-email playlist-read-private';", "",
         "async function redirectToAuth(codeChallenge) {", "  const params = new URLSearchParams({",
         "    response_type: 'code',", "    client_id: clientId,", "    scope,", "    code_challenge_method: 'S256',",
         "    code_challenge: codeChallenge,", "    redirect_uri: redirectUri,", "  });",
         "  window.location = 'https://accounts.spotify.com/authorize?' + params.toString();", "}"]
    return ch(["src/auth.js", "src/spotifyAuth.ts"]), "\n".join(L) + "\n", "spotify", "pkce_client_id"


def la_discord_ids():
    cfg = {"clientId": snowflake(), "guildId": snowflake(), "channels": {ch(["welcome", "general", "logs", "memes"]): snowflake() for _ in range(4)},
           "roles": {"admin": snowflake(), "member": snowflake()}, "publicKey": rs(HEXL, 64), "token": ch(["", "<your bot token>", "TOKEN_HERE"])}
    return ch(["config.json", "config.example.json"]), json.dumps(cfg, indent=2) + "\n", "discord", "snowflake_ids"


def la_telegram_ids():
    L = ["# chats the bot is allowed to talk to", "ALLOWED_CHATS = [%s]" % ", ".join(str(R.randint(100000000, 999999999)) for _ in range(3)),
         "GROUP_ID = -100%d" % R.randint(1000000000, 9999999999), "BOT_USERNAME = '@%s_bot'" % ch(WORDS),
         "STICKER_ID = 'CAACAgIAAxkBAA%s'" % rs(B64U, 40), "TOKEN = os.environ['TELEGRAM_BOT_TOKEN']"]
    return ch(["settings.py", "bot_config.py"]), "import os\n\n" + "\n".join(L) + "\n", "telegram", "chat_ids"


def la_mapbox_pk():
    tok = k_mapbox("pk")
    L = ["<!DOCTYPE html>", "<html>", "<head>", "  <meta charset='utf-8'>", "  <title>%s</title>" % ch(["My hikes", "Bike map", "Cafes near me"]),
         "  <script src='https://api.mapbox.com/mapbox-gl-js/v3.%d.0/mapbox-gl.js'></script>" % R.randint(0, 8),
         "  <link href='https://api.mapbox.com/mapbox-gl-js/v3.%d.0/mapbox-gl.css' rel='stylesheet' />" % R.randint(0, 8),
         "  <style>body { margin: 0; } #map { position: absolute; top: 0; bottom: 0; width: 100%; }</style>", "</head>", "<body>",
         "<div id='map'></div>", "<script>", "  // public token (pk.) restricted to my github pages URL",
         "  mapboxgl.accessToken = '%s';" % tok, "  const map = new mapboxgl.Map({", "    container: 'map',",
         "    style: 'mapbox://styles/%s/%s'," % (ch(USERS), cuid()), "    center: [%.4f, %.4f]," % (R.uniform(-120, 140), R.uniform(-40, 60)),
         "    zoom: %d" % R.randint(3, 14), "  });", "</script>", "</body>", "</html>"]
    return ch(["index.html", "map.html", "docs/index.html"]), "\n".join(L) + "\n", "mapbox", "public_token"


def la_firebase_web():
    proj = "%s-%s" % (ch(APPNAMES).lower(), rs(LALNUM, 5))
    L = ["// Import the functions you need from the SDKs you need", 'import { initializeApp } from "firebase/app";',
         'import { getAuth } from "firebase/auth";', 'import { getFirestore } from "firebase/firestore";', "",
         "// Your web app's Firebase configuration", "const firebaseConfig = {", '  apiKey: "%s",' % k_google(),
         '  authDomain: "%s.firebaseapp.com",' % proj, '  projectId: "%s",' % proj, '  storageBucket: "%s.appspot.com",' % proj,
         '  messagingSenderId: "%d",' % R.randint(10 ** 11, 10 ** 12 - 1),
         '  appId: "1:%d:web:%s",' % (R.randint(10 ** 11, 10 ** 12 - 1), rs(HEXL, 22)),
         '  measurementId: "G-%s"' % rs(UALNUM, 10), "};", "", "const app = initializeApp(firebaseConfig);",
         "export const auth = getAuth(app);", "export const db = getFirestore(app);"]
    return ch(["src/firebase.js", "src/firebase/config.js", "firebase.js"]), "\n".join(L) + "\n", "firebase", "web_config"


def la_google_services():
    proj = "%s-%s" % (ch(APPNAMES).lower(), rs(LALNUM, 5))
    num = str(R.randint(10 ** 11, 10 ** 12 - 1))
    pkg = "com.%s.%s" % (ch(["dev", "student"]), ch(APPNAMES).replace("-", "").lower())
    d = {"project_info": {"project_number": num, "project_id": proj, "storage_bucket": "%s.appspot.com" % proj},
         "client": [{"client_info": {"mobilesdk_app_id": "1:%s:android:%s" % (num, rs(HEXL, 22)), "android_client_info": {"package_name": pkg}},
                     "oauth_client": [{"client_id": "%s-%s.apps.googleusercontent.com" % (num, rs(LALNUM, 32)), "client_type": 3}],
                     "api_key": [{"current_key": k_google()}],
                     "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
         "configuration_version": "1"}
    return "app/google-services.json", json.dumps(d, indent=2) + "\n", "firebase", "google_services_json"


def la_notebook_image():
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(R.getrandbits(8) for _ in range(R.randint(600, 1500)))).decode()
    cells = [nb_cell(["import matplotlib.pyplot as plt", "import pandas as pd"]),
             nb_cell(["df = pd.read_csv('%s.csv')" % ch(["weather", "prices", "movies"]), "df['%s'].plot()" % ch(["temp", "close", "rating"]), "plt.show()"],
                     outputs=[{"data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}])]
    for c in cells:
        c["id"] = rs(HEXL, 8) + "-" + rs(HEXL, 4) + "-" + rs(HEXL, 4) + "-" + rs(HEXL, 4) + "-" + rs(HEXL, 12)
    return ch(["analysis.ipynb", "notebooks/plots.ipynb"]), notebook(cells), "jupyter", "image_output"


def la_colab_ids():
    cells = []
    for i in range(R.randint(3, 6)):
        c = nb_cell(["# step %d" % (i + 1), "x = %d" % R.randint(1, 100)], cid=rs(ALNUM, 12))
        c["metadata"] = {"id": rs(ALNUM + "-_", 12), "colab": {"base_uri": "https://localhost:8080/"}, "outputId": "%s-%s-%s-%s-%s" % (rs(HEXL, 8), rs(HEXL, 4), rs(HEXL, 4), rs(HEXL, 4), rs(HEXL, 12))}
        cells.append(c)
    return ch(["Untitled%d.ipynb" % R.randint(0, 9), "colab/lesson.ipynb"]), notebook(cells, colab=True), "colab", "cell_ids"


def la_package_lock():
    deps = {}
    for n in R.sample(["axios", "react", "react-dom", "dotenv", "express", "cors", "mongoose", "chart.js", "leaflet", "discord.js", "nodemailer"], 5):
        deps["node_modules/" + n] = {"version": "%d.%d.%d" % (R.randint(0, 18), R.randint(0, 30), R.randint(0, 20)),
                                     "resolved": "https://registry.npmjs.org/%s/-/%s-1.0.0.tgz" % (n, n),
                                     "integrity": "sha512-" + base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()}
    d = {"name": ch(APPNAMES), "version": "0.1.0", "lockfileVersion": 3, "requires": True, "packages": deps}
    return "package-lock.json", json.dumps(d, indent=2) + "\n", "npm", "integrity_hash"


def la_sri_html():
    L = ["<!doctype html>", "<html>", "<head>",
         '  <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.%d/dist/css/bootstrap.min.css" integrity="sha384-%s" crossorigin="anonymous">' % (R.randint(0, 3), base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode()),
         "</head>", "<body>", '  <div id="app"></div>',
         '  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.%d/dist/js/bootstrap.bundle.min.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % (R.randint(0, 3), base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode()),
         '  <script src="app.js"></script>', "</body>", "</html>"]
    return "index.html", "\n".join(L) + "\n", "cdn", "sri_hash"


def la_pip_hashes():
    L = ["# generated by pip-compile --generate-hashes"]
    for n in R.sample(["requests", "flask", "python-dotenv", "discord-py", "openai", "tweepy", "praw", "pandas", "matplotlib"], 4):
        L += ["%s==%d.%d.%d \\" % (n, R.randint(0, 3), R.randint(0, 30), R.randint(0, 9)),
              "    --hash=sha256:%s \\" % rs(HEXL, 64), "    --hash=sha256:%s" % rs(HEXL, 64)]
    return "requirements.txt", "\n".join(L) + "\n", "pypi", "sha256"


def la_unsplash_photo():
    d = {"id": rs(B64U, 11), "slug": "%s-%s" % (ch(WORDS), rs(B64U, 11)), "blur_hash": "L%s" % rs(ALNUM + "#$%*+,-.:;=?@[]^_{|}~", 27),
         "color": "#%s" % rs(HEXL, 6), "urls": {"raw": "https://images.unsplash.com/photo-%d-%s?ixid=%s" % (R.randint(1500000000000, 1720000000000), rs(HEXL, 12), rs(B64U, 60)),
                                              "small": "https://images.unsplash.com/photo-%d-%s?w=400" % (R.randint(1500000000000, 1720000000000), rs(HEXL, 12))},
         "user": {"username": ch(USERS), "id": rs(B64U, 11)}}
    return ch(["src/mock/photo.json", "fixtures/unsplash.json"]), json.dumps(d, indent=2) + "\n", "unsplash", "photo_ids"


def la_giphy_ids():
    L = ["const REACTIONS = {"] + ["  %s: 'https://media.giphy.com/media/%s/giphy.gif'," % (w, rs(ALNUM, ch([13, 18, 20]))) for w in R.sample(WORDS, 5)] + ["};", "", "export default REACTIONS;"]
    return "src/reactions.js", "\n".join(L) + "\n", "giphy", "gif_ids"


def la_arduino_ble():
    L = ["#include <BLEDevice.h>", "#include <BLEServer.h>", "", '#define SERVICE_UUID        "%s"' % k_uuid(),
         '#define CHARACTERISTIC_UUID "%s"' % k_uuid(), "uint8_t peerMac[] = {%s};" % ", ".join("0x%s" % rs(HEXU, 2) for _ in range(6)), "",
         "void setup() {", "  Serial.begin(115200);", '  BLEDevice::init("%s");' % ch(["PlantPal", "ESP32-Thermo", "DeskLamp"]),
         "  BLEServer *server = BLEDevice::createServer();", "  BLEService *svc = server->createService(SERVICE_UUID);",
         "  svc->start();", "  server->getAdvertising()->start();", "}", "", "void loop() { delay(2000); }"]
    return ch(["ble_sensor/ble_sensor.ino", "src/main.cpp"]), "\n".join(L) + "\n", "arduino", "ble_uuids"


def la_twilio_sid_only():
    L = ["import os", "from twilio.rest import Client", "", "ACCOUNT_SID = '%s'" % k_twilio_sid(),
         "MESSAGING_SERVICE_SID = 'MG%s'" % rs(HEXL, 32), "client = Client(ACCOUNT_SID, os.environ['TWILIO_AUTH_TOKEN'])", "",
         "client.messages.create(messaging_service_sid=MESSAGING_SERVICE_SID, to='+1%d', body='ping')" % R.randint(2012000000, 9899999999)]
    return "sms.py", "\n".join(L) + "\n", "twilio", "account_sid"


def la_bcrypt_seed():
    users = [{"username": ch(USERS), "email": "%s@%s.com" % (ch(NAMES).lower(), ch(WORDS)),
              "password": "$2b$10$" + rs(ALNUM + "./", 53), "isAdmin": R.random() < 0.2} for _ in range(R.randint(2, 5))]
    return ch(["backend/data/users.json", "seed/users.json"]), json.dumps(users, indent=2) + "\n", "bcrypt", "password_hash"


def la_csproj_guids():
    g = lambda: k_uuid().upper()
    L = ["Microsoft Visual Studio Solution File, Format Version 12.00", "# Visual Studio Version 17",
         "VisualStudioVersion = 17.%d.%d.%d" % (R.randint(0, 9), R.randint(0, 40000), R.randint(0, 9)),
         'Project("{%s}") = "%s", "%s\\%s.csproj", "{%s}"' % (g(), "WeatherConsole", "WeatherConsole", "WeatherConsole", g()), "EndProject",
         "Global", "\tGlobalSection(SolutionProperties) = preSolution", "\t\tHideSolutionNode = FALSE", "\tEndGlobalSection",
         "\tGlobalSection(ExtensibilityGlobals) = postSolution", "\t\tSolutionGuid = {%s}" % g(), "\tEndGlobalSection", "EndGlobal"]
    return "WeatherConsole.sln", "\n".join(L) + "\n", "visualstudio", "guids"


def la_public_client_ids():
    L = ["<!-- Sign in with Google + reCAPTCHA on the contact form -->",
         '<script src="https://accounts.google.com/gsi/client" async defer></script>',
         '<div id="g_id_onload" data-client_id="%d-%s.apps.googleusercontent.com" data-callback="onSignIn"></div>' % (R.randint(10 ** 11, 10 ** 12 - 1), rs(LALNUM, 32)),
         '<form id="contact">', '  <textarea name="msg"></textarea>',
         '  <div class="g-recaptcha" data-sitekey="6L%s"></div>' % rs(B64U, 38), "  <button>Send</button>", "</form>",
         '<script>const stripe = Stripe("pk_live_%s");</script>' % rs(ALNUM, 99) if R.random() < 0.5 else "<!-- TODO payments -->"]
    return ch(["contact.html", "public/contact.html"]), "\n".join(L) + "\n", "google", "public_client_ids"


def la_weather_response():
    d = {"coord": {"lon": round(R.uniform(-180, 180), 4), "lat": round(R.uniform(-60, 60), 4)},
         "weather": [{"id": ch([800, 801, 500, 701]), "main": ch(["Clear", "Clouds", "Rain"]), "description": "scattered clouds", "icon": "%02d%s" % (R.randint(1, 13), ch("dn"))}],
         "main": {"temp": round(R.uniform(-5, 35), 2), "humidity": R.randint(20, 99)}, "id": R.randint(100000, 9999999), "name": ch(CITIES), "cod": 200}
    return ch(["sample_response.json", "mock/weather.json"]), json.dumps(d, indent=2) + "\n", "openweathermap", "api_response"


def la_mapbox_styles():
    L = ["export const STYLES = {"] + ["  %s: 'mapbox://styles/%s/%s'," % (w, ch(USERS), cuid()) for w in R.sample(WORDS, 4)] + [
         "};", "export const TILESET = 'mapbox://%s.%s';" % (ch(USERS), rs(LALNUM, 8)), "export const MAPBOX_TOKEN = import.meta.env.VITE_MAPBOX_TOKEN;"]
    return "src/map/styles.js", "\n".join(L) + "\n", "mapbox", "style_ids"


def la_openai_ids():
    d = {"id": "chatcmpl-%s" % rs(ALNUM, 29), "object": "chat.completion", "created": R.randint(1690000000, 1730000000),
         "model": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_%s" % rs(HEXL, 10),
         "choices": [{"index": 0, "message": {"role": "assistant", "content": "Sure! Here's a joke..."}, "finish_reason": "stop"}],
         "usage": {"prompt_tokens": R.randint(5, 90), "completion_tokens": R.randint(10, 300)}}
    return ch(["logs/last_response.json", "sample_completion.json"]), json.dumps(d, indent=2) + "\n", "openai", "response_ids"


def la_lockfile_yarn():
    L = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for n in R.sample(["axios", "dotenv", "express", "cors", "chalk", "lodash", "react-icons"], 4):
        ver = "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9))
        L += ['%s@^%s:' % (n, ver), '  version "%s"' % ver,
              '  resolved "https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s"' % (n, n, ver, rs(HEXL, 40)),
              "  integrity sha512-%s" % base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode(), ""]
    return "yarn.lock", "\n".join(L), "npm", "yarn_checksums"


LOOKALIKES = [la_readme_commits, la_tmdb_movies, la_youtube_ids, la_spotify_ids, la_spotify_pkce, la_discord_ids,
              la_telegram_ids, la_mapbox_pk, la_firebase_web, la_google_services, la_notebook_image, la_colab_ids,
              la_package_lock, la_sri_html, la_pip_hashes, la_unsplash_photo, la_giphy_ids, la_arduino_ble,
              la_twilio_sid_only, la_bcrypt_seed, la_csproj_guids, la_public_client_ids, la_weather_response,
              la_mapbox_styles, la_openai_ids, la_lockfile_yarn]


# ============================================================================ driver
FT = {".py": "python", ".js": "javascript", ".jsx": "javascript", ".mjs": "javascript", ".ts": "typescript",
      ".vue": "vue", ".html": "html", ".java": "java", ".kt": "kotlin", ".cs": "csharp", ".ino": "arduino",
      ".h": "c-header", ".cpp": "cpp", ".ipynb": "notebook", ".md": "markdown", ".sh": "shell", ".php": "php",
      ".dart": "dart", ".go": "go", ".toml": "toml", ".json": "json", ".ini": "ini", ".txt": "text",
      ".lock": "lockfile", ".sln": "sln", ".example": "dotenv", ".sample": "dotenv", ".template": "dotenv"}


def filetype(path):
    base = os.path.basename(path)
    if base.startswith(".env") or base in ("env.example",):
        return "dotenv"
    if base.endswith(".toml.example"):
        return "toml"
    ext = os.path.splitext(base)[1]
    return FT.get(ext, ext.lstrip(".") or "text")


ALL_POS_PROVS = list(QP) + [p for p in HTEMPLATES]


def pick_pos_provider():
    # weight: query-string providers and provider-specific ones roughly half/half
    if R.random() < 0.5:
        return ch(list(QP))
    return ch(list(HTEMPLATES))


def render(prov, v):
    """Returns (path, text, template_name)."""
    if prov in QP and (prov not in HTEMPLATES or R.random() < 0.8):
        t = ch(QTEMPLATES)
        path, text = t(prov, QP[prov], v)
        return path, pad(path, text), t.__name__
    t = ch(HTEMPLATES[prov])
    path, text = t(v)
    return path, pad(path, text), t.__name__


# ---------------------------------------------------------------------------- padding (file-size realism)
def _py_blocks():
    return [
        ["def save_history(entry, path=%r):" % ch(["history.json", "data/history.json", "cache.json"]),
         "    import json", "    try:", "        with open(path) as f:", "            items = json.load(f)",
         "    except (FileNotFoundError, json.JSONDecodeError):", "        items = []", "    items.append(entry)",
         "    items = items[-%d:]" % ch([20, 50, 100]), "    with open(path, 'w') as f:", "        json.dump(items, f, indent=2)"],
        ["def kelvin_to_celsius(k):", "    return round(k - 273.15, 1)", "", "", "def celsius_to_f(c):", "    return round(c * 9 / 5 + 32, 1)"],
        ["def format_price(value, currency=%r):" % ch(["USD", "EUR", "GBP"]), "    symbols = {'USD': '$', 'EUR': '€', 'GBP': '£'}",
         "    return f\"{symbols.get(currency, '')}{value:,.2f}\""],
        ["def log(msg):", "    from datetime import datetime", "    stamp = datetime.now().strftime('%Y-%m-%d %H:%M:%S')",
         "    print(f'[{stamp}] {msg}')", "    with open(%r, 'a') as fh:" % ch(["app.log", "bot.log", "run.log"]), "        fh.write(f'[{stamp}] {msg}\\n')"],
        ["def retry(fn, attempts=%d, delay=%d):" % (ch([3, 5]), ch([1, 2, 5])), "    import time", "    for i in range(attempts):", "        try:",
         "            return fn()", "        except Exception as exc:  # noqa: BLE001", "            print(f'attempt {i + 1} failed: {exc}')",
         "            time.sleep(delay)", "    return None"],
        ["EMOJI = {", "    'Clear': '☀️',", "    'Clouds': '☁️',", "    'Rain': '🌧️',", "    'Snow': '❄️',", "    'Thunderstorm': '⛈️',", "}"],
        ["def chunks(lst, n):", '    """Yield successive n-sized chunks from lst (from stackoverflow)."""', "    for i in range(0, len(lst), n):",
         "        yield lst[i:i + n]"],
        ["def parse_args():", "    import argparse", "    ap = argparse.ArgumentParser(description=%r)" % ch(["fetch stuff", "my tool", "simple cli"]),
         "    ap.add_argument('--limit', type=int, default=%d)" % ch([5, 10, 20]), "    ap.add_argument('--verbose', action='store_true')",
         "    return ap.parse_args()"],
    ]


def _js_blocks():
    return [
        ["function debounce(fn, wait = %d) {" % ch([250, 300, 500]), "  let t;", "  return (...args) => {", "    clearTimeout(t);",
         "    t = setTimeout(() => fn(...args), wait);", "  };", "}"],
        ["const formatDate = (ts) =>", "  new Date(ts * 1000).toLocaleDateString('%s', { weekday: 'short', day: 'numeric', month: 'short' });" % ch(["en-US", "en-GB", "de-DE", "fr-FR"])],
        ["function saveFavorite(item) {", "  const favs = JSON.parse(localStorage.getItem('favorites') || '[]');",
         "  if (!favs.find((f) => f.id === item.id)) favs.push(item);", "  localStorage.setItem('favorites', JSON.stringify(favs));", "}"],
        ["const sleep = (ms) => new Promise((r) => setTimeout(r, ms));"],
        ["// TODO: move this to a utils file", "function capitalize(s) {", "  return s.charAt(0).toUpperCase() + s.slice(1);", "}"],
        ["const COLORS = {", "  primary: '#%s'," % rs(HEXL, 6), "  accent: '#%s'," % rs(HEXL, 6), "  danger: '#e74c3c',", "};"],
    ]


def pad(path, text):
    ext = os.path.splitext(path)[1]
    if ext not in (".py", ".js", ".jsx", ".mjs", ".ts") or R.random() < 0.45:
        return text
    lines = text.split("\n")
    blocks = _py_blocks() if ext == ".py" else _js_blocks()
    chosen = R.sample(blocks, R.randint(1, 3))
    at = 0
    for i, l in enumerate(lines[:25]):
        if l.startswith(("import ", "from ", "const ", "require(")) and ("require(" in l or l.startswith(("import ", "from "))):
            at = i + 1
    if at == 0:
        return text
    ins = [""]
    for b in chosen:
        ins += b + ["", ""] if ext == ".py" else b + [""]
    lines[at:at] = ins
    return "\n".join(lines)


PROV_NAME = {"openweathermap-forecast": "openweathermap", "tmdb-search": "tmdb", "google-places": "google-maps"}


def needle_line(text, needle):
    i = text.find(needle)
    if i < 0:
        return None
    return text.count("\n", 0, i) + 1


def main():
    global R
    if len(sys.argv) != 3:
        print(__doc__.split("USAGE")[1].split("NEEDLE")[0])
        sys.exit(2)
    out, seed = sys.argv[1], int(sys.argv[2])
    R = random.Random(seed)
    manifest, secrets = [], []
    needles = []
    pos_items = []
    i = 0
    while i < 500:
        prov = pick_pos_provider()
        s = make_secret(prov)
        v = V("lit", s=s)
        path, text, tname = render(prov, v)
        needle = getattr(v, "s_enc", None) or v.s
        if not needle:
            continue
        ln = needle_line(text, needle)
        if ln is None:
            continue
        pos_items.append((path, text))
        rel = "pos/p%04d/%s" % (i, path)
        manifest.append({"file": rel, "label": "pos", "provider": PROV_NAME.get(getattr(v, "real_provider", prov), getattr(v, "real_provider", prov)), "kind": kind_of(prov),
                         "filetype": filetype(path), "template": tname})
        secrets.append({"file": rel, "needle": needle, "line": ln})
        needles.append(needle)
        write(out, rel, text)
        i += 1
    i = 0
    while i < 500:
        if i % 2 == 0:
            prov = pick_pos_provider()
            envs = envs_of(prov)
            v = neg_value(prov, envs, allow_env=True, allow_input=True)
            if prov == "mongodb-atlas" and v.mode == "lit":
                v = V("ph", s=placeholder("mongodb-atlas", "x"))
            if prov == "base64-encoded":
                v = V("env", env="ENCODED_KEY")
            if prov == "firebase":
                v = V("env", env="GOOGLE_APPLICATION_CREDENTIALS")
            path, text, tname = render(prov, v)
            kind = "placeholder_or_env"
            tname = "neg_" + tname
        else:
            f = ch(LOOKALIKES)
            path, text, prov, kind = f()
            tname = f.__name__
        if any(n in text for n in needles):
            continue
        if os.path.basename(path) in (".env", ".env.local", ".env.production", ".env.development"):
            path = path + ".example"
        rel = "neg/n%04d/%s" % (i, path)
        manifest.append({"file": rel, "label": "neg", "provider": PROV_NAME.get(prov, prov), "kind": kind, "filetype": filetype(path), "template": tname})
        write(out, rel, text)
        i += 1
    with open(os.path.join(out, "manifest.jsonl"), "w") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(out, "secrets.jsonl"), "w") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


def write(out, rel, text):
    p = os.path.join(out, rel)
    os.makedirs(os.path.dirname(p), exist_ok=True)
    with open(p, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)


if __name__ == "__main__":
    main()
