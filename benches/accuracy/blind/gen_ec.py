#!/usr/bin/env python3
"""Blind evaluation-set generator "ec": maritime, shipping, ports, AIS and marine data.

EMPHASIS
  Credentials as they turn up in maritime software: vessel-tracking / AIS data APIs (MarineTraffic,
  Spire Maritime, VesselFinder, Datalastic, AISHub, MyShipTracking, Windward, Searoutes, Sinay),
  market/registry data logins (Kpler, S&P Sea-web), port community systems (Portbase, DAKOSY,
  NxtPort, ...), carrier developer portals (Maersk Consumer-Key and client secret, CMA CGM, Hapag-Lloyd
  X-IBM-Client-Secret, MSC Azure-AD client secret), container tracking (Vizion, Portcast, Terminal49,
  ShipsGo), marine weather (Stormglass, Windy, PredictWind), Signal K server JWTs and security.json
  secretKey, AIS-catcher sharing keys, AIS feed forwarder / vessel MQTT broker passwords, satellite
  comms (Iridium RockBLOCK, Inmarsat IsatData Pro, Starlink enterprise API), Azure IoT Hub device
  connection strings, plus the common cloud/db/chat credentials of such projects (AWS, PostgreSQL,
  MongoDB Atlas, Slack webhooks, Telegram bots, GitHub PATs, Mapbox sk., Google Maps, Grafana
  service-account tokens, InfluxDB tokens, Twilio).
  File types: Signal K settings/plugin-config/security JSON, OpenCPN opencpn.conf, aiscatcher.json,
  rtl_ais/AIS-catcher shell wrappers, kplex.conf (negatives), mosquitto bridge conf, Python, Node/TS,
  Go, Rust, Java, Ruby, Jupyter notebooks, docker-compose, Dockerfile, systemd units, supervisor,
  .env, YAML/TOML/INI/properties, GitHub Actions, k8s, Terraform tfvars, Ansible vars, Grafana
  provisioning + dashboards, Node-RED flows, Postman environments, .http files, nginx, Makefiles,
  CSV feed lists / voyage exports, Markdown runbooks.

USAGE
  python3 gen_ec.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500), OUTDIR/manifest.jsonl
  and OUTDIR/secrets.jsonl.  Deterministic per SEED (only random.Random(SEED) is used).

NEEDLE CONVENTIONS
  - needle = the secret exactly as written in the file, 1 per positive file; "line" = 1-based line
    of its first occurrence.
  - id/secret pairs (AWS key id + secret, Maersk consumer key + client secret, Hapag-Lloyd client id
    + secret, MSC/Portbase/Starlink client id + secret, Twilio SID + auth token): needle is the
    secret half; the id may sit next to it.
  - user/password logins (Kpler, Sea-web, PCS, PredictWind, RockBLOCK, IsatData Pro, MQTT, feed
    forwarders): needle is the password only.
  - connection strings: PostgreSQL / MongoDB URI -> needle is the password inside the URI;
    Azure IoT Hub -> needle is the SharedAccessKey value; Slack -> needle is the whole webhook URL.
  - Telegram bot token, Mapbox sk., Google Maps key, MarineTraffic key, ShipsGo authCode,
    VesselFinder userkey, Datalastic/AISHub keys may sit inside a URL; needle is just the key.
  - JSON files (notebooks, flows, dashboards) are written with json.dumps, the needle is never
    escaped (no quotes/backslashes in secrets).
  - About half of positives use the obvious variable name (MARINETRAFFIC_API_KEY, hlagClientSecret,
    ...), half a neutral one (k, auth, upstream, PRIMARY, tracking_param, ...); several templates put
    the secret in a URL, an HTTP header, a CLI argument or a positional constructor argument.

NEGATIVES
  Half re-use the positive templates with the secret slot replaced by: placeholders (YOUR_API_KEY,
  <password>, x/0 runs of the real length), environment lookups in the file's own language
  (os.environ[...], process.env.X, os.Getenv, System.getenv, ENV.fetch, ${VAR}), secret-manager
  references (vault:, arn:aws:secretsmanager, GCP secret paths, op://, ssm:, Azure Key Vault), masked
  values (****ab12), [REDACTED]-style values, empty values, provider-documented examples (AWS
  AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, Slack T00000000/B00000000/XXXX...,
  Maersk's documentation Consumer-Key example), and Mapbox public pk. tokens.  Non-secret ids
  (client ids that are public, Twilio SID) may remain next to the neutered slot.
  The other half are maritime look-alikes: MMSI numbers, IMO numbers with valid check digit, call
  signs, ISO 6346 container numbers with valid check digit, booking and B/L numbers, UN/LOCODEs,
  AIVDM/GPRMC sentences with correct NMEA checksums, voyage ids, vessel UUIDs, DCSA event UUIDs,
  Iridium IMEIs (Luhn) and SBD payload hex, SHA-256 chart checksums, npm sha512 integrity hashes,
  git SHAs, HMAC webhook signatures in tests, sops ciphertext, Node-RED/Grafana ids, i18n strings,
  .env.example with empty values, Docker/systemd secret-file references, ExternalSecret manifests,
  Sentry DSN and Mapbox pk. public tokens.

DOUBTS
  Formats written from memory (not confirmed in provider docs during this work):
  - Spire Maritime token (32 alnum), MyShipTracking key (40 alnum), Windward key (48 base64url),
    Searoutes key (40 alnum), Sinay key (64 hex), CMA CGM "KeyId" header + 32 alnum key, Vizion key
    (32 hex), Portcast key (32 alnum), Terminal49 key (24 alnum; the "Authorization: Token" scheme is
    from memory too), ShipsGo authCode (32 hex), Windy key (32 alnum), Starlink enterprise client id/
    secret shapes, Portbase client id (UUID) + secret (40 alnum): lengths/alphabets are guesses.
  - VesselFinder userkey "WS-XXXXXXXX-XXXXXX" and AISHub username "AH_NNNN_XXXXXXXX": shapes from
    memory; the AISHub "username" really acts as the API credential.
  - Datalastic key as a UUID and Stormglass key as two v1-UUIDs joined by '-': from memory.
  - Hapag-Lloyd X-IBM-Client-Id (32 hex) / X-IBM-Client-Secret (40 alnum): IBM API Connect style,
    lengths guessed.  Maersk client secret length (16) guessed; MSC modelled as an Azure AD secret
    ("xxx8Q~" + 34 chars) - that MSC uses Azure AD is an assumption.
  - Signal K security.json "secretKey" as 64 hex (real servers may use a longer random hex string);
    Signal K tokens modelled as HS256 JWTs with {"id"} or {"device"} claims.
  - AIS-catcher sharing key as a UUID and "-X <key>" on the command line: from memory.
  - Grafana glsa_ token checksum suffix (8 hex of CRC32 here) and GitHub ghp_ CRC32/base62 checksum:
    implemented from memory; the ghp_ checksum may not match GitHub's exact encoding.
  - InfluxDB token as url-safe base64 of 64 bytes (88 chars ending '==').
  Labels a reviewer might dispute:
  - Maersk's documented Consumer-Key example "Fep6ztlGHf2of91X0ddxzm2GpadFPKg4" (seen on a Maersk API
    docs page) is labelled negative as a documentation example; it is indistinguishable in shape from
    a real key.
  - Mapbox pk. tokens and Sentry DSNs are labelled negative (documented as safe to expose).
  - Signal K security.json positives also contain a bcrypt password hash (not counted as a credential);
    negatives built from that template keep the bcrypt hash.
  - Negatives keep public client ids (Portbase/MSC UUIDs, Hapag-Lloyd 32-hex client id, Starlink
    svc- id, Twilio AC SID) next to the neutered secret; key ids that are themselves sensitive
    (AWS AKIA..., Maersk Consumer-Key) are replaced.
  - Some placeholders are shaped like the secret (same length of x or 0); a reviewer would still
    call them placeholders.

SEARCHES
  search tool (docs/pages): MarineTraffic API key format (rubydoc/pypi wrappers showing a 40-hex
  key and "services.marinetraffic.com/api"), Stormglass Authorization header (Pipedream/MS connector
  pages: key goes in the Authorization header), Datalastic/vessel API key parameter (returned
  datadocked.com docs instead), Spire Maritime GraphQL token (nothing provider-specific), Maersk
  developer portal (developer.maersk.com: Consumer-Key header, OAuth2 client credentials; Offers API
  docs page with the example Consumer-Key), Terminal49 API key (docs: key shown once), Hapag-Lloyd
  API portal (ClientID/Client Secret via application), Signal K tokens (signalk-server docs:
  signalk-generate-token, security.json has secretKey; an npm README showed an example jwtSecretKey),
  AISHub webservice (nothing relevant).
  Scanner-related material shown by searches: none (no secret-scanner rule code or regexes appeared).
"""

import base64
import hashlib
import hmac
import json
import os
import sys
import uuid
import zlib
import random

# ---------------------------------------------------------------------------
# basic random helpers
# ---------------------------------------------------------------------------
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
DIGITS = "0123456789"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = UPPER + LOWER + DIGITS
B62 = DIGITS + UPPER + LOWER
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
B32 = UPPER + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, n, alphabet=ALNUM):
    """random string that contains at least one upper, lower and digit"""
    while True:
        s = rs(r, alphabet, n)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def hexs(r, n, upper=False):
    while True:
        s = rs(r, HEXU if upper else HEXL, n)
        if sum(c.isdigit() for c in s) >= 2 and sum(not c.isdigit() for c in s) >= 2:
            return s


def r_uuid(r):
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def r_uuid1ish(r):
    # time-based looking UUID (version 1 layout)
    return "%s-%s-11%s-%s-%s" % (hexs(r, 8), hexs(r, 4), rs(r, HEXL, 2), r.choice("89ab") + rs(r, HEXL, 3), hexs(r, 12))


def b64url_nopad(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def b62enc(num, width):
    out = ""
    while num:
        num, rem = divmod(num, 62)
        out = B62[rem] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------------------
# naming styles
# ---------------------------------------------------------------------------
def style(words, st):
    words = [w.lower() for w in words]
    if st == "snake":
        return "_".join(words)
    if st == "SCREAM":
        return "_".join(words).upper()
    if st == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in words)
    if st == "kebab":
        return "-".join(words)
    if st == "dot":
        return ".".join(words)
    if st == "flat":
        return "".join(words)
    raise ValueError(st)


# ---------------------------------------------------------------------------
# maritime domain data + look-alike generators (all non-secret)
# ---------------------------------------------------------------------------
VESSELS = ["NORDIC STAR", "MAERSK ELBA", "CMA CGM TAGE", "EVER GREET", "MSC AURORA", "HAPAG TOKYO",
           "SEASPAN BRAVO", "ATLANTIC SAIL", "BALTIC WIND", "STENA FORTUNA", "POLAR BEAR", "ORIENT PEARL",
           "SKAGEN TRADER", "IONIAN SPIRIT", "CAPE HATTERAS", "NORTHERN JASPER", "BOW ORION", "TORM HELVIG",
           "ARCTIC LADY", "MV KESTREL", "SV MORNING TIDE", "SY WANDERBIRD", "PILOT 23", "TUG SVITZER MARS"]
PORTS = [("NLRTM", "Rotterdam"), ("SGSIN", "Singapore"), ("CNSHA", "Shanghai"), ("DEHAM", "Hamburg"),
         ("BEANR", "Antwerp"), ("USLAX", "Los Angeles"), ("USLGB", "Long Beach"), ("GBFXT", "Felixstowe"),
         ("ESALG", "Algeciras"), ("MAPTM", "Tanger Med"), ("AEJEA", "Jebel Ali"), ("KRPUS", "Busan"),
         ("JPTYO", "Tokyo"), ("HKHKG", "Hong Kong"), ("LKCMB", "Colombo"), ("EGPSD", "Port Said"),
         ("PAMIT", "Manzanillo"), ("BRSSZ", "Santos"), ("ZADUR", "Durban"), ("AUMEL", "Melbourne"),
         ("NOOSL", "Oslo"), ("DKAAR", "Aarhus"), ("SEGOT", "Gothenburg"), ("FIHEL", "Helsinki"),
         ("PLGDN", "Gdansk"), ("GRPIR", "Piraeus"), ("TRMER", "Mersin"), ("ITGOA", "Genoa"),
         ("FRLEH", "Le Havre"), ("USNYC", "New York"), ("CAVAN", "Vancouver"), ("NZAKL", "Auckland")]
MIDS = [211, 218, 219, 220, 224, 226, 227, 230, 232, 235, 244, 245, 248, 255, 256, 257, 265, 273, 305,
        308, 311, 338, 351, 352, 353, 354, 355, 356, 357, 366, 367, 370, 371, 372, 373, 412, 413, 414,
        431, 440, 477, 503, 525, 533, 538, 548, 563, 564, 565, 566, 636, 710]
OWNER_CODES = ["MSK", "MAE", "CMA", "HLX", "MSC", "TGH", "TCL", "CSQ", "OOL", "EMC", "SEG", "TRH", "BMO",
               "FCI", "GES", "CAI", "TEM", "HAS", "ONE", "YML"]
SCAC = ["MAEU", "CMDU", "HLCU", "MSCU", "ONEY", "EGLV", "COSU", "YMLU", "ZIMU", "HDMU", "OOLU"]
CITIES = ["rotterdam", "hamburg", "oslo", "bergen", "piraeus", "antwerp", "gdansk", "aarhus", "genoa"]
REGIONS = ["eu-west-1", "eu-central-1", "eu-north-1", "us-east-1", "ap-southeast-1", "us-west-2"]
TEAMS = ["fleet-ops", "port-data", "ais-platform", "voyage-analytics", "bridge-systems", "marine-iot"]


def mmsi(r):
    return "%d%06d" % (r.choice(MIDS), r.randrange(0, 1000000))


def imo(r):
    while True:
        d = [r.randrange(10) for _ in range(6)]
        if d[0] in (8, 9, 7):
            break
    chk = sum(d[i] * (7 - i) for i in range(6)) % 10
    return "".join(map(str, d)) + str(chk)


def _iso6346_val(ch):
    if ch.isdigit():
        return int(ch)
    v = 10
    for c in UPPER:
        if v % 11 == 0:
            v += 1
        if c == ch:
            return v
        v += 1
    raise ValueError(ch)


def container_no(r):
    body = r.choice(OWNER_CODES) + r.choice("UUUUJZ") + "%06d" % r.randrange(1000000)
    s = sum(_iso6346_val(c) * (2 ** i) for i, c in enumerate(body))
    return body + str(s % 11 % 10)


def callsign(r):
    pat = r.choice(["PD", "9HA", "V7", "D5", "3E", "9V", "A8", "5B", "OZ", "LA", "SV", "C6"])
    if pat in ("PD", "OZ", "LA"):
        return pat + rs(r, UPPER, 2)
    return pat + rs(r, UPPER + DIGITS, 6 - len(pat))


def booking_no(r):
    return r.choice([lambda: "%09d" % r.randrange(10 ** 8, 10 ** 9),
                     lambda: "EBKG%08d" % r.randrange(10 ** 8),
                     lambda: "HLCU%s%09d" % (r.choice(["HAM", "RTM", "SIN"]), r.randrange(10 ** 9)),
                     lambda: "%s%010d" % (r.choice(SCAC), r.randrange(10 ** 10))])()


def bl_no(r):
    return r.choice(SCAC) + "%09d" % r.randrange(10 ** 9)


def voyage_id(r):
    return r.choice([lambda: "%03d%s" % (r.randrange(1, 999), r.choice("EWNS")),
                     lambda: "VOY-%d-%04d%s" % (r.randrange(2022, 2026), r.randrange(10000), r.choice("EWNS")),
                     lambda: "0%s%d%s%s" % (rs(r, UPPER, 2), r.randrange(1, 9), r.choice("EWNS"), rs(r, UPPER, 2) + "A")])()


def locode(r):
    return r.choice(PORTS)[0]


def nmea_ck(body):
    c = 0
    for ch in body:
        c ^= ord(ch)
    return "%02X" % c


AIS_CHARS = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"


def aivdm(r):
    payload = r.choice("123") + rs(r, AIS_CHARS, 27)
    body = "AIVDM,1,1,,%s,%s,0" % (r.choice("AB"), payload)
    return "!%s*%s" % (body, nmea_ck(body))


def gprmc(r):
    lat = "%02d%02d.%03d" % (r.randrange(30, 70), r.randrange(60), r.randrange(1000))
    lon = "%03d%02d.%03d" % (r.randrange(0, 30), r.randrange(60), r.randrange(1000))
    body = "GPRMC,%02d%02d%02d,A,%s,N,%s,E,%.1f,%.1f,%02d%02d%02d,,," % (
        r.randrange(24), r.randrange(60), r.randrange(60), lat, lon, r.uniform(0, 14), r.uniform(0, 359),
        r.randrange(1, 28), r.randrange(1, 12), r.randrange(22, 26))
    return "$%s*%s" % (body, nmea_ck(body))


def imei(r):
    d = [int(c) for c in "300234"] + [r.randrange(10) for _ in range(8)]
    total = 0
    for i, x in enumerate(d):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return "".join(map(str, d)) + str((10 - total % 10) % 10)


def sha256hex(r):
    return hashlib.sha256(rbytes(r, 16)).hexdigest()


def gitsha(r):
    return hashlib.sha1(rbytes(r, 16)).hexdigest()


def iso_ts(r):
    return "20%02d-%02d-%02dT%02d:%02d:%02dZ" % (r.randrange(22, 26), r.randrange(1, 13), r.randrange(1, 29),
                                                 r.randrange(24), r.randrange(60), r.randrange(60))


def latlon(r):
    return round(r.uniform(-45, 65), 5), round(r.uniform(-75, 150), 5)


def vessel(r):
    return r.choice(VESSELS)


def host(r, kind="svc"):
    return r.choice({
        "svc": ["ais-gw.internal", "tracking.fleet.local", "10.20.1.15", "vessel-hub.%s.corp" % r.choice(CITIES),
                "ingest.portdata.io", "api.bridge.lan"],
        "db": ["db.fleet.internal", "pg-voyages.%s.rds.amazonaws.com" % r.choice(REGIONS), "10.0.3.21",
               "timescale.ais.svc.cluster.local", "postgres", "voyagedb"],
        "mqtt": ["mqtt.vessel.lan", "broker.fleet-iot.net", "192.168.8.10", "mosquitto", "iot.%s-port.org" % r.choice(CITIES)],
    }[kind])


# ---------------------------------------------------------------------------
# passwords
# ---------------------------------------------------------------------------
PW_WORDS = ["harbour", "anchor", "bosun", "keel", "mizzen", "halyard", "seahorse", "kattegat", "skagen",
            "tidewater", "northsea", "compass", "gunwale", "starboard", "lighthouse", "marlin", "orca",
            "pelican", "beaufort", "doldrums", "capstan", "bollard", "wheelhouse", "sextant", "trawler",
            "fjord", "spinnaker", "jibsheet", "leeward", "barnacle", "dogwatch", "mooring"]
PW_SYM = "!-_.+*"


def human_password(r):
    w1, w2 = r.sample(PW_WORDS, 2)
    kind = r.randrange(6)
    if kind == 0:
        p = w1.capitalize() + r.choice(PW_SYM) + str(r.randrange(10, 9999))
    elif kind == 1:
        p = w1 + str(r.randrange(1970, 2025)) + w2.capitalize()
    elif kind == 2:
        p = "%s-%s-%d" % (w1.capitalize(), w2, r.randrange(10, 999))
    elif kind == 3:
        tr = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})
        p = w1.capitalize().translate(tr) + r.choice(PW_SYM) + w2[:4] + str(r.randrange(10, 99))
    elif kind == 4:
        p = mixed(r, r.randrange(14, 22), ALNUM + "!-_.")
        p = r.choice(LOWER) + p
    else:
        p = w1.capitalize() + w2.capitalize() + str(r.randrange(1, 99)) + r.choice(PW_SYM)
    return p


# ---------------------------------------------------------------------------
# credentials
# ---------------------------------------------------------------------------
NEUTRAL_WORDS = [["feed", "token"], ["upstream"], ["remote", "auth"], ["primary"], ["src", "cfg"],
                 ["conn", "opts"], ["tracking", "param"], ["vessel", "feed"], ["partner", "ref"],
                 ["k"], ["auth"], ["provider", "value"], ["client", "blob"], ["svc"], ["p1"],
                 ["access"], ["cred"], ["link", "code"], ["data", "source"], ["position", "feed"]]


NON_MARITIME = ["AWS", "PostgreSQL", "MongoDB Atlas", "Slack", "Telegram", "GitHub", "Mapbox", "Google Maps", "Grafana",
                "InfluxDB", "Twilio", "Azure IoT Hub"]


class Cred(object):
    def __init__(self, r, provider, kind, shape, value, words, needle=None, ident=None, idwords=None,
                 ident_public=True, header=None, hprefix="", urlt=None, user=None, hostname=None,
                 urlpart=None, public_alt=None, doc_example=None, doc_ident=None):
        self.provider = provider
        self.kind = kind
        self.shape = shape              # key | pair | pass | url
        self.value = value              # what goes into the slot
        self.needle = needle if needle is not None else value
        self.words = words
        self.ident = ident
        self.idwords = idwords or (words[:1] + ["id"])
        self.ident_public = ident_public
        self.header = header
        self.hprefix = hprefix
        self.urlt = urlt                # URL template with {K} for key-in-URL APIs
        self.user = user
        self.host = hostname
        self.urlpart = urlpart          # for shape url: template with {S}
        self.public_alt = public_alt
        self.doc_example = doc_example
        self.doc_ident = doc_ident
        self.idheader = "X-Client-Id"
        self.maritime = provider not in NON_MARITIME
        self.obvious = r.random() < 0.5
        self.neutral = r.choice(NEUTRAL_WORDS)
        self.mode = "lit"               # lit | env
        self.q = r.choice(["'", '"'])
        self.envname = style(words, "SCREAM")
        self.r = r

    # the value placed into the file
    @property
    def val(self):
        if self.mode == "env":
            return "${%s}" % self.envname
        return self.value

    def name(self, st):
        return style(self.words if self.obvious else self.neutral, st)

    def idname(self, st):
        return style(self.idwords, st)

    def lit(self, lang, q=None):
        if self.mode == "env":
            e = self.envname
            return {"py": 'os.environ["%s"]' % e, "js": "process.env.%s" % e, "go": 'os.Getenv("%s")' % e,
                    "java": 'System.getenv("%s")' % e, "cs": 'Environment.GetEnvironmentVariable("%s")' % e,
                    "rs": 'std::env::var("%s").unwrap_or_default()' % e, "rb": 'ENV.fetch("%s")' % e,
                    "sh": '"${%s}"' % e}[lang]
        if lang in ("go", "java", "cs", "rs"):
            q = '"'
        elif lang == "sh":
            q = q or "'"
        q = q or self.q
        return q + self.value + q

    def ilit(self, lang):
        q = '"' if lang in ("go", "java", "cs", "rs") else self.q
        return q + (self.ident or "") + q

    def url(self):
        return self.urlt.replace("{K}", self.val)


def _c(r, *a, **k):
    return Cred(r, *a, **k)


def k_marinetraffic(r):
    k = hexs(r, 40)
    return _c(r, "MarineTraffic", "api_key", "key", k, ["marinetraffic", "api", "key"],
              urlt="https://services.marinetraffic.com/api/exportvessel/v:5/{K}/timespan:20/protocol:jsono")


def k_spire(r):
    return _c(r, "Spire Maritime", "api_token", "key", mixed(r, 32), ["spire", "api", "token"],
              header="Authorization", hprefix="Bearer ")


def k_vesselfinder(r):
    k = "WS-%s-%s" % (hexs(r, 8, True), hexs(r, 6, True))
    return _c(r, "VesselFinder", "api_key", "key", k, ["vesselfinder", "userkey"],
              urlt="https://api.vesselfinder.com/vesselslist?userkey={K}&format=json")


def k_datalastic(r):
    return _c(r, "Datalastic", "api_key", "key", r_uuid(r), ["datalastic", "api", "key"],
              urlt="https://api.datalastic.com/api/v0/vessel_pro?api-key={K}&mmsi=%s" % mmsi(r))


def k_aishub(r):
    k = "AH_%d_%s" % (r.randrange(1000, 9999), hexs(r, 8, True))
    return _c(r, "AISHub", "api_username", "key", k, ["aishub", "username"],
              urlt="https://data.aishub.net/ws.php?username={K}&format=1&output=json&compress=0")


def k_myshiptracking(r):
    return _c(r, "MyShipTracking", "api_key", "key", mixed(r, 40), ["myshiptracking", "api", "key"],
              header="Authorization", hprefix="Bearer ")


def k_kpler(r):
    u = r.choice(["data", "ops", "analytics", "chartering"]) + "@" + r.choice(["nordtank", "bluewake", "meridian-shipping", "ostrava-energy"]) + ".com"
    return _c(r, "Kpler", "password", "pass", human_password(r), ["kpler", "password"], user=u,
              idwords=["kpler", "user"], hostname="api.kpler.com")


def k_windward(r):
    return _c(r, "Windward", "api_key", "key", b64url_nopad(rbytes(r, 36)), ["windward", "api", "key"],
              header="Authorization", hprefix="Bearer ")


def k_seaweb(r):
    u = r.choice(["SW", "sea", "svc"]) + str(r.randrange(10000, 99999))
    return _c(r, "S&P Sea-web", "password", "pass", human_password(r), ["seaweb", "password"], user=u,
              idwords=["seaweb", "user"], hostname="seawebservices.spglobal.com")


def k_searoutes(r):
    return _c(r, "Searoutes", "api_key", "key", mixed(r, 40), ["searoutes", "api", "key"],
              header="x-api-key", urlt="https://api.searoutes.com/route/v2/sea/{coords}?continuousCoordinates=true")


def k_sinay(r):
    return _c(r, "Sinay", "api_key", "key", hexs(r, 64), ["sinay", "api", "key"], header="API_KEY")


def k_portbase(r):
    return _c(r, "Portbase PCS", "client_secret", "pair", mixed(r, 40), ["portbase", "client", "secret"],
              ident=r_uuid(r), idwords=["portbase", "client", "id"])


def k_pcs_password(r):
    prov = r.choice(["Portbase PCS", "DAKOSY PCS", "valenciaportpcs", "MCP Port Community", "Port of Antwerp-Bruges NxtPort"])
    u = r.choice(["edi_", "api_", "agent"]) + rs(r, LOWER, 4) + str(r.randrange(10, 99))
    return _c(r, prov, "password", "pass", human_password(r), ["pcs", "password"], user=u,
              idwords=["pcs", "user"], hostname=r.choice(["edi.pcs.example-port.org", "api.dakosy.de", "services.portbase.com"]))


def k_maersk_key(r):
    return _c(r, "Maersk", "consumer_key", "key", mixed(r, 32), ["maersk", "consumer", "key"],
              header="Consumer-Key", doc_example="Fep6ztlGHf2of91X0ddxzm2GpadFPKg4")


def k_maersk_secret(r):
    return _c(r, "Maersk", "client_secret", "pair", mixed(r, 16), ["maersk", "client", "secret"],
              ident=mixed(r, 32), idwords=["maersk", "consumer", "key"], ident_public=False)


def k_cmacgm(r):
    return _c(r, "CMA CGM", "api_key", "key", mixed(r, 32), ["cmacgm", "api", "key"], header="KeyId")


def k_hapag(r):
    c = _c(r, "Hapag-Lloyd", "client_secret", "pair", mixed(r, 40), ["hlag", "client", "secret"],
           ident=hexs(r, 32), idwords=["hlag", "client", "id"], header="X-IBM-Client-Secret")
    c.idheader = "X-IBM-Client-Id"
    return c


def k_msc(r):
    s = mixed(r, 3) + "8Q~" + mixed(r, 34, ALNUM + "_.~-")
    return _c(r, "MSC", "client_secret", "pair", s, ["msc", "client", "secret"], ident=r_uuid(r),
              idwords=["msc", "client", "id"])


def k_vizion(r):
    return _c(r, "Vizion", "api_key", "key", hexs(r, 32), ["vizion", "api", "key"], header="X-API-Key")


def k_portcast(r):
    return _c(r, "Portcast", "api_key", "key", mixed(r, 32), ["portcast", "api", "key"], header="x-api-key")


def k_terminal49(r):
    return _c(r, "Terminal49", "api_key", "key", mixed(r, 24), ["terminal49", "api", "key"],
              header="Authorization", hprefix="Token ")


def k_shipsgo(r):
    return _c(r, "ShipsGo", "auth_code", "key", hexs(r, 32), ["shipsgo", "auth", "code"],
              urlt="https://shipsgo.com/api/v1.1/ContainerService/GetContainerInfo/?authCode={K}&requestId=%d" % r.randrange(10 ** 6, 10 ** 7))


def k_stormglass(r):
    return _c(r, "Stormglass", "api_key", "key", r_uuid1ish(r) + "-" + r_uuid1ish(r), ["stormglass", "api", "key"],
              header="Authorization")


def k_windy(r):
    return _c(r, "Windy", "api_key", "key", mixed(r, 32), ["windy", "api", "key"])


def k_predictwind(r):
    u = rs(r, LOWER, r.randrange(4, 8)) + "@" + r.choice(["gmail.com", "outlook.com", "sailmail.com", "icloud.com"])
    return _c(r, "PredictWind", "password", "pass", human_password(r), ["predictwind", "password"], user=u,
              idwords=["predictwind", "email"], hostname="forecast.predictwind.com")


def _jwt(r, payload):
    h = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    sig = hmac.new(rbytes(r, 32), (h + "." + p).encode(), hashlib.sha256).digest()
    return h + "." + p + "." + b64url_nopad(sig)


def k_signalk_token(r):
    iat = r.randrange(1650000000, 1740000000)
    if r.random() < 0.5:
        pl = {"device": r_uuid(r), "iat": iat, "exp": iat + 31536000}
    else:
        pl = {"id": r.choice(["admin", "grafana", "nodered", "kip", "logger"]), "iat": iat, "exp": iat + 86400 * 365}
    return _c(r, "Signal K", "access_token", "key", _jwt(r, pl), ["signalk", "token"],
              header="Authorization", hprefix="Bearer ")


def k_signalk_secret(r):
    return _c(r, "Signal K", "jwt_secret", "key", hexs(r, 64), ["signalk", "secret", "key"])


def k_aiscatcher(r):
    return _c(r, "AIS-catcher", "sharing_key", "key", r_uuid(r), ["aiscatcher", "sharing", "key"])


def k_feed_pw(r):
    u = r.choice(["feeder", "station", "ais"]) + str(r.randrange(100, 9999))
    return _c(r, "AIS feed forwarder", "password", "pass", human_password(r), ["feed", "password"], user=u,
              idwords=["feed", "user"], hostname=r.choice(["ais.fleetmon-feed.net", "collector.aisfeed.org", "5.9.207.224", "feed.ais-relay.net"]))


def k_rockblock(r):
    u = r.choice(["yacht", "buoy", "tracker"]) + rs(r, LOWER, 3) + str(r.randrange(10, 99))
    return _c(r, "Iridium RockBLOCK", "password", "pass", human_password(r), ["rockblock", "password"], user=u,
              idwords=["rockblock", "username"], hostname="rockblock.rock7.com")


def k_inmarsat(r):
    u = str(r.randrange(70000000, 79999999))
    return _c(r, "Inmarsat IsatData Pro", "password", "pass", mixed(r, 10, ALNUM), ["idp", "password"], user=u,
              idwords=["idp", "access", "id"], hostname="api.inmarsat.com")


def k_starlink(r):
    return _c(r, "Starlink", "client_secret", "pair", mixed(r, 48), ["starlink", "client", "secret"],
              ident="svc-" + hexs(r, 16), idwords=["starlink", "client", "id"])


def k_mqtt(r):
    u = r.choice(["vessel", "mv", "edge", "nmea"]) + "-" + r.choice(["gw", "pi", "bridge"]) + str(r.randrange(1, 40))
    h = host(r, "mqtt")
    pw = human_password(r) if r.random() < 0.5 else mixed(r, 24)
    return _c(r, "Vessel MQTT broker", "password", "pass", pw, ["mqtt", "password"], user=u,
              idwords=["mqtt", "user"], hostname=h)


def k_azure_iot(r):
    key = base64.b64encode(rbytes(r, 32)).decode()
    hub = r.choice(["fleet", "vessel", "ship", "reefer"]) + "-iot-" + r.choice(["prod", "weu", "neu"])
    dev = r.choice(["mv-", "imo", "edge-"]) + str(r.randrange(1000, 9999999))
    s = "HostName=%s.azure-devices.net;DeviceId=%s;SharedAccessKey={S}" % (hub, dev)
    return _c(r, "Azure IoT Hub", "connection_string", "url", s.replace("{S}", key), ["iothub", "connection", "string"],
              needle=key, urlpart=s)


def k_aws(r):
    kid = "AKIA" + rs(r, B32, 16)
    sec = mixed(r, 40, UPPER + LOWER + DIGITS + "+/")
    return _c(r, "AWS", "secret_access_key", "pair", sec, ["aws", "secret", "access", "key"], ident=kid,
              idwords=["aws", "access", "key", "id"], ident_public=False,
              doc_example="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", doc_ident="AKIAIOSFODNN7EXAMPLE")


def k_postgres(r):
    pw = human_password(r) if r.random() < 0.5 else mixed(r, 20)
    pw = pw.replace("+", "").replace("*", "")
    u = r.choice(["ais", "voyage_app", "tracker", "postgres", "fleet_rw"])
    t = "postgresql://%s:{S}@%s:5432/%s" % (u, host(r, "db"), r.choice(["ais", "voyages", "fleet", "portcalls"]))
    return _c(r, "PostgreSQL", "password", "url", t.replace("{S}", pw), ["database", "url"], needle=pw, urlpart=t)


def k_mongo(r):
    pw = mixed(r, 16)
    t = "mongodb+srv://%s:{S}@%s.%s.mongodb.net/%s?retryWrites=true&w=majority" % (
        r.choice(["ais-ingest", "tracker", "appuser"]), r.choice(["cluster0", "fleet", "aisdata"]), rs(r, LOWER + DIGITS, 5),
        r.choice(["positions", "vessels", "ais"]))
    return _c(r, "MongoDB Atlas", "password", "url", t.replace("{S}", pw), ["mongo", "uri"], needle=pw, urlpart=t)


def k_slack(r):
    t = "https://hooks.slack.com/services/T%s/B%s/{S}" % (rs(r, UPPER + DIGITS, 10), rs(r, UPPER + DIGITS, 10))
    s = mixed(r, 24)
    v = t.replace("{S}", s)
    return _c(r, "Slack", "webhook_url", "url", v, ["slack", "webhook", "url"], needle=v, urlpart=t,
              doc_example="https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")


def k_telegram(r):
    t = "%d:AA%s" % (r.randrange(10 ** 8, 10 ** 10), mixed(r, 33, ALNUM + "_-"))
    return _c(r, "Telegram", "bot_token", "key", t, ["telegram", "bot", "token"],
              urlt="https://api.telegram.org/bot{K}/sendMessage?chat_id=-100%d" % r.randrange(10 ** 9, 10 ** 10))


def k_github(r):
    body = mixed(r, 30, B62)
    t = "ghp_" + body + b62enc(zlib.crc32(body.encode()) & 0xffffffff, 6)
    return _c(r, "GitHub", "personal_access_token", "key", t, ["github", "token"])


def _mapbox(r, pre):
    pl = b64url_nopad(json.dumps({"u": r.choice(["fleetviz", "harbourmaps", "aisdash", "portops"]),
                                  "a": "cl" + rs(r, LOWER + DIGITS, 23)}, separators=(",", ":")).encode())
    return pre + "." + pl + "." + rs(r, B64URL, 22)


def k_mapbox(r):
    return _c(r, "Mapbox", "secret_token", "key", _mapbox(r, "sk"), ["mapbox", "secret", "token"],
              public_alt=_mapbox(r, "pk"),
              urlt="https://api.mapbox.com/datasets/v1/%s?access_token={K}" % r.choice(["fleetviz", "harbourmaps", "portops"]))


def k_gmaps(r):
    return _c(r, "Google Maps", "api_key", "key", "AIza" + mixed(r, 35, ALNUM + "_-"), ["google", "maps", "key"],
              urlt="https://maps.googleapis.com/maps/api/geocode/json?address=Port+of+Rotterdam&key={K}")


def k_grafana(r):
    body = mixed(r, 32)
    t = "glsa_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xffffffff)
    return _c(r, "Grafana", "service_account_token", "key", t, ["grafana", "token"], header="Authorization",
              hprefix="Bearer ")


def k_influx(r):
    t = base64.urlsafe_b64encode(rbytes(r, 64)).decode()
    return _c(r, "InfluxDB", "api_token", "key", t, ["influx", "token"], header="Authorization", hprefix="Token ")


def k_twilio(r):
    return _c(r, "Twilio", "auth_token", "pair", hexs(r, 32), ["twilio", "auth", "token"], ident="AC" + hexs(r, 32),
              idwords=["twilio", "account", "sid"])


KINDS = [k_marinetraffic, k_spire, k_vesselfinder, k_datalastic, k_aishub, k_myshiptracking, k_kpler,
         k_windward, k_seaweb, k_searoutes, k_sinay, k_portbase, k_pcs_password, k_maersk_key, k_maersk_secret,
         k_cmacgm, k_hapag, k_msc, k_vizion, k_portcast, k_terminal49, k_shipsgo, k_stormglass, k_windy,
         k_predictwind, k_signalk_token, k_signalk_secret, k_aiscatcher, k_feed_pw, k_rockblock, k_inmarsat,
         k_starlink, k_mqtt, k_azure_iot, k_aws, k_postgres, k_mongo, k_slack, k_telegram, k_github, k_mapbox,
         k_gmaps, k_grafana, k_influx, k_twilio]


# ---------------------------------------------------------------------------
# turning a credential slot into a harmless look-alike (negatives)
# ---------------------------------------------------------------------------
def _slug(c):
    return style(c.words[:1], "kebab")


def _secret_ref(r, c):
    slug = _slug(c)
    return r.choice([
        "vault:secret/data/%s/%s#%s" % (r.choice(TEAMS), slug, style(c.words[1:] or ["value"], "snake")),
        "arn:aws:secretsmanager:%s:%012d:secret:%s/%s" % (r.choice(REGIONS), r.randrange(10 ** 11, 10 ** 12), r.choice(TEAMS), slug),
        "projects/%s/secrets/%s-%s/versions/latest" % (r.choice(TEAMS), slug, r.choice(["prod", "staging"])),
        "op://Fleet Ops/%s/credential" % c.provider,
        "azurekeyvault://kv-%s-prod/secrets/%s" % (r.choice(TEAMS), slug),
        "ssm:/%s/%s/%s" % (r.choice(TEAMS), r.choice(["prod", "dev"]), style(c.words, "snake")),
    ])


def _masked(r, c):
    n = max(8, min(len(c.value), 40))
    return r.choice([
        "*" * n,
        rs(r, HEXL, 4) + "*" * (n - 4),
        "****" + rs(r, ALNUM, 4),
        "\u2022" * 12,
        "<masked>",
        "********",
    ])


KEY_PH = ["YOUR_API_KEY", "<your-api-key>", "your-api-key-here", "REPLACE_ME", "TODO_SET_ME", "xxxxxxxx",
          "INSERT_KEY_HERE", "<token>", "dummy", "none", "test", "PASTE_TOKEN_HERE"]
PASS_PH = ["<password>", "CHANGE_ME", "your-password", "<db-password>", "PASSWORD_HERE", "<secret>", "..."]
REDACTED = ["[REDACTED]", "<redacted>", "REDACTED", "***REMOVED***", "[filtered]"]


DISCARDED = []   # secrets generated for negatives but never written (used by self-checks)


def neuter(r, c):
    """replace the secret slot with a non-secret look-alike; returns the look-alike kind"""
    modes = ["placeholder", "placeholder", "env", "env", "secretref", "masked", "empty", "redacted"]
    if c.doc_example:
        modes += ["doc_example"] * 2
    if c.public_alt:
        modes += ["public_key"] * 3
    m = r.choice(modes)
    src = c.value
    DISCARDED.append(c.needle)
    if c.ident is not None and not c.ident_public:
        DISCARDED.append(c.ident)
    c.needle = None
    if c.shape == "url":
        if m == "doc_example":
            c.value = c.doc_example
        elif m == "env":
            if r.random() < 0.5:
                c.mode = "env"
            else:
                c.value = c.urlpart.replace("{S}", "${%s}" % r.choice(["DB_PASSWORD", "PGPASSWORD", "MONGO_PASSWORD", "SECRET"]))
        elif m == "placeholder":
            c.value = c.urlpart.replace("{S}", r.choice(["<password>", "PASSWORD", "xxxxxxxx", "changeme_placeholder", "<key>"]))
        elif m == "masked":
            c.value = c.urlpart.replace("{S}", r.choice(["****", "*****", "xxxxx"]))
        elif m == "secretref":
            c.value = _secret_ref(r, c)
        elif m == "redacted":
            c.value = c.urlpart.replace("{S}", r.choice(REDACTED))
        else:
            c.value = ""
    else:
        if m == "placeholder":
            if c.shape == "pass":
                c.value = r.choice(PASS_PH)
            else:
                c.value = r.choice(KEY_PH + ["x" * len(src), "<%s>" % c.envname, "0" * len(src)])
        elif m == "env":
            c.mode = "env"
        elif m == "secretref":
            c.value = _secret_ref(r, c)
        elif m == "masked":
            c.value = _masked(r, c)
        elif m == "redacted":
            c.value = r.choice(REDACTED)
        elif m == "doc_example":
            c.value = c.doc_example
        elif m == "public_key":
            c.value = c.public_alt
            c.words = [c.words[0], "public", "token"]
            c.envname = style(c.words, "SCREAM")
        else:
            c.value = ""
    if c.ident is not None and not c.ident_public:
        if m == "doc_example" and c.doc_ident:
            c.ident = c.doc_ident
        else:
            c.ident = r.choice(["<%s>" % style(c.idwords, "SCREAM"), "YOUR_%s" % style(c.idwords, "SCREAM"), ""])
    c.obvious = True if r.random() < 0.6 else c.obvious
    return m


# ---------------------------------------------------------------------------
# harmless surrounding settings
# ---------------------------------------------------------------------------
def settings(r, n):
    pool = [
        (["log", "level"], lambda: r.choice(["info", "debug", "warn"])),
        (["udp", "port"], lambda: r.choice([10110, 2000, 10111, 4001])),
        (["poll", "interval", "seconds"], lambda: r.choice([30, 60, 120, 300])),
        (["home", "port"], lambda: locode(r)),
        (["fleet", "mmsi"], lambda: mmsi(r)),
        (["timezone"], lambda: "UTC"),
        (["max", "retries"], lambda: r.randrange(2, 8)),
        (["bbox"], lambda: "%.1f,%.1f,%.1f,%.1f" % (r.uniform(50, 52), r.uniform(2, 4), r.uniform(52, 54), r.uniform(4, 6))),
        (["nmea", "source"], lambda: "tcp://192.168.%d.%d:10110" % (r.randrange(1, 9), r.randrange(2, 250))),
        (["request", "timeout"], lambda: r.choice([10, 15, 30, 60])),
        (["cache", "ttl"], lambda: r.choice([60, 300, 900])),
        (["output", "dir"], lambda: r.choice(["/var/lib/ais", "./data/positions", "/srv/voyages/export"])),
        (["metrics", "port"], lambda: r.choice([9100, 9102, 9273])),
        (["vessel", "name"], lambda: vessel(r)),
        (["vessel", "imo"], lambda: imo(r)),
        (["callsign"], lambda: callsign(r)),
        (["region"], lambda: r.choice(REGIONS)),
        (["batch", "size"], lambda: r.choice([100, 250, 500, 1000])),
        (["enable", "tracing"], lambda: r.choice(["true", "false"])),
        (["api", "base", "url"], lambda: r.choice(["https://api.fleet.internal/v2", "http://localhost:8080", "https://ingest.portdata.io"])),
        (["default", "speed", "knots"], lambda: r.choice([12, 14, 16.5])),
    ]
    picks = r.sample(pool, min(n, len(pool)))
    return [(w, f()) for w, f in picks]


def fmt_val(v, q='"'):
    if isinstance(v, (int, float)):
        return str(v)
    if v in ("true", "false"):
        return v
    return q + str(v) + q


COMMENTS = ["poll interval tuned for the satellite plan", "see docs/architecture.md", "TODO: move to config service",
            "values below are for the Rotterdam pilot", "keep in sync with the ansible role",
            "positions are buffered before upload", "do not lower below 30s, provider rate limits",
            "used by the voyage report job", "bridge PC on the vessel reads this at boot",
            "ETA recalculation runs every hour", "AIS class A only", "retry with backoff on 429"]


def _cap(t):
    return t[:1].upper() + t[1:]


def comment(r):
    return r.choice(COMMENTS)


# ---------------------------------------------------------------------------
# shared templates (positives, and negatives with a neutered slot)
# each returns (relpath, filetype, text)
# ---------------------------------------------------------------------------
def kv(c, st):
    """(name, value) pairs describing the credential for config formats"""
    out = []
    if c.shape == "pair":
        out.append((c.idname(st), c.ident))
    elif c.shape == "pass":
        out.append((c.idname(st), c.user))
    out.append((c.name(st), c.val))
    return out


def kv_code(c, st, lang):
    q = '"' if lang in ("go", "java", "cs", "rs") else c.q
    out = []
    if c.shape == "pair":
        out.append((c.idname(st), q + c.ident + q))
    elif c.shape == "pass":
        out.append((c.idname(st), q + c.user + q))
    out.append((c.name(st), c.lit(lang)))
    return out


def hdr(c):
    return c.header or "X-API-Key"


def api_base(c):
    slug = style(c.words[:1], "flat")
    return {
        "marinetraffic": "https://services.marinetraffic.com/api",
        "spire": "https://api.spire.com/graphql",
        "myshiptracking": "https://api.myshiptracking.com/api/v2",
        "windward": "https://api.windward.ai/v1",
        "searoutes": "https://api.searoutes.com/route/v2",
        "sinay": "https://api.sinay.ai/co2/api/v2",
        "maersk": "https://api.maersk.com/track-and-trace-private",
        "cmacgm": "https://apis.cma-cgm.net/operation/trackandtrace/v1",
        "hlag": "https://api.hlag.com/hlag/external/v2",
        "msc": "https://api.msc.com/track/v1",
        "vizion": "https://prod.vizionapi.com",
        "portcast": "https://api.portcast.io/api/v2",
        "terminal49": "https://api.terminal49.com/v2",
        "stormglass": "https://api.stormglass.io/v2",
        "windy": "https://api.windy.com/api/point-forecast/v2",
        "signalk": "http://localhost:3000/signalk/v1/api",
        "grafana": "https://grafana.fleet.internal/api",
        "influx": "http://influxdb:8086/api/v2",
        "portbase": "https://api.portbase.com/v1",
        "starlink": "https://web-api.starlink.com/enterprise/v1",
        "twilio": "https://api.twilio.com/2010-04-01",
        "github": "https://api.github.com",
        "mapbox": "https://api.mapbox.com",
        "google": "https://maps.googleapis.com/maps/api",
        "telegram": "https://api.telegram.org",
        "slack": "https://hooks.slack.com",
        "aws": "https://s3.eu-west-1.amazonaws.com",
        "iothub": "https://fleet-iot-prod.azure-devices.net",
        "database": "https://api.fleet.internal/v2",
        "mongo": "https://cloud.mongodb.com/api/atlas/v2",
        "kpler": "https://api.kpler.com/v1",
        "seaweb": "https://seawebservices.spglobal.com/ShipsService",
        "predictwind": "https://forecast.predictwind.com/api",
        "rockblock": "https://rockblock.rock7.com/rockblock",
        "idp": "https://api.inmarsat.com/v1/idp",
        "aiscatcher": "https://aiscatcher.org",
        "mqtt": "https://broker.fleet-iot.net",
        "feed": "https://feed.ais-relay.net",
        "pcs": "https://api.portcommunity.example.org",
    }.get(slug, "https://api.%s.com/v1" % slug)


def _path(r, *opts):
    return r.choice(opts)


def t_py_requests(r, c):
    st = r.choice(["SCREAM", "snake"])
    L = ["#!/usr/bin/env python3", '"""Pull %s data for the fleet and push it to the ingest queue."""' % c.provider,
         "import json", "import os", "import sys", "", "import requests", ""]
    for n, v in kv_code(c, st, "py"):
        L.append("%s = %s" % (n, v))
    L.append('BASE_URL = "%s"' % api_base(c))
    fleet = [mmsi(r) for _ in range(r.randrange(2, 6))]
    L += ["FLEET = [%s]" % ", ".join('"%s"' % m for m in fleet), "", ""]
    key = c.name(st)
    h = '"%s": %s' % (hdr(c), ('"%s" + %s' % (c.hprefix, key)) if c.hprefix else key)
    if c.shape == "pair":
        h = '"%s": %s, %s' % (c.idheader, c.idname(st), h)
    L += ["def fetch(mmsi):", "    resp = requests.get(", '        BASE_URL + "/vessels/" + mmsi,',
          "        headers={%s}," % h, "        timeout=%d," % r.choice([10, 20, 30]), "    )",
          "    resp.raise_for_status()", "    return resp.json()", "", "",
          "def main():", "    for m in FLEET:", "        try:", "            print(json.dumps(fetch(m)))",
          "        except requests.HTTPError as exc:", '            print("failed %s: %s" % (m, exc), file=sys.stderr)',
          "", "", 'if __name__ == "__main__":', "    main()"]
    return _path(r, "scripts/fetch_positions.py", "tools/pull_%s.py" % _slug(c).replace("-", "_"),
                 "ingest/%s_client.py" % style(c.words[:1], "snake")), "python", L


def t_py_settings(r, c):
    st = r.choice(["SCREAM", "SCREAM", "snake"])
    L = ['"""Settings for the %s service."""' % r.choice(["voyage-tracker", "port-call", "ais-ingest", "eta-predictor"]),
         "import os", "from pathlib import Path", "", "BASE_DIR = Path(__file__).resolve().parent.parent",
         "DEBUG = %s" % r.choice(["False", "True"]), ""]
    for w, v in settings(r, r.randrange(3, 7)):
        L.append("%s = %s" % (style(w, st), fmt_val(v, c.q)))
    L += ["", "# %s" % comment(r)]
    for n, v in kv_code(c, st, "py"):
        L.append("%s = %s" % (n, v))
    L += ["", "DATABASES = {", '    "default": {', '        "ENGINE": "django.contrib.gis.db.backends.postgis",',
          '        "NAME": "%s",' % r.choice(["voyages", "ais"]), '        "HOST": os.environ.get("DB_HOST", "localhost"),',
          "    }", "}"]
    return _path(r, "config/settings.py", "app/settings.py", "tracker/settings/base.py", "settings/production.py"), "python", L


def t_py_url(r, c):
    L = ["import os", "import csv", "import urllib.request", "import json", "", "# %s" % comment(r)]
    if c.mode == "env":
        u = c.urlt.replace("{K}", "{os.environ['%s']}" % c.envname)
        L.append('EXPORT_URL = f"%s"' % u)
    else:
        L.append('EXPORT_URL = "%s"' % c.url())
    L += ["OUT = %s" % fmt_val(r.choice(["exports/positions.csv", "data/latest.csv"])), "", "",
          "def run():", "    with urllib.request.urlopen(EXPORT_URL, timeout=30) as resp:", "        rows = json.load(resp)",
          '    with open(OUT, "w", newline="") as fh:', "        w = csv.writer(fh)",
          '        w.writerow(["mmsi", "lat", "lon", "sog", "cog", "ts"])', "        for row in rows:",
          '            w.writerow([row.get(k) for k in ("MMSI", "LAT", "LON", "SPEED", "COURSE", "TIMESTAMP")])', "", "",
          'if __name__ == "__main__":', "    run()"]
    return _path(r, "scripts/export_positions.py", "jobs/nightly_export.py", "etl/pull_vessels.py"), "python", L


def t_node_axios(r, c):
    st = "camel"
    L = ["'use strict';", "", "const axios = require('axios');", ""]
    for n, v in kv_code(c, st, "js"):
        L.append("const %s = %s;" % (n, v))
    L += ["const BASE = '%s';" % api_base(c), "", "async function getVessel(mmsi) {", "  const { data } = await axios.get(`${BASE}/vessels/${mmsi}`, {",
          "    headers: {"]
    if c.shape == "pair":
        L.append("      '%s': %s," % (c.idheader, c.idname(st)))
    key = c.name(st)
    L.append("      '%s': %s," % (hdr(c), ("`%s${%s}`" % (c.hprefix, key)) if c.hprefix else key))
    L += ["    },", "    timeout: %d," % r.choice([5000, 10000, 15000]), "  });", "  return data;", "}", "",
          "module.exports = { getVessel };"]
    return _path(r, "src/clients/%s.js" % _slug(c), "lib/%sClient.js" % style(c.words[:1], "camel"),
                 "server/providers/%s.js" % _slug(c)), "javascript", L


def t_node_config(r, c):
    st = "camel"
    L = ["// %s" % comment(r), "module.exports = {", "  port: process.env.PORT || %d," % r.choice([3000, 8080, 4000]), "  ais: {"]
    for w, v in settings(r, r.randrange(2, 5)):
        L.append("    %s: %s," % (style(w, st), fmt_val(v, "'")))
    L += ["  },", "  %s: {" % style(c.words[:1], "camel")]
    for n, v in kv_code(c, st, "js"):
        L.append("    %s: %s," % (n, v))
    L += ["  },", "};"]
    return _path(r, "config/default.js", "config/index.js", "src/config.js", "config/production.js"), "javascript", L


def t_ts_service(r, c):
    cls = style(c.words[:1] + ["service"], "pascal")
    L = ["import { Injectable, HttpService } from '@nestjs/common';", "import { firstValueFrom } from 'rxjs';", ""]
    for n, v in kv_code(c, "SCREAM", "js"):
        L.append("const %s = %s;" % (n, v))
    L += ["", "@Injectable()", "export class %s {" % cls, "  private readonly base = '%s';" % api_base(c), "",
          "  constructor(private readonly http: HttpService) {}", "",
          "  async track(reference: string): Promise<unknown> {", "    const res = await firstValueFrom(",
          "      this.http.get(`${this.base}/tracking/${reference}`, {"]
    key = c.name("SCREAM")
    L.append("        headers: { '%s': %s }," % (hdr(c), ("`%s${%s}`" % (c.hprefix, key)) if c.hprefix else key))
    L += ["      }),", "    );", "    return res.data;", "  }", "}"]
    return _path(r, "src/services/%s.service.ts" % _slug(c), "src/tracking/%s.ts" % style(c.words[:1], "camel")), "typescript", L


def t_go_client(r, c):
    pkg = style(c.words[:1], "flat")
    st = r.choice(["camel", "pascal"])
    L = ["package %s" % pkg, "", "import (", '\t"fmt"', '\t"net/http"', '\t"os"', '\t"time"', ")", "", "var ("]
    pairs = kv_code(c, st, "go")
    for n, v in pairs:
        L.append("\t%s = %s" % (n, v))
    L += ['\tbaseURL = "%s"' % api_base(c), ")", "", "// Client talks to the %s API." % c.provider,
          "type Client struct {", "\thttp *http.Client", "}", "", "func New() *Client {",
          "\treturn &Client{http: &http.Client{Timeout: %d * time.Second}}" % r.choice([10, 20, 30]), "}", "",
          "func (c *Client) Get(path string) (*http.Response, error) {",
          "\treq, err := http.NewRequest(http.MethodGet, baseURL+path, nil)", "\tif err != nil {", "\t\treturn nil, err", "\t}"]
    key = pairs[-1][0]
    if len(pairs) > 1:
        L.append('\treq.Header.Set("%s", %s)' % (c.idheader, pairs[0][0]))
    L.append('\treq.Header.Set("%s", %s)' % (hdr(c), ('"%s"+%s' % (c.hprefix, key)) if c.hprefix else key))
    L += ["\tresp, err := c.http.Do(req)", "\tif err != nil {", '\t\tfmt.Fprintln(os.Stderr, "request failed:", err)',
          "\t\treturn nil, err", "\t}", "\treturn resp, nil", "}"]
    return _path(r, "internal/%s/client.go" % pkg, "pkg/%s/%s.go" % (pkg, pkg)), "go", L


def t_go_flags(r, c):
    L = ["package main", "", "import (", '\t"flag"', '\t"log"', '\t"os"', ")", "", "func main() {"]
    for w, v in settings(r, r.randrange(2, 4)):
        if isinstance(v, (int, float)) and not isinstance(v, bool) and float(v).is_integer():
            L.append('\t%s := flag.Int("%s", %d, "%s")' % (style(w, "camel"), style(w, "kebab"), int(v), " ".join(w)))
        else:
            L.append('\t%s := flag.String("%s", "%s", "%s")' % (style(w, "camel"), style(w, "kebab"), v, " ".join(w)))
    for n, v in kv_code(c, "kebab", "go"):
        L.append('\t%s := flag.String("%s", %s, "%s")' % (n.replace("-", "_"), n, v, n.replace("-", " ")))
    L += ["\tflag.Parse()", "", "\tif *%s == \"\" {" % c.name("snake"), '\t\tlog.Println("no credential configured")',
          "\t\tos.Exit(2)", "\t}", '\tlog.Printf("starting bridge")', "\trun(%s)" % ", ".join("*" + n.replace("-", "_") for n, _ in kv_code(c, "kebab", "go")),
          "}"]
    return _path(r, "cmd/ais-bridge/main.go", "cmd/forwarder/main.go", "cmd/tracker/main.go"), "go", L


def _svc(r):
    return r.choice(["ais-ingest", "tracker", "eta-service", "signalk", "port-calls", "voyage-api", "nmea-bridge", "noaa-sync"])


def _yq(r, v):
    """yaml scalar, sometimes quoted"""
    if v == "" or r.random() < 0.5 or v[:1] in "*!&%@{[" or ": " in v or v.startswith("${"):
        return '"%s"' % v
    return v


def t_compose_list(r, c):
    svc = _svc(r)
    L = ["version: \"3.8\"", "", "services:", "  %s:" % svc,
         "    image: ghcr.io/%s/%s:%s" % (r.choice(TEAMS), svc, r.choice(["latest", "1.4.2", "2024.06"])),
         "    restart: unless-stopped", "    environment:"]
    for w, v in settings(r, r.randrange(2, 5)):
        L.append("      - %s=%s" % (style(w, "SCREAM"), v))
    for n, v in kv(c, "SCREAM"):
        L.append("      - %s=%s" % (n, v))
    L += ["    ports:", '      - "%d:%d"' % ((r.choice([8080, 3000, 10110]),) * 2), "    volumes:", "      - ./data:/data"]
    if r.random() < 0.5:
        L += ["", "  mosquitto:", "    image: eclipse-mosquitto:2", "    ports:", '      - "1883:1883"']
    return _path(r, "docker-compose.yml", "docker-compose.override.yml", "deploy/docker-compose.prod.yml", "compose.yaml"), "docker-compose", L


def t_compose_map(r, c):
    svc = _svc(r)
    L = ["services:", "  %s:" % svc, "    build: ./%s" % svc, "    depends_on:", "      - db", "    environment:"]
    for w, v in settings(r, r.randrange(2, 4)):
        L.append("      %s: %s" % (style(w, "SCREAM"), _yq(r, str(v))))
    for n, v in kv(c, "SCREAM"):
        L.append("      %s: %s" % (n, _yq(r, v)))
    L += ["", "  db:", "    image: timescale/timescaledb:latest-pg15", "    environment:",
          "      POSTGRES_DB: ais", "      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password", "    secrets:", "      - pg_password",
          "", "secrets:", "  pg_password:", "    file: ./secrets/pg_password.txt"]
    return _path(r, "docker-compose.yml", "docker/docker-compose.yml", "stack/compose.yml"), "docker-compose", L


def t_dotenv(r, c):
    L = ["# %s" % comment(r)]
    for w, v in settings(r, r.randrange(3, 7)):
        L.append("%s=%s" % (style(w, "SCREAM"), v))
    L.append("")
    q = r.choice(["", "", '"', "'"])
    for n, v in kv(c, "SCREAM"):
        L.append("%s=%s%s%s" % (n, q, v, q))
    if r.random() < 0.5:
        L += ["", "SENTRY_ENVIRONMENT=%s" % r.choice(["production", "staging"]), "TZ=UTC"]
    return _path(r, ".env", ".env.production", "deploy/.env", "services/tracker/.env", ".env.local"), "dotenv", L


def t_systemd_env(r, c):
    svc = _svc(r)
    L = ["[Unit]", "Description=%s (%s)" % (svc, c.provider), "After=network-online.target", "Wants=network-online.target", "",
         "[Service]", "Type=simple", "User=%s" % r.choice(["pi", "ais", "signalk", "fleet"])]
    for w, v in settings(r, r.randrange(1, 3)):
        L.append("Environment=%s=%s" % (style(w, "SCREAM"), v))
    for n, v in kv(c, "SCREAM"):
        L.append('Environment="%s=%s"' % (n, v))
    L += ["ExecStart=/usr/local/bin/%s" % svc, "Restart=on-failure", "RestartSec=10", "", "[Install]", "WantedBy=multi-user.target"]
    return _path(r, "deploy/systemd/%s.service" % svc, "etc/systemd/system/%s.service" % svc, "packaging/%s.service" % svc), "systemd", L


def t_systemd_exec(r, c):
    svc = r.choice(["ais-forwarder", "nmea-uploader", "aisfeed", "pos-reporter"])
    L = ["[Unit]", "Description=Forward AIS sentences to %s" % c.provider, "After=network.target rtl-ais.service", "",
         "[Service]", "User=ais"]
    if c.shape == "pass":
        args = "--host %s --user %s --password %s" % (c.host or "feed.example.net", c.user, c.val)
    elif c.shape == "pair":
        args = "--client-id %s --client-secret %s" % (c.ident, c.val)
    else:
        args = r.choice(["--token %s", "-k %s", "%s"]) % c.val
    L += ["ExecStart=/opt/%s/bin/%s --listen udp://0.0.0.0:%d %s" % (svc, svc, r.choice([10110, 10111]), args),
          "Restart=always", "RestartSec=%d" % r.choice([5, 15, 30]), "", "[Install]", "WantedBy=multi-user.target"]
    return _path(r, "systemd/%s.service" % svc, "deploy/%s.service" % svc), "systemd", L


def t_yaml_nested(r, c):
    st = r.choice(["snake", "camel", "kebab"])
    L = ["# %s" % comment(r), "server:", "  port: %d" % r.choice([8080, 9000, 8000])]
    L += ["ais:"]
    for w, v in settings(r, r.randrange(2, 5)):
        L.append("  %s: %s" % (style(w, st), _yq(r, str(v))))
    L += ["providers:", "  %s:" % style(c.words[:1], st), "    base_url: %s" % api_base(c)]
    for n, v in kv(c, st):
        L.append("    %s: %s" % (n, _yq(r, v)))
    L += ["    timeout: %ds" % r.choice([10, 30]), "storage:", "  driver: %s" % r.choice(["postgres", "s3", "local"])]
    return _path(r, "config/app.yaml", "config/config.yml", "conf/providers.yaml", "application.yml", "config/production.yaml"), "yaml", L


def t_gh_workflow(r, c):
    L = ["name: %s" % r.choice(["Sync positions", "Nightly voyage export", "Deploy tracker", "Refresh port calls"]), "",
         "on:", "  schedule:", "    - cron: \"%d */%d * * *\"" % (r.randrange(60), r.choice([1, 2, 6])), "  workflow_dispatch:", "",
         "jobs:", "  sync:", "    runs-on: ubuntu-latest", "    env:"]
    for n, v in kv(c, "SCREAM"):
        L.append("      %s: %s" % (n, _yq(r, v)))
    L += ["      HOME_PORT: %s" % locode(r), "    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
          "        with:", "          python-version: \"3.11\"", "      - run: pip install -r requirements.txt",
          "      - run: python scripts/sync.py --since 24h"]
    return _path(r, ".github/workflows/sync.yml", ".github/workflows/nightly-export.yml", ".github/workflows/deploy.yml"), "github-actions", L


def t_k8s_configmap(r, c):
    svc = _svc(r)
    L = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: %s-config" % svc, "  namespace: %s" % r.choice(TEAMS),
         "  labels:", "    app: %s" % svc, "data:"]
    for w, v in settings(r, r.randrange(2, 5)):
        L.append("  %s: \"%s\"" % (style(w, "SCREAM"), v))
    for n, v in kv(c, "SCREAM"):
        L.append("  %s: \"%s\"" % (n, v))
    return _path(r, "deploy/k8s/configmap.yaml", "k8s/%s/configmap.yaml" % svc, "charts/%s/templates/configmap.yaml" % svc), "kubernetes", L


def _json_lines(obj):
    return json.dumps(obj, indent=r_indent[0]).split("\n")


r_indent = [2]


def t_signalk_plugin(r, c):
    plugin = r.choice(["signalk-marinetraffic-api", "signalk-aishub-ws", "signalk-ais-forwarder", "signalk-to-influxdb2",
                       "signalk-stormglass", "signalk-mqtt-push", "signalk-net-relay"])
    conf = {"enabled": True, "enableLogging": False, "configuration": {}}
    cfg = conf["configuration"]
    for w, v in settings(r, r.randrange(1, 3)):
        cfg[style(w, "camel")] = v
    for n, v in kv(c, r.choice(["camel", "flat"])):
        cfg[n] = v
    cfg["updaterate"] = r.choice([60, 180, 600])
    r_indent[0] = r.choice([2, 4])
    return ".signalk/plugin-config-data/%s.json" % plugin, "signalk-json", _json_lines(conf)


def t_signalk_settings(r, c):
    port = r.choice([10110, 2000, 10111])
    prov = [{"id": "nmea0183-usb", "enabled": True, "pipeElements": [{"type": "providers/simple", "options": {
        "logging": False, "type": "NMEA0183", "subOptions": {"type": "serial", "device": "/dev/ttyUSB0", "baudrate": 38400}}}]},
            {"id": "ais-udp", "enabled": True, "pipeElements": [{"type": "providers/simple", "options": {
                "logging": False, "type": "NMEA0183", "subOptions": {"type": "udp", "port": str(port)}}}]}]
    mqtt = {"id": "mqtt-uplink", "enabled": True, "pipeElements": [{"type": "providers/simple", "options": {
        "type": "SignalK", "subOptions": {"type": "mqtt", "host": c.host or "broker.fleet-iot.net", "port": 8883}}}]}
    sub = mqtt["pipeElements"][0]["options"]["subOptions"]
    for n, v in kv(c, "camel"):
        sub[n] = v
    prov.append(mqtt)
    obj = {"interfaces": {}, "ssl": False, "pipedProviders": prov, "security": {"strategy": "./tokensecurity"},
           "vessel": {"name": vessel(r).title(), "mmsi": mmsi(r)}}
    r_indent[0] = 2
    return r.choice([".signalk/settings.json", "signalk/settings.json"]), "signalk-json", _json_lines(obj)


def t_signalk_security(r, c):
    obj = {"allow_readonly": r.choice([True, False]), "expiration": r.choice(["1d", "NEVER", "1y"]),
           "secretKey": c.val, "users": [{"username": "admin", "type": "admin",
                                           "password": "$2a$10$" + rs(r, "./" + ALNUM, 53)}],
           "devices": [], "immutableConfig": False, "acls": [], "allowDeviceAccessRequests": True,
           "allowNewUserRegistration": False}
    r_indent[0] = 2
    return ".signalk/security.json", "signalk-json", _json_lines(obj)


def t_opencpn(r, c):
    L = ["[Settings]", "ConfigVersionString=Version %s" % r.choice(["5.8.4", "5.10.2", "5.6.2"]), "NavMessageShown=1",
         "ShowStatusBar=1", "DisplayGrid=0", "ShowAIS=1", "", "[Settings/AIS]", "bNoCPAMax=0", "NoCPAMaxNMi=20",
         "bShowCOGArrows=1", "CogArrowMinutes=6", "", "[Settings/NMEADataSource]",
         "DataConnections=1;3;/dev/ttyUSB0;38400;0;0;1;1;1;;0;;0;0;0;0;1;;;",
         "", "[PlugIns/%s]" % r.choice(["libweather_routing_pi.so", "libweatherfax_pi.so", "libgrib_pi.so", "libradar_pi.so"]),
         "bEnabled=1"]
    L.append("[Settings/%s]" % r.choice(["Others", "RemoteServices", "Plugins/ExternalData"]))
    for n, v in kv(c, r.choice(["pascal", "flat"])):
        L.append("%s=%s" % (n, v))
    L += ["", "[Settings/GlobalState]", "VPLatLon=%.4f,%.4f" % latlon(r), "VPScale=%.5f" % r.uniform(0.001, 0.2),
          "OwnShipLatLon=%.4f,%.4f" % latlon(r)]
    return _path(r, ".opencpn/opencpn.conf", "opencpn/opencpn.ini", "boat/opencpn.conf"), "opencpn-ini", L


def t_aiscatcher(r, c):
    obj = {"config": "aiscatcher", "version": 1, "serial": "00000%03d" % r.randrange(1000),
           "rtlsdr": {"tuner": "auto", "rtlagc": True, "sample_rate": "1536K", "bandwidth": 0},
           "udp": [{"host": "127.0.0.1", "port": 10110}]}
    if c.shape == "pass":
        obj["mqtt"] = [{"url": "mqtt://%s:1883" % (c.host or "broker.lan"), "userpwd": "%s:%s" % (c.user, c.val),
                        "topic": "ais/data", "msgformat": "JSON_FULL"}]
    elif c.kind == "sharing_key" or r.random() < 0.3:
        obj["sharing"] = True
        obj["sharing_key"] = c.val
    else:
        out = {"url": api_base(c) + "/ais", "gzip": r.choice([True, False]), "interval": 30, "protocol": "aiscatcher"}
        for n, v in kv(c, "snake"):
            out[n] = v
        obj["http"] = [out]
    obj["server"] = {"active": True, "port": 8100, "share_loc": r.choice([True, False])}
    r_indent[0] = r.choice([2, 4])
    return _path(r, "aiscatcher.json", "config/aiscatcher.json", "etc/AIS-catcher/config.json"), "aiscatcher-json", _json_lines(obj)


def t_rtl_ais_sh(r, c):
    L = ["#!/bin/bash", "# start rtl_ais on the mast receiver and forward decoded NMEA", "set -euo pipefail", "",
         "PPM=%d" % r.randrange(-40, 40), "GAIN=%.1f" % r.choice([33.8, 40.2, 49.6]), "UDP_PORT=%d" % r.choice([10110, 10111])]
    for n, v in kv(c, "SCREAM"):
        L.append("%s=%s" % (n, ("'%s'" % v) if r.random() < 0.5 else ('"%s"' % v)))
    L += ["", 'rtl_ais -p "$PPM" -g "$GAIN" -h 127.0.0.1 -P "$UDP_PORT" -n &', "sleep 2", ""]
    nm = c.name("SCREAM")
    if c.kind == "sharing_key":
        L.append('AIS-catcher -d:0 -u 127.0.0.1 "$UDP_PORT" -N 8100 -X "$%s"' % nm)
    elif c.shape == "pass":
        L.append('socat -u UDP-RECV:"$UDP_PORT" - | curl -s -u "$%s:$%s" --data-binary @- https://%s/upload' % (c.idname("SCREAM"), nm, c.host or "feed.example.net"))
    else:
        L.append('socat -u UDP-RECV:"$UDP_PORT" - | curl -s -H "%s: %s$%s" --data-binary @- %s/ais' % (hdr(c), c.hprefix, nm, api_base(c)))
    L += ["wait"]
    return _path(r, "scripts/start-rtl-ais.sh", "bin/ais-uplink.sh", "pi/rtl_ais_forward.sh"), "shell", L


def t_jupyter(r, c):
    src1 = ["import os\n", "import pandas as pd\n", "import requests\n"]
    src2 = ["# %s\n" % comment(r)]
    for n, v in kv_code(c, "snake", "py"):
        src2.append("%s = %s\n" % (n, v))
    src2 += ["params = {\"mmsi\": \"%s\", \"days\": %d}\n" % (mmsi(r), r.choice([3, 7, 30]))]
    src3 = ["df = pd.read_csv(\"data/%s\")\n" % r.choice(["voyages_2024.csv", "port_calls.csv", "ais_sample.csv"]),
            "df.groupby(\"destination\").size().sort_values(ascending=False).head(10)"]
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % r.choice(["Voyage analysis", "Port congestion", "ETA accuracy"]),
                                                                   "Exploration notebook for %s data." % c.provider]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1},
             {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src2},
             {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": src3}]
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.6"}}, "nbformat": 4, "nbformat_minor": 5}
    r_indent[0] = 1
    return _path(r, "notebooks/voyage_analysis.ipynb", "analysis/port_congestion.ipynb", "notebooks/eta_%s.ipynb" % r.choice(["check", "model"])), "jupyter", _json_lines(nb)


def t_csv_feeds(r, c):
    L = ["name,endpoint,username,secret,enabled,notes"]
    for _ in range(r.randrange(4, 9)):
        L.append("%s,udp://%s:%d,,,%s,%s" % (r.choice(["local-udp", "opencpn", "kplex-out", "signalk"]),
                                             r.choice(["127.0.0.1", "192.168.1.20"]), r.choice([10110, 2000, 10111]),
                                             r.choice(["true", "false"]), r.choice(["bridge pc", "nav laptop", "no auth"])))
    u = c.user if c.shape == "pass" else (c.ident if c.shape == "pair" else "")
    L.insert(r.randrange(1, len(L) + 1), "%s,%s,%s,%s,true,%s" % (_slug(c), c.host or api_base(c), u or "", c.val, r.choice(["uplink", "primary feed", "sat backhaul"])))
    return _path(r, "config/feeds.csv", "data/uplinks.csv", "ops/feed_accounts.csv"), "csv", L


def t_grafana_ds(r, c):
    L = ["apiVersion: 1", "", "datasources:", "  - name: %s" % r.choice(["AIS Positions", "Fleet Telemetry", "Voyage DB"]),
         "    type: %s" % r.choice(["yesoreyeram-infinity-datasource", "influxdb", "grafana-postgresql-datasource"]),
         "    access: proxy", "    url: %s" % (c.host and "https://%s" % c.host or api_base(c)), "    isDefault: %s" % r.choice(["true", "false"])]
    if c.shape == "pass":
        L += ["    user: %s" % c.user, "    secureJsonData:", "      password: %s" % _yq(r, c.val)]
    elif c.shape == "url":
        L += ["    secureJsonData:", "      connectionString: %s" % _yq(r, c.val)]
    else:
        L += ["    jsonData:", "      httpHeaderName1: %s" % hdr(c), "    secureJsonData:",
              "      httpHeaderValue1: %s" % _yq(r, c.hprefix + c.val)]
    L += ["    editable: false"]
    return _path(r, "provisioning/datasources/ais.yaml", "grafana/provisioning/datasources/datasource.yml"), "grafana-yaml", L


def t_grafana_dash(r, c):
    panels = []
    for i in range(r.randrange(2, 4)):
        panels.append({"id": i + 1, "type": r.choice(["geomap", "table", "timeseries"]), "title": r.choice(["Fleet positions", "Port calls", "Speed over ground", "ETA drift"]),
                       "datasource": {"type": "yesoreyeram-infinity-datasource", "uid": rs(r, LOWER + DIGITS, 9)},
                       "gridPos": {"h": 9, "w": 12, "x": 12 * (i % 2), "y": 9 * (i // 2)}})
    panels[0]["targets"] = [{"refId": "A", "type": "json", "source": "url", "format": "table", "url": c.url(),
                             "url_options": {"method": "GET"}}]
    dash = {"uid": rs(r, LOWER + DIGITS, 9), "title": "Fleet overview", "schemaVersion": 39, "version": r.randrange(1, 40),
            "time": {"from": "now-24h", "to": "now"}, "panels": panels}
    r_indent[0] = 2
    return _path(r, "dashboards/fleet-overview.json", "grafana/dashboards/ais.json"), "grafana-json", _json_lines(dash)


def _nid(r):
    return "%s.%s" % (hexs(r, 8), hexs(r, 6)) if r.random() < 0.5 else hexs(r, 16)


def t_nodered(r, c):
    tab = _nid(r)
    fn_lines = []
    if c.shape == "pass":
        fn_lines.append("msg.headers = { Authorization: 'Basic ' + Buffer.from('%s:%s').toString('base64') };" % (c.user, c.val))
    elif c.shape == "url":
        fn_lines.append("msg.url = '%s';" % c.val)
    else:
        fn_lines.append("msg.headers = { '%s': '%s%s' };" % (hdr(c), c.hprefix, c.val))
    fn_lines += ["msg.url = msg.url || '%s/vessels/' + msg.payload.mmsi;" % api_base(c), "return msg;"]
    nodes = [{"id": tab, "type": "tab", "label": r.choice(["AIS uplink", "Port calls", "Weather"]), "disabled": False},
             {"id": _nid(r), "type": "inject", "z": tab, "name": "every %d min" % r.choice([1, 5, 15]), "repeat": "300",
              "payload": '{"mmsi":"%s"}' % mmsi(r), "payloadType": "json", "x": 140, "y": 100, "wires": [[]]},
             {"id": _nid(r), "type": "function", "z": tab, "name": "set auth", "func": "\n".join(fn_lines), "outputs": 1,
              "x": 330, "y": 100, "wires": [[]]},
             {"id": _nid(r), "type": "http request", "z": tab, "name": c.provider, "method": "GET", "ret": "obj",
              "x": 520, "y": 100, "wires": [[]]}]
    r_indent[0] = r.choice([4, 2])
    return _path(r, "flows.json", ".node-red/flows.json", "node-red/flows_boat.json"), "node-red-json", _json_lines(nodes)


def t_ini(r, c):
    L = ["; %s" % comment(r), "[general]"]
    for w, v in settings(r, r.randrange(2, 4)):
        L.append("%s = %s" % (style(w, "snake"), v))
    L += ["", "[%s]" % style(c.words[:1], "snake"), "endpoint = %s" % api_base(c)]
    for n, v in kv(c, r.choice(["snake", "flat"])):
        L.append("%s = %s" % (n, v))
    L += ["", "[output]", "format = %s" % r.choice(["csv", "parquet", "json"]), "path = %s" % r.choice(["/data/out", "./export"])]
    return _path(r, "config/feeds.ini", "setup.cfg.d/providers.ini", "etc/tracker.ini", "conf/uplink.conf"), "ini", L


def t_toml(r, c):
    L = ["# %s" % comment(r), "[app]", 'name = "%s"' % _svc(r), 'log_level = "%s"' % r.choice(["info", "debug"]), ""]
    L += ["[ais]"]
    for w, v in settings(r, r.randrange(2, 4)):
        L.append("%s = %s" % (style(w, "snake"), fmt_val(v)))
    L += ["", "[providers.%s]" % style(c.words[:1], "snake"), 'url = "%s"' % api_base(c)]
    for n, v in kv(c, "snake"):
        L.append('%s = %s' % (n, fmt_val(v, r.choice(['"', "'"]))))
    return _path(r, "config.toml", "config/default.toml", "crates/ingest/config.toml"), "toml", L


def t_properties(r, c):
    L = ["# %s" % comment(r), "spring.application.name=%s" % _svc(r), "server.port=%d" % r.choice([8080, 8081]),
         "spring.jpa.hibernate.ddl-auto=validate", "management.endpoints.web.exposure.include=health,info"]
    for w, v in settings(r, r.randrange(1, 4)):
        L.append("ais.%s=%s" % (style(w, "kebab"), v))
    pre = "integrations." + style(c.words[:1], "kebab") + "."
    L.append(pre + "base-url=" + api_base(c))
    for n, v in kv(c, r.choice(["kebab", "dot", "camel"])):
        L.append("%s%s=%s" % (pre, n, v))
    return _path(r, "src/main/resources/application.properties", "src/main/resources/application-prod.properties"), "properties", L


def t_runbook(r, c):
    L = ["# %s runbook" % r.choice(["Tracker", "AIS uplink", "Port-call sync", "Vessel gateway"]), "",
         "## Context", "", "The %s integration feeds %s. %s." % (c.provider, r.choice(["the ETA model", "the ops dashboard", "voyage reports"]), _cap(comment(r))),
         "", "## Restarting", "", "```bash", "sudo systemctl restart %s" % _svc(r), "journalctl -u %s -f" % _svc(r), "```", "",
         "## Credentials", ""]
    if c.shape == "pass":
        L += ["Account used by the job: `%s` / `%s`" % (c.user, c.val)]
    elif c.shape == "pair":
        L += ["- client id: `%s`" % c.ident, "- client secret: `%s`" % c.val]
    elif c.header:
        L += ["If the job starts returning 401, test the key by hand:", "", "```bash",
              "curl -H '%s: %s%s' %s/status" % (hdr(c), c.hprefix, c.val, api_base(c)), "```"]
    elif c.urlt and "{coords}" not in c.urlt:
        L += ["Smoke test:", "", "```bash", "curl -s '%s' | head" % c.url(), "```"]
    else:
        L += ["Current value (rotate yearly): `%s`" % c.val]
    L += ["", "## Contacts", "", "- on-call: #%s" % r.choice(TEAMS), "- provider support: support portal (see wiki)"]
    return _path(r, "notes/runbook.md", "docs/runbooks/%s.md" % _slug(c), "docs/ONBOARDING.md", "ops/README.md"), "markdown", L


def t_shell_curl(r, c):
    L = ["#!/usr/bin/env bash", "# quick health check for the %s integration" % c.provider, "set -e", ""]
    if c.shape == "pass":
        L.append('curl -fsS -u "%s:%s" "https://%s/api/status"' % (c.user, c.val, c.host or "api.example.net"))
    elif c.shape == "url":
        L.append("TARGET='%s'" % c.val)
        L.append('curl -fsS -X POST -d \'{"text":"healthcheck"}\' "$TARGET"' if c.kind == "webhook_url" else 'echo "checking $TARGET"')
    elif not c.header:
        L.append("%s='%s'" % (c.name("SCREAM"), c.val))
        L.append('python3 -m tracker.healthcheck --%s "$%s"' % (style(c.words[:1], "kebab"), c.name("SCREAM")))
    else:
        L.append("curl -fsS \\")
        L.append("  -H 'Accept: application/json' \\")
        if c.shape == "pair":
            L.append("  -H '%s: %s' \\" % (c.idheader, c.ident))
        L.append("  -H '%s: %s%s' \\" % (hdr(c), c.hprefix, c.val))
        L.append("  '%s/vessels/%s' | jq ." % (api_base(c), imo(r)))
    L += ["", 'echo "ok"']
    return _path(r, "scripts/check_%s.sh" % style(c.words[:1], "snake"), "bin/healthcheck.sh", "tools/smoke.sh"), "shell", L


def t_makefile(r, c):
    L = ["# %s" % comment(r), "IMAGE ?= ghcr.io/%s/%s" % (r.choice(TEAMS), _svc(r)), "TAG ?= $(shell git rev-parse --short HEAD)"]
    for n, v in kv(c, "SCREAM"):
        L.append("%s %s %s" % (n, r.choice(["?=", ":=", "="]), v))
    L += ["", ".PHONY: build run test", "", "build:", "\tdocker build -t $(IMAGE):$(TAG) .", "", "run:",
          "\tdocker run --rm -e %s=$(%s) -p 8080:8080 $(IMAGE):$(TAG)" % (c.name("SCREAM"), c.name("SCREAM")), "", "test:", "\tpytest -q"]
    return "Makefile", "makefile", L


def t_tfvars(r, c):
    L = ["# %s" % comment(r), 'environment = "%s"' % r.choice(["prod", "staging"]), 'region      = "%s"' % r.choice(REGIONS),
         'vpc_cidr    = "10.%d.0.0/16"' % r.randrange(1, 250), ""]
    for n, v in kv(c, "snake"):
        L.append('%s = "%s"' % (n, v))
    L += ["", "tags = {", '  team    = "%s"' % r.choice(TEAMS), '  service = "%s"' % _svc(r), "}"]
    return _path(r, "infra/terraform.tfvars", "terraform/envs/prod/terraform.tfvars", "infra/prod.auto.tfvars"), "terraform", L


def t_rust(r, c):
    L = ["use std::time::Duration;", "", "pub struct ProviderConfig {", "    pub base_url: String,", "    pub credential: String,",
         "    pub timeout: Duration,", "}", "", "pub fn load() -> ProviderConfig {"]
    pairs = kv_code(c, "snake", "rs")
    for n, v in pairs:
        L.append("    let %s = %s;" % (n, v if v.startswith("std::") else "String::from(%s)" % v))
    L += ["    ProviderConfig {", '        base_url: "%s".to_string(),' % api_base(c), "        credential: %s," % pairs[-1][0],
          "        timeout: Duration::from_secs(%d)," % r.choice([10, 30]), "    }", "}"]
    return _path(r, "src/config.rs", "crates/ais-gw/src/config.rs"), "rust", L


def t_java(r, c):
    pkg = r.choice(["com.fleetops.ais", "io.portdata.tracking", "no.maritime.voyage"])
    L = ["package %s;" % pkg, "", "public final class ProviderConfig {", "", "    private ProviderConfig() {}", ""]
    for w, v in settings(r, r.randrange(1, 3)):
        if isinstance(v, (int, float)):
            L.append("    public static final int %s = %d;" % (style(w, "SCREAM"), int(v)))
        else:
            L.append('    public static final String %s = "%s";' % (style(w, "SCREAM"), v))
    for n, v in kv_code(c, "SCREAM", "java"):
        L.append("    public static final String %s = %s;" % (n, v))
    L += ['    public static final String BASE_URL = "%s";' % api_base(c), "}"]
    return "src/main/java/%s/ProviderConfig.java" % pkg.replace(".", "/"), "java", L


def t_appsettings(r, c):
    obj = {"Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}, "AllowedHosts": "*"}
    sec = {}
    for n, v in kv(c, "pascal"):
        sec[n] = v
    sec["BaseUrl"] = api_base(c)
    obj[style(c.words[:1], "pascal")] = sec
    obj["Ais"] = {style(w, "pascal"): v for w, v in settings(r, r.randrange(2, 4))}
    r_indent[0] = 2
    return _path(r, "appsettings.json", "appsettings.Development.json", "src/Fleet.Api/appsettings.Production.json"), "appsettings-json", _json_lines(obj)


def t_py_positional(r, c):
    cls = style(c.words[:1] + ["client"], "pascal")
    L = ["import logging", "import os", "", "from fleetlib.providers import %s" % cls, "", "log = logging.getLogger(__name__)", "", ""]
    L += ["def build_client():"]
    if c.shape == "pass":
        L.append("    return %s(%s, %s, host=\"%s\")" % (cls, "'%s'" % c.user, c.lit("py"), c.host or "api.example.net"))
    elif c.shape == "pair":
        L.append("    return %s(\"%s\", %s)" % (cls, c.ident, c.lit("py")))
    else:
        L.append("    return %s(%s, timeout=%d)" % (cls, c.lit("py"), r.choice([10, 30])))
    L += ["", "", "def positions(mmsis):", "    client = build_client()", "    for m in mmsis:", "        log.info(\"fetching %s\", m)",
          "        yield client.latest_position(m)"]
    return _path(r, "fleetlib/jobs/positions.py", "app/tasks/sync_positions.py", "src/tracker/provider.py"), "python", L


def t_ansible(r, c):
    L = ["---", "# %s" % comment(r), "ais_receiver_device: /dev/ttyUSB0", "ais_udp_targets:", "  - 127.0.0.1:10110",
         "  - %s:10110" % r.choice(["192.168.1.30", "10.8.0.2"])]
    for n, v in kv(c, "snake"):
        L.append("%s: %s" % (n, _yq(r, v)))
    L += ["signalk_version: \"%s\"" % r.choice(["2.8.0", "2.13.1"]), "vessel_name: \"%s\"" % vessel(r)]
    return _path(r, "ansible/group_vars/vessels.yml", "ansible/host_vars/bridge-pi.yml", "inventory/group_vars/all.yml"), "ansible-yaml", L


def t_providers_json(r, c):
    entry = {"name": c.provider, "enabled": True, "baseUrl": api_base(c)}
    for n, v in kv(c, "camel"):
        entry[n] = v
    other = {"name": "local-nmea", "enabled": True, "baseUrl": "udp://0.0.0.0:%d" % r.choice([10110, 2000])}
    obj = {"providers": [other, entry] if r.random() < 0.5 else [entry, other], "refreshSeconds": r.choice([60, 120])}
    r_indent[0] = r.choice([2, 4])
    return _path(r, "config/providers.json", "src/config/integrations.json", "settings/feeds.json"), "json", _json_lines(obj)


def t_http_file(r, c):
    L = ["### %s" % c.provider, "@base = %s" % api_base(c)]
    if c.shape == "pair":
        L.append("@clientId = %s" % c.ident)
    L += ["", "GET {{base}}/vessels/%s" % imo(r), "Accept: application/json"]
    if c.shape == "pair":
        L.append("%s: {{clientId}}" % c.idheader)
    L.append("%s: %s%s" % (hdr(c), c.hprefix, c.val))
    L += ["", "###", "", "GET {{base}}/ports/%s/calls?limit=%d" % (locode(r), r.choice([10, 50]))]
    return _path(r, "api/requests.http", "http/%s.http" % _slug(c), "docs/api.http"), "http", L


def t_postman(r, c):
    vals = [{"key": "baseUrl", "value": api_base(c), "enabled": True}]
    for n, v in kv(c, "camel"):
        vals.append({"key": n, "value": v, "type": "secret" if n == c.name("camel") else "default", "enabled": True})
    vals.append({"key": "mmsi", "value": mmsi(r), "enabled": True})
    obj = {"id": r_uuid(r), "name": "%s %s" % (c.provider, r.choice(["prod", "sandbox"])), "values": vals,
           "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/10.%d.%d" % (r.randrange(10, 24), r.randrange(10))}
    r_indent[0] = "\t"
    return "postman/%s.postman_environment.json" % _slug(c), "postman-json", _json_lines(obj)


def t_dockerfile(r, c):
    L = ["FROM python:3.%d-slim" % r.choice([10, 11, 12]), "", "WORKDIR /app", "COPY requirements.txt .",
         "RUN pip install --no-cache-dir -r requirements.txt", "COPY . .", ""]
    for n, v in kv(c, "SCREAM"):
        L.append('ENV %s="%s"' % (n, v) if r.random() < 0.5 else "ENV %s=%s" % (n, v))
    L += ["ENV PYTHONUNBUFFERED=1", "", "EXPOSE 8080", 'CMD ["python", "-m", "tracker"]']
    return _path(r, "Dockerfile", "docker/Dockerfile", "services/ingest/Dockerfile"), "dockerfile", L


def t_cron_sh(r, c):
    L = ["#!/bin/sh", "# nightly voyage export, run from cron at 02:%02d" % r.randrange(60), ""]
    for n, v in kv(c, "SCREAM"):
        L.append("export %s=\"%s\"" % (n, v))
    L += ["export EXPORT_DIR=/srv/exports/$(date +%F)", "", 'mkdir -p "$EXPORT_DIR"',
          'python3 /opt/tracker/export.py --out "$EXPORT_DIR" --port %s' % locode(r), 'gzip -f "$EXPORT_DIR"/*.csv']
    return _path(r, "scripts/nightly_sync.sh", "cron/export.sh", "ops/cron/voyages.sh"), "shell", L


def t_ruby(r, c):
    mod = style(c.words[:1], "pascal")
    L = ["# frozen_string_literal: true", "", "%s.configure do |config|" % mod]
    for n, v in kv_code(c, "snake", "rb"):
        L.append("  config.%s = %s" % (n, v))
    L += ["  config.timeout = %d" % r.choice([10, 30]), "  config.logger = Rails.logger", "end"]
    return "config/initializers/%s.rb" % style(c.words[:1], "snake"), "ruby", L


def t_supervisor(r, c):
    svc = _svc(r)
    envs = ['%s="%s"' % (n, v) for n, v in kv(c, "SCREAM")]
    envs.append('HOME_PORT="%s"' % locode(r))
    L = ["[program:%s]" % svc, "command=/opt/%s/venv/bin/python -m %s" % (svc, svc.replace("-", "_")), "directory=/opt/%s" % svc,
         "user=%s" % r.choice(["ais", "www-data"]), "autostart=true", "autorestart=true", "environment=%s" % ",".join(envs),
         "stdout_logfile=/var/log/%s.log" % svc, "stderr_logfile=/var/log/%s.err" % svc]
    return "deploy/supervisor/%s.conf" % svc, "supervisor-ini", L


def t_mosquitto(r, c):
    L = ["# bridge the vessel broker to shore", "connection %s" % r.choice(["shore-bridge", "fleet-uplink"]),
         "address %s:%d" % (c.host or "broker.fleet-iot.net", r.choice([8883, 1883])), "bridge_protocol_version mqttv311",
         "topic ais/# out 1", "topic signalk/# out 0", "topic cmd/# in 1", "remote_clientid %s" % r.choice(["vessel-", "mv-"]) + imo(r),
         "remote_username %s" % c.user, "remote_password %s" % c.val, "bridge_cafile /etc/mosquitto/certs/ca.crt",
         "cleansession false", "restart_timeout 10 30"]
    return _path(r, "mosquitto/conf.d/bridge.conf", "etc/mosquitto/conf.d/shore.conf"), "mosquitto-conf", L


def t_nginx(r, c):
    L = ["upstream tracker {", "    server 127.0.0.1:%d;" % r.choice([8080, 3000]), "}", "", "server {", "    listen 80;",
         "    server_name %s;" % r.choice(["ais.fleet.internal", "tracking.local"]), "", "    location /provider/ {",
         "        proxy_pass %s/;" % api_base(c), "        proxy_set_header %s \"%s%s\";" % (hdr(c), c.hprefix, c.val),
         "        proxy_set_header Host $proxy_host;", "    }", "", "    location / {", "        proxy_pass http://tracker;", "    }", "}"]
    return _path(r, "deploy/nginx/ais-proxy.conf", "nginx/conf.d/provider.conf"), "nginx", L


def is_key(c):
    return c.shape in ("key", "pair")


def t_py_oauth(r, c):
    token_url = {"Maersk": "https://api.maersk.com/customer-identity/oauth/v2/access_token",
                 "MSC": "https://login.microsoftonline.com/%s/oauth2/v2.0/token" % r_uuid(r),
                 "Starlink": "https://api.starlink.com/auth/connect/token"}.get(c.provider, api_base(c) + "/oauth/token")
    st = r.choice(["SCREAM", "snake"])
    L = ['"""OAuth2 client-credentials helper for the %s API."""' % c.provider, "import os", "import time", "", "import requests", ""]
    L.append('TOKEN_URL = "%s"' % token_url)
    for n, v in kv_code(c, st, "py"):
        L.append("%s = %s" % (n, v))
    L += ["_cache = {}", "", "", "def access_token():", '    if _cache.get("exp", 0) > time.time() + 60:', '        return _cache["token"]',
          "    resp = requests.post(TOKEN_URL, data={", '        "grant_type": "client_credentials",',
          '        "client_id": %s,' % c.idname(st), '        "client_secret": %s,' % c.name(st), "    }, timeout=15)",
          "    resp.raise_for_status()", "    body = resp.json()", '    _cache.update(token=body["access_token"], exp=time.time() + body.get("expires_in", 3600))',
          '    return _cache["token"]']
    return _path(r, "integrations/%s/auth.py" % style(c.words[:1], "snake"), "src/carriers/%s_oauth.py" % style(c.words[:1], "snake")), "python", L


def t_py_boto3(r, c):
    L = ["import boto3", "import os", "", "# uploads daily AIS parquet files to the data lake", "session = boto3.session.Session(",
         "    aws_access_key_id=%s," % c.ilit("py"), "    aws_secret_access_key=%s," % c.lit("py"),
         '    region_name="%s",' % r.choice(REGIONS), ")", 's3 = session.client("s3")', "", "",
         "def upload(path, day):", '    key = "ais/raw/%s/%s" % (day, os.path.basename(path))',
         '    s3.upload_file(path, "%s", key)' % r.choice(["fleet-ais-lake", "voyage-archive-prod", "portdata-raw"])]
    return _path(r, "etl/upload_s3.py", "jobs/archive_ais.py", "scripts/push_to_lake.py"), "python", L


def t_js_basic(r, c):
    L = ["import axios from 'axios';", "", "// %s" % comment(r), "const client = axios.create({",
         "  baseURL: 'https://%s'," % (c.host or "api.example.net"), "  timeout: %d," % r.choice([10000, 20000]), "  auth: {",
         "    username: '%s'," % c.user, "    password: %s," % c.lit("js", "'"), "  },", "});", "",
         "export async function latestReports(since) {", "  const { data } = await client.get('/reports', { params: { since } });",
         "  return data;", "}"]
    return _path(r, "src/lib/%s.js" % _slug(c), "web/server/%sClient.mjs" % style(c.words[:1], "camel")), "javascript", L


AIS_FEED = ["MarineTraffic", "VesselFinder", "AISHub", "AIS-catcher", "AIS feed forwarder", "Vessel MQTT broker",
            "Spire Maritime", "MyShipTracking", "Signal K", "Datalastic"]
WEATHER = ["Stormglass", "Windy", "PredictWind"]


def has_hdr(c):
    return c.shape in ("key", "pair") and c.header is not None


def is_mqtt(c):
    return c.provider in ("Vessel MQTT broker", "AIS feed forwarder")


ANY = lambda c: True
SHARED = [
    (t_py_requests, has_hdr), (t_py_settings, ANY), (t_py_url, lambda c: c.urlt is not None and "{coords}" not in c.urlt),
    (t_node_axios, has_hdr), (t_node_config, ANY), (t_ts_service, lambda c: c.shape == "key" and has_hdr(c)), (t_go_client, has_hdr),
    (t_go_flags, ANY), (t_compose_list, ANY), (t_compose_map, ANY), (t_dotenv, ANY), (t_systemd_env, ANY),
    (t_systemd_exec, lambda c: c.provider in AIS_FEED and c.shape in ("key", "pair", "pass")), (t_yaml_nested, ANY), (t_gh_workflow, ANY),
    (t_k8s_configmap, ANY), (t_signalk_plugin, lambda c: c.maritime or c.provider in ("InfluxDB", "Grafana", "Telegram", "Slack")), (t_signalk_settings, is_mqtt),
    (t_signalk_security, lambda c: c.kind == "jwt_secret"), (t_opencpn, lambda c: c.provider in AIS_FEED + WEATHER and c.shape in ("key", "pass")),
    (t_aiscatcher, lambda c: c.kind == "sharing_key" or is_mqtt(c)), (t_rtl_ais_sh, lambda c: c.kind == "sharing_key" or is_mqtt(c)),
    (t_jupyter, ANY), (t_csv_feeds, lambda c: c.maritime and c.shape in ("key", "pass", "pair")), (t_grafana_ds, lambda c: has_hdr(c) or c.shape in ("pass", "url")),
    (t_grafana_dash, lambda c: c.maritime and c.urlt is not None and "{coords}" not in c.urlt), (t_nodered, lambda c: has_hdr(c) or c.shape in ("pass", "url")), (t_ini, ANY),
    (t_toml, ANY), (t_properties, ANY), (t_runbook, ANY), (t_shell_curl, ANY), (t_makefile, lambda c: c.shape != "pair"),
    (t_tfvars, ANY), (t_rust, ANY), (t_java, ANY), (t_appsettings, ANY), (t_py_positional, lambda c: c.shape != "url"),
    (t_ansible, ANY), (t_providers_json, ANY), (t_http_file, has_hdr), (t_postman, ANY), (t_dockerfile, ANY),
    (t_cron_sh, ANY), (t_ruby, ANY), (t_supervisor, ANY), (t_mosquitto, is_mqtt),
    (t_nginx, lambda c: c.shape == "key" and has_hdr(c)),
    (t_py_oauth, lambda c: c.shape == "pair" and c.kind == "client_secret"), (t_py_boto3, lambda c: c.provider == "AWS"),
    (t_js_basic, lambda c: c.shape == "pass"),
]


# ---------------------------------------------------------------------------
# domain look-alike negatives: files full of ids, numbers and digests, no secret
# each returns (relpath, filetype, lines, kind)
# ---------------------------------------------------------------------------
def n_voyage_csv(r):
    L = ["voyage_id,vessel_name,imo,mmsi,call_sign,pol,pod,etd,eta,teu"]
    for _ in range(r.randrange(6, 30)):
        a, b = r.sample(PORTS, 2)
        L.append("%s,%s,%s,%s,%s,%s,%s,%s,%s,%d" % (voyage_id(r), vessel(r), imo(r), mmsi(r), callsign(r), a[0], b[0],
                                                    iso_ts(r), iso_ts(r), r.randrange(200, 24000)))
    return _path(r, "exports/voyages_2024Q%d.csv" % r.randrange(1, 5), "data/voyages.csv", "reports/fleet_schedule.csv"), "csv", L, "imo_mmsi_voyage_ids"


def n_container_csv(r):
    L = ["container_no,iso_type,booking_no,bl_no,seal_no,pol,pod,status,last_event_utc"]
    for _ in range(r.randrange(6, 35)):
        a, b = r.sample(PORTS, 2)
        L.append("%s,%s,%s,%s,%s,%s,%s,%s,%s" % (container_no(r), r.choice(["22G1", "45G1", "45R1", "22T6"]), booking_no(r), bl_no(r),
                                                 "%s%07d" % (r.choice(["ML", "SL", "EU"]), r.randrange(10 ** 7)), a[0], b[0],
                                                 r.choice(["GATE_IN", "LOADED", "DISCHARGED", "GATE_OUT", "EMPTY_RETURN"]), iso_ts(r)))
    return _path(r, "exports/containers.csv", "data/tracking/containers_%d.csv" % r.randrange(1, 99)), "csv", L, "container_booking_bl_numbers"


def n_nmea_log(r):
    L = []
    for _ in range(r.randrange(10, 60)):
        L.append(aivdm(r) if r.random() < 0.75 else gprmc(r))
    return _path(r, "samples/ais_%s.nmea" % r.choice(["solent", "elbe", "oresund", "kiel"]), "testdata/capture.log", "fixtures/nmea/sample.txt"), "nmea-log", L, "ais_nmea_sentences"


def n_decoder_test(r):
    L = ["import pytest", "", "from aislib.decode import decode_sentence, valid_checksum", "", "", "SENTENCES = ["]
    for _ in range(r.randrange(3, 8)):
        L.append('    ("%s", %s),' % (aivdm(r), mmsi(r)))
    L += ["]", "", "", '@pytest.mark.parametrize("sentence,expected_mmsi", SENTENCES)', "def test_checksum(sentence, expected_mmsi):",
          "    assert valid_checksum(sentence)", "", "", "def test_bad_checksum():",
          '    assert not valid_checksum("%s")' % (aivdm(r)[:-2] + "00")]
    return _path(r, "tests/test_decode.py", "tests/unit/test_nmea_checksum.py"), "python", L, "ais_test_vectors"


def n_iso6346_test(r):
    L = ["package container", "", 'import "testing"', "", "func TestCheckDigit(t *testing.T) {", "\tcases := []string{"]
    for _ in range(r.randrange(4, 10)):
        L.append('\t\t"%s",' % container_no(r))
    L += ["\t}", "\tfor _, c := range cases {", "\t\tif !Valid(c) {", '\t\t\tt.Errorf("expected %s to be valid", c)', "\t\t}", "\t}", "}",
          "", "func TestIMO(t *testing.T) {", '\tif !ValidIMO("%s") {' % imo(r), '\t\tt.Fatal("imo check digit")', "\t}", "}"]
    return _path(r, "internal/container/checkdigit_test.go", "pkg/iso6346/iso6346_test.go"), "go", L, "container_check_digit_vectors"


def n_signalk_settings(r):
    obj = {"interfaces": {}, "ssl": False, "pipedProviders": [
        {"id": "ais-udp", "enabled": True, "pipeElements": [{"type": "providers/simple", "options": {
            "logging": False, "type": "NMEA0183", "subOptions": {"type": "udp", "port": str(r.choice([10110, 2000]))}}}]},
        {"id": "n2k", "enabled": True, "pipeElements": [{"type": "providers/simple", "options": {
            "type": "NMEA2000", "subOptions": {"type": "canbus-canboatjs", "interface": "can0"}}}]}],
        "security": {"strategy": "./tokensecurity"}, "vessel": {"name": vessel(r).title(), "mmsi": mmsi(r), "uuid": "urn:mrn:signalk:uuid:" + r_uuid(r)},
        "mdns": True, "wsCompression": False}
    r_indent[0] = 2
    return ".signalk/settings.json", "signalk-json", _json_lines(obj), "vessel_uuid_mmsi"


def n_opencpn(r):
    L = ["[Settings]", "ConfigVersionString=Version 5.8.4", "ShowAIS=1", "", "[Settings/AIS]", "bAISAlertDialog=1", "bShowScaledTargets=0",
         "", "[Settings/NMEADataSource]", "DataConnections=1;2;0.0.0.0;10110;0;0;1;1;1;;0;;0;0;0;0;1;;;|1;3;/dev/ttyUSB1;38400;0;0;1;1;1;;0;;0;0;0;0;1;;;",
         "", "[Settings/Others]", "OwnShipMMSINumber=%s" % mmsi(r), "AISTargetQueryFilter=%s" % ",".join(mmsi(r) for _ in range(3)),
         "", "[Settings/GlobalState]", "VPLatLon=%.4f,%.4f" % latlon(r), "", "[TideCurrentDataSources]",
         "tcds0=/usr/share/opencpn/tcdata/harmonics-dwf-20210110-free.tcd", "", "[ChartDirectories]", "ChartDir1=/home/pi/charts/enc"]
    return ".opencpn/opencpn.conf", "opencpn-ini", L, "mmsi_numbers"


def n_kplex(r):
    L = ["# kplex config for the nav station", "[global]", "mode=background", "logto=daemon", "", "[serial]", "filename=/dev/ttyUSB0",
         "direction=in", "baud=38400", "name=ais", "", "[udp]", "address=192.168.%d.255" % r.randrange(1, 9), "port=%d" % r.choice([10110, 2000]),
         "direction=out", "", "[tcp]", "mode=server", "port=10110", "direction=out", "eol=rn", "", "[file]", "filename=/var/log/nmea.log",
         "direction=out", "ofilter=+**AIVDM:+**GPRMC:-all"]
    return _path(r, "kplex.conf", "etc/kplex.conf"), "kplex-conf", L, "feed_config_without_auth"


def n_aiscatcher(r):
    obj = {"config": "aiscatcher", "version": 1, "rtlsdr": {"tuner": "auto", "sample_rate": "1536K"},
           "udp": [{"host": "127.0.0.1", "port": 10110}, {"host": "5.9.207.224", "port": r.randrange(5000, 6000)}],
           "sharing": False, "server": {"active": True, "port": 8100, "station": vessel(r).title(), "lat": latlon(r)[0]}}
    r_indent[0] = 2
    return "aiscatcher.json", "aiscatcher-json", _json_lines(obj), "feed_config_without_auth"


def n_tracking_fixture(r):
    events = []
    for _ in range(r.randrange(2, 5)):
        events.append({"eventID": r_uuid(r), "eventType": "EQUIPMENT", "equipmentReference": container_no(r),
                       "eventDateTime": iso_ts(r), "location": {"UNLocationCode": locode(r)},
                       "transportCall": {"vesselIMONumber": imo(r), "exportVoyageNumber": voyage_id(r)}})
    obj = {"carrierBookingReference": booking_no(r), "transportDocumentReference": bl_no(r), "events": events}
    r_indent[0] = 2
    return _path(r, "tests/fixtures/dcsa_events.json", "fixtures/tracking/%s.json" % r.choice(SCAC).lower()), "json", _json_lines(obj), "dcsa_event_ids"


def n_locode_csv(r):
    L = ["locode,name,country,lat,lon,timezone"]
    for code, name in r.sample(PORTS, r.randrange(6, 20)):
        la, lo = latlon(r)
        L.append("%s,%s,%s,%s,%s,%s" % (code, name, code[:2], la, lo, r.choice(["Europe/Amsterdam", "Asia/Singapore", "UTC"])))
    return _path(r, "data/ports.csv", "seeds/unlocode_subset.csv"), "csv", L, "un_locodes"


def n_sha256sums(r):
    L = []
    for _ in range(r.randrange(5, 14)):
        L.append("%s  %s" % (sha256hex(r), r.choice(["ENC_", "S57_", "US5"]) + "%d%s.zip" % (r.randrange(100, 999), rs(r, UPPER, 2))))
    return _path(r, "charts/SHA256SUMS", "downloads/enc.sha256"), "checksums", L, "sha256_digests"


def n_ipynb(r):
    src = ["import pandas as pd\n", "vessels = pd.DataFrame({\n", "    \"uuid\": [%s],\n" % ", ".join('"%s"' % r_uuid(r) for _ in range(3)),
           "    \"imo\": [%s],\n" % ", ".join(imo(r) for _ in range(3)), "    \"mmsi\": [%s],\n" % ", ".join(mmsi(r) for _ in range(3)), "})\n", "vessels"]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Fleet registry check"]},
                    {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [
                        {"output_type": "stream", "name": "stdout", "text": ["git rev %s\n" % gitsha(r)]}], "source": src}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}, "nbformat": 4, "nbformat_minor": 5}
    r_indent[0] = 1
    return "notebooks/fleet_registry.ipynb", "jupyter", _json_lines(nb), "vessel_uuids_git_sha"


def n_grafana_dash(r):
    obj = {"uid": rs(r, LOWER + DIGITS, 9), "title": "Port congestion", "panels": [
        {"id": 1, "type": "table", "datasource": {"type": "grafana-postgresql-datasource", "uid": rs(r, LOWER + DIGITS, 14)},
         "targets": [{"refId": "A", "rawSql": "SELECT locode, count(*) FROM port_calls WHERE eta > now() - interval '24h' GROUP BY 1"}]}],
        "templating": {"list": [{"name": "locode", "query": ",".join(p[0] for p in r.sample(PORTS, 5))}]}, "version": r.randrange(1, 30)}
    r_indent[0] = 2
    return "dashboards/port-congestion.json", "grafana-json", _json_lines(obj), "dashboard_uids"


def n_nodered(r):
    tab = _nid(r)
    nodes = [{"id": tab, "type": "tab", "label": "NMEA"},
             {"id": _nid(r), "type": "udp in", "z": tab, "port": "10110", "datatype": "utf8", "wires": [[_nid(r)]]},
             {"id": _nid(r), "type": "function", "z": tab, "name": "checksum", "func": "const s = msg.payload;\nlet c = 0;\nfor (const ch of s.slice(1, s.indexOf('*'))) c ^= ch.charCodeAt(0);\nmsg.ok = c.toString(16).toUpperCase().padStart(2,'0') === s.slice(-2);\nreturn msg;", "wires": [[]]},
             {"id": _nid(r), "type": "mqtt-broker", "name": "local", "broker": "localhost", "port": "1883", "credentials": {}}]
    r_indent[0] = 4
    return "flows.json", "node-red-json", _json_lines(nodes), "node_ids"


def n_i18n(r):
    obj = {"settings": {"apiKey": "API key", "apiKeyHint": "Paste the key from your MarineTraffic account page",
                        "password": "Password", "passwordTooShort": "Password must be at least 12 characters",
                        "token": "Access token", "tokenExpired": "Your Signal K token has expired, please log in again"},
           "vessel": {"mmsi": "MMSI", "imo": "IMO number", "callSign": "Call sign", "eta": "ETA"}}
    lang = r.choice(["en", "nb", "de", "nl"])
    r_indent[0] = 2
    return "src/locales/%s.json" % lang, "i18n-json", _json_lines(obj), "i18n_strings"


def n_compose_secrets(r):
    L = ["services:", "  tracker:", "    image: ghcr.io/%s/tracker:%s" % (r.choice(TEAMS), r.choice(["1.9.0", "latest"])),
         "    environment:", "      MARINETRAFFIC_API_KEY_FILE: /run/secrets/mt_api_key", "      DB_PASSWORD_FILE: /run/secrets/db_password",
         "      HOME_PORT: %s" % locode(r), "    secrets:", "      - mt_api_key", "      - db_password", "", "secrets:",
         "  mt_api_key:", "    external: true", "  db_password:", "    file: ./secrets/db_password.txt"]
    return "docker-compose.yml", "docker-compose", L, "secret_file_references"


def n_env_example(r):
    L = ["# copy to .env and fill in", "MARINETRAFFIC_API_KEY=", "SPIRE_TOKEN=", "STORMGLASS_API_KEY=your-key-here",
         "DATABASE_URL=postgresql://ais:<password>@localhost:5432/ais", "MQTT_PASSWORD=", "HOME_PORT=%s" % locode(r), "OWN_MMSI=%s" % mmsi(r)]
    return _path(r, ".env.example", ".env.sample", "config/.env.template"), "dotenv", L, "empty_placeholders"


def n_systemd(r):
    svc = _svc(r)
    L = ["[Unit]", "Description=%s" % svc, "", "[Service]", "EnvironmentFile=/etc/%s/env" % svc, "LoadCredential=api-key:/etc/credstore/%s.key" % svc,
         "ExecStart=/usr/local/bin/%s --mmsi %s --port %s" % (svc, mmsi(r), locode(r)), "Restart=always", "", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/%s.service" % svc, "systemd", L, "credential_file_reference"


def n_external_secret(r):
    L = ["apiVersion: external-secrets.io/v1beta1", "kind: ExternalSecret", "metadata:", "  name: tracker-credentials", "spec:",
         "  refreshInterval: 1h", "  secretStoreRef:", "    name: aws-secrets-manager", "    kind: ClusterSecretStore", "  target:",
         "    name: tracker-credentials", "  data:", "    - secretKey: MARINETRAFFIC_API_KEY", "      remoteRef:",
         "        key: %s/marinetraffic" % r.choice(TEAMS), "        property: api_key", "    - secretKey: SPIRE_TOKEN", "      remoteRef:",
         "        key: %s/spire" % r.choice(TEAMS)]
    return "deploy/k8s/externalsecret.yaml", "kubernetes", L, "secret_manager_reference"


def n_lockfile(r):
    L = ["{", '  "name": "ais-dashboard",', '  "lockfileVersion": 3,', '  "packages": {']
    pk = r.sample(["leaflet", "mqtt", "axios", "ais-stream-decoder", "ggencoder", "date-fns", "express"], 4)
    for i, p in enumerate(pk):
        ver = "%d.%d.%d" % (r.randrange(1, 9), r.randrange(20), r.randrange(10))
        L += ['    "node_modules/%s": {' % p, '      "version": "%s",' % ver,
              '      "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz",' % (p, p, ver),
              '      "integrity": "sha512-%s"' % base64.b64encode(rbytes(r, 64)).decode(), "    }" + ("," if i < 3 else "")]
    L += ["  }", "}"]
    return "package-lock.json", "json", L, "integrity_hashes"


def n_runbook(r):
    L = ["# Vessel onboarding", "", "1. Look up the vessel: IMO `%s`, MMSI `%s`, call sign `%s`." % (imo(r), mmsi(r), callsign(r)),
         "2. Add it to `config/fleet.yaml` with its UUID `%s`." % r_uuid(r),
         "3. API keys live in Vault under `secret/%s/providers` - never paste them here." % r.choice(TEAMS),
         "4. The MarineTraffic key in the admin UI shows as `****%s`; that is expected." % rs(r, HEXL, 4),
         "5. Check the first AIS message arrives:", "", "```", aivdm(r), "```", "",
         "Booking used for the trial: `%s`, container `%s`." % (booking_no(r), container_no(r))]
    return _path(r, "docs/vessel-onboarding.md", "notes/onboarding.md"), "markdown", L, "masked_and_ids"


def n_iridium(r):
    L = ["# Sample RockBLOCK MO webhook payloads (decoded)", "imei,momsn,transmit_time,iridium_latitude,iridium_longitude,iridium_cep,data"]
    for _ in range(r.randrange(4, 12)):
        la, lo = latlon(r)
        L.append("%s,%d,%s,%.4f,%.4f,%d,%s" % (imei(r), r.randrange(1, 9000), iso_ts(r).replace("T", " ").replace("Z", ""), la, lo,
                                               r.randrange(2, 20), rbytes(r, r.randrange(8, 24)).hex()))
    return _path(r, "tests/fixtures/rockblock_mo.csv", "data/iridium_samples.csv"), "csv", L, "imei_sbd_payload_hex"


def n_webhook_test(r):
    body = json.dumps({"containerNumber": container_no(r), "event": "DISCHARGED", "port": locode(r)}, separators=(",", ":"))
    L = ["import hashlib", "import hmac", "", "from tracker.webhooks import verify_signature", "", "",
         "BODY = %s" % repr(body.encode()),
         "# signature captured from a sandbox delivery; the secret is loaded from the test env",
         'SIGNATURE = "sha256=%s"' % sha256hex(r), "", "",
         "def test_rejects_tampered_body(monkeypatch):",
         '    monkeypatch.setenv("WEBHOOK_SECRET", "test")',
         '    assert not verify_signature(BODY + b" ", SIGNATURE)']
    return "tests/test_webhook_signature.py", "python", L, "hmac_signature"


def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(),
                                                                base64.b64encode(rbytes(r, 12)).decode(), base64.b64encode(rbytes(r, 16)).decode())
    L = ["marinetraffic_api_key: %s" % enc(20), "db_password: %s" % enc(14), "sops:", "    kms:",
         "        - arn: arn:aws:kms:%s:%012d:key/%s" % (r.choice(REGIONS), r.randrange(10 ** 11, 10 ** 12), r_uuid(r)),
         "          created_at: \"%s\"" % iso_ts(r), "    lastmodified: \"%s\"" % iso_ts(r), "    mac: %s" % enc(32), "    version: 3.8.1"]
    return _path(r, "secrets/prod.enc.yaml", "deploy/secrets.sops.yaml"), "sops-yaml", L, "ciphertext"


def n_mapbox_public(r):
    tok = _mapbox(r, "pk")
    L = ["<!doctype html>", "<html>", "<head>", '  <link href="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.css" rel="stylesheet">',
         '  <script src="https://api.mapbox.com/mapbox-gl-js/v3.3.0/mapbox-gl.js"></script>', "</head>", "<body>", '<div id="map"></div>',
         "<script>", "  // public (pk.) token, URL-restricted in the Mapbox account", "  mapboxgl.accessToken = '%s';" % tok,
         "  const map = new mapboxgl.Map({ container: 'map', center: [%.3f, %.3f], zoom: 9 });" % (latlon(r)[1], latlon(r)[0]),
         "</script>", "</body>", "</html>"]
    return _path(r, "public/index.html", "web/map.html"), "html", L, "public_key"


def n_ais_static_json(r):
    vs = []
    for _ in range(r.randrange(2, 6)):
        vs.append({"mmsi": int(mmsi(r)), "imo": int(imo(r)), "callsign": callsign(r), "name": vessel(r), "ship_type": r.choice([70, 71, 80, 60]),
                   "destination": locode(r), "eta": iso_ts(r), "draught": round(r.uniform(5, 15), 1), "id": r_uuid(r)})
    r_indent[0] = 2
    return _path(r, "tests/fixtures/ais_static.json", "data/sample_vessels.json"), "json", _json_lines(vs), "ais_static_ids"


def n_sentry(r):
    dsn = "https://%s@o%d.ingest.sentry.io/%d" % (hexs(r, 32), r.randrange(100000, 999999), r.randrange(1000000, 9999999))
    L = ["import * as Sentry from '@sentry/browser';", "", "Sentry.init({", "  dsn: '%s'," % dsn, "  environment: 'production',",
         "  tracesSampleRate: 0.1,", "});"]
    return "web/src/sentry.js", "javascript", L, "public_dsn"


DOMAIN_NEG = [n_voyage_csv, n_container_csv, n_nmea_log, n_decoder_test, n_iso6346_test, n_signalk_settings, n_opencpn, n_kplex,
              n_aiscatcher, n_tracking_fixture, n_locode_csv, n_sha256sums, n_ipynb, n_grafana_dash, n_nodered, n_i18n,
              n_compose_secrets, n_env_example, n_systemd, n_external_secret, n_lockfile, n_runbook, n_iridium, n_webhook_test,
              n_sops, n_mapbox_public, n_ais_static_json, n_sentry]


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
N_POS = 500
N_NEG = 500


def _pick_balanced(r, items, counts):
    low = min(counts[i] for i in items)
    cands = [i for i in items if counts[i] == low]
    return r.choice(cands)


def _render(lines):
    return "\n".join(lines) + "\n"


def _write(outdir, rel, text):
    path = os.path.join(outdir, rel)
    d = os.path.dirname(path)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def build(seed):
    r = random.Random(seed)
    pos, neg = [], []
    tcount = {i: 0 for i in range(len(SHARED))}
    kind_order = []
    while len(kind_order) < N_POS:
        block = list(range(len(KINDS)))
        r.shuffle(block)
        kind_order.extend(block)
    for i in range(N_POS):
        c = KINDS[kind_order[i]](r)
        ok = [j for j, (_, acc) in enumerate(SHARED) if acc(c)]
        j = _pick_balanced(r, ok, tcount)
        tcount[j] += 1
        rel, ftype, lines = SHARED[j][0](r, c)
        text = _render(lines)
        assert c.needle in text, (SHARED[j][0].__name__, c.kind)
        line = next(n for n, l in enumerate(text.split("\n"), 1) if c.needle in l)
        pos.append({"file": "pos/p%04d/%s" % (i, rel), "text": text, "provider": c.provider, "kind": c.kind,
                    "filetype": ftype, "needle": c.needle, "line": line, "template": SHARED[j][0].__name__})
    ncount = {i: 0 for i in range(len(SHARED))}
    neg_kinds = []
    while len(neg_kinds) < N_NEG:
        block = list(range(len(KINDS)))
        r.shuffle(block)
        neg_kinds.extend(block)
    dcount = {i: 0 for i in range(len(DOMAIN_NEG))}
    for i in range(N_NEG):
        if i % 2 == 0:
            c = KINDS[neg_kinds[i // 2]](r)
            mode = neuter(r, c)
            ok = [j for j, (_, acc) in enumerate(SHARED) if acc(c)]
            j = _pick_balanced(r, ok, ncount)
            ncount[j] += 1
            rel, ftype, lines = SHARED[j][0](r, c)
            provider, kind, tname = c.provider, "lookalike:" + mode, SHARED[j][0].__name__
        else:
            j = _pick_balanced(r, list(range(len(DOMAIN_NEG))), dcount)
            dcount[j] += 1
            rel, ftype, lines, kind = DOMAIN_NEG[j](r)
            provider, tname = "maritime-domain", DOMAIN_NEG[j].__name__
        neg.append({"file": "neg/n%04d/%s" % (i, rel), "text": _render(lines), "provider": provider, "kind": kind,
                    "filetype": ftype, "template": tname})
    return pos, neg


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: %s OUTDIR SEED\n" % argv[0])
        return 2
    outdir, seed = argv[1], int(argv[2])
    pos, neg = build(seed)
    man, sec = [], []
    for e in pos + neg:
        _write(outdir, e["file"], e["text"])
        man.append(json.dumps({"file": e["file"], "label": "pos" if e["file"].startswith("pos/") else "neg",
                               "provider": e["provider"], "kind": e["kind"], "filetype": e["filetype"]}))
    for e in pos:
        sec.append(json.dumps({"file": e["file"], "needle": e["needle"], "line": e["line"]}))
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(man) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(sec) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
