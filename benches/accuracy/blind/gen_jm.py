#!/usr/bin/env python3
"""gen_jm.py - blind evaluation set for secret scanners: amateur radio, hobby
sensor networks and citizen-science feeders.

EMPHASIS
  Domain: ham-radio shacks, hotspots and iGates, LoRa/LoRaWAN sensor nodes,
  ADS-B feeders, home weather stations and citizen-science sensors.
  Providers: APRS-IS (Direwolf IGLOGIN, aprx, aprslib, pymultimonaprs, LoRa
  iGate sketches), CWOP (weewx), BrandMeister (hotspot password, API v2 JWT),
  TGIF, DAPNET (hampager API password, DAPNETGateway AuthKey), ircDDB,
  Winlink (Pat secure_login_password, paclink-unix, RMS gateway channels.xml),
  QRZ.com (XML login, logbook API key), Club Log, eQSL, LoTW/TQSL, cqrlog,
  Meshtastic (channel PSKs), The Things Network / The Things Stack (API keys,
  AppKey, MQTT password), ChirpStack/Helium (API JWT, NwkKey, legacy console
  key), Flightradar24 (sharing key), AirNav RadarBox (sharing key), Weather
  Underground (station key, api.weather.com key), PWSweather, Met Office WOW,
  Ecowitt, Blitzortung, Safecast, PurpleAir.
  File types: INI, .conf, weewx.conf (ConfigObj), JSON, JSONC, YAML, TOML,
  XML, Python, JavaScript, C/C++ Arduino sketches (.ino/.h), shell, systemd
  units, Dockerfile, Markdown, CSV, logs, ADIF, plain text, .env (positives
  only, fewer than 1 in 20).

USAGE
  python3 -B gen_jm.py OUTDIR SEED
  Writes OUTDIR/pos/p0000..p0499/<relpath>, OUTDIR/neg/n0000..n0499/<relpath>,
  OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl.  All randomness comes from
  one random.Random(SEED); output is byte-identical for one SEED.

NEEDLE CONVENTIONS
  - The needle is the secret value exactly as written, without quotes.
  - Passwords in URLs (QRZ XML, eQSL, LoTW, WU upload, Blitzortung): only the
    password / key value of the query parameter, not the URL.
  - Headers (Authorization: Bearer X, X-API-Key: X): only X.
  - The Things Stack API keys: the whole NNSXS.<id>.<secret> string (the id
    part alone is not secret, but the key is written and used as one string).
  - JWTs (BrandMeister, ChirpStack): the whole three-part token.
  - LoRaWAN AppKey written as a C byte array: the byte list from the first
    "0x" to the last byte, e.g. "0x2A, 0x9F, ... 0x11"; as hex: the 32 hex.
  - Meshtastic PSK: the base64 text (without a "base64:" prefix).
  - APRS/CWOP passcodes: the decimal number.
  - No multi-line secrets are used (no private keys in this domain set); each
    needle occurs exactly once in its file (checked by assert).

APRS PASSCODES (decision)
  An APRS-IS passcode is a 15-bit hash of the base callsign (public
  algorithm, derivable by anyone).  It is nevertheless the login credential
  that lets a station inject packets into APRS-IS, and the APRS community asks
  people not to publish it.  Decision: a passcode that is correct for the
  callsign in the same file is a POSITIVE (kind "passcode").  "-1"
  (receive-only), the passcode of N0CALL (13023, shown in many sample
  configs) and placeholders are NEGATIVES.

NEGATIVES
  Half re-use the positive templates with the secret slot holding a
  non-secret: placeholders (<your-key>, YOUR_API_KEY_HERE, changeme, xxxx,
  empty), masked values (****, [REDACTED]), environment and secret-manager
  references (${VAR}, os.environ[...], process.env.X, secrets.h macros,
  op:// and vault paths, Home Assistant !secret, Jinja {{ }}), documented
  examples (the TTS docs example NNSXS key, FIPS-197 AES test key
  2B7E1516..., Meshtastic default PSKs AQ== and 1PG7OiApB1nwvP+rz05pAQ==,
  Meshtastic public MQTT login meshdev/large4cats, "random" as a CLI
  instruction, N0CALL/13023, -1).  The other half are domain look-alikes:
  callsigns, grid locators, DMR ids, feeder ids (FlightAware feeder-id UUID),
  DevEUI/JoinEUI/gateway EUIs, TTN application ids, session key ids, node ids,
  Meshtastic public keys, ICAO hex codes, squawks, frequencies, CTCSS tones,
  MAC addresses, sensor serials, coordinates, SHA-256 digests, integrity
  hashes, ssh public keys, certificates, base64 payloads, NMEA/bGeigie lines.
  No negative lives in a file named .env / .env.local / .env.production.

FORMATS CHECKED (search tool, docs/pages/code corpora)
  - The Things Stack docs (api/concepts/auth): API key = "NNSXS" + "." + 39-char
    token id + "." + 52-char secret, base32 alphabet (A-Z2-7); sent as
    "Authorization: Bearer NNSXS..."; example key in the docs used only as a
    negative.
  - LoRaWAN session/root keys: 128-bit, 32 hex (pattern [a-fA-F0-9]{32} in
    AWS IoT Wireless docs).
  - Meshtastic docs: channel PSK is AES-128 or AES-256 (16 or 32 bytes,
    base64), a 1-byte PSK selects a well-known default key; default channel
    key bytes d4f1bb3a20290759f0bcffabcf4e6901 = 1PG7OiApB1nwvP+rz05pAQ==.
  - Direwolf sample configs: "IGSERVER noam.aprs2.net", "IGLOGIN call passcode";
    real configs use APRS_PASSCODE / passcode 0 / -1 style values.
  - weewx.conf [StdRESTful] [[Wunderground]] station/password, WU upload
    updateweatherstation.php?ID=..&PASSWORD=..; PurpleAir API keys are sent in
    X-API-Key (READ/WRITE keys).

DOUBTS
  - BrandMeister API v2 key: known to be a JWT used as Bearer token; its exact
    claims could not be confirmed, so header {"alg":"HS256","typ":"JWT"} and
    plausible claims are used.  ChirpStack v4 API key claims (aud/iss
    "chirpstack", sub uuid, typ "key") from memory, not confirmed.
  - Flightradar24 sharing key: 16 lowercase hex (from memory of fr24feed.ini),
    RadarBox sharing key: 32 lowercase hex, not confirmed in docs.
  - QRZ logbook API key (XXXX-XXXX-XXXX-XXXX upper hex), Club Log API key (40
    hex), Safecast API key (20 alphanumerics), Ecowitt api_key (UUID) /
    application_key (32 upper hex), PurpleAir key (uppercase UUID), WU station
    key (8 alphanumerics), api.weather.com key (32 lowercase hex), legacy
    Helium Console key (base64 of 32 bytes): from memory, not confirmed.
  - DAPNETGateway.ini "AuthKey", paclink-unix "wl2k-password", cqrlog
    CBPass key names from memory.
  - ADS-B Exchange feeder UUID is deliberately absent: it is half id, half
    private token; it would make either class ambiguous.
  - APRS passcode decision (see above) is a policy choice.
"""
import base64
import json
import os
import random
import sys

# ---------------------------------------------------------------- helpers

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class Expr(str):
    """A code expression placed in a secret slot instead of a literal."""


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def rs(r, alphabet, n):
    return "".join(alphabet[r.randrange(len(alphabet))] for _ in range(n))


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def b64(bs):
    return base64.b64encode(bs).decode()


def b64u(bs):
    return base64.urlsafe_b64encode(bs).decode().rstrip("=")


def uuid4(r, upper=False):
    h = rs(r, HEXL, 32)
    h = h[:12] + "4" + h[13:16] + pick(r, "89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if upper else u


def q(v, quote='"'):
    """Quote a literal for code; expressions go in raw."""
    if isinstance(v, Expr):
        return str(v)
    return quote + v + quote


PREFIXES = ["K", "W", "N", "KD", "KE", "KF", "KC", "AA", "AB", "G", "M", "2E",
            "DL", "DO", "DK", "F", "ON", "PA", "PD", "EA", "I", "IZ", "VK",
            "VE", "VA", "JA", "SM", "OH", "OZ", "LA", "SP", "OK", "HB9", "ZL"]


def callsign(r):
    p = pick(r, PREFIXES)
    if p[-1].isdigit():
        return p + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", r.randint(2, 3))
    return p + str(r.randint(0, 9)) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", r.randint(1, 3))


def aprs_passcode(call):
    """Public APRS-IS passcode hash of the base callsign (no SSID)."""
    base = call.split("-")[0].upper()
    h = 0x73E2
    for i in range(0, len(base), 2):
        h ^= ord(base[i]) << 8
        if i + 1 < len(base):
            h ^= ord(base[i + 1])
    return str(h & 0x7FFF)


def grid(r):
    return (pick(r, "ABCDEFGHIJKLMNOPQR") + pick(r, "ABCDEFGHIJKLMNOPQR") +
            str(r.randint(0, 9)) + str(r.randint(0, 9)) +
            pick(r, "abcdefghijklmnopqrstuvwx") + pick(r, "abcdefghijklmnopqrstuvwx"))


def dmr_id(r):
    return str(pick(r, [310, 311, 312, 313, 314, 315, 234, 235, 262, 263, 204, 208, 214, 222, 505, 302])
               * 10000 + r.randint(0, 9999))


def latlon(r):
    return round(r.uniform(-40, 60), 4), round(r.uniform(-120, 30), 4)


def freq(r, band=None):
    band = band or pick(r, ["2m", "70cm"])
    if band == "2m":
        return "%.4f" % (144 + r.randint(0, 3999) / 1000.0)
    return "%.4f" % (430 + r.randint(0, 9999) / 1000.0)


CTCSS = ["67.0", "71.9", "77.0", "82.5", "88.5", "94.8", "100.0", "103.5", "107.2",
         "110.9", "114.8", "118.8", "123.0", "127.3", "131.8", "136.5", "141.3",
         "146.2", "151.4", "156.7", "162.2", "167.9", "173.8", "179.9", "186.2"]

WORDS = ["ridge", "falcon", "copper", "delta", "harbor", "maple", "orbit", "cedar",
         "quartz", "tundra", "violet", "breeze", "summit", "lantern", "pixel",
         "granite", "willow", "ember", "canyon", "nimbus", "pepper", "sierra",
         "marlin", "aurora", "basalt", "juniper", "cobalt", "saffron"]


def password(r):
    style = r.randrange(5)
    if style == 0:
        return pick(r, WORDS).capitalize() + pick(r, "!#%&*-_.") + pick(r, WORDS) + str(r.randint(10, 9999))
    if style == 1:
        return rs(r, ALNUM, r.randint(10, 16))
    if style == 2:
        return rs(r, ALNUM + "!#%*-_", r.randint(12, 20))
    if style == 3:
        return "-".join(pick(r, WORDS) for _ in range(3)) + str(r.randint(1, 99))
    return rs(r, "abcdefghijkmnpqrstuvwxyz", 4) + str(r.randint(100, 999)) + rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 3) + pick(r, "!$%?")


def hotspot_password(r):
    # BrandMeister "hotspot security" / TGIF passwords are user-chosen
    return password(r) if r.random() < 0.7 else rs(r, ALNUM, r.randint(8, 12))


def jwt(r, header, payload):
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, 32))


def bm_jwt(r, ctx):
    iat = r.randint(1640000000, 1730000000)
    return jwt(r, {"alg": "HS256", "typ": "JWT"},
               {"iss": "BrandMeister", "sub": int(ctx["dmr"]), "iat": iat,
                "jti": rs(r, HEXL, 16)})


def cs_jwt(r, ctx):
    return jwt(r, {"typ": "JWT", "alg": "HS256"},
               {"aud": "chirpstack", "iss": "chirpstack", "sub": uuid4(r), "typ": "key"})


def tts_key(r, ctx):
    return "NNSXS." + rs(r, B32, 39) + "." + rs(r, B32, 52)


def appkey_hex(r, ctx):
    return rs(r, pick(r, [HEXU, HEXU, HEXL]), 32)


def c_bytes(bs):
    return ", ".join("0x%02X" % b for b in bs)


def appkey_carray(r, ctx):
    return c_bytes(rbytes(r, 16))


def mesh_psk(r, ctx):
    return b64(rbytes(r, pick(r, [16, 32, 32])))


def mesh_psk_carray(r, ctx):
    return c_bytes(rbytes(r, 32))


def passcode(r, ctx):
    return aprs_passcode(ctx["call"])


def pw(r, ctx):
    return password(r)


def hspw(r, ctx):
    return hotspot_password(r)


def fr24key(r, ctx):
    return rs(r, HEXL, 16)


def rbkey(r, ctx):
    return rs(r, HEXL, 32)


def wu_station_key(r, ctx):
    return rs(r, ALNUM, 8)


def hex32l(r, ctx):
    return rs(r, HEXL, 32)


def hex40(r, ctx):
    return rs(r, HEXL, 40)


def qrz_logbook_key(r, ctx):
    return "-".join(rs(r, HEXU, 4) for _ in range(4))


def uuid_upper(r, ctx):
    return uuid4(r, upper=True)


def uuid_lower(r, ctx):
    return uuid4(r)


def safecast_key(r, ctx):
    return rs(r, ALNUM, 20)


def helium_key(r, ctx):
    return b64(rbytes(r, 32))


def dapnet_authkey(r, ctx):
    return rs(r, ALNUM, 20)


def ecowitt_appkey(r, ctx):
    return rs(r, HEXU, 32)


def new_ctx(r):
    call = callsign(r)
    lat, lon = latlon(r)
    return {"call": call, "grid": grid(r), "dmr": dmr_id(r), "lat": lat, "lon": lon,
            "ssid": str(pick(r, [1, 2, 5, 9, 10, 15])), "user": call.lower()}


# ------------------------------------------------------- positive templates
# Each template: f(r, c, v) -> (relpath, text).  v is the value of the secret
# slot (a literal string, or an Expr for code-language negatives).

TEMPLATES = []


def template(provider, kind, ftype, lang, gen, env, alts=()):
    def deco(f):
        TEMPLATES.append({"name": f.__name__, "provider": provider, "kind": kind,
                          "ftype": ftype, "lang": lang, "gen": gen, "env": env,
                          "alts": list(alts), "f": f})
        return f
    return deco


APRS_ALTS = ["-1", ("N0CALL", "13023")]


@template("aprs-is", "passcode", "conf", "conf", passcode, "APRS_PASSCODE", APRS_ALTS)
def direwolf_igate(r, c, v):
    lat, lon = c["lat"], c["lon"]
    srv = pick(r, ["noam.aprs2.net", "euro.aprs2.net", "rotate.aprs2.net", "aunz.aprs2.net"])
    return (pick(r, ["direwolf.conf", "etc/direwolf.conf", "igate/direwolf.conf"]), """\
#############################################################
#   Dire Wolf - RX/TX iGate for %(call)s                     #
#############################################################
ADEVICE plughw:1,0
ACHANNELS 1
CHANNEL 0
MYCALL %(call)s-%(ssid)s
MODEM 1200
PTT GPIO 12

# Internet Gateway
IGSERVER %(srv)s
IGLOGIN %(call)s-%(ssid)s %(v)s
IGTXVIA 0 WIDE1-1
IGFILTER m/50
PBEACON sendto=IG delay=0:30 every=30:00 symbol="igate" lat=%(lat)s long=%(lon)s comment="RX iGate %(grid)s"
DIGIPEAT 0 0 ^WIDE[3-7]-[1-7]$|^TEST$ ^WIDE[12]-[12]$
""" % dict(c, v=v, srv=srv, lat=lat, lon=lon))


@template("aprs-is", "passcode", "conf", "conf", passcode, "APRS_PASSCODE", APRS_ALTS)
def aprx_conf(r, c, v):
    return (pick(r, ["aprx.conf", "etc/aprx.conf", "config/aprx/aprx.conf"]), """\
# aprx.conf - digipeater + iGate on the shack Pi
mycall  %(call)s-%(ssid)s
myloc lat %(lat)s lon %(lon)s

<aprsis>
    passcode %(v)s
    server   rotate.aprs2.net 14580
    filter   "m/25"
</aprsis>

<logging>
    pidfile /var/run/aprx.pid
    rflog   /var/log/aprx/aprx-rf.log
    aprxlog /var/log/aprx/aprx.log
</logging>

<interface>
    serial-device /dev/ttyUSB0  19200 8n1    KISS
    tx-ok         true
</interface>

<beacon>
    beaconmode both
    cycle-size 20m
    beacon symbol "R&" $myloc comment "aprx iGate %(grid)s"
</beacon>
""" % dict(c, v=v))


@template("aprs-is", "passcode", "py", "py", passcode, "APRS_PASSCODE", APRS_ALTS)
def aprslib_client(r, c, v):
    return (pick(r, ["igate/uplink.py", "scripts/aprs_beacon.py", "src/wx2aprs.py"]), '''\
"""Send a position/weather beacon to APRS-IS once a run (cron: */10)."""
import logging

import aprslib

log = logging.getLogger(__name__)

CALLSIGN = "%(call)s-%(ssid)s"
LAT, LON = %(lat)s, %(lon)s


def main():
    ais = aprslib.IS(CALLSIGN, passwd=%(qv)s, port=14580)
    ais.connect()
    packet = "%(call)s-%(ssid)s>APRS,TCPIP*:!%(lat)sN/%(lon)sW_Shack weather %(grid)s"
    log.info("sending %%s", packet)
    ais.sendall(packet)
    ais.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
''' % dict(c, qv=q(v)))


@template("aprs-is", "passcode", "py", "py", passcode, "APRS_PASSCODE", APRS_ALTS)
def aprs_settings_py(r, c, v):
    return (pick(r, ["settings.py", "config/aprs_settings.py", "tracker/config.py"]), '''\
# Tracker settings
APRS_CALLSIGN = "%(call)s"
APRS_SSID = %(ssid)s
APRS_SERVER = "rotate.aprs2.net"
APRS_PORT = 14580
APRS_PASSCODE = %(qv)s
APRS_SYMBOL_TABLE = "/"
APRS_SYMBOL = ">"
BEACON_INTERVAL_S = 600
HOME_GRID = "%(grid)s"
GPS_DEVICE = "/dev/serial0"
''' % dict(c, qv=q(v)))


@template("aprs-is", "passcode", "service", "sh", passcode, "APRS_PASSCODE", APRS_ALTS)
def aprs_systemd(r, c, v):
    return (pick(r, ["systemd/aprs-igate.service", "deploy/ogn2aprs.service", "etc/systemd/system/wx-aprs.service"]), """\
[Unit]
Description=APRS-IS uplink for %(call)s
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=ham
WorkingDirectory=/opt/aprs-uplink
ExecStart=/opt/aprs-uplink/venv/bin/python -m uplink --call %(call)s-%(ssid)s --passcode %(v)s --server rotate.aprs2.net:14580
Restart=on-failure
RestartSec=30

[Install]
WantedBy=multi-user.target
""" % dict(c, v=v))


@template("aprs-is", "passcode", "json", "json", passcode, "APRS_PASSCODE", APRS_ALTS)
def pymultimon_json(r, c, v):
    return (pick(r, ["pymultimonaprs.json", "config/pymultimonaprs.json"]), """\
{
	"callsign": "%(call)s-%(ssid)s",
	"passcode": "%(v)s",
	"gateway": ["euro.aprs2.net:14580", "rotate.aprs2.net:14580"],
	"append_callsign": true,
	"source": "rtl",
	"rtl": {
		"freq": 144.800,
		"ppm": %(ppm)d,
		"gain": 24,
		"offset_tuning": false,
		"device_index": 0
	},
	"beacon": {
		"lat": %(lat)s,
		"lng": %(lon)s,
		"table": "R",
		"symbol": "&",
		"comment": "PyMultimonAPRS iGate %(grid)s",
		"send_every": 300,
		"ambiguity": 0
	}
}
""" % dict(c, v=v, ppm=r.randint(-40, 40)))


@template("aprs-is", "passcode", "ino", "c", passcode, "APRS_PASSCODE", APRS_ALTS)
def lora_igate_ino(r, c, v):
    return (pick(r, ["LoRa_iGate/LoRa_iGate.ino", "firmware/igate/igate.ino"]), """\
// LoRa APRS iGate - TTGO LoRa32 v2.1, 433.775 MHz
#include <WiFi.h>
#include <LoRa.h>

const char* wifiSsid   = "shack-iot";
const char* aprsServer = "euro.aprs2.net";
const uint16_t aprsPort = 14580;
const char* aprsCall   = "%(call)s-%(ssid)s";
const char* aprsPass   = %(qv)s;

WiFiClient aprsis;

void loginAprsIs() {
  if (!aprsis.connect(aprsServer, aprsPort)) return;
  aprsis.printf("user %%s pass %%s vers ESP32-iGate 0.3 filter m/10\\r\\n", aprsCall, aprsPass);
}

void setup() {
  Serial.begin(115200);
  LoRa.setPins(18, 14, 26);
  LoRa.begin(433775000);
  LoRa.setSpreadingFactor(12);
  LoRa.setSignalBandwidth(125E3);
  LoRa.setCodingRate4(5);
  loginAprsIs();
}

void loop() {
  int size = LoRa.parsePacket();
  if (size > 3) {
    String pkt;
    while (LoRa.available()) pkt += (char)LoRa.read();
    aprsis.print(pkt.substring(3) + "\\r\\n");
  }
}
""" % dict(c, qv=q(v)))


@template("aprs-is", "passcode", "csv", "csv", passcode, "APRS_PASSCODE", APRS_ALTS)
def igate_fleet_csv(r, c, v):
    rows = []
    for _ in range(r.randint(2, 4)):
        rows.append("%s,%s,%s,%s,receive-only,-1" % (callsign(r), pick(r, ["1", "10"]), grid(r), freq(r, "2m")))
    rows.insert(r.randint(0, len(rows)), "%s,%s,%s,144.8000,igate,%s" % (c["call"], c["ssid"], c["grid"], v))
    return (pick(r, ["inventory/igates.csv", "docs/club-igates.csv"]),
            "callsign,ssid,locator,freq_mhz,role,passcode\n" + "\n".join(rows) + "\n")


@template("cwop", "passcode", "conf", "weewx", passcode, "CWOP_PASSCODE", APRS_ALTS)
def weewx_cwop(r, c, v):
    return (pick(r, ["weewx.conf", "etc/weewx/weewx.conf"]), WEEWX_HEAD % c + """\
[StdRESTful]

    [[StationRegistry]]
        register_this_station = False

    [[AWEKAS]]
        enable = false
        username = replace_me
        password = replace_me

    [[CWOP]]
        enable = true
        station = %(call)s
        passcode = %(v)s
        post_interval = 600

    [[PWSweather]]
        enable = false
        station = replace_me
        password = replace_me
""" % dict(c, v=v) + WEEWX_TAIL)


WEEWX_HEAD = """\
# WEEWX CONFIGURATION FILE
debug = 0
WEEWX_ROOT = /
log_success = True
log_failure = True
version = 4.10.2

##############################################################################

[Station]
    location = "%(call)s home QTH"
    latitude = %(lat)s
    longitude = %(lon)s
    altitude = 212, meter
    station_type = Vantage
    rain_year_start = 1
    week_start = 6

[Vantage]
    type = serial
    port = /dev/ttyUSB0
    baudrate = 19200
    driver = weewx.drivers.vantage

##############################################################################

"""

WEEWX_TAIL = """
##############################################################################

[StdReport]
    SKIN_ROOT = skins
    HTML_ROOT = public_html
    [[SeasonsReport]]
        skin = Seasons
        enable = true

[DataBindings]
    [[wx_binding]]
        database = archive_sqlite
        table_name = archive
        manager = weewx.manager.DaySummaryManager
        schema = schemas.wview_extended.schema
"""


# ---- BrandMeister / TGIF / DAPNET / ircDDB (hotspots)

MMDVM_HEAD = """\
[General]
Callsign=%(call)s
Id=%(dmr)s01
Timeout=180
Duplex=0
RFModeHang=10
NetModeHang=3
Display=None
Daemon=1

[Info]
RXFrequency=%(rx)s
TXFrequency=%(rx)s
Power=1
Latitude=%(lat)s
Longitude=%(lon)s
Height=0
Location=%(grid)s
Description=Pi-Star hotspot
URL=https://www.qrz.com/db/%(call)s

[Modem]
Port=/dev/ttyAMA0
TXInvert=1
RXLevel=50
TXLevel=50
RFLevel=100

[DMR]
Enable=1
ColorCode=1
SelfOnly=1
BeaconInterval=60
"""


def mmdvm_ctx(r, c):
    d = dict(c)
    d["rx"] = str(430000000 + r.randint(0, 9999) * 1000 + 5000 * r.randint(0, 1))
    return d


@template("brandmeister", "password", "ini", "ini", hspw, "BM_HOTSPOT_PASSWORD", ["passw0rd", "PASSWORD"])
def mmdvm_ini(r, c, v):
    d = mmdvm_ctx(r, c)
    srv = pick(r, ["2341", "3102", "2622", "2042", "5051"])
    return (pick(r, ["MMDVM.ini", "etc/mmdvmhost", "pi-star/etc/mmdvmhost.ini"]), MMDVM_HEAD % d + """
[DMR Network]
Enable=1
Type=Direct
RemoteAddress=%(srv)s.master.brandmeister.network
RemotePort=62031
LocalPort=62032
Password=%(v)s
Slot1=0
Slot2=1
Jitter=360
Debug=0
""" % dict(d, v=v, srv=srv))


@template("brandmeister", "password", "ini", "ini", hspw, "BM_PASSWORD", ["passw0rd"])
def dmrgateway_bm(r, c, v):
    d = mmdvm_ctx(r, c)
    return (pick(r, ["DMRGateway.ini", "etc/dmrgateway"]), """\
[General]
Timeout=10
RptAddress=127.0.0.1
RptPort=62032
LocalAddress=127.0.0.1
LocalPort=62031
RuleTrace=0
Daemon=1
Debug=0

[Info]
Latitude=%(lat)s
Longitude=%(lon)s
Height=0
Location=%(grid)s
Description=DMRGateway %(call)s

[Log]
DisplayLevel=1
FileLevel=1
FilePath=/var/log/pi-star
FileRoot=DMRGateway

[DMR Network 1]
Enabled=1
Name=BM_%(srv)s
Address=%(srv)s.master.brandmeister.network
Port=62031
TGRewrite0=2,9,2,9,1
PCRewrite0=2,94000,2,4000,1001
TypeRewrite0=2,9990,2,9990
SrcRewrite0=2,4000,2,9,1001
PassAllPC0=1
PassAllTG0=1
Password=%(v)s
Location=1
Debug=0
Id=%(dmr)s01
""" % dict(d, v=v, srv=pick(r, ["2341", "3103", "2621", "2041"])))


@template("tgif", "password", "ini", "ini", hspw, "TGIF_PASSWORD", ["passw0rd"])
def dmrgateway_tgif(r, c, v):
    d = mmdvm_ctx(r, c)
    return (pick(r, ["DMRGateway.ini", "hotspot/DMRGateway.ini"]), """\
[General]
Timeout=10
RptAddress=127.0.0.1
RptPort=62032
LocalAddress=127.0.0.1
LocalPort=62031
Daemon=1

[Voice]
Enabled=1
Language=en_GB
Directory=./Audio

[DMR Network 2]
Enabled=1
Name=TGIF_Network
Address=tgif.network
Port=62031
TGRewrite0=1,5000001,1,1,999999
PCRewrite0=1,5009990,1,9990,1
Password=%(v)s
Location=0
Debug=0
Id=%(dmr)s02

[XLX Network]
Enabled=0
File=/usr/local/etc/XLXHosts.txt
Port=62030
Slot=2
TG=6
Base=64001
""" % dict(d, v=v))


@template("dapnet", "password", "ini", "ini", dapnet_authkey, "DAPNET_AUTHKEY", [])
def dapnetgateway_ini(r, c, v):
    return (pick(r, ["DAPNETGateway.ini", "etc/dapnetgateway"]), """\
[General]
Callsign=%(call)s
RptAddress=127.0.0.1
RptPort=3800
LocalAddress=127.0.0.1
LocalPort=4800
Daemon=1

[Log]
DisplayLevel=0
FileLevel=1
FilePath=/var/log/pi-star
FileRoot=DAPNETGateway

[DAPNET]
Address=dapnet.afu.rwth-aachen.de
Port=43434
AuthKey=%(v)s
SuppressTimeWhenBusy=1
Debug=0
""" % dict(c, v=v))


@template("dapnet", "password", "py", "py", pw, "DAPNET_PASSWORD", [])
def dapnet_send_py(r, c, v):
    return (pick(r, ["tools/page.py", "alerts/dapnet_notify.py", "bin/send_page.py"]), '''\
#!/usr/bin/env python3
"""Send a POCSAG page through the DAPNET (hampager.de) REST API."""
import sys

import requests

API = "http://www.hampager.de:8080/calls"
TRANSMITTER_GROUPS = ["%(tg)s"]


def send(text, *callsigns):
    body = {
        "text": text[:80],
        "callSignNames": [cs.lower() for cs in callsigns],
        "transmitterGroupNames": TRANSMITTER_GROUPS,
        "emergency": False,
    }
    resp = requests.post(API, json=body, auth=("%(user)s", %(qv)s), timeout=10)
    resp.raise_for_status()
    return resp.json()


if __name__ == "__main__":
    print(send(" ".join(sys.argv[1:]) or "test", "%(user)s"))
''' % dict(c, qv=q(v), tg=pick(r, ["dl-all", "us-all", "uk-all", "all"])))


@template("brandmeister", "jwt_api_key", "py", "py", bm_jwt, "BM_API_KEY", ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."])
def bm_api_py(r, c, v):
    return (pick(r, ["bm/statics.py", "scripts/set_static_tg.py", "hotspot/bm_api.py"]), '''\
"""Set static talkgroups on my BrandMeister hotspot via API v2."""
import requests

BASE = "https://api.brandmeister.network/v2"
DEVICE_ID = %(dmr)s01
STATIC_TGS = [%(tgs)s]

session = requests.Session()
session.headers.update({
    "Authorization": "Bearer " + %(qv)s,
    "Accept": "application/json",
})


def add_static(tg, slot=0):
    r = session.post(f"{BASE}/device/{DEVICE_ID}/talkgroup",
                     json={"slot": slot, "group": tg}, timeout=15)
    r.raise_for_status()


for tg in STATIC_TGS:
    add_static(tg)
''' % dict(c, qv=q(v), tgs=", ".join(str(pick(r, [91, 93, 235, 2350, 3100, 31665, 262, 9990])) for _ in range(3))))


@template("brandmeister", "jwt_api_key", "sh", "sh", bm_jwt, "BM_API_KEY", ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."])
def bm_api_sh(r, c, v):
    return (pick(r, ["scripts/bm-drop-dynamic.sh", "bin/bm_dropall.sh"]), """\
#!/bin/bash
# Drop all dynamic talkgroups on both slots of the hotspot (cron @hourly)
set -euo pipefail
DEVICE=%(dmr)s01
TOKEN=%(qv)s

for slot in 1 2; do
  curl -s -X GET \\
    -H "Authorization: Bearer ${TOKEN}" \\
    "https://api.brandmeister.network/v2/device/${DEVICE}/action/dropDynamicGroups/${slot}"
  echo
done
""" % dict(c, qv=q(v)))


@template("brandmeister", "jwt_api_key", "yaml", "yaml", bm_jwt, "BM_API_KEY", [])
def bm_api_ha_yaml(r, c, v):
    return (pick(r, ["homeassistant/packages/brandmeister.yaml", "config/rest_bm.yaml"]), """\
# Home Assistant: BrandMeister hotspot status
rest:
  - resource: https://api.brandmeister.network/v2/device/%(dmr)s01
    scan_interval: 300
    headers:
      Authorization: "Bearer %(v)s"
    sensor:
      - name: "Hotspot last seen"
        value_template: "{{ value_json.last_seen }}"
      - name: "Hotspot master"
        value_template: "{{ value_json.lastKnownMaster }}"
""" % dict(c, v=v))


@template("ircddb", "password", "conf", "conf", pw, "IRCDDB_PASSWORD", [])
def ircddbgateway_conf(r, c, v):
    return (pick(r, ["ircddbgateway", "etc/ircddbgateway"]), """\
gatewayType=1
gatewayCallsign=%(call)s
gatewayAddress=0.0.0.0
icomAddress=172.16.0.20
icomPort=20000
hbAddress=127.0.0.1
hbPort=20010
latitude=%(lat)s
longitude=%(lon)s
description1=%(grid)s
url=http://www.qrz.com/db/%(call)s
ircddbEnabled=1
ircddbHostname=ircv4.openquad.net
ircddbUsername=%(call)s
ircddbPassword=%(v)s
ircddbEnabled2=0
ircddbHostname2=rr.openquad.net
ircddbUsername2=
ircddbPassword2=
repeaterCall1=%(call)s
repeaterBand1=B
repeaterType1=0
frequency1=%(f)s
dextraEnabled=1
dplusEnabled=1
dcsEnabled=1
""" % dict(c, v=v, f=freq(r, "70cm")))


@template("brandmeister", "password", "yaml", "yaml", hspw, "DMR_PASSWORD", [])
def dvswitch_compose(r, c, v):
    return (pick(r, ["docker-compose.yml", "dvswitch/docker-compose.yaml"]), """\
services:
  analog-bridge:
    image: dvswitch/analog_bridge:latest
    restart: unless-stopped
    network_mode: host
    volumes:
      - ./config:/opt/Analog_Bridge
  mmdvm-bridge:
    image: dvswitch/mmdvm_bridge:latest
    restart: unless-stopped
    network_mode: host
    environment:
      CALLSIGN: "%(call)s"
      DMR_ID: "%(dmr)s"
      DMR_MASTER: "3102.master.brandmeister.network"
      DMR_PORT: "62031"
      DMR_PASSWORD: "%(v)s"
      TZ: "Etc/UTC"
""" % dict(c, v=v))


# ---- Winlink / Pat

@template("winlink", "password", "json", "json", pw, "WINLINK_PASSWORD", [])
def pat_config_json(r, c, v):
    return (pick(r, ["pat/config.json", ".wl2k/config.json", "config/pat.json"]), """\
{
  "mycall": "%(call)s",
  "secure_login_password": "%(v)s",
  "auxiliary_addresses": [],
  "locator": "%(grid)s",
  "service_codes": ["PUBLIC"],
  "http_addr": "localhost:8080",
  "motd": ["Open source Winlink client - getpat.io"],
  "connect_aliases": {
    "telnet": "telnet://{mycall}:CMSTelnet@cms.winlink.org:8772/wl2k"
  },
  "listen": [],
  "hamlib_rigs": {"ic7300": {"address": "localhost:4532", "network": "tcp"}},
  "ardop": {"addr": "localhost:8515", "arq_bandwidth": {"Forced": false, "Max": 500}, "rig": "ic7300", "ptt_ctrl": true},
  "ax25": {"port": "wl2k", "beacon": {"every": 3600, "message": "Winlink P2P", "destination": "IDENT"}, "rig": ""},
  "telnet": {"listen_addr": ":8774", "password": ""},
  "gpsd": {"enable_http": false, "allow_forms": false, "use_server_time": false, "addr": "localhost:2947"},
  "schedule": {},
  "version_reporting_disabled": false
}
""" % dict(c, v=v))


@template("winlink", "password", "md", "md", pw, "WINLINK_PASSWORD", [])
def pat_readme(r, c, v):
    return (pick(r, ["docs/winlink-setup.md", "README.md", "notes/pat.md"]), """\
# Winlink on the go-kit Pi

Pat runs as a user service; the web UI is on port 8080.

1. `sudo apt install pat ardopcf`
2. Copy the config below to `~/.config/pat/config.json`
3. `systemctl --user enable --now pat@%(user)s`

```json
{
  "mycall": "%(call)s",
  "secure_login_password": "%(v)s",
  "locator": "%(grid)s",
  "http_addr": "0.0.0.0:8080"
}
```

Gateways used most: see the RMS list for `%(grid2)s` and 40 m / 30 m.
""" % dict(c, v=v, grid2=c["grid"][:4]))


@template("winlink", "password", "conf", "conf", pw, "WL2K_PASSWORD", [])
def paclink_conf(r, c, v):
    return (pick(r, ["wl2k.conf", "etc/wl2k.conf", "paclink-unix/wl2k.conf"]), """\
# paclink-unix configuration
mycall=%(call)s
email=%(user)s@localhost
timeout=190
wl2k-password=%(v)s
ax25port=udr0
gridsquare=%(grid)s
# MBOX=/var/mail/%(user)s
""" % dict(c, v=v))


@template("winlink", "password", "xml", "xml", pw, "RMS_PASSWORD", [])
def rmsgw_channels(r, c, v):
    return (pick(r, ["rmsgw/channels.xml", "etc/rmsgw/channels.xml"]), """\
<?xml version="1.0" encoding="UTF-8"?>
<rmschannels xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:noNamespaceSchemaLocation="file:///etc/rmsgw/channels.xsd">
  <channel name="radio" type="ax25" active="yes">
    <basecall>%(call)s</basecall>
    <callsign>%(call)s-10</callsign>
    <password>%(v)s</password>
    <gridsquare>%(grid)s</gridsquare>
    <frequency>%(f)s</frequency>
    <mode>0</mode>
    <autoonly>0</autoonly>
    <baud>1200</baud>
    <power>25</power>
    <height>10</height>
    <gain>3</gain>
    <direction>0</direction>
    <hours>24/7</hours>
    <groupreference>1</groupreference>
    <servicecode>PUBLIC</servicecode>
  </channel>
</rmschannels>
""" % dict(c, v=v, f=str(144900000 + 10000 * r.randint(0, 9))))


# ---- QRZ / Club Log / eQSL / LoTW / loggers

@template("qrz", "password", "py", "py", pw, "QRZ_PASSWORD", [])
def qrz_xml_py(r, c, v):
    lit = isinstance(v, Expr)
    url = ('"https://xmldata.qrz.com/xml/current/?username=%s;password=" + %s + ";agent=shacklog-1.2"' % (c["call"], v)
           if lit else '"https://xmldata.qrz.com/xml/current/?username=%s;password=%s;agent=shacklog-1.2"' % (c["call"], v))
    return (pick(r, ["shacklog/callbook.py", "lookup/qrz.py", "app/qrz_lookup.py"]), '''\
import xml.etree.ElementTree as ET

import requests

NS = {"q": "http://xmldata.qrz.com"}
_session_key = None


def login():
    global _session_key
    resp = requests.get(%(url)s, timeout=10)
    root = ET.fromstring(resp.content)
    _session_key = root.find("q:Session/q:Key", NS).text
    return _session_key


def lookup(call):
    key = _session_key or login()
    resp = requests.get("https://xmldata.qrz.com/xml/current/",
                        params={"s": key, "callsign": call}, timeout=10)
    root = ET.fromstring(resp.content)
    node = root.find("q:Callsign", NS)
    return {child.tag.split("}")[1]: child.text for child in node} if node is not None else {}
''' % {"url": url})


@template("qrz", "password", "ini", "ini", pw, "QRZ_PASSWORD", [])
def cqrlog_cfg(r, c, v):
    return (pick(r, [".config/cqrlog/cqrlog.cfg", "dotfiles/cqrlog/cqrlog.cfg"]), """\
[Station]
Call=%(call)s
Name=Op
QTH=Home
LOC=%(grid)s

[Program]
Proxy=
Port=
User=
Passwd=
CheckDXCCTabs=1
ShowDeleted=0

[CallBook]
CBUser=%(call)s
CBPass=%(v)s
Callbook=qrz

[TRX1]
model=3073
device=/dev/ttyUSB0
poll=500
RigCtldPort=4532
""" % dict(c, v=v))


@template("qrz", "password", "js", "js", pw, "QRZ_PASSWORD", [])
def qrz_node_js(r, c, v):
    return (pick(r, ["src/qrz.js", "lib/callbook.js", "server/qrz-client.js"]), """\
'use strict';
const axios = require('axios');
const { XMLParser } = require('fast-xml-parser');

const QRZ_USER = '%(call)s';
const QRZ_PASSWORD = %(qv)s;
const parser = new XMLParser();
let sessionKey = null;

async function login() {
  const { data } = await axios.get('https://xmldata.qrz.com/xml/current/', {
    params: { username: QRZ_USER, password: QRZ_PASSWORD, agent: 'nodelog-0.4' },
  });
  sessionKey = parser.parse(data).QRZDatabase.Session.Key;
  return sessionKey;
}

async function lookup(call) {
  const s = sessionKey || (await login());
  const { data } = await axios.get('https://xmldata.qrz.com/xml/current/', { params: { s, callsign: call } });
  return parser.parse(data).QRZDatabase.Callsign;
}

module.exports = { login, lookup };
""" % dict(c, qv=q(v, "'")))


@template("qrz", "api_key", "py", "py", qrz_logbook_key, "QRZ_LOGBOOK_KEY", ["XXXX-XXXX-XXXX-XXXX"])
def qrz_logbook_py(r, c, v):
    return (pick(r, ["sync/qrz_upload.py", "tools/push_qrz_logbook.py"]), '''\
"""Push new QSOs from the local ADIF file to the QRZ Logbook API."""
import pathlib

import requests

LOGBOOK_URL = "https://logbook.qrz.com/api"
ADIF = pathlib.Path("~/logs/%(call)s.adi").expanduser()


def upload(record, book_key=%(qv)s):
    resp = requests.post(LOGBOOK_URL, data={"KEY": book_key, "ACTION": "INSERT", "ADIF": record}, timeout=20)
    return dict(part.split("=", 1) for part in resp.text.split("&") if "=" in part)


def records(text):
    body = text.split("<EOH>", 1)[-1]
    for rec in body.split("<EOR>"):
        if rec.strip():
            yield rec.strip() + "<EOR>"


if __name__ == "__main__":
    for rec in records(ADIF.read_text()):
        print(upload(rec).get("RESULT"))
''' % dict(c, qv=q(v)))


@template("clublog", "api_key", "py", "py", hex40, "CLUBLOG_API_KEY", [])
def clublog_py(r, c, v):
    return (pick(r, ["sync/clublog.py", "tools/clublog_realtime.py"]), '''\
import os

import requests

CLUBLOG_API = %(qv)s  # application key issued by Club Log helpdesk


def realtime(adif_record):
    payload = {
        "email": os.environ["CLUBLOG_EMAIL"],
        "password": os.environ["CLUBLOG_PASSWORD"],
        "callsign": "%(call)s",
        "adif": adif_record,
        "api": CLUBLOG_API,
    }
    r = requests.post("https://clublog.org/realtime.php", data=payload, timeout=15)
    return r.status_code, r.text.strip()
''' % dict(c, qv=q(v)))


@template("clublog", "api_key", "yaml", "yaml", hex40, "CLUBLOG_API_KEY", [])
def clublog_yaml(r, c, v):
    return (pick(r, ["config/logsync.yaml", "logsync.yml"]), """\
station:
  callsign: %(call)s
  locator: %(grid)s
  log_file: ~/logs/%(user)s.adi

uploads:
  clublog:
    enabled: true
    email: %(user)s@example.org
    app_key: %(v)s
    password_env: CLUBLOG_PASSWORD
  eqsl:
    enabled: false
  lotw:
    enabled: true
    tqsl_path: /usr/bin/tqsl
    station_location: home
""" % dict(c, v=v))


@template("eqsl", "password", "py", "py", pw, "EQSL_PASSWORD", [])
def eqsl_py(r, c, v):
    expr = isinstance(v, Expr)
    line = ('    "EQSL_PSWD": %s,' % v) if expr else ('    "EQSL_PSWD": "%s",' % v)
    return (pick(r, ["sync/eqsl.py", "tools/eqsl_inbox.py"]), '''\
import requests

EQSL_INBOX = "https://www.eqsl.cc/qslcard/DownloadInBox.cfm"
PARAMS = {
    "UserName": "%s",
%s
    "RcvdSince": "20240101",
}


def fetch_inbox():
    page = requests.get(EQSL_INBOX, params=PARAMS, timeout=30).text
    start = page.find('HREF="') + 6
    return page[start:page.find('"', start)]
''' % (c["call"], line))


@template("lotw", "password", "sh", "sh", pw, "TQSL_PASSWORD", [])
def tqsl_sh(r, c, v):
    return (pick(r, ["bin/lotw-upload.sh", "scripts/sign_and_upload.sh"]), """\
#!/bin/sh
# Sign today's ADIF with TQSL and upload to LoTW (runs from cron at 23:55 UTC)
LOG=$HOME/logs/%(user)s-$(date -u +%%Y%%m%%d).adi
[ -s "$LOG" ] || exit 0
tqsl -q -d -u -a compliant -l "home-%(grid)s" -p %(qv)s -x "$LOG" 2>>"$HOME/logs/tqsl.err"
echo "uploaded $LOG"
""" % dict(c, qv=q(v, "'")))


@template("lotw", "password", "sh", "sh", pw, "LOTW_PASSWORD", [])
def lotw_report_sh(r, c, v):
    return (pick(r, ["bin/lotw-confirmations.sh", "scripts/fetch_lotw.sh"]), """\
#!/usr/bin/env bash
set -eu
SINCE=${1:-2024-01-01}
OUT=lotw-qsl-$(date +%%F).adi
curl -sS -o "$OUT" "https://lotw.arrl.org/lotwuser/lotwreport.adi?login=%(user)s&password=%(v)s&qso_query=1&qso_qsl=yes&qso_qslsince=${SINCE}"
grep -c '<eor>' "$OUT" || true
""" % dict(c, v=v))


@template("eqsl", "password", "ini", "ini", pw, "EQSL_PASSWORD", [])
def logger_ini(r, c, v):
    return (pick(r, ["klog/settings.ini", "config/logger.ini"]), """\
[station]
callsign = %(call)s
operator = %(call)s
locator = %(grid)s
cq_zone = %(cq)d
itu_zone = %(itu)d

[rig]
hamlib_model = 3073
port = /dev/ttyUSB0
speed = 19200

[eqsl]
user = %(call)s
password = %(v)s
qth_nickname = home
upload_on_save = true

[clublog]
enabled = false
""" % dict(c, v=v, cq=r.randint(1, 40), itu=r.randint(1, 90)))


# ---- Meshtastic

MESH_ALTS = ["AQ==", "1PG7OiApB1nwvP+rz05pAQ==", "random", "default", "none"]


@template("meshtastic", "aes_psk", "sh", "sh", mesh_psk, "MESH_PSK", MESH_ALTS)
def mesh_cli_sh(r, c, v):
    val = v if isinstance(v, Expr) or v in ("random", "default", "none") else "base64:" + v
    return (pick(r, ["provision/mesh-node.sh", "scripts/setup_node.sh", "bin/flash-and-configure.sh"]), """\
#!/usr/bin/env bash
# Configure a freshly flashed node for the club's private mesh.
set -euo pipefail
PORT=${PORT:-/dev/ttyACM0}
NAME=${1:?usage: $0 LONGNAME SHORT}
SHORT=${2:?}

meshtastic --port "$PORT" --set-owner "$NAME" --set-owner-short "$SHORT"
meshtastic --port "$PORT" --set lora.region %(reg)s --set lora.modem_preset LONG_FAST
meshtastic --port "$PORT" --ch-index 1 --ch-set name %(chan)s --ch-set psk %(val)s
meshtastic --port "$PORT" --set position.gps_mode ENABLED --set device.role CLIENT
""" % {"reg": pick(r, ["EU_868", "US", "ANZ", "UK_868"]), "chan": pick(r, ["ClubNet", "ARES", "HikeOps", "Valley"]), "val": val})


@template("meshtastic", "aes_psk", "py", "py", mesh_psk, "MESH_PSK", MESH_ALTS)
def mesh_python(r, c, v):
    return (pick(r, ["mesh/bot.py", "meshbot/channels.py", "tools/mesh_setchan.py"]), '''\
import base64

import meshtastic.serial_interface
from meshtastic.protobuf import channel_pb2

CHANNEL_NAME = "%(chan)s"
CHANNEL_KEY = %(qv)s

iface = meshtastic.serial_interface.SerialInterface("/dev/ttyUSB0")
node = iface.getNode("^local")
ch = node.channels[1]
ch.role = channel_pb2.Channel.Role.SECONDARY
ch.settings.name = CHANNEL_NAME
ch.settings.psk = base64.b64decode(CHANNEL_KEY)
node.writeChannel(1)
iface.close()
''' % dict(qv=q(v), chan=pick(r, ["ClubNet", "SAR", "Farm", "Backcountry"])))


@template("meshtastic", "aes_psk", "yaml", "yaml", mesh_psk, "MESH_PSK", MESH_ALTS)
def mesh_yaml(r, c, v):
    return (pick(r, ["meshtastic/config.yaml", "nodes/base-station.yaml"]), """\
# meshtastic --configure nodes/base-station.yaml
owner: %(call)s base
owner_short: BASE
location:
  lat: %(lat)s
  lon: %(lon)s
  alt: 240
config:
  lora:
    region: EU_868
    modemPreset: LONG_FAST
    hopLimit: 3
  device:
    role: ROUTER_CLIENT
  position:
    fixedPosition: true
channels:
  - index: 0
    name: LongFast
    psk: AQ==
  - index: 1
    name: %(chan)s
    psk: base64:%(v)s
""" % dict(c, v=v, chan=pick(r, ["Ops", "ARES", "Club"])))


@template("meshtastic", "aes_psk", "jsonc", "json", mesh_psk_carray, "MESH_PSK", ["0x01"])
def mesh_userprefs(r, c, v):
    return (pick(r, ["userPrefs.jsonc", "firmware/userPrefs.jsonc"]), """\
{
  // Build-time defaults for the club firmware image
  "USERPREFS_CONFIG_LORA_REGION": "meshtastic_Config_LoRaConfig_RegionCode_EU_868",
  "USERPREFS_LORACONFIG_MODEM_PRESET": "meshtastic_Config_LoRaConfig_ModemPreset_LONG_FAST",
  "USERPREFS_CHANNEL_0_NAME": "%(chan)s",
  "USERPREFS_CHANNEL_0_PSK": "{ %(v)s }",
  "USERPREFS_CHANNEL_0_PRECISION": "14",
  "USERPREFS_CONFIG_OWNER_LONG_NAME": "%(call)s node",
  "USERPREFS_CONFIG_OWNER_SHORT_NAME": "%(s)s"
}
""" % dict(c, v=v, chan=pick(r, ["ClubMesh", "EmComm"]), s=c["call"][-4:]))


@template("meshtastic", "aes_psk", "md", "md", mesh_psk, "MESH_PSK", MESH_ALTS)
def mesh_md(r, c, v):
    return (pick(r, ["docs/mesh-net.md", "wiki/Meshtastic.md"]), """\
# Club mesh

| Setting | Value |
|---|---|
| Region | EU_868 |
| Preset | LONG_FAST |
| Primary channel | LongFast (default key) |
| Secondary channel | `%(chan)s` |
| Secondary PSK (AES-256) | `%(v)s` |
| Position precision | 13 bits |

Add the channel in the app under *Channels*, paste the key, keep uplink off.
""" % dict(v=v, chan=pick(r, ["ClubOps", "Nets"])))


# ---- The Things Network / The Things Stack / LoRaWAN / ChirpStack / Helium

TTS_DOC_EXAMPLE = "NNSXS.U4H3ZFFCMSR42BUAZPW2UWGFBV4WCNI5EXDJXDY.SHIF3PP5PBMJNZESN5XLR5TZJTJUIGKVUTM2I22IVBUVCD6VIQIA"
TTS_ALTS = [TTS_DOC_EXAMPLE, "NNSXS.XXXXXXXXXX", "NNSXS.<token-id>.<token-secret>"]
APPKEY_ALTS = ["00000000000000000000000000000000", "2B7E151628AED2A6ABF7158809CF4F3C"]


def app_id(r):
    return pick(r, ["garden", "beehive", "soil", "river", "wx", "air", "trap", "tank"]) + "-" + \
        pick(r, ["sensors", "monitor", "nodes", "level", "probe"]) + pick(r, ["", "-" + str(r.randint(1, 99))])


def eui(r):
    return rs(r, HEXU, 16)


@template("ttn", "api_key", "py", "py", tts_key, "TTN_API_KEY", TTS_ALTS)
def tts_py(r, c, v):
    return (pick(r, ["ttn/storage_pull.py", "ingest/ttn_history.py", "lorawan/fetch.py"]), '''\
"""Pull the last hour of uplinks from the TTS Storage Integration."""
import json

import requests

CLUSTER = "%(cl)s.cloud.thethings.network"
APP_ID = "%(app)s"
TTN_API_KEY = %(qv)s


def uplinks(last="1h"):
    url = f"https://{CLUSTER}/api/v3/as/applications/{APP_ID}/packages/storage/uplink_message"
    resp = requests.get(url, params={"last": last},
                        headers={"Authorization": f"Bearer {TTN_API_KEY}", "Accept": "text/event-stream"},
                        timeout=30)
    for line in resp.text.splitlines():
        if line.strip():
            yield json.loads(line)["result"]
''' % dict(qv=q(v), cl=pick(r, ["eu1", "nam1", "au1"]), app=app_id(r)))


@template("ttn", "api_key", "yaml", "yaml", tts_key, "TTN_API_KEY", TTS_ALTS)
def tts_yaml(r, c, v):
    return (pick(r, ["config/ttn.yaml", "deploy/values.yaml", "chart/values.yaml"]), """\
replicaCount: 1
image:
  repository: ghcr.io/%(user)s/lora-ingest
  tag: "1.4.2"
ttn:
  cluster: eu1.cloud.thethings.network
  applicationId: %(app)s
  mqtt:
    host: eu1.cloud.thethings.network
    port: 8883
    username: %(app)s@ttn
    password: %(v)s
influx:
  url: http://influxdb:8086
  bucket: sensors
resources:
  limits:
    memory: 128Mi
""" % dict(c, v=v, app=app_id(r)))


@template("ttn", "api_key", "sh", "sh", tts_key, "TTN_API_KEY", TTS_ALTS)
def tts_curl_sh(r, c, v):
    return (pick(r, ["scripts/ttn-downlink.sh", "bin/schedule_downlink.sh"]), """\
#!/bin/bash
# Queue a downlink (port 10, set interval) to one device
APP=%(app)s
DEV=${1:-eui-%(deveui)s}
curl -s -X POST \\
  "https://eu1.cloud.thethings.network/api/v3/as/applications/${APP}/webhooks/ops/devices/${DEV}/down/push" \\
  -H "Authorization: Bearer %(v)s" \\
  -H "Content-Type: application/json" \\
  -H "User-Agent: shack-scripts/1.0" \\
  --data '{"downlinks":[{"frm_payload":"AQ8=","f_port":10,"priority":"NORMAL"}]}'
""" % dict(v=v, app=app_id(r), deveui=eui(r).lower()))


@template("ttn", "api_key", "conf", "conf", tts_key, "TTN_API_KEY", TTS_ALTS)
def tts_mosquitto(r, c, v):
    app = app_id(r)
    return (pick(r, ["mosquitto/conf.d/ttn-bridge.conf", "etc/mosquitto/bridge.conf"]), """\
# Bridge TTS uplinks into the local broker
connection ttn-eu1
address eu1.cloud.thethings.network:8883
bridge_protocol_version mqttv311
bridge_capath /etc/ssl/certs
remote_clientid shack-bridge-%(n)d
remote_username %(app)s@ttn
remote_password %(v)s
topic v3/%(app)s@ttn/devices/+/up in 0 ttn/ ""
cleansession true
notifications false
""" % dict(v=v, app=app, n=r.randint(1, 9)))


@template("lorawan", "aes_key", "ino", "c", appkey_carray, "APPKEY", ["0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00"])
def lmic_ino(r, c, v):
    appeui = ", ".join("0x%02X" % b for b in rbytes(r, 8))
    deveui = ", ".join("0x%02X" % b for b in rbytes(r, 8))
    if isinstance(v, Expr):
        key = "static const u1_t PROGMEM APPKEY[16] = SECRET_APPKEY;"
    else:
        key = "static const u1_t PROGMEM APPKEY[16] = { %s };" % v
    return (pick(r, ["soil_node/soil_node.ino", "sketches/otaa_node/otaa_node.ino"]), """\
#include <lmic.h>
#include <hal/hal.h>
#include <SPI.h>
#include "secrets.h"

// LSB first, as in the TTN console "lsb" view
static const u1_t PROGMEM APPEUI[8] = { %(appeui)s };
void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8);}

static const u1_t PROGMEM DEVEUI[8] = { %(deveui)s };
void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8);}

// MSB first
%(key)s
void os_getDevKey (u1_t* buf) {  memcpy_P(buf, APPKEY, 16);}

static osjob_t sendjob;
const unsigned TX_INTERVAL = 900;

const lmic_pinmap lmic_pins = {
    .nss = 18,
    .rxtx = LMIC_UNUSED_PIN,
    .rst = 14,
    .dio = {26, 33, 32},
};

void setup() {
    Serial.begin(115200);
    os_init();
    LMIC_reset();
    LMIC_setClockError(MAX_CLOCK_ERROR * 1 / 100);
}

void loop() {
    os_runloop_once();
}
""" % {"appeui": appeui, "deveui": deveui, "key": key})


@template("lorawan", "aes_key", "ino", "c", appkey_hex, "APPKEY", APPKEY_ALTS)
def mkrwan_ino(r, c, v):
    return (pick(r, ["mkr_wx/mkr_wx.ino", "src/main.cpp", "firmware/node/main.cpp"]), """\
#include <MKRWAN.h>
#include <Adafruit_BME280.h>

LoRaModem modem;
Adafruit_BME280 bme;

String appEui = "%(appeui)s";
String appKey = %(qv)s;

void setup() {
  Serial.begin(115200);
  if (!modem.begin(EU868)) {
    Serial.println("modem init failed");
    while (1) {}
  }
  Serial.print("DevEUI: ");
  Serial.println(modem.deviceEUI());
  int connected = modem.joinOTAA(appEui, appKey);
  if (!connected) Serial.println("join failed");
  bme.begin(0x76);
  modem.minPollInterval(60);
}

void loop() {
  int16_t t = bme.readTemperature() * 100;
  modem.beginPacket();
  modem.write((uint8_t)(t >> 8));
  modem.write((uint8_t)(t & 0xFF));
  modem.endPacket(false);
  delay(600000);
}
""" % dict(qv=q(v), appeui=eui(r)))


@template("ttn", "aes_key", "csv", "csv", appkey_hex, "APPKEY", APPKEY_ALTS)
def tts_import_csv(r, c, v):
    rows = ["id;dev_eui;join_eui;frequency_plan_id;lorawan_version;lorawan_phy_version;app_key"]
    join = eui(r)
    rows.append("%s;%s;%s;EU_863_870_TTN;1.0.3;1.0.3-a;%s" % ("node-" + str(r.randint(1, 40)), eui(r), join, v))
    return (pick(r, ["devices/import.csv", "provisioning/batch-01.csv"]), "\n".join(rows) + "\n")


@template("ttn", "aes_key", "json", "json", appkey_hex, "APPKEY", APPKEY_ALTS)
def tts_device_json(r, c, v):
    return (pick(r, ["devices/node-07.json", "provisioning/end-device.json"]), """\
{
  "ids": {
    "device_id": "eui-%(dev)s",
    "dev_eui": "%(DEV)s",
    "join_eui": "%(join)s",
    "application_ids": {"application_id": "%(app)s"}
  },
  "name": "%(app)s node",
  "lorawan_version": "MAC_V1_0_3",
  "lorawan_phy_version": "PHY_V1_0_3_REV_A",
  "frequency_plan_id": "EU_863_870_TTN",
  "supports_join": true,
  "root_keys": {
    "app_key": {"key": "%(v)s"}
  }
}
""" % dict(v=v, dev=eui(r).lower(), DEV=eui(r), join=eui(r), app=app_id(r)))


@template("chirpstack", "aes_key", "yaml", "yaml", appkey_hex, "NWK_KEY", APPKEY_ALTS)
def chirpstack_keys_yaml(r, c, v):
    return (pick(r, ["ansible/group_vars/lora_nodes.yml", "inventory/devices.yaml"]), """\
chirpstack_url: http://chirpstack.lan:8080
tenant: home
application: %(app)s
device_profile: eu868-otaa-1.0.3
devices:
  - name: %(app)s-1
    dev_eui: "%(dev)s"
    join_eui: "%(join)s"
    nwk_key: "%(v)s"
    tags:
      location: shed
""" % dict(v=v, app=app_id(r), dev=eui(r).lower(), join=eui(r).lower()))


@template("chirpstack", "jwt_api_key", "py", "py", cs_jwt, "CHIRPSTACK_API_TOKEN", [])
def chirpstack_grpc(r, c, v):
    return (pick(r, ["tools/cs_enqueue.py", "chirpstack/client.py"]), '''\
import grpc
from chirpstack_api import api

SERVER = "chirpstack.lan:8080"
DEV_EUI = "%(dev)s"
api_token = %(qv)s

channel = grpc.insecure_channel(SERVER)
client = api.DeviceServiceStub(channel)
auth_token = [("authorization", "Bearer %%s" %% api_token)]

req = api.EnqueueDeviceQueueItemRequest()
req.queue_item.confirmed = False
req.queue_item.data = bytes([0x01, 0x0F])
req.queue_item.dev_eui = DEV_EUI
req.queue_item.f_port = 10
resp = client.Enqueue(req, metadata=auth_token)
print(resp.id)
''' % dict(qv=q(v), dev=eui(r).lower()))


@template("helium", "api_key", "js", "js", helium_key, "HELIUM_API_KEY", [])
def helium_console_js(r, c, v):
    return (pick(r, ["scripts/helium-devices.js", "src/console.js"]), """\
// List devices from the (legacy) Helium Console API
const fetch = require('node-fetch');

const consoleKey = %(qv)s;

async function listDevices() {
  const res = await fetch('https://console.helium.com/api/v1/devices', {
    headers: { key: consoleKey, Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`console: ${res.status}`);
  return res.json();
}

listDevices().then((d) => d.forEach((x) => console.log(x.dev_eui, x.name)));
""" % dict(qv=q(v, "'")))


@template("ttn", "api_key", "env", "env", tts_key, "TTN_API_KEY", TTS_ALTS)
def tts_dotenv(r, c, v):
    return (pick(r, [".env", ".env.production"]), """\
TTN_REGION=eu1
TTN_APP_ID=%(app)s
TTN_API_KEY=%(v)s
INFLUX_URL=http://localhost:8086
INFLUX_BUCKET=sensors
LOG_LEVEL=info
""" % dict(v=v, app=app_id(r)))


# ---- ADS-B feeders

@template("flightradar24", "sharing_key", "ini", "ini", fr24key, "FR24KEY", [])
def fr24feed_ini(r, c, v):
    return (pick(r, ["fr24feed.ini", "etc/fr24feed.ini"]), """\
receiver="beast-tcp"
fr24key="%(v)s"
host="127.0.0.1:30005"
bs="no"
raw="no"
logmode="1"
logpath="/var/log/fr24feed"
mlat="yes"
mlat-without-gps="yes"
""" % {"v": v})


@template("flightradar24", "sharing_key", "yaml", "yaml", fr24key, "FR24KEY", [])
def fr24_compose(r, c, v):
    lat, lon = c["lat"], c["lon"]
    return (pick(r, ["adsb/docker-compose.yml", "docker-compose.yaml"]), """\
services:
  ultrafeeder:
    image: ghcr.io/sdr-enthusiasts/docker-adsb-ultrafeeder
    restart: unless-stopped
    device_cgroup_rules:
      - "c 189:* rwm"
    ports:
      - 8080:80
    environment:
      - LOGLEVEL=error
      - READSB_DEVICE_TYPE=rtlsdr
      - READSB_RTLSDR_DEVICE=1090
      - READSB_LAT=%(lat)s
      - READSB_LON=%(lon)s
      - READSB_ALT=%(alt)dm
    volumes:
      - /dev/bus/usb:/dev/bus/usb

  fr24:
    image: ghcr.io/sdr-enthusiasts/docker-flightradar24:latest
    restart: unless-stopped
    environment:
      - BEASTHOST=ultrafeeder
      - FR24KEY=%(v)s
    tmpfs:
      - /var/log
""" % dict(v=v, lat=lat, lon=lon, alt=r.randint(5, 400)))


@template("radarbox", "sharing_key", "ini", "ini", rbkey, "SHARING_KEY", [])
def rbfeeder_ini(r, c, v):
    lat, lon = c["lat"], c["lon"]
    return (pick(r, ["rbfeeder.ini", "etc/rbfeeder.ini"]), """\
[client]
network_mode=true
log_file=/var/log/rbfeeder.log
key=%(v)s
lat=%(lat)s
lon=%(lon)s
alt=%(alt)d
sn=EXTRPI%(sn)06d

[network]
mode=beast
external_port=30005
external_host=127.0.0.1

[mlat]
autostart_mlat=true
""" % dict(v=v, lat=lat, lon=lon, alt=r.randint(5, 400), sn=r.randint(0, 999999)))


@template("radarbox", "sharing_key", "sh", "sh", rbkey, "SHARING_KEY", [])
def rb_docker_sh(r, c, v):
    return (pick(r, ["adsb/run-radarbox.sh", "bin/start_rbfeeder.sh"]), """\
#!/bin/sh
docker rm -f rbfeeder 2>/dev/null
docker run -d --name rbfeeder --restart unless-stopped \\
  -e TZ=Etc/UTC \\
  -e BEASTHOST=readsb \\
  -e LAT=%(lat)s -e LONG=%(lon)s -e ALT=%(alt)d \\
  -e SHARING_KEY=%(v)s \\
  --network adsb \\
  ghcr.io/sdr-enthusiasts/docker-radarbox:latest
""" % dict(v=v, lat=c["lat"], lon=c["lon"], alt=r.randint(5, 400)))


# ---- weather stations

WU_ALTS = ["replace_me", "<station key>"]


@template("wunderground", "station_key", "conf", "weewx", wu_station_key, "WU_STATION_KEY", WU_ALTS)
def weewx_wu(r, c, v):
    st = "I" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", r.randint(5, 8)) + str(r.randint(1, 99))
    return (pick(r, ["weewx.conf", "etc/weewx/weewx.conf"]), WEEWX_HEAD % c + """\
[StdRESTful]

    [[CWOP]]
        enable = false
        station = replace_me

    [[Wunderground]]
        enable = true
        station = %(st)s
        password = %(v)s
        rapidfire = False

    [[WOW]]
        enable = false
        station = replace_me
        password = replace_me
""" % dict(v=v, st=st) + WEEWX_TAIL)


@template("pwsweather", "password", "conf", "weewx", pw, "PWS_PASSWORD", ["replace_me"])
def weewx_pws(r, c, v):
    return (pick(r, ["weewx/weewx.conf", "weewx.conf"]), WEEWX_HEAD % c + """\
[StdRESTful]

    [[PWSweather]]
        enable = true
        station = %(st)s
        password = %(v)s

    [[Wunderground]]
        enable = false
        station = replace_me
        password = replace_me
""" % dict(v=v, st=c["call"] + "WX") + WEEWX_TAIL)


@template("metoffice-wow", "password", "conf", "weewx", lambda r, c: str(r.randint(100000, 999999)), "WOW_PIN", ["replace_me"])
def weewx_wow(r, c, v):
    return (pick(r, ["weewx.conf", "config/weewx.conf"]), WEEWX_HEAD % c + """\
[StdRESTful]

    [[StationRegistry]]
        register_this_station = False

    [[WOW]]
        enable = true
        station = %(st)s
        password = %(v)s
        post_interval = 900
""" % dict(v=v, st=uuid4(r)) + WEEWX_TAIL)


@template("wunderground", "station_key", "py", "py", wu_station_key, "WU_STATION_KEY", ["YOUR_STATION_KEY"])
def wu_upload_py(r, c, v):
    st = "I" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6) + str(r.randint(1, 99))
    if isinstance(v, Expr):
        url = '"https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=%s&PASSWORD=" + %s' % (st, v)
    else:
        url = '"https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=%s&PASSWORD=%s"' % (st, v)
    return (pick(r, ["wx/upload_wu.py", "station/wu.py"]), '''\
import urllib.parse
import urllib.request

BASE = %s


def push(tempf, humidity, baromin, windspeedmph, winddir):
    q = urllib.parse.urlencode({
        "dateutc": "now", "tempf": tempf, "humidity": humidity, "baromin": baromin,
        "windspeedmph": windspeedmph, "winddir": winddir, "action": "updateraw",
    })
    with urllib.request.urlopen(BASE + "&" + q, timeout=10) as resp:
        return resp.read().decode().strip()
''' % url)


@template("wunderground", "station_key", "ino", "c", wu_station_key, "WU_PASSWORD", ["YOUR_STATION_KEY"])
def wu_esp8266(r, c, v):
    return (pick(r, ["esp_wx/esp_wx.ino", "WeatherStation/WeatherStation.ino"]), """\
#include <ESP8266WiFi.h>
#include <ESP8266HTTPClient.h>
#include <DHT.h>

#define DHTPIN 4
DHT dht(DHTPIN, DHT22);

const char* WU_ID       = "I%(st)s";
const char* WU_PASSWORD = %(qv)s;
const char* WU_HOST     = "http://weatherstation.wunderground.com";

void setup() {
  Serial.begin(115200);
  WiFi.mode(WIFI_STA);
  dht.begin();
}

void loop() {
  float f = dht.readTemperature(true);
  float h = dht.readHumidity();
  WiFiClient client;
  HTTPClient http;
  String url = String(WU_HOST) + "/weatherstation/updateweatherstation.php?ID=" + WU_ID +
               "&PASSWORD=" + WU_PASSWORD + "&dateutc=now&tempf=" + String(f) +
               "&humidity=" + String(h) + "&action=updateraw";
  http.begin(client, url);
  http.GET();
  http.end();
  delay(300000);
}
""" % dict(qv=q(v), st=rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6) + str(r.randint(1, 99))))


@template("weather.com", "api_key", "yaml", "yaml", hex32l, "WU_API_KEY", [])
def wu_api_ha(r, c, v):
    return (pick(r, ["homeassistant/configuration.yaml", "ha/packages/weather.yaml"]), """\
sensor:
  - platform: rest
    name: pws_current
    resource: https://api.weather.com/v2/pws/observations/current
    params:
      stationId: I%(st)s
      format: json
      units: m
      apiKey: %(v)s
    value_template: "{{ value_json.observations[0].metric.temp }}"
    unit_of_measurement: "°C"
    scan_interval: 600
""" % dict(v=v, st=rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6) + str(r.randint(1, 99))))


@template("ecowitt", "api_key", "py", "py", uuid_lower, "ECOWITT_API_KEY", [])
def ecowitt_py(r, c, v):
    mac = ":".join(rs(r, HEXU, 2) for _ in range(6))
    return (pick(r, ["wx/ecowitt_pull.py", "station/ecowitt.py"]), '''\
import os

import requests

PARAMS = {
    "application_key": os.environ.get("ECOWITT_APP_KEY", ""),
    "api_key": %(qv)s,
    "mac": "%(mac)s",
    "call_back": "all",
    "temp_unitid": 1,
}


def realtime():
    r = requests.get("https://api.ecowitt.net/api/v3/device/real_time", params=PARAMS, timeout=15)
    r.raise_for_status()
    return r.json()["data"]
''' % dict(qv=q(v), mac=mac))


@template("ecowitt", "api_key", "json", "json", ecowitt_appkey, "ECOWITT_APP_KEY", [])
def ecowitt_json(r, c, v):
    return (pick(r, ["config/ecowitt.json", "wxbridge/settings.json"]), """\
{
  "station": {"name": "%(call)s backyard", "mac": "%(mac)s", "model": "GW2000A"},
  "ecowitt": {
    "application_key": "%(v)s",
    "api_key_env": "ECOWITT_API_KEY",
    "poll_seconds": 120
  },
  "publish": {"mqtt": "tcp://localhost:1883", "topic": "wx/backyard"}
}
""" % dict(c, v=v, mac=":".join(rs(r, HEXU, 2) for _ in range(6))))


@template("blitzortung", "password", "py", "py", pw, "BLITZ_PASSWORD", [])
def blitz_py(r, c, v):
    return (pick(r, ["lightning/fetch_strikes.py", "blitz/download.py"]), '''\
"""Download the strike list for my region from the Blitzortung participants area."""
import datetime as dt

import requests

REGION = %(reg)d
AUTH = ("%(user)s", %(qv)s)


def strikes(minutes=10):
    now = dt.datetime.utcnow()
    url = f"http://data.blitzortung.org/Data/Protected/last_strokes.php?region={REGION}&minutes={minutes}"
    r = requests.get(url, auth=AUTH, timeout=20)
    r.raise_for_status()
    return [line.split() for line in r.text.splitlines() if line and not line.startswith("#")], now
''' % dict(c, qv=q(v), reg=r.randint(1, 7)))


@template("safecast", "api_key", "py", "py", safecast_key, "SAFECAST_API_KEY", [])
def safecast_py(r, c, v):
    return (pick(r, ["radmon/safecast_post.py", "geiger/upload.py"]), '''\
import requests

SAFECAST_URL = "https://api.safecast.org/measurements.json"
DEVICE_ID = %(dev)d
LAT, LON = %(lat)s, %(lon)s


def post_cpm(cpm, captured_at):
    payload = {"measurement": {"latitude": LAT, "longitude": LON, "value": cpm, "unit": "cpm",
                               "device_id": DEVICE_ID, "captured_at": captured_at}}
    r = requests.post(SAFECAST_URL, params={"api_key": %(qv)s}, json=payload, timeout=20)
    return r.status_code
''' % dict(c, qv=q(v), dev=r.randint(10, 300)))


@template("purpleair", "api_key", "py", "py", uuid_upper, "PURPLEAIR_API_KEY", ["READ_KEY_HERE"])
def purpleair_py(r, c, v):
    return (pick(r, ["aq/purpleair.py", "airquality/fetch_pa.py"]), '''\
import requests

SENSORS = [%(s1)d, %(s2)d]
FIELDS = "name,pm2.5_10minute,humidity,temperature,last_seen"


class PurpleAir:
    def __init__(self, read_key):
        self.s = requests.Session()
        self.s.headers["X-API-Key"] = read_key

    def sensor(self, idx):
        r = self.s.get(f"https://api.purpleair.com/v1/sensors/{idx}", params={"fields": FIELDS}, timeout=15)
        r.raise_for_status()
        return r.json()["sensor"]


pa = PurpleAir(%(qv)s)
for idx in SENSORS:
    print(pa.sensor(idx))
''' % dict(qv=q(v), s1=r.randint(1000, 250000), s2=r.randint(1000, 250000)))


@template("purpleair", "api_key", "yaml", "yaml", uuid_upper, "PURPLEAIR_API_KEY", [])
def purpleair_yaml(r, c, v):
    return (pick(r, ["config/aq.yaml", "aqi-dashboard/settings.yml"]), """\
dashboard:
  title: Neighbourhood air quality
  refresh: 600
purpleair:
  read_key: %(v)s
  sensors: [%(s1)d, %(s2)d, %(s3)d]
  average: 10minute
airnow:
  enabled: false
""" % dict(v=v, s1=r.randint(1000, 250000), s2=r.randint(1000, 250000), s3=r.randint(1000, 250000)))


@template("qrz", "password", "env", "env", pw, "QRZ_PASSWORD", [])
def qrz_dotenv(r, c, v):
    return (".env", """\
CALLSIGN=%(call)s
QRZ_USERNAME=%(call)s
QRZ_PASSWORD=%(v)s
HAMLIB_HOST=localhost:4532
""" % dict(c, v=v))


@template("winlink", "password", "toml", "toml", pw, "WINLINK_PASSWORD", [])
def winlink_toml(r, c, v):
    return (pick(r, ["wlbot/config.toml", "config.toml"]), """\
[station]
callsign = "%(call)s"
locator = "%(grid)s"

[winlink]
cms_host = "cms.winlink.org"
cms_port = 8772
password = "%(v)s"
check_every_min = 30

[radio]
rigctld = "127.0.0.1:4532"
""" % dict(c, v=v))


@template("aprs-is", "passcode", "toml", "toml", passcode, "APRS_PASSCODE", APRS_ALTS)
def aprs_toml(r, c, v):
    return (pick(r, ["aprs-weather/config.toml", "wx2aprs.toml"]), """\
[aprs]
callsign = "%(call)s-13"
passcode = "%(v)s"
server = "rotate.aprs2.net:14580"
symbol = "/_"

[station]
lat = %(lat)s
lon = %(lon)s
comment = "WX %(grid)s"
""" % dict(c, v=v))


@template("tgif", "password", "md", "md", hspw, "TGIF_PASSWORD", [])
def hotspot_md(r, c, v):
    return (pick(r, ["docs/hotspot.md", "README.md"]), """\
# Club DMR hotspot (%(call)s)

* Modem: MMDVM_HS_Dual_Hat, 438.800 MHz simplex, CC1
* DMR ID: %(dmr)s, hotspot ID %(dmr)s03
* Network: TGIF (`tgif.network:62031`)
* Hotspot password in Pi-Star *DMR Configuration*: `%(v)s`
* Static TGs set on the TGIF dashboard: 31665, 235

Admin UI is on http://pi-star.local/admin/.
""" % dict(c, v=v))


@template("dapnet", "password", "yaml", "yaml", pw, "DAPNET_PASSWORD", [])
def dapnet_ansible(r, c, v):
    return (pick(r, ["ansible/host_vars/pager-gw.yml", "group_vars/pagers.yaml"]), """\
dapnet_callsign: %(user)s
dapnet_api: http://www.hampager.de:8080
dapnet_password: "%(v)s"
dapnet_groups:
  - dl-all
pager_rics:
  - %(ric)d
""" % dict(c, v=v, ric=r.randint(100000, 2000000)))


# ------------------------------------------------------ look-alike negatives
# f(r, c) -> (relpath, text, provider, kind, filetype)

LOOKALIKES = []


def lookalike(f):
    LOOKALIKES.append(f)
    return f


def sha256hex(r):
    return rs(r, HEXL, 64)


@lookalike
def la_direwolf_digi(r, c):
    return ("direwolf/digi.conf", """\
# Fill-in digipeater, no iGate
ADEVICE plughw:1,0
CHANNEL 0
MYCALL %(call)s-%(ssid)s
MODEM 1200
PTT CM108
DIGIPEAT 0 0 ^WIDE1-1$ ^WIDE1-1$
PBEACON delay=1 every=30 overlay=S symbol="digi" lat=%(lat)s long=%(lon)s power=25 height=20 gain=3 comment="%(grid)s fill-in"
# IGLOGIN not used on this site (RF only)
""" % c, "aprs-is", "callsign", "conf")


@lookalike
def la_aprs_receive_only(r, c):
    return ("config/aprs_rx.py", '''\
# Receive-only APRS-IS listener: passcode -1 is the documented read-only login
import aprslib

def callback(packet):
    print(packet.get("from"), packet.get("latitude"), packet.get("longitude"))

ais = aprslib.IS("%(call)s", passwd="-1", port=14580)
ais.set_filter("r/%(lat)s/%(lon)s/50")
ais.connect()
ais.consumer(callback, raw=False)
''' % c, "aprs-is", "receive_only_login", "py")


@lookalike
def la_aprs_packets_log(r, c):
    lines = []
    for _ in range(r.randint(6, 10)):
        cs = callsign(r)
        lines.append("2024-%02d-%02d %02d:%02d:%02d %s-%d>APDW16,WIDE2-1,qAR,%s:!%.2fN/%.2fW-PHG2360 %s" % (
            r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
            cs, r.randint(1, 15), c["call"], r.uniform(3000, 5000), r.uniform(7000, 12000), grid(r)))
    return ("logs/aprs-rf.log", "\n".join(lines) + "\n", "aprs-is", "packet_log", "log")


@lookalike
def la_mmdvm_nopass(r, c):
    d = mmdvm_ctx(r, c)
    return ("MMDVM.ini", MMDVM_HEAD % d + """
[DMR Network]
Enable=1
Type=Gateway
LocalAddress=127.0.0.1
LocalPort=62032
GatewayAddress=127.0.0.1
GatewayPort=62031
Jitter=360
Debug=0
""", "brandmeister", "dmr_ids", "ini")


@lookalike
def la_dmrids_csv(r, c):
    rows = ["RADIO_ID,CALLSIGN,FIRST_NAME,CITY,STATE,COUNTRY"]
    for _ in range(r.randint(8, 14)):
        rows.append("%s,%s,%s,%s,,%s" % (dmr_id(r), callsign(r), pick(r, ["Tom", "Anna", "Raj", "Lena", "Marco", "Kenji"]),
                                        pick(r, ["Leeds", "Austin", "Lyon", "Graz", "Perth", "Turku"]),
                                        pick(r, ["United Kingdom", "United States", "France", "Austria", "Australia", "Finland"])))
    return ("data/DMRIds.csv", "\n".join(rows) + "\n", "radioid", "dmr_ids", "csv")


@lookalike
def la_repeaters_csv(r, c):
    rows = ["Callsign,Output,Input,Offset,CTCSS,Mode,Locator"]
    for _ in range(r.randint(8, 14)):
        f = float(freq(r))
        off = -0.6 if f < 146 else 7.6
        rows.append("%s,%.4f,%.4f,%+.1f,%s,%s,%s" % (callsign(r), f, f + off, off, pick(r, CTCSS),
                                                   pick(r, ["FM", "DMR", "C4FM", "D-STAR"]), grid(r)))
    return ("docs/repeaters.csv", "\n".join(rows) + "\n", "repeaterbook", "frequencies", "csv")


@lookalike
def la_chirp_csv(r, c):
    rows = ["Location,Name,Frequency,Duplex,Offset,Tone,rToneFreq,cToneFreq,DtcsCode,DtcsPolarity,Mode,TStep,Skip,Comment"]
    for i in range(r.randint(6, 12)):
        rows.append("%d,%s,%s,-,0.600000,Tone,%s,88.5,023,NN,FM,5.00,,%s" % (
            i, callsign(r)[:6], freq(r, "2m"), pick(r, CTCSS), grid(r)))
    return ("radios/uv5r-chirp.csv", "\n".join(rows) + "\n", "chirp", "frequencies", "csv")


@lookalike
def la_tts_uplink_json(r, c):
    payload = b64(rbytes(r, r.randint(4, 12)))
    return ("samples/uplink.json", json.dumps({
        "end_device_ids": {"device_id": "eui-" + eui(r).lower(), "application_ids": {"application_id": app_id(r)},
                           "dev_eui": eui(r), "join_eui": eui(r), "dev_addr": rs(r, HEXU, 8)},
        "correlation_ids": ["as:up:" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26),
                            "rpc:/ttn.lorawan.v3.AppAs/SimulateUplink:" + uuid4(r)],
        "received_at": "2024-05-%02dT%02d:%02d:11.%09dZ" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 999999999)),
        "uplink_message": {"session_key_id": b64(rbytes(r, 16)), "f_port": 1, "f_cnt": r.randint(1, 9999),
                           "frm_payload": payload,
                           "rx_metadata": [{"gateway_ids": {"gateway_id": "gw-" + c["user"], "eui": eui(r)},
                                            "rssi": -r.randint(40, 120), "snr": round(r.uniform(-15, 10), 1)}],
                           "settings": {"data_rate": {"lora": {"bandwidth": 125000, "spreading_factor": r.randint(7, 12)}},
                                        "frequency": str(pick(r, [867100000, 867300000, 868100000, 868500000]))}}},
        indent=2) + "\n", "ttn", "session_key_id", "json")


@lookalike
def la_tts_devices_csv(r, c):
    rows = ["id;dev_eui;join_eui;frequency_plan_id;lorawan_version;lorawan_phy_version;name"]
    join = eui(r)
    for i in range(r.randint(4, 9)):
        rows.append("node-%02d;%s;%s;EU_863_870_TTN;1.0.3;1.0.3-a;%s" % (i, eui(r), join, pick(r, ["soil", "tank", "gate", "hive"])))
    return ("devices/inventory.csv", "\n".join(rows) + "\n", "ttn", "dev_eui", "csv")


@lookalike
def la_lmic_no_key(r, c):
    return ("node/node.ino", """\
#include <lmic.h>
#include <hal/hal.h>
#include "secrets.h"   // APPKEY lives here, not in git

static const u1_t PROGMEM APPEUI[8] = { %s };
static const u1_t PROGMEM DEVEUI[8] = { %s };
void os_getArtEui (u1_t* buf) { memcpy_P(buf, APPEUI, 8); }
void os_getDevEui (u1_t* buf) { memcpy_P(buf, DEVEUI, 8); }
void os_getDevKey (u1_t* buf) { memcpy_P(buf, SECRET_APPKEY, 16); }

void setup() { os_init(); LMIC_reset(); }
void loop() { os_runloop_once(); }
""" % (c_bytes(rbytes(r, 8)), c_bytes(rbytes(r, 8))), "lorawan", "dev_eui", "ino")


@lookalike
def la_gw_global_conf(r, c):
    return ("packet_forwarder/local_conf.json", json.dumps({"gateway_conf": {
        "gateway_ID": rs(r, HEXU, 6) + "FFFE" + rs(r, HEXU, 6),
        "server_address": "eu1.cloud.thethings.network", "serv_port_up": 1700, "serv_port_down": 1700,
        "ref_latitude": c["lat"], "ref_longitude": c["lon"], "ref_altitude": r.randint(5, 300),
        "contact_email": "", "description": "%s rooftop" % c["call"]}}, indent=4) + "\n", "ttn", "gateway_eui", "json")


@lookalike
def la_ttn_formatter_js(r, c):
    return ("formatters/uplink.js", """\
// TTS uplink payload formatter for %s
function decodeUplink(input) {
  var b = input.bytes;
  var t = ((b[0] << 8) | b[1]) / 100;
  var h = b[2] / 2;
  var batt = (b[3] * 20) / 1000;
  return { data: { temperature: t, humidity: h, battery: batt }, warnings: [], errors: [] };
}
// Test vector from the console: 0A 2B 7E D2 -> %s
""" % (app_id(r), b64(bytes([0x0A, 0x2B, 0x7E, 0xD2]))), "ttn", "payload", "js")


@lookalike
def la_mesh_nodes_json(r, c):
    nodes = {}
    for _ in range(r.randint(3, 6)):
        num = r.randint(0x10000000, 0xFFFFFFFF)
        nodes["!%08x" % num] = {"num": num, "user": {"id": "!%08x" % num, "longName": callsign(r) + " mobile",
                                                   "shortName": rs(r, "ABCDEFGHJKLMNPQRSTUVWXYZ", 4),
                                                   "macaddr": b64(rbytes(r, 6)), "hwModel": pick(r, ["TBEAM", "HELTEC_V3", "RAK4631", "T_ECHO"]),
                                                   "publicKey": b64(rbytes(r, 32))},
                                "position": {"latitude": round(r.uniform(40, 55), 5), "longitude": round(r.uniform(-5, 20), 5)},
                                "snr": round(r.uniform(-12, 12), 2), "lastHeard": r.randint(1700000000, 1730000000)}
    return ("data/nodes.json", json.dumps(nodes, indent=2) + "\n", "meshtastic", "public_key", "json")


@lookalike
def la_mesh_default_yaml(r, c):
    return ("meshtastic/defaults.yaml", """\
# Public default channel: the 1-byte PSK AQ== selects the well-known key
channels:
  - index: 0
    name: LongFast
    psk: AQ==
    uplink_enabled: false
# Default key bytes for reference: 1PG7OiApB1nwvP+rz05pAQ==
mqtt:
  address: mqtt.meshtastic.org
  username: meshdev
  password: large4cats
  root: msh/EU_868
  encryption_enabled: true
""", "meshtastic", "documented_default", "yaml")


@lookalike
def la_aircraft_json(r, c):
    ac = []
    for _ in range(r.randint(4, 8)):
        ac.append({"hex": rs(r, HEXL, 6), "flight": pick(r, ["BAW", "DLH", "RYR", "UAL", "AAL", "KLM"]) + str(r.randint(10, 9999)),
                   "alt_baro": r.randint(1000, 41000), "gs": round(r.uniform(120, 520), 1), "squawk": "%04o" % r.randint(0, 0o7777),
                   "lat": round(r.uniform(45, 55), 5), "lon": round(r.uniform(-5, 15), 5), "rssi": round(-r.uniform(3, 30), 1)})
    return ("tar1090/aircraft.json", json.dumps({"now": r.randint(1700000000, 1730000000), "messages": r.randint(10**5, 10**8), "aircraft": ac}, indent=1) + "\n",
            "adsb", "icao_hex", "json")


@lookalike
def la_piaware_conf(r, c):
    return ("etc/piaware.conf", """\
# piaware.conf - FlightAware feeder
# feeder-id identifies this site on the FlightAware stats page (not a password)
feeder-id %s
receiver-type rtlsdr
rtlsdr-gain 43.9
allow-mlat yes
allow-modeac yes
wired-network yes
""" % uuid4(r), "flightaware", "feeder_id", "conf")


@lookalike
def la_fr24_log(r, c):
    lines = ["[feed][i]defined 1 server(s)", "[feed][c]Current IP: 185.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)),
             "[feed][n]%s@185.218.24.22:8099/UDP" % ("T-" + pick(r, ["EGLL", "KSEA", "EDDF", "LFPG"]) + str(r.randint(1, 400))),
             "[feed][n]connecting", "[feed][n]connected via UDP (fd 15)", "[feed][i]Feed ID: %d" % r.randint(10000, 99999),
             "[mlat][i]Pinging mlat server", "[feed][i]sent %d AC" % r.randint(5, 60)]
    return ("logs/fr24feed.log", "\n".join("2024-06-%02d 1%d:%02d:%02d | %s" % (r.randint(1, 28), r.randint(0, 9), r.randint(0, 59), r.randint(0, 59), ln) for ln in lines) + "\n",
            "flightradar24", "radar_id", "log")


@lookalike
def la_weewx_archive_csv(r, c):
    rows = ["dateTime,usUnits,interval,barometer,outTemp,outHumidity,windSpeed,windDir,rain"]
    t = r.randint(1700000000, 1720000000)
    for i in range(r.randint(8, 14)):
        rows.append("%d,1,5,%.3f,%.1f,%d,%.1f,%d,0.00" % (t + 300 * i, r.uniform(29.5, 30.5), r.uniform(20, 90), r.randint(20, 99), r.uniform(0, 20), r.randint(0, 359)))
    return ("exports/archive-2024.csv", "\n".join(rows) + "\n", "weewx", "observations", "csv")


@lookalike
def la_wu_obs_json(r, c):
    st = "I" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 6) + str(r.randint(1, 99))
    return ("fixtures/wu_current.json", json.dumps({"observations": [{
        "stationID": st, "obsTimeUtc": "2024-07-01T12:%02d:00Z" % r.randint(0, 59), "neighborhood": "Hillside",
        "softwareType": "weewx-4.10.2", "country": "US", "lat": c["lat"], "lon": c["lon"], "qcStatus": 1,
        "metric": {"temp": r.randint(5, 30), "dewpt": r.randint(0, 20), "pressure": round(r.uniform(1000, 1030), 2)}}]}, indent=2) + "\n",
        "wunderground", "station_id", "json")


@lookalike
def la_weewx_wu_disabled(r, c):
    return ("weewx.conf", WEEWX_HEAD % c + """\
[StdRESTful]

    [[Wunderground]]
        # Fill in the station key from wunderground.com "My Devices"
        enable = false
        station = I%sX1
        password = replace_me
""" % rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", 5) + WEEWX_TAIL, "wunderground", "placeholder", "conf")


@lookalike
def la_adif(r, c):
    recs = []
    for _ in range(r.randint(4, 8)):
        cs = callsign(r)
        recs.append("<CALL:%d>%s <QSO_DATE:8>2024%02d%02d <TIME_ON:4>%02d%02d <BAND:3>20m <MODE:3>FT8 <FREQ:9>14.0%05d <RST_SENT:3>-%02d <GRIDSQUARE:4>%s <EOR>" % (
            len(cs), cs, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(74000, 76999), r.randint(1, 20), grid(r)[:4]))
    return ("logs/%s.adi" % c["user"], "Exported by shacklog\n<ADIF_VER:5>3.1.4 <PROGRAMID:8>shacklog <EOH>\n" + "\n".join(recs) + "\n",
            "adif", "log", "adi")


@lookalike
def la_cabrillo(r, c):
    lines = ["START-OF-LOG: 3.0", "CONTEST: ARRL-FD", "CALLSIGN: %s" % c["call"], "LOCATION: EMA", "CATEGORY-OPERATOR: MULTI-OP",
             "CLAIMED-SCORE: %d" % r.randint(500, 9000), "OPERATORS: %s %s" % (callsign(r), callsign(r))]
    for _ in range(r.randint(5, 9)):
        lines.append("QSO: %5d PH 2024-06-22 %02d%02d %-10s 3A EMA %-10s 2A NH" % (pick(r, [7000, 14000, 21000]) + r.randint(0, 300), r.randint(0, 23), r.randint(0, 59), c["call"], callsign(r)))
    lines.append("END-OF-LOG:")
    return ("contest/fieldday.log", "\n".join(lines) + "\n", "contest", "log", "log")


@lookalike
def la_station_md(r, c):
    return ("docs/station.md", """\
# %(call)s station page

* Grid: **%(grid)s** (lat %(lat)s, lon %(lon)s)
* DMR ID: %(dmr)s
* APRS: %(call)s-9 (mobile), %(call)s-10 (iGate, receive only)
* Echolink node: %(node)d
* Local repeater: %(f)s MHz, -600 kHz, CTCSS %(t)s Hz
* Rig serial: %(sn)s

QSL via LoTW and eQSL; no paper cards.
""" % dict(c, node=r.randint(100000, 999999), f=freq(r, "2m"), t=pick(r, CTCSS), sn=rs(r, "0123456789ABCDEF", 10)),
        "personal", "identifiers", "md")


@lookalike
def la_sensor_community(r, c):
    chip = r.randint(100000, 16000000)
    return ("samples/airrohr_post.txt", json.dumps({"esp8266id": str(chip), "software_version": "NRZ-2024-135",
        "sensordatavalues": [{"value_type": "SDS_P1", "value": "%.2f" % r.uniform(1, 40)}, {"value_type": "SDS_P2", "value": "%.2f" % r.uniform(1, 25)},
                             {"value_type": "BME280_temperature", "value": "%.2f" % r.uniform(-5, 30)},
                             {"value_type": "samples", "value": str(r.randint(500000, 900000))}]}, indent=2) + "\n"
            + "# X-Sensor: esp8266-%d\n" % chip, "sensor.community", "sensor_id", "txt")


@lookalike
def la_bgeigie_log(r, c):
    lines = []
    for _ in range(r.randint(6, 10)):
        body = "BNRDD,%d,2024-03-%02dT%02d:%02d:%02dZ,%d,%d,%d,A,%.4f,N,%.4f,E,%.2f,A,%d,%d" % (
            r.randint(200, 3000), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
            r.randint(10, 60), r.randint(50, 300), r.randint(1000, 90000), r.uniform(3500, 3600), r.uniform(13900, 14000),
            r.uniform(0, 100), r.randint(4, 12), r.randint(80, 200))
        cs = 0
        for ch in body:
            cs ^= ord(ch)
        lines.append("$%s*%02X" % (body, cs))
    return ("radiation/bgeigie-%02d.LOG" % r.randint(1, 99), "\n".join(lines) + "\n", "safecast", "nmea_log", "log")


@lookalike
def la_gmc_upload(r, c):
    return ("radmon/gmcmap.py", '''\
# gmcmap.com upload: AID (account id) and GID (counter id) are public ids shown on the map
import urllib.request

AID = "%d"
GID = "%d"


def log(cpm, acpm, usv):
    url = f"http://www.GMCmap.com/log2.asp?AID={AID}&GID={GID}&CPM={cpm}&ACPM={acpm}&uSV={usv}"
    return urllib.request.urlopen(url, timeout=10).read()
''' % (r.randint(1000, 99999), r.randint(10000000000, 99999999999)), "gmc", "public_id", "py")


@lookalike
def la_purpleair_resp(r, c):
    return ("fixtures/purpleair_sensor.json", json.dumps({"api_version": "V1.0.14-0.0.58", "time_stamp": r.randint(1700000000, 1730000000),
        "sensor": {"sensor_index": r.randint(1000, 250000), "name": "%s backyard" % c["call"], "model": "PA-II",
                   "hardware": "2.0+BME280+PMSX003-B+PMSX003-A", "firmware_version": "7.02",
                   "latitude": c["lat"], "longitude": c["lon"], "pm2.5_10minute": round(r.uniform(1, 50), 1)}}, indent=2) + "\n",
            "purpleair", "sensor_index", "json")


@lookalike
def la_sha256sums(r, c):
    names = ["firmware-tbeam-2.3.15.bin", "firmware-heltec-v3-2.3.15.bin", "littlefs-2.3.15.bin", "MMDVM_HS_Hat-v1.6.1.bin", "rbfeeder_1.0.10_armhf.deb"]
    return ("release/SHA256SUMS", "".join("%s  %s\n" % (sha256hex(r), n) for n in names), "release", "sha256", "txt")


@lookalike
def la_pkg_lock(r, c):
    deps = {}
    for name in ["mqtt", "axios", "fast-xml-parser", "ws", "dayjs"]:
        deps["node_modules/" + name] = {"version": "%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 20)),
                                        "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (name, name),
                                        "integrity": "sha512-" + b64(rbytes(r, 64))}
    return ("package-lock.json", json.dumps({"name": "ttn-dashboard", "lockfileVersion": 3, "packages": deps}, indent=2) + "\n",
            "npm", "integrity_hash", "json")


@lookalike
def la_ssh_pub(r, c):
    blob = b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)
    return ("ansible/files/authorized_keys", "ssh-ed25519 %s %s@shack-pi\nssh-ed25519 %s %s@laptop\n" % (
        b64(blob), c["user"], b64(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(r, 32)), c["user"]),
        "ssh", "public_key", "txt")


@lookalike
def la_cert_pem(r, c):
    body = b64(rbytes(r, 540))
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return ("certs/lotw-root-ca.pem", "# LoTW root CA certificate (public)\n-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n",
            "lotw", "certificate", "pem")


@lookalike
def la_systemd_readsb(r, c):
    return ("systemd/readsb.service", """\
[Unit]
Description=readsb ADS-B decoder
After=network.target

[Service]
EnvironmentFile=/etc/default/readsb
ExecStart=/usr/bin/readsb --device-type rtlsdr --device %s --gain 43.9 --lat %s --lon %s --net --write-json /run/readsb
User=readsb
Restart=always

[Install]
WantedBy=default.target
""" % (rs(r, "0123456789", 8), c["lat"], c["lon"]), "adsb", "serial", "service")


@lookalike
def la_rtl433_json(r, c):
    lines = []
    for _ in range(r.randint(5, 9)):
        lines.append(json.dumps({"time": "2024-08-%02d %02d:%02d:%02d" % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)),
                                 "model": pick(r, ["Acurite-Tower", "Fineoffset-WH65B", "LaCrosse-TX141THBv2"]), "id": r.randint(1, 65535),
                                 "channel": pick(r, ["A", "B", "C"]), "battery_ok": 1, "temperature_C": round(r.uniform(-10, 35), 1),
                                 "humidity": r.randint(10, 99), "mic": "CRC"}))
    return ("data/rtl433-%d.jsonl" % r.randint(1, 30), "\n".join(lines) + "\n", "rtl_433", "sensor_id", "jsonl")


@lookalike
def la_wsjtx_ini(r, c):
    return ("WSJT-X.ini", """\
[Configuration]
MyCall=%(call)s
MyGrid=%(grid)s
Font="Sans Serif,10,-1,5,50,0,0,0,0,0"
PSKReporter=true
PSKReporterTCPIP=false
UDPServer=127.0.0.1
UDPServerPort=2237
AcceptUDPRequests=true
Rig=Icom IC-7300
CATSerialPort=/dev/ttyUSB0
CATSerialRate=19200
[Common]
Mode=FT8
DialFreq=14074000
RxFreq=%(rx)d
TxFreq=%(tx)d
""" % dict(c, rx=r.randint(200, 2800), tx=r.randint(200, 2800)), "wsjtx", "callsign", "ini")


@lookalike
def la_hamclock_sh(r, c):
    return ("scripts/hamclock-de.sh", """\
#!/bin/sh
# Point HamClock at our QTH over its RESTful port (local only)
HC=http://hamclock.local:8080
curl -s "$HC/set_newde?grid=%s&call=%s"
curl -s "$HC/set_mapview?Style=Terrain&Grid=Maidenhead&Projection=Azimuthal"
curl -s "$HC/get_de.txt"
""" % (c["grid"][:6], c["call"]), "hamclock", "grid", "sh")


@lookalike
def la_ha_entities(r, c):
    ents = [{"entity_id": "sensor.%s" % n, "unique_id": uuid4(r).replace("-", ""), "platform": p, "device_id": rs(r, HEXL, 32)}
            for n, p in [("outdoor_temp", "ecowitt"), ("pm25_backyard", "purpleair"), ("hotspot_status", "rest"), ("lightning_distance", "blitzortung")]]
    return (".storage/core.entity_registry.json", json.dumps({"version": 1, "minor_version": 13, "key": "core.entity_registry",
                                                             "data": {"entities": ents}}, indent=2) + "\n", "homeassistant", "uuid", "json")


@lookalike
def la_cwop_list_md(r, c):
    rows = ["| Station | Passcode | Notes |", "|---|---|---|"]
    for _ in range(r.randint(3, 6)):
        rows.append("| %s%d | -1 | CWOP citizen station, no ham licence |" % (pick(r, ["CW", "DW", "EW", "FW", "GW"]), r.randint(1000, 9999)))
    return ("docs/cwop-stations.md", "# Club weather stations on CWOP\n\nCW/DW/EW stations log in with passcode `-1`.\n\n" + "\n".join(rows) + "\n",
            "cwop", "station_id", "md")


@lookalike
def la_blitz_status(r, c):
    return ("blitz/station.json", json.dumps({"station": r.randint(1000, 4000), "controller": "Red " + pick(r, ["v19", "v20"]),
                                              "firmware": "9.%d" % r.randint(0, 9), "board_serial": rs(r, HEXU, 12),
                                              "mac": ":".join(rs(r, HEXL, 2) for _ in range(6)),
                                              "gps": {"lat": c["lat"], "lon": c["lon"], "sats": r.randint(4, 14)},
                                              "firmware_sha1": rs(r, HEXL, 40)}, indent=2) + "\n", "blitzortung", "serial", "json")


@lookalike
def la_mesh_channel_b64(r, c):
    return ("docs/mesh-troubleshooting.md", """\
# Decoding a captured packet

Raw packet from the serial log (base64, already encrypted with the channel key):

    %s

Packet id `0x%08x`, from node `!%08x`, channel hash `0x%02x`, hop limit 3.
Node public key (safe to share, used for DMs): `%s`
""" % (b64(rbytes(r, r.randint(30, 60))), r.randint(0, 2**32 - 1), r.randint(0, 2**32 - 1), r.randint(0, 255), b64(rbytes(r, 32))),
        "meshtastic", "encrypted_payload", "md")


@lookalike
def la_dockerfile(r, c):
    return ("Dockerfile", """\
FROM python:3.12-slim
ARG APP_VERSION=1.%d.%d
LABEL org.opencontainers.image.revision="%s"
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV TTN_REGION=eu1 \\
    TTN_APP_ID=%s
# TTN_API_KEY is injected at runtime (docker secret)
CMD ["python", "-m", "ingest"]
""" % (r.randint(0, 9), r.randint(0, 20), rs(r, HEXL, 40), app_id(r)), "ttn", "git_sha", "dockerfile")


# ------------------------------------------------------------------ driver

GENERIC_PLACEHOLDERS = ["", "changeme", "YOUR_API_KEY_HERE", "<your-key>", "xxxxxxxxxxxxxxxx",
                        "REPLACE_ME", "<password>", "your_password_here", "TODO", "XXXXXXXX"]
MASKED = ["****", "********", "[REDACTED]", "<redacted>", "••••••••"]
CODE_LANGS = ("py", "c", "js", "sh")


def neg_value(r, t, c):
    """Pick a non-secret for the slot of template t; may adjust ctx c."""
    env = t["env"]
    lang = t["lang"]
    roll = r.random()
    if t["alts"] and roll < 0.3:
        a = pick(r, t["alts"])
        if isinstance(a, tuple):
            c["call"] = a[0]
            return a[1], "documented_example"
        return a, "documented_example"
    roll = r.random()
    if roll < 0.3:
        return pick(r, GENERIC_PLACEHOLDERS), "placeholder"
    if roll < 0.45:
        return pick(r, MASKED), "masked"
    # references to the environment / a secret manager / a template engine
    if lang == "py":
        return Expr(pick(r, ['os.environ["%s"]' % env, 'os.getenv("%s", "")' % env,
                             'keyring.get_password("shack", "%s")' % env.lower()])), "env_reference"
    if lang == "c":
        return Expr("SECRET_" + env), "env_reference"
    if lang == "js":
        return Expr("process.env.%s" % env), "env_reference"
    if lang == "sh":
        return Expr(pick(r, ["${%s}" % env, "$%s" % env, "${%s:?missing}" % env])), "env_reference"
    opts = ["${%s}" % env, "op://Shack/%s/credential" % env.lower(), "vault:secret/data/ham#%s" % env.lower()]
    if lang in ("yaml", "md", "toml"):
        opts.append("{{ %s }}" % env.lower())
    if lang == "yaml":
        opts.append("!secret %s" % env.lower())
    return pick(r, opts), "env_reference"


def first_line(text, needle):
    for i, ln in enumerate(text.split("\n"), 1):
        if needle in ln:
            return i
    return 0


BLOCKED_ENV = (".env", ".env.local", ".env.production", ".env.development", ".env.prod", ".env.dev", ".env.test")


def safe_neg_path(path):
    head, _, base = path.rpartition("/")
    if base in BLOCKED_ENV or (base.startswith(".env") and base not in (".env.example", ".env.sample", ".env.template")):
        base = ".env.example"
    return (head + "/" + base) if head else base


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def rotation(r, n, count):
    out = []
    while len(out) < count:
        idx = list(range(n))
        r.shuffle(idx)
        out.extend(idx)
    return out[:count]


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_jm.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    assert len(TEMPLATES) >= 60 and len(TEMPLATES) + len(LOOKALIKES) >= 60
    manifest, secrets = [], []

    # positives
    order = rotation(r, len(TEMPLATES), 500)
    n_env = 0
    for i, ti in enumerate(order):
        t = TEMPLATES[ti]
        if t["ftype"] == "env":
            n_env += 1
            if n_env > 24:
                t = TEMPLATES[(ti + 1) % len(TEMPLATES)]
        for _attempt in range(50):
            c = new_ctx(r)
            needle = t["gen"](r, c)
            rel, text = t["f"](r, c, needle)
            if text.count(needle) == 1:
                break
        else:
            raise AssertionError("needle not unique: %s" % t["name"])
        line = first_line(text, needle)
        assert line > 0 and needle in text.split("\n")[line - 1]
        assert needle.strip() == needle and len(needle) >= 3
        f = "pos/p%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "pos", "provider": t["provider"], "kind": t["kind"], "filetype": t["ftype"]})
        secrets.append({"file": f, "needle": needle, "line": line})

    # negatives: half template re-use, half look-alikes, shuffled together
    jobs = [("reuse", ti) for ti in rotation(r, len(TEMPLATES), 250)] + \
           [("look", li) for li in rotation(r, len(LOOKALIKES), 250)]
    r.shuffle(jobs)
    for i, (mode, idx) in enumerate(jobs):
        if mode == "reuse":
            t = TEMPLATES[idx]
            c = new_ctx(r)
            val, how = neg_value(r, t, c)
            rel, text = t["f"](r, c, val)
            rel = safe_neg_path(rel)
            if t["lang"] == "py" and isinstance(val, Expr):
                mod = "keyring" if "keyring." in val else "os"
                if "import %s\n" % mod not in text:
                    text = "import %s\n" % mod + text if not text.startswith("#!") else \
                        text.replace("\n", "\nimport %s\n" % mod, 1)
            prov, kind, ftype = t["provider"], "%s:%s" % (t["kind"], how), t["ftype"]
        else:
            c = new_ctx(r)
            rel, text, prov, kind, ftype = LOOKALIKES[idx](r, c)
            rel = safe_neg_path(rel)
            kind = "lookalike:" + kind
        f = "neg/n%04d/%s" % (i, rel)
        write(outdir, f, text)
        manifest.append({"file": f, "label": "neg", "provider": prov, "kind": kind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")

    # re-read and verify what was written
    for s in secrets:
        with open(os.path.join(outdir, s["file"]), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        assert s["needle"] in lines[s["line"] - 1], s
        assert not any(s["needle"] in ln for ln in lines[:s["line"] - 1]), s
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
