#!/usr/bin/env python3
"""Blind evaluation-set generator "cy": connected vehicles, mobility, EV charging, transit data.

EMPHASIS
  Credentials that show up in e-mobility and transport code bases:
  * connected-car APIs: Smartcar client secrets, Tesla Fleet API client secrets and refresh
    tokens, Enode client secrets, High Mobility OAuth client secrets, Mapbox secret (sk.) tokens;
  * EV charging: OCPP charge-point Basic-auth passwords (plain, and as the base64 Basic header
    of an upgrade request), OCPP AuthorizationKey values (hex-encoded 16-20 random bytes),
    ChargePoint web-services API passwords, EVgo partner API keys, Hubject/OICP keystore
    passwords, OCPI credentials tokens (Token A/B/C, raw or base64 in "Authorization: Token"),
    CSMS database passwords inside DSNs, telematics MQTT broker passwords;
  * transit: TfL app_key, MTA API keys, 511.org tokens, Navitia tokens, HERE and TomTom keys;
  * ride-hail / micromobility: Uber and Lyft client secrets, MDS provider JWTs (scooters);
  * fleet telematics: Samsara API tokens, Geotab (MyGeotab) passwords, Motive API keys;
  * parking API keys (ParkWhiz-style) and CAN/diagnostic tool licence keys.
  File types: Python, Go, Java, Kotlin (Android Automotive), C/C++ firmware headers, TypeScript,
  JavaScript, PHP, OCPP JSON message logs, OCPI JSON exchanges, YAML (compose, Kubernetes, Helm,
  GitHub workflows, Spring), TOML, .properties, dotenv, INI/conf, XML (AndroidManifest), Node-RED
  flows, shell scripts, CSV exports, Markdown runbooks, Postman collections/environments,
  Dockerfiles, systemd units, Terraform tfvars, GTFS text files, candump logs.

USAGE
  python3 gen_cy.py OUTDIR SEED
  Writes OUTDIR/pos/pNNNN/<relpath> (500 files, exactly one credential each),
  OUTDIR/neg/nNNNN/<relpath> (500 files, no credential), OUTDIR/manifest.jsonl and
  OUTDIR/secrets.jsonl.  All randomness comes from random.Random(SEED); output is byte-identical
  for the same SEED.

NEEDLE CONVENTIONS
  * The needle is the secret exactly as written in the file, without surrounding quotes.
  * id/secret pairs (client_id + client_secret, app_id + app_key, username + password,
    licence id + password): the needle is the secret half; the public id may sit next to it.
  * OCPP Basic auth in an HTTP upgrade-request log: the needle is the base64 blob after
    "Basic " (it decodes to chargePointId:password).  OCPI 2.2 "Authorization: Token <b64>":
    the needle is the base64 blob; in credentials JSON bodies the needle is the raw token.
  * Passwords inside a DSN/URL (postgres://user:PASS@host, mqtt://user:PASS@host): the needle
    is only the password part.
  * JWTs (MDS provider tokens): the whole three-part JWT.  Mapbox: the whole sk.… token.
  * "line" is the 1-based line of the needle's first occurrence.
  * Half of the positives use an obvious name (tfl_app_key, SMARTCAR_CLIENT_SECRET, …); the
    other half a neutral name (value, opt_b, upstream_v …), a positional argument, a URL query
    parameter or an HTTP header.

NEGATIVES
  About half re-use the positive templates with the secret slot filled by: environment
  references (${X}, os.environ[...], System.getenv, BuildConfig.X, process.env.X), secret-manager
  references (vault:, arn:aws:secretsmanager, {{ secrets.X }}, Helm/K8s refs), placeholders
  (YOUR_..., <...>, xxxx..., prefix + xxxx), masked/redacted values, empty values.  The other half
  are domain look-alikes: VINs with valid check digits, EVSE ids (DE*ABC*E123456*1), charge-point
  ids and serials, OCPP message ids (UUIDs), RFID idTags (public card UIDs), OCPI token objects
  (uid / contract_id / visual_number), eMAIDs, GTFS stop/trip/route ids, GTFS-rt vehicle ids,
  GBFS rotating bike ids, Geotab database names, licence plates, geohashes, encoded polylines,
  firmware SHA-256 digests and signatures, OCMF signed meter values (signature + public key),
  candump CAN frames, Mapbox public (pk.) tokens, Smartcar client ids (documented as safe to
  hardcode), webhook signatures, Node-RED flows_cred.json ciphertext, i18n strings, SQL rows
  holding SHA-256 key hashes, OCPP local-auth-list idTags, and the OCPI specification's published
  example token.

DOUBTS
  Formats written from memory (not confirmed in provider docs during this session):
  * Smartcar client secret as a UUID v4 (docs confirm only that a Client ID/Secret pair exists;
    newer "client_01…" API client ids are mentioned by a third-party changelog).
  * Tesla Fleet client secret "ta-secret." + 16 alphanumerics; refresh token "NA_"/"EU_" + 64
    hex.  Docs only confirmed the token endpoint and that refresh tokens are single-use.
  * Enode client secret as 40 hex; High Mobility client secret as 32 alphanumerics.
  * ChargePoint web-services API password, EVgo partner key, Lyft (32 alnum) and Uber (40 chars
    base64url alphabet) client secrets, ParkWhiz-style parking key (40 alnum), Motive API key
    (UUID), MTA key (40 alnum), 511.org and Navitia tokens (UUID), HERE key (43 base64url),
    TomTom key (32 alnum), Samsara token ("samsara_api_" + 30 alnum): lengths/alphabets from
    memory.
  * CAN/diagnostic tool licence keys are a generic 5x5 upper-case group format; no vendor was
    checked.
  * The OCPI spec example token (ebf3b399-779f-4497-9b9d-ac6ad3cc44d2) is recalled from the
    OCPI 2.2 examples; a reviewer might still flag it.
  Labels a reviewer might dispute: UUID-shaped secrets (Smartcar, 511, Navitia, Motive, some
  OCPI tokens) are positives only because of how they are used; UUIDs in negatives are message
  ids, vehicle ids, OCPI location ids.  Masked values that keep a few leading characters, and
  "prefix + xxxx" placeholders, are labelled negative.  Mapbox pk. tokens are negative (public by
  design).  OCMF/firmware signatures and Node-RED ciphertext are negative.  TfL app_id / Smartcar
  client_id / Tesla client_id values appear in negatives as public ids; so do ChargePoint
  "license key" values (the WS-Security username half of the licence/password pair) and
  Uber/Lyft/High Mobility client or app ids, which look random.  Node-RED flows_cred.json
  ciphertext is labelled negative although a reviewer might want the credentialSecret checked.
  MDS JWTs are structurally valid (JSON header/payload) but their RS256 signatures are random
  bytes.  Timestamps inside JSON payloads (currentTime etc.) are random and not always
  consistent with the log-line clock.

SEARCHES
  Looked up (search tool): Tesla Fleet API third-party tokens page (token endpoint, single-use
  refresh tokens); OCPP AuthorizationKey requirements (hex-encoded, 16-20 bytes; OCPP 1.6 test
  cases: BasicAuthPassword 16-20 chars plain or 32-40 hex); Samsara authentication docs (Bearer
  tokens); OCPI credentials module (Authorization: Token <base64>, token printable ASCII <= 64);
  Smartcar API credentials (Client ID public / safe to hardcode, Client Secret private); TfL
  Unified API (app_id + app_key query parameters); Enode client credentials (nothing specific).
  Scanner-related material shown by searches and ignored: a GitGuardian detector page for
  "Samsara API Key" (docs.gitguardian.com ... detectors/specifics/samsara_apikey) appeared in
  results; its content was not used.  A pastebin page with Tesla client id/secret values was
  also shown and ignored.
"""

import base64
import json
import os
import sys
import random
import string

HEX = "0123456789abcdef"
ALNUM = string.ascii_letters + string.digits
UPALNUM = string.ascii_uppercase + string.digits
B64URL = ALNUM + "-_"
LOWALNUM = string.ascii_lowercase + string.digits


# --------------------------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------------------------

def rs(r, alphabet, n):
    return "".join(r.choice(alphabet) for _ in range(n))


def mixed(r, alphabet, n):
    """Random string that contains at least one digit and one letter (looks like a real key)."""
    while True:
        s = rs(r, alphabet, n)
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return s


def g_uuid(r):
    h = [r.choice(HEX) for _ in range(32)]
    h[12] = "4"
    h[16] = r.choice("89ab")
    s = "".join(h)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


def g_hex(r, n, upper=False):
    s = mixed(r, HEX, n)
    return s.upper() if upper else s


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(r, n):
    return bytes(r.randrange(256) for _ in range(n))


WORDS = ["Volt", "Ampere", "Kestrel", "Harbor", "Tram", "Ferry", "Depot", "Falcon", "Granite",
         "Juniper", "Meridian", "Orbit", "Pylon", "Quartz", "Rotor", "Summit", "Tundra", "Comet",
         "Lantern", "Maple", "Nimbus", "Osprey", "Pelican", "Rivet", "Saffron", "Timber", "Walrus",
         "Zephyr", "Cobalt", "Dynamo", "Ember", "Fjord", "Gadget", "Hornet", "Iris", "Jasper",
         "Kiwi", "Lotus", "Magnet", "Nebula", "Otter", "Piston", "Raven", "Sprocket", "Turbine"]


def g_human_pw(r):
    w1, w2 = r.sample(WORDS, 2)
    d = str(r.randint(10, 9999))
    sym = r.choice("!*.#-_+")
    form = r.randrange(6)
    if form == 0:
        return w1 + sym + w2 + d
    if form == 1:
        return w1.lower() + "-" + w2 + "-" + d + sym
    if form == 2:
        return w1 + d + sym + w2.lower() + str(r.randint(1, 9))
    if form == 3:
        leet = w1.replace("o", "0").replace("a", "4").replace("e", "3")
        return leet + sym + w2 + d[:2]
    if form == 4:
        return w1[:3].upper() + w2.lower() + sym + d + rs(r, string.ascii_uppercase, 2)
    return w1 + w2 + sym + d + r.choice("!?#")


def g_dsn_pw(r):
    return mixed(r, ALNUM + "-_.", r.randint(18, 26))


def g_ocpp_plain(r):
    return mixed(r, ALNUM + "-_.!*", r.randint(16, 20))


def g_ocpp_hexkey(r):
    n = r.randint(16, 20)
    return rbytes(r, n).hex().upper()


def g_jwt_mds(r, provider_host, provider_id):
    header = {"alg": "RS256", "typ": "JWT", "kid": rs(r, LOWALNUM, 12)}
    iat = 1700000000 + r.randrange(40000000)
    payload = {"iss": "https://auth.%s/" % provider_host,
               "sub": r.choice(["city-of-austin", "sfmta-mds", "ladot", "city-of-lisbon",
                                "stadt-koeln", "portland-pbot"]),
               "aud": "https://mds.%s" % provider_host,
               "iat": iat, "exp": iat + r.choice([86400 * 90, 86400 * 365]),
               "provider_id": provider_id,
               "scope": r.choice(["trips status_changes", "vehicles events trips", "admin:all"])}
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":")).encode())
    return h + "." + p + "." + b64u(rbytes(r, 256))


def g_mapbox(r, prefix, user):
    inner = json.dumps({"u": user, "a": "c" + rs(r, "lkm", 1) + rs(r, LOWALNUM, 23)},
                       separators=(",", ":")).encode()
    return prefix + "." + b64u(inner) + "." + mixed(r, B64URL, 22)


def g_licence(r):
    return "-".join(mixed(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) for _ in range(5))


# --------------------------------------------------------------------------------------------
# kinds of secrets
# --------------------------------------------------------------------------------------------

def _tesla_region(r):
    return r.choice(["NA", "NA", "EU"])


KINDS = {
    "smartcar_client_secret": dict(
        provider="Smartcar", words=["smartcar", "client", "secret"],
        gen=lambda r: g_uuid(r), host="https://api.smartcar.com/v2.0",
        rel=lambda r: [(["smartcar", "client", "id"], g_uuid(r)),
                       (["smartcar", "redirect", "uri"], "https://%s/smartcar/callback" % r.choice(HOSTS))]),
    "tesla_client_secret": dict(
        provider="Tesla Fleet API", words=["tesla", "client", "secret"],
        gen=lambda r: "ta-secret." + mixed(r, ALNUM, 16),
        host="https://fleet-api.prd.%s.vn.cloud.tesla.com" % "na",
        rel=lambda r: [(["tesla", "client", "id"], g_uuid(r)),
                       (["tesla", "audience"], "https://fleet-api.prd.%s.vn.cloud.tesla.com" % r.choice(["na", "eu"]))]),
    "tesla_refresh_token": dict(
        provider="Tesla Fleet API", words=["tesla", "refresh", "token"],
        gen=lambda r: _tesla_region(r) + "_" + g_hex(r, 64),
        host="https://fleet-auth.prd.vn.cloud.tesla.com",
        rel=lambda r: [(["tesla", "client", "id"], g_uuid(r)),
                       (["tesla", "vin"], vin(r, "5YJ"))]),
    "enode_client_secret": dict(
        provider="Enode", words=["enode", "client", "secret"],
        gen=lambda r: g_hex(r, 40), host="https://enode-api.production.enode.io",
        rel=lambda r: [(["enode", "client", "id"], g_uuid(r)),
                       (["enode", "oauth", "url"], "https://oauth.production.enode.io/oauth2/token")]),
    "highmobility_client_secret": dict(
        provider="High Mobility", words=["hm", "client", "secret"],
        gen=lambda r: mixed(r, ALNUM, 32), host="https://sandbox.api.high-mobility.com/v1",
        rel=lambda r: [(["hm", "client", "id"], g_uuid(r)),
                       (["hm", "app", "id"], g_hex(r, 24, True))]),
    "ocpp_basic_auth_password": dict(
        provider="OCPP", words=["ocpp", "basic", "auth", "password"],
        gen=lambda r: g_ocpp_plain(r), host="wss://csms.%s/ocpp" % "example",
        rel=lambda r: [(["charge", "point", "id"], cpid(r)),
                       (["csms", "url"], "wss://%s/ocpp/1.6" % r.choice(CSMS_HOSTS))]),
    "ocpp_authorization_key": dict(
        provider="OCPP", words=["authorization", "key"],
        gen=lambda r: g_ocpp_hexkey(r), host="wss://csms/ocpp",
        rel=lambda r: [(["charge", "point", "id"], cpid(r)),
                       (["security", "profile"], str(r.choice([1, 2])))]),
    "chargepoint_api_password": dict(
        provider="ChargePoint", words=["chargepoint", "api", "password"],
        gen=lambda r: mixed(r, ALNUM, r.choice([24, 32])),
        host="https://webservices.chargepoint.com/webservices/chargepoint/services/5.1",
        rel=lambda r: [(["chargepoint", "license", "key"], g_hex(r, 32)[:8] + "lic" + str(r.randint(1000, 9999))),
                       (["chargepoint", "wsdl"], "https://webservices.chargepoint.com/cp_api_5.1.wsdl")]),
    "evgo_api_key": dict(
        provider="EVgo", words=["evgo", "api", "key"],
        gen=lambda r: mixed(r, ALNUM, 32), host="https://partner-api.evgo.com/v1",
        rel=lambda r: [(["evgo", "partner", "id"], "PRT-%05d" % r.randint(100, 99999))]),
    "hubject_keystore_password": dict(
        provider="Hubject OICP", words=["oicp", "keystore", "password"],
        gen=lambda r: g_human_pw(r), host="https://service.hubject.com/api/oicp",
        rel=lambda r: [(["oicp", "operator", "id"], r.choice(["DE*ABC", "DE*8EO", "NL*TNM", "AT*VER"])),
                       (["oicp", "keystore", "path"], "/etc/oicp/%s.p12" % r.choice(["client", "cpo-prod", "hubject"]))]),
    "ocpi_token": dict(
        provider="OCPI", words=["ocpi", "token"],
        gen=lambda r: g_uuid(r) if r.random() < 0.5 else mixed(r, ALNUM, r.choice([32, 40, 48])),
        host="https://ocpi.%s/versions" % "example",
        rel=lambda r: [(["ocpi", "versions", "url"], "https://ocpi.%s/ocpi/versions" % r.choice(HOSTS)),
                       (["ocpi", "party", "id"], r.choice(["ABC", "TNM", "8EO", "EVB", "CPO"]))]),
    "tfl_app_key": dict(
        provider="TfL", words=["tfl", "app", "key"],
        gen=lambda r: g_hex(r, 32), host="https://api.tfl.gov.uk",
        rel=lambda r: [(["tfl", "app", "id"], g_hex(r, 8))]),
    "mta_api_key": dict(
        provider="MTA", words=["mta", "api", "key"],
        gen=lambda r: mixed(r, ALNUM, 40),
        host="https://api-endpoint.mta.info/Dataservice/mtagtfsfeeds/nyct%2Fgtfs-ace",
        rel=lambda r: [(["mta", "feed"], r.choice(["nyct/gtfs-ace", "nyct/gtfs-bdfm", "nyct/gtfs-l", "lirr/gtfs-lirr"]))]),
    "bay511_api_key": dict(
        provider="511.org", words=["api511", "token"],
        gen=lambda r: g_uuid(r), host="https://api.511.org/transit",
        rel=lambda r: [(["agency"], r.choice(["SF", "AC", "BA", "CT", "SC"]))]),
    "navitia_token": dict(
        provider="Navitia", words=["navitia", "token"],
        gen=lambda r: g_uuid(r), host="https://api.navitia.io/v1",
        rel=lambda r: [(["navitia", "coverage"], r.choice(["fr-idf", "sandbox", "fr-ne", "be"]))]),
    "here_api_key": dict(
        provider="HERE", words=["here", "api", "key"],
        gen=lambda r: mixed(r, B64URL, 43), host="https://router.hereapi.com/v8/routes",
        rel=lambda r: [(["here", "app", "id"], mixed(r, ALNUM, 20))]),
    "tomtom_api_key": dict(
        provider="TomTom", words=["tomtom", "api", "key"],
        gen=lambda r: mixed(r, ALNUM, 32), host="https://api.tomtom.com/routing/1",
        rel=lambda r: [(["tomtom", "travel", "mode"], r.choice(["car", "truck", "bus"]))]),
    "samsara_api_token": dict(
        provider="Samsara", words=["samsara", "api", "token"],
        gen=lambda r: "samsara_api_" + mixed(r, ALNUM, 30), host="https://api.samsara.com",
        rel=lambda r: [(["samsara", "org", "id"], str(r.randint(10000, 99999)))]),
    "geotab_password": dict(
        provider="Geotab", words=["geotab", "password"],
        gen=lambda r: g_human_pw(r), host="https://my.geotab.com/apiv1",
        rel=lambda r: [(["geotab", "database"], geotab_db(r)),
                       (["geotab", "username"], "%s@%s" % (r.choice(["fleet.api", "integration", "svc-telematics", "ops"]), r.choice(HOSTS)))]),
    "motive_api_key": dict(
        provider="Motive", words=["motive", "api", "key"],
        gen=lambda r: g_uuid(r), host="https://api.gomotive.com/v1",
        rel=lambda r: [(["motive", "company", "id"], str(r.randint(100000, 999999)))]),
    "uber_client_secret": dict(
        provider="Uber", words=["uber", "client", "secret"],
        gen=lambda r: mixed(r, B64URL, 40), host="https://api.uber.com/v1.2",
        rel=lambda r: [(["uber", "client", "id"], mixed(r, B64URL, 32))]),
    "lyft_client_secret": dict(
        provider="Lyft", words=["lyft", "client", "secret"],
        gen=lambda r: mixed(r, ALNUM, 32), host="https://api.lyft.com/v1",
        rel=lambda r: [(["lyft", "client", "id"], mixed(r, ALNUM, 12))]),
    "mds_provider_token": dict(
        provider="MDS (micromobility)", words=["mds", "bearer", "token"],
        gen=None, host="https://mds.provider/",
        rel=lambda r: [(["mds", "provider", "id"], g_uuid(r))]),
    "parking_api_key": dict(
        provider="ParkWhiz", words=["parkwhiz", "api", "key"],
        gen=lambda r: mixed(r, ALNUM, 40), host="https://api.parkwhiz.com/v4",
        rel=lambda r: [(["parkwhiz", "partner"], r.choice(["acme-fleet", "cityhop", "evpark"]))]),
    "diag_licence_key": dict(
        provider="CAN diagnostic tool", words=["diag", "license", "key"],
        gen=lambda r: g_licence(r), host="https://licensing.diagtool.local",
        rel=lambda r: [(["diag", "seat"], "WS-%03d" % r.randint(1, 250)),
                       (["can", "interface"], r.choice(["can0", "vcan0", "PCAN_USBBUS1"]))]),
    "mapbox_secret_token": dict(
        provider="Mapbox", words=["mapbox", "secret", "token"],
        gen=None, host="https://api.mapbox.com",
        rel=lambda r: [(["mapbox", "style"], "mapbox://styles/%s/cl%s" % (r.choice(MAPBOX_USERS), rs(r, LOWALNUM, 10)))]),
    "csms_db_password": dict(
        provider="PostgreSQL (CSMS)", words=["db", "password"],
        gen=lambda r: g_dsn_pw(r), host="postgres",
        rel=lambda r: [(["db", "host"], r.choice(["csms-db.internal", "10.20.3.14", "postgres", "pg-ocpp.prod.local"])),
                       (["db", "user"], r.choice(["csms", "ocpp_app", "chargeops"]))]),
    "mqtt_telematics_password": dict(
        provider="MQTT telematics broker", words=["mqtt", "password"],
        gen=lambda r: mixed(r, ALNUM, r.randint(20, 28)), host="mqtts://broker",
        rel=lambda r: [(["mqtt", "host"], r.choice(["mqtt.telematics.internal", "broker.fleet-iot.net", "10.8.0.21"])),
                       (["mqtt", "username"], r.choice(["tcu-gateway", "fleet-ingest", "obd-bridge"]))]),
}

HOSTS = ["voltway.io", "chargeflow.eu", "fleetlink.app", "transitly.dev", "parkbee.net",
         "mobilityhub.de", "evroam.nl", "routewise.co", "tramtrack.uk", "gridcharge.com"]
CSMS_HOSTS = ["csms.voltway.io", "ocpp.chargeflow.eu", "cs.evroam.nl", "backend.gridcharge.com",
              "ocpp.mobilityhub.de"]
MAPBOX_USERS = ["voltway", "fleetlink", "routewise", "tramtrack", "evroam-maps"]
MDS_PROVIDERS = ["bird.co", "li.me", "tier-services.io", "voiscooters.com", "spin.app"]


SLUGS = {"High Mobility": "highmobility", "Tesla Fleet API": "tesla", "511.org": "api511",
         "MDS (micromobility)": "mds", "CAN diagnostic tool": "diagtool", "PostgreSQL (CSMS)": "csms",
         "MQTT telematics broker": "mqtt", "Hubject OICP": "hubject"}


def slug(meta):
    p = meta["provider"]
    return SLUGS.get(p, p.split()[0].lower())


def make_secret(r, kind):
    """Return (needle_value, extras)."""
    if kind == "mds_provider_token":
        host = r.choice(MDS_PROVIDERS)
        return g_jwt_mds(r, host, g_uuid(r)), {"mds_host": host}
    if kind == "mapbox_secret_token":
        user = r.choice(MAPBOX_USERS)
        return g_mapbox(r, "sk", user), {"mapbox_user": user}
    return KINDS[kind]["gen"](r), {}


# --------------------------------------------------------------------------------------------
# domain identifiers (harmless look-alikes, used in both labels)
# --------------------------------------------------------------------------------------------

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TRANS = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
WMIS = ["5YJ", "7SA", "WVW", "WBA", "1FT", "3FA", "JTD", "KNA", "SAL", "YV1", "LRW", "WDD",
        "VF1", "ZFA", "TMB", "1N4", "5UX", "WAU", "KMH", "SJN"]


def vin(r, wmi=None):
    wmi = wmi or r.choice(WMIS)
    body = wmi + rs(r, VIN_CHARS, 5) + "0" + rs(r, "ABCDEFGHJKLMNPRSTVWXY123456789", 1) + \
        rs(r, VIN_CHARS, 1) + "".join(r.choice(string.digits) for _ in range(6))
    total = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else VIN_TRANS[ch]
        total += v * VIN_W[i]
    chk = total % 11
    c = "X" if chk == 10 else str(chk)
    return body[:8] + c + body[9:]


def cpid(r):
    f = r.randrange(5)
    if f == 0:
        return "CP-%s-%04d" % (r.choice(["BER", "AMS", "LON", "MUC", "OSL", "SEA", "AUS"]), r.randint(1, 9999))
    if f == 1:
        return "%s%07d" % (r.choice(["ABB", "ALF", "WBX", "EVB", "KEBA"]), r.randint(0, 9999999))
    if f == 2:
        return "evse-%s-%02d" % (r.choice(["depot", "garage", "plaza", "hq"]), r.randint(1, 48))
    if f == 3:
        return "%s_%s" % (r.choice(["WALLBOX", "TERRA", "MONTA", "ZAPPI"]), rs(r, "0123456789", 8))
    return "CHG%05d" % r.randint(0, 99999)


def evse_id(r):
    cc = r.choice(["DE", "NL", "FR", "AT", "BE", "GB", "NO", "SE"])
    op = rs(r, string.ascii_uppercase + "0123456789", 3)
    return "%s*%s*E%s%s" % (cc, op, rs(r, "0123456789", r.choice([3, 6, 8])),
                            "*%d" % r.randint(1, 4) if r.random() < 0.5 else "")


def emaid(r):
    return "%s-%s-C%s-%s" % (r.choice(["DE", "NL", "FR", "AT"]), rs(r, UPALNUM, 3),
                             rs(r, "0123456789", 8), rs(r, UPALNUM, 1))


def id_tag(r):
    return rs(r, "0123456789ABCDEF", r.choice([8, 14]))


def plate(r):
    f = r.randrange(4)
    if f == 0:
        return "%s-%s %d" % (rs(r, "BMHKFS", r.randint(1, 2)), rs(r, string.ascii_uppercase, 2), r.randint(1, 9999))
    if f == 1:
        return "%s%02d %s" % (rs(r, string.ascii_uppercase, 2), r.randint(10, 74), rs(r, string.ascii_uppercase, 3))
    if f == 2:
        return "%d%s%03d" % (r.randint(1, 9), rs(r, string.ascii_uppercase, 3), r.randint(0, 999))
    return "%s-%03d-%s" % (rs(r, string.ascii_uppercase, 2), r.randint(0, 999), rs(r, string.ascii_uppercase, 2))


GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"


def geohash(r):
    return r.choice(["u33d", "gcpv", "dr5r", "9q8y", "u173", "u0yj"]) + rs(r, GEOHASH, r.randint(5, 8))


def polyline(r, n=None):
    n = n or r.randint(6, 14)
    lat = r.uniform(40.0, 53.0)
    lng = r.uniform(-74.0, 13.0)
    out = []
    plat = plng = 0
    for _ in range(n):
        lat += r.uniform(-0.01, 0.01)
        lng += r.uniform(-0.01, 0.01)
        ilat, ilng = int(round(lat * 1e5)), int(round(lng * 1e5))
        for v in (ilat - plat, ilng - plng):
            v = ~(v << 1) if v < 0 else (v << 1)
            while v >= 0x20:
                out.append(chr((0x20 | (v & 0x1f)) + 63))
                v >>= 5
            out.append(chr(v + 63))
        plat, plng = ilat, ilng
    return "".join(out)


def geotab_db(r):
    return r.choice(["acme_logistics", "northwind_fleet", "citybus_ops", "greenvan", "metro_haul",
                     "coastal_freight", "rivera_transport"]) + r.choice(["", "", "_eu", "2"])


def sha256ish(r):
    return rs(r, HEX, 64)


def git_sha(r):
    return rs(r, HEX, 40)


def iso_ts(r, day=None):
    return "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (r.randint(1, 12), day or r.randint(1, 28),
                                                   r.randint(0, 23), r.randint(0, 59),
                                                   r.randint(0, 59), r.randint(0, 999))


def stop_id(r):
    f = r.randrange(3)
    if f == 0:
        return "4900%05d%s" % (r.randint(0, 99999), r.choice("ABCDEFGHJKLMNPRSTVWXYZ"))
    if f == 1:
        return "%d%s" % (r.randint(100, 999), r.choice("NS"))
    return "stop_%d" % r.randint(1000, 99999)


def trip_id(r):
    f = r.randrange(3)
    if f == 0:
        return "%06d_%s..%s" % (r.randint(0, 150000), r.choice(["A", "C", "E", "1", "2", "L"]), r.choice("NS"))
    if f == 1:
        return "%d-%s-%s" % (r.randint(10000000, 99999999), r.choice(["WKDY", "SAT", "SUN"]), r.choice(["B", "C"]))
    return "t_%d" % r.randint(100000, 9999999)


# --------------------------------------------------------------------------------------------
# naming helpers
# --------------------------------------------------------------------------------------------

def nm(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "screaming":
        return "_".join(w.upper() for w in words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    if style == "kebab":
        return "-".join(words)
    if style == "dot":
        return ".".join(words)
    raise ValueError(style)


NEUTRAL = [["value"], ["opt", "b"], ["upstream", "v"], ["cfg", "tail"], ["param", "2"],
           ["primary"], ["blob"], ["seed", "data"], ["k", "main"], ["auth", "bits"],
           ["handshake"], ["entry", "c"], ["extra"], ["link", "param"], ["ref", "value"],
           ["conn", "arg"], ["p3"], ["main", "str"], ["remote", "x"], ["payload", "a"]]


FILLERS = [
    (["log", "level"], lambda r: r.choice(["info", "debug", "warn"])),
    (["http", "port"], lambda r: str(r.choice([8080, 3000, 8000, 9090, 5000]))),
    (["region"], lambda r: r.choice(["eu-central-1", "us-east-1", "eu-west-1", "us-west-2"])),
    (["timeout", "ms"], lambda r: str(r.choice([2000, 5000, 10000, 15000]))),
    (["retry", "count"], lambda r: str(r.randint(2, 6))),
    (["poll", "interval", "s"], lambda r: str(r.choice([15, 30, 60, 120]))),
    (["service", "name"], lambda r: r.choice(["telemetry-ingest", "charge-sessions", "route-planner",
                                               "fleet-sync", "ocpp-gateway", "transit-feed"])),
    (["sentry", "environment"], lambda r: r.choice(["staging", "production", "dev"])),
    (["metrics", "path"], lambda r: "/metrics"),
    (["cache", "ttl"], lambda r: str(r.choice([60, 300, 900]))),
    (["max", "connections"], lambda r: str(r.choice([20, 50, 100]))),
    (["tz"], lambda r: r.choice(["Europe/Berlin", "America/New_York", "Europe/London", "UTC"])),
    (["heartbeat", "interval"], lambda r: str(r.choice([60, 300, 900]))),
    (["default", "currency"], lambda r: r.choice(["EUR", "USD", "GBP", "NOK"])),
    (["feature", "smart", "charging"], lambda r: r.choice(["true", "false"])),
    (["queue", "name"], lambda r: r.choice(["vehicle-events", "cdr-export", "gtfs-rt-updates"])),
    (["redis", "url"], lambda r: "redis://redis:6379/%d" % r.randint(0, 5)),
    (["batch", "size"], lambda r: str(r.choice([100, 250, 500]))),
]


def fillers(r, n):
    picks = r.sample(FILLERS, n)
    return [(w, f(r)) for w, f in picks]


ENV_PREFIX = {"csms_db_password": "CSMS_DB_PASSWORD", "ocpp_authorization_key": "OCPP_AUTHORIZATION_KEY",
              "bay511_api_key": "API511_TOKEN", "mqtt_telematics_password": "MQTT_TELEMATICS_PASSWORD",
              "diag_licence_key": "DIAG_LICENSE_KEY"}


class Ctx(object):
    """Everything a template needs to render the secret slot (positive or negative filler)."""

    def __init__(self, r, kind, pos, obv):
        self.r = r
        self.kind = kind
        self.meta = KINDS[kind]
        self.pos = pos
        self.obv = obv
        self.extras = {}
        if pos:
            self.val, self.extras = make_secret(r, kind)
        else:
            self.negmode = r.choice(["env", "env", "secretref", "placeholder", "placeholder",
                                     "masked", "empty", "prefixph"])
            self.val = self._neg_value()
        self.needle = self.val if pos else None
        self.rel = self.meta["rel"](r)
        self.words = list(self.meta["words"]) if obv else list(r.choice(NEUTRAL))
        self.envname = ENV_PREFIX.get(kind, nm(self.meta["words"], "screaming"))

    # -- negative filler values --------------------------------------------------------------
    def _neg_value(self):
        r = self.r
        env = ENV_PREFIX.get(self.kind, nm(self.meta["words"], "screaming"))
        m = self.negmode
        if m == "env":
            return r.choice(["${%s}" % env, "${%s}" % env, "${%s}" % env, "$%s" % env])
        if m == "secretref":
            slug = nm(self.meta["words"], "kebab")
            return r.choice(["vault:secret/data/mobility/%s#value" % slug,
                             "{{ secrets.%s }}" % env,
                             "arn:aws:secretsmanager:eu-central-1:%d:secret:prod/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), slug),
                             "sm://projects/fleet-prod/secrets/%s/versions/latest" % slug,
                             "{{ .Values.%s }}" % nm(self.meta["words"], "camel"),
                             "op://Mobility/%s/credential" % slug])
        if m == "placeholder":
            return r.choice(["YOUR_%s" % env, "<%s>" % nm(self.meta["words"], "kebab"),
                             "<your %s here>" % " ".join(self.meta["words"][-2:]),
                             "REPLACE_ME", "TODO-fill-in", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
                             "changeme", "dummy", "example-%s" % nm(self.meta["words"], "kebab")])
        if m == "masked":
            return r.choice(["********", "****************", "<redacted>", "[REDACTED]", "***masked***",
                             "•••••••••••••", "xxxx-xxxx-xxxx-xxxx"])
        if m == "empty":
            return ""
        # prefix placeholder: keep the provider's shape, fill with x/0
        k = self.kind
        if k == "samsara_api_token":
            return "samsara_api_" + "x" * 30
        if k == "tesla_client_secret":
            return "ta-secret." + "x" * 16
        if k == "tesla_refresh_token":
            return "NA_" + "0" * 64
        if k == "mapbox_secret_token":
            return "sk.YOUR_MAPBOX_SECRET_TOKEN"
        if k == "mds_provider_token":
            return "eyJ...<provider token>"
        if k in ("smartcar_client_secret", "bay511_api_key", "navitia_token", "motive_api_key", "ocpi_token"):
            return "00000000-0000-0000-0000-000000000000"
        if k == "diag_licence_key":
            return "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
        if k == "ocpp_authorization_key":
            return "00" * 16
        return "x" * 32

    # -- rendering -------------------------------------------------------------------------
    def key(self, style):
        return nm(self.words, style)

    def code_env(self, lang):
        e = self.envname
        r = self.r
        return {
            "py": r.choice(['os.environ["%s"]' % e, 'os.getenv("%s")' % e, 'os.environ.get("%s", "")' % e]),
            "go": 'os.Getenv("%s")' % e,
            "java": 'System.getenv("%s")' % e,
            "kt": r.choice(['BuildConfig.%s' % e, 'System.getenv("%s") ?: ""' % e]),
            "js": "process.env.%s" % e,
            "php": r.choice(["getenv('%s')" % e, "env('%s')" % e]),
        }.get(lang)

    def lit(self, lang):
        """Quoted literal (or, for negatives in code, maybe an env lookup expression)."""
        if not self.pos and self.negmode == "env" and lang in ("py", "go", "java", "kt", "js", "php"):
            return self.code_env(lang)
        v = self.val
        if lang in ("py", "js"):
            q = self.r.choice(['"', "'"])
            return q + v + q
        if lang == "php":
            return "'" + v + "'"
        return '"' + v + '"'


def rel_items(c, n_fill):
    items = [(w, v, False) for w, v in c.rel] + [(w, v, False) for w, v in fillers(c.r, n_fill)]
    c.r.shuffle(items)
    pos = c.r.randint(0, len(items))
    items.insert(pos, (c.words, None, True))
    return items


def curl_for(c, ref):
    """A shell command that uses the credential `ref` the way the provider expects."""
    k = c.kind
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    if k in ("smartcar_client_secret", "enode_client_secret", "highmobility_client_secret",
             "uber_client_secret", "lyft_client_secret", "tesla_client_secret"):
        tok = {"smartcar_client_secret": "https://auth.smartcar.com/oauth/token",
               "enode_client_secret": "https://oauth.production.enode.io/oauth2/token",
               "highmobility_client_secret": "https://sandbox.api.high-mobility.com/v1/access_tokens",
               "uber_client_secret": "https://auth.uber.com/oauth/v2/token",
               "lyft_client_secret": "https://api.lyft.com/oauth/token",
               "tesla_client_secret": "https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token"}[k]
        cid = [v for w, v in c.rel if w[-1] == "id"]
        cid = cid[0] if cid else "$CLIENT_ID"
        return ['curl -s -X POST "%s" \\' % tok,
                '  -d grant_type=client_credentials \\',
                '  -d client_id=%s \\' % cid,
                '  -d client_secret="%s"' % ref]
    if k == "tesla_refresh_token":
        return ['curl -s -X POST https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token \\',
                '  -d grant_type=refresh_token -d client_id="$TESLA_CLIENT_ID" \\',
                '  -d refresh_token="%s"' % ref]
    if k == "ocpp_basic_auth_password":
        cp = ex.get("charge_point_id", "CP-0001")
        return ['wscat -s ocpp1.6 -c "wss://%s/ocpp/%s" --auth "%s:%s"' % (c.r.choice(CSMS_HOSTS), cp, cp, ref)]
    if k == "ocpp_authorization_key":
        cp = ex.get("charge_point_id", "CP-0001")
        return ['python -m tools.ocpp_admin change-config --cp %s \\' % cp,
                '  --key AuthorizationKey --value "%s"' % ref]
    if k == "chargepoint_api_password":
        return ['curl -s --user "%s:%s" \\' % (ex.get("chargepoint_license_key", "license"), ref),
                '  -H "Content-Type: text/xml" -d @getStations.xml \\',
                '  https://webservices.chargepoint.com/webservices/chargepoint/services/5.1']
    if k == "evgo_api_key":
        return ['curl -s -H "X-Api-Key: %s" https://partner-api.evgo.com/v1/locations?limit=50' % ref]
    if k == "hubject_keystore_password":
        return ['openssl pkcs12 -in %s -nokeys -passin pass:"%s" | openssl x509 -noout -enddate'
                % (ex.get("oicp_keystore_path", "client.p12"), ref)]
    if k == "ocpi_token":
        return ['curl -s -H "Authorization: Token %s" \\' % ref,
                '  %s' % ex.get("ocpi_versions_url", "https://ocpi.example/versions")]
    if k == "tfl_app_key":
        return ['curl -s "https://api.tfl.gov.uk/Line/Mode/tube/Status?app_id=%s&app_key=%s"'
                % (ex.get("tfl_app_id", ""), ref)]
    if k == "mta_api_key":
        return ['curl -s -H "x-api-key: %s" \\' % ref,
                '  "https://api-endpoint.mta.info/Dataservice/mtagtfsfeeds/nyct%%2Fgtfs-ace" -o ace.pb']
    if k == "bay511_api_key":
        return ['curl -s "https://api.511.org/transit/VehicleMonitoring?api_key=%s&agency=%s&format=json"'
                % (ref, ex.get("agency", "SF"))]
    if k == "navitia_token":
        return ['curl -s -H "Authorization: %s" \\' % ref,
                '  "https://api.navitia.io/v1/coverage/%s/journeys?from=2.3749;48.8467&to=2.2945;48.8584"'
                % ex.get("navitia_coverage", "sandbox")]
    if k == "here_api_key":
        return ['curl -s "https://router.hereapi.com/v8/routes?transportMode=car&origin=52.5308,13.3847'
                '&destination=52.5264,13.3686&return=summary&apiKey=%s"' % ref]
    if k == "tomtom_api_key":
        return ['curl -s "https://api.tomtom.com/routing/1/calculateRoute/52.50931,13.42936:52.50274,13.43872/json?key=%s"' % ref]
    if k == "samsara_api_token":
        return ["curl -s 'https://api.samsara.com/fleet/vehicles/locations' \\",
                "  --header 'Authorization: Bearer %s'" % ref]
    if k == "motive_api_key":
        return ['curl -s -H "X-Api-Key: %s" "https://api.gomotive.com/v1/vehicle_locations?per_page=100"' % ref]
    if k == "geotab_password":
        return ["curl -s https://my.geotab.com/apiv1 -H 'Content-Type: application/json' -d '{",
                '  "method": "Authenticate", "params": {"database": "%s", "userName": "%s", "password": "%s"}}\''
                % (ex.get("geotab_database", "fleet"), ex.get("geotab_username", "api@fleet"), ref)]
    if k == "mds_provider_token":
        return ['curl -s -H "Authorization: Bearer %s" \\' % ref,
                '  -H "Accept: application/vnd.mds+json;version=2.0" https://mds.%s/trips?end_time=2024-05-01T10'
                % c.extras.get("mds_host", "provider.example")]
    if k == "parking_api_key":
        return ['curl -s "https://api.parkwhiz.com/v4/quotes/?q=coordinates:41.8857,-87.6369&api_key=%s"' % ref]
    if k == "diag_licence_key":
        return ['./diagtool --activate "%s" --seat %s --iface %s' % (ref, ex.get("diag_seat", "WS-001"), ex.get("can_interface", "can0"))]
    if k == "mapbox_secret_token":
        return ['curl -s "https://api.mapbox.com/directions/v5/mapbox/driving/13.4050,52.5200;13.3777,52.5163?access_token=%s"' % ref]
    if k == "csms_db_password":
        return ['psql "postgresql://%s:%s@%s:5432/csms" -c "select count(*) from charge_sessions"'
                % (ex.get("db_user", "csms"), ref, ex.get("db_host", "localhost"))]
    if k == "mqtt_telematics_password":
        return ["mosquitto_sub -h %s -p 8883 -u %s -P '%s' -t 'fleet/+/telemetry' -v"
                % (ex.get("mqtt_host", "broker"), ex.get("mqtt_username", "ingest"), ref)]
    raise KeyError(k)


# --------------------------------------------------------------------------------------------
# generic templates: work for every kind (the secret slot is c.lit()/c.val)
# --------------------------------------------------------------------------------------------

def svc_name(c):
    return c.r.choice(["telemetry-ingest", "charge-sessions", "route-planner", "fleet-sync",
                       "ocpp-gateway", "transit-feed", "roaming-hub", "depot-scheduler"])


def t_dotenv(r, c):
    path = r.choice([".env", ".env.production", "deploy/.env.staging", "services/ingest/.env",
                     "docker/.env.local", "apps/api/.env"])
    out = ["# %s - %s" % (svc_name(c), r.choice(["local overrides", "do not share", "generated by setup.sh", "prod values"]))]
    for w, v, sec in rel_items(c, r.randint(3, 8)):
        if sec:
            q = r.choice(["", '"', "'"]) if c.val else ""
            pre = "export " if r.random() < 0.15 else ""
            out.append("%s%s=%s%s%s" % (pre, c.key("screaming"), q, c.val, q))
        else:
            out.append("%s=%s" % (nm(w, "screaming"), v))
        if r.random() < 0.15:
            out.append("")
    return path, "dotenv", out


def t_compose(r, c):
    svc = svc_name(c)
    out = ["version: \"3.8\"", "", "services:", "  %s:" % svc,
           "    image: ghcr.io/%s/%s:%s" % (r.choice(["voltway", "fleetlink", "evroam"]), svc, r.choice(["1.4.2", "latest", "2024.05.1"])),
           "    restart: unless-stopped", "    ports:", '      - "%d:8080"' % r.choice([8080, 8081, 9000]),
           "    environment:"]
    listy = r.random() < 0.5
    for w, v, sec in rel_items(c, r.randint(2, 6)):
        k = c.key("screaming") if sec else nm(w, "screaming")
        val = c.val if sec else v
        if listy:
            out.append("      - %s=%s" % (k, val))
        else:
            out.append('      %s: "%s"' % (k, val))
    out += ["    depends_on:", "      - redis", "", "  redis:", "    image: redis:7-alpine",
            "    volumes:", "      - redis-data:/data", "", "volumes:", "  redis-data: {}"]
    return r.choice(["docker-compose.yml", "docker-compose.prod.yml", "deploy/docker-compose.yml"]), "yaml", out


def t_k8s_secret(r, c):
    svc = svc_name(c)
    out = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: %s-credentials" % svc,
           "  namespace: %s" % r.choice(["mobility", "charging", "fleet", "transit"]),
           "  labels:", "    app.kubernetes.io/name: %s" % svc, "type: Opaque", "stringData:"]
    for w, v, sec in rel_items(c, r.randint(1, 3)):
        if sec:
            out.append("  %s: \"%s\"" % (c.key(r.choice(["snake", "kebab", "screaming"])), c.val))
        else:
            out.append("  %s: \"%s\"" % (nm(w, "snake"), v))
    return "k8s/%s/secret.yaml" % svc, "yaml", out


def t_k8s_deploy(r, c):
    svc = svc_name(c)
    out = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % svc, "spec:",
           "  replicas: %d" % r.randint(1, 4), "  selector:", "    matchLabels:", "      app: %s" % svc,
           "  template:", "    metadata:", "      labels:", "        app: %s" % svc, "    spec:",
           "      containers:", "        - name: %s" % svc,
           "          image: registry.%s/%s:%s" % (r.choice(HOSTS), svc, r.choice(["v3.2.0", "v1.18.4"])),
           "          env:"]
    for w, v, sec in rel_items(c, r.randint(2, 5)):
        out.append("            - name: %s" % (c.key("screaming") if sec else nm(w, "screaming")))
        out.append("              value: \"%s\"" % (c.val if sec else v))
    out += ["          resources:", "            limits:", "              memory: 512Mi", "              cpu: 500m"]
    return "k8s/%s/deployment.yaml" % svc, "yaml", out


def t_helm_values(r, c):
    svc = svc_name(c)
    out = ["# Default values for %s." % svc, "replicaCount: %d" % r.randint(1, 3), "",
           "image:", "  repository: registry.%s/%s" % (r.choice(HOSTS), svc), "  tag: \"%s\"" % r.choice(["1.9.0", "2.0.3"]), "",
           "%s:" % nm(c.meta["words"][:1], "camel")]
    for w, v, sec in rel_items(c, r.randint(1, 4)):
        k = c.key("camel") if sec else nm(w, "camel")
        out.append("  %s: %s" % (k, json.dumps(c.val if sec else v)))
    out += ["", "ingress:", "  enabled: %s" % r.choice(["true", "false"]), "  hosts:", "    - %s.%s" % (svc, r.choice(HOSTS))]
    return "charts/%s/values.yaml" % svc, "yaml", out


def t_gh_workflow(r, c):
    out = ["name: %s" % r.choice(["deploy", "nightly-sync", "integration-tests", "release"]), "",
           "on:", "  push:", "    branches: [main]", "  workflow_dispatch:", "", "jobs:", "  deploy:",
           "    runs-on: ubuntu-latest", "    env:"]
    for w, v, sec in rel_items(c, r.randint(1, 3)):
        out.append("      %s: %s" % (c.key("screaming") if sec else nm(w, "screaming"),
                                     json.dumps(c.val) if sec else v))
    out += ["    steps:", "      - uses: actions/checkout@v4", "      - uses: actions/setup-python@v5",
            "        with:", "          python-version: \"3.12\"", "      - run: pip install -r requirements.txt",
            "      - run: python -m %s.deploy --env prod" % r.choice(["fleet", "charging", "transit"])]
    return ".github/workflows/%s.yml" % r.choice(["deploy", "sync", "e2e"]), "yaml", out


def t_shell(r, c):
    out = ["#!/usr/bin/env bash", "# %s" % r.choice(["Quick smoke test against the provider API",
                                                   "Nightly pull, run from cron on the ops box",
                                                   "Manual check used during onboarding"]),
           "set -euo pipefail", ""]
    for w, v in c.rel:
        out.append('%s="%s"' % (nm(w, "screaming"), v))
    if c.obv:
        var = c.key("screaming")
        out.append('export %s="%s"' % (var, c.val))
        out.append("")
        out += curl_for(c, "$" + var)
    else:
        out.append("")
        out += curl_for(c, c.val)
    out += ["", 'echo "done at $(date -u +%FT%TZ)"']
    return "scripts/%s.sh" % r.choice(["smoke_test", "pull_feed", "check_api", "sync_vehicles", "onboard"]), "shell", out


def t_py_settings(r, c):
    out = ['"""Settings for the %s service."""' % svc_name(c), "import os", "",
           "DEBUG = %s" % r.choice(["False", "os.getenv(\"DEBUG\") == \"1\""]), ""]
    for w, v, sec in rel_items(c, r.randint(3, 7)):
        if sec:
            out.append("%s = %s" % (c.key("screaming"), c.lit("py")))
        else:
            out.append("%s = %s" % (nm(w, "screaming"), v if v.isdigit() else json.dumps(v)))
    out += ["", "LOGGING = {", '    "version": 1,', '    "root": {"level": "INFO"},', "}"]
    return r.choice(["config/settings.py", "app/settings/production.py", "src/fleet/config.py"]), "python", out


def t_go_config(r, c):
    out = ["package config", "", "import (", '\t"os"', '\t"time"', ")", "",
           "// Defaults used when no config file is mounted.", "const ("]
    for w, v, sec in rel_items(c, r.randint(2, 5)):
        if sec:
            lit = c.lit("go")
            if lit.startswith("os."):
                out.append("\t// %s is read at startup, see Load()" % c.key("pascal"))
                continue
            out.append("\t%s = %s" % (c.key("camel" if r.random() < 0.5 else "pascal"), lit))
        else:
            out.append("\t%s = %s" % (nm(w, "camel"), json.dumps(v)))
    out += [")", "", "var PollEvery = 30 * time.Second", "",
            "func envOr(k, d string) string {", "\tif v := os.Getenv(k); v != \"\" {", "\t\treturn v", "\t}", "\treturn d", "}"]
    return r.choice(["internal/config/defaults.go", "pkg/settings/settings.go", "cmd/ingest/config.go"]), "go", out


def t_java_props(r, c):
    out = ["# %s" % r.choice(["Spring Boot configuration", "production profile", "shared settings"]),
           "spring.application.name=%s" % svc_name(c), "server.port=%d" % r.choice([8080, 8443])]
    prefix = r.choice(["mobility", "integration", "app.providers", "fleet"])
    for w, v, sec in rel_items(c, r.randint(2, 6)):
        if sec:
            out.append("%s.%s=%s" % (prefix, c.key(r.choice(["kebab", "dot", "camel"])), c.val))
        else:
            out.append("%s.%s=%s" % (prefix, nm(w, "kebab"), v))
    out += ["management.endpoints.web.exposure.include=health,info,prometheus"]
    return r.choice(["src/main/resources/application.properties",
                     "src/main/resources/application-prod.properties",
                     "backend/src/main/resources/application.properties"]), "properties", out


def t_spring_yml(r, c):
    out = ["spring:", "  application:", "    name: %s" % svc_name(c), "  jackson:",
           "    default-property-inclusion: non_null", "", "%s:" % r.choice(["mobility", "providers", "integrations"]),
           "  %s:" % slug(c.meta)]
    for w, v, sec in rel_items(c, r.randint(1, 4)):
        if sec:
            out.append("    %s: %s" % (c.key("kebab"), r.choice(['"%s"', "'%s'", "%s"]) % c.val if c.val else '""'))
        else:
            out.append("    %s: %s" % (nm(w, "kebab"), v))
    out += ["", "logging:", "  level:", "    root: INFO"]
    return r.choice(["src/main/resources/application.yml", "src/main/resources/application-prod.yml"]), "yaml", out


def t_toml(r, c):
    out = ["# %s configuration" % svc_name(c), "[server]", "bind = \"0.0.0.0:%d\"" % r.choice([8080, 9000]),
           "workers = %d" % r.randint(2, 8), "", "[%s]" % nm(c.meta["words"][:1], "snake")]
    for w, v, sec in rel_items(c, r.randint(1, 4)):
        if sec:
            out.append("%s = \"%s\"" % (c.key("snake"), c.val))
        else:
            out.append("%s = %s" % (nm(w, "snake"), v if v.isdigit() or v in ("true", "false") else json.dumps(v)))
    out += ["", "[telemetry]", "otlp_endpoint = \"http://otel-collector:4317\"", "sample_ratio = 0.1"]
    return r.choice(["config/service.toml", "config/production.toml", "ingest.toml"]), "toml", out


def t_kotlin_const(r, c):
    pkg = r.choice(["com.voltway.automotive", "io.fleetlink.car", "de.mobilityhub.aaos"])
    out = ["package %s.config" % pkg, "", "import %s.BuildConfig" % pkg, "",
           "/** Endpoints and keys for the in-car app (Android Automotive OS). */", "object ApiConfig {"]
    for w, v, sec in rel_items(c, r.randint(2, 5)):
        if sec:
            out.append("    %s %s = %s" % ("const val" if c.pos or c.negmode != "env" else "val",
                                          c.key(r.choice(["screaming", "camel"])), c.lit("kt")))
        else:
            out.append("    const val %s = %s" % (nm(w, "screaming"), json.dumps(v)))
    out += ["    val isDebug: Boolean get() = BuildConfig.DEBUG", "}"]
    return "app/src/main/java/%s/config/ApiConfig.kt" % pkg.replace(".", "/"), "kotlin", out


def t_c_header(r, c):
    guard = r.choice(["BOARD_CONFIG_H", "OCPP_SETTINGS_H", "APP_CONFIG_H"])
    out = ["/* Auto-generated by provisioning tool, %s */" % r.choice(["rev B board", "EVSE controller v2", "TCU build"]),
           "#ifndef %s" % guard, "#define %s" % guard, "", "#define FW_VERSION \"%d.%d.%d\"" % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9)),
           "#define MAX_CONNECTORS %d" % r.choice([1, 2, 4])]
    for w, v, sec in rel_items(c, r.randint(1, 4)):
        if sec:
            out.append("#define %s \"%s\"" % (c.key("screaming"), c.val))
        else:
            out.append("#define %s %s" % (nm(w, "screaming"), v if v.isdigit() else json.dumps(v)))
    out += ["", "#endif /* %s */" % guard]
    return r.choice(["firmware/include/board_config.h", "src/config/app_config.h", "components/ocpp/include/settings.h"]), "c", out


def t_md_runbook(r, c):
    prov = c.meta["provider"]
    out = ["# %s integration" % prov, "",
           "Owner: %s team. Last checked %s." % (r.choice(["platform", "charging", "data"]), iso_ts(r)[:10]), "",
           "## Setup", "",
           "1. Ask the %s account owner for access." % prov,
           "2. Confirm the base URL: `%s`." % c.meta["host"], ""]
    if c.obv:
        out += ["Current %s (prod): `%s`" % (" ".join(c.meta["words"]), c.val), "", "## Smoke test", "", "```bash"]
        out += curl_for(c, "$" + c.envname)
    else:
        out += ["## Smoke test", "", "```bash"]
        out += curl_for(c, c.val)
    out += ["```", "", "Expect HTTP 200 and a JSON body. If you get 401, rotate and update the vault entry."]
    return r.choice(["docs/integrations/%s.md" % nm(c.meta["words"][:1], "kebab"), "notes/runbook.md",
                     "docs/onboarding/providers.md"]), "markdown", out


def t_postman_collection(r, c):
    prov = c.meta["provider"]
    val = c.val
    if c.kind in ("samsara_api_token", "mds_provider_token", "tesla_refresh_token", "navitia_token"):
        auth_kind = r.choice(["bearer", "var"])
    elif c.kind in ("evgo_api_key", "motive_api_key", "mta_api_key", "tfl_app_key", "here_api_key",
                    "tomtom_api_key", "bay511_api_key", "parking_api_key", "ocpi_token"):
        auth_kind = r.choice(["apikey", "var"])
    else:
        auth_kind = "var"
    coll = {"info": {"_postman_id": g_uuid(r), "name": "%s API" % prov,
                     "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}}
    if auth_kind == "bearer":
        coll["auth"] = {"type": "bearer", "bearer": [{"key": "token", "value": val, "type": "string"}]}
    elif auth_kind == "apikey":
        coll["auth"] = {"type": "apikey", "apikey": [{"key": "value", "value": val, "type": "string"},
                                                      {"key": "key", "value": {"tfl_app_key": "app_key", "here_api_key": "apiKey", "tomtom_api_key": "key",
                                                                               "bay511_api_key": "api_key", "parking_api_key": "api_key",
                                                                               "ocpi_token": "Authorization", "mta_api_key": "x-api-key"}.get(c.kind, "X-Api-Key"), "type": "string"},
                                                      {"key": "in", "value": "query" if c.kind in ("tfl_app_key", "here_api_key", "tomtom_api_key", "bay511_api_key", "parking_api_key") else "header", "type": "string"}]}
    coll["item"] = [{"name": r.choice(["List vehicles", "Get locations", "Line status", "Sessions"]),
                     "request": {"method": "GET", "header": [],
                                 "url": {"raw": "{{baseUrl}}/%s" % r.choice(["vehicles", "locations", "status", "sessions"]),
                                         "host": ["{{baseUrl}}"], "path": ["vehicles"]}}}]
    var = [{"key": "baseUrl", "value": c.meta["host"]}] + [{"key": nm(w, "camel"), "value": v} for w, v in c.rel]
    if auth_kind == "var":
        var.insert(r.randint(0, len(var)), {"key": c.key("camel"), "value": val})
    coll["variable"] = var
    text = json.dumps(coll, indent=r.choice([2, 4])).split("\n")
    return "postman/%s.postman_collection.json" % slug(c.meta), "json", text


def t_postman_env(r, c):
    vals = [{"key": "baseUrl", "value": c.meta["host"], "enabled": True}]
    for w, v, sec in rel_items(c, 0):
        if sec:
            vals.append({"key": c.key("camel"), "value": c.val, "type": "secret" if r.random() < 0.5 else "default", "enabled": True})
        else:
            vals.append({"key": nm(w, "camel"), "value": v, "enabled": True})
    env = {"id": g_uuid(r), "name": r.choice(["prod", "staging", "sandbox"]), "values": vals,
           "_postman_variable_scope": "environment"}
    return "postman/environments/%s.postman_environment.json" % r.choice(["prod", "staging", "sandbox"]), "json", json.dumps(env, indent=2).split("\n")


def t_nodered(r, c):
    tab = g_hex(r, 16)
    fn_lines = ["msg.headers = msg.headers || {};"]
    for w, v in c.rel:
        fn_lines.append("msg.%s = %s;" % (nm(w, "camel"), json.dumps(v)))
    if not c.pos and c.negmode == "env":
        fn_lines.append("const %s = env.get(%s);" % (c.key("camel"), json.dumps(c.envname)))
    else:
        fn_lines.append("const %s = %s;" % (c.key("camel"), json.dumps(c.val)))
    fn_lines.append("msg.url = %s;" % json.dumps(c.meta["host"] + "/" + r.choice(["vehicles", "status", "locations"])))
    fn_lines.append("msg.headers['Authorization'] = 'Bearer ' + %s;" % c.key("camel"))
    fn_lines.append("return msg;")
    nodes = [
        {"id": tab, "type": "tab", "label": r.choice(["Fleet poller", "Charger sync", "Transit board"]), "disabled": False},
        {"id": g_hex(r, 16), "type": "inject", "z": tab, "name": "every %ds" % r.choice([30, 60, 300]),
         "repeat": str(r.choice([30, 60, 300])), "x": 120, "y": 80, "wires": [["n2"]]},
        {"id": "n2", "type": "function", "z": tab, "name": "build request", "func": "\n".join(fn_lines),
         "outputs": 1, "x": 320, "y": 80, "wires": [["n3"]]},
        {"id": "n3", "type": "http request", "z": tab, "name": "", "method": "GET", "ret": "obj",
         "url": "", "x": 520, "y": 80, "wires": [["n4"]]},
        {"id": "n4", "type": "debug", "z": tab, "name": "", "active": True, "x": 700, "y": 80, "wires": []},
    ]
    return r.choice(["node-red/flows.json", "flows.json", ".node-red/flows_fleet.json"]), "node-red-json", json.dumps(nodes, indent=4).split("\n")


def t_csv_settings(r, c):
    out = ["setting,value,updated_by,updated_at"]
    who = ["a.schmidt", "j.doe", "ops-bot", "m.rossi", "k.nakamura"]
    for w, v, sec in rel_items(c, r.randint(3, 7)):
        k = c.key("dot") if sec else nm(w, "dot")
        out.append("%s,%s,%s,%s" % (k, c.val if sec else v, r.choice(who), iso_ts(r)[:10]))
    return r.choice(["exports/integration_settings.csv", "data/admin_export_settings.csv", "backups/settings_%d.csv" % r.randint(2023, 2024)]), "csv", out


def t_tfvars(r, c):
    out = ["# %s environment" % r.choice(["prod", "staging"]), "project = \"%s\"" % svc_name(c),
           "region  = \"%s\"" % r.choice(["eu-central-1", "us-east-1"])]
    for w, v, sec in rel_items(c, r.randint(1, 3)):
        if sec:
            out.append("%s = \"%s\"" % (c.key("snake"), c.val))
        else:
            out.append("%s = \"%s\"" % (nm(w, "snake"), v))
    out += ["", "tags = {", "  team = \"%s\"" % r.choice(["mobility", "charging"]), "  cost_center = \"%d\"" % r.randint(1000, 9999), "}"]
    return r.choice(["infra/terraform/prod.tfvars", "terraform/environments/staging.tfvars"]), "hcl", out


def t_ts_config(r, c):
    out = ["// Runtime configuration for the %s worker" % svc_name(c), "export const config = {"]
    for w, v, sec in rel_items(c, r.randint(2, 5)):
        if sec:
            out.append("  %s: %s," % (c.key("camel"), c.lit("js")))
        else:
            out.append("  %s: %s," % (nm(w, "camel"), v if v.isdigit() else json.dumps(v)))
    out += ["} as const;", "", "export type Config = typeof config;"]
    return r.choice(["src/config.ts", "worker/src/settings.ts", "packages/api/src/config.ts"]), "typescript", out


def t_ini(r, c):
    out = ["; %s" % r.choice(["ingest daemon config", "gateway settings", "legacy poller"]), "[main]",
           "name = %s" % svc_name(c), "workers = %d" % r.randint(1, 8), "", "[%s]" % slug(c.meta)]
    for w, v, sec in rel_items(c, r.randint(1, 4)):
        out.append("%s = %s" % (c.key("snake") if sec else nm(w, "snake"), c.val if sec else v))
    out += ["", "[logging]", "level = INFO", "file = /var/log/%s.log" % svc_name(c)]
    return r.choice(["config/ingest.ini", "etc/gateway.ini", "settings.ini"]), "ini", out


def t_systemd(r, c):
    svc = svc_name(c)
    out = ["[Unit]", "Description=%s" % svc, "After=network-online.target", "", "[Service]",
           "User=%s" % r.choice(["fleet", "svc", "ocpp"]), "WorkingDirectory=/opt/%s" % svc]
    for w, v, sec in rel_items(c, r.randint(1, 3)):
        k = c.key("screaming") if sec else nm(w, "screaming")
        out.append("Environment=\"%s=%s\"" % (k, c.val if sec else v))
    out += ["ExecStart=/opt/%s/bin/%s --config /etc/%s.toml" % (svc, svc, svc), "Restart=always", "",
            "[Install]", "WantedBy=multi-user.target"]
    return "deploy/systemd/%s.service" % svc, "systemd", out


def t_dockerfile(r, c):
    out = ["FROM python:3.12-slim", "WORKDIR /app", "COPY requirements.txt .",
           "RUN pip install --no-cache-dir -r requirements.txt", "COPY . ."]
    for w, v, sec in rel_items(c, r.randint(1, 3)):
        k = c.key("screaming") if sec else nm(w, "screaming")
        out.append("ENV %s=%s" % (k, json.dumps(c.val) if sec else v))
    out += ["EXPOSE 8080", 'CMD ["python", "-m", "%s"]' % r.choice(["ingest", "app", "poller"])]
    return r.choice(["Dockerfile", "docker/Dockerfile.worker", "services/poller/Dockerfile"]), "dockerfile", out


def t_php(r, c):
    out = ["<?php", "", "return ["]
    out.append("    '%s' => [" % slug(c.meta))
    for w, v, sec in rel_items(c, r.randint(1, 4)):
        if sec:
            out.append("        '%s' => %s," % (c.key("snake"), c.lit("php")))
        else:
            out.append("        '%s' => '%s'," % (nm(w, "snake"), v))
    out += ["    ],", "];"]
    return r.choice(["config/services.php", "config/mobility.php"]), "php", out


def t_js_module(r, c):
    out = ["'use strict';", "", "module.exports = {", "  env: process.env.NODE_ENV || 'development',"]
    for w, v, sec in rel_items(c, r.randint(2, 5)):
        if sec:
            out.append("  %s: %s," % (c.key("camel"), c.lit("js")))
        else:
            out.append("  %s: %s," % (nm(w, "camel"), json.dumps(v)))
    out += ["};"]
    return r.choice(["config/default.js", "server/config.js", "config/production.js"]), "javascript", out


GENERIC = [t_dotenv, t_compose, t_k8s_secret, t_k8s_deploy, t_helm_values, t_gh_workflow, t_shell,
           t_py_settings, t_go_config, t_java_props, t_spring_yml, t_toml, t_kotlin_const, t_c_header,
           t_md_runbook, t_postman_collection, t_postman_env, t_nodered, t_csv_settings, t_tfvars,
           t_ts_config, t_ini, t_systemd, t_dockerfile, t_php, t_js_module]


# --------------------------------------------------------------------------------------------
# kind-specific templates
# --------------------------------------------------------------------------------------------

def _cp(c):
    for w, v in c.rel:
        if w == ["charge", "point", "id"]:
            return v
    return cpid(c.r)


class Clock(object):
    """Monotonic timestamps for log files."""

    def __init__(self, r):
        self.r = r
        self.t = r.randint(0, 300 * 86400)
        self.m, self.d = 1 + self.t // (28 * 86400) % 12, 1 + self.t // 86400 % 28

    def tick(self, lo=0.05, hi=4.0):
        self.t += self.r.uniform(lo, hi)
        t = self.t
        sec = t % 86400
        return "2024-%02d-%02dT%02d:%02d:%06.3fZ" % (self.m, self.d, int(sec // 3600) % 24, int(sec // 60) % 60, sec % 60)


_CLOCKS = {}


def ocpp_frame(r, cp, direction, body):
    ck = _CLOCKS.get(cp)
    if ck is None:
        ck = _CLOCKS[cp] = Clock(r)
    return "%s %-5s [%s] %s %s" % (ck.tick(), r.choice(["INFO", "DEBUG"]), cp, direction, body)


def t_ocpp_log(r, c):
    cp = _cp(c)
    _CLOCKS.pop(cp, None)
    lines = []
    mid = g_uuid(r)
    lines.append(ocpp_frame(r, cp, "<-", json.dumps([2, mid, "BootNotification", {
        "chargePointVendor": r.choice(["Alfen BV", "ABB", "Wallbox", "KEBA AG"]),
        "chargePointModel": r.choice(["NG920", "Terra AC", "Pulsar Plus", "P30"]),
        "chargePointSerialNumber": "%s%06d" % (r.choice(["ACE", "TAC", "WB"]), r.randint(0, 999999)),
        "firmwareVersion": "%d.%d.%d" % (r.randint(1, 6), r.randint(0, 12), r.randint(0, 30))}],
        separators=(",", ":"))))
    lines.append(ocpp_frame(r, cp, "->", json.dumps([3, mid, {"status": "Accepted", "currentTime": iso_ts(r, 12), "interval": 300}], separators=(",", ":"))))
    for _ in range(r.randint(1, 4)):
        m = g_uuid(r)
        lines.append(ocpp_frame(r, cp, "<-", json.dumps([2, m, "StatusNotification", {"connectorId": r.randint(1, 2), "errorCode": "NoError",
                                                                                     "status": r.choice(["Available", "Preparing", "Charging"])}], separators=(",", ":"))))
        lines.append(ocpp_frame(r, cp, "->", json.dumps([3, m, {}], separators=(",", ":"))))
    m = g_uuid(r)
    if c.kind == "ocpp_authorization_key":
        if c.obv:
            payload = [2, m, "ChangeConfiguration", {"key": "AuthorizationKey", "value": c.val}]
        else:
            payload = [2, m, "DataTransfer", {"vendorId": "com.%s" % r.choice(["alfen", "wallbox", "keba"]),
                                              "messageId": "SetBackofficeCredentials", "data": c.val}]
    else:
        if c.obv:
            payload = [2, m, "SetVariables", {"setVariableData": [{"attributeValue": c.val, "component": {"name": "SecurityCtrlr"},
                                                                   "variable": {"name": "BasicAuthPassword"}}]}]
        else:
            payload = [2, m, "DataTransfer", {"vendorId": "com.%s" % r.choice(["alfen", "wallbox", "keba"]),
                                              "messageId": "Provision", "data": json.dumps({"cp": cp, "p": c.val}, separators=(",", ":"))}]
    lines.append(ocpp_frame(r, cp, "->", json.dumps(payload, separators=(",", ":"))))
    lines.append(ocpp_frame(r, cp, "<-", json.dumps([3, m, {"status": "Accepted"}], separators=(",", ":"))))
    for _ in range(r.randint(1, 3)):
        m = g_uuid(r)
        lines.append(ocpp_frame(r, cp, "<-", json.dumps([2, m, "Heartbeat", {}], separators=(",", ":"))))
        lines.append(ocpp_frame(r, cp, "->", json.dumps([3, m, {"currentTime": iso_ts(r, 12)}], separators=(",", ":"))))
    return "logs/ocpp/%s-2024-%02d-12.log" % (cp.lower(), r.randint(1, 12)), "ocpp-log", lines


def t_ocpp_upgrade(r, c):
    cp = _cp(c)
    host = r.choice(CSMS_HOSTS)
    if c.pos:
        blob = base64.b64encode(("%s:%s" % (cp, c.val)).encode()).decode()
        c.needle = blob
    else:
        blob = c.val if c.negmode in ("masked", "placeholder") else "<redacted>"
    out = ["# captured with mitmproxy during commissioning of %s (%s)" % (cp, iso_ts(r)[:10]),
           "GET /ocpp/1.6/%s HTTP/1.1" % cp, "Host: %s" % host, "Upgrade: websocket", "Connection: Upgrade",
           "Sec-WebSocket-Key: %s" % base64.b64encode(rbytes(r, 16)).decode(),
           "Sec-WebSocket-Version: 13", "Sec-WebSocket-Protocol: ocpp1.6",
           "Authorization: Basic %s" % blob, "User-Agent: %s" % r.choice(["ESP32-OCPP/1.2", "Alfen-NG9xx", "MicroOcpp/1.1.0"]), "",
           "HTTP/1.1 101 Switching Protocols", "Upgrade: websocket", "Connection: Upgrade",
           "Sec-WebSocket-Accept: %s" % base64.b64encode(rbytes(r, 20)).decode(), "Sec-WebSocket-Protocol: ocpp1.6", ""]
    return "docs/commissioning/%s-handshake.txt" % cp.lower(), "http-capture", out


def t_fw_ocpp_c(r, c):
    cp = _cp(c)
    url = "wss://%s/ocpp/1.6/%s" % (r.choice(CSMS_HOSTS), cp)
    fld = "auth_key_hex" if c.kind == "ocpp_authorization_key" else "basic_auth_password"
    out = ["#include \"ocpp_client.h\"", "#include <stddef.h>", "",
           "/* Backend connection for site %s. Security profile 2 (TLS + basic auth). */" % r.choice(["Depot Nord", "Parkhaus P3", "Fleet Yard 7"]), ""]
    if c.obv:
        out += ["static const ocpp_client_cfg_t k_ocpp_cfg = {",
                "    .central_system_url = \"%s\"," % url,
                "    .charge_point_id    = \"%s\"," % cp,
                "    .security_profile   = 2,",
                "    .%s = \"%s\"," % (fld, c.val),
                "    .heartbeat_s        = %d," % r.choice([60, 300]),
                "    .meter_sample_s     = %d," % r.choice([15, 60]),
                "};"]
    else:
        out += ["/* url, id, profile, secret, heartbeat, sample */",
                "static const ocpp_client_cfg_t k_ocpp_cfg = {",
                "    \"%s\", \"%s\", 2," % (url, cp),
                "    \"%s\"," % c.val,
                "    %d, %d" % (r.choice([60, 300]), r.choice([15, 60])),
                "};"]
    out += ["", "const ocpp_client_cfg_t *ocpp_default_cfg(void)", "{", "    return &k_ocpp_cfg;", "}"]
    return r.choice(["firmware/src/ocpp_defaults.c", "main/ocpp_cfg.c", "src/backend/ocpp_config.c"]), "c", out


def t_ocpp_cfg_json(r, c):
    cp = _cp(c)
    cfg = [{"key": "HeartbeatInterval", "readonly": False, "value": "300"},
           {"key": "MeterValueSampleInterval", "readonly": False, "value": str(r.choice([15, 60]))},
           {"key": "ConnectionTimeOut", "readonly": False, "value": "60"},
           {"key": "SecurityProfile", "readonly": False, "value": "2"},
           {"key": "AuthorizeRemoteTxRequests", "readonly": False, "value": "true"}]
    keyname = "AuthorizationKey" if c.kind == "ocpp_authorization_key" else "BasicAuthPassword"
    if not c.obv:
        keyname = r.choice(["Cfg_Backend_Secret", "NetCfgB", "cs_param_7"])
    cfg.insert(r.randint(1, len(cfg)), {"key": keyname, "readonly": False, "value": c.val})
    doc = {"chargePointId": cp, "centralSystemUrl": "wss://%s/ocpp/1.6" % r.choice(CSMS_HOSTS),
           "ocppVersion": "1.6J", "configurationKey": cfg}
    return r.choice(["simulator/config/%s.json" % cp.lower(), "provisioning/chargers/%s.json" % cp.lower()]), "json", json.dumps(doc, indent=2).split("\n")


def t_ocpi_credentials(r, c):
    host = r.choice(HOSTS)
    cc = r.choice(["DE", "NL", "FR", "BE"])
    pid = r.choice(["ABC", "TNM", "EVB", "CPO", "MSP"])
    body = {"token": c.val, "url": "https://ocpi.%s/ocpi/versions" % host,
            "roles": [{"role": r.choice(["CPO", "EMSP"]), "party_id": pid, "country_code": cc,
                       "business_details": {"name": host.split(".")[0].capitalize() + " GmbH", "website": "https://%s" % host}}]}
    if c.obv:
        doc = body
        path = r.choice(["ocpi/registration/credentials_%s.json" % pid.lower(), "fixtures/ocpi/credentials_response.json"])
        return path, "json", json.dumps(doc, indent=2).split("\n")
    # non-obvious: a log line of the response with the token embedded in the data envelope
    env = {"data": body, "status_code": 1000, "status_message": "Success", "timestamp": iso_ts(r)}
    out = ["%s INFO  ocpi.handshake POST /ocpi/2.2.1/credentials from %s-%s" % (iso_ts(r), cc, pid),
           "%s DEBUG ocpi.handshake response=%s" % (iso_ts(r), json.dumps(env, separators=(",", ":"))),
           "%s INFO  ocpi.handshake registration complete, fetching endpoints" % iso_ts(r)]
    return "logs/ocpi-handshake-%d.log" % r.randint(1, 30), "log", out


def t_ocpi_md(r, c):
    host = r.choice(HOSTS)
    if c.pos:
        blob = base64.b64encode(c.val.encode()).decode()
        c.needle = blob
    else:
        blob = c.val
    out = ["# OCPI 2.2.1 connection with %s" % host.split(".")[0].capitalize(), "",
           "Versions endpoint: https://ocpi.%s/ocpi/versions" % host, "",
           "Since 2.2 the credentials token is sent base64-encoded:", "", "```http",
           "GET /ocpi/2.2.1/locations?limit=50 HTTP/1.1", "Host: ocpi.%s" % host,
           "Authorization: Token %s" % blob, "X-Request-ID: %s" % g_uuid(r), "X-Correlation-ID: %s" % g_uuid(r), "```", "",
           "Paging uses the `Link` header; `X-Total-Count` tells you how many locations exist.",
           "Locations are keyed by `country_code`/`party_id`/`id`."]
    return r.choice(["docs/roaming/ocpi-%s.md" % host.split(".")[0], "notes/ocpi_partner.md"]), "markdown", out


def t_ocpi_py(r, c):
    out = ["import base64", "import requests", "", "",
           "class OcpiClient:", "    def __init__(self, versions_url, token):", "        self.versions_url = versions_url",
           "        self._auth = \"Token \" + base64.b64encode(token.encode()).decode()", "",
           "    def get(self, url, **params):",
           "        resp = requests.get(url, params=params, headers={\"Authorization\": self._auth}, timeout=20)",
           "        resp.raise_for_status()", "        return resp.json()[\"data\"]", "", ""]
    vurl = "https://ocpi.%s/ocpi/versions" % r.choice(HOSTS)
    if c.obv:
        out += ["%s = %s  # token C we issued to the hub" % (c.key("screaming"), c.lit("py")),
                "client = OcpiClient(%s, %s)" % (json.dumps(vurl), c.key("screaming"))]
    else:
        out += ["client = OcpiClient(%s, %s)" % (json.dumps(vurl), c.lit("py"))]
    out += ["for loc in client.get(%s, limit=100):" % json.dumps(vurl.replace("versions", "2.2.1/locations")),
            "    print(loc[\"id\"], loc[\"evses\"][0][\"evse_id\"])"]
    return r.choice(["scripts/ocpi_pull_locations.py", "roaming/client.py"]), "python", out


TRANSIT = ["tfl_app_key", "mta_api_key", "bay511_api_key", "navitia_token", "here_api_key",
           "tomtom_api_key", "parking_api_key", "evgo_api_key"]


def transit_request(c):
    """(url, params as list of (k, v|SECRET), headers as list of (k, v|SECRET))"""
    k = c.kind
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    S = "\0SECRET"
    if k == "tfl_app_key":
        return "https://api.tfl.gov.uk/Line/Mode/bus/Arrivals", [("app_id", ex["tfl_app_id"]), ("app_key", S)], []
    if k == "mta_api_key":
        return "https://api-endpoint.mta.info/Dataservice/mtagtfsfeeds/nyct%2Fgtfs-ace", [], [("x-api-key", S)]
    if k == "bay511_api_key":
        return "https://api.511.org/transit/TripUpdates", [("api_key", S), ("agency", ex["agency"])], []
    if k == "navitia_token":
        return "https://api.navitia.io/v1/coverage/%s/departures" % ex["navitia_coverage"], [("count", "20")], [("Authorization", S)]
    if k == "here_api_key":
        return "https://router.hereapi.com/v8/routes", [("transportMode", "truck"), ("origin", "52.5308,13.3847"), ("destination", "52.5264,13.3686"), ("apiKey", S)], []
    if k == "tomtom_api_key":
        return "https://api.tomtom.com/routing/1/calculateRoute/52.50931,13.42936:52.50274,13.43872/json", [("travelMode", ex["tomtom_travel_mode"]), ("key", S)], []
    if k == "parking_api_key":
        return "https://api.parkwhiz.com/v4/quotes/", [("q", "coordinates:41.8857,-87.6369"), ("api_key", S)], []
    return "https://partner-api.evgo.com/v1/locations", [("limit", "50")], [("X-Api-Key", S)]


def t_transit_py(r, c):
    url, params, headers = transit_request(c)
    S = "\0SECRET"
    out = ['"""Poll %s and push results to the departure board cache."""' % c.meta["provider"], "import time", "",
           "import requests", ""]
    if c.obv:
        out.append("%s = %s" % (c.key("screaming"), c.lit("py")))
        ref = c.key("screaming")
    else:
        ref = None
    out += ["BASE = %s" % json.dumps(url), "", "", "def fetch():"]
    ps = ", ".join("%s: %s" % (json.dumps(k), ref if (v == S and ref) else (c.lit("py") if v == S else json.dumps(v))) for k, v in params)
    hs = ", ".join("%s: %s" % (json.dumps(k), ref if (v == S and ref) else (c.lit("py") if v == S else json.dumps(v))) for k, v in headers)
    out.append("    resp = requests.get(BASE, params={%s}, headers={%s}, timeout=10)" % (ps, hs))
    out += ["    resp.raise_for_status()", "    return resp.content", "", "",
            "if __name__ == \"__main__\":", "    while True:", "        data = fetch()",
            "        print(len(data), \"bytes\")", "        time.sleep(%d)" % r.choice([15, 30, 60])]
    return r.choice(["feeds/poll_%s.py" % slug(c.meta), "board/fetch.py", "etl/realtime.py"]), "python", out


def t_transit_go(r, c):
    url, params, headers = transit_request(c)
    S = "\0SECRET"
    out = ["package feed", "", "import (", '\t"net/http"', '\t"net/url"', '\t"time"', ")", ""]
    golit = c.lit("go")
    if c.obv and not golit.startswith("os."):
        out += ["const %s = %s" % (c.key("camel"), golit), ""]
        ref = c.key("camel")
    else:
        ref = golit
        if golit.startswith("os."):
            out[5:5] = ['\t"os"']
    out += ["var client = &http.Client{Timeout: %d * time.Second}" % r.choice([5, 10, 20]), "",
            "// Fetch downloads the latest realtime snapshot.", "func Fetch() (*http.Response, error) {",
            "\tq := url.Values{}"]
    for k, v in params:
        out.append("\tq.Set(%s, %s)" % (json.dumps(k), ref if v == S else json.dumps(v)))
    out.append("\treq, err := http.NewRequest(\"GET\", %s+\"?\"+q.Encode(), nil)" % json.dumps(url))
    out += ["\tif err != nil {", "\t\treturn nil, err", "\t}"]
    for k, v in headers:
        out.append("\treq.Header.Set(%s, %s)" % (json.dumps(k), ref if v == S else json.dumps(v)))
    out += ["\treq.Header.Set(\"Accept\", \"application/x-protobuf\")", "\treturn client.Do(req)", "}"]
    return r.choice(["internal/feed/fetch.go", "pkg/realtime/client.go"]), "go", out


def t_geotab_py(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    out = ["import mygeotab", "", "", "def connect():"]
    if c.obv:
        out += ["    api = mygeotab.API(", "        username=%s," % json.dumps(ex["geotab_username"]),
                "        password=%s," % c.lit("py"), "        database=%s," % json.dumps(ex["geotab_database"]),
                "        server=\"my.geotab.com\",", "    )"]
    else:
        out += ["    api = mygeotab.API(%s, %s, %s)" % (json.dumps(ex["geotab_username"]), c.lit("py"), json.dumps(ex["geotab_database"]))]
    out += ["    api.authenticate()", "    return api", "", "",
            "def devices(api):", "    return [(d[\"id\"], d.get(\"vehicleIdentificationNumber\")) for d in api.get(\"Device\")]", "", "",
            "if __name__ == \"__main__\":", "    for dev_id, vin in devices(connect()):", "        print(dev_id, vin)"]
    return r.choice(["telematics/geotab_sync.py", "scripts/geotab_devices.py"]), "python", out


def t_samsara_go(r, c):
    golit = c.lit("go")
    out = ["package telematics", "", "import (", '\t"fmt"', '\t"net/http"', ")", ""]
    hdr = {"samsara_api_token": ("Authorization", "\"Bearer \" + "), "motive_api_key": ("X-Api-Key", "")}[c.kind]
    base = {"samsara_api_token": "https://api.samsara.com/fleet/vehicles/stats?types=gps,engineStates",
            "motive_api_key": "https://api.gomotive.com/v1/vehicle_locations"}[c.kind]
    if c.obv and not golit.startswith("os."):
        out += ["const %s = %s" % (c.key("camel"), golit), ""]
        ref = c.key("camel")
    else:
        ref = golit
        if golit.startswith("os."):
            out[4:4] = ['\t"os"']
    out += ["func VehicleStats(c *http.Client) (*http.Response, error) {",
            "\treq, err := http.NewRequest(http.MethodGet, %s, nil)" % json.dumps(base),
            "\tif err != nil {", "\t\treturn nil, fmt.Errorf(\"build request: %w\", err)", "\t}",
            "\treq.Header.Set(%s, %s%s)" % (json.dumps(hdr[0]), hdr[1], ref),
            "\treq.Header.Set(\"Accept\", \"application/json\")", "\treturn c.Do(req)", "}"]
    return r.choice(["internal/telematics/%s.go" % c.meta["provider"].lower(), "pkg/fleet/stats.go"]), "go", out


def t_telematics_kt(r, c):
    hdr = {"samsara_api_token": ("Authorization", "\"Bearer $%s\""), "motive_api_key": ("X-Api-Key", "%s"),
           "evgo_api_key": ("X-Api-Key", "%s"), "parking_api_key": ("Authorization", "\"Bearer $%s\"")}[c.kind]
    pkg = r.choice(["com.voltway.fleet.net", "io.fleetlink.driver.api"])
    out = ["package %s" % pkg, "", "import okhttp3.Interceptor", "import okhttp3.Response", ""]
    kl = c.lit("kt")
    if c.obv:
        out += ["private const val %s = %s" % (c.key("screaming"), kl) if kl.startswith('"') else
                "private val %s = %s" % (c.key("screaming"), kl), ""]
        ref = c.key("screaming")
        val = hdr[1] % ref if hdr[1] != "%s" else ref
    else:
        if kl.startswith('"'):
            inner = kl[1:-1]
            val = '"Bearer %s"' % inner if hdr[1].startswith('"Bearer') else kl
        else:
            val = '"Bearer " + %s' % kl if hdr[1].startswith('"Bearer') else kl
    out += ["class AuthInterceptor : Interceptor {", "    override fun intercept(chain: Interceptor.Chain): Response {",
            "        val req = chain.request().newBuilder()",
            "            .header(%s, %s)" % (json.dumps(hdr[0]), val),
            "            .header(\"User-Agent\", \"driver-app/%d.%d\")" % (r.randint(1, 5), r.randint(0, 30)),
            "            .build()", "        return chain.proceed(req)", "    }", "}"]
    return "app/src/main/java/%s/AuthInterceptor.kt" % pkg.replace(".", "/"), "kotlin", out


def t_tesla_tokens(r, c):
    region = r.choice(["na", "eu"])
    if c.obv:
        doc = {"token_type": "Bearer", "refresh_token": c.val, "expires_in": 28800,
               "scope": "openid offline_access vehicle_device_data vehicle_charging_cmds",
               "region": region, "obtained_at": iso_ts(r)}
    else:
        doc = {"region": region, "vehicles": [vin(r, "5YJ"), vin(r, "7SA")],
               "auth": {"r": c.val, "ts": r.randint(1700000000, 1740000000)}}
    return r.choice(["tesla_tokens.json", ".cache/tesla/auth.json", "data/fleet/token_seed.json"]), "json", json.dumps(doc, indent=2).split("\n")


def t_tesla_py(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    out = ["import requests", "", "TOKEN_URL = \"https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token\"",
           "CLIENT_ID = %s" % json.dumps(ex["tesla_client_id"]), ""]
    if c.kind == "tesla_client_secret":
        if c.obv:
            out += ["%s = %s" % (c.key("screaming"), c.lit("py")), ""]
            ref = c.key("screaming")
        else:
            ref = c.lit("py")
        out += ["", "def partner_token():", "    resp = requests.post(TOKEN_URL, data={",
                "        \"grant_type\": \"client_credentials\",", "        \"client_id\": CLIENT_ID,",
                "        \"client_secret\": %s," % ref if c.obv else "        \"client_secret\": %s," % ref,
                "        \"scope\": \"openid vehicle_device_data vehicle_cmds\",",
                "        \"audience\": %s," % json.dumps(ex["tesla_audience"]), "    }, timeout=15)"]
    else:
        if c.obv:
            out += ["%s = %s" % (c.key("screaming"), c.lit("py")), ""]
            ref = c.key("screaming")
        else:
            ref = c.lit("py")
        out += ["", "def refresh():", "    resp = requests.post(TOKEN_URL, data={",
                "        \"grant_type\": \"refresh_token\",", "        \"client_id\": CLIENT_ID,",
                "        \"refresh_token\": %s," % ref, "    }, timeout=15)"]
    out += ["    resp.raise_for_status()", "    return resp.json()[\"access_token\"]"]
    return r.choice(["tesla/auth.py", "scripts/tesla_token.py", "fleet/providers/tesla.py"]), "python", out


OAUTH_APPS = ["smartcar_client_secret", "enode_client_secret", "highmobility_client_secret",
              "uber_client_secret", "lyft_client_secret", "tesla_client_secret"]


def t_oauth_express(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    cid = [v for w, v in c.rel if w[-1] == "id"][0]
    prov = slug(c.meta)
    redirect = ex.get("smartcar_redirect_uri", "https://%s/auth/%s/callback" % (r.choice(HOSTS), prov.lower()))
    out = ["const express = require('express');", "const { OAuthClient } = require('./lib/oauth');", "",
           "const app = express();", ""]
    if c.obv:
        out += ["const client = new OAuthClient({", "  provider: '%s'," % prov.lower(), "  clientId: '%s'," % cid,
                "  clientSecret: %s," % c.lit("js"), "  redirectUri: '%s'," % redirect, "});"]
    else:
        out += ["const client = new OAuthClient('%s', '%s', %s, '%s');" % (prov.lower(), cid, c.lit("js"), redirect)]
    out += ["", "app.get('/login', (req, res) => res.redirect(client.authorizeUrl(['read_vehicle_info'])));",
            "app.get('/callback', async (req, res) => {", "  const tokens = await client.exchange(req.query.code);",
            "  req.session.tokens = tokens;", "  res.redirect('/vehicles');", "});", "",
            "app.listen(%d, () => console.log('listening'));" % r.choice([3000, 8000, 5050])]
    return r.choice(["server/index.js", "src/server.js", "api/%s.js" % prov.lower()]), "javascript", out


def t_android_manifest(r, c):
    pkg = r.choice(["com.voltway.automotive", "io.fleetlink.car"])
    name = "%s.%s" % (pkg, c.key("screaming")) if c.obv else "%s.cfg.%s" % (pkg, r.choice(["K1", "MAP_A", "R2"]))
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<manifest xmlns:android="http://schemas.android.com/apk/res/android"', '    package="%s">' % pkg, "",
           '    <uses-feature android:name="android.hardware.type.automotive" android:required="true" />',
           '    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />',
           '    <uses-permission android:name="android.car.permission.CAR_ENERGY" />', "",
           '    <application', '        android:label="@string/app_name"', '        android:icon="@mipmap/ic_launcher">',
           '        <meta-data', '            android:name="%s"' % name, '            android:value="%s" />' % c.val,
           '        <meta-data android:name="com.android.automotive" android:resource="@xml/automotive_app_desc" />',
           '        <activity android:name=".MainActivity" android:exported="true">',
           '            <intent-filter>', '                <action android:name="android.intent.action.MAIN" />',
           '                <category android:name="android.intent.category.LAUNCHER" />',
           '            </intent-filter>', '        </activity>', '    </application>', '</manifest>']
    return "app/src/main/AndroidManifest.xml", "xml", out


def t_gradle_props(r, c):
    out = ["org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8", "android.useAndroidX=true",
           "kotlin.code.style=official", "android.nonTransitiveRClass=true"]
    k = c.key("screaming") if c.obv else r.choice(["ARTIFACT_PULL", "SDK_X", "repoCredential"])
    if c.kind == "mapbox_secret_token" and c.obv:
        k = r.choice(["MAPBOX_DOWNLOADS_TOKEN", "MAPBOX_SECRET_TOKEN"])
    out.insert(r.randint(1, len(out)), "%s=%s" % (k, c.val))
    return r.choice(["gradle.properties", "local.properties"]), "properties", out


def t_mds_yaml(r, c):
    host = c.extras.get("mds_host", r.choice(MDS_PROVIDERS))
    out = ["# MDS ingestion for the micromobility permit program", "schedule: \"*/15 * * * *\"", "providers:",
           "  - name: %s" % host.split(".")[0].capitalize(),
           "    provider_id: %s" % [v for w, v in c.rel][0],
           "    mds_api_url: https://mds.%s" % host, "    version: \"2.0.0\""]
    if c.obv:
        out += ["    auth_type: bearer", "    token: %s" % c.val]
    else:
        out += ["    headers:", "      Authorization: \"Bearer %s\"" % c.val]
    out += ["    endpoints: [trips, events, vehicles/status]", "", "storage:", "  bucket: s3://%s-mds-raw" % r.choice(["city", "pbot", "ladot"]),
            "  partition_by: provider_id"]
    return r.choice(["pipelines/mds/providers.yaml", "config/mds_ingest.yml"]), "yaml", out


def t_chargepoint_java(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    out = ["package com.voltway.integrations.chargepoint;", "", "import javax.xml.ws.BindingProvider;",
           "import java.util.Map;", "", "public final class ChargePointClientFactory {", ""]
    if c.obv:
        jl = c.lit("java")
        out += ["    private static final String LICENSE_KEY = %s;" % json.dumps(ex["chargepoint_license_key"]),
                "    private static final String %s = %s;" % (c.key("screaming"), jl), ""]
        ref = c.key("screaming")
    else:
        ref = c.lit("java")
        out += ["    private static final String LICENSE_KEY = %s;" % json.dumps(ex["chargepoint_license_key"]), ""]
    out += ["    public static ChargePointServicesPortType create() {",
            "        ChargePointServicesPortType port = new ChargePointServices().getChargePointServicesPort();",
            "        WsSecurity.attachUsernameToken(port, LICENSE_KEY, %s);" % ref,
            "        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();",
            "        ctx.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, %s);" % json.dumps(c.meta["host"]),
            "        return port;", "    }", "}"]
    return "src/main/java/com/voltway/integrations/chargepoint/ChargePointClientFactory.java", "java", out


def t_oicp_props(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    out = ["# Hubject OICP 2.3 client (mutual TLS)", "oicp.endpoint=https://service.hubject.com/api/oicp",
           "oicp.operator-id=%s" % ex["oicp_operator_id"], "oicp.keystore.path=%s" % ex["oicp_keystore_path"],
           "oicp.keystore.type=PKCS12"]
    k = "oicp.keystore.password" if c.obv else r.choice(["oicp.keystore.kp", "oicp.tls.store-unlock", "oicp.ks"])
    out.append("%s=%s" % (k, c.val))
    out += ["oicp.truststore.path=/etc/oicp/hubject-ca.jks", "oicp.push-evse-data.cron=0 */10 * * * *",
            "oicp.authorize-remote.timeout-ms=8000"]
    return r.choice(["src/main/resources/oicp.properties", "config/oicp-prod.properties"]), "properties", out


def t_diag_cfg(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    out = ["; diagnostic workstation %s" % ex["diag_seat"], "[interface]", "channel = %s" % ex["can_interface"],
           "bitrate = %d" % r.choice([250000, 500000]), "fd = %s" % r.choice(["false", "true"]), "",
           "[uds]", "tester_address = 0x%X" % r.choice([0xF1, 0x7E0]), "p2_timeout_ms = 50", "",
           "[license]", "owner = %s" % r.choice(["Fleet Workshop Nord", "EV Lab", "Depot 3"])]
    out.append("%s = %s" % ("key" if c.obv else r.choice(["activation", "code", "serial"]), c.val))
    out += ["seat = %s" % ex["diag_seat"]]
    return r.choice(["tools/diag/diagtool.ini", "workshop/diag.cfg"]), "ini", out


def t_dsn(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    user, host = ex["db_user"], ex["db_host"]
    form = r.randrange(3)
    if form == 0:
        out = ["[alembic]", "script_location = migrations", "prepend_sys_path = .", "",
               "sqlalchemy.url = postgresql+psycopg2://%s:%s@%s:5432/csms" % (user, c.val, host), "",
               "[loggers]", "keys = root,sqlalchemy,alembic"]
        return "alembic.ini", "ini", out
    if form == 1:
        out = ["DATABASES = {", "    \"default\": {", "        \"ENGINE\": \"django.db.backends.postgresql\",",
               "        \"NAME\": \"csms\",", "        \"USER\": %s," % json.dumps(user),
               "        \"%s\": %s," % ("PASSWORD" if c.obv else "OPTIONS_PW", c.lit("py")),
               "        \"HOST\": %s," % json.dumps(host), "        \"PORT\": 5432,", "    }", "}"]
        return "csms/settings/database.py", "python", out
    out = ["services:", "  csms:", "    image: ghcr.io/voltway/csms:%s" % r.choice(["3.1.0", "3.2.4"]), "    environment:",
           "      DATABASE_URL: postgres://%s:%s@%s:5432/csms?sslmode=require" % (user, c.val, host),
           "      OCPP_LISTEN: 0.0.0.0:9000", "    ports:", "      - \"9000:9000\""]
    return "docker-compose.csms.yml", "yaml", out


def t_mqtt_conf(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    if r.random() < 0.5:
        out = ["[agent]", "  interval = \"10s\"", "", "[[inputs.mqtt_consumer]]",
               "  servers = [\"ssl://%s:8883\"]" % ex["mqtt_host"], "  topics = [\"fleet/+/telemetry\", \"fleet/+/can\"]",
               "  username = \"%s\"" % ex["mqtt_username"], "  %s = \"%s\"" % ("password" if c.obv else "p", c.val),
               "  data_format = \"json\"", "", "[[outputs.influxdb_v2]]", "  urls = [\"http://influx:8086\"]",
               "  bucket = \"telemetry\""]
        return "telegraf/telegraf.conf", "conf", out
    out = ["# bridge from depot gateway to cloud broker", "connection cloud-bridge",
           "address %s:8883" % ex["mqtt_host"], "remote_username %s" % ex["mqtt_username"],
           "remote_password %s" % c.val, "topic fleet/# out 1", "bridge_cafile /etc/mosquitto/ca.crt",
           "cleansession false"]
    return "mosquitto/conf.d/bridge.conf", "conf", out


def t_ridehail_py(r, c):
    ex = dict((nm(w, "snake"), v) for w, v in c.rel)
    cid = [v for w, v in c.rel if w[-1] == "id"][0]
    prov = slug(c.meta)
    out = ['"""Book rides for late-shift staff through the %s API."""' % prov, "from dataclasses import dataclass",
           "import requests", "", "", "@dataclass", "class RideClient:", "    client_id: str", "    client_secret: str",
           "    base: str = %s" % json.dumps(c.meta["host"]), "", "    def token(self):",
           "        r = requests.post(self.base.rsplit('/', 1)[0] + '/oauth/token', data={",
           "            'grant_type': 'client_credentials', 'client_id': self.client_id,",
           "            'client_secret': self.client_secret, 'scope': 'rides.request'})",
           "        return r.json()['access_token']", "", ""]
    if c.obv:
        out += ["rides = RideClient(client_id=%s, client_secret=%s)" % (json.dumps(cid), c.lit("py"))]
    else:
        out += ["rides = RideClient(%s, %s)" % (json.dumps(cid), c.lit("py"))]
    return r.choice(["staff_rides/client.py", "integrations/%s.py" % prov.lower()]), "python", out


SPECIFIC = {
    "ocpp_authorization_key": [t_ocpp_log, t_fw_ocpp_c, t_ocpp_cfg_json],
    "ocpp_basic_auth_password": [t_ocpp_log, t_ocpp_upgrade, t_fw_ocpp_c, t_ocpp_cfg_json],
    "ocpi_token": [t_ocpi_credentials, t_ocpi_md, t_ocpi_py],
    "geotab_password": [t_geotab_py],
    "samsara_api_token": [t_samsara_go, t_telematics_kt],
    "motive_api_key": [t_samsara_go, t_telematics_kt],
    "evgo_api_key": [t_transit_py, t_telematics_kt],
    "parking_api_key": [t_transit_py, t_transit_go, t_telematics_kt],
    "tesla_refresh_token": [t_tesla_tokens, t_tesla_py],
    "tesla_client_secret": [t_tesla_py, t_oauth_express],
    "smartcar_client_secret": [t_oauth_express],
    "enode_client_secret": [t_oauth_express],
    "highmobility_client_secret": [t_oauth_express],
    "uber_client_secret": [t_oauth_express, t_ridehail_py],
    "lyft_client_secret": [t_oauth_express, t_ridehail_py],
    "here_api_key": [t_transit_py, t_transit_go, t_android_manifest, t_gradle_props],
    "tomtom_api_key": [t_transit_py, t_transit_go, t_android_manifest, t_gradle_props],
    "tfl_app_key": [t_transit_py, t_transit_go],
    "mta_api_key": [t_transit_py, t_transit_go],
    "bay511_api_key": [t_transit_py, t_transit_go],
    "navitia_token": [t_transit_py, t_transit_go],
    "mapbox_secret_token": [t_gradle_props],
    "mds_provider_token": [t_mds_yaml],
    "chargepoint_api_password": [t_chargepoint_java],
    "hubject_keystore_password": [t_oicp_props],
    "diag_licence_key": [t_diag_cfg],
    "csms_db_password": [t_dsn],
    "mqtt_telematics_password": [t_mqtt_conf],
}


# --------------------------------------------------------------------------------------------
# negative domain look-alikes (no credential at all)
# each returns (relpath, filetype, lines, kind, provider)
# --------------------------------------------------------------------------------------------

def n_ocpp_session(r):
    cp = cpid(r)
    _CLOCKS.pop(cp, None)
    tag = id_tag(r)
    tx = r.randint(1000, 999999)
    out = []
    def pair(action, req, conf):
        m = g_uuid(r)
        out.append(ocpp_frame(r, cp, "<-", json.dumps([2, m, action, req], separators=(",", ":"))))
        out.append(ocpp_frame(r, cp, "->", json.dumps([3, m, conf], separators=(",", ":"))))
    pair("BootNotification", {"chargePointVendor": r.choice(["Alfen BV", "ABB", "Wallbox"]), "chargePointModel": "NG920",
                              "chargePointSerialNumber": "ACE%07d" % r.randint(0, 9999999), "firmwareVersion": "6.2.0-4232"},
         {"status": "Accepted", "currentTime": iso_ts(r, 9), "interval": 300})
    pair("Authorize", {"idTag": tag}, {"idTagInfo": {"status": "Accepted", "expiryDate": "2025-12-31T23:59:59Z", "parentIdTag": id_tag(r)}})
    pair("StartTransaction", {"connectorId": 1, "idTag": tag, "meterStart": r.randint(0, 90000), "timestamp": iso_ts(r, 9)},
         {"transactionId": tx, "idTagInfo": {"status": "Accepted"}})
    for _ in range(r.randint(2, 6)):
        pair("MeterValues", {"connectorId": 1, "transactionId": tx, "meterValue": [{"timestamp": iso_ts(r, 9), "sampledValue": [
            {"value": "%.1f" % r.uniform(100, 90000), "measurand": "Energy.Active.Import.Register", "unit": "Wh"}]}]}, {})
    pair("StopTransaction", {"transactionId": tx, "idTag": tag, "meterStop": r.randint(90000, 200000), "timestamp": iso_ts(r, 9),
                             "reason": "EVDisconnected"}, {"idTagInfo": {"status": "Accepted"}})
    return "logs/ocpp/%s-session-%d.log" % (cp.lower(), tx), "ocpp-log", out, "ocpp_message_id_idtag", "OCPP"


def n_ocpp_getconfig(r):
    cp = cpid(r)
    m = g_uuid(r)
    keys = [{"key": "HeartbeatInterval", "readonly": False, "value": "300"},
            {"key": "SecurityProfile", "readonly": False, "value": "2"},
            {"key": "ChargePointId", "readonly": True, "value": cp},
            {"key": "CpoName", "readonly": True, "value": r.choice(["Voltway", "EVroam", "GridCharge"])},
            {"key": "LocalAuthListEnabled", "readonly": False, "value": "true"},
            {"key": "NumberOfConnectors", "readonly": True, "value": str(r.choice([1, 2]))}]
    masked = r.choice([{"key": "AuthorizationKey", "readonly": False, "value": r.choice(["********", "", "<write-only>"])}, None])
    if masked:
        keys.insert(2, masked)
    resp = [3, m, {"configurationKey": keys, "unknownKey": [] if masked else ["AuthorizationKey"]}]
    out = ["// GetConfiguration response from %s, captured %s" % (cp, iso_ts(r)[:10]),
           "// AuthorizationKey is write-only per the OCPP 1.6 security whitepaper"]
    out += json.dumps(resp, indent=2).split("\n")
    return "docs/ocpp/getconfiguration-%s.jsonc" % cp.lower(), "json", out, "masked_value", "OCPP"


def n_ocpi_tokens(r):
    toks = []
    for _ in range(r.randint(2, 4)):
        uid = id_tag(r)
        toks.append({"country_code": "DE", "party_id": r.choice(["ABC", "EVB", "MSP"]), "uid": uid, "type": "RFID",
                     "contract_id": emaid(r).replace("-", ""), "visual_number": "DE-%s-%s" % (rs(r, UPALNUM, 3), rs(r, "0123456789", 6)),
                     "issuer": r.choice(["Voltway eMobility", "EVroam", "ChargeFlow"]), "valid": True, "whitelist": "ALLOWED",
                     "last_updated": iso_ts(r)})
    doc = {"data": toks, "status_code": 1000, "timestamp": iso_ts(r)}
    return r.choice(["fixtures/ocpi/tokens_page1.json", "tests/data/ocpi_tokens.json"]), "json", json.dumps(doc, indent=2).split("\n"), "rfid_token_uid", "OCPI"


def n_ocpi_locations(r):
    evses = []
    cc, op = r.choice(["DE", "NL", "FR"]), rs(r, UPALNUM, 3)
    for i in range(r.randint(1, 3)):
        evses.append({"uid": g_uuid(r), "evse_id": "%s*%s*E%s*%d" % (cc, op, rs(r, "0123456789", 6), i + 1), "status": r.choice(["AVAILABLE", "CHARGING"]),
                      "connectors": [{"id": str(i + 1), "standard": r.choice(["IEC_62196_T2", "IEC_62196_T2_COMBO"]),
                                      "format": "CABLE", "power_type": "AC_3_PHASE", "max_voltage": 400, "max_amperage": 32,
                                      "last_updated": iso_ts(r)}], "last_updated": iso_ts(r)})
    loc = {"country_code": cc, "party_id": op, "id": "LOC%s" % rs(r, "0123456789", 6), "publish": True,
           "name": r.choice(["Parkhaus Mitte", "Depot Nord", "Station Plaza"]), "address": "Hauptstr. %d" % r.randint(1, 200),
           "city": r.choice(["Berlin", "Utrecht", "Lyon"]), "coordinates": {"latitude": "%.6f" % r.uniform(45, 53), "longitude": "%.6f" % r.uniform(2, 13)},
           "evses": evses, "time_zone": "Europe/Berlin", "last_updated": iso_ts(r)}
    return "fixtures/ocpi/location_%s.json" % loc["id"].lower(), "json", json.dumps(loc, indent=2).split("\n"), "evse_id", "OCPI"


def n_cdr_csv(r):
    out = ["session_id,evse_id,contract_id,start,end,kwh,total_cost_eur"]
    for _ in range(r.randint(4, 15)):
        out.append("%s,%s,%s,%s,%s,%.3f,%.2f" % (g_uuid(r), evse_id(r), emaid(r), iso_ts(r), iso_ts(r), r.uniform(2, 80), r.uniform(1, 40)))
    return r.choice(["exports/cdrs_2024-%02d.csv" % r.randint(1, 12), "reports/roaming_sessions.csv"]), "csv", out, "emaid_evse_id", "OCPI"


def n_vin_csv(r):
    out = ["vin,plate,make,model,year,telematics_serial,depot"]
    for _ in range(r.randint(5, 20)):
        out.append("%s,%s,%s,%s,%d,%s,%s" % (vin(r), plate(r), r.choice(["Tesla", "VW", "Ford", "Mercedes"]), r.choice(["Model 3", "ID.Buzz", "E-Transit", "eSprinter"]),
                                            r.randint(2019, 2024), "G9%s" % rs(r, UPALNUM, 10), r.choice(["North", "South", "Harbor"])))
    return r.choice(["data/fleet_vehicles.csv", "exports/vehicles.csv"]), "csv", out, "vin", "fleet"


def n_gtfs(r):
    if r.random() < 0.5:
        out = ["stop_id,stop_code,stop_name,stop_lat,stop_lon,location_type,parent_station"]
        for _ in range(r.randint(5, 20)):
            out.append("%s,%d,%s,%.6f,%.6f,0," % (stop_id(r), r.randint(10000, 99999), r.choice(["Main St / 3rd Ave", "Harbor Terminal", "King's Cross", "Central Station Bay C"]),
                                                  r.uniform(37, 52), r.uniform(-122, 0)))
        return "gtfs/stops.txt", "gtfs-txt", out, "gtfs_stop_id", "GTFS"
    out = ["route_id,service_id,trip_id,trip_headsign,direction_id,shape_id"]
    for _ in range(r.randint(5, 20)):
        out.append("%s,%s,%s,%s,%d,%s" % (r.choice(["A", "C", "14R", "N22", "M15"]), r.choice(["WKD", "SAT", "SUN"]), trip_id(r),
                                          r.choice(["Downtown", "Airport", "Harbor"]), r.randint(0, 1), "shp_%s" % rs(r, HEX, 8)))
    return "gtfs/trips.txt", "gtfs-txt", out, "gtfs_trip_id", "GTFS"


def n_gtfsrt_json(r):
    ents = []
    for _ in range(r.randint(1, 3)):
        ents.append({"id": "%d" % r.randint(100000, 999999), "vehicle": {"trip": {"tripId": trip_id(r), "routeId": r.choice(["A", "14R", "N22"]),
                                                                             "startDate": "2024%02d%02d" % (r.randint(1, 12), r.randint(1, 28))},
                                                                    "vehicle": {"id": "%s_%d" % (r.choice(["MTA NYCT", "SFMTA", "TfL"]), r.randint(1000, 9999)),
                                                                                "licensePlate": plate(r)},
                                                                    "position": {"latitude": r.uniform(37, 52), "longitude": r.uniform(-122, 0), "bearing": r.randint(0, 359)},
                                                                    "timestamp": str(r.randint(1700000000, 1740000000))}})
    doc = {"header": {"gtfsRealtimeVersion": "2.0", "incrementality": "FULL_DATASET", "timestamp": str(r.randint(1700000000, 1740000000))}, "entity": ents}
    return r.choice(["tests/fixtures/vehicle_positions.json", "samples/gtfs_rt_dump.json"]), "json", json.dumps(doc, indent=2).split("\n"), "gtfs_rt_ids", "GTFS-realtime"


def n_geotab_cfg(r):
    db = geotab_db(r)
    out = ["import os", "import mygeotab", "", "GEOTAB_DATABASE = %s" % json.dumps(db),
           "GEOTAB_SERVER = \"my.geotab.com\"", "GEOTAB_USER = \"integration@%s\"" % r.choice(HOSTS), "",
           "", "def connect():", "    api = mygeotab.API(GEOTAB_USER, os.environ[\"GEOTAB_PASSWORD\"], GEOTAB_DATABASE, GEOTAB_SERVER)",
           "    api.authenticate()", "    return api"]
    return "telematics/geotab_client.py", "python", out, "geotab_database_env_ref", "Geotab"


def n_polylines(r):
    routes = []
    for _ in range(r.randint(2, 4)):
        routes.append({"route_id": "r-%s" % rs(r, HEX, 6), "encoded_polyline": polyline(r), "start_geohash": geohash(r),
                       "end_geohash": geohash(r), "distance_m": r.randint(800, 40000), "duration_s": r.randint(120, 4000)})
    return r.choice(["tests/fixtures/routes.json", "src/test/resources/routes.json"]), "json", json.dumps({"routes": routes}, indent=2).split("\n"), "polyline_geohash", "routing"


def pem_cert(r):
    body = base64.b64encode(rbytes(r, r.randint(420, 560))).decode()
    return ["-----BEGIN CERTIFICATE-----"] + [body[i:i + 64] for i in range(0, len(body), 64)] + ["-----END CERTIFICATE-----"]


def n_fw_manifest(r):
    ver = "%d.%d.%d" % (r.randint(1, 7), r.randint(0, 20), r.randint(0, 99))
    req = {"requestId": r.randint(1, 9999), "retries": 3, "retryInterval": 600,
           "firmware": {"location": "https://fw.%s/releases/%s/image.bin" % (r.choice(HOSTS), ver),
                        "retrieveDateTime": iso_ts(r), "installDateTime": iso_ts(r),
                        "signingCertificate": "\n".join(pem_cert(r)),
                        "signature": base64.b64encode(rbytes(r, 72)).decode()}}
    out = ["# SignedUpdateFirmware payload for release %s" % ver, "# image sha256: %s" % sha256ish(r), "# built from commit %s" % git_sha(r), ""]
    out += json.dumps(req, indent=2).split("\n")
    return "release/firmware/%s/update_firmware.json5" % ver, "json", out, "signature_digest", "OCPP"


def n_ocmf(r):
    data = {"FV": "1.0", "GI": r.choice(["KEBA_KCP30", "ABL_EMH4"]), "GS": "%d" % r.randint(10 ** 7, 10 ** 8), "PG": "T%d" % r.randint(1, 99),
            "RD": [{"TM": iso_ts(r)[:19] + ",000+0100 S", "TX": "B", "RV": r.uniform(100, 9000), "RI": "1-b:1.8.0", "RU": "kWh", "ST": "G"}]}
    sig = {"SA": "ECDSA-secp256r1-SHA256", "SD": "3045022100" + rs(r, "0123456789ABCDEF", 64) + "0220" + rs(r, "0123456789ABCDEF", 64)}
    pub = "3059301306072A8648CE3D020106082A8648CE3D03010703420004" + rs(r, "0123456789ABCDEF", 128)
    out = ["# Eichrecht transparency sample for session %s" % g_uuid(r), "# meter public key (published on the charger label):", "PUBLIC_KEY=%s" % pub, "",
           "OCMF|%s|%s" % (json.dumps(data, separators=(",", ":")), json.dumps(sig, separators=(",", ":")))]
    return r.choice(["docs/eichrecht/sample_%d.ocmf.txt" % r.randint(1, 99), "tests/data/ocmf_session.txt"]), "text", out, "ocmf_signature_public_key", "OCMF"


def n_kotlin_fixture(r):
    out = ["package com.voltway.automotive.testing", "", "object VehicleFixtures {", "    val vehicles = listOf("]
    for _ in range(r.randint(3, 8)):
        out.append("        Vehicle(id = \"%s\", vin = \"%s\", plate = \"%s\", socPercent = %d)," % (g_uuid(r), vin(r), plate(r), r.randint(5, 100)))
    out += ["    )", "}"]
    return "app/src/test/java/com/voltway/automotive/testing/VehicleFixtures.kt", "kotlin", out, "vin_vehicle_id", "fleet"


def n_py_vectors(r):
    vs = [vin(r) for _ in range(r.randint(3, 6))]
    out = ["import pytest", "from mobility.vin import check_digit_ok", "from mobility.geo import decode_polyline", "",
           "VALID_VINS = ["] + ["    %s," % json.dumps(v) for v in vs] + ["]", "",
           "", "@pytest.mark.parametrize(\"vin\", VALID_VINS)", "def test_check_digit(vin):", "    assert check_digit_ok(vin)", "",
           "", "def test_polyline_roundtrip():", "    pts = decode_polyline(%s)" % json.dumps(polyline(r)), "    assert len(pts) > 3"]
    return "tests/test_identifiers.py", "python", out, "test_vector_vin_polyline", "fleet"


def n_i18n(r):
    if r.random() < 0.5:
        out = ['<?xml version="1.0" encoding="utf-8"?>', "<resources>",
               '    <string name="app_name">Laden</string>', '    <string name="label_api_key">API-Schlüssel</string>',
               '    <string name="label_password">Passwort</string>', '    <string name="hint_token">Token aus dem Portal einfügen</string>',
               '    <string name="error_auth">Anmeldung fehlgeschlagen. Bitte Zugangsdaten prüfen.</string>',
               '    <string name="charge_point_id">Ladepunkt-ID</string>', "</resources>"]
        return "app/src/main/res/values-de/strings.xml", "xml", out, "i18n", "none"
    d = {"settings": {"apiKey": "Clé API", "password": "Mot de passe", "secret": "Secret client",
                      "token": "Jeton d'accès", "rotate": "Régénérer la clé"}, "charging": {"evseId": "Identifiant EVSE", "start": "Démarrer la charge"}}
    return "web/src/locales/fr.json", "json", json.dumps(d, indent=2, ensure_ascii=False).split("\n"), "i18n", "none"


def n_mapbox_public(r):
    tok = g_mapbox(r, "pk", r.choice(MAPBOX_USERS))
    out = ["// Public token: URL-restricted in the Mapbox account, meant for the browser.",
           "import mapboxgl from 'mapbox-gl';", "", "mapboxgl.accessToken = '%s';" % tok, "",
           "export const map = new mapboxgl.Map({", "  container: 'map',", "  style: 'mapbox://styles/mapbox/streets-v12',",
           "  center: [%.4f, %.4f]," % (r.uniform(2, 13), r.uniform(45, 53)), "  zoom: 12,", "});"]
    return "web/src/map.js", "javascript", out, "publishable_key", "Mapbox"


def n_smartcar_connect(r):
    out = ["// Smartcar Connect runs in the browser; the client id is public.", "const smartcar = new Smartcar({",
           "  clientId: '%s'," % g_uuid(r), "  redirectUri: 'https://%s/smartcar/callback'," % r.choice(HOSTS),
           "  scope: ['read_vehicle_info', 'read_battery', 'read_charge'],", "  mode: '%s'," % r.choice(["live", "simulated"]),
           "  onComplete: (err, code) => fetch('/api/smartcar/exchange?code=' + encodeURIComponent(code)),", "});", "",
           "document.getElementById('connect').addEventListener('click', () => smartcar.openDialog({ forcePrompt: true }));"]
    return "web/src/connect.ts", "typescript", out, "public_client_id", "Smartcar"


def n_ocpi_spec(r):
    ex = "ebf3b399-779f-4497-9b9d-ac6ad3cc44d2"
    out = ["# OCPI notes", "", "The spec's credentials example (copied from the OCPI 2.2.1 document, not a real token):", "", "```json",
           '{', '  "token": "%s",' % ex, '  "url": "https://example.com/ocpi/versions/",', '  "roles": [{"role": "CPO", "party_id": "EXA", "country_code": "NL"}]', '}',
           "```", "", "Our own tokens live in Vault under `secret/ocpi/<party>`; never paste them here.",
           "In 2.2+ the header is `Authorization: Token <base64(token)>`, e.g. for the example above",
           "`Token %s`." % base64.b64encode(ex.encode()).decode()]
    return "docs/roaming/ocpi-notes.md", "markdown", out, "documentation_example", "OCPI"


def n_parking_csv(r):
    out = ["session_id,zone_id,plate,start_utc,end_utc,amount"]
    for _ in range(r.randint(5, 15)):
        out.append("%s,Z-%04d,%s,%s,%s,%.2f" % (rs(r, UPALNUM, 12), r.randint(1, 9999), plate(r), iso_ts(r), iso_ts(r), r.uniform(1, 30)))
    return "exports/parking_sessions.csv", "csv", out, "license_plate_session_id", "parking"


def n_compose_envrefs(r):
    out = ["services:", "  ingest:", "    image: ghcr.io/fleetlink/ingest:2.3.1", "    environment:",
           "      SAMSARA_API_TOKEN: ${SAMSARA_API_TOKEN}", "      GEOTAB_PASSWORD: ${GEOTAB_PASSWORD:?set in .env}",
           "      TFL_APP_KEY: ${TFL_APP_KEY:-}", "      HERE_API_KEY: \"${HERE_API_KEY}\"", "    env_file:", "      - .env",
           "  worker:", "    image: ghcr.io/fleetlink/worker:2.3.1", "    command: [\"celery\", \"-A\", \"fleet\", \"worker\"]"]
    return "docker-compose.yml", "yaml", out, "env_reference", "multiple"


def n_k8s_secretref(r):
    svc = r.choice(["ocpp-gateway", "roaming-hub", "fleet-sync"])
    out = ["apiVersion: apps/v1", "kind: Deployment", "metadata:", "  name: %s" % svc, "spec:", "  template:", "    spec:", "      containers:",
           "        - name: %s" % svc, "          image: registry.voltway.io/%s:1.7.0" % svc, "          env:"]
    for k in r.sample(["OCPI_TOKEN_C", "OCPP_BASIC_AUTH_PASSWORD", "SMARTCAR_CLIENT_SECRET", "TESLA_REFRESH_TOKEN", "ENODE_CLIENT_SECRET"], 3):
        out += ["            - name: %s" % k, "              valueFrom:", "                secretKeyRef:", "                  name: %s-secrets" % svc,
                "                  key: %s" % k.lower().replace("_", "-")]
    return "k8s/%s/deployment.yaml" % svc, "yaml", out, "secret_manager_reference", "Kubernetes"


def n_nodered_cred(r):
    blob = rs(r, HEX, 32) + base64.b64encode(rbytes(r, r.randint(60, 160))).decode()
    out = json.dumps({"$": blob}, indent=4).split("\n")
    return r.choice(["node-red/flows_cred.json", ".node-red/flows_fleet_cred.json"]), "node-red-json", out, "ciphertext", "Node-RED"


def n_toml_vault(r):
    out = ["[vault]", "addr = \"https://vault.internal:8200\"", "role = \"fleet-sync\"", "",
           "[providers.samsara]", "token_path = \"secret/data/fleet/samsara#api_token\"", "",
           "[providers.motive]", "api_key_path = \"secret/data/fleet/motive#api_key\"", "",
           "[providers.geotab]", "database = \"%s\"" % geotab_db(r), "password_path = \"secret/data/fleet/geotab#password\""]
    return "config/secrets.toml", "toml", out, "secret_manager_reference", "Vault"


def n_c_connectors(r):
    out = ["#include \"evse.h\"", "", "/* build %s */" % git_sha(r)[:12], "static const evse_desc_t k_evses[] = {"]
    for i in range(r.randint(1, 4)):
        out.append("    { .connector_id = %d, .evse_id = \"%s\", .max_current_a = %d }," % (i + 1, evse_id(r), r.choice([16, 32])))
    out += ["};", "", "static const uint8_t k_mac[6] = { %s };" % ", ".join("0x%02X" % r.randrange(256) for _ in range(6)),
            "static const char k_serial[] = \"%s\";" % ("SN" + rs(r, UPALNUM, 10))]
    return "firmware/src/evse_table.c", "c", out, "evse_id_mac", "firmware"


def n_shell_fetch(r):
    out = ["#!/usr/bin/env bash", "set -euo pipefail", "",
           "export TFL_APP_KEY=\"$(aws secretsmanager get-secret-value --secret-id prod/tfl-app-key --query SecretString --output text)\"",
           "export OCPI_TOKEN=\"$(vault kv get -field=token secret/ocpi/%s)\"" % r.choice(["hubject", "gireve", "evroam"]),
           "export GEOTAB_PASSWORD=\"$(pass show fleet/geotab)\"", "", "exec python -m fleet.sync \"$@\""]
    return "scripts/run_with_secrets.sh", "shell", out, "secret_manager_reference", "multiple"


def n_postman_vars(r):
    coll = {"info": {"_postman_id": g_uuid(r), "name": "Fleet APIs", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{samsaraToken}}", "type": "string"}]},
            "item": [{"name": "Vehicles", "request": {"method": "GET", "url": {"raw": "https://api.samsara.com/fleet/vehicles"}}},
                     {"name": "TfL arrivals", "request": {"method": "GET", "url": {"raw": "https://api.tfl.gov.uk/StopPoint/%s/Arrivals?app_key={{tflAppKey}}" % stop_id(r)}}}],
            "variable": [{"key": "samsaraToken", "value": ""}, {"key": "tflAppKey", "value": "<set in your local environment>"}]}
    return "postman/fleet.postman_collection.json", "json", json.dumps(coll, indent=2).split("\n"), "placeholder", "multiple"


def n_go_geohash(r):
    out = ["package zones", "", "// Depot geofences, geohash precision 7.", "var depotCells = map[string]string{"]
    for _ in range(r.randint(3, 8)):
        out.append("\t%s: %s," % (json.dumps(geohash(r)), json.dumps(r.choice(["depot-north", "depot-south", "harbor", "airport"]))))
    out += ["}", "", "// Sample trips used in the dispatcher benchmark.", "var benchTrips = []string{"]
    out += ["\t%s," % json.dumps(trip_id(r)) for _ in range(r.randint(2, 5))]
    out += ["}"]
    return "internal/zones/cells.go", "go", out, "geohash_trip_id", "routing"


def n_java_vin_test(r):
    out = ["package com.voltway.vin;", "", "import static org.junit.jupiter.api.Assertions.*;", "import org.junit.jupiter.api.Test;", "",
           "class VinDecoderTest {"]
    for i in range(r.randint(2, 5)):
        v = vin(r)
        out += ["    @Test", "    void decodes%d() {" % i, "        Vin vin = Vin.parse(\"%s\");" % v,
                "        assertEquals(\"%s\", vin.wmi());" % v[:3], "        assertTrue(vin.checkDigitValid());", "    }", ""]
    out += ["}"]
    return "src/test/java/com/voltway/vin/VinDecoderTest.java", "java", out, "vin", "fleet"


def n_md_incident(r):
    out = ["# Incident %s: TfL feed 401s" % iso_ts(r)[:10], "", "## Timeline", "",
           "- 07:42 alerts on `transit-feed` (401 from api.tfl.gov.uk)",
           "- 07:55 found the app_key was rotated in the portal; old key `%s…****` revoked" % rs(r, HEX, 4),
           "- 08:10 new key stored in Vault (`secret/transit/tfl#app_key`), pods restarted",
           "", "## Follow-up", "", "- [ ] alert on key age > 180 days", "- [ ] document rotation in the runbook",
           "", "Samsara token for the same service shown in logs as `samsara_api_****************************%s`, also rotated." % rs(r, ALNUM, 2)]
    return "notes/incidents/%s-tfl-401.md" % iso_ts(r)[:10], "markdown", out, "masked_value", "TfL"


def n_candump(r):
    out = ["# candump -L can0  (captured on %s)" % vin(r)]
    t = 1700000000 + r.random() * 4e7
    for _ in range(r.randint(10, 40)):
        t += r.random() * 0.05
        cid = r.choice(["7E0", "7E8", "18DAF110", "18DA10F1", "1A0", "3B4", "0C9"])
        out.append("(%.6f) can0 %s#%s" % (t, cid, rs(r, "0123456789ABCDEF", 16)))
    return r.choice(["captures/can0_idle.log", "diag/logs/uds_session.log"]), "candump", out, "can_frames", "CAN"


def n_webhook(r):
    ev = {"eventId": g_uuid(r), "eventTime": iso_ts(r), "eventType": "VehicleLocation",
          "data": {"vehicle": {"id": str(r.randint(10 ** 14, 10 ** 15)), "name": "Van %d" % r.randint(1, 99), "vin": vin(r)},
                   "location": {"latitude": r.uniform(37, 52), "longitude": r.uniform(-122, 13), "reverseGeo": {"formattedLocation": "Harbor Rd"}}}}
    out = ["POST /webhooks/samsara HTTP/1.1", "Content-Type: application/json",
           "X-Samsara-Signature: v1=%s" % rs(r, HEX, 64), "X-Samsara-Timestamp: %d" % r.randint(1700000000, 1740000000), ""]
    out += json.dumps(ev, indent=2).split("\n")
    return "tests/fixtures/samsara_webhook.http", "http-capture", out, "webhook_signature", "Samsara"


def n_gbfs(r):
    bikes = []
    for _ in range(r.randint(2, 6)):
        bikes.append({"bike_id": rs(r, LOWALNUM, 32) if r.random() < 0.5 else g_uuid(r), "lat": r.uniform(45, 53), "lon": r.uniform(2, 13),
                      "is_reserved": False, "is_disabled": False, "vehicle_type_id": r.choice(["scooter", "ebike"]),
                      "current_range_meters": r.randint(1000, 40000)})
    doc = {"last_updated": r.randint(1700000000, 1740000000), "ttl": 60, "version": "2.3", "data": {"bikes": bikes}}
    return r.choice(["fixtures/gbfs/free_bike_status.json", "samples/gbfs_free_bike_status.json"]), "json", json.dumps(doc, indent=2).split("\n"), "gbfs_bike_id", "GBFS"


def n_tfl_appid(r):
    out = ["import os", "", "# app_id identifies the application; the key itself comes from the environment.",
           "TFL_APP_ID = %s" % json.dumps(g_hex(r, 8)), "TFL_APP_KEY = os.environ.get(\"TFL_APP_KEY\")", "",
           "STOPS = [%s]" % ", ".join(json.dumps(stop_id(r)) for _ in range(4))]
    return "transit/tfl_settings.py", "python", out, "public_id_env_ref", "TfL"


def n_idtag_csv(r):
    out = ["idTag,status,expiryDate,parentIdTag,holder"]
    for _ in range(r.randint(5, 20)):
        out.append("%s,Accepted,2025-12-31T23:59:59Z,%s,%s" % (id_tag(r), id_tag(r), r.choice(["Depot Nord", "Fleet Van", "Visitor"])))
    return "provisioning/local_auth_list.csv", "csv", out, "rfid_idtag", "OCPP"


def n_sql(r):
    out = ["-- 0042_api_clients.sql", "CREATE TABLE api_clients (", "    id UUID PRIMARY KEY,", "    name TEXT NOT NULL,",
           "    key_prefix TEXT NOT NULL,", "    key_sha256 CHAR(64) NOT NULL,", "    created_at TIMESTAMPTZ DEFAULT now()", ");", ""]
    for _ in range(r.randint(2, 4)):
        out.append("INSERT INTO api_clients (id, name, key_prefix, key_sha256) VALUES ('%s', '%s', '%s', '%s');"
                   % (g_uuid(r), r.choice(["depot-app", "partner-portal", "board-display"]), rs(r, LOWALNUM, 6), sha256ish(r)))
    return "db/migrations/0042_api_clients.sql", "sql", out, "hash", "CSMS"


DOMAIN_NEG = [n_ocpp_session, n_ocpp_getconfig, n_ocpi_tokens, n_ocpi_locations, n_cdr_csv, n_vin_csv, n_gtfs,
              n_gtfsrt_json, n_geotab_cfg, n_polylines, n_fw_manifest, n_ocmf, n_kotlin_fixture, n_py_vectors,
              n_i18n, n_mapbox_public, n_smartcar_connect, n_ocpi_spec, n_parking_csv, n_compose_envrefs,
              n_k8s_secretref, n_nodered_cred, n_toml_vault, n_c_connectors, n_shell_fetch, n_postman_vars,
              n_go_geohash, n_java_vin_test, n_md_incident, n_candump, n_webhook, n_gbfs, n_tfl_appid,
              n_idtag_csv, n_sql]


# --------------------------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------------------------

N_POS = 500
N_NEG = 500

NEG_KIND_NAME = {"env": "env_reference", "secretref": "secret_manager_reference", "placeholder": "placeholder",
                 "masked": "masked_value", "empty": "empty_value", "prefixph": "shaped_placeholder"}


_USAGE = {}


def pick_template(r, kind, label):
    """Half kind-specific, half generic; within each pool prefer the least-used templates."""
    spec = SPECIFIC.get(kind, [])
    pool = spec if (spec and r.random() < 0.5) else GENERIC
    weights = [1.0 / (1 + _USAGE.get((label, t.__name__), 0)) ** 2 for t in pool]
    t = r.choices(pool, weights=weights)[0]
    _USAGE[(label, t.__name__)] = _USAGE.get((label, t.__name__), 0) + 1
    return t


def write(outdir, rel, text):
    full = os.path.join(outdir, rel)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: gen_cy.py OUTDIR SEED\n")
        return 2
    outdir, seed = argv[1], int(argv[2])
    r = random.Random(seed)
    kinds = sorted(KINDS)
    manifest, secrets = [], []

    plan = [kinds[i % len(kinds)] for i in range(N_POS)]
    r.shuffle(plan)
    obvs = [i % 2 == 0 for i in range(N_POS)]
    r.shuffle(obvs)
    for i in range(N_POS):
        kind = plan[i]
        for _attempt in range(20):
            c = Ctx(r, kind, True, obvs[i])
            tpl = pick_template(r, kind, "pos")
            rel, ftype, lines = tpl(r, c)
            text = "\n".join(lines) + "\n"
            if c.needle and c.needle in text:
                break
        else:
            raise RuntimeError("could not place needle for %s" % kind)
        line_no = next(n for n, ln in enumerate(text.split("\n"), 1) if c.needle in ln)
        frel = "pos/p%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "pos", "provider": c.meta["provider"], "kind": kind, "filetype": ftype})
        secrets.append({"file": frel, "needle": c.needle, "line": line_no})

    neg_plan = [i % 2 == 0 for i in range(N_NEG)]  # True: re-use a positive template
    r.shuffle(neg_plan)
    dom_order = []
    for i in range(N_NEG):
        if neg_plan[i]:
            kind = r.choice(kinds)
            c = Ctx(r, kind, False, r.random() < 0.5)
            tpl = pick_template(r, kind, "neg")
            rel, ftype, lines = tpl(r, c)
            nkind, prov = NEG_KIND_NAME[c.negmode], c.meta["provider"]
        else:
            if not dom_order:
                dom_order = list(DOMAIN_NEG)
                r.shuffle(dom_order)
            f = dom_order.pop()
            rel, ftype, lines, nkind, prov = f(r)
        text = "\n".join(lines) + "\n"
        frel = "neg/n%04d/%s" % (i, rel)
        write(outdir, frel, text)
        manifest.append({"file": frel, "label": "neg", "provider": prov, "kind": nkind, "filetype": ftype})

    with open(os.path.join(outdir, "manifest.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for m in manifest:
            f.write(json.dumps(m, sort_keys=True) + "\n")
    with open(os.path.join(outdir, "secrets.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for s in secrets:
            f.write(json.dumps(s, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
