#!/usr/bin/env python3
"""Blind evaluation-set generator "mv": space, satellite and astronomy software.

EMPHASIS
    Domain: space / satellite / astronomy software and ground segments.
    Providers: Space-Track.org logins, N2YO API keys, SatNOGS Network/DB API
    tokens, AWS Ground Station (IAM keys), Azure Orbital (service principal
    secrets, storage keys), KSAT / Leaf Space / RBC Signals ground-station APIs,
    Planet / Spire / Capella tasking APIs, api.nasa.gov keys, ESA Copernicus
    Data Space / ESO archive / Gaia archive logins, MAST (STScI) tokens,
    Astrometry.net API keys, IRSA logins, Zooniverse (Panoptes) logins, AAVSO,
    telescope control (ASCOM Alpaca / INDI web manager behind auth),
    observatory automation (MQTT, Pushover, Telegram, Slack, Discord alerts),
    OpenMCT (CouchDB), YAMCS (Java/Python clients, LDAP bind), OpenC3 COSMOS
    (Redis / MinIO / API passwords), CCSDS SDLS keys (CryptoLib-like configs),
    uplink command-signing private keys (Ed25519 / EC / RSA PEM), ground
    system databases and brokers (PostgreSQL, RabbitMQ, Kafka, InfluxDB,
    Grafana service-account tokens).
    File types: Python (astroquery, skyfield, requests, boto3), Jupyter
    notebooks with outputs, YAML, TOML, INI/cfg, JSON, C / C++ headers, Java
    and .properties (YAMCS), Ruby (OpenC3), shell scripts, Docker Compose,
    Dockerfile, Kubernetes manifests, GitHub workflows, Markdown observing
    logs / READMEs, a few .env files (<= 1 in 20 positives).

USAGE
    python3 -B gen_mv.py OUTDIR SEED
    Writes OUTDIR/pos/pNNNN/<relpath> (500), OUTDIR/neg/nNNNN/<relpath> (500),
    OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. All randomness comes from
    random.Random(SEED); output is byte-identical for equal seeds.

NEEDLE CONVENTIONS
    needle = the secret exactly as written, without quotes. Prefixed keys keep
    their prefix (AKIA..., PLAK..., glsa_...). HTTP headers: only the token
    (no "Bearer"/"Token"). URLs with credentials: the password only. Webhook
    URLs (Slack/Discord): the full URL. PEM private keys: the first base64 line
    of the body. Passwords: the password itself. "line" = 1-based line of the
    first occurrence; the program asserts the needle is on that line.

NEGATIVES
    250 re-use positive templates with the secret slot holding placeholders
    (YOUR_API_KEY, <your-key>, xxxx, changeme, local-language placeholders),
    empty values, masks (****, [REDACTED]), ${ENV} / {{ jinja }} / vault / 1Password
    / secrets-manager references, documented example values (DEMO_KEY for
    api.nasa.gov, AWS AKIAIOSFODNN7EXAMPLE pair), public key PEM in place of a
    private key. 250 are domain look-alikes: TLE sets (valid checksums),
    NORAD/COSPAR ids, FITS headers with CHECKSUM/DATASUM, WCS, DOIs/bibcodes,
    Gaia source ids, MAST obs ids, SatNOGS observation JSON (transmitter
    uuids, demod hex), CCSDS telemetry hex dumps with CRCs, SDLS SA tables
    without key material, public keys / certificates, sha256 checksum lists,
    docker digests, pip hash locks, git SHAs, UUIDs, AIS NMEA payloads.

FORMATS CHECKED
    N2YO: apiKey appended to https://api.n2yo.com/rest/v1/satellite/... URLs
    (n2yo.com/api page). Planet: PL_API_KEY env var, api-key auth (docs.planet.com
    authentication page, PyPI planet). MAST: astroquery Observations.login(token=)
    (MAST notebooks). Other formats from my own knowledge: AWS AKIA + 16 [A-Z2-7],
    40-char secret; Azure client secret xxxNQ~... (40 chars); Azure storage key
    88 base64; SatNOGS DRF token 40 hex; InfluxDB v2 token 88 base64url;
    Grafana glsa_ tokens; Telegram bot token; Slack/Discord webhooks; Space-Track
    ajaxauth/login identity/password form; Gaia credentials file (user line,
    password line); astroquery config [astrometry_net] api_key.

DOUBTS
    N2YO key layout (6-6-6-4 uppercase alnum) is from memory. MAST token as 32
    hex, Astrometry.net key as 16 lowercase letters, Planet PLAK+32 hex (and
    legacy 32 hex), api.nasa.gov key 40 alnum: from memory. Spire, Capella,
    KSAT, Leaf Space, RBC Signals, AAVSO token formats are not public to me:
    generic 32-64 char alnum / hex tokens or JWTs are used. CCSDS SDLS keys as
    AES-256 64-hex strings.
"""
import base64
import hashlib
import json
import os
import random
import string
import sys
import uuid

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DI = string.digits
AN = UP + LO + DI
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
class G:
    def __init__(self, rng):
        self.r = rng

    def ch(self, seq):
        return self.r.choice(seq)

    def s(self, alpha, n):
        return "".join(self.r.choice(alpha) for _ in range(n))

    def hex(self, n, upper=False):
        return self.s(HEXU if upper else HEXL, n)

    def b(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, n):
        return base64.b64encode(self.b(n)).decode()

    def b64u(self, n):
        return base64.urlsafe_b64encode(self.b(n)).decode().rstrip("=")

    def i(self, a, b):
        return self.r.randint(a, b)

    def uuid(self):
        return str(uuid.UUID(int=self.r.getrandbits(128), version=4))

    def mixed(self, n, alpha=AN):
        # ensure at least one upper, lower, digit
        while True:
            v = self.s(alpha, n)
            if any(c in UP for c in v) and any(c in LO for c in v) and any(c in DI for c in v):
                return v

    def maybe(self, p=0.5):
        return self.r.random() < p


WORDS = ["Kepler", "perigee", "Apogee", "Vega", "Orion", "nebula", "Zenith", "Sirius", "azimuth", "Polaris",
         "Cassini", "Rigel", "Deneb", "Andromeda", "Lyra", "Tycho", "Hubble", "Meridian", "Altair", "Io",
         "Europa", "Titan", "Halley", "Nadir", "Equinox", "Solstice", "Quasar", "Pulsar", "Magellan", "Gemini"]
USERS = ["jmartinez", "ops", "gs-ops", "a.novak", "kwang", "lmueller", "rpatel", "s.okafor", "tle-bot",
         "mission.ops", "hdubois", "y.tanaka", "p.rossi", "vkowalski", "e.lindqvist", "obs_admin", "fds",
         "scheduler", "ground", "mcc_operator"]
DOMAINS = ["gmail.com", "astro.uni-heidelberg.de", "obs-paris.fr", "cubesat.lab.edu", "orbitworks.io",
           "spacelab.tu-berlin.de", "protonmail.com", "inaf.it", "ncl.ac.uk", "skycraft.space"]
SATS = [("ISS (ZARYA)", 25544, "1998-067A"), ("NOAA 19", 33591, "2009-005A"), ("METEOR-M2 3", 57166, "2023-091A"),
        ("FUNCUBE-1 (AO-73)", 39444, "2013-066AE"), ("HUBBLE", 20580, "1990-037B"), ("SENTINEL-2A", 40697, "2015-028A"),
        ("LANDSAT 9", 49260, "2021-088A"), ("TEVEL-2", 51069, "2022-002B"), ("ISS DEB", 49044, "1998-067SA"),
        ("STARLINK-1007", 44713, "2019-074A"), ("AQUA", 27424, "2002-022A"), ("NOAA 15", 25338, "1998-030A"),
        ("GRIFEX", 40379, "2015-003D"), ("LUCKY-7", 44406, "2019-038H"), ("CAS-4A", 42761, "2017-034C")]
STATIONS = ["Svalbard", "Inuvik", "Troll", "Punta Arenas", "Matera", "Kiruna", "Hartebeesthoek", "Dongara",
            "Awarua", "Ohio-3", "Bochum", "Lisbon-GS", "TUB-Berlin", "Vilnius-2", "Cordoba"]
OBS = [("Roque de los Muchachos", 28.7606, -17.8814, 2396), ("Siding Spring", -31.2733, 149.0644, 1165),
       ("Backyard Kraków", 50.0647, 19.9450, 219), ("Hakos", -23.2361, 16.3617, 1843),
       ("Sierra Remote", 37.0703, -119.4128, 1405), ("Pic du Midi", 42.9364, 0.1425, 2877),
       ("Observatorio Alfa", 40.4168, -3.7038, 667), ("Ondřejov", 49.9108, 14.7817, 528)]
TARGETS = ["M31", "NGC 7000", "M42", "IC 1396", "M101", "NGC 891", "Sh2-129", "M33", "NGC 6992", "TRAPPIST-1",
           "WASP-43", "HD 209458", "TIC 261136679", "KELT-9", "V1405 Cas"]


def email(g):
    return g.ch(USERS).replace("_", ".") + str(g.i(1, 99)) * g.maybe(0.4) + "@" + g.ch(DOMAINS)


def password(g, url_safe=False):
    sym = "!*-._~" if url_safe else "!%*+-.?@^_~"
    style = g.i(0, 4)
    if style == 0:
        while True:
            v = g.s(AN + sym, g.i(14, 24))
            if any(c in sym for c in v) and any(c in DI for c in v) and any(c in UP for c in v):
                return v
    if style == 1:
        return g.ch(WORDS) + g.ch(sym) + g.ch(WORDS).lower() + str(g.i(10, 9999))
    if style == 2:
        return g.mixed(g.i(16, 32))
    if style == 3:
        return g.s(LO, 4) + g.ch(sym) + g.s(DI, 3) + g.s(UP, 3) + g.ch(sym) + g.s(LO + DI, 5)
    return g.ch(WORDS)[:4] + str(g.i(1960, 2024)) + g.ch(sym) + g.mixed(8)


# ----------------------------------------------------------------------------
# secret generators
# ----------------------------------------------------------------------------
def s_n2yo(g):
    return "-".join([g.s(UP + DI, 6), g.s(UP + DI, 6), g.s(UP + DI, 6), g.s(UP + DI, 4)])


def s_nasa(g):
    return g.mixed(40)


def s_satnogs(g):
    return g.hex(40)


def s_mast(g):
    return g.hex(32)


def s_planet(g):
    return ("PLAK" + g.hex(32)) if g.maybe(0.7) else g.hex(32)


def s_astrometry(g):
    return g.s(LO, 16)


def s_aws_id(g):
    return "AKIA" + g.s(UP + "234567", 16)


def s_aws_secret(g):
    return g.s(AN + "+/", 40)


def s_azure_cs(g):
    return g.s(AN, 3) + g.ch(DI) + "Q~" + g.s(AN + "_~.-", 34)


def s_azure_storage(g):
    return base64.b64encode(g.b(64)).decode()


def s_influx(g):
    return base64.urlsafe_b64encode(g.b(64)).decode()


def s_grafana(g):
    return "glsa_" + g.mixed(32) + "_" + g.hex(8)


def s_telegram(g):
    return str(g.i(5000000000, 7999999999)) + ":AA" + g.s(AN + "_-", 33)


def s_slack_hook(g):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (g.s(UP + DI, 10), g.s(UP + DI, 10), g.mixed(24))


def s_discord_hook(g):
    return "https://discord.com/api/webhooks/%d/%s" % (g.i(10 ** 17, 10 ** 19 - 1), g.s(AN + "_-", 68))


def s_pushover(g):
    return "a" + g.s(LO + DI, 29)


def s_hex64(g):
    return g.hex(64, upper=g.maybe(0.4))


def s_tok32(g):
    return g.mixed(32)


def s_tok40(g):
    return g.mixed(40)


def s_tok48(g):
    return g.mixed(48, AN + "_-")


def jwt(g, iss, sub):
    hdr = {"alg": "RS256", "typ": "JWT", "kid": g.hex(16)}
    now = g.i(1690000000, 1740000000)
    pl = {"iss": iss, "sub": sub, "aud": "ground-api", "iat": now, "exp": now + g.ch([3600, 86400, 31536000]),
          "scope": g.ch(["passes:read contacts:write", "tasking:write", "telemetry:read", "api"])}
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc(hdr) + "." + enc(pl) + "." + g.b64u(256)


def der_len(n):
    if n < 128:
        return bytes([n])
    if n < 256:
        return bytes([0x81, n])
    return bytes([0x82, n >> 8, n & 0xFF])


def pem_wrap(label, der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label), lines[0]


def pem_private(g, kind=None):
    kind = kind or g.ch(["ed25519", "ec", "rsa", "rsa8"])
    if kind == "ed25519":
        der = bytes.fromhex("302e020100300506032b657004220420") + g.b(32)
        return pem_wrap("PRIVATE KEY", der)
    if kind == "ec":
        der = (bytes.fromhex("30770201010420") + g.b(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200")
               + b"\x04" + g.b(64))
        return pem_wrap("EC PRIVATE KEY", der)
    # RSA-2048 shaped
    def integer(nbytes):
        v = b"\x00" + bytes([g.i(0x80, 0xFF)]) + g.b(nbytes - 1)
        return b"\x02" + der_len(len(v)) + v
    body = b"\x02\x01\x00" + integer(256) + b"\x02\x03\x01\x00\x01" + integer(256) + integer(128) + integer(128) \
        + integer(128) + integer(128) + integer(128)
    der = b"\x30" + der_len(len(body)) + body
    if kind == "rsa8":
        algo = bytes.fromhex("300d06092a864886f70d0101010500")
        octet = b"\x04" + der_len(len(der)) + der
        inner = b"\x02\x01\x00" + algo + octet
        return pem_wrap("PRIVATE KEY", b"\x30" + der_len(len(inner)) + inner)
    return pem_wrap("RSA PRIVATE KEY", der)


def pem_public(g):
    if g.maybe():
        der = bytes.fromhex("302a300506032b6570032100") + g.b(32)
    else:
        der = bytes.fromhex("3059301306072a8648ce3d020106082a8648ce3d030107034200") + b"\x04" + g.b(64)
    return pem_wrap("PUBLIC KEY", der)[0]


def pem_cert(g):
    n = g.i(700, 1100)
    der = b"\x30\x82" + bytes([n >> 8, n & 0xFF]) + b"\x30\x82" + bytes([(n - 4) >> 8, (n - 4) & 0xFF]) + \
        bytes.fromhex("a003020102") + b"\x02\x14" + g.b(20) + g.b(n - 29)
    return pem_wrap("CERTIFICATE", der)[0]


# ----------------------------------------------------------------------------
# domain data helpers
# ----------------------------------------------------------------------------
def tle_checksum(line):
    s = 0
    for c in line:
        if c.isdigit():
            s += int(c)
        elif c == "-":
            s += 1
    return str(s % 10)


def tle(g, sat=None):
    name, norad, cospar = sat or g.ch(SATS)
    yy = cospar[2:4]
    intl = (yy + cospar[5:8] + cospar[8:]).ljust(8)
    epoch = "%02d%012.8f" % (g.i(23, 25), g.r.uniform(1, 365))
    ndot = g.r.uniform(-0.0002, 0.0003)
    nd = ("-" if ndot < 0 else " ") + (".%08d" % int(abs(ndot) * 1e8))
    bs = g.i(10000, 99999)
    bexp = g.i(2, 5)
    l1 = "1 %05dU %s %s %s  00000+0  %05d-%d 0  %3d" % (norad, intl, epoch, nd, bs, bexp, g.i(100, 999))
    l1 = l1[:68]
    l1 += tle_checksum(l1)
    l2 = "2 %05d %8.4f %8.4f %07d %8.4f %8.4f %11.8f%5d" % (
        norad, g.r.uniform(0, 99), g.r.uniform(0, 360), g.i(1, 99999), g.r.uniform(0, 360), g.r.uniform(0, 360),
        g.r.uniform(13.5, 16.2), g.i(1000, 99999))
    l2 = l2[:68]
    l2 += tle_checksum(l2)
    return name, l1, l2


def fits_checksum(g):
    return g.s(DI + UP + "abcdefghijklmnopqr", 16)


def fits_card(key, val, comment=""):
    if isinstance(val, str) and val not in ("T", "F"):
        v = "'%s'" % val
        v = v.ljust(20)
    else:
        v = str(val).rjust(20)
    c = "%-8s= %s" % (key, v)
    if comment:
        c += " / " + comment
    return c[:80].ljust(80)


def bibcode(g):
    j = g.ch(["ApJ", "A&A", "MNRAS", "AJ", "PASP"])
    return "%d%s%s%s%s" % (g.i(1995, 2024), j.ljust(5, "."), str(g.i(100, 999)).rjust(4, "."), g.ch(["A", "L", "."]),
                           str(g.i(1, 200)).rjust(4, ".") + g.ch(UP))


def doi(g):
    return "10.%d/%s" % (g.ch([3847, 1051, 1093, 1088, 5281]), g.ch([
        "1538-4357/ac%s" % g.hex(4), "0004-6361/20%d%d" % (g.i(21, 24), g.i(10000, 49999)),
        "mnras/stad%d" % g.i(1000, 3999), "zenodo.%d" % g.i(1000000, 9999999)]))


def shortuuid(g):
    return g.s("23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 22)


def notebook(cells, kernel="python3"):
    out = []
    n = 1
    for c in cells:
        if c[0] == "md":
            out.append({"cell_type": "markdown", "metadata": {}, "source": lines_keep(c[1])})
        else:
            cell = {"cell_type": "code", "execution_count": n, "metadata": {}, "outputs": [],
                    "source": lines_keep(c[1])}
            if len(c) > 2 and c[2]:
                cell["outputs"].append({"name": "stdout", "output_type": "stream", "text": lines_keep(c[2])})
            out.append(cell)
            n += 1
    nb = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": kernel},
                                     "language_info": {"name": "python", "version": "3.11.6"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def lines_keep(s):
    ls = s.split("\n")
    return [x + "\n" for x in ls[:-1]] + [ls[-1]]


# ----------------------------------------------------------------------------
# POSITIVE TEMPLATES.  Each: fn(g, v, neg) -> (relpath, text)
# ----------------------------------------------------------------------------
T = []


def tpl(name, provider, kind, filetype, gen, var, slot="str", env=False):
    def deco(fn):
        T.append(dict(name=name, provider=provider, kind=kind, filetype=filetype, gen=gen, var=var, slot=slot,
                      fn=fn, env=env))
        return fn
    return deco


@tpl("st_requests_py", "space-track", "password", "python", password, "SPACETRACK_PASSWORD")
def _(g, v, neg):
    u = email(g)
    norad = g.ch(SATS)[1]
    p = g.ch(["tools/fetch_tles.py", "scripts/spacetrack_pull.py", "ops/tle_sync.py", "src/orbit/st_client.py"])
    return p, f'''"""Pull latest GP elements from Space-Track for our tracking list."""
import requests
import time

BASE = "https://www.space-track.org"
LOGIN_URL = BASE + "/ajaxauth/login"
QUERY = BASE + "/basicspacedata/query/class/gp/NORAD_CAT_ID/{norad}/format/tle"

IDENTITY = "{u}"
PASSWORD = "{v}"


def fetch():
    with requests.Session() as s:
        r = s.post(LOGIN_URL, data={{"identity": IDENTITY, "password": PASSWORD}})
        r.raise_for_status()
        time.sleep(1)  # be nice, rate limit is 30/min
        resp = s.get(QUERY)
        return resp.text


if __name__ == "__main__":
    print(fetch())
'''


@tpl("st_ini", "space-track", "password", "ini", password, "SPACETRACK_PASSWORD")
def _(g, v, neg):
    u = email(g)
    p = g.ch(["SLTrack.ini", "config/spacetrack.ini", "conf/SLTrack.ini"])
    return p, f'''[configuration]
username = {u}
password = {v}
output = {g.ch(["tle_latest.txt", "out/gp.txt", "/var/lib/tle/latest.tle"])}
'''


@tpl("st_spacetrack_lib", "space-track", "password", "python", password, "ST_PASS")
def _(g, v, neg):
    u = email(g)
    ids = ", ".join(str(s[1]) for s in g.r.sample(SATS, 4))
    return g.ch(["orbit/update_catalog.py", "jobs/spacetrack_job.py"]), f'''from spacetrack import SpaceTrackClient
import spacetrack.operators as op
from datetime import datetime, timedelta

# TODO move creds to vault before release
st = SpaceTrackClient(identity='{u}', password='{v}')

drange = op.inclusive_range(datetime.utcnow() - timedelta(days=2), datetime.utcnow())
data = st.gp_history(norad_cat_id=[{ids}], epoch=drange, orderby='epoch desc', format='tle')
with open('catalog.tle', 'w') as fh:
    fh.write(data)
'''


@tpl("st_curl_sh", "space-track", "password", "shell", lambda g: password(g, True), "ST_PASSWORD")
def _(g, v, neg):
    u = email(g)
    return g.ch(["scripts/get_tle.sh", "bin/spacetrack-fetch.sh", "cron/tle_update.sh"]), f'''#!/usr/bin/env bash
set -euo pipefail
# nightly TLE refresh for gpredict / rotator
COOKIE=$(mktemp)
ST_USER="{u}"
ST_PASS='{v}'
curl -s -c "$COOKIE" https://www.space-track.org/ajaxauth/login \\
     -d "identity=$ST_USER&password=$ST_PASS" > /dev/null
curl -s -b "$COOKIE" "https://www.space-track.org/basicspacedata/query/class/gp/EPOCH/%3Enow-30/OBJECT_TYPE/PAYLOAD/format/3le" \\
     -o "$HOME/.config/Gpredict/tle/spacetrack.txt"
rm -f "$COOKIE"
'''


@tpl("st_yaml", "space-track", "password", "yaml", password, "SPACETRACK_PASSWORD")
def _(g, v, neg):
    u = email(g)
    return g.ch(["config/sources.yaml", "conf/tle_sources.yml", "deploy/orbit-service/config.yaml"]), f'''# Orbit determination service – TLE sources
sources:
  celestrak:
    url: https://celestrak.org/NORAD/elements/gp.php?GROUP=active&FORMAT=tle
    refresh_hours: 6
  spacetrack:
    enabled: true
    identity: {u}
    password: "{v}"
    rate_limit_per_min: 20
catalog:
  norad_ids: [{", ".join(str(s[1]) for s in g.r.sample(SATS, 3))}]
'''


@tpl("st_notebook", "space-track", "password", "ipynb", password, "ST_PASSWORD")
def _(g, v, neg):
    u = email(g)
    sat = g.ch(SATS)
    return g.ch(["notebooks/conjunction_screening.ipynb", "analysis/decay_study.ipynb"]), notebook([
        ("md", "# Decay analysis for %s\nUses Space-Track GP history." % sat[0]),
        ("code", "from spacetrack import SpaceTrackClient\nimport pandas as pd"),
        ("code", "st = SpaceTrackClient('%s', '%s')\nraw = st.gp_history(norad_cat_id=%d, format='json')" % (u, v, sat[1])),
        ("code", "df = pd.read_json(raw)\ndf[['EPOCH','MEAN_MOTION','BSTAR']].tail()",
         "                 EPOCH  MEAN_MOTION     BSTAR\n120  2024-03-01T11:12:01    15.501234  0.000321"),
    ])


@tpl("st_skyfield_py", "space-track", "password", "python", password, "ST_PASSWORD")
def _(g, v, neg):
    u = email(g)
    sat = g.ch(SATS)
    lat, lon = g.r.uniform(-60, 60), g.r.uniform(-180, 180)
    return g.ch(["passes.py", "src/predict_passes.py"]), f'''from skyfield.api import load, wgs84
import requests

stUser = "{u}"
stPass = "{v}"

session = requests.Session()
session.post("https://www.space-track.org/ajaxauth/login", data={{"identity": stUser, "password": stPass}})
txt = session.get("https://www.space-track.org/basicspacedata/query/class/gp/NORAD_CAT_ID/{sat[1]}/format/3le").text
open("sat.tle", "w").write(txt)

ts = load.timescale()
sats = load.tle_file("sat.tle")
station = wgs84.latlon({lat:.4f}, {lon:.4f})
t0, t1 = ts.now(), ts.now() + 1
times, events = sats[0].find_events(station, t0, t1, altitude_degrees=10.0)
for t, e in zip(times, events):
    print(t.utc_strftime(), ("AOS", "TCA", "LOS")[e])
'''


@tpl("n2yo_py", "n2yo", "api_key", "python", s_n2yo, "N2YO_API_KEY")
def _(g, v, neg):
    o = g.ch(OBS)
    sat = g.ch(SATS)
    return g.ch(["tracker/n2yo.py", "app/services/n2yo_client.py", "n2yo_passes.py"]), f'''import requests

N2YO_BASE = "https://api.n2yo.com/rest/v1/satellite"
N2YO_API_KEY = "{v}"
OBS_LAT, OBS_LNG, OBS_ALT = {o[1]}, {o[2]}, {o[3]}


def radio_passes(norad_id={sat[1]}, days=2, min_el=15):
    url = f"{{N2YO_BASE}}/radiopasses/{{norad_id}}/{{OBS_LAT}}/{{OBS_LNG}}/{{OBS_ALT}}/{{days}}/{{min_el}}/&apiKey={{N2YO_API_KEY}}"
    return requests.get(url, timeout=10).json()["passes"]
'''


@tpl("n2yo_js", "n2yo", "api_key", "javascript", s_n2yo, "N2YO_API_KEY")
def _(g, v, neg):
    sat = g.ch(SATS)
    return g.ch(["web/src/api/n2yo.js", "public/js/tracker.js"]), f'''// ISS overhead widget
const apiKey = '{v}';
const noradId = {sat[1]};

export async function positions(lat, lng, alt = 0, seconds = 60) {{
  const url = `https://api.n2yo.com/rest/v1/satellite/positions/${{noradId}}/${{lat}}/${{lng}}/${{alt}}/${{seconds}}/&apiKey=${{apiKey}}`;
  const res = await fetch(url);
  if (!res.ok) throw new Error('n2yo ' + res.status);
  return (await res.json()).positions;
}}
'''


@tpl("n2yo_md", "n2yo", "api_key", "markdown", s_n2yo, "N2YO_API_KEY")
def _(g, v, neg):
    sat = g.ch(SATS)
    o = g.ch(OBS)
    return g.ch(["README.md", "docs/tracking.md"]), f'''# sat-overhead

Small bot that posts upcoming visual passes to our club channel.

## Quick test

```
curl "https://api.n2yo.com/rest/v1/satellite/visualpasses/{sat[1]}/{o[1]}/{o[2]}/{o[3]}/3/120/&apiKey={v}"
```

Limit is 1000 transactions/hour, so keep the cache on.

## Running

    python -m satoverhead --station "{o[0]}"
'''


@tpl("n2yo_toml", "n2yo", "api_key", "toml", s_n2yo, "N2YO_API_KEY")
def _(g, v, neg):
    o = g.ch(OBS)
    return g.ch(["config.toml", "scheduler/settings.toml"]), f'''[station]
name = "{o[0]}"
lat = {o[1]}
lon = {o[2]}
alt_m = {o[3]}

[n2yo]
api_key = "{v}"
min_elevation = 20

[rotator]
host = "127.0.0.1"
port = 4533
'''


@tpl("satnogs_network_py", "satnogs", "api_token", "python", s_satnogs, "SATNOGS_NETWORK_TOKEN")
def _(g, v, neg):
    st = g.i(1, 3000)
    return g.ch(["tools/schedule_obs.py", "satnogs/auto_schedule.py"]), f'''import requests

NETWORK = "https://network.satnogs.org/api"
HEADERS = {{"Authorization": "Token {v}"}}
GROUND_STATION = {st}


def jobs():
    r = requests.get(f"{{NETWORK}}/jobs/", params={{"ground_station": GROUND_STATION}}, headers=HEADERS)
    r.raise_for_status()
    return r.json()


for job in jobs():
    print(job["id"], job["tle0"], job["start"], job["frequency"])
'''


@tpl("satnogs_client_default", "satnogs", "api_token", "shell", s_satnogs, "SATNOGS_API_TOKEN")
def _(g, v, neg):
    st = g.i(1, 3000)
    o = g.ch(OBS)
    return g.ch(["station/etc/default/satnogs-client", "ansible/files/satnogs-client.env.sh"]), f'''# satnogs-client settings, station {st}
SATNOGS_API_TOKEN="{v}"
SATNOGS_STATION_ID="{st}"
SATNOGS_STATION_LAT="{o[1]}"
SATNOGS_STATION_LON="{o[2]}"
SATNOGS_STATION_ELEV="{o[3]}"
SATNOGS_SOAPY_RX_DEVICE="driver=rtlsdr"
SATNOGS_RX_SAMP_RATE="2.048e6"
SATNOGS_RF_GAIN="32.8"
SATNOGS_ROT_ENABLED="True"
'''


@tpl("satnogs_db_yaml", "satnogs", "api_token", "yaml", s_satnogs, "SATNOGS_DB_TOKEN")
def _(g, v, neg):
    sat = g.ch(SATS)
    return g.ch(["decoder/config.yml", "satnogs-decoders/upload.yaml"]), f'''# frame upload to SatNOGS DB (telemetry forwarding)
db:
  url: https://db.satnogs.org/api/telemetry/
  api_token: {v}
  norad_cat_id: {sat[1]}
source: "{g.ch(STATIONS)}"
kaitai_struct: {g.ch(["grifex", "amicalsat", "cas4", "uwe4"])}.ksy
'''


@tpl("satnogs_db_sh", "satnogs", "api_token", "shell", s_satnogs, "SATNOGS_DB_API_TOKEN")
def _(g, v, neg):
    sat = g.ch(SATS)
    return g.ch(["scripts/dump_frames.sh", "bin/get_db_frames.sh"]), f'''#!/bin/sh
# download demodulated frames for {sat[0]}
SATNOGS_DB_API_TOKEN={v}
curl -H "Authorization: Token ${{SATNOGS_DB_API_TOKEN}}" \\
  "https://db.satnogs.org/api/telemetry/?satellite={sat[1]}&format=json" > frames_{sat[1]}.json
'''


@tpl("aws_gs_boto3", "aws-ground-station", "secret_key", "python", s_aws_secret, "AWS_SECRET_ACCESS_KEY")
def _(g, v, neg):
    kid = s_aws_id(g) if not neg else g.ch(["AKIAIOSFODNN7EXAMPLE", "${AWS_ACCESS_KEY_ID}", ""])
    return g.ch(["groundstation/reserve_contact.py", "aws/list_contacts.py"]), f'''import boto3
from datetime import datetime, timedelta

client = boto3.client(
    "groundstation",
    region_name="{g.ch(["us-east-2", "us-west-2", "eu-north-1", "ap-southeast-2"])}",
    aws_access_key_id="{kid}",
    aws_secret_access_key="{v}",
)

now = datetime.utcnow()
resp = client.list_contacts(
    statusList=["SCHEDULED"],
    startTime=now,
    endTime=now + timedelta(days=3),
    satelliteArn="arn:aws:groundstation::{g.i(100000000000, 999999999999)}:satellite/{g.uuid()}",
)
for c in resp["contactList"]:
    print(c["groundStation"], c["startTime"], c["contactStatus"])
'''


@tpl("aws_credentials_ini", "aws-ground-station", "secret_key", "ini", s_aws_secret, "AWS_SECRET_ACCESS_KEY")
def _(g, v, neg):
    kid = s_aws_id(g) if not neg else "AKIAIOSFODNN7EXAMPLE"
    return g.ch(["deploy/aws/credentials", "ops/.aws/credentials"]), f'''[default]
region = us-east-2

[groundstation-ops]
aws_access_key_id = {kid}
aws_secret_access_key = {v}
region = {g.ch(["us-east-2", "us-west-2", "eu-north-1"])}
'''


@tpl("aws_dataflow_yaml", "aws-ground-station", "secret_key", "yaml", s_aws_secret, "AWS_SECRET_ACCESS_KEY")
def _(g, v, neg):
    kid = s_aws_id(g) if not neg else "${AWS_ACCESS_KEY_ID}"
    return g.ch(["infra/dataflow-endpoint/config.yaml", "ansible/group_vars/dfe.yml"]), f'''# Dataflow endpoint EC2 bootstrap
mission_profile: {g.ch(["jpss1-downlink", "aqua-direct-broadcast", "cubesat-uhf"])}
s3_bucket: aws-groundstation-{g.s(LO + DI, 8)}
aws:
  region: us-east-2
  access_key_id: {kid}
  secret_access_key: "{v}"
rtstps:
  version: "7.0"
'''


@tpl("azure_orbital_json", "azure-orbital", "client_secret", "json", s_azure_cs, "AZURE_CLIENT_SECRET")
def _(g, v, neg):
    return g.ch(["config/azure-orbital.json", "orbital/appsettings.json"]), json.dumps({
        "Orbital": {"SubscriptionId": g.uuid(), "ResourceGroup": "rg-orbital-" + g.ch(["prod", "dev", "eus"]),
                    "SpacecraftName": g.ch(["aqua", "cubesat-01", "wxsat"]), "ContactProfile": "cp-xband"},
        "AzureAd": {"TenantId": g.uuid(), "ClientId": g.uuid(), "ClientSecret": v},
        "Logging": {"LogLevel": {"Default": "Information"}}}, indent=2) + "\n"


@tpl("azure_storage_conn", "azure-orbital", "storage_key", "yaml", s_azure_storage, "AZURE_STORAGE_KEY")
def _(g, v, neg):
    acct = "orbital" + g.s(LO + DI, 6)
    return g.ch(["deploy/contact-sink.yaml", "k8s/downlink-writer/values.yaml"]), f'''downlinkWriter:
  image: ghcr.io/example-gs/downlink-writer:1.{g.i(0, 9)}.{g.i(0, 20)}
  storage:
    container: raw-contacts
    connectionString: "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={v};EndpointSuffix=core.windows.net"
  aqua:
    noradId: 27424
'''


@tpl("azure_sp_py", "azure-orbital", "client_secret", "python", s_azure_cs, "AZURE_CLIENT_SECRET")
def _(g, v, neg):
    return g.ch(["orbital/schedule_contact.py", "scripts/az_orbital.py"]), f'''from azure.identity import ClientSecretCredential
from azure.mgmt.orbital import AzureOrbital

TENANT_ID = "{g.uuid()}"
CLIENT_ID = "{g.uuid()}"
CLIENT_SECRET = "{v}"

cred = ClientSecretCredential(TENANT_ID, CLIENT_ID, CLIENT_SECRET)
orbital = AzureOrbital(cred, "{g.uuid()}")
for c in orbital.contacts.list("rg-orbital", "{g.ch(["aqua", "wxsat-2"])}"):
    print(c.name, c.reservation_start_time, c.ground_station_name)
'''


@tpl("ksat_yaml", "ksat", "api_token", "yaml", lambda g: jwt(g, "https://api.ksat.no", "svc-" + g.s(LO, 6)), "KSAT_TOKEN")
def _(g, v, neg):
    return g.ch(["config/ksatlite.yaml", "gs-providers/ksat.yml"]), f'''provider: ksat
network: KSATlite
endpoint: https://api.ksat.no/v1
auth:
  type: bearer
  token: {v}
sites: [{", ".join(g.r.sample(["SG", "TR", "PA", "HBK", "AWA", "MAT"], 3))}]
'''


@tpl("leafspace_py", "leaf-space", "password", "python", password, "LEAFSPACE_PASSWORD")
def _(g, v, neg):
    return g.ch(["providers/leafspace.py", "gsaas/leaf_client.py"]), f'''"""Leaf Line API client (passes booking)."""
import requests

LEAF_API = "https://apiv2.leaf.space"
LEAF_USER = "{g.ch(USERS)}@{g.ch(DOMAINS)}"
LEAF_PASSWORD = "{v}"


class LeafClient:
    def __init__(self):
        self.s = requests.Session()
        self.s.auth = (LEAF_USER, LEAF_PASSWORD)

    def passes(self, sat_id):
        return self.s.get(f"{{LEAF_API}}/satellites/{{sat_id}}/passes").json()
'''


@tpl("rbc_toml", "rbc-signals", "api_key", "toml", s_tok40, "RBC_API_KEY")
def _(g, v, neg):
    return g.ch(["gs/rbc.toml", "config/providers/rbcsignals.toml"]), f'''[provider.rbc]
base_url = "https://api.rbcsignals.com/v1"
api_key = "{v}"
customer = "{g.ch(["orbitworks", "skycraft", "lab-cubesat"])}"
default_band = "{g.ch(["S", "X", "UHF"])}"
'''


@tpl("planet_py", "planet", "api_key", "python", s_planet, "PL_API_KEY")
def _(g, v, neg):
    return g.ch(["imagery/search_planet.py", "src/planet_orders.py"]), f'''import requests
from requests.auth import HTTPBasicAuth

PL_API_KEY = "{v}"
search = {{
    "item_types": ["PSScene"],
    "filter": {{"type": "DateRangeFilter", "field_name": "acquired",
               "config": {{"gte": "2024-0{g.i(1, 9)}-01T00:00:00Z"}}}},
}}
r = requests.post("https://api.planet.com/data/v1/quick-search", json=search,
                  auth=HTTPBasicAuth(PL_API_KEY, ""))
for f in r.json()["features"]:
    print(f["id"], f["properties"]["cloud_cover"])
'''


@tpl("planet_nb", "planet", "api_key", "ipynb", s_planet, "PL_API_KEY")
def _(g, v, neg):
    return g.ch(["notebooks/planet_tasking.ipynb", "nb/flood_monitoring.ipynb"]), notebook([
        ("md", "## Tasking order via Planet Tasking API"),
        ("code", "import os, requests\nos.environ['PL_API_KEY'] = '%s'\nheaders = {'Authorization': 'api-key ' + os.environ['PL_API_KEY']}" % v),
        ("code", "r = requests.get('https://api.planet.com/tasking/v2/orders/', headers=headers)\nr.status_code", "200"),
    ])


@tpl("spire_py", "spire", "api_token", "python", s_tok32, "SPIRE_TOKEN")
def _(g, v, neg):
    return g.ch(["ais/spire_vessels.py", "ingest/spire_weather.py"]), f'''import requests

SPIRE_TOKEN = "{v}"
url = "https://api.wx.spire.com/forecast/point"
params = {{"lat": {g.r.uniform(-60, 60):.3f}, "lon": {g.r.uniform(-180, 180):.3f}, "bundles": "basic"}}
resp = requests.get(url, params=params, headers={{"spire-api-key": SPIRE_TOKEN}})
print(resp.json()["data"][0])
'''


@tpl("capella_yaml", "capella", "api_key", "yaml", lambda g: g.hex(64), "CAPELLA_API_KEY")
def _(g, v, neg):
    return g.ch(["tasking/capella.yaml", "config/sar_tasking.yml"]), f'''capella:
  api_url: https://api.capellaspace.com
  api_key: {v}
  default_collection: capella-{g.ch(["geo", "slc", "gec"])}
  tasking:
    product_type: SLC
    window_days: 7
'''


@tpl("nasa_apod_py", "nasa", "api_key", "python", s_nasa, "NASA_API_KEY")
def _(g, v, neg):
    return g.ch(["apod_bot.py", "bots/apod/daily.py", "neows/close_approach.py"]), f'''import datetime as dt
import requests

NASA_API_KEY = "{v}"


def apod(date=None):
    params = {{"api_key": NASA_API_KEY, "thumbs": True}}
    if date:
        params["date"] = date.isoformat()
    return requests.get("https://api.nasa.gov/planetary/apod", params=params).json()


def neo_feed(days=3):
    start = dt.date.today()
    return requests.get("https://api.nasa.gov/neo/rest/v1/feed",
                        params={{"start_date": start, "end_date": start + dt.timedelta(days=days),
                                "api_key": NASA_API_KEY}}).json()
'''


@tpl("nasa_nb", "nasa", "api_key", "ipynb", s_nasa, "NASA_API_KEY")
def _(g, v, neg):
    return g.ch(["notebooks/donki_flares.ipynb", "notebooks/mars_rover_photos.ipynb"]), notebook([
        ("md", "# Space weather: DONKI flares"),
        ("code", "import requests\nKEY = '%s'" % v),
        ("code", "r = requests.get('https://api.nasa.gov/DONKI/FLR', params={'startDate': '2024-05-01', 'api_key': KEY})\nlen(r.json())", "37"),
    ])


@tpl("nasa_url_md", "nasa", "api_key", "markdown", s_nasa, "NASA_API_KEY")
def _(g, v, neg):
    return g.ch(["docs/nasa-api.md", "NOTES.md"]), f'''## NASA endpoints we use

- APOD: https://api.nasa.gov/planetary/apod?api_key={v}
- EPIC: `https://api.nasa.gov/EPIC/api/natural` (same key)

Rate limit is 1000 req/hour for a registered key.
'''


@tpl("nasa_yaml", "nasa", "api_key", "yaml", s_nasa, "NASA_API_KEY")
def _(g, v, neg):
    return g.ch(["config/app.yml", "helm/skywatch/values.yaml"]), f'''app:
  name: skywatch
  cache_ttl: 3600
nasa:
  base_url: https://api.nasa.gov
  apiKey: {v}
  endpoints:
    - /planetary/apod
    - /neo/rest/v1/feed
'''


@tpl("cdse_py", "esa-cdse", "password", "python", password, "CDSE_PASSWORD")
def _(g, v, neg):
    u = email(g)
    return g.ch(["sentinel/download_s2.py", "eo/cdse_token.py"]), f'''import requests

TOKEN_URL = "https://identity.dataspace.copernicus.eu/auth/realms/CDSE/protocol/openid-connect/token"


def get_token(username="{u}", password="{v}"):
    data = {{"client_id": "cdse-public", "username": username, "password": password, "grant_type": "password"}}
    r = requests.post(TOKEN_URL, data=data)
    r.raise_for_status()
    return r.json()["access_token"]
'''


@tpl("eso_py", "eso", "password", "python", password, "ESO_PASSWORD")
def _(g, v, neg):
    return g.ch(["archive/eso_fetch.py", "reduction/get_raw.py"]), f'''from astroquery.eso import Eso
import keyring

eso = Eso()
# keyring is broken on the cluster nodes, so we seed it here
keyring.set_password("astroquery:www.eso.org", "{g.ch(USERS)}", "{v}")
eso.login("{g.ch(USERS)}", store_password=False)
table = eso.query_instrument("{g.ch(["muse", "sphere", "espresso", "xshooter"])}", column_filters={{"target": "{g.ch(TARGETS)}"}})
print(table)
'''


@tpl("mast_py", "mast", "api_token", "python", s_mast, "MAST_API_TOKEN")
def _(g, v, neg):
    return g.ch(["jwst/download_proprietary.py", "hst/fetch.py", "scripts/mast_get.py"]), f'''from astroquery.mast import Observations

Observations.login(token="{v}")
obs = Observations.query_criteria(proposal_id={g.i(1000, 6000)}, obs_collection="{g.ch(["JWST", "HST"])}")
products = Observations.get_product_list(obs)
products = Observations.filter_products(products, productSubGroupDescription="{g.ch(["CAL", "UNCAL", "I2D", "FLT"])}")
Observations.download_products(products, download_dir="data/")
'''


@tpl("mast_sh", "mast", "api_token", "shell", s_mast, "MAST_API_TOKEN")
def _(g, v, neg):
    return g.ch(["env/setup_mast.sh", "slurm/jwst_pipeline.sbatch"]), f'''#!/bin/bash
#SBATCH --job-name=jwst-stage1
#SBATCH --time=08:00:00
#SBATCH --mem=64G
module load python/3.11
export CRDS_SERVER_URL=https://jwst-crds.stsci.edu
export CRDS_PATH=$HOME/crds_cache
export MAST_API_TOKEN={v}
python -m jwst_pipeline.run --program {g.i(1000, 6000)} --stage 1
'''


@tpl("mast_nb", "mast", "api_token", "ipynb", s_mast, "MAST_API_TOKEN")
def _(g, v, neg):
    return g.ch(["notebooks/exclusive_access.ipynb", "nb/tess_lc.ipynb"]), notebook([
        ("code", "from astroquery.mast import Observations\nmy_token = '%s'\nObservations.login(my_token)" % v,
         "INFO: MAST API token accepted, welcome %s [astroquery.mast.auth]" % g.ch(["Dr. Rossi", "K. Wang", "A. Novak"])),
        ("code", "Observations.session_info()"),
    ])


@tpl("astrometry_py", "astrometry.net", "api_key", "python", s_astrometry, "ASTROMETRY_API_KEY")
def _(g, v, neg):
    return g.ch(["plate_solve.py", "pipeline/solve_field.py"]), f'''from astroquery.astrometry_net import AstrometryNet

ast = AstrometryNet()
ast.api_key = '{v}'

wcs_header = ast.solve_from_image('{g.ch(["lights/", "raw/"])}{g.ch(TARGETS).replace(" ", "_")}_300s.fits',
                                  scale_units='arcsecperpix', scale_lower=0.8, scale_upper=1.6,
                                  solve_timeout=300)
print(wcs_header['CRVAL1'], wcs_header['CRVAL2'])
'''


@tpl("astrometry_cfg", "astrometry.net", "api_key", "ini", s_astrometry, "ASTROMETRY_API_KEY")
def _(g, v, neg):
    return g.ch(["config/astroquery.cfg", ".astropy/config/astroquery.cfg"]), f'''[mast]
timeout = 600

[astrometry_net]
## The Astrometry.net API key.
api_key = {v}
server = http://nova.astrometry.net
timeout = 120
'''


@tpl("astrometry_sh", "astrometry.net", "api_key", "shell", s_astrometry, "AN_API_KEY")
def _(g, v, neg):
    return g.ch(["tools/nova_upload.sh", "solve.sh"]), f'''#!/bin/sh
# upload a frame to nova.astrometry.net when local solve-field fails
python client/client.py --server http://nova.astrometry.net/api/ \\
    --apikey {v} --upload "$1" --wait --wcs "${{1%.fits}}.wcs" \\
    --scale-units arcsecperpix --scale-lower 1.0 --scale-upper 2.5
'''


@tpl("gaia_py", "gaia-archive", "password", "python", password, "GAIA_PASSWORD")
def _(g, v, neg):
    u = g.ch(USERS).replace(".", "")
    return g.ch(["gaia/async_query.py", "catalogs/gaia_xmatch.py"]), f'''from astroquery.gaia import Gaia

Gaia.MAIN_GAIA_TABLE = "gaiadr3.gaia_source"
Gaia.login(user="{u}", password="{v}")

job = Gaia.launch_job_async("""
SELECT source_id, ra, dec, parallax, phot_g_mean_mag
FROM gaiadr3.gaia_source
WHERE 1=CONTAINS(POINT(ra, dec), CIRCLE({g.r.uniform(0, 360):.4f}, {g.r.uniform(-80, 80):.4f}, 0.2))
""")
print(job.get_results())
'''


@tpl("gaia_credfile", "gaia-archive", "password", "text", password, "GAIA_PASSWORD")
def _(g, v, neg):
    return g.ch(["gaia_credentials.txt", "conf/gaia.cred", "secrets/gaia_login.txt"]), f'''{g.ch(USERS).replace(".", "")}
{v}
'''


@tpl("irsa_py", "irsa", "password", "python", password, "IRSA_PASSWORD")
def _(g, v, neg):
    return g.ch(["irsa/private_data.py", "spitzer/get_private.py"]), f'''import requests

IRSA_LOGIN = "https://irsa.ipac.caltech.edu/account/signon/login.do"
session = requests.Session()
session.post(IRSA_LOGIN, data={{"josso_cmd": "login", "josso_username": "{email(g)}",
                                "josso_password": "{v}"}})
r = session.get("https://irsa.ipac.caltech.edu/TAP/sync", params={{"QUERY": "SELECT TOP 10 * FROM allwise_p3as_psd",
                                                                   "FORMAT": "csv"}})
print(r.text[:500])
'''


@tpl("zooniverse_py", "zooniverse", "password", "python", password, "PANOPTES_PASSWORD")
def _(g, v, neg):
    return g.ch(["zooniverse/upload_subjects.py", "citizen/make_subject_set.py"]), f'''from panoptes_client import Panoptes, Project, SubjectSet, Subject

Panoptes.connect(username='{g.ch(USERS)}', password='{v}')
project = Project.find({g.i(1000, 25000)})
subject_set = SubjectSet()
subject_set.links.project = project
subject_set.display_name = 'TESS sectors {g.i(1, 70)}-{g.i(71, 90)}'
subject_set.save()
'''


@tpl("zooniverse_yaml", "zooniverse", "password", "yaml", password, "PANOPTES_PASSWORD")
def _(g, v, neg):
    return g.ch(["aggregation/config.yml", "zoo/settings.yaml"]), f'''panoptes:
  endpoint: https://www.zooniverse.org
  username: {g.ch(USERS)}
  password: '{v}'
  project_id: {g.i(1000, 25000)}
  workflow_id: {g.i(10000, 30000)}
export:
  generate: true
  wait_minutes: 30
'''


@tpl("aavso_py", "aavso", "api_key", "python", lambda g: g.hex(40), "AAVSO_API_KEY")
def _(g, v, neg):
    return g.ch(["photometry/submit_aavso.py", "aavso/upload_webobs.py"]), f'''"""Submit extended-format photometry to AAVSO WebObs."""
import requests

OBSCODE = "{g.s(UP, 3) + g.ch(["", "A", "B"])}"
AAVSO_API_KEY = "{v}"

with open("report_{g.ch(TARGETS).replace(" ", "")}.txt") as fh:
    payload = fh.read()
resp = requests.post("https://www.aavso.org/apps/webobs/api/submit/",
                     data={{"obscode": OBSCODE, "file": payload}},
                     headers={{"X-API-Key": AAVSO_API_KEY}})
print(resp.status_code)
'''


@tpl("alpaca_py", "ascom-alpaca", "password", "python", password, "ALPACA_PASSWORD")
def _(g, v, neg):
    return g.ch(["observatory/alpaca_remote.py", "scope/park_all.py"]), f'''"""Park mount + close roof through the Alpaca proxy (nginx basic auth)."""
import requests

ALPACA = "https://{g.ch(["obs", "roof", "dome"])}.{g.ch(["astroclub.org", "skycraft.space", "lan"])}/alpaca"
AUTH = ("observer", "{v}")
CLIENT = {{"ClientID": 7, "ClientTransactionID": 1}}

requests.put(f"{{ALPACA}}/api/v1/telescope/0/park", data=CLIENT, auth=AUTH, timeout=30)
requests.put(f"{{ALPACA}}/api/v1/dome/0/closeshutter", data=CLIENT, auth=AUTH, timeout=30)
'''


@tpl("indi_web_yaml", "indi", "password", "yaml", password, "INDI_PASSWORD")
def _(g, v, neg):
    return g.ch(["observatory/indi-remote.yaml", "rpi/indiserver.yml"]), f'''# Remote INDI server on the pier Raspberry Pi
indi:
  host: {g.ch(["astroberry.local", "10.0.3.21", "pier-pi"])}
  port: 7624
  drivers: [indi_eqmod_telescope, indi_asi_ccd, indi_asi_wheel, indi_gpsd]
webmanager:
  port: 8624
  basic_auth:
    user: astro
    password: {v}
'''


@tpl("obs_mqtt_yaml", "observatory-mqtt", "password", "yaml", password, "MQTT_PASSWORD")
def _(g, v, neg):
    return g.ch(["automation/roof/config.yaml", "weather/safety_monitor.yml"]), f'''# roll-off roof controller + weather safety
mqtt:
  broker: {g.ch(["mqtt.obs.lan", "192.168.10.5", "broker.hivemq.cloud"])}
  port: {g.ch([1883, 8883])}
  username: roofctl
  password: "{v}"
  topic_prefix: observatory/{g.ch(["roof", "dome", "site1"])}
safety:
  max_wind_kmh: 35
  rain_sensor: aag_cloudwatcher
  cloud_limit_c: -15
'''


@tpl("obs_pushover_py", "pushover", "api_token", "python", s_pushover, "PUSHOVER_TOKEN")
def _(g, v, neg):
    return g.ch(["automation/notify.py", "nina/sequence_done_hook.py"]), f'''"""Notify when the NINA sequence ends or safety trips."""
import sys
import requests

PUSHOVER_TOKEN = "{v}"
PUSHOVER_USER = "{("u" + g.s(LO + DI, 29)) if not neg else g.ch(["YOUR_USER_KEY", "", "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"])}"


def push(msg, prio=0):
    requests.post("https://api.pushover.net/1/messages.json",
                  data={{"token": PUSHOVER_TOKEN, "user": PUSHOVER_USER, "message": msg, "priority": prio}})


if __name__ == "__main__":
    push(" ".join(sys.argv[1:]) or "sequence finished")
'''


@tpl("obs_telegram_py", "telegram", "bot_token", "python", s_telegram, "TELEGRAM_BOT_TOKEN")
def _(g, v, neg):
    return g.ch(["alerts/telegram_bot.py", "allsky/post_meteor.py"]), f'''import requests

BOT_TOKEN = "{v}"
CHAT_ID = {-g.i(1000000000000, 1009999999999)}


def send(text):
    requests.post(f"https://api.telegram.org/bot{{BOT_TOKEN}}/sendMessage", json={{"chat_id": CHAT_ID, "text": text}})


send("Allsky camera: meteor candidate detected")
'''


@tpl("pass_slack_yaml", "slack", "webhook", "yaml", s_slack_hook, "SLACK_WEBHOOK_URL")
def _(g, v, neg):
    return g.ch(["scheduler/notifications.yaml", "config/alerts.yml"]), f'''notifications:
  on_pass_scheduled: true
  on_anomaly: true
  slack:
    channel: "#{g.ch(["gs-ops", "flight-ops", "sat-passes"])}"
    webhook_url: {v}
  email:
    to: ops@{g.ch(DOMAINS)}
'''


@tpl("discord_json", "discord", "webhook", "json", s_discord_hook, "DISCORD_WEBHOOK")
def _(g, v, neg):
    return g.ch(["allsky/settings.json", "config/observatory_bot.json"]), json.dumps({
        "site": g.ch(OBS)[0], "camera": g.ch(["ZWO ASI224MC", "ASI178MM", "RPi HQ"]),
        "notify": {"discord_webhook": v, "min_altitude": 25}, "timelapse": True}, indent=4, ensure_ascii=False) + "\n"


@tpl("openmct_couch_js", "openmct", "password", "javascript", lambda g: password(g, True), "COUCHDB_PASSWORD")
def _(g, v, neg):
    return g.ch(["openmct/index.js", "mct/src/plugins/persistence.js"]), f'''import openmct from 'openmct';

openmct.setAssetPath('node_modules/openmct/dist');
openmct.install(openmct.plugins.LocalTimeSystem());
openmct.install(openmct.plugins.CouchDB({{
  url: 'http://mct_admin:{v}@{g.ch(["couchdb", "10.20.0.12", "mct-db.internal"])}:5984/openmct'
}}));
openmct.install(openmct.plugins.Espresso());
openmct.start();
'''


@tpl("yamcs_java", "yamcs", "password", "java", password, "YAMCS_PASSWORD")
def _(g, v, neg):
    inst = g.ch(["simulator", "cubesat", "flatsat", "mission"])
    return g.ch(["src/main/java/org/example/gs/CommandSender.java", "yamcs-client/src/main/java/ops/Uplink.java"]), f'''package org.example.gs;

import org.yamcs.client.YamcsClient;
import org.yamcs.client.processor.ProcessorClient;

public class CommandSender {{

    private static final String HOST = "{g.ch(["yamcs.gs.local", "localhost", "10.1.2.3"])}";
    private static final String USER = "{g.ch(["operator", "fdir", "ops"])}";
    private static final String PASS = "{v}";

    public static void main(String[] args) throws Exception {{
        YamcsClient client = YamcsClient.newBuilder(HOST, 8090).build();
        client.login(USER, PASS.toCharArray());
        ProcessorClient proc = client.createProcessorClient("{inst}", "realtime");
        proc.issueCommand("/YSS/SIMULATOR/SWITCH_VOLTAGE_ON").withArgument("voltage_num", 1).issue().get();
        client.close();
    }}
}}
'''


@tpl("yamcs_ldap_yaml", "yamcs", "password", "yaml", password, "LDAP_BIND_PASSWORD")
def _(g, v, neg):
    return g.ch(["yamcs-server/etc/yamcs.yaml", "src/main/yamcs/etc/yamcs.yaml"]), f'''services:
  - class: org.yamcs.http.HttpServer
    args:
      port: 8090

dataDir: yamcs-data

instances:
  - {g.ch(["simulator", "mission", "cubesat"])}

security:
  authModules:
    - class: org.yamcs.security.LdapAuthModule
      args:
        host: ldap.{g.ch(["corp.local", "gs.internal", "example-space.com"])}
        user: cn=yamcs,ou=services,dc=gs,dc=internal
        password: "{v}"
        userBase: ou=people,dc=gs,dc=internal
'''


@tpl("yamcs_python", "yamcs", "password", "python", password, "YAMCS_PASSWORD")
def _(g, v, neg):
    return g.ch(["scripts/yamcs_archive_export.py", "tools/pull_params.py"]), f'''from yamcs.client import YamcsClient
from yamcs.core.auth import Credentials

credentials = Credentials(username="{g.ch(["operator", "analyst", "ops"])}", password="{v}")
client = YamcsClient("{g.ch(["yamcs.mission.local:8090", "localhost:8090"])}", credentials=credentials)
archive = client.get_archive("{g.ch(["simulator", "mission"])}")
for pval in archive.list_parameter_values("/YSS/SIMULATOR/BatteryVoltage2", limit=100):
    print(pval.generation_time, pval.eng_value)
'''


@tpl("yamcs_props", "yamcs", "password", "properties", password, "YAMCS_DB_PASSWORD")
def _(g, v, neg):
    return g.ch(["src/main/resources/application.properties", "yamcs-ext/src/main/resources/archive.properties"]), f'''# external archive export (postgres)
archive.export.enabled=true
archive.export.jdbc.url=jdbc:postgresql://{g.ch(["tmdb", "pg.gs.internal"])}:5432/telemetry
archive.export.jdbc.user=yamcs_export
archive.export.jdbc.password={v}
archive.export.batchSize=500
'''


@tpl("openc3_env", "openc3", "password", "env", password, "OPENC3_SERVICE_PASSWORD", env=True)
def _(g, v, neg):
    return g.ch([".env", ".env.production"]), f'''# OpenC3 COSMOS environment
OPENC3_TAG=5.{g.i(10, 20)}.{g.i(0, 4)}
OPENC3_REGISTRY=docker.io
OPENC3_NAMESPACE=openc3inc
OPENC3_USERNAME=openc3
OPENC3_SERVICE_PASSWORD={v}
OPENC3_REDIS_USERNAME=openc3
OPENC3_BUCKET_USERNAME=openc3minio
OPENC3_SCOPE=DEFAULT
'''


@tpl("openc3_compose", "openc3", "password", "compose", password, "OPENC3_REDIS_PASSWORD")
def _(g, v, neg):
    return g.ch(["compose.yaml", "docker-compose.override.yml"]), f'''services:
  openc3-redis:
    image: "openc3inc/openc3-redis:5.{g.i(10, 20)}.0"
    restart: "unless-stopped"
    environment:
      OPENC3_REDIS_USERNAME: "openc3"
      OPENC3_REDIS_PASSWORD: "{v}"
    volumes:
      - "openc3-redis-v:/data"
  openc3-cosmos-cmd-tlm-api:
    image: "openc3inc/openc3-cosmos-cmd-tlm-api:5.{g.i(10, 20)}.0"
    depends_on:
      - "openc3-redis"
volumes:
  openc3-redis-v: {{}}
'''


@tpl("openc3_ruby", "openc3", "password", "ruby", password, "OPENC3_API_PASSWORD")
def _(g, v, neg):
    tgt = g.ch(["INST", "EXAMPLE", "CUBESAT", "ADCS"])
    return g.ch(["scripts/run_checkout.rb", "procedures/collect_ops.rb"]), f'''# Standalone script run outside COSMOS (CI checkout)
ENV['OPENC3_API_HOSTNAME'] ||= '{g.ch(["cosmos.gs.local", "127.0.0.1"])}'
ENV['OPENC3_API_PORT'] ||= '2900'
ENV['OPENC3_API_PASSWORD'] ||= '{v}'
require 'openc3'
require 'openc3/script'

cmd("{tgt} COLLECT with TYPE NORMAL, DURATION 5")
wait_check("{tgt} HEALTH_STATUS COLLECTS > 0", 10)
puts tlm("{tgt} HEALTH_STATUS TEMP1")
'''


@tpl("openc3_python", "openc3", "password", "python", password, "OPENC3_API_PASSWORD")
def _(g, v, neg):
    return g.ch(["scripts/pass_automation.py", "tools/cosmos_health.py"]), f'''import os

os.environ["OPENC3_API_HOSTNAME"] = "{g.ch(["cosmos.mission.lan", "localhost"])}"
os.environ["OPENC3_API_PORT"] = "2900"
os.environ["OPENC3_API_PASSWORD"] = "{v}"

from openc3.script import cmd, tlm, wait_check  # noqa: E402

cmd("INST ABORT")
wait_check("INST HEALTH_STATUS TEMP1 < 50.0", 30)
print(tlm("INST HEALTH_STATUS GROUND1STATUS"))
'''


@tpl("openc3_minio_k8s", "openc3", "password", "yaml", password, "OPENC3_BUCKET_PASSWORD")
def _(g, v, neg):
    return g.ch(["k8s/openc3/secret.yaml", "deploy/k8s/openc3-secrets.yml"]), f'''apiVersion: v1
kind: Secret
metadata:
  name: openc3-secrets
  namespace: {g.ch(["cosmos", "ground", "mission-ops"])}
type: Opaque
stringData:
  OPENC3_BUCKET_USERNAME: openc3minio
  OPENC3_BUCKET_PASSWORD: "{v}"
  OPENC3_REDIS_USERNAME: openc3
'''


@tpl("sdls_c_header", "ccsds-sdls", "encryption_key", "c", s_hex64, "SDLS_KEY")
def _(g, v, neg):
    kid = g.i(128, 140)
    return g.ch(["fsw/src/crypto/sdls_keys.h", "gsw/include/kmc_keys.h"]), f'''#ifndef SDLS_KEYS_H
#define SDLS_KEYS_H

/* Ground test keyring for TC SDLS (AES-GCM-256).  Key IDs per ICD-0{g.i(10, 99)} */
#define SDLS_NUM_KEYS        3
#define SDLS_TC_SPI          {g.i(1, 10)}
#define SDLS_TC_SCID         0x{g.hex(3, True)}

#define SDLS_EKID_{kid}_HEX   "{v}"

#endif /* SDLS_KEYS_H */
'''


@tpl("sdls_cpp", "ccsds-sdls", "encryption_key", "cpp", s_hex64, "SDLS_KEY")
def _(g, v, neg):
    return g.ch(["src/link/LinkSecurity.cpp", "gs/uplink/SdlsConfig.cpp"]), f'''#include "LinkSecurity.hpp"
#include <string>

namespace gs::uplink {{

// TODO(ops): load from HSM once available
static const std::string kTcEncryptionKey = "{v}";
static constexpr uint16_t kSpi = {g.i(1, 64)};
static constexpr uint16_t kScid = 0x{g.hex(3, True)};

LinkSecurity::LinkSecurity() : cipher_(CipherSuite::AES_GCM_256) {{
    cipher_.setKey(hexToBytes(kTcEncryptionKey));
    cipher_.setSpi(kSpi);
}}

}}  // namespace gs::uplink
'''


@tpl("sdls_yaml_keyring", "ccsds-sdls", "encryption_key", "yaml", s_hex64, "SDLS_KEY")
def _(g, v, neg):
    kid = g.i(128, 140)
    return g.ch(["config/sdls/keyring.yaml", "ground/crypto/sa_config.yml"]), f'''# Security associations for TC/TM SDLS
security_associations:
  - spi: {g.i(1, 10)}
    scid: 0x{g.hex(3, True)}
    vcid: {g.i(0, 7)}
    est: true
    ast: true
    ekid: {kid}
    shivf_len: 12
    stmacf_len: 16
keys:
  - id: {kid}
    state: ACTIVE
    value: "{v}"
'''


@tpl("sdls_json_kmc", "ccsds-sdls", "encryption_key", "json", s_hex64, "SDLS_KEY")
def _(g, v, neg):
    return g.ch(["config/kmc_keys.json", "gsw/sdls/keys.json"]), json.dumps({
        "mission": g.ch(["CUBESAT-2", "LUNASAT", "EOS-X"]), "cipher": "AES-256-GCM",
        "tc": {"spi": g.i(1, 20), "vcid": 0, "key_id": g.i(1, 255), "key_hex": v, "iv_len": 12},
        "arsn_window": 5}, indent=2) + "\n"


@tpl("uplink_pem", "uplink-signing", "private_key", "pem", None, "PRIVATE_KEY", slot="pem")
def _(g, v, neg):
    return g.ch(["keys/uplink_signing.pem", "ground/keys/cmd_auth_key.pem", "config/tc_signing.key"]), v + "\n"


@tpl("uplink_pem_yaml", "uplink-signing", "private_key", "yaml", None, "PRIVATE_KEY", slot="pem")
def _(g, v, neg):
    ind = "\n".join("    " + x for x in v.split("\n"))
    return g.ch(["deploy/uplink-signer/values.yaml", "config/command_auth.yaml"]), f'''commandAuth:
  enabled: true
  algorithm: {g.ch(["ed25519", "ecdsa-p256", "rsa-pss"])}
  keyId: tc-sign-{g.i(1, 9)}
  privateKey: |
{ind}
  replayWindow: 64
'''


@tpl("uplink_pem_py", "uplink-signing", "private_key", "python", None, "PRIVATE_KEY", slot="pem")
def _(g, v, neg):
    return g.ch(["uplink/sign_tc.py", "tools/sign_command.py"]), f'''"""Sign telecommand frames before they go to the modem."""
from cryptography.hazmat.primitives import serialization

SIGNING_KEY_PEM = b"""{v}
"""

key = serialization.load_pem_private_key(SIGNING_KEY_PEM, password=None)


def sign(frame: bytes) -> bytes:
    return key.sign(frame)
'''


@tpl("gs_ssh_key", "ground-station-ssh", "private_key", "pem", lambda g: None, "SSH_KEY", slot="pem")
def _(g, v, neg):
    return g.ch(["ansible/files/gs_rotator_id_rsa", "station/deploy_key", "infra/keys/antenna-pi.key"]), v + "\n"


@tpl("rabbit_amqp_yaml", "rabbitmq", "password", "yaml", lambda g: password(g, True), "AMQP_PASSWORD", slot="url")
def _(g, v, neg):
    return g.ch(["config/telemetry-router.yaml", "services/frame-router/config.yml"]), f'''frame_router:
  inputs:
    - type: udp
      port: {g.i(10000, 20000)}
  broker:
    url: amqp://gsw:{v}@{g.ch(["rabbitmq", "mq.gs.internal", "10.0.0.40"])}:5672/{g.ch(["telemetry", "%2F", "mission"])}
    exchange: frames.raw
  crc_check: true
'''


@tpl("postgres_compose", "postgresql", "password", "compose", password, "POSTGRES_PASSWORD")
def _(g, v, neg):
    return g.ch(["docker-compose.yml", "satnogs-db/docker-compose.yml"]), f'''version: "3.8"
services:
  db:
    image: postgres:{g.ch(["13", "15", "16"])}-alpine
    environment:
      POSTGRES_DB: {g.ch(["satnogs_db", "telemetry", "gs"])}
      POSTGRES_USER: {g.ch(["satnogs", "tm", "gs_admin"])}
      POSTGRES_PASSWORD: "{v}"
    volumes:
      - pgdata:/var/lib/postgresql/data
  redis:
    image: redis:7
volumes:
  pgdata:
'''


@tpl("pg_dsn_py", "postgresql", "password", "python", lambda g: password(g, True), "DB_PASSWORD", slot="url")
def _(g, v, neg):
    return g.ch(["gs_db/session.py", "telemetry/db.py"]), f'''from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

DATABASE_URL = "postgresql+psycopg2://tm_writer:{v}@{g.ch(["tmdb.gs.internal", "127.0.0.1", "pg-mission"])}:5432/telemetry"
engine = create_engine(DATABASE_URL, pool_pre_ping=True)
Session = sessionmaker(bind=engine)
'''


@tpl("kafka_props", "kafka", "password", "properties", password, "KAFKA_PASSWORD")
def _(g, v, neg):
    return g.ch(["config/consumer.properties", "src/main/resources/kafka.properties"]), f'''bootstrap.servers={g.ch(["kafka-1.gs.internal:9093", "broker:9093"])}
group.id=tm-archiver
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="tm-archiver" password="{v}";
key.deserializer=org.apache.kafka.common.serialization.StringDeserializer
value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer
'''


@tpl("influx_yaml", "influxdb", "api_token", "yaml", s_influx, "INFLUX_TOKEN")
def _(g, v, neg):
    return g.ch(["telegraf/outputs.yaml", "config/tm_writer.yaml"]), f'''influxdb:
  url: http://{g.ch(["influxdb", "tsdb.gs.internal"])}:8086
  org: {g.ch(["mission-ops", "cubesat-lab"])}
  bucket: housekeeping
  token: "{v}"
decoder:
  frame_format: ax25
  kaitai: {g.ch(["grifex", "cas4"])}.ksy
'''


@tpl("influx_toml", "influxdb", "api_token", "toml", s_influx, "INFLUX_TOKEN")
def _(g, v, neg):
    return g.ch(["telegraf/telegraf.conf", "etc/telegraf.d/gs.conf"]), f'''[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["http://influxdb:8086"]
  token = "{v}"
  organization = "gs"
  bucket = "rotator"

[[inputs.exec]]
  commands = ["/usr/local/bin/rotctl-status"]
  data_format = "influx"
'''


@tpl("grafana_sh", "grafana", "api_token", "shell", s_grafana, "GRAFANA_TOKEN")
def _(g, v, neg):
    return g.ch(["dashboards/push.sh", "ops/grafana_import.sh"]), f'''#!/usr/bin/env bash
# push pass dashboards to grafana
GRAFANA_URL=https://grafana.{g.ch(["gs.internal", "mission.example.org"])}
for f in dashboards/*.json; do
  curl -sf -X POST "$GRAFANA_URL/api/dashboards/db" \\
    -H "Authorization: Bearer {v}" \\
    -H "Content-Type: application/json" \\
    -d "{{\\"dashboard\\": $(cat "$f"), \\"overwrite\\": true}}"
done
'''


@tpl("gh_workflow", "space-track", "password", "yaml", password, "SPACETRACK_PASSWORD")
def _(g, v, neg):
    return ".github/workflows/" + g.ch(["tle-refresh.yml", "nightly.yml"]), f'''name: Refresh TLEs
on:
  schedule:
    - cron: "17 */6 * * *"
jobs:
  refresh:
    runs-on: ubuntu-latest
    env:
      ST_USER: {email(g)}
      ST_PASSWORD: "{v}"
    steps:
      - uses: actions/checkout@v4
      - run: pip install spacetrack skyfield
      - run: python tools/refresh.py
'''


@tpl("dockerfile_env", "n2yo", "api_key", "dockerfile", s_n2yo, "N2YO_API_KEY")
def _(g, v, neg):
    return g.ch(["Dockerfile", "docker/tracker.Dockerfile"]), f'''FROM python:3.11-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV N2YO_API_KEY={v}
ENV STATION_LAT={g.ch(OBS)[1]}
CMD ["python", "-m", "tracker"]
'''


@tpl("obslog_md", "space-track", "password", "markdown", password, "ST_PASSWORD")
def _(g, v, neg):
    o = g.ch(OBS)
    return "logs/" + g.ch(["2024-03-14.md", "observing_log.md", "night_%d.md" % g.i(1, 300)]), f'''# Observing log – {o[0]}

- 21:04 UT  roof open, seeing ~2.1", RH 64%
- 21:10 UT  flats done, focus at {g.i(10000, 40000)}
- 21:32 UT  target {g.ch(TARGETS)}, 20x300s L
- 22:45 UT  satellite trail in frames 12-14, checked Space-Track (acct {g.ch(USERS)}, pw `{v}`) -> {g.ch(SATS)[0]}
- 01:15 UT  clouds, closed
'''


@tpl("station_json", "satnogs", "api_token", "json", s_satnogs, "SATNOGS_API_TOKEN")
def _(g, v, neg):
    o = g.ch(OBS)
    return g.ch(["station.json", "config/station_%d.json" % g.i(1, 3000)]), json.dumps({
        "station_id": g.i(1, 3000), "name": o[0], "lat": o[1], "lon": o[2], "alt": o[3],
        "network": {"url": "https://network.satnogs.org", "api_token": v},
        "sdr": {"device": "airspy", "gain": 15}}, indent=2, ensure_ascii=False) + "\n"


@tpl("de_kommentar_py", "nasa", "api_key", "python", s_nasa, "NASA_API_KEY")
def _(g, v, neg):
    return g.ch(["sternwarte/apod_anzeige.py", "planetarium/bild_des_tages.py"]), f'''# Bild des Tages für die Anzeige im Foyer der Sternwarte
import requests

# persönlicher Schlüssel von api.nasa.gov (Kontakt: {g.ch(USERS)})
SCHLUESSEL = "{v}"

antwort = requests.get("https://api.nasa.gov/planetary/apod", params={{"api_key": SCHLUESSEL}})
daten = antwort.json()
print(daten["title"], daten["url"])
'''


@tpl("fr_config_ini", "space-track", "password", "ini", password, "ST_PASSWORD")
def _(g, v, neg):
    return g.ch(["config/suivi.ini", "conf/station_sol.ini"]), f'''; Station sol - suivi des satellites
[station]
nom = {g.ch(["Toulouse-GS", "Meudon", "Nice-Calern"])}
latitude = {g.r.uniform(42, 49):.4f}
longitude = {g.r.uniform(-1, 7):.4f}

[spacetrack]
identifiant = {email(g)}
mot_de_passe = {v}
'''


@tpl("k8s_secret_satnogs", "satnogs", "api_token", "yaml", s_satnogs, "SATNOGS_API_TOKEN")
def _(g, v, neg):
    return g.ch(["k8s/satnogs-client/deployment.yaml", "deploy/station/deploy.yaml"]), f'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: satnogs-client
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: client
          image: librespace/satnogs-client:master
          env:
            - name: SATNOGS_STATION_ID
              value: "{g.i(1, 3000)}"
            - name: SATNOGS_API_TOKEN
              value: "{v}"
            - name: SATNOGS_SOAPY_RX_DEVICE
              value: driver=rtlsdr
'''


@tpl("spire_env", "spire", "api_token", "env", s_tok32, "SPIRE_API_KEY", env=True)
def _(g, v, neg):
    return g.ch([".env", ".env.local"]), f'''SPIRE_API_KEY={v}
SPIRE_BASE_URL=https://api.sense.spire.com
AIS_BBOX=-10,35,30,60
'''


@tpl("mqtt_cpp_fsw", "observatory-mqtt", "password", "cpp", password, "MQTT_PASSWORD")
def _(g, v, neg):
    return g.ch(["firmware/dome_ctrl/config.h", "esp32/roof/src/secrets.h"]), f'''#pragma once
// Dome controller ESP32 config
#define WIFI_SSID        "{g.ch(["Sternwarte", "Obs-IoT", "RoofNet"])}"
#define MQTT_HOST        "{g.ch(["192.168.1.20", "mqtt.obs.lan"])}"
#define MQTT_PORT        1883
#define MQTT_USER        "domectl"
#define MQTT_PASS        "{v}"
#define SHUTTER_TIMEOUT_MS 90000
'''


@tpl("capella_py", "capella", "api_key", "python", lambda g: g.hex(64), "CAPELLA_API_KEY")
def _(g, v, neg):
    return g.ch(["sar/capella_tasking.py", "tasking/submit_capella.py"]), f'''import requests

API = "https://api.capellaspace.com"
api_key = "{v}"

tok = requests.post(f"{{API}}/token/exchange", headers={{"Authorization": f"ApiKey {{api_key}}"}}).json()["accessToken"]
task = {{
    "type": "Feature",
    "geometry": {{"type": "Point", "coordinates": [{g.r.uniform(-180, 180):.4f}, {g.r.uniform(-60, 60):.4f}]}},
    "properties": {{"taskingrequestName": "site-{g.i(1, 99)}", "windowOpen": "2024-06-01T00:00:00Z"}},
}}
print(requests.post(f"{{API}}/task", json=task, headers={{"Authorization": f"Bearer {{tok}}"}}).json())
'''


@tpl("redis_url_ruby", "openc3", "password", "ruby", lambda g: password(g, True), "REDIS_PASSWORD", slot="url")
def _(g, v, neg):
    return g.ch(["lib/telemetry_mirror.rb", "plugins/mirror/lib/mirror.rb"]), f'''require 'redis'

# mirror decom telemetry to the analysis redis
REDIS_URL = "redis://openc3:{v}@{g.ch(["openc3-redis", "redis.gs.internal"])}:6379/0"

class TelemetryMirror
  def initialize
    @redis = Redis.new(url: REDIS_URL)
  end

  def push(packet)
    @redis.xadd("mirror:#{{packet.target_name}}", packet.as_json)
  end
end
'''


# ----------------------------------------------------------------------------
# negative placeholders for template reuse
# ----------------------------------------------------------------------------
LOCAL_PH = ["dein-passwort-hier", "votre_mot_de_passe", "tu_clave_aqui", "inserisci_la_chiave", "SEU_TOKEN_AQUI",
            "TWÓJ_KLUCZ_API", "ваш_ключ", "ここにAPIキー", "uw-wachtwoord"]


def neg_value(g, t):
    var = t["var"]
    slot = t["slot"]
    prov = t["provider"]
    if slot == "url":
        return g.ch(["${%s}" % var, "changeme", "xxxxxxxx", "PASSWORD", "****", "<password>", "%s" % "{{ %s }}" % var.lower()])
    if prov == "nasa" and g.maybe(0.6):
        return "DEMO_KEY"
    if prov == "aws-ground-station" and g.maybe(0.4):
        return "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    c = [
        "", "YOUR_%s" % var, "<your-%s>" % var.lower().replace("_", "-"), "<%s>" % var, "xxxxxxxxxxxxxxxx",
        "XXXXXXXX-XXXX", "changeme", "change-me", "****", "********", "[REDACTED]", "<redacted>",
        "${%s}" % var, "${%s:?missing}" % var, "{{ %s }}" % var.lower(), "{{ vault_%s }}" % var.lower(),
        "%s" % ("op://ground-ops/%s/credential" % var.lower().replace("_", "-")),
        "vault:secret/data/gs/%s" % var.lower(), "TODO", "replace-me", "your_api_key_here", g.ch(LOCAL_PH),
        "REPLACE_WITH_%s" % var, "<insert token>", "${{ secrets.%s }}" % var,
    ]
    if t["kind"] == "password":
        c += ["password", "yourpassword", "<password>"]
    if t["filetype"] in ("ini", "shell", "env", "text") :
        c = [x for x in c if not x.startswith("{{")]
    return g.ch(c)


def neg_pem(g):
    c = g.i(0, 2)
    if c == 0:
        return pem_public(g)
    if c == 1:
        return "-----BEGIN PRIVATE KEY-----\n<paste the key from the vault here>\n-----END PRIVATE KEY-----"
    return "-----BEGIN EC PRIVATE KEY-----\n...\n-----END EC PRIVATE KEY-----"


# ----------------------------------------------------------------------------
# LOOK-ALIKE NEGATIVE TEMPLATES: fn(g) -> (relpath, text)
# ----------------------------------------------------------------------------
N = []


def ntpl(name, provider, kind, filetype):
    def deco(fn):
        N.append(dict(name=name, provider=provider, kind=kind, filetype=filetype, fn=fn))
        return fn
    return deco


@ntpl("tle_file", "celestrak", "tle", "text")
def _(g):
    out = []
    for sat in g.r.sample(SATS, g.i(3, 8)):
        n, a, b = tle(g, sat)
        out += [n, a, b]
    return g.ch(["data/amateur.tle", "tle/weather.txt", "gpredict/tle/cubesat.txt"]), "\n".join(out) + "\n"


@ntpl("tle_py", "celestrak", "tle", "python")
def _(g):
    n, a, b = tle(g)
    return g.ch(["tests/test_sgp4.py", "tests/test_propagation.py"]), f'''from skyfield.api import EarthSatellite, load

LINE1 = "{a}"
LINE2 = "{b}"


def test_propagate():
    ts = load.timescale()
    sat = EarthSatellite(LINE1, LINE2, "{n}", ts)
    pos = sat.at(ts.utc(2024, 5, 1)).position.km
    assert 6500 < (pos ** 2).sum() ** 0.5 < 8000
'''


@ntpl("celestrak_gp_json", "celestrak", "omm", "json")
def _(g):
    recs = []
    for name, norad, cospar in g.r.sample(SATS, 3):
        recs.append({"OBJECT_NAME": name, "OBJECT_ID": cospar, "EPOCH": "2024-0%d-1%dT%02d:%02d:%02d.%06d" % (
            g.i(1, 9), g.i(0, 9), g.i(0, 23), g.i(0, 59), g.i(0, 59), g.i(0, 999999)),
            "MEAN_MOTION": round(g.r.uniform(13, 16), 8), "ECCENTRICITY": round(g.r.uniform(0, 0.01), 7),
            "INCLINATION": round(g.r.uniform(0, 99), 4), "RA_OF_ASC_NODE": round(g.r.uniform(0, 360), 4),
            "ARG_OF_PERICENTER": round(g.r.uniform(0, 360), 4), "MEAN_ANOMALY": round(g.r.uniform(0, 360), 4),
            "EPHEMERIS_TYPE": 0, "CLASSIFICATION_TYPE": "U", "NORAD_CAT_ID": norad,
            "ELEMENT_SET_NO": 999, "REV_AT_EPOCH": g.i(1000, 99999), "BSTAR": round(g.r.uniform(0, 0.001), 9),
            "MEAN_MOTION_DOT": round(g.r.uniform(0, 0.0002), 8), "MEAN_MOTION_DDOT": 0})
    return g.ch(["data/gp_active.json", "tests/fixtures/omm.json"]), json.dumps(recs, indent=2) + "\n"


@ntpl("fits_header", "fits", "checksum", "text")
def _(g):
    t = g.ch(TARGETS)
    cards = [fits_card("SIMPLE", "T", "conforms to FITS standard"), fits_card("BITPIX", 16), fits_card("NAXIS", 2),
             fits_card("NAXIS1", 4144), fits_card("NAXIS2", 2822), fits_card("OBJECT", t),
             fits_card("DATE-OBS", "2024-0%d-%02dT%02d:%02d:%02d" % (g.i(1, 9), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59))),
             fits_card("EXPTIME", 300.0, "[s]"), fits_card("CTYPE1", "RA---TAN"), fits_card("CTYPE2", "DEC--TAN"),
             fits_card("CRVAL1", round(g.r.uniform(0, 360), 8)), fits_card("CRVAL2", round(g.r.uniform(-80, 80), 8)),
             fits_card("CRPIX1", 2072.5), fits_card("CRPIX2", 1411.5),
             fits_card("CD1_1", -0.000307 + g.r.uniform(-1e-5, 1e-5)), fits_card("CD2_2", 0.000307),
             fits_card("CHECKSUM", fits_checksum(g), "HDU checksum updated 2024-05-11T02:11:09"),
             fits_card("DATASUM", str(g.i(100000000, 4294967295)), "data unit checksum updated"),
             "END".ljust(80)]
    return g.ch(["docs/example_header.txt", "tests/data/header_%s.hdr" % t.replace(" ", "")]), "\n".join(cards) + "\n"


@ntpl("fits_py_test", "fits", "checksum", "python")
def _(g):
    cs = fits_checksum(g)
    ds = g.i(100000000, 4294967295)
    return g.ch(["tests/test_checksums.py", "tests/test_reduce.py"]), f'''from astropy.io import fits

EXPECTED_CHECKSUM = "{cs}"
EXPECTED_DATASUM = "{ds}"


def test_checksums(tmp_path):
    hdul = fits.open("tests/data/bias_0001.fits", checksum=True)
    assert hdul[0].header["CHECKSUM"] == EXPECTED_CHECKSUM
    assert hdul[0].header["DATASUM"] == EXPECTED_DATASUM
'''


@ntpl("readme_bib", "astronomy", "doi", "markdown")
def _(g):
    return "README.md", f'''# {g.ch(["lightkurve-tools", "gaia-clusters", "transit-fit"])}

If you use this code please cite:

- {g.ch(["Smith", "Novak", "Tanaka", "Rossi"])} et al. ({g.i(2018, 2024)}), bibcode `{bibcode(g)}`, doi:{doi(g)}
- Gaia Collaboration (2023), `2023A&A...674A...1G`, doi:10.1051/0004-6361/202243940
- Astropy Collaboration (2022), doi:10.3847/1538-4357/ac7c74

Zenodo archive: https://doi.org/10.5281/zenodo.{g.i(1000000, 9999999)}

Commit used for the paper: `{g.hex(40)}`
'''


@ntpl("gaia_ids_csv", "gaia-archive", "source_id", "csv")
def _(g):
    rows = ["source_id,ra,dec,parallax,phot_g_mean_mag,random_index"]
    for _ in range(g.i(8, 20)):
        rows.append("%d,%.9f,%.9f,%.4f,%.4f,%d" % (g.i(10 ** 17, 6917528997577384319), g.r.uniform(0, 360),
                                                   g.r.uniform(-90, 90), g.r.uniform(0, 20), g.r.uniform(5, 21),
                                                   g.i(0, 1811709770)))
    return g.ch(["data/cluster_members.csv", "catalogs/gaia_dr3_xmatch.csv"]), "\n".join(rows) + "\n"


@ntpl("mast_obs_nb", "mast", "obs_id", "ipynb")
def _(g):
    obsids = [str(g.i(10 ** 8, 10 ** 9)) for _ in range(4)]
    rows = "\n".join("%s  jw0%d%03d001001_02101_0000%d_nrcalong  %s" % (o, g.i(1000, 6000), g.i(1, 99), g.i(1, 9),
                                                                       g.hex(32)) for o in obsids)
    return g.ch(["notebooks/jwst_query.ipynb", "nb/mast_products.ipynb"]), notebook([
        ("code", "from astroquery.mast import Observations\nobs = Observations.query_criteria(obs_collection='JWST', proposal_id=%d)" % g.i(1000, 6000)),
        ("code", "prods = Observations.get_product_list(obs)\nprods['obsID','obs_id','md5sum'][:4]",
         "  obsID                    obs_id                         md5sum\n" + rows),
    ])


@ntpl("satnogs_obs_json", "satnogs", "observation", "json")
def _(g):
    name, norad, _c = g.ch(SATS)
    n, a, b = tle(g, (name, norad, _c))
    obs = {"id": g.i(5000000, 9999999), "start": "2024-05-0%dT%02d:%02d:00Z" % (g.i(1, 9), g.i(0, 23), g.i(0, 59)),
           "ground_station": g.i(1, 3000), "transmitter_uuid": shortuuid(g), "norad_cat_id": norad,
           "tle0": n, "tle1": a, "tle2": b, "frequency": g.i(137000000, 437000000),
           "waterfall": "https://s3.eu-central-1.wasabisys.com/satnogs-network/data_obs/2024/5/1/%d/waterfall_%d.png" % (g.i(1, 23), g.i(5000000, 9999999)),
           "demoddata": [{"payload_demod": "https://network.satnogs.org/media/data_obs/data_%d_2024-05-01T10-11-12" % g.i(5000000, 9999999)}],
           "vetted_status": g.ch(["good", "bad", "unknown"]), "archive_url": None}
    return g.ch(["tests/fixtures/observation.json", "data/obs_%d.json" % obs["id"]]), json.dumps(obs, indent=2) + "\n"


@ntpl("satnogs_db_frames", "satnogs", "telemetry", "json")
def _(g):
    frames = []
    for _ in range(g.i(3, 6)):
        frames.append({"sat_id": g.s(UP, 4) + "-" + g.s(UP, 4) + "-" + g.s(UP, 4) + "-" + g.s(UP, 4) + "-" + g.s(UP, 4),
                       "norad_cat_id": g.ch(SATS)[1], "transmitter": shortuuid(g),
                       "timestamp": "2024-04-%02dT%02d:%02d:%02dZ" % (g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59)),
                       "frame": g.hex(g.ch([64, 96, 128]), True), "observer": "%s-%d-%s" % (g.ch(USERS), g.i(1, 3000), g.s(UP, 2) + str(g.i(10, 99)) + g.s(LO, 2)),
                       "station_id": g.i(1, 3000), "app_source": "network"})
    return g.ch(["data/frames_sample.json", "tests/fixtures/db_frames.json"]), json.dumps(frames, indent=2) + "\n"


@ntpl("ccsds_hexdump", "ccsds", "telemetry", "text")
def _(g):
    lines = ["# TM frames captured %s pass, VC0, CRC-16/CCITT verified" % g.ch(STATIONS)]
    for k in range(g.i(4, 10)):
        body = "1ACFFC1D" + g.hex(2, True) + g.hex(g.ch([56, 80, 120]), True)
        crc = g.hex(4, True)
        lines.append("%04d  %s  crc=%s  ok" % (k, body, crc))
    return g.ch(["captures/pass_%d.hex" % g.i(100, 999), "testdata/tm_frames.txt"]), "\n".join(lines) + "\n"


@ntpl("ccsds_py_test", "ccsds", "crc", "python")
def _(g):
    pkt = g.hex(40)
    return g.ch(["tests/test_crc.py", "tests/test_space_packet.py"]), f'''import binascii
from gs.framing import crc16_ccitt, parse_space_packet

PACKET = bytes.fromhex("{pkt}")
EXPECTED_CRC = 0x{g.hex(4, True)}
APID = 0x{g.hex(3, True)}
SPACECRAFT_ID = 0x{g.hex(3, True)}


def test_crc():
    assert crc16_ccitt(PACKET) == EXPECTED_CRC


def test_header():
    hdr = parse_space_packet(PACKET)
    assert hdr.apid == APID
    assert binascii.crc32(PACKET) == {g.i(0, 4294967295)}
'''


@ntpl("sdls_sa_nokeys", "ccsds-sdls", "sa_table", "yaml")
def _(g):
    rows = []
    for spi in range(1, g.i(3, 6)):
        rows.append(f'''  - spi: {spi}
    ekid: {g.i(128, 140)}
    akid: {g.i(128, 140)}
    state: {g.ch(["OPERATIONAL", "KEYED", "UNKEYED"])}
    iv: "{g.hex(24)}"
    arsn: "{g.hex(8)}"
    acs: 0x01
    ecs: 0x01
    stmacf_len: 16''')
    return g.ch(["config/sdls/sa_state.yaml", "ops/sa_table.yml"]), "# SA table snapshot (no key material, keys live in KMC)\nsecurity_associations:\n" + "\n".join(rows) + "\n"


@ntpl("pubkey_pem", "uplink-signing", "public_key", "pem")
def _(g):
    return g.ch(["keys/uplink_verify.pub.pem", "fsw/keys/tc_auth_public.pem"]), pem_public(g) + "\n"


@ntpl("cert_pem", "tls", "certificate", "pem")
def _(g):
    return g.ch(["certs/yamcs.crt", "deploy/tls/ca.pem", "config/mqtt/ca.crt"]), pem_cert(g) + "\n"


@ntpl("ssh_pub", "ssh", "public_key", "text")
def _(g):
    lines = []
    for u in g.r.sample(USERS, 3):
        lines.append("ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + g.b(32)).decode() + " " + u + "@gs")
    return g.ch(["ansible/files/authorized_keys", "station/authorized_keys"]), "\n".join(lines) + "\n"


@ntpl("sha256sums", "data", "checksum", "text")
def _(g):
    lines = ["%s  %s" % (g.hex(64), f) for f in ["jw0%d_uncal.fits" % g.i(1000, 9999), "calib/bias_master.fits",
                                                  "flat_%s.fits" % g.ch(["L", "R", "G", "B", "Ha"]),
                                                  "tle/%d.tle" % g.i(1, 99)]]
    return g.ch(["data/SHA256SUMS", "release/SHA256SUMS.txt"]), "\n".join(lines) + "\n"


@ntpl("pip_hashes", "python", "hash", "text")
def _(g):
    pk = [("astropy", "6.0.1"), ("astroquery", "0.4.7"), ("skyfield", "1.48"), ("sgp4", "2.23"), ("numpy", "1.26.4")]
    out = []
    for n, v in pk:
        out.append("%s==%s \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s" % (n, v, g.hex(64), g.hex(64)))
    return "requirements.lock", "\n".join(out) + "\n"


@ntpl("compose_digest", "docker", "digest", "compose")
def _(g):
    return g.ch(["docker-compose.yml", "compose.yaml"]), f'''services:
  yamcs:
    image: yamcs/example-simulation@sha256:{g.hex(64)}
    ports: ["8090:8090"]
  satnogs-client:
    image: librespace/satnogs-client@sha256:{g.hex(64)}
    environment:
      SATNOGS_STATION_ID: "{g.i(1, 3000)}"
      SATNOGS_API_TOKEN: ${{SATNOGS_API_TOKEN}}
'''


@ntpl("gpredict_qth", "gpredict", "station", "ini")
def _(g):
    o = g.ch(OBS)
    return g.ch(["gpredict/%s.qth" % o[0].split()[0], "config/home.qth"]), f'''[QTH]
LOCATION={o[0]}
LAT={o[1]:.6f}
LON={o[2]:.6f}
ALT={o[3]}
WX=
TYPE=0
'''


@ntpl("gpredict_sat", "gpredict", "tle", "ini")
def _(g):
    name, norad, cos = g.ch(SATS)
    n, a, b = tle(g, (name, norad, cos))
    return "gpredict/satdata/%d.sat" % norad, f'''[Satellite]
VERSION=1.1
NAME={name}
NICKNAME={name}
TLE1={a}
TLE2={b}
STATUS=0
'''


@ntpl("ais_nmea", "spire", "ais", "text")
def _(g):
    al = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"
    lines = []
    for _ in range(g.i(5, 12)):
        p = g.s(al, 28)
        s = "AIVDM,1,1,,%s,%s,0" % (g.ch("AB"), p)
        cs = 0
        for c in s:
            cs ^= ord(c)
        lines.append("!%s*%02X" % (s, cs))
    return g.ch(["data/ais_sample.nmea", "tests/fixtures/spire_ais.txt"]), "\n".join(lines) + "\n"


@ntpl("planet_items_json", "planet", "item_id", "json")
def _(g):
    feats = []
    for _ in range(3):
        iid = "2024%02d%02d_%02d%02d%02d_%02d_%s" % (g.i(1, 12), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59),
                                                   g.i(10, 99), g.hex(4))
        feats.append({"id": iid, "type": "Feature", "properties": {"item_type": "PSScene", "cloud_cover": round(g.r.random(), 2),
                                                                    "satellite_id": g.hex(4), "strip_id": str(g.i(6000000, 7999999))},
                      "_links": {"_self": "https://api.planet.com/data/v1/item-types/PSScene/items/" + iid}})
    return g.ch(["tests/fixtures/planet_search.json", "data/search_result.json"]), json.dumps({"type": "FeatureCollection", "features": feats}, indent=2) + "\n"


@ntpl("capella_collect_json", "capella", "collect_id", "json")
def _(g):
    d = {"id": "CAPELLA_C%02d_SP_SLC_HH_2024%02d%02d%02d%02d%02d_2024%02d%02d%02d%02d%02d" % tuple([g.i(1, 14)] + [g.i(1, 12), g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59)] * 2),
         "properties": {"capella:collect_id": g.uuid(), "capella:orbit_state": g.ch(["ascending", "descending"]),
                        "sar:product_type": "SLC", "platform": "capella-%d" % g.i(1, 14)},
         "assets": {"HH": {"href": "s3://capella-open-data/data/%s.tif" % g.uuid(),
                           "file:checksum": "1220" + g.hex(64)}}}
    return g.ch(["stac/item.json", "tests/data/capella_item.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("nasa_demo_py", "nasa", "demo_key", "python")
def _(g):
    return g.ch(["examples/apod_example.py", "docs/snippets/neows.py"]), f'''"""Example from the docs: DEMO_KEY is rate limited (30 req/hour).
Get your own key at https://api.nasa.gov and set NASA_API_KEY."""
import os
import requests

API_KEY = os.environ.get("NASA_API_KEY", "DEMO_KEY")
resp = requests.get("https://api.nasa.gov/neo/rest/v1/neo/{g.i(2000000, 3999999)}", params={{"api_key": API_KEY}})
print(resp.json()["name"])
'''


@ntpl("env_refs_py", "space-track", "env_ref", "python")
def _(g):
    return g.ch(["tools/fetch_tles.py", "ops/st_sync.py"]), f'''import os
import requests

IDENTITY = os.environ["SPACETRACK_USER"]
PASSWORD = os.environ["SPACETRACK_PASSWORD"]
N2YO_KEY = os.getenv("N2YO_API_KEY")

s = requests.Session()
s.post("https://www.space-track.org/ajaxauth/login", data={{"identity": IDENTITY, "password": PASSWORD}})
print(s.get("https://www.space-track.org/basicspacedata/query/class/gp/NORAD_CAT_ID/{g.ch(SATS)[1]}/format/tle").text)
'''


@ntpl("env_example", "openc3", "placeholder", "env-example")
def _(g):
    return g.ch([".env.example", ".env.sample"]), f'''# copy to .env and fill in
OPENC3_TAG=5.{g.i(10, 20)}.0
OPENC3_USERNAME=openc3
OPENC3_SERVICE_PASSWORD=
OPENC3_REDIS_PASSWORD=changeme
OPENC3_BUCKET_PASSWORD=<minio-password>
SPACETRACK_PASSWORD=your-space-track-password
N2YO_API_KEY=XXXXXX-XXXXXX-XXXXXX-XXXX
NASA_API_KEY=DEMO_KEY
'''


@ntpl("yamcs_mdb_xtce", "yamcs", "mdb", "xml")
def _(g):
    return g.ch(["mdb/cubesat.xml", "src/main/yamcs/mdb/xtce.xml"]), f'''<?xml version="1.0" encoding="UTF-8"?>
<SpaceSystem name="{g.ch(["CUBESAT", "YSS"])}" xmlns="http://www.omg.org/spec/XTCE/20180204">
  <Header version="1.{g.i(0, 9)}" date="2024-0{g.i(1, 9)}-1{g.i(0, 9)}"/>
  <TelemetryMetaData>
    <ParameterSet>
      <Parameter name="SpacecraftId" parameterTypeRef="uint16_t" initialValue="{g.i(100, 1023)}"/>
      <Parameter name="BootCount" parameterTypeRef="uint32_t"/>
      <Parameter name="SwVersionHash" parameterTypeRef="string_t" initialValue="{g.hex(40)}"/>
      <Parameter name="KeyId" parameterTypeRef="uint8_t" initialValue="{g.i(128, 140)}"/>
    </ParameterSet>
  </TelemetryMetaData>
</SpaceSystem>
'''


@ntpl("fsw_config_h", "flight-software", "ids", "c")
def _(g):
    return g.ch(["fsw/inc/mission_cfg.h", "cfe/defs/mission_ids.h"]), f'''#ifndef MISSION_CFG_H
#define MISSION_CFG_H

#define MISSION_SPACECRAFT_ID        0x{g.hex(3, True)}
#define MISSION_NORAD_ID             {g.ch(SATS)[1]}
#define MISSION_COSPAR_ID            "{g.ch(SATS)[2]}"
#define CFE_MISSION_MAX_API_LEN      20
#define TC_VCID_DEFAULT              0
#define FRAME_CRC_POLY               0x1021
#define FRAME_CRC_INIT               0xFFFF
#define SYNC_MARKER                  0x1ACFFC1DU
#define FSW_BUILD_ID                 "{g.hex(12)}"
#define SDLS_DEFAULT_EKID            {g.i(128, 140)}  /* key index only, material in KMC */

#endif
'''


@ntpl("openc3_target_txt", "openc3", "cmd_def", "text")
def _(g):
    tgt = g.ch(["INST", "CUBESAT", "ADCS"])
    return "targets/%s/cmd_tlm/cmd.txt" % tgt, f'''COMMAND {tgt} SET_KEY_SLOT BIG_ENDIAN "Select active SDLS key slot (no key material)"
  PARAMETER CCSDSVER 0 3 UINT 0 0 0
  PARAMETER CCSDSAPID 5 11 UINT 0 2047 {g.i(1, 2047)}
  PARAMETER SLOT 48 8 UINT 0 255 {g.i(0, 7)}
COMMAND {tgt} LOAD_TABLE BIG_ENDIAN "Load table with CRC"
  PARAMETER CRC32 48 32 UINT MIN MAX 0x{g.hex(8, True)}
  PARAMETER FILENAME 80 256 STRING "/cf/tbl_{g.hex(6)}.bin"
'''


@ntpl("obslog_md_neg", "astronomy", "log", "markdown")
def _(g):
    o = g.ch(OBS)
    return "logs/night_%d.md" % g.i(1, 400), f'''# Observing log – {o[0]}

| UT    | Target | Frames | Note |
|-------|--------|--------|------|
| 21:32 | {g.ch(TARGETS)} | 20x300s | guiding RMS 0.{g.i(4, 9)}" |
| 23:10 | {g.ch(TARGETS)} | 12x600s Ha | |

Satellite trail frame 14 -> {g.ch(SATS)[0]} (NORAD {g.ch(SATS)[1]}, COSPAR {g.ch(SATS)[2]}).
Plate solve job {g.i(8000000, 9999999)}, submission {g.i(8000000, 9999999)} on nova.astrometry.net.
Master flat md5 `{g.hex(32)}`.
'''


@ntpl("wcs_json", "astrometry.net", "wcs", "json")
def _(g):
    d = {"job_id": g.i(8000000, 9999999), "calibration": {"ra": round(g.r.uniform(0, 360), 6), "dec": round(g.r.uniform(-80, 80), 6),
                                                           "radius": round(g.r.uniform(0.1, 2), 4), "pixscale": round(g.r.uniform(0.5, 3), 5),
                                                           "orientation": round(g.r.uniform(-180, 180), 4), "parity": 1.0},
         "wcs_file_sha1": g.hex(40), "tags": [g.ch(TARGETS)], "user_image": g.i(5000000, 9999999)}
    return g.ch(["solves/job_%d.json" % d["job_id"], "tests/fixtures/calibration.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("zooniverse_export_csv", "zooniverse", "export", "csv")
def _(g):
    rows = ["classification_id,user_name,user_id,workflow_id,created_at,subject_ids,session"]
    for _ in range(g.i(5, 12)):
        rows.append("%d,%s,%d,%d,2024-0%d-1%d 12:%02d:00 UTC,%d,%s" % (g.i(400000000, 599999999), g.ch(USERS), g.i(1000000, 2999999),
                                                                   g.i(10000, 30000), g.i(1, 9), g.i(0, 9), g.i(0, 59),
                                                                   g.i(50000000, 99999999), g.hex(32)))
    return g.ch(["exports/classifications.csv", "data/zoo_classifications.csv"]), "\n".join(rows) + "\n"


@ntpl("aws_gs_arns_yaml", "aws-ground-station", "arn", "yaml")
def _(g):
    acct = g.i(100000000000, 999999999999)
    return g.ch(["infra/mission_profile.yaml", "cfn/params.yaml"]), f'''MissionProfile:
  Name: {g.ch(["jpss1", "aqua-db", "cubesat-uhf"])}
  ContactPrePassDurationSeconds: 120
  MinimumViableContactDurationSeconds: 180
  TrackingConfigArn: arn:aws:groundstation:us-east-2:{acct}:config/tracking/{g.uuid()}
  DataflowEdges:
    - [arn:aws:groundstation:us-east-2:{acct}:config/antenna-downlink/{g.uuid()}, arn:aws:groundstation:us-east-2:{acct}:config/dataflow-endpoint/{g.uuid()}]
  SatelliteArn: arn:aws:groundstation::{acct}:satellite/{g.uuid()}
  KmsKeyArn: arn:aws:kms:us-east-2:{acct}:key/{g.uuid()}
'''


@ntpl("azure_ids_json", "azure-orbital", "ids", "json")
def _(g):
    return g.ch(["infra/orbital.parameters.json", "arm/spacecraft.json"]), json.dumps({
        "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",
        "contentVersion": "1.0.0.0",
        "parameters": {"tenantId": {"value": g.uuid()}, "clientId": {"value": g.uuid()},
                       "spacecraftNoradId": {"value": str(g.ch(SATS)[1])},
                       "clientSecret": {"reference": {"keyVault": {"id": "/subscriptions/%s/resourceGroups/rg-orbital/providers/Microsoft.KeyVault/vaults/kv-orbital" % g.uuid()},
                                                      "secretName": "orbital-sp-secret"}}}}, indent=2) + "\n"


@ntpl("ground_commit_versions", "ci", "version", "yaml")
def _(g):
    return g.ch(["versions.yaml", "release/manifest.yml"]), f'''release: {g.i(1, 9)}.{g.i(0, 20)}.{g.i(0, 50)}
components:
  fsw:
    git_sha: {g.hex(40)}
    image_crc32: 0x{g.hex(8, True)}
  yamcs-mission:
    git_sha: {g.hex(40)}
    version: 5.{g.i(8, 10)}.{g.i(0, 9)}
  openc3-plugins:
    gem_sha256: {g.hex(64)}
build_uuid: {g.uuid()}
'''


@ntpl("telemetry_b64_json", "ccsds", "encoded", "json")
def _(g):
    pkts = [{"apid": g.i(1, 2047), "seq": g.i(0, 16383), "time": "2024-05-%02dT%02d:%02d:%02d.%03dZ" % (g.i(1, 28), g.i(0, 23), g.i(0, 59), g.i(0, 59), g.i(0, 999)),
             "data_b64": g.b64(g.ch([48, 60, 90])), "crc": "0x" + g.hex(4, True)} for _ in range(g.i(3, 6))]
    return g.ch(["tests/fixtures/packets.json", "replay/sample_pass.json"]), json.dumps(pkts, indent=2) + "\n"


@ntpl("ciphertext_log", "ccsds-sdls", "ciphertext", "text")
def _(g):
    lines = ["# SDLS TC frames after ApplySecurity (ciphertext + MAC), test campaign %d" % g.i(1, 20)]
    for k in range(g.i(3, 7)):
        lines.append("spi=%d arsn=%s iv=%s ct=%s mac=%s" % (g.i(1, 5), g.hex(8), g.hex(24), g.hex(g.ch([32, 48, 64])), g.hex(32)))
    return g.ch(["test/logs/sdls_tc_frames.log", "captures/encrypted_tc.txt"]), "\n".join(lines) + "\n"


@ntpl("signature_json", "uplink-signing", "signature", "json")
def _(g):
    d = {"command": g.ch(["ADCS_SET_MODE", "EPS_RESET", "PAYLOAD_ON"]), "seq": g.i(1, 65535),
         "payload_hex": g.hex(g.ch([16, 24, 32])), "signature_b64": g.b64(64),
         "key_fingerprint": "SHA256:" + g.b64(32).rstrip("="), "verified": True}
    return g.ch(["tests/fixtures/signed_cmd.json", "logs/cmd_audit_%d.json" % g.i(1, 300)]), json.dumps(d, indent=2) + "\n"


@ntpl("uuid_subjects_py", "zooniverse", "uuid", "python")
def _(g):
    ids = "\n".join('    "%s",' % g.uuid() for _ in range(g.i(4, 8)))
    return g.ch(["tests/test_subjects.py", "tools/subject_ids.py"]), f'''# subject UUIDs retired from workflow {g.i(10000, 30000)}
RETIRED = [
{ids}
]
'''


@ntpl("cospar_csv", "space-track", "satcat", "csv")
def _(g):
    rows = ["NORAD_CAT_ID,OBJECT_NAME,INTLDES,LAUNCH,DECAY,PERIOD,APOGEE,PERIGEE"]
    for n, norad, cos in g.r.sample(SATS, g.i(4, 10)):
        rows.append("%d,%s,%s,20%02d-%02d-%02d,,%.2f,%d,%d" % (norad, n, cos, g.i(0, 23), g.i(1, 12), g.i(1, 28), g.r.uniform(88, 110), g.i(400, 900), g.i(300, 800)))
    return g.ch(["data/satcat_subset.csv", "catalog/tracked.csv"]), "\n".join(rows) + "\n"


@ntpl("indi_xml", "indi", "config", "xml")
def _(g):
    return g.ch(["indi/EQMod Mount_config.xml", "config/indi/ZWO_CCD_config.xml"]), f'''<INDIDriver>
<newSwitchVector device='EQMod Mount' name='CONNECTION'>
  <oneSwitch name='CONNECT'>On</oneSwitch>
</newSwitchVector>
<newTextVector device='EQMod Mount' name='DEVICE_PORT'>
  <oneText name='PORT'>/dev/ttyUSB0</oneText>
</newTextVector>
<newNumberVector device='EQMod Mount' name='GEOGRAPHIC_COORD'>
  <oneNumber name='LAT'>{g.r.uniform(-60, 60):.6f}</oneNumber>
  <oneNumber name='LONG'>{g.r.uniform(0, 360):.6f}</oneNumber>
  <oneNumber name='ELEV'>{g.i(0, 3000)}</oneNumber>
</newNumberVector>
<newTextVector device='EQMod Mount' name='FIRMWARE_INFO'>
  <oneText name='Serial'>{g.hex(16, True)}</oneText>
</newTextVector>
</INDIDriver>
'''


@ntpl("nb_hashes_output", "astronomy", "hash", "ipynb")
def _(g):
    out = "\n".join("%s  %s" % (g.hex(32), f) for f in ["light_%03d.fits" % k for k in range(1, g.i(4, 8))])
    return g.ch(["notebooks/data_integrity.ipynb", "nb/verify_download.ipynb"]), notebook([
        ("md", "Verify md5 of downloaded frames against the archive manifest"),
        ("code", "!md5sum data/*.fits", out),
        ("code", "import hashlib\nhashlib.sha256(open('data/stack.fits','rb').read()).hexdigest()", "'%s'" % g.hex(64)),
    ])


@ntpl("keyring_ref_yaml", "ccsds-sdls", "key_ref", "yaml")
def _(g):
    return g.ch(["config/kmc.yaml", "ground/crypto/kmc_client.yml"]), f'''kmc:
  url: https://kmc.{g.ch(["gs.internal", "mission.local"])}:8443
  keystore: /etc/kmc/client.p12
  keystore_password_file: /run/secrets/kmc_keystore_pass
  keys:
    tc_encrypt: {{ref: "kmc:key/{g.i(128, 140)}", algorithm: AES-256-GCM}}
    tm_auth:    {{ref: "kmc:key/{g.i(128, 140)}", algorithm: HMAC-SHA-256}}
  key_fingerprint: "{g.hex(64)}"
'''


@ntpl("jwks_json", "auth", "public_jwk", "json")
def _(g):
    keys = [{"kty": "RSA", "kid": g.hex(16), "use": "sig", "alg": "RS256", "n": g.b64u(256), "e": "AQAB"} for _ in range(2)]
    return g.ch(["tests/fixtures/jwks.json", "config/trusted_jwks.json"]), json.dumps({"keys": keys}, indent=2) + "\n"


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
def render_pos(g, t):
    if t["slot"] == "pem":
        block, needle = pem_private(g, "rsa" if t["name"] == "gs_ssh_key" and g.maybe(0.5) else None)
        path, text = t["fn"](g, block, False)
        return path, vary(g, text, t["filetype"]), needle
    v = t["gen"](g)
    path, text = t["fn"](g, v, False)
    return path, vary(g, text, t["filetype"]), v


def render_neg(g, t):
    if t["slot"] == "pem":
        path, text = t["fn"](g, neg_pem(g), True)
    else:
        path, text = t["fn"](g, neg_value(g, t), True)
    return path, vary(g, text, t["filetype"])


HEADERS_HASH = ["Copyright (c) {y} {org}", "SPDX-License-Identifier: {lic}", "Maintainer: {u}",
                "Last reviewed {y}-0{m}-1{d} by {u}", "Part of the {org} ground segment tooling",
                "Do not edit by hand; see docs/ops/{x}.md", "Ticket GS-{n}", "vim: set ts=4 sw=4 et:"]
HASH_FT = ("python", "yaml", "shell", "toml", "ini", "compose", "dockerfile", "properties", "ruby")
SLASH_FT = ("c", "cpp", "java", "javascript")


def vary(g, text, filetype):
    """Prepend a few header comment lines so the secret's line number varies."""
    if filetype in HASH_FT:
        cm = "#"
    elif filetype in SLASH_FT:
        cm = "//"
    else:
        return text
    k = g.ch([0, 0, 1, 2, 3, 4, 6])
    if not k:
        return text
    org = g.ch(["Orbitworks", "LibreSpace contributors", "TU Berlin SatLab", "Sternwarte e.V.", "Skycraft Space",
                "ESA YGT cubesat team", "Université de Liège"])
    hdr = []
    for h in g.r.sample(HEADERS_HASH, min(k, len(HEADERS_HASH))):
        hdr.append(cm + " " + h.format(y=g.i(2017, 2024), org=org, lic=g.ch(["MIT", "Apache-2.0", "GPL-3.0-or-later", "AGPL-3.0"]),
                                       u=g.ch(USERS), m=g.i(1, 9), d=g.i(0, 9), x=g.ch(["config", "secrets", "deploy"]),
                                       n=g.i(100, 4999)))
    lines = text.split("\n")
    at = 1 if lines and lines[0].startswith("#!") else 0
    if filetype == "compose" and lines[0].startswith("version"):
        at = 0
    return "\n".join(lines[:at] + hdr + lines[at:])


def line_of(text, needle):
    idx = text.find(needle)
    assert idx >= 0
    return text.count("\n", 0, idx) + 1


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    outdir, seed = sys.argv[1], int(sys.argv[2])
    rng = random.Random(seed)
    g = G(rng)
    manifest, secrets = [], []
    files = {}

    # positives: cycle templates, shuffled; cap .env-style
    env_cap = 500 // 20
    order = []
    while len(order) < 500:
        block = T[:]
        rng.shuffle(block)
        order.extend(block)
    order = order[:500]
    env_n = 0
    seen = set()
    for k in range(500):
        t = order[k]
        if t["env"]:
            if env_n >= env_cap:
                t = rng.choice([x for x in T if not x["env"]])
            else:
                env_n += 1
        for _try in range(20):
            path, text, needle = render_pos(g, t)
            if needle not in seen:
                break
        seen.add(needle)
        rel = "pos/p%04d/%s" % (k, path)
        ln = line_of(text, needle)
        assert needle in text.split("\n")[ln - 1]
        files[rel] = text
        manifest.append({"file": rel, "label": "pos", "provider": t["provider"], "kind": t["kind"],
                         "filetype": t["filetype"], "template": t["name"]})
        secrets.append({"file": rel, "needle": needle, "line": ln})

    # negatives
    reuse = [x for x in T if not x["env"]]
    for k in range(500):
        if k % 2 == 0:
            t = reuse[(k // 2) % len(reuse)] if k < 2 * len(reuse) else rng.choice(reuse)
            path, text = render_neg(g, t)
            meta = {"provider": t["provider"], "kind": t["kind"], "filetype": t["filetype"],
                    "template": "neg_" + t["name"]}
        else:
            t = N[(k // 2) % len(N)] if k // 2 < 2 * len(N) else rng.choice(N)
            path, text = t["fn"](g)
            text = vary(g, text, t["filetype"])
            meta = {"provider": t["provider"], "kind": t["kind"], "filetype": t["filetype"],
                    "template": "lookalike_" + t["name"]}
        base = os.path.basename(path)
        assert not (base == ".env" or (base.startswith(".env.") and base not in (".env.example", ".env.sample")))
        rel = "neg/n%04d/%s" % (k, path)
        files[rel] = text
        manifest.append(dict(file=rel, label="neg", **meta))

    for rel, text in files.items():
        p = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8") as fh:
        for m in manifest:
            fh.write(json.dumps(m, ensure_ascii=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8") as fh:
        for s in secrets:
            fh.write(json.dumps(s, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
