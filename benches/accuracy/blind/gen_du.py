#!/usr/bin/env python3
"""gen_du.py - blind evaluation-set generator for keyhook: drones, aviation, flight data, robotics.

EMPHASIS
  Credentials as they show up in UAS / aviation / robotics repositories:
  - drone platforms: DJI Mobile SDK app keys (AndroidManifest meta-data, gradle), DJI Cloud API
    app_key / app_license (Spring application.yml of a Cloud API server, dock MQTT), DJI FlightHub 2
    user tokens, Skydio Cloud API tokens, Auterion Suite tokens, DroneDeploy, Pix4D Cloud client secrets;
  - UTM / airspace: AirMap API keys (JWT), Aloft keys;
  - flight data: FlightAware AeroAPI (x-apikey), OpenSky (basic-auth password and OAuth client secret),
    ADS-B Exchange (RapidAPI key and api-auth UUID key), aviationstack access_key, CheckWX, Amadeus API secret;
  - robotics / ROS: Foxglove (fox_sk_), Formant service-account password, Freedom Robotics device secret,
    InOrbit app key, Roboflow private key, Mapbox secret (sk.) tokens in ground stations;
  - the vehicle itself: MAVLink 2 signing keys (64 hex) and MAVProxy signing passphrases, companion
    computer WiFi AP / client passphrases (hostapd, wpa_supplicant, mavesp8266 params);
  - plumbing common to these projects: MQTT broker, PostgreSQL mission DB, NTRIP caster, RTSP gimbal
    camera passwords, AWS secret keys, Azure storage keys, InfluxDB tokens, GitHub PATs, Slack webhooks,
    Telegram bot tokens.
  File types: ROS 1/2 launch files (XML and Python), ROS 2 params YAML, rospy / rclcpp nodes, PX4 and
  ArduPilot params, QGroundControl INI and .plan, companion scripts (Python, C++, shell), C++ headers,
  Android (Kotlin, Java, AndroidManifest, gradle, gradle.properties, strings.xml), Spring yml/properties,
  docker-compose, Dockerfile, systemd units, .env, Jupyter notebooks, KML, TOML, JSON, k8s Secret,
  Ansible vars, nginx, GitHub Actions, Markdown runbooks, RTKLIB conf, mosquitto conf, MAVProxy scripts.
  Half of the positives use an obvious name (AEROAPI_KEY, mqtt_password...), the other half a neutral
  name (fa_auth, link_seed, provider_cfg...), an HTTP header, a URL (userinfo or query), or a positional
  argument.

USAGE
  python3 gen_du.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, one credential each), OUTDIR/neg/nNNNN/<relpath>
  (500 files, no credential), OUTDIR/manifest.jsonl and OUTDIR/secrets.jsonl. Deterministic per SEED
  (everything is drawn from one random.Random(SEED); standard library only).

NEEDLE CONVENTIONS
  - needle = the secret exactly as written in the file, without quotes or surrounding syntax;
    "line" = 1-based line of its first occurrence.
  - id/secret pairs (AWS key id + secret, Amadeus client_id + secret, OpenSky user + password, DJI app_id
    + app_key, Freedom token + secret, Pix4D client_id + secret, Formant email + password): the needle is
    the secret half; the public half may sit next to it.
  - header values: the needle is the key alone, not "Bearer " / "Token " / "token " prefixes.
  - passwords inside URLs (mqtt://, postgresql://, ntrip://, rtsp://, RTKLIB inpstr paths): needle is the
    password; the Azure connection string: needle is the AccountKey value; the Telegram bot URL: the token;
    Slack incoming webhooks: the whole https://hooks.slack.com/services/... URL.
  - JWT-shaped tokens (AirMap, Auterion, FlightHub 2): the full three-part token.
  - generated passwords avoid quote, backslash, '&', '#', '@', '?', '$', '%' so a needle is byte-exact in
    every syntax it is written into (no escaping anywhere).

NEGATIVES
  About half re-use the positive templates with the secret slot filled by: environment lookups in the
  file's own language (os.environ[...], System.getenv, std::getenv, $(env X), ${X}, ${{ secrets.X }},
  BuildConfig.X); placeholders (<AEROAPI_KEY>, YOUR_..., changeme, xxxx..., not-set, TODO); masked values
  (first 4 chars + stars, [REDACTED], ***); secret-manager references (vault:, AWS Secrets Manager ARN,
  op://, GCP secret paths, {{ vault_x }}, ref+sops://, ${file:/run/secrets/x}); empty values; provider
  examples or public values (AWS documentation keys, Slack / Telegram documentation examples, InfluxDB's
  docs token "my-super-secret-auth-token", DJI doc literals "app_key"/"app_license", Mapbox public pk.
  tokens, Roboflow publishable rf_ keys, all-zero MAVLink key that disables signing, all-zero UUID).
  The other half are domain look-alikes: PX4 / ArduPilot params with git revisions and board serials,
  QGC .plan missions with mission hashes/CRCs, ADS-B / FlightAware fixtures with ICAO 24-bit addresses,
  tail numbers, fa_flight_ids, firmware manifests and SHA256SUMS, robot fleet registries (UUIDs, serials,
  MACs, MAVLink sysids), foxglove_bridge params (ROS topics), i18n strings.xml ("Passwort", "Clé API"),
  pymavlink signing tests with the documented example key, DJI flight-record CSVs (drone serials),
  .env.example, docs with documented example keys, SOPS ciphertext, Mapbox public token in Kotlin,
  Roboflow publishable key in JS, mavlogdump output with MAVLink signatures, Android certificate pins,
  GitHub Actions / systemd credential references, Remote ID / FAA registration config, log lines with
  masked keys, DVC lock md5s, pip --hash lines, MAVLink CRC constants, multi-UAV launch files with UUIDs,
  an anonymous OpenSky notebook, a Kotlin interceptor reading BuildConfig.

DOUBTS (formats written from memory or guessed; labels a reviewer might dispute)
  - DJI MSDK app key: 24 lowercase hex, from memory. DJI Cloud API: app_id 6 digits, app_key 32 hex,
    app_license a long base64 blob: the docs name the three fields, the shapes are from memory.
  - DJI FlightHub 2 OpenAPI: header "X-User-Token" with a JWT-like token, and X-Project-Uuid: from memory.
  - Skydio Cloud API token (64 hex), Auterion Suite token (JWT, Keycloak-style issuer), DroneDeploy key
    (32 hex), Pix4D Cloud client secret (64 alnum, UUID client id), Aloft key (40 alnum), CheckWX key
    (32 hex), InOrbit app key (32 alnum; header x-auth-inorbit-app-key from memory): shapes GUESSED.
  - AirMap API key as a JWT with credential/application/organization claims: from memory.
  - FlightAware AeroAPI key 32 mixed-case alnum (the x-apikey header is confirmed); aviationstack
    access_key 32 hex; OpenSky OAuth client secret 32 alnum with client id "<name>-api-client"; Amadeus API
    key 32 alnum / API secret 16 alnum: from memory.
  - RapidAPI key layout (10 chars + "msh" + 15 + "p" + 6 + "jsn" + 12, lowercase alnum): from memory of
    keys seen in the wild. ADS-B Exchange "api-auth" header carrying a UUID key: from memory.
  - Foxglove: "fox_sk_" prefix confirmed in their API docs, the 32-char body length is a guess.
  - Freedom Robotics "T..." token / "S..." secret (mc_token / mc_secret): from memory, uncertain.
  - Roboflow private key 20 alnum and "rf_" publishable keys: from memory.
  - Mapbox sk./pk. prefixes confirmed; the inner base64url {"u":..,"a":..} + 22-char tail from memory.
  - GitHub ghp_: 30 base62 + 6-char base62 CRC32 checksum of the random part: from memory (the exact
    checksum input may differ). InfluxDB token as 64 random bytes urlsafe-base64 (88 chars, "==").
  - mavesp8266 parameter name WIFI_PASSWORD: from memory.
  - Label disputes: DJI MSDK app keys ship inside APKs, but DJI treats them as per-developer credentials:
    labelled POSITIVE. ADS-B Exchange api-auth values look like plain UUIDs: POSITIVE. Human-style
    WiFi/MAVProxy passphrases: POSITIVE. Mapbox pk. and Roboflow rf_ publishable keys, provider documentation
    examples (AWS EXAMPLE keys, Slack T00000000 webhook, Telegram 123456:ABC-DEF... token), pymavlink's
    chr(42)*32 example key, masked values that keep the first 4 characters, SOPS/age ciphertext:
    NEGATIVE. Positives also carry innocent look-alikes (UUIDs, serials, hashes) and, for pairs, a
    public id that itself looks key-like (AKIA... ids, Amadeus client ids, Freedom T... tokens); in
    negatives those key-like public halves are dropped.

SEARCHES
  - docs "FlightAware AeroAPI x-apikey header": PyPI/npm/MCP pages showing the x-apikey header.
  - pages "DJI Cloud API APP_ID APP_KEY APP_LICENSE": developer.dji.com Cloud API pages (field names,
    doc literals "app_key"/"app_license").
  - docs "Foxglove API key token prefix fox_sk": docs.foxglove.dev ("Authorization: Bearer fox_sk_...").
  - docs "MAVLink message signing secret key": mavlink.io, PX4 and MAVProxy signing pages (32-byte key,
    "signing setup KEY", pymavlink chr(42)*32 example).
  - docs "InOrbit API key header" and pages "Skydio Cloud API token": nothing relevant found.
  - docs "Mapbox secret access token sk. pk.": docs.mapbox.com token pages (pk public / sk secret).
  - pages "OpenSky OAuth2 client credentials": OpenSky FAQ / REST docs (OAuth2 client credentials, basic
    auth being deprecated).
  - docs "Amadeus API key API secret": developers.amadeus.com authorization guide.
  Scanner-related material shown: the Amadeus search returned a GitGuardian detector page
  ("Amadeus OAuth Credentials", docs.gitguardian.com). It was ignored; nothing from it was used.
"""

import json
import os
import sys
import random
import string
import base64
import re
import zlib

# ---------------------------------------------------------------------------
# small random helpers (all randomness flows through one random.Random)
# ---------------------------------------------------------------------------
LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIGITS = string.digits
ALNUM = LOWER + UPPER + DIGITS
LALNUM = LOWER + DIGITS
HEX = "0123456789abcdef"
B64 = UPPER + LOWER + DIGITS + "+/"
B64URL = UPPER + LOWER + DIGITS + "-_"
BASE62 = DIGITS + UPPER + LOWER
BASE32 = UPPER + "234567"


def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n):
    """Random string that contains at least one digit and one letter (real keys do)."""
    while True:
        s = rs(r, alphabet, n)
        if any(ch.isdigit() for ch in s) and any(ch.isalpha() for ch in s):
            if alphabet in (ALNUM, B64, B64URL, BASE62):
                if not (any(ch.isupper() for ch in s) and any(ch.islower() for ch in s)):
                    continue
            return s


def b64url_nopad(raw):
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


def uuid4(r):
    h = rs(r, HEX, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def base62_encode(n, width):
    out = ""
    while n:
        n, d = divmod(n, 62)
        out = BASE62[d] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------------------
# secret generators (formats: see header)
# ---------------------------------------------------------------------------
def jwt(r, payload, sig_len=43):
    hdr = b64url_nopad(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    pl = b64url_nopad(json.dumps(payload, separators=(",", ":")).encode())
    return hdr + "." + pl + "." + b64url_nopad(rbytes(r, 32))


def epoch(r):
    return r.randint(1672531200, 1767225600)  # 2023..2025


PW_WORDS = ["skyhawk", "falcon", "osprey", "kestrel", "heron", "condor", "raptor", "merlin",
            "rotor", "prop", "yaw", "pitch", "gimbal", "hover", "orbit", "vector", "tango",
            "bravo", "delta", "sierra", "zulu", "mango", "cobalt", "granite", "ember", "nimbus",
            "cirrus", "stratus", "tailwind", "runway", "hangar", "airfield", "payload", "waypoint"]
PW_SYMS = "!*-_.+=~"  # no quoting/URL/XML/shell-special characters, so needles stay byte-exact


def human_password(r):
    k = r.randrange(6)
    w1 = pick(r, PW_WORDS)
    w2 = pick(r, PW_WORDS)
    if k == 0:
        return w1.capitalize() + pick(r, PW_SYMS) + str(r.randint(10, 9999))
    if k == 1:
        return w1.capitalize() + w2.capitalize() + str(r.randint(1, 99)) + pick(r, PW_SYMS)
    if k == 2:
        leet = w1.replace("o", "0").replace("a", "4").replace("e", "3")
        return leet + pick(r, PW_SYMS) + w2.upper()[:3] + str(r.randint(2, 98))
    if k == 3:
        return mixed(r, ALNUM, r.randint(9, 12)) + pick(r, PW_SYMS) + rs(r, ALNUM, 3)
    if k == 4:
        return "%s-%s-%s-%d" % (w1, w2, pick(r, PW_WORDS), r.randint(1, 99))
    s = list(mixed(r, ALNUM, r.randint(12, 18)))
    for _ in range(2):
        s[r.randrange(1, len(s))] = pick(r, PW_SYMS)
    return "".join(s)


def wifi_passphrase(r):
    k = r.randrange(3)
    if k == 0:
        return "%s%s%d%s" % (pick(r, PW_WORDS).capitalize(), pick(r, PW_WORDS), r.randint(100, 9999), pick(r, "!*-+"))
    if k == 1:
        return mixed(r, ALNUM, r.randint(12, 20))
    return "%s_%s_%s" % (pick(r, PW_WORDS), rs(r, LALNUM, 5), pick(r, PW_WORDS).upper())


def g_hex(n, upper=False):
    def f(r):
        s = mixed(r, HEX, n)
        return s.upper() if upper else s
    return f


def g_alnum(n, alphabet=ALNUM):
    return lambda r: mixed(r, alphabet, n)


def g_dji_license(r):
    # app license: a long base64 blob
    return base64.b64encode(rbytes(r, r.choice([198, 231, 264]))).decode()


def g_jwt_generic(iss, aud=None):
    def f(r):
        p = {"iss": iss, "sub": uuid4(r), "iat": epoch(r)}
        p["exp"] = p["iat"] + r.choice([86400 * 90, 86400 * 365, 31536000 * 2])
        if aud:
            p["aud"] = aud
        p["jti"] = rs(r, LALNUM, 16)
        return jwt(r, p)
    return f


def g_airmap(r):
    p = {"credential_id": "credential|" + mixed(r, ALNUM, 22),
         "application_id": "application|" + mixed(r, ALNUM, 22),
         "organization_id": "dev|" + mixed(r, ALNUM, 22), "iat": epoch(r)}
    return jwt(r, p)


def g_cesium(r):
    p = {"jti": uuid4(r), "id": r.randint(10000, 399999), "iat": epoch(r)}
    return jwt(r, p)


def g_mapbox(prefix):
    def f(r):
        user = pick(r, ["uasops", "skymap-lab", "gcs-team", "aerialsurvey", "flyteam", "rotorworks", "hexalab"])
        user = user + str(r.randint(1, 99)) if r.random() < 0.4 else user
        a = "c" + rs(r, "klmnopqrstuvwxyz", 1) + rs(r, LALNUM, 23)
        mid = b64url_nopad(json.dumps({"u": user, "a": a}, separators=(",", ":")).encode())
        return prefix + "." + mid + "." + b64url_nopad(rbytes(r, 16))
    return f


def g_aws_secret(r):
    return mixed(r, B64, 40)


def g_aws_id(r):
    return "AKIA" + rs(r, BASE32, 16)


def g_github(r):
    body = mixed(r, BASE62, 30)
    return "ghp_" + body + base62_encode(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def g_azure_key(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def g_influx(r):
    return base64.urlsafe_b64encode(rbytes(r, 64)).decode()


def g_slack(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        rs(r, UPPER + DIGITS, 8), rs(r, UPPER + DIGITS, 10), mixed(r, ALNUM, 24))


def g_telegram(r):
    return "%d:AA%s" % (r.randint(500000000, 7999999999), mixed(r, B64URL, 33))


def g_rapidapi(r):
    return (rs(r, LALNUM, 10) + "msh" + rs(r, LALNUM, 15) + "p" + rs(r, LALNUM, 6)
            + "jsn" + rs(r, LALNUM, 12))


def g_foxglove(r):
    return "fox_sk_" + mixed(r, ALNUM, 32)


def g_freedom_secret(r):
    return "S" + mixed(r, HEX + "ABCDEF", 32).upper()


def g_mavlink_hex(r):
    return rs(r, HEX, 64)


def g_mavlink_phrase(r):
    return "%s-%s-%s-%d" % (pick(r, PW_WORDS), pick(r, PW_WORDS), pick(r, PW_WORDS), r.randint(10, 999))


def g_amadeus_secret(r):
    return mixed(r, ALNUM, 16)


def g_adsbx_uuid(r):
    return uuid4(r)


def g_skydio(r):
    return mixed(r, HEX, 64)


# ---------------------------------------------------------------------------
# names
# ---------------------------------------------------------------------------
def style(words, st):
    ws = [w.lower() for w in words]
    if st == "snake":
        return "_".join(ws)
    if st == "screaming":
        return "_".join(ws).upper()
    if st == "camel":
        return ws[0] + "".join(w.capitalize() for w in ws[1:])
    if st == "pascal":
        return "".join(w.capitalize() for w in ws)
    if st == "kebab":
        return "-".join(ws)
    if st == "dot":
        return ".".join(ws)
    raise ValueError(st)


class Env(object):
    """An environment / secret-manager lookup rendered in the template's own language."""

    def __init__(self, name):
        self.name = name


# ---------------------------------------------------------------------------
# credential specs
#   cat:   api | pw | infra | wifi | mavhex | mavphrase | msdk   (decides which templates fit)
#   words: obvious names; neutral: names that do not say "secret"
#   header / hprefix: how the value travels in an HTTP header
#   url:   how the value appears inside a URL (password in userinfo, key in query)
#   pub:   the public half of a pair, written next to the secret (never the needle)
#   fakes: provider-specific innocent look-alikes for negatives
# ---------------------------------------------------------------------------
def _pub_static(words, fn):
    return lambda r: (words, fn(r))


SPECS = []


def spec(**kw):
    kw.setdefault("header", None)
    kw.setdefault("hprefix", "")
    kw.setdefault("url", None)
    kw.setdefault("pub", None)
    kw.setdefault("fakes", lambda r: [])
    kw.setdefault("ctor", "ApiClient")
    kw.setdefault("neutral", [["upstream", "ref"], ["provider", "cfg"], ["remote", "ident"], ["link", "param"], ["svc", "value"]])
    SPECS.append(kw)


def dji_app_id(r):
    return str(r.randint(120000, 189999))


spec(provider="DJI", kind="msdk_app_key", cat="msdk", gen=g_hex(24), service="DJI Mobile SDK",
     words=[["dji", "app", "key"], ["dji", "api", "key"], ["msdk", "app", "key"]],
     neutral=[["dji", "registration"], ["sdk", "ident"], ["msdk", "reg"]], ctor="DJISDKManager",
     fakes=lambda r: ["Please enter your App Key here.", "YOUR_DJI_APP_KEY"])
spec(provider="DJI", kind="cloud_api_app_key", cat="api", gen=g_hex(32), service="DJI Cloud API",
     words=[["app", "key"], ["dji", "app", "key"], ["cloud", "app", "key"]],
     neutral=[["app", "sig"], ["cloud", "app", "ref"], ["dji", "cloud", "k"]],
     pub=_pub_static(["app", "id"], dji_app_id), ctor="CloudApiClient",
     fakes=lambda r: ["app_key", "${APP_KEY}"])
spec(provider="DJI", kind="cloud_api_app_license", cat="api", gen=g_dji_license, service="DJI Cloud API",
     words=[["app", "license"], ["dji", "app", "license"]],
     neutral=[["app", "lic"], ["platform", "blob"], ["cloud", "lic", "data"]],
     pub=_pub_static(["app", "id"], dji_app_id), ctor="CloudApiClient",
     fakes=lambda r: ["app_license"])
spec(provider="DJI", kind="flighthub2_user_token", cat="api", service="DJI FlightHub 2",
     gen=lambda r: jwt(r, {"account": uuid4(r), "organization_uuid": uuid4(r), "iat": epoch(r), "exp": epoch(r) + 31536000}),
     words=[["fh2", "user", "token"], ["flighthub", "token"], ["user", "token"]],
     neutral=[["fh2", "auth"], ["org", "credential"], ["fh", "user", "ctx"]],
     header="X-User-Token", ctor="FlightHubClient",
     pub=_pub_static(["project", "uuid"], uuid4))
spec(provider="Skydio", kind="cloud_api_token", cat="api", gen=g_skydio, service="Skydio Cloud API",
     words=[["skydio", "api", "token"], ["skydio", "token"], ["cloud", "api", "token"]],
     neutral=[["skydio", "auth"], ["fleet", "ctx"]], header="Authorization", ctor="SkydioClient",
     url=None)
spec(provider="Auterion", kind="suite_api_token", cat="api", service="Auterion Suite",
     gen=g_jwt_generic("https://login.auterion.com/auth/realms/auterion"),
     words=[["auterion", "api", "token"], ["suite", "token"]],
     neutral=[["suite", "session"], ["auterion", "auth"]], header="Authorization", hprefix="Bearer ",
     ctor="SuiteClient")
spec(provider="DroneDeploy", kind="api_key", cat="api", gen=g_hex(32), service="DroneDeploy",
     words=[["dronedeploy", "api", "key"], ["dd", "api", "key"]],
     neutral=[["dd", "auth"], ["map", "engine", "ref"]], header="Authorization", hprefix="Bearer ",
     url=lambda v: "https://api.dronedeploy.com/v2/plans?api_key=" + v, ctor="DroneDeployClient")
spec(provider="Pix4D", kind="cloud_client_secret", cat="api", gen=g_alnum(64), service="Pix4D Cloud",
     words=[["pix4d", "client", "secret"], ["client", "secret"]],
     neutral=[["pix4d", "oauth"], ["photogrammetry", "auth"]],
     pub=_pub_static(["pix4d", "client", "id"], uuid4), ctor="Pix4DClient")
spec(provider="AirMap", kind="api_key", cat="api", gen=g_airmap, service="AirMap",
     words=[["airmap", "api", "key"], ["utm", "api", "key"]],
     neutral=[["airmap", "cred"], ["utm", "provider"], ["airspace", "ident"]], header="X-API-Key",
     ctor="AirMapClient")
spec(provider="Aloft", kind="api_key", cat="api", gen=g_alnum(40), service="Aloft Air Control",
     words=[["aloft", "api", "key"], ["laanc", "api", "key"]],
     neutral=[["aloft", "auth"], ["laanc", "provider"]], header="Authorization", hprefix="Bearer ",
     ctor="AloftClient")
spec(provider="FlightAware", kind="aeroapi_key", cat="api", gen=g_alnum(32), service="FlightAware AeroAPI",
     words=[["aeroapi", "key"], ["flightaware", "api", "key"], ["fa", "api", "key"]],
     neutral=[["fa", "auth"], ["aero", "cfg"], ["flight", "source"]], header="x-apikey",
     ctor="AeroAPI", fakes=lambda r: ["your-aeroapi-key-here"])
spec(provider="OpenSky", kind="basic_auth_password", cat="pw", gen=human_password, service="OpenSky Network",
     words=[["opensky", "password"], ["osn", "password"]],
     neutral=[["osn", "login"], ["opensky", "cred"]],
     pub=lambda r: (["opensky", "user"], pick(r, ["uas_lab", "kvogel", "adsb-sensor-7", "aircraft_tracker"]) + str(r.randint(1, 99))),
     url=lambda v: "https://uas_feed:" + v + "@opensky-network.org/api/states/own", ctor="OpenSkyApi")
spec(provider="OpenSky", kind="oauth_client_secret", cat="api", gen=g_alnum(32), service="OpenSky Network",
     words=[["opensky", "client", "secret"], ["client", "secret"]],
     neutral=[["osn", "oauth"], ["opensky", "cc"]],
     pub=lambda r: (["opensky", "client", "id"], pick(r, ["dronelab", "trackr", "skywatch"]) + "-api-client"),
     ctor="OpenSkyApi")
spec(provider="ADS-B Exchange", kind="rapidapi_key", cat="api", gen=g_rapidapi, service="ADS-B Exchange via RapidAPI",
     words=[["rapidapi", "key"], ["x", "rapidapi", "key"], ["adsbx", "rapidapi", "key"]],
     neutral=[["rapid", "ident"], ["adsbx", "gateway"]], header="X-RapidAPI-Key", ctor="AdsbxClient",
     pub=lambda r: (["rapidapi", "host"], "adsbexchange-com1.p.rapidapi.com"))
spec(provider="ADS-B Exchange", kind="api_auth_key", cat="api", gen=g_adsbx_uuid, service="ADS-B Exchange",
     words=[["adsbx", "api", "key"], ["adsbexchange", "api", "auth"]],
     neutral=[["adsbx", "auth"], ["feed", "ident"]], header="api-auth", ctor="AdsbxClient",
     fakes=lambda r: ["00000000-0000-0000-0000-000000000000"])
spec(provider="Aviationstack", kind="access_key", cat="api", gen=g_hex(32), service="aviationstack",
     words=[["aviationstack", "access", "key"], ["aviationstack", "key"]],
     neutral=[["avstack", "param"], ["schedule", "src"]],
     url=lambda v: "http://api.aviationstack.com/v1/flights?access_key=" + v + "&flight_status=active",
     ctor="AviationStack")
spec(provider="CheckWX", kind="api_key", cat="api", gen=g_hex(32), service="CheckWX",
     words=[["checkwx", "api", "key"], ["wx", "api", "key"]],
     neutral=[["metar", "src"], ["wx", "auth"]], header="X-API-Key", ctor="CheckWX")
spec(provider="Amadeus", kind="api_secret", cat="api", gen=g_amadeus_secret, service="Amadeus Self-Service",
     words=[["amadeus", "api", "secret"], ["amadeus", "client", "secret"]],
     neutral=[["amadeus", "pair"], ["booking", "auth"]],
     pub=lambda r: (["amadeus", "client", "id"], mixed(r, ALNUM, 32)), ctor="Client",
     fakes=lambda r: ["{client_secret}", "YOUR_API_SECRET"])
spec(provider="Foxglove", kind="api_key", cat="api", gen=g_foxglove, service="Foxglove",
     words=[["foxglove", "api", "key"], ["fox", "api", "key"]],
     neutral=[["foxglove", "auth"], ["viz", "ident"]], header="Authorization", hprefix="Bearer ",
     ctor="Client", fakes=lambda r: ["fox_sk_1234...", "fox_sk_<redacted>"])
spec(provider="Formant", kind="service_account_password", cat="pw", gen=human_password, service="Formant",
     words=[["formant", "password"], ["fmt", "password"]],
     neutral=[["formant", "login"], ["fleet", "phrase"]],
     pub=lambda r: (["formant", "email"], "svc-" + pick(r, ["ingest", "fleet", "uploader"]) + "@" + pick(r, ["rotorworks.io", "agrifly.com", "hexalab.ai"])),
     ctor="AdminAPI")
spec(provider="Freedom Robotics", kind="device_secret", cat="api", gen=g_freedom_secret, service="Freedom Robotics",
     words=[["freedom", "secret"], ["mc", "secret"]],
     neutral=[["freedom", "pair"], ["agent", "blob"]], header="mc_secret", ctor="FreedomClient",
     pub=lambda r: (["mc", "token"], "T" + rs(r, HEX + "ABCDEF", 24).upper()))
spec(provider="InOrbit", kind="app_key", cat="api", gen=g_alnum(32), service="InOrbit",
     words=[["inorbit", "api", "key"], ["inorbit", "app", "key"]],
     neutral=[["inorbit", "auth"], ["robot", "ops", "ref"]], header="x-auth-inorbit-app-key", ctor="InOrbitClient")
spec(provider="Roboflow", kind="private_api_key", cat="api", gen=g_alnum(20), service="Roboflow",
     words=[["roboflow", "api", "key"], ["rf", "api", "key"]],
     neutral=[["roboflow", "ws"], ["detector", "auth"]],
     url=lambda v: "https://detect.roboflow.com/landing-pad-detect/3?api_key=" + v, ctor="Roboflow",
     fakes=lambda r: ["rf_" + mixed(r, ALNUM, 28)])
spec(provider="Mapbox", kind="secret_access_token", cat="api", gen=g_mapbox("sk"), service="Mapbox",
     words=[["mapbox", "secret", "token"], ["mapbox", "downloads", "token"], ["mapbox", "access", "token"]],
     neutral=[["mapbox", "tiles", "auth"], ["basemap", "ref"]],
     url=lambda v: "https://api.mapbox.com/styles/v1/mapbox/satellite-v9/tiles/256/{z}/{x}/{y}?access_token=" + v,
     ctor="MapboxClient", fakes=lambda r: [g_mapbox("pk")(r)])
spec(provider="MAVLink", kind="signing_key_hex", cat="mavhex", gen=g_mavlink_hex, service="MAVLink 2 signing",
     words=[["mavlink", "signing", "key"], ["signing", "key"], ["mav", "secret", "key"]],
     neutral=[["link", "seed"], ["mav", "auth", "blob"]], ctor="MAVLinkSigning",
     fakes=lambda r: ["0" * 64])
spec(provider="MAVLink", kind="signing_passphrase", cat="mavphrase", gen=g_mavlink_phrase, service="MAVProxy signing",
     words=[["signing", "passphrase"], ["mavlink", "passphrase"]],
     neutral=[["link", "phrase"], ["gcs", "seed"]], ctor="setup_signing")
spec(provider="Telemetry WiFi", kind="wifi_passphrase", cat="wifi", gen=wifi_passphrase, service="telemetry WiFi bridge",
     words=[["wifi", "password"], ["wpa", "passphrase"], ["ap", "password"]],
     neutral=[["ap", "phrase"], ["link", "auth"]], ctor="WifiBridge")
spec(provider="AWS", kind="secret_access_key", cat="infra", gen=g_aws_secret, service="AWS S3 flight-log bucket",
     words=[["aws", "secret", "access", "key"], ["s3", "secret", "key"]],
     neutral=[["s3", "sig", "material"], ["log", "bucket", "cred"]], ctor="boto3.client",
     pub=lambda r: (["aws", "access", "key", "id"], g_aws_id(r)),
     fakes=lambda r: ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"])
spec(provider="Azure", kind="storage_account_key", cat="infra", gen=g_azure_key, service="Azure Blob flight logs",
     words=[["azure", "storage", "key"], ["account", "key"]],
     neutral=[["blob", "sig"], ["archive", "material"]], ctor="BlobServiceClient",
     url=lambda v: "DefaultEndpointsProtocol=https;AccountName=uasflightlogs;AccountKey=" + v + ";EndpointSuffix=core.windows.net")
spec(provider="InfluxDB", kind="api_token", cat="infra", gen=g_influx, service="InfluxDB telemetry",
     words=[["influx", "token"], ["influxdb", "token"], ["influxdb", "admin", "token"]],
     neutral=[["tsdb", "auth"], ["telemetry", "sink"]], header="Authorization", hprefix="Token ",
     ctor="InfluxDBClient", fakes=lambda r: ["my-super-secret-auth-token"])
spec(provider="MQTT", kind="broker_password", cat="pw", gen=human_password, service="EMQX / Mosquitto broker",
     words=[["mqtt", "password"], ["broker", "password"]],
     neutral=[["mqtt", "login"], ["broker", "phrase"]],
     pub=lambda r: (["mqtt", "username"], pick(r, ["dock-gw", "uav_bridge", "fleet", "pilot2"])),
     url=lambda v: "mqtt://uav_bridge:" + v + "@mqtt.fleet.internal:1883", ctor="MqttClient")
spec(provider="PostgreSQL", kind="db_password", cat="pw", gen=human_password, service="mission database",
     words=[["db", "password"], ["postgres", "password"], ["pg", "password"]],
     neutral=[["db", "login"], ["pg", "phrase"]],
     url=lambda v: "postgresql://missions:" + v + "@db.fleet.internal:5432/missions", ctor="psycopg.connect")
spec(provider="NTRIP", kind="caster_password", cat="pw", gen=human_password, service="NTRIP RTK corrections",
     words=[["ntrip", "password"], ["caster", "password"]],
     neutral=[["rtk", "login"], ["caster", "phrase"]],
     url=lambda v: "ntrip://rtkbase07:" + v + "@rtk2go.com:2101/NEAR_BASE", ctor="NtripClient")
spec(provider="RTSP camera", kind="camera_password", cat="pw", gen=human_password, service="gimbal camera RTSP",
     words=[["camera", "password"], ["rtsp", "password"]],
     neutral=[["cam", "login"], ["stream", "phrase"]],
     url=lambda v: "rtsp://admin:" + v + "@192.168.144.25:8554/main.264", ctor="CameraStream")
spec(provider="GitHub", kind="personal_access_token", cat="infra", gen=g_github, service="GitHub firmware releases",
     words=[["github", "token"], ["gh", "token"], ["firmware", "repo", "token"]],
     neutral=[["release", "auth"], ["fw", "fetch", "ident"]], header="Authorization", hprefix="token ",
     ctor="Github")
spec(provider="Slack", kind="incoming_webhook", cat="infra", gen=g_slack, service="Slack flight alerts",
     words=[["slack", "webhook", "url"], ["slack", "webhook"]],
     neutral=[["alert", "sink"], ["notify", "endpoint"]], ctor="WebhookClient",
     fakes=lambda r: ["https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"])
spec(provider="Telegram", kind="bot_token", cat="infra", gen=g_telegram, service="Telegram flight alerts",
     words=[["telegram", "bot", "token"], ["tg", "token"]],
     neutral=[["tg", "bot"], ["notify", "ident"]], ctor="Bot",
     url=lambda v: "https://api.telegram.org/bot" + v + "/sendMessage",
     fakes=lambda r: ["123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"])

# where each provider's API lives (used by code templates around the slot)
BASES = {
    "Skydio": "https://api.skydio.com/api/v0", "Auterion": "https://suite.auterion.com/api/v1",
    "DroneDeploy": "https://api.dronedeploy.com/v2", "Pix4D": "https://cloud.pix4d.com/project/api/v3",
    "AirMap": "https://api.airmap.com/status/v2", "Aloft": "https://api.aloft.ai/v1",
    "FlightAware": "https://aeroapi.flightaware.com/aeroapi", "OpenSky": "https://opensky-network.org/api",
    "Aviationstack": "http://api.aviationstack.com/v1", "CheckWX": "https://api.checkwx.com",
    "Amadeus": "https://test.api.amadeus.com/v1", "Foxglove": "https://api.foxglove.dev/v1",
    "Formant": "https://api.formant.io/v1", "Freedom Robotics": "https://api.freedomrobotics.ai",
    "InOrbit": "https://api.inorbit.ai", "Roboflow": "https://api.roboflow.com", "Mapbox": "https://api.mapbox.com",
    "InfluxDB": "http://influxdb.fleet.internal:8086/api/v2", "GitHub": "https://api.github.com/repos/uas-lab/px4-custom",
    ("ADS-B Exchange", "rapidapi_key"): "https://adsbexchange-com1.p.rapidapi.com/v2",
    ("ADS-B Exchange", "api_auth_key"): "https://adsbexchange.com/api/aircraft/v2",
}
EPS = {"Skydio": "/flights", "Auterion": "/vehicles", "DroneDeploy": "/plans", "Pix4D": "/projects",
       "AirMap": "/point", "Aloft": "/airspace/check", "FlightAware": "/flights/search", "OpenSky": "/states/all",
       "ADS-B Exchange": "/lat/47.45/lon/-122.30/dist/25/", "Aviationstack": "/flights", "CheckWX": "/metar/KSEA/decoded",
       "Amadeus": "/reference-data/locations/airports", "Foxglove": "/devices", "Formant": "/devices",
       "Freedom Robotics": "/accounts", "InOrbit": "/robots", "Roboflow": "/", "Mapbox": "/tokens/v2",
       "InfluxDB": "/buckets", "GitHub": "/releases/latest", "DJI": "/manage/api/v1/devices"}
for _sp in SPECS:
    _sp["ep"] = EPS.get(_sp["provider"], "/vehicles")
    _sp["base"] = BASES.get((_sp["provider"], _sp["kind"]), BASES.get(_sp["provider"], "https://fleet-api.uas-lab.net/v1"))


# ---------------------------------------------------------------------------
# context handed to templates
# ---------------------------------------------------------------------------
class Ctx(object):
    def __init__(self, r, sp, val, obvious, slot):
        self.r = r
        self.sp = sp
        self.val = val
        self.obvious = obvious
        self.slot = slot
        self.words = pick(r, sp["words"])
        self.nwords = pick(r, sp["neutral"])
        self.pub = sp["pub"](r) if sp["pub"] else None

    def nm(self, st):
        return style(self.words if self.obvious else self.nwords, st)

    def envname(self):
        return style(self.words, "screaming")

    def envx(self, lang):
        n = self.envname()
        return {
            "py": 'os.environ["%s"]' % n,
            "py2": 'os.getenv("%s", "")' % n,
            "cpp": 'std::getenv("%s")' % n,
            "kt": 'System.getenv("%s")' % n,
            "java": 'System.getenv("%s")' % n,
            "js": "process.env.%s" % n,
            "gradle": 'System.getenv("%s") ?: ""' % n,
            "sh": '"${%s}"' % n,
            "launchxml": "$(env %s)" % n,
            "gha": "${{ secrets.%s }}" % n,
        }.get(lang, "${%s}" % n)

    def q(self, lang, quote='"'):
        if isinstance(self.val, Env):
            if lang in ("py", "py2", "cpp", "kt", "java", "js", "gradle", "sh"):
                return self.envx(lang)
            return quote + self.envx(lang) + quote
        return quote + self.val + quote

    def raw(self, lang=""):
        if isinstance(self.val, Env):
            return self.envx(lang) if lang in ("launchxml", "gha") else "${%s}" % self.envname()
        return self.val

    def hq(self, lang, quote='"'):
        pre = self.sp["hprefix"]
        if isinstance(self.val, Env):
            if lang in ("py", "py2", "js", "kt", "java", "gradle"):
                e = self.envx(lang)
                return (quote + pre + quote + " + " + e) if pre else e
            if lang == "cpp":
                return 'std::string("%s") + %s' % (pre, self.envx("cpp")) if pre else self.envx("cpp")
            return quote + pre + self.raw(lang) + quote
        return quote + pre + self.val + quote

    def hraw(self, lang=""):
        return self.sp["hprefix"] + self.raw(lang)

    def url(self, lang=""):
        return self.sp["url"](self.raw(lang))

    def pubkv(self, st):
        if not self.pub:
            return None
        return style(self.pub[0], st), self.pub[1]


def _flat(items, out):
    for ln in items:
        if ln is None:
            continue
        if isinstance(ln, (list, tuple)):
            _flat(ln, out)
        else:
            out.append(ln)
    return out


def L(*lines):
    return "\n".join(_flat(lines, [])) + "\n"


# ---------------------------------------------------------------------------
# innocent filler (also the raw material of look-alike negatives)
# ---------------------------------------------------------------------------
ROS_TOPICS = ["/mavros/state", "/mavros/global_position/global", "/mavros/local_position/pose",
              "/mavros/setpoint_velocity/cmd_vel", "/camera/image_raw", "/camera/camera_info",
              "/fmu/out/vehicle_status", "/fmu/in/trajectory_setpoint", "/fmu/out/vehicle_odometry",
              "/tf", "/tf_static", "/odom", "/scan", "/gimbal/cmd", "/battery_state", "/diagnostics",
              "/rosout", "/adsb/traffic", "/mission/progress", "/detections"]
AIRPORTS = ["KSFO", "KSEA", "EDDM", "EGLL", "LFPG", "KDEN", "YSSY", "KAUS", "EHAM", "LOWW", "KPAO", "CYVR"]
CALLSIGNS = ["UAL", "DLH", "BAW", "SWA", "AFR", "KLM", "QFA", "ASA", "EZY", "RYR"]
AIRFRAMES = ["x500_v2", "f450", "holybro_s500", "tarot_650", "ardu_hexa", "vtol_standard", "skywalker_x8"]
SITES = ["north-field", "quarry-7", "solar-farm-b", "wind-park-3", "harbor-east", "orchard-12"]


def drone_sn(r):
    return pick(r, ["1581F", "1ZNBJ", "3N3BH", "0K1DH"]) + rs(r, UPPER + DIGITS, r.randint(9, 12))


def icao24(r):
    return rs(r, HEX, 6)


def tail(r):
    k = r.randrange(3)
    if k == 0:
        return "N" + str(r.randint(100, 9999)) + rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ", r.randint(0, 2))
    if k == 1:
        return pick(r, ["G-", "D-", "F-", "C-"]) + rs(r, UPPER, 4)
    return "VH-" + rs(r, UPPER, 3)


def flight_no(r):
    return pick(r, CALLSIGNS) + str(r.randint(10, 2999))


def fa_flight_id(r):
    return "%s-%d-%s-%04d" % (flight_no(r), epoch(r), pick(r, ["airline", "schedule", "fa"]), r.randint(1, 1200))


def latlon(r):
    return round(r.uniform(-45, 60), 7), round(r.uniform(-122, 150), 7)


def sha256(r):
    return rs(r, HEX, 64)


def gitsha(r):
    return rs(r, HEX, 40)


def host(r):
    return pick(r, ["gcs-01.lab.local", "companion.local", "fleet-api.internal", "10.42.0.1",
                    "192.168.144.10", "ops.uas-lab.net", "edge-nuc-3.local"])


def comment_line(r):
    return pick(r, ["set up by ops for the spring survey season",
                    "see runbook for the field checklist",
                    "values tuned on the quarry site, keep in sync with the GCS",
                    "TODO: move to the fleet config service",
                    "do not lower below 5 Hz, the EKF gets unhappy",
                    "matches the companion image v2.3",
                    "bench setup - Jetson Orin NX + Pixhawk 6C",
                    "used by the ADS-B traffic overlay",
                    "keep timeouts short, LTE link drops often in the valley",
                    "copied from the hangar NUC"])


# ---------------------------------------------------------------------------
# slot templates: used by positives and (about half of) negatives
# ---------------------------------------------------------------------------
TEMPLATES = []
GEN = ("api", "pw", "infra")


def tpl(filetype, slots, cats=GEN):
    def deco(f):
        TEMPLATES.append({"name": f.__name__, "ft": filetype, "slots": slots, "cats": cats, "fn": f})
        return f
    return deco


def py_use(c, var):
    """A plausible python function that uses the credential held in `var`."""
    p, u = c.sp["provider"], (c.pub[1] if c.pub else "uav_bridge")
    if p == "MQTT":
        return ["def fetch(session):", "    cli = mqtt.Client(client_id=\"bridge-%d\")" % c.r.randint(1, 99),
                "    cli.username_pw_set(\"%s\", %s)" % (u, var), "    cli.connect(\"mqtt.fleet.internal\", 1883)",
                "    return cli"]
    if p == "PostgreSQL":
        return ["def fetch(session):", "    with psycopg.connect(host=\"db.fleet.internal\", dbname=\"missions\", user=\"missions\", password=%s) as conn:" % var,
                "        return conn.execute(\"SELECT id, name FROM missions WHERE active\").fetchall()"]
    if p in ("NTRIP", "RTSP camera"):
        scheme = "ntrip://rtkbase07:{}@rtk2go.com:2101/NEAR_BASE" if p == "NTRIP" else "rtsp://admin:{}@192.168.144.25:8554/main.264"
        return ["def fetch(session):", "    src = \"%s\".format(%s)" % (scheme, var), "    return open_stream(src)"]
    if c.sp["cat"] == "pw":
        return ["def fetch(session):",
                "    resp = session.get(\"%s/states/own\", auth=(\"%s\", %s), timeout=5)" % (c.sp["base"], u, var),
                "    resp.raise_for_status()", "    return resp.json()"]
    return ["def fetch(session):", "    resp = session.get(\"%s%s\", params={\"key\": %s}, timeout=5)" % (c.sp["base"], c.sp["ep"], var),
            "    resp.raise_for_status()", "    return resp.json()"]


def py_url_use(c, nb=False):
    """python lines that use the URL / connection string carrying the credential"""
    p, u = c.sp["provider"], c.url()
    ind = "" if nb else "    "
    if p == "Azure":
        out = ['svc = BlobServiceClient.from_connection_string("%s")' % u, 'resp = svc.get_container_client("ulog").list_blobs()']
    elif p == "PostgreSQL":
        out = ['conn = psycopg.connect("%s")' % u, 'resp = conn.execute("SELECT id, site FROM missions").fetchall()']
    elif p == "MQTT":
        out = ['cli = connect_broker("%s")' % u, "resp = cli.subscribe(\"thing/product/+/osd\")"]
    elif p in ("NTRIP", "RTSP camera"):
        out = ['resp = cv2.VideoCapture("%s")' % u if p == "RTSP camera" else 'resp = NtripClient.from_url("%s").stream()' % u]
    elif p == "Telegram":
        out = ['resp = requests.post("%s", json={"chat_id": %d, "text": "RTL triggered"}, timeout=5)' % (u, -c.r.randint(10 ** 9, 10 ** 10))]
    else:
        out = ['resp = requests.get("%s", timeout=5)' % u]
    if nb:
        return out
    return ["def fetch(session):"] + [ind + x for x in out] + ["    return resp"]


@tpl("python", ("kv", "header", "url", "arg"))
def t_py_poller(c):
    r = c.r
    svc = c.sp["service"]
    mod = style(c.sp["provider"].replace("-", " ").replace(".", " ").split()[:2] + ["poller"], "snake")
    path = pick(r, ["companion/%s.py", "scripts/%s.py", "src/uas_bridge/%s.py", "tools/%s.py"]) % mod
    head = ['#!/usr/bin/env python3', '"""Poll %s and forward results to the GCS over MAVLink."""' % svc,
            "import os", "import time", "import logging", "", "import requests", "",
            "log = logging.getLogger(__name__)", "",
            'GCS_HOST = "%s"' % host(r), "POLL_S = %d" % r.choice([5, 10, 15, 30])]
    body = []
    if c.slot == "kv":
        if c.pub:
            n, v = c.pubkv("screaming")
            body.append('%s = "%s"' % (n, v))
        body.append("%s = %s" % (c.nm("screaming"), c.q("py")))
        body += ["", ""] + py_use(c, c.nm("screaming"))
    elif c.slot == "header":
        body += ["", "", "def fetch(session):",
                 "    headers = {%s: %s, \"Accept\": \"application/json\"}" % ('"%s"' % c.sp["header"], c.hq("py")),
                 '    resp = session.get("%s%s", headers=headers, timeout=5)' % (c.sp["base"], c.sp["ep"]),
                 "    resp.raise_for_status()", "    return resp.json()"]
    elif c.slot == "url":
        body += ["", ""] + py_url_use(c)
    else:
        body += ["", "", "def fetch(session):",
                 "    client = %s(%s)" % (c.sp["ctor"], c.q("py")),
                 "    return client.get_traffic(radius_nm=%d)" % r.randint(5, 40)]
    tail_ = ["", "", "def main():", "    logging.basicConfig(level=logging.INFO)",
             "    with requests.Session() as s:", "        while True:", "            try:",
             "                data = fetch(s)", '                log.info("got %d records", len(data))',
             "            except Exception as exc:  # noqa: BLE001", '                log.warning("poll failed: %s", exc)',
             "            time.sleep(POLL_S)", "", "", 'if __name__ == "__main__":', "    main()"]
    return path, L(head, body, tail_)


@tpl("python", ("kv",))
def t_py_settings(c):
    r = c.r
    path = pick(r, ["config/settings.py", "gcs_backend/settings.py", "fleet/settings.py", "app/config.py"])
    st = pick(r, ["screaming", "screaming", "snake"])
    lines = ['"""Runtime settings for the fleet backend (%s)."""' % comment_line(r), "import os", "",
             "DEBUG = %s" % pick(r, ["False", "True"]),
             'ALLOWED_HOSTS = ["%s", "localhost"]' % host(r),
             "MAVLINK_SYSTEM_ID = %d" % r.randint(1, 250),
             'TELEMETRY_TOPIC = "%s"' % pick(r, ROS_TOPICS),
             'HOME_AIRPORT = "%s"' % pick(r, AIRPORTS), "",
             "# %s" % c.sp["service"]]
    if c.pub:
        n, v = c.pubkv(st)
        lines.append('%s = "%s"' % (n, v))
    lines.append("%s = %s" % (c.nm(st), c.q("py")))
    lines += ["", "GEOFENCE_RADIUS_M = %d" % r.randint(100, 2000),
              "RTL_ALT_M = %d" % r.randint(20, 120),
              'LOG_BUCKET = "%s"' % pick(r, ["uas-flight-logs", "fleet-ulog-archive", "px4-logs-prod"]),
              'TIME_ZONE = "UTC"']
    return path, L(lines)


@tpl("python", ("kv",))
def t_py_dataclass(c):
    r = c.r
    path = pick(r, ["companion/config.py", "src/drone_link/config.py", "mission_runner/config.py"])
    lat, lon = latlon(r)
    lines = ["from dataclasses import dataclass, field", "import os", "", "",
             "@dataclass", "class LinkConfig:",
             '    """%s."""' % c.sp["service"],
             '    fcu_url: str = "udp://:%d@"' % r.choice([14540, 14550, 14557]),
             "    sysid: int = %d" % r.randint(1, 20),
             "    compid: int = %d" % r.choice([191, 195, 1]),
             "    home: tuple = (%s, %s)" % (lat, lon)]
    if c.pub:
        n, v = c.pubkv("snake")
        lines.append('    %s: str = "%s"' % (n, v))
    if isinstance(c.val, Env):
        lines.append("    %s: str = field(default_factory=lambda: %s)" % (c.nm("snake"), c.envx("py2")))
    else:
        lines.append("    %s: str = %s" % (c.nm("snake"), c.q("py")))
    lines += ["    heartbeat_hz: float = %.1f" % r.choice([1.0, 2.0, 5.0]),
              '    topics: list = field(default_factory=lambda: ["%s", "%s"])' % (pick(r, ROS_TOPICS), pick(r, ROS_TOPICS)),
              "", "", "CONFIG = LinkConfig()"]
    return path, L(lines)


@tpl("ros-launch-py", ("kv",))
def t_ros2_launch_py(c):
    r = c.r
    pkg = pick(r, ["uas_bridge", "traffic_overlay", "fleet_agent", "mission_control", "drone_perception"])
    path = "src/%s/launch/%s.launch.py" % (pkg, pick(r, ["bringup", pkg, "agent", "bridge"]))
    lines = ["from launch import LaunchDescription", "from launch_ros.actions import Node", "import os", "", "",
             "def generate_launch_description():", "    return LaunchDescription([", "        Node(",
             "            package='%s'," % pkg, "            executable='%s_node'," % pkg.split("_")[0],
             "            name='%s'," % pkg, "            output='screen',", "            parameters=[{",
             "                'fcu_url': 'udp://:14540@127.0.0.1:14557',",
             "                'target_system_id': %d," % r.randint(1, 10),
             "                'publish_rate': %.1f," % r.choice([5.0, 10.0, 20.0])]
    if c.pub:
        n, v = c.pubkv("snake")
        lines.append("                '%s': '%s'," % (n, v))
    lines.append("                '%s': %s," % (c.nm("snake"), c.q("py", "'") if not isinstance(c.val, Env) else c.envx("py2")))
    lines += ["            }],", "            remappings=[('/odom', '%s')]," % pick(r, ROS_TOPICS), "        ),",
              "        Node(package='foxglove_bridge', executable='foxglove_bridge',",
              "             parameters=[{'port': 8765}]),", "    ])"]
    return path, L(lines)


@tpl("ros-launch-xml", ("kv",))
def t_ros1_launch_xml(c):
    r = c.r
    pkg = pick(r, ["uas_bridge", "adsb_overlay", "fleet_agent", "survey_mission"])
    path = "%s/launch/%s.launch" % (pkg, pick(r, ["bringup", "field", "sim", pkg]))
    v = c.raw("launchxml")
    useargs = r.random() < 0.5
    lines = ['<?xml version="1.0"?>', "<launch>", "  <!-- %s -->" % comment_line(r),
             '  <arg name="fcu_url" default="/dev/ttyACM0:57600" />',
             '  <arg name="gcs_url" default="udp://@%s" />' % host(r),
             '  <arg name="tgt_system" default="%d" />' % r.randint(1, 10)]
    if useargs:
        lines.append('  <arg name="%s" default="%s" />' % (c.nm("snake"), v))
    lines += ['  <include file="$(find mavros)/launch/node.launch">',
              '    <arg name="fcu_url" value="$(arg fcu_url)" />',
              '    <arg name="gcs_url" value="$(arg gcs_url)" />', "  </include>",
              '  <node pkg="%s" type="%s_node.py" name="%s" output="screen">' % (pkg, pkg, pkg),
              '    <param name="rate" value="%d" />' % r.choice([1, 5, 10])]
    if c.pub:
        n, pv = c.pubkv("snake")
        lines.append('    <param name="%s" value="%s" />' % (n, pv))
    if useargs:
        lines.append('    <param name="%s" value="$(arg %s)" />' % (c.nm("snake"), c.nm("snake")))
    else:
        lines.append('    <param name="%s" value="%s" />' % (c.nm("snake"), v))
    lines += ['    <remap from="odom" to="%s" />' % pick(r, ROS_TOPICS), "  </node>", "</launch>"]
    return path, L(lines)


@tpl("ros-launch-xml", ("kv",))
def t_ros2_launch_xml(c):
    r = c.r
    pkg = pick(r, ["inorbit_bridge", "fleet_agent", "traffic_relay", "dock_client"])
    path = "src/%s/launch/%s.launch.xml" % (pkg, pick(r, ["agent", "bringup", "robot"]))
    lines = ["<launch>", '  <arg name="robot_id" default="%s" />' % uuid4(r),
             '  <arg name="namespace" default="%s" />' % pick(r, ["uav1", "rover_02", "dock_a"]),
             '  <node pkg="%s" exec="%s" name="%s" namespace="$(var namespace)">' % (pkg, pkg + "_node", pkg),
             '    <param name="robot_id" value="$(var robot_id)" />',
             '    <param name="heartbeat_period" value="%.1f" />' % r.choice([0.5, 1.0, 2.0])]
    if c.pub:
        n, pv = c.pubkv("snake")
        lines.append('    <param name="%s" value="%s" />' % (n, pv))
    lines.append('    <param name="%s" value="%s" />' % (c.nm("snake"), c.raw()))
    lines += ['    <remap from="odom" to="%s" />' % pick(r, ROS_TOPICS), "  </node>", "</launch>"]
    return path, L(lines)


@tpl("ros-params-yaml", ("kv", "url"), GEN + ("mavhex",))
def t_ros_params(c):
    r = c.r
    node = pick(r, ["traffic_relay", "fleet_agent", "mission_uploader", "telemetry_sink", "perception"])
    path = pick(r, ["config/%s_params.yaml", "src/uas_stack/config/%s.yaml", "params/%s.yaml"]) % node
    q = pick(r, ['"', "'", ""])
    lines = ["# %s" % comment_line(r), "%s:" % node, "  ros__parameters:",
             "    use_sim_time: %s" % pick(r, ["false", "true"]),
             "    frame_id: %s" % pick(r, ["base_link", "map", "odom"]),
             "    input_topic: %s" % pick(r, ROS_TOPICS),
             "    rate_hz: %.1f" % r.choice([1.0, 5.0, 10.0])]
    if c.pub:
        n, pv = c.pubkv("snake")
        lines.append("    %s: %s%s%s" % (n, q, pv, q))
    if c.slot == "url":
        lines.append("    endpoint: %s%s%s" % (q or '"', c.url(), q or '"'))
    else:
        lines.append("    %s: %s%s%s" % (c.nm("snake"), q or '"', c.raw(), q or '"'))
    lines += ["    qos_depth: %d" % r.choice([1, 5, 10]), "    max_range_m: %d" % r.randint(50, 500)]
    return path, L(lines)


@tpl("docker-compose", ("kv", "url"))
def t_compose(c):
    r = c.r
    path = pick(r, ["docker-compose.yml", "deploy/docker-compose.yml", "docker-compose.prod.yml", "compose.yaml"])
    svc = pick(r, ["fleet-api", "telemetry-ingest", "adsb-relay", "dock-gateway", "mission-svc"])
    listy = r.random() < 0.4
    def env(k, v):
        return ("      - %s=%s" % (k, v)) if listy else ('      %s: "%s"' % (k, v))
    lines = ['version: "3.8"', "services:", "  %s:" % svc,
             "    image: ghcr.io/uas-lab/%s:%s" % (svc, pick(r, ["1.4.2", "latest", "2024.06"])),
             "    restart: unless-stopped", "    ports:", '      - "%d:%d"' % ((r.choice([8080, 8000, 5000]),) * 2),
             "    environment:", env("LOG_LEVEL", pick(r, ["info", "debug"])),
             env("MAVLINK_ENDPOINT", "udp://0.0.0.0:14550")]
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append(env(n, pv))
    if c.slot == "url":
        lines.append(env(pick(r, ["CONNECTION_URL", "UPSTREAM_URL", "SINK_URI"]), c.url()))
    else:
        lines.append(env(c.nm("screaming"), c.raw()))
    lines += ["    depends_on:", "      - mqtt", "  mqtt:", "    image: eclipse-mosquitto:2",
              "    volumes:", "      - ./mosquitto/config:/mosquitto/config:ro", '    ports:', '      - "1883:1883"']
    return path, L(lines)


@tpl("systemd", ("kv", "url", "arg"))
def t_systemd(c):
    r = c.r
    unit = pick(r, ["mavlink-router", "fleet-agent", "adsb-relay", "uas-bridge", "telemetry-uploader"])
    path = pick(r, ["deploy/systemd/%s.service", "etc/systemd/system/%s.service", "image/rootfs/etc/systemd/system/%s.service"]) % unit
    exe = "/opt/%s/bin/%s" % (unit, unit)
    lines = ["[Unit]", "Description=%s (%s)" % (unit, c.sp["service"]),
             "After=network-online.target", "Wants=network-online.target", "", "[Service]", "Type=simple",
             "User=%s" % pick(r, ["pi", "drone", "jetson", "uas"]), "Environment=PYTHONUNBUFFERED=1"]
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append("Environment=%s=%s" % (n, pv))
    if c.slot == "kv":
        lines.append('Environment="%s=%s"' % (c.nm("screaming"), c.raw()) if r.random() < 0.5 else
                     "Environment=%s=%s" % (c.nm("screaming"), c.raw()))
        lines.append("ExecStart=%s --fcu udp://127.0.0.1:14551 --sysid %d" % (exe, r.randint(1, 10)))
    elif c.slot == "url":
        lines.append("ExecStart=%s --fcu udp://127.0.0.1:14551 --sink '%s'" % (exe, c.url()))
    else:
        lines.append("ExecStart=%s --fcu udp://127.0.0.1:14551 %s" % (exe, c.raw()))
    lines += ["Restart=on-failure", "RestartSec=%d" % r.choice([2, 5, 10]), "", "[Install]", "WantedBy=multi-user.target"]
    return path, L(lines)


@tpl("dotenv", ("kv", "url"), GEN + ("mavhex", "wifi"))
def t_dotenv(c):
    r = c.r
    path = pick(r, [".env", ".env.production", "deploy/.env", "companion/.env", "gcs/.env.local"])
    q = pick(r, ["", "", '"', "'"])
    lines = ["# %s" % comment_line(r), "NODE_ENV=production", "MAVLINK_URL=udp://:14550",
             "HOME_ICAO=%s" % pick(r, AIRPORTS), "FLEET_ID=%s" % uuid4(r)]
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append("%s=%s%s%s" % (n, q, pv, q))
    if c.slot == "url":
        lines.append("%s=%s%s%s" % (pick(r, ["DATABASE_URL", "BROKER_URL", "UPSTREAM", "STORAGE_CONNECTION_STRING"]), q, c.url(), q))
    else:
        lines.append("%s=%s%s%s" % (c.nm("screaming"), q, c.raw(), q))
    lines += ["MAX_ALT_M=%d" % r.choice([120, 100, 150]), "LOG_LEVEL=info"]
    return path, L(lines)


@tpl("jupyter", ("kv", "header", "url"))
def t_notebook(c):
    r = c.r
    path = pick(r, ["notebooks/%s.ipynb", "analysis/%s.ipynb", "research/%s.ipynb"]) % pick(
        r, ["flight_log_review", "adsb_traffic_density", "battery_sag", "landing_pad_detector", "metar_vs_wind"])
    cell1 = ["import pandas as pd\n", "import requests\n", "import os\n"]
    if c.slot == "kv":
        src = []
        if c.pub:
            n, pv = c.pubkv("snake")
            src.append('%s = "%s"\n' % (n, pv))
        src.append("%s = %s\n" % (c.nm("snake"), c.q("py")))
        src.append('resp = requests.get("%s%s", params={"key": %s})\n' % (c.sp["base"], c.sp["ep"], c.nm("snake")))
    elif c.slot == "header":
        src = ['resp = requests.get("%s%s",\n' % (c.sp["base"], c.sp["ep"]),
               "                    headers={\"%s\": %s})\n" % (c.sp["header"], c.hq("py"))]
    else:
        src = [ln + "\n" for ln in py_url_use(c, nb=True)]
    src.append("df = pd.DataFrame(resp.json())\n")
    src.append("df.head()")
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# %s\n" % path.split("/")[-1][:-6].replace("_", " ").title(),
                                                             "\n", "Flights from %s, tail %s." % (pick(r, SITES), tail(r))]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": cell1},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": src},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["df[df.icao24 == \"%s\"].plot(x=\"time\", y=\"altitude\")" % icao24(r)]}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.10.12"}},
        "nbformat": 4, "nbformat_minor": 5}
    return path, json.dumps(nb, indent=1) + "\n"


@tpl("qgc-ini", ("kv", "url"), ("api",))
def t_qgc_ini(c):
    r = c.r
    path = pick(r, ["gcs/QGroundControl.ini", "config/qgc/QGroundControl.ini", "deploy/gcs/QGroundControl.ini"])
    lines = ["[General]", "LastSettingsVersionCheck=%d" % r.randint(7, 9), "StyleIsDark=%s" % pick(r, ["true", "false"]),
             "audioMuted=false", "", "[LinkConfigurations]", "count=1", "Link0\\auto=true",
             "Link0\\host=%s" % host(r), "Link0\\name=%s" % pick(r, ["Herelink", "SiK 915", "Doodle"]),
             "Link0\\port=%d" % r.choice([14550, 14551]), "Link0\\type=%d" % r.choice([1, 2]), "",
             "[FlyView]", "showAdditionalIndicatorsCompass=true", ""]
    grp = pick(r, ["[FlightMap]", "[ADSBServer]", "[Plugins]", "[CustomSettings]"])
    lines.append(grp)
    if c.pub:
        n, pv = c.pubkv("camel")
        lines.append("%s=%s" % (n, pv))
    if c.slot == "url":
        lines.append("%s=%s" % (pick(r, ["customURL", "serverUrl", "sinkUrl"]), c.url()))
    else:
        lines.append("%s=%s" % (c.nm("camel"), c.raw()))
    lines += ["mapProvider=%s" % pick(r, ["Bing Satellite", "Google Hybrid", "Mapbox Satellite"]), "",
              "[Units]", "distanceUnits=1", "speedUnits=%d" % r.randint(0, 3)]
    return path, L(lines)


@tpl("cpp-header", ("kv", "url"), GEN + ("mavhex",))
def t_cpp_header(c):
    r = c.r
    path = pick(r, ["include/uas/config.hpp", "src/companion/secrets_config.h", "firmware/companion/include/link_config.h",
                    "include/fleet_agent/defaults.hpp"])
    guard = path.split("/")[-1].replace(".", "_").upper()
    define = r.random() < 0.4
    lines = ["#pragma once" if r.random() < 0.5 else "#ifndef %s\n#define %s" % (guard, guard), "",
             "// %s" % comment_line(r), "#include <cstdint>", "", "namespace uas {", ""]
    lines.append("constexpr uint8_t kSystemId = %d;" % r.randint(1, 250))
    lines.append("constexpr uint8_t kComponentId = %d;" % r.choice([191, 195, 100]))
    lines.append('constexpr char kGcsHost[] = "%s";' % host(r))
    if c.pub:
        n, pv = c.pubkv("pascal")
        lines.append('constexpr char k%s[] = "%s";' % (n, pv))
    v = c.url() if c.slot == "url" else c.raw()
    nm = ("Upstream" + pick(r, ["Url", "Uri"])) if c.slot == "url" else c.nm("pascal")
    if define:
        lines.append('#define %s "%s"' % (style(c.words if c.obvious or c.slot == "url" else c.nwords, "screaming") if c.slot != "url" else "UPSTREAM_URL", v))
    else:
        lines.append('constexpr char k%s[] = "%s";' % (nm, v))
    lines += ["constexpr int kHeartbeatMs = %d;" % r.choice([500, 1000]), "", "}  // namespace uas"]
    if not lines[0].startswith("#pragma"):
        lines.append("\n#endif  // %s" % guard)
    return path, L(lines)


@tpl("cpp", ("kv", "header", "arg"))
def t_cpp_source(c):
    r = c.r
    path = pick(r, ["src/traffic_client.cpp", "companion/src/uploader.cpp", "src/fleet_agent/http_client.cpp"])
    lines = ["#include <curl/curl.h>", "#include <string>", "#include <cstdlib>", '#include "traffic_client.hpp"', "",
             "namespace {", "constexpr long kTimeoutMs = %d;" % r.choice([2000, 5000]),
             'const char* kBaseUrl = "%s";' % c.sp["base"]]
    if c.slot == "kv":
        if isinstance(c.val, Env):
            lines.append("const char* k%s = %s;" % (c.nm("pascal"), c.envx("cpp")))
        else:
            lines.append('const char* k%s = "%s";' % (c.nm("pascal"), c.val))
    lines += ["}  // namespace", "", "bool TrafficClient::Fetch(std::string* out) {", "  CURL* curl = curl_easy_init();",
              "  if (!curl) return false;", "  struct curl_slist* hdrs = nullptr;",
              '  hdrs = curl_slist_append(hdrs, "Accept: application/json");']
    if c.slot == "kv":
        lines.append('  std::string url = std::string(kBaseUrl) + "%s?key=" + k%s;' % (c.sp["ep"], c.nm("pascal")))
    elif c.slot == "header":
        if isinstance(c.val, Env):
            lines.append('  std::string auth = std::string("%s: %s") + %s;' % (c.sp["header"], c.sp["hprefix"], c.envx("cpp")))
        else:
            lines.append('  std::string auth = "%s: %s%s";' % (c.sp["header"], c.sp["hprefix"], c.val))
        lines.append("  hdrs = curl_slist_append(hdrs, auth.c_str());")
        lines.append('  std::string url = std::string(kBaseUrl) + "%s";' % c.sp["ep"])
    else:
        lines.append('  Credentials creds(%s);' % c.q("cpp"))
        lines.append("  creds.Apply(curl);")
        lines.append('  std::string url = std::string(kBaseUrl) + "%s";' % c.sp["ep"])
    lines += ["  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());", "  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, hdrs);",
              "  curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, kTimeoutMs);", "  CURLcode rc = curl_easy_perform(curl);",
              "  curl_slist_free_all(hdrs);", "  curl_easy_cleanup(curl);", "  return rc == CURLE_OK;", "}"]
    return path, L(lines)


@tpl("kotlin", ("kv", "header"), GEN + ("msdk",))
def t_kotlin_object(c):
    r = c.r
    pkg = pick(r, ["com.uaslab.gcs", "io.rotorworks.pilot", "org.skyops.groundstation"])
    path = "app/src/main/java/%s/%s.kt" % (pkg.replace(".", "/"), pick(r, ["ApiConfig", "NetworkModule", "FleetConstants"]))
    lines = ["package %s" % pkg, "", "import okhttp3.Interceptor", "import okhttp3.OkHttpClient", "",
             "// %s" % comment_line(r), "object %s {" % pick(r, ["ApiConfig", "Fleet", "Net"]),
             '    const val BASE_URL = "%s/"' % c.sp["base"],
             "    const val DEFAULT_SYSID = %d" % r.randint(1, 250)]
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append('    const val %s = "%s"' % (n, pv))
    if c.slot == "kv":
        if isinstance(c.val, Env):
            lines.append("    val %s: String = BuildConfig.%s" % (c.nm("screaming"), c.envname()))
        else:
            lines.append('    const val %s = "%s"' % (c.nm("screaming"), c.val))
        lines += ["", "    fun client(): OkHttpClient = OkHttpClient.Builder()",
                  "        .addInterceptor(Interceptor { chain ->",
                  '            val url = chain.request().url.newBuilder().addQueryParameter("key", %s).build()' % c.nm("screaming"),
                  "            chain.proceed(chain.request().newBuilder().url(url).build())", "        })", "        .build()"]
    else:
        hv = ('BuildConfig.%s' % c.envname()) if isinstance(c.val, Env) else '"%s%s"' % (c.sp["hprefix"], c.val)
        if isinstance(c.val, Env) and c.sp["hprefix"]:
            hv = '"%s" + BuildConfig.%s' % (c.sp["hprefix"], c.envname())
        lines += ["", "    fun client(): OkHttpClient = OkHttpClient.Builder()", "        .addInterceptor { chain ->",
                  "            chain.proceed(", "                chain.request().newBuilder()",
                  '                    .header("%s", %s)' % (c.sp["header"], hv), "                    .build()",
                  "            )", "        }", "        .build()"]
    lines.append("}")
    return path, L(lines)


@tpl("java", ("kv", "header", "arg"))
def t_java(c):
    r = c.r
    pkg = pick(r, ["com.uaslab.cloud", "com.dji.sample.manage", "io.fleetops.bridge"])
    cls = pick(r, ["UpstreamConfig", "TrafficService", "CloudCredentials", "FleetClient"])
    path = pick(r, ["src/main/java/%s/%s.java", "server/src/main/java/%s/%s.java"]) % (pkg.replace(".", "/"), cls)
    lines = ["package %s;" % pkg, "", "import java.net.URI;", "import java.net.http.HttpClient;",
             "import java.net.http.HttpRequest;", "import java.time.Duration;", "", "public class %s {" % cls,
             '    private static final String BASE = "%s";' % c.sp["base"],
             "    private static final int SYS_ID = %d;" % r.randint(1, 250)]
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append('    private static final String %s = "%s";' % (n, pv))
    if c.slot == "kv":
        lines.append("    private static final String %s = %s;" % (c.nm("screaming"), c.q("java")))
        hdr = '.header("X-Client", "gcs").uri(URI.create(BASE + "%s?key=" + %s))' % (c.sp["ep"], c.nm("screaming"))
    elif c.slot == "header":
        hdr = '.header("%s", %s).uri(URI.create(BASE + "%s"))' % (c.sp["header"], c.hq("java"), c.sp["ep"])
    else:
        lines.append("    private final %s delegate = new %s(%s);" % (c.sp["ctor"].split(".")[-1], c.sp["ctor"].split(".")[-1], c.q("java")))
        hdr = '.uri(URI.create(BASE + "%s"))' % c.sp["ep"]
    lines += ["", "    private final HttpClient http = HttpClient.newBuilder()",
              "            .connectTimeout(Duration.ofSeconds(%d)).build();" % r.choice([3, 5, 10]), "",
              "    public HttpRequest flightsRequest() {", "        return HttpRequest.newBuilder()",
              "                %s" % hdr, "                .GET().build();", "    }", "}"]
    return path, L(lines)


@tpl("android-manifest", ("kv",), ("msdk", "api"))
def t_manifest(c):
    r = c.r
    pkg = pick(r, ["com.uaslab.pilot", "io.rotorworks.survey", "org.skyops.fieldapp"])
    name = "com.dji.sdk.API_KEY" if c.sp["kind"] == "msdk_app_key" else pkg + "." + c.nm("screaming")
    lines = ['<?xml version="1.0" encoding="utf-8"?>',
             '<manifest xmlns:android="http://schemas.android.com/apk/res/android"',
             '    package="%s">' % pkg, "",
             '    <uses-permission android:name="android.permission.INTERNET" />',
             '    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />',
             '    <uses-feature android:name="android.hardware.usb.host" android:required="false" />', "",
             "    <application", '        android:name=".PilotApplication"', '        android:icon="@mipmap/ic_launcher"',
             '        android:label="@string/app_name"', '        android:theme="@style/Theme.Pilot">', "",
             "        <!-- %s -->" % comment_line(r),
             "        <meta-data", '            android:name="%s"' % name,
             '            android:value="%s" />' % c.raw(), "",
             '        <activity android:name=".MainActivity" android:exported="true"',
             '            android:screenOrientation="landscape">', "            <intent-filter>",
             '                <action android:name="android.intent.action.MAIN" />',
             '                <category android:name="android.intent.category.LAUNCHER" />',
             "            </intent-filter>", "        </activity>", "    </application>", "</manifest>"]
    return "app/src/main/AndroidManifest.xml", L(lines)


@tpl("gradle", ("kv",), GEN + ("msdk",))
def t_gradle(c):
    r = c.r
    kts = r.random() < 0.5
    path = "app/build.gradle.kts" if kts else "app/build.gradle"
    v = c.raw()
    if isinstance(c.val, Env):
        val = ('System.getenv("%s") ?: ""' % c.envname()) if kts else 'System.getenv("%s") ?: ""' % c.envname()
        bc = 'buildConfigField("String", "%s", "\\"${%s}\\"")' % (c.nm("screaming"), val) if kts else \
            'buildConfigField "String", "%s", "\\"${%s}\\""' % (c.nm("screaming"), val)
    else:
        bc = ('buildConfigField("String", "%s", "\\"%s\\"")' if kts else 'buildConfigField "String", "%s", "\\"%s\\""') % (c.nm("screaming"), v)
    if kts:
        lines = ["plugins {", '    id("com.android.application")', '    id("org.jetbrains.kotlin.android")', "}", "",
                 "android {", '    namespace = "com.uaslab.pilot"', "    compileSdk = 34", "",
                 "    defaultConfig {", '        applicationId = "com.uaslab.pilot"', "        minSdk = 24",
                 "        versionCode = %d" % r.randint(10, 400), '        versionName = "%d.%d.%d"' % (r.randint(1, 4), r.randint(0, 9), r.randint(0, 20)),
                 "        " + bc, "    }", "", "    buildFeatures { buildConfig = true }", "}", "",
                 "dependencies {", '    implementation("com.dji:dji-sdk-v5-aircraft:5.9.0")',
                 '    implementation("com.squareup.okhttp3:okhttp:4.12.0")', "}"]
    else:
        lines = ["apply plugin: 'com.android.application'", "", "android {", "    compileSdkVersion 33", "",
                 "    defaultConfig {", "        applicationId \"com.uaslab.pilot\"", "        minSdkVersion 24",
                 "        versionCode %d" % r.randint(10, 400), "        " + bc, "    }", "", "    buildTypes {",
                 "        release {", "            minifyEnabled true", "        }", "    }", "}", "", "dependencies {",
                 "    implementation 'com.dji:dji-sdk:4.16.4'", "    implementation 'com.squareup.retrofit2:retrofit:2.9.0'", "}"]
    return path, L(lines)


@tpl("properties", ("kv",), GEN)
def t_gradle_props(c):
    r = c.r
    path = pick(r, ["gradle.properties", "local.properties", "android/gradle.properties"])
    lines = ["# Project-wide Gradle settings.", "org.gradle.jvmargs=-Xmx2048m -Dfile.encoding=UTF-8",
             "android.useAndroidX=true", "kotlin.code.style=official",
             "sdk.dir=/home/%s/Android/Sdk" % pick(r, ["ci", "pilot", "dev"]) if path == "local.properties" else "android.nonTransitiveRClass=true"]
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append("%s=%s" % (n, pv))
    lines.append("%s=%s" % (c.nm("screaming") if r.random() < 0.7 else c.nm("dot"), c.raw()))
    return path, L(lines)


@tpl("spring-yaml", ("kv", "url"))
def t_spring_yml(c):
    r = c.r
    path = pick(r, ["src/main/resources/application.yml", "sample/src/main/resources/application-dev.yml",
                    "cloud-server/src/main/resources/application.yaml"])
    lines = ["server:", "  port: %d" % r.choice([6789, 8080, 8443]), "", "spring:", "  application:",
             "    name: %s" % pick(r, ["cloud-api-sample", "fleet-server", "dock-manager"])]
    if c.slot == "url" and c.sp["cat"] == "pw" and c.sp["provider"] == "PostgreSQL":
        pass
    lines += ["  datasource:", "    url: jdbc:mysql://%s:3306/cloud_sample" % host(r), "    username: app"]
    sect = pick(r, ["cloud-api", "uas", "integrations"])
    lines += ["", "%s:" % sect, "  %s:" % style(c.sp["provider"].lower().replace("-", " ").replace(".", " ").split()[:1], "kebab")]
    if c.pub:
        n, pv = c.pubkv("kebab")
        lines.append("    %s: %s" % (n, pv))
    if c.slot == "url":
        lines.append("    url: %s" % c.url())
    else:
        q = pick(r, ["", "'", '"'])
        lines.append("    %s: %s%s%s" % (c.nm("kebab"), q, c.raw(), q))
    lines += ["    enabled: true", "", "logging:", "  level:", "    root: %s" % pick(r, ["INFO", "WARN"])]
    return path, L(lines)


@tpl("properties", ("kv", "url"))
def t_spring_props(c):
    r = c.r
    path = pick(r, ["src/main/resources/application.properties", "server/src/main/resources/application-prod.properties"])
    base = "uas." + c.sp["provider"].lower().replace(" ", "").replace("-", "").replace(".", "")
    lines = ["spring.application.name=%s" % pick(r, ["fleet-server", "dock-manager", "flight-records"]),
             "server.port=%d" % r.choice([8080, 6789]), "management.endpoints.web.exposure.include=health,info",
             "uas.home-icao=%s" % pick(r, AIRPORTS), "uas.mavlink.system-id=%d" % r.randint(1, 250)]
    if c.pub:
        n, pv = c.pubkv("kebab")
        lines.append("%s.%s=%s" % (base, n, pv))
    if c.slot == "url":
        lines.append("%s.url=%s" % (base, c.url()))
    else:
        lines.append("%s.%s=%s" % (base, c.nm("kebab"), c.raw()))
    lines += ["%s.timeout-ms=%d" % (base, r.choice([2000, 5000])), "logging.level.root=INFO"]
    return path, L(lines)


@tpl("github-actions", ("kv", "url"))
def t_gha(c):
    r = c.r
    path = ".github/workflows/%s.yml" % pick(r, ["deploy", "nightly-sitl", "release", "upload-logs", "integration"])
    lines = ["name: %s" % pick(r, ["SITL integration", "Deploy companion image", "Nightly log upload"]), "", "on:",
             "  push:", "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  run:",
             "    runs-on: ubuntu-22.04", "    env:", "      PX4_VERSION: v1.14.%d" % r.randint(0, 3),
             "      HEADLESS: 1"]
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append("      %s: %s" % (n, pv))
    if c.slot == "url":
        lines.append("      %s: %s" % (pick(r, ["UPSTREAM_URL", "SINK_URL", "CONN_STR"]), c.url("gha")))
    else:
        lines.append("      %s: %s" % (c.nm("screaming"), c.raw("gha")))
    lines += ["    steps:", "      - uses: actions/checkout@v4", "      - name: Build", "        run: make px4_sitl_default",
              "      - name: Test", "        run: python3 -m pytest tests/sitl -q"]
    return path, L(lines)


@tpl("shell", ("kv", "url", "header", "arg"), GEN + ("mavphrase",))
def t_shell(c):
    r = c.r
    path = pick(r, ["scripts/%s.sh", "tools/%s.sh", "companion/bin/%s.sh"]) % pick(
        r, ["start_bridge", "sync_logs", "fetch_traffic", "provision", "field_start"])
    lines = ["#!/usr/bin/env bash", "set -euo pipefail", "# %s" % comment_line(r), "",
             'VEHICLE_ID="%s"' % drone_sn(r), 'LOG_DIR="/var/log/uas"']
    if c.sp["cat"] == "mavphrase":
        lines += ['mavproxy.py --master=/dev/ttyTHS1,921600 --out=udp:%s:14550 \\' % host(r),
                  '  --cmd="module load signing; signing setup %s" --daemon' % c.raw()]
        return path, L(lines)
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append('export %s="%s"' % (n, pv))
    if c.slot == "kv":
        lines.append('export %s="%s"' % (c.nm("screaming"), c.raw()) if not isinstance(c.val, Env) else
                     'export %s="${%s:?missing}"' % (c.nm("screaming"), c.envname()))
        lines += ["", 'python3 -m uas_bridge --vehicle "$VEHICLE_ID" --logdir "$LOG_DIR"']
    elif c.slot == "url":
        lines += ["", 'python3 -m uas_bridge --vehicle "$VEHICLE_ID" --sink "%s"' % c.url()]
    elif c.slot == "header":
        lines += ["", 'curl -fsS -H "%s: %s" \\' % (c.sp["header"], c.hraw()),
                  '  "%s/vehicles/${VEHICLE_ID}" | jq .' % c.sp["base"]]
    else:
        lines += ["", 'python3 tools/upload.py "$LOG_DIR" "%s" --retries %d' % (c.raw(), r.randint(2, 5))]
    lines += ['echo "done: $(date -Is)"']
    return path, L(lines)


@tpl("markdown", ("kv", "url", "header"))
def t_markdown(c):
    r = c.r
    path = pick(r, ["notes/runbook.md", "docs/field-setup.md", "README-ops.md", "docs/integrations/%s.md" % c.sp["provider"].lower().replace(" ", "-")])
    lines = ["# %s setup" % c.sp["service"], "", "Field notes for %s (%s)." % (pick(r, SITES), comment_line(r)), "",
             "## Checklist", "", "- [ ] props torqued, battery > %d%%" % r.randint(80, 95),
             "- [ ] GCS linked on udp 14550, sysid %d" % r.randint(1, 20), "- [ ] geofence uploaded", "",
             "## Credentials", ""]
    if c.slot == "header":
        lines += ["```bash", 'curl -H "%s: %s" %s%s' % (c.sp["header"], c.hraw(), c.sp["base"], c.sp["ep"]), "```"]
    elif c.slot == "url":
        lines += ["Connect with:", "", "    %s" % c.url()]
    else:
        if c.pub:
            n, pv = c.pubkv("snake")
            lines.append("- %s: `%s`" % (n, pv))
        lines.append("- %s: `%s`" % (c.nm("snake"), c.raw()))
    lines += ["", "## After flight", "", "Upload the ULog and note tail %s in the log book." % tail(r)]
    return path, L(lines)


@tpl("toml", ("kv", "url"), GEN + ("mavhex", "wifi"))
def t_toml(c):
    r = c.r
    path = pick(r, ["config/companion.toml", "fleet-agent.toml", "deploy/agent/config.toml"])
    lines = ["# %s" % comment_line(r), "[vehicle]", 'id = "%s"' % uuid4(r), 'airframe = "%s"' % pick(r, AIRFRAMES),
             "sysid = %d" % r.randint(1, 250), "", "[mavlink]", 'endpoint = "udp://0.0.0.0:14550"', "", "[%s]" % style(c.sp["provider"].lower().replace("-", " ").replace(".", " ").split(), "snake")]
    if c.pub:
        n, pv = c.pubkv("snake")
        lines.append('%s = "%s"' % (n, pv))
    if c.slot == "url":
        lines.append('url = "%s"' % c.url())
    else:
        lines.append('%s = "%s"' % (c.nm("snake"), c.raw()))
    lines += ["timeout_s = %d" % r.choice([5, 10]), "", "[logging]", 'level = "info"']
    return path, L(lines)


@tpl("json", ("kv", "url"), GEN + ("mavhex", "wifi"))
def t_json(c):
    r = c.r
    path = pick(r, ["config/integrations.json", "companion/config.json", "gcs/settings.json", "fleet/agent.json"])
    integ = {}
    if c.pub:
        n, pv = c.pubkv("camel")
        integ[n] = pv
    if c.slot == "url":
        integ["url"] = c.url()
    else:
        integ[c.nm("camel")] = c.raw()
    integ["enabled"] = True
    d = {"vehicle": {"serial": drone_sn(r), "sysid": r.randint(1, 250), "airframe": pick(r, AIRFRAMES)},
         "telemetry": {"rateHz": r.choice([1, 2, 5]), "topics": [pick(r, ROS_TOPICS), pick(r, ROS_TOPICS)]},
         style(c.sp["provider"].lower().replace("-", " ").replace(".", " ").split(), "camel"): integ,
         "logLevel": "info"}
    return path, json.dumps(d, indent=pick(r, [2, 4])) + "\n"


@tpl("dockerfile", ("kv", "arg"))
def t_dockerfile(c):
    r = c.r
    path = pick(r, ["Dockerfile", "docker/companion.Dockerfile", "deploy/Dockerfile.agent"])
    lines = ["FROM ros:humble-ros-base", "", "RUN apt-get update && apt-get install -y --no-install-recommends \\",
             "    ros-humble-mavros python3-pip && rm -rf /var/lib/apt/lists/*", "", "WORKDIR /opt/agent",
             "COPY . .", "RUN pip3 install -r requirements.txt", "", "ENV ROS_DOMAIN_ID=%d" % r.randint(0, 100)]
    if c.slot == "kv":
        if c.pub:
            n, pv = c.pubkv("screaming")
            lines.append("ENV %s=%s" % (n, pv))
        lines.append("ENV %s=%s" % (c.nm("screaming"), c.raw()) if r.random() < 0.6 else 'ENV %s="%s"' % (c.nm("screaming"), c.raw()))
        lines.append('CMD ["ros2", "launch", "agent", "bringup.launch.py"]')
    else:
        lines.append('CMD ["python3", "agent.py", "--fcu", "udp://:14540", "%s"]' % c.raw())
    return path, L(lines)


@tpl("typescript", ("kv", "header"))
def t_ts(c):
    r = c.r
    path = pick(r, ["web-gcs/src/config.ts", "dashboard/src/api/client.ts", "src/services/traffic.ts"])
    lines = ["import axios from 'axios';", "", "// %s" % comment_line(r),
             "export const HOME_ICAO = '%s';" % pick(r, AIRPORTS)]
    if c.slot == "kv":
        if c.pub:
            n, pv = c.pubkv("camel")
            lines.append("const %s = '%s';" % (n, pv))
        lines.append("const %s = %s;" % (c.nm("camel"), c.q("js", "'")))
        lines += ["", "export const api = axios.create({", "  baseURL: '%s'," % c.sp["base"],
                  "  params: { key: %s }," % c.nm("camel"), "  timeout: %d," % r.choice([3000, 5000]), "});"]
    else:
        lines += ["", "export const api = axios.create({", "  baseURL: '%s'," % c.sp["base"],
                  "  headers: { '%s': %s }," % (c.sp["header"], c.hq("js", "'")), "});"]
    lines += ["", "export async function traffic(lat: number, lon: number) {",
              "  const { data } = await api.get('%s', { params: { lat, lon, radius: %d } });" % (c.sp["ep"], r.randint(5, 50)),
              "  return data;", "}"]
    return path, L(lines)


@tpl("ansible-yaml", ("kv", "url"), GEN + ("wifi",))
def t_ansible(c):
    r = c.r
    path = pick(r, ["ansible/group_vars/drones.yml", "provisioning/host_vars/companion-%02d.yml" % r.randint(1, 30),
                    "ansible/roles/companion/defaults/main.yml"])
    lines = ["---", "companion_user: %s" % pick(r, ["pi", "jetson", "uas"]), "mavlink_router_version: v4",
             "ros_distro: humble", "vehicle_serial: %s" % drone_sn(r)]
    if c.pub:
        n, pv = c.pubkv("snake")
        lines.append("%s: %s" % (n, pv))
    if c.slot == "url":
        lines.append('upstream_url: "%s"' % c.url())
    else:
        lines.append('%s: "%s"' % (c.nm("snake"), c.raw()))
    lines += ["enable_ufw: true", "ssh_port: %d" % r.choice([22, 2222])]
    return path, L(lines)


@tpl("k8s-yaml", ("kv", "url"))
def t_k8s_secret(c):
    r = c.r
    name = pick(r, ["fleet-api", "telemetry-ingest", "dock-gateway"])
    path = pick(r, ["k8s/%s-secret.yaml", "deploy/k8s/base/%s-secrets.yaml"]) % name
    lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s" % name,
             "  namespace: %s" % pick(r, ["uas", "fleet", "prod"]), "  labels:", "    app: %s" % name, "type: Opaque", "stringData:"]
    if c.pub:
        n, pv = c.pubkv("screaming")
        lines.append("  %s: %s" % (n, pv))
    if c.slot == "url":
        lines.append('  %s: "%s"' % (pick(r, ["CONNECTION_URL", "DSN"]), c.url()))
    else:
        lines.append('  %s: "%s"' % (c.nm("screaming"), c.raw()))
    return path, L(lines)


@tpl("nginx-conf", ("header",))
def t_nginx(c):
    r = c.r
    path = pick(r, ["deploy/nginx/conf.d/upstream.conf", "nginx/sites-available/gcs-proxy.conf"])
    lines = ["# proxy so the browser GCS never sees the upstream credentials", "server {", "    listen 80;",
             "    server_name %s;" % pick(r, ["gcs.uas-lab.net", "ops.local", "_"]), "",
             "    location /api/traffic/ {", "        proxy_pass %s/;" % c.sp["base"],
             "        proxy_set_header Host %s;" % c.sp["base"].split("/")[2],
             '        proxy_set_header %s "%s";' % (c.sp["header"], c.hraw()),
             "        proxy_read_timeout %ds;" % r.choice([5, 10, 30]), "    }", "",
             "    location / {", "        root /srv/gcs;", "        try_files $uri /index.html;", "    }", "}"]
    return path, L(lines)


@tpl("python", ("kv",))
def t_rospy_node(c):
    r = c.r
    pkg = pick(r, ["adsb_overlay", "fleet_agent", "wx_monitor"])
    path = "%s/scripts/%s_node.py" % (pkg, pkg)
    v = c.q("py", "'") if not isinstance(c.val, Env) else c.envx("py2")
    lines = ["#!/usr/bin/env python", "import rospy", "from sensor_msgs.msg import NavSatFix", "", "",
             "class Node(object):", "    def __init__(self):",
             "        self.rate = rospy.get_param('~rate', %d)" % r.choice([1, 5]),
             "        self.radius_nm = rospy.get_param('~radius_nm', %d)" % r.randint(5, 30),
             "        self.%s = rospy.get_param('~%s', %s)" % (c.nm("snake"), c.nm("snake"), v),
             "        rospy.Subscriber('%s', NavSatFix, self.on_fix)" % pick(r, ["/mavros/global_position/global", "/gps/fix"]),
             "", "    def on_fix(self, msg):",
             "        rospy.logdebug('fix %.6f %.6f', msg.latitude, msg.longitude)", "", "",
             "if __name__ == '__main__':", "    rospy.init_node('%s')" % pkg, "    Node()", "    rospy.spin()"]
    return path, L(lines)


@tpl("cpp", ("kv",))
def t_ros2_cpp(c):
    r = c.r
    pkg = pick(r, ["traffic_relay", "fleet_agent", "dock_bridge"])
    path = "src/%s/src/%s_node.cpp" % (pkg, pkg)
    v = '"%s"' % c.val if not isinstance(c.val, Env) else 'std::string(std::getenv("%s") ? std::getenv("%s") : "")' % (c.envname(), c.envname())
    lines = ['#include "rclcpp/rclcpp.hpp"', '#include "sensor_msgs/msg/nav_sat_fix.hpp"', "#include <cstdlib>", "",
             "class %sNode : public rclcpp::Node {" % style(pkg.split("_"), "pascal"), " public:",
             "  %sNode() : Node(\"%s\") {" % (style(pkg.split("_"), "pascal"), pkg),
             '    rate_ = declare_parameter<double>("rate_hz", %.1f);' % r.choice([1.0, 5.0, 10.0]),
             '    %s_ = declare_parameter<std::string>("%s", %s);' % (c.nm("snake"), c.nm("snake"), v),
             '    sub_ = create_subscription<sensor_msgs::msg::NavSatFix>("%s", 10,' % pick(r, ["/fmu/out/vehicle_gps_position", "/gps/fix"]),
             "        [this](sensor_msgs::msg::NavSatFix::SharedPtr m) { last_ = *m; });", "  }", "", " private:",
             "  double rate_;", "  std::string %s_;" % c.nm("snake"), "  sensor_msgs::msg::NavSatFix last_;",
             "  rclcpp::Subscription<sensor_msgs::msg::NavSatFix>::SharedPtr sub_;", "};", "",
             "int main(int argc, char** argv) {", "  rclcpp::init(argc, argv);",
             "  rclcpp::spin(std::make_shared<%sNode>());" % style(pkg.split("_"), "pascal"), "  rclcpp::shutdown();", "}"]
    return path, L(lines)


# --- templates tied to a few kinds --------------------------------------------------------
def tpl_only(filetype, slots, kinds):
    def deco(f):
        TEMPLATES.append({"name": f.__name__, "ft": filetype, "slots": slots, "cats": None, "kinds": kinds, "fn": f})
        return f
    return deco


@tpl_only("mosquitto-conf", ("kv",), ("broker_password",))
def t_mosquitto_bridge(c):
    r = c.r
    path = pick(r, ["mosquitto/config/mosquitto.conf", "deploy/mosquitto/bridge.conf", "dock/mosquitto.conf"])
    lines = ["# local broker on the dock, bridged to the fleet broker", "listener 1883 0.0.0.0",
             "allow_anonymous false", "password_file /mosquitto/config/passwd", "persistence true", "",
             "connection fleet-bridge", "address %s:%d" % (pick(r, ["mqtt.fleet.internal", "broker.uas-lab.net"]), r.choice([1883, 8883])),
             "topic thing/product/+/osd out 1", "topic thing/product/+/services in 1",
             "remote_username %s" % (c.pub[1] if c.pub else "dock-gw"),
             "%s %s" % ("remote_password", c.raw()), "bridge_protocol_version mqttv311", "cleansession false"]
    return path, L(lines)


@tpl_only("rtklib-conf", ("url",), ("caster_password",))
def t_rtklib(c):
    r = c.r
    path = pick(r, ["rtk/rtkrcv.conf", "companion/rtk/str2str.conf", "config/rtkbase.conf"])
    lat, lon = latlon(r)
    v = c.raw()
    lines = ["# rtkrcv options (%s)" % comment_line(r), "pos1-posmode      =kinematic", "pos1-frequency    =l1+l2",
             "pos1-elmask       =15", "ant2-postype      =llh", "ant2-pos1         =%s" % lat, "ant2-pos2         =%s" % lon,
             "inpstr1-type      =serial", "inpstr1-path      =ttyACM0:115200:8:n:1:off", "inpstr1-format    =ubx",
             "inpstr2-type      =ntripcli",
             "inpstr2-path      =rtkbase07:%s@%s:2101/%s" % (v, pick(r, ["rtk2go.com", "caster.emlid.com", "ntrip.uas-lab.net"]), pick(r, ["NEAR_BASE", "QUARRY7", "BASE_A"])),
             "inpstr2-format    =rtcm3", "outstr1-type      =tcpsvr", "outstr1-path      =:9001", "outstr1-format    =nmea"]
    return path, L(lines)


@tpl_only("hostapd-conf", ("kv",), ("wifi_passphrase",))
def t_hostapd(c):
    r = c.r
    path = pick(r, ["image/rootfs/etc/hostapd/hostapd.conf", "companion/network/hostapd.conf"])
    lines = ["interface=wlan0", "driver=nl80211", "ssid=%s-%s" % (pick(r, ["UAS", "Companion", "Hexa"]), rs(r, UPPER + DIGITS, 4)),
             "hw_mode=%s" % pick(r, ["g", "a"]), "channel=%d" % r.choice([1, 6, 11, 36, 149]), "country_code=%s" % pick(r, ["US", "DE", "AU", "GB"]),
             "wmm_enabled=1", "macaddr_acl=0", "auth_algs=1", "ignore_broadcast_ssid=0", "wpa=2",
             "wpa_passphrase=%s" % c.raw(), "wpa_key_mgmt=WPA-PSK", "rsn_pairwise=CCMP"]
    return path, L(lines)


@tpl_only("wpa-supplicant", ("kv",), ("wifi_passphrase",))
def t_wpa(c):
    r = c.r
    path = pick(r, ["image/boot/wpa_supplicant.conf", "companion/network/wpa_supplicant.conf"])
    lines = ["ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev", "update_config=1", "country=%s" % pick(r, ["US", "DE", "NL"]), "",
             "network={", '    ssid="%s"' % pick(r, ["hangar-ops", "FieldLTE-%d" % r.randint(10, 99), "GCS-Tablet"]),
             '    psk="%s"' % c.raw(), "    key_mgmt=WPA-PSK", "    priority=%d" % r.randint(1, 5), "}"]
    return path, L(lines)


@tpl_only("ardupilot-params", ("kv",), ("wifi_passphrase",))
def t_esp_params(c):
    r = c.r
    path = pick(r, ["params/esp8266_bridge.parm", "config/wifi_telem.params"])
    lines = ["# mavesp8266 telemetry bridge parameters (dumped with MAVProxy)", "DEBUG_ENABLED    0",
             "WIFI_CHANNEL     %d" % r.choice([1, 6, 11]), "WIFI_UDP_CPORT   14555", "WIFI_UDP_HPORT   14550",
             "UART_BAUDRATE    921600", "WIFI_MODE        0",
             "WIFI_SSID        %s" % pick(r, ["PixRacer", "ArduCopterAP", "QuadTelem"]),
             "WIFI_PASSWORD    %s" % c.raw(), "WIFI_IPADDRESS   %d" % r.randint(16777216, 4294967295)]
    return path, L(lines)


@tpl_only("python", ("kv", "arg"), ("signing_key_hex",))
def t_pymavlink_sign(c):
    r = c.r
    path = pick(r, ["companion/mav_sign.py", "tools/enable_signing.py", "src/gcs_link/signing.py"])
    lines = ["from pymavlink import mavutil", "import os", "import time", "",
             'conn = mavutil.mavlink_connection("%s", source_system=%d)' % (pick(r, ["udpin:0.0.0.0:14550", "/dev/ttyTHS1", "tcp:127.0.0.1:5760"]), r.randint(200, 255)),
             "conn.wait_heartbeat()"]
    if c.slot == "kv":
        lines.append("%s = %s" % (c.nm("snake"), ('bytes.fromhex("%s")' % c.val) if not isinstance(c.val, Env) else 'bytes.fromhex(%s)' % c.envx("py")))
        lines.append("conn.setup_signing(%s, sign_outgoing=True)" % c.nm("snake"))
    else:
        lines.append('conn.setup_signing(bytes.fromhex(%s), sign_outgoing=True, initial_timestamp=None)' % c.q("py"))
    lines += ["print('signing enabled on link', conn.mav.signing.link_id)", "while True:",
              "    msg = conn.recv_match(type='HEARTBEAT', blocking=True, timeout=5)",
              "    if msg is None:", "        print('no heartbeat')", "    time.sleep(1)"]
    return path, L(lines)


@tpl_only("mavproxy-script", ("arg",), ("signing_passphrase",))
def t_mavinit(c):
    r = c.r
    path = pick(r, [".mavinit.scr", "gcs/mavinit.scr", "companion/mavproxy/mavinit.scr"])
    lines = ["set moddebug 0", "module load %s" % pick(r, ["console", "map", "horizon"]), "module load signing",
             "signing setup %s" % c.raw(), "output add %s:14550" % host(r), "set heartbeat %d" % r.choice([1, 2])]
    return path, L(lines)


@tpl_only("kml", ("url",), ("secret_access_token",))
def t_kml(c):
    r = c.r
    path = pick(r, ["missions/%s/overlay.kml", "survey/%s/basemap.kml"]) % pick(r, SITES)
    lat, lon = latlon(r)
    v = c.url().replace("&", "&amp;")
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
             "  <name>%s</name>" % pick(r, SITES), "  <NetworkLink>", "    <name>basemap</name>", "    <Link>",
             "      <href>%s</href>" % v, "      <refreshMode>onInterval</refreshMode>", "    </Link>", "  </NetworkLink>",
             "  <Placemark>", "    <name>Home</name>", "    <Point><coordinates>%s,%s,0</coordinates></Point>" % (lon, lat),
             "  </Placemark>", "</Document>", "</kml>"]
    return path, L(lines)


@tpl_only("spring-yaml", ("kv",), ("cloud_api_app_key", "cloud_api_app_license", "broker_password"))
def t_dji_cloud_yml(c):
    r = c.r
    path = pick(r, ["sample/src/main/resources/application.yml", "src/main/resources/application-dock.yml"])
    lines = ["server:", "  port: 6789", "", "spring:", "  redis:", "    host: localhost", "    port: 6379", "",
             "mqtt:", "  BASIC:", "    protocol: MQTT", "    host: %s" % host(r), "    port: 1883",
             "    username: %s" % (c.pub[1] if c.sp["kind"] == "broker_password" and c.pub else "JavaServer")]
    if c.sp["kind"] == "broker_password":
        lines.append("    password: %s" % c.raw())
    else:
        lines.append("    password: ${MQTT_PASSWORD}")
    lines += ["    client-id: %d" % r.randint(100000, 999999), "    path:", "", "cloud-api:", "  app:"]
    if c.sp["kind"] == "broker_password":
        lines += ["    id: ${DJI_APP_ID}", "    key: ${DJI_APP_KEY}", "    license: ${DJI_APP_LICENSE}"]
    else:
        lines.append("    id: %s" % c.pub[1])
        lines.append("    key: %s" % (c.raw() if c.sp["kind"] == "cloud_api_app_key" else "${DJI_APP_KEY}"))
        lines.append("    license: %s" % (c.raw() if c.sp["kind"] == "cloud_api_app_license" else "${DJI_APP_LICENSE}"))
    lines += ["", "ntp:", "  server:", "    host: %s" % pick(r, ["time.windows.com", "pool.ntp.org"])]
    return path, L(lines)


@tpl_only("python", ("arg", "kv"), ("private_api_key",))
def t_roboflow_py(c):
    r = c.r
    path = pick(r, ["perception/landing_pad.py", "companion/detect_pads.py", "src/vision/infer.py"])
    if c.slot == "arg":
        ctor = "rf = Roboflow(%s)" % c.q("py")
    else:
        ctor = "rf = Roboflow(api_key=%s)" % c.q("py")
    lines = ["import cv2", "from roboflow import Roboflow", "",
             "CAM = %s" % pick(r, ['"rtsp://192.168.144.25:8554/main.264"', "0", '"/dev/video2"']), "",
             ctor, 'project = rf.workspace("%s").project("%s")' % (pick(r, ["uas-lab", "rotorworks"]), pick(r, ["landing-pads", "helipad-detect"])),
             "model = project.version(%d).model" % r.randint(1, 9), "", "cap = cv2.VideoCapture(CAM)",
             "while cap.isOpened():", "    ok, frame = cap.read()", "    if not ok:", "        break",
             "    preds = model.predict(frame, confidence=%d, overlap=30).json()" % r.choice([40, 50, 60]),
             '    print(len(preds["predictions"]), "pads")']
    return path, L(lines)


# ---------------------------------------------------------------------------
# negative fillers for the secret slot
# ---------------------------------------------------------------------------
def neg_value(r, sp, slot="kv"):
    """Returns (value, negative-kind). Never a real-looking secret."""
    envn = style(pick(r, sp["words"]), "screaming")
    low = envn.lower()
    fakes = sp["fakes"](r)
    if slot == "url":
        opts = ["env", "env", "placeholder", "placeholder", "masked"]
    else:
        opts = ["env", "env", "placeholder", "placeholder", "placeholder", "masked", "masked", "manager", "manager", "empty"]
    if fakes:
        opts += ["fake", "fake", "fake"]
    k = pick(r, opts)
    if k == "env":
        return Env(envn), "env_reference"
    if k == "placeholder":
        return pick(r, ["<%s>" % envn, "YOUR_%s" % envn, "your-%s-here" % low.replace("_", "-"), "changeme", "REPLACE_ME",
                        "x" * r.choice([16, 24, 32]), "TODO", "<redacted>", "<insert %s>" % low.replace("_", " "),
                        "%s_GOES_HERE" % envn, "dummy", "not-set"]), "placeholder"
    if k == "masked":
        real = sp["gen"](r)
        keep = 4 if len(real) > 12 else 0
        return pick(r, [real[:keep] + "*" * r.choice([8, 12, 20]), "********", real[:keep] + "\u2026" + "****",
                        "[REDACTED]", "***"]), "masked"
    if k == "manager":
        return pick(r, ["vault:secret/data/uas/%s#value" % low,
                        "arn:aws:secretsmanager:%s:%d:secret:uas/%s" % (pick(r, ["us-east-1", "eu-central-1"]), r.randint(10 ** 11, 10 ** 12 - 1), low.replace("_", "-")),
                        "op://Fleet/%s/credential" % low.replace("_", "-"),
                        "projects/uas-prod/secrets/%s/versions/latest" % low.replace("_", "-"),
                        "{{ vault_%s }}" % low, "${file:/run/secrets/%s}" % low,
                        "ref+sops://secrets.enc.yaml#/%s" % low]), "secret_manager_reference"
    if k == "empty":
        return "", "empty"
    return pick(r, fakes), "documented_example_or_public"


# ---------------------------------------------------------------------------
# domain look-alike negatives (no secret slot at all)
# ---------------------------------------------------------------------------
NEG_TEMPLATES = []


def ntpl(filetype, provider, kind):
    def deco(f):
        NEG_TEMPLATES.append({"name": f.__name__, "ft": filetype, "provider": provider, "kind": kind, "fn": f})
        return f
    return deco


@ntpl("px4-params", "PX4", "firmware_git_revision")
def n_px4_params(r):
    sysid = r.randint(1, 20)
    rows = [("MAV_SYS_ID", sysid, 6), ("MAV_COMP_ID", 1, 6), ("MAV_PROTO_VER", 2, 6), ("SYS_AUTOSTART", r.choice([4001, 4014, 13000]), 6),
            ("MPC_XY_VEL_MAX", round(r.uniform(5, 12), 6), 9), ("MIS_TAKEOFF_ALT", round(r.uniform(2.5, 10), 6), 9),
            ("RTL_RETURN_ALT", round(r.uniform(30, 80), 6), 9), ("COM_RC_LOSS_T", 0.5, 9), ("EKF2_GPS_CHECK", 245, 6),
            ("SYS_HITL", 0, 6), ("UXRCE_DDS_KEY", r.randint(1, 4), 6), ("MAV_0_CONFIG", 101, 6), ("SER_TEL1_BAUD", 57600, 6)]
    lines = ["# Onboard parameters for Vehicle %d" % sysid, "#", "# Stack: PX4 Pro", "# Vehicle: Multi-Rotor",
             "# Version: 1.14.%d dev" % r.randint(0, 3), "# Git Revision: %s" % gitsha(r)[:16], "#",
             "# Vehicle-Id Component-Id Name Value Type"]
    for n, v, t in rows:
        lines.append("%d\t1\t%s\t%s\t%d" % (sysid, n, v, t))
    return "params/%s.params" % pick(r, AIRFRAMES), L(lines)


@ntpl("ardupilot-params", "ArduPilot", "mavlink_sysid")
def n_ap_params(r):
    lines = ["# ArduCopter V4.%d.%d (%s)" % (r.randint(3, 5), r.randint(0, 7), gitsha(r)[:8]),
             "# board %s serial %s" % (pick(r, ["CubeOrange", "Pixhawk6X", "MatekH743"]), rs(r, HEX.upper(), 24)),
             "SYSID_THISMAV,%d" % r.randint(1, 250), "SYSID_MYGCS,255", "SERIAL1_PROTOCOL,2", "SERIAL1_BAUD,57",
             "SERIAL2_PROTOCOL,%d" % r.choice([2, 5, 45]), "FENCE_ENABLE,1", "FENCE_RADIUS,%d" % r.randint(100, 800),
             "RTL_ALT,%d" % r.randint(1500, 6000), "BRD_SERIAL_NUM,%d" % r.randint(1, 2 ** 31), "LOG_BITMASK,176126",
             "MNT1_TYPE,%d" % r.choice([0, 6, 8]), "CAN_D1_UC_NODE,10", "BATT_CAPACITY,%d" % r.choice([5200, 10000, 16000])]
    return "params/%s.param" % pick(r, ["copter_hexa", "quad_survey", "vtol"]), L(lines)


@ntpl("qgc-plan-json", "QGroundControl", "mission_hash")
def n_plan(r):
    lat, lon = latlon(r)
    items = []
    for i in range(r.randint(3, 6)):
        items.append({"autoContinue": True, "command": 16 if i else 22, "doJumpId": i + 1, "frame": 3,
                      "params": [0, 0, 0, None, round(lat + r.uniform(-0.003, 0.003), 7), round(lon + r.uniform(-0.003, 0.003), 7), r.choice([30, 40, 50])],
                      "type": "SimpleItem"})
    d = {"fileType": "Plan", "groundStation": "QGroundControl", "version": 1,
         "geoFence": {"circles": [], "polygons": [], "version": 2},
         "mission": {"cruiseSpeed": 15, "firmwareType": r.choice([3, 12]), "hoverSpeed": 5, "items": items,
                     "plannedHomePosition": [lat, lon, r.randint(10, 400)], "vehicleType": 2, "version": 2},
         "rallyPoints": {"points": [], "version": 2},
         "x-uaslab": {"missionHash": sha256(r), "opaqueId": r.randint(1, 2 ** 32 - 1), "site": pick(r, SITES),
                      "crc32": "%08x" % r.randint(0, 2 ** 32 - 1)}}
    txt = json.dumps(d, indent=4)
    txt = re.sub(r"\[\s*([^\[\]{}]*?)\s*\]", lambda m: "[" + re.sub(r"\s*\n\s*", " ", m.group(1)) + "]", txt)
    return "missions/%s.plan" % pick(r, SITES), txt + "\n"


@ntpl("kml", "ADS-B", "icao24")
def n_kml_track(r):
    lat, lon = latlon(r)
    pm = []
    for _ in range(r.randint(2, 4)):
        ic = icao24(r)
        pm += ["  <Placemark>", "    <name>%s %s</name>" % (flight_no(r), tail(r)),
               "    <ExtendedData><Data name=\"icao24\"><value>%s</value></Data>" % ic,
               "      <Data name=\"squawk\"><value>%04d</value></Data></ExtendedData>" % r.randint(1000, 7777),
               "    <Point><coordinates>%s,%s,%d</coordinates></Point>" % (round(lon + r.uniform(-0.2, 0.2), 6), round(lat + r.uniform(-0.2, 0.2), 6), r.randint(300, 11000)),
               "  </Placemark>"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<kml xmlns="http://www.opengis.net/kml/2.2">', "<Document>",
             "  <name>traffic snapshot %d</name>" % epoch(r), pm, "</Document>", "</kml>"]
    return "data/traffic/%s.kml" % pick(r, SITES), L(lines)


@ntpl("json", "ADS-B Exchange", "icao24")
def n_adsb_fixture(r):
    ac = []
    for _ in range(r.randint(2, 5)):
        lat, lon = latlon(r)
        ac.append({"hex": icao24(r), "type": "adsb_icao", "flight": flight_no(r).ljust(8), "r": tail(r),
                   "t": pick(r, ["A320", "B738", "C172", "E75L", "PC12"]), "alt_baro": r.randint(500, 39000),
                   "gs": round(r.uniform(80, 480), 1), "squawk": "%04d" % r.randint(1000, 7777), "lat": lat, "lon": lon,
                   "seen": round(r.uniform(0, 5), 1), "rssi": round(r.uniform(-30, -5), 1)})
    d = {"now": epoch(r) * 1000, "total": len(ac), "ac": ac, "ctime": epoch(r) * 1000, "ptime": r.randint(5, 80)}
    return "tests/fixtures/adsbx_%s.json" % pick(r, ["sample", "v2_response", "traffic"]), json.dumps(d, indent=2) + "\n"


@ntpl("json", "FlightAware", "flight_id")
def n_fa_fixture(r):
    fl = []
    for _ in range(r.randint(2, 4)):
        fl.append({"ident": flight_no(r), "fa_flight_id": fa_flight_id(r), "registration": tail(r),
                   "origin": {"code": pick(r, AIRPORTS)}, "destination": {"code": pick(r, AIRPORTS)},
                   "aircraft_type": pick(r, ["A20N", "B38M", "B789"]), "inbound_fa_flight_id": fa_flight_id(r)})
    d = {"flights": fl, "links": None, "num_pages": 1}
    return "tests/fixtures/aeroapi_flights.json", json.dumps(d, indent=2) + "\n"


@ntpl("json", "PX4", "firmware_digest")
def n_fw_manifest(r):
    d = {"format_version": 1, "build_time": epoch(r), "git_identity": "v1.14.%d-%d-g%s" % (r.randint(0, 3), r.randint(1, 90), gitsha(r)[:9]),
         "git_hash": gitsha(r), "board_id": r.choice([9, 50, 53, 56]), "image_size": r.randint(1500000, 2000000),
         "artifacts": [{"name": "px4_fmu-v6c_default.px4", "sha256": sha256(r)},
                       {"name": "companion-image-%s.img.xz" % pick(r, ["2024.05", "2024.11"]), "sha256": sha256(r)}],
         "signature_algorithm": "none"}
    return pick(r, ["firmware/manifest.json", "release/artifacts.json"]), json.dumps(d, indent=2) + "\n"


@ntpl("checksums", "Companion image", "firmware_digest")
def n_sha256sums(r):
    lines = ["%s  %s" % (sha256(r), n) for n in ["px4_fmu-v6c_default.px4", "arducopter.apj", "companion-rootfs.img.xz",
                                                  "mavlink-router_4.0_arm64.deb", "uas-bridge-%d.%d.tar.gz" % (r.randint(1, 3), r.randint(0, 9))]]
    return pick(r, ["release/SHA256SUMS", "firmware/SHA256SUMS.txt"]), L(lines)


@ntpl("fleet-yaml", "Fleet manager", "robot_uuid")
def n_fleet_registry(r):
    lines = ["# fleet registry - ids are public identifiers, not credentials", "robots:"]
    for _ in range(r.randint(3, 6)):
        lines += ["  - id: %s" % uuid4(r), "    serial: %s" % drone_sn(r),
                  "    model: %s" % pick(r, ["Matrice 350 RTK", "Mavic 3 Enterprise", "Skydio X10", "Clearpath Husky", "Spot"]),
                  "    mac: %s" % ":".join(rs(r, HEX, 2) for _ in range(6)),
                  "    mavlink_sysid: %d" % r.randint(1, 250), "    home_site: %s" % pick(r, SITES)]
    return pick(r, ["fleet/robots.yaml", "config/fleet_registry.yml"]), L(lines)


@ntpl("ros-params-yaml", "Foxglove", "ros_topic")
def n_foxglove_bridge(r):
    tops = [pick(r, ROS_TOPICS) for _ in range(4)]
    lines = ["foxglove_bridge:", "  ros__parameters:", "    port: 8765", '    address: "0.0.0.0"', "    tls: false",
             '    certfile: ""', '    keyfile: ""', "    topic_whitelist:"] + ['      - "%s"' % t for t in tops] + [
             '    param_whitelist: [".*"]', "    send_buffer_limit: %d" % r.choice([10000000, 50000000]),
             "    use_compression: %s" % pick(r, ["true", "false"]), "    capabilities: [clientPublish, parameters, services]"]
    return "config/foxglove_bridge.yaml", L(lines)


@ntpl("android-strings", "Ground station app", "i18n")
def n_strings(r):
    lang = pick(r, ["de", "fr", "es"])
    tr = {"de": ("Passwort", "API-Schlüssel", "Token abgelaufen", "WLAN-Passwort"),
          "fr": ("Mot de passe", "Clé API", "Jeton expiré", "Mot de passe Wi-Fi"),
          "es": ("Contraseña", "Clave de API", "Token caducado", "Contraseña de Wi-Fi")}[lang]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>", '    <string name="app_name">Pilot</string>',
             '    <string name="password">%s</string>' % tr[0], '    <string name="api_key_hint">%s</string>' % tr[1],
             '    <string name="token_expired">%s</string>' % tr[2], '    <string name="wifi_password">%s</string>' % tr[3],
             '    <string name="mavlink_signing_key_label">Signing key</string>',
             '    <string name="secret_key_length_error">Key must be 32 bytes (64 hex chars)</string>', "</resources>"]
    return "app/src/main/res/values-%s/strings.xml" % lang, L(lines)


@ntpl("python", "MAVLink", "test_vector")
def n_mav_test(r):
    lines = ['"""Signing round-trip tests. Keys here are the pymavlink example / all-zero test keys."""',
             "import pytest", "from pymavlink.dialects.v20 import common as mavlink", "", "",
             "TEST_KEY = b\"\\x2a\" * 32  # pymavlink example key (chr(42) * 32)", "DISABLE_KEY = bytes(32)  # all zeros disables signing",
             "LINK_ID = %d" % r.randint(0, 3), "", "", "def make(key):", "    mav = mavlink.MAVLink(None, srcSystem=%d)" % r.randint(1, 20),
             "    mav.signing.secret_key = key", "    mav.signing.link_id = LINK_ID", "    mav.signing.sign_outgoing = True",
             "    return mav", "", "", "def test_crc_extra():", "    assert mavlink.MAVLink_heartbeat_message.crc_extra == 50", "", "",
             "@pytest.mark.parametrize('key', [TEST_KEY])", "def test_signature_length(key):",
             "    msg = make(key).heartbeat_encode(2, 12, 0, 0, 4)", "    buf = msg.pack(make(key))",
             "    assert len(buf) == 12 + 9 + 2 + 13"]
    return "tests/test_signing.py", L(lines)


@ntpl("csv", "DJI", "drone_serial")
def n_flight_csv(r):
    sn = drone_sn(r)
    lat, lon = latlon(r)
    lines = ["flight_id,aircraft_sn,rc_sn,start_utc,duration_s,max_alt_m,home_lat,home_lon,battery_sn"]
    for _ in range(r.randint(4, 8)):
        lines.append("%s,%s,%s,%d,%d,%.1f,%.6f,%.6f,%s" % (uuid4(r)[:8], sn, drone_sn(r), epoch(r), r.randint(120, 2400),
                                                          r.uniform(20, 120), lat, lon, rs(r, UPPER + DIGITS, 14)))
    return pick(r, ["data/flight_records.csv", "reports/%s_flights.csv" % pick(r, SITES)]), L(lines)


@ntpl("dotenv", "Template", "placeholder")
def n_env_example(r):
    lines = ["# Copy to .env and fill in. Never commit the real file.", "AEROAPI_KEY=", "OPENSKY_CLIENT_ID=",
             "OPENSKY_CLIENT_SECRET=<from opensky account page>", "MAPBOX_ACCESS_TOKEN=pk.your-public-token",
             "FOXGLOVE_API_KEY=fox_sk_...", "DJI_APP_ID=", "DJI_APP_KEY=your_app_key", "MQTT_PASSWORD=changeme",
             "DATABASE_URL=postgresql://missions:<password>@localhost:5432/missions",
             "RAPIDAPI_KEY=<your-rapidapi-key>", "HOME_ICAO=%s" % pick(r, AIRPORTS)]
    return pick(r, [".env.example", ".env.sample", "deploy/.env.template"]), L(lines)


@ntpl("markdown", "Docs", "doc_example")
def n_doc_examples(r):
    lines = ["# Configuring alerts and log upload", "",
             "The examples below use the providers' published dummy values; replace them with your own in the vault.", "",
             "```ini", "[default]", "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
             "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "```", "",
             "Slack incoming webhook (format only):", "",
             "    https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", "",
             "Telegram bot token from BotFather looks like `123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11`.", "",
             "AeroAPI calls send the header `x-apikey: <your key>`."]
    return pick(r, ["docs/alerts.md", "docs/log-upload.md"]), L(lines)


@ntpl("sops-yaml", "SOPS", "ciphertext")
def n_sops(r):
    def enc(n):
        return "ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]" % (base64.b64encode(rbytes(r, n)).decode(),
                                                                  base64.b64encode(rbytes(r, 32)).decode(),
                                                                  base64.b64encode(rbytes(r, 16)).decode())
    lines = ["aeroapi_key: %s" % enc(24), "mqtt_password: %s" % enc(14), "sops:", "    kms: []", "    age:",
             "        - recipient: age1%s" % rs(r, "qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58),
             "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----"] + [
             "            " + base64.b64encode(rbytes(r, 48)).decode() for _ in range(4)] + [
             "            -----END AGE ENCRYPTED FILE-----", "    lastmodified: \"2024-%02d-%02dT10:11:12Z\"" % (r.randint(1, 12), r.randint(1, 28)),
             "    mac: %s" % enc(32), "    version: 3.8.1"]
    return pick(r, ["deploy/secrets.enc.yaml", "k8s/overlays/prod/secrets.sops.yaml"]), L(lines)


@ntpl("kotlin", "Mapbox", "public_token")
def n_mapbox_public(r):
    pk = g_mapbox("pk")(r)
    lines = ["package com.uaslab.pilot.map", "", "import com.mapbox.common.MapboxOptions", "",
             "// Public (pk.) token: URL/app restricted, meant to ship inside the app.",
             "object MapConfig {", '    const val PUBLIC_TOKEN = "%s"' % pk,
             '    const val STYLE = "mapbox://styles/mapbox/satellite-streets-v12"',
             "    fun init() { MapboxOptions.accessToken = PUBLIC_TOKEN }", "}"]
    return "app/src/main/java/com/uaslab/pilot/map/MapConfig.kt", L(lines)


@ntpl("javascript", "Roboflow", "publishable_key")
def n_roboflow_pub(r):
    lines = ["// inferencejs runs in the browser GCS; only the publishable key belongs here", "import { InferenceEngine } from 'inferencejs';", "",
             "const PUBLISHABLE_KEY = 'rf_%s';" % mixed(r, ALNUM, 28), "const engine = new InferenceEngine();", "",
             "export async function startWorker() {",
             "  return engine.startWorker('%s', %d, PUBLISHABLE_KEY);" % (pick(r, ["landing-pads", "helipad-detect"]), r.randint(1, 9)), "}"]
    return "web-gcs/src/vision/worker.js", L(lines)


@ntpl("tlog-dump", "MAVLink", "mavlink_signature")
def n_tlog(r):
    lines = ["# mavlogdump.py --types HEARTBEAT,SYSTEM_TIME --show-source flight.tlog (signed link)"]
    t = epoch(r)
    for i in range(r.randint(5, 9)):
        lines.append("%d.%03d: HEARTBEAT {type : 2, autopilot : 12, base_mode : 157, custom_mode : %d, system_status : 4} srcSystem=%d link_id=1 sig=%s" % (
            t + i, r.randint(0, 999), r.randint(0, 2 ** 24), r.randint(1, 10), rs(r, HEX, 12)))
    return "logs/%s_heartbeat.txt" % pick(r, SITES), L(lines)


@ntpl("android-xml", "Android", "cert_pin")
def n_pins(r):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<network-security-config>", "    <domain-config>",
             '        <domain includeSubdomains="true">api.example-uas.net</domain>',
             '        <pin-set expiration="%d-01-01">' % r.randint(2026, 2028),
             '            <pin digest="SHA-256">%s</pin>' % base64.b64encode(rbytes(r, 32)).decode(),
             '            <pin digest="SHA-256">%s</pin>' % base64.b64encode(rbytes(r, 32)).decode(),
             "        </pin-set>", "    </domain-config>", "</network-security-config>"]
    return "app/src/main/res/xml/network_security_config.xml", L(lines)


@ntpl("github-actions", "GitHub Actions", "secret_reference")
def n_gha_refs(r):
    lines = ["name: upload-flight-logs", "on:", "  schedule:", "    - cron: '%d 3 * * *'" % r.randint(0, 59), "jobs:",
             "  upload:", "    runs-on: ubuntu-latest", "    steps:", "      - uses: actions/checkout@v4",
             "      - uses: aws-actions/configure-aws-credentials@v4", "        with:",
             "          role-to-assume: arn:aws:iam::%d:role/uas-log-uploader" % r.randint(10 ** 11, 10 ** 12 - 1),
             "          aws-region: us-west-2", "      - run: python3 tools/upload_logs.py", "        env:",
             "          AEROAPI_KEY: ${{ secrets.AEROAPI_KEY }}", "          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}",
             "          FOXGLOVE_API_KEY: ${{ secrets.FOXGLOVE_API_KEY }}"]
    return ".github/workflows/upload-logs.yml", L(lines)


@ntpl("systemd", "systemd", "secret_reference")
def n_systemd_creds(r):
    lines = ["[Unit]", "Description=Fleet agent", "After=network-online.target", "", "[Service]",
             "EnvironmentFile=-/etc/uas/agent.env", "LoadCredential=aeroapi_key:/etc/credstore/aeroapi_key",
             "LoadCredential=mqtt_password:/etc/credstore/mqtt_password",
             "ExecStart=/opt/fleet-agent/bin/agent --key-file ${CREDENTIALS_DIRECTORY}/aeroapi_key --sysid %d" % r.randint(1, 20),
             "DynamicUser=yes", "Restart=always", "", "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/fleet-agent.service", L(lines)


@ntpl("remote-id-json", "Remote ID", "drone_serial")
def n_remoteid(r):
    mfr = rs(r, UPPER + DIGITS, 4)
    ser = rs(r, UPPER + DIGITS, r.randint(8, 15))
    d = {"uas_id_type": "serial_number", "uas_id": mfr + "%X" % len(ser) + ser,
         "faa_registration": "FA3" + rs(r, UPPER + DIGITS, 7), "operator_id": "USA%s" % rs(r, UPPER + DIGITS, 12),
         "ua_type": "helicopter_or_multirotor", "broadcast": {"bt5": True, "wifi_nan": True},
         "self_id": "Survey %s" % pick(r, SITES)}
    return "config/remote_id.json", json.dumps(d, indent=2) + "\n"


@ntpl("log", "Companion", "masked")
def n_masked_log(r):
    t = epoch(r)
    lines = []
    for i, m in enumerate(["starting fleet-agent %d.%d.%d" % (r.randint(1, 3), r.randint(0, 9), r.randint(0, 9)),
                           "config: aeroapi_key=**** (len=32) mqtt_password=******** foxglove_api_key=fox_sk_****",
                           "GET https://aeroapi.flightaware.com/aeroapi/flights/%s headers={'x-apikey': '[REDACTED]'} -> 200" % flight_no(r),
                           "mqtt connected as dock-gw (password: <hidden>)",
                           "vehicle %s sysid=%d armed" % (drone_sn(r), r.randint(1, 20))]):
        lines.append("2024-%02d-%02dT%02d:%02d:%02dZ INFO %s" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), i, m))
    return "logs/agent-%d.log" % t, L(lines)


@ntpl("dvc-lock", "DVC", "md5_digest")
def n_dvc(r):
    lines = ["schema: '2.0'", "stages:"]
    for st in ["extract_ulogs", "detect_pads", "report"][:r.randint(2, 3)]:
        lines += ["  %s:" % st, "    cmd: python3 pipeline/%s.py" % st, "    deps:",
                  "    - path: data/ulog/%s" % pick(r, SITES), "      md5: %s.dir" % rs(r, HEX, 32),
                  "      size: %d" % r.randint(10 ** 6, 10 ** 9), "      nfiles: %d" % r.randint(3, 200), "    outs:",
                  "    - path: data/derived/%s.parquet" % st, "      md5: %s" % rs(r, HEX, 32), "      size: %d" % r.randint(10 ** 4, 10 ** 7)]
    return pick(r, ["dvc.lock", "analysis/dvc.lock"]), L(lines)


@ntpl("requirements", "pip", "package_hash")
def n_requirements(r):
    lines = ["# generated by pip-compile --generate-hashes"]
    for pkg, ver in [("pymavlink", "2.4.41"), ("mavsdk", "2.1.0"), ("requests", "2.31.0"), ("paho-mqtt", "1.6.1")]:
        lines += ["%s==%s \\" % (pkg, ver), "    --hash=sha256:%s \\" % sha256(r), "    --hash=sha256:%s" % sha256(r)]
    return "companion/requirements.txt", L(lines)


@ntpl("cpp-header", "MAVLink", "crc_constants")
def n_cpp_consts(r):
    lines = ["#pragma once", "#include <array>", "#include <cstdint>", "", "// CRC_EXTRA seeds for the custom dialect (generated)",
             "constexpr std::array<uint8_t, 6> kCrcExtra = {%s};" % ", ".join("0x%02X" % r.randint(0, 255) for _ in range(6)),
             "constexpr uint32_t kDialectHash = 0x%08X;" % r.randint(0, 2 ** 32 - 1),
             'constexpr char kDialectSha[] = "%s";' % sha256(r), "constexpr uint8_t kMagicV2 = 0xFD;",
             "constexpr uint16_t kX25Init = 0xFFFF;", 'constexpr char kSigningKeyFile[] = "/fs/microsd/mavlink/key";']
    return "include/uas/dialect_consts.hpp", L(lines)


@ntpl("ros-launch-xml", "ROS", "robot_uuid")
def n_launch_ids(r):
    lines = ["<launch>", "  <!-- ids below are public robot identifiers -->"]
    for i in range(r.randint(2, 4)):
        lines += ['  <group ns="uav%d">' % (i + 1), '    <param name="robot_uuid" value="%s" />' % uuid4(r),
                  '    <param name="tgt_system" value="%d" />' % (i + 1),
                  '    <include file="$(find mavros)/launch/px4.launch"><arg name="fcu_url" value="udp://:%d@127.0.0.1:%d" /></include>' % (14540 + i, 14580 + i),
                  "  </group>"]
    lines.append("</launch>")
    return "launch/multi_uav.launch", L(lines)


@ntpl("jupyter", "OpenSky", "icao24")
def n_nb_opensky(r):
    ics = [icao24(r) for _ in range(3)]
    nb = {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Anonymous OpenSky pull (no credentials needed)"]},
                    {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                     "source": ["import requests\n", "ICAO = %s\n" % json.dumps(ics),
                                "r = requests.get('https://opensky-network.org/api/states/all', params={'icao24': ICAO})\n",
                                "r.json()['states'][:3]"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return "notebooks/opensky_anon.ipynb", json.dumps(nb, indent=1) + "\n"


@ntpl("kotlin", "Android", "env_reference")
def n_kotlin_buildconfig(r):
    lines = ["package com.uaslab.pilot.net", "", "import okhttp3.Interceptor", "import okhttp3.Response", "",
             "class AuthInterceptor : Interceptor {", "    override fun intercept(chain: Interceptor.Chain): Response {",
             "        val req = chain.request().newBuilder()", '            .header("x-apikey", BuildConfig.AEROAPI_KEY)',
             '            .header("X-Device-Sn", "%s")' % drone_sn(r), "            .build()", "        return chain.proceed(req)",
             "    }", "}"]
    return "app/src/main/java/com/uaslab/pilot/net/AuthInterceptor.kt", L(lines)


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------
SECRETISH_PUB = ("secret_access_key", "api_secret", "device_secret")  # kinds whose public half looks key-like
SLOT_ORDER = ("kv", "header", "url", "arg")


def fits(t, sp):
    if t.get("kinds"):
        return sp["kind"] in t["kinds"]
    return sp["cat"] in t["cats"]


NO_ARG = ("AWS", "Azure", "InfluxDB")


def spec_slots(sp):
    out = ["kv"]
    if sp["cat"] != "pw" and sp["provider"] not in NO_ARG:
        out.append("arg")
    if sp["header"]:
        out.append("header")
    if sp["url"]:
        out.append("url")
    return out


def choose_template(r, sp, obvious, usage):
    compatible = [t for t in TEMPLATES if fits(t, sp)]
    ss = spec_slots(sp)
    avail = [s for s in SLOT_ORDER if s in ss and any(s in t["slots"] for t in compatible)]
    if obvious and "kv" in avail:
        slot = "kv"
    else:
        wts = {"kv": 2, "header": 3, "url": 3, "arg": 1}
        slot = r.choices(avail, weights=[wts[s] for s in avail], k=1)[0]
    cands = [t for t in compatible if slot in t["slots"]]
    weights = [1.0 / (1 + usage.get(t["name"], 0)) ** 2 for t in cands]
    t = r.choices(cands, weights=weights, k=1)[0]
    usage[t["name"]] = usage.get(t["name"], 0) + 1
    return t, slot


def spec_cycle(r, n):
    out = []
    while len(out) < n:
        idx = list(range(len(SPECS)))
        r.shuffle(idx)
        out.extend(idx)
    return [SPECS[i] for i in out[:n]]


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def build(outdir, seed, n_pos=500, n_neg=500):
    r = random.Random(seed)
    manifest, secrets = [], []
    usage = {}
    for i, sp in enumerate(spec_cycle(r, n_pos)):
        needle = sp["gen"](r)
        obvious = r.random() < 0.5
        t, slot = choose_template(r, sp, obvious, usage)
        c = Ctx(r, sp, needle, obvious, slot)
        path, text = t["fn"](c)
        if needle not in text:
            raise RuntimeError("needle missing: %s %s" % (t["name"], sp["kind"]))
        rel = "pos/p%04d/%s" % (i, path)
        write(outdir, rel, text)
        line = text[:text.index(needle)].count("\n") + 1
        manifest.append({"file": rel, "label": "pos", "provider": sp["provider"], "kind": sp["kind"], "filetype": t["ft"]})
        secrets.append({"file": rel, "needle": needle, "line": line})

    # negatives: half re-use the slot templates with an innocent value, half are domain look-alikes
    n_slot = n_neg // 2
    neg_specs = spec_cycle(r, n_slot)
    nusage = {}
    dom_order = []
    while len(dom_order) < n_neg - n_slot:
        idx = list(range(len(NEG_TEMPLATES)))
        r.shuffle(idx)
        dom_order.extend(idx)
    jobs = [("slot", sp) for sp in neg_specs] + [("dom", NEG_TEMPLATES[k]) for k in dom_order[:n_neg - n_slot]]
    r.shuffle(jobs)
    for i, (kind, obj) in enumerate(jobs):
        if kind == "slot":
            sp = obj
            obvious = r.random() < 0.5
            t, slot = choose_template(r, sp, obvious, nusage)
            val, negkind = neg_value(r, sp, slot)
            c = Ctx(r, sp, val, obvious, slot)
            if sp["kind"] in SECRETISH_PUB:
                c.pub = None
            path, text = t["fn"](c)
            ent = {"provider": sp["provider"], "kind": negkind, "filetype": t["ft"]}
        else:
            path, text = obj["fn"](r)
            ent = {"provider": obj["provider"], "kind": obj["kind"], "filetype": obj["ft"]}
        rel = "neg/n%04d/%s" % (i, path)
        write(outdir, rel, text)
        d = {"file": rel, "label": "neg"}
        d.update(ent)
        manifest.append(d)

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for m in manifest:
            fh.write(json.dumps(m, sort_keys=False) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for s in secrets:
            fh.write(json.dumps(s) + "\n")


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: python3 gen_du.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    os.makedirs(outdir, exist_ok=True)
    build(outdir, seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
