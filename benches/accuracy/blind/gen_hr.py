#!/usr/bin/env python3
"""gen_hr.py -- blind evaluation set for a secret scanner: weather, environment and
climate-data APIs.

EMPHASIS
  Domain: weather / air-quality / climate-data projects (station hobbyists, data
  scientists pulling ERA5, web apps showing a forecast).  Providers:
  OpenWeatherMap, Tomorrow.io, Visual Crossing, WeatherAPI.com, Weatherbit,
  AccuWeather, Meteomatics (basic auth), Meteostat via RapidAPI, NOAA NCEI CDO
  web-service tokens, Copernicus CDS / ADS (~/.cdsapirc, legacy UID:KEY and new
  personal access tokens), ECMWF Web API (~/.ecmwfapirc), NASA Earthdata Login
  (.netrc passwords, EDL user tokens = RS256 JWTs), PurpleAir (read / write API
  keys), AirNow, IQAir AirVisual, Windy Point Forecast, Stormglass, Ambient
  Weather (apiKey + applicationKey), Netatmo (client secret / refresh token),
  Weather Underground PWS (station key = upload PASSWORD), Davis WeatherLink v2
  (api-key + API secret).
  File types: Python, R, Go, JavaScript/Node, Jupyter notebooks, shell, cron,
  .cdsapirc, .ecmwfapirc, .netrc, weewx.conf, Home Assistant YAML, generic YAML
  (compose, k8s, helm, GitHub Actions), JSON, TOML, INI, XML, Java .properties,
  Dockerfile, Terraform, SQL, CSV, Markdown, logs, a few .env files.

USAGE
  python3 -B gen_hr.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each),
  OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl
  and OUTDIR/secrets.jsonl.  Everything is derived from random.Random(SEED);
  two runs with one seed are byte-identical.  Standard library only.

NEEDLE CONVENTIONS
  The needle is the secret value exactly as written, without quotes, without
  the variable name and without the header name or scheme word:
  - URL query (…?appid=K, …&key=K, ?API_KEY=K, PASSWORD=K): needle is K.
  - URL with basic auth (https://user:P@api.meteomatics.com/…): needle is P
    only (the user name is not secret); same for btoa('user:P').
  - Headers (apikey: K, token: K, X-API-Key: K, X-RapidAPI-Key: K,
    Authorization: K for Stormglass, X-Api-Secret: K, Authorization: Bearer T):
    needle is K / T without "Bearer ".
  - Key pairs: Ambient (applicationKey + apiKey), WeatherLink (api-key id +
    API secret), Netatmo (client_id + client_secret / refresh token),
    Meteomatics (user + password), Earthdata (login + password), WU (station
    ID + station key): only ONE half is a literal credential, the needle; the
    other half is a public identifier or comes from the environment.
  - Copernicus legacy key "UID:KEY": the whole "UID:KEY" value is the needle.
  - Netatmo refresh tokens "<24hex>|<32hex>": the whole token is the needle.
  - EDL tokens: the whole three-part JWT is the needle (single line).
  - .netrc: needle is the word after "password".
  No multi-line private keys are used in this domain.
  "line" is the 1-based line of the needle's first occurrence; the program
  asserts the needle is on that line of the file it wrote.

NEGATIVES
  About half re-use the positive templates with the secret slot holding a
  non-secret: placeholders (<your-api-key>, YOUR_API_KEY_HERE, changeme,
  xxxx…), empty values, masked values (****, [REDACTED]), environment and
  secret-manager references (${VAR}, os.environ[...], process.env.X,
  Sys.getenv(), os.Getenv(), !secret x, ${{ secrets.X }}, op:// and vault
  paths, Terraform var.x) and documented example keys (OpenWeather sample
  appid, ECMWF "XXXX…" key, Windy "windyisthebest"/"abcd123", Meteomatics
  "ABCDeij953ad", Stormglass "example-api-key", WeatherLink "ABC123"/987654321).
  The other half are domain look-alikes: GHCND / WMO / ICAO / WU / AQS station
  ids, lat/lon tables, PurpleAir sensor indexes (public sensors, empty
  read_key), NOAA dataset / datatype ids, CDS request ids (UUIDs), WeatherLink
  station UUIDs, Netatmo MACs and public client ids, CMR granule / concept ids,
  md5 / sha256 checksum manifests, DVC and git-lfs pointers, docker digests,
  go.sum and npm integrity hashes, STAC multihashes, netCDF tracking ids, grib
  index files, H3 cells, geohashes, S3 ETags, commit SHAs, JWKS / PGP / SSH
  public keys, base64 icons.  No negative is written to a .env / .env.local /
  .env.production file (.env.example is used instead).

FORMATS CHECKED (search tool, provider docs and real config files)
  - OpenWeatherMap: appid query parameter; keys seen in real code are 32 lower
    hex; the samples.openweathermap.org appid b6907d289e10d714a6e88b30761fae22
    is a published example (used only as a negative).
  - Tomorrow.io docs (api-authentication): "apikey" query parameter or
    "apikey" header; keys seen in code: 32 mixed-case alphanumerics.
  - Visual Crossing timeline docs: ...?key=YOUR_API_KEY; keys in code are 25
    upper-case alphanumerics.
  - WeatherAPI.com docs: key=<YOUR API KEY>; keys in code are 30-31 lower hex
    whose tail looks like a YYMMDD date (modelled as 25 hex + YYMMDD).
  - Weatherbit docs: key=[key] query parameter.
  - AccuWeather: apikey query parameter (dataservice.accuweather.com); keys in
    code: 32 mixed-case alphanumerics.
  - Meteomatics docs: HTTP basic auth user:password (also in the URL), OAuth
    token from login.meteomatics.com; example password "ABCDeij953ad".
  - Meteostat on RapidAPI: X-RapidAPI-Key / X-RapidAPI-Host headers; keys in
    code are 50 chars: 10 hex + "msh" + 15 hex + "p" + 6 hex + "jsn" + 12 hex.
  - NOAA CDO v2 docs: header "token:<token>", "unique 32-character token";
    tokens seen in code are 32 ASCII letters.
  - CDS / ADS: ~/.cdsapirc "url:" + "key:"; new personal access token "looks
    like a UUID"; legacy key <UID>:<APIKEY>; env CDSAPI_URL / CDSAPI_KEY.
  - ECMWF Web API docs: ~/.ecmwfapirc JSON {"url","key","email"}, example key
    "XXXXXXXXXXXXXXXXXXXXXX"; ECMWFDataServer(url, key, email).
  - NASA Earthdata: .netrc machine urs.earthdata.nasa.gov login/password;
    user tokens (90 days) used as "Authorization: Bearer"; tokens start eyJ0eXAiOiJKV1Q
    (JWT); EARTHDATA_USERNAME / EARTHDATA_PASSWORD / EARTHDATA_TOKEN env vars.
  - PurpleAir community docs: read key and write key, header "X-API-Key".
  - WeatherLink v2 docs: api-key query parameter (an identifier) and API
    secret in header X-Api-Secret; tutorial example key 987654321 secret ABC123.
  - Stormglass docs: "Authorization: example-api-key" header; keys in code are
    two UUID-v1 strings joined by "-".
  - Windy Point Forecast docs: POST JSON body with "key"; examples
    "windyisthebest" and "abcd123".
  - Ambient Weather: applicationKey (developer) + apiKey (user), REST endpoint
    api.ambientweather.net/v1, env AMBIENT_API_KEY / AMBIENT_APPLICATION_KEY.
  - Weather Underground PWS upload protocol: updateweatherstation.php with
    action=updateraw, ID and PASSWORD (= station key); weewx [[Wunderground]]
    station / password.
  - Netatmo: client_id / client_secret from dev.netatmo.com, refresh tokens,
    weewx-netatmo [Netatmo] client_id / client_secret.
  - AirNow: API key in example URLs (API_KEY=); IQAir/AirVisual: key=.
  No scanner rule code or rule list was read.  Some search hits (code corpus)
  contained what look like real keys; they were used only to read formats and
  none is reproduced here.

DOUBTS
  - Lengths and alphabets not stated by the providers' docs are inferred from
    keys seen in public code: OpenWeatherMap, Weatherbit, ECMWF (32 hex),
    Tomorrow.io, AccuWeather, Windy (32 alnum), Visual Crossing (25 upper
    alnum), WeatherAPI.com (31 chars), NOAA (32 letters), RapidAPI layout.
  - Not confirmed at all (assumed): AirNow keys as upper-case UUIDs, IQAir
    keys as lower-case UUIDs, PurpleAir keys as upper-case UUIDs, Ambient
    keys as 64 lower hex, WeatherLink v2 key/secret as 32 lower alnum,
    Netatmo client secret 30-36 alnum and tokens "<24hex>|<32hex>", WU
    station keys as 8 alnum, Meteomatics passwords 10 alnum, CDS legacy UID
    as a 5-6 digit integer.
  - EDL JWT claim names (type, uid, exp, iat, iss, identity_provider, acr,
    assurance_level) and header (typ, origin, sig, alg RS256) are modelled
    from memory; the signature is 256 random bytes.
  - ECMWF Web API was decommissioned in 2023; .ecmwfapirc files still live in
    repositories, so they are kept.
"""

import base64
import json
import os
import random
import sys
import textwrap

HEX = "0123456789abcdef"
DIG = "0123456789"
LOW = "abcdefghijklmnopqrstuvwxyz"
UPP = LOW.upper()
LETTERS = UPP + LOW
ALNUM = UPP + LOW + DIG
LOWALNUM = LOW + DIG
UPALNUM = UPP + DIG
PWSYM = "!-_.*~"


def rs(r, alpha, n):
    return "".join(r.choice(alpha) for _ in range(n))


def F(s, **kw):
    """Dedent a template and replace «name» tokens (no brace escaping needed)."""
    s = textwrap.dedent(s).lstrip("\n")
    for k, v in kw.items():
        s = s.replace("\u00ab" + k + "\u00bb", str(v))
    if "\u00ab" in s:
        raise ValueError("unfilled token in template: " + s[s.index("\u00ab"):][:40])
    return s


# --------------------------------------------------------------------------
# random secret generators (shapes per FORMATS CHECKED / DOUBTS)
# --------------------------------------------------------------------------

def g_hex32(r):
    return rs(r, HEX, 32)


def g_uuid(r, upper=False):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return s.upper() if upper else s


def g_uuid_up(r):
    return g_uuid(r, True)


def g_alnum32(r):
    return rs(r, ALNUM, 32)


def g_vc(r):
    return rs(r, UPALNUM, 25)


def g_weatherapi(r):
    h = g_uuid(r).replace("-", "")[:25]
    return h + "%02d%02d%02d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 28))


def g_pw10(r):
    while True:
        s = rs(r, ALNUM, r.choice([10, 10, 12]))
        if any(c in DIG for c in s) and any(c in LOW for c in s) and any(c in UPP for c in s):
            return s


def g_rapid(r):
    return rs(r, HEX, 10) + "msh" + rs(r, HEX, 15) + "p" + rs(r, HEX, 6) + "jsn" + rs(r, HEX, 12)


def g_noaa(r):
    return rs(r, LETTERS, 32)


def g_cds_legacy(r):
    return "%d:%s" % (r.randint(10000, 399999), g_uuid(r))


def g_password(r):
    while True:
        n = r.randint(12, 18)
        s = r.choice(ALNUM) + rs(r, ALNUM + PWSYM + DIG, n - 1)
        if any(c in DIG for c in s) and any(c in PWSYM for c in s) and any(c in UPP for c in s):
            return s


def b64u(b):
    return base64.urlsafe_b64encode(b).decode("ascii").rstrip("=")


def g_edl_jwt(r, uid=None):
    uid = uid or r.choice(USERS)
    iat = r.randint(1690000000, 1745000000)
    head = {"typ": "JWT", "origin": "Earthdata Login", "sig": "edljwtpubkey_ops", "alg": "RS256"}
    body = {"type": "User", "uid": uid, "exp": iat + 5184000, "iat": iat,
            "iss": "https://urs.earthdata.nasa.gov", "identity_provider": "edl_ops",
            "acr": "edl", "assurance_level": 3}
    sig = bytes(r.getrandbits(8) for _ in range(256))
    return (b64u(json.dumps(head, separators=(",", ":")).encode()) + "." +
            b64u(json.dumps(body, separators=(",", ":")).encode()) + "." + b64u(sig))


def g_uuid1ish(r):
    tl = rs(r, HEX, 8)
    tm = rs(r, HEX, 4)
    th = "11" + r.choice("ee") + r.choice("abcdef")
    cs = r.choice("89ab") + rs(r, HEX, 3)
    node = "0242ac1300" + "%02x" % r.randint(2, 9)
    return tl, tm, th, cs, node


def g_stormglass(r):
    tl, tm, th, cs, node = g_uuid1ish(r)
    tl2 = "%08x" % ((int(tl, 16) + r.randint(40, 200)) % (1 << 32))
    return "-".join([tl, tm, th, cs, node, tl2, tm, th, cs, node])


def g_hex64(r):
    return rs(r, HEX, 64)


def g_netatmo_secret(r):
    return rs(r, ALNUM, r.choice([30, 32, 35, 36]))


def g_hex24(r):
    return rs(r, HEX, 24)


def g_netatmo_token(r):
    return g_hex24(r) + "|" + g_hex32(r)


def g_wu_key(r):
    while True:
        s = rs(r, ALNUM, 8)
        if any(c in DIG for c in s) and any(c in LETTERS for c in s):
            return s


def g_wl(r):
    return rs(r, LOWALNUM, 32)


# --------------------------------------------------------------------------
# filler data
# --------------------------------------------------------------------------

CITIES = [
    ("Boulder", "CO", "US", 40.0150, -105.2705), ("Seattle", "WA", "US", 47.6062, -122.3321),
    ("Denver", "CO", "US", 39.7392, -104.9903), ("Austin", "TX", "US", 30.2672, -97.7431),
    ("Madison", "WI", "US", 43.0731, -89.4012), ("Portland", "OR", "US", 45.5152, -122.6784),
    ("Reading", "ENG", "GB", 51.4543, -0.9781), ("Bergen", "VL", "NO", 60.3913, 5.3221),
    ("Toulouse", "OCC", "FR", 43.6047, 1.4442), ("Hamburg", "HH", "DE", 53.5511, 9.9937),
    ("Bologna", "ER", "IT", 44.4949, 11.3426), ("Wellington", "WGN", "NZ", -41.2865, 174.7762),
    ("Cape Town", "WC", "ZA", -33.9249, 18.4241), ("Fresno", "CA", "US", 36.7378, -119.7871),
    ("Tucson", "AZ", "US", 32.2226, -110.9747), ("Asheville", "NC", "US", 35.5951, -82.5515),
    ("Utrecht", "UT", "NL", 52.0907, 5.1214), ("Innsbruck", "T", "AT", 47.2692, 11.4041),
    ("Hobart", "TAS", "AU", -42.8821, 147.3272), ("Halifax", "NS", "CA", 44.6488, -63.5752),
]
USERS = ["jmartinez", "k.osei", "lwagner", "hydro_lab", "pnguyen", "era5bot", "srao",
         "mbrandt", "climate-ci", "tkowalski", "aokafor", "rfernandes", "wxdesk", "ebjork"]
FIRST = ["maria", "jonas", "priya", "tom", "ana", "lukas", "mei", "omar", "sofia", "david"]
LAST = ["lind", "okafor", "schmidt", "rossi", "tanaka", "novak", "silva", "dubois", "berg"]
ORGS = ["uni-bern.ch", "colorado.edu", "met.no", "ucar.edu", "example-agri.com", "kth.se",
        "uw.edu", "reading.ac.uk", "tudelft.nl", "windfarm-ops.io"]
ERA5_VARS = ["2m_temperature", "total_precipitation", "10m_u_component_of_wind",
             "10m_v_component_of_wind", "surface_pressure", "2m_dewpoint_temperature",
             "mean_sea_level_pressure", "surface_solar_radiation_downwards"]
CITY_IDS = ["5574991", "2643743", "5809844", "4671654", "2950159", "3161732", "2179537", "6167865"]


def city(r):
    return r.choice(CITIES)


def email(r):
    return "%s.%s@%s" % (r.choice(FIRST), r.choice(LAST), r.choice(ORGS))


def date(r, y0=2019, y1=2025):
    return "%04d-%02d-%02d" % (r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))


def hhmm(r):
    return "%02d:%02d:%02d" % (r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))


def times(r, n):
    """n increasing HH:MM:SS stamps within one day."""
    t0 = r.randint(0, 60000)
    out = []
    for _ in range(n):
        t0 += r.randint(1, 400)
        out.append("%02d:%02d:%02d" % ((t0 // 3600) % 24, (t0 // 60) % 60, t0 % 60))
    return out


def ghcnd(r):
    return r.choice(["USW000%05d" % r.randint(10000, 99999), "USC00%06d" % r.randint(100000, 499999),
                     "GME00%06d" % r.randint(100000, 130000), "CA00%07d" % r.randint(1000000, 9999999)])


def wu_station(r, c=None):
    c = c or city(r)
    if c[2] == "US":
        return "K%s%s%d" % (c[1], c[0].upper().replace(" ", "")[:6], r.randint(1, 399))
    return "I%s%d" % (c[0].upper().replace(" ", "")[:6], r.randint(1, 999))


def mac(r, prefix=None):
    parts = prefix.split(":") if prefix else ["%02x" % r.randint(0, 255) for _ in range(3)]
    parts = parts + ["%02x" % r.randint(0, 255) for _ in range(6 - len(parts))]
    return ":".join(parts)


def lat(c):
    return "%.4f" % c[3]


def lon(c):
    return "%.4f" % c[4]


def area(c):
    return "%d, %d, %d, %d" % (round(c[3]) + 2, round(c[4]) - 2, round(c[3]) - 2, round(c[4]) + 2)


# --------------------------------------------------------------------------
# value slot: a secret (positives) or a non-secret (negatives)
# --------------------------------------------------------------------------

class Val(object):
    def __init__(self, mode, raw, pick=0):
        self.mode = mode      # secret | ph | empty | mask | ref | doc
        self.raw = raw
        self.pick = pick


QUOTE = {
    "py": '"%s"', "py1": "'%s'", "js": "'%s'", "js2": '"%s"', "go": '"%s"', "r": '"%s"',
    "json": '"%s"', "toml": '"%s"', "sql": "'%s'", "tf": '"%s"', "yamlq": '"%s"', "shq": '"%s"',
}
REF_EXPR = {
    "py": ['os.environ["@E@"]', 'os.getenv("@E@")', 'os.environ.get("@E@", "")'],
    "py1": ["os.environ['@E@']", "os.getenv('@E@')"],
    "js": ["process.env.@E@", "process.env['@E@']", "process.env.@E@ ?? ''", "config.get('@e@')"],
    "js2": ["process.env.@E@", 'process.env["@E@"]', "import.meta.env.VITE_@E@"],
    "go": ['os.Getenv("@E@")', 'viper.GetString("@e@")'],
    "r": ['Sys.getenv("@E@")', 'keyring::key_get("@e@")'],
    "json": ['"${@E@}"', '"env:@E@"', '"{{ @e@ }}"'],
    "toml": ['"${@E@}"', '"env:@E@"'],
    "sql": ["current_setting('app.@e@')", ":'@e@'"],
    "tf": ["var.@e@", "data.aws_ssm_parameter.@e@.value", "random_password.@e@.result"],
    "yamlq": ['"${@E@}"', '"${{ secrets.@E@ }}"', '"{{ @e@ }}"'],
    "shq": ['"${@E@}"', '"$@E@"', '"$(cat /run/secrets/@e@)"', '"$(pass show weather/@e@)"'],
}
REF_INLINE = {
    "url": ["${@E@}", "$@E@", "{@e@}", "<@E@>"],
    "sh": ["${@E@}", "$@E@", "$(cat /run/secrets/@e@)", "$(op read op://Weather/@e@/credential)"],
    "yaml": ["${@E@}", '"${{ secrets.@E@ }}"', "vault:secret/data/weather#@e@",
             "op://Weather/@e@/credential"],
    "ha": ["!secret @e@"],
    "ini": ["${@E@}", "env:@E@", "%(@e@)s"],
    "props": ["${@E@}", "${@E@:}"],
    "xml": ["${@E@}", "@string/@e@"],
    "docker": ["${@E@}", "$@E@"],
    "env": ["${@E@}", "op://Weather/@e@/credential", "vault:secret/data/weather#@e@"],
    "md": ["$@E@", "${@E@}", "<@E@>"],
    "log": ["${@E@}", "<@E@>"],
    "text": ["${@E@}", "<@E@>"],
    "cdsapirc": ["${@E@}"],
}


def _ref(opts, v, env):
    s = opts[v.pick % len(opts)]
    return s.replace("@E@", env).replace("@e@", env.lower())


def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def Q(v, lang, env):
    """Value in a quoted-literal context; environment references become expressions."""
    if v.mode == "ref":
        return _ref(REF_EXPR[lang], v, env)
    return QUOTE[lang] % v.raw


def U(v, ctx, env):
    """Value in an unquoted / inline context (URL, YAML plain scalar, INI, netrc …)."""
    if v.mode == "ref":
        return _ref(REF_INLINE.get(ctx, REF_INLINE["text"]), v, env)
    if ctx == "xml":
        return xml_esc(v.raw)
    if ctx in ("yaml", "ha") and v.raw[:1] in tuple("*&!%@`[{|>'\"#"):
        return '"%s"' % v.raw      # people quote such values in YAML
    return v.raw


def nb(cells):
    """Render a minimal Jupyter notebook; cells = list of (kind, text)."""
    out = []
    for kind, text in cells:
        lines = text.split("\n")
        src = [l + "\n" for l in lines[:-1]] + [lines[-1]]
        c = {"cell_type": kind, "metadata": {}, "source": src}
        if kind == "code":
            c["execution_count"] = None
            c["outputs"] = []
        out.append(c)
    d = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                    "name": "python3"},
                                     "language_info": {"name": "python", "version": "3.11.6"}},
         "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(d, indent=1) + "\n"


# --------------------------------------------------------------------------
# template registry
# --------------------------------------------------------------------------

class Tpl(object):
    def __init__(self, fn, provider, kind, gen, neg):
        self.fn = fn
        self.name = fn.__name__
        self.provider = provider
        self.kind = kind
        self.gen = gen
        self.neg = neg


POS = []
LOOK = []
ALL_NEG = ["ph", "empty", "mask", "ref", "doc"]


def pos(provider, kind, gen, neg=None):
    def deco(fn):
        POS.append(Tpl(fn, provider, kind, gen, neg or ALL_NEG))
        return fn
    return deco


def look(provider, kind):
    def deco(fn):
        LOOK.append(Tpl(fn, provider, kind, None, None))
        return fn
    return deco


# ==========================================================================
# POSITIVE TEMPLATES (re-used for half of the negatives)
# ==========================================================================

# ---------------- OpenWeatherMap ----------------

@pos("openweathermap", "api_key", g_hex32)
def p_owm_py_requests(r, v):
    c = city(r)
    path = r.choice(["weather/owm_client.py", "src/providers/openweather.py", "app/services/weather.py"])
    return path, F('''
        """Thin wrapper around the OpenWeather One Call 3.0 endpoint."""
        import logging
        import os

        import requests

        log = logging.getLogger(__name__)

        OPENWEATHER_API_KEY = «K»
        BASE_URL = "https://api.openweathermap.org/data/3.0/onecall"
        DEFAULT_LAT, DEFAULT_LON = «LAT», «LON»  # «CITY»


        def current(lat=DEFAULT_LAT, lon=DEFAULT_LON, units="metric"):
            params = {"lat": lat, "lon": lon, "units": units,
                      "exclude": "minutely,alerts", "appid": OPENWEATHER_API_KEY}
            resp = requests.get(BASE_URL, params=params, timeout=10)
            resp.raise_for_status()
            data = resp.json()
            log.debug("owm tz=%s", data.get("timezone"))
            return data["current"]
        ''', K=Q(v, "py", "OPENWEATHER_API_KEY"), LAT=lat(c), LON=lon(c), CITY=c[0])


@pos("openweathermap", "api_key", g_hex32)
def p_owm_sh_curl(r, v):
    c = city(r)
    cid = r.choice(CITY_IDS)
    path = r.choice(["scripts/fetch_current.sh", "bin/owm-snapshot.sh", "tools/weather_pull.sh"])
    return path, F('''
        #!/usr/bin/env bash
        # Pull current conditions for the dashboard tile every run.
        set -euo pipefail

        OUT_DIR="${OUT_DIR:-/var/lib/wxdash}"
        mkdir -p "$OUT_DIR"

        curl -fsS --retry 3 \\
          "https://api.openweathermap.org/data/2.5/weather?id=«CID»&units=metric&lang=en&appid=«K»" \\
          -o "$OUT_DIR/current.json"

        jq -r '.main.temp, .wind.speed' "$OUT_DIR/current.json"
        echo "updated $(date -u +%FT%TZ) for «CITY»"
        ''', K=U(v, "url", "OWM_APPID"), CID=cid, CITY=c[0])


@pos("openweathermap", "api_key", g_hex32)
def p_owm_js_axios(r, v):
    c = city(r)
    path = r.choice(["src/api/weather.js", "server/routes/forecast.js", "lib/weather/owm.js"])
    return path, F('''
        const axios = require('axios');

        const client = axios.create({
          baseURL: 'https://api.openweathermap.org/data/2.5',
          timeout: 8000,
        });

        async function forecast(lat = «LAT», lon = «LON») {
          const { data } = await client.get('/forecast', {
            params: { lat, lon, units: 'metric', cnt: 16, appid: «K» },
          });
          return data.list.map((p) => ({ t: p.dt * 1000, temp: p.main.temp, pop: p.pop }));
        }

        module.exports = { forecast };
        ''', K=Q(v, "js", "OWM_APPID"), LAT=lat(c), LON=lon(c))


@pos("openweathermap", "api_key", g_hex32)
def p_owm_ha_secrets(r, v):
    c = city(r)
    return r.choice(["homeassistant/secrets.yaml", "config/secrets.yaml", "ha/secrets.yaml"]), F('''
        # Home Assistant secrets - referenced with !secret in configuration.yaml
        home_latitude: «LAT»
        home_longitude: «LON»
        home_elevation: «ELEV»
        time_zone: Europe/Berlin
        openweathermap_api_key: «K»
        mqtt_broker: 192.168.«N».20
        mqtt_port: 1883
        ''', K=U(v, "yaml", "OWM_KEY"), LAT=lat(c), LON=lon(c), ELEV=r.randint(5, 1700), N=r.randint(0, 9))


@pos("openweathermap", "api_key", g_hex32)
def p_owm_go(r, v):
    c = city(r)
    return r.choice(["internal/weather/owm.go", "pkg/provider/openweather.go"]), F('''
        package weather

        import (
        	"encoding/json"
        	"fmt"
        	"net/http"
        	"time"
        )

        const owmAppID = «K»

        type Current struct {
        	Main struct {
        		Temp     float64 `json:"temp"`
        		Humidity int     `json:"humidity"`
        	} `json:"main"`
        	Name string `json:"name"`
        }

        var httpClient = &http.Client{Timeout: 10 * time.Second}

        func FetchCurrent(lat, lon float64) (*Current, error) {
        	url := fmt.Sprintf("https://api.openweathermap.org/data/2.5/weather?lat=%.4f&lon=%.4f&units=metric&appid=%s", lat, lon, owmAppID)
        	resp, err := httpClient.Get(url)
        	if err != nil {
        		return nil, err
        	}
        	defer resp.Body.Close()
        	var c Current
        	return &c, json.NewDecoder(resp.Body).Decode(&c)
        }

        // default location: «CITY» («LAT», «LON»)
        ''', K=Q(v, "go", "OWM_APPID"), CITY=c[0], LAT=lat(c), LON=lon(c))


@pos("openweathermap", "api_key", g_hex32)
def p_owm_r(r, v):
    c = city(r)
    return r.choice(["analysis/01_download_weather.R", "R/get_owm.R", "scripts/owm_history.R"]), F('''
        # Download hourly forecast for the field site and save as CSV
        library(owmr)
        library(dplyr)
        library(readr)

        Sys.setenv(OWM_API_KEY = «K»)

        site <- list(name = "«CITY»", lat = «LAT», lon = «LON»)
        fc <- get_forecast(lat = site$lat, lon = site$lon, units = "metric")
        df <- owmr_as_tibble(fc) %>%
          select(dt_txt, temp, humidity, wind_speed) %>%
          mutate(site = site$name)

        write_csv(df, file.path("data", "raw", paste0("owm_", Sys.Date(), ".csv")))
        ''', K=Q(v, "r", "OWM_API_KEY"), CITY=c[0], LAT=lat(c), LON=lon(c))


@pos("openweathermap", "api_key", g_hex32)
def p_owm_ipynb(r, v):
    c = city(r)
    key = Q(v, "py", "OWM_KEY")
    return r.choice(["notebooks/explore_owm.ipynb", "notebooks/01-current-weather.ipynb"]), nb([
        ("markdown", "# Current weather for %s\nQuick look at the OpenWeather response." % c[0]),
        ("code", "import os\n\nimport pandas as pd\nimport requests"),
        ("code", 'owm = %s\nlat, lon = %s, %s\nurl = "https://api.openweathermap.org/data/2.5/forecast"\n'
                 'r = requests.get(url, params={"lat": lat, "lon": lon, "appid": owm, "units": "metric"})\n'
                 'r.status_code' % (key, lat(c), lon(c))),
        ("code", 'df = pd.json_normalize(r.json()["list"])\ndf[["dt_txt", "main.temp", "wind.speed"]].head()'),
    ])


@pos("openweathermap", "api_key", g_hex32)
def p_owm_cron(r, v):
    cid = r.choice(CITY_IDS)
    return r.choice(["deploy/crontab", "ops/cron.d/weather", "etc/cron.d/wx-collector"]), F('''
        # m h dom mon dow user command
        SHELL=/bin/bash
        PATH=/usr/local/bin:/usr/bin:/bin
        MAILTO=""

        */15 * * * * wx curl -fsS "https://api.openweathermap.org/data/2.5/weather?id=«CID»&units=metric&appid=«K»" -o /srv/wx/current.json
        5 0 * * * wx /opt/wx/bin/rotate-archive --keep 30 >> /var/log/wx/rotate.log 2>&1
        ''', K=U(v, "url", "OWM_APPID"), CID=cid)


@pos("openweathermap", "api_key", g_hex32)
def p_owm_log(r, v):
    d = date(r, 2023, 2025)
    cid = r.choice(CITY_IDS)
    ts = times(r, 6)
    lines = []
    for i in range(3):
        lines.append("%s %s INFO  scheduler: job owm_current fired (run %d)" % (d, ts[i], 4100 + i))
    lines.append("%s %s DEBUG http: GET https://api.openweathermap.org/data/2.5/weather?id=%s&units=metric&appid=%s"
                 % (d, ts[3], cid, U(v, "log", "OWM_APPID")))
    lines.append("%s %s DEBUG http: <- 200 OK (%d ms, %d bytes)" % (d, ts[4], r.randint(80, 600), r.randint(400, 900)))
    lines.append("%s %s INFO  store: wrote 1 observation for city_id=%s" % (d, ts[5], cid))
    return r.choice(["logs/collector.log", "var/log/wx-collector.log"]), "\n".join(lines) + "\n"


# ---------------- Tomorrow.io ----------------

@pos("tomorrow.io", "api_key", g_alnum32)
def p_tomorrow_py(r, v):
    c = city(r)
    return r.choice(["services/tomorrow.py", "forecast/sources/tomorrow_io.py"]), F('''
        from datetime import datetime, timezone
        import os

        import httpx

        TIMELINES_URL = "https://api.tomorrow.io/v4/timelines"
        FIELDS = ["temperature", "windSpeed", "precipitationProbability", "weatherCode"]


        def hourly(location="«LAT»,«LON»"):
            params = {
                "location": location,
                "fields": ",".join(FIELDS),
                "timesteps": "1h",
                "units": "metric",
                "apikey": «K»,
            }
            r = httpx.get(TIMELINES_URL, params=params, timeout=15.0)
            r.raise_for_status()
            started = datetime.now(timezone.utc).isoformat()
            return started, r.json()["data"]["timelines"][0]["intervals"]
        ''', K=Q(v, "py", "TOMORROW_API_KEY"), LAT=lat(c), LON=lon(c))


@pos("tomorrow.io", "api_key", g_alnum32)
def p_tomorrow_json(r, v):
    c = city(r)
    return r.choice(["config/providers.json", "config/forecast.sources.json"]), F('''
        {
          "defaultProvider": "tomorrowio",
          "location": {"name": "«CITY»", "lat": «LAT», "lon": «LON»},
          "providers": {
            "tomorrowio": {
              "baseUrl": "https://api.tomorrow.io/v4",
              "apiKey": «K»,
              "timesteps": ["1h", "1d"],
              "units": "metric"
            },
            "openmeteo": {
              "baseUrl": "https://api.open-meteo.com/v1",
              "models": ["icon_seamless"]
            }
          },
          "cacheMinutes": 20
        }
        ''', K=Q(v, "json", "TOMORROW_API_KEY"), CITY=c[0], LAT=lat(c), LON=lon(c))


@pos("tomorrow.io", "api_key", g_alnum32)
def p_tomorrow_sh_header(r, v):
    c = city(r)
    return r.choice(["scripts/tomorrow_realtime.sh", "ops/check-tomorrow.sh"]), F('''
        #!/bin/sh
        # realtime conditions smoke test (used by the uptime probe)
        curl --silent --request GET \\
          --url 'https://api.tomorrow.io/v4/weather/realtime?location=«LAT»,«LON»&units=metric' \\
          --header 'accept: application/json' \\
          --header 'apikey: «K»' | jq '.data.values.temperature'
        ''', K=U(v, "sh", "TOMORROW_API_KEY"), LAT=lat(c), LON=lon(c))


@pos("tomorrow.io", "api_key", g_alnum32)
def p_tomorrow_k8s(r, v):
    return r.choice(["deploy/k8s/weather-secrets.yaml", "k8s/base/forecast-secret.yaml"]), F('''
        apiVersion: v1
        kind: Secret
        metadata:
          name: forecast-api
          namespace: «NS»
          labels:
            app.kubernetes.io/name: forecast-api
        type: Opaque
        stringData:
          TOMORROW_API_KEY: «K»
          FORECAST_CACHE_TTL: "900"
        ''', K=U(v, "yaml", "TOMORROW_API_KEY"), NS=r.choice(["weather", "wx-prod", "default"]))


# ---------------- Visual Crossing ----------------

@pos("visualcrossing", "api_key", g_vc)
def p_vc_py(r, v):
    c = city(r)
    return r.choice(["etl/visualcrossing_history.py", "pipelines/vc_backfill.py"]), F('''
        import csv
        import os
        import io
        import urllib.parse
        import urllib.request

        VC = "https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline"
        vc_key = «K»


        def history(location, start, end):
            loc = urllib.parse.quote(location)
            url = f"{VC}/{loc}/{start}/{end}?unitGroup=metric&include=days&contentType=csv&key={vc_key}"
            with urllib.request.urlopen(url, timeout=60) as fh:
                return list(csv.DictReader(io.TextIOWrapper(fh, encoding="utf-8")))


        if __name__ == "__main__":
            rows = history("«CITY»,«CC»", "«D1»", "«D2»")
            print(len(rows), "days")
        ''', K=Q(v, "py", "VISUAL_CROSSING_KEY"), CITY=c[0], CC=c[2], D1=date(r, 2015, 2019), D2=date(r, 2020, 2024))


@pos("visualcrossing", "api_key", g_vc)
def p_vc_props(r, v):
    return "src/main/resources/application.properties", F('''
        spring.application.name=weather-gateway
        server.port=8085
        management.endpoints.web.exposure.include=health,info

        weather.provider=visualcrossing
        weather.visualcrossing.base-url=https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services
        weather.visualcrossing.api-key=«K»
        weather.visualcrossing.unit-group=metric
        weather.cache.ttl=PT30M
        ''', K=U(v, "props", "VISUALCROSSING_API_KEY"))


@pos("visualcrossing", "api_key", g_vc)
def p_vc_toml(r, v):
    c = city(r)
    return r.choice(["config/settings.toml", "wxbot.toml"]), F('''
        [bot]
        name = "wxbot"
        post_hour = 7
        channel = "#weather"

        [location]
        name = "«CITY»"
        latitude = «LAT»
        longitude = «LON»

        [visualcrossing]
        endpoint = "https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline"
        key = «K»
        unit_group = "metric"
        ''', K=Q(v, "toml", "VC_KEY"), CITY=c[0], LAT=lat(c), LON=lon(c))


# ---------------- WeatherAPI.com ----------------

@pos("weatherapi.com", "api_key", g_weatherapi)
def p_weatherapi_js(r, v):
    return r.choice(["src/services/weatherApi.js", "app/lib/weatherapi.js"]), F('''
        import axios from 'axios';

        const http = axios.create({ baseURL: 'https://api.weatherapi.com/v1' });

        export async function getForecast(q, days = 3) {
          const res = await http.get('/forecast.json', {
            params: { key: «K», q, days, aqi: 'yes', alerts: 'no' },
          });
          const { location, forecast } = res.data;
          return { place: `${location.name}, ${location.country}`, days: forecast.forecastday };
        }
        ''', K=Q(v, "js", "WEATHERAPI_KEY"))


@pos("weatherapi.com", "api_key", g_weatherapi)
def p_weatherapi_md(r, v):
    c = city(r)
    return r.choice(["docs/setup.md", "docs/providers/weatherapi.md"]), F('''
        # Weather provider setup

        The widget uses [WeatherAPI.com](https://www.weatherapi.com/docs/) for current
        conditions and a 3-day forecast.

        ## Quick check

        ```bash
        curl "https://api.weatherapi.com/v1/current.json?key=«K»&q=«CITY»&aqi=no"
        ```

        Expected: HTTP 200 and a JSON body with `location` and `current`.

        ## Notes

        - Free plan: 1M calls / month, 3 forecast days.
        - Responses are cached for 10 minutes by the gateway.
        ''', K=U(v, "md", "WEATHERAPI_KEY"), CITY=c[0].replace(" ", "%20"))


@pos("weatherapi.com", "api_key", g_weatherapi)
def p_weatherapi_py_ctor(r, v):
    c = city(r)
    return r.choice(["bot/weather_cmd.py", "telegram_bot/handlers/weather.py"]), F('''
        from dataclasses import dataclass
        import os

        import requests


        @dataclass
        class WeatherApiClient:
            key: str
            base: str = "https://api.weatherapi.com/v1"

            def current(self, q):
                r = requests.get(f"{self.base}/current.json", params={"key": self.key, "q": q}, timeout=8)
                r.raise_for_status()
                return r.json()["current"]


        client = WeatherApiClient(«K»)


        def handle(update, context):
            place = " ".join(context.args) or "«CITY»"
            cur = client.current(place)
            update.message.reply_text(f"{place}: {cur['temp_c']} C, {cur['condition']['text']}")
        ''', K=Q(v, "py", "WEATHERAPI_KEY"), CITY=c[0])


# ---------------- Weatherbit ----------------

@pos("weatherbit", "api_key", g_hex32)
def p_weatherbit_py(r, v):
    c = city(r)
    return r.choice(["etl/weatherbit_loader.py", "ingest/weatherbit.py"]), F('''
        import os
        import time

        import pandas as pd
        import requests

        WEATHERBIT_API_KEY = «K»
        URL = "https://api.weatherbit.io/v2.0/history/daily"


        def load(lat, lon, start, end):
            params = {"lat": lat, "lon": lon, "start_date": start, "end_date": end,
                      "units": "M", "key": WEATHERBIT_API_KEY}
            r = requests.get(URL, params=params, timeout=30)
            r.raise_for_status()
            time.sleep(1.1)  # stay under the per-second limit
            return pd.DataFrame(r.json()["data"])


        if __name__ == "__main__":
            df = load(«LAT», «LON», "«D1»", "«D2»")
            df.to_parquet(os.path.join("data", "weatherbit_daily.parquet"))
        ''', K=Q(v, "py", "WEATHERBIT_API_KEY"), LAT=lat(c), LON=lon(c), D1=date(r, 2022, 2022), D2=date(r, 2023, 2023))


@pos("weatherbit", "api_key", g_hex32)
def p_weatherbit_ini(r, v):
    c = city(r)
    return r.choice(["config/weather.ini", "conf/providers.ini"]), F('''
        [general]
        units = metric
        refresh_minutes = 30
        log_level = INFO

        [location]
        name = «CITY»
        lat = «LAT»
        lon = «LON»

        [weatherbit]
        base_url = https://api.weatherbit.io/v2.0
        key = «K»
        lang = en
        ''', K=U(v, "ini", "WEATHERBIT_KEY"), CITY=c[0], LAT=lat(c), LON=lon(c))


@pos("weatherbit", "api_key", g_hex32)
def p_weatherbit_tf(r, v):
    return r.choice(["infra/lambda.tf", "terraform/forecast_lambda.tf"]), F('''
        resource "aws_lambda_function" "forecast_ingest" {
          function_name = "forecast-ingest"
          role          = aws_iam_role.forecast_ingest.arn
          handler       = "handler.main"
          runtime       = "python3.12"
          timeout       = 120
          filename      = "${path.module}/build/forecast_ingest.zip"

          environment {
            variables = {
              WEATHERBIT_KEY = «K»
              BUCKET         = aws_s3_bucket.raw.bucket
              STATION_LIST   = "stations/active.csv"
            }
          }
        }
        ''', K=Q(v, "tf", "weatherbit_key"))


# ---------------- AccuWeather ----------------

@pos("accuweather", "api_key", g_alnum32)
def p_accu_yml(r, v):
    return r.choice(["src/main/resources/application.yml", "config/application.yml"]), F('''
        server:
          port: 8080
        spring:
          application:
            name: forecast-service
          cache:
            type: caffeine
        accuweather:
          base-url: https://dataservice.accuweather.com
          api-key: «K»
          language: en-us
          details: true
        logging:
          level:
            com.example.forecast: DEBUG
        ''', K=U(v, "yaml", "ACCUWEATHER_API_KEY"))


@pos("accuweather", "api_key", g_alnum32)
def p_accu_xml(r, v):
    return r.choice(["app/src/main/res/values/secrets.xml", "app/src/main/res/values/api.xml"]), F('''
        <?xml version="1.0" encoding="utf-8"?>
        <resources>
            <string name="app_name">SkyCast</string>
            <string name="accuweather_base_url">https://dataservice.accuweather.com/</string>
            <string name="accuweather_api_key">«K»</string>
            <integer name="forecast_days">5</integer>
        </resources>
        ''', K=U(v, "xml", "ACCUWEATHER_KEY"))


@pos("accuweather", "api_key", g_alnum32)
def p_accu_docker(r, v):
    return r.choice(["Dockerfile", "docker/forecast/Dockerfile"]), F('''
        FROM node:20-alpine

        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci --omit=dev
        COPY . .

        ENV NODE_ENV=production \\
            PORT=3000 \\
            ACCUWEATHER_APIKEY=«K» \\
            FORECAST_LOCATION_KEY=«LK»

        EXPOSE 3000
        CMD ["node", "server.js"]
        ''', K=U(v, "docker", "ACCUWEATHER_APIKEY"), LK=r.randint(100000, 350000))


@pos("accuweather", "api_key", g_alnum32)
def p_accu_js_cfg(r, v):
    return r.choice(["config/default.js", "src/config.js"]), F('''
        module.exports = {
          port: process.env.PORT || 4000,
          cacheTtlSeconds: 600,
          accuweather: {
            host: 'https://dataservice.accuweather.com',
            apikey: «K»,
            locationKey: '«LK»',
            metric: true,
          },
        };
        ''', K=Q(v, "js", "ACCUWEATHER_APIKEY"), LK=r.randint(100000, 350000))


# ---------------- Meteomatics (basic auth) ----------------

def mm_user(r):
    return "%s_%s" % (r.choice(["acme", "agrisense", "windpark", "unibe", "hydroplan", "skyops"]), r.choice(LAST))


@pos("meteomatics", "basic_auth_password", g_pw10)
def p_mm_py(r, v):
    c = city(r)
    return r.choice(["scripts/meteomatics_timeseries.py", "wx/meteomatics_pull.py"]), F('''
        import datetime as dt
        import os

        import meteomatics.api as api

        username = "«U»"
        password = «K»

        coordinates = [(«LAT», «LON»)]
        parameters = ["t_2m:C", "precip_1h:mm", "wind_speed_10m:ms"]
        model = "mix"
        startdate = dt.datetime.utcnow().replace(minute=0, second=0, microsecond=0)
        enddate = startdate + dt.timedelta(days=2)
        interval = dt.timedelta(hours=1)

        df = api.query_time_series(coordinates, startdate, enddate, interval, parameters,
                                   username, password, model=model)
        df.to_csv("meteomatics_«CITY».csv")
        ''', U=mm_user(r), K=Q(v, "py", "METEOMATICS_PASSWORD"), LAT=lat(c), LON=lon(c),
        CITY=c[0].lower().replace(" ", "_"))


@pos("meteomatics", "basic_auth_password", g_pw10)
def p_mm_sh_url(r, v):
    c = city(r)
    return r.choice(["scripts/mm_query.sh", "bin/meteomatics-csv.sh"]), F('''
        #!/usr/bin/env bash
        set -eu
        # 48 h of 2 m temperature and precipitation as CSV
        NOW=$(date -u +%Y-%m-%dT%H:00:00Z)
        curl -s "https://«U»:«K»@api.meteomatics.com/${NOW}P2D:PT1H/t_2m:C,precip_1h:mm/«LAT»,«LON»/csv?model=mix" \\
          > "mm_$(date -u +%Y%m%d%H).csv"
        ''', U=mm_user(r), K=U(v, "url", "METEOMATICS_PASSWORD"), LAT=lat(c), LON=lon(c))


@pos("meteomatics", "basic_auth_password", g_pw10)
def p_mm_compose(r, v):
    return r.choice(["docker-compose.yml", "deploy/docker-compose.yml"]), F('''
        services:
          forecast-worker:
            image: ghcr.io/«ORG»/forecast-worker:1.8.2
            restart: unless-stopped
            environment:
              METEOMATICS_USER: «U»
              METEOMATICS_PASSWORD: «K»
              METEOMATICS_MODEL: mix
              REDIS_URL: redis://cache:6379/0
            depends_on:
              - cache
          cache:
            image: redis:7-alpine
            volumes:
              - redis-data:/data
        volumes:
          redis-data:
        ''', U=mm_user(r), K=U(v, "yaml", "METEOMATICS_PASSWORD"), ORG=r.choice(["agrisense", "wxlab", "skyops"]))


@pos("meteomatics", "basic_auth_password", g_pw10)
def p_mm_js_btoa(r, v):
    return r.choice(["web/src/meteomaticsToken.js", "src/auth/meteomatics.js"]), F('''
        // Fetch a short-lived OAuth token for the map tiles (valid 2 h)
        export async function getMeteomaticsToken() {
          const headers = new Headers();
          headers.set('Authorization', 'Basic ' + btoa('«U»:«K»'));
          const resp = await fetch('https://login.meteomatics.com/api/v1/token', { method: 'GET', headers });
          if (!resp.ok) throw new Error(`token request failed: ${resp.status}`);
          const { access_token } = await resp.json();
          return access_token;
        }
        ''', U=mm_user(r), K=U(v, "url", "METEOMATICS_PASSWORD"))


# ---------------- Meteostat via RapidAPI ----------------

@pos("meteostat-rapidapi", "api_key", g_rapid)
def p_rapid_js(r, v):
    c = city(r)
    return r.choice(["app/api/historicalData/route.ts", "src/meteostat.ts"]), F('''
        const url =
          'https://meteostat.p.rapidapi.com/point/daily?lat=«LAT»&lon=«LON»&start=«D1»&end=«D2»';

        const options = {
          method: 'GET',
          headers: {
            'x-rapidapi-key': «K»,
            'x-rapidapi-host': 'meteostat.p.rapidapi.com',
          },
        };

        export async function GET() {
          const response = await fetch(url, options);
          const data = await response.json();
          return new Response(JSON.stringify(data.data ?? []));
        }
        ''', K=Q(v, "js", "RAPIDAPI_KEY"), LAT=lat(c), LON=lon(c), D1=date(r, 2020, 2021), D2=date(r, 2022, 2022))


@pos("meteostat-rapidapi", "api_key", g_rapid)
def p_rapid_py(r, v):
    return r.choice(["src/data/fetch_weather_data.py", "data/meteostat_hourly.py"]), F('''
        import json
        import os
        from datetime import date

        import requests

        url = "https://meteostat.p.rapidapi.com/stations/hourly"
        querystring = {"station": "«ST»", "start": "«D1»", "end": str(date.today()), "tz": "Europe/Berlin"}

        headers = {
            "X-RapidAPI-Key": «K»,
            "X-RapidAPI-Host": "meteostat.p.rapidapi.com",
        }

        response = requests.get(url, headers=headers, params=querystring, timeout=30)
        with open("data/raw/weather/hourly.json", "w") as f:
            json.dump(response.json(), f)
        ''', K=Q(v, "py", "RAPIDAPI_KEY"), ST=r.choice(["10637", "14015", "06260", "72530", "03772"]),
        D1=date(r, 2023, 2024))


@pos("meteostat-rapidapi", "api_key", g_rapid)
def p_rapid_r(r, v):
    return r.choice(["R/meteostat_monthly.R", "analysis/rapidapi_meteostat.R"]), F('''
        library(httr)
        library(jsonlite)

        res <- GET(
          "https://meteostat.p.rapidapi.com/stations/monthly",
          query = list(station = "«ST»", start = "1991-01-01", end = "2020-12-31"),
          add_headers(
            `x-rapidapi-key` = «K»,
            `x-rapidapi-host` = "meteostat.p.rapidapi.com"
          )
        )
        stop_for_status(res)
        normals <- fromJSON(content(res, as = "text", encoding = "UTF-8"))$data
        saveRDS(normals, "data/normals_«ST».rds")
        ''', K=Q(v, "r", "RAPIDAPI_KEY"), ST=r.choice(["10637", "10865", "06240", "72494"]))


# ---------------- NOAA NCEI CDO ----------------

@pos("noaa-cdo", "token", g_noaa)
def p_noaa_r(r, v):
    st = ghcnd(r)
    return r.choice(["R/00_setup.R", "analysis/noaa_daily.R"]), F('''
        # GHCN-Daily via the CDO web services
        library(rnoaa)
        library(dplyr)

        options(noaakey = «K»)

        tmax <- ncdc(datasetid = "GHCND", stationid = "GHCND:«ST»", datatypeid = "TMAX",
                     startdate = "«D1»", enddate = "«D2»", limit = 1000)$data
        tmax <- tmax %>% mutate(value = value / 10)
        summary(tmax$value)
        ''', K=Q(v, "r", "NOAA_KEY"), ST=st, D1="2023-01-01", D2="2023-12-31")


@pos("noaa-cdo", "token", g_noaa)
def p_noaa_py(r, v):
    st = ghcnd(r)
    return r.choice(["noaa/cdo_client.py", "climate/ncei.py"]), F('''
        import time
        import os

        import requests

        CDO = "https://www.ncei.noaa.gov/cdo-web/api/v2"
        session = requests.Session()
        session.headers.update({"token": «K»})


        def data(stationid="GHCND:«ST»", datatypes=("PRCP", "TMAX", "TMIN"), start="«D1»", end="«D2»"):
            out, offset = [], 1
            while True:
                params = {"datasetid": "GHCND", "stationid": stationid, "datatypeid": list(datatypes),
                          "startdate": start, "enddate": end, "limit": 1000, "offset": offset}
                js = session.get(f"{CDO}/data", params=params, timeout=60).json()
                out += js.get("results", [])
                meta = js.get("metadata", {}).get("resultset", {})
                if offset + 1000 > meta.get("count", 0):
                    return out
                offset += 1000
                time.sleep(0.25)  # 5 requests per second per token
        ''', K=Q(v, "py", "NOAA_TOKEN"), ST=st, D1="2022-01-01", D2="2022-12-31")


@pos("noaa-cdo", "token", g_noaa)
def p_noaa_sh(r, v):
    return r.choice(["scripts/list_stations.sh", "tools/cdo_stations.sh"]), F('''
        #!/bin/bash
        # list GHCND stations in a FIPS area, 1000 at a time
        FIPS=${1:-«FIPS»}
        curl -s -H "token:«K»" \\
          "https://www.ncei.noaa.gov/cdo-web/api/v2/stations?datasetid=GHCND&locationid=FIPS:${FIPS}&limit=1000" \\
          | jq -r '.results[] | [.id, .name, .latitude, .longitude] | @csv'
        ''', K=U(v, "sh", "NOAA_TOKEN"), FIPS=r.choice(["06", "08", "53", "41", "48"]))


@pos("noaa-cdo", "token", g_noaa)
def p_noaa_yaml(r, v):
    return r.choice(["config/sources.yaml", "pipeline/sources.yml"]), F('''
        sources:
          ghcnd:
            kind: noaa_cdo
            base_url: https://www.ncei.noaa.gov/cdo-web/api/v2
            token: «K»
            dataset: GHCND
            datatypes: [PRCP, SNOW, TMAX, TMIN]
            stations:
              - GHCND:«S1»
              - GHCND:«S2»
          era5:
            kind: cds
            dataset: reanalysis-era5-single-levels
        schedule: "0 6 * * *"
        ''', K=U(v, "yaml", "NOAA_CDO_TOKEN"), S1=ghcnd(r), S2=ghcnd(r))


# ---------------- Copernicus CDS / ADS ----------------

@pos("copernicus-cds", "personal_access_token", g_uuid, neg=["ph", "empty", "mask", "doc"])
def p_cds_rc(r, v):
    return r.choice([".cdsapirc", "docker/cdsapirc", "ci/.cdsapirc"]), F('''
        url: https://cds.climate.copernicus.eu/api
        key: «K»
        ''', K=U(v, "cdsapirc", "CDSAPI_KEY"))


@pos("copernicus-cds", "api_key", g_cds_legacy, neg=["ph", "empty", "mask", "doc"])
def p_cds_rc_legacy(r, v):
    return r.choice([".cdsapirc", "config/cdsapirc", "env/.cdsapirc"]), F('''
        url: https://cds.climate.copernicus.eu/api/v2
        key: «K»
        verify: 0
        ''', K=U(v, "cdsapirc", "CDSAPI_KEY"))


@pos("copernicus-cds", "personal_access_token", g_uuid)
def p_cds_py_client(r, v):
    c = city(r)
    var = r.sample(ERA5_VARS, 2)
    return r.choice(["scripts/download_era5.py", "era5/retrieve.py", "src/data/era5_download.py"]), F('''
        import os

        import cdsapi

        c = cdsapi.Client(url="https://cds.climate.copernicus.eu/api", key=«K»)

        dataset = "reanalysis-era5-single-levels"
        request = {
            "product_type": ["reanalysis"],
            "variable": ["«V1»", "«V2»"],
            "year": ["«Y»"],
            "month": [f"{m:02d}" for m in range(1, 13)],
            "day": [f"{d:02d}" for d in range(1, 32)],
            "time": ["00:00", "06:00", "12:00", "18:00"],
            "area": [«AREA»],  # N, W, S, E around «CITY»
            "data_format": "netcdf",
        }
        c.retrieve(dataset, request).download("era5_«Y».nc")
        ''', K=Q(v, "py", "CDSAPI_KEY"), V1=var[0], V2=var[1], Y=r.randint(2000, 2023), AREA=area(c), CITY=c[0])


@pos("copernicus-ads", "personal_access_token", g_uuid, neg=["ph", "empty", "mask", "doc"])
def p_ads_rc(r, v):
    return r.choice(["docker/adsapirc", "ads/.cdsapirc", "deploy/cams/.cdsapirc"]), F('''
        url: https://ads.atmosphere.copernicus.eu/api
        key: «K»
        ''', K=U(v, "cdsapirc", "ADS_KEY"))


@pos("copernicus-cds", "personal_access_token", g_uuid)
def p_cds_ipynb(r, v):
    c = city(r)
    return r.choice(["notebooks/era5_download.ipynb", "notebooks/02-get-era5-land.ipynb"]), nb([
        ("markdown", "## ERA5-Land download\nMonthly means for the %s catchment." % c[0]),
        ("code", "import os\n\nimport cdsapi\nimport xarray as xr"),
        ("code", 'client = cdsapi.Client(url="https://cds.climate.copernicus.eu/api",\n'
                 '                        key=%s)' % Q(v, "py", "CDSAPI_KEY")),
        ("code", 'client.retrieve("reanalysis-era5-land-monthly-means", {\n'
                 '    "product_type": ["monthly_averaged_reanalysis"],\n'
                 '    "variable": ["2m_temperature", "total_precipitation"],\n'
                 '    "year": [str(y) for y in range(1991, 2021)],\n'
                 '    "month": [f"{m:02d}" for m in range(1, 13)],\n'
                 '    "time": ["00:00"],\n'
                 '    "area": [%s],\n'
                 '    "data_format": "netcdf",\n'
                 '}).download("era5_land_monthly.nc")' % area(c)),
        ("code", 'ds = xr.open_dataset("era5_land_monthly.nc")\nds["t2m"].mean(["latitude", "longitude"]).plot()'),
    ])


@pos("copernicus-cds", "personal_access_token", g_uuid)
def p_cds_md(r, v):
    return r.choice(["README.md", "docs/era5.md"]), F('''
        # ERA5 downscaling experiments

        ## Data access

        We pull ERA5 from the Climate Data Store with `cdsapi`. Create `~/.cdsapirc`:

        ```
        url: https://cds.climate.copernicus.eu/api
        key: «K»
        ```

        then run `python scripts/download_era5.py --years 1991-2020`.

        Remember to accept the dataset licence on the CDS web site first, otherwise
        the request fails with "required licences not accepted".
        ''', K=U(v, "md", "CDSAPI_KEY"))


@pos("copernicus-cds", "personal_access_token", g_uuid)
def p_cds_gha(r, v):
    return r.choice([".github/workflows/era5.yml", ".github/workflows/nightly-download.yml"]), F('''
        name: nightly-era5
        on:
          schedule:
            - cron: "30 3 * * *"
          workflow_dispatch:
        jobs:
          download:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: actions/setup-python@v5
                with:
                  python-version: "3.12"
              - run: pip install cdsapi xarray netCDF4
              - name: Configure CDS
                run: |
                  echo "url: https://cds.climate.copernicus.eu/api" > ~/.cdsapirc
                  echo "key: «K»" >> ~/.cdsapirc
              - run: python scripts/download_era5.py --days 5
        ''', K=U(v, "text", "CDSAPI_KEY"))


# ---------------- ECMWF Web API ----------------

@pos("ecmwf", "api_key", g_hex32, neg=["ph", "empty", "mask", "doc"])
def p_ecmwf_rc(r, v):
    return r.choice([".ecmwfapirc", "config/ecmwfapirc.json", "docker/.ecmwfapirc"]), F('''
        {
            "url"   : "https://api.ecmwf.int/v1",
            "key"   : «K»,
            "email" : "«E»"
        }
        ''', K=Q(v, "json", "ECMWF_API_KEY"), E=email(r))


@pos("ecmwf", "api_key", g_hex32)
def p_ecmwf_py(r, v):
    return r.choice(["scripts/get_tigge.py", "mars/retrieve_tigge.py"]), F('''
        #!/usr/bin/env python
        from ecmwfapi import ECMWFDataServer
        import os

        server = ECMWFDataServer("https://api.ecmwf.int/v1", «K», "«E»")
        server.retrieve({
            "dataset": "tigge",
            "step": "24/to/120/by/24",
            "number": "all",
            "levtype": "sl",
            "date": "«D»",
            "time": "00/12",
            "origin": "all",
            "type": "pf",
            "param": "tp",
            "area": "70/-130/30/-60",
            "grid": "2/2",
            "target": "tigge_tp.grib",
        })
        ''', K=Q(v, "py", "ECMWF_API_KEY"), E=email(r), D=date(r, 2015, 2020).replace("-", ""))


@pos("ecmwf", "api_key", g_hex32)
def p_ecmwf_r(r, v):
    return r.choice(["R/ecmwf_setup.R", "scripts/era_interim.R"]), F('''
        library(ecmwfr)

        # store the key in the keychain once
        wf_set_key(user = "«E»", key = «K», service = "webapi")

        req <- list(
          class = "ei", dataset = "interim", date = "2010-01-01/to/2010-12-31",
          expver = "1", grid = "0.75/0.75", levtype = "sfc", param = "167.128",
          stream = "oper", time = "00:00:00", type = "an", target = "t2m_2010.nc",
          format = "netcdf"
        )
        ncfile <- wf_request(user = "«E»", request = req, transfer = TRUE, path = "data")
        ''', K=Q(v, "r", "ECMWF_KEY"), E=email(r))


# ---------------- NASA Earthdata Login ----------------

@pos("nasa-earthdata", "netrc_password", g_password, neg=["ph", "empty", "mask"])
def p_edl_netrc(r, v):
    return r.choice([".netrc", "docker/netrc", "ci/_netrc"]), F('''
        machine urs.earthdata.nasa.gov login «U» password «K»
        ''', U=r.choice(USERS), K=U(v, "text", "EARTHDATA_PASSWORD"))


@pos("nasa-earthdata", "netrc_password", g_password, neg=["ph", "empty", "mask"])
def p_edl_netrc_multi(r, v):
    return r.choice([".netrc", "home/.netrc"]), F('''
        machine urs.earthdata.nasa.gov
            login «U»
            password «K»

        machine github.com
            login «GH»
        ''', U=r.choice(USERS), GH=r.choice(USERS).replace(".", "-"), K=U(v, "text", "EARTHDATA_PASSWORD"))


@pos("nasa-earthdata", "password", g_password)
def p_edl_py_env(r, v):
    return r.choice(["notebooks/helpers/auth.py", "src/earthdata_login.py"]), F('''
        import os

        import earthaccess

        os.environ["EARTHDATA_USERNAME"] = "«U»"
        os.environ["EARTHDATA_PASSWORD"] = «K»

        auth = earthaccess.login(strategy="environment")
        results = earthaccess.search_data(short_name="«SN»", temporal=("«D1»", "«D2»"), count=20)
        files = earthaccess.download(results, "data/raw")
        ''', U=r.choice(USERS), K=Q(v, "py", "EARTHDATA_PASSWORD"),
        SN=r.choice(["MOD11A1", "GPM_3IMERGDF", "SPL3SMP_E", "ATL08", "HLSL30"]), D1=date(r, 2021, 2022), D2=date(r, 2023, 2023))


@pos("nasa-earthdata", "token", g_edl_jwt)
def p_edl_wget(r, v):
    return r.choice(["scripts/download_granules.sh", "bin/get_imerg.sh"]), F('''
        #!/bin/bash
        # download a list of granule URLs with an EDL bearer token
        set -e
        LIST=${1:-urls.txt}
        wget --no-verbose --continue --content-disposition \\
          --header "Authorization: Bearer «K»" \\
          -i "$LIST" -P data/granules
        ''', K=U(v, "sh", "EARTHDATA_TOKEN"))


@pos("nasa-earthdata", "token", g_edl_jwt)
def p_edl_gha(r, v):
    return r.choice([".github/workflows/ingest.yml", ".github/workflows/modis-sync.yml"]), F('''
        name: modis-sync
        on:
          schedule:
            - cron: "0 5 * * 1"
        env:
          EARTHDATA_TOKEN: «K»
          PRODUCT: MOD13Q1
        jobs:
          sync:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - run: pip install earthaccess
              - run: python -m pipeline.sync --product "$PRODUCT" --since 7d
        ''', K=U(v, "yaml", "EARTHDATA_TOKEN"))


@pos("nasa-earthdata", "token", g_edl_jwt)
def p_edl_py_session(r, v):
    return r.choice(["pipeline/opendap.py", "src/io/earthdata_http.py"]), F('''
        import os

        import requests

        OPENDAP = "https://opendap.earthdata.nasa.gov/collections/«C»/granules/"


        def make_session():
            s = requests.Session()
            s.headers["Authorization"] = "Bearer " + «K»
            s.headers["User-Agent"] = "soil-moisture-pipeline/0.4"
            return s


        def fetch(granule, variables=("Soil_Moisture_Retrieval_Data_AM_soil_moisture",)):
            url = OPENDAP + granule + ".dap.nc4?dap4.ce=" + ";".join("/" + v for v in variables)
            with make_session().get(url, stream=True, timeout=120) as resp:
                resp.raise_for_status()
                return resp.content
        ''', K=Q(v, "py", "EDL_TOKEN"), C="C%d-NSIDC_CPRD" % r.randint(2000000000, 2999999999))


@pos("nasa-earthdata", "password", g_password)
def p_edl_r(r, v):
    return r.choice(["R/edl_auth.R", "scripts/setup_earthdata.R"]), F('''
        library(earthdatalogin)
        library(terra)

        edl_netrc(username = "«U»", password = «K»)

        url <- "https://data.lpdaac.earthdatacloud.nasa.gov/lp-prod-protected/HLSL30.020/HLS.L30.T13TDE.2023150T173909.v2.0/HLS.L30.T13TDE.2023150T173909.v2.0.B04.tif"
        red <- rast(url, vsi = TRUE)
        plot(red)
        ''', U=r.choice(USERS), K=Q(v, "r", "EARTHDATA_PASSWORD"))


# ---------------- PurpleAir ----------------

@pos("purpleair", "api_key", g_uuid_up)
def p_pa_py(r, v):
    c = city(r)
    return r.choice(["aq/purpleair.py", "src/sensors/purpleair_client.py"]), F('''
        import os

        import requests

        PURPLEAIR_READ_KEY = «K»
        FIELDS = "name,latitude,longitude,pm2.5_atm,pm2.5_cf_1,humidity,last_seen"


        def sensors_in_box(nwlat, nwlng, selat, selng):
            resp = requests.get(
                "https://api.purpleair.com/v1/sensors",
                headers={"X-API-Key": PURPLEAIR_READ_KEY},
                params={"fields": FIELDS, "location_type": 0, "max_age": 3600,
                        "nwlat": nwlat, "nwlng": nwlng, "selat": selat, "selng": selng},
                timeout=20,
            )
            resp.raise_for_status()
            js = resp.json()
            return [dict(zip(js["fields"], row)) for row in js["data"]]


        if __name__ == "__main__":
            print(len(sensors_in_box(«N», «W», «S», «E»)), "sensors near «CITY»")
        ''', K=Q(v, "py", "PURPLEAIR_READ_KEY"), N=round(c[3] + 0.3, 2), W=round(c[4] - 0.3, 2),
        S=round(c[3] - 0.3, 2), E=round(c[4] + 0.3, 2), CITY=c[0])


@pos("purpleair", "api_key", g_uuid_up)
def p_pa_js_write(r, v):
    return r.choice(["scripts/register-members.js", "tools/purpleair-groups.js"]), F('''
        // Adds our school sensors to the PurpleAir group used by the dashboard.
        const GROUP_ID = «G»;
        const SENSORS = [«S1», «S2», «S3»];

        async function addMember(sensorIndex) {
          const res = await fetch(`https://api.purpleair.com/v1/groups/${GROUP_ID}/members`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-API-Key': «K» },
            body: JSON.stringify({ sensor_index: sensorIndex }),
          });
          console.log(sensorIndex, res.status);
        }

        (async () => { for (const s of SENSORS) await addMember(s); })();
        ''', K=Q(v, "js", "PURPLEAIR_WRITE_KEY"), G=r.randint(1000, 3999),
        S1=r.randint(10000, 250000), S2=r.randint(10000, 250000), S3=r.randint(10000, 250000))


@pos("purpleair", "api_key", g_uuid_up)
def p_pa_log(r, v):
    d = date(r, 2024, 2025)
    idx = r.randint(10000, 250000)
    ts = times(r, 4)
    return r.choice(["logs/aq-poller.log", "var/log/aq/poller.log"]), F('''
        «D» «T1» INFO  poller: starting cycle, 14 sensors
        «D» «T2» DEBUG request: GET https://api.purpleair.com/v1/sensors/«IDX»?fields=pm2.5_atm,humidity
        «D» «T2» DEBUG request headers: {'User-Agent': 'aq-poller/2.3', 'Accept': 'application/json', 'X-API-Key': '«K»'}
        «D» «T3» DEBUG response: 200 in 212 ms
        «D» «T3» INFO  poller: sensor «IDX» pm2.5_atm=«PM»
        «D» «T4» INFO  poller: cycle done (14 ok, 0 failed)
        ''', D=d, T1=ts[0], T2=ts[1], T3=ts[2], T4=ts[3], IDX=idx, PM=round(r.uniform(1, 60), 1),
        K=U(v, "log", "PURPLEAIR_API_KEY"))


# ---------------- AirNow ----------------

@pos("airnow", "api_key", g_uuid_up)
def p_airnow_py(r, v):
    return r.choice(["aq/airnow.py", "ingest/airnow_observations.py"]), F('''
        import os

        import requests

        AIRNOW_API_KEY = «K»


        def current_by_zip(zip_code, distance=25):
            r = requests.get(
                "https://www.airnowapi.org/aq/observation/zipCode/current/",
                params={"format": "application/json", "zipCode": zip_code,
                        "distance": distance, "API_KEY": AIRNOW_API_KEY},
                timeout=15,
            )
            r.raise_for_status()
            return {o["ParameterName"]: o["AQI"] for o in r.json()}


        print(current_by_zip("«ZIP»"))
        ''', K=Q(v, "py", "AIRNOW_API_KEY"), ZIP=r.choice(["80302", "98101", "97205", "78701", "53703"]))


@pos("airnow", "api_key", g_uuid_up)
def p_airnow_go(r, v):
    return r.choice(["cmd/aqi/main.go", "internal/airnow/client.go"]), F('''
        package main

        import (
        	"fmt"
        	"io"
        	"log"
        	"net/http"
        )

        func main() {
        	zip := "«ZIP»"
        	key := «K»
        	url := fmt.Sprintf("https://www.airnowapi.org/aq/forecast/zipCode/?format=application/json&zipCode=%s&distance=25&API_KEY=%s", zip, key)
        	resp, err := http.Get(url)
        	if err != nil {
        		log.Fatal(err)
        	}
        	defer resp.Body.Close()
        	body, _ := io.ReadAll(resp.Body)
        	fmt.Println(string(body))
        }
        ''', K=Q(v, "go", "AIRNOW_API_KEY"), ZIP=r.choice(["80302", "98101", "97205", "78701"]))


@pos("airnow", "api_key", g_uuid_up)
def p_airnow_r(r, v):
    return r.choice(["R/airnow_daily.R", "analysis/smoke_days.R"]), F('''
        library(httr)
        library(dplyr)

        resp <- GET("https://www.airnowapi.org/aq/data/",
                    query = list(startDate = "«D»T00", endDate = "«D»T23",
                                 parameters = "PM25", BBOX = "-125.0,32.0,-114.0,42.0",
                                 dataType = "A", format = "application/json",
                                 verbose = 1, API_KEY = «K»))
        pm <- bind_rows(content(resp))
        smoke_days <- pm %>% filter(AQI > 150) %>% count(SiteName)
        ''', K=Q(v, "r", "AIRNOW_API_KEY"), D=date(r, 2020, 2024))


# ---------------- IQAir / AirVisual ----------------

@pos("iqair", "api_key", g_uuid)
def p_iqair_json(r, v):
    c = city(r)
    return r.choice(["config.json", "src/config/airquality.json"]), F('''
        {
          "refreshSeconds": 900,
          "display": {"units": "us", "theme": "dark"},
          "airvisual": {
            "endpoint": "https://api.airvisual.com/v2",
            "key": «K»,
            "city": "«CITY»",
            "country": "«CC»"
          }
        }
        ''', K=Q(v, "json", "AIRVISUAL_KEY"), CITY=c[0], CC=c[2])


@pos("iqair", "api_key", g_uuid)
def p_iqair_sh(r, v):
    c = city(r)
    return r.choice(["scripts/aqi.sh", "bin/iqair-nearest.sh"]), F('''
        #!/usr/bin/env bash
        # print US AQI for the nearest city
        LAT=${1:-«LAT»}
        LON=${2:-«LON»}
        curl -s "https://api.airvisual.com/v2/nearest_city?lat=${LAT}&lon=${LON}&key=«K»" \\
          | jq '.data.current.pollution.aqius'
        ''', K=U(v, "url", "IQAIR_KEY"), LAT=lat(c), LON=lon(c))


# ---------------- Windy ----------------

@pos("windy", "api_key", g_alnum32)
def p_windy_js(r, v):
    c = city(r)
    return r.choice(["src/windy/pointForecast.js", "functions/windy.js"]), F('''
        export async function pointForecast(lat = «LAT», lon = «LON») {
          const body = {
            lat,
            lon,
            model: 'gfs',
            parameters: ['wind', 'windGust', 'temp', 'precip'],
            levels: ['surface'],
            key: «K»,
          };
          const res = await fetch('https://api.windy.com/api/point-forecast/v2', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(body),
          });
          return res.json();
        }
        ''', K=Q(v, "js", "WINDY_API_KEY"), LAT=lat(c), LON=lon(c))


@pos("windy", "api_key", g_alnum32)
def p_windy_py(r, v):
    c = city(r)
    return r.choice(["kite/windy_forecast.py", "sailing/forecast.py"]), F('''
        import os

        import requests

        payload = {
            "lat": «LAT»,
            "lon": «LON»,
            "model": "iconEu",
            "parameters": ["wind", "windGust", "waves"],
            "levels": ["surface"],
            "key": «K»,
        }
        resp = requests.post("https://api.windy.com/api/point-forecast/v2", json=payload, timeout=20)
        resp.raise_for_status()
        fc = resp.json()
        print(fc["ts"][:5], fc["wind_u-surface"][:5])
        ''', K=Q(v, "py", "WINDY_KEY"), LAT=lat(c), LON=lon(c))


# ---------------- Stormglass ----------------

@pos("stormglass", "api_key", g_stormglass)
def p_sg_js(r, v):
    c = city(r)
    return r.choice(["src/assets/api/apiService.js", "src/surf/stormglass.js"]), F('''
        const lat = «LAT»;
        const lng = «LON»;
        const params = 'waveHeight,swellPeriod,windSpeed,waterTemperature';

        export default function getConditions() {
          return fetch(`https://api.stormglass.io/v2/weather/point?lat=${lat}&lng=${lng}&params=${params}`, {
            headers: {
              Authorization: «K»,
            },
          }).then((response) => response.json());
        }
        ''', K=Q(v, "js", "STORMGLASS_KEY"), LAT=lat(c), LON=lon(c))


@pos("stormglass", "api_key", g_stormglass)
def p_sg_py(r, v):
    c = city(r)
    return r.choice(["tides/stormglass_tides.py", "marine/tide_extremes.py"]), F('''
        import os

        import arrow
        import requests

        STORMGLASS_API_KEY = «K»


        def tide_extremes(lat=«LAT», lng=«LON»):
            start = arrow.now().floor("day")
            response = requests.get(
                "https://api.stormglass.io/v2/tide/extremes/point",
                params={"lat": lat, "lng": lng, "start": start.to("UTC").timestamp(),
                        "end": start.shift(days=2).to("UTC").timestamp()},
                headers={"Authorization": STORMGLASS_API_KEY},
                timeout=20,
            )
            response.raise_for_status()
            return response.json()["data"]
        ''', K=Q(v, "py", "STORMGLASS_API_KEY"), LAT=lat(c), LON=lon(c))


@pos("stormglass", "api_key", g_stormglass)
def p_sg_go(r, v):
    return r.choice(["internal/marine/stormglass.go", "pkg/stormglass/client.go"]), F('''
        package marine

        import (
        	"net/http"
        	"net/url"
        	"time"
        )

        func newRequest(lat, lng string) (*http.Request, error) {
        	q := url.Values{}
        	q.Set("lat", lat)
        	q.Set("lng", lng)
        	q.Set("params", "waveHeight,windSpeed")
        	req, err := http.NewRequest("GET", "https://api.stormglass.io/v2/weather/point?"+q.Encode(), nil)
        	if err != nil {
        		return nil, err
        	}
        	req.Header.Set("Authorization", «K»)
        	req.Header.Set("Accept", "application/json")
        	return req, nil
        }

        var client = &http.Client{Timeout: 15 * time.Second}
        ''', K=Q(v, "go", "STORMGLASS_KEY"))


# ---------------- Ambient Weather ----------------

@pos("ambientweather", "api_key", g_hex64)
def p_aw_py(r, v):
    return r.choice(["station/ambient_sync.py", "aw/collect.py"]), F('''
        import asyncio
        import os

        from aioambient import API


        async def main():
            api = API(os.environ["AMBIENT_APPLICATION_KEY"], «K»)
            devices = await api.get_devices()
            for d in devices:
                last = d["lastData"]
                print(d["macAddress"], last.get("tempf"), last.get("humidity"), last.get("dailyrainin"))


        asyncio.run(main())
        ''', K=Q(v, "py", "AMBIENT_API_KEY"))


@pos("ambientweather", "api_key", g_hex64)
def p_aw_js(r, v):
    return r.choice(["index.js", "src/ambient.js"]), F('''
        const AmbientWeatherApi = require('ambient-weather-api');

        const api = new AmbientWeatherApi({
          apiKey: «K»,
          applicationKey: process.env.AW_APPLICATION_KEY,
        });

        api.connect();
        api.on('connect', () => console.log('connected to Ambient Weather realtime'));
        api.on('subscribed', (data) => console.log('subscribed to', data.devices.length, 'device(s)'));
        api.on('data', (d) => console.log(d.date, d.tempf, d.windspeedmph));
        api.subscribe(api.apiKey);
        ''', K=Q(v, "js", "AW_API_KEY"))


@pos("ambientweather", "api_key", g_hex64, neg=["ph", "empty", "mask", "ref"])
def p_aw_env(r, v):
    return ".env", F('''
        # local dev settings for the station dashboard
        AMBIENT_ENDPOINT=https://api.ambientweather.net/v1
        AMBIENT_API_KEY=«K»
        # application key comes from the team vault, see docs/dev.md
        STATION_MAC=«MAC»
        POLL_SECONDS=60
        ''', K=U(v, "env", "AMBIENT_API_KEY"), MAC=mac(r).upper())


# ---------------- Netatmo ----------------

@pos("netatmo", "client_secret", g_netatmo_secret)
def p_netatmo_weewx(r, v):
    c = city(r)
    return r.choice(["etc/weewx/weewx.conf", "weewx/weewx.conf"]), F('''
        # WEEWX CONFIGURATION FILE (excerpt)
        debug = 0
        WEEWX_ROOT = /
        version = 4.10.2

        [Station]
            location = "«CITY»"
            latitude = «LAT»
            longitude = «LON»
            altitude = «ALT», meter
            station_type = netatmo

        [netatmo]
            driver = user.netatmo
            mode = cloud
            username = «U»@«ORG»
            client_id = «CID»
            client_secret = «K»
            poll_interval = 300

        [StdArchive]
            archive_interval = 300
        ''', CITY=c[0], LAT=lat(c), LON=lon(c), ALT=r.randint(5, 900), U=r.choice(FIRST), ORG=r.choice(ORGS),
        CID=g_hex24(r), K=U(v, "ini", "NETATMO_CLIENT_SECRET"))


@pos("netatmo", "refresh_token", g_netatmo_token)
def p_netatmo_py(r, v):
    return r.choice(["netatmo/refresh.py", "home/netatmo_token.py"]), F('''
        import json
        import os

        import requests

        CLIENT_ID = "«CID»"


        def new_access_token():
            resp = requests.post("https://api.netatmo.com/oauth2/token", data={
                "grant_type": "refresh_token",
                "refresh_token": «K»,
                "client_id": CLIENT_ID,
                "client_secret": os.environ["NETATMO_CLIENT_SECRET"],
            }, timeout=15)
            resp.raise_for_status()
            tok = resp.json()
            with open(os.path.expanduser("~/.cache/netatmo.json"), "w") as fh:
                json.dump({"expires_in": tok["expires_in"]}, fh)
            return tok["access_token"]
        ''', CID=g_hex24(r), K=Q(v, "py", "NETATMO_REFRESH_TOKEN"))


@pos("netatmo", "client_secret", g_netatmo_secret)
def p_netatmo_yaml(r, v):
    return r.choice(["config.yaml", "config/weather.yaml"]), F('''
        weather:
          integrations:
            netatmo:
              enabled: true
              client_id: "«CID»"
              client_secret: «K»
              redirect_uri: "https://localhost/callback"
              scopes: [read_station]
          poll_seconds: 600
        metrics:
          listen: 0.0.0.0:9108
        ''', CID=g_hex24(r), K=U(v, "yaml", "NETATMO_CLIENT_SECRET"))


# ---------------- Weather Underground PWS ----------------

@pos("wunderground", "station_password", g_wu_key)
def p_wu_weewx(r, v):
    c = city(r)
    return r.choice(["etc/weewx/weewx.conf", "weewx.conf"]), F('''
        [Station]
            location = "«CITY» backyard"
            latitude = «LAT»
            longitude = «LON»
            altitude = «ALT», meter
            station_type = Vantage
            rain_year_start = 1

        [StdRESTful]
            [[StationRegistry]]
                register_this_station = false
            [[AWEKAS]]
                enable = false
                username = replace_me
            [[Wunderground]]
                enable = true
                station = «ST»
                password = «K»
                rapidfire = false
            [[WOW]]
                enable = false
        ''', CITY=c[0], LAT=lat(c), LON=lon(c), ALT=r.randint(5, 900), ST=wu_station(r, c), K=U(v, "ini", "WU_STATION_KEY"))


@pos("wunderground", "station_password", g_wu_key)
def p_wu_sh(r, v):
    return r.choice(["scripts/wu_upload.sh", "bin/pws-push.sh"]), F('''
        #!/bin/sh
        # push the latest reading to Weather Underground (called by the logger every 5 min)
        . /opt/pws/latest.env   # provides TEMPF HUM BARO
        curl -s "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=«ST»&PASSWORD=«K»&dateutc=now&tempf=${TEMPF}&humidity=${HUM}&baromin=${BARO}&action=updateraw"
        ''', ST=wu_station(r), K=U(v, "url", "WU_PASSWORD"))


@pos("wunderground", "station_password", g_wu_key)
def p_wu_py(r, v):
    return r.choice(["pws/upload.py", "station/wunderground.py"]), F('''
        import os

        import requests

        WU_URL = "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php"


        def push(reading):
            params = {
                "ID": "«ST»",
                "PASSWORD": «K»,
                "action": "updateraw",
                "dateutc": "now",
                "tempf": round(reading.temp_c * 9 / 5 + 32, 1),
                "humidity": reading.rh,
                "baromin": round(reading.pressure_hpa * 0.02953, 2),
                "softwaretype": "pi-pws-0.7",
            }
            r = requests.get(WU_URL, params=params, timeout=10)
            return r.text.strip() == "success"
        ''', ST=wu_station(r), K=Q(v, "py", "WU_STATION_KEY"))


@pos("wunderground", "station_password", g_wu_key, neg=["ph", "empty", "mask"])
def p_wu_csv(r, v):
    c = city(r)
    return r.choice(["config/stations.csv", "data/pws_upload.csv"]), F('''
        station_id,label,latitude,longitude,elevation_m,upload_key
        «ST»,«CITY» roof,«LAT»,«LON»,«ALT»,«K»
        ''', ST=wu_station(r, c), CITY=c[0], LAT=lat(c), LON=lon(c), ALT=r.randint(5, 900), K=U(v, "text", "X"))


@pos("wunderground", "api_key", g_hex32)
def p_wu_api_js(r, v):
    return r.choice(["src/pwsHistory.js", "server/wu.js"]), F('''
        const fetch = require('node-fetch');

        const stationId = '«ST»';

        async function lastDay() {
          const url = `https://api.weather.com/v2/pws/observations/all/1day?stationId=${stationId}&format=json&units=m&apiKey=«K»`;
          const res = await fetch(url);
          const { observations } = await res.json();
          return observations.map((o) => ({ t: o.obsTimeUtc, temp: o.metric.tempAvg }));
        }

        module.exports = { lastDay };
        ''', ST=wu_station(r), K=U(v, "url", "WU_API_KEY"))


@pos("wunderground", "station_password", g_wu_key, neg=["ph", "empty", "mask", "ref"])
def p_wu_env(r, v):
    return r.choice([".env.local", ".env"]), F('''
        WU_STATION_ID=«ST»
        WU_STATION_KEY=«K»
        UPLOAD_INTERVAL=300
        SENSOR_BUS=/dev/i2c-1
        ''', ST=wu_station(r), K=U(v, "env", "WU_STATION_KEY"))


# ---------------- Davis WeatherLink v2 ----------------

@pos("weatherlink", "api_secret", g_wl)
def p_wl_py(r, v):
    return r.choice(["davis/weatherlink_v2.py", "src/weatherlink.py"]), F('''
        import os

        import requests

        BASE = "https://api.weatherlink.com/v2"
        API_KEY = os.environ.get("WEATHERLINK_API_KEY", "")
        API_SECRET = «K»


        def current(station_id):
            r = requests.get(f"{BASE}/current/{station_id}", params={"api-key": API_KEY},
                             headers={"X-Api-Secret": API_SECRET}, timeout=15)
            r.raise_for_status()
            return r.json()["sensors"]


        if __name__ == "__main__":
            print(current(«SID»))
        ''', K=Q(v, "py", "WEATHERLINK_API_SECRET"), SID=r.randint(10000, 250000))


@pos("weatherlink", "api_secret", g_wl)
def p_wl_toml(r, v):
    return r.choice(["config/weatherlink.toml", "station.toml"]), F('''
        [station]
        name = "Ridge Vantage Pro2"
        weatherlink_station_id = «SID»
        timezone = "America/Denver"

        [weatherlink]
        base_url = "https://api.weatherlink.com/v2"
        api_key = "«AK»"
        api_secret = «K»
        ''', SID=r.randint(10000, 250000), AK=g_wl(r), K=Q(v, "toml", "WEATHERLINK_API_SECRET"))


@pos("weatherlink", "api_secret", g_wl)
def p_wl_sh(r, v):
    return r.choice(["scripts/wl_stations.sh", "tools/weatherlink-list.sh"]), F('''
        #!/usr/bin/env bash
        # list the stations this key can see
        : "${WL_KEY:?set WL_KEY to the v2 api key}"
        curl -s "https://api.weatherlink.com/v2/stations?api-key=${WL_KEY}" \\
          -H "X-Api-Secret: «K»" | jq '.stations[] | {station_id, station_name, city}'
        ''', K=U(v, "sh", "WL_SECRET"))


# ---------------- mixed: SQL seed, helm values ----------------

@pos("weatherbit", "api_key", g_hex32)
def p_sql_seed(r, v):
    return r.choice(["db/seed/002_providers.sql", "migrations/20240311_seed_providers.sql"]), F('''
        -- provider catalogue for the forecast aggregator
        INSERT INTO providers (slug, display_name, base_url, enabled) VALUES
          ('weatherbit', 'Weatherbit', 'https://api.weatherbit.io/v2.0', true),
          ('openmeteo', 'Open-Meteo', 'https://api.open-meteo.com/v1', true);

        INSERT INTO provider_credentials (provider_slug, credential_name, credential_value, created_at)
        VALUES ('weatherbit', 'api_key', «K», now());
        ''', K=Q(v, "sql", "weatherbit_key"))


@pos("openweathermap", "api_key", g_hex32)
def p_owm_helm(r, v):
    return r.choice(["deploy/values.yaml", "charts/wxdash/values.yaml"]), F('''
        replicaCount: 2
        image:
          repository: ghcr.io/«ORG»/wxdash
          tag: "2.4.1"
        service:
          type: ClusterIP
          port: 8080
        config:
          units: metric
          refreshMinutes: 10
          openweather:
            apiKey: «K»
            cityIds: ["«C1»", "«C2»"]
        resources:
          limits:
            cpu: 250m
            memory: 256Mi
        ''', ORG=r.choice(["wxlab", "skyops", "hydroplan"]), K=U(v, "yaml", "OWM_API_KEY"),
        C1=r.choice(CITY_IDS), C2=r.choice(CITY_IDS))


@pos("visualcrossing", "api_key", g_vc)
def p_vc_ha(r, v):
    return r.choice(["homeassistant/packages/forecast.yaml", "config/packages/weather.yaml"]), F('''
        rest:
          - resource: https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/home/today
            params:
              unitGroup: metric
              include: current
              key: «K»
            scan_interval: 1800
            sensor:
              - name: "VC temperature"
                value_template: "{{ value_json.currentConditions.temp }}"
                unit_of_measurement: "°C"
              - name: "VC conditions"
                value_template: "{{ value_json.currentConditions.conditions }}"
        ''', K=U(v, "ha", "visualcrossing_key"))


# ==========================================================================
# LOOK-ALIKE NEGATIVE TEMPLATES (no credential at all)
# ==========================================================================

@look("noaa-ghcnd", "station_ids")
def n_ghcnd_csv(r):
    rows = ["station_id,name,latitude,longitude,elevation_m,first_year,last_year"]
    for _ in range(r.randint(6, 12)):
        c = city(r)
        rows.append("%s,%s %s,%.4f,%.4f,%.1f,%d,%d" % (
            ghcnd(r), c[0].upper(), r.choice(["AP", "WSO", "2 NE", "MUNI AP", "RSVR"]),
            c[3] + r.uniform(-0.3, 0.3), c[4] + r.uniform(-0.3, 0.3), r.uniform(3, 1800),
            r.randint(1890, 1990), r.randint(2023, 2025)))
    return r.choice(["data/stations.csv", "metadata/ghcnd_stations_subset.csv"]), "\n".join(rows) + "\n"


@look("purpleair", "sensor_indexes")
def n_purpleair_sensors(r):
    sensors = []
    for _ in range(r.randint(3, 6)):
        c = city(r)
        sensors.append({"sensor_index": r.randint(10000, 250000), "name": "%s %s" % (c[0], r.choice(["Elementary", "Library", "Main St", "Hilltop"])),
                        "latitude": round(c[3] + r.uniform(-0.1, 0.1), 5), "longitude": round(c[4] + r.uniform(-0.1, 0.1), 5),
                        "private": 0, "read_key": None, "location_type": 0})
    doc = {"_comment": "public outdoor sensors only; private sensors would need a read_key, none used here",
           "group_id": r.randint(1000, 3999), "sensors": sensors}
    return r.choice(["config/sensors.json", "data/purpleair_sensors.json"]), json.dumps(doc, indent=2) + "\n"


@look("copernicus-cds", "request_without_key")
def n_cds_request(r):
    c = city(r)
    vs = r.sample(ERA5_VARS, 3)
    return r.choice(["scripts/era5_request.py", "era5/fetch_pressure_levels.py"]), F('''
        """Download ERA5 pressure-level fields. Credentials are read by cdsapi from
        ~/.cdsapirc (or CDSAPI_URL / CDSAPI_KEY); nothing secret lives in this repo."""
        import cdsapi

        client = cdsapi.Client()

        request = {
            "product_type": ["reanalysis"],
            "variable": ["«V1»", "«V2»", "«V3»"],
            "pressure_level": ["500", "850"],
            "year": ["«Y»"],
            "month": ["01", "02", "12"],
            "day": [f"{d:02d}" for d in range(1, 32)],
            "time": ["00:00", "12:00"],
            "area": [«AREA»],
            "data_format": "grib",
            "download_format": "unarchived",
        }
        client.retrieve("reanalysis-era5-pressure-levels", request, "era5_pl_«Y».grib")
        ''', V1=vs[0], V2=vs[1], V3=vs[2], Y=r.randint(1990, 2023), AREA=area(c))


@look("checksums", "sha256_manifest")
def n_sha256sums(r):
    lines = []
    for y in range(r.randint(2001, 2010), r.randint(2012, 2020)):
        lines.append("%s  era5_t2m_%d.nc" % (g_hex64(r), y))
    return r.choice(["data/SHA256SUMS", "data/era5/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


@look("checksums", "md5_manifest")
def n_md5(r):
    lines = []
    for m in range(1, r.randint(6, 13)):
        lines.append("%s  GPM_3IMERGDF_%04d%02d.nc4" % (g_hex32(r), r.randint(2015, 2023), m))
    return r.choice(["data/imerg/MANIFEST.md5", "checksums/imerg.md5"]), "\n".join(lines) + "\n"


@look("noaa-cdo", "dataset_ids")
def n_noaa_datasets(r):
    return r.choice(["config/noaa_datasets.yaml", "pipeline/noaa.yml"]), F('''
        # NOAA CDO identifiers used by the pipeline (token is injected at runtime)
        datasets:
          - id: GHCND
            name: Daily Summaries
            datatypes: [PRCP, SNOW, SNWD, TMAX, TMIN, TAVG]
          - id: GSOM
            name: Global Summary of the Month
            datatypes: [TAVG, PRCP, EMXT, EMNT]
          - id: NORMAL_DLY
            name: Normals Daily
        locations:
          - FIPS:«F»
          - CITY:US«CT»
        stations:
          - GHCND:«S1»
          - GHCND:«S2»
          - COOP:«COOP»
        ''', F=r.choice(["06", "08", "53", "41"]), CT="%06d" % r.randint(10001, 530020), S1=ghcnd(r), S2=ghcnd(r),
        COOP="%06d" % r.randint(10000, 490000))


@look("copernicus-cds", "request_ids")
def n_cds_log(r):
    d = date(r, 2024, 2025)
    out = []
    k = r.randint(2, 4)
    ts = iter(times(r, 5 * k))
    for _ in range(k):
        out.append("%s %s,%03d INFO Request ID is %s" % (d, next(ts), r.randint(0, 999), g_uuid(r)))
        out.append("%s %s,%03d INFO status has been updated to accepted" % (d, next(ts), r.randint(0, 999)))
        out.append("%s %s,%03d INFO status has been updated to running" % (d, next(ts), r.randint(0, 999)))
        out.append("%s %s,%03d INFO status has been updated to successful" % (d, next(ts), r.randint(0, 999)))
        out.append("%s %s,%03d INFO Downloading https://object-store.os-api.cci2.ecmwf.int:443/cci2-prod-cache/%s/%s.nc to era5_%d.nc (%.1fM)"
                   % (d, next(ts), r.randint(0, 999), g_hex32(r)[:1], g_hex32(r), r.randint(1990, 2023), r.uniform(2, 900)))
    return r.choice(["logs/era5_download.log", "logs/cds-2024.log"]), "\n".join(out) + "\n"


@look("weatherlink", "station_metadata")
def n_wl_stations(r):
    c = city(r)
    st = {"stations": [{"station_id": r.randint(10000, 250000), "station_id_uuid": g_uuid(r),
                        "station_name": "%s Ridge" % c[0], "gateway_id": r.randint(8000000, 9000000),
                        "gateway_id_hex": "001D0A%06X" % r.randint(0, 0xFFFFFF), "product_number": "6100",
                        "active": True, "private": False, "recording_interval": 5,
                        "firmware_version": r.randint(1600000000, 1700000000), "time_zone": "America/Denver",
                        "city": c[0], "region": c[1], "country": c[2], "latitude": c[3], "longitude": c[4]}],
          "generated_at": r.randint(1700000000, 1740000000)}
    return r.choice(["tests/fixtures/weatherlink_stations.json", "fixtures/wl_stations.json"]), json.dumps(st, indent=2) + "\n"


@look("netatmo", "device_ids")
def n_netatmo_devices(r):
    c = city(r)
    body = {"body": {"devices": [{"_id": mac(r, "70:ee:50"), "station_name": "%s (Indoor)" % c[0],
                                  "type": "NAMain", "firmware": 201, "wifi_status": r.randint(30, 70),
                                  "modules": [{"_id": mac(r, "02:00:00"), "type": "NAModule1", "module_name": "Outdoor",
                                               "battery_percent": r.randint(10, 100)},
                                              {"_id": mac(r, "05:00:00"), "type": "NAModule3", "module_name": "Rain gauge"}],
                                  "place": {"city": c[0], "country": c[2], "location": [c[4], c[3]]}}]},
            "status": "ok", "time_exec": round(r.uniform(0.02, 0.2), 3), "time_server": r.randint(1700000000, 1740000000)}
    return r.choice(["tests/fixtures/getstationsdata.json", "mock/netatmo_stations.json"]), json.dumps(body, indent=2) + "\n"


@look("netatmo", "public_client_id")
def n_netatmo_client_id(r):
    return r.choice(["homeassistant/netatmo_app.yaml", "config/netatmo_public.yaml"]), F('''
        # Netatmo app registration (public values only).
        # The client secret and tokens are stored in the HA credential store,
        # not in this repository.
        netatmo_app:
          name: cabin-weather
          client_id: «CID»
          redirect_uri: https://my.home-assistant.io/redirect/oauth
          scopes:
            - read_station
            - read_homecoach
        ''', CID=g_hex24(r))


@look("openweathermap", "response_fixture")
def n_owm_response(r):
    c = city(r)
    d = {"coord": {"lon": c[4], "lat": c[3]}, "weather": [{"id": 803, "main": "Clouds", "description": "broken clouds", "icon": "04d"}],
         "base": "stations", "main": {"temp": round(r.uniform(-5, 30), 2), "feels_like": round(r.uniform(-8, 30), 2),
                                      "pressure": r.randint(990, 1030), "humidity": r.randint(20, 95)},
         "visibility": 10000, "wind": {"speed": round(r.uniform(0, 12), 2), "deg": r.randint(0, 359)},
         "dt": r.randint(1700000000, 1740000000), "sys": {"type": 2, "id": r.randint(2000000, 2100000), "country": c[2]},
         "timezone": r.choice([-25200, 3600, 0, 7200]), "id": int(r.choice(CITY_IDS)), "name": c[0], "cod": 200}
    return r.choice(["tests/fixtures/owm_current.json", "src/__mocks__/weather.json"]), json.dumps(d, indent=2) + "\n"


@look("git-lfs", "lfs_pointer")
def n_lfs_pointer(r):
    return r.choice(["data/era5_t2m_1991_2020.nc", "data/raw/cmip6_tas_ssp245.nc"]), F('''
        version https://git-lfs.github.com/spec/v1
        oid sha256:«H»
        size «S»
        ''', H=g_hex64(r), S=r.randint(10 ** 7, 5 * 10 ** 9))


@look("dvc", "dvc_pointer")
def n_dvc(r):
    return r.choice(["data/era5.nc.dvc", "data/stations.parquet.dvc"]), F('''
        outs:
        - md5: «H»
          size: «S»
          hash: md5
          path: «P»
        ''', H=g_hex32(r), S=r.randint(10 ** 5, 10 ** 9), P=r.choice(["era5.nc", "stations.parquet"]))


@look("npm", "integrity_hashes")
def n_npm_lock(r):
    def integ():
        return "sha512-" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(64))).decode()
    pk = [("node_modules/axios", "1.7.%d" % r.randint(0, 9)), ("node_modules/suncalc", "1.9.0"),
          ("node_modules/leaflet", "1.9.%d" % r.randint(0, 4))]
    pkgs = {"": {"name": "wx-dashboard", "version": "0.3.%d" % r.randint(0, 9),
                 "dependencies": {"axios": "^1.7.0", "leaflet": "^1.9.0", "suncalc": "^1.9.0"}}}
    for name, ver in pk:
        short = name.split("/")[-1]
        pkgs[name] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (short, short, ver),
                      "integrity": integ(), "license": r.choice(["MIT", "BSD-2-Clause"])}
    d = {"name": "wx-dashboard", "lockfileVersion": 3, "requires": True, "packages": pkgs}
    return "package-lock.json", json.dumps(d, indent=2) + "\n"


@look("go", "go_sum")
def n_go_sum(r):
    def h1():
        return "h1:" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    mods = [("github.com/briandowns/openweathermap", "v0.19.0"), ("github.com/spf13/viper", "v1.18.2"),
            ("github.com/paulmach/orb", "v0.11.1"), ("golang.org/x/net", "v0.24.0")]
    lines = []
    for m, ver in mods:
        lines.append("%s %s %s" % (m, ver, h1()))
        lines.append("%s %s/go.mod %s" % (m, ver, h1()))
    return "go.sum", "\n".join(lines) + "\n"


@look("docker", "image_digest")
def n_compose_digest(r):
    return r.choice(["deploy/compose.prod.yml", "docker-compose.prod.yml"]), F('''
        services:
          tiles:
            image: ghcr.io/wxlab/radar-tiles@sha256:«H1»
            ports: ["8081:8080"]
          ingest:
            image: ghcr.io/wxlab/gfs-ingest@sha256:«H2»
            environment:
              GFS_RES: "0p25"
              CYCLES: "00,06,12,18"
            volumes:
              - /srv/grib:/data
        ''', H1=g_hex64(r), H2=g_hex64(r))


@look("stac", "multihash")
def n_stac_item(r):
    c = city(r)
    item = {"type": "Feature", "stac_version": "1.0.0", "id": "era5-t2m-%d" % r.randint(1990, 2023),
            "geometry": {"type": "Point", "coordinates": [c[4], c[3]]},
            "properties": {"datetime": "%sT00:00:00Z" % date(r), "created": "%sT%sZ" % (date(r), hhmm(r))},
            "assets": {"data": {"href": "s3://wx-archive/era5/t2m/%s.zarr" % g_uuid(r), "type": "application/vnd+zarr",
                                "file:checksum": "1220" + g_hex64(r), "file:size": r.randint(10 ** 6, 10 ** 9)}},
            "links": []}
    return r.choice(["catalog/items/era5-t2m.json", "stac/era5_item.json"]), json.dumps(item, indent=2) + "\n"


@look("netcdf", "tracking_ids")
def n_ncdump(r):
    return r.choice(["docs/ncdump_tas.txt", "metadata/cmip6_tas_header.cdl"]), F('''
        netcdf tas_day_«MODEL»_ssp245_r1i1p1f1_gn_20150101-20241231 {
        dimensions:
        	time = UNLIMITED ; // (3653 currently)
        	lat = 192 ;
        	lon = 288 ;
        variables:
        	double time(time) ;
        		time:units = "days since 1850-01-01" ;
        	float tas(time, lat, lon) ;
        		tas:standard_name = "air_temperature" ;
        		tas:units = "K" ;

        // global attributes:
        		:Conventions = "CF-1.7 CMIP-6.2" ;
        		:tracking_id = "hdl:21.14100/«U1»" ;
        		:variant_label = "r1i1p1f1" ;
        		:further_info_url = "https://furtherinfo.es-doc.org/CMIP6.«INST».«MODEL».ssp245.none.r1i1p1f1" ;
        		:creation_date = "«D»T«T»Z" ;
        }
        ''', MODEL=r.choice(["MPI-ESM1-2-LR", "CESM2", "UKESM1-0-LL", "IPSL-CM6A-LR"]),
        INST=r.choice(["MPI-M", "NCAR", "MOHC", "IPSL"]), U1=g_uuid(r), D=date(r, 2019, 2020), T=hhmm(r))


@look("grib", "grib_index")
def n_grib_idx(r):
    d = date(r, 2024, 2025).replace("-", "")
    off = 0
    lines = []
    params = ["PRMSL:mean sea level", "TMP:2 m above ground", "RH:2 m above ground", "UGRD:10 m above ground",
              "VGRD:10 m above ground", "APCP:surface", "GUST:surface"]
    for i, p in enumerate(params, 1):
        lines.append("%d:%d:d=%s%s:%s:%d hour fcst:" % (i, off, d, r.choice(["00", "06", "12", "18"]), p, r.choice([3, 6, 12])))
        off += r.randint(200000, 900000)
    return r.choice(["data/gfs.t00z.pgrb2.0p25.f006.idx", "cache/gfs_f012.idx"]), "\n".join(lines) + "\n"


@look("earthdata", "granule_ids")
def n_cmr_granules(r):
    rows = ["concept_id,producer_granule_id,collection_concept_id,start_time,size_mb"]
    coll = "C%d-%s" % (r.randint(1000000000, 2999999999), r.choice(["LPCLOUD", "NSIDC_ECS", "GES_DISC", "POCLOUD"]))
    for _ in range(r.randint(4, 9)):
        rows.append("G%d-%s,%s.A%d%03d.h%02dv%02d.061.%d.hdf,%s,%sT00:00:00Z,%.2f" % (
            r.randint(1000000000, 2999999999), coll.split("-")[1], r.choice(["MOD11A1", "MOD13Q1", "MYD11A2"]),
            r.randint(2015, 2024), r.randint(1, 365), r.randint(0, 35), r.randint(0, 17), r.randint(2015000000000, 2024365235959),
            coll, date(r), r.uniform(1, 200)))
    return r.choice(["data/granules.csv", "manifests/modis_granules.csv"]), "\n".join(rows) + "\n"


@look("earthdata", "public_jwks")
def n_jwks(r):
    n = b64u(bytes(r.getrandbits(8) for _ in range(256)))
    d = {"keys": [{"kty": "RSA", "e": "AQAB", "use": "sig", "alg": "RS256", "kid": "edljwtpubkey_ops", "n": n}]}
    return r.choice(["auth/edl_jwks.json", "config/jwks.public.json"]), json.dumps(d, indent=2) + "\n"


@look("ssh", "known_hosts")
def n_known_hosts(r):
    def key():
        return base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(r.getrandbits(8) for _ in range(32))).decode()
    hosts = ["data.ucar.edu", "ftp.cpc.ncep.noaa.gov", "sftp.dwd.de", "hpc-login.%s" % r.choice(ORGS)]
    return r.choice(["deploy/known_hosts", "ansible/files/known_hosts"]), "\n".join("%s ssh-ed25519 %s" % (h, key()) for h in hosts) + "\n"


@look("pgp", "public_key")
def n_pgp_pub(r):
    body = base64.b64encode(bytes(r.getrandbits(8) for _ in range(r.randint(300, 420)))).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return r.choice(["keys/release-signing.asc", "docs/KEYS.asc"]), (
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" +
        base64.b64encode(bytes(r.getrandbits(8) for _ in range(3))).decode() + "\n-----END PGP PUBLIC KEY BLOCK-----\n")


@look("icons", "base64_image")
def n_css_icons(r):
    def png():
        return base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(r.randint(90, 160)))).decode()
    return r.choice(["web/css/weather-icons.css", "static/icons.css"]), F('''
        .wx-icon { width: 32px; height: 32px; background-size: contain; }
        .wx-icon--sun { background-image: url("data:image/png;base64,«A»"); }
        .wx-icon--rain { background-image: url("data:image/png;base64,«B»"); }
        ''', A=png(), B=png())


@look("meteostat", "station_ids")
def n_meteostat_stations(r):
    st = []
    for _ in range(r.randint(3, 6)):
        c = city(r)
        st.append({"id": "%05d" % r.randint(1000, 99999), "name": {"en": c[0]}, "country": c[2], "region": c[1],
                   "identifiers": {"wmo": "%05d" % r.randint(1000, 99999), "icao": r.choice(["K", "E", "L"]) + rs(r, UPP, 3)},
                   "location": {"latitude": c[3], "longitude": c[4], "elevation": r.randint(1, 1500)}, "timezone": "UTC"})
    return r.choice(["data/meteostat_stations.json", "config/stations.meteostat.json"]), json.dumps(st, indent=2) + "\n"


@look("airnow", "aqs_sites")
def n_airnow_sites(r):
    rows = ["AQSID|SiteName|Latitude|Longitude|Agency|Parameters"]
    for _ in range(r.randint(4, 8)):
        c = city(r)
        rows.append("%02d%03d%04d|%s %s|%.5f|%.5f|%s|PM2.5,OZONE" % (
            r.randint(1, 56), r.randint(1, 200), r.randint(1, 9999), c[0], r.choice(["Downtown", "Airport", "Park"]),
            c[3] + r.uniform(-0.2, 0.2), c[4] + r.uniform(-0.2, 0.2), r.choice(["EPA", "State DEQ", "County APCD"])))
    return r.choice(["data/airnow_sites.dat", "reference/monitoring_sites.txt"]), "\n".join(rows) + "\n"


@look("mars", "request_file")
def n_mars_request(r):
    return r.choice(["requests/era5_t2m.mars", "mars/oper_an.req"]), F('''
        retrieve,
          class    = ea,
          expver   = 1,
          stream   = oper,
          type     = an,
          levtype  = sfc,
          param    = 167.128/168.128/151.128,
          date     = «D1»/to/«D2»,
          time     = 00/06/12/18,
          grid     = 0.25/0.25,
          area     = «AREA»,
          target   = "era5_sfc_[date].grib"
        ''', D1=date(r, 2000, 2010).replace("-", ""), D2=date(r, 2011, 2020).replace("-", ""),
        AREA=area(city(r)).replace(", ", "/"))


@look("h3", "grid_cells")
def n_h3_csv(r):
    rows = ["h3_cell,resolution,mean_t2m_c,precip_mm"]
    for _ in range(r.randint(6, 12)):
        rows.append("87%s%sffff,%d,%.2f,%.1f" % (rs(r, HEX, 1), rs(r, HEX, 8), 7,
                                                 r.uniform(-10, 30), r.uniform(0, 40)))
    return r.choice(["data/h3_aggregates.csv", "outputs/grid_summary.csv"]), "\n".join(rows) + "\n"


@look("geohash", "geohash_list")
def n_geohash(r):
    gh = "0123456789bcdefghjkmnpqrstuvwxyz"
    items = "\n".join("  - {geohash: %s, label: plot-%02d}" % (rs(r, gh, 9), i) for i in range(1, r.randint(5, 10)))
    return r.choice(["config/plots.yaml", "field/plots.yml"]), "field_plots:\n" + items + "\n"


@look("s3", "etag_inventory")
def n_s3_inventory(r):
    rows = ["bucket,key,size,last_modified,e_tag,storage_class"]
    for _ in range(r.randint(5, 10)):
        et = g_hex32(r) + (("-%d" % r.randint(2, 40)) if r.random() < 0.4 else "")
        rows.append('wx-archive,radar/%s/%s.h5,%d,%sT%s.000Z,"%s",STANDARD_IA' % (
            date(r).replace("-", "/"), rs(r, UPP, 4), r.randint(10 ** 5, 10 ** 8), date(r), hhmm(r), et))
    return r.choice(["inventory/radar_inventory.csv", "data/s3_inventory.csv"]), "\n".join(rows) + "\n"


@look("git", "commit_shas")
def n_changelog(r):
    out = ["# Changelog", ""]
    for i in range(r.randint(3, 6)):
        out.append("## %d.%d.%d - %s" % (2, 9 - i, r.randint(0, 5), date(r, 2023, 2025)))
        out.append("- %s (%s)" % (r.choice(["fix rain accumulation reset at midnight", "add Windy point forecast source",
                                            "switch ERA5 download to new CDS", "cache AirNow responses for 30 min",
                                            "handle missing Netatmo modules"]), rs(r, HEX, 40)))
        out.append("")
    return "CHANGELOG.md", "\n".join(out)


@look("wunderground", "public_station_ids")
def n_wu_md(r):
    rows = ["| Station ID | Neighbourhood | Hardware | Elevation |", "|---|---|---|---|"]
    for _ in range(r.randint(3, 7)):
        rows.append("| %s | %s | %s | %d m |" % (wu_station(r), r.choice(["Old Town", "North Ridge", "Harbor", "Uni Campus"]),
                                                 r.choice(["Davis VP2", "Ambient WS-2902", "Ecowitt GW1100", "Netatmo"]),
                                                 r.randint(2, 1600)))
    return r.choice(["docs/stations.md", "STATIONS.md"]), F('''
        # Community stations

        These public Weather Underground stations feed the neighbourhood map. Station
        IDs are public; each owner keeps their own station key.

        ''') + "\n".join(rows) + "\n"


@look("ambientweather", "device_macs")
def n_ambient_devices(r):
    d = [{"macAddress": mac(r).upper(), "info": {"name": r.choice(["Backyard", "Garage", "Roof"]), "location": city(r)[0]},
          "lastData": {"dateutc": r.randint(1700000000000, 1740000000000), "tempf": round(r.uniform(10, 95), 1),
                       "humidity": r.randint(10, 99), "windspeedmph": round(r.uniform(0, 25), 1),
                       "baromrelin": round(r.uniform(29.2, 30.6), 2), "dailyrainin": round(r.uniform(0, 2), 2)}}
         for _ in range(r.randint(1, 3))]
    return r.choice(["tests/fixtures/ambient_devices.json", "mock/devices.json"]), json.dumps(d, indent=2) + "\n"


@look("experiment", "ensemble_ids")
def n_experiment_yaml(r):
    return r.choice(["experiments/wrf_ensemble.yaml", "runs/ens_config.yaml"]), F('''
        experiment:
          id: «EID»
          run_uuid: «U»
          git_commit: «SHA»
          seed: «SEED»
          members: [«M»]
        domain:
          dx_km: 3
          e_we: 400
          e_sn: 350
          ref_lat: «LAT»
          ref_lon: «LON»
        ''', EID="exp-%s" % rs(r, HEX, 8), U=g_uuid(r), SHA=rs(r, HEX, 40), SEED=r.randint(1, 2 ** 31),
        M=", ".join("m%02d" % i for i in range(1, r.randint(5, 11))), LAT=lat(city(r)), LON=lon(city(r)))


@look("zenodo", "doi_citation")
def n_citation(r):
    return "CITATION.cff", F('''
        cff-version: 1.2.0
        message: "If you use this dataset, please cite it as below."
        title: "Gridded daily precipitation for «CITY», 1981-2020"
        doi: 10.5281/zenodo.«Z»
        version: 1.«V».0
        date-released: «D»
        authors:
          - family-names: «L»
            given-names: «FN»
            orcid: "https://orcid.org/0000-000«O1»-«O2»-«O3»"
        ''', CITY=city(r)[0], Z=r.randint(1000000, 14000000), V=r.randint(0, 5), D=date(r), L=r.choice(LAST).title(),
        FN=r.choice(FIRST).title(), O1=r.randint(1, 3), O2="%04d" % r.randint(0, 9999), O3="%03d%s" % (r.randint(0, 999), r.choice("0123456789X")))


@look("http", "request_ids")
def n_request_log(r):
    d = date(r, 2024, 2025)
    out = []
    k = r.randint(4, 8)
    ts = iter(times(r, k))
    for _ in range(k):
        out.append('%s %s INFO gateway: %s /v1/forecast?lat=%s&lon=%s status=200 dur=%dms request_id=%s trace=%s' % (
            d, next(ts), r.choice(["GET", "GET", "HEAD"]), lat(city(r)), lon(city(r)), r.randint(5, 900),
            g_hex32(r), "00-%s-%s-01" % (g_hex32(r), rs(r, HEX, 16))))
    return r.choice(["logs/gateway.log", "var/log/forecast-gateway.log"]), "\n".join(out) + "\n"


@look("weewx", "disabled_uploads")
def n_weewx_disabled(r):
    c = city(r)
    return r.choice(["etc/weewx/weewx.conf", "weewx/weewx.conf"]), F('''
        [Station]
            location = "«CITY»"
            latitude = «LAT»
            longitude = «LON»
            altitude = «ALT», meter
            station_type = Simulator

        [StdRESTful]
            # uploads are disabled on the test box; fill in station/password on the
            # production host only
            [[Wunderground]]
                enable = false
                station = replace_me
                password = replace_me
            [[PWSweather]]
                enable = false
                station = replace_me
                password = replace_me
            [[CWOP]]
                enable = false
                station = replace_me
        ''', CITY=c[0], LAT=lat(c), LON=lon(c), ALT=r.randint(5, 900))


@look("jupyter", "base64_plot_output")
def n_ipynb_png(r):
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(r.getrandbits(8) for _ in range(r.randint(300, 600)))).decode()
    d = {"cells": [{"cell_type": "code", "execution_count": 3, "metadata": {},
                    "source": ["ds = xr.open_dataset(\"era5_t2m.nc\")\n", "ds.t2m.mean(\"time\").plot()"],
                    "outputs": [{"output_type": "display_data", "metadata": {},
                                 "data": {"image/png": png, "text/plain": ["<Figure size 640x480 with 2 Axes>"]}}]}],
         "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
         "nbformat": 4, "nbformat_minor": 5}
    return r.choice(["notebooks/t2m_climatology.ipynb", "notebooks/plot_era5.ipynb"]), json.dumps(d, indent=1) + "\n"


@look("terraform", "ssm_parameter_names")
def n_tf_ssm(r):
    return r.choice(["infra/secrets.tf", "terraform/params.tf"]), F('''
        # Only parameter names live here; values are written out-of-band by the
        # on-call engineer with `aws ssm put-parameter`.
        data "aws_ssm_parameter" "owm_api_key" {
          name = "/wx/«ENV»/openweather/api_key"
        }

        data "aws_ssm_parameter" "cds_pat" {
          name = "/wx/«ENV»/copernicus/cds_token"
        }

        resource "aws_lambda_function" "collector" {
          function_name = "wx-collector-«ENV»"
          handler       = "app.handler"
          runtime       = "python3.12"
          filename      = "build/collector.zip"
          environment {
            variables = {
              OWM_API_KEY_PARAM = data.aws_ssm_parameter.owm_api_key.name
              CDS_TOKEN_PARAM   = data.aws_ssm_parameter.cds_pat.name
            }
          }
        }
        ''', ENV=r.choice(["prod", "staging", "dev"]))


@look("weatherlink", "public_api_key_id")
def n_wl_keyid(r):
    return r.choice(["davis/README.md", "docs/weatherlink.md"]), F('''
        # WeatherLink v2

        The v2 API identifies us with the **API Key** (an identifier, sent as the
        `api-key` query parameter) and authenticates with the **API Secret**, which
        is sent only in the `X-Api-Secret` header and lives in the password manager.

        | setting | value |
        |---|---|
        | station_id | «SID» |
        | station_id_uuid | «UUID» |
        | api-key (identifier) | read from `WEATHERLINK_API_KEY` |
        | api secret | never committed |

        ```bash
        curl "https://api.weatherlink.com/v2/current/«SID»?api-key=$WEATHERLINK_API_KEY" \\
          -H "X-Api-Secret: $WEATHERLINK_API_SECRET"
        ```
        ''', SID=r.randint(10000, 250000), UUID=g_uuid(r))


@look("open-meteo", "keyless_api")
def n_openmeteo_py(r):
    c = city(r)
    return r.choice(["src/providers/open_meteo.py", "weather/openmeteo.py"]), F('''
        """Open-Meteo needs no API key for non-commercial use."""
        import requests

        URL = "https://api.open-meteo.com/v1/forecast"
        MODEL_RUN_ID = "«RID»"  # used only to tag cached responses


        def hourly(lat=«LAT», lon=«LON»):
            params = {"latitude": lat, "longitude": lon,
                      "hourly": "temperature_2m,precipitation,wind_speed_10m", "timezone": "auto"}
            return requests.get(URL, params=params, timeout=10).json()["hourly"]
        ''', RID=rs(r, HEX, 32), LAT=lat(c), LON=lon(c))


# ==========================================================================
# non-secret values for re-used positive templates
# ==========================================================================

PH_KEY = ["YOUR_API_KEY", "YOUR_API_KEY_HERE", "<your-api-key>", "<YOUR_API_KEY>", "changeme",
          "REPLACE_ME", "your-key-goes-here", "insert_key_here", "PUT_YOUR_KEY_HERE", "TODO",
          "dummy", "<api key>", "your_api_key", "xxx", "<insert key>", "API_KEY_GOES_HERE"]
PH_PW = ["<password>", "changeme", "YOUR_PASSWORD", "your_password_here", "REPLACE_ME",
         "<station-key>", "TODO", "<your-password>", "CHANGE_ME"]
PH_TOKEN = ["<token>", "YOUR_TOKEN", "<your-token>", "paste-token-here", "REPLACE_WITH_TOKEN",
            "<EDL_TOKEN>", "YOUR_EARTHDATA_TOKEN"]
PH_PROVIDER = {
    "copernicus-cds": ["<PERSONAL-ACCESS-TOKEN>", "<UID>:<API-KEY>", "<your-personal-access-token>",
                       "00000000-0000-0000-0000-000000000000", "{UID}:{API KEY}"],
    "copernicus-ads": ["<PERSONAL-ACCESS-TOKEN>", "<your-ads-key>"],
    "purpleair": ["XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "<read-key>", "<write-key>"],
    "airnow": ["XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX", "<AirNow API key>"],
    "ambientweather": ["<YOUR API KEY>", "your-api-key-here", "Put your AW apiKey here"],
    "netatmo": ["INSERT_CLIENT_SECRET_HERE", "<your_client_secret>", "<your_refresh_token>"],
    "wunderground": ["<station-key>", "YOUR_STATION_KEY", "replace_me"],
}
DOC = {
    "openweathermap": ["b6907d289e10d714a6e88b30761fae22"],
    "ecmwf": ["XXXXXXXXXXXXXXXXXXXXXX"],
    "windy": ["windyisthebest", "abcd123"],
    "meteomatics": ["ABCDeij953ad"],
    "stormglass": ["example-api-key"],
    "weatherlink": ["ABC123"],
    "visualcrossing": ["YOUR_API_KEY"],
    "weatherapi.com": ["<YOUR API KEY>"],
    "tomorrow.io": ["API_KEY"],
    "copernicus-cds": ["<PERSONAL-ACCESS-TOKEN>"],
    "copernicus-ads": ["<PERSONAL-ACCESS-TOKEN>"],
}
MODE_KIND = {"ph": "placeholder", "empty": "empty_value", "mask": "masked_value",
             "ref": "env_or_secret_reference", "doc": "documented_example"}
PW_KINDS = ("basic_auth_password", "netrc_password", "password", "station_password")


def neg_value(r, t):
    mode = r.choice(t.neg)
    if mode == "doc" and t.provider not in DOC:
        mode = "ph"
    sample = t.gen(r)   # only its length / shape is used
    if mode == "ph":
        if t.kind in PW_KINDS:
            opts = PH_PW
        elif t.kind in ("token", "refresh_token", "personal_access_token"):
            opts = PH_TOKEN
        else:
            opts = PH_KEY
        opts = opts + PH_PROVIDER.get(t.provider, []) + ["x" * len(sample)]
        return Val("ph", r.choice(opts))
    if mode == "empty":
        return Val("empty", "")
    if mode == "mask":
        n = len(sample)
        opts = ["****", "********", "*" * n, "[REDACTED]", "<redacted>", "REDACTED", "<hidden>",
                sample[:4] + "*" * (n - 4)]
        return Val("mask", r.choice(opts))
    if mode == "ref":
        return Val("ref", "", r.randint(0, 99))
    return Val("doc", r.choice(DOC[t.provider]))


# ==========================================================================
# driver
# ==========================================================================

ENV_OK = (".env.example", ".env.sample", ".env.template", ".env.dist")


def filetype(path):
    base = os.path.basename(path)
    low = base.lower()
    if low == "dockerfile":
        return "dockerfile"
    if low.startswith(".env"):
        return "env"
    if low in (".netrc", "_netrc", "netrc"):
        return "netrc"
    if low in (".cdsapirc", "cdsapirc", "adsapirc"):
        return "cdsapirc"
    if low == ".ecmwfapirc":
        return "ecmwfapirc"
    if low == "crontab" or "/cron.d/" in "/" + path:
        return "cron"
    if low in ("sha256sums", "known_hosts"):
        return low
    if "." in base.strip("."):
        return base.rsplit(".", 1)[1].lower()
    return low.lstrip(".")


def is_blocked_env(path):
    base = os.path.basename(path)
    return base.startswith(".env") and base not in ENV_OK


def pick_cycle(r, items, n):
    out = []
    while len(out) < n:
        lst = list(items)
        r.shuffle(lst)
        out.extend(lst)
    return out[:n]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as fh:
        fh.write(text.encode("utf-8"))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 -B gen_hr.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    manifest, secrets = [], []
    env_pos = 0

    # ---- positives ----
    for i, t in enumerate(pick_cycle(r, POS, 500)):
        needle = t.gen(r)
        path, text = t.fn(r, Val("secret", needle))
        if not text.endswith("\n"):
            text += "\n"
        rel = "pos/p%04d/%s" % (i, path)
        lines = text.split("\n")
        line = next(n for n, l in enumerate(lines, 1) if needle in l)
        write(outdir, rel, text)
        with open(os.path.join(outdir, rel), "rb") as fh:
            back = fh.read().decode("utf-8").split("\n")
        assert needle in back[line - 1], (rel, needle)
        assert all(needle not in l for l in back[:line - 1])
        if os.path.basename(path).startswith(".env"):
            env_pos += 1
        manifest.append({"file": rel, "label": "pos", "provider": t.provider, "kind": t.kind,
                         "filetype": filetype(path)})
        secrets.append({"file": rel, "needle": needle, "line": line})
    assert env_pos <= 25, env_pos

    # ---- negatives: half re-used positive templates, half look-alikes ----
    plan = [("reuse", t) for t in pick_cycle(r, POS, 250)] + [("look", t) for t in pick_cycle(r, LOOK, 250)]
    r.shuffle(plan)
    for i, (how, t) in enumerate(plan):
        if how == "reuse":
            v = neg_value(r, t)
            path, text = t.fn(r, v)
            kind = MODE_KIND[v.mode]
        else:
            path, text = t.fn(r)
            kind = "lookalike:" + t.kind
        if is_blocked_env(path):
            path = os.path.join(os.path.dirname(path), ".env.example")
        assert not is_blocked_env(path)
        if not text.endswith("\n"):
            text += "\n"
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        manifest.append({"file": rel, "label": "neg", "provider": t.provider, "kind": kind,
                         "filetype": filetype(path)})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
