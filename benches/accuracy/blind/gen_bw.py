#!/usr/bin/env python3
"""Blind evaluation-set generator "bw" for the keyhook secret scanner.

EMPHASIS
    Public-data and utility APIs that small apps, hobby scripts, notebooks and
    home-automation setups use: weather (OpenWeatherMap, WeatherAPI.com,
    Tomorrow.io, AccuWeather, Visual Crossing, Meteomatics), geocoding/maps
    (Mapbox secret sk. tokens, Google Maps server keys, HERE, TomTom,
    LocationIQ, OpenCage, Geoapify, Radar secret keys), IP geolocation
    (ipinfo, ipdata, IPGeolocation.io, MaxMind license keys, ipstack,
    AbstractAPI), FX (Open Exchange Rates, Fixer, currencylayer,
    ExchangeRate-API), news/search (NewsAPI, GNews, SerpApi, Bing, Brave
    Search), sports/games (API-Football, SportsDataIO, RAWG, Twitch/IGDB client
    secrets, Riot RGAPI- keys), government/science (NASA/api.data.gov, Census,
    FRED, NOAA CDO, USDA FoodData Central), email/phone validation
    (ZeroBounce, NeverBounce, Numverify), translation (DeepL incl. ":fx" free
    keys, Google Translate), URL shorteners (Bitly, Rebrandly) and
    screenshot/PDF APIs (ApiFlash, PDFShift).
    File types: Python scripts, Flask/Streamlit apps, Jupyter notebooks,
    Node/TypeScript, React Native configs, Google Apps Script, PHP, Ruby, Go,
    R, Swift, Kotlin, Java properties, Android/iOS resource files, shell and
    cron scripts, crontabs, Home-Assistant YAML, docker-compose, GitHub
    workflows, .env, JSON/TOML/INI configs, .http files, PowerShell,
    Terraform tfvars, Markdown READMEs/runbooks with curl examples.

USAGE
    python3 gen_bw.py OUTDIR SEED
    Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
    random.Random(SEED); output is byte-identical for the same SEED.
    manifest.jsonl lines carry file/label/provider/kind/filetype plus two extra
    fields: "template" (generator template name) and, for positives, "naming"
    ("obvious" or "subtle").  For negatives "kind" names the look-alike
    (placeholder, env, secret_ref, masked, empty, demo, public, public_token,
    public_browser_key, publishable_key, api_response, test_vector, ...).

NEEDLE CONVENTIONS
    * The needle is the secret exactly as written in the file (no quotes).
    * For id/secret pairs (Twitch client_id + client_secret, MaxMind account id
      + license key, Meteomatics username + password) the needle is the secret
      half only; the public id may appear next to it.
    * Mapbox: the whole "sk.eyJ..." token.  DeepL: the whole key including the
      ":fx" suffix when present.  Riot: the whole "RGAPI-<uuid>" string.
      Radar: the whole "prj_live_sk_..."/"prj_test_sk_..." string.
    * "line" is the 1-based line of the needle's first occurrence in the file
      (for .ipynb files: the line of the raw JSON file).
    * Half of the positives use an obvious name (OPENWEATHER_API_KEY,
      newsApiKey, api_key: ...), half a less obvious one (neutral variable
      name, positional argument, key inlined in a URL/query string, header
      value, basic-auth URL).

NEGATIVES
    About half re-use the positive templates with the secret slot filled by:
    placeholders (YOUR_API_KEY, <your-key>, xxxx..., provider-shaped
    placeholders such as RGAPI-xxxxxxxx-...), environment lookups
    (os.environ, process.env, getenv, Sys.getenv, ENV.fetch, ${VAR},
    PropertiesService), secret-manager references (vault:, op://, AWS ARN,
    GCP secret paths, ${{ secrets.X }}, Home Assistant !secret), masked or
    redacted values, empty values, documented demo/sample keys (NASA
    DEMO_KEY, DeepL docs example key, OpenWeatherMap samples key) and
    public/publishable keys (Mapbox pk. tokens, Radar prj_*_pk_ keys).
    The other half are domain look-alikes: web pages carrying
    referrer-restricted Google Maps browser keys and Mapbox pk. tokens,
    Android strings.xml / iOS Info.plist / React Native files with Mapbox
    public tokens, Radar publishable keys in web SDK setup, API response
    fixtures (OWM, ipinfo, Google geocoding place_ids, Riot match ids, Bitly
    link hashes, RAWG, FX rates), HTTP logs with rate-limit headers, request
    ids and ETags, coordinate/geohash CSVs, ISO country/currency tables, SRI
    integrity hashes, lockfile hashes, Docker image digests, .mmdb checksums,
    i18n strings about API keys, README curl examples with placeholders,
    Postman collections with {{variables}}, Twitch public client ids with the
    secret read from the environment, UUID ids, git SHAs, changelogs quoting
    masked keys.

DOUBTS
    Formats written from memory (not confirmed in the providers' docs during
    this session):
    * WeatherAPI.com keys: 30-31 lowercase hex chars (one docs-adjacent
      example seen was 30 chars).  Tomorrow.io, AccuWeather, TomTom: 32
      mixed-case alphanumerics.  Visual Crossing: 25 upper-case alphanumerics.
      Meteomatics: username + 10-char alphanumeric password (basic auth).
    * HERE apiKey: 43 chars [A-Za-z0-9_-].  LocationIQ: "pk." + 32 hex
      (despite the "pk." prefix LocationIQ tokens are billable account
      credentials; a reviewer might call one in a server script public).
    * ipinfo: 14 hex; ipdata: 56 hex; IPGeolocation/ipstack/AbstractAPI/
      Fixer/currencylayer/Numverify/ZeroBounce/NewsAPI/GNews/RAWG/FRED/
      Rebrandly/ApiFlash/Bing/SportsDataIO/API-Football/Open Exchange Rates/
      OpenCage/Geoapify: 32 lowercase hex; ExchangeRate-API: 24 hex; SerpApi:
      64 hex; Census: 40 hex; Bitly generic access token: 40 hex; NASA and
      USDA (api.data.gov): 40 mixed-case alphanumerics; NOAA CDO token: 32
      letters.
    * Brave Search subscription tokens: "BSA" + 28 alphanumerics (unsure).
    * PDFShift: "sk_" + 40 hex (unsure).  Twitch client id/secret: 30 [a-z0-9].
    * Radar: "prj_live_sk_"/"prj_test_sk_" + 40 hex (prefixes confirmed, the
      40-hex body is from memory).
    * Mapbox tokens: "sk."/"pk." + base64url('{"u":"<user>","a":"<25-char
      id>"}') + "." + 22 base64url chars (structure from memory).
    * Google keys: "AIzaSy" + 33 [A-Za-z0-9_-] (39 chars total).
    * MaxMind: new 40-char keys "<6 alnum>_<29 alnum>_mmk" (length, charset and
      suffix confirmed; the exact position of the underscore after the 6-char
      prefix is a guess) and legacy 16-char alphanumeric keys.
    * NeverBounce: "secret_" + 32 hex (prefix and length seen in their SDK
      README placeholder; hex alphabet assumed).
    * The OpenWeatherMap "samples" key b6907d289e10d714a6e88b30761fae22 is
      written from memory as the key OWM published in its sample URLs.
    Labels a reviewer might dispute:
    * Google Maps JavaScript API keys in HTML pages are labelled negative
      (browser keys, referrer-restricted, public by design).  The same key
      shape in server code, server/build configs (geocoding/translation from
      Python, compose, netlify.toml build env, Home Assistant REST sensors) is
      labelled positive.  Google Maps keys are never put in the mobile/client
      templates (Android/iOS/React Native), where they would be app-restricted
      and arguably public; Google *Translate* keys can appear there and are
      labelled positive.
    * Secrets of other providers inside mobile apps (strings.xml, Info.plist,
      xcconfig, Kotlin/Swift constants, Expo config) are labelled positive:
      they ship to every user and are not documented as public.
    * Radar publishable keys and Mapbox pk. tokens are negative everywhere.
    * Documented demo/sample keys (NASA DEMO_KEY, DeepL docs example, OWM
      samples key) are negative.
    * Hobby-project keys for free tiers (OWM, RAWG, NASA) are positive: they
      are still account credentials with quotas.

SEARCHES
    docs/pages corpora: MaxMind license key format (dev.maxmind.com release
    note: 40 chars, [a-zA-Z0-9_], _mmk suffix); Radar key prefixes
    (prj_live_sk_/prj_test_sk_/prj_live_pk_/prj_test_pk_, help.radar.io
    security page: publishable keys for client code); DeepL auth keys (":fx"
    suffix for Free keys, docs example key); NeverBounce key shape
    ("secret_" + 32 chars in the SDK README); Mapbox public vs secret token
    docs (pk/sk prefixes); Brave Search X-Subscription-Token header;
    WeatherAPI.com request examples; NASA DEMO_KEY rate limits.
    Scanner-related material shown by the searches (ignored, not used): a
    GitGuardian detector page for "MaxMind License Key", and MaxMind's
    License Key Validation API page mentioning trufflehog.
"""

import json
import os
import random
import sys
import uuid as _uuid_mod  # only used for formatting; never for randomness

HEX = "0123456789abcdef"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
ALNUM = DIG + LOW + UPP
LALNUM = DIG + LOW
UALNUM = DIG + UPP
B64URL = ALNUM + "-_"
B64 = ALNUM + "+/"


class G:
    """Random helpers bound to one random.Random."""

    def __init__(self, rng):
        self.r = rng

    def s(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n):
        return self.s(HEX, n)

    def alnum(self, n):
        # make sure mixed-case alnum strings really look mixed
        while True:
            v = self.s(ALNUM, n)
            if any(ch.isdigit() for ch in v) and any(ch.islower() for ch in v) and any(ch.isupper() for ch in v):
                return v

    def uuid4(self):
        b = bytearray(self.r.getrandbits(8) for _ in range(16))
        b[6] = (b[6] & 0x0F) | 0x40
        b[8] = (b[8] & 0x3F) | 0x80
        return str(_uuid_mod.UUID(bytes=bytes(b)))

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def num(self, a, b):
        return self.r.randint(a, b)


def b64url_nopad(data):
    import base64
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


# ---------------------------------------------------------------- key formats

def k_hex32(g):
    return g.hex(32)


def k_weatherapi(g):
    return g.hex(g.pick([30, 31, 31]))


def k_alnum32(g):
    return g.alnum(32)


def k_visualcrossing(g):
    while True:
        v = g.s(UALNUM, 25)
        if sum(ch.isdigit() for ch in v) >= 3 and sum(ch.isalpha() for ch in v) >= 8:
            return v


def k_meteo_pw(g):
    return g.alnum(10)


MAPBOX_USERS = ["jdoe-maps", "acmegeo", "trailhead", "bikeshare-ops", "rkowalski", "fieldcrew", "mlopez",
                "cityscope", "hikelog", "orchardlabs"]


def mapbox_token(g, prefix, user=None):
    user = user or g.pick(MAPBOX_USERS)
    ident = "c" + g.s(LALNUM, 24)
    payload = json.dumps({"u": user, "a": ident}, separators=(",", ":")).encode()
    return "%s.%s.%s" % (prefix, b64url_nopad(payload), g.s(B64URL, 22))


def k_mapbox_sk(g):
    return mapbox_token(g, "sk")


def k_google(g):
    return "AIzaSy" + g.s(B64URL, 33)


def k_here(g):
    return g.s(B64URL, 43)


def k_locationiq(g):
    return "pk." + g.hex(32)


def k_radar_sk(g):
    return g.pick(["prj_live_sk_", "prj_live_sk_", "prj_test_sk_"]) + g.hex(40)


def k_ipinfo(g):
    return g.hex(14)


def k_ipdata(g):
    return g.hex(56)


def k_maxmind(g):
    if g.chance(0.3):
        return g.alnum(16)
    return g.alnum(6) + "_" + g.alnum(29) + "_mmk"


def k_hex24(g):
    return g.hex(24)


def k_hex40(g):
    return g.hex(40)


def k_hex64(g):
    return g.hex(64)


def k_brave(g):
    return "BSA" + g.alnum(28)


def k_twitch(g):
    return g.s(LALNUM, 30)


def k_riot(g):
    return "RGAPI-" + g.uuid4()


def k_datagov(g):
    return g.alnum(40)


def k_noaa(g):
    while True:
        v = g.s(LOW + UPP, 32)
        if any(c.islower() for c in v) and any(c.isupper() for c in v):
            return v


def k_neverbounce(g):
    return "secret_" + g.hex(32)


def k_deepl(g):
    u = g.uuid4()
    return u + ":fx" if g.chance(0.65) else u


def k_pdfshift(g):
    return "sk_" + g.hex(40)


# ---------------------------------------------------------------- providers

class Prov:
    def __init__(self, pid, label, group, kind, gen, words, auth, url, extra=None):
        self.id = pid
        self.label = label
        self.group = group
        self.kind = kind
        self.gen = gen
        self.words = words          # words for an obvious variable name
        self.auth = auth            # ("q", param) | ("h", header, prefix) | ("p",) | ("basic",)
        self.url = url              # may contain {city} {lat} {lon} {addr} {ip} ... and {KEY} for ("p",)
        self.extra = extra or {}


PROVS = [
    Prov("openweathermap", "OpenWeatherMap", "weather", "api_key", k_hex32, ["openweather", "api", "key"],
         ("q", "appid"), "https://api.openweathermap.org/data/2.5/weather?q={city}&units=metric"),
    Prov("weatherapi", "WeatherAPI.com", "weather", "api_key", k_weatherapi, ["weatherapi", "key"],
         ("q", "key"), "https://api.weatherapi.com/v1/forecast.json?q={city}&days=3&aqi=no"),
    Prov("tomorrow_io", "Tomorrow.io", "weather", "api_key", k_alnum32, ["tomorrow", "api", "key"],
         ("q", "apikey"), "https://api.tomorrow.io/v4/weather/forecast?location={lat},{lon}&timesteps=1h"),
    Prov("accuweather", "AccuWeather", "weather", "api_key", k_alnum32, ["accuweather", "api", "key"],
         ("q", "apikey"), "https://dataservice.accuweather.com/forecasts/v1/daily/5day/{loc}?metric=true"),
    Prov("visualcrossing", "Visual Crossing", "weather", "api_key", k_visualcrossing, ["visualcrossing", "key"],
         ("q", "key"), "https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/{city}?unitGroup=metric&include=days"),
    Prov("meteomatics", "Meteomatics", "weather", "password", k_meteo_pw, ["meteomatics", "password"],
         ("basic",), "https://api.meteomatics.com/now/t_2m:C,precip_1h:mm/{lat},{lon}/json",
         {"user": lambda g: g.pick(["acme", "farmtech", "hobby", "uni-bern", "solarco", "skywatch"]) + "_" + g.pick(["smith", "muller", "rossi", "tanaka", "kowal", "dubois"]) + g.pick(["", "_j", "_a", "_m"])}),
    Prov("mapbox", "Mapbox", "maps", "secret_token", k_mapbox_sk, ["mapbox", "secret", "token"],
         ("q", "access_token"), "https://api.mapbox.com/tokens/v2/{muser}"),
    Prov("google_maps", "Google Maps Platform", "maps", "api_key", k_google, ["google", "maps", "api", "key"],
         ("q", "key"), "https://maps.googleapis.com/maps/api/geocode/json?address={addr}"),
    Prov("here", "HERE", "maps", "api_key", k_here, ["here", "api", "key"],
         ("q", "apiKey"), "https://geocode.search.hereapi.com/v1/geocode?q={addr}"),
    Prov("tomtom", "TomTom", "maps", "api_key", k_alnum32, ["tomtom", "api", "key"],
         ("q", "key"), "https://api.tomtom.com/search/2/geocode/{addr}.json?limit=1"),
    Prov("locationiq", "LocationIQ", "maps", "access_token", k_locationiq, ["locationiq", "token"],
         ("q", "key"), "https://us1.locationiq.com/v1/search?q={addr}&format=json"),
    Prov("opencage", "OpenCage", "maps", "api_key", k_hex32, ["opencage", "api", "key"],
         ("q", "key"), "https://api.opencagedata.com/geocode/v1/json?q={addr}&no_annotations=1"),
    Prov("geoapify", "Geoapify", "maps", "api_key", k_hex32, ["geoapify", "api", "key"],
         ("q", "apiKey"), "https://api.geoapify.com/v1/geocode/search?text={addr}&format=json"),
    Prov("radar", "Radar", "maps", "secret_key", k_radar_sk, ["radar", "secret", "key"],
         ("h", "Authorization", ""), "https://api.radar.io/v1/geocode/forward?query={addr}"),
    Prov("ipinfo", "ipinfo", "ipgeo", "access_token", k_ipinfo, ["ipinfo", "token"],
         ("q", "token"), "https://ipinfo.io/{ip}/json"),
    Prov("ipdata", "ipdata", "ipgeo", "api_key", k_ipdata, ["ipdata", "api", "key"],
         ("q", "api-key"), "https://api.ipdata.co/{ip}"),
    Prov("ipgeolocation", "IPGeolocation.io", "ipgeo", "api_key", k_hex32, ["ipgeolocation", "api", "key"],
         ("q", "apiKey"), "https://api.ipgeolocation.io/ipgeo?ip={ip}"),
    Prov("maxmind", "MaxMind", "ipgeo", "license_key", k_maxmind, ["maxmind", "license", "key"],
         ("basic",), "https://geoip.maxmind.com/geoip/v2.1/city/{ip}",
         {"user": lambda g: str(g.num(100000, 1299999))}),
    Prov("ipstack", "ipstack", "ipgeo", "access_key", k_hex32, ["ipstack", "access", "key"],
         ("q", "access_key"), "http://api.ipstack.com/{ip}"),
    Prov("abstractapi", "Abstract API", "validation", "api_key", k_hex32, ["abstract", "api", "key"],
         ("q", "api_key"), "https://emailvalidation.abstractapi.com/v1/?email={email}"),
    Prov("openexchangerates", "Open Exchange Rates", "fx", "app_id", k_hex32, ["oxr", "app", "id"],
         ("q", "app_id"), "https://openexchangerates.org/api/latest.json?base=USD"),
    Prov("fixer", "Fixer", "fx", "access_key", k_hex32, ["fixer", "access", "key"],
         ("q", "access_key"), "http://data.fixer.io/api/latest?symbols=USD,GBP,JPY,CHF"),
    Prov("currencylayer", "currencylayer", "fx", "access_key", k_hex32, ["currencylayer", "key"],
         ("q", "access_key"), "http://api.currencylayer.com/live?currencies=EUR,GBP,CAD,AUD"),
    Prov("exchangerate_api", "ExchangeRate-API", "fx", "api_key", k_hex24, ["exchangerate", "api", "key"],
         ("p",), "https://v6.exchangerate-api.com/v6/{KEY}/latest/USD"),
    Prov("newsapi", "NewsAPI", "news", "api_key", k_hex32, ["news", "api", "key"],
         ("q", "apiKey"), "https://newsapi.org/v2/top-headlines?country=us&category=technology"),
    Prov("gnews", "GNews", "news", "api_key", k_hex32, ["gnews", "api", "key"],
         ("q", "apikey"), "https://gnews.io/api/v4/top-headlines?category=general&lang=en&max=10"),
    Prov("serpapi", "SerpApi", "search", "api_key", k_hex64, ["serpapi", "key"],
         ("q", "api_key"), "https://serpapi.com/search.json?engine=google&q={query}"),
    Prov("bing", "Bing Search", "search", "subscription_key", k_hex32, ["bing", "search", "key"],
         ("h", "Ocp-Apim-Subscription-Key", ""), "https://api.bing.microsoft.com/v7.0/news/search?q={query}&mkt=en-US"),
    Prov("brave", "Brave Search", "search", "subscription_token", k_brave, ["brave", "api", "key"],
         ("h", "X-Subscription-Token", ""), "https://api.search.brave.com/res/v1/web/search?q={query}&count=10"),
    Prov("api_football", "API-Football", "sports", "api_key", k_hex32, ["api", "football", "key"],
         ("h", "x-apisports-key", ""), "https://v3.football.api-sports.io/fixtures?league=39&season=2024"),
    Prov("sportsdataio", "SportsDataIO", "sports", "subscription_key", k_hex32, ["sportsdata", "key"],
         ("h", "Ocp-Apim-Subscription-Key", ""), "https://api.sportsdata.io/v3/nba/scores/json/Games/2025"),
    Prov("rawg", "RAWG", "games", "api_key", k_hex32, ["rawg", "api", "key"],
         ("q", "key"), "https://api.rawg.io/api/games?page_size=20&ordering=-rating"),
    Prov("twitch_igdb", "Twitch / IGDB", "games", "client_secret", k_twitch, ["twitch", "client", "secret"],
         ("q", "client_secret"), "https://id.twitch.tv/oauth2/token?grant_type=client_credentials",
         {"client_id": lambda g: g.s(LALNUM, 30)}),
    Prov("riot", "Riot Games", "games", "api_key", k_riot, ["riot", "api", "key"],
         ("h", "X-Riot-Token", ""), "https://europe.api.riotgames.com/riot/account/v1/accounts/by-riot-id/{gamer}/EUW"),
    Prov("nasa", "NASA (api.data.gov)", "gov", "api_key", k_datagov, ["nasa", "api", "key"],
         ("q", "api_key"), "https://api.nasa.gov/planetary/apod?thumbs=true"),
    Prov("census", "US Census Bureau", "gov", "api_key", k_hex40, ["census", "api", "key"],
         ("q", "key"), "https://api.census.gov/data/2022/acs/acs5?get=NAME,B19013_001E&for=county:*&in=state:06"),
    Prov("fred", "FRED (St. Louis Fed)", "gov", "api_key", k_hex32, ["fred", "api", "key"],
         ("q", "api_key"), "https://api.stlouisfed.org/fred/series/observations?series_id=UNRATE&file_type=json"),
    Prov("noaa", "NOAA NCEI CDO", "gov", "token", k_noaa, ["noaa", "token"],
         ("h", "token", ""), "https://www.ncei.noaa.gov/cdo-web/api/v2/data?datasetid=GHCND&stationid=GHCND:USW00094728&startdate=2024-01-01&enddate=2024-01-31"),
    Prov("usda", "USDA FoodData Central", "gov", "api_key", k_datagov, ["fdc", "api", "key"],
         ("q", "api_key"), "https://api.nal.usda.gov/fdc/v1/foods/search?query={food}&pageSize=5"),
    Prov("zerobounce", "ZeroBounce", "validation", "api_key", k_hex32, ["zerobounce", "api", "key"],
         ("q", "api_key"), "https://api.zerobounce.net/v2/validate?email={email}&ip_address="),
    Prov("neverbounce", "NeverBounce", "validation", "api_key", k_neverbounce, ["neverbounce", "api", "key"],
         ("q", "key"), "https://api.neverbounce.com/v4/single/check?email={email}"),
    Prov("numverify", "Numverify", "validation", "access_key", k_hex32, ["numverify", "access", "key"],
         ("q", "access_key"), "http://apilayer.net/api/validate?number={phone}&country_code="),
    Prov("deepl", "DeepL", "translation", "auth_key", k_deepl, ["deepl", "auth", "key"],
         ("h", "Authorization", "DeepL-Auth-Key "), "https://api-free.deepl.com/v2/translate"),
    Prov("google_translate", "Google Cloud Translation", "translation", "api_key", k_google, ["google", "translate", "key"],
         ("q", "key"), "https://translation.googleapis.com/language/translate/v2?target=de&format=text"),
    Prov("bitly", "Bitly", "shortener", "access_token", k_hex40, ["bitly", "access", "token"],
         ("h", "Authorization", "Bearer "), "https://api-ssl.bitly.com/v4/shorten"),
    Prov("rebrandly", "Rebrandly", "shortener", "api_key", k_hex32, ["rebrandly", "api", "key"],
         ("h", "apikey", ""), "https://api.rebrandly.com/v1/links"),
    Prov("apiflash", "ApiFlash", "screenshot", "access_key", k_hex32, ["apiflash", "access", "key"],
         ("q", "access_key"), "https://api.apiflash.com/v1/urltoimage?url={site}&format=png&width=1280"),
    Prov("pdfshift", "PDFShift", "pdf", "api_key", k_pdfshift, ["pdfshift", "api", "key"],
         ("h", "X-API-Key", ""), "https://api.pdfshift.io/v3/convert/pdf"),
]
PROV_BY_ID = {p.id: p for p in PROVS}
WEATHER = [p.id for p in PROVS if p.group == "weather"]


# ---------------------------------------------------------------- context data

CITIES = [("London", 51.5074, -0.1278), ("Berlin", 52.52, 13.405), ("Lisbon", 38.7223, -9.1393),
          ("Toronto", 43.6532, -79.3832), ("Austin", 30.2672, -97.7431), ("Osaka", 34.6937, 135.5023),
          ("Wellington", -41.2865, 174.7762), ("Nairobi", -1.2921, 36.8219), ("Denver", 39.7392, -104.9903),
          ("Krakow", 50.0647, 19.945), ("Porto", 41.1579, -8.6291), ("Seattle", 47.6062, -122.3321),
          ("Bergen", 60.3913, 5.3221), ("Cork", 51.8985, -8.4756), ("Valencia", 39.4699, -0.3763)]
ADDRS = ["1600+Amphitheatre+Parkway,+Mountain+View", "10+Downing+St,+London", "Alexanderplatz+1,+Berlin",
         "350+5th+Ave,+New+York", "Rua+Augusta+100,+Lisboa", "221B+Baker+Street", "Marienplatz+8,+Munich",
         "1+Infinite+Loop,+Cupertino", "Dam+Square,+Amsterdam", "Piazza+Navona,+Roma"]
IPS = ["8.8.8.8", "1.1.1.1", "203.0.113.42", "198.51.100.7", "192.0.2.15", "81.2.69.160", "2.125.160.216",
       "89.160.20.128", "216.160.83.56", "175.16.199.0"]
QUERIES = ["rust+async+runtime", "best+hiking+boots", "coffee+near+me", "python+dataclasses", "electric+bikes+2024",
           "weather+radar", "home+assistant+zigbee", "sourdough+starter"]
EMAILS = ["jane.doe@example.com", "ops@example.org", "test.user@example.net", "billing@example.com",
          "newsletter@example.org"]
PHONES = ["14158586273", "447700900123", "4915112345678", "33612345678"]
SITES = ["https://example.com", "https://www.example.org/pricing", "https://docs.example.net/start",
         "https://status.example.com"]
GAMERS = ["Faker", "Caps", "Rekkles", "Jankos", "Upset", "Hans+Sama"]
FOODS = ["cheddar", "oatmeal", "banana", "lentils", "greek+yogurt"]
PEOPLE = ["Jan", "Priya", "Tomasz", "Aiko", "Lena", "Marco", "Sam", "Chidi", "Ines", "Oskar"]
PROJECTS = ["weather-station", "commute-bot", "geo-dash", "fx-tracker", "newsdigest", "matchday", "gamefeed",
            "home-lab", "tripplanner", "leadscore", "linkshort", "thumbnailer", "datakit", "openclimate",
            "ipwho", "translator-bot", "citypulse", "pricewatch"]

NEUTRAL_PAIRS = [("wx", "param"), ("upstream", "ref"), ("default", "id"), ("svc", "value"), ("remote", "cfg"),
                 ("data", "ref"), ("client", "ref"), ("app", "param"), ("source", "id"), ("q", "value"),
                 ("geo", "ref"), ("feed", "id"), ("primary", "value"), ("conn", "arg"), ("lookup", "opt"),
                 ("base", "param"), ("provider", "ref"), ("sync", "value"), ("fetch", "arg"), ("ext", "id")]


def style_name(words, style):
    words = [w for w in words if w]
    if style == "snake":
        return "_".join(words)
    if style == "screaming":
        return "_".join(words).upper()
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "dot":
        return ".".join(words)
    raise ValueError(style)


ENV_EXPR = {
    "py": lambda n, g: g.pick(['os.environ["%s"]', 'os.getenv("%s")', 'os.environ.get("%s", "")']) % n,
    "js": lambda n, g: "process.env.%s" % n,
    "ts": lambda n, g: "process.env.%s ?? \"\"" % n,
    "php": lambda n, g: g.pick(["getenv('%s')", "$_ENV['%s']", "env('%s')"]) % n,
    "rb": lambda n, g: g.pick(['ENV["%s"]', 'ENV.fetch("%s")']) % n,
    "go": lambda n, g: 'os.Getenv("%s")' % n,
    "r": lambda n, g: 'Sys.getenv("%s")' % n,
    "gs": lambda n, g: "PropertiesService.getScriptProperties().getProperty('%s')" % n,
    "swift": lambda n, g: 'ProcessInfo.processInfo.environment["%s"] ?? ""' % n,
    "kt": lambda n, g: "BuildConfig.%s" % n,
    "java": lambda n, g: 'System.getenv("%s")' % n,
    "sh": lambda n, g: '"${%s}"' % n,
    "ps1": lambda n, g: "$env:%s" % n,
}


class Ctx:
    def __init__(self, g, prov, value, neg=None, obvious=True):
        self.g = g
        self.p = prov
        self.v = value
        self.neg = neg
        self.obvious = obvious
        self.envname = style_name(prov.words, "screaming")
        self.neutral = g.pick(NEUTRAL_PAIRS)
        city = g.pick(CITIES)
        self.city, self.lat, self.lon = city
        self.pub = {k: f(g) for k, f in prov.extra.items()}
        self.project = g.pick(PROJECTS)
        self.person = g.pick(PEOPLE)
        self.fill = {
            "city": self.city, "lat": "%.4f" % self.lat, "lon": "%.4f" % self.lon, "addr": g.pick(ADDRS),
            "ip": g.pick(IPS), "email": g.pick(EMAILS), "phone": g.pick(PHONES), "query": g.pick(QUERIES),
            "site": g.pick(SITES), "loc": str(g.num(100000, 350000)), "muser": g.pick(MAPBOX_USERS),
            "gamer": g.pick(GAMERS), "food": g.pick(FOODS),
        }
        if prov.id == "deepl" and neg is None and not value.endswith(":fx"):
            self.fill_url = prov.url.replace("api-free.deepl.com", "api.deepl.com")
        else:
            self.fill_url = prov.url

    # -- names
    def words(self):
        if not self.obvious:
            return list(self.neutral)
        if self.neg == "public":
            return {"mapbox": ["mapbox", "access", "token"], "radar": ["radar", "publishable", "key"]}.get(self.p.id, list(self.p.words))
        return list(self.p.words)

    def name(self, style):
        return style_name(self.words(), style)

    @property
    def inline_ok(self):
        return (not self.obvious) and self.neg != "env"

    # -- values
    def q(self, lang, quote='"'):
        if self.neg == "env":
            return ENV_EXPR[lang](self.envname, self.g)
        return quote + self.v + quote

    def raw(self):
        if self.neg == "env":
            return "${%s}" % self.envname
        return self.v

    # -- URLs
    def url_nokey(self):
        u = self.fill_url
        for k, v in self.fill.items():
            u = u.replace("{%s}" % k, v)
        return u

    def url_with(self, keytext):
        """URL carrying the key text inline (query/path/basic-auth); header auth -> URL without key."""
        u = self.url_nokey()
        a = self.p.auth
        if a[0] == "q":
            return u + ("&" if "?" in u else "?") + "%s=%s" % (a[1], keytext)
        if a[0] == "p":
            return u.replace("{KEY}", keytext)
        if a[0] == "basic":
            return u.replace("https://", "https://%s:%s@" % (self.user(), keytext))
        return u

    def url_full(self):
        return self.url_with(self.raw())

    def user(self):
        return self.pub.get("user", "")

    @property
    def auth(self):
        return self.p.auth[0]

    def header(self):
        a = self.p.auth
        return (a[1], a[2]) if a[0] == "h" else (None, None)


def cat_expr(prefix, k, lang):
    """Expression for prefix + key, folding literals."""
    if not prefix:
        return k
    if k and k[0] in "\"'" and k[-1] == k[0]:
        return k[0] + prefix + k[1:]
    if lang == "py":
        return '"%s" + %s' % (prefix, k)
    if lang in ("js", "ts", "gs"):
        return "`%s${%s}`" % (prefix, k)
    if lang == "php":
        return "'%s' . %s" % (prefix, k)
    if lang == "rb":
        return '"%s#{%s}"' % (prefix, k)
    if lang == "go":
        return '"%s" + %s' % (prefix, k)
    if lang == "r":
        return 'paste0("%s", %s)' % (prefix, k)
    if lang == "ps1":
        return '"%s$(%s)"' % (prefix, k)
    return prefix + k


# ----- per-language request snippets (K = expression that yields the key)

def py_request(c, K, indent="    ", var="resp"):
    u = c.url_nokey()
    a = c.p.auth
    L = []
    if a[0] == "q":
        L.append('%s%s = requests.get("%s", params={"%s": %s}, timeout=15)' % (indent, var, u, a[1], K))
    elif a[0] == "p":
        if K[0] in "\"'":
            L.append('%s%s = requests.get("%s", timeout=15)' % (indent, var, c.url_with(K[1:-1])))
        else:
            L.append('%s%s = requests.get(f"%s", timeout=15)' % (indent, var, c.url_with("{%s}" % K)))
    elif a[0] == "basic":
        L.append('%s%s = requests.get("%s", auth=("%s", %s), timeout=15)' % (indent, var, u, c.user(), K))
    else:
        h, pre = c.header()
        if c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
            L.append('%s%s = requests.post("%s", headers={"%s": %s}, json=payload, timeout=30)' % (
                indent, var, u, h, cat_expr(pre, K, "py")))
        else:
            L.append('%s%s = requests.get("%s", headers={"%s": %s}, timeout=15)' % (
                indent, var, u, h, cat_expr(pre, K, "py")))
    L.append("%s%s.raise_for_status()" % (indent, var))
    return L


def js_request(c, K, indent="  ", lang="js"):
    u = c.url_nokey()
    a = c.p.auth
    if a[0] == "q":
        if K[0] in "\"'":
            return ["%sconst res = await fetch(%s);" % (indent, "`" + c.url_with(K[1:-1]) + "`")]
        return ["%sconst url = new URL(\"%s\");" % (indent, u),
                "%surl.searchParams.set(\"%s\", %s);" % (indent, a[1], K),
                "%sconst res = await fetch(url);" % indent]
    if a[0] == "p":
        inner = K[1:-1] if K[0] in "\"'" else "${%s}" % K
        return ["%sconst res = await fetch(`%s`);" % (indent, c.url_with(inner))]
    if a[0] == "basic":
        return ["%sconst auth = Buffer.from(`%s:${%s}`).toString(\"base64\");" % (indent, c.user(), K if K[0] not in "\"'" else "'" + K[1:-1] + "'"),
                "%sconst res = await fetch(\"%s\", { headers: { Authorization: `Basic ${auth}` } });" % (indent, u)]
    h, pre = c.header()
    method = "POST" if c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly") else "GET"
    L = ["%sconst res = await fetch(\"%s\", {" % (indent, u),
         "%s  method: \"%s\"," % (indent, method),
         "%s  headers: {" % indent,
         "%s    \"%s\": %s," % (indent, h, cat_expr(pre, K, lang)),
         "%s    \"Content-Type\": \"application/json\"," % indent,
         "%s  }," % indent]
    if method == "POST":
        L.append("%s  body: JSON.stringify(payload)," % indent)
    L.append("%s});" % indent)
    return L


def sh_curl(c, keytext, cont=" \\\n  "):
    """curl command using the key text verbatim (may be $VAR)."""
    a = c.p.auth
    if a[0] in ("q", "p"):
        return 'curl -fsS "%s"' % c.url_with(keytext)
    if a[0] == "basic":
        return 'curl -fsS -u "%s:%s" "%s"' % (c.user(), keytext, c.url_nokey())
    h, pre = c.header()
    extra = ""
    if c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        extra = cont + "-H 'Content-Type: application/json'" + cont + "-d @payload.json"
    return 'curl -fsS "%s"%s-H "%s: %s%s"%s' % (c.url_nokey(), cont, h, pre, keytext, extra)


# ---------------------------------------------------------------- template registry

SHARED = []   # templates with a secret slot: used for positives and re-used for negatives
ALL_NEG_KINDS = ("placeholder", "env", "masked", "empty", "secret_ref", "demo", "public")


def tpl(name, provs=None, negs=ALL_NEG_KINDS, client=False):
    """client=True: the file ships inside a mobile/web client (Google Maps keys are kept out of those:
    Android/iOS/browser Maps keys are app-restricted and public by design)."""
    def deco(f):
        SHARED.append({"name": name, "f": f, "provs": provs, "negs": negs, "client": client})
        return f
    return deco


def J(lines):
    return "\n".join(lines).rstrip("\n") + "\n"


def slug(c):
    return c.p.id.replace("_", "-")


def comment_for(c):
    g = c.g
    return g.pick([
        "%s client for the %s project" % (c.p.label, c.project),
        "Pulls data from %s and caches it locally" % c.p.label,
        "quick script - %s asked for this in standup" % c.person,
        "Wrapper around the %s API (free tier, 1 req/s)" % c.p.label,
        "TODO(%s): move retries into a shared helper" % c.person.lower(),
        "%s integration; see docs/%s.md" % (c.p.label, slug(c)),
    ])


def py_key_binding(c, style="screaming"):
    """Returns (assignment_lines, K) for python."""
    if c.inline_ok and c.g.chance(0.5):
        return [], c.q("py")
    nm = c.name(style)
    return ["%s = %s" % (nm, c.q("py"))], nm


@tpl("py_script")
def t_py_script(c):
    g = c.g
    fn = g.pick(["fetch", "pull", "get", "sync"]) + "_" + g.pick(["weather", "data", "report", "latest", "rates", "results"])
    assign, K = py_key_binding(c)
    L = ["#!/usr/bin/env python3", '"""%s."""' % comment_for(c), "", "import json", "import sys", "",
         "import requests", ""]
    L += assign
    L += ["OUT_FILE = \"%s.json\"" % g.pick(["latest", "cache", "snapshot", "out"]), "", "",
          "def %s():" % fn]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append('    payload = %s' % {"deepl": '{"text": ["Hello, world"], "target_lang": "DE"}',
                                        "pdfshift": '{"source": "https://example.com/invoice/42"}',
                                        "bitly": '{"long_url": "https://example.com/blog/launch-week"}',
                                        "rebrandly": '{"destination": "https://example.com/signup"}'}[c.p.id])
    L += py_request(c, K)
    L += ["    return resp.json()", "", "", "def main():", "    data = %s()" % fn,
          "    with open(OUT_FILE, \"w\") as fh:", "        json.dump(data, fh, indent=2)",
          "    print(\"saved\", OUT_FILE, file=sys.stderr)", "", "", 'if __name__ == "__main__":', "    main()"]
    path = g.pick(["scripts/%s.py" % fn, "%s.py" % fn, "tools/%s.py" % fn, "bin/%s.py" % fn])
    return path, "python", J(L)


@tpl("py_settings", negs=("placeholder", "env", "masked", "empty", "secret_ref", "demo", "public"))
def t_py_settings(c):
    g = c.g
    nm = c.name("screaming")
    L = ['"""Django settings for %s."""' % c.project.replace("-", "_"), "", "import os",
         "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent", "",
         'DEBUG = os.environ.get("DEBUG", "0") == "1"', 'ALLOWED_HOSTS = ["localhost", "127.0.0.1", ".%s.example.com"]' % c.project,
         "", "INSTALLED_APPS = [", '    "django.contrib.admin",', '    "django.contrib.auth",',
         '    "django.contrib.contenttypes",', '    "django.contrib.staticfiles",', '    "%s",' % c.project.replace("-", "_"), "]",
         "", "TIME_ZONE = \"%s\"" % g.pick(["UTC", "Europe/Berlin", "America/New_York", "Europe/Lisbon"]),
         "USE_TZ = True", "STATIC_URL = \"/static/\"", "", "# --- third-party data sources ---"]
    if c.obvious or g.chance(0.5):
        L += ["%s = %s" % (nm, c.q("py")), '%s_BASE_URL = "%s"' % (style_name(c.p.words[:1], "screaming"), c.url_nokey().split("?")[0])]
    else:
        L += ["EXTERNAL_SOURCES = {", '    "%s": {' % c.p.id, '        "url": "%s",' % c.url_nokey().split("?")[0],
              '        "%s": %s,' % (style_name(c.neutral, "snake"), c.q("py")), '        "timeout": %d,' % g.pick([5, 10, 20]),
              "    },", "}"]
    L += ["", "CACHES = {", '    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}', "}",
          "LOGGING = {\"version\": 1, \"disable_existing_loggers\": False}"]
    return g.pick(["config/settings.py", "%s/settings.py" % c.project.replace("-", "_"), "settings/base.py"]), "python", J(L)


@tpl("py_flask")
def t_py_flask(c):
    g = c.g
    assign, K = py_key_binding(c)
    route = g.pick(["/api/lookup", "/weather", "/proxy", "/api/data", "/check"])
    L = ["from flask import Flask, jsonify, request", "import requests", "", "app = Flask(__name__)"]
    L += assign
    L += ["", "", "@app.route(\"%s\")" % route, "def lookup():"]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append("    payload = request.get_json(force=True)")
    L += py_request(c, K)
    L += ["    return jsonify(resp.json())", "", "", "@app.route(\"/healthz\")", "def healthz():",
          "    return {\"ok\": True}", "", "", 'if __name__ == "__main__":',
          "    app.run(host=\"0.0.0.0\", port=%d, debug=%s)" % (g.pick([5000, 8000, 8080]), g.pick(["True", "False"]))]
    return g.pick(["app.py", "server/app.py", "api/app.py"]), "python", J(L)


@tpl("py_streamlit")
def t_py_streamlit(c):
    g = c.g
    assign, K = py_key_binding(c, g.pick(["screaming", "snake"]))
    L = ["import pandas as pd", "import requests", "import streamlit as st", "",
         "st.set_page_config(page_title=\"%s\", layout=\"wide\")" % c.project.replace("-", " ").title()]
    L += assign
    L += ["", "", "@st.cache_data(ttl=600)", "def load():"]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append('    payload = {"text": ["Guten Morgen"], "target_lang": "EN"}')
    L += py_request(c, K)
    L += ["    return resp.json()", "", "", "st.title(\"%s dashboard\")" % c.p.label,
          "data = load()", "st.json(data)", "if st.checkbox(\"Show table\"):",
          "    st.dataframe(pd.json_normalize(data))", "st.caption(\"Data: %s\")" % c.p.label]
    return g.pick(["streamlit_app.py", "app/streamlit_app.py", "dashboard.py"]), "python", J(L)


@tpl("py_cron_job")
def t_py_cron(c):
    g = c.g
    assign, K = py_key_binding(c, "snake" if g.chance(0.5) else "screaming")
    L = ["# Runs from cron every %d minutes, see deploy/crontab" % g.pick([10, 15, 30, 60]),
         "import csv", "import datetime as dt", "import logging", "", "import requests", "",
         "log = logging.getLogger(__name__)"]
    L += assign
    L += ["CSV_PATH = \"/var/lib/%s/history.csv\"" % c.project, "", "", "def run():",
          "    started = dt.datetime.utcnow().isoformat()"]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append('    payload = {"long_url": "https://example.com/weekly"}')
    L += py_request(c, K)
    L += ["    row = {\"ts\": started, \"status\": resp.status_code, \"bytes\": len(resp.content)}",
          "    with open(CSV_PATH, \"a\", newline=\"\") as fh:",
          "        csv.DictWriter(fh, fieldnames=row.keys()).writerow(row)",
          "    log.info(\"stored %s\", row)", "", "", 'if __name__ == "__main__":',
          "    logging.basicConfig(level=logging.INFO)", "    run()"]
    return g.pick(["jobs/fetch_%s.py" % c.p.id, "cron/%s_job.py" % c.p.id, "tasks/update_%s.py" % g.pick(["cache", "data", "feed"])]), "python", J(L)


@tpl("py_client_class")
def t_py_client(c):
    g = c.g
    cls = "".join(w.capitalize() for w in c.p.id.split("_")) + "Client"
    pname = c.name("snake") if c.obvious else style_name(c.neutral, "snake")
    L = ["import requests", "", "", "class %s:" % cls, '    """Thin client for %s."""' % c.p.label, "",
         "    def __init__(self, %s=%s, session=None):" % (pname, c.q("py")),
         "        self.%s = %s" % (pname, pname), "        self.session = session or requests.Session()", "",
         "    def get(self):"]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append('        payload = {"source": "hello"}')
    L += [x.replace("resp = requests.", "resp = self.session.") for x in py_request(c, "self." + pname, indent="        ")]
    L += ["        return resp.json()", "", "    def __repr__(self):", '        return "<%s>"' % cls]
    pkg = c.project.replace("-", "_")
    return g.pick(["%s/clients/%s.py" % (pkg, c.p.id), "src/%s/%s_client.py" % (pkg, c.p.id), "lib/%s.py" % c.p.id]), "python", J(L)


@tpl("py_argparse")
def t_py_argparse(c):
    g = c.g
    flag = "--" + (c.name("kebab") if c.obvious else style_name(c.neutral, "kebab"))
    dest = flag[2:].replace("-", "_")
    L = ["import argparse", "import requests", "", "", "def parse_args():",
         "    ap = argparse.ArgumentParser(description=\"Query %s from the command line\")" % c.p.label,
         "    ap.add_argument(\"target\", nargs=\"?\", default=\"%s\")" % c.city,
         "    ap.add_argument(\"%s\", default=%s)" % (flag, c.q("py")),
         "    ap.add_argument(\"--json\", action=\"store_true\")", "    return ap.parse_args()", "", "",
         "def main():", "    args = parse_args()"]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append('    payload = {"text": [args.target], "target_lang": "FR"}')
    L += py_request(c, "args." + dest)
    L += ["    print(resp.json() if args.json else resp.text[:400])", "", "", 'if __name__ == "__main__":', "    main()"]
    return g.pick(["cli.py", "tools/%s_cli.py" % c.p.id, "scripts/query.py"]), "python", J(L)


@tpl("ipynb")
def t_ipynb(c):
    g = c.g
    assign, K = py_key_binding(c, g.pick(["snake", "screaming"]))
    cell1 = ["import requests\n", "import pandas as pd\n"]
    cell2 = [x + "\n" for x in assign]
    body = py_request(c, K, indent="")
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        body = ['payload = {"text": ["Wie geht es dir?"], "target_lang": "EN"}'] + body
    cell2 += [x + "\n" for x in body] + ["data = resp.json()\n", "data"]
    cell3 = ["df = pd.json_normalize(data)\n", "df.head()"]

    def code(src):
        return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [], "source": src}
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# %s exploration\n" % c.p.label, "\n",
                                                                          "Quick look at the %s API for %s." % (c.p.label, c.project)]},
                    code(cell1), code(cell2), code(cell3)],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                       "language_info": {"name": "python", "version": "3.11.%d" % g.num(1, 9)}},
          "nbformat": 4, "nbformat_minor": 5}
    path = g.pick(["notebooks/%s_exploration.ipynb" % c.p.id, "analysis/%s.ipynb" % c.p.id, "Untitled%d.ipynb" % g.num(1, 4)])
    return path, "jupyter", json.dumps(nb, indent=1) + "\n"


def js_key_binding(c, lang="js", style=None):
    if c.inline_ok and c.g.chance(0.5):
        return [], c.q(lang, c.g.pick(['"', "'"]))
    nm = c.name(style or c.g.pick(["screaming", "camel"]))
    return ["const %s = %s;" % (nm, c.q(lang, c.g.pick(['"', "'"])))], nm


@tpl("js_node_script")
def t_js_node(c):
    g = c.g
    assign, K = js_key_binding(c)
    L = ["// %s" % comment_for(c), "import fs from \"node:fs/promises\";", ""] + assign + [
        "const OUT = \"./data/%s.json\";" % c.p.id, "", "async function main() {"]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append("  const payload = { text: [\"Bonjour\"], target_lang: \"EN\" };")
    L += js_request(c, K)
    L += ["  if (!res.ok) throw new Error(`HTTP ${res.status}`);", "  const data = await res.json();",
          "  await fs.writeFile(OUT, JSON.stringify(data, null, 2));", "  console.log(\"wrote\", OUT);", "}", "",
          "main().catch((err) => {", "  console.error(err);", "  process.exit(1);", "});"]
    return g.pick(["scripts/fetch-%s.mjs" % slug(c), "fetch.mjs", "bin/update-%s.mjs" % slug(c)]), "javascript", J(L)


@tpl("js_axios")
def t_js_axios(c):
    g = c.g
    a = c.p.auth
    nm = c.name("camel") if c.obvious else style_name(c.neutral, "camel")
    L = ["import axios from \"axios\";", "", "const %s = %s;" % (nm, c.q("js", "'")), ""]
    if a[0] == "h":
        h, pre = c.header()
        L += ["export const client = axios.create({", "  baseURL: \"%s\"," % c.url_nokey().split("?")[0].rsplit("/", 1)[0],
              "  timeout: 10000,", "  headers: { \"%s\": %s }," % (h, cat_expr(pre, nm, "js")), "});"]
    elif a[0] == "q":
        L += ["export const client = axios.create({", "  baseURL: \"%s\"," % c.url_nokey().split("?")[0].rsplit("/", 1)[0],
              "  timeout: 10000,", "  params: { %s: %s }," % (a[1] if "-" not in a[1] else '"%s"' % a[1], nm), "});"]
    elif a[0] == "basic":
        L += ["export const client = axios.create({", "  baseURL: \"%s\"," % c.url_nokey().split("?")[0].rsplit("/", 1)[0],
              "  auth: { username: \"%s\", password: %s }," % (c.user(), nm), "});"]
    else:
        L += ["export const client = axios.create({", "  baseURL: `%s`," % c.url_with("${%s}" % nm).rsplit("/", 1)[0], "});"]
    L += ["", "export async function fetchLatest(params = {}) {", "  const { data } = await client.get(\"/\", { params });",
          "  return data;", "}", "", "export default client;"]
    return g.pick(["src/api/%s.js" % c.p.id, "src/lib/%sClient.js" % style_name(c.p.id.split("_"), "camel"), "api/%s.js" % slug(c)]), "javascript", J(L)


@tpl("ts_service")
def t_ts_service(c):
    g = c.g
    cls = "".join(w.capitalize() for w in c.p.id.split("_")) + "Service"
    fld = c.name("camel") if c.obvious else style_name(c.neutral, "camel")
    L = ["import { Injectable } from \"@nestjs/common\";", "", "@Injectable()", "export class %s {" % cls,
         "  private readonly %s = %s;" % (fld, c.q("ts", '"')), "  private readonly timeoutMs = %d;" % g.pick([3000, 5000, 8000]), "",
         "  async lookup(): Promise<unknown> {"]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append("    const payload = { long_url: \"https://example.com/a\" };")
    L += [x.replace("res = await fetch", "res = await fetch") for x in js_request(c, "this." + fld, indent="    ", lang="ts")]
    L += ["    if (!res.ok) {", "      throw new Error(`%s responded ${res.status}`);" % c.p.label, "    }",
          "    return res.json();", "  }", "}"]
    return g.pick(["src/services/%s.service.ts" % slug(c), "src/%s/%s.service.ts" % (slug(c), slug(c))]), "typescript", J(L)


@tpl("rn_config", negs=("placeholder", "masked", "empty", "demo", "public", "env"), client=True)
def t_rn_config(c):
    g = c.g
    if g.chance(0.5):
        key = c.name("camel") if c.obvious else style_name(c.neutral, "camel")
        L = ["// Expo app config", "export default {", "  name: \"%s\"," % c.project.replace("-", " ").title(),
             "  slug: \"%s\"," % c.project, "  version: \"1.%d.%d\"," % (g.num(0, 9), g.num(0, 20)),
             "  orientation: \"portrait\",", "  ios: { bundleIdentifier: \"com.example.%s\" }," % c.project.replace("-", ""),
             "  android: { package: \"com.example.%s\" }," % c.project.replace("-", ""), "  extra: {",
             "    apiBase: \"%s\"," % c.url_nokey().split("?")[0], "    %s: %s," % (key, c.q("js")),
             "    eas: { projectId: \"%s\" }," % g.uuid4(), "  },", "};"]
        return "app.config.js", "javascript", J(L)
    key = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    L = ["// Runtime configuration for the React Native app", "const Config = {",
         "  ENV: __DEV__ ? \"development\" : \"production\",", "  API_BASE: \"%s\"," % c.url_nokey().split("?")[0],
         "  %s: %s," % (key, c.q("js", "'")), "  SENTRY_ENABLED: !__DEV__,", "  DEFAULT_CITY: \"%s\"," % c.city, "};", "",
         "export default Config;"]
    return g.pick(["src/config/index.js", "src/config.js", "app/config.js"]), "javascript", J(L)


@tpl("express_route")
def t_express(c):
    g = c.g
    assign, K = js_key_binding(c, style="screaming")
    L = ["const express = require(\"express\");", "const router = express.Router();", ""] + assign + [
        "", "router.get(\"/%s\", async (req, res, next) => {" % g.pick(["lookup", "search", "latest", "check"]), "  try {"]
    if c.auth == "h" and c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly"):
        L.append("    const payload = req.body;")
    L += js_request(c, K, indent="    ")
    L += ["    res.json(await res.json());", "  } catch (err) {", "    next(err);", "  }", "});", "",
          "module.exports = router;"]
    return g.pick(["server/routes/%s.js" % slug(c), "routes/%s.js" % slug(c)]), "javascript", J(L)


@tpl("apps_script")
def t_gas(c):
    g = c.g
    a = c.p.auth
    nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    L = ["/**", " * Google Sheets helper: pulls %s data into the active sheet." % c.p.label,
         " * Trigger: time-driven, every hour.", " */", "var %s = %s;" % (nm, c.q("gs", "'")), "",
         "function refresh() {", "  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('%s');" % g.pick(["Data", "Raw", "Feed"])]
    if a[0] == "q" or a[0] == "p":
        if a[0] == "q":
            L.append("  var url = '%s' + %s;" % (c.url_nokey() + ("&" if "?" in c.url_nokey() else "?") + a[1] + "=", nm))
        else:
            pre, post = c.url_nokey().split("{KEY}")
            L.append("  var url = '%s' + %s + '%s';" % (pre, nm, post))
        L.append("  var resp = UrlFetchApp.fetch(url, {muteHttpExceptions: true});")
    elif a[0] == "basic":
        L += ["  var auth = Utilities.base64Encode('%s:' + %s);" % (c.user(), nm),
              "  var resp = UrlFetchApp.fetch('%s', {headers: {Authorization: 'Basic ' + auth}});" % c.url_nokey()]
    else:
        h, pre = c.header()
        L += ["  var resp = UrlFetchApp.fetch('%s', {" % c.url_nokey(), "    method: '%s'," % ("post" if c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly") else "get"),
              "    headers: {'%s': '%s' + %s}," % (h, pre, nm), "    muteHttpExceptions: true", "  });"]
    L += ["  var data = JSON.parse(resp.getContentText());", "  sheet.appendRow([new Date(), JSON.stringify(data).slice(0, 500)]);", "}"]
    return g.pick(["Code.gs", "apps-script/Code.gs", "src/%s.gs" % c.p.id]), "apps_script", J(L)


def php_request(c, K):
    a = c.p.auth
    if a[0] == "q":
        return ["$url = '%s' . http_build_query(['%s' => %s]);" % (c.url_nokey() + ("&" if "?" in c.url_nokey() else "?"), a[1], K),
                "$ch = curl_init($url);"]
    if a[0] == "p":
        pre, post = c.url_nokey().split("{KEY}")
        return ["$ch = curl_init('%s' . %s . '%s');" % (pre, K, post)]
    if a[0] == "basic":
        return ["$ch = curl_init('%s');" % c.url_nokey(), "curl_setopt($ch, CURLOPT_USERPWD, '%s:' . %s);" % (c.user(), K)]
    h, pre = c.header()
    return ["$ch = curl_init('%s');" % c.url_nokey(),
            "curl_setopt($ch, CURLOPT_HTTPHEADER, ['%s: %s' . %s, 'Accept: application/json']);" % (h, pre, K)]


@tpl("php_script")
def t_php(c):
    g = c.g
    if c.inline_ok and g.chance(0.5):
        K = c.q("php", "'")
        assign = []
    else:
        nm = "$" + (c.name("snake") if c.obvious else style_name(c.neutral, "snake"))
        assign, K = ["%s = %s;" % (nm, c.q("php", "'"))], nm
    L = ["<?php", "// %s" % comment_for(c), "declare(strict_types=1);", ""] + assign + [""] + php_request(c, K) + [
        "curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);", "curl_setopt($ch, CURLOPT_TIMEOUT, 10);",
        "$body = curl_exec($ch);", "if ($body === false) {", "    http_response_code(502);",
        "    exit('upstream error: ' . curl_error($ch));", "}", "curl_close($ch);", "",
        "header('Content-Type: application/json');", "header('Cache-Control: max-age=300');", "echo $body;"]
    return g.pick(["public/%s.php" % slug(c), "api/%s.php" % g.pick(["proxy", "lookup", "widget"]), "widget.php"]), "php", J(L)


@tpl("laravel_services", negs=("placeholder", "env", "masked", "empty", "secret_ref", "demo", "public"))
def t_laravel(c):
    g = c.g
    key = c.name("snake") if c.obvious else g.pick(["key", "token", "id"]) if g.chance(0.3) else style_name(c.neutral, "snake")
    if c.neg == "env":
        val = "env('%s')" % c.envname
    elif c.obvious or g.chance(0.5):
        val = c.q("php", "'")
    else:
        val = "env('%s', %s)" % (c.envname, c.q("php", "'"))
    L = ["<?php", "", "return [", "", "    'mailgun' => [", "        'domain' => env('MAILGUN_DOMAIN'),",
         "        'secret' => env('MAILGUN_SECRET'),", "        'endpoint' => env('MAILGUN_ENDPOINT', 'api.mailgun.net'),", "    ],", "",
         "    '%s' => [" % c.p.id, "        'base_url' => '%s'," % c.url_nokey().split("?")[0].replace("{KEY}", ""),
         "        '%s' => %s," % (key, val), "        'timeout' => %d," % g.pick([5, 10, 15]), "    ],", "",
         "    'slack' => [", "        'notifications' => [", "            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),",
         "        ],", "    ],", "", "];"]
    return "config/services.php", "php", J(L)


@tpl("wp_config", negs=("placeholder", "masked", "empty", "demo", "public", "env"))
def t_wp(c):
    g = c.g
    nm = c.name("screaming") if c.obvious else "WPX_" + style_name(c.neutral, "screaming")
    L = ["<?php", "/**", " * Plugin Name: %s Widget" % c.p.label, " * Description: Shows %s data in a sidebar widget." % c.p.label,
         " * Version: 0.%d.%d" % (g.num(1, 9), g.num(0, 9)), " */", "", "if (!defined('ABSPATH')) {", "    exit;", "}", "",
         "define('%s', %s);" % (nm, c.q("php", "'")), "define('WPX_CACHE_TTL', %d);" % g.pick([600, 1800, 3600]), "",
         "function wpx_fetch() {", "    $cached = get_transient('wpx_data');", "    if ($cached) {", "        return $cached;", "    }"]
    a = c.p.auth
    if a[0] in ("q", "p"):
        if a[0] == "q":
            L.append("    $resp = wp_remote_get('%s' . %s);" % (c.url_nokey() + ("&" if "?" in c.url_nokey() else "?") + a[1] + "=", nm))
        else:
            pre, post = c.url_nokey().split("{KEY}")
            L.append("    $resp = wp_remote_get('%s' . %s . '%s');" % (pre, nm, post))
    elif a[0] == "basic":
        L.append("    $resp = wp_remote_get('%s', ['headers' => ['Authorization' => 'Basic ' . base64_encode('%s:' . %s)]]);" % (c.url_nokey(), c.user(), nm))
    else:
        h, pre = c.header()
        L.append("    $resp = wp_remote_get('%s', ['headers' => ['%s' => '%s' . %s]]);" % (c.url_nokey(), h, pre, nm))
    L += ["    $data = json_decode(wp_remote_retrieve_body($resp), true);", "    set_transient('wpx_data', $data, WPX_CACHE_TTL);",
          "    return $data;", "}"]
    return "wp-content/plugins/%s-widget/%s-widget.php" % (slug(c), slug(c)), "php", J(L)


@tpl("ruby_script")
def t_ruby(c):
    g = c.g
    a = c.p.auth
    nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    L = ["#!/usr/bin/env ruby", "# frozen_string_literal: true", "# %s" % comment_for(c), "", "require 'net/http'",
         "require 'json'", "require 'uri'", "", "%s = %s" % (nm, c.q("rb", g.pick(['"', "'"]))), ""]
    if a[0] == "q":
        L += ["uri = URI('%s')" % c.url_nokey(), "params = URI.decode_www_form(uri.query.to_s) << ['%s', %s]" % (a[1], nm),
              "uri.query = URI.encode_www_form(params)", "res = Net::HTTP.get_response(uri)"]
    elif a[0] == "p":
        L += ["uri = URI(\"%s\")" % c.url_with("#{%s}" % nm), "res = Net::HTTP.get_response(uri)"]
    else:
        L += ["uri = URI('%s')" % c.url_nokey(), "req = Net::HTTP::Get.new(uri)"]
        if a[0] == "basic":
            L.append("req.basic_auth('%s', %s)" % (c.user(), nm))
        else:
            h, pre = c.header()
            L.append("req['%s'] = %s" % (h, cat_expr(pre, nm, "rb")))
        L.append("res = Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |http| http.request(req) }")
    L += ["abort(\"HTTP #{res.code}\") unless res.is_a?(Net::HTTPSuccess)", "", "data = JSON.parse(res.body)",
          "File.write('tmp/%s.json', JSON.pretty_generate(data))" % c.p.id, "puts \"ok (#{res.body.bytesize} bytes)\""]
    return g.pick(["bin/fetch_%s.rb" % c.p.id, "scripts/%s.rb" % c.p.id, "lib/tasks/%s.rb" % c.p.id]), "ruby", J(L)


@tpl("rails_initializer", negs=("placeholder", "env", "masked", "empty", "secret_ref", "demo", "public"))
def t_rails_init(c):
    g = c.g
    if c.p.group == "maps" and c.p.id in ("opencage", "google_maps", "here", "locationiq", "geoapify", "tomtom"):
        lookup = {"opencage": ":opencagedata", "google_maps": ":google", "here": ":here", "locationiq": ":location_iq",
                  "geoapify": ":geoapify", "tomtom": ":tomtom"}[c.p.id]
        L = ["# config/initializers/geocoder.rb", "Geocoder.configure(", "  timeout: %d," % g.pick([3, 5, 8]),
             "  lookup: %s," % lookup, "  ip_lookup: :ipinfo_io,", "  use_https: true,", "  language: :en,",
             "  api_key: %s," % c.q("rb"), "  units: :km,", "  cache: Rails.cache,", "  cache_options: { expiration: 1.day }", ")"]
        return "config/initializers/geocoder.rb", "ruby", J(L)
    const = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    L = ["# frozen_string_literal: true", "", "Rails.application.config.to_prepare do",
         "  %s_BASE = \"%s\".freeze" % (style_name(c.p.id.split("_"), "screaming"), c.url_nokey().split("?")[0].replace("{KEY}", ":key")),
         "  %s = %s.freeze unless defined?(%s)" % (const, c.q("rb"), const), "end", "",
         "Rails.application.configure do", "  config.x.%s.timeout = %d" % (c.p.id, g.pick([5, 10])),
         "  config.x.%s.cache_ttl = %d.minutes" % (c.p.id, g.pick([5, 15, 30])), "end"]
    return "config/initializers/%s.rb" % c.p.id, "ruby", J(L)


@tpl("go_main")
def t_go(c):
    g = c.g
    a = c.p.auth
    nm = c.name("camel") if c.obvious else style_name(c.neutral, "camel")
    decl = ("const %s = %s" % (nm, c.q("go"))) if c.neg != "env" else ("var %s = %s" % (nm, c.q("go")))
    L = ["package main", "", "import (", "\t\"encoding/json\"", "\t\"fmt\"", "\t\"log\"", "\t\"net/http\"", "\t\"os\"",
         "\t\"time\"", ")", "", decl, "", "func main() {", "\tclient := &http.Client{Timeout: 10 * time.Second}"]
    if a[0] in ("q", "p"):
        if a[0] == "q":
            L.append("\treq, err := http.NewRequest(\"GET\", \"%s\"+%s, nil)" % (c.url_nokey() + ("&" if "?" in c.url_nokey() else "?") + a[1] + "=", nm))
        else:
            pre, post = c.url_nokey().split("{KEY}")
            L.append("\treq, err := http.NewRequest(\"GET\", \"%s\"+%s+\"%s\", nil)" % (pre, nm, post))
        L += ["\tif err != nil {", "\t\tlog.Fatal(err)", "\t}"]
    else:
        L += ["\treq, err := http.NewRequest(\"GET\", \"%s\", nil)" % c.url_nokey(), "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}"]
        if a[0] == "basic":
            L.append("\treq.SetBasicAuth(\"%s\", %s)" % (c.user(), nm))
        else:
            h, pre = c.header()
            L.append("\treq.Header.Set(\"%s\", %s)" % (h, cat_expr(pre, nm, "go")))
    L += ["\tresp, err := client.Do(req)", "\tif err != nil {", "\t\tlog.Fatal(err)", "\t}", "\tdefer resp.Body.Close()", "",
          "\tvar out map[string]any", "\tif err := json.NewDecoder(resp.Body).Decode(&out); err != nil {", "\t\tlog.Fatal(err)", "\t}",
          "\tfmt.Fprintf(os.Stdout, \"%d keys in response\\n\", len(out))", "}"]
    return g.pick(["cmd/%s/main.go" % slug(c), "main.go", "tools/%s/main.go" % c.p.id]), "go", J(L)


@tpl("sh_script")
def t_sh(c):
    g = c.g
    if c.inline_ok and g.chance(0.5):
        assign, kt = [], c.raw()
    else:
        nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
        v = c.raw() if c.neg != "env" else "${%s:?set %s}" % (c.envname, c.envname)
        assign, kt = ["%s=\"%s\"" % (nm, v)], "${%s}" % nm
    L = ["#!/usr/bin/env bash", "# %s" % comment_for(c), "set -euo pipefail", "",
         "OUT_DIR=\"${OUT_DIR:-/var/tmp/%s}\"" % c.project] + assign + ["mkdir -p \"$OUT_DIR\"", "",
         "ts=$(date -u +%Y%m%dT%H%M%SZ)", sh_curl(c, kt) + " \\\n  -o \"$OUT_DIR/$ts.json\"", "",
         "# keep the last 50 snapshots", "ls -1t \"$OUT_DIR\"/*.json | tail -n +51 | xargs -r rm --", "echo \"saved $OUT_DIR/$ts.json\""]
    return g.pick(["scripts/fetch_%s.sh" % c.p.id, "bin/update-%s.sh" % slug(c), "cron/%s.sh" % c.p.id]), "shell", J(L)


@tpl("crontab", negs=("placeholder", "env", "masked", "empty", "demo", "public"))
def t_crontab(c):
    g = c.g
    kt = c.raw() if c.neg != "env" else "$" + c.envname
    every = g.pick([10, 15, 30])
    L = ["# m h  dom mon dow   command", "SHELL=/bin/bash", "PATH=/usr/local/bin:/usr/bin:/bin",
         "MAILTO=%s" % g.pick(["ops@example.com", "\"\""]), "",
         "# rotate logs", "5 0 * * * /usr/sbin/logrotate /etc/logrotate.d/%s" % c.project, "",
         "# pull %s every %d minutes" % (c.p.label, every),
         "*/%d * * * * %s -o /srv/%s/latest.json >> /var/log/%s.log 2>&1" % (every, sh_curl(c, kt, cont=" "), c.project, c.project),
         "", "# nightly cleanup", "30 3 * * * find /srv/%s -name '*.json' -mtime +7 -delete" % c.project]
    return g.pick(["deploy/crontab", "crontab.txt", "ops/cron/%s.cron" % c.project]), "crontab", J(L)


@tpl("dotenv", negs=("placeholder", "masked", "empty", "secret_ref", "demo", "public"))
def t_dotenv(c):
    g = c.g
    nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    q = g.pick(["", "", '"', "'"])
    L = ["# %s environment" % g.pick(["local", "production", "staging"]), "NODE_ENV=%s" % g.pick(["development", "production"]),
         "PORT=%d" % g.pick([3000, 8080, 5000]), "LOG_LEVEL=%s" % g.pick(["info", "debug", "warn"]),
         "APP_URL=https://%s.example.com" % c.project, "", "# %s" % c.p.label, "%s=%s%s%s" % (nm, q, c.raw(), q),
         "%s_TIMEOUT_MS=%d" % (style_name(c.p.id.split("_"), "screaming"), g.pick([3000, 5000])), "",
         "CACHE_TTL_SECONDS=%d" % g.pick([300, 600, 3600]), "FEATURE_%s=true" % g.pick(["MAP", "FORECAST", "ALERTS", "DIGEST"])]
    return g.pick([".env", ".env.local", ".env.production", "backend/.env"]), "dotenv", J(L)


@tpl("compose", negs=ALL_NEG_KINDS)
def t_compose(c):
    g = c.g
    nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    listform = g.chance(0.5)
    envline = ("      - %s=%s" % (nm, c.raw())) if listform else ("      %s: \"%s\"" % (nm, c.raw()))
    L = ["services:", "  %s:" % c.project, "    build: .", "    image: ghcr.io/example/%s:latest" % c.project,
         "    restart: unless-stopped", "    ports:", "      - \"%d:%d\"" % ((g.pick([8080, 3000, 8000]),) * 2),
         "    environment:", ("      - TZ=%s" if listform else "      TZ: %s") % g.pick(["UTC", "Europe/Berlin"]), envline,
         ("      - REDIS_URL=redis://redis:6379/0" if listform else "      REDIS_URL: redis://redis:6379/0"),
         "    depends_on:", "      - redis", "", "  redis:", "    image: redis:7-alpine", "    volumes:",
         "      - redis-data:/data", "", "volumes:", "  redis-data: {}"]
    return g.pick(["docker-compose.yml", "compose.yaml", "deploy/docker-compose.yml"]), "docker_compose", J(L)


@tpl("gh_workflow", negs=("placeholder", "masked", "empty", "secret_ref", "demo", "public"))
def t_gh(c):
    g = c.g
    nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    v = c.raw() if c.neg != "secret_ref" else "${{ secrets.%s }}" % c.envname
    L = ["name: %s" % g.pick(["Nightly data refresh", "Update dataset", "Scheduled scrape"]), "", "on:", "  schedule:",
         "    - cron: \"%d %d * * *\"" % (g.num(0, 59), g.num(0, 23)), "  workflow_dispatch:", "", "jobs:", "  refresh:",
         "    runs-on: ubuntu-latest", "    env:", "      %s: %s" % (nm, v), "    steps:", "      - uses: actions/checkout@v4",
         "      - uses: actions/setup-python@v5", "        with:", "          python-version: \"3.12\"",
         "      - run: pip install -r requirements.txt", "      - run: python scripts/refresh.py --out data/",
         "      - name: Commit data", "        run: |", "          git config user.name github-actions",
         "          git config user.email github-actions@github.com", "          git add data/ && git commit -m \"data: refresh\" || true",
         "          git push"]
    return ".github/workflows/%s.yml" % g.pick(["refresh", "nightly", "update-data", "scrape"]), "github_actions", J(L)


@tpl("ha_config", negs=("placeholder", "masked", "empty", "demo", "public", "secret_ref"))
def t_ha(c):
    g = c.g
    L = ["homeassistant:", "  name: Home", "  latitude: %.4f" % c.lat, "  longitude: %.4f" % c.lon,
         "  unit_system: metric", "  time_zone: %s" % g.pick(["Europe/Berlin", "Europe/London", "America/Chicago"]), "",
         "default_config:", "", "logger:", "  default: warning", ""]
    v = c.raw() if c.neg != "secret_ref" else "!secret %s" % style_name(c.p.words, "snake")
    if c.p.id == "openweathermap" and c.obvious:
        L += ["weather:", "  - platform: openweathermap", "    api_key: %s" % v, "    mode: onecall_hourly", ""]
    else:
        h, pre = c.header()
        if c.p.auth[0] == "h":
            L += ["rest:", "  - resource: \"%s\"" % c.url_nokey(), "    scan_interval: %d" % g.pick([600, 900, 1800]),
                  "    headers:", "      %s: \"%s%s\"" % (h, pre, v)]
        elif c.p.auth[0] == "basic":
            L += ["rest:", "  - resource: \"%s\"" % c.url_nokey(), "    scan_interval: 900", "    authentication: basic",
                  "    username: %s" % c.user(), "    password: %s" % v]
        else:
            L += ["rest:", "  - resource: \"%s\"" % c.url_with(v), "    scan_interval: %d" % g.pick([600, 900, 1800])]
        L += ["    sensor:", "      - name: \"%s status\"" % c.p.label, "        value_template: \"{{ value_json | count }}\"",
              "        json_attributes_path: \"$\"", ""]
    L += ["automation: !include automations.yaml", "script: !include scripts.yaml", "scene: !include scenes.yaml"]
    return g.pick(["configuration.yaml", "homeassistant/configuration.yaml", "config/configuration.yaml"]), "yaml_homeassistant", J(L)


@tpl("ha_secrets", negs=("placeholder", "masked", "empty", "demo"))
def t_ha_secrets(c):
    g = c.g
    nm = c.name("snake")
    L = ["# Use this file to store secrets like usernames and passwords.", "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/",
         "home_latitude: %.4f" % c.lat, "home_longitude: %.4f" % c.lon, "home_elevation: %d" % g.num(5, 900),
         "%s: %s" % (nm, g.pick(['"%s"', "%s"]) % c.raw()), "influx_host: 192.168.1.%d" % g.num(2, 250)]
    return g.pick(["secrets.yaml", "homeassistant/secrets.yaml"]), "yaml_homeassistant", J(L)


@tpl("json_config", negs=ALL_NEG_KINDS)
def t_json_cfg(c):
    g = c.g
    key = c.name("camel") if c.obvious else style_name(c.neutral, "camel")
    val = c.raw() if c.neg != "env" else "${%s}" % c.envname
    cfg = {"app": {"name": c.project, "port": g.pick([3000, 8080]), "logLevel": g.pick(["info", "debug"])},
           "cache": {"ttlSeconds": g.pick([300, 900]), "maxEntries": 500},
           c.p.id: {"baseUrl": c.url_nokey().split("?")[0].replace("{KEY}", ""), key: val, "retries": g.pick([2, 3])},
           "defaults": {"city": c.city, "units": "metric", "lang": g.pick(["en", "de", "pt"])}}
    if c.p.extra.get("client_id"):
        cfg[c.p.id] = {"clientId": c.pub["client_id"], key: val}
    return g.pick(["config/default.json", "config/production.json", "settings.json"]), "json", json.dumps(cfg, indent=2) + "\n"


@tpl("r_script", negs=("placeholder", "env", "masked", "empty", "demo"))
def t_r(c):
    g = c.g
    L = ["# %s" % comment_for(c), "library(httr)", "library(jsonlite)", ""]
    if c.p.id == "census" and g.chance(0.6):
        L = ["library(tidycensus)", "library(dplyr)", "", "census_api_key(%s, install = FALSE)" % c.q("r"), "",
             "ca_income <- get_acs(geography = \"county\", variables = \"B19013_001\",", "                      state = \"CA\", year = 2022)",
             "ca_income %>% arrange(desc(estimate)) %>% head(10)"]
        return "analysis/census_income.R", "r", J(L)
    if c.p.id == "fred" and g.chance(0.6):
        L = ["library(fredr)", "library(ggplot2)", "", "fredr_set_key(%s)" % c.q("r"), "",
             "unrate <- fredr(series_id = \"UNRATE\", observation_start = as.Date(\"2015-01-01\"))",
             "ggplot(unrate, aes(date, value)) + geom_line() + labs(title = \"US unemployment rate\")"]
        return "analysis/fred_unrate.R", "r", J(L)
    nm = c.name("snake") if c.obvious else style_name(c.neutral, "snake")
    L.append("%s <- %s" % (nm, c.q("r")))
    a = c.p.auth
    if a[0] == "q":
        L.append("res <- GET(\"%s\", query = list(`%s` = %s))" % (c.url_nokey(), a[1], nm))
    elif a[0] == "p":
        pre, post = c.url_nokey().split("{KEY}")
        L.append("res <- GET(paste0(\"%s\", %s, \"%s\"))" % (pre, nm, post))
    elif a[0] == "basic":
        L.append("res <- GET(\"%s\", authenticate(\"%s\", %s))" % (c.url_nokey(), c.user(), nm))
    else:
        h, pre = c.header()
        L.append("res <- GET(\"%s\", add_headers(`%s` = %s))" % (c.url_nokey(), h, cat_expr(pre, nm, "r")))
    L += ["stop_for_status(res)", "dat <- fromJSON(content(res, as = \"text\", encoding = \"UTF-8\"), flatten = TRUE)",
          "str(dat, max.level = 1)", "saveRDS(dat, \"data/%s_%s.rds\")" % (c.p.id, g.pick(["raw", "latest"]))]
    return g.pick(["analysis/%s.R" % c.p.id, "R/fetch_%s.R" % c.p.id, "scripts/%s.R" % c.p.id]), "r", J(L)


@tpl("android_strings", negs=("placeholder", "masked", "empty", "demo", "public"), client=True)
def t_android_strings(c):
    g = c.g
    nm = c.name("snake") if c.obvious else style_name(c.neutral, "snake")
    L = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<resources>", "    <string name=\"app_name\">%s</string>" % c.project.replace("-", " ").title(),
         "    <string name=\"title_home\">Home</string>", "    <string name=\"title_settings\">Settings</string>",
         "    <string name=\"refresh\">Refresh</string>", "    <string name=\"error_network\">Could not reach the server. Try again.</string>",
         "    <string name=\"%s\" translatable=\"false\">%s</string>" % (nm, c.raw()),
         "    <string name=\"default_city\" translatable=\"false\">%s</string>" % c.city, "</resources>"]
    return "app/src/main/res/values/%s" % g.pick(["strings.xml", "api.xml", "config.xml"]), "android_xml", J(L)


@tpl("gradle_props", negs=("placeholder", "masked", "empty", "public", "demo"), client=True)
def t_gradle(c):
    g = c.g
    if c.p.id == "mapbox" and c.obvious and c.neg != "public":
        nm = "MAPBOX_DOWNLOADS_TOKEN"
    else:
        nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    L = ["# Project-wide Gradle settings.", "org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8", "android.useAndroidX=true",
         "kotlin.code.style=official", "android.nonTransitiveRClass=true", "", "%s=%s" % (nm, c.raw())]
    return g.pick(["gradle.properties", "local.properties"]), "gradle_properties", J(L)


@tpl("xcconfig", negs=("placeholder", "masked", "empty", "public", "demo"), client=True)
def t_xcconfig(c):
    g = c.g
    nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    if g.chance(0.5):
        L = ["// Secrets.xcconfig", "// Included from Debug.xcconfig and Release.xcconfig", "",
             "PRODUCT_BUNDLE_IDENTIFIER = com.example.%s" % c.project.replace("-", ""), "DEVELOPMENT_TEAM = %s" % g.s(UALNUM, 10),
             "%s = %s" % (nm, c.raw()), "API_HOST = %s" % c.url_nokey().split("/")[2]]
        return g.pick(["Config/Secrets.xcconfig", "%s/Config.xcconfig" % c.project.replace("-", "").title()]), "xcconfig", J(L)
    key = c.name("pascal") if c.obvious else style_name(c.neutral, "pascal")
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">",
         "<plist version=\"1.0\">", "<dict>", "\t<key>CFBundleDisplayName</key>", "\t<string>%s</string>" % c.project.replace("-", " ").title(),
         "\t<key>CFBundleShortVersionString</key>", "\t<string>1.%d</string>" % g.num(0, 9),
         "\t<key>NSLocationWhenInUseUsageDescription</key>", "\t<string>Used to show the forecast for where you are.</string>",
         "\t<key>%s</key>" % key, "\t<string>%s</string>" % c.raw(), "</dict>", "</plist>"]
    return g.pick(["%s/Info.plist" % c.project.replace("-", "").title(), "ios/App/Info.plist", "Resources/Keys.plist"]), "plist", J(L)


@tpl("swift_consts", negs=("placeholder", "env", "masked", "empty", "demo", "public"), client=True)
def t_swift(c):
    g = c.g
    nm = c.name("camel") if c.obvious else style_name(c.neutral, "camel")
    L = ["import Foundation", "", "enum %s {" % g.pick(["Constants", "APIConfig", "Env"]),
         "    static let baseURL = URL(string: \"%s\")!" % c.url_nokey().split("?")[0].replace("{KEY}", "key"),
         "    static let %s = %s" % (nm, c.q("swift")), "    static let requestTimeout: TimeInterval = %d" % g.pick([10, 15, 30]),
         "    static let defaultCity = \"%s\"" % c.city, "}"]
    return g.pick(["Sources/%s/Constants.swift" % c.project.replace("-", "").title(), "App/Config/APIConfig.swift"]), "swift", J(L)


@tpl("kotlin_consts", negs=("placeholder", "env", "masked", "empty", "demo", "public"), client=True)
def t_kotlin(c):
    g = c.g
    nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    pkg = "com.example.%s" % c.project.replace("-", "")
    decl = ("const val %s = %s" if c.neg != "env" else "val %s = %s") % (nm, c.q("kt"))
    L = ["package %s.data" % pkg, "", "object ApiConfig {", "    const val BASE_URL = \"%s\"" % (c.url_nokey().split("?")[0].rsplit("/", 1)[0] + "/"),
         "    %s" % decl, "    const val TIMEOUT_SECONDS = %dL" % g.pick([10, 20, 30]), "}"]
    return "app/src/main/java/%s/data/ApiConfig.kt" % pkg.replace(".", "/"), "kotlin", J(L)


@tpl("spring_props", negs=ALL_NEG_KINDS)
def t_spring_props(c):
    g = c.g
    key = "%s.%s" % (slug(c), c.name("kebab") if c.obvious else style_name(c.neutral, "kebab"))
    L = ["spring.application.name=%s" % c.project, "server.port=%d" % g.pick([8080, 8081, 9000]),
         "spring.jackson.default-property-inclusion=non_null", "management.endpoints.web.exposure.include=health,info", "",
         "# %s" % c.p.label, "%s.base-url=%s" % (slug(c), c.url_nokey().split("?")[0].replace("{KEY}", "")),
         "%s=%s" % (key, c.raw()), "%s.timeout=%ds" % (slug(c), g.pick([5, 10])), "",
         "logging.level.root=INFO", "logging.level.com.example=%s" % g.pick(["DEBUG", "INFO"])]
    return "src/main/resources/application%s.properties" % g.pick(["", "", "-prod", "-dev"]), "java_properties", J(L)


@tpl("spring_yml", negs=ALL_NEG_KINDS)
def t_spring_yml(c):
    g = c.g
    key = c.name("kebab") if c.obvious else style_name(c.neutral, "kebab")
    q = g.pick(["", '"', "'"])
    L = ["spring:", "  application:", "    name: %s" % c.project, "  cache:", "    type: caffeine", "", "server:",
         "  port: %d" % g.pick([8080, 8443]), "", "clients:", "  %s:" % slug(c), "    base-url: %s" % c.url_nokey().split("?")[0].replace("{KEY}", ""),
         "    %s: %s%s%s" % (key, q, c.raw(), q), "    connect-timeout: 2s", "    read-timeout: %ds" % g.pick([5, 10]), "",
         "logging:", "  level:", "    root: INFO"]
    return "src/main/resources/application%s.yml" % g.pick(["", "-prod", "-local"]), "yaml", J(L)


@tpl("readme_curl", negs=("placeholder", "masked", "demo", "public", "env"))
def t_readme(c):
    g = c.g
    kt = c.raw() if c.neg != "env" else "$" + c.envname
    L = ["# %s" % c.project, "", "Small tool that pulls data from the %s API and keeps a local cache." % c.p.label, "",
         "## Setup", "", "```bash", "python -m venv .venv && . .venv/bin/activate", "pip install -r requirements.txt", "```", "",
         "## Quick test", "", "The key below is the one on our team account%s:" % g.pick(["", " (free plan)", ", ask %s if it stops working" % c.person]),
         "", "```bash", sh_curl(c, kt), "```", "", "## Running", "", "```bash", "python -m %s --once" % c.project.replace("-", "_"), "```", "",
         "## License", "", "MIT"]
    if c.neg:
        L[13] = "Replace the key with your own:"
    return "README.md", "markdown", J(L)


@tpl("runbook", negs=("placeholder", "masked", "env", "secret_ref"))
def t_runbook(c):
    g = c.g
    kt = c.raw() if c.neg != "env" else "$" + c.envname
    L = ["# Runbook: %s outages" % c.p.label, "", "_Owner: %s. Last reviewed %d-%02d-%02d._" % (c.person, g.num(2022, 2025), g.num(1, 12), g.num(1, 28)), "",
         "## Symptoms", "", "- `%s` dashboard shows stale data" % c.project, "- 401/429 errors from %s in the worker logs" % c.url_nokey().split("/")[2], "",
         "## Checks", "", "1. Check the provider status page.", "2. Call the API directly from the worker host:", "",
         "   ```", "   " + sh_curl(c, kt, cont=" "), "   ```", "", "3. If you get 429, we hit the daily quota; wait or upgrade.",
         "4. If you get 401 the key was rotated - update it in the deploy config.", "", "## Escalation", "",
         "Ping #%s-oncall." % c.project]
    return g.pick(["notes/runbook.md", "docs/runbooks/%s.md" % slug(c), "ops/RUNBOOK.md"]), "markdown", J(L)


@tpl("http_file", negs=("placeholder", "masked", "empty", "env", "demo", "public"))
def t_http(c):
    g = c.g
    var = c.name("camel") if c.obvious else style_name(c.neutral, "camel")
    v = c.raw() if c.neg != "env" else "{{$dotenv %s}}" % c.envname
    L = ["### %s requests (VS Code REST Client)" % c.p.label, "@%s = %s" % (var, v), "@city = %s" % c.city, ""]
    a = c.p.auth
    if a[0] in ("q", "p"):
        L += ["GET %s" % c.url_with("{{%s}}" % var), "Accept: application/json"]
    elif a[0] == "basic":
        L += ["GET %s" % c.url_nokey(), "Authorization: Basic %s:{{%s}}" % (c.user(), var)]
    else:
        h, pre = c.header()
        L += ["%s %s" % ("POST" if c.p.id in ("deepl", "pdfshift", "bitly", "rebrandly") else "GET", c.url_nokey()),
              "%s: %s{{%s}}" % (h, pre, var), "Content-Type: application/json"]
    L += ["", "###", "", "GET https://httpbin.org/get", "Accept: application/json"]
    return g.pick(["requests.http", "api.http", "http/%s.http" % c.p.id]), "http", J(L)


@tpl("geoip_conf", provs=["maxmind"], negs=("placeholder", "masked", "empty"))
def t_geoip(c):
    g = c.g
    L = ["# GeoIP.conf file for `geoipupdate` program, for versions >= 3.1.1.", "# Used to update GeoIP databases from https://www.maxmind.com.",
         "# For more information about this config file, visit the docs at", "# https://dev.maxmind.com/geoip/updating-databases.", "",
         "# `AccountID` is from your MaxMind account.", "AccountID %s" % c.user(), "",
         "# `LicenseKey` is from your MaxMind account", "LicenseKey %s" % c.raw(), "",
         "# `EditionIDs` is from your MaxMind account.", "EditionIDs %s" % g.pick(["GeoLite2-ASN GeoLite2-City GeoLite2-Country", "GeoIP2-City GeoIP2-ISP"]), "",
         "DatabaseDirectory /usr/share/GeoIP"]
    return g.pick(["GeoIP.conf", "etc/GeoIP.conf", "docker/geoip/GeoIP.conf"]), "conf", J(L)


@tpl("netrc", provs=["mapbox"], negs=("placeholder", "masked"))
def t_netrc(c):
    L = ["machine api.mapbox.com", "  login mapbox", "  password %s" % c.raw(), "",
         "machine maven.example.com", "  login ci-readonly"]
    return c.g.pick([".netrc", "ci/netrc"]), "netrc", J(L)


@tpl("postman_env", negs=("placeholder", "masked", "empty", "demo", "public"))
def t_postman(c):
    g = c.g
    key = c.name("camel") if c.obvious else style_name(c.neutral, "camel")
    env = {"id": g.uuid4(), "name": "%s - %s" % (c.project, g.pick(["dev", "prod", "local"])),
           "values": [{"key": "baseUrl", "value": c.url_nokey().split("?")[0].replace("{KEY}", ""), "type": "default", "enabled": True},
                      {"key": key, "value": c.raw(), "type": g.pick(["default", "secret"]), "enabled": True},
                      {"key": "city", "value": c.city, "type": "default", "enabled": True}],
           "_postman_variable_scope": "environment", "_postman_exported_at": "%d-%02d-%02dT%02d:%02d:%02d.%03dZ" % (
               g.num(2023, 2025), g.num(1, 12), g.num(1, 28), g.num(0, 23), g.num(0, 59), g.num(0, 59), g.num(0, 999)),
           "_postman_exported_using": "Postman/10.%d.%d" % (g.num(10, 24), g.num(0, 9))}
    return "postman/%s.postman_environment.json" % c.project, "json", json.dumps(env, indent=2) + "\n"


@tpl("toml_cfg", negs=("placeholder", "masked", "empty", "demo", "public", "secret_ref"))
def t_toml(c):
    g = c.g
    key = c.name("snake") if c.obvious else style_name(c.neutral, "snake")
    L = ["# %s bot configuration" % c.project, "[bot]", "name = \"%s\"" % c.project, "prefix = \"%s\"" % g.pick(["!", "/", "?"]),
         "log_level = \"%s\"" % g.pick(["info", "debug"]), "", "[%s]" % c.p.id, "endpoint = \"%s\"" % c.url_nokey().split("?")[0].replace("{KEY}", ""),
         "%s = \"%s\"" % (key, c.raw())]
    if c.pub.get("client_id"):
        L.insert(-1, "client_id = \"%s\"" % c.pub["client_id"])
    if c.pub.get("user"):
        L.insert(-1, "username = \"%s\"" % c.pub["user"])
    L += ["poll_seconds = %d" % g.pick([60, 300, 900]), "", "[storage]", "path = \"./data/bot.sqlite\""]
    return g.pick(["config.toml", "bot/config.toml", "settings.toml"]), "toml", J(L)


@tpl("ini_cfg", negs=("placeholder", "masked", "empty", "demo", "public", "secret_ref"))
def t_ini(c):
    g = c.g
    key = c.name("snake") if c.obvious else style_name(c.neutral, "snake")
    sep = g.pick([" = ", "=", ": "])
    L = ["[general]", "output_dir%s./out" % sep, "verbose%sfalse" % sep, "", "[%s]" % c.p.id,
         "url%s%s" % (sep, c.url_nokey().split("?")[0].replace("{KEY}", ""))]
    if c.pub.get("user"):
        L.append("user%s%s" % (sep, c.pub["user"]))
    if c.pub.get("client_id"):
        L.append("client_id%s%s" % (sep, c.pub["client_id"]))
    L += ["%s%s%s" % (key, sep, c.raw()), "timeout%s%d" % (sep, g.pick([10, 30])), "", "[schedule]", "every_minutes%s%d" % (sep, g.pick([15, 60]))]
    return g.pick(["config.ini", "settings.cfg", "conf/%s.ini" % c.project]), "ini", J(L)


@tpl("powershell", negs=("placeholder", "env", "masked", "empty", "demo"))
def t_ps1(c):
    g = c.g
    nm = "$" + (c.name("pascal") if c.obvious else style_name(c.neutral, "pascal"))
    v = c.q("ps1", "'")
    L = ["<#", ".SYNOPSIS", "    Pulls %s data and writes it to a CSV for the weekly report." % c.p.label, "#>",
         "param(", "    [string]$OutFile = \"$PSScriptRoot\\%s.csv\"" % c.p.id, ")", "", "%s = %s" % (nm, v)]
    a = c.p.auth
    if a[0] == "q":
        L.append("$uri = \"%s\"" % c.url_with("$(%s)" % nm))
        L.append("$resp = Invoke-RestMethod -Uri $uri -Method Get")
    elif a[0] == "p":
        L.append("$uri = \"%s\"" % c.url_with("$(%s)" % nm))
        L.append("$resp = Invoke-RestMethod -Uri $uri -Method Get")
    elif a[0] == "basic":
        L += ["$pair = \"%s:$(%s)\"" % (c.user(), nm), "$b64 = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))",
              "$resp = Invoke-RestMethod -Uri '%s' -Headers @{ Authorization = \"Basic $b64\" }" % c.url_nokey()]
    else:
        h, pre = c.header()
        L += ["$headers = @{ '%s' = \"%s$(%s)\" }" % (h, pre, nm), "$resp = Invoke-RestMethod -Uri '%s' -Headers $headers" % c.url_nokey()]
    L += ["$resp | ConvertTo-Json -Depth 5 | Out-File -Encoding utf8 ($OutFile -replace '.csv$', '.json')", "Write-Host \"Done\""]
    return g.pick(["scripts/Get-%s.ps1" % "".join(w.capitalize() for w in c.p.id.split("_")), "tools/Update-Report.ps1"]), "powershell", J(L)


@tpl("dockerfile", negs=("placeholder", "masked", "empty", "demo"))
def t_dockerfile(c):
    g = c.g
    nm = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    L = ["FROM python:3.%d-slim" % g.pick([10, 11, 12]), "", "WORKDIR /app", "COPY requirements.txt .",
         "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
         "ENV PYTHONUNBUFFERED=1 \\", "    %s=%s \\" % (nm, c.raw()), "    CACHE_DIR=/tmp/cache", "",
         "EXPOSE %d" % g.pick([8000, 8080]), "CMD [\"python\", \"-m\", \"%s\"]" % c.project.replace("-", "_")]
    return g.pick(["Dockerfile", "docker/Dockerfile", "worker/Dockerfile"]), "dockerfile", J(L)


@tpl("tfvars", negs=("placeholder", "masked", "empty", "demo", "secret_ref"))
def t_tfvars(c):
    g = c.g
    key = c.name("snake") if c.obvious else style_name(c.neutral, "snake")
    L = ["region        = \"%s\"" % g.pick(["eu-central-1", "us-east-1", "eu-west-1"]), "environment   = \"%s\"" % g.pick(["prod", "staging"]),
         "function_name = \"%s-poller\"" % c.project, "memory_mb     = %d" % g.pick([128, 256]), "schedule      = \"rate(%d minutes)\"" % g.pick([5, 15, 30]), "",
         "%s = \"%s\"" % (key, c.raw()), "", "tags = {", "  team    = \"%s\"" % g.pick(["data", "platform", "growth"]), "  project = \"%s\"" % c.project, "}"]
    return g.pick(["terraform/terraform.tfvars", "infra/prod.tfvars", "terraform/%s.auto.tfvars" % c.project]), "terraform", J(L)


@tpl("k8s_secret", negs=("placeholder", "masked", "empty", "secret_ref"))
def t_k8s(c):
    g = c.g
    key = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    L = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-env" % c.project, "  namespace: %s" % g.pick(["default", "apps", c.project]),
         "  labels:", "    app.kubernetes.io/name: %s" % c.project, "type: Opaque", "stringData:", "  LOG_LEVEL: info",
         "  %s: \"%s\"" % (key, c.raw())]
    return g.pick(["k8s/%s-secret.yaml" % c.project, "deploy/k8s/secret.yaml", "manifests/secret.yaml"]), "kubernetes_yaml", J(L)


@tpl("netlify", negs=("placeholder", "masked", "empty", "demo", "public"))
def t_netlify(c):
    g = c.g
    key = c.name("screaming") if c.obvious else style_name(c.neutral, "screaming")
    L = ["[build]", "  command = \"npm run build\"", "  publish = \"dist\"", "  functions = \"netlify/functions\"", "",
         "[build.environment]", "  NODE_VERSION = \"%d\"" % g.pick([18, 20]), "  %s = \"%s\"" % (key, c.raw()), "",
         "[[redirects]]", "  from = \"/api/*\"", "  to = \"/.netlify/functions/:splat\"", "  status = 200"]
    return "netlify.toml", "toml", J(L)


# ---------------------------------------------------------------- negative slot values

DEMO_VALUES = {
    "nasa": ["DEMO_KEY"],
    "usda": ["DEMO_KEY"],
    "deepl": ["279a2e9d-83b3-c416-7e2d-f721593e42a0:fx"],
    "openweathermap": ["b6907d289e10d714a6e88b30761fae22"],
}
PUBLIC_PROVS = ("mapbox", "radar")


def public_value(g, prov):
    if prov.id == "mapbox":
        return mapbox_token(g, "pk")
    if prov.id == "radar":
        return g.pick(["prj_live_pk_", "prj_test_pk_"]) + g.hex(40)
    return None


def placeholder_value(g, prov):
    shaped = {
        "mapbox": ["sk.<your-secret-token>", "sk.XXXXXXXXXXXXXXXXXXXX", "sk.eyJ1...your-token"],
        "riot": ["RGAPI-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", "RGAPI-your-dev-key"],
        "radar": ["prj_live_sk_" + "x" * 40, "prj_test_sk_..."],
        "google_maps": ["AIzaSy" + "X" * 33, "AIza...your-server-key"],
        "google_translate": ["AIzaSy" + "X" * 33],
        "deepl": ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:fx", "<your-deepl-auth-key>"],
        "neverbounce": ["secret_" + "x" * 32],
        "maxmind": ["YOUR_LICENSE_KEY_HERE"],
        "pdfshift": ["sk_" + "x" * 40],
        "brave": ["BSA" + "x" * 28, "<brave-subscription-token>"],
        "locationiq": ["pk.YOUR_ACCESS_TOKEN", "pk.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
        "meteomatics": ["<password>", "your-meteomatics-password"],
        "twitch_igdb": ["<client-secret>", "your_client_secret"],
    }
    generic = ["YOUR_API_KEY", "<YOUR_API_KEY>", "your-%s-key-here" % prov.id.replace("_", "-"), "<%s key>" % prov.label,
               "INSERT_KEY_HERE", "REPLACE_ME", "changeme", "x" * 32, "your_api_key", "<token>", "TODO", "XXXXXXXXXXXX",
               "%s_KEY_GOES_HERE" % prov.id.upper(), "put-your-key-here", "<api-key>", "0" * 32]
    opts = generic + shaped.get(prov.id, []) * 3
    return g.pick(opts)


def masked_value(g, prov):
    form = g.num(0, 6)
    if form == 0:
        return "*" * g.pick([8, 16, 32])
    if form == 1:
        return "[REDACTED]"
    if form == 2:
        return "<redacted>"
    if form == 3:
        return g.hex(4) + "*" * 24 + g.hex(4)
    if form == 4:
        return "\u2022" * 12 + g.hex(4)
    if form == 5:
        return "****" + g.s(LALNUM, 4)
    return "REDACTED-%s" % prov.id.upper()


def secret_ref_value(g, prov, envname):
    form = g.num(0, 6)
    sl = prov.id.replace("_", "-")
    if form == 0:
        return "vault:secret/data/%s#%s" % (g.pick(["apps", "prod", "shared"]), sl)
    if form == 1:
        return "op://%s/%s/credential" % (g.pick(["Engineering", "Dev", "Shared"]), prov.label.replace(" ", "-"))
    if form == 2:
        return "arn:aws:secretsmanager:%s:%d:secret:%s/%s" % (g.pick(["us-east-1", "eu-west-1"]), g.num(100000000000, 999999999999),
                                                            g.pick(["prod", "staging"]), sl)
    if form == 3:
        return "projects/%s/secrets/%s-api-key/versions/latest" % (g.pick(PROJECTS), sl)
    if form == 4:
        return "${{ secrets.%s }}" % envname
    if form == 5:
        return "{{ vault_%s_key }}" % prov.id
    return "sm://%s" % sl


def neg_kinds_for(prov, negs):
    out = []
    for k in negs:
        if k == "demo" and prov.id not in DEMO_VALUES:
            continue
        if k == "public" and prov.id not in PUBLIC_PROVS:
            continue
        out.append(k)
    return out


def choose_neg_kind(g, prov, negs):
    ks = neg_kinds_for(prov, negs)
    weighted = []
    for k in ks:
        weighted += [k] * (4 if k in ("demo", "public") else 1)
    return g.pick(weighted) if weighted else "placeholder"


def neg_value(g, prov, kind):
    if kind == "placeholder":
        return placeholder_value(g, prov)
    if kind == "masked":
        return masked_value(g, prov)
    if kind == "empty":
        return ""
    if kind == "secret_ref":
        return secret_ref_value(g, prov, style_name(prov.words, "screaming"))
    if kind == "demo":
        return g.pick(DEMO_VALUES[prov.id])
    if kind == "public":
        return public_value(g, prov)
    if kind == "env":
        return ""  # rendered by Ctx.q / Ctx.raw
    raise ValueError(kind)


# ---------------------------------------------------------------- negative-only look-alike templates

DOMAIN = []


def dom(name):
    def deco(f):
        DOMAIN.append({"name": name, "f": f})
        return f
    return deco


GH32 = "0123456789bcdefghjkmnpqrstuvwxyz"


def geohash(lat, lon, prec=9):
    lat_r, lon_r = [-90.0, 90.0], [-180.0, 180.0]
    bits, bit, ch, even, out = [16, 8, 4, 2, 1], 0, 0, True, []
    while len(out) < prec:
        rng_ = lon_r if even else lat_r
        val = lon if even else lat
        mid = (rng_[0] + rng_[1]) / 2
        if val > mid:
            ch |= bits[bit]
            rng_[0] = mid
        else:
            rng_[1] = mid
        even = not even
        if bit < 4:
            bit += 1
        else:
            out.append(GH32[ch])
            bit, ch = 0, 0
    return "".join(out)


@dom("html_gmaps_browser_key")
def d_gmaps_html(g):
    key = k_google(g)
    c = g.pick(CITIES)
    L = ["<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "  <meta charset=\"utf-8\">", "  <title>Store locator</title>",
         "  <style>#map { height: 480px; width: 100%; }</style>", "</head>", "<body>", "  <h1>Find a store</h1>", "  <div id=\"map\"></div>",
         "  <script>", "    function initMap() {", "      const center = { lat: %.4f, lng: %.4f };" % (c[1], c[2]),
         "      const map = new google.maps.Map(document.getElementById(\"map\"), { zoom: 12, center });",
         "      new google.maps.Marker({ position: center, map, title: \"%s store\" });" % c[0], "    }", "  </script>",
         "  <!-- Maps JavaScript API browser key: restricted to https://www.example.com/* referrers and the Maps JS API only -->",
         "  <script async defer", "    src=\"https://maps.googleapis.com/maps/api/js?key=%s&callback=initMap&v=weekly\"></script>" % key,
         "</body>", "</html>"]
    return g.pick(["public/index.html", "site/stores.html", "static/locator.html"]), "html", J(L), "google_maps", "public_browser_key"


@dom("html_mapbox_gl")
def d_mapbox_html(g):
    tok = mapbox_token(g, "pk")
    c = g.pick(CITIES)
    L = ["<!doctype html>", "<html>", "<head>", "<meta charset=\"utf-8\">", "<title>Trail map</title>",
         "<link href=\"https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.css\" rel=\"stylesheet\">",
         "<script src=\"https://api.mapbox.com/mapbox-gl-js/v3.4.0/mapbox-gl.js\"></script>",
         "<style>body { margin: 0; } #map { position: absolute; inset: 0; }</style>", "</head>", "<body>", "<div id=\"map\"></div>", "<script>",
         "  // public token (pk.*), URL-restricted to our domain in the Mapbox account", "  mapboxgl.accessToken = '%s';" % tok,
         "  const map = new mapboxgl.Map({", "    container: 'map',", "    style: 'mapbox://styles/mapbox/outdoors-v12',",
         "    center: [%.4f, %.4f]," % (c[2], c[1]), "    zoom: 11", "  });", "  map.addControl(new mapboxgl.NavigationControl());", "</script>",
         "</body>", "</html>"]
    return g.pick(["index.html", "web/map.html", "docs/map/index.html"]), "html", J(L), "mapbox", "public_token"


@dom("android_mapbox_token")
def d_android_mapbox(g):
    tok = mapbox_token(g, "pk")
    L = ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<resources xmlns:tools=\"http://schemas.android.com/tools\">",
         "    <!-- Mapbox public token; the SDK reads it from this resource -->",
         "    <string name=\"mapbox_access_token\" translatable=\"false\" tools:ignore=\"UnusedResources\">%s</string>" % tok,
         "</resources>"]
    return "app/src/main/res/values/mapbox_access_token.xml", "android_xml", J(L), "mapbox", "public_token"


@dom("ios_plist_mapbox")
def d_ios_mapbox(g):
    tok = mapbox_token(g, "pk")
    L = ["<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">",
         "<plist version=\"1.0\">", "<dict>", "\t<key>CFBundleDevelopmentRegion</key>", "\t<string>en</string>",
         "\t<key>CFBundleIdentifier</key>", "\t<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>", "\t<key>MBXAccessToken</key>",
         "\t<string>%s</string>" % tok, "\t<key>NSLocationWhenInUseUsageDescription</key>",
         "\t<string>Shows your position on the trail map.</string>", "\t<key>UILaunchStoryboardName</key>", "\t<string>LaunchScreen</string>",
         "</dict>", "</plist>"]
    return g.pick(["TrailMap/Info.plist", "ios/TrailMap/Info.plist"]), "plist", J(L), "mapbox", "public_token"


@dom("rn_mapbox")
def d_rn_mapbox(g):
    tok = mapbox_token(g, "pk")
    L = ["import React from \"react\";", "import { StyleSheet, View } from \"react-native\";", "import Mapbox from \"@rnmapbox/maps\";", "",
         "// Public (pk.) token - safe to ship in the app bundle", "Mapbox.setAccessToken(\"%s\");" % tok, "",
         "export default function MapScreen() {", "  return (", "    <View style={styles.page}>",
         "      <Mapbox.MapView style={styles.map} styleURL={Mapbox.StyleURL.Street} />", "    </View>", "  );", "}", "",
         "const styles = StyleSheet.create({", "  page: { flex: 1 },", "  map: { flex: 1 },", "});"]
    return g.pick(["src/screens/MapScreen.tsx", "App.tsx", "src/components/Map.js"]), g.pick(["typescript", "javascript"]), J(L), "mapbox", "public_token"


@dom("radar_web_publishable")
def d_radar_pk(g):
    pk = g.pick(["prj_live_pk_", "prj_test_pk_"]) + g.hex(40)
    L = ["import Radar from \"radar-sdk-js\";", "import \"radar-sdk-js/dist/radar.css\";", "",
         "// Publishable key: meant for client-side code (see Radar docs)", "Radar.initialize(\"%s\");" % pk, "",
         "export function mountAutocomplete(container) {", "  return Radar.ui.autocomplete({", "    container,", "    width: \"400px\",",
         "    onSelection: (address) => console.log(address.formattedAddress),", "  });", "}"]
    return g.pick(["src/radar.js", "web/src/lib/radar.js"]), "javascript", J(L), "radar", "publishable_key"


@dom("owm_fixture")
def d_owm_fixture(g):
    c = g.pick(CITIES)
    d = {"coord": {"lon": c[2], "lat": c[1]}, "weather": [{"id": g.pick([800, 801, 500, 803]), "main": g.pick(["Clear", "Clouds", "Rain"]),
                                                           "description": g.pick(["clear sky", "few clouds", "light rain"]), "icon": g.pick(["01d", "02n", "10d"])}],
         "base": "stations", "main": {"temp": round(g.r.uniform(-5, 30), 2), "feels_like": round(g.r.uniform(-8, 30), 2),
                                      "pressure": g.num(990, 1030), "humidity": g.num(30, 95)},
         "visibility": 10000, "wind": {"speed": round(g.r.uniform(0, 12), 2), "deg": g.num(0, 359)}, "clouds": {"all": g.num(0, 100)},
         "dt": g.num(1700000000, 1730000000), "sys": {"type": 2, "id": g.num(2000000, 2099999), "country": g.pick(["GB", "DE", "PT", "CA", "US"]),
                                                     "sunrise": g.num(1700000000, 1730000000), "sunset": g.num(1700000000, 1730000000)},
         "timezone": g.pick([0, 3600, -18000]), "id": g.num(2600000, 6200000), "name": c[0], "cod": 200}
    return g.pick(["tests/fixtures/owm_%s.json" % c[0].lower(), "fixtures/weather/current.json"]), "json", json.dumps(d, indent=2) + "\n", "openweathermap", "api_response"


@dom("ipinfo_fixture")
def d_ipinfo_fixture(g):
    ip = g.pick(IPS)
    d = {"ip": ip, "hostname": g.pick(["dns.google", "one.one.one.one", "host-%d.example.net" % g.num(1, 999)]),
         "city": g.pick(["Mountain View", "Sydney", "Frankfurt am Main"]), "region": g.pick(["California", "New South Wales", "Hesse"]),
         "country": g.pick(["US", "AU", "DE"]), "loc": "%.4f,%.4f" % (g.r.uniform(-60, 60), g.r.uniform(-150, 150)),
         "org": g.pick(["AS15169 Google LLC", "AS13335 Cloudflare, Inc.", "AS3320 Deutsche Telekom AG"]),
         "postal": str(g.num(10000, 99999)), "timezone": g.pick(["America/Los_Angeles", "Australia/Sydney", "Europe/Berlin"]),
         "anycast": g.pick([True, False])}
    return g.pick(["tests/fixtures/ipinfo_%s.json" % ip.replace(".", "_"), "spec/fixtures/ip_lookup.json"]), "json", json.dumps(d, indent=2) + "\n", "ipinfo", "api_response"


@dom("geocode_fixture")
def d_geocode_fixture(g):
    c = g.pick(CITIES)
    results = []
    for _ in range(g.num(1, 2)):
        results.append({"formatted_address": "%s, %s" % (g.pick(ADDRS).replace("+", " ").split(",")[0], c[0]),
                        "geometry": {"location": {"lat": round(c[1] + g.r.uniform(-0.05, 0.05), 7), "lng": round(c[2] + g.r.uniform(-0.05, 0.05), 7)},
                                     "location_type": "ROOFTOP"},
                        "place_id": "ChIJ" + g.s(B64URL, 23), "plus_code": {"global_code": "%s+%s" % (g.s("23456789CFGHJMPQRVWX", 8), g.s("23456789CFGHJMPQRVWX", 2))},
                        "types": ["street_address"]})
    d = {"results": results, "status": "OK"}
    return g.pick(["tests/fixtures/geocode_response.json", "testdata/geocode_ok.json"]), "json", json.dumps(d, indent=2) + "\n", "google_maps", "api_response"


@dom("http_log_ratelimit")
def d_http_log(g):
    prov = g.pick(PROVS)
    host = prov.url.split("/")[2]
    L = ["# Notes on %s responses" % prov.label, "", "Captured while debugging throttling (key removed from the request line):", "", "```",
         "GET /%s HTTP/1.1" % "/".join(prov.url.split("/")[3:]).split("?")[0].replace("{KEY}", "<key>"), "Host: %s" % host, "", "HTTP/1.1 %d %s" % g.pick([(200, "OK"), (429, "Too Many Requests")]),
         "Date: %s, %02d %s %d %02d:%02d:%02d GMT" % (g.pick(["Mon", "Tue", "Wed"]), g.num(1, 28), g.pick(["Jan", "Mar", "Oct"]), g.num(2023, 2025), g.num(0, 23), g.num(0, 59), g.num(0, 59)),
         "Content-Type: application/json; charset=utf-8", "X-RateLimit-Limit: %d" % g.pick([60, 1000, 5000]),
         "X-RateLimit-Remaining: %d" % g.num(0, 59), "X-RateLimit-Reset: %d" % g.num(1700000000, 1730000000),
         "X-Request-Id: %s" % g.uuid4(), "ETag: W/\"%s-%s\"" % (g.hex(4), g.s(B64URL, 27)), "CF-RAY: %s-%s" % (g.hex(16), g.pick(["FRA", "LHR", "IAD"])),
         "Retry-After: %d" % g.pick([1, 30, 60]), "```", "", "Backoff: honour `Retry-After`, then exponential with jitter."]
    return g.pick(["docs/api-notes.md", "notes/rate-limits.md"]), "markdown", J(L), prov.id, "rate_limit_headers"


@dom("coords_geohash_csv")
def d_geohash_csv(g):
    L = ["station_id,name,lat,lon,geohash,elevation_m"]
    for i in range(g.num(8, 20)):
        c = g.pick(CITIES)
        lat, lon = c[1] + g.r.uniform(-0.3, 0.3), c[2] + g.r.uniform(-0.3, 0.3)
        L.append("%s%05d,%s %s,%.5f,%.5f,%s,%d" % (g.pick(["WS", "ST", "GH"]), g.num(1, 99999), c[0], g.pick(["North", "Airport", "Harbour", "Park", "Hill"]),
                                                  lat, lon, geohash(lat, lon, g.pick([9, 10, 12])), g.num(0, 900)))
    return g.pick(["data/stations.csv", "seeds/weather_stations.csv"]), "csv", J(L), "openweathermap", "coordinates_geohash"


@dom("iso_currency_json")
def d_currency(g):
    cur = [("USD", "US Dollar", 840), ("EUR", "Euro", 978), ("GBP", "Pound Sterling", 826), ("JPY", "Yen", 392), ("CHF", "Swiss Franc", 756),
           ("CAD", "Canadian Dollar", 124), ("AUD", "Australian Dollar", 36), ("SEK", "Swedish Krona", 752), ("PLN", "Zloty", 985)]
    d = {"base": "USD", "timestamp": g.num(1700000000, 1730000000), "source": g.pick(["openexchangerates", "fixer", "exchangerate-api"]),
         "currencies": [{"code": a, "name": b, "numeric": "%03d" % n, "rate": round(g.r.uniform(0.5, 160), 6)} for a, b, n in cur]}
    return g.pick(["data/currencies.json", "src/data/fx_snapshot.json"]), "json", json.dumps(d, indent=2) + "\n", g.pick(["openexchangerates", "fixer", "exchangerate_api"]), "iso_codes"


@dom("readme_placeholders")
def d_readme_ph(g):
    ps = g.r.sample(PROVS, 3)
    L = ["# %s" % g.pick(PROJECTS), "", "## Configuration", "", "Create a `.env` with your own keys (never commit it):", "", "```"]
    for p in ps:
        L.append("%s=%s" % (style_name(p.words, "screaming"), placeholder_value(g, p)))
    L += ["```", "", "## Trying the APIs by hand", ""]
    for p in ps:
        c = Ctx(g, p, "", neg="env")
        L += ["### %s" % p.label, "", "```bash", sh_curl(c, "$" + c.envname), "```", ""]
    return "README.md", "markdown", J(L), ps[0].id, "placeholder"


@dom("ha_secret_refs")
def d_ha_refs(g):
    L = ["homeassistant:", "  name: Home", "  latitude: !secret home_latitude", "  longitude: !secret home_longitude", "  unit_system: metric", "",
         "default_config:", "", "weather:", "  - platform: openweathermap", "    api_key: !secret openweathermap_api_key", "    mode: daily", "",
         "sensor:", "  - platform: rest", "    name: Exchange rate EUR", "    resource_template: \"https://v6.exchangerate-api.com/v6/{{ states('input_text.fx_key') }}/pair/USD/EUR\"",
         "    value_template: \"{{ value_json.conversion_rate }}\"", "    scan_interval: 3600", "",
         "tts:", "  - platform: google_translate", "", "automation: !include automations.yaml"]
    return "configuration.yaml", "yaml_homeassistant", J(L), "openweathermap", "secret_ref"


@dom("nasa_demo_key")
def d_nasa_demo(g):
    L = ["\"\"\"Download today's Astronomy Picture of the Day.", "", "Uses NASA's documented DEMO_KEY (30 req/hour per IP); set NASA_API_KEY", "to use your own.", "\"\"\"",
         "import os", "import requests", "", "API_KEY = os.environ.get(\"NASA_API_KEY\", \"DEMO_KEY\")", "",
         "resp = requests.get(\"https://api.nasa.gov/planetary/apod\", params={\"api_key\": API_KEY, \"thumbs\": True}, timeout=20)",
         "resp.raise_for_status()", "apod = resp.json()", "print(apod[\"title\"])", "print(resp.headers.get(\"X-RateLimit-Remaining\"))"]
    return g.pick(["apod.py", "scripts/apod.py"]), "python", J(L), "nasa", "demo_key"


@dom("i18n_strings")
def d_i18n(g):
    p = g.pick(PROVS)
    d = {"settings": {"title": "Settings", "apiKey": {"label": "API key", "placeholder": "Paste your %s API key" % p.label,
                                                      "help": "You can create a key in your %s dashboard. It is stored only on this device." % p.label,
                                                      "invalid": "That key was rejected (HTTP 401). Check it and try again.",
                                                      "masked": "Key ending in {last4}"},
                      "units": {"metric": "Metric", "imperial": "Imperial"}},
         "errors": {"rateLimited": "Too many requests. Try again in {seconds} seconds.", "offline": "You are offline."},
         "password": {"label": "Password", "forgot": "Forgot password?", "tooShort": "Password must be at least 12 characters."}}
    lang = g.pick(["en", "en-GB", "en-US"])
    return g.pick(["locales/%s.json" % lang, "src/i18n/%s.json" % lang, "public/locales/%s/translation.json" % lang]), "json", json.dumps(d, indent=2) + "\n", p.id, "i18n_strings"


@dom("sri_html")
def d_sri(g):
    import base64
    def sri(n):
        return base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(n))).decode()
    L = ["<!DOCTYPE html>", "<html>", "<head>", "  <meta charset=\"utf-8\">", "  <title>Stations</title>",
         "  <link rel=\"stylesheet\" href=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.css\"", "        integrity=\"sha256-%s\" crossorigin=\"\"/>" % sri(32),
         "  <script src=\"https://unpkg.com/leaflet@1.9.4/dist/leaflet.js\"", "          integrity=\"sha256-%s\" crossorigin=\"\"></script>" % sri(32),
         "  <script src=\"https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js\" integrity=\"sha384-%s\" crossorigin=\"anonymous\"></script>" % sri(48),
         "</head>", "<body>", "  <div id=\"map\" style=\"height: 400px\"></div>", "  <script>",
         "    const map = L.map('map').setView([%.3f, %.3f], 10);" % g.pick(CITIES)[1:],
         "    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', { attribution: '&copy; OpenStreetMap' }).addTo(map);",
         "  </script>", "</body>", "</html>"]
    return g.pick(["public/stations.html", "docs/index.html"]), "html", J(L), "openstreetmap", "sri_hash"


@dom("lockfile_hashes")
def d_lock(g):
    import base64
    pk = [("axios", "1.6.%d" % g.num(0, 8)), ("leaflet", "1.9.4"), ("date-fns", "3.%d.0" % g.num(0, 6)), ("dotenv", "16.4.%d" % g.num(0, 5)),
          ("node-fetch", "3.3.2"), ("@turf/distance", "6.5.0")]
    L = ["# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.", "# yarn lockfile v1", ""]
    for name, ver in g.r.sample(pk, 4):
        L += ["\"%s@^%s\":" % (name, ver), "  version \"%s\"" % ver,
              "  resolved \"https://registry.yarnpkg.com/%s/-/%s-%s.tgz#%s\"" % (name, name.split("/")[-1], ver, g.hex(40)),
              "  integrity sha512-%s" % base64.b64encode(bytes(g.r.getrandbits(8) for _ in range(64))).decode(), ""]
    return "yarn.lock", "lockfile", J(L), "npm", "integrity_hash"


@dom("riot_match_fixture")
def d_riot(g):
    mid = "%s_%d" % (g.pick(["EUW1", "NA1", "KR"]), g.num(6000000000, 7200000000))
    parts = [{"puuid": g.s(B64URL, 78), "riotIdGameName": g.pick(GAMERS).replace("+", " "), "riotIdTagline": g.pick(["EUW", "NA1", "KR1"]),
              "championName": g.pick(["Ahri", "Jinx", "Thresh", "LeeSin", "Orianna"]), "kills": g.num(0, 15), "deaths": g.num(0, 10),
              "assists": g.num(0, 20), "win": g.pick([True, False])} for _ in range(3)]
    d = {"metadata": {"dataVersion": "2", "matchId": mid, "participants": [p["puuid"] for p in parts]},
         "info": {"gameCreation": g.num(1700000000000, 1730000000000), "gameDuration": g.num(900, 2400), "gameMode": "CLASSIC",
                  "queueId": 420, "participants": parts}}
    return "tests/fixtures/match_%s.json" % mid.lower(), "json", json.dumps(d, indent=2) + "\n", "riot", "api_response_ids"


@dom("bitly_links_fixture")
def d_bitly(g):
    links = []
    for _ in range(g.num(2, 4)):
        h = g.s(ALNUM, 7)
        links.append({"created_at": "%d-%02d-%02dT10:%02d:00+0000" % (g.num(2023, 2025), g.num(1, 12), g.num(1, 28), g.num(0, 59)),
                      "id": "bit.ly/%s" % h, "link": "https://bit.ly/%s" % h, "long_url": g.pick(SITES) + "?utm_source=%s" % g.pick(["newsletter", "twitter", "qr"]),
                      "archived": False, "tags": [g.pick(["campaign", "docs", "launch"])]})
    d = {"links": links, "pagination": {"prev": "", "next": "", "size": 50, "page": 1, "total": len(links)}}
    return g.pick(["tests/fixtures/bitly_links.json", "fixtures/shortlinks.json"]), "json", json.dumps(d, indent=2) + "\n", "bitly", "api_response_ids"


@dom("dockerfile_digest")
def d_docker_digest(g):
    L = ["# syntax=docker/dockerfile:1.6", "FROM python:3.12-slim@sha256:%s AS base" % g.hex(64), "", "WORKDIR /app", "COPY requirements.txt .",
         "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", "",
         "# the API key is mounted at build time only for the smoke test, never baked into a layer",
         "RUN --mount=type=secret,id=owm_api_key \\", "    OWM_API_KEY=$(cat /run/secrets/owm_api_key) python -m app.smoke_test", "",
         "ENV OWM_API_KEY=\"\"", "CMD [\"gunicorn\", \"-b\", \"0.0.0.0:8000\", \"app:app\"]"]
    return "Dockerfile", "dockerfile", J(L), "openweathermap", "image_digest"


@dom("twitch_public_client_id")
def d_twitch(g):
    cid = g.s(LALNUM, 30)
    L = ["import os", "import requests", "", "# Client ID is public (it is sent with every IGDB request); the secret comes from the env.",
         "TWITCH_CLIENT_ID = \"%s\"" % cid, "TWITCH_CLIENT_SECRET = os.environ[\"TWITCH_CLIENT_SECRET\"]", "", "",
         "def app_token():", "    r = requests.post(\"https://id.twitch.tv/oauth2/token\", params={", "        \"client_id\": TWITCH_CLIENT_ID,",
         "        \"client_secret\": TWITCH_CLIENT_SECRET,", "        \"grant_type\": \"client_credentials\",", "    }, timeout=10)",
         "    r.raise_for_status()", "    return r.json()[\"access_token\"]", "", "", "def games(query):",
         "    headers = {\"Client-ID\": TWITCH_CLIENT_ID, \"Authorization\": f\"Bearer {app_token()}\"}",
         "    body = f'search \"{query}\"; fields name,first_release_date,rating; limit 10;'",
         "    return requests.post(\"https://api.igdb.com/v4/games\", headers=headers, data=body, timeout=10).json()"]
    return g.pick(["igdb_client.py", "src/igdb.py"]), "python", J(L), "twitch_igdb", "public_client_id"


@dom("changelog_masked")
def d_changelog(g):
    ps = g.r.sample(PROVS, 2)
    L = ["# Changelog", "", "## [%d.%d.%d] - %d-%02d-%02d" % (g.num(0, 3), g.num(0, 20), g.num(0, 9), g.num(2023, 2025), g.num(1, 12), g.num(1, 28)), "",
         "### Security", "- Rotated the %s key after it showed up in a CI log (old key `%s`, revoked)." % (ps[0].label, g.hex(4) + "*" * 20 + g.hex(4)),
         "- %s credentials now come from the secret store instead of `config.yml`." % ps[1].label, "", "### Fixed",
         "- Handle HTTP 429 from %s with exponential backoff." % ps[1].label, "- Geocoder no longer crashes on empty `results`.", "",
         "## [%d.%d.0] - %d-%02d-%02d" % (g.num(0, 3), g.num(0, 20), g.num(2022, 2023), g.num(1, 12), g.num(1, 28)), "", "### Added",
         "- `/healthz` endpoint.", "- Commit %s: switched to %s." % (g.hex(7), ps[0].label)]
    return "CHANGELOG.md", "markdown", J(L), ps[0].id, "masked"


@dom("gh_workflow_secrets")
def d_gh_secrets(g):
    ps = g.r.sample(PROVS, 3)
    L = ["name: Fetch datasets", "", "on:", "  schedule:", "    - cron: \"17 4 * * *\"", "  workflow_dispatch:", "", "permissions:", "  contents: write", "",
         "jobs:", "  fetch:", "    runs-on: ubuntu-latest", "    env:"]
    for p in ps:
        n = style_name(p.words, "screaming")
        L.append("      %s: ${{ secrets.%s }}" % (n, n))
    L += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-node@v4", "        with:", "          node-version: 20",
          "      - run: npm ci", "      - run: node scripts/fetch-all.mjs", "      - uses: stefanzweifel/git-auto-commit-action@v5",
          "        with:", "          commit_message: \"chore: update datasets\""]
    return ".github/workflows/fetch.yml", "github_actions", J(L), ps[0].id, "secret_ref"


@dom("env_example")
def d_env_example(g):
    ps = g.r.sample(PROVS, g.num(3, 6))
    L = ["# Copy to .env and fill in. Do NOT commit .env", "NODE_ENV=development", "PORT=3000", ""]
    for p in ps:
        L.append("# %s - https://%s" % (p.label, p.url.split("/")[2]))
        L.append("%s=%s" % (style_name(p.words, "screaming"), g.pick(["", "", placeholder_value(g, p)])))
    return g.pick([".env.example", ".env.sample", "example.env"]), "dotenv", J(L), ps[0].id, "placeholder"


@dom("deepl_docs_example")
def d_deepl_test(g):
    L = ["import pytest", "", "from translator.config import base_url_for", "", "# Example key from the DeepL API documentation", "DOCS_FREE_KEY = \"279a2e9d-83b3-c416-7e2d-f721593e42a0:fx\"", "",
         "", "def test_free_key_uses_free_endpoint():", "    assert base_url_for(DOCS_FREE_KEY) == \"https://api-free.deepl.com\"", "", "",
         "@pytest.mark.parametrize(\"key\", [\"\", \"not-a-key\"])", "def test_rejects_garbage(key):", "    with pytest.raises(ValueError):",
         "        base_url_for(key)"]
    return "tests/test_config.py", "python", J(L), "deepl", "docs_example_key"


@dom("test_vectors")
def d_test_vectors(g):
    L = ["import hashlib", "", "import responses", "", "from app.cache import cache_key, fetch_weather", "",
         "FAKE_KEY = \"test-key\"", "", "", "def test_sha256_known_vector():",
         "    assert hashlib.sha256(b\"abc\").hexdigest() == \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"", "", "",
         "def test_md5_empty():", "    assert hashlib.md5(b\"\").hexdigest() == \"d41d8cd98f00b204e9800998ecf8427e\"", "", "",
         "@responses.activate", "def test_fetch_uses_key():",
         "    responses.get(\"https://api.openweathermap.org/data/2.5/weather\", json={\"cod\": 200, \"name\": \"%s\"})" % g.pick(CITIES)[0],
         "    data = fetch_weather(\"%s\", api_key=FAKE_KEY)" % g.pick(CITIES)[0], "    assert data[\"cod\"] == 200",
         "    assert \"appid=test-key\" in responses.calls[0].request.url", "", "",
         "def test_cache_key_stable():", "    assert cache_key(\"London\", \"metric\") == cache_key(\"London\", \"metric\")"]
    return "tests/test_weather.py", "python", J(L), "openweathermap", "test_vector"


@dom("mmdb_checksums")
def d_mmdb(g):
    L = ["#!/bin/sh", "# Download GeoLite2 databases; credentials come from the CI secret store.", "set -eu",
         ": \"${MAXMIND_ACCOUNT_ID:?}\" \"${MAXMIND_LICENSE_KEY:?}\"", ""]
    for ed in g.r.sample(["GeoLite2-City", "GeoLite2-Country", "GeoLite2-ASN"], 2):
        L += ["curl -fsSL -u \"$MAXMIND_ACCOUNT_ID:$MAXMIND_LICENSE_KEY\" \\",
              "  \"https://download.maxmind.com/geoip/databases/%s/download?suffix=tar.gz\" -o %s.tar.gz" % (ed, ed)]
    L += ["", "# expected checksums of the pinned build", "cat > SHA256SUMS <<'EOF'"]
    L += ["%s  GeoLite2-City.tar.gz" % g.hex(64), "%s  GeoLite2-Country.tar.gz" % g.hex(64), "EOF", "sha256sum -c SHA256SUMS || echo 'new build published'"]
    return g.pick(["scripts/download_geoip.sh", "docker/fetch-geoip.sh"]), "shell", J(L), "maxmind", "checksum"


@dom("kotlin_weather_codes")
def d_kt_codes(g):
    L = ["package com.example.weather.ui", "", "/** Maps OpenWeatherMap condition ids to our icon set. */", "enum class Condition(val ids: IntRange, val icon: String) {",
         "    THUNDERSTORM(200..232, \"ic_storm\"),", "    DRIZZLE(300..321, \"ic_drizzle\"),", "    RAIN(500..531, \"ic_rain\"),",
         "    SNOW(600..622, \"ic_snow\"),", "    ATMOSPHERE(701..781, \"ic_fog\"),", "    CLEAR(800..800, \"ic_sun\"),", "    CLOUDS(801..804, \"ic_cloud\");", "",
         "    companion object {", "        fun from(id: Int) = values().firstOrNull { id in it.ids } ?: CLEAR", "        const val ICON_URL = \"https://openweathermap.org/img/wn/%s@2x.png\"", "    }", "}"]
    return "app/src/main/java/com/example/weather/ui/Condition.kt", "kotlin", J(L), "openweathermap", "ids"


@dom("census_fips_r")
def d_census_r(g):
    L = ["library(httr)", "library(jsonlite)", "", "# key is read from ~/.Renviron (CENSUS_API_KEY=...)", "key <- Sys.getenv(\"CENSUS_API_KEY\")",
         "stopifnot(nzchar(key))", "", "states <- c(CA = \"06\", NY = \"36\", TX = \"48\", WA = \"53\")", "",
         "get_pop <- function(fips) {", "  res <- GET(\"https://api.census.gov/data/2022/acs/acs5\",",
         "             query = list(get = \"NAME,B01003_001E\", `for` = \"county:*\", `in` = paste0(\"state:\", fips), key = key))",
         "  m <- fromJSON(content(res, \"text\"))", "  setNames(as.data.frame(m[-1, ]), m[1, ])", "}", "",
         "pop <- do.call(rbind, lapply(states, get_pop))", "write.csv(pop, \"data/county_pop.csv\", row.names = FALSE)"]
    return "analysis/county_population.R", "r", J(L), "census", "env_ref"


@dom("noaa_stations")
def d_noaa(g):
    st = []
    for _ in range(g.num(3, 6)):
        c = g.pick(CITIES)
        st.append({"id": "GHCND:%s%08d" % (g.pick(["USW", "USC", "GME", "UKM"]), g.num(1, 99999999)), "name": "%s %s, %s" % (c[0].upper(), g.pick(["AIRPORT", "CENTRAL PARK", "DOWNTOWN"]), g.pick(["US", "GM", "UK"])),
                   "latitude": round(c[1], 4), "longitude": round(c[2], 4), "elevation": round(g.r.uniform(2, 900), 1),
                   "mindate": "19%02d-01-01" % g.num(30, 99), "maxdate": "2024-%02d-%02d" % (g.num(1, 12), g.num(1, 28)), "datacoverage": round(g.r.uniform(0.8, 1), 4)})
    d = {"metadata": {"resultset": {"offset": 1, "count": len(st), "limit": 25}}, "results": st}
    return g.pick(["data/noaa_stations.json", "tests/fixtures/cdo_stations.json"]), "json", json.dumps(d, indent=2) + "\n", "noaa", "ids"


@dom("postman_collection")
def d_postman(g):
    p = g.pick([x for x in PROVS if x.auth[0] in ("q", "h")])
    if p.auth[0] == "q":
        req = {"method": "GET", "header": [], "url": {"raw": p.url.split("?")[0] + "?%s={{apiKey}}" % p.auth[1], "host": ["{{baseUrl}}"],
                                                        "query": [{"key": p.auth[1], "value": "{{apiKey}}"}]}}
    else:
        req = {"method": "GET", "header": [{"key": p.auth[1], "value": p.auth[2] + "{{apiKey}}", "type": "text"}], "url": {"raw": p.url.split("?")[0]}}
    d = {"info": {"_postman_id": g.uuid4(), "name": "%s API" % p.label, "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
         "item": [{"name": "Sample request", "request": req}],
         "variable": [{"key": "baseUrl", "value": "https://" + p.url.split("/")[2]}, {"key": "apiKey", "value": ""}]}
    return "postman/%s.postman_collection.json" % p.id, "json", json.dumps(d, indent=2) + "\n", p.id, "template_variable"


@dom("release_notes_shas")
def d_release(g):
    L = ["# Release %d.%d" % (g.num(1, 4), g.num(0, 30)), "", "| commit | author | summary |", "|---|---|---|"]
    for _ in range(g.num(4, 8)):
        L.append("| %s | %s | %s |" % (g.hex(40), g.pick(PEOPLE), g.pick(["bump axios", "cache geocoder results", "fix tz handling", "retry on 429", "add FX widget", "docs: key setup"])))
    L += ["", "Full diff: https://github.com/example/%s/compare/%s...%s" % (g.pick(PROJECTS), g.hex(12), g.hex(12))]
    return g.pick(["docs/releases/latest.md", "RELEASE_NOTES.md"]), "markdown", J(L), "github", "commit_sha"


@dom("go_cache_hash")
def d_go_hash(g):
    L = ["package cache", "", "import (", "\t\"crypto/sha1\"", "\t\"encoding/hex\"", "\t\"testing\"", ")", "",
         "// Key builds the cache key for a geocoding query (never includes the API key).", "func Key(q string) string {", "\tsum := sha1.Sum([]byte(q))",
         "\treturn hex.EncodeToString(sum[:])", "}", "", "func TestKey(t *testing.T) {",
         "\t// sha1(\"abc\") test vector", "\tif got := Key(\"abc\"); got != \"a9993e364706816aba3e25717850c26c9cd0d89d\" {",
         "\t\tt.Fatalf(\"got %s\", got)", "\t}", "}"]
    return "internal/cache/key_test.go", "go", J(L), "geocoding", "test_vector"


@dom("jupyter_env_key")
def d_ipynb(g):
    p = g.pick(PROVS)
    env = style_name(p.words, "screaming")
    cells = [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import os, getpass\n", "import requests\n", "key = os.environ.get(\"%s\") or getpass.getpass(\"%s key: \")" % (env, p.label)]},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream",
                                                                                     "text": ["status 200\n", "request-id %s\n" % g.uuid4(), "remaining quota %d\n" % g.num(10, 999)]}],
              "source": ["r = requests.get(\"%s\", timeout=10)\n" % p.url.split("?")[0].replace("{KEY}", "...").split("{")[0], "print(\"status\", r.status_code)"]}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/%s_check.ipynb" % p.id, "jupyter", json.dumps(nb, indent=1) + "\n", p.id, "env_ref"


@dom("rawg_fixture")
def d_rawg(g):
    res = []
    for _ in range(g.num(2, 4)):
        h = g.hex(32)
        res.append({"id": g.num(1000, 999999), "slug": g.pick(["the-witcher-3-wild-hunt", "portal-2", "hades", "celeste", "stardew-valley"]),
                    "name": g.pick(["The Witcher 3", "Portal 2", "Hades", "Celeste", "Stardew Valley"]), "released": "20%02d-%02d-%02d" % (g.num(5, 23), g.num(1, 12), g.num(1, 28)),
                    "background_image": "https://media.rawg.io/media/games/%s/%s.jpg" % (h[:3], h), "rating": round(g.r.uniform(3, 5), 2), "metacritic": g.num(70, 97)})
    d = {"count": g.num(100, 900000), "next": "https://api.rawg.io/api/games?page=2", "previous": None, "results": res}
    return "tests/fixtures/rawg_games.json", "json", json.dumps(d, indent=2) + "\n", "rawg", "api_response_ids"


@dom("gravatar_users")
def d_gravatar(g):
    import hashlib
    L = ["id,name,email_hash,avatar_url"]
    for i in range(g.num(4, 9)):
        em = "%s.%d@example.com" % (g.pick(PEOPLE).lower(), g.num(1, 99))
        h = hashlib.md5(em.encode()).hexdigest()
        L.append("%d,%s,%s,https://www.gravatar.com/avatar/%s?s=80&d=identicon" % (i + 1, g.pick(PEOPLE), h, h))
    return "seeds/users.csv", "csv", J(L), "gravatar", "hash"


@dom("streamlit_secrets_ref")
def d_streamlit(g):
    p = g.pick(PROVS)
    env = style_name(p.words, "snake")
    L = ["import requests", "import streamlit as st", "", "# key lives in .streamlit/secrets.toml (git-ignored) or the Cloud secrets UI",
         "KEY = st.secrets[\"%s\"]" % env, "", "st.title(\"%s explorer\")" % p.label, "q = st.text_input(\"Query\", \"%s\")" % g.pick(CITIES)[0],
         "if st.button(\"Go\"):", "    st.write(\"calling\", \"%s\")" % p.url.split("?")[0].split("{")[0], "    st.caption(f\"using key ending in ...{KEY[-4:]}\")"]
    return "streamlit_app.py", "python", J(L), p.id, "secret_ref"


@dom("fx_response_fixture")
def d_fx(g):
    d = {"result": "success", "documentation": "https://www.exchangerate-api.com/docs", "terms_of_use": "https://www.exchangerate-api.com/terms",
         "time_last_update_unix": g.num(1700000000, 1730000000), "time_next_update_unix": g.num(1730000000, 1740000000), "base_code": "USD",
         "conversion_rates": {c: round(g.r.uniform(0.3, 150), 4) for c in ["USD", "EUR", "GBP", "JPY", "CHF", "CAD", "BRL", "INR"]}}
    return "tests/fixtures/latest_usd.json", "json", json.dumps(d, indent=2) + "\n", "exchangerate_api", "api_response"


# ---------------------------------------------------------------- driver

N_POS = 500
N_NEG = 500


def templates_for(prov):
    return [t for t in SHARED if (t["provs"] is None or prov.id in t["provs"])
            and not (t["client"] and prov.id == "google_maps")]


def pick_balanced(g, tpls, usage):
    """Least-used compatible template (ties broken at random), so templates spread evenly."""
    special = [t for t in tpls if t["provs"]]
    if special and g.chance(0.35):
        t = g.pick(special)
    else:
        generic = [t for t in tpls if not t["provs"]]
        low = min(usage.get(t["name"], 0) for t in generic)
        t = g.pick([t for t in generic if usage.get(t["name"], 0) == low])
    usage[t["name"]] = usage.get(t["name"], 0) + 1
    return t


POS_USAGE = {}
NEG_USAGE = {}


def make_positive(g, prov, obvious):
    value = prov.gen(g)
    t = pick_balanced(g, templates_for(prov), POS_USAGE)
    c = Ctx(g, prov, value, neg=None, obvious=obvious)
    path, ftype, text = t["f"](c)
    return t["name"], path, ftype, text, value


def make_reused_negative(g, prov):
    t = pick_balanced(g, templates_for(prov), NEG_USAGE)
    kind = choose_neg_kind(g, prov, t["negs"])
    value = neg_value(g, prov, kind)
    c = Ctx(g, prov, value, neg=kind, obvious=g.chance(0.5))
    path, ftype, text = t["f"](c)
    return t["name"], path, ftype, text, kind


def main(argv):
    if len(argv) != 3:
        print("usage: gen_bw.py OUTDIR SEED", file=sys.stderr)
        return 2
    outdir, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    g = G(rng)
    POS_USAGE.clear()
    NEG_USAGE.clear()
    manifest, secrets = [], []
    os.makedirs(outdir, exist_ok=True)

    def write(rel, text):
        full = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)

    # positives: providers balanced round-robin over shuffled order, exactly half obvious
    order = []
    while len(order) < N_POS:
        block = list(PROVS)
        rng.shuffle(block)
        order += block
    order = order[:N_POS]
    obv = [i % 2 == 0 for i in range(N_POS)]
    rng.shuffle(obv)
    seen_values = set()
    for i in range(N_POS):
        prov = order[i]
        while True:
            tname, path, ftype, text, value = make_positive(g, prov, obv[i])
            if value not in seen_values and text.count(value) >= 1:
                break
        seen_values.add(value)
        rel = "pos/p%04d/%s" % (i, path)
        idx = text.index(value)
        line = text.count("\n", 0, idx) + 1
        write(rel, text)
        manifest.append({"file": rel, "label": "pos", "provider": prov.id, "kind": prov.kind, "filetype": ftype,
                         "template": tname, "naming": "obvious" if obv[i] else "subtle"})
        secrets.append({"file": rel, "needle": value, "line": line})

    # negatives: half re-used positive templates, half domain look-alikes
    kinds = ["reuse" if i % 2 == 0 else "domain" for i in range(N_NEG)]
    rng.shuffle(kinds)
    dom_order = []
    while len(dom_order) < N_NEG:
        block = list(DOMAIN)
        rng.shuffle(block)
        dom_order += block
    di = 0
    for i in range(N_NEG):
        if kinds[i] == "reuse":
            prov = g.pick(PROVS)
            tname, path, ftype, text, nkind = make_reused_negative(g, prov)
            pid = prov.id
        else:
            t = dom_order[di]
            di += 1
            path, ftype, text, pid, nkind = t["f"](g)
            tname = t["name"]
        rel = "neg/n%04d/%s" % (i, path)
        write(rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": pid, "kind": nkind, "filetype": ftype, "template": tname})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
